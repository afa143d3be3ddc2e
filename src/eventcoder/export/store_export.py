"""``eventcoder export``: stored events (canonical, or raw mentions) as ACLED CSV, GeoJSON, JSONL or Parquet.

The field mapping is the one in records.py / acled_csv.py: canonical events are typed ``Event`` records built
by ``store.query``, so nothing here maps fields itself.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, Iterator, TextIO

from ..model import STATUSES
from ..store.query import Filters, canonical_dict, iter_canonical, iter_mentions
from . import acled_csv, geojson, parquet
from .records import event_dict


def filters_from_args(args: argparse.Namespace) -> Filters:
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
    from ..store import Store

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
        with store.connect() as conn:
            items = iter_mentions(conn, filters) if args.mentions else iter_canonical(conn, filters)

            def flat() -> Iterator[dict[str, Any]]:
                for event, article, row in items:
                    if args.mentions:
                        d = event_dict(event, article)
                        d["event_id"] = row.id
                        d["cluster_id"] = row.cluster_id
                        yield d
                    else:
                        yield canonical_dict(event, article, row)

            if args.format == "parquet":
                n = parquet.write(flat(), args.output)
            else:
                fh = open(args.output, "w", encoding="utf-8", newline="") if args.output else out
                try:
                    if args.format == "acled-csv":
                        w = acled_csv.writer(fh)
                        n = 0
                        for event, article, row in items:
                            r = acled_csv.row(event, article)
                            r["event_id_cnty"] = row.id
                            w.writerow(r)
                            n += 1
                    elif args.format == "geojson":
                        n = geojson.write(flat(), fh)
                    else:
                        n = 0
                        for d in flat():
                            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
                            n += 1
                finally:
                    if args.output:
                        fh.close()
    finally:
        store.close()
    print(f"eventcoder: {n} {'mention' if args.mentions else 'event'}(s) exported", file=err)
    return 0
