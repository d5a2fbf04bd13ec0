//! Issue 16: tables safe to open in a spreadsheet, memory bounded per document, one
//! writer per output folder.

use std::path::Path;

use crate::util::{stderr, zhfacts};

/// Lines that a spreadsheet would run as formulas if they reached a cell as they are.
const FORMULA_LINES: &str = "\
=HYPERLINK(\"http://example.com\",\"点击\")共有3个项目完成投资5亿元。
@SUM(A1) 粮食产量12万吨。
+86 全县新建5G基站120个。
-5%的降幅出现在3月份，工业产值下降了8亿元。
";

/// The cells of a CSV table (BOM and header dropped).
fn csv_cells(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap();
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    csv::Reader::from_reader(body)
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// What a spreadsheet would run as a formula: a cell starting with = + - @, a tab or a
/// carriage return that is not a plain number.
fn runs_as_formula(cell: &str) -> bool {
    let number = cell.strip_prefix('-').is_some_and(|n| {
        !n.is_empty()
            && n.split('.').count() <= 2
            && n.split('.')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    });
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !number
}

#[test]
fn r16_csv_cells_starting_with_a_formula_trigger_show_as_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("in")).unwrap();
    std::fs::write(dir.path().join("in/@release.txt"), FORMULA_LINES).unwrap();
    let o = zhfacts(dir.path(), &["-q", "in", "--out", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut guarded = 0;
    for table in ["facts", "entities", "documents", "summary"] {
        for row in csv_cells(&dir.path().join(format!("csv/{table}.csv"))) {
            for cell in row {
                assert!(!runs_as_formula(&cell), "{table}: {cell:?}");
                guarded += usize::from(cell.starts_with('\''));
            }
        }
    }
    let facts = csv_cells(&dir.path().join("csv/facts.csv"));
    let context = |start: &str| facts.iter().any(|r| r[13].starts_with(start));
    assert!(context("'=HYPERLINK(\"http://example.com\""), "{facts:?}");
    assert!(
        context("'@SUM(A1)") && context("'+86") && context("'-5%"),
        "{facts:?}"
    );
    assert!(
        facts.iter().all(|r| r[0] == "'@release.txt"),
        "doc neutralised too"
    );
    assert!(guarded > 4);
    // Numbers stay numbers: a negative value is no formula.
    assert!(
        facts
            .iter()
            .any(|r| r[6] == "-800000000" || r[6] == "800000000"),
        "{facts:?}"
    );

    // --raw-csv and JSONL keep the text as extracted.
    let o = zhfacts(dir.path(), &["-q", "in", "--out", "raw", "--raw-csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let raw = csv_cells(&dir.path().join("raw/facts.csv"));
    assert!(raw.iter().any(|r| r[13].starts_with("=HYPERLINK(")));
    assert_eq!(raw.len(), facts.len());
    for (a, b) in raw.iter().zip(&facts) {
        for (x, y) in a.iter().zip(b) {
            assert!(x == y || format!("'{x}") == *y, "{x:?} vs {y:?}");
        }
    }
    let o = zhfacts(dir.path(), &["-q", "in", "--out", "j", "--format", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let jsonl = std::fs::read_to_string(dir.path().join("j/facts.jsonl")).unwrap();
    assert!(jsonl.contains("\"context\":\"=HYPERLINK("), "{jsonl}");
    assert!(jsonl.contains("\"doc\":\"@release.txt\""));
}

#[test]
fn r16_xlsx_cells_are_never_formulas() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("in")).unwrap();
    std::fs::write(dir.path().join("in/@release.txt"), FORMULA_LINES).unwrap();
    let o = zhfacts(dir.path(), &["-q", "in", "--out", "x", "--format", "xlsx"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let file = std::fs::File::open(dir.path().join("x/zhfacts.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut sheets = 0;
    let mut xml_all = String::new();
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().to_string();
        let mut xml = String::new();
        entry.read_to_string(&mut xml).unwrap();
        if name.starts_with("xl/worksheets/") {
            sheets += 1;
            assert!(
                !xml.contains("<f>") && !xml.contains("<f "),
                "{name} holds a formula"
            );
        }
        xml_all.push_str(&xml);
    }
    assert_eq!(sheets, 4);
    // The text is there as written, in string cells (shared strings).
    assert!(xml_all.contains("=HYPERLINK("), "text kept");
    assert!(xml_all.contains("@SUM(A1)"));
}
