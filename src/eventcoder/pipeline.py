"""The stage registry and the pipeline that runs stages in a checked order.

A stage is a function ``(document, settings) -> {field: value}`` registered with the fields it requires and
the fields it assigns. ``Pipeline`` checks, before anything runs, that every requirement is assigned by an
earlier stage and that no field is assigned twice. One article failing becomes a ``Rejected`` record.

Every article runs under a time budget (``Config.time_budget``, from ``[limits]``): an article over it
becomes ``Rejected(code="timeout")`` naming the stage it was in. Before the first timed article the
pipeline runs a short warm-up article untimed, so loading models and lexicons never counts against an
article's budget.
"""

from __future__ import annotations

import importlib
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping

from . import errors
from .config import Config, default_config
from .deadline import DeadlineExceeded, deadline
from .errors import ConfigError, EventcoderError
from .model import Article, Document, Event, Rejected

StageFunc = Callable[[Document, Mapping[str, Any]], Mapping[str, Any]]

INITIAL_FIELDS = frozenset({"article"})
WARM_UP_TEXT = (
    "BAGHDAD (Wire) - Gunmen attacked a police checkpoint in Baghdad on Monday, killing two officers and "
    "wounding three, officials said. Police arrested a suspect."
)


@dataclass(frozen=True, slots=True, kw_only=True)
class StageSpec:
    name: str
    requires: frozenset[str]
    assigns: frozenset[str]
    func: StageFunc


_REGISTRY: dict[str, StageSpec] = {}


def stage(name: str, *, requires: Iterable[str], assigns: Iterable[str]) -> Callable[[StageFunc], StageFunc]:
    """Register a stage function under ``name``."""

    def register(func: StageFunc) -> StageFunc:
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise ValueError(f"stage {name!r} registered twice")
        _REGISTRY[name] = StageSpec(
            name=name, requires=frozenset(requires), assigns=frozenset(assigns), func=func
        )
        return func

    return register


def registry() -> Mapping[str, StageSpec]:
    importlib.import_module("eventcoder.stages")  # registers the built-in stages
    return dict(_REGISTRY)


def check_order(names: Iterable[str], stages: Mapping[str, StageSpec]) -> tuple[StageSpec, ...]:
    """Resolve stage names and check requires/assigns. Raises ConfigError naming the first problem."""
    available = set(INITIAL_FIELDS)
    resolved = []
    for name in names:
        spec = stages.get(name)
        if spec is None:
            raise ConfigError(f"unknown stage {name!r}; known stages: {', '.join(sorted(stages))}")
        missing = spec.requires - available
        if missing:
            raise ConfigError(
                f"stage {name!r} requires {', '.join(sorted(missing))}, which no earlier stage assigns"
            )
        twice = spec.assigns & available
        if twice:
            raise ConfigError(f"stage {name!r} assigns {', '.join(sorted(twice))}, already assigned earlier")
        available |= spec.assigns
        resolved.append(spec)
    if "events" not in available:
        raise ConfigError("no stage assigns 'events'; the pipeline would produce nothing")
    return tuple(resolved)


class Pipeline:
    def __init__(self, config: Config | None = None) -> None:
        self.config = config or default_config()
        self.stages = check_order(self.config.stages, registry())
        self._warm = False

    def warm_up(self) -> None:
        """Load what the stages load lazily (spaCy model, lexicons, gazetteer) by coding a short article
        with no time budget. Called once before the first article; harmless to call again."""
        if self._warm:
            return
        self._warm = True
        self._run_stages(Article.from_text(id="warm-up", text=WARM_UP_TEXT, source="warm-up"), [""])

    def time_budget(self, article: Article) -> float:
        return self.config.time_budget(len(article.raw_text.split()))

    def run_document(self, article: Article) -> Document | Rejected:
        """Run every stage over one article; the first failure becomes a Rejected record."""
        if len(article.raw_text) > self.config.max_chars:
            return Rejected(
                article_id=article.id,
                stage="read",
                code=errors.TOO_LARGE,
                message=f"{len(article.raw_text)} characters, limit is {self.config.max_chars}",
            )
        self.warm_up()
        budget = self.time_budget(article)
        current = [""]  # the stage running now, for the timeout message
        started = time.monotonic()
        try:
            with deadline(budget):
                return self._run_stages(article, current)
        except DeadlineExceeded:
            return Rejected(
                article_id=article.id,
                stage=current[0] or "pipeline",
                code=errors.TIMEOUT,
                message=f"over the time budget of {budget:.1f} s ({time.monotonic() - started:.1f} s spent)",
            )

    def _run_stages(self, article: Article, current: list[str]) -> Document | Rejected:
        doc = Document(article=article)
        for spec in self.stages:
            current[0] = spec.name
            try:
                out = spec.func(doc, self.config.stage_settings(spec.name))
            except EventcoderError as exc:
                return Rejected(article_id=article.id, stage=spec.name, code=exc.code, message=exc.message)
            except Exception as exc:  # noqa: BLE001 - one article must never crash the batch
                return Rejected(
                    article_id=article.id,
                    stage=spec.name,
                    code=errors.STAGE_FAILED,
                    message=f"{type(exc).__name__}: {exc}",
                )
            if set(out) != spec.assigns:
                return Rejected(
                    article_id=article.id,
                    stage=spec.name,
                    code=errors.STAGE_FAILED,
                    message=f"stage assigned {sorted(out)}, declared {sorted(spec.assigns)}",
                )
            doc = doc.with_fields(dict(out))
        return doc

    def run(self, article: Article) -> tuple[Event, ...] | Rejected:
        doc = self.run_document(article)
        if isinstance(doc, Rejected):
            return doc
        events: tuple[Event, ...] = doc.get("events")
        return events

    def run_many(self, items: Iterable[Article | Rejected]) -> Iterator[tuple[Article | None, tuple[Event, ...] | Rejected]]:
        """Code a stream of articles; rejected input items pass through, the batch always goes on."""
        for item in items:
            if isinstance(item, Rejected):
                yield None, item
            else:
                yield item, self.run(item)
