"""Casualty figures: lowest credible, ranges, and 'none reported' versus unknown."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from eventcoder.counting.quantities import number

from .conftest import article


@pytest.mark.parametrize("text, n", [("three", 3), ("21", 21), ("1,200", 1200), ("dozens", 12), ("several", 3), ("hundreds", 100), ("twenty-one", 21), ("a dozen", 12), ("multiple", 3), ("numerous", 3)])
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
    # one list of units for every count pattern (British spellings included)
    killed, _ = counts(pipeline, "An airstrike hit a convoy near Marib, Yemen on Monday, killing 3 kilometres from the front.")
    assert killed is None
    killed, _ = counts(pipeline, "An airstrike on a market near Marib, Yemen on Monday killed two civilians and 40 shells were found.")
    assert killed is not None and killed.value.low == 2


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


def fatalities_of(pipeline: Pipeline, text: str, sub_event_type: str | None = None, published: str = "2026-11-23"):
    events = [e for e in pipeline.run(article(text, published)) if sub_event_type is None or e.sub_event_type == sub_event_type]
    assert events, text
    return events[0].fatalities


@pytest.mark.parametrize(
    "text, low",
    [
        # a named person, a number in the victim's description, the phrase's head noun, "and his wife"
        ("Presidential candidate Fernando Villavicencio was shot dead as he left a campaign rally in Quito, Ecuador on Wednesday.", 1),
        ("A 19-year-old was shot dead when police confronted protesters at Mlolongo, Kenya on Friday.", 1),
        ("A car bomb exploded in Sidon, Lebanon on Monday, killing a Hamas official as he got into his vehicle.", 1),
        ("A Muslim man transporting cows was beaten to death by cow vigilantes in Alwar, India on Friday.", 1),
        ("Suspected Mai-Mai gunmen killed a Catholic catechist and his wife in their home near Butembo, DR Congo on Sunday.", 2),
        ("A suicide bomber struck a police station in Bandung, Indonesia on Wednesday, killing one officer and the attacker.", 2),
        ("Shelling hit the Abu Salim neighbourhood of Tripoli, Libya on Sunday, killing a family of five.", 5),
        ("Myanmar soldiers burned at least 11 people alive in Done Taw village, Sagaing on Tuesday.", 11),
        ("Two members of the Popular Mobilisation Forces were killed on Sunday in a firefight with militants near Tuz Khurmatu, Iraq.", 2),
        ("A suicide bomber rammed a convoy in Mir Ali, Pakistan on Friday; seven soldiers embraced shahadat.", 7),
        ("Troops made contact with terrorists near Pulka, Nigeria on Sunday, neutralising seven while others fled.", 7),
        ("Security forces opened fire on protesters in Mahshahr, Iran on Saturday; rights groups gave death tolls ranging from 40 to more than 100.", 40),
        ("A car bomb exploded at a market in Mogadishu, Somalia on Saturday, claiming the lives of at least 12 people.", 12),
        ("Gunmen attacked a village in Zamfara, Nigeria on Monday. Fourteen people, including three children, were killed.", 14),
        ("Soldiers fought a gun battle with ISWAP fighters outside Dikwa, Nigeria on Tuesday, leaving four troops and at least 11 insurgents dead.", 15),
        ("ISWAP fighters ambushed an army convoy near Bosso, Niger on Monday; the army said nine soldiers and 28 assailants died.", 37),
        ("Shells struck the town of Dilling, Sudan on Sunday, killing a mother and her three children.", 4),
        ("A grenade exploded at the home of a ward administrator in Mandalay, Myanmar on Friday, killing him.", 1),
        ("A teenage girl detonated an explosive vest at a checkpoint in Konduga, Nigeria on Monday, killing herself and two vigilantes.", 3),
        ("Suspected herders attacked Mangu, Nigeria on Sunday; nine farmers were hacked to death in their fields.", 9),
        ("Fighters attacked a camp for displaced people at Lala, DR Congo on Monday night, hacking 18 people to death.", 18),
        ("Iraqi F-16s pounded Islamic State hideouts in the Hamrin mountains, Iraq on Sunday, announcing the death of eight militants.", 8),
        ("A drone strike kills four in Mekelle, Ethiopia on Saturday night.", 4),
        # military report abbreviations, remains of people, a victim named by age, "set upon and killed",
        # "burned alive" in the passive, a count with an aside ("many of them children")
        ("12 MAR \u2013 BORNO: ISWAP attack on army post near Dikwa, Nigeria repelled; 6 KIA per army.", 6),
        ("Police fired on a march in Conakry, Guinea on Tuesday, killing a 17-year-old.", 1),
        ("A woman accused of theft was set upon and killed by a crowd in Kigali, Rwanda on Sunday.", 1),
        ("Two suspected thieves were burned alive by residents of Port-au-Prince, Haiti on Friday.", 2),
        ("At least 30 people, many of them children, died in an airstrike on a market in Tigray, Ethiopia on Monday.", 30),
        # victim groups with longer names are added, and a number word never sits inside a group's name
        ("Militants attacked police posts in Chabahar, Iran on Thursday; 10 members of the security forces and 18 attackers were killed.", 28),
        ("Militants stormed a checkpoint in Bannu, Pakistan on Saturday, triggering a two-hour gunfight in which four policemen and three attackers died.", 7),
        # two single victims named by the forces' own rank words
        ("Gunmen on motorbikes fired on a checkpoint south of Karak, Pakistan on Monday, killing a head constable and a constable.", 2),
        ("Bandits ambushed a patrol near Tillaberi, Niger on Sunday, killing a gendarme and a soldier.", 2),
    ],
)
def test_more_ways_of_telling_a_death_toll(pipeline: Pipeline, text: str, low: int) -> None:
    killed = fatalities_of(pipeline, text)
    assert killed is not None and killed.value.low == low, (text, killed)


def test_a_suicide_bombing_without_a_toll_killed_its_bomber(pipeline: Pipeline) -> None:
    killed = fatalities_of(pipeline, "A suicide bomber blew himself up near a police post in Grozny, Russia on Monday, wounding one officer.", "Suicide bomb")
    assert killed is not None and killed.value.low == 1
    killed = fatalities_of(pipeline, "Two suicide bombers attacked a church in Makassar, Indonesia on Sunday, injuring 20 people.", "Suicide bomb")
    assert killed is not None and killed.value.low == 2
    # a stated toll is kept as stated; a caught bomber did not die
    killed = fatalities_of(pipeline, "A suicide bomber struck a cafe in Baidoa, Somalia on Monday, killing nine.", "Suicide bomb")
    assert killed.value.low == 9
    killed = fatalities_of(pipeline, "Police arrested a would-be suicide bomber outside a church in Makassar, Indonesia on Sunday.")
    assert killed is None or killed.value.low == 0


def test_a_death_in_an_after_clause_is_the_earlier_events(pipeline: Pipeline) -> None:
    killed = fatalities_of(pipeline, "An angry crowd burned a police depot in Ganta, Liberia on Wednesday after a motorcyclist died in police custody.")
    assert killed is None


def test_a_toll_over_a_period_is_not_the_events(pipeline: Pipeline) -> None:
    text = ("Israeli warplanes struck the state broadcaster in Tehran, Iran on Monday. "
            "Iran's health ministry said more than 220 people had been killed in Israeli strikes since Friday.")
    assert fatalities_of(pipeline, text, "Air/drone strike") is None
    text = "Hayat Tahrir al-Sham fighters attacked rebel positions near Maarrat al-Numan, Syria on Thursday. The fighting killed over 130 people in ten days."
    assert fatalities_of(pipeline, text) is None


def test_events_without_fatalities_take_no_death_count(pipeline: Pipeline) -> None:
    # ACLED: a peaceful protest and these strategic developments carry no fatalities; the count is another event's
    text = ("Hundreds of thousands of people rallied peacefully in Washington, United States on Saturday to demand tighter gun laws, "
            "organised by students who survived last month's shooting in Parkland, where 17 people were killed.")
    found = [e for e in pipeline.run(article(text, "2018-03-28")) if e.sub_event_type == "Peaceful protest"]
    assert found and found[0].fatalities is None


def test_a_closing_no_casualties_line_dates_back_to_the_violent_event(pipeline: Pipeline) -> None:
    text = ("A mob burned churches and ransacked Christian homes in Jaranwala, Pakistan on Wednesday. Hundreds of Christians fled. "
            "Police arrested more than 100 people. The prime minister promised strict action. No deaths were reported.")
    found = [e for e in pipeline.run(article(text, "2023-08-16")) if e.sub_event_type == "Mob violence"]
    assert found and found[0].fatalities is not None and found[0].fatalities.value.low == 0 and found[0].fatalities.value.none_reported


def test_multiple_is_a_vague_plural_like_several(pipeline: Pipeline) -> None:
    text = "Security forces called in an airstrike in Khakrez district, Kandahar province, Afghanistan on Tuesday, killing multiple insurgents."
    killed = fatalities_of(pipeline, text)
    assert killed is not None and killed.value.low == 3


def test_a_stated_toll_elsewhere_in_the_report_wins_over_the_bombers(pipeline: Pipeline) -> None:
    text = ("Twin bomb attacks on a cathedral in Jolo, Philippines on Sunday killed at least 20 people and wounded 102. "
            "The interior secretary later said the blasts were carried out by suicide bombers.")
    lows = [e.fatalities.value.low for e in pipeline.run(article(text, "2019-01-28")) if e.fatalities is not None]
    assert lows and min(lows) == 20


def test_victims_told_with_also_are_added(pipeline: Pipeline) -> None:
    text = "A Pakistani drone strike killed a militant commander in Datta Khel, Pakistan on Monday; locals said two children also died."
    killed = fatalities_of(pipeline, text)
    assert killed is not None and killed.value.low == 3
    # another estimate of the same toll is not added: the lowest is kept
    text = "Gunmen attacked a village in Zamfara, Nigeria on Monday, killing at least 10 people, though residents said 15 died."
    killed = fatalities_of(pipeline, text)
    assert killed is not None and killed.value.low == 10


def test_a_count_skips_an_event_that_did_not_happen(pipeline: Pipeline) -> None:
    from eventcoder.counting import attach, find_reports

    text = "Insurgents planned to attack a patrol near Ghazni, Afghanistan on Monday. Soldiers engaged them, killing one insurgent."
    doc = pipeline.run_document(article(text, "2011-11-12"))
    mentions, parsed = doc.get("mentions"), doc.get("parsed")
    facts = {f.mention_id: f for f in attach(mentions, find_reports(parsed.doc.text, parsed), parsed)}
    unreal = [m for m in mentions if m.status.value in ("hypothetical", "negated", "threat")]
    assert unreal, [(m.trigger_text, m.status.value) for m in mentions]
    assert all(facts[m.id].killed is None for m in unreal)


def test_nobody_killed_is_a_known_zero_and_remains_of_things_are_no_toll(pipeline: Pipeline) -> None:
    killed = fatalities_of(pipeline, "A drone hit a fuel depot near Kosti, Sudan on Monday; nobody was killed but the fire burned for hours.")
    assert killed is not None and killed.value.none_reported and killed.value.low == 0
    killed = fatalities_of(pipeline, "Shelling hit Avdiivka, Ukraine on Monday, leaving the remains of two houses smouldering.")
    assert killed is None or killed.value.low != 2


def test_a_no_one_hurt_line_closing_a_paragraph_is_that_paragraphs_event(pipeline: Pipeline) -> None:
    text = ("Two people were killed when rival party supporters fought with machetes in Bogra, Bangladesh on Monday, police said.\n\n"
            "In Dhaka, unidentified people set fire to three buses before dawn on Monday, the fire service said. No one was hurt.")
    events = pipeline.run(article(text, "2026-01-20"))
    fight = [e for e in events if e.fatalities is not None and not e.fatalities.value.none_reported]
    assert fight and fight[0].fatalities.value.low == 2
    arson = [e for e in events if "fire" in e.trigger.text.lower() or e.sub_event_type == "Looting/property destruction"]
    assert arson and arson[0].fatalities is not None and arson[0].fatalities.value.none_reported


@pytest.mark.parametrize(
    "text, low",
    [
        ("Troops engaged ISWAP fighters near Mafa, Nigeria on Monday, neutralising six of them and recovering rifles.", 6),
        ("Police fired tear gas at a stadium in Conakry, Guinea on Sunday and dozens of fans were crushed to death.", 12),
        ("Villagers found a mass grave near Kalehe, DR Congo on Monday holding the remains of at least nine people.", 9),
        # one list of manner verbs (casualties.toml lethal_manners) for "shot seven men dead" and "shooting him dead":
        # the -ing forms ("beating him") and "tortured" were each in one of two lists only
        ("A crowd in Kisumu, Kenya set upon a suspected thief on Tuesday, beating him to death near the market.", 1),
        ("Attackers raided a farm near Jos, Nigeria on Sunday night, stabbing one farmer to death, police said.", 1),
        ("Militiamen tortured three detainees to death at a camp near Bunia, DR Congo, a UN report said.", 3),
    ],
)
def test_counts_read_from_more_phrasings(pipeline: Pipeline, text: str, low: int) -> None:
    reports = pipeline.run_document(article(text, "2024-05-01")).get("casualty_reports")
    assert [r.counts.low for r in reports if r.kind == "killed"] == [low]


@pytest.mark.parametrize(
    "text, n",
    [
        ("NAIROBI, May 19 - Four Kenyan police officers were killed when their vehicle struck a roadside bomb in Mandera "
         "county on Monday, police said.", 4),
        ("KABUL, Sept 3 - Two soldiers were killed in a blast at a checkpoint in Kabul on Tuesday, officials said.", 2),
        ("On May 3, 14 people were killed in an attack on Bama, officials said.", 14),
    ],
)
def test_the_day_of_a_dateline_or_date_is_no_toll(pipeline: Pipeline, text: str, n: int) -> None:
    killed, _ = counts(pipeline, text)
    assert killed.value.low == n


def test_every_lead_in_of_a_part_keeps_the_whole_count(pipeline: Pipeline) -> None:
    # resources/casualties.toml whole_lead_ins: "Fourteen people, most of them women, were killed" counts 14
    from eventcoder.counting.conventions import conventions

    for lead in conventions().whole_lead_ins:
        text = f"Gunmen attacked a village in Zamfara, Nigeria on Monday. Fourteen people, {lead} women, were killed."
        killed = fatalities_of(pipeline, text)
        assert killed is not None and killed.value.low == 14, (lead, killed)
