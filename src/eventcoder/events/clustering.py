"""The clustering of an article's mentions into events, each with its status (rules in the package docstring)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Sequence

from ..model import Evidence, Span
from ..syntax import returns_fire
from ..records import Mention, MentionFacts, Toponym
from .aggregates import continues_a_tally, is_aggregate, permitted, is_profile, target_record, is_progress, kind_after, kind_of, present_state, regional_tally
from .cluster import Cluster
from .cues import cues, first_match
from .follow_ups import fought_the_attackers, freed_of_those_told, may_host, part_followed, released_from
from .hosts import arresting_raid, fought_on, host_of, in_violent_context, used_weapon, when_of
from .mentions import among_the_toll, day_possessed, describes_people, first_noun, is_bare_generic, is_predicative, is_quoted, is_reference, make_evidence, told_by_subject, trigger_words, wave_onset
from .not_events import coded_elsewhere, death_notice, states_a_figure, grievance, handles_the_dead, sets_off, names_people_or_kit, weapon_of_a_role, is_blaze, is_capability, is_document, is_medium_or_description, work_stoppage, fired_in_the_air, gathered_things, held_accused, taken_for_care, accused_of
from .place_match import place_conflict, reference_conflict, stated_place, told_of_trigger
from .protests import one_protest_per_place_and_day
from .summaries import item_headings, summary_sentences
from .recall import claim_retold, dates_its_day, dates_trigger, recall_status, since_cue
from .references import both_violent, compatible_reference, lexicon_word
from .retyping import armed_people
from .harm import casualty_of, crossfire_of
from .movements import answers, forces_post, movement_of, operation_frame, presence_only
from .parts import arrests_in_the_act, crowd_left, part_of, removal_of, weapon_of_the_fight
from .lead_up import attempted_gathering, crowd_lead_up, perfect_participle_of, retold


def _killing(doc: Any, m: Mention) -> bool:
    from .codebook_type import killing_word  # imported late: codebook_type reads classify, which reads this package

    return killing_word(doc, m)


def _toll_of(doc: Any, m: Mention, killing: Mention) -> bool:
    """Is the trigger the verb of a "when"/"as" clause hanging on a killing verb that holds the ``killing`` mention (the
    verb itself, or a victim it tells of: "Five people, among them a boy shot as he herded goats, were killed when members
    of two clans fought with rifles")? The clause tells the event; the killing its toll."""
    tok = doc[m.head]
    if tok.pos_ != "VERB":
        return False
    main = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if main is None or not when_of(tok, main) or not _killing_verb(main):
        return False
    return main.left_edge.i <= doc[killing.head].i <= main.right_edge.i and not tok.left_edge.i <= doc[killing.head].i <= tok.right_edge.i


def _killing_verb(tok: Any) -> bool:
    """A verb of killing, wounding or shooting people ("were killed", "were shot dead")."""
    from ..classify.armed_acts import HARM_VERBS  # imported late, as ``_killing``
    from ..classify.decide import CASUALTY_CUES

    return bool({tok.lemma_.lower(), tok.lower_} & (CASUALTY_CUES | HARM_VERBS))


def plan(
    mentions: Sequence[Mention],
    facts: Sequence[MentionFacts],
    parsed: Any,
    text: str,
    published: dt.date | None,
    headline: set[int],
    compatible: Any,
    background_days: int = 10,
    stage: str = "assemble",
    dateline: Span | None = None,
    toponyms: Sequence[Toponym] = (),
) -> list[Cluster]:
    """Cluster mentions into events and give each its status. ``mentions`` are those of ``retype``.

    ``compatible(cluster, index)`` is the caller's merge test for a non-reference mention (rule 3). A trigger
    inside the ``dateline`` ("CAMP LUKBAN, Catbalogan City –", "FORWARD OPERATING BASE SALERNO, Afghanistan –")
    names where the story was filed, never an event."""
    c = cues()
    doc = parsed.doc
    summary = summary_sentences(parsed, text) - set(headline)
    lead_found = any(m.sentence in summary for m in mentions)  # key points tell the news: no body recall is the lead
    # an item's heading retells its item's event, as a key-points bullet does ("Chaguanas: Man shot dead outside bar")
    summary |= item_headings(parsed, text) - set(headline)
    headline = set(headline) | summary  # a report's key points retell the body's events, as a headline does
    clusters: list[Cluster] = []
    body = [i for i, m in enumerate(mentions) if m.sentence not in headline]
    heads = [i for i, m in enumerate(mentions) if m.sentence in headline]

    def retold_by_bullet(i: int, cl: Cluster) -> bool:
        """May a key-points bullet retell this body event? Only a current violent one, or protest or riot, whose
        stated days overlap the bullet's: a report told only in bullets ("KEY DEVELOPMENTS\n• 7 November, Maputo:
        ... Police fired tear gas") keeps its events, whatever its context paragraphs recall."""
        m, head = mentions[i], mentions[cl.head]
        told = both_violent(m, head, c) or (m.event_type == head.event_type and m.event_type in c.lead_up_types)
        if cl.status is None or cl.status.value != "current" or not told:
            return False
        own = facts[i].date
        if own is None or own.span is None or not parsed.sentences[m.sentence].contains(own.span):
            return True
        days = [facts[j].date.value for j in cl.members if facts[j].date is not None and facts[j].date.span is not None
                and parsed.sentences[mentions[j].sentence].contains(facts[j].date.span)]
        return not days or any(d.overlaps(own.value) for d in days)
    status: dict[int, Evidence[str]] = {}
    forward: list[int] = []  # references told before the event they name
    tallied: set[int] = set()  # sentences with a mention dropped as a tally
    # a story of strikes that hit: its air defences' count over one region is a tally (``regional_tally``)
    strikes = {k for k, m in enumerate(mentions) if m.event_type == "Explosions/Remote violence"}
    for i in body + heads:
        m = mentions[i]
        if dateline is not None and dateline.start <= m.trigger.start < dateline.end:
            continue
        if sets_off(doc, m):
            continue  # "The march had set off from the roundabout": people leaving, nothing a protest could be typed by
        sentence_text = parsed.sentences[m.sentence].slice(text)
        in_headline = m.sentence in headline
        quoted = is_quoted(parsed, text, m)
        follow_up = None if in_headline else part_followed(doc, parsed, m, facts[i], mentions, facts, c)
        predicative = not in_headline and is_predicative(doc, m, c)
        # "Two women and a child were among the dead": who the victims of a toll told before were, never an event
        toll_told = not in_headline and among_the_toll(doc[m.head], c)
        loose = quoted or follow_up is not None or predicative or toll_told  # any violent antecedent will do
        # "if the strikes continued": a possible future event, not a reference to the reported one
        reference = in_headline or loose or is_reference(doc, m, c) or is_bare_generic(m, facts[i], parsed.sentences[m.sentence]) \
            or describes_people(doc, m, c)
        # "The victims were killed with machetes": people told before tell their event again, on its day if dated
        subject_told = not reference and told_by_subject(doc, m, c)
        reference = (reference or subject_told) and m.status.value not in ("hypothetical", "threat")
        # a reference dated in its own clause tells an event of that day: "The gunmen returned on Wednesday and killed two
        # herders" is no part of Monday's killing (two days, two events), "The victims were killed with machetes" is
        # (not an agreement's: "agreed on Wednesday to a ceasefire, with the truce to start on Sunday")
        own_day = facts[i].date if reference and not in_headline and not loose and m.event_type != "Strategic developments" \
            and facts[i].date is not None and facts[i].date.span is not None and parsed.sentences[m.sentence].contains(facts[i].date.span) \
            and (dates_trigger(doc, m, facts[i].date.span) if subject_told else dates_its_day(doc, m, facts[i].date.span)) else None
        raid = None if in_headline else arresting_raid(doc, m, i, mentions, clusters, c, parsed, facts[i])
        if raid is not None:
            raid.members.append(i)
            raid.head = i  # the arrest is the event; the raid is how it was made
            continue
        freed = [] if in_headline else released_from(doc, parsed, m, facts[i], mentions, facts, c)
        if (detention := next((cl for k in freed for cl in clusters if k in cl.members), None)) is not None:
            detention.members.append(i)  # "of whom 37 were released": the end of the detention, no event of its own
            detention.references.append(i)
            continue
        if not in_headline and freed_of_those_told(doc, m, c):
            continue  # "Two of them were later released": the end of a detention told before, whether or not it was caught
        hurt = None if in_headline else (casualty_of(doc, m, i, mentions, facts, clusters, c)
                                         or crossfire_of(parsed, m, i, mentions, facts, clusters, c) or movement_of(doc, m, i, mentions, facts, clusters, c)
                                         or part_of(parsed, m, i, mentions, facts, clusters, c)
                                         or weapon_of_the_fight(parsed, m, i, mentions, facts, clusters, c)
                                         or arrests_in_the_act(parsed, m, i, mentions, facts, clusters, c)
                                         or removal_of(parsed, m, i, mentions, facts, clusters, c)
                                         or crowd_lead_up(doc, parsed, m, i, mentions, facts, clusters, c)
                                         or attempted_gathering(doc, parsed, m, i, mentions, facts, clusters, c)
                                         or retold(doc, parsed, m, i, mentions, facts, clusters, c)
                                         or perfect_participle_of(doc, m, i, mentions, clusters))
        if hurt is not None:  # "died in hospital of injuries caused by a blast", "troops pulled back", "recovered two rifles"
            hurt.members.append(i)
            hurt.references.append(i)
            if forces_post(doc, m, c) or answers(doc, m, c) or crowd_left(doc, m, c):
                hurt.responses.append(i)  # (the crowd's leaving names no side: "the herders left peacefully")
            continue
        host = None if in_headline else host_of(doc, m, i, mentions, clusters, facts)
        if host is not None:
            host.members.append(i)
            host.references.append(i)
            if m.event_type in c.violent_types and doc[m.head].pos_ == "NOUN" and mentions[host.head].sentence == m.sentence \
                    and doc[mentions[host.head].head].pos_ == "VERB" and _killing(doc, mentions[host.head]) \
                    and doc[m.head].lemma_.lower() not in c.generic:
                host.head = i  # "were killed in the exchange of fire": the noun says what the killing was; "killed two
                # herders ... in a raid" says no more than the killing
            elif m.event_type in c.violent_types and mentions[host.head].sentence == m.sentence and _killing(doc, mentions[host.head]) \
                    and not _killing(doc, m) and _toll_of(doc, m, mentions[host.head]):
                # "Four people were killed on Monday when members of two tribes fought with rifles": the clause says what
                # the event was and who did it; the killing is its toll
                host.references.remove(i)
                host.references.append(host.head)
                host.head = i
            elif m.event_type == "Explosions/Remote violence" and mentions[host.head].event_type != m.event_type \
                    and used_weapon(doc, m, mentions[host.head]):
                host.head = i  # "attacked the police station with explosives dropped from drones": the weapon names it
            elif fought_on(m, mentions[host.head], doc):
                host.references.remove(i)  # "raided cattle camps and fought the camps' armed herders": a fight, its sides
                host.head = i  # and toll the event's own
            continue
        if reference:
            noun = doc[m.head].lemma_.lower()
            here = stated_place(facts[i])
            if here is not None and facts[i].place.span is not None and not told_of_trigger(doc, m.head, facts[i].place.span):
                here = None  # "The protesters had gathered to demand ... aid into Gaza"
            if in_headline:
                pool = sorted(clusters, key=lambda cl: min(cl.members))
            else:
                earlier = [cl for cl in clusters if any(j < i for j in cl.members)]
                pool = sorted(earlier, key=lambda cl: max(j for j in cl.members if j < i), reverse=True)
            # a reference dated well before the news ("The protests began ... in November 2024") is no current event's
            f = facts[i]
            old = f.date is not None and f.date.span is not None and published is not None \
                and parsed.sentences[m.sentence].contains(f.date.span) and f.date.value.latest < published - dt.timedelta(days=background_days)
            # "Residents said the gunmen had used heavy machine guns and drones": the doers told before, whatever the
            # word was typed, tell their violent event again
            doers = doc[m.head].pos_ == "NOUN" and armed_people(doc[m.head])
            fitting = [
                cl for cl in pool
                if (compatible_reference(m, mentions[cl.head], c, noun) or ((loose or doers) and both_violent(m, mentions[cl.head], c))
                    # "... and detained 37 people. ... beaten during the arrests": the part of the event told (an arrest at
                    # the rally), whatever type its head is
                    or (not in_headline and any(mentions[j].sub_event_type == m.sub_event_type for j in cl.members))
                    or (follow_up is not None and (may_host(mentions[cl.head], c, m) or follow_up in cl.members)))
                and not any(reference_conflict(here, stated_place(facts[j])) for j in cl.members)
                and not (old and cl.status is not None and cl.status.value == "current")
                and (m.sentence not in summary or retold_by_bullet(i, cl))
                and (own_day is None or any(mentions[j].sentence == m.sentence for j in cl.members)
                     or any(facts[j].date is not None and facts[j].date.value.overlaps(own_day.value) for j in cl.members))
            ]
            words = trigger_words(doc, m)
            # a follow-up is part of the event it follows; else the latest event whose triggers share a word with this
            # one ("rockets hit" ... "the rocket attack"), else of the same sub-type, else of the same type, else any
            # the noun may refer to
            target = next((cl for cl in fitting if follow_up in cl.members), None)
            for tier in () if target is not None else (
                [cl for cl in fitting if any(words & trigger_words(doc, mentions[j]) for j in cl.members)],
                [cl for cl in fitting if mentions[cl.head].sub_event_type == m.sub_event_type],
                [cl for cl in fitting if mentions[cl.head].event_type == m.event_type],
                fitting,
            ):
                if tier:
                    target = next((cl for cl in tier if any(words & trigger_words(doc, mentions[j]) for j in cl.members)), tier[0])
                    break
            if target is None and in_headline and m.sentence not in summary:
                # a headline sums up the body: a headline word the classifier typed unlike any body event ("Curfew in
                # Birgunj after stones thrown", "Mostar derby marred by fan violence; 21 detained") is the body's lead
                # event, the first current one not placed elsewhere
                # (the headline's own place counts even when another clause of it names it: "Cadres storm Kasama radio
                # station; six arrested" sums up no march in Lusaka)
                scene = here or stated_place(facts[i])
                target = next((cl for cl in pool if cl.status is not None and cl.status.value == "current"
                               and not any(place_conflict(scene, stated_place(facts[j]) or _told_place(parsed, mentions[j], facts[j]))
                                           for j in cl.members)), None)
                if target is not None and m.event_type in c.violence_types and lexicon_word(doc[m.head].lemma_.lower(), m.sub_event_type) \
                        and mentions[target.head].sub_event_type == "Other":
                    target.head = i  # "Teacher kidnapped in Ndop" names what the body's "gunmen took a teacher" ("Other") was
            if target is None and here is None and not in_headline and wave_onset(doc, m, c) \
                    and any(mentions[cl.head].event_type in c.lead_up_types for cl in pool):
                continue  # "The protests began on Monday": the start of the wave told, no crowd of that day told
            if target is None and toll_told:
                continue
            if target is None and not in_headline and not pool and day_possessed(first_noun(doc, m)):
                forward.append(i)  # "One of the people wounded in Saturday's fighting ... died": told in full later
            if target is not None:
                target.members.append(i)
                target.references.append(i)
                if m.event_type in c.violence_types and (
                        (predicative and m.status.value != "negated") or (m.specific and not mentions[target.head].specific and not loose)):
                    target.head = i  # the specific word says what the generic one ("struck") was; "it was a suicide attack" too
                elif follow_up is not None and m.sub_event_type == "Armed clash" and mentions[target.head].sub_event_type == "Attack" \
                        and (fought_the_attackers(doc, m, c) or returns_fire(doc[m.head])):
                    target.head = i  # "came under attack ... the escort exchanged fire with the assailants": a clash,
                    target.references.remove(i)  # its sides and toll the event's own
                continue
        if is_aggregate(doc, m, facts[i], sentence_text, c) or (not in_headline and continues_a_tally(doc, parsed, m, facts[i], tallied)) \
                or (bool(strikes - {i}) and regional_tally(doc, m, c)):
            tallied.add(m.sentence)  # "... neutralised 87 terrorists, arrested 142 suspects. Troops also recovered 96 weapons"
            continue
        current_told = any(cl.status is not None and cl.status.value == "current" for cl in clusters)  # a current event told before
        if is_capability(doc, m, c) or is_medium_or_description(doc, m, c) \
                or kind_of(doc, m, c, facts[i], sentence_text) or permitted(doc, m, c) or is_profile(doc, m, c) or (not in_headline and target_record(doc, m, c)) or is_progress(doc, m, c) or is_blaze(doc, m, c) or is_document(doc, m, c) or names_people_or_kit(doc, m, c) or weapon_of_a_role(doc, m, c) or death_notice(doc, m, c) or (states_a_figure(doc, m, c) and current_told) or handles_the_dead(doc, m, c) or grievance(doc, m, c) or held_accused(doc, m, c) or accused_of(doc, m, c) or taken_for_care(doc, m, c) or (not in_headline and (present_state(doc, parsed, m, facts[i]) or kind_after(doc, parsed, m, facts[i]))):
            continue
        if not in_headline and current_told and claim_retold(parsed, m, facts[i]):
            continue  # "The RSF said its forces had been pursuing army-allied fighters in the area": the story's acts claimed
        if presence_only(doc, m, c) or operation_frame(doc, m, c) or work_stoppage(doc, m, c) or gathered_things(doc, m, c) or coded_elsewhere(doc, m, c) \
                or (m.sub_event_type in c.warning_shot_types and fired_in_the_air(doc, m, c)
                                                 and any(o.sentence == m.sentence and o is not m for o in mentions)):
            continue  # "Troops patrolled the town centre", "Calm had returned"; "Transport unions stopped work in protest"
        if m.sub_event_type in c.byproduct and in_violent_context(doc, m, mentions, c):
            continue  # "attacked a police station and seized weapons": the seizure is part of the attack
        local = m.status
        if local.value == "background":
            local = dataclasses.replace(local, value="current")
        if local.value == "current":
            recalled, unless_lead = recall_status(m, facts[i], parsed, text, published, background_days, stage, c)
            if recalled is None and unless_lead is not None and lead_found and not in_headline:
                recalled = unless_lead
            if recalled is None and (later := first_match(c.later, sentence_text)) is not None:
                # "... declared a state of emergency days later": as recalled as the event it follows
                # (not an event only named as the start of a period: "since the truce took effect")
                before = [cl for cl in clusters if any(j < i for j in cl.members) and since_cue(doc, mentions[cl.head]) is None]
                prev = max(before, key=lambda cl: max(j for j in cl.members if j < i), default=None)
                if prev is not None and prev.status is not None and prev.status.value == "background":
                    start = parsed.sentences[m.sentence].start
                    recalled = make_evidence("background", Span(start=start + later.start(), end=start + later.end()), text, stage, 0.6)
            if recalled is not None:
                local = recalled
            elif not in_headline:
                lead_found = True
        status[i] = local
        target = next(
            (cl for cl in clusters if i not in cl.references and cl.status is not None and cl.status.value == local.value and compatible(cl, i)),
            None,
        )
        if target is not None:
            target.members.append(i)
            continue
        clusters.append(Cluster(head=i, members=[i], references=[], status=local))
    clusters = _told_later(clusters, forward, mentions, facts, doc, c)
    clusters = _fights_going_on(clusters, mentions, facts, parsed, c)
    clusters.sort(key=lambda cl: min(cl.members))
    return one_protest_per_place_and_day(clusters, mentions, facts, headline, doc, parsed, toponyms)


def _told_later(clusters: list[Cluster], forward: list[int], mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                doc: Any, c: Any) -> list[Cluster]:
    """An event named by its day before the story tells it ("One of the people wounded in Saturday's fighting between
    two villages ... died", then "Herders and farmers from the two villages fought with machetes") is the event told
    later: the first later current event of a type the noun may name, on an overlapping day, at no other stated place,
    takes the mention's cluster in."""
    for i in forward:
        own = next((cl for cl in clusters if cl.head == i), None)
        if own is None or own.status is None or own.status.value != "current" or any(j != i and j not in own.references for j in own.members):
            continue
        day = facts[i].date
        noun = doc[mentions[i].head].lemma_.lower()
        here = stated_place(facts[i])
        later = sorted((cl for cl in clusters if cl is not own and min(cl.members) > i and cl.status is not None
                        and cl.status.value == "current"), key=lambda cl: min(cl.members))
        target = next((cl for cl in later
                       if (compatible_reference(mentions[i], mentions[cl.head], c, noun) or both_violent(mentions[i], mentions[cl.head], c))
                       and not any(reference_conflict(here, stated_place(facts[j])) for j in cl.members)
                       and day is not None and any(facts[j].date is not None and facts[j].date.value.overlaps(day.value) for j in cl.members)),
                      None)
        if target is None:
            continue
        clusters = _absorb(clusters, own, into=target)
    return clusters


def _absorb(clusters: list[Cluster], own: Cluster, into: Cluster) -> list[Cluster]:
    """``own``'s mentions become references of ``into`` (the same event told again); the clusters without ``own``."""
    into.members.extend(own.members)
    into.references.extend(own.members)
    return [cl for cl in clusters if cl is not own]


GOING_ON_DAYS = 2  # a fight told as going on is the story's fight at its place within this many days of it


def _going_on(doc: Any, m: Mention, c: Any) -> bool:
    """Is a fight told as going on, not as a fight of its own: a fight noun the subject of an onset or course verb ("fighting
    between the army and ethnic Kachin rebels continued around the town of Bhamo"), or a fight verb lasting "for a second
    day" ("M23 rebels and the Congolese army fought for a second day around Sake")? (discourse.toml [anaphora] going_on)"""
    tok = doc[m.head]
    if tok.dep_ == "nsubj" and tok.pos_ in ("NOUN", "VERB"):  # (a gerund: "fighting ... continued")
        verb = tok.head
        particles = [ch.lower_ for ch in verb.children if ch.dep_ == "prt"]
        return verb.lemma_.lower() in c.onset_verbs or any(f"{verb.lemma_.lower()} {p}" in c.onset_verbs for p in particles)
    if tok.pos_ != "VERB":
        return False
    return any(first_match(c.going_on, doc[ch.left_edge.i : ch.right_edge.i + 1].text) is not None
               for ch in tok.children if ch.dep_ in ("prep", "npadvmod"))


def _fights_going_on(clusters: list[Cluster], mentions: Sequence[Mention], facts: Sequence[MentionFacts], parsed: Any,
                     c: Any) -> list[Cluster]:
    """A fight told only as going on (``_going_on``), at a stated place, is the story's other current fight at that place
    (within ``NEAR_KM``) and within ``GOING_ON_DAYS`` of it: the lead's "as M23 rebels and the army fought for a second day
    around Sake" is the body's "the M23 attacked army positions on the hills around Sake on Tuesday", not a second fight."""
    doc = parsed.doc
    for own in list(clusters):
        i = own.head
        m = mentions[i]
        if m.event_type != "Battles" or own.status is None or own.status.value != "current" \
                or any(j != i and j not in own.references for j in own.members) or not _going_on(doc, m, c):
            continue
        here = stated_place(facts[i]) or _told_place(parsed, m, facts[i])
        day = facts[i].date
        if here is None:
            continue
        fights = [cl for cl in clusters if cl is not own and cl.status is not None and cl.status.value == "current"
                  and mentions[cl.head].event_type == "Battles"
                  and any((p := stated_place(facts[j])) is not None and not reference_conflict(here, p) for j in cl.members)
                  and (day is None or any(facts[j].date is not None and abs((facts[j].date.value.earliest - day.value.earliest).days) <= GOING_ON_DAYS
                                          for j in cl.members))]
        if not fights:
            continue
        target = min(fights, key=lambda cl: abs(cl.head - i))
        clusters = _absorb(clusters, own, into=target)
    return clusters


def _told_place(parsed: Any, m: Mention, f: MentionFacts) -> Any | None:
    """The place a mention's own sentence names for it, however sure the geocoder was ("marched through central
    Lusaka"), else None."""
    return f.place.value if f.place is not None and f.place.span is not None and parsed.sentences[m.sentence].contains(f.place.span) else None
