"""Agent and target phrases of a trigger from the dependency parse, and the clause-level candidates."""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from ..catalogue import STATE_KINDS
from .. import catalogue, doccache
from ..counting.conventions import conventions
from ..events.cues import cues
from ..lexicon import country_of
from ..model import Actor
from ..records import Mention, Parsed
from ..syntax import CLAUSE_BREAKS, PAST_TAGS, PLACE_LABELS, in_words, passive_agents
from .coref import NONSTATE_ANAPHORS, is_anaphor, is_speaker
from .dateline import in_dateline
from .naming import actor_from_phrase, combined_lead, entity_actor, holds_place, named_actor, state_actor
from .words import AGENT_VERBS_OF_NOUN, LOCATIVE, LOCATIVE_ONLY, MEMBER_WORDS, REPORTING, origin_place, TARGET_PREPS, TEMPORAL_PREPS, TERRITORY, UNKNOWN_BOMBER, VIOLENT, W, ent_entry, has_word, lemma, noun_phrase, without_places


def subjects_of(verb: Any, depth: int = 0) -> Iterable[Any]:
    engaged = in_words(verb, W("engaged_in"), lemma)
    for child in verb.children:
        if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and engaged):  # "X and Y were engaged in fighting"
            yield child
        if child.dep_ == "agent":  # passive "by X"
            yield from (c for c in child.children if c.dep_ == "pobj")
        if child.dep_ == "prep" and child.lower_ == "with" and any(c.dep_ == "auxpass" for c in verb.children):
            # "beaten with rifle butts by soldiers": the passive's "by X" hung on its instrument
            yield from (p for tool in child.children if tool.dep_ == "pobj" for b in tool.children
                        if b.dep_ in ("prep", "agent") and b.lower_ == "by" for p in b.children if p.dep_ == "pobj")
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i and lemma(verb.head) not in REPORTING:
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and depth < len(doccache.sent_of(verb)):
            yield from subjects_of(verb.head, depth + 1)
    no_subject = not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and no_subject:
        yield verb.head  # "gunmen who stormed the village"
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and no_subject and any(c.dep_ == "dobj" for c in verb.children):
        yield verb.head  # mis-parsed "Russian aircraft bombed Kupiansk" (a participle with an object is active)


def split_subjects(verb: Any) -> list[Any]:
    """The coordinated subjects the parser hung on a place or a dateline before the verb, in order, when the verb has no
    subject of its own or only a dateline word ("In Tajikistan, security forces and local armed men exchanged fire": a
    conj chain under "Tajikistan"; "KABUL, Oct 25 (Wire) - Pakistani forces and Taliban border guards exchanged fire":
    under "KABUL"). Empty when the verb has a subject the parse got right."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    if subjects and not all(in_dateline(s) for s in subjects):
        return []
    last = verb.doc[verb.i - 1] if verb.i > doccache.sent_of(verb).start else None
    if last is None or last.dep_ != "conj" or last.pos_ not in ("NOUN", "PROPN"):
        return []
    chain = [last]
    node = last
    for _ in range(8):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
        chain.insert(0, node)
    root = chain[0]
    if not (in_dateline(root) or (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE) or any(s.i == root.i for s in subjects)):
        return []  # a chain the parse rooted elsewhere ("... killed a soldier and two policemen exchanged ..."): not this
    return [t for t in chain[1:] if not in_dateline(t)]


def objects_of(verb: Any, near: bool = False) -> Iterable[Any]:
    """The verb's targets; with ``near`` (a bomb or grenade going off) also what it went off near ("outside a police
    station")."""
    engaged = in_words(verb, W("engaged_in"), lemma)
    for child in verb.children:
        if child.dep_ in ("dobj", "obj") or (child.dep_ == "nsubjpass" and not engaged):
            yield child
        if child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or (near and child.lower_ in W("blast_preps"))):
            yield from (c for c in child.children if c.dep_ == "pobj")
        if child.dep_ in ("advcl", "acl", "xcomp") and lemma(child) == "target":  # "..., targeting X"
            yield from (c for c in child.children if c.dep_ == "dobj")


def party_trigger_verb(head: Any) -> Any | None:
    """The verb whose object a trigger that names a party is ("took back Bambari from CPC rebels", "cleared Islamic
    State militants from villages": the trigger is "rebels"/"militants"): that verb's subject and objects are the
    parties. None when the trigger is no party word or hangs on no verb."""
    if head.pos_ not in ("NOUN", "PROPN") or not (lemma(head) in W("armed") | W("insurgent") | W("military") or ent_entry(head) is not None):
        return None
    gov = head.head
    for _ in range(3):  # over prepositions: "from CPC rebels"
        if gov.pos_ != "ADP" or gov.head.i == gov.i:
            break
        gov = gov.head
    return gov if gov.pos_ == "VERB" and gov.i != head.i and head.dep_ in ("dobj", "pobj", "obj") else None


def _first_named_leads(split: list[Any], m: Mention, agents: list[list[Any]], allies: list[list[Any]]) -> None:
    """Subjects the parse split off a place or dateline (``split_subjects``): the side named first leads; in a battle or
    an agreement the others are the other side (``allies``), else more doers. Appends to the caller's lists."""
    if not split:
        return
    agents.append(noun_phrase(split[0]))
    if m.event_type == "Battles" or m.sub_event_type == "Agreement":
        allies += [noun_phrase(t) for t in split[1:]]
    else:
        agents += [noun_phrase(t) for t in split[1:]]


def _verb_roles(m: Mention, head: Any) -> tuple[list[list[Any]], list[list[Any]], list[list[Any]]]:
    """(agents, targets, allies) of a verb trigger: its subjects (and a split-off first-named side), objects, a battle's
    "with X" and "in a shootout with X", what territory was taken "from", fire "from" a force."""
    agents: list[list[Any]] = []
    targets: list[list[Any]] = []
    allies: list[list[Any]] = []
    if head.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        # "Shelling by the LNA killed three children": a gerund trigger with its "by" author
        agents += [noun_phrase(c) for b in head.children if b.dep_ in ("prep", "agent") and b.lower_ == "by" for c in b.children if c.dep_ == "pobj"]
    # (in a battle the dead are one side, the report's order theirs: "killed eight militants; two soldiers also died")
    died = lemma(head) in cues().death_verbs and m.event_type != "Battles"
    # "In Tajikistan, security forces and local armed men exchanged fire": the first named leads
    _first_named_leads(split_subjects(head), m, agents, allies)
    for s in subjects_of(head):
        if died and s.dep_ == "nsubj" and s.head.i == head.i:
            # "two soldiers died after being exposed to gas dropped by a Russian drone": the dead are the target, the
            # author the passive agent of what killed them
            targets.append(noun_phrase(s))
            agents += [noun_phrase(p) for c in head.children if c.dep_ == "prep" and c.lower_ in ("after", "from")
                       for a in c.subtree if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            # ... or the doer of the act it died after ("died after Russian forces dropped a chemical agent")
            agents += [noun_phrase(x) for c in head.children if c.dep_ == "advcl" for x in c.children if x.dep_ == "nsubj"]
            continue
        agents.append(noun_phrase(s))
        # "X and Y exchanged fire": in a battle or an agreement the second party is the other side, unless the
        # sentence names one ("troops and VDP clashed with militants": the VDP fought alongside)
        others = [noun_phrase(c) for c in s.children if c.dep_ == "conj"]
        if m.event_type == "Battles" or m.sub_event_type == "Agreement":
            allies += others
        else:
            agents += others
    targets += [noun_phrase(o) for o in objects_of(head, m.sub_event_type in UNKNOWN_BOMBER)]
    if m.event_type == "Battles":  # "soldiers clashed with bandits"
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                targets += [noun_phrase(c) for c in child.children if c.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lower_ in ("in", "during"):
                # "two reservists were killed in a shootout with suspected bandits": the other side of the fight
                fights = [c for c in child.children if c.dep_ == "pobj"]
                targets += [noun_phrase(g) for f in fights for w in f.children if w.dep_ == "prep" and w.lower_ == "with"
                            for g in w.children if g.dep_ == "pobj"]
    if m.sub_event_type in TERRITORY:  # "the army retook the town from the militia": who lost it
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                targets += [noun_phrase(c) for c in child.children if c.dep_ == "pobj"]
    for child in head.children:  # "mortar fire from Azerbaijani troops" is handled below; "fired from X" too
        if child.dep_ == "prep" and child.lower_ == "from" and m.event_type == "Explosions/Remote violence":
            agents += [noun_phrase(c) for c in child.children if c.dep_ == "pobj" and not origin_place(c)]
    return agents, targets, allies


def _noun_roles(m: Mention, head: Any, trigger_tokens: set[int]) -> tuple[list[list[Any]], list[list[Any]], list[list[Any]]]:
    """(agents, targets, allies) of a noun trigger ("Israeli strikes on X", "clashes between X and Y", "an attack carried
    out by X"): its possessor and modifiers, its prepositions, a "by" under it, the verb it is the subject or object of,
    and the words just before it."""
    doc = head.doc
    sent = doccache.sent_of(head)
    agents: list[list[Any]] = []
    targets: list[list[Any]] = []
    allies: list[list[Any]] = []
    # "a barrage of rockets", "a wave of airstrikes": the quantity noun stands for the trigger
    node = head
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN") and node.head.head.i != node.i:
            node = node.head.head
        else:
            break
    # possessor and modifiers of the trigger noun: "Israel's strikes", "US airstrikes", "the Houthi shelling of Taiz"
    for child in node.children:
        if child.dep_ == "poss":
            agents.append(list(child.subtree))
    mods = [t for t in doc[max(sent.start, m.start_token - 3) : m.start_token] if t.pos_ in ("PROPN", "ADJ", "NOUN") and t.dep_ not in ("pobj", "dobj", "nsubj") and t.head.i in trigger_tokens | {head.i}
            and not manner(t, m)]
    if mods:
        agents.append(mods)
    for holder in dict.fromkeys((head, node)):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPS | {"of"} and holder.i == node.i:
                targets += [noun_phrase(c) for c in child.children if c.dep_ == "pobj" and c.i not in trigger_tokens]
            if child.dep_ == "prep" and child.lower_ == "between":  # "clashes between X and Y"
                for c in child.children:
                    if c.dep_ == "pobj":
                        agents.append([t for t in c.subtree if t.dep_ not in ("cc", "conj") or t.i < c.i] + [c])
                        targets += [noun_phrase(cj) for cj in c.children if cj.dep_ == "conj"]
            if child.dep_ == "prep" and child.lower_ == "from" and m.event_type == "Explosions/Remote violence":
                # "mortar fire from Azerbaijani troops" (not "rockets from Gaza": a place)
                agents += [noun_phrase(c) for c in child.children if c.dep_ == "pobj" and not origin_place(c)]
            if child.dep_ == "prep" and child.lower_ == "with" and m.event_type == "Battles":
                targets += [noun_phrase(c) for c in child.children if c.dep_ == "pobj"]
            if child.dep_ in ("acl",) and lemma(child) == "target":
                targets += [noun_phrase(c) for c in child.children if c.dep_ == "dobj"]
            elif child.dep_ == "acl" and holder.i == node.i and lemma(child) not in W("attributing") | REPORTING:
                # "a grenade lobbed at a Taliban patrol", "rockets fired on X" (not "an attack blamed on X")
                targets[:0] = [noun_phrase(c) for g in child.children if g.dep_ == "prep" and g.lower_ in TARGET_PREPS
                               for c in g.children if c.dep_ == "pobj"]
            if child.dep_ == "acl":  # "an attack carried out by X"
                for g in child.children:
                    if g.dep_ == "agent":
                        agents += [noun_phrase(c) for c in g.children if c.dep_ == "pobj"]
                    if g.dep_ == "prep" and g.lower_ in ("to", "on") and lemma(child) in W("attributing"):
                        # "a drone strike attributed to Turkey", "an ambush blamed on the TTP": the author the text names
                        agents[:0] = [noun_phrase(c) for c in g.children if c.dep_ == "pobj"]
    # "rape of a girl by a commander": a "by" anywhere under the trigger noun
    for t in node.subtree:
        if t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.i > node.i:
            agents += [noun_phrase(c) for c in t.children if c.dep_ == "pobj"]
            break
    else:
        # "documented the gang rape of 11 women by members of X", "condemned the killing of Y by Z": the parser
        # hangs the "by" on the verb whose object the trigger noun is
        if node.dep_ == "dobj" and node.head.pos_ == "VERB":
            for t in node.head.children:
                if t.lower_ == "by" and t.dep_ == "prep" and t.i > node.i:
                    agents += [noun_phrase(c) for c in t.children if c.dep_ == "pobj"]
                    break
    gov = node.head
    for _ in range(len(sent)):  # climb over prepositions; ends at the root by construction
        if gov.pos_ != "ADP" or gov.head.i == gov.i:
            break
        gov = gov.head
    if node.dep_ in ("nsubj", "nsubjpass") and gov.pos_ in ("VERB", "AUX"):
        targets += [noun_phrase(o) for o in objects_of(gov, m.sub_event_type in UNKNOWN_BOMBER) if o.i not in trigger_tokens and o.i != node.i]
        if node.dep_ == "nsubjpass" or gov.tag_ == "VBN":
            # "the ambush on a police patrol ... was carried out by Boko Haram fighters"; "Rockets fired by the RSF
            # landed ..." parsed with "Rockets" as the subject of "fired"
            agents[:0] = [noun_phrase(c) for c in passive_agents(gov)]
    elif gov.pos_ in ("VERB", "AUX") and lemma(gov) in ("come", "be") and node.dep_ == "pobj" and node.head.lower_ == "under":
        # "Armenian positions came under mortar fire from Azerbaijani troops": the subject is the target
        targets = [noun_phrase(s) for s in subjects_of(gov)] + targets
        for holder in (node, gov):
            for child in holder.children:
                if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
                    agents = [noun_phrase(c) for c in child.children if c.dep_ == "pobj"] + agents
    elif gov.pos_ in ("VERB", "AUX") and gov.i != node.i and lemma(gov) not in REPORTING:
        temporal = node.dep_ == "pobj" and node.head.lower_ in TEMPORAL_PREPS and m.event_type != "Battles"
        if not temporal and (lemma(gov) in AGENT_VERBS_OF_NOUN or node.dep_ in ("dobj", "pobj")):
            # "KABUL (Wire) - Pakistani forces and Taliban border guards exchanged fire"
            _first_named_leads(split_subjects(gov), m, agents, allies)
            for s in subjects_of(gov):
                if m.event_type == "Battles" and is_patient(s):
                    # "nine soldiers lost their lives in the ambush", "two policemen died in the gun attack on a checkpoint",
                    # "two officers were killed in the attack": the dead or hurt are the side attacked, not its author
                    targets.append(noun_phrase(s))
                    continue
                agents.append(noun_phrase(s))
                if m.sub_event_type == "Agreement":  # "the army and the KNU's armed wing agreed on a truce" (not "troops and
                    allies += [noun_phrase(c) for c in s.children if c.dep_ == "conj"]  # militia repelled an assault")
        targets += [noun_phrase(o) for o in objects_of(gov) if o.i not in trigger_tokens and o.i != node.i]
    # surface fallback: the words just before a trigger noun ("... and US forces responded with fire")
    loose = [
        t for t in doc[max(sent.start, m.start_token - 3) : m.start_token]
        if t.pos_ in ("PROPN", "ADJ", "NOUN") and t.dep_ != "pobj" and not (t.dep_ == "nsubj" and lemma(t.head) in REPORTING)
        and not manner(t, m)
    ]
    if loose:
        agents.append(loose)
    return agents, targets, allies


def parse_roles(m: Mention, parsed: Parsed) -> tuple[list[list[Any]], list[list[Any]]]:
    """(agents, targets) of a trigger from the parse: a verb's or a noun's own (``_verb_roles``, ``_noun_roles``), then the
    object of a trigger's "to", allies ("X and Y clashed": the other side only when no other party is named) and two
    surface fallbacks for a target."""
    doc = parsed.doc
    head = party_trigger_verb(doc[m.head]) or doc[m.head]
    sent = doccache.sent_of(head)
    trigger_tokens = set(range(m.start_token, m.end_token))
    if head.pos_ in ("VERB", "AUX"):
        agents, targets, allies = _verb_roles(m, head)
    else:
        agents, targets, allies = _noun_roles(m, head, trigger_tokens)
    if m.sub_event_type not in TERRITORY:
        # a trigger that ends in "to" ("set fire to the tents of Syrian refugees", "laid siege to"): its object is hit first
        # (not where it stood: "the house of a local chief in Bui division")
        targets[:0] = [without_places(noun_phrase(c), c) for t in doc[m.start_token : m.end_token] if t.dep_ == "prep" and t.lower_ == "to"
                       for c in t.children if c.dep_ == "pobj" and c.i not in trigger_tokens]
        targets += allies  # "troops and VDP retook the town": allies, never the side that lost it
    if not targets and head.pos_ not in ("VERB", "AUX") and m.end_token < sent.end:
        # "A suicide bomber targeted army recruits": the small parser reads the verb after a trigger noun as an adjective
        # of the next noun; that noun is the target
        verb = doc[m.end_token]
        if verb.tag_ in PAST_TAGS and lemma(verb) in W("strike_verbs") and verb.dep_ == "amod" and verb.head.i > verb.i:
            targets.append([t for t in noun_phrase(verb.head) if t.i > verb.i])
    # surface fallback: "on/against X" within the next few words
    if not targets:
        for tok in doc[m.end_token : min(sent.end, m.end_token + 3)]:
            if tok.lower_ in TARGET_PREPS:
                targets += [noun_phrase(c) for c in tok.children if c.dep_ == "pobj"] or [list(doc[tok.i + 1 : min(sent.end, tok.i + 6)])]
                break
    return agents, targets


def manner(tok: Any, m: Mention) -> bool:
    """Is tok a word that says how the act was done, not who did it ("gang rape", "gang-raped")?"""
    return m.sub_event_type == "Sexual violence" and tok.lower_ == "gang"


def clause_of(sent: Any, m: Mention) -> tuple[int, int]:
    """The token range of the trigger's clause: the sentence cut at semicolons (and dashes between clauses)."""
    start, end = sent.start, sent.end
    for t in sent:
        if t.text in CLAUSE_BREAKS and t.i < m.start_token:
            start = t.i + 1
        if t.text in CLAUSE_BREAKS and t.i >= m.end_token:
            end = min(end, t.i)
    return start, end


def _killed_attacking(verb: Any) -> bool:
    """Does the verb have a "when/as/while" clause whose own verb, or the verb it goes on to, is an attack (words.toml
    strike_verbs, assault_verbs: "were killed when the militants stormed a base", "as they attempted to infiltrate the base")?"""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("when", "as", "while") for c in clause.children):
            continue
        if any(lemma(v) in W("strike_verbs") | W("assault_verbs") for v in (clause, *(c for c in clause.children if c.dep_ == "xcomp"))):
            return True
    return False


def is_patient(root: Any, whole_phrase: bool = False) -> bool:
    """Is a clause candidate's head a patient, never actor1: a passive subject ("No US personnel were injured"), the
    subject of a death ("six soldiers died when a patrol was ambushed", "eleven soldiers lost their lives") or whom an act
    left dead or hurt ("left four officers dead")? With ``whole_phrase`` (violent events), a name inside a phrase is the
    phrase's ("Two Kenyan police reservists were killed", "Two members of the Popular Mobilisation Forces were killed": the
    police, the PMF are patients; not "members of the CJTF were absorbed into the Agro-Rangers", a change of the group's)."""
    for _ in range(4 if whole_phrase else 0):  # up from a modifier or an "of" complement to the noun it belongs to
        if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
            root = root.head
        elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN") and root.head.head.i != root.i:
            root = root.head.head
        else:
            break
    if root.dep_ == "nsubjpass":
        # (not the subject raised from a clause it did: "OLA fighters were reported to have abducted seven students")
        # nor who "were engaged in fierce fighting", a side taking part, nor who were killed attacking: "ISWAP fighters were
        # killed when the militants stormed a base", "were neutralised as they attempted to infiltrate the base")
        return not any(c.dep_ == "xcomp" and c.i > root.head.i for c in root.head.children) and lemma(root.head) not in W("taking_part") \
            and not _killed_attacking(root.head)
    verb = root.head
    if root.dep_ == "dobj" and lemma(verb) == "leave" and any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in conventions().left_states for c in verb.children):
        return True  # "the ambush left four officers dead": the dead, not a side
    return root.dep_ == "nsubj" and (lemma(verb) in cues().death_verbs or (lemma(verb) == "lose" and any(lemma(c) == "life" for c in verb.children)))


def candidates(
    m: Mention, parsed: Parsed, event_iso: str | None, day: dt.date | None, civil: bool = False, agent: Actor | None = None,
    whole: bool = False,
) -> list[tuple[int, int, Actor, bool]]:
    """Every actor the trigger's clause names, in text order, leaving out speakers, places and the trigger:
    (first token, end token, actor, is a patient). Named actors come from the catalogue entities,
    others from noun chunks. A patient (``is_patient``) is never actor1. "The army"
    after a state force (``agent`` or an earlier candidate) is that force, not a second party."""
    doc = parsed.doc
    sent = doccache.sentence(doc, m.head)
    lo, hi = (sent.start, sent.end) if whole else clause_of(sent, m)
    out: list[tuple[int, int, Actor, bool]] = []
    taken: set[int] = set(range(m.start_token, m.end_token))
    violent = m.event_type in VIOLENT  # a name inside a patient phrase is a patient ("two Kenyan police reservists were killed")

    def placeish(root: Any, strict: bool = True) -> bool:
        """Is the phrase a place ("in Gaza", "near Deir ez-Zor, Syria")? Without ``strict``, any locative
        preposition between the phrase and its verb counts (for bare country names)."""
        if strict:  # (or in apposition to one: "in Belo, Boyo division", "near Kidal, Kidal region")
            return (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_ONLY) or (
                root.dep_ == "appos" and root.head.dep_ == "pobj" and root.head.head.lower_ in LOCATIVE_ONLY)
        if root.dep_ == "appos" and root.head.ent_type_ in PLACE_LABELS:
            return True  # "Deir al-Balah, Gaza", "Bamenda, Cameroon": the country locates a place
        if origin_place(root):
            return True  # "rockets fired from Gaza": where the fire came from
        node = root
        for _ in range(8):
            if node.pos_ == "ADP" and node.lower_ in LOCATIVE:
                return True
            if node.pos_ == "ADP" and lemma(node.head) in W("borders"):
                return True  # "Kurmuk, on the border with Ethiopia": a place, not Ethiopia's forces
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def combined_force(start: int, end: int, alone: Actor) -> tuple[Actor, int, int] | None:
        """The first-named force of "a combined Afghan and coalition security force" when the parser split the country
        word from the rest (conj of a place before it): naming.combined_lead inside the clause."""
        found = combined_lead(doc, start, end, alone, event_iso, day)
        if found is None or found[1] < lo or found[1] in taken:
            return None
        return found[0], found[1], end

    for ent in doccache.ents(doc):
        if ent.start < lo or ent.end > hi or any(i in taken for i in range(ent.start, ent.end)):
            continue
        entry = ent_entry(doc[ent.start], event_iso)
        if entry is None or is_speaker(ent.root) or placeish(ent.root) or holds_place(doc[ent.start]):
            continue  # (nor the holder of a place: "the Houthi-held port")
        combined = combined_force(ent.start, ent.end, named_actor(entry, event_iso, day))
        if combined is not None:
            out.append((combined[1], combined[2], combined[0], is_patient(ent.root, violent)))
            taken |= set(range(ent.start - 2, ent.end))
            continue
        out.append((ent.start, ent.end, entity_actor(entry, doc[ent.start : ent.end], event_iso, day), is_patient(ent.root, violent)))
        taken |= set(range(ent.start, ent.end))
    for chunk in doccache.noun_chunks(doc, lo, hi):
        if any(i in taken for i in range(chunk.start, chunk.end)) or is_speaker(chunk.root):
            continue
        if (lemma(chunk.root) in MEMBER_WORDS or lemma(chunk.root) in W("armed")) and any(
            c.dep_ == "prep" and c.lower_ in ("of", "from") and any(ent_entry(t) is not None for t in c.subtree) for c in chunk.root.children
        ):
            continue  # "fighters of the Azande Ani Kpi Gbe militia": the named group stands for them
        tokens = list(chunk)
        forces = has_word(tokens, "military") or has_word(tokens, "police") or has_word(tokens, "armed")
        anaphor = is_anaphor(tokens)
        if anaphor in NONSTATE_ANAPHORS:  # "the army" is the event country's army
            continue
        if anaphor == "military" and ((agent is not None and agent.kind in STATE_KINDS) or any(c[2].kind in STATE_KINDS for c in out if c[0] < chunk.start)):
            continue  # "Israeli artillery shelled X as the army ordered evacuations": the army named before
        found = actor_from_phrase(tokens, event_iso, day, civil)
        combined = combined_force(chunk.start, chunk.end, found[0]) if found is not None else None
        if combined is not None:  # "..., Paktiya province, a combined Afghan and coalition security force detained"
            out.append((combined[1], combined[2], combined[0], is_patient(chunk.root)))
            taken |= set(range(chunk.start - 2, chunk.end))
            continue
        if found is not None:
            bare_country = found[0].kind in STATE_KINDS and not forces
            if placeish(chunk.root, strict=not bare_country):  # "in Gaza", "near Deir ez-Zor, Syria"
                continue
            out.append((found[1], found[2], found[0], is_patient(chunk.root)))
            taken |= set(range(chunk.start, chunk.end))
            # "Kyrgyz and Tajik border troops": a second country adjective is a second actor
            countries = [t for t in tokens if t.dep_ == "conj" and country_of(t.text) and t.head.i in {x.i for x in tokens}]
            for t in countries:
                iso2 = country_of(t.text)
                if iso2 and found[0].kind in STATE_KINDS and iso2 != found[0].country:
                    kind_word = "police" if found[0].name.startswith("Police") else "military"
                    out.append((t.i, t.i + 1, state_actor(kind_word, iso2, event_iso, day), is_patient(chunk.root)))
    return sorted(out, key=lambda x: x[0])
