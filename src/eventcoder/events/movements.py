"""Forces moving in a fight, not ground changing hands, and forces sent after it (`[movements]` in discourse.toml): "The
army said its troops had pulled back to avoid civilian casualties", "troops were pursuing the attackers", "The army
deployed reinforcements to the area and launched a search operation" after a violent event are part of it."""

from __future__ import annotations

from typing import Any, Sequence

from .. import doccache
from ..catalogue import words
from ..records import Mention, MentionFacts
from ..syntax import names_place, shared_subject, verb_over
from .cluster import Cluster
from .cues import Cues, first_match
from .retyping import armed_people


def names_no_ground(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a territory verb, or a verb of leaving (the catalogue's ``leave`` words: "Residents said the RSF had
    withdrawn overnight") that the classifier gave a non-violent sub-type, whose clause names no place and no ground
    noun?"""
    tok = doc[m.head]
    if tok.pos_ != "VERB" or not (m.sub_event_type in c.movement_types or _leaving(tok, m, c)):
        return False
    # not what a relative clause says of the people pursued ("the attackers, who had crossed from Congo")
    told = [t for t in tok.subtree if not any(a.dep_ in ("relcl", "acl") and a.i != tok.i and a in tok.subtree for a in t.ancestors) and t.dep_ not in ("relcl", "acl")]
    return not any(names_place(t, c.ground) for t in told)


def doers_leave(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a verb of leaving (the catalogue's ``leave`` words) whose subject is the armed people told before,
    named again ("The attackers withdrew towards the border after about 40 minutes of exchange of fire", "the gunmen fled
    into the forest")? The end of their attack, whatever ground the clause names, not a transfer of territory."""
    from .mentions import told_by_subject

    tok = doc[m.head]
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in words("leave") | words("fleeing") or not told_by_subject(doc, m, c):
        return False
    return any(ch.dep_ == "nsubj" and armed_people(ch) for ch in tok.children)


def _leaving(tok: Any, m: Mention, c: Cues) -> bool:
    """Is a verb the classifier gave a non-violent sub-type one of leaving, said of forces that move, not counted people
    over a period ("Since January, 86 former rebels have surrendered": a tally)?"""
    if tok.lemma_.lower() not in words("leave") or m.event_type in c.violence_types or first_match(c.period, doccache.sent_of(tok).text):
        return False
    return not any(ch.dep_ == "nsubj" and any(g.dep_ == "nummod" for g in ch.children) for ch in tok.children)


def presence_only(doc: Any, m: Mention, c: Cues) -> bool:
    """Does the trigger tell forces being there ("Troops patrolled the town centre", "soldiers were patrolling the city
    centre") with no violence in its clause, or calm told back ("Calm had returned to Makeni", "order was restored")? No
    event: a patrol that is attacked or opens fire is told by that trigger."""
    tok = doc[m.head]
    verb = verb_over(tok, ("nsubj", "nsubjpass"))
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in c.calm_verbs:
        return any(ch.dep_ in ("nsubj", "nsubjpass") and ch.lemma_.lower() in c.calm_nouns for ch in verb.children)
    # a clause of its own, not a participle describing people ("soldiers guarding an oil site beat and detained 12 fishermen")
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(ch.dep_ in ("aux", "auxpass") for ch in verb.children)
    return lemma in c.presence_verbs and verb.i == tok.i and finite and verb.dep_ not in ("acl", "relcl", "amod", "advcl", "xcomp", "pcomp") \
        and not c.violence_told(verb.subtree)


def operation_frame(doc: Any, m: Mention, c: Cues) -> bool:
    """Does the trigger verb tell state forces going after someone or something, an operation's frame with nothing done
    yet ([movements] frame_verbs: "An Afghan and coalition security force targeted an Islamic Movement of Uzbekistan
    leader in the Dara Soof Payan district", "searched a small compound outside the village", "The combined force
    surrounded the village of Dehesk")? Its object a person the operation was after ([aggregate] target_roles), a
    building or ground; no violence told in its clause, no instrument ("targeted the positions with artillery"). No
    event: what the operation found is told in its own words (arrests, a clash, weapons seized)."""
    verb = doc[m.head]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in c.frame_verbs or c.violence_told(verb.subtree):
        return False
    if verb.dep_ == "amod" and verb.head.lemma_.lower() in c.target_roles:
        return True  # "to search for the targeted individual": the one the operation was after, described
    sites = words("buildings") | words("offices") | c.target_roles | c.ground

    def aimed_at(o: Any) -> bool:
        # the noun, a noun before it or its of-phrase ("a compound north of the village", "an Islamic Movement of
        # Uzbekistan leader" read as "Movement of ... leader")
        return o.lemma_.lower() in sites or any(
            (ch.dep_ == "compound" and ch.lemma_.lower() in sites)
            or (ch.dep_ == "prep" and ch.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in sites for g in ch.children))
            for ch in o.children)

    objects = [ch for ch in verb.children if ch.dep_ == "dobj"]
    if not objects or not all(aimed_at(o) for o in objects):
        return False
    if any(ch.dep_ == "prep" and ch.lower_ == "with" for ch in verb.children):
        return False
    return _forces_do(verb, words("army") | words("police") | c.arriving_forces)


def arrives(verb: Any, c: Cues) -> bool:
    """Is the verb one of forces arriving or massing ([movements] arrival_verbs: "arrived", "massed", "have taken up
    position", a lemma with its particle and object where the list gives them)?"""
    lemma = verb.lemma_.lower()
    particle = " ".join(ch.lower_ for ch in verb.children if ch.dep_ == "prt")
    return lemma in c.arrival_verbs or bool(particle) and any(
        f"{lemma} {particle} {ch.lemma_.lower()}" in c.arrival_verbs for ch in verb.children if ch.dep_ == "dobj")


def sends(verb: Any, c: Cues) -> bool:
    """Is the verb one of sending forces ([movements] response_verbs: "deployed", "were sent"), or one that sends only with
    what is sent as its object or passive subject (object_sending_verbs: "moved armoured vehicles between the two sides",
    not "officers moved in")?"""
    lemma = verb.lemma_.lower()
    return lemma in c.response_verbs or (lemma in c.object_sending_verbs and any(ch.dep_ in ("dobj", "nsubjpass") for ch in verb.children))


def answers(doc: Any, m: Mention, c: Cues) -> bool:
    """Does the trigger tell forces sent or a search started ("deployed reinforcements", "more troops were sent", "launched
    a search operation", "a manhunt", "launched an operation to pursue the attackers"), with no violence told in its clause ("launched a search operation, killing two")?"""
    tok = doc[m.head]
    verb = verb_over(tok, ("dobj", "nsubjpass", "compound"))
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in c.search_nouns:
        told = True  # "a manhunt is under way", "the deployment of troops"
    elif verb is None:
        return False
    elif sends(verb, c):
        told = True
    else:
        told = starts_a_search(verb, c)
    clause = verb if verb is not None else tok
    return told and not c.violence_told(clause.subtree)


def starts_a_search(verb: Any, c: Cues) -> bool:
    """Is the verb one of [asserted] conduct_verbs whose object is a search ("launched a search operation", "conducted an
    operation *in search of* a Taliban leader") or an operation whose purpose is one of the pursuit verbs ("launched an
    operation to track down the gunmen")?"""
    if verb.lemma_.lower() not in c.conduct_verbs:
        return False
    objects = [ch for ch in verb.children if ch.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in c.search_nouns or any(ch.dep_ in ("compound", "amod") and ch.lemma_.lower() in c.search_nouns for ch in o.children)
               or _in_search_of(o, c) or _to_pursue(o, c) for o in objects) or (bool(objects) and _to_pursue(verb, c))


def _in_search_of(tok: Any, c: Cues) -> bool:
    """Does "in search of" (a search noun after "in") hang on the token ("an operation in search of a Taliban leader")?"""
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in c.search_nouns for g in p.children)
               for p in tok.children)


def forces_post(doc: Any, m: Mention, c: Cues) -> bool:
    """Does the trigger tell soldiers or police setting up checkpoints or a cordon ("Soldiers and National Guard troops set
    up checkpoints on the roads out of the town after the attack": ``[movements] post_setups`` and ``posts``; the subject,
    or that of the verb it is coordinated with, an army or police word of the actor catalogue)?"""
    from ..catalogue import words

    tok = doc[m.head]
    verb = verb_over(tok, ("dobj", "conj"))
    if verb is None:
        return False
    particle = " ".join(ch.lower_ for ch in verb.children if ch.dep_ == "prt")
    lemma = f"{verb.lemma_.lower()} {particle}".strip()
    if lemma not in c.post_setups or not any(ch.dep_ == "dobj" and ch.lemma_.lower() in c.posts for ch in verb.children):
        return False
    return _forces_do(verb, words("army") | words("police"))


def _forces_do(verb: Any, forces: frozenset[str]) -> bool:
    """Is the subject of the verb (or of the verb it is coordinated with: syntax.shared_subject), or one coordinated with
    it, a word of ``forces`` by lemma ("Soldiers and National Guard troops set up checkpoints")?"""
    subject = shared_subject(verb)
    return subject is not None and any(t.lemma_.lower() in forces for t in (subject, *subject.conjuncts))


def _to_pursue(tok: Any, c: Cues) -> bool:
    """Does an infinitive of pursuit hang on the token ("an operation to pursue the attackers", "launched an operation
    to track down the gunmen")?"""
    return any(ch.dep_ in ("acl", "relcl", "xcomp", "advcl") and ch.pos_ == "VERB" and ch.lemma_.lower() in c.pursuit_verbs
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in ch.children) for ch in tok.children)


def movement_of(doc: Any, m: Mention, i: int, mentions: Sequence[Mention], facts: Sequence[MentionFacts],
                clusters: Sequence[Cluster], c: Cues) -> Cluster | None:
    """The latest current violent event told in an earlier sentence, that a movement of forces or forces sent after it
    belong to; None when a movement names ground or no such event was told. A movement's own clause names no place, so
    a place read for it from elsewhere in its sentence does not keep it apart; forces sent go where the event was."""
    posts = forces_post(doc, m, c)
    if not (posts or names_no_ground(doc, m, c) or answers(doc, m, c) or doers_leave(doc, m, c)):
        return None
    best, at = None, -1
    for cl in clusters:
        head = mentions[cl.head]
        earlier = [mentions[j].trigger.start for j in cl.members if mentions[j].sentence < m.sentence]
        # checkpoints go with the deployment that brought the forces too ("sent 1,500 soldiers into Duran ... soldiers set
        # up checkpoints at the entrances")
        deployment = posts and head.sub_event_type == "Change to group/activity"
        if not earlier or cl.status is None or cl.status.value != "current" or (head.event_type not in c.violence_types and not deployment):
            continue
        if max(earlier) > at:
            best, at = cl, max(earlier)
    return best
