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
