//! `explain` shows the real extraction: for every corpus/ document, a traditional-character
//! release and table releases (Markdown and HTML), the rows `explain` prints equal the
//! rows `run()` writes to facts.csv for the same document.

use std::collections::BTreeMap;
use std::path::Path;

use crate::util::root;
use zhfacts::document::{DocOptions, Input};
use zhfacts::extract::Options;
use zhfacts::patterns::Patterns;
use zhfacts::{Config, Extractor};

/// A release in traditional characters (our own text).
const TRADITIONAL: &str = "本縣2026年1月15日發布。\n\
去年全縣實現地區生產總值約128.6億元，比上年增長5.2%。\n\
全年新建農村公路46公里，改造危舊橋樑12座，惠及群眾3.5萬人。\n";

/// A Markdown release with a table (our own text).
const MARKDOWN_TABLE: &str = "# 某县2025年农业生产情况\n\n\
2026年1月20日，县统计局发布全年农业生产数据。\n\n\
| 指标 | 2025年 | 2024年 | 增长(%) |\n\
| --- | --- | --- | --- |\n\
| 粮食产量（万吨） | 27.5 | 26.1 | 5.4 |\n\
| 蔬菜产量（万吨） | 8.2 | 7.9 | 3.8 |\n\n\
全县粮食播种面积达到32.6万亩，比上年增加1.2万亩。\n";

/// An HTML release with a table (our own text).
const HTML_TABLE: &str = "<html><head><title>县重点项目推进情况</title></head><body>\
<p>2026年3月2日，县发展改革局通报一季度重点项目进展。</p>\
<table><tr><th>类别</th><th>项目数（个）</th><th>完成投资（亿元）</th><th>增速(%)</th></tr>\
<tr><td>产业项目</td><td>58</td><td>98.2</td><td>12.5</td></tr>\
<tr><td>基础设施</td><td>41</td><td>52.3</td><td>8.1</td></tr></table>\
<p>一季度全县新开工项目23个，完成投资约176.9亿元。</p></body></html>";

/// The rows of a CSV text with a header line, as (doc, the other fields).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    rdr.records()
        .map(|r| r.expect("a CSV row").iter().map(str::to_string).collect())
        .collect()
}

/// The rows section of an explanation: the CSV after `rows:`, without the entities line.
fn explained_rows(out: &str) -> Vec<Vec<String>> {
    let rows = out
        .split("\nrows:\n")
        .nth(1)
        .unwrap_or_else(|| panic!("no rows section:\n{out}"));
    let csv: String = rows
        .lines()
        .filter(|l| !l.starts_with("entities: "))
        .map(|l| format!("{l}\n"))
        .collect();
    csv_rows(&csv)
}

fn write_corpus(dir: &Path) {
    for e in std::fs::read_dir(root().join("corpus")).expect("corpus/") {
        let p = e.expect("a corpus entry").path();
        if p.extension().is_some_and(|x| x == "txt") {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).expect("copy release");
        }
    }
    std::fs::write(dir.join("traditional.txt"), TRADITIONAL).unwrap();
    std::fs::write(dir.join("table.md"), MARKDOWN_TABLE).unwrap();
    std::fs::write(dir.join("table.html"), HTML_TABLE).unwrap();
}

fn config(input: &Path, out: &Path, numbers: bool) -> Config {
    Config {
        numbers,
        threads: 2,
        bom: false,
        quiet: true,
        ..Config::new(vec![input.to_path_buf()], out.to_path_buf())
    }
}

#[test]
fn explain_rows_equal_the_facts_table() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    write_corpus(&input);
    let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
    let releases = zhfacts::read::read_corpus(std::slice::from_ref(&input)).unwrap();
    assert!(releases.len() >= 10, "{} releases", releases.len());
    for numbers in [false, true] {
        let out = tmp.path().join(format!("out-{numbers}"));
        let summary = zhfacts::run(&config(&input, &out, numbers)).unwrap();
        assert_eq!((summary.errors, summary.skipped), (0, 0));
        let facts = std::fs::read_to_string(out.join("facts.csv")).unwrap();
        let mut by_doc: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
        for row in csv_rows(&facts) {
            by_doc.entry(row[0].clone()).or_default().push(row);
        }
        let mut tables = 0;
        for r in &releases {
            let opts = DocOptions {
                extract: Options {
                    numbers,
                    ..Options::default()
                },
                encoding: None,
            };
            let mut w = Vec::new();
            zhfacts::explain::explain_input(&ex, &r.id, Input::Release(r), opts, &mut w).unwrap();
            let text = String::from_utf8(w).unwrap();
            tables += usize::from(text.contains("  table header: "));
            let expected = by_doc.remove(&r.id).unwrap_or_default();
            assert!(
                !expected.is_empty(),
                "{}: run() wrote no facts for it",
                r.id
            );
            assert_eq!(
                explained_rows(&text),
                expected,
                "{} (numbers: {numbers}):\n{text}",
                r.id
            );
        }
        assert!(
            by_doc.is_empty(),
            "facts of unexplained documents: {by_doc:?}"
        );
        assert!(tables >= 2, "both table releases are read as tables");
    }
}

#[test]
fn explain_traces_candidates_and_tokens() {
    let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
    let mut w = Vec::new();
    let rows = zhfacts::explain::explain_input(
        &ex,
        "t",
        Input::Text("过去五年，全县新建学校12所。"),
        DocOptions::default(),
        &mut w,
    )
    .unwrap();
    let out = String::from_utf8(w).unwrap();
    assert!(out.contains("rejected: time frame"), "{out}");
    assert!(out.contains("12所") && out.contains(" taken"), "{out}");
    assert!(out.contains("tokens (figures masked): "), "{out}");
    assert_eq!(rows.facts.len(), 1);
    assert_eq!(explained_rows(&out)[0][0], "t");
}
