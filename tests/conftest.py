from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventcoder.model import Article
from eventcoder.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
PUBLIC_DOMAIN = ROOT / "samples" / "centcom-statedept.jsonl"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


def article(text: str, published: str = "2026-11-23", id: str = "t") -> Article:
    return Article.from_text(id=id, text=text, source="test", published=dt.date.fromisoformat(published))


EVAL = ROOT / "eval"


@pytest.fixture(scope="session")
def gold_predictions(pipeline: Pipeline):
    """Predictions for a gold set split, computed once per session and shared by every accuracy gate:
    ``gold_predictions("snippets", "test")`` -> tuple of evaluate.Prediction (score with evaluate.score_*)."""
    from eventcoder import evaluate

    cache: dict[tuple[str, str | None], tuple] = {}

    def get(name: str, split: str | None = "test") -> tuple:
        key = (name, split)
        if key not in cache:
            cache[key] = evaluate.predict(evaluate.load_gold(EVAL / name, split), pipeline)
        return cache[key]

    return get
