"""Scale-out on Apache Spark: the same pipeline as ``extract``, one per Python worker, Parquet out.

Entry point: :func:`eventcoder.spark.job.run` (library), ``eventcoder spark`` (CLI) and
``spark-submit .../eventcoder/spark/job.py`` (cluster). pyspark is an optional extra: ``pip install 'eventcoder[spark]'``.
"""
