"""Attribution: a source's role and the hedges of an event's sentence, read from the word lists of
resources/actors/words.toml."""

from __future__ import annotations

from eventcoder.model import Rejected
from eventcoder.pipeline import Pipeline
from eventcoder.attribution.sources import HEDGES, _role

from .conftest import article


def test_a_ranked_officer_is_a_military_source() -> None:
    # "Gen." and "Col." keep their dot: the role is read at the abbreviation, not only at "general"/"colonel"
    assert _role("Gen. Mark Milley") == "military"
    assert _role("Col. Ahmed Salem") == "military"
    assert _role("Lt. Col. Joe Buccino, a CENTCOM spokesman") == "spokesperson"  # the spokesperson is tried first
    assert _role("the health ministry") == "government"
    assert _role("apt residents") == "witness"  # "ap" is a whole word only
    assert _role("Colonel-in-waiting Smith") == "military" and _role("Gen Z voters") is None


def test_hedges_are_whole_phrases() -> None:
    found = [m.group(0).lower() for m in HEDGES.finditer("He was reportedly killed; the group is said to have claimed it, unclaimed.")]
    assert found == ["reportedly", "is said to", "claimed"]


def test_an_officer_quoted_by_rank_is_the_event_source(pipeline: Pipeline) -> None:
    text = "Col. Ahmed Salem said militants attacked an army checkpoint near Mosul on Monday, killing two soldiers."
    out = pipeline.run(article(text, "2024-05-01"))
    assert not isinstance(out, Rejected), out
    (event,) = [e for e in out if e.status.value == "current"]
    sources = {s.value.name: s.value.role for s in event.sources}
    assert sources.get("Col. Ahmed Salem") == "military", sources
