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

use super::number::parse_number;
use super::text::{overlaps, Folded, Squeezed};
use crate::patterns::{Kind, Patterns};

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
const SIGNS: &[char] = &['-', '−', '负', '負'];

fn numeral_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let infix = INFIX_CHARS;
        let sc = SCALE_CHARS;
        let arabic = format!(
            r"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?(?:[{infix}]?[{sc}]+(?:零?\d+(?:\.\d+)?)?)*"
        );
        let chinese = format!(
            "[{CN_DIGITS}]+(?:[点點][{CN_POINT_DIGITS}]+[万亿兆萬億]*)?(?:[{infix}][{sc}]+[{CN_DIGITS}]*)*"
        );
        let num = format!("(?:[-−负負]?(?:{arabic}|{chinese}))");
        let den = format!("(?:{num}|[{sc}]+)");
        Regex::new(&format!(
            r"(?P<mixed>(?P<whole>{num})又(?P<mden>{den})分之(?P<mnom>{num}))|(?P<frac>(?P<den>{den})分之(?P<nom>{num}))|(?P<slash>(?P<sn>-?\d+)/(?P<sd>\d+))|(?P<num>{num})"
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
    if m.as_str().contains(['分', '/']) {
        re.captures_at(text, pos).map(NumMatch::Caps)
    } else {
        Some(NumMatch::Plain(m))
    }
}

/// Words before a figure that qualify it, longest first: (word, approx, part of the text).
/// Traditional forms follow their simplified ones.
const PREFIXES: &[(&str, Approx, bool)] = &[
    ("不低于", Approx::Gt, false),
    ("不低於", Approx::Gt, false),
    ("不少于", Approx::Gt, false),
    ("不少於", Approx::Gt, false),
    ("不小于", Approx::Gt, false),
    ("不超过", Approx::Lt, false),
    ("不超過", Approx::Lt, false),
    ("大约", Approx::Approx, true),
    ("大約", Approx::Approx, true),
    ("将近", Approx::Approx, true),
    ("將近", Approx::Approx, true),
    ("接近", Approx::Approx, true),
    ("超过", Approx::Gt, true),
    ("超過", Approx::Gt, true),
    ("突破", Approx::Gt, false),
    ("高于", Approx::Gt, false),
    ("高於", Approx::Gt, false),
    ("多于", Approx::Gt, false),
    ("多於", Approx::Gt, false),
    ("大于", Approx::Gt, false),
    ("大於", Approx::Gt, false),
    ("不足", Approx::Lt, true),
    ("不到", Approx::Lt, true),
    ("低于", Approx::Lt, false),
    ("低於", Approx::Lt, false),
    ("少于", Approx::Lt, false),
    ("少於", Approx::Lt, false),
    ("小于", Approx::Lt, false),
    ("小於", Approx::Lt, false),
    ("约", Approx::Approx, true),
    ("約", Approx::Approx, true),
    ("近", Approx::Approx, true),
    ("逾", Approx::Gt, true),
    ("超", Approx::Gt, true),
];

/// Words after a figure's unit that qualify it.
const SUFFIXES: &[(&str, Approx)] = &[
    ("左右", Approx::Approx),
    ("上下", Approx::Approx),
    ("以上", Approx::Gt),
    ("之多", Approx::Approx),
    ("以下", Approx::Lt),
    ("以内", Approx::Lt),
    ("以內", Approx::Lt),
];

/// Words between a numeral and its unit that make it approximate (3,500余台, 两百多个).
const INFIXES: &[char] = &['余', '餘', '多', '几', '幾', '来', '來'];
/// The same words inside a numeral, before a scale (十余万, 500多亿, 二十几万).
const INFIX_CHARS: &str = "余餘多几幾来來";

/// Range joiners (3至5万吨, 3-5万吨).
const JOINERS: &[char] = &['至', '到', '-', '~', '～', '—', '－', '–'];

/// Cue words for 度 as a temperature: a prefix naming the scale (part of the text), or a
/// word in the clause about temperature. Without them 度 is a kWh.
const DEGREE_SCALES: &[(&str, &str)] = &[
    ("华氏温度", "F"),
    ("華氏溫度", "F"),
    ("华氏", "F"),
    ("華氏", "F"),
    ("摄氏温度", "C"),
    ("攝氏溫度", "C"),
    ("摄氏", "C"),
    ("攝氏", "C"),
];
const TEMPERATURE_CUES: &[char] = &['温', '溫'];

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
        let m = match c {
            '万' | '萬' => 10_000i64,
            '亿' | '億' => 100_000_000,
            _ => break,
        };
        scale = scale.checked_mul(Decimal::from(m)).unwrap_or(scale);
    }
    scale
}

/// The value of a numeral as written in text: a sign, an exponent (2e5, 12.32e+14), and
/// approximation words before a scale (十余万 = 十万, 一百零几万 = 一百万) are allowed.
/// Returns the value and whether it is approximate.
fn numeral_text_value(s: &str) -> Option<(Decimal, bool)> {
    let mut approx = false;
    let mut clean = String::with_capacity(s.len());
    for c in s.chars() {
        if INFIX_CHARS.contains(c) {
            approx = true;
            if clean.ends_with(['零', '〇']) {
                clean.pop();
            }
            continue;
        }
        clean.push(c);
    }
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
        return Some((v.normalize(), approx));
    }
    parse_number(&clean).ok().map(|v| (v, approx))
}

/// Chars of 翻 or 翻了 before a numeral of 1 to 10 followed by 番 (翻一番, 翻了两番), if
/// so: the figure is a doubling.
fn doubling(f: &Folded, a: usize, end: usize, value: Decimal) -> Option<usize> {
    if f.char(end) != Some('番') || !value.fract().is_zero() {
        return None;
    }
    if !(Decimal::ONE..=Decimal::TEN).contains(&value) {
        return None;
    }
    let before = f.before(a);
    ["翻了", "翻"]
        .iter()
        .find(|w| before.ends_with(*w))
        .map(|w| w.chars().count())
}

/// A numeral led by 百 or 千 without a digit (逾百亿元, 超千万元, 千余人): read with 一
/// before it, but only before a unit and with a word that makes it an amount: an
/// approximation or bound (逾, 超过, 近 …, 余/多 before the unit, 以上 after it).
/// Otherwise such numerals are words or descriptors: 千万工程, 百公里加速, 千亩示范园.
/// Returns what [`longest_numeral`] would.
fn scale_before_unit(
    f: &Folded,
    pats: &Patterns,
    a: usize,
    text: &str,
) -> Option<(usize, Decimal, bool)> {
    const BOUNDS_BEFORE: &[&str] = &[
        "逾", "超", "超过", "近", "约", "达", "达到", "突破", "接近", "将近", "不到", "不足",
    ];
    const BOUNDS_AFTER: &[&str] = &["以上", "以下", "左右"];
    if !text.starts_with(['百', '千']) {
        return None;
    }
    let (len, value, approx) = longest_numeral(&format!("一{text}"))?;
    let len = len.checked_sub(1).filter(|&n| n > 0)?;
    let infix = f.char(a + len).is_some_and(|c| INFIXES.contains(&c));
    let (_, n) = pats.unit_at(f.rest(a + len + usize::from(infix)))?;
    let bounded = infix
        || BOUNDS_BEFORE.iter().any(|w| f.before(a).ends_with(w))
        || BOUNDS_AFTER
            .iter()
            .any(|w| f.rest(a + len + n).starts_with(w));
    bounded.then_some((len, value, approx))
}

/// A denominator or numerator of 分之: a numeral, or a bare scale (百分之, 千万分之) read
/// with 一 before it.
fn fraction_part(s: &str) -> Option<Decimal> {
    numeral_text_value(s)
        .map(|(v, _)| v)
        .or_else(|| parse_number(&format!("一{s}")).ok())
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
    let chars: Vec<char> = s.chars().collect();
    if let Some((v, ap)) = numeral_text_value(s) {
        return Some((chars.len(), v, ap));
    }
    let arabic = chars.iter().any(|c| c.is_ascii_digit());
    (1..chars.len()).rev().find_map(|k| {
        // 1万5 → 1万; 两百点两 → 两百 (两 never follows 点).
        let cut = if arabic {
            SCALE_CHARS.contains(chars[k - 1])
        } else {
            matches!(chars[k], '点' | '點')
        };
        if !cut {
            return None;
        }
        let prefix: String = chars[..k].iter().collect();
        numeral_text_value(&prefix).map(|(v, ap)| (k, v, ap))
    })
}

fn is_cn_numeral(s: &str) -> bool {
    s.chars()
        .all(|c| CN_DIGITS.contains(c) || c == '点' || c == '點' || INFIX_CHARS.contains(c))
}

/// A sign before a numeral is a minus unless it joins two figures (3-5) or follows a
/// letter (G-207).
fn sign_allowed(f: &Folded, at: usize) -> bool {
    if f.char(at) != Some('-') && f.char(at) != Some('−') {
        return true;
    }
    match f.char_before(at) {
        None => true,
        Some(c) => {
            !(c.is_ascii_alphanumeric()
                || crate::extract::number::is_numeral_char(c)
                || SIGNS.contains(&c)
                || ".%)/".contains(c))
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

/// Whether the whitespace between `before` and `after` is inside a figure (三千 八百,
/// 1000  万, 2.4 个百分点, 20 - 100), so the scanner may drop it.
fn joinable(pats: &Patterns, before: &str, after: &str) -> bool {
    let (Some(p), Some(n)) = (before.chars().next_back(), after.chars().next()) else {
        return false;
    };
    let part = |c: char| {
        c.is_ascii_digit()
            || crate::extract::number::is_numeral_char(c)
            || "点點分之又余多几幾成折个個%".contains(c)
    };
    if p.is_ascii_digit() && n.is_ascii_digit() {
        return false;
    }
    // 2021 十大: a digit run followed by 十 starts a new word.
    if p.is_ascii_digit() && n == '十' {
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
    (p.is_ascii_digit() || crate::extract::number::is_numeral_char(p))
        && pats
            .unit_at(after)
            .is_some_and(|(u, _)| !matches!(u.kind, Kind::Duration | Kind::Count | Kind::Age))
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
    if !may_hold_numeral(&f.text) {
        return (Vec::new(), Vec::new());
    }
    let sq = Squeezed::new(f, |b, a| joinable(pats, b, a));
    let masked: Vec<(usize, usize)> = masked.iter().map(|&(a, b)| sq.squeezed(a, b)).collect();
    // The sentence's quotes are the squeezed copy's when nothing was squeezed.
    let quotes = match (sq.is_identity(), quotes) {
        (true, Some(q)) => q.to_vec(),
        _ => super::text::quoted_ranges(&sq.folded),
    };
    let (mut mentions, mut numerals) = scan_squeezed(&sq.folded, pats, &masked, quotes);
    if bounds {
        numerals.extend(super::bound::bounds(&sq.folded, &numerals, &mentions));
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

fn scan_squeezed(
    f: &Folded,
    pats: &Patterns,
    masked: &[(usize, usize)],
    mut quotes: Vec<(usize, usize)>,
) -> (Vec<Mention>, Vec<Numeral>) {
    quotes.extend(url_ranges(f));
    let re = numeral_re();
    let mut mentions: Vec<Mention> = Vec::new();
    let mut numerals = Vec::new();
    let mut consumed_until = 0; // char index: the upper end of a range is not a new figure
    let mut unit_spans: Vec<(usize, usize)> = Vec::new(); // 1234两: the 两 is the unit
    let mut pos = 0; // byte offset where the next search starts
    while pos < f.text.len() {
        let Some(caps) = numeral_match(re, &f.text, pos) else {
            break;
        };
        let m = caps.all();
        pos = m.end();
        let (a, mut b) = (f.char_at_byte(m.start()), f.char_at_byte(m.end()));
        if overlaps(masked, a, a + 1)
            || overlaps(&quotes, a, a + 1)
            || overlaps(&unit_spans, a, a + 1)
        {
            continue;
        }
        // A date or a quotation starting inside the match cuts it.
        if let Some(cut) = masked
            .iter()
            .chain(quotes.iter())
            .map(|&(s, _)| s)
            .filter(|&s| a < s && s < b)
            .min()
        {
            b = cut;
            pos = f.rest(b).as_ptr() as usize - f.text.as_ptr() as usize;
        }
        let clipped = b != f.char_at_byte(m.end());
        // 1.2.3.4, 2222.2222.22222: a dotted run (version, address) is a list of numbers.
        if let Some(runs) = dotted_run(f, a) {
            let run_end = runs.last().map_or(a, |r| r.1);
            for (ra, rb) in runs {
                if let Ok(v) = parse_number(f.slice(ra, rb)) {
                    numerals.push(Numeral::at(ra, rb, v, None));
                }
            }
            pos = f.rest(run_end).as_ptr() as usize - f.text.as_ptr() as usize;
            continue;
        }
        let leading_dot = f.char(a) == Some('.')
            && f.char_before(a)
                .is_some_and(|c| c.is_alphanumeric() || c == '.');
        if leading_dot || (f.slice(a, b).starts_with(SIGNS) && !sign_allowed(f, a)) {
            pos = f.rest(a + 1).as_ptr() as usize - f.text.as_ptr() as usize;
            continue;
        }
        if !clipped {
            if caps.name("mixed").is_some() {
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
                        numerals.push(Numeral::at(a, b, v.normalize(), None));
                    }
                }
                consumed_until = b;
                continue;
            }
            if caps.name("slash").is_some() {
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
                        numerals.push(Numeral::at(a, b, v.normalize(), None));
                        consumed_until = b;
                        continue;
                    }
                    _ => {
                        // Not a fraction (2026/3, 1/2/3): scan the first number alone.
                        let first = caps.name("sn").map_or(b, |g| f.char_at_byte(g.end()));
                        if let Ok(v) = caps.group("sn").parse::<Decimal>() {
                            numerals.push(Numeral::at(a, first, v, None));
                        }
                        pos = f.rest(first).as_ptr() as usize - f.text.as_ptr() as usize;
                        continue;
                    }
                }
            }
            if caps.name("frac").is_some() {
                let den_s = caps.group("den");
                let (Some(den), Some(nom)) =
                    (fraction_part(den_s), fraction_part(caps.group("nom")))
                else {
                    continue;
                };
                let Some(share) = ratio(nom, den) else {
                    continue;
                };
                let Some(pct) = share.checked_mul(Decimal::from(100)) else {
                    continue;
                };
                // 百分之五十: the numeral is 五十; 三分之一 is one number.
                if matches!(den_s, "百" | "佰") {
                    if let Some(g) = caps.name("nom") {
                        let (na, nb) = (f.char_at_byte(g.start()), f.char_at_byte(g.end()));
                        numerals.push(Numeral::at(na, nb, nom, None));
                    }
                } else {
                    numerals.push(Numeral::at(a, b, share.normalize(), None));
                }
                let mut men = Mention {
                    start: a,
                    end: b,
                    kind: Kind::Percent,
                    unit: "%".into(),
                    value: pct.normalize(),
                    value_max: None,
                    approx: None,
                    chinese: is_cn_numeral(f.slice(a, b).replace("分之", "").as_str()),
                    numeral: (a, b),
                    rejected: None,
                };
                // 三分之一左右, 百分之五十以上
                if let Some(&(w, ap)) = SUFFIXES.iter().find(|(w, _)| f.rest(b).starts_with(w)) {
                    men.approx = Some(ap);
                    men.end += w.chars().count();
                }
                apply_prefix(f, &mut men);
                consumed_until = men.end;
                mentions.push(men);
                continue;
            }
        }
        // A plain numeral (also the first part of a clipped fraction).
        let mut text = f.slice(a, b);
        // A unit may begin with a scale character (120万千瓦, 5百分点): give it back.
        if let Some(k) = unit_in_tail(f, pats, a, b) {
            b -= k;
            text = f.slice(a, b);
        }
        // 两 never spells a final digit: 二两, 两万两 end with the unit 两 (liang),
        // unless a classifier follows (一两个 = one or two).
        let n = text.chars().count();
        if n >= 2 {
            let mut it = text.chars().rev();
            if let (Some(last), Some(prev)) = (it.next(), it.next()) {
                if COUNTING_TWOS.contains(last)
                    && !COUNTING_TWOS.contains(prev)
                    && (prev.is_ascii_digit() || CN_DIGITS.contains(prev))
                    && pats.unit_at(f.rest(b)).is_none()
                {
                    b -= 1;
                    text = f.slice(a, b);
                }
            }
        }
        let Some((len, value, infix_approx)) =
            longest_numeral(text).or_else(|| scale_before_unit(f, pats, a, text))
        else {
            continue;
        };
        if len < text.chars().count() {
            b = a + len;
            text = f.slice(a, b);
            pos = f.rest(b).as_ptr() as usize - f.text.as_ptr() as usize;
        }
        let infix_approx = infix_approx.then_some(Approx::Approx);
        numerals.push(Numeral::at(a, b, value, infix_approx));
        if a < consumed_until {
            continue;
        }
        let chinese = is_cn_numeral(text.trim_start_matches(['百', '千', '负', '負']));
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
        // Labels and ordinals.
        let prev = f.char_before(a);
        if prev == Some('第') {
            men.kind = Kind::Ordinal;
            men.start = a - 1;
            men.rejected = Some("ordinal");
            mentions.push(men);
            continue;
        }
        // G207, No.5, #3, and URL parts (%20, q=30).
        let after_word_dot = prev == Some('.')
            && a >= 2
            && f.char_before(a - 1)
                .is_some_and(|c| c.is_ascii_alphanumeric());
        if after_word_dot || prev.is_some_and(|c| c.is_ascii_alphabetic() || "#%=&_".contains(c)) {
            men.rejected = Some("label (letters before the numeral)");
            mentions.push(men);
            continue;
        }
        // 0351 (area code), 030000 (postcode): digit runs with a leading zero are codes.
        if text.len() >= 2 && text.starts_with('0') && text.bytes().all(|c| c.is_ascii_digit()) {
            men.rejected = Some("identifier (leading zero)");
            mentions.push(men);
            continue;
        }
        let mut end = b;
        // 3,500余台 / 两百多个
        let mut approx = infix_approx;
        let mut infix = false;
        if let Some(c) = f.char(end) {
            if INFIXES.contains(&c)
                && f.rest(end + 1).chars().next().is_some_and(|n| n != '年')
                && pats.unit_at(f.rest(end + 1)).is_some()
            {
                approx = Some(Approx::Approx);
                infix = true;
                end += 1;
            }
        }
        let unit = pats.unit_at(f.rest(end));
        let unit = unit.filter(|(u, n)| {
            // An ASCII unit must end the word: 5Gb is not 5 G.
            !(u.surface.is_ascii() && f.char(end + n).is_some_and(|c| c.is_ascii_alphanumeric()))
        });
        match unit {
            Some((u, n)) => {
                unit_spans.push((end, end + n));
                // 一吨半, 两年半: and a half.
                let half = f.char(end + n) == Some('半') && value.fract().is_zero();
                let base = if half {
                    value.checked_add(Decimal::new(5, 1))
                } else {
                    Some(value)
                };
                let Some(v) = base.and_then(|v| v.checked_mul(u.factor)) else {
                    continue;
                };
                men.value = v;
                men.kind = u.kind;
                men.unit = u.unit.clone();
                end += n + usize::from(half);
                // 五元三毛, 2元5角8分, 两美元又三美分: the small change belongs to the sum.
                if men.kind == Kind::Money && !half {
                    if let Some((change, len)) = small_change(f, end, &men.unit) {
                        if let Some(v) = men.value.checked_add(change) {
                            men.value = v;
                            end += len;
                            consumed_until = end;
                        }
                    }
                }
                // 二十届四中全会, 十四届全国人大: a session number names the body after it.
                if matches!(u.surface.as_str(), "届" | "屆") && f.char(end).is_some_and(is_cjk) {
                    men.rejected = Some("label (二十届四中全会)");
                }
                if u.surface == "度" {
                    degree_as_temperature(f, &mut men, end);
                }
                // 三个月大, 90天大: an age.
                if men.kind == Kind::Duration
                    && f.char(end) == Some('大')
                    && f.char(end + 1)
                        .is_none_or(|c| matches!(c, '的' | '了' | '时' | '時') || !is_cjk(c))
                {
                    men.kind = Kind::Age;
                    end += 1;
                }
            }
            None => {
                let next = f.char(end);
                if let Some(code) = f
                    .char_before(a)
                    .and_then(|c| CURRENCY_SIGNS.iter().find(|(s, _)| *s == c))
                    .map(|(_, code)| *code)
                {
                    men.kind = Kind::Money;
                    men.unit = code.into();
                    men.start = a - 1;
                } else if next.is_some_and(|c| c.is_ascii_alphabetic()) {
                    men.rejected = Some("label (letters after the numeral)");
                } else if next.is_some_and(|c| {
                    matches!(
                        c,
                        '期' | '号'
                            | '號'
                            | '楼'
                            | '层'
                            | '路'
                            | '线'
                            | '版'
                            | '类'
                            | '型'
                            | '代'
                            | '星'
                    )
                }) {
                    men.rejected = Some("label (一期, 1号 …)");
                } else if COUNTING_TWOS.contains(text)
                    && text.chars().count() == 1
                    && next.is_some_and(|c| {
                        is_cjk(c)
                            && !CN_DIGITS.contains(c)
                            && !JOINERS.contains(&c)
                            && !"成折点點分倍番".contains(c)
                    })
                {
                    // 两 counts only with a classifier (两家, 两倍); 两会, 两岸, 两委 are words.
                    men.rejected = Some("word (两 without a classifier)");
                } else if next == Some('成') && is_share(f, end) {
                    if let Some(v) = share_value(f, value, end) {
                        men.value = v.0;
                        men.kind = Kind::Percent;
                        men.unit = "%".into();
                        end = v.1;
                    }
                } else if let Some(lead) = doubling(f, a, end, value) {
                    // 翻一番 doubles, 翻两番 quadruples.
                    men.value = Decimal::from(1u64 << value.to_u32().unwrap_or(0));
                    men.kind = Kind::Multiple;
                    men.unit = "x".into();
                    men.start = a - lead;
                    end += 1;
                } else if next == Some('折') && is_discount(f, end) {
                    if let Some(v) = discount_value(text, value) {
                        men.value = v;
                        men.kind = Kind::Percent;
                        men.unit = "%".into();
                        end += 1;
                    }
                } else if infix {
                    end -= 1;
                    approx = infix_approx;
                }
            }
        }
        men.end = end;
        men.approx = approx;
        // Ranges: 3至5万吨, 10%至15%, 6.5元至7元.
        if let Some(j) = f.char(men.end).filter(|c| JOINERS.contains(c)) {
            let after = f.rest(men.end + 1).as_ptr() as usize - f.text.as_ptr() as usize;
            if let Some(c2) = numeral_match(re, &f.text, after) {
                let m2 = c2.all();
                let a2 = f.char_at_byte(m2.start());
                if a2 == men.end + 1 && c2.name("num").is_some() {
                    let ascii_dash = j != '至' && j != '到';
                    let both_arabic = !chinese && !is_cn_numeral(m2.as_str());
                    if !ascii_dash || both_arabic {
                        if let Some(r) = range_end(f, pats, &men, &c2, text) {
                            men = r;
                            consumed_until = men.end;
                        }
                    }
                }
            }
        }
        // Qualifiers after the unit.
        if men.approx.is_none() && men.kind != Kind::Number {
            for &(w, ap) in SUFFIXES {
                if f.rest(men.end).starts_with(w) {
                    men.approx = Some(ap);
                    men.end += w.chars().count();
                    break;
                }
            }
        }
        // Per-time rates: 10万吨/年.
        if men.kind != Kind::Number {
            let rest = f.rest(men.end);
            let per_time = ["/年", "/日", "/天", "/月", "/小时", "/小時"]
                .into_iter()
                .find(|p| rest.starts_with(p));
            if let Some(per) = per_time {
                men.end += per.chars().count();
            } else if let Some((_, n)) = rest.strip_prefix('/').and_then(|r| pats.unit_at(r)) {
                // Per another unit: a price stays money (6000元/吨); anything else is a
                // ratio of two quantities (32微克/立方米), not the numerator's kind.
                if men.kind == Kind::Money {
                    men.end += 1 + n;
                } else {
                    men.rejected = Some("ratio of two units (微克/立方米)");
                }
            }
        }
        apply_prefix(f, &mut men);
        mentions.push(men);
    }
    (mentions, numerals)
}

/// Minor units of a currency, by its code, with their value in the major unit: they
/// continue a sum (五元三毛, 2元5角8分, 两美元又三美分), never start one here (三角 is
/// also a triangle, 一毛 a hair).
const MINOR_UNITS: &[(&str, &[(&str, Decimal)])] = &[
    (
        "CNY",
        &[
            ("角", Decimal::from_parts(1, 0, 0, false, 1)),
            ("毛", Decimal::from_parts(1, 0, 0, false, 1)),
            ("分", Decimal::from_parts(1, 0, 0, false, 2)),
        ],
    ),
    ("USD", &[("美分", Decimal::from_parts(1, 0, 0, false, 2))]),
    ("EUR", &[("欧分", Decimal::from_parts(1, 0, 0, false, 2))]),
];

/// The small change right after a sum in `code` ending at char `end`: one or two
/// single-digit amounts in falling minor units, optionally after 又 or 零. Returns
/// (value in the major unit, chars taken).
fn small_change(f: &Folded, end: usize, code: &str) -> Option<(Decimal, usize)> {
    let (_, minors) = MINOR_UNITS.iter().find(|(c, _)| *c == code)?;
    let mut at = end;
    if matches!(f.char(at), Some('又' | '零')) {
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
        // 5分钟, 3分之一, 2角形: the unit char starts another word.
        if matches!(
            f.char(unit_end),
            Some('钟' | '鐘' | '之' | '形' | '度' | '贝' | '地')
        ) {
            break;
        }
        total += Decimal::from(d) * factor;
        at = unit_end;
        taken = at - end;
        next_unit = k + 1;
    }
    (taken > 0).then_some((total, taken))
}

/// A digit 1–9 written as one char (Arabic or Chinese).
fn small_digit(c: char) -> Option<u32> {
    match c {
        '1'..='9' => c.to_digit(10),
        '两' | '兩' => Some(2),
        _ => "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|i| i as u32 + 1),
    }
}

/// Currency names written before a figure in 元 (新臺幣480億元, 人民币3亿元): they say which
/// 元 it is. Simplified and traditional forms.
const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("人民币", "CNY"),
    ("人民幣", "CNY"),
    ("新台币", "TWD"),
    ("新臺幣", "TWD"),
    ("新台幣", "TWD"),
    ("台币", "TWD"),
    ("臺幣", "TWD"),
    ("台幣", "TWD"),
    ("港币", "HKD"),
    ("港幣", "HKD"),
    ("澳门币", "MOP"),
    ("澳門幣", "MOP"),
];

/// Qualifiers before the numeral (约, 超过 …), after a currency name that says which 元
/// the figure is in.
fn apply_prefix(f: &Folded, men: &mut Mention) {
    // 零下5℃: below zero.
    if men.kind == Kind::Temperature && men.value > Decimal::ZERO {
        if let Some(w) = ["零下", "攝氏零下", "摄氏零下"]
            .iter()
            .rev()
            .find(|w| f.before(men.start).ends_with(*w))
        {
            men.value = -men.value;
            men.value_max = men.value_max.map(|v| -v);
            men.start -= w.chars().count();
        }
    }
    if men.kind == Kind::Money && men.unit == "CNY" {
        let before = f.before(men.start);
        if let Some(&(w, code)) = CURRENCY_PREFIXES.iter().find(|(w, _)| before.ends_with(w)) {
            men.unit = code.into();
            men.start -= w.chars().count();
        }
    }
    if men.approx == Some(Approx::Range) {
        return;
    }
    let before = f.before(men.start);
    for &(w, ap, in_text) in PREFIXES {
        if before.ends_with(w) {
            if men.approx.is_none() || men.approx == Some(ap) {
                men.approx = Some(ap);
            }
            if in_text {
                men.start -= w.chars().count();
            }
            break;
        }
    }
}

/// 度 after a numeral: a temperature when a scale word precedes it (华氏温度98.6度) or the
/// clause is about temperature (气温, 温度); otherwise it stays a kWh.
fn degree_as_temperature(f: &Folded, men: &mut Mention, end: usize) {
    let before = f.before(men.start);
    if let Some(&(w, unit)) = DEGREE_SCALES.iter().find(|(w, _)| before.ends_with(w)) {
        men.kind = Kind::Temperature;
        men.unit = unit.into();
        men.start -= w.chars().count();
        return;
    }
    let stop = |c: char| matches!(c, '，' | '。' | '；' | ',' | ';' | '！' | '？' | '!' | '?');
    let clause_before = before.rsplit(stop).next().unwrap_or("");
    let clause_after = f.rest(end).split(stop).next().unwrap_or("");
    if clause_before.contains(TEMPERATURE_CUES) || clause_after.contains(TEMPERATURE_CUES) {
        men.kind = Kind::Temperature;
        men.unit = "C".into();
    }
}

/// 三成 = 30%, 七成六 = 76%, 三成半 = 35%: (percent, end of the mention).
fn share_value(f: &Folded, value: Decimal, at: usize) -> Option<(Decimal, usize)> {
    let tens = value.checked_mul(Decimal::from(10))?;
    let next = f.char(at + 1);
    if next == Some('半') {
        return Some((tens.checked_add(Decimal::from(5))?, at + 2));
    }
    if let Some(c) = next.filter(|c| CN_DIGITS.contains(*c) && !SCALE_CHARS.contains(*c)) {
        let after = f.char(at + 2);
        if after.is_none_or(|c| !is_cjk(c) || matches!(c, '的' | '以' | '左')) {
            if let Ok(d) = parse_number(&c.to_string()) {
                return Some((tens.checked_add(d)?, at + 2));
            }
        }
    }
    Some((tens, at + 1))
}

/// 折 as a discount (八折, 打75折), not the start of a word (折合, 折算, 折旧).
fn is_discount(f: &Folded, at: usize) -> bool {
    !f.char(at + 1).is_some_and(|c| {
        matches!(
            c,
            '合' | '算'
                | '旧'
                | '舊'
                | '扣'
                | '叠'
                | '疊'
                | '线'
                | '射'
                | '返'
                | '腾'
                | '磨'
                | '服'
                | '价'
                | '痕'
                | '现'
                | '抵'
        )
    })
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

/// 成 as a share (六成, 三成以上), not as part of a word (成为, 成本, 建成).
fn is_share(f: &Folded, at: usize) -> bool {
    match f.char(at + 1) {
        None => true,
        Some(c) => {
            !is_cjk(c)
                || matches!(
                    c,
                    '以' | '左' | '多' | '的' | '至' | '到' | '和' | '或' | '及' | '上' | '半'
                )
                || (CN_DIGITS.contains(c) && !SCALE_CHARS.contains(c))
                // 四成路口: a share of the noun after it, unless 成 starts a word.
                || (!WORDS_WITH_CHENG.contains(c) && f.char_before(at).is_some_and(|d| d != '一'))
        }
    }
}

/// Characters that make a word with 成 before them (成为, 成本, 一成不变 …): 成 is then
/// not a share.
const WORDS_WITH_CHENG: &str =
    "为為本员員果功交立效绩績熟品型片都长長就套群批规規全年人分绩色像形器活事";

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn session_numbers_are_labels() {
        assert!(facts("二十届四中全会召开").is_empty());
        assert_eq!(facts("已连续举办5届，吸引客商")[0].0, "5届");
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
    }

    #[test]
    fn below_zero_and_per_mille() {
        let tv = |s: &str| -> Vec<(String, String)> {
            facts(s).into_iter().map(|r| (r.0, r.2)).collect()
        };
        assert_eq!(tv("最低气温零下5℃"), [("零下5℃".into(), "-5".into())]);
        assert_eq!(tv("自然增长率为3.2‰"), [("3.2‰".into(), "0.32".into())]);
        // Tonnes of standard coal: the coal belongs to the unit, not to the subject.
        assert_eq!(
            tv("能耗0.48吨标准煤"),
            [("0.48吨标准煤".into(), "0.48".into())]
        );
    }

    #[test]
    fn small_change_continues_a_sum() {
        let tv = |s: &str| -> Vec<(String, String)> {
            facts(s).into_iter().map(|r| (r.0, r.2)).collect()
        };
        assert_eq!(tv("每斤12元5角"), [("12元5角".into(), "12.5".into())]);
        assert_eq!(tv("每斤4元2角8分"), [("4元2角8分".into(), "4.28".into())]);
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

    fn facts(s: &str) -> Vec<Row> {
        let pats = Patterns::builtin().unwrap();
        let f = Folded::new(s);
        let (m, _) = scan(&f, &pats, &[]);
        m.into_iter()
            .filter(|m| m.rejected.is_none() && m.kind != Kind::Number)
            .map(|m| {
                (
                    s.chars().skip(m.start).take(m.end - m.start).collect(),
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
        assert_eq!(one("每亩80千克").2, "0.08");
    }

    #[test]
    fn thousands_and_fullwidth() {
        assert_eq!(one("惠及居民10,526户").2, "10526");
        assert_eq!(one("企业２１８家").2, "218");
    }

    #[test]
    fn percentage_points_are_not_percent() {
        let f = one("高于全省平均水平9.1个百分点");
        assert_eq!((f.1, f.2.as_str()), ("percentage_point", "9.1"));
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
    fn liang_is_a_unit_only_at_the_end() {
        assert_eq!(one("二两").2, "0.0001");
        assert_eq!(one("两万两").2, "1");
        assert_eq!(one("1234两").2, "0.0617");
        assert_eq!(one("三十两").2, "0.0015");
        // 一两个 = one or two; 两两 is a word.
        assert!(facts("一两个").is_empty());
        assert!(facts("两两结对").is_empty());
    }

    #[test]
    fn degrees_ages_and_currency_signs() {
        for (s, kind, unit, value) in [
            ("把温度升高5度", "temperature", "C", "5"),
            ("华氏温度98.6度", "temperature", "F", "98.6"),
            ("年用电量5000度", "energy", "kWh", "5000"),
            ("宝宝只有十个月大的时候", "age", "month", "10"),
            ("售价$20", "money", "USD", "20"),
            ("身高168cm", "length", "m", "1.68"),
            ("身高168公分", "length", "m", "1.68"),
            ("缴获2.4微克", "mass", "t", "0.0000000000024"),
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
        assert!(facts("PM2.5平均浓度为32微克/立方米").is_empty());
    }

    #[test]
    fn per_time_rate_stays_in_text() {
        assert_eq!(one("设计产能10万吨/年").0, "10万吨/年");
    }
}
