//! Rules are data: editing a rule file in a copied patterns folder changes the output,
//! and a broken rule file stops the run naming file and line.

use std::fs;
use std::path::Path;

use crate::util::{root, stderr, zhfacts};

/// A copy of patterns/ in `dir`/rules with `edit` applied to `file`.
fn edited_rules(dir: &Path, file: &str, edit: impl Fn(&str) -> String) {
    let rules = dir.join("rules");
    fs::create_dir(&rules).unwrap();
    for e in fs::read_dir(root().join("patterns")).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, rules.join(p.file_name().unwrap())).unwrap();
    }
    let text = fs::read_to_string(rules.join(file)).unwrap();
    let new = edit(&text);
    assert_ne!(new, text, "the edit must change {file}");
    fs::write(rules.join(file), new).unwrap();
}

/// The `text` column of facts.csv after running over `doc` with `args`.
fn fact_texts(dir: &Path, doc: &str, args: &[&str]) -> Vec<String> {
    fs::write(dir.join("in.txt"), doc).unwrap();
    let mut all = vec!["in.txt", "--out", "out", "--no-bom", "-q"];
    all.extend(args);
    let o = zhfacts(dir, &all);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut rdr = csv::Reader::from_path(dir.join("out/facts.csv")).unwrap();
    rdr.records()
        .map(|r| r.unwrap().get(4).unwrap().to_string())
        .collect()
}

#[test]
fn editing_a_cue_changes_the_output() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let doc = "过去五年，全县新建学校12所。";
    // Built in: 过去 marks a time frame, so 五年 is no fact.
    assert_eq!(fact_texts(d, doc, &[]), ["12所"]);
    // Without the 过去 line, 五年 is a duration of its own.
    edited_rules(d, "cues.tsv", |t| {
        t.lines()
            .filter(|l| *l != "figure.time_frame\t过去")
            .map(|l| format!("{l}\n"))
            .collect()
    });
    assert_eq!(
        fact_texts(d, doc, &["--patterns", "rules"]),
        ["五年", "12所"]
    );
}

#[test]
fn a_broken_cue_file_names_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    edited_rules(d, "cues.tsv", |t| format!("{t}figure.timeframe\t过去\n"));
    let line = fs::read_to_string(d.join("rules/cues.tsv"))
        .unwrap()
        .lines()
        .count();
    fs::write(d.join("in.txt"), "全县新建学校12所。").unwrap();
    let o = zhfacts(d, &["in.txt", "--out", "out", "--patterns", "rules"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "cues.tsv:{line}: unknown rule \"figure.timeframe\""
        )),
        "{err}"
    );
    assert!(!d.join("out/facts.csv").exists(), "nothing written");
}
