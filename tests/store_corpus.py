"""A small coded corpus for export, API and browser tests (short reports written for this project)."""

from __future__ import annotations

import json
from pathlib import Path

from eventcoder.pipeline import Pipeline
from eventcoder.store import Store, ingest
from eventcoder.store.inputs import read_sources

from .conftest import GOLDEN

REPORTS = [
    {"id": "a1", "source": "Daily Courier", "published": "2026-03-14",
     "text": "A drone strike hit a vehicle near Idlib on Friday, killing three fighters of Hayat Tahrir al-Sham, a local monitor said."},
    {"id": "a2", "source": "Evening Post", "published": "2026-03-14",
     "text": "An air strike by a drone killed five people in a car outside Idlib city on Friday, residents said."},
    {"id": "a3", "source": "Evening Post", "published": "2026-03-14",
     "text": "Police arrested twelve protesters in Abuja on Thursday after a march against fuel prices, officials said."},
    {"id": "a4", "source": "Lake Herald", "published": "2026-03-10",
     "text": "Gunmen abducted nine farmers near Maiduguri in Borno state on Sunday, police said."},
]


def build(db: str, pipeline: Pipeline, tmp: Path, *, golden: bool = False) -> Store:
    src = tmp / "reports.jsonl"
    records = list(REPORTS)
    if golden:
        for f in sorted(GOLDEN.glob("*.txt")):
            records.append({"id": f.stem, "text": f.read_text("utf-8"), "published": "2026-11-23", "source": "Golden wire"})
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = Store(db)
    ingest(store, read_sources([str(src)]), pipeline=pipeline)
    return store
