//! Stage 5: one document's text -> [`Fact`]s and [`Entity`]s.
//!
//! Per sentence: fold full-width forms, find dates ([`date`]), find figures on the raw
//! text ([`scan`]), then segment the sentence with jieba ([`crate::segment`]) only when
//! it holds a figure or an entity cue, and use the tokens to reject numerals that are
//! parts of words (四川, 统一), to attribute subjects ([`subject`]) and to find
//! entities ([`entity`]). Offsets in the output are chars of the decoded document.

pub mod bound;
pub mod date;
pub mod entity;
pub mod number;
pub mod scan;
pub mod subject;
pub mod table;
pub mod text;

use aho_corasick::AhoCorasick;
use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::patterns::{EntityType, Kind, Patterns};
use crate::segment::Segmenter;
use crate::split::split_sentences;
pub use scan::Approx;
use text::Folded;

/// A fact's value: a number in the canonical unit, or an ISO date string.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A quantity.
    Num(Decimal),
    /// A date (2026-03-26, 2026-Q1 …).
    Date(String),
}

/// One extracted figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// 1-based sentence index.
    pub sentence: usize,
    /// First char in the document.
    pub start: usize,
    /// Char after the mention.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// What kind of quantity.
    pub kind: Kind,
    /// The value in the canonical unit.
    pub value: Value,
    /// Upper end of a range.
    pub value_max: Option<Value>,
    /// Canonical unit.
    pub unit: String,
    /// Approximation or bound.
    pub approx: Option<Approx>,
    /// What is measured.
    pub subject: String,
    /// Indicator label from patterns/indicators.tsv.
    pub indicator: String,
    /// Entities of the sentence.
    pub entities: Vec<String>,
    /// The sentence.
    pub context: String,
    /// The year the figure refers to (今年/去年 in its clause, else the nearest year before
    /// it in its sentence).
    pub period: String,
}

/// One named entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// 1-based sentence index.
    pub sentence: usize,
    /// First char in the document.
    pub start: usize,
    /// Char after.
    pub end: usize,
    /// The name as written.
    pub text: String,
    /// Its type.
    pub ty: EntityType,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default)]
pub struct DocExtract {
    /// Facts in text order.
    pub facts: Vec<Fact>,
    /// Entities in text order.
    pub entities: Vec<Entity>,
    /// Number of sentences.
    pub sentences: usize,
    /// Release date found in the text.
    pub release_date: Option<String>,
}

/// Extraction switches.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Also emit every numeral as kind `number` (and ordinals as `ordinal`).
    pub numbers: bool,
}

/// The compiled rules and the segmenter; build once, share by reference.
pub struct Extractor {
    patterns: Patterns,
    segmenter: Segmenter,
    entity_cues: AhoCorasick,
}

/// Chars of context segmented around a Chinese numeral to see whether it is a word part.
const WORD_WINDOW: usize = 4;

/// Why a Chinese-numeral candidate is part of a word (四川, 统一, 一体化), if it is: the
/// numeral must start a token, and that token must not run past the figure unless jieba
/// calls it a numeral. Segments only a few chars around the numeral.
fn word_check(m: &scan::Mention, f: &Folded, seg: &Segmenter) -> Option<&'static str> {
    if !m.chinese {
        return None;
    }
    let (a, b) = m.numeral;
    // A lone 拾 is the verb "pick up" (拾起, 拾取): as a numeral it comes inside a
    // financial figure (壹拾万元).
    if f.slice(a, b) == "拾" {
        return Some("numeral inside a word");
    }
    let w0 = a.saturating_sub(WORD_WINDOW);
    let window = f.slice(w0, m.end.max(b) + WORD_WINDOW);
    let toks = seg.segment(window);
    let t = toks.iter().find(|t| t.start + w0 <= a && a < t.end + w0)?;
    let (ts, te) = (t.start + w0, t.end + w0);
    if ts < a && !matches!(t.tag, "m" | "mq") {
        return Some("numeral inside a word");
    }
    if te > m.end.max(b) && !matches!(t.tag, "m" | "mq" | "q") {
        return Some("numeral starts a word");
    }
    None
}

impl Extractor {
    /// Builds the extractor (loads jieba and the user dictionary: ~0.15 s).
    pub fn new(patterns: Patterns) -> Result<Extractor> {
        // Loading jieba's dictionary is most of the start-up; the lazily built tables
        // (jieba's POS and HMM models, our regexes) are built meanwhile on a second
        // thread instead of by the first document (which would make the other
        // workers wait for them).
        let segmenter = std::thread::scope(|scope| {
            scope.spawn(|| warm_up(&patterns));
            Segmenter::new(&patterns.user_dict)
        })?;
        let cues = patterns
            .entity_suffixes
            .iter()
            .chain(patterns.entity_names.iter())
            .map(|(w, _)| w.as_str())
            .chain(patterns.entity_titles.iter().map(String::as_str));
        let entity_cues =
            AhoCorasick::new(cues).map_err(|e| Error::Config(format!("entities: {e}")))?;
        Ok(Extractor {
            patterns,
            segmenter,
            entity_cues,
        })
    }

    /// Why a candidate figure of the folded sentence `f` is not a fact, or None when it
    /// is one: the one verdict extraction and `explain` share. `numbers` (the
    /// `--numbers` mode) also word-checks bare Chinese numerals.
    pub fn judge(&self, m: &scan::Mention, f: &Folded, numbers: bool) -> Option<&'static str> {
        if let Some(r) = m.rejected {
            return Some(r);
        }
        // 翻一番 is a fixed phrase: jieba's words there say nothing about the numeral.
        let doubling = m.kind == Kind::Multiple && f.char(m.end.saturating_sub(1)) == Some('番');
        if m.chinese && (m.kind != Kind::Number || numbers) && !doubling {
            if let Some(r) = word_check(m, f, &self.segmenter) {
                return Some(r);
            }
        }
        if m.kind == Kind::Number {
            return Some("no unit or classifier (a bare number)");
        }
        // 一 + classifier is an article (一批, 一个), not a count.
        if m.chinese && m.kind == Kind::Count && m.value == Decimal::ONE && m.approx.is_none() {
            return Some("article (一 + classifier)");
        }
        // 过去五年, 未来三年, 这一年: the time frame of other figures, not a fact.
        if m.kind == Kind::Duration {
            if self
                .patterns
                .cues
                .get("figure.time_frame")
                .ends(f.before(m.start))
            {
                return Some("time frame (过去五年, 未来三年)");
            }
        }
        None
    }

    /// The rules in use.
    pub fn patterns(&self) -> &Patterns {
        &self.patterns
    }

    /// The segmenter in use.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Extracts one document; table rows, if any, are guessed from its lines.
    pub fn extract(&self, text: &str, opts: Options) -> DocExtract {
        self.extract_with_tables(text, None, opts)
    }

    /// Extracts one document whose table rows are known when `tables` is given (HTML and
    /// Markdown: [`crate::decode::Decoded::table_rows`]); with None as [`Self::extract`].
    pub fn extract_with_tables(
        &self,
        text: &str,
        tables: Option<&[crate::render::TableRow]>,
        opts: Options,
    ) -> DocExtract {
        // Rules and jieba read simplified characters; output is cut from the text as written.
        let simplified = text::to_simplified(text);
        let rules = simplified.as_deref().unwrap_or(text);
        let (year, release_date) = date::year_and_release_date(rules);
        let mut out = DocExtract {
            release_date,
            ..DocExtract::default()
        };
        let sentences = split_sentences(rules);
        out.sentences = sentences.len();
        // The header of the table whose rows the current lines are, if any.
        let mut header: Option<table::Header> = None;
        for s in &sentences {
            // Same byte spans in both texts (see `to_simplified`).
            let (stext, rtext) = (s.text(text), s.text(rules));
            let cells = table::line_cells(tables, s.char_start, rtext);
            let new_header = cells
                .as_deref()
                .and_then(|c| table::header(rtext, c, &self.patterns));
            let row = if let Some(h) = new_header {
                header = Some(h);
                TableRow::Header
            } else {
                // A line with another number of cells ends the table.
                match (header.as_ref(), cells) {
                    (Some(h), Some(cells)) if cells.len() == h.columns.len() => {
                        TableRow::Row { header: h, cells }
                    }
                    _ => {
                        header = None;
                        TableRow::None
                    }
                }
            };
            self.extract_sentence(stext, rtext, s.idx, s.char_start, year, opts, row, &mut out);
        }
        out
    }

    /// `stext` is the sentence as written, `rtext` the same sentence for the rules
    /// (simplified characters, same length).
    #[allow(clippy::too_many_arguments)]
    fn extract_sentence(
        &self,
        stext: &str,
        rtext: &str,
        idx: usize,
        offset: usize,
        year: Option<i32>,
        opts: Options,
        row: TableRow,
        out: &mut DocExtract,
    ) {
        // A table header names columns (years among them): it states no figures.
        let (header, row_cells) = match &row {
            TableRow::Header => return,
            TableRow::Row { header, cells } => (Some(*header), Some(cells)),
            TableRow::None => (None, None),
        };
        let f = Folded::new(rtext);
        let quotes = text::quoted_ranges(&f);
        let dates: Vec<date::DateMention> = date::scan_dates(&f, year)
            .into_iter()
            .filter(|d| !text::overlaps(&quotes, d.start, d.end))
            .collect();
        let date_spans: Vec<(usize, usize)> = dates.iter().map(|d| (d.start, d.end)).collect();
        // Numerals are reported (and used) only with --numbers; so are their bounds.
        let (mentions, numerals) =
            scan::scan_with(&f, &self.patterns, &date_spans, Some(&quotes), opts.numbers);
        // Bare numbers that fill a cell of a column with a unit in its header.
        let in_columns: Vec<scan::Mention> = match (header, row_cells) {
            (Some(h), Some(cells)) => mentions
                .iter()
                .filter_map(|m| column_figure(m, h, cells, &f, &self.patterns))
                .collect(),
            _ => Vec::new(),
        };
        let has_candidates = !dates.is_empty()
            || !in_columns.is_empty()
            || mentions
                .iter()
                .any(|m| m.rejected.is_none() && m.kind != Kind::Number)
            || (opts.numbers && !numerals.is_empty());
        if !has_candidates && !self.entity_cues.is_match(&f.text) {
            return;
        }

        // Decide which quantities are facts; Chinese numerals need a word check.
        let mut word_parts: Vec<(usize, usize)> = Vec::new();
        let mut qty: Vec<&scan::Mention> = Vec::new();
        let mut ordinals: Vec<&scan::Mention> = Vec::new();
        for m in &mentions {
            match self.judge(m, &f, opts.numbers) {
                Some("ordinal") if opts.numbers => ordinals.push(m),
                Some(r) if r.starts_with("numeral") => word_parts.push(m.numeral),
                Some(_) => {}
                None => qty.push(m),
            }
        }
        qty.extend(in_columns.iter());
        qty.sort_by_key(|m| (m.start, m.end));
        let mut figures: Vec<(usize, usize)> = date_spans.clone();
        figures.extend(qty.iter().map(|m| (m.start, m.end)));
        figures.sort_unstable();

        // Segment once with every figure masked, so figures sit on token boundaries.
        let masked = mask_figures(&f, &figures);
        let toks = self.segmenter.segment(&masked);
        let orig: Vec<char> = stext.chars().collect();
        let slice = |a: usize, b: usize| {
            let b = b.min(orig.len());
            orig[a.min(b)..b].iter().collect::<String>()
        };

        let known = |w: &str| self.segmenter.is_known(w);
        // Project names run across quantities (150MW风力发电项目), never across dates.
        let quantities: Vec<(usize, usize)> = qty.iter().map(|m| (m.start, m.end)).collect();
        let ents = entity::entities(&toks, &self.patterns, &quantities, &quotes, &known);
        let mut ent_names: Vec<String> = Vec::new();
        for e in &ents {
            let text = slice(e.start, e.end);
            if !ent_names.contains(&text) {
                ent_names.push(text.clone());
            }
            out.entities.push(Entity {
                sentence: idx,
                start: offset + e.start,
                end: offset + e.end,
                text,
                ty: e.ty,
            });
        }

        let fchars: Vec<char> = f.text.chars().collect();
        let sent = subject::Sentence {
            f: &f,
            orig: &orig,
            chars: &fchars,
            toks: &toks,
            figures: &figures,
        };
        let base = |start: usize, end: usize, kind: Kind| Fact {
            sentence: idx,
            start: offset + start,
            end: offset + end,
            text: slice(start, end),
            kind,
            value: Value::Num(Decimal::ZERO),
            value_max: None,
            unit: String::new(),
            approx: None,
            subject: String::new(),
            indicator: String::new(),
            entities: Vec::new(),
            context: stext.to_string(),
            period: String::new(),
        };
        let mut rows: Vec<(usize, Fact)> = Vec::new();
        for d in &dates {
            let mut fact = base(d.start, d.end, Kind::Date);
            fact.value = Value::Date(d.value.clone());
            fact.value_max = d.value_max.clone().map(Value::Date);
            fact.approx = d.value_max.as_ref().map(|_| Approx::Range);
            fact.unit = "date".into();
            fact.subject = subject::date_subject(&sent, (d.start, d.end));
            fact.entities = ent_names.clone();
            rows.push((d.start, fact));
        }
        // Quantities left to right, so a figure can inherit the previous one's subject.
        let mut prev_subject: Option<String> = None;
        // Each figure's span and subject so far: 分别增长 … refers back to them.
        let mut earlier: Vec<(subject::Span, String)> = Vec::new();
        for m in &qty {
            let mut fact = base(m.start, m.end, m.kind);
            fact.value = Value::Num(m.value);
            fact.value_max = m.value_max.map(Value::Num);
            fact.unit = m.unit.clone();
            fact.approx = m.approx;
            let count_like = m.kind == Kind::Count
                || (self.patterns.cues)
                    .get("subject.product_verb")
                    .ends(f.before(m.start));
            let span = (m.start, m.end);
            // In a table row the figure measures row label + column (产业项目 + 完成投资).
            let column = header.zip(row_cells).and_then(|(h, cells)| {
                let k = table::column_of(cells, m.start).filter(|&k| k > 0)?;
                Some((&h.columns[k], cells[0]))
            });
            let by_column = column.map(|(col, (la, lb))| {
                // The label without its bracketed unit, as written and as the rules read it.
                let label = table::column(f.slice(la, lb), &self.patterns).name;
                let n = label.chars().count();
                subject::table_subject(&slice(la, la + n), &label, &col.name)
            });
            fact.subject = by_column
                .or_else(|| subject::respectively_back(&sent, span, &earlier))
                .unwrap_or_else(|| {
                    subject::subject(&sent, span, count_like, prev_subject.as_deref())
                });
            if !fact.subject.is_empty() {
                prev_subject = Some(fact.subject.clone());
            }
            earlier.push((span, fact.subject.clone()));
            fact.indicator = self.indicator(&sent, m.start, m.end);
            fact.entities = ent_names.clone();
            fact.period = match column.and_then(|(c, _)| c.year) {
                Some(y) => y.to_string(),
                None => period(&sent, m.start, year, &dates),
            };
            rows.push((m.start, fact));
        }
        if opts.numbers {
            for m in &ordinals {
                let mut fact = base(m.start, m.end, Kind::Ordinal);
                fact.value = Value::Num(m.value);
                rows.push((m.start, fact));
            }
            for n in &numerals {
                // Numerals in words and labels (四川, 1号机组, G207) are not numbers;
                // those in ordinals are.
                let skip = mentions.iter().any(|m| {
                    m.numeral == n.core
                        && (word_parts.contains(&m.numeral)
                            || m.rejected.is_some_and(|r| r != "ordinal"))
                });
                if skip {
                    continue;
                }
                let mut fact = base(n.start, n.end, Kind::Number);
                fact.value = Value::Num(n.value);
                fact.value_max = n.value_max.map(Value::Num);
                fact.approx = n.approx;
                rows.push((n.start, fact));
            }
        }
        rows.sort_by_key(|(s, f)| (*s, f.end));
        out.facts.extend(rows.into_iter().map(|(_, f)| f));
    }

    /// The indicator of the figure at `[s, e)`: the nearest cue before it in its clause.
    fn indicator(&self, sent: &subject::Sentence, s: usize, e: usize) -> String {
        let (cs, _) = subject::clause(sent, s, e);
        let before = sent.f.slice(cs, s);
        // A change followed by 到, 至 or 为 (提高到32.5%, 下降至) names the level reached,
        // not what the figure measures: the change is not the figure. (A measure before
        // 为 is: 产量为, 增长率为.)
        let label = |m: &aho_corasick::Match| &self.patterns.indicators[m.pattern().as_usize()].1;
        let change = |m: &aho_corasick::Match| {
            matches!(label(m).as_str(), "增长" | "下降" | "同比增长" | "同比下降")
        };
        self.patterns
            .indicator_ac
            .find_iter(before)
            .filter(|m| !(change(m) && before[m.end()..].starts_with(['到', '至', '为'])))
            // 规模以上工业企业: an adjective, not the figure's measure.
            .filter(|m| !before[m.end()..].starts_with("以上"))
            .last()
            .map(|m| self.patterns.indicators[m.pattern().as_usize()].1.clone())
            .unwrap_or_default()
    }
}

/// Where a sentence sits in a table.
enum TableRow<'a> {
    /// Not in a table.
    None,
    /// The header itself: it names columns (years among them) and states no figures.
    Header,
    /// A row under `header`, with its cells' char spans.
    Row {
        header: &'a table::Header,
        cells: Vec<(usize, usize)>,
    },
}

/// A bare number that fills a cell of a column whose header names a unit (完成投资（亿元）
/// 98.2) as a figure in that unit; None for anything else.
fn column_figure(
    m: &scan::Mention,
    h: &table::Header,
    cells: &[(usize, usize)],
    f: &Folded,
    pats: &Patterns,
) -> Option<scan::Mention> {
    if m.kind != Kind::Number || m.rejected.is_some() {
        return None;
    }
    let k = table::column_of(cells, m.start).filter(|&k| k > 0)?;
    // The number must be the whole cell (not 58 of 58项).
    if cells[k] != (m.start, m.end) || m.chinese && f.slice(m.start, m.end).chars().count() < 2 {
        return None;
    }
    // The unit is in the column header (完成投资（亿元）) or in the row label (粮食产量（万吨）).
    let label = table::column(f.slice(cells[0].0, cells[0].1), pats);
    let u = h.columns[k].unit.as_ref().or(label.unit.as_ref())?;
    Some(scan::Mention {
        kind: u.kind,
        unit: u.unit.clone(),
        value: m.value.checked_mul(u.factor)?.normalize(),
        value_max: None,
        ..m.clone()
    })
}

/// Builds the tables that are made on first use, by using them once: jieba's POS
/// model (tagging an unknown word with an empty dictionary), the date and numeral
/// regexes.
fn warm_up(patterns: &Patterns) {
    const SAMPLE: &str =
        "发布时间：2026-03-26\n2026年3月26日，全县完成投资约5.2亿元，增长10%，占三分之一。";
    let _ = jieba_rs::Jieba::empty().tag("琢磨", true);
    let _ = date::year_and_release_date(SAMPLE);
    let f = Folded::new(SAMPLE);
    let _ = date::scan_dates(&f, Some(2026));
    let _ = scan::scan(&f, patterns, &[]);
}

/// The folded sentence with each figure's chars replaced by commas: jieba then never
/// glues a figure to the words around it (个村, 道48), and offsets stay the same.
pub fn mask_figures(f: &Folded, figures: &[(usize, usize)]) -> String {
    // The union of the figure spans, in order; text between them is copied as is.
    let n = f.len();
    let mut spans: Vec<(usize, usize)> = figures
        .iter()
        .map(|&(a, b)| (a.min(n), b.min(n)))
        .filter(|&(a, b)| a < b)
        .collect();
    spans.sort_unstable();
    let mut out = String::with_capacity(f.text.len());
    let mut done = 0; // chars already in `out`
    for (a, b) in spans {
        if b <= done {
            continue;
        }
        let a = a.max(done);
        out.push_str(f.slice(done, a));
        out.extend(std::iter::repeat_n(',', b - a));
        done = b;
    }
    out.push_str(f.slice(done, n));
    out
}

/// The year a figure refers to: 今年/去年/明年 in its clause (resolved with the release
/// year), else whichever comes last before it in its sentence of a date with a year
/// (2025年，…; 1-10月 once the year is known) and 今年/去年/明年. A comparison base
/// (比去年, 较2020年) is not the figure's period.
fn period(
    sent: &subject::Sentence,
    start: usize,
    year: Option<i32>,
    dates: &[date::DateMention],
) -> String {
    let f = sent.f;
    let (cs, _) = subject::clause(sent, start, start);
    let comparison_base = |at: usize| f.before(at).ends_with(['比', '较', '与', '同']);
    if let Some((_, p)) = year.and_then(|y| relative_year(f.slice(cs, start), y)) {
        return p;
    }
    let dated = dates
        .iter()
        .rev()
        .filter(|d| d.end <= start && !comparison_base(d.start))
        .find_map(|d| {
            let y = d
                .value
                .get(..4)
                .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
            Some((d.start, y.to_string()))
        });
    // Relative words are found in the sentence text; their char position decides.
    let relative = year.and_then(|y| relative_year(f.before(start), y));
    match (dated, relative) {
        (Some(d), Some(r)) => {
            if r.0 > d.0 {
                r.1
            } else {
                d.1
            }
        }
        (Some((_, y)), None) | (None, Some((_, y))) => y,
        (None, None) => String::new(),
    }
}

/// The last 今年/去年/明年 (not after 比, 较 …) in `s` as (char position, the year it
/// stands for given the release year `y`).
fn relative_year(s: &str, y: i32) -> Option<(usize, String)> {
    // Every relative year word holds 年.
    if !s.contains('年') {
        return None;
    }
    let mut best: Option<(usize, String)> = None;
    for (w, d) in [
        ("今年", 0),
        ("本年", 0),
        ("去年", -1),
        ("上年", -1),
        ("明年", 1),
    ] {
        // 比去年, 较上年 name the base of a comparison, not the figure's period.
        let comparison_base = |i: usize| s[..i].ends_with(['比', '较', '与', '同']);
        if let Some((i, _)) = s.rmatch_indices(w).find(|&(i, _)| !comparison_base(i)) {
            let at = s[..i].chars().count();
            if best.as_ref().is_none_or(|b| at > b.0) {
                best = Some((at, (y + d).to_string()));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<(String, String)> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .facts
            .into_iter()
            .filter(|f| f.kind != Kind::Date)
            .map(|f| (f.text, f.period))
            .collect()
    }

    #[test]
    fn relative_years_resolve_through_the_release_year() {
        let r =
            rows("2025年7月16日召开会议。今年完成投资5亿元，比去年增长10%。去年完成投资3亿元。");
        assert_eq!(r[0], ("5亿元".into(), "2025".into()));
        assert_eq!(
            r[1],
            ("10%".into(), "2025".into()),
            "比去年 is the comparison base"
        );
        assert_eq!(r[2], ("3亿元".into(), "2024".into()));
    }

    #[test]
    fn a_level_reached_is_not_a_change() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let ind = |t: &str| -> Vec<String> {
            ex.extract(t, Options::default())
                .facts
                .into_iter()
                .map(|f| f.indicator)
                .collect()
        };
        assert_eq!(ind("森林覆盖率提高到32.5%。"), ["覆盖率"]);
        assert_eq!(ind("城区绿地面积提高到32万平方米。"), ["面积"]);
        assert_eq!(ind("森林覆盖率提高2.5个百分点。"), ["增长"]);
        // The cue before the level still counts: 亩均产量 … 提高到120公斤.
        assert_eq!(ind("改造后亩均产量提高至120公斤。"), ["产量"]);
        // 占地 is land taken, not a share (占).
        assert_eq!(ind("项目占地约45亩。"), ["面积"]);
        // A measure before 为 stays the indicator.
        assert_eq!(ind("人口自然增长率为3.1‰。"), ["增长率"]);
        assert_eq!(ind("税收收入占比为71.8%。"), ["占比"]);
        assert_eq!(ind("全县共有规模以上工业企业86家。"), [""]);
        // The nearest cue wins: 回落 after 增速.
        assert_eq!(ind("增速比去年同期回落1.2个百分点。"), ["下降"]);
        assert_eq!(ind("居民消费价格同比上涨0.3%。"), ["同比增长"]);
    }

    #[test]
    fn respectively_refers_back_to_the_figures_before() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let subjects: Vec<String> = ex
            .extract(
                "全县接待游客52.6万人次，实现旅游收入3.1亿元，分别增长18.2%和21.5%。",
                Options::default(),
            )
            .facts
            .into_iter()
            .map(|f| f.subject)
            .collect();
        assert_eq!(
            subjects,
            ["接待游客", "旅游收入", "接待游客增长", "旅游收入增长"]
        );
    }

    #[test]
    fn project_names_do_not_run_across_dates() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let x = ex.extract("力争三季度末新开工项目不少于20个。", Options::default());
        assert!(x.entities.is_empty(), "{:?}", x.entities);
        let x = ex.extract("中电农创150MW风力发电项目开工。", Options::default());
        assert_eq!(x.entities[0].text, "中电农创150MW风力发电项目");
    }

    #[test]
    fn time_frames_are_not_durations() {
        let texts: Vec<String> =
            rows("过去五年，全县新建学校12所。未来三年将投资30亿元。项目工期3年。")
                .into_iter()
                .map(|r| r.0)
                .collect();
        assert_eq!(texts, ["12所", "30亿元", "3年"]);
    }

    /// (text, value, subject, period) of every fact of `text`.
    fn table_rows(text: &str) -> Vec<[String; 4]> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .facts
            .into_iter()
            .map(|f| {
                let v = match f.value {
                    Value::Num(d) => d.normalize().to_string(),
                    Value::Date(s) => s,
                };
                [f.text, v, f.subject, f.period]
            })
            .collect()
    }

    fn owned(rows: &[[&str; 4]]) -> Vec<[String; 4]> {
        rows.iter().map(|r| r.map(str::to_string)).collect()
    }

    #[test]
    fn table_rows_read_by_column() {
        let text = "类别 项目数（个） 完成投资（亿元） 增速(%)\n产业项目 58 98.2 12.5\n基础设施 41个 52.3亿元 8.1\n全年完成投资176.9亿元。";
        let expect = [
            ["58", "58", "产业项目数", ""],
            ["98.2", "9820000000", "产业项目完成投资", ""],
            ["12.5", "12.5", "产业项目增速", ""],
            ["41个", "41", "基础设施项目数", ""],
            ["52.3亿元", "5230000000", "基础设施完成投资", ""],
            ["8.1", "8.1", "基础设施增速", ""],
            ["176.9亿元", "17690000000", "完成投资", ""],
        ];
        assert_eq!(table_rows(text), owned(&expect));
    }

    #[test]
    fn year_columns_and_units_in_row_labels() {
        let text = "指标 2025年 2024年 增长(%)\n粮食产量（万吨） 27.5 26.1 5.4\n";
        let expect = [
            ["27.5", "275000", "粮食产量", "2025"],
            ["26.1", "261000", "粮食产量", "2024"],
            ["5.4", "5.4", "粮食产量增长", ""],
        ];
        assert_eq!(
            table_rows(text),
            owned(&expect),
            "the header's years are no figures"
        );
    }

    #[test]
    fn spaced_prose_is_no_table() {
        // Two cells, or punctuation: not a header, so bare numbers stay bare.
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let x = ex.extract("项目 投资（亿元）\n产业 98.2\n", Options::default());
        assert!(x.facts.is_empty(), "{:?}", x.facts);
        let x = ex.extract(
            "类别，项目数 完成投资（亿元） 增速\n产业项目 58 98.2 12.5",
            Options::default(),
        );
        assert!(x.facts.is_empty(), "{:?}", x.facts);
    }

    #[test]
    fn period_from_the_nearest_year_before_the_figure() {
        let r = rows(
            "2026年3月1日发布。2025年，全县完成投资12亿元；今年计划投资15亿元，比2020年增长30%。",
        );
        assert_eq!(
            r[0],
            ("12亿元".into(), "2025".into()),
            "the sentence's date"
        );
        assert_eq!(r[1], ("15亿元".into(), "2026".into()), "今年 comes later");
        assert_eq!(
            r[2],
            ("30%".into(), "2026".into()),
            "比2020年 is a comparison base"
        );
    }

    #[test]
    fn lone_shi_is_the_verb() {
        assert!(rows("小明拾起石子。").is_empty());
        assert_eq!(rows("全年查处环境违法案件46起。")[0].0, "46起");
    }

    #[test]
    fn traditional_text_reads_like_simplified() {
        let r = rows("全縣從業人員約1.2萬人。");
        assert_eq!(r[0].0, "約1.2萬人");
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let f = &ex
            .extract("全縣從業人員約1.2萬人。", Options::default())
            .facts[0];
        assert_eq!(
            (f.subject.as_str(), f.approx),
            ("從業人員", Some(Approx::Approx))
        );
    }
}
