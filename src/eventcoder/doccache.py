"""Values of a parsed Doc that spaCy recomputes at every access, computed once per Doc (performance only).

``Doc.text`` joins every token's text at every access (~5 ms for a long article); ``Doc.ents`` and
``Doc.noun_chunks`` build new Span objects over the whole document at every access (a
sentence's ``noun_chunks`` walks the whole document's chunks too), and the stages ask for them per mention
or per token. A parsed Doc is never modified after the parse stage (records.Parsed), so the values of the
few most recent Docs are kept, each Doc held by reference (its id cannot be reused while it is held): as many as a
chunk of articles (the pipeline runs a chunk stage by stage, so each stage comes back to every Doc of the chunk), and
forgotten when the chunk is done (``forget``: the pipeline's ``run_documents``).
"""

from __future__ import annotations

import bisect
from typing import Any, Callable

_SIZE = 64  # Docs remembered: a chunk's (batch.CHUNK_SIZE is 32); when four were, every stage read the chunk's texts again
_memo: dict[int, tuple[Any, dict[str, Any]]] = {}


def _values(doc: Any) -> dict[str, Any]:
    entry = _memo.get(id(doc))
    if entry is not None and entry[0] is doc:
        return entry[1]
    while len(_memo) >= _SIZE:
        _memo.pop(next(iter(_memo)), None)
    values: dict[str, Any] = {}
    _memo[id(doc)] = (doc, values)
    return values


def forget() -> None:
    """Let go of every Doc remembered (the stages are done with them)."""
    _memo.clear()


def memo(doc: Any, key: Any, compute: Callable[[], Any]) -> Any:
    """A value computed from the Doc alone, once per Doc under ``key`` (the caller must not modify what it gets)."""
    values = _values(doc)
    if key not in values:
        values[key] = compute()
    return values[key]


def text(doc: Any) -> str:
    """``doc.text``."""
    values = _values(doc)
    out = values.get("text")
    if out is None:
        out = values["text"] = doc.text
    return out  # type: ignore[no-any-return]


def ents(doc: Any) -> tuple[Any, ...]:
    """``tuple(doc.ents)``."""
    values = _values(doc)
    out = values.get("ents")
    if out is None:
        out = values["ents"] = tuple(doc.ents)
    return out  # type: ignore[no-any-return]


def noun_chunks(doc: Any, start: int = 0, end: int | None = None) -> list[Any]:
    """The noun chunks within tokens [start, end): ``list(doc[start:end].noun_chunks)``."""
    values = _values(doc)
    chunks = values.get("noun_chunks")
    if chunks is None:
        chunks = values["noun_chunks"] = tuple(doc.noun_chunks)
        starts, ends = [c.start for c in chunks], [c.end for c in chunks]
        # spaCy gives them in text order, none inside another: both bounds ascend, so the chunks within [start, end)
        # are one run found by bisection (else every call filters them all)
        values["noun_chunk_bounds"] = (starts, ends) if starts == sorted(starts) and ends == sorted(ends) else None
    stop = len(doc) if end is None else end
    bounds = values["noun_chunk_bounds"]
    if bounds is None:
        return [c for c in chunks if c.start >= start and c.end <= stop]
    return list(chunks[bisect.bisect_left(bounds[0], start) : bisect.bisect_right(bounds[1], stop)])


def token_starts(doc: Any) -> list[int]:
    """Each token's character offset, in order (``[t.idx for t in doc]``)."""
    values = _values(doc)
    out = values.get("token_starts")
    if out is None:
        out = values["token_starts"] = [t.idx for t in doc]
    return out  # type: ignore[no-any-return]


def token_ends(doc: Any) -> list[int]:
    """Each token's end character offset, in order (``[t.idx + len(t) for t in doc]``)."""
    values = _values(doc)
    out = values.get("token_ends")
    if out is None:
        out = values["token_ends"] = [t.idx + len(t) for t in doc]
    return out  # type: ignore[no-any-return]


def per_token(doc: Any, read: Callable[[Any], Any]) -> list[Any]:
    """``[read(t) for t in doc]``, once per Doc and function (``read`` must depend on the token alone)."""
    values = _values(doc)
    out = values.get(read)
    if out is None:
        out = values[read] = [read(t) for t in doc]
    return out  # type: ignore[no-any-return]


def _lemma_lower(t: Any) -> str:
    return t.lemma_.lower()  # type: ignore[no-any-return]


def _lower(t: Any) -> str:
    return t.lower_  # type: ignore[no-any-return]


def lemmas(doc: Any) -> list[str]:
    """Each token's lower-case lemma, in order (``[t.lemma_.lower() for t in doc]``): a scan of a sentence's words reads
    them without making a Token per word."""
    return per_token(doc, _lemma_lower)


def lowers(doc: Any) -> list[str]:
    """Each token's lower-case form, in order (``[t.lower_ for t in doc]``)."""
    return per_token(doc, _lower)


def span_text(doc: Any, start: int, end: int) -> str:
    """``doc[start:end].text`` for 0 <= start, end <= len(doc), sliced from the cached text: a Span's ``text`` joins its
    tokens' texts at every access (a token's trailing whitespace is one space or none, so the two are the same)."""
    if end <= start:
        return ""
    return text(doc)[token_starts(doc)[start] : token_ends(doc)[end - 1]]


def sentence(doc: Any, i: int) -> Any:
    """``doc[i].sent``: the sentence (a Span) of token i, from a table of the Doc's sentences by token index built once
    per Doc. spaCy's ``Token.sent`` makes a Token, scans the tokens for the sentence's bounds and builds a new Span at
    every call (~4.6 us; the stages ask ~100 times per article)."""
    values = _values(doc)
    table = values.get("sentences")
    if table is None:
        sents = tuple(doc.sents)
        index = [0] * len(doc)
        for k, s in enumerate(sents):
            index[s.start : s.end] = [k] * (s.end - s.start)
        table = values["sentences"] = (sents, index)
    return table[0][table[1][i]]


def sent_of(tok: Any) -> Any:
    """``tok.sent`` for a Token: its sentence from the Doc's table (``sentence``)."""
    return sentence(tok.doc, tok.i)


def first_token_from(doc: Any, offset: int) -> int:
    """The index of the first token starting at or after character ``offset`` (``len(doc)`` when none): by bisection."""
    return bisect.bisect_left(token_starts(doc), offset)


def tokens_in(doc: Any, start: int, end: int) -> list[Any]:
    """The tokens starting inside characters [start, end) (``[t for t in doc if start <= t.idx < end]``)."""
    return list(doc[first_token_from(doc, start) : first_token_from(doc, end)]) if end > start else []
