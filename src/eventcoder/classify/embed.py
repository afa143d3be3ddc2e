"""Static sentence embeddings (model2vec-style): BERT WordPiece tokens -> rows of a token table -> mean -> L2 norm.

Pure Python + numpy. The token table was distilled from all-MiniLM-L6-v2 with model2vec (see train.py);
tokenisation follows BERT's uncased basic tokenizer and greedy longest-match WordPiece, so the same
token ids come out as with the Hugging Face tokenizer the table was built with.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path
from typing import Sequence

import numpy as np

CONTINUATION = "##"
MAX_WORD_CHARS = 100


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F
    )


_ASCII_TOKEN = re.compile(r"[a-z0-9]+|[!-/:-@\[-`{-~]")


def basic_tokens(text: str) -> list[str]:
    """BERT uncased pre-tokenisation: lower case, accents stripped, punctuation and CJK split off."""
    return list(_basic_tokens(text))


@functools.lru_cache(maxsize=4096)
def _basic_tokens(text: str) -> tuple[str, ...]:
    # a sentence is tokenised up to four times (sentence and window, embedding and bag of words): cached
    if text.isascii() and "\x00" not in text:
        # ASCII: no accents, no CJK; control characters separate words like spaces: one regex, same tokens
        return tuple(_ASCII_TOKEN.findall(text.lower()))
    return tuple(_basic_tokens_slow(text))


def _basic_tokens_slow(text: str) -> list[str]:
    out: list[str] = []
    buf: list[str] = []
    text = unicodedata.normalize("NFD", text.lower())
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD or unicodedata.category(ch) == "Mn":
            continue
        if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf"):
            if buf:
                out.append("".join(buf))
                buf = []
            continue
        if _is_punct(ch) or _is_cjk(cp):
            if buf:
                out.append("".join(buf))
                buf = []
            out.append(ch)
            continue
        buf.append(ch)
    if buf:
        out.append("".join(buf))
    return out


class StaticEmbedder:
    """Token table + WordPiece vocabulary. ``encode(texts)`` -> float32 array (n, dims), rows L2-normalised."""

    def __init__(self, vocab: Sequence[str], table: np.ndarray) -> None:
        if len(vocab) != table.shape[0]:
            raise ValueError(f"vocabulary has {len(vocab)} tokens, table {table.shape[0]} rows")
        self.index = {tok: i for i, tok in enumerate(vocab)}
        self.table = table
        self.dims = table.shape[1]
        self._word_ids = functools.lru_cache(maxsize=200_000)(self._wordpiece)

    @classmethod
    def load(cls, folder: Path) -> StaticEmbedder:
        vocab = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
        table = np.load(folder / "embeddings.npy")
        return cls(vocab, table)

    def _wordpiece(self, word: str) -> tuple[int, ...]:
        if len(word) > MAX_WORD_CHARS:
            return ()
        ids: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else CONTINUATION + word[start:end]
                if piece in self.index:
                    found = self.index[piece]
                    break
                end -= 1
            if found is None:
                return ()  # the whole word is unknown; unknown tokens are skipped
            ids.append(found)
            start = end
        return tuple(ids)

    def token_ids(self, text: str) -> list[int]:
        ids: list[int] = []
        for word in basic_tokens(text):
            ids.extend(self._word_ids(word))
        return ids

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        done: dict[str, int] = {}  # a text met before in the batch: its row (a window is often its sentence)
        for row, text in enumerate(texts):
            if text in done:
                out[row] = out[done[text]]
                continue
            done[text] = row
            ids = self.token_ids(text)
            if ids:
                vec = self.table[ids].astype(np.float32).mean(axis=0)
                norm = float(np.linalg.norm(vec))
                out[row] = vec / norm if norm > 0 else vec
        return out
