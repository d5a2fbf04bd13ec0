//! A sentence prepared for the scanners: full-width forms folded to ASCII, with maps
//! between byte offsets of the folded text and character indices, which are the same in
//! the folded and the original text (folding is one char for one char).

use std::borrow::Cow;

use super::number::fold_fullwidth;
use crate::patterns::Cues;

/// Chars outside U+FF05..=U+FF19 that fold: the small and the Arabic percent sign, the
/// small full stop (a decimal point on some pages: 1﹒1%).
const OTHER_FOLDS: [char; 5] = ['\u{fe6a}', '\u{066a}', '\u{fe52}', '\u{fe63}', '\u{2571}'];

/// The zero a 0 typed among Chinese digits reads as (see [`Folded::with_zero_circles`]).
const ZERO_CIRCLE: char = '\u{3007}';

/// A folded sentence.
#[derive(Clone)]
pub struct Folded {
    /// The folded text the regexes run on.
    pub text: String,
    /// Byte offset in `text` of each char index (len = chars + 1).
    char_to_byte: Vec<usize>,
}

impl Folded {
    /// Folds `s`.
    pub fn new(s: &str) -> Folded {
        // Every char that folds (full-width digits and ．，－＋％／, and the other percent
        // signs ﹪ ٪, the small full stop ﹒, the diagonal ╱) lies in U+FF05..=U+FF19 or is
        // one of [`OTHER_FOLDS`] and folds to one ASCII byte; all of them are encoded with a
        // lead byte 0xEF (U+F000..=U+FFFF) or 0xD9 (U+0640..=U+067F), but ╱ (E2 95 B1),
        // matched whole. So the text is walked by
        // lead bytes (the char lengths), noting each char start shifted by the bytes
        // folding removed before it; only chars with those two lead bytes are decoded,
        // and the text between folded chars is copied in runs.
        let b = s.as_bytes();
        let mut text = String::with_capacity(s.len());
        let mut char_to_byte = Vec::with_capacity(s.len() / 2 + 2);
        let mut removed = 0; // bytes dropped by folding so far
        let mut run = 0; // start of the text not yet copied
        let mut points = false; // a middle dot (· ・) seen
                                // A 0 right after a non-ASCII char (a run of zeros a Chinese digit may open), or a
                                // full-width 0, seen: only then can [`Folded::with_zero_circles`] change anything.
        let mut zeros = false;
        let mut i = 0;
        while i < b.len() {
            char_to_byte.push(i - removed);
            let lead = b[i];
            let len = match lead {
                0..=0x7f => {
                    zeros |= lead == b'0' && i > 0 && b[i - 1] >= 0x80;
                    // A point right after a non-ASCII char: perhaps between Chinese digits.
                    points |= lead == b'.' && i > 0 && b[i - 1] >= 0x80;
                    1
                }
                0xc0..=0xdf => {
                    // · is C2 B7.
                    points |= lead == 0xc2 && b[i + 1] == 0xb7;
                    2
                }
                0xe0..=0xef => {
                    // ・ is E3 83 BB, ‧ (the hyphenation point) E2 80 A7.
                    points |= lead == 0xe3 && b[i + 1] == 0x83 && b[i + 2] == 0xbb
                        || lead == 0xe2 && b[i + 1] == 0x80 && b[i + 2] == 0xa7;
                    3
                }
                _ => 4,
            };
            // ╱ (U+2571) is E2 95 B1.
            let diagonal =
                lead == 0xe2 && b.get(i + 1) == Some(&0x95) && b.get(i + 2) == Some(&0xb1);
            if lead == 0xef || lead == 0xd9 || diagonal {
                let c = s[i..].chars().next().unwrap_or_default();
                if ('\u{ff05}'..='\u{ff19}').contains(&c) || OTHER_FOLDS.contains(&c) {
                    let folded = fold_fullwidth(c);
                    zeros |= folded == '0';
                    points |= folded == '.';
                    if folded != c {
                        text.push_str(&s[run..i]);
                        text.push(folded);
                        run = i + len;
                        removed += len - folded.len_utf8();
                    }
                }
            }
            i += len;
        }
        text.push_str(&s[run..]);
        char_to_byte.push(s.len() - removed);
        let mut f = Folded { text, char_to_byte };
        if points {
            f = f.with_decimal_points(s).with_chinese_points();
        }
        if zeros {
            f = f.with_zero_circles();
        }
        f
    }

    /// A folded sentence of `text`, whose chars stand one for one for the sentence's
    /// (a copy with some chars read otherwise).
    fn of_text(text: String) -> Folded {
        let mut char_to_byte: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        char_to_byte.push(text.len());
        Folded { text, char_to_byte }
    }

    /// The sentence with each 0 among Chinese digits (九六0萬, 二00八年: a zero typed
    /// with the wrong keyboard) read as the zero 〇, one char for one: its run of zeros
    /// has a Chinese digit (not a scale) right before it and a Chinese digit or scale
    /// right after it.
    fn with_zero_circles(self) -> Folded {
        let chars: Vec<char> = self.text.chars().collect();
        let digit = |c: Option<&char>| c.is_some_and(|&c| super::number::digit_value(c).is_some());
        let scale = |c: Option<&char>| c.is_some_and(|&c| super::number::scale_exp(c).is_some());
        // The run of zeros around char k (二00八) lies between a digit and a digit or scale.
        let zero_at = |k: usize| {
            if chars[k] != '0' {
                return false;
            }
            let a = chars[..k].iter().rev().take_while(|&&c| c == '0').count();
            let b = chars[k..].iter().take_while(|&&c| c == '0').count();
            k > a
                && digit(chars.get(k - a - 1))
                && (digit(chars.get(k + b)) || scale(chars.get(k + b)))
        };
        if !(0..chars.len()).any(zero_at) {
            return self;
        }
        let text: String = (0..chars.len())
            .map(|k| if zero_at(k) { ZERO_CIRCLE } else { chars[k] })
            .collect();
        Folded::of_text(text)
    }

    /// The sentence with the middle dots of `s` that are decimal points (· ・ between
    /// digits, see [`is_decimal_point`]) folded to `.` too, one char for one.
    fn with_decimal_points(self, s: &str) -> Folded {
        let points: Vec<usize> = s
            .char_indices()
            .enumerate()
            .filter(|&(_, (i, c))| is_other_point(c) && is_decimal_point(s, i, c))
            .map(|(k, _)| k)
            .collect();
        if points.is_empty() {
            return self;
        }
        let text: String = self
            .text
            .chars()
            .enumerate()
            .map(|(k, c)| {
                if points.binary_search(&k).is_ok() {
                    '.'
                } else {
                    c
                }
            })
            .collect();
        Folded::of_text(text)
    }

    /// The sentence with each point between Chinese digits (二六‧六六%, 六．五萬, 十四·五)
    /// read as the decimal point word 点 (二六点六六%), one char for one, where
    /// [`is_chinese_point`] says the pieces around it can only be one number.
    fn with_chinese_points(self) -> Folded {
        let chars: Vec<char> = self.text.chars().collect();
        let points: Vec<usize> = (1..chars.len().saturating_sub(1))
            .filter(|&k| is_chinese_point(&chars, k))
            .collect();
        if points.is_empty() {
            return self;
        }
        let word = super::number::POINTS.chars().next().unwrap_or('.');
        let text: String = (chars.iter().enumerate())
            .map(|(k, &c)| {
                if points.binary_search(&k).is_ok() {
                    word
                } else {
                    c
                }
            })
            .collect();
        Folded::of_text(text)
    }

    /// Number of characters.
    pub fn len(&self) -> usize {
        self.char_to_byte.len() - 1
    }

    /// True when the sentence is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Char index of a byte offset of the folded text (must be a char boundary).
    pub fn char_at_byte(&self, byte: usize) -> usize {
        self.char_to_byte.partition_point(|&b| b < byte)
    }

    /// The folded text from char `i` on.
    pub fn rest(&self, i: usize) -> &str {
        &self.text[self.char_to_byte[i.min(self.len())]..]
    }

    /// The folded text of chars `[a, b)`.
    /// An empty range when `a >= b`; indices past the end are clamped.
    pub fn slice(&self, a: usize, b: usize) -> &str {
        let b = b.min(self.len());
        &self.text[self.char_to_byte[a.min(b)]..self.char_to_byte[b]]
    }

    /// The folded text before char `i`.
    pub fn before(&self, i: usize) -> &str {
        &self.text[..self.char_to_byte[i.min(self.len())]]
    }

    /// The char at index `i`, if any.
    pub fn char(&self, i: usize) -> Option<char> {
        self.rest(i).chars().next()
    }

    /// The char before index `i`, if any.
    pub fn char_before(&self, i: usize) -> Option<char> {
        self.before(i).chars().next_back()
    }
}

/// Middle dots some pages write as a decimal point (2·9%): · (U+00B7) and ・ (U+30FB).
/// Unlike the small full stop ﹒, which always folds, they also join lists (1·2·3号线)
/// and name days (5·12): they fold to `.` only where [`is_decimal_point`] says the
/// pieces around them can only be one number.
fn is_other_point(c: char) -> bool {
    matches!(c, '\u{b7}' | '\u{30fb}' | '\u{2027}')
}

/// True when the point at char `k` of `chars` (a folded sentence) is the decimal point
/// of a Chinese numeral: Chinese digits right after it, a Chinese numeral (digits, or
/// tens: 十四) right before it, neither piece dotted again (一·二·三), and — when the
/// pieces could name a day (五·一, 一二·九: the way days and events are named) — a
/// percent sign or a scale right after (六‧五萬, 一‧五%).
fn is_chinese_point(chars: &[char], k: usize) -> bool {
    use super::number::{digit_value, scale_exp};
    if !is_any_point(chars[k]) {
        return false;
    }
    let digit = |c: &char| digit_value(*c).is_some();
    let lead = chars[..k]
        .iter()
        .rev()
        .take_while(|c| digit(c) || scale_exp(**c) == Some(1))
        .count();
    let tail = chars[k + 1..].iter().take_while(|c| digit(c)).count();
    if lead == 0 || tail == 0 || !digit(&chars[k - 1]) {
        return false;
    }
    let dotted = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(|&c| is_any_point(c))
    };
    if dotted((k - lead).checked_sub(1)) || dotted(Some(k + 1 + tail)) {
        return false;
    }
    let value =
        |s: &[char]| super::number::parse_number(&s.iter().collect::<String>()).unwrap_or_default();
    let (month, day) = (
        value(&chars[k - lead..k]),
        value(&chars[k + 1..k + 1 + tail]),
    );
    let day_like = tail <= 2
        && (rust_decimal::Decimal::ONE..=rust_decimal::Decimal::from(12)).contains(&month)
        && (rust_decimal::Decimal::ONE..=rust_decimal::Decimal::from(31)).contains(&day);
    !day_like
        || chars
            .get(k + 1 + tail)
            .is_some_and(|&f| matches!(f, '%' | '\u{2030}') || scale_exp(f).is_some_and(|p| p >= 2))
}

/// Any mark that may stand between the parts of a dotted number.
fn is_any_point(c: char) -> bool {
    matches!(c, '.' | '\u{ff0e}' | '\u{fe52}') || is_other_point(c)
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('\u{ff10}'..='\u{ff19}').contains(&c)
}

/// True when the middle dot `c` at byte `i` of `s` is a decimal point: digits on both
/// sides (2·9%), and no further dotted piece before or after (1·2·3, 2023·5·1 are lists
/// or dates). Between a month-like and a day-like number (5·12, 10·30: the way events
/// and days are named) it is a point only before a percent sign or a scale character
/// (1·8%, 3·5亿).
fn is_decimal_point(s: &str, i: usize, c: char) -> bool {
    let before = &s[..i];
    let after = &s[i + c.len_utf8()..];
    let lead: Vec<char> = before.chars().rev().take_while(|&c| is_digit(c)).collect();
    let tail: Vec<char> = after.chars().take_while(|&c| is_digit(c)).collect();
    if lead.is_empty() || tail.is_empty() {
        return false;
    }
    let mut ahead = before.chars().rev().skip(lead.len());
    if ahead.next().is_some_and(is_any_point) && ahead.next().is_some_and(is_digit) {
        return false;
    }
    let mut next = after.chars().skip(tail.len());
    let follower = next.next();
    if follower.is_some_and(is_any_point) && next.next().is_some_and(is_digit) {
        return false;
    }
    let value = |digits: &mut dyn Iterator<Item = &char>| {
        digits.fold(0u32, |n, &d| {
            n.saturating_mul(10)
                .saturating_add(fold_fullwidth(d).to_digit(10).unwrap_or(0))
        })
    };
    let month = value(&mut lead.iter().rev());
    let day = value(&mut tail.iter());
    let day_like =
        lead.len() <= 2 && tail.len() <= 2 && (1..=12).contains(&month) && (1..=31).contains(&day);
    !day_like
        || follower.is_some_and(|f| {
            matches!(fold_fullwidth(f), '%' | '\u{2030}')
                || super::number::scale_exp(f).is_some_and(|p| p >= 2)
        })
}

/// A copy of a folded sentence with some whitespace runs removed, and the map back.
///
/// Releases and typed text sometimes space out numerals (三千 八百, 1000  万, 2.4 个百分点);
/// the scanners run on the squeezed copy and map positions back with [`Squeezed::orig`].
pub struct Squeezed<'a> {
    /// The squeezed sentence (the sentence itself when nothing was removed).
    pub folded: Cow<'a, Folded>,
    /// The maps, or None when nothing was removed (identity).
    maps: Option<Maps>,
}

/// The char maps between a squeezed copy and its sentence.
struct Maps {
    /// Original char index of each squeezed char (len = chars + 1, the last is the
    /// original length).
    to_orig: Vec<usize>,
    /// Squeezed char index of each original char (len = original chars + 1).
    from_orig: Vec<usize>,
}

impl<'a> Squeezed<'a> {
    /// Removes each whitespace run for which `remove(text before, text after)` holds.
    pub fn new(f: &'a Folded, remove: impl Fn(&str, &str) -> bool) -> Squeezed<'a> {
        let is_space = |c: char| c == ' ' || c == '\t' || c == '\u{3000}' || c == '\u{a0}';
        // Without whitespace nothing is removed: the copy is the sentence, the maps are
        // the identity (most sentences; saves decoding, re-folding and copying them).
        if !f.text.contains(is_space) {
            return Squeezed {
                folded: Cow::Borrowed(f),
                maps: None,
            };
        }
        let chars: Vec<char> = f.text.chars().collect();
        let mut text = String::with_capacity(f.text.len());
        let mut to_orig = Vec::with_capacity(chars.len() + 1);
        let mut from_orig = Vec::with_capacity(chars.len() + 1);
        let mut i = 0;
        while i < chars.len() {
            if is_space(chars[i]) {
                let mut j = i;
                while j < chars.len() && is_space(chars[j]) {
                    j += 1;
                }
                let drop = i > 0 && j < chars.len() && remove(f.before(i), f.rest(j));
                for (k, &c) in chars.iter().enumerate().take(j).skip(i) {
                    from_orig.push(to_orig.len());
                    if !drop {
                        to_orig.push(k);
                        text.push(c);
                    }
                }
                i = j;
                continue;
            }
            from_orig.push(to_orig.len());
            to_orig.push(i);
            text.push(chars[i]);
            i += 1;
        }
        from_orig.push(to_orig.len());
        to_orig.push(chars.len());
        Squeezed {
            folded: Cow::Owned(Folded::new(&text)),
            maps: Some(Maps { to_orig, from_orig }),
        }
    }

    /// True when nothing was removed (the squeezed sentence is the sentence).
    pub fn is_identity(&self) -> bool {
        self.maps.is_none()
    }

    /// The original char range of squeezed chars `[a, b)`.
    pub fn orig(&self, a: usize, b: usize) -> (usize, usize) {
        let Some(m) = &self.maps else {
            let last = self.folded.len();
            let start = a.min(last);
            let end = if b <= a { start } else { (b - 1).min(last) + 1 };
            return (start, end.max(start));
        };
        let last = m.to_orig.len() - 1;
        let start = m.to_orig[a.min(last)];
        let end = if b <= a {
            start
        } else {
            m.to_orig[(b - 1).min(last)] + 1
        };
        (start, end.max(start))
    }

    /// The squeezed char range of original chars `[a, b)`.
    pub fn squeezed(&self, a: usize, b: usize) -> (usize, usize) {
        let Some(m) = &self.maps else {
            let last = self.folded.len();
            return (a.min(last), b.min(last));
        };
        let last = m.from_orig.len() - 1;
        (m.from_orig[a.min(last)], m.from_orig[b.min(last)])
    }
}

/// Chars of a document's head looked at to tell traditional text.
const HINT_HEAD: usize = 4000;

/// The last `n` chars of `s` (all of it when shorter), as a slice of it.
pub fn last_chars(s: &str, n: usize) -> &str {
    match n.checked_sub(1).and_then(|k| s.char_indices().rev().nth(k)) {
        Some((b, _)) => &s[b..],
        None if n == 0 => "",
        None => s,
    }
}

/// The text in simplified characters, when it holds traditional ones and the conversion
/// keeps every char's byte length (CJK to CJK always does), so spans, char offsets and
/// byte offsets are the same in both texts. None when there is nothing to convert.
///
/// A text is taken for traditional when its head holds three of the chars of rule
/// `text.traditional_hint` of `cues` (chars only traditional Chinese uses, frequent in
/// releases: 國, 個, 萬).
pub fn to_simplified(text: &str, cues: &Cues) -> Option<String> {
    let hint = cues.at(crate::cue!("text.traditional_hint"));
    let hints = text
        .chars()
        .take(HINT_HEAD)
        .filter(|&c| hint.has_char(c))
        .take(3)
        .count();
    if hints < 3 {
        return None;
    }
    let s = simplet2s::convert(text);
    let same_shape = s.len() == text.len()
        && s.char_indices()
            .zip(text.char_indices())
            .all(|((a, _), (b, _))| a == b);
    (same_shape && s != text).then_some(s)
}

/// Char ranges that are quoted slogans, names or 《》 titles: numerals there are not facts.
///
/// Short quotations (“十五五”, “千万工程”, 「三资」) are names or slogans; long ones are
/// reported speech and keep their figures. A quotation that is one well-formed numeral
/// (“一”, “50”) quotes a number and is not masked; “十五五” is not well-formed.
pub fn quoted_ranges(f: &Folded) -> Vec<(usize, usize)> {
    quote_pairs(f)
        .into_iter()
        .filter(|&(start, end, c)| {
            let i = end - 1;
            let quoted_number = !matches!(c, '》' | '〉')
                && super::number::parse_number(f.slice(start + 1, i)).is_ok();
            !quoted_number && (c == '》' || c == '〉' || i - start <= MAX_SLOGAN)
        })
        .map(|(start, end, _)| (start, end))
        .collect()
}

/// Quotations longer than a slogan ([`MAX_SLOGAN`]) that are names of plans and projects:
/// their words (a bracketed aside at the end left aside) end with one of `ends`
/// (「2021年度社区服务中心筹备期营运计划」, “2023-2025年道路改造工程（一期）”). Their years
/// are part of the name, no dates nor spans of years, however long the name is.
pub fn quoted_names(f: &Folded, ends: &crate::patterns::WordList) -> Vec<(usize, usize)> {
    quote_pairs(f)
        .into_iter()
        .filter(|&(start, end, c)| {
            let words = without_aside(f.slice(start + 1, end - 1));
            !matches!(c, '》' | '〉') && end - start - 1 > MAX_SLOGAN && ends.ends(words)
        })
        .map(|(start, end, _)| (start, end))
        .collect()
}

/// A quoted name's words without a bracketed aside closing it (…建设计画(市区道路)).
fn without_aside(inner: &str) -> &str {
    match inner.strip_suffix([')', '）']) {
        Some(s) => s.rfind(['(', '（']).map_or(inner, |k| &s[..k]),
        None => inner,
    }
}

/// The quote `[a, b)` of `f` less its issuer when it is a document's title (《…》) whose
/// words before one of `ends` (关于) name who issued it, two chars or more: the issuer is
/// read for entities like the text around the title (《某省人民政府关于…的通知》).
pub fn without_issuer(
    f: &Folded,
    (a, b): (usize, usize),
    ends: &crate::patterns::WordList,
) -> (usize, usize) {
    if b < a + 4 || f.slice(a, a + 1) != "\u{300a}" {
        return (a, b);
    }
    let inner = f.slice(a + 1, b - 1);
    let at = ends
        .iter()
        .filter_map(|w| inner.find(w))
        .min()
        .map(|k| inner[..k].chars().count());
    match at {
        Some(n) if n >= 2 => (a + 1 + n, b),
        _ => (a, b),
    }
}

/// Quotations longer than this many chars (marks included, less one) are reported speech.
const MAX_SLOGAN: usize = 16;

/// The quotations of `f`, as (char of the opening mark, char after the closing mark,
/// closing mark), in the order they close.
fn quote_pairs(f: &Folded) -> Vec<(usize, usize, char)> {
    let mut out = Vec::new();
    let mut open: Vec<(char, usize)> = Vec::new();
    // Only quote marks change anything: `"` and the marks of U+2018..U+201D and
    // U+3008..U+300F, whose UTF-8 starts with E2 or E3. Jump from one such byte to the
    // next instead of reading every char.
    let bytes = f.text.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr3(b'"', 0xE2, 0xE3, &bytes[from..]) {
        let at = from + k;
        // A lead byte (never a continuation byte) starts a char.
        let Some(c) = f.text[at..].chars().next() else {
            break;
        };
        from = at + c.len_utf8();
        if !matches!(c, '"' | '\u{2018}'..='\u{201d}' | '\u{3008}'..='\u{300f}') {
            continue;
        }
        let i = f.char_at_byte(at);
        let closer = match c {
            '“' => Some('”'),
            '「' => Some('」'),
            '『' => Some('』'),
            '‘' => Some('’'),
            '《' => Some('》'),
            '〈' => Some('〉'),
            _ => None,
        };
        if let Some(cl) = closer {
            open.push((cl, i));
            continue;
        }
        if let Some(pos) = open.iter().rposition(|&(cl, _)| cl == c) {
            let (_, start) = open[pos];
            open.truncate(pos);
            out.push((start, i + 1, c));
        } else if c == '"' {
            open.push(('"', i));
        }
    }
    out
}

/// Quoted names of programmes and plans of any length up to 40 chars
/// (「110-112年电动机车补助计画」, “2024年乡村振兴示范工程”): quotes whose text ends with
/// one of `ends` (`text.name_end`), as char ranges with their marks. The figures and
/// dates inside are part of the name.
pub fn named_quotes(text: &str, ends: &crate::patterns::WordList) -> Vec<(usize, usize)> {
    const MAX_NAME: usize = 40;
    let mut out = Vec::new();
    if !text.contains(['「', '“', '『']) {
        return out;
    }
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let closer = match c {
            '「' => '」',
            '“' => '”',
            '『' => '』',
            _ => continue,
        };
        let Some(len) = chars[i + 1..]
            .iter()
            .take(MAX_NAME + 1)
            .position(|&x| x == closer)
        else {
            continue;
        };
        let inner: String = chars[i + 1..i + 1 + len].iter().collect();
        if ends.ends(without_aside(&inner)) {
            out.push((i, i + len + 2));
        }
    }
    out
}

/// True when `[a, b)` overlaps any of `ranges`.
pub fn overlaps(ranges: &[(usize, usize)], a: usize, b: usize) -> bool {
    ranges.iter().any(|&(s, e)| a < e && s < b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_chars_are_a_slice_of_the_end() {
        assert_eq!(last_chars("全县平均每天新增", 4), "每天新增");
        assert_eq!(last_chars("每天", 8), "每天");
        assert_eq!(last_chars("每天", 0), "");
        assert_eq!(last_chars("", 3), "");
    }

    #[test]
    fn hints_are_one_traditional_char_each() {
        let p = crate::patterns::Patterns::builtin().unwrap();
        let hints = p.cues.get("text.traditional_hint");
        assert_eq!(hints.chars().len(), hints.iter().count());
        assert!(
            hints.iter().all(|h| simplet2s::convert(h) != h),
            "{hints:?}"
        );
    }

    #[test]
    fn traditional_text_is_simplified_for_the_rules() {
        let t = "全縣從業人員約1.2萬人，年產值超過新臺幣480億元。";
        let cues = crate::patterns::Patterns::builtin().unwrap().cues;
        let s = to_simplified(t, &cues).unwrap();
        assert_eq!(s, "全县从业人员约1.2万人，年产值超过新台币480亿元。");
        assert_eq!(s.len(), t.len());
        assert!(to_simplified("全县从业人员约1.2万人", &cues).is_none());
    }

    #[test]
    fn only_chars_from_ff05_to_ff19_and_other_percent_signs_fold() {
        for c in '\0'..=char::MAX {
            if fold_fullwidth(c) != c {
                assert!(
                    ('\u{ff05}'..='\u{ff19}').contains(&c) || OTHER_FOLDS.contains(&c),
                    "{c}"
                );
                assert!(fold_fullwidth(c).is_ascii(), "{c}");
            }
        }
    }

    #[test]
    fn a_box_drawing_diagonal_is_a_slash() {
        let f = Folded::new("在2016╱17年度");
        assert_eq!(f.text, "在2016/17年度");
        assert_eq!(f.slice(1, 8), "2016/17");
        let ex =
            crate::extract::Extractor::new(crate::patterns::Patterns::builtin().unwrap()).unwrap();
        let facts = ex
            .extract(
                "市场在2016╱17年度表现理想。",
                crate::extract::Options::default(),
            )
            .facts;
        assert!(
            facts.iter().all(|f| f.kind == crate::patterns::Kind::Date),
            "{facts:?}"
        );
    }

    #[test]
    fn char_map_points_at_the_folded_chars() {
        for s in ["共218家企业,增长3.5%", "", "a“b”c\n", "共２１８家，增长"] {
            let f = Folded::new(s);
            let slow: Vec<usize> = f
                .text
                .char_indices()
                .map(|(i, _)| i)
                .chain([f.text.len()])
                .collect();
            assert_eq!(f.char_to_byte, slow, "{s}");
            assert_eq!(f.len(), s.chars().count());
        }
    }

    #[test]
    fn byte_walk_folds_as_the_char_rule() {
        // The rule the byte walk of `Folded::new` implements, char by char.
        let by_chars = |s: &str| -> String { s.chars().map(fold_fullwidth).collect() };
        let mut all: String = ('\u{ff00}'..='\u{ff20}').collect();
        all.push_str("\u{fe52}\u{fe6a}\u{066a}\u{0669}\u{fe51}é😀共a，（）");
        for s in [
            all.as_str(),
            "增长２．５％😀，共3·5%和1・2・3号",
            "٪😀\u{fe6a}",
        ] {
            let f = Folded::new(s);
            let slow: Vec<usize> = (f.text.char_indices().map(|(i, _)| i))
                .chain([f.text.len()])
                .collect();
            assert_eq!(f.char_to_byte, slow, "{s}");
            if !s.contains(is_other_point) {
                assert_eq!(f.text, by_chars(s), "{s}");
            }
        }
        assert_eq!(Folded::new("增长3·5%").text, "增长3.5%");
        assert_eq!(Folded::new("增长3・5%").text, "增长3.5%");
    }

    #[test]
    fn folding_keeps_char_indices() {
        let f = Folded::new("共２１８家企业");
        assert_eq!(f.text, "共218家企业");
        assert_eq!(f.len(), 7);
        assert_eq!(f.char_at_byte(4), 2);
        assert_eq!(f.rest(4), "家企业");
        assert_eq!(f.slice(1, 4), "218");
    }

    #[test]
    fn points_between_chinese_digits_are_decimal_points() {
        for (s, want) in [
            ("比率为百分之三七‧四二，", "比率为百分之三七点四二,"),
            ("新增四‧八萬人", "新增四点八萬人"),
            ("编列一．二五兆元", "编列一点二五兆元"),
            ("增长十四·五%", "增长十四点五%"),
            ("约二三.七亿元", "约二三点七亿元"),
            // A day named by its month and day, a list, a plain stop: no decimals.
            ("庆祝五‧一节", "庆祝五‧一节"),
            ("纪念一二·九运动", "纪念一二·九运动"),
            ("一·二·三号", "一·二·三号"),
            ("第一.二季", "第一.二季"),
            ("完成了.三项", "完成了.三项"),
        ] {
            let f = Folded::new(s);
            assert_eq!(f.text, want, "{s}");
            assert_eq!(f.len(), s.chars().count(), "{s}");
        }
    }

    #[test]
    fn middle_dots_fold_between_digits() {
        for (s, folded) in [
            ("价格上涨2·9%，", "价格上涨2.9%,"),
            ("增长１２・９％", "增长12.9%"),
            ("收入3・5亿元", "收入3.5亿元"),
            ("产量18·75吨", "产量18.75吨"),
            // a chain is a list or a date, a day-like pair an event or a day
            ("1·2·3号线", "1·2·3号线"),
            ("2023·5·1起", "2023·5·1起"),
            ("1﹒2·3号", "1.2·3号"),
            ("纪念5·12地震", "纪念5·12地震"),
            ("于10·30召开", "于10·30召开"),
            ("习近平·新时代", "习近平·新时代"),
            ("第3·层", "第3·层"),
        ] {
            let f = Folded::new(s);
            assert_eq!(f.text, folded, "{s}");
            assert_eq!(f.len(), s.chars().count());
        }
        let f = Folded::new("上涨1・1%和2·9%");
        assert_eq!(f.slice(2, 6), "1.1%");
        assert_eq!(f.rest(7), "2.9%");
    }

    #[test]
    fn slogans_and_titles_are_masked() {
        let f = Folded::new("昂首阔步“十五五”，依据《规划（2021—2035年）》，他说“今年全县新建学校23所，新增学位1.08万个”。");
        let r = quoted_ranges(&f);
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(f.slice(r[0].0, r[0].1), "“十五五”");
        assert!(f.slice(r[1].0, r[1].1).starts_with("《规划"));
    }

    #[test]
    fn every_opening_mark_is_seen() {
        for q in [
            "“十五五”",
            "「三资」",
            "『三资』",
            "‘十五五’",
            "《十五五》",
            "〈十五五〉",
            "\"十五五\"",
        ] {
            assert_eq!(quoted_ranges(&Folded::new(q)).len(), 1, "{q}");
        }
        assert!(quoted_ranges(&Folded::new("十五五”》」")).is_empty());
    }

    #[test]
    fn quoted_numbers_are_not_slogans() {
        for (s, masked) in [("“一”和“五”", 0), ("“十五五”", 1), ("“千万”工程", 1)]
        {
            assert_eq!(quoted_ranges(&Folded::new(s)).len(), masked, "{s}");
        }
    }

    #[test]
    fn squeeze_removes_chosen_spaces_and_maps_back() {
        let f = Folded::new("三千 八百 万人, 7 2");
        let sq = Squeezed::new(&f, |b, a| {
            !(b.ends_with(|c: char| c.is_ascii_digit())
                && a.starts_with(|c: char| c.is_ascii_digit()))
        });
        assert_eq!(sq.folded.text, "三千八百万人,7 2");
        assert_eq!(sq.orig(0, 5), (0, 7));
        assert_eq!(sq.orig(5, 6), (7, 8));
        assert_eq!(sq.squeezed(3, 5), (2, 4));
        assert_eq!(sq.orig(0, 0), (0, 0));
    }
}
