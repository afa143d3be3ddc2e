"""Page furniture: which lines of a page are no article text (photo captions, picture credits, bylines, footers,
navigation and accessibility links, share/subscribe lines, related-story blocks), and the article without them.

Lines are kept or dropped whole; kept lines are copied verbatim, so every span of the cleaned text maps
back to the raw text through ``Article.offsets``. A related-story block starts at a heading such as
"Related Topics" or "More on this story" and runs over the short unpunctuated lines (headlines, dates,
topic names) that follow it.
"""

from __future__ import annotations

import dataclasses
import re

from .. import errors
from ..errors import EventcoderError
from ..lexicon import country_of
from ..model import Article, Excluded, OffsetMap, Segment, Span
from ..resources import alternation, word_lists

CAPTION = re.compile(
    r"^\s*(file\s*(photo|picture|image)?\s*[-:\u2013\u2014]|file photo\b|photo\s*:|photos\s*:|image\s*:|picture\s*:|"
    # a live blog entry's picture after its clock time, with no dash ("11:15 PHOTO: Smoke rises over the army base")
    r"\d{1,2}[:.]\d{2}\s*(photo|photos|image|picture)\s*:|"
    r"caption\s*:|pictured\s*:|\(?photo (by|credit|courtesy)\b|in this (undated |handout )?(file )?(photo|image|picture)\b|"
    r"this (undated )?(handout )?(photo|image|picture)\b)"
    r"|\((ap|afp|reuters|getty|epa)[ /]*(photo|images?)?\b[^)]*\)\s*$"
    r"|\b(reuters|afp|ap|epa|getty images)/[A-Z][^\n]{0,60}$"
    r"|\b(photo|image|picture)\s+(by|courtesy of|credit)\b[^\n]{0,80}$"
    r"|\((u\.s\.|us) (army|navy|air force|marine corps) photo\b[^)]*\)\s*$",
    re.I,
)

_W = word_lists("page_words.toml")  # one list per concept (resources/page_words.toml)


def _longest_first(concept: str) -> str:
    return alternation(sorted(_W[concept], key=lambda p: (-len(p), p)))


FOOTER = re.compile(
    rf"^\s*((?:{_longest_first('footer_openers')})\b|\u00a9|\(c\)\s*\d{{4}}|our standards\s*:|related\s*:|"
    r"advertisement\s*$|(?:\w+ )?contributed to this report)"
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
RELATED_HEADING = re.compile(rf"^\s*((?:{_longest_first('related_headings')})|more (from|in) [\w ]{{1,30}})\s*:?\s*$", re.I)
IMAGE_CAPTION = re.compile(r"^\s*(image caption|photo caption|caption)\s*[,:]", re.I)


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


def _is_heading(line: str) -> bool:
    """A link or section heading in Title Case inside the story ("Operation Inherent Resolve - Targeted
    Operations Against ISIL Terrorists"): four or more words, nearly all capitalised, no final period."""
    words = line.split()
    if len(words) < 4 or len(line) > 120 or line[-1:] in (".", "!", "?", '"', "\u201d", ":", ","):
        return False
    if country_of(line):
        return False  # "SÃO TOMÉ AND PRÍNCIPE", "DEMOCRATIC REPUBLIC OF THE CONGO": a digest's section, whose items are there
    content = [w for w in words if w.lower() not in _W["title_small_words"]]
    capital = [w for w in content if w[:1].isupper() or w[:1].isdigit()]
    return len(content) >= 3 and len(capital) == len(content)



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
