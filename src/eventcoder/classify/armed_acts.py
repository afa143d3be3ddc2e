"""ACLED codebook rules on acts of armed actors: who is armed (a word, armed men, a catalogue armed group), a killing
or other act the sentence asserts as theirs, forces fired upon (an Armed clash with no one hurt), forces deployed to a
place (Change to group/activity), and a levy, order or ban a non-state armed group imposes (Other)."""

from __future__ import annotations

from typing import Any

from .. import doccache
from ..catalogue import NONSTATE_KINDS, ORGANISED_KINDS, STATE_KINDS, by_name, words
from ..events import cues as discourse
from ..lexicon import codebook_words, crimes
from ..syntax import PAST_TAGS, PLACE_LABELS, TIME_LABELS, clause_verb, in_words, names_place, spelled_out, subjects, told_in_the_past

ORGANISED_ARMED = words("insurgent") | words("separatist") | words("organised_armed")
ARMED_KINDS = frozenset((*NONSTATE_KINDS, *STATE_KINDS))
ORGANISED_OR_STATE_KINDS = frozenset((*ORGANISED_KINDS, *STATE_KINDS))  # armed kinds but a community's militia
ARMED_DOERS = words("armed") | words("military") | words("police") | ORGANISED_ARMED
HARM_VERBS = words("casualty_verbs") | words("shooting_verbs")  # verbs that kill or wound people (words.toml)


def names_armed(t: Any) -> bool:
    """Does the token name an armed actor: its word ("gunmen", "soldiers", "militants") or a catalogue armed group?"""
    if in_words(t, ARMED_DOERS):
        return True
    return t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None and actor.kind in ARMED_KINDS


def _armed_men(t: Any) -> bool:
    """"Armed men", "masked gunmen", "unknown men": people made armed by a modifier (words.toml armed_modifiers,
    unknown_people) or an armed word modifying them ("militia fighters")."""
    mods = [c for c in t.children if c.dep_ in ("compound", "amod")]
    return _unknown_armed(t, mods) or any(names_armed(m) for m in mods)


def _unknown_armed(t: Any, mods: list[Any]) -> bool:
    """Is ``t`` unknown people (words.toml unknown_people, by lemma or form) one of its modifiers ``mods`` makes armed
    (armed_modifiers: "armed men", "masked individuals")?"""
    unknown = words("unknown_people")
    return in_words(t, unknown) and any(m.lower_ in words("armed_modifiers") for m in mods)


def armed_doer(t: Any) -> bool:
    """Armed people or forces by their word, or a catalogue armed group other than a community's ("herders" may name the
    Fulani militia in the catalogue; herders riding into a town to demand water are a crowd)."""
    if in_words(t, ARMED_DOERS) or _armed_men(t):
        return True
    return t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None \
        and actor.kind in ORGANISED_OR_STATE_KINDS


# what forces "came under" in a fight at close range: not a remote weapon ("came under rocket fire", "under mortar
# attack" are shelling), nor criticism ("came under fire from lawmakers over the raid")
REMOTE_WORDS = words("weapons") - words("close_range")
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
    if (shot_at := _shots_fired_at(doc[start:end].root)) is not None:
        # "shots were fired from a wooded area at a Kosovo Police patrol": the forces are the object of "at"
        verb, _target = shot_at
        return verb.tag_ in PAST_TAGS and not any(ch.dep_ == "neg" for ch in verb.children)
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


RECIPROCAL = (("each", "other"), ("one", "another"))


def _reciprocal(tok: Any) -> bool:
    """Is the token either word of "each other" / "one another" (the parse heads either; "each other's positions")?"""
    doc = tok.doc
    pairs = [(doc[i].lower_, doc[i + 1].lower_) for i in (tok.i - 1, tok.i) if 0 <= i < len(doc) - 1]
    return any(pair in RECIPROCAL for pair in pairs)


def fired_at_each_other(doc: Any, start: int, end: int) -> bool:
    """Codebook: armed sides shooting at one another fight an Armed clash, not a one-sided Attack ("members of two
    rival gangs shot at each other", "the two factions opened fire on one another", "villagers turned their guns on
    each other"): the candidate verb takes a reciprocal pronoun, as object or through "at"/"on"/"upon", and tells
    gunfire, by its own word (discourse.toml [crowd] mob_shooting) or a firearm in its clause ([targets] small_arms:
    "attacked each other with rifles"); told in the past (or as going on: "are shooting at each other") and not denied. Stones, sticks and machetes thrown or swung
    at each other stay a crowd's fight."""
    verb = doc[start:end].root
    going_on = verb.tag_ == "VBG" and any(ch.dep_ == "aux" and ch.lemma_ == "be" for ch in verb.children)  # "are shooting
    # at each other in the Rivera Hernandez sector": a live report's present, as told as the past
    if verb.pos_ != "VERB" or not (verb.tag_ in PAST_TAGS or going_on) or any(ch.dep_ == "neg" for ch in verb.children):
        return False
    objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
    objects += [g for head in (verb, *objects) for ch in head.children if ch.dep_ == "prep" and ch.lower_ in SHOT_AT
                for g in ch.children if g.dep_ == "pobj"]  # "opened fire on one another": the preposition may hang on "fire"
    if not any(_reciprocal(o) or any(_reciprocal(c) for c in o.children if c.dep_ == "poss") for o in objects):
        return False
    c = discourse()
    shooting = c.mob_shooting | c.small_arms
    return verb.lemma_.lower() in shooting or any(in_words(t, shooting) for t in verb.subtree)


def _shots_fired_at(tok: Any) -> tuple[Any, Any] | None:
    """(verb, forces) of a passive "shots were fired at X" (triggers.toml [codebook] shots; at/on/upon X in its clause) when X
    names forces, or None."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("fire", "shoot"):
        return None
    if not any(ch.dep_ == "nsubjpass" and ch.lemma_.lower() in codebook_words().shots for ch in tok.children):
        return None
    # (the "at" may hang on the place the shots came from: "fired from a wooded area at a Kosovo Police patrol")
    targets = [g for ch in tok.subtree if ch.dep_ == "prep" and ch.lower_ in SHOT_AT and (v := clause_verb(ch)) is not None and v.i == tok.i
               for g in ch.children if g.dep_ == "pobj"]
    target = next((g for g in targets if _forces(g)), None)
    return (tok, target) if target is not None else None


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
                    in_words(t, CRITICS) for t in ch.subtree))):
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
    if _holding(noun) and any(_forces_word(m) for m in noun.children if m.dep_ in ("compound", "amod", "nmod", "poss")):
        return True  # "an army truck", "a coast guard vessel", "a GDF boat" (the Guyana Defence Force's)
    return any(t.ent_id_.startswith("actor:") and (a := by_name().get(t.ent_id_[6:])) is not None and a.kind == "state"
               for t in (noun, *(ch for ch in noun.children if ch.dep_ in ("compound", "amod", "nmod", "poss"))))


def _holding(noun: Any) -> bool:
    """Is the noun a vehicle, craft or site a force may hold or ride in (words.toml force_holdings, military_sites:
    "truck", "boat", "pick-up", the "up" of a split "pick-up")?"""
    held = words("force_holdings") | words("military_sites")
    low = noun.lemma_.lower()
    if low == "up" and noun.i >= 2 and noun.doc[noun.i - 2].lower_ == "pick":
        low = "pickup"
    return low in held or noun.lower_ in held


def _forces_word(mod: Any) -> bool:
    """Does a modifier say whose forces: a forces word ("army", "police", "coast guard"), a state force the catalogue
    knows, or an acronym the text spells out as a force ("GDF" after "the Guyana Defence Force (GDF)")?"""
    if in_words(mod, STATE_FORCE_WORDS):
        return True
    if mod.ent_id_.startswith("actor:") and (a := by_name().get(mod.ent_id_[6:])) is not None and a.kind == "state":
        return True
    name = spelled_out(mod)
    return name is not None and name.lemma_.lower() in STATE_FORCE_WORDS | words("force_name_heads")


# forces, not the civil government ("the government came under fire" is blamed) nor a force of an argument
STATE_FORCE_WORDS = (words("military") | words("police")) - words("government") - words("unsure_force_words")


def forces_hit(doc: Any, start: int, end: int) -> bool:
    """Codebook: killing or wounding armed forces is a battle, not violence against civilians ("Two police officers were
    shot dead by gunmen at a checkpoint", "Gunmen killed a municipal police chief and two of his officers", "shot dead two
    Revolutionary Guards"): the candidate is a casualty verb (or "shoot") whose objects, or passive subjects, all name
    forces (``_forces``) or people a forces word modifies ("a police chief"). Not the
    forces' own doing to others ("police shot dead a suspect"), nor people whose role is past or not a force's
    (discourse.toml [targets] past_ranks, ambiguous_ranks: "a former army officer", "a customs officer"), nor an escort
    killed with the people it guarded ("two vaccinators and the policeman escorting them")."""
    tok = doc[start:end].root
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in HARM_VERBS:
        # "shot dead": the parse may make "dead" the head of the trigger
        tok = next((t for t in doc[start:end] if t.pos_ == "VERB" and t.lemma_.lower() in HARM_VERBS), None)
        if tok is None:
            return False
    c = discourse()

    def force_word(t: Any) -> bool:
        return in_words(t, STATE_FORCE_WORDS)

    from ..events.retyping import person  # imported late: events reads classify

    def serving(h: Any) -> bool:
        if any(ch.dep_ == "acl" and ch.tag_ == "VBG" and any(g.dep_ == "dobj" and (g.pos_ == "PRON" or person(g)) for g in ch.children)
               for ch in h.children):
            return False  # "the soldier guarding them", "the policeman escorting the vaccinators": the escorted were hit too
        mods = [ch for ch in h.children if ch.dep_ in ("compound", "amod", "nmod")]
        if any(m.lower_.removesuffix("-") in c.past_ranks for m in mods):
            return False
        if h.lemma_.lower() in c.ambiguous_ranks and mods and not any(force_word(m) for m in mods):
            return False
        return _forces(h) or any(m.dep_ == "compound" and force_word(m) for m in mods)

    hit = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    # "shot dead a police officer": the parse may hang the object on "dead"
    dead = {t for t in (*tok.children, *doc[tok.i + 1 : tok.i + 2]) if t.lower_ == "dead"}
    hit += [g for d in sorted(dead, key=lambda t: t.i) for g in d.children if g.dep_ == "dobj"]
    hit += [cj for h in hit for cj in h.conjuncts]
    # "two of his officers": the people counted
    hit = [next((g for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), h)
           if h.pos_ == "NUM" else h for h in hit]
    return bool(hit) and all(serving(h) for h in hit)  # not "two vaccinators and the policeman escorting them"


def armed_killing(doc: Any, start: int, end: int) -> bool:
    """A killing or wounding that the sentence asserts as done by an armed actor ("Gunmen killed two park rangers in
    Pendjari National Park on Sunday", "soldiers shot dead three men in Mopti"): a casualty verb in the past with its
    own place or time, whose subject names armed men, forces or a catalogue armed group (``ARMED_DOERS``,
    ``ARMED_KINDS``). ACLED codes such a killing as political violence; ordinary crime is ruled out by the caller
    (``ordinary_crime_killing``)."""
    tok = doc[start:end].root
    return tok.lemma_.lower() in HARM_VERBS and armed_act(doc, start, end)


def armed_act(doc: Any, start: int, end: int) -> bool:
    """An act that the sentence asserts as done by an armed actor: a verb in the past with its own place or time, whose
    subject names armed men, forces or a catalogue armed group ("Armed men looted a World Food Programme warehouse in
    El Obeid on Monday")."""
    tok = doc[start:end].root
    if tok.pos_ != "VERB" or not told_in_the_past(tok):
        return False
    doers = subjects(tok)
    if not any(names_armed(d) or _armed_men(d) for d in doers):
        return False
    inside = {t.i for d in doers for t in d.subtree}
    return any(t.ent_type_ in ("DATE", *PLACE_LABELS) for t in tok.subtree if t.i not in inside)


SITE_PREPOSITIONS = ("in", "at", "around", "outside")  # where forces were deployed at a site: "around the headquarters"


def _site_of_a_place(noun: Any) -> bool:
    """Does the noun's phrase name a place after it, its own ("the market *of Segou*") or of a noun it lists ("the
    headquarters of the electoral commission and the state broadcaster *in Bissau*"): a place entity, or a proper noun
    "in" (the tagger may take a town for a person)?"""
    return any(t.i > noun.i and (t.ent_type_ in PLACE_LABELS or (
        t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ == "in" and t.ent_type_ not in TIME_LABELS)) for t in noun.subtree)


def deployment(doc: Any, start: int, end: int, told_before: bool = False) -> bool:
    """WRITERS.md (Deployments): troops or police sent to a place, reported as the news, are a Change to group/activity.
    A verb of sending forces (discourse.toml [movements] response_verbs) in the past ("it had deployed 1,200 more soldiers
    to Sinaloa", "more police were sent to Kasese") whose object, or passive subject, is forces (words.toml military,
    police) and which names where ("to" a name or a place noun; "along", "across", "in" a place). So are forces as the
    subject of a verb of arriving or massing ([movements] arrival_verbs: "two companies of soldiers arrived in Mueda", "a
    unit has taken up position in Lere", "troops massed along the border"), unless the text has told violence or a
    deployment before (``told_before``: forces arriving after an attack are part of it, WRITERS.md; after troops sent,
    their arrival is that deployment). Forces sent in answer to an attack the text tells join that event in the events
    stage (``events.movements``)."""
    c = discourse()
    tok = doc[start:end].root
    if tok.pos_ != "VERB" or not told_in_the_past(tok):
        return False
    from ..events.movements import arrives, sends  # imported late: events reads classify

    arrival = arrives(tok, c)
    if not sends(tok, c) and (not arrival or told_before):
        return False
    # forces, not a government's people ("Representatives of the government arrived in Pretoria for talks")
    forces = (STATE_FORCE_WORDS | c.arriving_forces if arrival else words("military") | words("police")) | c.sent_units
    sent = [ch for ch in tok.children if ch.dep_ in (("nsubj",) if arrival else ("dobj", "nsubjpass"))]
    # a dateline the parser took for the subject, the forces hung on it ("TEGUCIGALPA, June 26 (Wire) - Soldiers and
    # police were sent into ...")
    sent += [ch for t in sent if t.ent_type_ not in TIME_LABELS for ch in t.children if ch.dep_ == "appos"]
    sent += [g for t in sent for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]  # "companies of soldiers"
    # the forces themselves or their kind before a unit word ("police units", "army reinforcements")
    named = [t for s in sent for t in (s, *(ch for ch in s.children if ch.dep_ == "compound"))]
    if not any(in_words(t, forces) for t in named):
        return False
    # to a named place (the parser often gives it no place label: "to Sinaloa", "to Beni") or a place noun ("to the area");
    # along, across or in a place ("along the border", "in Goma"), not a date ("in May"); in, at or around a building or
    # site of a place the text names ("in the central market of Segou", "around the headquarters of the electoral
    # commission ... in Bissau")
    return any(ch.dep_ == "prep" and any(
        g.dep_ == "pobj" and (names_place(g, c.ground) or (g.pos_ == "PROPN" and (ch.lower_ in ("to", "into") or g.ent_type_ not in TIME_LABELS))
                              or (g.pos_ == "NOUN" and ch.lower_ in SITE_PREPOSITIONS and _site_of_a_place(g)))
        for g in ch.children) and ch.lower_ in ("to", "into", "along", "across", "in", *SITE_PREPOSITIONS)
        # the parser may hang it on the forces or on the verb's object ("has taken up position in Lere")
        for ch in (*tok.children, *(ch for t in sent for ch in t.children),
                   *(ch for o in tok.children if o.dep_ == "dobj" for ch in o.children)))


NONSTATE_WORDS = words("armed") | ORGANISED_ARMED


def names_nonstate(t: Any) -> bool:
    """A non-state armed actor: its word ("bandits", "fighters"), armed men ("armed men", "masked gunmen"), a catalogue
    rebel group or militia ("the M23", "JNIM fighters"), or what such a group owns ("Al Shabaab's local court")."""
    if in_words(t, NONSTATE_WORDS):
        return True
    if t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None and actor.kind in NONSTATE_KINDS:
        return True
    mods = [c for c in t.children if c.dep_ in ("compound", "amod", "poss")]
    if _unknown_armed(t, mods):
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


def armed_imposition(doc: Any, start: int, end: int, *, whole: bool = False) -> int | None:
    """Other (eval/WRITERS.md, actor2 of "Other"): a levy, an order or a ban a non-state armed group imposes on people
    ("al-Shabaab imposed a levy on herders", "bandits told farmers to pay 5 million naira", "armed men have been making
    traders pay a fee", "the rebels ordered residents to leave", "the militia banned music at weddings"), in the
    candidate's clause: the imposing verb is the candidate, governs it, or is a participle hung on it with no subject of
    its own, or one conjoined to such a participle ("Fighters have taken charge of the jetty, checking every boat and
    *collecting* a fee from fishermen"; not a finite verb of its own: "had set up a base and were imposing zakat"). A government's tax, a court's order or an army's instruction is no such event (the doer must be
    non-state: a state's measures are ``declared_measure``'s). ``whole``: the candidate is a sentence's main verb or a cue
    word no trigger names, and any verb it governs may impose ("Al-Shabaab *imposed* a tax of $5 per camel on herders,
    partners reported; herders are turning to longer routes"; "drove into the market and *told* herders they would have
    to pay zakat"). Returns the imposing verb's index."""
    cw = codebook_words()
    tok = doc[start:end].root
    below = [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"
             and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for g in c.children)]
    below += [cj for c in below for cj in c.conjuncts if cj.i > c.i]
    if whole:  # (not a passive: "his family has been told to pay" has no doer of its own, the kidnappers' ransom)
        below += [t for t in tok.subtree if t.i != tok.i and t.pos_ == "VERB" and t not in below
                  and not any(ch.dep_ in ("nsubjpass", "auxpass") for ch in t.children)]
    for verb in (tok, *tok.ancestors, *below):
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
            or (lemma in cw.order_verbs and any(not names_nonstate(o) and not names_armed(o) for o in objects) and any(
                (c.dep_ in ("xcomp", "ccomp") and _complies(c, cw))
                # "had given villagers until Friday *to leave*": an ultimatum's purpose clause
                or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) and _complies(c, cw))
                or (c.dep_ == "prep" and c.lower_ in ("off", "out", "from")) for c in kids))
        )
        if not imposed:
            continue
        if any(names_nonstate(d) or any(names_nonstate(t) for t in d.subtree) for d in _doers_of(verb)):
            return verb.i
        return None
    return None

def _complies(verb: Any, cw: Any) -> bool:
    """What an armed group's order makes people do: pay, leave, close ... or a rule told as a clause ("that women must
    cover their faces and that music is banned")."""
    verbs = (verb, *(c for c in verb.children if c.dep_ == "conj"))
    # "told herders they would *have to pay* zakat", "that they *had to leave*": the duty's verb
    verbs += tuple(x for v in verbs if v.lemma_.lower() in cw.duty_verbs for x in v.children if x.dep_ == "xcomp")
    return any(v.lemma_.lower() in cw.compliance_verbs or v.lemma_.lower() in cw.ban_verbs for v in verbs)


def toll_post(doc: Any, start: int, end: int) -> int | None:
    """Other (eval/WRITERS.md Toll checkpoints): a non-state armed group's checkpoint or roadblock set up in the candidate's
    sentence where the text tells a toll taken from travellers ("Al-Shabaab set up a checkpoint ..., *collecting* taxes
    from trucks", "erected roadblocks ..., *demanding* fees from motorists", "a checkpoint ... where they *charge* growers
    2,000 francs a sack", "set up a checkpoint and *made* truck drivers pay"): the toll is the act, not the post. The
    setting-up verb and its posts are discourse.toml [movements] post_setups and posts; the toll verb hangs on the verb (a
    participle or conjunct) or on the post (a relative clause): a levy verb (triggers.toml [codebook] levy_verbs; "demand"
    and "impose" only with a levy or a sum as object) or an order verb making people pay. A post that only stops or searches
    people, a state force's post, or a camp or base set up with it (a Headquarters or base established) gives None.
    Returns the toll verb's index."""
    c, cw = discourse(), codebook_words()
    for verb in doccache.sentence(doc, start):
        if verb.pos_ != "VERB":
            continue
        particle = " ".join(ch.lower_ for ch in verb.children if ch.dep_ == "prt")
        if f"{verb.lemma_.lower()} {particle}".strip() not in c.post_setups:
            continue
        things = [t for ch in verb.children if ch.dep_ == "dobj" for t in (ch, *ch.conjuncts)]
        posts = [t for t in things if t.lemma_.lower() in c.posts]
        if not posts:
            continue
        if any(t.lemma_.lower() not in c.posts and t.lower_ in c.armed_targets for t in things):
            return None  # "set up a camp and roadblocks": the base is the event
        if not any(names_nonstate(d) or any(names_nonstate(t) for t in d.subtree) for d in _doers_of(verb)):
            continue
        hung = [ch for ch in verb.children if ch.dep_ in ("advcl", "conj") and ch.pos_ == "VERB"]
        # a relative clause on the post or on the road it stands on ("on the road ... where they charge growers 2,000 francs")
        hung += [t for t in verb.subtree if t.dep_ in ("relcl", "acl") and t.pos_ == "VERB" and clause_verb(t.head) == verb]
        hung += [cj for h in list(hung) for cj in h.conjuncts if cj.i > h.i]
        hung += [ch for h in list(hung) if h.dep_ == "conj" for ch in h.children if ch.dep_ == "advcl" and ch.pos_ == "VERB"]
        for t in hung:
            lemma = t.lemma_.lower()
            objects = [o for o in t.children if o.dep_ == "dobj"]
            sum_or_levy = any(o.lemma_.lower() in cw.levies or any(n.dep_ == "nummod" for n in o.children) for o in objects)
            if lemma in cw.levy_verbs and (sum_or_levy or lemma not in ("demand", "impose", "introduce")):
                return t.i
            if lemma in cw.order_verbs and any(g.dep_ in ("xcomp", "ccomp") and g.lemma_.lower() == "pay" for g in t.children):
                return t.i
    return None


BUILDINGS = words("buildings")
SHOT_VERBS = frozenset({"fire", "shoot", "spray", "riddle", "pepper"})  # verbs of gunfire at a thing
BLAST_NOUNS = frozenset({"explosion", "blast"})
BLAST_DAMAGE = frozenset({"damage", "destroy", "wreck", "shatter", "rip", "tear", "gut", "hit"})  # what a blast did to a building


def _names_building(tok: Any) -> bool:
    """Does the noun name a home, shop or other building, or a part "of" one ("a house in Kaiti", "the front door of a house",
    "the facade of a hardware store")? Not a building where the people aimed at were ("protesters outside the building")."""
    for _ in range(3):
        if in_words(tok, BUILDINGS):
            return True
        tok = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        if tok is None:
            return False
    return False


def aimed_at_a_building(doc: Any, start: int, end: int) -> str | None:
    """Gunfire or a blast aimed at a building, told in the past ("shots were fired at a house in Kaiti early on Sunday",
    "gunmen fired at least 14 shots at the front of a supermarket", "a shop was riddled with bullets", "a powerful explosion
    damaged the entrance of an apartment building"): an Attack, or a Remote explosive for a blast (eval/WRITERS.md
    Gang violence vs crime: shots and bombs at homes and shops are coded as the act), else None. The classifier, which
    reads the people hurt, tends to call it no event when nobody was."""
    root = doc[start:end].root
    verb = root if root.pos_ == "VERB" else root.head if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ == "VERB" else None
    if verb is None or verb.tag_ not in PAST_TAGS or any(ch.dep_ == "neg" for ch in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma in SHOT_VERBS:
        # the building the shots went at, or what was riddled ("a shop was riddled with bullets")
        aimed = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "into", "on") for g in p.children if g.dep_ == "pobj"]
        if lemma in ("spray", "riddle", "pepper"):
            aimed += [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
        return "Attack" if any(_names_building(t) for t in aimed) else None
    if lemma not in BLAST_DAMAGE:
        return None  # "Explosions at an ammunition depot ... shook houses for kilometres": no blast aimed at them
    blast = [ch for ch in verb.children if ch.dep_ == "nsubj" and ch.lemma_.lower() in BLAST_NOUNS]
    if blast and not any(ch.dep_ == "compound" for b in blast for ch in b.children) \
            and any(_names_building(ch) for ch in verb.children if ch.dep_ == "dobj"):
        return "Remote explosive/landmine/IED"  # (not a "gas explosion": a compound names what blew up)
    return None


def armed_assault(doc: Any, start: int, end: int) -> str | None:
    """Codebook: an assault on people or what carries them that the sentence asserts as an armed actor's, however its
    register frames it ("regrets to announce that on Tuesday a convoy ... was attacked by unidentified armed individuals",
    "Is the Commission aware that on 11 March border police beat and pushed back a group of migrants", "confirmed that on
    Saturday a border guard boat fired warning shots at a fishing boat"): a verb of attack or harm (discourse.toml [targets]
    attack_verbs, [captives] harm_told; "fire" or "shoot" at something) told in the past, with its own day or place, whose
    doer is armed (``armed_doer``) or a force's craft or post (``_forces``). The sub-type by the target: forces fought
    (Armed clash), else Attack; None when it is no such act. The classifier, trained on news prose, reads such clauses in
    a notice, a question or a motion as no event. Protesters beaten are the protest's (excessive force), not this."""
    from ..events.retyping import armed_noun, armed_people, armed_post  # imported late: events reads classify

    tok = doc[start:end].root
    if tok.pos_ != "VERB" or tok.dep_ == "relcl" or not told_in_the_past(tok):
        return None  # (not what describes the doers: "convicted three men of helping gunmen who attacked a hotel")
    c = discourse()
    lemma = tok.lemma_.lower()
    at = [g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in SHOT_AT for g in ch.children if g.dep_ == "pobj"]
    if lemma in ("fire", "shoot"):
        targets = at
    elif lemma in c.attack_verbs or lemma in c.harm_told:
        targets = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
        if not targets:  # "beat and pushed back a group of migrants": the conjoined verb's object
            targets = [g for ch in tok.children if ch.dep_ == "conj" and ch.pos_ == "VERB" for g in ch.children if g.dep_ == "dobj"]
    else:
        return None
    if not targets or any(in_words(t, CIVILIAN_PROTESTERS) or armed_people(t) for t in targets):
        return None  # (protesters beaten are the protest's; fighters killed by forces are codebook.fighters_killed_by_forces')
    doers = [d for d in subjects(tok) if d.dep_ != "nsubjpass"]
    # over a quarrel ("hacked to death by unknown assailants in a land dispute") only an organised group's act
    quarrel = any(in_words(t, crimes().quarrels) for t in doccache.sent_of(tok))
    if not any(_organised(d) if quarrel else _armed_party(d) for d in doers):
        return None
    inside = {t.i for d in doers for t in d.subtree}
    # (a time of day, not a length: "during a 19-hour siege")
    if not any(t.ent_type_ in ("DATE", *PLACE_LABELS) or (t.ent_type_ == "TIME" and "hour" not in t.lower_)
               for t in tok.subtree if t.i not in inside):
        return None
    # (a convoy is the forces' only when it carries them: "a convoy carrying contractor personnel" is people's)
    fought = any(armed_noun(t) or (_forces(t) and not armed_post(t)) for t in targets)
    return "Armed clash" if fought else "Attack"


CIVILIAN_PROTESTERS = words("protesters")


def _organised(t: Any) -> bool:
    """Does the doer name an organised armed group: its word ("bandits", "militiamen", "insurgents"; not "assailants" or
    "gunmen", criminals as often) or a catalogue non-state group by itself or beside its people ("Mungiki adherents")?"""
    return in_words(t, ORGANISED_ARMED) or any(
        g.ent_id_.startswith("actor:") and (a := by_name().get(g.ent_id_[6:])) is not None and a.kind in NONSTATE_KINDS for g in t.subtree)


def _armed_party(t: Any) -> bool:
    """Is the doer armed: armed people or forces (``armed_doer``), a force's craft or post (``_forces``: "a border guard
    boat"), people a participle arms ("goons armed with clubs"; not "a man armed with a knife"), or a group of such people ("a group of about twenty
    goons armed with clubs")?"""
    if armed_doer(t) or _forces(t) or (t.tag_ in ("NNS", "NNPS") and any(ch.dep_ in ("acl", "amod") and ch.lower_ == "armed" for ch in t.children)):
        return True
    return in_words(t, words("group_nouns")) and any(
        _armed_party(g) for ch in t.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children if g.dep_ == "pobj")
