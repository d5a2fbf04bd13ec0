//! Issue 18: Word and PDF releases. The fixtures in tests/fixtures/docs/ are made by
//! scripts/make_fixtures.py from one release we wrote: the same release as .txt, .docx
//! and .pdf must give the same facts; broken, encrypted and scanned files their status.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::util::{root, stderr, zhfacts};

type Row = BTreeMap<String, String>;

fn table(path: &Path) -> Vec<Row> {
    let mut rdr = csv::Reader::from_path(path).unwrap();
    let headers = rdr.headers().unwrap().clone();
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .map(|h| h.trim_start_matches('\u{feff}').to_string())
                .zip(r.iter().map(str::to_string))
                .collect()
        })
        .collect()
}

/// Runs zhfacts over a copy of the named fixtures; (documents by name, fact rows, stderr).
fn run(names: &[&str]) -> (BTreeMap<String, Row>, Vec<Row>, String) {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir(&input).unwrap();
    for n in names {
        fs::copy(root().join("tests/fixtures/docs").join(n), input.join(n)).unwrap();
    }
    let o = zhfacts(tmp.path(), &["in", "--out", "out"]);
    let err = stderr(&o);
    assert!(!err.contains("panicked"), "{err}");
    let docs = table(&tmp.path().join("out/documents.csv"))
        .into_iter()
        .map(|r| (r["doc"].clone(), r))
        .collect();
    (docs, table(&tmp.path().join("out/facts.csv")), err)
}

/// A fact as the acceptance compares it: text, kind, value, unit, subject, period.
fn facts_of(rows: &[Row], doc: &str) -> Vec<String> {
    rows.iter()
        .filter(|r| r["doc"] == doc)
        .map(|r| {
            ["text", "kind", "value", "unit", "subject", "period"]
                .map(|c| r[c].as_str())
                .join("|")
        })
        .collect()
}

#[test]
fn same_release_as_text_word_and_pdf_gives_the_same_facts() {
    let (docs, facts, _) = run(&["release.txt", "release.docx", "release.pdf"]);
    let txt = facts_of(&facts, "release.txt");
    assert!(txt.len() > 30, "{txt:?}");
    // The table read by column: row label + header, bracketed units, year columns.
    for want in [
        "358.6|money|35860000000|CNY|地区生产总值|2025",
        "337.7|money|33770000000|CNY|地区生产总值|2024",
        "21.5|mass|215000|t|粮食总产量|2025",
        "9.8|percent|9.8|%|固定资产投资增速|",
    ] {
        assert!(txt.iter().any(|f| f == want), "{want} not in {txt:#?}");
    }
    for doc in ["release.docx", "release.pdf"] {
        assert_eq!(facts_of(&facts, doc), txt, "{doc}");
        let d = &docs[doc];
        assert_eq!(d["status"], "ok");
        assert_eq!(d["title"], "示例县2025年经济运行情况通报", "{doc}");
        assert_eq!(d["release_date"], "2026-01-20", "{doc}");
    }
    assert_eq!(
        (
            docs["release.docx"]["format"].as_str(),
            docs["release.docx"]["encoding"].as_str()
        ),
        ("docx", "UTF-8")
    );
    assert_eq!(
        (
            docs["release.pdf"]["format"].as_str(),
            docs["release.pdf"]["encoding"].as_str()
        ),
        ("pdf", "")
    );
    // Offsets are chars of the rendered text: the fact's text is there (checked through
    // the context, which is the sentence cut from that text).
    for f in facts.iter().filter(|f| f["doc"] != "release.txt") {
        assert!(f["context"].contains(&f["text"]), "{f:?}");
    }
}

#[test]
fn two_column_pdf_reads_each_column_in_turn() {
    let (docs, facts, _) = run(&["release.txt", "two_column.pdf"]);
    assert_eq!(docs["two_column.pdf"]["status"], "ok");
    let txt = facts_of(&facts, "release.txt");
    let two = facts_of(&facts, "two_column.pdf");
    // The same paragraphs (no date line, no table): each of its facts is one of the text's.
    assert!(two.len() >= 20, "{two:#?}");
    for f in &two {
        assert!(txt.contains(f), "{f} not in the text's facts");
    }
}

#[test]
fn broken_encrypted_and_scanned_files_get_their_status() {
    let (docs, _, err) = run(&[
        "truncated.docx",
        "truncated.pdf",
        "encrypted.pdf",
        "scanned.pdf",
        "bomb.docx",
        "release.txt",
    ]);
    let status = |d: &str| (docs[d]["status"].as_str(), docs[d]["error"].as_str());
    assert_eq!(status("truncated.docx").0, "error: broken file");
    assert!(
        status("truncated.docx").1.contains("zip"),
        "{:?}",
        docs["truncated.docx"]
    );
    assert_eq!(status("truncated.pdf").0, "error: broken file");
    assert_eq!(status("encrypted.pdf"), ("error: encrypted", ""));
    assert_eq!(
        status("scanned.pdf"),
        ("skipped: no text layer (scanned PDF)", "")
    );
    assert_eq!(status("bomb.docx").0, "error: over limit");
    assert!(status("bomb.docx").1.contains("word/document.xml"));
    assert_eq!(status("release.txt").0, "ok");
    assert!(
        err.contains("zhfacts: truncated.pdf: error: broken file"),
        "{err}"
    );
}

#[test]
fn other_files_in_a_folder_are_listed_as_unsupported() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::copy(
        root().join("tests/fixtures/docs/release.txt"),
        input.join("a.txt"),
    )
    .unwrap();
    for (name, bytes) in [
        ("b.doc", b"\xD0\xCF\x11\xE0".as_slice()),
        ("c.png", b"\x89PNG"),
        (".hidden.txt", b"x"),
        ("~$a.docx", b"x"),
    ] {
        fs::write(input.join(name), bytes).unwrap();
    }
    let o = zhfacts(tmp.path(), &["in", "--out", "out"]);
    // Listed, reported, but files that are not releases do not fail the run.
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("b.doc: skipped: unsupported format (.doc)"));
    assert!(stderr(&o).contains("2 skipped (2 unsupported format)"));
    let docs: Vec<(String, String)> = table(&tmp.path().join("out/documents.csv"))
        .into_iter()
        .map(|r| (r["doc"].clone(), r["status"].clone()))
        .collect();
    let want = [
        ("a.txt", "ok"),
        ("b.doc", "skipped: unsupported format (.doc)"),
        ("c.png", "skipped: unsupported format (.png)"),
    ]
    .map(|(a, b)| (a.to_string(), b.to_string()));
    assert_eq!(docs, want);
}

#[test]
fn stdin_jsonl_stays_text_only() {
    // A PDF's bytes as a line's text are text, not a PDF.
    let o = crate::util::zhfacts_stdin(
        &["--stdin-jsonl"],
        "{\"id\":\"x\",\"text\":\"%PDF-1.4 全县完成投资12亿元。\"}\n",
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("12亿元"), "{out}");
}
