"""Benchmark: start-up, i.e. time from launching `eventcoder extract` to its first event on stdout.

Runs the command once untimed (builds the on-disk caches, e.g. the gazetteer index, as a first run
would), then ``--runs`` times timed, each a fresh process with stdout on a pipe: the time to the first
event line, the total wall time and the process's CPU seconds. Goal: first event <= 1.5 s after the first
run. On a shared machine wall-clock moves with the load; the CPU column shows the work done. Asserts nothing.
If torch is installed in the same environment (e.g. the ``[train]`` extra), spaCy's thinc imports it at start
(about 0.9 s here, though inference never uses it): the script says so, as that start-up is not the default install's.

    python benchmarks/startup.py                       # the bundled one-article sample
    python benchmarks/startup.py FILE [--workers N]    # any input (e.g. a big JSONL: first of many)
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import compile_bytecode, print_load_average

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "deir-ez-zour-wire.txt"


def _once(cmd: list[str]) -> tuple[float, float, float]:
    """(seconds to the first stdout line, seconds to exit, CPU seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert proc.stdout is not None
    first_line = proc.stdout.readline()
    first = time.perf_counter() - start
    proc.stdout.read()
    proc.wait()
    total = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0 or not first_line:
        sys.exit(f"{' '.join(cmd)} failed (exit {proc.returncode}) or wrote no event")
    return first, total, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", nargs="?", default=str(SAMPLE))
    parser.add_argument("--published", default="2026-11-23")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cmd = [sys.executable, "-m", "eventcoder.cli", "extract", args.input, "--published", args.published, "--workers", str(args.workers)]
    compile_bytecode()
    _once(cmd)  # the first run: caches
    runs = [_once(cmd) for _ in range(args.runs)]
    first, total, cpu = (statistics.median(r[i] for r in runs) for i in range(3))
    print(f"input            {Path(args.input).name}, --workers {args.workers}, median of {args.runs} runs after a first run")
    print(f"first event      {first:5.2f} s wall   (best {min(r[0] for r in runs):.2f} s)   goal <= 1.5 s")
    print(f"whole run        {total:5.2f} s wall   {cpu:5.2f} s CPU")
    if importlib.util.find_spec("torch") is not None:
        print("note             torch is installed here: spaCy's thinc imports it at start (about +0.9 s); "
              "the default install has no torch")
    print_load_average()


if __name__ == "__main__":
    main()
