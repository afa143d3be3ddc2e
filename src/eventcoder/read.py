"""Reading input into Articles: plain text, HTML (via trafilatura), JSONL and CSV.

Readers yield ``Article`` or ``Rejected``: one bad item in a batch file never stops the rest.
A whole file that cannot be read at all raises ``EventcoderError`` naming the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator, Mapping

from . import errors
from .errors import EventcoderError
from .model import Article, Rejected
from .warc import is_warc, read_warc

MAX_FILE_BYTES = 512 * 1024 * 1024
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<article|<div|<p[\s>])", re.I)


def decode(data: bytes, item: str, encoding: str = "utf-8") -> str:
    """Decode bytes as text, refusing empty and binary input with a clear error."""
    if not data.strip():
        raise EventcoderError(errors.EMPTY_INPUT, "input is empty", item=item)
    if b"\x00" in data[:8192]:
        raise EventcoderError(errors.BINARY_INPUT, "input looks binary (NUL bytes), not text", item=item)
    try:
        text = data.decode("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
    except UnicodeDecodeError as exc:
        raise EventcoderError(
            errors.BAD_ENCODING,
            f"not valid {encoding} at byte {exc.start}; pass --encoding (e.g. latin-1) if the file uses another",
            item=item,
        ) from exc
    except LookupError as exc:
        raise EventcoderError(errors.BAD_ENCODING, f"unknown encoding {encoding!r}", item=item) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: Any, item: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise EventcoderError(errors.BAD_DATE, f"publication date {text!r} is not YYYY-MM-DD", item=item) from exc


def html_to_article(html: str, *, id: str, source: str, published: dt.date | None, url: str | None) -> Article:
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise EventcoderError(errors.MALFORMED_HTML, "no article text found in the HTML", item=id)
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    if published is None and meta is not None and meta.date:
        try:
            published = dt.date.fromisoformat(str(meta.date)[:10])
        except ValueError:
            published = None
    if source == "unknown" and meta is not None and meta.sitename:
        source = meta.sitename
    return Article.from_text(id=id, text=text, source=source, url=url, published=published, title=title)


def _record_to_article(rec: Mapping[str, Any], *, item: str, default_id: str, published: dt.date | None) -> Article:
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise EventcoderError(errors.MISSING_FIELD, "record has no non-empty 'text' field", item=item)
    ident = str(rec.get("id") or default_id)
    pub = parse_date(rec.get("published") or rec.get("date"), ident) or published
    source = str(rec.get("source") or rec.get("subset") or "unknown")
    url = rec.get("url") or None
    title = rec.get("title") or None
    if "<" in text[:200] and _HTML_START.match(text.encode("utf-8")[:200]):
        return html_to_article(text, id=ident, source=source, published=pub, url=url)
    return Article.from_text(id=ident, text=text.replace("\r\n", "\n"), source=source, url=url, published=pub, title=title)


def read_jsonl(text: str, *, name: str, published: dt.date | None) -> Iterator[Article | Rejected]:
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        item = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise EventcoderError(errors.MALFORMED_JSON, "line is not a JSON object", item=item)
            yield _record_to_article(rec, item=item, default_id=item, published=published)
        except json.JSONDecodeError as exc:
            yield Rejected(article_id=item, stage="read", code=errors.MALFORMED_JSON, message=f"invalid JSON: {exc.msg} at column {exc.colno}")
        except EventcoderError as exc:
            yield Rejected(article_id=exc.item or item, stage="read", code=exc.code, message=exc.message)


def read_csv(text: str, *, name: str, published: dt.date | None) -> Iterator[Article | Rejected]:
    try:
        reader = csv.DictReader(io.StringIO(text))
        fields = reader.fieldnames or []
    except csv.Error as exc:
        raise EventcoderError(errors.MALFORMED_CSV, f"cannot read CSV header: {exc}", item=name) from exc
    if "text" not in fields:
        raise EventcoderError(errors.MALFORMED_CSV, f"CSV needs a 'text' column; found {fields}", item=name)
    rowno = 1
    while True:
        rowno += 1
        item = f"{name}:row {rowno}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Rejected(article_id=item, stage="read", code=errors.MALFORMED_CSV, message=str(exc))
            continue
        if None in row:
            yield Rejected(article_id=item, stage="read", code=errors.MALFORMED_CSV, message="row has more cells than the header")
            continue
        try:
            yield _record_to_article(row, item=item, default_id=item, published=published)
        except EventcoderError as exc:
            yield Rejected(article_id=exc.item or item, stage="read", code=exc.code, message=exc.message)


def read_bytes(
    data: bytes,
    *,
    name: str,
    published: dt.date | None = None,
    source: str = "unknown",
    kind: str | None = None,
    encoding: str = "utf-8",
) -> Iterator[Article | Rejected]:
    """Read one input (file contents) of kind txt, html, jsonl or csv (guessed from the name if not given)."""
    if len(data) > MAX_FILE_BYTES:
        raise EventcoderError(errors.TOO_LARGE, f"{len(data)} bytes is over the {MAX_FILE_BYTES} byte limit", item=name)
    text = decode(data, name, encoding)
    kind = kind or guess_kind(name, data)
    stem = Path(name).stem if name != "-" else "stdin"
    if kind == "jsonl":
        yield from read_jsonl(text, name=name, published=published)
    elif kind == "csv":
        yield from read_csv(text, name=name, published=published)
    elif kind == "html":
        yield html_to_article(text, id=stem, source=source, published=published, url=None)
    else:
        yield Article.from_text(id=stem, text=text, source=source, published=published)


def guess_kind(name: str, data: bytes) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if _HTML_START.match(data[:512]):
        return "html"
    return "txt"


def read_path(
    path: str, *, published: dt.date | None = None, source: str = "unknown", kind: str | None = None, encoding: str = "utf-8"
) -> Iterator[Article | Rejected]:
    """Read a file path, or standard input for '-'."""
    if kind == "warc" or (kind is None and is_warc(path)):
        try:
            with (sys.stdin.buffer if path == "-" else open(path, "rb")) as stream:
                yield from read_warc(stream, name=path, published=published, source=source)
        except OSError as exc:
            raise EventcoderError(errors.UNREADABLE, f"cannot read: {exc.strerror or exc}", item=path) from exc
        return
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        p = Path(path)
        try:
            if p.is_dir():
                raise EventcoderError(errors.UNREADABLE, "is a directory, not a file", item=path)
            if p.stat().st_size > MAX_FILE_BYTES:
                raise EventcoderError(errors.TOO_LARGE, f"file is over the {MAX_FILE_BYTES} byte limit", item=path)
            data = p.read_bytes()
        except OSError as exc:
            raise EventcoderError(errors.UNREADABLE, f"cannot read: {exc.strerror or exc}", item=path) from exc
    yield from read_bytes(data, name=path, published=published, source=source, kind=kind, encoding=encoding)
