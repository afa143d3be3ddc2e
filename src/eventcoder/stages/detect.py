"""detect: the events an article reports, each with its trigger span, ACLED sub-event type, PLOVER type and
status. The knowledge lives in ``eventcoder.classify``: candidates (``candidates``), the classifier, the
decision among them with the codebook rules (``decide``, ``codebook``, ``weapons``) and the status from the
words around the trigger (``status``). Background is decided later from the date (events).
"""

from __future__ import annotations

from typing import Any, Mapping

from .. import doccache
from ..classify.decide import decide
from ..classify.status import announced_change, ordered_for_later, sought_agreement, trigger_status
from ..config import default_config
from ..lexicon import subtype
from ..model import Document, Span
from ..pipeline import stage
from ..records import Mention, Parsed

NAME = "detect"
# thresholds and weights: [detect] in resources/default_config.toml
DEFAULTS = dict(default_config().stage_settings(NAME))


def detect(parsed: Parsed, text: str, model: str, settings: Mapping[str, Any] | None = None) -> tuple[Mention, ...]:
    conf = {**DEFAULTS, **(settings or {})}
    doc = parsed.doc
    decided = decide(parsed, text, model, conf)
    mentions: list[Mention] = []
    for sent_index in sorted(decided):
        for start, end, sub_type, confidence, entry in decided[sent_index]:
            info = subtype(sub_type)
            plover = entry.plover if entry is not None and entry.sub_event_type == sub_type else info.plover
            span = Span.of_tokens(doc, start, end)
            head = max(doc[start:end], key=lambda t: (t.pos_ in ("NOUN", "VERB"), t.i))
            sent = doccache.sentence(doc, start)
            mentions.append(
                Mention(
                    id=len(mentions),
                    trigger=span,
                    trigger_text=span.slice(text),
                    head=head.i,
                    start_token=start,
                    end_token=end,
                    sentence=sent_index,
                    event_type=info.event_type,
                    sub_event_type=sub_type,
                    disorder_type=info.disorder_type,
                    plover=plover,
                    specific=(entry is not None and entry.specific) or confidence >= conf["unsure_below" if entry is not None else "specific_above"],
                    status=sought_agreement(doc, start, sub_type, ordered_for_later(
                        doc, start, sub_type, announced_change(doc, start, sub_type, trigger_status(doc, start, end, sent, text)))),
                    confidence=round(confidence, 3),
                )
            )
    return tuple(mentions)


@stage(NAME, requires=["clean_article", "parsed"], assigns=["mentions"])
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    parsed = doc.get("parsed")
    return {"mentions": detect(parsed, doc.get("clean_article").text, parsed.model, settings)}
