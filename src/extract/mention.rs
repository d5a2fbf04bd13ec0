//! What the scanners report: figures ([`Mention`]) and numerals ([`Numeral`]), and how
//! they are qualified ([`Approx`]). Shared by [`super::scan`] and [`super::bound`].

use rust_decimal::Decimal;

use crate::patterns::Kind;

/// How a figure is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approx {
    /// 约, 近, 左右, 余, 多 …
    Approx,
    /// 超过, 逾, 以上, 突破, 不低于 …
    Gt,
    /// 不足, 不到, 以下, 以内 …
    Lt,
    /// value … value_max.
    Range,
}

impl Approx {
    /// The name written to the `approx` column.
    pub fn name(self) -> &'static str {
        match self {
            Approx::Approx => "approx",
            Approx::Gt => "gt",
            Approx::Lt => "lt",
            Approx::Range => "range",
        }
    }
}

/// A figure found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// First char of the mention, approximation words included.
    pub start: usize,
    /// Char after the mention.
    pub end: usize,
    /// What it measures.
    pub kind: Kind,
    /// Canonical unit ("" for bare numbers).
    pub unit: String,
    /// Value in the canonical unit.
    pub value: Decimal,
    /// Upper end of a range.
    pub value_max: Option<Decimal>,
    /// Approximation or bound.
    pub approx: Option<Approx>,
    /// The numeral is written in Chinese characters only; such numerals can be parts of
    /// words (四川, 统一), so the caller checks them against the segmentation.
    pub chinese: bool,
    /// Char range of the (first) numeral.
    pub numeral: (usize, usize),
    /// Why the mention is not a fact (ordinal, label …); `None` for facts.
    pub rejected: Option<&'static str>,
}

/// One numeral found by the scanner, for `--numbers`; also the bound phrases around
/// numerals (大于10, 20和30之间), which carry `approx` and `value_max`.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    /// First char.
    pub start: usize,
    /// Char after the numeral.
    pub end: usize,
    /// Its value.
    pub value: Decimal,
    /// Upper end of a bound phrase.
    pub value_max: Option<Decimal>,
    /// 十余万 is approximate; bound phrases are gt, lt or range.
    pub approx: Option<Approx>,
    /// Char range of the numeral itself (for word checks).
    pub core: (usize, usize),
}

impl Numeral {
    /// A plain numeral at `[start, end)`: its core is the whole span.
    pub fn at(start: usize, end: usize, value: Decimal, approx: Option<Approx>) -> Numeral {
        Numeral {
            start,
            end,
            value,
            value_max: None,
            approx,
            core: (start, end),
        }
    }
}
