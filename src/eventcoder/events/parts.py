"""What forces seized, recovered or intercepted in the sentences after a fight, a strike or an arrest, and what was burned
or looted after an attack, a clash or a riot (`[parts]` in discourse.toml): "Soldiers recovered two M16 rifles at the
site", "Two more rockets were intercepted by air defences", "Gang members set fire to homes, a school and a health
clinic" are part of the event told before them, not events of their own; so are forces removing the crowd of a protest
told before ("Officers dragged them away one by one") and the crowd leaving ("the herders left peacefully")."""

from __future__ import annotations

import datetime as dt
from typing import Any, Sequence

from .. import doccache
from ..lexicon import TERRITORY
from ..records import Mention, MentionFacts
from ..syntax import in_words, list_head
from .cluster import Cluster
from .cues import Cues, first_match
from .place_match import place_conflict, reference_conflict, stated_place
from .retyping import armed_people, crowd_people, person


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
    return _latest_told(parsed, m, f, mentions, facts, clusters, lambda cl: mentions[cl.head].event_type in c.violence_types
                        or mentions[cl.head].sub_event_type in hosts)


def arrests_in_the_act(parsed: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                       clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The fight, strike or attack that people were detained in (WRITERS.md Suspects arrested later: held at the scene
    while the act goes on, they stay inside it): an arrest told in the act's sentence after it ("The security force killed
    one insurgent and detained two additional insurgents"), or in a later sentence of its paragraph or the next ("After
    the engagement, the security force detained three suspected insurgents") with no day of its own, is part of the latest
    current violent event (not a riot's: protests.crowd_parts) — unless its sentence tells an occasion of its own: homes,
    raids, searches, a warrant, "later" (``[crowd] away``, ``[recall] later``; not "during the search": the act's own),
    or ties the arrest to the act ("on suspicion of involvement", ``[asserted] arrest_ties``)."""
    if m.sub_event_type != "Arrests" or parsed is None:
        return None
    doc = parsed.doc
    sent = doccache.sentence(doc, m.head)
    # ("suspected insurgents" only says who they were; "on suspicion of", "suspected of" ties them to the act; "during a
    # security operation in search of a Taliban facilitator" names the operation's aim, no occasion of its own)
    if any((in_words(t, c.away) and not (t.dep_ == "pobj" and (t.head.lower_ == "during" or _in_search_of(t))))
           or (in_words(t, c.arrest_ties) and t.dep_ != "amod") for t in sent) \
            or first_match(c.later, sent.text) is not None:
        return None
    kinds = c.violence_types - {"Riots"}

    def fits(cl: Cluster) -> bool:
        # a fight told as one (someone killed, hurt or shot in a sentence of its mentions: ``[raids] violent_outcome``), not an
        # operation typed violent with nothing violent told ("conducted an operation in search of a Taliban leader")
        return mentions[cl.head].event_type in kinds and any(c.violence_told(doccache.sentence(doc, mentions[j].head)) for j in cl.members)

    # (the act's own words in the sentence, not a reference joined to it: "sent a protest note ... after soldiers detained")
    same = [cl for cl in clusters if cl.status is not None and cl.status.value == "current" and fits(cl)
            and any(j < i and j not in cl.references and mentions[j].sentence == m.sentence for j in cl.members)]
    if same:
        return max(same, key=lambda cl: max(j for j in cl.members if j < i and mentions[j].sentence == m.sentence))
    f = facts[i]
    if f.date is not None and f.date.span is not None and parsed.sentences[m.sentence].contains(f.date.span):
        return None  # "On Tuesday, police arrested six men": an occasion of its own
    # told apart from the act, the people held are its fighters ("detained three suspected insurgents", "arrested four
    # gunmen"), not people picked up over it ("The government arrested two ministers allied with the opposition")
    verb = doc[m.head] if doc[m.head].pos_ == "VERB" else doc[m.head].head
    held = [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
    if not any(armed_people(h, modified=True) for h in held):
        return None
    if _the_operation(verb, c):
        # "Multiple suspected insurgents were also detained during the operation": the operation told before, whether
        # or not its words told violence ("conducted a security operation in search of a senior Haqqani leader")
        # (not ground said taken: "an operation" is no territory's)
        return _latest_told(parsed, m, f, mentions, facts, clusters, anywhere=True, fits=lambda cl: mentions[cl.head].event_type in kinds
                            and mentions[cl.head].sub_event_type not in TERRITORY)
    return _latest_told(parsed, m, f, mentions, facts, clusters, fits)


def _the_operation(verb: Any, c: Cues) -> bool:
    """Does the arrest's clause name the operation told before ("during the operation", "as a result of the operation", "After the engagement";
    [raids] operations with a definite determiner)?"""
    return any(t.dep_ == "pobj" and t.lemma_.lower() in c.operations and t.head.lower_ in ("during", "in", "of", "after")
               and any(ch.dep_ == "det" and ch.lower_ in ("the", "this", "that") for ch in t.children) for t in verb.subtree)


def _in_search_of(t: Any) -> bool:
    """Is the noun the "search" of "in search of" (an operation's aim; not "in house-to-house searches")?"""
    return t.head.lower_ == "in" and t.lower_ == "search" and any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in t.children)


def weapon_of_the_fight(parsed: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                        clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The fight told in an earlier sentence of the paragraph (or the one before) whose weapons a later sentence names: a
    weapon noun used or fired ("The militants used sniper rifles and grenades in the attack", `[parts] weapon_verbs`) or
    that landed or fell ("mortar-like shells landed near houses in Tronglaobi", "mortar rounds landed in fields", trigger
    noun or verb, `landing_verbs`), with no date of its own and no place further than ``NEAR_KM`` from the fight's. The
    fight keeps its type (ACLED codes a fight by its sides, whatever arms they used); not weapons that hit people or
    things, nor a toll of their own."""
    tok = parsed.doc[m.head]
    if m.event_type != "Explosions/Remote violence":
        return None
    f = facts[i]
    if f.date is not None and f.date.span is not None and parsed.sentences[m.sentence].contains(f.date.span):
        return None
    if tok.pos_ == "VERB":
        verb, top = tok, next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
        if top is None or verb.lemma_.lower() not in c.landing_verbs:
            return None
    elif tok.pos_ in ("NOUN", "PROPN"):
        top = list_head(tok)
        verb = top.head
        if verb.pos_ != "VERB" or not ((top.dep_ == "dobj" and verb.lemma_.lower() in c.weapon_verbs)
                                       or (top.dep_ == "nsubj" and verb.lemma_.lower() in c.landing_verbs)):
            return None
    else:
        return None
    if any(ch.dep_ in ("dobj", "nsubjpass") and ch.i != top.i for ch in verb.children) \
            or any(t.lemma_.lower() in c.toll_verbs | {"kill"} for t in verb.subtree):
        return None  # "shells hit the market": a target of its own; "..., killing two children": a toll of its own
    return _latest_told(parsed, m, f, mentions, facts, clusters, lambda cl: mentions[cl.head].event_type == "Battles",
                        conflict=reference_conflict)


def _latest_told(parsed: Any, m: Mention, f: MentionFacts, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                 clusters: Sequence[Cluster], fits: Any, anywhere: bool = False, conflict: Any = place_conflict) -> Cluster | None:
    """The current cluster that ``fits`` told latest in an earlier sentence of the mention's paragraph or the one before,
    with no place in conflict with the mention's stated one (``conflict``, the test)."""
    para = parsed.paragraph_index(m.trigger.start)
    here = stated_place(f)
    best, at = None, -1
    for cl in clusters:
        if cl.status is None or cl.status.value != "current" or not fits(cl):
            continue
        near = [mentions[j].trigger.start for j in cl.members
                if mentions[j].sentence < m.sentence and (anywhere or para - 1 <= parsed.paragraph_index(mentions[j].trigger.start) <= para)]
        if not near or any(conflict(here, stated_place(facts[j])) for j in cl.members):
            continue
        if max(near) > at:
            best, at = cl, max(near)
    return best


def removal_of(parsed: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
               clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """Forces removing the crowd of a protest or riot told before ("Officers dragged them away one by one", "carried them
    away", "led away those who refused", "Riot police cleared the road at dawn on Wednesday"; `[crowd] removal_verbs`,
    `clearing_verbs`): the latest current protest or riot told in an earlier sentence of the mention's paragraph or the one
    before, with no place in conflict and no date of its own other than the protest's day or the next, whatever type the
    removal was given (an abduction, an Other event, a protest of another day); so is the crowd's own leaving
    (`[crowd] leaving_verbs`: "the herders left peacefully after officials promised to meet them"). Not what armed men do
    ("gunmen took away two villagers")."""
    doc = parsed.doc
    tok = doc[m.head]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass"):
        tok = tok.head  # "cleared the barricades": the removal, whatever noun was typed
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    particle = any(ch.dep_ in ("prt", "advmod") and ch.lower_ in c.removal_particles for ch in tok.children)
    if not ((lemma in c.removal_verbs and particle) or lemma in c.clearing_verbs or crowd_left(doc, m, c)):
        return None
    if any(ch.dep_ == "nsubj" and armed_people(ch, modified=True) for ch in tok.children):
        return None  # "Armed men took away two of the organisers": no removal of the crowd
    f = facts[i]
    sentence = parsed.sentences[m.sentence]
    own = f.date.value if f.date is not None and f.date.span is not None and sentence.contains(f.date.span) else None

    def fits(cl: Cluster) -> bool:
        if mentions[cl.head].event_type not in c.lead_up_types:
            return False
        days = [facts[j].date.value for j in cl.members if facts[j].date is not None and facts[j].date.span is not None]
        return own is None or not days or any(d.overlaps(own) or _next_day(d, own) for d in days)

    return _latest_told(parsed, m, f, mentions, facts, clusters, fits)


def crowd_left(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a verb of leaving (`[crowd] leaving_verbs`) whose subject is people, a crowd or a pronoun ("the
    herders left peacefully", "they dispersed")? Said of the crowd, it names no side of the protest."""
    verb = doc[m.head]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in c.leaving_verbs:
        return False
    crowd = crowd_people()
    return any(ch.dep_ == "nsubj" and (person(ch) or in_words(ch, crowd) or ch.pos_ == "PRON")
               and not armed_people(ch, modified=True) for ch in verb.children)


def _next_day(day: Any, later: Any) -> bool:
    """Is ``later`` the day after ``day`` (a night's riot cleared at dawn)?"""
    return later.earliest == day.latest + dt.timedelta(days=1)
