"""dates: the time expressions of the article and each event's date (the knowledge is in the eventcoder.timex
package: the publication date, else the report's own day, anchors relative expressions)."""

from __future__ import annotations

from typing import Any, Mapping

from ..model import Document
from ..pipeline import stage
from ..timex import NAME, choose_dates, document_anchor, find_expressions


@stage(NAME, requires=["clean_article", "datelines", "parsed", "mentions"], assigns=["time_expressions", "dates"], skip_without="mentions")
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    article = doc.get("clean_article")
    parsed = doc.get("parsed")
    datelines = doc.get("datelines")
    anchor = article.published or document_anchor(article.text, parsed, datelines)
    expressions = find_expressions(article.text, parsed, anchor, datelines)
    return {"time_expressions": expressions, "dates": choose_dates(doc.get("mentions"), expressions, parsed, anchor)}
