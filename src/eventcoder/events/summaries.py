"""A report's summary block ("KEY POINTS", "HIGHLIGHTS" and the bullets under it, `[summary]` in discourse.toml): it
retells the events the body reports, so its mentions are read like a headline's — they join the body event they name."""

from __future__ import annotations

import re
from typing import Any

from .cues import cues
from .follow_ups import BULLETS


def _lines(text: str) -> list[tuple[int, str]]:
    """The text's lines with the character offset each starts at."""
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    return lines


def _sentences_in(parsed: Any, spans: list[tuple[int, int]]) -> set[int]:
    """The sentences that start inside one of the character spans."""
    return {k for k, s in enumerate(parsed.sentences) if any(a <= s.start < b for a, b in spans)}


def summary_sentences(parsed: Any, text: str) -> set[int]:
    """The sentences of the bullet lines under a summary heading, up to the first line that is no bullet ("KEY POINTS\n• At
    least 16 people killed in a gang attack on Liancourt ...\n\nSITUATION OVERVIEW")."""
    c = cues()
    lines = _lines(text)
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if lines[i][1].strip().rstrip(":").strip().lower() not in c.summary_headings:
            i += 1
            continue
        start, end, j = lines[i][0] + len(lines[i][1]), None, i + 1
        while j < len(lines):
            line = lines[j][1].strip()
            if not line:
                nxt = next((k for k in range(j + 1, len(lines)) if lines[k][1].strip()), None)
                if end is None or (nxt is not None and lines[nxt][1].strip().startswith(tuple(BULLETS))):
                    j = nxt if nxt is not None else len(lines)
                    continue
                break
            if not line.startswith(tuple(BULLETS)):
                break  # a summary paragraph of tallies ("Summary\nIn February the Observatory documented 19 killings") or the next heading
            end = lines[j][0] + len(lines[j][1])
            j += 1
        if end is not None:
            blocks.append((start, end))
        i = j
    return _sentences_in(parsed, blocks)


# an item's heading line: a place or topic and a colon, then a few words with no closing punctuation ("Chaguanas: Man shot
# dead outside bar", "Arima: Two suspects killed in confrontation with police")
_HEADING = re.compile(r"^\s*[A-Z][\w'\u2019.-]*(?:[ -][A-Z][\w'\u2019.-]*){0,3}:\s+\S")
HEADING_WORDS = 14


def item_headings(parsed: Any, text: str) -> set[int]:
    """The sentences of item headings in the body of a release or digest: a line of at most ``HEADING_WORDS`` words that
    opens with a place or topic and a colon and has no closing punctuation, right before the item's text on the next line
    ("Chaguanas: Man shot dead outside bar\nAt about 8 p.m. on Sunday 15 March, a 27-year-old man was shot dead ...").
    The heading retells the item's event, as a headline does."""
    spans: list[tuple[int, int]] = []
    lines = _lines(text)
    for k, (start, line) in enumerate(lines[:-1]):
        body = line.strip()
        nxt = lines[k + 1][1].strip()
        if not body or not nxt or body[-1] in ".!?:\"\u201d" or len(body.split()) > HEADING_WORDS or not _HEADING.match(body):
            continue
        if nxt.rstrip()[-1:] not in (".", "!", "?", '"', "\u201d") and len(nxt.split()) <= HEADING_WORDS:
            continue  # the next line is no item text: a list of headings or a table
        spans.append((start, start + len(line)))
    return _sentences_in(parsed, spans)
