"""Command line for the Spark job: ``eventcoder spark`` and ``spark-submit .../eventcoder/spark/job.py``.

Kept apart from the library (spark/job.py runs the job and returns its manifest); cli.py registers the
subcommand with ``build_parser`` and dispatches to ``main``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, Sequence


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    parser = parser or argparse.ArgumentParser(prog="eventcoder spark", description="Code a news archive on Spark into Parquet.")
    parser.add_argument("inputs", nargs="+", help="JSONL/CSV/TXT/HTML/WARC files or directories; any Hadoop URI")
    parser.add_argument("--output", required=True, help="output directory (local path, or s3://, gs://, hdfs://, abfs:// URI)")
    parser.add_argument("--master", help="Spark master URL (default: the cluster's, or local[*])")
    parser.add_argument("--partitions", type=int, help="number of coding partitions (default: 4 per core of the cluster)")
    parser.add_argument("--published", help="publication date YYYY-MM-DD for records that have none")
    parser.add_argument("--source", default="unknown", help="publisher name for records that have none")
    parser.add_argument("--config", help="TOML config file (stage order and settings)")
    parser.add_argument("--no-clusters", dest="clusters", action="store_false",
                        help="skip the cross-article dedup (no clusters/ output)")
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
    from eventcoder.spark.job import Options, close, run, session

    spark = session(args.master, archive=True)
    try:
        manifest = run(spark, args.inputs, args.output, partitions=args.partitions, clusters=args.clusters,
                       options=Options(published=args.published, source=args.source, config_text=config_text))
        print(json.dumps(manifest), file=out, flush=True)
    except ValueError as exc:
        print(f"eventcoder: {exc}", file=err)
        return 1
    finally:
        close(spark)
    return 0
