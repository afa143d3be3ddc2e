"""Bundled data files (lexicons, gazetteer additions, default configuration)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from importlib import resources


def read_text(name: str) -> str:
    """The text of a bundled resource file."""
    return resources.files(__name__).joinpath(name).read_text("utf-8")


@functools.cache
def tables(name: str) -> dict:
    """The parsed content of a bundled TOML file (tables of lists), read once."""
    return tomllib.loads(read_text(name))


@functools.cache
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The word lists of a bundled TOML file of concept lists (one list per concept), in lower case."""
    data = tables(name)
    return {k: frozenset(w.lower() for w in v) for k, v in data.items() if isinstance(v, list)}


@functools.cache
def number_words() -> dict[str, int]:
    """English cardinal number words ("zero" ... "ninety") and their values."""
    return {k: int(v) for k, v in tomllib.loads(read_text("number_words.toml"))["cardinals"].items()}


def alternation(phrases: Iterable[str], *, case_sensitive: Iterable[str] = ()) -> str:
    """A regex alternation of the phrases of word lists, in their order (the case-sensitive ones last, matched as
    written): how a pattern reads a list instead of spelling its words out."""
    parts = [re.escape(p) for p in phrases] + [f"(?-i:{re.escape(p)})" for p in case_sensitive]
    return "|".join(parts)
