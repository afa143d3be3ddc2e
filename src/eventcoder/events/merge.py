"""The merge test for a full mention: same sub-type, another sentence, nothing conflicting (actors, roles,
stated places and dates)."""

from __future__ import annotations

from typing import Any, Callable

from ..records import Mention, MentionFacts, Roles
from .cluster import Cluster
from .recall import dates_event


def merge_test(
    mentions: tuple[Mention, ...], roles: tuple[Roles, ...], facts: list[MentionFacts], parsed: Any = None
) -> Callable[[Cluster, int], bool]:
    def _told_next(cl: Cluster, i: int) -> bool:
        """Is mention ``i`` told in the sentence right after one of the cluster's, in its paragraph, with no place or
        date stated in its own sentence?"""
        if parsed is None:
            return False
        m, f = mentions[i], facts[i]
        sentence = parsed.sentences[m.sentence]
        if any(x is not None and x.span is not None and sentence.contains(x.span) for x in (f.place, f.date)):
            return False
        para = parsed.paragraph_index(sentence.start)
        return any(mentions[j].sentence == m.sentence - 1 and parsed.paragraph_index(mentions[j].trigger.start) == para
                   for j in cl.members)

    def dated(j: int) -> bool:
        """Is mention ``j``'s date stated, and (when stated in its own sentence) the event's? Not the day of a statement
        ("fired at the mourners ..., a police spokesperson said on Monday") or of a later death (``dates_event``)."""
        d = facts[j].date
        if d is None or d.span is None:
            return False
        return parsed is None or not parsed.sentences[mentions[j].sentence].contains(d.span) or dates_event(parsed.doc, mentions[j], d.span)

    def test(cl: Cluster, i: int) -> bool:
        m, r, f = mentions[i], roles[i], facts[i]
        own = [j for j in cl.members if j not in cl.references]
        first = mentions[cl.head]
        if m.sub_event_type != first.sub_event_type:
            return False
        if any(mentions[j].sentence == m.sentence for j in cl.members):
            return False
        names1 = {roles[j].actor1.value.name for j in own if roles[j].actor1}
        names2 = {roles[j].actor2.value.name for j in own if roles[j].actor2}
        mine = {x.value.name for x in (r.actor1, r.actor2) if x}
        if not (m.event_type == "Battles" and mine <= names1 | names2 and _told_next(cl, i)):
            # a clash's two sides in either order, told in the next sentence ("conducted a raid near Ar Rutbah against
            # an ISIS cell. Two ISIS operatives were killed in an exchange of fire"): the same fight
            if r.actor1 and names1 and r.actor1.value.name not in names1:
                return False
            if r.actor1 and r.actor1.value.name in names2:
                return False
            if r.actor2 and r.actor2.value.name in names1:
                return False
        # places and dates stated by any member (a word of the same phrase, a reference) bar a conflicting merge;
        # a place named in the mention's own sentence is stated ("reported from Backa Palanka, where ...")
        def stated_at(j: int) -> bool:
            p = facts[j].place
            return p is not None and (p.confidence >= 0.8 or (
                parsed is not None and p.span is not None and parsed.sentences[mentions[j].sentence].contains(p.span)))

        # a place read from the context of a member (a fallback) counts against a place the mention states
        stated = [facts[j].place for j in cl.members if stated_at(j) or (facts[j].place is not None and facts[j].place.span is not None)]
        if stated_at(i):
            here = f.place.value
            for p in stated:
                if p.value.iso != here.iso:
                    return False  # "strikes in Syria ... strikes in Iraq"
                if p.value.location != here.location and p.value.geo_precision < 3 and here.geo_precision < 3:
                    return False
                if (p.value.geo_precision == 3) != (here.geo_precision == 3) and p.value.admin1 and here.admin1 and p.value.admin1 != here.admin1:
                    return False  # "in the Odesa region" ... "in Dnipro": a town outside the region
        dates = [facts[j].date for j in cl.members if dated(j)]
        if dated(i) and dates:
            d = f.date.value
            if not any(x.value.overlaps(d) for x in dates):
                return False
        return True

    return test
