"""The article's dateline (a dateline parsed as a subject is no party)."""

from __future__ import annotations

from typing import Any


def dateline_end(doc: Any, start: int = 0) -> int:
    """Token index of the dash that ends a dateline opening the sentence at ``start`` ("BAMENDA, Cameroon (Wire) — ..."),
    else 0."""
    for tok in doc[start : start + 12]:
        if tok.text in ("—", "–", "--") or (tok.text == "-" and tok.i > 0 and tok.whitespace_ and doc[tok.i - 1].whitespace_):
            # "TRIPOLI —", "BAMENDA, Cameroon (Wire) —", "Kabul (Reuters) –"; not a headline "... outrage in X —"
            upper = doc[start].text.isupper() and len(doc[start].text) > 2
            return tok.i if upper or (tok.i > 0 and doc[tok.i - 1].text == ")") else 0
        if tok.is_sent_end and tok.i > start:
            break
    return 0


def dateline_range(doc: Any) -> tuple[int, int]:
    """(first, end) token range of the article's dateline: opening the text, or the line after a headline
    ("GUNMEN KILL 11 VILLAGERS IN PLATEAU\nJOS, Nigeria (Wire) — Gunmen stormed ..."); (0, 0) when there is none."""
    for sent in list(doc.sents)[:2]:
        end = dateline_end(doc, sent.start)
        if end:
            return sent.start, end
    return 0, 0
