"""Explorer map latency with many stored events: time of /api/map (and /api/timeline) answers.

    python benchmarks/map_latency.py [N_EVENTS] [--db URL]     (default 100000 events, a temp SQLite file)

Fills the clusters table with N synthetic canonical events (random places around a few conflict regions,
one year of dates, every event type), then times the API the page calls: the whole world (server-side grid
clustering), a country, a week, a zoomed-in box (individual markers), and the timeline. Prints the median
of 5 calls for each, in milliseconds. Target: map view under 1 s at 100,000 events.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from eventcoder.store import Store
from eventcoder.store.schema import clusters
from eventcoder.web.server import App

TYPES = {
    "Battles": ["Armed clash"],
    "Explosions/Remote violence": ["Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Arrests"],
}
REGIONS = [("SY", "Syria", 35.0, 38.0), ("NG", "Nigeria", 10.0, 8.0), ("UA", "Ukraine", 48.5, 35.0), ("SD", "Sudan", 14.0, 29.0),
           ("SO", "Somalia", 3.0, 45.0), ("ML", "Mali", 16.0, -2.0), ("MM", "Myanmar", 21.0, 96.0), ("CO", "Colombia", 4.0, -74.0)]


def fill(store: Store, n: int) -> None:
    rnd = random.Random(7)
    start = dt.date(2025, 1, 1)
    rows = []
    for i in range(n):
        iso, country, lat, lon = rnd.choice(REGIONS)
        et = rnd.choice(list(TYPES))
        day = start + dt.timedelta(days=rnd.randrange(365))
        fat = rnd.choice([None, 0, 1, 2, 3, 5, 12])
        rows.append({
            "id": f"bench-{i}", "status": "current", "event_date": day, "earliest": day, "latest": day, "time_precision": 1,
            "disorder_type": "Political violence", "event_type": et, "sub_event_type": rnd.choice(TYPES[et]),
            "actor1": rnd.choice([None, "Unidentified Armed Group", "Military Forces"]), "actor2": None, "inter1": None, "inter2": None,
            "country": country, "iso": iso, "admin1": None, "admin2": None, "location": f"Place {i % 5000}",
            "latitude": lat + rnd.gauss(0, 2.0), "longitude": lon + rnd.gauss(0, 2.0), "geo_precision": 1,
            "fatalities_low": fat, "fatalities_best": fat, "fatalities_high": fat, "injuries_low": None,
            "n_mentions": 1, "n_articles": 1, "sources": "Bench", "review": "unreviewed", "overrides": "{}", "locked": False,
        })
        if len(rows) == 5000:
            with store.begin() as conn:
                conn.execute(insert(clusters), rows)
            rows = []
    if rows:
        with store.begin() as conn:
            conn.execute(insert(clusters), rows)


def timed(app: App, path: str) -> tuple[float, int]:
    times = []
    size = 0
    for _ in range(5):
        t = time.perf_counter()
        status, _, body = app.handle("GET", path)
        times.append(time.perf_counter() - t)
        assert status == 200, body[:200]
        size = len(body)
    return statistics.median(times) * 1000, size


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--db")]
    n = int(args[0]) if args else 100_000
    db = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--db=")), None)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(db or str(Path(tmp) / "bench.db"))
        t = time.perf_counter()
        fill(store, n)
        print(f"stored {n} events in {time.perf_counter() - t:.1f}s ({store.dialect})")
        app = App(store)
        for label, path in [
            ("world, zoom 2 (grid clusters)", "/api/map?zoom=2&bbox=-85,-180,85,180"),
            ("one country, zoom 5", "/api/map?zoom=5&country=Syria&bbox=25,28,45,48"),
            ("one week, zoom 3", "/api/map?zoom=3&since=2025-06-01&until=2025-06-07&bbox=-85,-180,85,180"),
            ("zoomed box, zoom 9 (markers)", "/api/map?zoom=9&bbox=34.8,37.8,35.2,38.2"),
            ("type + min fatalities, zoom 3", "/api/map?zoom=3&type=Battles&min_fatalities=5&bbox=-85,-180,85,180"),
            ("timeline, all", "/api/timeline"),
        ]:
            ms, size = timed(app, path)
            print(f"{label:32s} {ms:8.1f} ms  ({size / 1024:.0f} KiB)")
        store.close()


if __name__ == "__main__":
    main()
