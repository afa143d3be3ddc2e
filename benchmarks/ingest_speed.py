"""Ingest speed: articles/s with 1 and N workers, and the share of time spent writing to the store.

    python benchmarks/ingest_speed.py [N_ARTICLES] [WORKERS...]      (default: 300 articles, workers 1 2)

Articles are the project's own snippets (eval/snippets/src), so nothing is downloaded. Each run ingests
into a fresh SQLite store in a temp dir; prints one line per worker count and the speed-up.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

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


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    workers = [int(x) for x in sys.argv[2:]] or [1, 2]
    with tempfile.TemporaryDirectory() as tmp:
        src = corpus(n, Path(tmp) / "corpus.jsonl")
        rates = {}
        for w in workers:
            store = Store(str(Path(tmp) / f"w{w}.db"))
            t = time.perf_counter()
            stats = ingest(store, read_sources([str(src)]), workers=w, batch_size=32)
            wall = time.perf_counter() - t
            rates[w] = stats.articles / wall
            print(
                f"workers={w}: {stats.articles} articles, {stats.events} events, {stats.rejected} rejected in {wall:.1f}s = "
                f"{rates[w]:.1f} articles/s; store writes {stats.store_seconds:.2f}s = {100 * stats.store_seconds / wall:.1f}% of the run"
            )
            store.close()
        if 1 in rates:
            for w in workers:
                if w != 1:
                    print(f"speed-up with {w} workers: {rates[w] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
