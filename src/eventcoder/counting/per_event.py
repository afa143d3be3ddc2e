"""Which event a casualty report belongs to, and one figure per event and kind (the lowest credible one, with
a low/best/high range over the reports; a suicide bombing counts its bombers)."""

from __future__ import annotations

import dataclasses
import re

from .. import doccache
from ..model import Casualties, Evidence, Span
from ..records import CasualtyReport, MentionFacts, Mention, Parsed
from .conventions import conventions
from .quantities import NUM, number
from .reports import KILL_VERBS, NEUTRALISE

NAME = "casualties"  # the stage the evidence comes from (stages/casualties.py)

# a toll over a period is not one event's ("220 people had been killed since Friday", "killed over 130 people
# in ten days", "at least 25 people have since been killed"): the aggregate cues of events/, plus spans of days
_SPAN_OF_DAYS = re.compile(r"\b(?:in|within|over)\s+(?:\w+\s+)?(?:days|weeks|months|years)\b|\b(?:has|have|had)\s+since\b", re.I)
# "... clashed with police after a trader was killed": a death inside an after-clause is the earlier event's
_AFTER_CLAUSE = re.compile(r"\b(?:after|following)\b[^,;:\u2014]*$", re.I)


def _clause(text: str, r: CasualtyReport, sentence: Span) -> str:
    chunk = sentence.slice(text)
    at = r.span.start - sentence.start
    start = max((chunk.rfind(c, 0, at) for c in ",;:\u2014"), default=-1) + 1
    ends = [i for i in (chunk.find(c, r.span.end - sentence.start) for c in ",;:\u2014") if i >= 0]
    return chunk[start : min(ends, default=len(chunk))]


def _over_a_period(r: CasualtyReport, parsed: Parsed) -> bool:
    from ..events import cues  # events imports the stages

    clause = _clause(doccache.text(parsed.doc), r, parsed.sentences[r.sentence])
    return _SPAN_OF_DAYS.search(clause) is not None or any(p.search(clause) for p in cues().period)


UNREAL = ("hypothetical", "negated", "threat")  # an event that did not happen has no casualties


def _admits(m: Mention, r: CasualtyReport) -> bool:
    """Can the event carry the report? Types without fatalities take only a known 0 (or injuries)."""
    if m.status.value in UNREAL and not r.counts.none_reported:
        return False
    return not (r.kind == "killed" and not r.counts.none_reported and m.sub_event_type in conventions().no_fatalities)


def owner(r: CasualtyReport, mentions: tuple[Mention, ...], parsed: Parsed) -> Mention | None:
    """The mention a report belongs to (rule in ``attach``)."""
    if not r.counts.none_reported and _over_a_period(r, parsed):
        return None
    text = doccache.text(parsed.doc)
    in_sentence = [m for m in mentions if m.sentence == r.sentence]
    same = [m for m in in_sentence if _admits(m, r)]
    if same:
        before = [m for m in same if m.trigger.start <= r.span.start]
        if before and _AFTER_CLAUSE.search(text[before[-1].trigger.end : r.span.start]):
            return None
        return before[-1] if before else same[0]
    if in_sentence:
        # only events that carry no deaths in the sentence: an active killing by the sentence's actors ("the force
        # killed two insurgents while detaining several others") goes to their event, which the killing is part
        # of; a passive count ("..., where 17 people were killed") is another event's
        if not re.match(rf"(?:{KILL_VERBS}|{NEUTRALISE})\b", r.text, re.I):
            return None
        before = [m for m in in_sentence if m.trigger.start <= r.span.start]
        return before[-1] if before else in_sentence[0]
    paragraph = parsed.paragraph_index(r.span.start)
    if r.counts.none_reported:
        # "No casualties were reported." closing the report: the last event told before it, however far back,
        # that could have had casualties (not the arrests that followed the riot); one closing a paragraph is
        # that paragraph's ("... set fire to three buses before dawn. No one was hurt."), whatever its kind
        earlier = [m for m in mentions if m.sentence < r.sentence]
        violent = [m for m in earlier if m.sub_event_type not in conventions().no_fatalities]
        here = [m for m in earlier if parsed.paragraph_index(m.trigger.start) == paragraph]
        violent_here = [m for m in here if m.sub_event_type not in conventions().no_fatalities]
        return (violent_here or here or violent or earlier or [None])[-1]
    earlier = [m for m in mentions if m.sentence < r.sentence and m.sentence >= r.sentence - 2 and parsed.paragraph_index(m.trigger.start) in (paragraph, paragraph - 1)]
    earlier = [m for m in earlier if m.status.value not in UNREAL]  # "planned to attack ... . He was killed."
    return earlier[-1] if earlier and _admits(earlier[-1], r) else None


_BOMBERS = re.compile(
    rf"\b(?:(?P<num>{NUM}|a|an|one|the)\s+)?(?:(?:female|male|teenage|child|young|woman|women|suspected|would-be)\s+)*suicide\s+(?:car\s+|truck\s+)?(?P<noun>bombers?|attackers?)\b"
    rf"|\b(?:(?P<num2>{NUM}|a|an|one|the)\s+)?(?:[a-z-]+\s+){{0,2}}?(?P<noun2>bombers?|attackers?)\s+(?:who\s+)?blew\s+(?:himself|herself|themselves)\s+up\b",
    re.I,
)
_BOMBER_LIVED = re.compile(r"\b(?:arrested|captured|detained|caught|apprehended|survived|failed to detonate|before (?:he|she|they) could)\b", re.I)


def bombers(m: Mention, parsed: Parsed) -> int:
    """How many suicide bombers the event's sentence names as dying with their bomb (0 when they lived)."""
    sentence = parsed.sentences[m.sentence].slice(doccache.text(parsed.doc))
    found = _BOMBERS.search(sentence)
    if found is None or _BOMBER_LIVED.search(sentence):
        return 0
    word = found.group("num") or found.group("num2") or ""
    noun = (found.group("noun") or found.group("noun2") or "").lower()
    n = number(word) if word and word.lower() != "the" else None
    return n if n is not None else (2 if noun.endswith("s") else 1)


def attach(mentions: tuple[Mention, ...], reports: tuple[CasualtyReport, ...], parsed: Parsed) -> tuple[MentionFacts, ...]:
    """A report belongs to the nearest event trigger before it in its sentence (or the first after it);
    a sentence without events gives its reports to the last event of the previous sentences of its paragraph."""
    per: dict[int, dict[str, list[CasualtyReport]]] = {m.id: {} for m in mentions}
    for r in reports:
        target = owner(r, mentions, parsed)
        if target is not None:
            per[target.id].setdefault(r.kind, []).append(r)
    out = []
    for m in mentions:
        facts = {}
        for kind, rs in per[m.id].items():
            r = combine(_add_also(rs, doccache.text(parsed.doc)))
            facts[kind] = Evidence(value=r.counts, span=r.span, text=r.text, stage=NAME, confidence=0.7)
        if m.sub_event_type in conventions().attacker_included and not any(r.kind == "killed" and not r.counts.none_reported for r in reports):
            facts["killed"] = _with_attackers(m, facts.get("killed"), parsed)
        out.append(MentionFacts(mention_id=m.id, killed=facts.get("killed"), injured=facts.get("injured")))
    return tuple(out)


def _with_attackers(m: Mention, killed: Evidence[Casualties] | None, parsed: Parsed) -> Evidence[Casualties] | None:
    """A suicide bombing in a report that states no death toll ("blew himself up ..., wounding one officer") killed
    its bombers. A stated toll is kept as stated (the lowest credible figure: reports rarely say whether it
    counts the bomber, and "killing one officer and the attacker" names them when it does)."""
    if killed is not None and not killed.value.none_reported:
        return killed
    n = bombers(m, parsed)
    if n == 0:
        return killed
    span = m.trigger
    return Evidence(value=Casualties(low=n, best=n, high=None), span=span, text=span.slice(doccache.text(parsed.doc)), stage=NAME, confidence=0.5)


_ALSO = re.compile(r"\b(?:also|as well|in addition|additionally)\b", re.I)


def _add_also(reports: list[CasualtyReport], text: str) -> list[CasualtyReport]:
    """"... killed a commander; locals said two children also died": a count told with "also" in the same
    sentence is more victims of the same event, added to the count before it, not another estimate of it."""
    out: list[CasualtyReport] = []
    for r in sorted(reports, key=lambda r: r.span.start):
        told = [o for o in out if not o.counts.none_reported and o.counts.low is not None and o.sentence == r.sentence]
        window = text[max(told[-1].span.end if told else 0, r.span.start - 30) : r.span.end + 12] if told else ""
        if told and not r.counts.none_reported and r.counts.low is not None and _ALSO.search(window):
            prev = told[-1]
            add = lambda a, b: None if a is None or b is None else a + b  # noqa: E731
            c = Casualties(low=add(prev.counts.low, r.counts.low), best=add(prev.counts.best, r.counts.best), high=add(prev.counts.high, r.counts.high))
            out[out.index(prev)] = dataclasses.replace(prev, counts=c)
            continue
        out.append(r)
    return out


def combine(reports: list[CasualtyReport]) -> CasualtyReport:
    """Several figures for one event: keep the first report's evidence, widen the range over all."""
    if any(not r.counts.none_reported for r in reports):  # "three killed ... no civilians hurt": the count wins
        reports = [r for r in reports if not r.counts.none_reported]
    first = reports[0]
    if len(reports) == 1:
        return first
    lows = [r.counts.low for r in reports if r.counts.low is not None]
    highs = [r.counts.high for r in reports if r.counts.high is not None]
    bests = [r.counts.best for r in reports if r.counts.best is not None]
    counts = Casualties(
        low=min(lows) if lows else None,
        best=max(bests) if bests else None,
        high=max(highs) if highs else None,
        none_reported=all(r.counts.none_reported for r in reports),
    )
    return CasualtyReport(span=first.span, text=first.text, kind=first.kind, counts=counts, sentence=first.sentence)

