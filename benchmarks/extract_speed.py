"""Benchmark: throughput and memory of the full pipeline on the bundled public-domain articles.

Prints figures; asserts nothing. Run: python benchmarks/extract_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from pathlib import Path

from eventcoder.pipeline import Pipeline
from eventcoder.model import Rejected
from eventcoder.read import read_path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("input", nargs="?", default=str(ROOT / "samples" / "centcom-statedept.jsonl"))
    args = parser.parse_args()

    t0 = time.perf_counter()
    pipeline = Pipeline()
    articles = [a for a in read_path(args.input, published=dt.date(2017, 1, 15)) if not isinstance(a, Rejected)]
    pipeline.run(articles[0])  # loads spaCy and the gazetteer
    startup = time.perf_counter() - t0

    words = sum(len(a.text.split()) for a in articles)
    best = float("inf")
    events = 0
    for _ in range(args.repeat):
        t = time.perf_counter()
        events = 0
        for a in articles:
            out = pipeline.run(a)
            events += 0 if isinstance(out, Rejected) else len(out)
        best = min(best, time.perf_counter() - t)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"input            {args.input}")
    print(f"articles         {len(articles)}  ({words} words)")
    print(f"startup          {startup:.2f} s  (spaCy model + gazetteer + first article)")
    print(f"best of {args.repeat}        {best:.3f} s  -> {len(articles) / best:.1f} articles/s, {words / best:.0f} words/s (one core)")
    print(f"events           {events}")
    print(f"peak RSS         {rss_mb:.0f} MB")
    print(f"python           {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
