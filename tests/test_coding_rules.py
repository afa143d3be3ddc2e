"""ACLED coding rules the assemble/detect/actors stages apply, on sentences written for the tests."""

from __future__ import annotations

from eventcoder.model import Rejected
from eventcoder.pipeline import Pipeline

from .conftest import article


def events(pipeline: Pipeline, text: str, published: str = "2026-11-25"):
    out = pipeline.run(article(text, published))
    assert not isinstance(out, Rejected), out
    return out


def test_weapons_named_as_destroyed_things_are_not_events(pipeline: Pipeline) -> None:
    # not a mortar or IED attack; destroying an enemy's weapons may be Disrupted weapons use (issue 6)
    found = events(pipeline, "Coalition forces destroyed two ISIL mortar systems and an IED factory near Mosul.")
    assert {e.sub_event_type for e in found} <= {"Disrupted weapons use"}


def test_who_takes_territory_decides_the_sub_event_type(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "Iraqi forces recaptured the town of Hit from Islamic State militants on Monday.")
    assert e.sub_event_type == "Government regains territory"
    assert e.actor1.value.name == "Military Forces of Iraq (2022-)" and e.actor1.value.inter == 1
    (e,) = events(pipeline, "Al Shabaab fighters seized the town of Jowhar in Somalia on Monday.")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert e.actor1.value.name == "Al Shabaab"


def test_foreign_forces_taking_ground_from_the_host_state_overtake_it(pipeline: Pipeline) -> None:
    # ACLED: a non-state actor or a foreign state's forces capturing territory overtake it; foreign forces
    # fighting rebels or militias beside the government regain it
    (e,) = events(pipeline, "Russian forces captured the village of Novoselivka from Ukrainian troops after heavy fighting on Monday.")
    assert e.actor1.value.inter == 8 and e.sub_event_type == "Non-state actor overtakes territory"
    (e,) = events(pipeline, "Rwandan troops recaptured the town of Mocimboa da Praia in Mozambique from Islamic State militants on Sunday.")
    assert e.actor1.value.inter == 8 and e.sub_event_type == "Government regains territory"


def test_same_type_in_two_countries_stays_two_events(pipeline: Pipeline) -> None:
    found = events(
        pipeline,
        "Coalition forces conducted strikes in Syria on Monday.\nCoalition forces also conducted strikes in Iraq on Monday.",
    )
    assert sorted(e.place.value.country for e in found) == ["Iraq", "Syria"]
    # the US-led coalition in Iraq and Syria is coded as the US forces that lead it (resources/actors/local_names.tsv)
    assert all(e.actor1.value.name.startswith("Military Forces of the United States") and e.actor1.value.inter == 8 for e in found)


def test_anaphoric_mention_merges_into_the_first(pipeline: Pipeline) -> None:
    (e,) = events(
        pipeline,
        "US airstrikes hit militia depots near Al Qaim on Tuesday.\n\nThe strikes killed four fighters, officials said.",
    )
    assert len(e.mentions) == 2 and e.fatalities.value.low == 4
    assert e.place.value.location == "Al Qaim" and e.place.value.country == "Iraq"


def test_clash_against_civilians_is_violence_against_civilians(pipeline: Pipeline) -> None:
    (e,) = events(pipeline, "Gunmen opened fire on villagers in Kaduna State on Tuesday, killing five people.")
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    assert e.actor2.value.name == "Civilians (Nigeria)" and e.fatalities.value.low == 5


def test_threats_and_denials_are_not_current(pipeline: Pipeline) -> None:
    found = events(pipeline, "The militia threatened to launch rocket attacks on US bases.\nIraq denied carrying out airstrikes in Syria.")
    assert {e.status.value for e in found} <= {"threat", "negated", "hypothetical"}
    assert all(e.status.span is not None for e in found)
