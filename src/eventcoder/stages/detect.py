"""detect: find event triggers, give each an ACLED sub-event type and PLOVER type, and a status.

Status from the words around the trigger: negated ("no rockets", "did not strike", "denied"),
threat ("threatened to", "vowed"), hypothetical ("would", "could", "if", "plans to"), caption (a
caption-like sentence that survived cleaning) or current. Background is decided later from the date.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

import numpy as np

from ..catalogue import words
from ..classify import NONE, SentenceInput, classify, labels
from ..config import default_config
from ..lexicon import TriggerEntry, crimes, cues, hazards, protest_context, subtype, triggers
from ..model import Document, Evidence, Span
from ..nlp import load
from ..pipeline import stage
from ..records import Mention, Parsed
from .clean import CAPTION

NAME = "detect"
THREAT_LEMMAS = {"threaten", "vow", "warn", "pledge", "promise"}
HYPOTHETICAL_LEMMAS = {"plan", "prepare", "consider", "seek", "want", "intend", "aim", "propose", "prevent", "deter", "avoid"}
MODALS = {"would", "could", "might", "may", "should", "will", "can", "must"}
REPORTING_LEMMAS = words("reporting")  # one list per concept (resources/actors/words.toml)
DENIAL_LEMMAS = {"deny", "refute", "dismiss", "reject"}
# one word list per concept: the actor catalogue's (resources/actors/words.toml)
EXPLOSIVE_WORDS = words("explosives")
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
    by_lemma = _entries_by_lemma(entries)
    for tok in doc:
        lower = tok.lower_
        hits = by_lemma.get(tok.lemma_.lower(), ()) + by_lemma.get(lower, ()) + by_lemma.get(_singular(lower), ())
        if not hits:
            continue
        pos = tok.pos_
        for k in sorted(set(hits)):  # entry order, as a scan of every entry would give
            entry = entries[k]
            if not entry.pos or pos in entry.pos:
                found.append((tok.i, tok.i + 1, entry))
    return found


@functools.cache
def _entries_by_lemma(entries: tuple[TriggerEntry, ...]) -> dict[str, tuple[int, ...]]:
    """Lemma -> indexes of the trigger entries listing it (a dictionary look-up per token instead of a scan
    of every entry)."""
    index: dict[str, list[int]] = {}
    for k, entry in enumerate(entries):
        for lemma in entry.lemmas:
            index.setdefault(lemma, []).append(k)
    return {lemma: tuple(ks) for lemma, ks in index.items()}


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _inside_named_actor(doc: Any, start: int, end: int) -> bool:
    return any(t.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "LAW", "EVENT") for t in doc[start:end])


def _not_an_event_word(doc: Any, start: int, end: int) -> bool:
    """Words that look like a trigger or cue but name a date ("26 March 2026"), a time or a source
    ("according to")."""
    return any(t.ent_type_ in ("DATE", "TIME") and t.pos_ == "PROPN" for t in doc[start:end]) or (
        end - start == 1 and doc[start].lower_ == "according")


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


# nouns that name the use of a weapon ("rocket attack", "mortar fire"), not the weapon as a thing
ACT_NOUNS = frozenset({"attack", "fire", "strike", "barrage", "salvo"})


def _is_weapon_object(doc: Any, start: int, end: int, entry: TriggerEntry) -> bool:
    """A weapon named as a thing, not as something used: "destroyed an ISIL mortar", "IED facilities"."""
    if entry.sub_event_type not in WEAPON_TYPES:
        return False
    tok = doc[start:end].root
    if end - start > 1 and (tok.lemma_.lower() in ACT_NOUNS | {"blast"} or tok.dep_ in ("nsubj", "nsubjpass")):
        return False  # a phrase that names the act ("rocket attack", "mortar fire") or does it ("a car bomb destroyed")
    if tok.dep_ == "compound" and tok.head.i >= end and tok.head.lemma_.lower() not in ACT_NOUNS:
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


RELATIVE_PRONOUNS = frozenset({"which", "who", "whom"})


def _status(doc: Any, start: int, end: int, sent: Any, text: str, stage_name: str = NAME) -> Evidence[str]:
    def ev(value: str, tok: Any | None, confidence: float) -> Evidence[str]:
        if tok is None:
            return Evidence(value=value, span=None, text="", stage=stage_name, confidence=confidence)
        span = Span(start=tok.idx, end=tok.idx + len(tok.text))
        return Evidence(value=value, span=span, text=span.slice(text), stage=stage_name, confidence=confidence)

    if CAPTION.search(sent.text):
        return ev("caption", sent[0], 0.8)
    head = doc[start]
    if head.pos_ == "VERB" and head.dep_ == "acl" and any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in head.children) \
            and head.head.lemma_.lower() not in _attempt_lemmas():
        return ev("hypothetical", next(ch for ch in head.children if ch.tag_ == "TO"), 0.6)  # "the campaign to liberate Mosul"
    # "no rockets", "no airstrikes": a negating determiner on the trigger noun or the word before it
    for tok in doc[max(sent.start, start - 2) : end]:
        if tok.lower_ in ("no", "never") and tok.i < end:
            return ev("negated", tok, 0.8)
    chain = [head]
    # "The RSF, which seized Wad Madani in December 2023, did not comment": the negation of the clause a relative
    # clause hangs on is not the trigger's (its threats and hypotheses still are: "congratulate those who would fight")
    above: set[int] = set()
    for node in head.ancestors:
        if chain[-1].dep_ == "relcl" and any(ch.lower_ in RELATIVE_PRONOUNS and ch.dep_ in ("nsubj", "nsubjpass", "dobj")
                                             for ch in chain[-1].children):
            above.add(node.i)
        elif chain[-1].i in above:
            above.add(node.i)
        if node.lemma_.lower() in REPORTING_LEMMAS or len(chain) > 3:
            if node.pos_ == "NOUN" and node.head.lemma_.lower() in DENIAL_LEMMAS:
                return ev("negated", node.head, 0.7)  # "rejected claims that forces had retaken the village"
            break
        if _another_clause(chain[-1], node) or _warning_of_fact(chain[-1], node):
            break
        chain.append(node)
    for node in chain:
        for child in node.children:
            if child.dep_ == "neg" and node.i not in above:
                return ev("negated", child, 0.8)
        if node.lemma_.lower() in DENIAL_LEMMAS and node.i not in above:
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


def _another_clause(child: Any, node: Any) -> bool:
    """Is ``node`` a clause of its own, set off from ``child`` by a semicolon? The small parser makes the last
    clause of "rebels seized the town; the army has not commented" the root: its negation, denial or modal says
    nothing about the first."""
    lo, hi = sorted((child.i, node.i))
    return any(t.text == ";" and t.head.i in (child.i, node.i) for t in child.doc[lo + 1 : hi])


def _warning_of_fact(child: Any, node: Any) -> bool:
    """A warning verb over a clause told in the past ("the ELN has taken control of several villages, the
    ombudsman's office warned") reports a fact; only a warning of what is to come ("warned it would strike")
    is a threat."""
    if node.lemma_.lower() not in THREAT_LEMMAS or child.pos_ not in ("VERB", "AUX"):
        return False
    if any(ch.dep_ == "aux" and (ch.lower_ in MODALS or ch.tag_ == "TO") for ch in child.children):
        return False
    return child.tag_ == "VBD" or (child.tag_ == "VBN" and any(ch.dep_ in ("aux", "auxpass") and ch.lemma_ in ("have", "be") for ch in child.children))


def _attempt_lemmas() -> frozenset[str]:
    """Words of an attempt: "a bid to capture" is an attempt made (events.attempted), not a purpose."""
    from ..events import cues as discourse  # events imports this module

    return discourse().attempt


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


CASUALTY_CUES = {"kill", "dead", "die", "death", "wound", "injure", "injured", "wounded", "killed"}
PROTEST_WORDS = words("protesters") | {"protest", "demonstration", "rally"}
STATE_WORDS = words("military") | words("police") | {"security"}
LETHAL_FORCE = re.compile(r"\b(live (ammunition|rounds|bullets|fire)|opened fire|fired (on|at|into)|shot (dead|and killed)|killing|killed|shot)\b", re.I)
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
PROTEST_TYPES = {"Peaceful protest", "Protest with intervention", "Violent demonstration", "Armed clash", "Attack"}
# thresholds and weights: [detect] in resources/default_config.toml
DEFAULTS = dict(default_config().stage_settings(NAME))


@functools.cache
def _cue_matcher(model: str) -> Any:
    from spacy.matcher import PhraseMatcher

    nlp = load(model)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("cue", [nlp.make_doc(p) for p in cues().phrases])
    return matcher


def _cue_tokens(doc: Any, model: str) -> dict[int, list[tuple[int, int]]]:
    """Cue words by token: (start, end) token ranges of words that make a sentence a candidate."""
    lemmas = cues().lemmas
    found: list[tuple[int, int]] = [(s, e) for _, s, e in _cue_matcher(model)(doc)]
    found += [(t.i, t.i + 1) for t in doc if t.lemma_.lower() in lemmas or t.lower_ in lemmas]
    return found  # type: ignore[return-value]


def _triggers_by_sentence(parsed: Parsed, model: str) -> dict[int, list[tuple[int, int, TriggerEntry]]]:
    doc = parsed.doc
    by_sentence: dict[int, list[tuple[int, int, TriggerEntry]]] = {}
    for start, end, entry in _select(_candidates(doc, model)):
        if _inside_named_actor(doc, start, end) or _not_an_event_word(doc, start, end) or _is_weapon_object(doc, start, end, entry) \
                or not _needs_met(entry, doc, start, end):
            continue
        by_sentence.setdefault(parsed.sentence_index(doc[start].idx), []).append((start, end, entry))
    return by_sentence


def _cues_by_sentence(parsed: Parsed, model: str) -> dict[int, list[tuple[int, int]]]:
    doc = parsed.doc
    out: dict[int, list[tuple[int, int]]] = {}
    for start, end in sorted(set(_cue_tokens(doc, model))):
        if _inside_named_actor(doc, start, end) or _not_an_event_word(doc, start, end):
            continue
        out.setdefault(parsed.sentence_index(doc[start].idx), []).append((start, end))
    return out


WINDOW = 8  # tokens on each side of a trigger that form its clause window
CONTEXT_MODIFIERS = {"compound", "amod", "nmod", "poss"}
CONTEXT_NAMED = {"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "DATE", "TIME"}


def _context_word(tok: Any) -> str:
    """A content word's lemma; a name stands for its entity kind (so that "on Rafah" and "on Idlib" agree)."""
    if tok.is_lower and tok.pos_ != "PROPN":
        return tok.lemma_.lower()  # "forces" also inside a name ("Coalition forces")
    if tok.ent_type_ in CONTEXT_NAMED:
        return tok.ent_type_
    return "PROPN" if tok.pos_ == "PROPN" else tok.lemma_.lower()


def trigger_context(doc: Any, start: int, end: int) -> tuple[str, ...]:
    """The trigger's place in the parse, for the classifier: its modifiers ("*air* strike", "*general*
    strike"), the word governing it ("*conducted* strikes", "went *on* strike"), who does it and to what or
    whom ("*forces* conducted", "*teachers* went", "strikes *on* a GPE", "strike *over* salaries")."""
    tok = doc[start:end].root
    out = [f"dep:{tok.dep_}"]
    inside = range(start, end)
    out += [f"mod:{_context_word(c)}" for c in tok.children if c.dep_ in CONTEXT_MODIFIERS and c.i not in inside]
    pred = tok
    if tok.pos_ not in ("VERB", "AUX"):
        gov = tok.head
        if gov.pos_ == "ADP" and gov.i != tok.i:
            out.append(f"gov:{gov.head.lemma_.lower()}_{gov.lower_}")
            gov = gov.head
        elif gov.i != tok.i:
            out.append(f"gov:{gov.lemma_.lower()}")
        if gov.pos_ in ("VERB", "AUX"):
            pred = gov
    for node in dict.fromkeys((pred, tok)):
        for c in node.children:
            if c.i in inside:
                continue
            if c.dep_ in ("nsubj", "agent", "nsubjpass", "dobj"):
                who = next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c
                role = "agent" if c.dep_ in ("nsubj", "agent") else "object"
                out.append(f"{role}:{_context_word(who)}")
                out += [f"{role}mod:{_context_word(g)}" for g in who.children if g.dep_ in ("compound", "amod")]
            elif c.dep_ == "prep":
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if obj is not None and obj.i != tok.i:
                    out.append(f"prep:{c.lower_}_{_context_word(obj)}")
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        out.append(f"verb:{tok.head.lemma_.lower()}")
    return tuple(dict.fromkeys(out))



@dataclass(frozen=True, slots=True)
class _Candidate:
    sentence: int
    start: int
    end: int
    entry: TriggerEntry | None  # None: a cue word
    input: SentenceInput
    extra: bool = False  # the main verb of a sentence that has another candidate


def _window(doc: Any, sent: Any, start: int, end: int) -> str:
    return doc[max(sent.start, start - WINDOW) : min(sent.end, end + WINDOW)].text


def _root_cue(cue_ranges: list[tuple[int, int]], sent: Any) -> tuple[int, int]:
    def depth(tok: Any) -> int:
        return sum(1 for _ in tok.ancestors)

    content = [(s, e) for s, e in cue_ranges if any(t.pos_ in ("VERB", "NOUN", "ADJ") for t in sent.doc[s:e])] or cue_ranges
    return min(content, key=lambda r: (depth(sent.doc[r[0]]), r[0]))


def _main_verb(sent: Any) -> Any | None:
    """The sentence's main verb, below a reporting verb ("officials said X retook Y" -> retook); None for a
    fragment without a verb or with fewer than four words."""
    if sum(1 for t in sent if t.is_alpha) < 4:
        return None
    node = sent.root
    for _ in range(3):
        if node.lemma_.lower() not in REPORTING_LEMMAS:
            break
        comp = [c for c in node.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
        if not comp:
            break
        node = comp[0]
    from ..events import cues as discourse  # events imports this module

    if node.lemma_.lower() in REPORTING_LEMMAS or node.lemma_.lower() in discourse().not_event_verbs:
        # "..., Taliban officials said." / "Government officials blamed Houthi forces ...": a source;
        # "About 3,000 residents fled towards Saint-Marc": no event
        return None
    if node.i > sent.start and node.nbor(-1).text == "-" and not node.nbor(-1).whitespace_:
        return None  # a piece of a hyphenated word ("Daily security round-up: ...")
    return node if node.pos_ in ("VERB", "NOUN") else None


def _sentence_spans(parsed: Parsed) -> list[Any]:
    """The spaCy span of each sentence of ``parsed`` (None where the offsets do not align)."""
    doc = parsed.doc
    return [doc.char_span(span.start, span.end, alignment_mode="expand") for span in parsed.sentences]


def _candidates_by_sentence(parsed: Parsed, text: str, model: str, sents: list[Any] | None = None) -> dict[int, list[_Candidate]]:
    """Each lexicon trigger of a sentence is a candidate; a sentence without one but with cue words gets one
    candidate, the cue word nearest the root of the sentence; a sentence with neither, its main verb.
    ``sents``: the sentence spans (``_sentence_spans``), when the caller has them already."""
    doc = parsed.doc
    trig = _triggers_by_sentence(parsed, model)
    cue = _cues_by_sentence(parsed, model)
    if sents is None:
        sents = _sentence_spans(parsed)
    mains = [_main_verb(sent) if sent is not None else None for sent in sents]
    for i, main in enumerate(mains):
        if main is not None and i not in trig and i not in cue:
            # no lexicon word: the main verb still lets the classifier see the sentence ("retook Hsipaw")
            cue[i] = [(main.i, main.i + 1)]
    out: dict[int, list[_Candidate]] = {}
    for i in sorted(set(trig) | set(cue)):
        span, sent, main = parsed.sentences[i], sents[i], mains[i]
        if sent is None:
            continue
        sentence_text = span.slice(text)
        found = trig.get(i, [])
        if any(e.specific for _, _, e in found):
            # generic words ("attack", "hit") only count when the sentence has no specific trigger
            found = [c for c in found if c[2].specific]
        types = frozenset(e.sub_event_type for _, _, e in found)
        if found:
            out[i] = [
                _Candidate(i, s, e, entry, SentenceInput(
                    text=sentence_text, window=_window(doc, sent, s, e), trigger_type=entry.sub_event_type,
                    specific=entry.specific, lexicon_types=types, context=trigger_context(doc, s, e)))
                for s, e, entry in found
            ]
        else:
            s, e = _root_cue(cue[i], sent)
            out[i] = [_Candidate(i, s, e, None, SentenceInput(text=sentence_text, window=_window(doc, sent, s, e),
                                                              context=trigger_context(doc, s, e)))]
        if main is not None and not any(c.start <= main.i < c.end for c in out[i]) and not _conducts_candidate(main, out[i]):
            # the main verb says what the sentence reports even when another word is the trigger ("200 women
            # gathered ... to call for an end to sexual violence", "bulldozers razed houses ... despite the ceasefire")
            out[i].append(_Candidate(i, main.i, main.i + 1, None, SentenceInput(
                text=sentence_text, window=_window(doc, sent, main.i, main.i + 1), lexicon_types=types,
                context=trigger_context(doc, main.i, main.i + 1)), extra=True))
    return out


def _conducts_candidate(verb: Any, cands: list[_Candidate]) -> bool:
    """Is the verb a light verb whose object is a candidate already ("carried out offensive operations",
    "conducted 11 strikes")? The object says what happened; the verb adds no event of its own."""
    from ..events import cues as discourse  # events imports this module

    if verb.lemma_.lower() not in discourse().conduct_verbs:
        return False
    inside = {t.i for ch in verb.children if ch.dep_ in ("dobj", "prt") for t in ch.subtree}
    return any(c.start in inside for c in cands)


def candidates_for_training(parsed: Parsed, text: str, model: str, gold: tuple[int, int] | None) -> list[tuple[SentenceInput, bool]]:
    """Classifier inputs of a text as detect builds them, each with "is in the sentence of the gold trigger"
    (char span ``gold``). The gold trigger itself is always an input, even if no lexicon word covers it."""
    doc = parsed.doc
    by_sentence = _candidates_by_sentence(parsed, text, model)
    out = [(c.input, gold is not None and parsed.sentence_index(gold[0]) == c.sentence) for cs in by_sentence.values() for c in cs]
    if gold is not None:
        i = parsed.sentence_index(gold[0])
        covered = any(doc[c.start].idx < gold[1] and gold[0] < doc[c.end - 1].idx + len(doc[c.end - 1]) for c in by_sentence.get(i, []))
        span = parsed.sentences[i]
        sent = doc.char_span(span.start, span.end, alignment_mode="expand")
        tok = doc.char_span(gold[0], gold[1], alignment_mode="expand")
        if not covered and sent is not None and tok is not None:
            if not any(c.entry is not None for c in by_sentence.get(i, [])):
                out = [o for o in out if not o[1]]  # the cue word stood in for the trigger
            out.append((SentenceInput(text=span.slice(text), window=_window(doc, sent, tok.start, tok.end),
                                      context=trigger_context(doc, tok.start, tok.end)), True))
    return out


def _arrest_at_protest(doc: Any, start: int, end: int) -> bool:
    """Codebook: arrests made at a protest are a Protest with intervention ("police arrested 14 activists as they
    held a sit-in", "detained 20 people during a march"): a clause of the arrest marked "as"/"while"/"when" whose
    verb or object is a gathering, or a phrase "during"/"at" a gathering. Arrests away from a protest ("as he
    headed to join the protests", "a day after the sit-in") stay Arrests."""
    ctx = protest_context()

    def gathering(t: Any) -> bool:
        return t.lemma_.lower() in ctx.gathering or t.lower_ in ctx.gathering

    tok = doc[start:end].root
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for child in verb.children:
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ctx.during for g in child.children):
            # "as they gathered", "as they held a sit-in" (the parser splits "sit-in": "sit" is a compound of "in")
            if gathering(child) or any(g.dep_ == "dobj" and (gathering(g) or any(c.dep_ == "compound" and gathering(c) for c in g.children))
                                       for g in child.children):
                return True
        elif child.dep_ == "prep" and child.lower_ in ctx.during:
            # "as small crowds gathered" (parsed as a preposition), "during a march", "at a sit-down protest"
            if any(g.dep_ == "pobj" and (gathering(g) or any(a.dep_ == "acl" and gathering(a) for a in g.children)) for g in child.children):
                return True
    return False


def _crime_arrest(doc: Any, start: int, end: int) -> bool:
    """An arrest for an ordinary crime: the arrested ("suspected car snatchers") or what they are held for ("on
    suspicion of murder", "with smuggled cough syrup", "over a fraudulent exchange") name a crime (triggers.toml
    [crime]). ACLED codes no such arrest."""
    crime = crimes()
    tok = doc[start:end].root
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    words = []
    for ch in verb.children:
        if ch.dep_ in ("dobj", "nsubjpass"):
            # the arrested and what they are described by ("suspected car snatchers", "men suspected of burglaries"),
            # not whom they are related to ("a son of the jailed drug lord")
            words += [ch] + [t for g in ch.children if g.dep_ in ("compound", "amod", "acl", "relcl") for t in g.subtree]
            if ch.lemma_.lower() in crime.collectives:  # "a gang of five suspected car snatchers"
                words += [t for g in ch.children if g.dep_ == "prep" and g.lower_ == "of" for t in g.subtree]
        elif ch.dep_ in ("prep", "advcl"):
            words += list(ch.subtree)
    if any(t.lemma_.lower() in crime.arms or t.lemma_.lower() in EXPLOSIVE_WORDS for t in words):
        return False  # "accused of smuggling weapons to the group's remnants": arms for an armed group
    return any(t.lemma_.lower() in crime.reasons or t.lower_ in crime.reasons for t in words)


def _excessive_force(sent: Any) -> bool:
    """Codebook: state forces using lethal force on (peaceful) protesters = Excessive force against protesters."""
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    return bool(words & PROTEST_WORDS) and bool(words & STATE_WORDS) and bool(LETHAL_FORCE.search(sent.text))


Decision = tuple[int, int, str, float, "TriggerEntry | None"]


def _dated_in_a_year(sent: Any) -> bool:
    """"In March 2019, a similar strike...": an event with a dated year is kept; assemble makes it background."""
    return any(ent.label_ == "DATE" and re.search(r"\b(19|20)\d\d\b", ent.text) for ent in sent.ents)


def _recalled(sent: Any) -> bool:
    """"A similar strike in February", "years ago": a recalled event, which the events stage makes background
    (the classifier, trained on current events, tends to say "none" for it)."""
    from ..events import cues as discourse  # events imports this module

    c = discourse()
    return any(p.search(sent.text) for p in (*c.sentence, *c.after, *c.temporal))


PAST_TAGS = ("VBD", "VBN")


def _asserted(doc: Any, start: int, end: int, entry: TriggerEntry) -> bool:
    """A trigger that the sentence states as a past happening, anchored in time or space: the verb
    itself in the past ("gunmen stormed a hotel in Mandera"), or the object of a conduct verb in the past
    ("U.S. forces conducted an airstrike near Jilib on Dec. 2"). Such a mention is kept even when the
    classifier says "no event" (the text asserts it). So is what a statement condemns (``condemned``).
    Violent types only, and arrests that refer to a violent event ("arrested a suspect in that
    attack"): crime arrests and seizures are the classifier's call."""
    from ..events import cues as discourse  # events imports this module

    c = discourse()
    if entry.sub_event_type in TERRITORY:
        return False  # "police seized 3 tonnes of cocaine at the port"
    if entry.event_type not in c.violence_types and not _political_arrest(doc, start, end, entry):
        return False  # arrests for crimes, seizures, defused bombs: the classifier knows better
    tok = max(doc[start:end], key=lambda t: (t.pos_ in ("NOUN", "VERB"), t.i))
    if condemned(doc, tok, c):
        return True
    verb = tok
    if tok.pos_ == "NOUN":
        # the object of a conduct verb ("conducted an airstrike"), or the subject of a past verb ("a powerful
        # explosion hit a mosque in Kunduz", "a suicide bombing killed 12 people")
        if not ((tok.dep_ == "dobj" and tok.head.lemma_.lower() in c.conduct_verbs) or tok.dep_ == "nsubj"):
            return False
        verb = tok.head
    if verb.pos_ != "VERB" or verb.tag_ not in PAST_TAGS:
        return False
    if verb.tag_ == "VBN" and not any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False  # a participle modifying a noun ("the arrested men") asserts nothing here
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    # the anchor is the clause's own (not a name inside its subject: "forces of the Tripoli government")
    inside_subject = {t.i for s in subjects for t in s.subtree}
    return any(t.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for t in verb.subtree if t.i not in inside_subject)


LEAVE_WORDS = words("leave")
POLITICAL_PERSONS = words("protesters") | {"journalist", "reporter", "blogger", "politician", "lawmaker", "legislator", "opposition", "dissident", "candidate", "critic"}
WITHDRAWAL_MARKS = {"after", "once", "when", "as", "following"}


def _taken_after_withdrawal(sent: Any) -> bool:
    """Codebook: territory taken when the other side had withdrawn, without fighting, is a Non-violent transfer
    of territory ("M23 captured the town after the army withdrew"). A verb of leaving in a clause marked
    "after"/"when" (or after "following"), and no word of fighting or killing in the sentence."""
    from ..events import cues as discourse  # events imports this module

    c = discourse()
    violent = c.violent_outcome | c.byproduct_context | c.attack_verbs
    if any(t.lemma_.lower() in violent or t.lower_ in violent for t in sent):
        return False
    for t in sent:
        if t.pos_ != "VERB" or t.lemma_.lower() not in LEAVE_WORDS:
            continue
        if t.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ in WITHDRAWAL_MARKS for ch in t.children):
            return True
        if t.dep_ == "pcomp" and t.head.lower_ in WITHDRAWAL_MARKS:
            return True  # "after withdrawing"
    return False


def _hazard_doer(doc: Any, start: int, end: int) -> bool:
    """Is what the candidate reports done by a natural hazard, a disease or an animal, or an accident ("an
    avalanche struck a village, killing 25", "landslides that killed 22", "a train derailed, killing 30",
    "rangers shot dead a rogue elephant")? No political actor: no event (triggers.toml [hazards])."""
    h = hazards()
    tok = max(doc[start:end], key=lambda t: (t.pos_ in ("NOUN", "VERB"), t.i))
    node = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.head.pos_ in ("VERB", "AUX") and tok.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    verbs = []
    while node is not None and len(verbs) < 4:
        verbs.append(node)
        # "..., burying houses and killing 25": the clause a participle or second verb hangs on
        node = node.head if node.dep_ in ("advcl", "xcomp", "conj") and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i else None

    def named(t: Any) -> bool:
        return t.lemma_.lower() in h.agents or t.lower_ in h.agents or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in h.agents for c in t.children)

    for verb in verbs:
        if verb.lemma_.lower() in h.accident_verbs and not any(c.dep_ == "dobj" for c in verb.children) \
                and not any(t.lemma_.lower() in EXPLOSIVE_WORDS for t in verb.sent):
            return True  # not "a lorry carrying explosives crashed into a checkpoint"
        for c in verb.children:
            who = c
            if c.dep_ == "agent":
                who = next((g for g in c.children if g.dep_ == "pobj"), c)
            elif c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" and verb.dep_ == "relcl":
                who = verb.head  # "landslides (in the district) that killed 22"
                while not named(who) and who.dep_ == "pobj" and who.head.dep_ == "prep" and who.head.head.pos_ == "NOUN":
                    who = who.head.head
            elif c.dep_ not in ("nsubj", "dobj"):
                continue
            if named(who):
                return True
    return False


# sub-types a weapon agent overrides (any when the classifier is unsure; a sure suicide bombing, chemical
# attack or non-violent type stays)
AGENT_RETYPED = {"Attack", "Armed clash", "Disrupted weapons use", "Air/drone strike", "Shelling/artillery/missile attack",
                 "Remote explosive/landmine/IED", "Grenade"}


def weapon_agent(doc: Any, start: int, end: int) -> str | None:
    """The remote-violence sub-type named by the weapon that is the subject of the trigger's clause: the
    trigger noun itself ("two strikes destroyed ..."), the subject of a trigger verb ("drones attacked"), or
    of the verb a trigger participle hangs on ("a motorcycle packed with explosives blew up, injuring seven").
    None when the subject is no weapon."""
    from ..events import cues as discourse  # events imports this module

    c = discourse()
    tok = max(doc[start:end], key=lambda t: (t.pos_ in ("NOUN", "VERB"), t.i))
    if tok.pos_ in ("NOUN", "PROPN"):
        # the subject of a finite verb ("two strikes destroyed"), not of a participle ("an IED weighing 5 kg")
        subjects = [tok] if tok.dep_ == "nsubj" and tok.head.tag_ in ("VBD", "VBZ", "VBP") else []
    else:
        # every subject: a dateline the parser glued to the sentence ("CALI, Colombia — A motorcycle ...") is one too
        subjects = [ch for ch in tok.children if ch.dep_ == "nsubj"]
        if not subjects and tok.dep_ in ("advcl", "xcomp") and tok.head.pos_ == "VERB":
            subjects = [ch for ch in tok.head.children if ch.dep_ == "nsubj"]  # "..., injuring seven"
    for subject in subjects:
        if (kind := c.agents.get(subject.lemma_.lower())) is not None:
            return kind
        for mod in subject.children:
            if mod.dep_ in ("compound", "amod", "nmod") and subject.lemma_.lower() in c.bearers and (kind := c.agents.get(mod.lemma_.lower())) is not None:
                return kind  # "rocket fire hit", "explosives-laden car" (not "anti-explosives officers", "the mine action service")
            if mod.dep_ in ("acl", "amod") and mod.lower_ in c.carriers:
                for t in mod.subtree:
                    if t.i != mod.i and (kind := c.agents.get(t.lemma_.lower())) is not None:
                        return kind  # "a car laden with explosives"
    return None


def condemned(doc: Any, tok: Any, c: Any) -> bool:
    """Is the trigger noun what a statement condemns, with its own place or time ("strongly condemns the
    horrific attacks today in the towns of Jabla ... and Tartus", "ISIL's multiple suicide attacks in the town
    of Tel Tamer")? A condemnation reports its event; if the story tells it elsewhere, the mention joins it."""
    if tok.pos_ != "NOUN":
        return False
    head = tok
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in c.condemn_verbs:
        return False
    return any(t.ent_type_ in ("DATE", "GPE", "LOC", "FAC") for t in tok.subtree if t.i != tok.i)


def _add_weapon_verbs(parsed: Parsed, text: str, by_sentence: dict[int, list[_Candidate]], sents: list[Any]) -> None:
    """A finite verb whose subject is a weapon ("a drone dropped explosives on a bus stop", "a shell landed
    on a school") is a candidate too, when no candidate covers it: the verb is rarely a trigger word.
    ``sents``: the sentence spans ``_candidates_by_sentence`` used."""
    doc = parsed.doc
    for i, (span, sent) in enumerate(zip(parsed.sentences, sents)):
        if sent is None:
            continue
        taken = {t for c in by_sentence.get(i, []) for t in range(c.start, c.end)}
        for tok in sent:
            if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i in taken or tok.dep_ in ("relcl", "acl") \
                    or tok.lemma_.lower() in REPORTING_LEMMAS:
                continue
            if any(ch.dep_ == "nsubj" and ch.i in taken for ch in tok.children):
                continue  # the weapon is a trigger already ("rockets hit")
            kind = weapon_agent(doc, tok.i, tok.i + 1)
            if kind is None:
                continue
            sentence_text = span.slice(text)
            by_sentence.setdefault(i, []).append(_Candidate(i, tok.i, tok.i + 1, None, SentenceInput(
                text=sentence_text, window=_window(doc, sent, tok.i, tok.i + 1), context=trigger_context(doc, tok.i, tok.i + 1))))


def _about_violent_event(sent: Any, c: Any) -> bool:
    """Does the sentence refer to a violent event with a definite noun ("arrested a suspect in that attack")?"""
    return any(
        t.lemma_.lower() in c.byproduct_context and any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in t.children)
        for t in sent
    )


def _political_arrest(doc: Any, start: int, end: int, entry: TriggerEntry) -> bool:
    """Codebook: an arrest over an act of political violence ("arrested a suspect in that attack") or of a member
    of a political party or armed group, a protester, activist or journalist ("arrested a senior official of the
    Cameroon Renaissance Movement") is an Arrests event, however much it looks like a crime report otherwise."""
    from ..catalogue import by_name
    from ..events import cues as discourse  # events imports this module

    if entry.sub_event_type != "Arrests":
        return False
    sent = doc[start].sent
    if _about_violent_event(sent, discourse()):
        return True
    verb = doc[start:end].root
    arrested = [t for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass") for t in ch.subtree]
    for t in arrested:
        if t.ent_id_.startswith("actor:") and (actor := by_name().get(t.ent_id_[6:])) is not None and actor.kind != "state":
            return True
        if t.lemma_.lower() in POLITICAL_PERSONS or t.lower_ in POLITICAL_PERSONS:
            return True
    return False


def _refers_back(doc: Any, cand: _Candidate, decided: Mapping[int, list[Decision]]) -> bool:
    """"No one was hurt in the rocket attack": a definite reference to an event of an earlier sentence
    (it merges into that event in assemble and brings its details)."""
    det = [t for t in doc[cand.start : cand.end][-1].children if t.dep_ == "det"]
    if not det or det[0].lower_ not in ("the", "this", "that", "these", "those"):
        return False
    kind = cand.entry.sub_event_type if cand.entry is not None else None
    return any(d[2] == kind for i, ds in decided.items() if i < cand.sentence for d in ds)


def _since_of(tok: Any) -> Any | None:
    from ..events import since_of  # events imports this module

    return since_of(tok)


def _definite(tok: Any) -> bool:
    """"the battle", "that attack": a noun that refers back to an event (the events stage links it)."""
    return any(t.dep_ in ("det", "poss") and t.lower_ in ("the", "this", "that", "these", "those") for t in tok.children)


def _better(a: Decision, b: Decision) -> bool:
    """Of two candidates given one sub-type in one sentence: the lexicon trigger of that type, then a
    specific trigger, then the more confident."""

    def key(d: Decision) -> tuple[bool, bool, float]:
        entry = d[4]
        return (entry is not None and entry.sub_event_type == d[2], entry is not None and entry.specific, d[3])

    return key(a) > key(b)


def detect(parsed: Parsed, text: str, model: str, settings: Mapping[str, Any] | None = None) -> tuple[Mention, ...]:
    conf = {**DEFAULTS, **(settings or {})}
    doc = parsed.doc
    sents = _sentence_spans(parsed)
    by_sentence = _candidates_by_sentence(parsed, text, model, sents)
    _add_weapon_verbs(parsed, text, by_sentence, sents)
    flat = [c for i in sorted(by_sentence) for c in by_sentence[i]]
    probs = classify([c.input for c in flat])  # one batch for the whole article
    names = labels()
    none_col = names.index(NONE)

    decided: dict[int, list[Decision]] = {}
    lam = float(conf["lexicon_weight"])
    cue_sentences = set(_cues_by_sentence(parsed, model))
    for cand, p in zip(flat, probs):
        # codebook prior: a specific trigger's own sub-type is mixed in (lexicon_weight; phrase_weight for a
        # trigger phrase of several words, "counter-battery fire", which is far less ambiguous than a word)
        weight = lam if cand.end - cand.start == 1 else max(lam, float(conf["phrase_weight"]))
        if cand.entry is not None and cand.entry.specific and weight > 0:
            p = (1 - weight) * p
            p[names.index(cand.entry.sub_event_type)] += weight
        i = cand.sentence
        specific = cand.entry is not None and cand.entry.specific
        # a sentence with neither trigger nor cue word (its main verb is the candidate) needs a surer classifier
        threshold = (
            "none_threshold_trigger" if specific else "none_threshold_extra" if cand.extra
            else "none_threshold" if cand.entry is not None or i in cue_sentences else "none_threshold_verb"
        )
        if _hazard_doer(doc, cand.start, cand.end):
            continue  # a disaster, an animal or an accident did it
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
            if cand.entry is None:
                continue
            status = _status(doc, cand.start, cand.end, doc[cand.start].sent, text)
            sent = doc[cand.start].sent
            own_type = cand.entry.sub_event_type
            if not cand.entry.specific:
                # a generic verb ("struck") the text asserts, done by a weapon ("its air force struck convoys near
                # Bara late on Tuesday"), is that weapon's event
                weapon = weapon_agent(doc, cand.start, cand.end)
                if weapon is None or status.value != "current" or p[none_col] >= conf["none_sure"] \
                        or not _asserted(doc, cand.start, cand.end, cand.entry):
                    continue
                own_type = weapon
            if status.value == "current" and not _refers_back(doc, cand, decided) and not _dated_in_a_year(sent) and not _recalled(sent) and not (
                (p[none_col] < conf["none_sure"] or _political_arrest(doc, cand.start, cand.end, cand.entry)) and _asserted(doc, cand.start, cand.end, cand.entry)
            ):
                # an asserted trigger ("doctors carried out a two-day strike in Nairobi") is kept unless the
                # classifier is sure it is no event; an arrest over a violent event always is (codebook)
                continue
            item0: Decision = (cand.start, cand.end, own_type, float(p[names.index(own_type)]), cand.entry)
            here0 = decided.setdefault(i, [])
            if not any(d[2] == item0[2] for d in here0):
                here0.append(item0)
            continue
        if cand.entry is None and i - 1 in decided and _same_paragraph(parsed, i - 1, i):
            # "At least nine were killed, police said." after an event sentence tells more about that event
            if doc[cand.start].lemma_.lower() in CASUALTY_CUES:
                continue
        scores = p.copy()
        scores[none_col] = -1.0
        # who takes territory decides regains vs overtakes (assemble, by the actor): score them as one family
        gov, nsa = names.index(TERRITORY[0]), names.index(TERRITORY[1])
        family = scores[gov] + scores[nsa]
        scores[gov], scores[nsa] = (family, -1.0) if scores[gov] >= scores[nsa] else (-1.0, family)
        best = int(scores.argmax())
        sub_type, confidence = names[best], float(min(1.0, scores[best]))
        if cand.entry is not None and sub_type != cand.entry.sub_event_type and confidence < conf["unsure_below"]:
            # an unsure near-tie goes to the trigger's own sub-type ("repelled an attack on their post")
            own = float(scores[names.index(cand.entry.sub_event_type)])
            # the best type belongs to another specific trigger of the sentence: two events ("a patrol detained
            # several suspects and discovered a weapons cache"), so a weaker own type is enough
            claimed = any(c.entry is not None and c.entry.specific and c.entry.sub_event_type == sub_type and c is not cand for c in by_sentence[i])
            if own >= conf["tie_ratio_claimed" if claimed else "tie_ratio"] * confidence:
                sub_type, confidence = cand.entry.sub_event_type, own
        unsure = confidence < conf["unsure_below"]
        if (sub_type in AGENT_RETYPED or unsure) and (weapon := weapon_agent(doc, cand.start, cand.end)) is not None:
            sub_type = weapon  # "two strikes destroyed three tunnel entrances", "drones attacked the city"
        if sub_type in TERRITORY and _taken_after_withdrawal(doc[cand.start].sent):
            sub_type = "Non-violent transfer of territory"  # "seized the town after the army withdrew"
        if sub_type == "Arrests" and cand.entry is not None and _crime_arrest(doc, cand.start, cand.end) \
                and not _political_arrest(doc, cand.start, cand.end, cand.entry):
            continue  # "police arrested two men with 150 bottles of smuggled cough syrup": an ordinary crime
        if sub_type == "Arrests" and _arrest_at_protest(doc, cand.start, cand.end):
            sub_type = "Protest with intervention"  # "arrested 21 supporters as they gathered for a demonstration"
        if sub_type in PROTEST_TYPES and confidence < conf["unsure_below"] and _excessive_force(doc[cand.start].sent):
            sub_type = "Excessive force against protesters"
        here = decided.setdefault(i, [])
        if cand.extra and (k := next((k for k, d in enumerate(here) if d[2] == sub_type), None)) is not None:
            # the main verb adds an event of another type; it never replaces a trigger or cue word's, unless that
            # word only names the start of a period ("took over Kunduz, the biggest gain since the insurgents
            # launched their offensive in May") or was only the topic: retyped by the classifier and less sure
            # than the main verb ("the group named a new leader, saying the previous one had died in *clashes*")
            d = here[k]
            sent = doc[cand.start].sent
            mine, theirs = (_status(doc, a, b, sent, text).value == "current" for a, b in ((cand.start, cand.end), (d[0], d[1])))
            since = _since_of(doc[d[0]]) is not None and _since_of(doc[cand.start]) is None
            topic = (d[4] is None or d[4].sub_event_type != sub_type) and confidence > d[3] and not _definite(doc[d[1] - 1])
            # a word the sentence negates or only plans ("signed a declaration ..., though no *ceasefire* was agreed")
            # gives way to the main verb that asserts the event; a main verb that denies ("the junta *denies* using
            # chemical arms") never replaces what the sentence reports
            asserted = mine and not theirs and confidence >= conf["unsure_below"]
            if mine and (since or topic or asserted):
                here[k] = (cand.start, cand.end, sub_type, confidence, None)
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
        elif _better(item, here[same[0]]):
            here[same[0]] = item

    for found in decided.values():
        if any(d[2] == "Protest with intervention" for d in found):
            # "protesters rallied ... police fired tear gas": one protest with intervention
            found[:] = [d for d in found if d[2] != "Peaceful protest"]
        found.sort(key=lambda d: d[0])

    headline = _headline_sentences(parsed, text)
    body_types = {c[2] for i, cs in decided.items() if i not in headline for c in cs}
    for i in headline:
        # a headline repeats the lead: its events only count when the body has no event of their type
        if i in decided:
            decided[i] = [c for c in decided[i] if c[2] not in body_types]

    mentions: list[Mention] = []
    for sent_index in sorted(decided):
        for start, end, sub_type, confidence, entry in decided[sent_index]:
            info = subtype(sub_type)
            plover = entry.plover if entry is not None and entry.sub_event_type == sub_type else info.plover
            span = Span.of_tokens(doc, start, end)
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
                    event_type=info.event_type,
                    sub_event_type=sub_type,
                    disorder_type=info.disorder_type,
                    plover=plover,
                    specific=(entry is not None and entry.specific) or confidence >= conf["unsure_below" if entry is not None else "specific_above"],
                    status=_announced_change(doc, start, sub_type, _status(doc, start, end, sent, text)),
                    confidence=round(confidence, 3),
                )
            )
    return tuple(mentions)


def _announced_change(doc: Any, start: int, sub_type: str, status: Evidence[str]) -> Evidence[str]:
    """Codebook: a group announcing a change of its activity ("announced it would target US forces") is a
    Change to group/activity now; the announcement, not the future action, is the event."""
    if sub_type != "Change to group/activity" or status.value != "hypothetical":
        return status
    if not any(t.lemma_.lower() in words("announcing") and t.pos_ == "VERB" for t in doc[start].sent):
        return status
    return Evidence(value="current", span=status.span, text=status.text, stage=status.stage, confidence=0.6)


def _same_paragraph(parsed: Parsed, i: int, j: int) -> bool:
    return parsed.paragraph_index(parsed.sentences[i].start) == parsed.paragraph_index(parsed.sentences[j].start)


@stage(NAME, requires=["clean_article", "parsed"], assigns=["mentions"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    parsed = doc.get("parsed")
    return {"mentions": detect(parsed, doc.get("clean_article").text, parsed.model, settings)}
