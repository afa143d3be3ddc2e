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


def _parts(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and "manifest" not in p.parts}


def test_a_rerun_overwrites_and_never_duplicates(spark, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = job.run(spark, [str(corpus / "sub")], str(out), partitions=2)
    written = _parts(out)
    second = job.run(spark, [str(corpus / "sub")], str(out), partitions=2)
    assert first["events"] == second["events"] == spark.read.parquet(str(out / "events")).count()
    assert spark.read.parquet(str(out / "events")).select("article_id").distinct().count() == 1
    assert _parts(out) == written  # the same files, byte for byte, and no temporary files left
    assert sorted(written) == [f"{d}/part-0000{i}.parquet" for d in ("clusters", "events", "rejected") for i in (0, 1)]


def test_output_does_not_depend_on_partitions_or_file_splits(spark, corpus: Path, tmp_path: Path) -> None:
    """Shuffled into 3 or 1 partitions, or one task per input file without a shuffle: the same rows."""
    def rows(out: Path, name: str) -> list[str]:
        return sorted(json.dumps(r.asDict(recursive=True), sort_keys=True, default=str) for r in spark.read.parquet(str(out / name)).collect())

    runs = {}
    for name, partitions, balance_files in (("three", 3, job.BALANCE_FILES), ("one", 1, job.BALANCE_FILES), ("files", 1, 1)):
        job.BALANCE_FILES, saved = balance_files, job.BALANCE_FILES
        try:
            runs[name] = (job.run(spark, [str(corpus)], str(tmp_path / name), partitions=partitions, options=job.Options(published=PUBLISHED)),
                          {d: rows(tmp_path / name, d) for d in ("events", "rejected", "clusters")})
        finally:
            job.BALANCE_FILES = saved
    assert runs["three"][0]["balanced"] and not runs["files"][0]["balanced"]
    assert runs["three"][1] == runs["one"][1] == runs["files"][1]
    assert runs["three"][0]["events"] == runs["files"][0]["events"] > 0


def test_no_clusters_skips_the_dedup_and_removes_old_clusters(spark, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    job.run(spark, [str(corpus / "sub")], str(out), partitions=2)
    assert (out / "clusters").is_dir()
    manifest = job.run(spark, [str(corpus / "sub")], str(out), partitions=2, clusters=False)
    assert manifest["clusters"] is None and manifest["events"] > 0 and not (out / "clusters").exists()
    assert spark.read.parquet(str(out / "events")).count() == manifest["events"]


def test_cli_refuses_a_bad_config_before_starting_spark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from eventcoder.cli import main

    bad = tmp_path / "bad.toml"
    bad.write_text("[pipeline]\nstages = []\n", "utf-8")
    assert main(["spark", str(tmp_path), "--output", str(tmp_path / "o"), "--config", str(bad)]) == 2
    assert "stages" in capsys.readouterr().err


def _row(id: str, article: str, **kw: object) -> dict:
    base = {"id": id, "article_hash": article, "status": "current", "disorder_type": "Political violence",
            "event_type": "Violence against civilians", "sub_event_type": "Attack", "event_date": "2025-03-11",
            "earliest": "2025-03-11", "latest": "2025-03-11", "time_precision": 1, "actor1": "Unidentified Armed Group (Nigeria)",
            "actor2": "Civilians (Nigeria)", "inter1": 3, "inter2": 7, "country": "Nigeria", "iso": "NG", "admin1": "Kaduna",
            "admin2": "Kauru", "location": "Kauru", "latitude": 10.58, "longitude": 8.15, "geo_precision": 1,
            "fatalities_low": 5, "fatalities_best": 5, "fatalities_high": 5, "injuries_low": None}
    return {**base, **kw}


def test_block_clustering_follows_the_store_rules() -> None:
    from eventcoder.spark.dedup import cluster_block

    rows = [
        _row("a:1", "a"), _row("b:1", "b", fatalities_low=7, fatalities_best=7, fatalities_high=7, latitude=10.6, longitude=8.2),
        _row("b:2", "b", latitude=9.0, longitude=7.4, location="Abuja", admin1="FCT", admin2="Abuja"),  # 200 km away
        _row("c:1", "c", event_date="2025-03-20", earliest="2025-03-20", latest="2025-03-20"),  # another week
    ]
    out = sorted(cluster_block(rows), key=lambda c: c["cluster_id"])
    assert [sorted(m["event_id"] for m in c["members"]) for c in out] == [["a:1", "b:1"], ["b:2"], ["c:1"]]
    merged = out[0]
    assert merged["fatalities"] == 5 and merged["fatalities_high"] == 7 and merged["n_articles"] == 2
    assert merged["members"][1]["reason"] != "first report" and merged["members"][1]["score"] > 0


def test_one_article_never_merges_with_itself() -> None:
    from eventcoder.spark.dedup import cluster_block

    out = list(cluster_block([_row("a:1", "a"), _row("a:2", "a")]))
    assert len(out) == 2


REPORTS = [
    "Gunmen attacked villagers in Kauru, Kaduna State, on Tuesday, killing five, police said.",
    "Armed men attacked the village of Kauru in Kaduna State on Tuesday and killed five people, an official said.",
    "Protesters marched peacefully through Nairobi on Tuesday to demand lower fuel prices, witnesses said.",
]


def test_spark_clusters_reports_of_one_event_across_articles(spark, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{i}", "text": t, "published": "2025-03-14"}) + "\n" for i, t in enumerate(REPORTS)), "utf-8")
    out = tmp_path / "out"
    manifest = job.run(spark, [str(src)], str(out), partitions=2)
    clusters = [r.asDict(recursive=True) for r in spark.read.parquet(str(out / "clusters")).collect()]
    members = sorted(sorted(m["article_id"] for m in c["members"]) for c in clusters)
    assert manifest["clusters"] == len(clusters) < manifest["events"]
    assert ["r0", "r1"] in members
    assert sum(c["n_mentions"] for c in clusters) == manifest["events"]


def test_local_jvm_records_its_class_archive_once_then_maps_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.spark import local

    monkeypatch.setenv("EVENTCODER_CACHE", str(tmp_path))
    assert local.java_options(False) == (local.JVM_OPTIONS, None)
    options, pending = local.java_options(True)
    final = local.archive_path()
    assert pending is not None and final is not None and pending.parent == final.parent == tmp_path
    assert f"-XX:ArchiveClassesAtExit={pending}" in options and not pending.name.endswith(".jsa")  # readers never see a half-written archive
    final.write_bytes(b"archive")
    assert local.java_options(True) == (f"{local.JVM_OPTIONS} -XX:SharedArchiveFile={final}", None)
