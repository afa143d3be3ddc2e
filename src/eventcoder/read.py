"""Reading input into Articles: plain text, HTML (via trafilatura), JSONL and CSV, streamed.

Readers yield ``Article`` or ``Rejected``: one bad item in a batch file never stops the rest. JSONL and
CSV are read record by record with bounded memory (``Limits``: a per-record size and a total size that
applies to pipes and other streams too); each record is decoded and validated on its own, so an invalid
byte, a NUL, a JSON nested too deep or a number too long costs that record only. A whole input that
cannot be read at all (missing, empty, binary, undecodable text file) raises ``EventcoderError`` naming it.

Encodings: a byte-order mark (UTF-8, UTF-16 or UTF-32) wins; otherwise ``encoding`` (default UTF-8).
A text or HTML file is one article whose ``raw_text`` is the decoded file exactly as given (BOM and CRLF
included); evidence ``raw_span`` offsets index it.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Mapping

from . import errors
from .errors import EventcoderError
from .model import Article, Rejected
from .warc import is_warc, read_warc

_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
_HTML_START_TEXT = re.compile(r"^\s*(<!doctype\s+html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
SNIFF_BYTES = 8192
BAD_CHAR = "\U0010fffe"  # a noncharacter standing in for each undecodable byte; a record holding it is rejected
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _mark_bad(exc: UnicodeError) -> tuple[str, int]:
    if isinstance(exc, UnicodeDecodeError):
        return BAD_CHAR * (exc.end - exc.start), exc.end
    raise exc


codecs.register_error("eventcoder-mark", _mark_bad)


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """Reading limits. ``max_record_chars``: one JSONL line, CSV record or text file; ``max_input_chars``:
    everything read from one input, including endless pipes (reading stops with an error)."""

    max_record_chars: int = 4_000_000
    max_input_chars: int = 2_000_000_000


# ----------------------------------------------------------------------------------------------- decoding


def _is_binary(sample: bytes) -> bool:
    """Binary, not text: NUL bytes or other control bytes make up more than 5% of the sample."""
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return b"\x00" in sample and controls / len(sample) > 0.05


def _codec(sample: bytes, encoding: str, item: str) -> tuple[str, int]:
    """(codec name, BOM length) for an input whose first bytes are ``sample``."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name, len(bom)
    enc = encoding.lower().replace("_", "-")
    try:
        name = codecs.lookup(enc).name
    except LookupError as exc:
        raise EventcoderError(errors.BAD_ENCODING, f"unknown encoding {encoding!r}", item=item) from exc
    if name in ("utf-16", "utf-32"):  # no BOM: Python would guess the byte order; say little-endian
        name += "-le"
    elif not name.startswith(("utf-16", "utf-32")) and _is_binary(sample):
        hint = "; if it is UTF-16 or UTF-32 text without a byte-order mark, pass --encoding utf-16-le (or -be)"
        raise EventcoderError(errors.BINARY_INPUT, f"input looks binary (NUL bytes), not text{hint}", item=item)
    return name, 0


def decode(data: bytes, item: str, encoding: str = "utf-8") -> str:
    """Decode a whole text input exactly as given (a BOM stays as U+FEFF, line ends are not changed),
    refusing empty, binary and undecodable input with a clear error."""
    name, _bom = _codec(data[:SNIFF_BYTES], encoding, item)
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        raise EventcoderError(
            errors.BAD_ENCODING,
            f"not valid {encoding} at byte {exc.start}; pass --encoding (e.g. latin-1) if the file uses another",
            item=item,
        ) from exc
    if not text.strip("\ufeff \t\r\n"):
        raise EventcoderError(errors.EMPTY_INPUT, "input is empty", item=item)
    return text


class _Prefixed(io.RawIOBase):
    """A byte stream that first returns ``prefix`` (the sniffed bytes), then the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: IO[bytes]) -> None:
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        read1 = getattr(self._stream, "read1", None)  # what is available now: never wait for a full buffer
        chunk = read1(len(buffer)) if read1 is not None else self._stream.read(len(buffer))
        if not chunk:
            return 0
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _sniff(stream: IO[bytes]) -> bytes:
    """The first bytes of a stream: what is available now (at least 4, for a byte-order mark), never
    waiting for more, so that a pipe's first record is coded before the writer sends the next."""
    read1 = getattr(stream, "read1", None)
    sample = b""
    while len(sample) < 4:
        chunk = read1(SNIFF_BYTES - len(sample)) if read1 is not None else stream.read(SNIFF_BYTES - len(sample))
        if not chunk:
            break
        sample += chunk
    return sample


# ----------------------------------------------------------------------------------------------- records


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
    if BAD_CHAR in text or any(isinstance(v, str) and BAD_CHAR in v for v in rec.values()):
        raise EventcoderError(errors.BAD_ENCODING, "record holds bytes that are not valid in the input encoding", item=ident)
    if "\x00" in text:
        raise EventcoderError(errors.BINARY_INPUT, "record text holds NUL characters", item=ident)
    pub = parse_date(rec.get("published") or rec.get("date"), ident) or published
    source = str(rec.get("source") or rec.get("subset") or "unknown")
    url = rec.get("url") or None
    title = rec.get("title") or None
    if "<" in text[:200] and _HTML_START_TEXT.match(text[:200]):
        return html_to_article(text, id=ident, source=source, published=pub, url=url)
    return Article.from_text(id=ident, text=text, source=source, url=url, published=pub, title=title)


def _rejected(item: str, exc: BaseException) -> Rejected:
    if isinstance(exc, EventcoderError):
        return Rejected(article_id=exc.item or item, stage="read", code=exc.code, message=exc.message)
    return Rejected(article_id=item, stage="read", code=errors.MALFORMED_JSON, message=f"{type(exc).__name__}: {exc}")


class _Lines:
    """Physical lines of a text stream, each at most ``limit`` characters; longer lines are skipped
    (without holding them) and reported as too large. Counts the total read against the input limit."""

    def __init__(self, stream: IO[str], name: str, limits: Limits) -> None:
        self.stream = stream
        self.name = name
        self.limits = limits
        self.total = 0
        self.lineno = 0

    def __iter__(self) -> Iterator[tuple[int, str | None]]:
        """(line number, line) or (line number, None) for a line over the record limit."""
        limit = self.limits.max_record_chars
        while True:
            line = self.stream.readline(limit + 1)
            if not line:
                return
            self.lineno += 1
            self._count(len(line))
            if len(line) > limit and not line.endswith(("\n", "\r")):
                while True:  # skip the rest of the over-long line, a chunk at a time
                    rest = self.stream.readline(65536)
                    self._count(len(rest))
                    if not rest or rest.endswith(("\n", "\r")):
                        break
                yield self.lineno, None
                continue
            yield self.lineno, line

    def _count(self, n: int) -> None:
        self.total += n
        if self.total > self.limits.max_input_chars:
            raise EventcoderError(
                errors.TOO_LARGE,
                f"input is over the limit of {self.limits.max_input_chars} characters; stopped reading at line {self.lineno}",
                item=self.name,
            )


def _too_long(item: str, limits: Limits) -> Rejected:
    return Rejected(article_id=item, stage="read", code=errors.TOO_LARGE, message=f"record is over the limit of {limits.max_record_chars} characters")


def read_jsonl_stream(stream: IO[str], *, name: str, published: dt.date | None, limits: Limits = Limits()) -> Iterator[Article | Rejected]:
    for lineno, line in _Lines(stream, name, limits):
        item = f"{name}:{lineno}"
        if line is None:
            yield _too_long(item, limits)
            continue
        if lineno == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise EventcoderError(errors.MALFORMED_JSON, "line is not a JSON object", item=item)
            yield _record_to_article(rec, item=item, default_id=item, published=published)
        except json.JSONDecodeError as exc:
            yield Rejected(article_id=item, stage="read", code=errors.MALFORMED_JSON, message=f"invalid JSON: {exc.msg} at column {exc.colno}")
        except Exception as exc:  # noqa: BLE001 - RecursionError, ValueError (huge numbers), anything: this record only
            yield _rejected(item, exc)


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), strict=True))


def read_csv_stream(stream: IO[str], *, name: str, published: dt.date | None, limits: Limits = Limits()) -> Iterator[Article | Rejected]:
    """CSV with a header holding a ``text`` column. A quoted cell may span lines; a quote left open (the
    record does not parse, has the wrong number of cells, or is still open at the end of the input) is
    reported as a rejected row, and reading resumes at the next line: rows are never merged silently."""
    lines = iter(_Lines(stream, name, limits))
    header: list[str] | None = None
    pending: list[tuple[int, str]] = []  # physical lines of the record being read

    def parse(chunk: list[tuple[int, str]]) -> list[str] | None:
        try:
            rows = _csv_rows("".join(line for _, line in chunk))
        except csv.Error:
            return None
        return rows[0] if len(rows) == 1 else None

    def rows() -> Iterator[tuple[int, list[str] | None, str]]:
        """(line number, cells or None if unparseable, message)."""
        backlog: list[tuple[int, str]] = []
        source = iter(lines)
        while True:
            if backlog:
                lineno, line = backlog.pop(0)
            else:
                try:
                    lineno, maybe = next(source)
                except StopIteration:
                    return
                if maybe is None:
                    yield lineno, None, f"record is over the limit of {limits.max_record_chars} characters"
                    continue
                line = maybe
            if lineno == 1:
                line = line.lstrip("\ufeff")
            chunk = [(lineno, line)]
            size = len(line)
            open_quote = _open_quote(line)
            while open_quote and size <= limits.max_record_chars:
                nxt: tuple[int, str] | None = None
                if backlog:
                    nxt = backlog.pop(0)
                else:
                    try:
                        n, more = next(source)
                    except StopIteration:
                        more, n = None, -1
                    if more is not None:
                        nxt = (n, more)
                if nxt is None:
                    break
                chunk.append(nxt)
                size += len(nxt[1])
                open_quote ^= _open_quote(nxt[1])
            cells = parse(chunk) if not open_quote else None
            expected = len(header) if header is not None else None
            if cells is not None and (expected is None or len(cells) == expected or len(chunk) == 1):
                yield lineno, cells, ""
                continue
            if len(chunk) > 1:
                # a quote opened on this line never closed where it should: reject this line only,
                # and read the lines it swallowed again as rows of their own
                backlog = chunk[1:] + backlog
                yield lineno, None, "unterminated quoted cell (a quote opened on this line is not closed)"
            else:
                yield lineno, None, "malformed CSV row (stray or unbalanced quote)"

    for lineno, cells, message in rows():
        item = f"{name}:row {lineno}"
        if header is None:
            if cells is None:
                raise EventcoderError(errors.MALFORMED_CSV, f"cannot read CSV header: {message}", item=name)
            header = cells
            if "text" not in header:
                raise EventcoderError(errors.MALFORMED_CSV, f"CSV needs a 'text' column; found {header}", item=name)
            continue
        if cells is None:
            code = errors.TOO_LARGE if "over the limit" in message else errors.MALFORMED_CSV
            yield Rejected(article_id=item, stage="read", code=code, message=message)
            continue
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            more = "more" if len(cells) > len(header) else "fewer"
            yield Rejected(article_id=item, stage="read", code=errors.MALFORMED_CSV, message=f"row has {more} cells than the header")
            continue
        try:
            yield _record_to_article(dict(zip(header, cells)), item=item, default_id=item, published=published)
        except Exception as exc:  # noqa: BLE001 - this row only
            rej = _rejected(item, exc)
            yield rej if isinstance(exc, EventcoderError) else Rejected(article_id=item, stage="read", code=errors.MALFORMED_CSV, message=rej.message)
    if header is None:
        raise EventcoderError(errors.EMPTY_INPUT, "input is empty", item=name)


def _open_quote(text: str) -> bool:
    """Is a quoted CSV cell still open at the end of ``text``? (An odd number of quote characters.)"""
    return text.count('"') % 2 == 1


# ----------------------------------------------------------------------------------------------- inputs


def read_stream(
    stream: IO[bytes],
    *,
    name: str,
    published: dt.date | None = None,
    source: str = "unknown",
    kind: str | None = None,
    encoding: str = "utf-8",
    limits: Limits = Limits(),
) -> Iterator[Article | Rejected]:
    """Read one input from a binary stream (file, pipe, FIFO, socket) of kind txt, html, jsonl or csv
    (guessed from the name, then the first bytes, if not given)."""
    sample = _sniff(stream)
    if not sample.strip(b" \t\r\n") or sample in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        raise EventcoderError(errors.EMPTY_INPUT, "input is empty", item=name)
    codec, bom = _codec(sample, encoding, name)
    kind = kind or guess_kind(name, sample)
    stem = Path(name).stem if name != "-" else "stdin"
    if kind in ("jsonl", "csv"):
        body = io.BufferedReader(_Prefixed(sample[bom:], stream), buffer_size=65536)
        text = io.TextIOWrapper(body, encoding=codec, errors="eventcoder-mark", newline="")
        reader = read_jsonl_stream if kind == "jsonl" else read_csv_stream
        yield from reader(text, name=name, published=published, limits=limits)
        return
    # one article: read at most the record limit (in bytes: up to 4 per character)
    cap = limits.max_record_chars * (4 if codec.startswith("utf-32") else 2 if codec.startswith("utf-16") else 4)
    data = sample + _read_at_most(stream, cap - len(sample) + 1)
    if len(data) > cap:
        raise EventcoderError(errors.TOO_LARGE, f"input is over the limit of {limits.max_record_chars} characters for one article", item=name)
    text = decode(data, name, codec)
    if len(text) > limits.max_record_chars:
        raise EventcoderError(errors.TOO_LARGE, f"input is over the limit of {limits.max_record_chars} characters for one article", item=name)
    if kind == "html":
        yield html_to_article(text.lstrip("\ufeff"), id=stem, source=source, published=published, url=None)
    else:
        yield Article.from_text(id=stem, text=text, source=source, published=published)


def _read_at_most(stream: IO[bytes], n: int) -> bytes:
    parts: list[bytes] = []
    while n > 0:
        chunk = stream.read(min(n, 1 << 20))
        if not chunk:
            break
        parts.append(chunk)
        n -= len(chunk)
    return b"".join(parts)


def read_bytes(
    data: bytes,
    *,
    name: str,
    published: dt.date | None = None,
    source: str = "unknown",
    kind: str | None = None,
    encoding: str = "utf-8",
    limits: Limits = Limits(),
) -> Iterator[Article | Rejected]:
    """Read one input held in memory (see ``read_stream``)."""
    yield from read_stream(io.BytesIO(data), name=name, published=published, source=source, kind=kind, encoding=encoding, limits=limits)


def guess_kind(name: str, data: bytes) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    head = data[:512].lstrip(codecs.BOM_UTF8)
    if _HTML_START.match(head):
        return "html"
    if head.lstrip().startswith(b"{") and b'"text"' in data:  # JSON lines on stdin or an unnamed file
        return "jsonl"
    return "txt"


def read_path(
    path: str,
    *,
    published: dt.date | None = None,
    source: str = "unknown",
    kind: str | None = None,
    encoding: str = "utf-8",
    limits: Limits = Limits(),
) -> Iterator[Article | Rejected]:
    """Read a file path (regular file, FIFO, device), or standard input for '-', as a stream."""
    if kind == "warc" or (kind is None and is_warc(path)):
        try:
            with (sys.stdin.buffer if path == "-" else open(path, "rb")) as stream:
                yield from read_warc(stream, name=path, published=published, source=source)
        except OSError as exc:
            raise EventcoderError(errors.UNREADABLE, f"cannot read: {exc.strerror or exc}", item=path) from exc
        return
    if path == "-":
        if sys.stdin is None or sys.stdin.closed:
            raise EventcoderError(errors.UNREADABLE, "standard input is closed", item="-")
        try:
            stream: IO[bytes] = sys.stdin.buffer
        except (AttributeError, ValueError) as exc:
            raise EventcoderError(errors.UNREADABLE, "standard input is closed", item="-") from exc
        try:
            yield from read_stream(stream, name=path, published=published, source=source, kind=kind, encoding=encoding, limits=limits)
        except OSError as exc:
            raise EventcoderError(errors.UNREADABLE, f"cannot read standard input: {exc.strerror or exc}", item="-") from exc
        return
    p = Path(path)
    try:
        if p.is_dir():
            raise EventcoderError(errors.UNREADABLE, "is a directory, not a file", item=path)
        handle = p.open("rb")
    except OSError as exc:
        raise EventcoderError(errors.UNREADABLE, f"cannot read: {exc.strerror or exc}", item=path) from exc
    with handle:
        try:
            yield from read_stream(handle, name=path, published=published, source=source, kind=kind, encoding=encoding, limits=limits)
        except OSError as exc:
            raise EventcoderError(errors.UNREADABLE, f"cannot read: {exc.strerror or exc}", item=path) from exc


def unique_ids(items: Iterable[Article | Rejected], on_duplicate: Callable[[str, str], None] | None = None) -> Iterator[Article | Rejected]:
    """Give every article a unique id: a repeated id becomes ``id~2``, ``id~3``...; ``on_duplicate(old,
    new)`` is called for each (the CLI warns)."""
    import dataclasses

    seen: dict[str, int] = {}
    taken: set[str] = set()
    for item in items:
        if isinstance(item, Article):
            if item.id in taken:
                n = seen.get(item.id, 1)
                new = item.id
                while new in taken:
                    n += 1
                    new = f"{item.id}~{n}"
                seen[item.id] = n
                if on_duplicate is not None:
                    on_duplicate(item.id, new)
                item = dataclasses.replace(item, id=new)
            taken.add(item.id)
        yield item
