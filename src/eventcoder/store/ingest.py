"""Ingest: code a stream of articles into the store, idempotently and resumably.

Items are looked up a batch at a time: articles whose content hash is already stored with the same pipeline
version (or already rejected by it) are skipped; the rest are coded by ``batch.code_stream`` (in input order,
on ``workers`` processes); every ``batch_size`` results, ONE transaction writes those articles, events,
evidence, sources, rejected items and cluster updates. A run killed at any
point loses only its uncommitted batch, which the next run codes again: nothing is lost or duplicated.
"""

from __future__ import annotations

import itertools
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from sqlalchemy import insert, update

from ..model import Article, Rejected
from ..batch import code_stream
from ..pipeline import Pipeline
from . import write
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


def _chunks(items: Iterable[Article | Rejected], size: int) -> Iterator[list[Article | Rejected]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


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
    keys: deque[tuple[str, bool]] = deque()  # (key, stored with another version) of each item sent to coding, in order
    seen: set[str] = set()

    def todo() -> Iterator[Article | Rejected]:
        """The items not yet in the store, looked up a batch at a time."""
        for batch in _chunks(items, batch_size):
            t0 = time.perf_counter()
            keyed = [(write.content_hash(i.raw_text) if isinstance(i, Article) else write.rejected_key(i), i) for i in batch]
            with store.connect() as conn:
                versions = write.stored_versions(conn, [k for k, i in keyed if isinstance(i, Article)])
                done_rejects = write.rejected_keys(conn, [k for k, _ in keyed], version)
            stats.store_seconds += time.perf_counter() - t0
            for key, item in keyed:
                stats.seen += 1
                if versions.get(key) == version or key in done_rejects or key in seen:
                    stats.skipped += 1
                    continue
                seen.add(key)
                keys.append((key, key in versions))
                yield item
            if on_batch is not None:
                stats.seconds = time.perf_counter() - start
                on_batch(stats)

    def save(results: list[tuple[str, bool, Article | None, Any]]) -> None:
        t0 = time.perf_counter()
        with store.begin() as conn:
            seq = write.next_seq(conn)
            for key, recode, article, result in results:
                if isinstance(result, Rejected):
                    write.write_rejected(conn, result, key, version, stats.run_id)
                    stats.rejected += 1
                    stats.rejects.append(result)
                    continue
                assert article is not None
                if recode:  # coded before by another pipeline version
                    write.remove_article(conn, key)
                ids = write.write_article(conn, article, result, article_hash=key, version=version, run_id=stats.run_id, seq=seq)
                seq += 1
                stats.articles += 1
                stats.events += len(ids)
        stats.store_seconds += time.perf_counter() - t0
        stats.seconds = time.perf_counter() - start
        if on_batch is not None:
            on_batch(stats)

    status = "failed"
    try:
        pending: list[tuple[str, bool, Article | None, Any]] = []
        for article, result in code_stream(todo(), pipeline=pipeline, workers=workers, chunk_size=batch_size):
            key, recode = keys.popleft()
            pending.append((key, recode, article, result))
            if len(pending) >= batch_size:
                save(pending)
                pending = []
        if pending:
            save(pending)
        status = "done"
    finally:
        stats.seconds = time.perf_counter() - start
        stats.coding_seconds = max(0.0, stats.seconds - stats.store_seconds)
        with store.begin() as conn:
            conn.execute(
                update(runs)
                .where(runs.c.id == stats.run_id)
                .values(finished=write.now(), articles=stats.articles, skipped=stats.skipped, events=stats.events, rejected=stats.rejected, status=status)
            )
    return stats
