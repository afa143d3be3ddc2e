"""kill -9 in the middle of a real ingest, then a re-run: exactly the rows of an uninterrupted run (SQLite and
a real PostgreSQL)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from .conftest import GOLDEN, PUBLIC_DOMAIN, ROOT
from .pgfixture import fresh_pg_db, postgres_url  # noqa: F401 - fixture

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


def _ingest(db: str, corpus: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "eventcoder.cli", "ingest", str(corpus), "--db", db, "--batch-size", "2", "--published", "2017-01-15"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def _url(db: str) -> str:
    return db if "://" in db else f"sqlite:///{db}"


def _dump(db: str) -> dict[str, list[tuple]]:
    engine = create_engine(_url(db))
    try:
        with engine.connect() as conn:
            return {t: sorted((tuple(r) for r in conn.execute(text(f"SELECT {cols} FROM {t}"))), key=repr) for t, cols in TABLES.items()}
    finally:
        engine.dispose()


def _stored(db: str) -> int:
    engine = create_engine(_url(db), **({"connect_args": {"timeout": 1}} if "://" not in db else {}))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM articles")).scalar_one())
    except SQLAlchemyError:
        return 0  # not created yet, or locked
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def two_dbs(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    if request.param == "sqlite":
        return str(tmp_path / "whole.db"), str(tmp_path / "killed.db")
    url = request.getfixturevalue("postgres_url")
    tag = uuid.uuid4().hex[:10]
    return fresh_pg_db(url, f"whole_{tag}"), fresh_pg_db(url, f"killed_{tag}")


def test_kill_midway_then_rerun_gives_the_rows_of_an_uninterrupted_run(tmp_path: Path, two_dbs: tuple[str, str]) -> None:
    corpus = _corpus(tmp_path / "corpus.jsonl")
    whole, killed = two_dbs
    assert _ingest(whole, corpus).wait(timeout=300) == 0
    expected = _dump(whole)
    assert len(expected["articles"]) == 10 and len(expected["rejected"]) == 1 and expected["merges"]

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
