"""Casualty reports of a text: every killed/injured count with its span ("at least five people were killed",
"killing a family of five", "no one was hurt" as a known 0), sentence by sentence."""

from __future__ import annotations

import functools
import re

from ..catalogue import words
from ..model import Casualties, Span
from ..records import CasualtyReport, Parsed
from ..resources import alternation, tables
from .conventions import conventions
from .quantities import NUM, ONE, ONE_WORDS, Q, QUAL, SELF, number, qualified

_C = conventions()
KILLED = rf"(?:{alternation(_C.killed_words, case_sensitive=_C.killed_abbreviations)})"
INJURED = rf"(?:{alternation(_C.injured_words, case_sensitive=_C.injured_abbreviations)})"
NOUNS = r"(?:(?:[A-Za-z.'-]+\s+){0,6}?)"  # "Two members of the Popular Mobilisation Forces were killed"

KILL_VERBS = alternation(_C.kill_verbs)
# "neutralised seven terrorists", "eliminating 12": military press-release words for killing, counted only
# with a person noun or a bare number closing the clause (not "eliminated three checkpoints")
NEUTRALISE = alternation(_C.neutralise_verbs)
_ARMED_PLURALS = alternation(_C.armed_persons)
# what a number before these words counts is not people ("killing 3 km from the border", "killed 20 percent of",
# "wounding 12 rockets"; resources/casualties.toml not_a_toll_units): one check for every pattern that reads a
# count after a verb
NOT_A_TOLL = rf"(?!\s*(?:%|(?:{alternation(_C.not_a_toll_units)})\b))"
# how a killing was done, before whom it killed and "dead", "to death" or "alive" ("shot seven men dead")
LETHAL_MANNERS = alternation(_C.lethal_manners)
INJURE_VERBS = alternation(_C.injure_verbs)  # "wounding 12"
LEAVING = alternation(_C.leaving_verbs)  # "leaving four troops dead": the state follows the count
LIFE_TAKING = alternation(_C.life_taking_verbs)  # "claimed the lives of 12"

SUM_PATTERNS = (
    # "17 attackers and three soldiers were killed", "one soldier and five attackers were killed"
    re.compile(rf"(?<!between )\b(?P<qual>{QUAL})(?P<num>{NUM}|a|an|one)\s+(?:(?!(?:said|says|and|{NUM})\b)[A-Za-z.'-]+\s+){{1,6}}?and\s+(?:{QUAL}){Q}(?P<num2>{NUM}|{ONE})\s+{NOUNS}(?:(?:were|was|have been|had been|are|been|reportedly)\s+)?(?P<kind>{alternation(_C.sum_states)})\b", re.I),
    # "leaving four troops and at least 11 insurgents dead", "left one officer and three attackers dead"
    re.compile(rf"\b(?:{LEAVING})\s+(?P<qual>{QUAL})(?P<num>{NUM}|{ONE})\s+(?:[A-Za-z.'-]+\s+){{1,4}}?and\s+(?:{QUAL}){Q}(?P<num2>{NUM}|{ONE})\s+{NOUNS}(?P<kind>{alternation(_C.left_states)})\b", re.I),
    # "killing 3 soldiers and 2 civilians", "killing a senior commander and at least 11 other people"
    re.compile(rf"\b(?P<verb>{KILL_VERBS}|{INJURE_VERBS})\s+(?:(?P<qual>{QUAL}){Q}(?P<num>{NUM}|{ONE}){Q}\s+(?:[A-Za-z.'-]+\s+){{1,4}}?|(?P<num_self>{'|'.join(SELF)})\s+)and\s+(?:{QUAL})(?P<num2>(?:his|her|their)\s+{NUM}|{NUM}|{ONE})\s+{NOT_A_TOLL}(?:[a-z-]+\s+){{0,2}}?(?P<noun2>[A-Za-z][a-z-]*)\b", re.I),
)
SINGLE_DEATH = alternation(_C.death_passives)
# the patterns whose subject's determiner ("a", "was") already makes it one person, whatever the head noun
SINGULAR_SUBJECT = (1, 2, 3, 5)
SINGLE_PATTERNS = (
    # "killing a man", "shot dead the village chief", "killing an officer"
    # (the noun is the phrase's last word before a boundary: "killing a Hamas official as he got into his car")
    re.compile(rf"\b(?P<verb>{KILL_VERBS})\s+{ONE}\s+(?!(?:{alternation(_C.quantity_nouns)})\b)(?:[\w'-]+\s+){{0,3}}?(?P<noun>[0-9]*[a-z'-]+)(?=\s*(?:[,.;:)]|$)|\s+(?:as|in|at|on|of|to|and|or|who|while|near|when|after|before|during|with|from|outside|inside|by|for|whose|but|[a-z]+ed|[a-z]+ing)\b)", re.I),
    # "A teacher was beheaded", "a human rights defender was shot dead by unidentified men"
    re.compile(rf"\b(?:a|an|the|one)\s+(?:[\w'-]+\s+){{0,5}}?(?P<noun>[0-9a-z'-]+)\s+(?:was|has been|had been)\s+(?:reportedly\s+|allegedly\s+)?(?:[a-z]+\s+(?:upon\s+|on\s+|up\s+)?and\s+)?(?P<verb>{SINGLE_DEATH})\b", re.I),
    # "Fernando Villavicencio was shot dead", "he was killed": a named person (names are capitalised)
    re.compile(rf"(?:\b(?!(?:It|This|That|Nobody|None|Everyone|Anyone|Who|Which|What)\s)(?-i:[A-Z][\w'.-]+)\s+|\b(?:he|she)\s+)(?:was|has been|had been)\s+(?:reportedly\s+|allegedly\s+)?(?P<verb>{SINGLE_DEATH})\b(?!\s+(?:and|or)\s+(?:injured|wounded))", re.I),
    # "a grenade exploded at his home, killing him"
    re.compile(rf"\b(?P<verb>{KILL_VERBS})\s+(?:him|her)\b(?!\s+and\b)", re.I),
    # "shot him dead", "stabbed a teacher to death", "beat an elderly man who later died"
    re.compile(rf"\b(?P<verb>{LETHAL_MANNERS})\s+(?:him|her|{ONE}\s+(?:[A-Za-z'-]+\s+){{0,3}}?(?P<noun>[a-z'-]+))\s+(?:dead|to death|alive)\b", re.I),
    # "A garment worker died after being hit by a bullet"
    re.compile(rf"(?:^|[.;]\s+|\b)(?:a|an|one)\s+(?:[0-9]+-year-old\s+)?(?:[\w'-]+\s+){{0,3}}?(?P<noun>[0-9a-z'-]+)\s+(?P<verb>died|later died|was fatally shot|was fatally wounded)\b", re.I),
)
BODIES = re.compile(rf"\bbod(?:y|ies)\s+of\s+(?P<qual>{QUAL})(?P<num>{NUM}|{ONE})\b", re.I)
# "the remains of at least 14 people were uncovered": a count of people only (not "the remains of two houses")
REMAINS = re.compile(rf"\bremains\s+of\s+(?P<qual>{QUAL})(?P<num>{NUM})(?P<after>(?:\s+[A-Za-z-]+){{1,3}})", re.I)

PATTERNS = (
    # "killing a family of five"
    re.compile(rf"\b(?P<verb>{KILL_VERBS}|{INJURE_VERBS})\s+(?:a|an|the|one|his|her|their)\s+family\s+of\s+(?P<qual>){Q}(?P<num>{NUM}){Q}\b", re.I),
    # "death tolls ranging from 40 to more than 100"
    re.compile(rf"\b(?:death tolls?|deaths|fatalities)\b[^.]{{0,30}}?\bfrom\s+(?P<num>{NUM})\s+to\s+(?:{QUAL})(?P<num2>{NUM})\b(?P<kind>)", re.I),
    # "neutralising seven while others fled", "eliminated 12 terrorists"
    re.compile(rf"\b(?P<verb>{NEUTRALISE})\s+(?P<qual>{QUAL})(?P<num>{NUM})(?=\s+(?:[A-Za-z'-]+\s+){{0,2}}?(?:{_ARMED_PLURALS})\b|\s+of\s+them\b|\s*(?:[,.;]|while\b|and\b|$))", re.I),
    # "shot seven men dead", "burned at least 11 people alive", "stabbed two guards to death"
    re.compile(rf"\b(?:{LETHAL_MANNERS})\s+(?P<qual>{QUAL})(?P<num>{NUM})\s+(?:[A-Za-z'-]+\s+){{0,3}}?(?P<kind>dead|to death|alive)\b", re.I),
    # "shot dead N", "hacked to death 11 people", "executed five men"
    re.compile(rf"\b(?P<verb>{KILL_VERBS})\s+(?P<qual>{QUAL}){Q}(?P<num>{NUM}){Q}\b{NOT_A_TOLL}", re.I),
    # "between 5 and 7 people were killed"
    re.compile(rf"\bbetween\s+(?P<num>{NUM})\s+and\s+(?P<num2>{NUM})\s+{NOUNS}(?:were|was|have been)?\s*(?P<kind>{KILLED}|{INJURED})\b", re.I),
    # "killing at least five people", "wounding 12"
    re.compile(rf"\b(?P<verb>killing|killed|{INJURE_VERBS}|wounded|injured|{LEAVING})\s+(?P<qual>{QUAL})(?P<num>{NUM})\b{NOT_A_TOLL}", re.I),
    # "five civilians were killed", "at least 3 dead", "two service members suffered minor injuries"
    re.compile(rf"\b(?P<qual>{QUAL})(?P<num>{NUM})\s+{NOUNS}(?:were|was|have been|had been|are|been|reportedly|suffered|sustained|)\s*(?:(?:{alternation(_C.injury_severities)})\s+)?(?P<kind>{KILLED}|{INJURED})\b", re.I),
    # "announcing the death of eight militants"
    re.compile(rf"\bdeaths?\s+of\s+(?P<qual>{QUAL})(?P<num>{NUM})\b(?P<kind>)", re.I),
    # "the death toll rose to 14"
    re.compile(rf"\bdeath toll\b[^.]{{0,40}}?\b(?:to|at|of|reached)\s+(?P<qual>{QUAL})(?P<num>{NUM})\b", re.I),
    # "claimed the lives of 12", "claiming at least 30 lives"
    re.compile(rf"\b(?P<verb>{LIFE_TAKING})\s+(?:the\s+lives\s+of\s+(?P<qual>{QUAL})(?P<num>{NUM})|(?P<qual2>{QUAL})(?P<num2x>{NUM})\s+(?:\w+\s+)?lives)\b", re.I),
    # "12 people, including three children, were killed": the whole, not the part
    re.compile(rf"\b(?P<qual>{QUAL})(?P<num>{NUM})(?:\s+[A-Za-z.'-]+){{0,6}}?\s*[,(]\s*(?:{alternation(_C.whole_lead_ins)})\s+[^,.;()]{{1,60}}[,)]\s*(?:(?:were|was|have been|had been|are)\s+)?(?:reportedly\s+)?(?P<kind>{KILLED}|{INJURED})\b", re.I),
)
# a number right after these words is a part of a count told before it ("12 people, including three children")
PART_OF = re.compile(rf"\b(?:{alternation(_C.part_markers)})\s+$", re.I)
# a number right before these words is a part of a toll told before ("Six of the dead were militiamen")
TOLL_PART = re.compile(rf"\s+(?:{alternation(_C.toll_parts)})\b", re.I)
_SIDES, _HARMS, _PARTICIPLES = alternation(_C.none_sides), alternation(_C.none_harms), alternation(_C.none_participles)
NONE_PATTERN = re.compile(
    rf"\b(?:no|without)\s+(?:(?:{alternation(_C.none_modifiers)}|{_SIDES})\s+){{0,3}}(?P<what>{_HARMS})\b"
    rf"|\bno(?:\s+(?:{_SIDES}|{alternation(_C.none_people)}))+\s+(?:was|were)\s+(?:reported\s+)?(?P<what2>{_PARTICIPLES})\b"
    rf"|\b(?:no one|no-one|nobody)\s+(?:was|were|has been|had been)\s+(?:reported\s+|reportedly\s+)?(?P<what3>{_PARTICIPLES})\b"
    r"|\b(?:injuring|wounding|hurting)\s+no\s*(?:one|body)\b(?P<what4>)"
    rf"|\b(?:without\s+causing|fail(?:ed|ing)?\s+to\s+cause|causing\s+no)\s+(?:any\s+)?(?P<what5>{_HARMS})\b"
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


def _kind(word: str) -> str:
    killing = (KILLED, KILL_VERBS, NEUTRALISE, "to death|alive")
    return "killed" if any(re.fullmatch(k, word, re.I) for k in killing) else "injured"



# Every pattern above needs one of these words (performance only: a sentence without any is skipped
# before the ten slower patterns run; keep it in step when a pattern gets a new word)
ANY_CUE = re.compile(
    r"kill|dead|die|slain|lost|death|fatalit|bod|wound|injur|hurt|casualt|damage|harm|shot|shoot|gunned|hacked|stabbed|"
    r"beat|burn|execut|massacr|slaughter|behead|murder|assassin|lynch|left|leaving|alive|martyr|shahadat|neutrali|eliminat|fatally|lives|remains|nobody|KIA|WIA",
    re.I,
)


# a number right after a month name is a day of a date, never a count ("NAIROBI, May 19 - Four officers were killed"):
# it is masked (same length, so offsets hold) before the patterns run
_MONTH_STEMS = "|".join(month[:3].capitalize() for month in tables("time_words.toml")["months"])  # "Sept." is "Sep" + "t."
A_DAY = re.compile(rf"\b((?:{_MONTH_STEMS})[a-z]*\.?\s+)(\d{{1,2}})\b")


def _days_masked(chunk: str) -> str:
    return A_DAY.sub(lambda m: m.group(1) + "#" * len(m.group(2)), chunk)


@functools.cache
def _people() -> frozenset[str]:
    """Nouns of people a "killing a X and a Y" count may name: the casualty conventions' persons and the actor
    catalogue's force and armed-people words ("a head constable and a constable", "a gendarme and a guard")."""
    return conventions().persons | words("police") | words("army") | words("armed")


def find_reports(text: str, parsed: Parsed) -> tuple[CasualtyReport, ...]:
    found: list[CasualtyReport] = []
    for sent in parsed.sentences:
        chunk = _days_masked(sent.slice(text))
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
                first = m.groupdict().get("num_self") or m.group("num")
                second = re.sub(r"^(?:his|her|their)\s+", "", m.group("num2"), flags=re.I)  # "and her three children"
                n, n2 = (1 if first.lower() in SELF else number(first)), number(second)
                if n is None or n2 is None:
                    continue
                after = chunk[m.start("noun2") : m.start("noun2") + 40].lower() if m.groupdict().get("noun2") else ""
                if second.lower() in ONE_WORDS and not any(w in _people() for w in re.findall(r"[a-z-]+", after)[:3]):
                    continue  # "killing a soldier and the attacker" counts two; "killing a soldier and the group said" does not
                kind_word = m.groupdict().get("kind") or m.groupdict().get("verb") or "killed"
                kind = _kind(kind_word)
                span = Span(start=sent.start + m.start(), end=sent.start + m.end())
                add(span, kind, qualified(n + n2, m.group("qual") or ""))
        for m in BODIES.finditer(chunk):
            n = number(m.group("num"))
            if n is not None:
                add(Span(start=sent.start + m.start(), end=sent.start + m.end()), "killed", qualified(n, m.group("qual") or ""))
        for m in REMAINS.finditer(chunk):
            n = number(m.group("num"))
            if n is not None and any(w in conventions().persons for w in m.group("after").lower().split()):
                add(Span(start=sent.start + m.start(), end=sent.start + m.end()), "killed", qualified(n, m.group("qual") or ""))
        for pattern in PATTERNS:
            for m in pattern.finditer(chunk):
                groups = m.groupdict()
                n = number(m.group("num") or groups.get("num2x") or "")
                if n is None or PART_OF.search(chunk[max(0, m.start() - 25) : m.start()]):
                    continue
                if m.group("num") and TOLL_PART.match(chunk, m.end("num")):
                    continue
                kind_word = groups.get("kind") or groups.get("verb") or "killed"
                if kind_word.lower() in _C.leaving_verbs:
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
                if kind_word.lower() in _C.life_taking_verbs:
                    kind = "killed"
                counts = qualified(n, groups.get("qual") or groups.get("qual2") or "")
                if groups.get("num2"):
                    hi = number(m.group("num2"))
                    counts = Casualties(low=n, best=n, high=hi)
                span = Span(start=sent.start + m.start(), end=sent.start + m.end())
                add(span, kind, counts)
        for index, pattern in enumerate(SINGLE_PATTERNS):
            for m in pattern.finditer(chunk):
                noun = (m.groupdict().get("noun") or "him").lower()
                plural = noun.endswith("s") and not noun.endswith(("ss", "us")) or noun in ("people", "men", "women", "children")
                if plural and index not in SINGULAR_SUBJECT:
                    continue  # "killing the villagers": a plural without a number is not one death
                span = Span(start=sent.start + m.start(), end=sent.start + m.end())
                add(span, "killed", Casualties(low=1, best=1, high=None))
    return tuple(sorted(found, key=lambda r: r.span.start))
