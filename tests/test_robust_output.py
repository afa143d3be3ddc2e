"""Issue 7: output safety, strict configuration, true raw spans, and the parallel batch runner."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any, Mapping

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from eventcoder import errors
from eventcoder.batch import code_stream
from eventcoder.config import load_config
from eventcoder.errors import ConfigError
from eventcoder.export.records import event_dict
from eventcoder.model import Article, Document, Rejected
from eventcoder.normalize import normalize
from eventcoder.pipeline import Pipeline, StageSpec

from .conftest import GOLDEN, ROOT

SAMPLE = GOLDEN / "deir-ez-zour-wire.txt"
STORY = "Rockets hit a US base in Erbil on Monday, killing two soldiers, officials said."


def cli(args: list[str], *, stdin: Any = subprocess.DEVNULL, stdout: Any = subprocess.PIPE, shell_suffix: str = "") -> subprocess.CompletedProcess[bytes]:
    cmd = [sys.executable, "-m", "eventcoder.cli", *args]
    if shell_suffix:
        line = " ".join(f"'{c}'" for c in cmd) + " " + shell_suffix
        return subprocess.run(["bash", "-c", line], capture_output=True, cwd=ROOT)
    return subprocess.run(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT)


def _evidence(event: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    ev = event["evidence"]
    out = [v for k, v in ev.items() if isinstance(v, dict)]
    return out + [s for s in ev["sources"] if s]


# --- raw spans -----------------------------------------------------------------------------------------


def test_crlf_file_raw_spans_quote_the_input(tmp_path: Path) -> None:
    raw = SAMPLE.read_bytes().replace(b"\n", b"\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw)
    proc = cli(["extract", str(path), "--published", "2026-11-23", "--workers", "1"])
    assert proc.returncode == 0, proc.stderr
    text = raw.decode("utf-8")
    events = [json.loads(x) for x in proc.stdout.splitlines()]
    checked = 0
    for e in events:
        for ev in _evidence(e):
            if ev["raw_span"]:
                start, end = ev["raw_span"]
                assert text[start:end] == ev["text"]
                checked += 1
    assert checked > 10


NOISE = st.sampled_from(["\r\n", "\u200b", "\u00ad", "&amp;", "&#8217;", "\ufeff", "e\u0301", "&nbsp;", "\u2060"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(noise=st.lists(st.tuples(st.integers(0, len(STORY)), NOISE), max_size=8), bom=st.booleans(), crlf=st.booleans())
def test_raw_span_quotes_the_input_for_every_evidence_field(pipeline: Pipeline, noise: list[tuple[int, str]], bom: bool, crlf: bool) -> None:
    body = "Wire headline\n\n" + STORY + "\nA local official said the base was hit twice.\n"
    for pos, piece in sorted(noise, reverse=True):
        body = body[:pos] + piece + body[pos:]
    raw = ("\ufeff" if bom else "") + (body.replace("\n", "\r\n") if crlf else body)
    article, events = pipeline.code(Article.from_text(id="p", text=raw, published=dt.date(2026, 11, 23)))
    assert not isinstance(events, Rejected)
    for event in events:
        out = event_dict(event, article)
        for ev in _evidence(out):
            if ev["raw_span"] is None:
                continue
            start, end = ev["raw_span"]
            assert raw[start:end] == ev["text"]
            s, e = ev["span"]
            # the input's characters, normalized, are the cleaned text the stage saw
            assert normalize(raw[start:end])[0] == article.text[s:e]


def test_normalize_maps_every_change_back() -> None:
    raw = "\ufeffBagh\u200bdad &amp; Mos&#117;l, cafe\u0301\r\nEnd &bogus; &#0;"
    text, offsets = normalize(raw)
    assert text == "Baghdad & Mosul, caf\u00e9\nEnd &bogus; &#0;"
    assert unicodedata.is_normalized("NFC", text)
    from eventcoder.model import Span

    for word in ("Baghdad", "&", "Mosul", "caf\u00e9", "\n", "End"):
        i = text.index(word)
        r = offsets.span_to_raw(Span(start=i, end=i + len(word)))
        assert normalize(raw[r.start : r.end])[0] == word


def test_spans_after_a_dropped_caption_line_point_at_the_input() -> None:
    raw = "FILE PHOTO - soldiers in 2006. (Wire Photo/Staff)\r\n" + STORY + "\r\n"
    article, events = Pipeline().code(Article.from_text(id="c", text=raw, published=dt.date(2026, 11, 23)))
    assert not isinstance(events, Rejected) and events
    quotes = [ev["text"] for e in events for ev in _evidence(event_dict(e, article)) if ev["raw_span"]]
    assert "Erbil" in quotes and all(q in STORY for q in quotes)


# --- output safety -------------------------------------------------------------------------------------


def test_broken_pipe_exits_0_quietly(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventcoder.cli", "extract", str(SAMPLE), "--published", "2026-11-23", "--workers", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader went away before anything was written
    err = proc.stderr.read()
    assert proc.wait(120) == 0
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def test_disk_full_is_one_clear_message_and_exit_1() -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        proc = cli(["extract", str(SAMPLE), "--published", "2026-11-23", "--workers", "1"], stdout=full)
    assert proc.returncode == 1
    assert b"No space left on device" in proc.stderr and b"Traceback" not in proc.stderr


def test_closed_stdin_and_stdout_are_clear_errors() -> None:
    closed_in = cli(["extract", "-"], shell_suffix="0<&-")
    assert closed_in.returncode == 1 and b"standard input is closed" in closed_in.stderr and b"Traceback" not in closed_in.stderr
    closed_out = cli(["extract", str(SAMPLE), "--workers", "1"], shell_suffix=">&-")
    assert closed_out.returncode == 1 and b"Traceback" not in closed_out.stderr and b"output" in closed_out.stderr


def test_duplicate_ids_are_warned_about_and_events_stay_unique(tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    record = json.dumps({"id": "same", "text": STORY})
    path.write_text(f"{record}\n{record}\n")
    proc = cli(["extract", str(path), "--published", "2026-11-23", "--workers", "1"])
    assert proc.returncode == 0
    ids = [json.loads(x)["event_id"] for x in proc.stdout.splitlines()]
    assert len(ids) == 2 and len(set(ids)) == 2
    assert b"warning" in proc.stderr and b"'same'" in proc.stderr


# --- strict configuration ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("toml", "named"),
    [
        ("[limit]\nmax_chars = 5\n", "[limit]"),
        ("[limits]\nmax_char = 5\n", "max_char"),
        ("[limits]\nmax_chars = true\n", "max_chars"),
        ("[dates]\nbackground_after_days = \"ten\"\n", "background_after_days"),
        ("[parse]\nmodel = \"en_core_web_nonexistent\"\n", "[parse] model"),
        ("[assemble]\nmerge_across_sentences = 1\n", "merge_across_sentences"),
    ],
)
def test_bad_config_exits_2_naming_the_key_before_reading(tmp_path: Path, toml: str, named: str) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(toml)
    with pytest.raises(ConfigError, match=named.replace("[", r"\[").replace("]", r"\]")):
        load_config(cfg)
    proc = cli(["extract", str(tmp_path / "missing-input.txt"), "--config", str(cfg)])
    assert proc.returncode == 2 and named.encode() in proc.stderr  # config first: the missing input is not reached


def test_background_after_days_in_dates_section_works(tmp_path: Path) -> None:
    # the story's lead event is never made background by its date; the one after it is
    text = ("A drone struck a militia depot near Al Qaim on 21 November 2026, officials said.\n\n"
            "Rockets hit a US base in Erbil on 2 November 2026, officials said.")
    art = Article.from_text(id="b", text=text, published=dt.date(2026, 11, 23))
    default = Pipeline().run(art)
    cfg = tmp_path / "days.toml"
    cfg.write_text("[dates]\nbackground_after_days = 60\n")
    relaxed = Pipeline(load_config(cfg)).run(art)
    assert not isinstance(default, Rejected) and not isinstance(relaxed, Rejected)
    erbil = [e.status.value for e in default if e.date is not None and e.date.value.value == dt.date(2026, 11, 2)]
    assert erbil == ["background"]
    assert {e.status.value for e in relaxed} == {"current"} and len(relaxed) == 2


def test_every_documented_setting_is_accepted(tmp_path: Path) -> None:
    from eventcoder.resources import read_text

    cfg = tmp_path / "full.toml"
    cfg.write_text(read_text("default_config.toml"))
    assert load_config(cfg) == load_config(None)


# --- the batch runner ----------------------------------------------------------------------------------


def _articles(n: int) -> list[Article | Rejected]:
    towns = ["Erbil", "Mosul", "Basra", "Kirkuk", "Tikrit", "Baghdad"]
    out: list[Article | Rejected] = []
    for i in range(n):
        out.append(Article.from_text(id=f"a{i}", text=f"Rockets hit a base in {towns[i % len(towns)]} on Monday, killing {i + 2} soldiers.", published=dt.date(2026, 11, 23)))
        if i == 3:
            out.append(Rejected(article_id="bad-input", stage="read", code=errors.MALFORMED_JSON, message="x"))
    return out


def _dump(results: Any) -> list[str]:
    return [json.dumps(r.article_id if isinstance(r, Rejected) else [event_dict(e, a) for e in r]) for a, r in results]


def test_workers_keep_input_order_and_give_the_same_output(pipeline: Pipeline) -> None:
    items = _articles(7)
    one = _dump(code_stream(items, pipeline=pipeline, workers=1, chunk_size=2))
    two = _dump(code_stream(items, pipeline=pipeline, workers=2, chunk_size=2))
    assert one == two and len(one) == 8 and json.loads(one[4]) == "bad-input"
    assert _dump(pipeline.run_many(items)) == one  # chunked (nlp.pipe) equals one by one


def _doubled(stage: str, behaviour: str) -> Pipeline:
    from tests.test_termination import _config

    pipe = Pipeline(_config(1.0))
    real = {s.name: s for s in pipe.stages}[stage]

    def double(doc: Document, settings: Mapping[str, Any]) -> Mapping[str, Any]:
        if doc.article.id == "a2":
            if behaviour == "hang":
                while True:
                    pass
            os._exit(3)  # the worker process dies
        return real.func(doc, settings)

    pipe.stages = tuple(StageSpec(name=s.name, requires=s.requires, assigns=s.assigns, func=double) if s.name == stage else s for s in pipe.stages)
    return pipe


@pytest.mark.parametrize("behaviour", ["hang", "die"])
def test_in_worker_processes_a_hang_or_crash_costs_one_article(behaviour: str) -> None:
    results = list(code_stream(_articles(5), pipeline=_doubled("dates", behaviour), workers=2, chunk_size=2))
    assert len(results) == 6
    bad = [r for _, r in results if isinstance(r, Rejected) and r.article_id == "a2"]
    assert len(bad) == 1
    if behaviour == "hang":
        assert bad[0].code == errors.TIMEOUT and bad[0].stage == "dates"
    else:
        assert bad[0].code == errors.STAGE_FAILED and bad[0].stage == "worker"
    coded = [a.id for a, r in results if a is not None and not isinstance(r, Rejected)]
    assert coded == ["a0", "a1", "a3", "a4"]
