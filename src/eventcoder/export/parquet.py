"""Parquet: the flat fields (no evidence objects; lists as '; '-joined text) with typed columns, via pyarrow."""

from __future__ import annotations

from typing import Any, Iterable

INT_COLUMNS = ("time_precision", "inter1", "inter2", "geo_precision", "fatalities", "injuries", "fatalities_best", "fatalities_high", "n_articles", "n_mentions")
FLOAT_COLUMNS = ("latitude", "longitude", "confidence")


def write(rows: Iterable[dict[str, Any]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    flat = []
    for r in rows:
        rec = {k: ("; ".join(v) if isinstance(v, list) else v) for k, v in r.items() if k != "evidence"}
        flat.append(rec)
    columns = sorted({k for r in flat for k in r}, key=lambda k: (list(flat[0]).index(k) if flat and k in flat[0] else 999, k))
    arrays = {}
    for col in columns:
        values = [r.get(col) for r in flat]
        if col in INT_COLUMNS:
            arrays[col] = pa.array(values, type=pa.int64())
        elif col in FLOAT_COLUMNS:
            arrays[col] = pa.array(values, type=pa.float64())
        else:
            arrays[col] = pa.array([None if v is None else str(v) for v in values], type=pa.string())
    pq.write_table(pa.table(arrays) if arrays else pa.table({"event_id": pa.array([], type=pa.string())}), path)
    return len(flat)
