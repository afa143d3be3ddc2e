"""casualties: killed and injured counts as low/best/high, attached to the events they belong to.

Rules (ACLED's, plus UCDP-style ranges): the coded fatality figure is the lowest credible one;
"several" = 3, "dozens" = 12, "hundreds" = 100; "at least N" gives low N; "up to N" gives high N;
"between N and M" gives low N, high M. "No casualties/no one was hurt" is a known 0 (none_reported);
when the text says nothing the count is unknown (None), never 0.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from ..model import Casualties, Document, Evidence, Span
from ..pipeline import stage
from ..records import CasualtyReport, MentionFacts, Mention, Parsed

NAME = "casualties"
UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "a hundred": 100,
    "several": 3, "a few": 3, "few": 3, "dozens": 12, "dozens of": 12, "scores": 20, "scores of": 20,
    "hundreds": 100, "hundreds of": 100, "a couple of": 2, "a number of": 3, "two dozen": 24, "three dozen": 36,
}
_WORDS = "|".join(sorted((re.escape(w) for w in UNITS), key=len, reverse=True))
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
QUAL = r"(?:(?:at least|more than|over|nearly|almost|about|around|some|roughly|approximately|an estimated|up to|as many as|at most)\s+)?"
KILLED = r"(?:killed|dead|died|slain|lost their lives|killing|deaths|fatalities|bodies|gunned down|lynched|executed|beheaded|massacred|murdered)"
INJURED = r"(?:wounded|injured|hurt|wounding|injuring|injuries|casualties)"
NOUNS = r"(?:(?:[A-Za-z.'-]+\s+){0,4}?)"

Q = r"['\"\u2018\u2019\u201c\u201d]?"  # "killed 'dozens' of attackers"
KILL_VERBS = (
    r"killing|killed|shot dead|shooting dead|shot and killed|gunned down|hacked to death|stabbed to death|beat to death|"
    r"beaten to death|burned alive|burnt alive|executed|executing|massacred|massacring|slaughtered|beheaded|beheading|murdered|murdering|"
    r"lynched|lynching|stoned to death"
)
ONE = r"(?:a|an|the|one|his|her|their|its)"

SUM_PATTERNS = (
    # "17 attackers and three soldiers were killed", "one soldier and five attackers were killed"
    re.compile(rf"(?<!between )\b(?P<qual>{QUAL})(?P<num>{NUM}|{ONE})\s+(?:[A-Za-z.'-]+\s+){{1,4}}?and\s+(?:{QUAL})(?P<num2>{NUM}|{ONE})\s+{NOUNS}(?:were|was|have been|had been|are|been|reportedly)\s*(?P<kind>killed|dead|died|slain|wounded|injured|hurt)\b", re.I),
    # "killing 3 soldiers and 2 civilians", "killing a senior commander and at least 11 other people"
    re.compile(rf"\b(?P<verb>{KILL_VERBS}|wounding|injuring)\s+(?P<qual>{QUAL}){Q}(?P<num>{NUM}|{ONE}){Q}\s+(?:[A-Za-z.'-]+\s+){{1,4}}?and\s+(?:{QUAL})(?P<num2>{NUM})\s+(?!(?:%|percent|km|miles|hours|minutes|days|years|rockets|missiles|drones|shells)\b)[A-Za-z]", re.I),
)
SINGLE_PATTERNS = (
    # "killing a man", "shot dead the village chief", "killing an officer"
    re.compile(rf"\b(?P<verb>{KILL_VERBS})\s+{ONE}\s+(?!(?:total|number|dozen|hundred|few|couple|series|score)\b)(?:[A-Za-z'-]+\s+){{0,3}}?(?P<noun>[a-z'-]+)(?=[\s,.;]|$)", re.I),
    # "A teacher was beheaded", "a human rights defender was shot dead by unidentified men"
    re.compile(rf"\b(?:a|an|the|one)\s+(?:[A-Za-z'-]+\s+){{0,5}}?(?P<noun>[a-z'-]+)\s+(?:was|has been|had been)\s+(?:reportedly\s+|allegedly\s+)?(?:[a-z]+\s+and\s+)?(?P<verb>shot dead|killed|beheaded|stabbed to death|murdered|assassinated|beaten to death|lynched|hacked to death|executed|burned to death|gunned down|stoned to death)\b", re.I),
    # "shot him dead", "stabbed a teacher to death", "beat an elderly man who later died"
    re.compile(rf"\b(?P<verb>shot|stabbed|beat|beaten|stoned|hacked|clubbed|burned|burnt|tortured)\s+(?:him|her|{ONE}\s+(?:[A-Za-z'-]+\s+){{0,3}}?(?P<noun>[a-z'-]+))\s+(?:dead|to death|alive)\b", re.I),
    # "A garment worker died after being hit by a bullet"
    re.compile(rf"(?:^|[.;]\s+|\b)(?:a|an|one)\s+(?:[0-9]+-year-old\s+)?(?:[A-Za-z'-]+\s+){{0,3}}?(?P<noun>[a-z'-]+)\s+(?P<verb>died|later died|was fatally shot|was fatally wounded)\b", re.I),
)
BODIES = re.compile(rf"\bbod(?:y|ies)\s+of\s+(?P<qual>{QUAL})(?P<num>{NUM}|{ONE})\b", re.I)

PATTERNS = (
    # "shot seven men dead", "burned at least 11 people alive", "stabbed two guards to death"
    re.compile(rf"\b(?P<verb>shot|stabbed|beat|stoned|hacked|burned|burnt|clubbed)\s+(?P<qual>{QUAL})(?P<num>{NUM})\s+(?:[A-Za-z'-]+\s+){{0,3}}?(?:dead|to death|alive)\b", re.I),
    # "shot dead N", "hacked to death 11 people", "executed five men"
    re.compile(rf"\b(?P<verb>{KILL_VERBS})\s+(?P<qual>{QUAL}){Q}(?P<num>{NUM}){Q}\b(?!\s*(?:%|percent|km|miles|kilometers|meters|hours|minutes|days|years|rockets|missiles|drones))", re.I),
    # "between 5 and 7 people were killed"
    re.compile(rf"\bbetween\s+(?P<num>{NUM})\s+and\s+(?P<num2>{NUM})\s+{NOUNS}(?:were|was|have been)?\s*(?P<kind>{KILLED}|{INJURED})\b", re.I),
    # "killing at least five people", "wounding 12"
    re.compile(rf"\b(?P<verb>killing|killed|wounding|injuring|wounded|injured|left|leaving)\s+(?P<qual>{QUAL})(?P<num>{NUM})\b(?!\s*(?:%|percent|km|miles|kilometers|meters|hours|minutes|days|years|rockets|missiles|drones))", re.I),
    # "five civilians were killed", "at least 3 dead", "two service members suffered minor injuries"
    re.compile(rf"\b(?P<qual>{QUAL})(?P<num>{NUM})\s+{NOUNS}(?:were|was|have been|had been|are|been|reportedly|suffered|sustained|)\s*(?:minor\s+|serious\s+|critical\s+)?(?P<kind>{KILLED}|{INJURED})\b", re.I),
    # "the death toll rose to 14"
    re.compile(rf"\bdeath toll\b[^.]{{0,40}}?\b(?:to|at|of|reached)\s+(?P<qual>{QUAL})(?P<num>{NUM})\b", re.I),
)
NONE_PATTERN = re.compile(
    r"\b(?:no|without)\s+(?:(?:immediate|reported|known|U\.S\.|US|American|coalition|civilian|other)\s+){0,3}"
    r"(?P<what>casualties|injuries|deaths|fatalities|damage or injuries|injuries or damage|damage)\b"
    r"|\bno(?:\s+(?:U\.S\.|US|American|coalition|civilian|one|personnel|troops|soldiers|service members|people))+\s+(?:was|were)\s+(?:reported\s+)?(?P<what2>hurt|injured|wounded|killed|harmed)\b"
    r"|\bno one was (?P<what3>hurt|injured|wounded|killed|harmed)\b"
    r"|\b(?:injuring|wounding|hurting)\s+no\s*(?:one|body)\b(?P<what4>)"
    r"|\b(?:without\s+causing|fail(?:ed|ing)?\s+to\s+cause|causing\s+no)\s+(?:any\s+)?(?P<what5>casualties|injuries|deaths)\b"
    r"|\bno\s+(?:life|lives)\s+(?:was|were)\s+lost\b(?P<what6>)",
    re.I,
)


NONE_KINDS = {
    "casualties": ("killed", "injured"),
    "deaths": ("killed",),
    "fatalities": ("killed",),
    "killed": ("killed",),
    "damage": (),
    "injuries": ("killed", "injured"),
    "hurt": ("killed", "injured"),
    "injured": ("killed", "injured"),
    "harmed": ("killed", "injured"),
}


def number(text: str) -> int | None:
    t = text.lower().replace(",", "").strip().strip("'\"\u2018\u2019\u201c\u201d")
    if t in ("a", "an", "the", "his", "her", "their", "its"):
        return 1
    if t.isdigit():
        return int(t)
    if t in UNITS:
        return UNITS[t]
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS:
        return UNITS[parts[0]] + UNITS[parts[1]]
    return None


def _kind(word: str) -> str:
    return "killed" if re.fullmatch(KILLED, word, re.I) or re.fullmatch(KILL_VERBS, word, re.I) else "injured"


def _counts(n: int, qual: str) -> Casualties:
    q = qual.strip().lower()
    if q in ("up to", "as many as", "at most"):
        return Casualties(low=None, best=n, high=n)
    if q in ("nearly", "almost", "about", "around", "roughly", "approximately", "an estimated", "some"):
        return Casualties(low=n, best=n, high=None)
    return Casualties(low=n, best=n, high=None if q else n)


# Every pattern above needs one of these words (performance only: a sentence without any is skipped
# before the ten slower patterns run; keep it in step when a pattern gets a new word)
ANY_CUE = re.compile(
    r"kill|dead|die|slain|lost|death|fatalit|bod|wound|injur|hurt|casualt|damage|harm|shot|shoot|gunned|hacked|stabbed|"
    r"beat|burn|execut|massacr|slaughter|behead|murder|assassin|lynch|left|leaving|alive",
    re.I,
)


def find_reports(text: str, parsed: Parsed) -> tuple[CasualtyReport, ...]:
    found: list[CasualtyReport] = []
    for sent in parsed.sentences:
        chunk = sent.slice(text)
        if not ANY_CUE.search(chunk):
            continue
        taken: list[tuple[Span, str]] = []

        def add(span: Span, kind: str, counts: Casualties) -> None:
            if any(span.overlaps(t) and kind == k for t, k in taken):
                return
            taken.append((span, kind))
            found.append(CasualtyReport(span=span, text=span.slice(text), kind=kind, counts=counts, sentence=parsed.sentence_index(span.start)))

        for m in NONE_PATTERN.finditer(chunk):
            what = (m.group("what") or m.group("what2") or m.group("what3") or m.group("what5") or ("injured" if m.group("what4") is not None else "") or ("killed" if m.group("what6") is not None else "")).lower()
            span = Span(start=sent.start + m.start(), end=sent.start + m.end())
            for kind in NONE_KINDS.get(what, ("injured",)):
                add(span, kind, Casualties(low=0, best=0, high=0, none_reported=True))
        for pattern in SUM_PATTERNS:
            for m in pattern.finditer(chunk):
                n, n2 = number(m.group("num")), number(m.group("num2"))
                if n is None or n2 is None:
                    continue
                kind_word = m.groupdict().get("kind") or m.groupdict().get("verb") or "killed"
                kind = "injured" if re.fullmatch(r"wounded|injured|hurt|wounding|injuring", kind_word, re.I) else "killed"
                span = Span(start=sent.start + m.start(), end=sent.start + m.end())
                add(span, kind, _counts(n + n2, m.group("qual") or ""))
        for m in BODIES.finditer(chunk):
            n = number(m.group("num"))
            if n is not None:
                add(Span(start=sent.start + m.start(), end=sent.start + m.end()), "killed", _counts(n, m.group("qual") or ""))
        for pattern in PATTERNS:
            for m in pattern.finditer(chunk):
                n = number(m.group("num"))
                if n is None:
                    continue
                groups = m.groupdict()
                kind_word = groups.get("kind") or groups.get("verb") or "killed"
                if kind_word.lower() in ("left", "leaving"):
                    rest = chunk[m.end() : m.end() + 40]
                    k = re.search(rf"{KILLED}|{INJURED}", rest, re.I)
                    if not k:
                        continue
                    kind_word = k.group(0)
                if m.group(0).lower().startswith("death toll"):
                    kind_word = "killed"
                kind = _kind(kind_word)
                if kind_word.lower() == "casualties":
                    kind = "injured"
                counts = _counts(n, groups.get("qual") or "")
                if groups.get("num2"):
                    hi = number(m.group("num2"))
                    counts = Casualties(low=n, best=n, high=hi)
                span = Span(start=sent.start + m.start(), end=sent.start + m.end())
                add(span, kind, counts)
        for pattern in SINGLE_PATTERNS:
            for m in pattern.finditer(chunk):
                noun = (m.group("noun") or "him").lower()
                if noun.endswith("s") and not noun.endswith(("ss", "us")) or noun in ("people", "men", "women", "children"):
                    continue  # "killing the villagers": a plural without a number is not one death
                span = Span(start=sent.start + m.start(), end=sent.start + m.end())
                add(span, "killed", Casualties(low=1, best=1, high=None))
    return tuple(sorted(found, key=lambda r: r.span.start))


def owner(r: CasualtyReport, mentions: tuple[Mention, ...], parsed: Parsed) -> Mention | None:
    """The mention a report belongs to (rule in ``attach``)."""
    same = [m for m in mentions if m.sentence == r.sentence]
    if same:
        before = [m for m in same if m.trigger.start <= r.span.start]
        return before[-1] if before else same[0]
    paragraph = parsed.paragraph_index(r.span.start)
    earlier = [m for m in mentions if m.sentence < r.sentence and m.sentence >= r.sentence - 2 and parsed.paragraph_index(m.trigger.start) in (paragraph, paragraph - 1)]
    return earlier[-1] if earlier else None


def attach(mentions: tuple[Mention, ...], reports: tuple[CasualtyReport, ...], parsed: Parsed) -> tuple[MentionFacts, ...]:
    """A report belongs to the nearest event trigger before it in its sentence (or the first after it);
    a sentence without events gives its reports to the last event of the previous sentences of its paragraph."""
    per: dict[int, dict[str, list[CasualtyReport]]] = {m.id: {} for m in mentions}
    for r in reports:
        target = owner(r, mentions, parsed)
        if target is not None:
            per[target.id].setdefault(r.kind, []).append(r)
    out = []
    for m in mentions:
        facts = {}
        for kind, rs in per[m.id].items():
            r = combine(rs)
            facts[kind] = Evidence(value=r.counts, span=r.span, text=r.text, stage=NAME, confidence=0.7)
        out.append(MentionFacts(mention_id=m.id, killed=facts.get("killed"), injured=facts.get("injured")))
    return tuple(out)


def combine(reports: list[CasualtyReport]) -> CasualtyReport:
    """Several figures for one event: keep the first report's evidence, widen the range over all."""
    if any(not r.counts.none_reported for r in reports):  # "three killed ... no civilians hurt": the count wins
        reports = [r for r in reports if not r.counts.none_reported]
    first = reports[0]
    if len(reports) == 1:
        return first
    lows = [r.counts.low for r in reports if r.counts.low is not None]
    highs = [r.counts.high for r in reports if r.counts.high is not None]
    bests = [r.counts.best for r in reports if r.counts.best is not None]
    counts = Casualties(
        low=min(lows) if lows else None,
        best=max(bests) if bests else None,
        high=max(highs) if highs else None,
        none_reported=all(r.counts.none_reported for r in reports),
    )
    return CasualtyReport(span=first.span, text=first.text, kind=first.kind, counts=counts, sentence=first.sentence)


@stage(NAME, requires=["clean_article", "parsed", "mentions"], assigns=["casualty_reports", "casualties"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    parsed = doc.get("parsed")
    reports = find_reports(doc.get("clean_article").text, parsed)
    return {"casualty_reports": reports, "casualties": attach(doc.get("mentions"), reports, parsed)}
