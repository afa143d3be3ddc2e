"""The parties of strategic developments: agreements (between X and Y, coordinated parties, mediators, government
words), announcements, groups that form or rename themselves, fighters laying down arms, and ground given up without a
fight."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .. import catalogue, doccache
from ..syntax import in_words
from ..model import Actor, Evidence, Span
from ..records import Mention
from .coref import is_anaphor, reporter_of
from .naming import actor_from_phrase, is_unidentified, lemmas_force, make_actor
from .words import NAME, W, ent_entry, lemma, noun_phrase


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
    sent = doccache.sentence(doc, m.head)
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


def recipient(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None) -> tuple[Actor, int, int] | None:
    """Who ground was passed to ("X handed the town to RSF fighters", "Faizabad fell to the Taliban", "the surrender of
    Asadabad to the Taliban", "the base was transferred to the Chadian army"): the object of the "to" of a verb or noun of
    handing over (words.toml ``handing_to``) in the trigger's sentence, an armed party or a state (not civilians, crowds
    or a place it went "to"); else None."""
    for tok in doccache.sentence(doc, m.head):
        if lemma(tok) not in W("handing_to") or tok.pos_ not in ("VERB", "NOUN"):
            continue
        for prep in (c for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found = actor_from_phrase(noun_phrase(obj), event_iso, day)
                if found is not None and found[0].kind not in (*catalogue.CROWD_KINDS, "civilians"):
                    return found
    return None


def _other_side(m: Mention, doc: Any, verbs: frozenset[str], event_iso: str | None, day: dt.date | None, other: Actor,
                *, reporters: bool = False) -> tuple[Actor, int, int] | None:
    """The armed party, other than ``other``, that is the subject of a verb of ``verbs`` in the trigger's sentence (not
    the trigger's own verb); with ``reporters`` a pronoun subject stands for its reporter ("the KIA said it had taken")."""
    for tok in doccache.sentence(doc, m.head):
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
