"""dates: resolve time expressions against the publication date and give each event its date.

"on Monday" is the latest Monday on or before publication; "yesterday"/"last night" the day before;
"this week"/"last week" a week (time_precision 2); "in February" the latest February on or before
publication, "last month", a bare year (time_precision 3). Absolute dates ("Feb. 3", "3 March 2024")
are read with dateparser. An event takes the nearest expression in its sentence, else the date of the
previous event in its paragraph, else the report's opening date ("On 6 May 2020, ...", a dateline date),
else the publication date with time_precision 2. Relative expressions in a sentence whose statement is
dated ("police said on Monday ... last night") resolve against the statement's day.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from typing import Any, Mapping

from ..model import Document, EventDate, Evidence, Span
from ..pipeline import stage
from ..records import Dateline, MentionFacts, Mention, Parsed, TimeExpression, separated
from ..resources import number_words

NAME = "dates"
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# month names are case-sensitive ("the militia may retaliate"), but situation reports write them in capitals
# ("31 MAY – N. KORDOFAN:", "RAKHINE, 4 FEB:"); a capitalised name is read only next to a day number
_MONTH = rf"(?:{_MONTH_NAMES}|{_MONTH_NAMES.upper()})\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NUMBER_WORDS = {**number_words(), "a": 1, "an": 1}

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx, 0 if kind in ("absolute", "month", "range") else re.I))
    for kind, rx in (
        ("iso", r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b"),
        # "12-18 August", "August 12-18, 2024": a span of days, dated by its first day
        ("range", rf"\b(?:(?P<d1>\d{{1,2}})\s*[-\u2013\u2014]\s*(?P<d2>\d{{1,2}})[ \t]+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})[ \t]+(?P<d3>\d{{1,2}})\s*[-\u2013\u2014]\s*(?P<d4>\d{{1,2}}))(?:,?[ \t]+(?P<y>(?:19|20)\d\d))?\b"),
        # "21/04/2024", "4/21/2024": day and month told apart by which can be a month and by the anchor
        ("numeric", r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/.])"),
        # a year only on the same line: "July 16\n2010-07-..." is a day and a reference number
        ("absolute", rf"\b(?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+(?:19|20)\d\d)?|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+(?:19|20)\d\d)?)\b"),
        # "last Wednesday" is never today; "overnight into Sunday", "Saturday night" name one day
        # "on the 12th," (a day of the anchor's month, or of the month before when the day is still to come)
        ("day_of_month", r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$)|\s+[\u2013\u2014-]\s|\s+(?:in|at|near|when|while|as|and|after|before|during|around|from|outside|inside|along)\b)"),
        ("weekday", rf"\b(?:(?:late|early|last|past|overnight(?:\s+(?:on|into|to))?)\s+)?{_WEEKDAY}\b"),
        ("weekend", r"\b(?:over|at|during)\s+the\s+weekend\b|\blast\s+weekend\b"),
        ("yesterday", r"\b(yesterday|last night|overnight|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours))\b"),
        ("today", r"\b(today|tonight|this morning|this afternoon|this evening|earlier today)\b"),
        # "the next day", "a day earlier", "two days later": counted from the date told before it
        ("shift", r"\b(?:the\s+(?P<dir1>previous|next|following)\s+(?:day|morning|night|evening)|(?P<n>a|one|two|three|four|five|\d)\s+days?\s+(?P<dir2>earlier|later))\b"),
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
PATTERNS_BY_KIND = dict(PATTERNS)
# Performance only: what a text must contain for a pattern to match in it, checked before the pattern's scan
# (each scan tries every position of the text; most kinds are absent from most articles). Words: at least one
# occurs in the text case-folded (``_folded``); a regex: it must match. Each is implied by its pattern.
_MONTH_STEMS = tuple(name.lower() for name in calendar.month_abbr if name)
_REQUIRED: dict[str, tuple[str, ...] | re.Pattern[str]] = {
    "iso": re.compile(r"\d-\d\d-\d"),
    "range": _MONTH_STEMS,
    "numeric": re.compile(r"\d[/.]\d"),
    "absolute": _MONTH_STEMS,
    "day_of_month": re.compile(r"\d(?:st|nd|rd|th)", re.I),
    "weekday": tuple(name.lower() for name in calendar.day_name),
    "weekend": ("weekend",),
    "yesterday": ("yesterday", "night", "past", "last"),
    "today": ("today", "tonight", "this morning", "this afternoon", "this evening"),
    "shift": ("previous", "next", "following", "earlier", "later"),
    "ago": ("ago",),
    "this_week": ("this week",),
    "last_week": ("last week",),
    "this_month": ("this month",),
    "last_month": ("last month",),
    "month": _MONTH_STEMS,
    "last_year": ("last year",),
}


def _folded(text: str) -> str:
    """The text case-folded so that whatever an ASCII word matches under re.IGNORECASE contains that word
    (re.I also matches dotless "ı" and dotted "İ", which fold to "ı" and "i" + a combining dot, to "i")."""
    return text.casefold().replace("\u0131", "i").replace("\u0307", "")


def _may_match(kind: str, text: str, folded: str) -> bool:
    required = _REQUIRED.get(kind)
    if required is None:
        return True
    if isinstance(required, re.Pattern):
        return required.search(text) is not None
    return any(word in folded for word in required)


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _ed(first: dt.date, last: dt.date, precision: int) -> EventDate:
    return EventDate(value=first, earliest=first, latest=last, time_precision=precision)


@functools.cache
def _dateparser() -> Any:
    import dateparser

    return dateparser


@functools.lru_cache(maxsize=4096)
def _absolute_day(text: str, base: dt.date) -> dt.date | None:
    """dateparser on an absolute date ("March 3, 2017"), remembered: a dateparser call costs ~1 ms and the
    same dates recur across the articles of a batch (performance only)."""
    settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": dt.datetime.combine(base, dt.time())}
    parsed = _dateparser().parse(text, languages=["en"], settings=settings)
    return None if parsed is None else parsed.date()


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
        day = _absolute_day(re.sub(r"\s+of\s+", " ", text.replace(".", "")), anchor or dt.date.today())
        if day is None:
            return None
        return _ed(day, day, 1)
    if kind == "range":
        month = MONTHS[(match.group("m1") or match.group("m2")).rstrip(".").lower()]
        first, last = int(match.group("d1") or match.group("d3")), int(match.group("d2") or match.group("d4"))
        if match.group("y"):
            year = int(match.group("y"))
        elif anchor is None:
            return None
        else:
            year = anchor.year if (month, first) <= (anchor.month, anchor.day) else anchor.year - 1
        try:
            start, end = dt.date(year, month, first), dt.date(year, month, last)
        except ValueError:
            return None
        if end < start:
            return None
        return _ed(start, end, 2 if (end - start).days <= 7 else 3)
    if kind == "numeric":
        a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        days = []
        for day, month in ((a, b), (b, a)):  # day/month (most of the world) or month/day (US)
            try:
                days.append(dt.date(year, month, day))
            except ValueError:
                pass
        if not days:
            return None
        if anchor is not None and len(days) == 2 and days[0] != days[1]:
            # both readable: the one on or before the anchor and nearest to it; day/month on a tie
            past = [d for d in days if d <= anchor]
            days = [max(past)] if past else days
        return _ed(days[0], days[0], 1)
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
    if kind == "day_of_month":
        n = int(match.group(1))
        month_index = anchor.year * 12 + anchor.month - 1 - (n > anchor.day)
        try:
            day = dt.date(month_index // 12, month_index % 12 + 1, n)
        except ValueError:
            return None
        return _ed(day, day, 1)
    if kind == "weekday":
        words = text.lower().split()
        wd = WEEKDAYS[words[-1]]
        back = (anchor.weekday() - wd) % 7
        if back == 0 and words[0] in ("last", "past"):
            back = 7  # "last Wednesday" written on a Wednesday: a week ago
        day = anchor - dt.timedelta(days=back)
        return _ed(day, day, 1)
    if kind == "weekend":
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        if text.lower().startswith("last") and anchor - saturday < dt.timedelta(days=2):
            saturday -= dt.timedelta(days=7)
        return _ed(saturday, saturday + dt.timedelta(days=1), 2)
    if kind == "shift":
        n = 1 if match.group("dir1") else (int(match.group("n")) if match.group("n").isdigit() else NUMBER_WORDS[match.group("n").lower()])
        back = (match.group("dir1") or match.group("dir2")).lower() in ("previous", "earlier")
        day = anchor + dt.timedelta(days=-n if back else n)
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


NOT_A_DATE_AFTER = re.compile(
    r"^\s*(?:neighbou?rhood|street|st\b|avenue|ave\b|road|square|district|quarter|area|camp|bridge|stadium|brigade|"
    r"movement|hospital|boulevard|blvd|park|market|city|town|village|mosque|school|university|revolution|uprising)",
    re.I,
)
SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|stated|reported|added|claimed|confirmed|tweeted|wrote|posted|denied|warned|statement|news conference|press conference|"
    r"report|video|footage|photos|communiqu\w+|bulletin)"
    r"(?:\s+\w+){0,3}?\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)
# "the death toll rose to 54 on Monday": the day of the count, not of the event
TOLL_BEFORE = re.compile(r"\btoll\s+(?:[\w'\u2019,.-]+\s+){0,6}?(?:rose|climbed|reached|increased|jumped|stood|risen)\s+(?:to|at)\s+[\w,]+(?:\s+\w+)?\s+(?:on\s+|by\s+)?$", re.I)
# "Police on Tuesday said ...", "Coalition forces today confirmed ...": the date of the statement
SPEECH_AFTER = re.compile(
    r"^\s+(?:(?:also|later|again)\s+)?(?:said|says|confirmed|announced|told|stated|denied|warned|acknowledged|admitted|tweeted|posted|added|reported)\b", re.I
)
RELATIVE = {"yesterday", "today", "ago", "this_week", "last_week", "weekday", "weekend"}
QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"'}
def _matches(text: str, parsed: Parsed, anchor: dt.date | None) -> list[tuple[str, re.Match[str], TimeExpression]]:
    found: list[tuple[str, re.Match[str], TimeExpression]] = []
    taken: list[Span] = []
    folded = _folded(text)
    for kind, pattern in PATTERNS:
        if not _may_match(kind, text, folded):
            continue
        for match in pattern.finditer(text):
            span = Span(start=match.start(), end=match.end())
            if any(span.overlaps(t) for t in taken):
                continue
            if kind in ("absolute", "iso", "month", "numeric", "range") and NOT_A_DATE_AFTER.match(text[match.end() : match.end() + 20]):
                continue
            date = resolve(kind, match, anchor)
            if date is None:
                continue
            taken.append(span)
            found.append((kind, match, TimeExpression(span=span, text=span.slice(text), date=date, sentence=parsed.sentence_index(span.start))))
    return found


def _in_dateline(span: Span, datelines: tuple[Dateline, ...]) -> bool:
    """Is ``span`` the day a dateline gives ("KABUL, Afghanistan (Aug. 24, 2011) -"): a report's day?"""
    return any(d.date is not None and span.overlaps(d.date) for d in datelines)


def find_expressions(text: str, parsed: Parsed, anchor: dt.date | None, datelines: tuple[Dateline, ...] = ()) -> tuple[TimeExpression, ...]:
    """Time expressions resolved against the publication date, except that relative ones ("last night")
    in a sentence whose statement is dated ("police said on Monday") resolve against that statement's day.
    Names that contain a date ("the July 7 neighbourhood", "26 September Street") are not dates. The day
    a dateline gives (``datelines``: the clean stage's, the story's first) is the report's day, not an event's."""
    found = sorted(_matches(text, parsed, anchor), key=lambda f: f[2].span.start)
    for i, (kind, match, expr) in enumerate(found):
        if kind != "shift":
            continue
        told = [e for k, _, e in found[:i] if k != "shift" and e.date.time_precision == 1]
        base = told[-1].date.value if told else anchor
        moved = resolve(kind, match, base) if base is not None else None
        if moved is not None:
            found[i] = (kind, match, dataclasses.replace(expr, date=moved))
    out: list[TimeExpression] = []
    speech_day: dict[int, dt.date] = {}
    speech: set[Span] = set()
    quoted: list[tuple[int, int, dt.date]] = []  # a quotation opened after a dated statement: its relative dates are the speaker's
    body = _body_start(datelines)
    for kind, match, expr in found:
        before = text[max(0, expr.span.start - 40) : expr.span.start]
        if kind in ("absolute", "iso", "numeric") and _in_dateline(expr.span, datelines):
            speech.add(expr.span)  # "KABUL, Afghanistan (Aug. 24, 2011) –": the report's day, not an event's
            speech_day.setdefault(expr.sentence, expr.date.value)
        elif kind in ("absolute", "iso", "numeric") and (expr.span.start < body or (not text[: expr.span.start].strip() and text[expr.span.end : expr.span.end + 1] == ":")):
            # a date in the header lines before the dateline ("Operational Update May 30, 2011"), or one opening
            # the text as a title's ("Apr. 23: Afghan-ISAF Operations in ..."): the report's day
            speech.add(expr.span)
        elif kind in ("weekday", "absolute", "iso", "numeric", "today", "yesterday") and expr.date.time_precision == 1 and (
            SPEECH_BEFORE.search(before) or TOLL_BEFORE.search(text[max(0, expr.span.start - 90) : expr.span.start]) or SPEECH_AFTER.match(text[expr.span.end : expr.span.end + 40])
        ):
            speech.add(expr.span)
            speech_day.setdefault(expr.sentence, expr.date.value)
            sentence_end = parsed.sentences[expr.sentence].end
            opening = re.search(r"[\u201c\"]", text[expr.span.end : sentence_end])
            if opening is not None:
                start = expr.span.end + opening.end()
                close = text.find(QUOTE_PAIRS[opening.group(0)], start)
                quoted.append((start, close if close >= 0 else sentence_end, expr.date.value))
    for kind, match, expr in found:
        day = speech_day.get(expr.sentence)
        in_quote = [d for lo, hi, d in quoted if lo <= expr.span.start < hi]
        if in_quote and kind in RELATIVE:
            day = in_quote[0]
        if day is not None and kind in RELATIVE and day != anchor and expr.span not in speech:
            moved = resolve(kind, match, day)
            if moved is not None:
                expr = TimeExpression(span=expr.span, text=expr.text, date=moved, sentence=expr.sentence, speech=False)
        elif expr.span in speech:
            expr = TimeExpression(span=expr.span, text=expr.text, date=expr.date, sentence=expr.sentence, speech=True)
        out.append(expr)
    return tuple(sorted(out, key=lambda e: e.span.start))


def _body_start(datelines: tuple[Dateline, ...]) -> int:
    """Where the report's body begins when header lines with a dated dateline come first ("... Operational Update
    May 30, 2011 / KABUL, Afghanistan (May 30, 2011) Also in ..."): at the dateline's day; else 0."""
    first = next((d.date.start for d in datelines if d.date is not None), 0)
    return first if first <= 600 else 0


def document_anchor(text: str, parsed: Parsed, datelines: tuple[Dateline, ...] = ()) -> dt.date | None:
    """The report's own day when the publication date is unknown: the dateline's or a header line's full date
    ("KABUL, Afghanistan (March 24, 2011)", "Operational Update, July 16, 2010"), or a dateline or header
    day without a year ("(Jan. 8)", "July 16") whose year a reference number in the header gives
    ("2010-07-CA-097"). None when the text does not say."""
    head = text[:600]
    found = [(kind, m, e) for kind, m, e in _matches(head, parsed, None) if e.date.time_precision == 1]
    body = _body_start(datelines) or 300
    for kind, m, e in found:
        if e.span.start <= body and kind in ("absolute", "iso", "numeric"):
            return e.date.value
    year_month = re.search(r"(?<![\d-])((?:19|20)\d\d)-(\d\d)-[A-Z]", head[: body + 40])
    if year_month is None:
        return None
    year, month = int(year_month.group(1)), int(year_month.group(2))
    for match in PATTERNS_BY_KIND["absolute"].finditer(head[: body + 60]):
        day = resolve("absolute", match, dt.date(year, 12, 31))
        if day is not None and abs(day.value.month - month) <= 1:
            return day.value
    return None


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
    first = parsed.sentences[0].slice(parsed.doc.text).strip()
    letters = [c for c in first if c.isalpha()]
    if len(letters) >= 8 and not any(c.islower() for c in letters):
        return True
    return bool(first) and first[-1] not in ".!?\"'\u201d\u2019:" and parsed.doc.text[parsed.sentences[0].end : parsed.sentences[1].start].count("\n") + first.count("\n") >= 1


_ANOTHER_TIME = re.compile(r"\b(?:after|before|since|following|until|hours|days|weeks|months|earlier|later)\b", re.I)


def _closes_clause(m: Mention, expr: TimeExpression, parsed: Parsed) -> bool:
    """Is the date after the trigger with no other time between ("..., hours after X" dates X, not m)?"""
    if expr.span.start < m.trigger.end:
        return False
    between = parsed.doc.text[m.trigger.end : expr.span.start]
    return _ANOTHER_TIME.search(between) is None


def _opens_clause(m: Mention, expr: TimeExpression, parsed: Parsed, mentions: tuple[Mention, ...]) -> bool:
    """Is the date before every trigger of the sentence with no other time between it and m?"""
    first = min((o.trigger.start for o in mentions if o.sentence == m.sentence), default=m.trigger.start)
    if expr.span.end > first or expr.speech:
        return False
    return _ANOTHER_TIME.search(parsed.doc.text[expr.span.end : m.trigger.start]) is None


_POSSESSIVE = re.compile(r"^['\u2019]s?\s+(?:[\w-]+\s+){0,2}?$")
_CONNECTIVE = re.compile(r"\b(?:after|before|since|following|until|ahead of)\b", re.I)


def _usable(m: Mention, expr: TimeExpression, text: str) -> bool:
    """"last week's airstrike", "Monday's attack": a possessive date dates only the noun it modifies."""
    if text[expr.span.end : expr.span.end + 1] not in ("'", "\u2019"):
        return True
    return m.trigger.start >= expr.span.end and _POSSESSIVE.match(text[expr.span.end : m.trigger.start]) is not None


_SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late|the\s+(?:start|beginning|end)\s+of)[\s-]+)?$", re.I)


def _clause_verb(token: Any) -> Any:
    """The verb whose clause a token is in (itself when it is one)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _other_verbs(m: Mention, expr: TimeExpression, parsed: Parsed) -> bool:
    """Does the date belong to another verb's clause than the event's ("the army withdrew overnight and
    auxiliaries took over the positions on Tuesday")?"""
    doc = parsed.doc
    span = doc.char_span(expr.span.start, expr.span.end, alignment_mode="expand")
    if span is None or not 0 <= m.head < len(doc):
        return False
    return _clause_verb(span.root).i != _clause_verb(doc[m.head]).i


def _rank(m: Mention, expr: TimeExpression, text: str, parsed: Parsed | None = None) -> tuple[bool, bool, bool, bool, int]:
    """Nearest date first, but not a "since" date (a state's beginning: "the districts held since 2023 were
    recaptured on Wednesday"), not across "after"/"before" ("swept up glass on Tuesday after rockets hit ...
    on Monday": Monday dates the rockets), and not across a semicolon (another clause's)."""
    lo, hi = sorted((expr.span.end, m.trigger.start)) if expr.span.start < m.trigger.start else (m.trigger.end, expr.span.start)
    since = expr.text.lower().startswith("since") or _SINCE.search(text[max(0, expr.span.start - 40) : expr.span.start]) is not None
    other = parsed is not None and _other_verbs(m, expr, parsed)
    return (since, _CONNECTIVE.search(text[lo:hi]) is not None, other, ";" in text[lo:hi], abs(expr.span.start - m.trigger.start))


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
    text = parsed.doc.text
    for m in mentions:
        paragraph = parsed.paragraph_index(m.trigger.start)
        in_sentence = [e for e in expressions if e.sentence == m.sentence]
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


@stage(NAME, requires=["clean_article", "datelines", "parsed", "mentions"], assigns=["time_expressions", "dates"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    article = doc.get("clean_article")
    parsed = doc.get("parsed")
    datelines = doc.get("datelines")
    anchor = article.published or document_anchor(article.text, parsed, datelines)
    expressions = find_expressions(article.text, parsed, anchor, datelines)
    return {"time_expressions": expressions, "dates": choose_dates(doc.get("mentions"), expressions, parsed, anchor)}
