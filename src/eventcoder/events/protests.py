"""One protest event per place and day: a rally, its dispersal and a riot of the same crowd are one event."""

from __future__ import annotations

from typing import Any, Sequence

from ..records import Mention, MentionFacts
from .cluster import Cluster
from .place_match import place_conflict
from .recall import dates_trigger


PROTEST_SEVERITY = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration")


def one_protest_per_place_and_day(
    clusters: list[Cluster], mentions: Sequence[Mention], facts: Sequence[MentionFacts], headline: set[int] = frozenset(),
    doc: Any = None,
) -> list[Cluster]:
    """A rally and its dispersal are one protest event (the most severe sub-type): "thousands rallied in
    Tbilisi ... police used water cannon to clear the avenue"; protesters who riot make it a riot. A date of
    another clause of a member's sentence does not keep them apart (``dates_trigger``)."""

    def date_of(cl: Cluster) -> Any | None:
        return next((facts[j].date.value for j in cl.members if facts[j].date is not None and facts[j].date.span is not None
                     and (doc is None or dates_trigger(doc, mentions[j], facts[j].date.span))), None)

    def severest(cl: Cluster) -> int:
        """The member that names the protest: the most severe sub-type told in the body (a follow-up telling that
        the crowd set fire to vehicles makes the protest a riot; a headline's "clash" does not)."""
        told = [j for j in cl.members if mentions[j].sub_event_type in PROTEST_SEVERITY]
        body = [j for j in told if mentions[j].sentence not in headline] or told
        return max(body, key=lambda j: (PROTEST_SEVERITY.index(mentions[j].sub_event_type), j not in cl.references, -j))

    for cl in clusters:
        if mentions[cl.head].sub_event_type in PROTEST_SEVERITY:
            cl.head = severest(cl)
    out: list[Cluster] = []
    for cl in clusters:
        m = mentions[cl.head]
        target = None
        if m.sub_event_type in PROTEST_SEVERITY and cl.status is not None:
            for other in out:
                o = mentions[other.head]
                if o.sub_event_type not in PROTEST_SEVERITY or other.status is None or other.status.value != cl.status.value:
                    continue
                # a place read from a member's context counts too ("Similar scenes are reported from Backa Palanka"
                # is not the riot in Vrbas told before)
                places = [facts[j].place.value for j in cl.members + other.members if facts[j].place is not None
                          and (facts[j].place.confidence >= 0.8 or facts[j].place.span is not None)]
                if any(place_conflict(a, b) for a in places for b in places):
                    continue
                d1, d2 = date_of(cl), date_of(other)
                if d1 is not None and d2 is not None and not (d1.earliest <= d2.latest and d2.earliest <= d1.latest):
                    continue
                target = other
                break
        if target is None:
            out.append(cl)
            continue
        target.members.extend(cl.members)
        target.references.extend(cl.references)
        target.head = severest(target)
    return out
