"""Document-level event assembly: which trigger mentions report one event, and each event's status.

Entry point: ``plan(...)`` returns the mention clusters of an article (one per event) with their status.
The rules (docs/DESIGN.md, "Events across the document"):

1. **Aggregates are not events.** A mention in a sentence with a period cue ("since January", "so far this
   year", "in the past week", "a series of") whose trigger is a plural noun, carries a number, or sits in
   a perfect-tense clause ("have been killed") is dropped ("more than 300 attacks since January").
2. **References join their antecedent.** A trigger noun with a definite determiner ("the attack", "this
   strike", "either attack") joins the latest earlier event of a compatible type: the same event type, or
   any violent type for generic nouns (attack, raid, incident...). It contributes only the fields the
   antecedent lacks, and never a conflicting stated place. A headline's mentions join the first body event
   of a compatible type.
3. **Other mentions merge** only with an event of the same sub-type and status, in another sentence, with
   nothing conflicting (attackers, roles, stated places, stated dates) — as before.
4. **Status.** Negated / threat / hypothetical / caption come from the words around the trigger (detect).
   An event is background when its sentence recalls it ("similar", "previously", "earlier,", "years
   ago"), when it follows a recall cue in its sentence ("the attack came two days after a roadside bomb"),
   when a temporal cue puts it before the news ("last week", "two days earlier", "a week ago") and it is
   not the story's lead event, or when its date is more than ``background_after_days`` before publication
   and it is not the story's lead event.
   A background event keeps its own date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import tomllib
from typing import Any, Sequence

from ..model import Evidence, Span
from ..records import Mention, MentionFacts
from ..lexicon import TERRITORY, subtype
from ..resources import read_text
from ..classify.status import REPORTING_LEMMAS


@dataclasses.dataclass(frozen=True, slots=True)
class Cues:
    temporal: tuple[re.Pattern[str], ...]
    after: tuple[re.Pattern[str], ...]
    sentence: tuple[re.Pattern[str], ...]
    period: tuple[re.Pattern[str], ...]
    determiners: frozenset[str]
    generic: frozenset[str]
    violent_types: frozenset[str]
    violence_types: frozenset[str]  # violent_types and "Violence against civilians": every event type that hurts
    count_types: frozenset[str]
    byproduct: frozenset[str]
    byproduct_context: frozenset[str]
    capability_governors: frozenset[str]
    capability_of: frozenset[str]
    capability_instrument: frozenset[str]
    capability_objects: frozenset[str]
    weapon_names: tuple[re.Pattern[str], ...]
    instance: tuple[re.Pattern[str], ...]
    attempt: frozenset[str]
    tally: tuple[re.Pattern[str], ...]
    armed_targets: frozenset[str]
    armed_modifiers: frozenset[str]
    attack_verbs: frozenset[str]
    conduct_verbs: frozenset[str]
    condemn_verbs: frozenset[str]
    year_preps: frozenset[str]
    habitual: frozenset[str]
    raids: frozenset[str]
    violent_outcome: frozenset[str]
    agents: dict[str, str]
    carriers: frozenset[str]
    bearers: frozenset[str]
    later: tuple[re.Pattern[str], ...]
    of_kinds: frozenset[str]
    blaze_verbs: frozenset[str]
    ongoing: frozenset[str]
    engage_verbs: frozenset[str]
    engage_groups: frozenset[str]
    not_event_verbs: frozenset[str]
    progress: frozenset[str]
    documents: frozenset[str]
    capture_verbs: frozenset[str]
    profile: frozenset[str]
    captive_roles: frozenset[str]


@functools.cache
def cues() -> Cues:
    data = tomllib.loads(read_text("discourse.toml"))

    def compile_all(items: list[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in items)

    return Cues(
        temporal=compile_all(data["recall"]["temporal"]),
        after=compile_all(data["recall"]["after"]),
        sentence=compile_all(data["recall"]["sentence"]),
        period=compile_all(data["aggregate"]["period"]),
        determiners=frozenset(data["anaphora"]["determiners"]),
        generic=frozenset(data["anaphora"]["generic"]),
        violent_types=frozenset(data["anaphora"]["violent_types"]),
        violence_types=frozenset(data["anaphora"]["violent_types"]) | {"Violence against civilians"},
        count_types=frozenset(data["aggregate"]["count_types"]),
        byproduct=frozenset(data["byproduct"]["types"]),
        byproduct_context=frozenset(data["byproduct"]["context_nouns"]),
        capability_governors=frozenset(data["capability"]["governors"]),
        capability_of=frozenset(data["capability"]["of_nouns"]),
        capability_instrument=frozenset(data["capability"]["instrument"]),
        capability_objects=frozenset(data["capability"]["objects"]),
        weapon_names=compile_all(data["capability"]["names"]),
        instance=compile_all(data["aggregate"]["instance"]),
        attempt=frozenset(data["territory"]["attempt"]),
        tally=compile_all(data["aggregate"]["tally"]),
        armed_targets=frozenset(data["targets"]["armed"]),
        armed_modifiers=frozenset(data["targets"]["armed_modifiers"]),
        attack_verbs=frozenset(data["targets"]["attack_verbs"]),
        conduct_verbs=frozenset(data["asserted"]["conduct_verbs"]),
        condemn_verbs=frozenset(data["asserted"]["condemn_verbs"]),
        year_preps=frozenset(data["recall"]["year_preps"]),
        habitual=frozenset(data["aggregate"]["habitual"]),
        raids=frozenset(data["raids"]["raids"]),
        violent_outcome=frozenset(data["raids"]["violent_outcome"]),
        agents={w: k for k, ws in data["agents"].items() if k not in ("carriers", "bearers") for w in ws},
        carriers=frozenset(data["agents"]["carriers"]),
        bearers=frozenset(data["agents"]["bearers"]),
        later=compile_all(data["recall"]["later"]),
        of_kinds=frozenset(data["aggregate"]["of_kinds"]),
        blaze_verbs=frozenset(data["byproduct"]["blaze_verbs"]),
        ongoing=frozenset(data["aggregate"]["ongoing"]),
        engage_verbs=frozenset(data["engage"]["verbs"]),
        engage_groups=frozenset(data["engage"]["groups"]),
        not_event_verbs=frozenset(data["candidates"]["not_event_verbs"]),
        progress=frozenset(data["aggregate"]["progress"]),
        documents=frozenset(data["documents"]["nouns"]),
        capture_verbs=frozenset(data["captives"]["verbs"]),
        profile=frozenset(data["aggregate"]["profile"]),
        captive_roles=frozenset(data["captives"]["roles"]),
    )


@dataclasses.dataclass(slots=True)
class Cluster:
    """The mentions of one event (indices into the article's mentions); ``head`` is the first full mention."""

    head: int
    members: list[int]
    references: list[int]  # anaphoric mentions: they add only what the others lack
    status: Evidence[str] | None = None


def _sentence_span(parsed: Any, m: Mention) -> Span:
    return parsed.sentences[m.sentence]


def _first(patterns: Sequence[re.Pattern[str]], text: str) -> re.Match[str] | None:
    found = [m for p in patterns if (m := p.search(text))]
    return min(found, key=lambda m: m.start()) if found else None


def _is_reference(doc: Any, m: Mention, c: Cues) -> bool:
    head = doc[m.head]
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in head.children):
        return True
    # a bare noun conjoined to a determined one shares its determiner ("in connection with the arson and looting")
    first = head
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN") and first.head.i < first.i:
        first = first.head
    return first is not head and not any(ch.dep_ in ("det", "poss", "nummod") for ch in head.children) \
        and any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in first.children)


QUOTATION = re.compile(r'"[^"\n]{3,}"|\u201c[^\u201d\n]{3,}\u201d')


def _predicative(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger noun what a reported event is said to have been ("Police said it was a suicide attack",
    "the blast was a car bomb")? The subject of the copula is a pronoun or a definite noun: the sentence names
    the kind of an event already told, it does not report another."""
    tok = doc[m.head]
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    subject = next((ch for ch in tok.head.children if ch.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return subject.lower_ in ANAPHORS or any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in subject.children)


ANAPHORS = frozenset({"it", "this", "that"})


def _quoted(parsed: Any, text: str, m: Mention) -> bool:
    """Is the trigger inside a direct quotation of its paragraph ('"The men from the other group were gone,"
    said a farmer')?"""
    para = parsed.paragraphs[parsed.paragraph_index(m.trigger.start)]
    body = para.slice(text)
    at = m.trigger.start - para.start
    return any(q.start() < at < q.end() for q in QUOTATION.finditer(body))


def _is_bare_generic(m: Mention, f: MentionFacts, sentence: Span) -> bool:
    """A generic trigger ("the junta said it had targeted a camp") with no place or date in its own
    sentence re-tells an event already reported; it is treated as a reference (joins nothing if there is none)."""
    own_place = f.place is not None and f.place.span is not None and sentence.contains(f.place.span)
    own_date = f.date is not None and f.date.span is not None and sentence.contains(f.date.span)
    return not m.specific and not own_place and not own_date


def _count(tok: Any) -> int | None:
    for ch in tok.children:
        if ch.dep_ == "nummod":
            text = ch.text.replace(",", "")
            if text.isdigit():
                return int(text)
            if ch.like_num and ch.lower_ not in ("one", "a", "an"):
                return 2
    return None


def _is_aggregate(doc: Any, m: Mention, f: MentionFacts, sentence_text: str, c: Cues) -> bool:
    head = doc[m.head]
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if any(ch.dep_ in ("advmod", "npadvmod") and ch.lower_ in c.habitual for ch in verb.children):
        return True  # "Nikopol, which is shelled almost daily": a habit, not an event
    if verb.pos_ == "VERB" and any(
        ch.dep_ == "prep" and ch.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in DURATIONS for g in ch.children)
        for ch in verb.children
    ):
        return True  # "have besieged the town for months": a state that lasts, not an event
    place = f.place.value if f.place is not None else None
    vague = place is None or place.geo_precision == 3 or f.place.confidence < 0.8
    if head.tag_ in ("NNS", "NNPS") and vague and not any(ch.dep_ in ("det", "poss", "nummod") for ch in head.children) \
            and any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in verb.children):
        return True  # "nations which have conducted strikes in Iraq include ...": what has been done, not an event
    if not _first(c.period, sentence_text):
        n = _count(head) if head.pos_ == "NOUN" else None
        return (
            n is not None and n >= 2 and m.event_type in c.count_types
            and (place is None or place.geo_precision == 3 or f.place.confidence < 0.8)
        )
    if head.tag_ in ("NNS", "NNPS") or any(ch.dep_ == "nummod" for ch in head.children):
        return True
    if head.dep_ in ("amod", "compound", "conj") and head.pos_ in ("ADJ", "NOUN") and head.head.tag_ in ("NNS", "NNPS"):
        return True  # "carried out offensive and security operations between 20 and 26 February"
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "has made extraordinary progress over the past 20 months, retaking 18,000 square miles"
    if head.pos_ == "VERB" and _counted(head) and _first(c.tally, sentence_text) and not _first(c.instance, sentence_text):
        return True  # "14 fighters were neutralised ... over the past week"
    return any(ch.dep_ in ("aux", "auxpass") and ch.lemma_ == "have" for ch in verb.children)


# the oldest date a story's lead event may have (a monthly report published weeks later); older is recalled
LEAD_WITHIN_DAYS = 92

DURATIONS = {"week", "month", "year", "decade", "weeks", "months", "years", "decades"}


def _counted(tok: Any) -> bool:
    """Does a verb trigger count its victims or targets ("14 fighters were neutralised", "killed 30 soldiers")?"""
    for ch in tok.children:
        if ch.dep_ in ("nsubjpass", "dobj", "nsubj") and (n := _count(ch)) is not None and n >= 2:
            return True
    # a participle after its counted noun ("29 terrorists neutralised, 12 suspects arrested")
    return tok.dep_ == "acl" and tok.head.i < tok.i and (n := _count(tok.head)) is not None and n >= 2


def _progress(doc: Any, m: Mention, c: Cues) -> bool:
    """A trigger told as what progress consists in ("Iraqi forces have made progress in liberating neighborhoods",
    "their efforts to retake the city"), or a perfect tense of "already" ("the SDF has already liberated dozens of
    villages"): a summary of a campaign, not an event."""
    tok = doc[m.head]
    if tok.pos_ == "VERB" and tok.tag_ in ("VBG", "VB"):
        for anc in list(tok.ancestors)[:3]:  # "progress in liberating" (the parser may read "liberating neighborhoods" as a noun phrase)
            if any(w.lemma_.lower() in c.progress and w.i < tok.i for w in (anc, *(ch for ch in anc.children if ch.dep_ == "dobj"))):
                return True  # "progress in liberating", "made progress in liberating" (not "In the campaign to liberate X, forces made progress")
            if anc.tag_ in ("VBD", "VBZ", "VBP"):
                break
    verb = tok if tok.pos_ == "VERB" else tok.head
    return verb.pos_ == "VERB" and any(ch.dep_ == "aux" and ch.lemma_ == "have" for ch in verb.children) \
        and any(ch.dep_ == "advmod" and ch.lower_ == "already" for ch in verb.children)


def _kind_of(doc: Any, m: Mention, c: Cues) -> bool:
    """A trigger noun that names a kind of violence, not an event: in the noun phrase after "war of",
    "campaign of", "years of"... ("a grinding war of ambushes, drone strikes and road closures"). Read
    from the words before the trigger (the parser often attaches such lists to the wrong noun)."""
    if doc[m.head].pos_ not in ("NOUN", "PROPN"):
        return False
    sent = doc[m.head].sent
    k = m.start_token - 1
    while k > sent.start:
        tok = doc[k]
        if tok.lower_ == "of":
            return doc[k - 1].lemma_.lower() in c.of_kinds
        if not (tok.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ") or tok.text == ","):
            return False
        k -= 1
    return False


def _profile(doc: Any, m: Mention, c: Cues) -> bool:
    """A bare plural trigger or a gerund/infinitive in what someone is known for ("the network is responsible for
    numerous attacks", "a leader involved in heavy weapons facilitation and direct attacks", "is known to intimidate the
    local citizens and kidnap those who ..."): a record, not an event. Read up to the first finite verb of its clause."""
    tok = doc[m.head]
    bare = tok.tag_ in ("NNS", "NNPS") and not any(ch.dep_ in ("det", "poss", "nummod") for ch in tok.children)
    if not (bare or tok.tag_ in ("VBG", "VB")):
        return False
    for node in list(tok.ancestors)[:5]:
        if (node.lemma_.lower() in c.profile or node.lower_ in c.profile) and (node.pos_ != "NOUN" or node.lemma_.lower() == "association"):
            return True  # not a noun of people ("the leader and his associates")
        if node.tag_ in ("VBD", "VBZ", "VBP") and node.lemma_ != "be":
            return False
    return False


def _since(doc: Any, m: Mention) -> Any | None:
    """The "since" whose clause or phrase the trigger is in ("one of the deadliest incidents since the truce
    took effect"): that event is the starting point of a period, told as background. None otherwise."""
    return since_of(doc[m.head])


def since_of(tok: Any) -> Any | None:
    """``_since`` for a token."""
    for node in (tok, *list(tok.ancestors)[:3]):
        if node.dep_ == "pobj" and node.head.lower_ == "since":
            return node.head
        mark = next((ch for ch in node.children if ch.dep_ == "mark" and ch.lower_ == "since"), None)
        if mark is not None:
            return mark
        if node.pos_ == "VERB" and node.dep_ not in ("acl", "relcl", "pcomp"):
            break
    return None


def _is_capability(doc: Any, m: Mention, c: Cues) -> bool:
    """A weapon named as a thing rather than something that happened: "destroyed ... a VBIED, an IED",
    "involved in the use of IEDs and chemical weapons", "using aircraft as well as rocket artillery", "an IED
    factory", "bomb-making materials"."""
    tok = doc[m.head]
    if m.sub_event_type == "Disrupted weapons use" and tok.pos_ in ("NOUN", "PROPN"):
        # "overseeing the group's production of explosive devices": what a group makes, not a seizure
        top = tok
        for _ in range(12):
            if top.dep_ not in ("conj", "appos"):
                break
            top = top.head
        return top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.lemma_.lower() in PRODUCTION
    if m.event_type != "Explosions/Remote violence":
        return False
    after = doc.text[doc[m.start_token].idx : doc[m.start_token].idx + 40]
    if any(p.match(after) for p in c.weapon_names):
        return True  # "a rocket propelled grenade launcher" names a grenade weapon
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ in ("compound", "npadvmod", "amod", "nmod") and tok.head.lower_ in c.capability_objects:
        return True
    for _ in range(12):
        if tok.dep_ not in ("conj", "appos"):
            break
        tok = tok.head
    if tok.dep_ in ("compound", "npadvmod", "amod", "nmod") and tok.head.lower_ in c.capability_objects:
        return True  # "224 artillery and mortar systems"
    gov = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and gov.lemma_.lower() in c.capability_governors:
        return True
    if tok.dep_ == "dobj" and gov.lower_ in c.capability_instrument:
        return True
    return tok.dep_ == "pobj" and gov.lower_ == "of" and gov.head.lower_ in c.capability_of


PRODUCTION = {"production", "manufacture", "manufacturing", "development", "making", "use", "possession"}


def _document(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the arrest trigger noun what a document or order is for ("a warrant of arrest", "an arrest warrant",
    "orders for the detention of three officers")? No arrest is reported."""
    tok = doc[m.head]
    if m.sub_event_type != "Arrests" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lower_ in c.documents:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and tok.head.head.lower_ in c.documents


def _blaze(doc: Any, m: Mention, c: Cues) -> bool:
    """Is the trigger a blaze ("a fire had been put out", "the fire spread to nearby shops"), not gunfire?"""
    tok = doc[m.head]
    if tok.lemma_.lower() != "fire" or tok.pos_ != "NOUN" or m.end_token - m.start_token > 1:
        return False
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.lemma_.lower() in c.blaze_verbs


def engaged_fighters(doc: Any, m: Mention) -> bool:
    """Does the trigger verb engage a group of fighters ("intercepted a column of armed terrorists")?"""
    from ..catalogue import words

    c = cues()
    tok = doc[m.head]
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in c.engage_verbs:
        return False
    fighters, modifiers = words("armed"), words("armed_modifiers")

    def armed(noun: Any) -> bool:  # "terrorists", "armed men"
        return noun.lemma_.lower() in fighters or any(a.dep_ == "amod" and a.lower_ in modifiers for a in noun.children)

    for obj in (ch for ch in tok.children if ch.dep_ == "dobj"):
        if armed(obj):
            return True
        if obj.lemma_.lower() in c.engage_groups:
            for prep in (ch for ch in obj.children if ch.dep_ == "prep" and ch.lower_ == "of"):
                if any(g.dep_ == "pobj" and armed(g) for g in prep.children):
                    return True
    return False


def _as_battle(m: Mention) -> Mention:
    return dataclasses.replace(m, event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence")




def captive(doc: Any, m: Mention) -> bool:
    """Is the trigger a strategic development (a territory change, "Other"...) whose verb takes a person ("captured a
    Taliban facilitator", "gunmen seized the principal of a school", "the commander was captured")? People taken are an
    arrest or an abduction, not ground changing hands."""
    c = cues()
    tok = doc[m.head]
    if not (m.event_type == "Strategic developments" or m.sub_event_type in TERRITORY) or m.sub_event_type == "Arrests" or tok.pos_ != "VERB" \
            or tok.lemma_.lower() not in c.capture_verbs:
        return False
    taken = [ch for ch in tok.children if ch.dep_ in ("dobj", "nsubjpass")]
    return any(person(t) for t in taken)


def person(tok: Any) -> bool:
    """Does the noun name people (a word of the catalogue's lists of civilians, fighters, police and protesters, or a role
    noun such as "leader" or "soldier")? Not a name: the parser takes towns for people ("seized Bossembele")."""
    from ..catalogue import words

    lemma = tok.lemma_.lower()
    people = words("civilian") | words("armed") | words("police") | words("protesters") | cues().captive_roles
    return lemma in people or tok.lower_ in people


def _as_arrest(m: Mention) -> Mention:
    info = subtype("Arrests")
    return dataclasses.replace(m, event_type=info.event_type, sub_event_type=info.name, disorder_type=info.disorder_type, plover=info.plover)


def retype(doc: Any, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """The codebook retyping clustering needs to see (``assemble`` types the events again from their actors): forces
    engaging fighters fight a clash; people captured are arrested."""
    return tuple(_as_battle(m) if engaged_fighters(doc, m) and m.sub_event_type == "Disrupted weapons use"
                 else _as_arrest(m) if captive(doc, m) else m for m in mentions)


def _follow_up(doc: Any, parsed: Any, m: Mention, f: MentionFacts, mentions: Sequence[Mention], facts: Sequence[MentionFacts], c: Cues) -> int | None:
    """A passive trigger without agent, place or date of its own after a violent event of its paragraph or the
    paragraph before ("... attacked cattle camps near Bor, killing six herders. Four children were abducted.";
    "The coalition said two marchers had been killed."; shops "had been looted" after a riot), one that the
    actors already named "also" did ("The settlers also set fire to two cars"), or force used on the crowd of a
    protest or riot just told in its paragraph ("... pelted police with stones. Police used tear gas."): part of
    that event, told in a sentence of its own. Returns the mention it follows (the event it is part of), or None."""
    tok = doc[m.head]
    if tok.pos_ != "VERB" and tok.dep_ == "dobj" and m.start_token <= tok.head.i < m.end_token:
        tok = tok.head  # "set fire to"
    if tok.pos_ in ("NOUN", "PROPN") and m.sub_event_type in FOLLOW_PARTS:
        tok = _passive_of(tok) or tok  # "Two pistols and 40 rounds of ammunition were recovered"
    if not (_hosts(m, c) or m.sub_event_type in FOLLOW_PARTS or m.sub_event_type == "Arrests") or m.sentence == 0:
        return None
    sentence = parsed.sentences[m.sentence]
    hosts = sorted((k for k, o in enumerate(mentions) if o.sentence < m.sentence and _hosts(o, c, m)), key=lambda k: (mentions[k].sentence, -k))
    if not hosts:
        return None
    if m.sub_event_type == "Protest with intervention" and (k := _crowd_before(parsed, m, f, mentions, hosts)) is not None:
        return k
    if tok.pos_ != "VERB":
        return None
    k = hosts[-1]
    # a place or date of its own is allowed only when it is the host's ("... fired tear gas at protesters in
    # Nairobi on Thursday. ... Amnesty said one protester was shot dead in Nairobi"); the host may then be further back
    placed = f.place is not None and f.place.span is not None and sentence.contains(f.place.span)
    if placed:
        mine = _stated_place(f)
        # the host's town, or the region the host was placed in ("in Kaduna state" ... "stormed Kauru village")
        same = [j for j in hosts if mine is not None and (theirs := _stated_place(facts[j])) is not None
                and (_same_place(mine, theirs) or (theirs.geo_precision == 3 and mine.geo_precision < 3 and not _place_conflict(mine, theirs)))]
        if not same:
            return None
        k = same[-1]
    if f.date is not None and f.date.span is not None and sentence.contains(f.date.span):
        theirs = facts[k].date
        if theirs is None or not (f.date.value.earliest <= theirs.value.latest and theirs.value.earliest <= f.date.value.latest):
            return None
    host = parsed.sentences[mentions[k].sentence]
    if not placed and parsed.paragraph_index(sentence.start) - parsed.paragraph_index(host.start) > 1:
        return None
    passive = any(ch.dep_ == "auxpass" for ch in tok.children) and not any(ch.dep_ == "agent" for ch in tok.children)
    if m.sub_event_type == "Arrests":
        return k if passive else None  # "27 people have been detained at Colomi": the protest's toll; "police arrested 19" is an event
    return k if passive or _also_by_them(tok, c) or _named_before(doc, tok, host, c) or _the_attackers(tok, c) else None


def _passive_of(tok: Any) -> Any | None:
    """The passive verb a noun (or the phrase it is in) is the subject of ("Two pistols and 40 rounds of ammunition were
    recovered" for "ammunition"), else None."""
    for _ in range(6):
        if tok.dep_ == "nsubjpass":
            return tok.head
        if tok.dep_ not in ("conj", "pobj", "prep", "compound", "appos"):
            return None
        tok = tok.head
    return None


def _crowd_before(parsed: Any, m: Mention, f: MentionFacts, mentions: Sequence[Mention], hosts: list[int]) -> int | None:
    """The protest or riot of the trigger's paragraph that force used on a crowd ("Police used tear gas and fired shots
    into the air") was used on: the latest one told before it, when the force's sentence states no place or date of
    its own. ACLED codes a riot and the tear gas fired at it as one event."""
    sentence = parsed.sentences[m.sentence]
    if any(x is not None and x.span is not None and sentence.contains(x.span) for x in (f.place, f.date)):
        return None
    para = parsed.paragraph_index(sentence.start)
    crowds = [k for k in hosts if mentions[k].sub_event_type in PROTEST_SEVERITY
              and parsed.paragraph_index(parsed.sentences[mentions[k].sentence].start) == para]
    return crowds[-1] if crowds else None


def _the_attackers(tok: Any, c: Cues) -> bool:
    """Is the verb's subject a definite armed noun ("The assailants stormed the village at around 10 pm and opened fire
    on residents", "the gunmen fled on motorcycles")? After the event they did, it tells more of it."""
    from ..catalogue import words

    subject = _subject(tok)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in words("armed") \
        and any(ch.dep_ == "det" and ch.lower_ in ("the", "these", "those") for ch in subject.children)


def _same_place(a: Any, b: Any) -> bool:
    """The same town, or two readings of it ("Kantharalak" and the district "Amphoe Kantharalak"): within 10 km."""
    from ..geo.build import haversine_km

    if a.iso != b.iso or (a.geo_precision == 3) != (b.geo_precision == 3):
        return False
    return a.location == b.location or haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= 10


def _subject(tok: Any) -> Any | None:
    subject = next((ch for ch in tok.children if ch.dep_ == "nsubj"), None)
    if subject is None and tok.dep_ == "conj":
        subject = next((ch for ch in tok.head.children if ch.dep_ == "nsubj"), None)
    return subject


def _named_before(doc: Any, tok: Any, host: Span, c: Cues) -> bool:
    """Is the verb's subject a definite noun the host event's sentence already named ("Two men were shot dead by
    gendarmes ... The crowd had set fire to two vehicles, and the gendarmes opened fire")?"""
    subject = _subject(tok)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or not any(
            ch.dep_ == "det" and ch.lower_ in c.determiners for ch in subject.children):
        return False
    span = doc.char_span(host.start, host.end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() == subject.lemma_.lower() for t in span)


def _also_by_them(tok: Any, c: Cues) -> bool:
    """Is the verb something a definite or pronoun subject "also" did ("The settlers also set fire to two cars")?"""
    if not any(ch.dep_ == "advmod" and ch.lower_ == "also" for ch in tok.children):
        return False
    subject = _subject(tok)
    if subject is None:
        return False
    return subject.pos_ == "PRON" or any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in subject.children)


# besides violent ones, the sub-types a follow-up sentence may tell of an event (ACLED codes property destroyed
# in a riot or an attack as part of it, and weapons recovered after a clash: "Two pistols were recovered")
FOLLOW_PARTS = frozenset({"Looting/property destruction", "Disrupted weapons use"})
FORCE_ON_PROTESTERS = frozenset({"Protest with intervention", "Excessive force against protesters"})


def _hosts(m: Mention, c: Cues, part: Mention | None = None) -> bool:
    """May a follow-up sentence tell more of this mention's event (a violent one, or force used on protesters)?
    People detained (no agent) are told of a protest or riot (ACLED codes arrests at a protest with the protest)."""
    if part is not None and part.sub_event_type == "Arrests":
        return m.sub_event_type in PROTEST_SEVERITY
    if part is not None and part.sub_event_type == "Protest with intervention" and m.sub_event_type in PROTEST_SEVERITY:
        return True  # "Hundreds rallied ... Police fired tear gas": the crowd it was used on
    return m.event_type in c.violence_types or m.sub_event_type in FORCE_ON_PROTESTERS


def _present_state(doc: Any, parsed: Any, m: Mention, f: MentionFacts) -> bool:
    """A trigger in the simple present with no place or date of its own states what goes on ("our forces
    continue to pursue the remnants", "residents say the strikes continue"), not an event; so does one under
    a present "continue" without a date of its own ("forces continue to liberate territory on the way to Raqqah")."""
    tok = doc[m.head]
    sentence = parsed.sentences[m.sentence]
    own_date = f.date is not None and f.date.span is not None and sentence.contains(f.date.span)
    aspect = tok.head if tok.dep_ == "xcomp" else None
    if aspect is not None and aspect.lemma_.lower() in cues().ongoing and aspect.tag_ in ("VBP", "VBZ") and not own_date:
        return True
    verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ") or verb.lemma_.lower() in REPORTING_LEMMAS:
        return False
    if any(ch.dep_ in ("aux", "auxpass") for ch in verb.children):
        return False
    if not any(ch.dep_ == "nsubj" for ch in verb.children):
        return False  # an imperative or a fragment
    sentence = parsed.sentences[m.sentence]
    own_place = f.place is not None and f.place.span is not None and sentence.contains(f.place.span)
    own_date = f.date is not None and f.date.span is not None and sentence.contains(f.date.span)
    return not own_place and not own_date


def _in_violent_context(doc: Any, m: Mention, mentions: Sequence[Mention], c: Cues) -> bool:
    """Is the mention's sentence about a violent event: another trigger of a violent type, or a definite
    reference to one ("recovered rifles after the clash")?"""
    if any(
        o.sentence == m.sentence and o.event_type in c.violence_types and not _recalled_beside(doc, o, m)
        for o in mentions
    ):
        return True
    if m.sub_event_type != "Disrupted weapons use":
        return False
    sent = doc[m.head].sent
    return any(
        t.lower_ in c.byproduct_context and any(ch.dep_ in ("det", "poss") and ch.lower_ in c.determiners for ch in t.children)
        for t in sent
    )


RECALL_LINKS = ("after", "before", "following", "since")


def _recalled_beside(doc: Any, other: Mention, m: Mention) -> bool:
    """Is ``other`` an earlier event the sentence of ``m`` only recalls ("drones were intercepted ..., a day
    after strikes hit the airport")? Its trigger hangs on "after"/"before"/"since", which ``m``'s does not."""
    mine = {t.i for t in doc[m.head].ancestors} | {m.head}
    path = [t for t in (doc[other.head], *doc[other.head].ancestors) if t.i not in mine]
    return any(t.lower_ in RECALL_LINKS or any(ch.dep_ == "mark" and ch.lower_ in RECALL_LINKS for ch in t.children) for t in path)


def attempted(doc: Any, m: Mention) -> bool:
    """Is the trigger only attempted ("attempted to seize", "tried to retake", "a failed bid to capture")?"""
    tok = doc[m.head]
    attempt = cues().attempt
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in attempt:
        return True
    return tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in attempt  # "a bid to capture"


AMBIGUOUS_TARGETS = ("station", "camp", "base", "bases", "headquarters", "unit", "units")


def armed_target(doc: Any, m: Mention) -> bool:
    """Is the object of an attack verb armed forces or their post ("attacked a police checkpoint", "attacked
    two army posts", "stormed a military base")? A "station" or "camp" needs a modifier saying so."""
    return armed_object(doc[m.head])


def attack_of(doc: Any, m: Mention) -> Any | None:
    """The attack verb a weapons seizure is conjoined with ("attacked a police station and seized weapons"),
    or None."""
    tok = doc[m.head]
    attack = cues().attack_verbs
    for _ in range(3):
        if tok.dep_ not in ("dobj", "conj") or tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in attack:
            return tok
    return None


def armed_object(tok: Any) -> bool:
    """Is the direct object of this attack verb armed forces or their post?"""
    c = cues()
    if tok.pos_ != "VERB":
        return False
    for obj in (ch for ch in tok.children if ch.dep_ == "dobj"):
        noun = obj.lower_
        if noun not in c.armed_targets:
            continue
        mods = {ch.lower_ for ch in obj.children if ch.dep_ in ("compound", "amod", "nmod")}
        if noun in AMBIGUOUS_TARGETS and not mods & c.armed_modifiers:
            continue
        return True
    return False


def _is_medium_or_description(doc: Any, m: Mention, c: Cues) -> bool:
    """A strategic-development word that names the medium of a statement ("said in the release") or
    describes a thing ("tanks and other equipment captured near Palmyra") is not an event of its own."""
    if m.sub_event_type not in c.byproduct:
        return False
    tok = doc[m.head]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "to"):
        gov = tok.head.head
        if gov.lemma_.lower() in REPORTING_LEMMAS or gov.lower_ == "according":
            return True
    # a reduced passive relative after its noun ("equipment captured near Palmyra"): no object of its own
    return (
        tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.i < tok.i and not any(ch.dep_ in ("dobj", "prt", "nsubj") for ch in tok.children)
    )


def _stated_place(f: MentionFacts) -> Any | None:
    return f.place.value if f.place is not None and f.place.confidence >= 0.8 else None


def _place_conflict(a: Any | None, b: Any | None) -> bool:
    if a is None or b is None:
        return False
    if a.iso != b.iso:
        return True
    if (a.geo_precision == 3) != (b.geo_precision == 3) and a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return True  # a town outside the region named
    return a.location != b.location and a.geo_precision < 3 and b.geo_precision < 3


def _compatible_reference(m: Mention, head: Mention, c: Cues, noun: str) -> bool:
    if m.event_type == head.event_type:
        return True
    if (noun in c.byproduct_context or _violent_noun(noun)) and head.event_type in c.violence_types:
        # "eight fighters were killed in the battle", "the SDF blamed Turkish-backed factions for the bombing": a
        # violent noun names a violent event, whatever type the classifier gave its sentence
        return True
    loose = noun in c.generic or not m.specific or not head.specific  # "jets struck ..." / "the strikes killed 15"
    return loose and head.event_type in c.violent_types and m.event_type in c.violence_types


def _both_violent(a: Mention, b: Mention, c: Cues) -> bool:
    return a.event_type in c.violence_types and b.event_type in c.violence_types


@functools.cache
def _lexicon_word(lemma: str, sub_type: str) -> bool:
    """Is ``lemma`` a trigger word of ``sub_type`` in the lexicon ("kidnap" of Abduction; not "curfew" of Grenade)?"""
    from ..lexicon import triggers

    return any(lemma in e.lemmas and e.sub_event_type == sub_type for e in triggers())


@functools.cache
def _violent_noun(lemma: str) -> bool:
    """Is ``lemma`` a trigger word of a violent event type in the lexicon ("bombing", "shelling", "ambush")?"""
    from ..lexicon import triggers

    return any(lemma in e.lemmas and e.event_type in cues().violence_types and (not e.pos or "NOUN" in e.pos) for e in triggers())


def _recall(
    m: Mention, f: MentionFacts, parsed: Any, text: str, published: dt.date | None, background_days: int, stage: str, c: Cues
) -> tuple[Evidence[str] | None, Evidence[str] | None]:
    """(status evidence if the mention is a recalled event whatever the lead, evidence if only when it is
    not the story's lead event)."""
    sent = parsed.sentences[m.sentence]
    stext = sent.slice(text)

    def ev(hit: re.Match[str], confidence: float) -> Evidence[str]:
        return _evidence("background", Span(start=sent.start + hit.start(), end=sent.start + hit.end()), text, stage, confidence)

    recent = _recent(parsed.doc, m, f, sent, published)
    hit = _first(c.sentence, stext)
    if hit and not (recent and hit.group(0).strip(" ,").lower() == "earlier"):
        return ev(hit, 0.7), None
    since = _since(parsed.doc, m)
    if since is not None:
        return _evidence("background", Span.of_token(since), text, stage, 0.6), None
    for p in c.after:
        hit = p.search(stext)
        if hit and sent.start + hit.start() < m.trigger.start and not (hit.group(0).lower() == "similar" and _present(parsed.doc, m)):
            return ev(hit, 0.7), None
    year = _earlier_year(parsed.doc, m, published, c)
    if year is not None:
        return _evidence("background", year, text, stage, 0.6), None
    date = f.date
    if date is not None and published is not None and date.value.latest < published - dt.timedelta(days=background_days):
        # an old date makes a recalled event, unless it is the story's lead: a report published weeks
        # later (a monthly NGO report, a court or monitor bulletin) still reports that event; news is not
        # months old, so a date before ``LEAD_WITHIN_DAYS`` is recalled even for the lead ("They were set
        # alight in September 2022, when fighting ... killed around 100 people" in a 2026 feature)
        if date.span is not None and date.value.latest < published - dt.timedelta(days=LEAD_WITHIN_DAYS):
            return _evidence("background", date.span, text, stage, 0.7), None
        if date.span is not None:
            return None, _evidence("background", date.span, text, stage, 0.7)
        return None, Evidence(value="background", span=None, text="", stage=stage, confidence=0.6)
    hit = _first(c.temporal, stext)
    return None, (ev(hit, 0.6) if hit and not recent else None)


# an event dated to the day this close before publication is news, whatever "earlier" says ("A day earlier, a boy
# was shot dead"; "Earlier, on 2 November, police arrested ..."): background is an event more than a few days old
RECENT_DAYS = 4


def _recent(doc: Any, m: Mention, f: MentionFacts, sent: Span, published: dt.date | None) -> bool:
    """Is the mention dated, in its own sentence, to a day at most ``RECENT_DAYS`` before publication, and told in
    the simple past? A past perfect ("the men had been detained two days earlier") tells what led up to the news."""
    date = f.date
    if published is None or date is None or date.span is None or not sent.contains(date.span):
        return False
    if date.value.earliest != date.value.latest or not dt.timedelta(0) <= published - date.value.latest <= dt.timedelta(days=RECENT_DAYS):
        return False
    tok = doc[m.head]
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return not any(ch.dep_ == "aux" and ch.lemma_ == "have" and ch.tag_ == "VBD" for ch in verb.children)


def _present(doc: Any, m: Mention) -> bool:
    """Is the trigger's sentence told in the present ("Similar scenes are being reported from Backa Palanka, where
    several people have been hurt in clashes"): what is similar happens now, it is not recalled."""
    root = doc[m.head].sent.root
    return root.tag_ in ("VBZ", "VBP") or any(ch.dep_ in ("aux", "auxpass") and ch.tag_ in ("VBZ", "VBP") and ch.lemma_ == "be" for ch in root.children)


def _earlier_year(doc: Any, m: Mention, published: dt.date | None, c: Cues) -> Span | None:
    """An earlier year stated for the trigger's own clause ("broke a ceasefire with the military in late
    2023", "was seized in 2019"), as a span; None otherwise. Only a phrase hanging on the trigger or its verb
    counts ("the deadliest attack since 2017" compares, "a group founded in 2013" describes the group)."""
    if published is None:
        return None
    tok = doc[m.head]
    anchors = {tok.i, tok.head.i} if tok.pos_ in ("NOUN", "PROPN") else {tok.i}
    for prep in (t for a in anchors for t in doc[a].children if t.dep_ == "prep" and t.lower_ in c.year_preps):
        for t in prep.subtree:
            if t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 < int(t.text) < published.year:
                return Span.of_tokens(t.doc, prep.i, t.i + 1)
    return None


def plan(
    mentions: Sequence[Mention],
    facts: Sequence[MentionFacts],
    parsed: Any,
    text: str,
    published: dt.date | None,
    headline: set[int],
    compatible: Any,
    background_days: int = 10,
    stage: str = "assemble",
    dateline: Span | None = None,
) -> list[Cluster]:
    """Cluster mentions into events and give each its status. ``mentions`` are those of ``retype``.

    ``compatible(cluster, index)`` is the caller's merge test for a non-reference mention (rule 3). A trigger
    inside the ``dateline`` ("CAMP LUKBAN, Catbalogan City –", "FORWARD OPERATING BASE SALERNO, Afghanistan –")
    names where the story was filed, never an event."""
    c = cues()
    doc = parsed.doc
    clusters: list[Cluster] = []
    body = [i for i, m in enumerate(mentions) if m.sentence not in headline]
    heads = [i for i, m in enumerate(mentions) if m.sentence in headline]
    lead_found = False
    status: dict[int, Evidence[str]] = {}
    for i in body + heads:
        m = mentions[i]
        if dateline is not None and dateline.start <= m.trigger.start < dateline.end:
            continue
        sentence_text = parsed.sentences[m.sentence].slice(text)
        in_headline = m.sentence in headline
        quoted = _quoted(parsed, text, m)
        follow_up = None if in_headline else _follow_up(doc, parsed, m, facts[i], mentions, facts, c)
        predicative = not in_headline and _predicative(doc, m, c)
        loose = quoted or follow_up is not None or predicative  # any violent antecedent will do
        # "if the strikes continued": a possible future event, not a reference to the reported one
        reference = (in_headline or loose or _is_reference(doc, m, c) or _is_bare_generic(m, facts[i], parsed.sentences[m.sentence])) \
            and m.status.value not in ("hypothetical", "threat")
        raid = None if in_headline else _arresting_raid(doc, m, i, mentions, clusters, c)
        if raid is not None:
            raid.members.append(i)
            raid.head = i  # the arrest is the event; the raid is how it was made
            continue
        host = None if in_headline else _host(doc, m, i, mentions, clusters, facts)
        if host is not None:
            host.members.append(i)
            host.references.append(i)
            continue
        if reference:
            noun = doc[m.head].lemma_.lower()
            here = _stated_place(facts[i])
            if in_headline:
                pool = sorted(clusters, key=lambda cl: min(cl.members))
            else:
                earlier = [cl for cl in clusters if any(j < i for j in cl.members)]
                pool = sorted(earlier, key=lambda cl: max(j for j in cl.members if j < i), reverse=True)
            # a reference dated well before the news ("The protests began ... in November 2024") is no current event's
            f = facts[i]
            old = f.date is not None and f.date.span is not None and published is not None \
                and parsed.sentences[m.sentence].contains(f.date.span) and f.date.value.latest < published - dt.timedelta(days=background_days)
            fitting = [
                cl for cl in pool
                if (_compatible_reference(m, mentions[cl.head], c, noun) or (loose and _both_violent(m, mentions[cl.head], c))
                    or (follow_up is not None and _hosts(mentions[cl.head], c, m)))
                and not any(_place_conflict(here, _stated_place(facts[j])) for j in cl.members)
                and not (old and cl.status is not None and cl.status.value == "current")
            ]
            words = _words(doc, m)
            # a follow-up is part of the event it follows; else the latest event whose triggers share a word with this
            # one ("rockets hit" ... "the rocket attack"), else of the same sub-type, else of the same type, else any
            # the noun may refer to
            target = next((cl for cl in fitting if follow_up in cl.members), None)
            for tier in () if target is not None else (
                [cl for cl in fitting if any(words & _words(doc, mentions[j]) for j in cl.members)],
                [cl for cl in fitting if mentions[cl.head].sub_event_type == m.sub_event_type],
                [cl for cl in fitting if mentions[cl.head].event_type == m.event_type],
                fitting,
            ):
                if tier:
                    target = next((cl for cl in tier if any(words & _words(doc, mentions[j]) for j in cl.members)), tier[0])
                    break
            if target is None and in_headline:
                # a headline sums up the body: a headline word the classifier typed unlike any body event ("Curfew in
                # Birgunj after stones thrown", "Mostar derby marred by fan violence; 21 detained") is the body's lead
                # event, the first current one not placed elsewhere
                target = next((cl for cl in pool if cl.status is not None and cl.status.value == "current"
                               and not any(_place_conflict(here, _stated_place(facts[j])) for j in cl.members)), None)
                if target is not None and m.event_type in c.violence_types and _lexicon_word(doc[m.head].lemma_.lower(), m.sub_event_type) \
                        and mentions[target.head].sub_event_type == "Other":
                    target.head = i  # "Teacher kidnapped in Ndop" names what the body's "gunmen took a teacher" ("Other") was
            if target is not None:
                target.members.append(i)
                target.references.append(i)
                if m.event_type in c.violence_types and (
                        (predicative and m.status.value != "negated") or (m.specific and not mentions[target.head].specific and not loose)):
                    target.head = i  # the specific word says what the generic one ("struck") was; "it was a suicide attack" too
                continue
        if _is_aggregate(doc, m, facts[i], sentence_text, c) or _is_capability(doc, m, c) or _is_medium_or_description(doc, m, c) \
                or _kind_of(doc, m, c) or _profile(doc, m, c) or _progress(doc, m, c) or _blaze(doc, m, c) or _document(doc, m, c) or (not in_headline and _present_state(doc, parsed, m, facts[i])):
            continue
        if m.sub_event_type in c.byproduct and _in_violent_context(doc, m, mentions, c):
            continue  # "attacked a police station and seized weapons": the seizure is part of the attack
        local = m.status
        if local.value == "background":
            local = dataclasses.replace(local, value="current")
        if local.value == "current":
            recalled, unless_lead = _recall(m, facts[i], parsed, text, published, background_days, stage, c)
            if recalled is None and unless_lead is not None and lead_found and not in_headline:
                recalled = unless_lead
            if recalled is None and (later := _first(c.later, sentence_text)) is not None:
                # "... declared a state of emergency days later": as recalled as the event it follows
                # (not an event only named as the start of a period: "since the truce took effect")
                before = [cl for cl in clusters if any(j < i for j in cl.members) and _since(doc, mentions[cl.head]) is None]
                prev = max(before, key=lambda cl: max(j for j in cl.members if j < i), default=None)
                if prev is not None and prev.status is not None and prev.status.value == "background":
                    start = parsed.sentences[m.sentence].start
                    recalled = _evidence("background", Span(start=start + later.start(), end=start + later.end()), text, stage, 0.6)
            if recalled is not None:
                local = recalled
            elif not in_headline:
                lead_found = True
        status[i] = local
        target = next(
            (cl for cl in clusters if i not in cl.references and cl.status is not None and cl.status.value == local.value and compatible(cl, i)),
            None,
        )
        if target is not None:
            target.members.append(i)
            continue
        clusters.append(Cluster(head=i, members=[i], references=[], status=local))
    clusters.sort(key=lambda cl: min(cl.members))
    return _one_protest_per_place_and_day(clusters, mentions, facts, headline, doc)


PROTEST_SEVERITY = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration")


def _clause_verb(tok: Any) -> Any | None:
    for node in (tok, *tok.ancestors):
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def dates_trigger(doc: Any, m: Mention, date: Span) -> bool:
    """Does a date stated in the trigger's sentence date the trigger's own clause? Not a date of another clause
    that only hangs on it ("detained five of them, who were released on bail on Monday") nor of a main clause
    the trigger is recalled in ("was in a serious condition on Thursday after being struck by a tear gas
    canister during the protest"). A date in a statement's clause dates what it reports ("On Wednesday police said
    they had fired tear gas")."""
    span = doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return True
    own = _clause_verb(doc[m.head])
    theirs = _clause_verb(span.root)
    if own is None or theirs is None or own == theirs:
        return True
    if own not in theirs.subtree:
        return False  # the date hangs on a clause the trigger is not in
    path = []
    node = own
    while node != theirs:
        path.append(node)
        node = node.head
    return not any(t.lower_ in RECALL_LINKS or t.dep_ in ("relcl", "acl")
                   or any(ch.dep_ == "mark" and ch.lower_ in RECALL_LINKS for ch in t.children) for t in path + [node])


def _one_protest_per_place_and_day(
    clusters: list[Cluster], mentions: Sequence[Mention], facts: Sequence[MentionFacts], headline: set[int] = frozenset(),
    doc: Any = None,
) -> list[Cluster]:
    """A rally and its dispersal are one protest event (the most severe sub-type): "thousands rallied in
    Tbilisi ... police used water cannon to clear the avenue"; protesters who riot make it a riot. A date of
    another clause of a member's sentence does not keep them apart (``dates_trigger``)."""

    def date_of(cl: Cluster) -> Any | None:
        return next((facts[j].date.value for j in cl.members if facts[j].date is not None and facts[j].date.span is not None
                     and (doc is None or dates_trigger(doc, mentions[j], facts[j].date.span))), None)

    def severest(cl: Cluster) -> int:
        """The member that names the protest: the most severe sub-type told in the body (a follow-up telling that
        the crowd set fire to vehicles makes the protest a riot; a headline's "clash" does not)."""
        told = [j for j in cl.members if mentions[j].sub_event_type in PROTEST_SEVERITY]
        body = [j for j in told if mentions[j].sentence not in headline] or told
        return max(body, key=lambda j: (PROTEST_SEVERITY.index(mentions[j].sub_event_type), j not in cl.references, -j))

    for cl in clusters:
        if mentions[cl.head].sub_event_type in PROTEST_SEVERITY:
            cl.head = severest(cl)
    out: list[Cluster] = []
    for cl in clusters:
        m = mentions[cl.head]
        target = None
        if m.sub_event_type in PROTEST_SEVERITY and cl.status is not None:
            for other in out:
                o = mentions[other.head]
                if o.sub_event_type not in PROTEST_SEVERITY or other.status is None or other.status.value != cl.status.value:
                    continue
                # a place read from a member's context counts too ("Similar scenes are reported from Backa Palanka"
                # is not the riot in Vrbas told before)
                places = [facts[j].place.value for j in cl.members + other.members if facts[j].place is not None
                          and (facts[j].place.confidence >= 0.8 or facts[j].place.span is not None)]
                if any(_place_conflict(a, b) for a in places for b in places):
                    continue
                d1, d2 = date_of(cl), date_of(other)
                if d1 is not None and d2 is not None and not (d1.earliest <= d2.latest and d2.earliest <= d1.latest):
                    continue
                target = other
                break
        if target is None:
            out.append(cl)
            continue
        target.members.extend(cl.members)
        target.references.extend(cl.references)
        target.head = severest(target)
    return out


def _arresting_raid(doc: Any, m: Mention, i: int, mentions: Sequence[Mention], clusters: list[Cluster], c: Cues) -> Cluster | None:
    """The raid of the same sentence that an arrest was made in, when nothing violent happened in it: "forces
    raided the old city before dawn and arrested five men" is one Arrests event (ACLED), not an armed clash."""
    if m.sub_event_type != "Arrests":
        return None
    sent = doc[m.head].sent
    if any(t.lemma_.lower() in c.violent_outcome for t in sent):
        return None  # "raided a hideout, killing three militants, and arrested two": a clash with arrests
    for cl in clusters:
        h = mentions[cl.head]
        if (len(cl.members) == 1 and h.sentence == m.sentence and h.sub_event_type == "Armed clash"
                and doc[h.head].lemma_.lower() in c.raids and cl.status is not None and cl.status.value == m.status.value):
            return cl
    return None


def _host(doc: Any, m: Mention, i: int, mentions: Sequence[Mention], clusters: list[Cluster],
          facts: Sequence[MentionFacts] | None = None) -> Cluster | None:
    """The event of an earlier trigger of the sentence this one only describes: "killed 18 villagers in
    a raid", "seized the town after heavy fighting" (a clash reported with a territory change)."""
    violent = cues().violence_types
    head = doc[m.head]
    same = [(cl, j) for cl in clusters for j in cl.members if j < i and mentions[j].sentence == m.sentence]
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in ("in", "during", "after", "amid"):
        governor = head.head.head
        for cl, j in same:
            if mentions[j].head == governor.i and mentions[j].event_type in violent:
                return cl
    user = _instrument(head) if head.pos_ == "NOUN" and m.event_type in violent else None
    if user is not None:
        # "one person was killed when supporters fought with sticks, machetes and crude bombs": the weapon the
        # violence of the sentence was done with, not an event of its own — when the verb it was used with is that
        # event's trigger ("US forces responded with counter-battery fire" after "Rockets hit a US base" is a second event)
        for cl, j in same:
            if mentions[j].head == user.i and mentions[cl.head].event_type in violent:
                return cl
    if m.event_type in violent:
        # "a young man was killed when members of two rival groups fought with machetes", "when gunmen stormed the
        # village, five people were killed": the clause says how the other trigger's violence happened
        for cl, j in same:
            other = doc[mentions[j].head]
            if mentions[cl.head].event_type in violent and (_when_of(head, other) or _when_of(other, head)):
                return cl
    for cl, j in same:  # "missile and drone attacks": one trigger word modifies the other's noun
        other = doc[mentions[j].head]
        if other.head.i == head.i and other.dep_ in ("compound", "amod", "conj", "nmod") and head.pos_ == "NOUN":
            return cl
    if m.sub_event_type == "Armed clash":
        for cl, j in same:
            if mentions[j].sub_event_type in TERRITORY:
                return cl
    if m.sub_event_type in FOLLOW_PARTS and head.pos_ == "VERB" and not any(ch.dep_ == "nsubj" for ch in head.children):
        # "the attack ..., in which five civilians were killed and several houses were looted": property destroyed
        # in a violent event is part of it (ACLED), unless the sentence gives the looting a subject of its own
        # or a place of its own ("ambushed a patrol near Ntoroko and torched two trucks in Bundibugyo town")
        here = _stated_place(facts[i]) if facts is not None else None
        for cl, j in same:
            there = _stated_place(facts[j]) if facts is not None else None
            towns = here is not None and there is not None and here.geo_precision < 3 and there.geo_precision < 3
            if mentions[cl.head].event_type in violent \
                    and not (towns and _place_conflict(here, there)):
                return cl
    if m.sub_event_type == "Arrests":  # "police used water cannon ... and detained 30 people"
        for cl, j in same:
            if mentions[cl.head].sub_event_type in ("Protest with intervention", "Excessive force against protesters"):
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


def _when_of(clause: Any, main: Any) -> bool:
    """Is ``clause`` a verb of a "when"/"as" clause hanging on the verb ``main`` (or on the verb ``main`` is the object
    or subject of)?"""
    if clause.pos_ != "VERB" or clause.dep_ not in ("advcl", "relcl") \
            or not any(ch.dep_ in ("mark", "advmod") and ch.lower_ in ("when", "as") and ch.i < clause.i for ch in clause.children):
        return False
    verb = main if main.pos_ in ("VERB", "AUX") else main.head
    # the parser may hang the clause on a time noun of the main clause ("on Saturday night when members ... fought")
    return verb.i in {a.i for a in clause.ancestors}


def _instrument(tok: Any) -> Any | None:
    """The verb whose "with" the noun (or the list it is in) is the object of ("fought with machetes and crude bombs",
    "attacked the village with grenades"), else None."""
    for _ in range(12):
        if tok.dep_ not in ("conj", "appos"):
            break
        tok = tok.head
    # not an absolute "with" that tells what happened ("exchanged fire, with shells landing near Mendhar")
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB" \
            and not any(ch.dep_ in ("acl", "relcl") and ch.pos_ == "VERB" for ch in tok.children):
        return tok.head.head
    return None


def _words(doc: Any, m: Mention) -> set[str]:
    toks = [*doc[m.start_token : m.end_token], doc[m.head]]
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w for t in toks if t.is_alpha for w in (t.lemma_.lower(), t.lower_)}


def _evidence(value: str, span: Span, text: str, stage: str, confidence: float) -> Evidence[str]:
    return Evidence(value=value, span=span, text=span.slice(text), stage=stage, confidence=confidence)
