//! One table as a worksheet of the XLSX workbook. Takes serializable rows with the
//! columns of their row struct; returns typed cells: JSON numbers and the decimal
//! strings of `value`/`value_max` become numbers, full ISO dates (YYYY-MM-DD) become
//! dates, everything else (2026-Q1, 2026-03, text) stays text. Rejects rows beyond
//! Excel's sheet size with an error naming the sheet.

use std::path::Path;

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use serde::Serialize;

use crate::error::{Error, Result};

use super::WORKBOOK;

/// String columns whose decimal values are written as numbers: the facts' values are
/// strings in CSV (plain decimals or ISO dates), so their type is decided per cell.
const NUMERIC_TEXT: [&str; 2] = ["value", "value_max"];

/// Excel's longest cell text, in characters.
const MAX_CELL_CHARS: usize = 32_767;

/// Column widths are fitted to the content between these bounds (in Excel units,
/// roughly one ASCII character; a CJK character counts two).
const MIN_WIDTH: usize = 6;
const MAX_WIDTH: usize = 60;

/// A worksheet being filled row by row.
pub(super) struct Sheet {
    name: String,
    ws: Worksheet,
    columns: Vec<String>,
    widths: Vec<usize>,
    /// Rows written so far, the header included.
    rows: u32,
    date: Format,
}

impl Sheet {
    /// A sheet named `name` with a bold header row of `columns`.
    pub(super) fn new(name: &str, columns: Vec<String>) -> Result<Sheet> {
        let mut ws = Worksheet::new();
        let err = |e| xlsx_err(name, e);
        ws.set_name(name).map_err(err)?;
        let bold = Format::new().set_bold();
        for (col, title) in columns.iter().enumerate() {
            ws.write_string_with_format(0, col_num(col)?, title, &bold)
                .map_err(err)?;
        }
        Ok(Sheet {
            name: name.to_string(),
            ws,
            widths: columns.iter().map(|c| width(c) + 2).collect(),
            columns,
            rows: 1,
            date: Format::new().set_num_format("yyyy-mm-dd"),
        })
    }

    /// Appends one row; its fields are matched to the columns by name.
    pub(super) fn write<T: Serialize>(&mut self, row: &T) -> Result<()> {
        let value = serde_json::to_value(row)
            .map_err(|e| Error::Config(format!("{WORKBOOK}: sheet {}: {e}", self.name)))?;
        let row_num = self.rows;
        let (ws, name) = (&mut self.ws, &self.name);
        let err = |e| xlsx_err(name, e);
        for (i, column) in self.columns.iter().enumerate() {
            let col = col_num(i)?;
            let shown = match value.get(column) {
                None | Some(serde_json::Value::Null) => continue,
                Some(serde_json::Value::Number(n)) => {
                    let x = n.as_f64().unwrap_or(f64::NAN);
                    ws.write_number(row_num, col, x).map_err(err)?;
                    n.to_string()
                }
                Some(serde_json::Value::String(s)) if s.is_empty() => continue,
                Some(serde_json::Value::String(s)) => {
                    if let Some(d) = iso_date(s) {
                        ws.write_date_with_format(row_num, col, &d, &self.date)
                            .map_err(err)?;
                    } else if let Some(x) = NUMERIC_TEXT
                        .contains(&column.as_str())
                        .then(|| plain_decimal(s))
                        .flatten()
                    {
                        ws.write_number(row_num, col, x).map_err(err)?;
                    } else {
                        ws.write_string(row_num, col, clip(s)).map_err(err)?;
                    }
                    s.clone()
                }
                Some(other) => {
                    let s = other.to_string();
                    ws.write_string(row_num, col, clip(&s)).map_err(err)?;
                    s
                }
            };
            if let Some(w) = self.widths.get_mut(i) {
                *w = (*w).max(width(&shown) + 1);
            }
        }
        self.rows = self
            .rows
            .checked_add(1)
            .ok_or_else(|| xlsx_err(&self.name, XlsxError::RowColumnLimitError))?;
        Ok(())
    }

    /// Freezes the header, adds the autofilter and fits the column widths.
    fn finish(mut self) -> Result<Worksheet> {
        let (ws, name) = (&mut self.ws, &self.name);
        let err = |e| xlsx_err(name, e);
        ws.set_freeze_panes(1, 0).map_err(err)?;
        let last_col = col_num(self.columns.len().saturating_sub(1))?;
        ws.autofilter(0, 0, self.rows.saturating_sub(1), last_col)
            .map_err(err)?;
        for (i, w) in self.widths.iter().enumerate() {
            let w = (*w).clamp(MIN_WIDTH, MAX_WIDTH);
            ws.set_column_width(col_num(i)?, w as f64).map_err(err)?;
        }
        Ok(self.ws)
    }
}

fn xlsx_err(sheet: &str, err: XlsxError) -> Error {
    Error::Xlsx {
        what: format!("{WORKBOOK}: sheet {sheet}"),
        err,
    }
}

/// Saves the sheets, in order, as one workbook at `path`.
pub(super) fn save(sheets: Vec<Box<Sheet>>, path: &Path) -> Result<()> {
    let mut wb = Workbook::new();
    for sh in sheets {
        wb.push_worksheet(sh.finish()?);
    }
    wb.save(path).map_err(|err| Error::Xlsx {
        what: path.display().to_string(),
        err,
    })
}

fn col_num(i: usize) -> Result<u16> {
    u16::try_from(i).map_err(|_| Error::Xlsx {
        what: WORKBOOK.to_string(),
        err: XlsxError::RowColumnLimitError,
    })
}

/// Display width: CJK and other wide characters take two columns.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 })
        .sum()
}

/// Text cut to Excel's cell limit (only an absurdly long sentence reaches it).
fn clip(s: &str) -> &str {
    match s.char_indices().nth(MAX_CELL_CHARS) {
        Some((at, _)) => &s[..at],
        None => s,
    }
}

/// A full ISO date `YYYY-MM-DD` in Excel's range, or None (2026-03, 2026-Q1 stay text).
fn iso_date(s: &str) -> Option<ExcelDateTime> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u16> {
        let part = s.get(r)?;
        if !part.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        part.parse().ok()
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let month = u8::try_from(m).ok()?;
    let day = u8::try_from(d).ok()?;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(y, month) {
        return None;
    }
    ExcelDateTime::from_ymd(y, month, day).ok()
}

fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A plain decimal (`-12.5`, `89000000000`) as a number, or None.
fn plain_decimal(s: &str) -> Option<f64> {
    let body = s.strip_prefix('-').unwrap_or(s);
    let mut dots = 0;
    for c in body.chars() {
        match c {
            '0'..='9' => {}
            '.' => dots += 1,
            _ => return None,
        }
    }
    if body.is_empty() || dots > 1 || body.starts_with('.') || body.ends_with('.') {
        return None;
    }
    s.parse().ok().filter(|x: &f64| x.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_iso_dates_only() {
        assert!(iso_date("2026-03-26").is_some());
        assert!(iso_date("2024-02-29").is_some());
        for s in [
            "2026-03",
            "2026-Q1",
            "2026-H1",
            "2025-02-29",
            "2026-13-01",
            "２０２６-03-26",
        ] {
            assert!(iso_date(s).is_none(), "{s}");
        }
    }

    #[test]
    fn plain_decimals_only() {
        assert_eq!(plain_decimal("89000000000"), Some(89e9));
        assert_eq!(plain_decimal("-0.5"), Some(-0.5));
        for s in ["", "-", ".5", "5.", "1e5", "1,000", "2026-Q1", "NaN", "inf"] {
            assert_eq!(plain_decimal(s), None, "{s}");
        }
    }

    #[test]
    fn wide_chars_count_double() {
        assert_eq!(width("ab"), 2);
        assert_eq!(width("充电桩"), 6);
        assert_eq!(clip("abc"), "abc");
    }
}
