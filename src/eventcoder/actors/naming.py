"""Naming an actor from a noun phrase: catalogue entities, state forces by country adjective, unit or ministry,
generic actors (civilians, protesters, unidentified armed groups) and their inter codes."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from .. import catalogue, doccache
from ..catalogue import ORGANISED_KINDS, STATE_KINDS, is_unidentified  # noqa: F401  (is_unidentified re-exported to the actor stages)
from ..lexicon import country_of, normalize
from ..model import Actor
from ..syntax import PLACE_LABELS, in_words
from .dateline import in_dateline
from .words import LOCATIVE, STATE_HINTS, W, ent_entry, entity_of, has_word, lemma, origin_place, phrase_roots


def make_actor(name: str, inter: int, country: str | None, kind: str) -> Actor:
    return Actor(name=name, inter=inter, country=country, kind=kind)


def named_actor(entry: catalogue.CatalogueEntry, event_iso: str | None, day: dt.date | None) -> Actor:
    name, inter, home, kind = catalogue.resolve(entry, event_iso, day)
    if kind == "state" and inter == 8:
        kind = "external"
    return make_actor(name, inter, home, kind)


def entity_actor(entry: catalogue.CatalogueEntry, ent: Any, event_iso: str | None, day: dt.date | None) -> Actor:
    """The actor a catalogue name stands for where the text names it alone: a group that became the state names its
    police by the noun it modifies ("three Taliban police officers", "a Taliban police car"), as actor_from_phrase does
    for a whole phrase."""
    actor = named_actor(entry, event_iso, day)
    if entry.state_from and actor.kind == "state" and actor.country:
        node = ent.root
        while node.dep_ in ("compound", "amod", "nmod") and node.head.i != node.i:
            node = node.head
        if police_words(list(node.doc[node.left_edge.i : node.i + 1])):
            return state_actor("police", actor.country, event_iso, day)
    return actor


def state_actor(kind_word: str, iso: str, event_iso: str | None, day: dt.date | None) -> Actor:
    iso = catalogue.state_country(iso) or iso  # the gendarmes of New Caledonia are France's
    # state forces outside their country are external (8); a government signing or declaring abroad is still the state (1)
    inter = 8 if event_iso and iso != catalogue.state_country(event_iso) and kind_word != "government" else 1
    return make_actor(catalogue.state_forces(kind_word, iso, day), inter, iso, "state" if inter == 1 else "external")


def generic_actor(label: str, inter: int, kind: str, iso: str | None) -> Actor:
    return make_actor(catalogue.generic(label, iso), inter, iso, kind)


UNKNOWN_ARMED_GROUP = "Unidentified Armed Group"
UNKNOWN_COMMUNAL_MILITIA = "Unidentified Communal Militia"


def unknown_armed_group(iso: str | None) -> Actor:
    """The author the text does not name ("gunmen", "a roadside bomb", "looted overnight"): Unidentified Armed Group
    (X), inter 3 (eval/WRITERS.md Attribution)."""
    return generic_actor(UNKNOWN_ARMED_GROUP, 3, "militia", iso)


def is_unknown_armed_group(name: str) -> bool:
    """Is this the unnamed armed group unknown_armed_group() names (not an unnamed identity militia or foreign force)?"""
    return name.startswith(UNKNOWN_ARMED_GROUP)


def is_unknown_communal_militia(name: str) -> bool:
    """Is this the unnamed community militia (South Sudan's "armed youth", two quarters' gunmen) of a country?"""
    return name.startswith(UNKNOWN_COMMUNAL_MILITIA)


def in_locative(tok: Any, ids: set[int]) -> bool:
    """Is tok inside a place phrase of the phrase ("a base near Deir ez-Zor, Syria")?"""
    node = tok
    for _ in range(12):
        if node.pos_ == "ADP" and (node.lower_ in LOCATIVE or lemma(node.head) in W("borders")):
            return True  # "near Deir ez-Zor, Syria", "Kurmuk, on the border with Ethiopia"
        if origin_place(node):
            return True  # "a missile fired from Yemen": where it came from
        if node.head.i == node.i or node.head.i not in ids:
            return False
        node = node.head
    return False


def country_token(tokens: list[Any]) -> tuple[str | None, Any | None]:
    ids = {t.i for t in tokens}
    for tok in tokens:
        if in_locative(tok, ids):
            continue
        if tok.ent_type_ in ("GPE", "NORP") or tok.pos_ in ("PROPN", "ADJ"):
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.text == "-":  # "Iran-backed", "Saudi-led"
                continue
            found = country_of(tok.text)
            if found is None and nxt is not None and tok.pos_ == "PROPN" and nxt.pos_ == "PROPN":
                found = country_of(f"{tok.text} {nxt.text}")  # "Burkina Faso's army" tagged as an organisation
            if found is None and tok.ent_type_ in ("GPE", "NORP"):
                ent = entity_of(tok)
                found = country_of(ent.text) if ent is not None else None
            if found:
                return found, tok
    return None, None


def _ethnic(tok: Any) -> bool:
    """ "ethnic Albanians", "Palestinian citizens of Israel": a people named inside a country, not a nationality; nor is
    a cause ("pro-Palestinian students") or a region ("Central American migrants")."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    before = tok.doc[max(tok.i - 2, 0) : tok.i].text.lower().replace(" ", "")
    if tok.lower_.startswith(("pro-", "anti-")) or before.endswith(("pro-", "anti-", "central", "latin")):
        return True
    return (prev is not None and prev.lower_ == "ethnic") or any(t.lower_ == "citizens" and any(c.dep_ == "prep" for c in t.children) for t in tok.head.subtree if t.i > tok.i)


def nationality_of_people(tokens: list[Any]) -> str | None:
    """The country of civilians the phrase names by a nationality ("17 American and Canadian missionaries", "three
    Chinese nationals", "two fuel porters from Pakistan's Balochistan", "homes of Syrian refugees"): the first one named
    (eval/WRITERS.md Foreigners), else None; an ethnic or regional name ("ethnic Albanians") is no nationality."""
    people = W("civilian") | W("nationals") | W("political_persons")
    for tok in sorted(tokens, key=lambda t: t.i):
        if tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NNS", "NNPS") and tok.ent_type_ == "NORP" and not _ethnic(tok):
            found = country_of(tok.text) or country_of(tok.text.removesuffix("s"))  # "wounding two Israelis", "two Indians"
            if found:
                return catalogue.actor_country(found) or found
        if tok.pos_ not in ("NOUN", "PROPN") or not in_words(tok, people, lemma):
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
        mods += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children if p.dep_ == "pobj" for g in p.subtree]
        for mod in sorted(mods, key=lambda t: t.i):
            # (a nationality adjective the small model left untagged counts too: "12 Bangladeshi fishermen")
            if (mod.ent_type_ not in ("NORP", "GPE") and not (mod.pos_ == "ADJ" and mod.dep_ == "amod" and mod.head.i == tok.i)) or _ethnic(mod):
                continue
            ent = entity_of(mod)  # the whole name first: "South Sudanese traders" are not Sudanese
            found = (country_of(ent.text) if ent is not None else None) or country_of(mod.text)
            if found:
                return catalogue.actor_country(found) or found  # Hong Kong people are China's (territories.tsv)
    return None


def _people_of(tok: Any) -> bool:
    """Does the country word name people ("Chinese engineers", "Turkish nationals"), civilians of that nationality?"""
    return tok is not None and tok.dep_ in ("amod", "compound", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") and (
        in_words(tok.head, W("civilian") | W("nationals"), lemma))


def _counted_people(tok: Any) -> bool:
    """A nationality noun counted as people: "170 Afghans", "four Palestinians", "two Israelis" (not "the Russians")."""
    return (tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("NNS", "NNPS") and tok.ent_type_ == "NORP" and not _ethnic(tok)
            and any(c.dep_ == "nummod" for c in tok.children))


def identity_named(tokens: list[Any], event_iso: str | None) -> tuple[Actor, int, int] | None:
    """The identity militia a bare group name at the phrase's start names ("... identified as Murle"; elsewhere a bare
    name is also a place, so only where the text has said the people are members: the caller's context)."""
    if not tokens:
        return None
    table = catalogue.identity_spellings()
    doc, start = tokens[0].doc, tokens[0].i
    for width in (2, 1):
        words = doc[start : min(len(doc), start + width)]
        entry = table.get(normalize(words.text))
        if entry is not None:
            return named_actor(entry, event_iso, None), words.start, words.end
    return None


def _parent_name(entry: catalogue.CatalogueEntry) -> str | None:
    """The catalogue name of an entry's parent (written by name or by an alias: "EMC: Central General Staff")."""
    found = catalogue.lookup(entry.parent) if entry.parent else None
    return found.name if found is not None else entry.parent


def _name_top(tok: Any) -> Any:
    """The top token of the name tok belongs to (climbing compound, flat, amod, nmod and det links, at most 6)."""
    node = tok
    for _ in range(6):
        if node.dep_ not in ("compound", "flat", "amod", "nmod", "det") or node.head.i == node.i:
            break
        node = node.head
    return node


def _of_phrase(tok: Any) -> bool:
    """Is the name tok belongs to the object of "of" ("dissidents of the Carlos Patino Front", "fighters of the X")?"""
    node = _name_top(tok)
    return node.dep_ == "pobj" and node.head.lower_ == "of"


def _of_holder(tok: Any) -> int:
    """The index of the noun whose "of" phrase holds the name tok belongs to (``_of_phrase`` is true)."""
    return _name_top(tok).head.head.i


def holds_place(tok: Any) -> bool:
    """Is the token inside an "X-held"/"X-controlled" modifier of a place ("the Houthi-controlled Hodeidah port", "a
    rebel-held town", "SDF-held Tal Rifaat")? Its holder is no party the phrase names; a force's site ("RSF-held
    positions", "a Taliban-held checkpoint") is the holder's."""
    node = tok
    for _ in range(4):
        over = node.head
        if over.i == node.i:
            return False
        if over.dep_ == "amod" and lemma(over) in W("holding") and over.i > tok.i and over.head.i > over.i:
            site = over.head
            return lemma(site) not in W("military_sites") | W("military") | W("armed")
        if node.dep_ not in ("npadvmod", "compound", "nmod", "amod", "flat", "punct"):
            return False
        node = over
    return False


def _backer(tok: Any, tokens: list[Any]) -> bool:
    """Is the token the name of "X-backed" before a force's noun the phrase holds ("Wagner-backed Malian troops")?"""
    over = tok.head
    return tok.dep_ in ("npadvmod", "compound", "nmod") and over.dep_ == "amod" and lemma(over) in W("backing") \
        and over.head.pos_ in ("NOUN", "PROPN") and over.head.i > over.i and any(t.i == over.head.i for t in tokens)


def actor_from_phrase(tokens: list[Any], event_iso: str | None, day: dt.date | None = None, civil: bool = False) -> tuple[Actor, int, int] | None:
    """An actor from a noun phrase's tokens: (actor, first token index, end token index) or None.
    With ``civil`` (political acts), a government word without a force word names "Government of X".
    (Read once per Doc for the same tokens and arguments: every mention of a sentence reads the sentence's phrases.)"""
    if not tokens:
        return None
    key = ("actor_from_phrase", tuple(sorted({t.i for t in tokens})), event_iso, day, civil)
    return doccache.memo(tokens[0].doc, key, lambda: _actor_from_phrase(tokens, event_iso, day, civil))  # type: ignore[no-any-return]


def _actor_from_phrase(tokens: list[Any], event_iso: str | None, day: dt.date | None, civil: bool) -> tuple[Actor, int, int] | None:
    tokens = sorted({t.i: t for t in tokens if not holds_place(t)}.values(), key=lambda t: t.i)
    if not tokens:
        return None
    # not the backer of a force ("Wagner-backed Malian troops" are the troops, the backer their ally: fights.joint_forces)
    named = next((t for t in tokens if ent_entry(t) is not None and not _backer(t, tokens)), None)
    if named is not None:  # "Afghan and coalition forces": the first of coordinated parties comes first
        lead_iso, lead_tok = country_token([t for t in tokens if t.i < named.i])
        if lead_iso and lead_tok is not None and any(tok.dep_ == "cc" for tok in named.doc[lead_tok.i + 1 : named.i]):
            # (a country as a party to a political act is its government: "Congo and the M23 signed")
            kind_word = "police" if has_word(tokens, "police") else "military" if not civil or lemmas_force([lemma(t) for t in tokens]) else "government"
            return state_actor(kind_word, lead_iso, event_iso, day), lead_tok.i, lead_tok.i + 1
        cc = next((t for t in named.doc[tokens[0].i : named.i] if t.dep_ == "cc"), None)  # (the parse may leave it out)
        lead_part = [t for t in tokens if cc is not None and t.i < cc.i and not t.is_punct]
        lead_roots = phrase_roots(lead_part)
        # only a phrase that is the coordination itself (not "the outskirts of Kadugli, between the army and the RSF")
        # ("a convoy of soldiers and VDP auxiliaries": the coordination inside the "of" of a unit or convoy noun)
        of_lead = cc is not None and len(lead_roots) == 1 and cc.head.dep_ == "pobj" and cc.head.head.lower_ == "of" and cc.head.head.head.i == lead_roots[0].i
        if lead_part and cc is not None and ([t.i for t in lead_roots] == [cc.head.i] or of_lead) and not any(ent_entry(t) is not None for t in lead_part):
            # "the army and the RSF fought", "Soldiers and Ambazonian fighters clashed": the force named first comes first
            lead = actor_from_phrase(lead_part, event_iso, day, civil)
            if lead is not None and lead[0].kind in STATE_KINDS:
                return lead
    # a named group wins over an unnamed clan or tribe in the phrase ("clan militias from the Abgaal")
    # ("armed herders from the Pokot community": the herders' shared alias is unnamed outside Nigeria)
    unnamed = {t.i for t in tokens if (e := ent_entry(t, event_iso)) is not None and is_unidentified(e.name)}
    # a faction named inside its parent's phrase is the party: "the Sinaloa cartel's Chapitos faction" (catalogue parent;
    # not an armed wing, "Hamas's al-Qassam Brigades", nor a man's name, "the Taliban minister Khalil Haqqani")
    # nor a unit named as what its members belong to: "FARC dissidents of the Carlos Patino Front"
    factions = has_word(tokens, "factions")
    # the nouns a named group hangs on by "of" ("fighters" of "Kurdish fighters of the PKK"; not "troops" of "army troops and
    # members of the Clan del Golfo")
    described = {_of_holder(t) for t in tokens if _of_phrase(t) and (e := ent_entry(t)) is not None and e.kind in ORGANISED_KINDS
                 and not is_unidentified(e.name)}
    parents = {_parent_name(e) for t in tokens if (e := ent_entry(t)) is not None and e.parent and (factions or _of_phrase(t))}
    for tok in tokens:
        entry = ent_entry(tok, event_iso)
        if entry is not None and entry.name in parents and any((e := ent_entry(t)) is not None and e.parent and _parent_name(e) == entry.name for t in tokens):
            continue
        if entry is not None and _backer(tok, tokens):
            continue
        if entry is not None and not _of_phrase(tok) and (ent := entity_of(tok) or [tok]) and not any(t.pos_ == "PROPN" for t in ent) \
                and max(t.i for t in ent) in described:
            continue  # "Kurdish fighters of the PKK": the group named, not what a description alone would stand for
        if entry is not None and tok.i in unnamed and any(t.i not in unnamed and ent_entry(t) is not None for t in tokens):
            continue
        if entry is not None:
            first = last = tok.i
            while first - 1 >= tokens[0].i and tok.doc[first - 1].ent_id_ == tok.ent_id_:
                first -= 1
            while last + 1 <= tokens[-1].i and tok.doc[last + 1].ent_id_ == tok.ent_id_:
                last += 1
            if entry.kind == "state" and entry.country:  # "the Ukrainian National Guard" is not Mexico's
                kind_word = "police" if entry.name.startswith("@police") or "police" in entry.name.lower() else "military"
                own_iso, own_tok = country_token([t for t in tokens if t.i < first])
                unit = state_unit(tok.doc[first : last + 1])
                named_own = any(country_of(t.text) == entry.country for t in tok.doc[first : last + 1])  # "the Israeli Air Force"
                # a unit every state has ("the junta", "the national guard") is the event country's unless a country is named
                home = own_iso or (event_iso if unit and not named_own and event_iso else entry.country)
                if civil and entry.name.startswith("@") and has_word(list(tok.doc[first : last + 1]), "government") and not lemmas_force([lemma(t) for t in tok.doc[first : last + 1]]):
                    # "Niger's junta declared a state of emergency": a political act of the government
                    return state_actor("government", home, event_iso, day), first, last + 1
                if own_iso and own_tok is not None and own_iso != entry.country:
                    return state_actor(kind_word, own_iso, event_iso, day), own_tok.i, last + 1
                if own_iso is None and unit and not named_own and event_iso and event_iso != entry.country:
                    # "the national guard fired on demonstrators in Caracas": a unit every state has, the event country's
                    return state_actor(unit, event_iso, event_iso, day), first, last + 1
            if multinational(entry.kind, entry.name):
                # a multinational force named by one state's contingent ("Kenyan AU troops", "Russian peacekeepers") is
                # that state's military (eval/WRITERS.md: troops serving with a mission are their country's; not "Russian
                # Wagner fighters", a force of that country)
                own_iso, own_tok = country_token([t for t in tokens if t.i < first])
                if own_iso and own_tok is not None and own_iso != entry.country and not any(t.dep_ == "cc" for t in tok.doc[own_tok.i : first]):
                    return state_actor("military", own_iso, event_iso, day), own_tok.i, last + 1
            actor = named_actor(entry, event_iso, day)
            if entry.state_from and actor.kind == "state" and actor.country and civil and has_word(tokens, "government") \
                    and not lemmas_force([lemma(t) for t in tokens]) and not has_word(tokens, "defence"):
                # "Taliban authorities ordered NGOs to stop employing women": a political act of the government the group is
                return state_actor("government", actor.country, event_iso, day), first, last + 1
            if entry.state_from and actor.kind == "state" and actor.country and police_words(tokens):
                # "Taliban intelligence detained ...": a group that became the state has a police and intelligence too
                return state_actor("police", actor.country, event_iso, day), first, last + 1
            return actor, first, last + 1
    regional = regional_force(tokens, event_iso, day)
    if regional is not None:  # "Somaliland police", "Puntland's security forces": the region's own force
        return regional
    iso, iso_token = country_token(tokens)
    lemmas = [lemma(t) for t in tokens]
    words = {t.lower_ for t in tokens}
    start, end = core_range(tokens)
    bare = [t for t in tokens if t.dep_ != "det" and not t.is_punct]
    if "coalition" in lemmas and not iso and (lemmas_force(lemmas) or len(bare) == 1):  # "Coalition military forces", "the coalition"
        # (not "the Wakit Tama opposition coalition")
        entry = catalogue.lookup("international coalition")
        if entry is not None:
            return named_actor(entry, event_iso, day), start, end
    roots = phrase_roots(tokens)
    text = " " + " ".join(t.lower_ for t in tokens) + " "
    label = unnamed_identity(tokens, roots, text)
    if label is not None:  # "tribal fighters", "two clans", "gunmen from a clan", "armed cattle keepers"
        return generic_actor(f"Unidentified {label} Militia", 4, "identity_militia", event_iso or iso), start, end
    if any(f" {w} " in text for w in W("private_security")) and not iso:
        return generic_actor("Civilians", 7, "civilians", event_iso), start, end  # "a bank security guard" is no state force
    # (a force's office is a site too: "the border guard police headquarters"; "the government headquarters" is no one's)
    if roots and lemma(roots[0]) in W("military_sites") | (W("offices") & W("force_holdings")) and not iso and not has_word(tokens, "armed"):
        # "a military base" names a place, not who was there (a base may house foreign troops); a site the text gives
        # to the police or the army ("a police post", "the army's 30th Brigade base") is that force of the event country
        others = [t for t in roots[0].subtree if t.i < roots[0].i]  # its modifiers, not "which hosts US troops"
        unit = state_unit(others)  # ("a General Security checkpoint", "a border guard post")
        owner = "police" if has_word(others, "police") or unit == "police" else "military" if unit == "military" or any(
            lemma(t) in W("army") - {"armed", "military"} for t in others) else None
        if owner and event_iso:
            return state_actor(owner, event_iso, event_iso, day), start, end
        return None
    if civil and (iso or event_iso) and ruled_by_force(tokens) and not has_word(tokens, "police"):
        return state_actor("government", iso or event_iso or "", event_iso, day), start, end  # "Niger's military government"
    if civil and roots and lemma(roots[0]) in W("offices"):
        return None  # "at the local government secretariat": a place where a political act happens, not its party
    if civil and has_word(tokens, "government") and has_word(tokens, "defence") and (iso or event_iso):
        return state_actor("military", iso or event_iso or "", event_iso, day), start, end  # "Mexico's defence ministry"
    if civil and has_word(tokens, "government") and not (has_word(tokens, "police") or has_word(tokens, "armed") or lemmas_force(lemmas)) and (iso or event_iso):
        return state_actor("government", iso or event_iso or "", event_iso, day), start, end
    if has_word(tokens, "former") and (has_word(tokens, "police") or has_word(tokens, "military")) and not has_word(tokens, "armed"):
        # "a former army commander", "retired police officers": no longer the force
        return generic_actor("Civilians", 7, "civilians", event_iso or iso), start, end
    unit = state_unit(tokens) or catalogue.local_unit(iso or event_iso, text.strip())  # local: "rangers" in Thailand
    if unit == "police" and any(lm in W("army") and lm != "armed" for lm in lemmas) and not any(
            in_words(t, W("police") - {"officer"}, lemma) for t in tokens):
        # "army bomb disposal experts", "military intelligence officers" (a police unit word said of the army; "officers"
        # alone names no police force)
        unit = "military"
    if unit and (iso or event_iso):  # "border guards", "the presidential guard", "riot police"
        return state_actor(unit, iso or event_iso or "", event_iso, day), start, end
    army_officers = any(lemma(t) in W("army") - {"armed"} for t in tokens) and not any(
        in_words(t, W("police") - {"officer"}, lemma) for t in tokens)
    if has_word(tokens, "police") and not army_officers:
        # ("army officers", "military officers" are the army: "officer" alone is the only police word there)
        if iso or words & STATE_HINTS or event_iso:
            return state_actor("police", iso or event_iso or "", event_iso, day), start, end
    # a crowd's cause is not its nationality ("pro-Palestinian demonstrators" in Turin are Italy's, naming._ethnic)
    crowd_iso = None if iso_token is not None and _ethnic(iso_token) else iso
    if has_word(tokens, "protesters"):
        return generic_actor("Protesters", 6, "protesters", crowd_iso or event_iso), start, end
    if has_word(tokens, "rioters"):
        return generic_actor("Rioters", 5, "rioters", crowd_iso or event_iso), start, end
    if roots and lemma(roots[0]) in W("civilian_sites") and not has_word(tokens, "armed") and not has_word(tokens, "police") and not lemmas_force([lemma(t) for t in tokens if t.i != roots[0].i]):
        return generic_actor("Civilians", 7, "civilians", event_iso or iso), start, end  # "the Government Girls Secondary School"
    if not iso and roots and lemma(roots[0]) in W("aircraft") and has_word(tokens, "unidentified"):
        # "unidentified aircraft bombed a convoy", "an unidentified drone struck": a state's, but no one knows whose
        return make_actor("Unidentified Military Forces", 8, None, "external"), start, end
    armed_people = any(t.lower_ in W("armed_modifiers") and lemma(t.head) in W("civilian") | W("armed_heads") for t in tokens)
    if (event_iso or iso or "").lower() in W("communal_youth_countries") and roots and lemma(roots[0]) in W("communal_youth") and (
            armed_people or has_word(tokens, "armed")):
        # "armed youth attacked Manyabol" in South Sudan: the country's community youth militias (eval/WRITERS.md South
        # Sudan's "armed youth"), not an unnamed armed group
        return generic_actor(UNKNOWN_COMMUNAL_MILITIA, 4, "identity_militia", event_iso or iso), start, end
    if armed_people and not has_word(tokens, "military") and not has_word(tokens, "police"):  # "armed men", "masked men"
        return unknown_armed_group(event_iso), start, end
    if has_word(tokens, "armed") and not (iso and has_word(tokens, "military")):
        return unknown_armed_group(event_iso), start, end
    # "air defences" (not "civil defence") are state forces
    air_defence = any(t.lower_ in ("defence", "defense", "defences", "defenses") and t.i > 0 and t.doc[t.i - 1].lower_ == "air" for t in tokens)
    if has_word(tokens, "military") or air_defence:
        if iso and not _people_of(iso_token):
            # (not "a convoy carrying Chinese engineers": the country names the people in it, civilians of that nationality)
            return state_actor("military", iso, event_iso, day), start, end
        if event_iso and (words & STATE_HINTS or air_defence or any(lm in W("army") for lm in lemmas)):
            return state_actor("military", event_iso, event_iso, day), start, end
        return None
    if iso and has_word(tokens, "weapons"):  # "a Russian drone", "Israeli missiles" -> that state's forces
        return state_actor("military", iso, event_iso, day), start, end
    if roots and in_words(roots[0], W("invasion"), lemma):
        # "the American aggression launched raids", "US-British aggression": the state named; "the occupiers shelled"
        # with none named: the side at war with the event country (implicit.tsv war: Russia in Ukraine)
        # (the first state of a joint one, "US-British aggression", which country_token passes over as "Iran-backed")
        lead = next((found for t in tokens if t.i < roots[0].i and not t.is_punct and (found := country_of(t.text))), None)
        if lead:
            return state_actor("military", lead, event_iso, day), start, end
        war = catalogue.implicit_group("war", event_iso, (), day)
        if war is not None:
            return named_actor(war, event_iso, day), start, end
    if iso and iso_token is not None and lemma(iso_token.head) in W("military_sites"):
        # "a US base" -> US forces; "a military base" -> no one; not "the headquarters of Libya's electoral commission"
        return state_actor("military", iso, event_iso, day), start, end
    if has_word(tokens, "civilian") or has_word(tokens, "civilian_sites"):
        # civilians named by a nationality are that country's ("an Austrian aid worker" kidnapped in Agadez: Civilians
        # (Austria), the event stays in Niger — eval/WRITERS.md Foreigners); "ethnic Albanians" are the event country's
        national = iso if iso_token is not None and (iso_token.ent_type_ == "NORP" or _people_of(iso_token)) and not _ethnic(iso_token) else None
        return generic_actor("Civilians", 7, "civilians", national or event_iso or iso), start, end
    if iso and iso_token is not None and _counted_people(iso_token):
        # "killing more than 170 Afghans", "four Palestinians were killed": people counted by their nationality are
        # civilians of it (eval/WRITERS.md Foreigners), not the state the word also names
        return generic_actor("Civilians", 7, "civilians", nationality_of_people([iso_token]) or event_iso or iso), iso_token.i, iso_token.i + 1
    if iso and iso_token is not None and len(tokens) <= 4 and is_head(iso_token, tokens) and not in_dateline(iso_token):
        # "Israel struck...", "the United States conducted..." (a country as a whole, not "Syria's Idlib")
        ent = entity_of(iso_token)
        s, e = (ent.start, ent.end) if ent is not None else (iso_token.i, iso_token.i + 1)
        # a country as a party to a political act ("Armenia and Azerbaijan agreed") is its government
        return state_actor("government" if civil else "military", iso, event_iso, day), s, e
    return None


def regional_force(tokens: list[Any], event_iso: str | None, day: dt.date | None) -> tuple[Actor, int, int] | None:
    """The force of a region with forces of its own (a catalogue state entry that is no country's, named "<region>
    forces": Somaliland, Puntland, Jubaland, Galmudug, Transnistria) when the phrase names it by the region and any
    force word ("Somaliland troops", "Puntland's security forces", "Puntland intelligence officers"); a police word takes
    the region's police where the catalogue has one ("Somaliland police"), else the country's ("Jubaland police" are
    Somalia's, as the gold codes them). Not a place in the phrase ("troops in Puntland")."""
    if not (lemmas_force([lemma(t) for t in tokens]) or police_words(tokens) or has_word(tokens, "military")):
        return None
    ids = {t.i for t in tokens}
    for tok in tokens:
        if tok.pos_ not in ("PROPN", "ADJ") or in_locative(tok, ids):
            continue
        forces = catalogue.lookup(f"{tok.text} forces")
        if forces is None or forces.kind != "state" or forces.name.startswith("@"):
            continue
        police = catalogue.lookup(f"{tok.text} police") if police_words(tokens) else None
        if police is not None and police.kind == "state" and not police.name.startswith("@"):
            return named_actor(police, event_iso, day), tok.i, tokens[-1].i + 1
        if any(in_words(t, W("police") - {"officer"}, lemma) for t in tokens):
            return None  # a member state's police with none of its own in the catalogue: the country's ("Jubaland police")
        return named_actor(forces, event_iso, day), tok.i, tokens[-1].i + 1
    return None


def multinational(kind: str, name: str) -> bool:
    """Is a catalogue actor a force of several states (a UN or AU mission, a coalition), not one state's?"""
    return kind == "external" and not name.startswith(("@", "Military Forces", "Police Forces", "Government"))


def combined_lead(doc: Any, start: int, end: int, alone: Actor, event_iso: str | None, day: dt.date | None) -> tuple[Actor, int] | None:
    """The first-named force of "Afghan and coalition forces", "a combined Afghan and coalition security force" when the
    country word stands apart from the multinational force's phrase (``alone``: that phrase's actor by itself, tokens
    start..end): (the country's force, the country word's index), else None. Not a second country ("India and Pakistan
    agreed": each is a party)."""
    if not multinational(alone.kind, alone.name) or start < 1:
        return None
    iso = country_of(doc[start - 1].text)
    if iso and iso != alone.country:  # "Kenyan AU troops": one state's contingent (``actor_from_phrase``)
        return state_actor("military", iso, event_iso, day), start - 1
    lead = start - 2
    if lead < 0 or doc[start - 1].dep_ != "cc":
        return None
    iso = country_of(doc[lead].text)
    if not iso:
        return None
    kind_word = "police" if has_word(list(doc[start:end]), "police") else "military"
    return state_actor(kind_word, iso, event_iso, day), lead


IDENTITY_LABELS = (("unnamed_clan", "Clan"), ("unnamed_tribe", "Tribal"), ("unnamed_community", "Communal"))


def unnamed_identity(tokens: list[Any], roots: list[Any], text: str) -> str | None:
    """"Clan", "Tribal" or "Communal" when the phrase names armed members of a clan, tribe or community the text
    does not name (eval/WRITERS.md: "Unidentified Clan/Tribal/Communal Militia (X)"), else None. The clan or tribe
    word itself is a party ("two clans", "tribesmen"); with another head it needs a fighting member ("tribal
    fighters", "gunmen from a clan"), or "armed" ("armed cattle keepers") — not "tribal elders" or "a clan's village"."""
    if not roots:
        return None
    head = lemma(roots[0])
    members = W("unnamed_identity_members")
    armed = has_word(tokens, "armed") and not has_word(tokens, "military")
    for concept, label in IDENTITY_LABELS:
        found = [t for t in tokens if in_words(t, W(concept), lemma)]
        if not found and not any(f" {w} " in text for w in W(concept) if " " in w):
            continue
        if concept != "unnamed_community" and (head in W(concept) or roots[0].lower_ in W(concept)) and head not in ("tribal",):
            return label
        if head in members or roots[0].lower_ in members or armed:
            return label
        if head in W("community_spokesmen") and any(
                t.head.lower_ in ("of", "from") and t.head.head.i == roots[0].i for t in found if t.pos_ == "NOUN"):
            return label  # "elders of two clans" sign for their clans (not "clan elders", often victims or speakers)
    return None


def state_unit(tokens: Any) -> str | None:
    """"military" or "police" when the tokens name a unit every state has ("border guards", "the national
    guard", "riot police"; words.toml state_units_*), else None."""
    return state_unit_words(" ".join(t.lower_ for t in tokens))


def state_unit_words(text: str) -> str | None:
    """state_unit of a plain text ("Members of the National Guard" -> "military")."""
    padded = " " + " ".join(w.strip(".,;:'\"") for w in text.lower().split()) + " "
    for kind in ("police", "military"):
        if _state_units(kind).search(padded):
            return kind
    return None


@functools.cache
def _state_units(kind: str) -> re.Pattern[str]:
    """Any of the words.toml state_units_<kind>, spaced on both sides, found anywhere in a text (one search, not one
    test per unit)."""
    return re.compile("|".join(re.escape(f" {unit} ") for unit in W(f"state_units_{kind}")))


def police_words(tokens: list[Any]) -> bool:
    """Does the phrase name a police, intelligence or security service ("Taliban intelligence", "its police")?"""
    return state_unit(tokens) == "police" or has_word(tokens, "police") or any(t.lower_ == "intelligence" for t in tokens)


def ruled_by_force(tokens: list[Any]) -> bool:
    """Is the phrase a ruler that a force word only modifies ("the military government", "Sudan's army-led government",
    "Mali's military leader")? Its political acts are the government's (eval/WRITERS.md Juntas)."""
    roots = phrase_roots(tokens)
    if len(roots) != 1 or lemma(roots[0]) not in W("ruling_heads"):
        return False
    forces = [t for t in tokens if lemmas_force([lemma(t)])]

    def modifies(tok: Any) -> bool:
        node = tok
        for _ in range(4):
            if node.head.i == roots[0].i:
                return node.dep_ in ("amod", "compound", "npadvmod", "nmod")
            if node.dep_ not in ("amod", "compound", "npadvmod", "nmod") or node.head.i == node.i:
                return False
            node = node.head
        return False

    return bool(forces) and all(t.i < roots[0].i and modifies(t) for t in forces)


def lemmas_force(lemmas: list[str]) -> bool:
    """Does the phrase name armed forces (troops, army, jets...) rather than a civil authority?"""
    return any(lm in W("military") and lm not in W("government") and lm not in ("regime",) for lm in lemmas)


def is_head(tok: Any, tokens: list[Any]) -> bool:
    """Is tok (or the entity it belongs to) the head of the phrase, not a possessor or modifier of a place?"""
    ids = {t.i for t in tokens}
    node = tok
    for _ in range(len(tokens)):
        if node.head.i not in ids or node.head.i == node.i or node.dep_ not in ("compound", "flat"):
            break
        if node.head.i > tok.i and country_of(tok.doc[tok.i : node.head.i + 1].text) is None:
            return False  # "the Kenya Medical Practitioners union": the country modifies another noun ("United States" goes on)
        node = node.head
    if node.dep_ == "appos" and node.head.i in ids and (node.head.pos_ == "PROPN" or node.head.ent_type_ in PLACE_LABELS):
        return False  # "shelled Kidal, Mali": the country of a place named before it
    return node.dep_ not in ("poss", "compound", "amod") or node.head.i not in ids


@functools.cache
def category_words() -> frozenset[str]:
    return W("police") | W("protesters") | W("rioters") | W("armed") | W("military") | W("civilian") | W("military_sites") | W("civilian_sites")


def core_range(tokens: list[Any]) -> tuple[int, int]:
    """The token range that names the actor: the category noun with its adjacent modifiers,
    leaving out datelines and clauses the phrase may carry ("KADUNA, Nigeria (Wire) - Gunmen")."""
    cats = category_words()
    heads = [t for t in tokens if in_words(t, cats, lemma)]
    if not heads:
        return tokens[0].i, tokens[-1].i + 1
    head = heads[-1]
    start = head.i
    indices = {t.i for t in tokens}
    doc = head.doc
    while start - 1 in indices and (doc[start - 1].pos_ in ("ADJ", "PROPN", "NOUN", "NUM", "DET") or doc[start - 1].text in ("-", ".", "'s")) and doc[start - 1].text not in ("(", ")", ","):
        start -= 1
    return start, head.i + 1
