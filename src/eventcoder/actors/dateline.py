"""The story's dateline as a token range (a dateline parsed as a subject is no party). The dateline itself is read
once, by the clean stage (``page/datelines.py``)."""

from __future__ import annotations

from typing import Any

from ..records import DATELINE_SPANS, Dateline


def dateline_tokens(doc: Any, dateline: Dateline | None) -> tuple[int, int]:
    """(first, end) token range of the dateline ("JOS, Nigeria (Wire) \u2014 "), up to the story's first word;
    (0, 0) when there is none."""
    if dateline is None:
        return 0, 0
    inside = []
    for tok in doc:
        if tok.idx >= dateline.end:
            break
        if tok.idx >= dateline.span.start:
            inside.append(tok.i)
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


def in_dateline(tok: Any) -> bool:
    """Is the token one of a dateline's words ("LIBYA – Heavy clashes ...", "PORT SUDAN (Wire) —"): the document's
    datelines, marked on the Doc by the parse stage (none on a Doc parsed without them)."""
    group = tok.doc.spans.get(DATELINE_SPANS, ())
    return any(span.start <= tok.i < span.end for span in group)
