"""dates: resolve time expressions against the publication date and give each event its date.

"on Monday" is the latest Monday on or before publication; "yesterday"/"last night" the day before;
"this week"/"last week" a week (time_precision 2); "in February" the latest February on or before
publication, "last month", a bare year (time_precision 3). Absolute dates ("Feb. 3", "3 March 2024")
are read with dateparser. An event takes the nearest expression in its sentence, else the date of the
previous event in its paragraph, else the publication date with time_precision 2.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Any, Mapping

from ..model import Document, EventDate, Evidence, Span
from ..pipeline import stage
from ..records import MentionFacts, Mention, Parsed, TimeExpression, separated

NAME = "dates"
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx, 0 if kind in ("absolute", "month") else re.I))
    for kind, rx in (
        ("iso", r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b"),
        ("absolute", rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+(?:19|20)\d\d)?)\b"),
        ("weekday", rf"\b(?:(?:late|early)\s+)?{_WEEKDAY}\b"),
        ("yesterday", r"\b(yesterday|last night|overnight)\b"),
        ("today", r"\b(today|tonight|this morning|this afternoon|this evening|earlier today)\b"),
        ("ago", r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(day|week|month|year)s?\s+ago\b"),
        ("this_week", r"\b(earlier this week|this week)\b"),
        ("last_week", r"\blast week\b"),
        ("this_month", r"\b(earlier this month|this month)\b"),
        ("last_month", r"\blast month\b"),
        ("month", r"\b(?i:in|since|during|from|by|until|of)\s+(?:(?i:early|mid|late)-?\s*)?((?:January|February|March|April|May|June|July|August|September|October|November|December))(?:\s+((?:19|20)\d\d))?\b"),
        ("last_year", r"\blast year\b"),
        ("year", r"\b(?:in|since|during|of)\s+((?:19|20)\d\d)\b"),
    )
)


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _ed(first: dt.date, last: dt.date, precision: int) -> EventDate:
    return EventDate(value=first, earliest=first, latest=last, time_precision=precision)


@functools.cache
def _dateparser() -> Any:
    import dateparser

    return dateparser


def resolve(kind: str, match: re.Match[str], anchor: dt.date | None) -> EventDate | None:
    """Resolve one matched expression; None when it cannot be placed (no anchor for a relative one)."""
    text = match.group(0)
    if kind == "iso":
        try:
            day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
        return _ed(day, day, 1)
    if kind == "absolute":
        has_year = re.search(r"(19|20)\d\d", text) is not None
        if anchor is None and not has_year:
            return None
        base = dt.datetime.combine(anchor or dt.date.today(), dt.time())
        settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base}
        parsed = _dateparser().parse(text.replace(".", ""), languages=["en"], settings=settings)
        if parsed is None:
            return None
        day = parsed.date()
        return _ed(day, day, 1)
    if kind == "year":
        year = int(match.group(1))
        return _ed(dt.date(year, 1, 1), dt.date(year, 12, 31), 3)
    if kind == "month":
        month = MONTHS[match.group(1).lower()]
        if match.group(2):
            year = int(match.group(2))
        elif anchor is None:
            return None
        else:
            year = anchor.year if month <= anchor.month else anchor.year - 1
        return _ed(*_month_range(year, month), 3)
    if anchor is None:
        return None
    if kind == "weekday":
        wd = WEEKDAYS[re.sub(r"^(late|early)\s+", "", text, flags=re.I).lower()]
        day = anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7)
        return _ed(day, day, 1)
    if kind == "yesterday":
        day = anchor - dt.timedelta(days=1)
        return _ed(day, day, 1)
    if kind == "today":
        return _ed(anchor, anchor, 1)
    if kind == "ago":
        n = int(match.group(1)) if match.group(1).isdigit() else NUMBER_WORDS[match.group(1).lower()]
        unit = match.group(2).lower()
        if unit == "day":
            day = anchor - dt.timedelta(days=n)
            return _ed(day, day, 1)
        if unit == "week":
            day = anchor - dt.timedelta(weeks=n)
            return _ed(day - dt.timedelta(days=3), day + dt.timedelta(days=3), 2)
        if unit == "month":
            month_index = anchor.year * 12 + anchor.month - 1 - n
            return _ed(*_month_range(month_index // 12, month_index % 12 + 1), 3)
        return _ed(dt.date(anchor.year - n, 1, 1), dt.date(anchor.year - n, 12, 31), 3)
    if kind == "this_week":
        monday = anchor - dt.timedelta(days=anchor.weekday())
        return _ed(monday, anchor, 2)
    if kind == "last_week":
        monday = anchor - dt.timedelta(days=anchor.weekday() + 7)
        return _ed(monday, monday + dt.timedelta(days=6), 2)
    if kind == "this_month":
        return _ed(anchor.replace(day=1), anchor, 3)
    if kind == "last_month":
        last = anchor.replace(day=1) - dt.timedelta(days=1)
        return _ed(last.replace(day=1), last, 3)
    if kind == "last_year":
        return _ed(dt.date(anchor.year - 1, 1, 1), dt.date(anchor.year - 1, 12, 31), 3)
    return None


def find_expressions(text: str, parsed: Parsed, anchor: dt.date | None) -> tuple[TimeExpression, ...]:
    found: list[TimeExpression] = []
    taken: list[Span] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            span = Span(start=match.start(), end=match.end())
            if any(span.overlaps(t) for t in taken):
                continue
            date = resolve(kind, match, anchor)
            if date is None:
                continue
            taken.append(span)
            found.append(TimeExpression(span=span, text=span.slice(text), date=date, sentence=parsed.sentence_index(span.start)))
    return tuple(sorted(found, key=lambda e: e.span.start))


def choose_dates(
    mentions: tuple[Mention, ...], expressions: tuple[TimeExpression, ...], parsed: Parsed, anchor: dt.date | None
) -> tuple[MentionFacts, ...]:
    out = []
    previous: dict[int, Evidence[EventDate]] = {}
    for m in mentions:
        paragraph = parsed.paragraph_index(m.trigger.start)
        in_sentence = [e for e in expressions if e.sentence == m.sentence]
        same = [e for e in in_sentence if not separated(m, e.span.start, mentions)]
        evidence: Evidence[EventDate] | None
        if same:
            best = min(same, key=lambda e: abs(e.span.start - m.trigger.start))
            evidence = Evidence(value=best.date, span=best.span, text=best.text, stage=NAME, confidence=0.8)
        elif paragraph in previous and not in_sentence:
            prior = previous[paragraph]
            evidence = Evidence(value=prior.value, span=prior.span, text=prior.text, stage=NAME, confidence=0.6)
        elif anchor is not None:
            week = EventDate(value=anchor, earliest=anchor - dt.timedelta(days=6), latest=anchor, time_precision=2)
            evidence = Evidence(value=week, span=None, text="", stage=NAME, confidence=0.4)
        else:
            evidence = None
        if evidence is not None and evidence.span is not None:
            previous[paragraph] = evidence
        out.append(MentionFacts(mention_id=m.id, date=evidence))
    return tuple(out)


@stage(NAME, requires=["clean_article", "parsed", "mentions"], assigns=["time_expressions", "dates"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    article = doc.get("clean_article")
    parsed = doc.get("parsed")
    expressions = find_expressions(article.text, parsed, article.published)
    return {"time_expressions": expressions, "dates": choose_dates(doc.get("mentions"), expressions, parsed, article.published)}
