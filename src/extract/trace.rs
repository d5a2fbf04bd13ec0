//! What extraction did with one document, recorded while it ran: pass
//! `Some(&mut Trace)` to [`super::Extractor::extract_traced`] (or to
//! [`crate::document::process`]) and the extractor fills it in as it goes. `explain`
//! formats a trace; it never repeats the extraction's logic.

use super::table::Header;
use super::{Fact, Kind};

/// One document's extraction, sentence by sentence.
#[derive(Debug, Clone, Default)]
pub struct Trace {
    /// The year of the document (from its release date or first dates), which resolves
    /// 今年/去年 and dates without a year.
    pub year: Option<i32>,
    /// The release's own place: name, code and where it was found; empty when none.
    pub place: String,
    /// Every sentence, in text order.
    pub sentences: Vec<SentenceTrace>,
}

/// One sentence's extraction.
#[derive(Debug, Clone, Default)]
pub struct SentenceTrace {
    /// 1-based sentence index.
    pub idx: usize,
    /// First char of the sentence in the document.
    pub start: usize,
    /// The sentence as written.
    pub text: String,
    /// Where the sentence sits in a table.
    pub table: TableTrace,
    /// Dates found, as (text as written, ISO value).
    pub dates: Vec<(String, String)>,
    /// Quoted slogans and 《》 titles: their numerals are not figures.
    pub quoted: Vec<String>,
    /// The tokens (word, POS tag) of the sentence with its figures masked; None when
    /// the sentence was not segmented (no candidate figure and no entity cue).
    pub tokens: Option<Vec<(String, String)>>,
    /// Every candidate figure with the verdict on it, in the order judged.
    pub candidates: Vec<Candidate>,
    /// The entities of the sentence, each with the rule that found it.
    pub entities: Vec<super::Entity>,
    /// The facts the sentence produced, in text order.
    pub facts: Vec<Fact>,
}

/// How a sentence relates to a table.
#[derive(Debug, Clone, Default)]
pub enum TableTrace {
    /// Not in a table.
    #[default]
    None,
    /// A table header: it names columns and states no figures.
    Header(Header),
    /// A row read by the columns of the header above it.
    Row,
    /// A figure or table caption (图1：…): it states no figures.
    Caption,
}

/// A candidate figure and what became of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The candidate as written (folded).
    pub text: String,
    /// What kind of quantity it would be.
    pub kind: Kind,
    /// Its value in the canonical unit.
    pub value: rust_decimal::Decimal,
    /// The canonical unit.
    pub unit: String,
    /// Taken or rejected, and by which rule.
    pub verdict: Verdict,
}

/// The verdict on a candidate figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// A fact.
    Taken,
    /// A bare number in a table row, taken with the unit of its column.
    TakenByColumn,
    /// Not a fact: why (the reason of [`super::Extractor::judge`] or of the scanner).
    Rejected(&'static str),
}
