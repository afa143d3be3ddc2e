"""Mentions that name something else than an event: a weapon as a thing ("an IED factory"), what a document
or order is for ("an arrest warrant"), a blaze, the medium of a statement or a description of a thing."""

from __future__ import annotations

from typing import Any

from .. import doccache
from ..classify.status import REPORTING_LEMMAS
from ..records import Mention
from ..resources import word_lists
from ..syntax import TIME_LABELS, clause_verb, in_words, list_head
from .cues import Cues


def is_capability(doc: Any, m: Mention, c: Cues) -> bool:
    """A weapon named as a thing rather than something that happened: "destroyed ... a VBIED, an IED",
    "involved in the use of IEDs and chemical weapons", "using aircraft as well as rocket artillery", "an IED
    factory", "bomb-making materials"."""
    tok = doc[m.head]
    if m.sub_event_type == "Disrupted weapons use" and tok.pos_ in ("NOUN", "PROPN"):
        # "overseeing the group's production of explosive devices": what a group makes, not a seizure
        top = list_head(tok)
        return top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in c.production
    if m.event_type != "Explosions/Remote violence":
        return False
    after = doccache.text(doc)[doc[m.start_token].idx : doc[m.start_token].idx + 40]
    if any(p.match(after) for p in c.weapon_names):
        return True  # "a rocket propelled grenade launcher" names a grenade weapon
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ in ("compound", "npadvmod", "amod", "nmod") and tok.head.lower_ in c.capability_objects:
        return True
    tok = list_head(tok)
    if tok.dep_ in ("compound", "npadvmod", "amod", "nmod") and tok.head.lower_ in c.capability_objects:
        return True  # "224 artillery and mortar systems"
    gov = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and gov.lemma_.lower() in c.capability_governors:
        return True
    if tok.dep_ == "dobj" and gov.lower_ in c.capability_instrument:
        return True
    return tok.dep_ == "pobj" and gov.lower_ == "of" and gov.head.lower_ in c.capability_of


def coded_elsewhere(doc: Any, m: Mention, c: Cues) -> bool:
    """Does the text note that the trigger's event is coded in a record of its own ("Russian warplanes also struck the
    nearby town, which is recorded separately", "clashes broke out in Rennes (recorded separately)"; discourse.toml
    [elsewhere])? The note covers its sentence; told as a participle of a noun ("in addition to the airstrikes reported
    separately"), only that noun's phrase."""
    head = doc[m.head]
    for tok in doccache.sent_of(head):
        if tok.lower_ not in c.elsewhere_adverbs or tok.head.lemma_.lower() not in c.elsewhere_verbs:
            continue
        verb = tok.head
        if verb.dep_ == "acl":
            if verb.head.left_edge.i <= head.i <= verb.head.right_edge.i:
                return True
            continue
        return True
    return False


def fired_in_the_air(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger shooting "in the air" or "into the sky" (discourse.toml [warning_shots]): the verb itself ("fired
    into the air") or the shots or fire it fires ("fired shots into the air", "shots were fired in the air")?"""
    tok = doc[m.head]
    verbs = [tok] if tok.pos_ == "VERB" else [tok.head] if tok.dep_ in ("dobj", "nsubjpass") else []

    def air(node: Any) -> bool:
        return any(ch.dep_ == "prep" and ch.lower_ in c.air_preps and any(g.dep_ == "pobj" and g.lemma_.lower() in c.air_nouns
                                                                       for g in ch.children) for ch in node.children)
    return any(air(v) for v in verbs) or (tok.pos_ == "NOUN" and air(tok))


def is_document(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the arrest trigger noun what a document or order is for ("a warrant of arrest", "an arrest warrant",
    "orders for the detention of three officers"), or a custody ruling or order (``custody_ruling``, ``custody_order``)?
    No arrest is reported."""
    tok = doc[m.head]
    if (m.sub_event_type == "Arrests" and custody_ruling(tok, c)) or custody_order(tok, c):
        return True
    if m.sub_event_type != "Arrests" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lower_ in c.documents:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and tok.head.head.lower_ in c.documents


def custody_ruling(tok: Any, c: Cues) -> bool:
    """Is the arrest word a court's ruling on a custody: the verb "remanded" itself, or the detention a ruling extends or
    remands someone in ("extended by two months the pre-trial detention of a blogger", "his detention was prolonged",
    "remanded in custody")? A step of a trial, no arrest made (``c.custody_rulings``)."""
    if tok.pos_ == "VERB":
        return tok.lemma_.lower() in c.custody_rulings  # "remanded" taken for the arrest
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "nsubjpass":
        return tok.head.lemma_.lower() in c.custody_rulings  # "his detention was prolonged"
    # the ruling word before the noun in its phrase, read from the words (the parser hangs "extended by 14 days the
    # detention of ..." anywhere): only a preposition, number, determiner, adjective or noun between them
    for k in range(tok.i - 1, max(doccache.sent_of(tok).start, tok.i - 10) - 1, -1):
        word = tok.doc[k]
        if word.lemma_.lower() in c.custody_rulings:
            return True
        if word.pos_ not in ("ADP", "NUM", "DET", "ADJ", "NOUN", "PUNCT") or word.text in (",", ";", ":"):
            return False
    return False


def custody_order(tok: Any, c: Cues) -> bool:
    """Is the trigger an order that someone be held, or the custody participle under it ("prosecutors ordered him held for
    15 days", "a judge ordered the two men detained pending trial")? A step of a trial whatever the word was typed, no
    arrest made (``c.custody_orders``; the participle one of ``[captives] held``)."""
    if tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() in c.custody_orders:
        return any(_held_participle(ch, c) for ch in tok.children) or any(
            _held_participle(g, c) for ch in tok.children if ch.dep_ == "dobj" for g in ch.children)
    return _held_participle(tok, c) and (tok.head.lemma_.lower() in c.custody_orders or (
        tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in c.custody_orders))


def _held_participle(tok: Any, c: Cues) -> bool:
    """A past participle of holding someone as the complement of an order ("ordered him held", "ordered the men detained";
    the parser tags some of them past tense), with no auxiliary of its own."""
    return tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("ccomp", "xcomp", "oprd", "acl") and tok.lemma_.lower() in c.held \
        and not any(ch.dep_ in ("aux", "auxpass", "mark") for ch in tok.children)


def is_blaze(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a blaze ("a fire had been put out", "the fire spread to nearby shops"), not gunfire?"""
    tok = doc[m.head]
    if tok.lemma_.lower() != "fire" or tok.pos_ != "NOUN" or m.end_token - m.start_token > 1:
        return False
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.lemma_.lower() in c.blaze_verbs


_PLACES = word_lists("place_words.toml")
# sites and facilities a trigger word may name (place_words.toml): "a detention centre", "the Massacre river" tell where
# something is, not an event; not a camp ("the protest camp" may be all a sit-in is told by), nor what a weapon word
# may make of a field or a mine ("an IED mine")
SITES = (_PLACES["features"] | _PLACES["waters"] | _PLACES["streets"] | _PLACES["natural_regions"] | _PLACES["facilities"]) \
    - {"camp", "field", "mine", "mines"}


def names_people_or_kit(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger noun only a modifier of the people a clause is about or of their kit ("riot police searched the
    homes", "100 extra riot officers had been sent", "in riot gear", "protest leaders said"), or the people themselves as
    the subject of a verb that names no event ("Residents said the gunmen belonged to the coalition"; not of a statement:
    "Protesters said police beat them" may be all the classifier had)? It names who or what, not an event."""
    return names_who(doc[m.head], m.end_token - m.start_token == 1, c)


def weapon_of_a_role(doc: Any, m: Mention, c: Cues) -> bool:
    """Is a weapon trigger only what a person's role or a group is named by ("a Taliban improvised explosive device
    expert", "a Taliban improvised explosive device and homemade explosive cell leader", "one of the primary improvised
    explosive device attack cells", "the suicide bomb facilitator"): the noun it modifies, through other modifiers, one
    of ``[aggregate] target_roles`` or a group word (triggers.toml [crime] collectives)? It names who, not an event."""
    if m.event_type != "Explosions/Remote violence" and m.sub_event_type != "Disrupted weapons use":
        return False
    return role_named_by(doc[m.head], c) is not None


def role_named_by(tok: Any, c: Cues) -> Any | None:
    """The role or group noun a word is a modifier of, through other modifiers ("*bomb* disposal experts", "IED cell"):
    ``weapon_of_a_role`` for a token; None when the word names no role."""
    from ..lexicon import crimes

    roles = c.target_roles | crimes().collectives
    while tok.dep_ in ("compound", "amod", "nmod", "conj") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
        if tok.lemma_.lower() in roles:
            return tok
    return None


def names_who(tok: Any, one_word: bool, c: Cues) -> bool:
    """``names_people_or_kit`` for the trigger's head token ``tok`` (``one_word``: the trigger is that word alone). Detect
    reads it too: of two candidates of one sub-type in a sentence, one that names who or what gives way to the act
    ("*riot* police arrested 19 vendors who had gathered to protest": the arrest)."""
    from .retyping import person

    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and person(tok) and one_word \
            and tok.head.lemma_.lower() in c.not_event_verbs and not _went_on_to_harm(tok.head, c):
        return True  # the people said to belong somewhere ("the gunmen belonged to"); not "Protesters said police beat them"
    if tok.pos_ not in ("NOUN", "ADJ", "PROPN") or tok.dep_ not in ("compound", "amod", "nmod", "poss") or tok.head.i <= tok.i:
        return False
    head = tok.head
    if tok.dep_ == "poss":
        return person(head)  # "the protests' leader", "the riot's organisers"
    if head.lemma_.lower() in c.kit:
        return True
    if one_word and head.lower_ in SITES:
        return True  # a site named by it ("the city's intelligence detention centre", "waded across the Massacre river")
    # the people a clause is about ("riot police searched the homes"), unless the sentence tells crowd violence or its
    # dispersal ("riot police fired tear gas at youths who threw petrol bombs", "threw stones at riot police"): the
    # word may be all the classifier had to type that riot by
    # (or one of a list of them: "Plainclothes officers and riot police ... pushed small groups of protesters")
    return person(head) and list_head(head).dep_ in ("nsubj", "nsubjpass") and not any(t.lemma_.lower() in c.crowd_violence for t in doccache.sent_of(tok) if t.i != tok.i)


def _went_on_to_harm(verb: Any, c: Cues) -> bool:
    """Does a verb conjoined to this one, with no subject of its own, tell harm ("The gunmen came back on Wednesday and
    killed two herders")? Its subject is then the doer of an event, not people only named."""
    return any(ch.dep_ == "conj" and ch.lemma_.lower() in c.violent_outcome and not any(g.dep_ in ("nsubj", "nsubjpass") for g in ch.children)
               for ch in verb.children)


def grievance(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger noun what a protest is against ("rallied in Naha to protest against the alleged sexual assault of a
    teenage girl", "marched over the killing of a student")? The cause a crowd names is no event of the story's own (one
    the story tells in its own words is joined as a reference before this); one dated in the phrase is ("against the
    killing of a student on Friday")."""
    from ..catalogue import words

    tok = doc[m.head]
    if m.event_type == "Protests" or tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("against", "over"):
        gov = tok.head.head
    elif tok.dep_ == "dobj":
        gov = tok.head  # "to protest the killing of"
    else:
        return False
    if gov.lemma_.lower() not in words("protest_words") and gov.lower_ not in words("protest_words"):
        return False
    return not any(t.ent_type_ in TIME_LABELS for t in tok.subtree)


def sets_off(doc: Any, m: Mention) -> bool:
    """Is the trigger "set" in "set off"/"set out" with no object: people leaving ("The march had set off from the
    roundabout"), no arson and no blast ("set off a bomb" has its object)?"""
    tok = doc[m.head]
    return tok.lemma_.lower() == "set" and tok.pos_ == "VERB" \
        and any(ch.dep_ == "prt" and ch.lower_ in ("off", "out") for ch in tok.children) \
        and not any(ch.dep_ in ("dobj", "nsubjpass") for ch in tok.children)


def handles_the_dead(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger what was done with the dead after an event ("The bodies of the victims were buried on Wednesday",
    "The bodies were handed over to their families", "the hospital had received 11 bodies", "residents saw the bodies")? The
    bodies, as the passive subject of the trigger verb, the trigger itself or what a hospital received or witnesses saw: the
    aftermath of a killing, no event.
    Bodies found, dumped or dug up are one (`[aftermath]`)."""
    tok = doc[m.head]
    verb = tok.head if tok.dep_ == "dobj" else tok
    if verb.pos_ == "VERB" and verb.lemma_.lower() in c.receiving_verbs | c.witness_verbs:
        # "A doctor said the hospital had received 11 bodies", "Residents said they saw the bodies of four soldiers near the
        # camp": the toll of an event told elsewhere
        return any(ch.dep_ == "dobj" and ch.lemma_.lower() in c.body_nouns for ch in verb.children)
    body = tok if tok.pos_ == "NOUN" and tok.dep_ == "nsubjpass" else next(
        (ch for ch in tok.children if ch.dep_ == "nsubjpass"), None) if tok.pos_ == "VERB" else None
    if body is None or body.lemma_.lower() not in c.body_nouns:
        return False
    return body.head.lemma_.lower() not in c.discovery_verbs


def death_notice(doc: Any, m: Mention, c: Cues) -> bool:
    """Is a strategic-development trigger a statement verb whose object is a death ("The Department of Defense announced
    today the death of a Soldier", "identified the soldiers killed")? A notice of a death, no change of a group's
    activity: the death's own event, if any, is told by its own words."""
    from ..catalogue import words

    tok = doc[m.head]
    if m.event_type != "Strategic developments" or tok.pos_ != "VERB":
        return False
    if tok.lemma_.lower() not in REPORTING_LEMMAS | words("announcing") | c.notice_verbs:
        return False
    return any(ch.dep_ in ("dobj", "nsubjpass") and ch.lemma_.lower() in c.death_nouns for ch in tok.children)


def states_a_figure(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a verb of stating a figure whose direct object is a figure of the dead ("Police put the death toll at
    six", "has revised its Kadugli figure", `[notices] figure_verbs`, `figures`)? Told after an event, it is a count of
    that event, no event of its own (the caller checks that an event was told before)."""
    tok = doc[m.head]
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in c.figure_verbs:
        return False
    return any(ch.dep_ == "dobj" and ch.lemma_.lower() in c.figure_nouns for ch in tok.children)


def is_medium_or_description(doc: Any, m: Mention, c: Cues) -> bool:
    """A strategic-development word that names the medium of a statement ("said in the release") or
    describes a thing ("tanks and other equipment captured near Palmyra", "had been made from a metal pipe") is not an
    event of its own; nor is the participle of a hyphenated adjective of who holds or backs a thing ("a US-based group",
    ``[byproduct] hyphen_holders``)."""
    tok = doc[m.head]
    if tok.tag_ == "VBN" and tok.lemma_.lower() in c.hyphen_holders and tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_:
        return True  # the participle of a hyphenated adjective ("a US-based rights group", "rebel-held villages")
    if m.sub_event_type not in c.byproduct:
        return False
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "to"):
        gov = tok.head.head
        if gov.lemma_.lower() in REPORTING_LEMMAS or gov.lower_ == "according":
            return True
    if tok.pos_ == "VERB" and tok.lemma_.lower() in c.made_of and any(ch.dep_ == "auxpass" for ch in tok.children) \
            and any(ch.dep_ == "prep" and ch.lower_ in ("from", "of", "out") for ch in tok.children):
        return True  # what a thing was made of ("the device had been made from a metal pipe")
    if _put_to_use(tok, c) or (tok.dep_ in ("nsubjpass", "pobj") and _put_to_use(tok.head if tok.dep_ == "nsubjpass" else tok.head.head, c)):
        return True  # "The base ... had been used by the group to store weapons", "was using the hospital as a base"
    # a reduced passive relative after its noun ("equipment captured near Palmyra"): no object of its own
    return _describes_a_thing(tok)


def _put_to_use(verb: Any, c: Cues) -> bool:
    """Is the verb one of using a place as or for something ("was using the hospital as a base", "had been used by the
    group to store weapons")? With "as", or passive with an infinitive of purpose."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in c.use_verbs:
        return False
    return any(ch.dep_ == "prep" and ch.lower_ == "as" for ch in verb.children) or (
        any(ch.dep_ == "auxpass" for ch in verb.children)
        and any(ch.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in ch.children) for ch in verb.children))


def gathered_things(doc: Any, m: Mention, c: Cues) -> bool:
    """Is a crowd trigger a participle describing things gathered ("According to testimonies gathered by our members:",
    "information collected by the mission", `[crowd] things_gathered`)? No crowd: things, not people, were gathered (not
    "a human chain formed ... by several thousand opponents", nor a verb the parser hung on its people: "after youths
    clashed with troops")."""
    from .retyping import person

    tok = doc[m.head]
    return m.event_type in ("Protests", "Riots") and tok.lemma_.lower() in c.things_gathered and _describes_a_thing(tok) \
        and not person(tok.head)


def _describes_a_thing(tok: Any) -> bool:
    """Is the verb a reduced passive relative after its noun, with no object of its own ("equipment captured near
    Palmyra"), and not the main verb the parser missed?"""
    return (
        tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.i < tok.i and not any(ch.dep_ in ("dobj", "prt", "nsubj") for ch in tok.children)
        and not _misread_main_verb(tok)
    )


def _misread_main_verb(tok: Any) -> bool:
    """Is the reduced relative the main verb the parser missed: its noun phrase ("About 60 fighters of a faction
    defected to the army ..., the administrator said") made a second subject of the reporting verb, or the verb of a
    telegraphic line with no verb of its own that names the doer ("16 SEP – KHARKIV OBL.: 9 Shahed-type UAVs neutralised
    by air defence overnight": the line tells an act, not a thing)?"""
    top = tok.head
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in ("NOUN", "PROPN"):
        top = top.head.head  # "fighters of a faction"
    verb = top.head
    if top.dep_ == "nsubj" and verb.lemma_.lower() in REPORTING_LEMMAS \
            and any(ch.dep_ == "nsubj" and ch.i != top.i for ch in verb.children):
        return True
    while top.dep_ == "appos" and top.head is not top:
        top = top.head  # the line's heading noun ("16 SEP – KHARKIV OBL.: 9 UAVs ...")
    return top.dep_ == "ROOT" and top.pos_ in ("NOUN", "PROPN") and any(ch.dep_ == "agent" for ch in tok.children) \
        and not any(t.pos_ in ("VERB", "AUX") and t.i != tok.i and t.dep_ not in ("amod", "acl", "relcl") for t in top.subtree)


def work_stoppage(doc: Any, m: Mention, c: Cues) -> bool:
    """Is a protest trigger a stoppage of work with no gathering told in its sentence ("Transport unions stopped work on
    Tuesday in protest", "traders shut their shops in protest", "doctors went on strike")? A labour strike without a
    gathering is no protest event (WRITERS.md negatives); "stopped work and marched to the ministry" is one (`[labour]`)."""
    from ..catalogue import words

    if m.event_type != "Protests":
        return False
    tok = doc[m.head]
    own = set(range(m.start_token, m.end_token))
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in c.strike_nouns:
        if m.end_token - m.start_token > 1 or any(ch.dep_ in ("amod", "compound") and ch.i not in own for ch in tok.children
                                                  if ch.lemma_.lower() == "hunger"):
            return False  # "a hunger strike" is a protest of its own
    else:
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            own.add(tok.head.i)  # "in protest"
        verb = clause_verb(tok)
        if verb is None or verb.lemma_.lower() not in c.stoppage_verbs:
            return False
        particles = {ch.lower_ for ch in verb.children if ch.dep_ in ("prt", "advmod", "prep")}
        alone = any(a.split()[0] == verb.lemma_.lower() and all(w in particles for w in a.split()[1:]) for a in c.stoppage_alone)
        if not alone and not any(
                ch.dep_ in ("dobj", "nsubjpass") and ch.lemma_.lower() in c.work_objects for ch in verb.children):
            return False  # "stopped a convoy", "closed the road" name no stoppage of work
        own.add(verb.i)
    gathering = c.gathering | words("protest_words")
    return not any(t.i not in own and in_words(t, gathering)
                   and not (t.dep_ == "pobj" and t.head.lower_ == "in" and t.lower_ == "protest") for t in doccache.sent_of(tok))


def held_accused(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger what people in custody or on trial are said to have done ("the ministry said police had dealt with
    an illegal gathering and that those arrested had blocked a road and set fire to tyres", "prosecutors said the
    defendants had torched a police post")? The subject of its clause (of the first verb with one, up a list of verbs) is
    named by its custody (``[captives] held`` participle, ``held_people`` noun) and the clause is a reporting verb's
    complement: the grounds of the arrest or charge, the authorities' account of an event the story tells, none of its own."""
    verb = clause_verb(doc[m.head])
    if verb is None:
        return False
    while verb.dep_ == "conj" and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        verb = verb.head
    subject = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if subject is None or not (subject.lemma_.lower() in c.held_people or any(
            ch.dep_ in ("acl", "relcl") and ch.tag_ == "VBN" and ch.lemma_.lower() in c.held for ch in subject.children)):
        return False
    node = verb
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    return node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_LEMMAS


def accused_of(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a gerund told only as what people are accused or suspected of ("accusing them of kidnapping local
    farmers for ransom", "have been accused of abducting civilians for ransom"), with no place or time of its own
    (``[captives] accusing``, ``accused_anchors``)? The grounds of an arrest, a killing or a reputation, no event; one told
    with its place or day ("accused the fighters of looting shops in Sennar on Monday") still is one."""
    tok = doc[m.head]
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "of" or tok.head.head.lemma_.lower() not in c.accusing:
        return False
    return not any(t.dep_ == "prep" and t.lower_ in c.accused_anchors for t in tok.subtree) \
        and not any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in tok.subtree)


def taken_for_care(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger people taken to care or taken ill ("The wounded were taken to Rueso hospital", "four wounded people
    were taken to the hospital in Yei", "Police said he had been taken ill in his cell")? A carrying verb (``[harm]
    care_moves``) going to a care place, or with a word of illness: what became of the hurt, no event of its own."""
    verb = doc[m.head]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in c.care_moves:
        return False
    if any(ch.dep_ in ("oprd", "acomp") and ch.lemma_.lower() in c.illness for ch in verb.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(o.dep_ == "pobj" and o.lemma_.lower() in c.care for o in p.children)
               for p in verb.children)
