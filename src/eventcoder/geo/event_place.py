"""Each event's place: the toponym its trigger governs, or the best estimate the article allows.

An event takes the place its trigger governs: the nearest locative toponym of its sentence ("in X",
"near X", "hit X") not separated from it by another event's trigger, towns before admin units before
countries; otherwise the previous event's place in its paragraph, a place named later in the paragraph,
the article's first stated place, the dateline's country, then a country named as a place (precision 3),
then a place it names without a locative, then a name the text does not clearly mark as a place (a tentative
toponym), then the actors' home. An
actor's home ("forces of Armenia", "Lebanese Hezbollah") is never an event place. Nothing found → no
place (no coordinates, no precision), never a guess.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

from .. import doccache
from ..catalogue import lookup as catalogue_lookup
from ..doccache import first_token_from, text as doc_text
from ..model import Document, Evidence, Place, Span
from ..records import MentionFacts, Mention, Parsed, Toponym
from ..resources import word_lists
from . import capital_of, haversine_km
from .index import index
from .resolve import question_answered
from .toponyms import find_toponyms, make_place

NAME = "places"  # the stage whose evidence this is
KIND_RANK = {"town": 0, "site": 0, "admin2": 1, "admin1": 2, "region": 2, "country": 3}
_W = word_lists("place_words.toml")  # resources/place_words.toml
DECLARED_TYPES = _W["declared_types"]
DECLARING_VERBS = _W["declaring_verbs"]
CAPITAL_TYPES = _W["capital_types"]
UNIT_WORDS = {w for u in _W["admin_units"] - {"state"} for w in (u, f"{u}s")}  # ("a state of emergency" names no unit)
SCENE_PREPS = _W["scene_preps"]
CROWD_TYPES = ("Protests", "Riots")
UNREAL = ("hypothetical", "threat", "negated")  # statuses of events that did not happen (yet)
# "in the capital", "marched through the capital", "raids across the capital" (not "routes into the capital")
CAPITAL_LOCATIVES = _W["close"] | {"through", "across", "throughout"}


REGION_KM = 500  # a listed region that spans units holds the places this close to its centre


def inside(place: Place, unit: Toponym) -> bool:
    """Is ``place`` within the admin unit or country ``unit`` names?"""
    if place.iso != unit.place.iso:
        return False
    if unit.kind == "country":
        return True
    if unit.kind == "region" and unit.place.admin1 is None:
        # a region across units (an island such as Mindanao, Darfur, Puntland): the places near its centre ("Meanwhile, in
        # Mindanao, troops clashed ... in the hinterlands of Piagapo, Lanao del Sur": the province is the finer place)
        return haversine_km(place.latitude, place.longitude, unit.place.latitude, unit.place.longitude) <= REGION_KM
    if unit.kind == "admin1" or unit.kind == "region":
        return place.admin1 is not None and place.admin1 == unit.place.admin1
    if unit.kind == "admin2":
        return place.admin2 is not None and place.admin2 == unit.place.admin2
    return False


def _dateline_evidence(dateline: Toponym) -> Evidence[Place]:
    """The story names no place of its own ("KHARTOUM (Reuters) - Security forces fired on protesters"):
    the dateline city is the best estimate, at precision 3 since a dateline says where the story was filed."""
    value = dataclasses.replace(dateline.place, geo_precision=3, basis=f"dateline {dateline.place.basis}")
    return Evidence(value=value, span=dateline.span, text=dateline.text, stage=NAME, confidence=0.4)


def _evidence(t: Toponym, confidence: float) -> Evidence[Place]:
    return Evidence(value=t.place, span=t.span, text=t.text, stage=NAME, confidence=confidence)


def _by_closeness(toponyms: list[Toponym], sentence: int, paragraph: int, parsed: Parsed) -> list[Toponym]:
    """The trigger's sentence first, then its paragraph, then the article in order."""
    return sorted(toponyms, key=lambda t: (t.sentence != sentence, parsed.paragraph_index(t.span.start) != paragraph, t.span.start))


def _home_weights(homes: list[Toponym]) -> Counter[str]:
    """Country -> weight of the actors' homes naming it: 1 each, 1.5 for the country's own name."""
    counts: Counter[str] = Counter()
    for t in homes:
        named = any(h.place.kind == "country" and h.preferred == 2 for h in index().lookup(t.text, loose=False))
        counts[t.place.iso] += 1.5 if named else 1.0
    return counts


def _filed_abroad(dateline: Toponym, homes: list[Toponym]) -> bool:
    """Is a story that names no place of its own filed from a hub abroad ("MUSCAT (Wire) - The Houthis released
    the crew", "GENEVA - UN experts said Ethiopian troops killed...")? Its named actors (not weapons' owners) all
    belong to other countries, none to the dateline's, and one is a named group (not "the junta", "vigilantes", "pro-Russian")."""
    homes = [t for t in homes if not t.weapon]
    named = any(any(c.isupper() for c in t.text) and (e := catalogue_lookup(t.text)) is not None and not e.name.startswith("@") for t in homes)
    return named and _home_weights(homes)[dateline.place.iso] == 0


def _one_country(name: str) -> bool:
    """Are all the places the gazetteer knows by this name in one country?"""
    return len({h.place.iso for h in index().lookup(name) if h.place.kind != "country"}) == 1


def _guess(m: Mention, tentative: list[Toponym], homes: list[Toponym], parsed: Parsed) -> Evidence[Place] | None:
    """An event the article places nowhere: a name the text does not clearly mark as a place ("Bamenda was
    deserted", "Hyderabad police detained...") is the best estimate, unless the named actors belong to
    another country (then their country stands, and ``_finer`` takes a tentative place inside it). The owner of
    a weapon ("Russian guided bombs hit Basy", "Hezbollah rockets") is no such actor: foreign weapons strike abroad."""
    pool = _by_closeness(tentative, m.sentence, parsed.paragraph_index(m.trigger.start), parsed)
    homes = [t for t in homes if not t.weapon]
    if homes:
        counts = _home_weights(homes)
        lead = {iso for iso, c in counts.items() if c == max(counts.values())}
        # (but a town of one country, told in the event's own sentence, next to the actors' country: "soldiers at the
        # Gatumba border post beat fleeing Congolese" is at Burundi's Gatumba, the actors crossed to it)
        pool = [t for t in pool if t.place.iso in lead] or [t for t in pool if t.sentence == m.sentence and t.kind in ("town", "site")
                                                             and index().neighbours(t.place.iso) & lead and _one_country(t.text)]
    if not pool:
        return None
    t = pool[0]
    value = dataclasses.replace(t.place, basis=f"{t.place.basis}, named but not marked as a place")
    return Evidence(value=value, span=t.span, text=t.text, stage=NAME, confidence=0.3)


def _finer(country: Evidence[Place], same: list[Toponym], dateline: Toponym | None, stated: list[Toponym],
           toponyms: tuple[Toponym, ...], sentence: int, paragraph: int, parsed: Parsed) -> Evidence[Place] | None:
    """An event placed only in a country: a place of that country the article names stands for it (precision
    3) — a town of the trigger's sentence ("Nantes, cours des 50 Otages: police used tear gas", said in a
    sentence about France), the dateline ("BISSAU (Wire) - Officers in Guinea-Bissau seized power"), the
    article's first stated place, a speaker's or an actor's place ("the authorities in Ghazni said they had
    freed..."). A country's centroid is never its events' admin1; the capital or a named town often is."""
    iso = country.value.iso
    pool = [t for t in same if t.kind != "country" and not t.modifier]
    if dateline is not None and dateline.kind != "country" and dateline.place.iso == iso and not pool:
        return _dateline_evidence(dateline)
    pool += [t for t in stated if t.kind != "country"]
    pool += [t for t in toponyms if t.modifier and t.kind != "country" and not t.dateline and not t.tentative]
    pool += _by_closeness([t for t in toponyms if t.tentative], sentence, paragraph, parsed)
    t = next((t for t in pool if t.place.iso == iso), None)
    if t is None:
        return None
    value = dataclasses.replace(t.place, geo_precision=3, basis=f"{t.place.basis}, the article's place in {country.value.country}")
    return Evidence(value=value, span=t.span, text=t.text, stage=NAME, confidence=min(country.confidence, 0.4))


def _the_capital(m: Mention, parsed: Parsed) -> Any:
    """The words "the capital" after a locative in the event's sentence, naming no country after them ("In the
    capital, police arrested ...", "marched through the capital"; not "the capital of Y", "the capital's"), else None."""
    sent = doccache.sentence(parsed.doc, m.start_token)
    for tok in sent:
        nxt = parsed.doc[tok.i + 1] if tok.i + 1 < len(parsed.doc) else None
        if tok.lower_ == "capital" and tok.i >= sent.start + 2 and parsed.doc[tok.i - 1].lower_ == "the" \
                and parsed.doc[tok.i - 2].lower_ in CAPITAL_LOCATIVES and not (nxt is not None and nxt.lower_ in ("of", "'s", "\u2019s")):
            return parsed.doc[tok.i - 1 : tok.i + 1]
    return None


def _named_country(toponyms: tuple[Toponym, ...], sentence: int, paragraph: int, parsed: Parsed) -> Evidence[Place] | None:
    """An event the article places nowhere, with no actor's home either: the country of a place the article names
    only as a speaker's or a group's seat ("hospital officials in Chittagong said", "the Tripoli-based coalition",
    "a Niamey-based journalist"), else of a big place it names without marking it as one ("the Abuja-Kaduna train").
    Precision 3 (``_finer`` then gives the named town of that country)."""
    pool = [t for t in toponyms if t.modifier and t.kind != "country" and not t.dateline]
    pool = sorted(_by_closeness(pool, sentence, paragraph, parsed), key=lambda t: t.hint)
    country = index().country(pool[0].place.iso) if pool else None
    if country is None:
        return None
    t = pool[0]
    return Evidence(value=dataclasses.replace(make_place(country), basis=f"country of {t.text}, named but not as the event's place"),
                    span=t.span, text=t.text, stage=NAME, confidence=0.3)


def _section(m: Mention, headings: list[Toponym]) -> tuple[Toponym, int] | None:
    """The heading over the event's line (the last one before it) and where its section ends (the next heading)."""
    before = [t for t in headings if t.span.end <= m.trigger.start]
    if not before:
        return None
    end = next((t.span.start for t in headings if t.span.start > before[-1].span.start), 1 << 62)
    return before[-1], end


def _clause_verb(tok: Any) -> Any:
    """The verb whose clause the token is in (the sentence's root when none is)."""
    hops = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head is not tok and hops < 12:
        tok, hops = tok.head, hops + 1
    return tok


def _own_clause(t: Toponym, span: Span, parsed: Parsed) -> bool:
    """Is the place in another clause than the place at ``span`` (another verb's: "a ceasefire agreed in Luanda ...,
    fighting flared again in Masisi"; not "killed five in Kaduna town, near Zaria")?"""
    doc = parsed.doc
    i = first_token_from(doc, span.start)
    return i < len(doc) and _clause_verb(doc[t.start_token]) is not _clause_verb(doc[i])


def _apart(m: Mention, t: Toponym, mentions: tuple[Mention, ...], parsed: Parsed) -> bool:
    """Is another trigger of m's sentence between m and the place (``separated``), other than a noun that is the scene of
    m's verb ("exchanged fire with Palestinian gunmen during a raid in Tammun": Tammun is where the fire was exchanged)?"""
    from ..events.cues import cues
    from ..events.not_events import names_who  # (events imports geo)

    doc = parsed.doc
    lo, hi = sorted((m.trigger.start, t.span.start))
    # (not a word that only names who or what: "shot dead two men who were crossing the Massacre river near Dajabon")
    between = [o for o in mentions if o.id != m.id and o.sentence == m.sentence and lo < o.trigger.start < hi
               and not names_who(doc[o.head], o.end_token - o.start_token == 1, cues())]
    if not between:
        return False
    verb = doc[m.head]
    return verb.pos_ != "VERB" or m.trigger.start > t.span.start or not all(
        doc[o.head].pos_ == "NOUN" and doc[o.head].dep_ == "pobj" and doc[o.head].head.lower_ in SCENE_PREPS
        and doc[o.head].head.head.i == verb.i for o in between)


def _event_clause(tok: Any, verbs: set[int]) -> int | None:
    """The first of the sentence's event clauses (``verbs``: the clause verbs of its mentions) over the token, going up."""
    for node in (tok, *tok.ancestors):
        if node.i in verbs:
            return node.i
    return None


def _own_places(m: Mention, local: list[Toponym], mentions: tuple[Mention, ...], parsed: Parsed) -> list[Toponym]:
    """The places of a sentence that tells two events in two clauses, less those in another event's clause, when the
    mention's own clause states one ("Maoists killed a villager in Bijapur district on Sunday, and an IED wounded two
    policemen in neighbouring Sukma district": Sukma is the IED's, however near Bijapur is to it); all of ``local`` when
    the mention's clause states none."""
    doc = parsed.doc
    others = [o for o in mentions if o.sentence == m.sentence and o.id != m.id]
    if not others or len(local) < 2:
        return local
    verbs = {_clause_verb(doc[o.head]).i for o in (m, *others)}
    mine = _clause_verb(doc[m.head]).i
    if len(verbs) < 2:
        return local
    clause = {id(t): _event_clause(doc[t.start_token], verbs) for t in local}
    # only when its own clause states where it was (not where people went: "freed ... and taken to Bangui" keeps the
    # Bouar of the kidnapping); a place in no event's clause ("Traders in Aba shut their shops and marched") stays
    if not any(t.locative and clause[id(t)] == mine for t in local):
        return local
    return [t for t in local if clause[id(t)] in (None, mine)]


def _fronted(t: Toponym, parsed: Parsed) -> bool:
    """Does the place open its sentence as a scene-setting phrase ("In Kaohsiung, ...", "At Bunia, ...")?"""
    doc = parsed.doc
    i = t.start_token
    sent = doccache.sentence(doc, i)
    end = next((k for k in range(i, min(i + 6, sent.end)) if doc[k].text == ","), None)
    return 0 < i - sent.start <= 2 and doc[i - 1].lower_ in ("in", "at") and end is not None \
        and all(doc[k].ent_type_ or doc[k].is_title for k in range(i, end))


# a place stated within this many tokens after a road's end town is where on the road it was ("on the X-Y highway at Z",
# "on the Tahoua-Abalak road, about 40 km from Abalak")
ROAD_PLACE_WINDOW = 10


def _purpose(t: Toponym, m: Mention, parsed: Parsed) -> bool:
    """Is the place in an infinitive clause under the trigger's own clause ("In Dakar, about 500 drivers held a rally on
    Saturday to support their colleagues in Kaolack")? It tells what the act was for, not where it was: a place of the
    trigger's own clause beats it (when it is the only place, "fired tear gas to disperse protesters in Suez", it stays)."""
    doc = parsed.doc
    own, node = _clause_verb(doc[m.head]), _clause_verb(doc[t.start_token])
    if own.i == node.i or own not in node.ancestors:
        return False
    while node.i != own.i:
        if node.dep_ in ("relcl", "acl"):
            return False  # a clause about someone ("killed three vigilantes who tried to stop them stealing cattle near Kankara")
        if node.head.i == own.i:
            return node.pos_ == "VERB" and any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in node.children)
        node = node.head
    return False


def _asked(m: Mention, usable: list[Toponym], parsed: Parsed) -> list[Toponym]:
    """The places (finest first) of the question whose answer holds the event's trigger ("Q: Is Bint Jbeil still being
    hit? A: ... an Israeli strike destroyed a house on the edge of town"), if any."""
    question = question_answered(doc_text(parsed.doc), m.trigger.start)
    if question is None:
        return []
    start, end = question
    return sorted((t for t in usable if start <= t.span.start < end and t.kind != "country"), key=lambda t: KIND_RANK.get(t.kind, 3))


def choose_places(mentions: tuple[Mention, ...], toponyms: tuple[Toponym, ...], parsed: Parsed) -> tuple[MentionFacts, ...]:
    from ..events.place_match import bearing_pairs, located_units, route_ends  # (events imports geo)
    from ..events.places import aside_home

    # (not a person's home told in brackets: "Sepoy Imran Khan (age 24 years, resident of District Karak) embraced shahadat")
    usable = [t for t in toponyms if not t.modifier and not t.dateline and t.route != 2 and not aside_home(t, parsed.doc)]
    # "Police in Las Piedras, north of Montevideo, arrested...": the town the bearing starts from is the scene, the
    # city it is told from only says where that lies; so does a unit told after a town ("In Kananga, in the central
    # Kasai region, police shot dead ...")
    references = {b.span.start for _a, b in (*bearing_pairs(toponyms, parsed.doc), *located_units(toponyms, parsed.doc))}
    # a crowd's blockade told by the town the road leads to ("Residents of Linden blocked the highway to Georgetown") is
    # at the crowd's town; not other acts on a road ("stopped them on the road to Sake": the gold's place is Sake)
    road_ends = {t.span.start for t in route_ends(toponyms, parsed.doc)}
    dateline = next((t for t in toponyms if t.dateline), None)
    stated = [t for t in usable if t.locative and t.kind != "country"]
    named_countries = [t for t in usable if t.kind == "country" and t.locative]
    homes = [t for t in toponyms if t.modifier and t.kind == "country"]
    tentative = [t for t in toponyms if t.tentative and not t.hint]
    filed_abroad = dateline is not None and dateline.kind != "country" and _filed_abroad(dateline, homes)
    headings = [t for t in toponyms if t.heading]
    out: list[MentionFacts] = []
    previous: dict[int, Evidence[Place]] = {}  # paragraph -> last place
    for m in mentions:
        paragraph = parsed.paragraph_index(m.trigger.start)
        same = [t for t in usable if t.sentence == m.sentence and not _apart(m, t, mentions, parsed)]
        evidence: Evidence[Place] | None = None

        def rank(t: Toponym) -> tuple[int, bool, bool, bool, bool, int]:
            after = t.start_token >= m.end_token
            gap = t.start_token - m.end_token if after else m.start_token - t.start_token
            # a place on a road between two towns yields to a place stated on it ("on the X-Y highway at Z")
            return (0 if t.locative else 1, _purpose(t, m, parsed), t.kind == "country", t.span.start in references,
                    t.route > 0 and any(
                0 < o.start_token - t.start_token <= ROAD_PLACE_WINDOW and o.locative and not o.route and o.kind in ("town", "site", "admin2") for o in local), gap + (0 if after else 3))

        # (a crowd's road told only by where it leads, "blocked ... the road to Conakry", places it nowhere: the story's
        # scene stands)
        local = _own_places(m, [t for t in same if (t.locative or t.kind != "country") and not (
            m.event_type in CROWD_TYPES and t.span.start in road_ends)], mentions, parsed)
        asked = [] if local else _asked(m, usable, parsed)
        if local:
            # the nearest place the trigger governs; a finer place inside it beats it ("in Idlib province,
            # in the town of Saraqeb"), a town elsewhere does not ("in Nangarhar province ... in Kabul")
            best = min(local, key=rank)
            finer = [t for t in local if t.locative == best.locative and KIND_RANK.get(t.kind, 3) < KIND_RANK.get(best.kind, 3) and inside(t.place, best)]
            if finer:
                best = min(finer, key=lambda t: (KIND_RANK.get(t.kind, 3), rank(t)))
            evidence = _evidence(best, 0.8 if best.locative else 0.7)
        elif asked:
            # an answer's event with no place of its own is where the question asked about ("Q: Can you say more about El
            # Obeid? A: ... the city came under drone attack"), not the briefing's town ("Press briefing, OCHA Geneva")
            evidence = _evidence(asked[0], 0.6)
        elif paragraph in previous:
            prior = previous[paragraph]
            # (a place a sentence of the paragraph states after the previous event's, with no event of its own: "a
            # ceasefire agreed in Luanda ..., fighting flared again in Masisi. M23 rebels and the army clashed ...")
            scene = [t for t in stated if parsed.paragraph_index(t.span.start) == paragraph and t.span.end <= m.trigger.start
                     and not t.near and prior.span is not None and t.span.start > prior.span.end and _own_clause(t, prior.span, parsed)
                     and t.span.start not in references]  # (not a unit told of the prior's town: "near Tacuati, in San Pedro department")
            if scene:
                evidence = _evidence(scene[-1], 0.6)
            else:
                evidence = Evidence(value=prior.value, span=prior.span, text=prior.text, stage=NAME, confidence=0.6)
        else:
            # (not a place a later sentence gives an event still to come: "said it would hold a bigger rally in Kathmandu")
            unsure = {o.sentence for o in mentions if o.status.value in UNREAL}
            later = [t for t in stated if parsed.paragraph_index(t.span.start) == paragraph and t.sentence > m.sentence
                     and t.sentence not in unsure]
            anywhere = later or stated
            if (section := _section(m, headings)) is not None:
                # an item under a heading ("SÃO TOMÉ AND PRÍNCIPE" over "• Police fired tear gas ... in the capital"): a
                # place of its section, else the heading's, never another section's
                start, end = section
                anywhere = [t for t in anywhere if start.span.start <= t.span.start < end] or [start]
            if anywhere and not later and dateline is not None and dateline.kind != "country" and not filed_abroad \
                    and parsed.paragraph_index(anywhere[0].span.start) > paragraph + 1 \
                    and any(x.sentence == anywhere[0].sentence and x.sub_event_type != m.sub_event_type for x in mentions):
                # a town a paragraph further on states for an event of another kind ("In Maribor, about 1,000 people
                # rallied peacefully") is no guess for one the story files from its dateline ("LJUBLJANA - Protesters
                # threw fireworks at police outside the National Assembly"); the next paragraph often tells where the
                # lead's event was ("Eight police officers were injured near the town of Challhuahuacho")
                anywhere = []
            if anywhere and not later and dateline is not None and dateline.kind != "country" and not filed_abroad \
                    and parsed.paragraph_index(anywhere[0].span.start) > paragraph and _fronted(anywhere[0], parsed):
                # a town a later paragraph opens with ("In Kaohsiung, about 1,000 supporters rallied ...") sets that
                # paragraph's scene; it is no guess for the paragraphs the story files from its dateline before it
                anywhere = []
            if anywhere:
                # a region the article states first (a headline's "Guangdong land protest") stands for the town inside it
                # the article states ("a village near Shanwei"): the story's scene, not the region's centre
                inner = [t for t in (*later, *stated) if t.kind in ("town", "site") and not t.route and inside(t.place, anywhere[0])] \
                    if anywhere[0].kind in ("admin1", "admin2", "region") else []
                evidence = _evidence(inner[0] if inner else anywhere[0], 0.6)
            elif dateline is not None and dateline.kind != "country" and not filed_abroad and all(
                    t.place.iso == dateline.place.iso for t in named_countries
                    if parsed.paragraph_index(t.span.start) == paragraph and abs(t.sentence - m.sentence) <= 1):
                # a country named further on ("the prime minister, stranded in Puerto Rico, ...") does not move the story
                evidence = _dateline_evidence(dateline)
            elif named_countries:
                evidence = _evidence(named_countries[0], 0.4)
            elif dateline is not None and dateline.kind == "country":
                evidence = _evidence(dateline, 0.4)  # "HONG KONG (Wire) -"
            elif dateline is not None and not filed_abroad and (country := index().country(dateline.place.iso)) is not None:
                evidence = Evidence(value=make_place(country), span=dateline.span, text=dateline.text, stage=NAME, confidence=0.4)
            elif unmarked := [t for t in usable if t.kind != "country"]:
                # a place the article names without a locative ("Sloviansk now: two loud explosions ... a Russian
                # missile hit an industrial site"): a stated name, not a guess, and never a weapon owner's country
                evidence = _evidence(_by_closeness(unmarked, m.sentence, paragraph, parsed)[0], 0.5)
            elif (guess := _guess(m, tentative, homes, parsed)) is not None:
                evidence = guess
            elif homes and all(t.weapon for t in homes) and (country := _named_country(toponyms, m.sentence, paragraph, parsed)) is not None:
                # only a weapon's owner ("an Israeli air strike hit a school", told by "our correspondent in Gaza City"):
                # foreign weapons strike abroad, the speaker's seat is the better estimate
                evidence = country
            elif homes:
                # no place at all: the country most of the named actors and demonyms belong to ("Chadian troops");
                # a country's name ("Niger's authorities said") outweighs an adjective ("an Italian priest")
                counts = _home_weights(homes)
                best = next(t for t in homes if counts[t.place.iso] == max(counts.values()))
                evidence = _evidence(best, 0.3)
            elif (country := _named_country(toponyms, m.sentence, paragraph, parsed)) is not None:
                evidence = country
            elif mentioned := [t for t in usable if t.kind == "country"]:
                # a country the text names but not as a place ("... Gangs came after people left. #Haiti"): the
                # article's country, precision 3, rather than no place at all
                evidence = _evidence(_by_closeness(mentioned, m.sentence, paragraph, parsed)[0], 0.3)
        item = [t for t in same if t.kind == "country" and t.start_token == doccache.sentence(parsed.doc, t.start_token).start
                and doc_text(parsed.doc)[t.span.end:t.span.end + 3].lstrip()[:1] in ("-", "–", "—")]
        if item and not local and evidence is not None and all(t.place.iso != evidence.value.iso for t in item):
            # a digest item opened by its country and a dash ("LUXEMBOURG - About 800 nurses marched through the capital") is in
            # that country, not at a town another item states ("NORWAY - ... in Drammen"); a sentence whose subject is a
            # country ("The United States carried out a similar strike") is no item
            evidence = _evidence(item[0], 0.4)
        if not local and (words := _the_capital(m, parsed)) is not None and (country := next(
                (t.place.iso for t in same if t.kind == "country"), evidence.value.iso if evidence is not None else None)) is not None and (
                city := capital_of(country)) is not None:
            # "In the capital, police arrested an opposition spokesman" (a story about Djibouti), "LUXEMBOURG - nurses
            # marched through the capital": the capital of the country its sentence names, else of the country the event
            # is otherwise placed in
            evidence = Evidence(value=make_place(city), span=Span(start=words.start_char, end=words.end_char), text=words.text,
                                stage=NAME, confidence=0.6)
        elif evidence is not None and m.sub_event_type.lower() in DECLARED_TYPES and dateline is not None and dateline.kind != "country" \
                and evidence.value.location == evidence.value.country and evidence.value.iso != dateline.place.iso \
                and any(t.lemma_.lower() in DECLARING_VERBS and t.pos_ == "VERB" for t in doccache.sentence(parsed.doc, m.start_token)):
            # an agreement or a declared decision filed from a town abroad ("WASHINGTON - DR Congo and Rwanda signed a peace
            # agreement ... committing Rwanda to withdraw"): told where it was signed or declared, not in a country it concerns
            evidence = _dateline_evidence(dateline)
        elif evidence is not None and evidence.value.location == evidence.value.country:
            evidence = _finer(evidence, same, dateline, stated, toponyms, m.sentence, paragraph, parsed) or evidence
            if evidence.value.location == evidence.value.country and m.sub_event_type.lower() in CAPITAL_TYPES and not any(
                    t.lower_ in UNIT_WORDS for t in doccache.sentence(parsed.doc, m.start_token)) and (
                    city := capital_of(evidence.value.iso)) is not None:
                # (not when the sentence names a unit the gazetteer lacks: "Traders in Oman's Sharqiyah region closed their shops")
                # a crowd or a state's decision the text places only in a country ("Moldova's parliament debated ... while
                # pensioners protested outside", "Tunisia's president extended the state of emergency"): its capital,
                # where crowds gather and governments sit (precision 3: the country is all the text says)
                value = dataclasses.replace(make_place(city), geo_precision=3, basis=f"capital of {evidence.value.country}")
                evidence = Evidence(value=value, span=evidence.span, text=evidence.text, stage=NAME, confidence=min(evidence.confidence, 0.4))
        if evidence is not None:
            previous[paragraph] = evidence
        out.append(MentionFacts(mention_id=m.id, place=evidence))
    return tuple(out)


def document_toponyms(document: Document) -> tuple[Toponym, ...]:
    """A coded document's toponyms, found here when the places stage did not run (an article without event mentions:
    ``pipeline`` skip_without), as that stage finds them."""
    if document.get("mentions"):
        return document.get("toponyms")  # type: ignore[no-any-return]
    return find_toponyms(document.get("parsed"), document.get("clean_article").text, document.get("dateline"))


def place_for_span(document: Document, start: int, end: int) -> Evidence[Place] | None:
    """The place an event whose trigger is ``text[start:end]`` of a coded document would get (whether or
    not the detector found an event there): geocoding measured apart from event detection."""
    from ..records import Mention as _Mention

    parsed, text = document.get("parsed"), document.get("clean_article").text
    tokens = [t for t in parsed.doc if t.idx < end and t.idx + len(t) > start] or [parsed.doc[0]]
    others = tuple(m for m in document.get("mentions") if not (m.trigger.start < end and start < m.trigger.end))
    probe = _Mention(id=-1, trigger=Span(start=start, end=end), trigger_text=text[start:end], head=tokens[0].i,
                     start_token=tokens[0].i, end_token=tokens[-1].i + 1, sentence=parsed.sentence_index(start),
                     event_type="", sub_event_type="", disorder_type="", plover="", specific=True,
                     status=Evidence(value="current", span=None, text=None, stage=NAME, confidence=1.0))
    mentions = tuple(sorted(others + (probe,), key=lambda m: m.trigger.start))
    facts = choose_places(mentions, document_toponyms(document), parsed)
    return next(f.place for f in facts if f.mention_id == -1)
