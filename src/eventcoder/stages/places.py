"""places: find toponyms with the gazetteer (geo/), resolve them in context, choose each event's place.

An event takes the place its trigger governs: the nearest locative toponym of its sentence ("in X",
"near X", "hit X") not separated from it by another event's trigger, towns before admin units before
countries; otherwise the previous event's place in its paragraph, a place named later in the paragraph,
the article's first stated place, the dateline's country, then a country named as a place (precision 3),
then a name the text does not clearly mark as a place (a tentative toponym), then the actors' home. An
actor's home ("forces of Armenia", "Lebanese Hezbollah") is never an event place. Nothing found → no
place (no coordinates, no precision), never a guess.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from typing import Any, Mapping

from .. import geo
from ..catalogue import lookup as catalogue_lookup
from ..lexicon import actors as actor_entries, country_by_iso
from ..model import Document, Evidence, Place, Span
from ..pipeline import stage
from ..records import Dateline, MentionFacts, Mention, Parsed, Toponym, separated
from ..resources import word_lists

NAME = "places"
BORDER_WORDS = word_lists("place_words.toml")["borders"]  # resources/place_words.toml
KIND_RANK = {"town": 0, "site": 0, "admin2": 1, "admin1": 2, "region": 2, "country": 3}


def make_place(p: geo.GeoPlace, near: bool = False, seat: geo.GeoPlace | None = None) -> Place:
    """A gazetteer place as the event's Place, with ACLED's geo_precision (``seat``: a district's
    same-named chief town, whose coordinates stand for the district)."""
    idx = geo.index()
    country = country_by_iso().get(p.iso)
    a1 = idx.place(p.admin1) if p.admin1 else None
    a2 = idx.place(p.admin2) if p.admin2 else None
    if p.kind in ("town", "site"):
        precision, basis = (2, f"near {p.kind}") if near else (1, p.kind)
    elif p.kind == "country":
        precision, basis = 3, "centroid of country"
    else:
        precision, basis = 3, f"centroid of {p.kind}"
    lat, lon = p.latitude, p.longitude
    if seat is None and p.kind in ("admin1", "admin2"):
        seat = geo.unit_seat(p.id)  # "in Sumy region": the point of Sumy, not the median of the oblast's places
    if seat is not None:
        lat, lon, basis = seat.latitude, seat.longitude, f"seat of {p.kind}"
    iso, admin1, admin2 = p.iso, a1.name if a1 else None, a2.name if a2 else None
    if p.iso in geo.ADMIN1_OF:  # Hong Kong, Macau: an admin1 unit of China, its districts admin2
        iso, admin1 = geo.ADMIN1_OF[p.iso]
        admin2 = a1.name if a1 else None
        country = country_by_iso().get(iso)
    return Place(
        location=p.name,
        country=country.name if country else iso,
        iso=iso,
        admin1=admin1,
        admin2=admin2,
        latitude=lat,
        longitude=lon,
        geo_precision=precision,
        geonames_id=p.geonames_id,
        admin1_code=a1.code if a1 else None,
        admin2_code=a2.code if a2 else None,
        basis=basis,
    )


def _dateline(dateline: Dateline | None, mentions: list[geo.Mention]) -> geo.Mention | None:
    """The place the story's dateline (the clean stage's) names: its town ("DEIR EZ-ZOUR, Syria (Reuters) -",
    "KABUL -"), or its country when the gazetteer lacks the town ("SHIRE, Ethiopia (Wire) -")."""
    if dateline is None:
        return None
    inside = [m for m in mentions if dateline.span.start <= m.start_char < dateline.span.end]
    if inside and inside[0].start_char == dateline.span.start:
        return inside[0]
    return next((m for m in inside if any(h.place.kind == "country" and h.preferred == 2 for h in m.hits)), None)


def _label(text: str, mentions: list[geo.Mention]) -> geo.Mention | None:
    """'Goma: the M23 ...', 'Saravena, Arauca: a car bomb ...': a place heading the text before a colon (a post's or
    a situation report's label) is where its events happened. Not a dateline (nothing was filed there): a place
    the text states (as if the text began "In Goma, ..."), even when its name alone is too ambiguous to be accepted."""
    if not mentions or mentions[0].start_char != len(text) - len(text.lstrip()):
        return None
    after = text[mentions[0].end_char : mentions[0].end_char + 40]
    colon = after.find(":")
    return mentions[0] if 0 <= colon <= 30 and not any(c in after[:colon] for c in ".\n") else None


def find_toponyms(parsed: Parsed, text: str, dateline: Dateline | None = None) -> tuple[Toponym, ...]:
    doc = parsed.doc
    mentions = geo.find_mentions(doc)
    dl = _dateline(dateline, mentions)
    label = _label(text, mentions) if dl is None else None
    dateline_iso = dl.country_after if dl is not None else None
    geo.resolve(doc, mentions, dateline_iso)
    if dl is not None and dl.chosen is not None and dl.chosen.kind == "country" and dateline_iso is None:
        dateline_iso = dl.chosen.iso
        geo.resolve(doc, mentions, dateline_iso)
    rival = max((sc for sc, p in dl.candidates if p.iso != dl.chosen.iso), default=0.0) if dl is not None and dl.chosen is not None else 0.0
    if dl is not None and dateline_iso is None and dl.chosen is not None and dl.chosen.population >= 50_000 and dl.score - rival > 1:
        geo.resolve(doc, mentions, dl.chosen.iso)  # "KHARTOUM (Reuters) -": a sizeable city opening the story
    route = _route_ends(mentions)
    # "Sultan Kudarat's Lambayong", "Sinaloa's Culiacan": the first names the unit the second is in
    contained = {id(a) for a, b in zip(mentions, mentions[1:]) if a.container and geo.accepted(b) and a.chosen is not None
                 and b.chosen.iso == a.chosen.iso and geo.haversine_km(a.chosen.latitude, a.chosen.longitude, b.chosen.latitude, b.chosen.longitude) < 150}
    out = []
    for m in mentions:
        is_dateline = m is dl and m.chosen is not None and m.actor_iso is None
        is_label = m is label and m.chosen is not None and m.actor_iso is None and (m.ner in ("GPE", "LOC", "FAC") or any(h.preferred for h in m.hits))
        guess = not (geo.accepted(m) or is_dateline or is_label) and geo.tentative(m)
        if not (geo.accepted(m) or is_dateline or is_label or guess):
            continue
        p = m.chosen
        if p.kind == "country" and m.modifier and geo.abroad(doc, m.start, m.end):
            continue  # "Chinese nationals were kidnapped near Bor": people abroad, not even a home of last resort
        if p.kind == "country" and m.modifier and m.end < len(doc) and doc[m.end].lower_ in BORDER_WORDS:
            continue  # "near the Malian border": the event is near that country, usually on the other side
        locative = bool(m.cue) and not m.modifier and not is_dateline and not m.speaker and not guess
        if p.kind == "country" and m.cue in (",", "(", "generic"):
            locative = False  # "Idlib, Syria": the country qualifies the town
        span = Span(start=m.start_char, end=m.end_char)
        out.append(
            Toponym(
                span=span,
                text=span.slice(text),
                start_token=m.start,
                sentence=parsed.sentence_index(m.start_char),
                place=make_place(p, m.near, seat=m.seat),
                locative=locative,
                kind=p.kind,
                near=m.near,
                modifier=m.modifier or m.speaker or id(m) in contained or guess,
                dateline=is_dateline,
                route=route.get(id(m), 0),
                tentative=guess,
                weapon=p.kind == "country" and m.modifier and geo.weapon_owner(doc, m.start, m.end),
            )
        )
    out += _actor_homes(doc, text, parsed, {t.span.start for t in out})
    return tuple(sorted(out, key=lambda t: t.span.start))


def _route_ends(mentions: list[geo.Mention]) -> dict[int, int]:
    """'between X and Y', 'the X-Y road' (ACLED: near one of the named towns, precision 2): the first
    named town, unless it is the country's capital ('the Mogadishu-Afgooye road', 'between Niamey and
    Ouallam': the capital is where the road comes from) or not a known town. Returns id(mention) -> 1 for
    the end events are coded at, 2 for the other end."""
    out: dict[int, int] = {}
    for a, b in zip(mentions, mentions[1:]):
        if a.route != 1 or b.route != 2:
            continue
        ok = [m for m in (a, b) if geo.accepted(m) and m.chosen is not None and m.chosen.kind in ("town", "site")]
        if not ok:
            continue
        first = ok[0]
        if len(ok) == 2 and geo.is_capital(a.chosen) and not geo.is_capital(b.chosen):
            first = b
        for m in (a, b):
            out[id(m)] = 1 if m is first else 2
    return out


@functools.cache
def _actors_by_name() -> dict[str, Any]:
    return {a.name: a for a in actor_entries()}


def _actor_homes(doc: Any, text: str, parsed: Parsed, taken: set[int]) -> list[Toponym]:
    """Named actors with a home country ("al-Shabaab", "the Houthis", "M23"), as modifier toponyms:
    never an event's place, only the country of last resort when the text names no place at all."""
    out = []
    entries = _actors_by_name()
    idx = geo.index()
    for ent in doc.ents:
        if not (ent.ent_id_ or "").startswith("actor:") or ent.start_char in taken:
            continue
        actor = entries.get(ent.ent_id_.removeprefix("actor:"))
        if actor is None or not actor.country or actor.kind == "external":
            continue
        country = idx.country(actor.country)
        if country is None:
            continue
        span = Span(start=ent.start_char, end=ent.end_char)
        out.append(Toponym(span=span, text=span.slice(text), start_token=ent.start, sentence=parsed.sentence_index(ent.start_char),
                           place=make_place(country), locative=False, kind="country", modifier=True,
                           weapon=geo.weapon_owner(doc, ent.start, ent.end)))
    return out


def _inside(place: Place, unit: Toponym) -> bool:
    """Is ``place`` within the admin unit or country ``unit`` names?"""
    if place.iso != unit.place.iso:
        return False
    if unit.kind == "country":
        return True
    if unit.kind == "admin1" or unit.kind == "region":
        return place.admin1 is not None and place.admin1 == unit.place.admin1
    if unit.kind == "admin2":
        return place.admin2 is not None and place.admin2 == unit.place.admin2
    return False


def _dateline_evidence(dateline: Toponym) -> Evidence[Place]:
    """The story names no place of its own ("KHARTOUM (Reuters) - Security forces fired on protesters"):
    the dateline city is the best estimate, at precision 3 since a dateline says where the story was filed."""
    value = dataclasses.replace(dateline.place, geo_precision=3, basis=f"dateline {dateline.place.basis}")
    return Evidence(value=value, span=dateline.span, text=dateline.text, stage=NAME, confidence=0.4)


def _evidence(t: Toponym, confidence: float) -> Evidence[Place]:
    return Evidence(value=t.place, span=t.span, text=t.text, stage=NAME, confidence=confidence)


def _by_closeness(toponyms: list[Toponym], sentence: int, paragraph: int, parsed: Parsed) -> list[Toponym]:
    """The trigger's sentence first, then its paragraph, then the article in order."""
    return sorted(toponyms, key=lambda t: (t.sentence != sentence, parsed.paragraph_index(t.span.start) != paragraph, t.span.start))


def _home_weights(homes: list[Toponym]) -> Counter[str]:
    """Country -> weight of the actors' homes naming it: 1 each, 1.5 for the country's own name."""
    counts: Counter[str] = Counter()
    for t in homes:
        named = any(h.place.kind == "country" and h.preferred == 2 for h in geo.index().lookup(t.text, loose=False))
        counts[t.place.iso] += 1.5 if named else 1.0
    return counts


def _filed_abroad(dateline: Toponym, homes: list[Toponym]) -> bool:
    """Is a story that names no place of its own filed from a hub abroad ("MUSCAT (Wire) - The Houthis released
    the crew", "GENEVA - UN experts said Ethiopian troops killed...")? Its named actors (not weapons' owners) all
    belong to other countries, none to the dateline's, and one is a named group (not "the junta", "vigilantes", "pro-Russian")."""
    homes = [t for t in homes if not t.weapon]
    named = any(any(c.isupper() for c in t.text) and (e := catalogue_lookup(t.text)) is not None and not e.name.startswith("@") for t in homes)
    return named and _home_weights(homes)[dateline.place.iso] == 0


def _guess(m: Mention, tentative: list[Toponym], homes: list[Toponym], parsed: Parsed) -> Evidence[Place] | None:
    """An event the article places nowhere: a name the text does not clearly mark as a place ("Bamenda was
    deserted", "Hyderabad police detained...") is the best estimate, unless the named actors belong to
    another country (then their country stands, and ``_finer`` takes a tentative place inside it). The owner of
    a weapon ("Russian guided bombs hit Basy", "Hezbollah rockets") is no such actor: foreign weapons strike abroad."""
    pool = _by_closeness(tentative, m.sentence, parsed.paragraph_index(m.trigger.start), parsed)
    homes = [t for t in homes if not t.weapon]
    if homes:
        counts = _home_weights(homes)
        pool = [t for t in pool if counts[t.place.iso] == max(counts.values())]
    if not pool:
        return None
    t = pool[0]
    value = dataclasses.replace(t.place, basis=f"{t.place.basis}, named but not marked as a place")
    return Evidence(value=value, span=t.span, text=t.text, stage=NAME, confidence=0.3)


def _finer(country: Evidence[Place], same: list[Toponym], dateline: Toponym | None, stated: list[Toponym],
           toponyms: tuple[Toponym, ...], sentence: int, paragraph: int, parsed: Parsed) -> Evidence[Place] | None:
    """An event placed only in a country: a place of that country the article names stands for it (precision
    3) — a town of the trigger's sentence ("Nantes, cours des 50 Otages: police used tear gas", said in a
    sentence about France), the dateline ("BISSAU (Wire) - Officers in Guinea-Bissau seized power"), the
    article's first stated place, a speaker's or an actor's place ("the authorities in Ghazni said they had
    freed..."). A country's centroid is never its events' admin1; the capital or a named town often is."""
    iso = country.value.iso
    pool = [t for t in same if t.kind != "country" and not t.modifier]
    if dateline is not None and dateline.kind != "country" and dateline.place.iso == iso and not pool:
        return _dateline_evidence(dateline)
    pool += [t for t in stated if t.kind != "country"]
    pool += [t for t in toponyms if t.modifier and t.kind != "country" and not t.dateline and not t.tentative]
    pool += _by_closeness([t for t in toponyms if t.tentative], sentence, paragraph, parsed)
    t = next((t for t in pool if t.place.iso == iso), None)
    if t is None:
        return None
    value = dataclasses.replace(t.place, geo_precision=3, basis=f"{t.place.basis}, the article's place in {country.value.country}")
    return Evidence(value=value, span=t.span, text=t.text, stage=NAME, confidence=min(country.confidence, 0.4))


def choose_places(mentions: tuple[Mention, ...], toponyms: tuple[Toponym, ...], parsed: Parsed) -> tuple[MentionFacts, ...]:
    usable = [t for t in toponyms if not t.modifier and not t.dateline and t.route != 2]
    dateline = next((t for t in toponyms if t.dateline), None)
    stated = [t for t in usable if t.locative and t.kind != "country"]
    named_countries = [t for t in usable if t.kind == "country" and t.locative]
    homes = [t for t in toponyms if t.modifier and t.kind == "country"]
    tentative = [t for t in toponyms if t.tentative]
    filed_abroad = dateline is not None and dateline.kind != "country" and _filed_abroad(dateline, homes)
    out: list[MentionFacts] = []
    previous: dict[int, Evidence[Place]] = {}  # paragraph -> last place
    for m in mentions:
        paragraph = parsed.paragraph_index(m.trigger.start)
        same = [t for t in usable if t.sentence == m.sentence and not separated(m, t.span.start, mentions)]
        evidence: Evidence[Place] | None = None

        def rank(t: Toponym) -> tuple[int, bool, bool, int]:
            after = t.start_token >= m.end_token
            gap = t.start_token - m.end_token if after else m.start_token - t.start_token
            # a place on a road between two towns yields to a place stated on it ("on the X-Y highway at Z")
            return (0 if t.locative else 1, t.kind == "country", t.route > 0 and any(
                0 < o.start_token - t.start_token <= 5 and o.locative and not o.route and o.kind in ("town", "site", "admin2") for o in local), gap + (0 if after else 3))

        local = [t for t in same if t.locative or t.kind != "country"]
        if local:
            # the nearest place the trigger governs; a finer place inside it beats it ("in Idlib province,
            # in the town of Saraqeb"), a town elsewhere does not ("in Nangarhar province ... in Kabul")
            best = min(local, key=rank)
            finer = [t for t in local if t.locative == best.locative and KIND_RANK.get(t.kind, 3) < KIND_RANK.get(best.kind, 3) and _inside(t.place, best)]
            if finer:
                best = min(finer, key=lambda t: (KIND_RANK.get(t.kind, 3), rank(t)))
            evidence = _evidence(best, 0.8 if best.locative else 0.7)
        elif paragraph in previous:
            prior = previous[paragraph]
            evidence = Evidence(value=prior.value, span=prior.span, text=prior.text, stage=NAME, confidence=0.6)
        else:
            later = [t for t in stated if parsed.paragraph_index(t.span.start) == paragraph and t.sentence > m.sentence]
            anywhere = later or stated
            if anywhere:
                evidence = _evidence(anywhere[0], 0.6)
            elif dateline is not None and dateline.kind != "country" and not filed_abroad and all(
                    t.place.iso == dateline.place.iso for t in named_countries
                    if parsed.paragraph_index(t.span.start) == paragraph and abs(t.sentence - m.sentence) <= 1):
                # a country named further on ("the prime minister, stranded in Puerto Rico, ...") does not move the story
                evidence = _dateline_evidence(dateline)
            elif named_countries:
                evidence = _evidence(named_countries[0], 0.4)
            elif dateline is not None and dateline.kind == "country":
                evidence = _evidence(dateline, 0.4)  # "HONG KONG (Wire) -"
            elif dateline is not None and not filed_abroad and (country := geo.index().country(dateline.place.iso)) is not None:
                evidence = Evidence(value=make_place(country), span=dateline.span, text=dateline.text, stage=NAME, confidence=0.4)
            elif (guess := _guess(m, tentative, homes, parsed)) is not None:
                evidence = guess
            elif homes:
                # no place at all: the country most of the named actors and demonyms belong to ("Chadian troops");
                # a country's name ("Niger's authorities said") outweighs an adjective ("an Italian priest")
                counts = _home_weights(homes)
                best = next(t for t in homes if counts[t.place.iso] == max(counts.values()))
                evidence = _evidence(best, 0.3)
        if evidence is not None and evidence.value.location == evidence.value.country:
            evidence = _finer(evidence, same, dateline, stated, toponyms, m.sentence, paragraph, parsed) or evidence
        if evidence is not None:
            previous[paragraph] = evidence
        out.append(MentionFacts(mention_id=m.id, place=evidence))
    return tuple(out)


def place_for_span(document: Document, start: int, end: int) -> Evidence[Place] | None:
    """The place an event whose trigger is ``text[start:end]`` of a coded document would get (whether or
    not the detector found an event there): geocoding measured apart from event detection."""
    from ..records import Mention as _Mention

    parsed, text = document.get("parsed"), document.get("clean_article").text
    tokens = [t for t in parsed.doc if t.idx < end and t.idx + len(t) > start] or [parsed.doc[0]]
    others = tuple(m for m in document.get("mentions") if not (m.trigger.start < end and start < m.trigger.end))
    probe = _Mention(id=-1, trigger=Span(start=start, end=end), trigger_text=text[start:end], head=tokens[0].i,
                     start_token=tokens[0].i, end_token=tokens[-1].i + 1, sentence=parsed.sentence_index(start),
                     event_type="", sub_event_type="", disorder_type="", plover="", specific=True,
                     status=Evidence(value="current", span=None, text=None, stage=NAME, confidence=1.0))
    mentions = tuple(sorted(others + (probe,), key=lambda m: m.trigger.start))
    facts = choose_places(mentions, document.get("toponyms"), parsed)
    return next(f.place for f in facts if f.mention_id == -1)


@stage(NAME, requires=["clean_article", "dateline", "parsed", "mentions"], assigns=["toponyms", "places"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    parsed = doc.get("parsed")
    toponyms = find_toponyms(parsed, doc.get("clean_article").text, doc.get("dateline"))
    return {"toponyms": toponyms, "places": choose_places(doc.get("mentions"), toponyms, parsed)}

