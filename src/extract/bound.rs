//! Bound phrases around numerals, for `--numbers`: 大于10, 不小于三十, 1000以上,
//! 比三十大, 20和30之间, 等于170 (a point: value_max = value), and pairs of bounds
//! (大于10小于20) as one range.
//!
//! Works on the squeezed sentence of [`super::scan`], on the numerals it found; the words
//! are matched ignoring whitespace (小于 或 等于100). The phrase text includes the
//! comparison words, unlike facts, whose text keeps verbs outside.

use super::mention::{Approx, Mention, Numeral};
use super::text::Folded;
use crate::patterns::Kind;

/// Comparison words before a numeral, longest first.
const BEFORE: &[(&str, Approx)] = &[
    ("大于或者等于", Approx::Gt),
    ("小于或者等于", Approx::Lt),
    ("大于或等于", Approx::Gt),
    ("小于或等于", Approx::Lt),
    ("大于等于", Approx::Gt),
    ("小于等于", Approx::Lt),
    ("超过了", Approx::Gt),
    ("不小于", Approx::Gt),
    ("不少于", Approx::Gt),
    ("不低于", Approx::Gt),
    ("不大于", Approx::Lt),
    ("不多于", Approx::Lt),
    ("不超过", Approx::Lt),
    ("不高于", Approx::Lt),
    ("至少有", Approx::Gt),
    ("至少是", Approx::Gt),
    ("至少为", Approx::Gt),
    ("最少有", Approx::Gt),
    ("最少是", Approx::Gt),
    ("最少为", Approx::Gt),
    ("最多有", Approx::Lt),
    ("最多是", Approx::Lt),
    ("最多为", Approx::Lt),
    ("至少", Approx::Gt),
    ("最少", Approx::Gt),
    ("至多", Approx::Lt),
    ("最多", Approx::Lt),
    ("大于", Approx::Gt),
    ("多于", Approx::Gt),
    ("高于", Approx::Gt),
    ("超过", Approx::Gt),
    ("突破", Approx::Gt),
    ("小于", Approx::Lt),
    ("少于", Approx::Lt),
    ("低于", Approx::Lt),
    ("不足", Approx::Lt),
    ("不到", Approx::Lt),
    (">=", Approx::Gt),
    ("<=", Approx::Lt),
    ("≥", Approx::Gt),
    ("≤", Approx::Lt),
    (">", Approx::Gt),
    ("<", Approx::Lt),
    ("逾", Approx::Gt),
    ("超", Approx::Gt),
];

/// Words after a numeral.
const AFTER: &[(&str, Approx)] = &[
    ("或者以上", Approx::Gt),
    ("或者更多", Approx::Gt),
    ("或者以下", Approx::Lt),
    ("或者更少", Approx::Lt),
    ("或以上", Approx::Gt),
    ("或更多", Approx::Gt),
    ("或以下", Approx::Lt),
    ("或更少", Approx::Lt),
    ("以上", Approx::Gt),
    ("之上", Approx::Gt),
    ("以下", Approx::Lt),
    ("之下", Approx::Lt),
    ("以内", Approx::Lt),
];

/// 比X大 / 比X小: the comparative after the numeral.
const COMPARATIVES: &[(char, Approx)] = &[
    ('大', Approx::Gt),
    ('高', Approx::Gt),
    ('多', Approx::Gt),
    ('长', Approx::Gt),
    ('小', Approx::Lt),
    ('低', Approx::Lt),
    ('少', Approx::Lt),
    ('短', Approx::Lt),
];

/// Words joining two bounds into one range (大于10并且小于20).
const LINKS: &[&str] = &[
    "的同时",
    "并且",
    "而且",
    "同时",
    "并",
    "且",
    "而",
    "但",
    "和",
    ",",
    "，",
    "、",
];

/// Words joining the ends of a between-phrase (20和30之间).
const BETWEEN_LINKS: &[&str] = &["和", "与", "與", "及", "到", "至"];
const BETWEEN_ENDS: &[&str] = &["之间", "之間", "间", "間"];
const BETWEEN_STARTS: &[&str] = &["位于", "介于", "在"];

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{3000}'
}

/// Start of `word` ending at char `pos`, whitespace ignored.
fn word_before(chars: &[char], pos: usize, word: &str) -> Option<usize> {
    let mut i = pos;
    for w in word.chars().rev() {
        while i > 0 && is_space(chars[i - 1]) {
            i -= 1;
        }
        if i == 0 || chars[i - 1] != w {
            return None;
        }
        i -= 1;
    }
    Some(i)
}

/// End of `word` starting at char `pos`, whitespace ignored.
fn word_after(chars: &[char], pos: usize, word: &str) -> Option<usize> {
    let mut i = pos;
    for w in word.chars() {
        while i < chars.len() && is_space(chars[i]) {
            i += 1;
        }
        if chars.get(i) != Some(&w) {
            return None;
        }
        i += 1;
    }
    Some(i)
}

fn first_before<'a, T: Copy>(
    chars: &[char],
    pos: usize,
    words: &'a [(&'a str, T)],
) -> Option<(usize, T)> {
    words
        .iter()
        .find_map(|&(w, t)| word_before(chars, pos, w).map(|s| (s, t)))
}

fn bound(start: usize, end: usize, n: &Numeral, approx: Approx) -> Numeral {
    Numeral {
        start,
        end,
        value: n.value,
        value_max: None,
        approx: Some(approx),
        core: n.core,
    }
}

/// Bound phrases in a squeezed sentence, given its numerals and mentions.
pub fn bounds(f: &Folded, numerals: &[Numeral], mentions: &[Mention]) -> Vec<Numeral> {
    let chars: Vec<char> = f.text.chars().collect();
    let plain: Vec<&Numeral> = numerals.iter().filter(|n| n.value_max.is_none()).collect();
    let mut out: Vec<Numeral> = Vec::new();
    let mut used = vec![false; plain.len()];
    // 20和30之间, 在第十和第十五之间.
    for i in 0..plain.len() {
        let Some(j) = (i + 1 < plain.len()).then_some(i + 1) else {
            continue;
        };
        let (n1, n2) = (plain[i], plain[j]);
        let skip_di = |p: usize| {
            if chars.get(p) == Some(&'第') {
                p + 1
            } else {
                p
            }
        };
        let skip_di_back = |p: usize| {
            if p > 0 && chars.get(p - 1) == Some(&'第') {
                p - 1
            } else {
                p
            }
        };
        let linked = BETWEEN_LINKS.iter().any(|w| {
            word_after(&chars, n1.end, w).is_some_and(|e| {
                let e = (e..chars.len()).find(|&k| !is_space(chars[k])).unwrap_or(e);
                skip_di(e) == n2.start
            })
        });
        let end = BETWEEN_ENDS
            .iter()
            .find_map(|w| word_after(&chars, n2.end, w));
        if let (true, Some(end)) = (linked, end) {
            if n1.value < n2.value {
                let s = skip_di_back(n1.start);
                let start = BETWEEN_STARTS
                    .iter()
                    .find_map(|w| word_before(&chars, s, w))
                    .unwrap_or(s);
                out.push(Numeral {
                    start,
                    end,
                    value: n1.value,
                    value_max: Some(n2.value),
                    approx: Some(Approx::Range),
                    core: n1.core,
                });
                used[i] = true;
                used[j] = true;
            }
        }
    }
    // Single bounds.
    let mut singles: Vec<Numeral> = Vec::new();
    for (k, n) in plain.iter().enumerate() {
        if used[k] {
            continue;
        }
        let mut b = if let Some((s, ap)) = first_before(&chars, n.start, BEFORE) {
            Some(bound(s, n.end, n, ap))
        } else if let Some(s) = word_before(&chars, n.start, "比") {
            COMPARATIVES.iter().find_map(|&(c, ap)| {
                word_after(&chars, n.end, &c.to_string()).map(|e| bound(s, e, n, ap))
            })
        } else {
            // 等于170: a point, [170, 170].
            word_before(&chars, n.start, "等于")
                .filter(|&s| word_before(&chars, s, "不").is_none())
                .map(|s| Numeral {
                    value_max: Some(n.value),
                    approx: None,
                    ..bound(s, n.end, n, Approx::Range)
                })
        };
        if let Some((e, ap)) = AFTER
            .iter()
            .find_map(|&(w, ap)| word_after(&chars, n.end, w).map(|e| (e, ap)))
        {
            match &mut b {
                Some(x) if x.approx == Some(ap) => x.end = e,
                Some(_) => {}
                None => b = Some(bound(n.start, e, n, ap)),
            }
        }
        singles.extend(b);
    }
    // Pairs of opposite bounds: one range.
    let mut k = 0;
    while k < singles.len() {
        let pair = singles.get(k + 1).and_then(|next| {
            let cur = &singles[k];
            let linked = chars
                .get(cur.end..next.start)
                .map(|gap| gap.iter().filter(|c| !is_space(**c)).collect::<String>())
                .is_some_and(|gap| gap.is_empty() || LINKS.contains(&gap.as_str()));
            let (lo, hi) = match (cur.approx, next.approx) {
                (Some(Approx::Gt), Some(Approx::Lt)) => (cur.value, next.value),
                (Some(Approx::Lt), Some(Approx::Gt)) => (next.value, cur.value),
                _ => return None,
            };
            (linked && lo < hi).then_some(Numeral {
                start: cur.start,
                end: next.end,
                value: lo,
                value_max: Some(hi),
                approx: Some(Approx::Range),
                core: cur.core,
            })
        });
        match pair {
            Some(p) => {
                out.push(p);
                k += 2;
            }
            None => {
                out.push(singles[k].clone());
                k += 1;
            }
        }
    }
    // Ranges of bare numbers found by the scanner (一千到一千五百).
    for m in mentions {
        if m.kind == Kind::Number && m.rejected.is_none() && m.value_max.is_some() {
            out.push(Numeral {
                start: m.start,
                end: m.end,
                value: m.value,
                value_max: m.value_max,
                approx: m.approx,
                core: m.numeral,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::scan::{scan, Approx};
    use crate::extract::text::Folded;
    use crate::patterns::Patterns;

    /// (text, value, value_max, approx) of the bound phrases.
    fn bounds(s: &str) -> Vec<(String, String, Option<String>, Option<&'static str>)> {
        let pats = Patterns::builtin().unwrap();
        let (_, n) = scan(&Folded::new(s), &pats, &[]);
        n.into_iter()
            .filter(|n| n.value_max.is_some() || matches!(n.approx, Some(Approx::Gt | Approx::Lt)))
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

    fn row(
        t: &str,
        v: &str,
        m: Option<&str>,
        a: Option<&'static str>,
    ) -> (String, String, Option<String>, Option<&'static str>) {
        (t.into(), v.into(), m.map(Into::into), a)
    }

    #[test]
    fn single_bounds() {
        for (s, text, value, approx) in [
            ("人口大于4865的城市", "大于4865", "4865", "gt"),
            ("他的年龄不小于三十岁", "不小于三十", "30", "gt"),
            ("至少有10次攻击", "至少有10", "10", "gt"),
            ("数目在五百以上的产品", "五百以上", "500", "gt"),
            ("五百或者更多的产品", "五百或者更多", "500", "gt"),
            ("找出 < = 100 的质数", "< = 100", "100", "lt"),
            ("身高比 170 低", "比 170 低", "170", "lt"),
            ("超过1/2的人", "超过1/2", "0.5", "gt"),
        ] {
            assert_eq!(bounds(s), vec![row(text, value, None, Some(approx))], "{s}");
        }
    }

    #[test]
    fn two_bounds_make_a_range() {
        for (s, text, lo, hi) in [
            ("大于10小于20", "大于10小于20", "10", "20"),
            (
                "大于100 并且小于300 的数",
                "大于100 并且小于300",
                "100",
                "300",
            ),
            (
                "数字在1000以上， 1500以下",
                "1000以上， 1500以下",
                "1000",
                "1500",
            ),
            ("不大于50不小于20", "不大于50不小于20", "20", "50"),
            ("位于20和30之间的", "位于20和30之间", "20", "30"),
            ("10000与20000间", "10000与20000间", "10000", "20000"),
            ("在第十和第十五之间", "在第十和第十五之间", "10", "15"),
            ("范围是一千到一千五百", "一千到一千五百", "1000", "1500"),
        ] {
            assert_eq!(
                bounds(s),
                vec![row(text, lo, Some(hi), Some("range"))],
                "{s}"
            );
        }
        // Bounds that do not make a range stay apart.
        assert_eq!(bounds("大于50小于12").len(), 2);
        assert_eq!(bounds("x大于10且y小于20").len(), 2);
    }

    #[test]
    fn equal_is_a_point() {
        assert_eq!(
            bounds("x等于一百七"),
            vec![row("等于一百七", "170", Some("170"), None)]
        );
        assert!(bounds("x不等于5").is_empty());
    }
}
