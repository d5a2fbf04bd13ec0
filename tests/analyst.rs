//! Issue 7, for analysts and pipelines: the XLSX workbook, JSONL = CSV, the summary
//! table, no progress bar off a terminal, --stdin-jsonl streaming, --help and explain.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use calamine::{open_workbook, Data, Reader, Xlsx};

use crate::util::{corpus_copy, root, stderr, zhfacts};

/// The releases these tests run on.
const RELEASES: &[&str] = &[
    "zuoquan_2026q1.txt",
    "d01_chengshi_gengxin.txt",
    "d05_waimao_kaifang.txt",
];

/// A CSV table as (header, records).
fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let header = rdr.headers().unwrap().iter().map(String::from).collect();
    let rows = rdr
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

/// Days since Excel's epoch (1899-12-30) of a proleptic Gregorian date.
fn excel_serial(y: i64, m: i64, d: i64) -> f64 {
    // days_from_civil (H. Hinnant), relative to 1970-01-01.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146097 + doe - 719468 + 25569) as f64
}

#[test]
fn xlsx_workbook_has_typed_cells_and_chinese_text() {
    let dir = corpus_copy(RELEASES);
    let o = zhfacts(dir.path(), &["-q", "--format", "xlsx", "--out", "x"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = zhfacts(dir.path(), &["-q", "--out", "c"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let names: Vec<String> = std::fs::read_dir(dir.path().join("x"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["zhfacts.xlsx"], "one workbook, no temp files left");

    let mut wb: Xlsx<_> = open_workbook(dir.path().join("x/zhfacts.xlsx")).unwrap();
    assert_eq!(
        wb.sheet_names(),
        ["facts", "entities", "documents", "summary"]
    );
    for sheet in ["facts", "entities", "documents", "summary"] {
        let range = wb.worksheet_range(sheet).unwrap();
        let (header, rows) = read_csv(&dir.path().join(format!("c/{sheet}.csv")));
        let got_header: Vec<String> = range
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(got_header, header, "sheet {sheet}: the CSV columns");
        assert_eq!(
            range.height(),
            rows.len() + 1,
            "sheet {sheet}: the CSV rows"
        );
        for (cells, csv_row) in range.rows().skip(1).zip(&rows) {
            for ((cell, col), csv_cell) in cells.iter().zip(&header).zip(csv_row) {
                let what = format!("sheet {sheet} column {col}: {cell:?} for {csv_cell:?}");
                match cell {
                    Data::Empty => assert!(csv_cell.is_empty(), "{what}"),
                    Data::Float(x) => assert_eq!(Some(*x), csv_cell.parse().ok(), "{what}"),
                    Data::Int(x) => assert_eq!(x.to_string(), *csv_cell, "{what}"),
                    Data::DateTime(dt) => {
                        let p: Vec<i64> = csv_cell.split('-').map(|s| s.parse().unwrap()).collect();
                        assert_eq!(dt.as_f64(), excel_serial(p[0], p[1], p[2]), "{what}");
                    }
                    Data::String(s) => {
                        assert_eq!(s, csv_cell, "{what}");
                        assert!(
                            !["sentence", "start", "end", "chars", "facts"].contains(&col.as_str()),
                            "{what}: should be a number"
                        );
                        let full_date =
                            s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
                        let decimal = !s.is_empty() && s.parse::<f64>().is_ok();
                        assert!(
                            !full_date && !(decimal && (col == "value" || col == "value_max")),
                            "{what}: should be typed"
                        );
                    }
                    other => panic!("{what}: unexpected {other:?}"),
                }
            }
        }
    }
    // Spot checks: a value is a number, a date is a date, a quarter stays text, Chinese intact.
    let facts = wb.worksheet_range("facts").unwrap();
    let header: Vec<String> = facts
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = facts
        .rows()
        .find(|r| r[col("text")] == Data::String("890亿吨".into()))
        .expect("the 890亿吨 row");
    assert_eq!(row[col("value")], Data::Float(89_000_000_000.0));
    assert!(
        matches!(&row[col("subject")], Data::String(s) if s.contains("石灰岩资源储量")),
        "{:?}",
        row[col("subject")]
    );
    assert!(facts
        .rows()
        .any(|r| r[col("kind")] == Data::String("date".into())
            && matches!(r[col("value")], Data::DateTime(_))));
}

#[test]
fn check_with_xlsx_is_a_clear_fatal_error() {
    let dir = corpus_copy(RELEASES);
    let o = zhfacts(dir.path(), &["--check", "--format", "xlsx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--check does not support --format xlsx"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn jsonl_rows_match_csv_rows() {
    let dir = corpus_copy(RELEASES);
    let o = zhfacts(dir.path(), &["-q", "--out", "c"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = zhfacts(dir.path(), &["-q", "--format", "jsonl", "--out", "j"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for table in ["facts", "entities", "documents", "summary"] {
        let (header, rows) = read_csv(&dir.path().join(format!("c/{table}.csv")));
        assert!(!rows.is_empty(), "{table} has rows");
        let jsonl = std::fs::read_to_string(dir.path().join(format!("j/{table}.jsonl"))).unwrap();
        let lines: Vec<&str> = jsonl.lines().collect();
        assert_eq!(lines.len(), rows.len(), "{table}: one line per CSV row");
        for (line, csv_row) in lines.iter().zip(&rows) {
            let obj: BTreeMap<String, serde_json::Value> =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{table}: {e}: {line}"));
            assert_eq!(obj.len(), header.len(), "{table}: the CSV columns: {line}");
            for (col, csv_cell) in header.iter().zip(csv_row) {
                let cell = match &obj[col] {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                assert_eq!(&cell, csv_cell, "{table} column {col}: {line}");
            }
        }
    }
}

#[test]
fn summary_counts_add_up_to_the_facts() {
    let dir = corpus_copy(RELEASES);
    let o = zhfacts(dir.path(), &["-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (header, rows) = read_csv(&dir.path().join("output/summary.csv"));
    assert_eq!(header, ["doc", "kind", "indicator", "facts"]);
    let (_, docs) = read_csv(&dir.path().join("output/documents.csv"));
    for d in docs {
        let total: usize = rows
            .iter()
            .filter(|r| r[0] == d[0])
            .map(|r| r[3].parse::<usize>().unwrap())
            .sum();
        assert_eq!(total.to_string(), d[5], "facts of {}", d[0]);
    }
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let dir = corpus_copy(RELEASES);
    let o = zhfacts(dir.path(), &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        !err.contains('\x1b') && !err.contains('\r'),
        "no control sequences: {err:?}"
    );
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "only the summary line: {err:?}");
    assert!(
        lines[0].starts_with("zhfacts: 3 documents, ") && lines[0].contains(" errors in "),
        "{err:?}"
    );
    let o = zhfacts(dir.path(), &["-q"]);
    assert!(o.stderr.is_empty(), "--quiet: {}", stderr(&o));
}

#[test]
fn help_shows_examples_and_every_option() {
    let o = zhfacts(&root(), &["--help"]);
    let help = String::from_utf8_lossy(&o.stdout);
    assert!(help.contains("Examples:"), "{help}");
    for option in [
        "--out",
        "--format",
        "--check",
        "--numbers",
        "--patterns",
        "--threads",
        "--no-bom",
        "--quiet",
        "--encoding",
        "--stdin-jsonl",
        "xlsx",
        "explain",
    ] {
        assert!(help.contains(option), "{option} in --help:\n{help}");
    }
}

#[test]
fn explain_rows_use_the_fact_columns() {
    let o = zhfacts(&root(), &["explain", "全县已累计建成326个充电桩。"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    let columns = zhfacts::output::columns::<zhfacts::normalize::FactRow>().join(",");
    let rows = out.split("\nrows:\n").nth(1).expect("a rows section");
    assert_eq!(rows.lines().next(), Some(columns.as_str()), "{out}");
    assert!(rows.contains(",326,"), "{out}");
}

#[test]
fn stream_reports_bad_lines_and_keeps_order() {
    let input = concat!(
        "{\"id\": \"first\", \"text\": \"全县已累计建成326个充电桩。\"}\n",
        "{\"id\": \"no text\"}\n",
        "this is not json\n",
        "{\"id\": \"second\", \"text\": \"完成投资3亿元。\"}\n",
    );
    let o = crate::util::zhfacts_stdin(&["--stdin-jsonl", "-j", "2"], input);
    assert_eq!(o.status.code(), Some(1), "bad lines mean exit 1");
    let err = stderr(&o);
    assert!(err.contains("stdin line 2: missing \"text\""), "{err}");
    assert!(err.contains("stdin line 3: not JSON"), "{err}");
    let docs: Vec<String> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["doc"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(docs, ["first", "second"]);
}

/// Streams `n` small documents, then a marker document, and reads the child's peak
/// memory (VmHWM) once the marker's row is out, while the child still waits for input.
/// Returns (peak kB, bytes of output).
#[cfg(target_os = "linux")]
fn stream_peak_kb(n: usize) -> (u64, usize) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_zhfacts"))
        .args(["--stdin-jsonl", "-j", "2", "-q"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for i in 0..n {
            let text = format!(
                "第{i}号项目：蒲阳县住房和城乡建设局发布消息，全县已累计建成{i}个充电桩，\
                 完成投资{}.5亿元，新增绿地面积{}万平方米，同比增长{}.{}%。",
                i % 500 + 1,
                i % 90 + 10,
                i % 30,
                i % 10
            );
            let line = serde_json::json!({"id": format!("doc{i}"), "text": text.repeat(2)});
            writeln!(stdin, "{line}").unwrap();
        }
        writeln!(
            stdin,
            "{}",
            serde_json::json!({"id": "marker", "text": "全县已累计建成326个充电桩。"})
        )
        .unwrap();
        stdin // kept open so the child is still alive when we look
    });
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut bytes = 0;
    let mut line = String::new();
    loop {
        line.clear();
        let got = out.read_line(&mut line).unwrap();
        assert!(got > 0, "the marker's row arrives before end of input");
        bytes += got;
        if line.contains("\"doc\":\"marker\"") {
            break;
        }
    }
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap();
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/PID/status");
    drop(writer.join().unwrap());
    assert!(child.wait().unwrap().success());
    (peak, bytes)
}

#[test]
#[cfg(target_os = "linux")]
fn stream_memory_does_not_grow_with_documents() {
    let (small_kb, small_out) = stream_peak_kb(1_000);
    let (big_kb, big_out) = stream_peak_kb(10_000);
    // Holding the extra 9,000 documents' rows would cost at least their output size.
    let extra_out_kb = ((big_out - small_out) / 1024) as u64;
    eprintln!(
        "peak {small_kb} kB for 1,000 documents, {big_kb} kB for 10,000; output +{extra_out_kb} kB"
    );
    assert!(
        extra_out_kb > 8 * 1024,
        "the test must make enough output to tell"
    );
    assert!(
        big_kb < small_kb + extra_out_kb / 4,
        "peak memory grew from {small_kb} kB (1,000 documents) to {big_kb} kB (10,000); \
         output grew by {extra_out_kb} kB"
    );
}

#[test]
fn html_and_markdown_tables_are_read_by_column() {
    let dir = tempfile::tempdir().unwrap();
    let html = "<html><body><p>主要农产品产量。</p><table>\
        <tr><th>品种</th><th>播种面积（万亩）</th><th>产量（万吨）</th></tr>\
        <tr><td>玉米</td><td>38.5</td><td>25.6</td></tr></table></body></html>";
    let md = "| 品种 | 播种面积（万亩） | 产量（万吨） |\n|---|---|---|\n| 玉米 | 38.5 | 25.6 |\n";
    std::fs::write(dir.path().join("a.html"), html).unwrap();
    std::fs::write(dir.path().join("b.md"), md).unwrap();
    let o = zhfacts(dir.path(), &[".", "--out", "out", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (header, rows) = read_csv(&dir.path().join("out/facts.csv"));
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let got: Vec<(String, String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                r[col("doc")].clone(),
                r[col("value")].clone(),
                r[col("unit")].clone(),
                r[col("subject")].clone(),
            )
        })
        .collect();
    for doc in ["a.html", "b.md"] {
        let of_doc: Vec<_> = got.iter().filter(|g| g.0 == doc).collect();
        assert_eq!(of_doc.len(), 2, "{got:?}");
        assert_eq!(
            (of_doc[1].1.as_str(), of_doc[1].2.as_str()),
            ("256000", "t")
        );
        assert_eq!(of_doc[1].3, "玉米产量");
        assert_eq!(of_doc[0].3, "玉米播种面积");
    }
}
