"""The word lists and token helpers the actor modules share (word lists live in resources/actors/words.toml)."""

from __future__ import annotations

from typing import Any

from .. import catalogue, doccache, lexicon
from ..model import Span
from ..syntax import PLACE_LABELS, in_words

NAME = "actors"
W = catalogue.words
STATE_HINTS = W("state_hints")
AGENT_VERBS_OF_NOUN = W("agent_verbs_of_noun")
MEMBER_WORDS = W("member_words")
TEMPORAL_PREPS = W("temporal_preps")
TARGET_PREPS = W("target_preps")
REPORTING = W("reporting") | W("accusing")  # a speaker's verbs (words.toml)
TERRITORY = {*lexicon.TERRITORY, "Non-violent transfer of territory"}  # ground that changes hands
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
UNKNOWN_BOMBER = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}
LOOTING = "Looting/property destruction"
SHELLING = "Shelling/artillery/missile attack"  # unnamed shelling: implicit.tsv class "shelling" (no default)
LOCATIVE = W("actor_locatives")
LOCATIVE_ONLY = W("actor_locatives_only")
ANAPHORS = W("pronouns")
PARTY_PRONOUNS = W("party_pronouns")  # "the army said *it* had ..."


# the people nouns whose plural a capitalised word tagged as a name keeps unlemmatised ("El Salvador - Soldiers detained",
# "Gunmen", "Troops" opening a headline or digest item)
_PEOPLE_NOUNS = W("military") | W("police") | W("armed") | W("insurgent") | W("civilian") | W("protesters") | W("rioters")


def lemma(t: Any) -> str:
    """The token's lower-case lemma; a plural people noun the tagger read as a name ("Soldiers") gives its singular.
    (Read for every token of the Doc at once, the first time one is asked: the actor rules ask ~1,000 times per article.)"""
    try:
        doc, i = t.doc, t.i
    except AttributeError:  # a token-like object of no Doc
        return _lemma(t)
    return doccache.per_token(doc, _lemma)[i]  # type: ignore[no-any-return]


def _lemma(t: Any) -> str:
    found = t.lemma_.lower()
    if t.pos_ == "PROPN" and found == t.lower_ and found.endswith("s") and not t.text.isupper() and found not in _PEOPLE_NOUNS \
            and not t.ent_id_.startswith("actor:"):  # (not a headline in capitals: "ACTIVISTS ARRESTED" is no subject)
        for single in (found[:-1], found[:-3] + "y" if found.endswith("ies") else ""):
            if single in _PEOPLE_NOUNS:
                return single
    return found


def phrase_roots(tokens: list[Any]) -> list[Any]:
    """The tokens of a phrase whose head is outside it or themselves (its syntactic roots), in order."""
    ids = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in ids or t.head.i == t.i]


def has_word(tokens: list[Any], concept: str) -> bool:
    """Is one of the tokens a word of ``concept`` (words.toml) by its actor lemma or as written (syntax.in_words)?"""
    words = W(concept)
    tokens = tokens if isinstance(tokens, (list, tuple)) else list(tokens)
    if not tokens:
        return False
    try:
        lemmas = doccache.per_token(tokens[0].doc, _lemma)  # (``lemma`` for each, its list fetched once)
    except AttributeError:  # token-like objects of no Doc
        return any(in_words(t, words, lemma) for t in tokens)
    return any(lemmas[t.i] in words or t.lower_ in words for t in tokens)


def entity_of(tok: Any) -> Any | None:
    """The named entity a token is part of, if any."""
    return next((e for e in doccache.ents(tok.doc) if e.start <= tok.i < e.end), None)


def ent_entry(tok: Any, event_iso: str | None = None) -> catalogue.CatalogueEntry | None:
    """The catalogue entry the entity ruler tagged on tok; with ``event_iso``, an alias shared by several
    entries ("SNA") takes the one of the event's country."""
    if not tok.ent_id_.startswith("actor:"):
        return None
    entry = catalogue.by_name().get(tok.ent_id_.removeprefix("actor:"))
    if entry is None or (event_iso is None and entry.country):
        return entry
    ent = entity_of(tok)
    said = ent.text if ent is not None else tok.text
    entry = catalogue.in_country(entry, said, event_iso)
    if catalogue.foreign_description(entry, said, event_iso):
        return None  # "resistance fighters" in Sudan are not Myanmar's PDF, "vigilantes" in Kenya not Nigeria's
    return entry


def origin_place(tok: Any) -> bool:
    """Is tok a place the fire came from ("rockets fired from Gaza", "a drone launched from Yemen", "shells from Congo"):
    the object of "from" with a place label and no force word in its phrase? Where fire came from is no party to it; who
    fired is told elsewhere, or unknown (eval/WRITERS.md Attribution; not "mortar fire from Azerbaijani troops")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "from" or tok.ent_type_ not in PLACE_LABELS:
        return False
    phrase = noun_phrase(tok)
    return not any(has_word(phrase, concept) for concept in ("military", "police", "armed"))


LINE_BREAKS = ("\n", "\u2028", "\u2029")


def same_line(a: Any, b: Any) -> bool:
    """Are two tokens on one line of the text (no line break between them)?"""
    lo, hi = sorted((a.i, b.i))
    return not any(ch in t.text for t in a.doc[lo:hi] if t.is_space for ch in LINE_BREAKS)


def noun_phrase(tok: Any) -> list[Any]:
    """The noun phrase headed by tok, without relative clauses or trailing prepositional phrases."""
    keep = {"compound", "amod", "nmod", "poss", "det", "nummod", "npadvmod", "case", "appos", "flat"}
    out = [tok]
    for child in tok.children:
        if not same_line(child, tok):
            continue  # a header line the parser hung on the phrase ("... For Immediate Release / KABUL (Wire) / Afghan")
        if child.dep_ in keep or (child.dep_ == "prep" and child.lower_ == "of"):
            out.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "from" and (lemma(tok) in MEMBER_WORDS or lemma(tok) in W("armed") or tok.lower_ in W("identity_members") or (
                lemma(tok) in W("unknown_people") and any(c.lower_ in W("armed_modifiers") for c in tok.children))):
            # "gunmen from the 400 Mawozo gang", "fighters from the CPC", "armed men from the TTP" (armed men by lemma and
            # any modifier: classify/armed_acts._unknown_armed reads only compound/amod modifiers, and actors sit below it)
            out.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "from" and lemma(tok) in W("unknown_people") and any(
                (e := ent_entry(t)) is not None and e.kind in catalogue.NONSTATE_KINDS for t in child.subtree):
            out.extend(child.subtree)  # "men from the Gold Miners Militia": a group named as theirs
        elif child.dep_ in ("amod", "acl") and child.lower_ in ("loyal", "affiliated", "belonging") and (lemma(tok) in MEMBER_WORDS or lemma(tok) in W("armed")):
            out.extend(child.subtree)  # "fighters loyal to the CSP", "militants affiliated with IS"
    return out


def placed(tok: Any) -> bool:
    """Is tok (or the noun it modifies) where something happened: the object of a locative preposition or in apposition to
    one ("in Belo, Boyo division", "near Bambui, Mezam division": a place unit, not an army division), or a lowercase unit
    word after a place name?"""
    node = tok
    for _ in range(4):
        if node.dep_ not in ("compound", "amod", "nmod") or node.head.i == node.i:
            break
        node = node.head
    if node.text.islower() and lemma(node) in W("army") and any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") for c in node.children):
        return True  # "Ngoketunjia division" however the parse hung it (a unit of the army is capitalised: "the 6th Division")
    if node.dep_ == "appos" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in LOCATIVE_ONLY


def without_places(tokens: list[Any], root: Any) -> list[Any]:
    """The tokens of a phrase headed by root without the locative phrases inside it ("the house of a local chief in Bui
    division" -> "the house of a local chief"): where it stood names no party."""
    out = []
    for t in tokens:
        node, inside = t, False
        for _ in range(len(tokens) + 1):
            if node.i == root.i or node.head.i == node.i:
                break
            if node.dep_ == "prep" and node.lower_ in LOCATIVE_ONLY:
                inside = True
                break
            node = node.head
        if not inside:
            out.append(t)
    return out


def in_cause(tok: Any, head: Any) -> bool:
    """Is tok inside a clause or phrase telling the cause of the event whose trigger head is ``head`` ("after an officer
    shot a rider", "over a death in police custody"), one that does not also hold the trigger?"""
    node = tok
    for _ in range(12):
        marked = node.dep_ == "prep" and node.lower_ in W("cause_marks") or any(
            c.dep_ in ("mark", "prep") and c.lower_ in W("cause_marks") and c.i < tok.i for c in node.children if node.pos_ in ("VERB", "AUX"))
        if marked:
            return not (node.left_edge.i <= head.i <= node.right_edge.i)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def span_tokens(span: Span | None, doc: Any) -> list[Any]:
    """The tokens of the phrase at span (none where there is no span): what came_under_attack, attacked_first and
    official_hit walk from."""
    return [] if span is None else doccache.tokens_in(doc, span.start, span.end)
