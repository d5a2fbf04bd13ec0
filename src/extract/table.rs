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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Column {
    /// The header without its bracketed unit (完成投资), as the rules read it.
    pub name: String,
    /// The same name as written (traditional characters stay).
    pub written: String,
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
    /// The units a caption line above the table gives it (单位：件、万元), for the
    /// columns that name none: see [`Header::caption_unit`].
    pub caption: Vec<CaptionUnit>,
}

/// A unit of a table's caption line (单位：件、万元): as written, and read.
#[derive(Debug, Clone, PartialEq)]
pub struct CaptionUnit {
    /// The unit as written, without its scale (万元 → 元).
    pub word: String,
    /// The unit read, scale included.
    pub unit: HeaderUnit,
}

impl Header {
    /// The unit the caption gives column `k` when neither it nor its row names one:
    /// the caption's one unit; of several, the one whose word the column's name holds
    /// (件数小计 → 件), else for a column of money (`table.money_column`: 挽回经济损失)
    /// the caption's money unit, else its first unit of another kind. A column of a
    /// rate or change (`table.rate_column`: 增长, 占比) takes none: its cells are no
    /// amounts.
    pub fn caption_unit(&self, k: usize, pats: &Patterns) -> Option<&HeaderUnit> {
        let name = &self.columns.get(k)?.name;
        if self.caption.is_empty()
            || pats
                .cues
                .at(crate::cue!("table.rate_column"))
                .occurs_in(name)
        {
            return None;
        }
        let money = |c: &&CaptionUnit| c.unit.kind == Kind::Money;
        let unit = match self.caption.as_slice() {
            [one] => one,
            many => many
                .iter()
                .find(|c| name.contains(&c.word))
                .or_else(|| {
                    let money_column = pats.cues.at(crate::cue!("table.money_column"));
                    money_column
                        .occurs_in(name)
                        .then(|| many.iter().find(money))
                        .flatten()
                })
                .or_else(|| many.iter().find(|c| !money(c)))?,
        };
        Some(&unit.unit)
    }
}

/// Longest caption line, in chars, read for its units.
const MAX_CAPTION_CHARS: usize = 40;

/// The units a table's caption line gives (单位：件、万元; 表1 …统计表（单位：万元）): the
/// units after a `table.unit_caption` word and a colon, up to a closing bracket or the
/// line's end, split at 、，,;； — none unless every part is a unit.
pub fn caption_units(line: &str, pats: &Patterns) -> Vec<CaptionUnit> {
    let line = squeeze(line);
    if line.chars().count() > MAX_CAPTION_CHARS {
        return Vec::new();
    }
    let labels = pats.cues.at(crate::cue!("table.unit_caption"));
    let after_label = line.char_indices().find_map(|(i, _)| {
        let w = labels.prefix_of(&line[i..])?;
        line[i + w.len()..].strip_prefix([':', '：'])
    });
    let Some(rest) = after_label else {
        return Vec::new();
    };
    let body = rest.split([')', '）']).next().unwrap_or_default();
    let parts = body
        .split(['、', '，', ',', ';', '；'])
        .filter(|p| !p.is_empty());
    let units: Option<Vec<CaptionUnit>> = parts
        .map(|p| {
            let unit = header_unit(p, pats)?;
            let word = p.trim_start_matches(|c| super::number::scale_exp(c).is_some());
            let word = if word.is_empty() { p } else { word };
            Some(CaptionUnit {
                word: word.to_string(),
                unit,
            })
        })
        .collect();
    units.unwrap_or_default()
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
    if bar_edged(line) {
        return pipe_cells(line);
    }
    let out = runs(line, |c| matches!(c, ' ' | '\t' | '\u{3000}'));
    let ok = out.len() >= MIN_CELLS && out.iter().all(|&(a, b)| b - a <= MAX_CELL_CHARS);
    ok.then_some(out)
}

/// A table flattened onto one line by a page saved as text: its header cells, then each
/// row's label and figures, all between spaces (县市 负债 人均负债 甲市 25亿元 9万元 乙市
/// 14亿元 5万元 …).
#[derive(Debug, Clone, PartialEq)]
pub struct FlatTable {
    /// The header (the first column names the row labels).
    pub header: Header,
    /// Each row's cell spans: the label, then one figure per column.
    pub rows: Vec<Vec<(usize, usize)>>,
}

/// Fewest rows a flattened table needs: fewer are too easily a phrase with spaces.
const MIN_FLAT_ROWS: usize = 3;

/// The table flattened onto `line`, if there is one: somewhere in the line, a header
/// of at least `MIN_CELLS` word cells ([`header`]) followed by at least
/// `MIN_FLAT_ROWS` rows of as many cells, each a label without digits and cells that
/// start with a digit. Rows end at the first run of cells that is not one.
pub fn flat_table(line: &str, written: &str, pats: &Patterns) -> Option<FlatTable> {
    let spans = space_runs(line);
    // A header and its rows hold at least this many cells (most lines hold one).
    if spans.len() < MIN_CELLS * (1 + MIN_FLAT_ROWS) {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let texts: Vec<&[char]> = spans.iter().map(|&(a, b)| &chars[a..b]).collect();
    let label = |t: &[char]| {
        t.len() <= MAX_CELL_CHARS && !t.iter().any(|c| c.is_ascii_digit() || is_punct(*c))
    };
    let figure = |t: &[char]| t.len() <= MAX_CELL_CHARS && t[0].is_ascii_digit();
    let row_at = |i: usize, k: usize| {
        i + k <= texts.len() && label(texts[i]) && texts[i + 1..i + k].iter().all(|t| figure(t))
    };
    for h0 in 0..texts.len() {
        for k in MIN_CELLS..=MIN_CELLS + 3 {
            let Some(heads) = texts.get(h0..h0 + k) else {
                break;
            };
            if !heads.iter().all(|t| label(t)) {
                break;
            }
            let mut rows = Vec::new();
            let mut i = h0 + k;
            while row_at(i, k) {
                rows.push(spans[i..i + k].to_vec());
                i += k;
            }
            if rows.len() < MIN_FLAT_ROWS {
                continue;
            }
            let (a, b) = (spans[h0].0, spans[h0 + k - 1].1);
            let sub: String = chars[a..b].iter().collect();
            let cells: Vec<(usize, usize)> = spans[h0..h0 + k]
                .iter()
                .map(|&(x, y)| (x - a, y - a))
                .collect();
            if let Some(header) = self::header(&sub, &cells, pats) {
                let header = with_written(header, written, &spans[h0..h0 + k]);
                return Some(FlatTable { header, rows });
            }
        }
    }
    None
}

/// Sentence punctuation, which no row label holds.
fn is_punct(c: char) -> bool {
    SENTENCE_PUNCTUATION.contains(&c) || matches!(c, '。' | '：' | ':')
}

/// The runs of `line` between spaces, as char spans.
fn space_runs(line: &str) -> Vec<(usize, usize)> {
    runs(line, char::is_whitespace)
}

/// The runs of `line` between chars that are `gap`, as char spans.
fn runs(line: &str, gap: impl Fn(char) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut n = 0;
    for (i, c) in line.chars().enumerate() {
        n = i + 1;
        if gap(c) {
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
    out
}

/// The cells of a row written with bars (| 指标 | 绝对数(亿元) | 增长% |, a Markdown table
/// saved as plain text; also without the outer bar on one side, as pages saved as text
/// write them: 地区 | 增速(%) | 比重(%) |): the stretches between bars, without their
/// spaces (an empty cell keeps its column). None unless the line starts or ends with a
/// bar and has at least `MIN_CELLS` cells, none long.
fn pipe_cells(line: &str) -> Option<Vec<(usize, usize)>> {
    let t = line.trim();
    let (open, close) = (t.starts_with('|'), t.ends_with('|'));
    if t.len() < 2 || !bar_edged(line) {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let bars: Vec<usize> = (0..chars.len()).filter(|&i| chars[i] == '|').collect();
    let trimmed = |mut a: usize, mut b: usize| {
        while a < b && chars[a].is_whitespace() {
            a += 1;
        }
        while b > a && chars[b - 1].is_whitespace() {
            b -= 1;
        }
        (a, b)
    };
    // A side without its bar: the line's edge closes the outer cell.
    let (mut from, inner) = match open {
        true => (bars[0] + 1, &bars[1..]),
        false => (0, &bars[..]),
    };
    let mut out = Vec::with_capacity(bars.len() + 1);
    for &bar in inner {
        out.push(trimmed(from, bar));
        from = bar + 1;
    }
    if !close {
        out.push(trimmed(from, chars.len()));
    }
    let ok = out.len() >= MIN_CELLS && out.iter().all(|&(a, b)| b - a <= MAX_CELL_CHARS);
    ok.then_some(out)
}

/// Whether a line starts or ends with a bar: its cells are the stretches between bars,
/// never its space-separated runs.
fn bar_edged(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('|') || t.ends_with('|')
}

/// A table saved one cell per line, each cell closed by a bar (指标 |, 本月 |, 增减% |,
/// 国际游客 |, 1065617 |, 2.4 |, …): the header cells, then rows of a label and its
/// figures. Each line is a sentence of its own; [`stacked`] says what each one is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stacked {
    /// The headers of the tables found.
    pub headers: Vec<Header>,
    /// What the lines in such tables are, by line index (the other lines are none of
    /// them: kept sparse, so a huge release costs nothing per line).
    cells: std::collections::HashMap<usize, StackedCell>,
}

impl Stacked {
    /// What line `i` is.
    pub fn cell(&self, i: usize) -> StackedCell {
        self.cells.get(&i).copied().unwrap_or_default()
    }
}

/// What one line of a document is in a table saved one cell per line.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub enum StackedCell {
    /// Not in such a table.
    #[default]
    None,
    /// A header cell or a row label: it states no figure.
    Skip,
    /// A figure: table `table` (index in [`Stacked::headers`]), its `column`, the line
    /// index of its row's `label`, and the number's char span in the line.
    Value {
        /// Index of the table's header.
        table: usize,
        /// Column of the cell (0 is the labels').
        column: usize,
        /// Line index of the row label.
        label: usize,
        /// Line index of the label its row is a part of (其中：台湾同胞 under 1、国际游客).
        parent: Option<usize>,
        /// Line index of the nearest row label at or above it with a bracketed unit
        /// (国际游客 under 城市接待旅游人数(人次) counts 人次 too).
        unit_label: usize,
        /// The number's chars in the line.
        span: (usize, usize),
    },
}

/// How many lines above a table saved one cell per line may hold its caption.
const CAPTION_LINES: usize = 3;

/// Fewest rows a table saved one cell per line needs.
const MIN_STACKED_ROWS: usize = 2;

/// The cell a line holds when it is one cell closed by a bar (`1065617 |`, also opened
/// by one: `| 城镇 |`, `||` empty): its char span without spaces and the bars.
fn bar_cell(line: &str) -> Option<(usize, usize)> {
    let body = line.trim_end().strip_suffix('|')?;
    let rest = body.trim_start();
    let inner = rest.strip_prefix('|').unwrap_or(rest);
    if inner.contains('|') {
        return None;
    }
    // The chars before the cell's text: spaces, the opening bar, spaces.
    let lead = body.chars().count() - inner.trim_start().chars().count();
    let n = body.trim_end().chars().count();
    (n >= lead && n - lead <= MAX_CELL_CHARS).then_some((lead, n))
}

/// The span of a cell that is a number (-7.3, 1065617, 12.5%).
fn number_cell(chars: &[char], (a, b): (usize, usize)) -> Option<(usize, usize)> {
    let cell = &chars[a..b];
    let signed = cell.first().is_some_and(|c| matches!(c, '-' | '+'));
    let body = &chars[a + usize::from(signed)..b];
    let numeric = body.first().is_some_and(char::is_ascii_digit)
        && body
            .iter()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%'));
    numeric.then_some((a, b))
}

/// Whether a line ends with a bar (`cell |`): only such lines are [`stacked`] cells.
pub fn bar_closed(line: &str) -> bool {
    line.trim_end().ends_with('|')
}

/// The tables saved one cell per line among `lines` (each a sentence: as the rules read
/// it), with their headers. A run of bar-closed cells is a table when it opens with `m + 1`
/// header cells and at least `MIN_STACKED_ROWS` rows of a label and `m` numbers follow.
/// A run of whole short lines without bars ([`bare_cell`]) is one when `m` header cells,
/// one naming a unit (数量(个), 比重(%)) or under a caption naming units, come right
/// before the first label, and at least `MIN_BARE_ROWS` rows follow; two or more group
/// cells right above them (法人单位, 个体经营户 over 数量(个) 比重(%) 数量(个) 比重(%))
/// name the columns below them in equal shares.
pub fn stacked(lines: &[&str], written: &[&str], pats: &Patterns) -> Stacked {
    let mut out = Stacked {
        headers: Vec::new(),
        cells: Default::default(),
    };
    // Cheap first look: most documents have no line ending with a bar nor a number alone.
    if !lines.iter().any(|l| bar_closed(l) || bare_number(l)) {
        return out;
    }
    let chars: Vec<Vec<char>> = lines.iter().map(|l| l.chars().collect()).collect();
    for bare in [false, true] {
        let spans: Vec<Option<(usize, usize)>> = lines
            .iter()
            .map(|l| match bare {
                false => bar_cell(l),
                true => bare_cell(l),
            })
            .collect();
        let number = |i: usize| spans[i].and_then(|sp| number_cell(&chars[i], sp));
        let mut i = 0;
        while i < lines.len() {
            let run_end = (i..lines.len())
                .find(|&j| spans[j].is_none())
                .unwrap_or(lines.len());
            // A bar-closed run is one table. A bare run may hold short lines before its
            // table (a menu with a number) or two tables: it is read on after the table
            // read, or after the first number when none was.
            let mut from = i;
            while from < run_end {
                let run = StackedRun {
                    lines: (from, run_end),
                    spans: &spans,
                    text: (lines, written),
                    bare,
                };
                let tables = out.headers.len();
                run.read(&number, pats, &mut out);
                if !bare {
                    break;
                }
                from = match out.headers.len() > tables {
                    true => (from..run_end).rev().find(|j| out.cells.contains_key(j)),
                    false => (from..run_end).find(|&j| number(j).is_some()),
                }
                .map_or(run_end, |j| j + 1);
            }
            i = run_end + 1;
        }
    }
    out
}

/// Whether a line is a number alone (2833, 83.2): the cheap sign of a table saved one
/// cell per line without bars.
pub fn bare_number(line: &str) -> bool {
    // As [`number_cell`] reads a cell, without collecting the chars of every line.
    let t = line.trim();
    let body = t.strip_prefix(['-', '+']).unwrap_or(t);
    body.starts_with(|c: char| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%'))
}

/// The cell a line holds when it is a whole short line without a bar or sentence
/// punctuation (企业法人, 2833, 比重(%)): its char span without the spaces around it.
fn bare_cell(line: &str) -> Option<(usize, usize)> {
    if line.contains('|') || line.contains(SENTENCE_PUNCTUATION) {
        return None;
    }
    let lead = line.chars().take_while(|c| c.is_whitespace()).count();
    let n = line.trim_end().chars().count();
    (n > lead && n - lead <= MAX_CELL_CHARS).then_some((lead, n))
}

/// Fewest rows a table saved one cell per line without bars needs: short lines with
/// numbers between them are found in other places too (a menu, a list of dates).
const MIN_BARE_ROWS: usize = 3;

/// Most chars a group cell over columns of a table without bars may have.
const MAX_GROUP_CHARS: usize = 8;

/// One run of cells, bar-closed or `bare` whole lines: its lines `[from, to)`, the cell
/// span of every line, the lines as the rules read them and as written.
struct StackedRun<'a> {
    lines: (usize, usize),
    spans: &'a [Option<(usize, usize)>],
    text: (&'a [&'a str], &'a [&'a str]),
    bare: bool,
}

impl StackedRun<'_> {
    /// The cell of line `j` (as the rules read it, and as written), spaces squeezed out.
    fn cell(&self, j: usize) -> (String, String) {
        let (a, b) = self.spans[j].unwrap_or((0, 0));
        let cut = |l: &str| squeeze(&l.chars().skip(a).take(b - a).collect::<String>());
        let written = self.text.1.get(j).map_or_else(String::new, |l| cut(l));
        (cut(self.text.0[j]), written)
    }

    /// Reads the run into `out`: see [`stacked`].
    fn read(
        &self,
        number: &dyn Fn(usize) -> Option<(usize, usize)>,
        pats: &Patterns,
        out: &mut Stacked,
    ) {
        let (from, to) = self.lines;
        // A column of row numbers (序号: 1, 2, 3 … each right before its row's label)
        // holds no figures: its cells go with the labels.
        let serial = self.serials(number);
        let number = |j: usize| number(j).filter(|_| !serial.contains(&j));
        let Some(first_number) = (from..to).find(|&j| number(j).is_some()) else {
            return;
        };
        let m = (first_number..to)
            .take_while(|&j| number(j).is_some())
            .count();
        let Some(head) = self.head(first_number, (m, &serial), pats) else {
            return;
        };
        let k = head.label_columns;
        let rows = self.rows(&number, (first_number - k, k, m));
        // Bare lines numbered as rows (1 / 正播面积 …) are a table with fewer rows.
        let fewest = if self.bare && serial.is_empty() {
            MIN_BARE_ROWS
        } else {
            MIN_STACKED_ROWS
        };
        if rows.len() < fewest {
            return;
        }
        let mut columns = head.columns;
        // A column naming no unit whose cells mostly write a percent sign (41.33%,
        // 14.85%) is a column of percents: its bare cells (5.49) are too.
        for c in 1..=m {
            let signs = (rows.iter())
                .filter(|r| self.cell(r.2 + c - 1).0.ends_with(['%', '％']))
                .count();
            if columns[k - 1 + c].unit.is_none() && 2 * signs > rows.len() {
                columns[k - 1 + c].unit = header_unit("%", pats);
            }
        }
        let table = out.headers.len();
        // A caption right above the table (表1 …, 单位：件、万元) gives its units.
        let caption = (head.top.saturating_sub(CAPTION_LINES)..head.top)
            .rev()
            .map(|j| caption_units(self.text.0[j], pats))
            .find(|u| !u.is_empty())
            .unwrap_or_default();
        // Bare short lines are a table only where the header says what the numbers are.
        if self.bare && caption.is_empty() && columns.iter().all(|c| c.unit.is_none()) {
            return;
        }
        out.headers.push(Header {
            columns: distinct_names(columns),
            caption,
        });
        for j in head.top..first_number - k {
            out.cells.insert(j, StackedCell::Skip);
        }
        let mut unit_label = rows[0].1;
        // Rows after a label opening a breakdown (其中：) are parts of the last numbered
        // label (1、国际游客) until the next numbered one; so is a row whose label the
        // table repeats under another numbered label (第二产业 under 二、产业活动单位 and
        // under 三、个体经营户).
        let name = |label: usize| {
            let text = self.cell(label).0;
            let n = column(&text, pats).name;
            n.chars().skip(label_marker(&n, pats)).collect::<String>()
        };
        let names: Vec<String> = rows.iter().map(|r| name(r.1)).collect();
        let (mut numbered, mut parts) = (None, false);
        for (r, &(start, label, numbers)) in rows.iter().enumerate() {
            let (text, _) = self.cell(label);
            let c = column(&text, pats);
            let repeated = names.iter().filter(|&n| *n == names[r]).count() > 1;
            if c.unit.is_some() {
                unit_label = label;
            }
            match label_marker(&c.name, pats) {
                0 => {}
                _ if c.name.starts_with(['#', '＃']) => {}
                k if text.chars().nth(k - 1) == Some('、') => {
                    (numbered, parts) = (Some(label), false)
                }
                _ => parts = numbered.is_some(),
            }
            let parent = numbered.filter(|&n| (parts || repeated) && n != label);
            for j in start..numbers {
                out.cells.insert(j, StackedCell::Skip);
            }
            for column in 1..=m {
                if let Some(span) = number(numbers + column - 1) {
                    let value = StackedCell::Value {
                        table,
                        column: k - 1 + column,
                        label,
                        parent,
                        unit_label,
                        span,
                    };
                    out.cells.insert(numbers + column - 1, value);
                }
            }
        }
    }
}

/// The header of a table saved one cell per line: its first line (a group cell or a
/// column's), its columns (the first names the labels) and how many columns of labels
/// its rows have.
struct StackedHead {
    top: usize,
    columns: Vec<Column>,
    label_columns: usize,
}

impl StackedRun<'_> {
    /// The header of the table whose first number is on line `first_number`, its rows
    /// holding `m` numbers. Bar-closed: `m + k` header cells open the run, then the first
    /// row's `k` labels. Bare: the `m` cells right before the first label, a label
    /// column's header cell being mostly left out, and group cells above them.
    fn head(
        &self,
        first_number: usize,
        (m, serial): (usize, &[usize]),
        pats: &Patterns,
    ) -> Option<StackedHead> {
        let mut from = self.lines.0;
        let named = |j: usize| {
            let (rules, written) = self.cell(j);
            let mut c = column(&rules, pats);
            c.written = written.chars().take(c.name.chars().count()).collect();
            c
        };
        if !self.bare {
            // A caption cell over an empty one (| 某区户籍人口构成 | then ||) opens the
            // run above the header.
            if from + 2 < first_number && self.cell(from + 1).0.is_empty() {
                from += 2;
            }
            // m + k header cells (k columns of labels: 类别, 项目), then the first row's k
            // labels (商品类, 一般食品).
            let k = match (first_number - from).checked_sub(m) {
                Some(d) if d >= 2 && d % 2 == 0 => d / 2,
                _ => return None,
            };
            let columns = (from..from + m + k).map(named).collect();
            return Some(StackedHead {
                top: from,
                columns,
                label_columns: k,
            });
        }
        let label = first_number.checked_sub(1)?;
        // The first row's number before its label (1 / 正播面积).
        let numbered = usize::from(label > 0 && serial.contains(&(label - 1)));
        let first = (label - numbered).checked_sub(m).filter(|&j| j >= from)?;
        let mut columns: Vec<Column> = (first..label - numbered).map(named).collect();
        if numbered == 1 {
            // The header cells of the numbers' and the labels' columns (序号, 项目), when
            // written, open the header; no group cells then.
            let heads = (from..first)
                .rev()
                .take(2)
                .take_while(|&j| named(j).unit.is_none() && !self.cell(j).0.is_empty())
                .count();
            columns.insert(0, Column::default());
            return Some(StackedHead {
                top: first - heads,
                columns,
                label_columns: 1,
            });
        }
        // Group cells: short names without a unit, as many as divide the columns evenly.
        let group = |j: usize| {
            let c = named(j);
            let n = c.name.chars().count();
            c.unit.is_none()
                && (2..=MAX_GROUP_CHARS).contains(&n)
                && c.name.chars().all(char::is_alphabetic)
        };
        let g = (from..first).rev().take_while(|&j| group(j)).count();
        let g = (1..=g)
            .rev()
            .find(|&g| g >= 2 && m.is_multiple_of(g) && m / g >= 2)
            .unwrap_or(0);
        for (c, col) in columns.iter_mut().enumerate() {
            if g == 0 {
                break;
            }
            let over = named(first - g + c / (m / g));
            col.name = format!("{}{}", over.name, col.name);
            col.written = format!("{}{}", over.written, col.written);
        }
        columns.insert(0, Column::default());
        Some(StackedHead {
            top: first - g,
            columns,
            label_columns: 1,
        })
    }
}

impl StackedRun<'_> {
    /// The lines of a bare run that number its rows: 1, 2, 3 … in turn, each right before
    /// a cell that is no number (its row's label); none unless [`MIN_BARE_ROWS`] do.
    fn serials(&self, number: &dyn Fn(usize) -> Option<(usize, usize)>) -> Vec<usize> {
        let (from, to) = self.lines;
        let mut found = Vec::new();
        if !self.bare {
            return found;
        }
        for j in from..to.saturating_sub(1) {
            // A row's number is a number cell (no cell text built for the others).
            if number(j).is_none() {
                continue;
            }
            let next = found.len() + 1;
            let label = number(j + 1).is_none() && !self.cell(j + 1).0.is_empty();
            if label && self.cell(j).0 == next.to_string() {
                found.push(j);
            }
        }
        if found.len() < MIN_BARE_ROWS {
            found.clear();
        }
        found
    }

    /// The rows from line `at` of a table with `k` columns of labels and `m` of
    /// numbers: (first line, label line, first number line) of each. A row is one to
    /// k + 1 cells without numbers (an empty cell, `|`, stands for a label spanning
    /// rows above: 服务类 over 其他服务 and 餐饮和住宿服务), its label the last that is not
    /// empty, then its m numbers.
    fn rows(
        &self,
        number: &dyn Fn(usize) -> Option<(usize, usize)>,
        (mut at, k, m): (usize, usize, usize),
    ) -> Vec<(usize, usize, usize)> {
        let to = self.lines.1;
        let mut rows = Vec::new();
        loop {
            let lead = (at..to).take_while(|&j| number(j).is_none()).count();
            let numbers = at + lead;
            let full = numbers + m <= to && (numbers..numbers + m).all(|j| number(j).is_some());
            let label = (at..numbers).rev().find(|&j| !self.cell(j).0.is_empty());
            match label {
                Some(label) if full && lead <= k + 1 => rows.push((at, label, numbers)),
                _ => return rows,
            }
            at = numbers + m;
        }
    }
}

/// Columns whose name repeats an earlier column's (本月 增减% 累计 增减%: the change of
/// each level) take the name of the column before them in front (累计增减).
fn distinct_names(mut columns: Vec<Column>) -> Vec<Column> {
    for k in 2..columns.len() {
        let repeated = columns[1..k].iter().any(|c| c.name == columns[k].name);
        if repeated && !columns[k].name.is_empty() {
            let (name, written) = (columns[k - 1].name.clone(), columns[k - 1].written.clone());
            columns[k].name = format!("{name}{}", columns[k].name);
            columns[k].written = format!("{written}{}", columns[k].written);
        }
    }
    columns
}

/// The text of a line that is one bar-closed cell (`国际游客 |` → 国际游客), spaces
/// squeezed out; the line itself otherwise (a cell of a table without bars), spaces
/// squeezed out too.
pub fn bar_cell_text(line: &str) -> String {
    match bar_cell(line) {
        Some((a, b)) => squeeze(&line.chars().skip(a).take(b - a).collect::<String>()),
        None => squeeze(line),
    }
}

/// How many leading chars of a row label are a list marker rather than its name: a
/// numeral and an enumeration comma (一、 2、), a lead word and a colon (其中：), or #.
pub fn label_marker(label: &str, pats: &Patterns) -> usize {
    // Statistical tables mark a part of the row above with # (#食品 under 食品烟酒).
    if label.starts_with(['#', '＃']) {
        return 1;
    }
    let numerals = label
        .chars()
        .take_while(|&c| super::number::is_numeral_char(c) || c.is_ascii_digit())
        .count();
    if numerals > 0 && label.chars().nth(numerals) == Some('、') {
        return numerals + 1;
    }
    let lead = pats.cues.at(crate::cue!("subject.lead")).prefix_of(label);
    match lead.map(|w| &label[w.len()..]) {
        Some(rest) if rest.starts_with([':', '：']) => lead.map_or(0, |w| w.chars().count()) + 1,
        _ => 0,
    }
}

/// Most chars a label line above a lone figure may have (see [`label_above`]).
const MAX_LABEL_CHARS: usize = 12;

/// The row label of a table saved one cell per line without bars (粮食总产量, then
/// 162817吨 on a line of its own): the line right above a figure standing alone on its
/// line, as written, when it is a short name: letters only (no digits, no punctuation:
/// a heading cell such as 较上年增减(%) or a clause is none), after its list marker
/// (其中：谷物 → 谷物). `prev` is that line as written and as the rules read it.
pub fn label_above((written, rules): (&str, &str), pats: &Patterns) -> Option<String> {
    let squeezed = squeeze(rules);
    let skip = label_marker(&squeezed, pats);
    let name: String = squeezed.chars().skip(skip).collect();
    let n = name.chars().count();
    if !(2..=MAX_LABEL_CHARS).contains(&n) || !name.chars().all(char::is_alphabetic) {
        return None;
    }
    Some(squeeze(written).chars().skip(skip).collect())
}

/// A cell without the spaces that spread its characters out (外 国 人 → 外国人).
pub fn squeeze(cell: &str) -> String {
    cell.chars().filter(|c| !c.is_whitespace()).collect()
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
    // A cell of dashes or dots alone (分行业 | -- | -- |) is an empty cell of a section
    // row inside a table, no column name: a name holds a letter.
    let wordy = |t: &String| {
        t.chars().count() >= 2
            && !t.chars().all(super::number::is_numeral_char)
            && t.chars().any(char::is_alphabetic)
    };
    if !texts.iter().all(wordy) {
        return None;
    }
    // Digits only as years (指标 2025年 2024年 增长(%)), and not in the first cell.
    let columns: Vec<Column> = texts.iter().map(|t| column(t, pats)).collect();
    let digits_ok =
        texts.iter().zip(&columns).enumerate().all(|(i, (t, c))| {
            !t.chars().any(|c| c.is_ascii_digit()) || (i > 0 && c.year.is_some())
        });
    digits_ok.then_some(Header {
        columns,
        caption: Vec::new(),
    })
}

/// `h`, a header read from the rules' copy of a line, with its names as written in
/// `written` (the line as written; `spans` its cells, the same in both copies).
pub fn with_written(mut h: Header, written: &str, spans: &[(usize, usize)]) -> Header {
    let chars: Vec<char> = written.chars().collect();
    for (c, &(a, b)) in h.columns.iter_mut().zip(spans) {
        let n = c.name.chars().count();
        if let Some(cell) = chars.get(a..b.min(a + n)) {
            c.written = cell.iter().collect();
        }
    }
    h
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
            written: String::new(),
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
        // A percent sign closing the name is its unit (增减%, 比上年增长%).
        None => match cell.strip_suffix(['%', '％']) {
            Some(name) if !name.is_empty() => (name.to_string(), header_unit("%", pats)),
            _ => (cell.to_string(), None),
        },
    };
    Column {
        written: name.clone(),
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
        // Bars, with or without the outer bar on the left.
        assert_eq!(
            cells("| 甲镇 | 5.9 | 7.2 |"),
            Some(vec![(2, 4), (7, 10), (13, 16)])
        );
        assert_eq!(
            cells("甲镇 | 5.9 | | 7.2 |"),
            Some(vec![(0, 2), (5, 8), (11, 11), (13, 16)])
        );
        assert_eq!(cells("甲镇 | 5.9 |"), None, "two cells are not enough");
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
        // A section row with dashes for empty cells is no header either.
        assert!(hdr("按用途分 | -- | — — | .. |", &pats).is_none());
        assert!(hdr("按用途分 | 金额(万元) | 增长(%) |", &pats).is_some());
        let h = hdr("指标 2025年 2024年 增长(%)", &pats).unwrap();
        let years: Vec<Option<i32>> = h.columns.iter().map(|c| c.year).collect();
        assert_eq!(years, [None, Some(2025), Some(2024), None]);
        assert!(
            hdr("2025年 产量 面积", &pats).is_none(),
            "a year labels no rows"
        );
    }

    #[test]
    fn caption_lines_give_units() {
        let pats = Patterns::builtin().unwrap();
        let words = |l: &str| -> Vec<(String, Kind)> {
            (caption_units(l, &pats).into_iter())
                .map(|c| (c.word, c.unit.kind))
                .collect()
        };
        assert_eq!(
            words("单位：台、亿元"),
            [
                ("台".to_string(), Kind::Count),
                ("元".to_string(), Kind::Money)
            ]
        );
        assert_eq!(
            words("表2 某市主要产品产量（单位：万吨）"),
            [("吨".to_string(), Kind::Mass)]
        );
        assert!(words("单位：某某公司").is_empty(), "a unit's name, no unit");
        assert!(words("各单位要按时报送材料").is_empty(), "no colon");
        let h = Header {
            columns: ["类别", "台数", "维修费用", "增长"]
                .iter()
                .map(|n| column(n, &pats))
                .collect(),
            caption: caption_units("单位：台、亿元", &pats),
        };
        let kind = |k| h.caption_unit(k, &pats).map(|u| u.kind);
        assert_eq!(kind(1), Some(Kind::Count));
        assert_eq!(kind(2), Some(Kind::Money));
        assert_eq!(kind(3), None, "a change is no amount");
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
