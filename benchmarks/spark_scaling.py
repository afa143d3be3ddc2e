"""Benchmark: Spark local[1] vs local[2] on the same articles, and Spark's overhead against
`eventcoder extract --workers 2` at the same core count. Prints figures; asserts nothing.

Run: python benchmarks/spark_scaling.py [--articles 2000]
The corpus repeats the bundled public-domain releases and the ISAF releases (../shared/data, CC BY-SA 4.0)
under distinct ids until it has --articles articles. Needs the `spark` extra and Java 17.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "samples" / "centcom-statedept.jsonl", ROOT.parent / "shared" / "data" / "isaf" / "isaf_press_releases_dev200.jsonl"]


def corpus(n: int, path: Path) -> int:
    texts = []
    for src in SOURCES:
        if src.exists():
            texts += [json.loads(line)["text"] for line in src.read_text("utf-8").splitlines() if line.strip()]
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            text = texts[i % len(texts)]
            words += len(text.split())
            out.write(json.dumps({"id": f"a{i:06d}", "text": text, "published": "2017-01-15"}) + "\n")
    return words


def timed(cmd: list[str], stdout: Path | None = None) -> float:
    t0 = time.perf_counter()
    with open(stdout or "/dev/null", "wb") as out:
        subprocess.run(cmd, check=True, stdout=out, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def same_events(extract_out: Path, spark_out: Path) -> bool:
    """Do extract's JSONL events and Spark's Parquet events agree (order aside)?"""
    import pyarrow.parquet as pq

    from eventcoder.spark.rows import from_row

    want = sorted(json.dumps(json.loads(line), sort_keys=True) for line in extract_out.read_text("utf-8").splitlines())
    rows = pq.read_table(spark_out / "events").to_pylist()
    got = sorted(json.dumps(from_row({**r, "extra": dict(r["extra"] or []),
                                      "evidence": {**r["evidence"], "extra": dict(r["evidence"]["extra"] or [])}}), sort_keys=True)
                 for r in rows)
    return want == got


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "corpus.jsonl"
        words = corpus(args.articles, data)
        print(f"{args.articles} articles, {words} words")
        results = {}
        for cores in (1, 2):
            out = Path(tmp) / f"out{cores}"
            results[f"spark local[{cores}]"] = timed(
                [sys.executable, "-m", "eventcoder.cli", "spark", str(data), "--output", str(out), "--master", f"local[{cores}]", "--partitions", str(2 * cores)]
            )
        extracted = Path(tmp) / "extract.jsonl"
        results["extract --workers 2"] = timed([sys.executable, "-m", "eventcoder.cli", "extract", str(data), "--workers", "2", "--status", "all"], extracted)
        for name, seconds in results.items():
            print(f"{name:<22} {seconds:7.1f} s  {args.articles / seconds:6.1f} articles/s")
        print(f"local[2] / local[1] speed-up: {results['spark local[1]'] / results['spark local[2]']:.2f}x")
        print(f"same events through extract and spark: {same_events(extracted, Path(tmp) / 'out2')}")
        print(f"Spark overhead vs extract --workers 2: {100 * (results['spark local[2]'] / results['extract --workers 2'] - 1):+.0f}%")


if __name__ == "__main__":
    main()
