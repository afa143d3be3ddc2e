"""Where an event is: not the dateline town, not the victims' home town, in a country the story names; and
the other towns an event is repeated at ("attacks in Jabla and Tartus": one event per place)."""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import doccache, geo
from ..catalogue import words
from ..model import Actor, Evidence, Place, Span
from ..records import Toponym
from ..resources import word_lists
from ..geo.event_place import DECLARED_TYPES, inside
from ..geo.toponyms import make_place
from ..syntax import in_words
from .cluster import STAGE


def abroad(
    place: Evidence[Place] | None, actor1: Evidence[Actor] | None, actor2: Evidence[Actor] | None, dateline: Any, named: set[str],
    sub_type: str = "",
) -> Evidence[Place] | None:
    """An event placed only by its story's dateline country ("TAMPA, Fla." for a raid in Iraq) is placed in
    the country of a state force taking part in it when the story names that country as a place ("in Iraq
    and Syria"): the dateline is where the story was filed, not where the event was. Not a deal or a declared
    decision (``sub_type``, geo.event_place.DECLARED_TYPES): that is told where it was signed or declared."""
    if place is None or dateline is None or place.span is None or place.value.geo_precision != 3 or sub_type.lower() in DECLARED_TYPES:
        return place
    if not dateline.span.contains(place.span):
        return place
    for actor in (actor1, actor2):
        a = actor.value if actor is not None else None
        if a is not None and " Forces of " in f" {a.name}" and a.country and a.country != place.value.iso and a.country in named:
            country = geo.index().country(a.country)
            if country is not None:
                return Evidence(value=make_place(country), span=actor.span, text=actor.text, stage=STAGE, confidence=0.4)
    return place


KIND_ORDER = {"town": 0, "site": 0, "admin2": 1, "admin1": 2, "country": 3}


# one word list per concept: the actor catalogue's words for people (resources/actors/words.toml)
PEOPLE_WORDS = words("civilian") | words("armed") | words("military") | words("police") | words("protesters")
# the words of an aside that tell a person's home ("(age 24, resident of District Karak)"): place_words.toml inhabitants
ASIDE_HOMES = word_lists("place_words.toml")["inhabitants"]


def _origin(t: Toponym, doc: Any, units: bool = False) -> bool:
    """Does the toponym say where people come from, not where something happened ("shot dead nine men from
    Punjab province", "Dayton, 42, of Woodbridge, Virginia, died ... in northern Syria")? With ``units``, also through
    the units named ("gunmen from the neighbouring municipalities of X and Y": no event at each of them, though where
    they fought is still best told by their homes)."""
    node = doc[t.start_token]
    for _ in range(4):
        if node.dep_ == "pobj" or node.head.i == node.i:
            break
        if node.dep_ not in ("compound", "appos", "conj", "amod", "nmod", "punct"):
            return False
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in ("from", "of"):
        return False
    owner = node.head.head
    if owner.pos_ in ("VERB", "AUX") and node.head.i > 0:
        owner = doc[node.head.i - 1]  # "shot dead nine men from Punjab province": "from" parsed onto the verb
    if node.head.lower_ == "of" and owner.like_num:
        owner = owner.head  # "Dayton, 42, of Woodbridge"
    if units and node.head.lower_ == "of" and owner.lemma_.lower() in UNITS and owner.dep_ == "pobj" and owner.head.lower_ == "from":
        owner = owner.head.head if owner.head.head.pos_ not in ("VERB", "AUX") else doc[owner.head.i - 1]
    return owner.ent_type_ == "PERSON" or in_words(owner, PEOPLE_WORDS)


def aside_home(t: Toponym, doc: Any) -> bool:
    """Is the toponym a person's home told in an aside in brackets ("Sepoy Imran Khan (age 24 years, resident of District
    Karak), having fought gallantly, embraced shahadat"; "the driver (a resident of Gilgit)")? It says where the person
    is from, never where the event was: the event is placed as if its sentence named no place."""
    sent = doccache.sentence(doc, t.start_token)
    before = doc[sent.start:t.start_token]
    opened = max((k.i for k in before if k.text == "("), default=None)
    if opened is None or any(k.text == ")" for k in doc[opened:t.start_token]):
        return False
    node = doc[t.start_token]
    for _ in range(4):
        if node.dep_ == "pobj" or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in ("of", "from"):
        return False
    owner = node.head.head
    return owner.i > opened and (owner.lemma_.lower() in ASIDE_HOMES or owner.ent_type_ == "PERSON" or in_words(owner, PEOPLE_WORDS))


def off_dateline(place: Evidence[Place] | None, toponyms: tuple[Toponym, ...], filed: Span | None) -> Evidence[Place] | None:
    """A town read from the dateline ("KABUL, Afghanistan (Aug. 24, 2011) – ... an operation in Shindand district, Herat
    province") is where the story was filed: the event takes the finest other place its sentence names, else the
    dateline town stays only an estimate (precision 3). ``filed``: the dateline's characters."""
    if place is None or filed is None or place.span is None or place.value.geo_precision == 3:
        return place
    if not filed.contains(place.span):
        return place
    first = next((t for t in toponyms if t.span == place.span), None)
    others = [t for t in toponyms if first is not None and t.sentence == first.sentence and not filed.contains(t.span)
              and not t.modifier and not t.dateline and t.kind != "country"]
    if others:
        best = min(others, key=lambda t: (not t.locative, KIND_ORDER.get(t.kind, 3), t.span.start))
        return Evidence(value=best.place, span=best.span, text=best.text, stage=STAGE, confidence=place.confidence)
    return dataclasses.replace(place, value=dataclasses.replace(place.value, geo_precision=3), confidence=min(place.confidence, 0.4))


def not_origin(place: Evidence[Place] | None, toponyms: tuple[Toponym, ...], parsed: Any) -> Evidence[Place] | None:
    """An event placed at its victims' or actors' home town ("nine men from Punjab province") is placed at the
    other place its sentence names where something happened ("on a highway near Kalat")."""
    if place is None or place.span is None or parsed is None:
        return place
    doc = parsed.doc
    first = next((t for t in toponyms if t.span == place.span), None)
    # (through the unit the home is named by: "nine fishermen from the Indian state of Tamil Nadu")
    if first is None or not _origin(first, doc, units=True):
        return place
    # (not the country the home town lies in: "In Kyrgyzstan, police detained residents of Kara-Suu" were held in their town)
    others = [t for t in toponyms if t.sentence == first.sentence and t.span != first.span and t.locative and not t.modifier
              and not t.dateline and not _origin(t, doc, units=True) and not (t.kind == "country" != first.kind and inside(first.place, t))]
    if not others:
        return place
    best = min(others, key=lambda t: (KIND_ORDER.get(t.kind, 3), abs(t.span.start - first.span.start)))
    return Evidence(value=best.place, span=best.span, text=best.text, stage=STAGE, confidence=place.confidence)


def coherent(place: Evidence[Place] | None, toponyms: tuple[Toponym, ...], parsed: Any) -> Evidence[Place] | None:
    """A place in a country the story names nowhere else ("the Al Salem hospital complex ... in East Mosul"
    read as Salem, India) yields to a place of its sentence in a country the story does name. When an adjective or
    an actor names the place's country ("Mozambican insurgents attacked a mission in Chipene, in Nampula province"),
    the filing city a later clause repeats ("told reporters in Johannesburg" under JOHANNESBURG) is not enough; and a place
    stated as where the event was ("in Beledweyne") yields to no place named but not as one where something happened
    ("witnesses reached by telephone from Nairobi")."""
    if place is None or place.span is None or parsed is None:
        return place
    usable = [t for t in toponyms if not t.modifier]
    iso = place.value.iso
    if any(t.place.iso == iso and not t.span.overlaps(place.span) for t in usable):
        return place
    if not any(t.place.iso != iso for t in usable):
        return place
    # the place's country named by an adjective or an actor: the other country must be named twice outside the
    # dateline ("DAKAR, Senegal (Wire) -" is one filing place)
    named = any(t.place.iso == iso and t.modifier and not t.tentative for t in toponyms)
    filed = max((t.span.end for t in toponyms if t.dateline), default=-1)
    sentence = parsed.sentence_index(place.span.start)
    stated = any(t.locative for t in usable if t.span == place.span)  # (a stated place yields only to another stated one)
    others = [t for t in usable if t.sentence == sentence and t.place.iso != iso and not t.dateline and (t.locative or not stated)
              and sum(u.place.iso == t.place.iso and not (named and u.span.start <= filed + 3) for u in usable) >= 2]
    if not others:
        return place
    best = min(others, key=lambda t: (KIND_ORDER.get(t.kind, 3), abs(t.span.start - place.span.start)))
    return Evidence(value=best.place, span=best.span, text=best.text, stage=STAGE, confidence=0.6)


SPLIT_KINDS = ("town", "site")


PLACE_WORDS = word_lists("place_words.toml")  # resources/place_words.toml
# words that make towns a route or a relative location, not a list of places ("north of X", "between X and Y")
SPLIT_STOP = PLACE_WORDS["compass"] | PLACE_WORDS["route_words"]


UNIT_NOUNS = PLACE_WORDS["admin_units"]  # "the Belgorod and Kursk regions"
UNITS = UNIT_NOUNS | PLACE_WORDS["settlements"]  # "the municipalities of X and Y", "the villages of X and Y"


def conjoined_places(place: Evidence[Place] | None, toponyms: tuple[Toponym, ...], parsed: Any, sentences: set[int]) -> list[Toponym]:
    """Other towns coordinated with the event's town in its own sentence ("the attacks in the towns of Jabla
    ... and the port city of Tartus", "seized Gondar and Lalibela"): ACLED codes one event per place, so the
    event is repeated at each of them (not a strategic development: a deal or a decree is one). Not a route ("between X and Y", "from X to Y"), a relative location
    ("X, north of Y") or regions ("the Belgorod and Kursk regions")."""
    if place is None or place.span is None or parsed is None:
        return []
    first = next((t for t in toponyms if t.span == place.span), None)
    if first is None or first.sentence not in sentences or first.kind not in SPLIT_KINDS or first.route or first.dateline:
        return []
    doc = parsed.doc

    def end_of(t: Toponym) -> int:
        span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        return span.end if span is not None else t.start_token + 1

    if first.start_token > 0 and doc[first.start_token - 1].lower_ in SPLIT_STOP:
        return []
    if _origin(first, doc, units=True):
        return []  # "gunmen from the municipalities of X and Y exchanged fire": where the people come from, one fight
    out: list[Toponym] = []
    pending: list[Toponym] = []
    last = first
    for t in sorted((t for t in toponyms if t.sentence == first.sentence and t.start_token > first.start_token), key=lambda t: t.start_token):
        gap = doc[end_of(last) : t.start_token]
        if len(gap) > 12 or any(w.pos_ in ("VERB", "AUX") or w.lower_ in SPLIT_STOP for w in gap):
            break
        if not any(w.lower_ in ("and", ",") for w in gap):
            if t.kind in ("admin1", "admin2", "country"):
                last = t  # "Jabla in the northwest province of Latakia, and ..."
                continue
            break
        if t.modifier or t.route or t.kind not in SPLIT_KINDS:
            break
        if t.place.iso != first.place.iso or t.place.location in {first.place.location, *(o.place.location for o in out + pending)}:
            break
        pending.append(t)
        last = t
        if any(w.lower_ == "and" for w in gap):
            out, pending = out + pending, []  # a list is closed by "and": "X, Y and Z"
            break
    after = doc[end_of(last)] if out and end_of(last) < len(doc) else None
    if after is not None and after.lemma_.lower() in UNIT_NOUNS:
        return []  # "over the Belgorod and Kursk regions": two regions, read as towns
    # towns listed before the event's own ("In Rabat and Casablanca, thousands marched" placed at Casablanca
    # when Rabat is the dateline's town): "X and" / "X," right before it
    if after is None or after.lemma_.lower() not in UNIT_NOUNS:
        nxt = first
        for t in sorted((t for t in toponyms if t.sentence == first.sentence and t.start_token < first.start_token),
                        key=lambda t: -t.start_token):
            gap = doc[end_of(t) : nxt.start_token]
            if len(gap) == 0 or len(gap) > 2 or any(w.lower_ not in ("and", ",") for w in gap):
                break
            if t.modifier or t.route or t.dateline or t.kind not in SPLIT_KINDS or t.place.iso != first.place.iso \
                    or t.place.location in {first.place.location, *(o.place.location for o in out)}:
                break
            if t.start_token > 0 and doc[t.start_token - 1].lower_ in SPLIT_STOP:
                break
            out.insert(0, t)
            nxt = t
    return out


def decreed_country(place: Evidence[Place] | None, actor1: Evidence[Actor] | None, parsed: Any, sentences: set[int]) -> Evidence[Place] | None:
    """A government's measure told with no place of its own is in that government's country, not at a town another
    paragraph named ("Trinidad and Tobago's parliament extended the state of emergency" in a round-up whose previous
    item was in Belize City): the country, at precision 3. A place its own sentences name stays."""
    a = actor1.value if actor1 is not None else None
    if a is None or not a.name.startswith("Government of ") or not a.country or parsed is None:
        return place
    if place is not None and (place.value.iso == a.country or (place.span is not None and any(parsed.sentences[s].contains(place.span) for s in sentences))):
        return place
    country = geo.index().country(a.country)
    if country is None:
        return place
    return Evidence(value=make_place(country), span=actor1.span, text=actor1.text, stage=STAGE, confidence=0.4)
