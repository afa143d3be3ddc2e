"""Command line for the store: ``eventcoder ingest``, ``eventcoder export`` and ``eventcoder serve``.

Kept apart from cli.py (``extract``); cli.py only registers these subcommands and dispatches to ``run``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any, TextIO

from .cli_args import date_arg as _date, positive_int as _positive
from .errors import ConfigError, EventcoderError

COMMANDS = ("ingest", "export", "serve")


def add_parsers(sub: Any) -> None:
    db_help = "SQLite file (default eventcoder.db) or postgresql://user@host/db URL"
    ing = sub.add_parser("ingest", help="code files, directories, WARC archives or stdin into a store (idempotent, resumable)")
    ing.add_argument("sources", nargs="+", help="files or directories (recursively: .txt .html .jsonl .csv .warc .warc.gz), or -")
    ing.add_argument("--db", help=db_help)
    ing.add_argument("--workers", type=_positive, default=1, help="processes coding in parallel (default 1)")
    ing.add_argument("--published", type=_date, help="publication date for inputs that do not carry one")
    ing.add_argument("--source", default="unknown", help="publisher name for inputs that do not carry one")
    ing.add_argument("--encoding", default="utf-8")
    ing.add_argument("--config", help="TOML config file (stage order and settings)")
    ing.add_argument("--batch-size", type=_positive, default=16, help="articles per transaction (default 16)")
    ing.add_argument("--quiet", action="store_true", help="no progress bar")

    ex = sub.add_parser("export", help="write stored events as ACLED CSV, GeoJSON, JSONL or Parquet")
    ex.add_argument("--db", help=db_help)
    ex.add_argument("--format", choices=("acled-csv", "geojson", "jsonl", "parquet"), default="jsonl")
    ex.add_argument("--output", "-o", help="output file (default stdout; required for parquet)")
    ex.add_argument("--mentions", action="store_true", help="one row per article mention instead of per canonical event")
    ex.add_argument("--country", action="append", help="country name or ISO code (repeatable)")
    ex.add_argument("--admin1", action="append", help="admin1 region (repeatable)")
    ex.add_argument("--since", type=_date, help="first event date (inclusive)")
    ex.add_argument("--until", type=_date, help="last event date (inclusive)")
    ex.add_argument("--event-type", action="append", help="ACLED event type or sub-event type (repeatable)")
    ex.add_argument("--status", default="current", help="comma-separated statuses, or all (default current)")
    ex.add_argument("--reviewed", action="store_true", help="only events a reviewer accepted or edited")
    ex.add_argument("--include-rejected", action="store_true", help="keep events a reviewer rejected")
    sv = sub.add_parser("serve", help="offline web explorer: map, timeline, events with evidence, review")
    sv.add_argument("--db", help=db_help)
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8080)
    sv.add_argument("--get", metavar="PATH", help="print the response for PATH (e.g. /api/events) and exit")


class _Bar:
    """A rich progress bar on stderr when it is a terminal; nothing otherwise."""

    def __init__(self, err: TextIO, quiet: bool, total: int | None = None) -> None:
        self.progress = None
        if quiet or not err.isatty():
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[info]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(file=err),
            transient=False,
        )
        self.task = self.progress.add_task("ingest", total=total, info="")
        self.progress.start()

    def update(self, stats: Any) -> None:
        if self.progress is None:
            return
        done = stats.articles + stats.rejected + stats.skipped
        rate = (stats.articles + stats.rejected) / stats.seconds if stats.seconds else 0.0
        info = f"{stats.articles} coded, {stats.skipped} skipped, {stats.rejected} rejected, {stats.events} events, {rate:.1f} art/s"
        self.progress.update(self.task, completed=done, info=info)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()



def ingest_cmd(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .config import load_config
    from .pipeline import Pipeline
    from .store import Store, ingest
    from .store.inputs import estimate, read_sources

    try:
        pipeline = Pipeline(load_config(args.config))
    except ConfigError as exc:
        print(f"eventcoder: {exc}", file=err)
        return 2
    store = Store(args.db)
    bar = _Bar(err, args.quiet, estimate(args.sources) if not args.quiet and err.isatty() else None)
    items = read_sources(args.sources, published=args.published, source=args.source, encoding=args.encoding)
    try:
        stats = ingest(store, items, pipeline=pipeline, workers=args.workers, batch_size=args.batch_size, command="ingest " + " ".join(args.sources), on_batch=bar.update)
    finally:
        bar.close()
        store.close()
    for rej in stats.rejects:
        print(f"eventcoder: rejected {rej.article_id} at {rej.stage} [{rej.code}]: {rej.message}", file=err)
    print(
        f"eventcoder: {stats.articles} article(s) coded, {stats.skipped} already stored, {stats.rejected} rejected, "
        f"{stats.events} event(s) in {stats.seconds:.1f}s (coding {stats.coding_seconds:.1f}s, store {stats.store_seconds:.1f}s)",
        file=err,
    )
    return 1 if stats.articles == 0 and stats.rejected > 0 and stats.skipped == 0 else 0


def filters_from_args(args: argparse.Namespace) -> Any:
    from .model import STATUSES
    from .store.query import Filters

    status = (args.status or "current").strip()
    statuses: tuple[str, ...] = () if status == "all" else tuple(s.strip() for s in status.split(",") if s.strip())
    unknown = set(statuses) - set(STATUSES)
    if unknown:
        raise ValueError(f"unknown status {', '.join(sorted(unknown))}; choose from {', '.join(STATUSES)} or all")
    return Filters(
        countries=tuple(args.country or ()), admin1=tuple(args.admin1 or ()), since=args.since, until=args.until,
        types=tuple(args.event_type or ()), statuses=statuses, reviewed_only=args.reviewed, include_rejected=args.include_rejected,
    )


def export_cmd(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .export.store_export import export_events
    from .store import Store

    try:
        filters = filters_from_args(args)
    except ValueError as exc:
        print(f"eventcoder: {exc}", file=err)
        return 2
    if args.format == "parquet" and not args.output:
        print("eventcoder: --format parquet needs --output FILE", file=err)
        return 2
    store = Store(args.db, create=False)
    try:
        n = export_events(store, filters, args.format, out, output=args.output, mentions=args.mentions)
    finally:
        store.close()
    print(f"eventcoder: {n} {'mention' if args.mentions else 'event'}(s) exported", file=err)
    return 0


def serve_cmd(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .store import Store
    from .web.server import App, make_server

    store = Store(args.db, create=False)
    if args.get:
        status, _ctype, body = App(store).handle("GET", args.get)
        out.write(body.decode("utf-8", errors="replace"))
        if not body.endswith(b"\n"):
            out.write("\n")
        return 0 if status == 200 else 1
    server = make_server(store, args.host, args.port)
    print(f"eventcoder: explorer on http://{args.host}:{server.server_address[1]}/ (Ctrl-C to stop)", file=err)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        store.close()
    return 0


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        if args.command == "ingest":
            return ingest_cmd(args, out, err)
        if args.command == "export":
            return export_cmd(args, out, err)
        if args.command == "serve":
            return serve_cmd(args, out, err)
    except EventcoderError as exc:
        print(f"eventcoder: {exc}", file=err)
        return 1
    except BrokenPipeError:  # e.g. piped into head: stop quietly
        sys.stderr.close()
        return 0
    return 2
