"""Coreference: pronouns and definite descriptions, speakers and reporters, "insurgents" near a named group."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..catalogue import ORGANISED_KINDS, STATE_INTERS, STATE_KINDS
from .. import catalogue, doccache
from ..lexicon import country_of
from ..model import Actor, Evidence, Span
from ..records import MentionFacts, Mention
from ..syntax import DEFINITE_DETERMINERS
from .naming import actor_from_phrase, combined_lead, entity_actor, is_unknown_armed_group, named_actor, state_actor
from .words import ANAPHORS, NAME, PARTY_PRONOUNS, REPORTING, W, ent_entry, has_word, lemma, noun_phrase

# the kinds of anaphor (is_anaphor) that stand for a non-state armed group told before; "military" is a state's forces
NONSTATE_ANAPHORS = ("pronoun", "group", "armed")


def is_anaphor(phrase: list[Any]) -> str | None:
    """'pronoun' | 'group' | 'armed' | 'military' for a pronoun or a definite description, else None."""
    words = [t for t in phrase if not t.is_punct]
    if not words:
        return None
    if len(words) == 1 and words[0].lower_ in ANAPHORS and words[0].pos_ == "PRON":
        return "pronoun"
    dets = [t for t in words if t.dep_ == "det"]
    if not dets or dets[0].lower_ not in DEFINITE_DETERMINERS or any(t.ent_type_ for t in words):
        return None
    if any(country_of(t.text) for t in words):
        return None
    if has_word(words, "group_nouns"):
        return "group"
    if has_word(words, "armed"):
        return "armed"
    if has_word(words, "military"):
        return "military"
    return None


def is_speaker(tok: Any) -> bool:
    """Is tok (a phrase's root) the one who reports the event ("the army said", "according to police",
    "told Human Rights Watch")? A speaker is a source, not a party to the event."""
    for _ in range(4):
        if tok.dep_ == "nsubj" and lemma(tok.head) in REPORTING and lemma(tok.head) not in W("party_speech"):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ in ("according", "told"):
            return True
        if tok.dep_ in ("dobj", "dative") and lemma(tok.head) == "tell":
            return True
        if tok.dep_ not in ("conj", "appos", "compound") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def reporter_of(tok: Any) -> Any | None:
    """The subject of the reporting verb a clause depends on: "The LNA said it had captured Sirte" -> LNA."""
    node = tok.head
    for _ in range(8):  # (up through a weapon's clause: "fired shells containing chlorine at their trenches")
        if node.pos_ in ("VERB", "AUX") and lemma(node) in REPORTING and node.i != tok.head.i:
            # the subject next before the verb: "KHARTOUM, Sudan — Sudan's army said" also parses the dateline as one
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            before = [c for c in subjects if c.i < node.i]
            return max(before, key=lambda c: c.i) if before else next(iter(subjects), None)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def unnamed_own_force(subj: Any) -> str | None:
    """Is a subject the reporter's own unnamed men: people it possesses ("its operatives", "our forces": 'owned') or a
    bare force word ("the spokesman announced that forces thwarted an attack": 'bare')? Not a force with a country, a
    name or an article ("Kenyan troops"; "the troops" is coreference)."""
    phrase = [t for t in subj.subtree if not t.is_punct]
    if lemma(subj) not in W("own_people") or any(t.ent_type_ or country_of(t.text) for t in phrase):
        return None
    owners = [t for t in phrase if t.dep_ == "poss" and t.lower_ in W("owner_possessives")]
    if any(t.i != subj.i and t not in owners for t in phrase):
        return None
    return "owned" if owners else "bare" if lemma(subj) in W("military") else None


def said_it(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, civil: bool) -> tuple[Actor, int, int] | None:
    """The speaker of "X said it/they had ..." when the first verb above the trigger has that pronoun as subject ("the
    army said it had found a cache of bombs", "police said they had defused a device"); not civilians. Also the state
    force that reports what its own unnamed men did ("police said its operatives recovered rifles", ``unnamed_own_force``)."""
    node = doc[m.head]
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                own = unnamed_own_force(subj) if subj.dep_ == "nsubj" else None
                if (subj.lower_ not in PARTY_PRONOUNS and not own) or subj.dep_ == "nsubjpass":
                    return None  # "activists say they were arrested": a passive pronoun is the victim
                reporter = reporter_of(subj)
                found = actor_from_phrase(noun_phrase(reporter), event_iso, day, civil) if reporter is not None else None
                if own == "bare" and found is None and reporter is not None and event_iso:
                    # "the Armed Forces spokesman announced that forces thwarted ...": the event country's
                    return state_actor("military", event_iso, event_iso, day), subj.i, subj.i + 1
                kinds = STATE_KINDS if own == "bare" else (*STATE_KINDS, *ORGANISED_KINDS)
                return found if found is not None and found[0].kind in kinds else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def passive_reporter(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, civil: bool) -> tuple[Actor, int, int] | None:
    """The state force that reports a weapon stopped with no agent named ("several missiles were intercepted ..., the
    army said", "a pipe bomb ... was made safe, police said"): the subject of a reporting verb of the trigger's sentence
    when the trigger's verb has no active subject; None otherwise."""
    node = doc[m.head]
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or any(c.dep_ == "nsubj" and lemma(c) not in W("weapons") for c in node.children):
        return None  # (a weapon as subject names no agent: "a pipe bomb failed to explode")
    for verb in doccache.sent_of(node):
        if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in REPORTING:
            continue
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            found = actor_from_phrase(noun_phrase(subj), event_iso, day, civil)
            if found is not None and found[0].kind in STATE_KINDS:
                return found
    return None


def owned_by_reporter(phrase: list[Any], event_iso: str | None, day: dt.date | None, civil: bool) -> tuple[Actor, int, int] | None:
    """"its positions", "their trenches", "its troops" in a reported clause belong to whoever reports it
    ("a Ukrainian brigade said Russian troops attacked its positions" -> the Ukrainian forces)."""
    ids = {t.i for t in phrase}
    poss = next((t for t in phrase if t.dep_ == "poss" and t.lower_ in W("owner_possessives") and t.head.i in ids), None)
    if poss is None or any(ent_entry(t) is not None for t in phrase):
        return None
    if not any(has_word(phrase, c) for c in ("military", "military_sites", "armed", "police", "government")):  # "its Shura Council"
        return None
    reporter = reporter_of(poss)
    if reporter is None:
        return None
    found = actor_from_phrase(noun_phrase(reporter), event_iso, day, civil)
    if found is None or found[0].kind in catalogue.CROWD_KINDS:
        return None
    return found


def issuer_own_force(phrase: list[Any], event_iso: str | None, day: dt.date | None) -> tuple[Actor, int, int] | None:
    """"our forces", "our soldiers" with no one reporting them: the forces of whoever issued the text. A communique or
    statement speaks as its issuer ("ENDF STATEMENT: Our forces withdrew from ...", "UPDF statement: ... were pursued by our
    forces", "Communique No. 14 of the General Staff: our forces repelled ..."): the armed party its heading (the opening words
    before a colon) names, else the event country's military (a state's release, a local witness's "our soldiers")."""
    words = [t for t in phrase if not t.is_punct]
    owner = next((t for t in words if t.dep_ == "poss" and t.lower_ == "our"), None)
    if owner is None or not event_iso or lemma(owner.head) not in W("own_people") | {"unit"} or reporter_of(owner) is not None:
        return None
    if any(t.ent_type_ or country_of(t.text) for t in words):
        return None  # "our Kenyan partners": named
    doc = owner.doc
    colon = next((t for t in doc[: min(len(doc), 16)] if t.text == ":" or "\n" in t.text), None)
    if colon is not None and colon.text == ":" and colon.i < owner.i and not any(t.pos_ in ("VERB", "AUX") for t in doc[: colon.i]):
        found = actor_from_phrase(list(doc[: colon.i]), event_iso, day)
        if found is not None and (found[0].kind in STATE_KINDS or found[0].kind in ORGANISED_KINDS):
            return found[0], owner.i, owner.head.i + 1
    return state_actor("military", event_iso, event_iso, day), owner.i, owner.head.i + 1


class History:
    """Actors named so far in the article, in text order, for resolving anaphors."""

    def __init__(self, doc: Any, event_iso_at: Any, day: dt.date | None) -> None:
        self.items: list[tuple[int, Actor, Span]] = []
        for ent in doccache.ents(doc):
            iso = event_iso_at(ent.start)
            entry = ent_entry(doc[ent.start], iso)  # the event country's reading ("resistance fighters" only in Myanmar)
            if entry is None:
                continue
            actor = entity_actor(entry, doc[ent.start : ent.end], iso, day)
            lead = combined_lead(doc, ent.start, ent.end, actor, iso, day)
            if lead is not None:  # "Afghan and coalition forces ... the security force": the first-named force
                actor, first = lead
                self.items.append((first, actor, Span(start=doc[first].idx, end=ent.end_char)))
                continue
            self.items.append((ent.start, actor, Span(start=ent.start_char, end=ent.end_char)))

    def before(self, token_index: int, kind: str) -> tuple[Actor, Span] | None:
        for i, actor, span in reversed(self.items):
            if i >= token_index:
                continue
            if kind in NONSTATE_ANAPHORS and catalogue.nonstate_armed(actor):
                return actor, span
            if kind == "military" and actor.inter in STATE_INTERS and actor.kind in STATE_KINDS:
                return actor, span
        return None


def implicit_actor(
    actor: Evidence[Actor] | None, m: Mention, facts: MentionFacts, doc: Any, day: dt.date | None, groups: list[tuple[int, Actor]],
) -> Evidence[Actor] | None:
    """An "Unidentified Armed Group (X)" the text describes as "insurgents" (militants, jihadists...) is the non-state
    group the report names nearby (same sentence, else the two before or the next: coreference, not a guess); one
    described by a word that names a movement ("separatists", "partisans") is that movement in the event's region and
    period (implicit.tsv: "separatists" in Anglophone Cameroon -> Ambazonian Separatists), and so is one described as
    loyal to a fallen government ("gunmen loyal to the former regime" in Syria after 2024-12-08). Everyone else stays
    unidentified (WRITERS.md Attribution: "militants", "gunmen" or "a suicide bomber" are never a group guessed from
    the region)."""
    if actor is None or actor.span is None or not is_unknown_armed_group(actor.value.name) or not actor.value.country:
        return actor
    words = {w for t in doccache.tokens_in(doc, actor.span.start, actor.span.end) for w in (t.lower_, lemma(t))}
    kind = next((k for k in ("separatist", "partisan", "insurgent") if words & W(k)), None)
    span = actor.span
    loyal = _loyal_to_fallen(doc, actor.span)
    if loyal is not None:
        # "gunmen loyal to the former government": the former rulers' loyalists (implicit.tsv), the whole phrase theirs
        kind, span = "loyalist", loyal
    if kind is None:
        return actor
    if kind == "insurgent":
        # "detained two suspected insurgents in search of a Haqqani network leader"
        window = [(abs(si - m.sentence) + (0.5 if si > m.sentence else 0), a) for si, a in groups if m.sentence - 2 <= si <= m.sentence + 1]
        if window:
            near = min(window, key=lambda x: x[0])[1]
            return Evidence(value=near, span=actor.span, text=actor.text, stage=NAME, confidence=round(min(actor.confidence, 0.5), 2))
        return actor
    place = facts.place.value if facts.place is not None and facts.place.value.iso == actor.value.country else None
    regions = (place.admin1, place.admin2, place.location) if place is not None else ()
    entry = catalogue.implicit_group(kind, actor.value.country, regions, day)
    if entry is None:
        return actor
    named = named_actor(entry, actor.value.country, day)
    return Evidence(value=named, span=span, text=span.slice(doccache.text(doc)), stage=NAME, confidence=round(min(actor.confidence, 0.5), 2))


def _loyal_to_fallen(doc: Any, span: Span) -> Span | None:
    """The phrase the span was read from when it describes loyalists of a fallen government ("gunmen loyal to the ousted
    regime", "remnants of the former regime": a word of loyalty and one of a fallen rule, the span being either part)."""
    tokens = doccache.tokens_in(doc, span.start, span.end)
    if not tokens:
        return None
    inside = {t.i for t in tokens}
    node = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])
    for _ in range(5):  # up from "regime" in "gunmen loyal to the ousted regime" to "gunmen"
        if node.pos_ in ("NOUN", "PROPN"):
            # the head noun and what follows it, with its own modifiers ("armed remnants"), not a dateline before it
            phrase = [t for t in noun_phrase(node) if t.i >= node.i or (t.head.i == node.i and t.dep_ in ("amod", "compound"))]
            words = {w for t in phrase for w in (t.lower_, lemma(t))}
            fallen = [t for t in phrase if t.lower_ in W("fallen_rule") or lemma(t) in W("fallen_rule")]
            if fallen and words & W("loyalist"):
                start = node.i
                while start - 1 >= 0 and doc[start - 1].head.i == node.i and doc[start - 1].dep_ in ("amod", "compound") \
                        and doc[start - 1].is_alpha:
                    start -= 1  # "armed remnants"
                last = fallen[-1]
                end = max(node.i, last.head.i if last.head.i > last.i else last.i) + 1  # to "regime" in "the ousted regime"
                return Span.of_tokens(doc, start, end)
        if node.dep_ not in ("pobj", "prep", "amod", "acl", "compound") or node.head.i == node.i:
            break
        node = node.head
    return None


def pro_government(actor: Actor) -> bool:
    """Is the actor a militia that fights for a state (its catalogue parent is state forces: VDP, Pyu Saw Htee)?"""
    entry = catalogue.lookup(actor.name)
    return entry is not None and (entry.parent or "").startswith(("Military Forces of", "Police Forces of"))
