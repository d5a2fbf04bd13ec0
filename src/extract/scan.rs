//! Finds figures in one sentence: numerals, the unit or classifier after them,
//! approximation and bound words around them, and ranges (3至5万吨 is one figure).
//!
//! Works on the [`Folded`] sentence; all positions are char indices into the sentence.
//! Rejects ordinals (第三), labels (一期, 1号, G207, 5G, PM2.5), numerals inside quoted
//! slogans and 《》 titles, and numerals overlapping dates (the date scanner owns those).

use std::sync::OnceLock;

use regex::Regex;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::mention::Qualifier;
use super::number::{self, parse_number};
use super::text::{last_chars, overlaps, Folded, Squeezed};
use crate::patterns::{Cues, Kind, Patterns, Unit, WordList};

pub use super::mention::{Approx, Mention, Numeral};

// Keep in sync with number.rs: the characters a Chinese numeral is made of.
const CN_DIGITS: &str =
    "零〇○一二两俩倆三四五六七八九十百千万亿兆萬億兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅";
/// Digits that may follow 点 in a Chinese decimal.
const CN_POINT_DIGITS: &str = "零〇○一二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖";
/// Scale characters.
const SCALE_CHARS: &str = "十百千万亿兆萬億拾佰仟";
/// Forms of "two" that never spell a final digit (十二, not 十两).
const COUNTING_TWOS: &str = "两兩俩倆";
/// Signs a numeral may start with.
const SIGNS: &str = "-−负負"; // '-' first: literal in a regex class
/// Chars that write a decimal point in a Chinese numeral.
const POINTS: &str = "点點";
/// Chars that write zero inside a numeral (一百零几万).
const ZEROS: &str = "零〇";
/// Scales that may lead a numeral without a digit (百亿, 千余人), and the minus signs.
const BARE_LEADS: &str = "百千负負";
/// The scale chars a range's scale spreads from (3至5万吨 → 3万 … 5万), with their value.
/// The smallest power of ten of a scale closing a range's end that the range's start
/// shares (百 of 6至8百人; 十 is no such scale: 5至十).
const TRAILING_SCALE_MIN_EXP: u32 = 2;
/// Chars before a slash fraction searched for a share verb (`scan.slash_share`).
const SHARE_WINDOW: usize = 12;
/// Decimal places of a percent from a slash fraction (1/3 → 33.3333).
const PERCENT_DP: u32 = 4;
/// Chars before a quantity searched for a per-time word (`scan.per_time_before`):
/// 平均每天新增, 每日可处理, 设计时速.
const PER_TIME_WINDOW: usize = 8;
/// Decimals kept in a price per unit ([`unit_price`]): 800元/亩 is 1.2 CNY/m2, not
/// 1.1999… after dividing by 亩's factor.
const UNIT_PRICE_DP: u32 = 10;
/// Chars before a negative length searched for a depth word (`scan.depth_word`).
const DEPTH_WINDOW: usize = 4;
/// Chars before a count searched for the measure word whose classifier it takes
/// (`Scanner::leading_classifier`).
const LEADING_CLASSIFIER_WINDOW: usize = 8;
/// A denominator that makes a fraction a percentage (百分之五十).
const HUNDREDS: &str = "百佰";
/// Chars that join the parts of a sum (两美元又三美分, 五元零三分).
const SUM_LINKS: &str = "又零";
/// Scales that may lead a numeral without a digit (百亿元, 千余人).
const BARE_SCALES: &str = "百千";
/// One, read before a bare scale (百分之 = 一百分之).
const ONE: char = '一';
/// Ten: after a digit run it starts a new word (2021 十大).
const TEN: char = '十';
/// The fraction word (三分之一).
const FRACTION: &str = "分之";
/// Joins a whole and a fraction (三又二分之一).
const AND: char = '又';
/// Scales that may follow a Chinese decimal (三点五万).
const DECIMAL_SCALES: &str = "万亿兆萬億";

fn numeral_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let infix = INFIX_CHARS;
        let sc = SCALE_CHARS;
        let arabic = format!(
            r"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?(?:[{infix}]?[{sc}]+(?:零?\d+(?:,\d{{3}})*(?:\.\d+)?)?)*"
        );
        let chinese = format!(
            "[{CN_DIGITS}]+(?:[{POINTS}][{CN_POINT_DIGITS}]+[{DECIMAL_SCALES}]*)?(?:[{infix}][{sc}]+[{CN_DIGITS}]*)*"
        );
        let num = format!("(?:[{SIGNS}]?(?:{arabic}|{chinese}))");
        let den = format!("(?:{num}|[{sc}]+)");
        let fen = fen();
        Regex::new(&format!(
            r"(?P<mixed>(?P<whole>{num}){AND}(?P<mden>{den}){FRACTION}(?P<mnom>{num}))|(?P<frac>(?P<den>{den}){FRACTION}(?P<nom>{num}))|(?P<pct>(?P<pden>[{HUNDREDS}]){fen}(?P<pnom>[{CN_POINT_DIGITS}{TEN}][{CN_DIGITS}]*(?:[{POINTS}][{CN_POINT_DIGITS}]+)?))|(?P<slash>(?P<sn>-?\d+)/(?P<sd>\d+))|(?P<num>{num})"
        ))
        .unwrap()
    })
}

/// One match of [`numeral_re`]. Nearly all matches are plain numerals (the `num`
/// alternative): their span comes from `find_at` (the regex's DFA), and only a match
/// that could be a fraction or a slash number (分之, /) runs the much slower capture
/// engine. A match without 分 or / can only be the `num` alternative, whose group is the
/// whole match, so the groups are the same as `captures_at` would give.
pub(crate) enum NumMatch<'h> {
    /// The `num` alternative: the group `num` is the whole match.
    Plain(regex::Match<'h>),
    /// Any other match, with all its groups.
    Caps(regex::Captures<'h>),
}

impl<'h> NumMatch<'h> {
    /// The whole match.
    fn all(&self) -> regex::Match<'h> {
        match self {
            NumMatch::Plain(m) => *m,
            NumMatch::Caps(c) => c.get(0).expect("group 0 always matches"),
        }
    }

    /// The named group, if it took part in the match.
    fn name(&self, group: &str) -> Option<regex::Match<'h>> {
        match self {
            NumMatch::Plain(m) => (group == "num").then_some(*m),
            NumMatch::Caps(c) => c.name(group),
        }
    }

    /// The text of a group that took part in the match (panics otherwise, like
    /// `Captures`' indexing).
    fn group(&self, group: &str) -> &'h str {
        match self.name(group) {
            Some(m) => m.as_str(),
            None => panic!("no group {group} in this match"),
        }
    }
}

/// The next match of the numeral regex at or after byte `pos` (see [`NumMatch`]).
fn numeral_match<'h>(re: &Regex, text: &'h str, pos: usize) -> Option<NumMatch<'h>> {
    let m = re.find_at(text, pos)?;
    if m.as_str().contains(|c| c == '/' || FRACTION.starts_with(c)) {
        re.captures_at(text, pos).map(NumMatch::Caps)
    } else {
        Some(NumMatch::Plain(m))
    }
}

/// How many chars on each side of 度 are read for an angle's word (`scan.angle_cue`).
const ANGLE_WINDOW: usize = 6;

/// Approximation chars inside a numeral, before a scale (十余万, 500多亿, 二十几万), and
/// between a numeral and its unit (3,500余台, 两百多个): they make it approximate. They
/// are part of the numerals' grammar (the numeral regex, compiled once, is built from
/// them), so they stay here rather than in patterns/.
pub(crate) const INFIX_CHARS: &str = "余餘多几幾来來";

/// Currency signs written before the numeral ($20, ￥300).
const CURRENCY_SIGNS: &[(char, &str)] = &[
    ('$', "USD"),
    ('＄', "USD"),
    ('￥', "CNY"),
    ('¥', "CNY"),
    ('€', "EUR"),
    ('£', "GBP"),
    ('￡', "GBP"),
];

/// The scale words a numeral ends with (5万 → 10^4), for spreading a range's scale to
/// its lower end (3至5万吨 → 3万 … 5万).
fn trailing_scale(numeral: &str) -> Decimal {
    let mut scale = Decimal::ONE;
    for c in numeral.chars().rev() {
        let Some(p) = super::number::scale_exp(c).filter(|&p| p >= TRAILING_SCALE_MIN_EXP) else {
            break;
        };
        scale = scale
            .checked_mul(Decimal::from(10i64.pow(p)))
            .unwrap_or(scale);
    }
    scale
}

/// The value of a numeral as written in text: a sign, an exponent (2e5, 12.32e+14), and
/// approximation words before a scale (十余万 = 十万, 一百零几万 = 一百万) are allowed.
/// Returns the value and whether it is approximate.
fn numeral_text_value(s: &str) -> Option<(Decimal, bool)> {
    // The approximation chars are no ASCII: an ASCII numeral is its own clean form.
    if s.is_ascii() {
        return numeral_clean_value(s).map(|v| (v, false));
    }
    let mut approx = false;
    let mut clean = String::with_capacity(s.len());
    for c in s.chars() {
        if INFIX_CHARS.contains(c) {
            approx = true;
            if clean.ends_with(|c| ZEROS.contains(c)) {
                clean.pop();
            }
            continue;
        }
        clean.push(c);
    }
    numeral_clean_value(&clean).map(|v| (v, approx))
}

/// The value of a numeral without approximation chars (see [`numeral_text_value`]).
fn numeral_clean_value(clean: &str) -> Option<Decimal> {
    if let Some(i) = clean.find(['e', 'E']) {
        let (mantissa, exp) = clean.split_at(i);
        let exp: i32 = exp.get(1..)?.parse().ok()?;
        if exp.unsigned_abs() > 28 {
            return None;
        }
        let mut v = parse_number(mantissa).ok()?;
        let ten = Decimal::from(10);
        for _ in 0..exp.unsigned_abs() {
            v = if exp > 0 {
                v.checked_mul(ten)?
            } else {
                v.checked_div(ten)?
            };
        }
        return Some(v.normalize());
    }
    parse_number(clean).ok()
}

/// A denominator or numerator of 分之: a numeral, or a bare scale (百分之, 千万分之) read
/// with 一 before it.
fn fraction_part(s: &str) -> Option<Decimal> {
    numeral_text_value(s)
        .map(|(v, _)| v)
        .or_else(|| parse_number(&format!("{ONE}{s}")).ok())
}

/// The first char of 分之, alone after 百 in 百分三点四.
fn fen() -> String {
    FRACTION.chars().take(1).collect()
}

/// nom / den, or `None` for a zero denominator.
fn ratio(nom: Decimal, den: Decimal) -> Option<Decimal> {
    if den.is_zero() {
        return None;
    }
    nom.checked_div(den)
}

/// The longest prefix of a matched numeral that parses, cut after a scale in Arabic
/// numerals (1万5 → 1万) or before 点 in Chinese ones: (chars, value, approximate).
fn longest_numeral(s: &str) -> Option<(usize, Decimal, bool)> {
    if let Some((v, ap)) = numeral_text_value(s) {
        return Some((s.chars().count(), v, ap));
    }
    let chars: Vec<char> = s.chars().collect();
    let arabic = chars.iter().any(|c| c.is_ascii_digit());
    (1..chars.len()).rev().find_map(|k| {
        // 1万5 → 1万; 两百点两 → 两百 (两 never follows 点).
        let cut = if arabic {
            SCALE_CHARS.contains(chars[k - 1])
        } else {
            POINTS.contains(chars[k])
        };
        if !cut {
            return None;
        }
        let prefix: String = chars[..k].iter().collect();
        numeral_text_value(&prefix).map(|(v, ap)| (k, v, ap))
    })
}

/// Two neighbouring Chinese digits, optionally followed by scales, at the start of the
/// numeral `text` at char `a` of `f`: a vague amount between them (二三十 = 20 … 30,
/// 七八 = 7 … 8, 两三 = 2 … 3, 三四百万 = 300万 … 400万). Returns its length in chars and
/// its two ends. Not when a digit or ten comes right before it (十五六, 一二三), nor for
/// a bare pair before a month or day (三四月份 are two months: `scan.pair_date`), nor
/// 一二, nor 一两 without a scale after it.
fn neighbour_pair(
    f: &Folded,
    a: usize,
    text: &str,
    date_after: &WordList,
) -> Option<(usize, Decimal, Decimal)> {
    let mut chars = text.chars();
    let (c0, c1) = (chars.next()?, chars.next()?);
    if c0.is_ascii_digit() || c1.is_ascii_digit() {
        return None;
    }
    let (v0, v1) = (small_digit(c0)?, small_digit(c1)?);
    // From two up: 一两 (one or two) is a manner of speaking, and 一二 numbers parts;
    // 一两 before a scale is an amount though (一两万元 = 10000 … 20000).
    let scaled = || {
        text.chars()
            .nth(2)
            .is_some_and(|c| crate::extract::number::scale_exp(c).is_some())
    };
    let one_or_two = v0 == 1 && COUNTING_TWOS.contains(c1) && scaled();
    if v1 != v0 + 1 || (v0 < 2 && !one_or_two) {
        return None;
    }
    if a > 0
        && f.char(a - 1)
            .is_some_and(|c| CN_DIGITS.contains(c) || c.is_ascii_digit())
    {
        return None;
    }
    let mut scale = Decimal::ONE;
    let mut len = 2;
    for c in chars {
        let exp = crate::extract::number::scale_exp(c)?;
        scale = scale.checked_mul(Decimal::from(10u64.checked_pow(exp)?))?;
        len += 1;
    }
    if len == 2 && f.char(a + 2).is_some_and(|c| has(date_after, c)) {
        return None;
    }
    let (lo, hi) = (Decimal::from(v0), Decimal::from(v1));
    Some((len, lo.checked_mul(scale)?, hi.checked_mul(scale)?))
}

/// The value of the first word of `words` (in file order) standing within the last
/// [`PER_TIME_WINDOW`] chars of the clause that `before` ends, with no numeral after it and
/// `keep` true of the rest (`scan.per_time_before`, `scan.per_area_before`).
fn per_word_before<'w>(
    words: &'w WordList,
    before: &str,
    keep: impl Fn(&str) -> bool,
) -> Option<&'w str> {
    let clause = before.rsplit(is_clause_stop).next().unwrap_or("");
    if !words.may_occur_in(clause) {
        return None;
    }
    let tail = super::text::last_chars(clause, PER_TIME_WINDOW);
    words.entries().find_map(|(w, v)| {
        let rest = &tail[tail.rfind(w)? + w.len()..];
        let plain = !rest
            .chars()
            .any(|c| c.is_ascii_digit() || CN_DIGITS.contains(c));
        (plain && keep(rest)).then_some(v)
    })
}

/// A sum of money `men` per `per`, a unit of measure or a classifier: the unit becomes
/// the currency per `per`'s canonical unit and the value is divided by `per`'s factor
/// (6000元/吨 → 6000 CNY/t, 32.5元/公斤 → 32500 CNY/t, 800元/亩 → 1.2 CNY/m2, 120元/人 →
/// CNY/人). A price per any other kind (a percent, a sum, a duration) stays money.
fn unit_price(men: &mut Mention, per: &Unit) {
    let measure = matches!(
        per.kind,
        Kind::Count | Kind::Mass | Kind::Volume | Kind::Energy | Kind::Length | Kind::Area
    );
    if !measure || per.factor <= Decimal::ZERO || men.unit.contains('/') {
        return;
    }
    // 亩 is 2000/3 m2, stored to 27 decimals: the quotient is rounded back.
    let per_one = |v: Decimal| {
        v.checked_div(per.factor)
            .map(|q| q.round_dp(UNIT_PRICE_DP).normalize())
    };
    let (Some(value), max) = (per_one(men.value), men.value_max.map(per_one)) else {
        return;
    };
    if max.is_some_and(|m| m.is_none()) {
        return;
    }
    men.value = value;
    men.value_max = max.flatten();
    men.unit = format!("{}/{}", men.unit, per.unit);
}

/// A unit split before its first `/`: a price per unit's currency and the rest
/// (`CNY/t` → `CNY`, `/t`; `CNY` → `CNY`, ``).
pub fn split_per(unit: &str) -> (&str, &str) {
    unit.find('/').map_or((unit, ""), |i| unit.split_at(i))
}

/// Punctuation that ends a clause.
fn is_clause_stop(c: char) -> bool {
    matches!(c, '，' | '。' | '；' | ',' | ';' | '！' | '？' | '!' | '?')
}

fn is_cn_numeral(s: &str) -> bool {
    s.chars()
        .all(|c| CN_DIGITS.contains(c) || POINTS.contains(c) || INFIX_CHARS.contains(c))
}

/// A sign before a numeral is a minus unless it joins two figures (3-5) or follows a
/// letter (G-207). After a slash it is one when a unit symbol stands before the slash
/// (0℃/-18℃), not a number (3/-2).
fn sign_allowed(f: &Folded, at: usize) -> bool {
    if f.char(at) != Some('-') && f.char(at) != Some('−') {
        return true;
    }
    match f.char_before(at) {
        None => true,
        Some('/') => f
            .char_before(at - 1)
            .is_some_and(|u| matches!(u, '℃' | '°' | '℉')),
        Some(c) => {
            !(c.is_ascii_alphanumeric()
                || crate::extract::number::is_numeral_char(c)
                || SIGNS.contains(c)
                || ".%)".contains(c))
        }
    }
}

/// The digit runs of a dotted run starting at `at` (two dots or more: 1.2.3), if any.
fn dotted_run(f: &Folded, at: usize) -> Option<Vec<(usize, usize)>> {
    if f.char_before(at)
        .is_some_and(|c| c.is_ascii_digit() || c == '.')
    {
        return None;
    }
    let mut runs = Vec::new();
    let mut i = at;
    loop {
        let start = i;
        while f.char(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if i == start {
            return None;
        }
        runs.push((start, i));
        if f.char(i) == Some('.') && f.char(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        } else {
            break;
        }
    }
    (runs.len() >= 3).then_some(runs)
}

/// Char ranges of web addresses: their digits are not figures.
fn url_ranges(f: &Folded) -> Vec<(usize, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"(?i)(?:https?://|www\.)[!-~]+").unwrap());
    re.find_iter(&f.text)
        .map(|m| (f.char_at_byte(m.start()), f.char_at_byte(m.end())))
        .collect()
}

/// True when `text` has a char that can start a numeral: every figure and bound phrase
/// [`scan`] reports is built around a match of the numeral regex, and each alternative
/// of that regex needs a decimal digit (`\d` is Unicode: `is_numeric` covers it) or a
/// char of [`CN_DIGITS`]. About 40 % of sentences have none; checking costs a few
/// instructions per char, scanning them costs the regex, [`Squeezed`] and quote passes.
pub fn may_hold_numeral(text: &str) -> bool {
    text.chars().any(|c| {
        if c.is_ascii() {
            c.is_ascii_digit()
        } else if ('\u{4e00}'..='\u{9fff}').contains(&c) {
            // CJK ideographs are letters (Lo), never `is_numeric`: skip its table lookup.
            is_cn_digit(c)
        } else {
            c.is_numeric() || is_cn_digit(c)
        }
    })
}

/// `CN_DIGITS.contains(c)` as a binary search over its chars, sorted once (a string
/// search re-encodes `c` and scans all 123 bytes).
fn is_cn_digit(c: char) -> bool {
    static SORTED: OnceLock<Vec<char>> = OnceLock::new();
    SORTED
        .get_or_init(|| {
            let mut v: Vec<char> = CN_DIGITS.chars().collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .binary_search(&c)
        .is_ok()
}

/// Scans a folded sentence. `masked` are char ranges owned by dates; quoted slogans and
/// titles are masked here. Whitespace inside figures is skipped; positions in the result
/// are chars of `f`.
pub fn scan(
    f: &Folded,
    pats: &Patterns,
    masked: &[(usize, usize)],
) -> (Vec<Mention>, Vec<Numeral>) {
    scan_with(f, pats, masked, None, true)
}

/// [`scan`]; without `bounds` the bound phrases (大于10, 20和30之间) are not looked for.
/// They only add numerals, which only `--numbers` reports, and finding them costs about a
/// fifth of the scan. `quotes`, when given, are [`super::text::quoted_ranges`] of `f`
/// (the caller's, so they are not found twice).
pub fn scan_with(
    f: &Folded,
    pats: &Patterns,
    masked: &[(usize, usize)],
    quotes: Option<&[(usize, usize)]>,
    bounds: bool,
) -> (Vec<Mention>, Vec<Numeral>) {
    let share_words = pats.cues.at(crate::cue!("scan.share_word"));
    if !may_hold_numeral(&f.text) && !share_words.occurs_in(&f.text) {
        return (Vec::new(), Vec::new());
    }
    let parts = pats.cues.at(crate::cue!("scan.joinable"));
    let sq = Squeezed::new(f, |b, a| joinable(pats, parts, b, a));
    let masked: Vec<(usize, usize)> = masked.iter().map(|&(a, b)| sq.squeezed(a, b)).collect();
    // The sentence's quotes are the squeezed copy's when nothing was squeezed.
    let quotes = match (sq.is_identity(), quotes) {
        (true, Some(q)) => q.to_vec(),
        // The given ranges (with the quoted names the caller adds) moved to the copy.
        (false, Some(q)) => {
            let mut own = super::text::quoted_ranges(&sq.folded);
            own.extend(q.iter().map(|&(a, b)| sq.squeezed(a, b)));
            own
        }
        (_, None) => super::text::quoted_ranges(&sq.folded),
    };
    let (mut mentions, mut numerals) = scan_squeezed(&sq.folded, pats, &masked, quotes);
    if bounds {
        numerals.extend(super::bound::bounds(
            &sq.folded, &pats.cues, &numerals, &mentions,
        ));
    }
    for m in &mut mentions {
        (m.start, m.end) = sq.orig(m.start, m.end);
        m.numeral = sq.orig(m.numeral.0, m.numeral.1);
    }
    for n in &mut numerals {
        (n.start, n.end) = sq.orig(n.start, n.end);
        n.core = sq.orig(n.core.0, n.core.1);
    }
    numerals.sort_by_key(|n| (n.start, n.end));
    (mentions, numerals)
}

/// Whether the whitespace between `before` and `after` is inside a figure (三千 八百,
/// 1000  万, 2.4 个百分点, 20 - 100), so the scanner may drop it. `parts` are the chars
/// that keep a figure together (`scan.joinable`).
fn joinable(pats: &Patterns, parts: &WordList, before: &str, after: &str) -> bool {
    let (Some(p), Some(n)) = (before.chars().next_back(), after.chars().next()) else {
        return false;
    };
    let part =
        |c: char| c.is_ascii_digit() || crate::extract::number::is_numeral_char(c) || has(parts, c);
    if p.is_ascii_digit() && n.is_ascii_digit() {
        return thousands_space(before, after);
    }
    if (p.is_ascii_digit() && n == '.') || (p == '.' && n.is_ascii_digit()) {
        if let Some(join) = spaced_point(pats, before, after) {
            return join;
        }
    }
    if p == '.' && n.is_ascii_digit() {
        return broken_decimal(before, after);
    }
    // 2021 十大: a digit run followed by 十 starts a new word.
    if p.is_ascii_digit() && n == TEN {
        return false;
    }
    if part(p) && part(n) {
        return true;
    }
    let digit_before = |s: &str| s.trim_end().ends_with(|c: char| c.is_ascii_digit());
    // 20 - 100
    if p.is_ascii_digit() && matches!(n, '-' | '~' | '～') {
        let rest = after[n.len_utf8()..].trim_start();
        return rest.starts_with(|c: char| c.is_ascii_digit());
    }
    if matches!(p, '-' | '~' | '～') && n.is_ascii_digit() {
        return digit_before(&before[..before.len() - p.len_utf8()]);
    }
    // 202107 美元: a numeral and its unit (not a year or a classifier).
    if !(p.is_ascii_digit() || crate::extract::number::is_numeral_char(p)) {
        return false;
    }
    match pats.unit_at(after) {
        Some((u, _)) if !matches!(u.kind, Kind::Duration | Kind::Count | Kind::Age) => true,
        // 有家庭农场 802 家，: a page that spaces its figures spaces their classifier off
        // too, when the classifier ends its word (农户3,731 戶，; not 表3 家庭收入).
        Some((u, n)) if u.kind == Kind::Count => {
            let rest = after.chars().nth(n);
            rest.is_none_or(|c| !is_cjk(c))
        }
        _ => false,
    }
}

/// Whether a space between two digit runs separates thousands, as statistical releases
/// print them (1 098.8万公顷, 16 693万只, 12 345 678人): the groups before it are one of 1
/// to 3 digits that follows no digit, decimal point or comma, then groups of exactly 3,
/// each after one space; the group after has exactly 3 digits and goes on with a decimal
/// part, a unit or another char, or with one space and another such group, never with a
/// space alone (58 123 12.5 are table cells).
fn thousands_space(before: &str, after: &str) -> bool {
    let is_digit = |c: char| c.is_ascii_digit();
    let mut head = before;
    loop {
        let rest = head.trim_end_matches(is_digit);
        let n = head.len() - rest.len();
        let mut chars = rest.chars();
        let space = chars.next_back().filter(|c| c.is_whitespace());
        let earlier = chars.next_back().is_some_and(is_digit);
        match space {
            // A group of 3 after another group: go on to that one.
            Some(sp) if earlier && n == 3 => head = &rest[..rest.len() - sp.len_utf8()],
            _ => {
                // After another group (a run of another length) or a number: no group.
                let after_group = space.is_some() && earlier;
                let after_number = rest.ends_with(|c: char| is_digit(c) || c == '.' || c == ',');
                let opened = !after_group && !after_number;
                return opened && (1..=3).contains(&n) && group_goes_on(after);
            }
        }
    }
}

/// Whether the approximating word `w` found at byte `at` of `text` starts inside a word:
/// its first char closes one of `words` (`scan.approx_scope_word`: 合约 of 合约占).
fn opens_in_word(words: &WordList, text: &str, at: usize, w: &str) -> bool {
    let first = w.chars().next().map_or(0, char::len_utf8);
    words.ends(&text[..at + first])
}

/// Whether `after` opens with a group of exactly 3 digits that goes on as a figure (see
/// [`thousands_space`]): with a decimal part, a unit or another char, or with one space
/// and another such group.
fn group_goes_on(after: &str) -> bool {
    let tail = after.trim_start_matches(|c: char| c.is_ascii_digit());
    if after.len() - tail.len() != 3 {
        return false;
    }
    let mut chars = tail.chars();
    match chars.next() {
        Some('.') => tail[1..].starts_with(|c: char| c.is_ascii_digit()),
        Some(c) if c.is_whitespace() => group_goes_on(chars.as_str()),
        Some(c) => c != ',' && c != ';',
        None => false,
    }
}

/// Whether a space after a decimal point is page spacing inside one number (收入12. 5亿元,
/// 增长 8. 3 %): digits and a point after other text (a list number 1. opens its line),
/// and one to three digits after the space (1. 2025年 is a list item).
fn broken_decimal(before: &str, after: &str) -> bool {
    let whole = before.trim_end_matches('.');
    let head = whole.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits_after = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    head.len() < whole.len()
        && !head.trim().is_empty()
        && !head.ends_with(['.', ','])
        && (1..=3).contains(&digits_after)
}

/// Whether a space before a decimal point, or after one that has a space before it, is
/// page spacing inside one number (收入169 . 3亿元, 3 .5%): digits after other text (no
/// list number opening its line), the point with one space on one side or both, one to
/// three digits after it, then a percent sign, a scale or a unit, so the pieces can only
/// be one figure. None when the space is of no such point (a point glued on both sides is
/// [`broken_decimal`]'s).
fn spaced_point(pats: &Patterns, before: &str, after: &str) -> Option<bool> {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // The text before the whole part, the whole part's digits, and the fraction after.
    let (left, fraction) = if let Some(rest) = after.strip_prefix('.') {
        (before, rest.strip_prefix(' ').unwrap_or(rest))
    } else {
        let left = before.strip_suffix('.')?;
        (left.strip_suffix(' ')?, after)
    };
    let whole = left.trim_end_matches(|c: char| c.is_ascii_digit());
    let n = digits(fraction);
    let tail = &fraction[n..];
    let figure_tail = tail.starts_with('%')
        || tail
            .chars()
            .next()
            .is_some_and(|c| super::number::scale_exp(c).is_some())
        || pats.unit_at(tail).is_some();
    Some(
        whole.len() < left.len()
            && !whole.trim().is_empty()
            && !(whole.trim_end()).ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
            && (1..=3).contains(&n)
            && figure_tail,
    )
}

/// Whether `list` has the one-char word `c`.
fn has(list: &WordList, c: char) -> bool {
    list.contains(c.encode_utf8(&mut [0; 4]))
}

/// Whether `s` is one char of `chars`.
fn is_one_of(s: &str, chars: &str) -> bool {
    let mut cs = s.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if chars.contains(c))
}

/// The byte offset of char `at` of `f`.
fn byte_at(f: &Folded, at: usize) -> usize {
    f.rest(at).as_ptr() as usize - f.text.as_ptr() as usize
}

/// The cue lists the scanner reads (patterns/cues.tsv, rules `scan.*` and the qualifier
/// lists `bound.before` / `bound.after`), fetched once per sentence.
struct ScanCues<'p> {
    before: &'p WordList,
    after: &'p WordList,
    ordinal: &'p WordList,
    acronym: &'p WordList,
    joiner: &'p WordList,
    infix_stop: &'p WordList,
    label: &'p WordList,
    session: &'p WordList,
    unit_name: &'p WordList,
    counts_two: &'p WordList,
    half: &'p WordList,
    share: &'p WordList,
    share_next: &'p WordList,
    share_digit_next: &'p WordList,
    not_share: &'p WordList,
    discount: &'p WordList,
    not_discount: &'p WordList,
    doubling: &'p WordList,
    doubling_end: &'p WordList,
    doubling_unit: &'p WordList,
    tally_word: &'p WordList,
    tally_unit: &'p WordList,
    age: &'p WordList,
    age_next: &'p WordList,
    degree_unit: &'p WordList,
    degree_scale: &'p WordList,
    temperature_cue: &'p WordList,
    energy_cue: &'p WordList,
    angle_cue: &'p WordList,
    below_zero: &'p WordList,
    currency_name: &'p WordList,
    minor_unit: &'p WordList,
    minor_unit_stop: &'p WordList,
    area_minor_unit: &'p WordList,
    per_time: &'p WordList,
    per_area: &'p WordList,
    per_one: &'p WordList,
    per_one_not: &'p WordList,
    per_one_next: &'p WordList,
    spoken_major: &'p WordList,
    fraction_unit: &'p WordList,
    not_half: &'p WordList,
    session_body: &'p WordList,
    session_meeting: &'p WordList,
    not_unit: &'p WordList,
    not_bound_after: &'p WordList,
    loose_bound: &'p WordList,
    loose_bound_next: &'p WordList,
    list_place: &'p WordList,
    /// `scan.approx_scope_word`: words ending with an approximating word's first char.
    approx_word: &'p WordList,
    vague: &'p WordList,
    /// Qualifiers that before a duration name the span just past, no approximation
    /// (近三年: the last three years; `scan.recent_span`).
    recent_span: &'p WordList,
    pair_date: &'p WordList,
    deferred_scale: &'p WordList,
    deferred_classifier: &'p WordList,
    leading_classifier: &'p WordList,
    leading_link: &'p WordList,
    leading_close: &'p WordList,
    sheet_total: &'p WordList,
    bare_money: &'p WordList,
    change_before: &'p WordList,
}

impl<'p> ScanCues<'p> {
    /// Fetches the lists from the loaded cues.
    fn new(cues: &'p Cues) -> ScanCues<'p> {
        ScanCues {
            before: cues.at(crate::cue!("bound.before")),
            after: cues.at(crate::cue!("bound.after")),
            ordinal: cues.at(crate::cue!("scan.ordinal")),
            acronym: cues.at(crate::cue!("scan.measure_acronym")),
            joiner: cues.at(crate::cue!("scan.joiner")),
            infix_stop: cues.at(crate::cue!("scan.infix_stop")),
            label: cues.at(crate::cue!("scan.label")),
            session: cues.at(crate::cue!("scan.session")),
            unit_name: cues.at(crate::cue!("scan.unit_name")),
            counts_two: cues.at(crate::cue!("scan.counts_two")),
            half: cues.at(crate::cue!("scan.half")),
            share: cues.at(crate::cue!("scan.share")),
            share_next: cues.at(crate::cue!("scan.share_next")),
            share_digit_next: cues.at(crate::cue!("scan.share_digit_next")),
            not_share: cues.at(crate::cue!("scan.not_share")),
            discount: cues.at(crate::cue!("scan.discount")),
            not_discount: cues.at(crate::cue!("scan.not_discount")),
            doubling: cues.at(crate::cue!("scan.doubling")),
            doubling_end: cues.at(crate::cue!("scan.doubling_end")),
            doubling_unit: cues.at(crate::cue!("scan.doubling_unit")),
            tally_word: cues.at(crate::cue!("scan.tally_word")),
            tally_unit: cues.at(crate::cue!("scan.tally_unit")),
            age: cues.at(crate::cue!("scan.age")),
            age_next: cues.at(crate::cue!("scan.age_next")),
            degree_unit: cues.at(crate::cue!("scan.degree_unit")),
            degree_scale: cues.at(crate::cue!("scan.degree_scale")),
            temperature_cue: cues.at(crate::cue!("scan.temperature_cue")),
            energy_cue: cues.at(crate::cue!("scan.energy_cue")),
            angle_cue: cues.at(crate::cue!("scan.angle_cue")),
            below_zero: cues.at(crate::cue!("scan.below_zero")),
            currency_name: cues.at(crate::cue!("scan.currency_name")),
            minor_unit: cues.at(crate::cue!("scan.minor_unit")),
            minor_unit_stop: cues.at(crate::cue!("scan.minor_unit_stop")),
            area_minor_unit: cues.at(crate::cue!("scan.area_minor_unit")),
            per_time: cues.at(crate::cue!("scan.per_time")),
            per_area: cues.at(crate::cue!("scan.per_area")),
            per_one: cues.at(crate::cue!("scan.per_one")),
            per_one_not: cues.at(crate::cue!("scan.per_one_not")),
            per_one_next: cues.at(crate::cue!("scan.per_one_next")),
            spoken_major: cues.at(crate::cue!("scan.spoken_major")),
            fraction_unit: cues.at(crate::cue!("scan.fraction_unit")),
            not_half: cues.at(crate::cue!("scan.not_half")),
            session_body: cues.at(crate::cue!("scan.session_body")),
            session_meeting: cues.at(crate::cue!("scan.session_meeting")),
            not_unit: cues.at(crate::cue!("scan.not_unit")),
            not_bound_after: cues.at(crate::cue!("scan.not_bound_after")),
            loose_bound: cues.at(crate::cue!("scan.loose_bound")),
            loose_bound_next: cues.at(crate::cue!("scan.loose_bound_next")),
            list_place: cues.at(crate::cue!("scan.list_place")),
            approx_word: cues.at(crate::cue!("scan.approx_scope_word")),
            vague: cues.at(crate::cue!("scan.vague")),
            recent_span: cues.at(crate::cue!("scan.recent_span")),
            pair_date: cues.at(crate::cue!("scan.pair_date")),
            deferred_scale: cues.at(crate::cue!("scan.deferred_scale")),
            deferred_classifier: cues.at(crate::cue!("scan.deferred_classifier")),
            leading_classifier: cues.at(crate::cue!("scan.leading_classifier")),
            leading_link: cues.at(crate::cue!("scan.leading_link")),
            leading_close: cues.at(crate::cue!("scan.leading_close")),
            sheet_total: cues.at(crate::cue!("scan.sheet_total")),
            bare_money: cues.at(crate::cue!("scan.bare_money")),
            change_before: cues.at(crate::cue!("scan.change_to_level")),
        }
    }
}

/// Checks the values of the scanners' cue lists (see patterns/cues.tsv), so that the
/// scanners can rely on them: qualifier flags, joiner kinds, temperature scales, currency
/// codes and minor units. Returns `rule word: reason` for the first bad line.
pub fn check_cues(cues: &Cues) -> crate::error::Result<()> {
    let bad = |rule: &str, w: &str, e: String| Err(cues.error(rule, w, &e));
    for rule in ["bound.before", "bound.after"] {
        for (w, v) in cues.get(rule).entries() {
            if let Err(e) = Qualifier::parse(v) {
                return bad(rule, w, e);
            }
        }
    }
    let one_of = |rule: &str, allowed: &[&str]| -> crate::error::Result<()> {
        match cues.get(rule).entries().find(|(_, v)| !allowed.contains(v)) {
            Some((w, v)) => bad(rule, w, format!("value {v:?} is not one of {allowed:?}")),
            None => Ok(()),
        }
    };
    // First match in file order: a word listed after a shorter word it ends with (or
    // starts with, for words after the figure) would never be found.
    for (rule, ends) in [
        ("bound.before", true),
        ("bound.after", false),
        ("bound.between_start", true),
        ("bound.between_end", false),
        ("scan.doubling", true),
        ("scan.below_zero", true),
        ("scan.currency_name", true),
        ("scan.degree_scale", true),
        ("scan.per_time", false),
        ("scan.per_area", false),
    ] {
        let words: Vec<&str> = cues.get(rule).iter().collect();
        for (i, w) in words.iter().enumerate() {
            let hidden = |e: &&str| {
                if ends {
                    w.ends_with(e)
                } else {
                    w.starts_with(e)
                }
            };
            if let Some(e) = words[..i].iter().copied().find(hidden) {
                let how = if ends { "ends" } else { "starts" };
                return bad(
                    rule,
                    w,
                    format!("listed after {e}, which it {how} with: list it first"),
                );
            }
        }
    }
    one_of("scan.joiner", &["word", "dash"])?;
    one_of("scan.degree_scale", &["C", "F"])?;
    for (w, v) in cues.at(crate::cue!("scan.currency_name")).entries() {
        if let Err(e) = currency_name(v) {
            return bad("scan.currency_name", w, e);
        }
    }
    for rule in ["scan.minor_unit", "scan.area_minor_unit"] {
        for (w, v) in cues.get(rule).entries() {
            if let Err(e) = minor_unit(v) {
                return bad(rule, w, e);
            }
        }
    }
    for rule in ["scan.per_area", "scan.per_area_before"] {
        for (w, v) in cues.get(rule).entries() {
            if let Err(e) = per_area(v) {
                return bad(rule, w, e);
            }
        }
    }
    super::bound::check_cues(cues)
}

/// A value of `scan.currency_name`: (ISO 4217 code, whether the name is a prefix that
/// belongs to a figure's text).
pub fn currency_name(value: &str) -> Result<(&str, bool), String> {
    let mut parts = value.split_whitespace();
    let code = parts.next().ok_or("needs a currency code (TWD)")?;
    if !(code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())) {
        return Err(format!("{code:?} is not a currency code (TWD)"));
    }
    let prefix = match parts.next() {
        None => false,
        Some("prefix") => true,
        Some(other) => return Err(format!("unknown flag {other:?} (prefix)")),
    };
    match parts.next() {
        Some(extra) => Err(format!("unexpected {extra:?} after the flag")),
        None => Ok((code, prefix)),
    }
}

/// A value of `scan.minor_unit`: (currency code or unit surface, factor to the major unit).
fn minor_unit(value: &str) -> Result<(&str, Decimal), String> {
    let err = || format!("value {value:?} is not a currency code and a factor (CNY 0.1)");
    let (code, factor) = value.split_once(' ').ok_or_else(err)?;
    let factor: Decimal = factor.trim().parse().map_err(|_| err())?;
    Ok((code, factor))
}

/// A value of `scan.per_area`: (the area unit a rate is per, the factor turning a rate
/// per the written area into one per that unit: 15 for 亩 → ha).
fn per_area(value: &str) -> Result<(&str, Decimal), String> {
    let mut parts = value.split_whitespace();
    match (
        parts.next(),
        parts.next().map(str::parse::<Decimal>),
        parts.next(),
    ) {
        (Some(unit), Some(Ok(factor)), None) if factor > Decimal::ZERO => Ok((unit, factor)),
        _ => Err(format!("value {value:?} is not `UNIT FACTOR` (ha 15)")),
    }
}

/// One sentence being scanned: the squeezed sentence, the rules, the spans the scanner
/// must not read, and what it has found so far.
struct Scanner<'a> {
    f: &'a Folded,
    pats: &'a Patterns,
    cues: ScanCues<'a>,
    re: &'static Regex,
    /// Char ranges owned by dates.
    masked: &'a [(usize, usize)],
    /// Quoted slogans, titles and web addresses.
    quotes: Vec<(usize, usize)>,
    mentions: Vec<Mention>,
    numerals: Vec<Numeral>,
    /// Char index: the upper end of a range is not a new figure.
    consumed_until: usize,
    /// Units found so far (1234两: the 两 is the unit, not a numeral).
    unit_spans: Vec<(usize, usize)>,
}

/// Scans the squeezed sentence `f`: every match of the numeral regex, left to right.
fn scan_squeezed(
    f: &Folded,
    pats: &Patterns,
    masked: &[(usize, usize)],
    mut quotes: Vec<(usize, usize)>,
) -> (Vec<Mention>, Vec<Numeral>) {
    quotes.extend(url_ranges(f));
    let mut s = Scanner {
        f,
        pats,
        cues: ScanCues::new(&pats.cues),
        re: numeral_re(),
        masked,
        quotes,
        mentions: Vec::new(),
        numerals: Vec::new(),
        consumed_until: 0,
        unit_spans: Vec::new(),
    };
    let mut pos = 0; // byte offset where the next search starts
    while pos < f.text.len() {
        let Some(caps) = numeral_match(s.re, &f.text, pos) else {
            break;
        };
        pos = s.read_match(&caps);
    }
    s.share_words();
    s.compound_durations();
    (s.mentions, s.numerals)
}

impl<'a> Scanner<'a> {
    /// Reads one match of the numeral regex; returns the byte where the next search starts.
    fn read_match(&mut self, caps: &NumMatch) -> usize {
        let f = self.f;
        let m = caps.all();
        let mut pos = m.end();
        let (a, mut b) = (f.char_at_byte(m.start()), f.char_at_byte(m.end()));
        if overlaps(self.masked, a, a + 1)
            || overlaps(&self.quotes, a, a + 1)
            || overlaps(&self.unit_spans, a, a + 1)
        {
            return pos;
        }
        // A date or a quotation starting inside the match cuts it.
        if let Some(cut) = self
            .masked
            .iter()
            .chain(self.quotes.iter())
            .map(|&(s, _)| s)
            .filter(|&s| a < s && s < b)
            .min()
        {
            b = cut;
            pos = byte_at(f, b);
        }
        let clipped = b != f.char_at_byte(m.end());
        // 1.2.3.4, 2222.2222.22222: a dotted run (version, address) is a list of numbers.
        if let Some(runs) = dotted_run(f, a) {
            let run_end = runs.last().map_or(a, |r| r.1);
            for (ra, rb) in runs {
                if let Ok(v) = parse_number(f.slice(ra, rb)) {
                    self.numerals.push(Numeral::at(ra, rb, v, None));
                }
            }
            return byte_at(f, run_end);
        }
        // 14..3%: a doubled decimal point is a typo inside one number; its digits after
        // the dots are no figure of their own (read alone they would be 3%).
        let doubled_dot = a >= 3
            && f.char_before(a) == Some('.')
            && f.char_before(a - 1) == Some('.')
            && f.char_before(a - 2).is_some_and(|c| c.is_ascii_digit());
        if doubled_dot {
            // Past the whole match (never back to `a`: 1..-3 matches -3) and its unit.
            let unit = self.pats.unit_at(f.rest(b)).map_or(0, |(_, n)| n);
            return byte_at(f, b + unit);
        }
        let leading_dot = f.char(a) == Some('.')
            && f.char_before(a)
                .is_some_and(|c| c.is_alphanumeric() || c == '.');
        if leading_dot || (f.slice(a, b).starts_with(|c| SIGNS.contains(c)) && !sign_allowed(f, a))
        {
            return byte_at(f, a + 1);
        }
        if !clipped {
            if caps.name("mixed").is_some() {
                self.mixed_fraction(caps, a, b);
                return pos;
            }
            if caps.name("slash").is_some() {
                return self.slash(caps, a, b).unwrap_or(pos);
            }
            if caps.name("frac").is_some() || caps.name("pct").is_some() {
                self.fraction(caps, a, b);
                return pos;
            }
        }
        // A plain numeral (also the first part of a clipped fraction).
        self.plain(a, b, pos)
    }

    /// 三又二分之一: a whole and a fraction, one number.
    fn mixed_fraction(&mut self, caps: &NumMatch, a: usize, b: usize) {
        let whole = numeral_text_value(caps.group("whole")).map(|(v, _)| v);
        let part = fraction_part(caps.group("mden"))
            .zip(fraction_part(caps.group("mnom")))
            .and_then(|(d, n)| ratio(n, d));
        if let Some((w, p)) = whole.zip(part) {
            let v = if w.is_sign_negative() {
                w.checked_sub(p)
            } else {
                w.checked_add(p)
            };
            if let Some(v) = v {
                self.numerals.push(Numeral::at(a, b, v.normalize(), None));
            }
        }
        self.consumed_until = b;
    }

    /// 1/2 as a number; returns where to search next when it is not a fraction (2026/3,
    /// 1/2/3: the first number is read alone).
    fn slash(&mut self, caps: &NumMatch, a: usize, b: usize) -> Option<usize> {
        let f = self.f;
        let standalone = !f
            .char_before(a)
            .is_some_and(|c| c.is_ascii_digit() || c == '/')
            && !f
                .char(b)
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '/');
        let v = caps
            .group("sn")
            .parse::<Decimal>()
            .ok()
            .zip(caps.group("sd").parse::<Decimal>().ok())
            .and_then(|(n, d)| ratio(n, d));
        match v {
            Some(v) if standalone => {
                self.numerals.push(Numeral::at(a, b, v.normalize(), None));
                self.consumed_until = b;
                self.slash_share(a, b, v);
                None
            }
            _ => {
                let first = caps.name("sn").map_or(b, |g| f.char_at_byte(g.end()));
                if let Ok(v) = caps.group("sn").parse::<Decimal>() {
                    self.numerals.push(Numeral::at(a, first, v, None));
                }
                Some(byte_at(f, first))
            }
        }
    }

    /// 约占全区工业的1/3: a fraction below one written with a slash after a share verb
    /// (`scan.slash_share`) in its clause, no more than [`SHARE_WINDOW`] chars before
    /// it, is a percent figure, as 三分之一 is; elsewhere 1/3 may be a date or a count.
    fn slash_share(&mut self, a: usize, b: usize, share: Decimal) {
        let f = self.f;
        if share >= Decimal::ONE || share <= Decimal::ZERO {
            return;
        }
        let back: Vec<char> = f.before(a).chars().rev().take(SHARE_WINDOW).collect();
        let clause: String = back
            .into_iter()
            .take_while(|c| !"，。；：、,;:！？!?".contains(*c))
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let verbs = self.pats.cues.at(crate::cue!("scan.slash_share"));
        let Some(pct) = share.checked_mul(Decimal::from(100)) else {
            return;
        };
        if !verbs.occurs_in(&clause) {
            return;
        }
        self.push_share(a, b, pct.round_dp(PERCENT_DP).normalize(), false);
    }

    /// A share at `[a, b)` as a percent figure of `value`, with the qualifier after it
    /// (三分之一左右, 百分之五十以上) and the prefix before it.
    fn push_share(&mut self, a: usize, b: usize, value: Decimal, chinese: bool) {
        let mut men = Mention::percent(a, b, value, chinese);
        if let Some((w, q)) = self.qualifier_after(b) {
            men.approx = q.approx;
            men.end += w.chars().count();
        }
        self.apply_prefix(&mut men);
        self.consumed_until = men.end;
        self.mentions.push(men);
    }

    /// 三分之一, 百分之五十: a share, as a percent figure; also 百分三点四 without 之, as
    /// Hong Kong and Macau papers write a percent in words (only over 百, a Chinese
    /// numeral after it).
    fn fraction(&mut self, caps: &NumMatch, a: usize, b: usize) {
        let f = self.f;
        let (den_g, nom_g) = if caps.name("pct").is_some() {
            ("pden", "pnom")
        } else {
            ("den", "nom")
        };
        let den_s = caps.group(den_g);
        let (Some(den), Some(nom)) = (fraction_part(den_s), fraction_part(caps.group(nom_g)))
        else {
            return;
        };
        let Some(share) = ratio(nom, den) else {
            return;
        };
        let Some(pct) = share.checked_mul(Decimal::from(100)) else {
            return;
        };
        // 百分之五十: the numeral is 五十; 三分之一 is one number.
        if is_one_of(den_s, HUNDREDS) {
            if let Some(g) = caps.name(nom_g) {
                let (na, nb) = (f.char_at_byte(g.start()), f.char_at_byte(g.end()));
                self.numerals.push(Numeral::at(na, nb, nom, None));
            }
        } else {
            self.numerals
                .push(Numeral::at(a, b, share.normalize(), None));
        }
        let chinese = is_cn_numeral(&f.slice(a, b).replace(FRACTION, "").replace(&fen(), ""));
        self.push_share(a, b, pct.normalize(), chinese);
    }

    /// The end of the numeral at `[a, b)` once a unit starting with a scale char (120万千瓦,
    /// 5百分点) and a final 两 that is a unit (二两, 两万两) are given back.
    fn numeral_end(&self, a: usize, mut b: usize) -> usize {
        let f = self.f;
        if let Some(k) = unit_in_tail(f, self.pats, a, b) {
            b -= k;
        }
        // 两 never spells a final digit: 二两, 两万两 end with the unit 两 (liang),
        // unless a classifier follows (一两个 = one or two).
        let text = f.slice(a, b);
        if text.chars().count() >= 2 {
            let mut it = text.chars().rev();
            if let (Some(last), Some(prev)) = (it.next(), it.next()) {
                if COUNTING_TWOS.contains(last)
                    && !COUNTING_TWOS.contains(prev)
                    && (prev.is_ascii_digit() || CN_DIGITS.contains(prev))
                    && self.pats.unit_at(f.rest(b)).is_none()
                {
                    b -= 1;
                }
            }
        }
        b
    }

    /// A plain numeral at `[a, b)` and the figure around it; returns where to search next
    /// (`pos` unless the numeral is cut short).
    fn plain(&mut self, a: usize, b: usize, mut pos: usize) -> usize {
        let f = self.f;
        let mut b = self.numeral_end(a, b);
        let mut text = f.slice(a, b);
        // 二三十家, 七八成, 两三年: two neighbouring digits are a vague range.
        let pair = neighbour_pair(f, a, text, self.cues.pair_date);
        let Some((len, value, infix_approx)) = (pair.map(|(len, lo, _)| (len, lo, false)))
            .or_else(|| longest_numeral(text))
            .or_else(|| self.scale_before_unit(a, text))
        else {
            return pos;
        };
        let (len, value) = self.spoken_per_one(a, text, len, value);
        if len < text.chars().count() {
            b = a + len;
            text = f.slice(a, b);
            pos = byte_at(f, b);
        }
        let infix_approx = infix_approx.then_some(Approx::Approx);
        self.numerals.push(Numeral::at(a, b, value, infix_approx));
        if a < self.consumed_until {
            return pos;
        }
        let chinese = is_cn_numeral(text.trim_start_matches(|c| BARE_LEADS.contains(c)));
        let mut men = Mention {
            start: a,
            end: b,
            kind: Kind::Number,
            unit: String::new(),
            value,
            value_max: None,
            approx: infix_approx,
            chinese,
            numeral: (a, b),
            rejected: None,
        };
        if self.reject_label(&mut men, text) {
            self.mentions.push(men);
            return pos;
        }
        if self.attach_unit(&mut men, text).is_none() {
            return pos;
        }
        if let Some((_, lo, hi)) = pair {
            // A change in points is stated exactly (二三十个百分点 is no figure to the
            // Recognizers-Text peer suite either).
            if men.kind == Kind::PercentagePoint {
                return pos;
            }
            // The unit scaled the low end (七八成: 7 → 70 %); the high end likewise.
            men.value_max = (men.value.checked_div(lo)).and_then(|k| k.checked_mul(hi));
            men.approx = Some(Approx::Range);
            self.mentions.push(men);
            return pos;
        }
        let mut men = self.range(men, text);
        let end = men.end;
        self.qualify_after(&mut men);
        // 16.8元一公斤: the numeral of a per phrase taken is no figure of its own.
        if men.end > end {
            self.consumed_until = self.consumed_until.max(men.end);
        }
        self.apply_prefix(&mut men);
        self.mentions.push(men);
        pos
    }

    /// 两百一天, 三千一个月: a spoken numeral's last 一 after 百, 千 or 万 (两百一 = 210)
    /// opens a per phrase instead when the numeral without it is followed by a per phrase
    /// closing its clause ([`Scanner::per_one`]): the (chars, value) of the numeral
    /// without it, else `len` and `value` unchanged.
    fn spoken_per_one(&self, a: usize, text: &str, len: usize, value: Decimal) -> (usize, Decimal) {
        let chars: Vec<char> = text.chars().take(len).collect();
        let [.., place, last] = chars[..] else {
            return (len, value);
        };
        let spoken = number::digit_value(last) == Some(1)
            && !last.is_ascii_digit()
            && number::scale_exp(place).is_some_and(|e| (2..=4).contains(&e));
        if !spoken {
            return (len, value);
        }
        let probe = Mention {
            start: a,
            end: a + len - 1,
            kind: Kind::Number,
            unit: String::new(),
            value,
            value_max: None,
            approx: None,
            chinese: true,
            numeral: (a, a + len - 1),
            rejected: None,
        };
        let shorter: String = chars[..len - 1].iter().collect();
        match (self.per_one(&probe), number::parse_number(&shorter)) {
            (Some(_), Ok(v)) => (len - 1, v),
            _ => (len, value),
        }
    }

    /// Ordinals and labels before a numeral (第三, G207, No.5, #3, URL parts such as %20,
    /// q=30, codes with a leading zero): marks `men` rejected and returns true.
    fn reject_label(&self, men: &mut Mention, text: &str) -> bool {
        let (f, a) = (self.f, men.start);
        let prev = f.char_before(a);
        if prev.is_some_and(|c| has(self.cues.ordinal, c)) {
            men.kind = Kind::Ordinal;
            men.start = a - 1;
            men.rejected = Some("ordinal");
            return true;
        }
        let after_word_dot = prev == Some('.')
            && a >= 2
            && f.char_before(a - 1)
                .is_some_and(|c| c.is_ascii_alphanumeric());
        // GDP310.51亿元: a measure's acronym (`scan.measure_acronym`), standing alone
        // before the numeral, names what it measures, no code.
        let letters: String = {
            let run: Vec<char> = f
                .before(a)
                .chars()
                .rev()
                .take_while(char::is_ascii_alphabetic)
                .collect();
            run.into_iter().rev().collect()
        };
        let opens = (f.char_before(a - letters.len())).is_none_or(|c| !c.is_ascii_alphanumeric());
        let acronym = !letters.is_empty() && opens && self.cues.acronym.contains(&letters);
        if after_word_dot
            || !acronym && prev.is_some_and(|c| c.is_ascii_alphabetic() || "#%=&_".contains(c))
        {
            men.rejected = Some("label (letters before the numeral)");
            return true;
        }
        // 參團, 陸客: a financial digit alone before another char is a word's char; sums in
        // that form are written whole (壹萬元, 叁佰伍拾).
        let mut chars = text.chars();
        let glued = f.char(men.end).is_some_and(is_cjk);
        if let (Some(c), None, true) = (chars.next(), chars.next(), glued) {
            if number::DIGITS[1..]
                .iter()
                .any(|g| g.chars().skip(1).any(|d| d == c))
            {
                men.rejected = Some("word (a lone financial digit: 參團)");
                return true;
            }
        }
        // 0351 (area code), 030000 (postcode): digit runs with a leading zero are codes;
        // not two digits after a larger unit of a duration (2小时08分钟, 5分08秒:
        // `scan.padded_after` right after a numeral).
        let padded = || {
            let before = f.before(a);
            (self.pats.cues.at(crate::cue!("scan.padded_after")))
                .suffix_of(before)
                .is_some_and(|w| {
                    let at = a - w.chars().count();
                    f.char_before(at).is_some_and(|c| c.is_ascii_digit())
                })
        };
        if text.len() >= 2
            && text.starts_with('0')
            && text.bytes().all(|c| c.is_ascii_digit())
            && !(text.len() == 2 && padded())
        {
            men.rejected = Some("identifier (leading zero)");
            return true;
        }
        false
    }

    /// The unit or the word after the numeral of `men` (whose end is the numeral's end):
    /// 3,500余台, 5万吨, 一吨半, $20, 三成, 八折, 翻两番; labels after it (1号, 5G). `None`
    /// when the value overflows (the figure is dropped).
    fn attach_unit(&mut self, men: &mut Mention, text: &str) -> Option<()> {
        let (f, pats) = (self.f, self.pats);
        let infix_approx = men.approx;
        // 3,500余台 / 两百多个
        let mut infix = false;
        if let Some(c) = f.char(men.end) {
            if INFIX_CHARS.contains(c)
                && f.rest(men.end + 1)
                    .chars()
                    .next()
                    .is_some_and(|n| !has(self.cues.infix_stop, n))
                && pats.unit_at(f.rest(men.end + 1)).is_some()
            {
                men.approx = Some(Approx::Approx);
                infix = true;
                men.end += 1;
            }
        }
        let not_unit = self.cues.not_unit.starts(f.rest(men.end))
            || self.list_place(men.start, men.end, text)
            || self.closes_tally(men.start, men.end);
        let unit = pats.unit_at(f.rest(men.end)).filter(|(u, n)| {
            // An ASCII unit must end the word: 5Gb is not 5 G.
            let glued = u.surface.is_ascii()
                && f.char(men.end + n)
                    .is_some_and(|c| c.is_ascii_alphanumeric());
            !glued && !not_unit
        });
        match unit {
            Some((u, n)) => self.with_unit(men, u, n),
            None => {
                self.without_unit(men, text, infix.then_some(infix_approx));
                // 一成七至九百元: a share's last digit opens no figure of its own.
                if men.kind == Kind::Percent {
                    self.consumed_until = self.consumed_until.max(men.end);
                }
                Some(())
            }
        }
    }

    /// True when a Chinese numeral `text` (chars from `a` to `b`) and a scan.list_place
    /// unit after it follow an enumeration comma (、) as one list item: a place name such
    /// as a township named numeral + 甲, not an area.
    fn list_place(&self, a: usize, b: usize, text: &str) -> bool {
        self.f.char_before(a) == Some('、')
            && is_cn_numeral(text)
            && self.cues.list_place.starts(self.f.rest(b))
    }

    /// True when the numeral from `a` to `b` and the `scan.tally_unit` word after it close
    /// a tally after a numeral and a `scan.tally_word` (两降一升: two fell, one rose).
    fn closes_tally(&self, a: usize, b: usize) -> bool {
        let f = self.f;
        if !self.cues.tally_unit.starts(f.rest(b)) {
            return false;
        }
        let before = f.before(a);
        self.cues.tally_word.suffix_of(before).is_some_and(|w| {
            before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_some_and(is_cn_digit)
        })
    }

    /// The time unit a classifier `u` counts when a half stands between them (一个半小时:
    /// 小时; 两个半月: 个月), written from char `at` on: the unit and its chars there.
    /// Not days nor years: 两个半天 counts half days.
    fn counted_time(&self, u: &Unit, at: usize) -> Option<(&'a Unit, usize)> {
        if u.kind != Kind::Count {
            return None;
        }
        let rest = self.f.rest(at);
        let joined = format!("{}{rest}", u.surface);
        let classifier = u.surface.chars().count();
        match self.pats.unit_at(&joined) {
            Some((t, k)) if k > classifier && t.kind == Kind::Duration => Some((t, k - classifier)),
            // 两个半天, 三个半年 are half days and half years, counted.
            _ => self.pats.unit_at(rest).filter(|(t, _)| {
                t.kind == Kind::Duration && !matches!(t.unit.as_str(), "day" | "year")
            }),
        }
    }

    /// The unit `u` of `n` chars after the figure `men`: its value, kind and unit, and
    /// what may follow it (a half, small change, a session, a temperature, an age).
    fn with_unit(&mut self, men: &mut Mention, u: &Unit, n: usize) -> Option<()> {
        let (f, cues) = (self.f, &self.cues);
        let end = men.end;
        // 一吨半, 两年半: and a half.
        // 4家半导体厂商: a word that begins with 半 is no half.
        let half = f.char(end + n).is_some_and(|c| has(cues.half, c))
            && men.value.fract().is_zero()
            && !cues.not_half.starts(f.rest(end + n));
        // 一个半小时, 两个半月: the half of the time its classifier counts; 三个多小时, 两个
        // 多月: more than it.
        let more = f.char(end + n).is_some_and(|c| INFIX_CHARS.contains(c));
        let time = (half || more).then(|| self.counted_time(u, end + n + 1));
        if let Some((t, k)) = time.flatten() {
            self.unit_spans.push((end, end + n + 1 + k));
            let base = if half {
                men.value.checked_add(Decimal::new(5, 1))?
            } else {
                men.value
            };
            men.value = base.checked_mul(t.factor)?;
            (men.kind, men.unit) = (t.kind, t.unit.clone());
            if more {
                men.approx = Some(Approx::Approx);
            }
            men.end = end + n + 1 + k;
            return Some(());
        }
        self.unit_spans.push((end, end + n));
        let base = if half {
            men.value.checked_add(Decimal::new(5, 1))
        } else {
            Some(men.value)
        };
        men.value = base.and_then(|v| v.checked_mul(u.factor))?;
        men.kind = u.kind;
        men.unit = u.unit.clone();
        men.end = end + n + usize::from(half);
        // 五元三毛, 2元5角8分, 两美元又三美分: the small change belongs to the sum; 两块五,
        // 1块1 say the 毛 they leave out.
        // 4亩8分: an area's minor units likewise (`scan.area_minor_unit`).
        if !half {
            let change = if men.kind == Kind::Money {
                (self.small_change(men.end, &men.unit, self.cues.minor_unit))
                    .or_else(|| self.spoken_tenths(u, men.end))
            } else {
                (self.small_change(men.end, &u.surface, self.cues.area_minor_unit))
                    .and_then(|(c, len)| Some((c.checked_mul(u.factor)?, len)))
            };
            if let Some((change, len)) = change {
                if let Some(v) = men.value.checked_add(change) {
                    men.value = v;
                    men.end += len;
                    self.consumed_until = men.end;
                }
            }
        }
        let cues = &self.cues;
        // 翻了一倍: doubled, as 翻一番 (增长一倍 stays one times of growth).
        if men.kind == Kind::Multiple && men.value == Decimal::ONE && !half {
            let lead = cues.doubling.suffix_of(f.before(men.start));
            if let Some(w) = lead.filter(|_| cues.doubling_unit.contains(&u.surface)) {
                men.value = Decimal::TWO;
                men.start -= w.chars().count();
            }
        }
        // 二十届四中全会, 十四届全国人大: a session number names the body after it.
        if men.kind == Kind::Count && self.sheet_total(men.start, &u.surface) {
            men.rejected = Some("label (第1张共2张: the sheets of a document)");
        }
        if cues.session.contains(&u.surface) && f.char(men.end).is_some_and(is_cjk) {
            men.rejected = Some("label (二十届四中全会)");
        }
        // 人大三次会议, 十届三次会议: the meeting of a body's session is named by its number,
        // and so are the meetings named together (十三届三次四次全会).
        let unit = u.surface.as_str();
        let before = strip_numbered(f.before(men.start), unit, true);
        let after = strip_numbered(f.rest(men.end), unit, false);
        if cues.session_body.ends(before) && cues.session_meeting.starts(after) {
            men.rejected = Some("label (人大三次会议)");
        }
        // 六十三团, 农七师45团: a Chinese numeral from ten right before a unit's word names
        // that unit, as any numeral does after the unit above it (the word's value); a
        // count takes a classifier (三个团), is approximate (300余团) or small (两团体).
        if let Some(parent) = cues.unit_name.value(&u.surface) {
            let after_parent = !parent.is_empty() && f.before(men.start).ends_with(parent);
            let numbered = men.chinese && men.value >= Decimal::TEN;
            if (numbered || after_parent) && men.approx.is_none() {
                men.rejected = Some("name of a numbered unit (六十三团)");
            }
        }
        if cues.degree_unit.contains(&u.surface) {
            self.degree_as_temperature(men);
        }
        // 2018年 the date scanner left (a target, a name): a year of the calendar, written
        // with four digits, is no span of 2018 years.
        let numeral = f.slice(men.numeral.0, men.numeral.1);
        if men.kind == Kind::Duration
            && u.unit == "year"
            && men.approx.is_none()
            && numeral.len() == 4
            && numeral.bytes().all(|b| b.is_ascii_digit())
            && (Decimal::from(1900)..=Decimal::from(2100)).contains(&men.value)
        {
            men.rejected = Some("a year of the calendar (2018年), no span");
        }
        // 三个月大, 90天大: an age.
        if men.kind == Kind::Duration
            && f.char(men.end).is_some_and(|c| has(cues.age, c))
            && f.char(men.end + 1)
                .is_none_or(|c| has(cues.age_next, c) || !is_cjk(c))
        {
            men.kind = Kind::Age;
            men.end += 1;
        }
        Some(())
    }

    /// No unit after the numeral of `men`: a currency sign before it, a label, a lone 两,
    /// a share (三成), a doubling (翻两番) or a discount (八折). `undo_infix`: an
    /// approximation char was taken after the numeral for a unit that is not there; it
    /// is given back, with the approximation it replaced.
    fn without_unit(&self, men: &mut Mention, text: &str, undo_infix: Option<Option<Approx>>) {
        let (f, cues) = (self.f, &self.cues);
        let (a, value) = (men.start, men.value);
        let next = f.char(men.end);
        if let Some(code) = f
            .char_before(a)
            .and_then(|c| CURRENCY_SIGNS.iter().find(|(s, _)| *s == c))
            .map(|(_, code)| *code)
        {
            men.kind = Kind::Money;
            men.unit = code.into();
            men.start = a - 1;
        } else if let Some((u, n)) = self.fraction_unit(men) {
            // 平均逗留1.1日: a day that is no date (a date has no decimals).
            if let Some(v) = value.checked_mul(u.factor) {
                men.value = v;
                men.kind = u.kind;
                men.unit = u.unit.clone();
                men.end += n;
            }
        } else if next.is_some_and(|c| c.is_ascii_alphabetic()) {
            men.rejected = Some("label (letters after the numeral)");
        } else if next.is_some_and(|c| has(cues.label, c)) {
            men.rejected = Some("label (一期, 1号 …)");
        } else if COUNTING_TWOS.contains(text)
            && text.chars().count() == 1
            && next.is_some_and(|c| {
                is_cjk(c)
                    && !CN_DIGITS.contains(c)
                    && !has(cues.joiner, c)
                    && !has(cues.counts_two, c)
            })
        {
            // 两 counts only with a classifier (两家, 两倍); 两会, 两岸, 两委 are words.
            men.rejected = Some("word (两 without a classifier)");
        } else if next.is_some_and(|c| has(cues.share, c)) && self.is_share(men.end) {
            if let Some((v, end)) = self.share_value(value, men.end) {
                men.value = v;
                men.kind = Kind::Percent;
                men.unit = "%".into();
                men.end = end;
            }
        } else if let Some(lead) = self.doubling(a, men.end, value) {
            // 翻一番 doubles, 翻两番 quadruples.
            men.value = Decimal::from(1u64 << value.to_u32().unwrap_or(0));
            men.kind = Kind::Multiple;
            men.unit = "x".into();
            men.start = a - lead;
            men.end += 1;
        } else if next.is_some_and(|c| has(cues.discount, c)) && self.is_discount(men.end) {
            if let Some(v) = discount_value(text, value) {
                men.value = v;
                men.kind = Kind::Percent;
                men.unit = "%".into();
                men.end += 1;
            }
        } else if let Some(u) = self.deferred_classifier(men.end, text) {
            // 4,100万访港旅客人次: the counted noun stands between figure and classifier.
            if let Some(v) = value.checked_mul(u.factor) {
                men.value = v;
                men.kind = u.kind;
                men.unit = u.unit.clone();
            }
        } else if let Some(u) = self.leading_classifier(a, men.end, text) {
            // 旅客人次达530万: the classifier closes the measure word before the figure.
            if let Some(v) = value.checked_mul(u.factor) {
                men.value = v;
                men.kind = u.kind;
                men.unit = u.unit.clone();
            }
        } else if let Some((u, more)) = self.bare_money(a, text) {
            // 到位投资总计1.85亿: a sum with its scale but no 元; 经费有5亿多: more than it.
            if let Some(v) = value.checked_mul(u.factor) {
                men.value = v;
                men.kind = u.kind;
                men.unit = u.unit.clone();
                if more {
                    men.end += 1;
                    men.approx = Some(Approx::Approx);
                }
            }
        } else if let Some(approx) = undo_infix {
            men.end -= 1;
            men.approx = approx;
        }
    }

    /// The unit of a word of `scan.fraction_unit` (日 → 天) right after the figure `men`
    /// when its value has decimals (1.1日 is a stay, 1日 a date), with the word's chars.
    /// A whole count of them is a span too when a `scan.span_bound` word follows the
    /// word (30日内办结, 三十日以內: within 30 days; 30日 alone is a date).
    fn fraction_unit(&self, men: &Mention) -> Option<(&Unit, usize)> {
        let word = self.cues.fraction_unit.prefix_of(self.f.rest(men.end))?;
        let after = &self.f.rest(men.end)[word.len()..];
        let spanned = (self.pats.cues)
            .at(crate::cue!("scan.span_bound"))
            .starts(after)
            && !self.cues.not_bound_after.starts(after);
        if men.value.fract().is_zero() && !spanned {
            return None;
        }
        let (u, _) = self.pats.unit_at(self.cues.fraction_unit.value(word)?)?;
        Some((u, word.chars().count()))
    }

    /// The money unit of a sum written with its scale and no unit (投资总计1.85亿): the
    /// numeral ends with a scale (`scan.deferred_scale`) and its clause names money
    /// within the eight chars before it (a word of `scan.bare_money`, whose value is the
    /// unit to read, 元), and whether an approximating char closes the sum (5亿多,
    /// before no ideograph).
    fn bare_money(&self, start: usize, text: &str) -> Option<(&Unit, bool)> {
        let (f, cues) = (self.f, &self.cues);
        cues.deferred_scale.suffix_of(text)?;
        // 14亿经费, 2.97亿投入: a money word may follow the sum itself.
        let rest = f.rest(start + text.chars().count());
        let mut after = rest.chars();
        let more = after.next().is_some_and(|c| INFIX_CHARS.contains(c))
            && after.next().is_none_or(|c| !is_cjk(c));
        let named_after = cues.bare_money.entries().find(|(w, _)| rest.starts_with(w));
        if rest.starts_with(is_cjk) && named_after.is_none() && !more {
            return None;
        }
        let head: String = f.before(start).chars().rev().take(8).collect();
        let head: String = head.chars().rev().collect();
        let clause = head.rsplit(|c: char| !is_cjk(c)).next().unwrap_or("");
        let (_, unit) = (cues.bare_money.entries())
            .find(|(w, _)| clause.contains(w))
            .or(named_after)?;
        self.pats.unit_at(unit).map(|(u, _)| (u, more))
    }

    /// The classifier of a large count written after its noun (4,100万访港旅客人次): the
    /// numeral ends with a scale (`scan.deferred_scale`), one to six ideographs follow,
    /// then a classifier of `scan.deferred_classifier` that ends the clause.
    fn deferred_classifier(&self, end: usize, text: &str) -> Option<&Unit> {
        let (f, cues) = (self.f, &self.cues);
        cues.deferred_scale.suffix_of(text)?;
        let rest = f.rest(end);
        for (k, (i, c)) in rest.char_indices().enumerate().take(7) {
            if k > 0 {
                if let Some(w) = cues.deferred_classifier.prefix_of(&rest[i..]) {
                    let after = rest[i + w.len()..].chars().next();
                    let closes = after.is_none_or(|c| !is_cjk(c) && !c.is_ascii_alphanumeric());
                    let (u, n) = self.pats.unit_at(&rest[i..])?;
                    return (closes && n == w.chars().count()).then_some(u);
                }
            }
            if !is_cjk(c) || CN_DIGITS.contains(c) {
                return None;
            }
        }
        None
    }

    /// Whether the count starting at char `start` in classifier `unit` closes a sheet's
    /// label (第1张共2张, 第 3 页 共 10 页): an ordinal (`scan.ordinal`), a number and
    /// the same classifier, then a total word (`scan.sheet_total`) right before it.
    fn sheet_total(&self, start: usize, unit: &str) -> bool {
        let before = self.f.before(start).trim_end();
        let Some(total) = self.cues.sheet_total.suffix_of(before) else {
            return false;
        };
        let before = before[..before.len() - total.len()].trim_end();
        let Some(before) = before.strip_suffix(unit) else {
            return false;
        };
        let before = before
            .trim_end()
            .trim_end_matches(|c: char| c.is_ascii_digit());
        self.cues.ordinal.suffix_of(before.trim_end()).is_some()
    }

    /// The classifier of a large count closing the measure word before it (出入境人次约
    /// 530万, 就业人数逾3万): the numeral `text` ends with a scale (`scan.deferred_scale`)
    /// and closes its clause or list item (`scan.leading_close`) at char `end`; before its start `a` stand only
    /// `scan.leading_link` words (达, 约, 逾), after a word of `scan.leading_classifier`,
    /// whose value names the unit.
    fn leading_classifier(&self, a: usize, end: usize, text: &str) -> Option<&Unit> {
        let (f, cues) = (self.f, &self.cues);
        cues.deferred_scale.suffix_of(text)?;
        let open =
            |c: char| (is_cjk(c) && !has(cues.leading_close, c)) || c.is_ascii_alphanumeric();
        if f.char(end).is_some_and(open) {
            return None;
        }
        let mut before = last_chars(f.before(a), LEADING_CLASSIFIER_WINDOW);
        while let Some(w) = cues
            .leading_link
            .suffix_of(before)
            .filter(|w| !w.is_empty())
        {
            before = &before[..before.len() - w.len()];
        }
        let word = cues.leading_classifier.suffix_of(before)?;
        let unit = cues.leading_classifier.value(word)?;
        self.pats.unit_at(unit).map(|(u, _)| u)
    }

    /// Ranges: 3至5万吨, 10%至15%, 6.5元至7元. `text` is the first numeral.
    fn range(&mut self, men: Mention, text: &str) -> Mention {
        let f = self.f;
        let Some(j) = f.char(men.end).filter(|&c| has(self.cues.joiner, c)) else {
            return men;
        };
        let Some(c2) = numeral_match(self.re, &f.text, byte_at(f, men.end + 1)) else {
            return men;
        };
        let m2 = c2.all();
        if f.char_at_byte(m2.start()) != men.end + 1 || c2.name("num").is_none() {
            return men;
        }
        // A dash joins Arabic numerals only; 至, 到 join any.
        let word = self.cues.joiner.value(j.encode_utf8(&mut [0; 4])) == Some("word");
        let both_arabic = !men.chinese && !is_cn_numeral(m2.as_str());
        if !word && !both_arabic {
            return men;
        }
        match range_end(f, self.pats, &men, &c2, text) {
            // A bare change takes the level's unit (上升了0.2至5.8年: 0.2年).
            Some(r) if self.change_then_level(&men, &r) => match men.end > men.numeral.1 {
                true => men,
                false => Mention {
                    kind: r.kind,
                    unit: r.unit,
                    value: r.value,
                    value_max: None,
                    ..men
                },
            },
            Some(mut r) => {
                self.consumed_until = r.end;
                if f.slice(r.start, r.end)
                    .ends_with(|c: char| self.cues.degree_unit.has_char(c))
                {
                    let clauses = self.clause_around(&r);
                    self.angle(&mut r, clauses);
                }
                r
            }
            None => men,
        }
    }

    /// 平均轮候时间缩短0.3年至3.1年, 按年增加60人至1,512人: after a verb of change
    /// (`scan.change_to_level`), a first figure written with its own unit and a second at
    /// least [`LEVEL_FACTOR`] times it are the change and the level it led to, two
    /// figures; a range after such a verb has close ends (增长5%至8%). An approximating
    /// word may stand between the verb and the change (增約800人至60,800人).
    ///
    /// A verb of a change done (`scan.change_to_level` valued `done`: 上升了) takes a
    /// bare first figure too (上升了0.2至5.8年): it is the change, in the level's unit.
    fn change_then_level(&self, first: &Mention, range: &Mention) -> bool {
        let has_unit = first.end > first.numeral.1;
        let before = self.f.before(first.start);
        let before = (self.cues.before.suffix_of(before))
            .map_or(before, |w| &before[..before.len() - w.len()]);
        let Some(verb) = self.cues.change_before.suffix_of(before) else {
            return false;
        };
        let done = self.cues.change_before.value(verb) == Some("done");
        let low = if has_unit { first.value } else { range.value };
        (has_unit || done)
            && range
                .value_max
                .is_some_and(|hi| low > Decimal::ZERO && hi >= low * Decimal::from(LEVEL_FACTOR))
    }

    /// Qualifiers after the unit (5万吨左右, 三成以上) and per-time rates (10万吨/年,
    /// 6000元/吨; a ratio of two other units is not a figure).
    fn qualify_after(&self, men: &mut Mention) {
        if men.kind == Kind::Number {
            // 3.8一斤, 两百一天: a spoken price leaves out its 元; a bare number before a
            // per phrase closing its clause is one.
            let per = self.per_one(men);
            let bare_unit = per.and_then(|_| {
                let w = self.cues.per_one.prefix_of(self.f.rest(men.end))?;
                self.cues.per_one.value(w).filter(|v| !v.is_empty())
            });
            // 2023一年来: a year of the calendar before a year is no price.
            let year = per.is_some_and(|(_, u)| u.kind == Kind::Duration && u.unit == "year")
                && (Decimal::from(1900)..=Decimal::from(2100)).contains(&men.value);
            if men.approx.is_none_or(|a| a == Approx::Approx) && !year {
                if let Some((u, _)) = bare_unit.and_then(|v| self.pats.unit_at(v)) {
                    let mut price = men.clone();
                    price.kind = u.kind;
                    price.unit = u.unit.clone();
                    self.apply_per_one(&mut price);
                    if price.end > men.end {
                        *men = price;
                    }
                }
            }
            return;
        }
        if men.approx.is_none() {
            if let Some((w, q)) = self.qualifier_after(men.end) {
                men.approx = q.approx;
                men.end += w.chars().count();
            }
        }
        let rest = self.f.rest(men.end);
        if let Some(per) = self.cues.per_time.prefix_of(rest) {
            men.end += per.chars().count();
            // 76.55万吨/日: a daily rate is no total; its unit says per what (a wage per
            // hour too: 港元/小時 → HKD/h).
            let per_unit = self.cues.per_time.value(per).unwrap_or_default();
            if !per_unit.is_empty() && !men.unit.is_empty() {
                men.unit = format!("{}/{per_unit}", men.unit);
            }
        } else if let Some((per, unit, factor)) = self.per_area_rate(men, rest) {
            // 14.25千克/亩: a yield per area, written per hectare (0.21375 t/ha).
            if let Some(v) = men.value.checked_mul(factor) {
                men.value = v;
                men.unit = format!("{}/{unit}", men.unit);
                men.end += per;
            }
        } else if let Some((per, n)) = rest.strip_prefix('/').and_then(|r| self.pats.unit_at(r)) {
            // Per another unit: a price is money per the other unit in its canonical unit
            // (6000元/吨 → CNY/t, 32.5元/公斤 → 32500 CNY/t: [`unit_price`]); a quantity
            // per counted thing keeps its kind with the thing in the unit (2.6千伏安/户 →
            // VA/户, 12万件/人次 → 件/人次); anything else is a ratio of two quantities
            // (32微克/立方米), not the numerator's kind.
            if men.kind == Kind::Money {
                unit_price(men, per);
                men.end += 1 + n;
            } else if per.kind == Kind::Count && !men.unit.is_empty() {
                men.unit = format!("{}/{}", men.unit, per.unit);
                men.end += 1 + n;
            } else {
                men.rejected = Some("ratio of two units (微克/立方米)");
            }
        } else if men.kind == Kind::Money {
            self.apply_per_one(men);
        }
        // A qualifier after a rate's unit (2.8万斤/公顷左右, 10万吨/年以上).
        if men.approx.is_none() {
            if let Some((w, q)) = self.qualifier_after(men.end) {
                men.approx = q.approx;
                men.end += w.chars().count();
            }
        }
    }

    /// 33.95元一公斤, 80元每人, 两百一天: a sum followed by a per phrase (`scan.per_one`:
    /// 一, 每, then a unit) that closes its clause is a price per that unit, one figure as
    /// 元/公斤 is ([`unit_price`]); per a time it is a rate per that time as written after
    /// a slash (`scan.per_time`: 一天 as /天 → CNY/d; 一年 as /年 stays money). Units of
    /// `scan.per_one_not` (一次, 一批) are counts of their own.
    fn apply_per_one(&self, men: &mut Mention) {
        if men.unit.contains('/') {
            return;
        }
        let Some((end, per)) = self.per_one(men) else {
            return;
        };
        if per.kind == Kind::Duration {
            let slashed = format!("/{}", per.surface);
            let Some(v) = self.cues.per_time.value(&slashed) else {
                return;
            };
            if !v.is_empty() {
                men.unit = format!("{}/{v}", men.unit);
            }
        } else {
            unit_price(men, per);
            if !men.unit.contains('/') {
                return;
            }
        }
        men.end = end;
        if men.approx.is_none() {
            if let Some((w, q)) = self.qualifier_after(men.end) {
                men.approx = q.approx;
                men.end += w.chars().count();
            }
        }
    }

    /// The per phrase right after `men` (一公斤, 每人: a `scan.per_one` word and a unit of
    /// measure, count or time not in `scan.per_one_not`), closing its clause (nothing but
    /// punctuation, a qualifier such as 左右, or a `scan.per_one_next` word after it: 的):
    /// its end and unit. The per word's value is the unit of a bare price before it.
    fn per_one(&self, men: &Mention) -> Option<(usize, &'a Unit)> {
        let rest = self.f.rest(men.end);
        let w = self.cues.per_one.prefix_of(rest)?;
        let (u, n) = self.pats.unit_at(&rest[w.len()..])?;
        let fits = matches!(
            u.kind,
            Kind::Count
                | Kind::Mass
                | Kind::Volume
                | Kind::Energy
                | Kind::Length
                | Kind::Area
                | Kind::Duration
        );
        if !fits || self.cues.per_one_not.contains(&u.surface) {
            return None;
        }
        let end = men.end + w.chars().count() + n;
        let closes = match self.f.char(end) {
            None => true,
            Some(c) if !is_cjk(c) => !c.is_ascii_alphanumeric(),
            Some(_) => {
                self.cues.per_one_next.starts(self.f.rest(end))
                    || self.qualifier_after(end).is_some()
            }
        };
        closes.then_some((end, u))
    }

    /// The per-area suffix (`scan.per_area`) starting `rest`, after a figure of `men`
    /// that is no sum of money (a price per 亩 stays money), with the area unit and
    /// factor it gives the rate.
    fn per_area_rate(&self, men: &Mention, rest: &str) -> Option<(usize, String, Decimal)> {
        if men.kind == Kind::Money || men.unit.is_empty() {
            return None;
        }
        let per = self.cues.per_area.prefix_of(rest)?;
        let (unit, factor) = per_area(self.cues.per_area.value(per)?).ok()?;
        Some((per.chars().count(), unit.to_string(), factor))
    }

    /// The first word of `bound.after` that qualifies figures and starts at char `at`,
    /// unless a noun begins there (`scan.not_bound_after`: 3个内设机构); a
    /// `scan.loose_bound` word (多: 两年多, 3块多) only before no ideograph or one of
    /// `scan.loose_bound_next` (两年多来; not 3个多功能厅).
    fn qualifier_after(&self, at: usize) -> Option<(&str, Qualifier)> {
        let rest = self.f.rest(at);
        if self.cues.not_bound_after.starts(rest) {
            return None;
        }
        let (w, q) = Qualifier::first(self.cues.after.entries_starting(rest), |q| q.figure)?;
        let loose = self.cues.loose_bound.contains(w);
        let next = rest[w.len()..].chars().next();
        let free = next.is_none_or(|c| !is_cjk(c) || has(self.cues.loose_bound_next, c));
        (!loose || free).then_some((w, q))
    }

    /// Words before the figure: below zero (零下5℃), a currency name saying which 元 it
    /// is, then a qualifier (约, 超过 …).
    fn apply_prefix(&self, men: &mut Mention) {
        let (f, cues) = (self.f, &self.cues);
        // 水深-3公尺, 水深约-1.5~3.0公尺: a depth written below the datum is its size.
        if men.kind == Kind::Length && men.value.is_sign_negative() {
            let near = super::text::last_chars(f.before(men.start), DEPTH_WINDOW);
            if self
                .pats
                .cues
                .at(crate::cue!("scan.depth_word"))
                .occurs_in(near)
            {
                men.value = men.value.abs();
                men.value_max = men.value_max.map(|v| v.abs());
            }
        }
        // 零下5℃: below zero.
        if men.kind == Kind::Temperature && men.value > Decimal::ZERO {
            if let Some(w) = cues.below_zero.suffix_of(f.before(men.start)) {
                men.value = -men.value;
                men.value_max = men.value_max.map(|v| -v);
                men.start -= w.chars().count();
            }
        }
        // The currency part of a price per unit (CNY/t) is named the same way.
        let (currency, per) = split_per(&men.unit);
        if men.kind == Kind::Money && currency == "CNY" {
            let per = per.to_string();
            let before = f.before(men.start);
            let prefix = cues
                .currency_name
                .entries_ending(before)
                .find_map(|(w, v)| {
                    let (code, prefix) = currency_name(v).ok()?;
                    prefix.then_some((w, code))
                });
            if let Some((w, code)) = prefix {
                men.unit = format!("{code}{per}");
                men.start -= w.chars().count();
            }
        }
        if men.approx == Some(Approx::Range) {
            // 每天处理300至400吨: a range is a rate as a figure is.
            let before = f.before(men.start);
            self.per_time_before(men, before);
            self.per_area_before(men, before);
            return;
        }
        let before = f.before(men.start);
        // 数百人, 几十个, 上万人次: a lone scale after a vague word (scan.vague) is a range
        // of two to nine times the scale, or more than it.
        let numeral = f.slice(men.numeral.0, men.numeral.1);
        let lone_scale = !numeral.is_empty()
            && numeral
                .chars()
                .all(|c| crate::extract::number::scale_exp(c).is_some());
        if let Some((w, how)) = cues.vague.entries_ending(before).next() {
            if lone_scale && men.approx.is_none() {
                let v = men.value;
                match how {
                    "gt" => men.approx = Some(Approx::Gt),
                    _ => {
                        let (lo, hi) =
                            (v.checked_mul(Decimal::TWO), v.checked_mul(Decimal::from(9)));
                        if let (Some(lo), Some(hi)) = (lo, hi) {
                            (men.value, men.value_max) = (lo, Some(hi));
                            men.approx = Some(Approx::Range);
                        }
                    }
                }
                men.start -= w.chars().count();
                return;
            }
        }
        // A space a page sets between the qualifier and the figure (約 45 萬元) is none.
        let spaced = before.trim_end_matches([' ', '\t', '\u{3000}', '\u{a0}']);
        let gap = before[spaced.len()..].chars().count();
        let before = spaced;
        // 约 closing a word (合约有, 节约为) qualifies nothing.
        let qualifiers = (cues.before.entries_ending(before))
            .filter(|(w, _)| !opens_in_word(cues.approx_word, before, before.len() - w.len(), w));
        if let Some((w, q)) = Qualifier::first(qualifiers, |q| q.figure) {
            // 逾一百四十多名: more than, however loosely the figure ends (多).
            let more = men.approx == Some(Approx::Approx) && q.approx == Some(Approx::Gt);
            // 近三年 opening its clause: the span just past, exactly (`scan.recent_span`);
            // 历时近三年 is about three years.
            let opens = (before[..before.len() - w.len()].chars().next_back())
                .is_none_or(|c| matches!(c, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '\n'));
            let recent = men.kind == Kind::Duration && opens && cues.recent_span.contains(w);
            if !recent && (men.approx.is_none() || men.approx == q.approx || more) {
                men.approx = q.approx;
            }
            if q.text {
                men.start -= w.chars().count() + gap;
            }
        } else if men.approx.is_none() && self.approx_scope_before(before) {
            men.approx = Some(Approx::Approx);
        }
        self.per_time_before(men, before);
        self.per_area_before(men, before);
    }

    /// 每天可处理300吨, 设计时速350公里: a per-time word (`scan.per_time_before`) shortly
    /// before a quantity in its clause makes it a rate; its unit says per what (t/d, m/h).
    /// A sum after a per word (每斤12元, 每天补贴30元) stays money, the per word in its
    /// subject; only a unit written after it makes a price per unit ([`unit_price`]).
    fn per_time_before(&self, men: &mut Mention, before: &str) {
        let quantity = matches!(
            men.kind,
            Kind::Count | Kind::Mass | Kind::Volume | Kind::Energy | Kind::Length | Kind::Area
        );
        if !quantity || men.unit.is_empty() || men.unit.contains('/') {
            return;
        }
        let words = self.pats.cues.at(crate::cue!("scan.per_time_before"));
        let dose = self.pats.cues.at(crate::cue!("scan.per_time_dose"));
        if let Some(per) = per_word_before(words, before, |rest| !dose.occurs_in(rest)) {
            men.unit = format!("{}/{per}", men.unit);
        }
    }

    /// 每亩产鲜果650公斤, 人口密度为每平方公里356人: a per-area word (`scan.per_area_before`)
    /// shortly before a quantity in its clause, no figure between, makes it a rate per area
    /// written as `scan.per_area` writes one after a slash (t/ha, 人/km2).
    fn per_area_before(&self, men: &mut Mention, before: &str) {
        let quantity = matches!(
            men.kind,
            Kind::Count | Kind::Mass | Kind::Volume | Kind::Energy | Kind::Length
        );
        if !quantity || men.unit.is_empty() || men.unit.contains('/') {
            return;
        }
        let words = self.pats.cues.at(crate::cue!("scan.per_area_before"));
        let per = per_word_before(words, before, |_| true);
        let Some((unit, factor)) = per.and_then(|v| per_area(v).ok()) else {
            return;
        };
        if let Some(v) = men.value.checked_mul(factor) {
            men.value = v;
            men.value_max = men.value_max.and_then(|m| m.checked_mul(factor));
            men.unit = format!("{}/{unit}", men.unit);
        }
    }

    /// 约占全县产量的35%: an approximating verb (`scan.approx_scope`) earlier in the
    /// figure's clause, with no digit between it and the figure, makes the figure approx.
    fn approx_scope_before(&self, before: &str) -> bool {
        let clause = before.rsplit(is_clause_stop).next().unwrap_or("");
        let words = self.pats.cues.at(crate::cue!("scan.approx_scope"));
        if !words.may_occur_in(clause) {
            return false;
        }
        // 约 closing a word (合约占, 节约为) approximates nothing.
        let inside = self.cues.approx_word;
        words
            .iter()
            .filter_map(|w| {
                clause
                    .rfind(w)
                    .filter(|&i| !opens_in_word(inside, clause, i, w))
                    .map(|i| &clause[i + w.len()..])
            })
            .any(|rest| {
                !rest
                    .chars()
                    .any(|c| c.is_ascii_digit() || CN_DIGITS.contains(c))
            })
    }

    /// 度 after a numeral (`men` ends after it): an angle, no figure, when an angle's word
    /// stands near it; a temperature when a scale word precedes
    /// it (华氏温度98.6度) or the clause is about temperature (气温, 温度), or the sentence
    /// before it is and its clause does not speak of power; otherwise it stays a kWh.
    fn degree_as_temperature(&self, men: &mut Mention) {
        let (f, cues) = (self.f, &self.cues);
        let before = f.before(men.start);
        if let Some((w, unit)) = cues.degree_scale.entries_ending(before).next() {
            men.kind = Kind::Temperature;
            men.unit = unit.into();
            men.start -= w.chars().count();
            return;
        }
        let (clause_before, clause_after) = self.clause_around(men);
        if self.angle(men, (clause_before, clause_after)) {
            return;
        }
        // A sentence about temperature before the clause holds (平均氣溫為26.0度，略高於
        // 正常值的25.7度), unless the clause speaks of power (`scan.energy_cue`: 用电).
        let energy = cues.energy_cue.occurs_in(clause_before);
        if cues.temperature_cue.occurs_in(clause_before)
            || cues.temperature_cue.occurs_in(clause_after)
            || !energy && cues.temperature_cue.occurs_in(before)
        {
            men.kind = Kind::Temperature;
            men.unit = "C".into();
        }
    }

    /// The text of `men`'s clause before it and after it.
    fn clause_around(&self, men: &Mention) -> (&'a str, &'a str) {
        let f = self.f;
        let before = f
            .before(men.start)
            .rsplit(is_clause_stop)
            .next()
            .unwrap_or("");
        let after = f.rest(men.end).split(is_clause_stop).next().unwrap_or("");
        (before, after)
    }

    /// Whether `men`, a figure in 度, is an angle (北纬38度, 2度以下坡度: `scan.angle_cue`
    /// within [`ANGLE_WINDOW`] chars of it in its clause, given before and after it):
    /// neither a kWh nor a temperature, no measure a release reports as a figure of its
    /// own; then it is rejected.
    fn angle(&self, men: &mut Mention, (clause_before, clause_after): (&str, &str)) -> bool {
        let near_before = last_chars(clause_before, ANGLE_WINDOW);
        let near_after: String = clause_after.chars().take(ANGLE_WINDOW).collect();
        let cues = &self.cues;
        let angle = cues.angle_cue.occurs_in(near_before) || cues.angle_cue.occurs_in(&near_after);
        if angle {
            men.rejected = Some("an angle (scan.angle_cue)");
        }
        angle
    }

    /// The small change right after a sum in `code` ending at char `end`: one or two
    /// single-digit amounts in falling minor units (`scan.minor_unit`), optionally after
    /// 又 or 零; `code` is a currency's code (`scan.minor_unit`) or an area unit's surface
    /// (`scan.area_minor_unit`, the list given as `units`). Returns (value in the major
    /// unit, chars taken).
    fn small_change(&self, end: usize, code: &str, units: &WordList) -> Option<(Decimal, usize)> {
        let f = self.f;
        let minors: Vec<(&str, Decimal)> = units
            .entries()
            .map(|(w, v)| {
                (
                    w,
                    minor_unit(v).expect("minor units are checked when the rules load"),
                )
            })
            .filter(|(_, (c, _))| *c == code)
            .map(|(w, (_, factor))| (w, factor))
            .collect();
        let mut at = end;
        if f.char(at).is_some_and(|c| SUM_LINKS.contains(c)) {
            at += 1;
        }
        let mut total = Decimal::ZERO;
        let mut taken = 0; // chars of the change found so far
        let mut next_unit = 0; // minor units must fall: 5角8分, not 8分5角
        while let Some(d) = f.char(at).and_then(small_digit) {
            let rest = f.rest(at + 1);
            let Some((k, (w, factor))) = minors
                .iter()
                .enumerate()
                .skip(next_unit)
                .find(|(_, (w, _))| rest.starts_with(w))
            else {
                break;
            };
            let unit_end = at + 1 + w.chars().count();
            // 5分钟, 3分之一, 2角形: the unit char starts another word (a stop with a
            // code, 地 of 5分地, only after a sum in that code).
            let stop = (f.char(unit_end))
                .and_then(|c| self.cues.minor_unit_stop.value(c.encode_utf8(&mut [0; 4])));
            if stop.is_some_and(|only| only.is_empty() || only == code) {
                break;
            }
            total += Decimal::from(d) * factor;
            at = unit_end;
            taken = at - end;
            next_unit = k + 1;
        }
        (taken > 0).then_some((total, taken))
    }

    /// The tenths a spoken sum leaves unnamed (两块五 = 2.5, 1块1一斤 = 1.1 per 斤): one
    /// digit right after a unit of `scan.spoken_major` (块), closing the sum (no numeral,
    /// unit or minor unit after it, unless a per phrase opens there). (value, chars).
    fn spoken_tenths(&self, u: &Unit, end: usize) -> Option<(Decimal, usize)> {
        let f = self.f;
        if !self.cues.spoken_major.contains(&u.surface) {
            return None;
        }
        let d = f.char(end).and_then(small_digit)?;
        let rest = f.rest(end + 1);
        let numeral = rest
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || number::is_numeral_char(c) || c == '.');
        let per = self.cues.per_one.prefix_of(rest).is_some();
        let unit = self.pats.unit_at(rest).is_some();
        ((!numeral && !unit) || per).then(|| (Decimal::new(i64::from(d), 1), 1))
    }

    /// 三成 = 30%, 七成六 = 76%, 三成半 = 35%: (percent, end of the mention).
    fn share_value(&self, value: Decimal, at: usize) -> Option<(Decimal, usize)> {
        let (f, cues) = (self.f, &self.cues);
        let tens = value.checked_mul(Decimal::from(10))?;
        let next = f.char(at + 1);
        if next.is_some_and(|c| has(cues.half, c)) {
            return Some((tens.checked_add(Decimal::from(5))?, at + 2));
        }
        // 七成六, and 1成3 as Hong Kong and Macau write it (one Arabic digit).
        let digit = |c: &char| {
            (CN_DIGITS.contains(*c) && !SCALE_CHARS.contains(*c))
                || (c.is_ascii_digit()
                    && !f
                        .char(at + 2)
                        .is_some_and(|d| d.is_ascii_digit() || d == '.'))
        };
        if let Some(c) = next.filter(digit) {
            let after = f.char(at + 2);
            // 九成九合格: a word after the digit that is no numeral, unit or classifier.
            let word_after = after.is_some_and(|c| {
                !number::is_numeral_char(c) && self.pats.unit_at(f.rest(at + 2)).is_none()
            });
            if after.is_none_or(|c| !is_cjk(c) || has(cues.share_digit_next, c)) || word_after {
                if let Ok(d) = parse_number(&c.to_string()) {
                    return Some((tens.checked_add(d)?, at + 2));
                }
            }
        }
        Some((tens, at + 1))
    }

    /// A duration written in two units, the larger right before the smaller (1年5个月,
    /// 2小时30分钟, 3天2小时; `scan.duration_carry`: `larger/smaller` and how many of the
    /// smaller one makes): one figure in the smaller unit (17 months). Minutes before
    /// seconds are written 分 (5分26秒, 三分十三秒), a char no duration reads alone: the
    /// numeral before it joins the seconds.
    fn compound_durations(&mut self) {
        let carries = self.pats.cues.at(crate::cue!("scan.duration_carry"));
        let factor = |big: &str, small: &str| -> Option<Decimal> {
            carries.value(&format!("{big}/{small}"))?.parse().ok()
        };
        self.mentions.sort_by_key(|m| (m.start, m.end));
        let mut k = 0;
        while k < self.mentions.len() {
            let m = &self.mentions[k];
            let plain = |m: &Mention| {
                m.kind == Kind::Duration
                    && m.rejected.is_none()
                    && m.value_max.is_none()
                    && m.approx.is_none()
            };
            if !plain(m) {
                k += 1;
                continue;
            }
            // The larger unit as a mention right before this one.
            let joined = (k > 0).then(|| &self.mentions[k - 1]).and_then(|p| {
                let carry = factor(&p.unit, &m.unit)?;
                let whole =
                    p.kind == Kind::Duration && p.rejected.is_none() && p.value_max.is_none();
                (whole && p.end == m.start).then(|| (p.start, p.value * carry, p.approx))
            });
            // Minutes written 分 before seconds (`scan.minute_mark`).
            let marks = self.pats.cues.at(crate::cue!("scan.minute_mark"));
            let joined = joined.or_else(|| {
                let carry = factor("minute", &m.unit)?;
                let mark = self
                    .f
                    .char_before(m.numeral.0)
                    .is_some_and(|c| marks.has_char(c));
                (mark && m.start == m.numeral.0)
                    .then(|| self.minutes_before(m.start - 1))
                    .flatten()
                    .map(|(a, v)| (a, v * carry, None))
            });
            let Some((start, carried, approx)) = joined else {
                k += 1;
                continue;
            };
            let m = &mut self.mentions[k];
            m.value += carried;
            m.start = start;
            m.numeral.0 = start;
            m.approx = m.approx.or(approx);
            let whole = (start, self.mentions[k].end);
            self.mentions
                .retain(|o| !(whole.0 <= o.start && o.end <= whole.1) || (o.start, o.end) == whole);
            // Read the joined mention again: a larger unit may come before it too
            // (1小时 before 10分49秒).
            k = (self.mentions.iter())
                .position(|o| (o.start, o.end) == whole)
                .unwrap_or(k + 1);
        }
    }

    /// The numeral ending at char `end` (right before a 分 of minutes) and its value.
    fn minutes_before(&self, end: usize) -> Option<(usize, Decimal)> {
        let f = self.f;
        let digits = |c: char| c.is_ascii_digit() || number::is_numeral_char(c);
        let mut a = end;
        while a > 0 && f.char(a - 1).is_some_and(digits) {
            a -= 1;
        }
        (a < end)
            .then(|| parse_number(f.slice(a, end)).ok().map(|v| (a, v)))
            .flatten()
    }

    /// Shares written as one word without a numeral (`scan.share_word`: 半成 = 5%), with
    /// their qualifiers (近半成); not inside a longer word (半成品: the char after it must
    /// be no ideograph, or one that keeps a share, `scan.share_next`) or after a numeral.
    fn share_words(&mut self) {
        let f = self.f;
        let words = self.pats.cues.at(crate::cue!("scan.share_word"));
        let found = self.mentions.len();
        for (w, v) in words.entries() {
            let Ok(value) = v.parse::<Decimal>() else {
                continue;
            };
            let n = w.chars().count();
            for (byte, _) in f.text.match_indices(w) {
                let a = f.char_at_byte(byte);
                let b = a + n;
                let taken = |spans: &[(usize, usize)]| overlaps(spans, a, b);
                let in_figure = self.mentions.iter().any(|m| m.start < b && a < m.end);
                let word_goes_on = f
                    .char(b)
                    .is_some_and(|c| is_cjk(c) && !has(self.cues.share_next, c));
                let numeral_before = f.char_before(a).is_some_and(|c| {
                    c.is_ascii_digit() || crate::extract::number::is_numeral_char(c)
                });
                if taken(self.masked)
                    || taken(&self.quotes)
                    || in_figure
                    || word_goes_on
                    || numeral_before
                {
                    continue;
                }
                let mut men = Mention::percent(a, b, value, true);
                self.qualify_after(&mut men);
                self.apply_prefix(&mut men);
                self.mentions.push(men);
            }
        }
        if self.mentions.len() > found {
            self.mentions.sort_by_key(|m| (m.start, m.end));
        }
    }

    /// 成 at `at` as a share (六成, 三成以上), not as part of a word (成为, 成本, 建成).
    fn is_share(&self, at: usize) -> bool {
        let (f, cues) = (self.f, &self.cues);
        match f.char(at + 1) {
            None => true,
            Some(c) => {
                !is_cjk(c)
                    || has(cues.share_next, c)
                    || (CN_DIGITS.contains(c) && !SCALE_CHARS.contains(c))
                    // 四成路口: a share of the noun after it, unless 成 starts a word.
                    || (!cues.not_share.starts(f.rest(at))
                        && f.char_before(at).is_some_and(|d| d != ONE))
            }
        }
    }

    /// 折 at `at` as a discount (八折, 打75折), not the start of a word (折合, 折算, 折旧).
    fn is_discount(&self, at: usize) -> bool {
        !self.cues.not_discount.starts(self.f.rest(at))
    }

    /// Chars of 翻 or 翻了 before a numeral of 1 to 10 followed by 番 (翻一番, 翻了两番), if
    /// so: the figure is a doubling.
    fn doubling(&self, a: usize, end: usize, value: Decimal) -> Option<usize> {
        let (f, cues) = (self.f, &self.cues);
        if !f.char(end).is_some_and(|c| has(cues.doubling_end, c)) || !value.fract().is_zero() {
            return None;
        }
        if !(Decimal::ONE..=Decimal::TEN).contains(&value) {
            return None;
        }
        cues.doubling
            .suffix_of(f.before(a))
            .map(|w| w.chars().count())
    }

    /// A numeral led by 百 or 千 without a digit (逾百亿元, 超千万元, 千余人): read with 一
    /// before it, but only before a unit and with a word that makes it an amount: an
    /// approximation or bound (逾, 超过, 近 …, 余/多 before the unit, 以上 after it; the
    /// `lead` words of `bound.before` / `bound.after`). Otherwise such numerals are words
    /// or descriptors: 千万工程, 百公里加速, 千亩示范园. Returns what [`longest_numeral`]
    /// would.
    fn scale_before_unit(&self, a: usize, text: &str) -> Option<(usize, Decimal, bool)> {
        let (f, cues) = (self.f, &self.cues);
        // 数百人, 上万人次: a vague word makes any lone scale an amount.
        let vague = cues.vague.suffix_of(f.before(a)).is_some()
            && text.starts_with(|c| crate::extract::number::scale_exp(c).is_some());
        if !vague && !text.starts_with(|c| BARE_SCALES.contains(c)) {
            return None;
        }
        let (len, value, approx) = longest_numeral(&format!("{ONE}{text}"))?;
        let len = len.checked_sub(1).filter(|&n| n > 0)?;
        let infix = f.char(a + len).is_some_and(|c| INFIX_CHARS.contains(c));
        let (_, n) = self.pats.unit_at(f.rest(a + len + usize::from(infix)))?;
        let before = f.before(a);
        let after = f.rest(a + len + n);
        let bounded = infix
            || vague
            || Qualifier::first(cues.before.entries_ending(before), |q| q.lead).is_some()
            || Qualifier::first(cues.after.entries_starting(after), |q| q.lead).is_some();
        bounded.then_some((len, value, approx))
    }
}

/// A digit 1–9 written as one char (Arabic or Chinese).
fn small_digit(c: char) -> Option<u32> {
    match c {
        '1'..='9' => c.to_digit(10),
        _ if "两兩".contains(c) => Some(2),
        _ => "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|i| i as u32 + 1),
    }
}

/// 八折 = 80%, 8.5折 = 85%, 75折 / 七五折 = 75%.
fn discount_value(text: &str, value: Decimal) -> Option<Decimal> {
    let digits_only = text.chars().count() == 2
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || (CN_DIGITS.contains(c) && !SCALE_CHARS.contains(c)));
    if value > Decimal::ZERO && value < Decimal::from(10) {
        value.checked_mul(Decimal::from(10))
    } else if digits_only && value < Decimal::from(100) {
        Some(value)
    } else {
        None
    }
}

/// How many trailing scale chars of the numeral at `[a, b)` start a unit (千瓦, 千克,
/// 百分点, 兆瓦), when giving them back still leaves a numeral.
fn unit_in_tail(f: &Folded, pats: &Patterns, a: usize, b: usize) -> Option<usize> {
    let numeral = f.slice(a, b);
    let tail = numeral
        .chars()
        .rev()
        .take_while(|c| SCALE_CHARS.contains(*c))
        .count();
    (1..=tail.min(b - a - 1)).find(|&k| {
        pats.unit_at(f.rest(b - k)).is_some_and(|(_, n)| n > k)
            && numeral_text_value(f.slice(a, b - k)).is_some()
    })
}

pub(crate) fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// How many times the change the level after it is at least (缩短0.3年至3.1年).
const LEVEL_FACTOR: u32 = 3;

/// Builds the range from a first mention and the numeral after the joiner.
fn range_end(
    f: &Folded,
    pats: &Patterns,
    first: &Mention,
    c2: &NumMatch,
    text1: &str,
) -> Option<Mention> {
    let m2 = c2.all();
    let (a2, mut b2) = (f.char_at_byte(m2.start()), f.char_at_byte(m2.end()));
    if let Some(k) = unit_in_tail(f, pats, a2, b2) {
        b2 -= k;
    }
    let text2 = f.slice(a2, b2);
    let (v2, _) = numeral_text_value(text2)?;
    let mut end = b2;
    let (kind, unit, factor) = match pats.unit_at(f.rest(b2)) {
        Some((u, n)) => {
            end += n;
            (u.kind, u.unit.clone(), u.factor)
        }
        None if first.kind == Kind::Number => (Kind::Number, String::new(), Decimal::ONE),
        None => return None,
    };
    if first.kind != Kind::Number && (first.kind != kind || first.unit != unit) {
        return None;
    }
    let mut lo = first.value;
    if first.kind == Kind::Number {
        // 3至5万吨: the unit and the scale of the upper end apply to both.
        lo = lo.checked_mul(factor)?;
        if trailing_scale(text1) == Decimal::ONE {
            lo = lo.checked_mul(trailing_scale(text2))?;
        }
    }
    let hi = v2.checked_mul(factor)?;
    if hi <= lo {
        return None;
    }
    Some(Mention {
        end,
        kind,
        unit,
        value: lo,
        value_max: Some(hi),
        approx: Some(Approx::Range),
        ..first.clone()
    })
}

/// `text` without one Chinese numeral and the unit `unit` at its end (`at_end`) or start
/// (十三届三次|四次全会: the other meeting named with a session's).
fn strip_numbered<'t>(text: &'t str, unit: &str, at_end: bool) -> &'t str {
    let numeral = |c: char| super::number::digit_value(c).is_some() || c == TEN;
    if at_end {
        let Some(rest) = text.strip_suffix(unit) else {
            return text;
        };
        let cut = rest.trim_end_matches(numeral);
        if cut.len() < rest.len() {
            cut
        } else {
            text
        }
    } else {
        let rest = text.trim_start_matches(numeral);
        match rest.strip_prefix(unit) {
            Some(r) if rest.len() < text.len() => r,
            _ => text,
        }
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_space_after_a_decimal_point_is_page_spacing() {
        assert!(broken_decimal("收入12.", "5亿元"));
        assert!(broken_decimal("增长 8.", "3 %"));
        // A list number opens its line; a year is no decimal part.
        assert!(!broken_decimal("1.", "2025年全县"));
        assert!(!broken_decimal("  3.", "5个"));
        assert!(!broken_decimal("第1.", "2025年"));
    }

    #[test]
    fn a_space_separates_thousands_only_where_nothing_else_fits() {
        for (before, after, join) in [
            ("面积1", "098.8万公顷", true),
            ("存栏16", "693万只", true),
            ("共12", "345个", true),
            // Several groups, each after one space (also a thin space).
            ("人口12", "345 678人", true),
            ("人口12 345", "678人", true),
            ("人口12\u{2009}345", "678人", true),
            ("项目 5", "123 456 7", false),
            ("项目 58 12", "345人", false),
            ("人口1234 567", "890人", false),
            // Table cells and lists: the group after goes on with a space, or is no group.
            ("项目 58", "123 12.5", false),
            ("项目 58", "12 9", false),
            ("2025", "2024", false),
            ("1.5", "300吨", false),
            ("1,500", "300吨", false),
            ("增长1234", "567万", false),
        ] {
            assert_eq!(thousands_space(before, after), join, "{before}|{after}");
        }
    }

    #[test]
    fn cue_values_are_checked_at_load() {
        let check = |lines: &str| {
            let src = format!("rule\tword\tvalue\n{lines}");
            let cues = crate::patterns::load_cues(src.as_bytes(), "c").unwrap();
            check_cues(&cues)
        };
        assert!(
            check("bound.before\t约\tapprox,figure,text\nscan.minor_unit\t角\tCNY 0.1\n").is_ok()
        );
        for (lines, why) in [
            ("bound.before\t约\tabout,figure\n", "unknown flag"),
            ("bound.after\t以上\tfigure\n", "need a direction"),
            ("scan.joiner\t至\tto\n", "not one of"),
            ("scan.degree_scale\t华氏\tK\n", "not one of"),
            ("scan.currency_name\t港币\n", "currency code"),
            ("scan.minor_unit\t角\tCNY\n", "factor"),
            ("scan.minor_unit\t角\tCNY x\n", "factor"),
            ("bound.comparative\t大\tapprox\n", "gt or lt"),
            (
                "scan.below_zero\t零下\nscan.below_zero\t摄氏零下\n",
                "list it first",
            ),
            (
                "scan.per_time\t/小\nscan.per_time\t/小时\n",
                "list it first",
            ),
        ] {
            let err = check(lines).unwrap_err().to_string();
            // The message names the file and the line of the word (the last line).
            let line = 1 + lines.lines().count();
            assert!(err.starts_with(&format!("c:{line}: ")), "{lines:?}: {err}");
            assert!(err.contains(why), "{lines:?}: {err}");
        }
        check_cues(&Patterns::builtin().unwrap().cues).unwrap();
    }

    /// (text, kind, value, value_max, approx) of a test figure.
    type Row = (
        String,
        &'static str,
        String,
        Option<String>,
        Option<&'static str>,
    );

    #[test]
    fn hundred_and_thousand_lead_a_figure_before_a_unit() {
        let tv = |s: &str| -> Vec<(String, String)> {
            facts(s).into_iter().map(|r| (r.0, r.2)).collect()
        };
        assert_eq!(
            tv("营业收入逾百亿元"),
            [("逾百亿元".into(), "10000000000".into())]
        );
        assert_eq!(tv("稳定在百亿斤以上")[0].1, "5000000");
        assert_eq!(tv("接待游客千余人"), [("千余人".into(), "1000".into())]);
        // Without a unit they are words.
        assert!(tv("实施千万工程").is_empty());
        assert!(tv("百货大楼").is_empty());
        // Descriptors: no bound word, no amount.
        assert!(tv("百公里加速3.9秒")[0].0.starts_with("3.9"));
        assert!(tv("建设千亩核桃示范园").is_empty());
    }

    #[test]
    fn compound_classifiers_stalls_and_spans_within_a_bound() {
        // A classifier + 次 counts occasions; 格 counts parking stalls.
        let unit = |s: &str| {
            let pats = Patterns::builtin().unwrap();
            let (m, _) = scan(&Folded::new(s), &pats, &[]);
            let m = m.into_iter().find(|m| m.rejected.is_none()).unwrap();
            (m.value.normalize().to_string(), m.unit)
        };
        assert_eq!(
            unit("全年检修街灯一千五百盞次"),
            ("1500".into(), "盏次".into())
        );
        assert_eq!(
            unit("新建停车场提供二百三十格车位"),
            ("230".into(), "格".into())
        );
        assert!(facts("形成两大格局").is_empty());
        // 内 after a figure bounds its span; a noun beginning with 内 does not.
        let r = one("救护车须在十二分钟內到达");
        assert_eq!((r.0.as_str(), r.4), ("十二分钟內", Some("lt")));
        assert_eq!(one("下设4个内设机构").4, None);
        // A whole count of days before 内 is a span, no date.
        let r = one("投诉须在十五日以內办结");
        assert_eq!((r.1, r.2.as_str(), r.4), ("duration", "15", Some("lt")));
        assert_eq!(unit("材料须20日内补齐"), ("20".into(), "day".into()));
        assert!(facts("会议于20日召开").is_empty());
    }

    #[test]
    fn an_approximating_verb_closing_a_word_approximates_nothing() {
        // 约占 approximates its figure; 合约占, 节约为 are a word and a verb.
        assert_eq!(one("出口约占全省的12.5%").4, Some("approx"));
        assert_eq!(one("其中租赁合约占340份").4, None);
        assert_eq!(one("全年节约为企业省下费用85万元").4, None);
        assert_eq!(one("共签订购销合约有56份").4, None);
        assert_eq!(one("全年约有56份").4, Some("approx"));
        // 设立约 is 设立 + 约, no 立约.
        assert_eq!(one("去年在各区设立约250个回收点").4, Some("approx"));
    }

    #[test]
    fn nearly_before_a_span_opening_its_clause_is_the_span_just_past() {
        // 近五年 opening its clause: the last five years, no approximation.
        assert_eq!(one("近五年，全县油茶面积稳步扩大").4, None);
        assert_eq!(one("历时近五年").4, Some("approx"));
        assert_eq!(one("全县近10万人参加").4, Some("approx"));
    }

    #[test]
    fn more_than_before_a_loose_figure_is_more_than() {
        assert_eq!(one("参加会员逾一百四十多名").4, Some("gt"));
        assert_eq!(one("参加人数超过300多人").4, Some("gt"));
        assert_eq!(one("参加人数约300多人").4, Some("approx"));
    }

    #[test]
    fn an_approximating_adverb_before_a_verb_approximates_its_figure() {
        assert_eq!(one("该馆每天约吸引1500人次").4, Some("approx"));
        assert_eq!(one("该馆假日约接待游客900人次").4, Some("approx"));
        assert_eq!(one("新厂投产后约可带动就业300人").4, Some("approx"));
        // 预约 closes a word: no approximation.
        assert_eq!(one("市民预约接待时段共40个").4, None);
        assert_eq!(one("该馆每天吸引1500人次").4, None);
    }

    #[test]
    fn a_slash_fraction_after_a_share_verb_is_a_percent() {
        let r = one("纺织业约占全县工业的1/4，");
        assert_eq!((r.0.as_str(), r.1, r.2.as_str()), ("1/4", "percent", "25"));
        assert!(facts("会议定于5/8召开，").is_empty());
        assert!(facts("占地100亩，其中3/5为林地")
            .iter()
            .all(|r| r.1 != "percent"));
    }

    #[test]
    fn transactions_count_in_bi_and_taiwan_metres() {
        let r = one("共办理贴息贷款326笔，");
        assert_eq!((r.0.as_str(), r.1), ("326笔", "count"));
        assert!(facts("整理了3笔记录本").iter().all(|r| r.0 != "3笔"));
        assert_eq!(one("堤防长度1,250公尺").2, "1250");
        assert_eq!(one("泊地3,400平方公尺").1, "area");
    }

    #[test]
    fn a_bare_sum_before_a_money_word_is_money() {
        let r = one("累计已投入超过6亿经费，");
        assert_eq!((r.0.as_str(), r.1), ("超过6亿", "money"));
        assert_eq!(one("明年预算将编列3.5亿投入道路更新").1, "money");
        assert!(facts("全县人口3亿多年前").iter().all(|r| r.1 != "money"));
    }

    #[test]
    fn a_depth_below_the_datum_is_its_size() {
        let r = one("港池水深约-4.5公尺，");
        assert_eq!((r.0.as_str(), r.2.as_str()), ("约-4.5公尺", "4.5"));
        let r = one("航道水深-2.5~6.0米");
        assert_eq!((r.2.as_str(), r.3.as_deref()), ("2.5", Some("6")));
        // Elsewhere a negative length keeps its sign.
        assert_eq!(one("盆地海拔-150米").2, "-150");
    }

    #[test]
    fn a_share_word_is_a_share() {
        assert_eq!(one("蔬菜销量下跌半成，").0, "半成");
        assert_eq!(one("蔬菜销量下跌半成，").2, "5");
        let r = one("出口升近半成");
        assert_eq!((r.0.as_str(), r.4), ("近半成", Some("approx")));
        assert!(facts("半成品仓库扩建").is_empty());
        assert!(facts("车间加工半成品").is_empty());
    }

    #[test]
    fn a_clock_time_before_a_drafting_date_is_no_share() {
        // 10:48 成文日期: the minutes before 成文 (drawn up) are no tenths.
        assert!(facts("公开日期 10:48 成文日期 10:48")
            .iter()
            .all(|r| r.1 != "percent"));
        assert_eq!(one("今年产量增加四成").2, "40");
    }

    #[test]
    fn a_doubled_decimal_point_drops_the_figure() {
        // 14..3%: the figure is unreadable, not 3%.
        assert!(facts("原煤产量同比下降14..3%，").is_empty());
        assert_eq!(facts("下降14..3%，增长5.2%")[0].0, "5.2%");
        // An ellipsis before a figure leaves it alone.
        assert_eq!(facts("等等..3%的企业")[0].0, "3%");
        // A sign after the dots still moves the scan on.
        assert!(facts("14..-3%").is_empty());
        assert!(facts("1..一2").is_empty());
    }

    #[test]
    fn session_numbers_are_labels() {
        assert!(facts("二十届四中全会召开").is_empty());
        // A numbered unit is a name; its count takes a classifier.
        assert!(facts("兵团第七师一百二十三团举行签约仪式").is_empty());
        assert!(facts("农七师45团新建厂房").is_empty());
        assert_eq!(facts("获奖的两团体")[0].0, "两团");
        assert_eq!(facts("全师共有12个团参加")[0].0, "12个");
        assert_eq!(facts("接待旅游团300余团")[0].0, "300余团");
        assert_eq!(facts("共接待旅行团45团")[0].0, "45团");
        assert_eq!(facts("已连续举办5届，吸引客商")[0].0, "5届");
    }

    #[test]
    fn a_large_count_may_name_its_noun_before_the_classifier() {
        let tv = |s: &str| -> Vec<(String, &str, String)> {
            facts(s).into_iter().map(|r| (r.0, r.1, r.2)).collect()
        };
        assert_eq!(
            tv("上半年录得约1,250万入境旅客人次。"),
            [("约1,250万".into(), "count", "12500000".into())]
        );
        // The classifier must close the clause.
        assert!(tv("全年3万游客人次增长明显").is_empty());
        // A numeral without a scale counts nothing after a noun.
        assert!(tv("接待120外地游客人次。").is_empty());
    }

    #[test]
    fn a_large_count_may_take_the_classifier_closing_the_measure_before_it() {
        let units = |s: &str| -> Vec<(String, String, String)> {
            taken(s)
                .into_iter()
                .map(|(t, m)| (t, m.value.normalize().to_string(), m.unit))
                .collect()
        };
        assert_eq!(
            units("全年出入境人次约530万，同比上升。"),
            [("约530万".into(), "5300000".into(), "人次".into())]
        );
        assert_eq!(
            units("参保人数逾3万和就业人数2万")[1],
            ("2万".into(), "20000".into(), "人".into())
        );
        // Another word between them, a figure that does not close its clause, or one
        // without a scale takes no classifier.
        for s in [
            "旅客人次增长情况120万。",
            "游客人次达120万大关",
            "住院人次达220。",
        ] {
            assert!(
                units(s).iter().all(|r| r.2 != "人次"),
                "{s}: {:?}",
                units(s)
            );
        }
    }

    #[test]
    fn a_sum_without_its_unit_is_money_where_money_is_named() {
        let tv = |s: &str| -> Vec<(String, &str, String)> {
            facts(s).into_iter().map(|r| (r.0, r.1, r.2)).collect()
        };
        assert_eq!(
            tv("今年到位资金累计3.6亿。"),
            [("3.6亿".into(), "money", "360000000".into())]
        );
        // More than the sum, and a fund's assets.
        let r = facts("二月的工程经费约有3亿多，");
        assert_eq!((r[0].0.as_str(), r[0].2.as_str()), ("3亿多", "300000000"));
        assert_eq!(r[0].4, Some("approx"));
        assert_eq!(
            tv("基金总资产达2.4万亿。"),
            [("2.4万亿".into(), "money", "2400000000000".into())]
        );
        // No money named before it: no unit, no fact.
        assert!(tv("全县常住人口1.2万。").is_empty());
        assert!(tv("全县常住人口1.2万多。").is_empty());
        // A word after the scale belongs to the figure (万户, 亿斤 are no bare sums).
        assert!(tv("投资惠及3万户家庭").iter().all(|r| r.1 != "money"));
    }

    #[test]
    fn doubling() {
        let tv = |s: &str| -> Vec<(String, &str, String)> {
            facts(s).into_iter().map(|r| (r.0, r.1, r.2)).collect()
        };
        assert_eq!(
            tv("产量翻了一番"),
            [("翻了一番".into(), "multiple", "2".into())]
        );
        assert_eq!(
            tv("经济总量翻两番"),
            [("翻两番".into(), "multiple", "4".into())]
        );
        // 一番 without 翻 is "a bit of".
        assert!(tv("进行了一番调研").is_empty());
        // 翻了一倍 doubles too; 增长一倍 is growth by one times.
        assert_eq!(
            tv("客流量翻了一倍"),
            [("翻了一倍".into(), "multiple", "2".into())]
        );
        assert_eq!(
            tv("客流量增长一倍"),
            [("一倍".into(), "multiple", "1".into())]
        );
    }

    #[test]
    fn below_zero_and_per_mille() {
        let tv = |s: &str| -> Vec<(String, String)> {
            facts(s).into_iter().map(|r| (r.0, r.2)).collect()
        };
        assert_eq!(tv("最低气温零下5℃"), [("零下5℃".into(), "-5".into())]);
        // After a slash that follows a temperature's unit, the sign is a minus.
        assert_eq!(
            tv("0℃/-18℃可调的储存区"),
            [("0℃".into(), "0".into()), ("-18℃".into(), "-18".into())]
        );
        assert_eq!(tv("自然增长率为3.2‰"), [("3.2‰".into(), "0.32".into())]);
        // Tonnes of standard coal: the coal belongs to the unit, not to the subject.
        assert_eq!(
            tv("能耗0.48吨标准煤"),
            [("0.48吨标准煤".into(), "0.48".into())]
        );
    }

    #[test]
    fn minor_units_of_area_continue_the_area() {
        let tv = |s: &str| -> Vec<(String, String)> {
            facts(s).into_iter().map(|r| (r.0, r.2)).collect()
        };
        // 分 and 厘 after 亩 are tenths and hundredths of a 亩 (1亩 = 2000/3 m2).
        let area = |s: &str| {
            let (text, value) = tv(s).remove(0);
            (
                text,
                value[..value.find('.').map_or(value.len(), |i| i + 3)].to_string(),
            )
        };
        assert_eq!(area("承包了3亩5分"), ("3亩5分".into(), "2333.33".into()));
        assert_eq!(area("一亩三分地"), ("一亩三分".into(), "866.66".into()));
        // 分 after a sum in 元 still stops before 地; 分钟 is no minor unit of an area.
        assert_eq!(tv("种了2亩5分钟")[0].0, "2亩");
    }

    #[test]
    fn more_after_the_unit_makes_the_figure_approximate() {
        let approx = |s: &str, start: &str| {
            (facts(s).into_iter())
                .find(|r| r.0.starts_with(start))
                .map(|r| r.4.unwrap_or(""))
        };
        assert_eq!(approx("短短两年多时间里建成厂房", "两年"), Some("approx"));
        assert_eq!(approx("鸡蛋卖3块多一斤", "3块"), Some("approx"));
        assert_eq!(approx("一年多来共接待游客", "一年"), Some("approx"));
        // 多 opening a noun after the figure qualifies nothing.
        assert_eq!(approx("新建3个多功能厅", "3个"), Some(""));
    }

    #[test]
    fn a_share_digit_before_a_word_stays_in_the_share() {
        let tv = |s: &str| -> Vec<(String, String)> {
            facts(s).into_iter().map(|r| (r.0, r.2)).collect()
        };
        // 九成九合格: the digit after 成 is the share's when a word, not a count, follows.
        assert_eq!(tv("抽检样品九成九合格")[0], ("九成九".into(), "99".into()));
        assert_eq!(
            tv("受访者七成五认为满意")[0],
            ("七成五".into(), "75".into())
        );
        // A count after the share is no part of it.
        assert_eq!(tv("其中三成五家企业亏损")[0].0, "三成");
    }

    #[test]
    fn a_share_digit_before_a_range_word_stays_in_the_share() {
        let tv = |s: &str| -> Vec<(String, String)> {
            facts(s).into_iter().map(|r| (r.0, r.2)).collect()
        };
        // 一成七 = 17 %, also when 至 opens the level reached after it.
        assert_eq!(
            tv("人均消费下跌一成七至九百元")[0],
            ("一成七".into(), "17".into())
        );
        assert_eq!(tv("人均消费下跌一成七至九百元")[1].0, "九百元");
    }

    #[test]
    fn small_change_continues_a_sum() {
        let tv = |s: &str| -> Vec<(String, String)> {
            facts(s).into_iter().map(|r| (r.0, r.2)).collect()
        };
        assert_eq!(tv("单价12元5角"), [("12元5角".into(), "12.5".into())]);
        assert_eq!(tv("售价4元2角8分"), [("4元2角8分".into(), "4.28".into())]);
        // A per word before the sum leaves it a sum (the per word is its subject's).
        assert_eq!(tv("每斤12元5角"), [("12元5角".into(), "12.5".into())]);
        assert_eq!(tv("手机壳五元三毛"), [("五元三毛".into(), "5.3".into())]);
        assert_eq!(
            tv("两美元又三美分"),
            [("两美元又三美分".into(), "2.03".into())]
        );
        // The minor unit starts another word, or does not follow a sum at all.
        assert_eq!(
            tv("花了10元5分钟"),
            [("10元".into(), "10".into()), ("5分钟".into(), "5".into())]
        );
        assert!(tv("三角形的内角和").is_empty());
        // Units must fall: 8分 after 5角 is change, 5角 after 8分 is not.
        assert_eq!(tv("3元8分5角")[0].0, "3元8分");
    }

    /// The mentions of `s` that are taken (not rejected, not bare numbers), each with its
    /// text as written.
    fn taken(s: &str) -> Vec<(String, Mention)> {
        let pats = Patterns::builtin().unwrap();
        let f = Folded::new(s);
        let (m, _) = scan(&f, &pats, &[]);
        m.into_iter()
            .filter(|m| m.rejected.is_none() && m.kind != Kind::Number)
            .map(|m| (s.chars().skip(m.start).take(m.end - m.start).collect(), m))
            .collect()
    }

    fn facts(s: &str) -> Vec<Row> {
        taken(s)
            .into_iter()
            .map(|(text, m)| {
                (
                    text,
                    m.kind.name(),
                    m.value.normalize().to_string(),
                    m.value_max.map(|v| v.normalize().to_string()),
                    m.approx.map(Approx::name),
                )
            })
            .collect()
    }

    fn one(s: &str) -> Row {
        let f = facts(s);
        assert_eq!(f.len(), 1, "{s}: {f:?}");
        f.into_iter().next().unwrap()
    }

    #[test]
    fn cn_digit_match_is_cn_digits() {
        for c in CN_DIGITS.chars() {
            assert!(is_cn_digit(c), "{c}");
        }
        let n = ('\0'..=char::MAX).filter(|&c| is_cn_digit(c)).count();
        let mut distinct: Vec<char> = CN_DIGITS.chars().collect();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(n, distinct.len());
        assert!(('\u{4e00}'..='\u{9fff}').all(|c| !c.is_numeric()));
        assert!(!may_hold_numeral("加快推进乡村振兴"));
        assert!(may_hold_numeral("第三"));
        assert!(may_hold_numeral("共٣家"));
    }

    #[test]
    fn scale_and_unit() {
        assert_eq!(one("资源储量达890亿吨").2, "89000000000");
        assert_eq!(one("中电农创150MW风力发电项目").2, "150000000");
        assert_eq!(one("规划装机容量120万千瓦").2, "1200000000");
        assert_eq!(one("年产60亿只丁腈手套").1, "count");
    }

    #[test]
    fn unit_starting_with_a_scale_char() {
        assert_eq!(one("规划装机容量120万千瓦，").2, "1200000000");
        assert_eq!(one("年发电量20.1亿千瓦时").2, "2010000000");
        assert_eq!(one("施用底肥80千克").2, "0.08");
    }

    #[test]
    fn thousands_and_fullwidth() {
        assert_eq!(one("惠及居民10,526户").2, "10526");
        assert_eq!(one("企业２１８家").2, "218");
        // Hong Kong counts flats in 伙.
        assert_eq!(one("上月住宅落成2,350伙").2, "2350");
    }

    #[test]
    fn grouped_digits_after_a_scale_stay_in_the_figure() {
        // Taiwan writes amounts as 億 and 萬 groups with thousands separators inside.
        assert_eq!(one("累计游客8萬2,530人次").2, "82530");
        assert_eq!(one("编列经费12億3,456萬7千元").2, "1234567000");
        // A comma after the scale is a list, not a group.
        assert_eq!(one("销量12万,500吨").2, "500");
    }

    #[test]
    fn percentage_points_are_not_percent() {
        let f = one("高于全省平均水平9.1个百分点");
        assert_eq!((f.1, f.2.as_str()), ("percentage_point", "9.1"));
    }

    #[test]
    fn approximation_words_a_space_apart() {
        // Pages that space figures from words (約 45 萬元) keep the qualifier.
        let f = one("年发电收入约 45 万元");
        assert_eq!((f.0.as_str(), f.4), ("约 45 万元", Some("approx")));
        assert_eq!(one("使用面积大约 120 坪").4, Some("approx"));
        assert_eq!(one("总经费约计15亿元").4, Some("approx"));
        // A space with no qualifier before it changes nothing.
        assert_eq!(one("收入 45 万元").4, None);
    }

    #[test]
    fn qualifiers_after_losses_before_and_after_rates() {
        // 损失约: 损失 + 约, not 失约 (a word that ends with 约 only in 损失约).
        assert_eq!(one("设备损失约4,000万元").4, Some("approx"));
        assert_eq!(one("双方违约金3万元").4, None);
        // 逼近 qualifies as 接近 does.
        assert_eq!(one("成长率逼近7成").4, Some("approx"));
        // A qualifier after a rate's unit.
        let f = one("玉米单产2.8万斤/公顷左右");
        assert_eq!((f.0.as_str(), f.4), ("2.8万斤/公顷左右", Some("approx")));
        assert_eq!(one("产能10万吨/年以上").4, Some("gt"));
    }

    #[test]
    fn a_classifier_before_yi_is_spoken_money() {
        // 年产值6个亿: hundreds of millions of yuan.
        let f = one("年产值6个亿");
        assert_eq!((f.1, f.2.as_str()), ("money", "600000000"));
        // Before 元 the classifier counts things of that size (five projects).
        let f = one("招引5个亿元以上农业项目");
        assert_eq!((f.1, f.2.as_str(), f.4), ("count", "5", None));
    }

    #[test]
    fn approximation_words() {
        assert_eq!(one("总投资约86亿元").4, Some("approx"));
        assert_eq!(one("总投资约86亿元").0, "约86亿元");
        assert_eq!(one("两百余个便民停车点").4, Some("approx"));
        assert_eq!(one("红枣产量3.2万吨左右").4, Some("approx"));
        assert_eq!(one("销售逾5,000吨").0, "逾5,000吨");
        assert_eq!(one("增收4,000元以上").4, Some("gt"));
        assert_eq!(one("班额降至45人以下").4, Some("lt"));
        let f = one("突破100亿元");
        assert_eq!((f.0.as_str(), f.4), ("100亿元", Some("gt")));
        // Falling through a round figure: below it.
        let f = one("全日成交额跌破七百亿元");
        assert_eq!((f.0.as_str(), f.4), ("七百亿元", Some("lt")));
        assert_eq!(one("水库水位跌穿100米").4, Some("lt"));
        // With the aspect particle 了, and breaking through (冲破, 衝破).
        assert_eq!(one("吞吐量突破了60万标箱").4, Some("gt"));
        assert_eq!(one("销售额超过了3亿元").4, Some("gt"));
        assert_eq!(one("旅客冲破500万人次").4, Some("gt"));
        assert_eq!(one("訪客衝破500萬人次").4, Some("gt"));
        let f = one("营业额约为35亿元");
        assert_eq!((f.0.as_str(), f.4), ("35亿元", Some("approx")));
        assert_eq!(one("出席率未达6成").4, Some("lt"));
        assert_eq!(one("票房超越2000萬元").4, Some("gt"));
        // 约 before a verb of having, needing or amounting.
        for s in [
            "全港约有3 200艘渔船",
            "修缮約需七百萬元",
            "约合1.6亿美元",
            "約佔18%",
        ] {
            assert_eq!(one(s).4, Some("approx"), "{s}");
        }
    }

    #[test]
    fn ranges_share_unit_and_scale() {
        let f = one("年产3至5万吨");
        assert_eq!(
            (f.2.as_str(), f.3.as_deref(), f.4),
            ("30000", Some("50000"), Some("range"))
        );
        let f = one("价格在每斤6.5元至7元之间");
        assert_eq!(
            (f.0.as_str(), f.2.as_str(), f.3.as_deref()),
            ("6.5元至7元", "6.5", Some("7"))
        );
        let f = one("总投资5000万元至1亿元的项目");
        assert_eq!(
            (f.2.as_str(), f.3.as_deref()),
            ("50000000", Some("100000000"))
        );
        assert_eq!(one("装机3至5万千瓦").3.as_deref(), Some("50000000"));
        let f = one("装机1.5至6.25兆瓦");
        assert_eq!(f.3.as_deref(), Some("6250000"));
        assert_eq!(one("增长10%至15%").3.as_deref(), Some("15"));
        // Thousands and hundreds too; a unit opening with 千 is no scale (千米).
        let f = one("预计有6至8千人参加");
        assert_eq!((f.2.as_str(), f.3.as_deref()), ("6000", Some("8000")));
        assert_eq!(one("线路长3至5千米").2, "3000");
    }

    #[test]
    fn neighbouring_digits_are_a_vague_range() {
        // 二三十家 = 20 … 30, 七八成 = 70 … 80 %, 两三个月 = 2 … 3 months.
        let f = one("镇上有二三十家作坊");
        assert_eq!(
            (f.0.as_str(), f.2.as_str(), f.3.as_deref(), f.4),
            ("二三十家", "20", Some("30"), Some("range"))
        );
        let f = one("约七八成茶农已改种");
        assert_eq!((f.2.as_str(), f.3.as_deref()), ("70", Some("80")));
        assert_eq!(one("再过两三个月").3.as_deref(), Some("3"));
        assert_eq!(one("投入五六百万元").3.as_deref(), Some("6000000"));
        // 一两 before a scale is an amount; before a classifier a manner of speaking.
        let f = one("每户年收入一两万元");
        assert_eq!((f.2.as_str(), f.3.as_deref()), ("10000", Some("20000")));
        assert!(facts("只用了一两个月").iter().all(|f| f.3.is_none()));
        // Months, idioms, plan names and runs of three digits are no such pair.
        for s in [
            "三四月份采摘",
            "三五成群",
            "十四五期间",
            "一二三产业融合",
            "一二期工程",
        ] {
            assert!(
                facts(s).iter().all(|f| f.3.is_none()),
                "{s}: {:?}",
                facts(s)
            );
        }
    }

    #[test]
    fn shares_and_fractions() {
        let f = one("快充桩占比超过六成");
        assert_eq!(
            (f.0.as_str(), f.2.as_str(), f.4),
            ("超过六成", "60", Some("gt"))
        );
        assert_eq!(one("通关时间压缩三成以上").4, Some("gt"));
        assert!(facts("已建成为示范区").is_empty());
        assert_eq!(one("覆盖主城区约四成路口").2, "40");
        assert!(
            facts("成本降低，三成为新建项目")
                .iter()
                .all(|f| f.2 != "30"),
            "成为 is a word"
        );
        assert_eq!(one("公交分担率提升至三分之一左右").4, Some("approx"));
        assert_eq!(one("占百分之十二点五").2, "12.5");
        // Hong Kong and Macau papers leave out 之: 百分三点四; 百分百 and 百分点 are words.
        assert_eq!(one("收益较上年下降百分三点四").2, "3.4");
        assert_eq!(one("升幅为百分十二").2, "12");
        assert!(facts("我们百分百支持").is_empty());
        assert_eq!(one("千分之三").2, "0.3");
    }

    #[test]
    fn labels_and_ordinals_are_not_facts() {
        assert!(facts("二期建设").is_empty());
        assert!(facts("1号机组").is_empty());
        assert!(facts("G207国道与5G网络和PM2.5浓度").is_empty());
        assert!(facts("第41个教师节").is_empty());
        assert!(facts("打造5A级景区").is_empty());
    }

    #[test]
    fn a_measures_acronym_before_its_figure_is_no_label() {
        assert_eq!(facts("全年实现GDP125.6亿元").len(), 1);
        assert_eq!(facts("全镇实现GDP8.28亿元，增长5.7%").len(), 2);
        // Inside a longer code the letters stay a label.
        assert!(facts("型号XGDP310的设备").is_empty());
    }

    #[test]
    fn slogans_are_not_facts() {
        assert!(facts("昂首阔步“十五五”，学习“千万工程”经验").is_empty());
        assert!(facts("《规划（2021—2035年）》").is_empty());
    }

    #[test]
    fn compound_units_give_two_rows() {
        let f = facts("建设100MW/200MWh储能电站");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[0].1, f[1].1), ("power", "energy"));
    }

    /// (text, value, value_max, approx) of every numeral and bound phrase.
    fn numbers(s: &str) -> Vec<(String, String, Option<String>, Option<&'static str>)> {
        let pats = Patterns::builtin().unwrap();
        let f = Folded::new(s);
        let (_, n) = scan(&f, &pats, &[]);
        n.into_iter()
            .map(|n| {
                (
                    s.chars().skip(n.start).take(n.end - n.start).collect(),
                    n.value.normalize().to_string(),
                    n.value_max.map(|v| v.normalize().to_string()),
                    n.approx.map(Approx::name),
                )
            })
            .collect()
    }

    fn number(s: &str) -> (String, String) {
        let n = numbers(s);
        assert_eq!(n.len(), 1, "{s}: {n:?}");
        (n[0].0.clone(), n[0].1.clone())
    }

    #[test]
    fn approximation_words_before_a_scale() {
        for (s, text, value) in [
            ("新增就业十余万人", "十余万人", "100000"),
            ("投资500多亿元", "500多亿元", "50000000000"),
            ("惠及一百零几万人", "一百零几万人", "1000000"),
            ("二十几万吨", "二十几万吨", "200000"),
            ("三十万多亿元", "三十万多亿元", "30000000000000"),
        ] {
            let f = one(s);
            assert_eq!(
                (f.0.as_str(), f.2.as_str(), f.4),
                (text, value, Some("approx")),
                "{s}"
            );
        }
        assert_eq!(number("十几万"), ("十几万".into(), "100000".into()));
    }

    #[test]
    fn signs() {
        for (s, value) in [
            ("最低气温-5℃", "-5"),
            ("增速为负3.9%", "-3.9"),
            ("负13.5千米", "-13500"),
        ] {
            assert_eq!(one(s).2, value, "{s}");
        }
        // A dash between figures or after letters is not a sign.
        assert_eq!(one("3-5万吨").3.as_deref(), Some("50000"));
        assert_eq!(number("G-207").1, "207");
        assert_eq!(number("－－9").1, "9");
        assert_eq!(number("...9").1, "9");
    }

    #[test]
    fn a_figure_spaced_on_both_sides_takes_the_classifier_spaced_off_it() {
        let f = facts("有家庭农场 802 家，其中示范场 246 家。");
        assert_eq!(
            (f.len(), f[0].0.as_str(), f[1].2.as_str()),
            (2, "802 家", "246")
        );
        // Not a classifier opening a longer word, nor one after a figure glued to the word
        // before it.
        assert!(facts("全县 2021 家庭收入").is_empty());
        assert!(facts("表3 家庭收入").is_empty());
        // A sheet's label counts the document's sheets.
        assert!(facts("圖則第 1 張共 2 張").is_empty());
        assert!(facts("第1页共10页").is_empty());
    }

    #[test]
    fn spaced_numerals() {
        for (s, value) in [
            ("投资1000  万元", "10000000"),
            ("三千 八百 九十六 万元", "38960000"),
            ("提高2.4   个百分点", "2.4"),
            ("百分之五 十", "50"),
        ] {
            assert_eq!(one(s).2, value, "{s}");
        }
        assert_eq!(number("四百 点 五").1, "400.5");
        // Two digit runs apart stay two numbers; a year before 十大 stays a year.
        assert_eq!(numbers("7 2").len(), 2);
        assert_eq!(numbers("2021 十大").len(), 2);
    }

    #[test]
    fn numeral_forms() {
        for (s, value) in [
            ("2e5", "200000"),
            ("12.32e+14", "1232000000000000"),
            (".5", "0.5"),
            ("3万4000", "34000"),
            ("1千零1", "1001"),
            ("五兆六十二亿四万五千二", "5006200045200"),
            ("四百亿点零五零", "40000000000.05"),
            ("负四十五亿零四百零四万", "-4504040000"),
        ] {
            assert_eq!(number(s).1, value, "{s}");
        }
        // 两百点两: 两 never follows 点, so two numerals.
        assert_eq!(numbers("两百点两").len(), 2);
        // Dotted runs (versions, addresses) are lists of numbers.
        let n = numbers("2222.2222.22222.222");
        assert_eq!(
            n.iter().map(|n| n.1.as_str()).collect::<Vec<_>>(),
            ["2222", "2222", "22222", "222"]
        );
    }

    #[test]
    fn fractions_as_numbers() {
        for (s, value) in [
            ("三分之一", "0.3333333333333333333333333333"),
            ("一千分之一", "0.001"),
            ("百万分之五", "0.000005"),
            ("3又一千分之23", "3.023"),
            ("负一又二分之一", "-1.5"),
            ("1/2", "0.5"),
            ("３／５", "0.6"),
        ] {
            assert_eq!(number(s).1, value, "{s}");
        }
        // 百分之五十: the number is 五十; the fact is 50 %.
        assert_eq!(number("百分之五十"), ("五十".into(), "50".into()));
        assert_eq!(one("百分之百").2, "100");
        assert_eq!(one("千分之三").2, "0.3");
    }

    #[test]
    fn an_angle_in_degrees_is_no_figure() {
        for s in [
            "产区地处北纬37度左右",
            "东经112度附近",
            "位于6-15度坡度的耕地",
            "坡度25度以上",
        ] {
            assert!(facts(s).is_empty(), "{s}: {:?}", facts(s));
        }
        // Power and heat stay what they are.
        assert_eq!(one("全年用电3-5度").1, "energy");
        assert_eq!(one("气温达到38度").1, "temperature");
    }

    #[test]
    fn a_duration_in_two_units_is_one_figure_in_the_smaller() {
        for (s, text, value) in [
            ("等候了1年5个月才动工", "1年5个月", "17"),
            ("全程用时2小时30分钟", "2小时30分钟", "150"),
            ("展会历时3天2小时", "3天2小时", "74"),
            ("时钟为三分十三秒", "三分十三秒", "193"),
            ("成绩是11分44秒", "11分44秒", "704"),
            // Three units: hours before minutes and seconds (a race time).
            ("以1小时10分49秒的成绩夺冠", "1小时10分49秒", "4249"),
            // The smaller unit written with two digits, a zero first.
            ("全程用时2小时08分钟", "2小时08分钟", "128"),
            ("成绩为4分05秒", "4分05秒", "245"),
        ] {
            let f = facts(s);
            assert_eq!(f.len(), 1, "{s}: {f:?}");
            assert_eq!((f[0].0.as_str(), f[0].2.as_str()), (text, value), "{s}");
        }
        // An approximation before the larger unit holds for the whole.
        let f = one("约1年5个月后完工");
        assert_eq!((f.2.as_str(), f.4), ("17", Some("approx")));
        // A number with a leading zero after other words is still a code.
        assert!(facts("编号为08号的展位").is_empty());
        // Units apart, or the smaller first, stay two figures.
        assert_eq!(facts("用时2小时，休息30分钟").len(), 2);
        assert_eq!(facts("用时30分钟2小时").len(), 2);
        // A score in 分 before seconds of another figure is no minute.
        let f = facts("得分85分，用时10秒");
        assert!(f.iter().any(|r| r.0 == "10秒" && r.2 == "10"), "{f:?}");
    }

    #[test]
    fn shares_discounts_and_halves() {
        for (s, kind, value) in [
            ("七成六", "percent", "76"),
            ("三成半", "percent", "35"),
            ("商品打八折", "percent", "80"),
            ("75折", "percent", "75"),
            ("八点五折", "percent", "85"),
            ("五五折", "percent", "55"),
            ("一吨半", "mass", "1.5"),
            ("两年半", "duration", "2.5"),
        ] {
            let f = one(s);
            assert_eq!((f.1, f.2.as_str()), (kind, value), "{s}");
        }
        assert!(facts("三折叠屏手机").is_empty());
        assert_eq!(one("收入5万元折合美元").1, "money");
    }

    #[test]
    fn liang_the_word_is_not_a_number() {
        let pats = Patterns::builtin().unwrap();
        for (s, rejected) in [
            ("两会召开", true),
            ("两岸交流", true),
            ("两家企业", false),
            ("两倍", false),
            ("两个项目", false),
        ] {
            let (m, _) = scan(&Folded::new(s), &pats, &[]);
            assert_eq!(
                m.first().map(|m| m.rejected.is_some()),
                Some(rejected),
                "{s}: {m:?}"
            );
        }
    }

    #[test]
    fn a_rise_after_a_fall_is_a_tally_not_litres() {
        assert!(facts("三项指标两降一升").iter().all(|m| m.1 != "volume"));
        assert!(facts("价格一平一升").iter().all(|m| m.1 != "volume"));
        assert!(facts("用水一升一降").iter().all(|m| m.1 != "volume"));
        // A litre after anything else stays a volume.
        assert_eq!(one("每户节水一升").1, "volume");
        assert_eq!(one("下降一升").1, "volume");
    }

    #[test]
    fn flows_spindles_and_mixed_port_counts_keep_their_units() {
        let unit = |s: &str| {
            let pats = Patterns::builtin().unwrap();
            let (m, _) = scan(&Folded::new(s), &pats, &[]);
            let m: Vec<_> = m.into_iter().filter(|m| m.rejected.is_none()).collect();
            assert_eq!(m.len(), 1, "{s}: {m:?}");
            (m[0].value.normalize().to_string(), m[0].unit.clone())
        };
        assert_eq!(unit("泵站每秒抽水4立方米"), ("4".into(), "m3/s".into()));
        assert_eq!(unit("排水量达到8cms"), ("8".into(), "m3/s".into()));
        assert_eq!(unit("新建纱锭30万锭"), ("300000".into(), "锭".into()));
        assert_eq!(
            unit("验放交通工具12.5万列辆架次"),
            ("125000".into(), "列辆架次".into())
        );
        assert_eq!(unit("码头作业75自然箱/小时").1, "自然箱/h");
        assert_eq!(unit("连续5个季度"), ("15".into(), "month".into()));
        assert!(facts("游客一晚上买了8件").iter().all(|m| m.1 != "duration"));
    }

    #[test]
    fn liang_is_a_unit_only_at_the_end() {
        assert_eq!(one("二两").2, "0.0001");
        assert_eq!(one("两万两").2, "1");
        assert_eq!(one("1234两").2, "0.0617");
        assert_eq!(one("三十两").2, "0.0015");
        // 一两个 = one or two; 两两 is a word.
        assert!(facts("一两个").is_empty());
        assert!(facts("两两结对").is_empty());
        // Before a classifier 两 is two, never a tael: 11和12两个月 holds no mass.
        assert!(facts("余下11和12兩個月").iter().all(|m| m.1 != "mass"));
    }

    #[test]
    fn degrees_ages_and_currency_signs() {
        for (s, kind, unit, value) in [
            ("把温度升高5度", "temperature", "C", "5"),
            ("华氏温度98.6度", "temperature", "F", "98.6"),
            ("年用电量5000度", "energy", "kWh", "5000"),
            ("今天气温偏高，最高达到35度", "temperature", "C", "35"),
            ("气温升高，用电量达到5000度", "energy", "kWh", "5000"),
            ("发现违法行为492项次", "count", "项次", "492"),
            ("宝宝只有十个月大的时候", "age", "month", "10"),
            ("售价$20", "money", "USD", "20"),
            ("身高168cm", "length", "m", "1.68"),
            ("身高168公分", "length", "m", "1.68"),
            ("缴获2.4微克", "mass", "t", "0.0000000000024"),
            ("跌幅约1成3", "percent", "%", "13"),
            ("升幅达7個百份點", "percentage_point", "pp", "7"),
            ("起降逾24.9萬架次", "count", "架次", "249000"),
            (
                "细颗粒物浓度为28微克/立方米",
                "concentration",
                "mg/m3",
                "0.028",
            ),
            ("出水氨氮0.5毫克/升", "concentration", "mg/m3", "500"),
            ("开行货运列车12万列次", "count", "列次", "120000"),
            ("集装箱吞吐量36.5万TEU", "count", "标箱", "365000"),
            // Visits counted per occasion keep the occasion classifier.
            ("抽查农资门店46家次", "count", "家次", "46"),
            ("调度运输车辆1.2万台次", "count", "台次", "12000"),
            ("走訪農戶380戶次", "count", "户次", "380"),
            ("抽检农产品2160批次", "count", "批次", "2160"),
            ("常住人口达到86萬305人", "count", "人", "860305"),
        ] {
            let pats = Patterns::builtin().unwrap();
            let f = Folded::new(s);
            let (m, _) = scan(&f, &pats, &[]);
            let m: Vec<_> = m.iter().filter(|m| m.kind != Kind::Number).collect();
            assert_eq!(m.len(), 1, "{s}: {m:?}");
            assert_eq!(
                (
                    m[0].kind.name(),
                    m[0].unit.as_str(),
                    m[0].value.normalize().to_string()
                ),
                (kind, unit, value.to_string()),
                "{s}"
            );
        }
        assert_eq!(one("华氏温度100度").0, "华氏温度100度");
    }

    #[test]
    fn addresses_and_codes_are_not_figures() {
        for s in [
            "访问 https://www.test.com/q=30%25%2020%",
            "q=30%25%2020%",
            "京ICP备12345678号",
            "联系电话：0351-7654321",
            "邮编：030000",
        ] {
            assert!(facts(s).is_empty(), "{s}");
        }
        // No range is made of a phone number.
        assert!(numbers("电话0351-7654321").iter().all(|n| n.2.is_none()));
    }

    #[test]
    fn currency_name_before_the_figure() {
        let f = one("年產值超過新臺幣480億元");
        assert_eq!(
            (f.0.as_str(), f.2.as_str(), f.4),
            ("超過新臺幣480億元", "48000000000", Some("gt"))
        );
        let pats = Patterns::builtin().unwrap();
        let fo = Folded::new("实现人民币3亿元，新台币5亿元");
        let (m, _) = scan(&fo, &pats, &[]);
        let units: Vec<&str> = m
            .iter()
            .filter(|m| m.kind == Kind::Money)
            .map(|m| m.unit.as_str())
            .collect();
        assert_eq!(units, ["CNY", "TWD"]);
    }

    #[test]
    fn per_unit_ratios() {
        let f = one("收购价每吨6000元/吨");
        assert_eq!((f.0.as_str(), f.1), ("6000元/吨", "money"));
        // A ratio of two units is not the numerator's kind (300克/千瓦时 is no mass);
        // mass per volume is a concentration of its own.
        assert!(facts("供电煤耗为300克/千瓦时").is_empty());
        assert_eq!(facts("PM2.5平均浓度为32微克/立方米")[0].1, "concentration");
    }

    /// The value and unit of the one figure `s` holds.
    fn unit(s: &str) -> (String, String) {
        let pats = Patterns::builtin().unwrap();
        let (m, _) = scan(&Folded::new(s), &pats, &[]);
        let m: Vec<_> = m.into_iter().filter(|m| m.rejected.is_none()).collect();
        assert_eq!(m.len(), 1, "{s}");
        (m[0].value.normalize().to_string(), m[0].unit.clone())
    }

    #[test]
    fn per_time_rate_stays_in_text() {
        assert_eq!(one("设计产能10万吨/年").0, "10万吨/年");
        assert_eq!(unit("设计产能10万吨/年"), ("100000".into(), "t".into()));
        // A rate per day or hour keeps what it is per, a price or fee too.
        assert_eq!(one("新厂日处理规模达到12.5万吨/日").0, "12.5万吨/日");
        assert_eq!(
            unit("新厂日处理规模达到12.5万吨/日"),
            ("125000".into(), "t/d".into())
        );
        assert_eq!(unit("泵站抽水能力为300立方米/小时").1, "m3/h");
        assert_eq!(unit("护工收费200元/天").1, "CNY/d");
        assert_eq!(unit("家政服务收费55元/小时"), ("55".into(), "CNY/h".into()));
    }
    #[test]
    fn per_time_word_before_makes_a_rate() {
        // 每天/每日/时速 shortly before a quantity in its clause: a rate per day or hour.
        assert_eq!(unit("新水厂每天可供水4.5万立方米").1, "m3/d");
        assert_eq!(unit("全市平均每日新增市场主体86户").1, "户/d");
        // A daily output (日产) is a rate per day too; a daily average (日均) keeps the
        // quantity as written (the peer suite reads 日均20万公斤 as mass); a yearly output
        // (年产) stays the year's total, as an annual capacity is.
        assert_eq!(unit("新生产线日产熟料5000吨").1, "t/d");
        // So is a daily melting (日熔); a daily capacity named as a noun stays the
        // quantity (日处理能力由2万吨提高到4万吨).
        assert_eq!(unit("建设日熔600吨的玻璃生产线").1, "t/d");
        assert_eq!(unit("扩建后日处理能力达4万吨").1, "t");
        assert_eq!(unit("牧场日均产奶量达到120吨").1, "t");
        assert_eq!(unit("该厂年产复合肥30万吨").1, "t");
        assert_eq!(
            unit("该城际铁路设计时速200公里"),
            ("200000".into(), "m/h".into())
        );
        // Another clause, a figure between, or a dose keep the plain unit.
        assert_eq!(unit("场馆每天上午开放，全年接待观众8万人次").1, "人次");
        let pats = Patterns::builtin().unwrap();
        let f = Folded::new("每天2次共接待游客600人");
        let last = scan(&f, &pats, &[]).0.pop().unwrap();
        assert_eq!(
            (last.value.to_string(), last.unit),
            ("600".into(), "人".into())
        );
        assert_eq!(unit("儿童每天需要摄入300毫克钙").1, "t");
        // A sum after a per word stays money (only a unit after it makes a price per
        // unit: 30元/天).
        assert_eq!(unit("每天补贴伙食费30元").1, "CNY");
    }

    #[test]
    fn quantity_per_counted_thing() {
        // A quantity per a counted thing keeps its kind; the thing goes in the unit.
        assert_eq!(
            unit("农网户均配变容量达到2.35千伏安/户"),
            ("2350".into(), "VA/户".into())
        );
        assert_eq!(unit("累计受理各类事项8.6万件/人次").1, "件/人次");
        assert_eq!(one("累计受理各类事项8.6万件/人次").0, "8.6万件/人次");
    }

    #[test]
    fn approximating_verb_before_its_object() {
        // 约占…的35%: the approximation covers the first figure after the verb.
        assert_eq!(one("茶叶产值约占全镇农业产值的42%").4, Some("approx"));
        assert_eq!(one("新增就业约为去年全年的1.3倍").4, Some("approx"));
        // Not across a clause, nor past another figure.
        assert_eq!(one("茶叶产值约占一半，其中出口占18%").4, None);
    }

    #[test]
    fn wells_and_classes_counted_but_not_grades() {
        assert_eq!(one("今年封填废弃机井156眼").1, "count");
        // Sets of machines are counted whole (台套), not as machines.
        assert_eq!(one("配套潜水泵18台套").0, "18台套");
        assert_eq!(unit("年产能达30萬臺套").1, "台套");
        assert_eq!(facts("监测的12类商品中7类上涨").len(), 2);
        assert_eq!(one("入选4大类产品").0, "4大类");
        // A grade is no count of classes; a decade is no duration.
        assert!(facts("出水水质达到二类标准").is_empty());
        assert!(facts("断面水质均在3类以上").is_empty());
        assert!(facts("上世纪70年代建成的水库").is_empty());
    }

    #[test]
    fn other_percent_signs_and_capital_square_metres() {
        assert_eq!(one("出苗率为63﹪").1, "percent");
        assert_eq!(one("合格率为97.5٪").2, "97.5");
        let f = one("新建厂房8万M2");
        assert_eq!((f.1, f.2.as_str()), ("area", "80000"));
    }

    #[test]
    fn books_loans_and_stations_are_counted() {
        assert_eq!(one("馆藏图书21.6万册").2, "216000");
        assert_eq!(one("全年借阅3.4万册次").0, "3.4万册次");
        let f = facts("充电站从80站增加到120站");
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(facts("为企业提供一站式服务").is_empty());
    }

    #[test]
    fn a_price_per_unit_is_money_per_the_canonical_unit() {
        // Per a unit of measure: its canonical unit (kg → t, L → m3, 亩 → m2).
        assert_eq!(
            unit("本周猪肉均价26.4元/公斤"),
            ("26400".into(), "CNY/t".into())
        );
        assert_eq!(unit("水泥出厂价为420元/吨"), ("420".into(), "CNY/t".into()));
        assert_eq!(
            unit("新房成交均价9850元/平方米"),
            ("9850".into(), "CNY/m2".into())
        );
        assert_eq!(
            unit("柴油价格为7.05元/升"),
            ("7050".into(), "CNY/m3".into())
        );
        assert_eq!(
            unit("居民电价0.56元/千瓦时"),
            ("0.56".into(), "CNY/kWh".into())
        );
        // Per a counted thing: the classifier; per an hour: h; a named currency stays.
        assert_eq!(unit("体检费用为150元/人"), ("150".into(), "CNY/人".into()));
        assert_eq!(unit("清洁工时薪62港元/小時").1, "HKD/h");
        // A per word before the sum leaves it money (the per word is its subject's).
        assert_eq!(unit("鸡蛋价格每公斤11.6元"), ("11.6".into(), "CNY".into()));
        assert_eq!(unit("每户发放慰问金200元").1, "CNY");
        // A fee per year is the year's sum, as an annual capacity is.
        assert_eq!(unit("年费标准为360元/年"), ("360".into(), "CNY".into()));
    }

    #[test]
    fn a_yield_per_area_is_written_per_hectare() {
        assert_eq!(unit("平均单产为400千克/亩"), ("6".into(), "t/ha".into()));
        assert_eq!(unit("稻谷单产7.5吨/公顷"), ("7.5".into(), "t/ha".into()));
        assert_eq!(unit("亩均施肥20公斤/亩"), ("0.3".into(), "t/ha".into()));
        // A price per 亩 is money per m2 (1 亩 = 2000/3 m2), exactly.
        assert_eq!(unit("流转租金800元/亩"), ("1.2".into(), "CNY/m2".into()));
    }

    #[test]
    fn a_rate_per_hundred_thousand_is_a_percent() {
        assert_eq!(
            unit("甲类传染病发病率为2.4/10万"),
            ("0.0024".into(), "%".into())
        );
        assert_eq!(unit("產婦死亡率8.5/十萬"), ("0.0085".into(), "%".into()));
    }

    #[test]
    fn a_per_area_word_before_a_quantity_makes_it_a_rate() {
        // 每亩, 亩产 before a yield in its clause: per hectare as 千克/亩 is.
        assert_eq!(
            unit("今年每亩可收干枣300公斤"),
            ("4.5".into(), "t/ha".into())
        );
        assert_eq!(unit("示范田亩产达到1100斤"), ("8.25".into(), "t/ha".into()));
        assert_eq!(unit("每公顷产稻谷8吨"), ("8".into(), "t/ha".into()));
        // A density, before or after the count.
        assert_eq!(
            unit("人口密度为每平方公里428人"),
            ("428".into(), "人/km2".into())
        );
        assert_eq!(
            unit("老城区约2.1万人/平方公里"),
            ("21000".into(), "人/km2".into())
        );
        // Money per 亩 and figures after another figure in the clause stay as written.
        assert_eq!(unit("每亩补贴200元"), ("200".into(), "CNY".into()));
        assert_eq!(unit("每亩补贴化肥，共发放40吨").1, "t");
        assert_eq!(unit("亩产值可达8000元").1, "CNY");
    }

    #[test]
    fn a_day_with_decimals_is_a_stay() {
        let f = one("游客平均停留2.5日");
        assert_eq!((f.1, f.2.as_str()), ("duration", "2.5"));
        // A whole day is the day of a date, which the date scanner reads.
        assert!(facts("展会于8日开幕").is_empty());
    }
    #[test]
    fn meetings_of_a_session_are_named_by_their_number() {
        assert!(facts("区人大四次会议审议通过").is_empty());
        assert!(facts("市政协九届二次全会开幕").is_empty());
        assert_eq!(one("全年召开四次会议").0, "四次");
        // Meetings named together after their session (十三届三次四次全会).
        assert!(facts("贯彻省委十三届三次四次全会精神").is_empty());
        assert_eq!(facts("年内召开三次四次会议不等").len(), 2);
    }

    #[test]
    fn words_that_begin_like_units_or_halves() {
        assert_eq!(one("全市有6家半导体企业").2, "6");
        assert_eq!(one("工期一年半").2, "1.5");
        assert!(facts("2025台湾灯会开幕").is_empty());
        // A numeral + 甲 listed after 、 is a place name; an area elsewhere.
        assert!(facts("暴雨淹没玉里、八甲、富里等地的稻田").is_empty());
        let f = facts("新增农地八甲、果园三甲");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[0].1, f[1].1), ("area", "area"));
        // 參團, 陸客: a financial digit alone is part of a word.
        assert!(facts("参加參團活动").is_empty());
        assert_eq!(one("捐款壹萬元").2, "10000");
    }

    #[test]
    fn calendar_years_and_small_full_stops() {
        // A four-digit year the date scanner left is no span of years.
        assert!(facts("力争2035年").is_empty());
        assert_eq!(one("历时300年").2, "300");
        assert_eq!(one("按年上升2﹒5%").2, "2.5");
        let f = one("货物周转量1.2万吨公里");
        assert_eq!((f.1, f.2.as_str()), ("count", "12000"));
    }

    /// (text, unit, value, approx) of the figures of `s` that are taken.
    fn priced(s: &str) -> Vec<(String, String, String, Option<&'static str>)> {
        taken(s)
            .into_iter()
            .map(|(text, m)| {
                (
                    text,
                    m.unit.clone(),
                    m.value.normalize().to_string(),
                    m.approx.map(Approx::name),
                )
            })
            .collect()
    }

    #[test]
    fn a_per_phrase_after_a_sum_makes_one_price() {
        let row = |t: &str, u: &str, v: &str| (t.to_string(), u.to_string(), v.to_string(), None);
        // A unit of measure: the price per its canonical unit, as 元/公斤 is read.
        assert_eq!(
            priced("鲫鱼卖16.8元一公斤，"),
            [row("16.8元一公斤", "CNY/t", "16800")]
        );
        assert_eq!(priced("白萝卜2元一斤。"), [row("2元一斤", "CNY/t", "4000")]);
        // A counted thing and a time: per that thing, per that time.
        assert_eq!(priced("自助餐68元每人"), [row("68元每人", "CNY/人", "68")]);
        assert_eq!(
            priced("护工收费260元一天，"),
            [row("260元一天", "CNY/d", "260")]
        );
        assert_eq!(
            priced("月租1500元一个月"),
            [row("1500元一个月", "CNY/month", "1500")]
        );
        // 的 and a qualifier may follow the phrase; the qualifier is the price's.
        assert_eq!(
            priced("买了9元一斤的橘子")[0],
            row("9元一斤", "CNY/t", "18000")
        );
        assert_eq!(
            priced("芒果15元一斤左右")[0],
            (
                "15元一斤左右".into(),
                "CNY/t".into(),
                "30000".into(),
                Some("approx")
            )
        );
        // A spoken price without its 元.
        assert_eq!(priced("黄瓜3.5一斤，"), [row("3.5一斤", "CNY/t", "7000")]);
        assert_eq!(priced("小工两百一天"), [row("两百一天", "CNY/d", "200")]);
        // A spoken sum's digit after 块 counts tenths; 块钱 is one unit.
        assert_eq!(
            priced("桔子两块五一斤"),
            [row("两块五一斤", "CNY/t", "5000")]
        );
        assert_eq!(priced("葱1块1一斤，"), [row("1块1一斤", "CNY/t", "2200")]);
        assert_eq!(
            priced("茄子6块钱一斤"),
            [row("6块钱一斤", "CNY/t", "12000")]
        );
        assert_eq!(priced("花了两块五"), [row("两块五", "CNY", "2.5")]);
    }

    #[test]
    fn a_count_after_a_sum_that_is_no_per_phrase_stays_a_count() {
        // 一次, 一批 count occasions; a phrase that goes on in a word closes nothing.
        let units = |s: &str| -> Vec<String> { priced(s).into_iter().map(|r| r.1).collect() };
        // The sum stays a plain sum (一次 is no unit it is per).
        assert_eq!(units("补助800元一次，")[0], "CNY");
        assert_eq!(units("拨付30万元一批。")[0], "CNY");
        assert_eq!(units("投入600万元一次性解决")[0], "CNY");
        assert_eq!(units("奖励5万元一个项目")[0], "CNY");
        // A year of the calendar is no spoken price; a bare number elsewhere stays bare.
        assert!(priced("2023一年来").iter().all(|r| r.1 != "CNY"));
        assert!(priced("共有三十").is_empty());
    }
}
