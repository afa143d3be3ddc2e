"""Name keys: how a written place name is folded before it is looked up.

``strict_key`` folds case, diacritics, apostrophes and ayn/hamza marks, hyphens and spaces, drops an
Arabic article at the start of a word ("Ar-Raqqah", "ash-Shihr", "Deir ez-Zour") and a generic word
such as "province", "governorate", "district", "city"; "St"/"Ste" before a name read "Saint"/"Sainte". ``loose_key`` also folds common transliteration
variants (doubled letters, ou/u, ei/ey/ay, -ah/-a, dh/z, q/k, e/i, o/u, w/u, ph/hp/p) and drops spaces; it is
used only when the strict key finds nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata

ARTICLES = frozenset({"al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "ath", "adh", "ed", "es", "et", "ez", "er", "en", "ud", "ul", "ut", "ur", "us", "uz", "ush"})
# generic words that say what kind of place a name is; value: the kind they prefer
GENERIC = {
    "city": "town", "town": "town", "village": "town", "township": "town", "municipality": "town",
    "governorate": "admin1", "province": "admin1", "oblast": "admin1", "region": "admin1", "state": "admin1",
    "prefecture": "admin1", "department": "admin1", "muhafazat": "admin1", "muhafazah": "admin1",
    "mohafazat": "admin1", "wilayat": "admin1", "wilaya": "admin1", "raion": "admin2", "rayon": "admin2",
    "district": "admin2", "county": "admin2", "subdistrict": "admin2", "division": "admin2", "lga": "admin2",
    "upazila": "admin2", "tehsil": "admin2", "taluka": "admin2", "woreda": "admin2", "regency": "admin2",
}
SAINT = {"st": "saint", "ste": "sainte"}  # abbreviations written before a name
_GENERIC_PREFIX = re.compile(r"^(?:the )?(city|town|village|province|governorate|district|region|state|county|oblast|muhafazat|mohafazat|wilayat) of ")
_COUNTY_ABBREVIATION = re.compile(r"^co\.? (?=\w{4})")  # Irish and British "Co Wexford" (not Vietnamese "Co To")
_MARKS = re.compile("['\u2019\u2018\u02bc\u02bb\u02be\u02bf\u0060\u00b4\u2032\u02b9]")


@functools.lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """ASCII, lower case, punctuation to spaces, no apostrophes or ayn/hamza marks, no leading 'the'."""
    text = _MARKS.sub("", name)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l").replace("ß", "ss").replace("ə", "e")
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def is_latin(name: str) -> bool:
    """Does the name fold to letters without losing characters (Latin script)?"""
    stripped = unicodedata.normalize("NFKD", _MARKS.sub("", name))
    return all(c.isascii() or unicodedata.combining(c) or c in "ıøđłßŀəƏ" or not c.isalpha() for c in stripped) and bool(fold(name))


@functools.lru_cache(maxsize=200_000)
def split_generic(name: str) -> tuple[str, str | None]:
    """(strict key, preferred kind from a generic word or None)."""
    text = fold(name)
    kind = None
    m = _GENERIC_PREFIX.match(text)
    if m:
        kind = GENERIC.get(m.group(1))
        text = text[m.end():]
    if (c := _COUNTY_ABBREVIATION.match(text)) is not None:
        kind, text = kind or "admin2", text[c.end():]  # "Co Wexford", "Co. Antrim": County Wexford
    words = text.split()
    while len(words) > 1 and words[-1] in GENERIC:
        kind = kind or GENERIC[words[-1]]
        words.pop()
    while len(words) > 1 and words[0] in GENERIC and words[0] in ("muhafazat", "mohafazat", "wilayat"):
        kind = kind or "admin1"
        words.pop(0)
    words = [SAINT.get(w, w) if i + 1 < len(words) else w for i, w in enumerate(words)]  # "St Petersburg" = "Saint Petersburg"
    kept = [w for i, w in enumerate(words) if not (w in ARTICLES and i + 1 < len(words))]
    return " ".join(kept), kind


def strict_key(name: str) -> str:
    return split_generic(name)[0]


_LOOSE_RULES = (
    (re.compile(r"hp|ph"), "p"),  # Burmese aspirates: "Kyaukphyu"/"Kyaukpyu", "Hpa-an"/"Pa-an"
    (re.compile(r"dh"), "z"),
    (re.compile(r"q"), "k"),
    (re.compile(r"ou|oo"), "u"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"a[iy]|e[iy]"), "ei"),
    (re.compile(r"aw"), "o"),
    (re.compile(r"w"), "u"),
    (re.compile(r"ah\b"), "a"),
    (re.compile(r"(?<=[aeiou])h\b"), ""),
    (re.compile(r"e"), "i"),
    (re.compile(r"o"), "u"),
    (re.compile(r"y\b"), "i"),
)


@functools.lru_cache(maxsize=200_000)
def loose_key(key: str) -> str:
    """Fold transliteration variants of a strict key: 'dayr zawr' and 'deir zour' -> 'dirzur'."""
    text = key
    for pattern, repl in _LOOSE_RULES:
        text = pattern.sub(repl, text)
    text = re.sub(r"(.)\1+", r"\1", text.replace(" ", ""))
    return text
