"""places: find toponyms with the gazetteer and choose each event's place (the logic lives in geo/:
geo/toponyms.py finds and resolves the place mentions, geo/event_place.py picks each event's place)."""

from __future__ import annotations

from typing import Any, Mapping

from ..geo.event_place import NAME, choose_places
from ..geo.toponyms import find_toponyms
from ..model import Document
from ..pipeline import stage


@stage(NAME, requires=["clean_article", "dateline", "parsed", "mentions"], assigns=["toponyms", "places"], skip_without="mentions")
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    parsed = doc.get("parsed")
    toponyms = find_toponyms(parsed, doc.get("clean_article").text, doc.get("dateline"))
    return {"toponyms": toponyms, "places": choose_places(doc.get("mentions"), toponyms, parsed)}
