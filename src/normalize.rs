//! Stage 6: [`Fact`]s and [`Entity`]s -> flat rows, a pure function. Values become plain
//! decimals (no exponent, no thousands separators, at most 15 significant digits so
//! 63.5万亩 prints 423333333.333333 rather than a 28-digit tail).

use rust_decimal::Decimal;
use serde::Serialize;

use crate::extract::{Entity, Fact, Value};

/// A row of facts.csv. Field order is column order: add fields at the end only.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct FactRow {
    /// Document path relative to its input root, with `/`.
    pub doc: String,
    /// 1-based sentence index.
    pub sentence: usize,
    /// Char offset of the mention.
    pub start: usize,
    /// Char offset after the mention.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// count, mass, power, … date, number.
    pub kind: String,
    /// Value in the canonical unit (plain decimal) or ISO date.
    pub value: String,
    /// Upper end of a range.
    pub value_max: String,
    /// Canonical unit.
    pub unit: String,
    /// approx, gt, lt, range or empty.
    pub approx: String,
    /// What is measured.
    pub subject: String,
    /// What was measured, from patterns/indicators.tsv.
    pub indicator: String,
    /// Entities of the sentence, `;`-joined.
    pub entities: String,
    /// The sentence.
    pub context: String,
    /// The year the figure refers to (今年/去年 in its clause, else the nearest year
    /// before it in its sentence, or its table column's year).
    pub period: String,
    /// The division the figure describes: the place named in its clause or sentence, or
    /// 全县/本市 … as the release's own place.
    pub place: String,
    /// Its division code (GB/T 2260; townships nine digits), when known.
    pub place_code: String,
}

/// A row of entities.csv.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct EntityRow {
    /// Document.
    pub doc: String,
    /// 1-based sentence index.
    pub sentence: usize,
    /// Char offset.
    pub start: usize,
    /// Char offset after.
    pub end: usize,
    /// The name.
    pub text: String,
    /// ORG, LOC, PER, PROJ.
    #[serde(rename = "type")]
    pub ty: String,
    /// A place's division code (GB/T 2260; townships nine digits), when known.
    pub code: String,
    /// The full name a short form refers to (an organisation named in full earlier in the
    /// document), else the name itself.
    pub canonical: String,
}

/// A row of documents.csv.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct DocRow {
    /// Document.
    pub doc: String,
    /// Encoding used to decode it.
    pub encoding: String,
    /// text, markdown or html.
    pub format: String,
    /// Characters of decoded text.
    pub chars: usize,
    /// Sentences.
    pub sentences: usize,
    /// Fact rows.
    pub facts: usize,
    /// Release date found in the text.
    pub release_date: String,
    /// ok, skipped: binary, skipped: empty, error: ….
    pub status: String,
    /// Error detail.
    pub error: String,
    /// HTML `<title>`, or the first level-1 heading of Markdown.
    pub title: String,
    /// Where the release comes from: CN, TW, HK or MO (given by `--region`, else
    /// detected from its text); empty when it was not extracted.
    pub region: String,
    /// The release's own place (the division its first or last lines name).
    pub place: String,
    /// Its division code.
    pub place_code: String,
}

/// A row of summary.csv: how many facts of one kind and indicator a document has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct SummaryRow {
    /// Document.
    pub doc: String,
    /// Fact kind (count, mass, money, …).
    pub kind: String,
    /// Indicator, empty when none was found.
    pub indicator: String,
    /// Number of fact rows with this kind and indicator.
    pub facts: usize,
}

/// Counts the fact rows of one document per (kind, indicator), sorted by kind then
/// indicator so the table is deterministic.
pub fn summarize(doc: &str, facts: &[FactRow]) -> Vec<SummaryRow> {
    let mut counts = Summarizer::default();
    for f in facts {
        counts.add(f);
    }
    counts.rows(doc)
}

/// [`summarize`] one fact row at a time, for rows that are not kept (issue 16).
#[derive(Debug, Default)]
pub struct Summarizer(std::collections::BTreeMap<(String, String), usize>);

impl Summarizer {
    /// Counts one fact row.
    pub fn add(&mut self, f: &FactRow) {
        *self
            .0
            .entry((f.kind.clone(), f.indicator.clone()))
            .or_default() += 1;
    }

    /// The summary rows of document `doc`, sorted by kind then indicator.
    pub fn rows(self, doc: &str) -> Vec<SummaryRow> {
        self.0
            .into_iter()
            .map(|((kind, indicator), facts)| SummaryRow {
                doc: doc.to_string(),
                kind,
                indicator,
                facts,
            })
            .collect()
    }
}

/// Formats a value as a plain decimal.
pub fn format_decimal(d: Decimal) -> String {
    // Rounding to 15 significant digits is a no-op for a shorter mantissa (most figures)
    // and costs a division otherwise.
    let r = if d.mantissa().unsigned_abs() < 1_000_000_000_000_000 {
        d.normalize()
    } else {
        d.round_sf(15).unwrap_or(d).normalize()
    };
    if r.is_zero() {
        "0".to_string()
    } else {
        r.to_string()
    }
}

fn format_value(v: &Value) -> String {
    match v {
        Value::Num(d) => format_decimal(*d),
        Value::Date(s) | Value::Terms(s) => s.clone(),
    }
}

/// Turns a fact into its row.
pub fn normalize(doc: &str, f: &Fact) -> FactRow {
    normalize_owned(doc, f.clone())
}

/// [`normalize`] of a fact no longer needed: its strings move into the row instead of
/// being copied (the run's path; the sentence alone is copied once per fact otherwise).
pub fn normalize_owned(doc: &str, f: Fact) -> FactRow {
    let value = match f.value {
        Value::Num(d) => format_decimal(d),
        Value::Date(s) | Value::Terms(s) => s,
    };
    FactRow {
        doc: doc.to_string(),
        sentence: f.sentence,
        start: f.start,
        end: f.end,
        text: f.text,
        kind: f.kind.name().to_string(),
        value,
        value_max: f.value_max.as_ref().map(format_value).unwrap_or_default(),
        unit: f.unit,
        approx: f.approx.map(|a| a.name().to_string()).unwrap_or_default(),
        subject: f.subject,
        indicator: f.indicator,
        entities: f.entities.join(";"),
        context: f.context,
        period: f.period,
        place: f.place,
        place_code: f.place_code,
    }
}

/// Turns an entity into its row.
pub fn normalize_entity(doc: &str, e: &Entity) -> EntityRow {
    EntityRow {
        doc: doc.to_string(),
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        text: e.text.clone(),
        ty: e.ty.name().to_string(),
        code: e.code.clone(),
        canonical: e.canonical.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn plain_decimals() {
        let d = |s: &str| format_decimal(Decimal::from_str(s).unwrap());
        assert_eq!(d("89000000000"), "89000000000");
        assert_eq!(d("0.1000"), "0.1");
        assert_eq!(d("423333333.33333333333333333"), "423333333.333333");
        assert_eq!(d("0.000000001"), "0.000000001");
        assert_eq!(d("-0.0"), "0");
    }

    #[test]
    fn summary_counts_per_kind_and_indicator() {
        let row = |kind: &str, indicator: &str| FactRow {
            kind: kind.into(),
            indicator: indicator.into(),
            ..FactRow::default()
        };
        let rows = summarize(
            "a.txt",
            &[row("mass", "储量"), row("count", ""), row("mass", "储量")],
        );
        let got: Vec<(&str, &str, usize)> = rows
            .iter()
            .map(|r| (r.kind.as_str(), r.indicator.as_str(), r.facts))
            .collect();
        assert_eq!(got, [("count", "", 1), ("mass", "储量", 2)]);
        assert!(rows.iter().all(|r| r.doc == "a.txt"));
    }
}
