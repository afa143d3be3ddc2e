"""The sides of a fight: rivals, plural and crowd sides, the unnamed opponent, joint forces, defenders who repelled
an attack, identity groups named together, and who came under attack or attacked first."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..catalogue import ORGANISED_INTERS, ORGANISED_KINDS
from .. import catalogue, doccache
from ..lexicon import normalize
from ..syntax import NAME_JOINERS
from ..model import Actor, Span
from ..records import Mention
from .coref import NONSTATE_ANAPHORS, is_anaphor, issuer_own_force, reporter_of
from .naming import actor_from_phrase, identity_named, lemmas_force, named_actor, state_actor, unknown_armed_group
from .words import W, ent_entry, entity_of, has_word, lemma, noun_phrase, span_tokens


def names_rivals(sent: Any) -> bool:
    """Does the sentence set armed parties against each other without naming them ("rival armed groups", "two gangs",
    "each other")?"""
    toks = list(sent)
    low = [t.lower_ for t in toks]
    if any(w in low for w in W("rivals")) or ("each" in low and "other" in low):
        return True
    sides = W("armed") | W("group_nouns") | W("unnamed_clan") | W("unnamed_tribe") | W("unnamed_community") | {"gang"}
    return any(w in ("two", "competing") and any(lemma(t) in sides for t in toks[i + 1 : i + 4]) for i, w in enumerate(low))


def plural_sides(verb: Any) -> bool:
    """Is the subject of the fight verb an unnamed plural armed side with no opponent told ("armed groups fought with
    heavy weapons near the refinery", "gangs clashed overnight in Cite Soleil")? Both sides are that group."""
    if lemma(verb) not in W("crowd_fight"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ != "NNS" or lemma(subjects[0]) not in W("armed") | W("group_nouns") \
            or any(c.dep_ == "conj" for c in subjects[0].children) or any(ent_entry(t) is not None for t in subjects[0].subtree):
        return False
    people = W("armed") | W("group_nouns") | W("military") | W("police") | W("civilian") | W("crowd_sides")
    return not any(c.dep_ == "prep" and c.lower_ in ("with", "against") and any(
        g.dep_ == "pobj" and (lemma(g) in people or g.lower_ in W("police") or ent_entry(g) is not None) for g in c.children)
        for c in verb.children)


def each_other(sent: Any) -> bool:
    """Does the sentence say "each other" / "one another"?"""
    low = [t.lower_ for t in sent]
    return any((a, b) in (("each", "other"), ("one", "another")) for a, b in zip(low, low[1:]))


def crowds_fight(sent: Any) -> bool:
    """Is the subject of a fight verb one crowd told as two sides ("fans of two clubs fought", "members of two rival
    groups fought", "supporters of A and B fought", "fishermen from A and B fought"): eval/WRITERS.md Two crowds? Not a
    force ("police and fans clashed": the force is a side)."""
    for verb in sent:
        if verb.pos_ != "VERB" or lemma(verb) not in W("crowd_fight"):
            continue
        # every subject the parse gave ("Bo, Sierra Leone: Supporters of two aspirants fought": "Bo" is one)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and (not subjects or subjects[0].tag_ in ("WDT", "WP")):
            subjects = [verb.head]  # "fans of two clubs who fought"
        # a subject the parse put in apposition to a dateline ("DHAKA, Dec 18 (Wire) - Supporters of A and B fought")
        subjects += [a for x in subjects for a in x.children if a.dep_ == "appos" and a.pos_ == "NOUN"]
        opposed_heads = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "against") for o in c.children if o.dep_ == "pobj"]
        opposed = [t for o in opposed_heads for t in o.subtree]
        for subj in subjects:
            inside = range(verb.left_edge.i, verb.right_edge.i + 1) if subj.i == verb.head.i else range(0)
            phrase = [t for t in subj.subtree if t.i not in inside]
            if any(lemma(t) in W("military") | W("police") for t in phrase + opposed):
                continue  # "youths from A and B clashed with police": the force is the other side
            two = any(t.lower_ == "two" or lemma(t) in W("rivals") for t in phrase)
            pair = any(t.dep_ == "pobj" and t.head.lower_ in ("of", "from") and (any(c.dep_ == "conj" for c in t.children) or (
                # "supporters of the PTI and PML-N" parsed without a conj: two names joined by "and"
                any(x.dep_ == "cc" for x in t.subtree) and len({x.ent_id_ for x in t.subtree if x.ent_id_.startswith("actor:")}) >= 2))
                for t in phrase)
            # "Awami League and BNP supporters", "South Sudanese and Burundian refugees", "gold miners and residents fought"
            pair = pair or any(c.dep_ == "conj" for c in subj.children) or any(
                t.head.i == subj.i and t.dep_ in ("compound", "nmod", "amod") and any(c.dep_ == "conj" for c in t.children) for t in phrase)
            # "refugees clashed with host-community youths": a crowd on the other side
            crowd = any(lemma(o) in W("crowd") | W("civilian") | W("crowd_sides") for o in opposed_heads)
            if two or pair or crowd:
                return True
    return False


def repels(verb: Any) -> bool:
    """Is the verb one of words.toml's repel verbs, with its particle when the entry has one ("beat back")?"""
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    for entry in W("repel"):
        word, _, particle = entry.partition(" ")
        if lemma(verb) == word and (not particle or particle in particles):
            return True
    return False


def repel_subject(m: Mention, doc: Any) -> Any | None:
    """The subject of a repelling verb the trigger belongs to ("X repelled an attack", "X fended off an assault")."""
    for tok in [*doc[m.start_token : m.end_token], doc[m.head].head]:
        if tok.pos_ == "VERB" and repels(tok):
            # the subject next before the verb ("NAIROBI, Jan 22 (Wire) - Tanzanian soldiers ... repelled": the dateline
            # is parsed as a second subject); "the army said it had repelled": the reporter
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            before = [c for c in subjects if c.i < tok.i]
            subj = max(before, key=lambda c: c.i) if before else next(iter(subjects), None)
            if subj is not None and is_anaphor([subj]) == "pronoun":
                return reporter_of(subj)
            return subj
    return None


def repelled_passively(m: Mention, doc: Any) -> bool:
    """Is the trigger the passive subject of a repelling verb with no one named repelling ("an attack on the police
    headquarters was repelled", "the assault was beaten back")?"""
    for tok in (doc[m.head].head, *doc[m.start_token : m.end_token]):
        if tok.pos_ == "VERB" and repels(tok) and not any(c.dep_ in ("nsubj", "agent") for c in tok.children):
            if any(c.dep_ == "nsubjpass" and m.start_token <= c.i < m.end_token for c in tok.children):
                return True
    return False


def repeller(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, civil: bool) -> tuple[Actor, int, int] | None:
    """The defender who repelled the attack the trigger names: (actor, first token, end token) or None."""
    subj = repel_subject(m, doc)
    if subj is None or is_anaphor(noun_phrase(subj)) in NONSTATE_ANAPHORS:
        return None  # "units of the national army repelled": the country's army (a force description is kept)
    # ("Communique of the General Staff: our forces repelled an attack": the issuer's forces)
    found = actor_from_phrase(noun_phrase(subj), event_iso, day, civil) or issuer_own_force(noun_phrase(subj), event_iso, day)
    return found if found is not None and found[0].kind not in ("civilians",) else None


def coordinated_identity(span: Span | None, doc: Any, event_iso: str | None) -> tuple[Actor, Span] | None:
    """The identity group named just before another's entity and coordinated with it: "Tiv and Jukun youths"
    (the entity is "Jukun youths") -> the Tiv militia and the span of "Tiv"."""
    if span is None:
        return None
    start = doccache.first_token_from(doc, span.start)
    if start >= len(doc) or doc[start].idx != span.start or start < 2 or doc[start - 1].lower_ not in NAME_JOINERS:
        return None
    table = catalogue.identity_spellings()
    # the member words the entity ends with ("militias" of "Zawiya militias"): "Zintan and Zawiya militias" names the
    # Zintan militias, a catalogue row of their own
    end = max(start, doccache.first_token_from(doc, span.end))
    tail = [t for t in doc[start + 1 : end] if t.lower_ in W("identity_members") or lemma(t) in W("member_words")]
    for width in (1, 2):  # "Habar Gidir and Majerteen clan militias"
        if start - 1 - width < 0:
            break
        words = doc[start - 1 - width : start - 1]
        entry = table.get(normalize(words.text))
        if entry is None and tail and all(t.pos_ == "PROPN" or t.ent_type_ for t in words):
            named = catalogue.lookup(f"{words.text} {' '.join(t.text for t in tail)}")
            entry = named if named is not None and named.kind in ("identity_militia", "militia") else None
        if entry is not None:
            actor = named_actor(entry, event_iso, None)
            return actor, Span(start=words.start_char, end=words.end_char)
    return None


def following_identity(span: Span | None, doc: Any, event_iso: str | None) -> tuple[Actor, Span] | None:
    """The identity group coordinated right after another's entity: "Fulani herders and Bachama farmers' leaders",
    "Elders from the Majerteen and Habar Gidir clans" -> the Bachama / Habar Gidir militia and its span."""
    if span is None:
        return None
    end = doccache.first_token_from(doc, span.end)
    if end + 1 >= len(doc) or doc[end].lower_ not in NAME_JOINERS:
        return None
    nxt = doc[end + 1]
    entry = ent_entry(nxt, event_iso)
    if entry is not None and entry.kind == "identity_militia":  # "and Habar Gidir clans" tagged as a whole
        ent = entity_of(nxt)
        start_char, end_char = (ent.start_char, ent.end_char) if ent is not None else (nxt.idx, nxt.idx + len(nxt.text))
        return named_actor(entry, event_iso, None), Span(start=start_char, end=end_char)
    found = identity_named([doc[end + 1]], event_iso)
    return (found[0], Span.of_tokens(doc, found[1], found[2])) if found is not None else None


def battle_opponent(actor1: Actor, event_iso: str, day: dt.date | None) -> Actor | None:
    """The unnamed other side of a battle or a retaking whose text names one side (roles.toml "opponent"). A state at
    war with the country (implicit.tsv "war": Russia in Ukraine, Ukraine in Russia) and the host's military fight each
    other; else state forces at home fought an Unidentified Armed Group (X), as did foreign forces intervening against
    insurgents; a rebel or political militia, or unidentified gunmen, fought the host's military. Identity militias,
    crowds and governments get none (their other side is too varied to guess)."""
    state_name = actor1.name.startswith(("Military Forces of", "Police Forces of"))
    entry = catalogue.implicit_group("war", event_iso, (), day)
    enemy = named_actor(entry, event_iso, day) if entry is not None else None
    if actor1.kind == "state" and state_name and actor1.inter == 1:
        return enemy if enemy is not None else unknown_armed_group(event_iso)
    # (a state's forces abroad, "Kenyan troops of the AU mission came under attack near Dhobley", as any foreign force)
    abroad = actor1.kind == "external" or (actor1.kind == "state" and state_name and actor1.inter == 8)
    if abroad and state_name and enemy is not None and enemy.country == actor1.country:
        return state_actor("military", event_iso, event_iso, day)
    if abroad:
        return unknown_armed_group(event_iso)
    if actor1.kind in ORGANISED_KINDS and actor1.inter in ORGANISED_INTERS:
        return state_actor("military", event_iso, event_iso, day)
    return None


def came_under_attack(span: Span | None, doc: Any) -> bool:
    """Is the phrase at span the subject of "came under fire/attack" ("a police patrol came under fire near Bol"): the
    side attacked, never the initiator (eval/WRITERS.md Two-sided fighting)?"""
    for tok in span_tokens(span, doc):
        node = tok
        while node.dep_ in ("compound", "amod", "nmod", "poss") and node.head.i != node.i:
            node = node.head
        verb = node.head
        if node.dep_ == "nsubj" and lemma(verb) == "come" and any(
                c.dep_ == "prep" and c.lower_ == "under" and any(lemma(g) in W("under_attack") for g in c.children if g.dep_ == "pobj")
                for c in verb.children):
            return True
    return False


def capital_line(sent: Any) -> bool:
    """Is the sentence a headline in capitals ("M23 AND FARDC TRADE FIRE NEAR SAKE"), whose parse is no guide to who is
    the subject: at least three words, every cased word upper case."""
    words = [t.text for t in sent if t.is_alpha]
    return len(words) >= 3 and all(w.isupper() for w in words if any(c.isalpha() for c in w))


def attacked_first(span: Span | None, doc: Any) -> bool:
    """Is the phrase at span told as the side that attacked in a clause of its own ("exchanged fire with gunmen who
    ambushed their patrol", "clashed with militants who had stormed the post", "... who opened fire on them"): the
    initiator, actor1 (eval/WRITERS.md Two-sided fighting)?"""
    for tok in span_tokens(span, doc):
        for clause in tok.children:
            if clause.dep_ != "relcl" or clause.i < tok.i:
                continue
            if not (lemma(clause) in W("strike_verbs") or lemma(clause) in ("open", "fire")):
                continue
            hit = [c for c in clause.children if c.dep_ == "dobj" and lemma(c) != "fire"]
            hit += [g for c in clause.children if c.dep_ == "prep" and c.lower_ in ("on", "at") for g in c.children if g.dep_ == "pobj"]
            # the other side itself: "their patrol", "its positions", "troops", "an army post" (not "a village", "a cattle camp")
            if any(any(c.dep_ == "poss" and c.pos_ == "PRON" for c in h.children)
                   or lemmas_force([lemma(t) for t in noun_phrase(h)]) or has_word(noun_phrase(h), "police") for h in hit):
                return True
    return False


def joint_forces(span: Span | None, doc: Any, event_iso: str | None, day: dt.date | None, civil: bool) -> list[tuple[Actor, int, int, bool]]:
    """The forces told as acting together with the party at ``span`` (eval/WRITERS.md Joint perpetrators): its conjuncts
    ("Wagner fighters and Malian soldiers", "Chadian and Nigerien troops"), a force it acts alongside ("Burundian soldiers
    fighting alongside Congolese troops"), the force its name backs ("Wagner-backed Malian troops") and the one it is backed
    by ("the militia, backed by troops"). Each as (actor, first token, end token, may lead): a backer never leads."""
    if span is None:
        return []
    inside = doccache.tokens_in(doc, span.start, span.end)
    if not inside:
        return []
    head = next((t for t in inside if not span.start <= t.head.idx < span.end or t.head.i == t.i), inside[-1])
    while head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        head = head.head  # "Imbonerakure" of "Imbonerakure militiamen and police": the phrase's own noun
    found: list[tuple[list[Any], bool]] = []
    conj = [c for c in head.children if c.dep_ == "conj"]
    while conj:
        found.append((noun_phrase(conj[0]), True))
        conj = [c for c in conj[0].children if c.dep_ == "conj"]
    for adj in (c for c in head.children if c.dep_ == "amod"):  # "Chadian and Nigerien troops"
        found += [([a, head], True) for a in adj.children if a.dep_ == "conj" and a.pos_ == "ADJ"]
    if head.pos_ == "ADJ" and head.head.pos_ in ("NOUN", "PROPN"):  # the span is "Chadian" of "Chadian and Nigerien troops"
        found += [([a, head.head], True) for a in head.children if a.dep_ == "conj" and a.pos_ == "ADJ"]
    for backed in (c for c in head.children if c.dep_ == "amod" and lemma(c) in W("backing")):  # "Wagner-backed Malian troops"
        found += [(noun_phrase(b), False) for b in backed.children if b.dep_ in ("npadvmod", "compound", "nmod")]
    holders = [head] + [c for c in head.children if c.dep_ in ("acl", "relcl")]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in W("alongside"):
                found += [(noun_phrase(o), True) for o in prep.children if o.dep_ == "pobj"]
            if prep.dep_ == "agent" and holder is not head and lemma(holder) in W("backing"):
                found += [(noun_phrase(o), False) for o in prep.children if o.dep_ == "pobj"]
    over = head.head
    if head.dep_ == "npadvmod" and lemma(over) in W("backing") and over.dep_ == "amod" and over.head.pos_ in ("NOUN", "PROPN"):
        found.append((noun_phrase(over.head), True))  # "Wagner-backed Malian troops": the troops, backed by Wagner
    out = []
    people = W("military") | W("police") | W("own_people") | W("member_words") | W("armed")
    for phrase, leads in found:
        if not any(t.pos_ == "PROPN" or lemma(t) in people or ent_entry(t) is not None for t in phrase):
            continue  # "Russian instructors and an air defence system landed": kit, no force
        got = actor_from_phrase([t for t in phrase if not span.start <= t.idx < span.end], event_iso, day, civil)
        if got is not None:
            out.append((got[0], got[1], got[2], leads))
    return out
