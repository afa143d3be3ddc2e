"""Intermediate records the stages pass to each other (frozen, like everything else)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import Actor, Casualties, EventDate, Evidence, Place, Source, Span


# The span group of ``Parsed.doc`` that holds the document's datelines (the clean stage's ``datelines``, each from
# its place to the story's first word), marked by the parse stage: a token reader can tell a dateline's words.
DATELINE_SPANS = "datelines"


@dataclass(frozen=True, slots=True, kw_only=True)
class Parsed:
    """spaCy's analysis of ``Article.text``. The Doc is read, never modified, by later stages."""

    doc: Any
    model: str
    sentences: tuple[Span, ...]
    paragraphs: tuple[Span, ...]

    def sentence_index(self, offset: int) -> int:
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return len(self.sentences) - 1

    def paragraph_index(self, offset: int) -> int:
        for i, p in enumerate(self.paragraphs):
            if p.start <= offset < p.end:
                return i
        return len(self.paragraphs) - 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Dateline:
    """The dateline opening a story ("GENEVA (Reuters) -"): where it was filed, not where events happened."""

    span: Span  # the place (and its country/region) in Article.text
    text: str
    place: str
    country: str | None  # "Nigeria" in "MAIDUGURI, Nigeria (Wire) -"
    agency: str | None
    end: int  # offset of the story text after the dash
    date: Span | None = None  # the day it gives ("Aug. 24, 2011" in "KABUL, Afghanistan (Aug. 24, 2011) -"): the report's day


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """One event trigger in the text: the word(s) that report something happening."""

    id: int
    trigger: Span
    trigger_text: str
    head: int  # token index of the trigger's head word
    start_token: int
    end_token: int
    sentence: int
    event_type: str
    sub_event_type: str
    disorder_type: str
    plover: str
    specific: bool
    status: Evidence[str]
    confidence: float = 0.7  # the classifier's probability for sub_event_type


@dataclass(frozen=True, slots=True, kw_only=True)
class Roles:
    mention_id: int
    actor1: Evidence[Actor] | None
    assoc_actor_1: Evidence[Actor] | None
    actor2: Evidence[Actor] | None
    assoc_actor_2: Evidence[Actor] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Toponym:
    span: Span
    text: str
    start_token: int
    sentence: int
    place: Place
    locative: bool  # introduced by in/near/at/...: names where something happened
    kind: str  # town | site | admin1 | admin2 | country
    near: bool = False  # "near X", "outskirts of X", "X countryside": precision 2
    modifier: bool = False  # "forces of Armenia", "Lebanese Hezbollah": an actor's home, not a place of events
    dateline: bool = False
    route: int = 0  # "between X and Y", "the X-Y road": 1 the end an event on the way is coded at, 2 the other end
    tentative: bool = False  # a name the text does not clearly mark as a place (also a modifier): only for events placed nowhere else
    weapon: bool = False  # the owner of a weapon or strike ("Russian glide bombs hit X"): a home that never outranks a named place
    hint: bool = False  # a name refused as a place that is a big place of one country ("the Abuja-Kaduna train"; also tentative): its country is the last resort
    heading: bool = False  # a line of its own over the lines below ("SÃO TOMÉ AND PRÍNCIPE" over a digest's items): their place


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpression:
    span: Span
    text: str
    date: EventDate
    sentence: int
    speech: bool = False  # the day a statement was made ("said on Monday"), not an event's


@dataclass(frozen=True, slots=True, kw_only=True)
class CasualtyReport:
    span: Span
    text: str
    kind: str  # killed | injured
    counts: Casualties
    sentence: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """Who said something: the source and the sentence their claim is in."""

    source: Evidence[Source]
    sentence: int


@dataclass(frozen=True, slots=True, kw_only=True)
class MentionFacts:
    """What one stage found for one mention (aligned with mentions by ``mention_id``)."""

    mention_id: int
    place: Evidence[Place] | None = None
    date: Evidence[EventDate] | None = None
    killed: Evidence[Casualties] | None = None
    injured: Evidence[Casualties] | None = None
    sources: tuple[Evidence[Source], ...] = ()


def separated(m: Mention, offset: int, mentions: tuple[Mention, ...]) -> bool:
    """Is another trigger of m's sentence between m's trigger and ``offset``? Then what is at offset
    (a place, a date) belongs to that other event, not to m."""
    lo, hi = sorted((m.trigger.start, offset))
    return any(o.id != m.id and o.sentence == m.sentence and lo < o.trigger.start < hi for o in mentions)
