"""Golden articles written for the project: expected events, statuses, places, dates and casualties."""

from __future__ import annotations

import datetime as dt
import tomllib
from typing import Any

import pytest

from eventcoder.catalogue import strip_period
from eventcoder.model import Article, Event
from eventcoder.read import read_path

from .conftest import GOLDEN

EXPECTED = tomllib.loads((GOLDEN / "expected.toml").read_text("utf-8"))["article"]


def fields(e: Event) -> dict[str, Any]:
    place = e.place.value if e.place else None
    date = e.date.value if e.date else None
    return {
        "status": e.status.value,
        "sub_event_type": e.sub_event_type,
        "actor1": strip_period(e.actor1.value.name) if e.actor1 else None,
        "actor2": strip_period(e.actor2.value.name) if e.actor2 else None,
        "inter1": e.inter1,
        "inter2": e.inter2,
        "location": place.location if place else None,
        "admin1": place.admin1 if place else None,
        "country": place.country if place else None,
        "geo_precision": place.geo_precision if place else None,
        "event_date": date.value.isoformat() if date else None,
        "time_precision": date.time_precision if date else None,
        "fatalities": e.fatalities.value.low if e.fatalities else None,
        "injuries": e.injuries.value.low if e.injuries else None,
        "source_kinds": [s.value.kind for s in e.sources],
        "source_names": [s.value.name for s in e.sources],
        "hedges": sorted({h for s in e.sources for h in s.value.hedges}),
    }


def matches(got: dict[str, Any], want: dict[str, Any]) -> bool:
    for key, value in want.items():
        if key == "source_names":
            if not set(value) <= set(got[key]):
                return False
        elif got[key] != value:
            return False
    return True


def run(pipeline: Any, spec: dict[str, Any]) -> tuple[Article, tuple[Event, ...], Any]:
    (art,) = list(read_path(str(GOLDEN / spec["file"]), published=dt.date.fromisoformat(spec["published"]), source="Wire"))
    doc = pipeline.run_document(art)
    return doc.get("clean_article"), doc.get("events"), doc


@pytest.mark.parametrize("spec", EXPECTED, ids=[s["file"] for s in EXPECTED])
def test_expected_events_found(pipeline: Any, spec: dict[str, Any]) -> None:
    _article, events, _doc = run(pipeline, spec)
    got = [fields(e) for e in events]
    for want in spec["event"]:
        assert any(matches(g, want) for g in got), f"missing {want}\n got {got}"
    # one output event stands for one expected event: two expected events cannot both be met by one merged event
    assert _one_to_one(spec["event"], got), f"expected events share an output event\n got {got}"


def _one_to_one(wanted: list[dict[str, Any]], got: list[dict[str, Any]], taken: frozenset[int] = frozenset()) -> bool:
    """Can every expected event be matched to a different output event?"""
    if not wanted:
        return True
    return any(_one_to_one(wanted[1:], got, taken | {k}) for k, g in enumerate(got) if k not in taken and matches(g, wanted[0]))


@pytest.mark.parametrize("spec", EXPECTED, ids=[s["file"] for s in EXPECTED])
def test_no_unexpected_current_events(pipeline: Any, spec: dict[str, Any]) -> None:
    _article, events, _doc = run(pipeline, spec)
    current = [fields(e) for e in events if e.status.value == "current"]
    wanted = [w for w in spec["event"] if w["status"] == "current"]
    extra = [g for g in current if not any(matches(g, w) for w in wanted)]
    assert not extra, f"unexpected current events: {extra}"


@pytest.mark.parametrize("spec", EXPECTED, ids=[s["file"] for s in EXPECTED])
def test_captions_and_footers_are_excluded(pipeline: Any, spec: dict[str, Any]) -> None:
    article, events, doc = run(pipeline, spec)
    reasons = sorted({x.reason for x in doc.get("excluded")})
    assert reasons == sorted(set(spec["excluded"]))
    for x in doc.get("excluded"):
        assert x.text not in article.text
        assert all(not any(x.raw_span.overlaps(article.offsets.span_to_raw(s)) for s in e.mentions) for e in events)


@pytest.mark.parametrize("spec", EXPECTED, ids=[s["file"] for s in EXPECTED])
def test_every_evidence_span_quotes_the_article(pipeline: Any, spec: dict[str, Any]) -> None:
    article, events, _doc = run(pipeline, spec)
    assert events
    for e in events:
        for ev in (e.trigger, e.status, e.actor1, e.actor2, e.place, e.date, e.fatalities, e.injuries, *e.sources):
            if ev is not None and ev.span is not None:
                assert article.text[ev.span.start : ev.span.end] == ev.text
                raw = article.offsets.span_to_raw(ev.span)
                assert article.raw_text[raw.start : raw.end] == ev.text
