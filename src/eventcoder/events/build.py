"""Event records from the clusters of ``plan`` (the assemble stage's work)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Mapping

from ..lexicon import subtype
from ..model import Event, Evidence, Place, Span
from ..records import CasualtyReport, Mention, MentionFacts, Roles, Statement, Toponym
from ..actors.naming import generic_actor, is_unknown_armed_group, is_unknown_communal_militia, unknown_armed_group
from ..counting import owner
from .cluster import STAGE
from .cues import cues
from .codebook_type import CRUDE_FIGHT_RETYPED, community_target, crude_fight_told, crowd_looting, event_type_of, riot_of_its_own
from .fields import best_evidence, claims_of, event_facts, named_over_unknown, own_first
from .follow_ups import as_attacked
from .harm import at_care_place
from .merge import merge_test
from .place_match import told_of_trigger
from ..geo.event_place import inside
from .places import abroad, coherent, conjoined_places, decreed_country, not_origin, off_dateline
from .clustering import plan
from .recall import dated_by_own
from .retyping import retype


# strategic developments made at each place a sentence lists
PER_PLACE = frozenset({"Arrests"})


def assemble(
    article_id: str,
    published: dt.date | None,
    mentions: tuple[Mention, ...],
    roles: tuple[Roles, ...],
    facts: list[MentionFacts],
    settings: Mapping[str, Any],
    parsed: Any = None,
    text: str = "",
    headline: set[int] | None = None,
    reports: tuple[CasualtyReport, ...] = (),
    statements: tuple[Statement, ...] = (),
    dateline: Any = None,
    toponyms: tuple[Toponym, ...] = (),
) -> tuple[Event, ...]:
    owners = [owner(r, mentions, parsed) for r in reports] if parsed is not None else []
    named = {t.place.iso for t in toponyms if not t.modifier and not t.dateline}
    background_days = int(settings.get("background_after_days", 10))
    merge = bool(settings.get("merge_across_sentences", True))
    original = mentions
    if parsed is not None:
        mentions = retype(parsed.doc, mentions)  # what clustering and the events see ("captured a leader" is an arrest)
    test = merge_test(mentions, roles, facts, parsed)
    filed = Span(start=dateline.span.start, end=dateline.end) if dateline is not None else None  # the dateline's characters
    clusters = plan(
        mentions, facts, parsed, text, published, headline or set(),
        test if merge else (lambda cl, i: False), background_days=background_days, stage=STAGE,
        dateline=filed, toponyms=toponyms,
    )

    events: list[Event] = []
    copies: set[int] = set()  # events repeated at a listed town
    crowds: dict[str, str] = {}  # event id -> the sub-type of a crowd's own looting (codebook_type.riot_of_its_own)
    for cl in clusters:
        first = mentions[cl.head]
        own = [j for j in cl.members if j not in cl.references]
        members = [mentions[j] for j in sorted(cl.members)]
        f = event_facts(cl, _placed_by_own(cl, mentions, facts, parsed, headline or set(), toponyms), lambda j: dated_by_own(parsed, mentions[j], facts[j].date))
        # actors, like the other fields, come from the event's own mentions; references fill only what they lack
        # or name an unidentified group ("US airstrikes on militia depots" ... "depots used by Kata'ib Hezbollah")
        # a later mention that returns fire tells the sides the other way round ("ISAF forces returned fire"): turned
        sides = {j: roles[j] if j == cl.head or parsed is None else as_attacked(parsed.doc, mentions[j], roles[j]) for j in cl.members}
        actor1, actor2 = (
            own_first([getattr(sides[j], which) for j in own], [getattr(sides[j], which) for j in cl.references if j not in cl.responses])
            for which in ("actor1", "actor2")
        )
        if actor1 is not None and actor2 is not None and actor1.value.name == actor2.value.name and not any(
                r.actor1 is not None and r.actor2 is not None and r.actor1.value.name == r.actor2.value.name for r in (sides[j] for j in cl.members)):
            # one mention's attacker is another's target ("Troops encountered about 15 members of the NPA" with no side
            # named against them, then "Two NPA members were killed"): the other side is the party the mentions name
            # that is not actor1; no mention set the party against itself
            others = [a for r in (sides[j] for j in sorted(cl.members)) for a in (r.actor1, r.actor2) if a is not None and a.value.name != actor1.value.name]
            actor2 = named_over_unknown(best_evidence(others), others) if others else actor2
        assoc1 = next((r.assoc_actor_1 for r in (sides[j] for j in own + cl.references) if r.assoc_actor_1 and actor1 and r.actor1 and r.actor1.value.name == actor1.value.name), None)
        assoc2 = next((r.assoc_actor_2 for r in (sides[j] for j in own + cl.references) if r.assoc_actor_2 and actor2 and r.actor2 and r.actor2.value.name == actor2.value.name), None)
        place = coherent(abroad(not_origin(off_dateline(f.place, toponyms, filed), toponyms, parsed), actor1, actor2, dateline, named, first.sub_event_type), toponyms, parsed)
        if place is not f.place:
            f = dataclasses.replace(f, place=place)
        status = cl.status or first.status
        elsewhere = frozenset(mentions[j].sentence for o in clusters if o is not cl for j in o.members) - {m.sentence for m in members}
        typed = event_type_of(first, original[cl.head], members, actor1, actor2, f.killed, parsed, f.injured, elsewhere)
        if typed is None:
            continue
        event_type, sub_type, plover = typed
        if sub_type == "Other" and actor1 is None and actor2 is None and status.value == "current" and parsed is not None \
                and _only_happened(parsed.doc, first) and any(o is not cl and o.status is not None and o.status.value == "current" for o in clusters):
            # eval/WRITERS.md: "Other" codes a notable act of a named actor; what only happened in a story of other events
            # ("Classes were suspended until further notice", "The 22-year-old died in hospital on Saturday", "The trouble
            # began on Saturday evening") is a consequence or the course of those events, no event of its own
            continue
        if event_type == "Strategic developments" and (decreed := decreed_country(f.place, actor1, parsed, {mentions[j].sentence for j in own})) is not f.place:
            f = dataclasses.replace(f, place=decreed)  # a government's measure told with no place: its country
        if sub_type == "Peaceful protest":
            # eval/WRITERS.md: peaceful protests have no actor2; the force a member of another sub-type named ("The protest
            # was peaceful" after a mention the classifier read as force on the crowd) is not its target
            actor2 = assoc2 = None
        if event_type == "Riots" and actor1 is not None and (actor1.value.kind == "protesters" or is_unknown_armed_group(actor1.value.name)):
            # a crowd that riots is rioters (ACLED), whatever its protest mention named it ("fired tear gas at farmers
            # who hurled paving stones"); so is a mob the actors took for an armed group ("a group of 20 hooded men")
            actor1 = dataclasses.replace(actor1, value=generic_actor("Rioters", 5, "rioters", actor1.value.country))
        if sub_type == "Mob violence" and first.sub_event_type in CRUDE_FIGHT_RETYPED and (actor1 or actor2) is not None \
                and parsed is not None and crude_fight_told(parsed.doc, first, members):
            # a fight read as a battle that is two crowds' (codebook_type.crude_fight: "youths from rival factions fought with
            # machetes"): Rioters on both sides (WRITERS.md Two crowds), for a side named as no one, a plain civilian or an
            # unnamed communal militia ("farmers and herders fought with machetes": WRITERS.md Families and villages vs clans)
            country = (actor1 or actor2).value.country
            actor1, actor2 = (
                Evidence(value=generic_actor("Rioters", 5, "rioters", country), span=None, text="", stage=STAGE, confidence=0.5) if a is None
                else dataclasses.replace(a, value=generic_actor("Rioters", 5, "rioters", a.value.country or country))
                if a.value.kind in ("civilians", "rioters") or is_unknown_armed_group(a.value.name) or is_unknown_communal_militia(a.value.name)
                else a
                for a in (actor1, actor2))
        if sub_type == "Looting/property destruction" and first.event_type == "Riots" and actor1 is not None and actor1.value.kind == "rioters":
            # a riot mention retyped as no crowd's act (codebook_type.arson_by_few: "Unknown people set fire to the door of a
            # church"): its doers were named for a riot; an unnamed author is an Unidentified Armed Group (WRITERS.md)
            actor1 = dataclasses.replace(actor1, value=unknown_armed_group(actor1.value.country))
        sources, seen = [], set()
        for s in f.sources:
            key = (s.value.name, s.span)
            if key not in seen:
                seen.add(key)
                sources.append(s)
        sources.sort(key=lambda s: s.value.kind == "publisher")
        confidence = 0.35 + 0.15 * any(m.specific for m in members)
        confidence += 0.1 * (actor1 is not None) + 0.1 * (f.place is not None and f.place.confidence >= 0.8)
        confidence += 0.1 * (f.date is not None and f.date.span is not None) + 0.1 * (len(members) > 1)
        event = Event(
                id=f"{article_id}:{len(events) + 1}",
                article_id=article_id,
                trigger=Evidence(value=first.sub_event_type, span=first.trigger, text=first.trigger_text, stage="detect", confidence=0.8 if first.specific else 0.5),
                event_type=event_type,
                sub_event_type=sub_type,
                disorder_type=first.disorder_type if event_type == first.event_type else subtype(sub_type).disorder_type,
                plover=plover,
                status=status,
                actor1=actor1,
                assoc_actor_1=assoc1,
                assoc_actor_2=assoc2,
                actor2=actor2,
                place=f.place,
                date=f.date,
                fatalities=f.killed,
                injuries=f.injured,
                sources=tuple(sources),
                mentions=tuple(Span(start=m.trigger.start, end=m.trigger.end) for m in members),
                confidence=round(min(confidence, 1.0), 2),
                claims=claims_of(members, reports, owners, statements, parsed, text) if owners else (),
            )
        events.append(event)
        if sub_type == "Looting/property destruction" and actor1 is not None and actor1.value.kind == "rioters" \
                and parsed is not None and crowd_looting(parsed.doc, first):
            crowds[event.id] = "Mob violence" if community_target(parsed.doc, first) else "Violent demonstration"
        # not a deal or a decree (one, wherever it applies); arrests are made at each place ("arrested 14 members in
        # Malabo and Bata": ACLED codes an Arrests event per location)
        once = event_type == "Strategic developments" and (sub_type not in PER_PLACE or _raided_places(f.place, parsed))
        for other in () if once else conjoined_places(f.place, toponyms, parsed, {mentions[j].sentence for j in own}):
            # the same event at the next town of the phrase; its figures cannot be split, so they stay on the first
            copies.add(len(events))
            events.append(dataclasses.replace(
                event, id=f"{article_id}:{len(events) + 1}", fatalities=None, injuries=None, claims=(),
                place=Evidence(value=other.place, span=other.span, text=other.text, stage=STAGE, confidence=f.place.confidence),
            ))
    typed = [riot_of_its_own(e, events, crowds.get(e.id)) for e in events]
    if any(e is None for e in typed):  # a crowd's damage at the town and day of a riot is part of it
        copies = {n - sum(e is None for e in typed[:n]) for n in copies if typed[n] is not None}
        events = [dataclasses.replace(e, id=f"{article_id}:{n + 1}") for n, e in enumerate(e for e in typed if e is not None)]
    else:
        events = typed
    return _told_there(events, copies, article_id)


def _only_happened(doc: Any, m: Mention) -> bool:
    """Does the trigger's clause tell what happened, no one's act: a death or an onset ("died in hospital", "The trouble
    began"), or a passive with no doer ("Classes were suspended")? Not "The state government suspended phone services"."""
    c = cues()
    verb = doc[m.head]
    if verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.lemma_.lower() in c.death_verbs | c.onset_verbs:
        return True
    return not any(ch.dep_ in ("nsubj", "agent") for ch in verb.children)


def _raided_places(place: Evidence[Place] | None, parsed: Any) -> bool:
    """Are the event's towns those of a raid ("arrested 12 men in raids on homes in Larnaca and Nicosia", "raided six homes
    in Anderlecht and Molenbeek", "in raids in Machala and the nearby town of Pasaje")? One operation across the towns it
    swept: one Arrests event, at the first (not "arrested four suspects in Padang and Bukittinggi": an arrest at each)."""
    if place is None or place.span is None or parsed is None:
        return False
    span = parsed.doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    if span is None:
        return False
    raids = cues().raids
    prep = None
    for node in span.root.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            if node.lemma_.lower() in raids:
                return True  # "police raided six homes in Anderlecht and Molenbeek and arrested four people"
            # the parser may hang the towns on the verb, right after its "in raids" ("arrested four suspects in raids in
            # Machala and the nearby town of Pasaje")
            return prep is not None and any(
                p.dep_ == "prep" and p.right_edge.i == prep.i - 1 and any(o.dep_ == "pobj" and o.lemma_.lower() in raids for o in p.children)
                for p in node.subtree)
        if node.pos_ == "NOUN" and node.lemma_.lower() in raids:
            return True
        prep = node if node.dep_ == "prep" else prep
    return False


def _placed_by_own(cl: Any, mentions: tuple[Mention, ...], facts: list[MentionFacts], parsed: Any,
                   headline: set[int] = frozenset(), toponyms: tuple[Toponym, ...] = ()) -> list[MentionFacts]:
    """The facts with the place of a reference left out when its sentence names it for another clause ("Two policemen were
    martyred ...; the attackers fled towards Kifri": where they fled is no place of the attack the toll is part of); and
    a headline's place left out when the body states the event's place and the headline's is not inside it (a headline
    that sums up several events, "Three Maoists killed in Odisha gunfight; vehicles torched near Koraput", hangs one's town
    on another: the body's "in a forest in Odisha's Kandhamal district" places the gunfight)."""
    if parsed is None:
        return facts
    out = list(facts)
    for j in cl.references:
        p = facts[j].place
        # (nor is the hospital people were taken to: "died ... at the Chattogram Medical College Hospital")
        if p is not None and p.span is not None and parsed.sentences[mentions[j].sentence].contains(p.span) \
                and (not told_of_trigger(parsed.doc, mentions[j].head, p.span) or at_care_place(parsed.doc, p.span.start, cues())):
            out[j] = dataclasses.replace(facts[j], place=None)
    if headline:
        heads = {j for j in cl.members if mentions[j].sentence in headline}
        body = [out[j].place for j in cl.members if j not in heads and out[j].place is not None and out[j].place.confidence >= 0.8
                and out[j].place.span is not None and parsed.sentence_index(out[j].place.span.start) not in headline]
        if heads and body:
            by_span = {(t.span.start, t.span.end): t for t in toponyms}
            units = [by_span.get((b.span.start, b.span.end)) for b in body]
            for j in heads:
                p = out[j].place
                if p is None or p.span is None or parsed.sentence_index(p.span.start) not in headline:
                    continue
                if not any(p.value.iso == b.value.iso and (p.value.location == b.value.location or (u is not None and inside(p.value, u)))
                           for b, u in zip(body, units)):
                    out[j] = dataclasses.replace(out[j], place=None)
    return out


def _told_there(events: list[Event], copies: set[int], article_id: str) -> tuple[Event, ...]:
    """Drop a repeat at a listed town that the story tells as an event of its own ("Russian drones struck Sumy and
    Kharkiv overnight. In Kharkiv, a drone hit an apartment block"): one record per place, the one with its own
    mentions and figures. Ids are numbered again."""

    def same(a: Event, b: Event) -> bool:
        return a.sub_event_type == b.sub_event_type and a.status.value == b.status.value and a.place is not None \
            and b.place is not None and a.place.value.iso == b.place.value.iso and a.place.value.location == b.place.value.location \
            and (a.date is None or b.date is None or a.date.value.overlaps(b.date.value))

    kept = [e for k, e in enumerate(events)
            if k not in copies or not any(same(e, o) for n, o in enumerate(events) if n not in copies)]
    if len(kept) == len(events):
        return tuple(events)
    return tuple(dataclasses.replace(e, id=f"{article_id}:{n + 1}") for n, e in enumerate(kept))
