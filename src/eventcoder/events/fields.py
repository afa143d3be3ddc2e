"""An event's fields from its own mentions (references fill only what they lack): place, date, the lowest
credible casualty figure, actors, and the casualty claims with their sources and hedges."""

from __future__ import annotations

import dataclasses
from typing import Any, Callable, TypeVar

from ..model import Actor, Casualties, Claim, Evidence
from ..records import CasualtyReport, Mention, MentionFacts, Statement
from ..actors.coref import pro_government
from ..actors.naming import is_unidentified, is_unknown_armed_group
from ..catalogue import organised_armed, words
from ..attribution import HEDGES
from .cluster import Cluster, STAGE


T = TypeVar("T")


def best_evidence(items: list[Evidence[T] | None], precision: Callable[[T], int] | None = None) -> Evidence[T] | None:
    """The most confident evidence, then the most precise, then the earliest mention."""
    present = [(i, e) for i, e in enumerate(items) if e is not None]
    if not present:
        return None
    return max(present, key=lambda ie: (ie[1].confidence, -precision(ie[1].value) if precision else 0, -ie[0]))[1]


def own_first(own: list[Evidence[Actor] | None], refs: list[Evidence[Actor] | None]) -> Evidence[Actor] | None:
    best = best_evidence(own)
    if best is None or is_unidentified(best.value.name):
        best = best_evidence(own + refs)
    return named_over_unknown(best, own)


def named_over_unknown(best: Evidence[Actor] | None, pool: list[Evidence[Actor] | None]) -> Evidence[Actor] | None:
    """An unnamed armed group chosen for the event yields to the organised group another of its mentions names ("...
    resulting in the death of one armed insurgent" — the Taliban, by the leader the operation sought — ... "also detained
    two suspected insurgents"): the mentions tell one event, and one of them already names its side."""
    if best is None or not is_unknown_armed_group(best.value.name):
        return best
    named = [e for e in pool if e is not None and organised_armed(e.value) and not is_unidentified(e.value.name)
             and not pro_government(e.value) and e.value.country in (None, best.value.country)]  # (not VDP volunteers shot dead)
    return best_evidence(named) if named else best


def lowest_figure(items: list[Evidence[Casualties] | None]) -> Evidence[Casualties] | None:
    """The lowest credible figure reported for the event (ACLED), with the highest kept as ``high``."""
    known = [e for e in items if e is not None and e.value.best is not None]
    if not known:
        return best_evidence(items)
    low = min(known, key=lambda e: (e.value.low if e.value.low is not None else e.value.best, -e.confidence))
    lowest = low.value.low if low.value.low is not None else low.value.best
    highs = [e.value.high if e.value.high is not None else e.value.best for e in known]
    high = max((h for h in highs if h is not None), default=None)
    if len({(e.value.low, e.value.best, e.value.high) for e in known}) == 1:
        high = low.value.high
    elif low.value.high is None and high == low.value.best:
        high = None
    # best is the lowest credible figure too (ACLED codes the most conservative report)
    return dataclasses.replace(low, value=dataclasses.replace(low.value, best=lowest, high=high))


def claims_of(
    members: list[Mention], reports: tuple[CasualtyReport, ...], owners: list[Mention | None], statements: tuple[Statement, ...], parsed: Any, text: str
) -> tuple[Evidence[Claim], ...]:
    """Every casualty figure reported for the event, with the statement it is in ("the group said it killed
    30") and the hedges of its sentence ("reportedly", "claimed")."""
    ids = {m.id for m in members}
    event_sentences = {m.sentence for m in owners if m is not None}
    out = []
    for r, m in zip(reports, owners):
        if m is None or m.id not in ids:
            continue
        said = [s for s in statements if s.sentence == r.sentence and s.source.span is not None]
        nxt = r.sentence + 1
        if not said and nxt < len(parsed.sentences) and nxt not in event_sentences and parsed.paragraph_index(parsed.sentences[nxt].start) == parsed.paragraph_index(r.span.start):
            said = [s for s in statements if s.sentence == nxt and s.source.span is not None]
        source = min(said, key=lambda s: abs(s.source.span.start - r.span.start)).source if said else None
        sentence = parsed.sentences[r.sentence].slice(text)
        hedges = tuple(dict.fromkeys(h.group(0).lower() for h in HEDGES.finditer(sentence)))
        claim = Claim(kind=r.kind, counts=r.counts, source=source, hedges=hedges)
        out.append(Evidence(value=claim, span=r.span, text=r.text, stage=STAGE, confidence=0.7))
    return tuple(out)


def merge_facts(*facts: MentionFacts) -> MentionFacts:
    return MentionFacts(
        mention_id=facts[0].mention_id,
        place=best_evidence([f.place for f in facts], lambda p: p.geo_precision),
        date=best_evidence([f.date for f in facts], lambda d: d.time_precision),
        killed=best_evidence([f.killed for f in facts]),
        injured=best_evidence([f.injured for f in facts]),
        sources=tuple(s for f in facts for s in f.sources),
    )


ATTACKERS = words("unnamed_attackers")


def _of_attackers(e: Evidence[Casualties]) -> bool:
    """Is a toll the attackers' own dead ("Two of the attackers were killed", "One rebel was believed to have been killed")?"""
    return any(w.strip(".,;").lower() in ATTACKERS for w in (e.text or "").split())


def event_facts(cl: Cluster, facts: list[MentionFacts], dates_own: Callable[[int], bool] | None = None) -> MentionFacts:
    """An event's facts from its own mentions; references fill only what those lack. ``dates_own(j)``: does member
    ``j``'s stated date date its own mention? A date another clause of its sentence gives ("Gunmen fought on Wednesday
    ..., while soldiers were ambushed in Chiapas") yields to a member's own ("gunmen ambushed an army patrol ... on
    Thursday morning")."""
    own = [facts[j] for j in cl.members if j not in cl.references]
    told = [facts[j].date for j in cl.members if j not in cl.references and dates_own is not None and dates_own(j)]
    refs = [facts[j] for j in cl.members if j in cl.references]
    mine = merge_facts(*own)
    # a reference told with the attackers' own dead ("Two of the attackers were killed when officers fired back") adds
    # them to a toll of the people attacked, not a lower claim of it; a hedged count ("One rebel was believed to have
    # been killed") is no credible figure
    theirs = [facts[j].killed for j in cl.references if facts[j].killed is not None and facts[j].killed.value.best is not None
              and _of_attackers(facts[j].killed)]
    # (nor does a hedged figure of a reference lower the toll the event's own mentions state)
    claims = [f for f in refs if f.killed is None or not (any(f.killed is k for k in theirs)
                                                          or (mine.killed is not None and HEDGES.search(f.killed.text or "")))]
    killed = lowest_figure([f.killed for f in own]) or lowest_figure([f.killed for f in claims])
    if mine.killed is not None and killed is not None and claims:
        killed = lowest_figure([killed, *(f.killed for f in claims)])
    counted = [k for k in theirs if not HEDGES.search(k.text or "")]
    if killed is None:
        killed = lowest_figure(counted)
    elif counted and not _of_attackers(killed):
        extra = sum(k.value.best for k in counted)
        v = killed.value
        killed = dataclasses.replace(killed, value=dataclasses.replace(
            v, low=None if v.low is None else v.low + extra, best=v.best + extra, high=None if v.high is None else v.high + extra))
    injured = lowest_figure([f.injured for f in own]) or lowest_figure([f.injured for f in refs])
    stated_place = [f.place for f in own + refs if f.place and f.place.confidence >= 0.8]
    stated_date = told or [f.date for f in own if f.date and f.date.span is not None] or [f.date for f in refs if f.date and f.date.span is not None]
    return MentionFacts(
        mention_id=mine.mention_id,
        place=min(stated_place, key=lambda p: (p.value.geo_precision, -p.confidence), default=None) or mine.place or best_evidence([f.place for f in refs], lambda p: p.geo_precision),
        date=best_evidence(stated_date, lambda d: d.time_precision) or mine.date or best_evidence([f.date for f in refs], lambda d: d.time_precision),
        killed=killed,
        injured=injured,
        sources=mine.sources + tuple(s for f in refs for s in f.sources),
    )
