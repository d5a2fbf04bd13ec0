//! Ratios: bare numbers joined by a ratio sign (三次产业结构 9.1:40.2:50.7, 城乡居民收入比
//! 2.31:1, 1比1.5) → one mention of kind `ratio`, whose value is its terms joined by `:`.
//!
//! Takes the scanner's mentions of a sentence; the bare numbers stay (they are rejected
//! as bare numbers later, or reported with `--numbers`). The signs are rule
//! `scan.ratio_sign` of cues.tsv. Two whole numbers that read as a time of day (8:30) are
//! no ratio, unless a ratio word stands before them in their clause (`scan.ratio_cue`:
//! 产业结构调整为18:48:34); signs that join the terms of a ratio only after such a word
//! (`scan.ratio_sign_cued`: the full-width colon of 男女比例1：1.05, which elsewhere closes
//! a label) likewise.

use rust_decimal::Decimal;

use super::mention::Mention;
use super::number::parse_number;
use super::text::Folded;
use crate::patterns::{Cues, Kind, WordList};

/// Chars before a ratio searched for a ratio word (`scan.ratio_cue`), within its clause.
const CUE_WINDOW: usize = 16;

/// The ratio rules of cues.tsv, fetched once per sentence.
pub struct RatioRules<'p> {
    /// `scan.ratio_sign`: signs that always join the terms of a ratio.
    signs: &'p WordList,
    /// `scan.ratio_sign_cued`: signs that join them only after a ratio word.
    cued_signs: &'p WordList,
    /// `scan.ratio_cue`: the ratio words.
    cues: &'p WordList,
}

impl<'p> RatioRules<'p> {
    /// Fetches the lists from the loaded cues.
    pub fn new(cues: &'p Cues) -> RatioRules<'p> {
        RatioRules {
            signs: cues.at(crate::cue!("scan.ratio_sign")),
            cued_signs: cues.at(crate::cue!("scan.ratio_sign_cued")),
            cues: cues.at(crate::cue!("scan.ratio_cue")),
        }
    }

    /// Every sign, those that need a ratio word too.
    fn all_signs(&self) -> impl Iterator<Item = &str> {
        self.signs.iter().chain(self.cued_signs.iter())
    }

    /// Whether a ratio word stands before the ratio starting at char `start` of `f`: a
    /// `scan.ratio_cue` word among the [`CUE_WINDOW`] chars before it in its clause, or
    /// a ratio sign right before its first term (城乡收入比18:1).
    fn cued(&self, f: &Folded, start: usize) -> bool {
        let before = f.before(start);
        if self.signs.ends(before) {
            return true;
        }
        let back: Vec<char> = before
            .chars()
            .rev()
            .take(CUE_WINDOW)
            .take_while(|c| !"，。；,;！？!?\n".contains(*c))
            .collect();
        let clause: String = back.into_iter().rev().collect();
        self.cues.occurs_in(&clause)
    }
}

/// The ratios among `mentions` (bare Arabic numbers joined one to the next by a sign).
pub fn ratios(f: &Folded, mentions: &[Mention], rules: &RatioRules) -> Vec<Mention> {
    let bare: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Number && !m.chinese && m.rejected.is_none())
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bare.len() {
        let mut j = i;
        let mut needs_cue = false;
        while j + 1 < bare.len() {
            let sign = f.slice(bare[j].end, bare[j + 1].start);
            if rules.cued_signs.contains(sign) {
                needs_cue = true;
            } else if !rules.signs.contains(sign) {
                break;
            }
            j += 1;
        }
        let chain = &bare[i..=j];
        let needs_cue = needs_cue || is_clock(chain);
        if chain.len() >= 2
            && !cut_short(f, chain, rules)
            && (!needs_cue || rules.cued(f, chain[0].start))
        {
            out.push(Mention {
                start: chain[0].start,
                end: chain[chain.len() - 1].end,
                kind: Kind::Ratio,
                unit: "ratio".into(),
                ..chain[0].clone()
            });
        }
        i = j + 1;
    }
    out
}

/// The terms of a ratio mention's text joined by `:` as plain decimals (9.1∶40.2∶50.7 →
/// 9.1:40.2:50.7); None when a term does not parse.
pub fn terms(text: &str, rules: &RatioRules) -> Option<String> {
    let mut parts = vec![text.to_string()];
    for sign in rules.all_signs() {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sign))
            .map(str::to_string)
            .collect();
    }
    let values: Option<Vec<String>> = parts
        .iter()
        .map(|p| {
            parse_number(p.trim())
                .ok()
                .map(|d| d.normalize().to_string())
        })
        .collect();
    values.map(|v| v.join(":"))
}

/// The terms of ratio mention `m`, read from its first numeral: approximation words
/// before it (接近1:1) are no term.
pub fn mention_terms(f: &Folded, m: &Mention, rules: &RatioRules) -> Option<String> {
    let from = m.numeral.0.clamp(m.start, m.end);
    terms(f.slice(from, m.end), rules)
}

/// Whether the chain goes on with a term that is no bare number (07:33:12, whose 07 is
/// an identifier to the scanner): a sign between a digit and the chain's first term, or
/// between its last term and a digit. Part of a time or a code, not a ratio.
fn cut_short(f: &Folded, chain: &[&Mention], rules: &RatioRules) -> bool {
    let (Some(first), Some(last)) = (chain.first(), chain.last()) else {
        return false;
    };
    let before = f.before(first.start);
    let after = f.rest(last.end);
    rules.all_signs().any(|s| {
        let ends_digit = |t: &str| t.ends_with(|c: char| c.is_ascii_digit());
        let starts_digit = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
        before.strip_suffix(s).is_some_and(ends_digit)
            || after.strip_prefix(s).is_some_and(starts_digit)
    })
}

/// Whole numbers, an hour then two-digit minutes (and seconds): a time of day (8:30,
/// 16:55:17), not a ratio.
fn is_clock(chain: &[&Mention]) -> bool {
    let whole = |d: Decimal| d.fract().is_zero();
    let [h, rest @ ..] = chain else {
        return false;
    };
    (1..=2).contains(&rest.len())
        && whole(h.value)
        && h.value <= Decimal::from(24)
        && rest
            .iter()
            .all(|m| whole(m.value) && m.value < Decimal::from(60) && m.end - m.start == 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::Patterns;

    fn ratio_rows(s: &str) -> Vec<(String, String)> {
        let p = Patterns::builtin().unwrap();
        let f = Folded::new(s);
        let (mentions, _) = super::super::scan::scan(&f, &p, &[]);
        let rules = RatioRules::new(&p.cues);
        ratios(&f, &mentions, &rules)
            .iter()
            .map(|m| {
                let text = f.slice(m.start, m.end).to_string();
                let t = mention_terms(&f, m, &rules).unwrap_or_default();
                (text, t)
            })
            .collect()
    }

    #[test]
    fn ratios_of_two_and_more_terms() {
        assert_eq!(
            ratio_rows("三次产业结构为9.1∶40.2∶50.7，城乡居民收入比为2.31:1。"),
            [
                ("9.1∶40.2∶50.7".into(), "9.1:40.2:50.7".into()),
                ("2.31:1".into(), "2.31:1".into())
            ]
        );
        // Approximation words before the first term are no part of it.
        assert_eq!(
            ratio_rows("新车与二手车交易比例接近1:1。"),
            [("接近1:1".into(), "1:1".into())]
        );
        assert_eq!(
            ratio_rows("按1比1.5配套。"),
            [("1比1.5".into(), "1:1.5".into())]
        );
    }

    #[test]
    fn clock_times_and_lone_numbers_are_no_ratios() {
        assert!(ratio_rows("会议于8:30召开。").is_empty());
        assert!(ratio_rows("发布时间：2025-06-03 16:55:17").is_empty());
        assert!(ratio_rows("得分为9.1，排名第3。").is_empty());
        assert!(ratio_rows("增长3%:其中").is_empty());
        // A time whose hour the scanner reads as a code (07) is still a time.
        assert!(ratio_rows("更新于2019/5/6 上午 07:45:12").is_empty());
        assert!(ratio_rows("编号A3:25:17").is_empty());
    }

    #[test]
    fn a_ratio_word_makes_clock_shaped_and_colon_terms_a_ratio() {
        assert_eq!(
            ratio_rows("全市三次产业结构优化为12:45:43，"),
            [("12:45:43".into(), "12:45:43".into())]
        );
        assert_eq!(
            ratio_rows("新生儿性别比例为1：1.08。"),
            [("1：1.08".into(), "1:1.08".into())]
        );
        assert_eq!(
            ratio_rows("两地人均收入比10:1。"),
            [("10:1".into(), "10:1".into())]
        );
        // The word must be in the ratio's clause; without one a clock time stays a time
        // and a full-width colon closes a label.
        assert!(ratio_rows("产业结构持续优化，8:30召开会议。").is_empty());
        assert!(ratio_rows("比赛于19:30开球。").is_empty());
        assert!(ratio_rows("得分：3：2").is_empty());
    }
}
