"""spaCy's parse as more than one package reads it: the entity labels of places, walks over the dependency tree."""

from __future__ import annotations

from typing import Any

PLACE_LABELS = ("GPE", "LOC", "FAC")  # the entity labels the parser gives places


def clause_verb(tok: Any) -> Any | None:
    """The verb whose clause a token is in (itself when it is one); None when no verb heads it."""
    for node in (tok, *tok.ancestors):
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def clause_head(tok: Any) -> Any:
    """The verb of the token's clause, else the sentence's root ("Clashes in Goma." has no verb)."""
    return clause_verb(tok) or tok.sent.root
