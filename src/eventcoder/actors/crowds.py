"""Crowds and who faces them: the police or army acting on a crowd, associated actors named by a crowd or victim word,
and political parties whose supporters protest."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import catalogue, doccache
from ..catalogue import STATE_KINDS
from ..lexicon import normalize
from ..syntax import in_words
from ..model import Actor, Evidence, Span
from ..records import Mention, Parsed
from .coref import is_speaker
from .naming import actor_from_phrase, generic_actor, make_actor, named_actor, nationality_of_people, state_actor, state_unit_words
from .words import NAME, W, ent_entry, entity_of, in_cause, lemma, noun_phrase


def crowd_police(actor: Evidence[Actor] | None, event_iso: str | None, day: dt.date | None, security_only: bool = False) -> Evidence[Actor] | None:
    """The "security forces" facing a crowd are its police (ACLED's convention) unless the text names the army:
    "Military Forces of X" read from "security forces" or "guards" becomes "Police Forces of X". With
    ``security_only`` (arrests, abductions) only a phrase that says "security" in the plural ("security forces",
    "security services") or "intelligence" ("intelligence agents") and names neither the army, a coalition nor the
    national forces ("Afghan National Security Forces") changes."""
    home = catalogue.state_country(event_iso)  # (France's gendarmes in New Caledonia)
    if actor is None or not event_iso or actor.value.country != home or actor.value.kind != "state":
        return actor
    if actor.value.name != catalogue.state_forces("military", home, day):
        return actor  # a named unit ("the National Guard", "the Republican Guard") keeps its name
    said = {w.strip(".,;:'\"").lower() for w in actor.text.split()}
    if any(w.rstrip("s") in W("army") or w in W("army") for w in said):
        return actor
    if state_unit_words(actor.text) == "military":
        return actor  # a military unit every state has ("the National Guard" in Caracas) is not the police
    if any(w[:1].isupper() and catalogue.lookup(w.strip(".,;:'\"")) is not None for w in actor.text.split()) \
            or any((e := catalogue.lookup(name)) is not None and not e.name.startswith("@") for name in (actor.text, actor.text.removesuffix("s"))):
        # a named force ("Taliban forces", "International Security Assistance Forces" leading "Afghan National Security
        # and ...") is not generic "security forces" (a country's, "Iraqi security forces", is: its entry is "@military")
        return actor
    entry = catalogue.lookup(actor.text.strip(".,;:'\""))
    if entry is not None and entry.name.startswith("@") and not {w.removesuffix("s") for w in said} & (W("security_heads") | {"security", "guard"}):
        return actor  # a force's own name ("the Frontier Corps", "Pakistan Rangers"), not its country's "security forces"
    if security_only and (not said & {"security", "intelligence"} or "force" in said or said & {"coalition", "national", "joint", "combined"}):
        return actor  # "a security force" (one unit on an operation, often joint) stays the army; "intelligence agents" are police
    police = state_actor("police", event_iso, event_iso, day)
    return Evidence(value=police, span=actor.span, text=actor.text, stage=NAME, confidence=actor.confidence)


def party_in(tokens: list[Any], iso: str | None, day: dt.date | None, text: str, supporters: bool = False) -> Evidence[Actor] | None:
    """The first political party (parties.tsv) the tokens name, as a civilian actor (inter 7); with ``supporters`` also
    the party of a supporters' row of groups.tsv ("BNP activists", "leaders of the BNP's local unit"). Never a party
    known only from a person ("police arrested Bobi Wine": Civilians, eval/WRITERS.md Generic)."""
    for tok in tokens:
        entry = ent_entry(tok)
        if supporters and entry is not None and entry.kind != "party":
            ent = entity_of(tok)
            said = (ent.text if ent is not None else tok.text).lower().split()
            entry = catalogue.supporters_party(entry.name) if said[-1] in catalogue.SUPPORTER_WORDS else None
        if entry is not None and entry.kind == "party":
            ent = entity_of(tok)
            start, end = (ent.start_char, ent.end_char) if ent is not None else (tok.idx, tok.idx + len(tok.text))
            span = Span(start=start, end=end)
            return Evidence(value=named_actor(entry, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
    table = catalogue.supporters_parties() if supporters else {}
    for i, tok in enumerate(tokens):  # the bare party name, which the entity ruler leaves untagged
        for width in (4, 3, 2, 1):
            words = tokens[i : i + width]
            if len(words) < width or words[-1].i - words[0].i != width - 1:
                continue
            entry = table.get(normalize(" ".join(t.text for t in words)))
            if entry is not None:
                span = Span.of_tokens(words[0].doc, words[0].i, words[-1].i + 1)
                return Evidence(value=named_actor(entry, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
    return None


def sentence_force(tokens: list[Any], iso: str | None, day: dt.date | None, text: str) -> Evidence[Actor] | None:
    """The police or army a protest sentence mentions (who intervened)."""
    for tok in tokens:
        entry = ent_entry(tok)
        if entry is not None and (entry.kind == "state" or entry.inter == 1):
            # through the phrase, so that a unit every state has is the event country's ("the National Guard" in Caracas)
            ent = entity_of(tok)
            found = actor_from_phrase(list(ent) if ent is not None else [tok], iso, day)
            actor = found[0] if found is not None and found[0].kind in STATE_KINDS else named_actor(entry, iso, day)
            span = Span(start=ent.start_char, end=ent.end_char) if ent is not None else Span.of_token(tok)
            return Evidence(value=actor, span=span, text=span.slice(text), stage=NAME, confidence=0.6)
        if iso and in_words(tok, W("police"), lemma):
            span = Span.of_token(tok)
            return Evidence(value=state_actor("police", iso, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.6)
        if iso and lemma(tok) in W("army") and lemma(tok) != "armed":
            span = Span.of_token(tok)
            return Evidence(value=state_actor("military", iso, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
    return None


def _only_present(tok: Any) -> bool:
    """Is tok the subject of verbs that only tell it was there ("before soldiers arrived", "police withdrew", "the army
    was deployed"; words.toml present_only) or of a denied act ("police did not intervene")?"""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not tok.head.tag_.startswith("VB"):
        return False
    verb = tok.head
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_.startswith("VB"))]
    return all(lemma(v) in W("present_only") for v in verbs)


def _in_aside(tok: Any) -> bool:
    """Is tok the subject of a relative clause on a thing, not on the crowd or a force ("the ban on demonstrations that
    the junta decreed", "the curfew the army imposed")? Such a force is background, not who met the crowd; a clause
    on the place ("where officers fired tear gas") is not an aside."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ not in ("relcl", "acl"):
        return False
    verb, noun = tok.head, tok.head.head
    if noun.pos_ != "NOUN" or any(c.lower_ in ("where", "when") for c in verb.children):
        return False  # "outside the courthouse, where officers fired tear gas" is the force acting
    return lemma(noun) not in (W("protesters") | W("rioters") | W("police") | W("military"))


def acting_force(m: Mention, parsed: Parsed, iso: str | None, day: dt.date | None, text: str) -> Evidence[Actor] | None:
    """The police or army a riot's sentence (or the next one) shows acting on or against the crowd (eval/WRITERS.md
    "Targets nobody names" (b): "clashed with riot police", "threw stones at officers", "police fired tear gas"); not a
    force that only reports it ("police said") or one named in the riot's cause ("after police shot dead a motorcyclist").
    A crowd burning a police post or stoning a patrol car is in a clash with the police (WRITERS, clarified in the sweep)."""
    doc = parsed.doc
    head = doc[m.head]
    sent = doccache.sent_of(head)
    tokens = list(sent)
    if sent.end < len(doc) and parsed.sentence_index(doc[sent.end].idx) == m.sentence + 1:
        tokens += list(doccache.sentence(doc, sent.end))
    forces = W("police") | W("military")

    def acting(tok: Any) -> bool:
        if tok.dep_ in ("amod", "nmod", "poss") and not ({lemma(tok.head), tok.head.lower_, lemma(tok), tok.lower_} & forces):
            return False  # "Palestinian youths" (not "a gendarmerie post")
        return not is_speaker(tok) and not in_cause(tok, head) and not _only_present(tok) and not _in_aside(tok)

    for tok in tokens:
        if not acting(tok):
            continue
        if iso and lemma(tok) in W("security_heads") and any(c.lower_ in ("security", "federal") for c in tok.children):
            span = Span.of_token(tok)  # "security forces opened fire", "federal agents fired tear gas": the police
            return Evidence(value=state_actor("police", iso, iso, day), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
        found = sentence_force([tok], iso, day, text)
        if found is not None or lemma(tok) in forces:
            # the whole phrase names the force ("Israeli forces" in the West Bank, "Kosovo special police")
            root = tok.head if tok.dep_ in ("amod", "compound", "nmod") and tok.head.i != tok.i else tok
            named = actor_from_phrase(noun_phrase(root), iso, day)
            if named is not None and named[0].kind in STATE_KINDS:
                span = Span.of_tokens(doc, named[1], named[2])
                return Evidence(value=named[0], span=span, text=span.slice(text), stage=NAME, confidence=0.6)
        if found is not None:
            return found
    return None


def assoc_actor(tokens: list[Any], iso: str | None, text: str) -> Evidence[Actor] | None:
    """An associated actor named by a victim or crowd word: "doctors" -> Health Workers (X)."""
    if not iso:
        return None
    low = {t.lower_ for t in tokens} | {lemma(t) for t in tokens}
    joined = " ".join(t.lower_ for t in tokens)
    for label, words in catalogue.assoc_groups():
        hit = next((w for w in sorted(words) if (" " in w and w in joined) or w in low), None)  # sorted: same hit in every process
        if hit:
            tok = next((t for t in tokens if t.lower_ == hit or lemma(t) == hit or t.lower_ == hit.split()[0]), tokens[0])
            span = Span.of_token(tok)
            kind = "protesters" if label in ("Students", "Teachers", "Lawyers", "Traders", "Miners", "Farmers") else "civilians"
            return Evidence(value=make_actor(catalogue.generic(label, iso), 7, iso, kind), span=span, text=span.slice(text), stage=NAME, confidence=0.5)
    return None


def crowd_roles(
    m: Mention, parsed: Parsed, actor1: Evidence[Actor] | None, actor2: Evidence[Actor] | None, agents: list[list[Any]],
    event_iso: str | None, day: dt.date | None, text: str,
) -> tuple[Evidence[Actor] | None, Evidence[Actor] | None, Evidence[Actor] | None]:
    """(actor1, actor2, assoc_actor_1) of a protest or riot: the crowd (protesters or rioters, by the nationality the text
    gives them) is actor1; who intervened is actor2 (eval/WRITERS.md Targets nobody names (b)); the group the crowd is
    named by ("NUP supporters", "traders") is associated."""
    doc = parsed.doc

    def ev(actor: Actor, span: Span, confidence: float) -> Evidence[Actor]:
        return Evidence(value=actor, span=span, text=span.slice(text), stage=NAME, confidence=round(confidence, 2))

    label, inter, kind = ("Rioters", 5, "rioters") if m.event_type == "Riots" else ("Protesters", 6, "protesters")
    sent_tokens = list(doccache.sentence(doc, m.head))
    crowd_word = next((t for t in sent_tokens if lemma(t) in (W("protesters") | W("rioters"))), None)
    span = Span.of_token(crowd_word) if crowd_word is not None else m.trigger
    # a crowd the text names by a nationality takes it ("Sudanese refugees protested" in Chad: Protesters (Sudan),
    # eval/WRITERS.md Foreigners): a civilian party the parse read with another country
    # (a riot's civilian target is whom the crowd hit, not the crowd: "a mob burned the homes of Syrian refugees")
    national = next((a.value.country for a in ((actor1, actor2) if m.event_type == "Protests" else (actor1,))
                     if a is not None and a.value.kind in ("civilians", kind)
                     and a.value.country and a.value.country != event_iso), None) or next(
                         (iso for p in agents if (iso := nationality_of_people(p)) is not None and iso != event_iso), None)
    assoc1 = assoc_actor(sent_tokens, event_iso, text) or party_in(sent_tokens, event_iso, day, text)  # "NUP supporters"
    if national is None and assoc1 is not None and assoc1.span is not None and m.event_type == "Protests":
        # the crowd the sentence names by who they are, wherever the parse hung it ("soldiers fired to disperse
        # Haitian traders protesting"): their nationality; not a riot's, whose people named so are often its
        # victims ("a crowd stoned a house rented by Syrian farm workers", "set fire to tents of Syrian refugees")
        who = next((t for t in sent_tokens if t.idx == assoc1.span.start), None)
        found_n = nationality_of_people(noun_phrase(who)) if who is not None else None
        national = found_n if found_n is not None and found_n != event_iso else None
    crowd = ev(generic_actor(label, inter, kind, national or event_iso), span, 0.7 if crowd_word is not None else 0.5)
    if m.sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
        # ACLED: the protesters are actor1, whoever intervened (police, army) actor2
        intervener = actor1 if actor1 is not None and actor1.value.kind in STATE_KINDS else None
        if intervener is None and actor2 is not None and actor2.value.kind in STATE_KINDS:
            intervener = actor2
        if intervener is None:
            intervener = sentence_force(sent_tokens, event_iso, day, text)
        actor1, actor2 = crowd, intervener
    elif actor1 is None or actor1.value.kind != kind:
        if actor1 is not None and actor1.value.kind in STATE_KINDS and m.event_type == "Riots" and not (
                m.sub_event_type == "Mob violence" and lemma(doc[m.head]) in W("mob_aftermath")):
            # (a mob's target is who it attacked: the force that arrested, rescued or dispersed it afterwards, the
            # subject of a trigger the classifier read as the mob's act, "police later arrested six", is no party)
            actor2 = actor1
        actor1 = crowd
    if actor2 is not None and actor2.value.kind == kind:
        actor2 = None
    actor2 = crowd_police(actor2, event_iso, day)
    if m.sub_event_type == "Violent demonstration" and (actor2 is None or actor2.value.kind in (*STATE_KINDS, "civilians")):
        # (a riot's civilian target, "the offices of an aid group", is not its actor2: WRITERS (b))
        # only a force the text shows acting on the crowd is its actor2 (eval/WRITERS.md "Targets nobody names" (b))
        actor2 = crowd_police(acting_force(m, parsed, event_iso, day, text), event_iso, day)
    return actor1, actor2, assoc1
