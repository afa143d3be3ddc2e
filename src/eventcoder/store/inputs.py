"""Ingest inputs: files, directories (recursively), standard input and WARC archives, as Article | Rejected.

Plain text, HTML, JSONL and CSV go through ``read.read_bytes``; WARC response records (``warcio``) are HTML
pages. A file that cannot be read becomes a Rejected item naming it; the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path
from typing import Iterable, Iterator

from .. import errors
from ..errors import EventcoderError
from ..model import Article, Rejected
from ..read import MAX_FILE_BYTES, html_to_article, read_bytes

SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".csv", ".warc", ".warc.gz", ".arc.gz")


def _is_warc(name: str) -> bool:
    return name.lower().endswith((".warc", ".warc.gz", ".arc.gz"))


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


def read_warc(stream: io.BufferedIOBase, *, name: str, published: dt.date | None, source: str) -> Iterator[Article | Rejected]:
    from warcio.archiveiterator import ArchiveIterator  # lazily: only WARC input needs it

    try:
        for n, record in enumerate(ArchiveIterator(stream), start=1):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            item = url or f"{name}#{n}"
            http = record.http_headers
            if http is not None:
                status = http.get_statuscode()
                ctype = (http.get_header("Content-Type") or "").lower()
                if status and not status.startswith("2"):
                    continue
                if ctype and "html" not in ctype and "text" not in ctype:
                    continue
            else:
                ctype = ""
            body = record.content_stream().read()
            charset = ctype.split("charset=", 1)[1].split(";")[0].strip() if "charset=" in ctype else "utf-8"
            try:
                text = body.decode(charset, errors="replace")
            except LookupError:
                text = body.decode("utf-8", errors="replace")
            try:
                if not text.strip():
                    raise EventcoderError(errors.EMPTY_INPUT, "empty response body", item=item)
                yield html_to_article(text, id=item, source=source, published=published, url=url)
            except EventcoderError as exc:
                yield Rejected(article_id=item, stage="read", code=exc.code, message=exc.message)
    except Exception as exc:  # noqa: BLE001 - a truncated or corrupt archive: keep what was read
        if isinstance(exc, EventcoderError):
            raise
        yield Rejected(article_id=name, stage="read", code=errors.UNREADABLE, message=f"WARC: {type(exc).__name__}: {exc}")


def read_sources(
    paths: Iterable[str], *, published: dt.date | None = None, source: str = "unknown", encoding: str = "utf-8"
) -> Iterator[Article | Rejected]:
    for path in expand(paths):
        try:
            if _is_warc(path):
                if path == "-":
                    yield from read_warc(sys.stdin.buffer, name="stdin", published=published, source=source)
                else:
                    with open(path, "rb") as fh:
                        yield from read_warc(fh, name=path, published=published, source=source)
                continue
            if path == "-":
                data = sys.stdin.buffer.read()
            else:
                p = Path(path)
                if p.stat().st_size > MAX_FILE_BYTES:
                    raise EventcoderError(errors.TOO_LARGE, f"file is over the {MAX_FILE_BYTES} byte limit", item=path)
                data = p.read_bytes()
            if data[:2] == b"\x1f\x8b" or data[:8] == b"WARC/1.0" or data[:8] == b"WARC/1.1":
                yield from read_warc(io.BytesIO(data), name=path, published=published, source=source)
                continue
            yield from read_bytes(data, name=path, published=published, source=source, encoding=encoding)
        except EventcoderError as exc:
            yield Rejected(article_id=exc.item or path, stage="read", code=exc.code, message=exc.message)
        except OSError as exc:
            yield Rejected(article_id=path, stage="read", code=errors.UNREADABLE, message=f"cannot read: {exc.strerror or exc}")
