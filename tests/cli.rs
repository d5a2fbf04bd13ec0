//! The command line, each test in a fresh temp dir.

use crate::util::{corpus_copy, stderr, zhfacts};

/// The releases these tests run on.
const RELEASES: &[&str] = &[
    "zuoquan_2026q1.txt",
    "d01_chengshi_gengxin.txt",
    "d04_chushui_xuneng.txt",
];

#[test]
fn check_fails_on_stale_table_and_names_it() {
    let dir = corpus_copy(RELEASES);
    let o = zhfacts(dir.path(), &["-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = zhfacts(dir.path(), &["--check"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "fresh tables pass: {}",
        stderr(&o)
    );
    // Make facts.csv stale by editing one value.
    let facts = dir.path().join("output/facts.csv");
    let text = std::fs::read_to_string(&facts).unwrap();
    std::fs::write(&facts, text.replacen("89000000000", "89000000001", 1)).unwrap();
    let before = std::fs::read(&facts).unwrap();
    let o = zhfacts(dir.path(), &["--check"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("facts.csv is stale") && err.contains("89000000001"),
        "{err}"
    );
    assert!(!err.contains("entities.csv is stale"), "{err}");
    assert_eq!(
        std::fs::read(&facts).unwrap(),
        before,
        "--check never writes"
    );
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let dir = corpus_copy(RELEASES);
    let o1 = zhfacts(dir.path(), &["-q", "-j", "1", "--out", "one"]);
    let o2 = zhfacts(dir.path(), &["-q", "-j", "2", "--out", "two"]);
    assert!(o1.status.success() && o2.status.success());
    for t in ["facts.csv", "entities.csv", "documents.csv"] {
        let a = std::fs::read(dir.path().join("one").join(t)).unwrap();
        let b = std::fs::read(dir.path().join("two").join(t)).unwrap();
        assert!(a.len() > 100, "{t} has rows");
        assert!(a == b, "{t} differs between -j 1 and -j 2");
    }
}

#[test]
fn tables_have_bom_and_header_unless_no_bom() {
    let dir = corpus_copy(RELEASES);
    zhfacts(dir.path(), &["-q"]);
    let facts = std::fs::read(dir.path().join("output/facts.csv")).unwrap();
    let header = "doc,sentence,start,end,text,kind,value,value_max,unit,approx,subject,indicator,entities,context";
    assert!(facts.starts_with(format!("\u{feff}{header}").as_bytes()));
    zhfacts(dir.path(), &["-q", "--no-bom", "--out", "plain"]);
    let docs = std::fs::read_to_string(dir.path().join("plain/documents.csv")).unwrap();
    assert!(
        docs.starts_with("doc,encoding,format,chars,sentences,facts,release_date,status,error"),
        "{docs}"
    );
    assert!(docs.contains("zuoquan_2026q1.txt,UTF-8,text,"), "{docs}");
    assert!(docs.contains(",2026-03-26,ok,"), "{docs}");
}

#[test]
fn broken_rule_file_is_fatal_with_file_and_line() {
    let dir = corpus_copy(RELEASES);
    std::fs::create_dir(dir.path().join("rules")).unwrap();
    std::fs::write(
        dir.path().join("rules/units.tsv"),
        "surface\tkind\tunit\tfactor\n吨\tmass\tt\tlots\n",
    )
    .unwrap();
    let o = zhfacts(dir.path(), &["--patterns", "rules"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("units.tsv:2:"), "{}", stderr(&o));
    assert!(
        !dir.path().join("output").exists(),
        "nothing written before the rules load"
    );
}

#[test]
fn stdin_document_and_jsonl() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_zhfacts"))
        .args(["-", "--format", "jsonl", "--out", "o", "-q"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("全县已累计建成326个充电桩。".as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    let line = std::fs::read_to_string(dir.path().join("o/facts.jsonl")).unwrap();
    let v: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    assert_eq!(
        (v["doc"].as_str(), v["value"].as_str(), v["unit"].as_str()),
        (Some("-"), Some("326"), Some("个"))
    );
}
