"""Shared fixtures: the repository, the zhfacts binary, the bundled corpus, and the rows
the CLI's ``--stdin-jsonl`` writes for it (what the Python rows must equal)."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def binary() -> Path:
    """The CLI: $ZHFACTS_BIN, else target/release/zhfacts (``cargo build --release``)."""
    path = Path(os.environ.get("ZHFACTS_BIN", ROOT / "target" / "release" / "zhfacts"))
    if not path.is_file():
        pytest.fail(f"no zhfacts binary at {path}: run `cargo build --release` or set ZHFACTS_BIN")
    return path


def corpus_docs():
    """The bundled corpus as (id, text) pairs, sorted by file name."""
    files = sorted(p for p in (ROOT / "corpus").iterdir() if p.is_file())
    return [(p.name, p.read_text(encoding="utf-8")) for p in files]


def jsonl_lines(docs):
    return "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in docs)


def cli_stream_rows(docs, *extra):
    """The rows ``zhfacts --stdin-jsonl`` writes for ``docs``."""
    out = subprocess.run(
        [str(binary()), "--stdin-jsonl", "--quiet", *extra],
        input=jsonl_lines(docs).encode("utf-8"),
        stdout=subprocess.PIPE,
        check=True,
    ).stdout.decode("utf-8")
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="session")
def docs():
    return corpus_docs()


@pytest.fixture(scope="session")
def expected(docs):
    return cli_stream_rows(docs)
