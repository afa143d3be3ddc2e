"""Which sentences of a multi-event story give a current event (issue 11, the mention side): texts written for these
tests, each test one failure kind seen on the stories' train/dev splits."""

from __future__ import annotations

from eventcoder.pipeline import Pipeline

from .test_events import current, run


def kinds(events):
    return sorted(e.sub_event_type for e in current(events))


# ------------------------------------------------------------ releases end the detention told before them


def test_a_release_of_people_just_detained_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "On 3 May, gunmen abducted nine traders from a market near Kidal. Five were released the following day.",
        "2026-05-06",
    )
    assert kinds(found) == ["Abduction/forced disappearance"]
    found = run(
        pipeline,
        "Police in Harare detained 30 opposition supporters at a rally on Saturday, their lawyers said.\n\n"
        "Officers pushed the crowd away from the court building. Most of them were released in the evening.",
        "2026-05-04",
    )
    assert "Other" not in kinds(found)
    # a release told as the news, with who freed whom, stays an event
    found = run(pipeline, "Gunmen released eleven passengers they had held for three weeks near Kajuru on Monday, police said.", "2026-05-06")
    assert kinds(found) == ["Other"]


def test_a_release_in_a_bullet_of_its_own_does_not_join_the_previous_bullet(pipeline: Pipeline) -> None:
    text = (
        "Weekly review\n\n"
        "• On 16 May, police in Osh detained four activists at a café.\n\n"
        "• On 18 May, riot police searched the homes of three lawyers in Bishkek and took them to the Investigative "
        "Committee for questioning. Two of them were later released."
    )
    found = run(pipeline, text, "2026-05-20")
    assert any(text[s.start : s.end] == "released" for e in found for s in e.mentions)  # the release is a mention
    (osh,) = [e for e in current(found) if e.trigger.text == "detained"]
    assert [text[s.start : s.end] for s in osh.mentions] == ["detained"]


# ------------------------------------------------------------ an anniversary recalls only what it is of


def test_an_event_that_marks_an_anniversary_is_current(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Police on Sunday broke up an attempt to mark the fifth anniversary of the uprising in central Tunis, detaining "
        "dozens of people who had gathered outside the theatre, lawyers said.",
        "2026-01-15",
    )
    assert [e.sub_event_type for e in current(found)] == ["Protest with intervention"]


# ------------------------------------------------------------ a later casualty adds to the event told


def test_a_death_from_injuries_adds_to_the_event_told_before(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Protesters threw stones and petrol bombs at police in central Cochabamba on Monday, and police responded with "
        "tear gas, officials said.\n\n"
        "A police sergeant died in hospital on Tuesday of injuries caused by a dynamite blast, the ministry said.",
        "2026-02-25",
    )
    assert len(current(found)) == 1
    found = run(
        pipeline,
        "Shells fired by rebel forces hit a residential district of Taiz on Sunday, killing a boy, health officials said.\n\n"
        "On Monday, the health office announced the death of a woman who had been wounded in Sunday's shelling of the "
        "Al-Rawdah neighbourhood.",
        "2026-04-07",
    )
    assert len(current(found)) == 1


def test_people_wounded_in_a_new_attack_are_a_new_event(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Gunmen shot dead two traders at a market in Garissa on Monday, police said.\n\n"
        "In Mombasa, three people were wounded in a grenade attack on a bus station on Tuesday.",
        "2026-03-12",
    )
    assert len(current(found)) == 2


# ------------------------------------------------------------ forces moving in a fight are no change of ground


def test_troops_pulling_back_or_pursuing_in_a_fight_are_part_of_it(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Rebels attacked an army base near Rutshuru on Thursday, killing four soldiers, residents said.\n\n"
        "The army said its troops had pulled back to avoid civilian casualties. Soldiers were pursuing the attackers, who "
        "had crossed from Uganda, a spokesman said.",
        "2026-07-25",
    )
    assert len(current(found)) == 1
    # a withdrawal under a deal, with no fight told, is a transfer of territory
    found = run(pipeline, "Government troops pulled back from the town of Kalehe on Sunday under the ceasefire deal, residents said.", "2026-07-25")
    assert kinds(found) == ["Non-violent transfer of territory"]


# ------------------------------------------------------------ what was seized or intercepted after a fight is part of it


def test_weapons_recovered_or_rockets_intercepted_after_an_event_are_part_of_it(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Troops clashed with about 20 rebels near the village of Bantay on Tuesday morning, killing three of them, the "
        "army said. Soldiers recovered four rifles, a pistol and documents at the site.",
        "2026-03-19",
    )
    assert kinds(found) == ["Armed clash"]
    found = run(
        pipeline,
        "A rocket fired from across the border hit a school in Metula on Tuesday morning, damaging the building, the "
        "military said. Two more rockets were intercepted by air defences.",
        "2026-04-15",
    )
    assert len(current(found)) == 1
    # a seizure dated on its own is an operation of its own
    found = run(
        pipeline,
        "Troops clashed with rebels near the village of Bantay on Tuesday, killing three of them, the army said.\n\n"
        "On Thursday, soldiers seized 40 kilograms of explosives and two rifles from a hideout in Sipalay.",
        "2026-03-20",
    )
    assert len(current(found)) == 2


# ------------------------------------------------------------ people described by what happened to them


def test_those_detained_refers_to_the_arrests_told_before(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Police detained 40 opposition supporters outside parliament in Tbilisi late on Monday, the interior ministry said.\n\n"
        "The ministry said 14 of those detained overnight faced administrative charges.",
        "2026-12-09",
    )
    assert kinds(found) == ["Arrests"]
    found = run(
        pipeline,
        "Police detained 17 people in Turin on Saturday, four of whom were later placed under arrest, officials said.",
        "2026-02-16",
    )
    assert kinds(found) == ["Arrests"]


# ------------------------------------------------------------ what a crowd had done before is the event told


def test_what_the_protesters_had_done_before_the_dispersal_is_the_same_protest(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Plainclothes police dragged away at least nine people on Tuesday when they broke up a protest by about 150 "
        "journalists on the steps of the press syndicate in central Cairo, witnesses said.\n\n"
        "The protesters had gathered to demand that the government do more to get aid into Gaza, and chanted for about "
        "20 minutes before the police moved in.\n\n"
        "Street protests are effectively banned in Egypt under a 2013 law.",
        "2025-10-08",
    )
    assert len(current(found)) == 1
    # a crowd placed elsewhere in its own clause is another protest
    found = run(
        pipeline,
        "Police fired tear gas on Thursday to break up a protest by students in Monrovia, officials said.\n\n"
        "In Gbarnga, several hundred riders had blocked the main road and burned a police depot.",
        "2026-03-13",
    )
    assert len(current(found)) == 2


def test_what_the_marchers_did_on_the_way_is_the_march(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "WELLINGTON — Thousands of people marched through central Wellington on Monday against a bill on water rights, "
        "police said.\n\n"
        "Marchers, many of whom had travelled from Taranaki by bus, carried flags and banners and sang as they walked "
        "from Civic Square to the Parliament grounds.",
        "2026-09-16",
    )
    assert kinds(found) == ["Peaceful protest"]


def test_what_soldiers_had_done_in_the_fight_is_that_fight(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "On 23 February, militants attacked a check post in the general area of Jani Khel, Bannu District. Troops "
        "responded and, in the ensuing exchange of fire, six militants were killed. During the intense exchange of fire, "
        "three soldiers, having fought gallantly, were killed.",
        "2026-02-25",
    )
    assert len(current(found)) == 1


# ------------------------------------------------------------ a protest announced or called for is planned


def test_a_protest_announced_or_called_for_is_planned(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Event: Transport unions have announced an indefinite national strike and road blockades beginning Thursday, "
        "June 18, to protest fuel shortages.",
        "2026-06-16",
    )
    assert current(found) == []
    found = run(pipeline, "The opposition called for a national protest on Friday against the fuel levy.", "2026-06-16")
    assert current(found) == []
    # what is announced and done at once stays current
    found = run(pipeline, "The government announced a curfew in Toamasina on Tuesday after two nights of looting.", "2026-03-05")
    assert "Other" in kinds(found)
