//! Issue 13: the releases' own place given by the user (`--place`, a `--stdin-jsonl`
//! line's `"place"`): documents.csv place/place_code, the place of figures whose
//! sentence names none, and the fatal error for an unknown or ambiguous name. The
//! sentences are written for these tests.

use crate::util::{stderr, zhfacts, zhfacts_stdin};

/// A release that names no place of its own: 全县, and a city once in its middle.
const PLACELESS: &str = "今年以来经济运行稳中向好\n全县完成固定资产投资12亿元，同比增长8%。\n\
                         新建农村公路30公里。\n邻近的益阳市新增企业20家。\n\
                         全县粮食总产量达15万吨。\n新增城镇就业1200人。\n完成植树造林3万亩。\n";

/// (place, place_code) of documents.csv and (text, place) of facts.csv after a run over
/// one release with `args`.
fn run(args: &[&str]) -> ((String, String), Vec<(String, String)>) {
    run_named("a.txt", args)
}

/// [`run`] over the release saved as `name`.
fn run_named(name: &str, args: &[&str]) -> ((String, String), Vec<(String, String)>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("in")).unwrap();
    std::fs::write(dir.path().join("in").join(name), PLACELESS).unwrap();
    let mut all = vec!["in", "--out", "out", "--no-bom", "-q"];
    all.extend(args);
    let o = zhfacts(dir.path(), &all);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut docs = csv::Reader::from_path(dir.path().join("out/documents.csv")).unwrap();
    let h = docs.headers().unwrap().clone();
    let col = |h: &csv::StringRecord, name: &str| h.iter().position(|c| c == name).unwrap();
    let (p, c) = (col(&h, "place"), col(&h, "place_code"));
    let d = docs.records().next().unwrap().unwrap();
    let doc = (d[p].to_string(), d[c].to_string());
    let mut facts = csv::Reader::from_path(dir.path().join("out/facts.csv")).unwrap();
    let h = facts.headers().unwrap().clone();
    let (t, p) = (col(&h, "text"), col(&h, "place"));
    let facts = facts
        .records()
        .map(|r| r.unwrap())
        .map(|r| (r[t].to_string(), r[p].to_string()))
        .collect();
    (doc, facts)
}

fn place_of<'a>(facts: &'a [(String, String)], text: &str) -> &'a str {
    &facts.iter().find(|f| f.0 == text).expect(text).1
}

#[test]
fn place_option_sets_the_releases_place() {
    // Without the option the release has no place: 益阳市 is named once, in the body, and
    // 全县 speaks of a county.
    let (doc, facts) = run(&[]);
    assert_eq!(doc, (String::new(), String::new()));
    assert_eq!(place_of(&facts, "30公里"), "");
    // Full name, short name and code give the same division.
    for given in ["安化县", "安化", "430923", "湖南省安化县"] {
        let (doc, facts) = run(&["--place", given]);
        assert_eq!(doc, ("安化县".to_string(), "430923".to_string()), "{given}");
        assert_eq!(place_of(&facts, "12亿元"), "安化县", "{given}");
        assert_eq!(place_of(&facts, "30公里"), "安化县", "{given}");
        // A sentence naming another place keeps it.
        assert_eq!(place_of(&facts, "20家"), "益阳市", "{given}");
    }
}

#[test]
fn unknown_or_ambiguous_place_stops_the_run() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("in")).unwrap();
    std::fs::write(dir.path().join("in/a.txt"), PLACELESS).unwrap();
    for (given, says) in [
        ("火星县", "no division"),
        ("999999", "no division has the code"),
        ("朝阳区", "110105"),
    ] {
        let o = zhfacts(dir.path(), &["in", "--out", "out", "-q", "--place", given]);
        assert_eq!(o.status.code(), Some(2), "{given}");
        let err = stderr(&o);
        assert!(
            err.contains("--place") && err.contains(says),
            "{given}: {err}"
        );
        assert!(!dir.path().join("out/facts.csv").exists(), "{given}");
    }
    // The ambiguous name lists its divisions; with the one above it, it is one.
    let o = zhfacts(
        dir.path(),
        &["in", "--out", "out", "-q", "--place", "朝阳区"],
    );
    assert!(stderr(&o).contains("220104"), "{}", stderr(&o));
    let (doc, _) = run(&["--place", "北京市朝阳区"]);
    assert_eq!(doc.1, "110105");
}

#[test]
fn stdin_lines_may_give_their_place() {
    let lines = [
        serde_json::json!({"id": "a", "text": PLACELESS}),
        serde_json::json!({"id": "b", "text": PLACELESS, "place": "桃江"}),
        serde_json::json!({"id": "c", "text": PLACELESS, "place": "火星县"}),
        serde_json::json!({"id": "d", "text": PLACELESS, "place": 7}),
    ];
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let out = zhfacts_stdin(&["--stdin-jsonl", "-q", "--place", "安化县"], &input);
    assert_eq!(out.status.code(), Some(1), "the bad place lines");
    let err = stderr(&out);
    assert!(
        err.contains("stdin line 3") && err.contains("place"),
        "{err}"
    );
    assert!(err.contains("stdin line 4"), "{err}");
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let place = |doc: &str, text: &str| {
        rows.iter()
            .find(|r| r["doc"] == doc && r["text"] == text)
            .map(|r| r["place"].as_str().unwrap().to_string())
            .unwrap()
    };
    // --place for line a, the line's own for b (its 全县 too).
    assert_eq!(place("a", "30公里"), "安化县");
    assert_eq!(place("b", "30公里"), "桃江县");
    assert_eq!(place("b", "12亿元"), "桃江县");
    assert!(!rows.iter().any(|r| r["doc"] == "c" || r["doc"] == "d"));
}

#[test]
fn a_file_name_spelling_a_county_in_pinyin_gives_the_releases_place() {
    // The host a page was saved from names its county: 桃江县, whose figures then get it.
    let (doc, facts) = run_named("www.taojiang.gov.cn_2025.txt", &[]);
    assert_eq!(doc, ("桃江县".to_string(), "430922".to_string()));
    assert_eq!(place_of(&facts, "30公里"), "桃江县");
    assert_eq!(place_of(&facts, "20家"), "益阳市");
    // --place wins over the name; a name spelling nothing leaves the place unknown.
    assert_eq!(
        run_named("taojiang.txt", &["--place", "安化县"]).0 .0,
        "安化县"
    );
    assert_eq!(
        run_named("report_2025.txt", &[]).0,
        (String::new(), String::new())
    );
}
