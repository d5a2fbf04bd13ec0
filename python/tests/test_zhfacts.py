"""The Python package against the CLI: same rows, same tables, same messages; order,
threads and the GIL in extract_many; pandas frames."""

import json
import os
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path

import pytest

import zhfacts
from conftest import ROOT, binary, cli_stream_rows


def test_columns_are_the_cli_columns(tmp_path):
    subprocess.run(
        [str(binary()), str(ROOT / "corpus"), "--out", str(tmp_path), "--no-bom", "-q"],
        check=True,
    )
    header = (tmp_path / "facts.csv").read_text(encoding="utf-8").splitlines()[0]
    assert zhfacts.COLUMNS == tuple(header.split(","))
    assert {c for c, t in zhfacts.COLUMN_TYPES.items() if t is int} >= {"start", "end"}


def test_extract_rows_equal_cli_rows(docs, expected):
    assert len(expected) > 100, "the corpus has facts"
    for doc_id, text in docs:
        rows = zhfacts.extract(text, id=doc_id)
        assert rows, doc_id
        assert rows == [r for r in expected if r["doc"] == doc_id], doc_id
        assert all(list(r) == list(zhfacts.COLUMNS) for r in rows)


def test_extractor_rows_equal_cli_rows_with_options(docs):
    ex = zhfacts.Extractor()
    texts = [t for _, t in docs]
    ids = [i for i, _ in docs]
    for args, kwargs in [
        (["--numbers"], {"numbers": True}),
        (["--region", "TW"], {"region": "tw"}),
        (["--place", "安化县"], {"place": "安化"}),
    ]:
        want = cli_stream_rows(docs, *args)
        assert ex.extract_many(texts, ids, **kwargs) == want, args
    assert cli_stream_rows(docs, "--numbers") != cli_stream_rows(docs)


def test_extract_many_keeps_input_order(docs, expected):
    ex = zhfacts.Extractor()
    texts = [t for _, t in docs]
    ids = [i for i, _ in docs]
    assert ex.extract_many(texts, ids) == expected
    backwards = ex.extract_many(texts[::-1], ids[::-1])
    assert backwards == [r for i in ids[::-1] for r in expected if r["doc"] == i]
    # Without ids a text's id is its 1-based position, as a missing stdin id.
    numbered = ex.extract_many(texts, threads=3)
    assert [r["doc"] for r in numbered] == [
        str(ids.index(r["doc"]) + 1) for r in expected
    ]
    assert ex.extract_many(iter([])) == []


def _cpu_ticks_by_thread():
    """utime + stime of each thread of this process (Linux /proc)."""
    ticks = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            stat = Path(f"/proc/self/task/{tid}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        ticks[int(tid)] = int(fields[11]) + int(fields[12])
    return ticks


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs two cores")
def test_extract_many_works_on_more_than_one_thread(docs):
    ex = zhfacts.Extractor()
    texts = [t for _, t in docs] * 40
    ex.extract_many(texts[:2])  # starts the thread pool
    before = _cpu_ticks_by_thread()
    ex.extract_many(texts)
    after = _cpu_ticks_by_thread()
    me = threading.get_native_id()
    busy = [t for t, n in after.items() if t != me and n > before.get(t, 0)]
    assert len(busy) >= 2, f"threads that worked: {busy}"


def test_extraction_releases_the_gil(docs):
    ex = zhfacts.Extractor()
    texts = [t for _, t in docs] * 40
    go, done = threading.Event(), threading.Event()

    def other():
        go.wait()
        done.set()

    old = sys.getswitchinterval()
    # No forced switches: while this thread holds the GIL the other one cannot run, so
    # it can set `done` during the call only if the call releases the GIL.
    sys.setswitchinterval(100.0)
    try:
        t = threading.Thread(target=other)
        t.start()
        go.set()
        rows = ex.extract_many(texts)
        ran_meanwhile = done.is_set()
    finally:
        sys.setswitchinterval(old)
    t.join()
    assert rows
    assert ran_meanwhile


def test_bad_input_raises_clear_errors():
    ex = zhfacts.Extractor()
    with pytest.raises(ValueError, match='"region" "XX" is not CN, TW, HK, MO or auto'):
        zhfacts.extract("新建5G基站120个。", region="XX")
    with pytest.raises(ValueError, match="no division"):
        zhfacts.extract("全县新建5G基站120个。", place="火星县")
    with pytest.raises(ValueError, match="110105"):
        ex.extract("全县新建5G基站120个。", place="朝阳区")
    assert ex.extract("全县新建5G基站120个。", place="430923")[0]["place"] == "安化县"
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not int"):
        ex.extract_many(["新建5G基站120个。", 7])
    with pytest.raises(TypeError, match="not a str"):
        ex.extract_many("新建5G基站120个。")
    with pytest.raises(ValueError, match="1 ids for 2 texts"):
        ex.extract_many(["a", "b"], ["x"])
    with pytest.raises(TypeError):
        zhfacts.extract(None)


def _cli_error(*args):
    """The CLI's fatal message for `args`, without its `zhfacts: ` prefix."""
    p = subprocess.run([str(binary()), *args], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    assert p.returncode == 2
    return p.stderr.decode("utf-8").strip().removeprefix("zhfacts: ")


def test_core_errors_carry_the_cli_message(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "units.tsv").write_text("surface\tkind\tunit\tfactor\n吨\tmass\n", encoding="utf-8")
    with pytest.raises(zhfacts.Error) as err:
        zhfacts.Extractor(patterns=bad)
    assert str(err.value) == _cli_error("--patterns", str(bad), "--stdin-jsonl")
    assert "units.tsv:2:" in str(err.value)

    missing = tmp_path / "missing"
    with pytest.raises(zhfacts.Error) as err:
        zhfacts.run(missing, tmp_path / "out")
    assert str(err.value) == _cli_error(str(missing), "--out", str(tmp_path / "out"))
    with pytest.raises(zhfacts.Error, match="--format"):
        zhfacts.run(ROOT / "corpus", tmp_path / "out", format="parquet")


def test_extractor_reads_a_patterns_folder(tmp_path):
    pats = tmp_path / "pats"
    pats.mkdir()
    (pats / "indicators.tsv").write_text("cue\tindicator\tchange\n建成\t建设成果\n", encoding="utf-8")
    text = "全县已累计建成326个充电桩。"
    rows = zhfacts.Extractor(patterns=str(pats)).extract(text, id="t")
    assert rows == cli_stream_rows([("t", text)], "--patterns", str(pats))
    assert rows[0]["indicator"] == "建设成果"
    assert zhfacts.extract(text, id="t") != rows


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_run_writes_the_cli_tables(tmp_path, fmt):
    summary = zhfacts.run([ROOT / "corpus"], tmp_path / "py", format=fmt, threads=2)
    subprocess.run(
        [str(binary()), str(ROOT / "corpus"), "--out", str(tmp_path / "cli"), "--format", fmt, "-q"],
        check=True,
    )
    names = sorted(p.name for p in (tmp_path / "cli").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "py").iterdir())
    for name in names:
        assert (tmp_path / "py" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes(), name
    facts = (tmp_path / "py" / f"facts.{fmt}").read_text(encoding="utf-8-sig").splitlines()
    assert summary["facts"] == len(facts) - (fmt == "csv")
    assert (summary["documents"], summary["errors"], summary["stale"]) == (7, 0, [])
    checked = zhfacts.run(str(ROOT / "corpus"), str(tmp_path / "py"), format=fmt, check=True)
    assert checked["stale"] == []


def test_import_does_not_import_pandas():
    code = "import sys, zhfacts; zhfacts.extract('新建5G基站120个。'); print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, check=True)
    assert out.stdout.strip() == b"False"


def test_to_frame_types_the_columns(expected):
    pd = pytest.importorskip("pandas")
    frame = zhfacts.to_frame(expected)
    assert tuple(frame.columns) == zhfacts.COLUMNS
    assert len(frame) == len(expected)
    for col, ty in zhfacts.COLUMN_TYPES.items():
        if ty is int:
            assert frame[col].dtype == "int64", col
    for row, value in zip(expected, frame["value"]):
        if row["kind"] in ("date", "ratio"):
            assert value == row["value"]
        else:
            assert isinstance(value, Decimal) and value == Decimal(row["value"])
            assert str(value) == row["value"], "exact, as written"
    floats = zhfacts.to_frame(expected, values="float")
    assert floats["value"].dtype == "float64"
    no_number = [not r["value_max"] or r["kind"] == "date" for r in expected]
    assert floats["value_max"].isna().tolist() == no_number
    assert zhfacts.to_frame(expected, values="str")["value"].tolist() == [r["value"] for r in expected]
    empty = zhfacts.to_frame([])
    assert tuple(empty.columns) == zhfacts.COLUMNS and len(empty) == 0
    assert isinstance(empty, pd.DataFrame)
    with pytest.raises(ValueError):
        zhfacts.to_frame(expected, values="int")

