"""Mentions that sum up rather than report: counts over periods ("300 attacks since January"), tallies,
habits, durations, progress of a campaign, records of what a group is known for, present states."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import doccache
from ..classify.status import ACCUSING_LEMMAS, RELATIVE_PRONOUNS, REPORTING_LEMMAS
from ..doccache import text
from ..counting.conventions import count_words
from ..counting.quantities import number
from ..lexicon import codebook_words
from ..records import Mention, MentionFacts
from ..timex.patterns import MONTHS
from ..syntax import CLAUSE_BREAKS, PLACE_LABELS, TIME_LABELS, agentless_passive, clause_head, clause_verb, in_words, list_head
from .cues import Cues, cues, first_match


def is_aggregate(doc: Any, m: Mention, f: MentionFacts, sentence_text: str, c: Cues) -> bool:
    head = doc[m.head]
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if any(ch.dep_ in ("advmod", "npadvmod") and ch.lower_ in c.habitual for ch in verb.children):
        return True  # "Nikopol, which is shelled almost daily": a habit, not an event
    lasting = clause_verb(head) if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" else verb
    # (the copula too: "the town has been under siege by the RSF for months")
    if lasting is not None and lasting.pos_ in ("VERB", "AUX") and lasting.lemma_.lower() not in codebook_words().measure_verbs and any(
        ch.dep_ == "prep" and ch.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in c.durations
                                                         and not (m.sub_event_type in c.lasting_types and _counted_length(g))
                                                         for g in ch.children)
        for ch in lasting.children
    ):
        # "have besieged the town for months": a state that lasts, not an event; so is what a verb lasting so long does
        # with the trigger ("has used women as suicide bombers in the region for more than a decade"); not a measure
        # declared for a time ("extended the state of emergency for three months": its extension is the event), nor a kind
        # that lasts told for a counted length ("are camping outside the office for a third week": coded the day reported)
        return True
    if (m.event_type in c.count_types or m.sub_event_type == "Arrests") and _over_counted_units(verb, c):
        return True  # "arrested seven suspected members of the network in three provinces between 24 and 26 May": a sum
    if _conflict_toll(head, c):
        return True  # "The war between the two factions has killed more than 2,000 people": a conflict's toll to date
    if _recorded_count(head, c) or _told_in_a_record(head, f, c):
        return True  # "the Observatory documented 19 killings, 7 abductions and 36 arbitrary arrests": a tally
    if _interception_tally(head, m, c):
        return True  # "its air defences had destroyed 56 Ukrainian drones over eight regions overnight"
    place = f.place.value if f.place is not None else None
    vague = place is None or place.geo_precision == 3 or f.place.confidence < 0.8
    if _sides_fighting_since(head, sentence_text, c):
        return False  # "Since 3 May, clashes between herders and farmers around Mouraye have killed 13 people": flash updates
    if head.tag_ in ("NNS", "NNPS") and vague and not any(ch.dep_ in ("det", "poss", "nummod") for ch in head.children) \
            and any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in verb.children) and not _doers(head) \
            and not _on_a_weekday(verb):
        # "nations which have conducted strikes in Iraq include ...": what has been done, not an event; not what was done
        # on a day ("said that air strikes in the region on Sunday had killed dozens of fighters")
        return True
    if not first_match(c.period, sentence_text) or _period_elsewhere(head, sentence_text, c):
        # a count of the doers is of people, not of events ("Two suicide bombers attacked the Hodan market": one attack,
        # however vague its district's place)
        # nor a count of what the act fired or threw ("lobbed two grenades at an army camp", "dropped two bombs on Mindat")
        n = count_of(head) if head.pos_ == "NOUN" and not _doers(head) and head.lemma_.lower() not in c.munitions else None
        return (
            n is not None and n >= 2 and m.event_type in c.count_types
            and (place is None or place.geo_precision == 3 or f.place.confidence < 0.8)
        )
    if burst_at_a_town(head, f, sentence_text, c):
        return False  # "carried out a series of strikes on Houthi targets in Sanaa": one night at one place
    if _lasting_since(head, m, sentence_text, c):
        return False  # "have been holding a dharna outside the tehsil office since 1 March": a sit-in goes on
    if _since_today(head, sentence_text, c):
        return False  # "Heavy clashes between the military and TNLA around Kyaukme since this morning": one day's fighting
    if _sides_fighting_since(head, sentence_text, c):
        return False  # "Clashes between the army and Fano militias have been reported around Dangila since 14 August"
    if head.tag_ in ("NNS", "NNPS") or any(ch.dep_ == "nummod" for ch in head.children):
        return True
    if head.dep_ in ("amod", "compound", "conj") and head.pos_ in ("ADJ", "NOUN") and head.head.tag_ in ("NNS", "NNPS"):
        return True  # "carried out offensive and security operations between 20 and 26 February"
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    for _ in range(3):  # "has made extraordinary progress over the past 20 months, retaking 18,000 square miles"; "have
        # conducted more than 80 operations ..., killing 45 and detaining more than 130 ISIS operatives"
        if not (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX")):
            break
        verb = verb.head
    if head.pos_ == "VERB" and _counted(head) and (first_match(c.tally, sentence_text) or _long_range(sentence_text, c)) \
            and not first_match(c.instance, sentence_text):
        return True  # "14 fighters were neutralised ... over the past week"
    return _perfect(verb)


def _perfect(verb: Any) -> bool:
    """Is the verb in a perfect tense: a "have" auxiliary of its own, or, a participle joined to a verb with no auxiliary or
    subject of its own, its first conjunct's ("dozens of activists have been arrested or *abducted* since ...")?"""
    if any(ch.dep_ in ("aux", "auxpass") and ch.lemma_ == "have" for ch in verb.children):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i \
        and not any(ch.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for ch in verb.children) and _perfect(verb.head)


def _long_range(sentence_text: str, c: Cues) -> bool:
    """Does the sentence tell a range of days longer than a week ("between 10 and 20 March"; ``[aggregate] day_range``,
    ``week_range_days``)? What is counted over it is a sum of its days, no event."""
    found = first_match(c.day_range, sentence_text)
    if found is None:
        return False
    first, last = int(found.group(1)), int(found.group(3))
    end_month = MONTHS[found.group(4).lower()]
    start_month = MONTHS[found.group(2).lower()] if found.group(2) else end_month
    try:  # (a leap year, so that "29 February" is a day; a range into the next year ends in the year after it)
        start = dt.date(2000, start_month, first)
        end = dt.date(2000 if end_month >= start_month else 2001, end_month, last)
    except ValueError:
        return False  # no such day ("between 31 April and 3 May")
    return (end - start).days > c.week_range_days


def _over_counted_units(verb: Any, c: Cues) -> bool:
    """Is the verb done "in"/"across" a counted set of units ("arrested seven suspects in three provinces", "carried out
    raids across five states")? A sum of events at places it does not tell (a release then lists them one by one), no
    event of its own (the caller asks it of violence and arrests: a measure declared "in seven provinces" is one act)."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    for prep in (ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ in ("in", "across")):
        # (not the parts of one place: "threw stones at gendarmes in several districts of Moroni")
        for unit in (g for g in prep.children if g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") and g.lemma_.lower() in c.admin_units
                     and not any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in g.children)):
            if any(ch.dep_ == "nummod" and ch.like_num and ch.lower_ not in ("one", "1") for ch in unit.children) \
                    or any(ch.lower_ in ("several", "many", "various") for ch in unit.children):
                return True
    return False


def _conflict_toll(verb: Any, c: Cues) -> bool:
    """Is the trigger a killing verb in the perfect whose subject is a long conflict ("The war between Los Chapitos and the
    faction loyal to Zambada has killed more than 2,000 people", "the insurgency has claimed thousands of lives")? The toll
    of a conflict to date, not an event (``c.conflicts``, ``c.conflict_toll_verbs``)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in c.conflict_toll_verbs or not any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in verb.children):
        return False
    subject = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    return subject is not None and (subject.lemma_.lower() in c.conflicts
                                    or f"{subject.doc[subject.i - 1].lower_} {subject.lower_}" in c.conflicts)


def _on_a_weekday(verb: Any) -> bool:
    """Does the clause name a weekday ("air strikes ... on Sunday had killed")? One day's act, told in the perfect."""
    from ..timex.patterns import WEEKDAYS

    return any(t.lower_ in WEEKDAYS for t in verb.subtree)


def _period_elsewhere(head: Any, sentence_text: str, c: Cues) -> bool:
    """Is every period cue of the sentence told of something else than the trigger: inside a relative clause of another
    noun, one the trigger is not in ("Police have removed about 30 activists who had occupied an empty building since this
    morning": it dates what those people did), or a series the trigger is not one of ("fired tear gas at miners who threw
    stones ..., in the most violent of a wave of protests": the wave is of protests; said of an act only)?"""
    found = [mm.group().lower().split() for p in c.period for mm in p.finditer(sentence_text)]
    if not found:
        return False
    # a verb or its object ("threw stones"); not a noun, which the parser may hang on the wrong word of a list
    act = head.pos_ == "VERB" or (head.dep_ == "dobj" and head.head.pos_ == "VERB")

    def in_other_clause(t: Any) -> bool:
        # a relative clause of another noun, or a participle with a subject of its own ("with collectors *going* door to door
        # since Monday"); not a participle that describes a noun ("riot police, deployed in large numbers since the morning,
        # pushed protesters into side streets": the parser cannot tell the description from a report of its own); or a clause
        # a semicolon or a dash sets apart from the trigger's ("are marching from the Messeplatz to the town hall; a peaceful
        # atmosphere so far", "rockets falling in the sea off the coast — no injuries reported so far")
        if any(x.text in CLAUSE_BREAKS for x in head.doc[min(head.i, t.i) + 1 : max(head.i, t.i)]):
            return True
        for a in (t, *t.ancestors):
            if a.dep_ == "relcl" or (a.tag_ in ("VBG", "VBN") and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in a.children)):
                return not (a.i == head.i or a.is_ancestor(head))
        return False

    for words in found:
        if words[0] in ("a", "the") and words[-1] in ("of", "in") and len(words) == 3 and act:
            series = [t for t in doccache.sent_of(head) if t.lower_ == words[1]]
            if series and not any(t.i == head.i or t.is_ancestor(head) for t in series):
                continue  # a series of something else
        toks = [t for t in doccache.sent_of(head) if t.lower_ == words[0]]
        if not toks or not all(in_other_clause(t) for t in toks):
            return False
    return True


def _counted_length(length: Any) -> bool:
    """Is a length of time counted ("for two weeks", "for a third week", "for a month"), not bare ("for months", "for
    years": a long state)?"""
    return length.tag_ == "NN" or any(ch.dep_ == "nummod" for ch in length.children)


def _lasting_since(head: Any, m: Mention, sentence_text: str, c: Cues) -> bool:
    """Is the trigger a lasting state or activity begun at a recent point: a perfect with its own "since" + a day, a
    week or a month ("have been holding a dharna ... since 1 March", "have installed a camp ... since the beginning of
    September"), uncounted, in the progressive or of a sub-type that lasts (cues.lasting_types)? ACLED codes it on the
    day reported. Not a count since a point ("have killed 30 people since Monday"), nor since a year ("since 2019"), nor a
    passive with no doers ("Phone lines have been cut since Sunday": the state a cut left, not an activity going on)."""
    if any(p.search(sentence_text).group().lower() != "since" for p in c.period if p.search(sentence_text)):
        return False
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    while verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" \
            and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        verb = verb.head  # "have taken charge of the jetty since Sunday, checking every boat and *collecting* a fee": what they do there
    # (the doers of a lasting activity counted are its crowd, "dozens of women have been holding a sit-in", not a tally)
    if head.tag_ in ("NNS", "NNPS") or count_of(head) is not None or verb.pos_ != "VERB" \
            or _counted(verb, doers=m.sub_event_type not in c.lasting_types):
        return False
    if not any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in verb.children):
        return False
    if verb.tag_ != "VBG" and m.sub_event_type not in c.lasting_types:
        return False
    if agentless_passive(verb):
        return False  # "Mobile internet has been cut in the province since Friday": a state what was done left, no doers
    for since in (t for t in verb.subtree if t.lower_ == "since"):
        own = clause_verb(since)
        if own is not None and own.dep_ == "acl" and own.tag_ == "VBN" and own.head.head.i == verb.i \
                and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in own.children):
            own = verb  # the parser's attachment to the object's participle ("stopped trucks *bound* for Taiz ... since Saturday")
        if own is None or own.i != verb.i:
            continue  # the "since" of another clause ("with collectors going door to door since Monday")
        point = [t for t in since.subtree if t.i != since.i]
        if any(t.lemma_.lower() == "year" or (t.like_num and len(t.text) == 4 and t.text.isdigit()) for t in point):
            return False
        return any(t.lower_ in c.recent_points or (t.text.isdigit() and 1 <= int(t.text) <= 31) for t in point)
    return False


def _since_point(head: Any, sentence_text: str, c: Cues, mass: bool = False) -> list[Any] | None:
    """The words of the point an uncounted plural trigger (with ``mass``, also a singular noun: "heavy fighting") is told
    "since" ("clashes ... since this morning", "since 14 August"), when "since" is the only period cue of the sentence;
    else None."""
    if (head.tag_ not in ("NNS", "NNPS") and not (mass and head.tag_ == "NN")) or count_of(head) is not None or any(ch.dep_ in ("nummod", "poss") for ch in head.children):
        return None
    if any(p.search(sentence_text).group().lower() != "since" for p in c.period if p.search(sentence_text)):
        return None
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
    for since in (t for t in verb.subtree if t.lower_ == "since" and t.dep_ == "prep" and t.head.i in (head.i, verb.i)):
        return [t for t in since.subtree if t.i != since.i]
    return None


def _since_today(head: Any, sentence_text: str, c: Cues) -> bool:
    """Is the trigger an uncounted plural noun told "since" a point of the same day ("Heavy clashes ... around Kyaukme since
    this morning", "clashes have been raging since dawn"; `[aggregate] same_day_points`, with no weekday, month or number)?
    One day's fighting at its place, reported that day: no tally over a period."""
    point = _since_point(head, sentence_text, c)
    if point is None or any(t.like_num or t.lower_ in c.recent_points - c.same_day_points for t in point):
        return False
    return any(t.lemma_.lower() in c.same_day_points for t in point)


def _sides_fighting_since(head: Any, sentence_text: str, c: Cues) -> bool:
    """Is the trigger an uncounted plural noun of fighting between two named sides ("clashes between the army and Fano
    militias", `[codebook] two_sided`) told "since" a recent day, a weekday or a day of a month ("since Friday", "since
    14 August"; not a month or a year alone)? The fighting of those sides at one place going on since that day, as flash
    updates report it (gold wa20..wa22: Armed clash), not a tally over a period."""
    from ..timex.patterns import WEEKDAYS

    if head.lemma_.lower() not in codebook_words().two_sided:
        return False
    if head.pos_ == "VERB":
        point = _sides_since(head, sentence_text, c)
    elif not any(
            ch.dep_ == "prep" and ch.lower_ == "between" and any(g.dep_ == "pobj" and any(x.dep_ == "conj" for x in g.subtree) for g in ch.children)
            for ch in head.children):  # "between the army and Lakurawa fighters" (the parser's conj may hang on a modifier)
        return False
    else:
        point = _since_point(head, sentence_text, c, mass=True)  # "Heavy fighting between A and B ... since 1 April"
    return point is not None and any(t.lower_ in WEEKDAYS or (t.like_num and t.text.isdigit() and 1 <= int(t.text) <= 31) for t in point)


def _sides_since(verb: Any, sentence_text: str, c: Cues) -> list[Any] | None:
    """The words of the point a fighting verb of two named sides is told "since" ("M23 and Wazalendo fighters have
    clashed in several localities since 20 July", "the army has fought the rebels around the town since Friday"): two
    sides in its subject, or a subject and a "with" or an object; "since" the only period cue of the sentence; else None."""
    if any(p.search(sentence_text).group().lower() != "since" for p in c.period if p.search(sentence_text)):
        return None
    subjects = [ch for ch in verb.children if ch.dep_ == "nsubj" and count_of(ch) is None]
    if not subjects:
        return None
    other = any(ch.dep_ == "conj" for s in subjects for ch in s.children) or any(
        ch.dep_ == "dobj" or (ch.dep_ == "prep" and ch.lower_ == "with") for ch in verb.children)
    since = next((ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ == "since"), None)
    return [t for t in since.subtree if t.i != since.i] if other and since is not None else None


# the fewest projectiles a night's tally counts: "intercepted two rockets fired from Gaza" is one interception
TALLY_AT_LEAST = 10
# a share is told of one attack ("intercepted 99 percent of the more than 300 drones and missiles launched by Iran")
SHARES = ("percent", "%", "per", "cent", "share", "most", "all", "majority")


def regional_tally(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a counted interception ("destroyed 12 drones") whose clause names only a region ("Air defence units in
    the Zaporizhzhia region destroyed 12 drones")? Told beside the strikes that hit, it is the night's tally, no event
    (eval/WRITERS.md Air-defence tallies; the caller knows the story tells strikes: a snippet whose news is the tally of
    one region is a Disrupted weapons use)."""
    from ..classify.weapons import intercepted

    if m.sub_event_type not in c.interception_types and not intercepted(doc, m.start_token, m.end_token):
        return False  # (the classifier may have typed the sentence otherwise: "destroyed 12 drones" read as a strike)
    return _interception_tally(doc[m.head], m, c, regions_too=True)


def _region_named(t: Any, c: Cues) -> bool:
    """Is the name a region's, said with its unit noun ("the Zaporizhzhia region", "Kursk oblast")?"""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (nxt is not None and nxt.lower_ in c.admin_units) or t.head.lower_ in c.admin_units


REMOTE_KIND = "Remote explosive/landmine/IED"  # devices planted on the ground ([agents] in discourse.toml), never a night's air-defence tally


def _interception_tally(tok: Any, m: Mention, c: Cues, regions_too: bool = False) -> bool:
    """Is the trigger an interception verb whose object is counted ("destroyed 56 drones", "61 of the 88 drones were
    shot down") and whose clause names no place ("over eight regions", none) or several ("over the Belgorod and Kursk
    regions"; eval/WRITERS.md Air-defence tallies)? A night's tally, not an event: "intercepted two drones over Khamis
    Mushait" names where. With ``regions_too``, a clause naming only a region is a tally too (``regional_tally``)."""
    if (m.sub_event_type not in c.interception_types and not regions_too) or tok.pos_ != "VERB" or tok.lemma_.lower() in c.seizure_verbs:
        return False  # a find is one event ("seized 120 pistols and 30 rifles hidden in a truck at a checkpoint")
    counted = False
    verbs = [tok, *(v for v in tok.children if v.dep_ == "conj" and v.pos_ == "VERB")]  # "shot down or jammed 61 of ..."
    if any(ch.dep_ in ("dobj", "nsubjpass") and c.agents.get(ch.lemma_.lower()) == REMOTE_KIND for v in verbs for ch in v.children):
        return False  # "troops found and destroyed 12 improvised explosive devices planted on a trail": a clearance, one event
    for ch in (ch for v in verbs for ch in v.children):
        if ch.dep_ in ("dobj", "nsubjpass") and ch.lemma_.lower() not in SHARES:
            if ch.like_num and any(p.dep_ == "prep" and p.lower_ == "of" for p in ch.children):
                counted = True  # "61 of the 88 drones"
            n = count_of(ch)
            counted = counted or (n is not None and n >= TALLY_AT_LEAST)
    if not counted and not any(ch.dep_ in ("dobj", "nsubjpass") for v in verbs for ch in v.children):
        # the parse left the verb without its object ("shot down 41 of the 58 drones Russia launched overnight" with "41"
        # the subject of "launched"; "launched 84 drones ..., of which 60 drones ... were shot down"): a share of a count
        # in the sentence, "N of the M" or "of which" after a count of the night's launches (not "11 UAVs neutralised over
        # the region", "10 missiles at the city, all shot down": one night's attack on one place)
        sent = doccache.sent_of(tok)
        counted = any(t.like_num and any(p.dep_ == "prep" and p.lower_ == "of" for p in t.children) for t in sent) or (
            any(t.lower_ == "which" and t.head.lower_ == "of" for t in sent)
            and any((n := count_of(t)) is not None and n >= TALLY_AT_LEAST for t in sent if t.tag_ in ("NNS", "NNPS")))
    if not counted:
        return False

    def placed(t: Any) -> bool:  # a name under a place preposition of the clause itself, not of a relative clause
        seen_prep = False
        for a in t.ancestors:
            if a.i == tok.i:
                return seen_prep
            if a.dep_ in ("relcl", "acl", "ccomp", "advcl"):
                return False
            seen_prep = seen_prep or (a.dep_ == "prep" and (a.lower_ in c.locatives or a.lower_ in ("over", "above")))
        return False

    # the parser's entities are unsure of places ("the Belgorod and Kursk regions" read as NORP and PRODUCT): any name
    names = [t for t in tok.subtree if (t.pos_ == "PROPN" or t.ent_type_ in PLACE_LABELS) and placed(t)]
    # a count over several places is a tally too (eval/WRITERS.md Air-defence tallies: "destroyed 27 drones over the
    # Belgorod and Kursk regions overnight"): names joined in a list, or a plural unit noun ("regions")
    several = any(t.dep_ == "conj" and t.head in names for t in names) or any(
        t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in c.admin_units and placed(t) for t in tok.subtree)
    return not names or several or (regions_too and all(_region_named(t, c) for t in names))


def _doers(tok: Any) -> bool:
    """A trigger that names the people doing the act, as its subject ("Protesters have thrown stones at police"):
    what they have just done, not a record of acts."""
    from .retyping import person

    return tok.dep_ == "nsubj" and person(tok)


def burst_at_a_town(head: Any, f: MentionFacts, sentence_text: str, c: Cues) -> bool:
    """Is the sentence's only period cue a series or wave of the trigger noun ("a series of strikes", `[aggregate]
    burst`), the trigger placed at a town stated in its text and its clause not perfect? One event at one place on one
    day, not a tally or a kind."""
    place = f.place
    if head.pos_ not in ("NOUN", "PROPN") or place is None or place.span is None or place.value.geo_precision > 2 \
            or place.confidence < 0.8:
        return False
    rest, found = sentence_text, False
    for p in c.burst:
        rest, n = p.subn(" ", rest)
        found = found or n > 0
    if not found or first_match(c.period, rest) or first_match(c.instance, sentence_text):
        return False  # "the latest in a wave of detentions": the wave is what the news is one of
    verb = clause_head(head.head)
    return not any(ch.dep_ in ("aux", "auxpass") and ch.lemma_ == "have" for ch in verb.children)


def count_of(tok: Any) -> int | None:
    """The count of a noun: its number ("31 people", "two men"), or the noun itself when it is a vague quantity
    ("abducted hundreds of opposition supporters", "dozens", as the codebook counts them)."""
    if tok.tag_ == "NNS" and (n := count_words().get(tok.lower_)) is not None:
        return n
    for ch in tok.children:
        if ch.dep_ == "nummod" and not _day_of_month(ch):
            text = ch.text.replace(",", "")
            if text.isdigit():
                return int(text)
            if ch.like_num and ch.lower_ not in ("one", "a", "an"):
                return 2
    return None


def _day_of_month(num: Any) -> bool:
    """Is the number the day of a date beside its month ("Malakal, *9* September - Fighting between ...", "September 9"),
    which the parser may hang on the noun after a dateline? A date, no count."""
    from ..timex.patterns import MONTHS

    doc = num.doc
    return any(0 <= num.i + k < len(doc) and doc[num.i + k].text[:1].isupper() and doc[num.i + k].lower_.rstrip(".") in MONTHS
               for k in (-1, 1))


def _counted(tok: Any, doers: bool = True) -> bool:
    """Does a verb trigger count its victims or targets ("14 fighters were neutralised", "killed 30 soldiers")? (``doers``:
    its subject's count too.)"""
    for ch in tok.children:
        if ch.dep_ in ("nsubjpass", "dobj", "nsubj" if doers else "nsubjpass") and (n := count_of(ch)) is not None and n >= 2:
            return True
    # a participle after its counted noun ("29 terrorists neutralised, 12 suspects arrested")
    return tok.dep_ == "acl" and tok.head.i < tok.i and (n := count_of(tok.head)) is not None and n >= 2


def is_progress(doc: Any, m: Mention, c: Cues) -> bool:
    """A trigger told as what progress consists in ("Iraqi forces have made progress in liberating neighborhoods",
    "their efforts to retake the city"), or a perfect tense of "already" ("the SDF has already liberated dozens of
    villages"): a summary of a campaign, not an event."""
    tok = doc[m.head]
    if tok.pos_ == "VERB" and tok.tag_ in ("VBG", "VB"):
        for anc in list(tok.ancestors)[:3]:  # "progress in liberating" (the parser may read "liberating neighborhoods" as a noun phrase)
            if any(w.lemma_.lower() in c.progress and w.i < tok.i for w in (anc, *(ch for ch in anc.children if ch.dep_ == "dobj"))):
                return True  # "progress in liberating", "made progress in liberating" (not "In the campaign to liberate X, forces made progress")
            if anc.tag_ in ("VBD", "VBZ", "VBP"):
                break
    verb = tok if tok.pos_ == "VERB" else tok.head
    return verb.pos_ == "VERB" and any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in verb.children) \
        and any(ch.dep_ == "advmod" and ch.lower_ == "already" for ch in verb.children)


def kind_of(doc: Any, m: Mention, c: Cues, f: MentionFacts | None = None, sentence_text: str = "") -> bool:
    """A trigger noun that names a kind of violence, not an event: in the noun phrase after "war of",
    "campaign of", "years of"... ("a grinding war of ambushes, drone strikes and road closures"). Read
    from the words before the trigger (the parser often attaches such lists to the wrong noun). Not a series of strikes
    at one town (``burst_at_a_town``; ``f`` and ``sentence_text`` are the mention's facts and sentence)."""
    if doc[m.head].pos_ not in ("NOUN", "PROPN"):
        return False
    if f is not None and burst_at_a_town(doc[m.head], f, sentence_text, c):
        return False
    head = doc[m.head]
    if head.dep_ == "dobj" and head.head.lemma_.lower() in c.permit_verbs and head.head.tag_ in ("VBZ", "VBP"):
        return True  # "the Internal Security Act, which allows detention without trial": what a rule permits
    return of_a_kind(doc, m.start_token, c)


def permitted(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger an infinitive a measure allows ("declared a state of emergency ..., allowing soldiers and police to
    search homes and detain suspects without warrants", "a decree empowering the army to arrest")? What a rule permits,
    no act done (`[aggregate] permit_verbs`); the measure is told by its own words."""
    node = doc[m.head]
    # (the verb itself, or the verb of the clause its word is in: the parser may read "detain suspects" as a noun phrase)
    # (not a noun under a preposition: "allowing it to requisition people and goods for the fight against jihadists" names
    # a purpose, and the measure may be the event the classifier read there)
    if node.pos_ != "VERB":
        up = next((a for a in node.ancestors if a.pos_ == "VERB"), None)
        if up is None or any(a.dep_ == "prep" for a in node.ancestors if a.i != up.i and up in a.ancestors):
            return False
        node = up
    if node.pos_ != "VERB" or node.tag_ != "VB":
        return False
    while node.dep_ == "conj" and node.head.pos_ == "VERB":
        node = node.head
    return node.tag_ == "VB" and node.dep_ in ("xcomp", "ccomp", "advcl") and node.head.lemma_.lower() in c.permit_verbs


def of_a_kind(doc: Any, start: int, c: Cues) -> bool:
    """Is the noun phrase starting at token ``start`` in the phrase after "war of", "a wave of"... ("in the most violent
    of a wave of protests")? Read from the words before it. Detect reads it too: of two candidates of one sub-type in a
    sentence, the one naming a kind gives way ("fired tear gas at farmers ..., in the most violent of a wave of
    protests")."""
    sent = doccache.sentence(doc, start)
    k = start - 1
    while k > sent.start:
        tok = doc[k]
        if tok.lower_ == "of":
            return doc[k - 1].lemma_.lower() in c.of_kinds
        if not (tok.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ") or tok.text == ","):
            return False
        k -= 1
    return False


def is_profile(doc: Any, m: Mention, c: Cues) -> bool:
    """A bare plural trigger or a gerund/infinitive in what someone is known for ("the network is responsible for
    numerous attacks", "a leader involved in heavy weapons facilitation and direct attacks", "is known to intimidate the
    local citizens and kidnap those who ..."): a record, not an event. Read up to the first finite verb of its clause."""
    tok = doc[m.head]
    if in_words(tok, c.profile):
        return True  # the profile word itself taken for the trigger ("was involved in the use of suicide vehicles")
    while tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
        tok = tok.head  # a kind of attack the trigger word names ("IED attacks", "suicide bomb attacks"): the plural told
    bare = tok.tag_ in ("NNS", "NNPS") and not any(ch.dep_ in ("det", "poss", "nummod") for ch in tok.children)
    if not (bare or tok.tag_ in ("VBG", "VB")):
        return False
    for node in list(tok.ancestors)[:5]:
        if in_words(node, c.profile) and (node.pos_ != "NOUN" or node.lemma_.lower() == "association"):
            return True  # not a noun of people ("the leader and his associates")
        if node.tag_ in ("VBD", "VBZ", "VBP") and node.lemma_ != "be":
            return bare and _one_persons_acts(node, c)
    return False


def target_record(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger in a sentence that tells the record of the one an operation was after ("Afghan forces detained a
    Taliban leader ... The leader coordinates roadside bomb attacks in Gardez district", "He also supplied subordinate
    fighters with weapons", "The target is involved in suicide attack planning")? The sentence's subject is a role of
    ``[aggregate] target_roles`` (or he/she) told before as the object of the story's acts, active (not "The leader was
    captured", but "is involved in"), and nothing in the sentence dates it: what he does or did, not an event of the news."""
    sent = doccache.sentence(doc, m.head)
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    # (a passive only of what he is known for: "The target is involved in suicide attack planning"; not "was captured")
    if subject is None or subject.i == m.head or (subject.dep_ != "nsubj" and not in_words(subject.head, c.profile)):
        return False
    pronoun = subject.lower_ in c.one_person
    if not pronoun and not (subject.tag_ in ("NN", "NNS") and subject.lemma_.lower() in c.target_roles):
        return False
    if any(t.ent_type_ in TIME_LABELS for t in sent):
        return False
    # a role told before as what the story's forces were after ("detained a Taliban leader", "targeted the facilitator")
    # (or several: "detained two Haqqani leaders ... He also supplied subordinate fighters with weapons")
    return any(t.tag_ in ("NN", "NNS") and t.lemma_.lower() in c.target_roles and t.dep_ in ("dobj", "pobj", "nsubjpass", "appos")
               for t in doc[: sent.start])


def _one_persons_acts(verb: Any, c: Cues) -> bool:
    """Is the finite verb over a bare plural trigger told of one person, with no date of its own ("The leader acquires
    weapons and facilitates attacks against the security forces", "He also plans attacks on checkpoints", "Badam
    conducted and planned attacks against coalition forces"): the person's record, not an event (plural acts with no
    day are no one act of one man; "the militants carried out attacks on three villages on Monday" is a group's, dated)."""
    if verb.lemma_.lower() in REPORTING_LEMMAS or verb.lemma_.lower() in ACCUSING_LEMMAS:
        return False  # "a commander accused Ukrainian forces of firing shells": the accuser is not the doer
    first = verb
    for _ in range(3):  # "acquires weapons and facilitates attacks": the first verb's subject is the second's
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    subjects = [ch for ch in first.children if ch.dep_ == "nsubj"]
    if len(subjects) != 1 or any(ch.dep_ == "conj" for ch in subjects[0].children):
        return False
    subj = subjects[0]
    one = (subj.tag_ == "NN" and in_words(subj, c.captive_roles)) or subj.lower_ in c.one_person or (
        subj.tag_ == "NNP" and subj.ent_type_ == "PERSON")
    return one and not any(t.ent_type_ in TIME_LABELS for t in first.subtree)


def present_state(doc: Any, parsed: Any, m: Mention, f: MentionFacts) -> bool:
    """A trigger in the simple present with no place or date of its own states what goes on ("our forces
    continue to pursue the remnants", "residents say the strikes continue"), not an event; so does one under
    a present "continue" without a date of its own ("forces continue to liberate territory on the way to Raqqah", "access
    remains constrained"), and a present with "now" ("gangs now control most of the capital")."""
    tok = doc[m.head]
    sentence = parsed.sentences[m.sentence]
    own_date = f.date is not None and f.date.span is not None and sentence.contains(f.date.span)
    aspect = tok.head if tok.dep_ == "xcomp" else None
    if aspect is not None and aspect.lemma_.lower() in cues().ongoing and aspect.tag_ in ("VBP", "VBZ") and not own_date:
        return True
    if tok.pos_ == "VERB" and not own_date and any(ch.dep_ in ("aux", "auxpass") and ch.tag_ in ("VBP", "VBZ")
                                                   and {ch.lemma_.lower(), ch.lower_.removesuffix("s")} & cues().ongoing
                                                   for ch in tok.children):
        # "Access remains constrained by insecurity on the main road": a state (the parser's passive, its lemma "remains")
        return True
    if _kind_in_present(tok) or _kind_has_changed(tok, m):
        return True
    if m.event_type == "Strategic developments" and tok.pos_ == "NOUN" and tok.dep_ == "nsubj" \
            and tok.head.lemma_.lower() in cues().ongoing and tok.head.tag_ in ("VBP", "VBZ"):
        # "The blockade of Tenenkou ... continues to restrict the movement of goods", "14 blockades remain in place, down
        # from 21 on Monday": a measure or a hold that goes on, placed or dated or not (not "Fighting continues in ...":
        # violence is told on its day)
        return True
    if _listed_after_present_relative(tok) and not own_date and not (f.place is not None and f.place.span is not None
                                                                     and sentence.contains(f.place.span)):
        return True  # "bandits, who raid villages, kidnap travellers and steal cattle": what they do, as the first verb
    if _group_record(tok):
        return True  # "the CJNG, which has fought the Sinaloa Cartel for control of smuggling routes": what the group does
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ") or verb.lemma_.lower() in REPORTING_LEMMAS:
        return False
    if any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False
    if not any(ch.dep_ == "nsubj" for ch in verb.children):
        return False  # an imperative or a fragment
    if any(ch.dep_ == "advmod" and ch.lower_ == "now" for ch in verb.children) and not own_date:
        return True  # "Gangs now control about 90 percent of Port-au-Prince": a state, wherever it is
    own_place = f.place is not None and f.place.span is not None and sentence.contains(f.place.span)
    own_date = f.date is not None and f.date.span is not None and sentence.contains(f.date.span)
    return not own_place and not own_date


def _group_record(tok: Any) -> bool:
    """Is the trigger the verb of a relative clause in the present perfect or progressive that describes the noun it hangs
    on, with no day or time of its own ("the ELN, which has fought the dissidents for control of the area's mining
    corridors", "Los Tiguerones, a gang that is fighting a rival group for control of drug routes")? What the group has
    been doing, its record; not an act of the news ("the gang, which has attacked two buses since Monday": dated)."""
    if tok.pos_ != "VERB" or tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    aux = [ch for ch in tok.children if ch.dep_ in ("aux", "auxpass")]
    if not aux or aux[0].tag_ not in ("VBP", "VBZ"):
        return False  # a past ("which attacked a base on Monday"), a modal, or no auxiliary: the simple present's rules
    if not (any(a.lemma_ == "have" for a in aux) or (tok.tag_ == "VBG" and aux[0].lemma_ == "be")):
        return False
    return not any(t.ent_type_ in TIME_LABELS for t in tok.subtree)


def _listed_after_present_relative(tok: Any) -> bool:
    """Is the trigger word a later item of a list of what a relative clause in the simple present says a group does
    ("bandits, who raid villages, kidnap travellers and steal cattle", "a gang that robs buses and abducts drivers")? The
    small parser rarely hangs such items on the relative verb (it makes them nouns or verbs of the main clause), so the list
    is read from the words: going left, a comma or "and" and then the relative verb (a present verb whose subject is
    "who"/"which"/"that", with no auxiliary) before any past verb or clause break."""
    if tok.tag_ in ("VBD", "VBN", "VBG") or tok.dep_ == "relcl":
        return False
    joined = False
    for k in range(tok.i - 1, max(doccache.sent_of(tok).start, tok.i - 12) - 1, -1):
        word = tok.doc[k]
        if word.text in (",", "and"):
            joined = True
            continue
        if word.dep_ == "relcl" and word.tag_ in ("VBP", "VBZ"):
            return joined and not any(ch.dep_ in ("aux", "auxpass") for ch in word.children) and any(
                ch.dep_ == "nsubj" and ch.lower_ in RELATIVE_PRONOUNS for ch in word.children)
        if word.tag_ in ("VBD", "VBN", "MD") or word.text in (";", ":", "(", ")") or word.pos_ == "AUX":
            return False
    return False


def kind_after(doc: Any, parsed: Any, m: Mention, f: MentionFacts) -> bool:
    """A bare plural trigger noun that a clause hangs on as its cause, with no place or date of its own in the
    sentence ("Some fled after raids in which soldiers went from village to village", "had asked for a post after
    repeated raids"): events of a kind, none of them told. "amid clashes in Tripoli on Monday" has its own. So is what
    people fled ("Most fled the fighting between the army and the jihadists"), with no place or date of its own."""
    tok = doc[m.head]
    sentence = parsed.sentences[m.sentence]
    if _fled(tok):
        # "Most fled the fighting between Mali's army and the jihadists": what people fled, unless placed or dated
        if f.date is not None and f.date.span is not None and sentence.contains(f.date.span):
            return False
        return not any(t.dep_ == "pobj" and t.head.lower_ in cues().locatives and (t.pos_ == "PROPN" or t.ent_type_ in PLACE_LABELS)
                       for t in tok.subtree) \
            and not any(t.ent_type_ in TIME_LABELS for t in tok.subtree)  # "between Mali's army and JNIM" places nothing
    if tok.tag_ not in ("NNS", "NNPS") or tok.dep_ != "pobj" or tok.head.lower_ not in ("after", "amid", "following", "despite"):
        return False
    if any(ch.dep_ in ("det", "poss", "nummod") for ch in tok.children):
        return False
    for fact in (f.place, f.date):
        if fact is not None and fact.span is not None and sentence.contains(fact.span):
            return False
    return not any(t.ent_type_ in (*PLACE_LABELS, *TIME_LABELS) for t in tok.subtree)


def _fled(tok: Any) -> bool:
    """Is the trigger noun what people fled ("fled the fighting", "escaped from the clashes")?"""
    if tok.pos_ != "NOUN":
        return False
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "from" else tok.head if tok.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in cues().flight_verbs


def _kind_in_present(tok: Any) -> bool:
    """Is the trigger a bare plural noun that a present passive or copula says something of ("Street protests are
    effectively banned in Egypt", "Kidnappings are common on the road")? A kind, not an event; not a present
    progressive ("Protests are continuing in the capital") nor a perfect ("protests have erupted"). A bare singular
    noun only when the copula says how often its kind happens ("Public protest is rare in both countries"; not "Fighting
    is heavy near the town")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not _bare(tok):
        return False
    verb = tok.head
    if tok.tag_ in ("NN", "VBG"):
        return verb.lemma_ == "be" and verb.tag_ in ("VBP", "VBZ") and any(
            ch.dep_ == "acomp" and ch.lemma_.lower() in cues().frequency for ch in verb.children)
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    if tok.dep_ == "nsubjpass":
        return verb.tag_ == "VBN" and any(ch.dep_ == "auxpass" and ch.lemma_ == "be" and ch.tag_ in ("VBP", "VBZ") for ch in verb.children)
    return verb.lemma_ == "be" and verb.tag_ in ("VBP", "VBZ") and any(ch.dep_ in ("acomp", "attr") for ch in verb.children)


def _kind_has_changed(tok: Any, m: Mention) -> bool:
    """Is the trigger a Change to group/activity told in the present perfect of a bare plural common noun ("Cult groups,
    which began as university fraternities, have turned into armed gangs")? What a kind of group has become over the
    years; a change is a named group's ("the group has merged with ..."). Not of people told by where they are or whose
    they are ("Community leaders *in Chiure district* have formed a militia", "Rebels *of the FACT movement* have moved
    their rear base"), nor of a change told at a named place or of a named group ("Local militias have mobilised hundreds
    of young people in *Rutshuru* territory"): those are the news of a change, not a kind's history."""
    if m.sub_event_type != "Change to group/activity" or tok.pos_ != "VERB":
        return False
    if not any(ch.dep_ == "aux" and ch.lemma_ == "have" and ch.tag_ in ("VBP", "VBZ") for ch in tok.children):
        return False
    if _names_outside_clauses(tok):
        return False
    return any(ch.dep_ == "nsubj" and ch.tag_ == "NNS" and _bare(ch) and not any(p.dep_ == "prep" for p in ch.children) for ch in tok.children)


def _names_outside_clauses(verb: Any) -> bool:
    """Does the verb's clause name a place or group (a proper noun) outside the clauses that describe its words ("have
    mobilised hundreds of young people in *Rutshuru* territory"; not "have turned into armed gangs fighting over territory
    in the *Niger Delta*'s cities", whose name is the describing clause's)?"""
    clauses = ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis")
    stack = [c for c in verb.children if c.dep_ not in clauses]
    while stack:
        t = stack.pop()
        if t.pos_ == "PROPN":
            return True
        stack += [c for c in t.children if c.dep_ not in clauses]
    return False


def _bare(noun: Any) -> bool:
    """Is the noun told with no determiner, number or possessor ("protests", "cult groups"): its kind, not ones told of?"""
    return not any(ch.dep_ in ("det", "nummod", "poss") for ch in noun.children)


def _recorded_count(tok: Any, c: Cues) -> bool:
    """Is the trigger a counted plural noun (or one of a list of them) that a monitor records ("documented 19 killings,
    7 abductions and 36 arbitrary arrests", "recorded 12 attacks")? A tally of a period, not an event."""
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NNS", "NNPS"):
        return False
    top = list_head(tok)
    n = count_of(tok)
    if n is None and top is not tok:
        n = count_of(top)
    return n is not None and n >= 2 and top.dep_ == "dobj" and top.head.lemma_.lower() in c.record_verbs


def _told_in_a_record(tok: Any, f: MentionFacts, c: Cues) -> bool:
    """Is the trigger a verb told under a monitor's record verb, of counted people, with no day of its own ("In June 2026,
    our observers documented 38 incidents ..., in which at least 71 civilians were killed and 24 abducted", "documented
    at least 488 people killed ..., and 87 people kidnapped")? The record's tally of a period, no event: the victims are
    counted (a number of two or more on the verb's subject) and the record verb is above the trigger or joined to it."""
    if tok.pos_ != "VERB" or (f.date is not None and f.date.value.time_precision < 3):
        return False
    if not any(a.pos_ == "VERB" and a.lemma_.lower() in c.record_verbs for a in tok.ancestors):
        return False
    subjects = [ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")]
    return any((n := (number(s.text) if s.pos_ == "NUM" else count_of(s))) is not None and n >= 2 for s in subjects)


def continues_a_tally(doc: Any, parsed: Any, m: Mention, f: MentionFacts, tallied: set[int]) -> bool:
    """Does the trigger go on with the tally of the sentence before, in its paragraph ("in the past week troops ...
    neutralised 87 terrorists, arrested 142 suspects and rescued 63 kidnapped hostages. Troops also recovered 96 assorted
    weapons")? A clause with "also" and no date of its own after a sentence with a trigger dropped as a tally (``tallied``:
    the sentences of mentions dropped as aggregates) is that tally too."""
    verb = clause_verb(doc[m.head])
    if verb is None or not any(ch.dep_ == "advmod" and ch.lower_ == "also" for ch in verb.children):
        return False
    sentence = parsed.sentences[m.sentence]
    if f.date is not None and f.date.span is not None and sentence.contains(f.date.span):
        return False
    before = m.sentence - 1
    if before < 0 or parsed.paragraph_index(parsed.sentences[before].start) != parsed.paragraph_index(sentence.start):
        return False
    if before in tallied:
        return True
    # ... or a sentence before that counts over a period by its words, though no trigger of it was kept ("In the past week
    # troops ... neutralised 87 terrorists, arrested 142 suspects": read as no event at all)
    told = text(doc)[parsed.sentences[before].start : parsed.sentences[before].end]
    c = cues()
    return first_match(c.tally, told) is not None and first_match(c.instance, told) is None and any(t.like_num for t in doccache.sentence(doc, m.head))

