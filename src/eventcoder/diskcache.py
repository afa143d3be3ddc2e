"""Tables derived from the bundled resources, cached on disk between processes (as the gazetteer index is).

Start-up builds a few tables from the resources every process would otherwise rebuild the same way: the
entity ruler's token patterns (10,000+ names run through the tokenizer) and the catalogue's folded alias
keys. ``cached(name, parts, build)`` returns ``build()``'s value, pickled in the cache directory
(``EVENTCODER_CACHE``, else the user cache directory) under a key hashed from ``parts`` — whatever the
value depends on: the inputs themselves, the source of the code that derives it, package versions. A
changed resource or code gives another key, so the table is rebuilt; a missing, unreadable or corrupt
file is rebuilt too. Files are written to a temporary name and renamed (atomic): two worker processes
starting at once may both build, neither ever reads half a file. An unwritable cache directory only
costs the rebuild. Older files of the same table are removed when a new one is written.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

FORMAT = 1  # bump when the file layout changes
T = TypeVar("T")


def cache_dir() -> Path:
    from .geo.build import cache_dir as geo_cache_dir  # one cache directory for the project

    return geo_cache_dir()


def key(parts: Iterable[str | bytes]) -> str:
    """A short hash of the parts (each part is length-prefixed: ("ab", "c") and ("a", "bc") differ)."""
    h = hashlib.sha256(f"{FORMAT};{sys.version_info[:2]};{pickle.HIGHEST_PROTOCOL}".encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()[:20]


def path_for(name: str, parts: Iterable[str | bytes]) -> Path:
    return cache_dir() / f"{name}-{key(parts)}.pickle"


def cached(name: str, parts: Iterable[str | bytes], build: Callable[[], T]) -> T:
    """``build()``, read from the cache file for ``parts`` when there is one, else built and written there."""
    path = path_for(name, parts)
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a corrupt or foreign file: rebuild it
        pass
    value = build()
    _write(path, value)
    return value


def _write(path: Path, value: object) -> None:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        stem = path.name.rsplit("-", 1)[0]
        for old in path.parent.glob(f"{stem}-*.pickle"):
            if old != path and old.name.rsplit("-", 1)[0] == stem:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # read-only or full cache directory: the table is simply rebuilt next time
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
