"""The extract command: formats, errors, exit codes, stdin, batches."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from eventcoder.cli import main

from .conftest import GOLDEN, ROOT

SAMPLE = GOLDEN / "deir-ez-zour-wire.txt"


def run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventcoder.cli", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_jsonl_events_with_evidence(capsys) -> None:
    code = main(["extract", str(SAMPLE), "--published", "2026-11-23", "--source", "Wire"])
    out = capsys.readouterr().out
    assert code == 0
    events = [json.loads(line) for line in out.splitlines()]
    text = SAMPLE.read_text()
    assert {e["status"] for e in events} == {"current", "background"}
    strike = next(e for e in events if e["sub_event_type"] == "Air/drone strike" and e["status"] == "current")
    assert strike["country"] == "Syria" and strike["admin1"] == "Deir ez-Zor"
    assert strike["event_date"] == "2026-11-22" and strike["fatalities"] == 2
    for key in ("trigger", "actor1", "actor2", "place", "date", "fatalities"):
        ev = strike["evidence"][key]
        start, end = ev["raw_span"]
        assert text[start:end] == ev["text"]
    assert "Wire" in strike["sources"]


def test_table_and_acled_csv(capsys) -> None:
    assert main(["extract", str(SAMPLE), "--published", "2026-11-23", "--format", "table"]) == 0
    table = capsys.readouterr().out
    assert "[background]" in table and "Albu Kamal" in table and "\u00abAlbu Kamal\u00bb" in table
    assert main(["extract", str(SAMPLE), "--published", "2026-11-23", "--format", "acled-csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and {r["status"] for r in rows} == {"current"}
    assert all(r["event_date"].startswith("2026-11") for r in rows)
    assert {"event_date", "sub_event_type", "actor1", "inter1", "geo_precision", "fatalities"} <= set(rows[0])


def test_status_filter(capsys) -> None:
    assert main(["extract", str(SAMPLE), "--published", "2026-11-23", "--status", "all"]) == 0
    statuses = {json.loads(x)["status"] for x in capsys.readouterr().out.splitlines()}
    assert "hypothetical" in statuses


def test_stdin() -> None:
    proc = run(["extract", "-", "--published", "2026-11-23"], stdin=b"Rockets hit a US base in Erbil on Monday.")
    assert proc.returncode == 0, proc.stderr
    (event,) = [json.loads(x) for x in proc.stdout.splitlines()]
    assert event["location"] == "Erbil" and event["event_date"] == "2026-11-23"


def test_unreadable_input_exits_1_with_a_named_error(tmp_path: Path) -> None:
    missing = run(["extract", str(tmp_path / "missing.txt")])
    assert missing.returncode == 1 and "missing.txt" in missing.stderr and "Traceback" not in missing.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = run(["extract", str(empty)])
    assert proc.returncode == 1 and "empty.txt: input is empty" in proc.stderr
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\x00\x10JFIF\x00")
    proc = run(["extract", str(binary)])
    assert proc.returncode == 1 and "binary" in proc.stderr


def test_bad_arguments_exit_2() -> None:
    proc = run(["extract", str(SAMPLE), "--published", "23/11/2026"])
    assert proc.returncode == 2 and "YYYY-MM-DD" in proc.stderr


def test_batch_goes_on_past_bad_items(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        '{"id": "one", "text": "Rockets hit a US base in Erbil on Monday.", "published": "2026-11-23"}\n'
        "{oops\n"
        '{"id": "three", "text": "Gunmen abducted 12 villagers in Kaduna State on Tuesday.", "published": "2026-11-25"}\n'
    )
    proc = run(["extract", str(batch)])
    assert proc.returncode == 0
    ids = {json.loads(x)["article_id"] for x in proc.stdout.splitlines()}
    assert ids == {"one", "three"}
    assert "batch.jsonl:2" in proc.stderr and "malformed_json" in proc.stderr


def test_public_domain_sample_runs() -> None:
    proc = run(["extract", "samples/centcom-statedept.jsonl", "--published", "2017-01-15"])
    assert proc.returncode == 0, proc.stderr
    assert "8 article(s) coded, 0 rejected" in proc.stderr
