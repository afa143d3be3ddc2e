"""attribution stage: statements in the article and the sources of each mention (rules in eventcoder.attribution)."""

from __future__ import annotations

from typing import Any, Mapping

from ..attribution import attribute, find_statements
from ..attribution.sources import NAME
from ..model import Document
from ..pipeline import stage


@stage(NAME, requires=["clean_article", "parsed", "mentions"], assigns=["statements", "attributions"], skip_without="mentions")
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    article = doc.get("clean_article")
    parsed = doc.get("parsed")
    statements = find_statements(parsed, article.text)
    return {"statements": statements, "attributions": attribute(doc.get("mentions"), statements, parsed, article)}
