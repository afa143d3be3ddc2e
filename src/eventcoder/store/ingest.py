"""Ingest: code a stream of articles into the store, idempotently and resumably.

Items are looked up a batch at a time: articles whose content hash is already stored with the same pipeline
version (or already rejected by it) are skipped; the rest are coded by ``batch.code_stream`` (in input order,
on ``workers`` processes), which also builds each article's rows where it was coded (``write.prepare``);
every ``batch_size`` results, ONE transaction writes those articles, events, evidence, sources, rejected
items and cluster updates. The transactions run in order on one writer thread, so coding (and feeding the
workers) goes on while a batch is written. A run killed at any point loses only its uncommitted batches,
which the next run codes again: nothing is lost or duplicated.
"""

from __future__ import annotations

import itertools
import queue
import threading
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
    store_seconds: float = 0.0  # wall-clock time spent looking up and writing to the store (the writer overlaps coding)
    store_cpu_seconds: float = 0.0  # CPU time of the same (the threads doing it)
    lookup_seconds: float = 0.0
    write_seconds: float = 0.0
    lookup_cpu_seconds: float = 0.0
    write_cpu_seconds: float = 0.0
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
            t0, c0 = time.perf_counter(), time.thread_time()
            keyed = [(write.content_hash(i.raw_text) if isinstance(i, Article) else write.rejected_key(i), i) for i in batch]
            with store.connect() as conn:
                versions = write.stored_versions(conn, [k for k, i in keyed if isinstance(i, Article)])
                done_rejects = write.rejected_keys(conn, [k for k, _ in keyed], version)
            stats.lookup_seconds += time.perf_counter() - t0
            stats.lookup_cpu_seconds += time.thread_time() - c0
            for key, item in keyed:
                stats.seen += 1
                if versions.get(key) == version or key in done_rejects or key in seen:
                    stats.skipped += 1
                    continue
                seen.add(key)
                keys.append((key, key in versions))
                yield item
            report()

    progress = threading.Lock()

    def report() -> None:
        if on_batch is not None:
            with progress:
                stats.seconds = time.perf_counter() - start
                on_batch(stats)

    def save(results: list[tuple[str, bool, Article | None, Any]]) -> None:
        t0, c0 = time.perf_counter(), time.thread_time()
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
                prep = result if isinstance(result, write.Prepared) else write.prepare(article, result, key)
                ids = write.write_prepared(conn, prep, version=version, run_id=stats.run_id, seq=seq, fresh=not recode)
                seq += 1
                stats.articles += 1
                stats.events += len(ids)
        stats.write_seconds += time.perf_counter() - t0
        stats.write_cpu_seconds += time.thread_time() - c0
        report()

    # the writer: batches are committed in arrival order, one transaction each
    batches: queue.Queue[list[tuple[str, bool, Article | None, Any]] | None] = queue.Queue(maxsize=4)
    failure: list[BaseException] = []
    stop = threading.Event()

    def writer() -> None:
        while (batch := batches.get()) is not None:
            if failure or stop.is_set():
                continue  # drain: a batch after a failed one is not written (its items are coded again next run)
            try:
                save(batch)
            except BaseException as exc:  # re-raised in the calling thread
                failure.append(exc)

    waited = 0.0

    def hand_over(batch: list[tuple[str, bool, Article | None, Any]] | None) -> None:
        nonlocal waited
        if failure:
            raise failure[0]
        t0 = time.perf_counter()
        batches.put(batch)
        waited += time.perf_counter() - t0

    thread = threading.Thread(target=writer, name="eventcoder-store-writer", daemon=True)
    thread.start()
    status = "failed"
    try:
        pending: list[tuple[str, bool, Article | None, Any]] = []
        # the rows are built in the worker that coded the article: the writer only inserts them
        for article, result in code_stream(todo(), pipeline=pipeline, workers=workers, chunk_size=batch_size, finish=write.prepare):
            key, recode = keys.popleft()
            pending.append((key, recode, article, result))
            if len(pending) >= batch_size:
                hand_over(pending)
                pending = []
        if pending:
            hand_over(pending)
        hand_over(None)
        t0 = time.perf_counter()
        thread.join()
        waited += time.perf_counter() - t0
        if failure:
            raise failure[0]
        status = "done"
    finally:
        if thread.is_alive():  # interrupted: let the writer finish its transaction and stop
            stop.set()
            batches.put(None)
            thread.join()
        stats.seconds = time.perf_counter() - start
        stats.store_seconds = stats.lookup_seconds + stats.write_seconds
        stats.store_cpu_seconds = stats.lookup_cpu_seconds + stats.write_cpu_seconds
        # coding time: the run less what the calling thread spent looking items up or waiting for the writer
        stats.coding_seconds = max(0.0, stats.seconds - stats.lookup_seconds - waited)
        with store.begin() as conn:
            conn.execute(
                update(runs)
                .where(runs.c.id == stats.run_id)
                .values(finished=write.now(), articles=stats.articles, skipped=stats.skipped, events=stats.events, rejected=stats.rejected, status=status)
            )
    return stats
