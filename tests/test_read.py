"""Reading input: bad input gets a clear error naming the item; batches go on past bad items."""

from __future__ import annotations

import pytest

from eventcoder import errors
from eventcoder.errors import EventcoderError
from eventcoder.model import Article, Rejected
from eventcoder.read import read_bytes, read_path


def test_empty_binary_and_bad_encoding_are_named() -> None:
    for data, code in ((b"  \n", errors.EMPTY_INPUT), (b"\x00\x01PK\x03", errors.BINARY_INPUT), (b"caf\xe9 bomb", errors.BAD_ENCODING)):
        with pytest.raises(EventcoderError) as info:
            list(read_bytes(data, name="story.txt"))
        assert info.value.code == code and info.value.item == "story.txt"
        assert "story.txt" in str(info.value)


def test_other_encodings_on_request() -> None:
    (art,) = list(read_bytes("café bomb".encode("latin-1"), name="s.txt", encoding="latin-1"))
    assert art.text == "café bomb"


def test_missing_file(tmp_path) -> None:
    with pytest.raises(EventcoderError) as info:
        list(read_path(str(tmp_path / "nope.txt")))
    assert info.value.code == errors.UNREADABLE


def test_jsonl_bad_lines_are_rejected_and_the_rest_read() -> None:
    data = b'{"id": "a", "text": "Rockets hit a base."}\n{not json\n["list"]\n{"id": "d"}\n{"id": "e", "text": "x", "published": "last Tuesday"}\n{"id": "f", "text": "Clashes in Mosul."}\n'
    items = list(read_bytes(data, name="batch.jsonl"))
    kinds = [(i.id if isinstance(i, Article) else (i.article_id, i.code)) for i in items]
    assert kinds == [
        "a",
        ("batch.jsonl:2", errors.MALFORMED_JSON),
        ("batch.jsonl:3", errors.MALFORMED_JSON),
        ("batch.jsonl:4", errors.MISSING_FIELD),
        ("e", errors.BAD_DATE),
        "f",
    ]


def test_csv_needs_a_text_column_and_bad_rows_are_rejected() -> None:
    with pytest.raises(EventcoderError) as info:
        list(read_bytes(b"id,body\n1,hello\n", name="b.csv"))
    assert info.value.code == errors.MALFORMED_CSV
    items = list(read_bytes(b'id,text,published\n1,Rockets hit a base.,2026-11-23\n2,too,many,cells\n3,Clashes in Mosul.,\n', name="b.csv"))
    assert [type(i).__name__ for i in items] == ["Article", "Rejected", "Article"]
    assert isinstance(items[1], Rejected) and items[1].article_id == "b.csv:row 3"
    assert items[0].published.isoformat() == "2026-11-23"


def test_html_is_reduced_to_article_text() -> None:
    html = b"""<html><head><title>Strike</title></head><body><nav>Home | World | Sport</nav>
    <article><h1>Rockets hit base</h1><p>Rockets hit a US base in Deir ez-Zour on Monday, officials said.</p>
    <p>US forces responded with counter-battery fire against the launch site, a spokesman said.</p></article>
    <footer>Copyright 2026</footer></body></html>"""
    (art,) = list(read_bytes(html, name="page.html"))
    assert "Deir ez-Zour" in art.text and "Home | World" not in art.text


def test_html_without_text_is_an_error() -> None:
    with pytest.raises(EventcoderError) as info:
        list(read_bytes(b"<html><body><div></div></body></html>", name="empty.html"))
    assert info.value.code == errors.MALFORMED_HTML and info.value.item == "empty"
