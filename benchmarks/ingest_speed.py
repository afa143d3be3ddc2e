"""Ingest speed: articles/s with 1 and N workers, the speed-up, and the share of coding time spent writing
to the store.

    python benchmarks/ingest_speed.py [N_ARTICLES] [WORKERS...]      (default: 2000 articles, workers 1 2)

Articles are the project's own snippets (eval/snippets/src, repeated with a marker line when more are asked
for than exist), so nothing is downloaded. The spaCy model and lexicons are loaded once before timing
(start-up is printed separately: it is paid once per process, not per article) and every run ingests the
same corpus into a fresh SQLite store in a temp dir. For each worker count it prints wall time, rate, the
CPU seconds of this process and of the worker processes, and the store's time (look-ups, inserts, dedup,
cluster updates; the rows themselves are built in the workers); then the speed-up and the load average.

On a busy machine the wall-clock speed-up means little: Linux's autogroup scheduler gives each session one
share of the CPU however many processes it runs, so under load 2 workers get the CPU of 1. The CPU seconds
still show the overhead of going parallel; the "CPU-bound estimate" is the speed-up those CPU seconds allow
on free cores (total CPU of the 1-worker run / the larger of half the 2-worker total and its parent's CPU).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from eventcoder.pipeline import Pipeline
from eventcoder.store import Store, ingest
from eventcoder.store.inputs import read_sources

ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int, path: Path) -> Path:
    rows = []
    for f in sorted((ROOT / "eval" / "snippets" / "src").glob("*.jsonl")):
        for line in f.read_text("utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows.append({"id": r["id"], "text": r["text"], "published": r.get("published"), "source": r.get("source", "snippet")})
    if not rows:
        raise SystemExit("no snippets found under eval/snippets/src")
    out = [dict(rows[i % len(rows)], id=f"{rows[i % len(rows)]['id']}#{i // len(rows)}",
                text=rows[i % len(rows)]["text"] + ("" if i < len(rows) else f"\n(Repeat {i // len(rows)}.)")) for i in range(n)]
    path.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    return path


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    workers = [int(x) for x in sys.argv[2:]] or [1, 2]
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} cores")
    t = time.perf_counter()
    pipeline = Pipeline()
    pipeline.warm_up()
    print(f"start-up (model and lexicons, once): {time.perf_counter() - t:.1f}s")
    with tempfile.TemporaryDirectory() as tmp:
        src = corpus(n, Path(tmp) / "corpus.jsonl")
        walls, cpus = {}, {}
        for w in workers:
            store = Store(str(Path(tmp) / f"w{w}.db"))
            own0, kids0 = _cpu()
            t = time.perf_counter()
            stats = ingest(store, read_sources([str(src)]), pipeline=pipeline, workers=w, batch_size=32)
            wall = time.perf_counter() - t
            own, kids = _cpu()
            own, kids = own - own0, kids - kids0
            walls[w] = wall
            cpus[w] = (own, kids)
            # coding time: the CPU the coding took (all processes) less the store's share in this process
            coding = own + kids - stats.store_cpu_seconds
            print(
                f"workers={w}: {stats.articles} articles, {stats.events} events, {stats.rejected} rejected in {wall:.1f}s wall = "
                f"{stats.articles / wall:.1f} articles/s; CPU {own:.1f}s this process + {kids:.1f}s workers"
            )
            print(
                f"  store: {stats.store_seconds:.2f}s wall, {stats.store_cpu_seconds:.2f}s CPU = "
                f"{100 * stats.store_cpu_seconds / coding:.1f}% of coding CPU time ({coding:.1f}s)"
            )
            store.close()
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if 1 in walls:
            for w in workers:
                if w != 1:
                    print(f"SPEED-UP with {w} workers: {walls[1] / walls[w]:.2f}x ({walls[1]:.1f}s / {walls[w]:.1f}s wall)")
                    own, kids = cpus[w]
                    bound = max((own + kids) / min(w, os.cpu_count() or 1), own)
                    print(f"  CPU-bound estimate on {min(w, os.cpu_count() or 1)} free cores: {sum(cpus[1]) / bound:.2f}x")


if __name__ == "__main__":
    main()
