"""The casualty-counting conventions of resources/casualties.toml (facts from ACLED's public codebook): which
event types carry no fatalities, whose deaths a suicide bombing counts, person words, count qualifiers, vague
quantities."""

from __future__ import annotations

import dataclasses
import functools

from ..resources import number_words, tables


@dataclasses.dataclass(frozen=True, slots=True)
class Conventions:
    no_fatalities: frozenset[str]
    attacker_included: frozenset[str]
    persons: frozenset[str]
    lower_bound: tuple[str, ...]  # "at least", "about": low = best = N, no high
    upper_bound: tuple[str, ...]  # "up to": best = high = N, no low
    not_a_toll_units: tuple[str, ...]  # "killing 3 km from": what such a number counts is not people
    killed_words: tuple[str, ...]  # "five were killed", "three bodies"
    killed_abbreviations: tuple[str, ...]  # "3 KIA" (capitals only)
    injured_words: tuple[str, ...]  # "two wounded"
    injured_abbreviations: tuple[str, ...]  # "4 WIA" (capitals only)
    kill_verbs: tuple[str, ...]  # "killing five", "shot dead a driver"
    neutralise_verbs: tuple[str, ...]  # "neutralised seven terrorists"
    armed_persons: tuple[str, ...]  # what a neutralise verb counts: "terrorists", "bandits"
    death_passives: tuple[str, ...]  # "a teacher was beheaded"
    lethal_manners: tuple[str, ...]  # "shot seven men dead", "stabbing him to death"
    injure_verbs: tuple[str, ...]  # "wounding 12"
    leaving_verbs: tuple[str, ...]  # "leaving four troops dead"
    life_taking_verbs: tuple[str, ...]  # "claimed the lives of 12"
    quantity_nouns: tuple[str, ...]  # "killing a total of": not one person
    injury_severities: tuple[str, ...]  # "suffered minor injuries"
    part_markers: tuple[str, ...]  # "including three children": a part of a count told before
    toll_parts: tuple[str, ...]  # "Six of the dead were militiamen": a breakdown of a toll told before
    sum_states: tuple[str, ...]  # "17 attackers and three soldiers were killed"
    left_states: tuple[str, ...]  # "leaving four troops and 11 insurgents dead"
    whole_lead_ins: tuple[str, ...]  # "12 people, including three children, were killed": the whole
    none_sides: tuple[str, ...]  # "no U.S. personnel were hurt"
    none_modifiers: tuple[str, ...]  # "no immediate casualties"
    none_people: tuple[str, ...]  # "no soldiers were hurt"
    none_harms: tuple[str, ...]  # "no casualties"
    none_participles: tuple[str, ...]  # "no one was hurt"


_PHRASE_LISTS = (
    "killed_words", "killed_abbreviations", "injured_words", "injured_abbreviations", "kill_verbs", "neutralise_verbs",
    "armed_persons", "death_passives", "lethal_manners", "injure_verbs", "leaving_verbs", "life_taking_verbs",
    "quantity_nouns", "injury_severities", "part_markers", "toll_parts", "sum_states", "left_states", "whole_lead_ins", "none_sides", "none_modifiers", "none_people", "none_harms",
    "none_participles",
)


@functools.cache
def conventions() -> Conventions:
    data = tables("casualties.toml")
    return Conventions(
        no_fatalities=frozenset(data["no_fatalities"]),
        attacker_included=frozenset(data["attacker_included"]),
        persons=frozenset(data["persons"]),
        lower_bound=tuple(data["lower_bound"]),
        upper_bound=tuple(data["upper_bound"]),
        not_a_toll_units=tuple(data["not_a_toll_units"]),
        **{field: tuple(data[field]) for field in _PHRASE_LISTS},
    )


@functools.cache
def count_words() -> dict[str, int]:
    """Counts in words: the cardinals ("zero" ... "ninety") and the vague quantities ("several" 3, "dozens" 12)."""
    return {**number_words(), **{k: int(v) for k, v in tables("casualties.toml")["quantities"].items()}}

