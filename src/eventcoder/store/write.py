"""Writing coded articles into the store and keeping clusters (canonical events) up to date.

All functions take an open connection inside a transaction; the caller decides the transaction's extent
(``ingest`` uses one per batch of articles).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from ..export.records import event_dict
from ..model import Article, Event, Rejected
from . import dedup
from .schema import articles, clusters, events, evidence, merges, rejected, sources

EDITABLE = (
    "status", "event_date", "event_type", "sub_event_type", "disorder_type", "actor1", "actor2", "inter1", "inter2",
    "country", "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "fatalities_low", "fatalities_best", "fatalities_high", "injuries_low",
)
_DATE_FIELDS = ("event_date", "earliest", "latest")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def rejected_key(rej: Rejected, text: str | None = None) -> str:
    if text is not None:
        return content_hash(text)
    return hashlib.sha256(f"{rej.article_id}\x00{rej.stage}\x00{rej.code}".encode()).hexdigest()


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


# the columns of an events row copied as they are from the event's JSON form (``export.records.event_dict``)
_COPIED = (
    "status", "disorder_type", "event_type", "sub_event_type", "plover", "actor1", "actor2", "inter1", "inter2", "country",
    "iso", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "confidence", "time_precision",
)


def _day(v: str | None) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def columns(data: Mapping[str, Any]) -> dict[str, Any]:
    """The events-table columns of one event, read from its JSON form alone: ``event_dict`` is the one
    mapping from the typed event; the store only projects it (the date range and low/best/high are in the
    date and fatalities evidence)."""
    ev = data["evidence"]
    date = ev["date"]["value"] if ev.get("date") else {}
    fat = ev["fatalities"]["value"] if ev.get("fatalities") else {}
    inj = ev["injuries"]["value"] if ev.get("injuries") else {}
    out = {key: data[key] for key in _COPIED}
    out.update(
        event_date=_day(data["event_date"]), earliest=_day(date.get("earliest")), latest=_day(date.get("latest")),
        fatalities_low=fat.get("low"), fatalities_best=fat.get("best"), fatalities_high=fat.get("high"), injuries_low=inj.get("low"),
    )
    return out


def event_row(event: Event, article: Article, event_id: str, article_hash: str, n: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The events-table row for one coded event, and its full JSON form."""
    data = event_dict(event, article)
    row = {"id": event_id, "article_hash": article_hash, "n": n, "cluster_id": event_id, **columns(data)}
    row["data"] = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return row, data


def place_text(data: Mapping[str, Any]) -> str | None:
    """The words of the article that name the event's place."""
    ev = data["evidence"].get("place")
    return ev.get("text") if ev else None


def _evidence_rows(event_id: str, data: Mapping[str, Any]) -> list[dict[str, Any]]:
    out = []
    for field, ev in data["evidence"].items():
        if field == "mentions" or ev is None:
            continue
        for k, item in enumerate(ev if isinstance(ev, list) else [ev]):
            if item is None:
                continue
            span, raw = item["span"], item["raw_span"]
            out.append(
                {
                    "event_id": event_id,
                    "field": "source" if field == "sources" else field,
                    "k": k,
                    "value": json.dumps(item["value"], ensure_ascii=False, sort_keys=True),
                    "text": item["text"],
                    "span_start": span[0] if span else None,
                    "span_end": span[1] if span else None,
                    "raw_start": raw[0] if raw else None,
                    "raw_end": raw[1] if raw else None,
                    "stage": item["stage"],
                    "confidence": item["confidence"],
                }
            )
    return out


def _source_rows(event_id: str, event: Event) -> list[dict[str, Any]]:
    return [
        {"event_id": event_id, "k": k, "name": s.value.name, "kind": s.value.kind, "role": s.value.role, "hedges": "; ".join(s.value.hedges)}
        for k, s in enumerate(event.sources)
    ]


def stored_versions(conn: Connection, hashes: Sequence[str]) -> dict[str, str]:
    if not hashes:
        return {}
    rows = conn.execute(select(articles.c.hash, articles.c.pipeline_version).where(articles.c.hash.in_(list(hashes))))
    return {h: v for h, v in rows}


def rejected_keys(conn: Connection, keys: Sequence[str], version: str) -> set[str]:
    if not keys:
        return set()
    rows = conn.execute(select(rejected.c.key).where(rejected.c.key.in_(list(keys)), rejected.c.pipeline_version == version))
    return {k for (k,) in rows}


def next_seq(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(articles.c.seq), 0))).scalar_one()) + 1


def remove_article(conn: Connection, article_hash: str) -> None:
    """Delete an article coded by another pipeline version, and its mentions; its clusters are recomputed."""
    rows = conn.execute(select(events.c.id, events.c.cluster_id).where(events.c.article_hash == article_hash)).all()
    ids = [r.id for r in rows]
    if ids:
        conn.execute(delete(evidence).where(evidence.c.event_id.in_(ids)))
        conn.execute(delete(sources).where(sources.c.event_id.in_(ids)))
        conn.execute(delete(merges).where(merges.c.event_id.in_(ids)))
        conn.execute(delete(events).where(events.c.id.in_(ids)))
    conn.execute(delete(articles).where(articles.c.hash == article_hash))
    for cid in sorted({r.cluster_id for r in rows}):
        refresh_cluster(conn, cid)


def write_rejected(conn: Connection, rej: Rejected, key: str, version: str, run_id: int | None) -> None:
    conn.execute(delete(rejected).where(rejected.c.key == key))
    conn.execute(
        insert(rejected).values(
            key=key, item=rej.article_id, stage=rej.stage, code=rej.code, message=rej.message, pipeline_version=version, run_id=run_id
        )
    )


@dataclass(frozen=True, slots=True)
class Prepared:
    """One coded article as the rows the store will write: built where the article was coded (a worker
    process), so the writing process only inserts them."""

    article_hash: str
    article: dict[str, Any]  # the articles row, without pipeline version, seq and run
    events: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
    sources: list[dict[str, Any]]
    place_names: list[set[str]]  # per event: the names it gives its place (dedup)
    text: str  # the cleaned article text (dedup looks for place names in it)


def prepare(article: Article, coded: Sequence[Event], article_hash: str | None = None) -> Prepared:
    """The rows of one coded article (pure: no database)."""
    article_hash = article_hash or content_hash(article.raw_text)
    # a replacement segment (CRLF, entity, NFC) carries its raw length as a fourth number
    segments = [[s.text_start, s.raw_start, s.length] + ([s.raw_length] if s.raw_length is not None else []) for s in article.offsets.segments]
    art = {
        "hash": article_hash, "item": article.id, "source": article.source, "url": article.url, "title": article.title,
        "published": article.published, "raw_text": article.raw_text, "text": article.text, "offsets": json.dumps(segments),
        "n_events": len(coded),
    }
    rows, ev_rows, src_rows, names = [], [], [], []
    for n, event in enumerate(coded, start=1):
        event_id = f"{article_hash[:16]}-{n}"
        row, data = event_row(event, article, event_id, article_hash, n)
        rows.append(row)
        names.append(dedup.place_names(row, [place_text(data)]))
        ev_rows.extend(_evidence_rows(event_id, data))
        src_rows.extend(_source_rows(event_id, event))
    return Prepared(article_hash, art, rows, ev_rows, src_rows, names, article.text)


def write_prepared(conn: Connection, prep: Prepared, *, version: str, run_id: int | None, seq: int, fresh: bool = False) -> list[str]:
    """Insert one prepared article with its events, evidence and sources; cluster each event. Returns event ids.
    ``fresh``: the article was never stored before (not a re-code), so a cluster named after one of its
    events cannot exist yet and a mention that starts a cluster is written without reading it back."""
    conn.execute(_DELETE_REJECTED, {"k": prep.article_hash})
    conn.execute(_INSERT_ARTICLE, {**prep.article, "pipeline_version": version, "seq": seq, "run_id": run_id})
    if prep.events:
        conn.execute(_INSERT_EVENT, prep.events)
        if prep.evidence:
            conn.execute(_INSERT_EVIDENCE, prep.evidence)
        if prep.sources:
            conn.execute(_INSERT_SOURCE, prep.sources)
        for row, own in zip(prep.events, prep.place_names):
            own_sources = sorted({s["name"] for s in prep.sources if s["event_id"] == row["id"]}) if fresh else []
            assign(conn, row, text=prep.text, names=own, new={"seq": seq, "publisher": prep.article["source"], "sources": own_sources} if fresh else None)
    return [r["id"] for r in prep.events]


def write_article(
    conn: Connection, article: Article, coded: Sequence[Event], *, article_hash: str, version: str, run_id: int | None, seq: int
) -> list[str]:
    """Insert one coded article with its events, evidence and sources; cluster each event. Returns event ids."""
    return write_prepared(conn, prepare(article, coded, article_hash), version=version, run_id=run_id, seq=seq)


_CANDIDATE_BASE = select(clusters).where(
    clusters.c.latest >= bindparam("lo"),
    clusters.c.earliest <= bindparam("hi"),
    # event_date lies in earliest..latest: this bound lets the date index serve queries without a country
    clusters.c.event_date.between(bindparam("dlo"), bindparam("dhi")),
    clusters.c.locked.is_(False),
    clusters.c.review != "rejected",
    clusters.c.status.in_(dedup.MERGEABLE_STATUSES),
)
# located clusters in the mention's country, and unlocated clusters (a located mention may be what an earlier
# unlocated report was about)
_CANDIDATES = _CANDIDATE_BASE.where((clusters.c.iso == bindparam("iso")) | clusters.c.iso.is_(None))
_CANDIDATES_NO_ISO = _CANDIDATE_BASE.where(clusters.c.iso.is_(None))
# a mention with no place may be a report of a located event whose place its article names
_LOCATED_ANY = _CANDIDATE_BASE.where(clusters.c.latitude.is_not(None))
_LOCATED_IN = _LOCATED_ANY.where(clusters.c.iso == bindparam("iso"))
# how far a candidate's stated date may lie from its window's edge: a month (a month-precise date). A cluster
# whose date is known only to the year is not offered to new mentions: that keeps the date-index range short
# when a mention has no country (the query then spans all countries)
_LONGEST_SPAN = dt.timedelta(days=31)
_ARTICLE_CLUSTERS = select(events.c.cluster_id).where(events.c.article_hash == bindparam("h"), events.c.id != bindparam("eid"))
_OVERRIDES = select(clusters.c.overrides).where(clusters.c.id == bindparam("cid"))
_SOURCE_NAMES = (
    select(sources.c.name).distinct().join(events, events.c.id == sources.c.event_id).where(events.c.cluster_id == bindparam("cid"))
)


def _place_texts(conn: Connection, cluster_ids: Sequence[str]) -> dict[str, set[str]]:
    """cluster id -> the words its reports use for the place."""
    q = (
        select(events.c.cluster_id, evidence.c.text)
        .join(evidence, evidence.c.event_id == events.c.id)
        .where(events.c.cluster_id.in_(list(cluster_ids)), evidence.c.field == "place")
    )
    out: dict[str, set[str]] = {}
    for cid, text in conn.execute(q):
        out.setdefault(cid, set()).add(text)
    return out


def _article_texts(conn: Connection, cluster_ids: Sequence[str]) -> dict[str, list[str]]:
    q = select(events.c.cluster_id, articles.c.text).join(articles, articles.c.hash == events.c.article_hash).where(events.c.cluster_id.in_(list(cluster_ids)))
    out: dict[str, list[str]] = {}
    for cid, text in conn.execute(q):
        out.setdefault(cid, []).append(text)
    return out


def candidates(
    conn: Connection, row: Mapping[str, Any], text: str | None = None, names: set[str] | None = None
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Clusters the mention may join, and for those matched through a place named in an unlocated report,
    that name. ``text``: the mention's article text; ``names``: the names the mention gives its place."""
    window = dedup.date_window(row)
    if window is None or row["status"] not in dedup.MERGEABLE_STATUSES:
        return [], {}
    lo, hi = window
    lo, hi = lo - dedup.DATE_SLACK, hi + dedup.DATE_SLACK
    params = {"lo": lo, "hi": hi, "dlo": lo - _LONGEST_SPAN, "dhi": hi + _LONGEST_SPAN, "iso": row.get("iso")}
    named: dict[str, str] = {}
    if row.get("latitude") is None:
        if not text:
            return [], {}
        found = [dict(r._mapping) for r in conn.execute(_LOCATED_IN if row.get("iso") else _LOCATED_ANY, params)]
        found = [c for c in found if dedup.compare(row, c, "?") is not None]  # all but the place agrees
        if found:
            texts = _place_texts(conn, [c["id"] for c in found])
            for c in found:
                name = dedup.named_in(dedup.place_names(c, texts.get(c["id"], ())), text)
                if name:
                    named[c["id"]] = name
            found = [c for c in found if c["id"] in named]
    else:
        found, unlocated = [], []
        for r in conn.execute(_CANDIDATES if row.get("iso") else _CANDIDATES_NO_ISO, params):
            c = dict(r._mapping)
            if c["latitude"] is not None:
                if c["iso"] == row.get("iso"):
                    found.append(c)
            elif names and dedup.compare(row, c, "?") is not None:  # all but the place agrees
                unlocated.append(c)
        if unlocated:
            texts = _article_texts(conn, [c["id"] for c in unlocated])
            for c in unlocated:
                name = next((n for n in (dedup.named_in(names, t) for t in texts.get(c["id"], ())) if n), None)
                if name:
                    named[c["id"]] = name
                    found.append(c)
    # never merge two mentions of one article: the article's own assembly already kept them apart
    if found:
        taken = {cid for (cid,) in conn.execute(_ARTICLE_CLUSTERS, {"h": row["article_hash"], "eid": row["id"]})}
        found = [c for c in found if c["id"] not in taken]
    return found, named


def assign(
    conn: Connection, row: Mapping[str, Any], text: str | None = None, names: set[str] | None = None, new: Mapping[str, Any] | None = None
) -> str:
    """Put a new mention into the best compatible cluster, or a new one; record why. ``new`` (the article's
    seq and publisher, the mention's source names) lets a mention that starts a cluster write it directly."""
    found, named = candidates(conn, row, text, names)
    match = dedup.best_match(row, found, named)
    if match is None:
        cid = row["id"]
        conn.execute(_INSERT_MERGE, {"event_id": row["id"], "cluster_id": cid, "score": 0.0, "reason": "first report", "by": "dedup"})
        if new is not None:  # a cluster of one: its canonical event is the mention itself, nothing to read back
            member = {**row, "seq": new["seq"], "publisher": new["publisher"]}
            values = {**dedup.canonical_one(member), "sources": "; ".join(new["sources"])}
            conn.execute(_INSERT_CLUSTER, {"id": cid, "review": "unreviewed", "overrides": "{}", "locked": False, **values})
            return cid
    else:
        cluster, m = match
        cid = cluster["id"]
        conn.execute(_MOVE_EVENT, {"_id": row["id"], "cluster_id": cid})
        conn.execute(_INSERT_MERGE, {"event_id": row["id"], "cluster_id": cid, "score": m.score, "reason": m.reason, "by": "dedup"})
    refresh_cluster(conn, cid)
    return cid


# statements built once (parameters at execution): building a statement per row costs more than running it
_DELETE_REJECTED = delete(rejected).where(rejected.c.key == bindparam("k"))
_INSERT_ARTICLE = insert(articles)
_INSERT_EVENT = insert(events)
_INSERT_EVIDENCE = insert(evidence)
_INSERT_SOURCE = insert(sources)
_INSERT_MERGE = insert(merges)
_INSERT_CLUSTER = insert(clusters)
_UPDATE_CLUSTER = update(clusters).where(clusters.c.id == bindparam("_id"))
_MOVE_EVENT = update(events).where(events.c.id == bindparam("_id"))
_MEMBERS = (
    select(*[c for c in events.c if c.name != "data"], articles.c.seq, articles.c.source.label("publisher"))
    .join(articles, articles.c.hash == events.c.article_hash)
    .where(events.c.cluster_id == bindparam("cid"))
    .order_by(articles.c.seq, events.c.n)
)


def members(conn: Connection, cluster_id: str) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(_MEMBERS, {"cid": cluster_id})]


def _coerce(field: str, value: Any) -> Any:
    if value is None or value == "":
        return None
    if field in _DATE_FIELDS:
        return dt.date.fromisoformat(str(value)[:10])
    if field in ("latitude", "longitude"):
        return float(value)
    if field in ("inter1", "inter2", "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high", "injuries_low"):
        return int(value)
    return str(value)


def refresh_cluster(conn: Connection, cluster_id: str) -> None:
    """Recompute a cluster's canonical event from its mentions, then apply reviewers' edits."""
    ms = members(conn, cluster_id)
    if not ms:
        conn.execute(delete(clusters).where(clusters.c.id == cluster_id))
        return
    values = dedup.canonical(ms)
    values["sources"] = "; ".join(sorted(n for (n,) in conn.execute(_SOURCE_NAMES, {"cid": cluster_id})))
    overrides = conn.execute(_OVERRIDES, {"cid": cluster_id}).scalar_one_or_none()
    for field, value in json.loads(overrides or "{}").items():
        values[field] = _coerce(field, value)
        if field == "event_date" and values[field] is not None:
            values["earliest"] = values["latest"] = values[field]
            values["time_precision"] = 1
    if overrides is None:
        conn.execute(_INSERT_CLUSTER, {"id": cluster_id, "review": "unreviewed", "overrides": "{}", "locked": False, **values})
    else:
        conn.execute(_UPDATE_CLUSTER, {"_id": cluster_id, **values})
