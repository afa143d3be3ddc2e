"""Decide the events of an article from its candidates and their classifier distributions: the "none" veto
(with the lexicon prior and the thresholds of ``[detect]``), the sub-type, the codebook rules, and one event
per sub-type and sentence."""

from __future__ import annotations

import dataclasses
from typing import Any, Mapping

from .. import doccache
from ..events import cues as discourse
from ..events import since_of
from ..events.aggregates import of_a_kind
from ..events.movements import arrives
from ..events.not_events import names_who, role_named_by
from ..events.retyping import armed_noun, armed_object, person
from ..lexicon import TriggerEntry, codebook_words, protest_context, subtypes
from ..records import Parsed
from ..syntax import DEFINITE_DETERMINERS, in_words, list_head, misread_participle, word_positions
from . import NONE, classify, labels
from .candidates import Candidate, add_weapon_verbs, candidates_by_sentence, cues_by_sentence, sentence_spans
from .candidates import new_noun, noun_refers_back
from .armed_acts import aimed_at_a_building, armed_act, armed_assault, armed_imposition, armed_killing, deployment, fired_at_each_other, toll_post
from .arrests import (arrest_at_protest, captives_freed, frees_the_held, held_then_freed, captives_taken, arrest_word, arrested_attackers, arrested_at_the_scene, arrested_away, crime_arrest, military_arrest,
                      police_detention, political_arrest, political_pick_up, taken_before_hidden_fate, unfought_arrest)
from .codebook import (STATE_WORDS, TERRITORY, about_violent_event, crowd_nouns, forces_killed, arms_taken, attack_taking_arms, fighters_killed_by_forces, gang_conflict, mutiny, named_group_acts, asserted, agreement_sought, civil_accord, civilian_blockade, claimed_reference, close_fire, commemoration, curfew_by_hours, counted_rally, crowd_claim, property_attack, crowdless_protest, measure_no_event,
                       dated_in_a_year, declared_measure, excessive_force, fired_on_a_crowd, force_on_a_calm_crowd, force_untold, no_one_harmed,
                       ordinary_crime_killing, progress_made, search_only, property_burned, killed_in_a_fight, recalled, unknown_doers, road_blockade, similar_kind, taken_after_withdrawal, taken_by_force,
                       two_sided_word, war_of_words, no_act_verb, no_fight_told, left_before, fought_told, taking_verb, wave_dated)
from .hazards import attack_ruled_out, hazard_doer
from .status import trigger_status
from .weapons import AGENT_RETYPED, REMOTE, disrupted_weapon, mine_struck, remnant_blast, struck_place, thrown_no_explosive, weapon_agent, weapon_instrument

CASUALTY_CUES = {"kill", "dead", "die", "death", "wound", "injure", "injured", "wounded", "killed"}
NON_VIOLENT = "Non-violent transfer of territory"
CHANGE = "Change to group/activity"
LOOTING = "Looting/property destruction"
PEACEFUL = "Peaceful protest"
CLASH = "Armed clash"
EVENT_TYPE = {s.name: s.event_type for s in subtypes()}
CROWD_TYPES = {"Protests", "Riots"}
# event types of an act that takes in a blockade its doers set up first ("blocked the road and attacked a minibus")
CONJOINED_VIOLENCE = {"Violence against civilians", "Battles", "Riots"}
# event types a road blockade by people who are no armed actor may keep (a protest, a riot, a fight)
BLOCKADE_TYPES = {"Protests", "Riots", "Battles"}
ONE_OR_TWO_SIDED = (CLASH, "Attack")  # violence on people, told apart by the other side: armed (a battle) or not
GANG_BLASTS = ("Remote explosive/landmine/IED", "Grenade")  # a gang's bomb or grenade (eval/WRITERS.md Gang violence vs crime)
PROTEST_TYPES = {"Peaceful protest", "Protest with intervention", "Violent demonstration", "Armed clash", "Attack"}
Decision = tuple[int, int, str, float, TriggerEntry | None]  # start, end token, sub-type, confidence, trigger
# kinds the codebook names at a cue word or main verb, kept against a veto short of "none_sure" when the classifier ranks
# that kind first among the sub-types: forces sent to a place, a road blocked by people who are no armed actor
NAMED_KINDS = ((CHANGE, deployment), (PEACEFUL, road_blockade))
TAKING = ("Abduction/forced disappearance", "Arrests")  # kinds of taking people


def _names_kind(rule: Any, doc: Any, cand: Candidate, decided: dict[int, list[Decision]], i: int) -> bool:
    """Does the codebook rule of a named kind hold at the candidate (a deployment also asks whether violence or a
    deployment was decided before: forces arriving then are part of it)?"""
    return rule(doc, cand.start, cand.end, _told_before(decided, i)) if rule is deployment else rule(doc, cand.start, cand.end)


def _arrival(doc: Any, cand: Candidate) -> bool:
    """Is the candidate a verb of forces arriving or massing ([movements] arrival_verbs), whose deployment detect keeps
    whatever the classifier ranks first? Forces *sent* keep the classifier's ranking (NAMED_KINDS): sent after a threat
    or an attack they are no news of their own."""
    return arrives(doc[cand.start:cand.end].root, discourse())


def _legal_basis(verb: Any) -> bool:
    """Does the verb name the law it acts under ("deployed the army in Islamabad *under Article 245* of the constitution":
    discourse.toml [movements] legal_basis)? A government's measure (Other), not a deployment told as news."""
    basis = discourse().legal_basis
    return any(ch.dep_ == "prep" and ch.lower_ == "under" and any(g.dep_ == "pobj" and g.lemma_.lower() in basis for g in ch.children)
               for ch in verb.children)


def _add_once(decided: dict[int, list[Decision]], i: int, item: Decision) -> None:
    """Add a decision to sentence ``i`` unless one of its sub-type is there already."""
    here = decided.setdefault(i, [])
    if not any(d[2] == item[2] for d in here):
        here.append(item)


def _told_before(decided: dict[int, list[Decision]], i: int) -> bool:
    """Has an event of violence or a deployment been decided in a sentence before sentence ``i``? Forces arriving after
    it are part of it ("Lithuania moved an additional battalion to its border ... About 600 soldiers arrived in the
    Druskininkai area on Thursday afternoon": one deployment)."""
    return any(EVENT_TYPE[d[2]] not in ("Strategic developments", "Protests") or d[2] == CHANGE
               for j, ds in decided.items() if j < i for d in ds)


def headline_sentences(parsed: Parsed, text: str) -> set[int]:
    """Sentences of the leading paragraphs that have no final punctuation and are followed by more text: a headline,
    or a release's header block and its title ("U.S. CENTRAL COMMAND / Feb. 20, 2026" then "CENTCOM Forces Kill ...,
    Conduct Raids Against ISIS in Iraq and Syria")."""
    if len(parsed.paragraphs) < 2 or not parsed.sentences:
        return set()
    lead = []
    for para in parsed.paragraphs[:-1]:
        if para.slice(text).rstrip()[-1:] in (".", "!", "?", '"', "\u201d"):
            break
        lead.append(para)
    return {i for i, s in enumerate(parsed.sentences) if any(p.contains(s) for p in lead)}


def _arson_by_unknown(doc: Any, cand: Candidate) -> Any | None:
    """The act of arson of the candidate's clause done to things by unknown people, with no crowd in the text
    (codebook.property_burned, unknown_doers), told as this year's news (not "in 2019"): Looting/property destruction
    (WRITERS.md Riot vs looting) for both of decide's rescues, over a "none" veto and for an unsure type. The act, or None."""
    act = property_burned(doc, cand.start, cand.end)
    return act if act is not None and unknown_doers(act) and not dated_in_a_year(doccache.sentence(doc, cand.start)) else None


def _refers_back(doc: Any, cand: Candidate, decided: Mapping[int, list[Decision]]) -> bool:
    """"No one was hurt in the rocket attack": a definite reference to an event of an earlier sentence
    (it merges into that event in assemble and brings its details)."""
    det = [t for t in doc[cand.start : cand.end][-1].children if t.dep_ == "det"]
    if not det or det[0].lower_ not in DEFINITE_DETERMINERS:
        return False
    kind = cand.entry.sub_event_type if cand.entry is not None else None
    return any(d[2] == kind for i, ds in decided.items() if i < cand.sentence for d in ds)


def _governs(doc: Any, cand: Candidate, others: list[Candidate]) -> bool:
    """Does the main verb ``cand`` take another candidate of its sentence as its open complement ("planned *to
    attack* a patrol", "vowed to retake the town", "tried to storm the base")? It then only tells whether and how that
    event happened (the trigger's status: a plan, a threat, an attempt), and adds no event of its own."""
    verb = doc[cand.start]
    inside = {t.i for ch in verb.children if ch.dep_ == "xcomp" for t in ch.subtree}
    return any(o is not cand and not o.extra and o.start in inside and not _described(doc[o.start], verb) for o in others)


def _described(tok: Any, verb: Any) -> bool:
    """Is ``tok`` told in a clause that only describes someone or something under ``verb``'s complement, a relative or
    participle clause or a clause of its own ("chosen him to head the bureau, replacing a leader *killed* last week")?
    What the main verb governs there is no plan or attempt of it."""
    node = tok
    while node != verb and node.head != node:
        if node.dep_ in ("relcl", "acl", "advcl") and node.head != verb:
            return True
        node = node.head
    return False


def _names_who(doc: Any, d: Decision) -> bool:
    """Does the decision's trigger only name people or their kit ("*riot* police", "*water cannon* trucks"), which the
    events stage reads as no event (``events.not_events.names_people_or_kit``), or what an act was done with ("dispersed
    a sit-in ..., using batons and *tear gas*": discourse.toml [capability] instrument)?"""
    tok = doc[d[0]:d[1]].root
    top = list_head(tok)
    return names_who(tok, d[1] - d[0] == 1, discourse()) or (top.dep_ == "dobj" and top.head.lower_ in discourse().capability_instrument)


def _done_by(doc: Any, d: Decision) -> Any | None:
    """The verb whose subject is the people a decision's word names ("*bomb* squad safely disarmed": disarmed), or None."""
    tok = doc[d[0]:d[1]].root
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    tok = list_head(tok)
    return tok.head if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" else None


def _act_of_role(doc: Any, d: Decision) -> Decision:
    """A decision of remote violence or a disrupted weapons use whose trigger is a weapon word naming a role
    (``events.not_events.role_named_by``: "*bomb* disposal experts", "police *bomb* squad"), moved to the verb the role's
    people do ("bomb disposal experts safely *detonated* a grenade"), when there is one; else the decision as it is."""
    tok = doc[d[0]:d[1]].root
    if (EVENT_TYPE[d[2]] != "Explosions/Remote violence" and d[2] != "Disrupted weapons use") or tok.pos_ not in ("NOUN", "PROPN") \
            or role_named_by(tok, discourse()) is None:
        return d
    act = _done_by(doc, d)
    return d if act is None or act.i in range(d[0], d[1]) else (act.i, act.i + 1, d[2], d[3], None)


def _purpose(verb: Any) -> list[Any]:
    """The words of a verb's purpose clause, an infinitive with "to" ("were sent ... *to take over* patrols")."""
    return [t for ch in verb.children if ch.dep_ == "advcl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in ch.children)
            for t in ch.subtree]


def _definite(tok: Any) -> bool:
    """"the battle", "that attack": a noun that refers back to an event (the events stage links it)."""
    return any(t.dep_ in ("det", "poss") and t.lower_ in DEFINITE_DETERMINERS for t in tok.children)


def _better(a: Decision, b: Decision, doc: Any = None) -> bool:
    """Of two candidates given one sub-type in one sentence: one that names no kind of violence ("fired tear gas at
    farmers ..., in the most violent of a wave of protests": the wave's "protests" is no event, ``events.aggregates.
    of_a_kind``), then the lexicon trigger of that type, then a specific trigger, then the more confident. A verb goes
    before a word that only names who or what ("*riot* police *arrested* 19 vendors who had gathered to protest":
    ``_names_who``)."""

    if doc is not None and (old := recalled(doccache.sentence(doc, a[0]), a[0])) != recalled(doccache.sentence(doc, b[0]), b[0]):
        # "Six weeks after the *bombing* that killed eleven worshippers in Jolo, another device *went off* on Monday": the
        # event the "after" phrase recalls gives way to the one told now (the events stage makes it background)
        return not old

    if doc is not None and (who := _names_who(doc, a)) != _names_who(doc, b):
        act = b if who else a
        if doc[act[0]:act[1]].root.pos_ == "VERB":
            return not who  # the act over the people or kit it was done by or with

    if doc is not None and (back := noun_refers_back(doc[a[0]:a[1]])) != noun_refers_back(doc[b[0]:b[1]]):
        new = b if back else a
        if new_noun(doc[new[0]:new[1]]):
            # "*The raids* followed *an attack* by the insurgents on a fishing village": the noun that names the event told
            # before is no new event of the kind; the one an indefinite article brings in is
            return not back

    def key(d: Decision) -> tuple[bool, bool, bool, float]:
        entry = d[4]
        told = doc is None or not of_a_kind(doc, d[0], discourse())
        return (told, entry is not None and entry.sub_event_type == d[2], entry is not None and entry.specific, d[3])

    return key(a) > key(b)


def _arrested_at_protest(doc: Any, cand: Any, sub_type: str) -> bool:
    """Codebook: arrests made at a protest are a Protest with intervention: "arrested 21 supporters as they gathered for
    a demonstration" (``arrest_at_protest``), "Three men who refused to leave the road were detained" (an arrest word
    the classifier typed an abduction, no agent told: ``arrested_at_the_scene``)."""
    if sub_type == "Arrests" and arrest_at_protest(doc, cand.start, cand.end):
        return True
    if sub_type == PEACEFUL and _arrest_act(doc, cand) and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), doccache.text(doc)).value == "current":
        # "about four hundred of them gathered outside the mayor's office ..., and after an hour police *detained* six of
        # them": the classifier reads the protest in the arrest's sentence; arrests made at it make it a Protest with
        # intervention (codebook), at the arrest verb
        return True
    return (sub_type == "Arrests" or (sub_type == "Abduction/forced disappearance" and arrest_word(doc[cand.start:cand.end].root))) \
        and arrested_at_the_scene(doc, cand.start, cand.end)


def _arrest_act(doc: Any, cand: Any) -> bool:
    """Is the candidate an arrest trigger told as an act: a verb of the lexicon's Arrests ("police *detained* six of
    them") in a clause of its own, not a participle or relative clause that describes someone ("demanding the release of
    a councillor *arrested* over a land dispute"), whose arrested are no state forces?"""
    tok = doc[cand.start:cand.end].root
    if cand.entry is None or cand.entry.sub_event_type != "Arrests" or tok.pos_ != "VERB" or not arrest_word(tok) \
            or tok.dep_ not in ("ROOT", "conj", "ccomp", "advcl"):
        return False
    # not forces arrested ("the gendarme was detained and the drivers went home"): no intervention on the crowd;
    held = [list_head(ch) for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    # nor no one arrested ("police watched from a distance and no one was detained")
    nobody = codebook_words().nobody
    return not any(in_words(h, STATE_WORDS) or h.lower_ in nobody or any(d.dep_ == "det" and d.lower_ == "no" for d in h.children)
                   for h in held)


def decide(parsed: Parsed, text: str, model: str, conf: Mapping[str, Any]) -> dict[int, list[Decision]]:
    """The events of an article by sentence index, each (start token, end token, sub-type, confidence, lexicon
    entry or None), in sentence order. ``conf``: the ``[detect]`` settings."""
    doc = parsed.doc
    sents = sentence_spans(parsed)
    by_sentence = candidates_by_sentence(parsed, text, model, sents)
    add_weapon_verbs(parsed, text, by_sentence, sents)
    flat = [c for i in sorted(by_sentence) for c in by_sentence[i]]
    probs = classify([c.input for c in flat])  # one batch for the whole article
    names = labels()
    none_col = names.index(NONE)

    decided: dict[int, list[Decision]] = {}
    own_clauses: set[int] = set()  # first tokens of the decisions of clauses of their own (candidates.Candidate.clause)
    lam = float(conf["lexicon_weight"])
    reading = {id(c): r for c, r in zip(flat, probs)}  # each candidate's own classifier reading (conjuncts read each other)
    cue_ranges = cues_by_sentence(parsed, model)
    cue_sentences = set(cue_ranges)
    for cand, raw in zip(flat, probs):
        p = raw
        # codebook prior: a specific trigger's own sub-type is mixed in (lexicon_weight; phrase_weight for a
        # trigger phrase of several words, "counter-battery fire", which is far less ambiguous than a word)
        weight = lam if cand.end - cand.start == 1 else max(lam, float(conf["phrase_weight"]))
        if cand.entry is not None and cand.entry.specific and weight > 0:
            p = (1 - weight) * p
            p[names.index(cand.entry.sub_event_type)] += weight
        i = cand.sentence
        disappeared = False
        if cand.entry is None and (taking := taken_before_hidden_fate(doc, cand.start, cand.end)) is not None:
            # "took him away; his family has not heard from him since": the taking is the act, not the fate's verb
            cand = dataclasses.replace(cand, start=taking, end=taking + 1)
            disappeared = any(ch.dep_ == "dobj" and (ch.pos_ in ("PROPN", "PRON") or person(ch)) for ch in doc[taking].children)
        specific = cand.entry is not None and cand.entry.specific
        before = sents[i - 1] if i > 0 and sents[i - 1] is not None and _same_paragraph(parsed, i - 1, i) else None
        # a sentence with neither trigger nor cue word (its main verb is the candidate) needs a surer classifier
        threshold = (
            "none_threshold_trigger" if specific else "none_threshold_extra" if cand.extra
            else "none_threshold" if cand.entry is not None or i in cue_sentences else "none_threshold_verb"
        )
        if hazard_doer(doc, cand.start, cand.end):
            continue  # a disaster, an animal or an accident did it
        likeliest_kind = max((k for k in range(len(names)) if k != none_col), key=lambda k: float(p[k]))
        if EVENT_TYPE[names[likeliest_kind]] in discourse().violence_types and (cand.entry is None or cand.entry.event_type in discourse().violence_types) \
                and attack_ruled_out(doc, cand.start, cand.end):
            continue  # "..., adding that there was no attack", "a truck ... caught fire": an accident (not "carried out a
            # controlled detonation of a device left in a backpack", a disrupted weapons use)
        if (cand.clause or cand.extra) and no_one_harmed(doc, cand.start, cand.end):
            continue  # "...; nobody was hurt": no harm, no event of its own (a sentence's only cue still reads its sentence)
        if cand.entry is None and progress_made(doc, cand.start, cand.end):
            continue  # "have made steady progress in liberating villages": a campaign summed up
        if cand.entry is None and search_only(doc, cand.start, cand.end, CASUALTY_CUES):
            continue  # "conducted an operation in search of a Taliban leader": a search; what it found is the event
        if cand.entry is not None and any(decided.values()) and claimed_reference(doc, cand.start, cand.end):
            continue  # "JNIM claimed the attack." after the attack is told: a reference, merged by the events stage
        if cand.entry is not None and wave_dated(doc[cand.start:cand.end].root) and len(by_sentence[i]) > 1:
            continue  # "Several bank branches were set on fire on Friday night as *protests* over fuel prices spread": the wave dates the act told
        if cand.extra and _governs(doc, cand, by_sentence[i]):
            continue  # "Insurgents *planned* to attack a patrol": the main verb tells how the trigger stands, no event
        earlier = [(sents[j], ds[0][2]) for j, ds in sorted(decided.items(), reverse=True) if j < i and ds]
        if (kind := similar_kind(doc, cand.start, cand.end, earlier)) is not None \
                and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
            # "A similar round-up took place in Keren on Monday": the kind of the event told before with that noun, however
            # sure "none" is or whatever the classifier read in a sentence that names no act (the events stage dates it)
            _add_once(decided, i, (cand.start, cand.end, kind, max(float(p[names.index(kind)]), conf["specific_above"]), None))
            continue
        # an arrest of a political person or over a violent event (codebook): decided once per candidate
        political = cand.entry is not None and political_arrest(doc, cand.start, cand.end, cand.entry)
        if not political and cand.entry is not None and cand.entry.sub_event_type == "Arrests" \
                and any(EVENT_TYPE[d[2]] in CROWD_TYPES for j, ds in decided.items() if j < i for d in ds) \
                and not any(ch.dep_ == "aux" and ch.lower_ == "had" for ch in doc[cand.start:cand.end].root.children) \
                and asserted(doc, cand.start, cand.end, cand.entry, political=True):
            # arrests told after a protest or riot are arrests over it (ACLED codes them, at the protest or as their
            # own event), not a crime report: "Police arrested 150 people in the Paris region" after a night of rioting;
            # told with a day or place of their own; not a tally recalled in the past perfect ("the minister said 46
            # people had been arrested") nor a bare "Police arrested more than 100 people", which the classifier judges
            # as it is (WRITERS.md: the arrests of a riot are inside it)
            political = True
        if not political and cand.entry is not None and cand.entry.sub_event_type == "Arrests" \
                and any(EVENT_TYPE[d[2]] in discourse().violence_types for j, ds in decided.items() if j < i for d in ds) \
                and any(t.lemma_.lower() in discourse().arrest_ties and (t.lemma_.lower() != "suspect" or _arrested_one(doc, cand, t))
                        for t in doccache.sentence(doc, cand.start)):
            # arrests tied to the violent event told before ("Police said they had arrested two men on suspicion of
            # involvement", "officers detained a teenager on suspicion of carrying out the bombing"): an arrest over
            # political violence (codebook), dated and placed by its own clause, not a crime report
            political = True
        # "none" vetoes when it reaches the threshold, unless a sub-type is far likelier (none_margin: "none" must
        # be at least that share of the best sub-type's probability)
        masked = p.copy()
        masked[none_col] = -1.0
        best_other = float(masked.max())
        # per sub-type margins ([detect.none_margin_by_type]) for the sub-types the classifier under-predicts
        margin = conf.get("none_margin_by_type", {}).get(names[int(masked.argmax())], conf["none_margin"])
        if p[none_col] >= conf[threshold] and p[none_col] >= margin * best_other:
            # the classifier says "no current event"; a specific trigger under a threat, negation, modal or
            # caption still gives a (non-current) mention with the lexicon's sub-type
            if disappeared and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "SEBIN officers took an opposition coordinator from his home ...; his family does not know where he is":
                # someone taken whose fate is hidden is a forced disappearance (WRITERS.md), however sure "none" is of the
                # fate's words the classifier read
                kind = "Abduction/forced disappearance"
                _add_once(decided, i, (cand.start, cand.end, kind, max(float(p[names.index(kind)]), conf["specific_above"]), None))
                continue
            measure = declared_measure(doc, cand.start, cand.end)  # a curfew or state of emergency declared (codebook)
            if measure is None:
                measure = curfew_by_hours(doc, cand.start, cand.end)  # ... or a curfew told by its hours
            if measure is not None and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "Niger's junta extended the state of emergency in Tillabéri": Other (codebook), however sure "none"
                _add_once(decided, i, (measure, measure + 1, "Other", max(float(p[names.index("Other")]), conf["specific_above"]), None))
                continue
            if p[none_col] < conf["none_sure"] and captives_freed(doc, cand.start, cand.end) \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "Al-Qaeda militants released a UN official abducted 18 months ago": captives freed are Other (WRITERS.md)
                _add_once(decided, i, (cand.start, cand.end, "Other", max(float(p[names.index("Other")]), conf["specific_above"]), cand.entry))
                continue
            if (imposed := _imposed(doc, text, cand, whole=not fought_told(doccache.sentence(doc, cand.start)))) is not None:
                # "bandits told farmers to pay 5 million naira", "the militia banned music": Other (codebook), however sure "none"
                # the codebook names the kind: as specific as a typed trigger (detect's specific_above), whatever the weights
                _add_once(decided, i, (imposed, imposed + 1, "Other", max(float(p[names.index("Other")]), conf["specific_above"]), None))
                continue
            if p[none_col] < conf["none_sure"] and (mutinied := mutiny(doc, cand.start, cand.end)) is not None and not _told_before(decided, i) \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "soldiers briefly *mutinied* on Thursday, firing into the air": Other (WRITERS.md Mutinies), unless "none" is sure
                _add_once(decided, i, (mutinied, mutinied + 1, "Other", max(float(p[names.index("Other")]), conf["specific_above"]), None))
                continue
            if _gang_violence(parsed, cand, sents, by_sentence) and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "Two people were wounded by gunfire ... in what prosecutors said was a settling of scores between drug
                # gangs": gang violence is coded as the act (WRITERS.md), however sure "none" (crime-like) is
                kind = cand.entry.sub_event_type if cand.entry is not None and cand.entry.sub_event_type in GANG_BLASTS \
                    else CLASH if _two_sided(doc, cand) else "Attack"
                _add_once(decided, i, (cand.start, cand.end, kind, max(float(p[names.index(kind)]), conf["specific_above"]), cand.entry))
                continue
            if close_fire(doc, cand.start, cand.end) and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "a patrol was fired upon near Eteringbang on Saturday": forces shot at fight a clash, hurt or not (codebook);
                # the codebook names the kind: as specific as a typed trigger (no bare "fire" retelling an earlier event)
                _add_once(decided, i, (cand.start, cand.end, CLASH, max(float(p[names.index(CLASH)]), conf["unsure_below"]), cand.entry))
                continue
            if cand.entry is None and fighters_killed_by_forces(doc, cand.start, cand.end, before) == "euphemism" \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "Security forces conducted an intelligence-based operation ... Six khwarij were sent to hell": forces'
                # operation killing fighters is a battle (codebook), however sure "none" is of the press office's words
                # (not a plain verb the classifier vetoed: "the attackers were killed by security forces" in a trial's
                # story is the recalled siege)
                _add_once(decided, i, (cand.start, cand.end, CLASH, max(float(p[names.index(CLASH)]), conf["specific_above"]), None))
                continue
            if cand.entry is None and p[none_col] < conf["none_sure"] and fighters_killed_by_forces(doc, cand.start, cand.end, before) == "verb" \
                    and forces_killed(doc, cand.start, cand.end) and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "The army said troops later killed 40 assailants in the counter-offensive": forces killing armed men in a
                # plain verb are a battle (codebook) however unsure the classifier of a statement's words, unless it is sure
                _add_once(decided, i, (cand.start, cand.end, CLASH, max(float(p[names.index(CLASH)]), conf["specific_above"]), None))
                continue
            if p[none_col] < conf["none_sure"] and (aimed := aimed_at_a_building(doc, cand.start, cand.end)) is not None \
                    and not ordinary_crime_killing(doccache.sentence(doc, cand.start)) \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "shots were fired at a house in Kaiti early on Sunday": gunfire or a blast aimed at a building is the act
                # (an Attack, a Remote explosive), nobody hurt or not, unless the classifier is sure it is none
                _add_once(decided, i, (cand.start, cand.end, aimed, max(float(p[names.index(aimed)]), conf["specific_above"]), cand.entry))
                continue
            if cand.entry is None and crowd_claim(doc, cand.start, cand.end) and not commemoration(doccache.sentence(doc, cand.start)) \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "About 150 herders rode into Erdenet on horseback to demand ...": a Peaceful protest (codebook), however sure "none"
                _add_once(decided, i, (cand.start, cand.end, PEACEFUL, max(float(p[names.index(PEACEFUL)]), conf["specific_above"]), None))
                continue
            if p[none_col] < conf["none_sure"] and counted_rally(doc, cand.start, cand.end) and not commemoration(doccache.sentence(doc, cand.start)) \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "In Glasgow, about 1,000 people rallied in George Square", "Smaller rallies were held at the same time in
                # Kosice": a counted crowd's protest, or one more of the day, is a Peaceful protest (codebook) unless "none" is
                # sure; the classifier reads the rival or smaller rally of a story told around a bigger one as no news
                _add_once(decided, i, (cand.start, cand.end, PEACEFUL, max(float(p[names.index(PEACEFUL)]), conf["specific_above"]), cand.entry))
                continue
            if p[none_col] < conf["none_sure"] and cand.entry is None and property_attack(doc, cand.start, cand.end) \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "The same militants are believed to have burned a backhoe and a dump truck of a construction firm": armed
                # men's destruction of a thing is property destroyed (WRITERS.md), unless "none" is sure
                _add_once(decided, i, (cand.start, cand.end, LOOTING, max(float(p[names.index(LOOTING)]), conf["specific_above"]), None))
                continue
            if (act := _arson_by_unknown(doc, cand)) is not None \
                    and not recalled(doccache.sentence(doc, cand.start), cand.start, lead=not any(decided.values())) \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current" \
                    and trigger_status(doc, act.i, act.i + 1, doccache.sentence(doc, cand.start), text).value == "current":
                # "the homestead of an MP ... was petrol-bombed by unknown people early on Saturday", "what police called an
                # arson attack on a mosque": property destroyed (WRITERS.md Riot vs looting); the codebook names the kind, however
                # sure "none" (the classifier reads the quiet words around it: "the family escaped unhurt")
                _add_once(decided, i, (cand.start, cand.end, LOOTING, max(float(p[names.index(LOOTING)]), conf["specific_above"]), None))
                continue
            if p[none_col] < conf["none_sure"] and (assault := armed_assault(doc, cand.start, cand.end)) is not None \
                    and not ordinary_crime_killing(doccache.sentence(doc, cand.start)) \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "regrets to announce that on Tuesday a convoy ... was attacked by unidentified armed individuals": an armed
                # actor's assault the sentence asserts, whatever register frames it (a notice, a question, a motion), unless
                # "none" is sure; the codebook names the kind by the target
                _add_once(decided, i, (cand.start, cand.end, assault, max(float(p[names.index(assault)]), conf["specific_above"]), cand.entry))
                continue
            kind = names[int(masked.argmax())]
            named = next((rule for k, rule in NAMED_KINDS if k == kind), None)
            if cand.entry is None and named is not None and p[none_col] < conf["none_sure"] and _names_kind(named, doc, cand, decided, i) \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # a kind the codebook names, ranked first by the classifier, unless "none" is sure: "it had deployed 1,200
                # more soldiers to Sinaloa" (WRITERS.md Deployments), "Truckers blocked the bridge at Ruse" (road blockades)
                _add_once(decided, i, (cand.start, cand.end, kind, max(best_other, conf["specific_above"]), None))
                continue
            if cand.entry is None and p[none_col] < conf["none_sure"] and _arrival(doc, cand) and deployment(doc, cand.start, cand.end, _told_before(decided, i)) \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # forces arriving in or taking up position at a place (WRITERS.md Deployments), whatever kind the
                # classifier ranked first ("a FAMa unit has taken up position in Lere": Headquarters 0.36, none 0.57)
                _add_once(decided, i, (cand.start, cand.end, CHANGE, max(float(p[names.index(CHANGE)]), conf["specific_above"]), None))
                continue
            if p[none_col] < conf["none_sure"] and (struck := struck_place(doc, cand.start, cand.end)) is not None \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "Sixteen bodies have been recovered from the rubble of a market hit on Thursday by air strikes": the
                # strike told by the participle that describes the ruins is the event, at the weapon's kind
                at, kind = struck
                _add_once(decided, i, (at, at + 1, kind, max(float(p[names.index(kind)]), conf["specific_above"]), None))
                continue
            if p[none_col] < conf["none_sure"] and (mine := mine_struck(doc, cand.start, cand.end) or remnant_blast(doc, cand.start, cand.end)) is not None \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "A vehicle carrying wedding guests struck a mine east of Douentza", "were killed when a mine went off under
                # their cart": the mine is the event, not an accident
                _add_once(decided, i, (cand.start, cand.end, mine, max(float(p[names.index(mine)]), conf["specific_above"]), None))
                continue
            if cand.entry is None and p[none_col] < conf["none_sure"] and political_pick_up(doc, cand.start, cand.end) \
                    and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
                # "Police in Kisumu picked up two student organisers ..., hours before a march": a political arrest (codebook)
                # at a verb no lexicon types; as specific as a typed trigger, whatever the weights
                kind = "Protest with intervention" if _arrested_at_protest(doc, cand, "Arrests") else "Arrests"
                _add_once(decided, i, (cand.start, cand.end, kind, max(float(p[names.index(kind)]), conf["specific_above"]), None))
                continue
            likeliest = names[int(masked.argmax())] if best_other > p[none_col] else None
            # an arrest by the armed forces is kept like a political one ("the navy arrested nine fishermen") unless
            # the classifier is sure it is none
            military = p[none_col] < conf["none_sure"] and cand.entry is not None and military_arrest(doc, cand.start, cand.end, cand.entry)
            kept = _kept_despite_veto(doc, text, cand, float(p[none_col]), conf, decided, political or military, likeliest)
            if kept in ONE_OR_TWO_SIDED:
                # the trigger tells violence, not who was on the other side ("gunmen *opened fire* on a fishing vessel":
                # Armed clash in the lexicon, Attack 0.26 to 0.01): the classifier's reading decides, before the lexicon's prior
                kept = max(ONE_OR_TWO_SIDED, key=lambda k: raw[names.index(k)])
            if kept == "Attack" and ordinary_crime_killing(doccache.sentence(doc, cand.start)):
                continue  # "gunmen shot dead a taxi driver in a robbery": ordinary crime
            if (kept == "Attack" and killed_in_a_fight(doc, cand.start, cand.end)) or (
                    kept in ("Attack", "Mob violence") and fired_at_each_other(doc, cand.start, cand.end)):
                kept = CLASH  # "killed five men in a shoot-out", "shot at each other": a fight, as below
            if kept is not None and (EVENT_TYPE[kept] in ("Battles", "Riots") or kept in ONE_OR_TWO_SIDED) and war_of_words(doc, cand.start, cand.end):
                continue  # "MPs clashed verbally in the National Assembly": words, no violence
            if kept == PEACEFUL and commemoration(doccache.sentence(doc, cand.start)):
                continue  # "Thousands marched ... to mark the anniversary of the massacre": no protest
            if kept is not None and _arrested_at_protest(doc, cand, kept):
                kept = "Protest with intervention"
            if kept is not None:
                item0: Decision = (cand.start, cand.end, kept, float(p[names.index(kept)]), cand.entry)
                _add_once(decided, i, item0)
            continue
        if cand.entry is None and doc[cand.start].lemma_.lower() in CASUALTY_CUES and _toll_of_a_trigger(doc, cand, by_sentence[i]):
            continue  # "said 25 people had been injured in *the clashes*": the toll of the event the trigger names
        if cand.entry is None and i - 1 in decided and _same_paragraph(parsed, i - 1, i):
            # "At least nine were killed, police said." after an event sentence tells more about that event
            if doc[cand.start].lemma_.lower() in CASUALTY_CUES:
                continue
        scores = p.copy()
        scores[none_col] = -1.0
        if cand.entry is not None and not cand.entry.specific:
            # a generic noun kept beside specific triggers that refer back ("The strikes followed an attack by the
            # insurgents on a village", candidates): another event than theirs, so not of their sub-type
            for c in by_sentence[i]:
                if c.entry is not None and c.entry.specific:
                    scores[names.index(c.entry.sub_event_type)] = -1.0
        relative = [c for c in by_sentence[i] if c is not cand and c.entry is not None and c.entry.specific
                    and _in_relative_clause(doc[c.start:c.end].root, cand.start)] if cand.extra else []
        if relative:
            # a main verb kept beside a specific trigger in a relative clause of another's ("had elected Grace Mensah ...,
            # replacing Kofi Boateng, who was *shot dead* in Kumasi last week"): that clause's event is not the verb's; the
            # verb keeps a kind of its own only if it is as likely as a veto threshold
            for c in relative:
                scores[names.index(c.entry.sub_event_type)] = -1.0
            if float(scores.max()) < conf["none_threshold"]:
                continue
        # who takes territory decides regains vs overtakes (assemble, by the actor): score them as one family
        gov, nsa = names.index(TERRITORY[0]), names.index(TERRITORY[1])
        family = scores[gov] + scores[nsa]
        scores[gov], scores[nsa] = (family, -1.0) if scores[gov] >= scores[nsa] else (-1.0, family)
        best = int(scores.argmax())
        sub_type, confidence = names[best], float(min(1.0, scores[best]))
        ruled = False  # the codebook, not the classifier, named the kind
        # (not a base or post set up: "erected roadblocks around Uvira, demanding fees from motorists" stays the post)
        # (an "Other" the classifier gave is anchored on the imposing verb only when no violence is told: "armed men ordered
        # the drivers out of three trucks ... and set the vehicles on fire" is the arson)
        violence = cand.entry is None and _violence_told(doc, cand, by_sentence[i])
        if sub_type != "Headquarters or base established" and cand.entry is None \
                and ((sub_type != "Other" and confidence < conf["unsure_below"]) or not violence) \
                and (imposed := _imposed(doc, text, cand, whole=not violence and not fought_told(doccache.sentence(doc, cand.start)))) is not None:
            # an armed group's levy, order or ban at a cue word or main verb, where the classifier is unsure or no trigger
            # word names violence ("JNIM fighters told villagers that women must *cover* their faces": Attack 0.23;
            # "Gunmen *ordered* traders to close their shops and pay a fee": Attack 0.66): Other, at the imposing verb
            cand = dataclasses.replace(cand, start=imposed, end=imposed + 1)
            sub_type, confidence, specific, ruled = "Other", max(float(scores[names.index("Other")]), conf["specific_above"]), False, True
        if not ruled and cand.entry is None and confidence < conf["specific_above"] \
                and any(k == sub_type and _names_kind(rule, doc, cand, decided, i) for k, rule in NAMED_KINDS):
            # a kind the codebook names at this word, ranked first by an unsure classifier ("it had deployed 1,200 more
            # soldiers to Sinaloa": Change to group/activity 0.23): as specific as a typed trigger (detect's specific_above)
            confidence, ruled = conf["specific_above"], True
        if not ruled and cand.entry is None and sub_type not in (CHANGE, "Other") and confidence < conf["unsure_below"] \
                and _arrival(doc, cand) and deployment(doc, cand.start, cand.end, _told_before(decided, i)):
            # forces arriving in a place, an unsure classifier's Armed clash ("two companies of soldiers arrived in Mueda to
            # reinforce the force fighting the insurgency": 0.38): a deployment (WRITERS.md), as specific as a typed trigger;
            # not its "Other" (a deployment under a legal measure: "deployed the army in Islamabad under Article 245")
            sub_type, confidence, specific, ruled = CHANGE, max(float(scores[names.index(CHANGE)]), conf["specific_above"]), False, True
        if not ruled and cand.entry is None and sub_type in ("Other", LOOTING) and confidence < conf["unsure_below"] \
                and not _arrival(doc, cand) and not _legal_basis(doc[cand.start:cand.end].root) \
                and deployment(doc, cand.start, cand.end) and not _told_before(decided, i):
            # forces sent to a place, told as the news, that an unsure classifier calls "Other" ("Soldiers and police were
            # sent into the municipality of Tocoa on Monday to take over patrols": Other 0.31) or property destroyed
            # ("Soldiers in armoured vehicles were deployed around the headquarters of the electoral commission ... in
            # Bissau": Looting 0.35): a deployment (WRITERS.md);
            # not one under a legal measure ("deployed the army in Islamabad under Article 245": Other)
            sub_type, confidence, specific, ruled = CHANGE, max(float(scores[names.index(CHANGE)]), conf["specific_above"]), False, True
        if not ruled and cand.entry is None and EVENT_TYPE[sub_type] != "Battles" and confidence < conf["unsure_below"] \
                and fighters_killed_by_forces(doc, cand.start, cand.end, before) is not None:
            # "Six khwarij were sent to hell" after the forces' operation (Suicide bomb 0.17): a battle (codebook)
            sub_type, confidence, specific, ruled = CLASH, max(float(scores[names.index(CLASH)]), conf["specific_above"]), False, True
        if not ruled and cand.entry is None and confidence < conf["unsure_below"] \
                and (property_attack(doc, cand.start, cand.end) or _arson_by_unknown(doc, cand) is not None):
            # the veto's two Looting rescues above, for an unsure type: "unknown attackers smashed the windows of the council's
            # office" (Violent demonstration 0.23, Looting 0.33 in a sentence with no trigger word, under verb_sure_above): armed
            # men's destruction of a thing, no crowd; "Two masked men hurled a Molotov cocktail at the front door of a trade union
            # office" (Grenade 0.29 at a main verb): arson by unknown people (WRITERS.md Riot vs looting); property destroyed, as
            # specific as a typed trigger
            sub_type, confidence, specific, ruled = LOOTING, max(float(scores[names.index(LOOTING)]), conf["specific_above"]), False, True
        if not ruled and cand.entry is None and confidence < conf["unsure_below"] and (
                no_act_verb(doc, cand.start, cand.end) or _people_cue(doc, cand, cue_ranges.get(i, []))):
            # a verb that names no act ("Intelligence *tracked* a group of armed insurgents to a remote area": Armed clash
            # 0.24; "insurgents *approached* the joint security force": Change to group/activity 0.30) or a cue word that only
            # names people ("The *insurgent* killed was identified as a commander": Change to group/activity 0.37; "after
            # intelligence indicated *militant* activity": Government regains territory), the classifier unsure: no event;
            # what the people did is told by other words
            continue
        if not ruled and threshold == "none_threshold_verb" and confidence < conf["verb_sure_above"]:
            # a sentence with neither trigger nor cue word whose main verb the classifier cannot type ("Calm had
            # returned to Makeni": Agreement 0.18; "His party named him its candidate": Arrests 0.28) tells no event
            continue
        if cand.entry is not None and cand.entry.specific and sub_type != cand.entry.sub_event_type \
                and _dates_the_act(doc[cand.start:cand.end].root) \
                and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value in ("hypothetical", "threat"):
            # "detained nine activists ..., a day before *a rally* they had planned to hold": a planned or threatened act the
            # sentence's act is dated by keeps the kind its trigger names (the classifier reads the sentence's current act,
            # here the arrests); not one the act itself plans ("would move to *raids*", "would continue *raids*")
            sub_type, confidence = cand.entry.sub_event_type, max(float(scores[names.index(cand.entry.sub_event_type)]), conf["specific_above"])
        elif cand.entry is not None and cand.entry.specific and cand.entry.sub_event_type in TAKING and sub_type != cand.entry.sub_event_type \
                and _conjunct_tells(doc, cand, by_sentence[i], reading, sub_type):
            # "A patrol *detained* several suspects, and discovered a weapons cache", "Several armed men were killed and one
            # man was *detained*": the kind the classifier reads belongs to the conjoined verb's act; the trigger verb tells
            # its own (two acts, two events)
            sub_type, confidence = cand.entry.sub_event_type, max(float(scores[names.index(cand.entry.sub_event_type)]), conf["specific_above"])
        elif cand.entry is not None and sub_type != "Arrests" and _raid_that_arrests(doc, cand, by_sentence[i]):
            # "Israeli forces raided the old city ... and arrested five men": a raid whose only act told is the arrests is
            # the arrest (the sentence names no destruction, looting or violence of its own)
            sub_type, confidence = "Arrests", max(float(scores[names.index("Arrests")]), conf["specific_above"])
        if cand.entry is not None and sub_type != cand.entry.sub_event_type and confidence < conf["unsure_below"]:
            # an unsure near-tie goes to the trigger's own sub-type ("repelled an attack on their post")
            own = float(scores[names.index(cand.entry.sub_event_type)])
            # the best type belongs to another specific trigger of the sentence: two events ("a patrol detained
            # several suspects and discovered a weapons cache"), so a weaker own type is enough
            claimed = any(c.entry is not None and c.entry.specific and c.entry.sub_event_type == sub_type and c is not cand for c in by_sentence[i])
            # ... and so is its being the runner-up when the best is claimed ("detained several suspected insurgents,
            # and discovered a weapons cache": Disrupted weapons use 0.55, Arrests 0.23 at "detained")
            runner_up = claimed and cand.entry.specific and own > 0 and own >= max(
                float(v) for k, v in enumerate(scores) if k != best)
            if runner_up or own >= conf["tie_ratio_claimed" if claimed else "tie_ratio"] * confidence:
                sub_type, confidence = cand.entry.sub_event_type, own
        unsure = confidence < conf["unsure_below"]
        if (sub_type in AGENT_RETYPED or unsure) and (weapon := weapon_agent(doc, cand.start, cand.end)
                                                       or weapon_instrument(doc, cand.start, cand.end)
                                                       or mine_struck(doc, cand.start, cand.end)) is not None:
            # "two strikes destroyed three tunnel entrances", "drones attacked the city", "troops were attacked with
            # explosives launched from drones"
            sub_type = weapon
        elif EVENT_TYPE[sub_type] != "Explosions/Remote violence" and (struck := struck_place(doc, cand.start, cand.end)) is not None:
            sub_type = struck[1]  # "the ruins of a mosque that was *struck* on Thursday by a drone": the weapon's kind
        elif doc[cand.start:cand.end].root.dep_ == "attr" and (struck := struck_place(doc, cand.start, cand.end)) is not None:
            # the weapon in the "by" phrase of the participle that describes the ruins ("a bakery in Kharkiv hit on Friday
            # by what officials said were Russian *missiles*"): the strike is told by the participle, as when "none" vetoes
            # the weapon word (a weapon word that is a clause's predicate is no act of its own); whatever the weights
            cand = dataclasses.replace(cand, start=struck[0], end=struck[0] + 1, entry=None)
            sub_type, confidence, specific = struck[1], max(confidence, conf["specific_above"]), False
        if sub_type != REMOTE and (remnant := remnant_blast(doc, cand.start, cand.end)) is not None:
            sub_type = remnant  # "an old artillery shell exploded as a farmer ploughed his field": a remnant, no shelling
        if sub_type == "Grenade" and cand.entry is None and thrown_no_explosive(doc, cand.start, cand.end):
            # "bottles had been thrown at officers": no grenade; the likeliest kind that is no explosion, unless "none" is likelier
            other = max((k for k in range(len(names)) if k != none_col and EVENT_TYPE[names[k]] != "Explosions/Remote violence"),
                        key=lambda k: p[k])
            if p[none_col] >= p[other]:
                continue
            sub_type, confidence = names[other], float(p[other])
        # "residents said no fighting took place", "... took over positions near Arima. No fighting was reported.": ground that
        # changed hands with no fight (WRITERS.md), told in the taking's sentence or the next of its paragraph
        # (or the sentence before it: "No one fired a shot. When the Arakan Army's fighters walked into Gwa's police
        # headquarters ..."); so is ground taken when the other side had left, told in the past perfect there ("...; the army
        # had left the town on 19 June", "the last officers had already slipped away by boat")
        near = [sents[j] for j in (i - 1, i + 1) if 0 <= j < len(sents) and sents[j] is not None and _same_paragraph(parsed, min(i, j), max(i, j))]
        territorial = sub_type in TERRITORY or sub_type == NON_VIOLENT
        if territorial and cand.entry is None and _holds_now(doc[cand.start:cand.end].root):
            continue  # "Forces of the regional administration, which *controls* the town, ...": who holds it, no taking
        unfought = territorial and any(no_fight_told(s) for s in (doccache.sentence(doc, cand.start), *near))
        if territorial and not unfought and any(left_before(s) for s in (doccache.sentence(doc, cand.start), *near)) \
                and not any(fought_told(s) for s in (doccache.sentence(doc, cand.start), *near)):
            unfought = True
        if sub_type in TERRITORY and (unfought or taken_after_withdrawal(doccache.sentence(doc, cand.start))):
            sub_type = "Non-violent transfer of territory"  # "seized the town after the army withdrew"
        elif sub_type == NON_VIOLENT and not unfought and taken_by_force(doccache.sentence(doc, cand.start)):
            # "took back the town after pushing out JNIM fighters": fought for; assemble picks regains or overtakes
            sub_type = TERRITORY[0] if scores[gov] >= scores[nsa] else TERRITORY[1]
        if (sub_type in TERRITORY or sub_type == NON_VIOLENT) and arms_taken(doc, cand.start, cand.end):
            sub_type = "Disrupted weapons use"  # "attacked a police station and seized weapons": arms, no ground
        elif sub_type in TERRITORY and attack_taking_arms(doc, cand.start, cand.end, cand.entry):
            # "fighters *attacked* a police station and seized weapons": no ground taken; an attack on forces or their
            # post is a clash, on others an attack (the seizure joins it in the events stage)
            sub_type = CLASH if armed_object(doc[cand.start:cand.end].root) else "Attack"
            confidence = float(scores[names.index(sub_type)])
        if sub_type == LOOTING and unsure and cand.entry is None and float(scores[names.index("Other")]) >= conf["tie_ratio"] * confidence \
                and not _property_act(doc, cand, by_sentence[i]):
            # "The state government *suspended* phone and internet services" (Looting 0.49, Other 0.43): no property taken
            # or destroyed (codebook), the near-tie goes to Other
            sub_type, confidence = "Other", float(scores[names.index("Other")])
        if sub_type == "Arrests" and cand.entry is not None and crime_arrest(doc, cand.start, cand.end) and not political:
            continue  # "police arrested two men with 150 bottles of smuggled cough syrup": an ordinary crime
        if sub_type == "Attack" and ordinary_crime_killing(doccache.sentence(doc, cand.start)):
            continue  # "a man shot dead his business partner in a dispute over money": ordinary crime
        if EVENT_TYPE[sub_type] in ("Battles", "Riots") and war_of_words(doc, cand.start, cand.end):
            continue  # "Opposition MPs clashed with the speaker over the electoral code": words, no violence
        if sub_type == "Agreement" and agreement_sought(doc, cand.start, cand.end):
            continue  # "met to try to negotiate a truce, but no agreement was reached": tried for, not made
        if sub_type == "Agreement" and civil_accord(doccache.sentence(doc, cand.start)):
            continue  # "Jordan and Iraq signed an agreement to extend an oil pipeline": business between states
        if sub_type == PEACEFUL and commemoration(doccache.sentence(doc, cand.start)):
            continue  # "pilgrims gathered in Karbala to mark Ashura", "the Bastille Day parade": an occasion kept, no claim
        if sub_type not in ("Other", "Agreement") and captives_freed(doc, cand.start, cand.end):
            # "ELN guerrillas released a police officer they had kidnapped": captives freed (WRITERS.md); not hostages
            # freed under a swap or deal the classifier reads as the Agreement
            sub_type = "Other"
        if cand.entry is not None and cand.entry.sub_event_type in TAKING and held_then_freed(doc[cand.start]) is not None:
            # "freed two officials *detained* since the coup", "The six guards *kidnapped* ... last month were freed": the
            # participle tells who was freed (the release is the news); a participle on the freed object is no event,
            # the parser's verb of its own the captives' earlier taking, of its own kind (events.recall makes it background)
            if doc[cand.start].dep_ == "acl":
                continue
            sub_type, confidence = cand.entry.sub_event_type, max(confidence, float(scores[names.index(cand.entry.sub_event_type)]))
        elif sub_type in TAKING and frees_the_held(doc[cand.start:cand.end].root):
            # "The junta freed a former minister and two officials detained since the coup": detainees or captives freed
            # are Other (WRITERS.md), not a taking, whatever the classifier reads in the words of their detention
            sub_type, confidence = "Other", max(float(scores[names.index("Other")]), conf["specific_above"])
        if sub_type in (*ONE_OR_TWO_SIDED, LOOTING) and captives_taken(doc, cand.start, cand.end):
            # "ambushed a bus ..., taking about 20 passengers captive", nobody told killed or hurt: the people carried off
            # are the event (an abduction), not the raid that took them
            sub_type = "Abduction/forced disappearance"
        if EVENT_TYPE[sub_type] == "Battles" and unfought_arrest(doc, cand.start, cand.end) \
                and not any(c is not cand and c.entry is not None and c.entry.specific and EVENT_TYPE[c.entry.sub_event_type] in discourse().violence_types
                            for c in by_sentence[i]):
            # "a combined Afghan and coalition force *detained* a suspected weapons facilitator": forces' arrests in an
            # operation that tells no fight are Arrests (WRITERS.md security sweeps), not the battle the classifier reads
            sub_type, confidence = "Arrests", max(float(scores[names.index("Arrests")]), conf["specific_above"])
        if sub_type == "Abduction/forced disappearance" and police_detention(doc, cand.start, cand.end):
            sub_type = "Arrests"  # "Police in Masaya took a parish priest away": an arrest, wherever he is held
        if sub_type == PEACEFUL and cand.entry is None and doc[cand.start:cand.end].root.lemma_.lower() in protest_context().removing \
                and force_on_a_calm_crowd(doc, cand.start, cand.end):
            # "Police *removed* about 200 pensioners who were staging a sit-in": forces removing a calm crowd intervene
            # (codebook: Protest with intervention), whatever calm the classifier reads in the sit-in
            sub_type = "Protest with intervention"
        if sub_type == "Violent demonstration" and cand.entry is not None and cand.entry.specific and cand.entry.sub_event_type == LOOTING \
                and not _crowd_told(doccache.sentence(doc, cand.start)):
            # "Young people *looted* the warehouse of a businessman ... and set it on fire": looting with no crowd, protest
            # or riot told is property destroyed (WRITERS.md Riot vs looting), the looters rioters (actors)
            sub_type = LOOTING
        if _arrested_at_protest(doc, cand, sub_type):
            sub_type = "Protest with intervention"
        elif sub_type == "Protest with intervention" and cand.entry is not None and cand.entry.sub_event_type == "Arrests" \
                and arrested_attackers(doc, cand.start, cand.end):
            sub_type = "Arrests"  # "officers detained two men who attacked students near the parliament": not the crowd
        elif sub_type == "Protest with intervention" and unsure and cand.entry is not None and cand.entry.sub_event_type == "Arrests" \
                and arrested_away(doccache.sentence(doc, cand.start)):
            sub_type = "Arrests"  # "Police arrested 25 men in door-to-door searches in the township that night"
        if (EVENT_TYPE[sub_type] not in ("Battles", "Explosions/Remote violence") or sub_type == CLASH) and close_fire(doc, cand.start, cand.end):
            # "officers manning a roadblock were shot at by the occupants of a car": no riot, no attack; the codebook names
            # the kind, as sure as a typed trigger (no bare "fire" retelling a shooting told before)
            sub_type, confidence = CLASH, max(confidence, conf["unsure_below"])
        if sub_type == CLASH and fired_on_a_crowd(doc, cand.start, cand.end):
            # "Gendarmes opened fire on a crowd that stormed their post": a crowd is no armed side; the crowd's kind the
            # classifier reads likeliest
            crowd = max((k for k in names if k != NONE and EVENT_TYPE[k] in CROWD_TYPES), key=lambda k: raw[names.index(k)])
            sub_type, confidence = crowd, float(scores[names.index(crowd)])
        if sub_type == "Excessive force against protesters" and force_untold(doccache.sentence(doc, cand.start)):
            # "The protest was peaceful and the workers were allowed to leave": no force, no lethal force on the crowd
            calm = max(("Peaceful protest", "Protest with intervention", "Violent demonstration"), key=lambda k: raw[names.index(k)])
            sub_type, confidence = calm, float(scores[names.index(calm)])
        if sub_type == "Mob violence" and named_group_acts(doccache.sentence(doc, cand.start)):
            sub_type = "Attack"  # "Koglweogo members beat a man they accused of theft": an organised group, no mob
        if EVENT_TYPE[sub_type] in CROWD_TYPES and _gang_tied(parsed, cand, sents, by_sentence):
            # "two men were wounded by shots fired from a scooter ..., in a turf war between rival drug networks": the
            # gangs' violence (WRITERS.md Gang violence vs crime), no crowd's nor force on protesters
            sub_type = CLASH if _two_sided(doc, cand) else "Attack"
        if sub_type in ("Attack", "Mob violence") and fired_at_each_other(doc, cand.start, cand.end):
            sub_type = CLASH  # "members of two rival cult groups shot at each other": two armed sides, no attack nor a mob's fight
        if sub_type == "Attack" and killed_in_a_fight(doc, cand.start, cand.end):
            sub_type = CLASH  # "Military police killed five men in a shoot-out": the people fell in a fight, no one-sided attack
        if EVENT_TYPE[sub_type] not in BLOCKADE_TYPES and civilian_blockade(doc, cand.start, cand.end):
            sub_type = "Peaceful protest"  # "farmers and teachers have blocked the Pan-American Highway": no abduction
        if sub_type == "Violent demonstration" and force_on_a_calm_crowd(doc, cand.start, cand.end):
            sub_type = "Protest with intervention"  # "Officers pushed them into police vans": force, no crowd violence
        if sub_type in PROTEST_TYPES and confidence < conf["unsure_below"] and excessive_force(doccache.sentence(doc, cand.start)):
            sub_type = "Excessive force against protesters"
        if EVENT_TYPE[sub_type] in CROWD_TYPES and confidence < conf["unsure_below"] and crowdless_protest(doccache.sentence(doc, cand.start)):
            # "Riot police searched the offices of two newspapers" (Protest with intervention 0.36): no crowd, no
            # protest; a trigger of its own kind ("riot police arrested ...") keeps that kind. A sure classifier has
            # read a crowd the words miss ("riot police pushed students off a road they had blocked": 0.99)
            if cand.entry is None or not cand.entry.specific or EVENT_TYPE[cand.entry.sub_event_type] in CROWD_TYPES:
                continue
            sub_type, confidence = cand.entry.sub_event_type, float(scores[names.index(cand.entry.sub_event_type)])
        if sub_type not in (CLASH, "Other") and mutiny(doc, cand.start, cand.end) is not None:
            # "Soldiers at the Kati camp *mutinied*, firing into the air and holding two officers": no territory taken, no
            # attack (WRITERS.md Mutinies); a clash with loyal troops stays one
            sub_type, confidence = "Other", max(float(scores[names.index("Other")]), conf["specific_above"])
        if sub_type == "Headquarters or base established" and (toll := toll_post(doc, cand.start, cand.end)) is not None \
                and trigger_status(doc, toll, toll + 1, doccache.sentence(doc, toll), text).value == "current":
            # "Al-Shabaab set up a checkpoint on the road ..., collecting taxes from trucks": the toll is the event, Other
            # (WRITERS.md Toll checkpoints), at the toll verb; as specific as a typed trigger, whatever the weights
            cand = dataclasses.replace(cand, start=toll, end=toll + 1, entry=None)
            sub_type, specific = "Other", False
            confidence = max(float(scores[names.index("Other")]), conf["specific_above"])
        if sub_type == "Attack" and raw[names.index(CLASH)] > raw[names.index("Attack")] \
                and fighters_killed_by_forces(doc, cand.start, cand.end, before) is not None:
            # "Soldiers from the 4th Division shot dead two suspected cattle rustlers": forces killing armed men fight a
            # battle (codebook), as the classifier reads it; the lexicon's prior for "shot dead" had made it the Attack
            sub_type, confidence = CLASH, max(float(scores[names.index(CLASH)]), float(raw[names.index(CLASH)]))
        if sub_type == "Attack" and cand.entry is not None and cand.entry.specific and cand.entry.sub_event_type == CLASH \
                and _forces_as_target(doc[cand.start:cand.end].root):
            # "the unit was *ambushed* by the terrorists": a trigger of fighting done to forces (a bare "unit", "patrol")
            # is the battle its word names (codebook: an attack on armed forces is an Armed clash), whatever the classifier
            # reads into the doers' name
            sub_type, confidence = CLASH, max(float(scores[names.index(CLASH)]), conf["specific_above"])
        if sub_type == "Other" and measure_no_event(doc, cand.start, cand.end) \
                and declared_measure(doc, cand.start, cand.end, in_sentence=True) is None:
            continue  # "The governor lifted a dusk-to-dawn curfew in Jos", "a state of emergency ahead of a tropical storm"
        if sub_type == "Other" and (measure := declared_measure(doc, cand.start, cand.end, in_sentence=True)) is not None:
            # "extended *the curfew*", "declared a state of emergency ... following *the attack*": the act is the event
            # the codebook names the kind: as specific as a typed trigger, however unsure the classifier ("The prefect has
            # announced a curfew from 8pm": Other 0.20)
            cand = dataclasses.replace(cand, start=measure, end=measure + 1, entry=None)
            specific, confidence = False, max(confidence, conf["specific_above"])
        if (sub_type in TERRITORY or sub_type == NON_VIOLENT) and cand.entry is None and (taker := taking_verb(doc[cand.start:cand.end].root)) is not None:
            # "PDF fighters say they've taken *the police station* in Pale", "walked into Gwa's police *headquarters*": the
            # ground taken is told by the verb, whose subject took it; the force the place is named after lost it
            cand = dataclasses.replace(cand, start=taker, end=taker + 1)
        if sub_type == CHANGE and cand.entry is None and _arrival(doc, cand) and _told_before(decided, i):
            # "Estonia sent an extra army company to its border ... About 150 soldiers arrived in the Narva area": forces
            # arriving after a deployment or violence the text told are part of it (WRITERS.md Deployments), however sure
            continue
        here = decided.setdefault(i, [])
        if cand.clause:
            # a clause of its own at a place of its own: another event, whatever the sentence's other words are typed
            if not any(d[0] == cand.start for d in here):
                here.append((cand.start, cand.end, sub_type, confidence, None))
                own_clauses.add(cand.start)
            continue
        if cand.extra and (k := next((k for k, d in enumerate(here) if d[2] == sub_type), None)) is not None:
            # the main verb adds an event of another type; it never replaces a trigger or cue word's, unless that
            # word only names the start of a period ("took over Kunduz, the biggest gain since the insurgents
            # launched their offensive in May") or was only the topic: retyped by the classifier and less sure
            # than the main verb ("the group named a new leader, saying the previous one had died in *clashes*")
            d = here[k]
            sent = doccache.sentence(doc, cand.start)
            mine, theirs = (trigger_status(doc, a, b, sent, text).value == "current" for a, b in ((cand.start, cand.end), (d[0], d[1])))
            since = since_of(doc[d[0]]) is not None and since_of(doc[cand.start]) is None
            # ... or that word is what a cue of the sentence recalls and the main verb is not ("Former Wagner fighters
            # have been *absorbed* into the National Guard, two months after the *death* of the group's founder")
            back = recalled(sent, d[0]) and not recalled(sent, cand.start)
            # (not a trigger of violence on people the classifier only turned from one side to two or back: "gunmen
            # *opened fire* on a group ...; police *linked* the shooting to a gang war" keeps the shooting)
            topic = (d[4] is None or d[4].sub_event_type != sub_type) and confidence > d[3] and not _definite(doc[d[1] - 1]) \
                and not (d[4] is not None and d[4].sub_event_type in ONE_OR_TWO_SIDED and sub_type in ONE_OR_TWO_SIDED) \
                and not _act_told_first(doc, d, cand.start)
            # a word the sentence negates or only plans ("signed a declaration ..., though no *ceasefire* was agreed")
            # gives way to the main verb that asserts the event; a main verb that denies ("the junta *denies* using
            # chemical arms") never replaces what the sentence reports
            main_asserted = mine and not theirs and confidence >= conf["unsure_below"]
            # a cue word that names the people the act is about, or describes them, gives way to the main verb that
            # tells the act ("The Taliban *dissolved* a local *militia* unit", "Fighters of the faction *based* around
            # Djugu *began* disarming": the events stage reads no act in a noun of people or a participle of description)
            described = d[4] is None and doc[cand.start].pos_ == "VERB" and (
                (doc[d[0]].pos_ == "NOUN" and person(doc[d[0]])) or doc[d[0]].dep_ in ("acl", "relcl", "amod"))
            # ... or that word only names people or their kit ("Carabineros *used* water cannon trucks against a march")
            if mine and (since or topic or main_asserted or back or described or _names_who(doc, d)):
                # the act of the people a word names is the verb they do, when that is not the main verb ("bomb squad
                # safely *disarmed* an explosive device ..., traffic restored")
                act = _done_by(doc, d) if _names_who(doc, d) else None
                here[k] = (act.i, act.i + 1, d[2], d[3], None) if act is not None and act.i != cand.start \
                    else (cand.start, cand.end, sub_type, confidence, None)
            continue
        item: Decision = (cand.start, cand.end, sub_type, confidence, cand.entry)
        if specific and cand.entry.sub_event_type == sub_type:
            # two specific triggers of one type in a sentence are two events ("rockets hit the base and US
            # forces answered with counter-battery fire"), unless adjacent ("rocket and mortar fire")
            same = [k for k, d in enumerate(here) if d[2] == sub_type and (d[4] is None or not d[4].specific or d[4].sub_event_type != sub_type or abs(d[0] - cand.start) <= 3)]
        else:
            same = [k for k, d in enumerate(here) if d[2] == sub_type]
        if not same:
            here.append(item)
        elif _better(item, here[same[0]], doc):
            here[same[0]] = item

    for found in decided.values():
        # a weapon word that only names the people who act ("Police *bomb* disposal experts safely detonated a hand
        # grenade"): the event is the verb they do, which the events stage reads (it reads no event in a role's name)
        acts = [_act_of_role(doc, d) for d in found]
        found[:] = [a for k, a in enumerate(acts) if not any(o[0] == a[0] for o in acts[:k])]
        # a weapon noun that a verb of disrupted weapons use takes ("found two rockets ... and dismantled them", "missiles
        # fired towards the UAE were intercepted") is the thing disrupted, no strike of its own
        disrupted = [doc[d[0]:d[1]].root for d in found if d[2] == "Disrupted weapons use" and doc[d[0]:d[1]].root.pos_ == "VERB"]
        found[:] = [d for d in found if EVENT_TYPE[d[2]] != "Explosions/Remote violence"
                    or not any(disrupted_weapon(doc[d[0]:d[1]].root, v) for v in disrupted)]
        # what forces were sent to do is no event of its own ("were sent into Tocoa on Monday *to take over* patrols")
        purpose = {t.i for d in found if d[2] == CHANGE for t in _purpose(doc[d[0]:d[1]].root)}
        found[:] = [d for d in found if d[2] == CHANGE or doc[d[0]:d[1]].root.i not in purpose]
        if any(d[4] is None and doc[d[0]:d[1]].root.pos_ == "VERB" for d in found):
            # a cue noun of people beside a verb's act ("*Gunmen* the state government identified as Fano militiamen halted a
            # minibus ... and *led away* eight travellers": the parser hung the sentence on the noun) names who did it
            found[:] = [d for d in found if not (d[4] is None and d[1] - d[0] == 1 and doc[d[0]].pos_ == "NOUN" and person(doc[d[0]]))]
        if any(d[2] == "Protest with intervention" for d in found):
            # "protesters rallied ... police fired tear gas": one protest with intervention (not one of a clause of its own)
            found[:] = [d for d in found if d[2] != "Peaceful protest" or d[0] in own_clauses]
        # "youths blocked the road near Bokkos and attacked a passing minibus": the blockade is how the violence was done,
        # no protest of its own, when the violent verb is a conjunct sharing the blockade's subject
        found[:] = [d for d in found if d[2] != "Peaceful protest" or not any(
            EVENT_TYPE[o[2]] in CONJOINED_VIOLENCE and _conjoined_act(doc[d[0]:d[1]].root, doc[o[0]:o[1]].root) for o in found)]
        found.sort(key=lambda d: d[0])

    headline = headline_sentences(parsed, text)
    body_types = {c[2] for i, cs in decided.items() if i not in headline for c in cs}
    for i in headline:
        # a headline repeats the lead: its events only count when the body has no event of their type
        if i in decided:
            decided[i] = [c for c in decided[i] if c[2] not in body_types]
    return decided


def _conjunct_tells(doc: Any, cand: Candidate, cands: list[Candidate], reading: Mapping[int, Any], sub_type: str) -> bool:
    """Is ``sub_type`` the kind of a verb conjoined to the candidate's trigger verb, each with its own act ("detained
    several suspects, and *discovered* a weapons cache": Disrupted weapons use), as that verb's own trigger or the
    classifier's reading of it?"""
    root = doc[cand.start:cand.end].root
    if root.pos_ != "VERB":
        return False
    names = labels()
    for c in cands:
        other = doc[c.start:c.end].root
        if other.pos_ != "VERB" and other.dep_ in ("dobj", "nsubjpass"):
            other = other.head  # "and discovered *a weapons cache*": the verb of the trigger noun
        if c is cand or other.pos_ != "VERB" or other not in root.conjuncts or not (_own_argument(root) and _own_argument(other)):
            continue  # (not one act told by two verbs of one object: "abducted and raped women", "beat and detained 12 fishermen")
        if c.entry is not None and c.entry.specific and c.entry.sub_event_type == sub_type:
            return True
        row = reading.get(id(c))
        if row is not None and c.entry is None and other.lemma_.lower() in CASUALTY_CUES and names[int(row[: names.index(NONE)].argmax())] == sub_type \
                and not _toll_of_a_trigger(doc, c, cands):
            # a toll verb's kind as the classifier reads it ("none" aside): "Several armed men were killed"; not the toll of
            # a fight a trigger names ("were killed in an exchange of fire, and two were detained": the arrests are the raid's)
            return True
    return False


def _own_argument(verb: Any) -> bool:
    """Has the verb an object or a passive subject of its own?"""
    return any(ch.dep_ in ("dobj", "nsubjpass") for ch in verb.children)


def _raid_that_arrests(doc: Any, cand: Candidate, cands: list[Candidate]) -> bool:
    """A raid or search verb conjoined to an arrest trigger ("raided the old city before dawn and arrested five men"),
    in a sentence with no other trigger of another kind."""
    root = doc[cand.start:cand.end].root
    if root.lemma_.lower() not in discourse().raids or root.pos_ != "VERB":
        return False
    arrests = [c for c in cands if c.entry is not None and c.entry.sub_event_type == "Arrests" and doc[c.start:c.end].root in root.conjuncts]
    others = [c for c in cands if c is not cand and c.entry is not None and c.entry.sub_event_type != "Arrests"]
    return bool(arrests) and not others


def _act_told_first(doc: Any, d: Decision, verb: int) -> bool:
    """Is the decided word a finite verb with a subject of its own, in a clause of the sentence's frame (no relative or
    adverbial clause), told before the main verb (token ``verb``)? It tells the act; a later clause the parse made the main
    one only adds to it ("UPC fighters *moved into* the market quarter of Zemio on Monday, a day after the army unit left
    it; there *was* no fighting", "Al Shabaab fighters *seized* the town ...; militants were *seen* raising their flag"),
    not the topic it names ("saying the previous one had died in *clashes*")."""
    tok = doc[d[0]:d[1]].root
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or any(ch.dep_ in ("aux", "auxpass") for ch in tok.children)
    return tok.pos_ == "VERB" and finite and tok.i < verb and tok.dep_ in ("ROOT", "ccomp", "conj", "parataxis") \
        and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children) \
        and misread_participle(tok) is None  # ("Five workers *kidnapped* from a mine were *freed*": the release is told)


def _kept_despite_veto(doc: Any, text: str, cand: Candidate, none: float, conf: Mapping[str, Any],
                       decided: Mapping[int, list[Decision]], political: bool, likeliest: str | None = None) -> str | None:
    """The sub-type a lexicon trigger keeps although the classifier gave "none" probability ``none`` above the
    veto threshold, or None: a trigger under a threat, negation, modal or caption (a non-current mention), a
    recalled or dated one (made background later), or one the sentence asserts as a past happening unless the
    classifier is sure (``none_sure``). A generic word is kept when a weapon does what it says, or as a non-current
    mention of ``likeliest`` (the classifier's sub-type when it outranks "none", vetoed by the threshold alone) under a
    threat, negation or plan ("Insurgents planned to *attack* a patrol")."""
    if cand.entry is None:
        # a cue word: a killing the text asserts by armed men ("Gunmen killed two park rangers in Pendjari National Park
        # on Sunday"), when the classifier puts a violent sub-type above "none" and is not sure there is no event
        if likeliest is not None and EVENT_TYPE[likeliest] in discourse().violence_types and none < conf["none_sure"] \
                and armed_killing(doc, cand.start, cand.end) \
                and trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text).value == "current":
            return likeliest
        return None
    status = trigger_status(doc, cand.start, cand.end, doccache.sentence(doc, cand.start), text)
    sent = doccache.sentence(doc, cand.start)
    own_type = cand.entry.sub_event_type
    if not cand.entry.specific:
        if status.value in ("hypothetical", "negated", "threat") and likeliest is not None \
                and EVENT_TYPE[likeliest] in discourse().violence_types:
            return likeliest
        # a generic verb ("struck") the text asserts, done by a weapon ("its air force struck convoys near
        # Bara late on Tuesday"), is that weapon's event
        weapon = weapon_agent(doc, cand.start, cand.end)
        if weapon is None or status.value != "current" or none >= conf["none_sure"] \
                or not asserted(doc, cand.start, cand.end, cand.entry, political=political):
            return None
        own_type = weapon
    sure = none >= conf["none_sure"]
    if own_type == LOOTING and not sure and status.value == "current" and armed_act(doc, cand.start, cand.end):
        return own_type  # "Armed men looted a World Food Programme warehouse in El Obeid on Monday"
    if status.value == "current" and not _refers_back(doc, cand, decided) and not dated_in_a_year(sent) and not recalled(sent, cand.start, lead=not any(decided.values())) \
            and not _recalled_in_relative_clause(doc, cand) and not (
        (not sure or political) and asserted(doc, cand.start, cand.end, cand.entry, political=political)
    ) and not (political and (not sure or about_violent_event(sent, discourse())) and asserted(doc, cand.start, cand.end, cand.entry, political=True, anchored=False)):
        # an asserted trigger ("doctors carried out a two-day strike in Nairobi") is kept unless the
        # classifier is sure it is no event; a political arrest (codebook) always is, and without a place or
        # time in its clause unless the classifier is sure ("Two suspected militants were arrested."), however sure
        # when it is over a fight or attack the story told ("Police said on Monday they had arrested 11 men over the
        # attack": its place and day are the story's; not a riot's tally, "over the unrest", which stays in the riot)
        return None
    return own_type


def _toll_of_a_trigger(doc: Any, cand: Candidate, cands: list[Candidate]) -> bool:
    """Is the casualty cue told "in" or "during" what another candidate of the sentence, a lexicon trigger, names ("25
    people had been injured *in the clashes*", "were killed during the raid")? The toll of that event, no act of its own."""
    tok = doc[cand.start:cand.end].root
    named = {doc[c.start:c.end].root.i for c in cands if c is not cand and c.entry is not None}
    return any(p.dep_ == "prep" and p.lower_ in ("in", "during") and any(g.dep_ == "pobj" and g.i in named for g in p.children)
               for p in tok.children)


def _forces_as_target(verb: Any) -> bool:
    """Is the object or passive subject of the verb a word of forces or their post (discourse.toml [targets]), with no
    modifier that makes a unit or camp a civil one ("the unit was ambushed", "ambushed a patrol"; not "a housing unit")?"""
    if verb.pos_ != "VERB":
        return False
    c = discourse()
    for t in verb.children:
        if t.dep_ not in ("dobj", "nsubjpass"):
            continue
        # (not "ambushed a convoy of cattle traders"); a bare unit or camp only as what the passive tells done to it ("the
        # unit was ambushed"; not "raided their camp")
        if armed_noun(t) or (t.dep_ == "nsubjpass" and t.lower_ in c.ambiguous_targets and t.lower_ in c.armed_targets
                               and not any(ch.dep_ in ("compound", "amod", "nmod", "poss") for ch in t.children)):
            return True
    return False


def _dates_the_act(tok: Any) -> bool:
    """Is the trigger a noun that an act is told before or after ("a day *before* a rally they had planned to hold",
    "hours ahead of a march")? An occasion of its own, not part of that act."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("before", "after", "ahead", "of") \
        and (tok.head.lower_ != "of" or tok.head.head.lower_ == "ahead")


def _recalled_in_relative_clause(doc: Any, cand: Candidate) -> bool:
    """Is the trigger in a relative clause that dates it back by its own words ("succeeding a commander who was killed in
    *a drone strike* last month")? The clause recalls what it tells of the noun, whatever the sentence's news is (its
    day, "on Friday"): kept as a recalled mention (made background later), also in a lead."""
    rel = next((a for a in doc[cand.start].ancestors if a.dep_ == "relcl"), None)
    if rel is None or rel.lemma_.lower() not in CASUALTY_CUES:
        return False  # (how someone the noun names died or was hurt; not "activists who had been charged over *a protest*")
    return recalled(doc[rel.left_edge.i : rel.right_edge.i + 1], cand.start)


def _arrested_one(doc: Any, cand: Candidate, tok: Any) -> bool:
    """Is ``tok`` a participle "suspected of" something in the phrase of the people the arrest verb took ("arrested two men
    *suspected* of the killing")? That ties the arrest to the event, as "on suspicion of" does. Not a word of another
    clause ("arrested 312 people over the unrest and named 41 of them as suspects": the riot's tally), nor the bare noun
    ("Police later arrested two suspects", which the classifier judges as it is)."""
    verb = doc[cand.start:cand.end].root
    return tok.pos_ == "VERB" and any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.children) \
        and any(tok in ch.subtree for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass"))


def _violence_told(doc: Any, cand: Candidate, cands: list[Candidate]) -> bool:
    """Does the candidate's sentence name violence by a trigger word or a word of killing or wounding ("ordered passengers
    off the bus and shot two of them")?"""
    return any(c.entry is not None for c in cands) or any(t.lemma_.lower() in CASUALTY_CUES or t.lemma_.lower() == "shoot" for t in doccache.sentence(doc, cand.start))


def _gang_violence(parsed: Parsed, cand: Candidate, sents: list[Any], by_sentence: Mapping[int, list[Candidate]]) -> bool:
    """Is the candidate a word of violence on people (a trigger of an Attack or Armed clash, of a bomb or grenade, or a cue
    word of a violent outcome: "wounded", "killed") in a sentence that ties it to a conflict between gangs
    (codebook.gang_conflict), or followed in its paragraph by a sentence that does and tells no act of its own (no lexicon trigger): "A man was shot
    and wounded in his car on Tuesday. Police said the shooting was part of a feud between two gangs."?"""
    doc = parsed.doc
    tok = doc[cand.start:cand.end].root
    violent = (cand.entry is not None and cand.entry.sub_event_type in ONE_OR_TWO_SIDED + GANG_BLASTS) \
        or (cand.entry is None and not cand.extra and tok.lemma_.lower() in discourse().violent_outcome)
    return violent and _gang_tied(parsed, cand, sents, by_sentence)


def _gang_tied(parsed: Parsed, cand: Candidate, sents: list[Any], by_sentence: Mapping[int, list[Candidate]]) -> bool:
    """Does the candidate's sentence tie what it tells to a conflict between gangs (codebook.gang_conflict), or the next
    sentence of its paragraph that tells no act of its own?"""
    if gang_conflict(doccache.sentence(parsed.doc, cand.start)):
        return True
    after = cand.sentence + 1
    return after < len(sents) and sents[after] is not None and _same_paragraph(parsed, cand.sentence, after) \
        and not any(c.entry is not None for c in by_sentence.get(after, ())) and gang_conflict(sents[after])


def _two_sided(doc: Any, cand: Candidate) -> bool:
    """Does the trigger name fighting between two sides ("clash", "shoot-out"; ``codebook.two_sided_word``)?"""
    return any(two_sided_word(t) for t in doc[cand.start:cand.end])


def _imposed(doc: Any, text: str, cand: Candidate, whole: bool = True) -> int | None:
    """The imposing verb of a non-state armed group's levy, order or ban at or above the candidate, or (``whole``) anywhere
    under a candidate no trigger names (``armed_acts.armed_imposition``), that the text reports as done, or None ("will
    impose a levy" is a threat). Not ``whole`` in a sentence that tells violence: "overran the post after a gunfight and
    occupied the town ..., forcing traders to close shops" is the taking."""
    verb = armed_imposition(doc, cand.start, cand.end, whole=whole and cand.entry is None)
    if verb is None or trigger_status(doc, verb, verb + 1, doccache.sentence(doc, verb), text).value != "current":
        return None
    return verb


def _conjoined_act(protest: Any, act: Any) -> bool:
    """Is ``act`` a verb conjoined after the protest verb, with no subject of its own ("blocked the road ... and
    *attacked* a passing minibus"): the same people's next act?"""
    return protest.pos_ == "VERB" and act.pos_ == "VERB" and act.dep_ == "conj" and act.head.i == protest.i \
        and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in act.children)


def _same_paragraph(parsed: Parsed, i: int, j: int) -> bool:
    return parsed.paragraph_index(parsed.sentences[i].start) == parsed.paragraph_index(parsed.sentences[j].start)


def _holds_now(verb: Any) -> bool:
    """A verb of a relative clause told in the simple present ("the regional administration, which *controls* the town",
    "the militia that *holds* the crossing"): who holds ground, a state, not its taking."""
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") \
        and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)


def _property_act(doc: Any, cand: Candidate, cands: list[Candidate]) -> bool:
    """Does the candidate's sentence tell property taken or destroyed: a property verb (triggers.toml [codebook]
    property_verbs), an arson, or a Looting trigger?"""
    cw = codebook_words()
    sent = doccache.sentence(doc, cand.start)
    lemmas = doccache.lemmas(doc)
    return any(lemmas[i] in cw.property_verbs for i in range(sent.start, sent.end)) \
        or bool(cw.incendiaries.search(doccache.span_text(doc, sent.start, sent.end))) \
        or property_burned(doc, cand.start, cand.end) is not None \
        or any(c.entry is not None and c.entry.sub_event_type == LOOTING for c in cands)


def _crowd_told(sent: Any) -> bool:
    """Does the sentence name a crowd, a gathering or a protest by a word of people or of their gathering (words.toml
    protesters, rioters, crowd, protest_words; the Peaceful protest triggers and the gathering words), not only acts
    ("looted", "set on fire")?"""
    return any(not sent.doc[i].ent_type_ for i in word_positions(sent.doc, sent.start, sent.end, crowd_nouns()))


def _people_cue(doc: Any, cand: Candidate, cues: list[tuple[int, int]]) -> bool:
    """Is the candidate a one-word cue that only names people ("insurgent", "militants": events.retyping.person), and
    are the sentence's other cue words (``cues``) people too? A cue of an act beside it ("*Militants* of the group's Sahel
    branch, known locally as the 'Dawla', *killed* at least 15 villagers": the parser hung the sentence on the people)
    is what the classifier read."""
    def people(tok: Any) -> bool:
        return tok.pos_ in ("NOUN", "ADJ") and person(tok)

    return cand.end - cand.start == 1 and people(doc[cand.start]) and all(e - s == 1 and people(doc[s]) for s, e in cues)


def _in_relative_clause(tok: Any, outside: int) -> bool:
    """Is the token inside a relative clause ("who was shot dead") that does not hold the token ``outside``?"""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "relcl" and a.pos_ in ("VERB", "AUX"):
            return not (a.left_edge.i <= outside <= a.right_edge.i)
    return False
