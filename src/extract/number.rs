//! Numeral parser: one numeral string (Arabic, full-width, Chinese, or mixed) -> exact decimal.
//!
//! OWNER: number helper. Contract (other modules rely on it):
//! `parse_number(s) -> Result<Decimal, ParseError>` for a complete numeral such as
//! "890", "1,268", "3.5", "１２３", "三千五百万", "十三万二", "4.78万亿", "1.2万", "两百", "负3", "十二点五".
//!
//! # What it takes
//!
//! One *complete* numeral: the caller has already found the span, so there is no
//! surrounding text and no unit. Accepted forms:
//!
//! * Arabic digits, ASCII or full-width (`"890"`, `"１２３"`, `".5"`), with an optional
//!   decimal point (`.` or `．`) and optional thousands separators (`,` or `，`)
//!   whose groups after the first are exactly three digits (`"1,268"`).
//! * Arabic digits followed by Chinese scales: `"1.2万"`, `"3,860万"`, `"4.78万亿"`,
//!   `"3千5百"`, `"3万5千"`.
//! * Chinese numerals in simplified, traditional and financial forms:
//!   `"三千五百万"`, `"一百零五"`, `"两萬"`, `"壹佰贰拾"`, `"廿三"`, including the
//!   colloquial abbreviated last digit (`"三千五"` = 3500, `"十三万二"` = 132000),
//!   stacked scales (`"一万亿"` = 10^12, `"四万万"` = 4·10^8) and 兆 = 10^12.
//! * Digit-by-digit Chinese numerals without any scale: `"二〇二六"` = 2026.
//! * 点 decimals: `"十二点五"`, `"零点五"`, `"四点七八万亿"`.
//! * A leading sign: `-`, `－`, `−`, `负`, `負`, `+` or `＋`.
//! * Whitespace inside the numeral next to a scale or 点 (`"7万 5千"`), as some
//!   releases space out long numerals.
//!
//! # What it returns
//!
//! The exact value as a normalized [`Decimal`] (no trailing zeros, no `-0`).
//! No floating point is used anywhere, so `"0.1"` is exactly 0.1.
//!
//! # What it rejects
//!
//! Empty input ([`ParseErrorKind::Empty`]); characters that cannot occur in a numeral,
//! such as letters, `%`, approximation words (余, 多, 几), fraction words (分之) and
//! whitespace at either end or between two digits (`"1 000"`)
//! ([`ParseErrorKind::InvalidChar`]); badly formed
//! numerals such as a bare scale (`"万"`, `"百"`, `"万万"`), a leading 百 or 千 without a
//! digit (`"百万"`, `"千万"`: in text these are mostly words such as "千万工程"; only 十
//! may stand alone, `"十万"` = 100000), `"1..2"`, `"1,23"`, two scales
//! out of order (`"一百千"`), a digit run mixed with scales (`"一万二三"`), or an Arabic
//! digit left dangling after a scale (`"1万5"`, which could be 10005 or 15000;
//! two digits or more that fit below the scale add: `"115万532"` = 1150532)
//! ([`ParseErrorKind::Malformed`]); and values beyond the range or precision of
//! [`Decimal`] ([`ParseErrorKind::Overflow`]). It never panics.
//!
//! # How it works
//!
//! The input is folded to ASCII where full-width, lexed into tokens (a run of
//! Arabic digits becomes one token), and evaluated with one rule: a big scale
//! (万, 亿, 兆) multiplies everything before it back to the previous larger scale,
//! and what follows it must be smaller than what it produced. Within the part below
//! 万, 十/百/千 take a single coefficient each, in descending order.

use std::fmt;

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

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ParseErrorKind::Empty => write!(f, "empty numeral"),
            ParseErrorKind::InvalidChar(c) => {
                write!(f, "invalid character {c:?} in numeral {:?}", self.original)
            }
            ParseErrorKind::Malformed => write!(f, "malformed numeral {:?}", self.original),
            ParseErrorKind::Overflow => write!(f, "numeral {:?} is too large", self.original),
        }
    }
}

impl std::error::Error for ParseError {}

/// Chinese digits by value (index = value): the standard simplified form first (the one
/// [`to_chinese`] writes), then traditional and financial forms; 〇 (U+3007) and ○
/// (U+25CB, common in typed years such as 二○二六) are zeros too. The counting forms of
/// two are [`COUNTING_TWOS`].
#[rustfmt::skip]
pub const DIGITS: [&str; 10] = [
    "零〇○", "一壹幺", "二贰貳", "三叁參", "四肆", "五伍", "六陆陸", "七柒", "八捌", "九玖",
];

/// Forms of "two" that only count things ("两万", "俩人") and never spell a digit
/// sequence: "两三" means "two or three", not 23.
pub const COUNTING_TWOS: &str = "两兩俩倆";

/// Scale characters by power of ten, the standard simplified form first. 兆 is 10^12
/// (= 万亿), as in the Recognizers-Text Chinese NumberModel specs ("五兆六十二亿…" =
/// 5006200045200) and in Taiwanese usage; the older 10^6 reading is not used in news.
#[rustfmt::skip]
pub const SCALES: [(&str, u32); 6] = [
    ("十拾", 1), ("百佰", 2), ("千仟", 3), ("万萬", 4), ("亿億", 8), ("兆", 12),
];

/// Contracted tens, from twenty up: 廿 = 二十, 卅 = 三十, 卌 = 四十 (the n-th char, from 0,
/// is (n + 2) tens).
pub const TENS: &str = "廿卅卌";

/// Decimal point words (simplified, traditional).
pub const POINTS: &str = "点點";

/// Negative sign words (simplified, traditional), besides `-` and `−`.
pub const MINUS_WORDS: &str = "负負";

/// What a numeral character is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A digit of [`DIGITS`].
    Digit(u8),
    /// A counting form of two ([`COUNTING_TWOS`]).
    CountingTwo,
    /// A scale of [`SCALES`], as its power of ten.
    Scale(u32),
    /// A contracted ten of [`TENS`], as its tens digit.
    Tens(u8),
    /// A point word ([`POINTS`]).
    Point,
    /// A minus word ([`MINUS_WORDS`]).
    Minus,
}

/// True for chars below every numeral char above (ASCII, Latin, punctuation), so the
/// lookups return at once for them.
fn below_numerals(c: char) -> bool {
    u32::from(c) < 0x25CB
}

/// What `c` is among the numeral characters: one binary search in a table derived
/// once from the constants above (the scanners ask about every char).
fn classify(c: char) -> Option<Class> {
    static TABLE: std::sync::OnceLock<Vec<(char, Class)>> = std::sync::OnceLock::new();
    if below_numerals(c) {
        return None;
    }
    let table = TABLE.get_or_init(|| {
        let mut t: Vec<(char, Class)> = Vec::new();
        for (v, chars) in (0u8..).zip(DIGITS) {
            t.extend(chars.chars().map(|c| (c, Class::Digit(v))));
        }
        t.extend(COUNTING_TWOS.chars().map(|c| (c, Class::CountingTwo)));
        for (chars, p) in SCALES {
            t.extend(chars.chars().map(|c| (c, Class::Scale(p))));
        }
        t.extend((2u8..).zip(TENS.chars()).map(|(v, c)| (c, Class::Tens(v))));
        t.extend(POINTS.chars().map(|c| (c, Class::Point)));
        t.extend(MINUS_WORDS.chars().map(|c| (c, Class::Minus)));
        t.sort_unstable_by_key(|&(c, _)| c);
        t
    });
    let i = table.binary_search_by_key(&c, |&(k, _)| k).ok()?;
    table.get(i).map(|&(_, class)| class)
}

/// The value of a Chinese digit character, counting forms of two (两) included:
/// `digit_value('七') == Some(7)`, `digit_value('两') == Some(2)`.
pub fn digit_value(c: char) -> Option<u8> {
    match classify(c)? {
        Class::Digit(v) => Some(v),
        Class::CountingTwo => Some(2),
        _ => None,
    }
}

/// True for the counting forms of two ([`COUNTING_TWOS`]).
pub fn is_counting_two(c: char) -> bool {
    classify(c) == Some(Class::CountingTwo)
}

/// The power of ten of a scale character: `scale_exp('万') == Some(4)`.
pub fn scale_exp(c: char) -> Option<u32> {
    match classify(c)? {
        Class::Scale(p) => Some(p),
        _ => None,
    }
}

/// The tens digit of a contracted ten: `tens_value('廿') == Some(2)`.
pub fn tens_value(c: char) -> Option<u8> {
    match classify(c)? {
        Class::Tens(v) => Some(v),
        _ => None,
    }
}

/// True for a decimal point word ([`POINTS`]).
pub fn is_point(c: char) -> bool {
    classify(c) == Some(Class::Point)
}

/// True for a negative sign word ([`MINUS_WORDS`]).
pub fn is_minus_word(c: char) -> bool {
    classify(c) == Some(Class::Minus)
}

/// The standard simplified character of digit `d` (0..=9): 零, 一 … 九.
pub fn digit_char(d: u8) -> Option<char> {
    DIGITS.get(usize::from(d))?.chars().next()
}

/// The standard simplified character of the scale 10^`power`: 十, 百, 千, 万, 亿, 兆.
pub fn scale_char(power: u32) -> Option<char> {
    SCALES
        .iter()
        .find(|&&(_, p)| p == power)
        .and_then(|(chars, _)| chars.chars().next())
}

/// The smallest "big" scale: 万. Big scales (万, 亿, 兆) multiply whole groups and may
/// stack ("万亿"); small ones (十, 百, 千) take a single coefficient.
const BIG: u32 = 4;

/// Decimal holds at most 28 digits after the point.
const MAX_FRACTION_DIGITS: u32 = 28;

/// Folds a full-width digit or numeral punctuation mark to ASCII.
///
/// `'０'..='９'`, `'．'`, `'，'`, `'－'`, `'＋'`, `'％'` and `'／'` become `'0'..='9'`, `'.'`,
/// `','`, `'-'`, `'+'`, `'%'` and `'/'`; every other character is returned unchanged.
///
/// ```
/// use zhfacts::extract::number::fold_fullwidth;
/// assert_eq!(fold_fullwidth('７'), '7');
/// assert_eq!(fold_fullwidth('，'), ',');
/// assert_eq!(fold_fullwidth('万'), '万');
/// ```
pub fn fold_fullwidth(c: char) -> char {
    match c {
        // The full-width forms U+FF01..=U+FF5E mirror ASCII 0x21..=0x7E at a fixed offset.
        '０'..='９' | '．' | '，' | '－' | '＋' | '％' | '／' => {
            char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
        }
        // The small percent sign (U+FE6A) and the Arabic one (U+066A) are percent signs.
        '\u{fe6a}' | '\u{066a}' => '%',
        // The small full stop (U+FE52) is a decimal point: 1﹒1%.
        '\u{fe52}' => '.',
        // The small hyphen-minus (U+FE63) joins a range as the hyphen does: 98﹣99%.
        '\u{fe63}' => '-',
        // The box-drawing diagonal (U+2571) some pages write as a slash: 2016╱17年度.
        '\u{2571}' => '/',
        _ => c,
    }
}

/// Returns true for a Chinese numeral digit or scale character in any form this
/// module parses: 〇○零一二三四五六七八九, 两兩俩倆幺, 廿卅卌, 十百千万亿兆萬億, and the
/// financial 壹贰貳叁參肆伍陆陸柒捌玖拾佰仟.
///
/// The point (点) and sign (负) words are not numeral characters on their own.
///
/// ```
/// use zhfacts::extract::number::is_numeral_char;
/// assert!(is_numeral_char('萬'));
/// assert!(!is_numeral_char('点'));
/// ```
pub fn is_numeral_char(c: char) -> bool {
    matches!(
        classify(c),
        Some(Class::Digit(_) | Class::CountingTwo | Class::Scale(_) | Class::Tens(_))
    )
}

/// One lexical unit of a numeral.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    /// A Chinese digit 1..=9. `positional` is false for the counting forms of two
    /// (两 and friends), which may not appear in a digit-by-digit sequence.
    Digit { value: u8, positional: bool },
    /// 零, 〇 or ○: a digit 0, or the gap marker in "一百零五".
    Zero,
    /// A run of Arabic digits (with separators and point already validated);
    /// `digits` counts the digits before the point.
    Arabic {
        value: Decimal,
        fractional: bool,
        digits: usize,
    },
    /// 十, 百, 千, 万, 亿, 兆 as a power of ten.
    Scale(u32),
    /// 点: the decimal point of a Chinese numeral.
    Point,
}

impl Token {
    fn big_scale(self) -> Option<u32> {
        match self {
            Token::Scale(p) if p >= BIG => Some(p),
            _ => None,
        }
    }
}

/// Parses one complete numeral.
///
/// ```
/// use rust_decimal::Decimal;
/// use zhfacts::extract::number::{parse_number, ParseErrorKind};
///
/// assert_eq!(parse_number("1,268").unwrap(), Decimal::from(1268));
/// assert_eq!(parse_number("三千五百万").unwrap(), Decimal::from(35_000_000));
/// assert_eq!(parse_number("4.78万亿").unwrap(), Decimal::from(4_780_000_000_000_i64));
/// assert_eq!(parse_number("负十二点五").unwrap(), Decimal::new(-125, 1));
/// assert_eq!(parse_number("万").unwrap_err().kind, ParseErrorKind::Malformed);
/// ```
pub fn parse_number(s: &str) -> Result<Decimal, ParseError> {
    parse_inner(s).map_err(|kind| ParseError {
        original: s.to_string(),
        kind,
    })
}

fn parse_inner(s: &str) -> Result<Decimal, ParseErrorKind> {
    let mut chars = s.chars().map(fold_fullwidth).peekable();
    let first = *chars.peek().ok_or(ParseErrorKind::Empty)?;
    let negative = match first {
        // U+2212 MINUS SIGN shows up in typeset releases.
        '-' | '−' => Some(true),
        c if is_minus_word(c) => Some(true),
        '+' => Some(false),
        _ => None,
    };
    if negative.is_some() {
        chars.next();
    }
    let value = evaluate(&lex(chars)?)?;
    let value = if negative == Some(true) {
        -value
    } else {
        value
    };
    // normalize() also turns "-0" into 0.
    Ok(value.normalize())
}

/// Splits folded characters into tokens. Arabic runs are validated here.
fn lex(chars: impl Iterator<Item = char>) -> Result<Vec<Token>, ParseErrorKind> {
    let mut tokens = Vec::new();
    let mut arabic = String::new();
    // Where whitespace occurred: (index of the token after it, the character).
    let mut spaces: Vec<(usize, char)> = Vec::new();
    for c in chars {
        if c.is_ascii_digit() || c == ',' || c == '.' {
            arabic.push(c);
            continue;
        }
        if !arabic.is_empty() {
            tokens.push(lex_arabic(&arabic)?);
            arabic.clear();
        }
        if c.is_whitespace() {
            spaces.push((tokens.len(), c));
        } else if let Some(value) = digit_value(c) {
            tokens.push(if value == 0 {
                Token::Zero
            } else {
                Token::Digit {
                    value,
                    positional: !is_counting_two(c),
                }
            });
        } else if let Some(power) = scale_exp(c) {
            tokens.push(Token::Scale(power));
        } else if let Some(value) = tens_value(c) {
            // 廿 is read exactly like 二十, so "廿三" = 23 and "廿万" = 200000.
            tokens.push(Token::Digit {
                value,
                positional: false,
            });
            tokens.push(Token::Scale(1));
        } else if is_point(c) {
            tokens.push(Token::Point);
        } else if matches!(c, '-' | '+' | '−') || is_minus_word(c) {
            // A sign is only valid in front: "--3", "3-", "负-3".
            return Err(ParseErrorKind::Malformed);
        } else {
            return Err(ParseErrorKind::InvalidChar(c));
        }
    }
    if !arabic.is_empty() {
        tokens.push(lex_arabic(&arabic)?);
    }
    // Some releases space out long numerals ("7万 5千", "三千 八百 九十六 万"). A space
    // is harmless next to a scale or 点, but between two digits ("三 五", "1 000") it
    // may separate two numbers, and at either end it is not part of the numeral.
    for &(at, c) in &spaces {
        let is_joint = |i: usize| matches!(tokens.get(i), Some(Token::Scale(_) | Token::Point));
        if at == 0 || at >= tokens.len() || !(is_joint(at - 1) || is_joint(at)) {
            return Err(ParseErrorKind::InvalidChar(c));
        }
    }
    if tokens.is_empty() {
        // A sign with nothing after it.
        return Err(ParseErrorKind::Malformed);
    }
    Ok(tokens)
}

/// Validates and converts a run of ASCII digits, ',' and '.'.
fn lex_arabic(run: &str) -> Result<Token, ParseErrorKind> {
    let (int_part, frac_part) = match run.split_once('.') {
        Some((int_part, frac_part)) => (int_part, Some(frac_part)),
        None => (run, None),
    };
    // Separators are only trusted in the usual 1,234,567 shape: "1,23" is more likely
    // two numbers (or a list) than one, so it is rejected rather than guessed.
    let mut groups = int_part.split(',');
    let head = groups.next().unwrap_or("");
    // ".5" is accepted (a leading point is a common shorthand), "1." and "." are not.
    let bare_fraction = int_part.is_empty() && frac_part.is_some();
    if (head.is_empty() && !bare_fraction) || (int_part.contains(',') && head.len() > 3) {
        return Err(ParseErrorKind::Malformed);
    }
    let mut mantissa = push_digits(Decimal::ZERO, head)?;
    let mut digits = head.len();
    for group in groups {
        if group.len() != 3 {
            return Err(ParseErrorKind::Malformed);
        }
        mantissa = push_digits(mantissa, group)?;
        digits += group.len();
    }
    let Some(frac_part) = frac_part else {
        return Ok(Token::Arabic {
            value: mantissa,
            fractional: false,
            digits,
        });
    };
    // "1." and "1.2.3" and "1.2,3" are not numerals.
    if frac_part.is_empty() || !frac_part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParseErrorKind::Malformed);
    }
    let scale = u32::try_from(frac_part.len()).map_err(|_| ParseErrorKind::Overflow)?;
    if scale > MAX_FRACTION_DIGITS {
        return Err(ParseErrorKind::Overflow);
    }
    let mut value = push_digits(mantissa, frac_part)?;
    value
        .set_scale(scale)
        .map_err(|_| ParseErrorKind::Overflow)?;
    Ok(Token::Arabic {
        value,
        fractional: true,
        digits,
    })
}

/// Appends ASCII decimal digits to an integer mantissa, checking for overflow.
fn push_digits(mut mantissa: Decimal, digits: &str) -> Result<Decimal, ParseErrorKind> {
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return Err(ParseErrorKind::Malformed);
        }
        mantissa = push_digit(mantissa, b - b'0')?;
    }
    Ok(mantissa)
}

fn push_digit(mantissa: Decimal, digit: u8) -> Result<Decimal, ParseErrorKind> {
    mantissa
        .checked_mul(Decimal::TEN)
        .and_then(|m| m.checked_add(Decimal::from(digit)))
        .ok_or(ParseErrorKind::Overflow)
}

fn pow10(power: u32) -> Result<Decimal, ParseErrorKind> {
    let mut value = Decimal::ONE;
    for _ in 0..power {
        value = value
            .checked_mul(Decimal::TEN)
            .ok_or(ParseErrorKind::Overflow)?;
    }
    Ok(value)
}

fn mul(a: Decimal, b: Decimal) -> Result<Decimal, ParseErrorKind> {
    a.checked_mul(b).ok_or(ParseErrorKind::Overflow)
}

fn add(a: Decimal, b: Decimal) -> Result<Decimal, ParseErrorKind> {
    let sum = a.checked_add(b).ok_or(ParseErrorKind::Overflow)?;
    // Decimal rounds silently when a sum needs more than ~28 significant digits
    // (e.g. 10^20 + 0.000001); a rounded value is not the number that was written.
    if sum.checked_sub(a) != Some(b) {
        return Err(ParseErrorKind::Overflow);
    }
    Ok(sum)
}

/// Evaluates a whole (sign-less) token list.
fn evaluate(tokens: &[Token]) -> Result<Decimal, ParseErrorKind> {
    if let Some(i) = tokens.iter().position(|&t| t == Token::Point) {
        let (int_part, rest) = tokens.split_at(i);
        return evaluate_point(int_part, rest.get(1..).unwrap_or(&[]));
    }
    // An Arabic decimal may only be followed by scales ("1.5万亿"): in "1.5万3千" the
    // fraction and the later digits claim the same places.
    for (i, t) in tokens.iter().enumerate() {
        if let Token::Arabic {
            fractional: true, ..
        } = t
        {
            let after = tokens.get(i + 1..).unwrap_or(&[]);
            if !after.iter().all(|t| matches!(t, Token::Scale(_))) {
                return Err(ParseErrorKind::Malformed);
            }
        }
    }
    if tokens.iter().any(|t| matches!(t, Token::Scale(_))) {
        Ok(evaluate_scaled(tokens)?.value)
    } else {
        evaluate_unscaled(tokens)
    }
}

/// A numeral without scales: one Arabic number, or Chinese digits read one by one
/// ("二〇二六" = 2026, "三五" = 35, "零" = 0).
fn evaluate_unscaled(tokens: &[Token]) -> Result<Decimal, ParseErrorKind> {
    match tokens {
        [Token::Arabic { value, .. }] => Ok(*value),
        [Token::Digit { value, .. }] => Ok(Decimal::from(*value)),
        _ => {
            let mut value = Decimal::ZERO;
            for t in tokens {
                let digit = match *t {
                    Token::Zero => 0,
                    Token::Digit {
                        value,
                        positional: true,
                    } => value,
                    _ => return Err(ParseErrorKind::Malformed),
                };
                value = push_digit(value, digit)?;
            }
            Ok(value)
        }
    }
}

/// `int 点 digits [scales]`: "十二点五", "零点五", "四点七八万亿", "两千万点五".
fn evaluate_point(int_part: &[Token], after: &[Token]) -> Result<Decimal, ParseErrorKind> {
    // Arabic digits around 点 ("1点5") are clock times or scores, not decimals.
    let is_chinese = |t: &Token| !matches!(t, Token::Arabic { .. } | Token::Point);
    if int_part.is_empty() || !int_part.iter().all(is_chinese) || !after.iter().all(is_chinese) {
        return Err(ParseErrorKind::Malformed);
    }
    let int_max_scale = int_part
        .iter()
        .filter_map(|t| match t {
            Token::Scale(p) => Some(*p),
            _ => None,
        })
        .max();
    let int_value = match int_max_scale {
        Some(_) => evaluate_scaled(int_part)?.value,
        None => evaluate_unscaled(int_part)?,
    };

    let digits = after
        .iter()
        .take_while(|t| matches!(t, Token::Digit { .. } | Token::Zero))
        .count();
    let (fraction_digits, scales) = after.split_at(digits);
    if fraction_digits.is_empty() {
        return Err(ParseErrorKind::Malformed);
    }
    let mut fraction = Decimal::ZERO;
    for t in fraction_digits {
        // Digits after 点 are read one by one, so the counting 两 does not belong.
        let digit = match *t {
            Token::Digit {
                value,
                positional: true,
            } => value,
            Token::Zero => 0,
            _ => return Err(ParseErrorKind::Malformed),
        };
        fraction = push_digit(fraction, digit)?;
    }
    let places = u32::try_from(fraction_digits.len()).map_err(|_| ParseErrorKind::Overflow)?;
    if places > MAX_FRACTION_DIGITS {
        return Err(ParseErrorKind::Overflow);
    }
    fraction
        .set_scale(places)
        .map_err(|_| ParseErrorKind::Overflow)?;
    let value = add(int_value, fraction)?;

    // Trailing scales multiply the whole decimal: "四点七八万亿" = 4.78 × 10^12. They must
    // form one multiplier read upward (百万, 万亿, 千万亿), and the integer part must stay
    // below it: "两千万点五万" is not a numeral.
    let mut power = 0u32;
    let mut previous: Option<u32> = None;
    for t in scales {
        let Token::Scale(p) = *t else {
            return Err(ParseErrorKind::Malformed);
        };
        if let Some(prev) = previous {
            if p < BIG || p <= prev {
                return Err(ParseErrorKind::Malformed);
            }
        } else if int_max_scale.is_some_and(|m| m >= p) {
            return Err(ParseErrorKind::Malformed);
        }
        previous = Some(p);
        power = power.checked_add(p).ok_or(ParseErrorKind::Overflow)?;
    }
    // "三点五十" / "三点五百" are not how 35 or 350 are written; a decimal multiplier
    // ends in 万, 亿 or 兆 ("三点五百万" = 3.5 million).
    if previous.is_some_and(|p| p < BIG) {
        return Err(ParseErrorKind::Malformed);
    }
    mul(value, pow10(power)?)
}

/// The value of a (partial) numeral plus the place value of its last written digit:
/// 1 for "一百零五", 100 for "三千五" (its 五 means 五百), 10^4 for "十三万".
/// The place value decides what an abbreviated digit after it means
/// ("十三万" + "二" = 132000) and bounds what may follow it.
#[derive(Debug, Clone, Copy)]
struct Term {
    value: Decimal,
    unit: Decimal,
}

/// Evaluates a token list containing at least one scale (and no point).
///
/// It walks big-scale groups left to right. Each group is "coefficient + the first
/// occurrence of the largest big scale in what is left (stacked: 万万, 亿亿)", e.g.
/// "三亿 | 五千万" or "一万亿 | 三千亿". Each group must be smaller than the
/// previous group's limit, so "一万二万" and "五十万三万" are rejected.
fn evaluate_scaled(tokens: &[Token]) -> Result<Term, ParseErrorKind> {
    let mut total = Decimal::ZERO;
    // (place value, limit) left by the previous group: what may follow it.
    let mut previous: Option<(Decimal, Decimal)> = None;
    let mut rest = tokens;
    loop {
        // Taiwan papers write the places below 万 digit by digit: "六万〇九八四" = 60984,
        // "四万六四五〇" = 46450; only a run filling them all (一万二三 stays vague).
        if let Some((_, room)) = previous {
            let fills = u32::try_from(rest.len())
                .is_ok_and(|d| d >= 2 && pow10(d).is_ok_and(|p| p == room));
            if fills && rest.iter().all(is_place_digit) {
                let value = add(total, evaluate_unscaled(rest)?)?;
                return Ok(Term {
                    value,
                    unit: Decimal::ONE,
                });
            }
        }
        // A 零 after a group marks skipped places: "一万零二" = 10002. Like Recognizers-Text,
        // a 零 that skips nothing ("一百零一万零三千") is tolerated: it cannot change
        // the value except by turning off the abbreviation below.
        let after_zero = rest.first() == Some(&Token::Zero);
        if after_zero {
            if previous.is_none() {
                return Err(ParseErrorKind::Malformed);
            }
            rest = rest.get(1..).unwrap_or(&[]);
            if matches!(rest.first(), None | Some(Token::Zero)) {
                return Err(ParseErrorKind::Malformed);
            }
        }

        // Colloquial abbreviation: one Chinese digit right after a group is the next
        // place down: "十三万二" = 132000, "一万亿二" = 1.2 × 10^12.
        if let (Some((unit, _)), false, [Token::Digit { value, .. }]) = (previous, after_zero, rest)
        {
            let unit = unit / Decimal::TEN;
            let value = add(total, mul(Decimal::from(*value), unit)?)?;
            return Ok(Term { value, unit });
        }

        let allowed = |value: Decimal| previous.is_none_or(|(_, limit)| value < limit);

        let Some(big) = rest.iter().filter_map(|t| t.big_scale()).max() else {
            // The last group, below 万. A bare Arabic number after a group is ambiguous
            // ("1万5" = 10005 or 15000?), as is a digit run ("一万二三" = 12000-13000?),
            // so a scale or a 零 is required, unless the Arabic number fills exactly
            // the places below the group ("3万4000", "3万0400") or has two digits or
            // more and fits below it ("115万532" = 1150532, as Taiwan and Hong Kong
            // write exact counts; only a single digit is the colloquial next place).
            let has_scale = rest.iter().any(|t| matches!(t, Token::Scale(_)));
            let fills_places = match (previous, rest) {
                (
                    Some((unit, _)),
                    [Token::Arabic {
                        fractional: false,
                        digits,
                        ..
                    }],
                ) => u32::try_from(*digits).is_ok_and(|d| {
                    pow10(d).is_ok_and(|places| places == unit || (d >= 2 && places < unit))
                }),
                _ => false,
            };
            if previous.is_some() && !after_zero && !has_scale && !fills_places {
                return Err(ParseErrorKind::Malformed);
            }
            let term = evaluate_small(rest)?;
            if !allowed(term.value) {
                return Err(ParseErrorKind::Malformed);
            }
            return Ok(Term {
                value: add(total, term.value)?,
                unit: term.unit,
            });
        };

        let at = rest
            .iter()
            .position(|t| t.big_scale() == Some(big))
            .unwrap_or(0);
        let (coefficient, tail) = rest.split_at(at);
        if coefficient.is_empty() {
            // A bare 万 / 亿: "万", "万万", "亿五千万".
            return Err(ParseErrorKind::Malformed);
        }
        let stacked = tail.iter().take_while(|&&t| t == Token::Scale(big)).count();
        let power = u32::try_from(stacked)
            .ok()
            .and_then(|n| big.checked_mul(n))
            .ok_or(ParseErrorKind::Overflow)?;
        // The coefficient has only smaller big scales, so this recursion is shallow.
        let coefficient_term = evaluate_coefficient(coefficient)?;
        let multiplier = pow10(power)?;
        let value = mul(coefficient_term.value, multiplier)?;
        if !allowed(value) {
            return Err(ParseErrorKind::Malformed);
        }
        let unit = mul(coefficient_term.unit, multiplier)?;
        total = add(total, value)?;
        rest = tail.get(stacked..).unwrap_or(&[]);
        if rest.is_empty() {
            return Ok(Term { value: total, unit });
        }
        // What follows must stay below this group's scale, widened by a big scale
        // inside the coefficient ("一万亿" makes room for "三千亿"), and below its unit.
        let inner_big = coefficient.iter().filter_map(|t| t.big_scale()).max();
        let room = pow10(power.saturating_add(inner_big.unwrap_or(0)))?;
        previous = Some((unit, room.min(unit)));
    }
}

/// The coefficient of a big scale: scaled itself (一万亿), spelled digit by digit with a
/// zero in it (九六〇万 = 960万: [`spelled_coefficient`]), or a group below 万.
fn evaluate_coefficient(coefficient: &[Token]) -> Result<Term, ParseErrorKind> {
    if coefficient.iter().any(|t| t.big_scale().is_some()) {
        evaluate_scaled(coefficient)
    } else if spelled_coefficient(coefficient) {
        Ok(Term {
            value: evaluate_unscaled(coefficient)?,
            unit: Decimal::ONE,
        })
    } else {
        evaluate_small(coefficient)
    }
}

/// Whether a coefficient before 万/亿 is spelled digit by digit (九六〇万, 一〇五亿): two
/// places or more, all digits or zeros, a zero among them but not first. Without a zero a
/// run of digits is vague (三四万 = 30,000 to 40,000), so it is left to the range rules.
fn spelled_coefficient(tokens: &[Token]) -> bool {
    tokens.len() >= 2
        && tokens.iter().all(is_place_digit)
        && tokens.first() != Some(&Token::Zero)
        && tokens.contains(&Token::Zero)
}

/// Whether `t` may stand in a digit-by-digit run: a positional digit or a zero.
fn is_place_digit(t: &Token) -> bool {
    matches!(
        t,
        Token::Zero
            | Token::Digit {
                positional: true,
                ..
            }
    )
}

/// Evaluates a group below 万: one number alone ("五", "35"), or 十/百/千 terms in
/// descending order with optional 零 gaps and an abbreviated last digit.
fn evaluate_small(tokens: &[Token]) -> Result<Term, ParseErrorKind> {
    match tokens {
        [Token::Digit { value, .. }] => {
            return Ok(Term {
                value: Decimal::from(*value),
                unit: Decimal::ONE,
            });
        }
        [Token::Arabic { value, .. }] => {
            return Ok(Term {
                value: *value,
                unit: Decimal::ONE,
            });
        }
        _ => {}
    }

    let mut total = Decimal::ZERO;
    // The coefficient waiting for its scale, and whether it is a Chinese digit.
    let mut pending: Option<(Decimal, bool)> = None;
    let mut last_scale: Option<u32> = None;
    let mut after_zero = false;
    for &t in tokens {
        match t {
            Token::Digit { value, .. } => {
                if pending.is_some() {
                    return Err(ParseErrorKind::Malformed);
                }
                pending = Some((Decimal::from(value), true));
            }
            Token::Arabic { value, .. } => {
                if pending.is_some() {
                    return Err(ParseErrorKind::Malformed);
                }
                pending = Some((value, false));
            }
            Token::Zero => {
                // 零 only fills a gap after a scale, once: not "零五十", "五零", "一千零零五".
                if pending.is_some() || last_scale.is_none() || after_zero {
                    return Err(ParseErrorKind::Malformed);
                }
                after_zero = true;
            }
            Token::Scale(power) => {
                let coefficient = match pending.take() {
                    Some((c, _)) => c,
                    // "十三" = 13 and "十万" = 100000: 十 alone at the start means 一十.
                    // A bare 百 or 千 is not a numeral on its own.
                    // After 零 too: "一千零十二" = 1012.
                    None if power == 1 && (last_scale.is_none() || after_zero) => Decimal::ONE,
                    None => return Err(ParseErrorKind::Malformed),
                };
                let term = mul(coefficient, pow10(power)?)?;
                if let Some(last) = last_scale {
                    // Scales descend ("一百千" is wrong). An Arabic coefficient may be
                    // large ("35百"), but a later term must still fit under the previous
                    // scale ("3千35百" is wrong). A 零 that skips no place ("一千零五百")
                    // is tolerated, as after big scales.
                    if power >= last || term >= pow10(last)? {
                        return Err(ParseErrorKind::Malformed);
                    }
                }
                total = add(total, term)?;
                last_scale = Some(power);
                after_zero = false;
            }
            // The caller splits at 点 before getting here.
            Token::Point => return Err(ParseErrorKind::Malformed),
        }
    }

    let Some(last) = last_scale else {
        // Several numbers and no scale: only valid as a whole digit sequence,
        // which `evaluate_unscaled` handles.
        return Err(ParseErrorKind::Malformed);
    };
    match pending {
        None => Ok(Term {
            value: total,
            unit: pow10(last)?,
        }),
        // "一百零五": units after a gap.
        Some((digit, _)) if after_zero => Ok(Term {
            value: add(total, digit)?,
            unit: Decimal::ONE,
        }),
        // "三千五" = 3500 and "十三" = 13: a Chinese digit right after a scale is the
        // next place down. An Arabic one ("3千5") is ambiguous and rejected.
        Some((digit, true)) => {
            let unit = pow10(last - 1)?;
            Ok(Term {
                value: add(total, mul(digit, unit)?)?,
                unit,
            })
        }
        Some((_, false)) => Err(ParseErrorKind::Malformed),
    }
}

/// Renders an integer in standard simplified Chinese numerals.
///
/// Groups of four digits take 万, 亿, 万亿 and 亿亿; 零 marks skipped places once;
/// 10..=19 at the start is written 十… rather than 一十…. The output parses back
/// with [`parse_number`] to the same value.
///
/// ```
/// use zhfacts::extract::number::to_chinese;
/// assert_eq!(to_chinese(10), "十");
/// assert_eq!(to_chinese(105), "一百零五");
/// assert_eq!(to_chinese(35_000_000), "三千五百万");
/// assert_eq!(to_chinese(100_000_000), "一亿");
/// ```
pub fn to_chinese(n: u64) -> String {
    // The scales after each four-digit group, least significant group first:
    // (none), 万, 亿, 万亿, 亿亿.
    const GROUPS: [&[u32]; 5] = [&[], &[4], &[8], &[4, 8], &[8, 8]];
    let digit = |d: u64| u8::try_from(d).ok().and_then(digit_char).unwrap_or('?');
    let zero = digit(0);
    if n == 0 {
        return zero.to_string();
    }
    // Four-digit groups, most significant first; u64 has at most 20 digits.
    let groups: Vec<u64> = (0..GROUPS.len() as u32)
        .rev()
        .map(|g| n / 10_000u64.pow(g) % 10_000)
        .collect();

    let mut out = String::new();
    // True when a run of zero places sits between the last written digit and the next.
    let mut gap = false;
    for (i, &group) in groups.iter().enumerate() {
        let group_index = GROUPS.len() - 1 - i;
        if group == 0 {
            gap |= !out.is_empty();
            continue;
        }
        for place in (0..4u32).rev() {
            let d = group / 10u64.pow(place) % 10;
            if d == 0 {
                gap |= !out.is_empty();
                continue;
            }
            if gap {
                out.push(zero);
                gap = false;
            }
            // "十五", not "一十五", but only at the very start: "一百一十".
            if !(out.is_empty() && place == 1 && d == 1) {
                out.push(digit(d));
            }
            out.extend(scale_char(place));
        }
        out.extend(GROUPS[group_index].iter().filter_map(|&p| scale_char(p)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// Asserts every `(input, expected decimal string)` pair.
    fn check(cases: &[(&str, &str)]) {
        for &(input, expected) in cases {
            assert_eq!(
                parse_number(input),
                Ok(dec(expected)),
                "input {input:?}, expected {expected}"
            );
        }
    }

    fn check_err(cases: &[(&str, ParseErrorKind)]) {
        for (input, kind) in cases {
            assert_eq!(
                parse_number(input).map_err(|e| e.kind),
                Err(kind.clone()),
                "input {input:?}"
            );
        }
    }

    fn check_malformed(inputs: &[&str]) {
        for &input in inputs {
            assert_eq!(
                parse_number(input).map_err(|e| e.kind),
                Err(ParseErrorKind::Malformed),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn tables_list_each_char_once() {
        let mut all: Vec<char> = DIGITS.concat().chars().collect();
        all.extend(COUNTING_TWOS.chars());
        all.extend(SCALES.iter().flat_map(|(cs, _)| cs.chars()));
        all.extend(TENS.chars());
        all.extend(POINTS.chars().chain(MINUS_WORDS.chars()));
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "a numeral char is listed twice");
        assert!(all.iter().all(|&c| !below_numerals(c)), "fast path");
        assert_eq!(
            (digit_value('陸'), digit_value('两'), digit_value('x')),
            (Some(6), Some(2), None)
        );
        assert_eq!(
            (scale_exp('萬'), scale_exp('兆'), tens_value('卅')),
            (Some(4), Some(12), Some(3))
        );
        assert_eq!(
            (digit_char(0), scale_char(8), scale_char(5)),
            (Some('零'), Some('亿'), None)
        );
        assert!(
            is_counting_two('俩')
                && !is_counting_two('二')
                && is_point('點')
                && is_minus_word('负')
        );
    }

    #[test]
    fn arabic() {
        check(&[
            ("890", "890"),
            ("0", "0"),
            ("0.1", "0.1"),
            ("3.5", "3.5"),
            ("007", "7"),
            ("4.800", "4.8"),
            (".5", "0.5"),
            ("-.5", "-0.5"),
            ("．５", "0.5"),
            ("123.0456", "123.0456"),
            ("18446744073709551615", "18446744073709551615"),
        ]);
        // Exact, not a float: 0.1 has scale 1 and mantissa 1.
        let tenth = parse_number("0.1").unwrap();
        assert_eq!((tenth.mantissa(), tenth.scale()), (1, 1));
    }

    #[test]
    fn separators() {
        check(&[
            ("1,268", "1268"),
            ("3,860", "3860"),
            ("1,050,000,000", "1050000000"),
            ("10,000.233", "10000.233"),
            ("1，268", "1268"),
            ("12，345，678", "12345678"),
        ]);
        check_malformed(&[
            "1,23",
            "1,2345",
            ",123",
            "1,",
            "1234,567",
            "1,,234",
            "12,12",
            "123,123,12",
            "1.234,5",
        ]);
    }

    #[test]
    fn full_width() {
        check(&[
            ("１２３", "123"),
            ("１．５", "1.5"),
            ("１，２６８", "1268"),
            ("－３", "-3"),
            ("＋３", "3"),
            ("１．５亿", "150000000"),
            ("2０2６", "2026"),
        ]);
        assert_eq!(fold_fullwidth('０'), '0');
        assert_eq!(fold_fullwidth('９'), '9');
        assert_eq!(fold_fullwidth('．'), '.');
        assert_eq!(fold_fullwidth('，'), ',');
        assert_eq!(fold_fullwidth('－'), '-');
        assert_eq!(fold_fullwidth('\u{fe63}'), '-');
        assert_eq!(fold_fullwidth('＋'), '+');
        assert_eq!(fold_fullwidth('％'), '%');
        for c in ['a', 'Ａ', '万', '。', '、', '5'] {
            assert_eq!(fold_fullwidth(c), c);
        }
    }

    #[test]
    fn arabic_with_scales() {
        check(&[
            ("1.2万", "12000"),
            ("4.78万亿", "4780000000000"),
            ("3,860万", "38600000"),
            ("5千", "5000"),
            ("2百", "200"),
            ("890亿", "89000000000"),
            ("3千5百", "3500"),
            ("3千5百万", "35000000"),
            ("3万5千", "35000"),
            ("5百万", "5000000"),
            ("1.5万亿", "1500000000000"),
            ("4.5百万", "4500000"),
            ("1.5千万", "15000000"),
            ("5亿1万4千6百", "500014600"),
            ("5万4千6百", "54600"),
            ("10万万", "1000000000"),
            ("35百", "3500"),
            ("0.5十", "5"),
            ("2万零5", "20005"),
            ("3万4000", "34000"),
            ("3万0400", "30400"),
            ("2亿3,000万", "230000000"),
            ("1万400", "10400"),
            ("115万532", "1150532"),
            ("3亿12", "300000012"),
        ]);
        check_malformed(&[
            "1万5",
            "1万04000",
            "3千5",
            "3千35百",
            "1.5万3千",
            "1万20000",
            "1.5万千",
            "1万12345亿",
            "5十3",
        ]);
    }

    #[test]
    fn chinese() {
        check(&[
            ("零", "0"),
            ("五", "5"),
            ("十", "10"),
            ("十三", "13"),
            ("一十三", "13"),
            ("二十", "20"),
            ("一百", "100"),
            ("一百零五", "105"),
            ("一百一十", "110"),
            ("一千零五十", "1050"),
            ("一千零五", "1005"),
            ("一千零一十", "1010"),
            ("九百九十九", "999"),
            ("两百", "200"),
            ("两万", "20000"),
            ("十万", "100000"),
            ("三千五百万", "35000000"),
            ("三亿五千万", "350000000"),
            ("一万亿", "1000000000000"),
            ("五万亿零三亿", "5000300000000"),
            ("五万零三亿", "5000300000000"),
            ("一万二千亿", "1200000000000"),
            ("一万亿三千亿", "1300000000000"),
            ("四万万", "400000000"),
            ("一亿亿", "10000000000000000"),
            ("一万零二", "10002"),
            ("一万零二百五十", "10250"),
            ("一万二百五十", "10250"),
            ("九百万零四百", "9000400"),
            ("四千万零六千", "40006000"),
            ("四千零五万", "40050000"),
            ("五亿零六", "500000006"),
            ("四亿五千六百四十二万零一十五", "456420015"),
            ("七十八万五佰零六", "780506"),
            ("十万零一十", "100010"),
            ("一千零十二", "1012"),
            // A 零 that skips no place is tolerated.
            ("一千零五百", "1500"),
            ("一万零二千", "12000"),
            ("一百零十", "110"),
            ("一十零五", "15"),
            ("一百零一万零三千零十二", "1013012"),
            ("一万零十二", "10012"),
            ("廿", "20"),
            ("廿三", "23"),
            ("卅", "30"),
            ("卅五万", "350000"),
            ("幺", "1"),
            ("俩", "2"),
        ]);
    }

    #[test]
    fn zhao_is_ten_to_the_twelfth() {
        // As in the Recognizers-Text Chinese NumberModel specs.
        check(&[
            ("一兆", "1000000000000"),
            ("五兆六十二亿四万五千二", "5006200045200"),
            ("五十五兆一十二亿四万五千二", "55001200045200"),
            ("四十九兆九千五百九十二亿", "49959200000000"),
        ]);
    }

    #[test]
    fn traditional_and_financial() {
        check(&[
            ("兩萬", "20000"),
            ("三億五千萬", "350000000"),
            ("壹佰贰拾", "120"),
            ("貳拾參", "23"),
            ("叁仟伍佰", "3500"),
            ("肆佰陸拾", "460"),
            ("壹萬零柒", "10007"),
            ("捌拾玖", "89"),
            ("陆", "6"),
            ("柒仟", "7000"),
            ("拾万零五十六", "100056"),
            ("倆千两百贰拾二", "2222"),
            ("十萬柒仟捌佰伍拾肆", "107854"),
            ("負三十二", "-32"),
            ("一百點五", "100.5"),
        ]);
    }

    #[test]
    fn abbreviated_trailing_digit() {
        check(&[
            ("十三万二", "132000"),
            ("三千五", "3500"),
            ("两万五", "25000"),
            ("一百二", "120"),
            ("一万二", "12000"),
            ("九万四", "94000"),
            ("九十二万四", "924000"),
            ("一千陆", "1600"),
            ("一亿二", "120000000"),
            ("一万亿二", "1200000000000"),
            ("两千四百五", "2450"),
            ("五千二", "5200"),
        ]);
        // 零 turns the abbreviation off.
        check(&[("一万零二", "10002"), ("一百零二", "102")]);
    }

    #[test]
    fn places_below_a_group_digit_by_digit() {
        check(&[
            ("六万〇九八四", "60984"),
            ("三萬七二七四", "37274"),
            ("四万三○八五", "43085"),
            ("十万七三四八", "107348"),
            ("二十万五〇〇〇", "205000"),
            ("三百万二五〇〇", "3002500"),
        ]);
        // Only a run filling every place below the group: fewer or more digits stay
        // ambiguous.
        check_malformed(&["三万二三", "三万二三四五六"]);
    }

    #[test]
    fn a_coefficient_spelled_digit_by_digit() {
        check(&[
            ("八四〇万", "8400000"),
            ("一〇五亿", "10500000000"),
            ("三〇万", "300000"),
        ]);
        // Without a zero, or opening with one, no such coefficient.
        check_malformed(&["〇五万"]);
    }

    #[test]
    fn digit_by_digit() {
        check(&[
            ("二〇二六", "2026"),
            ("二○二六", "2026"),
            ("一九九八", "1998"),
            ("三五", "35"),
            ("二零零八", "2008"),
            ("五零", "50"),
            ("〇五", "5"),
            ("幺三九", "139"),
        ]);
        // Counting forms of two and mixed scripts do not make digit sequences.
        check_malformed(&["两三", "三两", "2〇26", "三5"]);
    }

    #[test]
    fn point_decimals() {
        check(&[
            ("十二点五", "12.5"),
            ("三点一四", "3.14"),
            ("零点五", "0.5"),
            ("零点零五", "0.05"),
            ("四点七八万亿", "4780000000000"),
            ("十二点五万", "125000"),
            ("两千万点五五四四", "20000000.5544"),
            ("两千三点一", "2300.1"),
            ("两千点零", "2000"),
            ("一九点五", "19.5"),
            ("三点五百万", "3500000"),
        ]);
        check_malformed(&[
            "点五",
            "三点",
            "三点五点六",
            "1点5",
            "三点5",
            "三点五万六",
            "两千万点五万",
            "三点五万百",
            "三点五十",
            "三点五百",
            "三点两",
            "三点廿",
        ]);
    }

    #[test]
    fn spaces_next_to_scales() {
        check(&[
            ("7万 5千 4百", "75400"),
            ("7 万5 千4 百", "75400"),
            ("两千 四 百 五", "2450"),
            ("三千 八百 九十六 万 四千 九百 六十五", "38964965"),
            ("八千 三百 八十五 万 二千 三百 二十六 点三三", "83852326.33"),
            ("1000  万", "10000000"),
            ("三\u{3000}万", "30000"),
        ]);
        check_err(&[
            ("三 五", ParseErrorKind::InvalidChar(' ')),
            ("1 000", ParseErrorKind::InvalidChar(' ')),
            ("三万 ", ParseErrorKind::InvalidChar(' ')),
            (" 三万", ParseErrorKind::InvalidChar(' ')),
            ("- 3", ParseErrorKind::InvalidChar(' ')),
        ]);
    }

    #[test]
    fn negatives() {
        check(&[
            ("-3", "-3"),
            ("－３", "-3"),
            ("−3", "-3"),
            ("负3", "-3"),
            ("负三十二", "-32"),
            ("负四十五亿零四百零四万", "-4504040000"),
            ("负六点六", "-6.6"),
            ("-1.2万", "-12000"),
            ("+3", "3"),
            ("-0", "0"),
        ]);
        check_malformed(&["-", "负", "--3", "负-3", "+-3", "3-"]);
        // "-0" is normalized to plain zero.
        assert!(!parse_number("负零").unwrap().is_sign_negative());
    }

    #[test]
    fn invalid_overflow() {
        let cases: Vec<(String, ParseErrorKind)> = vec![
            ("9".repeat(40), ParseErrorKind::Overflow),
            ("九".repeat(40), ParseErrorKind::Overflow),
            (format!("{}亿", "9".repeat(25)), ParseErrorKind::Overflow),
            ("九亿亿亿亿".to_string(), ParseErrorKind::Overflow),
            (format!("0.{}", "1".repeat(40)), ParseErrorKind::Overflow),
            (format!("零点{}", "一".repeat(40)), ParseErrorKind::Overflow),
            // Exact sums only: this fraction cannot be added without rounding.
            (
                format!("一亿亿点{}", "一".repeat(20)),
                ParseErrorKind::Overflow,
            ),
            (format!("1{}", "亿".repeat(100)), ParseErrorKind::Overflow),
        ];
        for (input, kind) in cases {
            assert_eq!(
                parse_number(&input).map_err(|e| e.kind),
                Err(kind),
                "input {input:?}"
            );
        }
        // The largest value Decimal holds still parses.
        check(&[(
            "79228162514264337593543950335",
            "79228162514264337593543950335",
        )]);
        assert!(parse_number("79228162514264337593543950336").is_err());
    }

    #[test]
    fn rejects() {
        check_err(&[
            ("", ParseErrorKind::Empty),
            ("abc", ParseErrorKind::InvalidChar('a')),
            ("3 5", ParseErrorKind::InvalidChar(' ')),
            (" 3", ParseErrorKind::InvalidChar(' ')),
            ("3%", ParseErrorKind::InvalidChar('%')),
            ("３％", ParseErrorKind::InvalidChar('%')),
            ("三个", ParseErrorKind::InvalidChar('个')),
            ("十余万", ParseErrorKind::InvalidChar('余')),
            ("1e5", ParseErrorKind::InvalidChar('e')),
        ]);
        check_malformed(&[
            "万",
            "亿",
            "百",
            "千",
            "兆",
            "万亿",
            "万万",
            "百万",
            "1..2",
            "1.",
            ".",
            ".,5",
            "1.2.3",
            "一百千",
            "十十",
            "零五十",
            "一千零零五",
            "一万二万",
            "五十万三万",
            "一万二三",
            "三五百",
            "一亿五千万亿",
            "零万",
            "一百十",
            "零十",
            "万五",
            "亿万",
        ]);
    }

    #[test]
    fn numeral_chars() {
        for c in
            "〇○零一二三四五六七八九两兩俩倆幺廿卅卌十百千万亿兆萬億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
                .chars()
        {
            assert!(is_numeral_char(c), "{c}");
        }
        for c in "点點负負个元年5５.a ".chars() {
            assert!(!is_numeral_char(c), "{c}");
        }
    }

    #[test]
    fn chinese_rendering() {
        let cases: &[(u64, &str)] = &[
            (0, "零"),
            (7, "七"),
            (10, "十"),
            (15, "十五"),
            (20, "二十"),
            (105, "一百零五"),
            (110, "一百一十"),
            (1010, "一千零一十"),
            (10_002, "一万零二"),
            (100_010, "十万零一十"),
            (40_006_000, "四千万零六千"),
            (35_000_000, "三千五百万"),
            (100_000_000, "一亿"),
            (350_000_000, "三亿五千万"),
            (1_000_000_000_000, "一万亿"),
            (5_000_300_000_000, "五万亿零三亿"),
            (10_000_000_000_000_000, "一亿亿"),
        ];
        for &(n, text) in cases {
            assert_eq!(to_chinese(n), text, "{n}");
        }
    }

    #[test]
    fn error_display() {
        let err = parse_number("1..2").unwrap_err();
        assert_eq!(err.original, "1..2");
        assert_eq!(err.to_string(), "malformed numeral \"1..2\"");
    }

    /// Renders ASCII digits and punctuation as full-width.
    fn to_fullwidth(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                '0'..='9' | '.' | ',' | '-' | '+' => char::from_u32(u32::from(c) + 0xFEE0).unwrap(),
                _ => c,
            })
            .collect()
    }

    proptest! {
        #[test]
        fn prop_u64_round_trip(n: u64) {
            prop_assert_eq!(parse_number(&n.to_string()), Ok(Decimal::from(n)));
        }

        #[test]
        fn prop_decimal_round_trip(int in 0u64..1_000_000_000_000, frac in "[0-9]{1,12}", neg: bool) {
            let text = format!("{}{int}.{frac}", if neg { "-" } else { "" });
            prop_assert_eq!(parse_number(&text), Ok(dec(&text)));
        }

        #[test]
        fn prop_grouped_round_trip(n: u64) {
            // Insert ',' every three digits from the right.
            let digits = n.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            prop_assert_eq!(parse_number(&grouped), Ok(Decimal::from(n)));
        }

        #[test]
        fn prop_chinese_round_trip(n in 0u64..=10_000_000_000_000_000) {
            prop_assert_eq!(parse_number(&to_chinese(n)), Ok(Decimal::from(n)));
        }

        #[test]
        fn prop_chinese_round_trip_any_u64(n: u64) {
            prop_assert_eq!(parse_number(&to_chinese(n)), Ok(Decimal::from(n)));
        }

        #[test]
        fn prop_chinese_digit_sequence(n: u64) {
            let names = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
            let text: String = n
                .to_string()
                .bytes()
                .map(|b| names[usize::from(b - b'0')])
                .collect();
            prop_assert_eq!(parse_number(&text), Ok(Decimal::from(n)));
        }

        #[test]
        fn prop_full_width_same_as_ascii(s in "[-+]?[0-9]{1,15}(\\.[0-9]{1,10})?(万|亿|万亿)?") {
            prop_assert_eq!(parse_number(&to_fullwidth(&s)).ok(), parse_number(&s).ok());
            prop_assert!(parse_number(&s).is_ok());
        }

        #[test]
        fn prop_any_string_no_panic(s in "\\PC*") {
            let _ = parse_number(&s);
        }

        #[test]
        fn prop_numeral_soup_no_panic(
            s in "[-负]?[0-9.,０-９．，零〇一二三四五六七八九两十百千万亿兆点廿]{0,24}"
        ) {
            if let Err(e) = parse_number(&s) {
                prop_assert_eq!(e.original, s);
            }
        }
    }
}
