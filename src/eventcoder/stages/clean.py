"""clean: the article without its page furniture (captions, credits, bylines, footers, links), with an offset map
to the raw text, and its datelines (the knowledge is in the eventcoder.page package)."""

from __future__ import annotations

from typing import Any, Mapping

from ..model import Document
from ..page import clean_article, find_datelines
from ..pipeline import stage


@stage("clean", requires=["article"], assigns=["clean_article", "excluded", "dateline", "datelines"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    cleaned, excluded = clean_article(doc.article)
    dateline, datelines = find_datelines(cleaned.text)
    return {"clean_article": cleaned, "excluded": excluded, "dateline": dateline, "datelines": datelines}
