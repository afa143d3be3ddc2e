"""What forces seized, recovered or intercepted in the sentences after a fight, a strike or an arrest, and what was burned
or looted after an attack, a clash or a riot (`[parts]` in discourse.toml): "Soldiers recovered two M16 rifles at the
site", "Two more rockets were intercepted by air defences", "Gang members set fire to homes, a school and a health
clinic" are part of the event told before them, not events of their own."""

from __future__ import annotations

from typing import Any, Sequence

from ..records import Mention, MentionFacts
from .cluster import Cluster
from .cues import Cues
from .place_match import place_conflict, stated_place


def part_of(parsed: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
            clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The latest current violent event or arrest told in an earlier sentence of the mention's paragraph or the one
    before, with no place in conflict, that a seizure or interception with no date of its own belongs to; for property
    burned or looted, the latest current violent event."""
    if m.sub_event_type not in c.part_types | c.damage_types:
        return None
    hosts = frozenset() if m.sub_event_type in c.damage_types else c.part_hosts  # what was burned is no arrest's
    f = facts[i]
    sentence = parsed.sentences[m.sentence]
    if f.date is not None and f.date.span is not None and sentence.contains(f.date.span):
        return None  # "On 12 March, troops seized 40 kg of explosives": an operation of its own
    para = parsed.paragraph_index(m.trigger.start)
    here = stated_place(f)
    best, at = None, -1
    for cl in clusters:
        head = mentions[cl.head]
        if cl.status is None or cl.status.value != "current":
            continue
        if head.event_type not in c.violence_types and head.sub_event_type not in hosts:
            continue
        near = [mentions[j].trigger.start for j in cl.members
                if mentions[j].sentence < m.sentence and para - 1 <= parsed.paragraph_index(mentions[j].trigger.start) <= para]
        if not near or any(place_conflict(here, stated_place(facts[j])) for j in cl.members):
            continue
        if max(near) > at:
            best, at = cl, max(near)
    return best
