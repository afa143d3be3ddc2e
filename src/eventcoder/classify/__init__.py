"""Event-type classifier: one candidate sentence -> a distribution over the 25 ACLED sub-event types + "none".

Entry point: ``classify(inputs)``. Each input is the sentence text and the sub-types the trigger lexicon
found in it. Features are a static sentence embedding (a token table distilled with model2vec from
all-MiniLM-L6-v2, see ``embed.py``) plus the lexicon hits; the head is a small softmax model. Inference is
numpy only; the weights ship in ``weights/`` (trained by ``python -m eventcoder.classify.train``).
"""

from __future__ import annotations

import functools
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from ..lexicon import subtypes
from .embed import StaticEmbedder, basic_tokens

NONE = "none"
WEIGHTS = Path(__file__).resolve().parent / "weights"


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceInput:
    """One candidate: a trigger (or cue word) with its clause window, in its sentence."""

    text: str  # the sentence
    window: str = ""  # the words around the trigger (same as text if empty)
    trigger_type: str | None = None  # the lexicon's sub-type for the trigger, None for a cue word
    specific: bool = False  # the trigger is a specific (not generic) lexicon trigger
    lexicon_types: frozenset[str] = frozenset()  # sub-types of all lexicon triggers in the sentence
    context: tuple[str, ...] = ()  # the trigger's dependency context ("head:conduct", "mod:air", "agent:force")


def labels() -> tuple[str, ...]:
    return tuple(s.name for s in subtypes()) + (NONE,)


def lexicon_features(inputs: Sequence[SentenceInput]) -> np.ndarray:
    """The trigger's lexicon sub-type (one-hot), whether it is specific, and the sentence's lexicon sub-types."""
    names = [s.name for s in subtypes()]
    index = {n: i for i, n in enumerate(names)}
    n = len(names)
    out = np.zeros((len(inputs), 2 * n + 1), dtype=np.float32)
    for row, item in enumerate(inputs):
        if item.trigger_type in index:
            out[row, index[item.trigger_type]] = 1.0
        out[row, n] = float(item.specific)
        for t in item.lexicon_types:
            if t in index:
                out[row, n + 1 + index[t]] = 1.0
    return out


def bow_ids(item: SentenceInput, buckets: int) -> list[int]:
    """Hashed bag of words: the sentence's words and word pairs, the trigger window's words, and the
    trigger's dependency context."""
    window = [w for w in basic_tokens(item.window or item.text) if w.isalnum()]
    keys = [f"w:{w}" for w in window] + [f"c:{c}" for c in item.context]
    return sorted(_sentence_bow(item.text, buckets).union(_crc(k) % buckets for k in keys))


_SENTENCE_BOW: dict[tuple[str, int], frozenset[int]] = {}  # a sentence's words and pairs (each of its candidates asks)


def _sentence_bow(text: str, buckets: int) -> frozenset[int]:
    """The buckets of the sentence's words and word pairs (``bow_ids``), once per sentence text."""
    out = _SENTENCE_BOW.get((text, buckets))
    if out is None:
        if len(_SENTENCE_BOW) >= 4096:  # keep memory bounded
            _SENTENCE_BOW.clear()
        words = [w for w in basic_tokens(text) if w.isalnum()]
        keys = [f"s:{w}" for w in words] + [f"b:{a}_{b}" for a, b in zip(words, words[1:])]
        out = _SENTENCE_BOW[(text, buckets)] = frozenset(_crc(k) % buckets for k in keys)
    return out


_CRC: dict[str, int] = {}  # the bag-of-words keys' checksums (the same words and pairs come back sentence after sentence)


def _crc(key: str) -> int:
    out = _CRC.get(key)
    if out is None:
        if len(_CRC) >= 500_000:  # one entry per key seen: keep memory bounded
            _CRC.clear()
        out = _CRC[key] = zlib.crc32(key.encode("utf-8"))
    return out


def features(embedder: StaticEmbedder, inputs: Sequence[SentenceInput], lexicon_scale: float) -> np.ndarray:
    texts = [i.text for i in inputs]
    windows = [i.window or i.text for i in inputs]
    emb = embedder.encode(texts + windows)
    return np.hstack([emb[: len(inputs)], emb[len(inputs) :], lexicon_scale * lexicon_features(inputs)])


class Classifier:
    def __init__(self, embedder: StaticEmbedder, head: dict[str, np.ndarray], meta: dict) -> None:
        self.embedder = embedder
        self.head = head
        self.meta = meta
        self.labels = tuple(meta["labels"])
        self.lexicon_scale = float(meta.get("lexicon_scale", 1.0))
        if self.labels != labels():
            raise ValueError("classifier weights were trained for other labels; retrain (python -m eventcoder.classify.train)")

    @classmethod
    def load(cls, folder: Path = WEIGHTS) -> Classifier:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        with np.load(folder / "head.npz") as npz:
            head = {k: npz[k].astype(np.float32) for k in npz.files}
        return cls(StaticEmbedder.load(folder), head, meta)

    def features(self, inputs: Sequence[SentenceInput]) -> np.ndarray:
        return features(self.embedder, inputs, self.lexicon_scale)

    def predict_features(self, x: np.ndarray, inputs: Sequence[SentenceInput] = ()) -> np.ndarray:
        h = self.head
        if "mean" in h:
            x = (x - h["mean"]) / h["scale"]
        if "w1" in h:
            x = np.maximum(x @ h["w1"] + h["b1"], 0.0)
        z = x @ h["w"] + h["b"]
        if "wb" in h:  # hashed bag of words, each row scaled to unit length
            for row, item in enumerate(inputs):
                ids = bow_ids(item, h["wb"].shape[0])
                if ids:
                    z[row] += h["wb"][ids].sum(axis=0) / np.sqrt(len(ids))
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def predict(self, inputs: Sequence[SentenceInput]) -> np.ndarray:
        """Probabilities, shape (len(inputs), 26), columns in ``labels()`` order."""
        if not inputs:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        return self.predict_features(self.features(inputs), inputs)


@functools.cache
def model() -> Classifier:
    return Classifier.load()


def classify(inputs: Sequence[SentenceInput]) -> np.ndarray:
    """Batch entry point: probabilities over ``labels()`` for each candidate sentence."""
    return model().predict(inputs)
