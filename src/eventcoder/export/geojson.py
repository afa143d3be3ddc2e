"""GeoJSON FeatureCollection: one Point feature per event with a located place; properties are the flat fields."""

from __future__ import annotations

import json
from typing import Any, Iterable, TextIO


def feature(flat: dict[str, Any]) -> dict[str, Any] | None:
    if flat.get("latitude") is None or flat.get("longitude") is None:
        return None
    props = {k: v for k, v in flat.items() if k != "evidence"}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [flat["longitude"], flat["latitude"]]}, "properties": props}


def write(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Stream a FeatureCollection; returns the number of features (events without coordinates are left out)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for flat in rows:
        f = feature(flat)
        if f is None:
            continue
        out.write((",\n" if n else "") + json.dumps(f, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
