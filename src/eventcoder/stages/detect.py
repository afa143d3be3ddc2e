"""detect: find event triggers, give each an ACLED sub-event type and PLOVER type, and a status.

Status from the words around the trigger: negated ("no rockets", "did not strike", "denied"),
threat ("threatened to", "vowed"), hypothetical ("would", "could", "if", "plans to"), caption (a
caption-like sentence that survived cleaning) or current. Background is decided later from the date.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Iterable, Mapping

from ..catalogue import words
from ..lexicon import TriggerEntry, triggers
from ..model import Document, Evidence, Span
from ..nlp import load
from ..pipeline import stage
from ..records import Mention, Parsed
from .clean import CAPTION

NAME = "detect"
THREAT_LEMMAS = {"threaten", "vow", "warn", "pledge", "promise"}
HYPOTHETICAL_LEMMAS = {"plan", "prepare", "consider", "seek", "want", "intend", "aim", "propose", "prevent", "deter", "avoid"}
MODALS = {"would", "could", "might", "may", "should", "will", "can", "must"}
REPORTING_LEMMAS = {"say", "tell", "report", "announce", "state", "add", "confirm", "claim", "note", "write"}
DENIAL_LEMMAS = {"deny", "refute", "dismiss"}
# one word list per concept: the actor catalogue's (resources/actors/words.toml)
ARMED_WORDS = words("armed") | words("military") | words("police")
CIVILIAN_WORDS = words("civilian") | words("protesters")
LOCATIVE_TARGET = {"GPE", "LOC", "FAC"}
TERRITORY_NOUNS = {"town", "city", "village", "area", "district", "territory", "neighbourhood", "neighborhood", "province", "region", "airport", "hill", "base", "outpost", "border", "crossing", "camp"}


@functools.cache
def _phrase_matcher(model: str) -> tuple[Any, tuple[TriggerEntry, ...]]:
    from spacy.matcher import PhraseMatcher

    nlp = load(model)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    entries = triggers()
    for i, entry in enumerate(entries):
        if entry.phrases:
            matcher.add(str(i), [nlp.make_doc(p) for p in entry.phrases])
    return matcher, entries


def _candidates(doc: Any, model: str) -> list[tuple[int, int, TriggerEntry]]:
    matcher, entries = _phrase_matcher(model)
    found: list[tuple[int, int, TriggerEntry]] = []
    for match_id, start, end in matcher(doc):
        entry = entries[int(doc.vocab.strings[match_id])]
        if entry.pos and not any(t.pos_ in entry.pos for t in doc[start:end]):
            continue
        found.append((start, end, entry))
    for tok in doc:
        for entry in entries:
            if (tok.lemma_.lower() in entry.lemmas or tok.lower_ in entry.lemmas or _singular(tok.lower_) in entry.lemmas) and (
                not entry.pos or tok.pos_ in entry.pos
            ):
                found.append((tok.i, tok.i + 1, entry))
    return found


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _inside_named_actor(doc: Any, start: int, end: int) -> bool:
    return any(t.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "LAW", "EVENT") for t in doc[start:end])


def _subject_words(head: Any) -> list[Any]:
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    out = []
    for child in verb.children:
        if child.dep_ in ("nsubj", "agent"):
            out.extend(child.subtree)
    return out


def _object_words(head: Any) -> list[Any]:
    out = []
    for child in head.children:
        if child.dep_ in ("dobj", "nsubjpass", "pobj", "prep", "attr", "obj"):
            out.extend(child.subtree)
    if head.dep_ in ("dobj", "pobj") and head.head.pos_ == "ADP":
        out.extend(head.head.head.subtree)
    return out


WEAPON_TYPES = {"Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade", "Chemical weapon"}
INVENTORY_VERBS = {"destroy", "damage", "neutralize", "neutralise", "find", "discover", "seize", "capture", "recover", "include", "produce", "store", "manufacture", "clear", "dismantle", "eliminate"}


def _is_weapon_object(doc: Any, start: int, end: int, entry: TriggerEntry) -> bool:
    """A weapon named as a thing, not as something used: "destroyed an ISIL mortar", "IED facilities"."""
    if entry.sub_event_type not in WEAPON_TYPES or end - start > 1:
        return False
    tok = doc[start]
    if tok.dep_ == "compound" and tok.head.i >= end and tok.head.lemma_.lower() not in ("attack", "fire", "strike", "barrage", "salvo"):
        return True
    node, steps = tok, 0
    while node.head.i != node.i and steps < 3:
        node, steps = node.head, steps + 1
        if node.lemma_.lower() in INVENTORY_VERBS:
            return True
        if node.pos_ == "VERB":
            break
    return False


def _needs_met(entry: TriggerEntry, doc: Any, start: int, end: int) -> bool:
    head = doc[start]
    for need in entry.needs:
        if need == "armed_agent":
            if not any(t.lemma_.lower() in ARMED_WORDS or t.ent_id_.startswith("actor:") for t in _subject_words(head)):
                return False
        elif need == "civilian_target":
            if not any(t.lemma_.lower() in CIVILIAN_WORDS for t in _object_words(head)):
                return False
        elif need == "territory":
            objs = _object_words(head) + list(doc[end : min(len(doc), end + 6)])
            if not any(t.ent_type_ in LOCATIVE_TARGET or t.lemma_.lower() in TERRITORY_NOUNS for t in objs):
                return False
        elif need == "nonstate_agent":
            subj = _subject_words(head)
            if any(t.lemma_.lower() in {"force", "troop", "army", "soldier", "military", "government"} for t in subj):
                return False
    return True


def _status(doc: Any, start: int, end: int, sent: Any, text: str, stage_name: str = NAME) -> Evidence[str]:
    def ev(value: str, tok: Any | None, confidence: float) -> Evidence[str]:
        if tok is None:
            return Evidence(value=value, span=None, text="", stage=stage_name, confidence=confidence)
        span = Span(start=tok.idx, end=tok.idx + len(tok.text))
        return Evidence(value=value, span=span, text=span.slice(text), stage=stage_name, confidence=confidence)

    if CAPTION.search(sent.text):
        return ev("caption", sent[0], 0.8)
    head = doc[start]
    # "no rockets", "no airstrikes": a negating determiner on the trigger noun or the word before it
    for tok in doc[max(sent.start, start - 2) : end]:
        if tok.lower_ in ("no", "never") and tok.i < end:
            return ev("negated", tok, 0.8)
    chain = [head]
    for node in head.ancestors:
        if node.lemma_.lower() in REPORTING_LEMMAS or len(chain) > 3:
            break
        chain.append(node)
    for node in chain:
        for child in node.children:
            if child.dep_ == "neg":
                return ev("negated", child, 0.8)
        if node.lemma_.lower() in DENIAL_LEMMAS:
            return ev("negated", node, 0.7)
        if node.lemma_.lower() in THREAT_LEMMAS and node.i != head.i:
            return ev("threat", node, 0.7)
        if node.lemma_.lower() in HYPOTHETICAL_LEMMAS and node.i != head.i:
            return ev("hypothetical", node, 0.6)
        for child in node.children:
            if child.dep_ == "aux" and child.lower_ in MODALS:
                return ev("hypothetical", child, 0.6)
            if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
                return ev("hypothetical", child, 0.6)
    # background (a recalled event) is decided for the whole document in eventcoder.events
    return ev("current", None, 0.7)


def _select(cands: Iterable[tuple[int, int, TriggerEntry]]) -> list[tuple[int, int, TriggerEntry]]:
    """Longest, specific-first matches without overlaps."""
    chosen: list[tuple[int, int, TriggerEntry]] = []
    taken: set[int] = set()
    for start, end, entry in sorted(cands, key=lambda c: (-(c[1] - c[0]), not c[2].specific, c[0])):
        if taken.intersection(range(start, end)):
            continue
        chosen.append((start, end, entry))
        taken.update(range(start, end))
    return sorted(chosen, key=lambda c: c[0])


def _headline_sentences(parsed: Parsed, text: str) -> set[int]:
    """Sentences of a first paragraph that has no final punctuation and is followed by more text."""
    if len(parsed.paragraphs) < 2 or not parsed.sentences:
        return set()
    first = parsed.paragraphs[0]
    if first.slice(text).rstrip()[-1:] in (".", "!", "?", '"', "\u201d"):
        return set()
    return {i for i, s in enumerate(parsed.sentences) if first.contains(s)}


def detect(parsed: Parsed, text: str, model: str) -> tuple[Mention, ...]:
    doc = parsed.doc
    by_sentence: dict[int, list[tuple[int, int, TriggerEntry]]] = {}
    for start, end, entry in _select(_candidates(doc, model)):
        if _inside_named_actor(doc, start, end) or _is_weapon_object(doc, start, end, entry) or not _needs_met(entry, doc, start, end):
            continue
        by_sentence.setdefault(parsed.sentence_index(doc[start].idx), []).append((start, end, entry))

    headline = _headline_sentences(parsed, text)
    body_types = {c[2].sub_event_type for i, cs in by_sentence.items() if i not in headline for c in cs}
    for i in headline:
        # a headline repeats the lead: its triggers only count when the body has no event of their type
        if i in by_sentence:
            by_sentence[i] = [c for c in by_sentence[i] if c[2].sub_event_type not in body_types]
    mentions: list[Mention] = []
    for sent_index in sorted(by_sentence):
        found = by_sentence[sent_index]
        specific = [c for c in found if c[2].specific]
        kept = specific if specific else found[:1]
        if any(c[2].sub_event_type == "Protest with intervention" for c in kept):
            # "protesters rallied ... police fired tear gas": one protest with intervention
            kept = [c for c in kept if c[2].sub_event_type != "Peaceful protest"]
        merged: list[tuple[int, int, TriggerEntry]] = []
        for start, end, entry in kept:
            # "rocket and mortar fire": adjacent triggers of one type are one mention
            if merged and merged[-1][2].sub_event_type == entry.sub_event_type and start - merged[-1][1] <= 2:
                merged[-1] = (merged[-1][0], end, merged[-1][2])
            else:
                merged.append((start, end, entry))
        for start, end, entry in merged:
            span = Span(start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1].text))
            head = max(doc[start:end], key=lambda t: (t.pos_ in ("NOUN", "VERB"), t.i))
            sent = doc[start].sent
            mentions.append(
                Mention(
                    id=len(mentions),
                    trigger=span,
                    trigger_text=span.slice(text),
                    head=head.i,
                    start_token=start,
                    end_token=end,
                    sentence=sent_index,
                    event_type=entry.event_type,
                    sub_event_type=entry.sub_event_type,
                    disorder_type=entry.disorder_type,
                    plover=entry.plover,
                    specific=entry.specific,
                    status=_status(doc, start, end, sent, text),
                )
            )
    return tuple(mentions)


@stage(NAME, requires=["clean_article", "parsed"], assigns=["mentions"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    parsed = doc.get("parsed")
    return {"mentions": detect(parsed, doc.get("clean_article").text, parsed.model)}
