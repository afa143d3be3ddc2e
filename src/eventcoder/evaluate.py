"""Score the pipeline against gold files (format: eval/README.md).

One module for every accuracy task:

* ``type``   — the sub-event type of each snippet's event (or "none"): accuracy, per-class P/R/F1, macro and
  weighted F1 over the 25 ACLED sub-types, event-type accuracy, share of negatives with no event, confusions.
* ``geo``    — country, admin1, admin2, location, precision accuracy, share within 10/25/50 km, median km.
* ``actors`` — actor1, actor2, assoc_actor_1, inter1, inter2, date, time precision, fatalities, injuries.
* ``events`` — multi-event stories: gold and predicted events matched one-to-one; precision/recall/F1 of
  current events, status accuracy and field accuracy on matched pairs.

For single-event records the predicted event scored against the gold event is the current event whose
trigger overlaps the gold trigger, else the most confident current event — the gold label is never used
to choose. A key missing from a gold event is not
scored; a key set to null means "none" is the right answer.

Splits: a record's ``split`` key, else a fixed hash of its id (60% train, 20% dev, 20% test), so that the
split never depends on file order and new records never move old ones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import statistics
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from . import errors
from .errors import EventcoderError
from .export.records import event_dict
from .geo import haversine_km, same_name
from .lexicon import normalize
from .model import Article, Rejected
from .pipeline import Pipeline

TASKS = ("type", "geo", "actors", "events")
SPLITS = ("train", "dev", "test")
SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other",
    ),
}
ACLED_SUB_TYPES = tuple(s for subs in SUB_EVENT_TYPES.values() for s in subs)
EVENT_TYPE_OF = {s: t for t, subs in SUB_EVENT_TYPES.items() for s in subs}
NONE = "none"
MATCH_KM = 50.0
MATCH_DAYS = 3


# ---------------------------------------------------------------- gold records


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class GoldRecord:
    id: str
    text: str
    published: dt.date | None
    source: str
    events: tuple[Mapping[str, Any], ...]
    negative: str | None
    split: str
    origin: str  # file:line

    @property
    def current(self) -> tuple[Mapping[str, Any], ...]:
        return tuple(e for e in self.events if e.get("status", "current") == "current")


def split_of(record_id: str) -> str:
    """The fixed split of a record id: 60% train, 20% dev, 20% test."""
    bucket = int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


def _gold_files(path: Path) -> list[Path]:
    if path.is_dir():
        src = path / "src"
        return sorted((src if src.is_dir() else path).rglob("*.jsonl"))
    return [path]


def load_gold(paths: str | Path | Iterable[str | Path], split: str | None = None) -> tuple[GoldRecord, ...]:
    """Gold records from files or directories (a directory means its ``src/`` files), optionally one split."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if split is not None and split not in SPLITS:
        raise EventcoderError(errors.BAD_CONFIG, f"unknown split {split!r}; choose from {', '.join(SPLITS)}")
    out: list[GoldRecord] = []
    seen: set[str] = set()
    for path in paths:
        files = _gold_files(Path(path))
        if not files:
            raise EventcoderError(errors.UNREADABLE, "no gold .jsonl files found", item=str(path))
        for file in files:
            try:
                lines = file.read_text("utf-8").splitlines()
            except OSError as exc:
                raise EventcoderError(errors.UNREADABLE, f"cannot read: {exc.strerror or exc}", item=str(file)) from exc
            for lineno, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                origin = f"{file}:{lineno}"
                try:
                    raw = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EventcoderError(errors.MALFORMED_JSON, f"bad gold record: {exc}", item=origin) from exc
                record = _record(raw, origin)
                if record.id in seen:
                    raise EventcoderError(errors.MALFORMED_JSON, f"duplicate gold id {record.id!r}", item=origin)
                seen.add(record.id)
                if split is None or record.split == split:
                    out.append(record)
    return tuple(out)


def load_gold_records(raws: Iterable[Mapping[str, Any]]) -> tuple[GoldRecord, ...]:
    """Gold records from already-parsed objects (tests, tools)."""
    return tuple(_record(raw, f"record {i}") for i, raw in enumerate(raws, start=1))


def _record(raw: Any, origin: str) -> GoldRecord:
    try:
        rid = str(raw["id"])
        text = raw["text"]
        events = tuple(raw.get("events") or ())
        published = dt.date.fromisoformat(raw["published"]) if raw.get("published") else None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise EventcoderError(errors.MALFORMED_JSON, f"bad gold record: {exc!r}", item=origin) from exc
    if not isinstance(text, str) or not all(isinstance(e, Mapping) for e in events):
        raise EventcoderError(errors.MALFORMED_JSON, "bad gold record: text must be a string, events objects", item=origin)
    return GoldRecord(
        id=rid,
        text=text,
        published=published,
        source=str(raw.get("source") or "gold"),
        events=events,
        negative=raw.get("negative"),
        split=str(raw.get("split") or split_of(rid)),
        origin=origin,
    )


# ---------------------------------------------------------------- predictions


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Prediction:
    record: GoldRecord
    events: tuple[Mapping[str, Any], ...]  # export.records.event_dict of every event, all statuses
    rejected: str | None = None

    @property
    def current(self) -> tuple[Mapping[str, Any], ...]:
        return tuple(e for e in self.events if e["status"] == "current")


def predict(records: Sequence[GoldRecord], pipeline: Pipeline | None = None) -> tuple[Prediction, ...]:
    """Run the pipeline over gold records (their text, publication date and source)."""
    pipeline = pipeline or Pipeline()
    out = []
    for rec in records:
        article = Article.from_text(id=rec.id, text=rec.text, source=rec.source, published=rec.published)
        doc = pipeline.run_document(article)
        if isinstance(doc, Rejected):
            out.append(Prediction(record=rec, events=(), rejected=f"{doc.stage} [{doc.code}]: {doc.message}"))
            continue
        cleaned = doc.get("clean_article")  # evidence spans are in the cleaned text; raw spans map through it
        out.append(Prediction(record=rec, events=tuple(event_dict(e, cleaned) for e in doc.get("events"))))
    return tuple(out)


# ---------------------------------------------------------------- comparison keys

_PERIOD = re.compile(r"\s*\((?:19|20)\d\d-(?:(?:19|20)\d\d)?\)")
_ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9'-]{1,9}:\s+")  # ACLED's "AQAP: Al Qaeda in the Arabian Peninsula"
_PLACE_AFFIX = re.compile(
    r"^(?:muhafazat|mohafazat|wilayat|province of|governorate of|state of|region of)\s+|"
    r"\s+(?:governorate|province|region|state|oblast|district|prefecture|county|municipality|department|city|town|village|division|territory)$"
)
_ARTICLE = re.compile(r"(?:^|\s)(?:al|el|ad|ash|as|at|az|an|ar|ath|adh|ed|es|et)\s+(?=\w{3})")


def actor_key(name: str | None, strict: bool = False) -> str | None:
    """Fold an actor name; unless strict, ignore "(YYYY-)" periods of state forces and an "ABBR: " prefix, and
    take a name the actor catalogue knows as an alias to its canonical name ("Hamas" = "Hamas Movement")."""
    if not name:
        return None
    if not strict:
        from .catalogue import lookup

        for candidate in (name, _ACRONYM.sub("", name)):
            entry = lookup(candidate)
            if entry is not None and not entry.name.startswith("@"):
                name = entry.name
                break
        name = _ACRONYM.sub("", name)
    key = normalize(name if strict else _PERIOD.sub("", name))
    return re.sub(r"\b(forces of) the\b", r"\1", key) or None


def place_key(name: str | None) -> str | None:
    """Fold a place or admin name: case, diacritics, punctuation, Arabic article, admin suffixes."""
    if not name:
        return None
    key = normalize(name)
    key = _PLACE_AFFIX.sub("", key).strip()
    key = _ARTICLE.sub(" ", " " + key).strip()
    key = re.sub(r"(.)\1", r"\1", key).replace(" ", "")
    return key or None


def _distance(gold: Mapping[str, Any], pred: Mapping[str, Any] | None) -> float | None:
    if pred is None or pred.get("latitude") is None or gold.get("latitude") is None:
        return None
    return haversine_km(gold["latitude"], gold["longitude"], pred["latitude"], pred["longitude"])


def _same(field: str, gold: Any, pred: Any, iso: str | None = None) -> bool:
    if field in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        return actor_key(gold) == actor_key(pred)
    if field in ("actor1_strict", "actor2_strict"):
        return actor_key(gold, strict=True) == actor_key(pred, strict=True)
    if field in ("admin1", "admin2", "location"):
        # equal folded keys, or (inside the predicted country) two names of one gazetteer place or unit:
        # "Distrito Capital"/"Capital District", "Idleb"/"Idlib", "Mexmur"/"Makhmour"
        return place_key(gold) == place_key(pred) or bool(iso and gold and pred and same_name(gold, pred, iso))
    if field == "country":
        return (gold or "").strip().lower() == (pred or "").strip().lower() or place_key(gold) == place_key(pred)
    return gold == pred


# ---------------------------------------------------------------- choosing the predicted event


def _gold_trigger_span(record: GoldRecord, gold: Mapping[str, Any]) -> tuple[int, int] | None:
    trigger = gold.get("trigger")
    if not trigger:
        return None
    at = record.text.find(trigger)
    return (at, at + len(trigger)) if at >= 0 else None


def _raw_span(event: Mapping[str, Any], field: str = "trigger") -> tuple[int, int] | None:
    ev = event["evidence"].get(field)
    if not ev or ev.get("raw_span") is None:
        return None
    return tuple(ev["raw_span"])  # type: ignore[return-value]


def pick(prediction: Prediction, gold: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """The predicted current event that corresponds to a snippet's gold event (never chosen by label)."""
    current = prediction.current
    if not current:
        return None
    if gold is not None:
        span = _gold_trigger_span(prediction.record, gold)
        if span is not None:
            for e in current:
                spans = [tuple(m) for m in e["evidence"].get("mentions", [])]  # cleaned-text spans
                raw = _raw_span(e)
                if raw and raw[0] < span[1] and span[0] < raw[1]:
                    return e
                if any(s[0] < span[1] and span[0] < s[1] for s in spans):
                    return e
    return max(current, key=lambda e: e["confidence"])


# ---------------------------------------------------------------- scoring


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_type(predictions: Sequence[Prediction]) -> dict[str, Any]:
    pairs: list[tuple[str, str]] = []
    event_type_hits = event_type_total = 0
    for pred in predictions:
        gold_events = pred.record.current
        gold = gold_events[0] if gold_events else None
        if gold is not None and "sub_event_type" not in gold:
            continue  # a key left out is not scored (eval/README.md): the ISAF gold codes no sub-type
        want = gold["sub_event_type"] if gold else NONE
        got_event = pick(pred, gold)
        got = got_event["sub_event_type"] if got_event else NONE
        pairs.append((want, got))
        if gold is not None:
            event_type_total += 1
            event_type_hits += got_event is not None and got_event["event_type"] == EVENT_TYPE_OF.get(want, gold.get("event_type"))
    labels = sorted({w for w, _ in pairs} | {g for _, g in pairs})
    per_class = {}
    for label in labels:
        tp = sum(1 for w, g in pairs if w == label and g == label)
        fp = sum(1 for w, g in pairs if w != label and g == label)
        fn = sum(1 for w, g in pairs if w == label and g != label)
        per_class[label] = {**_prf(tp, fp, fn), "support": tp + fn}
    acled = [c for c in ACLED_SUB_TYPES if per_class.get(c, {}).get("support")]
    support = sum(per_class[c]["support"] for c in acled)
    weighted = sum(per_class[c]["f1"] * per_class[c]["support"] for c in acled) / support if support else 0.0
    macro = statistics.mean(per_class[c]["f1"] for c in acled) if acled else 0.0
    negatives = [(w, g) for w, g in pairs if w == NONE]
    confusions = Counter((w, g) for w, g in pairs if w != g).most_common(15)
    return {
        "records": len(pairs),
        "accuracy": round(sum(w == g for w, g in pairs) / len(pairs), 4) if pairs else 0.0,
        "weighted_f1": round(weighted, 4),
        "macro_f1": round(macro, 4),
        "event_type_accuracy": round(event_type_hits / event_type_total, 4) if event_type_total else 0.0,
        "negatives": len(negatives),
        "negatives_without_event": round(sum(g == NONE for _, g in negatives) / len(negatives), 4) if negatives else None,
        "per_class": per_class,
        "confusions": [{"gold": w, "predicted": g, "count": n} for (w, g), n in confusions],
    }


GEO_FIELDS = ("country", "admin1", "admin2", "location", "geo_precision")
ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "inter1", "inter2", "event_date", "time_precision", "fatalities", "injuries")


def _field_accuracy(pairs: list[tuple[Mapping[str, Any], Mapping[str, Any] | None]], fields: Iterable[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in fields:
        source = field.removesuffix("_strict")
        scored = [(g, p) for g, p in pairs if source in g]
        if not scored:
            continue
        hits = sum(_same(field, g[source], p.get(source) if p else None, p.get("iso") if p else None) for g, p in scored)
        out[field] = {"accuracy": round(hits / len(scored), 4), "n": len(scored)}
    return out


def _single_pairs(predictions: Sequence[Prediction]) -> list[tuple[Mapping[str, Any], Mapping[str, Any] | None]]:
    pairs = []
    for pred in predictions:
        gold = pred.record.current
        if gold:
            pairs.append((gold[0], pick(pred, gold[0])))
    return pairs


def score_geo(predictions: Sequence[Prediction]) -> dict[str, Any]:
    pairs = [(g, p) for g, p in _single_pairs(predictions) if "country" in g or "location" in g]
    out: dict[str, Any] = {"events": len(pairs), "with_place": round(sum(bool(p and p.get("iso")) for _, p in pairs) / len(pairs), 4) if pairs else 0.0}
    out.update(_field_accuracy(pairs, GEO_FIELDS))
    located = [(g, p) for g, p in pairs if g.get("latitude") is not None]
    distances = [_distance(g, p) for g, p in located]
    for limit in (10, 25, 50):
        out[f"within_{limit}km"] = round(sum(d is not None and d <= limit for d in distances) / len(located), 4) if located else None
    known = [d for d in distances if d is not None]
    out["median_km"] = round(statistics.median(known), 1) if known else None
    return out


def score_actors(predictions: Sequence[Prediction]) -> dict[str, Any]:
    pairs = _single_pairs(predictions)
    out: dict[str, Any] = {"events": len(pairs)}
    out.update(_field_accuracy(pairs, ACTOR_FIELDS + ("actor1_strict", "actor2_strict")))
    positive = [(g, p) for g, p in pairs if isinstance(g.get("fatalities"), int) and g["fatalities"] > 0]
    if positive:
        hits = sum(p is not None and p.get("fatalities") == g["fatalities"] for g, p in positive)
        out["fatalities_gold_above_0"] = {"accuracy": round(hits / len(positive), 4), "n": len(positive)}
    return out


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _compatible(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> float | None:
    """A match score for a gold/predicted event pair, or None when they cannot be the same event."""
    if EVENT_TYPE_OF.get(gold.get("sub_event_type", ""), gold.get("event_type")) != pred["event_type"]:
        return None
    if gold.get("iso") and pred.get("iso") and gold["iso"] != pred["iso"]:
        return None
    gd, pd = _date(gold.get("event_date")), _date(pred.get("event_date"))
    if gd and pd and abs((gd - pd).days) > MATCH_DAYS:
        return None
    d = _distance(gold, pred)
    if d is not None and d > MATCH_KM:
        return None
    score = 1.0
    score += gold.get("sub_event_type") == pred["sub_event_type"]
    score += gold.get("status", "current") == pred["status"]
    score += bool(gd and pd and gd == pd)
    score += d is not None and d <= 10
    score += _same("actor1", gold.get("actor1"), pred.get("actor1")) if gold.get("actor1") else 0
    return score


def match(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of gold and predicted events by compatibility score."""
    scored = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = _compatible(g, p)
            if s is not None:
                scored.append((s, i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _s, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


def _dateline_place(text: str, event: Mapping[str, Any]) -> bool:
    """Does the event take its town from the story's dateline ("GENEVA (Reuters) -")? Never right: a
    dateline says where the story was filed (an event there is placed by the body's own mention)."""
    from .page.datelines import find_dateline

    dateline = find_dateline(text)
    place = (event.get("evidence") or {}).get("place") or {}
    raw = place.get("raw_span")
    if dateline is None or not raw or (event.get("geo_precision") or 3) >= 3:
        return False
    return dateline.span.start <= raw[0] < dateline.span.end


def score_events(predictions: Sequence[Prediction]) -> dict[str, Any]:
    tp = gold_current = pred_current = 0
    status_hits = matched = 0
    field_pairs: list[tuple[Mapping[str, Any], Mapping[str, Any] | None]] = []
    dateline_places = 0
    for pred in predictions:
        gold = pred.record.events
        predicted = pred.events
        gold_current += sum(g.get("status", "current") == "current" for g in gold)
        pred_current += sum(p["status"] == "current" for p in predicted)
        dateline_places += sum(_dateline_place(pred.record.text, p) for p in predicted if p["status"] == "current")
        for i, j in match(gold, predicted):
            g, p = gold[i], predicted[j]
            matched += 1
            status_hits += g.get("status", "current") == p["status"]
            if g.get("status", "current") == "current" and p["status"] == "current":
                tp += 1
                field_pairs.append((g, p))
    out: dict[str, Any] = {
        "stories": len(predictions),
        "gold_current": gold_current,
        "predicted_current": pred_current,
        **_prf(tp, pred_current - tp, gold_current - tp),
        "matched": matched,
        "status_accuracy": round(status_hits / matched, 4) if matched else None,
        "dateline_places": dateline_places,
    }
    out["fields"] = _field_accuracy(field_pairs, ("sub_event_type", "actor1", "actor2", "location", "event_date", "fatalities"))
    return out


SCORERS = {"type": score_type, "geo": score_geo, "actors": score_actors, "events": score_events}


def evaluate(
    paths: str | Path | Iterable[str | Path],
    tasks: Sequence[str] = TASKS,
    *,
    split: str | None = None,
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """Run the pipeline over gold files and score the given tasks."""
    unknown = set(tasks) - set(TASKS)
    if unknown:
        raise EventcoderError(errors.BAD_CONFIG, f"unknown task {', '.join(sorted(unknown))}; choose from {', '.join(TASKS)}")
    records = load_gold(paths, split)
    if not records:
        raise EventcoderError(errors.EMPTY_INPUT, f"no gold records{f' in split {split}' if split else ''}")
    predictions = predict(records, pipeline)
    report: dict[str, Any] = {
        "records": len(records),
        "split": split,
        "rejected": [{"id": p.record.id, "reason": p.rejected} for p in predictions if p.rejected],
    }
    for task in tasks:
        report[task] = SCORERS[task](predictions)
    return report


# ---------------------------------------------------------------- text report


def _pct(x: Any) -> str:
    return "-" if x is None else f"{100 * x:5.1f}"


def format_report(report: Mapping[str, Any]) -> Iterator[str]:
    """Lines of a plain-text report (the CLI prints them)."""
    yield f"{report['records']} gold records{' (split ' + report['split'] + ')' if report.get('split') else ''}, {len(report['rejected'])} rejected"
    if "type" in report:
        t = report["type"]
        yield ""
        yield "== type"
        yield f"accuracy {_pct(t['accuracy'])}  weighted F1 {_pct(t['weighted_f1'])}  macro F1 {_pct(t['macro_f1'])}  event-type accuracy {_pct(t['event_type_accuracy'])}"
        yield f"negatives {t['negatives']}, without an event {_pct(t['negatives_without_event'])}"
        yield f"{'class':<40} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"
        for label, m in sorted(t["per_class"].items(), key=lambda kv: -kv[1]["support"]):
            yield f"{label:<40} {_pct(m['precision'])} {_pct(m['recall'])} {_pct(m['f1'])} {m['support']:>5}"
        yield "top confusions (gold -> predicted):"
        for c in t["confusions"]:
            yield f"  {c['count']:>4}  {c['gold']} -> {c['predicted']}"
    for task in ("geo", "actors"):
        if task in report:
            r = report[task]
            yield ""
            yield f"== {task} ({r['events']} events)"
            for key, value in r.items():
                if isinstance(value, Mapping):
                    yield f"{key:<24} {_pct(value['accuracy'])}  (n={value['n']})"
                elif key != "events":
                    yield f"{key:<24} {value if key == 'median_km' else _pct(value)}"
    if "events" in report:
        e = report["events"]
        yield ""
        yield f"== events ({e['stories']} stories; gold current {e['gold_current']}, predicted current {e['predicted_current']})"
        yield f"current events: precision {_pct(e['precision'])}  recall {_pct(e['recall'])}  F1 {_pct(e['f1'])}"
        yield f"status accuracy on {e['matched']} matched events {_pct(e['status_accuracy'])}"
        yield f"current events placed at the dateline town: {e['dateline_places']}"
        for key, value in e["fields"].items():
            yield f"{key:<24} {_pct(value['accuracy'])}  (n={value['n']})"
