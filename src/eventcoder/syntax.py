"""spaCy's parse as more than one package reads it: the entity labels of places, walks over the dependency tree."""

from __future__ import annotations

from typing import Any, Callable, Iterator

from . import doccache
from .catalogue import words

PLACE_LABELS = ("GPE", "LOC", "FAC")  # the entity labels the parser gives places
TIME_LABELS = ("DATE", "TIME")  # ... and days and times
DEFINITE_DETERMINERS = ("the", "this", "that", "these", "those")  # a noun they govern names something already told
PAST_TAGS = ("VBD", "VBN")  # a verb told in the past
NAME_JOINERS = ("and", ",", "&")  # what joins two coordinated names ("Tiv and Jukun youths", "Pokot, Turkana")
CLAUSE_BREAKS = (";", "\u2014", "\u2013")  # a semicolon, an em dash, an en dash: what sets one clause of a sentence apart


def names_place(tok: Any, nouns: frozenset[str]) -> bool:
    """Does the token name a place: a place entity ("Goma", "Sinaloa"), or one of ``nouns`` by lemma ("the area", "the
    town": [movements] ground in discourse.toml)?"""
    return tok.ent_type_ in PLACE_LABELS or tok.lemma_.lower() in nouns


def in_words(tok: Any, words: frozenset[str], lemma_of: Callable[[Any], str] | None = None) -> bool:
    """Is the token one of ``words`` by its lemma or as written ("troops" by "troop"; "remains", "police" as written,
    whose lemmas the tagger may change)? ``lemma_of`` reads the lemma another way (actors.words.lemma: "Soldiers" as a
    name gives "soldier"); by default the tagger's, lower-cased."""
    return (lemma_of(tok) if lemma_of is not None else tok.lemma_.lower()) in words or tok.lower_ in words


def word_positions(doc: Any, start: int, end: int, words: frozenset[str]) -> Iterator[int]:
    """The indices, in order, of the tokens of doc[start:end] that are one of ``words`` by their lemma or as written
    (``in_words`` with the tagger's lemma, for each token), read from the Doc's word lists (doccache.lemmas, lowers)
    without making a Token per word."""
    lemmas, lowers = doccache.lemmas(doc), doccache.lowers(doc)
    return (i for i in range(start, end) if lemmas[i] in words or lowers[i] in words)


def words_in(doc: Any, start: int, end: int, words: frozenset[str]) -> bool:
    """Is a token of doc[start:end] one of ``words`` (``word_positions``)?"""
    return next(word_positions(doc, start, end, words), None) is not None


def clause_verb(tok: Any) -> Any | None:
    """The verb whose clause a token is in (itself when it is one); None when no verb heads it."""
    for node in (tok, *tok.ancestors):
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def verb_over(tok: Any, deps: tuple[str, ...]) -> Any | None:
    """The verb a trigger tells: itself when it is a verb, else its head when the trigger hangs on that verb by one of
    ``deps`` ("set up *checkpoints*": dobj; "*Troops* patrolled": nsubj); None otherwise."""
    if tok.pos_ == "VERB":
        return tok
    return tok.head if tok.dep_ in deps and tok.head.pos_ == "VERB" else None


def clause_head(tok: Any) -> Any:
    """The verb of the token's clause, else the sentence's root ("Clashes in Goma." has no verb)."""
    return clause_verb(tok) or doccache.sent_of(tok).root


def returns_fire(head: Any) -> bool:
    """Is the trigger "returned fire" (or "fire" returned; words.toml returned_fire): its subject defends against an attack
    told before?"""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    fire = words("returned_fire")
    return verb.lemma_.lower() == "return" and any(c.lemma_.lower() in fire for c in (*verb.children, head))


def passive_agents(verb: Any) -> list[Any]:
    """Who did a passive verb: the objects of its "by" agent ("were detained *by soldiers*", "carried out *by Boko Haram
    fighters*"), in order; empty when it has none."""
    return [g for ch in verb.children if ch.dep_ == "agent" for g in ch.children if g.dep_ == "pobj"]


def has_agent(verb: Any, counts: Callable[[Any], bool] | None = None) -> bool:
    """Does the verb have a "by" agent ("were detained *by soldiers*")? ``counts`` says which agents count (default: any;
    events.follow_ups.released_from leaves out "by the evening")."""
    return any(ch.dep_ == "agent" and (counts is None or counts(ch)) for ch in verb.children)


def agentless_passive(verb: Any, marks: tuple[str, ...] = ("auxpass",), counts: Callable[[Any], bool] | None = None) -> bool:
    """Is the verb a passive with no "by" agent ("Two suspected insurgents were detained": no doer told)? A passive is a
    verb with a child of one of ``marks`` (by default its passive auxiliary, "were"; events.merge also takes a passive
    subject alone, "Two insurgents detained"); ``counts`` as in ``has_agent``."""
    return any(ch.dep_ in marks for ch in verb.children) and not has_agent(verb, counts)


def subjects(verb: Any) -> list[Any]:
    """Who does a verb: its subjects, then the agent of a passive ("were detained *by soldiers*")."""
    return [ch for ch in verb.children if ch.dep_ == "nsubj"] + passive_agents(verb)


def shared_subject(verb: Any) -> Any | None:
    """The subject of a verb, or of the verb it is coordinated with when it has none of its own ("Soldiers surrounded the
    village and searched a compound": "Soldiers" for "searched"); None when neither has one."""
    node = verb
    while not any(ch.dep_ == "nsubj" for ch in node.children) and node.dep_ == "conj" and node.head is not node:
        node = node.head
    return next((ch for ch in node.children if ch.dep_ == "nsubj"), None)


# words that open a clause of its own: a passive verb after one has its own subject ("marched ... to demand guarantees
# for jobs *as* coal mines *are wound down*"), no participle before it describes that verb's subject
CLAUSE_MARKS = frozenset({"as", "while", "when", "whereas", "because", "where", "if"})


def misread_participle(verb: Any, finite: bool = False) -> Any | None:
    """The sentence's passive verb when the parser took a participle describing the subject for a verb of its own ("The
    five workers *kidnapped* near Bouar last month *were freed* on Sunday": kidnapped reads VBD with "workers" as its
    subject and no object, and the passive verb after it has no subject of its own, hung on it or beside it); else None."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children) \
            or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    near = [*verb.children, *(c for c in verb.head.children if c.i != verb.i)] if verb.head.i != verb.i else list(verb.children)
    if verb.head.i > verb.i:
        near.append(verb.head)
    # ... or, with ``finite``, a finite past verb hung on a participle tagged as one ("Insurgents *linked* to the Islamic
    # State *killed* four fishermen": linked VBN with "Insurgents" as its subject, killed an adverbial clause of it): the
    # sentence's main verb (classify/candidates), not a recall of the participle's own act
    return next((c for c in sorted(near, key=lambda t: t.i) if c.i > verb.i
                 and ((c.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.i == c.i - 1 for a in c.children))
                      or (finite and verb.tag_ == "VBN" and c.tag_ == "VBD" and c.head.i == verb.i))
                 and not any(a.dep_ in ("nsubj", "nsubjpass", "mark") for a in c.children)
                 and not any(t.tag_ in ("VBD", "VBZ", "VBP", "WDT", "WP") or t.is_punct or t.lower_ in CLAUSE_MARKS for t in verb.doc[verb.i + 1 : c.i - 1])), None)


def told_in_the_past(verb: Any) -> bool:
    """Does the verb tell a happening in the past: a finite past, a participle with its auxiliary ("have been
    detained"), or a participle the parser made the head of a clause with a subject of its own, the tagger's VBN for a
    VBD ("Gunmen in a speedboat *opened* fire on a fishing vessel")? Not a participle that only describes a noun ("the
    arrested men") nor the subject of a later passive verb ("The five workers *kidnapped* near Bouar were freed")."""
    if verb.tag_ not in PAST_TAGS:
        return False
    if verb.tag_ == "VBD" or any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return True
    return verb.dep_ in ("ROOT", "ccomp", "conj") and any(ch.dep_ == "nsubj" and ch.i < verb.i for ch in verb.children) \
        and misread_participle(verb) is None


def list_head(tok: Any) -> Any:
    """The first item of the list or apposition a token is in ("documented 19 killings, 7 abductions and 36 arrests":
    abductions -> killings); the token itself when it is in none."""
    for _ in range(12):
        if tok.dep_ not in ("conj", "appos"):
            break
        tok = tok.head
    return tok


def spelled_out(tok: Any) -> Any | None:
    """The last word of the name an acronym stands for where the text defines it in brackets ("The Guyana Defence
    Force (GDF) said ...": GDF -> Force), for any use of that acronym in the document; None for a word that is no
    all-capital acronym or that the text never spells out."""
    if len(tok.text) < 2 or not tok.text.isupper() or not tok.text.isalpha():
        return None
    doc = tok.doc
    for t in doc:
        if t.text == tok.text and 2 <= t.i and doc[t.i - 1].text == "(" and t.i + 1 < len(doc) and doc[t.i + 1].text == ")":
            name = doc[t.i - 2]
            if name.pos_ == "PROPN" and name.text[:1].isupper():
                return name
    return None
