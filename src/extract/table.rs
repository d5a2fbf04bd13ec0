//! Tables rendered as text: HTML and Markdown tables come out of decoding as one line per
//! row, and the renderers say where each row's cells are ([`crate::render::TableRow`]);
//! in plain text and on lines outside rendered tables (a text table in `<pre>`), cells
//! are guessed as the runs between spaces ([`cells`]). A line of at least three cells
//! without figures or sentence punctuation is a header; the lines after it with as many
//! cells are its rows, up to the first line that is not. A figure in column k of a row
//! then measures "row label + column k" (产业项目 + 完成投资), and a bare number there
//! takes the unit its header names in brackets (完成投资（亿元） 98.2 → 98.2亿元).

use rust_decimal::Decimal;

use crate::patterns::{Kind, Patterns};
use crate::render::TableRow;

/// The unit a column header names in brackets: 完成投资（亿元）, 增速(%).
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderUnit {
    /// What the column measures.
    pub kind: Kind,
    /// Canonical unit.
    pub unit: String,
    /// Multiplier from a cell's number to the canonical unit (scale × unit factor).
    pub factor: Decimal,
}

/// One column of a header row, or the label of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The header without its bracketed unit (完成投资).
    pub name: String,
    /// The bracketed unit, if it is one the unit table knows.
    pub unit: Option<HeaderUnit>,
    /// The year a column of years stands for (2025年 → 2025): its figures are of that
    /// year, and the column adds nothing to their subject.
    pub year: Option<i32>,
}

/// A header row: its columns, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// The columns; the first names the row labels (类别, 指标).
    pub columns: Vec<Column>,
}

/// Fewest cells a header needs (two cells are too easily a phrase with a space).
const MIN_CELLS: usize = 3;

/// Longest cell, in chars, of a line taken for a table row.
const MAX_CELL_CHARS: usize = 24;

/// Punctuation that makes a line a sentence rather than a table row.
const SENTENCE_PUNCTUATION: [char; 7] = ['，', '。', '；', '！', '？', ',', ';'];

/// The char spans of the cells of `line`, a sentence starting at char `start` of the
/// document, if it may be a table row. Where the format knows its table rows (`rows`:
/// HTML, Markdown), a sentence on a rendered row's line takes that row's cells
/// ([`row_cells`]); any other line (plain text; a text table in `<pre>` or a code block)
/// is guessed from spaces ([`cells`]).
pub fn line_cells(
    rows: Option<&[TableRow]>,
    start: usize,
    line: &str,
) -> Option<Vec<(usize, usize)>> {
    let end = start + line.chars().count();
    match rows.and_then(|rows| row_at(rows, start, end)) {
        Some(row) => row_cells(row, start, line),
        None => cells(line),
    }
}

/// The rendered row whose line overlaps chars `start..end` of the document (`rows` in
/// text order).
fn row_at(rows: &[TableRow], start: usize, end: usize) -> Option<&TableRow> {
    let i = rows.partition_point(|r| r.line + r.len <= start);
    rows.get(i).filter(|r| r.line < end)
}

/// The cell spans of rendered `row` when `line` (starting at char `start` of the
/// document) is all of its line, with the limits of [`cells`]: at least `MIN_CELLS`
/// cells (an empty cell counts: it keeps its column), none longer than
/// `MAX_CELL_CHARS`, no sentence punctuation. A cell may hold spaces.
pub fn row_cells(row: &TableRow, start: usize, line: &str) -> Option<Vec<(usize, usize)>> {
    let ok = row.line == start
        && row.len == line.chars().count()
        && !line.contains(SENTENCE_PUNCTUATION)
        && row.cells.len() >= MIN_CELLS
        && row.cells.iter().all(|&(a, b)| b - a <= MAX_CELL_CHARS);
    ok.then(|| row.cells.clone())
}

/// The char spans of the cells of a line that may be a table row: at least
/// `MIN_CELLS` non-empty cells separated by single spaces, none long, and no sentence
/// punctuation. None for anything else.
pub fn cells(line: &str) -> Option<Vec<(usize, usize)>> {
    if line.contains(SENTENCE_PUNCTUATION) {
        return None;
    }
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut n = 0;
    for (i, c) in line.chars().enumerate() {
        n = i + 1;
        if c == ' ' || c == '\t' || c == '\u{3000}' {
            if let Some(s) = start.take() {
                out.push((s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, n));
    }
    let ok = out.len() >= MIN_CELLS && out.iter().all(|&(a, b)| b - a <= MAX_CELL_CHARS);
    ok.then_some(out)
}

/// The header row a line is, if it is one: table cells (its [`cells`]) that are words,
/// digits only in years.
pub fn header(line: &str, spans: &[(usize, usize)], pats: &Patterns) -> Option<Header> {
    let chars: Vec<char> = line.chars().collect();
    let texts: Vec<String> = spans
        .iter()
        .map(|&(a, b)| chars[a..b].iter().collect())
        .collect();
    // Column names are words: two chars or more, not numerals (三千 八百 九十六 is a
    // spaced-out number, not a header).
    let wordy =
        |t: &String| t.chars().count() >= 2 && !t.chars().all(super::number::is_numeral_char);
    if !texts.iter().all(wordy) {
        return None;
    }
    // Digits only as years (指标 2025年 2024年 增长(%)), and not in the first cell.
    let columns: Vec<Column> = texts.iter().map(|t| column(t, pats)).collect();
    let digits_ok =
        texts.iter().zip(&columns).enumerate().all(|(i, (t, c))| {
            !t.chars().any(|c| c.is_ascii_digit()) || (i > 0 && c.year.is_some())
        });
    digits_ok.then_some(Header { columns })
}

/// A header cell or row label split into its name, bracketed unit and year.
pub fn column(cell: &str, pats: &Patterns) -> Column {
    let year = pats
        .cues
        .at(crate::cue!("table.year_suffix"))
        .suffix_of(cell)
        .and_then(|w| cell.strip_suffix(w))
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|y| y.parse().ok())
        .filter(|y| (1900..=2100).contains(y));
    if year.is_some() {
        return Column {
            name: String::new(),
            unit: None,
            year,
        };
    }
    let open = cell.find(['（', '(']);
    let (name, unit) = match open {
        Some(i) => {
            let inner = cell[i..]
                .trim_start_matches(['（', '('])
                .trim_end_matches(['）', ')']);
            (cell[..i].to_string(), header_unit(inner, pats))
        }
        None => (cell.to_string(), None),
    };
    Column {
        name,
        unit,
        year: None,
    }
}

/// 亿元 → money, CNY, 100000000; % → percent; 万吨 → mass, t, 10000.
fn header_unit(s: &str, pats: &Patterns) -> Option<HeaderUnit> {
    let mut scale = Decimal::ONE;
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let Some(power) = super::number::scale_exp(c) else {
            break;
        };
        let k = Decimal::from_i128_with_scale(10i128.pow(power), 0);
        // A unit that starts with a scale char (千瓦, 百分点) is the unit itself.
        if pats
            .unit_at(rest)
            .is_some_and(|(_, n)| n == rest.chars().count())
        {
            break;
        }
        scale = scale.checked_mul(k)?;
        rest = &rest[c.len_utf8()..];
    }
    let (u, n) = pats.unit_at(rest)?;
    if n != rest.chars().count() {
        return None;
    }
    Some(HeaderUnit {
        kind: u.kind,
        unit: u.unit.clone(),
        factor: scale.checked_mul(u.factor)?,
    })
}

/// The column of the cell holding char `at` of a row with cell spans `spans`.
pub fn column_of(spans: &[(usize, usize)], at: usize) -> Option<usize> {
    spans.iter().position(|&(a, b)| a <= at && at < b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_of_rows_and_not_of_prose() {
        assert_eq!(
            cells("产业项目 58个 98.2亿元"),
            Some(vec![(0, 4), (5, 8), (9, 15)])
        );
        assert_eq!(cells("全县 完成投资，增长"), None);
        assert_eq!(cells("两个 单元"), None, "two cells are not enough");
    }

    fn hdr(line: &str, pats: &Patterns) -> Option<Header> {
        header(line, &cells(line)?, pats)
    }

    #[test]
    fn headers_name_their_units() {
        let pats = Patterns::builtin().unwrap();
        let h = hdr("类别 项目数（个） 完成投资（亿元） 增速(%)", &pats).unwrap();
        let names: Vec<&str> = h.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["类别", "项目数", "完成投资", "增速"]);
        let money = h.columns[2].unit.as_ref().unwrap();
        assert_eq!(
            (money.kind, money.unit.as_str(), money.factor),
            (Kind::Money, "CNY", Decimal::from(100_000_000))
        );
        assert_eq!(h.columns[3].unit.as_ref().unwrap().kind, Kind::Percent);
        assert_eq!(h.columns[1].unit.as_ref().unwrap().kind, Kind::Count);
        // A row with figures is no header; years are column names.
        assert!(hdr("产业项目 58 98.2", &pats).is_none());
        let h = hdr("指标 2025年 2024年 增长(%)", &pats).unwrap();
        let years: Vec<Option<i32>> = h.columns.iter().map(|c| c.year).collect();
        assert_eq!(years, [None, Some(2025), Some(2024), None]);
        assert!(
            hdr("2025年 产量 面积", &pats).is_none(),
            "a year labels no rows"
        );
    }

    #[test]
    fn rendered_rows_give_their_cells() {
        let line = "产业 项目 98.2 12.5";
        let rows = [TableRow {
            line: 10,
            len: 15,
            cells: vec![(0, 5), (6, 10), (11, 15)],
        }];
        let want = Some(vec![(0, 5), (6, 10), (11, 15)]);
        assert_eq!(row_cells(&rows[0], 10, line), want);
        assert_eq!(line_cells(Some(&rows), 10, line), want);
        // Guessed from spaces, the label falls apart.
        assert_eq!(cells(line).map(|c| c.len()), Some(4));
        assert_eq!(line_cells(None, 10, line), cells(line));
        // A sentence on a row's line must be all of it.
        assert_eq!(line_cells(Some(&rows), 11, "业 项目 98.2 12.5"), None);
        assert_eq!(line_cells(Some(&rows), 10, "产业 项目 98.2 12"), None);
        assert_eq!(line_cells(Some(&rows), 20, "8.2 12.5"), None);
        // Lines off the rendered rows (a text table in <pre>) are still guessed.
        assert_eq!(line_cells(Some(&rows), 0, "甲 乙 丙"), cells("甲 乙 丙"));
        assert_eq!(line_cells(Some(&rows), 26, "甲 乙 丙"), cells("甲 乙 丙"));
        assert_eq!(line_cells(Some(&[]), 0, "甲 乙 丙"), cells("甲 乙 丙"));
        // A header cell with a space is one column.
        let pats = Patterns::builtin().unwrap();
        let h = header(
            "粮食 产量 2025年 增长(%)",
            &[(0, 5), (6, 11), (12, 17)],
            &pats,
        )
        .unwrap();
        let names: Vec<&str> = h.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["粮食 产量", "", "增长"]);
    }

    #[test]
    fn rendered_html_table_is_read_by_column() {
        let src = "<table><tr><th>类别</th><th>完成投资（亿元）</th><th>增速(%)</th></tr>\
                   <tr><td>产业 项目</td><td>98.2</td><td>12.5</td></tr></table>";
        let d = crate::decode::decode(src.as_bytes(), Some("html"), None).unwrap();
        let ex = crate::Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let opts = crate::Options::default();
        let facts = ex.extract_with_tables(&d.text, d.table_rows(), opts).facts;
        let got: Vec<(&str, &str, &str)> = facts
            .iter()
            .map(|f| (f.text.as_str(), f.unit.as_str(), f.subject.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("98.2", "CNY", "产业 项目完成投资"),
                ("12.5", "%", "产业 项目增速")
            ]
        );
        // Guessed from spaces the row has four cells for three columns: not read.
        assert!(ex.extract(&d.text, opts).facts.is_empty());
    }
}
