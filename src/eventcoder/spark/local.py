"""Start-up settings for the one JVM of a local-mode run (``--master local[N]``).

In local mode the driver JVM only schedules tasks and moves small shuffles; the Python workers do the
coding. Its start-up (loading and verifying ~10k classes, JIT-compiling them) is CPU the workers do not
get on a small machine, so:

* ``-XX:TieredStopAtLevel=1 -XX:+UseSerialGC``: the client compiler only and one GC thread;
* a class-data-sharing archive of the classes Spark loads (Java's AppCDS): the first run with
  ``archive=True`` records it at JVM exit (``-XX:ArchiveClassesAtExit``) into the eventcoder cache
  directory (``EVENTCODER_CACHE``, about 170 MB); later runs map it (``-XX:SharedArchiveFile``) instead of
  loading the classes again. A stale or foreign archive is ignored by the JVM (``-Xshare:auto``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:cds*=off"


def archive_path() -> Path | None:
    """Where this pyspark + Java pair keeps its class archive (None: no Java found)."""
    import pyspark

    from eventcoder.geo.build import cache_dir

    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else shutil.which("java")
    if not java:
        return None
    java = os.path.realpath(java)
    try:
        stamp = f"{pyspark.__version__} {java} {os.stat(java).st_mtime_ns} {JVM_OPTIONS}"
    except OSError:
        return None
    return cache_dir() / f"spark-classes-{hashlib.sha256(stamp.encode()).hexdigest()[:12]}.jsa"


def java_options(archive: bool) -> tuple[str, Path | None]:
    """(driver JVM options, archive being recorded by this run or None)."""
    path = archive_path() if archive else None
    if path is None:
        return JVM_OPTIONS, None
    if path.exists():
        return f"{JVM_OPTIONS} -XX:SharedArchiveFile={path}", None
    path.parent.mkdir(parents=True, exist_ok=True)
    pending = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    return f"{JVM_OPTIONS} -XX:ArchiveClassesAtExit={pending}", pending


def finish(spark: Any, pending: Path | None, timeout: float = 120.0) -> None:
    """Stop Spark; if this run records the class archive, let the JVM exit (it writes the archive then)
    and put the archive in place. Never raises: the archive is only a speed-up."""
    from pyspark import SparkContext

    proc = getattr(SparkContext._gateway, "proc", None)  # the JVM pyspark started; it exits when its stdin closes
    spark.stop()
    if pending is None:
        return
    try:
        final = archive_path()
        if proc is not None and proc.stdin is not None and final is not None:
            proc.stdin.close()
            proc.wait(timeout)
            if pending.exists() and pending.stat().st_size > 0:
                os.replace(pending, final)
    except (OSError, ValueError, subprocess.TimeoutExpired):
        pass
    finally:
        pending.unlink(missing_ok=True)
