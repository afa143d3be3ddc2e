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


def preload() -> None:
    saved = os.dup(1)
    os.dup2(2, 1)  # the daemon's stdout carries its port to the JVM: nothing else may be written there
    try:
        from eventcoder.spark.job import Options, pipeline_for

        pipeline_for(Options())
    except Exception as exc:  # noqa: BLE001 - workers retry on first use and report the error there
        print(f"eventcoder: pipeline not preloaded in the Spark daemon: {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


def main() -> None:
    preload()
    from pyspark import daemon

    daemon.manager()


if __name__ == "__main__":
    main()
