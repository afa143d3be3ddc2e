"""Candidate events of a parsed text, each with the classifier's input: the lexicon triggers of a sentence
(triggers.toml), else its cue word nearest the root, else its main verb; plus main verbs and weapon verbs that
add an event of their own. The same candidates feed the classifier's training (``candidates_for_training``).
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from typing import Any, Iterable

from .. import doccache
from ..catalogue import words
from ..events import cues as discourse
from ..lexicon import TriggerEntry, cues, territory_nouns, triggers
from ..nlp import load
from ..records import Parsed
from ..syntax import DEFINITE_DETERMINERS, PAST_TAGS, PLACE_LABELS, TIME_LABELS, in_words, misread_participle, names_place, word_positions
from . import SentenceInput
from .status import REPORTING_LEMMAS
from .weapons import is_weapon_object, weapon_agent

# one word list per concept: the actor catalogue's (resources/actors/words.toml)
ARMED_WORDS = words("armed") | words("military") | words("police")
CIVILIAN_WORDS = words("civilian") | words("protesters")


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


def trigger_matches(doc: Any, model: str) -> list[tuple[int, int, TriggerEntry]]:
    matcher, entries = _phrase_matcher(model)
    found: list[tuple[int, int, TriggerEntry]] = []
    for match_id, start, end in matcher(doc):
        entry = entries[int(doc.vocab.strings[match_id])]
        if entry.pos and not any(t.pos_ in entry.pos for t in doc[start:end]):
            continue
        found.append((start, end, entry))
    by_lemma = _entries_by_lemma(entries)
    lemmas, lowers = doccache.lemmas(doc), doccache.lowers(doc)  # (a Token made only for a word with entries)
    for i, lower in enumerate(lowers):
        hits = by_lemma.get(lemmas[i], ()) + by_lemma.get(lower, ()) + by_lemma.get(_singular(lower), ())
        if not hits:
            continue
        pos = doc[i].pos_
        for k in sorted(set(hits)):  # entry order, as a scan of every entry would give
            entry = entries[k]
            if not entry.pos or pos in entry.pos:
                found.append((i, i + 1, entry))
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
    """Is the word part of a name ("Islamic State Attack Unit"), or a proper noun of a place's name ("crossed the
    *Massacre* river near Dajabon")? Not in a sentence set in capitals, where the tagger takes every word for a name
    ("SUICIDE BOMBER KILLS FOUR AT MOSQUE" is no organisation)."""
    return not _in_capitals(doc[start]) and any(t.ent_type_ in ("ORG", "PERSON", "WORK_OF_ART", "LAW", "EVENT")
                                                or (t.ent_type_ in PLACE_LABELS and t.pos_ == "PROPN") for t in doc[start:end]) \
        and not _word_alone_as_name(doc, start, end)


def _word_alone_as_name(doc: Any, start: int, end: int) -> bool:
    """Is the name the tagger read only the word itself, capitalised as a sentence's first word ("*Grenade* thrown at a shop
    in Machala centre tonight": PERSON)? A headline's or flash's noun, no name; not a word that names the people of the
    noun after it ("*Riot* police cleared the barricades")."""
    first = doc[start]
    return start == doccache.sent_of(first).start and first.is_title and first.ent_iob_ == "B" and (end == len(doc) or doc[end].ent_iob_ != "I") \
        and first.dep_ not in ("compound", "amod", "nmod")


def _in_capitals(tok: Any) -> bool:
    """A word in a headline or flash set in capitals: it and at least four fifths of its sentence's words (of two
    letters or more, at least three of them) are upper case."""
    if not tok.is_upper:
        return False
    words = [t for t in doccache.sent_of(tok) if t.is_alpha and len(t) > 1]
    return len(words) >= 3 and sum(t.is_upper for t in words) >= 0.8 * len(words)


def _not_an_event_word(doc: Any, start: int, end: int) -> bool:
    """Words that look like a trigger or cue but name a date ("26 March 2026"), a time or a source
    ("according to")."""
    return any(t.ent_type_ in TIME_LABELS and t.pos_ == "PROPN" for t in doc[start:end]) or (
        end - start == 1 and doc[start].lower_ == "according")


def _in_attribution(tok: Any) -> bool:
    """Is the cue word inside an "according to" phrase ("according to videos *posted* on social media")? That phrase
    names the source, not an event."""
    return any(a.lower_ == "according" and a.i + 1 < len(a.doc) and a.doc[a.i + 1].lower_ == "to" for a in tok.ancestors)


# sub-types of taking people: their participle before a noun describes people taken earlier ("the detained
# individual", "rescued 63 kidnapped hostages"), not a taking the sentence reports
TAKING_TYPES = frozenset({"Abduction/forced disappearance", "Arrests"})


def _describes_people(doc: Any, start: int, end: int, entry: TriggerEntry) -> bool:
    """A one-word trigger of taking people used as a participle before its noun ("the detained individual has been
    transferred to partner force custody", "troops rescued 11 kidnapped victims"): it names who, not an event."""
    tok = doc[start]
    return end - start == 1 and entry.sub_event_type in TAKING_TYPES and tok.dep_ == "amod" and tok.tag_ == "VBN" \
        and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")


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
            if not any(names_place(t, territory_nouns()) for t in objs):
                return False
        elif need == "nonstate_agent":
            subj = _subject_words(head)
            if any(t.lemma_.lower() in words("state_subjects") for t in subj):
                return False
    return True


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
    found += [(i, i + 1) for i in word_positions(doc, 0, len(doc), lemmas)]  # (in_words for each token, without making one)
    return found  # type: ignore[return-value]


def _triggers_by_sentence(parsed: Parsed, model: str) -> dict[int, list[tuple[int, int, TriggerEntry]]]:
    doc = parsed.doc
    by_sentence: dict[int, list[tuple[int, int, TriggerEntry]]] = {}
    for start, end, entry in _select(trigger_matches(doc, model)):
        if _inside_named_actor(doc, start, end) or _not_an_event_word(doc, start, end) or is_weapon_object(doc, start, end, entry) \
                or not _needs_met(entry, doc, start, end) or _describes_people(doc, start, end, entry):
            continue
        by_sentence.setdefault(parsed.sentence_index(doc[start].idx), []).append((start, end, entry))
    return by_sentence


def cues_by_sentence(parsed: Parsed, model: str) -> dict[int, list[tuple[int, int]]]:
    """The cue words' token ranges by sentence (a new dict; found once per Doc: the candidates and the decision read it)."""
    found = doccache.memo(parsed.doc, ("cues_by_sentence", model), lambda: _cues_by_sentence(parsed, model))
    return {i: list(spans) for i, spans in found.items()}


def _cues_by_sentence(parsed: Parsed, model: str) -> dict[int, list[tuple[int, int]]]:
    doc = parsed.doc
    out: dict[int, list[tuple[int, int]]] = {}
    for start, end in sorted(set(_cue_tokens(doc, model))):
        if _inside_named_actor(doc, start, end) or _not_an_event_word(doc, start, end) or _in_attribution(doc[start]):
            continue
        out.setdefault(parsed.sentence_index(doc[start].idx), []).append((start, end))
    return out


WINDOW = 8  # tokens on each side of a trigger that form its clause window
CONTEXT_MODIFIERS = {"compound", "amod", "nmod", "poss"}
CONTEXT_NAMED = {*PLACE_LABELS, "NORP", "ORG", "PERSON", "DATE", "TIME"}


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
class Candidate:
    sentence: int
    start: int
    end: int
    entry: TriggerEntry | None  # None: a cue word
    input: SentenceInput
    extra: bool = False  # the main verb of a sentence that has another candidate
    clause: bool = False  # the verb of a clause of its own, at a place of its own (two events in one sentence)


def clause_window(doc: Any, sent: Any, start: int, end: int) -> str:
    return doccache.span_text(doc, max(sent.start, start - WINDOW), min(sent.end, end + WINDOW))


def _root_cue(cue_ranges: list[tuple[int, int]], sent: Any) -> tuple[int, int]:
    def depth(tok: Any) -> int:
        return sum(1 for _ in tok.ancestors)

    content = [(s, e) for s, e in cue_ranges if any(t.pos_ in ("VERB", "NOUN", "ADJ") for t in sent.doc[s:e])] or cue_ranges
    return min(content, key=lambda r: (depth(sent.doc[r[0]]), r[0]))


def _main_verb(sent: Any) -> Any | None:
    """The sentence's main verb, below a reporting verb ("officials said X retook Y" -> retook); None for a
    fragment without a verb or with fewer than four words."""
    if next(itertools.islice((t for t in sent if t.is_alpha), 3, None), None) is None:
        return None  # (fewer than four words: the scan stops at the fourth)
    node = sent.root
    # ... nor a verb that orders two events ("The raids followed an attack on a village": its subject and object tell them)
    skip = REPORTING_LEMMAS | discourse().not_event_verbs | discourse().sequence_verbs
    for _ in range(3):
        # below a source ("officials said X retook Y") or a verb of telling about an event ("The General Staff
        # informs the public that a FAMa unit *has taken up* position in Lere")
        if node.lemma_.lower() not in skip:
            break
        comp = [c for c in node.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
        # ... or what a verb of blame puts on its object ("accused Ukrainian troops of *using* toxic substances")
        # (the parser hangs the "of" on the verb or on its object)
        heads = [node, *(c for c in node.children if c.dep_ == "dobj")]
        comp = comp or [g for h in heads for c in h.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"]
        if not comp:
            break
        node = comp[0]
    if node.pos_ == "NOUN" and node.dep_ == "ROOT" and any(c.text == ":" and c.i == node.i + 1 for c in node.children) \
            and (told := next((c for c in node.children if c.pos_ == "VERB" and c.i > node.i
                               and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)) is not None \
            and told.lemma_.lower() in skip:
        # a label the parser made the root, the clause after it hung on it ("UNIFIL statement: The head of mission *met*
        # senior officers ... to discuss coordination"): the label is no act; the clause's verb is read as a main verb
        # below (none, or a verb joined to it: "Interview transcript: 'the soldiers *came* to our village and *took* ...'")
        node = told
    if not any(ch.isalpha() for ch in node.text):
        return None  # a bullet the parser took for the root ("• More than 9,000 people displaced from Liancourt ..."): no clause to read
    if node.lemma_.lower() in REPORTING_LEMMAS or node.pos_ not in ("VERB", "NOUN"):
        # the parser hung the clause on a dateline ("WASHINGTON (Wire) — The US president approved ..."), a copula
        # ("...; the occupation was peaceful, police said") or a label ("CAR: Members of the 3R ... handed in 112
        # weapons ..., MINUSCA said"): the highest verb of the sentence that is no source, if any
        node = _highest_verb(sent, skip) or node
    if node.lemma_.lower() in skip:
        # "..., Taliban officials said." / "Government officials blamed Houthi forces ...": a source;
        # "About 3,000 residents fled towards Saint-Marc": no event; but a verb joined to it tells what the same
        # people did ("About 150 members of a Mai-Mai group came out of the bush on Monday and *handed in* 60 guns")
        # (the same people: no subject of its own; "Clan elders met ..., but the talks broke up" tells no act of theirs)
        node = next((c for c in node.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() not in skip
                     and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)
        if node is None:
            return None
    if (label_end := _label_end(sent)) is not None and node.i < label_end:
        # a word of a source label taken for the main verb ("Voice of America Somali (translated): Government forces ...
        # retook ...", "[Radio 1 Ecuador / transcribed podcast] HOST: ..."): the label tells no act; the clause after its
        # colon is read. A noun the label is about stays when that clause has no verb ("AA announcement today: new
        # recruitment drive for youths ...")
        after = _highest_verb(sent.doc[label_end + 1 : sent.end], skip)
        if after is None and node.pos_ == "VERB":
            return None
        node = after or node
    if node.i > sent.start and node.nbor(-1).text == "-" and not node.nbor(-1).whitespace_:
        return None  # a piece of a hyphenated word ("Daily security round-up: ...")
    # a participle describing the subject taken for its verb, the sentence's passive verb hung on it as a relative
    # clause without a subject of its own ("The five workers *kidnapped* near Bouar last month *were freed* on Sunday")
    node = misread_participle(node, finite=True) or node
    return node if node.pos_ in ("VERB", "NOUN") else None


LABEL_WORDS = 16  # a source label before a colon is this short


def _label_end(sent: Any) -> int | None:
    """The colon that ends a source label opening the sentence ("Post on X, @AlgeriaNow:", "Facebook post by the municipal
    council of Arauca (translated):", "[Radio 1 Ecuador / transcribed podcast] HOST:"), as a token index, else None: the
    first colon within ``LABEL_WORDS`` tokens, with no clause before it (no verb with a subject of its own: "Residents
    said: ..." is told) and words after it. Found once per sentence (the main verb and the cue words both ask)."""
    return doccache.memo(sent.doc, ("label_end", sent.start), lambda: _find_label_end(sent))


def _find_label_end(sent: Any) -> int | None:
    colon = next((t for t in sent[:LABEL_WORDS] if t.text.endswith(":") and t.is_punct), None)
    if colon is None or colon.i + 2 >= sent.end:
        return None
    if any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < colon.i for c in t.children)
           for t in sent.doc[sent.start : colon.i]):
        return None
    return colon.i


# verbs that modify a noun or a clause of their own ("the town, which ...", "a plan to redeploy", "saying ...",
# "including three machine guns")
SUBORDINATE = frozenset({"relcl", "acl", "amod", "advcl", "xcomp", "pcomp", "csubj", "prep"})


def _highest_verb(sent: Any, skip: frozenset[str] | set[str]) -> Any | None:
    """The verb nearest the root of the sentence (the first of equals) that is no subordinate verb and none of
    ``skip``; failing that, a participle the parser hung on a noun although it has an object, which a noun's
    participle rarely has ("The US president *approved* on Monday a plan ..."), or a particle ("Members of the 3R
    ... *handed in* 112 weapons", where the parser makes the weapons the particle's object)."""
    def depth(tok: Any) -> int:
        return sum(1 for _ in tok.ancestors)

    verbs = [t for t in sent if t.pos_ == "VERB" and t.dep_ not in SUBORDINATE and t.lemma_.lower() not in skip]
    if not verbs:
        # ... or a past tense, which no noun's participle is ("MOGADISHU (Wire) — A new battalion of the Danab special
        # forces *graduated* at the Baledogle airbase on Tuesday")
        verbs = [t for t in sent if t.pos_ == "VERB" and t.dep_ == "acl" and t.tag_ in PAST_TAGS
                 and t.lemma_.lower() not in skip and (t.tag_ == "VBD" or any(c.dep_ in ("dobj", "prt") for c in t.children))]
    return min(verbs, key=lambda t: (depth(t), t.i)) if verbs else None


def sentence_spans(parsed: Parsed) -> list[Any]:
    """The spaCy span of each sentence of ``parsed`` (None where the offsets do not align)."""
    doc = parsed.doc
    return [doc.char_span(span.start, span.end, alignment_mode="expand") for span in parsed.sentences]


def candidates_by_sentence(parsed: Parsed, text: str, model: str, sents: list[Any] | None = None) -> dict[int, list[Candidate]]:
    """Each lexicon trigger of a sentence is a candidate; a sentence without one but with cue words gets one
    candidate, the cue word nearest the root of the sentence; a sentence with neither, its main verb.
    ``sents``: the sentence spans (``sentence_spans``), when the caller has them already."""
    doc = parsed.doc
    trig = _triggers_by_sentence(parsed, model)
    cue = cues_by_sentence(parsed, model)
    if sents is None:
        sents = sentence_spans(parsed)
    mains = [_main_verb(sent) if sent is not None else None for sent in sents]
    for i in list(cue):
        if i < len(sents) and sents[i] is not None and (label_end := _label_end(sents[i])) is not None:
            # a cue word of a source label ("X *post* by a Kenyan activist: Two of our comrades were picked up ..."): no act
            kept = [(s, e) for s, e in cue[i] if s > label_end]
            if kept:
                cue[i] = kept
            else:
                del cue[i]
    for i, main in enumerate(mains):
        if main is not None and i not in trig and i not in cue:
            # no lexicon word: the main verb still lets the classifier see the sentence ("retook Hsipaw")
            cue[i] = [(main.i, main.i + 1)]
    out: dict[int, list[Candidate]] = {}
    for i in sorted(set(trig) | set(cue)):
        span, sent, main = parsed.sentences[i], sents[i], mains[i]
        if sent is None:
            continue
        sentence_text = span.slice(text)
        found = trig.get(i, [])
        described: set[tuple[int, int]] = set()  # generic triggers beside specific ones only in "where" clauses
        if any(e.specific for _, _, e in found):
            # generic words ("attack", "hit") only count when the sentence has no specific trigger, or when every
            # specific one refers back and the generic noun tells a new event ("The strikes followed an attack by
            # Lakurawa fighters on a settlement": the strikes are told already, the attack is not), or when every specific
            # one is in a "where" clause describing a place ("In the Pool region, where a rebellion ended with a ceasefire
            # in 2017, gunmen attacked a checkpoint": the clause describes the region, the attack is what the sentence tells)
            told = all(noun_refers_back(doc[s:e]) for s, e, entry in found if entry.specific)
            clauses = [_relative_clause(doc[s]) for s, _, e in found if e.specific]
            described = {(c[0], c[1]) for c in found if not c[2].specific and all(r is not None and doc[c[0]] not in r.subtree for r in clauses)}
            found = [c for c in found if c[2].specific or (told and new_noun(doc[c[0]:c[1]])) or (c[0], c[1]) in described]
        types = frozenset(e.sub_event_type for _, _, e in found)
        if found:
            out[i] = [
                Candidate(i, s, e, entry, SentenceInput(
                    text=sentence_text, window=clause_window(doc, sent, s, e), trigger_type=entry.sub_event_type,
                    specific=entry.specific, lexicon_types=types, context=trigger_context(doc, s, e)))
                if entry.specific or (s, e) in described or not any(x.specific for _, _, x in found) else _own_phrase(doc, i, s, e, entry)
                for s, e, entry in found
            ]
        else:
            s, e = _root_cue(cue[i], sent)
            out[i] = [Candidate(i, s, e, None, SentenceInput(text=sentence_text, window=clause_window(doc, sent, s, e),
                                                              context=trigger_context(doc, s, e)))]
        if main is not None and not any(c.start <= main.i < c.end for c in out[i]) and not _conducts_candidate(main, out[i]):
            # the main verb says what the sentence reports even when another word is the trigger ("200 women
            # gathered ... to call for an end to sexual violence", "bulldozers razed houses ... despite the ceasefire")
            out[i].append(Candidate(i, main.i, main.i + 1, None, SentenceInput(
                text=sentence_text, window=clause_window(doc, sent, main.i, main.i + 1), lexicon_types=types,
                context=trigger_context(doc, main.i, main.i + 1)), extra=True))
        lexical = {t for s, e, _ in trig.get(i, ()) for t in range(s, e)} | {t for s, e in cue.get(i, ()) for t in range(s, e)}
        for verb in _own_clauses(sent, out[i], lexical):
            out[i].append(Candidate(i, verb.i, verb.i + 1, None, SentenceInput(
                text=sentence_text, window=clause_window(doc, sent, verb.i, verb.i + 1), lexicon_types=types,
                context=trigger_context(doc, verb.i, verb.i + 1)), extra=True, clause=True))
    return out


TOLL_VERBS = frozenset({"kill", "wound", "injure", "die", "hurt"})  # verbs that tell the toll of an event told beside them


def _places_in(tokens: Iterable[Any]) -> set[str]:
    return {t.text.lower() for t in tokens if t.ent_type_ in PLACE_LABELS and t.pos_ == "PROPN"}


def _own_clauses(sent: Any, cands: list[Candidate], words: set[int]) -> list[Any]:
    """Verbs of clauses that tell an event of their own beside the sentence's candidates: a trigger or cue verb joined to
    another clause ("conj", "ccomp", or a "while" clause), in the past, with a subject of its own and a place no
    candidate's clause names ("about 3,000 people marched through Banska Bystrica ..., and several hundred *gathered* in
    Zilina"; "A man was *shot* and wounded on a street in Hastings ... and, about an hour later, shots were fired at a
    house in Flaxmere"). Two places, two events: ACLED codes one per location."""
    doc = sent.doc
    taken = {t for c in cands for t in range(c.start, c.end)}
    heads = [doc[c.start:c.end].root for c in cands]
    out = []
    for tok in (doc[i] for i in range(sent.start, sent.end) if i in words and i not in taken):  # (a Token only for those)
        if tok.pos_ != "VERB" or tok.lemma_.lower() in REPORTING_LEMMAS \
                or tok.lemma_.lower() in TOLL_VERBS or tok.head.lemma_.lower() in REPORTING_LEMMAS:
            continue  # (not a toll, "adding that one person was wounded in Izmail district", nor what a source says)
        if tok.dep_ not in ("conj", "ccomp") and not (tok.dep_ == "advcl" and any(ch.dep_ == "mark" and ch.lower_ == "while" for ch in tok.children)):
            continue
        if not (tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(ch.dep_ in ("aux", "auxpass") for ch in tok.children))):
            continue
        if not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children):
            continue
        mine = {t.i for t in tok.subtree}
        if mine & taken:
            continue  # the clause has a trigger of its own ("a roadside bomb wounded three soldiers near Miran Shah")
        own = _places_in(t for t in tok.subtree)
        if not own:
            continue
        clauses = [h if h.pos_ in ("VERB", "AUX") else next((a for a in h.ancestors if a.pos_ in ("VERB", "AUX")), h) for h in heads]
        others = [_places_in(t for t in c.subtree if t.i not in mine) for c in clauses if c.i not in mine]
        if others and all(o and not (o & own) for o in others):
            out.append(tok)
    return out


def noun_refers_back(span: Any) -> bool:
    """"The strikes", "this raid": a noun trigger under a definite determiner names an event already told."""
    root = span.root
    return root.pos_ in ("NOUN", "PROPN") and any(
        t.dep_ in ("det", "poss") and t.lower_ in DEFINITE_DETERMINERS for t in root.children)


def new_noun(span: Any) -> bool:
    """"an attack", "a raid": a noun trigger under an indefinite article names an event not told before."""
    root = span.root
    return root.pos_ == "NOUN" and any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in root.children)


def _own_phrase(doc: Any, i: int, start: int, end: int, entry: TriggerEntry) -> Candidate:
    """A generic noun told beside a specific trigger that refers back ("The air strikes followed an attack by the
    insurgents on a village"): the classifier reads the noun's own phrase, which tells its event, not the sentence,
    whose other trigger names the event told before."""
    root = doc[start:end].root
    phrase = doc[root.left_edge.i : root.right_edge.i + 1]
    return Candidate(i, start, end, entry, SentenceInput(
        text=phrase.text, window=phrase.text, trigger_type=entry.sub_event_type, specific=False,
        lexicon_types=frozenset({entry.sub_event_type}), context=trigger_context(doc, start, end)))


def _relative_clause(tok: Any) -> Any | None:
    """The verb of the "where" clause describing a place the token is in ("the Pool region, where a rebellion *ended*
    with a ceasefire"), else None ("refugees who were protesting" tells the people's own act)."""
    for node in (tok, *tok.ancestors):
        if node.dep_ == "relcl":
            return node if any(ch.dep_ == "advmod" and ch.lower_ == "where" for ch in node.children) else None
    return None


def _conducts_candidate(verb: Any, cands: list[Candidate]) -> bool:
    """Is the verb a light verb whose object is a candidate already ("carried out offensive operations",
    "conducted 11 strikes")? The object says what happened; the verb adds no event of its own."""
    if verb.lemma_.lower() not in discourse().conduct_verbs:
        return False
    inside = {t.i for ch in verb.children if ch.dep_ in ("dobj", "prt") for t in ch.subtree}
    return any(c.start in inside for c in cands)


def candidates_for_training(parsed: Parsed, text: str, model: str, gold: tuple[int, int] | None) -> list[tuple[SentenceInput, bool]]:
    """Classifier inputs of a text as detect builds them, each with "is in the sentence of the gold trigger"
    (char span ``gold``). The gold trigger itself is always an input, even if no lexicon word covers it."""
    doc = parsed.doc
    by_sentence = candidates_by_sentence(parsed, text, model)
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
            out.append((SentenceInput(text=span.slice(text), window=clause_window(doc, sent, tok.start, tok.end),
                                      context=trigger_context(doc, tok.start, tok.end)), True))
    return out


def add_weapon_verbs(parsed: Parsed, text: str, by_sentence: dict[int, list[Candidate]], sents: list[Any]) -> None:
    """A finite verb whose subject is a weapon ("a drone dropped explosives on a bus stop", "a shell landed
    on a school") is a candidate too, when no candidate covers it: the verb is rarely a trigger word.
    ``sents``: the sentence spans ``candidates_by_sentence`` used."""
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
            by_sentence.setdefault(i, []).append(Candidate(i, tok.i, tok.i + 1, None, SentenceInput(
                text=sentence_text, window=clause_window(doc, sent, tok.i, tok.i + 1), context=trigger_context(doc, tok.i, tok.i + 1))))
