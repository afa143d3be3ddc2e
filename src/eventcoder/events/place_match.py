"""Stated places of mentions and whether two places conflict (another country, town or region)."""

from __future__ import annotations

from typing import Any, Sequence

from ..records import MentionFacts, Toponym
from ..syntax import clause_verb

# the parser's entity labels of places (a name under a place preposition of a clause places it)


def same_place(a: Any, b: Any) -> bool:
    """The same town, or two readings of it ("Kantharalak" and the district "Amphoe Kantharalak"): within 10 km."""
    from ..geo.build import haversine_km

    if a.iso != b.iso or (a.geo_precision == 3) != (b.geo_precision == 3):
        return False
    return a.location == b.location or haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= 10


def stated_place(f: MentionFacts) -> Any | None:
    return f.place.value if f.place is not None and f.place.confidence >= 0.8 else None


def place_conflict(a: Any | None, b: Any | None) -> bool:
    """Are two places apart: another country, a town outside the region named, or two towns — not a quarter and the
    town it is in ("on Langstrasse" in Zurich, ``geo.within_town``)?"""
    if a is None or b is None:
        return False
    if a.iso != b.iso:
        return True
    if (a.geo_precision == 3) != (b.geo_precision == 3) and a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return True  # a town outside the region named
    if a.location == b.location or a.geo_precision == 3 or b.geo_precision == 3:
        return False
    from ..geo import within_town

    return not (within_town(a, b) or within_town(b, a))


NEAR_KM = 50  # a reference naming a place this close to its event's ("the exchange of fire at the Bannu check post")


def reference_conflict(a: Any | None, b: Any | None) -> bool:
    """Does a reference's stated place ``a`` conflict with its antecedent's ``b``? As ``place_conflict``, but two towns
    or sites of one country within ``NEAR_KM`` are one scene told twice ("a check post in the area of Jani Khel, Bannu
    District" ... "the exchange of fire at the Bannu check post")."""
    if not place_conflict(a, b):
        return False
    from ..geo.build import haversine_km

    return not (a.iso == b.iso and a.geo_precision < 3 and b.geo_precision < 3
                and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEAR_KM)


def bearing_pairs(toponyms: Sequence[Toponym], doc: Any) -> list[tuple[Toponym, Toponym]]:
    """(town, reference) pairs of towns the text ties into one scene by a bearing: a town told with where it lies from
    another ("a protest in Mamelodi, east of Pretoria", "Sanabis, 10 km west of Manama"; a stated distance at most
    ``NEAR_KM``). The reference only says where the town is."""
    from ..geo.resolve import JOIN_HYPHENS  # (events imports geo)
    from ..resources import word_lists

    words = word_lists("place_words.toml")
    compass = words["compass"] | {w for w in words["route_words"] if "-" in w}
    units = words["distances"]
    fillers = words["bearing_fillers"]
    towns = sorted((t for t in toponyms if t.kind in ("town", "site") and not t.dateline), key=lambda t: (t.sentence, t.start_token))
    out: list[tuple[Toponym, Toponym]] = []
    for a, b in zip(towns, towns[1:]):
        if a.sentence != b.sentence or a.place.iso != b.place.iso or a.place.location == b.place.location:
            continue
        end = doc.char_span(a.span.start, a.span.end, alignment_mode="expand")
        gap = [w.lower_ for w in doc[end.end if end is not None else a.start_token + 1 : b.start_token] if w.text not in JOIN_HYPHENS]  # ("north-east")
        if len(gap) < 3 or gap[0] != "," or gap[-1] != "of" or not any(w in compass for w in gap[1:-1]):
            continue
        numbers = [float(w.replace(",", "")) for w in gap[1:-1] if w.replace(".", "").replace(",", "").isdigit()]
        if len(numbers) > 1 or not all(w in compass or w in units or w in fillers or w.replace(".", "").replace(",", "").isdigit() for w in gap[1:-1]):
            continue
        # a stated distance must be short; a bare bearing ties the two whatever the gazetteer's namesake says
        if (numbers[0] <= NEAR_KM and any(w in units for w in gap)) if numbers else True:
            out.append((a, b))
    return out


UNIT_PLACE_KINDS = ("admin1", "admin2", "region")


def located_units(toponyms: Sequence[Toponym], doc: Any) -> list[tuple[Toponym, Toponym]]:
    """(town, unit) pairs where an appositive after a town says which unit it lies in ("In Kananga, in the central Kasai
    region, police shot dead ...", "a bar in Poza Rica, in the Gulf coast state of Veracruz", "police in Namangan, in the
    Fergana valley"): the unit only says where the town is, whichever unit the gazetteer files the town under (Kananga is
    in Kasai Central) and even when the unit's name is also a town's (Veracruz). A list ("in Gao, in Kidal and in Menaka")
    is no such pair."""
    from ..resources import word_lists

    words = word_lists("place_words.toml")
    units = words["admin_units"] | words["natural_regions"]
    fillers = words["qualifiers"] | words["compass"] | {"the", "of", "'s", "\u2019s"}
    named = sorted((t for t in toponyms if not t.dateline), key=lambda t: (t.sentence, t.start_token))
    out: list[tuple[Toponym, Toponym]] = []
    for a, b in zip(named, named[1:]):
        if a.kind not in ("town", "site") or b.kind == "country" or a.sentence != b.sentence or a.place.iso != b.place.iso \
                or a.place.location == b.place.location:
            continue
        a_span = doc.char_span(a.span.start, a.span.end, alignment_mode="expand")
        b_span = doc.char_span(b.span.start, b.span.end, alignment_mode="expand")
        if a_span is None or b_span is None:
            continue
        gap = doc[a_span.end : b_span.start]
        if len(gap) < 2 or len(gap) > 8 or gap[0].text != "," or gap[1].lower_ != "in" or not all(
                w.lower_ in fillers or (w.pos_ in ("ADJ", "NOUN", "PROPN") and w.is_alpha) for w in gap[2:]):
            continue
        after = [w.lower_ for w in doc[b_span.end : b_span.end + 3]]
        if after and after[0] in units:
            after = after[1:]  # "the Fergana valley", "San Pedro department"
        if after and (after[0] in ("and", "or") or after[0] == "," and after[1:2] and after[1] in ("and", "or", "in")):
            continue  # "in Gao, in Kidal and in Menaka"
        said = [w.lower_ for w in gap[-2:]]
        unit_after = b_span.end < len(doc) and doc[b_span.end].lower_ in units
        if b.kind in UNIT_PLACE_KINDS or (said[-1] == "of" and said[0] in units) or unit_after:
            out.append((a, b))  # (a town's namesake needs its unit said: "the state of Veracruz", "the Fergana valley")
    return out


def route_ends(toponyms: Sequence[Toponym], doc: Any) -> list[Toponym]:
    """Towns named as where a road leads ("blocked the highway to Georgetown", "the main road to Conakry"): the road is
    told by its end; the scene is the town the sentence tells the people at ("Residents of the mining town of Linden")."""
    from ..resources import word_lists

    words = word_lists("place_words.toml")
    out = []
    for t in toponyms:
        i = t.start_token
        while i > 0 and doc[i - 1].lower_ == "the":
            i -= 1
        if i >= 2 and doc[i - 1].lower_ in ("to", "towards", "toward") and doc[i - 2].lower_ in words["routes"]:
            out.append(t)
    return out


def tied_towns(toponyms: Sequence[Toponym], doc: Any) -> frozenset[frozenset[str]]:
    """Pairs of town names ``bearing_pairs`` ties: one scene told by either name, never two places: a riot placed at one
    and its arson at the other is one riot, whatever namesake the gazetteer found for the smaller town."""
    return frozenset(frozenset((a.place.location, b.place.location)) for a, b in bearing_pairs(toponyms, doc))


def told_of_trigger(doc: Any, trigger_head: int, span: Any) -> bool:
    """Does a place in the trigger's sentence hang on the trigger's own clause, not on a clause that only says what the
    people want or said ("The protesters had gathered to demand that Egypt do more to get aid into Gaza": Gaza is no place
    of the gathering)? A place outside the trigger's clause tree keeps its say."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None:
        return True
    own, theirs = clause_verb(doc[trigger_head]), clause_verb(tokens.root)
    if own is None or theirs is None or own == theirs:
        return True
    from .cues import cues

    if theirs.lemma_.lower() in cues().flight_verbs:
        return False  # where people fled, whichever clause the parser hung on which ("One soldier was martyred ...; the
        # attackers fled towards the Hamrin hills", with "martyred" hung on "fled")
    if own not in theirs.ancestors:
        return True
    path = []
    node = theirs
    while node != own:
        path.append(node)
        node = node.head
    # what is demanded or said ("to demand that Egypt do more to get aid into Gaza"), or where people fled to ("The
    # clashes forced thousands to flee into Ethiopia"), not a clause telling where it happened ("as small crowds
    # gathered in Cairo's Tahrir Square", "fired tear gas to disperse protesters in Suez"); nor the clause of an event
    # the trigger came after or before ("The shelling came hours after India struck sites in Pakistan")
    links = cues().recall_links
    return not any(t.dep_ == "ccomp" or t.lemma_.lower() in cues().flight_verbs
                   or any(ch.dep_ == "mark" and ch.lower_ in links for ch in t.children) for t in path)
