"""Event and rejection rows for Parquet: the same dicts ``extract`` writes as JSONL, with evidence nested.

``to_row`` / ``from_row`` convert between ``export.records.event_dict`` output and a row of ``EVENT_SCHEMA``
so that a test can check Spark's rows against extract's events field by field. Keys the schema does not
know yet are kept, JSON-encoded, in the ``extra`` map, so a new field is never silently dropped.
"""

from __future__ import annotations

import json
from typing import Any, Mapping

SCALARS: dict[str, str] = {
    "event_id": "string", "article_id": "string", "status": "string", "event_date": "string",
    "time_precision": "int", "disorder_type": "string", "event_type": "string", "sub_event_type": "string",
    "plover": "string", "actor1": "string", "inter1": "int", "actor2": "string", "inter2": "int",
    "country": "string", "iso": "string", "admin1": "string", "admin2": "string", "location": "string",
    "latitude": "double", "longitude": "double", "geo_precision": "int", "fatalities": "int", "injuries": "int",
    "confidence": "double",
}
LISTS = ("sources",)
EVIDENCE_FIELDS = ("trigger", "status", "actor1", "assoc_actor_1", "actor2", "place", "date", "fatalities", "injuries")
EVIDENCE_STRUCT = "struct<value:string,text:string,span:array<int>,raw_span:array<int>,stage:string,confidence:double>"
EVENT_SCHEMA = ", ".join(
    [f"{k} {t}" for k, t in SCALARS.items()]
    + [f"{k} array<string>" for k in LISTS]
    + [
        "evidence struct<"
        + ",".join(f"{f}:{EVIDENCE_STRUCT}" for f in EVIDENCE_FIELDS)
        + f",sources:array<{EVIDENCE_STRUCT}>,mentions:array<array<int>>,extra:map<string,string>>",
        "extra map<string,string>",
        "source_file string",
    ]
)
REJECTED_SCHEMA = "article_id string, stage string, code string, message string, source_file string"


def _ev(ev: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if ev is None:
        return None
    return {
        "value": json.dumps(ev["value"], ensure_ascii=False, sort_keys=True),
        "text": ev["text"],
        "span": ev["span"],
        "raw_span": ev["raw_span"],
        "stage": ev["stage"],
        "confidence": float(ev["confidence"]),
    }


def _unev(ev: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if ev is None:
        return None
    out = dict(ev)
    out["value"] = json.loads(ev["value"])
    out["span"] = list(ev["span"]) if ev["span"] is not None else None
    out["raw_span"] = list(ev["raw_span"]) if ev["raw_span"] is not None else None
    return out


def to_row(event: Mapping[str, Any], source_file: str) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, kind in SCALARS.items():
        value = event.get(key)
        row[key] = float(value) if kind == "double" and value is not None else value
    for key in LISTS:
        row[key] = list(event.get(key) or [])
    evidence = event["evidence"]
    row["evidence"] = {
        **{f: _ev(evidence.get(f)) for f in EVIDENCE_FIELDS},
        "sources": [_ev(s) for s in evidence.get("sources", [])],
        "mentions": [list(m) for m in evidence.get("mentions", [])],
        "extra": {k: json.dumps(v, ensure_ascii=False) for k, v in evidence.items() if k not in (*EVIDENCE_FIELDS, "sources", "mentions")},
    }
    known = set(SCALARS) | set(LISTS) | {"evidence"}
    row["extra"] = {k: json.dumps(v, ensure_ascii=False) for k, v in event.items() if k not in known}
    row["source_file"] = source_file
    return row


def from_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """The event dict a row was made from (what extract writes for that event)."""
    out: dict[str, Any] = {k: row[k] for k in SCALARS}
    for key in LISTS:
        out[key] = list(row[key] or [])
    for key, value in (row["extra"] or {}).items():
        out[key] = json.loads(value)
    ev = row["evidence"]
    evidence: dict[str, Any] = {f: _unev(ev[f]) for f in EVIDENCE_FIELDS}
    evidence["sources"] = [_unev(s) for s in ev["sources"]]
    evidence["mentions"] = [list(m) for m in ev["mentions"]]
    for key, value in (ev["extra"] or {}).items():
        evidence[key] = json.loads(value)
    out["evidence"] = evidence
    return out
