"""actors: who did it (actor1) and to whom (actor2), as catalogue actors with ACLED inter codes (the knowledge is in
the eventcoder.actors package)."""

from __future__ import annotations

from typing import Any, Mapping

from ..actors import assign_roles
from ..actors.words import NAME
from ..model import Document
from ..pipeline import stage


@stage(NAME, requires=["clean_article", "dateline", "parsed", "mentions", "places"], assigns=["roles"], skip_without="mentions")
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    article = doc.get("clean_article")
    # the dates stage is optional here (not required): when it ran before, state names take the event's period
    dates = doc.get("dates") if doc.has("dates") else ()
    event_days = {f.mention_id: f.date.value.value for f in dates if f.date is not None}
    roles = assign_roles(doc.get("mentions"), doc.get("places"), doc.get("parsed"), article.text, article.published, event_days, doc.get("dateline"))
    return {"roles": roles}
