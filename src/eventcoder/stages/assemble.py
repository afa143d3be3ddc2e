"""assemble: cluster the mentions of one event across the document and build Event records.

Which mentions are one event, and each event's status, is decided by ``eventcoder.events.plan`` (rules in
its docstring and docs/DESIGN.md); ``eventcoder.events.build`` makes the records: an event's fields come
from its own mentions (a reference only fills what they lack), its type from the codebook's rules
(``events.codebook_type``), its place off the dateline and the victims' home towns (``events.places``).
"""

from __future__ import annotations

from typing import Any, Mapping

from ..classify.decide import headline_sentences
from ..events import build
from ..events.cluster import STAGE
from ..events.fields import merge_facts
from ..model import Document
from ..pipeline import stage

NAME = STAGE


@stage(
    NAME,
    requires=["clean_article", "dateline", "parsed", "mentions", "roles", "toponyms", "places", "dates", "casualty_reports", "casualties", "statements", "attributions"],
    assigns=["events"],
    skip_without="mentions",  # no mention, no event
)
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    article = doc.get("clean_article")
    mentions = doc.get("mentions")
    per_stage = [doc.get(name) for name in ("places", "dates", "casualties", "attributions")]
    facts = [merge_facts(*(stage_facts[i] for stage_facts in per_stage)) for i in range(len(mentions))]
    parsed = doc.get("parsed")
    headline = headline_sentences(parsed, article.text)
    events = build.assemble(
        article.id, article.published, mentions, doc.get("roles"), facts, settings, parsed, article.text, headline,
        reports=doc.get("casualty_reports"), statements=doc.get("statements"), dateline=doc.get("dateline"),
        toponyms=doc.get("toponyms"),
    )
    return {"events": events}
