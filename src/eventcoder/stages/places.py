"""places: resolve toponyms against the gazetteer and choose each event's place.

Toponyms are spaCy GPE/LOC/FAC entities and the ruler's known places. Ambiguous names are resolved to
the candidate in a country the article is about. An event takes the nearest locative toponym in its
sentence ("in X", "near X"); otherwise the place of the previous event in its paragraph, then the
dateline, then the article's main country (geo_precision 3).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Mapping

from ..gazetteer import Entry, gazetteer
from ..lexicon import country_by_iso
from ..model import Document, Evidence, Place, Span
from ..pipeline import stage
from ..records import MentionFacts, Mention, Parsed, Toponym, separated

NAME = "places"
LOCATIVE_PREPS = {"in", "near", "at", "outside", "inside", "around", "across", "into", "on", "from", "to", "of", "within", "throughout", "along"}
NEAR_PREPS = {"near", "outside", "around", "close", "nearby", "outskirts", "north", "south", "east", "west", "border", "across"}
PRECISION = {"town": 1, "site": 1, "region": 3, "country": 3}


def _place(entry: Entry, precision: int) -> Place:
    country = country_by_iso().get(entry.iso)
    return Place(
        location=entry.name,
        country=country.name if country else entry.iso,
        iso=entry.iso,
        admin1=entry.admin1,
        admin2=entry.admin2,
        latitude=entry.latitude,
        longitude=entry.longitude,
        geo_precision=precision,
    )


def _locative(doc: Any, start: int) -> tuple[bool, bool]:
    """(is the toponym introduced by a locative word?, does it say 'near'?)"""
    window = [t.lower_ for t in doc[max(doc[start].sent.start, start - 4) : start]]
    if not window:
        return False, False
    locative = any(w in LOCATIVE_PREPS for w in window[-3:])
    near = any(w in NEAR_PREPS for w in window)
    # "a US base", "Iraqi forces": a country name used as a modifier is not where the event was
    return locative, near


def _is_modifier(doc: Any, end: int) -> bool:
    nxt = doc[end] if end < len(doc) else None
    return nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.ent_type_ not in ("GPE", "LOC", "FAC")


def find_toponyms(parsed: Parsed, text: str) -> tuple[Toponym, ...]:
    doc = parsed.doc
    gaz = gazetteer()
    raw: list[tuple[Any, tuple[Entry, ...]]] = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        candidates = gaz.lookup(ent.text)
        if candidates:
            raw.append((ent, candidates))
    # countries the article is about: unambiguous mentions vote
    votes: Counter[str] = Counter()
    for _ent, cands in raw:
        isos = {c.iso for c in cands}
        if len(isos) == 1:
            votes[next(iter(isos))] += 1
    out = []
    for ent, cands in raw:
        best = _choose(cands, votes)
        locative, near = _locative(doc, ent.start)
        modifier = best.kind == "country" and _is_modifier(doc, ent.end)
        precision = PRECISION[best.kind]
        if near and precision == 1:
            precision = 2
        span = Span(start=ent.start_char, end=ent.end_char)
        out.append(
            Toponym(
                span=span,
                text=span.slice(text),
                start_token=ent.start,
                sentence=parsed.sentence_index(ent.start_char),
                place=_place(best, precision),
                locative=locative and not modifier,
                kind=best.kind,
            )
        )
    return tuple(out)


def _choose(cands: tuple[Entry, ...], votes: Counter[str]) -> Entry:
    if len(cands) == 1 or not votes:
        return cands[0]
    ranked = sorted(enumerate(cands), key=lambda ic: (-votes.get(ic[1].iso, 0), ic[0]))
    return ranked[0][1]


def _dateline(toponyms: tuple[Toponym, ...], parsed: Parsed) -> Toponym | None:
    """A place at the very start of the first paragraphs ("DEIR EZ-ZOUR, Syria (Reuters) -")."""
    for t in toponyms:
        if t.sentence <= 1 and t.kind != "country" and t.span.start - parsed.sentences[t.sentence].start <= 2:
            return t
    return None


def choose_places(
    mentions: tuple[Mention, ...], toponyms: tuple[Toponym, ...], parsed: Parsed
) -> tuple[MentionFacts, ...]:
    dateline = _dateline(toponyms, parsed)
    countries = Counter(t.place.iso for t in toponyms if t.locative)
    main_country = countries.most_common(1)[0][0] if countries else None
    out: list[MentionFacts] = []
    previous: dict[int, Evidence[Place]] = {}  # paragraph -> last place
    for m in mentions:
        paragraph = parsed.paragraph_index(m.trigger.start)
        in_sentence = [
            t for t in toponyms if t.sentence == m.sentence and t.locative and not separated(m, t.span.start, mentions)
        ]
        evidence: Evidence[Place] | None = None
        if in_sentence:
            def distance(t: Toponym) -> tuple[int, int]:
                after = t.start_token >= m.end_token
                gap = t.start_token - m.end_token if after else m.start_token - t.start_token
                return (gap + (0 if after else 3), t.start_token)

            best = min(in_sentence, key=distance)
            evidence = Evidence(value=best.place, span=best.span, text=best.text, stage=NAME, confidence=0.8)
        elif paragraph in previous:
            prior = previous[paragraph]
            evidence = Evidence(value=prior.value, span=prior.span, text=prior.text, stage=NAME, confidence=0.6)
        elif dateline is not None:
            evidence = Evidence(value=dateline.place, span=dateline.span, text=dateline.text, stage=NAME, confidence=0.6)
        elif main_country is not None:
            country = next(t for t in toponyms if t.locative and t.place.iso == main_country)
            entry = gazetteer().countries.get(main_country)
            if entry is not None:
                evidence = Evidence(value=_place(entry, 3), span=country.span, text=country.text, stage=NAME, confidence=0.4)
        if evidence is not None:
            previous[paragraph] = evidence
        out.append(MentionFacts(mention_id=m.id, place=evidence))
    return tuple(out)


@stage(NAME, requires=["clean_article", "parsed", "mentions"], assigns=["toponyms", "places"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    parsed = doc.get("parsed")
    toponyms = find_toponyms(parsed, doc.get("clean_article").text)
    return {"toponyms": toponyms, "places": choose_places(doc.get("mentions"), toponyms, parsed)}
