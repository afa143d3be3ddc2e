"""Datelines: the one reader of a story's dateline ("DEIR EZ-ZOUR, Syria (Reuters) -", "GENEVA (Reuters) -") and of
the dated datelines of a compilation of releases. A dateline stays in the text; it gives the report's place, country
and day, but is never an event's place, party or date.
"""

from __future__ import annotations

import re

from ..model import Span
from ..records import Dateline
from ..resources import tables, word_lists

_W = word_lists("page_words.toml")  # one list per concept (resources/page_words.toml)

# "MAIDUGURI, Nigeria (Wire) —", "DEIR EZ-ZOUR, Syria (Reuters) -", "Geneva (Reuters) -", "JENIN, West Bank —",
# "CÓRDOBA, Argentina —", "NAIROBI/PORT-AU-PRINCE (Wire) —", "OUAGADOUGOU, April 9 (Wire) -",
# "KABUL, Afghanistan (March 24, 2011)" (a military release: the date in brackets, often no dash), "KADUNA, Nigeria, March 17 (Wire) -"
_CAP = r"[^\W\d_a-z]"  # a letter that is no ASCII small letter: "CÓRDOBA", "CHIȘINĂU" (``_dateline`` checks the case)
_UPPER_WORD = rf"{_CAP}(?:{_CAP}|[.'\u2019-])*"
_UPPER_PLACE = rf"{_UPPER_WORD}(?:(?:\s+|/){_UPPER_WORD}){{0,3}}"
_TITLE_PLACE = rf"{_CAP}[\w.'\u2019-]*(?:\s+{_CAP}[\w.'\u2019-]*){{0,3}}"
_DAY = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?"  # "April 9", "Aug. 24, 2011" (a month: _is_day)
DATELINE = re.compile(
    rf"^(?P<lead>\s*)(?:(?P<up>{_UPPER_PLACE})(?:,\s*(?:(?P<d1>{_DAY})\b|(?P<c1>{_TITLE_PLACE})(?:,\s*(?P<d2>{_DAY})\b)?))?\s*(?:\((?P<a1>[^)\n]{{1,40}})\))?"
    rf"|(?P<tp>{_TITLE_PLACE})(?:,\s*(?P<c2>{_TITLE_PLACE}))?\s*\((?P<a2>[^)\n]{{1,40}})\))"
    r"(?:\s*(?:\u2014|\u2013|--?|:)(?:\s+(?=\S)|[^\S\n]*$)|(?<=\))(?=\s))"
)
# a translator's or desk's note in brackets before the dateline, whose town may then be in Title Case ("(Translated from
# Arabic) JABLEH —", "(Translated) Nzérékoré —", "(Translated from Spanish) Juliaca. —"): after such a note a short run of
# capitalised words ended by a dash or a colon is where the story was filed, not a headline ("(Opinion) The killings ...")
_NOTE = r"\([^()\n]{1,60}\)"
_NOTED_PLACE = rf"{_CAP}[\w'\u2019-]*(?:\s+{_CAP}[\w'\u2019-]*){{0,3}}"
NOTED_DATELINE = re.compile(rf"^\s*{_NOTE}\s*(?P<nt>{_NOTED_PLACE})\.?\s*(?:\u2014|\u2013|--?|:)\s+(?=\S)")
# the same with its date in brackets after header text on its line ("For Immediate Release  KABUL, Afghanistan (April 27, 2011)")
DATED_DATELINE = re.compile(rf"(?:^|(?<=\s))(?P<up>{_UPPER_PLACE})(?:,\s*(?P<c1>{_TITLE_PLACE}))?\s*\((?P<a1>{_DAY})\)(?:\s*(?:\u2014|\u2013|--?))?(?=\s)")
_SPACE = re.compile(r"\s*")
_MONTHS = frozenset(name[:3] for name in tables("time_words.toml")["months"])  # "jan" ... "dec"


def _is_day(text: str | None) -> bool:
    """Is a dateline's bracket or comma part a day ("Aug. 24, 2011", "April 9") rather than an agency or country?"""
    return bool(text) and re.fullmatch(_DAY, text.strip()) is not None and text.strip()[:3].lower() in _MONTHS  # type: ignore[union-attr]


def _dateline(m: re.Match[str], pos: int, text: str) -> Dateline | None:
    """The Dateline a DATELINE or DATED_DATELINE match at offset ``pos`` of ``text`` gives, if its place is one."""
    groups = m.groupdict()
    up = groups.get("up")
    noted = groups.get("nt")
    place = up or groups.get("tp") or noted
    agency = groups.get("a1") or groups.get("a2")
    day_group = "a1" if _is_day(groups.get("a1")) else "a2" if _is_day(groups.get("a2")) else "d1" if groups.get("d1") else "d2" if groups.get("d2") else None
    dash = m.group(0).rstrip()[-1:] in ("\u2014", "\u2013", "-", ":")
    if not dash and day_group not in ("a1", "a2"):
        return None  # no dash: only a day in brackets ends a dateline ("KABUL, Afghanistan (March 24, 2011) A combined ...")
    if up and (len(place) < 3 or not any(c.isalpha() for c in place) or not (groups.get("c1") or agency or groups.get("d1") or place.isupper())):
        return None
    if not place or place.lower() in _W["not_datelines"] or (up and not place.isupper()):
        return None
    first = "up" if up else "nt" if noted else "tp"
    start = pos + m.start(first)
    country = groups.get("c1") or groups.get("c2")
    end_group = "c1" if groups.get("c1") else "c2" if groups.get("c2") else first
    end = pos + m.end(end_group)
    day = Span(start=pos + m.start(day_group), end=pos + m.end(day_group)) if day_group else None
    after = _SPACE.match(text, pos + m.end()).end()  # type: ignore[union-attr]  # the story text, past a line break when no dash ends the dateline
    return Dateline(span=Span(start=start, end=end), text=text[start:end], place=place, country=country,
                    agency=None if day_group in ("a1", "a2") else agency, end=after, date=day)


def find_datelines(text: str, lines: int = 4) -> tuple[Dateline | None, tuple[Dateline, ...]]:
    """The dateline opening one of the first ``lines`` non-empty lines of the (cleaned) text, or a dateline with
    its day in brackets within them ("For Immediate Release  KABUL, Afghanistan (April 27, 2011)"), if any; and
    every dateline of the text: that one and the dated datelines of later lines, which open further releases
    of a compilation ("KABUL, Afghanistan (Oct. 19) -- ..."). The one reader of datelines: the places, dates
    and actors stages take them from the document's fields."""
    opening: Dateline | None = None
    found: list[Dateline] = []
    pos, seen = 0, 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            seen += 1
            one: Dateline | None = None
            if seen <= lines and opening is None:
                m = DATELINE.match(line)
                one = _dateline(m, pos, text) if m else None
                if one is None and (m := NOTED_DATELINE.match(line)):
                    one = _dateline(m, pos, text)
                opening = one
            if one is None and "(" in line:
                one = next((d for d in (_dateline(m, pos, text) for m in DATED_DATELINE.finditer(line)) if d), None)
                if seen <= lines and opening is None:
                    opening = one
            if one is not None:
                found.append(one)
        pos += len(line)
    return opening, tuple(found)


def find_dateline(text: str, lines: int = 4) -> Dateline | None:
    """The story's dateline (see ``find_datelines``)."""
    return find_datelines(text, lines)[0]
