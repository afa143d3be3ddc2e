"""casualties: killed and injured counts of the article and of each event (the knowledge is in the
eventcoder.counting package: reading counts, the lowest credible figure, which event a count belongs to)."""

from __future__ import annotations

from typing import Any, Mapping

from ..counting import NAME, attach, find_reports
from ..model import Document
from ..pipeline import stage


@stage(NAME, requires=["clean_article", "parsed", "mentions"], assigns=["casualty_reports", "casualties"], skip_without="mentions")
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    parsed = doc.get("parsed")
    reports = find_reports(doc.get("clean_article").text, parsed)
    return {"casualty_reports": reports, "casualties": attach(doc.get("mentions"), reports, parsed)}
