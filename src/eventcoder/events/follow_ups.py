"""A mention told in a later sentence that is part of an earlier event ("Four children were abducted.",
"Police used tear gas.", "The settlers also set fire to two cars")."""

from __future__ import annotations

import dataclasses
from typing import Any, Sequence

from .. import doccache
from ..model import Span
from ..records import Mention, MentionFacts, Roles
from ..syntax import agentless_passive, has_agent, misread_participle, returns_fire, verb_over
from ..resources import word_lists
from .cues import Cues
from .mentions import of_those_told
from .place_match import place_conflict, same_place, stated_place, told_of_trigger
from .protests import PROTEST_SEVERITY
from .recall import a_while_later
from .retyping import armed_people


def part_followed(doc: Any, parsed: Any, m: Mention, f: MentionFacts, mentions: Sequence[Mention], facts: Sequence[MentionFacts], c: Cues) -> int | None:
    """A passive trigger without agent, place or date of its own after a violent event of its paragraph or the
    paragraph before ("... attacked cattle camps near Bor, killing six herders. Four children were abducted.";
    "The coalition said two marchers had been killed."; shops "had been looted" after a riot), one that the
    actors already named "also" did ("The settlers also set fire to two cars"), or force used on the crowd of a
    protest or riot just told in its paragraph ("... pelted police with stones. Police used tear gas."): part of
    that event, told in a sentence of its own. Returns the mention it follows (the event it is part of), or None."""
    tok = doc[m.head]
    if tok.pos_ != "VERB" and tok.dep_ == "dobj" and m.start_token <= tok.head.i < m.end_token:
        tok = tok.head  # "set fire to"
    elif tok.pos_ != "VERB" and tok.dep_ == "pobj" and m.start_token <= tok.head.head.i < m.end_token and tok.head.head.pos_ == "VERB":
        tok = tok.head.head  # "22 people were taken into custody": the verb of the phrase trigger
    if tok.pos_ in ("NOUN", "PROPN") and m.sub_event_type in FOLLOW_PARTS:
        tok = _passive_of(tok) or tok  # "Two pistols and 40 rounds of ammunition were recovered"
    elif tok.pos_ in ("NOUN", "PROPN"):
        tok = verb_over(tok, ("dobj",)) or tok  # "threw petrol bombs through the windows": what the thrower did
    if not (may_host(m, c) or m.sub_event_type in FOLLOW_PARTS or m.sub_event_type == "Arrests") or m.sentence == 0:
        return None
    if (k := _taken_told(doc, parsed, tok, m, f, mentions, facts, c)) is not None:
        return k
    sentence = parsed.sentences[m.sentence]
    hosts = sorted((k for k, o in enumerate(mentions) if o.sentence < m.sentence and may_host(o, c, m)), key=lambda k: (mentions[k].sentence, -k))
    if not hosts:
        return None
    if m.sub_event_type == "Protest with intervention" and (k := _crowd_before(parsed, m, f, mentions, facts, hosts)) is not None:
        return k
    if tok.pos_ != "VERB":
        return None
    k = hosts[-1]
    # a place or date of its own is allowed only when it is the host's ("... fired tear gas at protesters in
    # Nairobi on Thursday. ... Amnesty said one protester was shot dead in Nairobi"); the host may then be further back
    # (not a place of another clause of the sentence: "One soldier was martyred ...; the attackers fled towards the Hamrin
    # hills")
    placed = f.place is not None and f.place.span is not None and sentence.contains(f.place.span) \
        and told_of_trigger(doc, m.head, f.place.span)
    if placed:
        mine = stated_place(f)
        # the host's town, or the region the host was placed in ("in Kaduna state" ... "stormed Kauru village")
        same = [j for j in hosts if mine is not None and (theirs := stated_place(facts[j])) is not None
                and (same_place(mine, theirs) or (theirs.geo_precision == 3 and mine.geo_precision < 3 and not place_conflict(mine, theirs)))]
        if not same:
            return None
        k = same[-1]
    if f.date is not None and f.date.span is not None and sentence.contains(f.date.span):
        theirs = facts[k].date
        if theirs is None or not f.date.value.overlaps(theirs.value):
            return None
    host = parsed.sentences[mentions[k].sentence]
    if not placed and parsed.paragraph_index(sentence.start) - parsed.paragraph_index(host.start) > 1:
        return None
    if a_while_later(tok):
        return None  # "Less than 24 hours later, two men were shot dead on Kraal Road": a time of its own, another event
    passive = agentless_passive(tok)
    if m.sub_event_type == "Arrests":
        return k if passive else None  # "27 people have been detained at Colomi": the protest's toll; "police arrested 19" is an event
    return k if passive or _also_by_them(tok, c) or _named_before(doc, tok, host, c) or _the_attackers(tok, c) \
        or fought_the_attackers(doc, m, c) or returns_fire(tok) else None


# people taken: held by a force or by armed men (ACLED's arrests and abductions)
TAKINGS = frozenset({"Arrests", "Abduction/forced disappearance"})


def _taken_told(doc: Any, parsed: Any, tok: Any, m: Mention, f: MentionFacts, mentions: Sequence[Mention],
                facts: Sequence[MentionFacts], c: Cues) -> int | None:
    """The arrest or abduction told before in its paragraph or the one before that an agentless passive taking of the
    same people tells again ("Police detained four opposition officials in Bo on Sunday. The four were taken from a party
    meeting at a private house"; "They were held at ..."): the subject is a told-back group ("The four", "the men",
    "they"), and the sentence states no other day or place. How they were taken, no second event."""
    if m.sub_event_type not in TAKINGS or tok.pos_ != "VERB" or has_agent(tok):
        return None
    subject = next((ch for ch in tok.children if ch.dep_ == "nsubjpass"), None)
    if subject is None or not (subject.lower_ in c.people_pronouns or (
            subject.pos_ in ("NUM", "NOUN") and any(ch.dep_ == "det" and ch.lower_ in c.told_determiners for ch in subject.children))):
        return None
    sentence = parsed.sentences[m.sentence]
    if (f.date is not None and f.date.span is not None and sentence.contains(f.date.span)) or (
            f.place is not None and f.place.span is not None and sentence.contains(f.place.span)):
        return None
    para = parsed.paragraph_index(sentence.start)
    before = [k for k, o in enumerate(mentions) if o.sentence < m.sentence and o.sub_event_type in TAKINGS
              and 0 <= para - parsed.paragraph_index(parsed.sentences[o.sentence].start) <= 1]
    return before[-1] if before else None


BULLETS = word_lists("page_words.toml")["bullet_marks"]  # the marks that open an item of a digest or monitor bulletin
# events whose people a later release frees: the detained, the abducted, a crowd detained at its protest
DETAINING = frozenset({"Arrests", "Abduction/forced disappearance", *PROTEST_SEVERITY})


def released_from(doc: Any, parsed: Any, m: Mention, f: MentionFacts, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                  c: Cues) -> list[int]:
    """People freed with no agent named ("41 citizens were brought to police divisions, of whom 37 were released",
    "the rest had been released", "Seven were released the following day") after the story told them detained,
    abducted or taken at a protest, in the same paragraph or the one before (on its day): the end of that event, not an Other event
    of its own. Returns the detaining mentions told before it, the latest first (none for a release that is the news,
    "Gunmen freed 14 students abducted last month": it has an agent or nothing before it)."""
    tok = doc[m.head]
    if m.sub_event_type != "Other" or tok.pos_ != "VERB" or tok.lemma_.lower() not in c.release_verbs:
        return []
    verb = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(ch.dep_ == "auxpass" for ch in tok.children) else tok
    # (the passive of a verb it is conjoined to: "All 34 were fined and released in the evening")
    def counts(agent: Any) -> bool:
        return not _by_a_time(agent, c)  # "released by the evening" is no doer

    if not agentless_passive(verb, counts=counts) or has_agent(tok, counts):
        return []
    para = parsed.paragraph_index(m.trigger.start)

    def near(k: int) -> bool:
        """In the release's paragraph, or in the one before on a day the release's overlaps (a bullet of another day
        before "• On 19 September, police searched the homes of three lawyers ... Two were later released" is not it)."""
        back = para - parsed.paragraph_index(mentions[k].trigger.start)
        if back == 0:
            return True
        if back == 1 and doccache.text(doc)[parsed.paragraphs[para].start : parsed.paragraphs[para].end].lstrip()[:1] in BULLETS:
            return False  # an item of a digest tells its own story ("• On 18 May, police searched ... Two were later released")
        mine, theirs = f.date, facts[k].date
        if back == 2 and _counted_again(verb, parsed.sentences[mentions[k].sentence]):
            return mine is None or theirs is None or mine.value.overlaps(theirs.value)  # "detained 34 activists" ... "All 34 were released"
        return back == 1 and (mine is None or theirs is None or mine.value.overlaps(theirs.value))

    # not who the freed people are ("Sixteen traders abducted two weeks ago were freed on Monday": the release is the news)
    whom = {t.i for t in verb.subtree}
    # ... nor the parser's verb of their own for the participle that describes them ("Four engineers *kidnapped* from a
    # quarry were freed on Tuesday": kidnapped reads as the head of the release)
    whom |= {t.i for t in doccache.sent_of(verb) if t.i < verb.i and (told := misread_participle(t)) is not None and told.i == verb.i}
    before = [k for k, o in enumerate(mentions) if o.trigger.start < m.trigger.start and o.sub_event_type in DETAINING
              and near(k) and o.head not in whom]
    return sorted(before, key=lambda k: mentions[k].trigger.start, reverse=True)


def _by_a_time(agent: Any, c: Cues) -> bool:
    """Is a "by" phrase the time something was done by, not who did it ("All were fined and released by the evening",
    "freed by Monday")?"""
    objects = [g for g in agent.children if g.dep_ == "pobj"]
    return bool(objects) and all(g.lower_ in c.recent_points for g in objects)


def _counted_again(verb: Any, told: Span) -> bool:
    """Does the subject of a release count the people as a sentence told before did ("detained 34 climate activists" ...
    "All 34 were fined and released in the evening")? The same people, however far the story has gone on."""
    counts = {t.text for s in verb.children if s.dep_ == "nsubjpass" for t in s.subtree if t.like_num and t.text.isdigit()}
    span = verb.doc.char_span(told.start, told.end, alignment_mode="expand")
    return bool(counts) and span is not None and any(t.text in counts and t.like_num for t in span)


def freed_of_those_told(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a release with no agent of some of the people told before ("Two of them were later released",
    "four of whom were freed on bail")? It ends a detention or abduction the story told, even one no mention caught
    ("riot police searched the homes of three lawyers and took them to the Investigative Committee for questioning"):
    never an Other event of its own (``released_from`` joins it to the detention when there is one)."""
    tok = doc[m.head]
    if m.sub_event_type != "Other" or tok.pos_ != "VERB" or tok.lemma_.lower() not in c.release_verbs:
        return False
    if not agentless_passive(tok):
        return False
    return any(s.dep_ == "nsubjpass" and of_those_told(s, c) for s in tok.children)


def _passive_of(tok: Any) -> Any | None:
    """The passive verb a noun (or the phrase it is in) is the subject of ("Two pistols and 40 rounds of ammunition were
    recovered" for "ammunition"), else None."""
    for _ in range(6):
        if tok.dep_ == "nsubjpass":
            return tok.head
        if tok.dep_ not in ("conj", "pobj", "prep", "compound", "appos"):
            return None
        tok = tok.head
    return None


# crowds force may be used on: protests, riots, and two groups' mob violence ("Groups from both communities then fought
# with sticks and stones ... Police fired tear gas and rubber bullets to bring the situation under control")
CROWDS = frozenset({*PROTEST_SEVERITY, "Mob violence"})


def _crowd_before(parsed: Any, m: Mention, f: MentionFacts, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                  hosts: list[int]) -> int | None:
    """The protest, riot or mob clash of the trigger's paragraph that force used on a crowd ("Police used tear gas and
    fired shots into the air") was used on: the latest one told before it, when the force's sentence states no date of
    its own, and no place, or the crowd's place told in its paragraph or the two before ("Police fired tear gas to
    bring the situation under control, the officer-in-charge of Satkania police station said"). ACLED codes a riot and
    the tear gas fired at it as one event."""
    sentence = parsed.sentences[m.sentence]
    if f.date is not None and f.date.span is not None and sentence.contains(f.date.span):
        return None
    placed = f.place is not None and f.place.span is not None and sentence.contains(f.place.span)
    para = parsed.paragraph_index(sentence.start)
    # its paragraph's crowd; with a place of its own (a speaker's "the officer-in-charge of Satkania police station said"),
    # a crowd at that place told in its paragraph or the two before
    here = stated_place(f) if placed else None

    def at(k: int) -> bool:
        back = para - parsed.paragraph_index(parsed.sentences[mentions[k].sentence].start)
        if not placed:
            return back == 0
        there = stated_place(facts[k])
        return 0 <= back <= 2 and here is not None and there is not None and same_place(here, there)

    crowds = [k for k in hosts if mentions[k].sub_event_type in CROWDS and at(k)]
    return crowds[-1] if crowds else None


def _the_attackers(tok: Any, c: Cues) -> bool:
    """Is the verb's subject a definite armed noun ("The assailants stormed the village at around 10 pm and opened fire
    on residents", "the gunmen fled on motorcycles")? After the event they did, it tells more of it."""
    subject = _subject(tok)
    return subject is not None and subject.pos_ == "NOUN" and armed_people(subject) and _told(subject, c)


def _told(noun: Any, c: Cues) -> bool:
    """Does a told-back determiner govern the noun ("the escort", "these gunmen")?"""
    return any(ch.dep_ == "det" and ch.lower_ in c.told_determiners for ch in noun.children)


def fought_the_attackers(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a fight of people told before against a definite armed noun ("the escort exchanged fire with the
    assailants for about an hour", "the guards fought back against the attackers")? It is the attack told before,
    answered by its targets: one event, a clash (ACLED codes an attack whose targets fight back as an armed clash)."""
    tok = doc[m.head]
    if m.event_type != "Battles":
        return False
    verb = verb_over(tok, ("dobj", "nsubjpass"))
    if verb is None:
        return False
    doer = _subject(verb)
    if doer is None or not _told(doer, c):
        return False  # the attacked fight back ("the escort", "the guards"); new forces sent in ("Police said they had
        # pushed the attackers back") fight a clash of their own
    # the other side: the verb's object, or "with"/"against" on the verb, the trigger or the verb's object or particle
    # ("exchanged fire with the assailants", "fought back against the attackers")
    sides = [ch for ch in verb.children if ch.dep_ == "dobj"] + [
        o for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("with", "against") and (
            p.head.i in (verb.i, tok.i) or (p.head.head.i == verb.i and p.head.dep_ in ("dobj", "advmod", "prt")))
        for o in p.children if o.dep_ == "pobj"]
    return any(o.pos_ == "NOUN" and armed_people(o) and _told(o, c) for o in sides)


def as_attacked(doc: Any, m: Mention, roles: Roles) -> Roles:
    """The roles of a mention that returns fire, turned to the sides of the event it answers ("Insurgents attacked an
    army post. The soldiers returned fire, killing two insurgents": the returners, the subject of "returned", are the
    attack's target, actor2, and the side they fired back at its actor1); any other mention's roles as they are."""
    tok = doc[m.head]
    if not returns_fire(tok):
        return roles
    subject = _subject(tok if tok.pos_ in ("VERB", "AUX") else tok.head)
    if subject is None:
        return roles
    lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)

    def returner(e: Any) -> bool:
        return e is not None and e.span is not None and lo <= e.span.start < hi

    if returner(roles.actor1) and not returner(roles.actor2):
        return dataclasses.replace(roles, actor1=roles.actor2, assoc_actor_1=roles.assoc_actor_2, actor2=roles.actor1, assoc_actor_2=roles.assoc_actor_1)
    return roles


def _subject(tok: Any) -> Any | None:
    """The verb's subject, or that of the verb it is conjoined to; a verb the parser hung on its subject as a
    participle after the comma that closes a clause about it ("The attackers, who came in two buses, *fired* at the
    building": acl of "attackers", with no "by" agent) has that noun as its subject."""
    subject = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
    if subject is None and tok.dep_ == "conj":
        tok = tok.head
        subject = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
    if subject is None and tok.dep_ == "acl" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "," \
            and not has_agent(tok):
        subject = tok.head
    return subject


def _named_before(doc: Any, tok: Any, host: Span, c: Cues) -> bool:
    """Is the verb's subject a definite noun the host event's sentence already named ("Two men were shot dead by
    gendarmes ... The crowd had set fire to two vehicles, and the gendarmes opened fire")?"""
    subject = _subject(tok)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not any(
            ch.dep_ == "det" and ch.lower_ in c.determiners for ch in subject.children):
        return False
    span = doc.char_span(host.start, host.end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() == subject.lemma_.lower() for t in span)


def _also_by_them(tok: Any, c: Cues) -> bool:
    """Is the verb something a definite or pronoun subject "also" did ("The settlers also set fire to two cars")?"""
    if not any(ch.dep_ == "advmod" and ch.lower_ == "also" for ch in tok.children):
        return False
    subject = _subject(tok)
    if subject is None:
        return False
    return subject.pos_ == "PRON" or any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in subject.children)


# besides violent ones, the sub-types a follow-up sentence may tell of an event (ACLED codes property destroyed
# in a riot or an attack as part of it, and weapons recovered after a clash: "Two pistols were recovered")
FOLLOW_PARTS = frozenset({"Looting/property destruction", "Disrupted weapons use"})


FORCE_ON_PROTESTERS = frozenset({"Protest with intervention", "Excessive force against protesters"})


def may_host(m: Mention, c: Cues, part: Mention | None = None) -> bool:
    """May a follow-up sentence tell more of this mention's event (a violent one, or force used on protesters)?
    People detained (no agent) are told of a protest or riot (ACLED codes arrests at a protest with the protest)."""
    if part is not None and part.sub_event_type == "Arrests":
        return m.sub_event_type in PROTEST_SEVERITY
    if part is not None and part.sub_event_type == "Protest with intervention" and m.sub_event_type in PROTEST_SEVERITY:
        return True  # "Hundreds rallied ... Police fired tear gas": the crowd it was used on
    return m.event_type in c.violence_types or m.sub_event_type in FORCE_ON_PROTESTERS
