"""Command line: ``eventcoder extract FILE|-``. Events on stdout, progress and problems on stderr.

Exit codes: 0 success (some input items may have been rejected, each reported on stderr);
1 the input could not be read at all, or every item in it was rejected; 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import signal
import sys
import threading
from typing import Sequence, TextIO

from . import __version__, cli_store
from .cli_args import date_arg as _date, positive_int as _positive
from .config import load_config
from .errors import ConfigError, EventcoderError
from .export import acled_csv
from .export.records import event_dict, rejected_dict
from .export.table import format_event
from .model import STATUSES, Rejected
from .pipeline import Pipeline
from .read import read_path


def _statuses(text: str) -> frozenset[str]:
    wanted = frozenset(s.strip() for s in text.split(",") if s.strip())
    unknown = wanted - set(STATUSES) - {"all"}
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown status {', '.join(sorted(unknown))}; choose from {', '.join(STATUSES)} or all")
    return frozenset(STATUSES) if "all" in wanted else wanted


def build_parser(spark: bool = True) -> argparse.ArgumentParser:
    """The command-line parser. ``spark=False`` leaves the spark command's options out (building them
    imports the store and SQLAlchemy, a quarter of a second that ``extract`` does not need)."""
    parser = argparse.ArgumentParser(prog="eventcoder", description="Code conflict events from news text.")
    parser.add_argument("--version", action="version", version=f"eventcoder {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract events from a text, HTML, JSONL or CSV file (or - for stdin)")
    ex.add_argument("input", help="file path, or - to read standard input")
    ex.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD), the anchor for 'on Monday'")
    ex.add_argument("--source", default="unknown", help="publisher name recorded as a source of every event")
    ex.add_argument("--format", choices=("jsonl", "table", "acled-csv"), default="jsonl")
    ex.add_argument("--input-format", choices=("txt", "html", "jsonl", "csv", "warc"), help="override the guess from the file name")
    ex.add_argument("--encoding", default="utf-8", help="input encoding (default utf-8)")
    ex.add_argument(
        "--status",
        type=_statuses,
        default=None,
        help="comma-separated statuses to output (default current,background; current only for acled-csv; 'all' for every status)",
    )
    ex.add_argument("--config", help="TOML config file (stage order and settings)")
    ex.add_argument("--workers", type=_positive, default=None, help="worker processes (default: every available core)")
    sp = sub.add_parser("spark", help="code a news archive on Apache Spark into Parquet (pip install 'eventcoder[spark]')")
    if spark:
        from .cli_spark import build_parser as spark_parser

        spark_parser(sp)
    ev = sub.add_parser("evaluate", help="score the pipeline against gold files (eval/README.md)")
    ev.add_argument("gold", nargs="+", help="gold .jsonl files or directories (a directory means its src/ files)")
    ev.add_argument("--task", choices=("type", "geo", "actors", "events", "all"), default="all")
    ev.add_argument("--split", choices=("train", "dev", "test"), help="score one split only (by the fixed id hash)")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--config", help="TOML config file (stage order and settings)")
    cli_store.add_parsers(sub)
    return parser


def _report(rej: Rejected, err: TextIO) -> None:
    print(f"eventcoder: rejected {rej.article_id} at {rej.stage} [{rej.code}]: {rej.message}", file=err)


class OutputError(Exception):
    """Standard output cannot be written (disk full, closed): reported once, exit 1."""


def _emit(out: TextIO, text: str) -> None:
    """Write complete lines in one write and flush them, so that a killed run never leaves a torn line."""
    if not text:
        return
    try:
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            out.write(text)
            out.flush()
            return
        out.flush()
        data = text.encode(out.encoding or "utf-8", "backslashreplace")
        with _no_interrupt():  # Ctrl-C lands before or after these lines, never inside them
            buffer.write(data)
            buffer.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:  # ENOSPC, EBADF, "I/O operation on closed file"
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise OutputError(f"cannot write the output: {reason}") from exc


class _no_interrupt:
    """Hold SIGINT back for the duration of the block (main thread, where the platform allows); a Ctrl-C
    that arrives meanwhile is delivered when the block ends."""

    def __enter__(self) -> None:
        self.blocked = hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()
        if self.blocked:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})

    def __exit__(self, *exc: object) -> None:
        if self.blocked:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _config_and_pipeline(path: str | None) -> Pipeline:
    return Pipeline(load_config(path))


def extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .batch import code_stream
    from .read import Limits, unique_ids

    try:
        pipeline = _config_and_pipeline(args.config)
    except ConfigError as exc:
        print(f"eventcoder: {exc}", file=err)
        return 2
    cfg = pipeline.config
    limits = Limits(max_record_chars=cfg.max_record_chars, max_input_chars=cfg.max_input_chars)
    items = read_path(args.input, published=args.published, source=args.source, kind=args.input_format, encoding=args.encoding, limits=limits)

    def duplicate(old: str, new: str) -> None:
        print(f"eventcoder: warning: id {old!r} is used by more than one input item; this one is coded as {new!r}", file=err)

    statuses = args.status or (frozenset({"current"}) if args.format == "acled-csv" else frozenset({"current", "background"}))
    coded = rejected = events_out = 0
    try:
        if args.format == "acled-csv":
            header = io.StringIO()
            acled_csv.writer(header)
            _emit(out, header.getvalue())
        for article, result in code_stream(unique_ids(items, duplicate), pipeline=pipeline, workers=args.workers):
            if isinstance(result, Rejected):
                rejected += 1
                _report(result, err)
                if args.format == "jsonl":
                    print(json.dumps(rejected_dict(result)), file=err)
                continue
            assert article is not None
            coded += 1
            chunk = io.StringIO()
            csv_writer = csv.DictWriter(chunk, fieldnames=acled_csv.COLUMNS, lineterminator="\n") if args.format == "acled-csv" else None
            for event in result:
                if event.status.value not in statuses:
                    continue
                events_out += 1
                if csv_writer is not None:
                    csv_writer.writerow(acled_csv.row(event, article))
                elif args.format == "table":
                    chunk.write(format_event(event, article) + "\n\n")
                else:
                    chunk.write(json.dumps(event_dict(event, article), ensure_ascii=False) + "\n")
            _emit(out, chunk.getvalue())
    except (OutputError, EventcoderError) as exc:
        print(f"eventcoder: {exc}", file=err)
        return 1
    except KeyboardInterrupt:  # Ctrl-C: the worker processes are stopped (batch.code_stream), lines written stay
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        print(f"eventcoder: interrupted; {coded} article(s) coded, {rejected} rejected, {events_out} event(s) written", file=err)
        return 130
    print(f"eventcoder: {coded} article(s) coded, {rejected} rejected, {events_out} event(s) written", file=err)
    if coded == 0 and rejected > 0:
        return 1
    return 0


def evaluate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from . import evaluate as scoring

    tasks = scoring.TASKS if args.task == "all" else (args.task,)
    try:
        report = scoring.evaluate(args.gold, tasks, split=args.split, pipeline=Pipeline(load_config(args.config)))
    except ConfigError as exc:
        print(f"eventcoder: {exc}", file=err)
        return 2
    except EventcoderError as exc:
        print(f"eventcoder: {exc}", file=err)
        return 1
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1), file=out)
    else:
        for line in scoring.format_report(report):
            print(line, file=out)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(spark=not argv or "spark" in argv or any(a.startswith("-") for a in argv[:1]))
    args = parser.parse_args(argv)
    if args.command == "extract":
        err = sys.stderr if sys.stderr is not None else open(os.devnull, "w")
        if sys.stdout is None:
            print("eventcoder: cannot write the output: standard output is closed", file=err)
            return 1
        try:
            return extract(args, sys.stdout, err)
        except KeyboardInterrupt:  # before the first article (loading)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            print("eventcoder: interrupted", file=err)
            return 130
        except BrokenPipeError:  # e.g. piped into head: stop quietly, and keep the exit-time flush quiet too
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError):
                pass
            return 0
    if args.command == "spark":
        from .cli_spark import main as spark_main

        return spark_main(args)
    if args.command == "evaluate":
        return evaluate(args, sys.stdout, sys.stderr)
    if args.command in cli_store.COMMANDS:
        return cli_store.run(args)
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
