"""Who an arrest holds and who holds them: the arrested phrase, forces arrested, people held over a riot, and armed
groups named only as what the arrested are accused of."""

from __future__ import annotations

from typing import Any

from .. import doccache
from ..syntax import in_words
from ..model import Span
from ..records import Mention
from .naming import lemmas_force
from .words import W, lemma, phrase_roots


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


def accused_of_ties(span: Span | None, doc: Any, arrest: bool = False) -> bool:
    """Is the armed group named only as what arrested people are said to have done for it, or were once? "accusing them
    of links to the New People's Army", "suspected of belonging to al-Qaeda", "four former LTTE cadres", "suspected Fano
    supporters" (eval/WRITERS.md Arrests and Former members: they are Civilians (X), inter 7)."""
    if span is None:
        return False
    start = doccache.first_token_from(doc, span.start)
    if start >= len(doc):
        return False
    sent_start = doccache.sentence(doc, start).start
    end = max(start, doccache.first_token_from(doc, span.end))
    if end < doccache.sentence(doc, start).end and doc[end].lower_ in W("alleged_helpers"):
        return True  # "suspected Fano supporters", "27 suspected ISWAP collaborators"
    if any(in_words(t, W("former"), lemma) for t in doc[max(sent_start, start - 2) : start]):
        return True  # "former LTTE cadres", "a former FARC fighter"
    if not arrest:
        return False  # (weapons "belonging to the CODECO militiamen" are theirs: only arrested people are accused)
    # the group inside what a ties word governs: "links [to the NPA]", "belonging [to al-Qaeda]", "collaborating [with the RSF]"
    window = doc[max(sent_start, start - 6) : start]
    return any(in_words(t, W("alleged_ties"), lemma) and t.left_edge.i <= start < t.right_edge.i + 1
               for t in window)
