"""The explorer in real headless Chromium (Debian's chromium driven by playwright; no browser download).

Loads the page on a small coded corpus, sees markers, moves the timeline, opens an event, sees highlighted
and labelled evidence, submits a review. Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from pathlib import Path
from typing import Iterator

import pytest

from eventcoder.pipeline import Pipeline
from eventcoder.web.server import make_server

from .conftest import ROOT
from .store_corpus import build

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "test-artifacts"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("browser")
    store = build(str(tmp / "b.db"), pipeline, tmp, golden=True)
    httpd = make_server(store, "127.0.0.1", 0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium not installed (.ci/run installs Debian's chromium)")
        pytest.skip("chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_explore_and_review(server: str, browser) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server + "/")
    page.wait_for_selector(".ev-marker")
    n_all = page.locator(".ev-marker").count()
    assert n_all >= 4
    page.wait_for_function("document.querySelectorAll('#tl-chart rect[data-date]').length > 0")
    page.screenshot(path=str(SHOTS / "explorer-map.png"))

    # move the timeline: the end handle to the first day leaves only that day's events on the map
    before = page.locator("#count").inner_text()
    page.locator("#tl-end").focus()
    page.keyboard.press("Home")
    page.wait_for_function("(b) => document.querySelector('#count').innerText !== b", arg=before)
    assert page.locator("#f-until").input_value() != ""
    n_day = page.locator(".ev-marker").count()
    assert 1 <= n_day < n_all
    page.screenshot(path=str(SHOTS / "explorer-timeline.png"))
    page.locator("#tl-reset").click()
    page.wait_for_function("(n) => document.querySelectorAll('.ev-marker').length === n", arg=n_all)

    # open the merged Idlib strike: two reports, every evidence span highlighted and labelled
    page.locator("#f-country").select_option("Syria")
    page.wait_for_function("document.querySelector('#count').innerText.includes('event')")
    page.wait_for_function("document.querySelectorAll('.ev-marker').length > 0 && document.querySelectorAll('.ev-marker').length < %d" % n_all)
    ids = page.eval_on_selector_all(".ev-marker", "els => els.map(e => e.dataset.id)")
    target = None
    for cid in ids:
        detail = json.loads(page.evaluate("async (id) => JSON.stringify(await (await fetch('/api/event/' + id)).json())", cid))
        if len(detail["mentions"]) == 2:
            target = cid
    assert target is not None
    page.locator(f".ev-marker[data-id='{target}']").click(force=True)
    page.wait_for_selector(".mention mark.ev")
    assert page.locator(".mention").count() == 2
    labels = set(page.eval_on_selector_all("sup.lbl", "els => els.map(e => e.textContent)"))
    assert {"trigger", "place", "date", "fatalities"} <= labels
    assert any(label.startswith("source") for label in labels)
    marked = page.eval_on_selector_all("mark.ev-trigger", "els => els.map(e => e.textContent)")
    assert any("strike" in t for t in marked)
    assert "3" in page.locator("#event-fatalities").inner_text()
    page.screenshot(path=str(SHOTS / "explorer-event.png"))

    # submit reviews: edit the toll, then accept
    page.locator("#edit-field").select_option("fatalities_low")
    page.locator("#edit-value").fill("4")
    page.locator("button[data-action=edit]").click()
    page.wait_for_function("document.querySelector('#event-fatalities').innerText.startsWith('4')")
    page.locator("button[data-action=accept]").click()
    page.wait_for_function("document.querySelector('#event-review').innerText === 'accepted'")
    assert "accept" in page.locator(".history").inner_text()
    page.screenshot(path=str(SHOTS / "explorer-review.png"))
    detail = json.loads(page.evaluate("async (id) => JSON.stringify(await (await fetch('/api/event/' + id)).json())", target))
    assert [r["action"] for r in detail["reviews"]] == ["edit", "accept"] and detail["event"]["fatalities_low"] == 4
    assert not errors
    assert all(u.startswith(server) for u in requests), "the page must not load anything from outside"
    page.close()
