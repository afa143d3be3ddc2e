"""List gold events whose ``location`` the project gazetteer does not know (eval/WRITERS.md, Named places the
gazetteer lacks): such a place is coded to the nearest named town at precision 2 (or the first-level unit at 3), not
at a point of its own. A location is known when the gazetteer index has a town, site, area or admin unit of that name
in the event's country (Hong Kong and Macau under China), or a place of that name within 30 km of the gold point.

    python eval/tools/unknown_places.py eval/snippets/src/wa34-*.jsonl [--all]

Prints one line per unknown location at precision 1 or 2 (``--all``: also 3) with the record id and text around it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eventcoder import geo

SAME_STATE = {"CN": {"HK", "MO"}}


def known(event: dict) -> bool:
    name, iso = event.get("location"), event.get("iso")
    if not name or not iso:
        return True
    isos = {iso} | SAME_STATE.get(iso, set())
    hits = [h.place for h in geo.index().lookup(name)]
    if any(p.iso in isos for p in hits):
        return True
    lat, lon = event.get("latitude"), event.get("longitude")
    return lat is not None and any(geo.haversine_km(lat, lon, p.latitude, p.longitude) < 30 for p in hits if p.kind != "country")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--all", action="store_true", help="also precision-3 events")
    args = ap.parse_args(argv)
    count = 0
    for path in args.files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            for event in record.get("events", []):
                if (event.get("geo_precision") in (1, 2) or args.all) and not known(event):
                    count += 1
                    text = record["text"]
                    at = max(0, text.find(event["location"].split()[0]))
                    print(f"{record['id']}\t{event['location']}\t{event.get('geo_precision')}\t{text[max(0, at - 50):at + 60]!r}")
    print(f"{count} unknown location(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
