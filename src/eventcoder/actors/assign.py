"""Actors of every mention: roles from the parse, coreference, claims, then the role and inter-code rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Mapping

from .. import catalogue, doccache
from ..classify.codebook import declared_measure
from ..model import Actor, Evidence, Span
from ..records import Dateline, MentionFacts, Mention, Parsed, Roles
from .claims import claim_for, find_claims
from .coref import History, implicit_actor, is_anaphor, issuer_own_force, owned_by_reporter, passive_reporter, pro_government, reporter_of, said_it
from .country import article_country
from .dateline import dateline_tokens
from ..catalogue import CROWD_KINDS, NONSTATE_INTERS, NONSTATE_KINDS, ORGANISED_INTERS, PEACEFUL_KINDS, STATE_KINDS, is_generic, organised_armed
from .naming import actor_from_phrase, generic_actor, is_unidentified, is_unknown_armed_group, nationality_of_people, lemmas_force, make_actor, named_actor, state_actor, unknown_armed_group
from .parse_roles import candidates, is_patient, parse_roles
from .arrests import accused_of_ties, arrested_over_riot, arrested_phrase, arrests_forces, in_arrested
from .crowds import assoc_actor, crowd_police, crowd_roles, party_in
from .fights import attacked_first, battle_opponent, came_under_attack, capital_line, coordinated_identity, crowds_fight, each_other, following_identity, joint_forces, names_rivals, plural_sides, repelled_passively, repeller
from .developments import announcer, between_parties, coordinated_party, gives_ground, government_by_word, lays_down_arms, leaver, mediator_tokens, recipient, self_named_group, taker
from .rules import acts_after, acts_as_author, acts_elsewhere, aimed_at, armed_victims, finds_the_dead, force_site, forces_attacked, foreign_civilians, hit_beside_force, home_force_bombed, identifier, is_reciprocal, issuer_heading, weapon_owner, nothing_hit, official_hit, other_target, own_force, ran_into_bomb, recent_force, released_force, stopped_in_flight
from .words import LOOTING, NAME, SHELLING, TERRITORY, UNKNOWN_BOMBER, VIOLENT, W, has_word, lemma, noun_phrase, without_places
from ..syntax import returns_fire


def assign_roles(
    mentions: tuple[Mention, ...], places: tuple[MentionFacts, ...], parsed: Parsed, text: str, published: dt.date | None = None,
    event_days: Mapping[int, dt.date] | None = None, dateline: Dateline | None = None,
) -> tuple[Roles, ...]:
    """Actors of every mention. ``event_days`` (mention id -> event date, when the dates stage ran first) picks the
    period of state-force names ("Military Forces of Mali (2021-)"); else the publication date. ``dateline``: the
    story's (the clean stage's), whose words are no party."""
    catalogue.warm()  # cached: the first call (the pipeline's warm-up) builds the alias tables
    doc = parsed.doc
    iso_of_sentence: dict[int, str | None] = {}
    for m, facts in zip(mentions, places):
        if facts.place:
            iso_of_sentence.setdefault(m.sentence, catalogue.actor_country(facts.place.value.iso))
    main_iso = catalogue.actor_country(next((f.place.value.iso for f in places if f.place), None) or article_country(doc))

    def event_iso_at(token_index: int) -> str | None:
        s = parsed.sentence_index(doc[token_index].idx)
        return iso_of_sentence.get(s, main_iso)

    history = History(doc, event_iso_at, published)
    dateline_start, dateline_end = dateline_tokens(doc, dateline)
    # named non-state armed groups by sentence: an unnamed "insurgents" near one of them is that group
    # (not a pro-government militia: "troops and VDP clashed with militants")
    groups = [(parsed.sentence_index(doc[i].idx), actor) for i, actor, _ in history.items
              if organised_armed(actor) and not pro_government(actor)]
    claims = find_claims(parsed, text, main_iso, published)
    out = []
    for m, facts in zip(mentions, places):
        day = (event_days or {}).get(m.id) or published  # state-force periods from the event's date
        event_iso = catalogue.actor_country(facts.place.value.iso) if facts.place else main_iso
        agents, targets = parse_roles(m, parsed)
        mediators = mediator_tokens(doccache.sentence(doc, m.head), range(m.start_token, m.end_token)) if m.sub_event_type == "Agreement" else set()
        if mediators:  # "two clans settled their feud, overseen by the government and the army": no party
            agents = [p for p in agents if not any(t.i in mediators for t in p)]
            targets = [p for p in targets if not any(t.i in mediators for t in p)]
        rules = catalogue.role_rules()
        no_target, default_target = rules.no_actor2, rules.default_actor2
        civil = m.sub_event_type in rules.government_acts and not has_word(list(doccache.sentence(doc, m.head)), "ceasefire")

        def ev(actor: Actor, span: Span, confidence: float) -> Evidence[Actor]:
            return Evidence(value=actor, span=span, text=span.slice(text), stage=NAME, confidence=round(confidence, 2))

        def first(phrases: list[list[Any]], parties_only: bool = False) -> Evidence[Actor] | None:
            # the phrase itself first, then its whole subtree ("depots used by Kata'ib Hezbollah")
            for widen in (False, True):
                for phrase in phrases:
                    if phrase and dateline_start <= min(t.i for t in phrase) and max(t.i for t in phrase) < dateline_end:
                        continue  # "BAMENDA, Cameroon (Wire) —" parsed as a subject is a dateline, not a party
                    if phrase and identifier(phrase):
                        continue  # "Gunmen the regional government identified as OLA fighters stopped a bus": who named them
                    heading = issuer_heading(phrase, m) if phrase else None
                    if heading is not None and not widen:
                        continue  # "Uganda Police Force: ... raiders attacked a kraal": who issued the release, not a party
                    if phrase and dateline_start < dateline_end and not widen:
                        # "DOHA (Wire) — Congo and the M23 signed": the dateline parsed into the subject is no part of it
                        phrase = [t for t in phrase if not (dateline_start <= t.i < dateline_end)]
                    if widen:
                        if any(m.start_token <= t.i < m.end_token for tok in phrase for t in tok.subtree):
                            continue  # a phrase that governs the trigger ("12 Feb: An IED detonated under ...") is not its party
                        # (not the heading, nor where it stood: "a school in Belo, Boyo division")
                        phrase = [t for tok in phrase for t in without_places(list(tok.subtree), tok) if heading is None or t.i > heading]
                        phrase = list({t.i: t for t in phrase}.values())
                    phrase = [t for t in phrase if not (m.start_token <= t.i < m.end_token)]
                    anaphor = is_anaphor(phrase)
                    if anaphor == "pronoun":  # "The army said it retook X": the pronoun is the speaker
                        reporter = reporter_of(min(phrase, key=lambda t: t.i))
                        found_r = actor_from_phrase(noun_phrase(reporter), event_iso, day, civil) if reporter is not None else None
                        if found_r is not None and found_r[0].kind not in ("civilians",):
                            actor, s_, e_ = found_r
                            span = Span.of_tokens(doc, s_, e_)
                            return ev(actor, span, 0.6)
                    if anaphor:
                        found_before = history.before(min(t.i for t in phrase), anaphor)
                        if found_before is not None:
                            return ev(found_before[0], found_before[1], 0.6)
                        speaker = reporter_of(min(phrase, key=lambda t: t.i)) if anaphor == "military" else None
                        told = actor_from_phrase(noun_phrase(speaker), event_iso, day) if speaker is not None else None
                        if told is not None and told[0].kind in STATE_KINDS and told[0].name.startswith("Military Forces"):
                            # "Israel said the military had opened fire near Jenin": the speaking state's military
                            return ev(told[0], Span.of_tokens(doc, told[1], told[2]), 0.5)
                        if anaphor == "pronoun":
                            continue
                    owned = owned_by_reporter(phrase, event_iso, day, civil) or issuer_own_force(phrase, event_iso, day)
                    if owned is not None:  # "the brigade said Russian troops attacked its positions"
                        actor, s_, e_ = owned
                        return ev(actor, Span.of_tokens(doc, s_, e_), 0.6)
                    found = actor_from_phrase(phrase, event_iso, day, civil)
                    if found and parties_only and found[0].kind == "civilians":
                        continue  # "the army retook the villages from IS": the villages are the place, not a party
                    if found:
                        actor, s, e = found
                        span = Span.of_tokens(doc, s, e)
                        generic = is_generic(actor.name)
                        confidence = (0.6 if generic else 0.8) - (0.1 if widen else 0.0)
                        return ev(actor, span, confidence)
            return None

        actor1 = first(agents)
        actor2 = first(targets, parties_only=m.sub_event_type in TERRITORY)
        owner = weapon_owner(m, doc, event_iso, day) if m.sub_event_type == "Disrupted weapons use" else None
        if owner is not None:
            # the stopped weapon's side is whose launch or device was stopped, never who stopped it ("HOUTHI DRONE DOWNED
            # OVER MARIB, SAYS ARMY": the army, told below, stopped the Houthis' drone)
            if actor1 is not None and actor1.value.name == owner[0].name:
                # (who stopped it, read as the target of a misparsed passive, is the actor: "... shot down by air defence")
                actor1 = actor2 if actor2 is not None and actor2.value.kind in STATE_KINDS and actor2.value.name != owner[0].name else None
                actor2 = None if actor1 is not None else actor2
            if actor2 is None or is_unknown_armed_group(actor2.value.name) or actor2.value.kind == "civilians":
                actor2 = ev(owner[0], Span.of_tokens(doc, owner[1], owner[2]), 0.6)
        unnamed: Span | None = None  # the span of an unnamed attacker a claim or blame named
        claimed = False
        assoc1 = assoc2 = None
        # people who loot or burn are rioters (ACLED), not civilians or protesters: "young people set fire to the residence"
        civilian_looters = m.sub_event_type == LOOTING and actor1 is not None and actor1.value.kind in PEACEFUL_KINDS
        if m.event_type in ("Protests", "Riots"):
            actor1, actor2, assoc1 = crowd_roles(m, parsed, actor1, actor2, agents, event_iso, day, text)
        elif actor1 is not None and actor1.value.kind == "civilians":
            # civilians are targets of political violence, not its agents; unknown "men" who abduct or kill are an
            # unidentified armed group ("abducted by men in plain clothes")
            unknown = m.event_type in VIOLENT and {w.strip(".,").lower() for w in actor1.text.split()} & W("unknown_people")
            if unknown and event_iso and actor1.span:
                actor1 = ev(unknown_armed_group(event_iso), actor1.span, 0.4)
            else:  # "a local truce ... the army agreed": another agent phrase the parse gave ("local" read as locals)
                read = actor1.span
                actor1 = next((a for a in (first([p]) for p in agents) if a is not None and a.value.kind != "civilians" and a.span != read), None)
        finder: Span | None = None
        if actor1 is not None and (m.event_type in VIOLENT or m.sub_event_type == "Other") and finds_the_dead(actor1.span, doc):
            # "police found eight bodies dumped by a road": the finder is no actor; the killers are blamed or unknown
            finder, actor1 = actor1.span, None
        if (m.event_type in VIOLENT or m.sub_event_type == LOOTING) and (actor1 is None or is_unidentified(actor1.value.name)):
            claim = claim_for(m, claims, parsed)  # "armed men torched a school ... The governor blamed Ambazonian separatists"
            if claim is not None and m.sub_event_type == LOOTING and is_unidentified(claim.value.name):
                claim = None  # "youths demolished a mast, accusing the operator of helping bandits": no author named
            if claim is not None and actor1 is not None and not is_unknown_armed_group(actor1.value.name) and is_unidentified(claim.value.name):
                claim = None  # an unnamed clan or community's militia ("armed youth" in South Sudan) is named only by a named group
            if claim is not None:
                if actor1 is not None and actor1.span is not None:
                    unnamed = actor1.span  # "gunmen believed to belong to X": the gunmen are X, not a second party
                actor1, claimed = claim, True
        if actor1 is None and m.sub_event_type == "Agreement":
            # "a ceasefire took effect on Thursday between Colombia's government and the ELN": the parties anywhere in
            # the sentence's "between X and Y"
            pair = between_parties(doccache.sentence(doc, m.head), event_iso, day)
            if pair is not None:
                (a, sa, ea), second = pair
                actor1 = ev(a, Span.of_tokens(doc, sa, ea), 0.5)
                same_side = actor2 is not None and (actor2.value.name == a.name or (actor2.value.kind == "state" and actor2.value.country == a.country))
                if second is not None and (actor2 is None or same_side):
                    b, sb, eb = second
                    actor2 = ev(b, Span.of_tokens(doc, sb, eb), 0.5)
        if m.sub_event_type == "Agreement" and actor1 is not None:
            # "Congo and the M23 signed a framework ... on state authority": the party named with the first is the other side
            # (not a government word in what they agreed on, nor the host of talks in Doha)
            other = coordinated_party(actor1.span, doc, event_iso, day, civil)
            if other is not None and other[0].name != actor1.value.name and not is_generic(other[0].name):
                actor2 = ev(other[0], Span.of_tokens(doc, other[1], other[2]), 0.6)
        if actor1 is None and m.sub_event_type in rules.government_acts:
            # "The Houthis announced a 'fourth phase'", "Syria's presidency announced a ceasefire", "the army announced
            # that it had seized power": in a strategic development the one who announces it is its actor
            found_a = announcer(m, doc, event_iso, day, civil)
            if found_a is not None:
                actor, a_, b_ = found_a
                actor1 = ev(actor, Span.of_tokens(doc, a_, b_), 0.5)
                if actor2 is not None and actor2.value.name == actor.name:
                    actor2 = None
        if actor1 is None and m.event_type not in ("Protests", "Riots"):
            found_s = said_it(m, doc, event_iso, day, civil)  # "the Kenyan army said it had found a cache of bombs"
            if found_s is None and m.sub_event_type == "Disrupted weapons use":
                found_s = passive_reporter(m, doc, event_iso, day, civil)  # "missiles were intercepted ..., the army said"
            if found_s is not None:
                actor, a_, b_ = found_s
                actor1 = ev(actor, Span.of_tokens(doc, a_, b_), 0.5)
                if actor2 is not None and actor2.value.name == actor.name:
                    actor2 = None
        if m.event_type not in ("Protests", "Riots") and (actor1 is None or actor2 is None):
            # the clause's other named parties, in text order: "X and Y exchanged fire", "A Russian drone ...
            # wounding the driver", headlines ("FARDC, M23 TRADE FIRE")
            cands = [c for c in candidates(m, parsed, event_iso, day, civil, actor1.value if actor1 is not None else None) if c[0] not in mediators]
            if actor1 is None:
                agents_ok = [c for c in cands if c[2].kind not in PEACEFUL_KINDS and not c[3]
                             and not (owner is not None and c[2].name == owner[0].name)  # (whose weapon was stopped)
                             and not (finder is not None and finder.start <= doc[c[0]].idx < finder.end)
                             # (not whose official was hit: "the Taliban-appointed governor was killed by a bomb")
                             and not (c[2].kind in STATE_KINDS and m.event_type in VIOLENT and official_hit(Span.of_tokens(doc, c[0], c[1]), doc))
                             # (nor who issued the text: "Israel Police: A rocket fired from Gaza hit a yard in Sderot")
                             and issuer_heading(list(doc[c[0] : c[1]]), m) is None
                             # (nor a force that deals with a one-sided act: "police detained a man who threw a petrol bomb")
                             # (an arrest is the act itself when the arrested then disappear: "security forces arrested a lawyer
                             # ... he has since disappeared")
                             and not (c[2].kind in STATE_KINDS and (m.event_type in ("Violence against civilians", "Explosions/Remote violence")
                                                                    or m.sub_event_type == LOOTING) and m.sub_event_type != "Abduction/forced disappearance"
                                      and acts_after(doc[c[0] : c[1]].root, m))
                             # (nor a victim named again: "The Taliban minister for refugees, Khalil Haqqani, was killed")
                             and not (m.event_type in VIOLENT and any(t.dep_ == "appos" and t.head.dep_ == "nsubjpass" for t in doc[c[0] : c[1]]))]
                before = [c for c in agents_ok if c[0] < m.start_token]
                # (a battle's side named after the trigger, not the one it was aimed at: "shots were fired at a police
                # patrol", "the ambush of an army convoy" — the unnamed attacker is actor1, eval/WRITERS.md Two-sided fighting)
                after = [c for c in agents_ok if c[0] >= m.end_token and not aimed_at(doc[c[0] : c[1]].root, m, doc)]
                pick1 = before[0] if before else (after[0] if after and m.event_type in ("Battles",) else None)
                if pick1 is not None:
                    a, b, actor, _ = pick1
                    actor1 = ev(actor, Span.of_tokens(doc, a, b), 0.5)
            if actor2 is None and m.sub_event_type not in no_target:
                name1 = actor1.value.name if actor1 is not None else None
                # the unnamed attackers a claim or blame named are not a second party ("gunmen ...; police suspect the BRN")
                # nor are unnamed attackers told before the group the text then names ("Armed men killed four soldiers
                # ... in an attack blamed on Boko Haram": WRITERS.md Attribution, hedged names count)
                named_later = actor1 is not None and actor1.span is not None and not is_unidentified(actor1.value.name) \
                    and organised_armed(actor1.value) and not pro_government(actor1.value)
                own = actor1.span if actor1 is not None else None  # "the Taliban" inside "the Taliban's intelligence" (police)
                # the parent of a faction is no second party ("members of the Sinaloa cartel's Chapitos faction")
                parent = (catalogue.by_name().get(name1) or None) if name1 else None
                parent_name = parent.parent if parent is not None else None
                rest = [c for c in cands if c[2].name != name1 and c[2].name != parent_name and not (unnamed and unnamed.start <= doc[c[0]].idx < unnamed.end)
                        and not (own is not None and own.start <= doc[c[0]].idx < own.end and c[2].kind == "state" == actor1.value.kind)
                        and not ((claimed or (named_later and doc[c[0]].idx < actor1.span.start and not names_rivals(doccache.sentence(doc, m.head))))
                                 and is_unknown_armed_group(c[2].name))
                        and not (m.sub_event_type in TERRITORY and c[2].kind == "civilians")  # a town taken is no party
                        and issuer_heading(list(doc[c[0] : c[1]]), m) is None  # (nor who issued the text)
                        # (nor, in a one-sided act, who did another act the sentence tells: "after troops arrested a boss")
                        and not ((m.event_type in ("Violence against civilians", "Explosions/Remote violence") or m.sub_event_type == LOOTING)
                                 and (acts_elsewhere(doc[c[0] : c[1]].root, m, doc)
                                      or (c[2].kind in STATE_KINDS and acts_after(doc[c[0] : c[1]].root, m))))]
                after = [c for c in rest if c[0] >= m.end_token]
                before = [c for c in rest if c[0] < m.start_token]
                # a battle's other side is usually named with the first ("X and Y clashed"), as in a reciprocal
                # act ("Indian and Pakistani troops traded artillery fire"); a target after the verb
                ordered = before + after if m.sub_event_type == "Armed clash" or is_reciprocal(doc[m.head]) else after + before
                if ordered:
                    a, b, actor, _ = ordered[0]
                    actor2 = ev(actor, Span.of_tokens(doc, a, b), 0.5)
        if (m.event_type == "Battles" or m.sub_event_type == "Agreement") and actor1 is not None and actor1.value.kind == "identity_militia":
            # "Tiv and Jukun youths clashed", "Pokot and Turkana elders signed a peace deal": the first-named group
            # is actor1, the group whose member word both share is the other side
            leading = coordinated_identity(actor1.span, doc, event_iso)
            other_side = actor2 is None or actor2.value.kind in ("civilians",) or actor2.value.name == actor1.value.name or (
                actor2.value.kind == "identity_militia" and is_unidentified(actor2.value.name)) or (  # "clan militias from the A and B"
                is_unknown_armed_group(actor2.value.name))  # "Tebu and Tuareg fighters clashed": no third, unnamed side
            if leading is not None and other_side:
                actor1, actor2 = ev(leading[0], leading[1], 0.6), actor1
            elif other_side:  # "Fulani herders and Bachama farmers' leaders signed": the group named second
                second = following_identity(actor1.span, doc, event_iso)
                if second is not None and second[0].name != actor1.value.name:
                    actor2 = ev(second[0], second[1], 0.6)
        if m.sub_event_type in no_target:
            actor2 = None
        if m.sub_event_type in rules.government_acts and not civil:  # a ceasefire agreed by "the government"
            actor1, actor2 = government_by_word(actor1, day), government_by_word(actor2, day)
        given = recipient(m, doc, event_iso, day) if m.sub_event_type == "Non-violent transfer of territory" else None
        if given is not None:  # ACLED: actor1 gains the ground, "handed X to Y", "X fell to Y": Y (no swap below)
            if actor1 is None or actor1.value.name != given[0].name:
                other = next((a for a in (actor1, actor2) if a is not None and a.value.name != given[0].name
                              and a.value.kind not in (*CROWD_KINDS, "civilians")), None)
                actor1, actor2 = ev(given[0], Span.of_tokens(doc, given[1], given[2]), 0.6), other
        elif m.sub_event_type == "Non-violent transfer of territory" and actor1 is not None and actor2 is not None and gives_ground(actor1.span, doc):
            actor1, actor2 = actor2, actor1  # ACLED: actor1 is who gains the territory ("X withdrew and Y moved in")
        if m.sub_event_type == "Non-violent transfer of territory" and given is None and actor1 is not None and actor2 is None and gives_ground(actor1.span, doc):
            gained = taker(m, doc, event_iso, day, actor1.value)  # "the KIA said it had taken Bhamo after junta troops pulled out"
            if gained is not None:
                actor1, actor2 = ev(gained[0], Span.of_tokens(doc, gained[1], gained[2]), 0.5), actor1
        if m.sub_event_type == "Non-violent transfer of territory" and actor1 is not None and actor2 is None:
            lost = leaver(m, doc, event_iso, day, actor1.value)  # "X retook the town as Y withdrew": Y gave it up
            if lost is not None:
                actor2 = ev(lost[0], Span.of_tokens(doc, lost[1], lost[2]), 0.4)
        if m.sub_event_type in rules.state_first and actor1 is not None and actor2 is not None and actor2.value.inter == 1 and actor1.value.inter != 1:
            actor1, actor2 = actor2, actor1
        if m.sub_event_type in UNKNOWN_BOMBER and actor1 is not None and not claimed and ran_into_bomb(doc[m.head]):
            # "Israeli troops hit a roadside bomb": the troops are its target; an armed party the clause also names
            # ("... a landmine, the army said in a statement that blamed 'terrorist armed groups'") planted it
            if actor2 is None or actor2.value.kind == "civilians":
                actor1, actor2 = None, actor1
            elif actor1.value.kind in STATE_KINDS and actor2.value.kind not in STATE_KINDS:
                actor1, actor2 = actor2, actor1  # not "hit a landmine laid by militants": the militants are actor1 already
        if actor1 is not None and actor2 is not None and actor1.value.name == actor2.value.name:
            actor2 = None  # "Girls who escaped Boko Haram were raped after being forced to marry fighters"
            if m.event_type == "Battles":  # "two police reservists were killed in a shootout with bandits": the other side
                others = (first([phrase]) for phrase in targets)
                actor2 = next((o for o in others if o is not None and o.value.name != actor1.value.name), None)
        if actor1 is None and event_iso and (m.event_type in ("Violence against civilians", "Explosions/Remote violence") or m.sub_event_type == LOOTING):
            # no author parsed (a mis-read trigger: "the execution of seven men by RSF fighters", "women said Boko Haram
            # fighters had abused them"): the one named non-state armed group of the sentence that is not hit by the act
            hit = {t.i for p in targets for t in p}
            named = {a.name: (a, sp) for i, a, sp in history.items if parsed.sentence_index(doc[i].idx) == m.sentence and i not in hit
                     and (a.kind in NONSTATE_KINDS or a.inter in ORGANISED_INTERS) and not is_unidentified(a.name)
                     and not pro_government(a) and not is_patient(doc[i]) and acts_as_author(doc[i], m) and (actor2 is None or a.name != actor2.value.name
                                                                               or m.event_type == "Violence against civilians")}
            if len(named) == 1:
                author, author_span = next(iter(named.values()))
                actor1 = ev(author, author_span, 0.4)
        if m.event_type == "Violence against civilians":
            if actor2 is not None and actor2.value.kind in STATE_KINDS and m.sub_event_type == "Attack" and forces_attacked(doc, m):
                pass  # "two police officers were shot dead by gunmen": an armed clash (events.retype), the force its actor2
            elif actor2 is None or actor2.value.kind not in ("civilians",):
                # ACLED: the target of violence against civilians is civilians (inter 7) whoever they are
                # ("Fulani herders", "a police officer's family"); an armed target would make it a battle, so a force read
                # as the target of an attack or a rape is a misreading ("gunmen shot dead a customs officer", "a former army
                # officer", "before police shot him dead": train/dev gold has a force there in 2 of 865 events of the
                # type); abducted soldiers or police stay their force ("the ELN kidnapped two soldiers")
                if actor2 is None or actor2.value.kind in ("protesters", "rioters", "identity_militia") or actor2.value.inter == 7 or m.sub_event_type in ("Attack", "Sexual violence"):
                    actor2 = ev(generic_actor("Civilians", 7, "civilians", event_iso), actor2.span if actor2 is not None else m.trigger, 0.4)
            if actor1 is None and event_iso:
                actor1 = ev(unknown_armed_group(event_iso), m.trigger, 0.3)
        if m.sub_event_type in UNKNOWN_BOMBER and not claimed:
            # the country's own force read as a bomber: the side hit, or only the reporter (actor1 then unknown)
            read = home_force_bombed(actor1, doc, event_iso)
            if read == "victim" and (actor2 is None or actor2.value.kind == "civilians"):
                actor1, actor2 = None, actor1
            elif read is not None:
                actor1 = None
        if m.sub_event_type in UNKNOWN_BOMBER and actor1 is None and event_iso:
            actor1 = ev(unknown_armed_group(event_iso), m.trigger, 0.3)
        if m.sub_event_type in ("Air/drone strike", "Chemical weapon", SHELLING) and actor1 is None and event_iso:
            # "Antonov aircraft dropped bombs on Tabit", "a shell filled with chlorine hit a residential block"
            place = facts.place.value if facts.place is not None and facts.place.value.iso == event_iso else None
            regions = (place.admin1, place.admin2, place.location) if place is not None else ()
            kind = {"Air/drone strike": "air", SHELLING: "shelling"}.get(m.sub_event_type, "chemical")
            entry = catalogue.implicit_group(kind, event_iso, regions, day)
            # derived from knowledge, not from a phrase: evidence without a span
            if entry is not None:
                actor1 = Evidence(value=named_actor(entry, event_iso, day), span=None, text="", stage=NAME, confidence=0.3)
            elif m.sub_event_type == "Air/drone strike":
                actor1 = Evidence(value=state_actor("military", event_iso, event_iso, day), span=None, text="", stage=NAME, confidence=0.3)
            elif m.sub_event_type == SHELLING and not any(o.id != m.id and o.sub_event_type == SHELLING for o in mentions):
                # "two mortar rounds landed inside the compound": unattributed (another mention may name the author)
                actor1 = ev(unknown_armed_group(event_iso), m.trigger, 0.3)
        if m.event_type == "Battles" and actor1 is not None and returns_fire(doc[m.head]):
            # "Militants attacked a police station; police returned fire": the attacker named before is actor1
            # named before the trigger, or after it as the subject of the attack ("... after gunmen attacked their convoy",
            # not the victims of "returned fire, killing four insurgents")
            others = [c for c in candidates(m, parsed, event_iso, day, civil, whole=True)
                      if c[2].name != actor1.value.name and c[2].kind not in CROWD_KINDS and not c[3]
                      and (c[0] < m.start_token or any(t.dep_ == "nsubj" for t in doc[c[0] : c[1]]))]
            others.sort(key=lambda c: c[0] > m.start_token)
            if others:
                a_, b_, attacker, _ = others[0]
                actor1, actor2 = ev(attacker, Span.of_tokens(doc, a_, b_), 0.5), actor1
        if m.event_type == "Battles" and actor1 is not None:
            # "soldiers repelled an attack by jihadists", "VDP repelled a JNIM attack": the defender is actor1
            found_d = repeller(m, doc, event_iso, day, civil)
            if found_d is not None and found_d[0].name != actor1.value.name:
                defender, a_, b_ = found_d
                actor2 = actor1 if actor2 is None or actor2.value.name == defender.name else actor2
                actor1 = ev(defender, Span.of_tokens(doc, a_, b_), 0.6)
            elif found_d is None and actor2 is not None and actor2.value.kind in STATE_KINDS and actor1.value.kind not in STATE_KINDS and repelled_passively(m, doc):
                # "an attack by bandits on the police headquarters was repelled": the side attacked repelled it (WRITERS
                # Two-sided fighting: X's act of repelling, X first)
                actor1, actor2 = actor2, actor1
        if m.sub_event_type in ("Arrests", "Abduction/forced disappearance") and actor1 is not None:
            # WRITERS.md Attribution: "security forces/services/agents" who arrest, or abduct and disappear someone, are the
            # police unless the army is named
            actor1 = crowd_police(actor1, event_iso, day, security_only=True)
        if m.sub_event_type == "Arrests" and actor1 is not None and actor1.value.kind not in STATE_KINDS and accused_of_ties(actor1.span, doc, arrest=True):
            # "5 suspected ADF collaborators arrested in Bwera" (a headline's bare participle read as active): the group names
            # the arrested, who are civilians (eval/WRITERS.md Collaborators); the arrester is told elsewhere or the police
            if actor2 is None or actor2.value.kind not in ("civilians",):
                actor2 = ev(generic_actor("Civilians", 7, "civilians", event_iso), actor1.span or m.trigger, 0.4) if event_iso else actor2
            actor1 = None
        if m.sub_event_type == "Arrests" and actor1 is not None and actor1.value.kind not in STATE_KINDS and (
                actor1.value.kind == "party" or in_arrested(actor1.span, m, doc, targets)):
            # "CCC MP Job Sikhala was arrested", "the four suspected ADF members arrested in Kasese": a party never arrests,
            # and a group named in who was arrested is the arrested (eval/WRITERS.md Generic: the party, or the group, actor2)
            # (an unnamed group there, "suspected of recruiting for a terrorist organisation", names no one arrested)
            if not is_unidentified(actor1.value.name) and (actor2 is None or actor2.value.kind == "civilians"):
                actor2 = actor1
            actor1 = None
        if m.sub_event_type == "Arrests" and actor1 is None and event_iso:
            # "Multiple suspected insurgents were detained": the force whose operation the report just described
            actor1 = recent_force(m, parsed, event_iso, day, text) or ev(state_actor("police", event_iso, event_iso, day), m.trigger, 0.4)
        # a military target that names no one ("a military base") is not civilians
        military_target = any(has_word(p, "military_sites") or lemmas_force([lemma(t) for t in p]) for p in targets)
        foreign = actor1 is not None and actor1.value.kind == "external" and actor1.value.country != event_iso
        nonstate = actor1 is not None and actor1.confidence > 0.3 and catalogue.nonstate_armed(actor1.value)
        # not for fire from afar ("rockets hit a military base": whose base is unknown)
        close = m.event_type == "Battles" or m.sub_event_type in ("Suicide bomb", "Remote explosive/landmine/IED", "Grenade")
        if actor2 is None and event_iso and nonstate and close and any(
            has_word(p, "military_sites") and not has_word(p, "civilian_sites") for p in targets
        ):
            # "militants attacked a checkpoint", "rebels overran an army post": the state's forces that hold it
            kind_word = "police" if any(has_word(p, "police") for p in targets) else "military"
            actor2 = ev(state_actor(kind_word, event_iso, event_iso, day), m.trigger, 0.3)
        if actor2 is None and event_iso and foreign and m.event_type in VIOLENT and (military_target or m.sub_event_type == "Chemical weapon") \
                and not came_under_attack(actor1.span, doc):
            # foreign forces at war in a country hit its forces: "Russian drones dropped gas grenades on positions" (not
            # "Kenyan troops of the AU force came under attack": the attacked, whose attacker is unnamed)
            actor2 = ev(state_actor("military", event_iso, event_iso, day), m.trigger, 0.3)
        if m.event_type == "Explosions/Remote violence" and (actor2 is None or actor2.value.kind == "civilians"):
            # "a roadside bomb killed three soldiers", "an airstrike on a building killed a Hezbollah commander": the armed
            # side among the victims (named first) is the target
            lone = not any(o.id != m.id and o.sentence == m.sentence + 1 for o in mentions)
            hit = armed_victims(m, doc, event_iso, day, next_sentence=lone)
            if hit is not None and (actor1 is None or hit[0].name != actor1.value.name):
                victim, a_, b_ = hit
                actor2 = ev(victim, Span.of_tokens(doc, a_, b_), 0.5)

        if m.event_type == "Explosions/Remote violence" and event_iso and (actor2 is None or actor2.value.kind == "civilians") and not (
                actor1 is not None and actor1.value.kind in STATE_KINDS and actor1.value.country == event_iso):
            # "militants fired mortar rounds at the army camp in Gao", "a car bomb rammed the gate of a military camp": the
            # host state's force that holds the site (not the state's own strikes)
            site = force_site(m, doc)
            # fire from afar at "a military base" by no one named: whose base is unknown (it may house foreign troops)
            named = nonstate and not is_unidentified(actor1.value.name)
            if site is not None and (site[1] or named or close):  # (close: a bomb or grenade, as no battle is an explosion)
                actor2 = ev(state_actor(site[0], event_iso, event_iso, day), m.trigger, 0.4)

        if m.event_type == "Explosions/Remote violence" and event_iso and actor2 is not None and actor2.value.kind == "state" and \
                actor2.value.country == event_iso and hit_beside_force(m, actor2.span, doc, event_iso, day):
            # "blew himself up outside a cafe near the police academy, killing four people": the civilians hit, not the site
            actor2 = ev(generic_actor("Civilians", 7, "civilians", event_iso), actor2.span or m.trigger, 0.4)

        def default_actor2(actor1: Evidence[Actor] | None) -> Evidence[Actor] | None:
            """The sub-event type's conventional target when the text names none (roles.toml default_actor2)."""
            if not event_iso or m.sub_event_type not in default_target or (military_target and default_target[m.sub_event_type] == "civilians"):
                return None
            label = default_target[m.sub_event_type]
            if label == "opponent":
                return None  # a battle's other side is decided once both sides' rules have run (below)
            if m.sub_event_type == "Non-violent transfer of territory" and actor1 is not None and actor1.value.kind in STATE_KINDS:
                return None  # a state's forces, at home or abroad, moving in or out: no loser unless the text names one
            if label in ("police", "military"):
                default = state_actor(label, event_iso, event_iso, day)
            else:
                default = generic_actor("Civilians", 7, "civilians", event_iso)
            if actor1 is None or (actor1.value.name != default.name and not (label == "military" and actor1.value.inter == 1)):
                return ev(default, m.trigger, 0.3)
            return None

        if actor2 is None:
            actor2 = default_actor2(actor1)
        if m.sub_event_type == "Arrests" and actor2 is not None and actor2.value.kind in STATE_KINDS and event_iso:
            # the arrested are a force only when the arrest's own object names it ("arrested two generals and several
            # soldiers"); a force read elsewhere in the sentence ("as security forces rounded up ...", "ethnic division") or
            # people named by a nationality ("five men, four of them Iranian nationals") are civilians
            held = arrested_phrase(actor2.span, targets)
            people = nationality_of_people(held) if held else None
            if (held is None and not arrests_forces(targets)) or people:
                actor2 = ev(generic_actor("Civilians", 7, "civilians", people or event_iso), actor2.span or m.trigger, 0.4)
        if m.sub_event_type == "Arrests" and actor2 is not None and actor2.value.kind == "protesters" and not (
                {w.strip(".,;:'\"").lower().removesuffix("s") for w in actor2.text.split()} & (W("protesters") - {"activist"})):
            # WRITERS.md: activists arrested are civilians (inter 7), also before or after a protest ("a day before a banned
            # march", "after they took part in protests"): only people the arrest names as protesters or demonstrators are
            # (an arrest at the protest itself is the protest's intervention); 14 of 14 train/dev arrests read as protesters
            # otherwise had Civilians
            actor2 = ev(generic_actor("Civilians", 7, "civilians", event_iso), actor2.span, actor2.confidence) if event_iso else actor2
        if m.sub_event_type == "Arrests" and actor2 is not None and event_iso and (actor2.value.name.rsplit(" (", 1)[0] in catalogue.identity_labels() or (
                actor2.value.kind == "identity_militia" and is_unidentified(actor2.value.name))):
            # people arrested as members of a community ("20 Fulani herders", "a Kusasi youth leader") are civilians; a named
            # militia (CODECO) stays itself
            actor2 = ev(generic_actor("Civilians", 7, "civilians", event_iso), actor2.span or m.trigger, actor2.confidence)
        if m.event_type != "Battles" and actor2 is not None and event_iso and actor2.value.kind not in (*STATE_KINDS, "party", "civilians") and (
                actor2.value.inter in NONSTATE_INTERS) and not catalogue.supporters_party(actor2.value.name) and actor2.span is not None and (
                doccache.sentence(doc, m.head).start_char <= actor2.span.start < doccache.sentence(doc, m.head).end_char) and accused_of_ties(actor2.span, doc, arrest=m.sub_event_type == "Arrests"):
            # "police arrested three youths, accusing them of links to the NPA", "four former LTTE cadres", "soldiers burned
            # the houses of suspected Fano supporters": civilians
            actor2 = ev(generic_actor("Civilians", 7, "civilians", event_iso), actor2.span, actor2.confidence)
        if m.sub_event_type == "Arrests" and event_iso and (actor2 is None or actor2.value.kind == "civilians") and any(
                o.event_type == "Riots" for o in mentions) and arrested_over_riot(doccache.sentence(doc, m.head), targets):
            # "On Monday police arrested 16 people at their homes in Makeni over the violence": the riot's rioters
            actor2 = ev(generic_actor("Rioters", 5, "rioters", event_iso), actor2.span if actor2 is not None else m.trigger, 0.5)
        if m.sub_event_type == "Arrests" and (actor2 is None or actor2.value.kind == "civilians" or catalogue.supporters_party(actor2.value.name)):
            # "police detained a Podemos district leader", "...arrested near the PTI office": the party is who was arrested
            party = party_in(list(doccache.sentence(doc, m.head)), event_iso, day, text, supporters=True)
            if party is not None and (actor1 is None or actor1.value.name != party.value.name):
                actor2 = party
        if actor2 is not None and actor2.value.kind == "civilians":
            sent_tokens = list(doccache.sentence(doc, m.head))
            assoc2 = assoc_actor(sent_tokens, event_iso, text) or (party_in(sent_tokens, event_iso, day, text, supporters=True) if m.event_type in VIOLENT else None)
        if actor1 is not None and actor1.value.kind == "party" and m.event_type in VIOLENT:
            # a party's supporters as authors of political violence are a political militia (inter 3)
            actor1 = Evidence(value=make_actor(actor1.value.name, 3, actor1.value.country, "militia"), span=actor1.span, text=actor1.text, stage=NAME, confidence=actor1.confidence)
        if m.sub_event_type == "Disrupted weapons use" and actor2 is None and event_iso and has_word(list(doccache.sentence(doc, m.head)), "launched"):
            # "air defences shot down 20 Shahed drones over Kyiv": unnamed launchers are the side that does nearly all
            # air strikes in the country (implicit.tsv; knowledge, so evidence without a span)
            place = facts.place.value if facts.place is not None and facts.place.value.iso == event_iso else None
            entry = catalogue.implicit_group("air", event_iso, (place.admin1, place.admin2, place.location) if place else (), day)
            launcher = named_actor(entry, event_iso, day) if entry is not None else None
            if launcher is not None and (actor1 is None or launcher.name != actor1.value.name):
                actor2 = Evidence(value=launcher, span=None, text="", stage=NAME, confidence=0.3)
            elif launcher is None and actor1 is not None and actor1.value.kind in STATE_KINDS and actor1.value.country == event_iso \
                    and stopped_in_flight(doc, m):
                # elsewhere the unnamed launcher of drones or rockets a state's air defences stopped is unknown, like an
                # unnamed attacker (eval/WRITERS.md Attribution: "air defences shot down three drones over Kassala")
                actor2 = ev(unknown_armed_group(event_iso), m.trigger, 0.3)
        if m.sub_event_type == "Disrupted weapons use" and (actor2 is None or is_unknown_armed_group(actor2.value.name)):
            # a stopped weapon's launcher or planter the text blames or that claims it ("Officers believe the New IRA was
            # responsible", "attributing it to a dissident faction of the former FARC"): actor2, as a claim names an attack's author
            blamed = claim_for(m, claims, parsed)
            if blamed is not None and not is_unidentified(blamed.value.name) and (actor1 is None or blamed.value.name != actor1.value.name):
                actor2 = blamed
        if m.sub_event_type == "Other" and event_iso and has_word(list(doccache.sentence(doc, m.head)), "graves"):
            # a mass grave: the group the text blames (a named non-state or foreign force), else unidentified; the police or
            # forensic teams who find it are no actor; the dead are civilians (eval/WRITERS.md)
            blamed = actor1 is not None and actor1.value.kind not in ("civilians",) and not (actor1.value.kind == "state" and actor1.value.country == event_iso)
            if not blamed:
                named = [(i, a, sp) for i, a, sp in history.items if (a.kind in (*NONSTATE_KINDS, "external") or a.inter in (*NONSTATE_INTERS, 8)) and not pro_government(a)]
                actor1 = ev(named[0][1], named[0][2], 0.4) if named else ev(unknown_armed_group(event_iso), m.trigger, 0.3)
            actor2 = ev(generic_actor("Civilians", 7, "civilians", event_iso), m.trigger, 0.3)
        if m.sub_event_type == "Other" and actor1 is None and event_iso and has_word(list(doccache.sentence(doc, m.head)), "releasing") and has_word(
                list(doccache.sentence(doc, m.head)), "held_by_force"):
            # "two trucks were seized by armed men ...; the drivers were freed", "engineers kidnapped in March were freed":
            # the captors the sentence names (a non-state armed party), else unknown ones
            armed = [c for c in candidates(m, parsed, event_iso, day, civil, whole=True)
                     if c[2].kind not in (*STATE_KINDS, *CROWD_KINDS, "party")]
            actor1 = ev(armed[0][2], Span.of_tokens(doc, armed[0][0], armed[0][1]), 0.4) if armed else ev(
                unknown_armed_group(event_iso), m.trigger, 0.3)
        if m.sub_event_type == "Other" and actor2 is None and event_iso and other_target(m, doc, actor1.value if actor1 is not None else None):
            # "gunmen stopped a truck carrying food aid", "JNIM released a German priest", "a blockade on Djibo"
            actor2 = ev(generic_actor("Civilians", 7, "civilians", event_iso), m.trigger, 0.3)
        elif m.sub_event_type == "Other" and actor2 is None and event_iso and actor1 is not None and actor1.value.kind not in STATE_KINDS:
            freed = released_force(m, doc, event_iso, day)  # "the ELN released four soldiers": their force
            if freed is not None:
                actor2 = ev(freed[0], Span.of_tokens(doc, freed[1], freed[2]), 0.4)
        if m.sub_event_type == LOOTING and event_iso and (actor1 is None or actor1.value.kind == "protesters"):
            sent_tokens = list(doccache.sentence(doc, m.head))
            crowd = civilian_looters or any(has_word(sent_tokens, c) for c in ("protest_words", "protesters", "rioters", "crowd"))
            if crowd:  # "metro stations were set on fire as protests spread", "the office, torched by a crowd"
                actor1 = ev(generic_actor("Rioters", 5, "rioters", event_iso), actor1.span if actor1 is not None and actor1.span else m.trigger, 0.4)
            elif actor1 is None:  # "a health post was looted overnight", "arsonists torched three lorries": unknown authors
                actor1 = ev(unknown_armed_group(event_iso), m.trigger, 0.3)
        if m.sub_event_type == "Change to group/activity" and (actor1 is None or is_unidentified(actor1.value.name) or actor1.value.kind in STATE_KINDS) \
                and lays_down_arms(doccache.sentence(doc, m.head)):
            # "60 fighters of the Nyatura group handed in their weapons to the army", "the army received 25 former members of the
            # Dawlah Islamiyah who surrendered": the change is the group's whose fighters lay down their arms
            laying = {a.name: (a, sp) for i, a, sp in history.items if parsed.sentence_index(doc[i].idx) == m.sentence
                      and a.kind in NONSTATE_KINDS and not is_unidentified(a.name) and not pro_government(a)}
            if len(laying) == 1:
                group, group_span = next(iter(laying.values()))
                actor1 = ev(group, group_span, 0.5)
        if m.sub_event_type == "Change to group/activity":
            # "a new armed group calling itself the Tubas Battalion announced its formation": the group it names (also over
            # a reading of the name's own words, "... Brigade" as the army)
            own = self_named_group(doccache.sentence(doc, m.head), event_iso, day)
            if own is not None and (actor1 is None or is_unknown_armed_group(actor1.value.name) or (
                    actor1.span is not None and actor1.span.start < doc[own[2] - 1].idx + len(doc[own[2] - 1]) and doc[own[1]].idx < actor1.span.end)):
                actor1 = ev(own[0], Span.of_tokens(doc, own[1], own[2]), 0.5)
        actor1 = implicit_actor(actor1, m, facts, doc, day, groups)
        actor2 = implicit_actor(actor2, m, facts, doc, day, groups)
        if m.event_type == "Battles" and actor1 is None and event_iso and names_rivals(doccache.sentence(doc, m.head)):
            # "members of two rival cult groups shot at each other": unnamed armed sides, one unidentified group on both
            actor1 = ev(unknown_armed_group(event_iso), m.trigger, 0.3)
        # "clashes between rival armed groups", "two gangs fought", "rival factions of the Arab militias clashed": both
        # sides are the one unnamed or identity group; "Christian and Muslim youths attacked each other's homes": rioters
        # on both sides
        unnamed_identity = actor1 is not None and actor1.value.kind == "identity_militia" and is_unidentified(actor1.value.name)
        both_sides = actor1 is not None and (
            (m.event_type == "Battles" and (is_unknown_armed_group(actor1.value.name) or actor1.value.kind == "identity_militia")
             and (names_rivals(doccache.sentence(doc, m.head)) or plural_sides(doc[m.head])))
            # "tribal fighters clashed near Wabag": an unnamed clan, tribe or community fighting alone names both sides
            or (m.event_type == "Battles" and actor2 is None and unnamed_identity)
            # "nine people were killed in the clashes between herders and farmers": the dead are no side of the fight
            or (m.sub_event_type == "Armed clash" and unnamed_identity and actor2 is not None and actor2.value.kind == "civilians")
            # "rival factions of the SNA clashed", "two factions of FARC dissidents fought": the group on both sides
            or (m.event_type == "Battles" and catalogue.nonstate_armed(actor1.value) and not is_unidentified(actor1.value.name)
                and has_word(list(doccache.sentence(doc, m.head)), "factions") and (names_rivals(doccache.sentence(doc, m.head)) or any(t.lower_ == "two" for t in doccache.sentence(doc, m.head))))
            or (m.sub_event_type == "Agreement" and unnamed_identity and names_rivals(doccache.sentence(doc, m.head)))  # "elders of two clans signed"
            or (m.event_type == "Riots" and actor1.value.kind == "rioters" and (each_other(doccache.sentence(doc, m.head)) or (
                # "supporters of two rival parties fought with sticks": two crowds (eval/WRITERS.md Two crowds)
                names_rivals(doccache.sentence(doc, m.head)) and lemma(doc[m.head]) in W("crowd_fight")) or crowds_fight(doccache.sentence(doc, m.head)))))
        if m.sub_event_type == "Armed clash" and actor1 is not None and actor2 is not None and actor2.value.kind == "civilians":
            # a battle is fought between armed sides: civilians read as the other side are bystanders or a misreading
            # ("the army and the RSF fought in the market, with several civilians hit", "a bus carrying SDF fighters"):
            # the other armed party the sentence names, if any
            armed = [c for c in candidates(m, parsed, event_iso, day, civil, actor1.value, whole=True)
                     if c[2].kind not in CROWD_KINDS and c[2].name != actor1.value.name
                     and not (actor1.span is not None and Span.of_tokens(doc, c[0], c[1]).overlaps(actor1.span))  # (its own words)
                     and not (pro_government(c[2]) and actor1.value.kind in STATE_KINDS)]  # militias fighting beside troops
            if armed:
                a_, b_, other, _ = armed[0]
                actor2 = ev(other, Span.of_tokens(doc, a_, b_), 0.4)
        if both_sides and unnamed_identity and actor2 is not None and is_unknown_armed_group(actor2.value.name):
            actor2 = None  # the unnamed group's own "militias" named again
        if both_sides and (actor2 is None or actor2.value.kind == "civilians" or (
                actor2.span is None or actor2.span == m.trigger) and actor1.value.kind not in STATE_KINDS
                or (m.event_type == "Riots" and actor2.value.kind in STATE_KINDS)):
            # (also over a conventional opponent the text does not name, and over police who only part two crowds:
            # eval/WRITERS.md Two crowds; that reading also outweighs a force another mention of the event names)
            actor2 = dataclasses.replace(actor1, confidence=0.9) if m.event_type == "Riots" else actor1
        elif actor1 and actor2 and actor1.value.name == actor2.value.name and not both_sides:
            # the target named was the attacker under another word ("raped by fighters" after "the RSF captured"; "the
            # bomber"): the sub-event type's conventional target, as when none is named
            actor2 = default_actor2(actor1) if m.sub_event_type not in no_target else None
        if actor1 is None and actor2 is not None and event_iso and default_target.get(m.sub_event_type) == "opponent":
            # "six soldiers died when a patrol was ambushed": the attackers the text leaves unnamed
            other = battle_opponent(actor2.value, event_iso, day)
            if other is not None:
                actor1 = ev(other, m.trigger, 0.3)
        if actor2 is None and actor1 is not None and event_iso and not both_sides and default_target.get(m.sub_event_type) == "opponent":
            # a battle always has two sides: "soldiers repelled an attack on their base", "Russian infantry tried to push
            # into Kindrashivka" — the side the text leaves unnamed (fights.battle_opponent)
            # the other side named in this sentence or the two before ("coalition forces conducted a raid against an
            # al-Shabaab cell. Three al-Shabaab fighters were killed in an exchange of fire"), else the convention
            near = [(a, sp) for i, a, sp in history.items if i < m.end_token and m.sentence - 2 <= parsed.sentence_index(doc[i].idx) <= m.sentence
                    and a.name != actor1.value.name and a.kind != "civilians"
                    and ((a.kind in STATE_KINDS) != (actor1.value.kind in STATE_KINDS))
                    and not (a.kind not in STATE_KINDS and pro_government(a))]
            if near:
                actor2 = Evidence(value=near[-1][0], span=near[-1][1], text=near[-1][1].slice(text), stage=NAME, confidence=0.4)
            else:
                other = battle_opponent(actor1.value, event_iso, day)
                if other is not None:
                    actor2 = ev(other, m.trigger, 0.3)
        if m.event_type in VIOLENT and m.event_type != "Battles" and actor2 is not None and actor2.value.kind in STATE_KINDS and event_iso \
                and official_hit(actor2.span, doc):
            # "the Taliban governor of Balkh was killed by a suicide bomber": officials hit are civilians, whoever appointed
            # them (eval/WRITERS.md Officials as victims)
            actor2 = ev(generic_actor("Civilians", 7, "civilians", event_iso), actor2.span, actor2.confidence)
        if actor2 is not None and actor2.value.kind == "civilians" and event_iso and actor2.value.country == event_iso:
            # civilians named by a nationality are that country's ("gunmen seized an Indian engineer" in Burkina Faso:
            # Civilians (India), eval/WRITERS.md Foreigners), whichever rule named them
            national = foreign_civilians(m, doc, targets, event_iso, actor2.span if actor2.span != m.trigger else None)
            if national is not None:
                actor2 = Evidence(value=generic_actor("Civilians", 7, "civilians", national), span=actor2.span, text=actor2.text, stage=NAME, confidence=actor2.confidence)
        if m.sub_event_type in rules.armed_target_only and actor2 is not None and actor2.value.kind == "civilians":
            actor2 = None  # "police defused a bomb left near a mosque": the mosque was not hit (roles.toml armed_target_only)
        if m.event_type == "Explosions/Remote violence" and actor2 is not None and actor2.value.kind == "civilians" and nothing_hit(m, parsed, actor2.span, targets):
            actor2 = None  # "a rocket landed in an open field; no one was hurt": nothing and no one hit (WRITERS Targets (c))
        place = facts.place.value if facts.place is not None and facts.place.value.iso == event_iso else None
        if event_iso and catalogue.implicit_group("security", event_iso, (place.admin1, place.admin2, place.location) if place else (), day):
            # unnamed "security forces" where the police run that theatre (implicit.tsv "security": India's Maoist belt, Syria
            # from 2024-12-08) are the police; a force the text names keeps its name (eval/WRITERS.md Unnamed "security forces")
            actor1 = crowd_police(actor1, event_iso, day, security_only=True)
            actor2 = crowd_police(actor2, event_iso, day, security_only=True)
        if actor1 is not None and m.event_type not in ("Protests", "Riots") and m.sub_event_type != "Agreement" and not is_generic(actor1.value.name):
            # two forces acting together on one side (eval/WRITERS.md Joint perpetrators): the event country's own army or
            # police leads, whatever the order named ("Wagner fighters and Malian soldiers detained ..."), the ally
            # associated; else the first named leads (a battle's "X and Y clashed" names two sides, not partners)
            for partner, a_, b_, leads in joint_forces(actor1.span, doc, event_iso, day, civil):
                if not leads and actor2 is not None and partner.name == actor2.value.name and not is_generic(partner.name):
                    actor2 = None  # the backer read as the other side ("Wagner-backed Malian troops entered Ber")
                if partner.name == actor1.value.name or (actor2 is not None and partner.name == actor2.value.name) or (
                        m.event_type == "Battles" and actor2 is None) or not (partner.kind in STATE_KINDS or catalogue.nonstate_armed(partner)) \
                        or is_generic(partner.name) or partner.name.startswith("Government of"):
                    continue
                ally = ev(partner, Span.of_tokens(doc, a_, b_), 0.5)
                if leads and own_force(partner, event_iso) and not own_force(actor1.value, event_iso):
                    actor1, assoc1 = ally, actor1
                elif assoc1 is None:
                    assoc1 = ally
                break
        if m.sub_event_type == "Other" and actor1 is None and event_iso and declared_measure(doc, m.start_token, m.end_token, in_sentence=True) is not None:
            # "a curfew was imposed on Jos North", "the district magistrate imposed a curfew", "the state of siege is extended":
            # a state's measure over an area whose author the text leaves unnamed or names by an office is the government's
            # (eval/WRITERS.md "Other": no actor2 for a measure; a named group's own curfew keeps its name)
            actor1, actor2 = ev(state_actor("government", event_iso, event_iso, day), m.trigger, 0.4), None
        if m.event_type == "Battles" and actor1 is not None and actor2 is not None and capital_line(doccache.sentence(doc, m.head)) and (
                actor1.span is not None and actor2.span is not None and actor2.span.end <= actor1.span.start < m.trigger.start):
            # "M23 AND FARDC TRADE FIRE NEAR SAKE", "EIGHT DEAD AS ARMY, SPLA-IO CLASH": a capitals headline the parser
            # cannot read; both sides named before the trigger, the first named leads (eval/WRITERS.md Two-sided fighting)
            actor1, actor2, assoc1, assoc2 = actor2, actor1, assoc2, assoc1
        if m.event_type == "Battles" and actor1 is not None and actor2 is not None and (came_under_attack(actor1.span, doc) or (
                is_reciprocal(doc[m.head]) and attacked_first(actor2.span, doc) and not attacked_first(actor1.span, doc))):
            # "a police patrol came under fire near Bol; the attackers fled", "troops exchanged fire with gunmen who ambushed
            # their patrol" (an exchange the text tells the other side began; not "soldiers killed four jihadists who attacked
            # a patrol", "fought off bandits who attacked the base": the subject's own act): the attacker is actor1
            actor1, actor2, assoc1, assoc2 = actor2, actor1, assoc2, assoc1
        out.append(Roles(mention_id=m.id, actor1=actor1, assoc_actor_1=assoc1, actor2=actor2, assoc_actor_2=assoc2))
    return tuple(out)
