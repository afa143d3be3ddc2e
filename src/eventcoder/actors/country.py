"""The article's country when no event has a place."""

from __future__ import annotations

from typing import Any

from .. import doccache
from ..lexicon import country_of
from ..syntax import PLACE_LABELS
from .words import LOCATIVE, ent_entry


def article_country(doc: Any) -> str | None:
    """The country the article is about when no event has a place: the most named country (names,
    adjectives, home countries of named groups), first mention breaking ties."""
    votes: dict[str, int] = {}
    for ent in doccache.ents(doc):
        iso = None
        if ent.label_ in ("GPE", "NORP"):
            iso = country_of(ent.text)
        entry = ent_entry(doc[ent.start])
        if iso is None and entry is not None and entry.kind not in ("external",):
            iso = entry.country
        if iso:
            votes[iso] = votes.get(iso, 0) + 1
    if not votes:
        return gazetteer_country(doc)
    return max(votes, key=lambda k: votes[k]) if votes else None


def gazetteer_country(doc: Any) -> str | None:
    """The country of the article's place names when neither an event place nor a country name is known
    ("the regional parliament of Malang" -> Indonesia): each place entity votes for the country of its most
    populous exact gazetteer match (towns and admin units); None when no name is in the gazetteer."""
    from .. import geo

    votes: dict[str, int] = {}
    for name in _place_names(doc):
        hits = [h.place for h in geo.index().lookup(name, loose=False) if h.place.kind in ("town", "admin1", "admin2", "site")]
        if hits:
            best = max(hits, key=lambda p: p.population or 0)
            votes[best.iso] = votes.get(best.iso, 0) + 1
    return max(votes, key=lambda k: votes[k]) if votes else None


PLACE_OF = LOCATIVE | {"of"}  # words a place name may be the object of ("south of Kidal", "residents of Cabaret")


def _place_names(doc: Any) -> list[str]:
    """Names that may be places: place entities, and proper names the tagger mislabels or misses ("south of Kidal"
    tagged NORP, "residents of Cabaret" untagged) when they are the object of a locative "in/near/of/at..."."""
    out = []
    in_ents = set()
    for ent in doccache.ents(doc):
        in_ents.update(range(ent.start, ent.end))
        if len(ent.text) < 3:
            continue
        root = ent.root
        after_prep = root.dep_ == "pobj" and root.head.lower_ in PLACE_OF
        if ent.label_ in PLACE_LABELS or (after_prep and ent.label_ in ("NORP", "PERSON", "ORG")):
            out.append(ent.text)
    for tok in doc:
        if tok.i not in in_ents and tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in PLACE_OF and len(tok.text) >= 3:
            out.append(tok.text)
    return out
