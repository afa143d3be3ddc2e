"""Check the gold latitude/longitude of geocoded gold events against GeoNames (the project's gazetteer).

For every event with a ``location`` and coordinates, the tool looks the name up in the gold country
(in the gold admin1 when it can) and reports gold coordinates more than --km (default 50) from every
GeoNames place of that name. With --fix it rewrites those whose place is certain (towns of that name
only in the gold admin1, spelled as GeoNames spells it) with the GeoNames coordinates, so that distances
are scored against GeoNames as eval/README.md says. Review the report before fixing: GeoNames lacks many
villages and has homonyms, so a flagged gold coordinate is often right (measured 2026-11-25: 76 of 4,653
flagged, most of them such cases; nothing was rewritten). Names the gazetteer does not know are listed as "unknown" and left alone.

    python eval/tools/check_coordinates.py eval/snippets/src [--fix] [--km 50]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from eventcoder import geo


def candidates(event: dict[str, Any]) -> tuple[list[geo.GeoPlace], bool]:
    """(GeoNames places the gold event's location may be, is the choice certain?): towns and sites of
    that name in the gold country, narrowed to the gold admin1 when it names one of theirs. Certain
    means one place (or several within a few km of each other) in the right admin1."""
    iso, name = event.get("iso"), event.get("location")
    if not iso or not name:
        return [], False
    idx = geo.index()
    hits = [h.place for h in idx.lookup(name) if h.place.iso == iso and h.place.kind in ("town", "site")]
    if not hits and event.get("geo_precision") == 3:
        hits = [h.place for h in idx.lookup(name) if h.place.iso == iso and h.place.kind in ("admin1", "admin2", "region")]
    admin1 = event.get("admin1")
    inside = [
        p for p in hits
        if admin1 and (geo.same_name(idx.admin_name(p.admin1), admin1, iso) or (p.kind == "admin1" and geo.same_name(p.name, admin1, iso)))
    ]
    pool = inside or hits
    spread = max((geo.haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) for a in pool for b in pool), default=0.0)
    strict = [p for p in inside if geo.name_key(idx.admin_name(p.admin1) or "") == geo.name_key(admin1 or "-")]
    return pool, bool(strict) and len(strict) == len(pool) and all(p.kind in ("town", "site") for p in pool) and spread < 10


def check_file(path: Path, limit_km: float, fix: bool, out: Any) -> tuple[int, int, int]:
    """(events checked, gross errors, unknown names) for one JSONL file; rewrites it when ``fix``."""
    checked = wrong = unknown = 0
    new_lines = []
    changed = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            new_lines.append(line)
            continue
        record = json.loads(line)
        record_changed = False
        for event in record.get("events", []):
            if event.get("latitude") is None or event.get("longitude") is None:
                continue
            checked += 1
            pool, certain = candidates(event)
            if not pool:
                unknown += 1
                print(f"unknown  {record['id']}: {event.get('location')!r} ({event.get('admin1')}, {event.get('iso')})", file=out)
                continue
            km = min(geo.haversine_km(event["latitude"], event["longitude"], p.latitude, p.longitude) for p in pool)
            if km > limit_km:
                wrong += 1
                ref = max(pool, key=lambda p: p.population)
                note = "" if certain else " [uncertain: not fixed]"
                print(f"{km:7.0f} km {record['id']}: {event.get('location')!r} gold ({event['latitude']}, {event['longitude']})"
                      f" GeoNames {ref.name} ({ref.latitude:.4f}, {ref.longitude:.4f}){note}", file=out)
                if fix and certain:
                    event["latitude"], event["longitude"] = round(ref.latitude, 4), round(ref.longitude, 4)
                    record_changed = changed = True
        new_lines.append(json.dumps(record, ensure_ascii=False) if record_changed else line)
    if fix and changed:
        path.write_text("\n".join(new_lines) + "\n", encoding="utf-8")
    return checked, wrong, unknown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="gold .jsonl files or directories")
    parser.add_argument("--km", type=float, default=50.0)
    parser.add_argument("--fix", action="store_true", help="rewrite certain gross errors with GeoNames coordinates")
    args = parser.parse_args(argv)
    files: list[Path] = []
    for p in map(Path, args.paths):
        files += sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
    totals = [0, 0, 0]
    for f in files:
        for i, v in enumerate(check_file(f, args.km, args.fix, sys.stdout)):
            totals[i] += v
    print(f"checked {totals[0]} events: {totals[1]} more than {args.km:g} km from every GeoNames place of that name"
          f"{' (certain ones fixed)' if args.fix else ''}, {totals[2]} names unknown to the gazetteer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
