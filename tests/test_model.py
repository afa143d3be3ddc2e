"""Record invariants: spans, evidence, offset maps (property-tested)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import assume, given, strategies as st

from eventcoder.model import Article, Evidence, OffsetMap, Span
from eventcoder.normalize import normalize
from eventcoder.page.lines import clean_article


def test_span_rejects_negative_and_reversed() -> None:
    with pytest.raises(ValueError):
        Span(start=-1, end=2)
    with pytest.raises(ValueError):
        Span(start=5, end=2)


def test_records_are_frozen() -> None:
    span = Span(start=0, end=3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]
    ev = Evidence(value="x", span=span, text="abc", stage="t")
    with pytest.raises(dataclasses.FrozenInstanceError):
        ev.value = "y"  # type: ignore[misc]


def test_evidence_checks_confidence_and_derived_text() -> None:
    with pytest.raises(ValueError):
        Evidence(value=1, span=None, text="", stage="t", confidence=1.5)
    with pytest.raises(ValueError):
        Evidence(value=1, span=None, text="orphan text", stage="t")


LINES = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=40),
    st.sampled_from(
        [
            "FILE PHOTO - soldiers in 2006. (Wire Photo/Staff)",
            "Copyright 2026 Wire News. All rights reserved.",
            "Reporting by A. Writer; Editing by B. Editor",
            "Rockets hit a base on Monday.",
            "",
        ]
    ),
)


@given(st.lists(LINES, min_size=1, max_size=12))
def test_clean_offsets_map_every_kept_character_to_the_raw_text(lines: list[str]) -> None:
    raw = "\n".join(lines)
    if not raw.strip():
        return
    # Text that normalization rewrites (NFC, entities, invisible characters: '豈' -> '豈') is checked by the
    # span property test in test_robust_output.py; here every kept character must be the input's own.
    assume(normalize(raw)[0] == raw)
    art = Article.from_text(id="p", text=raw)
    try:
        cleaned, excluded = clean_article(art)
    except Exception as exc:  # only the documented "nothing left" error is allowed
        assert getattr(exc, "code", None) == "no_text"
        return
    assert cleaned.raw_text == raw  # the input record is not changed
    for i, ch in enumerate(cleaned.text):
        assert raw[cleaned.offsets.to_raw(i)] == ch
    for x in excluded:
        assert raw[x.raw_span.start : x.raw_span.end] == x.text


@given(st.text(max_size=200), st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=200))
def test_identity_offset_map_spans(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    span = Span(start=a, end=b)
    mapped = OffsetMap.identity(len(text)).span_to_raw(span)
    assert text[mapped.start : mapped.end] == text[span.start : span.end]
