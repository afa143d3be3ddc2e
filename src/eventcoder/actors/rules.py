"""Role rules after the parse on who did an act and who it hit: the recent state force, victims and targets (armed victims,
forces attacked, sites of a force, nothing hit, whose official was hit), released captives, authors and issuers.
The sides of fights, crowds, arrests and strategic developments have their own modules (fights, crowds, arrests,
developments)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from ..catalogue import STATE_KINDS
from .. import catalogue, doccache
from ..syntax import PLACE_LABELS
from ..model import Actor, Evidence, Span
from ..records import Mention, Parsed
from .coref import is_speaker
from .naming import actor_from_phrase, is_unidentified, lemmas_force, make_actor, nationality_of_people
from .parse_roles import is_patient
from .words import NAME, TARGET_PREPS, UNKNOWN_BOMBER, W, has_word, in_cause, lemma, noun_phrase, phrase_roots, placed, span_tokens


def recent_force(m: Mention, parsed: Parsed, event_iso: str, day: dt.date | None, text: str) -> Evidence[Actor] | None:
    """The state force that is the subject of the trigger's sentence (before it) or of one of the two sentences
    before ("An Afghan and coalition security force conducted an operation ... Suspects were detained"); a force word
    that names no one there ("As the force approached, ...") takes the search up to six sentences back."""
    doc = parsed.doc
    sent = doccache.sentence(doc, m.head)
    sents = [sent]
    prev = sent.start - 1
    for _ in range(6):
        if prev < 0:
            break
        sents.append(doccache.sentence(doc, prev))
        prev = doccache.sentence(doc, prev).start - 1
    unresolved = False  # "the force", "the combined force": a force told before, further back
    for n, sent_ in enumerate(sents):
        if n > 2 and not unresolved:
            break
        # every subject, also one whose words the noun chunks leave out for a name inside it ("A joint Afghan National
        # Security and International Security Assistance Force patrol")
        for root in (t for t in sent_ if t.dep_ == "nsubj"):
            own = noun_phrase(root)
            if min(t.i for t in own) >= m.start_token and sent_ == sent or is_speaker(root):
                continue
            # with its coordinated parts ("A combined Afghan" + "and coalition security force")
            phrase = sorted({t.i: t for t in (*own, *(c for c in root.children if c.dep_ == "cc"),
                                              *(t for conj in root.conjuncts for t in noun_phrase(conj)))}.values(), key=lambda t: t.i)
            if not (has_word(phrase, "police") or lemmas_force([lemma(t) for t in phrase])):
                continue  # "the government dissolved the party" names no force
            found = actor_from_phrase(phrase, event_iso, day)
            if found is not None and found[0].kind in STATE_KINDS:
                actor, a, b = found
                span = Span.of_tokens(doc, a, b)
                return Evidence(value=actor, span=span, text=span.slice(text), stage=NAME, confidence=0.4)
            unresolved = unresolved or found is None
    return None


def other_target(m: Mention, doc: Any, actor1: Actor | None) -> bool:
    """Is an "Other" event done to civilians (eval/WRITERS.md): captives released or handed over, or goods, vehicles,
    tolls, taxes, orders, lockdowns or blockades an armed group imposes on people? Not a government's measure, nor a
    group's own display (parade), nor a coup."""
    if actor1 is None:
        return False
    sent = [t for t in doccache.sentence(doc, m.head) if not is_speaker(t)]
    armed = catalogue.nonstate_armed(actor1)
    if has_word(sent, "display"):
        return False
    if has_word(sent, "releasing") and (has_word(sent, "captives") or has_word(sent, "civilian")):
        return not released_force(m, doc, None, None)  # soldiers released: their force, not civilians
    if has_word(sent, "seized_goods") and has_word(sent, "seizing"):
        return True  # "Iran's navy seized a tanker", "Houthi fighters hijacked a car carrier"
    # "JNIM ordered women to wear the veil", "bandits told farming communities to pay": an order told to people
    told = any(lemma(t) == "tell" and any(c.dep_ == "xcomp" for c in t.children) for t in sent)
    return armed and (has_word(sent, "imposed_on_people") or has_word(sent, "seized_goods") or told)


def released_force(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None) -> tuple[Actor, int, int] | None:
    """The state force whose members an "Other" event releases ("the ELN released four soldiers", "PKK fighters released
    three Turkish soldiers" -> Turkey's forces, inter 8 abroad): (actor, first token, end token) or None."""
    sent = list(doccache.sentence(doc, m.head))
    if not has_word(sent, "releasing"):
        return None
    for tok in sent:
        if is_speaker(tok) or tok.dep_ in ("nsubj",) or not (lemma(tok) in W("army") - {"armed", "military"} or has_word([tok], "police")) \
                or placed(tok):  # (not "held near Bambui, Mezam division": a place unit)
            continue
        if event_iso is None:
            return make_actor("", 1, None, "state"), tok.i, tok.i + 1  # only asking whether there is one
        found = actor_from_phrase(noun_phrase(tok), event_iso, day)
        if found is not None and found[0].kind in STATE_KINDS:
            return found
    return None


def forces_attacked(doc: Any, m: Mention) -> bool:
    """Is an attack's target armed forces ("two police officers were shot dead", "gunmen attacked a checkpoint")? The
    assemble stage types it again as an armed clash (``events.retype``), so its force stays actor2, not civilians."""
    from ..classify.armed_acts import forces_hit  # imported late: classify and events read this package
    from ..events.retyping import armed_target

    if armed_target(doc, m):
        return True
    verb = trigger_noun_verb(doc, m)  # "The ambush that killed seven policemen", "An attack wounded two soldiers"
    return verb is not None and forces_hit(doc, verb.i, verb.i + 1)


def trigger_noun_verb(doc: Any, m: Mention) -> Any | None:
    """The verb a trigger noun does: the verb it is the subject of ("An ambush killed seven policemen") or its relative
    clause's ("the ambush that killed seven policemen"), else None."""
    head = doc[m.head]
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    own = next((c for c in head.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                and any(g.dep_ == "nsubj" and g.tag_ == "WDT" for g in c.children)), None)
    if own is None and head.dep_ == "nsubj" and head.head.pos_ == "VERB":
        return head.head
    return own


def finds_the_dead(span: Span | None, doc: Any) -> bool:
    """Is a party read from ``span`` the one who found, recovered or dug up the dead ("Police found eight bodies dumped on a
    road", "Security forces recovered the bodies of five herders")? The finder is no actor of the killing (eval/WRITERS.md,
    as for a mass grave): the subject of a discovery verb whose object is a body noun (events cues [aftermath])."""
    if span is None:
        return False
    from ..events.cues import cues  # imported late: events reads this package

    c = cues()
    for root in phrase_roots(doccache.tokens_in(doc, span.start, span.end)):
        verb = root.head
        if root.dep_ == "nsubj" and lemma(verb) in c.discovery_verbs and any(
                ch.dep_ == "dobj" and lemma(ch) in c.body_nouns for ch in verb.children):
            return True
    return False


def nothing_hit(m: Mention, parsed: Parsed, target: Span | None, targets: list[list[Any]]) -> bool:
    """Did an explosion hit no one and nothing the text names (eval/WRITERS.md Targets nobody names (c): "a rocket landed
    in an open field near Sderot ... No one was hurt", "Iranian artillery shelled mountain areas; no casualties were
    reported")? A known zero in the event's sentence or the next (counting's none pattern), and the target read is the
    trigger itself or empty ground (words.toml ``empty_ground``, ``empty_modifiers``), as is every target phrase of the
    parse (``targets``) that is not a day or a place name ("hit a warehouse" names a thing hit)."""
    from ..counting.conventions import conventions  # the casualty stage's "no one was hurt" forms
    from ..counting.reports import NONE_PATTERN

    doc = parsed.doc
    text = doccache.text(doc)
    sentences = [s for s in (m.sentence, m.sentence + 1) if s < len(parsed.sentences)]
    if not any(NONE_PATTERN.search(parsed.sentences[s].slice(text)) for s in sentences):
        return False

    def empty(root: Any) -> bool:
        return lemma(root) in W("empty_ground") or any(c.lower_ in W("empty_modifiers") for c in root.children)

    harms = {w for phrase in conventions().none_harms for w in phrase.split()}
    # the parse's target phrases and the objects of the sentence's verbs ("fired from Gaza hit a warehouse"): a thing named
    # as hit, unless a day, a place name, empty ground or the harm not done ("causing damage but no injuries")
    objects = [[o] for o in doccache.sentence(doc, m.head) if o.dep_ == "dobj" and o.lower_ not in harms and lemma(o) not in harms]
    for phrase in [*targets, *objects]:
        if any(r.ent_type_ not in ("DATE", "TIME", *PLACE_LABELS) and not empty(r) for r in phrase_roots(phrase)):
            return False
    if target is None or (target.start >= m.trigger.start and target.end <= m.trigger.end):
        return True
    roots = phrase_roots(doccache.tokens_in(doc, target.start, target.end))
    return bool(roots) and all(empty(r) for r in roots)


def stopped_in_flight(doc: Any, m: Mention) -> bool:
    """Are the trigger's drones or missiles shot down or intercepted (``classify.weapons.intercepted``; not a cache of
    rockets found)?"""
    from ..classify.weapons import intercepted  # imported late: classify reads the catalogue this package builds on

    return intercepted(doc, m.start_token, m.end_token)


def weapon_owner(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None) -> tuple[Actor, int, int] | None:
    """The side whose stopped weapon the trigger tells, named as the weapon's modifier ("HOUTHI DRONE DOWNED OVER MARIB",
    "debris of a Ukrainian drone shot down by air defence", "intercepted a Hezbollah drone"): the weapon noun is the trigger,
    its object or passive subject, or the noun a participle trigger describes; None when no modifier names a party."""
    head = doc[m.head]
    nouns = [head] if head.pos_ in ("NOUN", "PROPN") else [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")
                                                           or (c.dep_ == "nsubj" and any(a.dep_ == "agent" for a in head.children))]
    if head.dep_ in ("acl", "amod") and head.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(head.head)  # "a Houthi drone shot down over Jizan"
    # ("debris of a Ukrainian drone shot down by air defence": the weapon the fallen parts are of)
    nouns += [g for n in list(nouns) for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    for noun in nouns:
        if lemma(noun) not in W("weapons"):
            continue
        mods = [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < noun.i for t in c.subtree]
        found = actor_from_phrase(mods, event_iso, day) if mods else None
        if found is not None and found[0].kind not in catalogue.CROWD_KINDS and found[0].kind != "civilians":
            return found
    return None


def armed_victims(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, next_sentence: bool = False) -> tuple[Actor, int, int] | None:
    """The armed or state side among the victims the event's sentence (and with ``next_sentence`` the next one) names
    first ("killing three soldiers", "left one peacekeeper wounded", "one soldier killed"), or None when the first
    victims named are civilians."""
    sent = doccache.sentence(doc, m.head)
    tokens = list(sent)
    around = tokens + (list(doccache.sentence(doc, sent.end)) if sent.end < len(doc) else [])  # "..., killing one. The army said it targeted X"
    if next_sentence and sent.end < len(doc):  # "... hit an IED. The provisional toll is one soldier killed."
        tokens = around
    for phrase in victim_phrases(tokens):
        found = actor_from_phrase(phrase, event_iso, day)
        if found is None:
            continue
        if found[0].kind in catalogue.CROWD_KINDS:
            # "killing two men the army said were Hezbollah members": the group a clause on the victims names
            root = min(phrase, key=lambda t: (t.head.i in {x.i for x in phrase} and t.head.i != t.i, t.i))
            clauses = [c for c in root.children if c.dep_ in ("relcl", "acl")]
            # "killing three people the army described as militants": the people are what the clause calls them
            called = [actor_from_phrase(noun_phrase(t), event_iso, day) for c in clauses for t in c.subtree
                      if (t.dep_ == "pobj" and t.head.lower_ == "as") or t.dep_ in ("attr", "oprd")]
            said = [actor_from_phrase(list(c.subtree), event_iso, day) for c in clauses]
            named = next((a for a in said if a is not None and _named_armed(a[0])), None) or next(
                (a for a in called if a is not None and a[0].kind not in catalogue.CROWD_KINDS and a[0].kind != "state"
                 and (_named_armed(a[0]) or is_unidentified(a[0].name))), None)
            return named or (targeted_group(around, event_iso, day) if lemma(root) in W("unknown_people") and not civilians_named(tokens) else None)
        if is_unidentified(found[0].name) and m.sub_event_type in UNKNOWN_BOMBER:
            continue  # "killing the bomber": the attacker, not a target
        return found
    return None if civilians_named(list(sent)) else targeted_group(around, event_iso, day)


def victim_phrases(tokens: list[Any]) -> Iterable[list[Any]]:
    """The phrases naming who was killed or hurt, in text order ("killing three soldiers", "left one peacekeeper wounded",
    "the toll is one soldier killed", "two police wounded")."""
    for tok in tokens:
        if tok.pos_ != "VERB" or lemma(tok) not in W("casualty_verbs"):
            continue
        phrases = [noun_phrase(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not phrases and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            phrases = [noun_phrase(c) for c in tok.children if c.dep_ == "nsubj"]  # "the toll is one soldier killed", "two police wounded"
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):  # "the toll is one soldier killed"
            phrases.append(noun_phrase(tok.head))
        if tok.dep_ in ("oprd", "xcomp", "ccomp", "advcl", "acomp") and lemma(tok.head) == "leave":  # "left one peacekeeper wounded"
            phrases += [noun_phrase(c) for c in tok.head.children if c.dep_ == "dobj"]
        yield from phrases


def hit_beside_force(m: Mention, span: Span | None, doc: Any, event_iso: str | None, day: dt.date | None) -> bool:
    """Did a blast read as aimed at a force's site only because it went off beside it ("outside a cafe near the police
    academy", "near a military school") kill or wound civilians, the first victims its sentence names ("killing four
    people")? Then the civilians are its target (eval/WRITERS.md Victims and targets), not the force next door."""
    if span is None:
        return False
    tok = doc[doccache.first_token_from(doc, span.start)]
    beside = used = False
    for _ in range(6):
        if tok.dep_ == "pobj":  # the preposition that places the site: "near" it, not "at" it
            beside = tok.head.dep_ == "prep" and tok.head.lower_ in W("beside_preps")
            # or who uses the place ("a tea shop frequented by soldiers", "a bar popular with police officers"): a civilian
            # place, whose victims are civilians unless the text names the force among them (WRITERS Places frequented by a force)
            used = tok.head.lower_ in ("by", "with") and tok.head.head.i != tok.head.i and (
                tok.head.head.lower_ in W("frequented_by") or lemma(tok.head.head) in W("frequented_by"))
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if not (beside or used):
        return False
    for phrase in victim_phrases(list(doccache.sentence(doc, m.head))):
        found = actor_from_phrase(phrase, event_iso, day)
        if found is not None:
            return found[0].kind == "civilians"
        if used and phrase:
            return True  # "killing three diners": no force named among the dead
    return False


def civilians_named(tokens: list[Any]) -> bool:
    """Does the sentence name civilians or a civilian place beyond "people"/"men" ("a house", "11 passengers",
    "women and children")? Then an attacker's word that it targeted a group does not make them that group."""
    return any((lemma(t) in W("civilian") or lemma(t) in W("civilian_sites")) and lemma(t) not in W("unknown_people") for t in tokens)


def _named_armed(actor: Actor) -> bool:
    """A named non-state armed group (not an unidentified one, not civilians or a state)."""
    return catalogue.nonstate_armed(actor) and not (is_unidentified(actor.name) or actor.name.startswith("Civilians"))


def targeted_group(tokens: list[Any], event_iso: str | None, day: dt.date | None) -> tuple[Actor, int, int] | None:
    """The named armed group the attacker says it targeted ("The Israeli military said it had targeted a Hezbollah
    commander", "US Africa Command said it targeted al-Shabaab fighters"): a strike's target though the toll names only
    people (eval/WRITERS.md: people hit are the group the text names them as)."""
    for tok in tokens:
        if tok.pos_ != "VERB" or lemma(tok) != "target":
            continue
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            found = actor_from_phrase(list(obj.subtree), event_iso, day)
            if found is not None and _named_armed(found[0]):
                return found
    return None


def acts_elsewhere(root: Any, m: Mention, doc: Any) -> bool:
    """Is a clause candidate the doer of another act the sentence tells, the active subject of a verb that is not the
    trigger's ("gunmen torched buses after troops arrested a cartel boss", "a drone the army blamed on the RSF", "settlers
    burned a barn; the army arrived later")? Such a party is no target of a one-sided act (its victims are who was hit)."""
    if root.dep_ != "nsubj" or is_patient(root):
        return False
    verb = root.head
    if m.start_token <= verb.i < m.end_token or verb.i == m.head or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "mark" and c.lower_ in W("meanwhile_marks") for c in verb.children):
        return False  # "a house exploded as soldiers searched it": there when it was hit
    if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return False  # "into a basement where troops were sheltering": who was at the place hit
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # "causing fighters to vomit": an infinitive's subject is what the act did to them
    trigger = doc[m.head]
    # (a verb whose object or clause holds the trigger, "police said gunmen shot ...", is the reporter's: speakers are no
    # candidates already; "X accused Y of burning": X is the accuser, also no target)
    return not any(t.i == verb.i for t in trigger.ancestors) or verb.lemma_ in ("say", "report", "tell", "claim", "accuse", "blame")


def acts_after(root: Any, m: Mention) -> bool:
    """Is a clause candidate the subject of what a force does after an act ("Gardai arrested three men after shots were fired
    at a house", "police detained a man who threw a petrol bomb", "police are investigating the torching of two buses";
    words.toml mob_aftermath): the one who deals with a one-sided act, not its author?"""
    for _ in range(3):  # "police" in "Montenegrin police officers": the noun it modifies
        if root.dep_ not in ("compound", "amod", "nmod") or root.head.i == root.i:
            break
        root = root.head
    verb = root.head
    return root.dep_ == "nsubj" and not (m.start_token <= verb.i < m.end_token) and lemma(verb) in W("mob_aftermath")


def aimed_at(root: Any, m: Mention, doc: Any) -> bool:
    """Is a clause candidate what the trigger's act was aimed at: its object, or the object of a target preposition ("on",
    "at", "against"...; "of" after a trigger noun) on the trigger ("opened fire on a patrol", "shots were fired at troops", "the
    ambush of a police convoy")? Not "with" ("clashed with bandits": either side)."""
    trigger = set(range(m.start_token, m.end_token)) | {m.head}
    for _ in range(3):  # "police" in "a police convoy": the noun it modifies
        if root.dep_ not in ("compound", "amod", "nmod") or root.head.i == root.i:
            break
        root = root.head
    if root.dep_ == "dobj":
        # also the object of the verb a trigger noun does ("An ambush killed seven policemen", "the ambush that killed ...")
        return root.head.i in trigger or root.head == trigger_noun_verb(doc, m)
    if root.dep_ != "pobj":
        return False
    prep = root.head
    preps = TARGET_PREPS | ({"of"} if doc[m.head].pos_ == "NOUN" else set())
    return prep.lower_ in preps and prep.head.i in trigger


def is_reciprocal(head: Any) -> bool:
    """Is the trigger (or the verb it is the object of) a reciprocal act: "exchanged fire", "traded shells"?"""
    return any(lemma(t) in W("reciprocal") for t in (head, head.head))


def ran_into_bomb(head: Any) -> bool:
    """Is the trigger a mine or bomb that its subject ran into ("a bus hit a landmine", "troops stepped on a mine")?"""
    verb = head.head
    if head.dep_ == "pobj" and head.head.lower_ in W("ran_into_preps"):
        verb = head.head.head
    elif head.pos_ in ("VERB", "AUX"):  # the trigger is the verb: "hit a landmine"
        verb = head
        if not any(c.dep_ in ("dobj", "prep") and (lemma(c) in W("explosives") or any(lemma(g) in W("explosives") for g in c.children)) for c in head.children):
            return False
    elif head.dep_ != "dobj":
        return False
    return lemma(verb) in W("ran_into") and any(c.dep_ == "nsubj" for c in verb.children)


def _describes_a_place(verb: Any) -> bool:
    """Is verb a participle that describes something other than a weapon ("a tea shop frequented by rangers", "a road
    used by army convoys")? Its "by" agent uses the place; it planted nothing."""
    return verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and lemma(verb.head) not in W("explosives") | W("weapons")


def home_force_bombed(actor1: Evidence[Actor] | None, doc: Any, event_iso: str | None) -> str | None:
    """A bombing whose actor1 was read as the event country's own force, when the text does not make that force the
    author ("a landmine planted by the Myanmar army", "a Houthi-planted mine", "police arrested a would-be suicide
    bomber"): "victim" when it tells the force as hit ("a FAMa convoy was hit by an IED", "five members of the Thai
    security forces were wounded", "leaving two officers injured"), else "reporter" ("Indian Army statement:", "the
    Second Division informs that", "a district police officer said"): the bomber is then unknown. None: the force is
    the author, or the actor is no home force."""
    if actor1 is None or actor1.span is None or event_iso is None or actor1.value.kind != "state" or actor1.value.country != event_iso:
        return None
    span = doc.char_span(actor1.span.start, actor1.span.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ in ("npadvmod", "compound", "amod", "nmod", "poss") and lemma(root.head) not in W("casualty_verbs") and (
            lemma(root.head) in W("weapons") or root.head.pos_ == "VERB"):
        return None  # "a Houthi-planted landmine", "an army mortar"
    while root.dep_ in ("appos", "compound") and root.head.i != root.i:
        root = root.head  # "a FAMa convoy": the convoy is what was hit; "Ansar Allah fighters"
    if root.dep_ == "conj":
        return "reporter"  # "two forestry rangers and a soldier escorting them were killed": the first named are the target
    if (root.dep_ == "pobj" and root.head.lower_ == "by" or root.dep_ == "agent") and not _describes_a_place(root.head.head):
        return None  # "planted by the army", "left by Ansar Allah fighters"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
        root = root.head.head  # "five members of the Thai security forces were wounded"
    if is_patient(root) or lemma(root.head) in W("casualty_verbs") or any(
            lemma(c) in W("casualty_verbs") for c in root.children if c.dep_ in ("acl", "oprd", "xcomp", "acomp", "amod")):
        return "victim"
    if root.dep_ == "nsubj" and not is_speaker(root) and root.head.pos_ == "VERB":
        return None  # "police arrested a would-be suicide bomber", "soldiers threw a grenade"
    return "reporter"


def foreign_civilians(m: Mention, doc: Any, targets: list[list[Any]], event_iso: str, named: Span | None = None) -> str | None:
    """The nationality of the civilians an event hit when the text names them by one other than the event country's
    ("seized three Chinese nationals", "Four US citizens were kidnapped", "engineers kidnapped in March were freed"):
    the trigger's targets, else the noun a participle trigger describes or the passive subject of the trigger ("the
    Chinese workers ... were freed"), else the phrase the civilians were ``named`` by ("killing three workers, two
    Indians and a Pakistani"), else the sentence's victims ("wounding two Israelis"); None when none is foreign."""
    phrases = list(targets)
    head = doc[m.head]
    if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
        phrases.append(noun_phrase(head.head))
    phrases += [noun_phrase(c) for c in head.children if c.dep_ == "nsubjpass"]
    if named is not None:
        phrases.append([t for tok in doccache.tokens_in(doc, named.start, named.end) for t in tok.subtree])
    phrases += victim_phrases(list(doccache.sent_of(head)))  # "opened fire on a bus stop ..., wounding three Israelis"
    for phrase in phrases:
        found = nationality_of_people(phrase)
        if found is not None:
            return found if found != event_iso else None
    return None


def acts_as_author(tok: Any, m: Mention) -> bool:
    """Is the named group at tok the doer of a violent act in its sentence (words.toml author_verbs): the subject of
    such a verb or its "by" agent ("the execution of seven men by RSF fighters", "an IED planted by Maoists"), or of
    the trigger itself?"""
    node = tok
    for _ in range(6):
        if node.dep_ in ("compound", "amod", "nmod", "poss") and node.head.i != node.i:
            node = node.head  # "RSF fighters", "Boko Haram's fighters"
        elif node.dep_ == "pobj" and node.head.lower_ in ("of", "from") and node.head.head.pos_ in ("NOUN", "PROPN"):
            node = node.head.head  # "fighters of the ADF"
        else:
            break
    if any(c.dep_ == "acl" and lemma(c) in W("author_verbs") and c.i > node.i for c in node.children):
        return True  # mis-parsed "ADF rebels hacked to death nine people, officials said" (a participle clause)
    if node.dep_ in ("nsubj", "agent"):
        doer = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "by":
        doer = node.head.head
        for _ in range(3):  # "the execution of seven men by RSF fighters": the act the victims are "of"
            if doer.pos_ == "NOUN" and doer.dep_ == "pobj" and doer.head.lower_ == "of" and doer.head.head.i != doer.i:
                doer = doer.head.head
    else:
        return False
    return m.start_token <= doer.i < m.end_token or doer.i == m.head or lemma(doer) in W("author_verbs")


def official_hit(span: Span | None, doc: Any) -> bool:
    """Does the state named at span only say whose official was hit ("the Taliban governor of Balkh", "a junta-appointed
    ward administrator", "staff of the Russian embassy"): the head it modifies is an office holder or official, not a force
    ("a police chief", "army officials" stay the force)? eval/WRITERS.md Officials as victims: Civilians (X)."""
    for tok in span_tokens(span, doc):
        node = tok
        for _ in range(6):
            if node.i != tok.i and lemma(node) in W("office_holders") | W("officials"):
                phrase = [t for t in node.subtree if t.i <= node.i]
                # (not the officials who tell of it: "Peshmerga officials said militants fired at their trenches")
                return not lemmas_force([lemma(t) for t in phrase]) and not has_word(phrase, "police") and not is_speaker(node)
            if node.dep_ in ("compound", "amod", "nmod", "poss", "case", "npadvmod") and node.head.i != node.i:
                node = node.head
            elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
                node = node.head.head  # "staff of the Russian embassy"
            else:
                break
    return False


def force_site(m: Mention, doc: Any) -> tuple[str, bool] | None:
    """("police" | "military", said) when the trigger's sentence names a site or vehicle of the state's forces as what an explosion
    hit ("mortar rounds at the army camp in Gao", "a suicide bomber rammed the gate of a military camp", "an IED tore through
    a police pickup", "the wall of the Bannu cantonment"; words.toml military_sites, force_holdings, force_only_sites): a
    holding whose own modifiers say army, military or police, not one told by a speaker, in the event's cause or only as
    where it happened nearby ("near the police station"). ``said``: the words name whose it is ("army", "police", a
    cantonment), not only "military" (a military base may house another state's troops)."""
    head = doc[m.head]
    army = W("army") - {"armed"}
    for tok in doccache.sent_of(head):
        low = lemma(tok)
        if tok.pos_ not in ("NOUN", "PROPN") or is_speaker(tok) or in_cause(tok, head):
            continue
        if low not in W("military_sites") | W("force_holdings") | W("force_only_sites"):
            continue
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head  # "near the town hall and a police station"
        if first.dep_ == "pobj" and first.head.lower_ in W("beside_preps"):
            continue  # "one blast near the central police station": beside the site, not on it
        mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
        mods += [g for c in mods for g in c.children if g.dep_ in ("compound", "amod")]
        if any(has_word([c], "police") for c in mods):
            return "police", True
        if low in W("force_only_sites") or any(lemma(c) in army for c in mods):
            return "military", low in W("force_only_sites") or any(lemma(c) in army - {"military"} for c in mods)
    return None


def own_force(actor: Actor, event_iso: str | None) -> bool:
    """Is the actor the event country's own army or police (not its government, nor a force abroad)?"""
    return actor.kind == "state" and actor.country == event_iso and actor.name.startswith(("Military Forces of", "Police Forces of"))


def issuer_heading(phrase: list[Any], m: Mention) -> int | None:
    """Is the phrase a heading that opens the trigger's sentence and ends at a colon before the trigger ("PRESS RELEASE -
    Royal Thai Police, Region 9: At 21.40 hrs ... unknown assailants fired", "Ministry of Interior of Tajikistan: Law
    enforcement officers detained")? It names who issued the text, or where ("Kupiansk district: Russian infantry groups
    tried to push ..."); the parse may read it as a subject of the trigger. The colon's token index, else None."""
    doc = phrase[0].doc
    first, last = min(t.i for t in phrase), max(t.i for t in phrase)
    sent = doccache.sentence(doc, m.head)
    if first - sent.start > 1:
        return None
    colon = next((t for t in doc[last + 1 : m.start_token] if t.text == ":"), None)
    return colon.i if colon is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[first : colon.i]) else None


def identifier(phrase: list[Any]) -> bool:
    """Is the phrase the subject of "identified ... as" right after it ("Gunmen the regional government identified as OLA
    fighters stopped a bus": a reduced relative clause the parse may read as a second subject of the main verb)? It names
    who identified the doers, not a party."""
    doc = phrase[0].doc
    after = max(t.i for t in phrase) + 1
    return after + 1 < len(doc) and doc[after].lower_ in W("identifying_forms") and doc[after + 1].lower_ == "as"
