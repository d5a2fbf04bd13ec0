//! The 左权县 release: every required figure with the right value and unit, no slogan rows.

use crate::util::root;
use zhfacts::{normalize::normalize, patterns::Patterns, Extractor, Options};

fn rows() -> Vec<zhfacts::normalize::FactRow> {
    let text = std::fs::read_to_string(root().join("corpus/zuoquan_2026q1.txt")).unwrap();
    let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
    ex.extract(&text, Options::default())
        .facts
        .iter()
        .map(|f| normalize("z", f))
        .collect()
}

#[test]
fn required_figures() {
    let rows = rows();
    let has = |text: &str, value: &str, unit: &str| {
        rows.iter()
            .filter(|r| r.text == text && r.value == value && r.unit == unit)
            .count()
    };
    assert_eq!(has("890亿吨", "89000000000", "t"), 1);
    assert_eq!(has("150MW", "150000000", "W"), 1);
    assert_eq!(has("60亿只", "6000000000", "只"), 1);
    assert_eq!(has("326个", "326", "个"), 1);
    assert_eq!(has("60万吨", "600000", "t"), 2);
    assert_eq!(has("10万吨", "100000", "t"), 1);
    assert_eq!(has("6条", "6", "条"), 1);
    assert_eq!(has("8条", "8", "条"), 1);
    assert_eq!(has("3月26日", "2026-03-26", "date"), 1);
    assert_eq!(has("2026年第一季度", "2026-Q1", "date"), 1);
}

#[test]
fn slogans_and_labels_yield_no_rows() {
    let rows = rows();
    for r in &rows {
        for bad in [
            "十五五",
            "千万工程",
            "八山一水一分田",
            "三资",
            "三管三必须",
            "一岗双责",
            "二期",
            "六期",
            "七期",
        ] {
            assert!(
                !r.text.contains(bad) && !bad.contains(&r.text),
                "{bad} gave a row: {r:?}"
            );
        }
    }
}

#[test]
fn subjects_of_key_figures() {
    let rows = rows();
    let subj = |text: &str| {
        rows.iter()
            .find(|r| r.text == text)
            .map(|r| r.subject.clone())
            .unwrap_or_default()
    };
    assert_eq!(subj("326个"), "充电桩");
    assert!(subj("890亿吨").contains("石灰岩"), "{}", subj("890亿吨"));
}

#[test]
fn entities_of_the_release() {
    let text = std::fs::read_to_string(root().join("corpus/zuoquan_2026q1.txt")).unwrap();
    let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
    let ents = ex.extract(&text, Options::default()).entities;
    let has = |name: &str, ty: &str| ents.iter().any(|e| e.text == name && e.ty.name() == ty);
    assert!(has("左权县", "LOC"));
    assert!(has("常州星荣公司", "ORG"));
    assert!(has("中国农业大学", "ORG"));
    assert!(has("山西农业大学", "ORG"));
    assert!(
        ents.iter().any(|e| e.text.starts_with("华能")),
        "华能 or its projects"
    );
    assert!(has("王爱媛", "PER"));
    // Offsets are chars of the text.
    for e in &ents {
        let slice: String = text.chars().skip(e.start).take(e.end - e.start).collect();
        assert_eq!(slice, e.text);
    }
}

#[test]
fn explain_works_on_every_sentence() {
    let text = std::fs::read_to_string(root().join("corpus/zuoquan_2026q1.txt")).unwrap();
    let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
    for s in zhfacts::split::split_sentences(&text) {
        let mut out = Vec::new();
        zhfacts::explain::explain_with(&ex, s.text(&text), &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.contains("tokens (figures masked):") && out.contains("rows:"),
            "{out}"
        );
    }
    let mut out = Vec::new();
    zhfacts::explain::explain(
        "全县已累计建成326个充电桩，学习“千万工程”经验。",
        None,
        &mut out,
    )
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("326个") && out.contains("taken"), "{out}");
    assert!(out.contains(",326,,个,,充电桩,"), "{out}");
    assert!(out.contains("skipped   “千万工程”"), "{out}");
}
