//! Issue 14: releases of Taiwan, Hong Kong and Macau: the region column, the ROC
//! calendar, the region's currency for a bare 元, and their units. The sentences are
//! written for these tests.

use std::path::Path;

use zhfacts::extract::{Extractor, Fact, Options, Region, Value};
use zhfacts::patterns::Patterns;

use crate::util::{stderr, zhfacts};

fn extractor() -> &'static Extractor {
    static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(|| Extractor::new(Patterns::builtin().unwrap()).unwrap())
}

/// The region and the facts of `text`, its region detected or given.
fn run(text: &str, region: Option<Region>) -> (Region, Vec<Fact>) {
    let opts = Options {
        numbers: false,
        region,
        ..Options::default()
    };
    let x = extractor().extract(text, opts);
    (x.region, x.facts)
}

/// The fact whose text is `t`.
fn fact<'f>(facts: &'f [Fact], t: &str) -> &'f Fact {
    facts
        .iter()
        .find(|f| f.text == t)
        .unwrap_or_else(|| panic!("no fact {t:?} in {facts:#?}"))
}

fn num(f: &Fact) -> String {
    match &f.value {
        Value::Num(d) => d.normalize().to_string(),
        Value::Date(d) | Value::Terms(d) => d.clone(),
    }
}

const TW: &str =
    "彰化縣政府主計處表示，行政院核定補助款後，縣庫歲出預算達700億元，較去年增加3億元。\
                  縣議會並審議新臺幣約12億元的道路工程。";
const HK: &str = "特區政府發言人表示，立法會財務委員會已批准撥款50億元，用於興建公共房屋；\
                  另有內地企業以人民幣30億元投資。";
const MO: &str = "澳門特別行政區政府經濟財政司表示，今年首季博彩收入達200億元，\
                  另以葡幣計的稅收為5億元。";
const CN: &str = "县人民政府召开常务会议，县委书记出席。全县完成固定资产投资85亿元，增长8.5%。";

#[test]
fn the_region_comes_from_the_text() {
    assert_eq!(run(TW, None).0, Region::TW);
    assert_eq!(run(HK, None).0, Region::HK);
    assert_eq!(run(MO, None).0, Region::MO);
    assert_eq!(run(CN, None).0, Region::CN);
    // Traditional script alone says nothing: a mainland page written traditional.
    let trad = "縣人民政府召開會議，縣委書記出席。全縣實現生產總值120億元，增長6.5%。";
    assert_eq!(run(trad, None).0, Region::CN);
    // A traditional text with no mark naming 香港 twice is of Hong Kong (a paper's report
    // on a local company), once is not; a Taiwan text naming it keeps its own marks, and
    // a simplified one stays mainland.
    let hk = "某電力公司公布，首季香港的售電量按年上升2.6%，香港商業客戶用電增加，股息每股0.63元。";
    assert_eq!(
        run(&hk.replace("，香港商業客戶用電增加", ""), None).0,
        Region::CN
    );
    assert_eq!(run(hk, None).0, Region::HK);
    let tw = "屏東縣政府表示，芒果首度外銷香港，縣府盼香港市場每年採購300噸。";
    assert_eq!(run(tw, None).0, Region::TW);
    let cn = "某电力公司公布，首季香港的售电量上升2.6%，香港商业客户用电增加。";
    assert_eq!(run(cn, None).0, Region::CN);
}

#[test]
fn bare_yuan_takes_the_regions_currency_and_names_win() {
    let (_, f) = run(TW, None);
    assert_eq!(fact(&f, "700億元").unit, "TWD");
    assert_eq!(fact(&f, "約12億元").unit, "TWD");
    let (_, f) = run(HK, None);
    assert_eq!(fact(&f, "50億元").unit, "HKD");
    // An explicit 人民幣 in a Hong Kong release stays CNY.
    assert_eq!(fact(&f, "人民幣30億元").unit, "CNY");
    let (_, f) = run(MO, None);
    assert_eq!(fact(&f, "200億元").unit, "MOP");
    // The same mainland release still gives CNY.
    let (_, f) = run(CN, None);
    assert_eq!(fact(&f, "85亿元").unit, "CNY");
    assert_eq!(num(fact(&f, "85亿元")), "8500000000");
    // Explicit names win in any region: 港元 as a unit, 新台币 before the figure.
    let (_, f) = run(
        "县人民政府表示，该项目以港元计价，合同金额为20亿港元。",
        None,
    );
    assert_eq!(fact(&f, "20亿港元").unit, "HKD");
    let (_, f) = run("县委书记表示，台商投资新台币约8亿元。", None);
    assert_eq!(fact(&f, "约8亿元").unit, "TWD");
    // The currency named right after 元 is part of the figure, not its subject.
    let (_, f) = run("县委书记表示，现场洽谈订单达到7亿元台币。", None);
    assert_eq!(fact(&f, "7亿元台币").unit, "TWD");
    assert_eq!(fact(&f, "7亿元台币").subject, "现场洽谈订单");
}

#[test]
fn the_region_can_be_given() {
    let (r, f) = run(CN, Some(Region::HK));
    assert_eq!(r, Region::HK);
    assert_eq!(fact(&f, "85亿元").unit, "HKD");
    let (r, f) = run(TW, Some(Region::CN));
    assert_eq!(r, Region::CN);
    assert_eq!(fact(&f, "700億元").unit, "CNY");
}

#[test]
fn roc_years_in_a_taiwan_release() {
    let text = "臺北市政府與行政院會商後宣布，108年5月3日起實施新制，\
                112年度編列預算30億元，一○五年時僅有10億元；近20年來首見，服務滿30年的員工有50人。";
    let (r, f) = run(text, None);
    assert_eq!(r, Region::TW);
    let d = fact(&f, "108年5月3日");
    assert_eq!((d.unit.as_str(), num(d)), ("date", "2019-05-03".into()));
    assert_eq!(num(fact(&f, "112年度")), "2023");
    assert_eq!(num(fact(&f, "一○五年")), "2016");
    assert_eq!(fact(&f, "30億元").period, "2023");
    assert_eq!(fact(&f, "10億元").period, "2016");
    // Durations stay durations.
    assert!(
        !f.iter()
            .any(|x| x.text.contains("20年") && x.kind.name() == "date"),
        "近20年來 is no ROC year: {f:#?}"
    );
    assert_eq!(fact(&f, "30年").unit, "year");
    assert!(
        !f.iter()
            .any(|x| x.kind.name() == "duration" && num(x) == "108"),
        "108年 is no duration: {f:#?}"
    );
    // The document's year comes from the ROC date: 去年 is 2018.
    let (_, f) = run(
        "行政院主計總處指出，108年5月3日公布，去年出口額達300億元，前年為280億元。",
        None,
    );
    assert_eq!(fact(&f, "300億元").period, "2018");
    assert_eq!(fact(&f, "280億元").period, "2017", "前年 is two years back");
}

#[test]
fn roc_years_with_their_era_anywhere_and_bare_ones_only_in_taiwan() {
    let (_, f) = run("民国三十八年，全县人口为12万人。县委书记到任。", None);
    assert_eq!(num(fact(&f, "民国三十八年")), "1949");
    assert_eq!(fact(&f, "12万人").period, "1949");
    // On the mainland 108年 stays a duration.
    let (r, f) = run(CN.replace("全县", "该寺已有108年历史，全县").as_str(), None);
    assert_eq!(r, Region::CN);
    assert_eq!(fact(&f, "108年").unit, "year");
}

#[test]
fn mainland_period_words_unchanged() {
    // 目前年产能 holds 前年 but is 目前 + 年产能.
    let (_, f) = run("2025年3月1日，县委书记调研，目前年产能达到50万吨。", None);
    assert_eq!(fact(&f, "50万吨").period, "2025");
}

#[test]
fn taiwan_and_hong_kong_units() {
    let text = "行政院農業部與彰化縣政府指出，該農地面積3甲，另有住宅200坪，\
                年產稻米1,200公噸、青菜500台斤，並建設面積800平方呎、長30呎的倉庫，總經費一兆二千億元。";
    let (_, f) = run(text, None);
    let v = |t: &str| (fact(&f, t).unit.clone(), num(fact(&f, t)));
    assert_eq!(v("3甲"), ("m2".into(), "29097.51".into()));
    assert_eq!(v("200坪").0, "m2");
    assert!(
        v("200坪").1.starts_with("661.157024793388"),
        "{:?}",
        v("200坪")
    );
    assert_eq!(v("1,200公噸"), ("t".into(), "1200".into()));
    assert_eq!(v("500台斤"), ("t".into(), "0.3".into()));
    assert_eq!(v("800平方呎"), ("m2".into(), "74.322432".into()));
    assert_eq!(v("30呎"), ("m".into(), "9.144".into()));
    assert_eq!(v("一兆二千億元"), ("TWD".into(), "1200000000000".into()));
    let (_, f) = run("全县新增面积2公顷。", None);
    assert_eq!(num(fact(&f, "2公顷")), "20000");
}

#[test]
fn jia_in_words_is_no_area() {
    for text in [
        "全县共有2家三甲医院。",
        "新建5栋甲级写字楼，3个甲类仓库。",
        "该院为三甲医院，二甲医院有4家。",
    ] {
        let (_, f) = run(text, None);
        assert!(!f.iter().any(|x| x.kind.name() == "area"), "{text}: {f:#?}");
    }
}

/// documents.csv of a run over `docs` (name, text) with `args`.
fn documents(dir: &Path, docs: &[(&str, &str)], args: &[&str]) -> Vec<csv::StringRecord> {
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    for (name, text) in docs {
        std::fs::write(input.join(name), text).unwrap();
    }
    let mut all = vec!["in", "--out", "out", "--no-bom", "-q"];
    all.extend(args);
    let o = zhfacts(dir, &all);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let mut rdr = csv::Reader::from_path(dir.join("out/documents.csv")).unwrap();
    let header = rdr.headers().unwrap().clone();
    // The region column, then the release's place (columns added at the end since).
    let at = header
        .iter()
        .position(|h| h == "region")
        .expect("a region column");
    assert_eq!(header.get(at + 1), Some("place"), "{header:?}");
    // Each record cut after its region, so the region is its last field.
    rdr.records()
        .map(|r| r.unwrap().iter().take(at + 1).collect())
        .collect()
}

#[test]
fn region_column_and_option() {
    let dir = tempfile::tempdir().unwrap();
    let docs = [
        ("cn.txt", CN),
        ("hk.txt", HK),
        ("mo.txt", MO),
        ("tw.txt", TW),
    ];
    let rows = documents(dir.path(), &docs, &[]);
    let regions: Vec<&str> = rows.iter().map(|r| r.iter().next_back().unwrap()).collect();
    assert_eq!(regions, ["CN", "HK", "MO", "TW"]);
    let dir = tempfile::tempdir().unwrap();
    let rows = documents(dir.path(), &docs, &["--region", "tw"]);
    assert!(rows.iter().all(|r| r.iter().next_back() == Some("TW")));
    let o = zhfacts(dir.path(), &["in", "--region", "XX"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn stdin_lines_may_give_their_region() {
    let lines = [
        serde_json::json!({"id": "a", "text": CN}),
        serde_json::json!({"id": "b", "text": CN, "region": "HK"}),
        serde_json::json!({"id": "c", "text": TW, "region": "auto"}),
        serde_json::json!({"id": "d", "text": CN, "region": "Mars"}),
    ];
    let mut input = String::new();
    for l in &lines {
        input.push_str(&l.to_string());
        input.push('\n');
    }
    let out = crate::util::zhfacts_stdin(&["--stdin-jsonl", "-q"], &input);
    assert_eq!(out.status.code(), Some(1), "the bad region line");
    assert!(stderr(&out).contains("stdin line 4"), "{}", stderr(&out));
    let money: Vec<(String, String)> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["kind"] == "money")
        .map(|v| {
            (
                v["doc"].as_str().unwrap().to_string(),
                v["unit"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let unit_of = |d: &str| {
        money
            .iter()
            .find(|(doc, _)| doc == d)
            .map(|(_, u)| u.as_str())
    };
    assert_eq!(unit_of("a"), Some("CNY"));
    assert_eq!(unit_of("b"), Some("HKD"));
    assert_eq!(unit_of("c"), Some("TWD"));
    assert_eq!(unit_of("d"), None);
}

#[test]
fn australian_dollars_of_a_macau_page_are_patacas() {
    let (region, facts) = run(
        "澳門特別行政區政府今年向社會保障基金撥款60億澳元，受惠長者逾十五萬人。",
        None,
    );
    assert_eq!(region, Region::MO);
    assert_eq!(fact(&facts, "60億澳元").unit, "MOP");
    let (region, facts) = run("今年我省对澳大利亚出口额达60亿澳元，同比增长8%。", None);
    assert_eq!(region, Region::CN);
    assert_eq!(fact(&facts, "60亿澳元").unit, "AUD");
}
