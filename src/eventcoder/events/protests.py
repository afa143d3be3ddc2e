"""One protest event per place and day: a rally, its dispersal and a riot of the same crowd are one event."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from .. import doccache
from ..lexicon import codebook_words
from ..records import Mention, MentionFacts, Toponym
from ..syntax import clause_verb, in_words
from .cluster import Cluster
from .cues import cues
from .mentions import is_source
from .place_match import place_conflict, tied_towns, told_of_trigger
from .recall import dates_event, dates_trigger
from .retyping import doer_of


PROTEST_SEVERITY = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration")
MOB = "Mob violence"
INTERVENTIONS = frozenset({"Protest with intervention", "Excessive force against protesters"})


def one_protest_per_place_and_day(
    clusters: list[Cluster], mentions: Sequence[Mention], facts: Sequence[MentionFacts], headline: set[int] = frozenset(),
    doc: Any = None, parsed: Any = None, toponyms: Sequence[Toponym] = (),
) -> list[Cluster]:
    """A rally and its dispersal are one protest event (the most severe sub-type): "thousands rallied in
    Tbilisi ... police used water cannon to clear the avenue"; protesters who riot make it a riot. A date of
    another clause of a member's sentence or of a later death ("died in hospital on Thursday") does not keep them apart
    (``dates_event``). What is done to or by the
    crowd of a protest or riot at its place and day is part of it (``crowd_parts``)."""

    def date_of(cl: Cluster) -> Any | None:
        return next((facts[j].date.value for j in cl.members if facts[j].date is not None and facts[j].date.span is not None
                     and (doc is None or dates_event(doc, mentions[j], facts[j].date.span))), None)

    ties = tied_towns(toponyms, doc) if doc is not None else frozenset()

    def apart(a: Any, b: Any) -> bool:
        """Two places in conflict that the text does not tie into one scene ("in Mamelodi, east of Pretoria")."""
        return place_conflict(a, b) and (a is None or b is None or frozenset((a.location, b.location)) not in ties)

    towns: dict[int, list[Any]] = {}
    for t in toponyms:
        if t.locative and t.kind == "town" and not (t.modifier or t.dateline or t.tentative or t.route):
            towns.setdefault(t.sentence, []).append(t.place)

    def told_at(cl: Cluster) -> list[Any]:
        return [p for s in {mentions[j].sentence for j in cl.members} for p in towns.get(s, ())]

    def placed(j: int, cl: Cluster) -> bool:
        """Does member ``j``'s place count? A stated place, one read from the context of its own sentence ("Similar
        scenes are reported from Backa Palanka") or a town read from another sentence (the riot told after "LILONGWE —
        Street vendors fought ..." is in Lilongwe); not a region read from another sentence (a people's name, "members
        of the Ngabe-Bugle community", is no place of the protesters who "had sat down on the road"), and for a
        reference only a place stated in its own sentence (the Cape Town of a headline stays off "the protest" in
        Durban; a "Location: La Paz, El Alto" line is no place of the riot it was joined to)."""
        p = facts[j].place
        if p is None:
            return False
        if parsed is None:
            return p.confidence >= 0.8 or p.span is not None
        own = p.span is not None and parsed.sentences[mentions[j].sentence].contains(p.span)
        if own and not told_of_trigger(parsed.doc, mentions[j].head, p.span):
            return False  # "had gathered to demand ... aid into Gaza"
        if j in cl.references:
            return p.confidence >= 0.8 and own
        return p.confidence >= 0.8 or own or (p.span is not None and p.value.geo_precision < 3)

    def one_town(cl: Cluster, other: Cluster) -> bool:
        """Are both events' placed mentions all at one town, a town a sentence of one of them names? Then a town another
        of their sentences names on the way ("blocked the main road ... and the road to Conakry") does not set the riot
        apart from "clashes between protesters and the security forces in the northern city of Labe"."""
        towns = {facts[j].place.value.location for c in (cl, other) for j in c.members if placed(j, c)}
        both = all(any(placed(j, c) for j in c.members) for c in (cl, other))
        return both and len(towns) == 1 and any(p.location in towns for p in told_at(cl) + told_at(other))

    def same_place_and_day(cl: Cluster, other: Cluster, days: bool = True) -> bool:
        """No place of either conflicts with one of the other, and their stated days overlap (or one has none). A place
        read from a member's context counts too ("Similar scenes are reported from Backa Palanka" is not the riot in
        Vrbas told before); so do the towns the members' sentences name, whatever place the mentions were given: when
        every town told with one conflicts with every town told with the other, they are two places."""
        members = [j for c in (cl, other) for j in c.members if placed(j, c)]
        sure = {mentions[j].sentence for j in members if facts[j].place.confidence >= 0.8}
        # a guessed place yields to one stated in its sentence ("fired tear gas ... at protesters outside the U.S.
        # Immigration and Customs Enforcement building in south Portland": no Washington riot beside Portland's)
        places = [facts[j].place.value for j in members if facts[j].place.confidence >= 0.8 or mentions[j].sentence not in sure]
        if any(apart(a, b) for a in places for b in places):
            return False
        mine, theirs = told_at(cl), told_at(other)
        if mine and theirs and all(apart(a, b) for a in mine for b in theirs) and not one_town(cl, other):
            return False
        if not days:
            return True
        d1, d2 = date_of(cl), date_of(other)
        return d1 is None or d2 is None or d1.overlaps(d2)

    def severest(cl: Cluster) -> int:
        """The member that names the protest: the most severe sub-type told in the body (a follow-up telling that
        the crowd set fire to vehicles makes the protest a riot; a headline's "clash" does not)."""
        told = [j for j in cl.members if mentions[j].sub_event_type in PROTEST_SEVERITY]
        body = [j for j in told if mentions[j].sentence not in headline] or told
        # not the speakers of a statement ("Protesters said several people were hurt when officers charged the crowd")
        said = [j for j in body if doc is None or not is_source(doc, mentions[j])] or body
        told = [j for j in said if doc is None or not riot_only_claimed(doc, mentions[j])] or said
        # not the hurt of the crowd ("Seven protesters were treated for injuries")
        told = [j for j in told if doc is None or not names_the_hurt(doc, mentions[j])] or told
        # not a protest told calm ("The protest was peaceful and the staff were allowed to leave")
        told = [j for j in told if doc is None or not called_calm(doc, mentions[j])] or told
        # not the crowd's name only ("The protesters, many of them students, sang the national anthem")
        told = [j for j in told if doc is None or not crowd_named_only(doc, mentions[j])] or told
        return max(told, key=lambda j: (PROTEST_SEVERITY.index(mentions[j].sub_event_type), j not in cl.references, -j))

    if parsed is not None:
        clusters = force_named_in_a_fight(clusters, mentions, parsed, same_place_and_day)
    for cl in clusters:
        if mentions[cl.head].sub_event_type in PROTEST_SEVERITY:
            cl.head = severest(cl)
    def same_protest(cl: Cluster, kept: list[Cluster]) -> Cluster | None:
        if mentions[cl.head].sub_event_type not in PROTEST_SEVERITY or cl.status is None:
            return None
        return next((o for o in kept if mentions[o.head].sub_event_type in PROTEST_SEVERITY and o.status is not None
                     and o.status.value == cl.status.value and same_place_and_day(cl, o)), None)

    def rehead(target: Cluster) -> None:
        target.head = severest(target)

    out = fold(clusters, same_protest, lambda cl: cl.references, rehead)
    out = crowd_parts(out, mentions, facts, parsed, same_place_and_day)
    return crowd_fights(out, mentions, parsed, same_place_and_day)


def force_named_in_a_fight(clusters: list[Cluster], mentions: Sequence[Mention], parsed: Any, same_place: Any) -> list[Cluster]:
    """A riot read only from the name of the force that ended a mob's fight ("Two cars were set on fire ... before riot
    police separated the two groups", after "supporters of the two clubs clashed with stones and flares") is that fight:
    every own mention's trigger a modifier of police people ("riot police", "riot officers"), told in the paragraph of a
    Mob violence event or the next, at its place. It names who broke the fight up, no riot of its own (and no riot for a
    later march of the same town to fold into)."""
    from .retyping import person

    doc = parsed.doc

    def force_word(j: int) -> bool:
        tok = doc[mentions[j].head]
        return tok.dep_ in ("compound", "amod") and tok.head.i > tok.i and tok.head.pos_ == "NOUN" and person(tok.head)

    def paragraphs(cl: Cluster) -> set[int]:
        return {parsed.paragraph_index(mentions[j].trigger.start) for j in cl.members}

    mobs = [cl for cl in clusters if mentions[cl.head].sub_event_type == MOB and cl.status is not None]

    def mob_of(cl: Cluster, _kept: list[Cluster]) -> Cluster | None:
        own = [j for j in cl.members if j not in cl.references]
        if mentions[cl.head].sub_event_type != "Violent demonstration" or cl.status is None or not own \
                or not all(force_word(j) for j in own):
            return None
        return next((o for o in mobs if o.status.value == cl.status.value and min(o.members) < min(cl.members)
                     and any(0 <= b - a <= 1 for a in paragraphs(o) for b in paragraphs(cl)) and same_place(cl, o, False)), None)

    return fold(clusters, mob_of, lambda cl: cl.members)


# what a crowd's fight with police is part of (the crowd's riot or mob violence of that place and day)
CROWD_FIGHTS = frozenset({"Violent demonstration", "Mob violence"})


def crowd_fights(clusters: list[Cluster], mentions: Sequence[Mention], parsed: Any, same_place_and_day: Any) -> list[Cluster]:
    """A fight of unnamed people told as a clash ("Street vendors fought running battles with police in central
    Lilongwe", "The youths, armed with machetes, fought for hours before gendarmes separated them") in a story of a riot
    or a mob's violence at its place and day, told in a paragraph of it or the next, is that riot or mob: a crowd's
    fight, no armed group's clash (WRITERS.md riot rule). Not when a sentence of the clash names an armed group or armed
    men (the actor catalogue's groups and ``armed`` words: "gunmen clashed with police" is a fight of its own)."""
    if parsed is None:
        return clusters
    from ..catalogue import words

    doc, armed = parsed.doc, words("armed")

    def unnamed(cl: Cluster) -> bool:
        return all(not (t.ent_id_.startswith("actor:") or in_words(t, armed))
                   for j in cl.members if j not in cl.references for t in doccache.sentence(doc, mentions[j].head))

    def paragraphs(cl: Cluster) -> set[int]:
        return {parsed.paragraph_index(mentions[j].trigger.start) for j in cl.members}

    crowds = [cl for cl in clusters if mentions[cl.head].sub_event_type in CROWD_FIGHTS and cl.status is not None]

    def crowd_of(cl: Cluster, _kept: list[Cluster]) -> Cluster | None:
        if mentions[cl.head].sub_event_type != "Armed clash" or cl.status is None or not crowds or not unnamed(cl):
            return None
        return next((o for o in crowds if o.status.value == cl.status.value and same_place_and_day(cl, o)
                     and any(abs(a - b) <= 1 for a in paragraphs(cl) for b in paragraphs(o))), None)

    return fold(clusters, crowd_of, lambda cl: cl.members)


def fold(clusters: list[Cluster], target_of: Callable[[Cluster, list[Cluster]], Cluster | None],
         joined_references: Callable[[Cluster], list[int]], then: Callable[[Cluster], None] | None = None) -> list[Cluster]:
    """Each cluster in turn joins the cluster ``target_of(cluster, kept so far)`` names — its members become the
    target's, ``joined_references(cluster)`` its references, then ``then(target)`` — or is kept as an event of its own."""
    out: list[Cluster] = []
    for cl in clusters:
        target = target_of(cl, out)
        if target is None:
            out.append(cl)
            continue
        target.members.extend(cl.members)
        target.references.extend(joined_references(cl))
        if then is not None:
            then(target)
    return out


def called_calm(doc: Any, m: Mention) -> bool:
    """Is a protest trigger the subject of a verb told calm, not negated ("The protest was peaceful", "the rally passed
    off peacefully", "the march remained calm", "ended without incident"; discourse.toml [crowd] calm_crowd)? It says
    what kind of protest it was: it names no more severe sub-type, whatever the classifier read into its sentence."""
    tok = doc[m.head]
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "nsubj":
        return False
    c = cues()
    verb, calm = tok.head, c.calm_crowd
    if any(ch.dep_ == "neg" for ch in verb.children) or any(t.lemma_.lower() in c.crowd_violence for t in doccache.sent_of(tok)):
        return False  # "was not peaceful"; "was peaceful until police fired tear gas"
    told = [ch for ch in verb.children if ch.dep_ in ("acomp", "advmod", "prep", "prt")]
    return any(in_words(t, calm) for ch in told for t in ch.subtree)


def crowd_named_only(doc: Any, m: Mention) -> bool:
    """Is a riot trigger only the crowd's name ("The protesters, many of them students, sang the national
    anthem"), in a sentence that tells no crowd violence nor its dispersal (discourse.toml [crowd] riot, dispersal) and
    no act of crowd violence or attack as a verb ([crowd] acts, [targets] attack_verbs)? It says who they were, not
    what they did: it names no sub-type of the protest. "Protesters stormed the council offices" still names the riot."""
    from .retyping import person

    tok = doc[m.head]
    if m.sub_event_type != "Violent demonstration" or tok.pos_ != "NOUN" or not person(tok):
        return False  # (the crowd a force removed or detained names the intervention: "removed demonstrators who had ...")
    c = cues()
    wild = c.crowd_violence - c.crowd_acts  # riot and dispersal words, any part of speech; the acts as verbs ("torches")
    acts = c.crowd_acts | c.attack_verbs | c.crowd_fights
    return not any(t.lemma_.lower() in wild or (t.pos_ == "VERB" and t.lemma_.lower() in acts)
                   for t in doccache.sent_of(tok) if t.i != tok.i)


def names_the_hurt(doc: Any, m: Mention) -> bool:
    """Is a protest or riot trigger only the people a care or harm verb tells of ("Seven protesters were treated for
    injuries", "Two demonstrators were taken to hospital", "11 protesters were hurt")? It tells what became of some of
    the crowd, not what the crowd did or what was done to it: it does not name the protest's sub-type."""
    c = cues()
    tok = doc[m.head]
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head.lemma_.lower()
    return (verb in c.care_verbs or verb in c.care_moves or verb in c.toll_verbs) and not _force_told(doccache.sent_of(tok))


def _force_told(sent: Any) -> bool:
    """Does the sentence tell the force that hurt them: a phrase of lethal force (triggers.toml [codebook] lethal_force)
    or an act of police or soldiers ("Four protesters were wounded when police fired live rounds at them", "... were hurt
    when officers charged them with batons")? Then the hurt name the protest's sub-type."""
    if codebook_words().lethal_force.search(sent.text):
        return True
    return any(_state_did(t) for t in sent if t.pos_ == "VERB")


def _state_did(verb: Any) -> bool:
    """Is the doer of the verb a state force's word ("police", "soldiers": classify.codebook.STATE_WORDS)?"""
    from ..classify.codebook import STATE_WORDS  # imported late: classify reads this package

    doer = doer_of(verb)[0]
    return doer is not None and in_words(doer, STATE_WORDS)


def riot_only_claimed(doc: Any, m: Mention) -> bool:
    """Is a riot mention no riot the story tells, only what the forces said of the crowd they broke up? It is reported (a
    complement of a reporting verb) and its trigger names the crowd or the hurt ("Police said the protesters had
    'obstructed officers' and that three policemen had been hurt") with no act of the crowd in its sentence (`[crowd]
    riot`, `acts`), or the story has someone say the crowd was peaceful ("four officers were hurt when protesters threw
    fireworks, the ministry says" ... "Organisers say the crowd was peaceful"). It stays part of the protest, which it
    does not make a riot."""
    from ..catalogue import words

    if m.sub_event_type != "Violent demonstration":
        return False
    c = cues()
    tok = doc[m.head]
    reporting = words("reporting")
    if not any((t.dep_ == "ccomp" and t.head.lemma_.lower() in reporting)
               or any(ch.dep_ == "parataxis" and ch.lemma_.lower() in reporting for ch in t.children) for t in (tok, *tok.ancestors)):
        return False  # the story's own telling ("when protesters stormed the council offices"), not "..., police said"
    if tok.lemma_.lower() in words("protesters") | words("crowd") | c.toll_verbs or tok.lower_ in c.toll_verbs:
        if not any(t.lemma_.lower() in c.crowd_riot | c.crowd_acts | c.crowd_fights for t in doccache.sent_of(tok)):
            return True
    return disputed(doc)


def disputed(doc: Any) -> bool:
    """Does someone in the story say the crowd or its protest was peaceful ("The organisers said the protest was
    peaceful", "Organisers say the crowd was peaceful")? A copular "peaceful" whose subject is a crowd or protest word, in
    a clause a reporting verb governs."""
    from ..catalogue import words

    people = words("protesters") | words("crowd") | words("protest_words")
    for t in doc:
        if t.lower_ != "peaceful" or t.dep_ != "acomp":
            continue
        verb = t.head
        if any(ch.dep_ == "nsubj" and ch.lemma_.lower() in people for ch in verb.children) \
                and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in words("reporting"):
            return True
    return False


# sub-types that tell part of a protest or riot at its place and day (ACLED: one event per place and day, the
# tear gas, arrests and looted shops inside it), with the protest sub-types each may be part of: looting only of a
# crowd rioting; arrests of any crowd (a peaceful one only when the arrest's sentence tells of the crowd: people
# detained away from a peaceful rally are arrests of their own)
CROWD_PARTS = {
    "Chemical weapon": frozenset(PROTEST_SEVERITY),
    "Arrests": frozenset({*PROTEST_SEVERITY, "Mob violence"}),
    "Looting/property destruction": frozenset({"Violent demonstration"}),
    # rioters breaking away to attack shops, told beside the riot; police separating a mob's fight, told beside it
    "Mob violence": frozenset({"Violent demonstration", "Mob violence", "Protest with intervention", "Excessive force against protesters"}),
    # a force breaking up a mob's fight or looting, told after it ("Police fired rubber bullets to disperse the crowd and
    # arrested 12 people", "Police fired tear gas and rubber bullets to separate the two sides")
    "Protest with intervention": frozenset({MOB}),
    "Excessive force against protesters": frozenset({MOB}),
    "Violent demonstration": frozenset({MOB}),
}
# a mob's fight takes a part only told in its own paragraph ("Fans of two clubs attacked each other with flares outside
# a bar in Split. Five people were taken to hospital and police arrested 17."): the arrests counted with the fight, as a
# riot's are (WRITERS.md Arrest tallies told with a riot; arrests on a later day or at homes stay their own event)


def part_type(doc: Any, m: Mention) -> str:
    """The sub-type a mention is a part of a crowd's event as: an arrest word the classifier typed an abduction ("Nine
    people, seven of them teenagers, were arrested", no agent told) is an arrest; else the mention's own sub-type."""
    from .references import lexicon_word

    if m.sub_event_type == "Abduction/forced disappearance" and lexicon_word(doc[m.head].lemma_.lower(), "Arrests"):
        return "Arrests"
    return m.sub_event_type


def crowd_parts(clusters: list[Cluster], mentions: Sequence[Mention], facts: Sequence[MentionFacts], parsed: Any,
                same_place_and_day: Any) -> list[Cluster]:
    """Tear gas fired, people arrested or shops looted in a story of a protest or riot are part of it ("Gendarmes
    replied with tear gas.", "19 people were arrested", "one protester lost an eye after being struck by a tear gas
    canister") when nothing sets them apart: no other place stated, no other day, and no date of their own unless
    told in a paragraph of the protest or, for an arrest whose sentence names the crowd, the one next to it ("28 June,
    Lome: gendarmes arrested 14 people in raids on homes" is another event), and for arrests no word of an operation of their own ("in house-to-house searches", "at their homes",
    ``[crowd] away``). The protest told nearest before the part takes it, else the first after."""
    if parsed is None:
        return clusters
    from ..catalogue import words
    from ..classify.arrests import arrested_attackers  # imported late: classify reads this package

    away = cues().away

    def elsewhere(j: int) -> bool:
        """An arrest told with a word of an operation of its own in its clause ("Hours later, police arrested", not "17
        were detained, four of whom were later placed under arrest")."""
        if part_type(parsed.doc, mentions[j]) != "Arrests":
            return False
        if arrested_attackers(parsed.doc, mentions[j].start_token, mentions[j].end_token):
            return True  # "police arrested two men who beat a student near the university": not the crowd's arrest
        own = clause_verb(parsed.doc[mentions[j].head])
        return any(t.lemma_.lower() in away and clause_verb(t) == own for t in doccache.sentence(parsed.doc, mentions[j].head))

    def paragraphs(cl: Cluster) -> set[int]:
        return {parsed.paragraph_index(mentions[j].trigger.start) for j in cl.members}

    def own_date(j: int) -> bool:
        d = facts[j].date
        return d is not None and d.span is not None and parsed.sentences[mentions[j].sentence].contains(d.span) \
            and dates_trigger(parsed.doc, mentions[j], d.span)

    def day_told(j: int) -> bool:
        """Does the mention's sentence state a day, whatever clause the parser hangs it on?"""
        d = facts[j].date
        return d is not None and d.span is not None and parsed.sentences[mentions[j].sentence].contains(d.span)

    crowd = words("protesters") | words("crowd") | words("rioters")
    reporting = words("reporting")
    arrest_ties = cues().arrest_ties

    def tally_told_later(j: int) -> bool:
        """Is an arrest a count told in the past perfect under a statement ("police in Lilongwe said they had arrested 14
        people over Saturday's violence", "The police commissioner said on Thursday that 46 people had been arrested")?
        WRITERS.md Arrest tallies told with a riot: inside the riot, whatever day the statement was made."""
        verb = clause_verb(parsed.doc[mentions[j].head])
        if verb is None or any(in_words(t, arrest_ties) and t.dep_ != "amod" for t in verb.subtree):
            return False  # "on suspicion of taking part in the attack": suspects of the act (WRITERS.md Suspects arrested later)
        return part_type(parsed.doc, mentions[j]) == "Arrests" and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in reporting and any(ch.dep_ == "aux" and ch.lower_ == "had" for ch in verb.children) \
            and any(ch.dep_ in ("dobj", "nsubjpass") and any(g.dep_ == "nummod" for g in ch.children) for ch in verb.children)

    def names_crowd(cl: Cluster) -> bool:
        """Does the sentence of one of an arrest's own mentions name the crowd ("detained four members of the union after
        marchers sat down in the road")?"""
        return part_type(parsed.doc, mentions[cl.head]) == "Arrests" and any(
            any(t.lemma_.lower() in crowd for t in doccache.sentence(parsed.doc, mentions[j].head)) for j in cl.members if j not in cl.references)

    def at_the_crowd(cl: Cluster, other: Cluster) -> bool:
        """Is an arrest told of the crowd of a peaceful protest (its sentence names the crowd)? Not one that only names
        the rally ("detained 11 people on suspicion of calling for mass unrest, a day before a rally they had planned")."""
        if mentions[other.head].sub_event_type != "Peaceful protest" or part_type(parsed.doc, mentions[cl.head]) != "Arrests":
            return True
        return names_crowd(cl)

    roles = cues().arrested_roles | words("political_persons") | words("office_holders") | words("officials")

    def picked_up_before(cl: Cluster, other: Cluster) -> bool:
        """Is an arrest told before the protest, of people named by their role ("arrested eight officials of the party at
        its regional office as they prepared for a rally"), its sentence naming no crowd? Another occasion (WRITERS.md
        Arrests tied to a protest), an event of its own."""
        if part_type(parsed.doc, mentions[cl.head]) != "Arrests" or names_crowd(cl) or min(cl.members) > min(other.members):
            return False
        verb = parsed.doc[mentions[cl.head].head]
        held = [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
        return any(in_words(t, roles) for h in held for t in (h, *(g for p in h.children if p.dep_ == "prep" for g in p.children)))

    def told_with(cl: Cluster, other: Cluster) -> bool:
        """Is the part told in a paragraph of the protest, or (an arrest naming the crowd) in the next or previous one?"""
        mine, theirs = paragraphs(cl), paragraphs(other)
        return bool(mine & theirs) or (names_crowd(cl) and any(abs(a - b) == 1 for a in mine for b in theirs))

    def near(cl: Cluster, other: Cluster) -> bool:
        """Is the part told in a paragraph of the protest or the one next to it?"""
        return any(abs(a - b) <= 1 for a in paragraphs(cl) for b in paragraphs(other))

    def force_did(cl: Cluster) -> bool:
        """Is every own mention of the cluster the act of a state force ("Police and men in plain clothes broke up the
        gathering and beat several people")?"""
        own = [j for j in cl.members if j not in cl.references]
        return bool(own) and all(_state_did(parsed.doc[mentions[j].head]) for j in own)

    protests = [cl for cl in clusters if mentions[cl.head].sub_event_type in (*PROTEST_SEVERITY, MOB) and cl.status is not None]
    joined: set[int] = set()  # ids of the clusters that became parts (no longer events to take parts)
    out: list[Cluster] = []
    for cl in clusters:
        kinds = CROWD_PARTS.get(part_type(parsed.doc, mentions[cl.head]))
        if kinds is None or cl.status is None or not protests or any(elsewhere(j) for j in cl.members if j not in cl.references):
            out.append(cl)
            continue
        first = min(cl.members)
        fitting = []
        for other in protests:
            if other is cl or id(other) in joined or other.status.value != cl.status.value \
                    or mentions[other.head].sub_event_type not in kinds:
                continue
            # a mob's fight takes only what is told after it, in its own paragraph or (a part with no day of its own in
            # its sentence: "Police in riot gear kept the two groups apart after the fighting and detained 31") the next
            mob = mentions[other.head].sub_event_type == MOB
            # (a riot's or a protest's, not a mob's: "had arrested 11 Tunisians over the attack" on migrants' homes)
            later = not mob and all(tally_told_later(j) for j in cl.members if j not in cl.references)
            undated = (mob and not any(day_told(j) for j in cl.members if j not in cl.references)) or later
            if mob and (min(other.members) > min((j for j in cl.members if j not in cl.references), default=first) or not any(0 <= b - a <= (1 if undated else 0)
                                                               for a in paragraphs(other) for b in paragraphs(cl))):
                continue
            if not same_place_and_day(cl, other, not undated) or not at_the_crowd(cl, other) or picked_up_before(cl, other):
                continue
            if not later and any(own_date(j) for j in cl.members) and not told_with(cl, other):
                continue
            if mentions[cl.head].sub_event_type == "Mob violence" and not near(cl, other):
                continue  # a mob's violence is the riot's only when told beside it
            if mentions[cl.head].sub_event_type == "Mob violence" and mentions[other.head].sub_event_type in INTERVENTIONS \
                    and not force_did(cl):
                continue  # a protest's crowd attacked by others is their riot; "police ... beat several people" its breaking up
            fitting.append(other)
        before = [o for o in fitting if min(o.members) < first]
        target = max(before, key=lambda o: min(o.members)) if before else min(fitting, key=lambda o: min(o.members), default=None)
        if target is None:
            out.append(cl)
            continue
        target.members.extend(cl.members)
        target.references.extend(cl.members)  # a part fills only what the protest's own mentions lack
        joined.add(id(cl))
    return out
