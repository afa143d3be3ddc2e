"""Walks over spaCy's dependency tree that more than one package needs (events, timex)."""

from __future__ import annotations

from typing import Any


def clause_verb(tok: Any) -> Any | None:
    """The verb whose clause a token is in (itself when it is one); None when no verb heads it."""
    for node in (tok, *tok.ancestors):
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def clause_head(tok: Any) -> Any:
    """The verb of the token's clause, else the sentence's root ("Clashes in Goma." has no verb)."""
    return clause_verb(tok) or tok.sent.root
