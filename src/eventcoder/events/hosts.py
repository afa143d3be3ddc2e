"""A mention of a sentence that only tells part of another trigger's event in the same sentence ("killed 18
villagers in a raid", "raided the old city and arrested five men", "fought with machetes")."""

from __future__ import annotations

from typing import Any, Sequence

from .. import doccache
from ..lexicon import TERRITORY
from ..records import Mention, MentionFacts
from ..syntax import clause_verb, list_head
from .cluster import Cluster
from .cues import Cues, cues
from .follow_ups import FOLLOW_PARTS
from .place_match import place_conflict, same_place, stated_place
from .mentions import first_noun
from .recall import recalled_beside
from .retyping import person


def in_violent_context(doc: Any, m: Mention, mentions: Sequence[Mention], c: Cues) -> bool:
    """Is the mention's sentence about a violent event: another trigger of a violent type, or a definite
    reference to one ("recovered rifles after the clash"; not one naming the kind of the sentence's own event, "shot
    down three drones, the first such attack on the city")?"""
    if any(
        o.sentence == m.sentence and o.event_type in c.violence_types and not recalled_beside(doc, o, m)
        for o in mentions
    ):
        return True
    if m.sub_event_type != "Disrupted weapons use":
        return False
    sent = doccache.sentence(doc, m.head)
    return any(
        t.lower_ in c.byproduct_context and any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in t.children)
        and not any(ch.lower_ in c.byproduct_kind for ch in t.children)
        for t in sent
    )


def arresting_raid(doc: Any, m: Mention, i: int, mentions: Sequence[Mention], clusters: list[Cluster], c: Cues,
                   parsed: Any = None, f: MentionFacts | None = None) -> Cluster | None:
    """The raid of the same sentence that an arrest was made in, when nothing violent happened in it: "forces
    raided the old city before dawn and arrested five men" is one Arrests event (ACLED), not an armed clash. So is a
    raid told in the sentence before, in the same paragraph, when the arrest's sentence states no place or date of its
    own ("conducted a raid near Jarabulus, capturing a senior ISIS official. The individual was taken into custody
    without incident")."""
    if m.sub_event_type != "Arrests":
        return None
    sent = doccache.sentence(doc, m.head)
    if c.violence_told(sent):
        return None  # "raided a hideout, killing three militants, and arrested two": a clash with arrests
    sentence = parsed.sentences[m.sentence] if parsed is not None else None
    told_next = sentence is not None and f is not None and m.sentence > 0 and not any(
        x is not None and x.span is not None and sentence.contains(x.span) for x in (f.place, f.date))
    for cl in clusters:
        h = mentions[cl.head]
        if not (len(cl.members) == 1 and h.sub_event_type == "Armed clash" and doc[h.head].lemma_.lower() in c.raids
                and cl.status is not None and cl.status.value == m.status.value):
            continue
        if h.sentence == m.sentence:
            return cl
        if told_next and h.sentence == m.sentence - 1 \
                and parsed.paragraph_index(h.trigger.start) == parsed.paragraph_index(m.trigger.start) \
                and not c.violence_told(doccache.sentence(doc, h.head)):
            return cl
    return None


def _bare_weapon(tok: Any) -> bool:
    """Is the noun told with nothing that says whose it is: no name, nationality or other noun before it, no possessor
    ("several bombs", "two shells"; not "rebel drones", "Russian missiles", "the army's shells")?"""
    return not any(ch.dep_ in ("compound", "poss", "nmod") or (ch.dep_ == "amod" and (ch.ent_type_ or ch.text[:1].isupper()))
                   for ch in tok.children)


CAUSE_PREPS = ("over", "for", "after")  # what an arrest was made over: "arrested 12 men over a fight", "after the attack"


def outside_causes(sent: Any) -> list[Any]:
    """The tokens of a sentence outside the phrases that tell what an act was over (``CAUSE_PREPS``)."""
    inside = {t.i for p in sent if p.dep_ == "prep" and p.lower_ in CAUSE_PREPS for t in p.subtree}
    return [t for t in sent if t.i not in inside]


def host_of(doc: Any, m: Mention, i: int, mentions: Sequence[Mention], clusters: list[Cluster],
          facts: Sequence[MentionFacts] | None = None) -> Cluster | None:
    """The event of an earlier trigger of the sentence this one only describes: "killed 18 villagers in
    a raid", "seized the town after heavy fighting" (a clash reported with a territory change)."""
    violent = cues().violence_types
    head = doc[m.head]
    same = [(cl, j) for cl in clusters for j in cl.members if j < i and mentions[j].sentence == m.sentence]
    phrase = first_noun(doc, m)  # "in the exchange of fire"
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.lemma_.lower() in cues().fight_spans and phrase.head.head.dep_ == "pobj":
        phrase = phrase.head.head  # "after about 40 minutes of exchange of fire": the fight's length, told of the fight
    if phrase.pos_ == "NOUN" and phrase.dep_ == "pobj" and phrase.head.lower_ in ("in", "during", "after", "amid"):
        governor = phrase.head.head
        # the verbs it hangs on: its own, and the verb that one is coordinated with when it has no subject of its own
        # ("killed two herders and drove off about 90 zebu in a raid": the raid is the killing's too)
        governors = {governor.i}
        while governor.dep_ == "conj" and governor.head is not governor and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in governor.children):
            governor = governor.head
            governors.add(governor.i)
        # "detained an ISIS facilitator during a raid in the village of Dhiban": a raid with nothing violent in its
        # sentence is how the arrest was made (``arresting_raid``, told the other way round)
        # (violence told as what the arrests were over is no violence of the raid: "arrested 12 young men on Sunday in
        # raids on homes in Larnaca and Nicosia over a fight between supporters ..., in which seven people were hurt")
        arresting = doc[m.head].lemma_.lower() in cues().raids and not cues().violence_told(outside_causes(doccache.sent_of(head)))
        for cl, j in same:
            # a verb joined to a violent event tells it too ("The attackers withdrew ... after 40 minutes of exchange of fire")
            told = mentions[j].event_type in violent or (j in cl.references and mentions[cl.head].event_type in violent)
            # (a phrase trigger counts by any of its words: "exchanged fire with gunmen during a raid" hangs on "exchanged")
            if any(mentions[j].start_token <= g < mentions[j].end_token for g in governors) \
                    and (told or (arresting and mentions[j].sub_event_type == "Arrests")):
                return cl
    user = _instrument(head) if head.pos_ == "NOUN" and m.event_type in violent else None
    if user is not None:
        # "one person was killed when supporters fought with sticks, machetes and crude bombs": the weapon the
        # violence of the sentence was done with, not an event of its own — when the verb it was used with is that
        # event's trigger ("US forces responded with counter-battery fire" after "Rockets hit a US base" is a second event)
        # (a phrase trigger by any of its words: "opened fire ... with machine guns and mortars", its head "fire")
        for cl, j in same:
            if mentions[j].start_token <= user.i < mentions[j].end_token and mentions[cl.head].event_type in violent:
                return cl
    if m.event_type in violent:
        # "attacked the police station with explosives dropped from drones": how the weapon got there, the attack's
        for cl, j in same:
            if used_weapon(doc, m, mentions[j]) and mentions[cl.head].event_type in violent:
                return cl
        # "a young man was killed when members of two rival groups fought with machetes", "when gunmen stormed the
        # village, five people were killed": the clause says how the other trigger's violence happened
        # (a fire phrase by its verb: "two men were shot dead when Borana and Gabra herders *exchanged fire*"; not a crowd's
        # act, "killed ... when Hindus and Muslims threw stones at each other": the riot names that event)
        mine = head.head if head.pos_ != "VERB" and head.dep_ == "dobj" and head.lemma_.lower() == "fire" else head
        for cl, j in same:
            other = doc[mentions[j].head]
            if mentions[cl.head].event_type in violent and (when_of(mine, other) or when_of(other, mine)):
                return cl
    if m.event_type in violent and (noun := _told_in_which(head)) is not None:
        # "over Sunday's riot, in which a young man was shot dead": what a relative clause tells happened in an event
        # named in its sentence is part of that event
        for cl, j in same:
            if mentions[j].head == noun.i:
                return cl
    if m.event_type in violent and facts is not None:
        # "During the intense exchange of fire, three soldiers, having fought gallantly, embraced shahadat": a second
        # word for the same fight in its sentence, with no place of its own or the same ("exchanged artillery fire ...,
        # with shells landing near Mendhar ... and near Kotli" are two events)
        here = stated_place(facts[i])
        verb = clause_verb(head)
        # not a clause with a subject of its own or a coordinated one ("Rockets hit a US base and US forces responded with
        # counter-battery fire": the reply)
        # ("army warplanes bombed RSF positions, and residents said several bombs fell on homes": a weapon that is its
        # clause's subject with nothing saying whose is no doer of its own, ``_bare_weapon``)
        own_subject = verb is not None and (verb.dep_ == "conj" or any(
            ch.dep_ in ("nsubj", "nsubjpass") and not (ch.i == head.i and _bare_weapon(head)) for ch in verb.children))
        # a verb coordinated with the other trigger's, with no subject of its own, is what the same doers did next ("armed
        # youths raided cattle camps near Leer and fought the camps' armed herders for hours"): the same event, a fight
        # when the next act is one (``fought_on``)
        shared = _shares_subject(verb)
        for cl, j in same:
            there = stated_place(facts[j])
            # (a place stated for one trigger of a clause is the other's when both hang on its verb: "A junta fighter jet
            # dropped two bombs on Mindat town")
            # (so is a place told after two verbs of one subject: "killed four villagers and abducted a girl in a night raid
            # on a hamlet on the outskirts of Mora")
            one_clause = there is None and verb is not None and (clause_verb(doc[mentions[j].head]) == verb
                                                                 or (shared and clause_verb(doc[mentions[j].head]) == verb.head))
            if (mentions[j].sub_event_type == m.sub_event_type or (shared and fought_on(m, mentions[j], doc))
                    or one_doers_act(doc, m, mentions[j], mentions[cl.head])) \
                    and (here is None or one_clause or (there is not None and same_place(here, there))) and not _other_date(facts[i], facts[j]) \
                    and (not own_subject or clause_verb(doc[mentions[j].head]) == verb
                         or (shared and clause_verb(doc[mentions[j].head]) == verb.head)):
                return cl
    if m.event_type in HURTING_TYPES and the_two_sides(head):
        # "gunmen ambushed a patrol ... on Sunday, and the two sides exchanged fire for several hours": the fight of the
        # sentence told again by its sides, at its place and day
        here = stated_place(facts[i]) if facts is not None else None
        for cl, j in same:
            there = stated_place(facts[j]) if facts is not None else None
            if mentions[cl.head].event_type in HURTING_TYPES and not (facts is not None and _other_date(facts[i], facts[j])) \
                    and not (here is not None and there is not None and place_conflict(here, there)):
                return cl
    for cl, j in same:  # "missile and drone attacks": one trigger word modifies the other's noun
        other = doc[mentions[j].head]
        if other.head.i == head.i and other.dep_ in ("compound", "amod", "conj", "nmod") and head.pos_ == "NOUN":
            return cl
    if m.sub_event_type == "Armed clash":
        for cl, j in same:
            if mentions[j].sub_event_type in TERRITORY:
                return cl
    doer = head if head.pos_ == "VERB" else head.head if head.dep_ == "dobj" and head.head.pos_ == "VERB" else None
    if m.sub_event_type in FOLLOW_PARTS and doer is not None and not any(ch.dep_ == "nsubj" for ch in doer.children):
        # "the attack ..., in which five civilians were killed and several houses were looted": property destroyed
        # in a violent event is part of it (ACLED), unless the sentence gives the looting a subject of its own
        # or a place of its own ("ambushed a patrol near Ntoroko and torched two trucks in Bundibugyo town"); a noun
        # trigger counts by its verb ("attacked the village, setting fire to homes and cars")
        here = stated_place(facts[i]) if facts is not None else None
        for cl, j in same:
            there = stated_place(facts[j]) if facts is not None else None
            towns = here is not None and there is not None and here.geo_precision < 3 and there.geo_precision < 3
            if mentions[cl.head].event_type in violent \
                    and not (towns and place_conflict(here, there)):
                return cl
    if head.pos_ == "VERB" and head.lemma_.lower() in cues().lead_verbs and _shares_subject(head) \
            and any(ch.dep_ == "dobj" and (ch.tag_ == "PRP" or person(ch)) for ch in head.children):
        # "Armed men abducted 11 farmers ... and marched them towards the border": the doers leading off the people they
        # took is that taking, no march of protesters
        for cl, j in same:
            if mentions[j].head == head.head.i:
                return cl
    if (m.event_type not in violent or m.sub_event_type == "Abduction/forced disappearance") and head.pos_ == "VERB" and head.dep_ == "conj":
        # "arrested 14 fishermen and seized two trawlers": what the arresting force did in the same breath is the arrest
        for cl, j in same:
            if mentions[j].sub_event_type == "Arrests" and mentions[j].head == head.head.i:
                return cl
    if m.sub_event_type == "Arrests":  # "police used water cannon ... and detained 30 people"
        for cl, j in same:
            if mentions[cl.head].sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
                return cl
        for cl, j in same:  # "17 people were detained, four of whom were later placed under arrest": the same people
            if mentions[j].sub_event_type == "Arrests" and _relative_on(head, doc[mentions[j].head]):
                return cl
    if m.sub_event_type == "Protest with intervention":  # "settlers set fire to cars before soldiers fired tear gas at the farmers"
        for cl, j in same:
            if mentions[cl.head].event_type in ("Violence against civilians", "Battles"):
                return cl
    if m.sub_event_type == "Peaceful protest":  # "demonstrators burned tyres and hurled stones"
        for cl, j in same:
            if mentions[cl.head].event_type == "Riots":
                return cl
    return None


HURTING_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")  # not a crowd's riot (``protests``)


def one_doers_act(doc: Any, m: Mention, other: Mention, host: Mention) -> bool:
    """Does the trigger tell, in the other trigger's clause, another side of the same doers' act, whatever sub-type each
    word reads ("Boko Haram fighters killed four villagers and abducted a girl in a night raid", "attacked a Somali army
    base ..., setting off a car bomb at the gate", "beat a local official and took him away")? One event (the host's
    type), when both are violence that hurts and the trigger's verb is the other's, or joined to it with no subject of
    its own (a coordinated verb or a participle), and the trigger is no item of a list with the other ("Houthi drones and
    artillery struck": two weapons, two events) nor a toll ("leaving five dead"). The caller checks places and days."""
    if m.event_type not in HURTING_TYPES or other.event_type not in HURTING_TYPES or host.event_type not in HURTING_TYPES:
        return False
    from .codebook_type import killing_word  # (late: codebook_type reads classify, which reads this package)

    if killing_word(doc, m):
        return False  # a toll told with the act ("leaving five people dead") is read by the casualty rules, not as its doers' act
    tok, theirs = doc[m.head], doc[other.head]
    if any(t.pos_ == "NOUN" and (t.dep_ == "conj" or any(ch.dep_ == "conj" for ch in t.children)) for t in (tok, theirs)) \
            or (tok.pos_ == "NOUN" and (tok.head.i == theirs.i or theirs.head.i == tok.i)):
        return False  # (a listed weapon: "drones and artillery struck")
    verb, their_verb = clause_verb(tok), clause_verb(theirs)
    if verb is None or their_verb is None:
        return False
    if verb == their_verb:
        # (one of the two is the verb itself: "opened fire on a checkpoint"; not two nouns of another verb, "The strikes
        # followed an attack by Lakurawa fighters")
        return verb.i in (tok.i, theirs.i)
    if any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        return False
    if verb.dep_ == "conj":
        return _shares_subject(verb) and verb.head == their_verb
    # a participle or infinitive that tells how ("setting off a car bomb", "leaving five dead")
    return verb.dep_ in ("advcl", "xcomp") and verb.head == their_verb and verb.tag_ in ("VBG", "VBN")


def the_two_sides(tok: Any) -> bool:
    """Is the subject of the trigger's clause the pair of sides of a fight ("the two sides exchanged fire", "both sides
    fired"; discourse.toml [anaphora] fight_sides, pair_words)?"""
    c = cues()
    verb = tok if tok.pos_ == "VERB" else clause_verb(tok)
    if verb is None:
        return False
    return any(ch.dep_ == "nsubj" and ch.lemma_.lower() in c.fight_sides and any(g.lower_ in c.pair_words for g in ch.children)
               for ch in verb.children)


def _other_date(a: MentionFacts, b: MentionFacts) -> bool:
    """Do two mentions' dates not overlap (both known)?"""
    if a.date is None or b.date is None:
        return False
    return not a.date.value.overlaps(b.date.value)


def _relative_on(tok: Any, other: Any) -> bool:
    """Is ``tok`` in a relative clause hanging on ``other``'s subject or object ("17 people were detained, four of whom
    were later placed under arrest")?"""
    path = []
    for node in (tok, *tok.ancestors):
        if node.i == other.i:
            # the parser may hang "four of whom were placed" on the verb as an adverbial clause: its relative pronoun says
            return any(t.dep_ == "relcl" or (t.pos_ in ("VERB", "AUX") and any(w.tag_ in ("WP", "WDT") for w in t.children)
                                             or any(w.tag_ == "WP" for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree))
                       for t in path)
        path.append(node)
    return False


def _told_in_which(tok: Any) -> Any | None:
    """The noun a relative clause "in which"/"during which" tells of, when the trigger is that clause's verb or a verb
    coordinated with it ("the riot, in which a young man was shot dead and a police post was burned"), else None."""
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("dobj", "nsubjpass", "nsubj") else None
    while verb is not None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb is None or verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return None
    if any(p.dep_ == "prep" and any(w.dep_ == "pobj" and w.tag_ == "WDT" for w in p.children) for p in verb.children):
        return verb.head
    return None


def when_of(clause: Any, main: Any) -> bool:
    """Is ``clause`` a verb of a "when"/"as" clause hanging on the verb ``main`` (or on the verb ``main`` is the object
    or subject of)?"""
    if clause.pos_ != "VERB" or clause.dep_ not in ("advcl", "relcl") \
            or not any(ch.dep_ in ("mark", "advmod") and ch.lower_ in ("when", "as") and ch.i < clause.i for ch in clause.children):
        return False
    verb = main if main.pos_ in ("VERB", "AUX") else main.head
    # the parser may hang the clause on a time noun of the main clause ("on Saturday night when members ... fought")
    return verb.i in {a.i for a in clause.ancestors}


def used_weapon(doc: Any, m: Mention, other: Mention) -> bool:
    """Is the trigger a participle after the weapon another trigger's verb was done with, telling how it was used
    ("FARC dissidents attacked the police station with explosives dropped from drones", whether the parser hangs
    "dropped" on "explosives" or on "attacked")? One event, which the weapon names."""
    tok, verb = doc[m.head], doc[other.head]
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBN", "VBD") or tok.i == 0 or verb.pos_ != "VERB":
        return False  # (not a clause of its own in the present participle: "with shells landing near Mendhar")
    if tok.dep_ == "advcl" and tok.head.i == verb.i and any(ch.dep_ == "mark" and ch.lower_ == "with" for ch in tok.children):
        return any(ch.dep_ in ("nsubj", "nsubjpass") and ch.pos_ == "NOUN" for ch in tok.children)  # "with" read as a mark
    noun = doc[tok.i - 1]
    if not ((tok.dep_ == "acl" and tok.head.i == noun.i) or (tok.dep_ == "advcl" and tok.head.i == verb.i)):
        return False
    noun = list_head(noun)
    return noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.i == verb.i


def _instrument(tok: Any) -> Any | None:
    """The verb whose "with" the noun (or the list it is in) is the object of ("fought with machetes and crude bombs",
    "attacked the village with grenades"), else None."""
    tok = list_head(tok)
    # not an absolute "with" that tells what happened ("exchanged fire, with shells landing near Mendhar")
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB" \
            and not any(ch.dep_ in ("acl", "relcl") and ch.pos_ == "VERB" for ch in tok.children):
        return tok.head.head
    return _misparsed_item(tok)


def _misparsed_item(tok: Any) -> Any | None:
    """The verb of a "with" list whose last item the parser hung on the verb itself ("fought with machine guns and hand
    grenades": "grenades" the object of "hand" taken for a verb joined to "fought", or "grenades" joined to "fought"),
    else None: the item comes right after an "and"/"or" that comes right after the verb's "with" phrase."""
    node = tok.head if tok.dep_ == "dobj" and tok.head.i == tok.i - 1 and tok.head.dep_ == "conj" else tok
    if node.dep_ != "conj" or node.head.pos_ != "VERB" or node.left_edge.i < 2:
        return None
    verb, doc = node.head, node.doc
    cc = doc[node.left_edge.i - 1]
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "or"):
        return None
    return verb if any(p.dep_ == "prep" and p.lower_ == "with" and p.right_edge.i == cc.i - 1 and any(w.dep_ == "pobj" for w in p.children)
                       for p in verb.children) else None


def _shares_subject(verb: Any) -> bool:
    """Is the verb coordinated with an earlier one, with no subject of its own ("raided cattle camps and fought the
    herders")?"""
    if verb is None or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or verb.head.i >= verb.i \
            or any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children):
        return False
    # right after the "and" (or "then"): the parser may hang a subject of its own on a noun before ("Rockets hit a base
    # on Monday and US forces responded": "forces" joined to "Monday")
    k = verb.i - 1
    while k > 0 and verb.doc[k].pos_ in ("ADV", "PART", "AUX"):
        k -= 1
    return verb.doc[k].pos_ == "CCONJ" or verb.doc[k].lower_ == "then"


def fought_on(m: Mention, other: Mention, doc: Any = None) -> bool:
    """Does the mention tell a fight after the other's attack ("raided cattle camps ... and fought the camps' armed
    herders"): the event is the fight? With ``doc``, only when its verb is coordinated with the attack's and shares its
    subject."""
    if m.sub_event_type != "Armed clash" or other.sub_event_type != "Attack":
        return False
    if doc is None:
        return True
    verb = doc[m.head]  # the fight's own verb ("in a raid" after "killed four villagers and drove off cattle" is no fight told next)
    return verb.pos_ == "VERB" and _shares_subject(verb) and clause_verb(doc[other.head]) == verb.head
