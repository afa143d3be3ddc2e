"""clean: drop photo captions, picture credits, bylines and footers, keeping an offset map to the raw text.

Lines are kept or dropped whole; kept lines are copied verbatim, so every span of the cleaned text maps
back to the raw text through ``Article.offsets``.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Mapping

from .. import errors
from ..errors import EventcoderError
from ..model import Article, Document, Excluded, OffsetMap, Segment, Span
from ..pipeline import stage

CAPTION = re.compile(
    r"^\s*(file\s*(photo|picture|image)?\s*[-:\u2013\u2014]|file photo\b|photo\s*:|photos\s*:|image\s*:|picture\s*:|"
    r"caption\s*:|pictured\s*:|\(?photo (by|credit|courtesy)\b|in this (undated |handout )?(file )?(photo|image|picture)\b|"
    r"this (undated )?(handout )?(photo|image|picture)\b)"
    r"|\((ap|afp|reuters|getty|epa)[ /]*(photo|images?)?\b[^)]*\)\s*$"
    r"|\b(reuters|afp|ap|epa|getty images)/[A-Z][^\n]{0,60}$"
    r"|\b(photo|image|picture)\s+(by|courtesy of|credit)\b[^\n]{0,80}$"
    r"|\((u\.s\.|us) (army|navy|air force|marine corps) photo\b[^)]*\)\s*$",
    re.I,
)
FOOTER = re.compile(
    r"^\s*(copyright\b|\u00a9|\(c\)\s*\d{4}|all rights reserved|reporting by\b|additional reporting by\b|"
    r"writing by\b|editing by\b|compiled by\b|our standards\s*:|this material may not be published|"
    r"follow (us|him|her) on\b|sign up\b|subscribe\b|related\s*:|read more\b|advertisement\s*$|share this\b|"
    r"click here\b|(?:\w+ )?contributed to this report)"
    r"|all rights reserved\.?\s*$",
    re.I,
)


def classify_line(line: str) -> str | None:
    """'caption', 'footer', or None for a line of article text."""
    stripped = line.strip()
    if not stripped:
        return None
    if FOOTER.search(stripped):
        return "footer"
    if CAPTION.search(stripped):
        return "caption"
    return None


def clean_article(article: Article) -> tuple[Article, tuple[Excluded, ...]]:
    raw = article.text  # normalized by Article.from_text; article.offsets maps it to the input as given
    segments: list[Segment] = []
    excluded: list[Excluded] = []
    pieces: list[str] = []
    out_len = 0
    pos = 0
    for line in raw.splitlines(keepends=True):
        reason = classify_line(line)
        if reason is None:
            if segments and segments[-1].raw_start + segments[-1].length == pos:
                last = segments[-1]
                segments[-1] = Segment(text_start=last.text_start, raw_start=last.raw_start, length=last.length + len(line))
            else:
                segments.append(Segment(text_start=out_len, raw_start=pos, length=len(line)))
            pieces.append(line)
            out_len += len(line)
        else:
            kept = line.rstrip("\n")
            raw_span = article.offsets.span_to_raw(Span(start=pos, end=pos + len(kept)))
            excluded.append(Excluded(raw_span=raw_span, reason=reason, text=article.raw_text[raw_span.start : raw_span.end]))
        pos += len(line)
    text = "".join(pieces)
    if not text.strip():
        raise EventcoderError(errors.NO_TEXT, "nothing is left after removing captions and footers", item=article.id)
    cleaned = dataclasses.replace(article, text=text, offsets=OffsetMap(segments=tuple(segments)).then(article.offsets))
    return cleaned, tuple(excluded)


@stage("clean", requires=["article"], assigns=["clean_article", "excluded"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    cleaned, excluded = clean_article(doc.article)
    return {"clean_article": cleaned, "excluded": excluded}
