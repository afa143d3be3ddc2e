"""Typed, frozen records: articles, evidence spans and coded events.

Every extracted value is an ``Evidence[T]``: the value, the span of ``Article.text`` that supports it
(or ``None`` when the value is derived, e.g. from the publication date), the stage that produced it and
a confidence. Records are immutable; stages build new ones.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")

STATUSES = ("current", "background", "caption", "hypothetical", "negated", "threat")


@dataclass(frozen=True, slots=True, kw_only=True, order=True)
class Span:
    """Half-open character offsets into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    @classmethod
    def of_tokens(cls, doc: Any, start: int, end: int) -> Span:
        """The characters of tokens [start, end) of a parsed Doc (from the first token's start to the last one's end)."""
        return cls(start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1].text))

    @classmethod
    def of_token(cls, token: Any) -> Span:
        """The characters of one parsed token."""
        return cls.of_tokens(token.doc, token.i, token.i + 1)

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence(Generic[T]):
    """A value with the text that supports it. ``text`` equals ``article.text[span]`` when span is set."""

    value: T
    span: Span | None
    text: str
    stage: str
    confidence: float = 1.0

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence out of range: {self.confidence}")
        if self.span is None and self.text:
            raise ValueError("derived evidence (no span) carries no text")


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """A run of ``Article.text`` taken from ``raw_text``: copied verbatim (``raw_length`` is None), or a
    replacement of ``raw_length`` raw characters by ``length`` text characters (CRLF -> LF, an HTML entity,
    an NFC composition), whose every character maps to the whole raw run."""

    text_start: int
    raw_start: int
    length: int
    raw_length: int | None = None

    @property
    def verbatim(self) -> bool:
        return self.raw_length is None


@dataclass(frozen=True, slots=True, kw_only=True)
class OffsetMap:
    """Maps offsets in the cleaned text back to the raw text. Raw characters no segment covers were
    removed (zero-width characters, lines the clean stage dropped)."""

    segments: tuple[Segment, ...] = ()

    @staticmethod
    def identity(length: int) -> OffsetMap:
        return OffsetMap(segments=(Segment(text_start=0, raw_start=0, length=length),))

    def _segment(self, offset: int) -> Segment | None:
        if not self.segments:
            return None
        starts = [s.text_start for s in self.segments]
        return self.segments[max(0, bisect.bisect_right(starts, offset) - 1)]

    def to_raw(self, offset: int) -> int:
        """Raw offset where the text character at ``offset`` starts."""
        seg = self._segment(offset)
        if seg is None:
            return offset
        if seg.verbatim:
            return seg.raw_start + (offset - seg.text_start)
        if offset < seg.text_start + seg.length:
            return seg.raw_start
        return seg.raw_start + (seg.raw_length or 0) + (offset - seg.text_start - seg.length)

    def to_raw_end(self, offset: int) -> int:
        """Raw offset just after the text character at ``offset``."""
        seg = self._segment(offset)
        if seg is None:
            return offset + 1
        if seg.verbatim:
            return seg.raw_start + (offset - seg.text_start) + 1
        return seg.raw_start + (seg.raw_length or 0)

    def span_to_raw(self, span: Span) -> Span:
        start = self.to_raw(span.start)
        end = self.to_raw_end(span.end - 1) if span.end > span.start else start
        return Span(start=start, end=max(start, end))

    def then(self, outer: OffsetMap) -> OffsetMap:
        """Compose: this map takes text to an intermediate text, ``outer`` takes that to the raw text."""
        if not outer.segments:
            return self
        out: list[Segment] = []
        for seg in self.segments:
            if not seg.verbatim:
                lo = outer.to_raw(seg.raw_start)
                hi = outer.to_raw_end(seg.raw_start + (seg.raw_length or 1) - 1) if seg.raw_length else lo
                out.append(Segment(text_start=seg.text_start, raw_start=lo, length=seg.length, raw_length=hi - lo))
                continue
            a, end = seg.raw_start, seg.raw_start + seg.length
            while a < end:
                o = outer._segment(a)
                assert o is not None
                o_end = o.text_start + o.length
                b = min(end, o_end) if o_end > a else end
                t = seg.text_start + (a - seg.raw_start)
                if o.verbatim or o_end <= a:
                    out.append(Segment(text_start=t, raw_start=outer.to_raw(a), length=b - a))
                else:
                    out.append(Segment(text_start=t, raw_start=o.raw_start, length=b - a, raw_length=o.raw_length))
                a = b
        return OffsetMap(segments=tuple(out))


@dataclass(frozen=True, slots=True, kw_only=True)
class Excluded:
    """A stretch of raw text the clean stage left out (caption, credit, footer, boilerplate)."""

    raw_span: Span
    reason: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    id: str
    source: str
    url: str | None
    published: dt.date | None
    raw_text: str
    text: str
    offsets: OffsetMap
    title: str | None = None

    @staticmethod
    def from_text(
        *,
        id: str,
        text: str,
        source: str = "unknown",
        url: str | None = None,
        published: dt.date | None = None,
        title: str | None = None,
    ) -> Article:
        """An article from its text exactly as given; ``text`` is normalized (CRLF, zero-width characters,
        HTML entities, NFC) and ``offsets`` maps it back to the given text."""
        from .normalize import normalize

        clean, offsets = normalize(text)
        return Article(
            id=id,
            source=source,
            url=url,
            published=published,
            raw_text=text,
            text=clean,
            offsets=offsets,
            title=title,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    name: str  # canonical, ACLED style: "Military Forces of Syria", "Unidentified Armed Group (Iraq)"
    inter: int | None  # ACLED inter code 1-8
    country: str | None  # ISO 3166-1 alpha-2 of the actor's home country, if known
    kind: str  # state | rebel | militia | identity_militia | rioters | protesters | civilians | external | other


@dataclass(frozen=True, slots=True, kw_only=True)
class Place:
    location: str
    country: str  # country name
    iso: str  # alpha-2
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    geo_precision: int  # 1 town, 2 near town / part of region, 3 larger region only
    geonames_id: int | None = None  # GeoNames id of the place (None for project sites and centroids)
    admin1_code: str | None = None  # GeoNames admin codes ("SY.12"), for joining other data
    admin2_code: str | None = None
    basis: str | None = None  # how the coordinates were chosen: "town", "near town", "centroid of admin1 ..."


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDate:
    value: dt.date  # the coded event_date (the stated day; the first day of a stated week or month)
    earliest: dt.date
    latest: dt.date
    time_precision: int  # 1 exact day, 2 within a week, 3 within a month or wider

    def overlaps(self, other: EventDate) -> bool:
        """Can the two be the same day (their earliest-latest windows meet)?"""
        return self.earliest <= other.latest and other.earliest <= self.latest


@dataclass(frozen=True, slots=True, kw_only=True)
class Casualties:
    """Counts of one kind (killed or injured). ``None`` everywhere means unknown, not zero."""

    low: int | None
    best: int | None
    high: int | None
    none_reported: bool = False  # text says explicitly there were none

    @property
    def known(self) -> bool:
        return self.best is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    name: str
    kind: str  # named | unnamed | publisher
    role: str | None  # official | military | spokesperson | group | media | witness | ...
    hedges: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One casualty figure as reported for an event: who gives it and how hedged ("the group said it killed
    30", "reportedly", "at least"). The event's ``fatalities``/``injuries`` summarise its claims."""

    kind: str  # killed | injured
    counts: Casualties
    source: Evidence[Source] | None  # the statement the figure is in (None: the publisher's own words)
    hedges: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    id: str
    article_id: str
    trigger: Evidence[str]
    event_type: str
    sub_event_type: str
    disorder_type: str
    plover: str
    status: Evidence[str]
    actor1: Evidence[Actor] | None
    assoc_actor_1: Evidence[Actor] | None
    actor2: Evidence[Actor] | None
    place: Evidence[Place] | None
    date: Evidence[EventDate] | None
    fatalities: Evidence[Casualties] | None
    injuries: Evidence[Casualties] | None
    sources: tuple[Evidence[Source], ...]
    mentions: tuple[Span, ...]  # every trigger mention merged into this event
    confidence: float
    assoc_actor_2: Evidence[Actor] | None = None
    claims: tuple[Evidence[Claim], ...] = ()  # every casualty figure reported for the event, with its source

    @property
    def inter1(self) -> int | None:
        return self.actor1.value.inter if self.actor1 else None

    @property
    def inter2(self) -> int | None:
        return self.actor2.value.inter if self.actor2 else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Rejected:
    """An article (or input item) the pipeline could not code, and why."""

    article_id: str
    stage: str
    code: str
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """The state passed between stages. Each stage fills the fields it declares it assigns."""

    article: Article
    fields: tuple[tuple[str, Any], ...] = field(default=())

    def get(self, name: str) -> Any:
        for key, value in self.fields:
            if key == name:
                return value
        raise KeyError(name)

    def has(self, name: str) -> bool:
        return any(key == name for key, _ in self.fields)

    def with_fields(self, values: dict[str, Any]) -> Document:
        kept = tuple((k, v) for k, v in self.fields if k not in values)
        return Document(article=self.article, fields=kept + tuple(values.items()))
