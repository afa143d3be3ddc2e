"""The stage registry and the pipeline that runs stages in a checked order.

A stage is a function ``(document, settings) -> {field: value}`` registered with the fields it requires and
the fields it assigns. ``Pipeline`` checks, before anything runs, that every requirement is assigned by an
earlier stage and that no field is assigned twice. One article failing becomes a ``Rejected`` record.

Every article runs under a time budget (``Config.time_budget``, from ``[limits]``): an article over it
becomes ``Rejected(code="timeout")`` naming the stage it was in. Before the first timed article the
pipeline runs a short warm-up article untimed, so loading models and lexicons never counts against an
article's budget.

A stage registered with ``skip_without=FIELD`` works on that field's items (the stages after detect work on the
event mentions): when the field is empty the stage is not run and assigns an empty tuple to each of its fields.
An article with no event mention (a third to a half of real news) costs only cleaning, parsing and detection.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from . import doccache, errors
from .config import Config, default_config
from .deadline import DeadlineExceeded, deadline
from .errors import ConfigError, EventcoderError
from .model import Article, Document, Event, Rejected

StageFunc = Callable[[Document, Mapping[str, Any]], Mapping[str, Any]]
BatchFunc = Callable[[Sequence[Document], Mapping[str, Any]], Sequence[Mapping[str, Any]]]

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
    batch: BatchFunc | None = None  # optional: the same stage over many documents at once
    skip_without: str | None = None  # a field the stage works on: when it is empty, every assigned field is ()


_REGISTRY: dict[str, StageSpec] = {}


def stage(
    name: str, *, requires: Iterable[str], assigns: Iterable[str], batch: BatchFunc | None = None, skip_without: str | None = None
) -> Callable[[StageFunc], StageFunc]:
    """Register a stage function under ``name`` (``batch``: an optional form taking many documents; ``skip_without``:
    a required field whose emptiness makes every field the stage assigns an empty tuple, without running it)."""
    requires = frozenset(requires)
    if skip_without is not None and skip_without not in requires:
        raise ValueError(f"stage {name!r}: skip_without={skip_without!r} is not one of its requirements")

    def register(func: StageFunc) -> StageFunc:
        if name in _REGISTRY and _REGISTRY[name].func is not func:
            raise ValueError(f"stage {name!r} registered twice")
        _REGISTRY[name] = StageSpec(
            name=name, requires=requires, assigns=frozenset(assigns), func=func, batch=batch, skip_without=skip_without
        )
        return func

    return register


def registry() -> Mapping[str, StageSpec]:
    with _loading():
        importlib.import_module("eventcoder.stages")  # registers the built-in stages
    return dict(_REGISTRY)


@contextlib.contextmanager
def _loading() -> Iterator[None]:
    """No garbage collection while the stages' modules, the spaCy model and the lexicons load, and what was loaded then
    moved out of the collector's generations (``gc.freeze``): it lives as long as the process, and the collector walked it
    again and again (about 0.15 s of a 1.6 s start-up; worker processes forked after the warm-up do not write to its pages
    either). Collection is stopped by a zero threshold, not ``gc.disable()``, which spaCy's model loading undoes (srsly
    re-enables the collector after reading a file); the thresholds are restored afterwards."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*thresholds)


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
        with _loading():
            doc: Document | Rejected = Document(article=Article.from_text(id="warm-up", text=WARM_UP_TEXT, source="warm-up"))
            for spec in self.stages:
                if isinstance(doc, Rejected):
                    break
                doc = self._step(spec, doc, None)

    def time_budget(self, article: Article) -> float:
        return self.config.time_budget(len(article.raw_text.split()))

    def _too_large(self, article: Article) -> Rejected | None:
        if len(article.raw_text) <= self.config.max_chars:
            return None
        return Rejected(
            article_id=article.id,
            stage="read",
            code=errors.TOO_LARGE,
            message=f"{len(article.raw_text)} characters, limit is {self.config.max_chars}",
        )

    def _timeout(self, article: Article, stage_name: str, budget: float) -> Rejected:
        return Rejected(
            article_id=article.id, stage=stage_name, code=errors.TIMEOUT, message=f"over the time budget of {budget:.1f} s"
        )

    def _check(self, spec: StageSpec, doc: Document, out: Any) -> Document | Rejected:
        if not isinstance(out, Mapping) or set(out) != spec.assigns:
            got = sorted(out) if isinstance(out, Mapping) else type(out).__name__
            return Rejected(
                article_id=doc.article.id,
                stage=spec.name,
                code=errors.STAGE_FAILED,
                message=f"stage assigned {got}, declared {sorted(spec.assigns)}",
            )
        return doc.with_fields(dict(out))

    @staticmethod
    def _idle(spec: StageSpec, doc: Document) -> Document | None:
        """The document with the stage's fields empty, when the field it works on is empty (``skip_without``)."""
        if spec.skip_without is None or doc.get(spec.skip_without):
            return None
        return doc.with_fields({name: () for name in spec.assigns})

    def _step(self, spec: StageSpec, doc: Document, seconds: float | None) -> Document | Rejected:
        """One stage over one document, within ``seconds`` (None: no limit)."""
        idle = self._idle(spec, doc)
        if idle is not None:
            return idle
        article = doc.article
        try:
            with deadline(seconds):
                out = spec.func(doc, self.config.stage_settings(spec.name))
        except DeadlineExceeded:
            return self._timeout(article, spec.name, self.time_budget(article))
        except EventcoderError as exc:
            return Rejected(article_id=article.id, stage=spec.name, code=exc.code, message=exc.message)
        except Exception as exc:  # noqa: BLE001 - one article must never crash the batch
            return Rejected(article_id=article.id, stage=spec.name, code=errors.STAGE_FAILED, message=f"{type(exc).__name__}: {exc}")
        return self._check(spec, doc, out)

    def run_document(self, article: Article) -> Document | Rejected:
        """Run every stage over one article; the first failure becomes a Rejected record."""
        return self.run_documents([article])[0]

    def run_documents(self, articles: Sequence[Article]) -> list[Document | Rejected]:
        """Run every stage over a chunk of articles, stage by stage, so that a stage with a batch form
        (parse: spaCy's ``nlp.pipe``) handles the chunk at once. Each article keeps its own time budget;
        if a batched stage fails or runs over the chunk's budget, it is re-run article by article, so the
        failure lands on the article that caused it."""
        self.warm_up()
        states: list[Document | Rejected] = [self._too_large(a) or Document(article=a) for a in articles]
        budgets = [self.time_budget(a) for a in articles]
        spent = [0.0] * len(articles)
        for spec in self.stages:
            alive = []
            for i, st in enumerate(states):
                if isinstance(st, Document):
                    idle = self._idle(spec, st)
                    if idle is None:
                        alive.append(i)
                    else:
                        states[i] = idle
            if not alive:
                continue  # (every article rejected, or none with what the stage works on)
            settings = self.config.stage_settings(spec.name)
            if spec.batch is not None and len(alive) > 1:
                started = time.monotonic()
                try:
                    with deadline(sum(max(0.0, budgets[i] - spent[i]) for i in alive)):
                        outs = list(spec.batch([states[i] for i in alive], settings))  # type: ignore[misc]
                    if len(outs) != len(alive):
                        raise ValueError("batch stage returned the wrong number of results")
                except (DeadlineExceeded, Exception):  # noqa: BLE001 - redone one by one below
                    outs = None
                share = (time.monotonic() - started) / len(alive)
                if outs is not None:
                    for i, out in zip(alive, outs):
                        spent[i] += share
                        states[i] = self._check(spec, states[i], out)  # type: ignore[arg-type]
                    continue
            for i in alive:
                remaining = budgets[i] - spent[i]
                if remaining <= 0:
                    states[i] = self._timeout(articles[i], spec.name, budgets[i])
                    continue
                started = time.monotonic()
                states[i] = self._step(spec, states[i], remaining)  # type: ignore[arg-type]
                spent[i] += time.monotonic() - started
        doccache.forget()  # (the chunk's Docs, remembered while the stages went through them)
        return states

    def run(self, article: Article) -> tuple[Event, ...] | Rejected:
        return self.code(article)[1]

    def code(self, article: Article) -> tuple[Article, tuple[Event, ...] | Rejected]:
        """Code one article. Returns the article the events' spans index (the cleaned article: its
        ``text`` is what spans point into, its ``offsets`` map them to ``raw_text``, the input as given)
        with the events, or the input article with a Rejected record."""
        return self.code_many([article])[0]

    def code_many(self, articles: Sequence[Article]) -> list[tuple[Article, tuple[Event, ...] | Rejected]]:
        """``code`` for a chunk of articles (batched where a stage can batch), in input order."""
        out: list[tuple[Article, tuple[Event, ...] | Rejected]] = []
        for article, doc in zip(articles, self.run_documents(articles)):
            if isinstance(doc, Rejected):
                out.append((article, doc))
            else:
                events: tuple[Event, ...] = doc.get("events")
                out.append((doc.get("clean_article") if doc.has("clean_article") else article, events))
        return out

    def run_many(self, items: Iterable[Article | Rejected]) -> Iterator[tuple[Article | None, tuple[Event, ...] | Rejected]]:
        """Code a stream of articles one by one; rejected input items pass through, the batch always goes
        on. Yields (article the spans index, events) as ``code`` does, or (None, Rejected) for input items.
        ``eventcoder.batch`` does the same with chunks and worker processes."""
        for item in items:
            if isinstance(item, Rejected):
                yield None, item
            else:
                yield self.code(item)
