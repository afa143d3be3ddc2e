"""Role rules after the parse: defenders, returned fire, victims, crowds and police, agreements, parties, associated actors."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable

from ..catalogue import ORGANISED_INTERS, ORGANISED_KINDS, STATE_KINDS
from .. import catalogue, doccache
from ..lexicon import normalize
from ..syntax import PLACE_LABELS, in_words
from ..model import Actor, Evidence, Span
from ..records import Mention, Parsed
from .coref import is_anaphor, is_speaker, reporter_of
from .naming import actor_from_phrase, generic_actor, identity_named, is_unidentified, lemmas_force, make_actor, named_actor, nationality_of_people, state_actor, unknown_armed_group, state_unit_words
from .parse_roles import clause_of, is_patient
from .words import NAME, UNKNOWN_BOMBER, W, ent_entry, entity_of, has_word, lemma, noun_phrase, phrase_roots


def recent_force(m: Mention, parsed: Parsed, event_iso: str, day: dt.date | None, text: str) -> Evidence[Actor] | None:
    """The state force that is the subject of the trigger's sentence (before it) or of one of the two sentences
    before ("An Afghan and coalition security force conducted an operation ... Suspects were detained"); a force word
    that names no one there ("As the force approached, ...") takes the search up to six sentences back."""
    doc = parsed.doc
    sent = doc[m.head].sent
    sents = [sent]
    prev = sent.start - 1
    for _ in range(6):
        if prev < 0:
            break
        sents.append(doc[prev].sent)
        prev = doc[prev].sent.start - 1
    unresolved = False  # "the force", "the combined force": a force told before, further back
    for n, sent_ in enumerate(sents):
        if n > 2 and not unresolved:
            break
        for chunk in doccache.noun_chunks(doc, sent_.start, sent_.end):
            if chunk.root.dep_ != "nsubj" or chunk.start >= m.start_token and sent_ == sent or is_speaker(chunk.root):
                continue
            # with its coordinated parts ("A combined Afghan" + "and coalition security force")
            phrase = sorted({t.i: t for t in (*chunk, *(c for c in chunk.root.children if c.dep_ == "cc"),
                                              *(t for conj in chunk.root.conjuncts for t in noun_phrase(conj)))}.values(), key=lambda t: t.i)
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
    sent = [t for t in doc[m.head].sent if not is_speaker(t)]
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
    sent = list(doc[m.head].sent)
    if not has_word(sent, "releasing"):
        return None
    for tok in sent:
        if is_speaker(tok) or tok.dep_ in ("nsubj",) or not (lemma(tok) in W("army") - {"armed", "military"} or has_word([tok], "police")):
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
    from ..events.retyping import armed_target  # imported late: events reads this package

    return armed_target(doc, m)


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
    objects = [[o] for o in doc[m.head].sent if o.dep_ == "dobj" and o.lower_ not in harms and lemma(o) not in harms]
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


def arrested_phrase(span: Span | None, targets: list[list[Any]]) -> list[Any] | None:
    """The target phrase of an arrest (the parse's objects of the arrest) that holds ``span``, else None: a party read
    outside them was not the one arrested."""
    if span is None:
        return None
    return next((p for p in targets if p and min(t.idx for t in p) <= span.start and span.end <= max(t.idx + len(t) for t in p)), None)


def arrests_forces(targets: list[list[Any]]) -> bool:
    """Does an arrest's object name soldiers or police ("arrested two generals and several other soldiers")? The head of
    a target phrase, or a noun coordinated with it, is a force word (words.toml military, police)."""
    for phrase in targets:
        heads = phrase_roots(phrase)
        heads += [c for h in heads for c in h.conjuncts]  # "two generals and several other soldiers"
        if any(lemmas_force([lemma(h)]) or in_words(h, W("police"), lemma) for h in heads):
            return True
    return False


def lays_down_arms(sent: Any) -> bool:
    """Does the sentence tell fighters laying down their arms ("surrendered with their rifles", "handed in their weapons",
    "entered a demobilisation programme")? (words.toml ``laying_down_arms``, ``handing_in`` + ``arms``)"""
    for t in sent:
        if lemma(t) in W("laying_down_arms") and (lemma(t) != "lay" or any(lemma(c) in W("arms") for c in t.children)):
            return True
        if lemma(t) in W("handing_in") and any(c.dep_ == "prt" for c in t.children) and any(
                c.dep_ == "dobj" and lemma(c) in W("arms") for c in t.children):
            return True
    return False


def names_rivals(sent: Any) -> bool:
    """Does the sentence set armed parties against each other without naming them ("rival armed groups", "two gangs",
    "each other")?"""
    toks = list(sent)
    low = [t.lower_ for t in toks]
    if any(w in low for w in W("rivals")) or ("each" in low and "other" in low):
        return True
    sides = W("armed") | W("group_nouns") | W("unnamed_clan") | W("unnamed_tribe") | W("unnamed_community") | {"gang"}
    return any(w in ("two", "competing") and any(lemma(t) in sides for t in toks[i + 1 : i + 4]) for i, w in enumerate(low))


def arrested_over_riot(sent: Any, targets: list[list[Any]]) -> bool:
    """Are the arrested named only by a count or a people word ("40 people", "nine men", "14 young men") and arrested over
    a riot ("over the violence", "in connection with the arson and looting", "for the unrest")? eval/WRITERS.md Arrests
    tied to a protest: the riot's rioters (the caller checks that the article tells a riot)."""
    if not any(in_words(h, W("arrested_crowd"), lemma) for p in targets for h in phrase_roots(p)):
        return False
    for t in sent:
        if lemma(t) in W("crowd_disorder") and t.dep_ == "pobj" and (t.head.lower_ in ("over", "for", "after") or (
                t.head.lower_ == "with" and lemma(t.head.head) == "connection")):
            return True
    return False


def plural_sides(verb: Any) -> bool:
    """Is the subject of the fight verb an unnamed plural armed side with no opponent told ("armed groups fought with
    heavy weapons near the refinery", "gangs clashed overnight in Cite Soleil")? Both sides are that group."""
    if lemma(verb) not in W("crowd_fight"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ != "NNS" or lemma(subjects[0]) not in W("armed") | W("group_nouns") \
            or any(c.dep_ == "conj" for c in subjects[0].children) or any(ent_entry(t) is not None for t in subjects[0].subtree):
        return False
    people = W("armed") | W("group_nouns") | W("military") | W("police") | W("civilian") | W("crowd_sides")
    return not any(c.dep_ == "prep" and c.lower_ in ("with", "against") and any(
        g.dep_ == "pobj" and (lemma(g) in people or g.lower_ in W("police") or ent_entry(g) is not None) for g in c.children)
        for c in verb.children)


def each_other(sent: Any) -> bool:
    """Does the sentence say "each other" / "one another"?"""
    low = [t.lower_ for t in sent]
    return any((a, b) in (("each", "other"), ("one", "another")) for a, b in zip(low, low[1:]))


def crowds_fight(sent: Any) -> bool:
    """Is the subject of a fight verb one crowd told as two sides ("fans of two clubs fought", "members of two rival
    groups fought", "supporters of A and B fought", "fishermen from A and B fought"): eval/WRITERS.md Two crowds? Not a
    force ("police and fans clashed": the force is a side)."""
    for verb in sent:
        if verb.pos_ != "VERB" or lemma(verb) not in W("crowd_fight"):
            continue
        # every subject the parse gave ("Bo, Sierra Leone: Supporters of two aspirants fought": "Bo" is one)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and (not subjects or subjects[0].tag_ in ("WDT", "WP")):
            subjects = [verb.head]  # "fans of two clubs who fought"
        # a subject the parse put in apposition to a dateline ("DHAKA, Dec 18 (Wire) - Supporters of A and B fought")
        subjects += [a for x in subjects for a in x.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
        opposed_heads = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "against") for o in c.children if o.dep_ == "pobj"]
        opposed = [t for o in opposed_heads for t in o.subtree]
        for subj in subjects:
            inside = range(verb.left_edge.i, verb.right_edge.i + 1) if subj.i == verb.head.i else range(0)
            phrase = [t for t in subj.subtree if t.i not in inside]
            if any(lemma(t) in W("military") | W("police") for t in phrase + opposed):
                continue  # "youths from A and B clashed with police": the force is the other side
            two = any(t.lower_ == "two" or lemma(t) in W("rivals") for t in phrase)
            pair = any(t.dep_ == "pobj" and t.head.lower_ in ("of", "from") and (any(c.dep_ == "conj" for c in t.children) or (
                # "supporters of the PTI and PML-N" parsed without a conj: two names joined by "and"
                any(x.dep_ == "cc" for x in t.subtree) and len({x.ent_id_ for x in t.subtree if x.ent_id_.startswith("actor:")}) >= 2))
                for t in phrase)
            # "Awami League and BNP supporters", "South Sudanese and Burundian refugees", "gold miners and residents fought"
            pair = pair or any(c.dep_ == "conj" for c in subj.children) or any(
                t.head.i == subj.i and t.dep_ in ("compound", "nmod", "amod") and any(c.dep_ == "conj" for c in t.children) for t in phrase)
            # "refugees clashed with host-community youths": a crowd on the other side
            crowd = any(lemma(o) in W("crowd") | W("civilian") | W("crowd_sides") for o in opposed_heads)
            if two or pair or crowd:
                return True
    return False


def armed_victims(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, next_sentence: bool = False) -> tuple[Actor, int, int] | None:
    """The armed or state side among the victims the event's sentence (and with ``next_sentence`` the next one) names
    first ("killing three soldiers", "left one peacekeeper wounded", "one soldier killed"), or None when the first
    victims named are civilians."""
    sent = doc[m.head].sent
    tokens = list(sent)
    around = tokens + (list(doc[sent.end].sent) if sent.end < len(doc) else [])  # "..., killing one. The army said it targeted X"
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
    for phrase in victim_phrases(list(doc[m.head].sent)):
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


def crowd_police(actor: Evidence[Actor] | None, event_iso: str | None, day: dt.date | None, security_only: bool = False) -> Evidence[Actor] | None:
    """The "security forces" facing a crowd are its police (ACLED's convention) unless the text names the army:
    "Military Forces of X" read from "security forces" or "guards" becomes "Police Forces of X". With
    ``security_only`` (arrests, abductions) only a phrase that says "security" in the plural ("security forces",
    "security services") or "intelligence" ("intelligence agents") and names neither the army, a coalition nor the
    national forces ("Afghan National Security Forces") changes."""
    home = catalogue.state_country(event_iso)  # (France's gendarmes in New Caledonia)
    if actor is None or not event_iso or actor.value.country != home or actor.value.kind != "state":
        return actor
    if actor.value.name != catalogue.state_forces("military", home, day):
        return actor  # a named unit ("the National Guard", "the Republican Guard") keeps its name
    said = {w.strip(".,;:'\"").lower() for w in actor.text.split()}
    if any(w.rstrip("s") in W("army") or w in W("army") for w in said):
        return actor
    if state_unit_words(actor.text) == "military":
        return actor  # a military unit every state has ("the National Guard" in Caracas) is not the police
    if any(w[:1].isupper() and catalogue.lookup(w.strip(".,;:'\"")) is not None for w in actor.text.split()):
        return actor  # a named force ("Taliban forces") is not generic "security forces"
    if security_only and (not said & {"security", "intelligence"} or "force" in said or said & {"coalition", "national", "joint", "combined"}):
        return actor  # "a security force" (one unit on an operation, often joint) stays the army; "intelligence agents" are police
    police = state_actor("police", event_iso, event_iso, day)
    return Evidence(value=police, span=actor.span, text=actor.text, stage=NAME, confidence=actor.confidence)


def gives_ground(span: Span, doc: Any) -> bool:
    """Is the phrase at span the subject of a leaving verb ("French troops left", "X handed over the base")?"""
    leave = W("leave")
    for tok in doccache.tokens_in(doc, span.start, span.end):
        node = tok
        for _ in range(6):
            if node.dep_ in ("compound", "amod", "nmod") and node.head.i != node.i:  # "M23 fighters withdrew"
                node = node.head
            elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
                node = node.head.head  # "Gunmen of the 400 Mawozo gang left"
            else:
                break
        verb = node.head
        if node.dep_ in ("nsubj", "nsubjpass") and (lemma(verb) in leave or any(
                c.dep_ in ("xcomp", "dobj") and (lemma(c) in leave or lemma(c) in W("leaving_nouns")) for c in verb.children)):
            return True  # "X withdrew", "X began withdrawing", "X completed their withdrawal"
        if any(c.dep_ in ("acl", "relcl") and lemma(c) in leave and c.i > tok.i for c in node.subtree):
            return True  # mis-parsed "US forces handed over ...", "troops serving with the mission handed over" (a participle clause)
    return False


def repels(verb: Any) -> bool:
    """Is the verb one of words.toml's repel verbs, with its particle when the entry has one ("beat back")?"""
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    for entry in W("repel"):
        word, _, particle = entry.partition(" ")
        if lemma(verb) == word and (not particle or particle in particles):
            return True
    return False


def repel_subject(m: Mention, doc: Any) -> Any | None:
    """The subject of a repelling verb the trigger belongs to ("X repelled an attack", "X fended off an assault")."""
    for tok in [*doc[m.start_token : m.end_token], doc[m.head].head]:
        if tok.pos_ == "VERB" and repels(tok):
            # the subject next before the verb ("NAIROBI, Jan 22 (Wire) - Tanzanian soldiers ... repelled": the dateline
            # is parsed as a second subject); "the army said it had repelled": the reporter
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            before = [c for c in subjects if c.i < tok.i]
            subj = max(before, key=lambda c: c.i) if before else next(iter(subjects), None)
            if subj is not None and is_anaphor([subj]) == "pronoun":
                return reporter_of(subj)
            return subj
    return None


def repelled_passively(m: Mention, doc: Any) -> bool:
    """Is the trigger the passive subject of a repelling verb with no one named repelling ("an attack on the police
    headquarters was repelled", "the assault was beaten back")?"""
    for tok in (doc[m.head].head, *doc[m.start_token : m.end_token]):
        if tok.pos_ == "VERB" and repels(tok) and not any(c.dep_ in ("nsubj", "agent") for c in tok.children):
            if any(c.dep_ == "nsubjpass" and m.start_token <= c.i < m.end_token for c in tok.children):
                return True
    return False


def repeller(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, civil: bool) -> tuple[Actor, int, int] | None:
    """The defender who repelled the attack the trigger names: (actor, first token, end token) or None."""
    subj = repel_subject(m, doc)
    if subj is None or is_anaphor(noun_phrase(subj)) in ("pronoun", "group", "armed"):
        return None  # "units of the national army repelled": the country's army (a force description is kept)
    found = actor_from_phrase(noun_phrase(subj), event_iso, day, civil)
    return found if found is not None and found[0].kind not in ("civilians",) else None


def announcer(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, civil: bool) -> tuple[Actor, int, int] | None:
    """The subject of the announcing verb the trigger depends on (itself included): (actor, first, end token)."""

    def subject(verb: Any) -> tuple[Actor, int, int] | None | bool:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            return False  # "saying they would ...": the announcer is further up
        for subj in subjects:  # a dateline parsed as a second subject gives nothing
            if is_anaphor(noun_phrase(subj)):
                return None
            found = actor_from_phrase(noun_phrase(subj), event_iso, day, True)
            if found is not None and found[0].kind not in catalogue.CROWD_KINDS:
                return found
        return None

    node = doc[m.head]
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and lemma(node) in W("announcing"):
            got = subject(node)
            if got is not False:
                return got or None
        if node.head.i == node.i:
            break
        node = node.head
    # a parse that hangs the trigger elsewhere: the last announcing verb of the sentence before the trigger
    sent = doc[m.head].sent
    for tok in reversed(doc[sent.start : m.start_token]):
        if tok.pos_ in ("VERB", "AUX") and lemma(tok) in W("announcing"):
            return subject(tok) or None
    return None


def between_parties(sent: Any, event_iso: str | None, day: dt.date | None) -> tuple[tuple[Actor, int, int], tuple[Actor, int, int] | None] | None:
    """The parties of the sentence's "between X and Y" (political acts: a government word is the government)."""
    for tok in sent:
        if tok.lower_ != "between" or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
            continue  # "clashes between X and Y" names the parties of another event
        for obj in (c for c in tok.children if c.dep_ == "pobj"):
            first = actor_from_phrase(noun_phrase(obj), event_iso, day, True)
            if first is None:
                continue
            conj = next((c for c in obj.children if c.dep_ == "conj"), None)
            second = actor_from_phrase(noun_phrase(conj), event_iso, day, True) if conj is not None else None
            return first, second
    return None


def coordinated_party(span: Span | None, doc: Any, event_iso: str | None, day: dt.date | None, civil: bool) -> tuple[Actor, int, int] | None:
    """The party coordinated right after an agreement's first party ("Congo and the M23 signed", "the government and the
    ELN agreed"): the conjunct of the party's word, else the catalogue entity a word or two after its "and"; None when
    no other named party follows."""
    if span is None:
        return None
    inside = doccache.tokens_in(doc, span.start, span.end)
    if not inside:
        return None
    last = max(inside, key=lambda t: t.i)
    conj = next((c for t in inside for c in t.children if c.dep_ == "conj" and c.i > last.i), None)
    if conj is None and last.i + 1 < len(doc) and doc[last.i + 1].dep_ == "cc":
        conj = next((t for t in doc[last.i + 2 : last.i + 5] if ent_entry(t) is not None), None)
    if conj is None:
        return None
    return actor_from_phrase(noun_phrase(conj), event_iso, day, civil)


def party_in(tokens: list[Any], iso: str | None, day: dt.date | None, text: str, supporters: bool = False) -> Evidence[Actor] | None:
    """The first political party (parties.tsv) the tokens name, as a civilian actor (inter 7); with ``supporters`` also
    the party of a supporters' row of groups.tsv ("BNP activists", "leaders of the BNP's local unit"). Never a party
    known only from a person ("police arrested Bobi Wine": Civilians, eval/WRITERS.md Generic)."""
    for tok in tokens:
        entry = ent_entry(tok)
        if supporters and entry is not None and entry.kind != "party":
            ent = entity_of(tok)
            said = (ent.text if ent is not None else tok.text).lower().split()
            entry = catalogue.supporters_party(entry.name) if said[-1] in catalogue.SUPPORTER_WORDS else None
        if entry is not None and entry.kind == "party":
            ent = entity_of(tok)
            start, end = (ent.start_char, ent.end_char) if ent is not None else (tok.idx, tok.idx + len(tok.text))
            span = Span(start=start, end=end)
            return Evidence(value=named_actor(entry, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
    table = catalogue.supporters_parties() if supporters else {}
    for i, tok in enumerate(tokens):  # the bare party name, which the entity ruler leaves untagged
        for width in (4, 3, 2, 1):
            words = tokens[i : i + width]
            if len(words) < width or words[-1].i - words[0].i != width - 1:
                continue
            entry = table.get(normalize(" ".join(t.text for t in words)))
            if entry is not None:
                span = Span.of_tokens(words[0].doc, words[0].i, words[-1].i + 1)
                return Evidence(value=named_actor(entry, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
    return None


def sentence_force(tokens: list[Any], iso: str | None, day: dt.date | None, text: str) -> Evidence[Actor] | None:
    """The police or army a protest sentence mentions (who intervened)."""
    for tok in tokens:
        entry = ent_entry(tok)
        if entry is not None and (entry.kind == "state" or entry.inter == 1):
            # through the phrase, so that a unit every state has is the event country's ("the National Guard" in Caracas)
            ent = entity_of(tok)
            found = actor_from_phrase(list(ent) if ent is not None else [tok], iso, day)
            actor = found[0] if found is not None and found[0].kind in STATE_KINDS else named_actor(entry, iso, day)
            span = Span(start=ent.start_char, end=ent.end_char) if ent is not None else Span.of_token(tok)
            return Evidence(value=actor, span=span, text=span.slice(text), stage=NAME, confidence=0.6)
        if iso and in_words(tok, W("police"), lemma):
            span = Span.of_token(tok)
            return Evidence(value=state_actor("police", iso, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.6)
        if iso and lemma(tok) in W("army") and lemma(tok) != "armed":
            span = Span.of_token(tok)
            return Evidence(value=state_actor("military", iso, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
    return None


def _only_present(tok: Any) -> bool:
    """Is tok the subject of verbs that only tell it was there ("before soldiers arrived", "police withdrew", "the army
    was deployed"; words.toml present_only) or of a denied act ("police did not intervene")?"""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not tok.head.tag_.startswith("VB"):
        return False
    verb = tok.head
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_.startswith("VB"))]
    return all(lemma(v) in W("present_only") for v in verbs)


def _in_cause(tok: Any, head: Any) -> bool:
    """Is tok inside a clause or phrase telling the cause of the event whose trigger head is ``head`` ("after an officer
    shot a rider", "over a death in police custody"), one that does not also hold the trigger?"""
    node = tok
    for _ in range(12):
        marked = node.dep_ == "prep" and node.lower_ in W("cause_marks") or any(
            c.dep_ in ("mark", "prep") and c.lower_ in W("cause_marks") and c.i < tok.i for c in node.children if node.pos_ in ("VERB", "AUX"))
        if marked:
            return not (node.left_edge.i <= head.i <= node.right_edge.i)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def acting_force(m: Mention, parsed: Parsed, iso: str | None, day: dt.date | None, text: str) -> Evidence[Actor] | None:
    """The police or army a riot's sentence (or the next one) shows acting on or against the crowd (eval/WRITERS.md
    "Targets nobody names" (b): "clashed with riot police", "threw stones at officers", "police fired tear gas"); not a
    force that only reports it ("police said") or one named in the riot's cause ("after police shot dead a motorcyclist").
    A crowd burning a police post or stoning a patrol car is in a clash with the police (WRITERS, clarified in the sweep)."""
    doc = parsed.doc
    head = doc[m.head]
    sent = head.sent
    tokens = list(sent)
    if sent.end < len(doc) and parsed.sentence_index(doc[sent.end].idx) == m.sentence + 1:
        tokens += list(doc[sent.end].sent)
    forces = W("police") | W("military")

    def acting(tok: Any) -> bool:
        if tok.dep_ in ("amod", "nmod", "poss") and not ({lemma(tok.head), tok.head.lower_, lemma(tok), tok.lower_} & forces):
            return False  # "Palestinian youths" (not "a gendarmerie post")
        return not is_speaker(tok) and not _in_cause(tok, head) and not _only_present(tok)

    for tok in tokens:
        if not acting(tok):
            continue
        if iso and lemma(tok) in W("security_heads") and any(c.lower_ in ("security", "federal") for c in tok.children):
            span = Span.of_token(tok)  # "security forces opened fire", "federal agents fired tear gas": the police
            return Evidence(value=state_actor("police", iso, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
        found = sentence_force([tok], iso, day, text)
        if found is not None or lemma(tok) in forces:
            # the whole phrase names the force ("Israeli forces" in the West Bank, "Kosovo special police")
            root = tok.head if tok.dep_ in ("amod", "compound", "nmod") and tok.head.i != tok.i else tok
            named = actor_from_phrase(noun_phrase(root), iso, day)
            if named is not None and named[0].kind in STATE_KINDS:
                span = Span.of_tokens(doc, named[1], named[2])
                return Evidence(value=named[0], span=span, text=span.slice(text), stage=NAME, confidence=0.6)
        if found is not None:
            return found
    return None


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
    if root.dep_ == "pobj" and root.head.lower_ == "by" or root.dep_ == "agent":
        return None  # "planted by the army", "left by Ansar Allah fighters"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
        root = root.head.head  # "five members of the Thai security forces were wounded"
    if is_patient(root) or lemma(root.head) in W("casualty_verbs") or any(
            lemma(c) in W("casualty_verbs") for c in root.children if c.dep_ in ("acl", "oprd", "xcomp", "acomp", "amod")):
        return "victim"
    if root.dep_ == "nsubj" and not is_speaker(root) and root.head.pos_ == "VERB":
        return None  # "police arrested a would-be suicide bomber", "soldiers threw a grenade"
    return "reporter"


def assoc_actor(tokens: list[Any], iso: str | None, text: str) -> Evidence[Actor] | None:
    """An associated actor named by a victim or crowd word: "doctors" -> Health Workers (X)."""
    if not iso:
        return None
    low = {t.lower_ for t in tokens} | {lemma(t) for t in tokens}
    joined = " ".join(t.lower_ for t in tokens)
    for label, words in catalogue.assoc_groups():
        hit = next((w for w in sorted(words) if (" " in w and w in joined) or w in low), None)  # sorted: same hit in every process
        if hit:
            tok = next((t for t in tokens if t.lower_ == hit or lemma(t) == hit or t.lower_ == hit.split()[0]), tokens[0])
            span = Span.of_token(tok)
            kind = "protesters" if label in ("Students", "Teachers", "Lawyers", "Traders", "Miners", "Farmers") else "civilians"
            return Evidence(value=make_actor(catalogue.generic(label, iso), 7, iso, kind), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
    return None


def coordinated_identity(span: Span | None, doc: Any, event_iso: str | None) -> tuple[Actor, Span] | None:
    """The identity group named just before another's entity and coordinated with it: "Tiv and Jukun youths"
    (the entity is "Jukun youths") -> the Tiv militia and the span of "Tiv"."""
    if span is None:
        return None
    start = doccache.first_token_from(doc, span.start)
    if start >= len(doc) or doc[start].idx != span.start or start < 2 or doc[start - 1].lower_ not in ("and", ",", "&"):
        return None
    table = catalogue.identity_spellings()
    # the member words the entity ends with ("militias" of "Zawiya militias"): "Zintan and Zawiya militias" names the
    # Zintan militias, a catalogue row of their own
    end = max(start, doccache.first_token_from(doc, span.end))
    tail = [t for t in doc[start + 1 : end] if t.lower_ in W("identity_members") or lemma(t) in W("member_words")]
    for width in (1, 2):  # "Habar Gidir and Majerteen clan militias"
        if start - 1 - width < 0:
            break
        words = doc[start - 1 - width : start - 1]
        entry = table.get(normalize(words.text))
        if entry is None and tail and all(t.pos_ == "PROPN" or t.ent_type_ for t in words):
            named = catalogue.lookup(f"{words.text} {' '.join(t.text for t in tail)}")
            entry = named if named is not None and named.kind in ("identity_militia", "militia") else None
        if entry is not None:
            actor = named_actor(entry, event_iso, None)
            return actor, Span(start=words.start_char, end=words.end_char)
    return None


def following_identity(span: Span | None, doc: Any, event_iso: str | None) -> tuple[Actor, Span] | None:
    """The identity group coordinated right after another's entity: "Fulani herders and Bachama farmers' leaders",
    "Elders from the Majerteen and Habar Gidir clans" -> the Bachama / Habar Gidir militia and its span."""
    if span is None:
        return None
    end = doccache.first_token_from(doc, span.end)
    if end + 1 >= len(doc) or doc[end].lower_ not in ("and", ",", "&"):
        return None
    nxt = doc[end + 1]
    entry = ent_entry(nxt, event_iso)
    if entry is not None and entry.kind == "identity_militia":  # "and Habar Gidir clans" tagged as a whole
        ent = entity_of(nxt)
        start_char, end_char = (ent.start_char, ent.end_char) if ent is not None else (nxt.idx, nxt.idx + len(nxt.text))
        return named_actor(entry, event_iso, None), Span(start=start_char, end=end_char)
    found = identity_named([doc[end + 1]], event_iso)
    return (found[0], Span.of_tokens(doc, found[1], found[2])) if found is not None else None


def government_by_word(actor: Evidence[Actor] | None, day: dt.date | None) -> Evidence[Actor] | None:
    """A state's forces read from a phrase that says "government" (or president, cabinet...) and no force word are its
    government: "The Colombian government and the ELN agreed to extend their ceasefire" (a ceasefire otherwise
    makes a bare country its armed forces)."""
    if actor is None or not actor.value.country or not actor.value.name.startswith("Military Forces of"):
        return actor
    words = {w.strip(".,;:'\"").lower() for w in actor.text.split()}
    words |= {w.removesuffix("'s").rstrip("s") for w in words}
    if not words & (W("government") - {"junta"}) or lemmas_force(list(words)):
        return actor
    government = make_actor(catalogue.state_forces("government", actor.value.country, day), 1, actor.value.country, "state")
    return Evidence(value=government, span=actor.span, text=actor.text, stage=NAME, confidence=actor.confidence)


def battle_opponent(actor1: Actor, event_iso: str, day: dt.date | None) -> Actor | None:
    """The unnamed other side of a battle or a retaking whose text names one side (roles.toml "opponent"). A state at
    war with the country (implicit.tsv "war": Russia in Ukraine, Ukraine in Russia) and the host's military fight each
    other; else state forces at home fought an Unidentified Armed Group (X), as did foreign forces intervening against
    insurgents; a rebel or political militia, or unidentified gunmen, fought the host's military. Identity militias,
    crowds and governments get none (their other side is too varied to guess)."""
    state_name = actor1.name.startswith(("Military Forces of", "Police Forces of"))
    entry = catalogue.implicit_group("war", event_iso, (), day)
    enemy = named_actor(entry, event_iso, day) if entry is not None else None
    if actor1.kind == "state" and state_name and actor1.inter == 1:
        return enemy if enemy is not None else unknown_armed_group(event_iso)
    # (a state's forces abroad, "Kenyan troops of the AU mission came under attack near Dhobley", as any foreign force)
    abroad = actor1.kind == "external" or (actor1.kind == "state" and state_name and actor1.inter == 8)
    if abroad and state_name and enemy is not None and enemy.country == actor1.country:
        return state_actor("military", event_iso, event_iso, day)
    if abroad:
        return unknown_armed_group(event_iso)
    if actor1.kind in ORGANISED_KINDS and actor1.inter in ORGANISED_INTERS:
        return state_actor("military", event_iso, event_iso, day)
    return None


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
    phrases += victim_phrases(list(head.sent))  # "opened fire on a bus stop ..., wounding three Israelis"
    for phrase in phrases:
        found = nationality_of_people(phrase)
        if found is not None:
            return found if found != event_iso else None
    return None


def leaver(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, gainer: Actor) -> tuple[Actor, int, int] | None:
    """The side that left the ground another side took without a fight ("Tigray forces retook Mekelle as federal troops
    withdrew", "officers retook the station after gang members who held it fled"): the subject of a verb of leaving or
    fleeing in the trigger's sentence (not the trigger's own), an armed party other than the gainer; else None."""
    return _other_side(m, doc, W("leave") | W("fleeing"), event_iso, day, gainer)


def taker(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, loser: Actor) -> tuple[Actor, int, int] | None:
    """The side that took the ground a leaving trigger's subject gave up ("the KIA said it had taken Bhamo after junta troops
    pulled out": the trigger is the leaving): the subject of a verb of taking in the trigger's sentence, a pronoun standing
    for its reporter, an armed party other than the loser; else None."""
    return _other_side(m, doc, W("taking"), event_iso, day, loser, reporters=True)


def _other_side(m: Mention, doc: Any, verbs: frozenset[str], event_iso: str | None, day: dt.date | None, other: Actor,
                *, reporters: bool = False) -> tuple[Actor, int, int] | None:
    """The armed party, other than ``other``, that is the subject of a verb of ``verbs`` in the trigger's sentence (not
    the trigger's own verb); with ``reporters`` a pronoun subject stands for its reporter ("the KIA said it had taken")."""
    for tok in doc[m.head].sent:
        if tok.pos_ != "VERB" or lemma(tok) not in verbs or m.start_token <= tok.i < m.end_token:
            continue
        for subject in (c for c in tok.children if c.dep_ == "nsubj"):
            if reporters and subject.pos_ == "PRON":
                subject = reporter_of(subject)
                if subject is None:
                    continue
            found = actor_from_phrase(noun_phrase(subject), event_iso, day)
            if found is not None and found[0].kind not in catalogue.CROWD_KINDS and found[0].name != other.name:
                return found
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


def _span_tokens(span: Span | None, doc: Any) -> list[Any]:
    """The tokens of the phrase at span (none where there is no span): what came_under_attack, attacked_first and
    official_hit walk from."""
    return [] if span is None else doccache.tokens_in(doc, span.start, span.end)


def came_under_attack(span: Span | None, doc: Any) -> bool:
    """Is the phrase at span the subject of "came under fire/attack" ("a police patrol came under fire near Bol"): the
    side attacked, never the initiator (eval/WRITERS.md Two-sided fighting)?"""
    for tok in _span_tokens(span, doc):
        node = tok
        while node.dep_ in ("compound", "amod", "nmod", "poss") and node.head.i != node.i:
            node = node.head
        verb = node.head
        if node.dep_ == "nsubj" and lemma(verb) == "come" and any(
                c.dep_ == "prep" and c.lower_ == "under" and any(lemma(g) in W("under_attack") for g in c.children if g.dep_ == "pobj")
                for c in verb.children):
            return True
    return False


def attacked_first(span: Span | None, doc: Any) -> bool:
    """Is the phrase at span told as the side that attacked in a clause of its own ("exchanged fire with gunmen who
    ambushed their patrol", "clashed with militants who had stormed the post", "... who opened fire on them"): the
    initiator, actor1 (eval/WRITERS.md Two-sided fighting)?"""
    for tok in _span_tokens(span, doc):
        for clause in tok.children:
            if clause.dep_ != "relcl" or clause.i < tok.i:
                continue
            if not (lemma(clause) in W("strike_verbs") or lemma(clause) in ("open", "fire")):
                continue
            hit = [c for c in clause.children if c.dep_ == "dobj" and lemma(c) != "fire"]
            hit += [g for c in clause.children if c.dep_ == "prep" and c.lower_ in ("on", "at") for g in c.children if g.dep_ == "pobj"]
            # the other side itself: "their patrol", "its positions", "troops", "an army post" (not "a village", "a cattle camp")
            if any(any(c.dep_ == "poss" and c.pos_ == "PRON" for c in h.children)
                   or lemmas_force([lemma(t) for t in noun_phrase(h)]) or has_word(noun_phrase(h), "police") for h in hit):
                return True
    return False


def in_arrested(span: Span | None, m: Mention, doc: Any, targets: list[list[Any]]) -> bool:
    """Is span inside who the arrest's trigger says was arrested: its object or passive subject, or the noun a participle
    trigger describes ("four suspected ADF members arrested in Kasese")?"""
    if span is None:
        return False
    head = doc[m.head]
    held = [t for p in targets for t in p]
    if head.dep_ in ("acl", "relcl") and head.head.pos_ in ("NOUN", "PROPN"):
        held += [t for t in head.head.subtree if t.i < head.i]
    held += [t for c in head.children if c.dep_ == "nsubjpass" for t in c.subtree]
    return any(span.start <= t.idx < span.end for t in held)


def official_hit(span: Span | None, doc: Any) -> bool:
    """Does the state named at span only say whose official was hit ("the Taliban governor of Balkh", "a junta-appointed
    ward administrator", "staff of the Russian embassy"): the head it modifies is an office holder or official, not a force
    ("a police chief", "army officials" stay the force)? eval/WRITERS.md Officials as victims: Civilians (X)."""
    for tok in _span_tokens(span, doc):
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


def accused_of_ties(span: Span | None, doc: Any, arrest: bool = False) -> bool:
    """Is the armed group named only as what arrested people are said to have done for it, or were once? "accusing them
    of links to the New People's Army", "suspected of belonging to al-Qaeda", "four former LTTE cadres", "suspected Fano
    supporters" (eval/WRITERS.md Arrests and Former members: they are Civilians (X), inter 7)."""
    if span is None:
        return False
    start = doccache.first_token_from(doc, span.start)
    if start >= len(doc):
        return False
    sent_start = doc[start].sent.start
    end = max(start, doccache.first_token_from(doc, span.end))
    if end < doc[start].sent.end and doc[end].lower_ in W("alleged_helpers"):
        return True  # "suspected Fano supporters", "27 suspected ISWAP collaborators"
    if any(in_words(t, W("former"), lemma) for t in doc[max(sent_start, start - 2) : start]):
        return True  # "former LTTE cadres", "a former FARC fighter"
    if not arrest:
        return False  # (weapons "belonging to the CODECO militiamen" are theirs: only arrested people are accused)
    # the group inside what a ties word governs: "links [to the NPA]", "belonging [to al-Qaeda]", "collaborating [with the RSF]"
    window = doc[max(sent_start, start - 6) : start]
    return any(in_words(t, W("alleged_ties"), lemma) and t.left_edge.i <= start < t.right_edge.i + 1
               for t in window)


def mediator_tokens(sent: Any, trigger: range) -> set[int]:
    """Token indices of who mediates, brokers or oversees an agreement in the sentence ("a truce mediated by the church",
    "overseen by the Bangsamoro government and the army", "under police supervision", "a US-brokered ceasefire"): no
    party of it (the parties are who agree). The trigger itself is never a mediator."""
    out: set[int] = set()
    for tok in sent:
        if in_words(tok, W("mediating"), lemma):
            out |= {t.i for t in tok.subtree if t.i != tok.i and t.i not in trigger and t.i > tok.i or (
                t.dep_ in ("compound", "npadvmod", "nmod", "amod") and t.head.i == tok.i)}
            if tok.dep_ in ("amod", "compound") and tok.i > 0 and tok.doc[tok.i - 1].text == "-":
                out |= {t.i for t in tok.doc[tok.head.left_edge.i : tok.i]}  # "US-brokered", "Qatar-mediated"
    return out - set(trigger)


def force_site(m: Mention, doc: Any) -> tuple[str, bool] | None:
    """("police" | "military", said) when the trigger's sentence names a site or vehicle of the state's forces as what an explosion
    hit ("mortar rounds at the army camp in Gao", "a suicide bomber rammed the gate of a military camp", "an IED tore through
    a police pickup", "the wall of the Bannu cantonment"; words.toml military_sites, force_holdings, force_only_sites): a
    holding whose own modifiers say army, military or police, not one told by a speaker, in the event's cause or only as
    where it happened nearby ("near the police station"). ``said``: the words name whose it is ("army", "police", a
    cantonment), not only "military" (a military base may house another state's troops)."""
    head = doc[m.head]
    army = W("army") - {"armed"}
    for tok in head.sent:
        low = lemma(tok)
        if tok.pos_ not in ("NOUN", "PROPN") or is_speaker(tok) or _in_cause(tok, head):
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


_NAME_WORD = r"[A-Z][\w'\u2019-]*"
_LINK_WORD = r"(?:of|the|for|and|de|du|des|al|el)"


def self_named_group(sent: Any, event_iso: str | None, day: dt.date | None) -> tuple[Actor, int, int] | None:
    """The group a sentence names as it forms or renames itself ("a new armed group calling itself the Tubas Battalion",
    "announced the formation of the Coastal Shield Brigade"; words.toml naming_forms): the catalogue's entry for the name,
    else the name itself as a political militia of the event country (inter 3). (actor, first token, end token) or None."""
    forms = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(W("naming_forms"), key=len, reverse=True))
    pattern = re.compile(rf"\b(?:{forms})\s+(?:the\s+)?['\u2018\"]?(?P<name>{_NAME_WORD}(?:\s+(?:{_LINK_WORD}\s+)*{_NAME_WORD})*)")
    match = pattern.search(sent.text)
    if match is None:
        return None
    start = sent.start_char + match.start("name")
    end = sent.start_char + match.end("name")
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 and not any((e := ent_entry(t, event_iso)) is not None for t in span):
        return None  # one capitalised word is no group name ("calling itself Ansar")
    found = actor_from_phrase(list(span), event_iso, day) if any(ent_entry(t, event_iso) is not None for t in span) else None
    if found is not None and not is_unidentified(found[0].name) and found[0].kind not in ("civilians",):
        return found  # a name the catalogue knows (not "... Brigade" read as the army)
    if not event_iso:
        return None
    return make_actor(span.text.strip("'\u2019\""), 3, event_iso, "militia"), span.start, span.end


def joint_forces(span: Span | None, doc: Any, event_iso: str | None, day: dt.date | None, civil: bool) -> list[tuple[Actor, int, int, bool]]:
    """The forces told as acting together with the party at ``span`` (eval/WRITERS.md Joint perpetrators): its conjuncts
    ("Wagner fighters and Malian soldiers", "Chadian and Nigerien troops"), a force it acts alongside ("Burundian soldiers
    fighting alongside Congolese troops"), the force its name backs ("Wagner-backed Malian troops") and the one it is backed
    by ("the militia, backed by troops"). Each as (actor, first token, end token, may lead): a backer never leads."""
    if span is None:
        return []
    inside = doccache.tokens_in(doc, span.start, span.end)
    if not inside:
        return []
    head = next((t for t in inside if not span.start <= t.head.idx < span.end or t.head.i == t.i), inside[-1])
    while head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        head = head.head  # "Imbonerakure" of "Imbonerakure militiamen and police": the phrase's own noun
    found: list[tuple[list[Any], bool]] = []
    conj = [c for c in head.children if c.dep_ == "conj"]
    while conj:
        found.append((noun_phrase(conj[0]), True))
        conj = [c for c in conj[0].children if c.dep_ == "conj"]
    for adj in (c for c in head.children if c.dep_ == "amod"):  # "Chadian and Nigerien troops"
        found += [([a, head], True) for a in adj.children if a.dep_ == "conj" and a.pos_ == "ADJ"]
    if head.pos_ == "ADJ" and head.head.pos_ in ("NOUN", "PROPN"):  # the span is "Chadian" of "Chadian and Nigerien troops"
        found += [([a, head.head], True) for a in head.children if a.dep_ == "conj" and a.pos_ == "ADJ"]
    for backed in (c for c in head.children if c.dep_ == "amod" and lemma(c) in W("backing")):  # "Wagner-backed Malian troops"
        found += [(noun_phrase(b), False) for b in backed.children if b.dep_ in ("npadvmod", "compound", "nmod")]
    holders = [head] + [c for c in head.children if c.dep_ in ("acl", "relcl")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in W("alongside"):
                found += [(noun_phrase(o), True) for o in prep.children if o.dep_ == "pobj"]
            if prep.dep_ == "agent" and holder is not head and lemma(holder) in W("backing"):
                found += [(noun_phrase(o), False) for o in prep.children if o.dep_ == "pobj"]
    over = head.head
    if head.dep_ == "npadvmod" and lemma(over) in W("backing") and over.dep_ == "amod" and over.head.pos_ in ("NOUN", "PROPN"):
        found.append((noun_phrase(over.head), True))  # "Wagner-backed Malian troops": the troops, backed by Wagner
    out = []
    people = W("military") | W("police") | W("own_people") | W("member_words") | W("armed")
    for phrase, leads in found:
        if not any(t.pos_ == "PROPN" or lemma(t) in people or ent_entry(t) is not None for t in phrase):
            continue  # "Russian instructors and an air defence system landed": kit, no force
        got = actor_from_phrase([t for t in phrase if not span.start <= t.idx < span.end], event_iso, day, civil)
        if got is not None:
            out.append((got[0], got[1], got[2], leads))
    return out


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
    sent = doc[m.head].sent
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
