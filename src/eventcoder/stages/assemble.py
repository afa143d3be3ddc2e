"""assemble: merge the mentions of one event and build Event records.

Mentions in different sentences merge when they have the same sub-event type and status and nothing
conflicts (different attackers, roles swapped, different stated places, non-overlapping stated dates).
Triggers in one sentence stay separate events ("rockets hit the base and US forces answered with
counter-battery fire"). An event dated more than ``background_after_days`` before publication is
background. A generic trigger ("attacked") against civilians is violence against civilians.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Mapping, TypeVar

from ..model import Document, Event, Evidence, Span
from ..pipeline import stage
from ..records import MentionFacts, Mention, Roles

NAME = "assemble"
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
T = TypeVar("T")


def _best(items: list[Evidence[T] | None], precision: Callable[[T], int] | None = None) -> Evidence[T] | None:
    """The most confident evidence, then the most precise, then the earliest mention."""
    present = [(i, e) for i, e in enumerate(items) if e is not None]
    if not present:
        return None
    return max(present, key=lambda ie: (ie[1].confidence, -precision(ie[1].value) if precision else 0, -ie[0]))[1]


class _Group:
    def __init__(self, m: Mention, roles: Roles, facts: MentionFacts) -> None:
        self.mentions = [m]
        self.roles = [roles]
        self.facts = [facts]

    def compatible(self, m: Mention, roles: Roles, facts: MentionFacts) -> bool:
        first = self.mentions[0]
        if m.sub_event_type != first.sub_event_type or m.status.value != first.status.value:
            return False
        if any(x.sentence == m.sentence for x in self.mentions):
            return False
        names1 = {r.actor1.value.name for r in self.roles if r.actor1}
        names2 = {r.actor2.value.name for r in self.roles if r.actor2}
        if roles.actor1 and names1 and roles.actor1.value.name not in names1:
            return False
        if roles.actor1 and roles.actor1.value.name in names2:
            return False
        if roles.actor2 and roles.actor2.value.name in names1:
            return False
        stated = [f.place for f in self.facts if f.place and f.place.confidence >= 0.8]
        if facts.place and facts.place.confidence >= 0.8:
            here = facts.place.value
            for p in stated:
                if p.value.iso != here.iso:
                    return False  # "strikes in Syria ... strikes in Iraq"
                if p.value.location != here.location and p.value.geo_precision < 3 and here.geo_precision < 3:
                    return False
        dates = [f.date for f in self.facts if f.date and f.date.span is not None]
        if facts.date and facts.date.span is not None and dates:
            d = facts.date.value
            if not any(x.value.earliest <= d.latest and d.earliest <= x.value.latest for x in dates):
                return False
        return True

    def add(self, m: Mention, roles: Roles, facts: MentionFacts) -> None:
        self.mentions.append(m)
        self.roles.append(roles)
        self.facts.append(facts)


def _merge_facts(*facts: MentionFacts) -> MentionFacts:
    return MentionFacts(
        mention_id=facts[0].mention_id,
        place=_best([f.place for f in facts], lambda p: p.geo_precision),
        date=_best([f.date for f in facts], lambda d: d.time_precision),
        killed=_best([f.killed for f in facts]),
        injured=_best([f.injured for f in facts]),
        sources=tuple(s for f in facts for s in f.sources),
    )


def assemble(
    article_id: str,
    published: dt.date | None,
    mentions: tuple[Mention, ...],
    roles: tuple[Roles, ...],
    facts: list[MentionFacts],
    settings: Mapping[str, Any],
) -> tuple[Event, ...]:
    background_days = int(settings.get("background_after_days", 10))
    merge = bool(settings.get("merge_across_sentences", True))
    groups: list[_Group] = []
    for m, r, f in zip(mentions, roles, facts):
        target = next((g for g in groups if merge and g.compatible(m, r, f)), None)
        if target is None:
            groups.append(_Group(m, r, f))
        else:
            target.add(m, r, f)

    events = []
    for n, g in enumerate(groups, start=1):
        first = g.mentions[0]
        f = _merge_facts(*g.facts)
        actor1 = _best([r.actor1 for r in g.roles])
        actor2 = _best([r.actor2 for r in g.roles])
        assoc1 = next((r.assoc_actor_1 for r in g.roles if r.assoc_actor_1 and actor1 and r.actor1 and r.actor1.value.name == actor1.value.name), None)
        assoc2 = next((r.assoc_actor_2 for r in g.roles if r.assoc_actor_2 and actor2 and r.actor2 and r.actor2.value.name == actor2.value.name), None)
        status = first.status
        if status.value == "current" and f.date is not None and published is not None:
            if f.date.value.latest < published - dt.timedelta(days=background_days):
                status = Evidence(value="background", span=f.date.span, text=f.date.text, stage=NAME, confidence=0.7)
        event_type, sub_type, plover = first.event_type, first.sub_event_type, first.plover
        generic = not any(m.specific for m in g.mentions)
        if (generic or sub_type == "Armed clash") and actor2 is not None and actor2.value.kind == "civilians":
            event_type, sub_type, plover = "Violence against civilians", "Attack", "ASSAULT:unspecified"
        # ACLED: who takes territory decides the sub-event type
        if sub_type in TERRITORY and actor1 is not None:
            sub_type = TERRITORY[0] if actor1.value.inter in (1, 8) else TERRITORY[1]
        sources, seen = [], set()
        for s in f.sources:
            key = (s.value.name, s.span)
            if key not in seen:
                seen.add(key)
                sources.append(s)
        sources.sort(key=lambda s: s.value.kind == "publisher")
        confidence = 0.35 + 0.15 * any(m.specific for m in g.mentions)
        confidence += 0.1 * (actor1 is not None) + 0.1 * (f.place is not None and f.place.confidence >= 0.8)
        confidence += 0.1 * (f.date is not None and f.date.span is not None) + 0.1 * (len(g.mentions) > 1)
        events.append(
            Event(
                id=f"{article_id}:{n}",
                article_id=article_id,
                trigger=Evidence(value=first.sub_event_type, span=first.trigger, text=first.trigger_text, stage="detect", confidence=0.8 if first.specific else 0.5),
                event_type=event_type,
                sub_event_type=sub_type,
                disorder_type=first.disorder_type if event_type == first.event_type else "Political violence",
                plover=plover,
                status=status,
                actor1=actor1,
                assoc_actor_1=assoc1,
                assoc_actor_2=assoc2,
                actor2=actor2,
                place=f.place,
                date=f.date,
                fatalities=f.killed,
                injuries=f.injured,
                sources=tuple(sources),
                mentions=tuple(Span(start=m.trigger.start, end=m.trigger.end) for m in g.mentions),
                confidence=round(min(confidence, 1.0), 2),
            )
        )
    return tuple(events)


@stage(
    NAME,
    requires=["clean_article", "mentions", "roles", "places", "dates", "casualties", "attributions"],
    assigns=["events"],
)
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    article = doc.get("clean_article")
    mentions = doc.get("mentions")
    per_stage = [doc.get(name) for name in ("places", "dates", "casualties", "attributions")]
    facts = [_merge_facts(*(stage_facts[i] for stage_facts in per_stage)) for i in range(len(mentions))]
    return {"events": assemble(article.id, article.published, mentions, doc.get("roles"), facts, settings)}
