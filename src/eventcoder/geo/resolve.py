"""Find place mentions in a parsed article and resolve each to one gazetteer place.

Mentions come from the gazetteer itself, not from NER labels: every run of capitalised words (with
the connectors of Arabic, Spanish, French... names: al-, ez-, de, del...) is looked up, longest first.
A hit is kept when NER calls it a place, or when the text marks it as one ("in X", "near X",
"X province", "X, Syria", "outskirts of X"...), or when it is a sizeable place in a country the article
is about. Resolution scores each candidate with the whole article as context: the countries named
(names and adjectives), the named actors' home countries, the admin1 units named, the dateline and
the other resolved places; then population. A country name beats a same-named town.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from .. import doccache
from ..counting.conventions import conventions
from ..catalogue import STATE_KINDS, identity_spellings, words as actor_words
from ..lexicon import actors as actor_entries, actors_by_name, country_of, normalize
from ..resources import read_text, tables, word_lists
from ..syntax import PLACE_LABELS, TIME_LABELS
from .build import haversine_km
from .index import GeoPlace, Hit, index
from .names import ARTICLES, GENERIC, fold, split_generic

_W = word_lists("place_words.toml")  # one list per concept (resources/place_words.toml)
BULLETS = word_lists("page_words.toml")["bullet_marks"]  # the marks that open an item of a digest
_TIME = tables("time_words.toml")
CALENDAR = frozenset(_TIME["months"]) | frozenset(_TIME["month_abbreviations"]) | frozenset(_TIME["weekdays"])  # "5 November,"
CONNECTORS = _W["connectors"]
LOCATIVE = _W["locatives"] | _W["place_verbs"] | _W["attack_verbs"]
DIRECTIONS = _W["compass"] | _W["qualifiers"]
MILITARY = actor_words("military")  # a state's forces and their branches (lemmas): "Ukrainian forces", "a Chadian brigade"
REPORTING = actor_words("reporting") | actor_words("accusing")  # a speaker's verbs (lemmas; the actor catalogue's words.toml)
NON_LOCATIVE = _W["non_locatives"]
WEAK_LOCATIVE = _W["weak_locatives"]
MOVING_THROUGH = _W["moving_through"]
SPEAKER = _W["speakers"]
OF_SETTLEMENT = _W["inhabitants"] | _W["settlements"] | _W["town_parts"] | _W["surroundings"]  # "residents of X": never a person
OF_PLACE = OF_SETTLEMENT | _W["admin_units"] | _W["quarters"] | _W["compass"] | _W["distances"] | _W["of_place"]
DISTANCES = _W["distances"]
NEAR_WORDS = _W["near"] | _W["surroundings"] | _W["compass"] | _W["distances"] | _W["routes"]
ACTOR_NOUNS = _W["actor_nouns"]
ARMED_NOUNS = _W["armed_nouns"]
SETTLEMENTS = _W["settlements"] | _W["admin_units"] | _W["quarters"] | _W["surroundings"]  # "the village of X", "the outskirts of X"
INSTITUTIONS = _W["institutions"]
ORIGIN_NOUNS = _W["origin_nouns"]
QUARTERS = _W["quarters"]
TOWN_PARTS = QUARTERS | _W["town_parts"] | _W["institutions"]
TOWN_DIVISIONS = _W["town_divisions"]
# a site in a town (precision 1 after "X's"), not a part of it: "Kindia's central market", "El Obeid's main hospital"
SITE_WORDS = (TOWN_PARTS | _W["features"] | _W["streets"] | _W["town_sites"]) - _W["surroundings"] - QUARTERS - {f"{q}s" for q in QUARTERS}
CLOSE_CUES = _W["close"] | _W["surroundings"] | QUARTERS | _W["compass"] | _W["distances"] | _W["routes"]
PLACE_VERBS = _W["place_verbs"]
SEATS_OF_POWER = _W["seats_of_power"]
MOVEMENTS = _W["movements"]
WEAPON_NOUNS = _W["weapon_nouns"]
STRIKE_VERBS = _W["strike_verbs"]
EMBASSY = _W["embassy"]
TOPIC_WARS = _W["topic_wars"]
TOPIC_CAUSES = _W["topic_causes"]
FOREIGNERS = _W["foreigners"]
MISSIONS = _W["missions"]
SURROUNDINGS = _W["surroundings"]
POSSESSIVE = {"'s", "\u2019s"}
NOT_NAME_ENDS = CONNECTORS | POSSESSIVE | {"and", "of"}  # a name never ends with these ("Sanaa and": two names)
ENTITY_LOCATIVES = {"in", "near", "at", "to", "on"}  # inside an entity ("the Council of Ministers in Sofia", "Zingabaro to Mirebalais",
# "Limerick on Easter Monday") they end it
# the dashes that join a compound's words ("Russian-installed", "north-east", "Oost-Brabant", "Ras al-Ain")
JOIN_HYPHENS = ("-", "\u2013")
NAME_PREFIXES = _W["name_prefixes"]
LIST_BREAKS = {"and", "or", ",", "/", "'s", "\u2019s", "&", "\u2013", "\u2014"}
FEATURES = _W["features"]
NOT_PLACES = _W["not_places"]
COMMUNITIES = _W["communities"]
LANGUAGE_CUES = _W["language_cues"]
LANGUAGE_WORDS = _W["language_words"]
PERSON_TITLES = _W["person_titles"]
ROUTE_WORDS = _W["routes"]
STREET_NOUNS = _W["streets"]  # "Las Americas avenue": a street named so, even in lower case (not "road": "the Kabul road" leads there)
STREETS = STREET_NOUNS | ROUTE_WORDS
WATERS = _W["waters"]
STREET_OPENERS = _W["street_openers"]
BORDERS = _W["borders"]
SETTLEMENT_WORDS = _W["settlements"]
BORDER_SITES = _W["border_sites"]  # "an Afghan border post"
UNIT_SETTLEMENTS = _W["unit_settlements"]  # "an Ituri village": a settlement of the province
THING_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}  # NER labels for things that are never places
NEWSROOM = _W["newsroom"]
SCHOOLS = _W["schools"]
ISSUER_BODIES = _W["issuer_bodies"] | SCHOOLS  # words that end a company's, broadcaster's, parish's or school's name
DOCUMENTS = _W["documents"]
# after "X's Y", a word that makes Y a part of the town X: "Windhoek's Havana settlement", "Karachi's Saddar area"
TOWN_AREAS = QUARTERS | _W["settlements"] | _W["town_parts"] | _W["surroundings"] | _W["admin_units"]
QUARTER_KM = 40  # a named part of a town lies this close to it
APPOSITIVE_NOUNS = _W["settlements"] | _W["capitals"]  # "X, the capital of Y", "X, a village in Y": X is in Y
# unit words of one country or a few ("Munya LGA", "Koko payam"): the phrase as written, lower case -> alpha-2 codes
UNIT_COUNTRIES = {phrase: frozenset(isos) for phrase, isos in tables("place_words.toml")["unit_countries"].items()}
UNIT_WORDS = max(len(p.split()) for p in UNIT_COUNTRIES)
# words of one country or a few ("Sindhi", "Garifuna", "the Andes"): the phrase as written -> alpha-2 codes
CONTEXT_COUNTRIES = {tuple(p.split()): frozenset(isos) for p, isos in tables("place_words.toml")["context_countries"].items()}
# the same phrases by their first word, for one pass over the text: a lower-case entry is looked up by the word's lower case
_CONTEXT_FIRST: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
for _phrase, _isos in CONTEXT_COUNTRIES.items():
    _CONTEXT_FIRST.setdefault(_phrase[0], []).append((_phrase, _isos))
CONTEXT_VOTE = 0.5  # as a place found in one country only
CONTEXT_FEW = 8  # a context word of more countries than this votes only when nothing else in the article does
LONE_CAPITAL_CUES = CLOSE_CUES | {"through"}  # "in Victoria", "marched through Victoria": a place said on its own


@dataclass(slots=True)
class Mention:
    start: int  # token index
    end: int
    start_char: int
    end_char: int
    text: str
    hits: tuple[Hit, ...]
    sentence_start: int  # token index of its sentence start
    ner: str
    actor_iso: str | None = None
    kind_hint: str | None = None  # from a generic word: town | admin1 | admin2
    cue: str | None = None  # the word that marks it as a place ("in", "near", "province", ",")
    near: bool = False
    modifier: bool = False  # "forces of Armenia", "Syria's army": names an actor's home, not a place of events
    country_after: str | None = None  # "X, Syria" -> SY
    admin_after: str | None = None  # "X, Idlib province" / "X (District, Province)" -> the folded admin name
    country_in: str | None = None
    unit_isos: frozenset[str] = frozenset()  # "Munya LGA", "Koko payam": a unit word only these countries use
    newsroom: bool = False  # "a Sylhet correspondent", "a Goma-based journalist": a reporter's town (see ``tentative``)
    quarter: bool = False  # "the Nema neighbourhood", "the Khurai area of Imphal": part of a town the article names  # "the village of X in Belarus" -> BY (a country's name, not "Russian-occupied")
    weak: bool = False  # only a weak cue ("from X", "to X")
    speaker: bool = False  # "the ministry in Baku said": where a speaker is, not where the event was
    said_in: bool = False  # "the agency said in Geneva": where a statement was made, no context for the event's country
    state_seat: bool = False  # "outside parliament in Victoria": a national body's seat, so a national capital if one is named so
    container: bool = False  # "Sinaloa's Culiacan", "X, Idlib province": names the unit another place is in
    own_votes: dict[str, float] = field(default_factory=dict)
    neighbour: bool = False  # the chosen place's country borders a country the article is about
    alternate: bool = False  # the chosen place matched through one of its alternate names only
    foreign: bool = False  # other countries have context and this place's country has none
    elsewhere: bool = False  # other countries have context, counting actors' homes and adjectives
    named_elsewhere: bool = False  # as ``elsewhere``, not counting peoples found in several countries ("Fulani")
    across_border: float = 0.0  # the largest geographic context (names, places) of a neighbouring country of the chosen place's
    context: float = 0.0  # country votes for the chosen place's country from the rest of the article
    chosen: GeoPlace | None = None
    seat: GeoPlace | None = None
    admin_cue: bool = False  # the cue comes from "X, Y province" / "X in Y" only
    route: int = 0  # "between X and Y", "the X-Y road": 1 for X, 2 for Y (see ``_routes``)
    dateline: bool = False  # the story's dateline ("GENEVA (Wire) -"): its country is counted once, as the dateline's
    origin: bool = False  # "porters from X": where people come from (see ``_origins``)
    feature: bool = False  # "Jabalia Camp", "the Story Bridge": a site named after the place (NER's label is the site's)
    institution: bool = False  # "the Bo Teachers' College", "Loikaw University": a school or site named after a town (see ``tentative``)
    movement: bool = False  # "the Hirak protest movement": a movement's name (see ``_movements``)
    topic: bool = False  # "an end to the war in Gaza", "solidarity with Gaza": what a story is about, not where (``_topics``)
    body_iso: str | None = None  # "the Laguna provincial police": a state body seated in the unit, of that unit's country
    part_of: Mention | None = None  # "Windhoek's Havana settlement": a part of the town the first names
    unit_of: Mention | None = None  # "San Fernando in La Union province": the unit the first is in (the same country's)
    item: bool = False  # the label or header of a digest's item ("Curacao - Taxi drivers ...", "Georgia - Zugdidi: ...")
    item_of: Mention | None = None  # the label of the digest item the name is told in (see ``_items``)
    paragraph_item: bool = False  # a label for its paragraph only ("...\n\nIn Bolivia, coca growers ...": ``_paragraph_country``)
    label: bool = False  # the place a text's label or issuer line names ("Goma: ...", "Politie Rotterdam: ..."; toponyms._label)
    possessive: bool = False  # "Monterrey's fan zone", "Manikganj's Baul festival": the name owns what follows (see ``tentative``)
    question: bool = False  # the name a question asks about ("Q: Is Bint Jbeil still being hit?"; see ``questions``)
    colocated: frozenset[str] = frozenset()  # countries where its namesakes lie by a namesake of another name told (``_colocated``)
    score: float = 0.0
    margin: float = 0.0
    candidates: list[tuple[float, GeoPlace]] = field(default_factory=list)


QUESTION = re.compile(r"(?<![\w'])Q\s?:\s")  # an interview's or a briefing's question: "Q: Can you say more about El Obeid?"
ANSWER = re.compile(r"(?<![\w'])A\s?(?:\([^()\n]{0,80}\)\s?)?:\s")  # its answer: "A:", "A (municipal official, by phone):"
QUESTION_CHARS = 300  # a question this long at most
QUESTION_TOWN = 1000  # a name a question asks about, found in one country only, is a place when a town this big


@functools.lru_cache(maxsize=64)
def questions(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets of each question of an interview or a briefing in ``text``: from "Q:" to its "?"."""
    if "Q" not in text:
        return ()
    out = []
    for q in QUESTION.finditer(text):
        end = text.find("?", q.end(), q.end() + QUESTION_CHARS)
        if end > 0:
            out.append((q.start(), end + 1))
    return tuple(out)


def in_question(text: str, pos: int) -> bool:
    """Is offset ``pos`` inside a question ("Q: Is Bint Jbeil still being hit?")?"""
    return any(start <= pos < end for start, end in questions(text))


def question_answered(text: str, pos: int) -> tuple[int, int] | None:
    """The question whose answer holds offset ``pos``: the last question before it, with an answer mark ("A:") between
    them ("Q: Can you say more about El Obeid? A: ... the city came under drone attack": the city is El Obeid)."""
    before = [(start, end) for start, end in questions(text) if end <= pos]
    if not before or in_question(text, pos):
        return None
    start, end = before[-1]
    return (start, end) if ANSWER.search(text, end, pos) else None


def _is_cap(tok: Any) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or (t[0] in "'\u2019`" and len(t) > 1 and t[1].isupper()) or (
        t[:2].lower() in ("l'", "d'", "l\u2019", "d\u2019") and len(t) > 2 and t[2].isupper()) or (
        len(t) > 3 and t[0].islower() and t[1].isupper() and t[2:].islower())) and any(c.isalpha() for c in t)  # "de-l'Artibonite", "eSwatini"


INSIDE_NAMES = {"of", "and", "the"}  # English small words inside names ("PORT OF SPAIN", "TRINIDAD AND TOBAGO")


def _shouted_word(doc: Any, i: int, inside: bool = False) -> bool:
    """Is token i an English small word ("ON", "IN", "TO") of a line in capitals (a headline: "GUNMEN KILL SEVEN
    FARMERS IN RAID ON FASKARI")? Capitals say nothing there: it starts no name (not "On" in Belgium) and, ``inside``
    one, is no part of it ("Raid On" read as Redon) unless names hold it ("PORT OF SPAIN"). Not a name's connector
    ("LA PAZ", "EL FASHER")."""
    tok = doc[i]
    # (an Arabic article in capitals is joined to its name, "AT-TALL"; "AT" on its own is the English word: "GUNMEN KILL
    # NINE AT NIONO FUEL DEPOT")
    article = tok.lower_ in CONNECTORS and not (tok.lower_ in ENTITY_LOCATIVES and tok.whitespace_)
    if not (tok.is_upper and tok.is_alpha and tok.lower_ in STOP_WORDS) or article or inside and tok.lower_ in INSIDE_NAMES:
        return False
    return any(doc[k].is_alpha and doc[k].is_upper and len(doc[k]) > 1 for k in (i - 1, i + 1) if 0 <= k < len(doc))


def _common_word(doc: Any, i: int, end: int) -> bool:
    """Is doc[i:end] a name in capitals (a headline) whose every word the text also writes in lower case ("GUNMEN KILL
    FOUR IN BAR" over "were shot dead in a bar")? Then it is that common word, not a place."""
    words = [t for t in doc[i:end] if t.is_alpha]
    if not words or not all(t.is_upper and len(t) > 1 for t in words):
        return False
    lower = doccache.memo(doc, "lower_case_words", lambda: frozenset(t.text for t in doc if t.is_lower and t.is_alpha))
    return all(t.lower_ in lower for t in words)


def _community(doc: Any, i: int) -> bool:
    """Is token i a people's or a faith's name before a common noun ("Roma people", "an Ahmadi place of worship", "Naga
    insurgents"), not a town ("in Naga on Monday", "Naga city")?"""
    if doc[i].lower_ not in COMMUNITIES or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    if nxt.lower_ in ("and", "or") and i + 3 < len(doc) and _is_cap(doc[i + 2]) and (doc[i + 2].ent_type_ == "NORP" or doc[i + 2].lower_ in COMMUNITIES):
        nxt = doc[i + 3]  # "clashes between Christian and Muslim youths": two peoples' or faiths' names before their noun
    return nxt.is_lower and nxt.pos_ == "NOUN" and nxt.lower_ not in GENERIC


def _language(doc: Any, i: int) -> bool:
    """Is token i a language's name ("(Translated from Portuguese)", "translated from Arabic", "a Russian-language site",
    "the English-speaking regions"), no people's or country's?"""
    if i + 2 < len(doc) and doc[i + 1].text in JOIN_HYPHENS and not doc[i].whitespace_ and doc[i + 2].lower_ in LANGUAGE_WORDS:
        return True
    return i >= 2 and f"{doc[i - 2].lower_} {doc[i - 1].lower_}" in LANGUAGE_CUES


def _street_opened(doc: Any, i: int) -> bool:
    """Does a capitalised word that opens a street's or square's name stand before token i, with only a name's
    connectors between ("Place du Luxembourg", "Rue de la Republique", "Avenida de Mayo", "Piazza Venezia")?"""
    k = i - 1
    while k >= 0 and doc[k].lower_ in CONNECTORS and k > i - 3:
        k -= 1
    return k >= 0 and doc[k].lower_ in STREET_OPENERS and _is_cap(doc[k])


def _unit_settlement(doc: Any, i: int, end: int, hits: tuple[Hit, ...]) -> bool:
    """Is "X town/village" a settlement of the province X ("an Ituri village"; in a headline's capitals, "CURFEW IN KASAI
    TOWN", when that province has no town of its name), not a town called X?"""
    word = doc[end - 1]
    if word.lower_ not in UNIT_SETTLEMENTS or end - i < 2:
        return False
    units = [h.place for h in hits if h.place.kind in ("admin1", "region") and h.preferred and not h.loose]
    if not units:
        return False
    if i > 0 and doc[i - 1].lower_ in ("a", "an"):
        return True
    shouted = all(t.is_upper for t in doc[i:end] if t.is_alpha)
    return shouted and not any(h.place.kind == "town" and h.place.iso == u.iso and not h.loose for h in hits for u in units)


def _unit_countries(doc: Any, i: int, end: int) -> tuple[frozenset[str], int]:
    """The countries of a unit word that ends the name doc[i:end] ("Munya LGA", found as Munya with its generic word)
    or follows it ("Koko payam", "Guma local government area"; the name then ends after it), and the name's end."""
    for k in range(min(UNIT_WORDS, end - i - 1), 0, -1):
        if isos := UNIT_COUNTRIES.get(doccache.span_text(doc, end - k, end).lower()):
            return isos, end
    for k in range(min(UNIT_WORDS, len(doc) - end), 0, -1):
        if isos := UNIT_COUNTRIES.get(doccache.span_text(doc, end, end + k).lower()):
            return isos, end + k
    return frozenset(), end


def _context_countries(doc: Any) -> list[frozenset[str]]:
    """The countries of each word of one country or a few the text says ("Sindhi activists", "Garifuna residents",
    "the Andes"), matched whole and in the case written (a lower-case entry matches any case)."""
    out = []
    words = [t.text for t in doc]
    for i, word in enumerate(words):
        lower = word.lower()
        for phrase, isos in _CONTEXT_FIRST.get(word, []) + (_CONTEXT_FIRST.get(lower, []) if lower != word else []):
            n = len(phrase)
            if i + n <= len(words) and all(w == p or p.islower() and w.lower() == p for w, p in zip(words[i : i + n], phrase)):
                out.append(isos)
    return out


def _spaced_dash(doc: Any, i: int) -> bool:
    """Is token i a dash with a space on either side ("Zaria - A mob ...": it parts two things, it is inside no name)?"""
    return doc[i].text in DASHES and bool(doc[i].whitespace_) and i > 0 and bool(doc[i - 1].whitespace_)


def _joinable(doc: Any, i: int) -> bool:
    """May token i be inside a multi-word place name?"""
    tok = doc[i]
    if _shouted_word(doc, i, inside=True):
        return False
    if "\n" in tok.text or "\n" in doc[i - 1].whitespace_ if i > 0 else False:
        return False
    if _spaced_dash(doc, i):
        return False  # "Yala - A bomb ...": a dash between spaces parts an item's place from its text, it joins no name
    if tok.lower_ in POSSESSIVE:  # "Cox's Bazar": inside a name only before another capitalised word
        return i + 1 < len(doc) and _is_cap(doc[i + 1])
    if tok.lower_ in ("and", "of"):  # "Chaharmahal and Bakhtiari", "Bosnia and Herzegovina", "Port of Spain" (longest match
        return i + 1 < len(doc) and _is_cap(doc[i + 1]) and _is_cap(doc[i - 1])  # first; else two names: "Mayor of Kharkiv")
    return _is_cap(tok) or tok.lower_ in CONNECTORS or (tok.is_alpha and doc[i - 1].text in ("-", "'", "\u2019") and not doc[i - 1].whitespace_)


def _shouted_split(doc: Any, j: int) -> bool:
    """Does a sentence start at token j only because the parser split a line in capitals ("PORT | OF SPAIN, April 2
    (Wire) -" after a headline)? Two words in capitals with nothing between them are one line's words."""
    a, b = doc[j - 1], doc[j]
    return a.is_alpha and a.is_upper and b.is_alpha and b.is_upper and a.whitespace_ == " "


def _span_text(doc: Any, i: int, j: int) -> str:
    return doccache.span_text(doc, i, j)


def find_mentions(doc: Any) -> list[Mention]:
    """Every capitalised span that is a gazetteer name (longest match first), with its context cues."""
    idx = index()
    out: list[Mention] = []
    n = len(doc)
    sent_start = _sentence_starts(doc)
    ents = doccache.ents(doc)
    named = {iso for e in ents if e.label_ == "GPE" and (iso := country_of(e.text))}  # the countries the article names
    i = 0
    while i < n:
        tok = doc[i]
        starts = _is_cap(tok) or (tok.lower_ in ("al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "ad-", "al-") and i + 2 < n and doc[i + 1].text == "-")
        if not starts or _shouted_word(doc, i) or _community(doc, i) or _language(doc, i) or tok.lower_ in NOT_PLACES and not (i + 1 < n and _is_cap(doc[i + 1])) and not (
                i + 2 < n and doc[i + 1].text == "-" and not tok.whitespace_ and _is_cap(doc[i + 2])) and not (  # "Saint-Louis"
                _before_country(doc, i + 1)) and not _state_seat(doc, i) and not _named_capital(idx, tok, named) and not _lone_capital(idx, doc, i, named):
            # ("VICTORIA, Seychelles -", "the National Assembly in Victoria", "In Seychelles, ... north of Victoria")
            i += 1
            continue
        if tok.text in ("At", "As", "An") and (tok.is_sent_start or i > 0 and doc[i - 1].text in (":", ";")) and i + 1 < n and _is_cap(doc[i + 1]) and not doc[i + 1].is_upper:
            i += 1  # "At Kouremale, near the Mali border, gendarmes ...": the English locative opening a sentence, not an
            continue  # Arabic article ("At Tanf" is found as "Tanf" after it, with its cue)
        if tok.lower_ in ("a", "an") and i + 1 < n and country_of(doc[i + 1].text):
            i += 1  # "An Italian priest": the English article before a demonym, not Arabic "An" ("An Najaf")
            continue
        # the run of tokens that may belong to one name
        j = i + 1
        while j < n and j - i < 8 and _joinable(doc, j) and (sent_start[j] == sent_start[i] or _shouted_split(doc, j)):
            j += 1
        found = None
        for end in range(j, i, -1):
            last = doc[end - 1]
            closing = end - i > 1 and last.lower_ in CONNECTORS and last.text[:1].isupper()  # "Beit El": a name's own last word
            if last.lower_ in NOT_NAME_ENDS and not closing:
                continue
            text = _span_text(doc, i, end)
            key = split_generic(text)[0]
            if not key or key in NOT_PLACES and not _before_country(doc, end) and not (end == i + 1 and (
                    _state_seat(doc, i) or _named_capital(idx, tok, named) or _lone_capital(idx, doc, i, named))):
                continue
            hits = idx.lookup(text, loose=False)
            if closing and last.lower_ in NOT_NAME_ENDS:
                # (only the places whose own name ends so: the settlement Beit El, not a "Beit" an article was cut from)
                hits = tuple(h for h in hits if fold(h.place.name).split()[-1:] == [last.lower_])
            if hits and end == i + 1 and tok.lower_ in NOT_PLACES and (_named_capital(idx, tok, named) or _lone_capital(idx, doc, i, named)):
                # "marched through Victoria", "In Seychelles, ... through Victoria": the capital, not its namesakes
                hits = tuple(h for h in _capital_hits(idx, text) if h.place.iso in named or not named)
            if hits:
                found = (end, hits)
                break
        if found is not None and found[0] < j and j - i > 1:
            # "Tal Tamr": a transliteration of the whole name beats a strict hit on its first word
            for e2 in range(j, found[0], -1):
                if doc[e2 - 1].lower_ in NOT_NAME_ENDS:
                    continue
                loose_hits = tuple(h for h in idx.lookup(_span_text(doc, i, e2), loose=True) if h.loose)
                if loose_hits:
                    found = (e2, loose_hits)
                    break
        if found is None:
            # transliteration variants: only for spans NER calls places or that follow a locative word
            ent = tok.ent_type_
            cue_before = i > 0 and (doc[i - 1].lower_ in LOCATIVE | OF_PLACE or (doc[i - 1].lower_ == "of" and i > 1 and doc[i - 2].lower_ in SETTLEMENTS))
            if ent in PLACE_LABELS or cue_before:
                end = j
                while end > i + 1 and (doc[end - 1].lower_ in NOT_NAME_ENDS):
                    end -= 1
                for e2 in range(end, i, -1):
                    if doc[e2 - 1].lower_ in NOT_NAME_ENDS or e2 == i + 1 and tok.is_upper and tok.lower_ in NOT_PLACES:
                        continue  # (nor a word in capitals that is no place: "AT UN CONVOY" is not India's Un, "AT POLICE" no Police)
                    hits = idx.lookup(_span_text(doc, i, e2), loose=True)
                    if hits:
                        found = (e2, hits)
                        break
        if found is None:
            i += 1
            continue
        end, hits = found
        if tok.lower_ != "the" and not (i > 0 and doc[i - 1].lower_ == "the"):
            # a place whose own name opens with the English article ("The Villages", "The Hague") is written with it: "BANDITS
            # IMPOSE LEVY ON VILLAGES" is no Florida town
            hits = tuple(h for h in hits if not h.place.name.lower().startswith("the "))
            if not hits:
                i = end
                continue
        if i > 0 and doc[i - 1].lower_.rstrip(".") in PERSON_TITLES or i > 1 and doc[i - 2].lower_.rstrip(".") in PERSON_TITLES and (
                doc[i - 1].is_title and doc[i - 1].is_alpha and doc[i - 2].is_title):
            i = end  # "interior minister Hama Souley", "General Tiani", "Sister Agnes Chanda": a person's name, not Syria's Hama
            continue
        if _common_word(doc, i, end):
            i = end  # "GUNMEN KILL FOUR IN BAR ... shot dead in a bar": a headline's common word, not Montenegro's Bar
            continue
        said = _span_text(doc, i, end)
        # a generic word after the name: "Idlib province", "Kingston city", "Gwoza LGA"
        said_key, kind_hint = split_generic(said)
        if end < n and (doc[end].is_lower and doc[end].is_alpha and doc[end].lower_ not in GENERIC or doc[end].is_digit) and (
                feature_hits := tuple(h for h in idx.lookup(_span_text(doc, i, end + 1), loose=False) if h.place.kind in ("site", "region"))):
            hits = feature_hits  # "the Mau forest", "the Leepa valley": the feature named so (Kenya's Mau Forest), not a town Mau;
            # "Tower 22": the outpost, not a Tower City
        elif end < n and doc[end].lower_ in POSSESSIVE and said_key.startswith("saint ") and (own := _saints_town(idx, said)):
            hits = tuple(dict.fromkeys(own + hits))  # "in St. George's", "St. John's": a saint's town whose own name ends so (not Freetown, also called St. George;
            # "Beni's Matonge" stays Beni's)
        full_end = end
        if end < n and doc[end].lower_ in GENERIC and not kind_hint:
            kind_hint = GENERIC[doc[end].lower_]
            full_end = end + 1
        unit_isos, full_end = _unit_countries(doc, i, full_end)
        if unit_isos:
            hits = tuple(h for h in hits if h.place.iso in unit_isos)  # "Munya LGA": Nigeria's (none known), not Myanmar's Monywa
        if kind_hint == "town" and _unit_settlement(doc, i, full_end, hits):
            kind_hint = "admin1"  # "KASAI TOWN", "an Ituri village": a settlement in the province, not a town named so abroad
        span = doc[i:full_end]
        ner = tok.ent_type_
        if ner == "PERSON" and (i == 0 or not _is_cap(doc[i - 1])) and full_end + 1 < n and doc[full_end].lower_ in POSSESSIVE and any(
                t.lower_ in ACTOR_NOUNS | SPEAKER for t in doc[full_end + 1 : full_end + 3]) and any(h.place.kind == "country" and h.preferred == 2 for h in hits):
            ner = ""  # "Niger's authorities said", "Niger's customs service" (the small model tags Niger a person): the country
        ent = next((e for e in ents if e.start <= i < e.end), None)
        outside = []
        if ent is not None:  # the rest of the entity joined to this name ("Kherson and Bilozerka" are two names)
            # "the Chaman-Spin Boldak crossing": a road or border between two places; "Colony of Sargodha": a place
            # "the Council of Ministers in Sofia", "the Hopital General in Port-au-Prince": a place after "in"
            breaks = LIST_BREAKS | ENTITY_LOCATIVES | (set(JOIN_HYPHENS) if _hyphen_join(doc, i, full_end) else set())
            k = i - 1
            if k > ent.start and doc[k].lower_ == "of" and doc[k - 1].lower_ in OF_PLACE | INSTITUTIONS:
                k = ent.start - 1  # "the Mujahid Colony of Sargodha", "the University of Amsterdam": in X
            while k >= ent.start and doc[k].lower_ not in breaks and not _spaced_dash(doc, k):
                outside.append(doc[k])
                k -= 1
            k = full_end
            while k < ent.end and doc[k].lower_ not in breaks and not _spaced_dash(doc, k):
                outside.append(doc[k])
                k += 1
            if any(_spaced_dash(doc, d) for d in range(ent.start, ent.end)):
                ner = ""  # "Goma - A grenade ..." read as one entity: its label is no label of the name
        rest = [t for t in outside if _is_cap(t) and t.lower_ not in GENERIC and t.lower_ not in CONNECTORS and t.lower_ != "the"]
        feature = bool(rest) and all(t.lower_ in FEATURES for t in rest) and all(t.i >= full_end for t in rest)
        # "the Peshawar High Court", "the Peshawar Police Lines": an institution a city names is in it (not a school:
        # "Columbia University", "Georgetown University" are named after other places)
        feature = feature or bool(rest) and all(t.i >= full_end for t in rest) and rest[-1].lower_ in (FEATURES | INSTITUTIONS) - SCHOOLS and any(
            h.place.kind == "town" and h.place.population >= 100_000 and not h.loose for h in hits)
        # "the Bo Teachers' College", "Loikaw University": refused as part of a longer name, but a town's name for a
        # school or site in it when the article places the event nowhere else
        institution = bool(rest) and not feature and all(t.i >= full_end for t in rest) and rest[-1].lower_ in FEATURES | INSTITUTIONS | SCHOOLS
        if rest and not feature:
            ner = "PART"  # "Federal Government College", "Jaish al-Adl", "Bishop Street": part of a longer name
        if _hyphen_part(doc, i, full_end) and i >= 2 and doc[i - 1].text in DASHES and not country_of(doc[i - 2].text):
            hits = tuple(h for h in hits if h.place.kind != "country")  # "the Pan-American Highway": a road's name, no US
        if _hyphen_part(doc, i, full_end) or full_end < n and _is_cap(doc[full_end]) and doc[full_end].lower_ in STREETS and _hyphen_join(doc, i, full_end) is None or (
                full_end < n and doc[full_end].is_lower and doc[full_end].text in STREET_NOUNS and not any(h.place.kind == "country" for h in hits)):
            ner = "PART"  # "Tin-Hama"; "the Southern Main Road", "Mombasa Road" (in Nairobi), "Las Americas avenue": a street's name, not the town
        if _street_opened(doc, i):
            ner = "PART"  # "the Place du Luxembourg" (in Brussels), "Rue de Lyon", "Plaza Colombia": a square's or street's name
        if body_name(doc, full_end) and not any(h.place.kind == "country" for h in hits):
            ner = "PART"  # "Atlantic Seafoods Ltd", "Highlands Gold Ltd": a company's name, not Atlantic City nor a Texan town
        if not any(h.place.kind == "country" for h in hits) and (full_end < n and doc[full_end].lower_ in WATERS and (
                _is_cap(doc[full_end]) or i > 0 and doc[i - 1].lower_ == "the" and not any(h.place.kind == "site" for h in hits)) or (
                tok.lower_ in WATERS and full_end == i + 1 and full_end + 1 < n and doc[full_end].lower_ == "of" and _is_cap(doc[full_end + 1]))):
            ner = "PART"  # "the Aral Sea region", "the Bay of Bengal": a sea's name the gazetteer lacks, not Kazakhstan's Aral nor a Bay
            # (nor "the Yalu river", "the Lai river": a river's, not a town GeoNames also calls so, China's Zhalantun, Papua's Lae;
            # but a listed site stays: "Mayun island in the Bab el-Mandeb strait")
        if ner == "NORP" and (kind_hint or i > 0 and (doc[i - 1].lower_ in LOCATIVE or doc[i - 1].lower_ == "of" and i > 1 and doc[i - 2].lower_ in SETTLEMENTS)) and (
                not country_of(span.text) and normalize(span.text) not in identity_spellings()):
            ner = ""  # "in Kidal", "Macomia town" tagged NORP: no demonym nor people's name, so the label says nothing
        if full_end + 1 < n and _is_cap(doc[full_end]) and not doc[full_end].is_upper and doc[full_end].lower_ not in GENERIC and (
                doc[full_end + 1].is_lower and doc[full_end + 1].lower_ in SETTLEMENT_WORDS):
            ner = "PART"  # "a raid on Tar Taing village": the first word of a village's name the gazetteer lacks, not India's Tar
        if out and out[-1].end == i and doc[i - 1].whitespace_ and doc[i - 1].ent_type_ != "NORP" and _is_cap(doc[i - 1]) and not (
                doc[i - 1].is_upper and doc[i - 1].lower_ in LOCATIVE | NEAR_WORDS) and not (
                doc[i - 1].is_sent_start and doc[i - 1].lower_ in LOCATIVE | NEAR_WORDS | WEAK_LOCATIVE):
            # (a headline's "NEAR", "IN" starts no name, nor a sentence's "From": "From Irob: soldiers took away ...")
            ner = "PART"  # "Khagrachhari Hill District": "Hill" is part of a longer name, not a town of its own  # "Hama" of "Tin-Hama": part of a hyphenated name the gazetteer lacks
        m = Mention(start=i, end=full_end, start_char=span.start_char, end_char=span.end_char, text=span.text, hits=hits,
                    sentence_start=sent_start[i], ner=ner, kind_hint=kind_hint, unit_isos=unit_isos)
        if tok.ent_id_ and tok.ent_id_.startswith("actor:"):
            name = tok.ent_id_.removeprefix("actor:")
            m.actor_iso = entry.country if (entry := actors_by_name().get(name)) is not None else None
        if feature:
            m.near = m.feature = True  # "Jabalia Camp", "Mosul Dam": a site named after the place
        m.institution = institution
        if country_of(span.text) and not any(h.place.kind == "country" for h in hits):
            m.hits = ()  # "Spanish", "Thai": a demonym, never a town's alternate name
        elif _in_named_unit(doc, full_end) and any(h.place.kind != "country" and h.preferred for h in hits):
            m.hits = tuple(h for h in hits if h.place.kind != "country")  # "Tonga, Panyikang County": a place in a county, no country
            # (but a country before a region it has, "Guinea, Forest region", where only alternate names are towns: the country)
        elif any(t.lower_ in WATERS and _is_cap(t) for t in doc[i + 1 : full_end]) and all(h.place.kind == "town" and not h.preferred for h in hits):
            m.hits = ()  # "the Aral Sea region": GeoNames gives "Aral Sea" as another name of the town Aral, not the sea
        elif _acronym(doc, i, full_end):
            m.hits = tuple(h for h in hits if h.place.kind in ("country", "admin1"))  # "the NGO Forum", "a water NGO": not Congo's Ngo
        if i >= 2 and doc[i - 1].lower_ == "the" and doc[i - 2].lower_ == "of" and i >= 3 and doc[i - 3].lower_ in ("bank", "banks", "shore", "shores"):
            m.hits = ()  # "the left bank of the Dnipro": a river, not the city
        if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in DOCUMENTS and _is_cap(doc[i - 2]):
            m.hits = ()  # "the Treaty of Waitangi": a document's name, not a place of the story
        if _document_name(doc, full_end):
            m.hits = tuple(h for h in m.hits if h.place.kind == "country")  # "the Pretoria accord": a document's name, not a place
        if (capital := _demonym_capital(doc, i, full_end)) is not None:
            # "signed in the Qatari capital", "clashes on the outskirts of the Libyan capital": the country's capital city
            span = doc[i - 1 : full_end + 1]
            m = dataclasses.replace(m, start=i - 1, end=full_end + 1, start_char=span.start_char, end_char=span.end_char, text=span.text,
                                    hits=(Hit(place=capital, loose=False, preferred=3),), ner="GPE", actor_iso=None)
            full_end += 1
        _cues(doc, m)
        if m.ner == "NORP" and m.cue in LOCATIVE | NEAR_WORDS and not m.modifier and not country_of(m.text) and normalize(m.text) not in identity_spellings():
            m.ner = ""  # "15 km south of Kidal" tagged NORP: no demonym nor people's name after a place cue, so the label says nothing
        if m.ner in THING_LABELS and (m.cue in CLOSE_CUES | _W["of_place"] | FEATURES or m.cue in _W["admin_units"] | _W["settlements"]):
            m.ner = ""  # "the police station of Mirebalais" tagged a product, "in Kidal" a law: the label says nothing
        out.append(m)
        i = full_end
    _admin_after(doc, out)
    _origins(out)
    _movements(out)
    _routes(doc, out)
    return out


BODY_NAME_WORDS = 3  # capitalised words between a name and the body word that ends the body's name ("Highlands Gold Ltd")


def body_name(doc: Any, end: int) -> bool:
    """Does the name ending at token ``end`` open a company's, broadcaster's or parish's name ("Highlands Gold Ltd",
    "Atlantic Seafoods Ltd", "Erena Radio"; ``issuer_bodies``, not a school's: "Loikaw University" is in Loikaw)? Then it is
    part of a body's name, not its town."""
    for tok in doc[end : end + BODY_NAME_WORDS + 1]:
        if not (tok.is_alpha and tok.text[:1].isupper()):
            return False  # (a body word in lower case is the town's: "storm Kasama radio station", "the Chiatura manganese company")
        if tok.lower_.rstrip(".") in _W["issuer_bodies"]:
            return True
    return False


def _saints_town(idx: Any, said: str) -> tuple[Hit, ...]:
    """The places named "<said>'s" whose own name is that ("St. George's" for "St. George" before a possessive)."""
    key = split_generic(said + "s")[0]
    return tuple(h for h in idx.lookup(said + "'s", loose=False) if split_generic(h.place.name)[0] == key)


def _demonym_capital(doc: Any, i: int, end: int) -> GeoPlace | None:
    """The capital city a country's adjective names in "the Qatari capital" (tokens i..end are the adjective), else None."""
    from . import capital_of  # (the package imports this module)

    if not (0 < i and end < len(doc) and doc[i - 1].lower_ == "the" and doc[end].lower_ == "capital" and end - i == 1):
        return None
    if end + 1 < len(doc) and doc[end + 1].lower_ == "of":
        return None  # "the Ethiopian capital of the 1930s"
    iso = country_of(doc[i].text)
    return capital_of(iso) if iso else None


def _document_name(doc: Any, end: int) -> bool:
    """Does a name ending at token ``end`` name a document signed there ("betraying the Pretoria accord", "the Juba peace
    agreement", "the Minsk agreements")? Then it is no place of the story's events (a country's name still says which
    country the story is about: "the Sudan peace deal")."""
    k = end + (end < len(doc) and doc[end].lower_ == "peace")
    return k < len(doc) and doc[k].lower_ in DOCUMENTS and doc[k].is_alpha


STATE_SEATS = _W["state_seats"]
STATE_SEAT_WORDS = max(len(p.split()) for p in STATE_SEATS)


def _state_seat(doc: Any, i: int) -> bool:
    """Does a national body's seat ("parliament", "the National Assembly", "State House") come right before "in" and the
    name at token i ("outside parliament in Kingstown", "a protest in front of State House in Victoria")? A national body
    sits in its country's capital."""
    if i < 2 or doc[i - 1].lower_ != "in":
        return False
    words = [t.lower_ for t in doc[max(0, i - 1 - STATE_SEAT_WORDS - 1) : i - 1] if t.lower_ != "building"]
    return any(" ".join(words[-k:]) in STATE_SEATS for k in range(1, STATE_SEAT_WORDS + 1) if len(words) >= k)


def _capital_hits(idx: Any, text: str) -> tuple[Hit, ...]:
    """The hits of a place named `text` exactly that are a national capital under its preferred name ("Victoria": SC's)."""
    from . import is_capital  # (the package imports this module)

    return tuple(h for h in idx.lookup(text, loose=False) if h.preferred and is_capital(h.place))


def _named_capital(idx: Any, tok: Any, named: set[str]) -> bool:
    """Is the common word a national capital's name ("Victoria") in an article that names that capital's country?"""
    return bool(named) and any(h.place.iso in named for h in _capital_hits(idx, tok.text))


def _lone_capital(idx: Any, doc: Any, i: int, named: set[str]) -> bool:
    """Is the common word at token i a national capital's name said as a place on its own ("marched through Victoria",
    "VICTORIA - About 200 fishermen ...": the Seychelles' capital), in an article that names no other place? Not a name's
    first word ("Victoria Park", "Victoria Police") nor a unit's ("Melbourne, Victoria" follows no locative word)."""
    if i + 1 < len(doc) and (_is_cap(doc[i + 1]) or doc[i + 1].is_lower and doc[i + 1].lower_ not in STOP_WORDS):
        return False  # "the Victoria terminus", "Victoria Park": a thing named after it
    opens = i == 0 and i + 1 < len(doc) and (doc[i + 1].text in DASHES or doc[i + 1].text == ",")
    if not (opens or i > 0 and doc[i - 1].lower_ in LONE_CAPITAL_CUES):
        return False
    if any(e.label_ in ("GPE", "LOC") and e.text.lower() != doc[i].lower_ and not country_of(e.text) for e in doccache.ents(doc)):
        return False  # "stabbed on a train in Victoria ... Melbourne commuters": another place says which Victoria
    capitals = {h.place.iso for h in _capital_hits(idx, doc[i].text)}
    return bool(capitals) and set(named) <= capitals


def _before_country(doc: Any, k: int) -> bool:
    """Does ", Country" follow at token k ("VICTORIA, Seychelles -": a common word's name is a town there)? Not after a
    month or a weekday ("a ceasefire starting on 4 August, Angola's presidency said" names no town August)."""
    return k + 1 < len(doc) and doc[k].text == "," and bool(country_of(doc[k + 1].text)) and doc[k - 1].lower_ not in CALENDAR


def _origins(mentions: list[Mention]) -> None:
    """"Porters from X who crossed near Y": X is where the people come from, not the event's place, when the sentence
    goes on to a place with a close cue ("three fishermen from Ziguinchor went missing" stays at Ziguinchor)."""
    for m in mentions:
        if m.origin and any(o.sentence_start == m.sentence_start and o.start > m.end and not o.origin and o.cue in CLOSE_CUES
                            for o in mentions):
            m.modifier = True


def _movements(mentions: list[Mention]) -> None:
    """A name the article shows to be a movement's ("the Hirak protest movement") is that movement's wherever it says it
    ("HIRAK ANNIVERSARY MARCH", "chanting Hirak slogans"): no place at all."""
    names = {fold(m.text) for m in mentions if m.movement}
    for m in mentions:
        if fold(m.text) in names:
            m.hits, m.cue = (), None


def _topics(mentions: list[Mention]) -> None:
    """"Marched to demand an end to the war in Gaza", "a rally in solidarity with Gaza": the war or the cause, not where
    the event was, when the text names another place (a dateline, "Police in Atlanta"); such a name is no event's place
    and casts no country vote (it made Sitra, in Bahrain, a foreign place). Alone, it is still the story's place."""
    other = any(not o.topic and not o.modifier and o.hits and (o.ner in PLACE_LABELS or o.cue not in (None, "dep") or o.dateline) for o in mentions)
    for m in mentions:
        if m.topic:
            m.topic = other
            m.modifier = m.modifier or other


def _topic(words: list[str]) -> bool:
    """Do the words before a name make it a war's or a cause's ("the war in", "the Israeli war on", "solidarity with",
    "in support of")?"""
    if len(words) < 2:
        return False
    last, noun = words[-1], words[-2]
    if noun in TOPIC_CAUSES:
        return last in ("with", "for", "of")
    return noun in TOPIC_WARS and last in ("in", "on", "against") and "the" in words[-4:-2]


def _people_from(prep: Any) -> bool:
    """Is this "from" the origin of people ("porters from X", "two traders from X"), not of a movement ("fled from X")
    nor of a route or distance ("the road from X", "20 km from X")? It hangs on a plural common noun."""
    head = prep.head
    return head.i < prep.i and head.pos_ == "NOUN" and head.tag_ == "NNS" and head.lower_ not in ROUTE_WORDS | DISTANCES | FEATURES | SURROUNDINGS


def _in_named_unit(doc: Any, end: int) -> bool:
    """Does a name ending at token ``end`` stand before ", Y County/District/Province" (a place inside a unit)?"""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    k = end + 1
    while k < len(doc) and k - end <= 4 and _is_cap(doc[k]) and GENERIC.get(doc[k].lower_) in (None, "town"):
        k += 1
    return k > end + 1 and k < len(doc) and GENERIC.get(doc[k].lower_) in ("admin1", "admin2")


COUNTRY_ALIAS = 4  # Hit.preferred of a countries.tsv alias, mostly adjectives ("Nigerien", "Togolese")
DATELINE_VOTE = 1.5  # the dateline's country: context for scoring namesakes, not a reason to refuse places abroad
ACRONYM_LETTERS = 5  # "NGO", "MSF", "ICRC": an all-capital word this short inside running text is an acronym


def _acronym(doc: Any, i: int, end: int) -> bool:
    """Is doc[i:end] an acronym in running text ("the NGO Forum said", "a water NGO", "an ICRC team"), not a place
    written in capitals (a headline's or a dateline's "GAO, Mali")? One all-capital word after a lower-case word of its
    line. Only a country or a province (the DRC, the UAE, KP) may be named so."""
    tok = doc[i]
    if end - i != 1 or not tok.is_upper or not tok.is_alpha or len(tok.text) > ACRONYM_LETTERS or i == 0:
        return False
    prev = doc[i - 1]
    return prev.is_alpha and prev.is_lower and "\n" not in prev.whitespace_


ITEM_DASHES = (*JOIN_HYPHENS, "\u2014")  # the dashes that part a digest item's label from its text ("Georgia - Zugdidi:")
DASHES = {*ITEM_DASHES, "/"}


def _routes(doc: Any, mentions: list[Mention]) -> None:
    """'between X and Y', 'the X-Y road', 'the road from X to Y', 'the road linking X and Y': a place on the
    way between two named towns, which analysts code near one of them (precision 2; see places.py)."""
    for a, b in zip(mentions, mentions[1:]):
        if a.sentence_start != b.sentence_start or a.route or b.route:
            continue
        gap = doc[a.end : b.start]
        between = gap.text.strip()
        before = [t.lower_ for t in doc[max(a.sentence_start, a.start - 4) : a.start]]
        after = doc[b.end].lower_ if b.end < len(doc) else ""
        road_before = bool(set(before) & ROUTE_WORDS)
        if between in DASHES and after in ROUTE_WORDS | {"border", "crossing", "frontier"}:
            pass  # "the Mandera-Elwak road"
        elif between == "and" and before and before[-1] == "between":
            pass  # "between Beled Weyne and Jalalaqsi"
        elif between in ("to", "and", "with") and road_before and before and before[-1] in ("from", "linking", "connecting", "joining", "between"):
            pass  # "the road from Ishkashim to ...", "the road linking Taiz and Al-Hawban"
        else:
            continue
        if any(h.place.kind == "country" and h.preferred == 2 for m in (a, b) for h in m.hits):
            continue  # "between Israel and Hezbollah": parties, not a road
        a.route, b.route = 1, 2
    for m in mentions:
        if not m.route and m.ner != "NORP" and not any(h.place.kind == "country" for h in m.hits) and _unknown_end(doc, m, mentions):
            m.route = 2  # "on the road between Djibasso and Barani" with Djibasso unknown: near Barani
    for m in mentions:
        if not m.route and _hyphen_join(doc, m.start, m.end) and not any(h.place.kind == "country" for h in m.hits):
            m.route = 1  # "the Mandera-Elwak road" with Elwak unknown: near Mandera
        if m.route:
            m.near = True
            if m.cue in (None, "dep"):
                m.cue = "road"


def _unknown_end(doc: Any, m: Mention, mentions: list[Mention]) -> bool:
    """Is m the second end of "between X and m" / "the road from X to m" whose first end X is a capitalised name
    the gazetteer lacks (no mention starts there)?"""
    k = m.start - 1
    if k < m.sentence_start + 2 or doc[k].lower_ not in ("and", "to"):
        return False
    j = k - 1
    while j > m.sentence_start and (_is_cap(doc[j]) or doc[j].text in JOIN_HYPHENS and _is_cap(doc[j - 1])):
        j -= 1
    if j == k - 1 or not _is_cap(doc[j + 1]) or any(j < x.start < k for x in mentions):
        return False
    before = [t.lower_ for t in doc[max(m.sentence_start, j - 3) : j + 1]]
    if doc[k].lower_ == "and":
        return before[-1] == "between" and not country_of(doc[j + 1 : k].text)
    return before[-1] in ("from", "linking", "connecting", "joining") and bool(set(before) & ROUTE_WORDS)


def _hyphen_part(doc: Any, i: int, end: int) -> bool:
    """Is doc[i:end] joined by a hyphen to another capitalised word ("Tin-Hama"), other than in the name
    of a road or border between two places ("the Mandera-Elwak road", "the Chaman-Spin Boldak crossing")?"""
    return _hyphen_join(doc, i, end) is False


def _hyphen_join(doc: Any, i: int, end: int) -> bool | None:
    """None: doc[i:end] is not hyphen-joined to a capitalised word; True: it is, in a road or border name
    ("the Mandera-Elwak road"); False: it is, in a longer name."""
    n = len(doc)
    left = i >= 2 and doc[i - 1].text in JOIN_HYPHENS and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ and _is_cap(doc[i - 2])
    right = end + 1 < n and doc[end].text in JOIN_HYPHENS and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and _is_cap(doc[end + 1])
    if not (left or right):
        return None
    if doc[i].lower_ in NAME_PREFIXES and right or left and doc[i - 2].lower_ in NAME_PREFIXES:
        return False  # "the Pan-American highway": one name (not Ecuador's El Pan at one end of a road)
    k = end
    while k < n and k - end < 6 and (doc[k].text in JOIN_HYPHENS or _is_cap(doc[k])):
        k += 1
    ends = ROUTE_WORDS | {"border", "borders", "crossing", "front", "frontline", "line", "boundary"}
    adjectives = 0
    while k < n and adjectives < 2 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in ends:
        k, adjectives = k + 1, adjectives + 1  # "the Tyre-Naqoura coastal road", "the Kabul-Kandahar main highway"
    return k < n and doc[k].lower_ in ends


def _sentence_starts(doc: Any) -> list[int]:
    """The start token of each token's sentence, from one pass over the sentences (``tok.sent`` scans
    for the sentence's boundaries on every call)."""
    starts = [0] * len(doc)
    for sent in doc.sents:
        starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
    return starts


def _cues(doc: Any, m: Mention) -> None:
    from . import is_capital  # (the package imports this module)

    sent_start = m.sentence_start
    before = [t for t in doc[max(sent_start, m.start - 6) : m.start]]
    words = [t.lower_ for t in before]
    while words and words[-1] in DIRECTIONS:  # "in central Tunis", "in northern Shan State"
        words.pop()
    if _topic(words):
        m.topic = True  # (see ``_topics``)
    if words:
        last = words[-1]
        # a reporting verb, not a noun ("an aid agency in Yirol ... over claims it had not hired")
        after = [t.lemma_.lower() for t in doc[m.end : min(len(doc), m.end + 4)] if t.pos_ in ("VERB", "AUX")]
        if last in ("in", "at") and len(words) >= 2 and (words[-2] in SPEAKER or _speaker_of(before[-2])) and set(after) & REPORTING:
            m.speaker = True  # "the defence ministry in Baku claimed", "the Ministry of Interior in Tripoli announced"
        elif last in ("in", "at") and len(words) >= 2 and before[-2].pos_ == "VERB" and before[-2].tag_ != "VBN" and before[-2].lemma_.lower() in REPORTING:
            m.speaker = m.said_in = True  # "..., the U.N. agency said in Geneva on Wednesday": where it was said, not where
            # it happened (not "fighting was reported in Sumy oblast": what was reported happened there)
        if last == "in" and len(words) >= 2 and words[-2] in SEATS_OF_POWER and before[-2].dep_ == "pobj" and before[-2].head.lower_ == "of" \
                and any(is_capital(h.place) for h in m.hits):
            m.modifier = True  # "supporters and opponents of the government in Asmara" (fighting in Kassel): whose side, not where
            # (a government sits in a capital: "rallied in support of the military government in Dedougou" is a rally there)
        elif last in LOCATIVE:
            m.cue = last
        elif len(words) >= 2 and f"{words[-2]} {last}" in PLACE_VERBS:
            m.cue = f"{words[-2]} {last}"  # "gangs took over Cabaret": a phrasal verb whose object is a place
        elif last == "of" and len(words) >= 2 and words[-2] in OF_PLACE | INSTITUTIONS | FEATURES:  # "the police station of X"
            m.cue = words[-2]
            if words[-2] in QUARTERS | TOWN_DIVISIONS and len(words) >= 3 and _is_cap(before[len(words) - 3]) and not any(
                    h.place.kind == "country" for h in m.hits):
                m.near = True  # "the Karari district of Omdurman", "the Ain Zara suburb of Tripoli": a named part of the city (precision 2)
            if (words[-2] in QUARTERS or GENERIC.get(words[-2]) == "town") and not any(h.place.kind == "country" for h in m.hits):
                # "the city of Colon": a town, not Honduras' province Colon; "the Cieneguita neighbourhood of Limon": a
                # town's quarter, so X is a town
                m.kind_hint = m.kind_hint or "town"
        elif last == "(":
            m.cue = "("
        elif last == "of" and len(words) >= 2 and words[-2] in ACTOR_NOUNS and (words[-2] in ARMED_NOUNS or any(
                h.place.kind == "country" for h in m.hits)):
            m.modifier = True  # "forces of Armenia", "the government of Niger": an actor's home
        elif last == "of" and len(words) >= 2 and words[-2] in ACTOR_NOUNS:
            m.cue = words[-2]  # "the regional parliament of Malang", "the police of Kherson": seated in the town
        elif last == "from" and len(words) >= 2 and words[-2] in DISTANCES:
            m.cue, m.near = words[-2], True  # "about 20 km from Kidal": near it
        elif last == "from" and len(words) >= 2 and words[-2] in ACTOR_NOUNS | ORIGIN_NOUNS:
            m.modifier = True  # "peacekeepers from Chad", "fighters from Syria": where they come from
        elif last == "from" and _people_from(before[-1]):
            m.origin = True  # "fuel porters from Pakistan's Balochistan who crossed near Saravan": their home
        elif last == "through" and len(words) >= 2 and (words[-2] in MOVING_THROUGH or len(words) >= 3 and before[-2].pos_ == "ADV" and words[-3] in MOVING_THROUGH
                                                        or before[-1].head.lower_ in MOVING_THROUGH):
            m.cue = "in"  # "marched through Noumea", "paraded through central Blantyre", "marched peacefully through Mubi", "drove
            # 40 tractors through Vaduz" (the verb "through" hangs on): in the town
        elif last == "through" and len(words) >= 2 and words[-2] in STREETS:
            m.cue = "in"  # "blocked the main road through Bijelo Polje" (tagged a person): the road in the town
        elif last in ("the",) and len(words) >= 2 and words[-2] in LOCATIVE:
            m.cue = words[-2]
        elif last in ("to", "toward", "towards") and len(words) >= 2 and words[-2] in ROUTE_WORDS and not any(h.place.kind == "country" for h in m.hits):
            m.cue, m.near = words[-2], True  # "travelling on the road to Mirebalais": on its way in (precision 2; not "the highway to Georgia")
        elif last in WEAK_LOCATIVE or (last == "the" and len(words) >= 2 and words[-2] in WEAK_LOCATIVE):
            m.weak = True
    if not m.cue and not m.modifier:
        # the object of a verb or preposition: "Israeli aircraft struck Houthi-controlled Hodeidah port"
        t = doc[m.start:m.end].root
        hops = 0
        while t.dep_ in ("compound", "amod", "nmod", "appos", "nummod") and t.head is not t and hops < 3:
            t, hops = t.head, hops + 1
        if t.dep_ in ("dobj", "pobj", "nsubjpass", "obl", "attr") and (t.dep_ != "pobj" or t.head.lower_ not in (WEAK_LOCATIVE - {"of"}) | NON_LOCATIVE):
            if not (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in ACTOR_NOUNS | SPEAKER):
                m.cue = "dep"
    if m.cue in (None, "dep"):
        t = doc[m.start:m.end].root
        if t.dep_ == "nsubj" and t.head.lemma_ == "fall" and any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in t.head.children):
            m.cue = "fell"  # "Tall Rifaat fell to Turkish-backed factions": a town changing hands
    if m.cue in (None, "dep") and (k := _unknown_before(before, m)) is not None:
        # "in Chanayethazan, Mandalay", "the market town of Tabit, North Darfur", "in Kasuwan Daji, Zamfara": a place the
        # gazetteer lacks, in Mandalay
        m.cue, m.near = (before[k].lower_ if before[k].lower_ != "of" else before[k - 1].lower_), True
    if m.cue is None and not m.modifier and (_item_header(doc, m) or _item_town(doc, m)):
        m.cue, m.item = "at", True  # "• 23 May, Harare: Police arrested ...", "Georgia - Zugdidi: ...": a digest item's place
    if any(w in NEAR_WORDS for w in words[-3:]):
        m.near = True
    if m.kind_hint:
        m.cue = m.cue or "generic"
    nxt = doc[m.end] if m.end < len(doc) else None
    if nxt is not None:
        air_base = nxt.lower_ == "air" and m.end + 1 < len(doc) and doc[m.end + 1].lower_ in ("base", "field", "strip", "port")
        of_town = nxt.lower_ == "of" and m.end + 1 < len(doc) and _is_cap(doc[m.end + 1])
        if m.cue in (None, "dep") and not m.modifier and nxt.lower_ in _W["inhabitants"] and not any(h.place.kind == "country" for h in m.hits):
            m.cue = nxt.lower_  # "Tubas residents buried the men killed in the raid": the town they live in, as "residents of Tubas"
        m.possessive = nxt.lower_ in POSSESSIVE and _owns_thing(doc, m)
        if nxt.lower_ in POSSESSIVE and not m.kind_hint and not any(h.place.kind == "country" for h in m.hits) and (part := _town_part(doc, m)) is not None:
            if part != "division":
                m.kind_hint = "town"  # "Beni's Matonge neighbourhood", "Goma's Virunga market", "Kabul's outskirts": X is a town
            m.near = m.near or part != "site"  # a named part of it (precision 2), not a site in it ("Kindia's central market": 1)
        if nxt.lower_ in QUARTERS or (nxt.lower_ == "area" and m.end + 1 < len(doc) and doc[m.end + 1].lower_ == "of") or (m.kind_hint and of_town):
            m.quarter = True  # "in the Nema neighbourhood", "the Khurai area of Imphal East", "the Karari district of Omdurman"
        site = next((t for t in doc[m.end : m.end + 3] if not (t.is_lower and t.is_alpha and t.lower_ not in FEATURES)), None)
        site_after = site is not None and site.lower_ in FEATURES and site.i > m.end  # "the Jalalaqsi forward operating base"
        if nxt.lower_ in ("countryside", "outskirts", "suburbs", "environs", "area", "road", "highway", "neighbourhood", "neighborhood") or (
                (nxt.lower_ in FEATURES or air_base or site_after) and m.start > 0 and (doc[m.start - 1].lower_ == "the" or _shouted_word(doc, m.start - 1))):
            # "the Tessalit base"; a headline in capitals drops its articles: "MEN TAKEN FROM NARA MARKET"
            m.near = True
            m.cue = (site.lower_ if site_after else nxt.lower_) if m.cue in (None, "dep") else m.cue
        # a country's name, or an alias of one ("US") unless a sizeable town has that name too ("Gaza")
        is_country = any(h.place.kind == "country" and h.preferred == 2 for h in m.hits) or (
            any(h.place.kind == "country" for h in m.hits) and not any(h.place.kind == "town" and h.place.population >= 50_000 for h in m.hits))
        root = doc[m.start : m.end].root
        attributive = root.dep_ in ("compound", "amod", "nmod") and root.head.i >= m.end and root.head.pos_ in ("NOUN", "PROPN")
        indefinite = m.start > 0 and doc[m.start - 1].lower_ in ("a", "an")  # "a US MQ-9 drone": no place is "a Syria"
        if is_country and (nxt.text in ("'s", "\u2019s") or nxt.lower_ in ACTOR_NOUNS or attributive or root.pos_ == "ADJ" or indefinite):
            m.modifier = True
        elif attributive and root.head.lower_ in SEATS_OF_POWER and m.cue in (None, "dep") and not (m.feature or m.institution):
            # (not an institution a town names: "the Bo Government Hospital", "the Bo Government School" are in Bo)
            m.modifier = True  # "an agreement with the Damascus authorities": a government's seat, not the event's place
        elif attributive and _named_head(root).lower_ in MOVEMENTS and not m.kind_hint and not is_country:
            m.movement = True  # "the anniversary of the Hirak protest movement": a movement's name (Syria's Al Hirak elsewhere)
        if nxt.text == "," and m.end + 1 < len(doc):
            after = doc[m.end + 1 : min(len(doc), m.end + 5)]
            for k in range(len(after), 0, -1):
                iso = country_of(after[:k].text) if not after[k - 1].is_punct else None  # ("Seychelles -" is "Seychelles")
                if iso:
                    if not (k < len(after) and (after[k].lower_ in GENERIC or after[k].pos_ in ("NOUN", "PROPN") or (
                            after[k].text in JOIN_HYPHENS and not after[k - 1].whitespace_))):
                        # not "Kontagora, Niger State" (a state) nor "Beit Hanoun, the Israeli army said" (an adjective), nor
                        # "Nova Kakhovka, Russian-installed officials said" (an adjective's compound)
                        m.country_after = iso
                        m.cue = m.cue or ","
                    break
        if nxt.text in JOIN_HYPHENS and m.end + 1 < len(doc) and doc[m.end + 1].lower_ in ("backed", "based", "led", "allied", "aligned", "affiliated", "linked", "supported", "sponsored", "born"):
            m.modifier = True  # ("the Zambian-born nun": where she was born)
        if nxt.lower_ in NEWSROOM or nxt.text in JOIN_HYPHENS and m.end + 1 < len(doc) and doc[m.end + 1].lower_ in NEWSROOM:
            m.newsroom = True
    if m.ner == "NORP" and any(h.place.kind == "country" for h in m.hits):
        m.modifier = True
    if (word := _country_settlement(doc, m)) is not None:
        m.modifier, m.cue = False, word  # "a Tajik border village", "an Armenian village": a place in that country
    if _item_label(doc, m):
        m.modifier, m.cue, m.item = False, "at", True  # "... rose. Seychelles - Taxi drivers drove ...": a digest item's place
    elif _paragraph_country(doc, m):
        m.item = m.paragraph_item = True  # "...\n\nIn Bolivia, coca growers ...": the paragraph's places are Bolivia's
    if m.cue in (None, "dep") and not m.modifier and m.ner and not any(h.place.kind == "country" for h in m.hits) and in_question(
            doccache.text(doc), m.start_char):
        m.question = True  # "Q: Can you say more about El Obeid?", "Q: Is Bint Jbeil still being hit?": what the answer tells of
    m.state_seat = _state_seat(doc, m.start)
    m.body_iso = _unit_body(doc, m)


PERSON_NOUNS = conventions().persons  # "Florence's husband": a person's, not a town's (casualties.toml persons, its one loader)


def _owns_thing(doc: Any, m: Mention) -> bool:
    """In "X's Y", is Y a thing a town may own ("Manikganj's Baul festival", "Monterrey's fan zone"), not a person nor an
    actor ("Florence's husband", "Kagame's government")?"""
    root = doc[m.start : m.end].root
    head = root.head if root.dep_ == "poss" and m.end < root.head.i < m.end + 5 else None
    return head is not None and head.pos_ == "NOUN" and head.lower_ not in PERSON_NOUNS | ACTOR_NOUNS | SPEAKER


def _town_part(doc: Any, m: Mention) -> str | None:
    """What "X's ..." names of X: "part" — a named neighbourhood, suburb or quarter, the outskirts or entrance of the
    town X ("Beni's Matonge neighbourhood", "Kabul's outskirts": the city at precision 2, WRITERS.md's Neighbourhoods
    line); "division" — a named district, area or township, of a town or of a province ("Goma's Katindo district",
    "Jalalabad's fifth district": the city at 2; "Nangarhar's Achin district": the province); "site" — a site in the
    town X ("Kindia's central market", "El Obeid's main hospital", "Warsaw's Castle Square", "Dublin's city centre",
    an unnamed neighbourhood, its mayor: precision 1, the Streets and sites line); None — nothing of a town."""
    words = doc[m.end + 1 : min(len(doc), m.end + 5)]
    root = doc[m.start : m.end].root
    head = root.head if root.dep_ == "poss" and m.end < root.head.i < m.end + 5 else None
    if head is None:  # (a parse that hangs X elsewhere: the first common noun after it)
        head = next((t for t in words if t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "PROPN")), None)
    fallback = "part" if any(t.lower_ in TOWN_PARTS for t in words) else None
    if head is None:
        return fallback
    low = head.lower_
    between = doc[m.end + 1 : head.i]
    if any(t.lower_ in SITE_WORDS for t in between) or low in SITE_WORDS:
        return "site"  # ("Bawku's central market area": the market)
    named = any(_is_cap(t) or t.like_num or t.ent_type_ == "ORDINAL" for t in between)
    if low in QUARTERS or low in SURROUNDINGS and low not in TOWN_DIVISIONS or low in TOWN_PARTS:
        return "part" if named or low not in QUARTERS else "site"  # (an unnamed one is the city at 1: "a Holguin neighbourhood")
    if low in TOWN_DIVISIONS:
        return "division" if named else None
    return fallback  # (not a name alone: "Sultan Kudarat's Lambayong" is a town of the province, "Sinaloa's Culiacan")


UNIT_BODY_GAP = 4  # "the Chanthaburi and Trat Border Defence Command": words between a unit's name and its body's noun
UNIT_BODY_RATIO = 10  # the unit a body is named after: the most populous of its name, this many times the next country's
UNIT_BODY_SIZE = 10_000  # and holding places of this many people at least


def _unit_body(doc: Any, m: Mention) -> str | None:
    """The country of the unit a state body is named after ("the Laguna provincial police said", "the Bahia security
    department", "the Trat Border Defence Command"): a unit's name before an actor's noun names the body's home, as a
    country's does ("Syrian forces"). The unit is the most populous of that name, when it is many times the size of
    any other country's (Laguna: the Philippine province, not a Brazilian municipality). Not a country's name, nor a
    catalogue actor's (counted as the actor's home)."""
    if m.modifier or any(h.place.kind == "country" for h in m.hits):
        return None
    k = m.end
    while k < min(len(doc), m.end + UNIT_BODY_GAP) and doc[k].lower_ not in ACTOR_NOUNS:
        t = doc[k]
        if not (_is_cap(t) or t.pos_ == "ADJ" or t.lower_ in GENERIC or t.lower_ in ("and", "&")):
            return None
        k += 1
    if k >= len(doc) or doc[k].lower_ not in ACTOR_NOUNS or any((t.ent_id_ or "").startswith("actor:") for t in doc[m.start : k + 1]):
        return None
    if k + 1 < len(doc) and doc[k + 1].lower_ in FEATURES | INSTITUTIONS:
        return None  # "the Nan Kafou police station": a building (in a place the gazetteer may lack), not a body
    sizes: Counter[str] = Counter()
    for h in m.hits:
        if h.place.kind in ("admin1", "admin2") and h.preferred and not h.loose:
            sizes[h.place.iso] = max(sizes[h.place.iso], h.place.population)
    ranked = sizes.most_common(2)
    # (a unit with no populated place known, "the Guma local government secretariat" as Liberia's Guma, is no evidence)
    if not ranked or ranked[0][1] < UNIT_BODY_SIZE or len(ranked) > 1 and ranked[0][1] < UNIT_BODY_RATIO * ranked[1][1]:
        return None
    if any(h.place.kind == "town" and h.preferred and not h.loose and h.place.iso != ranked[0][0] and h.place.population > ranked[0][1]
           for h in m.hits):
        return None  # "Portland Police Bureau": a city's police (Oregon's city is bigger than Jamaica's parish)
    return ranked[0][0]


def _unknown_before(before: list[Any], m: Mention) -> int | None:
    """The index in ``before`` of the locative (or "of" after a settlement word) before "Name, " when m follows a name
    the gazetteer lacks ("in Chanayethazan, Mandalay", "in Kasuwan Daji, Zamfara"); a name tagged a person only before
    an administrative unit ("Kasuwan Daji", tagged a person, is no person "in" a state)."""
    if len(before) < 3 or before[-1].text != ",":
        return None
    k = len(before) - 2
    while k >= 0 and (_is_cap(before[k]) or before[k].lower_ in CONNECTORS and k < len(before) - 2) and len(before) - 2 - k < 4:
        k -= 1
    while k + 1 < len(before) - 1 and before[k + 1].lower_ in CONNECTORS and not _is_cap(before[k + 1]):
        k += 1  # "at Grazettes, St Michael": "at" opens no name (an Arabic article only inside one: "Tall at-Tamr")
    names = before[k + 1 : -1]
    if k < 0 or not names or not _is_cap(names[0]):
        return None
    unit = any(h.place.kind in ("admin1", "admin2") for h in m.hits)
    if any(t.ent_type_ in ("ORG", "NORP") or t.ent_type_ == "PERSON" and not (unit and len(names) > 1) for t in names):
        return None
    if before[k].lower_ in LOCATIVE or before[k].lower_ == "of" and k >= 1 and before[k - 1].lower_ in SETTLEMENTS:
        return k
    return None


def _country_settlement(doc: Any, m: Mention) -> str | None:
    """The settlement word after a country's adjective or name that says where a place is ("a Tajik border village",
    "an Armenian village", "Afghan border posts"), else None ("Tajik troops", "the Tajik border": not a place of it)."""
    if not any(h.place.kind == "country" for h in m.hits):
        return None
    prev = doc[m.start - 1] if m.start > 0 else None
    if prev is not None and prev.lower_ not in ("a", "an", "the", "two", "three", "several") and prev.pos_ != "VERB":
        return None  # (a headline drops the article: "Mortar rounds hit Tajik border village"; not "from Tajik border villages")
    k = m.end
    border = k < len(doc) and doc[k].lower_ in BORDERS
    k += border
    if k >= len(doc):
        return None
    word = doc[k].lower_
    if word in FOREIGNERS:
        return None  # "the Chinese community in Belize City": people abroad, not a settlement of that country
    if word in SETTLEMENT_WORDS or border and word in BORDER_SITES:
        return word
    return None


def _named_head(tok: Any) -> Any:
    """The noun a name is the attribute of, through a compound before it ("Hirak" of "the Hirak protest movement")."""
    head, hops = tok.head, 0
    while head.dep_ == "compound" and head.head.i > head.i and hops < 2:
        head, hops = head.head, hops + 1
    return head


def _item_label(doc: Any, m: Mention) -> bool:
    """Is the name the label of a digest's item: after a sentence's end, a title's colon or (a country's) at a paragraph's
    start after another paragraph, before a spaced dash and a capitalised word that is no place ("INDIAN OCEAN BRIEFS: Seychelles -
    Taxi drivers ...", "... rose. Mauritius - A new ferry ...", a roundup's "...on Wednesday.\n\nPANAMA - Residents of
    Colon ..."; the text's first line is its title or dateline, no item)? Not "Russia - Ukraine talks" (a place after
    the dash)."""
    if m.start == 0 or m.end + 1 >= len(doc) or doc[m.end].text not in ITEM_DASHES or not doc[m.end - 1].whitespace_:
        return False
    before, after = doc[m.start - 1], doc[m.end + 1]
    if not (before.text == "." or before.text.endswith((":", ";")) or _paragraph_start(doc, m.start) and _names_a_country(m)):
        return False  # (at a paragraph's start, a country's name only: "LIMON - Three men ..." is a dateline's town)
    return _is_cap(after) and after.ent_type_ not in PLACE_LABELS  # ("(translated): X -")


def _names_a_country(m: Mention) -> bool:
    """Does the name read as a country's own name or a preferred form of it (no alias, no loose key)? What a paragraph's
    label must be (``_item_label``, ``_paragraph_country``)."""
    return any(h.place.kind == "country" and h.preferred not in (0, COUNTRY_ALIAS) and not h.loose for h in m.hits)


def _paragraph_start(doc: Any, i: int) -> bool:
    """Does token i open a paragraph that is not the text's first (a blank line, or a line break after a sentence's
    end, before it)?"""
    before = doc[i - 1] if i > 0 else None
    if before is None or not before.is_space or "\n" not in before.text:
        return False
    return i > 1 and ("\n\n" in before.text or doc[i - 2].text in (".", "!", "?", '"', "\u201d"))


PARAGRAPH_OPENERS = {"meanwhile", "elsewhere"}  # "Meanwhile, in Bolivia, ...": words before a roundup paragraph's "in"


def _paragraph_country(doc: Any, m: Mention) -> bool:
    """Is the name a country's own name after "In" opening a paragraph that is not the text's first, before a comma
    ("...\n\nIn Bolivia, coca growers threw stones ... west of Cochabamba", "Meanwhile, in Ecuador, ...")? A roundup's
    paragraph about that country: its places are that country's (not Peru's hamlet Cochabamba in a story filed in Lima)."""
    k = m.start - 1
    if k >= 1 and doc[k].lower_ == "the":
        k -= 1  # "In the Philippines, ..."
    if k < 1 or doc[k].lower_ != "in" or m.end >= len(doc) or doc[m.end].text != ",":
        return False
    if not _names_a_country(m):
        return False
    j = k - 1 if doc[k - 1].text == "," else k
    if j >= 1 and doc[j - 1].lower_ in PARAGRAPH_OPENERS:
        j -= 1
    return _paragraph_start(doc, j)


def _item_town(doc: Any, m: Mention) -> bool:
    """Is the name a town after its item's country label and a spaced dash, before a colon ("... sold. Georgia -
    Zugdidi: several hundred people rallied ...")?"""
    k = m.start - 2
    if k < 1 or m.end >= len(doc) or doc[m.end].text != ":" or doc[m.start - 1].text not in ITEM_DASHES:
        return False
    while k > 0 and _is_cap(doc[k - 1]) and doccache.sentence(doc, k - 1).start == doccache.sentence(doc, k).start:
        k -= 1  # (a country of several words: "Sierra Leone - Bo:")
    return doc[k - 1].text in (".", ":", ";") and country_of(doc[k : m.start - 1].text) is not None


def _items(doc: Any, mentions: list[Mention]) -> None:
    """Each name told after a digest's item label and before the next label is told in that item ("Curacao - Taxi
    drivers ... in Willemstad. Bonaire - ..."): its label names the country (or town) the item is about. A paragraph's
    label ("In Bolivia, ...") labels its own paragraph only."""
    label = None
    for m in mentions:
        if m.item:
            label = m
        elif label is not None:
            if label.paragraph_item and "\n" in doccache.text(doc)[label.end_char : m.start_char]:
                label = None
                continue
            m.item_of = label


ITEM_KM = QUARTER_KM  # a place of an item lies this close to its town label when it lies in another country


def _item_place(m: Mention, hits: list[Hit]) -> list[Hit]:
    """The places a name told in a digest's item may be: those of the item's country ("Curacao - ... in Willemstad" is
    Curacao's, not the Dutch village); with none there and a town for label, a part of that town the gazetteer lacks
    ("Chaguanas - Police and gunmen exchanged fire in Enterprise": not the Nevada city) when the name is a town's in a
    country nothing else in the article is about, not a neighbour's, a national capital by its own name nor near the label."""
    from . import is_capital  # (the package imports this module)

    item = m.item_of
    # (a label that is a place, and a sure one: not "29 MAY - MN:", Amman's other name, nor a name with close namesakes)
    label = item.chosen if item is not None and accepted(item) and (item.chosen.kind == "country" or item.margin > 1) else None
    if label is None or not hits or m.country_after or m.admin_after or any(h.place.kind == "country" for h in hits):
        return hits
    home = [h for h in hits if h.place.iso == label.iso]
    if home:
        return home
    if item.paragraph_item and all(h.place.kind in ("town", "site") and h.place.population < NAMESAKE_TOWN
                                   and h.place.iso not in index().neighbours(label.iso) for h in hits):
        return []  # "In Singapore, ... outside the gates of the Istana": an unknown place there, not a US hamlet of that other name
    if label.kind not in ("town", "site") or m.context > 0 or any(h.place.kind not in ("town", "site") for h in hits):
        return hits  # (a unit, or a place of a country the article is about otherwise: "Geneva - ... killed 30 in Gao, Malian troops")
    if any(h.place.iso in index().neighbours(label.iso) or (h.preferred and is_capital(h.place))
           or haversine_km(h.place.latitude, h.place.longitude, label.latitude, label.longitude) < ITEM_KM for h in hits):
        return hits
    return []


def _item_header(doc: Any, m: Mention) -> bool:
    """Is the name the place of an item's header: "Date, Place:" (or "Place:") opening a line or bullet of a digest,
    a monitor's brief or a flash update ("• 23 May, Harare: Police arrested eight activists")?"""
    if m.end >= len(doc) or doc[m.end].text != ":":
        return False
    start = m.start
    while start > 0 and "\n" not in doc[start - 1].text_with_ws and doc[start - 1].text.strip():
        start -= 1
    head = doc[start : m.start]
    if len(head) >= 2 and head[0].text in ("[", "(") and head[-1].text == {"[": "]", "(": ")"}[head[0].text] and not any(
            t.text in ("[", "(", "]", ")") for t in head[1:-1]):
        return True  # "[Translated from Arabic — Al-Wasat, Benghazi] Sabha: Residents ...": a desk's note, then the item's place
    return len(head) <= 6 and all(t.is_punct or t.like_num or t.ent_type_ in TIME_LABELS or t.text in BULLETS or t.is_space
                                  or t.lower_ in CALENDAR for t in head)


def _admin_after(doc: Any, mentions: list[Mention]) -> None:
    """'X, Idlib province', 'X (Maarrat al-Numan district, Idlib governorate)', 'X in Y province';
    "Sinaloa's Culiacan", "Tigray's Mekelle": the first names the unit the second is in."""
    for a, b in zip(mentions, mentions[1:]):
        gap_text = doccache.span_text(doc, a.end, b.start).strip()  # (all the text between two mentions: read once, sliced)
        if gap_text in ("'s", "\u2019s"):
            b.admin_after = split_generic(a.text)[0]
            a.container = True
            b.origin = a.origin  # "porters from Pakistan's Balochistan": their home, both names
            a.modifier = False
            a.near = True
            b.cue = b.cue or "'s"
            if b.end < len(doc) and doc[b.end].lower_ in TOWN_AREAS:
                b.part_of = a  # "Windhoek's Havana settlement", "Georgetown's Agricola area": a part of that town
            if b.kind_hint and not a.kind_hint and (iso := _country_name(a)):
                b.country_in = iso  # "Oman's Sharqiyah region", "Nigeria's Niger state": a unit of that country (not Egypt's)
            continue
        if gap_text == "," and b.kind_hint and not b.country_after and not a.kind_hint and (iso := _country_name(a)):
            b.country_in = iso  # "NGO SECURITY LOG — Guinea, Forest region.": a region of Guinea (not Guernsey's Forest parish)
        between = gap_text
        if _appositive(doc[a.end : b.start]) and any(h.place.kind in ("admin1", "admin2", "region", "country") for h in b.hits):
            between = "in"  # "Trinidad, the capital of Beni department", "Kita, a town in western Mali": a is in b
        elif (gap := [t.lower_ for t in doc[a.end : b.start]]) and _in_unit(gap, b):
            between = "in"  # "the village of Al-Mazraa in western Suwayda", "Kok-Tash, in the Batken region": a is in b
        elif _in_part_of(gap):
            between = "in"  # "Hatillo, in the south of San Jose", "Kafia, in the north-east of Borno": a is in b
        if between in (",", ", in", "in") and b.hits and all(h.place.kind in ("town", "site") for h in b.hits) and not (
                b.kind_hint in ("admin1", "admin2") or b.unit_isos):  # (not "Boni in Douentza cercle": a unit the gazetteer lacks)
            _in_town(a, b, between != ",")  # "in San Felix, Ciudad Guayana", "at a roadblock in Saint-Louis, in Mont-Dore"
        elif between.removeprefix(",").strip() in NEAR_TOWN and any(h.place.kind in ("town", "site") for h in b.hits):
            _near_town(a, b, between.startswith(","))  # "the village of al-Aqaba near Tubas", "a fair at Kobe, near Nampala"
        if between in ("and", ",", "or", ", and") and a.cue and a.cue not in ("dep", ",") and not b.cue and not (between == "," and _holds(b, a)):
            b.cue = a.cue  # "the outskirts of Khiam and Kfar Kila"
            b.near = b.near or a.near
            continue
        if between in (",", "(", ", in", "in", "of") or between.startswith("(") and len(between) <= 2:
            if b.ner == "PART" and b.end < len(doc) and _is_cap(doc[b.end]):
                continue  # "Rotherham, South Yorkshire police said": "South" of a longer name is no unit
            if between == "," and _says(doc, b) and not _holds(b, a):
                continue  # "in Caracas, González said", "in Nova Kakhovka, Russian-installed officials said": a speaker
            if len(b.unit_isos) == 1 and not (a.unit_isos or a.country_in or a.country_after):
                a.country_in = next(iter(b.unit_isos))  # "Kuchi village in Munya LGA": a Nigerian village (not China's)
            if _state_not_country(a, b):
                countries = {h.place.iso for h in b.hits if h.place.kind == "country"}
                b.hits = tuple(h for h in b.hits if h.place.kind != "country")  # "Atlanta, Georgia": the US state
                if a.country_after in countries:
                    a.country_after = None
            if any(h.place.kind in ("admin1", "admin2", "region", "country") for h in b.hits):  # ("Golo, in Jebel Marra")
                a.admin_after = split_generic(b.text)[0]
                b.unit_of = a
                countries = {h.place.iso for h in b.hits if h.place.kind == "country" and h.preferred == 2}
                if len(countries) == 1 and b.kind_hint is None and b.ner != "NORP" and not b.modifier:
                    a.country_in = next(iter(countries))
                if not a.cue:
                    a.cue, a.admin_cue = between or ",", True


def _speaker_of(tok: Any) -> bool:
    """Is the word the object of "of" after a speaker's noun ("Interior" of "the Ministry of Interior", "the Ministry of
    the Interior")?"""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in SPEAKER


def _in_unit(gap: list[str], b: Mention) -> bool:
    """Is the text between two names "in" with bearings ("in western Suwayda", ", in northern Jebel Marra") or, before a
    unit named with its kind, "in the" ("the village of Kok-Tash, in the Batken region", "in the northern Tillaberi
    region")? Then the first name is in the second (not "in the Gaza Strip" said after a town of Israel's: no kind word)."""
    words = [w for w in gap if w not in DIRECTIONS]
    if words[-1:] == ["the"] and b.kind_hint in ("admin1", "admin2"):
        words.pop()
    elif gap[-1] not in DIRECTIONS:
        return False
    return " ".join(words) in ("in", ", in")


def _in_part_of(gap: list[str]) -> bool:
    """Is the text between two names "in the <bearing> of" (", in the south of", "in the north-east of")?"""
    if len(gap) < 4 or gap[-1] != "of" or gap[-2] not in DIRECTIONS:
        return False
    k = len(gap) - 2
    while k > 0 and (gap[k] in DIRECTIONS or gap[k] in JOIN_HYPHENS):
        k -= 1
    return gap[k] == "the" and " ".join(gap[:k]) in ("in", ", in")


SAYS_GAP = 4  # "Nova Kakhovka, Russian-installed officials said": words between a speaker's name and the reporting verb


def _says(doc: Any, m: Mention) -> bool:
    """Is the name (a person, or a country's adjective before a lower-case noun) the subject of a reporting verb that
    follows it within a few lower-case words ("González said", "Russian-installed officials said", "Syrian state media
    reported")? Then it speaks; it is no unit a place before it lies in."""
    for k in range(m.end, min(len(doc), m.end + SAYS_GAP + 1)):
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING and not tok.text.istitle():
            return all(not _is_cap(t) for t in doc[m.end : k]) and all(t.text not in (",", ";", ":", "(", ")") for t in doc[m.end : k])
        if tok.is_punct and tok.text not in JOIN_HYPHENS or tok.pos_ in ("VERB", "AUX", "ADP") and tok.tag_ != "VBN":
            return False
    return False


def _in_town(a: Mention, b: Mention, said_in: bool) -> None:
    """"X, Y" or "X, in Y" with Y a town: X's places within QUARTER_KM of a place of Y are the ones meant (San Felix of
    Ciudad Guayana, not Uruguay's); with "in" said and none near, X is a part of Y the gazetteer lacks (no place of its
    own: not Senegal's Saint-Louis for "Saint-Louis, in Mont-Dore"). A list ("Gao, Timbuktu") keeps its names."""
    towns = [h.place for h in b.hits if not h.loose]
    near = tuple(h for h in a.hits if h.place.kind in ("town", "site") and any(
        haversine_km(h.place.latitude, h.place.longitude, t.latitude, t.longitude) < QUARTER_KM for t in towns))
    if near:
        a.hits = near
    elif said_in and towns and all(h.preferred for h in b.hits):
        a.hits = ()  # (not when Y is only another name of a town abroad: "near Khimar, in Shabwa" is not Myanmar's Sha Bwa)


NEAR_TOWN = {"near", "outside", "close to", "next to"}  # "X near Y": X is told by the town it lies by
NEAR_TOWN_KM = 80  # a place told by a town lies this close to it at most
NEAR_TOWN_SIZE = 100_000  # and is no town this big (a city is not told by a smaller town)


def _near_town(a: Mention, b: Mention, told: bool = False) -> None:
    """"X near Y" with Y a town (its own name): X's places within NEAR_TOWN_KM of a place of Y are the ones meant; with none,
    X is a village the gazetteer lacks by Y (no place of its own: "the village of al-Aqaba near Tubas" is not Jordan's
    Aqaba), so the event is near Y. ``told``: "X, near Y" tells where X lies, even when a city abroad shares X's name ("a
    weekly fair at Kobe, near Nampala" is a Malian village, not Japan's port)."""
    towns = [h.place for h in b.hits if not h.loose and h.preferred and h.place.kind in ("town", "site")]
    if not towns or any(not h.preferred or h.loose for h in b.hits) or any(h.place.kind == "country" or h.place.kind == "town" and h.place.population >= NEAR_TOWN_SIZE and not told for h in a.hits):
        return
    near = tuple(h for h in a.hits if h.place.kind in ("town", "site", "admin2") and any(
        haversine_km(h.place.latitude, h.place.longitude, t.latitude, t.longitude) < NEAR_TOWN_KM for t in towns))
    a.hits = near


def _holds(unit: Mention, m: Mention) -> bool:
    """Is one of m's places inside a unit the name ``unit`` may be ("in San Fernando, La Union": the province, not a
    second place of a list)?"""
    units = {h.place.id for h in unit.hits if h.place.kind in ("admin1", "admin2") and not h.loose}
    return any({h.place.admin1, h.place.admin2} & units for h in m.hits if h.place.kind in ("town", "site") and not h.loose)


def _country_name(m: Mention) -> str | None:
    """The country m names by its own name ("Oman", "Nigeria"), if one only."""
    countries = {h.place.iso for h in m.hits if h.place.kind == "country" and h.preferred == 2 and not h.loose}
    return next(iter(countries)) if len(countries) == 1 else None


def _appositive(gap: Any) -> bool:
    """Is the text between two names an appositive that puts the first inside the second: ", the capital of",
    ", a village in", ", the main town of", ", a market town in northern"?"""
    words = [t.lower_ for t in gap]
    if len(words) < 4 or words[0] != "," or words[1] not in ("the", "a", "an"):
        return False
    while words and words[-1] in DIRECTIONS:
        words.pop()  # "a town in northern Mali"
    return len(words) <= 7 and words[-1] in ("of", "in") and words[-2] in APPOSITIVE_NOUNS and all(t.is_lower for t in gap[2:])


def _state_not_country(a: Mention, b: Mention) -> bool:
    """Is b, which qualifies a ("Atlanta, Georgia", "Kontagora, Niger"), a country's name that also names a province of
    another country (the US state of Georgia, Nigeria's Niger state) holding a place named like a? Then b is that
    province, not the country ("Batumi, Georgia" and "Agadez, Niger" keep the country: no namesake in the province)."""
    countries = {h.place.iso for h in b.hits if h.place.kind == "country" and h.preferred == 2}
    units = {h.place.id for h in b.hits if h.place.kind == "admin1" and h.place.iso not in countries}
    return bool(countries and units) and any(h.place.admin1 in units and h.place.kind in ("town", "site", "admin2") for h in a.hits if not h.loose)


def _country_votes(doc: Any, mentions: list[Mention], dateline_iso: str | None) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """(all votes, geographic votes, peoples' votes): countries named (names, adjectives, 'X, Country'), places that
    exist in one country only, the dateline; all votes also count the named actors' home countries, of which
    communities found in several countries ("Fulani", "Dogon") are the peoples' votes."""
    votes: Counter[str] = Counter()
    actor_votes: Counter[str] = Counter()
    peoples: Counter[str] = Counter()
    in_mentions = {m.start for m in mentions}
    shared: dict[str, set[str]] = {}  # each name found in several countries: the countries it is found in under its own name
    for ent in doccache.ents(doc):
        if weapon_owner(doc, ent.start, ent.end) or ent.label_ == "NORP" and (abroad(doc, ent.start, ent.end) or striking_forces(doc, ent.start, ent.end, country_of(ent.text), mentions)):
            continue  # "Russian missiles hit Pokrovsk", "Hezbollah rockets", "Russian forces shelled Pokrovsk": the weapon's owner, not the place
        if ent.end < len(doc) and doc[ent.end].lower_ in EMBASSY:
            continue  # "the American embassy", "the Turkish consulate": abroad by definition
        if ent.label_ == "NORP" and ent.start not in in_mentions:
            iso = country_of(ent.text)
            if iso:
                actor_votes[iso] += 1.0  # an adjective names an actor's home, not where things happen
        if ent.ent_id_ and ent.ent_id_.startswith("actor:") or ent.label_ == "ORG" and normalize(ent.text) in _named_actors():
            # (an organisation NER finds under the catalogue's own name, which is no alias: "the Awami League", "the BNP")
            name = ent.ent_id_.removeprefix("actor:") if ent.ent_id_ else _named_actors()[normalize(ent.text)]
            actor = actors_by_name().get(name)
            if actor is not None and actor.country and actor.kind != "external" and not any_states_unit(ent.text) and not (
                    actor.kind in STATE_KINDS and striking_forces(doc, ent.start, ent.end, actor.country, mentions)):  # ("Russian forces shelled ...")
                actor_votes[actor.country] += 1.0 if actor.kind == "state" else 1.5
                if actor.kind == "identity_militia":
                    peoples[actor.country] += 1.5
    for i, iso in _people_nouns(doc, in_mentions):
        if not (weapon_owner(doc, i, i + 1) or abroad(doc, i, i + 1) or striking_forces(doc, i, i + 1, iso, mentions)):
            actor_votes[iso] += 1.0  # "Young Jordanians burned tyres": a country's people, as its adjective is
    for m in mentions:
        if m.topic:
            continue  # "the war in Gaza" in a Brisbane story: no context
        if m.country_after:
            votes[m.country_after] += 1.0
        isos = {h.place.iso for h in m.hits if not h.loose}
        credible = m.ner in PLACE_LABELS or (m.cue not in (None, "dep") and m.ner not in ("ORG", "PERSON", "PART", "NORP") and any(h.preferred for h in m.hits))
        if m.cue in (None, "dep") and not any(h.preferred for h in m.hits):
            credible = False  # "Tebu and Zway elders" (Zway: an alternate name of Ethiopia's Ziway) is no country's context
        if m.admin_after and not country_of(m.admin_after) and not any(m.admin_after in _admin_keys(h.place) for h in m.hits):
            credible = False  # "near Golo, in Jebel Marra": no Golo of the gazetteer is there (Guinea-Bissau's is no context)
        if m.said_in or m.quarter and m.end + 1 < len(doc) and doc[m.end].lower_ in QUARTERS and doc[m.end + 1].lower_ == "of":
            credible = False  # "the Cieneguita neighbourhood of Limon": a town's part, whose namesakes elsewhere say nothing
        biggest = max((h.place.population for h in m.hits if h.place.kind in ("town", "site") and not h.loose), default=0)
        # (a name's countries with a place of a tenth of its biggest namesake's size: Alameda and Lisbon share only small US
        # towns, while Lisbon itself is Portugal's capital)
        own_name = {h.place.iso for h in m.hits if not h.loose and h.preferred and (
            h.place.kind not in ("town", "site") or SHARED_SIZE * h.place.population >= biggest)}
        if credible and len(isos) > 1 and own_name and not m.modifier and not any(h.place.kind == "country" for h in m.hits):
            shared.setdefault(normalize(m.text), own_name)
        if credible and len(isos) == 1 and m.hits and not any(h.place.kind == "country" for h in m.hits) and not (m.dateline and isos == {dateline_iso}):
            iso = next(iter(isos))
            votes[iso] += 0.5
            m.own_votes[iso] = m.own_votes.get(iso, 0.0) + 0.5
        elif len(m.unit_isos) == 1:
            iso = next(iter(m.unit_isos))  # "in Munya LGA": a Nigerian unit, even one the gazetteer lacks
            votes[iso] += 0.5
            m.own_votes[iso] = m.own_votes.get(iso, 0.0) + 0.5
        elif m.body_iso:
            votes[m.body_iso] += 0.5  # "the Bahia security department said": a body at work in its unit
            m.own_votes[m.body_iso] = m.own_votes.get(m.body_iso, 0.0) + 0.5
        countries = {h.place.iso for h in m.hits if h.place.kind == "country" and not h.loose and not _article_dropped(m.text, h.place.name)}
        units = {h.place.iso for h in m.hits if h.place.kind in ("admin1", "admin2") and not h.loose}
        if m.cue in SETTLEMENT_WORDS and any(h.place.kind == "town" for h in m.hits):
            countries = set()  # "the city of Armenia": Colombia's city, no vote for the country
        if m.kind_hint in ("admin1", "admin2") and units and countries:
            countries = set()  # "the Niger State Police Command": the state, not the country Niger
            if len(units) == 1 and m.ner != "PART":
                iso = next(iter(units))
                votes[iso] += 0.5
                m.own_votes[iso] = m.own_votes.get(iso, 0.0) + 0.5
        if m.end < len(doc) and doc[m.end].lower_ in EMBASSY:
            continue  # "the US embassy in Manila": an embassy is abroad, its country says nothing of the place
        # a demonym the small model tags a person ("Nigerien soldiers", "Togolese") is still an adjective
        demonym = m.ner == "PERSON" and any(h.place.kind == "country" and h.preferred == COUNTRY_ALIAS for h in m.hits)
        if len(countries) == 1 and (m.ner != "PERSON" or demonym) and not ((m.modifier or m.ner == "NORP" or demonym) and (
                weapon_owner(doc, m.start, m.end) or abroad(doc, m.start, m.end) or striking_forces(doc, m.start, m.end, next(iter(countries)), mentions))):
            iso = next(iter(countries))
            # "in Syria" is geography; "Syrian forces", "forces of Armenia" name an actor's home
            # (a state's forces the catalogue does not list, "Ukrainian forces", count as those it does, "Russian troops",
            # whose entity votes beside the country word: a second vote)
            vote = 2.0 if _unlisted_forces(doc, m) else 1.0
            (actor_votes if m.modifier or m.ner == "NORP" or demonym else votes)[iso] += vote
            m.own_votes[iso] = m.own_votes.get(iso, 0.0) + vote
    context = _context_countries(doc)
    for isos in context:
        if len(isos) <= CONTEXT_FEW:
            for iso in isos:
                votes[iso] += CONTEXT_VOTE  # "Sindhi activists ... in Hyderabad": a word of Pakistan's, context as its name is
    if iso := _shared_country(list(shared.values())):
        votes[iso] += 0.5  # "Residents of Cartago blocked the road to San Jose ... through Tres Rios": Costa Rica has all three
    if dateline_iso:
        votes[dateline_iso] += DATELINE_VOTE
    if not +votes and not +actor_votes:
        # a word of many countries ("gendarmes": France's, francophone Africa's...) speaks only where nothing else does
        # ("a gendarmerie post on the outskirts of Mango": Togo's, not India's; any other vote would make those countries
        # ones the article is about)
        for isos in context:
            if len(isos) > CONTEXT_FEW:
                for iso in isos:
                    votes[iso] += CONTEXT_VOTE
    return votes + actor_votes, votes, peoples


SHARED_SIZE = 10  # a name counts as found in a country when a place of it there is a tenth of its biggest namesake's size


def _shared_country(names: list[set[str]]) -> str | None:
    """The one country where every one of two or more names found in several countries has a place, if only one has
    them all: names said together lie together (no vote when two or more countries have them all, "Madrid ... Valencia")."""
    if len(names) < 2:
        return None
    common = set.intersection(*names)
    return next(iter(common)) if len(common) == 1 else None


def _people_nouns(doc: Any, in_mentions: set[int]) -> list[tuple[int, str]]:
    """(token, country) for each plural of a country's adjective used as a noun ("Young Jordanians", "angry Pakistanis",
    tagged a person or nothing), which the country names do not list ("Afghans" is listed) and no mention covers."""
    out = []
    for t in doc:
        if t.i in in_mentions or not t.is_title or len(t.text) < 5 or not t.text.endswith("s") or t.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
            continue
        if country_of(t.text) is None and (iso := country_of(t.text[:-1])) is not None:
            out.append((t.i, iso))
    return out


def _unlisted_forces(doc: Any, m: Mention) -> bool:
    """Is the country word before a noun of a state's forces ("Ukrainian forces", "Syria's army") that no actor entity of the
    catalogue covers? Those it lists ("Russian troops") vote as an actor beside their country word."""
    root = doc[m.start : m.end].root
    head = root.head
    return (m.modifier or m.ner == "NORP") and root.dep_ in ("amod", "compound", "nmod", "poss") and head.i >= m.end and (
        head.lemma_.lower() in MILITARY) and not any((t.ent_id_ or "").startswith("actor:") for t in doc[m.start : head.i + 1])


@functools.cache
def _named_actors() -> dict[str, str]:
    """Folded own names of the catalogue's groups with a home country ("Awami League"; "BNP" and "Bangladesh Nationalist
    Party" of "BNP: Bangladesh Nationalist Party") -> the entry's name."""
    out: dict[str, str] = {}
    for a in actor_entries():
        if a.country and a.kind not in STATE_KINDS:
            for part in (a.name, *a.name.split(": ", 1)):
                if len(key := normalize(part)) >= 3:
                    out.setdefault(key, a.name)
    return out


def common_noun_actor(span: Any, actor: Any) -> bool:
    """Is an actor named only by a common noun ("herders", "vigilantes": catalogue aliases of Nigeria's groups) rather
    than a name or a state's force? Herders and vigilantes are found in every country: the noun is no home of last
    resort (it still counts as context among namesakes: "herdsmen ... in Guma local government area"). ("the junta", a
    state's, keeps its catalogue home: Myanmar's, the one most news means.)"""
    # (a common noun capitalised only because it opens a sentence, "Market vendors", is no name; "Fano fighters" is)
    named = any(any(c.isupper() for c in t.text) and not (t.is_sent_start and t.pos_ == "NOUN") for t in span)
    # (nor a state's force whose catalogue name is a proper one said in lower case: "protesting against levies" is no
    # mention of Pakistan's Levies)
    spelt = [a for a in actor.aliases if a.lower() == span.text.lower()]
    return not named and (actor.kind != "state" or span.text.islower() and bool(spelt) and all(any(c.isupper() for c in a) for a in spelt))


def any_states_unit(text: str) -> bool:
    """Does an actor's name name only a unit every state has ("the National Guard", "border guards"), and no
    country ("the Mexican National Guard")? Then the catalogue entry it matched (Mexico's National Guard) says
    nothing of the country (actors/words.toml state_units_*)."""
    from ..actors.naming import state_unit_words  # (the actors package imports geo)

    words = text.replace("\u2019", "'").replace("'s", " ").split()
    if any(w.lower() == "junta" for w in words):
        return False  # "the junta": the catalogue's home for it (Myanmar's, the one most news means) is a fair guess
    return state_unit_words(text) is not None and not any(country_of(w) for w in words)


def weapon_owner(doc: Any, start: int, end: int) -> bool:
    """Does doc[start:end] qualify a weapon or strike ("Russian missiles", "an Israeli air strike",
    "Russia's drone attack")? Foreign forces strike abroad: the owner's country says nothing of the place. Also a
    nationality and its weapon as one name ("Ukrainian drones attacked the port": the actor catalogue's forces of Ukraine)."""
    return end - start > 1 and doc[start:end].root.lower_ in WEAPON_NOUNS or _qualifies(doc, start, end, WEAPON_NOUNS)


def striking_forces(doc: Any, start: int, end: int, iso: str | None, mentions: list[Mention]) -> bool:
    """Does doc[start:end] give the nationality (``iso``) of forces that shell, bomb, strike or storm a place named after
    the verb in its sentence that a country bordering theirs has too ("Russian forces shelled Pokrovsk": Donetsk's, not
    Sakha's)? Forces strike across a border as often as at home: their country then says nothing of which namesake,
    as a weapon's owner's does not (the names' own weight, their size and where the wars are decide). Not "Syrian
    regime forces shelled the town of Ariha": no neighbour of Syria has an Ariha by its own name; nor a sea or lake
    whose shores have rows per country ("Houthi forces attacked a ship in the Red Sea": only towns count)."""
    if iso is None:
        return False
    t = doc[start:end].root
    hops = 0
    while t.lower_ not in ARMED_NOUNS and t.dep_ in ("amod", "compound", "nmod", "poss") and t.head is not t and hops < 3:
        t, hops = t.head, hops + 1
    if not (t.lower_ in ARMED_NOUNS and t.dep_ == "nsubj" and t.head.lower_ in STRIKE_VERBS):
        return False
    verb = t.head
    across = index().neighbours(iso)
    return any(verb.i < m.start < doccache.sent_of(verb).end and any(h.place.iso in across and h.place.kind == "town" and h.preferred and not h.loose for h in m.hits) for m in mentions)


def abroad(doc: Any, start: int, end: int) -> bool:
    """Does doc[start:end] give the nationality of people who are abroad ("Chinese nationals", "an Italian
    missionary", "Russian mercenaries")? Their country is not where the event was, not even as a last resort."""
    if end + 1 < len(doc) and doc[end].text in JOIN_HYPHENS and doc[end + 1].lower_ == "born":
        return True  # "the Zambian-born nun": where someone was born, not where the event was
    return _qualifies(doc, start, end, FOREIGNERS) or _on_mission(doc, start, end)


def _on_mission(doc: Any, start: int, end: int) -> bool:
    """"Ugandan troops of the AU mission", "Burundian soldiers serving with ATMIS": a contingent abroad."""
    t = doc[start:end].root
    head = t if t.lower_ in ARMED_NOUNS | ORIGIN_NOUNS else t.head if t.dep_ in ("amod", "compound", "nmod") else None
    if head is None or head.lower_ not in ARMED_NOUNS | ORIGIN_NOUNS:
        return False
    return any(w.lower_ in MISSIONS for w in doc[head.i + 1 : min(len(doc), head.i + 8)])


def _qualifies(doc: Any, start: int, end: int, nouns: frozenset[str]) -> bool:
    t = doc[start:end].root
    hops = 0
    while t.dep_ in ("amod", "compound", "nmod", "poss", "nummod") and t.head is not t and hops < 4:
        t, hops = t.head, hops + 1
        if t.lower_ in nouns:
            return True
    return False


@functools.cache
def _conflict_prior() -> dict[tuple[str, str], float]:
    """(alpha2, folded admin1 name) -> weight: where sustained fighting concentrates (admin_conflict.tsv); admin1
    "*" is the whole country ("*" is kept as the key)."""
    out = {}
    for line in read_text("admin_conflict.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            iso, name, weight = line.split("\t")[:3]
            out[(iso, name if name == "*" else split_generic(name)[0])] = float(weight)
    return out


def conflict_prior(p: GeoPlace, country: bool = True) -> float:
    """The weak prior of a town, site or district for being the place a conflict report means among its namesakes:
    its province's weight (the front), plus, when ``country``, its country's ("in Kita" with nothing else named:
    Mali's town, not Tokyo's ward)."""
    if p.kind not in ("town", "site", "admin2"):
        return 0.0
    prior = _conflict_prior()
    return prior.get((p.iso, "*"), 0.0) * country + prior.get((p.iso, split_generic(index().admin_name(p.admin1) or "")[0]), 0.0)


BIG_NAMESAKE = 1_000_000  # a city this big is what its name alone means: no country prior against it ("Hyderabad police")


# a place's own (GeoNames main) name over a place that only goes by it as an alternate name: the latter must be some 60 times
# bigger to win ("Residents of Neves": Sao Tome's town, not Brazil's Ribeirao das Neves; "the settlement of Ariel" is no
# Jerusalem, which GeoNames also calls Ariel)
MAIN_NAME = 0.8


def _article_dropped(text: str, name: str) -> bool:
    """Is ``text`` the name without its leading article ("Salvador" for "El Salvador"; keys fold the article away)?"""
    said, full = fold(text).split(), fold(name).split()
    return len(full) > 1 and full[0] in ARTICLES and bool(said) and said[0] not in ARTICLES


DISTRICT_SEAT = 10_000  # a town named like the district it is in, listed without people, counts as a town this big


def _district_seat(p: GeoPlace) -> bool:
    """Is the town named like the district (admin2) it is in ("Magura" of Magura district, "Zurmat")?"""
    name = index().admin_name(p.admin2) if p.admin2 else None
    return bool(name) and split_generic(name)[0] == split_generic(p.name)[0]


def _seat_people(pid: int) -> int:
    from . import unit_seat  # (the package imports this module)

    seat = unit_seat(pid)
    return seat.population if seat is not None else 0


def _score(m: Mention, hit: Hit, votes: Counter[str], top: float, admins: set[str], anchors: list[GeoPlace], quiet: bool = False,
           districts: frozenset[int] = frozenset()) -> float:
    """``admins``: folded names of the provinces the article names; ``districts``: ids of the admin2 units it names.
    ``quiet``: nothing else in the article says which country, and no namesake is a big city (the country prior's turn)."""
    p = hit.place
    s = 3.0 * votes.get(p.iso, 0.0) / top if top else 0.0
    # a province's population (the sum of its places') counts up to a small town's: it beats a village of
    # its name elsewhere ("in Narino"), not a city ("Washington", "Maputo"); districts count as empty
    size = min(p.population, 30_000) if p.kind == "admin1" else 0 if p.kind == "admin2" else p.population
    if p.kind == "town" and not size and _district_seat(p) and not any(
            h.place.kind == "site" or h.place.iso == p.iso and h.place.kind == "town" and h.place.id != p.id for h in m.hits):
        # "in Magura": Bangladesh's district town (listed without people), not a Romanian village of 4,000 (against
        # namesakes abroad only: another town of its country keeps its own people, a listed site its rank: "al-Hol")
        size = DISTRICT_SEAT
    s += 0.45 * math.log10(size + 10)
    if p.kind == "country":
        # (not "Salvador", El Salvador's name without its article: "a favela in Salvador", Brazil's city)
        s += 6.0 if hit.preferred == 2 and not _article_dropped(m.text, p.name) else 1.0
        if m.kind_hint or m.cue in SETTLEMENT_WORDS:
            s -= 8.0  # "Idlib province", "the town of Belize": no country
    elif p.kind in ("admin1", "admin2", "region"):
        s += 0.2 if p.kind == "admin2" else 1.2
        if p.kind == "admin1":
            s += 0.02 * math.log10(p.population + 10)  # same-named provinces: the more populous ("Plateau State": Nigeria's)
        else:
            # same-named districts: the one whose chief town is the larger ("Bo district": Sierra Leone's, seat of a city
            # of 200,000; Norway's Bo is a village; a district's own population is often left empty)
            s += 0.02 * math.log10(max(p.population, _seat_people(p.id)) + 10)
        if m.container:  # "Sinaloa's Culiacan": the first names a unit
            s += 1.0
    if m.kind_hint:
        if m.kind_hint == p.kind or (m.kind_hint == "admin1" and p.kind == "admin2") or (m.kind_hint == "admin2" and p.kind == "admin1"):
            s += 4.0 if m.kind_hint == p.kind else 2.0
        elif m.kind_hint == "town" and p.kind in ("town", "site"):
            s += 1.5
        elif p.kind in ("town", "site"):
            s -= 1.0
        elif m.kind_hint == "town":
            s -= 1.0  # "Kingston city", "Beni's Matonge neighbourhood": a town, not a province of that name
    elif p.kind in ("town", "site"):
        s += 0.8
    # (a country's name said without its article, "Salvador", is no own name of it: Bahia's city of 2.7 million is
    # what it means when nothing names El Salvador)
    # (nor is a town's: "Limon" is Costa Rica's Limon before Venezuela's El Limon)
    s += 0.0 if p.kind in ("country", "town") and _article_dropped(m.text, p.name) else {0: 0.0, 1: MAIN_NAME, 2: 0.7, 3: 1.5}.get(hit.preferred, 0.0)
    if hit.loose:
        s -= 1.5
    if m.country_after:
        s += 5.0 if p.iso == m.country_after else -3.0
    if m.admin_after:
        own = {fold(index().admin_name(p.admin1) or ""), fold(index().admin_name(p.admin2) or "")}
        if m.admin_after in {split_generic(x)[0] for x in own if x}:
            s += 4.0
    if p.kind in ("town", "site", "admin2"):
        a1 = index().admin_name(p.admin1)
        if a1 and split_generic(a1)[0] in admins and split_generic(a1)[0] != split_generic(m.text)[0] or p.admin2 in districts and p.id not in districts:
            s += 2.0  # (a town of a district the article names: "in Santa Cruz ..., the Laguna provincial police said")
    if p.kind == "town" and not hit.preferred and p.population >= SEAT_TOWN and all(h.place.iso == p.iso for h in m.hits) and any(
            h.place.kind == "admin1" and h.preferred and not h.loose and h.place.id == p.admin1 for h in m.hits):
        # "Mykolaiv" (an alternate name of the city Mykolayiv), a name of one country's places only: the chief town of
        # the province named so, not a village elsewhere that also goes by the name (a town named so outright needs no
        # help: it tops the province already)
        s += 2.0
    s += conflict_prior(p, country=quiet and hit.preferred > 0)  # a same-named village on the front, or where the wars are
    if p.iso in m.colocated:
        s += COLOCATED  # "Residents of Cartago blocked the road to San Jose": Costa Rica's San Jose, by Costa Rica's Cartago
    if anchors and p.kind in ("town", "site", "admin2"):
        d = min(haversine_km(p.latitude, p.longitude, a.latitude, a.longitude) for a in anchors)
        if d < 60:
            s += 1.5
        elif d < 200:
            s += 0.7
    return s


COLOCATED = 1.0  # score of a country where a name's namesake lies by a namesake of another name the article tells as a place
COLOCATED_KM = 50  # this close, or inside it (a unit), in the same country
LOCAL_KINDS = ("town", "site", "admin1", "admin2")
COLOCATED_PEOPLE = 1000  # a town this big at least: hamlets share names by the dozen (Mexico's Medellin and San Javier lie together)


def _colocatable(m: Mention) -> list[GeoPlace]:
    """The mention's places (by their own name, no transliteration) that may tell where a namesake told with them lies:
    a unit, a listed site or region (an island: "Police on Mahe ... in Mont Fleuri" are the Seychelles'), a town of
    COLOCATED_PEOPLE+."""
    return [h.place for h in m.hits if h.preferred and not h.loose and h.place.kind in (*LOCAL_KINDS, "region")
            and (h.place.kind != "town" or h.place.population >= COLOCATED_PEOPLE)]


def _colocated(mentions: list[Mention]) -> None:
    """Names found in several countries whose namesakes lie together in one country are that country's: "Residents of
    Cartago blocked the road to San Jose ... through Tres Rios" (Costa Rica's three, not California's San Jose),
    "marched through Mindelo ... Sao Vicente". Marks, on every mention whose places (by their own name) lie in several
    countries, the countries where one of them lies within COLOCATED_KM of (or inside, or around) a place of another
    name the article tells as a place (a cue, a place label or the dateline; main names only, no transliterations: not
    Sultan sa Barongis, also called Lambayong, by Sultan Kudarat). A country's bonus, not a place's: which of the
    country's namesakes stays for the other rules ("Birnin Gwari" by "Kaduna" stays the district's town)."""
    told: dict[str, list[tuple[str, GeoPlace]]] = {}
    for m in mentions:
        if m.modifier or not (m.dateline or m.weak and m.ner not in ("PERSON", "ORG") or m.ner in PLACE_LABELS or m.cue not in (None, "dep")) or any(
                h.place.kind == "country" for h in m.hits):
            continue  # (nor a country's name: "Mexico" is also a Mexican state, which holds a La Paz; nor a name only a weak
            # cue tells that NER calls a person: "marched from the Caudan waterfront to ... Port Louis" is Mauritius' capital,
            # not the Breton village by the French hamlet Caudan)
        key = fold(m.text)
        for p in _colocatable(m):
            told.setdefault(p.iso, []).append((key, p))
    if not told:
        return
    for m in mentions:
        places = _colocatable(m)
        if len({p.iso for p in places}) < 2:
            continue
        key = fold(m.text)
        m.colocated = frozenset(p.iso for p in places if any(
            k != key and q.id != p.id and (q.id in (p.admin1, p.admin2) or p.id in (q.admin1, q.admin2)
                                           or haversine_km(p.latitude, p.longitude, q.latitude, q.longitude) < COLOCATED_KM)
            for k, q in told.get(p.iso, ())))


def resolve(doc: Any, mentions: list[Mention], dateline_iso: str | None = None) -> list[Mention]:
    """Choose one place for every mention, using the article as context (two passes)."""
    from . import is_capital  # (the package imports this module)

    _route_pairs(mentions)
    _topics(mentions)
    _items(doc, mentions)
    _colocated(mentions)
    for m in mentions:
        m.own_votes = {}  # (resolved again with the dateline's country: its own votes are counted afresh, not twice)
    _quarters_again(mentions)
    votes, geo_votes, peoples = _country_votes(doc, mentions, dateline_iso)
    anchors: list[GeoPlace] = []
    admins: set[str] = _units_named(mentions)
    districts: set[int] = set()
    # a name said again is no context for itself ("seized trawlers off Delft ... opened fire near Delft": the second
    # Delft says nothing of which Delft the first is): the votes of every mention of the same name are its own
    said: dict[str, list[Mention]] = {}
    for m in mentions:
        said.setdefault(fold(m.text), []).append(m)
    for rnd in range(2):
        top = max([1.0, *votes.values()])  # a lone weak vote (0.5) is not a whole article's context
        for m in mentions:
            again = said[fold(m.text)]

            def own_name(iso: str) -> float:
                return sum(o.own_votes.get(iso, 0.0) for o in again)

            def ctx(iso: str) -> float:
                return votes.get(iso, 0.0) - own_name(iso)

            # transliteration (loose) matches only inside a country the rest of the article is about
            hits = [h for h in m.hits if not h.loose or ctx(h.place.iso) > 0 or h.place.iso == m.country_after or (
                m.ner in PLACE_LABELS and m.cue in CLOSE_CUES and any(ctx(iso) > 0 for iso in index().neighbours(h.place.iso)))]
            # (or a neighbour's, for a name NER and a close cue call a place: "shells landed in Beit Hanoun, the Israeli army said")
            if any(h.preferred and not h.loose and is_capital(h.place) for h in hits):
                # a national capital by its own name is what the name means against a town known by it only as an alternate
                # name, unless the article is about that town's country ("DILI - ... in the Comoro suburb of Dili": East
                # Timor's capital, not Delhi, also called Dili; "Moroni" is not Argentina's Moron)
                hits = [h for h in hits if h.preferred or h.place.kind != "town" or is_capital(h.place) or ctx(h.place.iso) > 0]
            if not hits and _lone_spelling(m, votes):
                hits = list(m.hits)  # "shelled the outskirts of Tal Rifaat" (Tall Rifat), no other country's place named
            if m.country_after:
                hits = [h for h in hits if h.place.iso == m.country_after or h.place.kind == "country"]
            elif m.body_iso:
                hits = [h for h in hits if h.place.iso == m.body_iso]  # "the Laguna provincial police": the Philippine province
            elif home := _namesake_at_home(m, hits, votes, mentions):
                hits = home  # "near Belize" in a Cabinda story, "in Armenia, ... Quindio police said": the town, not the country
            if m.admin_after and m.admin_cue and (iso := country_of(m.admin_after)) and all(h.place.iso != iso for h in hits):
                m.cue, m.admin_cue = None, False  # "the Red Cross in Gaza": not a place in Gaza
            elif m.country_in:
                # "the village of Tsel in Belarus": a place of that country (unknown when the gazetteer lacks it, not Mongolia's Tseel)
                hits = [h for h in hits if h.place.iso == m.country_in]
            if m.admin_after and m.kind_hint in (None, "town", "admin2") and not country_of(m.admin_after):  # (and "Ruma upazila, Bandarban")
                units = {h.place.id: h.place.iso for h in index().lookup(m.admin_after) if h.place.kind in ("admin1", "admin2", "region")}
                inside = [h for h in hits if {h.place.admin1, h.place.admin2} & units.keys() or m.admin_after in _admin_keys(h.place)]
                if not inside and units and m.cue != "'s" and not any(
                        h.place.iso == u.iso and (h.place.admin2 is None or haversine_km(h.place.latitude, h.place.longitude, u.latitude, u.longitude) < 100
                                                  or h.place.kind == "town" and h.place.population >= BIG_CITY)
                        for h in hits for u in map(index().place, units) if u is not None):
                    # "Karma village, Yatenga province", "Mbau, Mocimboa da Praia district": a place the gazetteer
                    # lacks, in a unit it knows (the event falls back to the unit); not a city of that unit's country ("In
                    # Kananga, in the central Kasai region": a loose region's name, the city stands)
                    hits = []
                elif not inside and m.cue != "'s":
                    m.admin_after = None  # "X, Y province" with no X in Y: the admin unit confirms nothing
                    if m.admin_cue:
                        m.cue, m.admin_cue = None, False  # nor is X a place because "X in Y" ("the Red Cross in Gaza")
                hits = inside if inside or m.cue == "'s" else hits
            if m.unit_of is not None and (inner := m.unit_of.chosen) is not None and m.unit_of.admin_after == split_generic(m.text)[0]:
                # "San Fernando in La Union province": the Philippine province San Fernando is in, not El Salvador's
                hits = [h for h in hits if h.place.id in (inner.admin1, inner.admin2)] or hits
            if m.part_of is not None and (town := m.part_of.chosen) is not None and town.kind in ("town", "site"):
                # "Windhoek's Havana settlement": a part of Windhoek, not Cuba's capital (unknown unless near the town,
                # or inside the unit of that name: "Sokoto's Isa area" is in Sokoto state)
                units = {h.place.id for h in m.part_of.hits if h.place.kind in ("admin1", "admin2") and h.place.iso == town.iso}
                hits = [h for h in hits if {h.place.admin1, h.place.admin2} & units
                        or haversine_km(h.place.latitude, h.place.longitude, town.latitude, town.longitude) < QUARTER_KM]
            if m.quarter and rnd == 1 and (towns := [a for a in anchors if a is not m.chosen]):
                # a neighbourhood of a town the article names, not a same-named town elsewhere ("the Nema
                # neighbourhood" of Ziguinchor is not Nema in Mauritania): unknown unless near one
                # (a district of a town is in the town's province, "the Kirovsky district of Makiivka" is no Russian district;
                # "Sirwah district of Marib province" is in the province named)
                hits = [h for h in hits if h.place.kind not in ("town", "site", "admin2") or any(
                    haversine_km(h.place.latitude, h.place.longitude, a.latitude, a.longitude) < QUARTER_KM
                    or h.place.kind == "admin2" and h.place.admin1 == a.admin1 for a in towns)
                    or h.place.kind == "admin2" and split_generic(index().admin_name(h.place.admin1) or "")[0] in admins]
            if m.state_seat and (capitals := {h.place.iso for h in hits if h.preferred and is_capital(h.place)}):
                hits = [h for h in hits if h.place.iso in capitals]  # "State House in Victoria": Seychelles' capital
            if rnd == 1 and m.item_of is not None:
                hits = _item_place(m, hits)
            if rnd == 1 and hits and _site_abroad(doc, m, hits, mentions):
                hits = []  # "MONROVIA - ... in the Duala market area": a part of the dateline's town, not Cameroon's Douala
            elif rnd == 1 and hits and _quarter_abroad(m, hits, mentions):
                hits = []  # "Politiets døgnrapport, Copenhagen: Shots fired at a car in Husum": a part of the label's city
            if not hits:
                m.chosen, m.candidates, m.context = None, [], 0.0
                continue
            # a city of 500,000+ among the namesakes: a village a hundredth its size may not win on actors' and
            # adjectives' countries alone ("American marines clashed with protesters in Manila" is not Manila, Arkansas)
            big = max((h.place.population for h in hits if h.place.kind == "town"), default=0)
            # (or a national capital of 100,000+ among them, against a town a tenth its size: "Indian workers blocked a
            # street in Doha" is Qatar's capital, not Haryana's Doha)
            capital = max((h.place.population for h in hits if h.preferred and h.place.population >= CAPITAL_NAMESAKE and is_capital(h.place)), default=0)
            ratio = 100 if big >= 500_000 or not capital else SMALLER_THAN_CAPITAL
            weak = {iso for iso in votes if geo_votes.get(iso, 0.0) - m.own_votes.get(iso, 0.0) <= 0} if big >= 500_000 or capital else set()
            quiet = all(ctx(iso) <= 0 for iso in votes) and all(
                h.place.population < BIG_NAMESAKE for h in hits if h.place.kind == "town" and h.preferred)  # (own names: not Quito's "Kito")
            scored = sorted(((_score(m, h, votes if not (h.place.iso in weak and h.place.kind in ("town", "site") and h.place.population * ratio < big)
                                     else {**votes, h.place.iso: m.own_votes.get(h.place.iso, 0.0)}, top, admins,
                                     [a for a in anchors if a is not m.chosen], quiet, frozenset(districts)), h.place) for h in hits),
                            key=lambda sp: (-sp[0], sp[1].id))
            # one entry per place
            seen: set[int] = set()
            m.candidates = [(s, p) for s, p in scored if not (p.id in seen or seen.add(p.id))]
            m.score, m.chosen = m.candidates[0]
            m.seat = None
            if m.chosen.kind == "admin1" and m.kind_hint in (None, "town"):
                # "in Idlib", "in Kandahar": a province's same-named capital (a sizeable town), not the province
                # (any size when the unit is named otherwise: "Nkhata Bay", a district Malawi's Northern region stands for)
                renamed = split_generic(m.chosen.name)[0] != split_generic(m.text)[0]
                seat = next((p for _s, p in m.candidates if p.kind == "town" and p.iso == m.chosen.iso and (p.population >= SEAT_TOWN or renamed) and (
                    p.admin1 == m.chosen.id or split_generic(index().admin_name(p.admin1) or "")[0] == split_generic(m.chosen.name)[0])), None)
                if seat is None and ctx(m.chosen.iso) <= 0:
                    # "in central Beni": a city of 100,000+ abroad, not a province named like it (El Beni) that
                    # nothing else in the article is about
                    seat = next((p for sc, p in m.candidates if p.kind == "town" and p.iso != m.chosen.iso and p.population >= 100_000
                                 and m.score - sc < 1.5 and ctx(p.iso) >= 0), None)
                m.chosen = seat or m.chosen
            if m.chosen.kind == "admin2":
                # a district and its chief town share the name ("Koui", "Ceel Dheer district"): the town, or for
                # a stated district its seat's coordinates (a median of member places can be far off)
                seats = [p for _s, p in m.candidates if p.kind == "town" and p.iso == m.chosen.iso
                         and (p.admin2 == m.chosen.id or (p.admin2 is None and p.admin1 == m.chosen.admin1))]
                if seats and m.kind_hint in (None, "town"):
                    m.chosen = seats[0]
                elif seats:
                    m.seat = seats[0]
            # matched through an alternate name only, and no place of that country has it as its main name
            m.alternate = all(h.preferred == 0 for h in hits if h.place.iso == m.chosen.iso)
            # the margin over other places, not over the chosen town's own same-named province or district
            own = {m.chosen.id, m.chosen.admin1, m.chosen.admin2}
            rivals = [sc for sc, p in m.candidates if p.id not in own and not (p.kind == "town" and p.admin1 == m.chosen.id)]
            m.margin = m.score - (rivals[0] if rivals else 0.0)
            m.context = ctx(m.chosen.iso)
            # (a dateline says where the story was filed: alone it makes no name NER calls a place in another country
            # foreign, "GENEVA (Wire) - ... near Kaga-Bandoro"; it still does an organisation's, "outside Congress", and a
            # site's named after a small place abroad: "BRISBANE - ... across the Story Bridge" is not Iowa's Story)
            others = {iso for iso in geo_votes if iso != m.chosen.iso and geo_votes[iso] - own_name(iso) - (DATELINE_VOTE if iso == dateline_iso and m.ner in PLACE_LABELS and not m.feature else 0.0) > 0}
            near_isos = {iso for iso in votes if iso != m.chosen.iso and ctx(iso) > 0}
            m.neighbour = bool(near_isos & index().neighbours(m.chosen.iso))
            # (not told by a border, "shells fired across the border hit Kiryat Shmona"; nor by a dateline, where a story is
            # filed: "DAKAR (Wire) - Jihadists took the commune of Diafarabe" is Mali's)
            m.across_border = 0.0 if not m.neighbour or any(t.lower_ in BORDERS for t in doccache.sentence(doc, m.start)) else max(
                geo_votes.get(iso, 0.0) - own_name(iso) - (DATELINE_VOTE if iso == dateline_iso else 0.0)
                for iso in near_isos & index().neighbours(m.chosen.iso))
            m.foreign = m.context <= 0 and bool(others) and not m.neighbour
            m.elsewhere = bool(near_isos)
            m.named_elsewhere = any(ctx(iso) - peoples.get(iso, 0.0) > 0 for iso in near_isos)
        if rnd == 0:
            for m in mentions:
                p = m.chosen
                if p is None or m.modifier or m.quarter or m.said_in:
                    continue
                if accepted(m) and not (m.ner == "PART" and p.kind not in ("town", "site")):  # "West" of "West Gojjam" votes for no country
                    if not (m.dateline and p.iso == dateline_iso):  # (the dateline's country has its vote already)
                        vote = 0.7 if m.margin > 1 else 0.3
                        votes[p.iso] += vote
                        geo_votes[p.iso] += vote
                        m.own_votes[p.iso] = m.own_votes.get(p.iso, 0.0) + vote
                    if p.kind in ("admin1",):
                        admins.add(split_generic(p.name)[0])
                    if p.kind == "admin2":
                        districts.add(p.id)
                    if p.kind in ("town", "site") and m.margin > 1:
                        anchors.append(p)
    return mentions


def _units_named(mentions: list[Mention]) -> set[str]:
    """Folded names of the provinces the article names, however it names them: a province of one country only, even
    as a body's or an official's ("Guanajuato's security ministry said", "the Tachira governor", tagged organisations
    and accepted as no place). A town of one of them beats its namesakes elsewhere ("LEON: ... Guanajuato's security
    ministry said" is Mexico's Leon, "the bridge into San Cristobal ... the Tachira governor" Venezuela's)."""
    out = set()
    for m in mentions:
        units = {h.place.iso: h.place for h in m.hits if h.place.kind == "admin1" and h.preferred and not h.loose}
        if m.topic or len(units) != 1 or any(h.place.kind == "country" for h in m.hits) or len({h.place.iso for h in m.hits if not h.loose}) != 1:
            continue
        out.add(split_generic(next(iter(units.values())).name)[0])
    return out


def _quarters_again(mentions: list[Mention]) -> None:
    """A name the article tells once as a part of a town ("the Saint-Louis area of Mont-Dore", "the Cieneguita district
    of Limon") is that part when said again on its own ("arrested five men in searches in Saint-Louis"), not a namesake
    elsewhere: every mention of the name is a quarter."""
    told = {fold(m.text) for m in mentions if m.quarter}
    for m in mentions:
        if not m.quarter and fold(m.text) in told:
            m.quarter = True


TOWN_SITES = _W["town_sites"]


def _site_abroad(doc: Any, m: Mention, hits: list[Hit], mentions: list[Mention]) -> bool:
    """Is m the name of a town's site ("the Duala market area", "the Mackenzie bridge") in a story datelined in a town,
    whose place (as first chosen) is neither in the dateline's country nor a neighbour of it, and none of whose places lies
    near the dateline's? Then the site is in a part of the dateline's town the gazetteer lacks, not at a namesake abroad."""
    if m.dateline or m.end >= len(doc) or doc[m.end].lower_ not in TOWN_SITES or m.country_after or m.admin_after:
        return False
    dl = next((o for o in mentions if o.dateline and o.chosen is not None and o.chosen.kind in ("town", "site")), None)
    if dl is None:
        return False
    towns = [h.place for h in dl.hits if h.place.kind in ("town", "site") and not h.loose]
    home = index().neighbours(dl.chosen.iso) | {dl.chosen.iso}
    if m.chosen is None or m.chosen.iso in home or any(h.place.kind == "country" for h in hits):
        return False
    return not any(haversine_km(h.place.latitude, h.place.longitude, t.latitude, t.longitude) < QUARTER_KM for t in towns for h in hits)


LABEL_CITY = 100_000  # a label's town this big has quarters the gazetteer lacks
LABEL_QUARTER_KM = 100  # a namesake abroad this close to the label's city may be the place itself (a town across a border)


def _quarter_abroad(m: Mention, hits: list[Hit], mentions: list[Mention]) -> bool:
    """Is m, told with a close cue in a text a city's label or issuer line heads ("Politiets døgnrapport, Copenhagen: Shots
    fired at a car in Husum"), a name whose places are all towns of other countries smaller than NAMESAKE_TOWN, far from
    the city, in countries nothing else in the text is about? Then it is a part of the label's city the gazetteer lacks
    (Copenhagen's Husum), not a namesake abroad (Germany's Husum): the report is the city's."""
    label = next((o for o in mentions if o.label and o.chosen is not None and o.chosen.kind in ("town", "site")), None)
    if label is None or label is m or label.chosen.population < LABEL_CITY or m.cue not in CLOSE_CUES or m.country_after or m.admin_after:
        return False
    city = label.chosen
    return m.context <= 0 and all(
        h.place.kind in ("town", "site") and h.place.iso != city.iso and h.place.population < NAMESAKE_TOWN
        and haversine_km(h.place.latitude, h.place.longitude, city.latitude, city.longitude) > LABEL_QUARTER_KM for h in hits)


ROUTE_KM = 300  # the two named ends of a road lie this close at most
ROUTE_CITY = 100_000  # unless both are towns this big at least: highways join cities further apart
ROUTE_CITY_KM = 800  # (Cochabamba and Santa Cruz, 320 km: not two Peruvian hamlets 40 km apart)


def _route_km(a: GeoPlace, b: GeoPlace) -> float:
    """How far apart the two named ends of a road may lie: ROUTE_KM, or ROUTE_CITY_KM between two towns of ROUTE_CITY+."""
    cities = all(p.kind == "town" and p.population >= ROUTE_CITY for p in (a, b))
    return ROUTE_CITY_KM if cities else ROUTE_KM


def _route_pairs(mentions: list[Mention]) -> None:
    """The two ends of a road ("between Gombi and Hong", "the Hangu-Kohat road") lie near each other: when some
    places of the two names do, keep only those (Hong is Adamawa's, not Denmark's Høng; Palma with Mocímboa da
    Praia is Mozambique's)."""
    for a, b in zip(mentions, mentions[1:]):
        if a.route != 1 or b.route != 2 or not a.hits or not b.hits:
            continue
        ends = [(ha, hb) for ha in a.hits for hb in b.hits if ha.place.kind not in ("country", "admin1") and hb.place.kind not in ("country", "admin1")
                and haversine_km(ha.place.latitude, ha.place.longitude, hb.place.latitude, hb.place.longitude) <= _route_km(ha.place, hb.place)]
        if ends:
            a.hits = tuple(dict.fromkeys(ha for ha, _hb in ends))
            b.hits = tuple(dict.fromkeys(hb for _ha, hb in ends))


def _admin_keys(p: GeoPlace) -> set[str]:
    """The folded names of the units a place is in, with the unit a part is cut from ("Shan" of Shan-North:
    "Kyaukme in northern Shan State")."""
    idx = index()
    keys = set()
    for pid in (p.admin1, p.admin2):
        name = idx.admin_name(pid) if pid and pid != p.id else None
        if name:
            keys.add(split_generic(name)[0])
            if parent := _part_parents().get((p.iso, split_generic(name)[0])):
                keys.add(parent)
    return keys


@functools.cache
def _part_parents() -> dict[tuple[str, str], str]:
    """(alpha2, folded part name) -> folded name of the admin1 it is cut from (admin_parts.tsv: Shan-North -> Shan)."""
    rows = [line.split("\t") for line in read_text("admin_parts.tsv").splitlines() if line.strip() and not line.startswith("#")]
    return {(r[0], split_generic(r[2])[0]): split_generic(r[1])[0] for r in rows if len(r) >= 3}


def tentative(m: Mention) -> bool:
    """A refused hit that still names a place with some confidence ("Bamenda was deserted", "Hyderabad police
    detained...", tagged an organisation and without a locative): good enough for an event the article places
    nowhere else (a named town is better than no place or a country), never over an accepted place."""
    p = m.chosen
    if p is None or accepted(m) or m.actor_iso is not None or m.speaker or m.quarter or m.foreign or p.kind == "country":
        return False  # (nor a place where only other countries have context: "Cal" in a story about Puntland)
    if m.modifier and not (m.newsroom and p.kind == "town"):
        return False  # (but "a Goma-based journalist posted: soldiers just shot...": the reporter's town)
    if m.ner in ("PART", "DATE", "TIME", "MONEY", "CARDINAL", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT") and not (
            m.institution and p.kind == "town" and not m.alternate and split_generic(p.name)[0] == split_generic(m.text)[0]):
        return False  # (but "marched from the Bo Teachers' College", "near Loikaw University": a school or site in that town)
    if m.ner == "NORP" and (country_of(m.text) or not m.newsroom):
        return False  # a demonym; "a Sylhet correspondent" (tagged a nationality) is a town
    if any(h.loose for h in m.hits if h.place.id == p.id):
        return False
    size = p.population if p.kind in ("town", "site") else 0
    isos = {h.place.iso for h in m.hits if not h.loose and (h.preferred or h.place.id == p.id)}
    close = m.cue in CLOSE_CUES or m.cue in FEATURES or m.cue in PLACE_VERBS or m.cue in OF_SETTLEMENT or m.cue in _W["of_place"]
    # an alternate spelling only of a sizeable place, or of a town after a close cue in one country ("a glide bomb
    # hit an apartment block in Kostiantynivka", GeoNames' Kostyantynivka)
    if m.alternate and size < 100_000 and not (close and len(isos) == 1 and size >= 10_000):
        return False
    if m.ner == "PERSON" and m.cue in (None, "dep") and not (m.weak and size >= 100_000) and not m.newsroom and not (
            m.cue == "dep" and size >= TENTATIVE_OBJECT and len(isos) == 1 and not m.alternate) and not (
            m.possessive and size >= TENTATIVE_OBJECT and not m.alternate and (len(isos) == 1 or size >= 100_000)):
        return False  # (but "marched through Culiacan": a city of 100,000+ after a weak locative; "overlooking Kaura Namoda",
        # the object of a verb tagged a person: a town of 50,000+ in one country; "Manikganj's Baul festival was cut short",
        # "Monterrey's fan zone": a town of 50,000+ owning what follows, of one country or topping its namesakes)
    if not (m.cue or m.weak or m.newsroom or m.institution or size >= 100_000 or m.possessive and size >= TENTATIVE_OBJECT):
        return False
    # (or a city of 100,000+ that tops its namesakes: "Hyderabad police detained...", with no other place named;
    # or the namesake that tops the others after a close cue: "the rally in Khar", "a polling station in Tulsipur")
    return len(isos) == 1 or m.margin >= 1.0 or m.context > 0 or size >= 100_000 or ((close or m.newsroom) and not m.alternate and m.margin > 0)


def _lone_spelling(m: Mention, votes: Counter[str]) -> bool:
    """Is m a transliteration (loose hits only) of a place in one country, after a close cue ("the outskirts of Tal
    Rifaat", "a market in Kabkabiya"), in an article that names no other country (but its neighbours), nor a place
    or an actor of one ("Kachin rebels overran an outpost at Sadung" is not North Korea's Sadong)? A spelling
    variant of a known town is then a better place than the actors' country."""
    isos = {h.place.iso for h in m.hits}
    if not m.hits or not all(h.loose for h in m.hits) or len(isos) != 1 or len(split_generic(m.text)[0]) < 6:
        return False
    if not (m.cue in CLOSE_CUES or m.cue in FEATURES or m.cue in OF_SETTLEMENT or m.cue in SETTLEMENTS or m.near and m.cue not in (None, "dep")):
        return False
    if m.ner not in (*PLACE_LABELS, "") and not (m.ner == "PERSON" and (m.cue in OF_SETTLEMENT or m.cue in PLACE_VERBS)):
        return False  # (a person's name may follow "in", not "the outskirts of" nor "shelled")
    iso = next(iter(isos))
    allowed = index().neighbours(iso) | {iso}
    return not any(v - m.own_votes.get(other, 0.0) > 0 for other, v in votes.items() if other not in allowed)


SEAT_TOWN = 20_000  # a town this big in a province named like it is the province's chief town
BIG_CITY = 500_000  # a city this big, said to be in a unit of its country that does not hold it, is still that city
CAPITAL_NAMESAKE = 100_000  # a national capital this big is what its name means against towns a tenth its size
SMALLER_THAN_CAPITAL = 10
TENTATIVE_OBJECT = 50_000  # a verb's object tagged a person is a tentative place when a town this big in one country only
NAMESAKE_TOWN = 100_000  # a town smaller than this, one of several namesakes, yields to the article's other countries
FOREIGN_NAMESAKE = 200_000  # a town smaller than this, one of namesakes in several countries, is refused where the article names others only (whatever its cue)


def _namesake_at_home(m: Mention, hits: list[Hit], votes: Counter[str], mentions: list[Mention]) -> list[Hit]:
    """The towns and units named like a country ("Belize" in Angola's Cabinda, "Armenia" in Colombia's Quindio) that lie in
    a country another name of the article belongs to alone, when nothing else in the article is about the named country
    nor a neighbour of it (not "US troops in Jordan": an actor's country is no place named)."""
    country = next((h.place for h in hits if h.place.kind == "country" and h.preferred == 2), None)
    if country is None or m.modifier or m.dateline or m.ner in ("NORP", "PERSON"):
        return []
    # (the name said again, "Residents of Belize", "the road between Belize and Miconje", is no other context for it)
    same = [o for o in mentions if o is m or fold(o.text) == fold(m.text)]
    if any(votes.get(iso, 0.0) - sum(o.own_votes.get(iso, 0.0) for o in same) > 0 for iso in {country.iso} | index().neighbours(country.iso)):
        return []
    named = set()
    for other in mentions:
        isos = {h.place.iso for h in other.hits if not h.loose and h.place.kind != "country"}
        word = other.text.lower() in STOP_WORDS  # (not "Our" of "Our next issue": Our Town, US)
        if other is not m and not word and len(isos) == 1 and not any(h.place.kind == "country" for h in other.hits):
            named |= isos
    return [h for h in hits if h.place.kind in ("town", "admin1", "admin2") and h.preferred and not h.loose
            and h.place.iso != country.iso and h.place.iso in named]


def _namesake_abroad(m: Mention, p: GeoPlace) -> bool:
    """Is the chosen place a small town, one of namesakes in several countries, in a country nothing in the article
    is about, far from (not bordering) the countries its actors and adjectives name ("Chadian jets bombed fighters near
    Liwa": Oman's Liwa)? The gazetteer lacks the article's own town of that name; the actors' country is a better
    estimate than a namesake abroad. Not a town the text ties to a country or unit ("Liwa, Oman")."""
    if p.kind not in ("town", "site") or p.population >= NAMESAKE_TOWN or m.context > 0 or not m.named_elsewhere or m.neighbour:
        return False
    if m.country_after or m.admin_after or any(h.place.kind == "admin1" and h.place.iso == p.iso for h in m.hits):
        return False  # (nor a province's same-named capital: "Russian troops set up a base in Kidal")
    if _capital_named(m, p):
        return False  # (nor a national capital the text calls a place: "marched through Bridgetown" in a Caribbean round-up)
    return len({h.place.iso for h in m.hits if not h.loose and (h.preferred or h.place.id == p.id)}) > 1


def _capital_named(m: Mention, p: GeoPlace) -> bool:
    """Is the chosen place a national capital that tops its namesakes, by its own name, after a locative cue (tagged a
    place, or after a close cue and not a people: "marched through Roseau", tagged a person)? What its name means."""
    from . import is_capital  # (the package imports this module)

    if m.alternate or m.margin <= 0 or m.cue in (None, "dep") or not is_capital(p):
        return False
    return m.ner in PLACE_LABELS or (m.cue in CLOSE_CUES and m.ner != "NORP")


ACROSS_BORDER_CONTEXT = 0.7  # a neighbour's geographic votes: its name, or a place of it the article tells clearly
BORDER_VILLAGE = 10_000  # a town smaller than this, in a country the article never names, yields to its neighbour the article is about


def _village_across_border(m: Mention, p: GeoPlace) -> bool:
    """Is the chosen place a village (or a unit) of a country nothing in the article names, next door to a country the
    article names as geography, its name and its places ("Burkina Faso - Boucle du Mouhoun: ... attacked the village of
    Koumbara, near Toma": not Ivory Coast's Koumbara; "Syria - Suwayda: clashes around Al-Mazraa": not Israel's El
    Mazraa)? The gazetteer lacks the article's own place of that name; a place the text names stands for it. Not when a
    border is told ("rockets fired across the border hit Kiryat Shmona"), nor a town of BORDER_VILLAGE+ people, nor a
    unit the text calls one ("the Tavush province")."""
    if m.across_border < ACROSS_BORDER_CONTEXT:
        return False
    return p.kind in ("admin1", "admin2", "region") and not m.kind_hint or p.kind in ("town", "site") and p.population < BORDER_VILLAGE


def accepted(m: Mention) -> bool:
    """Is this gazetteer hit a place mention (not a person, an organisation or a common word)?
    Outside the countries the rest of the article is about (and their neighbours), only sizeable
    places, or names NER calls places with a locative cue, are kept."""
    p = m.chosen
    if p is None or m.actor_iso is not None:
        return False
    if p.kind in ("admin1", "admin2"):  # a unit's population (the sum of its places') says nothing of the word
        p = dataclasses.replace(p, population=0)
    if p.kind == "country":
        # (a demonym the small model tags a person, "Nigerien troops", is still an actor's home)
        return m.ner != "PERSON" or m.modifier and any(h.place.kind == "country" and h.preferred == COUNTRY_ALIAS for h in m.hits)
    place_ner = m.ner in PLACE_LABELS
    strong_cue = m.cue is not None and m.cue != "dep"
    if m.kind_hint in ("admin1", "admin2") and p.kind in ("admin1", "admin2", "region"):
        # "Kogi State", "Rolpa district"; not "Hill District" of "Khagrachhari Hill District", nor a unit abroad that
        # nothing else names while the article is about another country ("Oromia's Horo Guduru zone ... Amuru district":
        # not Uganda's Amuru, a woreda the gazetteer lacks); the text's "X, Y regency" ties a place to it either way
        return not m.foreign or m.unit_of is not None
    if m.unit_of is not None and p.kind in ("admin1", "admin2", "region") and m.unit_of.cue not in (None, "dep", "generic", ",", "(") and not (
            m.unit_of.admin_cue or m.unit_of.dateline or m.foreign):
        return True  # "in Sabon Gari, Borno" (tagged a person): the unit the place is in, which stands for a place it lacks
    if m.question and not m.weak and (not m.foreign and len({h.place.id for h in m.hits if not h.loose}) == 1 or not m.alternate and len(
            {h.place.iso for h in m.hits if not h.loose}) == 1 and p.population >= QUESTION_TOWN):
        # "Q: Can you say more about El Obeid?" (tagged a person): a town of one country the question asks about, also when a
        # briefing abroad is all the rest names ("OCHA Geneva"); a name of one place only, in a country the article is about
        return True
    if m.ner == "PART" and (p.kind in ("town", "site") or p.kind in ("admin1", "admin2", "region") and not m.text.isupper()) and not (
            m.country_after or m.admin_after):
        return False  # "Ain" of an unknown "Ain Tarma", "Khalil" of "Mahmoud Khalil", "Eastern" of "Eastern Police" (not in a
        # headline's capitals: "SHELLS HIT TIGRAY FARMLAND")
    if m.alternate and m.context <= 0 and m.elsewhere and not m.neighbour and m.country_after is None and not m.admin_after:
        return False  # "Boni" (an alternate name of Bonn) in a story about Kenyan police
    if _namesake_abroad(m, p):
        return False  # "Bangladeshi troops clashed with rebels in Ruma" (not Serbia's Ruma): the actors' country stands
    if m.context <= 0 and m.country_after is None and not m.admin_after and _village_across_border(m, p):
        return False  # "Burkina Faso - Boucle du Mouhoun: ... the village of Koumbara, near Toma" (not Ivory Coast's)
    if not m.foreign:
        if m.kind_hint == "town" and p.kind in ("town", "site") and m.ner != "NORP":
            return True  # "Macomia town", "the village of Kok-Tash"
        if m.cue in ("town", "village", "city") and p.kind in ("town", "site") and m.ner != "NORP" and len({h.place.iso for h in m.hits}) == 1:
            return True  # "seized the town of Malam Fatori" (an alternate spelling, tagged a person), found in one country
        close_cue = m.cue in ("in", "near", "at", "outside", "around", "into", "inside", "outskirts", "town", "village", "city", "countryside")
        if place_ner and close_cue and not m.weak:
            return True  # NER and the text agree: "near Tessalit"
        if m.ner in ("PERSON", "ORG", "NORP", "") and (m.cue in CLOSE_CUES or m.cue in FEATURES or m.cue in PLACE_VERBS or m.cue in OF_SETTLEMENT) and len(
                {h.place.iso for h in m.hits if h.preferred or h.place.iso == p.iso}) == 1 and (not m.alternate or (len({h.place.id for h in m.hits}) == 1 and p.population >= 50_000)):
            return True  # "looted homes in Kenscoff" (tagged a person): a locative and a name found in one country only
        if strong_cue and m.ner != "NORP" and p.population >= 100_000 and not m.alternate:
            return True  # "Russian drones struck Sumy" (the small model calls it a person)
    if m.context <= 0 and m.neighbour and m.country_after is None and not m.admin_after:
        # a neighbour of the article's country: "Lebanese Hezbollah fired rockets at Kiryat Shmona"
        return strong_cue and (m.cue in ("in", "at", "near", "around", "on", "outside", "into", "town", "village", "city") or m.ner != "PERSON") and p.population >= 1000 or place_ner
    if m.context <= 0 and m.country_after is None and not m.admin_after:
        if m.foreign:  # the rest of the article is about other, non-neighbouring countries
            if m.alternate or m.ner in ("PART", "NORP"):
                return False  # "Boni" (an alternate name of Bonn) in a Kenyan story
            if p.population < BIG_NAMESAKE and all(h.preferred == 0 for h in m.hits if h.place.id == p.id):
                return False  # "the Turi prison in Cuenca" in an Ecuadorian story: not Turin, known as Turi too
            if place_ner and m.kind_hint == "town" and p.kind in ("town", "site") and {h.place.iso for h in m.hits} == {p.iso}:
                return True  # "near Gambela town" (tagged a place, named a town, found in one country) with "Abobo" named too
            if _capital_named(m, p):
                return True  # "marched through Bridgetown" in a round-up of other countries' news: a national capital
            if len({h.place.iso for h in m.hits if not h.loose and (h.preferred or h.place.id == p.id)}) > 1:
                # a name found in several countries, chosen in one the article never names while it names others: the
                # article's own town the gazetteer lacks, more likely than a mid-size namesake abroad ("arrested two gang
                # members at a property in Elgin" in a New Zealand story is not Elgin, Illinois)
                return p.population >= FOREIGN_NAMESAKE
            return p.population >= 200_000 or (strong_cue and m.ner != "PERSON" and p.population >= 100_000)
        if m.alternate and not m.neighbour and not (place_ner and strong_cue) and p.population < 500_000:
            return False
        if p.kind != "town":
            return place_ner or strong_cue
        if place_ner:
            return p.population >= 1000 or strong_cue
        if strong_cue:
            return (m.ner not in ("PERSON", "NORP", "PART") and p.population >= (10_000 if m.ner == "ORG" else 1000)) or p.population >= 100_000
        return False
    if place_ner:
        return True
    if m.cue or m.weak:
        return m.ner not in ("PERSON", "NORP", "PART") or (strong_cue and m.cue != "dep") or p.population > 20000
    return m.ner not in ("PERSON", "ORG", "NORP", "PART", "DATE", "TIME", "MONEY", "CARDINAL", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT") and p.population >= 100_000
