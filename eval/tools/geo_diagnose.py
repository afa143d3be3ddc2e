"""Geocoding alone, independent of event detection: for every gold snippet, the place the places stage
gives an event whose trigger is the gold trigger, compared with the gold place.

    python eval/tools/geo_diagnose.py eval/snippets --split dev [--errors]
"""

from __future__ import annotations

import argparse
import statistics
import sys

from eventcoder import geo
from eventcoder.evaluate import load_gold, place_key, split_of
from eventcoder.model import Article
from eventcoder.pipeline import Pipeline
from eventcoder.geo.event_place import document_toponyms, place_for_span


def geo_only(pipeline: Pipeline, rec, gold, toponyms=None):
    article = Article.from_text(id=rec.id, text=rec.text, source=rec.source, published=rec.published)
    doc = pipeline.run_document(article)
    if not hasattr(doc, "get"):
        return None
    if toponyms is not None:
        toponyms.extend(document_toponyms(doc))
    text = doc.get("clean_article").text
    trig = gold.get("trigger") or ""
    start = text.find(trig) if trig else -1
    start, end = (0, 1) if start < 0 else (start, start + len(trig))
    ev = place_for_span(doc, start, end)
    return ev.value if ev else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--split")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--buckets", action="store_true", help="sort the misses into kinds and count them")
    args = ap.parse_args(argv)
    records = load_gold(args.gold, split=args.split)
    pipeline = Pipeline()
    n = c_ok = a_ok = l_ok = a_strict = 0
    dists = []
    buckets: dict[str, int] = {}
    for rec in records:
        gold = rec.current[0] if rec.current else None
        if not gold or "country" not in gold:
            continue
        n += 1
        tops: list = []
        p = geo_only(pipeline, rec, gold, tops)
        ok_c = p is not None and (p.country.lower() == (gold.get("country") or "").lower() or p.iso == gold.get("iso"))
        ok_a_strict = p is not None and place_key(p.admin1) == place_key(gold.get("admin1"))
        a_strict += ok_a_strict
        ok_a = p is not None and (ok_a_strict or geo.same_name(p.admin1, gold.get("admin1"), p.iso))
        ok_l = p is not None and (place_key(p.location) == place_key(gold.get("location")) or geo.same_name(p.location, gold.get("location"), p.iso))
        d = None
        if p is not None and gold.get("latitude") is not None:
            d = geo.haversine_km(p.latitude, p.longitude, gold["latitude"], gold["longitude"])
        if gold.get("latitude") is not None:
            dists.append(d)
        c_ok += ok_c
        a_ok += ok_a
        l_ok += ok_l
        bad = not (ok_c and ok_a and (d is not None and d <= 25))
        kind = bucket(p, gold, ok_c, ok_a, tops) if bad else "ok"
        buckets[kind] = buckets.get(kind, 0) + 1
        if args.errors and bad:
            got = f"{p.location} / {p.admin1} / {p.country} p{p.geo_precision}" if p else "-"
            print(f"{rec.id} [{kind}]: gold {gold.get('location')} / {gold.get('admin1')} / {gold.get('country')} p{gold.get('geo_precision')}"
                  f" | got {got} | {'' if d is None else round(d)} km\n    {rec.text[:300]}")
    within = lambda k: sum(d is not None and d <= k for d in dists) / len(dists) if dists else 0
    known = [d for d in dists if d is not None]
    print(f"n={n} country={c_ok / n:.3f} admin1={a_ok / n:.3f} (by evaluate's key alone {a_strict / n:.3f}) location={l_ok / n:.3f} "
          f"within10={within(10):.3f} within25={within(25):.3f} within50={within(50):.3f} median_km={statistics.median(known) if known else None}")
    if args.buckets:
        for kind, count in sorted(buckets.items(), key=lambda kv: -kv[1]):
            print(f"  {kind:<40} {count:4d}  {count / n:.3f}")
    return 0


def bucket(p, gold, ok_c: bool, ok_a: bool, toponyms) -> str:
    """What kind of miss: was the gold place found in the text at all, in the gazetteer at all?"""
    iso, loc = gold.get("iso"), gold.get("location")
    in_gaz = bool(loc) and any(h.place.iso == iso for h in geo.index().lookup(loc))
    found = any(geo.same_name(t.place.location, loc, t.place.iso) and t.place.iso == iso for t in toponyms)
    gaz = "in gazetteer" if in_gaz else "not in gazetteer"
    if p is None:
        return f"no place ({gaz})"
    if not ok_c:
        return f"wrong country ({'gold place found' if found else gaz})"
    if not ok_a:
        return f"wrong admin1 ({'gold place found' if found else gaz})"
    return f"far, right admin1 ({'gold place found' if found else gaz})"


if __name__ == "__main__":
    sys.exit(main())
