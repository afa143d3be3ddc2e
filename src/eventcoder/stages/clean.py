"""clean: drop photo captions, picture credits, bylines, footers and page furniture (navigation and
accessibility links, share/subscribe lines, related-story blocks), keeping an offset map to the raw text;
find the dateline.

Lines are kept or dropped whole; kept lines are copied verbatim, so every span of the cleaned text maps
back to the raw text through ``Article.offsets``. A related-story block starts at a heading such as
"Related Topics" or "More on this story" and runs over the short unpunctuated lines (headlines, dates,
topic names) that follow it. The dateline ("DEIR EZ-ZOUR, Syria (Reuters) -", "GENEVA (Reuters) -") is
kept in the text and reported as a ``Dateline`` (cleaned-text span of the place) for the places stage:
it gives country context but is never an event's place.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from typing import Any, Mapping

from .. import errors
from ..errors import EventcoderError
from ..model import Article, Document, Excluded, OffsetMap, Segment, Span
from ..pipeline import stage
from ..records import Dateline
from ..resources import word_lists

CAPTION = re.compile(
    r"^\s*(file\s*(photo|picture|image)?\s*[-:\u2013\u2014]|file photo\b|photo\s*:|photos\s*:|image\s*:|picture\s*:|"
    r"caption\s*:|pictured\s*:|\(?photo (by|credit|courtesy)\b|in this (undated |handout )?(file )?(photo|image|picture)\b|"
    r"this (undated )?(handout )?(photo|image|picture)\b)"
    r"|\((ap|afp|reuters|getty|epa)[ /]*(photo|images?)?\b[^)]*\)\s*$"
    r"|\b(reuters|afp|ap|epa|getty images)/[A-Z][^\n]{0,60}$"
    r"|\b(photo|image|picture)\s+(by|courtesy of|credit)\b[^\n]{0,80}$"
    r"|\((u\.s\.|us) (army|navy|air force|marine corps) photo\b[^)]*\)\s*$",
    re.I,
)
FOOTER = re.compile(
    r"^\s*(copyright\b|\u00a9|\(c\)\s*\d{4}|all rights reserved|reporting by\b|additional reporting by\b|"
    r"writing by\b|editing by\b|compiled by\b|our standards\s*:|this material may not be published|"
    r"follow (us|him|her) on\b|sign up\b|subscribe\b|related\s*:|read more\b|advertisement\s*$|share this\b|"
    r"click here\b|(?:\w+ )?contributed to this report)"
    r"|all rights reserved\.?\s*$",
    re.I,
)


# one-line page furniture: navigation and accessibility links, breadcrumbs, share buttons, time stamps
FURNITURE = re.compile(
    r"^\s*(skip to (main )?content|accessibility (links|help)|jump to navigation|main menu|menu\s*$|search\s*$|"
    r"home\s*$|share\s*$|share (on|via|this)\b|tweet\s*$|email\s*$|print\s*$|copy link\s*$|save\s*$|"
    r"(comments?|\d+ comments?)\s*$|listen to (this )?article|(published|updated|last updated)\s*:?\s*(\d+ (minutes?|hours?|days?) ago|"
    r"(on )?\d{1,2} \w+( \d{4})?|\w+ \d{1,2},? \d{4})\b[^.]{0,40}$|download (the )?(full )?(report|pdf)\b|"
    r"(get|sign up for) (our|the) \w+ newsletter|image (caption|source)\s*[,:]|media caption\s*[,:]|"
    r"(video|watch|listen)\s*:\s*[^.]*$|(press|news|media) release\s*$|"
    r"release (no\.?|number|#)\s*[\w./-]*\s*$)"  # a release's header lines: "Press Release", "Release No. 26-041"
    r"|^\(\s*(adds|updates|recasts|corrects|changes|fixes|refiles|rewrites|writethrough|edits)\b[^)]{0,160}\)\s*$"  # a wire note: "(Adds second death, paragraphs 3-5)"
    r"|^([^|]{1,40}\|){2,}[^|]{1,40}$",  # "Home | World | Africa"
    re.I,
)
BYLINE = re.compile(r"^\s*[Bb][Yy]\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}(\s*(,|and)\s*[^.]{0,60})?$")
RELATED_HEADING = re.compile(
    r"^\s*(related( topics| stories| articles| coverage| content| news)?|more on this story|more (from|in) [\w ]{1,30}|"
    r"most (read|popular|viewed)|top stories|you may also (like|be interested in)|recommended|read next|also read|see also)\s*:?\s*$",
    re.I,
)
IMAGE_CAPTION = re.compile(r"^\s*(image caption|caption)\s*[,:]", re.I)


def classify_line(line: str, in_related: bool = False) -> str | None:
    """'caption', 'footer', 'furniture', 'byline', 'related', or None for a line of article text."""
    stripped = line.strip()
    if not stripped:
        return None
    if RELATED_HEADING.search(stripped):
        return "related"
    if IMAGE_CAPTION.search(stripped):
        return "caption"
    if FOOTER.search(stripped):
        return "footer"
    if CAPTION.search(stripped):
        return "caption"
    if FURNITURE.search(stripped):
        return "furniture"
    if BYLINE.search(stripped):
        return "byline"
    if in_related and len(stripped) <= 120 and stripped[-1:] not in (".", "!", "?", '"', "\u201d"):
        return "related"  # a headline, date or topic listed under a related-story heading
    return None


_W = word_lists("page_words.toml")  # one list per concept (resources/page_words.toml)


def _is_heading(line: str) -> bool:
    """A link or section heading in Title Case inside the story ("Operation Inherent Resolve - Targeted
    Operations Against ISIL Terrorists"): four or more words, nearly all capitalised, no final period."""
    words = line.split()
    if len(words) < 4 or len(line) > 120 or line[-1:] in (".", "!", "?", '"', "\u201d", ":", ","):
        return False
    content = [w for w in words if w.lower() not in _W["title_small_words"]]
    capital = [w for w in content if w[:1].isupper() or w[:1].isdigit()]
    return len(content) >= 3 and len(capital) == len(content)


# "MAIDUGURI, Nigeria (Wire) —", "DEIR EZ-ZOUR, Syria (Reuters) -", "Geneva (Reuters) -", "JENIN, West Bank —",
# "CÓRDOBA, Argentina —", "NAIROBI/PORT-AU-PRINCE (Wire) —", "OUAGADOUGOU, April 9 (Wire) -",
# "KABUL, Afghanistan (March 24, 2011)" (a military release: the date in brackets, often no dash)
_CAP = r"[^\W\d_a-z]"  # a letter that is no ASCII small letter: "CÓRDOBA", "CHIȘINĂU" (``_dateline`` checks the case)
_UPPER_WORD = rf"{_CAP}(?:{_CAP}|[.'\u2019-])*"
_UPPER_PLACE = rf"{_UPPER_WORD}(?:(?:\s+|/){_UPPER_WORD}){{0,3}}"
_TITLE_PLACE = rf"{_CAP}[\w.'\u2019-]*(?:\s+{_CAP}[\w.'\u2019-]*){{0,3}}"
_DAY = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?"  # "April 9", "Aug. 24, 2011" (a month: _is_day)
DATELINE = re.compile(
    rf"^(?P<lead>\s*)(?:(?P<up>{_UPPER_PLACE})(?:,\s*(?:(?P<d1>{_DAY})\b|(?P<c1>{_TITLE_PLACE})))?\s*(?:\((?P<a1>[^)\n]{{1,40}})\))?"
    rf"|(?P<tp>{_TITLE_PLACE})(?:,\s*(?P<c2>{_TITLE_PLACE}))?\s*\((?P<a2>[^)\n]{{1,40}})\))"
    r"(?:\s*(?:\u2014|\u2013|--?|:)(?:\s+(?=\S)|[^\S\n]*$)|(?<=\))(?=\s))"
)
# the same with its date in brackets after header text on its line ("For Immediate Release  KABUL, Afghanistan (April 27, 2011)")
DATED_DATELINE = re.compile(rf"(?:^|(?<=\s))(?P<up>{_UPPER_PLACE})(?:,\s*(?P<c1>{_TITLE_PLACE}))?\s*\((?P<a1>{_DAY})\)(?:\s*(?:\u2014|\u2013|--?))?(?=\s)")
_SPACE = re.compile(r"\s*")
_MONTHS = frozenset(name[:3].lower() for name in calendar.month_abbr if name)



def _is_day(text: str | None) -> bool:
    """Is a dateline's bracket or comma part a day ("Aug. 24, 2011", "April 9") rather than an agency or country?"""
    return bool(text) and re.fullmatch(_DAY, text.strip()) is not None and text.strip()[:3].lower() in _MONTHS  # type: ignore[union-attr]


def _dateline(m: re.Match[str], pos: int, text: str) -> Dateline | None:
    """The Dateline a DATELINE or DATED_DATELINE match at offset ``pos`` of ``text`` gives, if its place is one."""
    groups = m.groupdict()
    up = groups.get("up")
    place = up or groups.get("tp")
    agency = groups.get("a1") or groups.get("a2")
    day_group = "a1" if _is_day(groups.get("a1")) else "a2" if _is_day(groups.get("a2")) else "d1" if groups.get("d1") else None
    dash = m.group(0).rstrip()[-1:] in ("\u2014", "\u2013", "-", ":")
    if not dash and day_group not in ("a1", "a2"):
        return None  # no dash: only a day in brackets ends a dateline ("KABUL, Afghanistan (March 24, 2011) A combined ...")
    if up and (len(place) < 3 or not any(c.isalpha() for c in place) or not (groups.get("c1") or agency or groups.get("d1") or place.isupper())):
        return None
    if not place or place.lower() in _W["not_datelines"] or (up and not place.isupper()):
        return None
    start = pos + m.start("up" if up else "tp")
    country = groups.get("c1") or groups.get("c2")
    end_group = "c1" if groups.get("c1") else "c2" if groups.get("c2") else "up" if up else "tp"
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
                one = opening = _dateline(m, pos, text) if m else None
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


def clean_article(article: Article) -> tuple[Article, tuple[Excluded, ...]]:
    raw = article.text  # normalized by Article.from_text; article.offsets maps it to the input as given
    segments: list[Segment] = []
    excluded: list[Excluded] = []
    pieces: list[str] = []
    out_len = 0
    pos = 0
    in_related = False
    seen_text = False
    for line in raw.splitlines(keepends=True):
        reason = classify_line(line, in_related)
        if reason is None and seen_text and _is_heading(line.strip()):
            reason = "furniture"  # the first line is the headline; later Title Case lines are links/headings
        seen_text = seen_text or (reason is None and bool(line.strip()))
        if line.strip():
            in_related = reason == "related" or (in_related and reason is not None)
        if reason is None:
            if segments and segments[-1].raw_start + segments[-1].length == pos:
                last = segments[-1]
                segments[-1] = Segment(text_start=last.text_start, raw_start=last.raw_start, length=last.length + len(line))
            else:
                segments.append(Segment(text_start=out_len, raw_start=pos, length=len(line)))
            pieces.append(line)
            out_len += len(line)
        else:
            kept = line.rstrip("\n")
            raw_span = article.offsets.span_to_raw(Span(start=pos, end=pos + len(kept)))
            excluded.append(Excluded(raw_span=raw_span, reason=reason, text=article.raw_text[raw_span.start : raw_span.end]))
        pos += len(line)
    text = "".join(pieces)
    if not text.strip():
        raise EventcoderError(errors.NO_TEXT, "nothing is left after removing captions and footers", item=article.id)
    cleaned = dataclasses.replace(article, text=text, offsets=OffsetMap(segments=tuple(segments)).then(article.offsets))
    return cleaned, tuple(excluded)


@stage("clean", requires=["article"], assigns=["clean_article", "excluded", "dateline", "datelines"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    cleaned, excluded = clean_article(doc.article)
    dateline, datelines = find_datelines(cleaned.text)
    return {"clean_article": cleaned, "excluded": excluded, "dateline": dateline, "datelines": datelines}
