"""The stage registry and order check, and failure isolation."""

from __future__ import annotations

from typing import Any, Mapping

import pytest

from eventcoder import errors
from eventcoder.config import Config, default_config, load_config
from eventcoder.errors import ConfigError
from eventcoder.model import Document, Rejected
from eventcoder.pipeline import Pipeline, StageSpec, check_order, registry

from .conftest import article


def test_default_order_is_valid_and_complete() -> None:
    specs = check_order(default_config().stages, registry())
    assert [s.name for s in specs][0] == "clean"
    assert "events" in specs[-1].assigns


def test_unknown_stage_is_named() -> None:
    with pytest.raises(ConfigError, match="unknown stage 'geocode'"):
        check_order(["clean", "geocode"], registry())


def test_stage_before_its_requirement_is_refused() -> None:
    order = ["clean", "detect", "parse", "places", "actors", "dates", "casualties", "attribution", "assemble"]
    with pytest.raises(ConfigError, match="'detect' requires parsed"):
        check_order(order, registry())


def test_double_assignment_is_refused() -> None:
    with pytest.raises(ConfigError, match="assigns clean_article"):
        check_order(["clean", "clean"], registry())


def test_pipeline_without_events_is_refused() -> None:
    with pytest.raises(ConfigError, match="no stage assigns 'events'"):
        check_order(["clean", "parse"], registry())


def test_config_file_order_is_checked(tmp_path: Any) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text('[pipeline]\nstages = ["parse", "clean"]\n')
    with pytest.raises(ConfigError, match="requires clean_article"):
        Pipeline(load_config(cfg))
    broken = tmp_path / "broken.toml"
    broken.write_text("[pipeline\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(broken)


def test_a_failing_stage_becomes_rejected_and_the_batch_goes_on(monkeypatch: Any) -> None:
    pipe = Pipeline()
    good = article("Rockets hit a base in Deir ez-Zour on Monday.", id="good")
    bad = article("Rockets hit a base in Deir ez-Zour on Monday.", id="bad")
    real = {s.name: s for s in pipe.stages}["dates"]

    def flaky(doc: Document, settings: Mapping[str, Any]) -> Mapping[str, Any]:
        if doc.article.id == "bad":
            raise RuntimeError("boom")
        return real.func(doc, settings)

    pipe.stages = tuple(
        StageSpec(name=s.name, requires=s.requires, assigns=s.assigns, func=flaky) if s.name == "dates" else s
        for s in pipe.stages
    )
    results = dict((a.id if a else None, r) for a, r in pipe.run_many([bad, good]))
    assert isinstance(results["bad"], Rejected)
    assert results["bad"].stage == "dates" and results["bad"].code == errors.STAGE_FAILED
    assert "boom" in results["bad"].message
    assert not isinstance(results["good"], Rejected) and len(results["good"]) == 1


def test_an_article_without_event_mentions_skips_the_stages_after_detect() -> None:
    """The stages that work on the event mentions (skip_without="mentions") do not run for an article that has none: each
    of their fields is empty; an article with a mention in the same chunk runs them."""
    pipe = Pipeline()
    after = {s.name for s in pipe.stages if s.skip_without == "mentions"}
    assert after == {"places", "dates", "actors", "casualties", "attribution", "assemble"}
    ran: list[tuple[str, str]] = []

    def watched(spec: StageSpec) -> StageSpec:
        def func(doc: Document, settings: Mapping[str, Any]) -> Mapping[str, Any]:
            ran.append((spec.name, doc.article.id))
            return spec.func(doc, settings)

        return StageSpec(name=spec.name, requires=spec.requires, assigns=spec.assigns, func=func, skip_without=spec.skip_without)

    pipe.warm_up()
    pipe.stages = tuple(watched(s) if s.name in after else s for s in pipe.stages)
    quiet = article("The city council of Lyon approved a new budget for its schools on Tuesday, officials said.", id="quiet")
    event = article("Gunmen attacked a police post in Kidal, Mali on Monday, killing two officers.", id="event")
    for docs in (pipe.run_documents([quiet]), pipe.run_documents([quiet, event])):
        doc = docs[0]
        assert isinstance(doc, Document) and doc.get("mentions") == ()
        assert all(doc.get(field) == () for name in after for field in registry()[name].assigns)
    assert not any(art == "quiet" for _, art in ran)
    assert {name for name, art in ran if art == "event"} == after
    assert pipe.run(event) and not isinstance(pipe.run(event), Rejected)


def test_skip_without_must_be_a_requirement() -> None:
    from eventcoder.pipeline import stage

    with pytest.raises(ValueError, match="not one of its requirements"):
        stage("x", requires=["parsed"], assigns=["y"], skip_without="mentions")


def test_stage_assigning_undeclared_fields_is_rejected() -> None:
    pipe = Pipeline()
    pipe.stages = tuple(
        StageSpec(name=s.name, requires=s.requires, assigns=s.assigns, func=lambda d, st: {"wrong": 1})
        if s.name == "detect" else s
        for s in pipe.stages
    )
    out = pipe.run(article("Rockets hit a base."))
    assert isinstance(out, Rejected) and out.stage == "detect" and "declared" in out.message


def test_huge_article_is_rejected_not_processed() -> None:
    pipe = Pipeline(Config(stages=default_config().stages, max_chars=100, settings=default_config().settings))
    out = pipe.run(article("Rockets hit a base. " * 20, id="huge"))
    assert isinstance(out, Rejected) and out.code == errors.TOO_LARGE and out.article_id == "huge"


def test_stages_do_not_mutate_their_input(pipeline: Pipeline) -> None:
    art = article("Rockets hit a US base in Deir ez-Zour on Monday.\n\nCopyright 2026 Wire.")
    before = (art.text, art.raw_text, art.offsets)
    doc = pipeline.run_document(art)
    assert not isinstance(doc, Rejected)
    assert (art.text, art.raw_text, art.offsets) == before
    assert doc.article is art
    assert "Copyright" not in doc.get("clean_article").text


def test_loading_collects_no_garbage_then_freezes_what_it_made_and_restores_the_collector() -> None:
    """Start-up (the stages' imports, the model, the lexicons) runs under ``_loading``: no collection walks what it makes,
    even when a library turns the collector on meanwhile (srsly does while spaCy reads a model), and what it made is
    frozen out of later collections; the collector's thresholds and on/off state are left as they were."""
    import gc

    from eventcoder.pipeline import _loading

    thresholds, enabled = gc.get_threshold(), gc.isenabled()
    collections: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        frozen = gc.get_freeze_count()
        with _loading():
            gc.enable()
            made = [[k] for k in range(10 * thresholds[0])]  # ten times what starts a collection
        assert collections == []
        assert gc.get_freeze_count() >= frozen + len(made)
        assert gc.get_threshold() == thresholds
    finally:
        gc.callbacks.remove(seen)
        if not enabled:
            gc.disable()
