"""Casualty figures: lowest credible, ranges, and 'none reported' versus unknown."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from eventcoder.stages.casualties import number

from .conftest import article


@pytest.mark.parametrize("text, n", [("three", 3), ("21", 21), ("1,200", 1200), ("dozens", 12), ("several", 3), ("hundreds", 100), ("twenty-one", 21), ("a dozen", 12)])
def test_number_words(text: str, n: int) -> None:
    assert number(text) == n


def counts(pipeline: Pipeline, text: str):
    events = pipeline.run(article(text))
    assert not hasattr(events, "code"), events
    (event,) = events
    return event.fatalities, event.injuries


def test_at_least_gives_the_low_figure(pipeline: Pipeline) -> None:
    killed, injured = counts(pipeline, "An airstrike on the village of Hajin killed at least five civilians and wounded dozens of others on Monday.")
    assert killed.value.low == 5 and killed.value.high is None
    assert injured.value.low == 12
    assert killed.text == "killed at least five"


def test_range_keeps_low_and_high(pipeline: Pipeline) -> None:
    killed, _ = counts(pipeline, "Between 4 and 7 people were killed when a car bomb exploded in Mosul on Monday.")
    assert (killed.value.low, killed.value.high) == (4, 7)


def test_none_reported_is_a_known_zero(pipeline: Pipeline) -> None:
    killed, injured = counts(pipeline, "Rockets hit a base in Erbil on Monday. There were no casualties, officials said.")
    assert killed.value.best == 0 and killed.value.none_reported
    assert injured.value.best == 0


def test_silence_is_unknown_not_zero(pipeline: Pipeline) -> None:
    killed, injured = counts(pipeline, "Rockets hit a base in Erbil on Monday.")
    assert killed is None and injured is None


def test_distances_and_weapon_counts_are_not_casualties(pipeline: Pipeline) -> None:
    killed, _ = counts(pipeline, "Militants fired rockets at a base 20 km from Erbil on Monday, leaving 3 craters.")
    assert killed is None
