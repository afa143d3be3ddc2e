"""What time expressions look like: the patterns of each kind of date expression ("on Monday", "3 March
2024", "two days ago"), month and weekday names, and the cheap pre-checks that skip a pattern's scan."""

from __future__ import annotations

import re

from ..resources import alternation, number_words, tables

_CALENDAR = tables("time_words.toml")
# a live blog entry's clock time before its text ("11:05 — ", "09.10 GMT: ", "2:15 p.m. | ")
ENTRY_TIME = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:gmt|utc|local time)?\s*[-:|\u2013\u2014]\s*", re.I)
# the same after a live or alert label ("LIVE: 09:40 - ", "ALERT 07:50: ", "[Live] 21:10 - ")
LABELLED_ENTRY_TIME = re.compile(r"^\s*\[?(?:live|alert|breaking|update)\]?:?\s*(?=\d)", re.I)
WEEKDAYS = {name: i for i, name in enumerate(_CALENDAR["weekdays"])}
MONTHS = {**_CALENDAR["months"], **_CALENDAR["month_abbreviations"]}
_FULL_MONTHS = "|".join(name.capitalize() for name in _CALENDAR["months"])
_MONTH_NAMES = "|".join([_FULL_MONTHS, *(name.capitalize() for name in _CALENDAR["month_abbreviations"])])
# month names are case-sensitive ("the militia may retaliate"), but situation reports write them in capitals
# ("31 MAY – N. KORDOFAN:", "RAKHINE, 4 FEB:"); a capitalised name is read only next to a day number
_MONTH = rf"(?:{_MONTH_NAMES}|{_MONTH_NAMES.upper()})\.?"
_WEEKDAY = rf"(?:{'|'.join(name.capitalize() for name in WEEKDAYS)})"
# number words in relative dates: "two days later" (up to five), "ten days ago" (up to ten)
_SHIFT_COUNTS = "|".join(["a", *(word for word, n in number_words().items() if 1 <= n <= 5)])
_AGO_COUNTS = "|".join([*(word for word, n in number_words().items() if 1 <= n <= 10), "a", "an"])


def time_words(*concepts: str) -> str:
    """A regex alternation of the phrases of lists of resources/time_words.toml, in the file's order."""
    return alternation(phrase for concept in concepts for phrase in _CALENDAR[concept])


PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx, 0 if kind in ("absolute", "month", "range") else re.I))
    for kind, rx in (
        ("iso", r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b"),
        # "12-18 August", "August 12-18, 2024": a span of days, dated by its first day
        ("range", rf"\b(?:(?P<d1>\d{{1,2}})\s*[-\u2013\u2014]\s*(?P<d2>\d{{1,2}})[ \t]+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})[ \t]+(?P<d3>\d{{1,2}})\s*[-\u2013\u2014]\s*(?P<d4>\d{{1,2}}))(?:,?[ \t]+(?P<y>(?:19|20)\d\d))?\b"),
        # "21/04/2024", "4/21/2024": day and month told apart by which can be a month and by the anchor
        ("numeric", r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/.])"),
        # "09/06 - Obo: soldiers ...", "27/04 | El Wak | IED hit ...": an incident list's entry, its day and month opening the
        # line before a dash, a bar or a colon (the year is the anchor's, or the one before; not "09.10 -", a blog's clock)
        ("entry_day", r"(?m)^[ \t]*(\d{1,2})/(\d{1,2})(?![\d/.])(?=[ \t]*[-|:\u2013\u2014])"),
        # a year only on the same line: "July 16\n2010-07-..." is a day and a reference number
        ("absolute", rf"\b(?:{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+(?:19|20)\d\d)?|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+(?:19|20)\d\d)?)\b"),
        # "last Wednesday" is never today; "overnight into Sunday", "Saturday night" name one day
        # "on the 12th," (a day of the anchor's month, or of the month before when the day is still to come)
        ("day_of_month", r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$)|\s+[\u2013\u2014-]\s|\s+(?:in|at|near|when|while|as|and|after|before|during|around|from|outside|inside|along)\b)"),
        # "on Sunday and Monday", "between Saturday and Tuesday", "from Sunday into Monday": two days, dated by the first
        ("weekday_pair", rf"\b(?P<w1>{_WEEKDAY})\s+(?:and|or|to|through|into)\s+(?P<w2>{_WEEKDAY})\b"),
        ("weekday", rf"\b(?:(?:late|early|last|past|overnight(?:\s+(?:on|into|to))?)\s+)?{_WEEKDAY}\b"),
        ("weekend", r"\b(?:over|at|during)\s+the\s+weekend\b|\blast\s+weekend\b"),
        ("yesterday", rf"\b({time_words('day_before')}|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours))\b"),
        ("today", rf"\b({time_words('same_day')})\b"),
        # "the next day", "a day earlier", "two days later": counted from the date told before it
        # "The day before, police had detained ..." (closed by punctuation: "the day before the vote" counts from the vote)
        ("shift", rf"\b(?:the\s+(?P<dir1>previous|next|following)\s+(?:day|morning|night|evening)|(?P<n>{_SHIFT_COUNTS}|\d)\s+days?\s+(?P<dir2>earlier|later)|(?:the|a)\s+day\s+(?P<dir3>before|after)(?=\s*[,.;:)]|\s*$))\b"),
        ("ago", rf"\b(\d+|{_AGO_COUNTS})\s+(day|week|month|year)s?\s+ago\b"),
        ("this_week", r"\b(earlier this week|this week)\b"),
        ("last_week", r"\blast week\b"),
        ("this_month", r"\b(earlier this month|this month)\b"),
        ("last_month", r"\blast month\b"),
        # "in February", "since early March", "last October" (the latest October before the anchor's month)
        # not the first word of a place's name ("in May Pen", "of August Town": a capitalised word follows, no year)
        ("month", rf"\b(?i:in|since|during|from|by|until|of|last)\s+(?:(?i:early|mid|late)-?\s*)?((?:{_FULL_MONTHS}))(?:\s+((?:19|20)\d\d)\b|\b(?![ \t]+[A-Z][a-z]))"),
        ("last_year", r"\blast year\b"),
        ("year", r"\b(?:in|since|during|of)\s+((?:19|20)\d\d)\b"),
    )
)
PATTERNS_BY_KIND = dict(PATTERNS)
# Performance only: what a text must contain for a pattern to match in it, checked before the pattern's scan
# (each scan tries every position of the text; most kinds are absent from most articles). Words: at least one
# occurs in the text case-folded (``folded``); a regex: it must match. Each is implied by its pattern.
_MONTH_STEMS = tuple(name[:3] for name in _CALENDAR["months"])
_REQUIRED: dict[str, tuple[str, ...] | re.Pattern[str]] = {
    "iso": re.compile(r"\d-\d\d-\d"),
    "range": _MONTH_STEMS,
    "numeric": re.compile(r"\d[/.]\d"),
    "entry_day": re.compile(r"\d/\d"),
    "absolute": _MONTH_STEMS,
    "day_of_month": re.compile(r"\d(?:st|nd|rd|th)", re.I),
    "weekday_pair": tuple(WEEKDAYS),
    "weekday": tuple(WEEKDAYS),
    "weekend": ("weekend",),
    "yesterday": ("yesterday", "night", "past", "last"),
    "today": tuple(_CALENDAR["same_day"]),
    "shift": ("previous", "next", "following", "earlier", "later", "day before", "day after"),
    "ago": ("ago",),
    "this_week": ("this week",),
    "last_week": ("last week",),
    "this_month": ("this month",),
    "last_month": ("last month",),
    "month": _MONTH_STEMS,
    "last_year": ("last year",),
}


def folded(text: str) -> str:
    """The text case-folded so that whatever an ASCII word matches under re.IGNORECASE contains that word
    (re.I also matches dotless "ı" and dotted "İ", which fold to "ı" and "i" + a combining dot, to "i")."""
    return text.casefold().replace("\u0131", "i").replace("\u0307", "")


def may_match(kind: str, text: str, folded: str) -> bool:
    required = _REQUIRED.get(kind)
    if required is None:
        return True
    if isinstance(required, re.Pattern):
        return required.search(text) is not None
    return any(word in folded for word in required)

