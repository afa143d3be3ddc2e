"""Forces moving in a fight, not ground changing hands (`[movements]` in discourse.toml): "The army said its troops had
pulled back to avoid civilian casualties", "troops were pursuing the attackers" after a violent event are part of it;
so are forces sent in answer to it ("The army launched a search operation in the area on Tuesday")."""

from __future__ import annotations

from typing import Any, Sequence

from ..records import Mention, MentionFacts
from .cluster import Cluster
from .cues import Cues

PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def names_no_ground(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a territory verb whose clause names no place and no ground noun?"""
    tok = doc[m.head]
    if m.sub_event_type not in c.movement_types or tok.pos_ != "VERB":
        return False
    # not what a relative clause says of the people pursued ("the attackers, who had crossed from Congo")
    told = [t for t in tok.subtree if not any(a.dep_ in ("relcl", "acl") and a.i != tok.i and a in tok.subtree for a in t.ancestors) and t.dep_ not in ("relcl", "acl")]
    return not any(t.ent_type_ in PLACE_ENTITIES or t.lemma_.lower() in c.ground for t in told)


def sent_in_answer(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a non-violent one (not an arrest) that sends forces: a response word itself or as its verb's
    object ("deployed additional peacekeepers", "was deployed", "launched a search operation", "sent reinforcements")?"""
    if m.event_type != "Strategic developments" or m.sub_event_type == "Arrests" or m.status.value not in ("current", "background"):
        return False
    tok = doc[m.head]
    said = [tok]
    for ch in tok.children if tok.pos_ in ("VERB", "AUX") else ():
        if ch.dep_ in ("dobj", "nsubjpass"):
            said += [ch, *(g for g in ch.children if g.dep_ in ("compound", "amod"))]
    return any(t.lemma_.lower() in c.response or t.lower_ in c.response for t in said)


def movement_of(doc: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The latest current violent event told in an earlier sentence, that a movement of forces belongs to; None when
    the mention names ground or no such event was told. The mention's own clause names no place, so a place read
    for it from elsewhere in its sentence does not keep it apart. Forces sent in answer may name where they were sent
    ("deployed additional peacekeepers to Malakal and Bor"), not another country than the event's."""
    answer = sent_in_answer(doc, m, c)
    if not answer and not names_no_ground(doc, m, c):
        return None
    here = facts[i].place.value.iso if answer and facts[i].place is not None else None
    best, at = None, -1
    for cl in clusters:
        head = mentions[cl.head]
        earlier = [mentions[j].trigger.start for j in cl.members if mentions[j].sentence < m.sentence]
        if not earlier or cl.status is None or cl.status.value != "current" or head.event_type not in c.violence_types:
            continue
        if here is not None and any(facts[j].place is not None and facts[j].place.value.iso != here for j in cl.members):
            continue
        if max(earlier) > at:
            best, at = cl, max(earlier)
    return best
