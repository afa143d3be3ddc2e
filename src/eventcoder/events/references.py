"""Which earlier event a reference may join: compatible types and the lexicon's violent nouns."""

from __future__ import annotations

import functools

from ..records import Mention
from .cues import Cues, cues


def compatible_reference(m: Mention, head: Mention, c: Cues, noun: str) -> bool:
    if m.event_type == head.event_type:
        return True
    if (noun in c.byproduct_context or _violent_noun(noun)) and head.event_type in c.violence_types:
        # "eight fighters were killed in the battle", "the SDF blamed Turkish-backed factions for the bombing": a
        # violent noun names a violent event, whatever type the classifier gave its sentence
        return True
    if head.event_type not in c.violence_types and not _violent_noun(noun) and _noun_of_type(noun, head.event_type):
        # "the alliance's candidate, who was due to address the rally, said ...": a protest word names the protest told
        # before, whatever type the classifier gave its sentence (not a word that may name violence: "the strike")
        return True
    loose = noun in c.generic or not m.specific or not head.specific  # "jets struck ..." / "the strikes killed 15"
    return loose and head.event_type in c.violent_types and m.event_type in c.violence_types


def both_violent(a: Mention, b: Mention, c: Cues) -> bool:
    return a.event_type in c.violence_types and b.event_type in c.violence_types


@functools.cache
def lexicon_word(lemma: str, sub_type: str) -> bool:
    """Is ``lemma`` a trigger word of ``sub_type`` in the lexicon ("kidnap" of Abduction; not "curfew" of Grenade)?"""
    from ..lexicon import triggers

    return any(lemma in e.lemmas and e.sub_event_type == sub_type for e in triggers())


@functools.cache
def _violent_noun(lemma: str) -> bool:
    """Is ``lemma`` a trigger word of a violent event type in the lexicon ("bombing", "shelling", "ambush"), or the
    gerund of one the parser keeps as a noun ("the shooting", "the stabbing": "shoot", "stab")?"""
    from ..lexicon import triggers

    stems = {lemma}
    if lemma.endswith("ing") and len(lemma) > 5:
        stem = lemma[:-3]
        stems |= {stem, stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else {stem}  # "stabbing" -> "stab"
    return any(stems & set(e.lemmas) and e.event_type in cues().violence_types and (not e.pos or "NOUN" in e.pos) for e in triggers())


@functools.cache
def _noun_of_type(lemma: str, event_type: str) -> bool:
    """Is ``lemma`` a trigger noun of an event type in the lexicon ("rally" of Protests)?"""
    from ..lexicon import triggers

    return any(lemma in e.lemmas and e.event_type == event_type and (not e.pos or "NOUN" in e.pos) for e in triggers())
