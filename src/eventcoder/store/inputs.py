"""Ingest inputs: files, directories (walked recursively) and standard input, as Article | Rejected.

Each file goes through ``read.read_path`` (text, HTML, JSONL, CSV, WARC/WARC.gz). A file that cannot be read
becomes a Rejected item naming it; the batch goes on.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import EventcoderError
from ..model import Article, Rejected
from ..read import read_path
from ..warc import SUFFIXES as WARC_SUFFIXES

SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".csv", *WARC_SUFFIXES)


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files in the given order; directories walked recursively in sorted order, keeping known suffixes."""
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.name.lower().endswith(SUFFIXES) and not f.name.startswith("."):
                    yield str(f)
        else:
            yield path


def read_sources(
    paths: Iterable[str], *, published: dt.date | None = None, source: str = "unknown", encoding: str = "utf-8"
) -> Iterator[Article | Rejected]:
    for path in expand(paths):
        try:
            yield from read_path(path, published=published, source=source, encoding=encoding)
        except EventcoderError as exc:
            yield Rejected(article_id=exc.item or path, stage="read", code=exc.code, message=exc.message)


def estimate(paths: Iterable[str], limit_bytes: int = 2_000_000_000) -> int | None:
    """A quick count of the items the paths hold (for a progress bar's ETA); None when unknown (stdin, WARC)."""
    total = 0
    seen = 0
    for path in expand(paths):
        if path == "-" or path.lower().endswith(WARC_SUFFIXES):
            return None
        p = Path(path)
        try:
            size = p.stat().st_size
            seen += size
            if seen > limit_bytes:
                return None
            if path.lower().endswith((".jsonl", ".ndjson")):
                with open(p, "rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif path.lower().endswith(".csv"):
                with open(p, "rb") as fh:
                    total += max(0, sum(1 for _ in fh) - 1)  # rows, ignoring quoted newlines
            else:
                total += 1
        except OSError:
            total += 1
    return total
