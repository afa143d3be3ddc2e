"""WARC input: news pages in a web archive (CC-NEWS style) read through the same HTML reader as extract."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from eventcoder.cli import main
from eventcoder.model import Article, Rejected
from eventcoder.read import read_path

PAGE = """<html><head><title>Attack in Kaduna</title><meta name="date" content="2025-03-14"></head><body><article>
<h1>Gunmen kill villagers in Kaduna</h1>
<p>KADUNA, Nigeria - Gunmen killed five villagers in Kauru, Kaduna State, on Tuesday, police said.</p>
<p>The attackers fled into a nearby forest before soldiers arrived, a police spokesman told reporters.</p>
</article></body></html>"""


def make_warc(path: Path, pages: list[tuple[str, str, bytes]], gzip: bool = True) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for url, content_type, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2025-03-15T08:00:00Z"})
            writer.write_record(record)
    return path


@pytest.mark.parametrize("gzip", [True, False])
def test_html_responses_become_articles_and_bad_records_are_rejected(tmp_path: Path, gzip: bool) -> None:
    warc = make_warc(tmp_path / ("news.warc.gz" if gzip else "news.warc"), [
        ("https://news.example/kaduna", "text/html; charset=utf-8", PAGE.encode()),
        ("https://news.example/logo.png", "image/png", b"\x89PNG...."),
        ("https://news.example/empty", "text/html", b"<html><body></body></html>"),
    ])
    items = list(read_path(str(warc)))
    articles = [i for i in items if isinstance(i, Article)]
    rejected = [i for i in items if isinstance(i, Rejected)]
    assert len(articles) == 1 and len(rejected) == 1
    (a,) = articles
    assert a.url == "https://news.example/kaduna" and "Kauru" in a.text
    assert a.published is not None and a.id
    assert rejected[0].code == "malformed_html"


def test_not_a_warc_is_one_rejection_not_a_crash(tmp_path: Path) -> None:
    bad = tmp_path / "broken.warc.gz"
    bad.write_bytes(b"this is not an archive at all\n" * 10)
    items = list(read_path(str(bad)))
    assert items and all(isinstance(i, Rejected) for i in items)


def test_extract_codes_a_warc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warc = make_warc(tmp_path / "news.warc.gz", [("https://news.example/kaduna", "text/html", PAGE.encode())])
    assert main(["extract", str(warc)]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(e["country"] == "Nigeria" and e["fatalities"] == 5 for e in events)
