//! Stage 5: one document's text -> [`Fact`]s and [`Entity`]s.
//!
//! Per sentence: fold full-width forms, find dates ([`date`]), find figures on the raw
//! text ([`scan`]), then segment the sentence with jieba ([`crate::segment`]) only when
//! it holds a figure or an entity cue, and use the tokens to reject numerals that are
//! parts of words (四川, 统一), to attribute subjects ([`subject`]) and to find
//! entities ([`entity`]). Offsets in the output are chars of the decoded document.

pub mod date;
pub mod entity;
pub mod number;
pub mod scan;
pub mod subject;
pub mod text;

use aho_corasick::AhoCorasick;
use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::patterns::{EntityType, Kind, Patterns};
use crate::segment::{Segmenter, Token};
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
    /// Year a relative word (今年, 去年) in the clause resolves to.
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

/// Why a candidate was rejected after segmentation, if it was.
pub fn word_check(m: &scan::Mention, toks: &[Token]) -> Option<&'static str> {
    if !m.chinese {
        return None;
    }
    let (a, b) = m.numeral;
    let t = toks.iter().find(|t| t.start <= a && a < t.end)?;
    if t.start < a && !matches!(t.tag, "m" | "mq") {
        return Some("numeral inside a word");
    }
    if t.end > m.end.max(b) && !matches!(t.tag, "m" | "mq" | "q") {
        return Some("numeral starts a word");
    }
    None
}

impl Extractor {
    /// Builds the extractor (loads jieba and the user dictionary: ~0.15 s).
    pub fn new(patterns: Patterns) -> Result<Extractor> {
        let segmenter = Segmenter::new(&patterns.user_dict)?;
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

    /// The rules in use.
    pub fn patterns(&self) -> &Patterns {
        &self.patterns
    }

    /// The segmenter in use.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Extracts one document.
    pub fn extract(&self, text: &str, opts: Options) -> DocExtract {
        let sentences = split_sentences(text);
        // The document year and release date come from the first HEAD_CHARS chars, as in
        // `date::doc_year` and `date::release_date`, but sentence by sentence and only
        // until the answer is known (usually the first line).
        let head: Vec<&str> = sentences
            .iter()
            .take_while(|s| s.char_start < HEAD_CHARS)
            .map(|s| {
                let t = s.text(text);
                match t.char_indices().nth(HEAD_CHARS - s.char_start) {
                    Some((b, _)) => &t[..b],
                    None => t,
                }
            })
            .collect();
        let mut first_year = None;
        let full = head_dates(&head, None, |d| {
            if d.explicit_year && first_year.is_none() {
                first_year = d.value.get(..4).and_then(|y| y.parse().ok());
            }
            d.value.len() == 10
        });
        let year = match full {
            Some(d) => d.value.get(..4).and_then(|y| y.parse().ok()),
            None => first_year,
        };
        let mut out = DocExtract {
            release_date: head_dates(&head, year, |d| d.value.len() == 10).map(|d| d.value),
            ..DocExtract::default()
        };
        out.sentences = sentences.len();
        for s in &sentences {
            let stext = s.text(text);
            self.extract_sentence(stext, s.idx, s.char_start, year, opts, &mut out);
        }
        out
    }

    fn extract_sentence(
        &self,
        stext: &str,
        idx: usize,
        offset: usize,
        year: Option<i32>,
        opts: Options,
        out: &mut DocExtract,
    ) {
        let f = Folded::new(stext);
        // Most sentences hold no date and skip the date regex.
        let dates: Vec<date::DateMention> = if may_hold_date(&f.text) {
            let quotes = text::quoted_ranges(&f);
            date::scan_dates(&f, year)
                .into_iter()
                .filter(|d| !text::overlaps(&quotes, d.start, d.end))
                .collect()
        } else {
            Vec::new()
        };
        let masked: Vec<(usize, usize)> = dates.iter().map(|d| (d.start, d.end)).collect();
        let (mentions, numerals) = scan::scan(&f, &self.patterns, &masked);
        let wanted = |m: &scan::Mention| {
            m.rejected.is_none() && m.kind != Kind::Number && m.kind != Kind::Ordinal
        };
        let has_figure = !dates.is_empty()
            || mentions.iter().any(wanted)
            || (opts.numbers && !numerals.is_empty());
        if !has_figure && !self.entity_cues.is_match(&f.text) {
            return;
        }
        let toks = self.segmenter.segment(&f.text);
        // Folding maps multi-byte forms to ASCII, so equal lengths mean nothing was folded
        // and the folded text's char map serves the original too.
        let orig: Vec<char> = if f.text.len() == stext.len() {
            Vec::new()
        } else {
            stext.chars().collect()
        };
        let slice = |a: usize, b: usize| {
            if orig.is_empty() {
                f.slice(a, b).to_string()
            } else {
                orig[a.min(orig.len())..b.min(orig.len())]
                    .iter()
                    .collect::<String>()
            }
        };

        let ents = entity::entities(&toks, &self.patterns);
        let ent_names: Vec<String> = {
            let mut v: Vec<String> = Vec::new();
            for e in &ents {
                if !v.contains(&e.text) {
                    v.push(e.text.clone());
                }
            }
            v
        };
        for e in &ents {
            out.entities.push(Entity {
                sentence: idx,
                start: offset + e.start,
                end: offset + e.end,
                text: slice(e.start, e.end),
                ty: e.ty,
            });
        }

        let mut rows: Vec<(usize, Fact)> = Vec::new();
        let mut prev_subject: Option<String> = None;
        // Dates and quantities in text order, so subjects can be inherited left to right.
        enum Item<'a> {
            Date(&'a date::DateMention),
            Qty(&'a scan::Mention),
        }
        let mut items: Vec<(usize, Item)> =
            dates.iter().map(|d| (d.start, Item::Date(d))).collect();
        let mut rejected_spans: Vec<(usize, usize)> = Vec::new();
        for m in &mentions {
            let reject = m.rejected.or_else(|| word_check(m, &toks));
            if reject.is_some() {
                rejected_spans.push(m.numeral);
                if opts.numbers && m.kind == Kind::Ordinal && reject == Some("ordinal") {
                    items.push((m.start, Item::Qty(m)));
                }
                continue;
            }
            // 一 + classifier is an article (一批, 一个), not a count.
            if m.chinese && m.kind == Kind::Count && m.value == Decimal::ONE && m.approx.is_none() {
                continue;
            }
            if m.kind != Kind::Number {
                items.push((m.start, Item::Qty(m)));
            }
        }
        items.sort_by_key(|(s, _)| *s);
        for (_, item) in items {
            let (start, end, kind, value, value_max, unit, approx) = match item {
                Item::Date(d) => (
                    d.start,
                    d.end,
                    Kind::Date,
                    Value::Date(d.value.clone()),
                    d.value_max.clone().map(Value::Date),
                    "date".to_string(),
                    d.value_max.as_ref().map(|_| Approx::Range),
                ),
                Item::Qty(m) => (
                    m.start,
                    m.end,
                    m.kind,
                    Value::Num(m.value),
                    m.value_max.map(Value::Num),
                    m.unit.clone(),
                    m.approx,
                ),
            };
            let count_like = matches!(kind, Kind::Count) || ends_with_product_verb(&f, start);
            let subject =
                subject::subject(&f, &toks, start, end, count_like, prev_subject.as_deref());
            if kind != Kind::Date && !subject.is_empty() {
                prev_subject = Some(subject.clone());
            }
            let fact = Fact {
                sentence: idx,
                start: offset + start,
                end: offset + end,
                text: slice(start, end),
                kind,
                value,
                value_max,
                unit,
                approx,
                subject,
                indicator: self.indicator(&f, start),
                entities: ent_names.clone(),
                context: stext.to_string(),
                period: period(&f, start, year),
            };
            rows.push((start, fact));
        }
        if opts.numbers {
            for n in &numerals {
                let word_rejected = mentions
                    .iter()
                    .any(|m| m.numeral == (n.start, n.end) && word_check(m, &toks).is_some());
                if word_rejected {
                    continue;
                }
                rows.push((
                    n.start,
                    Fact {
                        sentence: idx,
                        start: offset + n.start,
                        end: offset + n.end,
                        text: slice(n.start, n.end),
                        kind: Kind::Number,
                        value: Value::Num(n.value),
                        value_max: None,
                        unit: String::new(),
                        approx: None,
                        subject: String::new(),
                        indicator: String::new(),
                        entities: Vec::new(),
                        context: stext.to_string(),
                        period: String::new(),
                    },
                ));
            }
        }
        rows.sort_by_key(|(s, f)| (*s, f.end));
        out.facts.extend(rows.into_iter().map(|(_, f)| f));
    }

    /// The indicator of the figure starting at char `s`: the nearest cue before it in its
    /// clause.
    fn indicator(&self, f: &Folded, s: usize) -> String {
        let before = f.slice(clause_start(f, s), s);
        self.patterns
            .indicator_ac
            .find_iter(before)
            .last()
            .map(|m| self.patterns.indicators[m.pattern().as_usize()].1.clone())
            .unwrap_or_default()
    }
}

/// Chars at the start of a document that hold its year and release date.
const HEAD_CHARS: usize = 2000;

/// True when a sentence may hold a date: every date pattern has 年, 月 or 季.
fn may_hold_date(text: &str) -> bool {
    text.contains(['年', '月', '季'])
}

/// The first date of the head sentences (outside quotes) that `wanted` accepts; `wanted`
/// sees every date up to that one, in text order.
fn head_dates(
    head: &[&str],
    year: Option<i32>,
    mut wanted: impl FnMut(&date::DateMention) -> bool,
) -> Option<date::DateMention> {
    for s in head.iter().filter(|s| may_hold_date(s)) {
        let f = Folded::new(s);
        let quotes = text::quoted_ranges(&f);
        let found = date::scan_dates(&f, year)
            .into_iter()
            .filter(|d| !text::overlaps(&quotes, d.start, d.end))
            .find(|d| wanted(d));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Start of the clause holding char `s`: the char after the last delimiter before it.
/// Same as `subject::clause(f, s, _).0` without collecting the sentence's chars.
fn clause_start(f: &Folded, s: usize) -> usize {
    f.before(s)
        .char_indices()
        .rev()
        .find(|&(_, c)| subject::is_delim(c))
        .map_or(0, |(b, _)| f.char_at_byte(b) + 1)
}

/// A production verb right before the figure (年产60万吨…): its object follows the figure.
fn ends_with_product_verb(f: &Folded, start: usize) -> bool {
    let before = f.before(start);
    [
        "年产", "产", "建成", "新建", "建设", "打造", "改造", "新增", "培育", "引进", "建", "实施",
    ]
    .iter()
    .any(|v| before.ends_with(v))
}

/// The year that 今年/去年/明年 in the figure's clause refers to.
fn period(f: &Folded, start: usize, year: Option<i32>) -> String {
    let Some(y) = year else { return String::new() };
    let cs = clause_start(f, start);
    let sentence_start = f.before(start);
    let scope = [f.slice(cs, start), sentence_start];
    for s in scope {
        for (w, d) in [
            ("今年", 0),
            ("本年", 0),
            ("去年", -1),
            ("上年", -1),
            ("明年", 1),
        ] {
            if s.contains(w) {
                return (y + d).to_string();
            }
        }
    }
    String::new()
}
