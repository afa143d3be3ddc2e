"""The casualty-counting conventions of resources/casualties.toml (facts from ACLED's public codebook): which
event types carry no fatalities, whose deaths a suicide bombing counts, person words, count qualifiers, vague
quantities."""

from __future__ import annotations

import dataclasses
import functools
import tomllib

from ..resources import number_words, read_text


@dataclasses.dataclass(frozen=True, slots=True)
class Conventions:
    no_fatalities: frozenset[str]
    attacker_included: frozenset[str]
    persons: frozenset[str]
    lower_bound: tuple[str, ...]  # "at least", "about": low = best = N, no high
    upper_bound: tuple[str, ...]  # "up to": best = high = N, no low
    not_a_toll_units: tuple[str, ...]  # "killing 3 km from": what such a number counts is not people


@functools.cache
def _data() -> dict:
    return tomllib.loads(read_text("casualties.toml"))


@functools.cache
def conventions() -> Conventions:
    data = _data()
    return Conventions(
        no_fatalities=frozenset(data["no_fatalities"]),
        attacker_included=frozenset(data["attacker_included"]),
        persons=frozenset(data["persons"]),
        lower_bound=tuple(data["lower_bound"]),
        upper_bound=tuple(data["upper_bound"]),
        not_a_toll_units=tuple(data["not_a_toll_units"]),
    )


@functools.cache
def count_words() -> dict[str, int]:
    """Counts in words: the cardinals ("zero" ... "ninety") and the vague quantities ("several" 3, "dozens" 12)."""
    return {**number_words(), **{k: int(v) for k, v in _data()["quantities"].items()}}
