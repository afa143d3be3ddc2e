"""The scoring module shared by every accuracy task (eventcoder evaluate)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eventcoder import evaluate as ev
from eventcoder.cli import main
from eventcoder.errors import EventcoderError

ATTACK = {
    "id": "t-attack", "published": "2025-03-14",
    "text": "Gunmen killed five villagers in Kauru, Kaduna State, on Tuesday, police said.",
    "events": [{
        "status": "current", "event_type": "Violence against civilians", "sub_event_type": "Attack", "trigger": "killed",
        "actor1": "Unidentified Armed Group (Nigeria)", "inter1": 3, "actor2": "Civilians (Nigeria)", "inter2": 7,
        "country": "Nigeria", "iso": "NG", "admin1": "Kaduna", "location": "Kauru", "latitude": 10.58, "longitude": 8.15,
        "geo_precision": 1, "event_date": "2025-03-11", "time_precision": 1, "fatalities": 5,
    }],
}
QUAKE = {"id": "t-quake", "published": "2025-03-14", "negative": "disaster",
         "text": "A strong earthquake shook the island of Java on Monday; officials said three people died.", "events": []}


def write(tmp_path: Path, *records: dict) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path


def fake(record: dict, *events: dict) -> ev.Prediction:
    (gold,) = ev.load_gold_records([record])
    return ev.Prediction(record=gold, events=tuple(events))


def predicted(sub: str, status: str = "current", confidence: float = 0.5, **fields: object) -> dict:
    base = {"status": status, "sub_event_type": sub, "event_type": ev.EVENT_TYPE_OF.get(sub, "x"), "confidence": confidence,
            "evidence": {"trigger": None, "mentions": []}}
    return {**base, **fields}


def test_split_is_fixed_by_id_and_roughly_60_20_20() -> None:
    counts = Counter(ev.split_of(f"id-{i}") for i in range(5000))
    assert ev.split_of("abc") == ev.split_of("abc")
    assert 0.56 < counts["train"] / 5000 < 0.64 and 0.17 < counts["test"] / 5000 < 0.23


def test_explicit_split_key_overrides_the_hash(tmp_path: Path) -> None:
    path = write(tmp_path, {**ATTACK, "split": "dev"}, {**QUAKE, "split": "test"})
    assert [r.id for r in ev.load_gold(path, "dev")] == ["t-attack"]
    assert [r.id for r in ev.load_gold(path, "test")] == ["t-quake"]


def test_bad_gold_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(ATTACK) + "\n{not json\n", "utf-8")
    with pytest.raises(EventcoderError) as exc:
        ev.load_gold(path)
    assert "bad.jsonl:2" in str(exc.value)
    dup = write(tmp_path, ATTACK, ATTACK)
    with pytest.raises(EventcoderError, match="duplicate"):
        ev.load_gold(dup)


def test_name_keys_fold_periods_spellings_and_suffixes() -> None:
    assert ev.actor_key("Military Forces of Nigeria (2023-)") == ev.actor_key("military forces of nigeria")
    assert ev.actor_key("Military Forces of Nigeria (2023-)", strict=True) != ev.actor_key("Military Forces of Nigeria (2015-2023)", strict=True)
    assert ev.actor_key("SDF: Syrian Democratic Forces") == ev.actor_key("Syrian Democratic Forces")
    assert ev.actor_key("Al Shabaab") != ev.actor_key("Ahlu Sunna Wal Jamaa")
    assert ev.place_key("Idlib Governorate") == ev.place_key("Idlib")
    assert ev.place_key("Ar-Raqqa") == ev.place_key("Raqqa")
    assert ev.place_key("Deir ez-Zor") != ev.place_key("Raqqa")


def test_type_scores_counts_negatives_and_confusions() -> None:
    preds = [
        fake(ATTACK, predicted("Attack")),
        fake(QUAKE, predicted("Armed clash")),
        fake({**ATTACK, "id": "t2"}),  # missed event
    ]
    report = ev.score_type(preds)
    assert report["per_class"]["Attack"] == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(0.6667, abs=1e-4), "support": 2}
    assert report["negatives_without_event"] == 0.0
    assert report["event_type_accuracy"] == 0.5
    assert {"gold": "none", "predicted": "Armed clash", "count": 1} in report["confusions"]


def test_type_leaves_out_gold_events_with_no_sub_type() -> None:
    # a key left out is not scored (eval/README.md): the ISAF gold codes actors, dates and tolls but no sub-type, and
    # `eventcoder evaluate eval/isaf/test.jsonl` scored every task (type crashed with KeyError)
    untyped = {**ATTACK, "id": "t-untyped", "events": [{k: v for k, v in ATTACK["events"][0].items() if k != "sub_event_type"}]}
    report = ev.score_type([fake(untyped, predicted("Armed clash")), fake(ATTACK, predicted("Attack"))])
    assert report["records"] == 1 and report["accuracy"] == 1.0


def test_the_scored_event_is_the_one_at_the_gold_trigger_not_the_gold_label() -> None:
    at_trigger = predicted("Armed clash", confidence=0.1, evidence={"trigger": {"raw_span": [7, 13]}, "mentions": []})
    elsewhere = predicted("Attack", confidence=0.9, evidence={"trigger": {"raw_span": [60, 65]}, "mentions": []})
    report = ev.score_type([fake(ATTACK, elsewhere, at_trigger)])
    assert report["accuracy"] == 0.0


def test_geo_distance_and_fields() -> None:
    near = predicted("Attack", country="Nigeria", iso="NG", admin1="Kaduna State", admin2=None, location="Kauru",
                     latitude=10.6, longitude=8.2, geo_precision=1)
    far = predicted("Attack", country="Nigeria", iso="NG", admin1="Kano", admin2=None, location="Kano",
                    latitude=12.0, longitude=8.5, geo_precision=1)
    report = ev.score_geo([fake(ATTACK, near), fake({**ATTACK, "id": "t2"}, far), fake({**ATTACK, "id": "t3"})])
    assert report["country"]["accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert report["admin1"]["accuracy"] == pytest.approx(1 / 3, abs=1e-3)
    assert report["within_25km"] == pytest.approx(1 / 3, abs=1e-3)
    assert report["median_km"] > 0


def test_events_match_one_to_one() -> None:
    gold = [{"sub_event_type": "Attack", "status": "current", "iso": "NG", "event_date": "2025-03-11"},
            {"sub_event_type": "Air/drone strike", "status": "background", "event_date": "2024-02-01"}]
    pred = [predicted("Attack", iso="NG", event_date="2025-03-11"), predicted("Attack", iso="NG", event_date="2025-03-11"),
            predicted("Air/drone strike", status="current", event_date="2024-02-01")]
    assert sorted(ev.match(gold, pred)) == [(0, 0), (1, 2)]
    record = {"id": "s", "text": "x", "published": "2025-03-14", "events": gold}
    report = ev.score_events([fake(record, *pred)])
    assert report["gold_current"] == 1 and report["predicted_current"] == 3
    assert report["precision"] == pytest.approx(1 / 3, abs=1e-3) and report["recall"] == 1.0
    assert report["status_accuracy"] == 0.5


def test_cli_evaluate_runs_the_pipeline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, ATTACK, QUAKE)
    assert main(["evaluate", str(path), "--task", "type", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["records"] == 2 and report["type"]["per_class"]["Attack"]["support"] == 1
    assert main(["evaluate", str(tmp_path / "missing.jsonl")]) == 1
