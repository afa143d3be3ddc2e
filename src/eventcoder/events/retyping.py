"""The codebook retyping clustering needs to see: people captured are arrested, forces engaging fighters
fight a clash, attacks on armed posts are clashes, attempted territorial moves are clashes."""

from __future__ import annotations

import dataclasses
import functools
from typing import Any, Sequence

from .. import doccache
from ..lexicon import TERRITORY, codebook_words, subtype
from ..records import Mention
from ..syntax import PLACE_LABELS, in_words, list_head, passive_agents
from .cues import cues


def engaged_fighters(doc: Any, m: Mention) -> bool:
    """Does the trigger verb engage a group of fighters ("intercepted a column of armed terrorists")?"""
    from ..classify.armed_acts import names_armed  # imported late: classify reads this package

    c = cues()
    tok = doc[m.head]
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in c.engage_verbs:
        return False
    for obj in (ch for ch in tok.children if ch.dep_ == "dobj"):
        if armed_people(obj, modified=True):  # "terrorists", "armed men"
            return True
        if obj.lemma_.lower() in c.engage_groups:
            for prep in (ch for ch in obj.children if ch.dep_ == "prep" and ch.lower_ == "of"):
                # "a column of armed terrorists", "about 15 members of the New People's Army" (a catalogue armed group)
                if any(g.dep_ == "pobj" and (armed_people(g, modified=True) or names_armed(g)) for g in prep.children):
                    return True
    return False


# what forces engaging fighters were read as: a weapons interception, or a movement ("Troops of the 20th Infantry
# Battalion encountered about 15 members of the NPA": a clash, not a deployment)
ENGAGED_RETYPED = ("Disrupted weapons use", "Change to group/activity")


def _as_battle(m: Mention) -> Mention:
    return dataclasses.replace(m, event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence")


def captive(doc: Any, m: Mention) -> bool:
    """Is the trigger a strategic development (a territory change, "Other"...) whose verb takes a person ("captured a
    Taliban facilitator", "gunmen seized the principal of a school", "the commander was captured")? People taken are an
    arrest or an abduction, not ground changing hands."""
    c = cues()
    tok = doc[m.head]
    if not (m.event_type == "Strategic developments" or m.sub_event_type in TERRITORY) or m.sub_event_type == "Arrests" or tok.pos_ != "VERB" \
            or tok.lemma_.lower() not in c.capture_verbs:
        return False
    taken = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    return any(person(t) for t in taken)


# what the parse of people led off by armed men may read ("marched 12 passengers into the bush": a march; "stopped a bus
# and forced all 18 passengers to walk into the bush": Other): taken people (``led_off``)
LED_OFF_TYPES = ("Strategic developments", "Protests")


def led_off(doc: Any, m: Mention) -> bool:
    """Do armed men lead people off at the trigger's verb or a verb conjoined with it ("Gunmen stopped a bus ... and
    *marched* 12 passengers into the bush", "*forced* all 18 passengers to walk into the bush")? A verb of leading
    (discourse.toml [captives] lead_verbs) whose object names people, or an order verb (triggers.toml [codebook]
    order_verbs) whose object names people and whose complement is a verb of going (go_verbs), with a word of taking
    them off (off_words: "into the bush", "away"); the subject of the verbs names armed men."""
    c = cues()
    tok = doc[m.head]
    if tok.pos_ != "VERB":
        return False
    group = [tok, *tok.conjuncts]
    doers = [ch for v in group for ch in v.children if ch.dep_ == "nsubj"]
    if not any(armed_people(d, modified=True) for d in doers):
        return False

    def off(verb: Any) -> bool:
        return any(ch.lower_ in c.off_words and ch.dep_ in ("prep", "prt", "advmod") for ch in verb.children)

    for verb in group:
        people = [ch for ch in verb.children if ch.dep_ == "dobj" and person(ch)]
        if not people:
            continue
        lemma = verb.lemma_.lower()
        if lemma in c.lead_verbs and off(verb):
            return True
        if lemma in codebook_words().order_verbs and any(
                ch.dep_ in ("xcomp", "ccomp") and ch.lemma_.lower() in c.go_verbs and off(ch) for ch in verb.children):
            return True
    return False


def person(tok: Any) -> bool:
    """Does the noun name people (a word of the catalogue's lists of civilians, fighters, police and protesters, or a role
    noun such as "leader" or "soldier")? Not a name: the parser takes towns for people ("seized Bossembele")."""
    from ..catalogue import words

    lemma = tok.lemma_.lower()
    people = words("civilian") | words("armed") | words("police") | words("protesters") | cues().captive_roles
    return lemma in people or tok.lower_ in people


def armed_people(tok: Any, *, modified: bool = False) -> bool:
    """Does the word name armed people (the catalogue's ``armed`` words, by lemma or form: "the gunmen", "militants")?
    With ``modified``, also people an armed modifier describes ("armed men", "masked men")."""
    from ..catalogue import words

    armed = words("armed")
    return in_words(tok, armed) or (
        modified and any(a.dep_ == "amod" and a.lower_ in words("armed_modifiers") for a in tok.children))


def _as(m: Mention, sub_type: str) -> Mention:
    """The mention typed as ``sub_type`` (its event type, disorder type and PLOVER code with it)."""
    info = subtype(sub_type)
    return dataclasses.replace(m, event_type=info.event_type, sub_event_type=info.name, disorder_type=info.disorder_type, plover=info.plover)


def detention_word(doc: Any, m: Mention) -> bool:
    """Is an "Other" or "Disrupted weapons use" trigger a verb the lexicon gives only to arrests ("43 people had been
    detained, most of whom were released on Sunday": the release's words made the sentence "Other"; "The security force
    detained two additional suspected insurgents and seized multiple AK-47s": the weapons seized with the people held are
    the arrest's, as the snippet gold codes them, 4 of 4)? Or a riot's word given to forces' arrests (``_forces_did``)?"""
    from .references import lexicon_word

    tok = doc[m.head]
    if tok.pos_ != "VERB" or not lexicon_word(tok.lemma_.lower(), "Arrests"):
        return False
    if m.sub_event_type in ("Other", "Disrupted weapons use"):
        return True
    if m.event_type != "Riots" or not _forces_did(tok) or crowd_acted(doc, m.head, range(m.start_token, m.end_token)):
        return False
    if tok.dep_ == "advcl" and any(ch.dep_ == "mark" for ch in tok.children):
        return False  # what the riot was over: "villagers burned down the police post after officers detained a trader"
    from .hosts import outside_causes  # imported late: hosts reads this module

    # (not when the sentence tells violence besides what the arrests were over: "A mob ... attacked a Roma family's
    # house ..., injuring three people; police have arrested five suspects" is the mob's attack)
    return not cues().violence_told([t for t in outside_causes(doccache.sentence(doc, m.head)) if t.i != tok.i])


def _forces_did(verb: Any) -> bool:
    """Is the verb's subject (or that of the verb it is joined to) police or soldiers? "police raided six homes ... and
    arrested four people suspected of belonging to one of the gangs": the sentence's gang words made the arrest a mob's,
    but forces arresting people is an arrest (ACLED), never a riot of theirs. (The caller keeps the riot when the sentence
    tells the crowd's violence: "arrested 19 people after a demonstration turned violent, with youths throwing stones at
    officers" is the riot, its arrests part of it.)"""
    node = verb
    subjects = [ch for ch in node.children if ch.dep_ == "nsubj"]
    while not subjects and node.dep_ == "conj" and node.head.pos_ == "VERB":
        node = node.head
        subjects = [ch for ch in node.children if ch.dep_ == "nsubj"]
    # (every subject the parser gave: a dateline's town may be one, "MURCIA, Spain (Wire) — Police arrested nine people")
    forces = force_people()
    return any(in_words(s, forces) for s in subjects)


# (excessive force too: lethal force on a crowd that itself fights or throws stones is used on a riot, ACLED)
PROTESTS = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


def crowd_turned_violent(doc: Any, m: Mention) -> bool:
    """Does the sentence of a protest or its dispersal tell the crowd's own violence ("Police fired tear gas at farmers
    who hurled paving stones", "at students who were throwing stones at them", "after some of them set a dumpster on
    fire")? A crowd that throws stones, burns, loots or smashes riots (WRITERS.md, ACLED: a Violent demonstration, the
    force used on it inside the event). The act is the crowd's: done by a word of a crowd, a pronoun, the people a
    relative clause or participle describes, or nobody named; not by police, soldiers or anyone else ("The settlers also
    set fire to two cars before soldiers fired tear gas at the farmers"), not negated, and not told at a place of its own
    ("detained dozens in Rabat ..., while in Beni Mellal youths set fire to a bank branch")."""
    return m.sub_event_type in PROTESTS and crowd_acted(doc, m.head, range(m.start_token, m.end_token))


@functools.cache
def crowd_people() -> frozenset[str]:
    """Words of a crowd of people (words.toml protesters, rioters, crowd): who riots in crowd_acted, who leaves in
    parts.crowd_left."""
    from ..catalogue import words

    return words("protesters") | words("rioters") | words("crowd")


@functools.cache
def force_people() -> frozenset[str]:
    """Words of police and soldiers (words.toml police, military): the forces a crowd fights in crowd_acted, and whose
    arrests are never a riot of theirs (``_forces_did``)."""
    from ..catalogue import words

    return words("police") | words("military")


def crowd_acted(doc: Any, head: int, trigger: range) -> bool:
    """Does the sentence of the trigger at ``head`` (token indexes ``trigger``) tell a crowd's own violence at the
    trigger's scene (``crowd_turned_violent``)?"""
    c = cues()
    crowd = crowd_people()
    forces = force_people()
    for t in doccache.sentence(doc, head):
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or t.i in trigger or any(ch.dep_ == "neg" for ch in t.children):
            continue
        if lemma not in c.crowd_acts and not (lemma in c.arson_verbs and any(d.lemma_.lower() in c.arson for d in t.subtree)) \
                and not _burns_barricades(t, c) and not (lemma in c.crowd_riot and _with_forces(t, forces)) \
                and not (lemma in c.crowd_fights and (_with_forces(t, forces) or _fights_forces(t, forces))):
            continue
        if another_scene(t, head):
            continue  # the act at a place of its own ("while in Beni Mellal youths set fire ..."): another scene
        doer, described = doer_of(t)
        if doer is None or described:
            return True
        if in_words(doer, forces):
            continue
        if in_words(doer, crowd) or doer.pos_ in ("PRON", "DET", "NUM") or doer.ent_type_ == "CARDINAL":
            return True
        if person(doer) and not armed_people(doer) and not _acts_on_others(doc[head], doer):
            # "Residents of Birganj burned tyres and pelted stones at police ...; police fired several rounds in the air":
            # plain people, and the force acted on no other people ("The settlers set fire to two cars before soldiers
            # fired tear gas at the farmers" is another party's act)
            return True
    return False


def _with_forces(verb: Any, forces: frozenset[str]) -> bool:
    """Is the verb's "with" one of police or soldiers ("cadres *clashed* with riot police", "scuffled with police")?"""
    return any(ch.dep_ == "prep" and ch.lower_ == "with" and any(
        g.dep_ == "pobj" and in_words(g, forces) for g in ch.children) for ch in verb.children)


def _fights_forces(verb: Any, forces: frozenset[str]) -> bool:
    """Is the verb's direct object police or soldiers ("fought the officers", "attacked police")?"""
    return any(ch.dep_ == "dobj" and in_words(ch, forces) for ch in verb.children)


def _burns_barricades(t: Any, c: Any) -> bool:
    """Is ``t`` a verb of burning ([crowd] burn_verbs) whose object, or the noun it describes, is a tyre or barricade
    ([crowd] burnt_barricades): "burned tyres at the crossroads", "blocked roads with *burning* tyres"?"""
    if t.lemma_.lower() not in c.burn_verbs:
        return False
    things = [t.head] if t.dep_ == "amod" else [ch for ch in t.children if ch.dep_ in ("dobj", "nsubjpass")]
    return any(in_words(n, c.burnt_barricades) for n in things)


def _acts_on_others(verb: Any, doer: Any) -> bool:
    """Does ``verb`` (the trigger's act) take as its object, or "at"/"on" whom, people other than ``doer``'s word?"""
    for ch in verb.children:
        targets = [ch] if ch.dep_ == "dobj" else [g for g in ch.children if g.dep_ == "pobj"] if ch.dep_ == "prep" and ch.lower_ in ("at", "on", "against") else []
        if any(person(n) and n.lemma_.lower() != doer.lemma_.lower() for n in targets):
            return True
    return False


def another_scene(t: Any, head: int) -> bool:
    """Is the clause of ``t`` one that does not hold the trigger at ``head`` and names a place of its own ("..., while
    in Beni Mellal youths set fire to a bank branch and threw stones")?"""
    clause = _clause_of(t)
    if clause.dep_ in ("relcl", "acl") or any(d.i == head for d in clause.subtree):
        return False  # what the people the trigger names did ("fired at youths who hurled rocks at them in Nairobi")
    # ... and the trigger's own clause names a place too ("detained dozens of young people in central Rabat"): a clause
    # that names none ("Residents burned tyres at Ghantaghar ...; police fired several rounds in the air") is at the act's place
    if not _names_place(clause):
        return False
    act = {d.i for d in clause.subtree}
    c = cues()
    return any(p.dep_ == "prep" and p.lower_ in c.locatives and p.i not in act and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in PLACE_LABELS) for g in p.children)
        for p in _clause_of(t.doc[head]).subtree)


def _clause_of(t: Any) -> Any:
    clause = t
    while clause.pos_ not in ("VERB", "AUX") and clause.head is not clause:
        clause = clause.head  # a noun ("burning barricades") belongs to its verb's clause
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head  # "youths set fire to a bank branch and threw stones"
    return clause


def _names_place(clause: Any) -> bool:
    """Does the clause name a place of its own: "in Beni Mellal" (or the place right after the preposition: "while in
    Bulawayo students burned tyres", which the parser reads as a compound of "students")?"""
    c = cues()
    doc = clause.doc
    return any(ch.dep_ == "prep" and ch.lower_ in c.locatives and (
        any(g.dep_ == "pobj" and g.ent_type_ in PLACE_LABELS for g in ch.children)
        or (ch.i + 1 < len(doc) and doc[ch.i + 1].ent_type_ in PLACE_LABELS)) for ch in clause.children)


def doer_of(verb: Any) -> tuple[Any | None, bool]:
    """Who did the verb, and whether it is the noun a relative clause or participle describes ("farmers who hurled
    paving stones", "students throwing stones"): the agent of a passive, the subject, or that of the verb it is
    conjoined with; None when unsaid."""
    node = verb
    for _ in range(4):
        agent = next(iter(passive_agents(node)), None)
        if agent is not None:
            return agent, False
        subj = next((ch for ch in node.children if ch.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                return node.head, True
            return subj, False
        if any(ch.dep_ == "nsubjpass" for ch in node.children):
            return None, False
        if node.dep_ == "acl" and not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in node.children):
            return node.head, True  # not "nobody has the right to throw rocks"
        if node.dep_ not in ("conj", "xcomp") or node.head is node:
            return None, False
        node = node.head
    return None, False


def retype(doc: Any, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """The codebook retyping clustering needs to see (``assemble`` types the events again from their actors): forces
    engaging fighters fight a clash, and so do forces or a post attacked or fired on ("Gunmen opened fire on the
    checkpoint", telling again the lead's "killed two policemen at a checkpoint", is that clash); people captured or
    detained, or led off by armed men, are arrested; a protest whose crowd turned violent is a riot."""
    return tuple(_as_battle(m) if (engaged_fighters(doc, m) and m.sub_event_type in ENGAGED_RETYPED)
                 or (m.sub_event_type == "Attack" and armed_target(doc, m)) or grenades_in_a_fight(doc, m)
                 else _as(m, "Arrests") if captive(doc, m) or detention_word(doc, m) or (m.event_type in LED_OFF_TYPES and led_off(doc, m))
                 else _as(m, "Violent demonstration") if crowd_turned_violent(doc, m) else m for m in mentions)


def attempted(doc: Any, m: Mention) -> bool:
    """Is the trigger only attempted ("attempted to seize", "tried to retake", "a failed bid to capture")?"""
    tok = doc[m.head]
    attempt = cues().attempt
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in attempt:
        return True
    return tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in attempt  # "a bid to capture"


def armed_target(doc: Any, m: Mention) -> bool:
    """Is the object of an attack verb armed forces or their post ("attacked a police checkpoint", "attacked
    two army posts", "stormed a military base")? A "station" or "camp" needs a modifier saying so. So are forces
    shot at ("a patrol was fired upon", "troops came under fire", ``classify.armed_acts.fired_upon``) or killed or
    wounded ("two police officers were shot dead", ``classify.armed_acts.forces_hit``)."""
    from ..classify.armed_acts import fired_upon, forces_hit  # imported late: classify reads this package

    return armed_object(doc[m.head]) or fired_upon(doc, m.start_token, m.end_token) or forces_hit(doc, m.start_token, m.end_token)


def grenades_in_a_fight(doc: Any, m: Mention) -> bool:
    """Is the trigger the grenades of a gun fight, or the verb firing them: grenades listed with small arms (discourse.toml
    [targets] small_arms) that are fired at, or used to attack, armed forces or their post ("fired rifle grenades and
    machine guns at the detachment", "attacked the outpost with grenades and AK-47 rifles")? ACLED codes the fight, an
    Armed clash, whatever the classifier read into the weapon words (a Grenade, a disrupted weapons use)."""
    if m.event_type == "Battles":
        return False
    tok = doc[m.head]
    if tok.pos_ == "VERB":
        held = [g for ch in tok.children if ch.dep_ == "dobj" or (ch.dep_ == "prep" and ch.lower_ == "with")
                for g in ([ch] if ch.dep_ == "dobj" else [g for g in ch.children if g.dep_ == "pobj"])]
        tok = next((g for g in held if g.lemma_.lower() == "grenade"), tok)
    if tok.lemma_.lower() != "grenade":
        return False
    arms = cues().small_arms
    if not any(in_words(g, arms) for g in tok.conjuncts):
        return False
    top = list_head(tok)
    if top.dep_ == "dobj":
        verb = top.head
    elif top.dep_ == "pobj" and top.head.lower_ == "with":
        verb = top.head.head
    else:
        return False
    return armed_object(verb)


def attack_of(doc: Any, m: Mention) -> Any | None:
    """The attack verb a weapons seizure is conjoined with ("attacked a police station and seized weapons"),
    or None."""
    tok = doc[m.head]
    attack = cues().attack_verbs
    for _ in range(3):
        if tok.dep_ not in ("dobj", "conj") or tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in attack:
            return tok
    return None


def armed_object(tok: Any) -> bool:
    """Is the direct object of this attack verb armed forces or their post?"""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() == "fire" and tok.dep_ == "dobj":
        tok = tok.head  # "opened fire on a checkpoint": the verb the fire is opened by
    if tok.pos_ != "VERB":
        return False
    # what is attacked, or fired on ("opened fire on the checkpoint", "fired at an army patrol")
    fired = tok.lemma_.lower() == "fire" or any(ch.dep_ == "dobj" and ch.lemma_.lower() == "fire" for ch in tok.children)
    shot_at = [g for ch in tok.children if fired and ch.dep_ == "prep" and ch.lower_ in ("on", "at", "upon")
               for g in ch.children if g.dep_ == "pobj"]
    return any(armed_noun(obj) for obj in [ch for ch in tok.children if ch.dep_ == "dobj"] + shot_at)


def armed_noun(noun: Any) -> bool:
    """Does the noun name armed forces or their post (``armed_post``), other than a convoy that carries others ("a convoy
    of cattle traders": the people in it are the target)?"""
    return armed_post(noun) and not (noun.lower_ in cues().convoys and _carries_others(noun, cues()))


def armed_post(noun: Any) -> bool:
    """Does the noun name armed forces or their post (discourse.toml [targets]: "troops", "a checkpoint"; a "station",
    "camp" or "base" only with a modifier saying so, "a police station")?"""
    c = cues()
    low = noun.lower_
    if low not in c.armed_targets:
        return False
    mods = {ch.lower_ for ch in noun.children if ch.dep_ in ("compound", "amod", "nmod")}
    return low not in c.ambiguous_targets or bool(mods & c.armed_modifiers)


def _carries_others(noun: Any, c: Any) -> bool:
    """Does a convoy carry what the text names, none of it armed ("a convoy of aid trucks", "a convoy of passenger vehicles
    carrying pilgrims"; not "a convoy of army trucks", "a convoy of vehicles carrying soldiers")?"""
    carried: list[Any] = []
    todo = [noun]
    while todo and len(carried) < 8:
        node = todo.pop()
        found = [g for ch in node.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children if g.dep_ == "pobj"]
        found += [g for ch in node.children if ch.dep_ == "acl" for g in ch.children if g.dep_ == "dobj"]
        carried += found
        todo += found
    return bool(carried) and not any(
        g.lower_ in c.armed_targets or {m.lower_ for m in g.children if m.dep_ in ("compound", "amod", "nmod")} & c.armed_modifiers
        for g in carried)
