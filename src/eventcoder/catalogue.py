"""The actor catalogue: the one loader of resources/actors/ (format in resources/actors/README.md).

* ``governments.tsv`` — government periods per country; every period gives "Military Forces of X (YYYY-)"
  and "Police Forces of X (YYYY-)".
* ``groups.tsv`` — named actors with inter code, home country, kind, parent and aliases; "@military:XX" /
  "@police:XX" rows are aliases of a country's state forces (named for the period of the event date).
* ``identities.tsv`` — ethnic groups, clans and tribes: "<Group> Ethnic/Clan/Tribal Militia (X)".
* ``parties.tsv`` — political parties (civilian actors whose members are arrested, whose supporters protest).
* ``generic.tsv`` — "Protesters (X)", "Civilians (X)", ... made for every country.
* ``words.toml`` — one word list per concept (armed, civilian, military, police, protesters...).
* ``local_names.tsv`` — a generic actor's name in one country and period ("the coalition" in Afghanistan → ISAF).
* ``implicit.tsv`` — the group an unnamed "militants"/"suicide bomber" stands for in one country, region and period.
* ``territories.tsv`` — territories coded under a sovereign country (Hong Kong → China; only the state forces: New Caledonia → France).
* ``local_units.tsv`` — state units named by a plain word only in one country ("rangers" in Thailand and Pakistan).
* ``roles.toml`` — per sub-event type: no target at all, or the default target (ACLED conventions).

Public helpers: :func:`named_actors` (entries with aliases, for the entity ruler and role finding),
:func:`entries` (the whole catalogue), :func:`state_forces`, :func:`resolve`, :func:`home_country`
(for place disambiguation), :func:`words`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import tomllib
from dataclasses import dataclass

from .lexicon import country_by_iso, normalize
from .model import Actor
from .resources import read_text, word_lists

DIR = "actors"
_NO_THE = ("United States", "United Kingdom", "United Arab Emirates", "Central African Republic", "Philippines", "Netherlands", "Gambia", "Bahamas")
_PERIOD = re.compile(r"\s*\((?:19|20)\d\d-(?:(?:19|20)\d\d)?\)")


@dataclass(frozen=True, slots=True, kw_only=True)
class CatalogueEntry:
    name: str  # canonical name; "@military:XX" / "@police:XX" for state-force aliases
    inter: int
    country: str | None  # alpha-2 of the actor's home, if any
    kind: str  # state | rebel | militia | identity_militia | external | party | protesters | rioters | civilians | other
    parent: str | None
    aliases: tuple[str, ...]
    state_from: dt.date | None = None  # from this day the group is its home country's state forces


@dataclass(frozen=True, slots=True, kw_only=True)
class Period:
    iso: str
    start: int
    end: int | None
    who: str
    start_day: dt.date | None = None  # the day the government took office, when known (before it, the previous period)

    @property
    def begins(self) -> dt.date:
        """The first day of the period: the day it took office, else 1 January of its first year."""
        return self.start_day or dt.date(self.start, 1, 1)


def _rows(name: str) -> list[list[str]]:
    out = []
    for line in read_text(f"{DIR}/{name}").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.rstrip("\n").split("\t"))
    return out


@functools.cache
def governments() -> dict[str, tuple[Period, ...]]:
    table: dict[str, list[Period]] = {}
    for iso, start, end, *rest in _rows("governments.tsv"):
        who = rest[0] if rest else ""
        start_day = dt.date.fromisoformat(rest[1]) if len(rest) > 1 and rest[1] else None
        table.setdefault(iso, []).append(Period(iso=iso, start=int(start), end=int(end) if end else None, who=who, start_day=start_day))
    return {iso: tuple(sorted(ps, key=lambda p: p.begins)) for iso, ps in table.items()}


def country_phrase(iso: str | None) -> str:
    """The country as written inside an actor name ("the United States", "Syria")."""
    entry = country_by_iso().get(iso or "")
    if entry is None:
        return "Unknown"
    return f"the {entry.name}" if entry.name in _NO_THE else entry.name


def country_name(iso: str | None) -> str | None:
    entry = country_by_iso().get(iso or "")
    return entry.name if entry else None


def period(iso: str, day: dt.date | None = None) -> Period | None:
    """The government period in force on ``day`` (the latest period when no day is given; None before the
    first period the catalogue knows)."""
    periods = governments().get(iso, ())
    if not periods:
        return None
    if day is None:
        return periods[-1]
    # the last period begun by that day ("Military Forces of Afghanistan (2021-)" from 15 August 2021; in a gap
    # between periods, the one before it); before the first period the catalogue knows, none (a later
    # government's years would be wrong)
    started = [p for p in periods if p.begins <= day]
    return started[-1] if started else None


def state_forces(kind: str, iso: str, day: dt.date | None = None) -> str:
    """"Military Forces of X (YYYY-)", "Police Forces of X (YYYY-)" or "Government of X (YYYY-)" (kind
    "military", "police", "government") for the period of ``day``."""
    prefix = {"police": "Police Forces of", "government": "Government of"}.get(kind, "Military Forces of")
    p = period(iso, day)
    label = f"{prefix} {country_phrase(iso)}"
    if p is None:
        return label
    return f"{label} ({p.start}-{p.end if p.end else ''})"


@functools.cache
def named_actors() -> tuple[CatalogueEntry, ...]:
    """Actors with aliases: named groups and the aliases of state forces (groups.tsv)."""
    out = []
    for row in _rows("groups.tsv"):
        name, inter, country, kind, parent, aliases = row[:6]
        state_from = dt.date.fromisoformat(row[6]) if len(row) > 6 and row[6] else None
        out.append(
            CatalogueEntry(
                name=name,
                inter=int(inter),
                country=country or None,
                kind=kind,
                parent=parent or None,
                aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()),
                state_from=state_from,
            )
        )
    # a named group's alias is that group's, not the community's generated one ("Dogon militia" is Dan Na Ambassagou,
    # "Lendu militia" CODECO): the entity ruler would otherwise pick either of two equal matches
    taken = {a.lower() for e in out for a in e.aliases}
    identities = tuple(dataclasses.replace(e, aliases=tuple(a for a in e.aliases if a.lower() not in taken)) for e in identity_militias())
    return tuple(out) + identities + parties()


@functools.cache
def parties() -> tuple[CatalogueEntry, ...]:
    """Political parties (parties.tsv): civilian actors (inter 7, kind "party")."""
    return tuple(
        CatalogueEntry(name=name, inter=7, country=country or None, kind="party", parent=None,
                       aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()))
        for name, country, aliases in (row[:3] for row in _rows("parties.tsv"))
    )


SUPPORTER_WORDS = ("supporters", "activists", "workers", "members", "cadres")


@functools.cache
def supporters_parties() -> dict[str, CatalogueEntry]:
    """The party behind each groups.tsv row of a party's supporters ("BNP supporters" -> BNP: Bangladesh Nationalist
    Party), as a civilian party (kind "party", inter 7), by the folded party name the aliases give ("bnp",
    "bangladesh nationalist party"): arrested leaders of the BNP are the party, not its militia."""
    table: dict[str, CatalogueEntry] = {}
    for e in named_actors():
        if e.kind != "militia":
            continue
        stems = [a.rsplit(" ", 1)[0] for a in e.aliases if a.rsplit(" ", 1)[-1].lower() in SUPPORTER_WORDS and " " in a]
        if not stems:
            continue
        party = CatalogueEntry(name=e.name, inter=7, country=e.country, kind="party", parent=None, aliases=tuple(stems))
        for stem in stems:
            table.setdefault(normalize(stem), party)
    return table


def supporters_party(name: str) -> CatalogueEntry | None:
    """The civilian party of a supporters' row by its name ("BNP: Bangladesh Nationalist Party"), else None."""
    return next((e for e in supporters_parties().values() if e.name == name), None)


@functools.cache
def identity_spellings() -> dict[str, CatalogueEntry]:
    """Folded group names of identities.tsv -> their entry, for coordinated names ("Tiv and Jukun youths")."""
    table: dict[str, CatalogueEntry] = {}
    for e in identity_militias():
        for alias in e.aliases:
            if alias.startswith("armed "):
                table.setdefault(normalize(alias.removeprefix("armed ")), e)
    return table


@functools.cache
def identity_militias() -> tuple[CatalogueEntry, ...]:
    """"<Group> <Label> Militia (<Country>)" entries of identities.tsv, matched by a group name next to a member
    word ("Pokot raiders", "Majerteen elders", "armed Murle"), never by the bare name."""
    out = []
    for row in _rows("identities.tsv"):
        group, label, countries = row[:3]
        spellings = [group, *(a.strip() for a in (row[3] if len(row) > 3 else "").split("|") if a.strip())]
        home = countries.split("|")[0]
        members = sorted(words("identity_members"))
        aliases = [f"{s} {w}" for s in spellings for w in members] + [f"armed {s}" for s in spellings]
        out.append(CatalogueEntry(name=f"{group} {label} Militia ({country_name(home)})", inter=4, country=home,
                                  kind="identity_militia", parent=None, aliases=tuple(aliases)))
    return tuple(out)


@functools.cache
def identity_labels() -> frozenset[str]:
    """identities.tsv names without their country ("Fulani Ethnic Militia"): a community, not a named armed group."""
    return frozenset(e.name.rsplit(" (", 1)[0] for e in identity_militias())


@functools.cache
def by_name() -> dict[str, CatalogueEntry]:
    table: dict[str, CatalogueEntry] = {}
    for e in named_actors():
        if e.name in table:  # a second alias row for the same state forces: merge aliases
            old = table[e.name]
            table[e.name] = CatalogueEntry(name=e.name, inter=old.inter, country=old.country, kind=old.kind, parent=old.parent, aliases=old.aliases + e.aliases, state_from=old.state_from)
        else:
            table[e.name] = e
    return table


@functools.cache
def generic_templates() -> tuple[tuple[str, int, str], ...]:
    return tuple((t, int(inter), kind) for t, inter, kind in _rows("generic.tsv"))


def generic(label: str, iso: str | None) -> str:
    """A generic actor of a country: generic("Protesters", "KE") -> "Protesters (Kenya)"."""
    name = country_name(iso)
    return f"{label} ({name or 'International'})"


UNIDENTIFIED = "Unidentified"
# the generic actors named by what they are, not by who ("Civilians (Kenya)", "Protesters (Sudan)")
CROWDS = ("Civilians", "Protesters", "Rioters")
CROWD_KINDS = tuple(name.lower() for name in CROWDS)  # their kinds (generic.tsv)
PEACEFUL_KINDS = ("civilians", "protesters")  # ... those not told as violent (rioters are): no armed side
DEMONSTRATOR_KINDS = ("protesters", "rioters")  # ... those who demonstrate, peacefully or not
STATE_KINDS = ("state", "external")  # the kinds of a state's own actors: its forces and government at home, or abroad
NONSTATE_KINDS = ("rebel", "militia", "identity_militia")  # the kinds of non-state armed groups (groups.tsv, identities.tsv)
NONSTATE_INTERS = (2, 3, 4)  # ... and their inter codes: rebels, political militias, identity militias
ORGANISED_KINDS = ("rebel", "militia")  # rebels and political militias: the non-state armed groups not of a community
ORGANISED_INTERS = (2, 3)  # ... and their inter codes
STATE_INTERS = (1, 8)  # the inter codes of a state's forces, at home or abroad


def nonstate_armed(actor: Actor | CatalogueEntry) -> bool:
    """Is the actor a non-state armed group (rebels, a militia, an identity militia) by its kind or inter code?"""
    return actor.kind in NONSTATE_KINDS or actor.inter in NONSTATE_INTERS


def organised_armed(actor: Actor | CatalogueEntry) -> bool:
    """Is the actor a rebel group or a political militia by its kind or inter code (not a community's militia)?"""
    return actor.kind in ORGANISED_KINDS or actor.inter in ORGANISED_INTERS


def is_unidentified(name: str) -> bool:
    """Is this any actor the text does not name: the unnamed armed group, an unnamed clan, tribe or community
    ("Unidentified Clan Militia (X)") or unnamed foreign forces ("Unidentified Military Forces")?"""
    return name.startswith(UNIDENTIFIED)


def is_generic(name: str) -> bool:
    """Is this an actor no one named: an unidentified one or a crowd (civilians, protesters, rioters)?"""
    return is_unidentified(name) or name.startswith(CROWDS)


@functools.cache
def entries() -> tuple[CatalogueEntry, ...]:
    """The whole catalogue: state forces per government period, named actors, generic actors per country."""
    out: list[CatalogueEntry] = []
    for iso, periods in governments().items():
        for p in periods:
            for kind in ("military", "police"):
                prefix = {"police": "Police Forces of", "government": "Government of"}.get(kind, "Military Forces of")
                name = f"{prefix} {country_phrase(iso)} ({p.start}-{p.end or ''})"
                out.append(CatalogueEntry(name=name, inter=1, country=iso, kind="state", parent=None, aliases=()))
    for e in by_name().values():
        if not e.name.startswith("@"):
            out.append(e)
    for template, inter, kind in generic_templates():
        if "{country}" not in template:
            out.append(CatalogueEntry(name=template, inter=inter, country=None, kind=kind, parent=None, aliases=()))
            continue
        for iso in governments():
            out.append(CatalogueEntry(name=template.format(country=country_name(iso)), inter=inter, country=iso, kind=kind, parent=None, aliases=()))
    return tuple(out)


@functools.cache
def _alias_keys() -> tuple[tuple[str, CatalogueEntry], ...]:
    """(lookup key, entry) of every name and alias, folded once (10,000+ aliases). The folded keys are cached
    on disk (eventcoder.diskcache), keyed by the aliases themselves and the folding code (lexicon.py)."""
    pairs = [(alias, e) for e in by_name().values() for alias in (e.name, *e.aliases) if not alias.startswith("@")]
    keys = _folded_keys(tuple(alias for alias, _ in pairs))
    return tuple(zip(keys, (e for _, e in pairs)))


def _folded_keys(aliases: tuple[str, ...]) -> list[str]:
    from pathlib import Path

    from . import lexicon
    from .diskcache import cached

    def build() -> list[str]:
        return [alias if _case_sensitive(alias) else normalize(alias) for alias in aliases]

    return cached("alias-keys", [Path(lexicon.__file__).read_bytes(), "\0".join(aliases)], build)


@functools.cache
def _alias_table() -> dict[str, CatalogueEntry]:
    table: dict[str, CatalogueEntry] = {}
    for key, e in _alias_keys():
        table.setdefault(key, e)
    return table


@functools.cache
def _alias_entries() -> dict[str, tuple[CatalogueEntry, ...]]:
    table: dict[str, dict[str, CatalogueEntry]] = {}
    for key, e in _alias_keys():
        table.setdefault(key, {}).setdefault(e.name, e)  # by name: comparing whole entries is slow
    return {k: tuple(v.values()) for k, v in table.items()}


def warm() -> None:
    """Build the alias tables now (the pipeline's warm-up), not during the first article's time budget."""
    _alias_table()
    _alias_entries()
    identity_spellings()


def in_country(entry: CatalogueEntry, alias: str, event_iso: str | None) -> CatalogueEntry:
    """The entry an ambiguous alias means in the event's country ("SNA" in Syria is the Syrian National
    Army, in Somalia the Somali army), else the entry with no home country that shares it ("herders" in Kenya: an
    unnamed community, WRITERS Herders); ``entry`` when the alias is not shared or no entry fits better."""
    if event_iso and entry.country == event_iso:
        return entry
    table = _alias_entries()
    stripped = alias.strip()
    options = table.get(stripped) or table.get(normalize(stripped)) or ()
    if not event_iso:  # no country known: the row with a home, as the alias was read before rows without one shared it
        return entry if entry.country else next((e for e in options if e.country), entry)
    local = next((e for e in options if e.country == event_iso), None)
    if local is not None or not entry.country:
        return local or entry
    # else a row with no home ("herders" outside Nigeria are an unnamed community, not the Fulani of Nigeria)
    return next((e for e in options if not e.country), entry)


def foreign_description(entry: CatalogueEntry, said: str, event_iso: str | None) -> bool:
    """Is ``said`` a plain description (an alias written in lower case: "resistance fighters", "vigilantes",
    "separatist fighters", "communist rebels") of a non-state group of another country than the event's? Such words
    name the group only at home; elsewhere they are no name (the phrase's own words decide: armed men, a militia)."""
    if not event_iso or not entry.country or entry.country == event_iso or entry.kind not in ORGANISED_KINDS:
        return False
    if actor_country(event_iso) == entry.country:
        return False  # a territory that takes its sovereign's names
    key = normalize(said.strip())
    return any(alias.islower() and normalize(alias) == key for alias in entry.aliases)


def _case_sensitive(alias: str) -> bool:
    from .lexicon import is_case_sensitive

    return is_case_sensitive(alias)


def lookup(text: str) -> CatalogueEntry | None:
    """The named actor a name or alias refers to ("Houthis", "KH", "Kata'ib Hezbollah"), or None."""
    table = _alias_table()
    stripped = text.strip()
    if stripped in table:
        return table[stripped]
    return table.get(normalize(_PERIOD.sub("", stripped)))


def strip_period(name: str) -> str:
    return _PERIOD.sub("", name).strip()


@functools.cache
def _home_table() -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for e in entries():
        table.setdefault(normalize(strip_period(e.name)), e.country)
    return table


def home_country(name: str) -> str | None:
    """Alpha-2 home country of an actor given by canonical name or alias, or None (for geo disambiguation).

    "Military Forces of Nigeria (2023-)" -> "NG"; "Houthis" -> "YE"; "Al Shabaab" -> "SO"; "Protesters (Kenya)" -> "KE".
    """
    found = lookup(name)
    if found is not None:
        return found.country
    return _home_table().get(normalize(strip_period(name)))


@functools.cache
def _local_names() -> dict[tuple[str, str], tuple[tuple[int, int | None, str], ...]]:
    table: dict[tuple[str, str], list[tuple[int, int | None, str]]] = {}
    for name, iso, start, end, local in _rows("local_names.tsv"):
        table.setdefault((name, iso), []).append((int(start), int(end) if end else None, local))
    return {k: tuple(v) for k, v in table.items()}


def _local_name(name: str, event_iso: str | None, day: dt.date | None) -> str | None:
    """The name analysts use for a generic actor in one country and period (local_names.tsv)."""
    for start, end, local in _local_names().get((name, event_iso or ""), ()):
        if day is None or (start <= day.year and (end is None or day.year <= end)):
            return local
    return None


def resolve(entry: CatalogueEntry, event_iso: str | None, day: dt.date | None = None) -> tuple[str, int, str | None, str]:
    """(name, inter, home country, kind) of a named entry for an event in ``event_iso`` on ``day``.

    State aliases become the state forces of their period; state and external forces outside their home
    country are inter 8 (as ACLED codes foreign forces); a per-country name ("Islamic State (Iraq)",
    "Fulani Ethnic Militia (Nigeria)") takes the event's country when a sibling entry or an identity
    militia fits it.
    """
    local = _local_name(entry.name, event_iso, day)
    if local is not None and local in by_name():
        entry = by_name()[local]
    name, inter, home, kind = entry.name, entry.inter, entry.country, entry.kind
    if entry.state_from and home and day and day >= entry.state_from:
        name, inter, kind = state_forces("military", home, day), 1, "state"
    elif name.startswith("@"):  # "@military:IQ Kurdistan Regional Government": a named branch of the state forces
        what, rest = name[1:].split(":", 1)
        iso, _, unit = rest.partition(" ")
        name = state_forces(what, iso, day) + (f" {unit}" if unit else "")
    elif event_iso and home and event_iso != home:
        base = re.sub(r"\s*\([^()]*\)$", "", name)
        sibling = f"{base} ({country_name(event_iso)})"
        if sibling in by_name():
            e = by_name()[sibling]
            return e.name, e.inter, e.country, e.kind
        if kind == "identity_militia" and name.endswith(")") and country_name(event_iso):
            return sibling, inter, event_iso, kind
    elif home is None and kind == "identity_militia" and is_unidentified(name):
        return generic(name, event_iso), inter, event_iso, kind  # an unnamed clan, tribe or community of the event's country
    elif event_iso and home is None and not name.startswith(("Operation", "International", "United Nations", "NATO", "Combined", "CSTO", "ECOWAS", UNIDENTIFIED)):
        sibling = f"{name} ({country_name(event_iso)})"
        # the country's branch by name, or by alias ("Islamic State (Afghanistan)" is the Khorasan Province)
        e = by_name().get(sibling)
        if e is None:
            alt = lookup(sibling)
            e = alt if alt is not None and alt.parent == name else None
        if e is not None:
            return e.name, e.inter, e.country, e.kind
    if kind == "state" and home and event_iso and home != event_iso and home != state_country(event_iso):
        inter = 8
    elif kind == "external" and event_iso and name.startswith(f"Military Forces of {country_name(event_iso)} ("):
        inter, kind = 1, "state"  # a state's own branch at home ("Akhmat" units in Russia's Kursk region), not foreign forces
    return name, inter, home, kind


@functools.cache
def _territories() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in _rows("territories.tsv")}


def actor_country(iso: str | None) -> str | None:
    """The country whose name an event's actors take: a territory's sovereign when all its actors take it ("HK" ->
    "CN"), else ``iso`` ("NC": "Rioters (New Caledonia)")."""
    sovereign, names = _territories().get(iso, (iso, "all")) if iso else (iso, "all")
    return sovereign if names == "all" else iso


def state_country(iso: str | None) -> str | None:
    """The country whose state forces act at home in ``iso``: a territory's sovereign ("NC" -> "FR", "EH" -> "MA"),
    else ``iso``."""
    return _territories().get(iso, (iso, ""))[0] if iso else iso


def _day(text: str, end: bool = False) -> dt.date | None:
    if not text:
        return None
    if len(text) == 4:
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    return dt.date.fromisoformat(text)


def _region_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", normalize(name))


@functools.cache
def _implicit() -> tuple[tuple[frozenset[str], str, frozenset[str], dt.date | None, dt.date | None, str], ...]:
    out = []
    for classes, iso, regions, start, end, group in _rows("implicit.tsv"):
        if group not in by_name():
            raise ValueError(f"implicit.tsv: {group!r} is not a catalogue name")
        out.append((frozenset(classes.split("|")), iso, frozenset(_region_key(r) for r in regions.split("|") if r), _day(start), _day(end, True), group))
    return tuple(out)


def implicit_group(kind: str, iso: str | None, regions: tuple[str | None, ...] = (), day: dt.date | None = None) -> CatalogueEntry | None:
    """The actor an unnamed attacker of class ``kind`` (separatist | partisan | chemical | air | shelling | war | security) stands for
    in country ``iso``, in one of ``regions`` (admin1, admin2, location of the event) on ``day`` (implicit.tsv:
    "separatists" in Cameroon are the Ambazonian Separatists); None where no row fits."""
    if not iso:
        return None
    keys = {_region_key(r) for r in regions if r}
    for classes, row_iso, row_regions, start, end, group in _implicit():
        if kind not in classes or row_iso != iso or (row_regions and not row_regions & keys):
            continue
        if day is not None and ((start and day < start) or (end and day > end)):
            continue
        return by_name()[group]
    return None


@functools.cache
def _local_units() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for iso, kind, words_ in _rows("local_units.tsv"):
        if kind not in ("military", "police"):
            raise ValueError(f"local_units.tsv: kind {kind!r} is neither military nor police")
        out.setdefault(iso, []).extend((w.strip().lower(), kind) for w in words_.split("|") if w.strip())
    return {iso: tuple(sorted(rows, key=lambda r: -len(r[0]))) for iso, rows in out.items()}


def local_unit(iso: str | None, text: str) -> str | None:
    """"military" | "police" when ``text`` (a lower-case phrase) names a unit that is state forces only in country
    ``iso`` ("rangers" in Thailand: local_units.tsv), else None."""
    padded = f" {text} "
    return next((kind for word, kind in _local_units().get(iso or "", ()) if f" {word} " in padded), None)


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    return word_lists(f"{DIR}/words.toml")


@functools.cache
def assoc_groups() -> tuple[tuple[str, frozenset[str]], ...]:
    """(label, words) for associated actors: "Health Workers" <- doctor, nurse, medic..."""
    data = tomllib.loads(read_text(f"{DIR}/words.toml"))
    return tuple((label, frozenset(w.lower() for w in ws)) for label, ws in data.get("assoc_groups", {}).items())


@dataclass(frozen=True, slots=True)
class RoleRules:
    no_actor2: frozenset[str]  # sub-event types without a target
    default_actor2: dict[str, str]  # sub-event type -> "civilians" | "police" | "military" | "opponent" (a battle's unnamed side) when the text names no target
    government_acts: frozenset[str]  # sub-event types where a civil government word names "Government of X"
    state_first: frozenset[str]  # symmetric sub-event types that list a state party first
    armed_target_only: frozenset[str] = frozenset()  # sub-event types whose target is never civilians


@functools.cache
def role_rules() -> RoleRules:
    """Role conventions per sub-event type, from roles.toml."""
    data = tomllib.loads(read_text(f"{DIR}/roles.toml"))
    return RoleRules(
        no_actor2=frozenset(data.get("no_actor2", ())),
        default_actor2=dict(data.get("default_actor2", {})),
        government_acts=frozenset(data.get("government_acts", ())),
        state_first=frozenset(data.get("state_first", ())),
        armed_target_only=frozenset(data.get("armed_target_only", ())),
    )


def words(concept: str) -> frozenset[str]:
    """One concept's word list from words.toml ("armed", "civilian", "military", "police"...)."""
    return _words()[concept]
