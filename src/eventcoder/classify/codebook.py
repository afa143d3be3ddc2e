"""ACLED codebook rules on a candidate and its sentence, where the codebook is explicit: arrests that are
political (Arrests) or at a protest (Protest with intervention) or for a crime (no event), lethal force on
protesters (Excessive force), territory taken after a withdrawal (Non-violent transfer), hazards and accidents
(no event), and what the text asserts or recalls."""

from __future__ import annotations

import functools
import re
from typing import Any

from ..catalogue import NONSTATE_KINDS, by_name, words
from ..events import cues as discourse
from ..lexicon import TERRITORY, TriggerEntry, codebook_words, crimes, hazards, protest_context
from ..syntax import DEFINITE_DETERMINERS, PLACE_LABELS, TIME_LABELS, list_head, names_place, passive_agents
from .weapons import EXPLOSIVE_WORDS

PROTEST_WORDS = words("protesters") | codebook_words().protest_nouns
STATE_WORDS = words("military") | words("police") | codebook_words().state_forces


def arrest_at_protest(doc: Any, start: int, end: int) -> bool:
    """Codebook: arrests made at a protest are a Protest with intervention ("police arrested 14 activists as they
    held a sit-in", "detained 20 people during a march"): a clause of the arrest marked "as"/"while"/"when" whose
    verb or object is a gathering, or a phrase "during"/"at" a gathering. Arrests away from a protest ("as he
    headed to join the protests", "a day after the sit-in") stay Arrests."""
    ctx = protest_context()

    def gathering(t: Any) -> bool:
        return t.lemma_.lower() in ctx.gathering or t.lower_ in ctx.gathering

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


def crime_arrest(doc: Any, start: int, end: int) -> bool:
    """An arrest for an ordinary crime: the arrested ("suspected car snatchers") or what they are held for ("on
    suspicion of murder", "with smuggled cough syrup", "over a fraudulent exchange") name a crime (triggers.toml
    [crime]). ACLED codes no such arrest."""
    crime = crimes()
    tok = doc[start:end].root
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
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
    if verb.dep_ in ("ccomp", "conj") and verb.head.lemma_.lower() in words("accusing") | codebook_words().suspicion:
        # the parser made the description the main clause: "Herders (accused of stealing 40 goats) were arrested"
        told += [t for t in verb.head.subtree if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
    if any(t.lemma_.lower() in crime.arms or t.lemma_.lower() in EXPLOSIVE_WORDS for t in told):
        return False  # "accused of smuggling weapons to the group's remnants": arms for an armed group
    return any(t.lemma_.lower() in crime.reasons or t.lower_ in crime.reasons for t in told)


def excessive_force(sent: Any) -> bool:
    """Codebook: state forces using lethal force on (peaceful) protesters = Excessive force against protesters."""
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    return bool(words & PROTEST_WORDS) and bool(words & STATE_WORDS) and bool(codebook_words().lethal_force.search(sent.text))


def crowdless_protest(sent: Any) -> bool:
    """Codebook: a protest or riot needs its crowd. A sentence whose only protest or riot words name people or their
    kit ("Riot police searched the offices of two independent newspapers", "officers in riot gear") and that has no
    word of a crowd, a gathering or crowd violence (words.toml protesters, rioters, crowd, protest_words;
    triggers.toml [protest_context]; discourse.toml [crowd] riot, dispersal, acts) tells no protest or riot, whatever the
    classifier reads into "riot"."""
    hits = [t for t in sent if t.lemma_.lower() in _crowd_words() or t.lower_ in _crowd_words()]
    return bool(hits) and all(_names_who(t) for t in hits)


def force_on_a_calm_crowd(doc: Any, start: int, end: int) -> bool:
    """Codebook (WRITERS.md): a Violent demonstration is a crowd's own violence; a protest broken up by force or
    arrests is a Protest with intervention. Is the candidate an act of police or soldiers ("Officers pushed them into
    police vans", "police detained dozens ... as they tried to gather outside parliament", "people were hurt when
    officers charged the crowd") in a sentence that tells
    no violence of the crowd at that scene (``events.retyping.crowd_acted``: stones thrown at the police, not "while in
    Beni Mellal youths set fire to a bank branch") and no riot word (discourse.toml [crowd] riot: "clashed with
    protesters", "rioters"; not "riot police")?"""
    from ..events.retyping import another_scene, crowd_acted, doer_of

    tok = doc[start:end].root
    if tok.pos_ != "VERB":
        return False
    def doers(verb: Any) -> list[Any]:
        # every subject: a dateline the parser glued to the clause ("RABAT ... - Moroccan police detained") is one too
        found = _subjects(verb)
        if not found and (doer := doer_of(verb)[0]) is not None:
            found = [doer]
        return found

    def state(verb: Any) -> bool:
        return any(d.lemma_.lower() in STATE_WORDS or d.lower_ in STATE_WORDS for d in doers(verb))

    # the act is the forces' own, or a harm with no doer told as done when they acted ("several people were hurt when
    # officers charged the crowd")
    if not state(tok) and (doers(tok) or not any(ch.dep_ == "advcl" and ch.pos_ == "VERB" and state(ch) for ch in tok.children)):
        return False
    riot = discourse().crowd_riot | words("rioters")
    if any((t.lemma_.lower() in riot or t.lower_ in riot) and not _names_who(t) and not another_scene(t, tok.i) for t in tok.sent):
        return False
    return not crowd_acted(doc, tok.i, range(start, end))


def _subjects(verb: Any) -> list[Any]:
    """Who does a verb: its subjects, then the agent of a passive ("were detained *by soldiers*")."""
    return [ch for ch in verb.children if ch.dep_ == "nsubj"] + passive_agents(verb)


def _names_who(t: Any) -> bool:
    """A crowd or riot word that only modifies people or their kit ("riot police", "riot gear", "protest leaders")."""
    from ..events.retyping import person

    return t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i and (person(t.head) or t.head.lemma_.lower() in discourse().kit)


def arms_taken(doc: Any, start: int, end: int) -> bool:
    """Codebook: a transfer of territory takes ground. A taking verb whose object is arms ("attacked a police station
    and seized weapons", "captured two rifles and ammunition"; triggers.toml [crime] arms and the explosives words)
    takes no territory: the seizure is Disrupted weapons use (the events stage joins it to the attack it is told
    with)."""
    arms = crimes().arms | EXPLOSIVE_WORDS
    if end - start > 1 and any(t.lemma_.lower() in arms or t.lower_ in arms for t in doc[start:end]):
        return True  # the trigger phrase names them ("seized weapons", however parsed)
    tok = doc[start:end].root
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    taken = [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
    taken += [g for t in taken for g in t.conjuncts]
    return bool(taken) and all(t.lemma_.lower() in arms or t.lower_ in arms for t in taken)


def progress_made(doc: Any, start: int, end: int) -> bool:
    """A verb whose object is a noun of progress ("the SDF have made steady progress in liberating villages", "made
    gains"; discourse.toml [aggregate] progress): the summary of a campaign, no event of its own (the events stage
    reads what the progress consists in the same way)."""
    tok = doc[start:end].root
    progress = discourse().progress
    return tok.pos_ == "VERB" and any(ch.dep_ == "dobj" and ch.lemma_.lower() in progress for ch in tok.children)


def commemoration(sent: Any) -> bool:
    """A gathering held to keep an occasion, with no claim (eval/WRITERS.md: commemorations are negatives): a verb of
    keeping one ("Thousands of pilgrims gathered in Karbala to *mark* Ashura") or an occasion or its keepers ("marched to
    the shrine for the annual *festival*", "*pilgrims*", "the military *parade*") in a sentence with no word of a claim
    or protest ("mourners chanted slogans against the junta at the funeral" is a protest; triggers.toml [codebook])."""
    cw = codebook_words()
    lemmas = [(t.lemma_.lower(), t.pos_) for t in sent]
    if not any(lem in cw.occasions or (pos == "VERB" and lem in cw.occasion_verbs) for lem, pos in lemmas):
        return False
    return not any(lem in cw.claims or lem in PROTEST_WORDS for lem, _ in lemmas)


def agreement_sought(doc: Any, start: int, end: int) -> bool:
    """An agreement only tried for ("Elders met on Wednesday to try to negotiate *a truce*, but no agreement was reached",
    "failed to reach *a ceasefire*", "sought a truce"): a verb of attempt (discourse.toml [territory] attempt) over the
    trigger, through the verbs and prepositions that govern it, is no Agreement made."""
    attempt = discourse().attempt
    node = doc[start:end].root
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "xcomp", "advcl", "compound") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in attempt:
            return True
    return False


def claimed_reference(doc: Any, start: int, end: int) -> bool:
    """An act named as what a group or a statement claims, with a definite determiner or a possessive ("JNIM claimed
    the attack", "leaflets claimed the attack for a Mapuche group", "claimed responsibility for Sunday's bombing"): the
    act the story has told, no event of its own (actors/words.toml claim_forms, claimed_things)."""
    tok = doc[start:end].root
    if tok.pos_ not in ("NOUN", "PROPN") or not any(
        ch.dep_ == "poss" or (ch.dep_ == "det" and ch.lower_ in DEFINITE_DETERMINERS) for ch in tok.children
    ):
        return False
    gov = tok.head
    if tok.dep_ == "pobj" and gov.lower_ == "for" and gov.head.lemma_.lower() in words("claimed_things"):
        gov = gov.head.head  # "claimed responsibility for the attack"
    elif tok.dep_ != "dobj":
        return False
    return gov.pos_ == "VERB" and gov.lower_ in words("claim_forms")


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
    return any(d.lemma_.lower() in army or d.lower_ in army for d in _subjects(tok)[:1])


@functools.cache
def _crowd_words() -> frozenset[str]:
    return (words("protesters") | words("rioters") | words("crowd") | words("protest_words") | PROTEST_WORDS
            | protest_context().gathering | discourse().crowd_violence)


def declared_measure(doc: Any, start: int, end: int, *, in_sentence: bool = False) -> int | None:
    """Codebook (eval/WRITERS.md, as ACLED codes Other): does the candidate declare, impose, extend or renew a curfew,
    a state of emergency, exception or siege, or martial law ("Niger's junta extended the state of emergency in
    Tillabéri", "President Putin declared martial law in four regions", "placed 11 townships under martial law")? Not
    a measure for a disease, a disaster, an election or traffic (triggers.toml [codebook] measure_not, [hazards]
    agents). The candidate is the measure's noun or the verb that declares it (``in_sentence``: any word of the
    sentence); the verb's index is returned (the event's span: "extended *the curfew*" refers to no earlier event, the
    extension is one)."""
    cw = codebook_words()
    sent = doc[start].sent
    here = set(range(start, end))
    for noun in sent:
        if not _names_measure(noun, cw.measures):
            continue
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head  # "placed 11 townships under martial law"
        if noun.dep_ not in ("dobj", "nsubjpass", "pobj") or verb.lemma_.lower() not in cw.measure_verbs:
            continue
        if in_sentence or verb.i in here or here & {t.i for t in noun.subtree}:
            # (the sentence is read for what the measure is for only once a measure is found: most have none)
            if any(t.lemma_.lower() in cw.measure_not or t.lower_ in cw.measure_not or t.lemma_.lower() in hazards().agents for t in sent):
                return None
            return verb.i
    return None


def _names_measure(tok: Any, measures: frozenset[str]) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in measures:
        return True  # "curfew"
    for m in measures:
        noun, _, word = m.partition(":")
        if word and lemma == noun:
            # "state of emergency", "martial law", "emergency rule"
            near = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            near += [c for c in tok.children if c.dep_ in ("amod", "compound")]
            if any(t.lemma_.lower() == word or t.lower_ == word for t in near):
                return True
    return False


def arrested_away(sent: Any) -> bool:
    """Arrests told with a word of an operation of their own ("in door-to-door searches", "at their homes", "hours
    later"; discourse.toml [crowd] away, which the events stage reads too) were made away from any crowd."""
    away = discourse().away
    return any(t.lemma_.lower() in away for t in sent)


def dated_in_a_year(sent: Any) -> bool:
    """"In March 2019, a similar strike...": an event with a dated year is kept; assemble makes it background."""
    return any(ent.label_ == "DATE" and re.search(r"\b(19|20)\d\d\b", ent.text) for ent in sent.ents)


def recalled(sent: Any, at: int, *, lead: bool = False) -> bool:
    """"A similar strike in February", "years ago": a recalled event, which the events stage makes background
    (the classifier, trained on current events, tends to say "none" for it). ``at``: the trigger's first token. A cue
    of what came after an earlier event ("the anniversary of", "weeks after") recalls only the triggers after it:
    "Thousands *marched* through the town to mark the anniversary of the massacre" holds a march told now. ``lead``: no
    event is told before it; a time cue ("last week") then recalls nothing, as in the events stage (the lead may be last
    week's news): "A court granted bail to the union leader *detained* by the DSS last month" stays the classifier's;
    what a court acts over still is recalled ("jailed 11 young men over *the protests* in Arzew last month")."""
    from ..events.recall import judged_by, outside_recalled_phrase  # (the events package imports classify)

    c = discourse()
    if any(p.search(sent.text) for p in (*c.sentence, *(() if lead else c.temporal))):
        return True
    if lead and judged_by(sent.doc, at, c) is not None:
        return True  # "A court jailed 11 young men over *the protests* in Arzew last month": recalled, lead or not

    offset = sent.doc[at].idx - sent.start_char
    return any(m.start() < offset and not outside_recalled_phrase(sent.doc, at, sent.start_char + m.start(), sent.start_char + m.end())
               for p in c.after for m in p.finditer(sent.text))


PAST_TAGS = ("VBD", "VBN")


def asserted(doc: Any, start: int, end: int, entry: TriggerEntry, *, political: bool, anchored: bool = True) -> bool:
    """A trigger that the sentence states as a past happening, anchored in time or space: the verb
    itself in the past ("gunmen stormed a hotel in Mandera"), or the object of a conduct verb in the past
    ("U.S. forces conducted an airstrike near Jilib on Dec. 2"). Such a mention is kept even when the
    classifier says "no event" (the text asserts it). So is what a statement condemns (``condemned``).
    Violent types only, and arrests that refer to a violent event ("arrested a suspect in that
    attack"): crime arrests and seizures are the classifier's call. ``political``: ``political_arrest`` of the
    candidate (the caller decides it once). ``anchored=False``: the past verb and its subject suffice (the place
    and time may come from the story: "Two suspected militants were arrested.")."""
    c = discourse()
    if entry.sub_event_type in TERRITORY:
        return False  # "police seized 3 tonnes of cocaine at the port"
    if entry.event_type not in c.violence_types and not political:
        return False  # arrests for crimes, seizures, defused bombs: the classifier knows better
    tok = max(doc[start:end], key=lambda t: (t.pos_ in ("NOUN", "VERB"), t.i))
    if condemned(doc, tok, c):
        return True
    verb = tok
    if tok.pos_ == "NOUN":
        # the object of a conduct verb ("conducted an airstrike"), or the subject of a past verb ("a powerful
        # explosion hit a mosque in Kunduz", "a suicide bombing killed 12 people")
        if not ((tok.dep_ == "dobj" and tok.head.lemma_.lower() in c.conduct_verbs) or tok.dep_ == "nsubj"):
            return False
        verb = tok.head
    if verb.pos_ != "VERB" or verb.tag_ not in PAST_TAGS:
        return False
    if verb.tag_ == "VBN" and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False  # a participle modifying a noun ("the arrested men") asserts nothing here
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    # the anchor is the clause's own (not a name inside its subject: "forces of the Tripoli government")
    if not anchored:
        return True
    inside_subject = {t.i for s in subjects for t in s.subtree}
    return any(t.ent_type_ in ("DATE", *PLACE_LABELS) for t in verb.subtree if t.i not in inside_subject)


LEAVE_WORDS = words("leave")
WITHDRAWAL_MARKS = codebook_words().withdrawal_marks


def taken_after_withdrawal(sent: Any) -> bool:
    """Codebook: territory taken when the other side had withdrawn, without fighting, is a Non-violent transfer
    of territory ("M23 captured the town after the army withdrew"). A verb of leaving in a clause marked
    "after"/"when" (or after "following"), and no word of fighting or killing in the sentence."""
    c = discourse()
    violent = c.violent_outcome | c.byproduct_context | c.attack_verbs
    if any(t.lemma_.lower() in violent or t.lower_ in violent for t in sent):
        return False
    for t in sent:
        if t.pos_ != "VERB" or t.lemma_.lower() not in LEAVE_WORDS:
            continue
        if t.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in WITHDRAWAL_MARKS for ch in t.children):
            return True
        if t.dep_ == "pcomp" and t.head.lower_ in WITHDRAWAL_MARKS:
            return True  # "after withdrawing"
    return False


TRANSFER_SIGNS = words("transfer_signs")
EXPEL_WORDS = words("expel")
EXPEL_OUT_WORDS = words("expel_out")


def taken_by_force(sent: Any) -> bool:
    """Codebook: ground taken by driving the other side out is a Battles sub-type (regains or overtakes: there was
    an armed interaction), not a Non-violent transfer ("took back Pobé-Mengao after pushing out JNIM fighters",
    "entered the palace after driving out the RSF", "cleared Islamic State militants from villages"). A verb of
    expelling, or of driving with "out"/"from"; not when the other side had left first (``taken_after_withdrawal``).
    Also ground taken with no sign of a transfer in the sentence (a verb of leaving or handing over, a deal, "without a
    fight": ``transfer_signs``) — "took back Bambari from CPC rebels": a Non-violent transfer is only what the text
    says happened without fighting."""
    if not any(t.lemma_.lower() in LEAVE_WORDS or t.lemma_.lower() in TRANSFER_SIGNS or t.lower_ in TRANSFER_SIGNS for t in sent):
        return True
    for t in sent:
        if t.pos_ != "VERB":
            continue
        lemma = t.lemma_.lower()
        if lemma in EXPEL_WORDS:
            return True
        if lemma in EXPEL_OUT_WORDS and any(ch.lower_ in ("out", "from") and ch.dep_ in ("prt", "prep", "advmod") for ch in t.children):
            return True
    return False


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
        return t.lemma_.lower() in h.agents or t.lower_ in h.agents or t.lower_.removesuffix("s") in h.agents or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in h.agents for c in t.children) or accidental_blast(t)

    def accident(verb: Any) -> bool:
        # not "a lorry carrying explosives crashed into a checkpoint", nor an armed force that "collapsed" ("rebels took
        # control of Daraa city as the army collapsed")
        return verb.lemma_.lower() in h.accident_verbs and not any(c.dep_ == "dobj" for c in verb.children) \
            and not any(t.lemma_.lower() in EXPLOSIVE_WORDS for t in verb.sent) \
            and not any(c.dep_ == "nsubj" and _armed(c) for c in verb.children)

    if tok.pos_ == "NOUN" and accidental_blast(tok):
        return True  # "a gas cylinder blast", "an explosion at a fireworks workshop"
    for verb in verbs:
        if accident(verb) or nonviolent_death(verb):
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


def nonviolent_death(verb: Any) -> bool:
    """Does the sentence put a death down to a cause that is no violence ("Sgt. Doe died May 10 in Baghdad as a
    result of a non-combat related incident", "died of natural causes", "were killed in a road accident";
    triggers.toml [hazards] causes, in a phrase or clause of the verb of dying)? A death notice, no event."""
    h = hazards()
    if verb.lemma_.lower() not in h.death_verbs or any(t.lemma_.lower() in EXPLOSIVE_WORDS for t in verb.sent):
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
    return any(t.lemma_.lower() in sources or t.lower_ in sources for n in near for t in n.subtree if t.i < tok.i or n.dep_ == "pobj")


def condemned(doc: Any, tok: Any, c: Any) -> bool:
    """Is the trigger noun what a statement condemns, with its own place or time ("strongly condemns the
    horrific attacks today in the towns of Jabla ... and Tartus", "ISIL's multiple suicide attacks in the town
    of Tel Tamer")? A condemnation reports its event; if the story tells it elsewhere, the mention joins it."""
    if tok.pos_ != "NOUN":
        return False
    head = list_head(tok)
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in c.condemn_verbs:
        return False
    return any(t.ent_type_ in ("DATE", *PLACE_LABELS) for t in tok.subtree if t.i != tok.i)


def _about_violent_event(sent: Any, c: Any) -> bool:
    """Does the sentence refer to a violent event with a definite noun ("arrested a suspect in that attack")?"""
    return any(
        t.lemma_.lower() in c.byproduct_context and any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in t.children)
        for t in sent
    )


ORGANISED_ARMED = words("insurgent") | words("separatist") | words("organised_armed")
POLITICAL_PERSONS = words("protesters") | words("political_persons")
POLITICAL_TARGETS = POLITICAL_PERSONS | words("office_holders")


def ordinary_crime_killing(sent: Any) -> bool:
    """A killing for gain or over a private quarrel ("carjackers shot dead a doctor and fled with his car", "a man
    shot dead his colleague after an argument", "in a dispute over a debt"), with no organised armed or political
    actor (militants, bandits, a named gang) and no political target (a councillor, an activist), or of the killer's
    own kin ("shot dead his wife"): ordinary crime,
    which ACLED does not code (triggers.toml [crime] motives). A quarrel word ("dispute", "row") counts only when
    it is private ("a family dispute", "a dispute over money"), not a land or chieftaincy dispute."""
    crime = crimes()
    accusing = words("accusing") | codebook_words().suspicion

    def low(t: Any) -> set[str]:
        return {t.lemma_.lower(), t.lower_}

    motive = False
    for t in sent:
        if low(t) & (ORGANISED_ARMED | POLITICAL_TARGETS):
            return False
        if t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None and actor.kind != "state":
            return False  # "members of the MS-13 gang"
        if low(t) & (crime.collectives | words("group_nouns")) and any(c.pos_ == "PROPN" for c in t.children if c.dep_ == "compound"):
            return False  # "gang members from the Kokorat San Ras group": a named armed group
        if low(t) & crime.motives and not any(a.lemma_.lower() in accusing for a in t.ancestors) \
                and not any(c.lemma_.lower() in accusing for c in t.children) and t.dep_ not in ("dobj", "nsubjpass"):
            # not "a man accused of stealing a goat" (a mob's victim), "police shot dead two suspected robbers"
            motive = True
        elif low(t) & crime.quarrels and any(low(g) & crime.private for g in t.subtree if g.i != t.i):
            motive = True
        elif low(t) & crime.kin and t.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in t.children):
            motive = True  # "a man shot dead his wife and her brother" (not "killed a farmer and his son")
    return motive


def political_arrest(doc: Any, start: int, end: int, entry: TriggerEntry) -> bool:
    """Codebook: an arrest over an act of political violence ("arrested a suspect in that attack") or of a member
    of a political party or armed group, a protester, activist or journalist ("arrested a senior official of the
    Cameroon Renaissance Movement", "two suspected militants were arrested") is an Arrests event, however much it
    looks like a crime report otherwise. Armed-group members are named by a catalogue actor or an organised armed
    word (``ORGANISED_ARMED``: militants, rebels, jihadists, bandits, militia...), not "gang" or "gunmen"."""
    if entry.sub_event_type != "Arrests":
        return False
    sent = doc[start].sent
    if _about_violent_event(sent, discourse()):
        return True
    verb = doc[start:end].root
    arrested = [t for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass") for t in ch.subtree]
    for t in arrested:
        if t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None and actor.kind != "state":
            return True
        if {t.lemma_.lower(), t.lower_} & (POLITICAL_PERSONS | ORGANISED_ARMED):
            return True
    return False


ARMED_KINDS = frozenset({"rebel", "identity_militia", "state", "militia", "external"})
ARMED_DOERS = words("armed") | words("military") | words("police") | ORGANISED_ARMED


def civilian_blockade(doc: Any, start: int, end: int) -> bool:
    """Codebook: a road blocked by people who are no armed actor is a Peaceful protest ("farmers and teachers have
    blocked the Pan-American Highway with logs and stones"): a blocking verb (triggers.toml [protest_context]
    blocking) with an object and a subject, where no word of the subject names an armed actor (gunmen, militiamen,
    soldiers, police, a catalogue armed group or state force), whose roadblocks are theirs."""
    tok = doc[start:end].root
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in protest_context().blocking:
        return False
    subject = [t for ch in tok.children if ch.dep_ in ("nsubj", "agent") for t in ch.subtree]
    if not subject or not any(ch.dep_ in ("dobj", "nsubjpass") for ch in tok.children):
        return False
    return not any(_armed(t) for t in subject)


def road_blockade(doc: Any, start: int, end: int) -> bool:
    """A ``civilian_blockade`` of a way (triggers.toml [protest_context] ways, or a named road: "Truckers blocked the
    bridge over the Danube at Ruse for six hours on Wednesday", "Villagers blocked the Kokand highway near Rishton"):
    a Peaceful protest the codebook names, whatever a trained classifier made of the words around it."""
    if not civilian_blockade(doc, start, end):
        return False
    ways = protest_context().ways
    tok = doc[start:end].root
    blocked = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    return any(t.lemma_.lower() in ways or t.pos_ == "PROPN" or t.ent_type_ in ("FAC", *PLACE_LABELS) for t in blocked)


# what forces "came under" in a fight at close range: not a remote weapon ("came under rocket fire", "under mortar
# attack" are shelling), nor criticism ("came under fire from lawmakers over the raid")
REMOTE_WORDS = words("weapons") - {"fire", "gunfire", "raid"}
UNDER_FIRE = words("under_attack") - REMOTE_WORDS
CRITICS = words("political_persons") | words("office_holders")
SHOT_AT = frozenset({"at", "on", "upon"})  # the stranded preposition of "was shot at", "were fired upon"


def fired_upon(doc: Any, start: int, end: int) -> bool:
    """Codebook: armed forces shot at are in an Armed clash, whether or not anyone was hurt ("a patrol was fired upon
    near the river on Saturday", "officers manning a roadblock were shot at", "troops came under fire from gunmen"): the
    candidate is the verb of a passive "shot at"/"fired on" or of "came under fire" (or the noun "fire" of it), whose
    subject names forces (``_forces``: the catalogue's military and police words, an armed post or unit, a state force;
    a pronoun by the subject of the clause it hangs on: "officers were on patrol ... when they came under fire"), told in
    the past and not denied."""
    verb = _fired_verb(doc[start:end].root)
    if verb is None or verb.tag_ not in PAST_TAGS or any(ch.dep_ == "neg" for ch in verb.children):
        return False
    target = next((ch for ch in verb.children if ch.dep_ in ("nsubjpass", "nsubj")), None)
    if target is None:
        # "police officers manning a roadblock were shot at", parsed as a clause subject: its subject
        clause = next((ch for ch in verb.children if ch.dep_ == "csubjpass"), None)
        target = next((ch for ch in clause.children if ch.dep_ == "nsubj"), None) if clause is not None else None
    if target is not None and target.pos_ == "PRON":
        # "officers were on patrol ... when they came under fire": they are the subject of the clause it hangs on
        target = next((ch for node in verb.ancestors if node.pos_ in ("VERB", "AUX")
                       for ch in node.children if ch.dep_ in ("nsubjpass", "nsubj") and ch.pos_ != "PRON"), None)
    return target is not None and _forces(target)


def close_fire(doc: Any, start: int, end: int) -> bool:
    """``fired_upon`` told with a time or place in its sentence and no crowd in it (police "came under fire" from
    protesters is the protest's or riot's): an Armed clash the codebook names, kept whatever the classifier made of a
    report with no one hurt ("... was shot at by armed men in the same area on Sunday. There were no injuries")."""
    sent = doc[start].sent
    crowd = PROTEST_WORDS | words("rioters") | words("crowd")
    return fired_upon(doc, start, end) and not any(t.lemma_.lower() in crowd or t.lower_ in crowd for t in sent) \
        and any(t.ent_type_ in (*TIME_LABELS, *PLACE_LABELS) for t in sent)


def _fired_verb(tok: Any) -> Any | None:
    """The verb of "was shot at" / "were fired upon" (a passive with its preposition left without object) or of "came
    under fire", for the candidate token ``tok`` (that verb, or the noun "fire" of "under fire"), or None."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.lemma_.lower() in UNDER_FIRE and tok.head.lower_ == "under":
        tok = tok.head.head
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    if lemma == "come" and any(ch.dep_ == "prep" and ch.lower_ == "under" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in UNDER_FIRE
            and not any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in REMOTE_WORDS for m in g.children)
            for g in ch.children) for ch in tok.children):
        for ch in tok.children:
            if ch.dep_ == "prep" and (ch.lower_ in ("for", "over") or (ch.lower_ == "from" and any(
                    t.lemma_.lower() in CRITICS or t.lower_ in CRITICS for t in ch.subtree))):
                return None  # "came under fire from critics for the raid": blamed, not shot at
        return tok
    if lemma in ("shoot", "fire") and any(ch.dep_ in ("nsubjpass", "csubjpass") for ch in tok.children) and any(
            ch.dep_ == "prep" and ch.lower_ in SHOT_AT and not any(g.dep_ == "pobj" for g in ch.children) for ch in tok.children):
        return tok
    return None


def _forces(noun: Any) -> bool:
    """Does the noun name armed forces, their unit or post ("a patrol", "police officers manning a roadblock", "troops",
    "an army convoy"), or a state force the catalogue knows?"""
    from ..events.retyping import armed_post  # imported late: events reads classify

    lemma, low = noun.lemma_.lower(), noun.lower_
    if lemma in STATE_FORCE_WORDS or low in STATE_FORCE_WORDS or armed_post(noun):
        return True
    return any(t.ent_id_.startswith("actor:") and (a := by_name().get(t.ent_id_[6:])) is not None and a.kind == "state"
               for t in (noun, *(ch for ch in noun.children if ch.dep_ in ("compound", "amod", "nmod", "poss"))))


# forces, not the civil government ("the government came under fire" is blamed) nor a force of an argument
STATE_FORCE_WORDS = (words("military") | words("police")) - words("government") - {"regime", "force", "division"}


def armed_killing(doc: Any, start: int, end: int) -> bool:
    """A killing or wounding that the sentence asserts as done by an armed actor ("Gunmen killed two park rangers in
    Pendjari National Park on Sunday", "soldiers shot dead three men in Mopti"): a casualty verb in the past with its
    own place or time, whose subject names armed men, forces or a catalogue armed group (``ARMED_DOERS``,
    ``ARMED_KINDS``). ACLED codes such a killing as political violence; ordinary crime is ruled out by the caller
    (``ordinary_crime_killing``)."""
    tok = doc[start:end].root
    return tok.lemma_.lower() in words("casualty_verbs") | {"shoot"} and armed_act(doc, start, end)


def armed_act(doc: Any, start: int, end: int) -> bool:
    """An act that the sentence asserts as done by an armed actor: a verb in the past with its own place or time, whose
    subject names armed men, forces or a catalogue armed group ("Armed men looted a World Food Programme warehouse in
    El Obeid on Monday")."""
    tok = doc[start:end].root
    if tok.pos_ != "VERB" or tok.tag_ not in PAST_TAGS:
        return False
    if tok.tag_ == "VBN" and not any(ch.dep_ in ("aux", "auxpass") for ch in tok.children):
        return False
    doers = _subjects(tok)
    if not any(_armed(d) or _armed_men(d) for d in doers):
        return False
    inside = {t.i for d in doers for t in d.subtree}
    return any(t.ent_type_ in ("DATE", *PLACE_LABELS) for t in tok.subtree if t.i not in inside)


def _armed_men(t: Any) -> bool:
    """"Armed men", "masked gunmen", "unknown men": people made armed by a modifier (words.toml armed_modifiers,
    unknown_people) or an armed word modifying them ("militia fighters")."""
    mods = [c for c in t.children if c.dep_ in ("compound", "amod")]
    if t.lemma_.lower() in words("unknown_people") or t.lower_ in words("unknown_people"):
        if any(m.lower_ in words("armed_modifiers") for m in mods):
            return True
    return any(_armed(m) for m in mods)


def _armed(t: Any) -> bool:
    if t.lemma_.lower() in ARMED_DOERS or t.lower_ in ARMED_DOERS:
        return True
    return t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None and actor.kind in ARMED_KINDS


def deployment(doc: Any, start: int, end: int) -> bool:
    """WRITERS.md (Deployments): troops or police sent to a place, reported as the news, are a Change to group/activity.
    A verb of sending forces (discourse.toml [movements] response_verbs) in the past ("it had deployed 1,200 more soldiers
    to Sinaloa", "more police were sent to Kasese") whose object, or passive subject, is forces (words.toml military,
    police) and which names where ("to" a name or a place noun; "along", "across", "in" a place). Forces sent in answer to an attack the text tells join that event in
    the events stage (``events.movements``)."""
    tok = doc[start:end].root
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in discourse().response_verbs or tok.tag_ not in PAST_TAGS:
        return False
    if tok.tag_ == "VBN" and not any(ch.dep_ in ("aux", "auxpass") for ch in tok.children):
        return False
    forces = words("military") | words("police") | {"reinforcement", "reinforcements"}
    sent = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    # the forces themselves or their kind before a unit word ("police units", "army reinforcements")
    named = [t for s in sent for t in (s, *(ch for ch in s.children if ch.dep_ == "compound"))]
    if not any(t.lemma_.lower() in forces or t.lower_ in forces for t in named):
        return False
    c = discourse()
    # to a named place (the parser often gives it no place label: "to Sinaloa", "to Beni") or a place noun ("to the area");
    # along, across or in a place ("along the border", "in Goma"), not a date ("in May")
    return any(ch.dep_ == "prep" and any(
        g.dep_ == "pobj" and (names_place(g, c.ground) or (g.pos_ == "PROPN" and (ch.lower_ in ("to", "into") or g.ent_type_ not in TIME_LABELS)))
        for g in ch.children) and ch.lower_ in ("to", "into", "along", "across", "in")
        for ch in (*tok.children, *(ch for t in sent for ch in t.children)))  # the parser may hang it on the forces


NONSTATE_WORDS = words("armed") | ORGANISED_ARMED


def _nonstate(t: Any) -> bool:
    """A non-state armed actor: its word ("bandits", "fighters"), armed men ("armed men", "masked gunmen"), a catalogue
    rebel group or militia ("the M23", "JNIM fighters"), or what such a group owns ("Al Shabaab's local court")."""
    if t.lemma_.lower() in NONSTATE_WORDS or t.lower_ in NONSTATE_WORDS:
        return True
    if t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None and actor.kind in NONSTATE_KINDS:
        return True
    mods = [c for c in t.children if c.dep_ in ("compound", "amod", "poss")]
    if (t.lemma_.lower() in words("unknown_people") or t.lower_ in words("unknown_people")) and any(m.lower_ in words("armed_modifiers") for m in mods):
        return True
    # "Fighters of the Arakan Army", "Al Shabaab's court": the group named beside its people
    named = mods + [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(g.ent_id_.startswith("actor:") and (a := by_name().get(g.ent_id_[6:])) is not None and a.kind in NONSTATE_KINDS
               for m in named for g in m.subtree)


def _doers_of(verb: Any) -> list[Any]:
    """The subject of a verb, or of the verb it hangs on as a participle or conjunct ("have taken the jetty, *collecting*
    a fee"; "stopped the boats and *demanded* a toll")."""
    for v in (verb, *verb.ancestors):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "agent")]
        if subj:
            return subj
        if v.dep_ not in ("advcl", "conj", "xcomp"):
            break
    return []


def armed_imposition(doc: Any, start: int, end: int) -> int | None:
    """Other (eval/WRITERS.md, actor2 of "Other"): a levy, an order or a ban a non-state armed group imposes on people
    ("al-Shabaab imposed a levy on herders", "bandits told farmers to pay 5 million naira", "armed men have been making
    traders pay a fee", "the rebels ordered residents to leave", "the militia banned music at weddings"), in the
    candidate's clause: the imposing verb is the candidate or governs it. A government's tax, a court's order or an army's
    instruction is no such event (the doer must be non-state: a state's measures are ``declared_measure``'s). Returns the
    imposing verb's index."""
    cw = codebook_words()
    tok = doc[start:end].root
    for verb in (tok, *tok.ancestors):
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        kids = list(verb.children)
        objects = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
        if lemma in cw.order_verbs:  # "making traders pay": the people are the subject of what they are made to do
            objects += [g for c in kids if c.dep_ in ("xcomp", "ccomp") for g in c.children if g.dep_ == "nsubj"]
        imposed = (
            (lemma in cw.levy_verbs and any(o.lemma_.lower() in cw.levies for o in objects))
            or (lemma in cw.ban_verbs and any(c.dep_ == "dobj" for c in kids))
            or (lemma in cw.order_verbs and any(not _nonstate(o) and not _armed(o) for o in objects) and any(
                (c.dep_ in ("xcomp", "ccomp") and _complies(c, cw))
                or (c.dep_ == "prep" and c.lower_ in ("off", "out", "from")) for c in kids))
        )
        if not imposed:
            continue
        if any(_nonstate(d) or any(_nonstate(t) for t in d.subtree) for d in _doers_of(verb)):
            return verb.i
        return None
    return None


def _complies(verb: Any, cw: Any) -> bool:
    """What an armed group's order makes people do: pay, leave, close ... or a rule told as a clause ("that women must
    cover their faces and that music is banned")."""
    return any(v.lemma_.lower() in cw.compliance_verbs or v.lemma_.lower() in cw.ban_verbs
               for v in (verb, *(c for c in verb.children if c.dep_ == "conj")))


def crowd_claim(doc: Any, start: int, end: int) -> bool:
    """Codebook (Peaceful protest): people who are no armed actor coming, going or staying somewhere together (triggers.toml
    [protest_context] crowd_moves, gathering) with a claim of theirs: a purpose clause of a claim verb or an "against"
    phrase (codebook claims: "About 150 herders rode into Erdenet on horseback to demand ...", "coffee growers drove their
    pick-ups to the governor's office to demand help", "fishermen moored their boats across the harbour entrance against
    a ban"). The verb is told in the past with a plural subject that names people; not one person's journey ("the
    minister flew to Brussels to demand ...") nor an armed group's move."""
    tok = doc[start:end].root
    ctx = protest_context()
    if tok.pos_ != "VERB" or tok.tag_ not in PAST_TAGS or tok.lemma_.lower() not in ctx.crowd_moves | ctx.gathering:
        return False
    subject = [ch for ch in tok.children if ch.dep_ == "nsubj"]
    if not subject:
        return False
    words_of = list(subject[0].subtree)
    if any(_armed_doer(t) for t in words_of):
        return False
    from ..events.retyping import person  # imported late: events reads classify

    people = [t for t in words_of if t.tag_ == "NNS" and person(t)]
    if not people:
        return False
    claims = codebook_words().claims
    for ch in tok.children:
        if ch.dep_ in ("advcl", "xcomp") and ch.lemma_.lower() in claims and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children):
            return True  # "to demand help", "to denounce the killing"
        if ch.dep_ == "prep" and ch.lower_ == "against":
            return True  # "against a ban on sardine fishing"
        if ch.dep_ == "prep" and ch.lower_ == "in" and any(g.lemma_.lower() == "protest" for g in ch.children):
            return True  # "in protest at ..."
    return False


def _armed_doer(t: Any) -> bool:
    """Armed people or forces by their word, or a catalogue armed group other than a community's ("herders" may name the
    Fulani militia in the catalogue; herders riding into a town to demand water are a crowd)."""
    if t.lemma_.lower() in ARMED_DOERS or t.lower_ in ARMED_DOERS or _armed_men(t):
        return True
    return t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None \
        and actor.kind in ARMED_KINDS - {"identity_militia"}
