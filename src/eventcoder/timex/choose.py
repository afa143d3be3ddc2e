"""Which time expression dates which event: the nearest usable one in its sentence, else the date of the
previous event in its paragraph, else the report's opening date, else the publication week."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .. import doccache
from ..model import EventDate, Evidence
from ..records import MentionFacts, Mention, Parsed, TimeExpression, separated
from ..syntax import PAST_TAGS, clause_head
from .patterns import time_words

NAME = "dates"  # the stage the evidence comes from (stages/dates.py)


def opening_date(expressions: tuple[TimeExpression, ...], parsed: Parsed, mentions: tuple[Mention, ...] = ()) -> TimeExpression | None:
    """The report's opening date ("On 6 May 2020, ...", a dateline "KABUL (March 24, 2011)"): a day-precise
    date in the first two sentences, which carries to later events that state none."""
    # the lead: the first two sentences, or the dateline's sentence and the next when header lines come first,
    # and at least up to the first event's sentence (header lines and a scene-setting sentence may come first)
    datelined = [e.sentence for e in expressions if e.speech and e.sentence <= 4]
    last = max(1, datelined[0] + 1 if datelined else 1, min(min((m.sentence for m in mentions), default=0), 4))
    lead = [e for e in expressions if e.sentence <= last and e.date.time_precision == 1]
    own = [e for e in lead if not e.speech]  # "yesterday" in the lead is the main event's day, not the dateline's
    return own[0] if own else (lead[0] if lead else None)


def _is_title(parsed: Parsed) -> bool:
    """Is the first sentence a title: in capitals, or a line of its own without closing punctuation?"""
    if len(parsed.sentences) < 2:
        return False
    first = parsed.sentences[0].slice(doccache.text(parsed.doc)).strip()
    letters = [c for c in first if c.isalpha()]
    if len(letters) >= 8 and not any(c.islower() for c in letters):
        return True
    return bool(first) and first[-1] not in ".!?\"'\u201d\u2019:" and doccache.text(parsed.doc)[parsed.sentences[0].end : parsed.sentences[1].start].count("\n") + first.count("\n") >= 1


_ANOTHER_TIME = re.compile(rf"\b(?:{time_words('connectives', 'span_words')})\b", re.I)


def _closes_clause(m: Mention, expr: TimeExpression, parsed: Parsed) -> bool:
    """Is the date after the trigger with no other time between ("..., hours after X" dates X, not m)?"""
    if expr.span.start < m.trigger.end:
        return False
    between = doccache.text(parsed.doc)[m.trigger.end : expr.span.start]
    return _ANOTHER_TIME.search(between) is None


def _opens_clause(m: Mention, expr: TimeExpression, parsed: Parsed, mentions: tuple[Mention, ...]) -> bool:
    """Is the date before every trigger of the sentence with no other time between it and m?"""
    first = min((o.trigger.start for o in mentions if o.sentence == m.sentence), default=m.trigger.start)
    if expr.span.end > first or expr.speech:
        return False
    return _ANOTHER_TIME.search(doccache.text(parsed.doc)[expr.span.end : m.trigger.start]) is None


_POSSESSIVE = re.compile(r"^['\u2019]s?\s+(?:[\w-]+\s+){0,2}?$")
_CONNECTIVE = re.compile(rf"\b(?:{time_words('connectives')})\b", re.I)


def _usable(m: Mention, expr: TimeExpression, text: str) -> bool:
    """"last week's airstrike", "Monday's attack": a possessive date dates only the noun it modifies."""
    if text[expr.span.end : expr.span.end + 1] not in ("'", "\u2019"):
        return True
    return m.trigger.start >= expr.span.end and _POSSESSIVE.match(text[expr.span.end : m.trigger.start]) is not None


_SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late|the\s+(?:start|beginning|end)\s+of)[\s-]+)?$", re.I)


def _other_verbs(m: Mention, expr: TimeExpression, parsed: Parsed) -> bool:
    """Does the date belong to another verb's clause than the event's ("the army withdrew overnight and
    auxiliaries took over the positions on Tuesday")?"""
    doc = parsed.doc
    span = doc.char_span(expr.span.start, expr.span.end, alignment_mode="expand")
    if span is None or not 0 <= m.head < len(doc):
        return False
    return clause_head(span.root).i != clause_head(doc[m.head]).i


def _rank(m: Mention, expr: TimeExpression, text: str, parsed: Parsed | None = None) -> tuple[bool, bool, bool, bool, int]:
    """Nearest date first, but not a "since" date (a state's beginning: "the districts held since 2023 were
    recaptured on Wednesday"), not across "after"/"before" ("swept up glass on Tuesday after rockets hit ...
    on Monday": Monday dates the rockets), and not across a semicolon (another clause's)."""
    lo, hi = sorted((expr.span.end, m.trigger.start)) if expr.span.start < m.trigger.start else (m.trigger.end, expr.span.start)
    since = expr.text.lower().startswith("since") or _SINCE.search(text[max(0, expr.span.start - 40) : expr.span.start]) is not None
    other = parsed is not None and _other_verbs(m, expr, parsed)
    return (since, _CONNECTIVE.search(text[lo:hi]) is not None, other, ";" in text[lo:hi], abs(expr.span.start - m.trigger.start))


def _dates_a_recalled_clause(m: Mention, expr: TimeExpression, parsed: Parsed) -> bool:
    """Is the date told in a relative or participle clause of the death or wounding of someone outside the trigger
    ("replacing a leader *killed* in an air raid last month", "Haniyeh, who *was killed* in Tehran last week"), of their
    taking ("released 16 women and children *abducted* in July": the Abduction and Arrests trigger verbs, [captives]
    verbs) or of a measure's imposing ("extended a curfew that was first *imposed* in February": triggers.toml
    [codebook] measure_verbs)? It dates that earlier act, not the trigger (the release, the extension). What the people a
    trigger acts on were doing ("to disperse people who had gathered ... on Wednesday morning") or the clause of the
    trigger's own noun still dates it."""
    from ..catalogue import words
    from ..events.cues import cues
    from ..lexicon import codebook_words, hazards, triggers

    doc = parsed.doc
    span = doc.char_span(expr.span.start, expr.span.end, alignment_mode="expand")
    if span is None or not 0 <= m.head < len(doc):
        return False
    head = doc[m.head]
    node = next((t for t in (span.root, *span.root.ancestors) if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX")), None)
    if node is None or node == head or head in node.subtree or node.head == head or node.tag_ not in PAST_TAGS:
        return False
    if node.head.dep_ == "conj" and node.head.head == head:
        return False  # a gapped clause of the trigger ("Two men were shot dead and a woman wounded ... late on Friday")
    taking = {w for e in triggers() if e.sub_event_type in ("Abduction/forced disappearance", "Arrests") for w in e.lemmas}
    return node.lemma_.lower() in hazards().death_verbs | words("casualty_verbs") | taking | cues().capture_verbs | codebook_words().measure_verbs


def _sets_the_scene(expr: TimeExpression, parsed: Parsed) -> bool:
    """Does the date open its sentence, before the main verb ("At about 2 a.m. on Thursday 9 July, a unit on patrol ...")?"""
    doc = parsed.doc
    span = doc.char_span(expr.span.start, expr.span.end, alignment_mode="expand")
    if span is None:
        return False
    sent = doccache.sent_of(span[0])
    return span.start - sent.start <= 8 and span.end <= sent.root.i


def _only_same_type_between(m: Mention, offset: int, mentions: tuple[Mention, ...]) -> bool:
    lo, hi = sorted((m.trigger.start, offset))
    between = [o for o in mentions if o.id != m.id and o.sentence == m.sentence and lo < o.trigger.start < hi]
    return all(o.sub_event_type == m.sub_event_type for o in between)


def choose_dates(
    mentions: tuple[Mention, ...], expressions: tuple[TimeExpression, ...], parsed: Parsed, anchor: dt.date | None
) -> tuple[MentionFacts, ...]:
    out = []
    previous: dict[int, Evidence[EventDate]] = {}
    opening = opening_date(expressions, parsed, mentions)
    text = doccache.text(parsed.doc)
    for m in mentions:
        paragraph = parsed.paragraph_index(m.trigger.start)
        in_sentence = [e for e in expressions if e.sentence == m.sentence and not _dates_a_recalled_clause(m, e, parsed)]
        usable = [e for e in in_sentence if _usable(m, e, text)]
        if any(not e.speech for e in usable):  # another noun's possessive date only when the sentence has no other
            in_sentence = usable
        if any(not e.speech for e in in_sentence):  # "said on Monday that ... last night": the event's own date first
            in_sentence = [e for e in in_sentence if not e.speech]
        same = [e for e in in_sentence if not separated(m, e.span.start, mentions)]
        evidence: Evidence[EventDate] | None
        if same:
            best = min(same, key=lambda e: _rank(m, e, text, parsed if len(same) > 1 else None))
            evidence = Evidence(value=best.date, span=best.span, text=best.text, stage=NAME, confidence=0.8)
        elif (alike := [e for e in in_sentence if _only_same_type_between(m, e.span.start, mentions)]):
            # the date is behind a trigger of the same kind, one event told twice ("bombed X with bombs on Tuesday")
            best = min(alike, key=lambda e: abs(e.span.start - m.trigger.start))
            evidence = Evidence(value=best.date, span=best.span, text=best.text, stage=NAME, confidence=0.6)
        elif len({e.date.value for e in in_sentence}) == 1 and _closes_clause(m, in_sentence[0], parsed):
            # one date closing the sentence, behind another kind of event ("detained ..., and discovered a
            # cache, ... yesterday"): still this sentence's date rather than a date from elsewhere
            best = in_sentence[0]
            evidence = Evidence(value=best.date, span=best.span, text=best.text, stage=NAME, confidence=0.5)
        elif len({e.date.value for e in in_sentence}) == 1 and _opens_clause(m, in_sentence[0], parsed, mentions):
            # one date opening the sentence before all its events ("01 APR – SAHEL: SVBIED detonated at a post,
            # followed by small-arms fire"): the date of them all
            best = in_sentence[0]
            evidence = Evidence(value=best.date, span=best.span, text=best.text, stage=NAME, confidence=0.5)
        elif paragraph in previous and not in_sentence:
            prior = previous[paragraph]
            evidence = Evidence(value=prior.value, span=prior.span, text=prior.text, stage=NAME, confidence=0.6)
        elif not in_sentence and (told := [e for e in expressions if e.sentence < m.sentence and not e.speech and e.date.time_precision == 1
                                           and parsed.paragraph_index(e.span.start) == paragraph and _sets_the_scene(e, parsed)]):
            # a day that opens an earlier sentence of the paragraph with no event of its own ("At about 11.30 p.m. on Saturday
            # 14 March, officers responded to a report of armed men. On their arrival, a group of men opened fire"); not
            # one told of that sentence's own act ("The march was banned on Thursday. About 300 people gathered anyway")
            best = told[-1]
            evidence = Evidence(value=best.date, span=best.span, text=best.text, stage=NAME, confidence=0.5)
        elif opening is not None and opening.sentence < m.sentence:
            evidence = Evidence(value=opening.date, span=opening.span, text=opening.text, stage=NAME, confidence=0.5)
        elif opening is not None and not opening.speech and not in_sentence and m.sentence == 0 and _is_title(parsed) and opening.sentence <= 2:
            # an event told in the title ("ARMED MEN TAKE WFP TRUCKS ON NYALA ROAD. Five lorries ... on Thursday")
            # is the one the lead tells and dates
            evidence = Evidence(value=opening.date, span=opening.span, text=opening.text, stage=NAME, confidence=0.5)
        elif anchor is not None:
            week = EventDate(value=anchor, earliest=anchor - dt.timedelta(days=6), latest=anchor, time_precision=2)
            evidence = Evidence(value=week, span=None, text="", stage=NAME, confidence=0.4)
        else:
            evidence = None
        if evidence is not None and evidence.span is not None:
            previous[paragraph] = evidence
        out.append(MentionFacts(mention_id=m.id, date=evidence))
    return tuple(out)

