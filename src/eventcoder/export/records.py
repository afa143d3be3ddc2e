"""Turn events into plain dicts (for JSON) with every field's evidence."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from ..model import Actor, Article, Casualties, Claim, Event, EventDate, Evidence, Place, Rejected, Source, Span


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def evidence_dict(ev: Evidence[Any] | None, article: Article) -> dict[str, Any] | None:
    """``article`` must be the one the spans index (``Pipeline.code`` returns it: the cleaned article).
    ``text`` quotes the input exactly as given: ``article.raw_text[raw_span]``."""
    if ev is None:
        return None
    out: dict[str, Any] = {"value": _plain(ev.value), "text": ev.text, "span": None, "raw_span": None}
    if ev.span is not None:
        raw = article.offsets.span_to_raw(ev.span)
        out["text"] = article.raw_text[raw.start : raw.end]
        out["span"] = [ev.span.start, ev.span.end]
        out["raw_span"] = [raw.start, raw.end]
    out["stage"] = ev.stage
    out["confidence"] = ev.confidence
    return out


def claim_dict(ev: Evidence[Claim], article: Article) -> dict[str, Any]:
    """A casualty figure as reported: its span (``text``), counts, hedges and the statement's source."""
    out = evidence_dict(ev, article) or {}
    c = ev.value
    out["value"] = {"kind": c.kind, "counts": _plain(c.counts), "hedges": list(c.hedges), "source": c.source.value.name if c.source else None}
    out["source"] = evidence_dict(c.source, article)
    return out


def event_dict(event: Event, article: Article) -> dict[str, Any]:
    place = event.place.value if event.place else None
    date = event.date.value if event.date else None
    return {
        "event_id": event.id,
        "article_id": event.article_id,
        "status": event.status.value,
        "event_date": date.value.isoformat() if date else None,
        "time_precision": date.time_precision if date else None,
        "disorder_type": event.disorder_type,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "plover": event.plover,
        "actor1": event.actor1.value.name if event.actor1 else None,
        "assoc_actor_1": event.assoc_actor_1.value.name if event.assoc_actor_1 else None,
        "inter1": event.inter1,
        "actor2": event.actor2.value.name if event.actor2 else None,
        "assoc_actor_2": event.assoc_actor_2.value.name if event.assoc_actor_2 else None,
        "inter2": event.inter2,
        "country": place.country if place else None,
        "iso": place.iso if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "location": place.location if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geo_precision": place.geo_precision if place else None,
        "fatalities": event.fatalities.value.low if event.fatalities else None,
        "injuries": event.injuries.value.low if event.injuries else None,
        "sources": [s.value.name for s in event.sources],
        "confidence": event.confidence,
        "evidence": {
            "trigger": evidence_dict(event.trigger, article),
            "status": evidence_dict(event.status, article),
            "actor1": evidence_dict(event.actor1, article),
            "assoc_actor_1": evidence_dict(event.assoc_actor_1, article),
            "actor2": evidence_dict(event.actor2, article),
            "assoc_actor_2": evidence_dict(event.assoc_actor_2, article),
            "place": evidence_dict(event.place, article),
            "date": evidence_dict(event.date, article),
            "fatalities": evidence_dict(event.fatalities, article),
            "injuries": evidence_dict(event.injuries, article),
            "sources": [evidence_dict(s, article) for s in event.sources],
            "mentions": [[m.start, m.end] for m in event.mentions],
            "claims": [claim_dict(c, article) for c in event.claims],
        },
    }


def rejected_dict(rej: Rejected) -> dict[str, Any]:
    return {"rejected": rej.article_id, "stage": rej.stage, "code": rej.code, "message": rej.message}


def _span(pair: Any) -> Span | None:
    return Span(start=pair[0], end=pair[1]) if pair else None


def _evidence(d: dict[str, Any] | None, value: Any) -> Evidence[Any] | None:
    if d is None:
        return None
    return Evidence(value=value, span=_span(d["span"]), text=d["text"], stage=d["stage"], confidence=d["confidence"])


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _source(d: dict[str, Any] | None) -> Evidence[Source] | None:
    return _evidence(d, Source(**{**d["value"], "hedges": tuple(d["value"]["hedges"])})) if d else None


def _claim(d: dict[str, Any]) -> Evidence[Claim]:
    v = d["value"]
    claim = Claim(kind=v["kind"], counts=Casualties(**v["counts"]), source=_source(d.get("source")), hedges=tuple(v["hedges"]))
    return _evidence(d, claim)  # type: ignore[return-value]


def event_from_dict(data: dict[str, Any]) -> Event:
    """The inverse of ``event_dict``: rebuild the typed Event (for stored events)."""
    ev = data["evidence"]

    def actor(key: str) -> Evidence[Actor] | None:
        d = ev.get(key)
        return _evidence(d, Actor(**d["value"])) if d else None

    place = ev.get("place")
    date = ev.get("date")
    dv = date["value"] if date else None
    return Event(
        id=data["event_id"],
        article_id=data["article_id"],
        trigger=_evidence(ev["trigger"], ev["trigger"]["value"]),  # type: ignore[arg-type]
        event_type=data["event_type"],
        sub_event_type=data["sub_event_type"],
        disorder_type=data["disorder_type"],
        plover=data["plover"],
        status=_evidence(ev["status"], ev["status"]["value"]),  # type: ignore[arg-type]
        actor1=actor("actor1"),
        assoc_actor_1=actor("assoc_actor_1"),
        actor2=actor("actor2"),
        place=_evidence(place, Place(**place["value"])) if place else None,
        date=_evidence(
            date,
            EventDate(value=_date(dv["value"]), earliest=_date(dv["earliest"]), latest=_date(dv["latest"]), time_precision=dv["time_precision"]),
        )
        if date
        else None,
        fatalities=_evidence(ev.get("fatalities"), Casualties(**ev["fatalities"]["value"])) if ev.get("fatalities") else None,
        injuries=_evidence(ev.get("injuries"), Casualties(**ev["injuries"]["value"])) if ev.get("injuries") else None,
        sources=tuple(
            _evidence(s, Source(**{**s["value"], "hedges": tuple(s["value"]["hedges"])})) for s in ev["sources"]  # type: ignore[misc]
        ),
        mentions=tuple(Span(start=a, end=b) for a, b in ev["mentions"]),
        claims=tuple(_claim(c) for c in ev.get("claims", ())),
        confidence=data["confidence"],
    )
