"""The Spark job: read JSONL/CSV/TXT/HTML/WARC inputs, code them with one pipeline per Python worker,
write Parquet (events, rejected) and a run manifest.

* Reading uses the same readers as ``extract`` (``read.read_bytes``, ``warc.read_warc``), one task per
  input file; articles are then spread over ``partitions`` by a stable hash of their id, so the work is
  balanced and a retried or speculative task sees exactly the same articles.
* Coding happens in ``mapPartitions``; the pipeline (spaCy model, gazetteer, classifier) is built once per
  Python worker process and reused by every task that worker runs.
* A bad record (or file) becomes a row of ``rejected`` with its code; it never fails a task. An article
  over the per-article limit is rejected by the pipeline like in ``extract``.
* Reports of one event across articles are clustered (spark/dedup.py, the store's rules per block) into
  canonical events with their member mentions: ``clusters/``.
* Output is written with Spark's commit protocol (``mode("overwrite")``), rows sorted within partitions,
  so a re-run or a retried task never duplicates rows.

Run with ``eventcoder spark INPUT... --output DIR`` or ``spark-submit job.py INPUT... --output DIR``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from eventcoder import __version__
from eventcoder.spark.dedup import clusters, mention
from eventcoder.spark.rows import EVENT_SCHEMA, REJECTED_SCHEMA, to_row

INPUT_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".txt", ".html", ".htm", ".warc", ".warc.gz", ".arc", ".arc.gz")
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
        _PIPELINES[key] = Pipeline(config)
    return _PIPELINES[key]


def code_partition(items: Iterable[tuple[str, tuple[str, Any]]], options: Options) -> Iterator[tuple[str, dict[str, Any]]]:
    """("event", row) and ("rejected", row) for the articles of one partition."""
    from eventcoder.export.records import event_dict
    from eventcoder.model import Rejected

    pipeline = None
    for _key, (source_file, item) in items:
        if isinstance(item, Rejected):
            yield "rejected", {**_rejected(item), "source_file": source_file}
            continue
        pipeline = pipeline or pipeline_for(options)
        doc = pipeline.run_document(item)
        if isinstance(doc, Rejected):
            yield "rejected", {**_rejected(doc), "source_file": source_file}
            continue
        article = doc.get("clean_article")
        for event in doc.get("events"):
            yield "event", to_row(event_dict(event, article), source_file)
            yield "mention", mention(event, article)


def _rejected(rej: Any) -> dict[str, Any]:
    return {"article_id": rej.article_id, "stage": rej.stage, "code": rej.code, "message": rej.message}


def _stable_partition(key: str) -> int:
    return zlib.crc32(key.encode("utf-8"))


def run(spark: Any, inputs: Sequence[str], output: str, *, partitions: int | None = None, options: Options | None = None) -> dict[str, Any]:
    """Code ``inputs`` into ``output`` (events/, rejected/, clusters/, manifest/). Returns the manifest."""
    from pyspark import StorageLevel

    options = options or Options()
    started = dt.datetime.now(dt.timezone.utc)
    files = expand_inputs(inputs)
    if not files:
        raise ValueError("no input files found")
    sc = spark.sparkContext
    partitions = partitions or max(2, sc.defaultParallelism)
    raw = sc.binaryFiles(",".join(files), minPartitions=min(len(files), partitions))
    articles = raw.flatMap(lambda kv: ((key, (_local_name(kv[0]), item)) for key, item in read_file(kv[0], kv[1], options)))
    balanced = articles.partitionBy(partitions, _stable_partition)
    coded = balanced.mapPartitions(lambda part: code_partition(part, options)).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        events = spark.createDataFrame(coded.filter(lambda kv: kv[0] == "event").map(lambda kv: kv[1]), EVENT_SCHEMA)
        rejected = spark.createDataFrame(coded.filter(lambda kv: kv[0] == "rejected").map(lambda kv: kv[1]), REJECTED_SCHEMA)
        events.sortWithinPartitions("article_id", "event_id").write.mode("overwrite").parquet(f"{output}/events")
        rejected.sortWithinPartitions("article_id").write.mode("overwrite").parquet(f"{output}/rejected")
        canonical = clusters(spark, coded.filter(lambda kv: kv[0] == "mention").map(lambda kv: kv[1]), partitions)
        canonical.sortWithinPartitions("cluster_id").write.mode("overwrite").parquet(f"{output}/clusters")
        n_events, n_rejected = events.count(), rejected.count()
        n_clusters = spark.read.parquet(f"{output}/clusters").count()
        n_articles = articles.filter(lambda kv: type(kv[1][1]).__name__ == "Article").count()
    finally:
        coded.unpersist()
    manifest = {
        "pipeline_version": __version__,
        "config_hash": options.config_hash,
        "inputs": list(inputs),
        "files": len(files),
        "partitions": partitions,
        "articles": n_articles,
        "events": n_events,
        "rejected": n_rejected,
        "clusters": n_clusters,
        "started": started.isoformat(),
        "finished": dt.datetime.now(dt.timezone.utc).isoformat(),
    }
    spark.createDataFrame([manifest]).coalesce(1).write.mode("overwrite").json(f"{output}/manifest")
    return manifest


def session(master: str | None = None, app: str = "eventcoder") -> Any:
    """A SparkSession; ``master`` defaults to the cluster's (spark-submit) or local[*]."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master or not os.environ.get("SPARK_HOME"):
        builder = builder.master(master or "local[*]")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.python.worker.reuse", "true")
        .getOrCreate()
    )


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    parser = parser or argparse.ArgumentParser(prog="eventcoder spark", description="Code a news archive on Spark into Parquet.")
    parser.add_argument("inputs", nargs="+", help="JSONL/CSV/TXT/HTML/WARC files or directories; any Hadoop URI")
    parser.add_argument("--output", required=True, help="output directory (local path or Hadoop URI)")
    parser.add_argument("--master", help="Spark master URL (default: the cluster's, or local[*])")
    parser.add_argument("--partitions", type=int, help="number of coding partitions (default: cluster parallelism)")
    parser.add_argument("--published", help="publication date YYYY-MM-DD for records that have none")
    parser.add_argument("--source", default="unknown", help="publisher name for records that have none")
    parser.add_argument("--config", help="TOML config file (stage order and settings)")
    return parser


def main(argv: Sequence[str] | None = None, out: Any = None, err: Any = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    args = build_parser().parse_args(argv) if not isinstance(argv, argparse.Namespace) else argv
    try:
        import pyspark  # noqa: F401
    except ImportError:
        print("eventcoder: Spark needs pyspark: pip install 'eventcoder[spark]'", file=err)
        return 2
    config_text = None
    if args.config:
        from eventcoder.config import load_config
        from eventcoder.errors import ConfigError

        try:
            load_config(args.config)  # refuse a bad config before starting Spark
            config_text = Path(args.config).read_text("utf-8")
        except ConfigError as exc:
            print(f"eventcoder: {exc}", file=err)
            return 2
    if args.published:
        try:
            dt.date.fromisoformat(args.published)
        except ValueError:
            print(f"eventcoder: --published {args.published!r} is not YYYY-MM-DD", file=err)
            return 2
    spark = session(args.master)
    try:
        manifest = run(spark, args.inputs, args.output, partitions=args.partitions,
                       options=Options(published=args.published, source=args.source, config_text=config_text))
    except ValueError as exc:
        print(f"eventcoder: {exc}", file=err)
        return 1
    print(json.dumps(manifest), file=out)
    return 0


if __name__ == "__main__":  # spark-submit .../eventcoder/spark/job.py INPUT... --output DIR
    raise SystemExit(main())
