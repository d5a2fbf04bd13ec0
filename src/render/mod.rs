//! Stage 2b: markup -> the plain text all offsets refer to. [`crate::decode`] turns bytes
//! into text and picks the format; HTML goes to [`html`] (visible text, chrome dropped),
//! Markdown to [`markdown`] (markup, link targets and front matter dropped; HTML blocks in
//! it through [`html`]). Both render blocks and table rows as lines of their own, table
//! cells separated by one space, and hand over where each table row and its cells are
//! ([`TableRow`]), so table readers need not guess cells from spaces. [`annotations`]
//! removes inserted pinyin readings from the text of every format (plain text too),
//! moving the table rows' spans with it. Word files go to [`docx`] and PDFs to [`pdf`],
//! which take the file's bytes (a zip, a PDF) and give the same [`Rendered`] text and rows.
//! Apart from those two container formats, no module here
//! knows bytes or encodings, or uses [`crate::decode`] or the extractors.

pub mod annotations;
pub mod docx;
pub mod html;
pub mod markdown;
pub mod pdf;

/// Markup (or a Word or PDF file) rendered to plain text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rendered {
    /// The visible text: lines joined with a single `\n`, no blank lines.
    pub text: String,
    /// The HTML `<title>`, or the first level-1 heading of Markdown, when there is one.
    pub title: Option<String>,
    /// The table rows, in text order.
    pub tables: Vec<TableRow>,
}

/// Whitespace for "is this empty" tests and trimming (a stray BOM counts as blank).
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// One table row as rendered: a line of the rendered text of its own, and where its cells
/// are on that line. Table readers take cells from here instead of guessing them from
/// spaces, so a cell with a space inside (`58 个`, `Q1 2026`) stays one cell and an empty
/// cell keeps its column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// Char offset of the row's line in the rendered text.
    pub line: usize,
    /// Length of the line in chars.
    pub len: usize,
    /// Char spans of the cells relative to `line`, end exclusive, in column order,
    /// whitespace at their edges trimmed; an empty cell is an empty span.
    pub cells: Vec<(usize, usize)>,
}

/// A byte and char offset into text being rendered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Pos {
    pub byte: usize,
    pub char: usize,
}

impl Pos {
    /// The position after `s` when it starts here.
    fn after(self, s: &str) -> Pos {
        Pos {
            byte: self.byte + s.len(),
            char: self.char + s.chars().count(),
        }
    }
}

/// Collects one table row while a renderer writes it: where the row and each of its
/// cells start and end in the text being built.
#[derive(Debug)]
pub(crate) struct RowBuilder {
    start: Pos,
    cell: Option<Pos>,
    cells: Vec<(Pos, Pos)>,
}

impl RowBuilder {
    /// A row whose text starts at `at`.
    pub fn new(at: Pos) -> Self {
        RowBuilder {
            start: at,
            cell: None,
            cells: Vec::new(),
        }
    }

    /// A cell starts at `at`.
    pub fn open_cell(&mut self, at: Pos) {
        self.cell = Some(at);
    }

    /// The open cell ends at `at`.
    pub fn close_cell(&mut self, at: Pos) {
        if let Some(start) = self.cell.take() {
            self.cells.push((start, at));
        }
    }

    /// The row, once it ends at `end` of `text`: None unless it rendered to one
    /// non-empty line with at least one cell. `line` is a char offset into `text`.
    pub fn finish(self, text: &str, end: Pos) -> Option<TableRow> {
        let (line, last) = trim(text, self.start, end);
        let body = text.get(line.byte..last.byte)?;
        if body.is_empty() || body.contains('\n') || self.cells.is_empty() {
            return None;
        }
        let cells = self
            .cells
            .iter()
            .map(|&(a, b)| {
                let (a, b) = trim(text, a, b);
                let a = a.char.clamp(line.char, last.char);
                (a - line.char, b.char.clamp(a, last.char) - line.char)
            })
            .collect();
        Some(TableRow {
            line: line.char,
            len: last.char - line.char,
            cells,
        })
    }
}

/// `start..end` of `text` without the whitespace at its edges (an empty range stays put).
fn trim(text: &str, start: Pos, end: Pos) -> (Pos, Pos) {
    let Some(s) = text.get(start.byte..end.byte).filter(|s| !s.is_empty()) else {
        return (start, start);
    };
    let body = s.trim_start();
    let a = start.after(&s[..s.len() - body.len()]);
    let body = body.trim_end();
    (a, a.after(body))
}

/// The cells of each table row of `r` as text, read back through the row and cell spans.
#[cfg(test)]
pub(crate) fn cell_texts(r: &Rendered) -> Vec<Vec<String>> {
    let chars: Vec<char> = r.text.chars().collect();
    r.tables
        .iter()
        .map(|row| {
            let line: String = chars[row.line..row.line + row.len].iter().collect();
            assert!(
                row.line == 0 || chars[row.line - 1] == '\n',
                "row at line start"
            );
            assert!(
                chars.get(row.line + row.len).is_none_or(|&c| c == '\n'),
                "row to line end: {line}"
            );
            row.cells
                .iter()
                .map(|&(a, b)| chars[row.line + a..row.line + b].iter().collect())
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_spans_are_trimmed_and_relative_to_the_line() {
        let text = "前言\n 甲  乙 \n";
        let mut row = RowBuilder::new(Pos::default().after("前言"));
        let at = |s: &str| Pos::default().after(s);
        row.open_cell(at("前言"));
        row.close_cell(at("前言\n 甲"));
        row.open_cell(at("前言\n 甲"));
        row.close_cell(at("前言\n 甲  乙 "));
        row.open_cell(at("前言\n 甲  乙 "));
        row.close_cell(at("前言\n 甲  乙 "));
        let r = row.finish(text, at("前言\n 甲  乙 ")).unwrap();
        assert_eq!(
            r,
            TableRow {
                line: 4,
                len: 4,
                cells: vec![(0, 1), (3, 4), (4, 4)]
            }
        );
        // Rows over two lines, and rows without text, are no rows.
        let row = RowBuilder::new(Pos::default());
        assert_eq!(row.finish("甲\n乙", at("甲\n乙")), None);
        let mut row = RowBuilder::new(Pos::default());
        row.open_cell(at("甲"));
        row.close_cell(at("甲\n乙"));
        assert_eq!(row.finish("甲\n乙", at("甲\n乙")), None);
        assert_eq!(RowBuilder::new(at("甲")).finish("甲 ", at("甲 ")), None);
    }
}
