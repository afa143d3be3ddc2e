"""ACLED codebook: what a natural hazard, a disease, an animal or an accident does is no event (triggers.toml
[hazards]): a hazard or accident as the doer, a death put down to a cause that is no violence, an accidental blast."""

from __future__ import annotations

from typing import Any

from .. import doccache
from ..catalogue import words
from ..lexicon import codebook_words, hazards
from ..syntax import in_words
from .armed_acts import ORGANISED_ARMED, names_armed
from .weapons import EXPLOSIVE_WORDS

NONSTATE_DOERS = words("armed") | ORGANISED_ARMED  # gunmen, militants: their act in a drill is no drill


def hazard_doer(doc: Any, start: int, end: int) -> bool:
    """Is what the candidate reports done by a natural hazard, a disease or an animal, or an accident ("an
    avalanche struck a village, killing 25", "landslides that killed 22", "a train derailed, killing 30",
    "rangers shot dead a rogue elephant")? No political actor: no event (triggers.toml [hazards])."""
    h = hazards()
    tok = max(doc[start:end], key=lambda t: (t.pos_ in ("NOUN", "VERB"), t.i))
    node = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    verbs = []
    while node is not None and len(verbs) < 4:
        verbs.append(node)
        # "..., burying houses and killing 25": the clause a participle or second verb hangs on
        node = node.head if node.dep_ in ("advcl", "xcomp", "conj") and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i else None

    def named(t: Any) -> bool:
        # the plural too where the tagger took the word for a name ("KATHMANDU - Landslides blocked the highway")
        return in_words(t, h.agents) or t.lower_.removesuffix("s") in h.agents or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in h.agents for c in t.children) or accidental_blast(t)

    def accident(verb: Any) -> bool:
        # not "a lorry carrying explosives crashed into a checkpoint", nor an armed force that "collapsed" ("rebels took
        # control of Daraa city as the army collapsed")
        return verb.lemma_.lower() in h.accident_verbs and not any(c.dep_ == "dobj" for c in verb.children) \
            and not any(t.lemma_.lower() in EXPLOSIVE_WORDS for t in doccache.sent_of(verb)) \
            and not any(c.dep_ == "nsubj" and names_armed(c) for c in verb.children)

    if drilled(tok, verbs):
        return True  # "conducted a simulated air strike ... as part of the drills": an exercise, no event
    if tok.pos_ == "NOUN" and accidental_blast(tok):
        return True  # "a gas cylinder blast", "an explosion at a fireworks workshop"
    if any(collision(verb) for verb in verbs):
        return True  # "A truck struck a car on the highway near Kidal, killing two"
    for verb in verbs:
        if accident(verb) or nonviolent_death(verb) or by_accident(verb):
            return True
        if any(c.dep_ == "advcl" and accident(c) for c in verb.children):
            return True  # "two soldiers were killed when their vehicle overturned"
        for c in verb.children:
            who = c
            if c.dep_ == "agent":
                who = next((g for g in c.children if g.dep_ == "pobj"), c)
            elif c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" and verb.dep_ == "relcl":
                who = verb.head  # "landslides (in the district) that killed 22"
                while not named(who) and who.dep_ == "pobj" and who.head.dep_ == "prep" and who.head.head.pos_ == "NOUN":
                    who = who.head.head
            elif c.dep_ not in ("nsubj", "dobj"):
                continue
            if named(who):
                return True
    return False


def attack_ruled_out(doc: Any, start: int, end: int) -> bool:
    """Does the candidate's sentence rule out an attack ("..., the ministry said, adding that there was no attack",
    "Lightning, not an attack, caused the explosion", "the authorities ... ruled out an attack", "were controlled
    detonations of old munitions"; triggers.toml [hazards] no_attack), or is the candidate the fire a thing caught ("an
    army truck ... overturned and *caught fire*")? A blast or fire told so is an accident: no violent event. Arrests and
    protests the sentence tells stay the classifier's call."""
    tok = doc[start:end].root
    if tok.lemma_.lower() == "fire" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "catch":
        return True
    sent = doccache.sentence(doc, start)
    return bool(hazards().no_attack.search(doccache.span_text(doc, sent.start, sent.end)))


def by_accident(verb: Any) -> bool:
    """Is the verb's act told as done by accident ("a soldier *accidentally* shot dead a colleague while cleaning his rifle",
    "a grenade exploded *accidentally*"), or as a weapon's blast during training ("a training grenade *exploded during an
    exercise* at the Adazi range")? triggers.toml [hazards] accidental, drills, blast_verbs. An accident, no event."""
    h = hazards()
    if any(c.dep_ in ("advmod", "amod") and c.lower_ in h.accidental for c in verb.children):
        return True
    return verb.lemma_.lower() in h.blast_verbs and any(
        c.dep_ == "prep" and c.lower_ == "during" and any(g.dep_ == "pobj" and in_words(g, h.drills) for g in c.children) for c in verb.children)


def drilled(tok: Any, verbs: list[Any]) -> bool:
    """Is the trigger an act of a drill ("NATO aircraft conducted a *simulated* air strike", "soldiers detonated smoke grenades
    *in a counter-terrorism drill*", "as part of the Steadfast Defender drills")? The trigger or its verb's object marked as
    feigned, or its verb "in", "during" or "as part of" a drill or exercise (triggers.toml [hazards] feigned, drills); not
    when a non-state armed group is the doer ("militants attacked soldiers during a training exercise")."""
    h = hazards()
    if not verbs:
        return tok.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and c.lower_ in h.feigned for c in tok.children)
    verb = verbs[0]
    if any(c.dep_ in ("nsubj", "agent") and any(in_words(t, NONSTATE_DOERS) for t in c.subtree) for c in verb.children):
        return False
    things = [tok] + [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.dep_ in ("amod", "compound") and c.lower_ in h.feigned for t in things for c in t.children):
        return True
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "as")):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            if g.lower_ == "part":  # "as part of the drills"
                g = next((x for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"), g)
            if in_words(g, h.drills):
                return True
    return False


def collision(verb: Any) -> bool:
    """A road vehicle that strikes or hits another ("A truck struck a car on the highway"): triggers.toml [hazards]
    vehicles as the subject and the object of a contact verb ([codebook] mine_contact_verbs), no weapon or explosive
    word in the sentence and no armed doer. A road accident (not "a pick-up struck a mine")."""
    h = hazards()
    if verb.lemma_.lower() not in codebook_words().mine_contact_verbs or any(t.lemma_.lower() in EXPLOSIVE_WORDS for t in doccache.sent_of(verb)):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(subjects) and bool(objects) and all(in_words(t, h.vehicles) and not names_armed(t) for t in (*subjects, *objects))


def nonviolent_death(verb: Any) -> bool:
    """Does the sentence put a death down to a cause that is no violence ("Sgt. Doe died May 10 in Baghdad as a
    result of a non-combat related incident", "died of natural causes", "were killed in a road accident";
    triggers.toml [hazards] causes, in a phrase or clause of the verb of dying)? A death notice, no event."""
    h = hazards()
    if verb.lemma_.lower() not in h.death_verbs or any(t.lemma_.lower() in EXPLOSIVE_WORDS for t in doccache.sent_of(verb)):
        return False
    doc = verb.doc
    for child in verb.children:
        if child.dep_ in ("prep", "advcl", "agent") and h.causes.search(doc[child.left_edge.i : child.right_edge.i + 1].text):
            return True
    return False


def accidental_blast(tok: Any) -> bool:
    """Is ``tok`` a blast or explosion of an accident: named by what blew up ("a gas cylinder blast", "a methane
    explosion") or at such a place ("a blast at a fireworks factory")? triggers.toml [hazards] sources."""
    sources = hazards().sources
    if tok.lemma_.lower() not in codebook_words().blasts:  # not "a bomb at a fireworks shop"
        return False
    near = [c for c in tok.children if c.dep_ in ("compound", "amod")]
    near += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "in") for g in c.children if g.dep_ == "pobj"]
    return any(in_words(t, sources) for n in near for t in n.subtree if t.i < tok.i or n.dep_ == "pobj")
