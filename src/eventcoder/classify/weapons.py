"""Weapons in a candidate's sentence: a weapon named as a thing ("destroyed an ISIL mortar") is no trigger;
a weapon that does the act ("a drone dropped explosives") names the remote-violence sub-type."""

from __future__ import annotations

from typing import Any

from .. import doccache
from ..catalogue import words
from ..events import cues as discourse
from ..lexicon import TriggerEntry, codebook_words, hazards, triggers
from ..syntax import in_words

# one word list per concept: the actor catalogue's (resources/actors/words.toml)
EXPLOSIVE_WORDS = words("explosives")
WEAPON_TYPES = {"Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade", "Chemical weapon"}
INVENTORY_VERBS = {"destroy", "damage", "neutralize", "neutralise", "find", "discover", "seize", "capture", "recover", "include", "produce", "store", "manufacture", "clear", "dismantle", "eliminate"}


# nouns that name the use of a weapon ("rocket attack", "mortar fire"), not the weapon as a thing
ACT_NOUNS = frozenset({"attack", "fire", "strike", "barrage", "salvo", "explosion", "detonation"})  # "IED detonation": the act


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
    return any(c.dep_ in ("compound", "amod", "nmod") and in_words(c, fireworks) for c in tok.children)


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
    return verb.pos_ == "VERB" and in_words(verb, fight)


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


def weapon_instrument(doc: Any, start: int, end: int) -> str | None:
    """The remote-violence sub-type named by the carrier of what a trigger verb's act was done with ("troops were attacked
    with explosives *launched from drones*"), or None. Not the weapon alone: "attacked the post with rockets and small
    arms" is often a clash."""
    c = discourse()
    tok = doc[start:end].root
    if tok.pos_ != "VERB":
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        # the participle of the carrier hangs on the object, or (misparsed) is a conjunct of the verb with no subject
        launchers = [ch for ch in tok.children if ch.dep_ == "conj" and ch.tag_ == "VBN" and ch.i > prep.i
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in ch.children)]
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            launchers += [a for a in obj.children if a.dep_ == "acl"]
            carried = [g for a in launchers for p in a.children if p.dep_ == "prep" and p.lower_ == "from"
                       for g in p.children if g.dep_ == "pobj"]
            for noun in carried:
                if (kind := c.agents.get(noun.lemma_.lower())) is not None:
                    return kind
    return None


def intercepted(doc: Any, start: int, end: int) -> bool:
    """Are the trigger's projectiles (words.toml launched) intercepted (discourse.toml [interception]): the trigger is the interception verb
    ("downed four drones", "were shot down"), the projectile it takes ("intercepted two *missiles*"), or a participle
    describing that projectile ("all drones *launched* toward Odesa overnight were destroyed")? The verb is not denied,
    and its object or passive subject (or what "N of" counts: "shot down 41 of 62 drones") is a projectile; no one is
    killed or wounded in the sentence (then a strike got through)."""
    c = discourse()
    projectiles = words("launched")

    def projectile(t: Any) -> bool:
        return in_words(t, projectiles) \
            or any(m.dep_ in ("compound", "amod") and m.lower_ in projectiles for m in t.children)

    def interception(v: Any) -> bool:
        if v.pos_ != "VERB" or any(ch.dep_ == "neg" for ch in v.children):
            return False
        particle = next((ch.lower_ for ch in v.children if ch.dep_ == "prt"), None)
        return v.lemma_.lower() in c.interception_verbs or (particle is not None and f"{v.lemma_.lower()} {particle}" in c.interception_verbs)

    tok = doc[start:end].root
    if any(t.pos_ == "VERB" and t.lemma_.lower() in words("casualty_verbs") and not any(ch.dep_ == "neg" for ch in t.children)
           for t in doccache.sent_of(tok)):
        return False  # "a drone dropped explosives on a base, wounding two soldiers; other drones were shot down": a strike
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ == "NOUN":
        tok = tok.head  # "drones launched toward Odesa": the drones
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass", "nsubj"):
        tok = tok.head  # the verb of the projectile ("intercepted two missiles", "the missiles fired toward X were destroyed")
    if tok.pos_ == "VERB" and not interception(tok) and any(ch.dep_ == "nsubj" and projectile(ch) for ch in tok.children):
        # the parser's "drones [launched overnight] were destroyed": a passive interception verb with no subject of its
        # own hung on the projectiles' participle
        return any(ch.dep_ in ("advcl", "conj") and interception(ch) and any(g.dep_ == "auxpass" for g in ch.children)
                   and not any(g.dep_ in ("nsubj", "nsubjpass") for g in ch.children) for ch in tok.children)
    if not interception(tok):
        return False
    taken = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    # "downed several drones crossing its airspace": the parser's small clause, its subject the object
    taken += [g for ch in tok.children if ch.dep_ == "ccomp" and ch.tag_ == "VBG" for g in ch.children if g.dep_ == "nsubj"]
    taken += [g for t in taken for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    taken += [cj for t in taken for cj in t.conjuncts]
    return any(projectile(t) for t in taken)


def thrown_no_explosive(doc: Any, start: int, end: int) -> bool:
    """Is the trigger a verb of throwing (discourse.toml [crowd] throw_verbs) whose object, or passive subject, names no grenade or explosive ("bottles had been
    thrown at officers", "youths hurled stones at the patrol"), or a verb of harm whose agent is such a thing thrown
    ("two officers were hurt by thrown bottles")? Bottles and stones make no Grenade event (the
    classifier's Grenade at "thrown"); a petrol bomb is an explosive word here and is typed by
    ``events.codebook_type.thrown_incendiary``."""
    from ..events.references import lexicon_word

    from ..syntax import passive_agents

    tok = doc[start:end].root
    throw = discourse().throw_verbs
    if tok.pos_ == "VERB" and tok.lemma_.lower() not in throw:
        # people hurt by things thrown ("two officers were hurt by thrown bottles", "by stones thrown from the crowd"):
        # the agent a participle of throwing describes is what was thrown
        thrown = [a for a in passive_agents(tok)
                  if any(ch.dep_ in ("amod", "acl") and ch.pos_ == "VERB" and ch.lemma_.lower() in throw for ch in a.children)]
    elif tok.pos_ != "VERB":
        return False
    else:
        # what is thrown; the subject of a bare participle too ("Grenade thrown into the crowd")
        thrown = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass") or (ch.dep_ == "nsubj" and tok.tag_ == "VBN")]
    thrown += [cj for t in thrown for cj in t.conjuncts]

    def explosive(t: Any) -> bool:
        return any(in_words(w, EXPLOSIVE_WORDS) or lexicon_word(w.lemma_.lower(), "Grenade")
                   for w in (t, *(m for m in t.children if m.dep_ in ("compound", "amod", "nmod"))))

    # an incendiary ("a Molotov cocktail", "petrol bombs") is typed by events.codebook_type.thrown_incendiary
    incendiary = codebook_words().incendiaries
    return bool(thrown) and not any(explosive(t) or incendiary.search(doc[t.left_edge.i : t.i + 1].text) for t in thrown)


def struck_place(doc: Any, start: int, end: int) -> tuple[int, str] | None:
    """The remote-violence sub-type of a weapon that hit a place, told by the participle or relative clause that describes
    the place ("the rubble of a market in Idlib *hit* on Thursday by what the civil defence said were Russian air strikes",
    "the house ... that *was hit* on Monday by a drone"): a passive verb describing a noun, with a day of its own and a
    weapon (discourse.toml agents) in its "by" phrase. The sentence's news is then what was found in the ruins; the
    strike is the event, told by the verb (its index is returned with the kind; the weapon may be a plural read as a tally).
    None otherwise."""
    c = discourse()
    tok = doc[start:end].root
    verb = next((v for v in (tok, *tok.ancestors) if v.pos_ == "VERB" and v.tag_ == "VBN" and v.dep_ in ("relcl", "acl")
                 and any(ch.dep_ == "agent" for ch in v.children)), None)
    if verb is None or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(ch.dep_ in ("prep", "npadvmod") and any(t.ent_type_ == "DATE" for t in ch.subtree) for ch in verb.children):
        return None  # no day of its own: a description ("a town hit by shelling for months")
    for agent in (ch for ch in verb.children if ch.dep_ == "agent"):
        nested = {t.i for t in agent.subtree if t.dep_ in ("relcl", "acl") for t in t.subtree}
        for t in agent.subtree:
            if t.i not in nested and t.pos_ in ("NOUN", "PROPN") and not firework(t) and (kind := c.agents.get(t.lemma_.lower())) is not None:
                return verb.i, kind
    return None


def mine_struck(doc: Any, start: int, end: int) -> str | None:
    """A remote explosive run into ("a vehicle carrying wedding guests *struck* a mine", "a boy *stepped* on a landmine",
    "their truck *ran* over an IED"): a verb of triggers.toml [codebook] mine_contact_verbs (the trigger, or the verb it
    is the object of) whose object, or the object of its "on"/"over"/"into", is a remote-explosive weapon word
    (discourse.toml agents). Returns that sub-type, else None (not "struck a car", "hit the headlines")."""
    c = discourse()
    tok = doc[start:end].root
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in codebook_words().mine_contact_verbs:
        return None
    things = [ch for ch in verb.children if ch.dep_ == "dobj"]
    things += [g for p in verb.children if p.dep_ in ("prep", "prt") and p.lower_ in ("on", "over", "into") for g in p.children if g.dep_ == "pobj"]
    for t in things:
        kind = c.agents.get(t.lemma_.lower())
        if kind == "Remote explosive/landmine/IED" and not firework(t):
            return kind
    return None


REMOTE = "Remote explosive/landmine/IED"


def remnant_blast(doc: Any, start: int, end: int) -> str | None:
    """A remnant of war going off (eval/WRITERS.md Explosive remnants): a munition noun (triggers.toml [codebook]
    remnants) that is the subject of a verb of going off (`blast_verbs`) — the trigger's verb, the verb the trigger is the
    subject of, or a clause hung on the trigger's verb ("were killed when a mine *went off* under their cart") — and is a
    mine, or a remnant by a modifier or participle (`remnant_marks`: "an *old* artillery shell", "a bomblet *left* from
    the war"). Returns the Remote explosive/landmine/IED sub-type, else None ("a shell exploded in the market": shelling)."""
    cw = codebook_words()
    tok = doc[start:end].root

    def going_off(v: Any) -> bool:
        if v.pos_ != "VERB":
            return False
        lemma = v.lemma_.lower()
        return lemma in cw.blast_verbs or any(c.dep_ == "prt" and f"{lemma}:{c.lower_}" in cw.blast_verbs for c in v.children)

    verbs = [tok] if tok.pos_ == "VERB" else [tok.head] if tok.dep_ == "nsubj" else []
    own = [*verbs, *(c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")]  # "was killed and ... injured when"
    verbs += [c for v in own for c in v.children if c.dep_ == "advcl"]
    if tok.pos_ == "VERB" and tok.dep_ in ("advcl", "conj"):
        verbs.append(tok.head)  # "exploded as a herder *dug* a well", "exploded, *killing* him": the blast's own clause
    for verb in (v for v in verbs if going_off(v)):
        for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in cw.remnants and not firework(c)):
            if subj.lemma_.lower() in ("mine", "landmine") or any(
                    c.dep_ in ("amod", "acl", "compound") and in_words(c, cw.remnant_marks) for c in subj.children):
                return REMOTE
    return None


def disrupted_weapon(weapon: Any, verb: Any) -> bool:
    """Is the weapon noun what a verb of disrupted weapons use takes ("troops *found* two Katyusha *rockets* mounted on a
    timer ... and dismantled them", "Houthi *missiles* fired towards the UAE *were intercepted*", "*discovered* and destroyed a
    cache containing four mortar *shells*")? The noun hangs on the verb through nouns and the participles or clauses that
    describe it, not through a clause of its own ("*after* militants fired rockets at the base, troops found the launchers"),
    and is no subject of it; nobody is killed or wounded in the sentence (then the weapon struck: "a drone dropped
    explosives, wounding two soldiers; other drones were shot down"). The weapon is the thing disrupted, no strike."""
    if weapon.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" or weapon.i == verb.i:
        return False
    if any(t.pos_ == "VERB" and t.lemma_.lower() in words("casualty_verbs") and not any(ch.dep_ == "neg" for ch in t.children)
           for t in doccache.sent_of(weapon)):
        return False
    if weapon.dep_ == "nsubj" and verb.head.i == weapon.head.i and verb.dep_ in ("ccomp", "advcl", "conj") \
            and any(ch.dep_ == "auxpass" for ch in verb.children) and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        return True  # the parser's "missiles [fired towards the UAE] were intercepted": the passive verb's subject is the weapon
    node, steps = weapon, 0
    while node.i != verb.i and steps < 8:
        if node.dep_ in ("nsubj", "advcl", "agent") and node.head.i == verb.i:
            return False
        if node.pos_ == "VERB" and node.dep_ not in ("acl", "relcl", "ccomp", "conj", "xcomp"):
            return False
        if node.head.i == node.i:
            return False
        node, steps = node.head, steps + 1
    return node.i == verb.i
