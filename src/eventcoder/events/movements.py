"""Forces moving in a fight, not ground changing hands, and forces sent after it (`[movements]` in discourse.toml): "The
army said its troops had pulled back to avoid civilian casualties", "troops were pursuing the attackers", "The army
deployed reinforcements to the area and launched a search operation" after a violent event are part of it."""

from __future__ import annotations

from typing import Any, Sequence

from ..records import Mention, MentionFacts
from ..syntax import PLACE_LABELS
from .cluster import Cluster
from .cues import Cues


def names_no_ground(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a territory verb whose clause names no place and no ground noun?"""
    tok = doc[m.head]
    if m.sub_event_type not in c.movement_types or tok.pos_ != "VERB":
        return False
    # not what a relative clause says of the people pursued ("the attackers, who had crossed from Congo")
    told = [t for t in tok.subtree if not any(a.dep_ in ("relcl", "acl") and a.i != tok.i and a in tok.subtree for a in t.ancestors) and t.dep_ not in ("relcl", "acl")]
    return not any(t.ent_type_ in PLACE_LABELS or t.lemma_.lower() in c.ground for t in told)


def answers(doc: Any, m: Mention, c: Cues) -> bool:
    """Does the trigger tell forces sent or a search started ("deployed reinforcements", "more troops were sent", "launched
    a search operation", "a manhunt", "launched an operation to pursue the attackers"), with no violence told in its clause ("launched a search operation, killing two")?"""
    tok = doc[m.head]
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "nsubjpass", "compound") and tok.head.pos_ == "VERB" else None
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in c.search_nouns:
        told = True  # "a manhunt is under way", "the deployment of troops"
    elif verb is None:
        return False
    elif verb.lemma_.lower() in c.response_verbs:
        told = True
    else:
        objects = [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
        told = verb.lemma_.lower() in c.conduct_verbs and any(
            o.lemma_.lower() in c.search_nouns or any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in c.search_nouns for ch in o.children)
            or _to_pursue(o, c) for o in objects) or (verb.lemma_.lower() in c.conduct_verbs and objects and _to_pursue(verb, c))
    clause = verb if verb is not None else tok
    return told and not any(t.lemma_.lower() in c.violent_outcome for t in clause.subtree)


def _to_pursue(tok: Any, c: Cues) -> bool:
    """Does an infinitive of pursuit hang on the token ("an operation to pursue the attackers", "launched an operation
    to track down the gunmen")?"""
    return any(ch.dep_ in ("acl", "relcl", "xcomp", "advcl") and ch.pos_ == "VERB" and ch.lemma_.lower() in c.pursuit_verbs
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in ch.children) for ch in tok.children)


def movement_of(doc: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The latest current violent event told in an earlier sentence, that a movement of forces or forces sent after it
    belong to; None when a movement names ground or no such event was told. A movement's own clause names no place, so
    a place read for it from elsewhere in its sentence does not keep it apart; forces sent go where the event was."""
    if not (names_no_ground(doc, m, c) or answers(doc, m, c)):
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
