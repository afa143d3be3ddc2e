"""Coding a stream of articles on several cores: the one batch runner (``extract``, ``ingest``, Spark).

    from eventcoder.batch import code_stream
    for article, result in code_stream(items, config, workers=4):
        ...  # result: tuple[Event, ...] or Rejected; article: the article the spans index (None for an
             # input item that was already a Rejected)

* Input: any iterable of ``Article | Rejected`` (``read.read_path`` yields these); it is consumed lazily.
* Output: one pair per input item, **in input order**, deterministic: the same input gives the same
  output whatever ``workers`` is (articles are grouped into chunks by position only: a first chunk of
  ``FIRST_CHUNK``, so that the first events come out quickly, then chunks of ``chunk_size``; spaCy's
  results do not depend on how texts are batched).
* ``workers``: processes (default: every core this process may use); 1 codes in this process. Each
  chunk goes through ``Pipeline.code_many`` (spaCy's ``nlp.pipe`` for the chunk). At most
  ``2 × workers`` chunks are in flight, so memory does not grow with the input.
* Failures stay per article: a stage error or time-budget overrun is a ``Rejected`` for that article
  (the budget works in worker processes: each runs the pipeline in its main thread). A worker process
  that dies (segfault, out of memory) costs only the article that killed it: the chunks in flight are
  re-run one article at a time and the culprit becomes ``Rejected(code="stage_failed", stage="worker")``.
* Worker processes are forked from this one after ``Pipeline.warm_up``, so the spaCy model and lexicons
  are loaded once and shared (on systems without fork they are spawned and load their own).
* ``finish(article, events)``, a module-level function, runs in the worker on each coded article and its
  return value replaces the events tuple: work that follows coding (e.g. the store's row building) then
  runs in parallel too, and only its result travels back.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import errors
from .config import Config
from .model import Article, Event, Rejected
from .pipeline import Pipeline

Result = tuple[Article | None, "tuple[Event, ...] | Rejected"]
Finish = Callable[[Article, "tuple[Event, ...]"], Any]
CHUNK_SIZE = 32  # articles per nlp.pipe call: 16 cost ~3% more CPU, 64 balances two workers worse
FIRST_CHUNK = 4

_PIPELINE: Pipeline | None = None  # the pipeline of this worker process


def default_workers() -> int:
    """Cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _chunks(items: Iterable[Article | Rejected], size: int, first: int | None = None) -> Iterator[list[Article | Rejected]]:
    it = iter(items)
    if first is not None and first < size:
        chunk = list(itertools.islice(it, first))
        if not chunk:
            return
        yield chunk
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _code_chunk(pipeline: Pipeline, chunk: Sequence[Article | Rejected], finish: Finish | None = None) -> list[Result]:
    articles = [x for x in chunk if isinstance(x, Article)]
    coded = iter(pipeline.code_many(articles)) if articles else iter(())
    out = [(None, x) if isinstance(x, Rejected) else next(coded) for x in chunk]
    if finish is not None:
        out = [(a, finish(a, r)) if a is not None and isinstance(r, tuple) else (a, r) for a, r in out]
    return out


def _init_worker(config: Config | None) -> None:
    global _PIPELINE
    # Ctrl-C reaches the whole process group: the parent handles it (and stops us); no tracebacks here
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _PIPELINE is None:  # spawned, not forked: build and warm our own
        _PIPELINE = Pipeline(config)
        _PIPELINE.warm_up()


def _work(chunk: Sequence[Article | Rejected], finish: Finish | None = None) -> list[Result]:
    assert _PIPELINE is not None
    return _code_chunk(_PIPELINE, chunk, finish)


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


class _Pool:
    def __init__(self, pipeline: Pipeline, workers: int, finish: Finish | None = None) -> None:
        global _PIPELINE
        self.pipeline = pipeline
        self.workers = workers
        self.finish = finish
        context = _context()
        _PIPELINE = pipeline if context.get_start_method() == "fork" else None
        config = None if _PIPELINE is not None else _picklable(pipeline.config)
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(config,))

    def submit(self, chunk: Sequence[Article | Rejected]) -> Future[list[Result]]:
        return self.executor.submit(_work, chunk, self.finish)

    def restart(self, broken: ProcessPoolExecutor | None = None) -> None:
        """Replace the executor, unless the broken one was already replaced."""
        if broken is not None and broken is not self.executor:
            return
        self.executor.shutdown(wait=False)
        self.__init__(self.pipeline, self.workers, self.finish)  # type: ignore[misc]

    def isolate(self, chunk: Sequence[Article | Rejected]) -> list[Result]:
        """Re-run a chunk whose worker died, one article per task, to find the article that kills it."""
        out: list[Result] = []
        for item in chunk:
            if isinstance(item, Rejected):
                out.append((None, item))
                continue
            try:
                out.extend(self.submit([item]).result())
            except BrokenProcessPool:
                self.restart()
                out.append(
                    (
                        item,
                        Rejected(
                            article_id=item.id, stage="worker", code=errors.STAGE_FAILED, message="the worker process coding this article died"
                        ),
                    )
                )
        return out

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def terminate(self) -> None:
        """Stop now (Ctrl-C, or the consumer stopped reading): end the workers, drop the queued chunks,
        leave no process behind."""
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        manager = getattr(self.executor, "_executor_manager_thread", None)
        # the queue of chunks waiting for a worker is fed by a thread that blocks on a full pipe once the
        # workers are gone; joined at exit it would hang the interpreter (seen with long articles queued)
        call_queue = getattr(self.executor, "_call_queue", None)
        if call_queue is not None:
            call_queue.cancel_join_thread()
        for process in processes:
            try:
                process.terminate()
            except (OSError, ValueError, AttributeError):
                pass
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            try:
                process.join(5)
            except (OSError, ValueError, AssertionError):
                pass
        # the executor's manager thread closes its wake-up pipe as it ends; still ending when the interpreter exits,
        # it races concurrent.futures' exit hook, which writes to that pipe and prints a traceback ("Exception
        # ignored in: <module 'threading'>", seen once in 7 Ctrl-C runs): let it end first
        if manager is not None:
            try:
                manager.join(5)
            except RuntimeError:
                pass


def _picklable(config: Config) -> Config:
    import dataclasses

    return dataclasses.replace(config, settings={k: dict(v) for k, v in config.settings.items()})


def code_stream(
    items: Iterable[Article | Rejected],
    config: Config | None = None,
    *,
    workers: int | None = None,
    chunk_size: int = CHUNK_SIZE,
    pipeline: Pipeline | None = None,
    finish: Finish | None = None,
) -> Iterator[Result]:
    """Code a stream of articles (see the module documentation). ``pipeline`` may be given instead of
    ``config`` (e.g. one already warmed up)."""
    pipeline = pipeline or Pipeline(config)
    workers = default_workers() if workers is None else max(1, workers)
    chunks = _chunks(items, max(1, chunk_size), FIRST_CHUNK)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    pipeline.warm_up()
    if workers == 1 or second is None:  # one chunk: not worth starting processes
        yield from _code_chunk(pipeline, first, finish)
        for chunk in itertools.chain([second] if second is not None else [], chunks):
            yield from _code_chunk(pipeline, chunk, finish)
        return
    pool = _Pool(pipeline, workers, finish)
    try:
        pending: deque[tuple[Sequence[Article | Rejected], Future[list[Result]], ProcessPoolExecutor]] = deque()
        for chunk in itertools.chain([first, second], chunks):
            pending.append((chunk, pool.submit(chunk), pool.executor))
            while len(pending) >= 2 * workers:
                yield from _collect(pool, *pending.popleft())
        while pending:
            yield from _collect(pool, *pending.popleft())
    except BaseException:  # KeyboardInterrupt, GeneratorExit (the consumer went away), an error
        pool.terminate()
        raise
    pool.close()


def _collect(pool: _Pool, chunk: Sequence[Article | Rejected], future: Future[list[Result]], executor: ProcessPoolExecutor) -> list[Result]:
    try:
        return future.result()
    except BrokenProcessPool:
        pool.restart(executor)
        return pool.isolate(chunk)
