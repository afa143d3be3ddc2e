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


@pytest.mark.parametrize(
    "text, low",
    [
        ("Soldiers repelled an attack on their post at Tillia, Niger on Monday. The ministry said 17 attackers and three soldiers were killed.", 20),
        ("An Israeli airstrike hit a building in Beirut on Friday, killing a senior Hezbollah commander and at least 11 other people.", 12),
        ("Gunmen stopped a coach near Kalat, Pakistan on Wednesday and shot dead seven men.", 7),
        ("Gunmen attacked a village in Zamfara, Nigeria on Monday, killing at least 5 people.", 5),
        ("Militants ambushed a patrol near Lamu, Kenya on Friday; one soldier and five attackers were killed.", 6),
        ("Israeli airstrikes on Jabalia, Gaza on Thursday killed 'dozens' of people, medics said.", 12),
        ("Gunmen attacked the house of a judge in Petion-Ville, Haiti on Monday and shot him dead, killing a guard.", 1),
    ],
)
def test_counts_of_one_event_are_added_and_read(pipeline: Pipeline, text: str, low: int) -> None:
    killed, _ = counts(pipeline, text)
    assert killed is not None and killed.value.low == low


def test_no_one_hurt_means_nobody_killed_but_a_count_wins(pipeline: Pipeline) -> None:
    killed, _ = counts(pipeline, "A grenade exploded outside a councillor's house in Cotabato City, Philippines on Thursday, injuring no one.")
    assert killed.value.low == 0
    killed, _ = counts(pipeline, "Gunmen killed five villagers in Kaduna, Nigeria on Monday; no soldiers were hurt.")
    assert killed.value.low == 5


@pytest.mark.parametrize(
    "text, killed",
    [
        ("Gunmen attacked the house of a judge in Petion-Ville, Haiti and shot him dead, police said.", 1),
        ("Residents of Abobo, Ivory Coast lynched two youths accused of belonging to a gang on Monday night, police said.", 2),
        ("Rockets struck the Victory base complex near Baghdad, Iraq, security sources said, without causing casualties.", 0),
        ("Five people were gunned down on Sunday night at a car-wash in Celaya, Mexico, the state prosecutor said.", 5),
    ],
)
def test_more_ways_of_reporting_deaths(pipeline, text: str, killed: int) -> None:
    from .conftest import article

    found = [e for e in pipeline.run(article(text, "2024-05-01")) if e.status.value == "current"]
    assert found and any(e.fatalities is not None and e.fatalities.value.low == killed for e in found)
