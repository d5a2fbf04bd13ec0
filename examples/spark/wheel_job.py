"""Spark job: the zhfacts Python package on the executors (``mapPartitions``), no binary.

Input: JSON lines ``{"id": ..., "text": ...}`` read as a DataFrame; output: a DataFrame
of fact rows (the columns of facts.csv, typed from ``zhfacts.COLUMN_TYPES``: offsets
long, the rest strings, ``value`` an exact decimal as text), written as JSON::

    pip install ./python            # on the driver and every executor (or ship the wheel)
    spark-submit examples/spark/wheel_job.py hdfs:///data/releases.jsonl hdfs:///data/facts

Each Python worker builds one ``zhfacts.Extractor`` (the dictionary load) and reuses it
for every partition it gets; a partition's documents go through ``extract_many`` in
batches of ``BATCH`` on one thread (``threads=1``: Spark runs a task per core already).
"""

import argparse
from itertools import islice

#: Documents handed to extract_many at once (bounds a worker's memory).
BATCH = 256

_EXTRACTOR = None


def _extractor():
    global _EXTRACTOR
    if _EXTRACTOR is None:
        import zhfacts

        _EXTRACTOR = zhfacts.Extractor()
    return _EXTRACTOR


def extract_partition(docs):
    """Rows of ``{"id", "text"}`` (Spark Rows or dicts) → fact rows (dicts), in order."""
    ex = _extractor()
    docs = iter(docs)
    while True:
        batch = list(islice(docs, BATCH))
        if not batch:
            return
        ids = [str(d["id"]) for d in batch]
        texts = [d["text"] for d in batch]
        yield from ex.extract_many(texts, ids, threads=1)


def schema():
    """The Spark schema of the fact rows, from the package's column list."""
    import zhfacts
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    kinds = {int: LongType()}
    return StructType(
        [StructField(c, kinds.get(t, StringType())) for c, t in zhfacts.COLUMN_TYPES.items()]
    )


def facts(spark, path):
    """The fact rows of the JSON lines at ``path`` as a DataFrame."""
    docs = spark.read.schema("id string, text string").json(path)
    return spark.createDataFrame(docs.rdd.mapPartitions(extract_partition), schema())


def main(argv=None):
    from pyspark.sql import SparkSession

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help='JSON lines {"id", "text"}')
    ap.add_argument("output", help="folder for the fact rows (JSON)")
    args = ap.parse_args(argv)
    spark = SparkSession.builder.appName("zhfacts-wheel").getOrCreate()
    facts(spark, args.input).write.json(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
