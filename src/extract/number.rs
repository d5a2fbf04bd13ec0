//! Numeral parser: one numeral string (Arabic, full-width, Chinese, or mixed) -> exact decimal.
//!
//! OWNER: number helper. Contract (other modules rely on it):
//! `parse_number(s) -> Result<Decimal, ParseError>` for a complete numeral such as
//! "890", "1,268", "3.5", "１２３", "三千五百万", "十三万二", "4.78万亿", "1.2万", "两百", "负3", "十二点五".

use rust_decimal::Decimal;

/// Why a string is not a numeral.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The rejected input.
    pub original: String,
    /// What went wrong.
    pub kind: ParseErrorKind,
}

/// The kinds of numeral parse failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// Empty input.
    Empty,
    /// A character that is not part of a numeral.
    InvalidChar(char),
    /// Malformed structure (e.g. "万万", "1..2").
    Malformed,
    /// The value does not fit.
    Overflow,
}

/// Parses one complete numeral.
pub fn parse_number(s: &str) -> Result<Decimal, ParseError> {
    let _ = s;
    Err(ParseError { original: s.to_string(), kind: ParseErrorKind::Empty })
}
