"""ACLED codebook rules on arrests: an arrest made at a protest or of people for what they do there (Protest with
intervention), an arrest over political violence or of a political or armed-group member (Arrests, however much it
looks like a crime report), by the armed forces or by police who take someone away (Arrests), and for an ordinary
crime (no event); arrests told with an operation of their own were made away from any crowd."""

from __future__ import annotations

import functools
from typing import Any

from .. import doccache
from ..catalogue import by_name, words
from ..events import cues as discourse
from ..lexicon import TriggerEntry, codebook_words, crimes, protest_context, triggers
from ..syntax import in_words, list_head, misread_participle, subjects
from .armed_acts import ORGANISED_ARMED, names_nonstate
from .codebook import POLITICAL_PERSONS, about_violent_event
from .status import ACCUSING_LEMMAS
from .weapons import EXPLOSIVE_WORDS

FORCE_WORDS = words("military") | words("police")  # soldiers and police: no captors freeing captives, no victims of arrested attackers


def arrest_at_protest(doc: Any, start: int, end: int) -> bool:
    """Codebook: arrests made at a protest are a Protest with intervention ("police arrested 14 activists as they
    held a sit-in", "detained 20 people during a march"): a clause of the arrest marked "as"/"while"/"when" whose
    verb or object is a gathering, or a phrase "during"/"at" a gathering. Arrests away from a protest ("as he
    headed to join the protests", "a day after the sit-in") stay Arrests."""
    ctx = protest_context()

    def gathering(t: Any) -> bool:
        return in_words(t, ctx.gathering)

    tok = doc[start:end].root
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for child in verb.children:
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ctx.during for g in child.children):
            # "as they gathered", "as they held a sit-in" (the parser splits "sit-in": "sit" is a compound of "in")
            if gathering(child) or any(g.dep_ == "dobj" and (gathering(g) or any(c.dep_ == "compound" and gathering(c) for c in g.children))
                                       for g in child.children):
                return True
        elif child.dep_ == "prep" and child.lower_ in ctx.during:
            # "as small crowds gathered" (parsed as a preposition), "during a march", "at a sit-down protest"
            if any(g.dep_ == "pobj" and (gathering(g) or any(a.dep_ == "acl" and gathering(a) for a in g.children)) for g in child.children):
                return True
    return False


def arrest_word(tok: Any) -> bool:
    """Is the token a word the lexicon gives to arrests ("detained", "arrest"), whatever the classifier typed it?"""
    from ..events.references import lexicon_word

    return lexicon_word(tok.lemma_.lower(), "Arrests")


def arrested_at_the_scene(doc: Any, start: int, end: int) -> bool:
    """Codebook (WRITERS.md arrests tied to a protest): people arrested for what they do at the protest are arrested at
    it, a Protest with intervention: the sentence has them refuse to leave ("Two women who refused to leave the road
    were detained", "arrested 30 activists who refused orders to disperse"), or the clause that describes the
    arrested tells their gathering, blockade or a placard they hold ("a student who stood with a placard outside the prison",
    "detained 17 union members after they blocked the terminal gates"; not "two days after they marched")."""
    ctx = protest_context()

    def lemma(t: Any) -> str:
        return t.lemma_.lower()

    def scene_act(verb: Any) -> bool:
        if lemma(verb) in ctx.gathering - ctx.bare_gathering or any(ch.dep_ == "compound" and lemma(ch) in ctx.gathering for ch in verb.children):
            return True
        if lemma(verb) in ctx.blocking and any(ch.dep_ == "dobj" and lemma(ch) in ctx.ways for ch in verb.children):
            return True
        return any(lemma(t) in ctx.props and lemma(list_head(t).head) in ctx.holding for t in verb.subtree)

    tok = doc[start:end].root
    sent = doccache.sent_of(tok)
    if any(lemma(t) in ctx.refusing and any(lemma(d) in ctx.staying for d in t.subtree if d.i != t.i) for t in sent):
        return True
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    arrested = [t for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass") for t in (ch, *(g for g in ch.subtree if g.dep_ == "conj"))]
    # ... and the body they belong to ("forty members of a tribal rights group *who were marching* to the assembly")
    arrested += [g for t in arrested for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    if any(ch.dep_ == "relcl" and scene_act(ch) for t in arrested for ch in t.children):
        return True
    for ch in verb.children:
        if ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ctx.during | ctx.just_after for g in ch.children) \
                and any(g.dep_ == "nsubj" and g.pos_ == "PRON" for g in ch.children) \
                and not any(g.dep_ == "npadvmod" for g in ch.children) and scene_act(ch):
            return True
    return False


def crime_arrest(doc: Any, start: int, end: int) -> bool:
    """An arrest for an ordinary crime: the arrested ("suspected car snatchers") or what they are held for ("on
    suspicion of murder", "with smuggled cough syrup", "over a fraudulent exchange") name a crime (triggers.toml
    [crime]). ACLED codes no such arrest."""
    crime = crimes()
    tok = doc[start:end].root
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if tok.dep_ == "pobj" and verb.pos_ == "ADP" and verb.head.pos_ == "VERB":
        verb = verb.head  # "arrested 14 people in *raids* on properties as part of an investigation into drug dealing"
    told = []
    for ch in verb.children:
        if ch.dep_ in ("dobj", "nsubjpass"):
            # the arrested and what they are described by ("suspected car snatchers", "men suspected of burglaries"),
            # not whom they are related to ("a son of the jailed drug lord")
            told += [ch] + [t for g in ch.children if g.dep_ in ("compound", "amod", "acl", "relcl") for t in g.subtree]
            if ch.lemma_.lower() in crime.collectives:  # "a gang of five suspected car snatchers"
                told += [t for g in ch.children if g.dep_ == "prep" and g.lower_ == "of" for t in g.subtree]
        elif ch.dep_ in ("prep", "advcl"):
            told += list(ch.subtree)
    if verb.dep_ in ("ccomp", "conj") and verb.head.lemma_.lower() in ACCUSING_LEMMAS:
        # the parser made the description the main clause: "Herders (accused of stealing 40 goats) were arrested"
        told += [t for t in verb.head.subtree if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
    if any(t.lemma_.lower() in crime.arms or t.lemma_.lower() in EXPLOSIVE_WORDS for t in told):
        return False  # "accused of smuggling weapons to the group's remnants": arms for an armed group
    return any(in_words(t, crime.reasons) for t in told)


def military_arrest(doc: Any, start: int, end: int, entry: TriggerEntry) -> bool:
    """An arrest made by the armed forces ("The Sri Lankan navy arrested nine Indian fishermen", "soldiers detained
    three suspects"), not the police: state forces exercising control, an Arrests event (codebook) the text asserts,
    kept like a political arrest when the classifier is unsure it is one (a crime named keeps it out:
    ``crime_arrest``)."""
    if entry.sub_event_type != "Arrests":
        return False
    tok = doc[start:end].root
    if tok.pos_ != "VERB":
        return False
    army = words("army")
    return any(in_words(d, army) for d in subjects(tok)[:1])


def police_detention(doc: Any, start: int, end: int) -> bool:
    """Police who detain someone or take him away make an arrest (the gold's and ACLED's Arrests; a fate the text tells
    hidden makes it a disappearance later, ``events.codebook_type.fate_hidden``: "Police in Masaya took a parish priest
    away ...; there has been no word on where he is held"), "Imbonerakure members and police in Cibitoke detained two
    men": a subject, or one of its
    conjuncts, is a police word (not "officers", nor police triggers.toml [codebook] hidden_forces names: "plain-clothes
    police", "intelligence"). Not a verb of kidnapping ("police officers abducted a trader": the lexicon's Abduction
    words), nor when the authorities deny holding him (status_words.toml denial: a forced disappearance)."""
    from ..events.references import lexicon_word
    from .status import DENIAL_LEMMAS

    tok = doc[start:end].root
    if tok.pos_ != "VERB" or lexicon_word(tok.lemma_.lower(), "Abduction/forced disappearance"):
        return False
    police = words("police") - codebook_words().unplain_police
    hidden = codebook_words().hidden_forces
    doers = [d for s in subjects(tok) for d in (s, *s.conjuncts)]
    if not any(in_words(d, police) for d in doers):
        return False
    if any(h in doc[d.left_edge.i : d.right_edge.i + 1].text.lower() for d in doers for h in hidden):
        return False  # "plain-clothes police", "secret police": a forced disappearance when nothing more is heard
    return not any(t.lemma_.lower() in DENIAL_LEMMAS for t in doccache.sent_of(tok))


def arrested_away(sent: Any) -> bool:
    """Arrests told with a word of an operation of their own ("in door-to-door searches", "at their homes", "hours
    later"; discourse.toml [crowd] away, which the events stage reads too) were made away from any crowd."""
    away = discourse().away
    return any(t.lemma_.lower() in away for t in sent)


def political_arrest(doc: Any, start: int, end: int, entry: TriggerEntry) -> bool:
    """Codebook: an arrest over an act of political violence ("arrested a suspect in that attack") or of a member
    of a political party or armed group, a protester, activist or journalist ("arrested a senior official of the
    Cameroon Renaissance Movement", "two suspected militants were arrested") is an Arrests event, however much it
    looks like a crime report otherwise. Armed-group members are named by a catalogue actor or an organised armed
    word (``ORGANISED_ARMED``: militants, rebels, jihadists, bandits, militia...), not "gang" or "gunmen"."""
    if entry.sub_event_type != "Arrests":
        return False
    sent = doccache.sentence(doc, start)
    if about_violent_event(sent, discourse()):
        return True
    if arrested_at_the_scene(doc, start, end):
        return True  # "a teacher who stood with a banner outside the court": arrested for what they do at a protest, protesters
    verb = doc[start:end].root
    arrested = [t for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass") for t in ch.subtree]
    for t in arrested:
        if t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None and actor.kind != "state":
            return True
        if {t.lemma_.lower(), t.lower_} & (POLITICAL_PERSONS | ORGANISED_ARMED):
            return True
    return False


def political_pick_up(doc: Any, start: int, end: int) -> bool:
    """Police who pick up or take away people (a verb with the particle "up" or "away") of whom the codebook makes a
    political arrest (a party or armed-group member, an activist, a journalist: ``political_arrest``'s people) or in a
    sentence that ties them to a protest ("picked up three activists at a cafe ..., hours before a march", "took away the
    provincial president of the PTI ... hours before a march"; actors words.toml protest_words) make an Arrests event,
    however unsure the classifier is of a verb no lexicon types (``police_detention``: not plain-clothes police, not
    denied)."""
    tok = doc[start:end].root
    if tok.pos_ != "VERB" or not any(ch.dep_ in ("prt", "advmod") and ch.lower_ in ("up", "away") for ch in tok.children):
        return False
    if not police_detention(doc, start, end):
        return False
    taken = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    bodies = discourse().body_nouns
    if not taken or any(in_words(t, bodies) for t in taken):
        return False  # "picked up the bodies of four men": no one taken
    arrested = [t for ch in taken for t in ch.subtree]
    if any((t.ent_id_.startswith("actor:") and (a := by_name().get(t.ent_id_[6:])) is not None and a.kind != "state")
           or {t.lemma_.lower(), t.lower_} & (POLITICAL_PERSONS | ORGANISED_ARMED) for t in arrested):
        return True
    protest = words("protest_words")
    return any(in_words(t, protest) for t in doccache.sent_of(tok))


def captives_freed(doc: Any, start: int, end: int) -> bool:
    """Captives a non-state armed group frees or hands over (eval/WRITERS.md: Other): the trigger is a release verb
    (discourse.toml [captives] release, or "hand over") whose subject is armed people or a catalogue armed group that is
    no state force, and whose object is people the sentence tells held (triggers.toml [codebook] holding_verbs in a
    clause on them: "ELN guerrillas released a police officer *they had kidnapped*", "rebels handed over two soldiers
    *they had held* since February") or hostages. Not a court or police letting someone go."""
    from ..catalogue import CROWD_KINDS
    from ..events.retyping import armed_people, person

    tok = doc[start:end].root
    if tok.pos_ != "VERB" or not (tok.lemma_.lower() in discourse().release_verbs
                                  or (tok.lemma_.lower() == "hand" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children))):
        return False

    def non_state_armed(t: Any) -> bool:
        if t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None:
            return actor.kind not in ("state", *CROWD_KINDS)
        return armed_people(t, modified=True) and not in_words(t, FORCE_WORDS)

    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    if not doers and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        doers = [tok.head]  # the parser's reading under a dateline ("MANILA (Wire) - Rebels handed over ...")
    if not any(non_state_armed(t) for d in doers for t in d.subtree):
        return False
    holding = codebook_words().holding_verbs

    def held(t: Any) -> bool:  # "a police officer *they had kidnapped*", "gunmen *who had kidnapped* eight workers"
        return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in holding for c in t.children)

    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if in_words(obj, frozenset({"hostage", "captive"})) or (person(obj) and held(obj)):
            return True
        if (person(obj) or obj.like_num or obj.pos_ == "PRON") and any(held(d) for d in doers):
            return True  # "Gunmen who had kidnapped eight farm workers released four of them"
    return False


@functools.cache
def _abduction_lemmas() -> frozenset[str]:
    """The Abduction/forced disappearance trigger's lemmas (triggers.toml: "abduct", "kidnap")."""
    return frozenset(w for e in triggers() if e.sub_event_type == "Abduction/forced disappearance" for w in e.lemmas)


def captives_taken(doc: Any, start: int, end: int) -> bool:
    """Codebook (ACLED, eval/WRITERS.md): a raid or attack whose only harm told is people carried off is an abduction
    ("Gunmen stormed a mission school ..., taking two teachers", "ambushed a bus ..., taking about 20 passengers
    captive", "attacked a train ... and took the driver hostage"). Is the candidate's verb, or a verb conjoined with it
    or hung on it as a participle, one that takes people (triggers.toml [trigger] Abduction lemmas, or a verb of taking,
    leading or carrying — [codebook] holding_verbs, discourse.toml [captives] lead_verbs and verbs — whose object names
    people, held "hostage"/"captive" or taken "away"/"off"/"into" somewhere), in a sentence that tells no one killed,
    wounded or shot (then the attack is the event: "killing six people and abducting four children")? Not arrests
    ("detained about 20 men"), nor people taken "to" a hospital or to safety."""
    from ..events.retyping import person

    tok = doc[start:end].root
    if tok.pos_ != "VERB":
        tok = tok.head if tok.head.pos_ == "VERB" else tok
    if tok.pos_ != "VERB":
        return False
    sent = doccache.sent_of(tok)
    c = discourse()
    if any(t.lemma_.lower() in c.harm_told for t in sent) or tok.lemma_.lower() in codebook_words().property_verbs | c.arson_verbs:
        return False  # people hurt, or a verb of burning or looting that is an act of its own ("set fire to a plane ...")
    takers = (codebook_words().holding_verbs | c.lead_verbs | c.capture_verbs | {"carry"}) - c.custody_verbs
    group = [tok, *tok.conjuncts, *(ch for ch in tok.children if ch.dep_ in ("advcl", "xcomp") and ch.pos_ == "VERB")]
    for verb in group:
        lemma = verb.lemma_.lower()
        # people, or a bare number of them ("took four"); not herds or goods ("drove off more than 200 cattle")
        people = [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass") and (person(ch) or ch.like_num or ch.pos_ == "NUM")]
        if not people or any(ch.dep_ == "prep" and ch.lower_ == "to" for ch in verb.children):
            continue
        if lemma in _abduction_lemmas():
            return True
        if lemma not in takers:
            continue
        held = any(t.lemma_.lower() in ("hostage", "captive") for ch in verb.children if ch.dep_ in ("oprd", "xcomp", "advmod", "acomp", "dobj", "attr", "prep", "ccomp") for t in ch.subtree)
        off = any(ch.lower_ in c.off_words and ch.dep_ in ("prep", "prt", "advmod") for ch in verb.children)
        # a bare "taking two teachers" hung on the raid verb: the raid took them
        hung = verb is not tok and verb.dep_ == "advcl" and verb.tag_ == "VBG" and lemma == "take"
        if held or off or hung:
            return True
    return False


def arrested_attackers(doc: Any, start: int, end: int) -> bool:
    """Are the people arrested described as attackers of others who are no forces ("officers detained two men *who
    attacked students* near the parliament")? Arrested for violence done to the crowd or to bystanders, not for taking
    part in the protest: an Arrests event of its own (WRITERS.md arrests tied to a protest), however much the sentence
    speaks of the protest. Not the crowd's violence on the police ("detained youths who threw stones at officers")."""
    from ..events.retyping import person  # imported late: events reads classify

    verb = doc[start:end].root
    verb = verb if verb.pos_ in ("VERB", "AUX") else verb.head
    deeds = words("author_verbs")
    for held in (ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")):
        for rel in (ch for ch in held.children if ch.dep_ == "relcl" and ch.lemma_.lower() in deeds):
            victims = [g for g in rel.children if g.dep_ == "dobj"] + [g for p in rel.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            # (people hurt, not things: "arrested 19 people who had set up tents" is the crowd of a sit-in)
            if any(person(v) for v in victims) and not any(in_words(v, FORCE_WORDS) for v in victims):
                return True
    return False


def _releases(verb: Any) -> bool:
    """A release verb (discourse.toml [captives] release, or "hand over")."""
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in discourse().release_verbs or (
        verb.lemma_.lower() == "hand" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)))


def held_then_freed(tok: Any) -> Any | None:
    """The release verb whose people a taking participle describes (triggers.toml [codebook] holding_verbs): "freed a former
    minister and two officials *detained* since the coup" (the participle on the released object), "The six guards
    *kidnapped* at a mine last month were freed" (the parser's verb of its own, syntax.misread_participle). The taking
    only says who was freed: told before the release, never the release itself."""
    if tok.lemma_.lower() not in codebook_words().holding_verbs:
        return None
    if (told := misread_participle(tok)) is not None and _releases(told):
        return told
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        noun = list_head(tok.head)
        if noun.dep_ in ("dobj", "nsubjpass") and _releases(noun.head):
            return noun.head
    return None


def frees_the_held(verb: Any) -> bool:
    """Does a release verb free people the sentence tells taken before (``held_then_freed``)? Captives or detainees
    freed are Other (eval/WRITERS.md: Juntas' release of detainees, captives released), not a new taking."""
    return _releases(verb) and any((held := held_then_freed(t)) is not None and held.i == verb.i for t in doccache.sent_of(verb))


def unfought_arrest(doc: Any, start: int, end: int) -> bool:
    """Forces who detain, arrest or capture people in an operation, in a sentence that tells no fight nor anyone hurt
    ("A combined Afghan and coalition patrol *detained* several suspected insurgents, and discovered a weapons cache",
    "the security force *captured* a Taliban facilitator during an operation"): an Arrests event (eval/WRITERS.md:
    anyone detained in a security sweep), not the battle the classifier reads into the words of forces and insurgents.
    The verb is an arrest word or a verb of capture ([captives] verbs) whose object or passive subject names people; its
    doers are no non-state armed group (theirs is an abduction); no word of the sentence tells killing, wounding,
    shooting or fighting ([captives] harm_told, [raids] violent_outcome)."""
    from ..events.retyping import person  # imported late: events reads classify

    verb = doc[start:end].root
    c = discourse()
    if verb.pos_ != "VERB" or not (arrest_word(verb) or verb.lemma_.lower() in c.capture_verbs):
        return False
    if not any(person(ch) for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")):
        return False
    if any(names_nonstate(d) for d in subjects(verb)):
        return False
    return not c.violence_told(doccache.sent_of(verb), also=c.harm_told)


def taken_before_hidden_fate(doc: Any, start: int, end: int) -> int | None:
    """The verb of taking people (triggers.toml [codebook] holding_verbs) told before the clause of the candidate verb when
    that clause, set apart by a semicolon, hides their fate (hidden_fate: "Men in military uniform came to the home of a
    journalist ... and *took* him away; his family has not heard from him since", "took a student from his family home
    on Monday night; he has not been seen since"). The parser makes the fate's verb the sentence's root; the act told is
    the taking (a forced disappearance), and the fate's negation or "since" is not its status. Its token, or None."""
    verb = doc[start:end].root
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    sent = doccache.sent_of(verb)
    semi = [t.i for t in sent if t.i < verb.i and t.text == ";"]
    if not semi or not codebook_words().hidden_fate.search(doc[semi[-1] + 1 : sent.end].text):
        return None
    holding = codebook_words().holding_verbs
    return next((t.i for t in sent if t.i < semi[-1] and t.pos_ == "VERB" and t.lemma_.lower() in holding), None)
