"""ACLED-compatible CSV: ACLED's column names and order for the fields we code, plus our extras."""

from __future__ import annotations

import csv
from typing import Any, TextIO

from ..model import Article, Event

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes",
    "fatalities", "injuries", "status", "article_id", "confidence",
)


def row(event: Event, article: Article) -> dict[str, Any]:
    place = event.place.value if event.place else None
    date = event.date.value if event.date else None
    inter1, inter2 = event.inter1, event.inter2
    interaction = int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2 else (inter1 * 10 if inter1 else "")
    sentence = article.text[event.trigger.span.start : event.trigger.span.end] if event.trigger.span else ""
    return {
        "event_id_cnty": event.id,
        "event_date": date.value.isoformat() if date else "",
        "year": date.value.year if date else "",
        "time_precision": date.time_precision if date else "",
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.value.name if event.actor1 else "",
        "assoc_actor_1": event.assoc_actor_1.value.name if event.assoc_actor_1 else "",
        "inter1": inter1 or "",
        "actor2": event.actor2.value.name if event.actor2 else "",
        "assoc_actor_2": event.assoc_actor_2.value.name if event.assoc_actor_2 else "",
        "inter2": inter2 or "",
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if event.actor2 and event.actor2.value.kind == "civilians" else "",
        "iso": place.iso if place else "",
        "country": place.country if place else "",
        "admin1": place.admin1 or "" if place else "",
        "admin2": place.admin2 or "" if place else "",
        "location": place.location if place else "",
        "latitude": place.latitude if place else "",
        "longitude": place.longitude if place else "",
        "geo_precision": place.geo_precision if place else "",
        "source": "; ".join(s.value.name for s in event.sources),
        "notes": f"Trigger: {sentence!s}",
        "fatalities": event.fatalities.value.low if event.fatalities and event.fatalities.value.low is not None else "",
        "injuries": event.injuries.value.low if event.injuries and event.injuries.value.low is not None else "",
        "status": event.status.value,
        "article_id": event.article_id,
        "confidence": event.confidence,
    }


def writer(out: TextIO) -> "csv.DictWriter[str]":
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    return w

