"""Reading the store: filters, canonical events as typed records, map/timeline aggregates, event detail.

Used by ``export`` and by the web explorer's JSON API, so both show the same events with the same filters.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.engine import Connection

from ..export.records import event_dict, event_from_dict
from ..model import Actor, Article, Casualties, Event, EventDate, Evidence, OffsetMap, Place, Segment, Source
from .schema import articles, clusters, events, merges, reviews

REVIEWED = ("accepted", "edited")


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    countries: tuple[str, ...] = ()  # names or ISO alpha-2
    admin1: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    types: tuple[str, ...] = ()  # event types or sub-event types
    statuses: tuple[str, ...] = ("current",)  # empty = all
    actor: str | None = None  # substring of actor1 or actor2
    min_fatalities: int | None = None
    reviewed_only: bool = False
    include_rejected: bool = False
    bbox: tuple[float, float, float, float] | None = None  # south, west, north, east

    def where(self, table: Any) -> list[Any]:
        c = table.c
        conds: list[Any] = []
        if self.countries:
            isos = [x.upper() for x in self.countries if len(x) == 2]
            names = [x for x in self.countries if len(x) != 2]
            conds.append(or_(*([c.iso.in_(isos)] if isos else []), *([c.country.in_(names)] if names else [])))
        if self.admin1:
            conds.append(c.admin1.in_(self.admin1))
        if self.since:
            conds.append(c.event_date >= self.since)
        if self.until:
            conds.append(c.event_date <= self.until)
        if self.types:
            conds.append(or_(c.event_type.in_(self.types), c.sub_event_type.in_(self.types)))
        if self.statuses:
            conds.append(c.status.in_(self.statuses))
        if self.actor:
            like = f"%{self.actor.lower()}%"
            conds.append(or_(func.lower(c.actor1).like(like), func.lower(c.actor2).like(like)))
        if self.min_fatalities is not None:
            conds.append(c.fatalities_low >= self.min_fatalities)
        if self.bbox:
            s, w, n, e = self.bbox
            conds.append(and_(c.latitude >= s, c.latitude <= n, c.longitude >= w, c.longitude <= e))
        if table is clusters:
            if self.reviewed_only:
                conds.append(c.review.in_(REVIEWED))
            elif not self.include_rejected:
                conds.append(c.review != "rejected")
        return conds


def _article(row: Any) -> Article:
    segs = tuple(Segment(text_start=x[0], raw_start=x[1], length=x[2], raw_length=x[3] if len(x) > 3 else None) for x in json.loads(row.offsets))
    return Article(
        id=row.item, source=row.source, url=row.url, published=row.published, raw_text=row.raw_text, text=row.text,
        offsets=OffsetMap(segments=segs), title=row.title,
    )


def load_article(conn: Connection, article_hash: str) -> Article:
    return _article(conn.execute(select(articles).where(articles.c.hash == article_hash)).one())


def _derived(value: Any, stage: str = "dedup") -> Evidence[Any]:
    return Evidence(value=value, span=None, text="", stage=stage, confidence=1.0)


def _unspanned(ev: Evidence[Any]) -> Evidence[Any]:
    return dataclasses.replace(ev, span=None, text="")


def canonical_event(cluster: Any, members: Sequence[tuple[Any, Event]]) -> tuple[Event, str]:
    """The cluster as one typed Event (reviewers' edits applied), and the hash of the article it quotes.

    Evidence that comes from the representative article keeps its span; values from other reports or from
    reviews are derived evidence (no span) -- the per-article spans stay with each mention.
    """
    overrides = json.loads(cluster.overrides or "{}")
    rep_row, rep = next(((r, e) for r, e in members if e.sub_event_type == cluster.sub_event_type), members[0])
    rep_hash = rep_row.article_hash

    def pick(getter: Any, match: Any) -> Evidence[Any] | None:
        for row, ev in members:
            val = getter(ev)
            if val is not None and match(val.value):
                return val if row.article_hash == rep_hash else _unspanned(val)
        return None

    def actor(key: str) -> Evidence[Actor] | None:
        name = getattr(cluster, key)
        if name is None:
            return None
        found = pick(lambda e: getattr(e, key), lambda a: a.name == name)
        if found is not None and key not in overrides:
            return found
        inter = getattr(cluster, key.replace("actor", "inter"))
        return _derived(Actor(name=name, inter=inter, country=cluster.iso, kind="other"), "review")

    place = None
    if cluster.latitude is not None:
        place = pick(lambda e: e.place, lambda p: p.location == cluster.location and p.latitude == cluster.latitude)
        if place is None:
            place = _derived(Place(location=cluster.location or "", country=cluster.country or "", iso=cluster.iso or "", admin1=cluster.admin1,
                                   admin2=cluster.admin2, latitude=cluster.latitude, longitude=cluster.longitude, geo_precision=cluster.geo_precision or 3), "review")
    date = None
    if cluster.event_date is not None:
        date = pick(lambda e: e.date, lambda d: d.value == cluster.event_date and d.time_precision == cluster.time_precision)
        if date is None:
            date = _derived(EventDate(value=cluster.event_date, earliest=cluster.earliest or cluster.event_date,
                                      latest=cluster.latest or cluster.event_date, time_precision=cluster.time_precision or 1), "review")
    fat = None
    if cluster.fatalities_low is not None:
        fat = _derived(Casualties(low=cluster.fatalities_low, best=cluster.fatalities_best, high=cluster.fatalities_high))
    inj = None
    if cluster.injuries_low is not None:
        inj = _derived(Casualties(low=cluster.injuries_low, best=cluster.injuries_low, high=cluster.injuries_low))
    srcs: list[Evidence[Source]] = []
    seen: set[str] = set()
    for row, ev in members:
        for s in ev.sources:
            if s.value.name not in seen:
                seen.add(s.value.name)
                srcs.append(s if row.article_hash == rep_hash else _unspanned(s))
    status = rep.status if rep.status.value == cluster.status else _derived(cluster.status, "review" if "status" in overrides else "dedup")
    event = dataclasses.replace(
        rep,
        id=cluster.id,
        event_type=cluster.event_type,
        sub_event_type=cluster.sub_event_type,
        disorder_type=cluster.disorder_type or rep.disorder_type,
        status=status,
        actor1=actor("actor1"),
        actor2=actor("actor2"),
        place=place,
        date=date,
        fatalities=fat,
        injuries=inj,
        sources=tuple(srcs),
    )
    return event, rep_hash


def _members(conn: Connection, cluster_ids: Sequence[str]) -> dict[str, list[tuple[Any, Event]]]:
    out: dict[str, list[tuple[Any, Event]]] = {}
    if not cluster_ids:
        return out
    q = (
        select(events.c.id, events.c.cluster_id, events.c.article_hash, events.c.data, articles.c.seq)
        .join(articles, articles.c.hash == events.c.article_hash)
        .where(events.c.cluster_id.in_(list(cluster_ids)))
        .order_by(articles.c.seq, events.c.n)
    )
    for row in conn.execute(q):
        out.setdefault(row.cluster_id, []).append((row, event_from_dict(json.loads(row.data))))
    return out


def cluster_select(filters: Filters) -> Select[Any]:
    return select(clusters).where(*filters.where(clusters)).order_by(clusters.c.event_date, clusters.c.id)


def iter_canonical(conn: Connection, filters: Filters, chunk: int = 500) -> Iterator[tuple[Event, Article, Any]]:
    """(canonical Event, the article it quotes, the cluster row) for every cluster matching the filters."""
    rows = conn.execute(cluster_select(filters)).all()
    cache: dict[str, Article] = {}
    for i in range(0, len(rows), chunk):
        part = rows[i : i + chunk]
        mem = _members(conn, [r.id for r in part])
        for row in part:
            if row.id not in mem:
                continue
            event, rep_hash = canonical_event(row, mem[row.id])
            if rep_hash not in cache:
                if len(cache) > 2000:
                    cache.clear()
                cache[rep_hash] = load_article(conn, rep_hash)
            yield event, cache[rep_hash], row


def iter_mentions(conn: Connection, filters: Filters) -> Iterator[tuple[Event, Article, Any]]:
    """(Event, its article, the events row) for every stored mention matching the filters."""
    q = select(events).where(*filters.where(events)).order_by(events.c.event_date, events.c.id)
    if filters.reviewed_only or not filters.include_rejected:
        ok = select(clusters.c.id).where(clusters.c.review.in_(REVIEWED) if filters.reviewed_only else clusters.c.review != "rejected")
        q = q.where(events.c.cluster_id.in_(ok))
    cache: dict[str, Article] = {}
    for row in conn.execute(q).all():
        if row.article_hash not in cache:
            if len(cache) > 2000:
                cache.clear()
            cache[row.article_hash] = load_article(conn, row.article_hash)
        yield event_from_dict(json.loads(row.data)), cache[row.article_hash], row


def canonical_dict(event: Event, article: Article, cluster: Any) -> dict[str, Any]:
    """event_dict of the canonical event, plus what only a cluster has."""
    d = event_dict(event, article)
    d["event_id"] = cluster.id
    d["fatalities_best"] = cluster.fatalities_best
    d["fatalities_high"] = cluster.fatalities_high
    d["n_articles"] = cluster.n_articles
    d["n_mentions"] = cluster.n_mentions
    d["review"] = cluster.review
    return d


# ---------------------------------------------------------------------------------------------- explorer


def map_points(conn: Connection, filters: Filters, *, zoom: int = 3, max_markers: int = 1500) -> dict[str, Any]:
    """Markers, or grid clusters computed in SQL when more than ``max_markers`` events match.

    One aggregate query over a covering index counts the events per grid cell and type; only when few
    events match are the individual markers fetched.
    """
    conds = filters.where(clusters) + [clusters.c.latitude.is_not(None)]
    cell = 360.0 / (2 ** max(1, min(zoom, 14))) / 4  # about a quarter of a map tile per cell
    gy = func.floor(clusters.c.latitude / cell)
    gx = func.floor(clusters.c.longitude / cell)
    q = (
        select(gy.label("gy"), gx.label("gx"), clusters.c.event_type, func.count().label("n"),
               func.avg(clusters.c.latitude).label("lat"), func.avg(clusters.c.longitude).label("lon"),
               func.sum(func.coalesce(clusters.c.fatalities_low, 0)).label("fat"))
        .where(*conds)
        .group_by(gy, gx, clusters.c.event_type)
    )
    cells: dict[tuple[int, int], dict[str, Any]] = {}
    for r in conn.execute(q):
        c = cells.setdefault((int(r.gy), int(r.gx)), {"n": 0, "lat": 0.0, "lon": 0.0, "fatalities": 0, "types": {}})
        c["lat"] += float(r.lat) * r.n
        c["lon"] += float(r.lon) * r.n
        c["n"] += r.n
        c["fatalities"] += int(r.fat or 0)
        c["types"][r.event_type] = r.n
    total = sum(c["n"] for c in cells.values())
    if total <= max_markers:
        mq = select(
            clusters.c.id, clusters.c.latitude, clusters.c.longitude, clusters.c.event_type, clusters.c.sub_event_type,
            clusters.c.event_date, clusters.c.fatalities_low, clusters.c.location, clusters.c.status, clusters.c.review,
        ).where(*conds)
        markers = [
            {"id": r.id, "lat": r.latitude, "lon": r.longitude, "type": r.event_type, "sub": r.sub_event_type,
             "date": r.event_date.isoformat() if r.event_date else None, "fatalities": r.fatalities_low,
             "location": r.location, "status": r.status, "review": r.review}
            for r in conn.execute(mq)
        ]
        return {"total": total, "clustered": False, "markers": markers, "clusters": []}
    out = []
    for c in cells.values():
        c["lat"] /= c["n"]
        c["lon"] /= c["n"]
        c["type"] = max(c["types"], key=c["types"].get)
        out.append(c)
    return {"total": total, "clustered": True, "markers": [], "clusters": out, "cell_degrees": cell}


def timeline(conn: Connection, filters: Filters) -> list[dict[str, Any]]:
    q = (
        select(clusters.c.event_date, clusters.c.event_type, func.count().label("n"))
        .where(*filters.where(clusters), clusters.c.event_date.is_not(None))
        .group_by(clusters.c.event_date, clusters.c.event_type)
        .order_by(clusters.c.event_date)
    )
    return [{"date": r.event_date.isoformat(), "type": r.event_type, "n": r.n} for r in conn.execute(q)]


def facets(conn: Connection) -> dict[str, Any]:
    def distinct(col: Any) -> list[Any]:
        return [v for (v,) in conn.execute(select(col).where(col.is_not(None)).distinct().order_by(col))]

    lo, hi, n = conn.execute(select(func.min(clusters.c.event_date), func.max(clusters.c.event_date), func.count()).select_from(clusters)).one()
    box = conn.execute(
        select(func.min(clusters.c.latitude), func.min(clusters.c.longitude), func.max(clusters.c.latitude), func.max(clusters.c.longitude))
        .where(clusters.c.latitude.is_not(None))
    ).one()
    return {
        "countries": distinct(clusters.c.country),
        "event_types": distinct(clusters.c.event_type),
        "statuses": distinct(clusters.c.status),
        "reviews": distinct(clusters.c.review),
        "date_min": lo.isoformat() if lo else None,
        "date_max": hi.isoformat() if hi else None,
        "events": n,
        "bounds": [[box[0], box[1]], [box[2], box[3]]] if box[0] is not None else None,
        "articles": conn.execute(select(func.count()).select_from(articles)).scalar_one(),
    }


def list_events(conn: Connection, filters: Filters, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    conds = filters.where(clusters)
    total = conn.execute(select(func.count()).select_from(clusters).where(*conds)).scalar_one()
    q = select(clusters).where(*conds).order_by(clusters.c.event_date.desc(), clusters.c.id).limit(limit).offset(offset)
    rows = [_cluster_json(r) for r in conn.execute(q)]
    return {"total": total, "events": rows}


def _cluster_json(r: Any) -> dict[str, Any]:
    out = {}
    for k, v in r._mapping.items():
        out[k] = v.isoformat() if isinstance(v, dt.date) else v
    out["overrides"] = json.loads(out.get("overrides") or "{}")
    return out


def event_detail(conn: Connection, cluster_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(clusters).where(clusters.c.id == cluster_id)).first()
    if row is None:
        return None
    mem = _members(conn, [cluster_id]).get(cluster_id, [])
    reasons = {r.event_id: {"reason": r.reason, "score": r.score, "by": r.by} for r in conn.execute(select(merges).where(merges.c.cluster_id == cluster_id))}
    mentions = []
    for mrow, ev in mem:
        art = load_article(conn, mrow.article_hash)
        d = event_dict(ev, art)
        d["event_id"] = mrow.id
        d["merge"] = reasons.get(mrow.id)
        d["article"] = {"hash": mrow.article_hash, "id": art.id, "source": art.source, "url": art.url, "title": art.title,
                        "published": art.published.isoformat() if art.published else None, "raw_text": art.raw_text}
        mentions.append(d)
    subtypes = Counter(ev.sub_event_type for _, ev in mem)
    history = [
        {"at": r.at, "action": r.action, "field": r.field, "old": r.old, "new": r.new, "note": r.note, "reviewer": r.reviewer}
        for r in conn.execute(select(reviews).where(reviews.c.cluster_id == cluster_id).order_by(reviews.c.id))
    ]
    return {"event": _cluster_json(row), "mentions": mentions, "sub_types": dict(subtypes.most_common()), "reviews": history}


__all__ = ["Filters", "canonical_dict", "event_detail", "facets", "iter_canonical", "iter_mentions", "list_events", "map_points", "timeline"]
