"""pyspark's Python worker daemon, with the pipeline loaded before it forks any worker.

Spark starts one daemon per executor (``spark.python.daemon.module``, set by ``job.session``) and forks a
worker process from it for each concurrent task. Loading the default pipeline (spaCy model, gazetteer,
classifier) here first means every worker inherits it, shared copy-on-write, instead of each loading its
own — the same fork-after-warm-up that ``extract --workers`` does. A job with a user config still builds
that pipeline once per worker (``job.pipeline_for``). If the preload fails, the workers simply load on
first use, so a daemon never fails because of it.
"""

from __future__ import annotations

import os
import sys


def preload() -> Exception | None:
    """Load the default pipeline; the error when that failed (the workers then load it on first use)."""
    saved = os.dup(1)
    os.dup2(2, 1)  # the daemon's stdout carries its port to the JVM: nothing else may be written there
    try:
        from eventcoder.spark.job import Options, pipeline_for

        pipeline_for(Options())
        return None
    except Exception as exc:  # noqa: BLE001 - workers retry on first use and report the error there
        return exc
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


if __name__ == "__main__":  # pyspark starts ``python -m eventcoder.spark.daemon``: the one place this module prints
    failed = preload()
    if failed is not None:
        print(f"eventcoder: pipeline not preloaded in the Spark daemon: {type(failed).__name__}: {failed}", file=sys.stderr)
    from pyspark import daemon

    daemon.manager()
