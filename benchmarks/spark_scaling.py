"""Benchmark: Spark local[1] vs local[2] on the same articles, and Spark's overhead against
`eventcoder extract --workers 2` at the same core count. Prints figures; asserts nothing.

Run: python benchmarks/spark_scaling.py [--articles 2000] [--repeat N] [--skip-local1] [--no-clusters]

The corpus repeats the bundled public-domain releases and the ISAF releases (../shared/data, CC BY-SA 4.0)
under distinct ids until it has --articles articles. A small Spark run first builds the one-time caches
(gazetteer index, the JVM's class archive) outside the figures. extract and spark local[2] run back to back (then
local[1]); with --repeat N each is run N times, interleaved, and the fastest run counts. For each Spark run
it prints where the time went: outside the job (interpreter, JVM start and stop), and inside the tasks
(building the pipeline, coding and writing Parquet, clustering). Needs the `spark` extra and Java 17.
"""

from __future__ import annotations

import argparse
import json
import os
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


def _processes() -> dict[int, tuple[int, str, float]]:
    """pid -> (parent pid, command name, CPU seconds user+system) from /proc (Linux)."""
    hz = os.sysconf("SC_CLK_TCK")
    out = {}
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                continue
            name, rest = stat[stat.index("(") + 1 : stat.rindex(")")], stat[stat.rindex(")") + 2 :].split()
            out[int(pid)] = (int(rest[1]), name, (int(rest[11]) + int(rest[12])) / hz)
    return out


def timed(cmd: list[str], stdout: Path | None = None) -> tuple[float, dict[str, float]]:
    """Wall seconds, and CPU seconds of the whole process tree by command name (java, python...), sampled
    from /proc every 0.2 s: CPU time barely depends on what else the machine runs, wall time does."""
    t0 = time.perf_counter()
    cpu: dict[int, tuple[str, float]] = {}
    with open(stdout or "/dev/null", "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL)
        while proc.poll() is None:
            if os.path.isdir("/proc"):
                procs, tree, grew = _processes(), {proc.pid}, True
                while grew:
                    found = {pid for pid, (ppid, _, _) in procs.items() if ppid in tree} - tree
                    tree |= found
                    grew = bool(found)
                cpu.update({pid: procs[pid][1:] for pid in tree if pid in procs})
            time.sleep(0.2)
    wall = time.perf_counter() - t0
    if proc.returncode:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    by_name: dict[str, float] = {}
    for name, seconds in cpu.values():
        name = "python" if name.startswith("python") or name == "eventcoder" else name
        by_name[name] = by_name.get(name, 0.0) + seconds
    return wall, by_name


def extract_events(path: Path) -> list[str]:
    return sorted(json.dumps(json.loads(line), sort_keys=True) for line in path.read_text("utf-8").splitlines())


def spark_events(out: Path) -> list[str]:
    import pyarrow.parquet as pq

    from eventcoder.spark.rows import from_row

    return sorted(json.dumps(from_row(r), sort_keys=True) for r in pq.read_table(out / "events").to_pylist())


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=1, help="run each N times (interleaved) and keep the fastest")
    parser.add_argument("--partitions-per-core", type=int, default=4)
    parser.add_argument("--skip-local1", action="store_true", help="only extract and local[2] (quick overhead check)")
    parser.add_argument("--no-clusters", action="store_true", help="run Spark without the dedup step")
    args = parser.parse_args()
    cli = [sys.executable, "-m", "eventcoder.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "corpus.jsonl"
        words = corpus(args.articles, data)
        print(f"{args.articles} articles, {words} words; load average before: {load()} ({os.cpu_count()} CPUs)")
        # One-time caches first, outside the figures: the gazetteer index (extract and spark) and the Spark
        # JVM's class archive (spark/local.py: recorded at the end of the first local run, ~170 MB).
        small = Path(tmp) / "small.jsonl"
        corpus(8, small)
        warm = timed([*cli, "spark", str(small), "--output", str(Path(tmp) / "warm"), "--master", "local[1]"])[0]
        print(f"warm-up (caches; not counted): {warm:.1f} s")
        extracted = Path(tmp) / "extract.jsonl"
        runs: dict[str, list[float]] = {}
        cpus: dict[str, dict[str, float]] = {}
        manifests: dict[str, dict] = {}
        cores_list = (2,) if args.skip_local1 else (2, 1)
        def record(name: str, seconds: float, cpu: dict[str, float]) -> bool:
            runs.setdefault(name, []).append(seconds)
            if seconds == min(runs[name]):
                cpus[name] = cpu
            return seconds == min(runs[name])

        for _ in range(args.repeat):
            record("extract --workers 2", *timed([*cli, "extract", str(data), "--workers", "2", "--status", "all"], extracted))
            for cores in cores_list:
                name, out = f"spark local[{cores}]", Path(tmp) / f"out{cores}"
                seconds, cpu = timed([*cli, "spark", str(data), "--output", str(out), "--master", f"local[{cores}]",
                                      "--partitions", str(args.partitions_per_core * cores), *(["--no-clusters"] if args.no_clusters else [])])
                if record(name, seconds, cpu):
                    manifests[name] = {**json.loads(next((out / "manifest").glob("*.json")).read_text("utf-8")), "wall": seconds}
        print(f"load average after: {load()}")
        best = {name: min(times) for name, times in runs.items()}
        for name, seconds in best.items():
            cpu = ", ".join(f"{k} {v:.1f}" for k, v in sorted(cpus[name].items(), key=lambda kv: -kv[1]) if v >= 0.05)
            print(f"{name:<22} {seconds:7.1f} s  {args.articles / seconds:6.1f} articles/s   (runs: {', '.join(f'{t:.1f}' for t in runs[name])}); "
                  f"CPU s {sum(cpus[name].values()):.1f} ({cpu})")
        for name, m in manifests.items():
            s = m["seconds"]
            phases = ", ".join(f"{k} {v:.1f}" for k, v in s.items() if k != "job")
            print(f"  {name}: outside the job (python+JVM start/stop) {m['wall'] - s['job']:.1f} s, job {s['job']:.1f} s; "
                  f"task seconds summed over {m['partitions']} partitions: {phases}; "
                  f"{m['events']} events, {m['rejected']} rejected, clusters {m['clusters']}")
        if "spark local[1]" in best:
            print(f"local[2] / local[1] speed-up: {best['spark local[1]'] / best['spark local[2]']:.2f}x")
        want = extract_events(extracted)
        print(f"same events through extract and spark local[2]: {want == spark_events(Path(tmp) / 'out2')} ({len(want)} events)")
        if "spark local[1]" in best:
            print(f"same events through spark local[1] and local[2]: {spark_events(Path(tmp) / 'out1') == spark_events(Path(tmp) / 'out2')}")
        print(f"Spark overhead vs extract --workers 2: {100 * (best['spark local[2]'] / best['extract --workers 2'] - 1):+.0f}% wall, "
              f"{100 * (sum(cpus['spark local[2]'].values()) / sum(cpus['extract --workers 2'].values()) - 1):+.0f}% CPU")


if __name__ == "__main__":
    main()
