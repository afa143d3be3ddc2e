"""kill -9 in the middle of a real ingest, then a re-run: exactly the rows of an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .conftest import GOLDEN, PUBLIC_DOMAIN, ROOT

# every table, without the columns that name the run that wrote a row
TABLES = {
    "articles": "hash, item, source, url, title, published, raw_text, text, offsets, pipeline_version, seq, n_events",
    "events": "*",
    "evidence": "*",
    "sources": "*",
    "clusters": "*",
    "merges": "*",
    "rejected": "key, item, stage, code, message, pipeline_version",
}


def _corpus(path: Path) -> Path:
    records = [json.loads(line) for line in PUBLIC_DOMAIN.read_text("utf-8").splitlines() if line.strip()][:6]
    for f in sorted(GOLDEN.glob("*.txt")):
        records.append({"id": f.stem, "text": f.read_text("utf-8"), "published": "2026-11-23", "source": "Golden"})
    records.insert(3, {"id": "broken", "text": ""})
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _ingest(db: Path, corpus: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "eventcoder.cli", "ingest", str(corpus), "--db", str(db), "--batch-size", "2", "--published", "2017-01-15"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def _dump(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        return {t: sorted(conn.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr) for t, cols in TABLES.items()}


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_kill_midway_then_rerun_gives_the_rows_of_an_uninterrupted_run(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    whole = tmp_path / "whole.db"
    assert _ingest(whole, corpus).wait(timeout=300) == 0
    expected = _dump(whole)
    assert len(expected["articles"]) == 10 and len(expected["rejected"]) == 1 and expected["merges"]

    killed = tmp_path / "killed.db"
    proc = _ingest(killed, corpus)
    deadline = time.time() + 240
    while _stored(killed) < 3 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _stored(killed)
    assert 3 <= partial < 10
    again = _ingest(killed, corpus)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"{10 - partial} article(s) coded" in err.decode()
    assert _dump(killed) == expected
