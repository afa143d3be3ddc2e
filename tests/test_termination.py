"""No input may hang the coder (issue 12): bounded parse-tree walks, a per-article time budget, and a
termination fuzz test through the full pipeline."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, Mapping

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from eventcoder import errors
from eventcoder.config import Config, default_config
from eventcoder.deadline import DeadlineExceeded, deadline
from eventcoder.model import Document, Rejected
from eventcoder.pipeline import Pipeline, StageSpec

from .conftest import article

REGRESSIONS = Path(__file__).resolve().parent / "regressions" / "hung.txt"


def _config(seconds: float) -> Config:
    base = default_config()
    return Config(
        stages=base.stages,
        max_chars=base.max_chars,
        settings=base.settings,
        timeout_per_1000_words=seconds,
        timeout_min=seconds,
        timeout_max=seconds,
    )


@pytest.fixture(scope="module")
def budgeted() -> Pipeline:
    """The full pipeline with a short, fixed budget: a hang shows up as a timeout, not a stuck test run."""
    pipe = Pipeline(_config(10.0))
    pipe.warm_up()
    return pipe


def _hung_shapes() -> list[str]:
    text = "\n".join(line for line in REGRESSIONS.read_text("utf-8").splitlines() if not line.startswith("#"))
    return [block.strip("\n") for block in text.split("\n---\n") if block.strip()]


def _finishes(pipe: Pipeline, text: str) -> float:
    started = time.monotonic()
    out = pipe.run(article(text, id="fuzz"))
    elapsed = time.monotonic() - started
    if isinstance(out, Rejected):
        assert out.code not in (errors.TIMEOUT, errors.STAGE_FAILED), (text, out)
    return elapsed


@pytest.mark.parametrize("text", _hung_shapes())
def test_shapes_that_once_hung_finish(budgeted: Pipeline, text: str) -> None:
    assert _finishes(budgeted, text) < 5.0


def test_about_the_bombing_is_coded(budgeted: Pipeline) -> None:
    out = budgeted.run(article("About the bombing.", id="about"))
    assert not isinstance(out, Rejected), out


# --- the termination fuzz test -----------------------------------------------------------------------

WORDS = (
    "about", "the", "bombing", "attack", "rockets", "hit", "a", "base", "in", "near", "police", "said",
    "gunmen", "killed", "two", "civilians", "on", "Monday", "Baghdad", "Syria", "US", "forces", "airstrike",
    "militants", "protesters", "clashed", "with", "troops", "after", "and", "or", "but", "of", "by", "from",
    "officials", "reported", "wounded", "dozens", "village", "Kabul", "Taliban", "army", "shelling", "town",
    "captured", "kidnapped", "students", "explosion", "market", "ISIS", "Iraqi", "security", "convoy", "IED",
    "drone", "strike", "Houthi", "Yemen", "riot", "mob", "burned", "houses", "last", "week", "February",
    "according", "to", "witnesses", "allegedly", "not", "no", "would", "could", "threatened", "denied",
)
PREPOSITIONS = ("about", "after", "against", "at", "by", "during", "for", "from", "in", "near", "of", "on", "with", "without")
CONJUNCTIONS = ("and", "but", "or", "nor", "so", "yet", "because", "while", "although")
PUNCTUATION = ".,;:!?-()[]{}\"'\u201c\u201d\u2018\u2019\u2014*/&#@"

words = st.sampled_from(WORDS)
random_words = st.lists(words, min_size=1, max_size=25).map(" ".join)
leading_function_word = st.tuples(st.sampled_from(PREPOSITIONS + CONJUNCTIONS), st.lists(words, min_size=0, max_size=8)).map(
    lambda t: " ".join((t[0].capitalize(), *t[1])) + "."
)
punctuation_only = st.text(alphabet=PUNCTUATION, min_size=1, max_size=12)
one_word = words
coordinated_list = st.lists(words, min_size=20, max_size=120).map(lambda ws: ", ".join(ws[:-1]) + " and " + ws[-1] + ".")
unbalanced = st.tuples(st.sampled_from(["\"", "(", "[", "\u201c", "'", ")", "]", "\u201d"]), random_words).map(lambda t: t[0] + t[1])
headline = random_words.map(str.upper)
line = st.one_of(random_words, leading_function_word, punctuation_only, one_word, coordinated_list, unbalanced, headline)
articles = st.lists(line, min_size=1, max_size=6).map("\n".join).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=articles)
def test_any_shape_finishes_within_its_budget(budgeted: Pipeline, text: str) -> None:
    assert _finishes(budgeted, text) < 5.0


# --- the time budget ----------------------------------------------------------------------------------


def _with_slow_stage(pipe: Pipeline, name: str) -> Pipeline:
    """Replace one stage by a test double that never ends for the article 'slow'."""
    real = {s.name: s for s in pipe.stages}[name]

    def slow(doc: Document, settings: Mapping[str, Any]) -> Mapping[str, Any]:
        while doc.article.id == "slow":
            pass
        return real.func(doc, settings)

    pipe.stages = tuple(
        StageSpec(name=s.name, requires=s.requires, assigns=s.assigns, func=slow) if s.name == name else s for s in pipe.stages
    )
    return pipe


def _slow_batch(pipe: Pipeline) -> dict[str | None, Any]:
    items = [article("Rockets hit a base in Erbil.", id="slow"), article("Rockets hit a base in Erbil on Monday.", id="good")]
    return {a.id if a else None: r for a, r in pipe.run_many(items)}


def test_a_slow_stage_becomes_a_timeout_and_the_batch_goes_on() -> None:
    pipe = _with_slow_stage(Pipeline(_config(0.5)), "actors")
    started = time.monotonic()
    results = _slow_batch(pipe)
    assert time.monotonic() - started < 30
    slow = results["slow"]
    assert isinstance(slow, Rejected) and slow.code == errors.TIMEOUT and slow.stage == "actors"
    assert "time budget" in slow.message
    assert not isinstance(results["good"], Rejected) and len(results["good"]) == 1


def test_the_budget_also_works_outside_the_main_thread() -> None:
    pipe = _with_slow_stage(Pipeline(_config(0.5)), "dates")
    box: dict[str, Any] = {}
    worker = threading.Thread(target=lambda: box.update(_slow_batch(pipe)), daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    assert isinstance(box["slow"], Rejected) and box["slow"].code == errors.TIMEOUT and box["slow"].stage == "dates"
    assert not isinstance(box["good"], Rejected)


def test_budget_grows_with_length_between_floor_and_ceiling() -> None:
    cfg = default_config()
    assert cfg.time_budget(10) == cfg.timeout_min
    assert cfg.time_budget(10_000_000) == cfg.timeout_max
    assert cfg.timeout_min < cfg.time_budget(3000) < cfg.timeout_max


def test_deadline_interrupts_a_loop_and_is_cleared_after() -> None:
    with pytest.raises(DeadlineExceeded):
        with deadline(0.2):
            while True:
                pass
    with deadline(0.2):
        pass
    time.sleep(0.3)  # the timer was cancelled: nothing fires now
