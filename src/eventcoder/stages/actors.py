"""actors: who did it (actor1) and to whom (actor2), as catalogue actors with ACLED inter codes.

Roles come from the dependency parse with surface fallbacks: the subject of the trigger verb (or of
the verb that governs a trigger noun, "US forces conducted airstrikes"), "by X" (passive), a modifier
or possessor of a trigger noun ("the Houthi shelling of Taiz", "Israel's strikes"); targets from the
object, the passive subject, "on/against/at X", "targeting X", "of X" after a trigger noun, or the
object of the verb a trigger noun is subject of ("Rockets hit a US base"). A phrase becomes an actor
through the actor catalogue (named groups and their aliases, state-force aliases), a country name or
adjective with a force word ("Iraqi troops", "a US base"), or a head word (gunmen, civilians,
protesters...). A place is never an actor: "a military base" names no one, "Taiz" is not a target.

Coreference: pronouns and descriptions ("they", "the group", "the militants", "the troops") take the
last compatible actor named before them; a pronoun with no antecedent gives nothing. A later "X
claimed responsibility" names the attacker of an event that has none. State forces outside their own
country are inter 8 (external forces), as ACLED codes them; the period in a state-force name is the
government in office at publication.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Any, Iterable, Mapping

from .. import catalogue, doccache
from ..lexicon import country_of, normalize
from ..model import Actor, Document, Evidence, Span
from ..pipeline import stage
from ..records import MentionFacts, Mention, Parsed, Roles

NAME = "actors"
W = catalogue.words
STATE_HINTS = {"government", "security", "army", "regime", "state", "national", "military", "federal", "pro-government"}
AGENT_VERBS_OF_NOUN = {"conduct", "carry", "launch", "fire", "respond", "retaliate", "stage", "mount", "order", "unleash", "use", "claim", "perform", "execute", "commit"}
MEMBER_WORDS = {"member", "fighter", "gunman", "gunmen", "militant", "militiaman", "militiamen", "unit", "element", "supporter", "commander", "soldier"}
TEMPORAL_PREPS = {"after", "before", "following", "since", "amid", "during", "despite", "until", "like"}
TARGET_PREPS = {"on", "against", "at", "targeting", "toward", "towards", "upon"}
REPORTING = W("reporting") | W("accusing")  # a speaker's verbs (words.toml)
BLAME = re.compile(r"\b(?:blamed|blaming|blames|blame|accused|accusing|accuses|attributed|attributing|suspected|suspect|suspects)\b", re.I)
CLAIM = re.compile(
    r"\b(claimed|claims|claiming|claim|took|takes|has taken|have taken)\s+(?:the\s+)?(responsibility|credit)\b|"
    r"\bclaimed\s+(?:the|an|a|this|that|these|those|last\s+\w+'s|\w+'s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|strikes?|assaults?|"
    r"ambush(?:es)?|killings?|operations?|raids?|explosions?)\b|"
    r"\b(?:claimed|claims|claiming|claim)\s+(?:a\s+series\s+of\s+|two\s+|three\s+|several\s+)(?:[\w-]+\s+){0,2}?(?:attacks|bombings|blasts|strikes|raids)\b|"
    r"\b(?P<by>claimed\s+by)\b", re.I)
# "fighters believed to belong to the ADF", "gunmen thought to be members of X", "militants suspected to be from X"
BELONG = re.compile(
    r"\b(?:believed|thought|suspected|said|reported|understood|alleged|presumed)\s+to\s+(?:belong\s+to|be\s+(?:from|members?\s+of|"
    r"linked\s+to|part\s+of|affiliated\s+with|fighters\s+of|loyal\s+to)|be)\b", re.I)
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"}
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
UNKNOWN_BOMBER = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}
SHELLING = "Shelling/artillery/missile attack"  # unnamed shelling: implicit.tsv class "shelling" (no default)


def _kind_words(concept: str) -> frozenset[str]:
    return W(concept)


def _ent_entry(tok: Any, event_iso: str | None = None) -> catalogue.CatalogueEntry | None:
    """The catalogue entry the entity ruler tagged on tok; with ``event_iso``, an alias shared by several
    entries ("SNA") takes the one of the event's country."""
    if not tok.ent_id_.startswith("actor:"):
        return None
    entry = catalogue.by_name().get(tok.ent_id_.removeprefix("actor:"))
    if entry is None or event_iso is None:
        return entry
    ent = _entity_of(tok)
    return catalogue.in_country(entry, ent.text if ent is not None else tok.text, event_iso)


def _actor(name: str, inter: int, country: str | None, kind: str) -> Actor:
    return Actor(name=name, inter=inter, country=country, kind=kind)


def _named(entry: catalogue.CatalogueEntry, event_iso: str | None, day: dt.date | None) -> Actor:
    name, inter, home, kind = catalogue.resolve(entry, event_iso, day)
    if kind == "state" and inter == 8:
        kind = "external"
    return _actor(name, inter, home, kind)


def _state(kind_word: str, iso: str, event_iso: str | None, day: dt.date | None) -> Actor:
    iso = catalogue.actor_country(iso) or iso
    inter = 8 if event_iso and iso != event_iso else 1
    return _actor(catalogue.state_forces(kind_word, iso, day), inter, iso, "state" if inter == 1 else "external")


def _group(label: str, inter: int, kind: str, iso: str | None) -> Actor:
    return _actor(catalogue.generic(label, iso), inter, iso, kind)


def _lemma(t: Any) -> str:
    return t.lemma_.lower()


def _has(tokens: list[Any], concept: str) -> bool:
    words = W(concept)
    return any(_lemma(t) in words or t.lower_ in words for t in tokens)


LOCATIVE = {"in", "near", "at", "outside", "around", "across", "inside", "into", "toward", "towards", "within", "along"}


def _in_locative(tok: Any, ids: set[int]) -> bool:
    """Is tok inside a place phrase of the phrase ("a base near Deir ez-Zor, Syria")?"""
    node = tok
    for _ in range(12):
        if node.pos_ == "ADP" and node.lower_ in LOCATIVE:
            return True
        if node.head.i == node.i or node.head.i not in ids:
            return False
        node = node.head
    return False


def _country_token(tokens: list[Any]) -> tuple[str | None, Any | None]:
    ids = {t.i for t in tokens}
    for tok in tokens:
        if _in_locative(tok, ids):
            continue
        if tok.ent_type_ in ("GPE", "NORP") or tok.pos_ in ("PROPN", "ADJ"):
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.text == "-":  # "Iran-backed", "Saudi-led"
                continue
            found = country_of(tok.text)
            if found is None and nxt is not None and tok.pos_ == "PROPN" and nxt.pos_ == "PROPN":
                found = country_of(f"{tok.text} {nxt.text}")  # "Burkina Faso's army" tagged as an organisation
            if found is None and tok.ent_type_ in ("GPE", "NORP"):
                ent = _entity_of(tok)
                found = country_of(ent.text) if ent is not None else None
            if found:
                return found, tok
    return None, None


def actor_from_phrase(tokens: list[Any], event_iso: str | None, day: dt.date | None = None, civil: bool = False) -> tuple[Actor, int, int] | None:
    """An actor from a noun phrase's tokens: (actor, first token index, end token index) or None.
    With ``civil`` (political acts), a government word without a force word names "Government of X"."""
    if not tokens:
        return None
    tokens = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    named = next((t for t in tokens if _ent_entry(t) is not None), None)
    if named is not None:  # "Afghan and coalition forces": the first of coordinated parties comes first
        lead_iso, lead_tok = _country_token([t for t in tokens if t.i < named.i])
        if lead_iso and lead_tok is not None and any(tok.dep_ == "cc" for tok in named.doc[lead_tok.i + 1 : named.i]):
            kind_word = "police" if _has(tokens, "police") else "military"
            return _state(kind_word, lead_iso, event_iso, day), lead_tok.i, lead_tok.i + 1
    for tok in tokens:
        entry = _ent_entry(tok, event_iso)
        if entry is not None:
            first = last = tok.i
            while first - 1 >= tokens[0].i and tok.doc[first - 1].ent_id_ == tok.ent_id_:
                first -= 1
            while last + 1 <= tokens[-1].i and tok.doc[last + 1].ent_id_ == tok.ent_id_:
                last += 1
            if entry.kind == "state" and entry.country:  # "the Ukrainian National Guard" is not Mexico's
                kind_word = "police" if entry.name.startswith("@police") or "police" in entry.name.lower() else "military"
                own_iso, own_tok = _country_token([t for t in tokens if t.i < first])
                unit = _state_unit(tok.doc[first : last + 1])
                named_own = any(country_of(t.text) == entry.country for t in tok.doc[first : last + 1])  # "the Israeli Air Force"
                # a unit every state has ("the junta", "the national guard") is the event country's unless a country is named
                home = own_iso or (event_iso if unit and not named_own and event_iso else entry.country)
                if civil and entry.name.startswith("@") and _has(list(tok.doc[first : last + 1]), "government") and not lemmas_force([_lemma(t) for t in tok.doc[first : last + 1]]):
                    # "Niger's junta declared a state of emergency": a political act of the government
                    return _state("government", home, event_iso, day), first, last + 1
                if own_iso and own_tok is not None and own_iso != entry.country:
                    return _state(kind_word, own_iso, event_iso, day), own_tok.i, last + 1
                if own_iso is None and unit and not named_own and event_iso and event_iso != entry.country:
                    # "the national guard fired on demonstrators in Caracas": a unit every state has, the event country's
                    return _state(unit, event_iso, event_iso, day), first, last + 1
            return _named(entry, event_iso, day), first, last + 1
    iso, iso_token = _country_token(tokens)
    lemmas = [_lemma(t) for t in tokens]
    words = {t.lower_ for t in tokens}
    start, end = _core(tokens)
    bare = [t for t in tokens if t.dep_ != "det" and not t.is_punct]
    if "coalition" in lemmas and not iso and (lemmas_force(lemmas) or len(bare) == 1):  # "Coalition military forces", "the coalition"
        # (not "the Wakit Tama opposition coalition")
        entry = catalogue.lookup("international coalition")
        if entry is not None:
            return _named(entry, event_iso, day), start, end
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    text = " " + " ".join(t.lower_ for t in tokens) + " "
    if any(f" {w} " in text for w in W("private_security")) and not iso:
        return _group("Civilians", 7, "civilians", event_iso), start, end  # "a bank security guard" is no state force
    if roots and (_lemma(roots[0]) in W("military_sites")) and not iso and not _has(tokens, "armed"):
        return None  # "a military base", "an army checkpoint" name a place, not who was there
    if civil and _has(tokens, "government") and not (_has(tokens, "police") or _has(tokens, "armed") or lemmas_force(lemmas)) and (iso or event_iso):
        return _state("government", iso or event_iso or "", event_iso, day), start, end
    unit = _state_unit(tokens)
    if unit and (iso or event_iso):  # "border guards", "the presidential guard", "riot police"
        return _state(unit, iso or event_iso or "", event_iso, day), start, end
    army_officers = any(_lemma(t) in W("army") - {"armed"} for t in tokens) and not any(
        _lemma(t) in W("police") - {"officer"} or t.lower_ in W("police") - {"officer"} for t in tokens)
    if _has(tokens, "police") and not army_officers:
        # ("army officers", "military officers" are the army: "officer" alone is the only police word there)
        if iso or words & STATE_HINTS or event_iso:
            return _state("police", iso or event_iso or "", event_iso, day), start, end
    if _has(tokens, "protesters"):
        return _group("Protesters", 6, "protesters", iso or event_iso), start, end
    if _has(tokens, "rioters"):
        return _group("Rioters", 5, "rioters", iso or event_iso), start, end
    if roots and _lemma(roots[0]) in W("civilian_sites") and not _has(tokens, "armed") and not _has(tokens, "police") and not lemmas_force([_lemma(t) for t in tokens if t.i != roots[0].i]):
        return _group("Civilians", 7, "civilians", event_iso or iso), start, end  # "the Government Girls Secondary School"
    armed_people = any(t.lower_ in W("armed_modifiers") and _lemma(t.head) in W("civilian") | {"individual", "assailant", "group", "youth", "young"} for t in tokens)
    if armed_people and not _has(tokens, "military") and not _has(tokens, "police"):  # "armed men", "masked men"
        return _group("Unidentified Armed Group", 3, "militia", event_iso), start, end
    if _has(tokens, "armed") and not (iso and _has(tokens, "military")):
        return _group("Unidentified Armed Group", 3, "militia", event_iso), start, end
    # "air defences" (not "civil defence") are state forces
    air_defence = any(t.lower_ in ("defence", "defense", "defences", "defenses") and t.i > 0 and t.doc[t.i - 1].lower_ == "air" for t in tokens)
    if _has(tokens, "military") or air_defence:
        if iso:
            return _state("military", iso, event_iso, day), start, end
        if event_iso and (words & STATE_HINTS or air_defence or any(lm in W("army") for lm in lemmas)):
            return _state("military", event_iso, event_iso, day), start, end
        return None
    if iso and _has(tokens, "weapons"):  # "a Russian drone", "Israeli missiles" -> that state's forces
        return _state("military", iso, event_iso, day), start, end
    if iso and _has(tokens, "military_sites"):  # "a US base" -> US forces; "a military base" -> no one
        return _state("military", iso, event_iso, day), start, end
    if _has(tokens, "civilian") or _has(tokens, "civilian_sites"):
        # civilians are the event country's, whatever their nationality ("a German aid worker" kidnapped in Niamey)
        return _group("Civilians", 7, "civilians", event_iso or iso), start, end
    after = iso_token.doc[iso_token.i + 1] if iso_token is not None and iso_token.i + 1 < len(iso_token.doc) else None
    dateline = iso_token is not None and iso_token.text.isupper() and len(iso_token.text) > 3 and after is not None and after.text in ("(", "—", "–", "-", ",")
    if iso and iso_token is not None and len(tokens) <= 4 and _is_head(iso_token, tokens) and not dateline:
        # "Israel struck...", "the United States conducted..." (a country as a whole, not "Syria's Idlib")
        ent = _entity_of(iso_token)
        s, e = (ent.start, ent.end) if ent is not None else (iso_token.i, iso_token.i + 1)
        # a country as a party to a political act ("Armenia and Azerbaijan agreed") is its government
        return _state("government" if civil else "military", iso, event_iso, day), s, e
    return None


def _state_unit(tokens: Any) -> str | None:
    """"military" or "police" when the tokens name a unit every state has ("border guards", "the national
    guard", "riot police"; words.toml state_units_*), else None."""
    text = " " + " ".join(t.lower_ for t in tokens) + " "
    for kind in ("police", "military"):
        if any(f" {unit} " in text for unit in W(f"state_units_{kind}")):
            return kind
    return None


def lemmas_force(lemmas: list[str]) -> bool:
    """Does the phrase name armed forces (troops, army, jets...) rather than a civil authority?"""
    return any(lm in W("military") and lm not in W("government") and lm not in ("regime",) for lm in lemmas)


def _is_head(tok: Any, tokens: list[Any]) -> bool:
    """Is tok (or the entity it belongs to) the head of the phrase, not a possessor or modifier of a place?"""
    ids = {t.i for t in tokens}
    node = tok
    for _ in range(len(tokens)):
        if node.head.i not in ids or node.head.i == node.i or node.dep_ not in ("compound", "flat"):
            break
        if node.head.i > tok.i and country_of(tok.doc[tok.i : node.head.i + 1].text) is None:
            return False  # "the Kenya Medical Practitioners union": the country modifies another noun ("United States" goes on)
        node = node.head
    if node.dep_ == "appos" and node.head.i in ids and (node.head.pos_ == "PROPN" or node.head.ent_type_ in ("GPE", "LOC", "FAC")):
        return False  # "shelled Kidal, Mali": the country of a place named before it
    return node.dep_ not in ("poss", "compound", "amod") or node.head.i not in ids


def _entity_of(tok: Any) -> Any | None:
    """The named entity a token is part of, if any."""
    return next((e for e in doccache.ents(tok.doc) if e.start <= tok.i < e.end), None)


def _category_words() -> frozenset[str]:
    return W("police") | W("protesters") | W("rioters") | W("armed") | W("military") | W("civilian") | W("military_sites") | W("civilian_sites")


def _core(tokens: list[Any]) -> tuple[int, int]:
    """The token range that names the actor: the category noun with its adjacent modifiers,
    leaving out datelines and clauses the phrase may carry ("KADUNA, Nigeria (Wire) - Gunmen")."""
    cats = _category_words()
    heads = [t for t in tokens if _lemma(t) in cats or t.lower_ in cats]
    if not heads:
        return tokens[0].i, tokens[-1].i + 1
    head = heads[-1]
    start = head.i
    indices = {t.i for t in tokens}
    doc = head.doc
    while start - 1 in indices and (doc[start - 1].pos_ in ("ADJ", "PROPN", "NOUN", "NUM", "DET") or doc[start - 1].text in ("-", ".", "'s")) and doc[start - 1].text not in ("(", ")", ","):
        start -= 1
    return start, head.i + 1


def _np(tok: Any) -> list[Any]:
    """The noun phrase headed by tok, without relative clauses or trailing prepositional phrases."""
    keep = {"compound", "amod", "nmod", "poss", "det", "nummod", "npadvmod", "case", "appos", "flat"}
    out = [tok]
    for child in tok.children:
        if child.dep_ in keep or (child.dep_ == "prep" and child.lower_ == "of"):
            out.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "from" and (_lemma(tok) in MEMBER_WORDS or _lemma(tok) in W("armed")):
            # "gunmen from the 400 Mawozo gang", "fighters from the CPC"
            out.extend(child.subtree)
    return out


def _subjects(verb: Any, depth: int = 0) -> Iterable[Any]:
    for child in verb.children:
        if child.dep_ in ("nsubj",):
            yield child
        if child.dep_ == "agent":  # passive "by X"
            yield from (c for c in child.children if c.dep_ == "pobj")
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i and _lemma(verb.head) not in REPORTING:
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and depth < len(verb.sent):
            yield from _subjects(verb.head, depth + 1)
    no_subject = not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and no_subject:
        yield verb.head  # "gunmen who stormed the village"
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and no_subject and any(c.dep_ == "dobj" for c in verb.children):
        yield verb.head  # mis-parsed "Russian aircraft bombed Kupiansk" (a participle with an object is active)


def _objects(verb: Any, near: bool = False) -> Iterable[Any]:
    """The verb's targets; with ``near`` (a bomb or grenade going off) also what it went off near ("outside a police
    station")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "obj"):
            yield child
        if child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or (near and child.lower_ in W("blast_preps"))):
            yield from (c for c in child.children if c.dep_ == "pobj")
        if child.dep_ in ("advcl", "acl", "xcomp") and _lemma(child) == "target":  # "..., targeting X"
            yield from (c for c in child.children if c.dep_ == "dobj")


def _roles(m: Mention, parsed: Parsed) -> tuple[list[list[Any]], list[list[Any]]]:
    doc = parsed.doc
    head = doc[m.head]
    sent = head.sent
    agents: list[list[Any]] = []
    targets: list[list[Any]] = []
    trigger_tokens = set(range(m.start_token, m.end_token))
    allies: list[list[Any]] = []  # "X and Y clashed": the other side only when no other party is named
    if head.pos_ in ("VERB", "AUX"):
        for s in _subjects(head):
            agents.append(_np(s))
            # "X and Y exchanged fire": in a battle or an agreement the second party is the other side, unless the
            # sentence names one ("troops and VDP clashed with militants": the VDP fought alongside)
            others = [_np(c) for c in s.children if c.dep_ == "conj"]
            if m.event_type == "Battles" or m.sub_event_type == "Agreement":
                allies += others
            else:
                agents += others
        targets += [_np(o) for o in _objects(head, m.sub_event_type in UNKNOWN_BOMBER)]
        if m.event_type == "Battles":  # "soldiers clashed with bandits"
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "with":
                    targets += [_np(c) for c in child.children if c.dep_ == "pobj"]
        if m.sub_event_type in TERRITORY:  # "the army retook the town from the militia": who lost it
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == "from":
                    targets += [_np(c) for c in child.children if c.dep_ == "pobj"]
        for child in head.children:  # "mortar fire from Azerbaijani troops" is handled below; "fired from X" too
            if child.dep_ == "prep" and child.lower_ == "from" and m.event_type == "Explosions/Remote violence":
                agents += [_np(c) for c in child.children if c.dep_ == "pobj"]
    else:
        # "a barrage of rockets", "a wave of airstrikes": the quantity noun stands for the trigger
        node = head
        for _ in range(3):
            if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN") and node.head.head.i != node.i:
                node = node.head.head
            else:
                break
        # possessor and modifiers of the trigger noun: "Israel's strikes", "US airstrikes", "the Houthi shelling of Taiz"
        for child in node.children:
            if child.dep_ == "poss":
                agents.append(list(child.subtree))
        mods = [t for t in doc[max(sent.start, m.start_token - 3) : m.start_token] if t.pos_ in ("PROPN", "ADJ", "NOUN") and t.dep_ not in ("pobj", "dobj", "nsubj") and t.head.i in trigger_tokens | {head.i}
                and not _manner(t, m)]
        if mods:
            agents.append(mods)
        for holder in dict.fromkeys((head, node)):
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in TARGET_PREPS | {"of"} and holder.i == node.i:
                    targets += [_np(c) for c in child.children if c.dep_ == "pobj" and c.i not in trigger_tokens]
                if child.dep_ == "prep" and child.lower_ == "between":  # "clashes between X and Y"
                    for c in child.children:
                        if c.dep_ == "pobj":
                            agents.append([t for t in c.subtree if t.dep_ not in ("cc", "conj") or t.i < c.i] + [c])
                            targets += [_np(cj) for cj in c.children if cj.dep_ == "conj"]
                if child.dep_ == "prep" and child.lower_ == "from" and m.event_type == "Explosions/Remote violence":
                    agents += [_np(c) for c in child.children if c.dep_ == "pobj"]  # "mortar fire from Azerbaijani troops"
                if child.dep_ == "prep" and child.lower_ == "with" and m.event_type == "Battles":
                    targets += [_np(c) for c in child.children if c.dep_ == "pobj"]
                if child.dep_ in ("acl",) and _lemma(child) == "target":
                    targets += [_np(c) for c in child.children if c.dep_ == "dobj"]
                if child.dep_ == "acl":  # "an attack carried out by X"
                    for g in child.children:
                        if g.dep_ == "agent":
                            agents += [_np(c) for c in g.children if c.dep_ == "pobj"]
                        if g.dep_ == "prep" and g.lower_ in ("to", "on") and _lemma(child) in W("attributing"):
                            # "a drone strike attributed to Turkey", "an ambush blamed on the TTP": the author the text names
                            agents[:0] = [_np(c) for c in g.children if c.dep_ == "pobj"]
        # "rape of a girl by a commander": a "by" anywhere under the trigger noun
        for t in node.subtree:
            if t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.i > node.i:
                agents += [_np(c) for c in t.children if c.dep_ == "pobj"]
                break
        else:
            # "documented the gang rape of 11 women by members of X", "condemned the killing of Y by Z": the parser
            # hangs the "by" on the verb whose object the trigger noun is
            if node.dep_ == "dobj" and node.head.pos_ == "VERB":
                for t in node.head.children:
                    if t.lower_ == "by" and t.dep_ == "prep" and t.i > node.i:
                        agents += [_np(c) for c in t.children if c.dep_ == "pobj"]
                        break
        gov = node.head
        for _ in range(len(sent)):  # climb over prepositions; ends at the root by construction
            if gov.pos_ != "ADP" or gov.head.i == gov.i:
                break
            gov = gov.head
        if node.dep_ in ("nsubj", "nsubjpass") and gov.pos_ in ("VERB", "AUX"):
            targets += [_np(o) for o in _objects(gov, m.sub_event_type in UNKNOWN_BOMBER) if o.i not in trigger_tokens and o.i != node.i]
            if node.dep_ == "nsubjpass":  # "the ambush on a police patrol ... was carried out by Boko Haram fighters"
                agents[:0] = [_np(c) for a in gov.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
        elif gov.pos_ in ("VERB", "AUX") and _lemma(gov) in ("come", "be") and node.dep_ == "pobj" and node.head.lower_ == "under":
            # "Armenian positions came under mortar fire from Azerbaijani troops": the subject is the target
            targets = [_np(s) for s in _subjects(gov)] + targets
            for holder in (node, gov):
                for child in holder.children:
                    if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
                        agents = [_np(c) for c in child.children if c.dep_ == "pobj"] + agents
        elif gov.pos_ in ("VERB", "AUX") and gov.i != node.i and _lemma(gov) not in REPORTING:
            temporal = node.dep_ == "pobj" and node.head.lower_ in TEMPORAL_PREPS and m.event_type != "Battles"
            if not temporal and (_lemma(gov) in AGENT_VERBS_OF_NOUN or node.dep_ in ("dobj", "pobj")):
                agents += [_np(s) for s in _subjects(gov)]
            targets += [_np(o) for o in _objects(gov) if o.i not in trigger_tokens and o.i != node.i]
        # surface fallback: the words just before a trigger noun ("... and US forces responded with fire")
        loose = [
            t for t in doc[max(sent.start, m.start_token - 3) : m.start_token]
            if t.pos_ in ("PROPN", "ADJ", "NOUN") and t.dep_ != "pobj" and not (t.dep_ == "nsubj" and _lemma(t.head) in REPORTING)
            and not _manner(t, m)
        ]
        if loose:
            agents.append(loose)
    if m.sub_event_type not in TERRITORY:  # "troops and VDP retook the town": allies, never the side that lost it
        targets += allies
    # surface fallback: "on/against X" within the next few words
    if not targets:
        for tok in doc[m.end_token : min(sent.end, m.end_token + 3)]:
            if tok.lower_ in TARGET_PREPS:
                targets += [_np(c) for c in tok.children if c.dep_ == "pobj"] or [list(doc[tok.i + 1 : min(sent.end, tok.i + 6)])]
                break
    return agents, targets


def _manner(tok: Any, m: Mention) -> bool:
    """Is tok a word that says how the act was done, not who did it ("gang rape", "gang-raped")?"""
    return m.sub_event_type == "Sexual violence" and tok.lower_ == "gang"


# ---- coreference -------------------------------------------------------------------------------

ANAPHORS = W("pronouns")


def _is_anaphor(phrase: list[Any]) -> str | None:
    """'pronoun' | 'group' | 'armed' | 'military' for a pronoun or a definite description, else None."""
    words = [t for t in phrase if not t.is_punct]
    if not words:
        return None
    if len(words) == 1 and words[0].lower_ in ANAPHORS and words[0].pos_ == "PRON":
        return "pronoun"
    dets = [t for t in words if t.dep_ == "det"]
    if not dets or dets[0].lower_ not in ("the", "this", "these", "those") or any(t.ent_type_ for t in words):
        return None
    if any(country_of(t.text) for t in words):
        return None
    if _has(words, "group_nouns"):
        return "group"
    if _has(words, "armed"):
        return "armed"
    if _has(words, "military"):
        return "military"
    return None


def _speaker(tok: Any) -> bool:
    """Is tok (a phrase's root) the one who reports the event ("the army said", "according to police",
    "told Human Rights Watch")? A speaker is a source, not a party to the event."""
    for _ in range(4):
        if tok.dep_ == "nsubj" and _lemma(tok.head) in REPORTING and _lemma(tok.head) not in ("claim", "accuse", "blame"):
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ in ("according", "told"):
            return True
        if tok.dep_ in ("dobj", "dative") and _lemma(tok.head) == "tell":
            return True
        if tok.dep_ not in ("conj", "appos", "compound") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _reporter_of(tok: Any) -> Any | None:
    """The subject of the reporting verb a clause depends on: "The LNA said it had captured Sirte" -> LNA."""
    node = tok.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and _lemma(node) in REPORTING and node.i != tok.head.i:
            return next((c for c in node.children if c.dep_ == "nsubj"), None)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _pro_government(actor: Actor) -> bool:
    """Is the actor a militia that fights for a state (its catalogue parent is state forces: VDP, Pyu Saw Htee)?"""
    entry = catalogue.lookup(actor.name)
    return entry is not None and (entry.parent or "").startswith(("Military Forces of", "Police Forces of"))


def _said_it(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, civil: bool) -> tuple[Actor, int, int] | None:
    """The speaker of "X said it/they had ..." when the first verb above the trigger has that pronoun as subject ("the
    army said it had found a cache of bombs", "police said they had defused a device"); not civilians."""
    node = doc[m.head]
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                if subj.lower_ not in ("it", "they", "we") or subj.dep_ == "nsubjpass":
                    return None  # "activists say they were arrested": a passive pronoun is the victim
                reporter = _reporter_of(subj)
                found = actor_from_phrase(_np(reporter), event_iso, day, civil) if reporter is not None else None
                return found if found is not None and found[0].kind in ("state", "external", "rebel", "militia") else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _owned_by_reporter(phrase: list[Any], event_iso: str | None, day: dt.date | None, civil: bool) -> tuple[Actor, int, int] | None:
    """"its positions", "their trenches", "its troops" in a reported clause belong to whoever reports it
    ("a Ukrainian brigade said Russian troops attacked its positions" -> the Ukrainian forces)."""
    ids = {t.i for t in phrase}
    poss = next((t for t in phrase if t.dep_ == "poss" and t.lower_ in ("its", "their", "our") and t.head.i in ids), None)
    if poss is None or any(_ent_entry(t) is not None for t in phrase):
        return None
    if not any(_has(phrase, c) for c in ("military", "military_sites", "armed", "police")):
        return None
    reporter = _reporter_of(poss)
    if reporter is None:
        return None
    found = actor_from_phrase(_np(reporter), event_iso, day, civil)
    if found is None or found[0].kind in ("civilians", "protesters", "rioters"):
        return None
    return found


def _clause(sent: Any, m: Mention) -> tuple[int, int]:
    """The token range of the trigger's clause: the sentence cut at semicolons (and dashes between clauses)."""
    start, end = sent.start, sent.end
    for t in sent:
        if t.text in (";", "—", "–") and t.i < m.start_token:
            start = t.i + 1
        if t.text in (";", "—", "–") and t.i >= m.end_token:
            end = min(end, t.i)
    return start, end


LOCATIVE_ONLY = {"in", "near", "outside", "around", "across", "inside", "within", "along", "throughout"}


def _candidates(
    m: Mention, parsed: Parsed, event_iso: str | None, day: dt.date | None, civil: bool = False, agent: Actor | None = None,
    whole: bool = False,
) -> list[tuple[int, int, Actor, bool]]:
    """Every actor the trigger's clause names, in text order, leaving out speakers, places and the trigger:
    (first token, end token, actor, is a passive subject). Named actors come from the catalogue entities,
    others from noun chunks. A passive subject ("No US personnel were injured") is a patient, never actor1. "The army"
    after a state force (``agent`` or an earlier candidate) is that force, not a second party."""
    doc = parsed.doc
    sent = doc[m.head].sent
    lo, hi = (sent.start, sent.end) if whole else _clause(sent, m)
    out: list[tuple[int, int, Actor, bool]] = []
    taken: set[int] = set(range(m.start_token, m.end_token))

    def placeish(root: Any, strict: bool = True) -> bool:
        """Is the phrase a place ("in Gaza", "near Deir ez-Zor, Syria")? Without ``strict``, any locative
        preposition between the phrase and its verb counts (for bare country names)."""
        if strict:
            return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_ONLY
        if root.dep_ == "appos" and root.head.ent_type_ in PLACE_LABELS:
            return True  # "Deir al-Balah, Gaza", "Bamenda, Cameroon": the country locates a place
        node = root
        for _ in range(8):
            if node.pos_ == "ADP" and node.lower_ in LOCATIVE:
                return True
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                return False
            node = node.head
        return False

    for ent in doccache.ents(doc):
        if ent.start < lo or ent.end > hi or any(i in taken for i in range(ent.start, ent.end)):
            continue
        entry = _ent_entry(doc[ent.start], event_iso)
        if entry is None or _speaker(ent.root) or placeish(ent.root):
            continue
        out.append((ent.start, ent.end, _named(entry, event_iso, day), ent.root.dep_ == "nsubjpass"))
        taken |= set(range(ent.start, ent.end))
    for chunk in doccache.noun_chunks(doc, lo, hi):
        if any(i in taken for i in range(chunk.start, chunk.end)) or _speaker(chunk.root):
            continue
        if (_lemma(chunk.root) in MEMBER_WORDS or _lemma(chunk.root) in W("armed")) and any(
            c.dep_ == "prep" and c.lower_ in ("of", "from") and any(_ent_entry(t) is not None for t in c.subtree) for c in chunk.root.children
        ):
            continue  # "fighters of the Azande Ani Kpi Gbe militia": the named group stands for them
        tokens = list(chunk)
        forces = _has(tokens, "military") or _has(tokens, "police") or _has(tokens, "armed")
        anaphor = _is_anaphor(tokens)
        if anaphor in ("pronoun", "group", "armed"):  # "the army" is the event country's army
            continue
        if anaphor == "military" and ((agent is not None and agent.kind in ("state", "external")) or any(c[2].kind in ("state", "external") for c in out if c[0] < chunk.start)):
            continue  # "Israeli artillery shelled X as the army ordered evacuations": the army named before
        found = actor_from_phrase(tokens, event_iso, day, civil)
        if found is not None:
            bare_country = found[0].kind in ("state", "external") and not forces
            if placeish(chunk.root, strict=not bare_country):  # "in Gaza", "near Deir ez-Zor, Syria"
                continue
            out.append((found[1], found[2], found[0], chunk.root.dep_ == "nsubjpass"))
            taken |= set(range(chunk.start, chunk.end))
            # "Kyrgyz and Tajik border troops": a second country adjective is a second actor
            countries = [t for t in tokens if t.dep_ == "conj" and country_of(t.text) and t.head.i in {x.i for x in tokens}]
            for t in countries:
                iso2 = country_of(t.text)
                if iso2 and found[0].kind in ("state", "external") and iso2 != found[0].country:
                    kind_word = "police" if found[0].name.startswith("Police") else "military"
                    out.append((t.i, t.i + 1, _state(kind_word, iso2, event_iso, day), chunk.root.dep_ == "nsubjpass"))
    return sorted(out, key=lambda x: x[0])


def _gives_ground(span: Span, doc: Any) -> bool:
    """Is the phrase at span the subject of a leaving verb ("French troops left", "X handed over the base")?"""
    leave = W("leave")
    for tok in doc:
        if not span.start <= tok.idx < span.end:
            continue
        node = tok
        while node.dep_ in ("compound", "amod", "nmod") and node.head.i != node.i:  # "M23 fighters withdrew"
            node = node.head
        if node.dep_ in ("nsubj", "nsubjpass") and _lemma(node.head) in leave:
            return True
        if any(c.dep_ in ("acl", "relcl") and _lemma(c) in leave and c.i > tok.i for c in tok.children):
            return True  # mis-parsed "US forces handed over ..." (a participle clause)
    return False


class _History:
    """Actors named so far in the article, in text order, for resolving anaphors."""

    def __init__(self, doc: Any, event_iso_at: Any, day: dt.date | None) -> None:
        self.items: list[tuple[int, Actor, Span]] = []
        for ent in doc.ents:
            entry = _ent_entry(doc[ent.start])
            if entry is None:
                continue
            actor = _named(entry, event_iso_at(ent.start), day)
            self.items.append((ent.start, actor, Span(start=ent.start_char, end=ent.end_char)))

    def before(self, token_index: int, kind: str) -> tuple[Actor, Span] | None:
        for i, actor, span in reversed(self.items):
            if i >= token_index:
                continue
            nonstate = actor.kind in ("rebel", "militia", "identity_militia") or actor.inter in (2, 3, 4)
            if kind in ("group", "armed", "pronoun") and nonstate:
                return actor, span
            if kind == "military" and actor.inter in (1, 8) and actor.kind in ("state", "external"):
                return actor, span
        return None


def assign_roles(
    mentions: tuple[Mention, ...], places: tuple[MentionFacts, ...], parsed: Parsed, text: str, published: dt.date | None = None,
    event_days: Mapping[int, dt.date] | None = None,
) -> tuple[Roles, ...]:
    """Actors of every mention. ``event_days`` (mention id -> event date, when the dates stage ran first) picks the
    period of state-force names ("Military Forces of Mali (2021-)"); else the publication date."""
    catalogue.warm()  # cached: the first call (the pipeline's warm-up) builds the alias tables
    doc = parsed.doc
    iso_of_sentence: dict[int, str | None] = {}
    for m, facts in zip(mentions, places):
        if facts.place:
            iso_of_sentence.setdefault(m.sentence, catalogue.actor_country(facts.place.value.iso))
    main_iso = catalogue.actor_country(next((f.place.value.iso for f in places if f.place), None) or _article_country(doc))

    def event_iso_at(token_index: int) -> str | None:
        s = parsed.sentence_index(doc[token_index].idx)
        return iso_of_sentence.get(s, main_iso)

    history = _History(doc, event_iso_at, published)
    dateline_start, dateline_end = _dateline(doc)
    # named non-state armed groups by sentence: an unnamed "insurgents" near one of them is that group
    # (not a pro-government militia: "troops and VDP clashed with militants")
    groups = [(parsed.sentence_index(doc[i].idx), actor) for i, actor, _ in history.items
              if (actor.kind in ("rebel", "militia") or actor.inter in (2, 3)) and not _pro_government(actor)]
    claims = _claims(parsed, text, main_iso, published)
    out = []
    for m, facts in zip(mentions, places):
        day = (event_days or {}).get(m.id) or published  # state-force periods from the event's date
        event_iso = catalogue.actor_country(facts.place.value.iso) if facts.place else main_iso
        agents, targets = _roles(m, parsed)
        rules = catalogue.role_rules()
        no_target, default_target = rules.no_actor2, rules.default_actor2
        civil = m.sub_event_type in rules.government_acts and not _has(list(doc[m.head].sent), "ceasefire")

        def ev(actor: Actor, span: Span, confidence: float) -> Evidence[Actor]:
            return Evidence(value=actor, span=span, text=span.slice(text), stage=NAME, confidence=round(confidence, 2))

        def first(phrases: list[list[Any]], parties_only: bool = False) -> Evidence[Actor] | None:
            # the phrase itself first, then its whole subtree ("depots used by Kata'ib Hezbollah")
            for widen in (False, True):
                for phrase in phrases:
                    if phrase and dateline_start <= min(t.i for t in phrase) and max(t.i for t in phrase) < dateline_end:
                        continue  # "BAMENDA, Cameroon (Wire) —" parsed as a subject is a dateline, not a party
                    if widen:
                        if any(m.start_token <= t.i < m.end_token for tok in phrase for t in tok.subtree):
                            continue  # a phrase that governs the trigger ("12 Feb: An IED detonated under ...") is not its party
                        phrase = [t for tok in phrase for t in tok.subtree]
                        phrase = list({t.i: t for t in phrase}.values())
                    phrase = [t for t in phrase if not (m.start_token <= t.i < m.end_token)]
                    anaphor = _is_anaphor(phrase)
                    if anaphor == "pronoun":  # "The army said it retook X": the pronoun is the speaker
                        reporter = _reporter_of(min(phrase, key=lambda t: t.i))
                        found_r = actor_from_phrase(_np(reporter), event_iso, day, civil) if reporter is not None else None
                        if found_r is not None and found_r[0].kind not in ("civilians",):
                            actor, s_, e_ = found_r
                            span = Span.of_tokens(doc, s_, e_)
                            return ev(actor, span, 0.6)
                    if anaphor:
                        found_before = history.before(min(t.i for t in phrase), anaphor)
                        if found_before is not None:
                            return ev(found_before[0], found_before[1], 0.6)
                        if anaphor == "pronoun":
                            continue
                    owned = _owned_by_reporter(phrase, event_iso, day, civil)
                    if owned is not None:  # "the brigade said Russian troops attacked its positions"
                        actor, s_, e_ = owned
                        return ev(actor, Span.of_tokens(doc, s_, e_), 0.6)
                    found = actor_from_phrase(phrase, event_iso, day, civil)
                    if found and parties_only and found[0].kind == "civilians":
                        continue  # "the army retook the villages from IS": the villages are the place, not a party
                    if found:
                        actor, s, e = found
                        span = Span.of_tokens(doc, s, e)
                        generic = actor.name.startswith(("Unidentified", "Civilians", "Protesters", "Rioters"))
                        confidence = (0.6 if generic else 0.8) - (0.1 if widen else 0.0)
                        return ev(actor, span, confidence)
            return None

        actor1 = first(agents)
        actor2 = first(targets, parties_only=m.sub_event_type in TERRITORY)
        unnamed: Span | None = None  # the span of an unnamed attacker a claim or blame named
        claimed = False
        assoc1 = assoc2 = None
        if m.event_type in ("Protests", "Riots"):
            label, inter, kind = ("Rioters", 5, "rioters") if m.event_type == "Riots" else ("Protesters", 6, "protesters")
            sent_tokens = list(doc[m.head].sent)
            crowd_word = next((t for t in sent_tokens if _lemma(t) in (W("protesters") | W("rioters"))), None)
            span = Span(start=crowd_word.idx, end=crowd_word.idx + len(crowd_word.text)) if crowd_word is not None else m.trigger
            crowd = ev(_group(label, inter, kind, event_iso), span, 0.7 if crowd_word is not None else 0.5)
            assoc1 = _assoc(sent_tokens, event_iso, text) or _party_in(sent_tokens, event_iso, day, text)  # "NUP supporters"
            if m.sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
                # ACLED: the protesters are actor1, whoever intervened (police, army) actor2
                intervener = actor1 if actor1 is not None and actor1.value.kind in ("state", "external") else None
                if intervener is None and actor2 is not None and actor2.value.kind in ("state", "external"):
                    intervener = actor2
                if intervener is None:
                    intervener = _sentence_force(sent_tokens, event_iso, day, text)
                actor1, actor2 = crowd, intervener
            elif actor1 is None or actor1.value.kind != kind:
                if actor1 is not None and actor1.value.kind in ("state", "external") and m.event_type == "Riots":
                    actor2 = actor1
                actor1 = crowd
            if actor2 is not None and actor2.value.kind == kind:
                actor2 = None
            actor2 = _crowd_police(actor2, event_iso, day)
        elif actor1 is not None and actor1.value.kind == "civilians":
            # civilians are targets of political violence, not its agents; unknown "men" who abduct or kill are an
            # unidentified armed group ("abducted by men in plain clothes")
            unknown = m.event_type in VIOLENT and {w.strip(".,").lower() for w in actor1.text.split()} & W("unknown_people")
            actor1 = ev(_group("Unidentified Armed Group", 3, "militia", event_iso), actor1.span, 0.4) if unknown and event_iso and actor1.span else None
        if m.event_type in VIOLENT and (actor1 is None or actor1.value.name.startswith("Unidentified Armed Group")):
            claim = _claim_for(m, claims, parsed)
            if claim is not None:
                if actor1 is not None and actor1.span is not None:
                    unnamed = actor1.span  # "gunmen believed to belong to X": the gunmen are X, not a second party
                actor1, claimed = claim, True
        if actor1 is None and m.sub_event_type == "Agreement":
            # "a ceasefire took effect on Thursday between Colombia's government and the ELN": the parties anywhere in
            # the sentence's "between X and Y"
            pair = _between(doc[m.head].sent, event_iso, day)
            if pair is not None:
                (a, sa, ea), second = pair
                actor1 = ev(a, Span.of_tokens(doc, sa, ea), 0.5)
                same_side = actor2 is not None and (actor2.value.name == a.name or (actor2.value.kind == "state" and actor2.value.country == a.country))
                if second is not None and (actor2 is None or same_side):
                    b, sb, eb = second
                    actor2 = ev(b, Span.of_tokens(doc, sb, eb), 0.5)
        if actor1 is None and m.sub_event_type in rules.government_acts:
            # "The Houthis announced a 'fourth phase'", "Syria's presidency announced a ceasefire", "the army announced
            # that it had seized power": in a strategic development the one who announces it is its actor
            found_a = _announcer(m, doc, event_iso, day, civil)
            if found_a is not None:
                actor, a_, b_ = found_a
                actor1 = ev(actor, Span.of_tokens(doc, a_, b_), 0.5)
                if actor2 is not None and actor2.value.name == actor.name:
                    actor2 = None
        if actor1 is None and m.event_type not in ("Protests", "Riots"):
            found_s = _said_it(m, doc, event_iso, day, civil)  # "the Kenyan army said it had found a cache of bombs"
            if found_s is not None:
                actor, a_, b_ = found_s
                actor1 = ev(actor, Span.of_tokens(doc, a_, b_), 0.5)
                if actor2 is not None and actor2.value.name == actor.name:
                    actor2 = None
        if m.event_type not in ("Protests", "Riots") and (actor1 is None or actor2 is None):
            # the clause's other named parties, in text order: "X and Y exchanged fire", "A Russian drone ...
            # wounding the driver", headlines ("FARDC, M23 TRADE FIRE")
            cands = _candidates(m, parsed, event_iso, day, civil, actor1.value if actor1 is not None else None)
            if actor1 is None:
                agents_ok = [c for c in cands if c[2].kind not in ("civilians", "protesters") and not c[3]]
                before = [c for c in agents_ok if c[0] < m.start_token]
                after = [c for c in agents_ok if c[0] >= m.end_token]
                pick1 = before[0] if before else (after[0] if after and m.event_type in ("Battles",) else None)
                if pick1 is not None:
                    a, b, actor, _ = pick1
                    actor1 = ev(actor, Span.of_tokens(doc, a, b), 0.5)
            if actor2 is None and m.sub_event_type not in no_target:
                name1 = actor1.value.name if actor1 is not None else None
                # the unnamed attackers a claim or blame named are not a second party ("gunmen ...; police suspect the BRN")
                rest = [c for c in cands if c[2].name != name1 and not (unnamed and unnamed.start <= doc[c[0]].idx < unnamed.end)
                        and not (claimed and c[2].name.startswith("Unidentified Armed Group"))
                        and not (m.sub_event_type in TERRITORY and c[2].kind == "civilians")]  # a town taken is no party
                after = [c for c in rest if c[0] >= m.end_token]
                before = [c for c in rest if c[0] < m.start_token]
                # a battle's other side is usually named with the first ("X and Y clashed"), as in a reciprocal
                # act ("Indian and Pakistani troops traded artillery fire"); a target after the verb
                ordered = before + after if m.sub_event_type == "Armed clash" or _reciprocal(doc[m.head]) else after + before
                if ordered:
                    a, b, actor, _ = ordered[0]
                    actor2 = ev(actor, Span.of_tokens(doc, a, b), 0.5)
        if (m.event_type == "Battles" or m.sub_event_type == "Agreement") and actor1 is not None and actor1.value.kind == "identity_militia":
            # "Tiv and Jukun youths clashed", "Pokot and Turkana elders signed a peace deal": the first-named group
            # is actor1, the group whose member word both share is the other side
            first = _coordinated_identity(actor1.span, doc, event_iso)
            if first is not None and (actor2 is None or actor2.value.kind in ("civilians",) or actor2.value.name == actor1.value.name):
                actor1, actor2 = ev(first[0], first[1], 0.6), actor1
        if m.sub_event_type in no_target:
            actor2 = None
        if m.sub_event_type == "Non-violent transfer of territory" and actor1 is not None and actor2 is not None and _gives_ground(actor1.span, doc):
            actor1, actor2 = actor2, actor1  # ACLED: actor1 is who gains the territory ("X withdrew and Y moved in")
        if m.sub_event_type in rules.state_first and actor1 is not None and actor2 is not None and actor2.value.inter == 1 and actor1.value.inter != 1:
            actor1, actor2 = actor2, actor1
        if m.sub_event_type in UNKNOWN_BOMBER and actor1 is not None and _ran_into_bomb(doc[m.head]) and (actor2 is None or actor2.value.kind == "civilians"):
            actor1, actor2 = None, actor1  # "Israeli troops hit a roadside bomb": the troops are its target
        if actor1 is not None and actor2 is not None and actor1.value.name == actor2.value.name:
            actor2 = None  # "Girls who escaped Boko Haram were raped after being forced to marry fighters"
        if m.event_type == "Violence against civilians":
            if actor2 is None or actor2.value.kind not in ("civilians",):
                # ACLED: the target of violence against civilians is civilians (inter 7) whoever they are
                # ("Fulani herders", "a police officer's family"); an armed target would make it a battle
                if actor2 is None or actor2.value.kind in ("protesters", "rioters", "identity_militia") or actor2.value.inter == 7:
                    actor2 = ev(_group("Civilians", 7, "civilians", event_iso), actor2.span if actor2 is not None else m.trigger, 0.4)
            if actor1 is None and event_iso:
                actor1 = ev(_group("Unidentified Armed Group", 3, "militia", event_iso), m.trigger, 0.3)
        if m.sub_event_type in UNKNOWN_BOMBER and actor1 is None and event_iso:
            actor1 = ev(_group("Unidentified Armed Group", 3, "militia", event_iso), m.trigger, 0.3)
        if m.sub_event_type in ("Air/drone strike", "Chemical weapon", SHELLING) and actor1 is None and event_iso:
            # "Antonov aircraft dropped bombs on Tabit", "a shell filled with chlorine hit a residential block"
            place = facts.place.value if facts.place is not None and facts.place.value.iso == event_iso else None
            regions = (place.admin1, place.admin2, place.location) if place is not None else ()
            kind = {"Air/drone strike": "air", SHELLING: "shelling"}.get(m.sub_event_type, "chemical")
            entry = catalogue.implicit_group(kind, event_iso, regions, day)
            # derived from knowledge, not from a phrase: evidence without a span
            if entry is not None:
                actor1 = Evidence(value=_named(entry, event_iso, day), span=None, text="", stage=NAME, confidence=0.3)
            elif m.sub_event_type == "Air/drone strike":
                actor1 = Evidence(value=_state("military", event_iso, event_iso, day), span=None, text="", stage=NAME, confidence=0.3)
            elif m.sub_event_type == SHELLING and not any(o.id != m.id and o.sub_event_type == SHELLING for o in mentions):
                # "two mortar rounds landed inside the compound": unattributed (another mention may name the author)
                actor1 = ev(_group("Unidentified Armed Group", 3, "militia", event_iso), m.trigger, 0.3)
        if m.event_type == "Battles" and actor1 is not None and _returns_fire(doc[m.head]):
            # "Militants attacked a police station; police returned fire": the attacker named before is actor1
            # named before the trigger, or after it as the subject of the attack ("... after gunmen attacked their convoy",
            # not the victims of "returned fire, killing four insurgents")
            others = [c for c in _candidates(m, parsed, event_iso, day, civil, whole=True)
                      if c[2].name != actor1.value.name and c[2].kind not in ("civilians", "protesters", "rioters") and not c[3]
                      and (c[0] < m.start_token or any(t.dep_ == "nsubj" for t in doc[c[0] : c[1]]))]
            others.sort(key=lambda c: c[0] > m.start_token)
            if others:
                a_, b_, attacker, _ = others[0]
                actor1, actor2 = ev(attacker, Span.of_tokens(doc, a_, b_), 0.5), actor1
        if m.event_type == "Battles" and actor1 is not None:
            # "soldiers repelled an attack by jihadists", "VDP repelled a JNIM attack": the defender is actor1
            found_d = _repeller(m, doc, event_iso, day, civil)
            if found_d is not None and found_d[0].name != actor1.value.name:
                defender, a_, b_ = found_d
                actor2 = actor1 if actor2 is None or actor2.value.name == defender.name else actor2
                actor1 = ev(defender, Span.of_tokens(doc, a_, b_), 0.6)
        if m.sub_event_type == "Arrests" and actor1 is not None:
            # WRITERS.md Attribution: "security forces/services/agents" who arrest are the police unless the army is named
            actor1 = _crowd_police(actor1, event_iso, day, security_only=True)
        if m.sub_event_type == "Arrests" and actor1 is None and event_iso:
            # "Multiple suspected insurgents were detained": the force whose operation the report just described
            actor1 = _recent_force(m, parsed, event_iso, day, text) or ev(_state("police", event_iso, event_iso, day), m.trigger, 0.4)
        # a military target that names no one ("a military base") is not civilians
        military_target = any(_has(p, "military_sites") or lemmas_force([_lemma(t) for t in p]) for p in targets)
        foreign = actor1 is not None and actor1.value.kind == "external" and actor1.value.country != event_iso
        nonstate = actor1 is not None and actor1.confidence > 0.3 and (
            actor1.value.kind in ("rebel", "militia", "identity_militia") or actor1.value.inter in (2, 3, 4))
        # not for fire from afar ("rockets hit a military base": whose base is unknown)
        close = m.event_type == "Battles" or m.sub_event_type in ("Suicide bomb", "Remote explosive/landmine/IED", "Grenade")
        if actor2 is None and event_iso and nonstate and close and any(
            _has(p, "military_sites") and not _has(p, "civilian_sites") for p in targets
        ):
            # "militants attacked a checkpoint", "rebels overran an army post": the state's forces that hold it
            kind_word = "police" if any(_has(p, "police") for p in targets) else "military"
            actor2 = ev(_state(kind_word, event_iso, event_iso, day), m.trigger, 0.3)
        if actor2 is None and event_iso and foreign and m.event_type in VIOLENT and (military_target or m.sub_event_type == "Chemical weapon"):
            # foreign forces at war in a country hit its forces: "Russian drones dropped gas grenades on positions"
            actor2 = ev(_state("military", event_iso, event_iso, day), m.trigger, 0.3)
        if m.event_type == "Explosions/Remote violence" and (actor2 is None or actor2.value.kind == "civilians"):
            # "a roadside bomb killed three soldiers", "an airstrike on a building killed a Hezbollah commander": the armed
            # side among the victims (named first) is the target
            lone = not any(o.id != m.id and o.sentence == m.sentence + 1 for o in mentions)
            hit = _armed_victims(m, doc, event_iso, day, next_sentence=lone)
            if hit is not None and (actor1 is None or hit[0].name != actor1.value.name):
                victim, a_, b_ = hit
                actor2 = ev(victim, Span.of_tokens(doc, a_, b_), 0.5)
        if actor2 is None and event_iso and m.sub_event_type in default_target and not (military_target and default_target[m.sub_event_type] == "civilians"):
            label = default_target[m.sub_event_type]
            if label in ("police", "military"):
                default = _state(label, event_iso, event_iso, day)
            else:
                default = _group("Civilians", 7, "civilians", event_iso)
            if actor1 is None or (actor1.value.name != default.name and not (label == "military" and actor1.value.inter == 1)):
                actor2 = ev(default, m.trigger, 0.3)
        if m.sub_event_type == "Arrests" and actor2 is not None and actor2.value.kind == "protesters" and not (
                {_lemma(t) for t in doc[m.head].sent} & (W("protesters") - {"activist"})) and not _has(list(doc[m.head].sent), "protest_words"):
            # WRITERS.md: an activist arrested away from any protest is a civilian (inter 7), not a protester
            actor2 = ev(_group("Civilians", 7, "civilians", event_iso), actor2.span, actor2.confidence) if event_iso else actor2
        if m.sub_event_type == "Arrests" and (actor2 is None or actor2.value.kind == "civilians"):
            # "police detained a Podemos district leader", "...arrested near the PTI office": the party is who was arrested
            party = _party_in(list(doc[m.head].sent), event_iso, day, text)
            if party is not None and (actor1 is None or actor1.value.name != party.value.name):
                actor2 = party
        if actor2 is not None and actor2.value.kind == "civilians":
            sent_tokens = list(doc[m.head].sent)
            assoc2 = _assoc(sent_tokens, event_iso, text) or (_party_in(sent_tokens, event_iso, day, text) if m.event_type in VIOLENT else None)
        if actor1 is not None and actor1.value.kind == "party" and m.event_type in VIOLENT:
            # a party's supporters as authors of political violence are a political militia (inter 3)
            actor1 = Evidence(value=_actor(actor1.value.name, 3, actor1.value.country, "militia"), span=actor1.span, text=actor1.text, stage=NAME, confidence=actor1.confidence)
        if m.sub_event_type == "Disrupted weapons use" and actor2 is None and event_iso and _has(list(doc[m.head].sent), "launched"):
            # "air defences shot down 20 Shahed drones over Kyiv": unnamed launchers are the side that does nearly all
            # air strikes in the country (implicit.tsv; knowledge, so evidence without a span)
            place = facts.place.value if facts.place is not None and facts.place.value.iso == event_iso else None
            entry = catalogue.implicit_group("air", event_iso, (place.admin1, place.admin2, place.location) if place else (), day)
            launcher = _named(entry, event_iso, day) if entry is not None else None
            if launcher is not None and (actor1 is None or launcher.name != actor1.value.name):
                actor2 = Evidence(value=launcher, span=None, text="", stage=NAME, confidence=0.3)
        if m.sub_event_type == "Looting/property destruction" and actor2 is not None and actor2.value.kind == "civilians" and not _civilian_loss(m, doc):
            actor2 = None  # "FARC dissidents destroyed a telecoms antenna": property of no named or civilian owner
        actor1 = _implicit(actor1, m, facts, doc, day, groups)
        actor2 = _implicit(actor2, m, facts, doc, day, groups)
        # "clashes between rival armed groups", "two gangs fought", "rival factions of the Arab militias clashed": both
        # sides are the one unnamed or identity group; "Christian and Muslim youths attacked each other's homes": rioters
        # on both sides
        both_sides = actor1 is not None and (
            (m.event_type == "Battles" and (actor1.value.name.startswith("Unidentified Armed Group") or actor1.value.kind == "identity_militia")
             and _rivals(doc[m.head].sent))
            or (m.sub_event_type == "Mob violence" and actor1.value.kind == "rioters" and _each_other(doc[m.head].sent)))
        if both_sides and (actor2 is None or actor2.value.kind == "civilians"):
            actor2 = actor1
        elif actor1 and actor2 and actor1.value.name == actor2.value.name and not both_sides:
            actor2 = None
        out.append(Roles(mention_id=m.id, actor1=actor1, assoc_actor_1=assoc1, actor2=actor2, assoc_actor_2=assoc2))
    return tuple(out)


def _recent_force(m: Mention, parsed: Parsed, event_iso: str, day: dt.date | None, text: str) -> Evidence[Actor] | None:
    """The state force that is the subject of the trigger's sentence (before it) or of one of the two sentences
    before ("An Afghan and coalition security force conducted an operation ... Suspects were detained")."""
    doc = parsed.doc
    sent = doc[m.head].sent
    sents = [sent]
    prev = sent.start - 1
    for _ in range(2):
        if prev < 0:
            break
        sents.append(doc[prev].sent)
        prev = doc[prev].sent.start - 1
    for sent_ in sents:
        for chunk in doccache.noun_chunks(doc, sent_.start, sent_.end):
            if chunk.root.dep_ != "nsubj" or chunk.start >= m.start_token and sent_ == sent or _speaker(chunk.root):
                continue
            if not (_has(list(chunk), "police") or lemmas_force([_lemma(t) for t in chunk])):
                continue  # "the government dissolved the party" names no force
            found = actor_from_phrase(list(chunk), event_iso, day)
            if found is not None and found[0].kind in ("state", "external"):
                actor, a, b = found
                span = Span.of_tokens(doc, a, b)
                return Evidence(value=actor, span=span, text=span.slice(text), stage=NAME, confidence=0.4)
    return None


def _civilian_loss(m: Mention, doc: Any) -> bool:
    """Does a looting or destruction hit civilians: goods taken ("looted", "pillaged"), or homes, villages,
    shops, markets, livestock or people named as objects in its clause (not its speakers)? A burned bus, mast, office
    or school alone has no civilian target (ACLED leaves actor2 empty)."""
    head = doc[m.head]
    if any(_lemma(t) in W("taking") for t in doc[m.start_token : m.end_token]) or _lemma(head) in W("taking"):
        return True
    lo, hi = _clause(head.sent, m)
    objects = [t for t in doc[lo:hi] if t.dep_ in ("dobj", "pobj", "conj", "nsubjpass", "compound", "appos") or m.start_token <= t.i < m.end_token]
    return any(_lemma(t) in W("dwellings") or t.lower_ in W("dwellings") or _lemma(t) in W("civilian") for t in objects)


def _returns_fire(head: Any) -> bool:
    """Is the trigger "returned fire" (or "fire" returned): its subject defends against an attack told before?"""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    return _lemma(verb) == "return" and any(_lemma(c) in ("fire", "gunfire", "shot") for c in (*verb.children, head))


def _rivals(sent: Any) -> bool:
    """Does the sentence set armed parties against each other without naming them ("rival armed groups", "two gangs",
    "each other")?"""
    toks = list(sent)
    low = [t.lower_ for t in toks]
    if "rival" in low or "rivals" in low or ("each" in low and "other" in low):
        return True
    sides = W("armed") | W("group_nouns") | {"clan", "gang"}
    return any(w in ("two", "competing") and any(_lemma(t) in sides for t in toks[i + 1 : i + 4]) for i, w in enumerate(low))


def _each_other(sent: Any) -> bool:
    """Does the sentence say "each other" / "one another"?"""
    low = [t.lower_ for t in sent]
    return any((a, b) in (("each", "other"), ("one", "another")) for a, b in zip(low, low[1:]))


def _armed_victims(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, next_sentence: bool = False) -> tuple[Actor, int, int] | None:
    """The armed or state side among the victims the event's sentence (and with ``next_sentence`` the next one) names
    first ("killing three soldiers", "left one peacekeeper wounded", "one soldier killed"), or None when the first
    victims named are civilians."""
    sent = doc[m.head].sent
    tokens = list(sent)
    if next_sentence and sent.end < len(doc):  # "... hit an IED. The provisional toll is one soldier killed."
        tokens += list(doc[sent.end].sent)
    for tok in tokens:
        if tok.pos_ != "VERB" or _lemma(tok) not in W("casualty_verbs"):
            continue
        phrases = [_np(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not phrases and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            phrases = [_np(c) for c in tok.children if c.dep_ == "nsubj"]  # "the toll is one soldier killed", "two police wounded"
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):  # "the toll is one soldier killed"
            phrases.append(_np(tok.head))
        if tok.dep_ in ("oprd", "xcomp", "ccomp", "advcl", "acomp") and _lemma(tok.head) == "leave":  # "left one peacekeeper wounded"
            phrases += [_np(c) for c in tok.head.children if c.dep_ == "dobj"]
        for phrase in phrases:
            found = actor_from_phrase(phrase, event_iso, day)
            if found is None:
                continue
            if found[0].kind in ("civilians", "protesters", "rioters"):
                return None
            if found[0].name.startswith("Unidentified") and m.sub_event_type in UNKNOWN_BOMBER:
                continue  # "killing the bomber": the attacker, not a target
            return found
    return None


def _reciprocal(head: Any) -> bool:
    """Is the trigger (or the verb it is the object of) a reciprocal act: "exchanged fire", "traded shells"?"""
    return any(_lemma(t) in W("reciprocal") for t in (head, head.head))


def _ran_into_bomb(head: Any) -> bool:
    """Is the trigger a mine or bomb that its subject ran into ("a bus hit a landmine", "troops stepped on a mine")?"""
    verb = head.head
    if head.dep_ == "pobj" and head.head.lower_ in ("over", "on", "onto", "into"):
        verb = head.head.head
    elif head.pos_ in ("VERB", "AUX"):  # the trigger is the verb: "hit a landmine"
        verb = head
        if not any(c.dep_ in ("dobj", "prep") and (_lemma(c) in W("explosives") or any(_lemma(g) in W("explosives") for g in c.children)) for c in head.children):
            return False
    elif head.dep_ != "dobj":
        return False
    return _lemma(verb) in W("ran_into") and any(c.dep_ == "nsubj" for c in verb.children)


def _crowd_police(actor: Evidence[Actor] | None, event_iso: str | None, day: dt.date | None, security_only: bool = False) -> Evidence[Actor] | None:
    """The "security forces" facing a crowd are its police (ACLED's convention) unless the text names the army:
    "Military Forces of X" read from "security forces" or "guards" becomes "Police Forces of X". With
    ``security_only`` (arrests) only a phrase that says "security" in the plural ("security forces", "security
    services") and names neither the army, a coalition nor the national forces ("Afghan National Security Forces")
    changes."""
    if actor is None or not event_iso or actor.value.country != event_iso or actor.value.kind != "state":
        return actor
    if actor.value.name != catalogue.state_forces("military", event_iso, day):
        return actor  # a named unit ("the National Guard", "the Republican Guard") keeps its name
    said = {w.strip(".,;:'\"").lower() for w in actor.text.split()}
    if any(w.rstrip("s") in W("army") or w in W("army") for w in said):
        return actor
    if any(w[:1].isupper() and catalogue.lookup(w.strip(".,;:'\"")) is not None for w in actor.text.split()):
        return actor  # a named force ("Taliban forces") is not generic "security forces"
    if security_only and ("security" not in said or "force" in said or said & {"coalition", "national", "joint", "combined"}):
        return actor  # "a security force" (one unit on an operation, often joint) stays the army
    police = _state("police", event_iso, event_iso, day)
    return Evidence(value=police, span=actor.span, text=actor.text, stage=NAME, confidence=actor.confidence)


def _implicit(
    actor: Evidence[Actor] | None, m: Mention, facts: MentionFacts, doc: Any, day: dt.date | None, groups: list[tuple[int, Actor]],
) -> Evidence[Actor] | None:
    """An "Unidentified Armed Group (X)" the text describes as "insurgents" (militants, jihadists...) is the non-state
    group the report names nearby (same sentence, else the two before or the next: coreference, not a guess); one
    described by a word that names a movement ("separatists", "partisans") is that movement in the event's region and
    period (implicit.tsv: "separatists" in Anglophone Cameroon -> Ambazonian Separatists). Everyone else stays
    unidentified (WRITERS.md Attribution: "militants", "gunmen" or "a suicide bomber" are never a group guessed from
    the region)."""
    if actor is None or actor.span is None or not actor.value.name.startswith("Unidentified Armed Group") or not actor.value.country:
        return actor
    words = {w for t in doc if actor.span.start <= t.idx < actor.span.end for w in (t.lower_, _lemma(t))}
    kind = next((k for k in ("separatist", "partisan", "insurgent") if words & W(k)), None)
    if kind is None:
        return actor
    if kind == "insurgent":
        # "detained two suspected insurgents in search of a Haqqani network leader"
        window = [(abs(si - m.sentence) + (0.5 if si > m.sentence else 0), a) for si, a in groups if m.sentence - 2 <= si <= m.sentence + 1]
        if window:
            near = min(window, key=lambda x: x[0])[1]
            return Evidence(value=near, span=actor.span, text=actor.text, stage=NAME, confidence=round(min(actor.confidence, 0.5), 2))
        return actor
    place = facts.place.value if facts.place is not None and facts.place.value.iso == actor.value.country else None
    regions = (place.admin1, place.admin2, place.location) if place is not None else ()
    entry = catalogue.implicit_group(kind, actor.value.country, regions, day)
    if entry is None:
        return actor
    named = _named(entry, actor.value.country, day)
    return Evidence(value=named, span=actor.span, text=actor.text, stage=NAME, confidence=round(min(actor.confidence, 0.5), 2))


def _dateline_end(doc: Any, start: int = 0) -> int:
    """Token index of the dash that ends a dateline opening the sentence at ``start`` ("BAMENDA, Cameroon (Wire) — ..."),
    else 0."""
    for tok in doc[start : start + 12]:
        if tok.text in ("—", "–", "--") or (tok.text == "-" and tok.i > 0 and tok.whitespace_ and doc[tok.i - 1].whitespace_):
            # "TRIPOLI —", "BAMENDA, Cameroon (Wire) —", "Kabul (Reuters) –"; not a headline "... outrage in X —"
            upper = doc[start].text.isupper() and len(doc[start].text) > 2
            return tok.i if upper or (tok.i > 0 and doc[tok.i - 1].text == ")") else 0
        if tok.is_sent_end and tok.i > start:
            break
    return 0


def _dateline(doc: Any) -> tuple[int, int]:
    """(first, end) token range of the article's dateline: opening the text, or the line after a headline
    ("GUNMEN KILL 11 VILLAGERS IN PLATEAU\nJOS, Nigeria (Wire) — Gunmen stormed ..."); (0, 0) when there is none."""
    for sent in list(doc.sents)[:2]:
        end = _dateline_end(doc, sent.start)
        if end:
            return sent.start, end
    return 0, 0


def _coordinated_identity(span: Span | None, doc: Any, event_iso: str | None) -> tuple[Actor, Span] | None:
    """The identity group named just before another's entity and coordinated with it: "Tiv and Jukun youths"
    (the entity is "Jukun youths") -> the Tiv militia and the span of "Tiv"."""
    if span is None:
        return None
    start = next((t.i for t in doc if t.idx == span.start), None)
    if start is None or start < 2 or doc[start - 1].lower_ not in ("and", ",", "&"):
        return None
    table = catalogue.identity_spellings()
    for width in (1, 2):  # "Habar Gidir and Majerteen clan militias"
        if start - 1 - width < 0:
            break
        words = doc[start - 1 - width : start - 1]
        entry = table.get(normalize(words.text))
        if entry is not None:
            actor = _named(entry, event_iso, None)
            return actor, Span(start=words.start_char, end=words.end_char)
    return None


def _article_country(doc: Any) -> str | None:
    """The country the article is about when no event has a place: the most named country (names,
    adjectives, home countries of named groups), first mention breaking ties."""
    votes: dict[str, int] = {}
    for ent in doc.ents:
        iso = None
        if ent.label_ in ("GPE", "NORP"):
            iso = country_of(ent.text)
        entry = _ent_entry(doc[ent.start])
        if iso is None and entry is not None and entry.kind not in ("external",):
            iso = entry.country
        if iso:
            votes[iso] = votes.get(iso, 0) + 1
    if not votes:
        return _gazetteer_country(doc)
    return max(votes, key=lambda k: votes[k]) if votes else None


PLACE_LABELS = ("GPE", "LOC", "FAC")


def _gazetteer_country(doc: Any) -> str | None:
    """The country of the article's place names when neither an event place nor a country name is known
    ("the regional parliament of Malang" -> Indonesia): each place entity votes for the country of its most
    populous exact gazetteer match (towns and admin units); None when no name is in the gazetteer."""
    from .. import geo

    votes: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or len(ent.text) < 3:
            continue
        hits = [h.place for h in geo.index().lookup(ent.text, loose=False) if h.place.kind in ("town", "admin1", "admin2", "site")]
        if hits:
            best = max(hits, key=lambda p: p.population or 0)
            votes[best.iso] = votes.get(best.iso, 0) + 1
    return max(votes, key=lambda k: votes[k]) if votes else None


def _assoc(tokens: list[Any], iso: str | None, text: str) -> Evidence[Actor] | None:
    """An associated actor named by a victim or crowd word: "doctors" -> Health Workers (X)."""
    if not iso:
        return None
    low = {t.lower_ for t in tokens} | {_lemma(t) for t in tokens}
    joined = " ".join(t.lower_ for t in tokens)
    for label, words in catalogue.assoc_groups():
        hit = next((w for w in sorted(words) if (" " in w and w in joined) or w in low), None)  # sorted: same hit in every process
        if hit:
            tok = next((t for t in tokens if t.lower_ == hit or _lemma(t) == hit or t.lower_ == hit.split()[0]), tokens[0])
            span = Span(start=tok.idx, end=tok.idx + len(tok.text))
            kind = "protesters" if label in ("Students", "Teachers", "Lawyers", "Traders", "Miners", "Farmers") else "civilians"
            return Evidence(value=_actor(catalogue.generic(label, iso), 7, iso, kind), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
    return None


def _between(sent: Any, event_iso: str | None, day: dt.date | None) -> tuple[tuple[Actor, int, int], tuple[Actor, int, int] | None] | None:
    """The parties of the sentence's "between X and Y" (political acts: a government word is the government)."""
    for tok in sent:
        if tok.lower_ != "between" or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
            continue  # "clashes between X and Y" names the parties of another event
        for obj in (c for c in tok.children if c.dep_ == "pobj"):
            first = actor_from_phrase(_np(obj), event_iso, day, True)
            if first is None:
                continue
            conj = next((c for c in obj.children if c.dep_ == "conj"), None)
            second = actor_from_phrase(_np(conj), event_iso, day, True) if conj is not None else None
            return first, second
    return None


def _announcer(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, civil: bool) -> tuple[Actor, int, int] | None:
    """The subject of the announcing verb the trigger depends on (itself included): (actor, first, end token)."""

    def subject(verb: Any) -> tuple[Actor, int, int] | None | bool:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            return False  # "saying they would ...": the announcer is further up
        for subj in subjects:  # a dateline parsed as a second subject gives nothing
            if _is_anaphor(_np(subj)):
                return None
            found = actor_from_phrase(_np(subj), event_iso, day, True)
            if found is not None and found[0].kind not in ("civilians", "protesters", "rioters"):
                return found
        return None

    node = doc[m.head]
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and _lemma(node) in W("announcing"):
            got = subject(node)
            if got is not False:
                return got or None
        if node.head.i == node.i:
            break
        node = node.head
    # a parse that hangs the trigger elsewhere: the last announcing verb of the sentence before the trigger
    sent = doc[m.head].sent
    for tok in reversed(doc[sent.start : m.start_token]):
        if tok.pos_ in ("VERB", "AUX") and _lemma(tok) in W("announcing"):
            return subject(tok) or None
    return None


def _repels(verb: Any) -> bool:
    """Is the verb one of words.toml's repel verbs, with its particle when the entry has one ("beat back")?"""
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    for entry in W("repel"):
        word, _, particle = entry.partition(" ")
        if _lemma(verb) == word and (not particle or particle in particles):
            return True
    return False


def _repel_subject(m: Mention, doc: Any) -> Any | None:
    """The subject of a repelling verb the trigger belongs to ("X repelled an attack", "X fended off an assault")."""
    for tok in [*doc[m.start_token : m.end_token], doc[m.head].head]:
        if tok.pos_ == "VERB" and _repels(tok):
            return next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return None


def _repeller(m: Mention, doc: Any, event_iso: str | None, day: dt.date | None, civil: bool) -> tuple[Actor, int, int] | None:
    """The defender who repelled the attack the trigger names: (actor, first token, end token) or None."""
    subj = _repel_subject(m, doc)
    if subj is None or _is_anaphor(_np(subj)):
        return None
    found = actor_from_phrase(_np(subj), event_iso, day, civil)
    return found if found is not None and found[0].kind not in ("civilians",) else None


def _party_in(tokens: list[Any], iso: str | None, day: dt.date | None, text: str) -> Evidence[Actor] | None:
    """The first political party (parties.tsv) the tokens name."""
    for tok in tokens:
        entry = _ent_entry(tok)
        if entry is not None and entry.kind == "party":
            ent = _entity_of(tok)
            start, end = (ent.start_char, ent.end_char) if ent is not None else (tok.idx, tok.idx + len(tok.text))
            span = Span(start=start, end=end)
            return Evidence(value=_named(entry, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
    return None


def _sentence_force(tokens: list[Any], iso: str | None, day: dt.date | None, text: str) -> Evidence[Actor] | None:
    """The police or army a protest sentence mentions (who intervened)."""
    for tok in tokens:
        entry = _ent_entry(tok)
        if entry is not None and (entry.kind == "state" or entry.inter == 1):
            actor = _named(entry, iso, day)
            span = Span(start=tok.idx, end=tok.idx + len(tok.text))
            return Evidence(value=actor, span=span, text=span.slice(text), stage=NAME, confidence=0.6)
        if iso and (_lemma(tok) in W("police") or tok.lower_ in W("police")):
            span = Span(start=tok.idx, end=tok.idx + len(tok.text))
            return Evidence(value=_state("police", iso, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.6)
        if iso and _lemma(tok) in W("army") and _lemma(tok) != "armed":
            span = Span(start=tok.idx, end=tok.idx + len(tok.text))
            return Evidence(value=_state("military", iso, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
    return None


def _claims(parsed: Parsed, text: str, iso: str | None, day: dt.date | None) -> list[tuple[int, int, Evidence[Actor]]]:
    """(priority, sentence index, actor) of every "X claimed responsibility" (priority 0), "officials blamed X" and
    "gunmen believed to belong to X" (priority 1) in the article."""
    doc = parsed.doc
    out = []
    starts: list[int] | None = None  # token start offsets, increasing
    for si, sent in enumerate(parsed.sentences):
        chunk = sent.slice(text)
        sent_tokens: list[Any] = []
        for priority, pattern in ((0, CLAIM), (1, BLAME), (1, BELONG)):
            match = pattern.search(chunk)
            if not match:
                continue
            if not sent_tokens:  # the tokens starting inside the sentence (found by bisection: performance)
                starts = starts if starts is not None else [t.idx for t in doc]
                sent_tokens = list(doc[bisect.bisect_left(starts, sent.start) : bisect.bisect_left(starts, sent.end)])
            tok = next((t for t in sent_tokens if t.idx >= sent.start + match.start()), None)
            if tok is not None and tok.lower_.startswith("suspect") and not (tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children)):
                tok = None  # "two suspected militants", "the suspects": no one is blamed
            if tok is None:
                continue
            phrases: list[list[Any]] = []
            if pattern is BELONG or (pattern is CLAIM and match.group("by")):
                # the group named right after "believed to belong to", "believed to be", "was claimed by"
                phrases.append([t for t in sent_tokens if t.idx >= sent.start + match.end()][:8])
            elif priority == 0:
                subjects = [c for c in tok.children if c.dep_ in ("nsubj",)] if tok.pos_ in ("VERB", "AUX") else []
                phrases += [list(x.subtree) for x in subjects]
                # "responsibility was claimed by X" / "X, which claimed ..." / no parse: the sentence's named actors
                phrases.append(sent_tokens)
            else:
                for c in tok.children:  # the blamed phrase itself before its clauses ("government forces fighting Fano")
                    if c.dep_ == "dobj":
                        phrases += [_np(c), list(c.subtree)]
                    if c.dep_ == "prep" and c.lower_ == "on":
                        phrases += [p for x in c.children if x.dep_ == "pobj" for p in (_np(x), list(x.subtree))]
                phrases.append([t for t in sent_tokens if t.i > tok.i])
            for phrase in phrases:
                found = actor_from_phrase(phrase, iso, day)
                if found is not None and pattern is BELONG and found[0].name.startswith("Unidentified"):
                    continue  # "gunmen believed to be armed" names no one
                if found is not None and found[0].kind not in ("civilians", "protesters", "rioters"):
                    actor, a, b = found
                    span = Span.of_tokens(doc, a, b)
                    out.append((priority, si, Evidence(value=actor, span=span, text=span.slice(text), stage=NAME, confidence=0.7 - 0.1 * priority)))
                    break
    return out


def _claim_for(m: Mention, claims: list[tuple[int, int, Evidence[Actor]]], parsed: Parsed) -> Evidence[Actor] | None:
    """The claim of responsibility (else the blame) nearest after the event or in its sentence."""
    for priority in (0, 1):
        after = [c for p, si, c in claims if p == priority and si >= m.sentence]
        if after:
            return after[0]
    return None


@stage(NAME, requires=["clean_article", "parsed", "mentions", "places"], assigns=["roles"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    article = doc.get("clean_article")
    # the dates stage is optional here (not required): when it ran before, state names take the event's period
    dates = doc.get("dates") if doc.has("dates") else ()
    event_days = {f.mention_id: f.date.value.value for f in dates if f.date is not None}
    return {"roles": assign_roles(doc.get("mentions"), doc.get("places"), doc.get("parsed"), article.text, article.published, event_days)}
