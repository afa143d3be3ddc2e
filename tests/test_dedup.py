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
    assert dedup.compare(row(event_date=D(2025, 6, 4), earliest=D(2025, 6, 4), latest=D(2025, 6, 4)), a) is None  # 2 days later
    assert dedup.compare(a, row(id="c", event_date=D(2025, 5, 31), earliest=D(2025, 5, 31), latest=D(2025, 5, 31))) is None  # 2 days before
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


def test_canonical_date_and_place_are_the_most_precise_then_most_common() -> None:
    week = {"event_date": D(2025, 5, 29), "earliest": D(2025, 5, 29), "latest": D(2025, 6, 4), "time_precision": 2}
    day3 = {"event_date": D(2025, 6, 3), "earliest": D(2025, 6, 3), "latest": D(2025, 6, 3)}
    region = {"location": "Idlib region", "geo_precision": 3, "latitude": 35.8}
    town = {"location": "Saraqib", "latitude": 35.86, "longitude": 36.8}
    undated = {"event_date": None, "time_precision": None, "latitude": None}
    c = dedup.canonical([row(**week, **region), row(**undated), row(**day3), row(**day3, **town), row(**town)])
    # the week and the region lose to the day and the town; of the days, 3 June is the most common
    assert (c["event_date"], c["time_precision"], c["latest"]) == (D(2025, 6, 3), 1, D(2025, 6, 3))
    assert (c["location"], c["geo_precision"], c["longitude"]) == ("Saraqib", 1, 36.8)
    c = dedup.canonical([row(**week, latitude=None), row(**undated)])
    assert (c["event_date"], c["time_precision"], c["location"], c["latitude"]) == (D(2025, 5, 29), 2, None, None)


def test_pair_gold_dev(pipeline: Pipeline) -> None:
    res = score(load([ROOT / "eval" / "pairs" / "dev.jsonl"]), pipeline)
    assert res["pairs"] >= 70
    assert res["precision"] >= 0.9 and res["recall"] >= 0.7, res
    assert Path(ROOT / "eval" / "pairs" / "test.jsonl").exists()


def test_an_unlocated_report_joins_only_through_a_place_it_names() -> None:
    located = row(id="a")
    unlocated = row(id="b", latitude=None, longitude=None, location=None, admin1=None, iso=None, country=None, geo_precision=None)
    assert dedup.compare(unlocated, located) is None
    m = dedup.compare(unlocated, located, "Idlib")
    assert m is not None and "names Idlib" in m.reason
    assert dedup.compare(located, unlocated, "Idlib") is not None  # either way round
    assert dedup.compare(dict(unlocated, iso="TR"), located, "Idlib") is None  # a country of its own that differs
    assert dedup.compare(dict(unlocated, latitude=None), dict(unlocated, id="c"), "Idlib") is None  # neither located
    # the names a report gives its place, found as whole words in the other report's text
    names = dedup.place_names(row(location="Kafranbel"), ["Kafr Nabl", None, "X"])
    assert names == {"Kafranbel", "Kafr Nabl"}
    assert dedup.named_in(names, "Artillery struck a village close to KAFR  NABL on Sunday.") == "Kafr Nabl"
    assert dedup.named_in({"Idlib"}, "Idlibi traders protested.") is None
    assert dedup.place_names(unlocated, ["Idlib"]) == set()


def test_two_named_towns_apart_and_region_level_types() -> None:
    gaza = row(id="a", location="Gaza", latitude=31.50, longitude=34.47)
    # ~20 km: two towns each named precisely are two places; "near" one of them (precision 2) may be the other
    khan_yunis = row(location="Khan Yunis", latitude=31.34, longitude=34.31)
    assert dedup.compare(khan_yunis, gaza) is None
    assert dedup.compare(dict(khan_yunis, geo_precision=2), gaza) is not None
    # nor does one district make them one place; a region-level report in that district may be either
    assert dedup.compare(dict(khan_yunis, admin2="Gaza Strip South"), dict(gaza, admin2="Gaza Strip South")) is None
    assert dedup.compare(dict(khan_yunis, admin2="Gaza Strip South", geo_precision=3), dict(gaza, admin2="Gaza Strip South")) is not None
    # a region-level place ties only reports of the same sub-type
    region = row(location="Idlib", geo_precision=3, latitude=35.8, longitude=36.7, event_type="Battles", sub_event_type="Armed clash",
                 actor1="Military Forces of Syria (2024-)")
    town = row(id="a", event_type="Violence against civilians", sub_event_type="Attack", actor1="Military Forces of Syria (2024-)")
    assert dedup.compare(region, town) is None
    assert dedup.compare(dict(region, geo_precision=1, latitude=35.93, longitude=36.63), town) is not None


def test_linked_families() -> None:
    strike = row(id="a")
    intercepted = row(event_type="Strategic developments", sub_event_type="Disrupted weapons use")
    assert dedup.compare(intercepted, strike) is not None
    handover = row(event_type="Strategic developments", sub_event_type="Non-violent transfer of territory")
    retaken = row(id="a", event_type="Battles", sub_event_type="Government regains territory")
    assert dedup.compare(handover, retaken) is not None
    assert dedup.compare(row(event_type="Strategic developments", sub_event_type="Arrests"), strike) is None


def test_canonical_of_one_mention_is_the_general_rule() -> None:
    for m in (row(), row(event_date=None, earliest=None, latest=None, latitude=None, fatalities_low=2, fatalities_best=3, fatalities_high=4),
              row(actor1="Unidentified Armed Group (Syria)", inter1=3, actor2=None, inter2=None, injuries_low=5, iso="SY", latitude=None),
              row(status="background", geo_precision=3, time_precision=2)):
        m = dict(m, article_hash="h1", disorder_type="Political violence")
        assert dedup.canonical_one(m) == dedup.canonical([m])
