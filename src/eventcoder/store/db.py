"""Opening a store: a SQLite file (default, WAL mode) or a PostgreSQL URL, through one SQLAlchemy engine.

Everything above this module writes SQLAlchemy Core statements, so SQLite and PostgreSQL share one code path.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Connection, Engine

from .. import __version__, errors
from ..config import Config
from ..errors import EventcoderError
from . import schema

DEFAULT_DB = "eventcoder.db"


def engine_url(db: str | None) -> str:
    """``postgresql://...`` (psycopg 3), any SQLAlchemy URL, or a SQLite file path."""
    db = db or DEFAULT_DB
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def pipeline_version(config: Config) -> str:
    """The package version plus a digest of the configuration: a change in either re-codes stored articles."""
    digest = hashlib.sha256(
        json.dumps({"stages": config.stages, "max_chars": config.max_chars, "settings": {k: dict(v) for k, v in config.settings.items()}}, sort_keys=True, default=str).encode()
    ).hexdigest()[:10]
    return f"{__version__}+{digest}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


class Store:
    """A handle on one database. ``with store.begin() as conn:`` is one transaction."""

    def __init__(self, db: str | None = None, *, create: bool = True) -> None:
        self.url = engine_url(db)
        self.dialect = self.url.split(":", 1)[0].split("+", 1)[0]
        if self.dialect == "sqlite" and not create:
            path = Path(self.url[len("sqlite:///"):])
            if not path.exists():
                raise EventcoderError(errors.UNREADABLE, "no such store; run eventcoder ingest first", item=str(path))
        try:
            self.engine: Engine = create_engine(self.url, future=True, pool_pre_ping=self.dialect != "sqlite")
        except Exception as exc:  # noqa: BLE001 - bad URL or missing driver
            raise EventcoderError(errors.BAD_CONFIG, f"cannot open store: {exc}", item=db) from exc
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            schema.metadata.create_all(self.engine)
            with self.engine.begin() as conn:
                row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).first()
                if row is None:
                    conn.execute(schema.meta.insert().values(key="schema_version", value=str(schema.SCHEMA_VERSION)))
        except EventcoderError:
            raise
        except Exception as exc:  # noqa: BLE001 - unreachable server, bad credentials, read-only file
            raise EventcoderError(errors.UNREADABLE, f"cannot open store: {exc}", item=db or DEFAULT_DB) from exc

    def begin(self):  # type: ignore[no-untyped-def]
        return self.engine.begin()

    def connect(self) -> Connection:
        return self.engine.connect()

    def close(self) -> None:
        self.engine.dispose()
