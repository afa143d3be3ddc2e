"""Toponyms of a parsed article: every place mention the gazetteer finds, resolved in context, as typed records
(``find_toponyms``), and the actors' home countries as places of last resort."""

from __future__ import annotations

import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from ..doccache import ents as doc_ents, tokens_in
from ..lexicon import actors_by_name, country_by_iso, country_of
from ..model import Place, Span
from ..records import Dateline, Parsed, Toponym
from ..resources import word_lists
from ..syntax import PLACE_LABELS
from . import ADMIN1_OF, is_capital, unit_capital, unit_seat
from .build import haversine_km
from .index import GeoPlace, index
from .resolve import COUNTRY_ALIAS, ISSUER_BODIES, NOT_PLACES, Mention, body_name, abroad, accepted, any_states_unit, common_noun_actor, find_mentions, resolve, tentative, weapon_owner

BORDER_WORDS = word_lists("place_words.toml")["borders"]  # resources/place_words.toml
DIGEST_TITLES = word_lists("page_words.toml")["digest_titles"]
DATELINE_CAPITAL = 5  # a capital named in a dateline yields only to a namesake this many times bigger
DATELINE_CITY = 500_000  # a dateline's namesake this big and five times the chosen place's size is the filing city
NOT_HINTS = {"NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT"}


def make_place(p: GeoPlace, near: bool = False, seat: GeoPlace | None = None) -> Place:
    """A gazetteer place as the event's Place, with ACLED's geo_precision (``seat``: a district's
    same-named chief town, whose coordinates stand for the district)."""
    idx = index()
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
        seat = unit_seat(p.id) or unit_capital(p.id)  # "in Sumy region": the point of Sumy, not the median of the oblast's
        # places; "in Antioquia": its capital Medellin's
    if seat is not None:
        lat, lon, basis = seat.latitude, seat.longitude, f"seat of {p.kind}"
    iso, admin1, admin2 = p.iso, a1.name if a1 else None, a2.name if a2 else None
    if p.iso in ADMIN1_OF:  # Hong Kong, Macau: an admin1 unit of China, its districts admin2
        iso, admin1 = ADMIN1_OF[p.iso]
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


def _dateline(dateline: Dateline | None, mentions: list[Mention]) -> Mention | None:
    """The place the story's dateline (the clean stage's) names: its town ("DEIR EZ-ZOUR, Syria (Reuters) -",
    "KABUL -"), or its country when the gazetteer lacks the town ("SHIRE, Ethiopia (Wire) -")."""
    if dateline is None or dateline.text.split()[-1].lower() in DIGEST_TITLES:
        return None  # "INDIAN OCEAN BRIEFS:": a digest's title (not India)
    inside = [m for m in mentions if dateline.span.start <= m.start_char < dateline.span.end]
    if inside and inside[0].start_char == dateline.span.start and inside[0].modifier and inside[0].end_char < dateline.span.end and all(
            h.preferred == COUNTRY_ALIAS for h in inside[0].hits if h.place.kind == "country"):
        return None  # "DUTCH CARIBBEAN:": a region a country's adjective opens (a digest's title), filed from nowhere
    if inside and inside[0].start_char == dateline.span.start:
        return inside[0]
    return next((m for m in inside if any(h.place.kind == "country" and h.preferred == 2 for h in m.hits)), None)


LABEL_DASHES = (" \u2014 ", " \u2013 ", " - ", " | ")  # the dashes a record's label (a place and capitalised words) ends with
TITLE_PREFIX = re.compile(r"\s*((?:[^\W\d_][\w'\u2019]*\s+){0,2}[^\W\d_][\w'\u2019]*)\s*[|:\u2014\u2013]\s+")


def _label_start(text: str) -> int:
    """Where a text's label may start: past a digest title opening it ("BLOTTER | Kingston Central — ...", "CRIME LOG:
    Goma: ..."), else at its first character."""
    m = TITLE_PREFIX.match(text)
    if m and m.group(1).split()[-1].lower() in DIGEST_TITLES:
        return m.end()
    return len(text) - len(text.lstrip())


def _label(text: str, mentions: list[Mention]) -> Mention | None:
    """'Goma: the M23 ...', 'Saravena, Arauca: a car bomb ...', 'GOMA UPDATE: ...': a place heading the text before a
    colon or a digest's title word (a post's or a situation report's label) is where its events happened. Not a dateline (nothing was filed there): a place
    the text states (as if the text began "In Goma, ..."), even when its name alone is too ambiguous to be accepted."""
    if not mentions or mentions[0].start_char != _label_start(text):
        return None
    after = text[mentions[0].end_char : mentions[0].end_char + 40]
    dash = min((k for k in (after.find(d) for d in LABEL_DASHES) if k >= 0), default=-1)
    if 0 <= dash <= 30 and any(h.place.kind in ("town", "site") and h.preferred and not h.loose for h in mentions[0].hits) and all(w[:1].isupper() for w in after[:dash].split()) and not mentions[0].modifier:
        return mentions[0]  # "Limerick Garda Division — overnight log: ...", "BLOTTER | Kingston Central — Two men ...": a label and a dash
    if mentions[0].ner == "PART" and not after.startswith(":"):
        return None  # (nor the first word of a longer name: "Royal" of "Royal Solomon Islands Police Force:"; but a whole
        # label NER ran on past, "Nkhata Bay: Fishermen blocked ...")
    if (words := after.split(None, 1)) and words[0].rstrip(":").lower() in DIGEST_TITLES and not mentions[0].modifier:
        return mentions[0]  # "PORGERA UPDATE from the district office, 15 October: 1. Fighting ...": a digest titled by its place
    colon = after.find(":")
    return mentions[0] if 0 <= colon <= 30 and not any(c in after[:colon] for c in ".\n") else None


ISSUER_CHARS = 90  # an issuer's line heading a report is this short at most
ISSUER_CITY = 100_000  # a city this big is an issuer's town by any of its names ("Politiets døgnrapport, Aarhus:", GeoNames' Arhus)


def _issuer(doc: Any, text: str, mentions: list[Mention]) -> Mention | None:
    """'Politie Rotterdam: ...', 'Police radio summary, Port Moresby, 24 July: ...', 'Minutes of the district security
    committee, Kasese, 15 February. Item 2: ...': a short verbless line opening the text, up to its first colon or full
    stop, that names the body or bulletin issuing the report and its town. The town (the line's last name of a town) is
    where the report's events happened, as a label's is."""
    lead = len(text) - len(text.lstrip())
    ends = [i for i in (text.find(":", lead), text.find(".", lead)) if i >= 0]
    stop = min(ends, default=-1)
    line_end = text.find("\n", lead)
    if 0 <= line_end < stop or stop < 0 <= line_end:
        stop = line_end  # a heading line of its own ("PUBLIC NOTICE — Office of the Chief District Officer, Jumla\nFollowing ...")
    if stop < 0 or stop - lead > ISSUER_CHARS:
        return None
    head = tokens_in(doc, lead, stop)
    if not head or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" and t.is_ascii for t in head) or text[lead:stop].isupper():
        return None  # a sentence or a headline, not a label ("UN: ARMED MEN RAPED WOMEN ...", "GUNMEN ATTACK VILLAGE IN X.")
        # (a word of another language the small model calls a verb is none: "Politiets døgnrapport, Copenhagen:")
    towns = [m for m in mentions if lead <= m.start_char and m.end_char <= stop and not m.modifier and m.actor_iso is None
             and not _title_word(doc, m) and not body_name(doc, m.end)
             and (m.ner != "PART" or text[m.end_char : m.end_char + 1] in (":", ",")) and m.text.lower() not in NOT_PLACES
             and any(h.place.kind in ("town", "site") and (h.preferred or h.place.population >= ISSUER_CITY) and not h.loose for h in m.hits)]
    # (not "Royal" nor "Police" of "Royal Eswatini Police:", nor "Oost" of "Politie Oost-Brabant:": parts of a body's name;
    # but "Politie Rotterdam:", the body's name ending with its town)
    return towns[0] if towns else None


def _title_word(doc: Any, m: Mention) -> bool:
    """Is the name a word in capitals of a report's title, before another word in capitals ("OB ENTRIES, Kisumu Central
    Police Station:", "THANA REPORT, Comilla Sadar:"): the title's word, not the Ob river nor Thane."""
    return m.text.isupper() and m.end < len(doc) and doc[m.end].is_alpha and doc[m.end].is_upper and len(doc[m.end]) > 1


def _body_dateline(dateline: Dateline | None) -> bool:
    """Is the "dateline" a body's name ("Highlands Gold Ltd (ASX: HGL) —", "ERENA RADIO —", "COLLEGE OF EDUCATION,
    KAFANCHAN —": a company, broadcaster, parish or school issuing a notice), filed from no town?"""
    return dateline is not None and any(w.strip(".,'’()").lower() in ISSUER_BODIES for w in dateline.place.split())


def _body_town(dateline: Dateline, mentions: list[Mention]) -> Mention | None:
    """The town after a body's name in its heading ("ST NICHOLAS PARISH, KOSTIANTYNIVKA —"): where its notice's events
    happened, as an issuer line's town is (not the body's name: "ST NICHOLAS" is no Greek island, "COLLEGE" no Alaskan town)."""
    if not dateline.country:
        return None
    start = dateline.span.end - len(dateline.country)
    return next((m for m in mentions if start <= m.start_char and m.end_char <= dateline.span.end and m.actor_iso is None and any(
        h.place.kind in ("town", "site") and h.preferred and not h.loose for h in m.hits)), None)


def find_toponyms(parsed: Parsed, text: str, dateline: Dateline | None = None) -> tuple[Toponym, ...]:
    doc = parsed.doc
    mentions = find_mentions(doc)
    body = _body_dateline(dateline)
    if body and dateline is not None:
        for m in mentions:
            if dateline.span.start <= m.start_char < dateline.span.start + len(dateline.place) and not m.institution:
                m.ner = "PART"  # "Highlands" of "Highlands Gold Ltd", "ERENA" of "ERENA RADIO": part of a body's name
    dl = _dateline(dateline, mentions) if not body else None
    if dl is not None:
        dl.dateline = True
    label = _label(text, mentions) if dl is None and not body and not (mentions and body_name(doc, mentions[0].end)) else None
    if body and dateline is not None and (label := _body_town(dateline, mentions)) is not None:
        label.cue = label.cue or "at"  # a stated place, as an issuer line's town
    if dl is None and label is None and (label := _issuer(doc, text, mentions)) is not None:
        label.cue = label.cue or "at"  # a stated place, which votes for its country as "at Kasese" would
    if label is not None:
        label.label = True
    dateline_iso = dl.country_after if dl is not None else None
    resolve(doc, mentions, dateline_iso)
    if dl is not None and dl.chosen is not None and dl.chosen.kind == "country" and dateline_iso is None:
        dateline_iso = dl.chosen.iso
        resolve(doc, mentions, dateline_iso)
    if dl is not None and dateline_iso is None and dl.chosen is not None and is_capital(dl.chosen) and any(
            h.place.id == dl.chosen.id and h.preferred and not h.loose for h in dl.hits):
        # "MADRID (Wire) -": a capital filed from, found under its own name, is the report's country even when a
        # namesake abroad is sizeable too (Colombia's Madrid), so "Valencia" after it is Spain's
        dateline_iso = dl.chosen.iso
        resolve(doc, mentions, dateline_iso)
    if dl is not None and dateline_iso is None and dl.chosen is not None and dl.chosen.kind == "town" and not is_capital(dl.chosen):
        # "LA PAZ (Wire) -": a dateline names a country's capital or a namesake many times bigger (La Paz, Bolivia
        # rather than Baja California's), whatever countries the story goes on to name ("fled to Mexico"); a capital
        # unless the chosen namesake is more than five times its size ("SAN JOSE -" is Costa Rica's, not California's
        # city of a million, which wires write "SAN JOSE, Calif."; "VICTORIA -" stays British Columbia's)
        size = dl.chosen.population
        named = {h.place.id for h in dl.hits if h.preferred and not h.loose}  # (not "Jayapura", an alternate name of Jaipur)
        capital = next((p for _s, p in dl.candidates if p.kind == "town" and p.id in named and (
            is_capital(p) and DATELINE_CAPITAL * p.population >= size or p.population >= max(DATELINE_CITY, 5 * size))), None)
        if capital is not None:
            dateline_iso = capital.iso
            resolve(doc, mentions, dateline_iso)
    rival = max((sc for sc, p in dl.candidates if p.iso != dl.chosen.iso), default=0.0) if dl is not None and dl.chosen is not None else 0.0
    if dl is not None and dateline_iso is None and dl.chosen is not None and dl.chosen.population >= 50_000 and dl.score - rival > 1:
        resolve(doc, mentions, dl.chosen.iso)  # "KHARTOUM (Reuters) -": a sizeable city opening the story
    route = _route_ends(mentions)
    # "Sultan Kudarat's Lambayong", "Sinaloa's Culiacan": the first names the unit the second is in
    contained = {id(a) for a, b in zip(mentions, mentions[1:]) if a.container and accepted(b) and a.chosen is not None
                 and b.chosen.iso == a.chosen.iso and haversine_km(a.chosen.latitude, a.chosen.longitude, b.chosen.latitude, b.chosen.longitude) < 150}
    out = []
    for m in mentions:
        is_dateline = m is dl and m.chosen is not None and m.actor_iso is None
        is_label = m is label and m.chosen is not None and m.actor_iso is None and (m.ner in PLACE_LABELS or any(h.preferred for h in m.hits))
        guess = not (accepted(m) or is_dateline or is_label) and tentative(m)
        hint = not (accepted(m) or is_dateline or is_label or guess) and _hint(m)
        if not (accepted(m) or is_dateline or is_label or guess or hint):
            if (country := _unit_country(m)) is not None:  # "in Koko payam": somewhere in South Sudan
                span = Span(start=m.start_char, end=m.end_char)
                out.append(Toponym(span=span, text=span.slice(text), start_token=m.start, sentence=parsed.sentence_index(m.start_char),
                                   place=make_place(country), locative=True, kind="country"))
            continue
        p = m.chosen
        if m.topic and p.kind == "country":
            continue  # "the war in Ukraine" (a MOSCOW story): not even a home of last resort
        if p.kind == "country" and m.modifier and abroad(doc, m.start, m.end):
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
                modifier=m.modifier or m.speaker or id(m) in contained or guess or hint,
                dateline=is_dateline,
                route=route.get(id(m), 0),
                tentative=guess or hint or m.topic,
                hint=hint,
                weapon=p.kind == "country" and m.modifier and weapon_owner(doc, m.start, m.end),
                heading=_heading(text, m) and not (m.modifier or guess or hint),
            )
        )
    out += _actor_homes(doc, text, parsed, {t.span.start for t in out})
    out += _body_homes(mentions, text, parsed)
    return tuple(sorted(out, key=lambda t: t.span.start))


def _heading(text: str, m: Mention) -> bool:
    """Is the name a line of its own with text below it ("CABO VERDE", "SÃO TOMÉ AND PRÍNCIPE" heading a digest's
    items)? The items under it are there unless they say otherwise."""
    start = text.rfind("\n", 0, m.start_char) + 1
    end = text.find("\n", m.end_char)
    if end < 0 or text[start:end].strip().rstrip(":").strip() != m.text:
        return False
    return bool(text[end:].strip()) and start > 0


def _body_homes(mentions: list[Mention], text: str, parsed: Parsed) -> list[Toponym]:
    """The home of a state body named after a unit ("the Trat Border Defence Command declared martial law"): its
    unit's country, as a named actor's home is (the country of last resort), beside the other actors' homes."""
    out = []
    for m in mentions:
        if m.body_iso and (country := index().country(m.body_iso)) is not None:
            span = Span(start=m.start_char, end=m.end_char)
            out.append(Toponym(span=span, text=span.slice(text), start_token=m.start, sentence=parsed.sentence_index(m.start_char),
                               place=make_place(country), locative=False, kind="country", modifier=True))
    return out


def _unit_country(m: Mention) -> GeoPlace | None:
    """The country of a unit the gazetteer lacks, said with a word only that country uses ("in Koko payam", "in Munya
    LGA"): where the event was, at the country's precision, when the text marks the name as a place."""
    if m.chosen is not None or len(m.unit_isos) != 1 or m.modifier or m.speaker or m.topic or m.cue in (None, "dep"):
        return None
    return index().country(next(iter(m.unit_isos)))


HINT_POPULATION = 100_000  # a refused name hints at its country when it is a place this big of one country only
# or a place this big, when every place of its name (by any of their names) lies in that country and the text does not cut
# it from a longer name: "Clan elders from Galkayo reached a deal", "farmers from Qaryut said", "workers of the Chiatura
# manganese company continue their protest" place their events nowhere else; the country is a better guess than none
HINT_ONE_COUNTRY = 1_000


def _big_town_named(m: Mention) -> bool:
    """Is a name NER calls a people ("the Bouake university campus", tagged a nationality) a city of HINT_POPULATION+ of
    one country, by its own name, and no country's adjective or a people's name? Then the label is wrong: a city."""
    return m.ner == "NORP" and not country_of(m.text) and not m.text.isupper() and all(h.preferred and not h.loose for h in m.hits) and len(
        {h.place.iso for h in m.hits}) == 1 and max(h.place.population for h in m.hits) >= HINT_POPULATION


def _hint(m: Mention) -> bool:
    """A name refused as a place that still tells the article's country: a big place found in one country only,
    not an actor, demonym or person ("the Abuja-Kaduna train", "Authorities in Cox's Bazar barred...", tagged parts
    of longer names; "Sagaing, this morning." with no cue). Never an event's place: the country of last resort."""
    p = m.chosen
    if p is None or m.actor_iso is not None or p.kind == "country" or m.ner in NOT_HINTS and not _big_town_named(m) or (m.ner == "PERSON" and m.cue in (None, "dep")):
        return False
    if country_of(m.text) or any(h.loose for h in m.hits) or m.foreign or len(m.text) < 4 or m.text.lower() in STOP_WORDS:
        return False  # ("No FIR registered": Haiti's Nord is also "No")
    isos = {h.place.iso for h in m.hits if h.preferred}
    people = max(h.place.population for h in m.hits)
    if isos == {p.iso} and people >= HINT_POPULATION:
        return True
    # (not a body's name: "The Sa Kaeo Border Defence Command imposed a curfew" tells the actor's home, not a town)
    return m.ner != "PART" and m.body_iso is None and {h.place.iso for h in m.hits} == {p.iso} and people >= HINT_ONE_COUNTRY


def _route_ends(mentions: list[Mention]) -> dict[int, int]:
    """'between X and Y', 'the X-Y road' (ACLED: near one of the named towns, precision 2): the first
    named town, unless it is the country's capital ('the Mogadishu-Afgooye road', 'between Niamey and
    Ouallam': the capital is where the road comes from) or not a known town. Returns id(mention) -> 1 for
    the end events are coded at, 2 for the other end."""
    out: dict[int, int] = {}
    for a, b in zip(mentions, mentions[1:]):
        if a.route != 1 or b.route != 2:
            continue
        ok = [m for m in (a, b) if accepted(m) and m.chosen is not None and m.chosen.kind in ("town", "site")]
        if not ok:
            continue
        first = ok[0]
        if len(ok) == 2 and is_capital(a.chosen) and not is_capital(b.chosen):
            first = b
        for m in (a, b):
            out[id(m)] = 1 if m is first else 2
    return out


def _actor_homes(doc: Any, text: str, parsed: Parsed, taken: set[int]) -> list[Toponym]:
    """Named actors with a home country ("al-Shabaab", "the Houthis", "M23"), as modifier toponyms:
    never an event's place, only the country of last resort when the text names no place at all."""
    out = []
    entries = actors_by_name()
    idx = index()
    for ent in doc_ents(doc):
        if not (ent.ent_id_ or "").startswith("actor:") or ent.start_char in taken:
            continue
        actor = entries.get(ent.ent_id_.removeprefix("actor:"))
        if actor is None or not actor.country or actor.kind == "external" or any_states_unit(ent.text) or common_noun_actor(ent, actor) or abroad(doc, ent.start, ent.end):
            continue  # (nor "Ugandan troops of the AU mission": a contingent abroad)
        country = idx.country(actor.country)
        if country is None:
            continue
        span = Span(start=ent.start_char, end=ent.end_char)
        out.append(Toponym(span=span, text=span.slice(text), start_token=ent.start, sentence=parsed.sentence_index(ent.start_char),
                           place=make_place(country), locative=False, kind="country", modifier=True,
                           weapon=weapon_owner(doc, ent.start, ent.end)))
    return out
