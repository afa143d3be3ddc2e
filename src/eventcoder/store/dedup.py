"""Deduplication across articles: is this mention a report of an event already in the store?

Pure functions over flat rows (dicts with the columns of ``schema.events`` / ``schema.clusters``); the store
decides which clusters are candidates and writes the result. A mention joins the best compatible cluster:
- compatible sub-type family (the three political-violence types report one attack in different words;
  protests and riots likewise; each strategic development sub-type stands alone);
- dates within one day, widened by the stated precision (a week-precise date spans its week);
- places within 25 km (12 km when both reports name a different town), or the same admin2, or — when either
  place is only a region (precision 3), for the same sub-type — the same admin1 (or no admin1 stated) in the
  same country; when one report gives no place at all, the other report's place named in its text (the
  caller looks that up: ``named_in``);
- compatible actors: a named actor on one side must not contradict a named actor on the other (unidentified
  groups, civilians, protesters and rioters are compatible with anyone of the same kind of role).
Every merge carries a human-readable reason and a score.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from ..catalogue import is_generic
from ..geo import haversine_km

Row = Mapping[str, Any]

MERGEABLE_STATUSES = ("current", "background")
VIOLENCE = ("Battles", "Explosions/Remote violence", "Violence against civilians")
DEMONSTRATIONS = ("Protests", "Riots")
MAX_KM = 25.0
# two reports that each name a different town (precision 1) describe one place only if the towns adjoin
# (a city and its suburb); further apart, the towns are two places
NAMED_MAX_KM = 12.0
DATE_SLACK = dt.timedelta(days=1)
# rows loaded from other datasets may write an unnamed actor "Unknown ..."
UNKNOWN = "Unknown"


# destruction of property is coded as a strategic development, but reports of the same riot or attack often
# describe it as the burning or looting alone; an intercepted strike ("air defences downed drones over X") is
# reported by others as the strike itself; a town changing hands without a fight is reported by others as
# the army or the group taking it
LINKED_FAMILIES = {
    "Strategic developments/Looting/property destruction": frozenset({"violence", "demonstrations"}),
    "Strategic developments/Disrupted weapons use": frozenset({"violence"}),
    "Strategic developments/Non-violent transfer of territory": frozenset({"violence"}),
}


def families_compatible(fa: str, fb: str) -> bool:
    return fa == fb or fb in LINKED_FAMILIES.get(fa, ()) or fa in LINKED_FAMILIES.get(fb, ())


def family(event_type: str, sub_event_type: str) -> str:
    if event_type in VIOLENCE:
        return "violence"
    if event_type in DEMONSTRATIONS:
        return "demonstrations"
    return f"{event_type}/{sub_event_type}"


def _as_date(v: Any) -> dt.date | None:
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v)[:10])


def date_window(row: Row, slack: dt.timedelta = DATE_SLACK) -> tuple[dt.date, dt.date] | None:
    """The days the event may have happened on, widened by ``slack`` each side."""
    lo, hi = _as_date(row.get("earliest")), _as_date(row.get("latest"))
    if lo is None or hi is None:
        d = _as_date(row.get("event_date"))
        if d is None:
            return None
        lo = hi = d
    return lo - slack, hi + slack


def generic(actor: str | None) -> bool:
    return actor is None or is_generic(actor) or actor.startswith(UNKNOWN)


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    reason: str


def _actors(a: Row, b: Row) -> tuple[bool, str, float]:
    named_a = {x for x in (a.get("actor1"), a.get("actor2")) if not generic(x)}
    named_b = {x for x in (b.get("actor1"), b.get("actor2")) if not generic(x)}
    shared = named_a & named_b
    if shared:
        return True, f"shared actor {', '.join(sorted(shared))}", 1.0
    a1, b1 = a.get("actor1"), b.get("actor1")
    if not generic(a1) and not generic(b1) and a1 != b1:
        # two different named perpetrators: different events, unless one names the other as its target
        if a1 not in named_b and b1 not in named_a:
            return False, f"different actors {a1} / {b1}", 0.0
    # the same kind of generic actor, or one side unnamed
    if a1 and b1 and a1 == b1:
        return True, f"same actor {a1}", 0.8
    return True, "no conflicting actors", 0.5


_WORD = re.compile(r"\w+")


def place_names(row: Row, texts: Iterable[str | None] = ()) -> set[str]:
    """The names a located report gives its place: the gazetteer name and the words of the report."""
    if row.get("latitude") is None:
        return set()
    return {n.strip() for n in (row.get("location"), *texts) if n and len(n.strip()) >= 3}


def named_in(names: Iterable[str], text: str) -> str | None:
    """The first of ``names`` (longest first) that the text mentions as whole words, case aside."""
    for name in sorted(set(names), key=lambda n: (-len(n), n)):
        words = _WORD.findall(name)
        if words and re.search(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", text, re.IGNORECASE):
            return name
    return None


def _place(a: Row, b: Row, named: str | None = None) -> tuple[bool, str, float]:
    if a.get("iso") and b.get("iso") and a["iso"] != b["iso"]:
        return False, "different countries", 0.0
    if a.get("latitude") is None or b.get("latitude") is None:
        if named and (a.get("latitude") is not None or b.get("latitude") is not None):
            return True, f"the unlocated report names {named}", 0.4
        return False, "no place", 0.0
    dist = haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    pa, pb = a.get("geo_precision") or 3, b.get("geo_precision") or 3
    if pa == pb == 1 and a.get("location") != b.get("location") and dist > NAMED_MAX_KM:
        # the same district does not make two named towns one place
        return False, f"two towns {a.get('location')} / {b.get('location')} {dist:.0f} km apart", 0.0
    if a.get("admin2") and a.get("admin2") == b.get("admin2") and a.get("admin1") == b.get("admin1"):
        if dist <= MAX_KM:
            return True, f"{dist:.0f} km apart, same admin2 {a['admin2']}", 1.0 - dist / (4 * MAX_KM)
        return True, f"same admin2 {a['admin2']}", 0.6
    if dist <= MAX_KM and (pa < 3 and pb < 3 or a.get("admin1") == b.get("admin1")):
        return True, f"{dist:.0f} km apart", 1.0 - dist / (2 * MAX_KM)
    if 3 in (pa, pb):
        if a.get("iso") != b.get("iso") or not a.get("iso"):
            return False, "region-only place in another country", 0.0
        if a.get("admin1") and b.get("admin1") and a["admin1"] != b["admin1"]:
            return False, f"different regions {a['admin1']} / {b['admin1']}", 0.0
        return True, f"region-level place, same {'admin1 ' + str(a['admin1']) if a.get('admin1') else 'country'}", 0.3
    return False, f"{dist:.0f} km apart", 0.0


def compare(mention: Row, cluster: Row, named: str | None = None) -> Match | None:
    """A Match if the mention can be a report of the cluster's event, else None. ``named``: when one side has
    no place, the other side's place name that the unlocated report mentions (see ``named_in``)."""
    if mention.get("status") not in MERGEABLE_STATUSES or cluster.get("status") not in MERGEABLE_STATUSES:
        return None
    fa = family(mention["event_type"], mention["sub_event_type"])
    fb = family(cluster["event_type"], cluster["sub_event_type"])
    if not families_compatible(fa, fb):
        return None
    # within a day of each other: one side's window widened by the slack must meet the other's as stated
    wa, wb = date_window(mention), date_window(cluster, dt.timedelta(0))
    if wa is None or wb is None or wa[0] > wb[1] or wb[0] > wa[1]:
        return None
    ok, place_reason, place_score = _place(mention, cluster, named)
    if not ok:
        return None
    ok, actor_reason, actor_score = _actors(mention, cluster)
    if not ok:
        return None
    same_sub = mention["sub_event_type"] == cluster["sub_event_type"]
    da, db = _as_date(mention.get("event_date")), _as_date(cluster.get("event_date"))
    gap = abs((da - db).days) if da and db else 1
    # different sub-types of one family merge only on the same stated day or with a shared named actor
    if not same_sub and actor_score < 1.0 and not (gap == 0 and place_score >= 0.3):
        return None
    # a region says nothing about where in it: only the same kind of event ties a region to a town
    if not same_sub and 3 in (mention.get("geo_precision"), cluster.get("geo_precision")) and mention.get("latitude") is not None and cluster.get("latitude") is not None:
        return None
    score = place_score + actor_score + (0.5 if same_sub else 0.0) + (0.5 if gap == 0 else 0.2 if gap == 1 else 0.0)
    why = (
        f"{'same sub-type ' + mention['sub_event_type'] if same_sub else 'compatible types ' + mention['sub_event_type'] + ' / ' + cluster['sub_event_type']}; "
        f"dates {da} / {db}; {place_reason}; {actor_reason}"
    )
    return Match(score=round(score, 3), reason=why)


def best_match(mention: Row, clusters: Iterable[Row], named: Mapping[Any, str] | None = None) -> tuple[Row, Match] | None:
    """The best compatible cluster; ``named``: cluster id -> place name the unlocated side mentions."""
    best: tuple[Row, Match] | None = None
    for c in clusters:
        m = compare(mention, c, (named or {}).get(c["id"]))
        if m is not None and (best is None or m.score > best[1].score or (m.score == best[1].score and str(c["id"]) < str(best[0]["id"]))):
            best = (c, m)
    return best


def _most_common(values: Sequence[Any]) -> Any:
    vals = [v for v in values if v is not None]
    if not vals:
        return None
    counts = Counter(vals)
    top = max(counts.values())
    return next(v for v in vals if counts[v] == top)  # first in arrival order among the most frequent


def _most_precise(members: Sequence[Row], *, present: str, precision: str, value: str) -> Row | None:
    """The mention that gives a cluster its date or place: among the mentions that have one (``present``), those of
    the best (lowest) precision; of them the first with their most common ``value``. None when no mention has one."""
    having = [m for m in members if m.get(present) is not None]
    if not having:
        return None
    best = min(m.get(precision) or 3 for m in having)
    precise = [m for m in having if (m.get(precision) or 3) == best]
    top = _most_common([m.get(value) for m in precise])
    return next((m for m in precise if m.get(value) == top), precise[0])


_DATE_KEYS = ("event_date", "earliest", "latest", "time_precision")
_PLACE_KEYS = ("country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision")


def canonical_one(m: Row) -> dict[str, Any]:
    """``canonical([m])`` without the general machinery (a new cluster of one mention: most clusters)."""
    out: dict[str, Any] = {
        key: m.get(key)
        for key in ("status", "event_type", "sub_event_type", "disorder_type", "actor1", "inter1", "actor2", "inter2",
                    "fatalities_low", "fatalities_high", "injuries_low")
    }
    out["fatalities_best"] = int(m["fatalities_best"]) if m.get("fatalities_best") is not None else None
    out["n_mentions"] = out["n_articles"] = 1
    dated, placed = m.get("event_date") is not None, m.get("latitude") is not None
    out.update({key: m.get(key) if dated else None for key in _DATE_KEYS})
    out.update({key: m.get(key) if placed else None for key in _PLACE_KEYS})
    return out


def canonical(members: Sequence[Row]) -> dict[str, Any]:
    """The canonical event of a cluster from its mentions (in arrival order)."""
    status = "current" if any(m["status"] == "current" for m in members) else members[0]["status"]
    sub = _most_common([m["sub_event_type"] for m in members])
    typed = next(m for m in members if m["sub_event_type"] == sub)
    date_row = _most_precise(members, present="event_date", precision="time_precision", value="event_date")
    place_row = _most_precise(members, present="latitude", precision="geo_precision", value="location")

    def actor(key: str) -> tuple[str | None, int | None]:
        named = [m[key] for m in members if not generic(m.get(key))]
        name = _most_common(named) or _most_common([m.get(key) for m in members])
        inter = next((m.get(key.replace("actor", "inter")) for m in members if m.get(key) == name), None)
        return name, inter

    a1, i1 = actor("actor1")
    a2, i2 = actor("actor2")
    lows = [m["fatalities_low"] for m in members if m.get("fatalities_low") is not None]
    bests = [m["fatalities_best"] for m in members if m.get("fatalities_best") is not None]
    highs = [m["fatalities_high"] for m in members if m.get("fatalities_high") is not None]
    inj = [m["injuries_low"] for m in members if m.get("injuries_low") is not None]
    out: dict[str, Any] = {
        "status": status,
        "event_type": typed["event_type"],
        "sub_event_type": sub,
        "disorder_type": typed.get("disorder_type"),
        "actor1": a1,
        "inter1": i1,
        "actor2": a2,
        "inter2": i2,
        "fatalities_low": min(lows) if lows else None,  # ACLED: the lowest credible figure
        "fatalities_best": int(statistics.median_low(bests)) if bests else None,
        "fatalities_high": max(highs) if highs else None,
        "injuries_low": min(inj) if inj else None,
        "n_mentions": len(members),
        "n_articles": len({m["article_hash"] for m in members}),
    }
    out.update({key: date_row.get(key) if date_row else None for key in _DATE_KEYS})
    out.update({key: place_row.get(key) if place_row else None for key in _PLACE_KEYS})
    return out
