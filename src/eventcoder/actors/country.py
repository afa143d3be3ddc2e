"""The article's country when no event has a place."""

from __future__ import annotations

from typing import Any

from ..lexicon import country_of
from .words import PLACE_LABELS, ent_entry


def article_country(doc: Any) -> str | None:
    """The country the article is about when no event has a place: the most named country (names,
    adjectives, home countries of named groups), first mention breaking ties."""
    votes: dict[str, int] = {}
    for ent in doc.ents:
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
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or len(ent.text) < 3:
            continue
        hits = [h.place for h in geo.index().lookup(ent.text, loose=False) if h.place.kind in ("town", "admin1", "admin2", "site")]
        if hits:
            best = max(hits, key=lambda p: p.population or 0)
            votes[best.iso] = votes.get(best.iso, 0) + 1
    return max(votes, key=lambda k: votes[k]) if votes else None
