//! The year a figure refers to (the `period` column): 今年/去年/明年 in its clause,
//! resolved with the release year, else the nearest year before it in its sentence.
//!
//! The words are rules of patterns/cues.tsv: `period.relative` (a relative year word and
//! its offset from the release year) and `period.comparison` (the particles before a
//! comparison base: 比去年, 较2020年 name no period).

use crate::error::Result;
use crate::patterns::{Cues, WordList};

use super::date::DateMention;
use super::subject::{self, Sentence};

/// The period rules, with their year offsets parsed once.
#[derive(Debug, Clone)]
pub struct Periods {
    /// Relative year words (今年, 去年 …) with their offset from the release year, in
    /// file order.
    relative: Vec<(String, i32)>,
    /// A char every relative year word holds (年), if there is one: text without it
    /// holds none of them.
    shared: Option<char>,
    /// Particles before a comparison base (比, 较 …).
    comparison: WordList,
    /// Words that hold a relative year word without meaning it (目前年产 holds 前年).
    not_relative: WordList,
    /// Words between a comparison's base year and its base figure (比上年同期的).
    base_between: WordList,
    /// A date that starts a span up to the text's time (2011年以来最高) dates no figure.
    since: super::date::SinceRule,
}

impl Periods {
    /// Reads the `period.*` rules of `cues`; a relative year word whose value is not a
    /// whole number of years is an error.
    pub fn new(cues: &Cues) -> Result<Periods> {
        let relative = cues
            .at(crate::cue!("period.relative"))
            .entries()
            .map(|(w, v)| {
                let d = v.trim().parse::<i32>().map_err(|_| {
                    let msg = format!(
                        "value {v:?} is not a whole number of years from the release year \
                         (0, -1, 1 …)"
                    );
                    cues.error("period.relative", w, &msg)
                })?;
                Ok((w.to_string(), d))
            })
            .collect::<Result<Vec<_>>>()?;
        let shared = relative.first().and_then(|(w, _)| {
            w.chars()
                .find(|&c| relative.iter().all(|(x, _)| x.contains(c)))
        });
        Ok(Periods {
            relative,
            shared,
            comparison: cues.at(crate::cue!("period.comparison")).clone(),
            not_relative: cues.at(crate::cue!("period.not_relative")).clone(),
            base_between: cues.at(crate::cue!("period.base_between")).clone(),
            since: super::date::SinceRule::new(cues),
        })
    }

    /// Whether `before` (the text before a date or word) ends with a comparison particle.
    fn comparison_base(&self, before: &str) -> bool {
        self.comparison.ends(before)
    }

    /// The year the figure starting at char `start` of `sent` refers to: a relative year
    /// word in its clause (resolved with the release year `year`), else whichever comes
    /// last before it in its sentence of a date with a year (2025年，…; 1-10月 once the
    /// year is known) and a relative year word. A comparison base (比去年, 较2020年) or a
    /// record's start (2011年以来最高: `date.since_after`) is
    /// not the figure's period; the base figure right after one (比上年的4.2万吨) is that
    /// year's (see [`Periods::base_year`]). Empty when none is found.
    pub fn period(
        &self,
        sent: &Sentence,
        start: usize,
        year: Option<i32>,
        dates: &[DateMention],
    ) -> String {
        let (cs, _) = subject::clause(sent, start, start);
        let base = self.base_year(sent, (cs, start), dates);
        if let Some(Ok(y)) = base {
            return y;
        }
        let own = self.own_period(sent, (cs, start), year, dates);
        match base {
            // 上年 of a figure dated 2025年 is 2024, whatever year the text was released.
            Some(Err(d)) => (own.parse::<i32>().ok().or(year)).map_or(own, |y| (y + d).to_string()),
            _ => own,
        }
    }

    /// The year the figure at `start` of `sent` refers to as its sentence dates it (see
    /// [`Periods::period`]), `cs` its clause's start.
    fn own_period(
        &self,
        sent: &Sentence,
        (cs, start): (usize, usize),
        year: Option<i32>,
        dates: &[DateMention],
    ) -> String {
        let f = sent.f;
        if let Some((_, p)) = year.and_then(|y| self.relative_year(f.slice(cs, start), y)) {
            return p;
        }
        let dated = dates
            .iter()
            .rev()
            .filter(|d| {
                d.end <= start
                    && !self.comparison_base(f.before(d.start))
                    && !self.since.is_reference(f, d.start, d.end)
            })
            .find_map(|d| {
                // A year range (2011-2020年) counts as its last year.
                let v = match &d.value_max {
                    Some(max) if super::date::is_year_range(d) => max,
                    _ => &d.value,
                };
                let y = v
                    .get(..4)
                    .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
                Some((d.start, y.to_string()))
            });
        // Relative words are found in the sentence text; their char position decides.
        let relative = year.and_then(|y| self.relative_year(f.before(start), y));
        match (dated, relative) {
            (Some(d), Some(r)) => {
                if r.0 > d.0 {
                    r.1
                } else {
                    d.1
                }
            }
            (Some((_, y)), None) | (None, Some((_, y))) => y,
            (None, None) => String::new(),
        }
    }

    /// The year of a comparison's base figure: a figure right after a comparison particle
    /// and its year (比上年的4.2万吨, 较去年同期1.3亿元, 较2021年的…: only
    /// `period.base_between` words between them) is that year's level, not the text's:
    /// `Ok` a written year, `Err` the offset of a relative year word from the year the
    /// figure's sentence gives. `(cs, start)`: the clause start and the figure's first char.
    fn base_year(
        &self,
        sent: &Sentence,
        (cs, start): (usize, usize),
        dates: &[DateMention],
    ) -> Option<std::result::Result<String, i32>> {
        let f = sent.f;
        let mut head = f.slice(cs, start);
        for _ in 0..2 {
            match self.base_between.suffix_of(head) {
                Some(w) => head = &head[..head.len() - w.len()],
                None => break,
            }
        }
        let end = cs + head.chars().count();
        if let Some(d) = dates.iter().find(|d| d.end == end && d.start >= cs) {
            let y = d
                .value
                .get(..4)
                .filter(|y| y.bytes().all(|b| b.is_ascii_digit()));
            return y
                .filter(|_| d.explicit_year && self.comparison_base(f.before(d.start)))
                .map(|y| Ok(y.to_string()));
        }
        self.relative.iter().find_map(|(w, d)| {
            let rest = head.strip_suffix(w.as_str())?;
            let ok =
                *d != 0 && self.comparison_base(rest) && !self.inside_word(head, rest.len(), w);
            ok.then_some(Err(*d))
        })
    }

    /// The year offset of the relative year word (`period.relative`) that `before`, the
    /// text right before a date written without its year, ends with: 明年4月 is April of
    /// the release year + 1, 去年第二季 the second quarter of the year before.
    pub fn offset_before(&self, before: &str) -> Option<i32> {
        self.relative
            .iter()
            .find(|(w, _)| {
                before.ends_with(w.as_str()) && !self.inside_word(before, before.len() - w.len(), w)
            })
            .map(|(_, d)| *d)
    }

    /// Whether `s` holds a relative year word (`period.relative`) that is no part of a
    /// `period.not_relative` word (今年将再改造 holds 今年; 目前年产 holds none).
    pub fn occurs_in(&self, s: &str) -> bool {
        self.relative.iter().any(|(w, _)| {
            !w.is_empty()
                && s.match_indices(w.as_str())
                    .any(|(i, _)| !self.inside_word(s, i, w))
        })
    }

    /// Whether the relative year word `w` at byte `i` of `s` is part of a
    /// `period.not_relative` word there (目前年产: 目前 + 年产, not 前年).
    fn inside_word(&self, s: &str, i: usize, w: &str) -> bool {
        let at = |x: &str, k: usize| i >= k && s.get(i - k..).is_some_and(|t| t.starts_with(x));
        if w.is_empty() {
            return (self.not_relative.iter()).any(|x| x.match_indices(w).any(|(k, _)| at(x, k)));
        }
        // The matches of `w` in each word as `match_indices` gives them (leftmost, none
        // overlapping), by byte comparison: the words are a few chars, and a substring
        // searcher per word cost more than the comparisons (a byte match of UTF-8 text
        // starts on a char boundary).
        self.not_relative.iter().any(|x| {
            let (xb, wb) = (x.as_bytes(), w.as_bytes());
            let mut k = 0;
            while k + wb.len() <= xb.len() {
                if xb[k..].starts_with(wb) {
                    if at(x, k) {
                        return true;
                    }
                    k += wb.len();
                } else {
                    k += 1;
                }
            }
            false
        })
    }

    /// The last relative year word (not after a comparison particle) in `s` as (char
    /// position, the year it stands for given the release year `y`); on a tie the word
    /// listed first wins.
    fn relative_year(&self, s: &str, y: i32) -> Option<(usize, String)> {
        // Where the shared char stands: every word's matches are found from there (a
        // substring searcher per word costs more than the whole sentence's pass).
        let marks: Option<(char, Vec<usize>)> = match self.shared {
            Some(c) => {
                let at: Vec<usize> = s.match_indices(c).map(|(i, _)| i).collect();
                if at.is_empty() {
                    return None;
                }
                Some((c, at))
            }
            None => None,
        };
        let mut best: Option<(usize, String)> = None;
        for (w, d) in &self.relative {
            // 比去年, 较上年 name the base of a comparison, not the figure's period.
            let ok = |&i: &usize| !self.comparison_base(&s[..i]) && !self.inside_word(s, i, w);
            let found = match &marks {
                Some((c, at)) => rmatches_through(s, w, at, w.find(*c).unwrap_or(0)).find(ok),
                None => s.rmatch_indices(w.as_str()).map(|(i, _)| i).find(ok),
            };
            if let Some(i) = found {
                let at = s[..i].chars().count();
                if best.as_ref().is_none_or(|b| at > b.0) {
                    best = Some((at, (y + d).to_string()));
                }
            }
        }
        best
    }
}

/// The byte starts of the matches of `w` in `s` from the right, as
/// `s.rmatch_indices(w)` gives them (none overlapping the one after it), found from
/// `marks`, the increasing byte positions in `s` of a char that `w` holds at byte `o`.
fn rmatches_through<'a>(
    s: &'a str,
    w: &'a str,
    marks: &'a [usize],
    o: usize,
) -> impl Iterator<Item = usize> + 'a {
    let mut limit = s.len();
    marks.iter().rev().filter_map(move |&p| {
        let i = p.checked_sub(o)?;
        // A byte match of a whole word starts on a char boundary.
        let hit = i + w.len() <= limit && s.as_bytes()[i..].starts_with(w.as_bytes());
        hit.then(|| {
            limit = i;
            i
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::load_cues;

    #[test]
    fn matches_through_a_char_are_rmatch_indices() {
        for (s, w) in [
            ("今年比去年，今年", "今年"),
            ("年年年年年", "年年"),
            ("a年年b年年年", "年年"),
            ("前年前年", "前年"),
            ("没有", "今年"),
        ] {
            let c = w.chars().last().unwrap();
            let marks: Vec<usize> = s.match_indices(c).map(|(i, _)| i).collect();
            let got: Vec<usize> = rmatches_through(s, w, &marks, w.find(c).unwrap()).collect();
            let want: Vec<usize> = s.rmatch_indices(w).map(|(i, _)| i).collect();
            assert_eq!(got, want, "{s} {w}");
        }
    }

    #[test]
    fn offsets_are_parsed_once_with_a_clear_error() {
        let src = "rule\tword\tvalue\nperiod.relative\t今年\t0\nperiod.relative\t去年\t-1\nperiod.comparison\t比\n";
        let p = Periods::new(&load_cues(src.as_bytes(), "c").unwrap()).unwrap();
        assert_eq!(
            p.relative_year("比去年，今年", 2025),
            Some((4, "2025".into()))
        );
        assert_eq!(p.relative_year("去年", 2025), Some((0, "2024".into())));
        assert_eq!(p.relative_year("比去年", 2025), None);
        let src = "rule\tword\tvalue\nperiod.relative\t前年\t-2\nperiod.not_relative\t目前年\n";
        let p = Periods::new(&load_cues(src.as_bytes(), "c").unwrap()).unwrap();
        assert_eq!(p.relative_year("前年完成", 2025), Some((0, "2023".into())));
        assert_eq!(p.relative_year("目前年产能", 2025), None);
        let src = "rule\tword\tvalue\nperiod.relative\t今年\tthis\n";
        let err = Periods::new(&load_cues(src.as_bytes(), "c").unwrap())
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("c:2: "), "{err}");
        assert!(err.contains("今年") && err.contains("this"), "{err}");
    }
}
