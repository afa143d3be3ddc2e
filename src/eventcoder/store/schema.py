"""The store's tables (SQLAlchemy Core): one schema for SQLite and PostgreSQL.

Identifiers that other rows point to are derived from content, not from sequences, so that an ingest that
was killed and re-run writes exactly the rows an uninterrupted run writes: an article is its content hash,
an event is ``<hash>-<n>``, a cluster is named after its first event. Only runs, reviews and rejected rows
use integer sequences.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

SCHEMA_VERSION = 1

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started", String(32), nullable=False),
    Column("finished", String(32)),
    Column("pipeline_version", String(64), nullable=False),
    Column("command", Text, nullable=False),
    Column("articles", Integer, nullable=False, default=0),
    Column("skipped", Integer, nullable=False, default=0),
    Column("events", Integer, nullable=False, default=0),
    Column("rejected", Integer, nullable=False, default=0),
    Column("status", String(16), nullable=False),  # running | done | failed
)

articles = Table(
    "articles",
    metadata,
    Column("hash", String(64), primary_key=True),  # sha256 of the raw text
    Column("item", Text, nullable=False),  # the reader's id for it (file stem, JSONL id, file:line)
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("published", Date),
    Column("raw_text", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("offsets", Text, nullable=False),  # JSON [[text_start, raw_start, length(, raw_length)], ...]
    Column("pipeline_version", String(64), nullable=False),
    Column("seq", Integer, nullable=False),  # order of arrival (dedup is incremental in this order)
    Column("n_events", Integer, nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
)
Index("ix_articles_seq", articles.c.seq)

def _event_columns(plover: bool = False) -> list[Column]:
    """The coded-event columns that events (one mention) and clusters (the canonical event) share, in table
    order; new Column objects on every call, since a Column belongs to one table."""
    cols = [
        Column("status", String(16), nullable=False),
        Column("event_date", Date),
        Column("earliest", Date),
        Column("latest", Date),
        Column("time_precision", Integer),
        Column("disorder_type", Text),
        Column("event_type", Text, nullable=False),
        Column("sub_event_type", Text, nullable=False),
    ]
    if plover:
        cols.append(Column("plover", Text))
    cols += [Column(name, Text) for name in ("actor1", "actor2")]
    cols += [Column(name, Integer) for name in ("inter1", "inter2")]
    cols += [Column("country", Text), Column("iso", String(2))]
    cols += [Column(name, Text) for name in ("admin1", "admin2", "location")]
    cols += [Column("latitude", Float), Column("longitude", Float), Column("geo_precision", Integer)]
    cols += [Column(name, Integer) for name in ("fatalities_low", "fatalities_best", "fatalities_high", "injuries_low")]
    return cols


clusters = Table(
    "clusters",
    metadata,
    Column("id", String(80), primary_key=True),
    *_event_columns(),
    Column("n_mentions", Integer, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("sources", Text, nullable=False),  # "; "-joined, sorted
    Column("review", String(16), nullable=False, default="unreviewed"),  # unreviewed|accepted|edited|rejected
    Column("overrides", Text, nullable=False, default="{}"),  # JSON {field: value} from reviews
    Column("locked", Boolean, nullable=False, default=False),  # a reviewer split/merged it: dedup leaves it alone
)
Index("ix_clusters_date", clusters.c.event_date)
Index("ix_clusters_iso_date", clusters.c.iso, clusters.c.latest)
# covering indexes for the explorer: the map and the timeline aggregate without reading table rows
Index("ix_clusters_map", clusters.c.latitude, clusters.c.longitude, clusters.c.event_type, clusters.c.status, clusters.c.review,
      clusters.c.fatalities_low, clusters.c.event_date, clusters.c.iso, clusters.c.country)
Index("ix_clusters_time", clusters.c.event_date, clusters.c.event_type, clusters.c.status, clusters.c.review, clusters.c.iso,
      clusters.c.country, clusters.c.latitude, clusters.c.fatalities_low)

events = Table(
    "events",
    metadata,
    Column("id", String(80), primary_key=True),  # <article hash>-<n>
    Column("article_hash", String(64), ForeignKey("articles.hash"), nullable=False),
    Column("n", Integer, nullable=False),
    Column("cluster_id", String(80), nullable=False),
    *_event_columns(plover=True),
    Column("confidence", Float, nullable=False),
    Column("data", Text, nullable=False),  # the full event as JSON (export/records.event_dict)
)
Index("ix_events_cluster", events.c.cluster_id)
Index("ix_events_article", events.c.article_hash)

evidence = Table(
    "evidence",
    metadata,
    Column("event_id", String(80), ForeignKey("events.id"), primary_key=True),
    Column("field", String(32), primary_key=True),  # trigger, status, actor1, place, date, fatalities, source...
    Column("k", Integer, primary_key=True),  # index among several (sources)
    Column("value", Text, nullable=False),  # JSON
    Column("text", Text, nullable=False),
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("raw_start", Integer),
    Column("raw_end", Integer),
    Column("stage", String(32), nullable=False),
    Column("confidence", Float, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("event_id", String(80), ForeignKey("events.id"), primary_key=True),
    Column("k", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("role", Text),
    Column("hedges", Text, nullable=False),  # "; "-joined
)
Index("ix_sources_name", sources.c.name)

merges = Table(
    "merges",
    metadata,
    Column("event_id", String(80), primary_key=True),  # the mention that joined
    Column("cluster_id", String(80), nullable=False),
    Column("score", Float, nullable=False),
    Column("reason", Text, nullable=False),
    Column("by", String(16), nullable=False),  # dedup | review
)
Index("ix_merges_cluster", merges.c.cluster_id)

reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("cluster_id", String(80), nullable=False),
    Column("action", String(16), nullable=False),  # accept | edit | reject | merge | split
    Column("field", String(32)),
    Column("old", Text),
    Column("new", Text),
    Column("note", Text),
    Column("reviewer", Text),
)
Index("ix_reviews_cluster", reviews.c.cluster_id)

rejected = Table(
    "rejected",
    metadata,
    Column("key", String(64), primary_key=True),  # content hash, or hash of item+code when unread
    Column("item", Text, nullable=False),
    Column("stage", String(32), nullable=False),
    Column("code", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("pipeline_version", String(64), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
)
