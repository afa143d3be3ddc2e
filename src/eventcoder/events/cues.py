"""The discourse cues of event assembly (resources/discourse.toml), read once into a typed record."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import AbstractSet, Any, Sequence

from ..resources import tables, word_lists


@dataclasses.dataclass(frozen=True, slots=True)
class Cues:
    temporal: tuple[re.Pattern[str], ...]
    after: tuple[re.Pattern[str], ...]
    sentence: tuple[re.Pattern[str], ...]
    period: tuple[re.Pattern[str], ...]
    lasting_types: frozenset[str]
    recent_points: frozenset[str]  # with the weekday and month names of time_words.toml
    same_day_points: frozenset[str]
    seizure_verbs: frozenset[str]
    determiners: frozenset[str]
    told_subjects: frozenset[str]
    told_determiners: frozenset[str]
    onset_verbs: frozenset[str]
    going_on: tuple[re.Pattern[str], ...]
    generic: frozenset[str]
    violent_types: frozenset[str]
    violence_types: frozenset[str]  # violent_types and "Violence against civilians": every event type that hurts
    count_types: frozenset[str]
    byproduct: frozenset[str]
    byproduct_context: frozenset[str]
    byproduct_kind: frozenset[str]
    use_verbs: frozenset[str]
    capability_governors: frozenset[str]
    capability_of: frozenset[str]
    capability_instrument: frozenset[str]
    capability_objects: frozenset[str]
    weapon_names: tuple[re.Pattern[str], ...]
    instance: tuple[re.Pattern[str], ...]
    attempt: frozenset[str]
    facilities: frozenset[str]  # "regained control of the wing": no territory
    taking: frozenset[str]  # words of ground changing hands: a territorial event needs one among its triggers
    tally: tuple[re.Pattern[str], ...]
    day_range: tuple[re.Pattern[str], ...]
    week_range_days: int
    armed_targets: frozenset[str]
    armed_modifiers: frozenset[str]
    ambiguous_ranks: frozenset[str]
    past_ranks: frozenset[str]
    attack_verbs: frozenset[str]
    conduct_verbs: frozenset[str]
    condemn_verbs: frozenset[str]
    arrest_ties: frozenset[str]  # "on suspicion of involvement": an arrest over the violent event told before
    year_preps: frozenset[str]
    habitual: frozenset[str]
    frequency: frozenset[str]
    raids: frozenset[str]
    fight_spans: frozenset[str]
    fight_sides: frozenset[str]  # "the two sides exchanged fire": the sides of the fight told before in the sentence
    pair_words: frozenset[str]
    violent_outcome: frozenset[str]
    agents: dict[str, str]
    carriers: frozenset[str]
    bearers: frozenset[str]
    later: tuple[re.Pattern[str], ...]
    of_kinds: frozenset[str]
    permit_verbs: frozenset[str]  # "allows", "permits": what a rule allows ("which allows detention without trial") is a kind
    blaze_verbs: frozenset[str]
    made_of: frozenset[str]
    hyphen_holders: frozenset[str]
    ongoing: frozenset[str]
    interception_verbs: frozenset[str]
    engage_verbs: frozenset[str]
    engage_groups: frozenset[str]
    not_event_verbs: frozenset[str]
    progress: frozenset[str]
    documents: frozenset[str]
    custody_rulings: frozenset[str]
    custody_orders: frozenset[str]
    capture_verbs: frozenset[str]
    held: frozenset[str]
    held_people: frozenset[str]
    accusing: frozenset[str]
    accused_anchors: frozenset[str]
    profile: frozenset[str]
    target_roles: frozenset[str]
    one_person: frozenset[str]  # "he", "she": a subject standing for one person told before
    captive_roles: frozenset[str]
    lead_verbs: frozenset[str]  # "march", "lead": armed men moving the people they take ("marched 12 passengers into the bush")
    go_verbs: frozenset[str]  # "walk", "go": what an order makes the people taken do ("forced passengers to walk into the bush")
    off_words: frozenset[str]  # "into", "away": the people are taken off
    harm_told: frozenset[str]  # "kill", "wounded": someone hurt in a raid's sentence (no abduction of its own)
    custody_verbs: frozenset[str]  # "arrest", "detain": holding that is custody, no carrying off
    anaphors: frozenset[str]
    people_pronouns: frozenset[str]
    toll_people: frozenset[str]
    durations: frozenset[str]
    munitions: frozenset[str]  # "grenade", "shell": what an act fires or throws; counted, the act's ammunition
    conflicts: frozenset[str]
    conflict_toll_verbs: frozenset[str]
    production: frozenset[str]
    ambiguous_targets: frozenset[str]
    convoys: frozenset[str]  # "convoy": armed unless what it carries is named and is not armed
    small_arms: frozenset[str]  # guns listed with grenades fired at forces: a gun fight
    confrontations: frozenset[str]  # "killed in a confrontation with the police": a fight with forces
    recall_links: frozenset[str]
    away: frozenset[str]
    arrested_roles: frozenset[str]  # "arrested eight party officials" before a rally: picked up on another occasion
    removal_verbs: frozenset[str]
    removal_particles: frozenset[str]
    clearing_verbs: frozenset[str]
    leaving_verbs: frozenset[str]
    kit: frozenset[str]
    things_gathered: frozenset[str]
    crowd_violence: frozenset[str]
    crowd_riot: frozenset[str]  # the crowd's own violence (not its dispersal)
    crowd_acts: frozenset[str]
    crowd_fights: frozenset[str]
    throw_verbs: frozenset[str]
    arson_verbs: frozenset[str]
    burn_verbs: frozenset[str]
    burnt_barricades: frozenset[str]
    mob_people: frozenset[str]
    crude_arms: frozenset[str]  # "fought with machetes and stones": two crowds' arms
    crude_guns: frozenset[str]  # "homemade guns": crude arms too
    arms_used: frozenset[str]  # "stones and pangas used": verbs whose object is an arm used
    mob_size: int
    mob_shooting: frozenset[str]
    arson: frozenset[str]
    crowd_nouns: frozenset[str]  # "crowd", "youths": a crowd in the sentence ([crowd] crowd_nouns)
    calm_crowd: frozenset[str]
    air_nouns: frozenset[str]  # "fired shots into the air": warning shots
    air_preps: frozenset[str]
    warning_shot_types: frozenset[str]
    elsewhere_adverbs: frozenset[str]  # "recorded separately": a note that an event is coded in a record of its own
    elsewhere_verbs: frozenset[str]
    notice_verbs: frozenset[str]
    death_nouns: frozenset[str]
    figure_nouns: frozenset[str]
    figure_verbs: frozenset[str]
    body_nouns: frozenset[str]
    discovery_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    witness_verbs: frozenset[str]
    record_verbs: frozenset[str]
    release_verbs: frozenset[str]
    death_verbs: frozenset[str]
    injuries: frozenset[str]
    hurt: frozenset[str]
    care: frozenset[str]
    care_moves: frozenset[str]
    illness: frozenset[str]
    struck: frozenset[str]
    toll_verbs: frozenset[str]
    fallen: frozenset[str]
    care_verbs: frozenset[str]
    casualty_nouns: frozenset[str]
    fates: frozenset[str]
    crossfire: frozenset[str]
    stray: frozenset[str]
    movement_types: frozenset[str]
    ground: frozenset[str]
    part_types: frozenset[str]
    part_hosts: frozenset[str]
    weapon_verbs: frozenset[str]
    landing_verbs: frozenset[str]
    damage_types: frozenset[str]
    counter: tuple[re.Pattern[str], ...]
    lead_up_types: frozenset[str]
    locatives: frozenset[str]
    admin_units: frozenset[str]
    interception_types: frozenset[str]
    flight_verbs: frozenset[str]
    response_verbs: frozenset[str]
    arrival_verbs: frozenset[str]
    arriving_forces: frozenset[str]
    sent_units: frozenset[str]
    legal_basis: frozenset[str]
    object_sending_verbs: frozenset[str]
    search_nouns: frozenset[str]
    post_setups: frozenset[str]
    posts: frozenset[str]
    pursuit_verbs: frozenset[str]
    presence_verbs: frozenset[str]
    calm_nouns: frozenset[str]
    calm_verbs: frozenset[str]
    frame_verbs: frozenset[str]
    operations: frozenset[str]
    stoppage_verbs: frozenset[str]
    work_objects: frozenset[str]
    stoppage_alone: frozenset[str]
    strike_nouns: frozenset[str]
    gathering: frozenset[str]
    pick: tuple[re.Pattern[str], ...]
    judicial: frozenset[str]
    sequence_verbs: frozenset[str]
    burst: tuple[re.Pattern[str], ...]
    crowd_objects: frozenset[str]
    summary_headings: frozenset[str]

    def violence_told(self, tokens: Any, also: AbstractSet[str] = frozenset()) -> bool:
        """Do the tokens (a sentence, a clause's subtree) tell violence: a lemma of ``[raids] violent_outcome`` ("kill",
        "wound", "clash", "firefight" ...) or of ``also`` (a rule's own harm words)?"""
        return any(t.lemma_.lower() in self.violent_outcome or t.lemma_.lower() in also for t in tokens)


@functools.cache
def cues() -> Cues:
    data = tables("discourse.toml")
    calendar = tables("time_words.toml")

    def compile_all(items: list[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in items)

    return Cues(
        temporal=compile_all(data["recall"]["temporal"]),
        after=compile_all(data["recall"]["after"]),
        sentence=compile_all(data["recall"]["sentence"]),
        period=compile_all(data["aggregate"]["period"]),
        lasting_types=frozenset(data["aggregate"]["lasting_types"]),
        recent_points=frozenset(data["aggregate"]["recent_points"]) | frozenset(calendar["weekdays"]) | frozenset(calendar["months"]),
        same_day_points=frozenset(data["aggregate"]["same_day_points"]),
        seizure_verbs=frozenset(data["aggregate"]["seizure_verbs"]),
        determiners=frozenset(data["anaphora"]["determiners"]),
        told_subjects=frozenset(data["anaphora"]["told_subjects"]),
        told_determiners=frozenset(data["anaphora"]["told_determiners"]),
        onset_verbs=frozenset(data["anaphora"]["onset_verbs"]),
        going_on=compile_all(data["anaphora"]["going_on"]),
        generic=frozenset(data["anaphora"]["generic"]),
        violent_types=frozenset(data["anaphora"]["violent_types"]),
        violence_types=frozenset(data["anaphora"]["violent_types"]) | {"Violence against civilians"},
        count_types=frozenset(data["aggregate"]["count_types"]),
        byproduct=frozenset(data["byproduct"]["types"]),
        byproduct_context=frozenset(data["byproduct"]["context_nouns"]),
        byproduct_kind=frozenset(data["byproduct"]["kind_words"]),
        capability_governors=frozenset(data["capability"]["governors"]),
        capability_of=frozenset(data["capability"]["of_nouns"]),
        capability_instrument=frozenset(data["capability"]["instrument"]),
        capability_objects=frozenset(data["capability"]["objects"]),
        weapon_names=compile_all(data["capability"]["names"]),
        instance=compile_all(data["aggregate"]["instance"]),
        attempt=frozenset(data["territory"]["attempt"]),
        facilities=frozenset(data["territory"]["facilities"]),
        taking=frozenset(data["territory"]["taking"]),
        tally=compile_all(data["aggregate"]["tally"]),
        day_range=compile_all(data["aggregate"]["day_range"]),
        week_range_days=int(data["aggregate"]["week_range_days"]),
        armed_targets=frozenset(data["targets"]["armed"]),
        armed_modifiers=frozenset(data["targets"]["armed_modifiers"]),
        ambiguous_ranks=frozenset(data["targets"]["ambiguous_ranks"]),
        past_ranks=frozenset(data["targets"]["past_ranks"]),
        attack_verbs=frozenset(data["targets"]["attack_verbs"]),
        conduct_verbs=frozenset(data["asserted"]["conduct_verbs"]),
        condemn_verbs=frozenset(data["asserted"]["condemn_verbs"]),
        arrest_ties=frozenset(data["asserted"]["arrest_ties"]),
        year_preps=frozenset(data["recall"]["year_preps"]),
        habitual=frozenset(data["aggregate"]["habitual"]),
        frequency=frozenset(data["aggregate"]["frequency"]),
        raids=frozenset(data["raids"]["raids"]),
        fight_spans=frozenset(data["anaphora"]["fight_spans"]),
        fight_sides=frozenset(data["anaphora"]["fight_sides"]),
        pair_words=frozenset(data["anaphora"]["pair_words"]),
        violent_outcome=frozenset(data["raids"]["violent_outcome"]),
        agents={w: k for k, ws in data["agents"].items() if k not in ("carriers", "bearers") for w in ws},
        carriers=frozenset(data["agents"]["carriers"]),
        bearers=frozenset(data["agents"]["bearers"]),
        later=compile_all(data["recall"]["later"]),
        of_kinds=frozenset(data["aggregate"]["of_kinds"]),
        permit_verbs=frozenset(data["aggregate"]["permit_verbs"]),
        blaze_verbs=frozenset(data["byproduct"]["blaze_verbs"]),
        made_of=frozenset(data["byproduct"]["made_of"]),
        hyphen_holders=frozenset(data["byproduct"]["hyphen_holders"]),
        use_verbs=frozenset(data["byproduct"]["use_verbs"]),
        ongoing=frozenset(data["aggregate"]["ongoing"]),
        interception_verbs=frozenset(data["interception"]["verbs"]),
        engage_verbs=frozenset(data["engage"]["verbs"]),
        engage_groups=frozenset(data["engage"]["groups"]),
        not_event_verbs=frozenset(data["candidates"]["not_event_verbs"]),
        progress=frozenset(data["aggregate"]["progress"]),
        documents=frozenset(data["documents"]["nouns"]),
        custody_rulings=frozenset(data["documents"]["custody_rulings"]),
        custody_orders=frozenset(data["documents"]["custody_orders"]),
        capture_verbs=frozenset(data["captives"]["verbs"]),
        held=frozenset(data["captives"]["held"]),
        held_people=frozenset(data["captives"]["held_people"]),
        accusing=frozenset(data["captives"]["accusing"]),
        accused_anchors=frozenset(data["captives"]["accused_anchors"]),
        profile=frozenset(data["aggregate"]["profile"]),
        target_roles=frozenset(data["aggregate"]["target_roles"]),
        one_person=frozenset(data["aggregate"]["one_person"]),
        captive_roles=frozenset(data["captives"]["roles"]),
        lead_verbs=frozenset(data["captives"]["lead_verbs"]),
        go_verbs=frozenset(data["captives"]["go_verbs"]),
        off_words=frozenset(data["captives"]["off_words"]),
        harm_told=frozenset(data["captives"]["harm_told"]),
        custody_verbs=frozenset(data["captives"]["custody_verbs"]),
        anaphors=frozenset(data["anaphora"]["pronouns"]),
        people_pronouns=frozenset(data["anaphora"]["people"]),
        toll_people=frozenset(data["anaphora"]["toll_people"]),
        durations=frozenset(data["aggregate"]["durations"]),
        munitions=frozenset(data["aggregate"]["munitions"]),
        conflicts=frozenset(data["aggregate"]["conflicts"]),
        conflict_toll_verbs=frozenset(data["aggregate"]["conflict_toll_verbs"]),
        production=frozenset(data["capability"]["production"]),
        ambiguous_targets=frozenset(data["targets"]["ambiguous"]),
        convoys=frozenset(data["targets"]["convoys"]),
        small_arms=frozenset(data["targets"]["small_arms"]),
        confrontations=frozenset(data["targets"]["confrontations"]),
        recall_links=word_lists("time_words.toml")["connectives"],
        away=frozenset(data["crowd"]["away"]),
        arrested_roles=frozenset(data["crowd"]["arrested_roles"]),
        removal_verbs=frozenset(data["crowd"]["removal_verbs"]),
        removal_particles=frozenset(data["crowd"]["removal_particles"]),
        clearing_verbs=frozenset(data["crowd"]["clearing_verbs"]),
        leaving_verbs=frozenset(data["crowd"]["leaving_verbs"]),
        kit=frozenset(data["crowd"]["kit"]),
        things_gathered=frozenset(data["crowd"]["things_gathered"]),
        crowd_violence=frozenset(data["crowd"]["riot"]) | frozenset(data["crowd"]["dispersal"]) | frozenset(data["crowd"]["acts"]),
        crowd_riot=frozenset(data["crowd"]["riot"]),
        crowd_acts=frozenset(data["crowd"]["acts"]),
        crowd_fights=frozenset(data["crowd"]["fights"]),
        throw_verbs=frozenset(data["crowd"]["throw_verbs"]),
        arson_verbs=frozenset(data["crowd"]["arson_verbs"]),
        burn_verbs=frozenset(data["crowd"]["burn_verbs"]),
        burnt_barricades=frozenset(data["crowd"]["burnt_barricades"]),
        mob_people=frozenset(data["crowd"]["mob_people"]),
        crude_arms=frozenset(data["crowd"]["crude_arms"]),
        crude_guns=frozenset(data["crowd"]["crude_guns"]),
        arms_used=frozenset(data["crowd"]["arms_used"]),
        mob_size=int(data["crowd"]["mob_size"]),
        mob_shooting=frozenset(data["crowd"]["mob_shooting"]),
        arson=frozenset(data["crowd"]["arson"]),
        crowd_nouns=frozenset(data["crowd"]["crowd_nouns"]),
        calm_crowd=frozenset(data["crowd"]["calm_crowd"]),
        air_nouns=frozenset(data["warning_shots"]["nouns"]),
        air_preps=frozenset(data["warning_shots"]["preps"]),
        warning_shot_types=frozenset(data["warning_shots"]["types"]),
        elsewhere_adverbs=frozenset(data["elsewhere"]["adverbs"]),
        elsewhere_verbs=frozenset(data["elsewhere"]["verbs"]),
        notice_verbs=frozenset(data["notices"]["verbs"]),
        death_nouns=frozenset(data["notices"]["deaths"]),
        figure_nouns=frozenset(data["notices"]["figures"]),
        figure_verbs=frozenset(data["notices"]["figure_verbs"]),
        body_nouns=frozenset(data["aftermath"]["body_nouns"]),
        discovery_verbs=frozenset(data["aftermath"]["discovery_verbs"]),
        receiving_verbs=frozenset(data["aftermath"]["receiving_verbs"]),
        witness_verbs=frozenset(data["aftermath"]["witness_verbs"]),
        record_verbs=frozenset(data["aggregate"]["record_verbs"]),
        release_verbs=frozenset(data["captives"]["release"]),
        death_verbs=frozenset(data["harm"]["death_verbs"]),
        injuries=frozenset(data["harm"]["injuries"]),
        hurt=frozenset(data["harm"]["hurt"]),
        care=frozenset(data["harm"]["care"]),
        care_moves=frozenset(data["harm"]["care_moves"]),
        illness=frozenset(data["harm"]["illness"]),
        struck=frozenset(data["harm"]["struck"]),
        toll_verbs=frozenset(data["harm"]["toll_verbs"]),
        fallen=frozenset(data["harm"]["fallen"]),
        care_verbs=frozenset(data["harm"]["care_verbs"]),
        casualty_nouns=frozenset(data["harm"]["casualty_nouns"]),
        fates=frozenset(data["harm"]["fates"]),
        crossfire=frozenset(data["harm"]["crossfire"]),
        stray=frozenset(data["harm"]["stray"]),
        movement_types=frozenset(data["movements"]["types"]),
        ground=frozenset(data["movements"]["ground"]),
        part_types=frozenset(data["parts"]["types"]),
        part_hosts=frozenset(data["parts"]["hosts"]),
        weapon_verbs=frozenset(data["parts"]["weapon_verbs"]),
        landing_verbs=frozenset(data["parts"]["landing_verbs"]),
        damage_types=frozenset(data["parts"]["damage"]),
        counter=compile_all(data["claims"]["counter"]),
        lead_up_types=frozenset(data["lead_up"]["types"]),
        locatives=word_lists("place_words.toml")["locatives"],
        admin_units=frozenset(word_lists("place_words.toml")["admin_units"]),
        interception_types=frozenset(data["aggregate"]["interception_types"]),
        flight_verbs=frozenset(data["aggregate"]["flight_verbs"]),
        response_verbs=frozenset(data["movements"]["response_verbs"]),
        arrival_verbs=frozenset(data["movements"]["arrival_verbs"]),
        arriving_forces=frozenset(data["movements"]["arriving_forces"]),
        sent_units=frozenset(data["movements"]["sent_units"]),
        legal_basis=frozenset(data["movements"]["legal_basis"]),
        object_sending_verbs=frozenset(data["movements"]["object_sending_verbs"]),
        search_nouns=frozenset(data["movements"]["search_nouns"]),
        post_setups=frozenset(data["movements"]["post_setups"]),
        posts=frozenset(data["movements"]["posts"]),
        pursuit_verbs=frozenset(data["movements"]["pursuit_verbs"]),
        presence_verbs=frozenset(data["movements"]["presence_verbs"]),
        calm_nouns=frozenset(data["movements"]["calm_nouns"]),
        calm_verbs=frozenset(data["movements"]["calm_verbs"]),
        frame_verbs=frozenset(data["movements"]["frame_verbs"]),
        operations=frozenset(data["raids"]["operations"]),
        stoppage_verbs=frozenset(data["labour"]["stoppage_verbs"]),
        work_objects=frozenset(data["labour"]["work_objects"]),
        stoppage_alone=frozenset(data["labour"]["stoppage_alone"]),
        strike_nouns=frozenset(data["labour"]["strike_nouns"]),
        gathering=frozenset(data["labour"]["gathering"]),
        pick=compile_all(data["recall"]["pick"]),
        judicial=frozenset(data["recall"]["judicial"]),
        sequence_verbs=frozenset(data["recall"]["sequence_verbs"]),
        burst=compile_all(data["aggregate"]["burst"]),
        crowd_objects=frozenset(data["lead_up"]["crowd_objects"]),
        summary_headings=frozenset(data["summary"]["headings"]),
    )


def first_match(patterns: Sequence[re.Pattern[str]], text: str) -> re.Match[str] | None:
    found = [m for p in patterns if (m := p.search(text))]
    return min(found, key=lambda m: m.start()) if found else None
