"""Parquet parts written by the tasks themselves (pyarrow), idempotently.

Each task writes its rows to ``DIR/part-NNNNN.parquet`` (NNNNN: the partition index), first under a hidden
temporary name (``.part-NNNNN.parquet.<attempt>.tmp``, which Spark and pyarrow readers skip), then moved
over the final name. A partition's content is deterministic, so a retried or speculative attempt writes
the same bytes to the same name: re-runs and retries never duplicate rows. Every partition writes its
file even when it has no rows, so each output directory carries its schema.

Paths: a local path, or a URI pyarrow can write (``file://``, ``s3://`` — ``s3a://``/``s3n://`` are read as
``s3://`` —, ``gs://``, ``hdfs://``, ``abfs://``).
"""

from __future__ import annotations

import json
import os
from typing import Any, Iterable, Mapping, Sequence

BATCH_ROWS = 2048  # rows buffered per Parquet row group


def filesystem(uri: str) -> tuple[Any, str]:
    """(pyarrow FileSystem, path on it) for an output location."""
    from pyarrow import fs

    if "://" not in uri:
        return fs.LocalFileSystem(), os.path.abspath(uri)
    scheme, rest = uri.split("://", 1)
    if scheme in ("s3a", "s3n"):
        uri = f"s3://{rest}"
    return fs.FileSystem.from_uri(uri)


def reset(output: str, names: Sequence[str], *, create: bool = True) -> None:
    """Empty (or, ``create=False``, remove) the ``names`` subdirectories of ``output``: a re-run replaces
    them; nothing else in ``output`` is touched."""
    from pyarrow import fs as pafs

    fs, root = filesystem(output)
    fs.create_dir(root, recursive=True)
    for name in names:
        if fs.get_file_info(f"{root}/{name}").type != pafs.FileType.NotFound:
            fs.delete_dir(f"{root}/{name}")
        if create:
            fs.create_dir(f"{root}/{name}", recursive=True)


def tidy(output: str, names: Sequence[str]) -> None:
    """Delete temporary files a failed attempt may have left."""
    from pyarrow import fs as pafs

    fs, root = filesystem(output)
    for name in names:
        for info in fs.get_file_info(pafs.FileSelector(f"{root}/{name}", allow_not_found=True)):
            if info.base_name.startswith(".") and info.base_name.endswith(".tmp"):
                fs.delete_file(info.path)


class PartWriter:
    """Rows of one partition into ``output/name/part-NNNNN.parquet``: ``add`` rows, then ``close``."""

    def __init__(self, output: str, name: str, index: int, schema: Any, attempt: int = 0) -> None:
        self.fs, root = filesystem(output)
        self.final = f"{root}/{name}/part-{index:05d}.parquet"
        self.temp = f"{root}/{name}/.part-{index:05d}.parquet.{attempt}.tmp"
        self.schema = schema
        self.rows: list[Mapping[str, Any]] = []
        self.count = 0
        self._writer: Any = None
        self._stream: Any = None

    def add(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._writer is None:
            self._stream = self.fs.open_output_stream(self.temp)
            self._writer = pq.ParquetWriter(self._stream, self.schema, compression="snappy")
        if self.rows:
            self._writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.count += len(self.rows)
            self.rows = []

    def close(self) -> int:
        """Write what is left, move the file to its final name, return the number of rows."""
        self._flush()
        self._writer.close()
        self._stream.close()
        self.fs.move(self.temp, self.final)
        return self.count

    def abort(self) -> None:
        try:
            if self._writer is not None:
                self._writer.close()
                self._stream.close()
            self.fs.delete_file(self.temp)
        except Exception:  # noqa: BLE001 - best effort: tidy() removes it at the end of the run
            pass


def write_json(output: str, name: str, record: Mapping[str, Any]) -> None:
    """One JSON line in ``output/name/part-00000.json`` (readable by ``spark.read.json``)."""
    fs, root = filesystem(output)
    with fs.open_output_stream(f"{root}/{name}/part-00000.json") as out:
        out.write((json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
