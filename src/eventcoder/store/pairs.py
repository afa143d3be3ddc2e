"""Scoring cross-article dedup on a gold set of report pairs (eval/pairs/*.jsonl).

Each pair is two short reports and whether they describe the same event. Both are coded by the pipeline;
the pair is predicted "same" when a current/background event of report B would join the cluster of an
event of report A under the store's dedup rule (``dedup.compare`` against A's event as a one-report
cluster, exactly what ingest does). Precision and recall are over the "same" class, end to end (an
extraction miss counts against dedup) and, separately, over the pairs where both reports gave a located
current/background event (dedup's own share).

    python -m eventcoder.store.pairs eval/pairs/dev.jsonl [--errors]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..model import Article, Event
from ..pipeline import Pipeline
from . import dedup, write
from .write import event_row


def _article(side: dict[str, Any], ident: str) -> Article:
    pub = dt.date.fromisoformat(side["published"]) if side.get("published") else None
    return Article.from_text(id=ident, text=side["text"], source=side.get("source", "unknown"), published=pub)


def _rows(pipeline: Pipeline, article: Article, tag: str) -> list[tuple[dict[str, Any], set[str]]]:
    """Each event's row and the names it gives its place."""
    result = pipeline.run(article)
    if not isinstance(result, tuple):
        return []
    rows = []
    for n, ev in enumerate(result, start=1):
        assert isinstance(ev, Event)
        row, data = event_row(ev, article, f"{tag}-{n}", tag, n)
        rows.append((row, dedup.place_names(row, [write.place_text(data)])))
    return rows


def _usable(rows: list[tuple[dict[str, Any], set[str]]]) -> bool:
    return any(r["status"] in dedup.MERGEABLE_STATUSES and r.get("latitude") is not None for r, _ in rows)


def predict(pipeline: Pipeline, pair: dict[str, Any]) -> tuple[bool, str, bool]:
    """(predicted same, why, both reports gave a located current/background event)."""
    art_a, art_b = _article(pair["a"], pair["id"] + "/a"), _article(pair["b"], pair["id"] + "/b")
    a_rows, b_rows = _rows(pipeline, art_a, "a"), _rows(pipeline, art_b, "b")
    usable = _usable(a_rows) and _usable(b_rows)
    best: tuple[float, str] | None = None
    for a, a_names in a_rows:
        cluster = {**a, **dedup.canonical([a]), "id": a["id"]}
        for b, b_names in b_rows:
            # what the store does when one report has no place: look for the other's place name in its text
            named = dedup.named_in(a_names, art_b.text) if b.get("latitude") is None else dedup.named_in(b_names, art_a.text) if a.get("latitude") is None else None
            m = dedup.compare(b, cluster, named)
            if m is not None and (best is None or m.score > best[0]):
                best = (m.score, m.reason)
    if best is None:
        kinds = "; ".join(f"A:{r['sub_event_type']}@{r.get('location')} {r.get('event_date')}" for r, _ in a_rows)
        kinds += " | " + "; ".join(f"B:{r['sub_event_type']}@{r.get('location')} {r.get('event_date')}" for r, _ in b_rows)
        return False, kinds, usable
    return True, best[1], usable


def score(pairs: Iterable[dict[str, Any]], pipeline: Pipeline | None = None) -> dict[str, Any]:
    pipeline = pipeline or Pipeline()
    tp = fp = fn = tn = 0
    sub = {"tp": 0, "fp": 0, "fn": 0}  # pairs where extraction gave both sides a located event
    errors = []
    for pair in pairs:
        same, why, usable = predict(pipeline, pair)
        gold = bool(pair["same"])
        tp += same and gold
        fp += same and not gold
        fn += gold and not same
        tn += not gold and not same
        if usable:
            sub["tp"] += same and gold
            sub["fp"] += same and not gold
            sub["fn"] += gold and not same
        if same != gold:
            errors.append({"id": pair["id"], "gold": gold, "predicted": same, "why": why, "note": pair.get("note")})
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "pairs": tp + fp + fn + tn, "tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision, "recall": recall,
        "located_precision": sub["tp"] / (sub["tp"] + sub["fp"]) if sub["tp"] + sub["fp"] else 0.0,
        "located_recall": sub["tp"] / (sub["tp"] + sub["fn"]) if sub["tp"] + sub["fn"] else 0.0,
        "errors": errors,
    }


def load(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    out = []
    for p in paths:
        out.extend(json.loads(line) for line in Path(p).read_text("utf-8").splitlines() if line.strip())
    return out


def report_lines(res: dict[str, Any], errors: bool = False) -> Iterator[str]:
    """The lines of a score's report (and, with ``errors``, the pairs judged wrongly as JSON)."""
    yield f"pairs {res['pairs']}: precision {res['precision']:.3f} recall {res['recall']:.3f} (tp {res['tp']} fp {res['fp']} fn {res['fn']} tn {res['tn']})"
    yield f"  where both reports gave a located event: precision {res['located_precision']:.3f} recall {res['located_recall']:.3f}"
    if errors:
        for e in res["errors"]:
            yield json.dumps(e, ensure_ascii=False)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m eventcoder.store.pairs", description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--errors", action="store_true", help="list the pairs judged wrongly")
    return ap


if __name__ == "__main__":  # the command line: the one place this module prints
    args = parser().parse_args()
    for line in report_lines(score(load(args.files)), args.errors):
        print(line)
