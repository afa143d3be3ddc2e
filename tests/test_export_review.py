"""Export formats and filters, the JSON API (serve --get) and review actions reflected in exports."""

from __future__ import annotations

import csv
import io
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from eventcoder.cli import main
from eventcoder.pipeline import Pipeline
from eventcoder.store.schema import reviews
from eventcoder.web.server import App

from .pgfixture import fresh_pg_db, postgres_url  # noqa: F401 - fixture
from .store_corpus import build


@pytest.fixture(scope="module")
def coded(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> str:
    tmp = tmp_path_factory.mktemp("coded")
    db = str(tmp / "coded.db")
    build(db, pipeline, tmp, golden=True).close()
    return db


def export(db: str, *args: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["export", "--db", db, *args]) == 0
    return capsys.readouterr().out


def test_export_formats_and_filters(coded: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(export(coded, "--format", "acled-csv", capsys=capsys))))
    assert rows and {r["status"] for r in rows} == {"current"}
    idlib = [r for r in rows if r["location"] == "Idlib"]
    assert len(idlib) == 1 and idlib[0]["fatalities"] == "3" and "Daily Courier" in idlib[0]["source"] and "Evening Post" in idlib[0]["source"]
    syria = list(csv.DictReader(io.StringIO(export(coded, "--format", "acled-csv", "--country", "SY", capsys=capsys))))
    assert syria and {r["country"] for r in syria} == {"Syria"} and len(syria) < len(rows)
    dated = list(csv.DictReader(io.StringIO(export(coded, "--format", "acled-csv", "--since", "2026-11-01", capsys=capsys))))
    assert dated and all(r["event_date"] >= "2026-11-01" for r in dated)
    typed = [json.loads(x) for x in export(coded, "--event-type", "Air/drone strike", "--status", "all", capsys=capsys).splitlines()]
    assert typed and {e["sub_event_type"] for e in typed} == {"Air/drone strike"}
    mentions = [json.loads(x) for x in export(coded, "--mentions", capsys=capsys).splitlines()]
    canon = [json.loads(x) for x in export(coded, capsys=capsys).splitlines()]
    assert len(mentions) > len(canon) and {m["cluster_id"] for m in mentions} == {c["event_id"] for c in canon}
    merged = next(c for c in canon if c["n_articles"] == 2)
    assert merged["fatalities"] == 3 and merged["fatalities_high"] == 5
    geo = json.loads(export(coded, "--format", "geojson", capsys=capsys))
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == len([c for c in canon if c["latitude"] is not None])
    lon, lat = geo["features"][0]["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    import pyarrow.parquet as pq

    assert main(["export", "--db", coded, "--format", "parquet", "-o", str(tmp_path / "e.parquet")]) == 0
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.num_rows == len(canon) and table.schema.field("fatalities").type == "int64"
    assert main(["export", "--db", str(tmp_path / "missing.db")]) == 1


def test_api_routes(coded: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--db", coded, "--get", "/api/facets"]) == 0
    facets = json.loads(capsys.readouterr().out)
    assert "Syria" in facets["countries"] and facets["articles"] == 8
    assert main(["serve", "--db", coded, "--get", "/api/map?country=Syria&zoom=5"]) == 0
    pts = json.loads(capsys.readouterr().out)
    assert pts["markers"] and all(m["lat"] for m in pts["markers"]) and not pts["clustered"]
    app = App(__import__("eventcoder.store", fromlist=["Store"]).Store(coded))
    status, _, body = app.handle("GET", "/api/map?zoom=2")
    assert status == 200
    every = json.loads(body)
    status, _, body = app.handle("GET", "/api/timeline")
    days = json.loads(body)
    assert sum(d["n"] for d in days) == every["total"]
    status, _, body = app.handle("GET", "/api/event/" + pts["markers"][0]["id"])
    detail = json.loads(body)
    m = detail["mentions"][0]
    start, end = m["evidence"]["trigger"]["raw_span"]
    assert m["article"]["raw_text"][start:end] == m["evidence"]["trigger"]["text"]
    assert app.handle("GET", "/api/event/nope")[0] == 404
    assert app.handle("GET", "/api/map?since=notadate")[0] == 400
    assert app.handle("GET", "/")[0] == 200 and app.handle("GET", "/vendor/leaflet/leaflet.js")[0] == 200
    assert app.handle("GET", "/../../etc/passwd")[0] == 404


@pytest.fixture(params=["sqlite", "postgresql"])
def small(request: pytest.FixtureRequest, tmp_path: Path, pipeline: Pipeline) -> str:
    db = str(tmp_path / "s.db") if request.param == "sqlite" else fresh_pg_db(request.getfixturevalue("postgres_url"), "r_" + uuid.uuid4().hex[:10])
    build(db, pipeline, tmp_path).close()
    return db


def _post(app: App, cid: str, **body: object) -> dict:
    status, _, out = app.handle("POST", f"/api/event/{cid}/review", json.dumps(body).encode())
    assert status == 200, out
    return json.loads(out)


def test_reviews_are_audited_and_reach_exports(small: str, capsys: pytest.CaptureFixture[str]) -> None:
    from eventcoder.store import Store

    store = Store(small)
    app = App(store)
    canon = [json.loads(x) for x in export(small, capsys=capsys).splitlines()]
    strike = next(c for c in canon if c["n_articles"] == 2)
    other = next(c for c in canon if c["n_articles"] == 1)
    # edit a field: exports show the new value
    _post(app, strike["event_id"], action="edit", field="fatalities_low", value="4", note="hospital count")
    after = {c["event_id"]: c for c in (json.loads(x) for x in export(small, capsys=capsys).splitlines())}
    assert after[strike["event_id"]]["fatalities"] == 4 and after[strike["event_id"]]["review"] == "edited"
    assert [r["event_id"] for r in (json.loads(x) for x in export(small, "--reviewed", capsys=capsys).splitlines())] == [strike["event_id"]]
    # split one report out, then merge it back
    detail = json.loads(app.handle("GET", f"/api/event/{strike['event_id']}")[2])
    second = detail["mentions"][1]["event_id"]
    res = _post(app, strike["event_id"], action="split", target=second)
    new_id = res["event_id"]
    assert new_id != strike["event_id"] and len(res["detail"]["mentions"]) == 1
    assert len([json.loads(x) for x in export(small, capsys=capsys).splitlines()]) == len(canon) + 1
    res = _post(app, strike["event_id"], action="merge", target=new_id)
    assert len(res["detail"]["mentions"]) == 2 and "merged by reviewer" in res["detail"]["mentions"][1]["merge"]["reason"]
    # reject: gone from default exports, kept with --include-rejected
    _post(app, other["event_id"], action="reject", note="not an event")
    ids = {json.loads(x)["event_id"] for x in export(small, capsys=capsys).splitlines()}
    assert other["event_id"] not in ids
    assert other["event_id"] in {json.loads(x)["event_id"] for x in export(small, "--include-rejected", capsys=capsys).splitlines()}
    # bad actions are refused with a message, nothing written
    status, _, body = app.handle("POST", f"/api/event/{other['event_id']}/review", json.dumps({"action": "edit", "field": "raw_text", "value": "x"}).encode())
    assert status == 400 and "cannot be edited" in json.loads(body)["error"]
    with store.connect() as conn:
        actions = [r.action for r in conn.execute(select(reviews).order_by(reviews.c.id))]
    assert actions == ["edit", "split", "split", "merge", "merge", "reject"]
