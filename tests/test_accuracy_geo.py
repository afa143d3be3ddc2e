"""CI gate for geocoding on the held-out test split of the snippet gold set (eval/snippets).

Two measures, each with floors a few points under what was measured when they were set (a drop fails CI):
* geocoding alone: the place the places stage gives an event at the gold trigger, whether or not the
  detector found the event (eval/tools/geo_diagnose.py prints the same figures);
* end to end: ``eventcoder evaluate --task geo`` (events the pipeline did not detect count as misses).
Measured on 2026-11-26, end of the session (test split, 1006 events): alone country 0.922, admin1 0.830,
within 25 km 0.746; end to end country 0.841, admin1 0.761, within 25 km 0.677. Floors raised at the end of
the session of 2026-11-26 (main 0f9c032, 1289 events): alone 0.929 / 0.849 / 0.781, end to end 0.885 / 0.810 / 0.742. Raised again at the end of the afternoon session of 2026-11-26 (main 94bc91f, 1381
events incl. wa7): alone 0.946 / 0.867 / 0.802, end to end 0.905 / 0.830 / 0.765. Raised again at the end of the session of
2026-11-26 13:45-16:45 (main 6a0a4c5, 1458 events incl. wa8, reviewed gold): alone 0.949 / 0.878 / 0.811, end to end
0.911 / 0.841 / 0.776. Raised again at the end of the session of 2026-11-26 16:20-19:20 (main 1b1c3d6, 1548 events
incl. wa9): alone 0.958 / 0.891 / 0.828, end to end 0.920 / 0.852 / 0.791.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder import evaluate, geo
from eventcoder.model import Article, Rejected
from eventcoder.geo.event_place import place_for_span

from .conftest import EVAL

FLOORS_ALONE = {"country": 0.94, "admin1": 0.87, "within_25km": 0.80}
FLOORS_END_TO_END = {"country": 0.90, "admin1": 0.83, "within_25km": 0.77}


def _geo_alone(pipeline: Any, records: tuple[Any, ...]) -> dict[str, float]:
    n = country = admin1 = near = located = 0
    for rec in records:
        gold = rec.current[0] if rec.current else None
        if not gold or "country" not in gold:
            continue
        n += 1
        doc = pipeline.run_document(Article.from_text(id=rec.id, text=rec.text, source=rec.source, published=rec.published))
        place = None
        if not isinstance(doc, Rejected):
            text = doc.get("clean_article").text
            start = text.find(gold.get("trigger") or "\0")
            span = (start, start + len(gold["trigger"])) if start >= 0 else (0, 1)
            ev = place_for_span(doc, *span)
            place = ev.value if ev else None
        if place is None:
            located += gold.get("latitude") is not None
            continue
        country += place.iso == gold.get("iso") or evaluate._same("country", gold.get("country"), place.country)
        admin1 += evaluate._same("admin1", gold.get("admin1"), place.admin1) or geo.same_name(place.admin1, gold.get("admin1"), place.iso)
        if gold.get("latitude") is not None:
            located += 1
            near += geo.haversine_km(place.latitude, place.longitude, gold["latitude"], gold["longitude"]) <= 25
    return {"country": country / n, "admin1": admin1 / n, "within_25km": near / located if located else 0.0}


@pytest.fixture(scope="module")
def test_records() -> tuple[Any, ...]:
    records = evaluate.load_gold(EVAL / "snippets", "test")
    if not any(r.current and "country" in r.current[0] for r in records):
        pytest.skip("no geocoded gold events in the test split")
    return records


def test_geocoding_alone_stays_above_its_floors(pipeline: Any, test_records: tuple[Any, ...]) -> None:
    scores = _geo_alone(pipeline, test_records)
    for field, floor in FLOORS_ALONE.items():
        assert scores[field] >= floor, f"{field} {scores[field]:.3f} < floor {floor} ({scores})"


def test_geocoding_end_to_end_stays_above_its_floors(gold_predictions: Any) -> None:
    report = evaluate.score_geo(gold_predictions("snippets", "test"))
    scores = {"country": report["country"]["accuracy"], "admin1": report["admin1"]["accuracy"], "within_25km": report["within_25km"]}
    for field, floor in FLOORS_END_TO_END.items():
        assert scores[field] >= floor, f"{field} {scores[field]:.3f} < floor {floor} ({report})"
