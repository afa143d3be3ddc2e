"""Cross-batch fact consistency of the snippet and story gold (WRITERS.md, Places/Actors "One place, one coding").

The same real place must carry the same country, admin1 and coordinates, and the same group the same name, in every
batch. The tool reads every gold event (snippets and stories, all statuses) and lists:

* **places**: every location name (folded as the scorer folds it, evaluate.place_key) coded in one country with more
  than one (admin1, point) — admin1 compared as the scorer compares it, points taken as one within --km (default 5 km,
  half a 0.1-degree cell); precision-3 units are grouped apart from towns of their name (a unit's point is its capital's
  or seat's). Each event off the gazetteer's point (``canonical``: the town or site of that name in the admin1, or the
  unit's capital/seat; ``_OVERRIDES`` for rows read one by one) is listed with it; ``--fix`` moves snippet events of a
  listed name to it (never a unit's own median point, never a story: mend its generator). Then every town or site
  coded anywhere more than 2 x --km from the gazetteer's point, and names that resolve to one gazetteer place coded at
  two points or admin1s (Jowhar/Jawhar); names coded in two countries are listed last (homonyms as a rule);
* **admin spellings**: one admin1 unit (folded key within a country) written more than one way (score-neutral);
* **actors**: names the scorer takes as one actor (evaluate.actor_key: case, diacritics, catalogue aliases, "ABBR: "
  prefix) written differently, the "(YYYY-)" period set aside; near-identical names that score apart (difflib ratio >=
  --ratio, same generic pattern) for a reader; one actor with two inter codes; state forces not at inter 1 at home /
  8 abroad; generic names whose country is spelt otherwise than resources/countries.tsv names it;
* **periods**: "Military/Police Forces of X (YYYY-)" and "Government of X (YYYY-)" labels whose period is not governments.tsv's
  for the event date (transition-day cases are the State-force periods line's, for a reader).

The unseen batches of the session (UNSEEN: snippet files wa38-*, story batch written_am on 2026-11-30 night; set it to the
current session's held-out prefixes) are skipped unless --include-unseen (their writers' own check).

    python eval/tools/consistency.py [--km 5] [--ratio 0.92] [--only places|admin|actors|periods] [--fix] [--include-unseen]
"""

from __future__ import annotations

import argparse
import collections
import difflib
import functools
import json
import re
import sys
from pathlib import Path
from typing import Any, Iterator

from eventcoder.evaluate import actor_key, place_key, split_of
from eventcoder.geo import haversine_km, same_name

ROOT = Path(__file__).resolve().parents[2]
UNSEEN = ("wa38-", "written_am.")
ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
_PERIOD = re.compile(r"\s*\((?:19|20)\d\d-(?:(?:19|20)\d\d)?(?:-\d\d-\d\d)?\)")
_GENERIC = re.compile(r"^(Unidentified [A-Za-z/ ]+|Civilians|Protesters|Rioters|Military Forces of|Police Forces of|Government of)\b")


def gold_files(include_unseen: bool = False) -> list[Path]:
    files = sorted((ROOT / "eval/snippets/src").glob("*.jsonl")) + sorted((ROOT / "eval/stories/src").glob("*.jsonl"))
    return [f for f in files if include_unseen or not f.name.startswith(UNSEEN)]


def events(files: list[Path]) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(record id, split, file name, event index, event) for every gold event."""
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            split = rec.get("split") or split_of(str(rec["id"]))
            for i, ev in enumerate(rec.get("events") or ()):
                yield str(rec["id"]), split, f.name, i, ev


def _ids(items: list[str], n: int = 6) -> str:
    uniq = list(dict.fromkeys(items))
    return ", ".join(uniq[:n]) + (f" (+{len(uniq) - n})" if len(uniq) > n else "")


def _same_admin(a: str | None, b: str | None, iso: str | None) -> bool:
    """Two admin1 names the scorer takes as one unit (folded keys, or two names of one gazetteer unit)."""
    if place_key(a) == place_key(b):
        return True
    return bool(a and b and iso and same_name(a, b, iso))


# Points read one by one where the gazetteer's row is not the place the gold means (eval/snippets/REVIEW.md, 2026-11-29):
# (iso, name) -> (lat, lon, why). Second-level units whose seat has another name take the seat's point (WRITERS Places).
_OVERRIDES = [
    ("IN", "Kupwara", 34.5286, 74.264, "Kupwara town (GeoNames 'Kopawor'; its 'Kupwara' row is a village 55 km south)"),
    ("PK", "Kurram", 33.8997, 70.1001, "seat Parachinar"),
    ("PK", "North Waziristan", 33.0006, 70.0712, "seat Miran Shah"),
    ("ID", "Yahukimo", -4.86, 139.48, "seat Dekai (not in the gazetteer)"),
    ("YE", "Kamaran", 15.34, 42.6, "Kamaran island (the gazetteer's district row sits on the mainland)"),
    ("PG", "Wapenamanda", -5.63, 143.89, "Wapenamanda town (the gazetteer has only the district row, 26 km off)"),
    ("MM", "Maungdaw", 20.82, 92.37, "Maungdaw town (the gazetteer has only the township row, 17 km east)"),
    ("SO", "Harardhere", 4.65, 47.86, "Harardhere town (the gazetteer has only the district row, 115 km north)"),
    ("IN", "Kandhamal", 20.481, 84.2306, "seat Phulbani (the gazetteer's admin2 row is a median point 35 km south)"),
    ("PE", "Pataz@3", -8.2769, -77.2964, "province seat Tayabamba, as the gold's 14 of 17 (the gazetteer's admin2 row is a median point 13 km west)"),
    ("MZ", "Muidumbe", -11.8, 39.78, "seat Namacande, as all the gold (the gazetteer's admin2 row lies 74 km south-east, outside the district)"),
]


def _override(iso: str, name: str, precision: int | None = None) -> tuple[float, float, str] | None:
    """An '@3' name applies to the unit only (Pataz province, seat Tayabamba; the town of Pataz at 1/2 is its own place)."""
    key = place_key(name)
    for o_iso, o_name, lat, lon, why in _OVERRIDES:
        o_name, _, only = o_name.partition("@")
        if only and precision != int(only):
            continue
        if o_iso == iso and place_key(o_name) == key:
            return lat, lon, why
    return None


def canonical(ev: dict[str, Any], km: float) -> tuple[float, float, str] | None:
    """The gazetteer point an event's location stands for (WRITERS Places), or None when the gazetteer does not settle
    it: at precision 1/2 the town or site of that name in the event's country and admin1 (the exact name preferred;
    several of them more than 10 km apart are homonyms, left to a reader); at 3 the unit of that name in the admin1, at
    its capital's or seat's point (geo.unit_capital / geo.unit_seat), else its own point."""
    from eventcoder import geo

    iso, name, a1 = ev.get("iso"), ev.get("location"), ev.get("admin1")
    if not iso or not name:
        return None
    if (o := _override(iso, name, ev.get("geo_precision"))) is not None:
        return o
    idx = geo.index()
    hits = [h for h in idx.lookup(name) if h.place.iso == iso]
    unit = ev.get("geo_precision") == 3
    kinds = ("admin1", "admin2") if unit else ("town", "site")
    pool = [h for h in hits if h.place.kind in kinds]
    if a1:
        pool = [h for h in pool if (h.place.kind == "admin1" and _same_admin(h.place.name, a1, iso))
                or (h.place.admin1 is not None and _same_admin(idx.admin_name(h.place.admin1), a1, iso))]
    exact = [h for h in pool if not h.loose and geo.name_key(h.place.name) == geo.name_key(name)]
    pool = [h.place for h in (exact or pool)]
    if not pool:
        return None
    spread = max(haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) for a in pool for b in pool)
    if spread > 10:
        return None
    best = max(pool, key=lambda p: (p.kind == "admin2" if unit else True, p.population, -p.id))
    if unit:
        seat = geo.unit_capital(best.id) if best.kind == "admin1" else None
        seat = seat or geo.unit_seat(best.id)
        if seat is not None:
            return round(seat.latitude, 4), round(seat.longitude, 4), f"seat {seat.name} of {best.kind} {best.name}"
        return round(best.latitude, 4), round(best.longitude, 4), f"{best.kind} {best.name} (own point)"
    return round(best.latitude, 4), round(best.longitude, 4), f"{best.kind} {best.name}"


def places(files: list[Path], km: float, out: Any, fix: bool = False) -> int:
    """Location names coded with more than one (country, admin1, point); returns the number of groups listed.

    Events at precision 3 (a unit, at its seat's point) are grouped apart from events at 1 or 2 (a town): a unit and
    a town may share a name and not a point."""
    groups: dict[tuple[str, str, bool], list[tuple[str, str, dict[str, Any]]]] = collections.defaultdict(list)
    countries: dict[str, set[str]] = collections.defaultdict(set)
    where: dict[int, tuple[str, int]] = {}  # id(event) -> (file name, event index)
    for rid, split, fname, i, ev in events(files):
        key = place_key(ev.get("location"))
        if key and ev.get("latitude") is not None and ev.get("longitude") is not None:
            country = (ev.get("country") or "").strip()
            groups[(key, country, ev.get("geo_precision") == 3)].append((rid, split, ev))
            where[id(ev)] = (fname, i)
            countries[key].add(country)
    listed = 0
    fixes: dict[tuple[str, str, int], tuple[float, float]] = {}
    for key, country, unit in sorted(groups):
        variants: list[dict[str, Any]] = []  # each: admin1, lat, lon, members
        for rid, split, ev in groups[(key, country, unit)]:
            lat, lon = float(ev["latitude"]), float(ev["longitude"])
            for v in variants:
                if _same_admin(ev.get("admin1"), v["admin1"], ev.get("iso")) and haversine_km(lat, lon, v["lat"], v["lon"]) <= km:
                    v["members"].append((rid, split, ev))
                    break
            else:
                variants.append({"admin1": ev.get("admin1"), "lat": lat, "lon": lon, "members": [(rid, split, ev)]})
        if len(variants) < 2:
            continue
        listed += 1
        spread = max(haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) for a in variants for b in variants)
        kinds = []
        if any(not _same_admin(a["admin1"], b["admin1"], a["members"][0][2].get("iso")) for a in variants for b in variants):
            kinds.append("admin1")
        if spread > km:
            kinds.append(f"points {spread:.0f} km apart")
        print(f"{key} ({country}{', unit at 3' if unit else ''}): {len(variants)} codings — {', '.join(kinds)}", file=out)
        for v in sorted(variants, key=lambda v: -len(v["members"])):
            precs = collections.Counter(m[2].get("geo_precision") for m in v["members"])
            spell = collections.Counter(m[2].get("location") for m in v["members"])
            admins = collections.Counter(m[2].get("admin1") for m in v["members"])
            print(
                f"    {len(v['members']):3d}x {'|'.join(str(a) for a in admins)} / ({v['lat']}, {v['lon']}) "
                f"prec {dict(precs)} as {'|'.join(str(s) for s in spell)}: {_ids([f'{m[0]}[{m[1][:2]}]' for m in v['members']])}",
                file=out,
            )
        for rid, split, ev in groups[(key, country, unit)]:
            canon = canonical(ev, km)
            if canon is None:
                continue
            off = haversine_km(float(ev["latitude"]), float(ev["longitude"]), canon[0], canon[1])
            if off > km:
                fname, i = where[id(ev)]
                story = fname.startswith("written_") or fname == "centcom.jsonl"
                print(f"      -> {rid} {off:.0f} km off the gazetteer's {canon[2]} ({canon[0]}, {canon[1]})"
                      f"{' [story: mend its generator]' if story else ' [unit with no seat: read it]' if 'own point' in canon[2] else ''}", file=out)
                if not story and "own point" not in canon[2]:
                    fixes[(fname, rid, i)] = (canon[0], canon[1])
    if fix and fixes:
        _apply(fixes, out)
    homonyms = sorted(k for k, cs in countries.items() if len(cs) > 1)
    if homonyms:
        print(f"\n# {len(homonyms)} names coded in more than one country (homonyms as a rule; check any that is one place):", file=out)
        for k in homonyms:
            print(f"  {k}: {', '.join(sorted(countries[k]))}", file=out)
    return listed


def singles(files: list[Path], km: float, out: Any) -> int:
    """Towns and sites (precision 1/2) coded at a point more than ``km`` from the gazetteer's point of their name, also
    when the place is coded only once (the places part lists only names coded two ways)."""
    listed = 0
    for rid, split, fname, _, ev in events(files):
        if ev.get("geo_precision") not in (1, 2) or ev.get("latitude") is None or not ev.get("location"):
            continue
        canon = canonical(ev, km)
        if canon is None:
            continue
        off = haversine_km(float(ev["latitude"]), float(ev["longitude"]), canon[0], canon[1])
        if off > km:
            listed += 1
            print(f"{off:5.0f} km {rid}[{split[:2]}] {ev.get('location')!r} ({ev['latitude']}, {ev['longitude']}) -> {canon[2]}"
                  f" ({canon[0]}, {canon[1]})", file=out)
    return listed


def aliases(files: list[Path], km: float, out: Any) -> int:
    """One gazetteer town or site coded under several names (Jowhar/Jawhar, Zamzam/Zamzam camp) at points more than
    ``km`` apart or in two admin1 spellings the scorer does not fold: names that resolve to exactly one gazetteer place."""
    from eventcoder import geo

    idx = geo.index()
    by_name: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = collections.defaultdict(list)
    for rid, split, fname, _, ev in events(files):
        if ev.get("location") and ev.get("latitude") is not None and ev.get("geo_precision") in (1, 2):
            by_name[(ev.get("iso") or "", ev["location"])].append((f"{rid}[{split[:2]}]", ev))
    by_pid: dict[int, list[tuple[str, str]]] = collections.defaultdict(list)
    for iso, name in by_name:
        hits = {h.place.id for h in idx.lookup(name) if h.place.iso == iso and h.place.kind in ("town", "site") and not h.loose}
        if len(hits) == 1:
            by_pid[hits.pop()].append((iso, name))
    listed = 0
    for pid, keys in by_pid.items():
        if len({place_key(k[1]) for k in keys}) < 2:
            continue  # one name: the places part lists it
        pts = [(name, rid, ev) for (iso, name) in keys for rid, ev in by_name[(iso, name)]]
        far = max(haversine_km(a[2]["latitude"], a[2]["longitude"], b[2]["latitude"], b[2]["longitude"]) for a in pts for b in pts)
        admins = [a[2].get("admin1") for a in pts]
        split_admin = any(not _same_admin(a, b, keys[0][0]) for a in admins for b in admins)
        if far <= km and not split_admin:
            continue
        listed += 1
        p = idx.place(pid)
        names = collections.Counter(x[0] for x in pts)
        points = collections.Counter((x[2]["latitude"], x[2]["longitude"]) for x in pts)
        print(f"{p.name} ({p.iso}) gazetteer ({p.latitude:.4f}, {p.longitude:.4f}), spread {far:.0f} km"
              f"{', admin1 ' + '|'.join(sorted({str(a) for a in admins})) if split_admin else ''}: names {dict(names)}; points {dict(points.most_common(4))}"
              f"; off: {_ids([x[1] for x in pts if haversine_km(x[2]['latitude'], x[2]['longitude'], p.latitude, p.longitude) > km], 6)}", file=out)
    return listed


def _apply(fixes: dict[tuple[str, str, int], tuple[float, float]], out: Any) -> None:
    """Rewrite snippet events' points (file name, record id, event index) -> (lat, lon); other lines byte-identical."""
    by_file: dict[str, dict[tuple[str, int], tuple[float, float]]] = collections.defaultdict(dict)
    for (fname, rid, i), point in fixes.items():
        by_file[fname][(rid, i)] = point
    for fname, todo in by_file.items():
        path = ROOT / "eval/snippets/src" / fname
        lines = path.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines):
            if not line.strip():
                continue
            rec = json.loads(line)
            changed = False
            for i, ev in enumerate(rec.get("events") or ()):
                if (str(rec["id"]), i) in todo:
                    ev["latitude"], ev["longitude"] = todo[(str(rec["id"]), i)]
                    changed = True
            if changed:
                lines[n] = json.dumps(rec, ensure_ascii=False)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"# fixed {len(fixes)} snippet events in {len(by_file)} files", file=out)


def admin_spellings(files: list[Path], out: Any) -> int:
    """One admin1 unit (folded key within a country) written more than one way."""
    groups: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    ids: dict[tuple[str, str, str], list[str]] = collections.defaultdict(list)
    for rid, split, fname, _, ev in events(files):
        a1 = ev.get("admin1")
        if not a1:
            continue
        k = (ev.get("country") or "", place_key(a1) or a1)
        groups[k][a1] += 1
        ids[(*k, a1)].append(f"{rid}[{split[:2]}]")
    listed = 0
    for k in sorted(groups):
        if len(groups[k]) > 1:
            listed += 1
            parts = "; ".join(f"{s!r} {n}x: {_ids(ids[(*k, s)], 4)}" for s, n in groups[k].most_common())
            print(f"{k[0]} / {k[1]}: {parts}", file=out)
    return listed


@functools.cache
def _key(name: str) -> str:
    return actor_key(name) or name


@functools.cache
def _country_spellings() -> dict[str, str]:
    """A country's other spellings (resources/countries.tsv aliases) -> its name there, for "Civilians (X)"-style names."""
    out: dict[str, str] = {}
    for line in (ROOT / "src/eventcoder/resources/countries.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            parts = line.split("\t")
            for alias in (parts[2].split("|") if len(parts) > 2 else []):
                if alias and alias[0].isupper() and " " in alias or alias in ("Eswatini", "Swaziland", "Burma", "Czechia", "Turkiye"):
                    out.setdefault(alias, parts[1])
    return out


def _bare(name: str) -> str:
    return _PERIOD.sub("", name).strip()


def actors(files: list[Path], ratio: float, out: Any) -> int:
    """Actor names spelt more than one way: same scorer key, different spelling; and near-identical names."""
    by_key: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    ids: dict[str, list[str]] = collections.defaultdict(list)
    for rid, split, fname, _, ev in events(files):
        for field in ACTOR_FIELDS:
            name = ev.get(field)
            if not name or not isinstance(name, str):
                continue
            bare = _bare(name)
            by_key[_key(bare)][bare] += 1
            ids[bare].append(f"{rid}[{split[:2]}]")
    listed = 0
    print("# one actor (as the scorer folds it) spelt more than one way", file=out)
    for key in sorted(by_key):
        if len(by_key[key]) > 1:
            listed += 1
            parts = "; ".join(f"{s!r} {n}x: {_ids(ids[s], 4)}" for s, n in by_key[key].most_common())
            print(f"{key}: {parts}", file=out)
    print(f"\n# near-identical names that score apart (ratio >= {ratio}; read each)", file=out)
    names = sorted({s for c in by_key.values() for s in c})
    folded = {n: re.sub(r"[^a-z0-9() ]", "", n.lower()) for n in names}
    seen_pairs = 0
    for i, a in enumerate(names):
        ga = _GENERIC.match(a)
        for b in names[i + 1:]:
            if _key(a) == _key(b):
                continue
            gb = _GENERIC.match(b)
            if (ga and gb and ga.group(1) == gb.group(1)):
                # generic names differ by their country: "Civilians (Niger)" and "Civilians (Nigeria)" are two actors;
                # compare the country part only for spellings of one country ("(DRC)" / "(Democratic Republic of Congo)")
                ca, cb = a[ga.end():].strip(" ()"), b[gb.end():].strip(" ()")
                if difflib.SequenceMatcher(None, ca.lower(), cb.lower()).ratio() < 0.9 or ca.rstrip("a") == cb.rstrip("a"):
                    continue
            elif ga or gb:
                continue  # a generic name and another kind, or two kinds of generic name (Protesters / Rioters)
            r = difflib.SequenceMatcher(None, folded[a], folded[b]).ratio()
            if r >= ratio:
                seen_pairs += 1
                print(f"{r:.2f} {a!r} {sum(by_key[_key(a)].values())}x ~ {b!r}: {_ids(ids[a], 3)} | {_ids(ids[b], 3)}", file=out)
    print("\n# one actor with more than one inter code (state forces abroad take 8: listed only when home and abroad mix oddly)", file=out)
    inters: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    inter_ids: dict[tuple[str, Any], list[str]] = collections.defaultdict(list)
    for rid, split, fname, _, ev in events(files):
        for field, ifield in (("actor1", "inter1"), ("actor2", "inter2")):
            name = ev.get(field)
            if isinstance(name, str) and ev.get(ifield) is not None:
                bare = _bare(name)
                inters[bare][ev[ifield]] += 1
                inter_ids[(bare, ev[ifield])].append(f"{rid}[{split[:2]}]")
    mixed = 0
    for bare in sorted(inters):
        codes = inters[bare]
        if len(codes) < 2 or (set(codes) == {1, 8} and bare.startswith(("Military Forces of", "Police Forces of", "Government of"))):
            continue
        mixed += 1
        print(f"{bare!r}: " + "; ".join(f"inter {k} {n}x: {_ids(inter_ids[(bare, k)], 4)}" for k, n in codes.most_common()), file=out)
    print("\n# state forces not at inter 1 at home / 8 abroad, by (force's country, event country, inter) — Somali member"
          " states, France's overseas territories and New Caledonia, Morocco in Western Sahara are home (REVIEW.md)", file=out)
    odd_state: dict[tuple[str, str, Any], list[str]] = collections.defaultdict(list)
    for rid, split, fname, _, ev in events(files):
        for field, ifield in (("actor1", "inter1"), ("actor2", "inter2")):
            name = ev.get(field)
            m = re.match(r"^(?:Military|Police) Forces of (?:the )?([^()]+?)\s*(?:\(|$)", name) if isinstance(name, str) else None
            if not m:
                continue
            country = m.group(1).strip()
            home = country.lower() == (ev.get("country") or "").lower()
            if ev.get(ifield) != (1 if home else 8):
                odd_state[(country, ev.get("country") or "", ev.get(ifield))].append(f"{rid}[{split[:2]}]")
    for (country, where, inter), rids in sorted(odd_state.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(rids):3d}x forces of {country} in {where}, inter {inter}: {_ids(rids, 4)}", file=out)
    print("\n# generic names whose country is spelt otherwise than countries.tsv names it", file=out)
    spell = _country_spellings()
    odd = 0
    for n in names:
        m = re.match(r"^(.*) \(([^()]+)\)$", n)
        if m and m.group(2) in spell and spell[m.group(2)] != m.group(2):
            odd += 1
            print(f"{n!r} -> {m.group(1)} ({spell[m.group(2)]}): {_ids(ids[n], 4)}", file=out)
    return listed + seen_pairs + odd + mixed


_STATE_LABEL = re.compile(r"^(Military Forces of|Police Forces of|Government of) (.+?) \((\d{4})-(\d{4})?\)(?: (.*))?$")


def periods(files: list[Path], out: Any) -> int:
    """State-force and government labels whose "(YYYY-)" period is not governments.tsv's for the event date (WRITERS
    State-force periods); catalogue names with a fixed period ("... (2016-) Supreme Political Council") are skipped, and
    the line's transition-day cases (outgoing forces, fallen officials) are listed for a reader."""
    import datetime as dt
    from eventcoder import catalogue as C

    name_iso: dict[str, str] = {}
    for iso in C.governments():
        name_iso.setdefault(C.country_phrase(iso), iso)
        if C.country_name(iso):
            name_iso.setdefault(C.country_name(iso), iso)
    known = C.by_name()
    off: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    for rid, split, fname, _, ev in events(files):
        for field in ACTOR_FIELDS:
            name = ev.get(field)
            if not isinstance(name, str) or name in known:
                continue
            m = _STATE_LABEL.match(name)
            if not m or m.group(2) not in name_iso:
                continue
            try:
                day = dt.date.fromisoformat(ev.get("event_date") or "")
            except ValueError:
                continue
            kind = {"Military Forces of": "military", "Police Forces of": "police", "Government of": "government"}[m.group(1)]
            want = C.state_forces(kind, name_iso[m.group(2)], day)
            have = name if not m.group(5) else name[: -len(m.group(5)) - 1]
            if have != want:
                off[(have, want)].append(f"{rid}[{split[:2]}]@{day}")
    for (have, want), tags in sorted(off.items(), key=lambda kv: -len(kv[1])):
        print(f"{len(tags):4d} {have!r} -> {want!r}: {_ids(tags, 6)}", file=out)
    return len(off)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--km", type=float, default=5.0, help="points closer than this are one point (default 5, half a 0.1-degree cell)")
    ap.add_argument("--ratio", type=float, default=0.92, help="near-identical actor names threshold (default 0.92)")
    ap.add_argument("--only", choices=("places", "admin", "actors", "periods"))
    ap.add_argument("--fix", action="store_true", help="move snippet events of a listed place to the gazetteer's point")
    ap.add_argument("--include-unseen", action="store_true", help="also read the session's unseen batches (writers only)")
    args = ap.parse_args(argv)
    files = gold_files(args.include_unseen)
    out = sys.stdout
    counts = {}
    if args.only in (None, "places"):
        print("## places: one location name, several (country, admin1, point)", file=out)
        counts["places"] = places(files, args.km, out, args.fix)
        print(f"\n## towns and sites more than {2 * args.km:g} km from the gazetteer's point (any place, coded once or more)", file=out)
        counts["singles"] = singles(files, 2 * args.km, out)
        print("\n## one gazetteer place under several names", file=out)
        counts["aliases"] = aliases(files, args.km, out)
    if args.only in (None, "admin"):
        print("\n## admin1 written more than one way", file=out)
        counts["admin"] = admin_spellings(files, out)
    if args.only in (None, "actors"):
        print("\n## actors", file=out)
        counts["actors"] = actors(files, args.ratio, out)
    if args.only in (None, "periods"):
        print("\n## state-force and government periods other than governments.tsv's for the event date", file=out)
        counts["periods"] = periods(files, out)
    print("\n# listed: " + ", ".join(f"{k} {v}" for k, v in counts.items()), file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
