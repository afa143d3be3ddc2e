"""The Spark job gives the same events as extract, keeps bad records as rejected rows, and is idempotent.

Runs Spark in local mode (needs Java 17 and the `spark` extra; `.ci/run` installs both)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import pytest

from eventcoder.export.records import event_dict
from eventcoder.model import Article, Rejected
from eventcoder.pipeline import Pipeline
from eventcoder.read import read_path

from .conftest import GOLDEN, PUBLIC_DOMAIN
from .test_warc import PAGE, make_warc

if os.environ.get("CI") != "true":  # on a developer's machine without the extra, skip; CI must run them
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("no Java", allow_module_level=True)

from eventcoder.spark import job  # noqa: E402
from eventcoder.spark.rows import from_row  # noqa: E402

PUBLISHED = "2017-01-15"


@pytest.fixture(scope="module")
def spark():
    session = job.session("local[2]", app="eventcoder-tests")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    lines = PUBLIC_DOMAIN.read_text("utf-8").splitlines()
    for i, name in enumerate(sorted(p.name for p in GOLDEN.glob("*.txt"))):
        lines.append(json.dumps({"id": f"golden-{i}", "text": (GOLDEN / name).read_text("utf-8"), "published": "2026-11-23"}))
    lines += ['{"id": "broken", "text": ', json.dumps({"id": "no-text", "title": "x"})]  # two bad records
    (root / "news.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (root / "sub").mkdir()
    make_warc(root / "sub" / "crawl.warc.gz", [("https://news.example/kaduna", "text/html", PAGE.encode())])
    (root / "sub" / "garbage.jsonl").write_bytes(b"\x00\x01\x02 binary")
    return root


def extract_events(corpus: Path) -> tuple[list[dict], list[Rejected]]:
    pipeline = Pipeline()
    events, rejected = [], []
    for path in job.expand_inputs([str(corpus)]):
        try:
            items = list(read_path(path, published=dt.date.fromisoformat(PUBLISHED)))
        except Exception as exc:  # noqa: BLE001 - a whole unreadable file
            rejected.append(exc)
            continue
        for item in items:
            if isinstance(item, Rejected):
                rejected.append(item)
                continue
            doc = pipeline.run_document(item)
            if isinstance(doc, Rejected):
                rejected.append(doc)
                continue
            events += [event_dict(e, doc.get("clean_article")) for e in doc.get("events")]
    return events, rejected


def canonical(events: list[dict]) -> list[str]:
    return sorted(json.dumps(e, sort_keys=True) for e in events)


def test_spark_gives_the_same_events_as_extract_and_keeps_rejections(spark, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    manifest = job.run(spark, [str(corpus)], str(out), partitions=3, options=job.Options(published=PUBLISHED))
    rows = [r.asDict(recursive=True) for r in spark.read.parquet(str(out / "events")).collect()]
    rejected = {r["article_id"]: r["code"] for r in spark.read.parquet(str(out / "rejected")).collect()}
    expected, expected_rejected = extract_events(corpus)
    assert rows and canonical([from_row(r) for r in rows]) == canonical(expected)
    assert len(rejected) == len(expected_rejected) == 3
    assert rejected[next(k for k in rejected if k.endswith("news.jsonl:" + str(len((corpus / "news.jsonl").read_text().splitlines()) - 1)))] == "malformed_json"
    assert any(code == "binary_input" for code in rejected.values())
    assert manifest["events"] == len(rows) and manifest["rejected"] == 3
    assert manifest["articles"] == 8 + len(list(GOLDEN.glob("*.txt"))) + 1
    written = json.loads(next((out / "manifest").glob("*.json")).read_text())
    assert written["config_hash"] == manifest["config_hash"] and written["pipeline_version"]


def test_a_rerun_overwrites_and_never_duplicates(spark, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = job.run(spark, [str(corpus / "sub")], str(out), partitions=2)
    second = job.run(spark, [str(corpus / "sub")], str(out), partitions=2)
    assert first["events"] == second["events"] == spark.read.parquet(str(out / "events")).count()
    assert spark.read.parquet(str(out / "events")).select("article_id").distinct().count() == 1


def test_cli_refuses_a_bad_config_before_starting_spark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from eventcoder.cli import main

    bad = tmp_path / "bad.toml"
    bad.write_text("[pipeline]\nstages = []\n", "utf-8")
    assert main(["spark", str(tmp_path), "--output", str(tmp_path / "o"), "--config", str(bad)]) == 2
    assert "stages" in capsys.readouterr().err
