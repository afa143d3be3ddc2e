"""What one trigger mention is, read from its own words: a reference to an event already told ("the attack"),
a predicative naming ("it was a suicide attack"), a quotation, a bare generic verb."""

from __future__ import annotations

import re
from typing import Any

from ..classify.status import REPORTING_LEMMAS
from ..model import Evidence, Span
from ..records import Mention, MentionFacts
from ..syntax import verb_over
from ..timex.patterns import WEEKDAYS
from .aggregates import count_of
from .cues import Cues
from .retyping import person


def first_noun(doc: Any, m: Mention) -> Any:
    """The first noun of a phrase trigger ("exchange" of "the exchange of fire"), which its determiner and preposition
    hang on; else the trigger's head."""
    head = doc[m.head]
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN") \
            and m.start_token <= head.head.head.i < head.i:
        head = head.head.head
    return head


def is_reference(doc: Any, m: Mention, c: Cues) -> bool:
    head = doc[m.head]
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    head = first_noun(doc, m)  # the determiner of a phrase trigger is on its first noun ("the exchange of fire")
    if any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in head.children):
        return not _counts_whom(head)
    if day_possessed(head):
        return True  # "Saturday's fighting": as definite as "the fighting of Saturday"
    # a bare noun conjoined to a determined one shares its determiner ("in connection with the arson and looting")
    first = head
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head.i < first.i:
        first = first.head
    return first is not head and not any(ch.dep_ in ("det", "poss", "nummod") for ch in head.children) \
        and any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in first.children)


def _counts_whom(noun: Any) -> bool:
    """Does a definite noun tell whom it was done to by a count of new people ("ordered the detention of 12 people", "the
    killing of 12 civilians", "the abduction of 30 students"; not "the killing of the 12 civilians")? The first telling of
    an event, as "detained 12 people" is, not a reference to one told before."""
    return any(ch.dep_ == "prep" and ch.lower_ == "of" and any(
        g.dep_ == "pobj" and count_of(g) is not None and not any(d.dep_ in ("det", "poss") and d.lower_ not in ("a", "an") for d in g.children)
        for g in ch.children) for ch in noun.children)


def day_possessed(noun: Any) -> bool:
    """Is the noun possessed by a weekday ("Saturday's fighting", "Monday's attack": an event named by its day)?"""
    return any(ch.dep_ == "poss" and ch.lower_ in WEEKDAYS for ch in noun.children)


def wave_onset(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a told protest or riot noun that an onset or course verb is said of ("The protests began on Monday
    over housing allowances", "the unrest broke out after a funeral", "as the demonstrations entered their third day")?
    It dates the wave told, not a gathering of its own."""
    head = first_noun(doc, m)
    if m.event_type not in c.lead_up_types or head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "nsubj":
        return False
    verb = head.head
    particles = [ch.lower_ for ch in verb.children if ch.dep_ == "prt"]
    return verb.lemma_.lower() in c.onset_verbs or any(f"{verb.lemma_.lower()} {p}" in c.onset_verbs for p in particles)


def describes_people(doc: Any, m: Mention, c: Cues) -> bool:
    """Does the trigger only describe people already told: a reduced relative on a pronoun ("14 of those detained
    overnight faced charges") or a clause whose subject is a part of them ("four of whom were later placed under
    arrest", "some of them were arrested"), or a part of a toll told before ("Two of the victims had been shot", "Five
    of the dead were fighters and two were fishermen hit while travelling", ``of_the_toll``)? It refers to the event
    they were told in."""
    tok = doc[m.head]
    if tok.lemma_.lower() in c.release_verbs:
        return False  # a release of people is read by follow_ups.released_from
    if among_the_toll(tok, c):
        return True
    if tok.tag_ == "VBN" and tok.dep_ == "acl" and tok.head.lower_ in c.people_pronouns:
        return True
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head.head if tok.dep_ == "pobj" else tok.head
    if any(s.dep_ in ("nsubj", "nsubjpass") and (of_those_told(s, c) or of_the_toll(s, c)) for s in verb.children):
        return True
    # "Five of the dead were fighters and two were fishermen hit while travelling": the trigger tells what the people of
    # a toll were, in a clause under a copula whose subject is a part of that toll
    return any(node.lemma_ == "be" and any(s.dep_ == "nsubj" and of_the_toll(s, c) for s in node.children)
               for node in tok.ancestors)


def told_by_subject(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a verb (or its object) whose subject is people or weapons already told, named with a demonstrative
    determiner ("The victims were killed with machetes", "The rebels entered the town after the militias withdrew",
    "the settlers came down from an outpost and threw stones at houses")? It tells an earlier event again, as a reference
    does (the caller keeps a clause dated another day apart: "The gunmen attacked a police post on Wednesday"); a trigger
    whose subject is new ("Gunmen killed", "Two soldiers were wounded") does not."""
    tok = doc[m.head]
    verb = verb_over(tok, ("dobj", "nsubjpass"))
    if verb is None:
        return False
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        verb = verb.head  # "came down from an outpost and threw stones": the subject of the first verb
    if verb.dep_ in ("relcl", "acl"):
        return False
    subject = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass") and ch.i != tok.i), None)
    if subject is not None and subject.i < verb.i and _told_people(subject, c):
        return True
    # the doer of a passive, told before ("It said several young men had been taken by the fighters", after "RSF fighters
    # raided a village near Bara"): the same event again
    agent = next((g for ch in verb.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"), None)
    return agent is not None and _told_people(agent, c)


def _told_people(noun: Any, c: Cues) -> bool:
    """Are the noun's people or weapons the ones already told: "the victims", "the rebels", "the drones" (a demonstrative
    determiner, no number or qualifier of a group of its own)?"""
    if noun.pos_ != "NOUN" or not any(ch.dep_ == "det" and ch.lower_ in c.told_determiners for ch in noun.children):
        return False
    if any(ch.dep_ in ("nummod", "amod", "compound") and not _age(ch) for ch in noun.children):
        return False  # "the two soldiers", "the Rwandan troops": a group of its own, maybe not the one told
    return noun.lemma_.lower() in c.told_subjects or person(noun)


def _age(tok: Any) -> bool:
    """Is the modifier an age ("The 45-year-old villager", "the 19-year-old"): it describes the person told, it does not
    make a group of its own?"""
    return tok.lower_ == "old" and any(ch.lower_ in ("year", "years") for ch in tok.children)


def of_those_told(noun: Any, c: Cues) -> bool:
    """Is the noun phrase a part of people told before ("some of them", "four of whom")?"""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in c.people_pronouns for o in p.children)
               for p in noun.children)


def of_the_toll(noun: Any, c: Cues) -> bool:
    """Is the noun phrase a part of the people of a toll told before ("Five of the dead", "two of the victims")?"""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in c.toll_people and any(d.dep_ == "det" and d.lower_ == "the" for d in o.children)
        for o in p.children) for p in noun.children)


def among_the_toll(tok: Any, c: Cues) -> bool:
    """Is the trigger the toll told before that people are said to be among ("Two women and a child were among the dead",
    "Among the wounded in Samtah were two children")? It says who the victims were, no event of its own."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "among" and (tok.lemma_.lower() in c.toll_people or tok.lower_ in c.toll_people) \
        and any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children)


def is_source(doc: Any, m: Mention) -> bool:
    """Is the trigger the people a statement is from ("Protesters said several people were hurt when officers charged
    the crowd")? The word names who speaks, not what happened: it may be all the classifier had for an event, but it
    does not say what kind of event one told otherwise was."""
    tok = doc[m.head]
    return m.end_token - m.start_token == 1 and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubj" and person(tok) \
        and tok.head.lemma_.lower() in REPORTING_LEMMAS


QUOTATION = re.compile(r'"[^"\n]{3,}"|\u201c[^\u201d\n]{3,}\u201d')


def is_predicative(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger noun what a reported event is said to have been ("Police said it was a suicide attack",
    "the blast was a car bomb")? The subject of the copula is a pronoun or a definite noun: the sentence names
    the kind of an event already told, it does not report another."""
    tok = doc[m.head]
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    subject = next((ch for ch in tok.head.children if ch.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lower_ in c.anaphors or any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in subject.children)


def is_quoted(parsed: Any, text: str, m: Mention) -> bool:
    """Is the trigger inside a direct quotation of its paragraph ('"The men from the other group were gone,"
    said a farmer')?"""
    para = parsed.paragraphs[parsed.paragraph_index(m.trigger.start)]
    body = para.slice(text)
    at = m.trigger.start - para.start
    return any(q.start() < at < q.end() for q in QUOTATION.finditer(body))


def is_bare_generic(m: Mention, f: MentionFacts, sentence: Span) -> bool:
    """A generic trigger ("the junta said it had targeted a camp") with no place or date in its own
    sentence re-tells an event already reported; it is treated as a reference (joins nothing if there is none)."""
    own_place = f.place is not None and f.place.span is not None and sentence.contains(f.place.span)
    own_date = f.date is not None and f.date.span is not None and sentence.contains(f.date.span)
    return not m.specific and not own_place and not own_date


def trigger_words(doc: Any, m: Mention) -> set[str]:
    toks = [*doc[m.start_token : m.end_token], doc[m.head]]
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w for t in toks if t.is_alpha for w in (t.lemma_.lower(), t.lower_)}


def make_evidence(value: str, span: Span, text: str, stage: str, confidence: float) -> Evidence[str]:
    return Evidence(value=value, span=span, text=span.slice(text), stage=stage, confidence=confidence)

