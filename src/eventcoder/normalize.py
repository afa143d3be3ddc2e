"""Normalizing an article's text while keeping a map back to the text exactly as given.

CRLF and lone CR become LF; zero-width characters, soft hyphens and byte-order marks are removed; HTML
character references (``&amp;``, ``&#8217;``) are decoded; the text is put in Unicode NFC. Every change
is recorded in an ``OffsetMap`` so that evidence spans index the input exactly (``raw_span``).
"""

from __future__ import annotations

import html
import re
import unicodedata

from .model import OffsetMap, Segment

_EDITS = re.compile(
    r"(?P<newline>\r\n?)"
    r"|(?P<invisible>[\x00\u200b\u200c\u200d\u2060\ufeff\u00ad]+)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
)


def _entity(ref: str) -> str | None:
    out = html.unescape(ref)
    if out == ref or not out or "\ufffd" in out or any(unicodedata.category(c) in ("Cc", "Cs") and c not in "\n\t" for c in out):
        return None  # unknown name, or a control/surrogate character: keep the text as given
    return out


def _apply(raw: str, pattern: re.Pattern[str], replace) -> tuple[str, OffsetMap]:  # type: ignore[no-untyped-def]
    pieces: list[str] = []
    segments: list[Segment] = []
    pos = out = 0

    def verbatim(upto: int) -> None:
        nonlocal pos, out
        if upto > pos:
            segments.append(Segment(text_start=out, raw_start=pos, length=upto - pos))
            pieces.append(raw[pos:upto])
            out += upto - pos
            pos = upto

    for m in pattern.finditer(raw):
        new = replace(m)
        if new is None:
            continue
        verbatim(m.start())
        if new:
            segments.append(Segment(text_start=out, raw_start=m.start(), length=len(new), raw_length=m.end() - m.start()))
            pieces.append(new)
            out += len(new)
        pos = m.end()
    verbatim(len(raw))
    return "".join(pieces), OffsetMap(segments=tuple(segments))


def _edit(m: re.Match[str]) -> str | None:
    if m.group("newline"):
        return "\n"
    if m.group("invisible"):
        return ""
    return _entity(m.group("entity"))


# a character followed by combining marks: the unit NFC may change
_CLUSTER = re.compile(r".[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f\u09bc-\u09d7\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a\ufe20-\ufe2f]+|[^\x00-\u00ff]", re.S)


def _nfc(m: re.Match[str]) -> str | None:
    unit = m.group(0)
    out = unicodedata.normalize("NFC", unit)
    return None if out == unit else out


def normalize(raw: str) -> tuple[str, OffsetMap]:
    """The normalized text and the map from its offsets to ``raw``'s."""
    if not _EDITS.search(raw) and unicodedata.is_normalized("NFC", raw):
        return raw, OffsetMap.identity(len(raw))
    text, offsets = _apply(raw, _EDITS, _edit)
    if not unicodedata.is_normalized("NFC", text):
        text, second = _apply(text, _CLUSTER, _nfc)
        offsets = second.then(offsets)
    return text, offsets
