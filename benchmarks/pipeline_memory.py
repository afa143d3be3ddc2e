"""Benchmark: peak memory of the whole pipeline (`eventcoder extract`) is flat in the input size.

Builds JSONL inputs of 1x, 4x and 16x a base batch (the public-domain releases, ids made unique), codes
each in a fresh process from the file and from a pipe on stdin, output to /dev/null, and prints the
peak RSS: of the main process with --workers 1, and of the largest process with --workers 2 (main and
workers each hold one model; ru_maxrss reports the largest). Flat means the 16x figure is within a few
MB of the 1x one. Asserts nothing.

    python benchmarks/pipeline_memory.py [--base 32] [--factors 1 4 16] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import print_load_average

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [Path("/work/shared/data/public-domain/re3d_centcom_statedept_docs.jsonl"), ROOT / "samples" / "centcom-statedept.jsonl"]

# ru_maxrss of the children reaped so far is a high-water mark: measure each run in its own wrapper
WRAPPER = """
import resource, subprocess, sys
stdin = open(sys.argv[1], "rb") if sys.argv[1] != "-" else None
code = subprocess.call(sys.argv[2:], stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
"""


def _records(base: int) -> list[dict[str, str]]:
    source = next(p for p in SOURCES if p.exists())
    rows = [json.loads(line) for line in source.read_text("utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if isinstance(r.get("text"), str) and r["text"].strip()]
    return [rows[i % len(rows)] for i in range(base)]


def _peak(path: Path, via_pipe: bool, workers: int) -> tuple[int, float, float]:
    cmd = [sys.executable, "-m", "eventcoder.cli", "extract", "-" if via_pipe else str(path), "--published", "2017-01-15", "--workers", str(workers)]
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([sys.executable, "-c", WRAPPER, str(path) if via_pipe else "-", *cmd], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    code, mb = out.split()
    if code != "0":
        sys.exit(f"{' '.join(cmd)} exited {code}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return int(mb), time.perf_counter() - start, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=int, default=32, help="articles in the 1x input (one full chunk)")
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--workers", type=int, nargs="+", default=[1])
    args = parser.parse_args()
    base = _records(args.base)
    with tempfile.TemporaryDirectory() as tmp:
        for workers in args.workers:
            for factor in args.factors:
                path = Path(tmp) / f"in-{factor}.jsonl"
                with path.open("w", encoding="utf-8") as f:
                    for k in range(factor):
                        for i, r in enumerate(base):
                            f.write(json.dumps({"id": f"a{k}-{i}", "text": r["text"]}) + "\n")
                size = path.stat().st_size / 1e6
                file_mb, file_wall, file_cpu = _peak(path, False, workers)
                pipe_mb, pipe_wall, pipe_cpu = _peak(path, True, workers)
                print(
                    f"--workers {workers}  {factor:3d}x ({factor * len(base):5d} articles, {size:6.1f} MB)   peak RSS: file {file_mb:4d} MB, "
                    f"stdin pipe {pipe_mb:4d} MB   ({file_cpu + pipe_cpu:.0f} s CPU)",
                    flush=True,
                )
    print_load_average()


if __name__ == "__main__":
    main()
