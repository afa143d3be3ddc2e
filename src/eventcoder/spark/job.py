"""The Spark job: read JSONL/CSV/TXT/HTML/WARC inputs, code them with one pipeline per Python worker,
write Parquet (events, rejected, clusters) and a run manifest — in one Spark job.

* Reading uses the same readers as ``extract`` (``read.read_bytes``, ``warc.read_warc``), one task per
  input file. When there are fewer than ``BALANCE_FILES`` files per partition, articles are spread over
  ``partitions`` by a stable CRC32 of their id and sorted by id inside each partition, so the work is
  balanced and a retried or speculative task sees exactly the same articles in the same order; with many
  files per partition the files themselves are the split and nothing is shuffled.
* Coding happens in ``mapPartitionsWithIndex`` through ``batch.code_stream`` (chunks through
  ``Pipeline.code_many``: spaCy's ``nlp.pipe``), with the pipeline (spaCy model, gazetteer, classifier)
  built once per Python worker process and reused by every task that worker runs. The same task writes
  its events and rejected rows straight to Parquet (``sink.PartWriter``: one file per partition, written
  under a temporary name then moved, so a retry or a re-run rewrites the same file and never duplicates
  rows) and passes only the dedup fields of its events on, with its counts.
* A bad record (or file) becomes a row of ``rejected`` with its code; it never fails a task. An article
  over the per-article limit is rejected by the pipeline like in ``extract``.
* Reports of one event across articles are clustered (spark/dedup.py, the store's rules per block) into
  canonical events with their member mentions: ``clusters/`` (``clusters=False`` skips this step).
* The counts in the manifest come back with the job's result (no second pass over the data), and so do
  the seconds each kind of work took in the tasks.

Run with ``eventcoder spark INPUT... --output DIR`` or ``spark-submit job.py INPUT... --output DIR``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import os
import sys
import tempfile
import time
import zlib
from collections import deque
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from eventcoder import __version__
from eventcoder.spark.rows import to_row

INPUT_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".txt", ".html", ".htm", ".warc", ".warc.gz", ".arc", ".arc.gz")
BALANCE_FILES = 8  # with fewer input files than this per partition, articles are shuffled to balance the work
_ARCHIVES: dict[int, Any] = {}  # id(session) -> class archive this run records (spark/local.py)
_PIPELINES: dict[str, Any] = {}  # per Python worker: config hash -> Pipeline


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    published: str | None = None  # ISO date, the anchor for relative dates when a record has none
    source: str = "unknown"
    config_text: str | None = None  # the user's TOML config, sent to the workers as text

    @property
    def config_hash(self) -> str:
        return hashlib.sha256((self.config_text or "").encode("utf-8")).hexdigest()[:16]


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Local directories become their input files (recursively); files and other URIs pass through."""
    out: list[str] = []
    for item in inputs:
        path = Path(item)
        if "://" not in item and path.is_dir():
            out += sorted(str(p.resolve()) for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(INPUT_SUFFIXES))
        elif "://" not in item:
            out.append(str(path.resolve()))
        else:
            out.append(item)
    return out


def _local_name(uri: str) -> str:
    return uri[len("file:") :] if uri.startswith("file:") else uri


def read_file(uri: str, data: bytes, options: Options) -> Iterator[tuple[str, Any]]:
    """(article id, Article | Rejected) for every item of one input file, read as ``extract`` reads it."""
    from eventcoder import errors
    from eventcoder.errors import EventcoderError
    from eventcoder.model import Rejected
    from eventcoder.read import read_bytes
    from eventcoder.warc import is_warc, read_warc

    name = _local_name(uri)
    published = dt.date.fromisoformat(options.published) if options.published else None
    try:
        if is_warc(name):
            items: Iterable[Any] = read_warc(io.BytesIO(data), name=name, published=published, source=options.source)
        else:
            items = read_bytes(data, name=name, published=published, source=options.source)
        for item in items:
            yield (item.article_id if isinstance(item, Rejected) else item.id), item
    except EventcoderError as exc:
        yield name, Rejected(article_id=exc.item or name, stage="read", code=exc.code, message=exc.message)
    except Exception as exc:  # noqa: BLE001 - a file that cannot be read is a rejection, never a failed task
        yield name, Rejected(article_id=name, stage="read", code=errors.UNREADABLE, message=f"{type(exc).__name__}: {exc}")


def pipeline_for(options: Options) -> Any:
    """The worker's pipeline for this configuration, built on first use and kept for later tasks."""
    key = options.config_hash
    if key not in _PIPELINES:
        from eventcoder.config import load_config
        from eventcoder.pipeline import Pipeline

        if options.config_text is None:
            config = load_config(None)
        else:
            with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False, encoding="utf-8") as tmp:
                tmp.write(options.config_text)
            try:
                config = load_config(tmp.name)
            finally:
                os.unlink(tmp.name)
        pipeline = Pipeline(config)
        pipeline.warm_up()
        _PIPELINES[key] = pipeline
    return _PIPELINES[key]


def code_partition(index: int, items: Iterable[tuple[Any, tuple[str, Any]]], output: str, options: Options,
                   clusters: bool) -> Iterator[tuple[str, Any]]:
    """Code one partition, write its events/ and rejected/ parts; yield (group key, mention) for dedup and
    finally ("counts", {...}) with this partition's counts and seconds."""
    from eventcoder.batch import code_stream
    from eventcoder.export.records import event_dict
    from eventcoder.model import Rejected
    from eventcoder.spark import sink
    from eventcoder.spark.dedup import group_key, mention
    from eventcoder.spark.rows import event_schema, rejected_schema

    started = time.perf_counter()
    pipeline = pipeline_for(options)
    loaded = time.perf_counter()
    attempt = _attempt()
    events = sink.PartWriter(output, "events", index, event_schema(), attempt)
    rejected = sink.PartWriter(output, "rejected", index, rejected_schema(), attempt)
    sources: deque[str] = deque()

    def stream() -> Iterator[Any]:
        for _key, (source_file, item) in items:
            sources.append(source_file)
            yield item

    n_articles = 0
    try:
        for article, result in code_stream(stream(), pipeline=pipeline, workers=1):
            source_file = sources.popleft()
            n_articles += article is not None
            if isinstance(result, Rejected):
                rejected.add([{**_rejected(result), "source_file": source_file}])
                continue
            events.add([to_row(event_dict(event, article), source_file) for event in result])
            if clusters:
                for event in result:
                    row = mention(event, article)
                    yield group_key(row), row
        n_events, n_rejected = events.close(), rejected.close()
    except BaseException:
        events.abort()
        rejected.abort()
        raise
    yield "counts", {"articles": n_articles, "events": n_events, "rejected": n_rejected, "tasks": 1,
                     "load_s": loaded - started, "code_s": time.perf_counter() - loaded}


def cluster_partition(index: int, groups: Iterable[tuple[str, Iterable[Any]]], output: str) -> Iterator[dict[str, Any]]:
    """Cluster the mention groups of one partition into clusters/ and pass the coding counts through."""
    from eventcoder.spark import sink
    from eventcoder.spark.dedup import cluster_group, cluster_schema

    started = time.perf_counter()
    writer = sink.PartWriter(output, "clusters", index, cluster_schema(), _attempt())
    try:
        for key, rows in sorted(groups, key=lambda kv: kv[0]):
            if key == "counts":
                yield from rows
            else:
                writer.add(cluster_group(key, rows))
        n_clusters = writer.close()
    except BaseException:
        writer.abort()
        raise
    yield {"clusters": n_clusters, "cluster_s": time.perf_counter() - started}


def _attempt() -> int:
    from pyspark import TaskContext

    context = TaskContext.get()
    return context.taskAttemptId() if context is not None else 0


def _rejected(rej: Any) -> dict[str, Any]:
    return {"article_id": rej.article_id, "stage": rej.stage, "code": rej.code, "message": rej.message}


def _stable_partition(key: Any) -> int:
    """A partition hash that is the same in every process (never Python's salted ``hash``)."""
    return zlib.crc32((key if isinstance(key, str) else key[0]).encode("utf-8"))


def run(spark: Any, inputs: Sequence[str], output: str, *, partitions: int | None = None, options: Options | None = None,
        clusters: bool = True) -> dict[str, Any]:
    """Code ``inputs`` into ``output`` (events/, rejected/, clusters/, manifest/). Returns the manifest."""
    from eventcoder.spark import sink

    options = options or Options()
    started = dt.datetime.now(dt.timezone.utc)
    t0 = time.perf_counter()
    files = expand_inputs(inputs)
    if not files:
        raise ValueError("no input files found")
    output = output if "://" in output else os.path.abspath(output)
    names = ("events", "rejected", "clusters", "manifest")
    sink.reset(output, names)
    if not clusters:
        sink.reset(output, ("clusters",), create=False)  # no stale clusters from an earlier run
    sc = spark.sparkContext
    partitions = partitions or 4 * sc.defaultParallelism  # several tasks per core: a slow task delays the end less
    raw = sc.binaryFiles(",".join(files), minPartitions=min(len(files), partitions))
    articles = raw.flatMap(lambda kv: ((key, (_local_name(kv[0]), item)) for key, item in read_file(kv[0], kv[1], options)))
    balance = len(files) < BALANCE_FILES * partitions
    if balance:  # sort key (id, file): the order inside a partition never depends on the shuffle
        articles = articles.map(lambda kv: ((kv[0], kv[1][0]), kv[1])).repartitionAndSortWithinPartitions(partitions, _stable_partition)
    coded = articles.mapPartitionsWithIndex(lambda i, part: code_partition(i, part, output, options, clusters))
    if clusters:
        results = coded.groupByKey(partitions, _stable_partition).mapPartitionsWithIndex(lambda i, part: cluster_partition(i, part, output)).collect()
    else:
        results = coded.map(lambda kv: kv[1]).collect()
    totals: dict[str, float] = {}
    for result in results:
        for key, value in result.items():
            totals[key] = totals.get(key, 0) + value
    sink.tidy(output, names)
    manifest = {
        "pipeline_version": __version__,
        "config_hash": options.config_hash,
        "inputs": list(inputs),
        "files": len(files),
        "partitions": coded.getNumPartitions(),
        "balanced": balance,
        "articles": int(totals.get("articles", 0)),
        "events": int(totals.get("events", 0)),
        "rejected": int(totals.get("rejected", 0)),
        "clusters": int(totals["clusters"]) if clusters else None,
        "seconds": {"job": round(time.perf_counter() - t0, 2),
                    **{k[:-2]: round(v, 2) for k, v in sorted(totals.items()) if k.endswith("_s")}},
        "started": started.isoformat(),
        "finished": dt.datetime.now(dt.timezone.utc).isoformat(),
    }
    sink.write_json(output, "manifest", manifest)
    return manifest


def session(master: str | None = None, app: str = "eventcoder", *, archive: bool = False) -> Any:
    """A SparkSession; ``master`` defaults to the cluster's (spark-submit) or local[*]. In local mode the
    JVM starts with ``spark/local.py``'s settings; ``archive=True`` also uses (or, on first use, records)
    its class-data archive — then end the session with ``close``."""
    from pyspark.sql import SparkSession

    from eventcoder.spark import local

    builder = SparkSession.builder.appName(app)
    if master or not os.environ.get("SPARK_HOME"):
        master = master or "local[*]"
        builder = builder.master(master)
    pending = None
    if master and master.startswith("local"):
        options, pending = local.java_options(archive)
        builder = builder.config("spark.driver.extraJavaOptions", options)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.python.worker.reuse", "true")
        .config("spark.python.daemon.module", "eventcoder.spark.daemon")  # forks workers after loading the pipeline
        .getOrCreate()
    )
    _ARCHIVES[id(spark)] = pending
    return spark


def close(spark: Any) -> None:
    """Stop a session from ``session``, putting a newly recorded class archive in place."""
    from eventcoder.spark import local

    local.finish(spark, _ARCHIVES.pop(id(spark), None))


if __name__ == "__main__":  # spark-submit .../eventcoder/spark/job.py INPUT... --output DIR (the command line: cli_spark.py)
    from eventcoder.cli_spark import main

    raise SystemExit(main())
