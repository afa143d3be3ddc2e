"""The event store: SQLite or PostgreSQL through SQLAlchemy Core; ingest, dedup, queries and reviews.

Entry point: ``Store(db)`` opens (and creates) a store; ``ingest(store, items)`` codes articles into it.
"""

from .db import DEFAULT_DB, Store, pipeline_version
from .ingest import IngestStats, ingest

__all__ = ["DEFAULT_DB", "IngestStats", "Store", "ingest", "pipeline_version"]
