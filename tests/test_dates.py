"""Time expressions resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.timex.patterns import PATTERNS
from eventcoder.timex.resolve import resolve

PUBLISHED = dt.date(2026, 11, 25)  # a Wednesday


def one(text: str, anchor: dt.date | None = PUBLISHED):
    for kind, pattern in PATTERNS:
        m = pattern.search(text)
        if m:
            return resolve(kind, m, anchor)
    return None


@pytest.mark.parametrize(
    "text, day, precision",
    [
        ("on Monday", "2026-11-23", 1),
        ("on Wednesday", "2026-11-25", 1),
        ("late Thursday", "2026-11-19", 1),
        ("yesterday", "2026-11-24", 1),
        ("last night", "2026-11-24", 1),
        ("earlier today", "2026-11-25", 1),
        ("three days ago", "2026-11-22", 1),
        ("in February", "2026-02-01", 3),
        ("in December", "2025-12-01", 3),
        ("in March 2024", "2024-03-01", 3),
        ("last October", "2026-10-01", 3),
        ("on Sunday and Monday", "2026-11-22", 2),  # two days: the first (a range is dated by its first day)
        ("between Saturday and Tuesday", "2026-11-21", 2),
        ("from Tuesday into Wednesday", "2026-11-24", 2),
        ("last November", "2025-11-01", 3),  # written in November: a year ago
        ("last December", "2025-12-01", 3),
        ("on Feb. 3", "2026-02-03", 1),
        ("on March 5, 2024", "2024-03-05", 1),
        ("on 5 March 2024", "2024-03-05", 1),
        ("2024-03-05", "2024-03-05", 1),
        ("last week", "2026-11-16", 2),
        ("earlier this week", "2026-11-23", 2),
        ("last month", "2026-10-01", 3),
        ("in 2006", "2006-01-01", 3),
        ("last Wednesday", "2026-11-18", 1),  # written on a Wednesday: a week ago, not today
        ("last Monday", "2026-11-23", 1),
        ("overnight into Sunday", "2026-11-22", 1),
        ("Saturday night", "2026-11-21", 1),
        ("over the weekend", "2026-11-21", 2),
        ("over the past 24 hours", "2026-11-24", 1),
        ("12\u201318 August", "2026-08-12", 2),
        ("August 3-25", "2026-08-03", 3),
        ("On 21/04/2024 at about 0300hrs", "2024-04-21", 1),
        ("on 4/21/2024", "2024-04-21", 1),
        ("on 05/11/2026", "2026-11-05", 1),
        ("on the 3rd of May 2024", "2024-05-03", 1),
        ("31 MAY \u2013 N. KORDOFAN: RSF units engaged SAF", "2026-05-31", 1),  # a situation report's capitals
        ("RAKHINE, 4 FEB: AA overran", "2026-02-04", 1),
        ("announced the retaking, on the 12th, of three villages", "2026-11-12", 1),
        ("09/06 - Obo: soldiers exchanged fire with militiamen", "2026-06-09", 1),  # an incident list's entry: day/month
        ("27/04 | El Wak | IED hit a police vehicle", "2026-04-27", 1),
        ("12/30 - Gao: gunmen attacked a convoy", "2025-12-30", 1),  # only month/day reads; December is last year's
        ("on the 30th in Kabul", "2026-10-30", 1),  # a day still to come this month: last month's  # both readable: the one on or before publication, nearest to it
    ],
)
def test_resolution(text: str, day: str, precision: int) -> None:
    got = one(text)
    assert got is not None, text
    assert got.value.isoformat() == day
    assert got.time_precision == precision
    assert got.earliest <= got.value <= got.latest


def test_relative_dates_need_an_anchor() -> None:
    assert one("on Monday", None) is None
    assert one("in February", None) is None
    assert one("on March 5, 2024", None).value == dt.date(2024, 3, 5)


def test_modal_may_is_not_a_month() -> None:
    assert one("the militia may retaliate") is None
    assert one("THE MILITIA MAY RETALIATE") is None  # capitals are a month only next to a day number
    assert one("fighting on the 5th floor") is None


def test_a_month_opening_a_place_name_is_no_date() -> None:
    assert one("a roadblock in May Pen") is None  # a town in Jamaica
    assert one("youths of August Town threw stones") is None
    assert one("in May 2024 Pen Hill").value == dt.date(2024, 5, 1)  # a year closes the month
    assert one("in May, gunmen").value == dt.date(2026, 5, 1)


def test_the_day_before_counts_from_the_day_told_before(pipeline) -> None:
    from .conftest import article

    assert one("The day before, soldiers searched the camp").value == dt.date(2026, 11, 24)
    assert one("the day before the vote") is None  # counted from the vote, not from a day told
    text = ("Riot police in Osh dispersed about 40 traders on Thursday who had blocked a market gate, the mayor's office "
            "said. The day before, officers had detained three union organisers at their flats.")
    found = [e for e in pipeline.run(article(text, "2026-04-18")) if e.sub_event_type == "Arrests"]
    assert found and found[0].date.value.value.isoformat() == "2026-04-15"


def test_a_place_named_for_a_month_keeps_the_events_day(pipeline) -> None:
    from .conftest import article

    (e,) = [e for e in pipeline.run(article("Police in Jamaica shot dead a gunman in a shoot-out in the Bucknor area of "
                                                "May Pen on Tuesday, a constabulary spokesman said.", "2026-03-05"))]
    assert e.date.value.value.isoformat() == "2026-03-03"


def test_a_since_date_is_not_the_events(pipeline) -> None:
    from .conftest import article

    text = ("The districts of western Omdurman, Sudan that the paramilitaries had held since 2023 were recaptured by "
            "the army on Wednesday, a military spokesman said.")
    found = [e for e in pipeline.run(article(text, "2025-03-28")) if e.date.span is not None]
    assert found and found[0].date.value.value.isoformat() == "2025-03-26"


def test_a_date_across_a_semicolon_is_the_other_clauses(pipeline) -> None:
    from .conftest import article

    text = "Gunmen killed two farmers near Gusau, Nigeria last week; soldiers arrested three suspects on Friday."
    found = [e for e in pipeline.run(article(text, "2024-05-06")) if e.sub_event_type == "Arrests"]
    assert found and found[0].date.value.value.isoformat() == "2024-05-03"


def test_an_event_in_the_title_takes_the_leads_date(pipeline) -> None:
    from .conftest import article

    # (the title tells another act than the body: a title repeating the body's act is dropped by design, decide.headline_sentences)
    text = ("GUNMEN SHOOT WFP DRIVER ON NYALA ROAD. Five lorries carrying sorghum were driven off by men in RSF "
            "uniforms at a checkpoint east of Nyala, Sudan on Thursday, the agency said.")
    doc = pipeline.run_document(article(text, "2024-02-03"))
    title = [m for m in doc.get("mentions") if m.sentence == 0]
    dates = {d.mention_id: d.date for d in doc.get("dates")}
    assert title and all(dates[m.id].value.value.isoformat() == "2024-02-01" for m in title)


def test_relative_date_in_speech_resolves_against_the_speech_day(pipeline) -> None:
    from .conftest import article

    (e,) = pipeline.run(article("Police said on Monday that gunmen killed five villagers in Kaduna, Nigeria last night.", "2024-05-01"))
    assert e.date.value.value.isoformat() == "2024-04-28"  # the night before Monday 29 April


def test_opening_date_carries_to_later_events(pipeline) -> None:
    from .conftest import article

    text = "On 6 May 2020, gunmen attacked a village in Zamfara, Nigeria.\nLater, soldiers clashed with bandits near Gusau, killing three."
    found = pipeline.run(article(text, "2020-05-09"))
    assert found and all(e.date.value.value.isoformat() == "2020-05-06" for e in found)


def test_street_and_neighbourhood_names_are_not_dates(pipeline) -> None:
    from .conftest import article

    (e,) = pipeline.run(article("Gunmen attacked residents in the July 7 neighbourhood of Kaduna, Nigeria.", "2024-05-01"))
    assert e.date.span is None and e.date.value.time_precision == 2


def test_dateline_after_header_text_anchors_yesterday(pipeline) -> None:
    from .conftest import article

    text = ("Joint Command Operational Update April 27, 2011\nJoint Command 2011-04-S-082 For Immediate Release  "
            "KABUL, Afghanistan (April 27, 2011) A combined Afghan and coalition force captured a Taliban leader "
            "during a security operation in Dand district, Kandahar province, yesterday.")
    found = pipeline.run(article(text, "2011-04-27"))
    assert found and found[0].date.value.value.isoformat() == "2011-04-26"


def test_a_date_closing_the_sentence_dates_its_earlier_events(pipeline) -> None:
    from .conftest import article

    text = ("KABUL, Afghanistan (Aug. 24, 2011) - A patrol detained several suspected insurgents, and discovered a "
            "weapons cache, during an operation in Shindand district, Herat province, yesterday.")
    found = [e for e in pipeline.run(article(text, "2011-08-24")) if e.sub_event_type == "Arrests"]
    assert found and found[0].date.value.value.isoformat() == "2011-08-23"


def test_a_year_on_the_next_line_is_not_the_dates_year() -> None:
    got = one("IJC Operational Update, July 16\n2010-07-CA-097 For Immediate Release")
    assert got is not None and got.value == dt.date(2026, 7, 16)


def test_statement_date_before_its_verb_anchors_relative_dates(pipeline) -> None:
    from .conftest import article

    (e,) = pipeline.run(article("Police on Monday said gunmen killed five villagers in Kaduna, Nigeria last night.", "2024-05-01"))
    assert e.date.value.value.isoformat() == "2024-04-28"


def test_quotation_after_a_dated_post_keeps_the_posters_day(pipeline) -> None:
    from .conftest import article

    text = ('A journalist posted on Tuesday: "Yesterday in Antananarivo, 12 students were arrested by gendarmes. '
            'Families have not been allowed to see them."')
    found = [e for e in pipeline.run(article(text, "2025-10-08")) if e.sub_event_type == "Arrests"]
    assert found and found[0].date.value.value.isoformat() == "2025-10-06"


def test_a_possessive_date_dates_only_its_noun(pipeline) -> None:
    from .conftest import article

    text = "Residents were still burying the victims of last week's airstrike when RSF artillery shells fell on El Obeid, Sudan on Monday, killing three."
    found = [e for e in pipeline.run(article(text, "2025-07-08")) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert found and found[0].date.value.value.isoformat() == "2025-07-07"


def test_a_date_across_after_belongs_to_the_other_clause(pipeline) -> None:
    from .conftest import article

    text = "Shop owners in Haifa, Israel swept up glass on Tuesday after rockets slammed into a street of shops on Monday afternoon, wounding seven people."
    found = [e for e in pipeline.run(article(text, "2024-11-20")) if "rocket" in e.trigger.text.lower()]
    assert found and found[0].date.value.value.isoformat() == "2024-11-18"


def test_without_publication_date_the_dateline_anchors_relative_dates(pipeline) -> None:
    from eventcoder.model import Article

    text = ("IJC Operational Update, July 16\nJoint Command - Afghanistan \u20282010-07-CA-097\u2028For Immediate Release\n\n"
            "A combined security force detained a Taliban commander in Kandahar province, Afghanistan last night.")
    found = pipeline.run(Article.from_text(id="t", text=text, source="test", published=None))
    assert found and found[0].date.value.value.isoformat() == "2010-07-15"
    text2 = "KABUL, Afghanistan (March 24, 2011) Afghan forces detained two insurgents in Kandahar province yesterday."
    found2 = [e for e in pipeline.run(Article.from_text(id="t", text=text2, source="test", published=None)) if e.sub_event_type == "Arrests"]
    assert found2 and found2[0].date.value.value.isoformat() == "2011-03-23"


def test_a_title_date_is_the_reports_day_not_the_events(pipeline) -> None:
    from .conftest import article

    text = ("Apr. 22: Operations in Southern Afghanistan\nFor Immediate Release\nAfghan forces searched a compound west "
            "of Nad-e Ali, Helmand Province, yesterday morning.\nThe joint force detained several suspected insurgents.")
    found = [e for e in pipeline.run(article(text, "2010-04-22")) if e.sub_event_type == "Arrests"]
    assert found and found[0].date.value.value.isoformat() == "2010-04-21"


def test_the_next_day_counts_from_the_date_told_before(pipeline) -> None:
    from .conftest import article

    text = ("Gunmen attacked a village in Zamfara, Nigeria on Monday, killing five people. "
            "The next day, soldiers clashed with the gunmen near Gusau, killing three.")
    found = {e.sub_event_type: e.date.value.value.isoformat() for e in pipeline.run(article(text, "2024-05-02"))}
    assert found.get("Armed clash") == "2024-04-30", found
    text = "Soldiers clashed with bandits near Gusau, Nigeria on 3 May 2024. Two days earlier, bandits had attacked a village near Tsafe."
    expressions = pipeline.run_document(article(text, "2024-05-06")).get("time_expressions")
    assert {e.text: e.date.value.isoformat() for e in expressions} == {"3 May 2024": "2024-05-03", "Two days earlier": "2024-05-01"}


def test_a_possessive_date_serves_when_the_sentence_has_no_other(pipeline) -> None:
    from .conftest import article

    text = ("Doctors said on Wednesday that the toll of Tuesday's day of protest had risen to 15, most of them in "
            "Khartoum North, Sudan, where security forces opened fire on protesters.")
    found = [e for e in pipeline.run(article(text, "2021-11-17")) if e.date.span is not None]
    assert found and found[0].date.value.value.isoformat() == "2021-11-16"


def test_a_date_opening_the_sentence_dates_all_its_events(pipeline) -> None:
    from .conftest import article

    text = "01 APR \u2013 SAHEL REG.: SVBIED detonated at the perimeter of a VDP/FDS post outside Arbinda, followed by small-arms fire."
    doc = pipeline.run_document(article(text, "2024-04-03"))
    dates = [d.date for d in doc.get("dates")]
    assert dates and all(d is not None and d.value.value.isoformat() == "2024-04-01" for d in dates)


def test_the_day_a_toll_rose_is_not_the_events(pipeline) -> None:
    from .conftest import article

    text = ("The death toll from Sunday's rally in Khar, Pakistan rose to 54 on Monday, officials said, as investigators "
            "confirmed that a suicide bomber had detonated his explosives near the stage.")
    found = [e for e in pipeline.run(article(text, "2023-07-31")) if e.date.span is not None]
    assert found and found[0].date.value.value.isoformat() == "2023-07-30"


def test_a_date_of_another_verbs_clause_ranks_after_the_events_own(pipeline) -> None:
    from .conftest import article

    for text in ("Gunmen attacked a market in Gao, Mali, rebuilt by donors last year, on Tuesday, killing four traders.",):
        doc = pipeline.run_document(article(text, "2024-10-05"))
        dates = [d.date for d in doc.get("dates")]
        assert dates and all(d is not None and d.value.value.isoformat() == "2024-10-01" for d in dates), text


def test_a_round_ups_weekdays_are_those_of_the_period_it_covers(pipeline) -> None:
    # "News in brief from around the region, 28 September - 4 October" out on Monday 5 October: "on Monday night" in it
    # was dated the day of publication (st-r-007); the digest tells the week it covers, so Monday is 28 September
    from .conftest import article

    for header in ("ANDEAN WEEK\nSecurity briefs, 6 - 12 April\n\n", "ANDEAN WEEK (6\u201312 April 2026)\n\n"):
        text = (header + "PERU\nSoldiers clashed with a Shining Path column near Llochegua on Monday, the army said.\n\n"
                "BOLIVIA\nAbout 3,000 miners marched through La Paz on Thursday to demand higher metal prices.")
        found = {e.event_type: e.date.value.value.isoformat() for e in pipeline.run(article(text, "2026-04-13"))}
        assert found == {"Battles": "2026-04-06", "Protests": "2026-04-09"}, header


def test_a_woman_wounded_told_with_the_killing_is_dated_with_it(pipeline) -> None:
    # "Two men were shot dead and a woman wounded outside a bar ... late on Friday": the gapped clause "a woman wounded"
    # is the killing's own, so its day dates the killing (it had been read as a recalled wounding, st-r-007)
    from .conftest import article

    text = ("KINGSTON — Three men were shot dead and a teenager wounded at a street dance in Spanish Town late on "
            "Saturday, police said.")
    (e,) = pipeline.run(article(text, "2026-06-10"))
    assert e.date.value.value.isoformat() == "2026-06-06"


def test_two_days_told_together_date_the_event_by_the_first(pipeline) -> None:
    # "detained more than 140 activists in overnight raids across the capital on Sunday and Monday" was dated Monday, the
    # nearer day (st-e-025); a pair of days is a range, dated by its first day
    from .conftest import article

    text = "On Friday and Saturday, police in Lahore detained 60 members of a banned group in raids on their homes."
    (e,) = pipeline.run(article(text, "2026-02-09"))
    assert e.date.value.value.isoformat() == "2026-02-06"


def test_a_weekday_told_with_its_date_is_that_date(pipeline) -> None:
    # "shot dead on the night of Sunday 20 September", published ten days later, was dated the Sunday before publication
    # (st-t-016): the weekday names the date told right after it
    from .conftest import article

    # (gunmen's killing: a plain stabbing is crime in the gold, e.g. wa5-negatives-crime-b-0013, wb-negatives-crime-0010)
    for told in ("on the night of Saturday 12 September", "on Saturday, 12 September,", "on Saturday (September 12)"):
        text = f"Gunmen shot dead a shopkeeper {told} outside his store in Rivera, police said."
        (e,) = pipeline.run(article(text, "2026-09-24"))
        assert e.date.value.value.isoformat() == "2026-09-12", told
    text = "Gunmen shot dead a shopkeeper on Saturday outside his store in Rivera, police said."
    (e,) = pipeline.run(article(text, "2026-09-24"))
    assert e.date.value.value.isoformat() == "2026-09-19"


def test_a_live_entrys_overnight_is_the_entrys_day(pipeline) -> None:
    # eval/WRITERS.md Overnight: "overnight" in a time-stamped live entry is the night that ends on the entry's day
    # (precision 2); elsewhere bare "overnight" stays the night before the report (precision 1)
    from .conftest import article

    for text in ("LIVE: 10:20 - Ukraine's air force says Russian drones struck a fuel depot in Rivne overnight; no one was hurt.",
                 "07:15 - Overnight, Israeli aircraft struck a building near Tyre, the Lebanese health ministry says."):
        (e,) = pipeline.run(article(text, "2025-03-12"))
        assert (e.date.value.value.isoformat(), e.date.value.time_precision) == ("2025-03-12", 2), text
    (e,) = pipeline.run(article("Russian drones struck a fuel depot in Rivne overnight, with no one hurt, officials said.", "2025-03-12"))
    assert (e.date.value.value.isoformat(), e.date.value.time_precision) == ("2025-03-11", 1)
