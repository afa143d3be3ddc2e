"""Ingest: code a stream of articles into the store, idempotently and resumably.

Items are taken in batches. For each batch: articles whose content hash is already stored with the same
pipeline version (or already rejected by it) are skipped; the rest are coded; then ONE transaction writes
the batch's articles, events, evidence, sources, rejected items and cluster updates. A run killed at any
point loses only its uncommitted batch, which the next run codes again: nothing is lost or duplicated.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from sqlalchemy import insert, update

from ..model import Article, Rejected
from ..pipeline import Pipeline
from . import write
from .coding import code_batch
from .db import Store, pipeline_version
from .schema import runs


@dataclass(slots=True)
class IngestStats:
    articles: int = 0  # coded and stored by this run
    skipped: int = 0  # already in the store with this pipeline version
    events: int = 0
    rejected: int = 0
    seen: int = 0
    seconds: float = 0.0
    coding_seconds: float = 0.0
    store_seconds: float = 0.0
    run_id: int | None = None
    rejects: list[Rejected] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.seen / self.seconds if self.seconds else 0.0


def _batches(items: Iterable[Article | Rejected], size: int) -> Iterator[list[Article | Rejected]]:
    batch: list[Article | Rejected] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    store: Store,
    items: Iterable[Article | Rejected],
    *,
    pipeline: Pipeline | None = None,
    workers: int = 1,
    batch_size: int = 16,
    command: str = "ingest",
    on_batch: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    pipeline = pipeline or Pipeline()
    version = pipeline_version(pipeline.config)
    stats = IngestStats()
    start = time.perf_counter()
    with store.begin() as conn:
        stats.run_id = conn.execute(
            insert(runs).values(started=write.now(), pipeline_version=version, command=command, articles=0, skipped=0, events=0, rejected=0, status="running")
        ).inserted_primary_key[0]
    status = "failed"
    try:
        for batch in _batches(items, batch_size):
            t0 = time.perf_counter()
            keyed: list[tuple[str, Article | Rejected]] = []
            for item in batch:
                key = write.content_hash(item.raw_text) if isinstance(item, Article) else write.rejected_key(item)
                keyed.append((key, item))
            with store.connect() as conn:
                versions = write.stored_versions(conn, [k for k, i in keyed if isinstance(i, Article)])
                done_rejects = write.rejected_keys(conn, [k for k, _ in keyed], version)
            todo: list[tuple[str, Article | Rejected]] = []
            seen_keys: set[str] = set()
            for key, item in keyed:
                stats.seen += 1
                if versions.get(key) == version or key in done_rejects or key in seen_keys:
                    stats.skipped += 1
                    continue
                seen_keys.add(key)
                todo.append((key, item))
            t1 = time.perf_counter()
            coded = dict(
                zip(
                    [k for k, i in todo if isinstance(i, Article)],
                    code_batch(pipeline, [i for _, i in todo if isinstance(i, Article)], workers),
                )
            )
            t2 = time.perf_counter()
            if todo:
                with store.begin() as conn:
                    seq = write.next_seq(conn)
                    for key, item in todo:
                        if isinstance(item, Rejected):
                            write.write_rejected(conn, item, key, version, stats.run_id)
                            stats.rejected += 1
                            stats.rejects.append(item)
                            continue
                        article, result = coded[key]
                        if key in versions:  # coded before by another pipeline version
                            write.remove_article(conn, key)
                        if isinstance(result, Rejected):
                            write.write_rejected(conn, result, key, version, stats.run_id)
                            stats.rejected += 1
                            stats.rejects.append(result)
                            continue
                        ids = write.write_article(conn, article, result, article_hash=key, version=version, run_id=stats.run_id, seq=seq)
                        seq += 1
                        stats.articles += 1
                        stats.events += len(ids)
            t3 = time.perf_counter()
            stats.coding_seconds += t2 - t1
            stats.store_seconds += (t1 - t0) + (t3 - t2)
            stats.seconds = time.perf_counter() - start
            if on_batch is not None:
                on_batch(stats)
        status = "done"
    finally:
        stats.seconds = time.perf_counter() - start
        with store.begin() as conn:
            conn.execute(
                update(runs)
                .where(runs.c.id == stats.run_id)
                .values(finished=write.now(), articles=stats.articles, skipped=stats.skipped, events=stats.events, rejected=stats.rejected, status=status)
            )
    return stats
