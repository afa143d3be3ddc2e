"""Cross-article dedup: the rule on hand-made rows, and the pair gold set (dev) as a regression gate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventcoder.pipeline import Pipeline
from eventcoder.store import dedup
from eventcoder.store.pairs import load, score

from .conftest import ROOT

D = dt.date


def row(**kw: object) -> dict:
    base = {
        "id": "x", "article_hash": "h1", "status": "current", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "event_date": D(2025, 6, 2), "earliest": D(2025, 6, 2), "latest": D(2025, 6, 2), "time_precision": 1,
        "iso": "SY", "country": "Syria", "admin1": "Idlib", "admin2": None, "location": "Idlib", "latitude": 35.93, "longitude": 36.63,
        "geo_precision": 1, "actor1": None, "actor2": None, "inter1": None, "inter2": None,
        "fatalities_low": None, "fatalities_best": None, "fatalities_high": None, "injuries_low": None,
    }
    base.update(kw)
    return base


def test_same_strike_merges_with_a_reason() -> None:
    m = dedup.compare(row(id="b", event_date=D(2025, 6, 3), earliest=D(2025, 6, 3), latest=D(2025, 6, 3), latitude=35.98), row(id="a"))
    assert m is not None and "km apart" in m.reason and "2025-06-03 / 2025-06-02" in m.reason


def test_what_keeps_events_apart() -> None:
    a = row(id="a")
    assert dedup.compare(row(event_date=D(2025, 6, 5), earliest=D(2025, 6, 5), latest=D(2025, 6, 5)), a) is None  # 3 days later
    assert dedup.compare(row(latitude=36.2, longitude=37.15, location="Aleppo"), a) is None  # ~55 km
    assert dedup.compare(row(event_type="Protests", sub_event_type="Peaceful protest"), a) is None  # other family
    assert dedup.compare(row(iso="TR", country="Turkey"), a) is None
    assert dedup.compare(row(status="hypothetical"), a) is None
    named = row(actor1="Military Forces of Turkey")
    assert dedup.compare(row(actor1="Military Forces of Russia"), named) is None
    assert dedup.compare(row(actor1="Unidentified Armed Group (Syria)"), named) is not None
    # a week-precise date spans its week: compatible with a day inside it
    week = row(event_date=D(2025, 5, 29), earliest=D(2025, 5, 29), latest=D(2025, 6, 4), time_precision=2)
    assert dedup.compare(week, a) is not None


def test_region_level_place_needs_the_same_region() -> None:
    town = row(id="a")
    region = row(location="Idlib", geo_precision=3, latitude=35.8, longitude=36.7)
    assert dedup.compare(region, town) is not None
    assert dedup.compare(row(geo_precision=3, admin1="Hama", location="Hama", latitude=35.1, longitude=36.75), town) is None


def test_canonical_keeps_the_lowest_toll_and_the_range() -> None:
    c = dedup.canonical([row(fatalities_low=3, fatalities_best=3, fatalities_high=3, article_hash="h1"),
                         row(fatalities_low=5, fatalities_best=5, fatalities_high=6, article_hash="h2", geo_precision=2, location="Idlib region")])
    assert (c["fatalities_low"], c["fatalities_best"], c["fatalities_high"]) == (3, 3, 6)
    assert c["location"] == "Idlib" and c["n_articles"] == 2


def test_pair_gold_dev(pipeline: Pipeline) -> None:
    res = score(load([ROOT / "eval" / "pairs" / "dev.jsonl"]), pipeline)
    assert res["pairs"] >= 70
    assert res["precision"] >= 0.9 and res["recall"] >= 0.7, res
    assert Path(ROOT / "eval" / "pairs" / "test.jsonl").exists()
