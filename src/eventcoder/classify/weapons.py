"""Weapons in a candidate's sentence: a weapon named as a thing ("destroyed an ISIL mortar") is no trigger;
a weapon that does the act ("a drone dropped explosives") names the remote-violence sub-type."""

from __future__ import annotations

from typing import Any

from ..catalogue import words
from ..events import cues as discourse
from ..lexicon import TriggerEntry, hazards, triggers

# one word list per concept: the actor catalogue's (resources/actors/words.toml)
EXPLOSIVE_WORDS = words("explosives")
WEAPON_TYPES = {"Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade", "Chemical weapon"}
INVENTORY_VERBS = {"destroy", "damage", "neutralize", "neutralise", "find", "discover", "seize", "capture", "recover", "include", "produce", "store", "manufacture", "clear", "dismantle", "eliminate"}


# nouns that name the use of a weapon ("rocket attack", "mortar fire"), not the weapon as a thing
ACT_NOUNS = frozenset({"attack", "fire", "strike", "barrage", "salvo"})


def is_weapon_object(doc: Any, start: int, end: int, entry: TriggerEntry) -> bool:
    """A weapon named as a thing, not as something used: "destroyed an ISIL mortar", "IED facilities", or what a
    fight was fought with."""
    tok = doc[start:end].root
    if tok.pos_ == "NOUN" and _fought_with(tok):
        return True  # "fought with sticks, machetes and crude bombs" (any weapon word: "bomb" is an air strike's too)
    if entry.sub_event_type not in WEAPON_TYPES:
        return False
    if firework(tok):
        return True  # "fireworks mortars were fired at police": a firework, no weapon
    if end - start > 1 and (tok.lemma_.lower() in ACT_NOUNS | {"blast"} or tok.dep_ in ("nsubj", "nsubjpass")):
        return False  # a phrase that names the act ("rocket attack", "mortar fire") or does it ("a car bomb destroyed")
    if tok.dep_ == "compound" and tok.head.i >= end and tok.head.lemma_.lower() not in ACT_NOUNS:
        return True
    node, steps = tok, 0
    while node.head.i != node.i and steps < 3:
        node, steps = node.head, steps + 1
        if node.lemma_.lower() in INVENTORY_VERBS:
            return True
        if node.pos_ == "VERB":
            break
    return False


def firework(tok: Any) -> bool:
    """Is the weapon word a firework ("fireworks mortars", "firework rockets", "pyrotechnic bombs")? triggers.toml
    [hazards] pyrotechnics, as a modifier of the word."""
    fireworks = hazards().pyrotechnics
    return any(c.dep_ in ("compound", "amod", "nmod") and (c.lemma_.lower() in fireworks or c.lower_ in fireworks) for c in tok.children)


# the sub-types of a fight: the weapons it is fought with are no event of their own
FIGHT_TYPES = frozenset({"Armed clash", "Violent demonstration", "Mob violence"})


def _fought_with(tok: Any) -> bool:
    """Is the weapon what a fight was fought with ("supporters of two parties fought with sticks, machetes and crude
    bombs")? The object of "with" (or one of a list of them) under a specific trigger verb of a clash or riot."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    verb = tok.head.head
    fight = {w for e in triggers() if e.specific and e.sub_event_type in FIGHT_TYPES for w in e.lemmas}
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in fight or verb.lower_ in fight)


# sub-types a weapon agent overrides (any when the classifier is unsure; a sure suicide bombing, chemical
# attack or non-violent type stays)
AGENT_RETYPED = {"Attack", "Armed clash", "Disrupted weapons use", "Air/drone strike", "Shelling/artillery/missile attack",
                 "Remote explosive/landmine/IED", "Grenade"}


def weapon_agent(doc: Any, start: int, end: int) -> str | None:
    """The remote-violence sub-type named by the weapon that is the subject of the trigger's clause: the
    trigger noun itself ("two strikes destroyed ..."), the subject of a trigger verb ("drones attacked"), or
    of the verb a trigger participle hangs on ("a motorcycle packed with explosives blew up, injuring seven").
    None when the subject is no weapon."""
    c = discourse()
    tok = max(doc[start:end], key=lambda t: (t.pos_ in ("NOUN", "VERB"), t.i))
    if tok.pos_ in ("NOUN", "PROPN"):
        # the subject of a finite verb ("two strikes destroyed"), not of a participle ("an IED weighing 5 kg")
        subjects = [tok] if tok.dep_ == "nsubj" and tok.head.tag_ in ("VBD", "VBZ", "VBP") else []
    else:
        # every subject: a dateline the parser glued to the sentence ("CALI, Colombia — A motorcycle ...") is one too
        subjects = [ch for ch in tok.children if ch.dep_ == "nsubj"]
        if not subjects and tok.dep_ in ("advcl", "xcomp") and tok.head.pos_ == "VERB":
            subjects = [ch for ch in tok.head.children if ch.dep_ == "nsubj"]  # "..., injuring seven"
    for subject in subjects:
        if firework(subject):
            continue  # "firework rockets exploded near the police line"
        if (kind := c.agents.get(subject.lemma_.lower())) is not None:
            return kind
        for mod in subject.children:
            if mod.dep_ in ("compound", "amod", "nmod") and subject.lemma_.lower() in c.bearers and (kind := c.agents.get(mod.lemma_.lower())) is not None:
                return kind  # "rocket fire hit", "explosives-laden car" (not "anti-explosives officers", "the mine action service")
            if mod.dep_ in ("acl", "amod") and mod.lower_ in c.carriers:
                for t in mod.subtree:
                    if t.i != mod.i and (kind := c.agents.get(t.lemma_.lower())) is not None:
                        return kind  # "a car laden with explosives"
    return None
