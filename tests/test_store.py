"""The store against SQLite and a real PostgreSQL: ingest, idempotence, re-coding, rejects, dedup, WARC input."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from eventcoder.config import load_config
from eventcoder.pipeline import Pipeline
from eventcoder.store import Store, ingest
from eventcoder.store.inputs import read_sources
from eventcoder.store.schema import articles, clusters, events, evidence, merges, rejected, runs

from .pgfixture import fresh_pg_db, postgres_url  # noqa: F401 - fixture
from .store_corpus import REPORTS as CORPUS

REPORTS = CORPUS[:3]  # two reports of one drone strike and an arrest (tests/store_corpus.py)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    url = request.getfixturevalue("postgres_url")
    return fresh_pg_db(url, "t_" + uuid.uuid4().hex[:12])


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def count(store: Store, table) -> int:  # type: ignore[no-untyped-def]
    with store.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_ingest_is_idempotent_and_keeps_evidence(db: str, tmp_path: Path, pipeline: Pipeline) -> None:
    src = _jsonl(tmp_path / "reports.jsonl", REPORTS + [{"id": "bad", "text": ""}])
    (tmp_path / "broken.jsonl").write_text('{"id": "x", "text": \n', encoding="utf-8")
    store = Store(db)
    first = ingest(store, read_sources([str(src), str(tmp_path / "broken.jsonl")]), pipeline=pipeline, batch_size=2)
    assert first.articles == 3 and first.events >= 3 and first.rejected == 2
    n_events, n_evidence = count(store, events), count(store, evidence)
    assert n_events == first.events and n_evidence > n_events
    second = ingest(store, read_sources([str(src), str(tmp_path / "broken.jsonl")]), pipeline=pipeline)
    assert (second.articles, second.events, second.rejected, second.skipped) == (0, 0, 0, 5)
    assert count(store, events) == n_events and count(store, evidence) == n_evidence and count(store, articles) == 3
    assert count(store, runs) == 2
    with store.connect() as conn:
        reasons = {r.code for r in conn.execute(select(rejected))}
        assert reasons == {"missing_field", "malformed_json"}
        # every stored span points at the quoted text in the stored raw article
        q = select(evidence.c.text, evidence.c.raw_start, evidence.c.raw_end, articles.c.raw_text).join(
            events, events.c.id == evidence.c.event_id).join(articles, articles.c.hash == events.c.article_hash)
        checked = 0
        for text, start, end, raw in conn.execute(q):
            if start is not None:
                assert raw[start:end] == text
                checked += 1
        assert checked > 5


def test_new_pipeline_version_recodes_without_duplicates(db: str, tmp_path: Path, pipeline: Pipeline) -> None:
    src = _jsonl(tmp_path / "reports.jsonl", REPORTS[:2])
    store = Store(db)
    ingest(store, read_sources([str(src)]), pipeline=pipeline)
    before = count(store, events)
    cfg = tmp_path / "cfg.toml"
    cfg.write_text("[dates]\nbackground_after_days = 30\n", encoding="utf-8")
    again = ingest(store, read_sources([str(src)]), pipeline=Pipeline(load_config(cfg)))
    assert again.articles == 2 and again.skipped == 0
    assert count(store, articles) == 2 and count(store, events) == before
    with store.connect() as conn:
        versions = {v for (v,) in conn.execute(select(articles.c.pipeline_version))}
        assert len(versions) == 1
        # every event still belongs to an existing cluster
        orphans = conn.execute(select(func.count()).select_from(events).where(events.c.cluster_id.not_in(select(clusters.c.id)))).scalar_one()
        assert orphans == 0


def test_reports_of_one_strike_become_one_event(db: str, tmp_path: Path, pipeline: Pipeline) -> None:
    store = Store(db)
    ingest(store, read_sources([str(_jsonl(tmp_path / "r.jsonl", REPORTS))]), pipeline=pipeline)
    with store.connect() as conn:
        strikes = conn.execute(select(clusters).where(clusters.c.iso == "SY", clusters.c.status == "current")).all()
        assert len(strikes) == 1
        strike = strikes[0]
        assert strike.n_articles == 2 and "Daily Courier" in strike.sources and "Evening Post" in strike.sources
        # ACLED: the lowest credible figure; the range is kept
        assert strike.fatalities_low == 3 and strike.fatalities_high == 5
        why = conn.execute(select(merges.c.reason).where(merges.c.cluster_id == strike.id, merges.c.reason != "first report")).scalars().all()
        assert len(why) == 1 and "km apart" in why[0] and "dates 2026-03-13" in why[0]
        others = conn.execute(select(clusters).where(clusters.c.id != strike.id)).all()
        assert all(c.n_articles == 1 for c in others)


def test_directories_warc_and_unreadable_files(tmp_path: Path, pipeline: Pipeline) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    corpus = tmp_path / "corpus" / "nested"
    corpus.mkdir(parents=True)
    (corpus / "one.txt").write_text(REPORTS[2]["text"], encoding="utf-8")
    (corpus / "skip.bin").write_bytes(b"\x00\x01")
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    html = f"<html><head><title>Strike</title></head><body><article><p>{REPORTS[0]['text']}</p><p>{REPORTS[0]['text']}</p></article></body></html>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/idlib", "response", payload=io.BytesIO(html.encode()), http_headers=headers))
    (tmp_path / "corpus" / "crawl.warc.gz").write_bytes(buf.getvalue())
    items = list(read_sources([str(tmp_path / "corpus"), str(tmp_path / "missing.txt")], published=dt.date(2026, 3, 14)))
    arts = [i for i in items if hasattr(i, "raw_text")]
    assert {a.url for a in arts} == {None, "https://example.org/idlib"}
    assert any("Idlib" in a.text for a in arts)
    rejected_items = [i for i in items if not hasattr(i, "raw_text")]
    assert [r.code for r in rejected_items] == ["unreadable"] and "missing.txt" in rejected_items[0].article_id


def test_cli_ingest_from_stdin_is_idempotent(tmp_path: Path) -> None:
    import subprocess
    import sys

    from eventcoder.store.inputs import estimate

    from .conftest import ROOT

    db = tmp_path / "cli.db"
    run = lambda: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "eventcoder.cli", "ingest", "-", "--db", str(db), "--published", "2026-03-14", "--source", "Wire"],
        input=REPORTS[0]["text"], capture_output=True, text=True, cwd=ROOT,
    )
    first, second = run(), run()
    assert first.returncode == 0 and "1 article(s) coded" in first.stderr, first.stderr
    assert second.returncode == 0 and "0 article(s) coded, 1 already stored" in second.stderr
    assert first.stderr.count("\n") == 1  # not a terminal: no progress bar, one summary line
    src = _jsonl(tmp_path / "r.jsonl", REPORTS)
    (tmp_path / "one.txt").write_text("x", encoding="utf-8")
    assert estimate([str(src), str(tmp_path / "one.txt")]) == 4 and estimate(["-"]) is None


@pytest.mark.parametrize("unlocated_first", [False, True])
def test_a_report_without_a_place_joins_the_event_whose_place_it_names(db: str, pipeline: Pipeline, unlocated_first: bool) -> None:
    """When extraction finds no place in one report, its text naming the other report's place ties them."""
    import dataclasses

    from eventcoder.model import Article
    from eventcoder.store import write
    from eventcoder.store.db import pipeline_version

    store = Store(db)
    coded = []
    for r in REPORTS[:2]:
        art = Article.from_text(id=r["id"], text=r["text"], source=r["source"], published=dt.date.fromisoformat(r["published"]))
        result = pipeline.run(art)
        assert isinstance(result, tuple) and result and result[0].place is not None
        coded.append((art, result))
    art_b, events_b = coded[1]
    coded[1] = (art_b, tuple(dataclasses.replace(e, place=None) for e in events_b))  # as if geocoding had failed
    if unlocated_first:
        coded.reverse()
    with store.begin() as conn:
        for seq, (art, evs) in enumerate(coded, start=1):
            write.write_article(conn, art, evs, article_hash=write.content_hash(art.raw_text), version=pipeline_version(pipeline.config), run_id=None, seq=seq)
    with store.connect() as conn:
        strikes = conn.execute(select(clusters).where(clusters.c.status == "current", clusters.c.sub_event_type == "Air/drone strike")).all()
        assert len(strikes) == 1 and strikes[0].n_articles == 2 and strikes[0].iso == "SY"
        why = conn.execute(select(merges.c.reason).where(merges.c.cluster_id == strikes[0].id, merges.c.reason != "first report")).scalars().all()
        assert len(why) == 1 and "unlocated report names Idlib" in why[0]
        # a third unlocated report of a strike that day, naming no place, stays apart
        art = Article.from_text(id="c", text="A drone strike killed five people in a car on Friday, residents said.", source="Wire", published=dt.date(2026, 3, 14))
        result = pipeline.run(art)
        assert isinstance(result, tuple) and result
        ids = write.write_article(conn, art, result, article_hash=write.content_hash(art.raw_text), version="v", run_id=None, seq=3)
        assert conn.execute(select(clusters.c.n_articles).where(clusters.c.id.in_(ids))).scalars().all() == [1] * len(ids)


def test_clusters_written_on_arrival_equal_clusters_recomputed_from_their_mentions(db: str, tmp_path: Path, pipeline: Pipeline) -> None:
    """Ingest writes a new cluster straight from its first mention; recomputing every cluster from the
    stored mentions must give the same rows."""
    from eventcoder.store import write

    from .conftest import GOLDEN

    records = list(REPORTS) + [
        {"id": f.stem, "text": f.read_text("utf-8"), "published": "2026-11-23", "source": "Golden wire"} for f in sorted(GOLDEN.glob("*.txt"))
    ]
    store = Store(db)
    ingest(store, read_sources([str(_jsonl(tmp_path / "r.jsonl", records))]), pipeline=pipeline, batch_size=4)
    with store.connect() as conn:
        before = sorted(tuple(r) for r in conn.execute(select(clusters)))
    assert len(before) > 5
    with store.begin() as conn:
        for (cid,) in conn.execute(select(clusters.c.id)).all():
            write.refresh_cluster(conn, cid)
    with store.connect() as conn:
        after = sorted(tuple(r) for r in conn.execute(select(clusters)))
    assert after == before


def test_two_workers_store_exactly_the_rows_of_one(tmp_path: Path, pipeline: Pipeline) -> None:
    """Rows are built in the worker processes and written by a writer thread: the store must not change."""
    from .conftest import GOLDEN

    records = list(REPORTS) + [
        {"id": f.stem, "text": f.read_text("utf-8"), "published": "2026-11-23", "source": "Golden wire"} for f in sorted(GOLDEN.glob("*.txt"))
    ]
    src = _jsonl(tmp_path / "r.jsonl", records)
    dumps = []
    for w in (1, 2):
        store = Store(str(tmp_path / f"w{w}.db"))
        stats = ingest(store, read_sources([str(src)]), pipeline=pipeline, workers=w, batch_size=3)
        assert stats.articles == len(records) and stats.store_seconds > 0
        with store.connect() as conn:
            dumps.append({t.name: sorted((tuple(r) for r in conn.execute(select(t))), key=repr) for t in (events, evidence, clusters, merges)})
        store.close()
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["events"]) > 5
