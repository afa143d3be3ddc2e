"""ACLED codebook rules on a candidate and its sentence, where the codebook is explicit: lethal force on protesters
(Excessive force), territory taken after a withdrawal (Non-violent transfer), roads blocked and crowds moving with a
claim (Peaceful protest), gang and ordinary-crime killings, declared measures, and what the text asserts or recalls.
Arrests are in ``arrests``, acts of armed actors in ``armed_acts``, hazards and accidents in ``hazards``."""

from __future__ import annotations

import functools
import re
from typing import Any, Iterator

from .. import doccache
from ..catalogue import by_name, words
from ..events import cues as discourse
from ..lexicon import TERRITORY, TriggerEntry, codebook_words, crimes, hazards, protest_context
from ..resources import word_lists
from ..syntax import DEFINITE_DETERMINERS, PAST_TAGS, PLACE_LABELS, TIME_LABELS, in_words, list_head, subjects, told_in_the_past, word_positions, words_in
from .status import ACCUSING_LEMMAS, HYPOTHETICAL_LEMMAS, REPORTING_LEMMAS, REQUESTING_LEMMAS
from .armed_acts import ARMED_DOERS, HARM_VERBS, ORGANISED_ARMED, armed_doer, fired_upon, names_armed
from .weapons import EXPLOSIVE_WORDS

PROTEST_WORDS = words("protesters") | codebook_words().protest_nouns
# a state force in a protest sentence ("security" of "security forces" too); not armed_acts.STATE_FORCE_WORDS, which
# leaves out the civil government and a force of argument for "came under fire"
STATE_WORDS = words("military") | words("police") | codebook_words().state_forces


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
    crowd = _crowd_words()
    hits = [t for t in sent if in_words(t, crowd)]
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
        found = subjects(verb)
        if not found and (doer := doer_of(verb)[0]) is not None:
            found = [doer]
        return found

    def state(verb: Any) -> bool:
        return any(in_words(d, STATE_WORDS) for d in doers(verb))

    # the act is the forces' own, or a harm with no doer told as done when they acted ("several people were hurt when
    # officers charged the crowd")
    if not state(tok) and (doers(tok) or not any(ch.dep_ == "advcl" and ch.pos_ == "VERB" and state(ch) for ch in tok.children)):
        return False
    riot = discourse().crowd_riot | words("rioters")
    if any(in_words(t, riot) and not _names_who(t) and not another_scene(t, tok.i) for t in doccache.sent_of(tok)):
        return False
    return not crowd_acted(doc, tok.i, range(start, end))



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
    if end - start > 1 and words_in(doc, start, end, arms):
        return True  # the trigger phrase names them ("seized weapons", however parsed)
    tok = doc[start:end].root
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    taken = [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
    taken += [g for t in taken for g in t.conjuncts]
    return bool(taken) and all(in_words(t, arms) for t in taken)


def attack_taking_arms(doc: Any, start: int, end: int, entry: TriggerEntry | None) -> bool:
    """An attack verb (discourse.toml [targets] attack_verbs) whose conjunct takes arms only ("fighters *attacked* a
    police station and seized weapons"): what was taken is arms, not ground, so the attack takes no territory. Not a
    verb the lexicon calls a taking of ground itself ("overran an outpost and seized rifles": the outpost is taken)."""
    if entry is not None and entry.sub_event_type in TERRITORY:
        return False
    tok = doc[start:end].root
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in discourse().attack_verbs:
        return False
    arms, seizing = crimes().arms | EXPLOSIVE_WORDS, discourse().seizure_verbs
    for c in tok.conjuncts:
        if c.pos_ == "VERB" and arms_taken(doc, c.i, c.i + 1):
            return True
        # the parser's misreading of "and seized weapons": the arms a conjunct noun, the seizing verb its modifier
        if c.pos_ == "NOUN" and in_words(c, arms) \
                and any(ch.dep_ == "amod" and ch.lemma_.lower() in seizing for ch in c.children):
            return True
    return False


def mutiny(doc: Any, start: int, end: int) -> int | None:
    """The mutiny word of the trigger ("soldiers at the camp *mutinied*", "a *mutiny* broke out"; triggers.toml [codebook]
    mutiny) or of the verb it hangs on, its token index, else None. Codebook: Other, unless the mutineers fight loyal
    troops (an Armed clash)."""
    words_ = codebook_words().mutiny
    root = doc[start:end].root
    # the trigger, or the verb a participle of what the mutineers did hangs on ("briefly *mutinied*, firing into the air")
    told = [*doc[start:end], *([root.head] if root.dep_ in ("advcl", "conj", "xcomp") else [])]
    return next((t.i for t in told if in_words(t, words_)), None)


def progress_made(doc: Any, start: int, end: int) -> bool:
    """A verb whose object is a noun of progress ("the SDF have made steady progress in liberating villages", "made
    gains"; discourse.toml [aggregate] progress): the summary of a campaign, no event of its own (the events stage
    reads what the progress consists in the same way)."""
    tok = doc[start:end].root
    progress = discourse().progress
    return tok.pos_ == "VERB" and any(ch.dep_ == "dobj" and ch.lemma_.lower() in progress for ch in tok.children)


def search_only(doc: Any, start: int, end: int, harm: set[str] | frozenset[str]) -> bool:
    """Forces starting a search ("A combined Afghan and coalition security force conducted an operation in search of a
    Taliban leader in Khogyani district", "launched a search operation", "an operation to arrest a Taliban leader";
    events.movements.starts_a_search) whose clause tells no violence (discourse.toml [raids] violent_outcome, or a word
    of ``harm``: "..., resulting in the death of one armed insurgent"): the search is no event of its own; ACLED codes
    what it found, told in its own words (the arrests, a clash, an air strike)."""
    from ..events.movements import starts_a_search  # imported late: events reads classify

    verb = doc[start:end].root
    if verb.pos_ != "VERB":
        # a cue word of people in the search's words ("in search of *militants*", "a *rebel* leader"): the verb it hangs on
        verb = next((a for a in verb.ancestors if a.pos_ == "VERB"), verb)
    c = discourse()
    return verb.pos_ == "VERB" and starts_a_search(verb, c) \
        and not c.violence_told(verb.subtree, also=harm)


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


def no_act_verb(doc: Any, start: int, end: int) -> bool:
    """Is the candidate a verb that names no act of an event ("Intelligence *tracked* a group of armed insurgents",
    "insurgents *approached* the joint security force", "the force *questioned* the residents": triggers.toml [codebook]
    no_act_verbs)? Such a main verb or cue tells an event only when the classifier is sure of its kind."""
    root = doc[start:end].root
    return root.pos_ == "VERB" and root.lemma_.lower() in codebook_words().no_act_verbs


def war_of_words(doc: Any, start: int, end: int) -> bool:
    """A clash of words, no event (political violence needs violence): the candidate's verb has as its doers (subject,
    "with" object, their lists; "members of parliament" by their of-phrase) only legislators or politicians ("Opposition
    and ruling party MPs clashed over the electoral code", "Parliament clashed over the budget"; triggers.toml [codebook]
    legislators, words.toml office_holders, political_persons), or is told as one of words ("Fans of the two clubs clashed
    *verbally*", "in a war of *words*": `verbal`, in the verb's phrase), and its sentence has no word of bodily violence
    (`bodily`: "MPs exchanged blows")."""
    cw = codebook_words()
    tok = doc[start:end].root
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.head.pos_ == "VERB" else None
    if verb is None or words_in(doc, (sent := doccache.sent_of(verb)).start, sent.end, cw.bodily):
        return False
    def verbal(t: Any) -> bool:
        return in_words(t, cw.verbal)

    if any((ch.dep_ in ("advmod", "npadvmod") and verbal(ch))
           or (ch.dep_ == "prep" and any(verbal(t) and t.pos_ == "NOUN" for t in ch.subtree) and not any(t.pos_ == "VERB" for t in ch.subtree))
           for ch in verb.children):
        return True  # "clashed verbally", "in a war of words"; not "after rumours that a man had insulted Islam"
    politicians = cw.legislators | words("office_holders") | words("political_persons")
    doers = [ch for ch in verb.children if ch.dep_ == "nsubj"]
    doers += [g for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "with" for g in ch.children if g.dep_ == "pobj"]
    doers += [cj for d in doers for cj in d.conjuncts]

    def politician(d: Any) -> bool:
        named = [d, *(g for p in d.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")]
        return any(in_words(t, politicians) for t in named)

    return bool(doers) and all(politician(d) for d in doers)


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


def civil_accord(sent: Any) -> bool:
    """An agreement on trade, transport or energy ("Jordan and Iraq signed an agreement to extend an oil pipeline",
    "agreed to resume direct flights between the two capitals"; triggers.toml [codebook] civil_matters) whose sentence has
    no word of a conflict (`conflict_matters`: a truce, captives, fighters, troops, a disputed border, communities) and
    names no non-state actor the catalogue knows: business between states, not an agreement between conflict actors
    (ACLED's Agreement), no event."""
    cw = codebook_words()
    said = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if not said & cw.civil_matters or said & cw.conflict_matters:
        return False
    return not any(t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None and actor.kind != "state"
                   for t in sent)


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


@functools.cache
def crowd_nouns() -> frozenset[str]:
    """Words that name a crowd, a protest or its gathering (words.toml protesters, rioters, crowd, protest_words;
    triggers.toml [protest_context] gathering), without the acts of crowd violence."""
    return words("protesters") | words("rioters") | words("crowd") | words("protest_words") | protest_context().gathering


@functools.cache
def _crowd_words() -> frozenset[str]:
    return crowd_nouns() | PROTEST_WORDS | discourse().crowd_violence


def _measures(sent: Any, cw: Any) -> Iterator[tuple[Any, Any]]:
    """The sentence's curfews, states of emergency and martial laws (triggers.toml [codebook] measures), each with the
    word that governs it: its verb, or the verb of the preposition it hangs on ("placed 11 townships *under* martial
    law")."""
    doc, lemmas, heads = sent.doc, doccache.lemmas(sent.doc), _measure_heads(cw.measures)
    for i in range(sent.start, sent.end):
        if lemmas[i] in heads and _names_measure(noun := doc[i], cw.measures):  # (only such a lemma names one)
            yield noun, (noun.head.head if noun.dep_ == "pobj" else noun.head)


def declared_measure(doc: Any, start: int, end: int, *, in_sentence: bool = False) -> int | None:
    """Codebook (eval/WRITERS.md, as ACLED codes Other): does the candidate declare, impose, extend or renew a curfew,
    a state of emergency, exception or siege, or martial law ("Niger's junta extended the state of emergency in
    Tillabéri", "President Putin declared martial law in four regions", "placed 11 townships under martial law")? Not
    a measure for a disease, a disaster, an election or traffic (triggers.toml [codebook] measure_not, [hazards]
    agents). The candidate is the measure's noun or the verb that declares it (``in_sentence``: any word of the
    sentence); the verb's index is returned (the event's span: "extended *the curfew*" refers to no earlier event, the
    extension is one)."""
    cw = codebook_words()
    sent = doccache.sentence(doc, start)
    here = set(range(start, end))
    for noun, verb in _measures(sent, cw):
        if noun.dep_ not in ("dobj", "nsubjpass", "pobj") or verb.lemma_.lower() not in cw.measure_verbs:
            # "the state of emergency, which Parliament extended on Friday, remains in effect": the relative clause's verb
            # (also hung on the measure's place: "the curfew in the Copperbelt, which the cabinet renewed")
            verb = next((v for v in noun.subtree if v.dep_ == "relcl" and v.lemma_.lower() in cw.measure_verbs
                         and (v.head == noun or (v.head.dep_ == "pobj" and v.head.head.head == noun))
                         and any(w.dep_ in ("dobj", "nsubjpass") and w.tag_ == "WDT" for w in v.children)), None)
            if verb is None:
                continue
        if in_sentence or verb.i in here or here & {t.i for t in noun.subtree}:
            # (the sentence is read for what the measure is for only once a measure is found: most have none)
            if for_no_conflict(sent, verb) or measure_sought(verb):
                return None
            return verb.i
    return None


def curfew_by_hours(doc: Any, start: int, end: int) -> int | None:
    """Codebook (Other, as a declared curfew): a curfew told by its hours, not named ("Nobody is to be on the streets of
    Buthidaung between 9 p.m. and 5 a.m., the Arakan Army's local administration announced", "The governor ordered that
    nobody be out in Kousseri between 7 p.m. and 6 a.m."): a clause whose subject is nobody (triggers.toml [codebook]
    nobody, "no one") with a "between" of two hours. The verb that announces or orders it (measure_verbs, order_verbs),
    else the clause's own verb, is returned when the candidate is in that sentence; None for a measure for no conflict."""
    cw = codebook_words()
    sent = doccache.sentence(doc, start)
    for tok in sent:
        if not (tok.dep_ in ("nsubj", "nsubjpass") and (tok.lower_ in cw.nobody or (tok.lower_ == "one" and any(
                ch.lower_ == "no" for ch in tok.children)))):
            continue
        clause = tok.head
        hours = [t for t in clause.subtree if t.lower_ == "between" and any(
            w.ent_type_ in TIME_LABELS or w.lower_ in ("a.m.", "p.m.", "am", "pm", "dusk", "dawn", "midnight") for w in t.subtree)]
        if not hours:
            continue
        verb = clause.head if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in cw.measure_verbs | cw.order_verbs else clause
        if verb.dep_ != "ROOT" and verb.head.lemma_.lower() in cw.measure_verbs | cw.order_verbs and verb.head.i > verb.i:
            verb = verb.head  # "Nobody is to be on the streets ..., the administration *announced*"
        return None if for_no_conflict(sent, verb) else verb.i
    return None


def measure_no_event(doc: Any, start: int, end: int) -> bool:
    """Codebook (eval/WRITERS.md: measures for disease, disasters or elections alone are negatives; a measure is an event
    when declared, imposed, extended or renewed): is the candidate a curfew, state of emergency or martial law, or the
    verb that governs one, that is ended ("lifted a dusk-to-dawn curfew", "the state of emergency ... was lifted":
    triggers.toml [codebook] measure_ends) or told for no conflict ("declared a state of emergency ahead of a tropical
    storm", "extended the night curfew for alcohol sales": measure_not, [hazards] agents), or, anywhere in the sentence,
    only asked for (``measure_sought``: "asked parliament to approve martial law")? Such an "Other" is no event, however
    the classifier reads it."""
    cw = codebook_words()
    sent = doccache.sentence(doc, start)
    here = set(range(start, end))
    for noun, verb in _measures(sent, cw):
        if measure_sought(verb):
            return True  # anywhere in the sentence: the "Other" read there is the measure asked for ("urged ... to impose a curfew after clashes")
        if not (here & {noun.i, verb.i} or here & {t.i for t in noun.subtree}):
            continue
        if verb.lemma_.lower() in cw.measure_ends:
            # ... with no other act told beside the lifting ("lifted the night curfew ..., but *kept* the ban on motorbikes")
            return not any(ch.dep_ == "conj" and ch.pos_ == "VERB" for ch in verb.children)
        return for_no_conflict(sent, verb)
    return False


def measure_sought(verb: Any) -> bool:
    """Is the verb that declares a measure the infinitive of a verb that only asks for it or plans it ("asked parliament
    on Monday to *approve* martial law", "urged the governor to impose a curfew", "plans to extend the state of
    emergency": status_words.toml requesting, hypothetical)? No measure is declared (WRITERS.md: a measure is an event
    when declared, imposed, extended or renewed)."""
    node = verb
    for _ in range(2):  # "asked parliament to approve", "called on parliament to vote to extend"
        if node.dep_ not in ("xcomp", "ccomp") or node.head == node:
            return False
        node = node.head
        if node.lemma_.lower() in REQUESTING_LEMMAS or node.lemma_.lower() in HYPOTHETICAL_LEMMAS:
            return True
    return False


def for_no_conflict(sent: Any, verb: Any) -> bool:
    """Does the sentence of a measure declared by ``verb`` name a disease, a disaster, an election or traffic
    (triggers.toml [codebook] measure_not, [hazards] agents) that is not the way the measure was decided ("Parliament
    *voted* to extend the state of emergency")?"""
    cw = codebook_words()
    how = {t.i for t in verb.ancestors} | {verb.i}
    return any((in_words(t, cw.measure_not) or t.lemma_.lower() in hazards().agents) and t.i not in how for t in sent)


def _names_measure(tok: Any, measures: frozenset[str]) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in measures:
        return True  # "curfew"
    words = _measure_words(measures).get(lemma)
    if words:
        # "state of emergency", "martial law", "emergency rule"
        near = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        near += [c for c in tok.children if c.dep_ in ("amod", "compound")]
        return any(t.lemma_.lower() in words or t.lower_ in words for t in near)
    return False


@functools.cache
def _measure_heads(measures: frozenset[str]) -> frozenset[str]:
    """The lemmas ``_names_measure`` can take for a measure: a measure word, or the noun of a "noun:word" one."""
    return frozenset(measures) | frozenset(noun for noun, words in _measure_words(measures).items() if words)


@functools.cache
def _measure_words(measures: frozenset[str]) -> dict[str, frozenset[str]]:
    """The measures written "noun:word" ("state:emergency", "law:martial"): each noun's words."""
    out: dict[str, set[str]] = {}
    for m in measures:
        noun, _, word = m.partition(":")
        if word:
            out.setdefault(noun, set()).add(word)
    return {noun: frozenset(ws) for noun, ws in out.items()}


def dated_in_a_year(sent: Any) -> bool:
    """"In March 2019, a similar strike...": an event with a dated year is kept; assemble makes it background."""
    return any(ent.label_ == "DATE" and re.search(r"\b(19|20)\d\d\b", ent.text) for ent in sent.ents)


def noun_key(noun: Any) -> str:
    """A noun as written with the words hyphened to it, lower case and singular ("round-ups" and "round-up" are one)."""
    doc, first = noun.doc, noun.i
    while first >= 2 and doc[first - 1].text == "-" and doc[first - 2].idx + len(doc[first - 2]) == doc[first - 1].idx:
        first -= 2
    return doc[first : noun.i + 1].text.lower().removesuffix("s")


def two_sided_word(t: Any) -> bool:
    """Is the token a word of fighting between two sides (triggers.toml [codebook] two_sided: "clash", "gunfight"), also
    written with a hyphen ("shoot-out", read at its last part)?"""
    two_sided = codebook_words().two_sided
    return in_words(t, two_sided) or noun_key(t).replace("-", "") in two_sided


def killed_in_a_fight(doc: Any, start: int, end: int) -> bool:
    """Codebook: people killed or wounded in a fight between two sides fell in a battle, not a one-sided attack ("Military
    police killed five men in a shoot-out in a favela", "soldiers shot dead two gang members during a gunfight"): the
    candidate is a harm verb with an "in"/"during" phrase whose noun is a word of such fighting (``two_sided_word``)."""
    verb = doc[start:end].root
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in HARM_VERBS:
        return False
    return any(g.dep_ == "pobj" and g.pos_ == "NOUN" and two_sided_word(g)
               for ch in verb.children if ch.dep_ == "prep" and ch.lower_ in ("in", "during") for g in ch.children)


def fighters_killed_by_forces(doc: Any, start: int, end: int, before: Any | None = None) -> str | None:
    """Codebook: state forces' operation killing armed fighters is a battle (Armed clash), as a military press office tells
    it ("Security forces conducted an intelligence-based operation in the general area of Mir Ali ... Six khwarij were
    *sent to hell*"; "troops *killed* three militants"): the candidate is a verb of killing (armed_acts HARM_VERBS, or a
    euphemism of triggers.toml [codebook] killing_euphemisms) whose passive subject or object is armed people or a
    non-state group of the actor catalogue, in a sentence (or after the sentence ``before`` of its paragraph) whose
    clause subject is a state force. Returns "euphemism" for a press office's euphemism, "verb" for a plain verb of
    killing, else None."""
    verb = doc[start:end].root
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    euphemism = any(f"{lemma}:{g.lemma_.lower()}" in codebook_words().killing_euphemisms
                    for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj")
    if not euphemism and lemma not in HARM_VERBS:
        return None

    def fighters(t: Any) -> bool:
        if t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None:
            return actor.kind != "state"
        return in_words(t, ORGANISED_ARMED) or in_words(t, words("armed"))

    victims = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if not any(fighters(t) for c in victims for t in (c, *c.children) if t.dep_ != "prep") and not (
            any(c.like_num for c in victims) and any(fighters(t) for t in doccache.sent_of(verb))):  # "engaged the khwarij ... three were sent to hell"
        return None
    agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if agents:
        forces = any(in_words(g, STATE_WORDS) for g in agents)  # "were killed by villagers": no forces' operation
    else:
        sentences = [doccache.sent_of(verb), *([before] if before is not None else [])]
        forces = any(t.dep_ == "nsubj" and in_words(t, STATE_WORDS) and t.head.lemma_.lower() not in REPORTING_LEMMAS
                     for s in sentences for t in s) or _forces_say_they(verb)  # the forces act, not "police said"
    return ("euphemism" if euphemism else "verb") if forces else None


def forces_killed(doc: Any, start: int, end: int) -> bool:
    """Are state forces the subject of the active verb of killing itself ("troops later killed 40 assailants", "its soldiers
    had killed about a hundred terrorists"; its first conjunct's: "caught up with the attackers ... and killed 11 of them"),
    or "they" of a statement by forces (``_forces_say_they``)? Not forces named elsewhere in the sentence ("Had the army not
    sealed off the market ... gunmen fired on shoppers, killing three") nor a passive with its agent ("The five attackers
    were killed by security forces" in a trial's story): those the classifier judges."""
    verb = doc[start:end].root
    first = verb
    while first.dep_ == "conj" and first.head.pos_ == "VERB" and first.head.i != first.i:
        first = first.head
    return any(ch.dep_ == "nsubj" and in_words(ch, STATE_WORDS) for ch in first.children) or _forces_say_they(first)


def _forces_say_they(verb: Any) -> bool:
    """Is the verb's subject "they"/"we", in a clause a reporting verb of state forces governs ("Gendarmes said *they*
    had killed two of the suspected rustlers in a gunfight")? The forces tell their own act."""
    if not any(ch.dep_ == "nsubj" and ch.lower_ in ("they", "we") for ch in verb.children):
        return False
    from ..actors.words import lemma  # imported late: actors reads classify

    said = next((a for a in verb.ancestors if a.lemma_.lower() in REPORTING_LEMMAS), None)
    return said is not None and any(ch.dep_ == "nsubj" and in_words(ch, STATE_WORDS, lemma) for ch in said.children)


def similar_kind(doc: Any, start: int, end: int, earlier: list[tuple[Any, str]]) -> str | None:
    """"A similar round-up took place in Keren on Monday" after "soldiers detained young men in street round-ups": the
    noun "similar" describes, at the candidate or as the subject of its verb, names the kind of an event told before
    with the same noun; the sub-type of that event (``earlier``: sentences before, each with a sub-type decided in it,
    latest first), else None. The noun need not be a trigger word of its own ("round-up"), and one that is ("a similar
    raid" after arrests made in raids) is what the earlier event was."""
    root = doc[start:end].root
    noun = root if root.pos_ in ("NOUN", "PROPN") else next(
        (ch for ch in root.children if ch.dep_ in ("nsubj", "nsubjpass") and ch.pos_ == "NOUN"), None)
    if noun is None or not any(ch.dep_ == "amod" and ch.lower_ == "similar" for ch in noun.children):
        return None
    key = noun_key(noun)
    for sent, sub_type in earlier:
        if any(t.pos_ == "NOUN" and noun_key(t) == key for t in sent):
            return sub_type
    return None


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
    text = sent.text  # (a Span joins its tokens' texts at every access)
    if any(p.search(text) for p in (*c.sentence, *(() if lead else c.temporal))):
        return True
    if lead and judged_by(sent.doc, at, c) is not None:
        return True  # "A court jailed 11 young men over *the protests* in Arzew last month": recalled, lead or not

    offset = sent.doc[at].idx - sent.start_char
    return any(m.start() < offset and not outside_recalled_phrase(sent.doc, at, sent.start_char + m.start(), sent.start_char + m.end())
               for p in c.after for m in p.finditer(text))


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
    # a verb phrase ("*opened* fire on a fishing vessel") is told by its verb, not its object
    phrase_verb = end - start > 1 and doc[start:end].root.pos_ == "VERB" and doc[start:end].root.i != tok.i
    if phrase_verb:
        tok = doc[start:end].root
    if condemned(doc, tok, c):
        return True
    verb = tok
    if tok.pos_ == "NOUN" and _named_with_its_day_and_place(tok):
        return True  # "Residents fled after *clashes* in Tripoli on Monday": the noun tells its own day and place
    if tok.pos_ == "NOUN" and any(ch.dep_ == "relcl" and ch.lemma_.lower() in HARM_VERBS and told_in_the_past(ch)
                                  and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in ch.children) for ch in tok.children):
        return True  # "called for a precision *airstrike* which killed Rostum": the strike told by the toll it took
    if tok.pos_ == "NOUN":
        # the object of a conduct verb ("conducted an airstrike"), or the subject of a past verb ("a powerful
        # explosion hit a mosque in Kunduz", "a suicide bombing killed 12 people")
        if not ((tok.dep_ == "dobj" and tok.head.lemma_.lower() in c.conduct_verbs) or tok.dep_ == "nsubj"):
            return False
        verb = tok.head
    if verb.pos_ != "VERB" or not told_in_the_past(verb):
        return False  # a participle modifying a noun ("the arrested men") asserts nothing here
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    misread = verb.tag_ == "VBN" and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)
    if (phrase_verb or misread) and not any(armed_doer(t) for t in subjects):
        # a verb phrase ("opened fire", "set fire to"), or a finite verb only by its place in the parse ("Gunmen in a
        # speedboat *opened* fire on a fishing vessel", tagged VBN), is asserted when armed men do it; a lone man's ("a
        # man opened fire on guests at a wedding", "a jealous husband set fire to his wife's shop") is the classifier's call
        return False
    # the anchor is the clause's own (not a name inside its subject: "forces of the Tripoli government"), or a day the
    # trigger noun has when it is the subject ("air strikes in the region on Sunday had killed dozens of fighters"; not a
    # place alone: "A blast at a chemical plant in Bharuch killed five workers" may be an accident)
    if not anchored:
        return True
    inside_subject = {t.i for s in subjects for t in s.subtree}
    own_day = tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and any(t.ent_type_ == "DATE" for t in tok.subtree)
    return own_day or any(t.ent_type_ in ("DATE", *PLACE_LABELS) for t in verb.subtree if t.i not in inside_subject)


def _named_with_its_day_and_place(noun: Any) -> bool:
    """Is a trigger noun what a past verb was done after or amid (not "during a raid", an operation), told with a place of its own in its phrase and
    a day in the clause ("Residents fled after *clashes* in Tripoli on Monday")? The sentence asserts that event; not one told with
    neither ("Some fled after raids in which soldiers went from village to village"), nor one dated in a year."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "amid", "following") or prep.head.pos_ != "VERB" \
            or not told_in_the_past(prep.head):
        return False
    if any(ch.lemma_.lower() in hazards().agents for ch in noun.children):
        return False  # "after a *lightning* strike near Blagoevgrad on Monday": a hazard (classify.hazards)
    own = [t for t in noun.subtree if t.i != noun.i]
    # the day may hang on the verb ("fled after clashes in Tripoli *on Monday*"), the place is the noun's
    return any(t.ent_type_ == "DATE" and not (t.like_num and len(t.text) == 4) for t in prep.head.subtree) and any(
        t.ent_type_ in PLACE_LABELS for t in own)


LEAVE_WORDS = words("leave")
WITHDRAWAL_MARKS = codebook_words().withdrawal_marks


def taken_after_withdrawal(sent: Any) -> bool:
    """Codebook: territory taken when the other side had withdrawn, without fighting, is a Non-violent transfer
    of territory ("M23 captured the town after the army withdrew"). A verb of leaving in a clause marked
    "after"/"when" (or after "following"), and no word of fighting or killing in the sentence."""
    if fought_told(sent):
        return False
    for t in sent:
        if not _leaving(t):
            continue
        if t.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in WITHDRAWAL_MARKS for ch in t.children):
            return True
        if t.dep_ == "pcomp" and t.head.lower_ in WITHDRAWAL_MARKS:
            return True  # "after withdrawing"
    return False


def fought_told(sent: Any) -> bool:
    """Does the sentence tell fighting or killing (discourse.toml violent_outcome, byproduct_context, attack_verbs), or a
    leaving forced by fighting (``_fought_withdrawal``)? Then ground taken there was fought for."""
    return doccache.memo(sent.doc, ("fought_told", sent.start, sent.end), lambda: _fought_told(sent))  # type: ignore[no-any-return]


def _fought_told(sent: Any) -> bool:
    """``fought_told``, read once per sentence (the decision asks it of candidate after candidate)."""
    c = discourse()
    violent = c.violent_outcome | c.byproduct_context | c.attack_verbs
    return words_in(sent.doc, sent.start, sent.end, violent) or _fought_withdrawal(sent)


def _fought_withdrawal(sent: Any) -> bool:
    """Does the sentence tell the leaving forced by fighting (triggers.toml [codebook] fought_withdrawal: "withdrew *under
    fire*", "following hours of *gunfire*", "after 3 weeks of *siege*")? A word, or a noun after "under" ("under:fire")."""
    fought = codebook_words().fought_withdrawal
    if words_in(sent.doc, sent.start, sent.end, fought):
        return True
    doc, lemmas, tails = sent.doc, doccache.lemmas(sent.doc), _after_colons(fought)
    # (a noun after a word, "under:fire": only a lemma that ends such an entry can, so only those are read as Tokens)
    return any(doc[i].dep_ == "pobj" and f"{doc[i].head.lower_}:{lemmas[i]}" in fought
               for i in range(sent.start, sent.end) if lemmas[i] in tails)


@functools.cache
def _after_colons(entries: frozenset[str]) -> frozenset[str]:
    """Every part of the entries after one of their colons ("fire" of "under:fire")."""
    return frozenset(e[k + 1:] for e in entries for k, ch in enumerate(e) if ch == ":")


def no_fight_told(sent: Any) -> bool:
    """Codebook (WRITERS.md): ground that changes hands with no fighting reported is a Non-violent transfer of territory.
    Does the sentence deny a fight: a noun of fighting (triggers.toml [codebook] unfought) with "no" or "not" before it in
    its phrase or clause, or after "without" ("residents said no fighting took place", "No fighting was reported",
    "moved in hours later without a shot fired", "Not a single shot was fired when SPLA-IO fighters moved into Mundri",
    "No one fired a shot")?"""
    cw = codebook_words()
    unfought, negators = cw.unfought, cw.fight_negators
    for t in sent:
        if t.pos_ not in ("NOUN", "VERB") or t.lemma_.lower() not in unfought and t.lower_ not in unfought:
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "without":
            return True
        if any(ch.lower_ in negators and ch.dep_ in ("det", "neg", "advmod", "preconj") for ch in t.children):
            return True
        head = t.head  # "Not a single shot was fired": the negation on the verb the noun is the subject of
        if t.dep_ in ("nsubj", "nsubjpass") and any(ch.dep_ == "neg" for ch in head.children):
            return True
        if t.dep_ == "dobj" and any(s.dep_ == "nsubj" and (s.lower_ in cw.nobody or any(
                d.dep_ == "det" and d.lower_ in negators for d in s.children)) for s in head.children):
            return True  # "No one fired a shot", "nobody fired a shot": the negation on the verb's doer
    return False


def left_before(sent: Any) -> bool:
    """Codebook (WRITERS.md): ground taken when the other side had gone is a Non-violent transfer of territory. Does the
    sentence tell a leaving done before, in the past perfect, in a clause of its own ("...; the army and its Russian allies
    *had left* the town on 19 June", "the last officers *had already slipped away* by boat", "after the last junta police
    there *had slipped out* overnight")? A verb of leaving (words.toml leave, or triggers.toml [codebook] leaving_phrasal
    with its particle), not in a clause that describes a noun ("the rebels, who had withdrawn in May, retook ..."), and no
    word of fighting or killing in the sentence, no leaving forced by fighting."""
    if fought_told(sent):
        return False
    return any(_leaving(t) and t.dep_ not in ("relcl", "acl") and t.tag_ == "VBN"
               and any(ch.dep_ == "aux" and ch.lower_ in ("had", "'d") for ch in t.children) for t in sent)


def _leaving(t: Any) -> bool:
    """A verb of leaving: words.toml leave, or one of triggers.toml [codebook] leaving_phrasal with its particle ("slipped
    away", "melted away")."""
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    return lemma in LEAVE_WORDS or any(f"{lemma}:{ch.lower_}" in codebook_words().leaving_phrasal
                                       for ch in t.children if ch.dep_ in ("prt", "advmod", "prep"))


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
    if not any(_leaving(t) or t.lemma_.lower() in LEAVE_WORDS or in_words(t, TRANSFER_SIGNS) for t in sent):
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


TAKING_WORDS = words("taking")
CONTROL_TAKING = TAKING_WORDS | words("control_taking")  # "took / assumed control of the base"


def taking_verb(tok: Any) -> int | None:
    """The verb that takes a place named by a noun: the noun is its object ("they've taken *the police station*", "seized
    *the gendarmerie post*", "has taken Maungdaw, including the border police *headquarters*"), the object of "control of"
    ("took control of *the base*"), or where a verb of moving goes
    "into" (triggers.toml [codebook] entry_verbs: "walked into Gwa's police *headquarters*"). A verb of taking is
    words.toml taking. The verb's index, or None (a verb, or a noun no such verb governs)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    tok = list_head(tok)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "control" and head.head.dep_ == "dobj":
        verb = head.head.head  # "took control of the base"
        return verb.i if verb.pos_ == "VERB" and verb.lemma_.lower() in CONTROL_TAKING else None
    if tok.dep_ == "pobj" and head.lower_ == "including" and head.head.dep_ == "dobj":
        tok, head = head.head, head.head.head  # "has taken Maungdaw, including the border police *headquarters*"
    if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in TAKING_WORDS:
        return head.i
    if tok.dep_ == "pobj" and head.lower_ == "into" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in codebook_words().entry_verbs:
        return head.head.i
    return None


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


def about_violent_event(sent: Any, c: Any) -> bool:
    """Does the sentence refer to a violent event with a definite noun ("arrested a suspect in that attack")?"""
    return any(
        t.lemma_.lower() in c.byproduct_context and any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in t.children)
        for t in sent
    )


POLITICAL_PERSONS = words("protesters") | words("political_persons")
POLITICAL_TARGETS = POLITICAL_PERSONS | words("office_holders")


def gang_conflict(sent: Any) -> bool:
    """Does the sentence tie what it tells to a conflict between gangs ("in what prosecutors said was a settling of
    scores between drug gangs", "as a feud between two motorcycle gangs flared", "a cartel turf war", "a dispute
    between drug gangs", "an attack by one drug gang in a rival gang's area"; triggers.toml [crime] gangs, gang_conflicts,
    and quarrels only *between* gangs)? A conflict
    word with a gang word in its phrase (or in the phrase of the noun it follows "of"), not denied ("not linked to any
    gang war", "no sign of a feud")."""
    crime = crimes()

    def gang(g: Any) -> bool:
        return in_words(g, crime.gangs)

    for t in sent:
        quarrel = in_words(t, crime.quarrels)
        if not quarrel and t.lemma_.lower() not in crime.gang_conflicts and t.lower_ not in crime.gang_conflicts:
            continue
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in t.children) \
                or any(c.dep_ == "neg" for a in t.ancestors for c in a.children):
            continue
        phrase = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else t  # "a settling of scores between gangs"
        if t.dep_ == "amod":
            phrase = t.head  # "a rival gang's area", "rival drug networks": the word is said of the noun it modifies
        if quarrel:
            # a quarrel word ("dispute", "row") only between gangs ("a dispute between drug gangs"), not "a drug dispute"
            if any(b.lower_ in ("between", "among") and any(gang(g) for g in b.subtree) for b in phrase.subtree):
                return True
        elif any(g.i != t.i and gang(g) for g in phrase.subtree):
            return True
    return False


def named_group_acts(sent: Any) -> bool:
    """Is the subject of a clause of the sentence, or a word of its phrase, a proper name the actor catalogue knows as a
    non-state armed group, with no word of a crowd's side ("supporters", "fans": eval/WRITERS.md Two crowds) ("*Koglweogo* members beat a man they accused of stealing goats", "Members of the *Koglweogo*
    self-defence group whipped ...", "*Bwa Kale* vigilantes lynched three men")? An organised group's violence is an
    Attack on its victims, not a mob's (eval/WRITERS.md: Koglweogo Militia, inter 4; "never Mob violence with Rioters:
    rioters are unorganised crowds")."""
    from ..catalogue import CROWD_KINDS

    sides = words("crowd_sides") | words("crowd")  # "Awami League and BNP supporters clashed": two crowds
    for subj in (t for t in sent if t.dep_ == "nsubj"):
        phrase = list(subj.subtree)
        if any(in_words(t, sides) for t in phrase):
            continue
        for t in phrase:
            if t.pos_ == "PROPN" and t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None \
                    and actor.kind not in ("state", *CROWD_KINDS):
                return True
    return False


def ordinary_crime_killing(sent: Any) -> bool:
    """A killing for gain or over a private quarrel ("carjackers shot dead a doctor and fled with his car", "a man
    shot dead his colleague after an argument", "in a dispute over a debt"), with no organised armed or political
    actor (militants, bandits, a named gang) and no political target (a councillor, an activist), or of the killer's
    own kin or by the victim's ("shot dead his wife", "was stabbed to death by her husband"): ordinary crime,
    which ACLED does not code (triggers.toml [crime] motives). A quarrel word ("dispute", "row") counts only when
    it is private ("a family dispute", "a dispute over money"), not a land or chieftaincy dispute. The motive may be
    told in the next sentence, about the killing named again ("A man was shot dead outside a bar. Police said *the
    shooting* followed an argument over a debt")."""
    if gang_conflict(sent):
        return False  # "shot dead in what police called a turf war between drug gangs": gang violence
    found = _private_motive(sent)
    if found is None:
        return False
    motive, kin, state = found
    for after in () if motive else _told_again_after(sent):
        if gang_conflict(after) or (more := _private_motive(after)) is None:
            return False
        if more[0]:
            motive, kin = True, more[1]
            break
    # a state force's violence on a civilian is an Attack whatever its motive, unless the victim is the killer's own kin
    return motive and (kin or not state)


def _hyphened(t: Any) -> str:
    """The word a token begins when the tokenizer split it at its hyphens ("hold-up", "brother-in-law"), else ''."""
    doc, end = t.doc, t.i
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return doc[t.i : end + 1].text.lower() if end > t.i else ""


def _denied(t: Any) -> bool:
    """Is the word denied ("not linked to *any gang*", "*no* robbery")?"""
    return any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in t.children) \
        or any(c.dep_ == "neg" for a in t.ancestors for c in a.children)


def _private_motive(sent: Any) -> tuple[bool, bool, bool] | None:
    """Read a sentence for ``ordinary_crime_killing``: None when it names an organised armed or political actor or target,
    else (a private motive is told, the victim is the killer's own kin, a state force on duty did the killing)."""
    crime = crimes()

    def low(t: Any) -> set[str]:
        return {t.lemma_.lower(), t.lower_, _hyphened(t)}

    motive = kin = state = False
    for t in sent:
        if low(t) & (ORGANISED_ARMED | POLITICAL_TARGETS) and not _denied(t):
            return None
        state = state or _state_killer(t)  # "a police officer shot dead a rider after an argument over a bribe"
        if t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None and actor.kind != "state":
            return None  # "members of the MS-13 gang"
        if low(t) & (crime.collectives | words("group_nouns")) and any(c.pos_ == "PROPN" for c in t.children if c.dep_ == "compound"):
            return None  # "gang members from the Kokorat San Ras group": a named armed group
        if low(t) & crime.motives and not any(a.lemma_.lower() in ACCUSING_LEMMAS for a in t.ancestors) \
                and not any(c.lemma_.lower() in ACCUSING_LEMMAS for c in t.children) and t.dep_ not in ("dobj", "nsubjpass") \
                and not _taken_in_an_attack(t) and not _herd_raider(t, crime.herds) and not _said_of_the_victim(t):
            # not "a man accused of stealing a goat" (a mob's victim), "police shot dead two suspected robbers"
            motive = True
        elif low(t) & crime.quarrels and any(low(g) & crime.private for g in t.subtree if g.i != t.i):
            motive = True
        elif low(t) & crime.kin and (t.dep_ in ("dobj", "npadvmod") or (t.dep_ == "pobj" and t.head.dep_ == "agent")) \
                and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in t.children) and not _kin_of_a_victim(t):
            # "a man shot dead his wife and her brother" (not "killed a farmer and his son"), "was shot dead by her
            # former partner", "by his cousin over a land dispute", "shot dead his brother-in-law" (a split word the
            # parser reads as npadvmod)
            motive = kin = True
    return motive, kin, state


def _told_again_after(sent: Any) -> list[Any]:
    """The next two sentences that name the killing again, or its motive, by their subject under a definite determiner
    ("Police said *the shooting* followed an argument over a debt", "Police said *the motive* appeared to be robbery";
    actors words.toml violent_acts, and "motive")."""
    doc, out = sent.doc, []
    acts = words("violent_acts") | {"motive"}
    end = sent.end
    for _ in range(2):
        if end >= len(doc):
            break
        after = doc[end].sent
        end = after.end
        if any(t.dep_ in ("nsubj", "nsubjpass") and in_words(t, acts) and any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in t.children)
               for t in after):
            out.append(after)
    return out


def _state_killer(t: Any) -> bool:
    """Is the word a state force (police or military words) that does a verb of killing or wounding (armed_acts
    HARM_VERBS) as its subject or passive agent, on duty (triggers.toml [crime] on_duty: "a traffic police officer *shot
    dead* a rider at a checkpoint after an argument over a bribe")? A state force's violence on a civilian is an Attack
    whatever its motive (ACLED codes state forces as actors), no ordinary crime."""
    if t.lemma_.lower() == "guard" or not (in_words(t, STATE_WORDS) or any(c.dep_ == "compound" and in_words(c, STATE_WORDS) for c in t.children)):
        return False  # not a (security) guard: a private one's quarrel is a crime
    verb = t.head if t.dep_ == "nsubj" else t.head.head if t.dep_ == "pobj" and t.head.dep_ == "agent" else None
    if verb is None or verb.lemma_.lower() not in HARM_VERBS:
        return False
    # a colleague or kin shot in a quarrel ("a police officer shot dead a colleague after an argument") is a private
    # killing, and so is one off duty ("a soldier shot dead a driver during a quarrel over a fare")
    crime = crimes()
    victims = [c for c in verb.children if c.dep_ == "dobj"] if t.dep_ == "nsubj" else [c for c in verb.children if c.dep_ == "nsubjpass"]
    return not any(in_words(v, crime.kin) for v in victims) and any(in_words(w, crime.on_duty) for w in doccache.sent_of(t))


def _herd_raider(t: Any, herds: frozenset[str]) -> bool:
    """Is the motive word a thief of herds ("armed *cattle* thieves", "thieves of zebu") or a theft of them ("dahalo *stole*
    some 300 zebu")? Cattle raiding, not private gain."""
    return any(in_words(c, herds) for c in t.children if c.dep_ in ("compound", "amod", "nmod")) \
        or any(g.lemma_.lower() in herds for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj") \
        or (t.pos_ == "VERB" and any(c.dep_ == "dobj" and in_words(c, herds) for c in t.children))


def _said_of_the_victim(t: Any) -> bool:
    """Is the motive word said of the victim, in a clause of the harmed person's phrase ("Police shot dead two men *they said
    were armed robbers*")? A description of who was killed, no motive of the killer."""
    return any(a.dep_ in ("dobj", "nsubjpass") and a.head.lemma_.lower() in HARM_VERBS for a in t.ancestors)


def _taken_in_an_attack(t: Any) -> bool:
    """Is a verb of stealing or robbing a participle or conjunct of an armed attack on others ("armed men *attacked* a convoy
    of NGO vehicles, wounding a driver and *stealing* medical supplies", "gunmen *ambushed* a bus ..., *robbing* the
    passengers"; discourse.toml [targets] attack_verbs)? The theft is part of the attack (WRITERS.md: raids on villages,
    fishermen or aid convoys stay events), no motive of a private crime."""
    if t.pos_ != "VERB":
        return False
    attack = discourse().attack_verbs
    node = t
    while node.dep_ in ("advcl", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in attack:
            return True
    return False


def _kin_of_a_victim(t: Any) -> bool:
    """Is a kin word the kin of someone the same verb, or the verb it is coordinated with, harmed first ("shot dead a
    displaced man and wounded *his wife*")? Then the possessive names the victim's kin, not the killer's."""
    verbs = [t.head]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)
    return any(o.dep_ == "dobj" and o.i < t.i and o.i != t.i for v in verbs for o in v.children)


def civilian_blockade(doc: Any, start: int, end: int) -> bool:
    """Codebook: a road blocked by people who are no armed actor is a Peaceful protest ("farmers and teachers have
    blocked the Pan-American Highway with logs and stones"): a blocking verb (triggers.toml [protest_context]
    blocking) with an object and a subject, where no word of the subject names an armed actor (gunmen, militiamen,
    soldiers, police, a catalogue armed group or state force), whose roadblocks are theirs. So is a sit-in on a way:
    people sitting or lying down on a road or a bridge ([protest_context] sitting, sitting_preps: "about 100 herders sat
    on a road outside the town to stop coal trucks", "workers sat across the bridge"), the subject naming people."""
    tok = doc[start:end].root
    if tok.pos_ != "VERB":
        return False
    subject = [t for ch in tok.children if ch.dep_ in ("nsubj", "agent") for t in ch.subtree]
    if tok.lemma_.lower() in protest_context().sitting:
        from ..events.retyping import person  # imported late: events reads classify

        # people by their word: a community the actors may read as a militia ("Mongolian herders") sits in unarmed
        return _sat_on(tok) != [] and any(ch.dep_ == "nsubj" and person(ch) for ch in tok.children) \
            and not any(in_words(t, ARMED_DOERS) for t in subject)
    if tok.lemma_.lower() not in protest_context().blocking or not any(ch.dep_ in ("dobj", "nsubjpass") for ch in tok.children):
        return False
    return bool(subject) and not any(names_armed(t) for t in subject)


def _sat_on(verb: Any) -> list[Any]:
    """The ways a verb of sitting puts its people on ("sat on a road", "sat down across the bridge")."""
    ctx = protest_context()
    return [g for ch in verb.children if ch.dep_ == "prep" and ch.lower_ in ctx.sitting_preps
            for g in ch.children if g.dep_ == "pobj" and g.lemma_.lower() in ctx.ways]  # not "sat in Kyiv"


def road_blockade(doc: Any, start: int, end: int) -> bool:
    """A ``civilian_blockade`` of a way (triggers.toml [protest_context] ways, or a named road: "Truckers blocked the
    bridge over the Danube at Ruse for six hours on Wednesday", "Villagers blocked the Kokand highway near Rishton"):
    a Peaceful protest the codebook names, whatever a trained classifier made of the words around it."""
    if not civilian_blockade(doc, start, end):
        return False
    ways = protest_context().ways
    tok = doc[start:end].root
    blocked = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")] + _sat_on(tok)
    return any(t.lemma_.lower() in ways or t.pos_ == "PROPN" or t.ent_type_ in ("FAC", *PLACE_LABELS) for t in blocked)


def close_fire(doc: Any, start: int, end: int) -> bool:
    """``fired_upon`` told with a time or place in its sentence and no crowd in it (police "came under fire" from
    protesters is the protest's or riot's): an Armed clash the codebook names, kept whatever the classifier made of a
    report with no one hurt ("... was shot at by armed men in the same area on Sunday. There were no injuries")."""
    sent = doccache.sentence(doc, start)
    crowd = PROTEST_WORDS | words("rioters") | words("crowd")
    if not fired_upon(doc, start, end) or words_in(doc, sent.start, sent.end, crowd):
        return False
    # (or in the sentence before, in its paragraph, that sets the scene: "Shortly after midnight on Monday, officers on
    # patrol in Pinewood Gardens stopped a car. On approach, the officers came under fire from the occupants.")
    before = doccache.sentence(doc, sent.start - 1) if sent.start > 0 and "\n\n" not in doc[sent.start - 1].whitespace_ + doc[sent.start - 1].text else None
    return any(t.ent_type_ in (*TIME_LABELS, *PLACE_LABELS) for t in sent) or (
        before is not None and not any(in_words(t, crowd) for t in before) and any(t.ent_type_ in (*TIME_LABELS, *PLACE_LABELS) for t in before))


def crowd_claim(doc: Any, start: int, end: int) -> bool:
    """Codebook (Peaceful protest): people who are no armed actor coming, going or staying somewhere together (triggers.toml
    [protest_context] crowd_moves, gathering) with a claim of theirs: a purpose clause of a claim verb, an "against"
    phrase, "in" a protest or march, or the signs they carry (codebook claims: "About 150 herders rode into Erdenet on
    horseback to demand ...", "coffee growers drove their pick-ups to the governor's office to demand help", "fishermen
    moored their boats across the harbour entrance against a ban", "Tens of thousands walked across the bridge in a march
    for Gaza", "Hundreds of people walked to the consulate carrying signs reading 'not for sale'"). The verb is told in the past with a plural subject that names people; not one person's journey ("the
    minister flew to Brussels to demand ...") nor an armed group's move."""
    tok = doc[start:end].root
    ctx = protest_context()
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in ctx.rally_nouns and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        tok = tok.head.head  # the protest noun of "walked across the bridge *in a march* for Gaza": the verb it tells
    if tok.pos_ != "VERB" or tok.tag_ not in PAST_TAGS or tok.lemma_.lower() not in ctx.crowd_moves | ctx.gathering:
        return False
    subject = [ch for ch in tok.children if ch.dep_ == "nsubj"]
    if not subject:
        return False
    # every subject the parser gave (a dateline is taken for one: "NUUK - Hundreds of people walked ...")
    words_of = [t for sub in subject for t in sub.subtree]
    if any(armed_doer(t) for t in words_of):
        return False
    from ..events.retyping import person  # imported late: events reads classify

    # people, or a crowd counted without a noun of people ("Tens of thousands walked across the bridge")
    people = [t for t in words_of if t.tag_ == "NNS" and (person(t) or t.lower_ in ctx.crowd_counts)]
    if not people:
        return False
    claims = codebook_words().claims
    for ch in tok.children:
        if ch.dep_ in ("advcl", "xcomp") and ch.lemma_.lower() in claims and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children):
            return True  # "to demand help", "to denounce the killing"
        if ch.dep_ == "prep" and ch.lower_ == "against":
            return True  # "against a ban on sardine fishing"
        if ch.dep_ == "prep" and ch.lower_ == "in" and any(g.lemma_.lower() in ctx.rally_nouns for g in ch.children if g.dep_ == "pobj"):
            return True  # "in protest at ...", "in a march for Gaza"
    # what protesters carry ([protest_context] props held), or a thing held whose words are told: "walked to the consulate
    # carrying flags and *signs reading* 'not for sale'"
    # (the parser may hang the words' verb on the holding verb: "carrying signs, reading ...")
    return any((held := list_head(t).head).lemma_.lower() in ctx.holding and (t.lemma_.lower() in ctx.props or any(
        ch.dep_ in ("acl", "relcl", "advcl") and ch.lemma_.lower() in ctx.message_verbs for ch in (*t.children, *held.children)))
               for t in tok.subtree if t.pos_ == "NOUN")


def counted_rally(doc: Any, start: int, end: int) -> bool:
    """Codebook (Peaceful protest): a protest told as held by a crowd of people who are no armed actor, counted or told as
    one more protest of the day (triggers.toml [protest_context] rally_verbs, rally_nouns, held_verbs, crowd_counts,
    rival_marks): the protest verb in the past with such a subject ("In Glasgow, about 1,000 people rallied in George
    Square"), or the protest noun held, gone ahead or taken part in ("The march of about 150 people went ahead", "About 15
    people took part in the rally", "Smaller rallies were held at the same time in Kosice"). Not an election rally (a
    ``campaign`` word in the sentence: "held a campaign rally attended by thousands"), nor one a party or a candidate held."""
    ctx = protest_context()
    tok = doc[start:end].root
    lemma = tok.lemma_.lower()
    if any(t.lemma_.lower() in ctx.campaign or t.lower_ in ctx.campaign for t in doccache.sent_of(tok)):
        return False
    if tok.pos_ == "VERB":
        if lemma not in ctx.rally_verbs or not _past_act(tok):
            return False
        subject = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
        return subject is not None and _counted_crowd(list(subject.subtree), ctx)
    if tok.pos_ != "NOUN" or lemma not in ctx.rally_nouns:
        return False
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":  # "took part in the rally"
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.held_verbs or not _past_act(verb):
        return False
    if verb.lemma_.lower() == "go" and not any(ch.lower_ == "ahead" for ch in verb.children):
        return False  # "the march went to the ministry" tells where it went, not that it was held
    doers = [t for ch in verb.children if ch.dep_ in ("nsubj", "agent") and ch.i != tok.i for t in ch.subtree]
    if doers and not _counted_crowd(doers, ctx):
        return False  # "the ruling party held a rally", "Organisers staged a march": not a counted crowd
    rival = any(ch.dep_ == "amod" and ch.lower_ in ctx.rival_marks for ch in tok.children)
    return rival or _counted_crowd(doers + [t for t in tok.subtree if t.i != tok.i], ctx)


def property_attack(doc: Any, start: int, end: int) -> bool:
    """eval/WRITERS.md (Looting/property destruction): armed men or unknown attackers (``armed_doer``, no state force) destroying
    or taking a thing (triggers.toml [codebook] property_verbs less property_crimes; an arson verb with its arson word), told in
    the past, with no crowd (discourse.toml [crowd] crowd_nouns, protest words) and no one killed, wounded or shot in the
    sentence: "unknown attackers smashed the windows of the council's office in Vukovar", "The same militants are believed
    to have burned a backhoe and a dump truck of a construction firm". The classifier often reads such a verb as no event
    or as a riot."""
    from ..events.codebook_type import arson_told, no_crowd_nor_harm  # imported late: events reads classify
    from ..events.retyping import person

    verb = doc[start:end].root
    cw, c = codebook_words(), discourse()
    if verb.pos_ != "VERB" or verb.tag_ not in PAST_TAGS or any(ch.dep_ == "neg" for ch in verb.children):
        return False
    if verb.tag_ == "VBN" and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False  # a participle describing a thing ("the burned houses")
    lemma = verb.lemma_.lower()
    # (not a verb of taking away by its particle: "Police towed the tractors away" ends a protest)
    if lemma in cw.property_crimes or not (lemma in cw.property_verbs or arson_told(verb)):
        return False
    things = [ch for ch in verb.children if ch.dep_ == "dobj" and ch.lower_ not in c.arson]
    if not things or any(person(t) or t.pos_ == "PRON" for t in things):
        return False
    doer = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if doer is None and verb.dep_ == "xcomp":
        doer = next((ch for ch in verb.head.children if ch.dep_ in ("nsubj", "nsubjpass")), None)  # "are believed to have burned"
    # (not forces destroying what they seized: "The army destroyed 14 tonnes of confiscated explosives")
    if doer is None or not armed_doer(doer) or in_words(doer, STATE_WORDS):
        return False
    return no_crowd_nor_harm(doccache.sent_of(verb))


def _past_act(verb: Any) -> bool:
    """Is the verb told as done: in the past, not under a modal, a negation or a future ("will march")?"""
    if verb.tag_ not in PAST_TAGS or any(ch.dep_ in ("neg", "aux") and ch.lower_ in ("not", "n't", "never", "will", "would", "could", "may", "might") for ch in verb.children):
        return False
    return verb.tag_ == "VBD" or any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)


def _counted_crowd(tokens: list[Any], ctx: Any) -> bool:
    """Do the words name people who are no armed actor with a count ("about 1,000 people", "Several hundred fishermen",
    "tens of thousands of supporters")?"""
    from ..events.retyping import person  # imported late: events reads classify

    if any(armed_doer(t) for t in tokens):
        return False
    counted = any((t.like_num and t.dep_ in ("nummod", "quantmod", "compound", "pobj", "nsubj")) or t.lower_ in ctx.crowd_counts for t in tokens)
    return counted and any(person(t) or t.lemma_.lower() == "people" for t in tokens)


# --------------------------------------------------------------- arson and petrol bombs at things (WRITERS.md Riot vs looting)
@functools.cache
def _crowd_context() -> frozenset[str]:
    """Words that tell a crowd, a protest, a riot or its dispersal (lemmas or forms): arson told with one of them anywhere
    in the text is the riot's ("Youths set fire to cars ... police fired tear gas at groups of youths"). The crowd words
    (``_crowd_words``) less the words of arson itself (the act being judged), with the words of disorder."""
    c = discourse()
    return ((_crowd_words() - c.arson - {"burn", "petrol", "molotov", "throw", "hurl", "torch"})
            | (words("crowd_disorder") - {"arson", "looting", "violence"}) | {"mob", "clash"})


def _incendiary_acts(sent: Any) -> tuple[tuple[Any, list[Any]], ...]:
    """``_incendiary_acts_in`` read once per sentence (every candidate of the sentence asks)."""
    return doccache.memo(sent.doc, ("incendiary_acts", sent.start, sent.end), lambda: tuple(_incendiary_acts_in(sent)))  # type: ignore[no-any-return]


def _incendiary_acts_in(sent: Any) -> Iterator[tuple[Any, list[Any]]]:
    """The sentence's acts of arson, each (the act's word, what it was done to): a petrol bomb or Molotov cocktail
    thrown at something ("threw a petrol bomb at the office of ...", "a petrol bomb thrown at the gate", "was
    petrol-bombed"), "set fire to" / "set alight" / "set ablaze", "torched" / "the torching of", "burned down", and
    "arson" ("an arson attack on a mosque"; its target may be untold)."""
    cw, c = codebook_words(), discourse()
    doc = sent.doc
    seen: set[int] = set()
    for hit in cw.incendiaries.finditer(doccache.span_text(doc, sent.start, sent.end)):
        span = doc.char_span(sent.start_char + hit.start(), sent.start_char + hit.end(), alignment_mode="expand")
        if span is None:
            continue
        b = span[-1]
        while b.dep_ == "compound" and b.head != b:
            b = b.head
        verb = b if b.pos_ == "VERB" else b.head if b.dep_ in ("dobj", "nsubjpass") else \
            next((ch for ch in b.children if ch.dep_ == "acl" and ch.pos_ == "VERB"), None)
        if b.dep_ == "pobj" and b.head.lower_ == "with":  # "were attacked with petrol bombs"
            verb = b.head.head
            if verb.pos_ == "VERB" and verb.i not in seen:
                seen.add(verb.i)
                yield verb, [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
            continue
        if verb is None or verb.i in seen:
            continue
        seen.add(verb.i)
        told = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in cw.thrown_at for g in p.children
                if g.dep_ == "pobj" and g.ent_type_ not in TIME_LABELS]
        if verb.lemma_.lower() not in c.throw_verbs:  # "was petrol-bombed": what was bombed (a throw's object is the bomb)
            told += [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass") and ch != b]
            told += [verb.head] if verb.dep_ == "relcl" and not told else []  # "the homestead ... that was petrol-bombed"
            if verb.dep_ == "acomp" and not told:  # "The house ... was petrol-bombed" parsed as a copula's complement
                told += [ch for ch in verb.head.children if ch.dep_ in ("nsubj", "nsubjpass")]
        yield verb, told
    lemmas, acts = doccache.lemmas(doc), _incendiary_lemmas()
    for i in range(sent.start, sent.end):
        lemma = lemmas[i]
        if lemma not in acts or i in seen:
            continue  # (every act below has one of these lemmas)
        t = doc[i]
        if lemma == "arson":  # "an arson attack on a mosque", "treating the blaze as arson"
            head = t.head if t.dep_ == "compound" else t
            yield t, [g for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "of") for g in p.children if g.dep_ == "pobj"]
        elif lemma in ("torch", "torching") and t.pos_ in ("VERB", "NOUN"):  # "torched two buses", "the torching of two buses"
            yield t, ([ch for ch in t.children if ch.dep_ in ("dobj", "nsubjpass")] if t.pos_ == "VERB"
                      else [g for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"])
        elif t.pos_ == "VERB" and lemma in c.arson_verbs:  # "set fire to X", "X was set alight", "set ablaze two buses"
            parts = [ch for ch in t.children if ch.lower_ in c.arson or any(g.lower_ in c.arson for g in ch.children if g.dep_ == "pobj")]
            if parts:
                told = [ch for ch in t.children if ch.dep_ in ("dobj", "nsubjpass") and ch.lower_ not in c.arson]
                told += [g for x in (t, *parts) for p in x.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
                yield t, told
        elif t.pos_ == "VERB" and lemma in c.burn_verbs and any(ch.dep_ == "prt" and ch.lower_ == "down" for ch in t.children):
            yield t, [ch for ch in t.children if ch.dep_ in ("dobj", "nsubjpass")]  # "burned down about 80 shelters"


@functools.cache
def _incendiary_lemmas() -> frozenset[str]:
    """The lemmas of the acts of arson ``_incendiary_acts_in`` reads word by word."""
    c = discourse()
    return frozenset({"arson", "torch", "torching", *c.arson_verbs, *c.burn_verbs})


def _a_force_or_people(noun: Any) -> bool:
    """Is the noun people, or armed forces, their post or kit ("riot police", "a police station", "a police Land Rover",
    "PSNI lines")? A relative pronoun stands for the noun it describes ("the homestead ... that was petrol-bombed")."""
    from ..events.retyping import armed_post, person  # imported late: events reads classify

    if noun.tag_ == "WDT" and noun.head.dep_ == "relcl":
        noun = noun.head.head
    near = [noun] + [ch for ch in noun.children if ch.dep_ in ("compound", "amod", "nmod", "poss")]
    return person(noun) or armed_post(noun) or any(in_words(t, STATE_WORDS) or names_armed(t) for t in near)


def property_burned(doc: Any, start: int, end: int) -> Any | None:
    """WRITERS.md (Riot vs looting: arson at night by unknown people, a petrol bomb at a party office, stands alone as
    Looting/property destruction when no riot, attack or clash carries it): the act of arson of the candidate's clause
    (``_incendiary_acts``), done to things only — no people, no forces or their post (a petrol bomb at riot police or a
    police station is a riot) — in a text that tells no crowd, protest, riot or dispersal (``_crowd_context``); not
    denied ("ruling out arson"). Returns the act's word, or None."""
    sent = doccache.sentence(doc, start)
    here = set(range(start, end))
    for act, told in _incendiary_acts(sent):
        clause = {t.i for t in act.subtree} | {act.i, act.head.i}
        if not (here & clause or any(t.i in here for t in told)):
            continue
        if any(_a_force_or_people(t) or t.lemma_.lower() in discourse().burnt_barricades for t in told) or (not told and act.lemma_.lower() != "arson"):
            continue  # (a petrol bomb thrown at nothing told: the crowd's, most often; tyres set alight: a riot's barricade)
        if act.lemma_.lower() == "arson" and (act.head.lemma_.lower() in ("rule", *ACCUSING_LEMMAS) or act.head.head.lemma_.lower() in ("rule", "charge")):
            continue  # "ruling out arson", "acquitted ... of arson charges"
        return None if _crowd_told(doc) else act
    return None


def _crowd_told(doc: Any) -> bool:
    """Does the text tell a crowd, a protest, a riot or its dispersal anywhere (``_crowd_context``; not a proper name, not
    only a wave that dates the act: ``wave_dated``)? Read once per Doc."""
    crowd = _crowd_context()
    return doccache.memo(doc, "crowd_told", lambda: any(doc[i].pos_ != "PROPN" and not wave_dated(doc[i]) for i in word_positions(doc, 0, len(doc), crowd)))  # type: ignore[no-any-return]


def wave_dated(noun: Any) -> bool:
    """Is the crowd word only the subject of a wave's course in an "as" clause ("were set on fire on Friday night *as
    protests* over fuel prices *spread*": discourse.toml [anaphora] onset_verbs)? It dates the act; it tells no crowd doing
    it (unlike "during protests", "in a night of unrest")."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in discourse().onset_verbs and verb.dep_ == "advcl" \
        and any(ch.dep_ == "mark" and ch.lower_ == "as" for ch in verb.children)


def unknown_doers(act: Any) -> bool:
    """Are the doers of an act untold ("was petrol-bombed", "the torching of two buses", "an arson attack"), unknown
    people ("unknown persons", "unidentified people", "masked men") or armed men? Not a named person or kin ("a jealous
    husband set fire to his wife's shop": a private crime)."""
    verb = act
    while verb.pos_ == "VERB" and verb.dep_ == "conj" and not subjects(verb):
        verb = verb.head  # "Farmers drove tractors into Lyon and *set fire* to hay bales": the first verb's doers
    doers = subjects(verb) if verb.pos_ == "VERB" else []
    # a relative pronoun stands for the noun its clause describes ("a man who threw a petrol bomb")
    doers = [verb.head if d.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else d for d in doers]
    # not a crowd told by its number ("Hundreds of people set fire to shops"), nor people named by a role ("party workers");
    # "those who", "whoever" name no one ("Those who set fire to the town hall ... will answer for it")
    return all(in_words(d, words("unknown_people")) or names_armed(d) or d.lower_ in ("those", "whoever") for d in doers)


def no_one_harmed(doc: Any, start: int, end: int) -> bool:
    """A harm verb whose subject is nobody ("nobody was hurt", "no one was injured", "none of the crew were killed")
    tells that no one was harmed: no event of its own, whatever the classifier reads in its words (resources/status_words.toml
    nobody, denying_determiners)."""
    tok = doc[start:end].root
    if tok.lemma_.lower() not in HARM_VERBS | {"hurt", "harm", "die"}:
        return False
    status = word_lists("status_words.toml")
    nobody, no = status["nobody"], status["denying_determiners"]
    for s in tok.children:
        if s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ in nobody or (
                s.lower_ == "one" and any(d.dep_ == "det" and d.lower_ in no for d in s.children))):
            return True
    return False


def fired_on_a_crowd(doc: Any, start: int, end: int) -> bool:
    """Is the act aimed at a crowd ("Gendarmes opened fire on a crowd that stormed their post", "fired into the
    protesters")? A crowd is no armed side: no Armed clash (codebook: a battle is between armed, organised groups), but
    the crowd's riot or the force on it."""
    tok = doc[start:end].root
    if tok.lemma_.lower() == "fire" and tok.dep_ == "dobj":
        tok = tok.head  # "opened *fire* on a crowd"
    if tok.lemma_.lower() not in ("fire", "shoot") and not any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in tok.children):
        return False  # shots fired, not "repelled an attack on their post"
    crowd = _crowd_words()
    heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    return any(p.dep_ == "prep" and p.lower_ in ("on", "at", "into") and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and o.ent_type_ not in TIME_LABELS and in_words(o, crowd) and not _names_who(o)
        for o in p.children)  # (not a date: "On 2 *March*")
        for h in heads for p in h.children)


def force_untold(sent: Any) -> bool:
    """Codebook: Excessive force against protesters is lethal force on them. A sentence with no state force and no
    word of lethal force ("The protest was peaceful and the workers were allowed to leave") tells none."""
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    # (nor harm told: "lost an eye to pellets fired by Carabineros")
    return not (words & (STATE_WORDS | HARM_VERBS | codebook_words().force_told)) and not codebook_words().lethal_force.search(sent.text)
