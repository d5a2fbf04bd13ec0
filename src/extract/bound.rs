//! Bound phrases around numerals, for `--numbers`: 大于10, 不小于三十, 1000以上,
//! 比三十大, 20和30之间, 等于170 (a point: value_max = value), and pairs of bounds
//! (大于10小于20) as one range.
//!
//! Works on the squeezed sentence of [`super::scan`], on the numerals it found; the words
//! are matched ignoring whitespace (小于 或 等于100). The phrase text includes the
//! comparison words, unlike facts, whose text keeps verbs outside.

use super::mention::{Approx, Mention, Numeral, Qualifier};
use super::text::Folded;
use crate::patterns::{Cues, Kind, WordList};

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

/// The cue lists bound phrases read (patterns/cues.tsv, rules `bound.*`), and the
/// sentence as chars.
struct Phrases<'a> {
    chars: Vec<char>,
    before: &'a WordList,
    after: &'a WordList,
    compare: &'a WordList,
    comparative: &'a WordList,
    equal: &'a WordList,
    negation: &'a WordList,
    link: &'a WordList,
    between_link: &'a WordList,
    between_end: &'a WordList,
    between_start: &'a WordList,
    ordinal: &'a WordList,
}

/// Checks the values of `bound.comparative` (gt or lt); the qualifier lists are checked
/// with the scanner's rules ([`super::scan::check_cues`]).
pub fn check_cues(cues: &Cues) -> crate::error::Result<()> {
    for (w, v) in cues.at(crate::cue!("bound.comparative")).entries() {
        if !matches!(Approx::direction(v), Some(Approx::Gt | Approx::Lt)) {
            let msg = format!("value {v:?} is not gt or lt");
            return Err(cues.error("bound.comparative", w, &msg));
        }
    }
    Ok(())
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
pub fn bounds(f: &Folded, cues: &Cues, numerals: &[Numeral], mentions: &[Mention]) -> Vec<Numeral> {
    let p = Phrases {
        chars: f.text.chars().collect(),
        before: cues.at(crate::cue!("bound.before")),
        after: cues.at(crate::cue!("bound.after")),
        compare: cues.at(crate::cue!("bound.compare")),
        comparative: cues.at(crate::cue!("bound.comparative")),
        equal: cues.at(crate::cue!("bound.equal")),
        negation: cues.at(crate::cue!("bound.negation")),
        link: cues.at(crate::cue!("bound.link")),
        between_link: cues.at(crate::cue!("bound.between_link")),
        between_end: cues.at(crate::cue!("bound.between_end")),
        between_start: cues.at(crate::cue!("bound.between_start")),
        ordinal: cues.at(crate::cue!("scan.ordinal")),
    };
    let plain: Vec<&Numeral> = numerals.iter().filter(|n| n.value_max.is_none()).collect();
    let mut used = vec![false; plain.len()];
    let mut out = p.betweens(&plain, &mut used);
    let singles: Vec<Numeral> = plain
        .iter()
        .zip(&used)
        .filter(|(_, &u)| !u)
        .filter_map(|(n, _)| p.single(n))
        .collect();
    out.extend(p.pairs(singles));
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

impl Phrases<'_> {
    /// The first word of `list` ending at char `pos` (whitespace ignored): its start and
    /// the word.
    fn first_before<'l>(&self, pos: usize, list: &'l WordList) -> Option<(usize, &'l str)> {
        list.iter()
            .find_map(|w| word_before(&self.chars, pos, w).map(|s| (s, w)))
    }

    /// The first word of `list` starting at char `pos` (whitespace ignored): its end and
    /// the word.
    fn first_after<'l>(&self, pos: usize, list: &'l WordList) -> Option<(usize, &'l str)> {
        list.iter()
            .find_map(|w| word_after(&self.chars, pos, w).map(|e| (e, w)))
    }

    /// The qualifier of `bound.before` / `bound.after` that makes a phrase and matches
    /// `at`: (where the match ends, direction).
    fn qualifier(
        &self,
        list: &WordList,
        at: impl Fn(&str) -> Option<usize>,
    ) -> Option<(usize, Approx)> {
        list.entries().find_map(|(w, v)| {
            let e = at(w)?;
            let q = Qualifier::parse(v).expect("qualifier values are checked when the rules load");
            q.phrase.then_some(())?;
            Some((e, q.approx?))
        })
    }

    /// Whether char `p` is an ordinal mark (第十).
    fn is_ordinal(&self, p: usize) -> bool {
        self.chars
            .get(p)
            .is_some_and(|c| self.ordinal.contains(c.encode_utf8(&mut [0; 4])))
    }

    /// 20和30之间, 在第十和第十五之间: ranges of two neighbouring numerals; marks them used.
    fn betweens(&self, plain: &[&Numeral], used: &mut [bool]) -> Vec<Numeral> {
        let chars = &self.chars;
        let mut out = Vec::new();
        for (i, pair) in plain.windows(2).enumerate() {
            let (n1, n2) = (pair[0], pair[1]);
            let skip_di = |p: usize| if self.is_ordinal(p) { p + 1 } else { p };
            let skip_di_back = |p: usize| {
                if p > 0 && self.is_ordinal(p - 1) {
                    p - 1
                } else {
                    p
                }
            };
            let linked = self.between_link.iter().any(|w| {
                word_after(chars, n1.end, w).is_some_and(|e| {
                    let e = (e..chars.len()).find(|&k| !is_space(chars[k])).unwrap_or(e);
                    skip_di(e) == n2.start
                })
            });
            let end = self.first_after(n2.end, self.between_end).map(|(e, _)| e);
            if let (true, Some(end)) = (linked, end) {
                if n1.value < n2.value {
                    let s = skip_di_back(n1.start);
                    let start = self
                        .first_before(s, self.between_start)
                        .map_or(s, |(b, _)| b);
                    out.push(Numeral {
                        start,
                        end,
                        value: n1.value,
                        value_max: Some(n2.value),
                        approx: Some(Approx::Range),
                        core: n1.core,
                    });
                    used[i] = true;
                    used[i + 1] = true;
                }
            }
        }
        out
    }

    /// A single bound around `n`: a comparison word before it (大于10), 比X大, 等于X
    /// (a point), and a word after it (1000以上, 五百或者更多).
    fn single(&self, n: &Numeral) -> Option<Numeral> {
        let chars = &self.chars;
        let mut b = if let Some((s, ap)) =
            self.qualifier(self.before, |w| word_before(chars, n.start, w))
        {
            Some(bound(s, n.end, n, ap))
        } else if let Some((s, _)) = self.first_before(n.start, self.compare) {
            self.comparative.entries().find_map(|(w, v)| {
                let ap =
                    Approx::direction(v).expect("comparatives are checked when the rules load");
                word_after(chars, n.end, w).map(|e| bound(s, e, n, ap))
            })
        } else {
            // 等于170: a point, [170, 170].
            self.first_before(n.start, self.equal)
                .filter(|&(s, _)| self.first_before(s, self.negation).is_none())
                .map(|(s, _)| Numeral {
                    value_max: Some(n.value),
                    approx: None,
                    ..bound(s, n.end, n, Approx::Range)
                })
        };
        if let Some((e, ap)) = self.qualifier(self.after, |w| word_after(chars, n.end, w)) {
            match &mut b {
                Some(x) if x.approx == Some(ap) => x.end = e,
                Some(_) => {}
                None => b = Some(bound(n.start, e, n, ap)),
            }
        }
        b
    }

    /// Pairs of opposite bounds next to each other (大于10并且小于20): one range.
    fn pairs(&self, singles: Vec<Numeral>) -> Vec<Numeral> {
        let mut out = Vec::new();
        let mut k = 0;
        while k < singles.len() {
            let pair = singles.get(k + 1).and_then(|next| {
                let cur = &singles[k];
                let linked = self
                    .chars
                    .get(cur.end..next.start)
                    .map(|gap| gap.iter().filter(|c| !is_space(**c)).collect::<String>())
                    .is_some_and(|gap| gap.is_empty() || self.link.contains(&gap));
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
        out
    }
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
