"""Claims of responsibility, blame and "believed to belong to X" anywhere in the article."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from .. import doccache
from ..catalogue import CROWD_KINDS, STATE_KINDS
from ..model import Actor, Evidence, Span
from ..records import Mention, Parsed
from ..resources import alternation, word_lists
from .naming import actor_from_phrase, identity_named, is_unidentified
from .words import NAME, W, entity_of, noun_phrase


def _any(concept: str) -> str:
    """A group matching one of a words.toml list's phrases (longest first; a space matches any white space)."""
    phrases = sorted(W(concept), key=lambda p: (-len(p), p))
    return "(?:" + alternation(phrases).replace(r"\ ", r"\s+") + ")"


CLAIM = re.compile(
    rf"\b(?:{_any('claim_forms')}|{_any('take_forms')})\s+(?:the\s+)?{_any('claimed_things')}\b|"
    rf"\bclaimed\s+(?:the|an|a|this|that|these|those|last\s+\w+'s|\w+'s)\s+(?:[\w-]+\s+){{0,2}}?{_any('violent_acts')}\b|"
    rf"\b{_any('claim_forms')}\s+{_any('claimed_counts')}\s+(?:[\w-]+\s+){{0,2}}?{_any('violent_acts')}\b|"
    r"\b(?P<by>claimed\s+by)\b|"
    # "IS-K claimed it.", "a faction calling itself X claimed it on Telegram" (not "claimed it had killed 30")
    r"\b(?P<it>claimed\s+it)(?=\s*(?:[.;,]|$)|\s+(?:on|in|through|via|hours|later|soon|shortly)\b)|"
    # "the Pakistani Taliban said it carried out the attack", "the group said its fighters were behind the blast", "said in
    # a statement that its fighters", "said on Thursday that it"
    rf"\b(?P<did>{_any('owning_verbs')}\s+(?:{_any('statement_openers')}\s+(?:[\w'-]+\s+){{0,4}}?)?(?:that\s+)?"
    rf"(?:it|they|(?:its|their)\s+{_any('claimant_members')})\s+(?:had\s+|has\s+|have\s+)?{_any('perpetrating')}\b)", re.I)
BLAME = re.compile(rf"\b(?:{_any('blaming_forms')}|link(?:ing|ed)\s+{_any('linked_people')}\s+to)\b", re.I)
# "Boko Haram fighters are suspected", "officers believe al-Shabaab sympathisers were responsible": the clause's subject
# (not "responsible for security"; "responsible for the killings" is a blame)
RESPONSIBLE = re.compile(
    rf"\b(?:is|are|was|were|be|been)\s+(?:{_any('responsible_adverbs')}\s+)?(?:suspected|behind\s+(?:the|it|this|these)|"
    rf"responsible(?!\s+for\b(?!\s+(?:the|this|these|it)\s+(?:\w+\s+)?{_any('violent_acts')}\b)))\b", re.I)


# "fighters believed to belong to the ADF", "gunmen thought to be members of X", "militants suspected to be from X"
BELONG = re.compile(rf"\b{_any('belief_forms')}\s+to\s+(?:belong\s+to|be\s+{_any('belonging')}|be)\b", re.I)


# "the attackers were Boko Haram fighters", "identified the raiders as Murle", "bore the hallmarks of al-Shabaab": the
# group named right after
IDENTIFIED = re.compile(
    rf"\b(?:the|these|those)\s+{_any('unnamed_attackers')}\s+(?:were|was|are|is|had\s+been)\s+(?:(?:all|likely|probably)\s+)?"
    rf"(?:{_any('belonging')}\s+)?(?=\S)|"
    rf"\b{_any('identifying_forms')}\s+(?:them|him|her|the\s+{_any('unnamed_attackers')})\s+as\b|"
    # "armed youths identified by local officials as Murle", "gunmen the regional government identified as OLA fighters"
    rf"(?P<passive>\bidentified\s+(?:by\s+(?:[\w'-]+\s+){{1,4}}?)?as)\b|"
    rf"\b{_any('hallmark_forms')}\s+(?:all\s+)?the\s+hallmarks\s+of\b|"
    # "the attack was the work of X", "the device was left by X fighters"
    rf"\b(?:is|are|was|were|had\s+been|been)\s+(?:{_any('responsible_adverbs')}\s+)?{_any('authored_by')}\b", re.I)
# "leaving a banner of the CAM", "left pamphlets signed by X": the group whose signature the doers left (words.toml
# signatures: what they left; signing: how it names the group)
# also a signature the text does not say was left, when it names who signed it ("bodies hung beside a banner signed by Los
# Lobos", "Pamphlets signed by the Coordinadora Arauco-Malleco were found at the scene")
SIGNED = re.compile(rf"\b(?:leaving|left)\s+(?:behind\s+)?(?:[\w-]+\s+){{0,2}}?{_any('signatures')}\s+{_any('signing')}\b|"
                    rf"\b{_any('signatures')}(?:,?\s+[\w-]+){{0,4}}?,?\s+{_any('signed_forms')}\b", re.I)
# "We hold the Rapid Support Forces responsible", "held the militia fully responsible for the killings": the group held
HELD = re.compile(rf"\b{_any('holding_forms')}\s+(?P<who>(?:[\w'&/.-]+\s+){{1,8}}?)(?:{_any('responsible_adverbs')}\s+)?responsible\b", re.I)
# a line that only names the suspect or claimant ("ISWAP suspected.", "BLA claimed.")
TERSE = re.compile(rf"^\s*(?P<who>(?:[\w'&/-]+\s+){{0,5}}?[\w'&/-]+)\s+(?P<verb>{_any('terse_blame')})\s*\.?\s*$", re.I)


def _suspects_group(tok: Any) -> bool:
    """"a local official suspected Al-Qaeda in the Arabian Peninsula" (parsed as a modifier of the name): "suspected" after
    its subject noun and before a catalogue group that is the whole object, not "two suspected ISWAP informants"."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or doc[tok.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    ent = entity_of(doc[tok.i + 1])
    if ent is None or ent.start != tok.i + 1 or not doc[tok.i + 1].ent_id_.startswith("actor:"):
        return False
    return ent.end >= len(doc) or doc[ent.end].is_punct or doc[ent.end].dep_ == "cc"


def _denied_claim(tok: Any) -> bool:
    """Is the claim verb at tok denied: negated ("has not claimed") or with a subject that is no one ("nobody claimed",
    "no group has claimed"; resources/status_words.toml nobody, denying_determiners)?"""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    status = word_lists("status_words.toml")
    no, nobody = status["denying_determiners"], status["nobody"]
    return any(c.dep_ == "neg" for c in tok.children) or any(
        c.dep_ == "nsubj" and (c.lower_ in nobody or any(d.dep_ == "det" and d.lower_ in no for d in c.children)) for c in tok.children)


def find_claims(parsed: Parsed, text: str, iso: str | None, day: dt.date | None) -> list[tuple[int, int, Evidence[Actor]]]:
    """(priority, sentence index, actor) of every "X claimed responsibility" (priority 0), "officials blamed X",
    "gunmen believed to belong to X" and "residents said the attackers were X" (priority 1) in the article."""
    doc = parsed.doc
    out = []
    for si, sent in enumerate(parsed.sentences):
        chunk = sent.slice(text)
        sent_tokens: list[Any] = []
        for priority, pattern in ((0, CLAIM), (1, BLAME), (1, BELONG), (1, RESPONSIBLE), (1, IDENTIFIED), (1, HELD), (0, TERSE), (1, SIGNED)):
            match = pattern.search(chunk)
            if not match:
                continue
            if pattern is TERSE and not match.group("verb").lower().startswith("claim"):
                priority = 1  # "JNIM suspected." is a blame, "BLA claimed." a claim
            if not sent_tokens:  # the tokens starting inside the sentence (found by bisection: performance)
                sent_tokens = doccache.tokens_in(doc, sent.start, sent.end)
            tok = next((t for t in sent_tokens if t.idx >= sent.start + match.start()), None)
            if tok is not None and pattern is BLAME and tok.lower_.startswith("suspect") and not (
                    tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children)) and not _suspects_group(tok):
                tok = None  # "two suspected militants", "the suspects": no one is blamed
            if tok is not None and pattern is BLAME and tok.lower_.startswith("accus") and any(
                    c.dep_ == "dobj" and c.pos_ == "PRON" for c in tok.children):
                tok = None  # "shot two men after accusing them of spying for the army": the victims are accused, not an author
            if tok is None:
                continue
            if priority == 0 and pattern is CLAIM and _denied_claim(tok):
                continue  # "nobody claimed the strike", "no group has claimed responsibility": no claimant, and no group named
            phrases: list[list[Any]] = []
            if pattern is TERSE:  # the words before the verb are the whole party
                phrases.append([t for t in sent_tokens if t.idx < sent.start + match.end("who")])
            elif pattern is HELD:  # the words between "hold" and "responsible"
                phrases.append([t for t in sent_tokens if sent.start + match.start("who") <= t.idx < sent.start + match.end("who")])
            elif pattern is RESPONSIBLE:
                # the subject of "are suspected" / "were responsible" (on the verb or its auxiliary's head)
                phrases += [list(c.subtree) for x in dict.fromkeys((tok, tok.head)) for c in x.children
                            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]  # "they were responsible": no name
            elif pattern is BELONG or pattern is IDENTIFIED or pattern is SIGNED or (pattern is CLAIM and match.group("by")):
                # the group named right after "believed to belong to", "believed to be", "was claimed by"
                after = [t for t in sent_tokens if t.idx >= sent.start + match.end()][:8]
                if pattern is SIGNED:  # "a banner alluding to the Mapuche cause, Chilean police said": up to the comma
                    after = list(itertools.takewhile(lambda t: t.text not in (",", ";", ".", ":", "(", ")"), after))
                phrases.append(after)
            elif priority == 0:
                subjects = [c for c in tok.children if c.dep_ in ("nsubj",)] if tok.pos_ in ("VERB", "AUX") else []
                # the subject next to the verb first: a clause the parse hung on it too ("A bomb ... killed the Taliban-appointed
                # governor; ISKP claimed the attack" read with two subjects) is not the claimant
                subjects.sort(key=lambda x: abs(tok.i - x.i))
                if match.group("did") and tok.dep_ == "relcl" and any(x.tag_ in ("WDT", "WP") for x in subjects):
                    subjects = [tok.head]  # "blaming the federal army, which said it had targeted Fano fighters": the army
                phrases += [noun_phrase(x) if x.i == tok.head.i else list(x.subtree) for x in subjects]
                if match.group("did"):  # "X said it targeted Y": the claimant is named before, never the target after
                    phrases.append([t for t in sent_tokens if t.idx < sent.start + match.start()])
                elif not match.group("it"):  # "X claimed it": only its subject ("the army said; an armed faction claimed it")
                    # "responsibility was claimed by X" / "X, which claimed ..." / no parse: the sentence's named actors
                    phrases.append(sent_tokens)
            else:
                for c in tok.children:  # the blamed phrase itself before its clauses ("government forces fighting Fano")
                    if c.dep_ == "dobj":
                        phrases += [noun_phrase(c), list(c.subtree)]
                    if c.dep_ == "prep" and c.lower_ == "on":
                        phrases += [p for x in c.children if x.dep_ == "pobj" for p in (noun_phrase(x), list(x.subtree))]
                phrases.append([t for t in sent_tokens if t.i > tok.i])
            for phrase in phrases:
                found = actor_from_phrase(phrase, iso, day)
                if pattern is IDENTIFIED and match.group("passive"):
                    # people identified as members of a group: an armed group or community (the bare name after "as":
                    # the identified are its members), never a force or people of a place
                    found = identity_named(phrase[:2], iso) or found
                    if found is not None and (found[0].kind in STATE_KINDS or found[0].kind in CROWD_KINDS or is_unidentified(found[0].name)):
                        continue
                if found is not None and pattern in (BELONG, IDENTIFIED, TERSE, SIGNED) and is_unidentified(found[0].name):
                    continue  # "gunmen believed to be armed" names no one
                if found is not None and pattern is CLAIM and match.group("it") and (is_unidentified(found[0].name) or found[0].kind in STATE_KINDS):
                    break  # "an Iraqi armed faction claimed it" names no one
                if found is not None and pattern is CLAIM and match.group("did") and found[0].kind in STATE_KINDS:
                    break  # "the army said it carried out strikes (on Hamas positions)" reports its own operation, not a claim
                if found is not None and found[0].kind not in CROWD_KINDS:
                    actor, a, b = found
                    span = Span.of_tokens(doc, a, b)
                    out.append((priority, si, Evidence(value=actor, span=span, text=span.slice(text), stage=NAME, confidence=0.7 - 0.1 * priority)))
                    break
    return out


def claim_for(m: Mention, claims: list[tuple[int, int, Evidence[Actor]]], parsed: Parsed) -> Evidence[Actor] | None:
    """The claim of responsibility (else the blame) nearest after the event or in its sentence."""
    for priority in (0, 1):
        after = [c for p, si, c in claims if p == priority and si >= m.sentence]
        if after:
            return after[0]
    return None
