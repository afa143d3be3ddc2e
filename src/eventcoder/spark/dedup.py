"""Cross-article deduplication on Spark: the store's clustering rules (store/dedup.py) run per block.

Mentions are blocked on (country, sub-type family, 7-day window of the event date); inside a block they are
clustered in a fixed order (event id) exactly as ``ingest`` clusters them as articles arrive: each mention
joins the best compatible cluster (``dedup.best_match``) that holds no other mention of its own article,
else it starts a cluster; the cluster's canonical event is recomputed (``dedup.canonical``) after every
join. Pairs in two different blocks (another country, family, or a date across a window edge) are never
compared: the price of blocking, stated in docs/DESIGN.md.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Iterable, Iterator, Mapping

from eventcoder.store import dedup

MENTION_FIELDS = (
    "id", "article_hash", "status", "disorder_type", "event_type", "sub_event_type", "event_date", "earliest", "latest",
    "time_precision", "actor1", "actor2", "inter1", "inter2", "country", "iso", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high", "injuries_low",
)
CLUSTER_STRINGS = (
    "cluster_id", "status", "disorder_type", "event_type", "sub_event_type", "event_date", "earliest", "latest",
    "actor1", "actor2", "country", "iso", "admin1", "admin2", "location",
)
CLUSTER_INTS = ("time_precision", "inter1", "inter2", "geo_precision", "fatalities", "fatalities_best", "fatalities_high",
                "injuries", "n_mentions", "n_articles")


def cluster_schema() -> Any:
    """The Arrow schema of a canonical event row (pyarrow is imported only when Spark runs)."""
    import pyarrow as pa

    member = pa.struct([("event_id", pa.string()), ("article_id", pa.string()), ("score", pa.float64()), ("reason", pa.string())])
    return pa.schema([*((k, pa.string()) for k in CLUSTER_STRINGS), *((k, pa.int32()) for k in CLUSTER_INTS),
                      ("latitude", pa.float64()), ("longitude", pa.float64()), ("members", pa.list_(member))])


def mention(event: Any, article: Any) -> dict[str, Any]:
    """The dedup fields of one coded event (the same row the store clusters), dates as ISO strings."""
    from eventcoder.store.write import event_row

    row, _data = event_row(event, article, event.id, article.id, 0)
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in row.items() if k in MENTION_FIELDS}


def block_key(row: Mapping[str, Any]) -> str | None:
    """(country, family, 7-day window) — None for mentions that never merge (no date/place, or a status
    other than current/background): each of those stays a cluster of its own."""
    if row["status"] not in dedup.MERGEABLE_STATUSES or row.get("latitude") is None or not row.get("event_date"):
        return None
    day = dt.date.fromisoformat(row["event_date"][:10]).toordinal()
    return json.dumps([row.get("iso"), dedup.family(row["event_type"], row["sub_event_type"]), day // 7])


def cluster_block(rows: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """Canonical events (with their members and why each joined) for the mentions of one block."""
    clusters: list[dict[str, Any]] = []  # {"row": canonical row with id, "members": [...], "articles": set}
    for row in sorted(rows, key=lambda r: r["id"]):
        open_ = [c for c in clusters if row["article_hash"] not in c["articles"]]
        found = dedup.best_match(row, [c["row"] for c in open_])
        if found is None:
            cluster = {"members": [], "articles": set(), "why": []}
            clusters.append(cluster)
            score, reason = 0.0, "first report"
        else:
            cluster = next(c for c in open_ if c["row"] is found[0])
            score, reason = found[1].score, found[1].reason
        cluster["members"].append(row)
        cluster["articles"].add(row["article_hash"])
        cluster["why"].append((score, reason))
        cluster["row"] = {**dedup.canonical(cluster["members"]), "id": cluster["members"][0]["id"]}
    for c in clusters:
        yield _output(c["row"], c["members"], c["why"])


def single(row: Mapping[str, Any]) -> dict[str, Any]:
    return _output({**dedup.canonical([row]), "id": row["id"]}, [row], [(0.0, "first report")])


def _output(canon: Mapping[str, Any], members: list[Mapping[str, Any]], why: list[tuple[float, str]]) -> dict[str, Any]:
    def iso(v: Any) -> Any:
        return v.isoformat() if isinstance(v, dt.date) else v

    out = {k: iso(canon.get(k)) for k in (
        "status", "disorder_type", "event_type", "sub_event_type", "event_date", "earliest", "latest", "time_precision",
        "actor1", "inter1", "actor2", "inter2", "country", "iso", "admin1", "admin2", "location", "latitude",
        "longitude", "geo_precision", "fatalities_best", "fatalities_high", "n_mentions", "n_articles",
    )}
    out["cluster_id"] = canon["id"]
    out["fatalities"] = canon.get("fatalities_low")  # ACLED: the lowest credible figure
    out["injuries"] = canon.get("injuries_low")
    out["members"] = [
        {"event_id": m["id"], "article_id": m["article_hash"], "score": float(s), "reason": r} for m, (s, r) in zip(members, why)
    ]
    return out


def group_key(row: Mapping[str, Any]) -> str:
    """The shuffle key of a mention: its block, or its own id for a mention that never merges."""
    block = block_key(row)
    return "block " + block if block is not None else "alone " + row["id"]


def cluster_group(key: str, rows: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    """Canonical events of the mentions that share ``key`` (``group_key``)."""
    if key.startswith("alone "):
        for row in rows:
            yield single(row)
    else:
        yield from cluster_block(rows)
