"""A report's summary block ("KEY POINTS", "HIGHLIGHTS" and the bullets under it, `[summary]` in discourse.toml): it
retells the events the body reports, so its mentions are read like a headline's — they join the body event they name."""

from __future__ import annotations

from typing import Any

from .cues import cues
from .follow_ups import BULLETS


def summary_sentences(parsed: Any, text: str) -> set[int]:
    """The sentences of the bullet lines under a summary heading, up to the first line that is no bullet ("KEY POINTS\n• At
    least 16 people killed in a gang attack on Liancourt ...\n\nSITUATION OVERVIEW")."""
    c = cues()
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
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
    return {k for k, s in enumerate(parsed.sentences) if any(a <= s.start < b for a, b in blocks)}
