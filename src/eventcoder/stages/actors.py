"""actors: who did it (actor1) and to whom (actor2), as canonical ACLED-style actors with inter codes.

Roles come from the dependency parse with surface fallbacks (the small model often mis-parses wire
prose): the subject of the trigger verb or of the verb that governs a trigger noun ("US forces
conducted airstrikes"), a modifier of a trigger noun ("US airstrikes"), "by X"; targets from the
object, "on/against/targeting X", or the object of the verb a trigger noun is subject of ("Rockets
hit a US base"). Phrases become actors through the named-actor lexicon, country names and adjectives,
and head nouns (forces, police, militants, civilians, protesters...). State forces outside their own
country are coded inter 8 (external forces), as ACLED does.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from ..lexicon import actors as actor_entries, country_by_iso, country_of
from ..model import Actor, Document, Evidence, Span
from ..pipeline import stage
from ..records import MentionFacts, Mention, Parsed, Roles

NAME = "actors"
MILITARY = {
    "force", "troop", "soldier", "army", "military", "base", "warplane", "jet", "aircraft", "navy", "marine",
    "personnel", "coalition", "servicemember", "member", "garrison", "convoy", "patrol", "airman", "sailor",
    "artillery", "outpost", "position", "checkpoint", "battalion", "brigade", "unit", "fighter jet", "gunship",
    "helicopter", "drone", "government", "regime",
}
POLICE = {"police", "policeman", "policemen", "gendarme", "gendarmerie", "officer"}
ARMED = {
    "militant", "gunman", "gunmen", "insurgent", "fighter", "rebel", "militia", "jihadist", "extremist",
    "terrorist", "attacker", "assailant", "bandit", "sniper", "militiaman", "group", "cell", "faction",
}
CIVILIAN = {
    "civilian", "people", "resident", "villager", "child", "woman", "man", "family", "worker", "farmer",
    "student", "passenger", "journalist", "person", "teacher", "worshipper", "shopper", "pilgrim", "refugee",
    "hospital", "school", "market", "mosque", "church", "home", "house", "village",
}
PROTESTERS = {"protester", "protestor", "demonstrator", "activist"}
RIOTERS = {"rioter", "mob"}
CATEGORY_WORDS = POLICE | PROTESTERS | RIOTERS | ARMED | MILITARY | CIVILIAN
CROWD_WORDS = PROTESTERS | RIOTERS
STATE_HINTS = {"government", "security", "army", "regime", "state", "national", "military"}
AGENT_VERBS_OF_NOUN = {"conduct", "carry", "launch", "fire", "respond", "retaliate", "stage", "mount", "order", "unleash", "use", "claim"}
TEMPORAL_PREPS = {"after", "before", "following", "since", "amid", "during", "despite", "until", "like"}
TARGET_PREPS = {"on", "against", "at", "targeting", "toward", "towards"}
_NO_THE = ("United States", "United Kingdom", "United Arab Emirates", "Democratic Republic of Congo", "Central African Republic", "Philippines", "Netherlands")


def country_phrase(iso: str | None) -> str:
    entry = country_by_iso().get(iso or "")
    if entry is None:
        return "Unknown"
    return f"the {entry.name}" if entry.name in _NO_THE else entry.name


def _named(ent_id: str, event_iso: str | None) -> Actor | None:
    name = ent_id.removeprefix("actor:")
    for entry in actor_entries():
        if entry.name == name:
            country = entry.country
            inter = entry.inter
            if entry.kind == "state" and country and event_iso and country != event_iso:
                inter = 8
            label = entry.name
            if entry.by_country and event_iso:
                label = f"{entry.name} ({country_by_iso()[event_iso].name})" if event_iso in country_by_iso() else entry.name
            return Actor(name=label, inter=inter, country=country, kind=entry.kind)
    return None


def _state(kind_word: str, iso: str, event_iso: str | None) -> Actor:
    prefix = "Police Forces of" if kind_word == "police" else "Military Forces of"
    inter = 8 if event_iso and iso != event_iso else 1
    return Actor(name=f"{prefix} {country_phrase(iso)}", inter=inter, country=iso, kind="state" if inter == 1 else "external")


def _group(label: str, inter: int, kind: str, event_iso: str | None) -> Actor:
    where = country_by_iso()[event_iso].name if event_iso in country_by_iso() else "International"
    return Actor(name=f"{label} ({where})", inter=inter, country=event_iso, kind=kind)


def actor_from_phrase(tokens: list[Any], event_iso: str | None) -> tuple[Actor, int, int] | None:
    """An actor from a noun phrase's tokens: (actor, first token index, end token index) or None."""
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    for tok in tokens:
        if tok.ent_id_.startswith("actor:"):
            first = last = tok.i
            while first - 1 >= tokens[0].i and tok.doc[first - 1].ent_id_ == tok.ent_id_:
                first -= 1
            while last + 1 <= tokens[-1].i and tok.doc[last + 1].ent_id_ == tok.ent_id_:
                last += 1
            actor = _named(tok.ent_id_, event_iso)
            if actor:
                return actor, first, last + 1
    iso, iso_token = None, None
    for tok in tokens:
        if tok.ent_type_ in ("GPE", "NORP") or tok.pos_ in ("PROPN", "ADJ"):
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.text == "-":  # "Iran-backed"
                continue
            found = country_of(tok.text)
            if found is None and tok.ent_type_ in ("GPE", "NORP"):
                ent = _entity_of(tok)
                found = country_of(ent.text) if ent is not None else None
            if found:
                iso, iso_token = found, tok
                break
    lemmas = [t.lemma_.lower() for t in tokens]
    words = {t.lower_ for t in tokens}
    start, end = _core(tokens)
    if "coalition" in lemmas:  # "Coalition military forces", "the coalition"
        return Actor(name="International Coalition Forces", inter=8, country=None, kind="external"), start, end
    if any(lm in POLICE for lm in lemmas):
        if iso or words & STATE_HINTS or event_iso:
            return _state("police", iso or event_iso or "", event_iso), start, end
    if any(lm in PROTESTERS for lm in lemmas):
        return _group("Protesters", 6, "protesters", iso or event_iso), start, end
    if any(lm in RIOTERS for lm in lemmas):
        return _group("Rioters", 5, "rioters", iso or event_iso), start, end
    if any(lm in ARMED for lm in lemmas) and not (iso and any(lm in MILITARY for lm in lemmas)):
        return _group("Unidentified Armed Group", 3, "militia", event_iso), start, end
    if any(lm in MILITARY for lm in lemmas):
        if iso:
            return _state("military", iso, event_iso), start, end
        if words & STATE_HINTS and event_iso:
            return _state("military", event_iso, event_iso), start, end
        return None
    if any(lm in CIVILIAN for lm in lemmas):
        return _group("Civilians", 7, "civilians", iso or event_iso), start, end
    if iso and iso_token is not None and len(tokens) <= 4:  # "Israel struck...", "the United States conducted..."
        ent = _entity_of(iso_token)
        s, e = (ent.start, ent.end) if ent is not None else (iso_token.i, iso_token.i + 1)
        return _state("military", iso, event_iso), s, e
    return None


def _entity_of(tok: Any) -> Any | None:
    """The named entity a token is part of, if any."""
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def _core(tokens: list[Any]) -> tuple[int, int]:
    """The token range that names the actor: the category noun with its adjacent modifiers,
    leaving out datelines and clauses the phrase may carry ("KADUNA, Nigeria (Wire) - Gunmen")."""
    heads = [t for t in tokens if t.lemma_.lower() in CATEGORY_WORDS or t.lower_ in CATEGORY_WORDS]
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
    return out


def _subjects(verb: Any, depth: int = 0) -> Iterable[Any]:
    for child in verb.children:
        if child.dep_ in ("nsubj",):
            yield child
        if child.dep_ == "agent":  # passive "by X"
            yield from (c for c in child.children if c.dep_ == "pobj")
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        if not any(c.dep_ == "nsubj" for c in verb.children) and depth < len(verb.sent):
            yield from _subjects(verb.head, depth + 1)


def _objects(verb: Any) -> Iterable[Any]:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "obj"):
            yield child
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            yield from (c for c in child.children if c.dep_ == "pobj")


def _roles(m: Mention, parsed: Parsed, event_iso: str | None) -> tuple[list[list[Any]], list[list[Any]]]:
    doc = parsed.doc
    head = doc[m.head]
    sent = head.sent
    agents: list[list[Any]] = []
    targets: list[list[Any]] = []
    trigger_tokens = set(range(m.start_token, m.end_token))
    if head.pos_ in ("VERB", "AUX"):
        agents += [_np(s) for s in _subjects(head)]
        targets += [_np(o) for o in _objects(head)]
    else:
        # modifiers of the trigger noun: "US airstrikes", "militia rocket attack"
        mods = [t for t in doc[max(sent.start, m.start_token - 3) : m.start_token] if t.pos_ in ("PROPN", "ADJ", "NOUN") and t.dep_ != "pobj"]
        if mods:
            agents.append(mods)
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                agents += [_np(c) for c in child.children if c.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                targets += [_np(c) for c in child.children if c.dep_ == "pobj"]
        gov = head.head
        for _ in range(len(sent)):  # climb over prepositions; ends at the root by construction
            if gov.pos_ != "ADP" or gov.head.i == gov.i:
                break
            gov = gov.head
        if head.dep_ in ("nsubj", "nsubjpass") and gov.pos_ in ("VERB", "AUX"):
            targets += [_np(o) for o in _objects(gov) if o.i not in trigger_tokens]
        elif gov.pos_ in ("VERB", "AUX") and gov.i != head.i:
            temporal = head.dep_ == "pobj" and head.head.lower_ in TEMPORAL_PREPS
            if not temporal and (gov.lemma_.lower() in AGENT_VERBS_OF_NOUN or head.dep_ in ("dobj", "pobj")):
                agents += [_np(s) for s in _subjects(gov)]
            targets += [_np(o) for o in _objects(gov) if o.i not in trigger_tokens and o.i != head.i]
    # surface fallback: "on/against X" within the next few words
    if not targets:
        for tok in doc[m.end_token : min(sent.end, m.end_token + 3)]:
            if tok.lower_ in TARGET_PREPS:
                targets += [_np(c) for c in tok.children if c.dep_ == "pobj"] or [list(doc[tok.i + 1 : min(sent.end, tok.i + 6)])]
                break
    return agents, targets


def assign_roles(mentions: tuple[Mention, ...], places: tuple[MentionFacts, ...], parsed: Parsed, text: str) -> tuple[Roles, ...]:
    doc = parsed.doc
    out = []
    for m, facts in zip(mentions, places):
        event_iso = facts.place.value.iso if facts.place else None
        agents, targets = _roles(m, parsed, event_iso)

        def first(phrases: list[list[Any]]) -> Evidence[Actor] | None:
            # the phrase itself first, then its whole subtree ("depots used by Kata'ib Hezbollah")
            for widen in (False, True):
                for phrase in phrases:
                    if widen:
                        phrase = [t for tok in phrase for t in tok.subtree]
                        phrase = list({t.i: t for t in phrase}.values())
                    phrase = [t for t in phrase if not (m.start_token <= t.i < m.end_token)]
                    found = actor_from_phrase(phrase, event_iso)
                    if found:
                        actor, s, e = found
                        span = Span(start=doc[s].idx, end=doc[e - 1].idx + len(doc[e - 1].text))
                        generic = actor.name.startswith(("Unidentified", "Civilians", "Protesters", "Rioters"))
                        confidence = (0.6 if generic else 0.8) - (0.1 if widen else 0.0)
                        return Evidence(value=actor, span=span, text=span.slice(text), stage=NAME, confidence=round(confidence, 2))
            return None

        actor1 = first(agents)
        actor2 = first(targets)
        if m.event_type in ("Protests", "Riots"):
            label, inter, kind = ("Rioters", 5, "rioters") if m.event_type == "Riots" else ("Protesters", 6, "protesters")
            crowd_word = next((t for t in doc[m.head].sent if t.lemma_.lower() in CROWD_WORDS), None)
            span = Span(start=crowd_word.idx, end=crowd_word.idx + len(crowd_word.text)) if crowd_word is not None else m.trigger
            crowd = Evidence(value=_group(label, inter, kind, event_iso), span=span, text=span.slice(text), stage=NAME, confidence=0.7 if crowd_word is not None else 0.5)
            if m.sub_event_type == "Protest with intervention":
                # ACLED: the protesters are actor1, whoever intervened (police, army) actor2
                actor1, actor2 = crowd, actor1
            elif actor1 is None or actor1.value.kind != kind:
                actor1 = crowd
        elif actor1 is not None and actor1.value.kind == "civilians":
            actor1 = None  # civilians are targets of political violence, not its agents
        if actor1 and actor2 and actor1.value.name == actor2.value.name:
            actor2 = None
        out.append(Roles(mention_id=m.id, actor1=actor1, assoc_actor_1=None, actor2=actor2))
    return tuple(out)


@stage(NAME, requires=["clean_article", "parsed", "mentions", "places"], assigns=["roles"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    return {"roles": assign_roles(doc.get("mentions"), doc.get("places"), doc.get("parsed"), doc.get("clean_article").text)}
