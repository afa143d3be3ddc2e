"""Read side of the gazetteer: a read-only SQLite index in the user cache directory, built on first use."""

from __future__ import annotations

import functools
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from ..resources import read_text
from .build import build, index_path
from .names import loose_key, split_generic


@dataclass(frozen=True, slots=True, kw_only=True)
class GeoPlace:
    id: int  # row id in the index (stable for one build only)
    geonames_id: int | None
    name: str
    kind: str  # country | admin1 | admin2 | town | site
    iso: str
    admin1: int | None  # index id of the admin1 unit
    admin2: int | None
    code: str | None  # GeoNames admin code ("SY.12") for admin units, alpha-2 for countries
    latitude: float
    longitude: float
    population: int


@dataclass(frozen=True, slots=True)
class Hit:
    place: GeoPlace
    loose: bool  # found only through the loose (transliteration-folded) key
    preferred: int  # 0 alternate name, 1 GeoNames name / admin alias, 2 country name, 3 project resource, 4 country alias or adjective


class Index:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    @property
    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    @functools.lru_cache(maxsize=50_000)
    def place(self, pid: int) -> GeoPlace | None:
        row = self._con.execute("SELECT * FROM place WHERE id=?", (pid,)).fetchone()
        return _row(row) if row else None

    @functools.lru_cache(maxsize=100_000)
    def _hits(self, key: str) -> tuple[tuple[int, int, int], ...]:
        return tuple(self._con.execute("SELECT place, loose, pref FROM name WHERE key=?", (key,)).fetchall())

    def lookup(self, text: str, *, loose: bool = True) -> tuple[Hit, ...]:
        """Places a name may refer to: strict-key hits, else (if ``loose``) loose-key hits."""
        key = split_generic(text)[0]
        if not key:
            return ()
        rows = [r for r in self._hits(key) if r[1] == 0]
        if not rows and loose and len(key) >= 4:
            # found only through the folded key: every hit is a transliteration match ("Ein Issa" is not "Inisa")
            rows = [(pid, 1, pref) for pid, _lo, pref in self._hits(loose_key(key))]
        out = []
        for pid, is_loose, pref in rows:
            p = self.place(pid)
            if p is not None:
                out.append(Hit(p, bool(is_loose), pref))
        return tuple(out)

    def has_key(self, text: str) -> bool:
        key = split_generic(text)[0]
        return bool(key) and bool(self._hits(key))

    def admin_name(self, pid: int | None) -> str | None:
        p = self.place(pid) if pid else None
        return p.name if p else None

    def in_country(self, iso: str, kinds: tuple[str, ...] = ("town", "site", "admin1", "admin2")) -> list[tuple[str, int]]:
        """(name, id) of every place of a country (for fuzzy matching inside a country in context)."""
        marks = ",".join("?" * len(kinds))
        return self._con.execute(f"SELECT name, id FROM place WHERE iso=? AND kind IN ({marks})", (iso, *kinds)).fetchall()

    @functools.lru_cache(maxsize=512)
    def neighbours(self, iso: str) -> frozenset[str]:
        """Countries bordering ``iso`` (GeoNames), and a dependent territory's state and its other territories
        (territories.tsv: New Caledonia and France are no strangers to each other)."""
        out = {r[0] for r in self._con.execute("SELECT other FROM neighbour WHERE iso=?", (iso,))}
        states = _territories()
        state = states.get(iso)
        out |= {state} if state else set()
        out |= {t for t, s in states.items() if s in (iso, state) and t != iso}
        return frozenset(out)

    def country(self, iso: str) -> GeoPlace | None:
        return self._countries().get(iso)

    @functools.lru_cache(maxsize=1)
    def _countries(self) -> dict[str, GeoPlace]:
        """Every country row, read in one scan of the table (there is no index on kind: one query per
        country cost ~40 ms each), kept in the disk cache beside the index (eventcoder.diskcache): the scan reads
        the whole table, 18 ms of every process's first article (more when the file is not in memory)."""
        from ..diskcache import cached

        stat = self.path.stat()
        return cached("countries", [self.path.name, str(stat.st_size), str(stat.st_mtime_ns), Path(__file__).read_bytes()], self._country_rows)

    def _country_rows(self) -> dict[str, GeoPlace]:
        out: dict[str, GeoPlace] = {}
        for row in self._con.execute("SELECT * FROM place WHERE kind='country' ORDER BY id"):
            out.setdefault(row[4], _row(row))
        return out


@functools.cache
def _territories() -> dict[str, str]:
    """Dependent territory alpha2 -> its state's alpha2 (resources/territories.tsv)."""
    rows = (line.split("\t") for line in read_text("territories.tsv").splitlines() if line.strip() and not line.startswith("#"))
    return {r[0]: r[1] for r in rows}


def _row(row: tuple) -> GeoPlace:
    pid, gid, name, kind, iso, a1, a2, code, lat, lon, pop = row
    if kind == "admin1":
        a1 = pid
    return GeoPlace(id=pid, geonames_id=gid, name=name, kind=kind, iso=iso, admin1=a1, admin2=a2 if kind != "admin2" else pid,
                    code=code, latitude=lat, longitude=lon, population=pop or 0)


_lock = threading.Lock()


@functools.cache
def index() -> Index:
    """The gazetteer index, built into the cache directory the first time (about a minute)."""
    path = index_path()
    with _lock:
        if not path.exists():
            import fcntl

            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path.parent / "gazetteer.lock", "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be building it: wait, then reuse
                if not path.exists():
                    build(path)
                    for old in path.parent.glob("gazetteer-*.sqlite"):
                        if old != path:
                            old.unlink(missing_ok=True)
    return Index(path)
