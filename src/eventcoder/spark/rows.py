"""Event and rejection rows for Parquet: the same dicts ``extract`` writes as JSONL, with evidence nested.

``to_row`` / ``from_row`` convert between ``export.records.event_dict`` output and a row of ``event_schema()``
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


def _arrow(kind: str) -> Any:
    import pyarrow as pa

    return {"string": pa.string(), "int": pa.int32(), "double": pa.float64()}[kind]


def event_schema() -> Any:
    """The Arrow schema of an event row (pyarrow is imported only when Spark runs)."""
    import pyarrow as pa

    spans = pa.list_(pa.int32())
    ev = pa.struct([("value", pa.string()), ("text", pa.string()), ("span", spans), ("raw_span", spans),
                    ("stage", pa.string()), ("confidence", pa.float64())])
    strings = pa.map_(pa.string(), pa.string())
    evidence = pa.struct([*((f, ev) for f in EVIDENCE_FIELDS), ("sources", pa.list_(ev)), ("mentions", pa.list_(spans)),
                          ("extra", strings)])
    return pa.schema([*((k, _arrow(t)) for k, t in SCALARS.items()), *((k, pa.list_(pa.string())) for k in LISTS),
                      ("evidence", evidence), ("extra", strings), ("source_file", pa.string())])


def rejected_schema() -> Any:
    import pyarrow as pa

    return pa.schema([(k, pa.string()) for k in ("article_id", "stage", "code", "message", "source_file")])


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
    for key, value in dict(row["extra"] or {}).items():  # a dict from Spark, (key, value) pairs from pyarrow
        out[key] = json.loads(value)
    ev = row["evidence"]
    evidence: dict[str, Any] = {f: _unev(ev[f]) for f in EVIDENCE_FIELDS}
    evidence["sources"] = [_unev(s) for s in ev["sources"]]
    evidence["mentions"] = [list(m) for m in ev["mentions"]]
    for key, value in dict(ev["extra"] or {}).items():
        evidence[key] = json.loads(value)
    out["evidence"] = evidence
    return out
