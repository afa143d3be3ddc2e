"""assemble: cluster the mentions of one event across the document and build Event records.

Which mentions are one event, and each event's status, is decided by ``eventcoder.events.plan`` (rules
in its docstring and docs/DESIGN.md): aggregates are dropped, definite references ("the attack") join
their antecedent, other mentions merge only with a same-type event in another sentence with nothing
conflicting (different attackers, roles swapped, different stated places, non-overlapping stated
dates); triggers in one sentence stay separate events. An event's fields come from its own mentions; a
reference only fills what they lack. Fatalities: the lowest figure reported for the event (low), with
the highest as ``high``. A generic trigger ("attacked") against civilians is violence against civilians.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Callable, Mapping, TypeVar

from ..events import Cluster, armed_object, captive, cues, armed_target, attack_of, attempted, engaged_fighters, plan, retype
from ..catalogue import words
from ..lexicon import TERRITORY, subtype
from .. import geo
from ..model import Actor, Casualties, Claim, Document, Event, Evidence, Place, Source, Span
from ..pipeline import stage
from ..records import CasualtyReport, MentionFacts, Mention, Parsed, Roles, Statement, Toponym
from ..resources import word_lists
from .attribution import HEDGES
from .casualties import owner
from .places import make_place
from ..classify.decide import CASUALTY_CUES, headline_sentences
from ..classify.weapons import weapon_agent

NAME = "assemble"
KEEP_GENERIC = ("Arrests", "Looting/property destruction")  # generic verbs that do name these ("detained", "looted")
ARMED_INTER = (1, 2, 3, 4, 8)  # state forces, rebels, political and identity militias, external forces
T = TypeVar("T")


def _best(items: list[Evidence[T] | None], precision: Callable[[T], int] | None = None) -> Evidence[T] | None:
    """The most confident evidence, then the most precise, then the earliest mention."""
    present = [(i, e) for i, e in enumerate(items) if e is not None]
    if not present:
        return None
    return max(present, key=lambda ie: (ie[1].confidence, -precision(ie[1].value) if precision else 0, -ie[0]))[1]


def _own_first(own: list[Evidence[Actor] | None], refs: list[Evidence[Actor] | None]) -> Evidence[Actor] | None:
    best = _best(own)
    if best is None or best.value.name.startswith(UNIDENTIFIED):
        return _best(own + refs)
    return best


UNIDENTIFIED = "Unidentified"


def _compatible(
    mentions: tuple[Mention, ...], roles: tuple[Roles, ...], facts: list[MentionFacts], parsed: Any = None
) -> Callable[[Cluster, int], bool]:
    def test(cl: Cluster, i: int) -> bool:
        m, r, f = mentions[i], roles[i], facts[i]
        own = [j for j in cl.members if j not in cl.references]
        first = mentions[cl.head]
        if m.sub_event_type != first.sub_event_type:
            return False
        if any(mentions[j].sentence == m.sentence for j in cl.members):
            return False
        names1 = {roles[j].actor1.value.name for j in own if roles[j].actor1}
        names2 = {roles[j].actor2.value.name for j in own if roles[j].actor2}
        if r.actor1 and names1 and r.actor1.value.name not in names1:
            return False
        if r.actor1 and r.actor1.value.name in names2:
            return False
        if r.actor2 and r.actor2.value.name in names1:
            return False
        # places and dates stated by any member (a word of the same phrase, a reference) bar a conflicting merge;
        # a place named in the mention's own sentence is stated ("reported from Backa Palanka, where ...")
        def stated_at(j: int) -> bool:
            p = facts[j].place
            return p is not None and (p.confidence >= 0.8 or (
                parsed is not None and p.span is not None and parsed.sentences[mentions[j].sentence].contains(p.span)))

        # a place read from the context of a member (a fallback) counts against a place the mention states
        stated = [facts[j].place for j in cl.members if stated_at(j) or (facts[j].place is not None and facts[j].place.span is not None)]
        if stated_at(i):
            here = f.place.value
            for p in stated:
                if p.value.iso != here.iso:
                    return False  # "strikes in Syria ... strikes in Iraq"
                if p.value.location != here.location and p.value.geo_precision < 3 and here.geo_precision < 3:
                    return False
                if (p.value.geo_precision == 3) != (here.geo_precision == 3) and p.value.admin1 and here.admin1 and p.value.admin1 != here.admin1:
                    return False  # "in the Odesa region" ... "in Dnipro": a town outside the region
        dates = [facts[j].date for j in cl.members if facts[j].date and facts[j].date.span is not None]
        if f.date and f.date.span is not None and dates:
            d = f.date.value
            if not any(x.value.earliest <= d.latest and d.earliest <= x.value.latest for x in dates):
                return False
        return True

    return test


def _lowest(items: list[Evidence[Casualties] | None]) -> Evidence[Casualties] | None:
    """The lowest credible figure reported for the event (ACLED), with the highest kept as ``high``."""
    known = [e for e in items if e is not None and e.value.best is not None]
    if not known:
        return _best(items)
    low = min(known, key=lambda e: (e.value.low if e.value.low is not None else e.value.best, -e.confidence))
    lowest = low.value.low if low.value.low is not None else low.value.best
    highs = [e.value.high if e.value.high is not None else e.value.best for e in known]
    high = max((h for h in highs if h is not None), default=None)
    if len({(e.value.low, e.value.best, e.value.high) for e in known}) == 1:
        high = low.value.high
    elif low.value.high is None and high == low.value.best:
        high = None
    # best is the lowest credible figure too (ACLED codes the most conservative report)
    return dataclasses.replace(low, value=dataclasses.replace(low.value, best=lowest, high=high))


def _claims(
    members: list[Mention], reports: tuple[CasualtyReport, ...], owners: list[Mention | None], statements: tuple[Statement, ...], parsed: Any, text: str
) -> tuple[Evidence[Claim], ...]:
    """Every casualty figure reported for the event, with the statement it is in ("the group said it killed
    30") and the hedges of its sentence ("reportedly", "claimed")."""
    ids = {m.id for m in members}
    event_sentences = {m.sentence for m in owners if m is not None}
    out = []
    for r, m in zip(reports, owners):
        if m is None or m.id not in ids:
            continue
        said = [s for s in statements if s.sentence == r.sentence and s.source.span is not None]
        nxt = r.sentence + 1
        if not said and nxt < len(parsed.sentences) and nxt not in event_sentences and parsed.paragraph_index(parsed.sentences[nxt].start) == parsed.paragraph_index(r.span.start):
            said = [s for s in statements if s.sentence == nxt and s.source.span is not None]
        source = min(said, key=lambda s: abs(s.source.span.start - r.span.start)).source if said else None
        sentence = parsed.sentences[r.sentence].slice(text)
        hedges = tuple(dict.fromkeys(h.group(0).lower() for h in HEDGES.finditer(sentence)))
        claim = Claim(kind=r.kind, counts=r.counts, source=source, hedges=hedges)
        out.append(Evidence(value=claim, span=r.span, text=r.text, stage=NAME, confidence=0.7))
    return tuple(out)


def _abroad(
    place: Evidence[Place] | None, actor1: Evidence[Actor] | None, actor2: Evidence[Actor] | None, dateline: Any, named: set[str]
) -> Evidence[Place] | None:
    """An event placed only by its story's dateline country ("TAMPA, Fla." for a raid in Iraq) is placed in
    the country of a state force taking part in it when the story names that country as a place ("in Iraq
    and Syria"): the dateline is where the story was filed, not where the event was."""
    if place is None or dateline is None or place.span is None or place.value.geo_precision != 3:
        return place
    if not dateline.span.contains(place.span):
        return place
    for actor in (actor1, actor2):
        a = actor.value if actor is not None else None
        if a is not None and " Forces of " in f" {a.name}" and a.country and a.country != place.value.iso and a.country in named:
            country = geo.index().country(a.country)
            if country is not None:
                return Evidence(value=make_place(country), span=actor.span, text=actor.text, stage=NAME, confidence=0.4)
    return place


KIND_ORDER = {"town": 0, "site": 0, "admin2": 1, "admin1": 2, "country": 3}
# one word list per concept: the actor catalogue's words for people (resources/actors/words.toml)
PEOPLE_WORDS = words("civilian") | words("armed") | words("military") | words("police") | words("protesters")


def _origin(t: Toponym, doc: Any) -> bool:
    """Does the toponym say where people come from, not where something happened ("shot dead nine men from
    Punjab province", "Dayton, 42, of Woodbridge, Virginia, died ... in northern Syria")?"""
    node = doc[t.start_token]
    for _ in range(4):
        if node.dep_ == "pobj" or node.head.i == node.i:
            break
        if node.dep_ not in ("compound", "appos", "conj", "amod", "nmod", "punct"):
            return False
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in ("from", "of"):
        return False
    owner = node.head.head
    if owner.pos_ in ("VERB", "AUX") and node.head.i > 0:
        owner = doc[node.head.i - 1]  # "shot dead nine men from Punjab province": "from" parsed onto the verb
    if node.head.lower_ == "of" and owner.like_num:
        owner = owner.head  # "Dayton, 42, of Woodbridge"
    return owner.ent_type_ == "PERSON" or owner.lemma_.lower() in PEOPLE_WORDS or owner.lower_ in PEOPLE_WORDS


def _off_dateline(place: Evidence[Place] | None, toponyms: tuple[Toponym, ...], filed: Span | None) -> Evidence[Place] | None:
    """A town read from the dateline ("KABUL, Afghanistan (Aug. 24, 2011) – ... an operation in Shindand district, Herat
    province") is where the story was filed: the event takes the finest other place its sentence names, else the
    dateline town stays only an estimate (precision 3). ``filed``: the dateline's characters."""
    if place is None or filed is None or place.span is None or place.value.geo_precision == 3:
        return place
    if not filed.contains(place.span):
        return place
    first = next((t for t in toponyms if t.span == place.span), None)
    others = [t for t in toponyms if first is not None and t.sentence == first.sentence and not filed.contains(t.span)
              and not t.modifier and not t.dateline and t.kind != "country"]
    if others:
        best = min(others, key=lambda t: (not t.locative, KIND_ORDER.get(t.kind, 3), t.span.start))
        return Evidence(value=best.place, span=best.span, text=best.text, stage=NAME, confidence=place.confidence)
    return dataclasses.replace(place, value=dataclasses.replace(place.value, geo_precision=3), confidence=min(place.confidence, 0.4))


def _not_origin(place: Evidence[Place] | None, toponyms: tuple[Toponym, ...], parsed: Any) -> Evidence[Place] | None:
    """An event placed at its victims' or actors' home town ("nine men from Punjab province") is placed at the
    other place its sentence names where something happened ("on a highway near Kalat")."""
    if place is None or place.span is None or parsed is None:
        return place
    doc = parsed.doc
    first = next((t for t in toponyms if t.span == place.span), None)
    if first is None or not _origin(first, doc):
        return place
    others = [t for t in toponyms if t.sentence == first.sentence and t.span != first.span and t.locative and not t.modifier
              and not t.dateline and not _origin(t, doc)]
    if not others:
        return place
    best = min(others, key=lambda t: (KIND_ORDER.get(t.kind, 3), abs(t.span.start - first.span.start)))
    return Evidence(value=best.place, span=best.span, text=best.text, stage=NAME, confidence=place.confidence)


def _coherent(place: Evidence[Place] | None, toponyms: tuple[Toponym, ...], parsed: Any) -> Evidence[Place] | None:
    """A place in a country the story names nowhere else ("the Al Salem hospital complex ... in East Mosul"
    read as Salem, India) yields to a place of its sentence in a country the story does name. An adjective or an
    actor of the place's country names it ("Mozambican insurgents attacked a mission in Chipene, in Nampula
    province", then "told reporters in Johannesburg" under a JOHANNESBURG dateline)."""
    if place is None or place.span is None or parsed is None:
        return place
    usable = [t for t in toponyms if not t.modifier]
    iso = place.value.iso
    if any(t.place.iso == iso and not t.span.overlaps(place.span) and not t.tentative for t in toponyms):
        return place
    if not any(t.place.iso != iso for t in usable):
        return place
    sentence = parsed.sentence_index(place.span.start)
    others = [t for t in usable if t.sentence == sentence and t.place.iso != iso and not t.dateline
              and sum(u.place.iso == t.place.iso for u in usable) >= 2]
    if not others:
        return place
    best = min(others, key=lambda t: (KIND_ORDER.get(t.kind, 3), abs(t.span.start - place.span.start)))
    return Evidence(value=best.place, span=best.span, text=best.text, stage=NAME, confidence=0.6)


SPLIT_KINDS = ("town", "site")
SPLIT_STOP = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
              "south-east", "south-west", "near", "outside", "from", "to", "between", "towards", "toward", "via"}
UNIT_NOUNS = word_lists("place_words.toml")["admin_units"]  # "the Belgorod and Kursk regions" (resources/place_words.toml)


def conjoined_places(place: Evidence[Place] | None, toponyms: tuple[Toponym, ...], parsed: Any, sentences: set[int]) -> list[Toponym]:
    """Other towns coordinated with the event's town in its own sentence ("the attacks in the towns of Jabla
    ... and the port city of Tartus", "seized Gondar and Lalibela"): ACLED codes one event per place, so the
    event is repeated at each of them (not a strategic development: a deal or a decree is one). Not a route ("between X and Y", "from X to Y"), a relative location
    ("X, north of Y") or regions ("the Belgorod and Kursk regions")."""
    if place is None or place.span is None or parsed is None:
        return []
    first = next((t for t in toponyms if t.span == place.span), None)
    if first is None or first.sentence not in sentences or first.kind not in SPLIT_KINDS or first.route or first.dateline:
        return []
    doc = parsed.doc

    def end_of(t: Toponym) -> int:
        span = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
        return span.end if span is not None else t.start_token + 1

    if first.start_token > 0 and doc[first.start_token - 1].lower_ in SPLIT_STOP:
        return []
    out: list[Toponym] = []
    pending: list[Toponym] = []
    last = first
    for t in sorted((t for t in toponyms if t.sentence == first.sentence and t.start_token > first.start_token), key=lambda t: t.start_token):
        gap = doc[end_of(last) : t.start_token]
        if len(gap) > 12 or any(w.pos_ in ("VERB", "AUX") or w.lower_ in SPLIT_STOP for w in gap):
            break
        if not any(w.lower_ in ("and", ",") for w in gap):
            if t.kind in ("admin1", "admin2", "country"):
                last = t  # "Jabla in the northwest province of Latakia, and ..."
                continue
            break
        if t.modifier or t.route or t.kind not in SPLIT_KINDS:
            break
        if t.place.iso != first.place.iso or t.place.location in {first.place.location, *(o.place.location for o in out + pending)}:
            break
        pending.append(t)
        last = t
        if any(w.lower_ == "and" for w in gap):
            out, pending = out + pending, []  # a list is closed by "and": "X, Y and Z"
            break
    after = doc[end_of(last)] if out and end_of(last) < len(doc) else None
    if after is not None and after.lemma_.lower() in UNIT_NOUNS:
        return []  # "over the Belgorod and Kursk regions": two regions, read as towns
    # towns listed before the event's own ("In Rabat and Casablanca, thousands marched" placed at Casablanca
    # when Rabat is the dateline's town): "X and" / "X," right before it
    if after is None or after.lemma_.lower() not in UNIT_NOUNS:
        nxt = first
        for t in sorted((t for t in toponyms if t.sentence == first.sentence and t.start_token < first.start_token),
                        key=lambda t: -t.start_token):
            gap = doc[end_of(t) : nxt.start_token]
            if len(gap) == 0 or len(gap) > 2 or any(w.lower_ not in ("and", ",") for w in gap):
                break
            if t.modifier or t.route or t.dateline or t.kind not in SPLIT_KINDS or t.place.iso != first.place.iso \
                    or t.place.location in {first.place.location, *(o.place.location for o in out)}:
                break
            if t.start_token > 0 and doc[t.start_token - 1].lower_ in SPLIT_STOP:
                break
            out.insert(0, t)
            nxt = t
    return out


# strategic developments a killing word is never ("the killing of 12 civilians" is no looting; "forces killed nine
# militants" is no weapons seizure); a leader's death may well be a change to a group
KILLING_RETYPED = ("Looting/property destruction", "Disrupted weapons use")


def _killing_word(doc: Any, m: Mention) -> bool:
    """Is the trigger a word for killing or wounding ("the killing of 12 civilians")?"""
    return any(t.lemma_.lower() in CASUALTY_CUES or t.lower_ in CASUALTY_CUES for t in doc[m.start_token : m.end_token])


def _generic_word(parsed: Any, m: Mention) -> bool:
    """Is the trigger a word for any violence ("attacks", "killed"), not one naming a weapon ("mortar")?"""
    if parsed is None:
        return True
    tok = parsed.doc[m.head]
    return tok.pos_ == "VERB" or tok.lemma_.lower() in cues().generic


def _merge_facts(*facts: MentionFacts) -> MentionFacts:
    return MentionFacts(
        mention_id=facts[0].mention_id,
        place=_best([f.place for f in facts], lambda p: p.geo_precision),
        date=_best([f.date for f in facts], lambda d: d.time_precision),
        killed=_best([f.killed for f in facts]),
        injured=_best([f.injured for f in facts]),
        sources=tuple(s for f in facts for s in f.sources),
    )


def _event_facts(cl: Cluster, facts: list[MentionFacts]) -> MentionFacts:
    """An event's facts from its own mentions; references fill only what those lack."""
    own = [facts[j] for j in cl.members if j not in cl.references]
    refs = [facts[j] for j in cl.members if j in cl.references]
    mine = _merge_facts(*own)
    killed = _lowest([f.killed for f in own]) or _lowest([f.killed for f in refs])
    if mine.killed is not None and killed is not None and refs:
        killed = _lowest([killed, *(f.killed for f in refs)])
    injured = _lowest([f.injured for f in own]) or _lowest([f.injured for f in refs])
    stated_place = [f.place for f in own + refs if f.place and f.place.confidence >= 0.8]
    stated_date = [f.date for f in own if f.date and f.date.span is not None] or [f.date for f in refs if f.date and f.date.span is not None]
    return MentionFacts(
        mention_id=mine.mention_id,
        place=min(stated_place, key=lambda p: (p.value.geo_precision, -p.confidence), default=None) or mine.place or _best([f.place for f in refs], lambda p: p.geo_precision),
        date=_best(stated_date, lambda d: d.time_precision) or mine.date or _best([f.date for f in refs], lambda d: d.time_precision),
        killed=killed,
        injured=injured,
        sources=mine.sources + tuple(s for f in refs for s in f.sources),
    )


def assemble(
    article_id: str,
    published: dt.date | None,
    mentions: tuple[Mention, ...],
    roles: tuple[Roles, ...],
    facts: list[MentionFacts],
    settings: Mapping[str, Any],
    parsed: Any = None,
    text: str = "",
    headline: set[int] | None = None,
    reports: tuple[CasualtyReport, ...] = (),
    statements: tuple[Statement, ...] = (),
    dateline: Any = None,
    toponyms: tuple[Toponym, ...] = (),
) -> tuple[Event, ...]:
    owners = [owner(r, mentions, parsed) for r in reports] if parsed is not None else []
    named = {t.place.iso for t in toponyms if not t.modifier and not t.dateline}
    background_days = int(settings.get("background_after_days", 10))
    merge = bool(settings.get("merge_across_sentences", True))
    original = mentions
    if parsed is not None:
        mentions = retype(parsed.doc, mentions)  # what clustering and the events see ("captured a leader" is an arrest)
    test = _compatible(mentions, roles, facts, parsed)
    filed = Span(start=dateline.span.start, end=dateline.end) if dateline is not None else None  # the dateline's characters
    clusters = plan(
        mentions, facts, parsed, text, published, headline or set(),
        test if merge else (lambda cl, i: False), background_days=background_days, stage=NAME,
        dateline=filed,
    )
    events = []
    for cl in clusters:
        first = mentions[cl.head]
        own = [j for j in cl.members if j not in cl.references]
        members = [mentions[j] for j in sorted(cl.members)]
        f = _event_facts(cl, facts)
        # actors, like the other fields, come from the event's own mentions; references fill only what they lack
        # or name an unidentified group ("US airstrikes on militia depots" ... "depots used by Kata'ib Hezbollah")
        actor1, actor2 = (
            _own_first([getattr(roles[j], which) for j in own], [getattr(roles[j], which) for j in cl.references])
            for which in ("actor1", "actor2")
        )
        assoc1 = next((r.assoc_actor_1 for r in (roles[j] for j in own + cl.references) if r.assoc_actor_1 and actor1 and r.actor1 and r.actor1.value.name == actor1.value.name), None)
        assoc2 = next((r.assoc_actor_2 for r in (roles[j] for j in own + cl.references) if r.assoc_actor_2 and actor2 and r.actor2 and r.actor2.value.name == actor2.value.name), None)
        place = _coherent(_abroad(_not_origin(_off_dateline(f.place, toponyms, filed), toponyms, parsed), actor1, actor2, dateline, named), toponyms, parsed)
        if place is not f.place:
            f = dataclasses.replace(f, place=place)
        status = cl.status or first.status
        event_type, sub_type, plover = first.event_type, first.sub_event_type, first.plover
        if parsed is not None and captive(parsed.doc, original[cl.head]):
            # "captured a Taliban facilitator", "gunmen seized the principal": people taken by state forces are arrested,
            # by anyone else abducted (ACLED)
            state = actor1 is None or actor1.value.inter in (1, 8)
            sub_type = "Arrests" if state else "Abduction/forced disappearance"
            event_type, plover = subtype(sub_type).event_type, subtype(sub_type).plover
        generic = not any(m.specific for m in members)
        killing = parsed is not None and _killing_word(parsed.doc, first)
        if event_type == "Strategic developments" and ((generic and sub_type not in KEEP_GENERIC) or (killing and sub_type in KILLING_RETYPED)):
            # "killed nine militants", "neutralised", "launched": a generic verb is not a strategic
            # development; it is violence when its target says so, else nothing to code
            kind = actor2.value.kind if actor2 is not None else None
            if kind == "civilians":
                event_type, sub_type = "Violence against civilians", "Attack"
            elif actor2 is not None and actor2.value.inter in ARMED_INTER:
                event_type, sub_type = "Battles", "Armed clash"
            else:
                continue
            plover = subtype(sub_type).plover
        # a generic trigger against civilians is violence against civilians, unless it names remote violence
        # (shelling, a strike or a bomb that hits civilians stays Explosions/Remote violence, as ACLED codes it)
        if (
            (generic or (sub_type == "Armed clash" and not first.specific))
            and (event_type != "Explosions/Remote violence" or _generic_word(parsed, first))
            and actor2 is not None and actor2.value.kind == "civilians"
            and (parsed is None or weapon_agent(parsed.doc, first.start_token, first.end_token) is None)
        ):
            event_type, sub_type, plover = "Violence against civilians", "Attack", "ASSAULT:unspecified"
        if sub_type == "Disrupted weapons use" and parsed is not None and (verb := attack_of(parsed.doc, first)) is not None and armed_object(verb):
            # "attacked a police station and seized weapons": the event is the attack on armed forces
            event_type, sub_type = "Battles", "Armed clash"
            plover = subtype(sub_type).plover
        if sub_type == "Disrupted weapons use" and parsed is not None and engaged_fighters(parsed.doc, first):
            # "intercepted a column of armed terrorists": forces engaging fighters fight a battle
            event_type, sub_type = "Battles", "Armed clash"
            plover = subtype(sub_type).plover
        if sub_type == "Attack" and parsed is not None and armed_target(parsed.doc, first):
            # ACLED: "Attack" is violence against civilians; an attack on armed forces or their post is a battle
            event_type, sub_type = "Battles", "Armed clash"
            plover = subtype(sub_type).plover
        if sub_type in ("Peaceful protest", "Protest with intervention") and f.killed is not None and (f.killed.value.best or 0) > 0 \
                and parsed is not None and f.killed.span is not None and any(parsed.sentences[m.sentence].contains(f.killed.span) for m in members):
            # ACLED: force that kills protesters is excessive force ("... fired tear gas ... one protester was shot dead")
            sub_type = "Excessive force against protesters"
            plover = subtype(sub_type).plover
        if sub_type == "Peaceful protest" and any(m.sub_event_type == "Arrests" for m in members):
            sub_type = "Protest with intervention"  # people detained at the protest (ACLED: an intervention)
            plover = subtype(sub_type).plover
        if sub_type in TERRITORY and parsed is not None and attempted(parsed.doc, first):
            sub_type = "Armed clash"  # an attempt to take territory that did not (yet) change hands
            plover = subtype(sub_type).plover
        # ACLED: who takes territory decides the sub-event type. Government forces regain it (and so do
        # foreign forces fighting rebels or militias beside them); a non-state actor or a foreign state's
        # forces taking ground from the host state ("Russian forces captured the village") overtake it.
        if sub_type in TERRITORY and actor1 is not None:
            inter2 = actor2.value.inter if actor2 is not None else None
            regains = actor1.value.inter == 1 or (actor1.value.inter == 8 and inter2 in (2, 3, 4))
            sub_type = TERRITORY[0] if regains else TERRITORY[1]
        sources, seen = [], set()
        for s in f.sources:
            key = (s.value.name, s.span)
            if key not in seen:
                seen.add(key)
                sources.append(s)
        sources.sort(key=lambda s: s.value.kind == "publisher")
        confidence = 0.35 + 0.15 * any(m.specific for m in members)
        confidence += 0.1 * (actor1 is not None) + 0.1 * (f.place is not None and f.place.confidence >= 0.8)
        confidence += 0.1 * (f.date is not None and f.date.span is not None) + 0.1 * (len(members) > 1)
        event = Event(
                id=f"{article_id}:{len(events) + 1}",
                article_id=article_id,
                trigger=Evidence(value=first.sub_event_type, span=first.trigger, text=first.trigger_text, stage="detect", confidence=0.8 if first.specific else 0.5),
                event_type=event_type,
                sub_event_type=sub_type,
                disorder_type=first.disorder_type if event_type == first.event_type else "Political violence",
                plover=plover,
                status=status,
                actor1=actor1,
                assoc_actor_1=assoc1,
                assoc_actor_2=assoc2,
                actor2=actor2,
                place=f.place,
                date=f.date,
                fatalities=f.killed,
                injuries=f.injured,
                sources=tuple(sources),
                mentions=tuple(Span(start=m.trigger.start, end=m.trigger.end) for m in members),
                confidence=round(min(confidence, 1.0), 2),
                claims=_claims(members, reports, owners, statements, parsed, text) if owners else (),
            )
        events.append(event)
        for other in () if event_type == "Strategic developments" else conjoined_places(f.place, toponyms, parsed, {mentions[j].sentence for j in own}):
            # the same event at the next town of the phrase; its figures cannot be split, so they stay on the first
            events.append(dataclasses.replace(
                event, id=f"{article_id}:{len(events) + 1}", fatalities=None, injuries=None, claims=(),
                place=Evidence(value=other.place, span=other.span, text=other.text, stage=NAME, confidence=f.place.confidence),
            ))
    return tuple(events)


@stage(
    NAME,
    requires=["clean_article", "dateline", "parsed", "mentions", "roles", "toponyms", "places", "dates", "casualty_reports", "casualties", "statements", "attributions"],
    assigns=["events"],
)
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    article = doc.get("clean_article")
    mentions = doc.get("mentions")
    per_stage = [doc.get(name) for name in ("places", "dates", "casualties", "attributions")]
    facts = [_merge_facts(*(stage_facts[i] for stage_facts in per_stage)) for i in range(len(mentions))]
    parsed = doc.get("parsed")
    headline = headline_sentences(parsed, article.text)
    events = assemble(
        article.id, article.published, mentions, doc.get("roles"), facts, settings, parsed, article.text, headline,
        reports=doc.get("casualty_reports"), statements=doc.get("statements"), dateline=doc.get("dateline"),
        toponyms=doc.get("toponyms"),
    )
    return {"events": events}

