"""Statements (who says so: named and unnamed sources, their role) and their attribution to event mentions.

The rules are in the package docstring (attribution/__init__.py)."""

from __future__ import annotations

import re
from typing import Any

from ..catalogue import words
from ..model import Article, Evidence, Source, Span
from ..records import Mention, MentionFacts, Parsed, Statement
from ..resources import alternation

NAME = "attribution"  # the stage name written into evidence
REPORTING = words("reporting") | words("accusing")  # one list per concept (resources/actors/words.toml)


def _phrases(concept: str) -> re.Pattern[str]:
    """Any phrase of a word list, as a whole word ("gen." with its dot: "Gen. Mark Smith")."""
    return re.compile(rf"(?<!\w)(?:{alternation(sorted(words(concept), key=lambda p: (-len(p), p)))})(?!\w)", re.I)


HEDGES = _phrases("hedges")
ROLES = tuple(
    (role, _phrases(f"source_role_{role}"))
    for role in ("spokesperson", "military", "government", "official", "witness", "medical", "group", "media", "monitor")
)


def _role(text: str) -> str | None:
    for role, pattern in ROLES:
        if pattern.search(text):
            return role
    return None


def _source_tokens(tok: Any) -> list[Any]:
    """The speaker phrase: the subject with its modifiers and appositions ("Gen. X, commander of Y"),
    cut before a relative clause or a quotation mark."""
    out = []
    for t in tok.subtree:
        if t.dep_ == "relcl" or t.tag_ in ("WP", "WDT") or t.text in ('"', "\u201c", "\u201d"):
            break
        out.append(t)
    while out and out[-1].is_punct:
        out.pop()
    while out and out[0].is_punct:
        out.pop(0)
    return out


INSTITUTIONS = words("source_institutions")  # resources/actors/words.toml
ANONYMOUS_HEADS = words("anonymous_sources")


def _is_named(tokens: list[Any]) -> bool:
    """A person or organisation by name, or a government by its country's name ("Iraq said")."""
    if any(t.ent_type_ == "PERSON" for t in tokens):
        return True
    if any(t.lemma_.lower() in ANONYMOUS_HEADS for t in tokens if t.pos_ == "NOUN"):
        return False
    if any(t.ent_type_ == "ORG" or t.ent_id_.startswith("actor:") for t in tokens):
        return True
    if any(t.lemma_.lower() in INSTITUTIONS for t in tokens):  # "the Iraqi military", "the health ministry"
        return True
    words = [t for t in tokens if not t.is_punct and t.dep_ != "det"]
    return bool(words) and all(t.ent_type_ == "GPE" for t in words)


PRONOUNS = words("pronouns")
DESCRIPTION_HEADS = words("source_descriptions")


def _is_description(tokens: list[Any]) -> bool:
    """ "the spokesman", "the group": a definite description that refers back to a named speaker."""
    words = [t for t in tokens if not t.is_punct]
    return 1 < len(words) <= 3 and words[0].lower_ == "the" and words[-1].lower_ in DESCRIPTION_HEADS and not any(t.ent_type_ for t in words)


def _antecedent(found: list[Statement], pronoun: str) -> Evidence[Source] | None:
    """The last named source compatible with a pronoun (he/she: a person; it/they: an organisation)."""
    for st in reversed(found):
        src = st.source.value
        if src.kind != "named":
            continue
        organisation = src.role in ("group", "media", "monitor")
        if pronoun in ("he", "she", "i"):
            if not organisation:
                return st.source
        else:
            return st.source
    return None


def find_statements(parsed: Parsed, text: str) -> tuple[Statement, ...]:
    doc = parsed.doc
    found: list[Statement] = []
    for tok in doc:
        speaker: list[Any] = []
        if tok.lemma_.lower() in REPORTING and tok.pos_ in ("VERB", "AUX"):
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                continue
            if subjects[0].lower_ in PRONOUNS:
                # coreference: a pronoun is never a source; it is the last compatible speaker named before it
                antecedent = _antecedent(found, subjects[0].lower_)
                if antecedent is not None:
                    found.append(Statement(source=antecedent, sentence=parsed.sentence_index(tok.idx)))
                continue
            speaker = _source_tokens(subjects[0])
            if _is_description(speaker):  # "the spokesman said": the named spokesman quoted before
                antecedent = _antecedent(found, "description")
                if antecedent is not None:
                    found.append(Statement(source=antecedent, sentence=parsed.sentence_index(tok.idx)))
                    continue
        elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if not objs:
                continue
            speaker = _source_tokens(objs[0])
        if not speaker:
            continue
        span = Span.of_tokens(speaker[0].doc, speaker[0].i, speaker[-1].i + 1)
        phrase = span.slice(text)
        kind = "named" if _is_named(speaker) else "unnamed"
        source = Source(name=phrase, kind=kind, role=_role(phrase), hedges=())
        found.append(
            Statement(
                source=Evidence(value=source, span=span, text=phrase, stage=NAME, confidence=0.7),
                sentence=parsed.sentence_index(tok.idx),
            )
        )
    return tuple(found)


def publisher(article: Article) -> Evidence[Source]:
    return Evidence(value=Source(name=article.source, kind="publisher", role="media"), span=None, text="", stage=NAME, confidence=1.0)


def attribute(mentions: tuple[Mention, ...], statements: tuple[Statement, ...], parsed: Parsed, article: Article) -> tuple[MentionFacts, ...]:
    text = article.text
    event_sentences = {m.sentence for m in mentions}
    out = []
    for m in mentions:
        sent = parsed.sentences[m.sentence]
        hedges = tuple(dict.fromkeys(h.group(0).lower() for h in HEDGES.finditer(sent.slice(text))))
        chosen = [s for s in statements if s.sentence == m.sentence]
        nxt = m.sentence + 1
        if not chosen and nxt < len(parsed.sentences) and nxt not in event_sentences:
            same_paragraph = parsed.paragraph_index(parsed.sentences[nxt].start) == parsed.paragraph_index(sent.start)
            if same_paragraph:
                chosen = [s for s in statements if s.sentence == nxt]
        sources = []
        for s in chosen:
            src = s.source
            value = Source(name=src.value.name, kind=src.value.kind, role=src.value.role, hedges=hedges)
            sources.append(Evidence(value=value, span=src.span, text=src.text, stage=NAME, confidence=src.confidence))
        pub = publisher(article)
        if hedges and not chosen:
            pub = Evidence(value=Source(name=article.source, kind="publisher", role="media", hedges=hedges), span=None, text="", stage=NAME)
        out.append(MentionFacts(mention_id=m.id, sources=tuple(sources) + (pub,)))
    return tuple(out)
