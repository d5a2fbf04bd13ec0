//! Finds figures in one sentence: numerals, the unit or classifier after them,
//! approximation and bound words around them, and ranges (3至5万吨 is one figure).
//!
//! Works on the [`Folded`] sentence; all positions are char indices into the sentence.
//! Rejects ordinals (第三), labels (一期, 1号, G207, 5G, PM2.5), numerals inside quoted
//! slogans and 《》 titles, and numerals overlapping dates (the date scanner owns those).

use std::sync::OnceLock;

use regex::Regex;
use rust_decimal::Decimal;

use super::number::parse_number;
use super::text::{overlaps, Folded};
use crate::patterns::{Kind, Patterns};

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

/// One numeral found by the scanner, for `--numbers`.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    /// First char.
    pub start: usize,
    /// Char after the numeral.
    pub end: usize,
    /// Its value.
    pub value: Decimal,
}

// Keep in sync with number.rs: the characters a Chinese numeral is made of.
const CN_DIGITS: &str =
    "零〇一二两俩倆三四五六七八九十百千万亿萬億兩壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅";

fn numeral_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let arabic =
            r"\d+(?:,\d{3})*(?:\.\d+)?(?:[十百千万亿萬億]+(?:\d+(?:\.\d+)?[十百千万亿萬億]+)*)?";
        let chinese = format!("[{CN_DIGITS}]+(?:[点點][零〇一二三四五六七八九]+[万亿萬億]*)?");
        let num = format!("(?:{arabic}|{chinese})");
        Regex::new(&format!(
            r"(?P<frac>(?P<den>{num})分之(?P<nom>{num}))|(?P<num>{num})"
        ))
        .unwrap()
    })
}

/// Words before a figure that qualify it, longest first: (word, approx, part of the text).
/// Traditional forms follow their simplified ones.
const PREFIXES: &[(&str, Approx, bool)] = &[
    ("不低于", Approx::Gt, false),
    ("不低於", Approx::Gt, false),
    ("不少于", Approx::Gt, false),
    ("不少於", Approx::Gt, false),
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

/// Range joiners (3至5万吨, 3-5万吨).
const JOINERS: &[char] = &['至', '到', '-', '~', '～', '—', '－', '–'];

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

/// Value of a matched numeral or fraction; fractions come out in percent.
fn numeral_value(caps: &regex::Captures) -> Option<(Decimal, bool)> {
    if caps.name("frac").is_some() {
        let den = match &caps["den"] {
            "百" => Decimal::from(100),
            "千" => Decimal::from(1000),
            "万" | "萬" => Decimal::from(10_000),
            d => parse_number(d).ok()?,
        };
        let nom = parse_number(&caps["nom"]).ok()?;
        if den.is_zero() {
            return None;
        }
        let pct = nom.checked_mul(Decimal::from(100))?.checked_div(den)?;
        return Some((pct, true));
    }
    parse_number(&caps["num"]).ok().map(|v| (v, false))
}

fn is_cn_numeral(s: &str) -> bool {
    s.chars()
        .all(|c| CN_DIGITS.contains(c) || c == '点' || c == '點')
}

/// Scans a folded sentence. `masked` are char ranges owned by dates; quoted slogans and
/// titles are masked here.
pub fn scan(
    f: &Folded,
    pats: &Patterns,
    masked: &[(usize, usize)],
) -> (Vec<Mention>, Vec<Numeral>) {
    let quotes = super::text::quoted_ranges(f);
    let re = numeral_re();
    let mut mentions: Vec<Mention> = Vec::new();
    let mut numerals = Vec::new();
    let mut consumed_until = 0; // char index: the upper end of a range is not a new figure
    for caps in re.captures_iter(&f.text) {
        let m = caps.get(0).expect("group 0");
        let (a, mut b) = (f.char_at_byte(m.start()), f.char_at_byte(m.end()));
        if overlaps(masked, a, b) || overlaps(&quotes, a, b) {
            continue;
        }
        // A unit may begin with a scale character (120万千瓦, 5百分点): give it back.
        let mut text = m.as_str();
        if caps.name("num").is_some() {
            if let Some(k) = unit_in_tail(f, pats, a, b) {
                b -= k;
                text = f.slice(a, b);
            }
        }
        let parsed = if text.len() == m.as_str().len() {
            numeral_value(&caps)
        } else {
            parse_number(text).ok().map(|v| (v, false))
        };
        let Some((value, is_frac)) = parsed else {
            continue;
        };
        numerals.push(Numeral {
            start: a,
            end: b,
            value,
        });
        if a < consumed_until {
            continue;
        }
        let chinese = is_cn_numeral(text.trim_start_matches(['百', '千']));
        let mut men = Mention {
            start: a,
            end: b,
            kind: Kind::Number,
            unit: String::new(),
            value,
            value_max: None,
            approx: None,
            chinese,
            numeral: (a, b),
            rejected: None,
        };
        if is_frac {
            men.kind = Kind::Percent;
            men.unit = "%".into();
            mentions.push(men);
            continue;
        }
        // Labels and ordinals.
        let prev = f.char_before(a);
        if prev == Some('第') {
            men.kind = Kind::Ordinal;
            men.start = a - 1;
            men.rejected = Some("ordinal");
            mentions.push(men);
            continue;
        }
        if prev.is_some_and(|c| c.is_ascii_alphabetic() || c == '.' || c == '#') {
            men.rejected = Some("label (letters before the numeral)");
            mentions.push(men);
            continue;
        }
        let mut end = b;
        // 3,500余台 / 两百多个
        let mut approx = None;
        if let Some(c) = f.char(end) {
            if INFIXES.contains(&c)
                && f.rest(end + 1).chars().next().is_some_and(|n| n != '年')
                && pats.unit_at(f.rest(end + 1)).is_some()
            {
                approx = Some(Approx::Approx);
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
                let Some(v) = value.checked_mul(u.factor) else {
                    continue;
                };
                men.value = v;
                men.kind = u.kind;
                men.unit = u.unit.clone();
                end += n;
            }
            None => {
                let next = f.char(end);
                if next.is_some_and(|c| c.is_ascii_alphabetic()) {
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
                } else if next == Some('成') && is_share(f, end) {
                    if let Some(v) = value.checked_mul(Decimal::from(10)) {
                        men.value = v;
                        men.kind = Kind::Percent;
                        men.unit = "%".into();
                        end += 1;
                    }
                } else if approx.is_some() {
                    end -= 1;
                    approx = None;
                }
            }
        }
        men.end = end;
        men.approx = approx;
        // Ranges: 3至5万吨, 10%至15%, 6.5元至7元.
        if let Some(j) = f.char(men.end).filter(|c| JOINERS.contains(c)) {
            if let Some(c2) = re.captures_at(
                &f.text,
                f.rest(men.end + 1).as_ptr() as usize - f.text.as_ptr() as usize,
            ) {
                let m2 = c2.get(0).expect("group 0");
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
            for per in ["/年", "/日", "/天", "/月", "/小时", "/小時"] {
                if rest.starts_with(per) {
                    men.end += per.chars().count();
                    break;
                }
            }
        }
        // Qualifiers before the numeral.
        if men.approx != Some(Approx::Range) {
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
        mentions.push(men);
    }
    (mentions, numerals)
}

/// How many trailing scale chars of the numeral at `[a, b)` start a unit (千瓦, 千克,
/// 百分点), when giving them back still leaves a numeral.
fn unit_in_tail(f: &Folded, pats: &Patterns, a: usize, b: usize) -> Option<usize> {
    let numeral = f.slice(a, b);
    let tail = numeral
        .chars()
        .rev()
        .take_while(|c| "十百千".contains(*c))
        .count();
    (1..=tail.min(b - a - 1)).find(|&k| {
        pats.unit_at(f.rest(b - k)).is_some_and(|(_, n)| n > k)
            && parse_number(f.slice(a, b - k)).is_ok()
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
                    '以' | '左' | '多' | '的' | '至' | '到' | '和' | '或' | '及' | '上'
                )
        }
    }
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// Builds the range from a first mention and the numeral after the joiner.
fn range_end(
    f: &Folded,
    pats: &Patterns,
    first: &Mention,
    c2: &regex::Captures,
    text1: &str,
) -> Option<Mention> {
    let m2 = c2.get(0)?;
    let (a2, mut b2) = (f.char_at_byte(m2.start()), f.char_at_byte(m2.end()));
    if let Some(k) = unit_in_tail(f, pats, a2, b2) {
        b2 -= k;
    }
    let text2 = f.slice(a2, b2);
    let v2 = parse_number(text2).ok()?;
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

    #[test]
    fn per_time_rate_stays_in_text() {
        assert_eq!(one("设计产能10万吨/年").0, "10万吨/年");
    }
}
