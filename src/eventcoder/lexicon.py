"""Bundled lexicons: event triggers, country names/adjectives (src/eventcoder/resources); named actors come
from the actor catalogue (eventcoder.catalogue)."""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass

from .resources import alternation, read_text

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")  # regains first


@functools.lru_cache(maxsize=1 << 16)  # the same names come back mention after mention (actors.crowds.party_in: 49k calls per 450 releases)
def normalize(name: str) -> str:
    """Fold a name for lookup: ASCII, lower case, no punctuation except spaces, no leading 'the'."""
    if name.isascii():  # most names: no accents to strip (same result, without the Unicode work)
        text = name.lower()
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", text)).strip()
    return text[4:] if text.startswith("the ") else text


_APOSTROPHES = re.compile("['`\u2019\u02bc]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class TriggerEntry:
    sub_event_type: str
    event_type: str
    disorder_type: str
    plover: str
    lemmas: frozenset[str]
    phrases: tuple[str, ...]
    pos: frozenset[str]  # empty: any part of speech
    specific: bool
    needs: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorEntry:
    name: str
    inter: int
    country: str | None
    kind: str
    aliases: tuple[str, ...]
    by_country: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class CountryEntry:
    iso: str
    name: str
    aliases: tuple[str, ...]


def _plural(phrase: str) -> str:
    if phrase.endswith(("s", "ed", "of", "fire", "down", "gas", "cannon", "custody", "ablaze")):
        return phrase
    return phrase + "es" if phrase.endswith(("sh", "ch")) else phrase + "s"


@functools.cache
def triggers() -> tuple[TriggerEntry, ...]:
    out = []
    for raw in _trigger_file()["trigger"]:
        phrases = {p.lower() for p in raw.get("phrases", [])}
        phrases |= {_plural(p) for p in phrases}
        out.append(
            TriggerEntry(
                sub_event_type=raw["sub_event_type"],
                event_type=raw["event_type"],
                disorder_type=DISORDER[raw["event_type"]],
                plover=raw["plover"],
                lemmas=frozenset(w.lower() for w in raw.get("lemmas", [])),
                phrases=tuple(sorted(phrases)),
                pos=frozenset(raw.get("pos", [])),
                specific=bool(raw.get("specific", True)),
                needs=frozenset(raw.get("needs", [])),
            )
        )
    return tuple(out)


@dataclass(frozen=True, slots=True, kw_only=True)
class SubType:
    name: str
    event_type: str
    disorder_type: str
    plover: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Cues:
    lemmas: frozenset[str]
    phrases: tuple[str, ...]


@functools.cache
def _trigger_file() -> dict:
    return tomllib.loads(read_text("triggers.toml"))


@functools.cache
def subtypes() -> tuple[SubType, ...]:
    """The 25 ACLED sub-event types, in the order of triggers.toml."""
    return tuple(
        SubType(name=raw["name"], event_type=raw["event_type"], disorder_type=DISORDER[raw["event_type"]], plover=raw["plover"])
        for raw in _trigger_file()["subtype"]
    )


@functools.cache
def subtype(name: str) -> SubType:
    for s in subtypes():
        if s.name == name:
            return s
    raise KeyError(name)


@functools.cache
def cues() -> Cues:
    """Words that make a sentence a candidate event sentence for the classifier."""
    raw = _trigger_file()["cues"]
    return Cues(lemmas=frozenset(w.lower() for w in raw["lemmas"]), phrases=tuple(sorted({p.lower() for p in raw["phrases"]})))


@functools.cache
def territory_nouns() -> frozenset[str]:
    """The place nouns a trigger's "territory" need accepts (triggers.toml [needs] territory)."""
    return frozenset(w.lower() for w in _trigger_file()["needs"]["territory"])


@dataclass(frozen=True, slots=True, kw_only=True)
class Hazards:
    agents: frozenset[str]  # natural hazards, diseases, animals: what kills without a political actor
    accident_verbs: frozenset[str]  # "derailed", "capsized" (with no object)
    vehicles: frozenset[str]  # "a truck struck a car": a vehicle running into another is a road accident
    sources: frozenset[str]  # "fireworks", "gas cylinder": what blows up in an accident
    pyrotechnics: frozenset[str]  # "fireworks mortars", "firework rockets": no weapon
    death_verbs: frozenset[str]  # "die", "kill": a death whose cause the sentence may name
    accidental: frozenset[str]  # "accidentally": an act told as done by accident
    drills: frozenset[str]  # "exercise", "training": a weapon's blast during them is an accident of training
    blast_verbs: frozenset[str]  # "explode", "go (off)": the verbs of a weapon's blast
    feigned: frozenset[str]  # "simulated", "mock": an act only played in a drill
    causes: re.Pattern[str]  # "non-combat", "natural causes", "a road accident": a cause of death that is no violence
    no_attack: re.Pattern[str]  # "there was no attack", "ruled out an attack", "controlled detonations": an accident told


@functools.cache
def hazards() -> Hazards:
    """What kills in disasters and accidents (triggers.toml [hazards]): such a doer makes no event."""
    raw = _trigger_file()["hazards"]
    return Hazards(
        causes=re.compile(rf"\b({alternation(sorted((w.lower() for w in raw['causes']), key=len, reverse=True))})\b", re.I),
        no_attack=re.compile("|".join(f"(?:{p})" for p in raw["no_attack"]), re.I),
        **{key: frozenset(w.lower() for w in raw[key]) for key in ("agents", "accident_verbs", "vehicles", "sources", "pyrotechnics", "death_verbs",
                                                                   "accidental", "drills", "blast_verbs", "feigned")},
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class ProtestContext:
    gathering: frozenset[str]  # lemmas of a gathering: the Peaceful protest trigger words and triggers.toml's list
    during: frozenset[str]  # words that put an action at the time of the gathering ("as", "during")
    blocking: frozenset[str]  # verbs of blocking a road: a protest when no armed actor does it
    sitting: frozenset[str]  # verbs of sitting or lying down on a way ("sat on a road"): a sit-in blockade...
    sitting_preps: frozenset[str]  # ...and the prepositions that put the people on it ("on", "across")
    ways: frozenset[str]  # what they block then: a road, a bridge, an entrance
    crowd_moves: frozenset[str]  # "ride", "drive", "occupy": people coming or staying together (a protest with a claim)
    refusing: frozenset[str]  # "refused to leave": the verb of people refusing to end their protest...
    staying: frozenset[str]  # ...and what they refused to do ("leave", "disperse")
    props: frozenset[str]  # what protesters hold ("a placard", "a banner")...
    holding: frozenset[str]  # ...held: the word a prop hangs on ("with", "holding")
    message_verbs: frozenset[str]  # "read", "say": a held thing whose words they tell ("signs reading ...")
    bare_gathering: frozenset[str]  # "gather": no protest told by itself in the arrested's clause
    just_after: frozenset[str]  # "after they blocked the gates": the arrested's act just before the arrest
    rally_verbs: frozenset[str]  # "rallied", "marched": a crowd's protest told by its verb (``codebook.counted_rally``)...
    rally_nouns: frozenset[str]  # ..."rally", "march": or by its noun...
    held_verbs: frozenset[str]  # ..."held", "took place", "went ahead", "took part in": the noun's verb of a protest held
    crowd_counts: frozenset[str]  # "hundreds", "thousands": a crowd counted without a number
    rival_marks: frozenset[str]  # "smaller rallies", "a rival march": one more protest of the same day
    campaign: frozenset[str]  # "campaign", "candidate": an election rally, no protest (eval/WRITERS.md negatives)
    removing: frozenset[str]  # "remove", "clear": forces removing a crowd intervene in its protest


@functools.cache
def protest_context() -> ProtestContext:
    """Words that place an arrest at a protest (triggers.toml [protest_context] plus the Peaceful protest triggers)."""
    raw = _trigger_file()["protest_context"]
    protest = {w for e in triggers() if e.sub_event_type == "Peaceful protest" for w in e.lemmas}
    return ProtestContext(gathering=frozenset(w.lower() for w in raw["gathering"]) | protest, during=frozenset(w.lower() for w in raw["during"]),
                          blocking=frozenset(w.lower() for w in raw["blocking"]), ways=frozenset(w.lower() for w in raw["ways"]),
                          sitting=frozenset(w.lower() for w in raw["sitting"]), sitting_preps=frozenset(w.lower() for w in raw["sitting_preps"]),
                          crowd_moves=frozenset(w.lower() for w in raw["crowd_moves"]),
                          refusing=frozenset(w.lower() for w in raw["refusing"]), staying=frozenset(w.lower() for w in raw["staying"]),
                          props=frozenset(w.lower() for w in raw["props"]), holding=frozenset(w.lower() for w in raw["holding"]),
                          message_verbs=frozenset(w.lower() for w in raw["message_verbs"]),
                          bare_gathering=frozenset(w.lower() for w in raw["bare_gathering"]),
                          just_after=frozenset(w.lower() for w in raw["just_after"]),
                          **{key: frozenset(w.lower() for w in raw[key]) for key in ("rally_verbs", "rally_nouns", "held_verbs", "crowd_counts", "rival_marks", "campaign", "removing")})


@dataclass(frozen=True, slots=True, kw_only=True)
class Crimes:
    reasons: frozenset[str]  # what an arrest for an ordinary crime is for
    arms: frozenset[str]  # arms: an arrest for smuggling them is no ordinary crime
    collectives: frozenset[str]  # "a gang of car thieves": the of-phrase names the arrested
    motives: frozenset[str]  # a killing for gain or over a private quarrel ("robbers", "after an argument")
    quarrels: frozenset[str]  # "dispute", "row": a private quarrel only with one of ``private``
    private: frozenset[str]  # "a family dispute", "a dispute over money"
    kin: frozenset[str]  # "shot dead his wife": the killer's own kin or colleague
    gangs: frozenset[str]  # "gang", "cartel": organised criminal groups
    gang_conflicts: frozenset[str]  # "feud", "turf", "score": a conflict between them (political violence)
    on_duty: frozenset[str]  # "checkpoint", "bribe": a state force's killing on duty (no private crime)
    herds: frozenset[str]  # "cattle", "zebu": "cattle thieves" raid herds, no ordinary crime when they kill


@functools.cache
def crimes() -> Crimes:
    """Words of arrests for ordinary crimes (triggers.toml [crime])."""
    raw = _trigger_file()["crime"]
    return Crimes(**{key: frozenset(w.lower() for w in raw[key]) for key in ("reasons", "arms", "collectives", "motives", "quarrels", "private", "kin", "gangs", "gang_conflicts", "on_duty", "herds")})


@dataclass(frozen=True, slots=True, kw_only=True)
class CodebookWords:
    protest_nouns: frozenset[str]  # "protest", "rally": a sentence about a protest
    legislators: frozenset[str]  # "parliament", "speaker": who clash in words, beside office holders and politicians
    verbal: frozenset[str]  # "verbally", "insult": a clash of words
    bodily: frozenset[str]  # "blow", "injure", "chair": bodily violence, which a clash of words has none of
    state_forces: frozenset[str]  # besides the military and police words ("security forces")
    lethal_force: re.Pattern[str]  # "opened fire", "live ammunition", "shot dead"
    withdrawal_marks: frozenset[str]  # "after", "when": a verb of leaving before the taking
    fought_withdrawal: frozenset[str]  # "gunfire", "siege", "under fire": the leaving was forced by fighting
    unfought: frozenset[str]  # "fighting", "shot", "resistance": what a text denies to tell ground taken without a fight
    fight_negators: frozenset[str]  # "no", "without": what denies them
    nobody: frozenset[str]  # "nobody", "none": a doer that denies them ("nobody fired a shot")
    leaving_phrasal: frozenset[str]  # "slip:away": a verb of leaving with its particle
    entry_verbs: frozenset[str]  # "walk", "move": a verb of moving that takes the place it goes "into"
    force_told: frozenset[str]  # "fire", "pellets": force on protesters told without `lethal_force`
    thrown_at: frozenset[str]  # "at", "through": where a thrown incendiary went
    blasts: frozenset[str]  # "blast", "explosion"
    suspicion: frozenset[str]  # "suspected", "alleged": a crime word that accuses
    measures: frozenset[str]  # "curfew", "state:emergency" (a noun and the word that makes it the measure)
    measure_verbs: frozenset[str]  # "declare", "impose", "extend": what makes the measure an event (Other)
    measure_not: frozenset[str]  # "covid", "election": a measure that is no event
    measure_ends: frozenset[str]  # "lift", "end": a measure ended, no event
    no_act_verbs: frozenset[str]  # "track", "approach", "question": a verb that names no act of an event
    occasion_verbs: frozenset[str]  # "mark", "commemorate": a gathering held for an occasion
    occasions: frozenset[str]  # "festival", "funeral", "pilgrim": an occasion or the people who keep it
    claims: frozenset[str]  # "demand", "chant", "against": what makes a gathering a protest
    levies: frozenset[str]  # "levy", "zakat", "toll": a payment an armed group imposes (Other)
    levy_verbs: frozenset[str]  # "impose", "collect", "extort": what an armed group does with a levy
    order_verbs: frozenset[str]  # "order", "tell", "make": an armed group's order to people
    compliance_verbs: frozenset[str]  # "pay", "leave", "close", "cover": what the order makes people do
    duty_verbs: frozenset[str]  # "have", "need": "would have to pay", the duty an order lays on people
    ban_verbs: frozenset[str]  # "ban", "forbid": a rule an armed group lays down
    mutiny: frozenset[str]  # "mutiny", "mutinied": soldiers who mutiny (Other, unless they fight loyal troops)
    two_sided: frozenset[str]  # "clash", "gunfight", "resist": fighting between two sides (no one-sided Attack)
    hidden_forces: frozenset[str]  # "intelligence", "plain-clothes": forces whose detentions are disappearances
    property_verbs: frozenset[str]  # "burn", "loot", "steal": what is done to property (Looting/property destruction)
    property_particles: frozenset[str]  # "off", "down": a verb with one ("drove off cattle", "tore down homes") takes or wrecks property
    unplain_police: frozenset[str]  # "officer": a police word that does not make the doer plain police
    mine_contact_verbs: frozenset[str]  # "strike", "step": running into a mine or device (a remote explosive)
    killing_euphemisms: frozenset[str]  # "send:hell": a press office's verb of killing and the object of its "to"
    shots: frozenset[str]  # "shots", "rounds": what is fired ("shots were fired at a police patrol": forces shot at)
    property_crimes: frozenset[str]  # "rob", "steal": taking property that is an ordinary crime's, not an attack's
    holding_verbs: frozenset[str]  # "kidnap", "hold", "detain": what captives freed had been subjected to
    remnant_marks: frozenset[str]  # "old", "unexploded", "left": a munition that is a remnant of war
    remnants: frozenset[str]  # "bomblet", "shell", "mine": munitions that go off as remnants
    blast_verbs: frozenset[str]  # "explode", "go:off": a munition going off (verb lemma, or lemma:particle)
    civil_matters: frozenset[str]  # "pipeline", "flight", "trade": what states agree on as business (no Agreement event)
    conflict_matters: frozenset[str]  # "truce", "captive", "fighter", "disputed": an agreement between conflict actors
    incendiaries: re.Pattern[str]  # "petrol bomb", "Molotov": a thrown incendiary, no explosive weapon
    hidden_fate: re.Pattern[str]  # "whereabouts", "not been seen since": a detention that is a disappearance


@functools.cache
def codebook_words() -> CodebookWords:
    """Words of the codebook rules (triggers.toml [codebook])."""
    raw = _trigger_file()["codebook"]
    return CodebookWords(
        lethal_force=re.compile(rf"\b({alternation(sorted(raw['lethal_force'], key=len, reverse=True))})\b", re.I),
        incendiaries=re.compile(rf"\b({alternation(sorted(raw['incendiaries'], key=len, reverse=True))})", re.I),
        hidden_fate=re.compile("|".join(f"(?:{p})" for p in raw["hidden_fate"]), re.I),
        **{key: frozenset(w.lower() for w in raw[key]) for key in ("protest_nouns", "state_forces", "withdrawal_marks", "blasts", "suspicion", "measures", "measure_verbs", "measure_not", "measure_ends",
                                                                "no_act_verbs", "occasion_verbs", "occasions", "claims", "levies", "levy_verbs", "order_verbs",
                                                                "compliance_verbs", "duty_verbs", "ban_verbs", "mutiny", "two_sided", "legislators", "verbal", "bodily",
                                                                "hidden_forces", "property_verbs", "property_particles", "unplain_police", "mine_contact_verbs",
                                                                "civil_matters", "conflict_matters",
                                                                "remnant_marks", "remnants", "blast_verbs", "holding_verbs",
                                                                "killing_euphemisms", "shots", "property_crimes", "unfought",
                                                                "fight_negators", "nobody", "leaving_phrasal", "entry_verbs", "force_told", "thrown_at", "fought_withdrawal")},
    )


@functools.cache
def actors() -> tuple[ActorEntry, ...]:
    """Named actors with their aliases, from the actor catalogue (eventcoder.catalogue, resources/actors/)."""
    from .catalogue import by_name

    return tuple(
        ActorEntry(name=e.name, inter=e.inter, country=e.country, kind=e.kind, aliases=e.aliases, by_country=False)
        for e in by_name().values()
    )


@functools.cache
def actors_by_name() -> dict[str, ActorEntry]:
    """``actors()`` by their (unique) names."""
    return {a.name: a for a in actors()}


@functools.cache
def countries() -> tuple[CountryEntry, ...]:
    """Countries with ACLED-style names. Those not in countries.tsv come from pycountry."""
    import pycountry

    listed: dict[str, CountryEntry] = {}
    for line in read_text("countries.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        iso, name, *rest = line.split("\t")
        aliases = tuple(a for a in (rest[0].split("|") if rest else []) if a)
        listed[iso] = CountryEntry(iso=iso, name=name, aliases=aliases)
    for country in pycountry.countries:
        iso = country.alpha_2
        extra = tuple({country.name, getattr(country, "common_name", country.name), getattr(country, "official_name", country.name)})
        if iso in listed:
            entry = listed[iso]
            listed[iso] = CountryEntry(iso=iso, name=entry.name, aliases=entry.aliases + extra)
        else:
            name = getattr(country, "common_name", None) or country.name
            listed[iso] = CountryEntry(iso=iso, name=name, aliases=extra)
    return tuple(listed.values())


@functools.cache
def country_by_iso() -> dict[str, CountryEntry]:
    return {c.iso: c for c in countries()}


_CASE_SENSITIVE = re.compile(r"^[A-Z][A-Z.]{0,4}$")  # "US", "U.S.", "IS", "UAE": match exact case only


@functools.cache
def country_lookup() -> dict[str, str]:
    """Folded country name or adjective -> alpha-2. Short all-caps aliases are kept case-sensitive."""
    table: dict[str, str] = {}
    for entry in countries():
        for alias in (entry.name, *entry.aliases):
            key = alias if _CASE_SENSITIVE.match(alias) else normalize(alias)
            if key:
                table.setdefault(key, entry.iso)
    return table


@functools.lru_cache(maxsize=1 << 16)  # (asked of every entity and mention; the tables it reads never change)
def country_of(text: str) -> str | None:
    """The country a name or adjective refers to ("Iraqi", "U.S.", "Syria's"), or None."""
    stripped = re.sub(r"['\u2019]s$", "", text.strip())
    table = country_lookup()
    if _CASE_SENSITIVE.match(stripped) and stripped in table:
        return table[stripped]
    return table.get(normalize(stripped))


_MIXED_CASE = re.compile(r"^[A-Z][A-Za-z]{0,3}$")  # "LeT", "JeM", "TdA", "PDFs": short names with an inner capital


def is_case_sensitive(alias: str) -> bool:
    """Match exact case only: short all-caps names ("US", "IS") and short mixed-case abbreviations ("LeT" is
    Lashkar-e-Taiba, "let" a verb; "JeM", "TdA", "NaMA")."""
    if _CASE_SENSITIVE.match(alias):
        return True
    return bool(_MIXED_CASE.match(alias)) and any(c.isupper() for c in alias[1:])
