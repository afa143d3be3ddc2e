"""Find the time expressions of a text and resolve them: relative ones against the publication date, or
against the day of the statement that tells them ("police said on Monday ... last night"); a dateline's or a
header's day is the report's day (``speech``), not an event's. Also the report's own day when the
publication date is unknown (``document_anchor``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..model import EventDate, Span
from ..records import Dateline, Parsed, TimeExpression
from .patterns import _FULL_MONTHS, MONTHS, ENTRY_TIME, LABELLED_ENTRY_TIME, PATTERNS, PATTERNS_BY_KIND, folded, may_match, time_words
from .resolve import resolve

NOT_A_DATE_AFTER = re.compile(rf"^\s*(?:{time_words('name_nouns')}|(?:{time_words('name_abbreviations')})\b)", re.I)
SPEECH_BEFORE = re.compile(
    rf"\b(?:{time_words('speech_verbs', 'speech_verbs_before', 'speech_nouns')})(?:\s+\w+){{0,3}}?\s+(?:on\s+|late\s+|early\s+)?$", re.I
)
# "the death toll rose to 54 on Monday": the day of the count, not of the event
TOLL_BEFORE = re.compile(rf"\btoll\s+(?:[\w'\u2019,.-]+\s+){{0,6}}?(?:{time_words('toll_verbs')})\s+(?:to|at)\s+[\w,]+(?:\s+\w+)?\s+(?:on\s+|by\s+)?$", re.I)
# "Police on Tuesday said ...", "Coalition forces today confirmed ...": the date of the statement
SPEECH_AFTER = re.compile(rf"^\s+(?:(?:also|later|again)\s+)?(?:{time_words('speech_verbs', 'speech_verbs_after')})\b", re.I)
RELATIVE = {"yesterday", "today", "ago", "this_week", "last_week", "weekday", "weekday_pair", "weekend"}
QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"'}


def _matches(text: str, parsed: Parsed, anchor: dt.date | None) -> list[tuple[str, re.Match[str], TimeExpression]]:
    found: list[tuple[str, re.Match[str], TimeExpression]] = []
    taken: list[Span] = []
    text_folded = folded(text)
    for kind, pattern in PATTERNS:
        if not may_match(kind, text, text_folded):
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
    found = _named_days(sorted(_matches(text, parsed, anchor), key=lambda f: f[2].span.start), text)
    if anchor is not None and (end := _covered_period_end(text, found)) is not None and end < anchor:
        # a round-up of a stated period published after it ("News in brief, 28 September - 4 October" out on Monday 5
        # October): its weekdays are the period's ("on Monday night" is 28 September, not the day it came out)
        for i, (kind, match, expr) in enumerate(found):
            if kind in ("weekday", "weekday_pair") and expr.span.start >= end_of_header(text) and (moved := resolve(kind, match, end)) is not None:
                found[i] = (kind, match, dataclasses.replace(expr, date=moved))
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
        if kind == "yesterday" and expr.text.lower() == "overnight" and anchor is not None and _live_entry(text, expr.span.start):
            # "09:05 - Overnight, Russian forces shelled ...", "LIVE: 09:40 - ... shot down three drones overnight": a live
            # entry's night is the one that ends on the entry's day (eval/WRITERS.md Overnight; precision 2)
            first = day or anchor
            expr = dataclasses.replace(expr, date=EventDate(value=first, earliest=first, latest=first, time_precision=2))
        out.append(expr)
    return tuple(sorted(out, key=lambda e: e.span.start))


def _live_entry(text: str, start: int) -> bool:
    """Is the position in a live blog entry opened by its clock time ("09:05 - ", "LIVE: 09:40 - "): on that line, or on
    a line under it in its block ("10:10 - Fire at Syzran refinery after drone attack" over "... had attacked the oil
    refinery in Syzran overnight")?"""
    block = text.rfind("\n\n", 0, start)
    first = text[block + 2 if block >= 0 else 0 : start]
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return any(ENTRY_TIME.match(LABELLED_ENTRY_TIME.sub("", x.lstrip(), count=1)) for x in (line, first))


def _named_days(found: list[tuple[str, re.Match[str], TimeExpression]], text: str) -> list[tuple[str, re.Match[str], TimeExpression]]:
    """Drop a weekday that names the date told right after it ("on the night of Sunday 20 September", "on Sunday, 20
    September", "Sunday (September 20)"): one day, which the date gives, not the weekday read from the anchor."""
    return [f for i, f in enumerate(found)
            if not (f[0] == "weekday" and i + 1 < len(found) and found[i + 1][0] in ("absolute", "iso", "numeric")
                    and _JUST_BEFORE.fullmatch(text[f[2].span.end : found[i + 1][2].span.start]))]


_JUST_BEFORE = re.compile(r"[ \t]*,?[ \t]*(?:\(|the[ \t]+)?")


HEADER_CHARS = 300  # a round-up's header (title and period lines) ends at its first blank line, within this many characters
PERIOD_DAYS = 31  # the longest period a round-up covers


def end_of_header(text: str) -> int:
    """Where a report's header lines end: its first blank line, if one comes within HEADER_CHARS; else 0."""
    blank = text.find("\n\n", 0, HEADER_CHARS)
    return blank if blank >= 0 else 0


def _covered_period_end(text: str, found: list[tuple[str, re.Match[str], TimeExpression]]) -> dt.date | None:
    """The last day of the period a round-up's header says it covers ("Weekly review, 15–21 September 2025", "News in
    brief, 28 September - 4 October"): a range of days, or two dates joined by a dash or "to", within PERIOD_DAYS; None
    when the header states no period."""
    header = end_of_header(text)
    heads = [(kind, expr) for kind, _, expr in found if expr.span.end <= header]
    for i, (kind, expr) in enumerate(heads):
        if kind == "range" and (expr.date.latest - expr.date.earliest).days <= PERIOD_DAYS:
            return expr.date.latest
        if kind == "absolute" and i + 1 < len(heads) and heads[i + 1][0] == "absolute":
            nxt = heads[i + 1][1]
            joined = re.fullmatch(r"\s*(?:[-\u2013\u2014]|to|until)\s*", text[expr.span.end : nxt.span.start], re.I)
            if joined and 0 < (nxt.date.value - expr.date.value).days <= PERIOD_DAYS:
                return nxt.date.value
    return None


def covered_period(text: str, parsed: Parsed, anchor: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days a periodic report's header says it covers: a range of days ("Weekly review, 15-21 September 2025"), two
    dates joined by a dash or "to", else a month with its year ("Monthly report on the human rights situation - February
    2025") or two months joined by a dash ("incident note, February-March 2026"); None when the header (lines before the first blank one)
    states no period of at most two months, or only a day ("Flash Update No. 7 (as of 20 November 2026)"), or holds it in a
    sentence ("The road passes houses burned in March 2024, when ...")."""
    header = end_of_header(text)
    if not header:
        return None
    heads = [(kind, expr) for kind, _, expr in _matches(text[:header], parsed, anchor)]
    for i, (kind, expr) in enumerate(heads):
        if not _title_line(text, expr.span.start):
            continue
        first, last = expr.date.earliest, expr.date.latest
        if kind == "absolute" and i + 1 < len(heads) and heads[i + 1][0] == "absolute" and re.fullmatch(
                r"\s*(?:[-\u2013\u2014]|to|until)\s*", text[expr.span.end : heads[i + 1][1].span.start], re.I):
            last = heads[i + 1][1].date.latest
        elif kind != "range":
            continue
        if 0 <= (last - first).days <= 2 * PERIOD_DAYS:
            return first, last
    for match in HEADER_MONTHS.finditer(text[:header]):
        if re.search(r"(?:\d|\b(?:in|since|during|from|by|until|of|last|before|after))\s*$", text[: match.start()], re.I) \
                or not _title_line(text, match.start()):
            continue  # "as of 20 November 2026": a day; "houses burned in March 2024, when ...": a sentence
        year = int(match.group(3))
        last_month = MONTHS[match.group(2).lower()] if match.group(2) else MONTHS[match.group(1).lower()]
        first_month = MONTHS[match.group(1).lower()]
        first = dt.date(year - (first_month > last_month), first_month, 1)
        last = (dt.date(year + (last_month == 12), last_month % 12 + 1, 1)) - dt.timedelta(days=1)
        return first, last
    return None


def _title_line(text: str, start: int) -> bool:
    """Is the line holding character ``start`` a title, not a sentence ending in a full stop?"""
    end = text.find("\n", start)
    return not text[start : end if end >= 0 else len(text)].rstrip().endswith((".", "!", "?"))


# a month, or two joined by a dash, with its year in a report's header ("Monthly report - February 2025", "incident note,
# February-March 2026")
HEADER_MONTHS = re.compile(rf"\b({_FULL_MONTHS})(?:\s*[-\u2013\u2014]\s*({_FULL_MONTHS}))?,?[ \t]+((?:19|20)\d\d)\b", re.I)


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

