"""Benchmark: peak memory of reading is flat in the input size (streamed, record by record).

Generates JSONL inputs of growing size, reads each in a fresh process through ``read.read_path`` (from
a file and from a pipe on stdin) and prints the peak RSS. Asserts nothing.

    python benchmarks/read_memory.py [--mb 20 80 320]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

READER = """
import resource, sys
from eventcoder.read import read_path
n = sum(1 for _ in read_path(sys.argv[1]))
print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""

RECORD = "Rockets hit a US base in Erbil on Monday, officials said. " * 20


def _measure(path: Path, via_pipe: bool) -> tuple[int, int]:
    if via_pipe:
        with path.open("rb") as stdin:
            out = subprocess.run([sys.executable, "-c", READER, "-"], stdin=stdin, capture_output=True, text=True, check=True).stdout
    else:
        out = subprocess.run([sys.executable, "-c", READER, str(path)], capture_output=True, text=True, check=True).stdout
    records, mb = out.split()
    return int(records), int(mb)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, nargs="+", default=[20, 80, 320])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.mb:
            path = Path(tmp) / f"in-{size}.jsonl"
            with path.open("w", encoding="utf-8") as f:
                written = i = 0
                while written < size * 1_000_000:
                    line = json.dumps({"id": f"r{i}", "text": RECORD}) + "\n"
                    f.write(line)
                    written += len(line)
                    i += 1
            file_records, file_mb = _measure(path, via_pipe=False)
            pipe_records, pipe_mb = _measure(path, via_pipe=True)
            path.unlink()
            print(f"{size:5d} MB input  {file_records:8d} records   peak RSS: file {file_mb:4d} MB, stdin pipe {pipe_mb:4d} MB")


if __name__ == "__main__":
    main()
