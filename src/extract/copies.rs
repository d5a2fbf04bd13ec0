//! Sentences whose figures are copies: takes a document's sentences (the simplified
//! text the rules read) and returns, per sentence, whether its figures are to be dropped
//! because the page states them elsewhere or only teases another article:
//!
//! - a line (a paragraph, a headline) repeating an earlier line word for word (a saved
//!   page that shows its article twice, its title again as a headline, a related-article
//!   list quoting the release's own lead): the first copy keeps the figures, later copies
//!   state nothing new. A sentence met again inside another paragraph is the author's
//!   and stays;
//! - a teaser: the line right before a "read more" link (`figure.read_more`: 阅读全文)
//!   that ends with an ellipsis, the cut start of another article, or a line closed by
//!   such a link (…开始接种。 read more), or a line whose closed sentence the site cut
//!   with an ellipsis (…用电无忧。...);
//! - a list of other articles or readers' comments after the text: the same date alone on
//!   two lines or more (2025-12-01 under each headline) and the short line before each.
//!
//! Entities are not affected: the caller clears only the facts.
//!
//! [`Headlines`] drops, as the rows stream out, a headline's figures that the prose
//! around it states again (a section heading inside the text repeating the lead's
//! 一万箱 or 4,486个): the prose row keeps its subject and context. The page's head above
//! the prose (title, subtitle) keeps its figures: they are the release's own.

use std::collections::VecDeque;

use super::{Entity, Fact, Value};
use crate::patterns::{Kind, WordList};
use crate::split::Sentence;

/// Shortest line (in characters, blanks left out) whose repetition counts as a copy:
/// short lines (同比增长5%) may come back with another meaning.
const MIN_COPY: usize = 16;

/// Longest line (in characters) that can be a "read more" link.
const MAX_LINK: usize = 40;

/// Per sentence of `sentences` (spans of `rules`): whether it is a copy (see the module
/// doc). `read_more` is the `figure.read_more` list. Empty when no sentence is one.
pub fn copied_sentences(sentences: &[Sentence], rules: &str, read_more: &WordList) -> Vec<bool> {
    let mut spans = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut at = 0;
    for line in rules.split_inclusive('\n') {
        let (start, end) = (at, at + line.len());
        at = end;
        // The line's hash, blanks left out: a set of hashes costs 8 bytes a line, not a
        // second copy of the text (issue 16: memory per document stays near its size).
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        let mut chars = 0;
        for c in line.chars().filter(|c| !c.is_whitespace()) {
            std::hash::Hash::hash(&c, &mut hasher);
            chars += 1;
        }
        if chars >= MIN_COPY && !seen.insert(std::hash::Hasher::finish(&hasher)) {
            spans.push((start, end));
        }
    }
    spans.extend(teasers(rules, read_more));
    spans.extend(stamped_headlines(rules));
    if spans.is_empty() {
        return Vec::new();
    }
    spans.sort_unstable();
    // Sentences and spans both in text order: one pass over each.
    let mut out = vec![false; sentences.len()];
    let mut k = 0;
    for (i, s) in sentences.iter().enumerate() {
        while k < spans.len() && spans[k].1 <= s.byte_start {
            k += 1;
        }
        out[i] = spans
            .get(k)
            .is_some_and(|&(a, b)| a <= s.byte_start && s.byte_end <= b);
    }
    out
}

/// Marks a "read more" link may end with (阅读全文 >>, read more », [详细] -).
const LINK_MARKS: &str = ">»›→-";

/// Fewest digits of a date stamp (2025-12-01, 2022 年 6 月 29 日).
const MIN_STAMP_DIGITS: usize = 6;

/// The date a line stamps, blanks left out, when the line (after its bullet) is a date
/// alone, a time of day after " at " allowed (2022 年 6 月 29 日 at 10:20): digits, date
/// signs and 年/月/日 only, six digits or more.
fn stamp_key(line: &str) -> Option<String> {
    let t = crate::extract::date::without_bullet(line);
    let date = t.split_once(" at ").map_or(t, |(d, _)| d);
    let ok = date.chars().all(|c| {
        c.is_ascii_digit() || c.is_whitespace() || "-/.\u{5e74}\u{6708}\u{65e5}".contains(c)
    });
    let digits = date.chars().filter(char::is_ascii_digit).count();
    (ok && digits >= MIN_STAMP_DIGITS).then(|| date.split_whitespace().collect())
}

/// Byte spans of a list of other articles or comments after the text's first line of
/// prose: lines that are the same date alone, met twice or more (a related-article list
/// stamping each headline 2025-12-01, readers' comments), and the short line right
/// before each (the headline, the commenter's name). The release's own date line stands
/// above the prose, and its text states a date once.
fn stamped_headlines(rules: &str) -> Vec<(usize, usize)> {
    let Some(prose) = crate::extract::date::prose_start(rules) else {
        return Vec::new();
    };
    // (span, stamp key) of the non-blank lines after the prose start.
    let mut lines = Vec::new();
    let (mut at, mut chars) = (0, 0);
    for line in rules.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let first = chars;
        chars += line.chars().count();
        if first < prose || line.trim().is_empty() {
            continue;
        }
        lines.push((
            (start, start + line.trim_end().len()),
            stamp_key(line),
            line.trim(),
        ));
    }
    let mut counts = std::collections::HashMap::new();
    for (_, key, _) in &lines {
        if let Some(k) = key {
            *counts.entry(k.as_str()).or_insert(0) += 1;
        }
    }
    let mut out = Vec::new();
    for (i, (span, key, _)) in lines.iter().enumerate() {
        if key.as_deref().is_none_or(|k| counts[k] < 2) {
            continue;
        }
        out.push(*span);
        if let Some((before, None, t)) = i.checked_sub(1).map(|b| &lines[b]) {
            if t.chars().count() <= MAX_LINK {
                out.push(*before);
            }
        }
    }
    out
}

/// Byte spans of the teaser lines of `rules`: a non-blank line ending with an ellipsis
/// (... … ……) whose next non-blank line is a short "read more" link, or a line closed
/// by such a link.
fn teasers(rules: &str, read_more: &WordList) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // The last non-blank line seen: its span and whether it ends with an ellipsis.
    let mut before: Option<(usize, usize, bool)> = None;
    let mut at = 0;
    for line in rules.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let link = t.chars().count() <= MAX_LINK && read_more.occurs_in(t);
        if let (true, Some((s, e, true))) = (link, before) {
            out.push((s, e));
        }
        // A longer line closed by the link itself (…相隔最少14日。 read more): a teaser
        // whose link the page kept on its line.
        let closing = t.trim_end_matches(|c: char| LINK_MARKS.contains(c) || c.is_whitespace());
        // Lower case only where there is an upper-case letter (most lines have none).
        let lower = closing
            .bytes()
            .any(|b| b.is_ascii_uppercase())
            .then(|| closing.to_ascii_lowercase());
        if !link && read_more.ends(lower.as_deref().unwrap_or(closing)) {
            out.push((start, start + line.trim_end().len()));
            // The teased article's headline right above it: a short line not closed
            // as a sentence is.
            if let Some((s, e, _)) = before.filter(|&(s, e, _)| {
                let h = rules[s..e].trim();
                h.chars().count() <= MAX_LINK
                    && !h.chars().next_back().is_some_and(crate::split::is_terminal)
            }) {
                out.push((s, e));
            }
        }
        let ellipsis = t.ends_with("...") || t.ends_with('…');
        // A sentence closed and then cut by the site (…用电无忧。...): an author ends a
        // sentence once; the ellipsis after it marks an excerpt of another article.
        let closed = (t.trim_end_matches(['.', '…']).chars().next_back())
            .is_some_and(crate::split::is_terminal);
        if ellipsis && closed {
            out.push((start, start + line.trim_end().len()));
        }
        before = Some((start, start + line.trim_end().len(), ellipsis));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::split_sentences;

    fn copies(text: &str) -> Vec<bool> {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let words = pats.cues.at(crate::cue!("figure.read_more"));
        copied_sentences(&split_sentences(text), text, words)
    }

    #[test]
    fn a_repeated_line_is_a_copy_after_its_first_time() {
        let text = "某县今年接待游客120万人次，同比增长8.5%。旅游收入达9亿元。\n其他。\n\
                    某县今年接待游客120万人次，同比增长8.5%。 旅游收入达9亿元。\n";
        assert_eq!(copies(text), vec![false, false, false, true, true]);
    }

    #[test]
    fn a_sentence_repeated_inside_another_paragraph_stays() {
        let text = "某县今年接待游客120万人次，同比增长8.5%。旅游收入达9亿元。\n\
                    全年接待过夜游客30万人次。某县今年接待游客120万人次，同比增长8.5%。\n";
        assert!(copies(text).is_empty());
    }

    #[test]
    fn short_repeats_and_distinct_sentences_are_no_copies() {
        // A short clause may come back meaning another thing; no copy at all → empty.
        let text = "工业增加值同比增长5%。\n投资同比增长5%。\n同比增长5%。\n同比增长5%。\n";
        assert!(copies(text).is_empty());
    }

    #[test]
    fn a_cut_line_before_a_read_more_link_is_a_teaser() {
        let text = "某市一季度完成投资50亿元。\n-\n某银行预计全年收入增长3%，该行指出...\n\
                    2025-01-02 阅读全文 >>\n某县去年产粮8万吨。\n阅读全文\n";
        // The teaser line (its one sentence) only: the uncut line before the last link is
        // the text's own.
        assert_eq!(copies(text), vec![false, false, true, false, false, false]);
    }

    #[test]
    fn an_ellipsis_after_a_closed_sentence_marks_an_excerpt() {
        let text = "某县今年完成造林1.2万亩。\n\
                    3 某市新能源汽车出口增长六成。某市前10个月出口汽车2万辆。...\n\
                    某县去年产粮8万吨，其中小麦3万吨……\n";
        // The excerpt's two sentences and its ellipsis; a line whose last sentence is open
        // before its ellipsis is the author's.
        assert_eq!(copies(text), vec![false, true, true, true, false]);
    }

    #[test]
    fn a_teasers_headline_above_it_goes_with_it() {
        let text = "某县今年完成造林1.2万亩，森林覆盖率达到45%，同比提高0.8个百分点。\n\
                    邻县新建温室大棚300座\n\
                    近日，邻县农业农村局组织专家对新建的温室大棚进行验收，项目总投资1.5亿元。 [详细] -\n\
                    某县去年产粮8万吨。\n";
        assert_eq!(copies(text), vec![false, true, true, true, false]);
    }

    #[test]
    fn headlines_stamped_with_the_same_date_after_the_text_are_a_list() {
        let text = "某县今年完成造林1.2万亩，森林覆盖率达到45%，同比提高0.8个百分点。\n\
                    邻市新建充电桩500个\n2025-12-01\n\
                    远郊水库蓄水量增加20%\n2025-12-01\n";
        let c = copies(text);
        assert_eq!(c, vec![false, true, true, true, true]);
        // Readers' comments: the name and the stamp with its time; the comment stays.
        let text = "某县今年完成造林1.2万亩，森林覆盖率达到45%，同比提高0.8个百分点。\n\
                    1. 小王\n2022 年 6 月 29 日 at 10:20\n真不错。\n\
                    2. 老李\n2022 年 6 月 29 日 at 11:05\n";
        let c = copies(text);
        assert_eq!(c, vec![false, true, true, false, true, true]);
        // One date alone after the text (the release's signature) is no list.
        let text = "某县今年完成造林1.2万亩，森林覆盖率达到45%，同比提高0.8个百分点。\n\
                    某县林业局\n2025年12月1日\n";
        assert!(copies(text).iter().all(|c| !c));
    }

    #[test]
    fn a_line_closed_by_a_read_more_link_is_a_teaser() {
        let text = "某县今年完成造林1.2万亩。
\
                    某市明日起开放预约，首批名额3000个。市民须于5月9日前登记。 Read More »
\
                    某县去年产粮8万吨。\n";
        assert_eq!(copies(text), vec![false, true, true, true, false]);
    }
}

/// Sentences before and after a headline searched for its figures.
const HEADLINE_REACH: usize = 30;

/// A figure as compared between a headline and the prose: kind, value, upper end, unit.
type Key = (Kind, Value, Option<Value>, String);

fn key(f: &Fact) -> Key {
    (f.kind, f.value.clone(), f.value_max.clone(), f.unit.clone())
}

/// Whether fact `f` states the figure `k` (compared in place, nothing copied).
fn states(f: &Fact, k: &Key) -> bool {
    f.kind == k.0 && f.value == k.1 && f.value_max == k.2 && f.unit == k.3
}

/// A sentence's rows held back while a headline before it waits for its prose.
struct Held {
    sentence: usize,
    headline: bool,
    facts: Vec<Fact>,
    entities: Vec<Entity>,
}

/// The rows of a document's sentences on their way out, in order, with the figures of
/// headlines that the prose within [`HEADLINE_REACH`] sentences states again dropped.
/// Holds at most the sentences since the oldest headline still in reach.
#[derive(Default)]
pub struct Headlines {
    held: VecDeque<Held>,
    /// Figures of recent prose sentences, with their sentence number.
    prose: VecDeque<(usize, Key)>,
}

impl Headlines {
    /// Takes sentence `sentence`'s rows (`headline`: it is a headline line), dropping
    /// copies, and passes on to `each` the rows no headline in reach waits for.
    pub fn push(
        &mut self,
        (sentence, headline): (usize, bool),
        mut facts: Vec<Fact>,
        entities: Vec<Entity>,
        each: &mut dyn FnMut(Vec<Fact>, Vec<Entity>),
    ) {
        let reach = sentence.saturating_sub(HEADLINE_REACH);
        while self.prose.front().is_some_and(|(s, _)| *s < reach) {
            self.prose.pop_front();
        }
        if headline {
            facts.retain(|f| !self.prose.iter().any(|(_, k)| states(f, k)));
        } else {
            for f in &facts {
                let k = key(f);
                for h in self.held.iter_mut().filter(|h| h.headline) {
                    h.facts.retain(|hf| !states(hf, &k));
                }
                self.prose.push_back((sentence, k));
            }
        }
        let waits = headline && !facts.is_empty();
        if waits || !self.held.is_empty() {
            self.held.push_back(Held {
                sentence,
                headline,
                facts,
                entities,
            });
        } else if !facts.is_empty() || !entities.is_empty() {
            each(facts, entities);
        }
        while let Some(h) = self.held.front() {
            if h.headline && !h.facts.is_empty() && h.sentence + HEADLINE_REACH >= sentence {
                break;
            }
            let h = self
                .held
                .pop_front()
                .expect("a held sentence was just seen");
            if !h.facts.is_empty() || !h.entities.is_empty() {
                each(h.facts, h.entities);
            }
        }
    }

    /// Passes on every row still held (at the document's end).
    pub fn finish(&mut self, each: &mut dyn FnMut(Vec<Fact>, Vec<Entity>)) {
        for h in self.held.drain(..) {
            if !h.facts.is_empty() || !h.entities.is_empty() {
                each(h.facts, h.entities);
            }
        }
        self.prose.clear();
    }
}
