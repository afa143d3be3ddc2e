"""Forces moving in a fight, not ground changing hands (`[movements]` in discourse.toml): "The army said its troops had
pulled back to avoid civilian casualties", "troops were pursuing the attackers" after a violent event are part of it."""

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


def movement_of(doc: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The latest current violent event told in an earlier sentence, that a movement of forces belongs to; None when
    the mention names ground or no such event was told. The mention's own clause names no place, so a place read
    for it from elsewhere in its sentence does not keep it apart."""
    if not names_no_ground(doc, m, c):
        return None
    best, at = None, -1
    for cl in clusters:
        head = mentions[cl.head]
        earlier = [mentions[j].trigger.start for j in cl.members if mentions[j].sentence < m.sentence]
        if not earlier or cl.status is None or cl.status.value != "current" or head.event_type not in c.violence_types:
            continue
        if max(earlier) > at:
            best, at = cl, max(earlier)
    return best
