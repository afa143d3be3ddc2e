"""Reading a count: numerals, number words, vague quantities ("several" 3, "dozens" 12) and the qualifier before
it ("at least N" gives low N, "up to N" gives high N)."""

from __future__ import annotations

import re

from ..model import Casualties
from ..resources import number_words
from .conventions import conventions, count_words

UNITS = count_words()
_WORDS = "|".join(sorted((re.escape(w) for w in UNITS), key=len, reverse=True))
_UNIT_DIGITS = "|".join(word for word, n in number_words().items() if 1 <= n <= 9)  # "twenty-one" ... "ninety nine"
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_WORDS})(?:[- ](?:{_UNIT_DIGITS}))?)"
QUAL = rf"(?:(?:{'|'.join(conventions().lower_bound + conventions().upper_bound)})\s+)?"
Q = r"['\"\u2018\u2019\u201c\u201d]?"  # "killed 'dozens' of attackers"
ONE_WORDS = ("a", "an", "the", "one", "his", "her", "their", "its")  # "killing a man", "killing his wife": one
ONE = rf"(?:{'|'.join(ONE_WORDS)})"
SELF = ("him", "her", "himself", "herself", "self")


def number(text: str) -> int | None:
    t = text.lower().replace(",", "").strip().strip("'\"\u2018\u2019\u201c\u201d")
    if t in ONE_WORDS:
        return 1
    if t.isdigit():
        return int(t)
    if t in UNITS:
        return UNITS[t]
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS:
        return UNITS[parts[0]] + UNITS[parts[1]]
    return None


def qualified(n: int, qual: str) -> Casualties:
    """The count with its qualifier: "up to N" is a high, "at least N"/"about N" a low, a bare N exact."""
    q = qual.strip().lower()
    if q in conventions().upper_bound:
        return Casualties(low=None, best=n, high=n)
    return Casualties(low=n, best=n, high=None if q else n)
