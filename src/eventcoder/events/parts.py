"""What forces seized, recovered or intercepted in the sentences after a fight, a strike or an arrest (`[parts]` in
discourse.toml): "Soldiers recovered two M16 rifles at the site", "Two more rockets were intercepted by air
defences" are part of the event told before them, not events of their own; so are the drones or missiles of a strike's
wave stopped the same night ("air defences destroyed 56 drones over eight regions overnight"), told anywhere after it."""

from __future__ import annotations

from typing import Any, Sequence

from ..records import Mention, MentionFacts, Toponym
from .cluster import Cluster
from .cues import Cues
from .place_match import place_conflict, stated_place


def part_of(parsed: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
            clusters: Sequence[Cluster], c: Cues, toponyms: Sequence[Toponym] = ()) -> Cluster | None:
    """The latest current violent event or arrest told in an earlier sentence of the mention's paragraph or the one
    before, with no place in conflict, that a seizure or interception with no date of its own belongs to."""
    if m.sub_event_type not in c.part_types:
        return None
    f = facts[i]
    sentence = parsed.sentences[m.sentence]
    # a tally of the night that names no place where they were stopped ("over eight regions", "61 of the 88 drones
    # Russia launched"); one over a named region ("over the Belgorod and Kursk regions") is an event of its own
    wave = interception(parsed.doc, m, c) and not any(
        t.sentence == m.sentence and t.kind != "country" and not (t.modifier or t.dateline or t.weapon) for t in toponyms)
    if f.date is not None and f.date.span is not None and sentence.contains(f.date.span) and not wave:
        return None  # "On 12 March, troops seized 40 kg of explosives": an operation of its own
    para = parsed.paragraph_index(m.trigger.start)
    here = stated_place(f)
    if wave and here is not None and here.geo_precision >= 3:
        here = None  # "shot down 48 of the 70 drones Russia launched overnight": the launcher's country, or regions
    best, at = None, -1
    for cl in clusters:
        head = mentions[cl.head]
        if cl.status is None or cl.status.value != "current":
            continue
        if head.event_type not in c.violence_types and head.sub_event_type not in c.part_hosts:
            continue
        if wave and (head.event_type != "Explosions/Remote violence" or not _same_day(f, [facts[j] for j in cl.members])):
            continue
        near = [mentions[j].trigger.start for j in cl.members
                if mentions[j].sentence < m.sentence and (wave or para - 1 <= parsed.paragraph_index(mentions[j].trigger.start) <= para)]
        if not near or any(place_conflict(here, stated_place(facts[j])) for j in cl.members):
            continue
        if max(near) > at:
            best, at = cl, max(near)
    return best


def interception(doc: Any, m: Mention, c: Cues) -> bool:
    """Does the trigger stop projectiles ("intercepted", "shot down or jammed 61 of the 88 drones", "destroyed 56 drones")?"""
    tok = doc[m.head]
    return (tok.lemma_.lower() in c.interception or tok.lower_ in c.interception) \
        and any(t.lemma_.lower() in c.projectiles for t in tok.sent)


def _same_day(f: MentionFacts, theirs: Sequence[MentionFacts]) -> bool:
    """Does the part's date overlap a date of the event's members (or is one side undated)?"""
    if f.date is None:
        return True
    dated = [x.date.value for x in theirs if x.date is not None]
    d = f.date.value
    return not dated or any(x.earliest <= d.latest and d.earliest <= x.latest for x in dated)
