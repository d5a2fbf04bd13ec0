//! Index values: bare numbers an index names (景气指数124.89, 采购经理指数(PMI)为50.2, 基尼系数
//! 0.465) and numbers in an index's points (价格指数为67.83点，较上周上涨1.2点) → mentions of
//! kind `index`, unit `index`.
//!
//! Takes the scanner's mentions of a sentence; the bare numbers stay (rejected as bare
//! numbers later), as for ratios. A bare number is an index value when an index word
//! (`scan.index_word`) ends the text before it, after at most one link word
//! (`scan.index_link`: 为, 达, 回升至 …) and a bracketed abbreviation ((PMI)); when it is
//! listed right after such a value (分别为124.89和125.38: `scan.index_joiner`); or when a
//! point word (`scan.index_point`: 点) follows it and an index word stands before it in its
//! sentence (in its own clause for a whole number, which may be a time of day: 3点).

use super::mention::Mention;
use super::text::Folded;
use crate::patterns::{Cues, Kind, WordList};

/// Chars of a bracketed abbreviation read between an index word and its value ((PMI)).
const MAX_ABBREVIATION: usize = 12;

/// The index rules of cues.tsv, fetched once per sentence.
pub struct IndexRules<'p> {
    /// `scan.index_word`: words naming an index (指数, 系数).
    words: &'p WordList,
    /// `scan.index_link`: link words between an index word and its value.
    links: &'p WordList,
    /// `scan.index_joiner`: joiners of values listed one after another.
    joiners: &'p WordList,
    /// `scan.index_point`: the words of an index's points.
    points: &'p WordList,
}

impl<'p> IndexRules<'p> {
    /// Fetches the lists from the loaded cues.
    pub fn new(cues: &'p Cues) -> IndexRules<'p> {
        IndexRules {
            words: cues.at(crate::cue!("scan.index_word")),
            links: cues.at(crate::cue!("scan.index_link")),
            joiners: cues.at(crate::cue!("scan.index_joiner")),
            points: cues.at(crate::cue!("scan.index_point")),
        }
    }

    /// Whether an index word closes `before`, after at most one link word and a bracketed
    /// abbreviation (采购经理指数(PMI)为): the number after it is the index's value, and the
    /// noun phrase after that number names nothing it measures.
    pub fn named_before(&self, before: &str) -> bool {
        let mut s = before.trim_end();
        if let Some(link) = self.links.suffix_of(s) {
            s = s[..s.len() - link.len()].trim_end();
        }
        let closed = s.strip_suffix(')').or_else(|| s.strip_suffix('）'));
        if let Some(open) = closed.and_then(|t| t.rfind(['(', '（'])) {
            if s[open..].chars().count() <= MAX_ABBREVIATION {
                s = &s[..open];
            }
        }
        self.words.ends(s)
    }
}

/// The index values among `mentions` (bare Arabic numbers an index names or counted in
/// its points).
pub fn indexes(f: &Folded, mentions: &[Mention], rules: &IndexRules) -> Vec<Mention> {
    let mut bare: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Number && !m.chinese && m.rejected.is_none())
        .collect();
    bare.sort_by_key(|m| m.start);
    let mut out: Vec<Mention> = Vec::new();
    for m in bare {
        let point = rules.points.prefix_of(f.rest(m.end));
        let before = f.before(m.start);
        let listed = out.last().is_some_and(|prev| {
            prev.end <= m.start && rules.joiners.contains(f.slice(prev.end, m.start))
        });
        let pointed = point.is_some() && {
            let whole = m.value.fract().is_zero();
            let clause = before
                .rsplit(|c| "，。；,;！？!?".contains(c))
                .next()
                .unwrap_or(before);
            rules.words.occurs_in(if whole { clause } else { before })
        };
        if listed || pointed || rules.named_before(before) {
            let end = m.end + point.map_or(0, |p| p.chars().count());
            out.push(Mention {
                end,
                kind: Kind::Index,
                unit: "index".into(),
                ..m.clone()
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::Patterns;

    fn index_rows(s: &str) -> Vec<String> {
        let p = Patterns::builtin().unwrap();
        let f = Folded::new(s);
        let (mentions, _) = super::super::scan::scan(&f, &p, &[]);
        let rules = IndexRules::new(&p.cues);
        indexes(&f, &mentions, &rules)
            .iter()
            .map(|m| f.slice(m.start, m.end).to_string())
            .collect()
    }

    #[test]
    fn values_right_after_an_index_word() {
        assert_eq!(
            index_rows("全市工业企业景气指数124.89企业家信心指数125.38。"),
            ["124.89", "125.38"]
        );
        assert_eq!(
            index_rows("3月份制造业采购经理指数（PMI）为50.2，基尼系数0.465。"),
            ["50.2", "0.465"]
        );
        assert_eq!(
            index_rows("两项指数分别为118.6和120.3，居民消费价格指数回升至101.8。"),
            ["118.6", "120.3", "101.8"]
        );
    }

    #[test]
    fn points_of_an_index_named_before() {
        assert_eq!(
            index_rows("钢材综合价格指数为67.83点，较上周上涨1.2点。"),
            ["67.83点", "1.2点"]
        );
    }

    #[test]
    fn no_index_word_no_index_value() {
        assert!(index_rows("得分为9.1，排名第3。").is_empty());
        assert!(index_rows("下午3点召开会议，会上发布了价格指数。").is_empty());
        // A whole number of points needs the index word in its own clause.
        assert!(index_rows("价格指数有所回落，会议下午3点结束。").is_empty());
        // The number must follow the word (a link between), not stand further on.
        assert!(index_rows("价格指数样本数量为120。").is_empty());
    }
}
