"""WARC / WARC.gz input (web archives such as Common Crawl's CC-NEWS): news pages become Articles.

Only HTTP ``response`` records with an HTML body are read; each goes through the same HTML reader as
``extract`` (trafilatura). A record that cannot be read becomes a ``Rejected`` naming its WARC record id;
the rest of the archive is still read. The article id is the WARC-Record-ID, the URL the target URI, and
the publication date the page's own date, else ``published``, else the crawl date.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zlib
from typing import IO, Iterator

from . import errors
from .errors import EventcoderError
from .model import Article, Rejected

SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)


def is_warc(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def read_warc(
    stream: IO[bytes], *, name: str, published: dt.date | None = None, source: str = "unknown", max_bytes: int = 5_000_000
) -> Iterator[Article | Rejected]:
    """Articles from the HTML response records of a WARC stream (gzip or plain)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .read import html_to_article

    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type]
    if not _looks_like_warc(buffered.peek(4096)[:4096]):
        yield Rejected(article_id=name, stage="read", code=errors.UNREADABLE, message="not a WARC archive (no WARC/ header)")
        return
    try:
        for record in ArchiveIterator(buffered, arc2warc=True):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            status = record.http_headers.get_statuscode() or ""
            if "html" not in content_type.lower() or not status.startswith("2"):
                continue
            ident = record.rec_headers.get_header("WARC-Record-ID") or f"{name}:{record.rec_headers.get_header('WARC-Target-URI')}"
            ident = ident.strip("<>").removeprefix("urn:uuid:")
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    raise EventcoderError(errors.TOO_LARGE, f"HTML body over {max_bytes} bytes", item=ident)
                charset = _CHARSET.search(content_type)
                try:
                    html = body.decode(charset.group(1) if charset else "utf-8", errors="replace")
                except LookupError:
                    html = body.decode("utf-8", errors="replace")
                article = html_to_article(html, id=ident, source=source, published=published, url=url)
                if article.published is None:
                    article = _with_crawl_date(article, record.rec_headers.get_header("WARC-Date"))
                yield article
            except EventcoderError as exc:
                yield Rejected(article_id=ident, stage="read", code=exc.code, message=exc.message)
            except Exception as exc:  # noqa: BLE001 - one bad record never ends the archive
                yield Rejected(article_id=ident, stage="read", code=errors.MALFORMED_HTML, message=f"{type(exc).__name__}: {exc}")
    except ArchiveLoadFailed as exc:
        yield Rejected(article_id=name, stage="read", code=errors.UNREADABLE, message=f"not a readable WARC archive: {exc}")


def _looks_like_warc(head: bytes) -> bool:
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    head = head.lstrip()
    return head.startswith((b"WARC/", b"filedesc://"))


def _with_crawl_date(article: Article, warc_date: str | None) -> Article:
    import dataclasses

    if not warc_date:
        return article
    try:
        return dataclasses.replace(article, published=dt.date.fromisoformat(warc_date[:10]))
    except ValueError:
        return article
