"""A compact human-readable table, one block per event."""

from __future__ import annotations

from ..model import Article, Event


def _ev(text: str) -> str:
    return f' \u00ab{text}\u00bb' if text else ""


def format_event(event: Event, article: Article) -> str:
    lines = [f"{event.id}  [{event.status.value}]  {event.event_type} / {event.sub_event_type}{_ev(event.trigger.text)}"]
    if event.date:
        d = event.date.value
        lines.append(f"  date      {d.value.isoformat()} (precision {d.time_precision}){_ev(event.date.text)}")
    for label, ev in (("actor1", event.actor1), ("actor2", event.actor2)):
        if ev:
            lines.append(f"  {label:<9} {ev.value.name} (inter {ev.value.inter}){_ev(ev.text)}")
    if event.place:
        p = event.place.value
        where = ", ".join(x for x in (p.location, p.admin1, p.country) if x)
        lines.append(f"  place     {where} ({p.latitude:.4f}, {p.longitude:.4f}; precision {p.geo_precision}){_ev(event.place.text)}")
    for label, count in (("killed", event.fatalities), ("injured", event.injuries)):
        if count:
            c = count.value
            rng = f" (range {c.low}-{c.high})" if c.high is not None and c.high != c.low else ""
            lines.append(f"  {label:<9} {c.low if c.low is not None else '?'}{rng}{_ev(count.text)}")
    for s in event.sources:
        hedge = f" hedged: {', '.join(s.value.hedges)}" if s.value.hedges else ""
        lines.append(f"  source    {s.value.name} ({s.value.kind}{', ' + s.value.role if s.value.role else ''}){hedge}{_ev(s.text)}")
    return "\n".join(lines)
