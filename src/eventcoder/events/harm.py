"""A later casualty of an event already told (`[harm]` in discourse.toml): a death from injuries ("The police officer
died in hospital of injuries caused by a dynamite blast", "succumbed to his injuries") or the cause of a person's
wounds told in a relative clause ("a woman who had been wounded in Sunday's shelling"). Such a mention adds to the
violent event told before it; with none before, it is the report of that event and stays."""

from __future__ import annotations

from typing import Any, Sequence

from .. import doccache
from ..doccache import first_token_from
from ..records import Mention, MentionFacts
from ..syntax import PLACE_LABELS, TIME_LABELS, in_words
from .cluster import Cluster
from .cues import Cues
from .place_match import place_conflict, stated_place


def _death_from_injuries(tok: Any, c: Cues) -> bool:
    """A death verb whose cause is injuries ("died of injuries", "succumbed to his wounds")."""
    return tok.lemma_.lower() in c.death_verbs and any(
        p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in c.injuries for o in p.subtree) for p in tok.children
    )  # the subtree: "died in hospital of injuries" hangs "of" on "hospital"


def died_later(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a death after what caused it, so that its day is the death's, not the event's: of injuries, in
    hospital, or of a person its subject's relative clause tells hurt ("A man who was hit by a tear gas canister during
    clashes on Wednesday night died in hospital on Thursday morning")?"""
    tok = doc[m.head]
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in c.death_verbs:
        return False
    if _death_from_injuries(tok, c):
        return True
    if any(p.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in c.care for o in p.children) for p in tok.children):
        return True
    hurt = c.hurt | c.struck
    return any(d.dep_ in ("relcl", "acl") and d.lemma_.lower() in hurt
               for s in tok.children if s.dep_ == "nsubj" for d in s.children)


def _toll(tok: Any, c: Cues) -> bool:
    """A toll with nothing of its own: people hurt in a passive with no agent, no prepositional phrase, no clause of
    their cause and no name of a place or day ("Fourteen officers were injured, three of whom were taken to hospital"),
    soldiers who "fell on the field of honour" (``fallen``), or the dead and wounded a hospital took in ("had received
    11 bodies and 26 wounded fighters")."""
    lemma = tok.lemma_.lower()
    if lemma in c.care_verbs:
        took = [t for ch in tok.children if ch.dep_ == "dobj" for t in (ch, *(g for g in ch.subtree if g.dep_ == "conj"))]
        return any(t.lemma_.lower() in c.body_nouns | c.casualty_nouns or t.lower_ in c.casualty_nouns
                   or any(a.dep_ == "amod" and a.lemma_.lower() in c.toll_verbs for a in t.children) for t in took)
    if lemma == "fall" and any(ch.dep_ == "prep" and any(t.lemma_.lower() in c.fallen for t in ch.subtree) for ch in tok.children):
        return not any(t.ent_type_ in (*PLACE_LABELS, *TIME_LABELS) for t in tok.subtree)  # "fell on the field of honour"
    if lemma not in c.toll_verbs or tok.tag_ != "VBN" or not any(ch.dep_ == "auxpass" for ch in tok.children):
        return False
    if any(ch.dep_ in ("agent", "prep", "npadvmod") or (ch.dep_ == "advcl" and (ch.tag_ == "VBG" or any(g.dep_ == "mark" for g in ch.children)))
           for ch in tok.children):
        return False  # "wounded by a mine", "injured in Kidal", "hurt when a shell hit the market"
    return not any(t.ent_type_ in (*PLACE_LABELS, *TIME_LABELS) for t in tok.subtree)


def in_care(doc: Any, m: Mention, mentions: Sequence[Mention], c: Cues) -> bool:
    """Is the trigger what became of people hurt, told in a sentence of their care with no doer ("Twenty-two people were
    being treated for gunshot wounds in Yirol hospital", "Several people were missing and at least four others were taken
    to hospital in Oicha with wounds", "A man who was hit on the head with a brick died ... at the Chattogram Medical
    College Hospital")? A death, injury, hurt, casualty or fate word (``[harm]``) in a sentence naming a care place, whose
    clause has no doer (no agent, no object: "Gunmen shot two guards at the hospital" is an act) and no other trigger of
    the sentence an act either. The hospital's town is where they were cared for, not where they were hurt."""
    sent = doccache.sentence(doc, m.head)
    if not any(t.lemma_.lower() in c.care and t.pos_ in ("NOUN", "PROPN") for t in sent):
        return False
    words = c.death_verbs | c.injuries | c.hurt | c.struck | c.casualty_nouns | c.toll_verbs | c.fates

    def fate(tok: Any) -> bool:
        if not in_words(tok, words):
            return False
        verb = tok if tok.pos_ in ("VERB", "AUX") else next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return verb is None or not any(ch.dep_ in ("agent", "dobj") for ch in verb.children)

    return all(fate(doc[o.head]) for o in mentions if o.sentence == m.sentence)


def at_care_place(doc: Any, start: int, c: Cues) -> bool:
    """Does the place at character ``start`` name where people were cared for ("in Yirol hospital", "at the Chattogram
    Medical College Hospital", "taken to hospital in Oicha"): a care noun over it within a few hops?"""
    tok = doc[first_token_from(doc, start)]
    for hops, node in enumerate(tok.ancestors):
        if hops >= 4 or node.pos_ in ("VERB", "AUX"):
            return False
        if node.lemma_.lower() in c.care:
            return True
    return False


def later_casualty(doc: Any, m: Mention, c: Cues) -> bool:
    """Does the trigger tell a later casualty of an event: a death from injuries, a toll with nothing of its own
    (``_toll``), or the event a death from injuries or a wounded person's relative clause names as the cause ("injured
    in the exchange of fire")?"""
    tok = doc[m.head]
    if tok.pos_ == "VERB" and (_death_from_injuries(tok, c) or _toll(tok, c)):
        return True
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "the exchange of fire"
    if tok.dep_ not in ("pobj", "agent"):
        return False
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ not in ("in", "by", "from", "during"):
        return False
    if gov.lemma_.lower() not in c.hurt:
        return False
    for node in (gov, *gov.ancestors):
        if node.dep_ in ("relcl", "acl") and node.lemma_.lower() in c.hurt:
            return True  # "a woman who had been wounded in ...", "wounds sustained in ..."
        if _death_from_injuries(node, c):
            return True  # "died of injuries caused by a blast"
    return False


def casualty_of(doc: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The current violent event, told in an earlier sentence, that a later casualty adds to: the latest one whose
    place does not conflict with the mention's, else the latest one in the same country (a finer or other reading of
    the place: "the exchange of fire at the Bannu check post" after "a check post in Jani Khel, Bannu District")."""
    if not (later_casualty(doc, m, c) or in_care(doc, m, mentions, c)):
        return None
    # a toll with nothing of its own may be a protest's too ("Fourteen officers were injured" after police fired tear gas)
    types = c.violence_types | c.lead_up_types if doc[m.head].pos_ == "VERB" and _toll(doc[m.head], c) else c.violence_types
    here = stated_place(facts[i])
    pool = []
    for cl in clusters:
        head = mentions[cl.head]
        earlier = [j for j in cl.members if mentions[j].sentence < m.sentence]
        if earlier and cl.status is not None and cl.status.value == "current" and head.event_type in types:
            pool.append((max(mentions[j].trigger.start for j in earlier), cl))
    pool.sort(key=lambda x: x[0], reverse=True)

    def conflicts(cl: Cluster, loose: bool) -> bool:
        for j in cl.members:
            there = stated_place(facts[j])
            if loose and here is not None and there is not None and here.iso == there.iso:
                continue
            if place_conflict(here, there):
                return True
        return False

    return next((cl for _, cl in pool if not conflicts(cl, False)), None) or next((cl for _, cl in pool if not conflicts(cl, True)), None)


FORCE_ON_CROWDS = "Excessive force against protesters"


def _in_crossfire(sent: Any, c: Cues) -> bool:
    """Does the sentence tell people caught in a fight's fire: "caught in the crossfire", "hit by a stray bullet"?"""
    return any(in_words(t, c.crossfire) or (t.lower_ in c.stray and t.dep_ == "amod")
               for t in sent)


def crossfire_of(parsed: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                 clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The clash whose fire hurt the people a harm mention tells "caught in the crossfire" or hit by "a stray bullet"
    (WRITERS.md: counted in that clash, never an Attack of their own): the clash told earlier in the mention's
    sentence, else the latest current one told before in its paragraph or the one before, whose place does not
    conflict with the mention's."""
    if parsed is None or (m.event_type not in c.violence_types and m.sub_event_type != FORCE_ON_CROWDS) or m.event_type == "Battles":
        return None  # (a girl "hit by a stray bullet" read as force on a crowd is hurt by the fight's fire too)
    doc = parsed.doc
    if not _in_crossfire(doccache.sentence(doc, m.head), c):
        return None
    here = stated_place(facts[i])
    para = parsed.paragraph_index(m.trigger.start)
    best: tuple[int, Cluster] | None = None
    for cl in clusters:
        if cl.status is None or cl.status.value != "current" or mentions[cl.head].event_type != "Battles":
            continue
        for j in cl.members:
            o = mentions[j]
            if j >= i or o.event_type != "Battles":
                continue
            if o.sentence != m.sentence:
                if para - parsed.paragraph_index(o.trigger.start) > 1 or place_conflict(here, stated_place(facts[j])):
                    continue
            if best is None or o.trigger.start > best[0]:
                best = (o.trigger.start, cl)
    return best[1] if best is not None else None
