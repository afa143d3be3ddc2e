"""The merge test for a full mention: same sub-type, another sentence, nothing conflicting (actors, roles,
stated places and dates)."""

from __future__ import annotations

from typing import Any, Callable

from ..records import Mention, MentionFacts, Roles
from .cluster import Cluster
from .place_match import place_conflict
from .recall import a_while_later, dated_by_own
from ..syntax import agentless_passive, clause_verb, has_agent
from ..actors.naming import is_unknown_armed_group
from ..catalogue import STATE_INTERS


def merge_test(
    mentions: tuple[Mention, ...], roles: tuple[Roles, ...], facts: list[MentionFacts], parsed: Any = None
) -> Callable[[Cluster, int], bool]:
    def _told_next(cl: Cluster, i: int) -> bool:
        """Is mention ``i`` told in the sentence right after one of the cluster's, in its paragraph, with no place or
        date stated in its own sentence?"""
        if parsed is None:
            return False
        m, f = mentions[i], facts[i]
        sentence = parsed.sentences[m.sentence]
        if any(x is not None and x.span is not None and sentence.contains(x.span) for x in (f.place, f.date)):
            return False
        para = parsed.paragraph_index(sentence.start)
        return any(mentions[j].sentence == m.sentence - 1 and parsed.paragraph_index(mentions[j].trigger.start) == para
                   for j in cl.members)

    def dated(j: int) -> bool:
        return dated_by_own(parsed, mentions[j], facts[j].date)

    def test(cl: Cluster, i: int) -> bool:
        m, r, f = mentions[i], roles[i], facts[i]
        own = [j for j in cl.members if j not in cl.references]
        first = mentions[cl.head]
        if m.sub_event_type != first.sub_event_type:
            return False
        if any(mentions[j].sentence == m.sentence for j in cl.members):
            return False
        if parsed is not None and a_while_later(clause_verb(parsed.doc[m.head])) and any(
                mentions[j].sentence == m.sentence - 1 for j in cl.members):
            # "... killing three. Less than 24 hours later, two men were shot dead": a while after the event just told is
            # another event ("About an hour later, a bomb ... exploded" after the shooting may still be the lead's bomb)
            return False
        names1 = {roles[j].actor1.value.name for j in own if roles[j].actor1}
        names2 = {roles[j].actor2.value.name for j in own if roles[j].actor2}
        sides = names1 | names2 | {x.value.name for j in own for x in (roles[j].assoc_actor_1, roles[j].assoc_actor_2) if x}
        mine = {x.value.name for x in (r.actor1, r.actor2) if x}
        # one operation's detentions told again with its forces named another way ("Afghan and coalition forces detained
        # two Taliban assassination cell members ... The two targeted insurgents were detained after initial questioning"
        # by "the security force"): state or foreign forces on both sides of the merge, or a detention with no doer told
        # (the detained party misread as actor1), are no other arresting force
        arresting = m.sub_event_type == "Arrests" and any(_state(roles[j].actor1) for j in own) and (
            _state(r.actor1) or (parsed is not None and _no_doer(parsed.doc[m.head])))
        if not arresting and not (m.event_type == "Battles" and ((len(mine) == 2 and mine <= names1 | names2) or (mine & sides and _told_next(cl, i)))):
            # a clash's two sides in either order ("Kyrgyz and Tajik border forces exchanged fire" ... "Tajik troops opened
            # fire on its post"), or a side of it told in the next sentence ("CENTCOM forces and Iraqi Security Forces
            # conducted a raid near Ar Rutbah against an ISIS cell. Two ISIS operatives were killed in an exchange of
            # fire"): the same fight, when no place or day sets them apart
            if r.actor1 and names1 and r.actor1.value.name not in names1 and not (
                    is_unknown_armed_group(r.actor1.value.name) or all(is_unknown_armed_group(n) for n in names1)):
                return False  # an attacker the text does not name is no other attacker ("a roadside bomb" ... "a bomb")
            if r.actor1 and r.actor1.value.name in names2:
                return False
            if r.actor2 and r.actor2.value.name in names1:
                return False
        # places and dates stated by any member (a word of the same phrase, a reference) bar a conflicting merge;
        # a place named in the mention's own sentence is stated ("reported from Backa Palanka, where ...")
        def stated_at(j: int) -> bool:
            p = facts[j].place
            return p is not None and (p.confidence >= 0.8 or (
                parsed is not None and p.span is not None and parsed.sentences[mentions[j].sentence].contains(p.span)))

        # a place read from the context of a member (a fallback) counts against a place the mention states
        stated = [facts[j].place for j in cl.members if stated_at(j) or (facts[j].place is not None and facts[j].place.span is not None)]
        if stated_at(i) and any(place_conflict(p.value, f.place.value) for p in stated):
            return False  # "strikes in Syria ... strikes in Iraq"; "in the Odesa region" ... "in Dnipro"
        dates = [facts[j].date for j in cl.members if dated(j)]
        if dated(i) and dates:
            d = f.date.value
            if not any(x.value.overlaps(d) for x in dates):
                return False
        return True

    return test


def _state(actor: Any) -> bool:
    """Is the actor a state's forces, at home or abroad (inter 1 or 8)?"""
    return actor is not None and actor.value.inter in STATE_INTERS


def _no_doer(tok: Any) -> bool:
    """Is the trigger a passive verb with no "by" phrase ("Two suspected insurgents were detained"), or a participle
    describing the people held ("one of several insurgents detained during an operation")?"""
    verb = tok if tok.pos_ == "VERB" else tok.head
    if verb.dep_ == "acl":
        return not has_agent(verb)
    return agentless_passive(verb, marks=("nsubjpass", "auxpass"))
