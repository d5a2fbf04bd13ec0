"""Spark job: the zhfacts binary as the map step (``rdd.pipe``), no Python package needed.

Input: JSON lines ``{"id": ..., "text": ...}``; output: the fact rows as JSON lines
(``zhfacts --stdin-jsonl`` rows: the columns of facts.csv, ``doc`` = id), one part file
per partition, in input order::

    spark-submit --files target/release/zhfacts examples/spark/pipe_job.py \\
        hdfs:///data/releases.jsonl hdfs:///data/facts

On a cluster ``--files`` puts the binary in each executor's working directory, hence the
default ``--bin ./zhfacts``; in local mode pass its absolute path (``--bin
$PWD/target/release/zhfacts``). Every task runs one ``zhfacts -j 1`` process on its
partition; a partition with bad lines makes zhfacts exit 1, which fails the task (see
README: Streaming).
"""

import argparse
import json
import shlex


def facts(sc, path, binary="./zhfacts", partitions=None):
    """The fact rows (dicts) of the JSON lines at ``path``, piped through ``binary``."""
    docs = sc.textFile(path, minPartitions=partitions)
    command = f"{shlex.quote(str(binary))} --stdin-jsonl --quiet -j 1"
    return docs.pipe(command).map(json.loads)


def main(argv=None):
    from pyspark.sql import SparkSession

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help='JSON lines {"id", "text"}')
    ap.add_argument("output", help="folder for the fact rows (JSON lines)")
    ap.add_argument("--bin", default="./zhfacts", help="the zhfacts binary on the executors")
    args = ap.parse_args(argv)
    spark = SparkSession.builder.appName("zhfacts-pipe").getOrCreate()
    rows = facts(spark.sparkContext, args.input, args.bin)
    rows.map(lambda r: json.dumps(r, ensure_ascii=False)).saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
