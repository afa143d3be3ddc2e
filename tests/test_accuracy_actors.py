"""CI gate for actors, dates and fatalities (issue 10) on held-out test splits, floors a few points under
what was measured when they were set (a drop fails CI).

* end to end: ``eventcoder evaluate --task actors`` (events the detector missed count as misses);
* on detected events: the same fields where the pipeline found an event for the gold one.
Measured on 2026-11-26 (actors session 2): snippets test (930 events, 831 detected): end to end actor1 0.571,
actor2 0.609, inter1 0.642, inter2 0.683, event_date 0.867, fatalities 0.906; on detected events actor1 0.640,
actor2 0.637, inter1 0.720, event_date 0.972, fatalities 0.917. ISAF test (100 releases): actor1 0.62,
event_date 0.70, fatalities 0.814.
Actor floors raised on 2026-11-26 (actors session 3): snippets test (1006 events, 909 detected) end to end actor1
0.637, actor2 0.668, inter1 0.700, inter2 0.728; on detected events actor1 0.706, actor2 0.692, inter1 0.775;
ISAF test actor1 0.64, actor2 0.798.
Floors reset at the end of the session of 2026-11-26 (main 0f9c032, snippets test 1289 events): end to end
actor1 0.672, actor2 0.696, inter1 0.732, inter2 0.745, event_date 0.923, fatalities 0.934; ISAF test actor1 0.68,
actor2 0.759 (lower since unnamed insurgents are no longer guessed as the region's group), event_date 0.76,
fatalities 0.866. Raised at the end of the session of 2026-11-26 13:45-16:45 (main 6a0a4c5, 1458 events incl. wa8,
reviewed gold): end to end actor1 0.768, actor2 0.750, inter1 0.822, inter2 0.795, event_date 0.932, fatalities 0.934;
ISAF test actor1 0.68, actor2 0.81, event_date 0.77, fatalities 0.876. Raised at the end of the session of 2026-11-26
16:20-19:20 (main 1b1c3d6, 1548 events incl. wa9): end to end actor1 0.784, actor2 0.764, inter1 0.832, inter2 0.805,
event_date 0.930, fatalities 0.936; ISAF test unchanged. Raised at the end of the session of 2026-11-26 18:47-21:47
(main 4a7d368, 1630 events incl. wa10, reviewed gold): end to end actor1 0.799, actor2 0.773, inter1 0.844, inter2 0.808,
event_date 0.927, fatalities 0.937; ISAF test actor1 0.68, actor2 0.823, event_date 0.77, fatalities 0.887. Earlier: raised at the end of the afternoon session of 2026-11-26 (main 94bc91f, older gold relabelled under
the Attribution rule, 1370 events incl. wa7): end to end actor1 0.758, actor2 0.744, inter1 0.812, inter2 0.787,
event_date 0.931, fatalities 0.931; ISAF test actor1 0.69, actor2 0.81, event_date 0.77, fatalities 0.876.
actor2 and inter2 raised at the end of the session of 2026-11-27 03:26-06:25 (main 0f91d26, 1868 events incl. wa14, gold
swept to the targets-nobody-names ruling): end to end actor1 0.799, actor2 0.800, inter1 0.841, inter2 0.830, event_date
0.926, fatalities 0.939; ISAF test unchanged.
ISAF actor1 lowered 0.66 -> 0.64 at the end of the session of 2026-11-27 06:10-09:10 (main 87a1fb1: ISAF test actor1 0.67,
actor2 0.81): isaf-0437 now codes the insurgents who attacked the force first (eval/WRITERS.md's initiator rule,
settled that session), which the ISAF author's annotation does not; a floor 0.01 under the measure catches nothing but
noise. Snippets end to end then: actor1 0.802, actor2 0.804, inter1 0.843, inter2 0.835, event_date 0.923, fatalities 0.941.
ISAF actor1 raised 0.64 -> 0.71 at the end of the session of 2026-11-27 14:37-17:37 (main ffecbdc: ISAF test actor1 0.74,
stable over two sessions since the named-attribution and repelled-attack rules; actor2 0.823). Snippets end to end then
(2,107 events incl. wa18): actor1 0.822, actor2 0.826, inter1 0.858, inter2 0.852, event_date 0.927, fatalities 0.939.
Raised at the end of the session of 2026-11-28 04:27-07:27 (main 8a4e227, 2,412 events incl. wa23): end to end actor1
0.835, actor2 0.841, inter1 0.869, inter2 0.864, event_date 0.930, fatalities 0.934 (0.834 where the gold is above 0, now gated too);
ISAF test actor1 0.73, actor2 0.823, event_date 0.77, fatalities 0.897 (floors unchanged).
"""

from __future__ import annotations

from typing import Any

from eventcoder import evaluate

SNIPPETS_END_TO_END = {"actor1": 0.80, "actor2": 0.80, "inter1": 0.84, "inter2": 0.83, "event_date": 0.91, "fatalities": 0.91,
                       "fatalities_gold_above_0": 0.80}
SNIPPETS_DETECTED = {"actor1": 0.66, "actor2": 0.65, "inter1": 0.73, "event_date": 0.93, "fatalities": 0.88}
ISAF_END_TO_END = {"actor1": 0.71, "actor2": 0.77, "event_date": 0.74, "fatalities": 0.85}


def _detected(predictions: Any, fields: dict[str, float]) -> dict[str, float]:
    pairs = [(g, p) for g, p in evaluate._single_pairs(predictions) if p is not None]
    out = {}
    for field in fields:
        scored = [(g, p) for g, p in pairs if field in g]
        out[field] = sum(evaluate._same(field, g[field], p.get(field)) for g, p in scored) / max(1, len(scored))
    return out


def _check(scores: dict[str, float], floors: dict[str, float], what: str) -> None:
    for field, floor in floors.items():
        assert scores[field] >= floor, f"{what}: {field} {scores[field]:.3f} < floor {floor} ({scores})"


def test_snippet_actors_dates_fatalities_stay_above_floors(gold_predictions: Any) -> None:
    predictions = gold_predictions("snippets", "test")
    report = evaluate.score_actors(predictions)
    _check({f: report[f]["accuracy"] for f in SNIPPETS_END_TO_END}, SNIPPETS_END_TO_END, "snippets end to end")
    _check(_detected(predictions, SNIPPETS_DETECTED), SNIPPETS_DETECTED, "snippets, detected events")


def test_isaf_actors_dates_fatalities_stay_above_floors(gold_predictions: Any) -> None:
    report = evaluate.score_actors(gold_predictions("isaf/test.jsonl", None))
    _check({f: report[f]["accuracy"] for f in ISAF_END_TO_END}, ISAF_END_TO_END, "ISAF end to end")
