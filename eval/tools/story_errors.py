"""List the event-level errors of multi-event stories, story by story: predicted current events that match no
gold current event (false positives) and gold current events no prediction matches (misses), with the trigger,
its sentence and why the pair failed. Uses the scorer's own matching (eventcoder.evaluate.match).

    python eval/tools/story_errors.py eval/stories --split dev [--config eval/slow.toml] [--dump out.json] [--load out.json]

``--dump`` writes the predictions (export dicts per story) so a later run can compare or re-list them with
``--load`` without running the pipeline again; ``--kinds`` prints only the counts per false-positive sub-type.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from eventcoder.evaluate import Prediction, load_gold, match, predict


def _sentence(text: str, span: list[int] | None) -> str:
    if not span:
        return ""
    start = max(text.rfind("\n", 0, span[0]), text.rfind(". ", 0, span[0]) + 1, 0)
    end = min((k for k in (text.find("\n", span[1]), text.find(". ", span[1])) if k >= 0), default=len(text))
    return text[start:end + 1].strip()


def _trigger(event: dict) -> tuple[str, list[int] | None]:
    ev = (event.get("evidence") or {}).get("trigger") or {}
    return ev.get("text") or event.get("trigger") or "", ev.get("raw_span")


def _line(event: dict) -> str:
    place = event.get("location") or event.get("country") or "-"
    return (f"{event.get('sub_event_type')} | {event.get('actor1') or '-'} v {event.get('actor2') or '-'} | {place} | "
            f"{event.get('event_date') or '-'} | {event.get('status', 'current')}")


def errors(pred: Prediction) -> tuple[list[dict], list[dict]]:
    """(false positives, misses) of one story: current events on one side left unmatched by a current one."""
    gold, predicted = pred.record.events, pred.events
    pairs = match(gold, predicted)
    ok_g = {i for i, j in pairs if gold[i].get("status", "current") == "current" and predicted[j]["status"] == "current"}
    ok_p = {j for i, j in pairs if gold[i].get("status", "current") == "current" and predicted[j]["status"] == "current"}
    partner = {j: gold[i] for i, j in pairs}
    fps = [dict(p, _matched_gold=partner.get(j)) for j, p in enumerate(predicted) if p["status"] == "current" and j not in ok_p]
    back = {i: predicted[j] for i, j in pairs}
    misses = [dict(g, _matched_pred=back.get(i)) for i, g in enumerate(gold) if g.get("status", "current") == "current" and i not in ok_g]
    return fps, misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--config")
    ap.add_argument("--dump")
    ap.add_argument("--load")
    ap.add_argument("--kinds", action="store_true")
    ap.add_argument("--only", help="comma-separated story ids")
    args = ap.parse_args(argv)
    records = load_gold(args.gold, split=args.split)
    if args.only:
        keep = set(args.only.split(","))
        records = tuple(r for r in records if r.id in keep)
    if args.load:
        saved = json.loads(Path(args.load).read_text())
        preds = [Prediction(record=r, events=tuple(saved.get(r.id, ()))) for r in records]
    else:
        pipeline = None
        if args.config:
            from eventcoder.config import load_config
            from eventcoder.pipeline import Pipeline

            pipeline = Pipeline(config=load_config(args.config))
        preds = list(predict(records, pipeline))
    if args.dump:
        Path(args.dump).write_text(json.dumps({p.record.id: list(p.events) for p in preds}, indent=1, default=str))
    kinds: Counter[str] = Counter()
    n_fp = n_miss = 0
    for pred in preds:
        fps, misses = errors(pred)
        n_fp += len(fps)
        n_miss += len(misses)
        kinds.update(p["sub_event_type"] for p in fps)
        if args.kinds or not (fps or misses):
            continue
        text = pred.record.text
        print(f"=== {pred.record.id} ({pred.record.published})")
        for p in fps:
            word, span = _trigger(p)
            why = f"  ~ gold: {_line(p['_matched_gold'])}" if p["_matched_gold"] else ""
            print(f"  FP  [{word}] {_line(p)}{why}\n        {_sentence(text, span)[:220]}")
        for g in misses:
            why = f"  ~ pred: {_line(g['_matched_pred'])}" if g["_matched_pred"] else ""
            print(f"  MISS [{g.get('trigger', '')}] {_line(g)}{why}")
    print(f"{len(preds)} stories: {n_fp} false positives, {n_miss} misses", file=sys.stderr)
    for k, n in kinds.most_common():
        print(f"  FP {k}: {n}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
