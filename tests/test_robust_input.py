"""Issue 7: one bad record never costs another; encodings; streaming with bounded memory; CSV quoting."""

from __future__ import annotations

import codecs
import json
import os
import threading

import pytest

from eventcoder import errors
from eventcoder.errors import EventcoderError
from eventcoder.model import Article, Rejected
from eventcoder.read import Limits, read_bytes, read_stream, unique_ids

GOOD = b'{"id": "a", "text": "Rockets hit a base in Erbil."}\n'
LAST = b'{"id": "z", "text": "Clashes in Mosul."}\n'


def _ids(items: list[Article | Rejected]) -> list[str | tuple[str, str]]:
    return [i.id if isinstance(i, Article) else (i.article_id, i.code) for i in items]


def test_deep_nesting_and_huge_numbers_cost_one_record_each() -> None:
    data = GOOD + b"[" * 100_000 + b"\n" + b'{"id": "n", "text": ' + b"7" * 5000 + b"}\n" + LAST
    assert _ids(list(read_bytes(data, name="b.jsonl"))) == [
        "a",
        ("b.jsonl:2", errors.MALFORMED_JSON),
        ("b.jsonl:3", errors.MALFORMED_JSON),
        "z",
    ]


def test_a_nul_or_bad_byte_costs_one_record_not_the_file() -> None:
    records = [b'{"id": "r%d", "text": "Rockets hit a base in Erbil."}\n' % i for i in range(100)]
    records[10] = b'{"id": "nul", "text": "bad \x00 byte"}\n'
    records[20] = b'{"id": "latin", "text": "caf\xe9 bomb"}\n'
    records[30] = b'{"id": "escaped", "text": "nul \\u0000 here"}\n'
    items = list(read_bytes(b"".join(records), name="b.jsonl"))
    assert len(items) == 100
    rejected = {(i.article_id, i.code) for i in items if isinstance(i, Rejected)}
    assert rejected == {("b.jsonl:11", errors.MALFORMED_JSON), ("latin", errors.BAD_ENCODING), ("escaped", errors.BINARY_INPUT)}


def test_a_stray_nul_in_a_text_file_is_not_binary() -> None:
    (art,) = list(read_bytes(b"Rockets hit a base\x00 in Erbil on Monday.\n", name="s.txt"))
    assert "Erbil" in art.text and "\x00" not in art.text and "\x00" in art.raw_text


BOMS = [
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
]


@pytest.mark.parametrize(("bom", "codec"), BOMS)
def test_unicode_with_a_byte_order_mark(bom: bytes, codec: str) -> None:
    text = "Rockets hit a base in Erbil.\r\nCafé owners said."
    (art,) = list(read_bytes(bom + text.encode(codec), name="s.txt"))
    assert art.text == "Rockets hit a base in Erbil.\nCafé owners said."
    lines = '{"id": "u1", "text": "Rockets hit Erbil."}\r\n{"id": "u2", "text": "Café bombing."}\n'
    assert _ids(list(read_bytes(bom + lines.encode(codec), name="b.jsonl"))) == ["u1", "u2"]


def test_encoding_option_for_utf16_without_a_bom() -> None:
    data = "Rockets hit a base in Erbil.".encode("utf-16-le")
    with pytest.raises(EventcoderError) as info:
        list(read_bytes(data, name="s.txt"))
    assert info.value.code == errors.BINARY_INPUT and "--encoding" in info.value.message
    (art,) = list(read_bytes(data, name="s.txt", encoding="utf-16"))
    assert art.text == "Rockets hit a base in Erbil."
    (art,) = list(read_bytes("Rockets hit a base in Erbil.".encode("utf-16-be"), name="s.txt", encoding="utf-16-be"))
    assert art.text == "Rockets hit a base in Erbil."


def test_csv_unterminated_quote_is_a_rejected_row_not_a_merge() -> None:
    data = b'id,text\n1,Rockets hit a base.\n2,"Open quote never closed\n3,Clashes in Mosul.\n4,"Two\nlines"\n5,Protest in Basra.\n'
    items = list(read_bytes(data, name="b.csv"))
    assert _ids(items) == ["1", ("b.csv:row 3", errors.MALFORMED_CSV), "3", "4", "5"]
    assert "unterminated" in items[1].message  # type: ignore[union-attr]
    assert items[3].text == "Two\nlines"  # type: ignore[union-attr]
    # an open quote that a later row closes is not a merge either
    data = b'id,text\n1,"Rockets hit a base.\n2,Clashes in Mosul.\n3,"Protest"\n'
    assert _ids(list(read_bytes(data, name="c.csv"))) == [("c.csv:row 2", errors.MALFORMED_CSV), "2", "3"]


def test_a_record_over_the_limit_is_rejected_and_reading_goes_on() -> None:
    big = b'{"id": "big", "text": "' + b"x" * 5000 + b'"}\n'
    items = list(read_bytes(GOOD + big + LAST, name="b.jsonl", limits=Limits(max_record_chars=1000)))
    assert _ids(items) == ["a", ("b.jsonl:2", errors.TOO_LARGE), "z"]
    with pytest.raises(EventcoderError) as info:
        list(read_bytes(b"x" * 5000, name="s.txt", limits=Limits(max_record_chars=1000)))
    assert info.value.code == errors.TOO_LARGE


def test_the_total_limit_stops_an_endless_stream() -> None:
    class Endless:
        pos = 0

        def read(self, n: int = -1) -> bytes:
            n = max(n, 1)
            start = self.pos % len(GOOD)
            self.pos += n
            return (GOOD * (2 + n // len(GOOD)))[start : start + n]

    seen = 0
    with pytest.raises(EventcoderError) as info:
        for item in read_stream(Endless(), name="-", kind="jsonl", limits=Limits(max_input_chars=100_000)):  # type: ignore[arg-type]
            assert isinstance(item, Article)
            seen += 1
    assert info.value.code == errors.TOO_LARGE and 1000 < seen < 3000


def test_a_pipe_is_read_record_by_record() -> None:
    """The first record is available while the writer still holds the pipe open (nothing is read whole)."""
    r, w = os.pipe()
    os.write(w, GOOD)
    got: list[Article | Rejected] = []
    with os.fdopen(r, "rb") as stream:
        reader = threading.Thread(target=lambda: got.append(next(read_stream(stream, name="-", kind="jsonl"))), daemon=True)
        reader.start()
        reader.join(20)
        alive = reader.is_alive()
        os.write(w, LAST)
        os.close(w)
        reader.join(20)
    assert not alive and isinstance(got[0], Article) and got[0].id == "a"


def test_duplicate_ids_are_made_unique_and_reported() -> None:
    items = list(read_bytes(GOOD + GOOD + LAST + GOOD, name="b.jsonl"))
    seen: list[tuple[str, str]] = []
    out = list(unique_ids(items, lambda old, new: seen.append((old, new))))
    assert [i.id for i in out if isinstance(i, Article)] == ["a", "a~2", "z", "a~3"]
    assert seen == [("a", "a~2"), ("a", "a~3")]


def test_bom_only_and_blank_inputs_are_empty() -> None:
    for data in (codecs.BOM_UTF8, b"", b" \r\n"):
        with pytest.raises(EventcoderError) as info:
            list(read_bytes(data, name="e.jsonl"))
        assert info.value.code == errors.EMPTY_INPUT


def test_rejected_records_say_which_record(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "b.jsonl"
    path.write_bytes(GOOD + b"{oops\n" + LAST)
    from eventcoder.read import read_path

    rej = [i for i in read_path(str(path)) if isinstance(i, Rejected)]
    assert [(r.article_id, r.code) for r in rej] == [(f"{path}:2", errors.MALFORMED_JSON)]
    assert json.loads(GOOD)["id"] == "a"


def test_jsonl_without_a_name_is_recognised() -> None:
    assert _ids(list(read_bytes(GOOD + LAST, name="-"))) == ["a", "z"]
    (art,) = list(read_bytes(b"{Braces} in a headline\nRockets hit a base.", name="-"))
    assert art.text.startswith("{Braces}")
