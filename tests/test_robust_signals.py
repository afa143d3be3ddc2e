"""Issue 7: a killed or interrupted `eventcoder extract` leaves its output whole.

* kill -9 midway: every line written so far is a complete JSON object (each article's events are
  written with one write of complete lines, then flushed).
* Ctrl-C (SIGINT) with two workers: exit 130 promptly, one short message, no traceback, the output so far
  intact, and no worker process left behind.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import PUBLIC_DOMAIN, ROOT

ARTICLES = 240  # far more than gets coded before the signal


def _input(tmp_path: Path) -> Path:
    rows = [json.loads(line) for line in PUBLIC_DOMAIN.read_text("utf-8").splitlines() if line.strip()]
    path = tmp_path / "in.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(ARTICLES):
            f.write(json.dumps({"id": f"a{i}", "text": rows[i % len(rows)]["text"]}) + "\n")
    return path


def _start(tmp_path: Path, workers: int) -> tuple[subprocess.Popen[bytes], Path, Path]:
    out, err = tmp_path / "out.jsonl", tmp_path / "err.txt"
    cmd = [sys.executable, "-m", "eventcoder.cli", "extract", str(_input(tmp_path)), "--published", "2017-01-15", "--workers", str(workers)]
    with out.open("wb") as stdout, err.open("wb") as stderr:
        # a session of its own: the signals go to its process group, as a terminal's Ctrl-C does
        # SIGINT back to its default: a test run started in the background (`cmd &`, nohup, some CI runners)
        # inherits an ignored SIGINT, and a program rightly keeps ignoring what its parent ignored
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=stderr, cwd=ROOT, start_new_session=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    return proc, out, err


def _wait_for_output(proc: subprocess.Popen[bytes], out: Path, lines: int, timeout: float = 600) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if out.read_bytes().count(b"\n") >= lines:
            return
        if proc.poll() is not None:
            pytest.fail(f"extract ended (exit {proc.returncode}) before writing {lines} lines")
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    pytest.fail("no output in time")


def _assert_whole_lines(out: Path) -> int:
    data = out.read_bytes()
    assert data, "nothing was written"
    assert data.endswith(b"\n"), f"torn last line: {data[-200:]!r}"
    lines = data.decode("utf-8").splitlines()
    for line in lines:
        event = json.loads(line)  # raises on a torn line
        assert event["event_id"] and event["article_id"]
    return len(lines)


def _group_gone(pgid: int, timeout: float = 10) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("workers", [1, 2])
def test_kill_9_midway_leaves_only_whole_lines(tmp_path: Path, workers: int) -> None:
    proc, out, _ = _start(tmp_path, workers)
    _wait_for_output(proc, out, 3)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole group, as the OOM killer or `kill -9 -PGID` would
    assert proc.wait(60) == -signal.SIGKILL  # killed midway, not finished
    assert _assert_whole_lines(out) >= 3
    assert _group_gone(proc.pid)


@pytest.mark.parametrize("target", ["group", "main"])
def test_ctrl_c_with_two_workers_exits_130_quietly_and_leaves_no_worker(tmp_path: Path, target: str) -> None:
    proc, out, err = _start(tmp_path, 2)
    _wait_for_output(proc, out, 3)
    if target == "group":  # Ctrl-C in a terminal: main process and workers all get SIGINT
        os.killpg(proc.pid, signal.SIGINT)
    else:  # kill -INT PID: only the main process
        os.kill(proc.pid, signal.SIGINT)
    sent = time.monotonic()
    try:
        code = proc.wait(60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("extract did not stop within 60 s of SIGINT")
    elapsed = time.monotonic() - sent
    assert code == 130
    message = err.read_text("utf-8").strip().splitlines()
    assert len(message) == 1 and message[0].startswith("eventcoder: interrupted"), message
    assert "Traceback" not in err.read_text("utf-8")
    _assert_whole_lines(out)
    assert _group_gone(proc.pid), "a worker process outlived the interrupted run"
    assert elapsed < 30, f"took {elapsed:.1f} s to stop"
