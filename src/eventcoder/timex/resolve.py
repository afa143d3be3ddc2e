"""Read one matched expression into an EventDate against an anchor day (the publication date, or the day a
statement is dated): "on Monday" is the latest Monday on or before it, "last week" a week, "in February" a month."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Any

from ..model import EventDate
from ..resources import number_words
from .patterns import MONTHS, WEEKDAYS

NUMBER_WORDS = {**number_words(), "a": 1, "an": 1}


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _ed(first: dt.date, last: dt.date, precision: int) -> EventDate:
    return EventDate(value=first, earliest=first, latest=last, time_precision=precision)


@functools.cache
def _dateparser() -> Any:
    import dateparser

    return dateparser


# "3 March 2017", "March 3rd, 2017", "31 MAY": a day and a month name (and a year), as the "absolute" pattern writes them
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)(?:,?\s+((?:19|20)\d\d))?")
_MONTH_DAY = re.compile(r"([A-Za-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d))?")


def _calendar_day(text: str, base: dt.date) -> dt.date | None:
    """The plain forms of an absolute date read directly, as dateparser reads them (a missing year is the
    latest on or before ``base``); None for anything else, left to dateparser. Performance only: importing
    dateparser costs ~0.4 s per process and each call ~1 ms (tests/test_dates.py checks the two agree)."""
    m = _DAY_MONTH.fullmatch(text)
    day, name, year = (m.group(1), m.group(2), m.group(3)) if m else (None, None, None)
    if m is None:
        m = _MONTH_DAY.fullmatch(text)
        if m is None:
            return None
        name, day, year = m.group(1), m.group(2), m.group(3)
    month = MONTHS.get(name.lower())
    if month is None:
        return None
    try:
        if year is not None:
            return dt.date(int(year), month, int(day))
        found = dt.date(base.year, month, int(day))
        return found if found <= base else dt.date(base.year - 1, month, int(day))
    except ValueError:
        return None  # "February 30", "29 February" of a common year: dateparser decides


@functools.lru_cache(maxsize=4096)
def _absolute_day(text: str, base: dt.date) -> dt.date | None:
    """An absolute date ("March 3, 2017") against ``base`` for a missing year, remembered: the same dates
    recur across the articles of a batch."""
    plain = _calendar_day(text, base)
    return plain if plain is not None else _dateparser_day(text, base)


def _dateparser_day(text: str, base: dt.date) -> dt.date | None:
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
    if kind == "entry_day":
        if anchor is None:
            return None
        a, b = int(match.group(1)), int(match.group(2))
        for day, month in ((a, b), (b, a)):  # day/month (most of the world), else month/day (US)
            try:
                day_told = dt.date(anchor.year, month, day)
            except ValueError:
                continue
            if day_told > anchor:  # an incident list runs up to its day: a later day is the year before's
                try:
                    day_told = dt.date(anchor.year - 1, month, day)
                except ValueError:
                    continue
            return _ed(day_told, day_told, 1)
        return None
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
            last = text[:4].lower() == "last"  # "last November" written in November: a year ago
            year = anchor.year if month < anchor.month or (month == anchor.month and not last) else anchor.year - 1
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
    if kind == "weekday_pair":
        first, last = WEEKDAYS[match.group("w1").lower()], WEEKDAYS[match.group("w2").lower()]
        end = anchor - dt.timedelta(days=(anchor.weekday() - last) % 7)
        start = end - dt.timedelta(days=(last - first) % 7 or 7)
        return _ed(start, end, 2)
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
        n = 1 if match.group("dir1") or match.group("dir3") else (int(match.group("n")) if match.group("n").isdigit() else NUMBER_WORDS[match.group("n").lower()])
        back = (match.group("dir1") or match.group("dir2") or match.group("dir3")).lower() in ("previous", "earlier", "before")
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

