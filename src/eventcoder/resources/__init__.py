"""Bundled data files (lexicons, gazetteer additions, default configuration)."""

from __future__ import annotations

from importlib import resources


def read_text(name: str) -> str:
    """The text of a bundled resource file."""
    return resources.files(__name__).joinpath(name).read_text("utf-8")
