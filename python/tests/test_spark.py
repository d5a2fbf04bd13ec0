"""The two Spark jobs of examples/spark under PySpark local mode, on the bundled corpus:
both must give the rows ``zhfacts --stdin-jsonl`` writes for it, in input order.

Needs pyspark and Java; skipped without pyspark unless ZHFACTS_SPARK=1 (as in .ci/python),
which makes a missing pyspark a failure."""

import importlib.util
import os
import sys

import pytest

from conftest import ROOT, binary, jsonl_lines

if os.environ.get("ZHFACTS_SPARK") == "1":
    import pyspark  # noqa: F401
else:
    pytest.importorskip("pyspark")

JOBS = ROOT / "examples" / "spark"


def _job(name):
    spec = importlib.util.spec_from_file_location(name, JOBS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # The Python workers must be this interpreter (the one with zhfacts installed).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("zhfacts-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        # Small splits, so the corpus file is read as several partitions.
        .config("spark.sql.files.maxPartitionBytes", "8192")
        .getOrCreate()
    )
    # The workers import the job module by name, as spark-submit would ship it.
    session.sparkContext.addPyFile(str(JOBS / "wheel_job.py"))
    yield session
    session.stop()


@pytest.fixture(scope="module")
def releases(tmp_path_factory, docs):
    path = tmp_path_factory.mktemp("spark") / "releases.jsonl"
    path.write_text(jsonl_lines(docs), encoding="utf-8")
    return path


def test_pipe_job_gives_the_cli_rows(spark, releases, expected):
    job = _job("pipe_job")
    rdd = job.facts(spark.sparkContext, str(releases), binary(), partitions=3)
    assert rdd.getNumPartitions() >= 3
    assert rdd.collect() == expected


def test_wheel_job_gives_the_cli_rows(spark, releases, expected):
    import wheel_job

    frame = wheel_job.facts(spark, str(releases))
    assert frame.rdd.getNumPartitions() >= 2
    assert tuple(frame.columns) == tuple(expected[0])
    assert [r.asDict() for r in frame.collect()] == expected
