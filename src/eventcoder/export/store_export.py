"""Stored events (canonical, or raw mentions) as ACLED CSV, GeoJSON, JSONL or Parquet (``eventcoder export``,
whose command line is in cli_store.py).

The field mapping is the one in records.py / acled_csv.py: canonical events are typed ``Event`` records built
by ``store.query``, so nothing here maps fields itself.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterator, TextIO

from ..store.query import Filters, canonical_dict, iter_canonical, iter_mentions
from . import acled_csv, geojson, parquet
from .records import event_dict

if TYPE_CHECKING:
    from ..store import Store


def export_events(store: "Store", filters: Filters, fmt: str, out: TextIO, output: str | None = None, mentions: bool = False) -> int:
    """Write the stored events that ``filters`` select (canonical events, or every raw mention) in ``fmt``
    (acled-csv, geojson, jsonl or parquet) to the file ``output``, else to ``out`` (parquet needs ``output``).
    Returns how many were written."""
    with store.connect() as conn:
        items = iter_mentions(conn, filters) if mentions else iter_canonical(conn, filters)

        def flat() -> Iterator[dict[str, Any]]:
            for event, article, row in items:
                if mentions:
                    d = event_dict(event, article)
                    d["event_id"] = row.id
                    d["cluster_id"] = row.cluster_id
                    yield d
                else:
                    yield canonical_dict(event, article, row)

        if fmt == "parquet":
            if not output:
                raise ValueError("parquet needs an output file")
            return parquet.write(flat(), output)
        fh = open(output, "w", encoding="utf-8", newline="") if output else out
        try:
            n = 0
            if fmt == "acled-csv":
                w = acled_csv.writer(fh)
                for event, article, row in items:
                    r = acled_csv.row(event, article)
                    r["event_id_cnty"] = row.id
                    w.writerow(r)
                    n += 1
            elif fmt == "geojson":
                n = geojson.write(flat(), fh)
            else:
                for d in flat():
                    fh.write(json.dumps(d, ensure_ascii=False) + "\n")
                    n += 1
            return n
        finally:
            if output:
                fh.close()
