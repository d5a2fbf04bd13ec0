//! Subject attribution: which noun phrase a figure measures. Takes the sentence's
//! tokens (segmented with every figure masked, so figures always sit on token
//! boundaries) and a figure's char span; returns a short subject, cut from the sentence
//! as written.
//!
//! Rules, in order (each a general phenomenon with a test below):
//! 1. 分别 lists: 高血压、糖尿病患者规范管理率分别为78.5%和76.2% give the i-th value
//!    the i-th item.
//! 2. A figure followed by 的 modifies the phrase after it (总投资约86亿元的龙泉抽水蓄能
//!    电站 → 龙泉抽水蓄能电站总投资).
//! 3. A noun phrase right after the figure and its unit (326个充电桩, 年产60万吨纳米级
//!    碳酸钙, 150MW风力发电项目) is what is counted or produced.
//! 4. A figure whose clause already holds an earlier figure (由2万吨提高到4万吨), or
//!    whose phrase is a comparison (比去年同期增加, 较去年提高), measures the same thing
//!    as the previous figure.
//! 5. Otherwise the phrase before the figure in its clause (城市建设完成投资12.8亿元),
//!    without leading time/place/adverbial words and trailing link verbs (达, 为, 约),
//!    extended over a figure that modifies it (总投资10亿元以上的项目).
//! 6. A bare attribute (储量, 总投资, 增长 …) gets its owner in front: the previous
//!    figure's subject, or the topic noun phrase of the previous clause.
//!
//! Clauses end at punctuation; 、 ends a clause only between items that carry figures
//! (在建项目3个、待建项目4个), not inside a plain noun list (枣片、枣粉的比例).
//!
//! The words the rules look for (lead and link words, attributes, change words, 分别, 的 …)
//! are the `subject.*` rules of `patterns/cues.tsv`, reached through [`Sentence::cues`].

use super::index::IndexRules;
use super::text::Folded;
use crate::patterns::{Cues, Kind, WordList};
use crate::segment::Token;

mod category;
mod group;
pub use category::{in_breakdown, is_bare_category_change, is_category_measure, sibling_part};
pub use group::{bare_share, group_member, GroupHeading, MeasureHeading};

/// Words of a relative clause between a count and the 的 before what it counts.
const MAX_RELATIVE_TOKENS: usize = 8;
/// Nouns between a preposition and the verb it marks for a doer's event (将该案件移送).
const MAX_MARKED_NOUNS: usize = 4;
/// Longest subject, in chars, before a phrase is cut from the left.
const MAX_CHARS: usize = 14;
/// The same for a compound of common nouns alone (城乡居民基本医疗保险基金总收入).
const MAX_NOUN_CHARS: usize = 18;
/// The same for a share (…的比例), which names its population and its part.
const MAX_RATIO_CHARS: usize = 24;

/// The first of `toks` a subject cut at token `first` starts with when the cut falls
/// inside a compound of common nouns alone (城乡居民/基本/医疗保险/基金/总收入): the nouns
/// before it too, while `fits` the phrase from them, for the compound is one name. A noun
/// right after an adverb (积极/谋划/n) is used as a verb and no part of it. `toks` are
/// the phrase's tokens in a row; `cs` is the clause's start, read only for the token
/// before them.
fn compound_start(
    s: &Sentence,
    cs: usize,
    toks: &[crate::segment::Token],
    mut first: usize,
    fits: impl Fn(usize) -> bool,
) -> usize {
    let noun = |t: &crate::segment::Token| matches!(t.tag, "n" | "vn" | "nz");
    if !toks[first..].iter().all(noun) {
        return first;
    }
    // The token before `toks[k]`: the one before it in the row, past the row's start
    // the clause's.
    let adverb_before = |k: usize| {
        let before = match k {
            0 => tokens_in(s, cs, toks[0].start).last().map(|t| t.tag),
            _ => Some(toks[k - 1].tag),
        };
        before.is_some_and(|tag| matches!(tag, "d" | "ad"))
    };
    let named = |k: usize| matches!(toks[k].tag, "n" | "nz") && !adverb_before(k);
    while first > 0 && named(first - 1) && fits(toks[first - 1].start) {
        first -= 1;
    }
    first
}

/// Delimiters that always end a clause.
pub fn is_delim(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '；' | ';' | '：' | ':' | '。' | '！' | '？' | '!' | '?' | '\n' | '—' | '、'
    )
}

/// A figure in the sentence: char span.
pub type Span = (usize, usize);

/// What the subject rules see of one sentence.
pub struct Sentence<'a> {
    /// The folded sentence.
    pub f: &'a Folded,
    /// The sentence as written, by char.
    pub orig: &'a [char],
    /// The folded sentence, by char (made once per sentence: [`clause`] runs several
    /// times per figure).
    pub chars: &'a [char],
    /// Tokens of the sentence with figures masked.
    pub toks: &'a [Token<'a>],
    /// All figures of the sentence, in text order.
    pub figures: &'a [Span],
    /// The cue word lists; the rules read the `subject.*` ones.
    pub cues: &'a Cues,
    /// The rules read a simplified copy of the sentence (it is written in traditional
    /// characters): subjects cut from it are compared in simplified form.
    pub traditional: bool,
}

impl<'a> Sentence<'a> {
    /// The word list of cue rule `rule` (one of the `subject.*` rules of cues.tsv). A hash
    /// lookup: fetch a list once per call, not once per token.
    pub(crate) fn list(&self, rule: crate::patterns::Rule) -> &'a WordList {
        self.cues.at(rule)
    }
}

/// The earliest occurrence in `s` of a word of `list`: (byte offset, word); on a tie the
/// word first in file order.
fn find_word<'w>(list: &'w WordList, s: &str) -> Option<(usize, &'w str)> {
    if !list.may_occur_in(s) {
        return None;
    }
    list.iter()
        .filter_map(|w| s.find(w).map(|k| (k, w)))
        .min_by_key(|&(k, _)| k)
}

/// The earliest 分别 word (`subject.respectively`) in `head`, found on the rules' form
/// (分別 of a traditional page reads 分别): (byte offset in `head`, word).
fn find_respectively<'a>(s: &Sentence<'a>, head: &str) -> Option<(usize, &'a str)> {
    let rule = rule_form(s.traditional, head);
    let (k, word) = find_word(s.list(crate::cue!("subject.respectively")), &rule)?;
    let n = rule[..k].chars().count();
    let k = head.char_indices().nth(n).map_or(head.len(), |(b, _)| b);
    Some((k, word))
}

/// The length in chars of the word of `list` that `rest` starts with (first in file
/// order), if any.
fn prefix_chars(list: &WordList, rest: &str) -> Option<usize> {
    list.prefix_of(rest).map(|w| w.chars().count())
}

fn is_figure(s: &Sentence, a: usize, b: usize) -> bool {
    s.figures.iter().any(|&(fa, fb)| a < fb && fa < b)
}

/// Whether char `i` is a colon closing a label or a list's lead (not inside a figure).
fn label_colon(s: &Sentence, i: usize) -> bool {
    matches!(s.chars[i], '：' | ':') && !is_figure(s, i, i + 1)
}

/// Whether char `at` lies inside a title in book brackets (《2030年前碳达峰行动方案》).
fn in_book_title(s: &Sentence, at: usize) -> bool {
    let before = &s.chars[..at.min(s.chars.len())];
    before
        .iter()
        .rposition(|&c| c == '《')
        .is_some_and(|k| !before[k..].contains(&'》'))
}

/// Whether `[a, b)` holds a figure outside book titles.
fn is_plain_figure(s: &Sentence, a: usize, b: usize) -> bool {
    (s.figures.iter()).any(|&(fa, fb)| a < fb && fa < b && !in_book_title(s, fa))
}

fn text(s: &Sentence, a: usize, b: usize) -> String {
    let b = b.min(s.orig.len());
    s.orig[a.min(b)..b].iter().collect()
}

/// The clause around char span `[a, b)`: (start, end) chars.
pub fn clause(s: &Sentence, a: usize, b: usize) -> (usize, usize) {
    let chars = s.chars;
    let n = chars.len();
    // 、 separates items only when the stretch it closes carries a figure.
    let breaks = |i: usize| {
        let c = chars[i];
        // Most chars are no delimiter: tell them before looking at the figures.
        if !is_delim(c) {
            return false;
        }
        // A delimiter inside a figure (the colons of 9.1:40.2:50.7) ends no clause.
        if is_figure(s, i, i + 1) {
            return false;
        }
        if c != '、' {
            return is_delim(c);
        }
        if whole_name_across(s, i).is_some() {
            return false;
        }
        let prev = chars[..i]
            .iter()
            .rposition(|&c| is_delim(c) && c != '、')
            .map_or(0, |p| p + 1);
        let next = chars[i + 1..]
            .iter()
            .position(|&c| is_delim(c) && c != '、')
            .map_or(n, |p| i + 1 + p);
        is_figure(s, prev, i) && is_figure(s, i + 1, next)
    };
    let start = (0..a.min(n))
        .rev()
        .find(|&i| breaks(i))
        .map_or(0, |p| p + 1);
    let end = (b.min(n)..n).find(|&i| breaks(i)).unwrap_or(n);
    (start, end)
}

/// `p` with a run of two chars or more written twice in a row said once (对外承包工程营业额
/// 对外承包工程营业额增长 → 对外承包工程营业额增长, 第二产业同比同比下降 → 第二产业同比下降):
/// two rules each handing on the same words. Runs holding a digit (2020) stay.
pub fn without_doubled(p: &str) -> String {
    let mut c: Vec<char> = p.chars().collect();
    'again: loop {
        for n in (2..=c.len() / 2).rev() {
            for i in 0..=c.len() - 2 * n {
                let run = &c[i..i + n];
                if run == &c[i + n..i + 2 * n] && !run.iter().any(char::is_ascii_digit) {
                    c.drain(i + n..i + 2 * n);
                    continue 'again;
                }
            }
        }
        return c.into_iter().collect();
    }
}

/// The start of a `subject.whole_name` name (an official name with 、 inside:
/// 信息传输、软件和信息技术服务业) written across char `i` of the sentence: starting before
/// `i` and ending after it.
fn whole_name_across(s: &Sentence, i: usize) -> Option<usize> {
    let names = s.list(crate::cue!("subject.whole_name"));
    let chars = s.chars;
    // A name holds no delimiter but 、: it starts after the last other one before `i`.
    let from = chars[..i.min(chars.len())]
        .iter()
        .rposition(|&c| is_delim(c) && c != '、')
        .map_or(0, |p| p + 1);
    (from..i.min(chars.len())).find(|&a| {
        names.may_start(chars[a])
            && (names.entries_starting(s.f.slice(a, chars.len())))
                .any(|(w, _)| a + w.chars().count() > i)
    })
}

fn nominal(t: &Token) -> bool {
    let tag = t.tag;
    tag.starts_with('n')
        || matches!(
            tag,
            "vn" | "an" | "j" | "l" | "eng" | "b" | "s" | "i" | "g" | "zg"
        )
        || (tag == "m" && t.word.chars().all(|c| !c.is_ascii_digit()) && t.word.chars().count() > 1)
}

/// A verb jieba tags as such that is no change or link word (接获, 始建; not 增长, 为).
fn plain_verb(s: &Sentence, t: &Token) -> bool {
    let w = rule_form(s.traditional, t.word);
    t.tag == "v"
        && !s.list(crate::cue!("subject.change")).contains(&w)
        && !s.list(crate::cue!("subject.link")).contains(&w)
}

fn blank(t: &Token) -> bool {
    t.tag == "x" || t.word.trim().is_empty()
}

/// Tokens inside `[a, b)`, figure masks and blanks dropped.
fn tokens_in<'a>(s: &Sentence<'a>, a: usize, b: usize) -> Vec<Token<'a>> {
    within(s.toks, a, b)
        .iter()
        .filter(|t| t.start >= a && t.end <= b && !blank(t))
        .copied()
        .collect()
}

/// The run of `toks` that may lie inside `[a, b)`: tokens come in text order, each
/// starting where the one before ends, so those inside are one run, found by two binary
/// searches instead of a pass over the sentence's tokens.
fn within<'t, 'a>(toks: &'t [Token<'a>], a: usize, b: usize) -> &'t [Token<'a>] {
    let from = toks.partition_point(|t| t.start < a);
    let to = toks.partition_point(|t| t.end <= b).max(from);
    &toks[from..to]
}

/// True when the figure at char `at` ends with a classifier of items (15个, 3家, 2座).
/// `classifiers` is the `subject.item_classifier` list.
fn counts_items(s: &Sentence, classifiers: &WordList, at: usize) -> bool {
    s.figures
        .iter()
        .find(|&&(a, b)| a <= at && at < b)
        .is_some_and(|&(a, b)| classifiers.ends(s.f.slice(a, b)))
}

/// Noun phrase right after `pos`: nominal tokens, with figures, numbers and joiners
/// (`subject.name_joiner`: 沁河至阳城一级公路, 2×66万千瓦) inside it (not at its end), up to
/// the first other token.
fn phrase_after(s: &Sentence, pos: usize, end: usize, max_tokens: usize) -> Option<(usize, usize)> {
    let toks: Vec<Token> = within(s.toks, pos, end)
        .iter()
        .filter(|t| t.start >= pos && t.end <= end)
        .copied()
        .collect();
    let first = toks.first()?;
    // A locative of span right after the figure (5年内, 三十天内: `subject.span_locative`)
    // bounds it; it names no thing.
    let spans = s.list(crate::cue!("subject.span_locative"));
    if spans.contains(&rule_form(s.traditional, first.word)) {
        return None;
    }
    // The rest of a time word the figure cut (前一年/度: `subject.time_suffix`) opens none.
    if first.start == pos && ends_time_figure(s, first) {
        return None;
    }
    // A hedge opening the phrase (约2公斤涉嫌毒品: `subject.hedge_word`) qualifies the noun
    // after it: the phrase runs from the hedge over the noun phrase after it.
    let hedges = s.list(crate::cue!("subject.hedge_word"));
    if first.start == pos && hedges.contains(&rule_form(s.traditional, first.word)) {
        let next = toks.get(1).filter(|t| t.start == first.end)?;
        return phrase_after(s, next.start, end, max_tokens).map(|(_, b)| (pos, b));
    }
    // A verbal noun before a link word is the predicate (调整为, 提高到), not a thing.
    let link = s.list(crate::cue!("subject.link"));
    if first.tag == "vn" && toks.get(1).is_some_and(|t| link.contains(t.word)) {
        return None;
    }
    // An adjective may open the phrase when a noun follows (30万吨新材料), and so may a
    // verb of a compound closing the clause (1.5万个就业/v 岗位/n).
    let opens = nominal(first)
        || (first.tag == "a" && toks.get(1).is_some_and(nominal))
        || verb_opens_compound(s, pos, &toks, end);
    if first.start != pos {
        return None;
    }
    if !opens {
        return (counted_verb(s, pos, &toks).map(|b| (pos, b)))
            .or_else(|| relative_head(s, pos, &toks, end));
    }
    let mut last = first.end;
    let mut prev_one_char_noun =
        (first.tag.starts_with('n') || first.tag == "zg") && first.word.chars().count() == 1;
    let mut taken = 1;
    let classifiers = s.list(crate::cue!("subject.item_classifier"));
    let joiners = s.list(crate::cue!("subject.name_joiner"));
    let items = s.list(crate::cue!("subject.item_joiner"));
    for (i, t) in toks.iter().enumerate().skip(1) {
        let masked = blank(t) && is_figure(s, t.start, t.end);
        // A joiner before an item with a figure of its own (1.8万吨汽车涂料和0.2万吨水性
        // 涂料, 护岸工程和总面积2.3万平方米的码头) ends the phrase: that is another item.
        if items.contains(t.word) && next_item_has_figure(s, &toks[i + 1..]) {
            break;
        }
        // A count starts an item of its own (途经3个乡镇15个村: 3个 counts 乡镇 only).
        if masked && counts_items(s, classifiers, t.start) {
            break;
        }
        // A word jieba reads as a time or locative inside a name (省级/现代/竹/产业基地,
        // 区级/以上/农业/龙头企业: `subject.np_inner`) goes on when a noun follows, and
        // counts no word of its own.
        let within_name = s
            .list(crate::cue!("subject.np_inner"))
            .contains(&rule_form(s.traditional, t.word))
            && toks.get(i + 1).is_some_and(nominal);
        // A masked figure is one word however many chars it has.
        if !masked && !within_name {
            taken += 1;
            if taken > max_tokens {
                last = cut_attribute(&toks[..i], t, last);
                break;
            }
        }
        let inner = masked || matches!(t.tag, "m" | "q" | "mq") || joiners.contains(t.word);
        // A verbal noun after a one-char noun starts the predicate (6个村发展特色产业).
        if t.tag == "vn" && prev_one_char_noun {
            break;
        }
        prev_one_char_noun =
            (t.tag.starts_with('n') || t.tag == "zg") && t.word.chars().count() == 1;
        if nominal(t) || verb_in_compound(s, &toks, i, end) || case_verb(s, (pos, &toks), i, end) {
            last = t.end;
        } else if !inner && !within_name {
            break;
        }
    }
    Some((first.start, last))
}

/// Whether the verb `toks[i]` heads the rest of a compound noun closing the clause at char
/// `end`: a verb of two chars or more, no change or link word, right before one noun of
/// two chars or more that is the clause's last word.
fn compound_verb(s: &Sentence, toks: &[Token], i: usize, end: usize) -> bool {
    let t = &toks[i];
    let word = rule_form(s.traditional, t.word);
    let noun_after = toks
        .get(i + 1)
        .is_some_and(|n| n.tag.starts_with('n') && n.word.chars().count() >= 2 && n.start == t.end);
    // The noun is the clause's last word: it ends at `end` or only delimiters follow.
    let closes = toks.get(i + 1).is_some_and(|n| n.end == end)
        || toks
            .get(i + 2)
            .is_none_or(|n| n.word.chars().all(|c| is_delim(c) || c.is_whitespace()));
    t.tag == "v"
        && t.word.chars().count() >= 2
        && noun_after
        && closes
        && !s.list(crate::cue!("subject.change")).contains(&word)
        && !s.list(crate::cue!("subject.link")).contains(&word)
}

/// Whether the verb `toks[i]` closes, right after a noun of two chars, the phrase after
/// a count of cases ending at char `pos` (17691宗公众查询, 300宗市民投诉:
/// `subject.case_classifier`): the verbal noun of the cases counted, closing the clause
/// at char `end`.
fn case_verb(s: &Sentence, (pos, toks): (usize, &[Token]), i: usize, end: usize) -> bool {
    let cases = s.list(crate::cue!("subject.case_classifier"));
    let counted = (s.figures.iter())
        .any(|&(_, b)| b == pos && cases.ends(&rule_form(s.traditional, s.f.slice(b - 1, b))));
    let t = &toks[i];
    let word = rule_form(s.traditional, t.word);
    let closes = toks
        .get(i + 1)
        .is_none_or(|n| n.start >= end || n.word.chars().all(is_delim));
    counted
        && i > 0
        && t.tag == "v"
        && t.word.chars().count() == 2
        && nominal(&toks[i - 1])
        && toks[i - 1].word.chars().count() == 2
        && toks[i - 1].end == t.start
        && closes
        && !s.list(crate::cue!("subject.change")).contains(&word)
        && !s.list(crate::cue!("subject.link")).contains(&word)
}

/// Whether the verb `toks[i]` sits inside a compound noun that closes the clause at char
/// `end` ([`compound_verb`]) after a verbal noun or a noun of two chars or more (经营/vn
/// 开发/v 用地, 10个消费/扶贫/专区, 产业/示范/基地); a verb after a one-char noun starts the
/// predicate (6个乡镇/发展/产业, 村/发展/产业).
fn verb_in_compound(s: &Sentence, toks: &[Token], i: usize, end: usize) -> bool {
    let before = |p: &Token| p.tag == "vn" || nominal(p) && p.word.chars().count() >= 2;
    // A generic item (项目, 重点项目, 企业) heads no compound: a verb after it is the
    // predicate (8个项目覆盖全县).
    let generic = s.list(crate::cue!("subject.generic_item"));
    i > 0
        && before(&toks[i - 1])
        && !generic.ends(&rule_form(s.traditional, toks[i - 1].word))
        && toks[i - 1].end == toks[i].start
        && compound_verb(s, toks, i, end)
}

/// The head noun closing a relative clause after a count ending at char `pos` (接获300宗
/// 涉及个人资料的查询, 建成26个覆盖全县的充电站): the words after 的 (`subject.attributive`)
/// up to the clause's end at `end` are what is counted. The clause before 的 holds no
/// figure; one or two words follow it, nouns or verbs (a verb closing it names cases).
fn relative_head(s: &Sentence, pos: usize, toks: &[Token], end: usize) -> Option<Span> {
    let attributive = s.list(crate::cue!("subject.attributive"));
    let de = toks.iter().position(|t| attributive.contains(t.word))?;
    let head: Vec<&Token> = toks[de + 1..]
        .iter()
        .take_while(|t| t.start < end && !t.word.chars().all(is_delim))
        .collect();
    let (first, last) = (head.first()?, head.last()?);
    let modifier = &toks[..de];
    let word = |t: &&Token| nominal(t) || (t.tag.starts_with('v') && t.word.chars().count() >= 2);
    let plain = |t: &Token| !blank(t) && !matches!(t.tag, "m" | "x" | "uj" | "p" | "c");
    let ok = counted_at(s, pos)
        && (1..=MAX_RELATIVE_TOKENS).contains(&de)
        && modifier.iter().all(plain)
        && modifier.windows(2).all(|w| w[0].end == w[1].start)
        && first.start == toks[de].end
        && head.len() <= 2
        && head.iter().all(word)
        && (nominal(last) || last.tag.starts_with('v') && head.len() == 1)
        && (toks.iter())
            .skip(de + 1 + head.len())
            .all(|t| t.start >= end || t.word.chars().all(is_delim));
    ok.then_some((first.start, last.end))
}

/// Whether a count (个, 家; of cases: 宗, 件) ends at char `pos`.
fn counted_at(s: &Sentence, pos: usize) -> bool {
    let classifiers = s.list(crate::cue!("subject.item_classifier"));
    let cases = s.list(crate::cue!("subject.case_classifier"));
    let bounds = s.list(crate::cue!("bound.after"));
    (s.figures.iter()).any(|&(a, b)| {
        let f = s.f.slice(a, b);
        let f = bounds.suffix_of(f).map_or(f, |w| &f[..f.len() - w.len()]);
        b == pos && (classifiers.ends(f) || cases.ends(&rule_form(s.traditional, f)))
    })
}

/// Whether the verb opening `toks` (after a count ending at `pos`) heads a compound noun
/// closing the clause ending at `end` (1.5万个就业/v 岗位/n。: [`compound_verb`]).
fn verb_opens_compound(s: &Sentence, pos: usize, toks: &[Token], end: usize) -> bool {
    // Only after a count (个, 家; of cases: 宗, 件): after a measure (5000亩种植艾草) the
    // verb is its use.
    counted_at(s, pos) && !toks.is_empty() && compound_verb(s, toks, 0, end)
}

/// Where a phrase ending at `last` ends when the token limit cuts it before `next`: a
/// one-char attribute closing it right before that word (项目总/b|投资: 总投资) opens the
/// word cut off, so it goes too (21个某产业项目总投资… → 某产业项目).
fn cut_attribute(taken: &[Token], next: &Token, last: usize) -> usize {
    match taken {
        [.., before, t]
            if t.end == last
                && t.end == next.start
                && t.tag == "b"
                && t.word.chars().count() == 1
                && before.end == t.start =>
        {
            before.end
        }
        _ => last,
    }
}

/// The end of the verbs jieba tags as such that alone close the clause after a count with
/// its classifier (处理1200宗申请。, 接获300宗贪污投诉。): after a classifier they are the
/// thing counted; `toks` are the tokens after the figure ending at char `pos`. A bracketed
/// aside right after them (…投诉（不包括…）较前年…) closes them too. None for a change or
/// link word, or a run of one char.
fn counted_verb(s: &Sentence, pos: usize, toks: &[Token]) -> Option<usize> {
    let words: Vec<&Token> = toks
        .iter()
        .take_while(|t| !matches!(t.word, "(" | "（"))
        .filter(|t| !blank(t) || is_figure(s, t.start, t.end))
        .collect();
    let (first, last) = (words.first()?, words.last()?);
    // A span of time (用2个月建成: `subject.span_unit`) counts no thing.
    let spans = s.list(crate::cue!("subject.span_unit"));
    let classifier = pos > 0
        && (s.figures.iter()).any(|&(a, b)| b == pos && !spans.ends(s.f.slice(a, b)))
        && s.f.char(pos - 1).is_some_and(|c| c as u32 >= 0x4e00);
    let joined = words.windows(2).all(|w| w[0].end == w[1].start);
    let plain = |t: &&Token| plain_verb(s, t);
    (first.start == pos
        && classifier
        && joined
        && words.iter().all(plain)
        && last.end - first.start >= 2
        && last.end - first.start <= MAX_CHARS)
        .then_some(last.end)
}

/// Whether the item starting at `toks` (after a joiner) holds a figure: one comes before
/// the first token that is neither nominal nor a number.
fn next_item_has_figure(s: &Sentence, toks: &[Token]) -> bool {
    for t in toks {
        if blank(t) && is_figure(s, t.start, t.end) {
            return true;
        }
        if !(nominal(t) || matches!(t.tag, "m" | "q" | "mq" | "a")) {
            return false;
        }
    }
    false
}

/// The phrase `np` after a figure, with an adjective that alone closes its clause (ending
/// at `ce`): the state the items counted reached (解决120个村民小组通畅 → 村民小组通畅).
fn with_state(s: &Sentence, (a, b): Span, ce: usize) -> Span {
    let rest: Vec<&Token> = (within(s.toks, b, ce).iter())
        .filter(|t| t.start >= b && t.end <= ce && !blank(t))
        .collect();
    match rest[..] {
        [t] if t.start == b && t.tag == "a" && t.word.chars().count() >= 2 => (a, t.end),
        _ => (a, b),
    }
}

/// Whether the words from a `subject.denominator` at char `at` to the figure at `pos` are
/// a denominator alone: a per phrase (每斤, 每月: `subject.per_quantity`, or another: 每千瓦时)
/// that only links, adverbs, modals and verbs of need follow (每斤为, 每斤可达, 每亩仅需:
/// `subject.per_link`, `subject.modal`, `subject.per_need`); not a per phrase before the measure's own words (每月工资, 每年可
/// 增收).
fn per_denominator(s: &Sentence, at: usize, pos: usize) -> bool {
    let rule = rule_form(s.traditional, s.f.slice(at, pos)).into_owned();
    let links = s.list(crate::cue!("subject.per_link"));
    let (needs, modals) = (
        s.list(crate::cue!("subject.per_need")),
        s.list(crate::cue!("subject.modal")),
    );
    // Words of the measure after the per phrase: no link, adverb, modal or verb of need.
    let measured = |t: &Token| {
        let w = rule_form(s.traditional, t.word);
        !links.contains(&w)
            && !needs.contains(&w)
            && !modals.contains(&w)
            && t.tag != "d"
            && (t.tag.starts_with('v') || t.tag.starts_with('n'))
    };
    let per = s.list(crate::cue!("subject.per_quantity")).prefix_of(&rule);
    let from = at + per.map_or(1, |w| w.chars().count());
    !tokens_in(s, at, pos)
        .iter()
        .any(|t| t.start >= from && measured(t))
}

/// Phrase before `pos` in the clause starting at `cs`: (start, end) chars, or None.
fn phrase_before(s: &Sentence, cs: usize, pos: usize) -> Option<(usize, usize)> {
    // A denominator (每斤, 每亩, 每平方米) qualifies the figure, not the subject; a per
    // phrase with the measure's noun or verb after it (每月工资, 每户增收) qualifies the
    // measure and stays (`per_denominator`).
    let head = s.f.slice(cs, pos);
    let denominator = (s.list(crate::cue!("subject.denominator")).iter())
        .filter_map(|w| head.rfind(w))
        .max();
    let pos = match denominator {
        Some(k)
            if head[k..].chars().count() <= 5
                && per_denominator(s, cs + head[..k].chars().count(), pos) =>
        {
            cs + head[..k].chars().count()
        }
        _ => pos,
    };
    let pos = before_examples(s, cs, pos);
    let mut toks = tokens_in(s, cs, pos);
    // Only what follows the last figure of the clause belongs to this figure.
    if let Some(&(_, fe)) = s
        .figures
        .iter()
        .rev()
        .find(|&&(fa, fe)| fa >= cs && fe <= pos)
    {
        toks.retain(|t| t.start >= fe);
    }
    let (link, lead) = (
        s.list(crate::cue!("subject.link")),
        s.list(crate::cue!("subject.lead")),
    );
    without_base_at_end(&mut toks);
    without_links_at_end(s, link, &mut toks);
    let lead = (0..toks.len())
        .position(|i| !opens_no_phrase(s, lead, &toks[i]) || negates(s, &toks, i))
        .unwrap_or(toks.len());
    let mut toks = &toks[lead..];
    // An opener ending with a copula (二是, 主要/是, 特别/是: `subject.copula`, jieba
    // glues an enumeration numeral to it) introduces the item: the subject starts after it.
    if let Some(k) = toks
        .iter()
        .take(MAX_OPENER_TOKENS)
        .position(|t| is_copula(s, t.word))
        .filter(|&k| k + 1 < toks.len())
    {
        toks = &toks[k + 1..];
    }
    let last = toks.last()?;
    // jieba glues a link verb to a measure suffix it does not know the word of
    // (参合/率达, 完成/额为): the link char is not part of the subject.
    let mut end = last.end;
    let measures = s.list(crate::cue!("subject.glued_measure"));
    let glued = (s.list(crate::cue!("subject.glued_link")).iter())
        .find(|l| (last.word.strip_suffix(l)).is_some_and(|m| measures.contains(m)));
    if let Some(l) = glued.filter(|_| toks.len() >= 2) {
        end -= l.chars().count();
    }
    // Cut from the left at a token boundary to keep it short; a share (…的比例) names
    // its population first (乡村医生中具备…资格的比例), so it may be longer.
    let ratio = s.list(crate::cue!("subject.share")).ends(last.word);
    let max = if ratio { MAX_RATIO_CHARS } else { MAX_CHARS };
    // A method phrase (按可比价格计算) and the comparison after a rate (增速|落后于…) take no room.
    let free = (
        method_span(s, toks[0].start, end),
        compared_from(s, toks[0].start, end),
    );
    let tail = change_tail(s, toks[0].start, end);
    let len_from = |a: usize| phrase_len(a, end, free).saturating_sub(tail);
    let fits =
        |t: &crate::segment::Token| len_from(t.start) <= max && end - t.start <= MAX_RATIO_CHARS;
    let first = toks.len() - toks.iter().rev().take_while(|t| fits(t)).count().max(1);
    let mut first = compound_start(s, cs, toks, first, |a| len_from(a) <= MAX_NOUN_CHARS);
    let mut start = toks[first].start;
    // A negation right before the cut (不/稳定斜坡) is part of the name: without it the
    // subject would name the opposite.
    if first > 0 && negates(s, toks, first - 1) {
        (start, first) = (toks[first - 1].start, first - 1);
    }
    // A cut that starts at a conjunction or particle (…和水的生产和供应业) splits a
    // coordinated name: take the whole phrase when it is not too long, else start after.
    let (joiners, t) = (s.list(crate::cue!("subject.item_joiner")), &toks[first]);
    if first > 0 && (joiners.contains(t.word) || matches!(t.tag, "c" | "uj")) {
        if len_from(toks[0].start) <= MAX_RATIO_CHARS {
            start = toks[0].start;
        } else if let Some(next) = toks.get(first + 1) {
            start = next.start;
        }
    }
    // A cut inside an official name (…软件和信息技术服务业) or enumeration takes it whole.
    start = (whole_name_across(s, start).filter(|&a| a >= toks[0].start)).unwrap_or(start);
    let start = enumeration_start(s, toks, first, start, |a| len_from(a) <= MAX_RATIO_CHARS);
    let start = size_scope_start(s, &toks[..first], start, |a| len_from(a) <= MAX_RATIO_CHARS);
    // A cut inside the phrase or aside starts after it (the rest of it is no name).
    let start = match free.0 {
        Some((ma, mb)) if ma < start && start < mb => mb,
        _ => start,
    };
    let start = category::size_class_start(s, toks, first, start);
    let start = after_doer(s, toks, first, after_having(s, toks, first, start));
    let start = after_inner_space(s, start, end);
    let start = after_cut_zone(s, toks, (first, start));
    Some((after_closed_aside(s, start, end), end))
}

/// The start of a phrase cut from the left at token `first` (char `start`) past the
/// kind of zone it opens with (经济技术开发区, 技术开发区: `entity.zone_kind` or its end)
/// and the time words after it: the cut took the zone's own name (太原), and its kind
/// alone names no place (太原经济技术开发区今年工业产值 → 工业产值).
fn after_cut_zone(s: &Sentence, toks: &[Token], (first, start): (usize, usize)) -> usize {
    let kinds = s.list(crate::cue!("entity.zone_kind"));
    if first == 0 || toks.get(first).is_none_or(|t| t.start != start) {
        return start;
    }
    let mut joined = String::new();
    let mut past = None;
    let most = super::entity::ZONE_KIND_TOKENS;
    for (k, t) in toks.iter().enumerate().skip(first).take(most) {
        joined.push_str(t.word);
        if joined.chars().count() >= 3 && kinds.iter().any(|z| z.ends_with(joined.as_str())) {
            past = Some(k + 1);
        }
    }
    let Some(mut k) = past else {
        return start;
    };
    while k + 1 < toks.len() && toks[k].tag == "t" {
        k += 1;
    }
    toks.get(k).map_or(start, |t| t.start)
}

/// Drops from the end of `toks` (a phrase before a figure) the words that link it to the
/// figure: link words (`link`), tail adverbs, ranks, particles and prepositions, a
/// classifier after a numeral, and a verbal noun with the complement of reaching after
/// it (发展/到: `subject.reach_complement`), which are the predicate.
fn without_links_at_end(s: &Sentence, link: &WordList, toks: &mut Vec<Token>) {
    let tails = s.list(crate::cue!("subject.tail_adverb"));
    let reach = s.list(crate::cue!("subject.reach_complement"));
    while let Some(t) = toks.last() {
        let n = toks.len();
        if n >= 3 && reach.contains(t.word) && toks[n - 2].tag == "vn" && toks[n - 2].end == t.start
        {
            toks.truncate(n - 2);
            continue;
        }
        let after_number = n >= 2 && toks[n - 2].tag == "m";
        let w = rule_form(s.traditional, t.word);
        if link.contains(&w)
            || tails.contains(&w)
            || is_rank(s, t.word)
            || matches!(t.tag, "p" | "uj" | "ul" | "c" | "y")
            || (t.tag == "q" && after_number)
        {
            toks.pop();
        } else {
            break;
        }
    }
}

/// `toks` without a comparison base at their end (由上年的, 比去年): a preposition and a
/// time word, and a particle after them.
fn without_base_at_end(toks: &mut Vec<Token>) {
    while toks.len() >= 3 && {
        let n = toks.len();
        matches!(toks[n - 1].tag, "uj" | "ul") && toks[n - 2].tag == "t" && toks[n - 3].tag == "p"
            || toks[n - 1].tag == "t" && toks[n - 2].tag == "p"
    } {
        let n = toks.len();
        let cut = if toks[n - 1].tag == "t" { 2 } else { 3 };
        toks.truncate(n - cut);
    }
}

/// Where the words before a figure at `pos` (clause from `cs`) end once a quoted example
/// and the 等 closing it are left out (已完成签约共有「某案」等10案 → 已完成签约共有): the
/// example names one of the things counted, not what the count measures.
fn before_examples(s: &Sentence, cs: usize, pos: usize) -> usize {
    let c = s.chars;
    let closes = s.list(crate::cue!("subject.example_close"));
    let ends = pos >= cs + 2
        && closes.contains(&c[pos - 1].to_string())
        && QUOTES.contains(&c[pos - 2])
        && c[pos - 2] != '"';
    if !ends {
        return pos;
    }
    // Every example of a list of them (「甲案」、「乙案」等).
    let mut end = pos - 2;
    loop {
        let Some(open) = (cs..end).rev().find(|&i| OPEN_QUOTES.contains(&c[i])) else {
            return pos;
        };
        let listed = open >= cs + 2 && c[open - 1] == '、' && QUOTES.contains(&c[open - 2]);
        if !listed {
            return if open > cs { open } else { pos };
        }
        end = open - 2;
    }
}

/// The start of a phrase cut from the left at `start`, right after a 、, inside an
/// enumeration closed by a `subject.enumeration_end` word (住宅、商贸等房地产开发项目): the
/// whole enumeration when it `fits` (each item as many tokens as the one after the cut),
/// else the words after the closing word (房地产开发项目), since one item names no group;
/// a cut at the closing word itself starts after it too.
fn enumeration_start(
    s: &Sentence,
    toks: &[Token],
    first: usize,
    start: usize,
    fits: impl Fn(usize) -> bool,
) -> usize {
    let ends = s.list(crate::cue!("subject.enumeration_end"));
    let after_comma = |a: usize| a > 0 && s.chars.get(a - 1) == Some(&'\u{3001}');
    if toks.get(first).is_none_or(|t| t.start != start) {
        return start;
    }
    // A cut right at the closing word: the group's name after it.
    if ends.contains(toks[first].word) {
        return toks.get(first + 1).map_or(start, |t| t.start);
    }
    if !after_comma(start) {
        return start;
    }
    let Some(close) = (toks[first..].iter()).position(|t| ends.contains(t.word)) else {
        return start;
    };
    let (close, width) = (first + close, close);
    if width == 0 || close + 1 >= toks.len() {
        return start;
    }
    // Walk back item by item while a 、 parts it from the one after.
    let mut at = first;
    while at >= width && after_comma(toks[at].start) && toks[at - 1].end + 1 == toks[at].start {
        let item = &toks[at - width..at];
        let joined = item.windows(2).all(|w| w[0].end == w[1].start);
        if !joined || !item.iter().all(nominal) {
            break;
        }
        at -= width;
    }
    // The first item starts the enumeration only after a word of another kind: a
    // preposition, a verb, a place (全县, 某某县) or no word (jieba cuts 高接换优 into
    // three words, so an item as wide as the next may be the tail of a longer one).
    let anaphors = s.list(crate::cue!("place.anaphor"));
    let opens = at == 0 || {
        let before = &toks[at - 1];
        before.end < toks[at].start
            || !nominal(before)
            || before.tag == "ns"
            || anaphors.contains(before.word)
    };
    if at < first && opens && fits(toks[at].start) {
        toks[at].start
    } else {
        toks[close + 1].start
    }
}

/// The length in chars of a change closing `[a, end)` (同比增长, 下降: `subject.change`): it
/// takes no room in the phrase, so the measure it changes keeps its full length
/// (城镇常住居民人均可支配收入同比增长).
fn change_tail(s: &Sentence, a: usize, end: usize) -> usize {
    let changes = s.list(crate::cue!("subject.change"));
    (changes.suffix_of(&rule_form(s.traditional, s.f.slice(a, end))))
        .map_or(0, |w| w.chars().count())
}

/// The start of `[start, end)` after its last space between two Chinese chars each side
/// (in the phrase): such a space parts a headline's pieces (…实现增长 某业增加值增长),
/// never the words of a name; one char before it (各 县区) may be a spaced-out word.
fn after_inner_space(s: &Sentence, start: usize, end: usize) -> usize {
    let cjk = |i: usize| {
        s.f.char(i)
            .is_some_and(|c| !c.is_ascii() && !c.is_whitespace())
    };
    (start + 2..end.saturating_sub(2))
        .rev()
        .find(|&i| {
            s.f.char(i).is_some_and(char::is_whitespace)
                && cjk(i - 2)
                && cjk(i - 1)
                && cjk(i + 1)
                && cjk(i + 2)
        })
        .map_or(start, |i| i + 1)
}

/// The start of a phrase cut from the left at `start` after a size class of units
/// (`subject.size_scope`: 限额以上, 规模以上) among the tokens cut off (`cut`): the class
/// tells the figure from the whole's (限额以上零售企业实现社会消费品零售总额 is not all
/// 企业's), so the phrase starts at it while it `fits`.
fn size_scope_start(
    s: &Sentence,
    cut: &[Token],
    start: usize,
    fits: impl Fn(usize) -> bool,
) -> usize {
    let scopes = s.list(crate::cue!("subject.size_scope"));
    (cut.iter())
        .find(|t| t.start < start && scopes.contains(&rule_form(s.traditional, t.word)))
        .map(|t| t.start)
        .filter(|&a| fits(a))
        .unwrap_or(start)
}

/// The subject of the count at `fig` listed right after the count of additions `prev`
/// (its span and subject, opening with a verb of addition: `subject.added_verb`, 新增):
/// a clause of a bare noun phrase and its figure alone (新增星级农家乐11家，床位741张)
/// names another thing added (新增床位). None when the clause holds anything but nouns
/// (其中, a verb, a total word), opens with a verbal noun, or its subject is not that
/// phrase.
pub fn added_item(s: &Sentence, prev: (Span, &str), fig: Span, subject: &str) -> Option<String> {
    let verbs = s.list(crate::cue!("subject.added_verb"));
    let verb = verbs.prefix_of(&rule_form(s.traditional, prev.1))?;
    let verb: String = prev.1.chars().take(verb.chars().count()).collect();
    let (cs, ce) = clause(s, fig.0, fig.1);
    let (_, pe) = clause(s, prev.0 .0, prev.0 .1);
    // Each figure closes its clause, and the two clauses are neighbours.
    let closes = |(a, b): Span, e: usize| e == b || (a < b && s.f.slice(b, e).trim().is_empty());
    if pe != prev.0 .1 || !closes(fig, ce) || cs != pe + 1 || !is_delim(s.f.char(pe)?) {
        return None;
    }
    let toks = tokens_in(s, cs, fig.0);
    let stops = s.list(crate::cue!("subject.added_stop"));
    let rule = rule_form(s.traditional, subject);
    // A verbal noun opening it is an action (培训农民工300人), not a thing added, and the
    // thing the additions counted counted again (新建幼儿园21所，改扩建幼儿园12所) is
    // counted for another action.
    let again = toks.last().is_some_and(|t| prev.1.ends_with(t.word));
    let bare = toks.first().is_some_and(|t| t.tag != "vn")
        && !again
        && toks.iter().all(nominal)
        && !stops.iter().any(|w| rule.contains(w));
    (bare && text(s, cs, fig.0) == subject).then(|| format!("{verb}{subject}"))
}

/// A subject `p` that opens with the whole of a bracketed aside of the figure's clause
/// (邮政行业业务收入(不包括某银行营业收入)累计完成…: 不包括某银行营业收入): what the aside
/// qualifies, the phrase right before its bracket, in its place (邮政行业业务收入, with
/// any change after it kept). `p` unchanged otherwise.
pub fn outside_aside(s: &Sentence, fig: Span, p: String) -> String {
    let (cs, _) = clause(s, fig.0, fig.1);
    let end = fig.0.min(s.orig.len());
    let written = &s.orig[cs.min(end)..end];
    let Some(open) = written.iter().rposition(|c| OPENERS.contains(c)) else {
        return p;
    };
    let Some(close) = (open + 1..written.len()).find(|&k| CLOSERS.contains(&written[k])) else {
        return p;
    };
    let inside: String = written[open + 1..close].iter().collect();
    if inside.chars().count() < 2 || !p.starts_with(&inside) {
        return p;
    }
    let Some((a, b)) = phrase_before(s, cs, cs + open) else {
        return p;
    };
    let owner = text(s, a, b);
    if owner.chars().count() < 2 || !tokens_in(s, a, b).iter().any(nominal) {
        return p;
    }
    balance_quotes(format!("{owner}{}", &p[inside.len()..]))
}

/// Opening and closing brackets of an aside or an enumerator, as the rules read them.
const OPENERS: &[char] = &['(', '（', '﹙', '【', '[', '〔'];
const CLOSERS: &[char] = &[')', '）', '﹚', '】', ']', '〕'];

/// The start of the phrase `[start, end)` after the last bracket it closes without
/// opening it: the tail of an enumerator ((二)全县… → 二)全县…) or of an aside whose
/// opening bracket a clause delimiter left outside (…,下同)一般公共预算收入) is no part
/// of the subject, which starts after it; `start` when no words follow the bracket.
fn after_closed_aside(s: &Sentence, start: usize, end: usize) -> usize {
    let mut depth = 0usize;
    let mut cut = None;
    for i in start..end {
        match s.f.char(i) {
            Some(c) if OPENERS.contains(&c) => depth += 1,
            Some(c) if CLOSERS.contains(&c) => match depth {
                0 => cut = Some(i + 1),
                _ => depth -= 1,
            },
            _ => {}
        }
    }
    match cut {
        Some(k) if s.f.slice(k, end).chars().any(|c| !c.is_whitespace()) => k,
        _ => start,
    }
}

/// Whether token `k` of `toks` is a negation (`subject.negation`: 不, 未, 非) that negates
/// the word right after it (不/稳定/斜坡, 未/完成/整改): it opens a phrase though it is an
/// adverb, for the phrase without it names the opposite. Not before an adverb, particle,
/// preposition or numeral (不/断 no negation; a bound 不/超过 closing the phrase is popped
/// with the link words before this is asked).
fn negates(s: &Sentence, toks: &[Token], k: usize) -> bool {
    let negations = s.list(crate::cue!("subject.negation"));
    let Some(next) = toks.get(k + 1) else {
        return false;
    };
    negations.contains(&rule_form(s.traditional, toks[k].word))
        && !matches!(next.tag, "d" | "p" | "c" | "uj" | "ul" | "x" | "m")
}

/// Whether the word `w` (rules' form) names an agency: it ends with a word of `agencies`
/// (`subject.agency_end`) and, when that word is one char (局, 厅), has two chars or more
/// before it (民政局, not 格局).
fn is_agency(agencies: &WordList, w: &str) -> bool {
    agencies.suffix_of(w).is_some_and(|a| {
        let n = a.chars().count();
        w.chars().count() >= n + if n == 1 { 2 } else { 0 }
    })
}

/// A phrase cut at token `first` of `toks` (starting at char `start`) that holds its
/// doer and the act before what is measured starts after them: after the last verb of
/// publishing (`subject.source_verb`, also glued to the word after it: 某局公布上月入境
/// 旅客 → 入境旅客) that nouns follow, and after an agency (`subject.agency_end`, an
/// organisation's name) with the adverbs or time words after it (`subject.doer_adverb`,
/// also glued to its verb: 某府将拨款 → 拨款, 某局今年拨款 → 拨款); then time words
/// opening what is left (`subject.time_lead`: 上月) and adverbs of effort
/// (`subject.doer_adverb`: 积极争取上级资金 → 争取上级资金) go too, when two chars or more
/// are left. `start` unchanged when none of them is there.
fn after_doer(s: &Sentence, toks: &[Token], first: usize, start: usize) -> usize {
    let rule = |t: &Token| rule_form(s.traditional, t.word).into_owned();
    let sources = s.list(crate::cue!("subject.source_verb"));
    let adverbs = s.list(crate::cue!("subject.doer_adverb"));
    let agencies = s.list(crate::cue!("subject.agency_end"));
    let toks_all = toks;
    let toks: Vec<&Token> = toks[first..].iter().filter(|t| t.start >= start).collect();
    let end = toks.last().map_or(start, |t| t.end);
    let mut start = start;
    // A verb of publishing with a noun after it: the source ends there.
    let source = (0..toks.len()).rev().find_map(|k| {
        let w = rule(toks[k]);
        let verb = sources.prefix_of(&w).filter(|_| !nominal(toks[k]))?;
        let glued = verb.len() < w.len();
        let nouns_after = toks[k + 1..].iter().any(|t| nominal(t));
        let at = toks[k].start + verb.chars().count();
        (nouns_after || glued && at + 2 <= end).then_some(at)
    });
    if let Some(at) = source {
        start = at;
    }
    if let Some(at) = after_speaker(s, toks_all, start) {
        start = start.max(at);
    }
    // An agency doing the act: the phrase starts after it and its adverbs.
    let agency = toks
        .iter()
        .position(|t| t.tag == "nt" || is_agency(agencies, &rule(t)))
        .filter(|&k| toks[..k].iter().all(|t| nominal(t)) && toks[k].start >= start);
    let times = s.list(crate::cue!("subject.time_lead"));
    let boundary = |at: usize| toks.iter().any(|t| t.start == at);
    // A time word (rules' form) starting at char `at` and ending at a word's end: its
    // length (not the 本年 of 本年度).
    let time_at = |at: usize| {
        let rest = rule_form(s.traditional, s.f.slice(at, end)).into_owned();
        let n = times.prefix_of(&rest)?.chars().count();
        boundary(at + n).then_some(n)
    };
    if let Some(k) = agency {
        let mut at = toks[k].end;
        while let Some(t) = toks.iter().find(|t| t.start == at) {
            if let Some(n) = time_at(at) {
                at += n;
                continue;
            }
            let w = rule(t);
            if t.tag == "t" || t.tag == "d" || adverbs.contains(&w) {
                at = t.end;
                continue;
            }
            // An adverb jieba glued to the verb after it (将拨款).
            if let Some(a) = adverbs.prefix_of(&w).filter(|_| t.tag == "v") {
                at = t.start + a.chars().count();
            }
            break;
        }
        if at > toks[k].end && at + 2 <= end {
            start = at;
        }
    }
    // Time words and adverbs of effort opening what is left.
    loop {
        let rest = rule_form(s.traditional, s.f.slice(start, end)).into_owned();
        // A time word ends at a word's end (not 本年度); an adverb of effort is two chars
        // or more (not the 共 of 共享) and may be glued to its verb.
        let time = time_at(start);
        let effort = adverbs.prefix_of(&rest).map(|w| w.chars().count());
        let Some(n) = time.or(effort.filter(|&n| n >= 2)) else {
            break;
        };
        if rest.chars().count() < n + 2 {
            break;
        }
        start += n;
    }
    start
}

/// The char after a speaker's verb of speech in `toks` (`subject.speech_verb`, a word of
/// its own: 局长王某指今年入境旅客…, 警方注意到…, 市长预估全年…) whose speaker stands right
/// before it (a person's or organisation's name, an agency, a noun ending with
/// `subject.speaker_end`: 局长, 警方, 发言人, or a name jieba split after such a title), when it ends after `start` and two chars or
/// more follow: neither the speaker nor the verb is part of what is measured.
fn after_speaker(s: &Sentence, toks: &[Token], start: usize) -> Option<usize> {
    let rule = |t: &Token| rule_form(s.traditional, t.word).into_owned();
    let verbs = s.list(crate::cue!("subject.speech_verb"));
    let enders = s.list(crate::cue!("subject.speaker_end"));
    let agencies = s.list(crate::cue!("subject.agency_end"));
    let speaker = |t: &Token| {
        let w = rule(t);
        matches!(t.tag, "nr" | "nrt" | "nt")
            || is_agency(agencies, &w)
            || (nominal(t) && enders.ends(&w))
    };
    let end = toks.last().map_or(start, |t| t.end);
    (1..toks.len()).rev().find_map(|k| {
        let t = &toks[k];
        // The verb may be split in two words (注意/到).
        let two = (toks.get(k + 1))
            .filter(|n| n.start == t.end && verbs.contains(&format!("{}{}", rule(t), rule(n))));
        let at = match two {
            Some(n) => n.end,
            None if verbs.contains(&rule(t)) => t.end,
            None => return None,
        };
        // A name jieba split after its title (处长/林/永和): one or two name parts.
        let titled = |j: usize| enders.ends(&rule(&toks[j]));
        let named = (toks[k - 1].tag.starts_with('n'))
            && (k >= 2 && titled(k - 2)
                || k >= 3 && toks[k - 2].tag.starts_with('n') && titled(k - 3));
        (at > start && at + 2 <= end && (speaker(&toks[k - 1]) || named)).then_some(at)
    })
}

/// Whether token `t` may stand before a phrase but opens none: a lead word (`lead`, the
/// `subject.lead` list), a time word, preposition, conjunction, particle or adverb, a
/// rank, an adverb of degree (显著上升: `subject.degree_adverb`), or a locative bounding
/// the span of a figure right before it (3年内实现产值: `subject.span_locative`).
fn opens_no_phrase(s: &Sentence, lead: &WordList, t: &Token) -> bool {
    let w = rule_form(s.traditional, t.word);
    let spans = s.list(crate::cue!("subject.span_locative"));
    lead.contains(&w)
        || s.list(crate::cue!("subject.degree_adverb")).contains(&w)
        || (spans.contains(&w) && s.figures.iter().any(|&(_, b)| b == t.start))
        || ends_time_figure(s, t)
        || matches!(t.tag, "t" | "p" | "c" | "uj" | "ul" | "d")
        || is_rank(s, t.word)
}

/// Whether the figure at `span` is a date (三季度, 1-5月: `subject.date_end`) opening the
/// clause from `cs` (lead words before it only) right before a verb and a noun of its own,
/// or before nouns closing with an attribute (2020年玉米种子产量), up to the figure at `to`:
/// the time of what the clause states (三季度实现税收…), no earlier figure of it.
fn dates_clause(s: &Sentence, (a, b): Span, (cs, to): (usize, usize)) -> bool {
    let f = rule_form(s.traditional, s.f.slice(a, b));
    let toks = tokens_in(s, b, to);
    let verb_next = toks
        .first()
        .is_some_and(|t| t.start == b && matches!(t.tag, "v" | "vn"));
    // 2020年玉米种子产量72万公斤: nouns closing with an attribute measure a thing of their
    // own (not an attribute alone: 前三季度产值增长 is the topic's).
    let between: String = toks.iter().map(|t| t.word).collect();
    let attrs = Attributes::of(s);
    let owner = attrs.strip(&between);
    let measure_next = (toks.first())
        .is_some_and(|t| t.start == b && (t.tag.starts_with('n') || t.tag == "m"))
        && owner.len() < between.len()
        && attrs.suffix(owner).is_none();
    // Only lead words (累计) may stand before the date in its clause.
    let leads = s.list(crate::cue!("subject.lead"));
    let led = || {
        (tokens_in(s, cs, a).iter())
            .all(|t| leads.contains(&rule_form(s.traditional, t.word)) || is_delim_word(t.word))
    };
    (after_leads(s, cs, a) == a || led())
        && (verb_next || measure_next)
        && toks.iter().any(nominal)
        && s.list(crate::cue!("subject.date_end")).ends(&f)
}

/// Whether token `t` is the rest of a time word a figure right before it cut (前一年/度,
/// 103年/度: `subject.time_suffix` after a figure ending with `subject.time_figure_end`):
/// no word of a phrase.
fn ends_time_figure(s: &Sentence, t: &Token) -> bool {
    let w = rule_form(s.traditional, t.word);
    let times = s.list(crate::cue!("subject.time_figure_end"));
    s.list(crate::cue!("subject.time_suffix")).contains(&w)
        && (s.figures.iter()).any(|&(a, b)| b == t.start && times.ends(s.f.slice(a, b)))
}

/// A phrase cut at token `first` of `toks` that starts at a locative or a verb of having
/// (平台/上/共有/各类网点), or holds a locative and a verb of having, starts inside the
/// predicate: the start (char `start`) moves after them.
fn after_having(s: &Sentence, toks: &[Token], first: usize, start: usize) -> usize {
    let mut start = start;
    let having = s.list(crate::cue!("subject.not_item_verb"));
    let rest = toks[first..]
        .iter()
        .position(|t| !(t.tag == "f" || having.contains(t.word)))
        .map(|k| first + k);
    if let Some(k) = rest.filter(|&k| first > 0 && k > first) {
        start = toks[k].start;
    }
    // Or anywhere a locative and a verb of having stand together.
    let n = toks.len();
    if let Some(k) = (first + 1..n.saturating_sub(1))
        .rev()
        .find(|&k| having.contains(toks[k].word) && toks[k - 1].tag == "f")
    {
        start = start.max(toks[k + 1].start);
    }
    start
}

/// Tokens at a phrase's start that may open it before a copula (主要/是).
const MAX_OPENER_TOKENS: usize = 2;

/// Whether `word` is a copula (`subject.copula`: 是), alone or after an enumeration
/// numeral glued to it (二是, 九是).
fn is_copula(s: &Sentence, word: &str) -> bool {
    s.list(crate::cue!("subject.copula"))
        .suffix_of(word)
        .is_some_and(|c| {
            word[..word.len() - c.len()]
                .chars()
                .all(super::number::is_numeral_char)
        })
}

/// An item of a ranking or a list of places, read from its subject `p`: the measure named
/// before a rank lead (`subject.rank_lead`: 人口增加率最高者为甲县 → 人口增加率; empty when
/// the item has none: 其次为乙县), the place of `places` right after the lead (or opening
/// `p` without one), and a change after the place (丙县反而减少 → 减少; adverbs and a
/// particle, `subject.item_particle`, dropped). None when `p` is no such item: no place
/// there, other words after it, or neither a lead nor a change.
pub fn ranked_item(s: &Sentence, p: &str, places: &[&str]) -> Option<RankedItem> {
    let rule = rule_form(s.traditional, p);
    let lead = find_word(s.list(crate::cue!("subject.rank_lead")), &rule);
    let (before, skip) = lead.map_or((0, 0), |(k, w)| {
        let n = rule[..k].chars().count();
        (n, n + w.chars().count())
    });
    // `rule` and `p` have the same chars (rule_form keeps the count): cut `p` by chars.
    let rest = p.char_indices().nth(skip).map_or("", |(k, _)| &p[k..]);
    let place = (places.iter())
        .filter(|pl| !pl.is_empty() && rest.starts_with(**pl))
        .max_by_key(|pl| pl.len())?;
    let particles = s.list(crate::cue!("subject.item_particle"));
    let mut tail = &rest[place.len()..];
    // Lengths in chars: the rules read the simplified form, the tail is cut as written.
    let adverb = |t: &str| {
        (s.toks.iter())
            .filter(|k| matches!(k.tag, "d" | "c") && t.starts_with(k.word))
            .map(|k| k.word.chars().count())
            .max()
    };
    loop {
        let r = rule_form(s.traditional, tail);
        let Some(n) = prefix_chars(particles, &r).or_else(|| adverb(&r)) else {
            break;
        };
        tail = tail.char_indices().nth(n).map_or("", |(k, _)| &tail[k..]);
    }
    let changes = s.list(crate::cue!("subject.change"));
    if !tail.is_empty() && !changes.contains(&rule_form(s.traditional, tail)) {
        return None;
    }
    if lead.is_none() && tail.is_empty() {
        return None;
    }
    Some(RankedItem {
        measure: p.chars().take(before).collect(),
        place: place.to_string(),
        change: tail.to_string(),
    })
}

/// Longest text between two bracketed items of a list (`)、乙县(`), in chars.
const MAX_ITEM_GAP_CHARS: usize = 8;

/// Longest text between a bracketed list and the attribute it states, in chars.
const MAX_LIST_TAIL_CHARS: usize = 8;

/// The measure a list of places with bracketed figures states after its last item (甲县
/// (15.3%)、乙县(12.1%)2个县增速高于全市 → 增速): the first attribute (`subject.attribute`)
/// in the few chars after the list, in its clause. `fig` is one item's figure, right
/// inside its brackets. None when no attribute follows the list.
pub fn measure_after_list(s: &Sentence, fig: Span) -> Option<String> {
    let close = |i: usize| matches!(s.chars.get(i), Some(')' | '）'));
    let open = |i: usize| i > 0 && matches!(s.chars.get(i - 1), Some('(' | '（'));
    if !open(fig.0) || !close(fig.1) {
        return None;
    }
    let mut end = fig.1;
    while let Some(&(a, b)) = s.figures.iter().find(|&&(a, _)| a > end + 1) {
        let gap = &s.chars[end + 1..a];
        let next = open(a) && close(b) && gap.len() <= MAX_ITEM_GAP_CHARS + 1;
        if !next || gap.iter().any(|&c| is_delim(c) && c != '、') {
            break;
        }
        end = b;
    }
    let (_, ce) = hard_clause(s, (end, end + 1));
    let tail = s.f.slice(end + 1, ce);
    let (k, w) = find_word(s.list(crate::cue!("subject.attribute")), tail)?;
    if tail[..k].chars().count() > MAX_LIST_TAIL_CHARS {
        return None;
    }
    let at = end + 1 + tail[..k].chars().count();
    Some(s.orig[at..at + w.chars().count()].iter().collect())
}

/// What a figure in brackets after an item counts when a total of the same classifier
/// closes the list (甲院(80张)、乙院(48张)共计128张照护床位: 照护床位): the phrase after
/// the total. None when `fig` is not in brackets or no such total follows in its clause.
pub fn counted_by_total(s: &Sentence, fig: Span) -> Option<String> {
    if !in_brackets(s, fig) {
        return None;
    }
    let classifier = han_classifier(s, fig)?;
    let (_, ce) = hard_clause(s, fig);
    let totals = s.list(crate::cue!("subject.total_lead"));
    let &(_, b) = (s.figures.iter()).find(|&&(a, b)| {
        a > fig.1
            && b <= ce
            && s.f.slice(a, b).ends_with(classifier)
            && totals.ends(&rule_form(s.traditional, s.f.before(a).trim_end()))
    })?;
    closing_words(s, b, ce)
}

/// Whether the figure at `fig` stands alone in brackets (甲院(80张)).
fn in_brackets(s: &Sentence, (a, b): Span) -> bool {
    a > 0
        && OPENERS.contains(&s.chars[a - 1])
        && s.chars.get(b).is_some_and(|c| CLOSERS.contains(c))
}

/// The Chinese classifier closing the figure at `fig` (80张: 张), if any.
fn han_classifier(s: &Sentence, fig: Span) -> Option<char> {
    (s.f.slice(fig.0, fig.1).chars().last()).filter(|&c| c as u32 >= 0x4e00)
}

/// The words closing the clause (ending at `ce`) right after a figure ending at `b`,
/// nouns and verbs alike, opening with a noun (229张认知障碍/照护/床位/改造。): what a total
/// and the items before it count. None for more than a few words.
pub fn closing_words(s: &Sentence, b: usize, ce: usize) -> Option<String> {
    let toks = tokens_in(s, b, ce);
    let word = |t: &Token| nominal(t) || t.tag.starts_with('v');
    let joined = toks.windows(2).all(|w| w[0].end == w[1].start);
    let (first, last) = (toks.first()?, toks.last()?);
    (first.start == b
        && joined
        && toks.len() <= MAX_TOTAL_TOKENS
        && toks.iter().all(word)
        && nominal(first))
    .then(|| text(s, first.start, last.end))
}

/// What a total closing a list of items counted in brackets counts (甲院(80张)、乙院
/// (48张)共计128张照护床位改造 → 照护床位改造): the words closing its clause, when `fig`
/// follows a `subject.total_lead` word and a bracketed count of its classifier stands
/// before it in the clause.
pub fn total_of_items(s: &Sentence, fig: Span) -> Option<String> {
    let classifier = han_classifier(s, fig)?;
    let totals = s.list(crate::cue!("subject.total_lead"));
    if !totals.ends(&rule_form(s.traditional, s.f.before(fig.0).trim_end())) {
        return None;
    }
    let (cs, ce) = hard_clause(s, fig);
    let items = (s.figures.iter()).any(|&(a, b)| {
        a >= cs && b < fig.0 && s.f.slice(a, b).ends_with(classifier) && in_brackets(s, (a, b))
    });
    items.then(|| closing_words(s, fig.1, ce)).flatten()
}

/// The subject `p` of the figure at `fig` with what a total after it counts: an item's
/// count in brackets before the total (甲院(80张)…共计229张床位) counts what the total
/// counts ([`counted_by_total`]), and the total those words whole, not their first noun
/// ([`total_of_items`]).
pub fn with_total_counted(s: &Sentence, fig: Span, p: String) -> String {
    if let Some(n) = counted_by_total(s, fig) {
        return if p.ends_with(&n) {
            p
        } else {
            format!("{p}{n}")
        };
    }
    match total_of_items(s, fig).filter(|n| n.starts_with(&p) && *n != p) {
        Some(n) => n,
        None => p,
    }
}

/// Most words of what a total counts (see [`counted_by_total`]).
const MAX_TOTAL_TOKENS: usize = 5;

/// An item of a ranking or list (see [`ranked_item`]).
#[derive(Debug, PartialEq)]
pub struct RankedItem {
    /// The measure named before the rank lead (人口增加率), or empty.
    pub measure: String,
    /// The place ranked.
    pub place: String,
    /// The change after the place (减少), or empty.
    pub change: String,
}

/// Whether token `word` is a rank (第二名, 第3位: `subject.rank_open`, numerals,
/// `subject.rank`).
fn is_rank(s: &Sentence, word: &str) -> bool {
    let Some(open) = s.list(crate::cue!("subject.rank_open")).prefix_of(word) else {
        return false;
    };
    let rest = &word[open.len()..];
    let Some(end) = s.list(crate::cue!("subject.rank")).suffix_of(rest) else {
        return false;
    };
    let mid = &rest[..rest.len() - end.len()];
    !mid.is_empty() && mid.chars().all(super::number::is_numeral_char)
}

/// The verb right before a count (储备 of 储备了45个, 签约 of 签约的27个), a particle
/// between them allowed; not a link word (达) nor one that only has or holds
/// (`subject.not_item_verb`: 共有, 包括).
fn verb_before(s: &Sentence, cs: usize, pos: usize) -> Option<String> {
    let toks = tokens_in(s, cs, pos);
    let mut it = toks.iter().rev().peekable();
    let last = it.next()?;
    if last.end != pos {
        return None;
    }
    let verb = if matches!(last.tag, "ul" | "uj") {
        it.next().filter(|v| v.end == last.start)?
    } else {
        last
    };
    let link = s.list(crate::cue!("subject.link"));
    let not_verbs = s.list(crate::cue!("subject.not_item_verb"));
    let ok = matches!(verb.tag, "v" | "vn")
        && verb.word.chars().count() == 2
        && !link.contains(verb.word)
        && !not_verbs.contains(verb.word);
    ok.then(|| text(s, verb.start, verb.end))
}

/// The verbs right after a generic counted thing (5个项目开工建设 → 开工建设; an adverb
/// before them, 已, is left out): up to two verb tokens from char `pos`, in the clause
/// ending at `ce`.
fn verbs_after(s: &Sentence, pos: usize, ce: usize) -> Option<String> {
    let toks = tokens_in(s, pos, ce);
    let mut it = toks.iter().peekable();
    it.next_if(|t| t.start == pos && t.tag == "d");
    let first = it.next_if(|t| t.tag == "v")?;
    let object = |t: &Token| t.tag.starts_with('n') && t.word.chars().count() <= 2;
    let last = it
        .next_if(|t| matches!(t.tag, "v" | "vn") || object(t))
        .unwrap_or(first);
    // Not a verb that only has or reaches (包括, 达到), nor a one-char link (为, 有).
    let link = s.list(crate::cue!("subject.link"));
    let not_verbs = s.list(crate::cue!("subject.not_item_verb"));
    let one_char_link = link.contains(first.word) && first.word.chars().count() == 1;
    let plain = !(not_verbs.contains(first.word) || one_char_link);
    let adjacent = first.start == pos || toks[0].end == first.start;
    (adjacent && plain).then(|| text(s, first.start, last.end))
}

/// Whether the figure at `fig` states a change (5%, 0.4个百分点, 2倍), not a level
/// (`subject.change_unit`).
fn states_change(s: &Sentence, fig: Span) -> bool {
    s.list(crate::cue!("subject.change_unit"))
        .ends(s.f.slice(fig.0, fig.1).trim_end())
}

/// The measure named by subject `p`, without the change and comparison after it (工业增加
/// 值较上半年回落 → 工业增加值; 稻谷产量年增 → 稻谷产量) nor a link word left at its end.
fn measure_of(s: &Sentence, p: &str) -> String {
    let changes = s.list(crate::cue!("subject.change"));
    let p = without_per_quantity(s, p);
    let mut m = strip_change(s.traditional, changes, p);
    let rule = rule_form(s.traditional, m).into_owned();
    let starts = s.list(crate::cue!("subject.comparison_start"));
    if let Some((k, _)) = find_word(starts, &rule).filter(|&(k, _)| k > 0) {
        m = cut_chars(m, rule[k..].chars().count());
    }
    // A compared rate (增速高于全市平均水平) measures the rate, never the base it is
    // compared with: the measure ends with the rate word.
    m = without_compared_base(s, m);
    // A rate compared with a time before (增速比1-7月: a change of the rate) is the
    // measure's rate: the measure is what comes before it.
    let rule = rule_form(s.traditional, m).into_owned();
    let opens = s.list(crate::cue!("subject.compare_open"));
    let rates = s.list(crate::cue!("subject.rate_word"));
    let rate_compared = (rates.iter())
        .flat_map(|w| rule.match_indices(w).map(move |(k, _)| (k, k + w.len())))
        .filter(|&(k, e)| k > 0 && opens.starts(&rule[e..]))
        .map(|(k, _)| k)
        .min();
    if let Some(k) = rate_compared {
        m = cut_chars(m, rule[k..].chars().count());
    }
    let link = s.list(crate::cue!("subject.link"));
    let words = s.list(crate::cue!("subject.link_word"));
    loop {
        let rule = rule_form(s.traditional, m).into_owned();
        // 平均, 人均: a word whose last char is a link (均) keeps it.
        if words.ends(&rule) {
            break;
        }
        match link.suffix_of(&rule).filter(|w| w.len() < rule.len()) {
            Some(w) => m = cut_chars(m, w.chars().count()),
            None => break,
        }
    }
    m.to_string()
}

/// The length in chars of a phrase from `a` to `end` without what of it takes no room: a
/// method phrase (`free.0`) and a comparison after a rate from char `free.1` on.
fn phrase_len(a: usize, end: usize, free: (Option<Span>, Option<usize>)) -> usize {
    let m = free.0.map_or(0, |(ma, mb)| mb.saturating_sub(ma.max(a)));
    let c = free.1.filter(|&c| c > a).map_or(0, |c| end - c);
    (end - a - m).saturating_sub(c)
}

/// The char where the comparison after a rate word starts in `[a, b)` (增速|高于…).
fn compared_from(s: &Sentence, a: usize, b: usize) -> Option<usize> {
    let rule = rule_form(s.traditional, s.f.slice(a, b)).into_owned();
    compared_rate_end(s, &rule).map(|k| a + rule[..k].chars().count())
}

/// `p` without the comparison after its rate word (增速高于全市平均水平 → 增速).
fn without_compared_base<'p>(s: &Sentence, p: &'p str) -> &'p str {
    let rule = rule_form(s.traditional, p);
    match compared_rate_end(s, &rule) {
        Some(k) => cut_chars(p, rule[k..].chars().count()),
        None => p,
    }
}

/// The byte end in `rule` of a rate word (`subject.rate_word`) that a comparison verb
/// (`subject.compare_verb`) follows (增速|高于全市平均水平), when words come before it.
fn compared_rate_end(s: &Sentence, rule: &str) -> Option<usize> {
    let verbs = s.list(crate::cue!("subject.compare_verb"));
    let rates = s.list(crate::cue!("subject.rate_word"));
    let opens = s.list(crate::cue!("subject.compare_open"));
    let adjectives = s.list(crate::cue!("subject.compare_adjective"));
    // 增速比全国平均水平高: an opener, its base and an adjective of degree closing `rule`.
    let by_adjective = |e: usize| opens.starts(&rule[e..]) && adjectives.ends(&rule[e..]);
    (rates.iter())
        .flat_map(|w| rule.match_indices(w).map(move |(k, _)| (k, k + w.len())))
        .filter(|&(k, e)| k > 0 && (verbs.starts(&rule[e..]) || by_adjective(e)))
        .map(|(_, e)| e)
        .min()
}

/// Whether the words from `at` to the figure at `fig` compare it as an opener, a base and
/// an adjective of degree (比全国平均水平高|1.9个百分点, 较上年快: `subject.compare_open`,
/// `subject.compare_adjective`, the adjective a word of its own, never 提高).
fn compared_by_adjective(s: &Sentence, at: usize, fig: Span) -> bool {
    let opens = s.list(crate::cue!("subject.compare_open"));
    let adjectives = s.list(crate::cue!("subject.compare_adjective"));
    let toks = tokens_in(s, at, fig.0);
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return false;
    };
    // A base between them, words or a date (比一季度低): three chars at least.
    fig.0 >= at + 3
        && first.start == at
        && last.end == fig.0
        && opens.contains(&rule_form(s.traditional, first.word))
        && adjectives.contains(&rule_form(s.traditional, last.word))
}

/// A duration after a streak word (`subject.streak`: 连续3年获评…): how long what follows
/// it in the clause held, named by the streak word and that (连续获评…), cut at a token
/// boundary to `MAX_CHARS`, after the streak's owner when it names a thing (出口额连续5个月
/// 增长 → 出口额连续增长; see [`owner_of_streak`]).
fn streak(s: &Sentence, fig: Span, ce: usize) -> Option<String> {
    let word = s
        .list(crate::cue!("subject.streak"))
        .suffix_of(s.f.before(fig.0))?;
    let at = fig.0 - word.chars().count();
    let quote = |t: &Token| t.word.chars().all(|c| "“”「」『』\"'《》".contains(c));
    let toks: Vec<Token> = tokens_in(s, fig.1, ce)
        .into_iter()
        .filter(|t| !quote(t))
        .collect();
    let mut taken = String::new();
    for t in &toks {
        let w = text(s, t.start, t.end);
        if taken.chars().count() + w.chars().count() + word.chars().count() > MAX_CHARS {
            break;
        }
        taken.push_str(&w);
    }
    let owner = owner_of_streak(s, fig).unwrap_or_default();
    (!taken.is_empty()).then(|| format!("{owner}{}{taken}", text(s, at, fig.0)))
}

/// The owner of the streak at `fig` ([`streak_owner`]) when it names a thing: a noun that
/// is no person's name (a pronoun or a time word, 我们, 今年以来, is no noun: they own no
/// streak).
fn owner_of_streak(s: &Sentence, fig: Span) -> Option<String> {
    let owner = streak_owner(s, fig).filter(|o| !o.is_empty())?;
    let (cs, _) = clause(s, fig.0, fig.1);
    let (a, b) = phrase_before(s, cs, fig.0)?;
    let thing = tokens_in(s, a, b)
        .iter()
        .any(|t| t.tag.starts_with('n') && t.tag != "nr");
    thing.then_some(owner)
}

/// What a streak's figure hands on to the figures after it (九寨沟景区连续3天…，前4天接待…):
/// the phrase before its streak word, not its own subject. None when `fig` is no streak.
pub fn streak_owner(s: &Sentence, fig: Span) -> Option<String> {
    let word = s
        .list(crate::cue!("subject.streak"))
        .suffix_of(s.f.before(fig.0))?;
    let at = fig.0 - word.chars().count();
    let (cs, _) = clause(s, fig.0, fig.1);
    Some(phrase_before(s, cs, at).map_or_else(String::new, |(a, b)| text(s, a, b)))
}

/// A subject `p` that is an averaging word alone, with or without a change (平均 of
/// 平均每日1万吨, 平均减少: `subject.frame_average`), after a figure with the subject
/// `prev` (弃置量385万吨): the average is of that measure (弃置量平均, 弃置量平均减少).
pub fn with_averaged_owner(s: &Sentence, p: String, prev: Option<&str>) -> String {
    let averages = s.list(crate::cue!("subject.frame_average"));
    let changes = s.list(crate::cue!("subject.change"));
    let rule = rule_form(s.traditional, &p).into_owned();
    let Some(word) = averages.prefix_of(&rule) else {
        return p;
    };
    let rest = &rule[word.len()..];
    if !(rest.is_empty() || changes.contains(rest)) {
        return p;
    }
    let Some(prev) = prev.filter(|q| !averages.starts(&rule_form(s.traditional, q))) else {
        return p;
    };
    let measure = measure_of(s, prev);
    // The measure without its own average (弃置量平均 handed on to 平均减少).
    let rule_measure = rule_form(s.traditional, &measure).into_owned();
    let owner = match averages.suffix_of(&rule_measure) {
        Some(w) => cut_chars(&measure, w.chars().count()).to_string(),
        None => measure,
    };
    if owner.is_empty() {
        return p;
    }
    format!("{owner}{p}")
}

/// A change compared with another's (高于全市平均水平0.4个百分点, after 主营业务收入增长
/// 12.6%): the previous figure's measure, its rate (`subject.rate_word`) and the
/// comparison (主营业务收入增速高于全市平均水平); after a rate (失业率3.1%，低于全省1.2个百
/// 分点: `subject.rate`) the rate itself (失业率低于全省); a rate named with its change
/// (水泥行业同比增长8.8%，增速回落1.2个百分点, 增幅收窄: `subject.rate_change`) is the
/// previous measure's rate too (水泥行业增速回落). None unless the clause opens with a
/// `subject.compare_verb`, or a rate word and a change, after its lead words.
fn compared_rate(s: &Sentence, cs: usize, fig: Span, prev: Option<&str>) -> Option<String> {
    let prev = prev.filter(|p| !p.is_empty())?;
    if let Some(gap) = schedule_gap(s, cs, fig, prev) {
        return Some(gap);
    }
    // Only a change's rate or a rate is compared (not a share of a plan, 完成计划的45%).
    let changes = s.list(crate::cue!("subject.change"));
    let prev_rule = rule_form(s.traditional, prev);
    // A rate compared before (增速比全国平均水平高) is compared again in the clauses after
    // it (，高于全省平均增速…): its measure ends with the rate word.
    let chained = !changes.ends(&prev_rule) && compared_rate_end(s, &prev_rule).is_some();
    let own_rate = chained
        || !changes.ends(&prev_rule) && s.list(crate::cue!("subject.rate")).ends(&prev_rule);
    if !states_change(s, fig) || !(changes.ends(&prev_rule) || own_rate) {
        return None;
    }
    let first = past_lead_words(s, cs, fig.0)?;
    let verbs = s.list(crate::cue!("subject.compare_verb"));
    let rates = s.list(crate::cue!("subject.rate_word"));
    // How a rate changed (增速回落, 增幅收窄: `subject.change`, `subject.rate_change`).
    let rate_changes = [changes, s.list(crate::cue!("subject.rate_change"))];
    let compared_or_changed = |at: usize| {
        let rest = rule_form(s.traditional, s.f.rest(at));
        verbs.prefix_of(s.f.rest(at)).is_some()
            || rate_changes.iter().any(|l| l.starts(&rest))
            || compared_by_adjective(s, at, fig)
    };
    // The clause may name the rate it compares or says changed first (增速快于…, 增幅高
    // 于…, 增速回落…): the rate as written goes after the measure.
    let named = (rates.prefix_of(&rule_form(s.traditional, s.f.rest(first.start))))
        .map(|w| w.chars().count())
        .filter(|&n| !own_rate && compared_or_changed(first.start + n));
    if named.is_none()
        && verbs.prefix_of(s.f.rest(first.start)).is_none()
        && !compared_by_adjective(s, first.start, fig)
        && bracketed_base(s, first.start, fig).is_none()
    {
        return None;
    }
    let measure = measure_of(s, prev);
    if named.is_some() && measure.is_empty() {
        return None;
    }
    let rate = match named {
        Some(n) => text(s, first.start, first.start + n),
        None if own_rate => String::new(),
        None => rates.iter().next().unwrap_or("").to_string(),
    };
    let first_start = first.start + named.unwrap_or(0);
    if let Some(base) = bracketed_base(s, first_start, fig) {
        return Some(base_of_rate(s, &measure, &rate, &base));
    }
    let end = aside_start(s, first_start, fig.0);
    let link = s.list(crate::cue!("subject.link"));
    // 平均, 人均: a word whose last char is a link (均) keeps it (高于全国平均).
    let words = s.list(crate::cue!("subject.link_word"));
    let mut end = end;
    while let Some(w) = link
        .suffix_of(s.f.slice(first_start, end))
        .filter(|w| !w.is_empty() && !words.ends(s.f.slice(first_start, end)))
    {
        end -= w.chars().count();
    }
    let measure = if measure.is_empty() {
        measure
    } else {
        format!("{measure}{rate}")
    };
    Some(balance_quotes(format!(
        "{measure}{}",
        without_figure_asides(s, first_start, end)
    )))
}

/// The first token of `[cs, end)` after its lead words (`subject.lead`), time words and
/// adverbs: where a compared clause's own words start.
fn past_lead_words<'a>(s: &Sentence<'a>, cs: usize, end: usize) -> Option<Token<'a>> {
    let lead = s.list(crate::cue!("subject.lead"));
    let toks = tokens_in(s, cs, end);
    toks.into_iter()
        .find(|t| !(lead.contains(t.word) || matches!(t.tag, "t" | "d")))
}

/// The gap between a share of a plan reached and the schedule (完成年度目标的79.8%，快于
/// 序时进度4.5个百分点: a clause naming `subject.schedule`): the previous figure's measure
/// (`prev`) and the clause's comparison (固定资产投资完成年度目标快于序时进度), after its
/// lead words and without the link words closing it. None for any other clause.
fn schedule_gap(s: &Sentence, cs: usize, fig: Span, prev: &str) -> Option<String> {
    let clause_text = rule_form(s.traditional, s.f.slice(cs, fig.0)).into_owned();
    if !s
        .list(crate::cue!("subject.schedule"))
        .occurs_in(&clause_text)
    {
        return None;
    }
    let first = past_lead_words(s, cs, fig.0)?;
    let link = s.list(crate::cue!("subject.link"));
    let mut end = fig.0;
    while let Some(w) = link
        .suffix_of(s.f.slice(first.start, end))
        .filter(|w| !w.is_empty())
    {
        end -= w.chars().count();
    }
    let gap = text(s, first.start, end);
    (!gap.is_empty() && !prev.contains(gap.as_str())).then(|| format!("{prev}{gap}"))
}

/// The text of `[a, b)` without the bracketed asides holding a figure (较全国平均增速
/// (5.4%)高 → 较全国平均增速高).
fn without_figure_asides(s: &Sentence, a: usize, b: usize) -> String {
    let mut out = String::new();
    let mut at = a;
    for &(fa, fb) in s.figures.iter().filter(|&&(fa, fb)| fa > a && fb < b) {
        let opened = matches!(s.f.char(fa - 1), Some('(' | '（'));
        let closed = matches!(s.f.char(fb), Some(')' | '）'));
        if opened && closed && fa > at {
            out.push_str(&text(s, at, fa - 1));
            at = fb + 1;
        }
    }
    out.push_str(&text(s, at.min(b), b));
    out
}

/// A figure in brackets right after the base of a comparison (高于全市平均水平(1.7%)7.4个
/// 百分点: 1.7%): the base's words after the comparison verb at `from` (全市平均水平).
fn bracketed_base(s: &Sentence, from: usize, fig: Span) -> Option<String> {
    let opens = |c: char| c == '(' || c == '（';
    if !s.f.before(fig.0).ends_with(opens) || fig.0 < from + 2 {
        return None;
    }
    let verb = (s.list(crate::cue!("subject.compare_verb"))).prefix_of(s.f.rest(from));
    let Some(verb) = verb.or_else(|| opened_base(s, from, fig)) else {
        let list = listed_bases(s, from)?;
        return (list.bases.iter()).find_map(|(b, sp)| (*sp == fig).then(|| b.clone()));
    };
    let base = text(s, from + verb.chars().count(), fig.0 - 1);
    (base.chars().count() >= 2 && !base.contains(opens)).then(|| base.trim().to_string())
}

/// Bases of one comparison listed with their figures in brackets, and the gap 分别 gives
/// each (比全省(7.7%)和全国(7.0%)分别高0.7、1.4个百分点).
struct ListedBases {
    /// Where the opener starts.
    at: usize,
    /// The opener as written (比, 较).
    opener: String,
    /// Each base's words and its bracketed figure.
    bases: Vec<(String, Span)>,
    /// The adjective of degree after 分别 (高), as written.
    adjective: String,
    /// The gaps after the adjective, one per base.
    gaps: Vec<Span>,
}

/// The subject of a figure of a [`ListedBases`] list: a base's figure is that base's rate
/// (生产总值增速全省), a gap the measure's rate compared with its base (生产总值增速比全省高).
/// The measure and its rate are the ones of the last figure before the list (`earlier`):
/// its subject up to the rate word it names (增速同比提高 → 增速), else its measure and the
/// first `subject.rate_word`; a rate word written right before the opener is the rate.
pub fn listed_base_subject(s: &Sentence, fig: Span, earlier: &[(Span, String)]) -> Option<String> {
    let (cs, _) = hard_clause(s, fig);
    // Every base stands in brackets before the figure: most clauses hold none.
    if !s.f.slice(cs, fig.0).contains(['(', '（']) {
        return None;
    }
    let opens = s.list(crate::cue!("subject.compare_open"));
    let list = (tokens_in(s, cs, fig.0).iter())
        .filter(|t| opens.contains(&rule_form(s.traditional, t.word)))
        .find_map(|t| listed_bases(s, t.start))?;
    let prev = &earlier.iter().rev().find(|(sp, _)| sp.1 <= list.at)?.1;
    let rates = s.list(crate::cue!("subject.rate_word"));
    let rule = rule_form(s.traditional, prev);
    let named = (rates.iter())
        .filter_map(|w| rule.find(w).map(|k| (k, w)))
        .filter(|&(k, _)| k > 0)
        .min_by_key(|&(k, w)| (k, std::cmp::Reverse(w.len())));
    let (measure, rate) = match named {
        Some((k, w)) => {
            let at = rule[..k].chars().count();
            let rate: String = prev.chars().skip(at).take(w.chars().count()).collect();
            (prev.chars().take(at).collect(), rate)
        }
        None => (measure_of(s, prev), rates.iter().next()?.to_string()),
    };
    if measure.is_empty() {
        return None;
    }
    // A rate word the clause writes before the opener (增幅较全市…) is the one compared.
    let written = rates
        .suffix_of(&rule_form(s.traditional, s.f.slice(cs, list.at)))
        .map(|w| text(s, list.at - w.chars().count(), list.at));
    let rate = written.unwrap_or(rate);
    if let Some((base, _)) = list.bases.iter().find(|(_, sp)| *sp == fig) {
        return Some(base_of_rate(s, &measure, &rate, base));
    }
    let j = list.gaps.iter().position(|&g| g == fig)?;
    let (opener, base, adjective) = (&list.opener, &list.bases[j].0, &list.adjective);
    Some(format!("{measure}{rate}{opener}{base}{adjective}"))
}

/// The [`ListedBases`] of the comparison opened at `from` by a `subject.compare_open`
/// word: two or more bases, each followed by its figure in brackets and joined by 、 or a
/// `subject.item_joiner`, then a `subject.respectively` word, a `subject.compare_adjective`
/// and as many figures as bases, all in one hard clause.
fn listed_bases(s: &Sentence, from: usize) -> Option<ListedBases> {
    let (_, ce) = hard_clause(s, (from, from));
    let first = tokens_in(s, from, ce).into_iter().next()?;
    let opens = s.list(crate::cue!("subject.compare_open"));
    if first.start != from || !opens.contains(&rule_form(s.traditional, first.word)) {
        return None;
    }
    let joiners = s.list(crate::cue!("subject.item_joiner"));
    let figs: Vec<Span> = (s.figures.iter())
        .filter(|&&(a, b)| a > first.end && b <= ce)
        .copied()
        .collect();
    let mut at = first.end;
    let mut bases = Vec::new();
    for &(a, b) in &figs {
        let bracketed =
            matches!(s.f.char(a - 1), Some('(' | '（')) && matches!(s.f.char(b), Some(')' | '）'));
        if !bracketed || a < at + 3 {
            break;
        }
        let base = text(s, at, a - 1).trim().to_string();
        if base.contains(['(', '（', ')', '）']) {
            return None;
        }
        bases.push((base, (a, b)));
        at = b + 1;
        let rest = rule_form(s.traditional, s.f.slice(at, ce)).into_owned();
        match joiners.prefix_of(&rest) {
            _ if rest.starts_with('、') => at += 1,
            Some(j) => at += j.chars().count(),
            None => break,
        }
    }
    let rest = rule_form(s.traditional, s.f.slice(at, ce)).into_owned();
    let word = s
        .list(crate::cue!("subject.respectively"))
        .prefix_of(&rest)?;
    let after = &rest[word.len()..];
    let adjective = s
        .list(crate::cue!("subject.compare_adjective"))
        .prefix_of(after)?;
    let adj_at = at + word.chars().count();
    let gap_from = adj_at + adjective.chars().count();
    let gaps: Vec<Span> = figs.iter().filter(|f| f.0 >= gap_from).copied().collect();
    (bases.len() >= 2 && gaps.len() == bases.len() && gaps[0].0 == gap_from).then(|| ListedBases {
        at: first.start,
        opener: text(s, first.start, first.end),
        bases,
        adjective: text(s, adj_at, gap_from),
        gaps,
    })
}

/// The opener of a comparison at `from` whose base's figure `fig` stands in brackets
/// followed by an adjective of degree (较全国平均增速(5.4%)高: `subject.compare_open`,
/// `subject.compare_adjective`).
fn opened_base<'a>(s: &Sentence<'a>, from: usize, fig: Span) -> Option<&'a str> {
    let first = tokens_in(s, from, fig.0).into_iter().next()?;
    let open = (s.list(crate::cue!("subject.compare_open")))
        .iter()
        .find(|&w| w == rule_form(s.traditional, first.word))?;
    let closed = s.f.rest(fig.1).trim_start();
    let after = closed.strip_prefix([')', '）'])?;
    let at = fig.1 + (s.f.rest(fig.1).chars().count() - after.chars().count());
    let next = tokens_in(s, at, s.f.len()).into_iter().next()?;
    let adjectives = s.list(crate::cue!("subject.compare_adjective"));
    (first.start == from && next.start == at)
        .then_some(open)
        .filter(|_| adjectives.contains(&rule_form(s.traditional, next.word)))
}

/// Whether `fig` is the figure of a comparison's base, in brackets right after it
/// (…高于全市平均水平(1.7%)): it hands on no measure to the figures after it.
pub fn is_compared_base(s: &Sentence, fig: Span) -> bool {
    // Every base is bracketed (see [`bracketed_base`]): nothing else to read without one.
    if !s.f.before(fig.0).ends_with(['(', '（']) {
        return false;
    }
    let (cs, _) = clause(s, fig.0, fig.1);
    let head = rule_form(s.traditional, s.f.slice(cs, fig.0)).into_owned();
    let verbs = s.list(crate::cue!("subject.compare_verb"));
    let opens = s.list(crate::cue!("subject.compare_open"));
    let by_verb = find_word(verbs, &head)
        .is_some_and(|(k, _)| bracketed_base(s, cs + head[..k].chars().count(), fig).is_some());
    by_verb
        || tokens_in(s, cs, fig.0).iter().any(|t| {
            opens.contains(&rule_form(s.traditional, t.word))
                && bracketed_base(s, t.start, fig).is_some()
        })
}

/// The name of a compared base's figure: the measure and its rate before the base, or the
/// measure alone when the base names its own rate (全省平均增速).
fn base_of_rate(s: &Sentence, measure: &str, rate: &str, base: &str) -> String {
    let rates = s.list(crate::cue!("subject.rate_word"));
    let own = find_word(rates, &rule_form(s.traditional, base)).is_some();
    match (measure.is_empty(), own) {
        (true, _) => base.to_string(),
        (false, true) => {
            // A measure handed on with its rate (增速, from a comparison before) names
            // the rate once, in the base.
            let rule = rule_form(s.traditional, measure);
            let n = rates.suffix_of(&rule).map_or(0, |w| w.chars().count());
            let n = if n < rule.chars().count() { n } else { 0 };
            format!("{}{base}", cut_chars(measure, n))
        }
        (false, false) => format!("{measure}{rate}{base}"),
    }
}

/// The end of the words `[from, to)` before a bracketed aside that closes right before
/// `to` (高于全市平均水平(1.7%) → 高于全市平均水平); `to` when there is none.
fn aside_start(s: &Sentence, from: usize, to: usize) -> usize {
    let head = s.f.slice(from, to).trim_end();
    if !head.ends_with([')', '）']) {
        return to;
    }
    match head.rfind(['(', '（']) {
        Some(k) if k > 0 => from + head[..k].chars().count(),
        _ => to,
    }
}

/// The topic a clause without figures sets for the figures after it (成都大熊猫基地，前4天
/// 接待…): its leading noun phrase, when it is the last hard clause ending in `[from, to)`
/// (no figure between) and it names no view (`subject.viewpoint`: 从结构看).
pub fn topic_clause(s: &Sentence, from: usize, to: usize) -> Option<String> {
    let (cs, _) = hard_clause(s, (to, to));
    if cs == 0 || cs - 1 < from {
        return None;
    }
    let (mut ps, _) = hard_clause(s, (cs - 1, cs - 1));
    if ps < from {
        return None;
    }
    // A topic opener (`subject.topic_open`: 至于) before a time figure opens the topic.
    // Its topic is then the phrase that closes the clause (至于去年全市公交总里程).
    let opens = s.list(crate::cue!("subject.topic_open"));
    let mut opened = false;
    if let Some(w) = opens.prefix_of(&rule_form(s.traditional, s.f.slice(ps, cs))) {
        let at = ps + w.chars().count();
        if (s.figures.iter()).any(|&(fa, fb)| fa == at && fb < cs) {
            (ps, opened) = (at, true);
        }
    }
    // A year or month opening the clause (2002年渔户数：…: `subject.time_figure_end`) is
    // its time, no figure of the topic.
    let times = s.list(crate::cue!("subject.time_figure_end"));
    while let Some(&(_, fb)) =
        (s.figures.iter()).find(|&&(fa, fb)| fa == ps && fb < cs && times.ends(s.f.slice(fa, fb)))
    {
        ps = fb;
    }
    // A place or a time figure and 的 opening it (某市2018年的资源回收量, 某市的…): the
    // topic follows them.
    let de = |k: usize| s.chars.get(k) == Some(&'\u{7684}');
    if let Some(&(_, fb)) = (s.figures.iter())
        .find(|&&(fa, fb)| fa > ps && fb + 1 < cs && times.ends(s.f.slice(fa, fb)) && de(fb))
    {
        ps = fb + 1;
    } else {
        // The place as jieba cut it: a place word and one-char words (东湖/ns 市/n).
        let toks = tokens_in(s, ps, cs);
        let k = toks.iter().position(|t| t.tag == "uj").unwrap_or(0);
        let place = k >= 1
            && toks[0].tag == "ns"
            && toks[1..k].iter().all(|t| t.word.chars().count() == 1)
            && de(toks[k].start);
        if place {
            ps = toks[k].end;
        }
    }
    if is_figure(s, ps, cs) {
        return None;
    }
    if opened {
        return phrase_before(s, ps, cs - 1).map(|(a, b)| text(s, a, b));
    }
    let view = s.list(crate::cue!("subject.viewpoint"));
    if view.ends(s.f.slice(ps, cs - 1).trim_end()) {
        return None;
    }
    let toks = tokens_in(s, ps, cs - 1);
    if names_source(s, &toks) {
        return None;
    }
    // A clause telling a record (创历年单月新高) names no topic, unless its topic is a
    // measure with its owner (甜菜播种面积创新高，达1.17万亩): see below.
    let records = s.list(crate::cue!("subject.record_word"));
    let record = records.occurs_in(&rule_form(s.traditional, s.f.slice(ps, cs)));
    let leads = s.list(crate::cue!("subject.lead"));
    let lead = toks
        .iter()
        .position(|t| !(leads.contains(t.word) || matches!(t.tag, "t" | "c" | "d" | "r" | "uj")))
        .unwrap_or(toks.len());
    // A clause opened by a preposition (按可比价格计算, 受天气影响) is adverbial.
    if toks.get(lead).is_some_and(|t| t.tag == "p") {
        return None;
    }
    // A record word jieba reads as an idiom (再创新高/l) is no noun of the topic; a verb
    // right before an attribute or a measure's one-char suffix is part of the measure's
    // name (种植/v 面积, 回收/v 量: `subject.glued_measure`).
    let attrs = Attributes::of(s);
    let glued = s.list(crate::cue!("subject.glued_measure"));
    let attrs_is = |w: &str| attrs.is(w) || glued.contains(w);
    let rest = &toks[lead..];
    let np: Vec<&Token> = (rest.iter().enumerate())
        .take_while(|&(k, t)| {
            let named = nominal(t)
                || t.tag == "v"
                    && k > 0
                    && rest.get(k + 1).is_some_and(|n| {
                        n.start == t.end
                            && nominal(n)
                            && attrs_is(&rule_form(s.traditional, n.word))
                    });
            named && !records.occurs_in(&rule_form(s.traditional, t.word))
        })
        .map(|(_, t)| t)
        .take(MAX_TOPIC_WORDS)
        .collect();
    let (a, b) = (np.first()?.start, np.last()?.end);
    // A clause stating a comparison (环比持平: jieba takes 持平 for a noun) names no topic.
    let compares = s.list(crate::cue!("subject.comparison_start"));
    if compares.starts(&rule_form(s.traditional, s.f.slice(a, b))) {
        return None;
    }
    let topic = text(s, a, b);
    if record {
        let rule = rule_form(s.traditional, &topic);
        let owned = attrs.suffix(&rule).is_some() && !attrs.strip(&rule).is_empty();
        return owned.then_some(topic);
    }
    // A phrase that only opens the clause must be a name, not a stray noun (结构).
    let whole = lead + np.len() == toks.len();
    (whole || b - a >= 3).then_some(topic)
}

/// A subject `p` of a figure giving a class (5000吨级散货码头: `subject.class_unit`) names
/// the class after the thing (散货码头吨级), as written (噸級 on a traditional page).
pub fn with_class(s: &Sentence, fig: Span, p: String) -> String {
    let written = s.f.slice(fig.0, fig.1).trim_end();
    let rule = rule_form(s.traditional, written).into_owned();
    let Some(w) = s.list(crate::cue!("subject.class_unit")).suffix_of(&rule) else {
        return p;
    };
    if p.is_empty() || rule_form(s.traditional, &p).ends_with(w) {
        return p;
    }
    let skip = written.chars().count() - w.chars().count();
    let class: String = written.chars().skip(skip).collect();
    format!("{p}{class}")
}

/// A subject `p` of the figure at `fig` that a lead word cut from a state word (在学研究生
/// → 学研究生: `subject.state_word`, 在 + the subject's first char): the word whole again.
/// `p` unchanged when the text right before its last mention before the figure is no
/// such word's first part.
pub fn with_state_word(s: &Sentence, fig: Span, p: String) -> String {
    let Some(first) = p.chars().next() else {
        return p;
    };
    let states = s.list(crate::cue!("subject.state_word"));
    // One bit test rejects most subjects (the words are 在 and one char).
    if !states.may_end(first) {
        return p;
    }
    let before: String = s.orig[..fig.0.min(s.orig.len())].iter().collect();
    let Some(at) = before.rfind(p.as_str()) else {
        return p;
    };
    let Some(prev) = before[..at].chars().next_back() else {
        return p;
    };
    let word = rule_form(s.traditional, &format!("{prev}{first}")).into_owned();
    if states.contains(&word) {
        format!("{prev}{p}")
    } else {
        p
    }
}

/// Most words of the noun phrase [`topic_clause`] takes (全盟/县域/规模以上/工业/增加值).
const MAX_TOPIC_WORDS: usize = 6;

/// Longest part name of a breakdown, in chars.
const MAX_PART_CHARS: usize = 8;

/// The part of a breakdown a count belongs to (物流专班 of 物流专班1个项目): the words of
/// the clause before the count, after its lead words, when they are all nouns (no place,
/// person, pronoun or number: 全县 and 青山县 are scopes, not parts) and short.
fn breakdown_owner(s: &Sentence, cs: usize, pos: usize) -> Option<(usize, usize)> {
    // Only what follows the last figure before the count (途经3个乡镇15个村).
    let from = (s.figures.iter())
        .filter(|&&(fa, fe)| fa >= cs && fe <= pos)
        .map(|&(_, fe)| fe)
        .max()
        .unwrap_or(cs);
    let toks = tokens_in(s, from, pos);
    let lead = s.list(crate::cue!("subject.lead"));
    let first = toks
        .iter()
        .position(|t| !(lead.contains(t.word) || matches!(t.tag, "t" | "p" | "c" | "d")))?;
    let part = &toks[first..];
    let (a, b) = (part.first()?.start, part.last()?.end);
    let ok = b == pos
        && b - a <= MAX_PART_CHARS
        && part.len() >= 2
        && part.iter().all(|t| {
            nominal(t) && !matches!(t.tag, "ns" | "nr" | "nrt" | "nt" | "r" | "m" | "s" | "f")
        });
    ok.then_some((a, b))
}

/// The char span of a bracketed aside ([`aside_span`]) or else of the first method
/// phrase (`subject.method`: 按可比价格计算) in
/// `[a, b)`, if any.
fn method_span(s: &Sentence, a: usize, b: usize) -> Option<(usize, usize)> {
    let text = s.f.slice(a, b);
    if let Some(aside) = aside_span(text) {
        return Some((a + aside.0, a + aside.1));
    }
    let list = s.list(crate::cue!("subject.method"));
    // One pass over the clause: most hold no phrase's first char.
    if !text.chars().any(|c| list.has_first(c)) {
        return None;
    }
    list.iter().find_map(|w| {
        // A char search first: building a substring searcher costs more than it.
        let c = w.chars().next()?;
        if !text.contains(c) {
            return None;
        }
        let i = text.find(w)?;
        let start = a + text[..i].chars().count();
        Some((start, start + w.chars().count()))
    })
}

/// `p` (a subject cut from `s` at chars `[a, b)`) without a method phrase inside it.
/// A bracketed aside inside `text` (农林牧渔业（含专业及辅助性活动）增加值): it qualifies
/// the name before it and is no part of the subject. Char offsets into `text`; none when
/// the brackets open the text or close it (产值（亿元） names a unit).
fn aside_span(text: &str) -> Option<(usize, usize)> {
    let open = text.find(['（', '('])?;
    let close = open + text[open..].find(['）', ')'])?;
    let end = close + text[close..].chars().next()?.len_utf8();
    (open > 0 && end < text.len())
        .then(|| (text[..open].chars().count(), text[..end].chars().count()))
}

fn without_method(s: &Sentence, a: usize, b: usize) -> String {
    match method_span(s, a, b) {
        Some((ma, mb)) => format!("{}{}", text(s, a, ma), text(s, mb, b)),
        None => text(s, a, b),
    }
}

/// A figure that modifies the phrase (总投资10亿元以上的项目): extend the phrase start back
/// over `figure 的` and the words before that figure.
fn extend_over_modifier(s: &Sentence, cs: usize, start: usize) -> usize {
    let before = s.f.slice(cs, start);
    let Some(particle) = s.list(crate::cue!("subject.attributive")).suffix_of(before) else {
        return start;
    };
    let de = start - particle.chars().count();
    let Some(&(fa, _)) = s.figures.iter().find(|&&(_, fe)| fe == de) else {
        return start;
    };
    phrase_before(s, cs, fa).map_or(fa, |(a, _)| a)
}

/// The measure a list of places after a colon states (各乡镇新建项目完工率分别为：东坝镇
/// 92.5%、西林乡80% → 新建项目完工率): the noun phrase before the last colon ahead of char
/// `at`, without link words (分别为) and a scope of each (`subject.each`: 各乡镇, 各 县区).
/// None without such a colon, or when its clause holds a figure.
pub fn list_lead(s: &Sentence, at: usize) -> Option<String> {
    let colon = (0..at.min(s.chars.len()))
        .rev()
        .find(|&i| label_colon(s, i))?;
    let (cs, _) = clause(s, colon, colon);
    // A colon right before the figure closes the item's own label (甲港：26万吨), no list's
    // measure.
    if is_figure(s, cs, colon) || s.f.slice(colon + 1, at).trim().is_empty() {
        return None;
    }
    // A colon after link words only (外出招商195批次，分别为：A县35次): the measure is the
    // one of the figure closing the clause before.
    let (mut a, b) = phrase_before(s, cs, colon).or_else(|| {
        let (fa, fe) = *s.figures.iter().rfind(|&&(_, fe)| fe < cs)?;
        let between = s.f.slice(fe, cs);
        let (ps, _) = clause(s, fa, fe);
        (between.chars().count() <= 2).then(|| phrase_before(s, ps, fa))?
    })?;
    let each = s.list(crate::cue!("subject.each"));
    let toks = tokens_in(s, a, b);
    if let Some(t) = toks.first().filter(|t| each.starts(t.word)) {
        // 各 alone takes the word it scopes (各/县区) with it.
        let skip = if each.contains(t.word) { 2 } else { 1 };
        a = toks.get(skip).map_or(b, |t| t.start);
    }
    let lead = measure_of(s, &text(s, a, b));
    (!lead.is_empty() && lead.chars().count() > 1).then_some(lead)
}

/// The subject of a figure listed after a 分别 word and a colon (某礼金发放人数分别为：
/// 65-79岁9202人、80-89岁2677人，合计11879人): its item (`p`, as read: 65-79岁) and the
/// list's measure ([`list_lead`]: 礼金发放人数); a total word right before the figure
/// (`subject.total_lead`: 合计) makes it the measure and that word. `p` itself when the
/// figure is in no such list, or `p` holds the measure already.
pub fn colon_list_item(s: &Sentence, fig: Span, p: String) -> String {
    let Some(colon) = (0..fig.0.min(s.chars.len()))
        .rev()
        .find(|&i| label_colon(s, i))
    else {
        return p;
    };
    let (cs, _) = clause(s, colon, colon);
    let before = s.f.slice(cs, colon);
    let respectively = find_respectively(s, before).is_some_and(|(k, w)| {
        let rest = rule_form(s.traditional, &before[k + w.len()..]).into_owned();
        rest.chars().count() <= 1
    });
    // Only items and figures between the colon and the figure: no verb, no other clause.
    let totals = s.list(crate::cue!("subject.total_lead"));
    // An item may be a noun of action (生活用品及服务/vn) or a verb standing alone as
    // the item (、居住0.9%: after a list mark, right before its figure).
    let between = tokens_in(s, colon + 1, fig.0);
    let lone_item = |t: &Token| {
        let marked = t.start > 0 && matches!(s.chars[t.start - 1], '、' | '：' | ':');
        marked && is_figure(s, t.end, t.end + 1)
    };
    let plain = (between.iter()).all(|t| {
        !t.tag.starts_with('v')
            || t.tag == "vn"
            || lone_item(t)
            || totals.contains(&rule_form(s.traditional, t.word))
    });
    let Some(lead) = list_lead(s, fig.0).filter(|_| respectively && plain) else {
        return p;
    };
    // A year (110) and scope words (全镇) opening the measure are no part of it.
    let leads = s.list(crate::cue!("subject.lead"));
    let mut lead = lead.as_str();
    loop {
        let digits = lead.len() - lead.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let word = leads
            .prefix_of(&rule_form(s.traditional, lead))
            .map_or(0, str::len);
        if digits + word == 0 {
            break;
        }
        lead = &lead[digits + word..];
    }
    let lead = lead.to_string();
    let total = (s.toks.iter())
        .rfind(|t| t.end <= fig.0 && !blank(t))
        .filter(|t| t.end == fig.0 && totals.contains(&rule_form(s.traditional, t.word)));
    if let Some(t) = total {
        return format!("{lead}{}", text(s, t.start, t.end));
    }
    if p.contains(&lead) || p.is_empty() {
        return if p.is_empty() { lead } else { p };
    }
    format!("{p}{lead}")
}

/// The topic of the clause before `cs`: its leading noun phrase; none for a clause naming
/// a source or telling a record (`subject.record_word`: 创历年新高).
fn topic_before(s: &Sentence, cs: usize) -> Option<String> {
    if cs == 0 {
        return None;
    }
    let (ps, _) = clause(s, cs - 1, cs - 1);
    let toks = tokens_in(s, ps, cs - 1);
    if names_source(s, &toks) {
        return None;
    }
    let leads = s.list(crate::cue!("subject.lead"));
    // A determiner naming a category (其他制造业: `subject.category_determiner`) is the
    // topic's own word, not a pronoun opening the clause.
    let determiners = s.list(crate::cue!("subject.category_determiner"));
    let lead = toks
        .iter()
        .position(|t| {
            !(leads.contains(t.word) || matches!(t.tag, "t" | "p" | "c" | "d" | "ns" | "r"))
                || t.tag == "r" && determiners.contains(t.word)
        })
        .unwrap_or(toks.len());
    // The topic ends where its share begins (电子产品业占比重14.6%，实现产值… → 电子产品业):
    // the share is the clause's measure, not part of what it is of. Nouns joined by a
    // conjunction name one topic (石油和天然气开采业).
    let shares = s.list(crate::cue!("subject.share"));
    let share_verbs = s.list(crate::cue!("subject.share_verb"));
    let noun = |t: &Token| {
        let w = rule_form(s.traditional, t.word);
        (nominal(t) || t.tag == "r" && determiners.contains(t.word))
            && !shares.starts(&w)
            && !share_verbs.starts(&w)
    };
    let rest = &toks[lead..];
    let mut np: Vec<&Token> = Vec::new();
    for (k, t) in rest.iter().enumerate() {
        let joins = t.tag == "c" && !np.is_empty() && rest.get(k + 1).is_some_and(noun);
        if !(noun(t) || joins) || np.iter().filter(|t| t.tag != "c").count() == TOPIC_NOUNS {
            break;
        }
        np.push(t);
    }
    let (a, b) = (np.first()?.start, np.last()?.end);
    // A topic of a part's measure (某行业的增加价值，在…实质上升): the whole clause when it
    // joins its owner and a measure noun with 的, even where the nouns run over a
    // conjunction or a verb the tagger split from them.
    Some(de_topic(s, &toks[lead..]).unwrap_or_else(|| text(s, a, b)))
}

/// Most nouns [`topic_before`] takes for a topic.
const TOPIC_NOUNS: usize = 3;

/// A bare change `before_text` opening its clause at `cs` with no measure handed on
/// (毛保费与上年同期比较，增长5.8%): the change of the topic of the clause before it.
fn topic_change(s: &Sentence, cs: usize, before_text: &str) -> Option<String> {
    let changes = s.list(crate::cue!("subject.change"));
    if !changes.contains(&rule_form(s.traditional, before_text)) {
        return None;
    }
    let topic = compared_topic(s, cs).or_else(|| topic_before(s, cs))?;
    Some(balance_quotes(format!("{topic}{before_text}")))
}

/// The topic of a comparison frame making the clause before char `cs` (一般保险业务的毛保
/// 费与上年同期比较: `subject.frame_compare_open` … `subject.frame_compare_close`): the
/// words before the frame's opener, after lead and time words.
fn compared_topic(s: &Sentence, cs: usize) -> Option<String> {
    if cs == 0 {
        return None;
    }
    let (ps, _) = clause(s, cs - 1, cs - 1);
    let closes = s.list(crate::cue!("subject.frame_compare_close"));
    if !closes.ends(&rule_form(s.traditional, s.f.slice(ps, cs - 1).trim_end())) {
        return None;
    }
    let opens = s.list(crate::cue!("subject.frame_compare_open"));
    let toks = tokens_in(s, ps, cs - 1);
    let k = toks
        .iter()
        .rposition(|t| opens.contains(&rule_form(s.traditional, t.word)))?;
    let leads = s.list(crate::cue!("subject.lead"));
    let first = (toks[..k].iter()).position(|t| !(leads.contains(t.word) || t.tag == "t"))?;
    Some(text(s, toks[first].start, toks[k].start)).filter(|t| !t.is_empty())
}

/// Longest topic clause [`de_topic`] takes whole, in chars.
const MAX_DE_TOPIC_CHARS: usize = 24;

/// A clause that is an owner, 的 and a noun ending it (信息及通讯业的增加价值, or verbs
/// used as one: 私营机构的投诉), with no figure, preposition or pronoun in it: its text.
fn de_topic(s: &Sentence, toks: &[Token]) -> Option<String> {
    let (first, last) = (toks.first()?, toks.last()?);
    let attributive = s.list(crate::cue!("subject.attributive"));
    let de = (toks.iter()).rposition(|t| attributive.contains(t.word))?;
    let text = text(s, first.start, last.end);
    // After 的 a verb names a thing too (私营机构的投诉/v, 某部门的贪污/v投诉/v).
    let head = |t: &Token| nominal(t) || t.tag.starts_with('v');
    let ok = de > 0
        && de + 1 < toks.len()
        && nominal(first)
        && toks[de + 1..].iter().all(head)
        && text.chars().count() <= MAX_DE_TOPIC_CHARS
        && !is_figure(s, first.start, last.end)
        && !(toks.iter()).any(|t| matches!(t.tag, "p" | "r" | "m" | "x") && t.word != "、");
    ok.then_some(text)
}

/// Whether a clause of tokens `toks` ends with a verb of publishing (`subject.source_verb`:
/// 某局公布, 据统计局统计): it names the source of the figures after it, not their owner.
fn names_source(s: &Sentence, toks: &[Token]) -> bool {
    toks.last().is_some_and(|t| {
        s.list(crate::cue!("subject.source_verb"))
            .contains(&rule_form(s.traditional, t.word))
    })
}

/// Concatenates owner and attribute, merging an overlap (石灰岩资源 + 资源储量 → 石灰岩资源储量).
fn merge(owner: &str, attr: &str) -> String {
    if owner.is_empty() || attr.contains(owner) {
        return attr.to_string();
    }
    if owner.ends_with(attr) {
        return owner.to_string();
    }
    let oc: Vec<char> = owner.chars().collect();
    let ac: Vec<char> = attr.chars().collect();
    for k in (1..oc.len().min(ac.len())).rev() {
        if oc[oc.len() - k..] == ac[..k] {
            return format!("{}{}", owner, ac[k..].iter().collect::<String>());
        }
    }
    format!("{owner}{attr}")
}

/// `p` without a trailing change word (总产量增加 → 总产量); `changes` is the
/// `subject.change` list, its longest matching word counts (负增长, not 增长).
pub(super) fn strip_change<'p>(trad: bool, changes: &WordList, p: &'p str) -> &'p str {
    let r = rule_form(trad, p);
    changes
        .iter()
        .filter(|c| r.ends_with(*c) && r.len() > c.len())
        .max_by_key(|c| c.len())
        .map_or(p, |c| cut_chars(p, c.chars().count()))
}

/// A subject as the rules read it: subjects are cut from the text as written, the word
/// lists are simplified, so traditional subjects (增長, 產值) are compared simplified.
pub fn rule_form(trad: bool, p: &str) -> std::borrow::Cow<'_, str> {
    if !trad || p.is_ascii() {
        return std::borrow::Cow::Borrowed(p);
    }
    let s = simplet2s::convert(p);
    if s == p || s.chars().count() != p.chars().count() {
        std::borrow::Cow::Borrowed(p)
    } else {
        std::borrow::Cow::Owned(s)
    }
}

/// `p` without its last `n` chars.
fn cut_chars(p: &str, n: usize) -> &str {
    let keep = p.chars().count().saturating_sub(n);
    p.char_indices().nth(keep).map_or(p, |(i, _)| &p[..i])
}

/// The attribute lists (`subject.attribute`, `subject.attribute_prefix`), fetched once.
struct Attributes<'a> {
    words: &'a WordList,
    prefixes: &'a WordList,
    /// The sentence is read through a simplified copy (see [`Sentence::traditional`]).
    trad: bool,
}

impl<'a> Attributes<'a> {
    fn of(s: &Sentence<'a>) -> Attributes<'a> {
        Attributes {
            trad: s.traditional,
            words: s.list(crate::cue!("subject.attribute")),
            prefixes: s.list(crate::cue!("subject.attribute_prefix")),
        }
    }

    /// The longest attribute `p` ends with (加快推进总投资 → 总投资).
    fn suffix<'p>(&self, p: &'p str) -> Option<&'p str> {
        let r = rule_form(self.trad, p);
        let n = self
            .words
            .iter()
            .filter(|a| r.ends_with(*a))
            .max_by_key(|a| a.len())?
            .chars()
            .count();
        let keep = p.chars().count() - n;
        p.char_indices().nth(keep).map(|(i, _)| &p[i..])
    }

    /// `p` without a trailing attribute (城建项目总投资 → 城建项目), unless that leaves
    /// nothing.
    fn strip<'p>(&self, p: &'p str) -> &'p str {
        // Attributes may stack (小麦平均亩产增幅 → 小麦): all go.
        let mut p = p;
        loop {
            let r = rule_form(self.trad, p);
            let longest = (self.words.iter())
                .filter(|a| r.ends_with(*a) && r.len() > a.len())
                .map(|a| a.chars().count())
                .max();
            match longest {
                Some(n) => p = cut_chars(p, n),
                None => return p,
            }
        }
    }

    /// Whether `p` is a bare attribute, alone or after a prefix (储量, 总产值).
    fn is(&self, p: &str) -> bool {
        let p = &*rule_form(self.trad, p);
        self.words.contains(p)
            || (self.prefixes.iter())
                .any(|x| p.strip_prefix(x).is_some_and(|a| self.words.contains(a)))
    }
}

/// `p` without the verbs of `support` (`subject.support_verb`) that only carry the
/// measure after them (机电产品实现出口 → 机电产品出口); a verb that ends the subject or
/// comes before a rate's ending of `rates` (目标实现率) stays.
pub fn without_support_verbs(support: &WordList, rates: &WordList, p: String) -> String {
    without_words(support, p, |rest| rest.is_empty() || rates.starts(rest))
}

/// `p` without the verbs of having (`subject.having_verb`: 全镇共有家庭农场 → 全镇家庭农场,
/// 建筑业共有 → 建筑业) that only say a count exists, wherever they stand, unless a word of
/// `names` (`subject.having_name`: 拥有量, 共有产权) makes them part of a measure's name.
pub fn without_having_verbs(having: &WordList, names: &WordList, p: String) -> String {
    without_words(having, p, |rest| names.starts(rest))
}

/// `p` without every occurrence of the words of `words`, except where `keep` is true of
/// the text after one.
fn without_words(words: &WordList, p: String, keep: impl Fn(&str) -> bool) -> String {
    // Most phrases hold none of the words: one pass tells, instead of a substring search
    // per word (nothing is removed then, so nothing new can form).
    if !words.occurs_in(&p) {
        return p;
    }
    let mut out = p;
    for w in words.iter() {
        let mut from = 0;
        while let Some(i) = out[from..].find(w).map(|i| i + from) {
            if keep(&out[i + w.len()..]) {
                from = i + w.len();
                continue;
            }
            out.replace_range(i..i + w.len(), "");
        }
    }
    out
}

/// `p` without the words a clause left in it that name no part of the measure: support
/// verbs ([`without_support_verbs`]), task verbs ([`without_task_verbs`]), verbs of having
/// ([`without_having_verbs`]) and adverbs ([`without_inner_adverbs`]).
pub fn tidied(cues: &Cues, trad: bool, p: String) -> String {
    let p = without_support_verbs(
        cues.at(crate::cue!("subject.support_verb")),
        cues.at(crate::cue!("subject.rate")),
        p,
    );
    let p = without_task_verbs(cues, trad, p);
    let p = without_having_verbs(
        cues.at(crate::cue!("subject.having_verb")),
        cues.at(crate::cue!("subject.having_name")),
        p,
    );
    without_outline_marker(without_inner_adverbs(cues, trad, p))
}

/// `p` without an outline marker opening it (二、乙港 → 乙港, 3.某港 → 某港, （二）某项目,
/// ②某项目): numerals and 、 or a full stop, numerals in brackets, or a circled numeral;
/// kept when a numeral follows (二、三产业 is a term) or fewer than two chars would be left.
fn without_outline_marker(p: String) -> String {
    let chars: Vec<char> = p.chars().collect();
    // An outline's numerals: digits, Chinese digits and 十 (一、 十二、).
    let numeral = |c: char| {
        c.is_ascii_digit()
            || super::number::digit_value(c).is_some()
            || super::number::scale_exp(c) == Some(1)
    };
    let k = match chars.first() {
        Some('(' | '（') => {
            let n = chars[1..].iter().take_while(|&&c| numeral(c)).count();
            match chars.get(n + 1) {
                Some(')' | '）') if n > 0 => n + 2,
                _ => 0,
            }
        }
        Some(&c) if ('①'..='⑳').contains(&c) => 1,
        _ => {
            let n = chars.iter().take_while(|&&c| numeral(c)).count();
            match chars.get(n) {
                Some('、' | '.' | '．') if n > 0 => n + 1,
                _ => 0,
            }
        }
    };
    let rest = &chars[k..];
    if k == 0 || rest.len() < 2 || rest.first().is_some_and(|&c| numeral(c)) {
        return p;
    }
    rest.iter().collect()
}

/// `p` without the adverbs a clause left inside it (read on the rules' form, `trad`): a
/// word of `subject.inner_adverb` (也, 亦, 已, 将) or an adverb of degree of two chars or
/// more (`subject.degree_adverb`: 大幅) right before a change (`subject.change`) or a
/// comparison (`subject.comparison`): 员工数也成长 → 员工数成长, 产值大幅增加 → 产值增加,
/// 预算将比今年增加 → 预算比今年增加; and words of `subject.inner_adverb` ending it
/// (入境旅客亦 → 入境旅客). Something is always left before the adverb.
pub fn without_inner_adverbs(cues: &Cues, trad: bool, p: String) -> String {
    let inner = cues.at(crate::cue!("subject.inner_adverb"));
    let degree = cues.at(crate::cue!("subject.degree_adverb"));
    let changes = cues.at(crate::cue!("subject.change"));
    let comparisons = cues.at(crate::cue!("subject.comparison"));
    let rule = rule_form(trad, &p);
    if !inner.occurs_in(&rule) && !degree.occurs_in(&rule) {
        return p;
    }
    let mut rule: Vec<char> = rule.chars().collect();
    let mut orig: Vec<char> = p.chars().collect();
    if rule.len() != orig.len() {
        return p;
    }
    let adverbs = || {
        (inner.iter().map(|w| (w, false)))
            .chain(degree.iter().map(|w| (w, true)))
            .filter(|&(w, deg)| !deg || w.chars().count() >= 2)
    };
    let mut k = 1;
    while k < rule.len() {
        let rest: String = rule[k..].iter().collect();
        let cut = adverbs().find_map(|(w, _)| {
            let after = rest.strip_prefix(w)?;
            (changes.starts(after) || comparisons.starts(after)).then(|| w.chars().count())
        });
        match cut {
            Some(n) => {
                rule.drain(k..k + n);
                orig.drain(k..k + n);
            }
            None => k += 1,
        }
    }
    loop {
        let r: String = rule.iter().collect();
        let n = match inner.suffix_of(&r) {
            Some(w) if w.len() < r.len() => w.chars().count(),
            _ => break,
        };
        rule.truncate(rule.len() - n);
        orig.truncate(orig.len() - n);
    }
    orig.into_iter().collect()
}

/// `p` without the task verbs (`subject.task_verb`: 完成义务植树 → 义务植树, 落实保障房项目)
/// that only say a thing was done, found on the rules' form (`trad`: 落實 reads 落实): a
/// verb at the end, before a rate's ending (`rates`: 落实率) or before the words that make
/// it the name of a measure (`subject.task_object`: 完成投资, 完成年度计划) stays.
pub fn without_task_verbs(cues: &Cues, trad: bool, p: String) -> String {
    let verbs = cues.at(crate::cue!("subject.task_verb"));
    let objects = cues.at(crate::cue!("subject.task_object"));
    let rates = cues.at(crate::cue!("subject.rate"));
    let rule = rule_form(trad, &p);
    // Most phrases hold no task verb: nothing to take out.
    if !verbs.occurs_in(&rule) {
        return p;
    }
    let rule: Vec<char> = rule.chars().collect();
    let mut orig: Vec<char> = p.chars().collect();
    if rule.len() != orig.len() {
        return p;
    }
    let mut rule_s: String = rule.iter().collect();
    for w in verbs.iter() {
        let n = w.chars().count();
        let mut from = 0;
        while let Some(k) = rule_s[from..].find(w).map(|k| k + from) {
            let at = rule_s[..k].chars().count();
            let rest = &rule_s[k + w.len()..];
            if rest.is_empty() || rates.starts(rest) || objects.starts(rest) {
                from = k + w.len();
                continue;
            }
            orig.drain(at..at + n);
            rule_s.replace_range(k..k + w.len(), "");
        }
    }
    orig.into_iter().collect()
}

/// Keeps quotes balanced in a phrase cut out of a sentence.
fn balance_quotes(p: String) -> String {
    let p = p.trim_matches(|c: char| c.is_whitespace()).to_string();
    let open = p.matches('“').count();
    let close = p.matches('”').count();
    if close > open && p.find('”') < p.find('“').or(Some(usize::MAX)) {
        format!("“{p}")
    } else if open > close {
        format!("{p}”")
    } else {
        p
    }
}

/// Bracket and quote pairs a subject never holds half of.
const PAIRS: &[(char, char)] = &[
    ('（', '）'),
    ('(', ')'),
    ('「', '」'),
    ('“', '”'),
    ('《', '》'),
    ('『', '』'),
    ('【', '】'),
];

/// Longest quoted or bracketed name a subject starting inside it takes whole, in chars.
const MAX_TAKEN_NAME: usize = 16;

/// A bracket as the pairs are compared: full- and half-width parentheses are one pair.
fn pair_form(c: char) -> char {
    match c {
        '（' => '(',
        '）' => ')',
        c => c,
    }
}

/// The first char of `p` that closes a pair it never opened, or else of the last
/// opener it never closes: (index, is a closer).
fn half_pair(p: &[char]) -> Option<(usize, bool)> {
    let mut open: Vec<(usize, char)> = Vec::new();
    for (i, &c) in p.iter().enumerate() {
        let c = pair_form(c);
        if let Some(&(_, close)) = PAIRS.iter().find(|(o, _)| *o == c) {
            open.push((i, close));
        } else if PAIRS.iter().any(|(_, cl)| *cl == c) {
            match open.last() {
                Some(&(_, close)) if close == c => drop(open.pop()),
                _ => return Some((i, true)),
            }
        }
    }
    open.last().map(|&(i, _)| (i, false))
}

/// The last start of `needle` in `hay[..limit]`.
fn last_at(hay: &[char], needle: &[char], limit: usize) -> Option<usize> {
    let limit = limit.min(hay.len());
    (0..=limit.checked_sub(needle.len())?).rev().find(|&i| {
        (hay[i..i + needle.len()].iter().zip(needle)).all(|(a, b)| pair_form(*a) == pair_form(*b))
    })
}

/// A subject never holds half a pair of brackets or quotes (`PAIRS`). An opener whose
/// closer the sentence writes right after the words it holds in the subject gets it
/// back (甲(乙 + 丙 → 甲(乙)丙), else goes (the figure stands inside the brackets); a
/// subject starting inside a quoted or bracketed name takes the name whole when it is
/// short (`MAX_TAKEN_NAME`), else starts after its closer.
fn paired(s: &Sentence, fig: Span, p: String) -> String {
    let mut p: Vec<char> = p.chars().collect();
    for _ in 0..4 {
        let Some((k, closer)) = half_pair(&p) else {
            break;
        };
        p = if closer {
            whole_name(s, fig, &p, k)
        } else {
            closed(s, fig, &p, k)
        };
    }
    p.into_iter().collect::<String>().trim().to_string()
}

/// [`paired`] for a closer at `k` the subject `p` never opened.
fn whole_name(s: &Sentence, fig: Span, p: &[char], k: usize) -> Vec<char> {
    let close = pair_form(p[k]);
    let open = PAIRS
        .iter()
        .find(|(_, c)| *c == close)
        .map_or(close, |(o, _)| *o);
    let at = last_at(s.orig, &p[..=k], fig.0);
    let taken = at.and_then(|a| {
        let b = (a.saturating_sub(MAX_TAKEN_NAME + 1)..a)
            .rev()
            .find(|&i| pair_form(s.orig[i]) == open)?;
        let inside = (a - b - 1) + k;
        (inside <= MAX_TAKEN_NAME && !s.orig[b + 1..a].iter().any(|c| pair_form(*c) == close))
            .then_some(b)
    });
    match taken {
        Some(b) => {
            let a = at.unwrap_or(b);
            s.orig[b..a].iter().chain(p).copied().collect()
        }
        None if k + 1 < p.len() => p[k + 1..].to_vec(),
        None => p[..k].to_vec(),
    }
}

/// [`paired`] for an opener at `k` the subject `p` never closes.
fn closed(s: &Sentence, fig: Span, p: &[char], k: usize) -> Vec<char> {
    let open = pair_form(p[k]);
    let close = PAIRS
        .iter()
        .find(|(o, _)| *o == open)
        .map_or(open, |(_, c)| *c);
    // The closer is written in the opener's width.
    let width = if p[k] == '（' { '）' } else { close };
    let inner = &p[k + 1..];
    let written = last_at(s.orig, &p[..=k], fig.0).and_then(|head| {
        let o = head + k;
        let at = |i: usize| pair_form(s.orig[i]);
        let c = (o + 1..s.orig.len()).find(|&i| at(i) == close || at(i) == open)?;
        (at(c) == close && c <= fig.0).then(|| &s.orig[o + 1..c])
    });
    match written {
        Some(inside) if inner.starts_with(inside) => {
            let n = k + 1 + inside.len();
            p[..n]
                .iter()
                .chain([&width])
                .chain(&p[n..])
                .copied()
                .collect()
        }
        _ => p[..k].iter().chain(inner).copied().collect(),
    }
}

/// The subject of a figure in a table: its row label and its column (产业项目 +
/// 完成投资 → 产业项目完成投资; 产业项目 + 项目数 → 产业项目数). `label` is the row label
/// as written, `folded` the same cell as the rules read it; `column` the column's name
/// as the rules read it and as written.
pub fn table_subject(label: &str, folded: &str, (column, written): (&str, &str)) -> String {
    // Overlap is found on the rules' text; the output is cut from the text as written.
    let merged = merge(folded, column);
    let tail = |n: usize| -> String {
        let skip = written.chars().count().saturating_sub(n);
        written.chars().skip(skip).collect()
    };
    match merged.strip_prefix(folded) {
        Some(added) => balance_quotes(format!("{label}{}", tail(added.chars().count()))),
        None if merged == column => balance_quotes(written.to_string()),
        None => balance_quotes(merged),
    }
}

/// A clause that opens with 分别 and a change (分别增长18.2%和21.5%, 分别比上年下降…)
/// after figures of its own sentence: the `i`-th of its figures is the change of the
/// `i`-th of the figures just before the clause (接待游客52.6万人次，实现旅游收入3.1亿元，
/// 分别增长18.2%和21.5%). `earlier` holds the sentence's figures so far with their
/// subjects.
pub fn respectively_back(s: &Sentence, fig: Span, earlier: &[(Span, String)]) -> Option<String> {
    // The changes may be listed with 、 (分别增长10.3%、5.7%、10%) or, as some pages
    // write them, with commas between bare figures (分别增长14.1%, 2.2%, 14.8%): the
    // clause runs between hard delimiters, over clauses that are one figure alone.
    let (cs, ce) = figure_run_clause(s, fig);
    let head = s.f.slice(cs, fig.0);
    // Where the opener before 分别 ends, if there is one.
    let mut opener_end = None;
    let after = match find_respectively(s, head) {
        Some((k, word)) => {
            // Only lead words may stand before 分别 (其中, 同比): otherwise the list is in
            // front of it, which `respectively` handles.
            // A comparison may open it too (比上年分别增长, 同比分别增长, 与去年同比).
            let end = cs + head[..k].chars().count();
            if !comparison_opener(s, cs, end) {
                return None;
            }
            opener_end = Some(end);
            end + word.chars().count()
        }
        // Without 分别: a clause of a comparison and a change alone before a list of
        // figures (…，营业额6万元，同比增长了45%和38%) distributes them the same way.
        None if bare_change_list(s, (cs, ce), fig) => cs,
        None => return None,
    };
    // A comparison's base (比1-4月加快…, 较2010年下降…) is none of the changes.
    let figs: Vec<&Span> = s
        .figures
        .iter()
        .filter(|&&(a, _)| a >= after && a < ce && !compared_base(s, a))
        .collect();
    let i = figs.iter().position(|&&f| f == fig)?;
    let first = figs.first()?;
    let changes = s.list(crate::cue!("subject.change"));
    // The change word may take a one-char particle (增长了: a `subject.link` word).
    let change_end = first.0 - usize::from(ends_with_particle(s, s.f.slice(after, first.0)));
    let change = changes
        .iter()
        .filter(|c| s.f.slice(after, change_end).ends_with(*c))
        .max_by_key(|c| c.len());
    let before: Vec<&(Span, String)> = earlier.iter().filter(|(sp, _)| sp.1 <= cs).collect();
    if figs.len() < 2 || before.len() < figs.len() {
        return None;
    }
    let owner = clause_owners(s, &before, figs.len())
        .map_or(&before[before.len() - figs.len() + i].1, |o| o[i]);
    // The change word as written (增長 in traditional text); else percentages of what the
    // words after 分别 name (分别完成年计划的76.5%、89.5% → 新增就业完成年计划).
    // A contribution (分别拉动全区工业增长…: `subject.pull`) is the words after 分别 whole.
    let pulled = s
        .list(crate::cue!("subject.pull"))
        .starts(s.f.slice(after, change_end));
    // A change written right before this figure is its own (减少…、增长…).
    let change = match change.map(|c| (c, listed_change(s, &figs, i))) {
        _ if pulled => text(s, after, change_end),
        Some((_, Some(own))) => own,
        Some((c, None)) => text(s, change_end - c.chars().count(), change_end),
        None => shared_share(s, after, first.0, fig)?,
    };
    // A dated base opening the clause (比2020年同期分别下降) tells these changes from the
    // year-on-year ones before: it goes with the change.
    let head_base = opener_end.filter(|&e| is_figure(s, cs, e));
    let change = match head_base {
        Some(e) => format!("{}{change}", text(s, cs, e).trim()),
        None => change,
    };
    (!owner.is_empty())
        .then(|| balance_quotes(merge(strip_change(s.traditional, changes, owner), &change)))
}

/// The owners of the `n` figures of a 分别 clause listed in the clauses before it, one a
/// clause (11个甲项目完成投资53.9亿元，87个乙项目完成投资153.2亿元，分别占年计划的49.3%、
/// 50.1%: 甲项目完成投资, 乙项目完成投资): of each of the last `n` clauses holding facts
/// (`before`, in order), its last fact that states no change, else its last. None when the
/// clause right before holds `n` facts or more (甲投资60亿元、乙投资40亿元，分别增长…: the
/// list is in that clause) or when fewer than `n` clauses hold facts.
fn clause_owners<'e>(
    s: &Sentence,
    before: &[&'e (Span, String)],
    n: usize,
) -> Option<Vec<&'e String>> {
    let changes = s.list(crate::cue!("subject.change"));
    let mut groups: Vec<Vec<&'e String>> = Vec::new();
    let mut last_clause = None;
    let thing = |p: &str| strip_change(s.traditional, changes, p).to_string();
    for (sp, p) in before.iter().map(|e| (&e.0, &e.1)) {
        let c = hard_clause(s, *sp).0;
        // A clause that only changes the thing the clause before measured (甲增加值
        // 22亿元，增长4.0%) is that clause's, not an owner of its own.
        let continues = (groups.last().and_then(|g| g.last()))
            .is_some_and(|q| changes.ends(&rule_form(s.traditional, p)) && thing(p) == thing(q));
        if last_clause != Some(c) && !continues {
            groups.push(Vec::new());
        }
        last_clause = Some(c);
        groups.last_mut()?.push(p);
    }
    if groups.len() < n || groups.last()?.len() >= n {
        return None;
    }
    let owner = |g: &Vec<&'e String>| {
        (g.iter().rev())
            .find(|p| !changes.ends(&rule_form(s.traditional, p)))
            .or(g.last())
            .copied()
    };
    groups[groups.len() - n..].iter().map(owner).collect()
}

/// The hard clause of `fig` (see [`hard_clause`]) widened over the neighbouring clauses
/// that are one figure alone (增长14.1%, 2.2%, 14.8%: a list written with commas).
fn figure_run_clause(s: &Sentence, fig: Span) -> (usize, usize) {
    let (mut cs, mut ce) = hard_clause(s, fig);
    let bare = |(a, b): Span| {
        let t = s.f.slice(a, b);
        let lead = a + t.chars().take_while(|c| c.is_whitespace()).count();
        let tail = b - t.chars().rev().take_while(|c| c.is_whitespace()).count();
        lead < tail && s.figures.contains(&(lead, tail))
    };
    // Back: while the first clause is a bare figure, the clause before joins it.
    let mut first_end = ce;
    while cs > 1 && bare((cs, first_end)) {
        let (ps, _) = hard_clause(s, (cs - 1, cs - 1));
        if !ends_with_figure(s, ps, cs - 1) {
            break;
        }
        (cs, first_end) = (ps, cs - 1);
    }
    // On: bare figures after a clause that ends with a figure.
    while ce < s.chars.len() && ends_with_figure(s, cs, ce) {
        let (_, ne) = hard_clause(s, (ce + 1, ce + 1));
        if ne <= ce + 1 || !bare((ce + 1, ne)) {
            break;
        }
        ce = ne;
    }
    (cs, ce)
}

/// Whether `[a, b)` ends with a figure (spaces after it aside).
fn ends_with_figure(s: &Sentence, a: usize, b: usize) -> bool {
    let t = s.f.slice(a, b);
    let end = b - t.chars().rev().take_while(|c| c.is_whitespace()).count();
    s.figures.iter().any(|&(fa, fb)| fb == end && fa >= a)
}

/// Whether `[a, b)` holds nothing but lead, comparison and time words (同比, 比上年,
/// 与去年同比, 比去年同期): the opener of a 分别 clause whose list stands before it.
fn comparison_opener(s: &Sentence, a: usize, b: usize) -> bool {
    let opener = s.f.slice(a, b).trim();
    let known = |rule, w: &str| s.list(rule).contains(&rule_form(s.traditional, w));
    opener.is_empty()
        || known(crate::cue!("subject.lead"), opener)
        || known(crate::cue!("subject.comparison"), opener)
        || {
            // A base's figure (比2020年同期) may stand inside: its chars are no words.
            let figs: Vec<&Span> = (s.figures.iter())
                .filter(|&&(fa, fb)| a < fb && fa < b)
                .collect();
            let bases = figs
                .iter()
                .all(|&&(fa, fb)| fa >= a && fb <= b && compared_base(s, fa));
            let unfigured: String = (a..b)
                .filter(|&i| !figs.iter().any(|&&(fa, fb)| (fa..fb).contains(&i)))
                .map(|i| s.chars[i])
                .collect();
            let toks = tokens_in(s, a, b);
            let toks: Vec<&Token> = toks
                .iter()
                .filter(|t| !is_figure(s, t.start, t.end))
                .collect();
            let words: String = toks.iter().map(|t| t.word).collect();
            bases
                && words == unfigured.trim()
                && toks.iter().all(|t| {
                    t.tag == "t"
                        || known(crate::cue!("subject.comparison"), t.word)
                        || known(crate::cue!("subject.lead"), t.word)
                })
        }
}

/// Whether the figure at char `a` is a comparison's base: a `subject.comparison` word
/// stands right before it (比1-4月, 较2010年).
/// A joiner (与) right after another figure joins two figures (50.3与34.3), no base.
fn compared_base(s: &Sentence, a: usize) -> bool {
    let before = s.f.slice(a.saturating_sub(4), a);
    let Some(w) = s
        .list(crate::cue!("subject.comparison"))
        .suffix_of(&rule_form(s.traditional, before))
        .filter(|w| !w.is_empty())
    else {
        return false;
    };
    let at = a - w.chars().count();
    let joins = s.list(crate::cue!("subject.item_joiner")).contains(w)
        && s.figures.iter().any(|&(_, b)| b == at);
    !joins
}

/// Whether `text` ends with a one-char `subject.link` word (the particle of 增长了).
fn ends_with_particle(s: &Sentence, text: &str) -> bool {
    text.chars().last().is_some_and(|c| {
        s.list(crate::cue!("subject.link"))
            .contains(c.encode_utf8(&mut [0; 4]))
    })
}

/// Whether the clause `(cs, ce)` holding `fig` is a list of two or more figures joined by
/// `subject.item_joiner` words or 、 alone (45%和38%), after nothing but comparison, lead
/// and time words and a change word (同比去年增长了).
fn bare_change_list(s: &Sentence, (cs, ce): Span, fig: Span) -> bool {
    let figs: Vec<&Span> = (s.figures.iter())
        .filter(|&&(a, b)| a >= cs && b <= ce)
        .collect();
    if figs.len() < 2 || !figs.contains(&&fig) {
        return false;
    }
    let joiners = s.list(crate::cue!("subject.item_joiner"));
    let joined = figs.windows(2).all(|w| {
        let gap = s.f.slice(w[0].1, w[1].0).trim();
        gap == "、" || joiners.contains(gap)
    });
    let rest = s.f.slice(figs[figs.len() - 1].1, ce).trim();
    if !joined || !rest.is_empty() {
        return false;
    }
    let toks = tokens_in(s, cs, figs[0].0);
    let Some((last, openers)) = toks.split_last().map(|(l, o)| {
        if ends_with_particle(s, l.word) && l.word.chars().count() == 1 {
            o.split_last().map_or((l, &[][..]), |(l2, o2)| (l2, o2))
        } else {
            (l, o)
        }
    }) else {
        return false;
    };
    let is = |rule, w: &str| s.list(rule).contains(&rule_form(s.traditional, w));
    is(crate::cue!("subject.change"), last.word)
        && openers.iter().all(|t| {
            t.tag == "t"
                || is(crate::cue!("subject.comparison"), t.word)
                || is(crate::cue!("subject.lead"), t.word)
        })
}

/// A 分别 list of compared places after 分别 (增长11.4%，分别高于全国、全省6.9和3.9个百分
/// 点): the `i`-th figure compares the change of the measure before with the `i`-th place
/// (工业增加值增速高于全国, …高于全省); the rate word may open the clause (增速分别高于…, its
/// own word named). `earlier`: the sentence's facts before `fig`.
/// Read before [`respectively_back`], whose shares read points too (分别快于全县2个、3个
/// 百分点 compares each change, no share of it).
pub fn respectively_compared(
    s: &Sentence,
    fig: Span,
    earlier: &[(Span, String)],
) -> Option<String> {
    let (cs, ce) = hard_clause(s, fig);
    let head = s.f.slice(cs, fig.0);
    let (k, word) = find_respectively(s, head)?;
    let opener = head[..k].trim();
    let after = cs + head[..k].chars().count() + word.chars().count();
    // The bases may come before 分别 after a comparison opener, the adjective after it
    // (较全国、全省分别高10.4、6.2个百分点 → …增速较全国高, …增速较全省高).
    let opened = (s
        .list(crate::cue!("subject.compare_open"))
        .prefix_of(opener))
    .filter(|o| o.len() < opener.len());
    // Or the rate compared may open it (增速分别高于全国、全省2.4和1.8个百分点).
    let rates = s.list(crate::cue!("subject.rate_word"));
    let rate_opens = rates.contains(&rule_form(s.traditional, opener));
    if opened.is_none()
        && !opener.is_empty()
        && !rate_opens
        && !s.list(crate::cue!("subject.lead")).contains(opener)
    {
        return None;
    }
    let (verb, close) = match opened {
        Some(o) => {
            let adjectives = s.list(crate::cue!("subject.compare_adjective"));
            (o, adjectives.prefix_of(s.f.rest(after))?)
        }
        None => {
            let verbs = s.list(crate::cue!("subject.compare_verb"));
            (verbs.prefix_of(s.f.rest(after))?, "")
        }
    };
    // The figures start after the word read after 分别: the adjective, or the verb.
    let from = after + if opened.is_some() { close } else { verb }.chars().count();
    let figs: Vec<&Span> = (s.figures.iter())
        .filter(|&&(a, _)| a >= from && a < ce)
        .collect();
    let i = figs.iter().position(|&&f| f == fig)?;
    let last = figs.last()?;
    if figs.len() < 2 || !states_change(s, **last) {
        return None;
    }
    let joiners = s.list(crate::cue!("subject.item_joiner")).chars();
    let listed = match opened {
        Some(o) => &opener[o.len()..],
        None => s.f.slice(from, figs[0].0),
    };
    let items: Vec<&str> = listed
        .split(|c| c == '、' || joiners.contains(&c))
        .collect();
    if items.iter().any(|t| t.trim().is_empty()) {
        return None;
    }
    // The compared changes: the earlier figures' subjects that end with a change; one
    // place for all figures compares as many changes listed before (甲县、乙县分别增长…).
    let changes = s.list(crate::cue!("subject.change"));
    let owners: Vec<&String> = (earlier.iter())
        .filter(|(sp, p)| sp.1 <= cs && changes.ends(&rule_form(s.traditional, p)))
        .map(|(_, p)| p)
        .collect();
    let (owner, item) = match items.len() {
        n if n == figs.len() => (*owners.last()?, items[i]),
        1 if owners.len() >= figs.len() => (owners[owners.len() - figs.len() + i], items[0]),
        _ => return None,
    };
    let measure = measure_of(s, owner);
    let rate = match rate_opens {
        true => opener,
        false => rates.iter().next().unwrap_or(""),
    };
    (!measure.is_empty()).then(|| {
        let item = item.trim();
        match opened {
            Some(o) => balance_quotes(format!("{measure}{rate}{o}{item}{close}")),
            None => {
                let verb = text(s, after, from);
                balance_quotes(format!("{measure}{rate}{verb}{item}"))
            }
        }
    })
}

/// The words between 分别 (ending at char `after`) and the first figure at `first` that
/// name what percentages `fig` are of (完成年计划的, 占全市的 → 完成年计划, 占全市), without
/// a closing 的 or link word; None for other figures or when nothing (or too much) is left.
fn shared_share(s: &Sentence, after: usize, first: usize, fig: Span) -> Option<String> {
    let written = s.f.slice(fig.0, fig.1);
    let points = s.list(crate::cue!("subject.point_unit"));
    if !(written.ends_with('%') || points.ends(&rule_form(s.traditional, written))) {
        return None;
    }
    let toks = tokens_in(s, after, first);
    // A bare share verb alone (分别占0.2%、93.9%) is each item's share (占比).
    if let [t] = &toks[..] {
        if let Some(noun) = group::share_noun(s, &rule_form(s.traditional, t.word)) {
            return Some(noun.to_string());
        }
    }
    let link = s.list(crate::cue!("subject.link"));
    let attributive = s.list(crate::cue!("subject.attributive"));
    let n = toks
        .iter()
        .rposition(|t| !(link.contains(t.word) || attributive.contains(t.word)))?;
    let (a, b) = (toks.first()?.start, toks[n].end);
    (b - a >= 2 && b - a <= MAX_SHARED_CHARS).then(|| text(s, a, b))
}

/// Longest phrase [`shared_share`] takes, in chars.
const MAX_SHARED_CHARS: usize = 8;

/// The length in chars of `[a, b)` without the adverbs at its end (`subject.tail_adverb`:
/// 台湾旅客亦, 香港旅客则), however jieba cut them.
fn trimmed_tail(s: &Sentence, a: usize, b: usize) -> usize {
    let tails = s.list(crate::cue!("subject.tail_adverb"));
    let mut n = b.saturating_sub(a);
    while let Some(w) = tails
        .suffix_of(s.f.slice(a, a + n))
        .filter(|w| !w.is_empty())
    {
        let k = w.chars().count();
        if k >= n {
            break;
        }
        n -= k;
    }
    n
}

/// Whether the sentence opens with a viewpoint clause and no figure in it (分产业看，…;
/// 从结构来看，…: `subject.viewpoint`): its figures are parts of the measure of the
/// paragraph's lead sentence.
pub fn opens_with_view(s: &Sentence) -> bool {
    let (_, ce) = hard_clause(s, (0, 0));
    let head = s.f.slice(0, ce).trim();
    let by = s.list(crate::cue!("subject.viewpoint_by"));
    // 按消费类型分: a breakdown by a criterion.
    let by_criterion = by
        .entries()
        .any(|(open, close)| !close.is_empty() && head.starts_with(open) && head.ends_with(close));
    let view = by_criterion || s.list(crate::cue!("subject.viewpoint")).ends(head);
    // A count of the parts inside a viewpoint framed by `subject.viewpoint_open` (从6个
    // 旗县市增速看) leaves it a viewpoint.
    let framed = || s.list(crate::cue!("subject.viewpoint_open")).starts(head);
    ce < s.chars.len() && view && (!is_figure(s, 0, ce) || framed())
}

/// The measure a viewpoint clause names (`subject.viewpoint`: 从上半年交易总额看 →
/// 交易总额), without the preposition, time and figures opening it: what the parts of
/// the sentences after it measure, when the viewpoint's sentence has no figure of its own
/// to lead them. None when the clause names no noun.
pub fn view_measure(s: &Sentence) -> Option<String> {
    let (_, ce) = hard_clause(s, (0, 0));
    let head = s.f.slice(0, ce).trim_end();
    let word = s.list(crate::cue!("subject.viewpoint")).suffix_of(head)?;
    let end = head.chars().count() - word.chars().count();
    let toks = tokens_in(s, 0, end);
    // A clause opening with a preposition (从…看), whatever figures it dates.
    if toks.first().is_none_or(|t| t.tag != "p") {
        return None;
    }
    let first = toks
        .iter()
        .position(|t| !(t.tag == "p" || t.tag.starts_with('t') || is_figure(s, t.start, t.end)))?;
    if !toks[first..].iter().any(nominal) || toks[first..].iter().any(|t| t.tag == "v") {
        return None;
    }
    let m = text(s, toks[first].start, end);
    (m.chars().count() >= 2).then_some(m)
}

/// The measure a frame opening the sentence names (在限额以上单位商品零售额中，石油及制品
/// 类增长… → 限额以上单位商品零售额: `subject.viewpoint_frame`, its opening preposition and
/// closing locative): the whole the parts after it break down, when it names a noun and
/// no verb and ends with an attribute (产值: `subject.attribute`, 零售额:
/// `subject.part_attribute`); a group (在全市企业中) is none, but units counted
/// (在…法人单位中: `subject.counted_frame_end`) give their word, with `true`: the parts
/// named alone count them.
pub fn frame_measure(s: &Sentence) -> Option<(String, bool)> {
    // The first clause, or the one after a date opening the sentence (2013年末，在…中).
    let (_, first) = hard_clause(s, (0, 0));
    let dated = first < s.chars.len() && is_figure(s, 0, first);
    let cs = if dated { first + 1 } else { 0 };
    let (_, ce) = hard_clause(s, (cs, cs));
    if ce >= s.chars.len() || is_figure(s, cs, ce) {
        return None;
    }
    let head = rule_form(s.traditional, s.f.slice(cs, ce).trim_end()).into_owned();
    if let Some(m) = by_category_measure(s, (cs, ce), &head) {
        return Some((m, false));
    }
    let (open, close) = (s.list(crate::cue!("subject.viewpoint_frame")).entries())
        .find(|(o, c)| !c.is_empty() && head.starts_with(o) && head.ends_with(c))
        .or_else(|| {
            let close = s
                .list(crate::cue!("subject.viewpoint_frame_close"))
                .suffix_of(&head)?;
            Some(("", close))
        })?;
    let (a, b) = (
        cs + open.chars().count(),
        cs + head.chars().count() - close.chars().count(),
    );
    let toks = tokens_in(s, a, b);
    if toks.iter().any(|t| t.tag == "v") || !toks.iter().any(nominal) {
        return None;
    }
    let m = text(s, a, b);
    let rule = rule_form(s.traditional, &m).into_owned();
    let parts = s.list(crate::cue!("subject.part_attribute"));
    if Attributes::of(s).suffix(&rule).is_some() || parts.ends(&rule) {
        return Some((m, false));
    }
    // A frame of units counted (在第二产业和第三产业法人单位中，制造业1506个): its parts
    // count those units, named by the units' word alone; a part named alone takes it.
    let units = s.list(crate::cue!("subject.counted_frame_end"));
    let w = units.suffix_of(&rule)?;
    Some((
        m.chars()
            .skip(rule.chars().count() - w.chars().count())
            .collect(),
        true,
    ))
}

/// The measure a clause `(cs, ce)` (`head` its rule form) breaks down by a category
/// (期内售电量按客户类别计算，住宅客户…: `subject.category_frame`, a word opening the
/// category and one closing the clause): its nouns before the opening word, past time
/// words, when they hold no verb.
fn by_category_measure(s: &Sentence, (cs, _): Span, head: &str) -> Option<String> {
    // How the measure was computed (增加值按可比价格计算: `subject.method`) breaks it down
    // by nothing.
    if s.list(crate::cue!("subject.method")).ends(head) {
        return None;
    }
    let (_, open) = (s.list(crate::cue!("subject.category_frame")).entries())
        .find(|(c, o)| !o.is_empty() && head.ends_with(c) && head.contains(o))?;
    let at = cs + head[..head.find(open)?].chars().count();
    let toks = tokens_in(s, cs, at);
    let first = toks
        .iter()
        .position(|t| !matches!(t.tag, "t" | "f" | "p"))?;
    let toks = &toks[first..];
    let named = toks.iter().all(|t| nominal(t) && t.tag != "v") && !toks.is_empty();
    let m = text(s, toks.first()?.start, at);
    (named && m.chars().count() >= 2).then_some(m)
}

/// The measure a figure-less clause names before a clause opening with a part word
/// (主要经济鱼类产量有增有减，其中：梅鱼4.72万吨…: its words before a `subject.trend_close`
/// phrase, ending with an attribute): the whole the parts after it break down, with
/// `true` as [`frame_measure`] gives it: the parts named alone take it (梅鱼 → 梅鱼产量).
pub fn trend_measure(s: &Sentence) -> Option<(String, bool)> {
    let closes = s.list(crate::cue!("subject.trend_close"));
    if !closes.may_occur_in(&s.f.text) {
        return None;
    }
    let parts = s.list(crate::cue!("subject.part_of"));
    let mut cs = 0;
    while cs < s.chars.len() {
        let (_, ce) = hard_clause(s, (cs, cs));
        let next = s.f.rest((ce + 1).min(s.chars.len()));
        let next = next.trim_start_matches(|c: char| c.is_whitespace() || is_delim(c));
        if parts.starts(next) && !is_figure(s, cs, ce) {
            let head = rule_form(s.traditional, s.f.slice(cs, ce).trim_end()).into_owned();
            let close = closes.suffix_of(&head)?;
            let m = head[..head.len() - close.len()].to_string();
            let toks = tokens_in(s, cs, cs + m.chars().count());
            let named = toks.iter().all(|t| t.tag != "v") && Attributes::of(s).suffix(&m).is_some();
            return named.then(|| (text(s, cs, cs + m.chars().count()), true));
        }
        cs = ce + 1;
    }
    None
}

/// Whether the sentence opens with a part word (`subject.part_of`: 其中，城镇实现…): its
/// figures are parts of the measure of the sentence before.
pub fn opens_with_part(s: &Sentence) -> bool {
    let head = s.f.slice(0, s.chars.len().min(MAX_PART_WORD_CHARS + 2));
    let head = head.trim_start_matches(|c: char| c.is_whitespace() || is_delim(c));
    s.list(crate::cue!("subject.part_of")).starts(head)
}

/// A subject `p` that opens with a comparison word (`subject.comparison`: 較去年同期上升)
/// in a sentence that opens with it too continues the measure `lead` of the sentence before
/// (博彩毛收入…。較去年同期上升4.5% → 博彩毛收入較去年同期上升).
pub fn with_compared_lead(s: &Sentence, p: String, lead: &str) -> String {
    let comparisons = s.list(crate::cue!("subject.comparison"));
    let head =
        s.f.text
            .trim_start_matches(|c: char| c.is_whitespace() || is_delim(c));
    let opens = |t: &str| comparisons.starts(&rule_form(s.traditional, t));
    if lead.is_empty() || !opens(head) || !opens(&p) || p.contains(lead) {
        return p;
    }
    balance_quotes(format!("{lead}{p}"))
}

/// Most chars of a place a ranking sentence names (see [`ranked_lead`]).
const MAX_RANKED_PLACE_CHARS: usize = 6;

/// A sentence opening with a rank lead (`subject.rank_lead`: 最高为甲县千分之8.08，其次
/// 为乙县…) ranks places by the lead sentence's measure `lead`: a subject that is only a
/// place (a name ending with a `place.short_suffix` word), after the lead or alone, is
/// that place's measure (甲县 + 粗出生率).
pub fn ranked_lead(s: &Sentence, p: String, lead: &str) -> String {
    let ranks = s.list(crate::cue!("subject.rank_lead"));
    let head =
        s.f.text
            .trim_start_matches(|c: char| c.is_whitespace() || is_delim(c));
    if lead.is_empty() || !ranks.starts(&rule_form(s.traditional, head)) {
        return p;
    }
    let skip = (ranks.prefix_of(&rule_form(s.traditional, &p))).map_or(0, |w| w.chars().count());
    let place: String = p.chars().skip(skip).collect();
    let n = place.chars().count();
    let divisions = s.list(crate::cue!("place.short_suffix"));
    if (2..=MAX_RANKED_PLACE_CHARS).contains(&n)
        && divisions.ends(&rule_form(s.traditional, &place))
    {
        format!("{place}{lead}")
    } else {
        p
    }
}

/// Longest part word (其中) [`opens_with_part`] looks for, in chars.
const MAX_PART_WORD_CHARS: usize = 2;

/// A figure in percentage points at `fig` whose subject is the previous figure's measure
/// and a bare change (负增长24.6%，收窄9.4个百分点 → 项目投资收窄; 增长8.1%，回落2.3个百分点) changes
/// that measure's rate: the measure, the rate's name and the change (项目投资降幅收窄,
/// 工业投资增速回落). The rate of a fall (`subject.falling_change` in `prev`) is
/// `subject.fall_rate_word` (降幅), else the first `subject.rate_word` (增速).
pub fn points_rate(s: &Sentence, fig: Span, p: String, prev: Option<&str>) -> String {
    let Some(prev) = prev.filter(|v| !v.is_empty()) else {
        return p;
    };
    let rates = [
        s.list(crate::cue!("subject.rate_word")),
        s.list(crate::cue!("subject.fall_rate_word")),
    ];
    let falling = s.list(crate::cue!("subject.falling_change"));
    // A share's or a rate's change in points is its own (比重下降0.9个百分点).
    let rate_of = |m: &str| {
        let m = rule_form(s.traditional, m);
        let named = rates.iter().any(|l| l.occurs_in(&m))
            || s.list(crate::cue!("subject.share")).occurs_in(&m)
            || s.list(crate::cue!("subject.rate")).ends(&m);
        let fell = falling.occurs_in(&rule_form(s.traditional, prev));
        (!named)
            .then(|| rates[usize::from(fell)].iter().next())
            .flatten()
            .unwrap_or("")
    };
    // A comparison of its own opening the clause (，比上半年提高1.0个百分点) compares the
    // rate of the measure before with that base.
    // The clause may name the rate itself (增速比1-7月提高1.3个百分点), or be a bare change
    // after a growth (同比增长38.1%，提高6.9个百分点: a growth in per cent raised by points
    // is its rate raised).
    let (cs, _) = clause(s, fig.0, fig.1);
    let head_text = text(s, cs, fig.0);
    let head = head_text.trim();
    let head_rule = rule_form(s.traditional, head).into_owned();
    let changes = s.list(crate::cue!("subject.change"));
    let rate_led = rates.iter().find_map(|l| l.prefix_of(&head_rule));
    let after_rate = &head_rule[rate_led.map_or(0, str::len)..];
    let compared =
        s.list(crate::cue!("subject.comparison")).starts(after_rate) && changes.ends(after_rate);
    let m = measure_of(s, prev);
    let grew = m != prev && !falling.occurs_in(&rule_form(s.traditional, prev));
    let bare = grew && changes.contains(after_rate);
    let led = rate_led.is_some() && after_rate.len() < head_rule.len() && changes.ends(after_rate);
    let own = p == prev || p == format!("{m}{head}") || (led && p == head);
    if (compared || bare || led) && own {
        let rate = if rate_led.is_some() { "" } else { rate_of(&m) };
        return format!("{m}{rate}{head}");
    }
    let changes = s.list(crate::cue!("subject.points_change"));
    let rule = rule_form(s.traditional, &p).into_owned();
    let Some(change) = changes.suffix_of(&rule).filter(|w| w.len() < rule.len()) else {
        return p;
    };
    let measure = cut_chars(&p, change.chars().count());
    match rate_of(measure) {
        rate if !rate.is_empty() && measure_of(s, prev) == measure => {
            format!("{measure}{rate}{}", &p[measure.len()..])
        }
        _ => p,
    }
}

/// The subject `p` of the figure at `fig` read against the previous figure's subject
/// `prev`: with the owner of an attribute opening it ([`with_attribute_owner`]) and, for a
/// figure in percentage points (`points`), as a change of a rate ([`points_rate`]).
pub fn with_prev_measure(
    s: &Sentence,
    (fig, points): (Span, bool),
    p: String,
    prev: Option<&str>,
) -> String {
    let p = with_attribute_owner(s, p, prev);
    match points {
        true => points_rate(s, fig, p, prev),
        false => p,
    }
}

/// A subject `p` opening with an attribute (`subject.part_attribute`: 增加值累计占比) that
/// the previous figure's subject `prev` names after an owner (汽车制造业增加值增速…) is that
/// owner's: the owner before `p` (汽车制造业增加值累计占比).
pub fn with_attribute_owner(s: &Sentence, p: String, prev: Option<&str>) -> String {
    let Some(prev) = prev.filter(|v| !v.is_empty()) else {
        return p;
    };
    let rule = rule_form(s.traditional, &p).into_owned();
    let prev_rule = rule_form(s.traditional, prev).into_owned();
    let attrs = s.list(crate::cue!("subject.part_attribute"));
    let owner = (attrs.iter())
        .filter(|a| rule.starts_with(*a) && a.len() < rule.len())
        .filter_map(|a| prev_rule.find(a).filter(|&k| k > 0))
        .map(|k| {
            prev.chars()
                .take(prev_rule[..k].chars().count())
                .collect::<String>()
        })
        // An owner of one char is a word's first char (进|出口总额), no owner.
        .filter(|o| o.chars().count() >= 2)
        .max_by_key(String::len);
    match owner {
        Some(o) if !rule.contains(&*rule_form(s.traditional, &o)) => format!("{o}{p}"),
        _ => p,
    }
}

/// A count `p` of things named by the noun after its 的 (10995万户的饮用水为…自来水: 饮用水)
/// that a `subject.category_copula` puts in a category running to the clause's end: the
/// noun, the copula and the category (饮用水为经过净化处理的自来水). `p` unchanged when the
/// clause after the figure at `fig` is no such phrase or holds a figure.
pub fn counted_by_category(s: &Sentence, fig: Span, p: String) -> String {
    let (_, ce) = clause(s, fig.0, fig.1);
    let rest = s.f.slice(fig.1, ce);
    let attributive = s.list(crate::cue!("subject.attributive"));
    let Some(de) = attributive.prefix_of(rest) else {
        return p;
    };
    let from = fig.1 + de.chars().count();
    let copulas = s.list(crate::cue!("subject.category_copula"));
    let Some(c) = (s.toks.iter()).find(|t| {
        t.start >= from && t.end < ce && copulas.contains(&rule_form(s.traditional, t.word))
    }) else {
        return p;
    };
    let noun = text(s, from, c.start);
    let category = text(s, c.end, ce);
    let (n, k) = (noun.chars().count(), category.chars().count());
    if noun != p || !(2..=MAX_CATEGORY_NOUN_CHARS).contains(&n) || !(2..=MAX_CHARS).contains(&k) {
        return p;
    }
    if is_figure(s, from, ce) || !tokens_in(s, from, c.start).iter().all(nominal) {
        return p;
    }
    balance_quotes(text(s, from, ce).trim().to_string())
}

/// Longest noun a count is counted by before its category (饮用水), in chars.
const MAX_CATEGORY_NOUN_CHARS: usize = 6;

/// A multiple of a base written after a copula (…，是1978年1.3亿元的143倍: see
/// `subject.multiple_copula`): the measure `p` (or, when empty, the phrase before the
/// copula) against the base's time (地区生产总值是1978年的倍数). `p` unchanged when the
/// figure at `fig` is no such multiple, the base names no time or `p` names a multiple.
pub fn multiple_of_base(s: &Sentence, fig: Span, p: String, prev: Option<&str>) -> String {
    let word = s.list(crate::cue!("subject.multiple_word")).iter().next();
    let Some(word) = word.filter(|w| !p.contains(*w)) else {
        return p;
    };
    let (cs, _) = clause(s, fig.0, fig.1);
    let before = s.f.slice(cs, fig.0);
    let Some(end) = s
        .list(crate::cue!("subject.multiple_base_end"))
        .suffix_of(before)
    else {
        return p;
    };
    let de = fig.0 - end.chars().count();
    // The last copula before the base, a token of its own.
    let copulas = s.list(crate::cue!("subject.multiple_copula"));
    let Some(c) = (s.toks.iter()).rfind(|t| {
        t.start >= cs && t.end <= de && copulas.contains(&rule_form(s.traditional, t.word))
    }) else {
        return p;
    };
    let times = s.list(crate::cue!("subject.multiple_base_time"));
    let base_end = (s.figures.iter())
        .find(|f| {
            f.0 >= c.end && f.1 <= de && !times.ends(&rule_form(s.traditional, s.f.slice(f.0, f.1)))
        })
        .map_or(de, |f| f.0);
    let base = text(s, c.end, base_end);
    let base_rule = rule_form(s.traditional, &base).into_owned();
    let timed =
        (s.figures.iter()).any(|f| f.0 >= c.end && f.1 <= base_end) || times.ends(&base_rule);
    // A level as the base (是全市平均水平的1.54倍): the measure is the one before it.
    let level = s
        .list(crate::cue!("subject.multiple_base_level"))
        .ends(&base_rule);
    if base.is_empty() || !(timed || level) || base.chars().count() > MAX_MULTIPLE_BASE_CHARS {
        return p;
    }
    let copula = text(s, c.start, c.end);
    // A subject that names the base already (茶叶产量为上年末) keeps what is before it.
    let named = format!("{copula}{base}");
    let before = text(s, cs, c.start).trim().to_string();
    let measure = match p.find(&named) {
        // A subject that is the base itself names no measure: the phrase before the
        // copula does, or the figure before it in the sentence (收入4.2万元，是…).
        _ if p.is_empty() || (level && rule_form(s.traditional, &p) == base_rule) => {
            match (before.is_empty(), prev) {
                (true, Some(prev)) if level => prev.to_string(),
                _ => before,
            }
        }
        Some(k) => p[..k].to_string(),
        None => p,
    };
    if measure.is_empty() {
        return measure;
    }
    balance_quotes(format!("{measure}{named}{end}{word}"))
}

/// Longest base's time [`multiple_of_base`] names (改革开放前1978年), in chars.
const MAX_MULTIPLE_BASE_CHARS: usize = 10;

/// Whether the measure `m` ends with an attribute its parts may take
/// (`subject.part_attribute`: 工业增加值 → 增加值).
pub fn has_part_attribute(s: &Sentence, m: &str) -> bool {
    lead_attribute(s, m).is_some()
}

/// The attribute closing a lead measure `m` that its parts may take
/// (`subject.part_attribute`: 规上工业增加值 → 增加值), as `m` writes it; the longest.
pub fn lead_attribute(s: &Sentence, m: &str) -> Option<String> {
    let rule = rule_form(s.traditional, m);
    let a = (s.list(crate::cue!("subject.part_attribute")).iter())
        .filter(|a| rule.ends_with(*a))
        .max_by_key(|a| a.len())?;
    let n = a.chars().count();
    Some(m.chars().skip(m.chars().count() - n).collect())
}

/// The measure a sentence's subject `p` names for the sentences after it (固定资产投资增长
/// → 固定资产投资).
pub fn lead_measure(s: &Sentence, p: &str) -> String {
    measure_of(s, p)
}

/// The share word of a share written in brackets right after the figure `prev` with its
/// `subject.bracket_share` mark (6萬35棟(占19.99%) → 占比), the share being `fig`.
pub fn bracketed_share<'a>(s: &Sentence<'a>, prev: Span, fig: Span) -> Option<&'a str> {
    if prev.1 > fig.0 {
        return None;
    }
    let between = rule_form(s.traditional, s.f.slice(prev.1, fig.0).trim()).into_owned();
    let mark = between.strip_prefix(['(', '（'])?.trim_start();
    s.list(crate::cue!("subject.bracket_share")).value(mark)
}

/// The char after the last `subject.rank_by` word opening an item of a ranking in the
/// clause of the figure at `fig`, before it: a preposition of its own (以/p 新北市) or glued
/// to the place after it (以新北市/ns), not a char of a word (以上).
pub fn rank_opened(s: &Sentence, fig: Span) -> Option<usize> {
    let by = s.list(crate::cue!("subject.rank_by"));
    // 其次, 再次 open the next items whatever jieba tags them (`subject.rank_next`).
    let next = s.list(crate::cue!("subject.rank_next"));
    // 其次为 and 其次是 lead the item by the `subject.rank_lead` rule of their own.
    let leads = s.list(crate::cue!("subject.rank_lead"));
    let (cs, _) = clause(s, fig.0, fig.1);
    let rank_word = |t: &Token| {
        let w = rule_form(s.traditional, t.word);
        let led = leads.starts(&rule_form(s.traditional, s.f.rest(t.start)));
        if next.contains(&w) && t.start == cs && !led {
            return Some(t.word.chars().count());
        }
        let own = by.prefix_of(&w)?;
        let glued = t.tag.starts_with("ns") && w.len() > own.len();
        (t.tag == "p" && own.len() == w.len() || glued).then(|| own.chars().count())
    };
    (s.toks.iter())
        .filter(|t| t.start >= cs && t.end <= fig.0)
        .rev()
        .find_map(|t| rank_word(t).map(|n| t.start + n))
}

/// Whether a `subject.rank_next` word (其次, 再次) opens the clause of the figure at `fig`,
/// given where [`rank_opened`] found its item to open (`opened`).
pub fn rank_next_opens(s: &Sentence, fig: Span, opened: Option<usize>) -> bool {
    opened.is_some_and(|at| {
        let (cs, _) = clause(s, fig.0, fig.1);
        let next = s.list(crate::cue!("subject.rank_next"));
        (s.toks.iter()).any(|t| {
            t.start == cs && t.end == at && next.contains(&rule_form(s.traditional, t.word))
        })
    })
}

/// Whether a `subject.rank_close` word follows the figure at `fig`, past a bracket right
/// after it (6萬35棟(占19.99%)最多, 4萬3438棟次之).
pub fn rank_closes(s: &Sentence, fig: Span) -> bool {
    let mut rest = s.f.rest(fig.1).trim_start();
    if let Some(r) = rest.strip_prefix(['(', '（']) {
        rest = r.find([')', '）']).map_or(r, |k| &r[k..]);
        rest = rest
            .get(rest.chars().next().map_or(0, char::len_utf8)..)
            .unwrap_or("");
    }
    let rest = rule_form(s.traditional, rest.trim_start()).into_owned();
    s.list(crate::cue!("subject.rank_close")).starts(&rest)
}

/// Most chars of a ranked item (新北市, 信息传输业).
const MAX_RANKED_CHARS: usize = 8;

/// The item a figure ranks and its change, when the figure's subject `p` names an item
/// of a ranking alone (以新北市6萬35棟最多, 台中市4萬3438棟次之, 減幅以金門縣減少13.72%
/// 較多): after the last `subject.rank_by` word (`opened`: [`rank_opened`]), or with a
/// `subject.rank_close` word after the figure and a bracket (`closes`: [`rank_closes`];
/// …棟(占19.99%)最多). The item is two to
/// `MAX_RANKED_CHARS` chars and names no measure of its own; the change ends `p`.
pub fn ranked_alone(
    s: &Sentence,
    fig: Span,
    p: &str,
    (opened, closes): (Option<usize>, bool),
) -> Option<(String, String)> {
    let rule = rule_form(s.traditional, p).into_owned();
    // The rank word is a preposition of its own (以/p 新北市) or glued to the place after
    // it (以新北市/ns), not a char of a word (以上).
    let after_by = opened
        .map(|at| rule_form(s.traditional, s.f.slice(at, fig.0).trim()).into_owned())
        .and_then(|after| rule.strip_suffix(after.as_str()).map(|head| head.len()));
    let from = match after_by {
        Some(k) => k,
        None if closes => 0,
        None => return None,
    };
    let changes = s.list(crate::cue!("subject.change"));
    let own = &rule[from..];
    let core = strip_change(false, changes, own);
    let n = core.chars().count();
    let attrs = Attributes::of(s);
    if !(2..=MAX_RANKED_CHARS).contains(&n)
        || core.chars().any(|c| !super::entity::is_han(c))
        || attrs.suffix(core).is_some()
        || s.list(crate::cue!("subject.part_attribute")).ends(core)
    {
        return None;
    }
    // As written (a traditional page keeps its chars).
    let skip = rule[..from].chars().count();
    let item: String = p.chars().skip(skip).take(n).collect();
    let change: String = p.chars().skip(skip + n).collect();
    Some((item, change))
}

/// The measure a lead sentence hands its parts when it states a rate (规上工业增加值增速为
/// 9.8%: `subject.rate_word`): the measure before the rate word when that ends with an
/// attribute the parts take (规上工业增加值), the parts' changes being of that measure;
/// `m` itself otherwise.
pub fn lead_of_rate(s: &Sentence, m: String) -> String {
    let rule = rule_form(s.traditional, &m).into_owned();
    let Some(rate) = s.list(crate::cue!("subject.rate_word")).suffix_of(&rule) else {
        return m;
    };
    let base = cut_chars(&m, rate.chars().count());
    match has_part_attribute(s, base) {
        true => base.to_string(),
        false => m,
    }
}

/// A part and its change under a viewpoint (分产业看，第一产业增长9% after 固定资产投资增长
/// 6%): the part takes the attribute of the lead's measure `lead` (投资) before its change
/// (第一产业投资增长), unless it names an attribute of its own (第一产业增加值增长).
/// With `bare`, a part without a change (其中，城镇实现15亿元 after 社会消费品零售总额18亿
/// 元: the caller checked the units agree) takes the attribute too (城镇社会消费品零售总额).
pub fn with_lead_attribute(s: &Sentence, p: String, lead: &str, bare: bool) -> String {
    let changes = s.list(crate::cue!("subject.change"));
    let attrs = Attributes::of(s);
    // A bare change (分季度看，一季度同比增长6.7%) is the lead measure's.
    if changes.contains(&rule_form(s.traditional, &p)) {
        return balance_quotes(merge(lead, &p));
    }
    let part = strip_change(s.traditional, changes, &p);
    let unchanged = part.len() == p.len();
    // The units a frame counts (在…从业人员中: `subject.counted_frame_end`) are the word,
    // added to any part (外商投资企业 too) that does not end with their head (内资单位),
    // before a share word closing it (建筑安装业占, 采矿业占比).
    if (s.list(crate::cue!("subject.counted_frame_end"))).contains(&rule_form(s.traditional, lead))
    {
        let head: String = lead
            .chars()
            .skip(lead.chars().count().saturating_sub(2))
            .collect();
        let rule = rule_form(s.traditional, part);
        let share = [
            crate::cue!("subject.share_verb"),
            crate::cue!("subject.share"),
        ]
        .into_iter()
        .filter_map(|c| s.list(c).suffix_of(&rule))
        .map(|w| w.chars().count())
        .max();
        let own = cut_chars(part, share.unwrap_or(0));
        if own.is_empty() || own.ends_with(&head) || part.is_empty() {
            return p;
        }
        return format!("{own}{lead}{}", &p[own.len()..]);
    }
    // The attribute a part may take (`subject.part_attribute`): the one the viewpoint
    // clause names (从主要产品产量看 → 产量), else the longest ending the lead.
    let parts = s.list(crate::cue!("subject.part_attribute"));
    // The first clause of the sentence, when it states no figure (a viewpoint clause).
    let (_, ce) = hard_clause(s, (0, 0));
    let view = match is_figure(s, 0, ce) {
        true => "",
        false => s.f.slice(0, ce),
    };
    let longest = |t: &str, end: bool| {
        (parts.iter())
            .filter(|a| if end { t.ends_with(*a) } else { t.contains(*a) })
            .max_by_key(|a| a.len())
            .map(str::to_string)
    };
    // A part named alone with its own amount (水泥28.4万吨) under a viewpoint naming the
    // attribute (从主要产品产量看) is measured by it, in any unit.
    let view_attr = longest(view, false);
    let bare = bare || view_attr.is_some();
    if part.is_empty() || (unchanged && !bare) || attrs.suffix(part).is_some() {
        return p;
    }
    // A bare part is a short name (城镇, 沿海港口), not a phrase of its own nor a size
    // class (过1亿元项目: a count of the lead's own items).
    let sized = part.chars().any(|c| c.is_ascii_digit());
    if unchanged && (part.chars().count() > MAX_BARE_PART_CHARS || part == lead || sized) {
        return p;
    }
    // As written: the view clause's own chars (售電量 of a traditional text).
    let in_view = view_attr.map(|a| {
        let at = view.find(&a).map_or(0, |k| view[..k].chars().count());
        text(s, at, at + a.chars().count())
    });
    let Some(attr) = in_view.or_else(|| {
        let rule = rule_form(s.traditional, lead);
        let a = longest(&rule, true)?;
        Some(
            lead.chars()
                .skip(lead.chars().count() - a.chars().count())
                .collect(),
        )
    }) else {
        // A lead without such an attribute (脱贫, 配套资金) still gives its measure to a
        // bare part named by a category alone (市定, 省级; 家电类增长 stays).
        return match category_part(s, part, lead).filter(|_| unchanged) {
            Some(m) => balance_quotes(m),
            None => p,
        };
    };
    // A part that names an attribute of its own (制造业增加值上) or ends with an
    // activity (机电产品出口: a verb or verbal noun) is a measure of its own.
    let part_rule = rule_form(s.traditional, part);
    // A verbal noun naming an industry's trade (互联网和相关服务, 体育场地设施管理:
    // `subject.trade_noun`) is no activity measured on its own.
    let trades = s.list(crate::cue!("subject.trade_noun"));
    // Money spent by purpose (`subject.purpose_attribute`: 支出, 资金) is broken down by
    // activities (教育, 低保): those are parts, not measures of their own.
    let purpose = (s.list(crate::cue!("subject.purpose_attribute")))
        .contains(&rule_form(s.traditional, &attr));
    let activity = !purpose
        && s.toks.iter().any(|t| {
            matches!(t.tag, "v" | "vn")
                && t.word.chars().count() >= 2
                && part_rule.ends_with(t.word)
                && !trades.contains(t.word)
        });
    if activity || parts.iter().any(|a| part_rule.contains(a)) {
        return p;
    }
    // A comparison word closing the part (住宅客户按年|减少) belongs with the change.
    let starts = s.list(crate::cue!("subject.comparison_start"));
    let own = match starts
        .suffix_of(&part_rule)
        .filter(|w| w.len() < part_rule.len())
    {
        Some(w) => cut_chars(part, w.chars().count()),
        None => part,
    };
    format!("{own}{attr}{}", &p[own.len()..])
}

/// A part named by a category alone (市定, 五星级, 工程类, 建筑业: it ends with a
/// `subject.category_suffix`, after the part word 其中 that may open it) counts or sums
/// what the lead `lead` measures: the part and the lead's head, the words after the
/// lead's own word of that category (省市两级配套资金 → 省级配套资金; 有星级宾馆 → 五星级
/// 宾馆), else the whole lead without a link word opening it (新增市场主体 → 农业新增市场
/// 主体). None when the part is no such word or the lead names it already.
fn category_part(s: &Sentence, part: &str, lead: &str) -> Option<String> {
    let rule = rule_form(s.traditional, part);
    let opener =
        (s.list(crate::cue!("subject.part_of")).prefix_of(&rule)).map_or(0, |w| w.chars().count());
    let part: String = part.chars().skip(opener).collect();
    let rule: String = rule.chars().skip(opener).collect();
    let n = rule.chars().count();
    if !(2..=MAX_CATEGORY_CHARS).contains(&n) || rule.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let suffix = s
        .list(crate::cue!("subject.category_suffix"))
        .suffix_of(&rule)?;
    let lead_rule = rule_form(s.traditional, lead);
    if suffix.len() >= rule.len() || lead_rule.contains(rule.as_str()) {
        return None;
    }
    // The lead's head after its own category word (三级, 星级, 各类).
    let head = match lead_rule.rfind(suffix) {
        Some(k) => lead
            .chars()
            .skip(lead_rule[..k + suffix.len()].chars().count()),
        None => {
            let link = s.list(crate::cue!("subject.link"));
            let skip = (link.prefix_of(&lead_rule))
                .filter(|w| w.len() < lead_rule.len())
                .map_or(0, |w| w.chars().count());
            lead.chars().skip(skip)
        }
    };
    let mut head: String = head.collect();
    if head.chars().count() < 2 {
        return None;
    }
    // A bracket the lead's cut left open (宾馆(酒店) is closed.
    for (open, close) in [('(', ')'), ('（', '）')] {
        if head.matches(open).count() > head.matches(close).count() {
            head.push(close);
        }
    }
    Some(format!("{part}{head}"))
}

/// A count of a short part after 其中 in the sentence of its whole (全区有教职工7888人，其中
/// 小学2658人), `p` the part as named (小学): the part counts what the whole's head noun
/// names (小学教职工). `p` unchanged unless the whole `whole` (ending at `whole_end`) is
/// written before the part word and its last word is a common noun of two chars or more
/// the part does not hold, and the part counts no items by a classifier (村卫生室316个: the
/// part names those items itself) unless it is a verb alone (其中新建800个 → 新建网点).
/// Only for counts (a whole's area names its own kind).
pub fn with_whole_head(
    s: &Sentence,
    p: String,
    (whole, whole_end): (&str, usize),
    fig: Span,
) -> String {
    let classifiers = s.list(crate::cue!("subject.item_classifier"));
    // A part that is a verb alone right before its figure (其中新建800个, 改造313个) names
    // no items of its own: it counts the whole's, whatever the classifier.
    let n = p.chars().count();
    let verb_part = n > 0
        && fig.0 >= n
        && s.f.slice(fig.0 - n, fig.0) == p
        && (tokens_in(s, fig.0 - n, fig.0).iter()).all(|t| {
            // 新建 jieba tags as a place (新建区): a `subject.added_verb`.
            t.tag == "v"
                || s.list(crate::cue!("subject.added_verb"))
                    .contains(&rule_form(s.traditional, t.word))
        });
    if whole_end > fig.0
        || !part_word_between(s, whole_end, fig.0)
        || counts_items(s, classifiers, fig.0) && !verb_part
    {
        return p;
    }
    match headed_part(s, &p, whole) {
        Some(named) => balance_quotes(named),
        None => p,
    }
}

/// `part` + the head noun of `lead` (see [`with_whole_head`]). None when the part is longer
/// than `MAX_HEADED_PART_CHARS` or holds a figure, the lead is not in the sentence, its last
/// word is no common noun of two chars or more, or the part holds it already.
fn headed_part(s: &Sentence, part: &str, lead: &str) -> Option<String> {
    let n = part.chars().count();
    if !(2..=MAX_HEADED_PART_CHARS).contains(&n)
        || lead.is_empty()
        || part.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let written: String = s.orig.iter().collect();
    let at = written[..written.find(lead)?].chars().count();
    let toks = tokens_in(s, at, at + lead.chars().count());
    let head = toks
        .last()
        .filter(|t| t.tag == "n" && t.word.chars().count() >= 2)?;
    let head = text(s, head.start, head.end);
    (!part.contains(&head)).then(|| format!("{part}{head}"))
}

/// Longest part [`headed_part`] gives the lead's head noun, in chars.
const MAX_HEADED_PART_CHARS: usize = 4;

/// Longest category word (市定, 工程类) [`category_part`] reads as a part, in chars.
const MAX_CATEGORY_CHARS: usize = 6;

/// Longest part without a change that takes the lead's attribute, in chars.
const MAX_BARE_PART_CHARS: usize = 12;

/// A count whose subject `p` is a bare attribute (开工, 竣工) takes as owner the items
/// `items` the sentence before counted in the same unit (规划新建学校133所。截至…，已开工
/// 95所 → 规划新建学校开工); items that are themselves a measure (总投资) own nothing.
pub fn with_counted_owner(s: &Sentence, p: String, items: &str) -> String {
    let attrs = Attributes::of(s);
    if !attrs.is(&p) || items.is_empty() || attrs.suffix(items).is_some() {
        return p;
    }
    balance_quotes(merge(items, &p))
}

/// A sentence that opens with a bare attribute (营业利润为…, 增加值…) after a sentence
/// whose first measure `lead`, in the same unit (the caller checks), names an owner and
/// an attribute (物流业企业营业收入) goes
/// on about that owner (物流业企业营业利润), as a later figure of the lead's own sentence
/// would. `p` unchanged when it is no such attribute (with its change) or the lead owns
/// nothing.
pub fn with_lead_owner(s: &Sentence, p: String, lead: &str) -> String {
    let attrs = Attributes::of(s);
    let bare = strip_change(s.traditional, s.list(crate::cue!("subject.change")), &p);
    let head =
        s.f.text
            .trim_start_matches(|c: char| c.is_whitespace() || is_delim(c));
    let rule = rule_form(s.traditional, bare);
    if bare.is_empty() || !attrs.is(bare) || !head.starts_with(&*rule) {
        return p;
    }
    let owner = attrs.strip(lead);
    if owner.len() == lead.len() || attrs.is(owner) {
        return p;
    }
    balance_quotes(merge(owner, &p))
}

/// The subject `p` told apart by the items `item` counted before it (完工里程 after 村民
/// 小组通达 → 村民小组通达完工里程): the items' measure without a change or share. None
/// when the items are a bare attribute or too short to name anything, or `p` holds them.
pub fn qualified(s: &Sentence, p: &str, item: &str) -> Option<String> {
    let attrs = Attributes::of(s);
    let m = strip_change(s.traditional, s.list(crate::cue!("subject.change")), item);
    let m = before_share_verb(s, m).unwrap_or(m);
    let m = item_name(s, m)?;
    // The items, not a measure of them (规划新建幼儿园开工 → 规划新建幼儿园).
    let m = attrs.strip(&m).to_string();
    if m.chars().count() < 2 || attrs.is(&m) || p.contains(m.as_str()) {
        return None;
    }
    // Items and measure overlap by a word, not a char (现代农业 + 业务收入 stay apart).
    let joined = merge(&m, p);
    let overlap = m.chars().count() + p.chars().count() - joined.chars().count();
    Some(balance_quotes(if overlap == 1 {
        format!("{m}{p}")
    } else {
        joined
    }))
}

/// The name of the items a subject `item` of the sentence counts: the words before a lead
/// word that opens a predicate (红色旅游景区共接待游客 → 红色旅游景区). None when it is
/// verbs only (举办) or not found in the sentence as written.
fn item_name(s: &Sentence, item: &str) -> Option<String> {
    let orig: String = s.orig.iter().collect();
    // A subject put together from several places (举办…培训班, 乡村旅游(…)共接待) is cut
    // at its first lead word after a name of two chars or more.
    let leads = s.list(crate::cue!("subject.lead"));
    let Some(b) = orig.find(item) else {
        let rule = rule_form(s.traditional, item);
        let cut = (rule.char_indices().skip(2))
            .find(|&(i, _)| {
                leads
                    .prefix_of(&rule[i..])
                    .is_some_and(|w| w.len() < rule.len() - i)
            })
            .map(|(i, _)| rule[..i].chars().count());
        return Some(match cut {
            Some(n) => item.chars().take(n).collect(),
            None => item.to_string(),
        });
    };
    let at = orig[..b].chars().count();
    let end = at + item.chars().count();
    let toks = tokens_in(s, at, end);
    if toks.iter().all(|t| t.tag.starts_with('v') && t.tag != "vn") {
        return None;
    }
    // A lead word (共, 累计) before a verb starts the predicate: the name ends before it.
    let cut = (1..toks.len().saturating_sub(1)).find(|&k| {
        leads.contains(&rule_form(s.traditional, toks[k].word)) && toks[k + 1].tag == "v"
    });
    Some(match cut {
        Some(k) => text(s, at, toks[k - 1].end),
        None => item.to_string(),
    })
}

/// A part after 其中 (`subject.part_of`) named by the plain form of the whole's total
/// attribute (林业总产值9亿元，其中：第一产业产值4亿元): the part takes the whole's owner
/// (林业第一产业产值). `whole` is the subject of the sentence's figure at `whole_end`, `p`
/// the part's subject at `fig`.
pub fn with_whole_owner(
    s: &Sentence,
    p: String,
    (whole, whole_end): (&str, usize),
    fig: Span,
) -> String {
    if !part_word_between(s, whole_end.min(fig.0), fig.0) {
        return p;
    }
    let attrs = Attributes::of(s);
    let (Some(aw), Some(ap)) = (attrs.suffix(whole), attrs.suffix(&p)) else {
        return p;
    };
    let (aw, ap) = (rule_form(s.traditional, aw), rule_form(s.traditional, ap));
    // A part that is a bare attribute (其中新开工面积 after 保障房施工面积) is its owner's too.
    let changes = s.list(crate::cue!("subject.change"));
    let bare = attrs.is(strip_change(s.traditional, changes, &p));
    let total = bare || (attrs.prefixes.iter()).any(|x| aw.strip_prefix(x) == Some(&*ap));
    let owner = attrs.strip(whole);
    if !total || owner == whole || p.contains(owner) {
        return p;
    }
    balance_quotes(format!("{owner}{p}"))
}

/// A part after 其中 (`subject.part_of`) in the sentence of its whole, without a measure
/// of its own (粮食总产量52万吨，其中夏粮21万吨): the part takes the whole's attribute
/// (夏粮产量), as parts of a sentence opening with 其中 do (see [`with_lead_attribute`]).
/// `whole` is the subject of the sentence's first figure in the part's unit, ending at
/// `whole_end`.
pub fn with_whole_measure(
    s: &Sentence,
    p: String,
    (whole, whole_end): (&str, usize),
    fig: Span,
) -> String {
    if whole_end > fig.0 {
        return p;
    }
    if !part_word_between(s, whole_end, fig.0) && !bracket_after(s, whole_end, fig.0) {
        return p;
    }
    let lead = measure_of(s, whole);
    if lead.is_empty() {
        return p;
    }
    with_lead_attribute(s, p, &lead, true)
}

/// Most chars of an object an earlier subject lends a verb left without one.
const MAX_ELIDED_CHARS: usize = 8;

/// A subject `p` closing with the verb right before its figure at `fig` with no object
/// (平昌县新增9户, 国家高新区新增10个) after an earlier figure of its unit in the sentence
/// whose subject `earlier` (latest last) names that verb with its object (新增企业超过10户,
/// 新增研发机构32个): the object is elided, `p` takes it (平昌县新增企业).
pub fn with_elided_object<'e>(
    s: &Sentence,
    p: String,
    earlier: impl DoubleEndedIterator<Item = &'e str>,
    fig: Span,
) -> String {
    let Some(verb) = (s.toks.iter())
        .rfind(|t| t.end <= fig.0 && !blank(t))
        .filter(|t| t.end == fig.0 && t.tag == "v" && t.word.chars().count() >= 2)
    else {
        return p;
    };
    let v = rule_form(s.traditional, verb.word).into_owned();
    // A measure jieba tags as a verb (增速) has no object.
    if !rule_form(s.traditional, &p).ends_with(&v) || Attributes::of(s).is(&v) {
        return p;
    }
    let comparisons = s.list(crate::cue!("subject.comparison"));
    let changes = s.list(crate::cue!("subject.change"));
    let object = earlier.rev().find_map(|w| {
        let rule = rule_form(s.traditional, w).into_owned();
        let at = rule.find(&v)?;
        // The object as written: the chars after the verb's.
        let skip = rule[..at + v.len()].chars().count();
        let o: String = w.chars().skip(skip).collect();
        // A change the earlier figure states (死亡减少) is no object of the verb.
        let plain = o.chars().all(|c| !c.is_ascii_digit() && !is_delim(c))
            && !comparisons.occurs_in(&rule_form(s.traditional, &o))
            && !changes.starts(&rule_form(s.traditional, &o));
        (plain && (2..=MAX_ELIDED_CHARS).contains(&o.chars().count())).then_some(o)
    });
    match object {
        Some(o) => format!("{p}{o}"),
        None => p,
    }
}

/// An area named by the thing alone it covers (油茶约400亩, 1070亩蔬菜基地, 饲草800亩): the
/// thing and the area's word (`subject.area_word`'s first: 面积, its value 面積 in a
/// traditional text), when the subject is nouns only, written in the figure's clause, names no area
/// already (`subject.area_word`: 面积, 占地, 用地, 规模 …) and no place
/// (`subject.area_place_end`: 区, 县, 镇 …). `p` otherwise.
pub fn with_area_word(s: &Sentence, fig: Span, p: String) -> String {
    let words = s.list(crate::cue!("subject.area_word"));
    let rule = rule_form(s.traditional, &p).into_owned();
    // A place's own area (某区, 某镇) is read by the passes after this one.
    let place = s.list(crate::cue!("subject.area_place_end")).ends(&rule);
    if p.is_empty() || place || words.iter().any(|w| rule.contains(w)) {
        return p;
    }
    let (cs, ce) = clause(s, fig.0, fig.1);
    let clause_text: String = s.orig[cs..ce.min(s.orig.len())].iter().collect();
    let Some(at) = clause_text.find(p.as_str()) else {
        return p;
    };
    let a = cs + clause_text[..at].chars().count();
    let toks = tokens_in(s, a, a + p.chars().count());
    let nouns = (toks.iter()).all(|t| matches!(t.tag, "n" | "nz" | "vn" | "ng" | "j"));
    let whole = toks.first().is_some_and(|t| t.start == a)
        && toks.last().is_some_and(|t| t.end == a + p.chars().count());
    if !nouns || !whole {
        return p;
    }
    // The list's first word, or its value in a traditional text (面积 → 面積).
    let Some((word, traditional)) = words.entries().next() else {
        return p;
    };
    let word = match s.traditional && !traditional.is_empty() {
        true => traditional,
        false => word,
    };
    format!("{p}{word}")
}

/// Most words between a verb and the count it governs (涉及/四个乡镇、/9个村: the items
/// listed before).
const MAX_COUNT_VERB_WORDS: usize = 6;

/// A count named by its counted noun alone (`p`, written right after the figure: 涉及四个
/// 乡镇 → 乡镇) takes the verb that governs it (涉及乡镇): the nearest verb before the
/// figure in its clause (of two chars or more), with nothing between but adverbs, locality words and earlier
/// items of a list (nouns), at most [`MAX_COUNT_VERB_WORDS`]. Not a link or copula (有,
/// 达到, 是), a change, comparison or inclusion word (包括), which say nothing of what is
/// counted; nor a count of people or households (`subject.head_count`). `p` itself
/// otherwise.
pub fn with_count_verb(s: &Sentence, fig: Span, unit: &str, p: String) -> String {
    // People and households are named by what they do ([`with_head_count`]).
    if s.list(crate::cue!("subject.head_count")).contains(unit) {
        return p;
    }
    let n = p.chars().count();
    // The noun alone: no verb nor state closing it (村民小组通畅).
    let nominal = |t: &Token| !(t.tag.starts_with(['v', 'a', 'd']) && t.tag != "vn");
    let noun = tokens_in(s, fig.1, fig.1 + n).iter().all(nominal);
    if n == 0 || text(s, fig.1, fig.1 + n) != p || !noun {
        return p;
    }
    // Earlier items of a list (涉及四个乡镇、9个村) are read through.
    let (mut cs, _) = clause(s, fig.0, fig.1);
    while cs >= 2 && s.chars[cs - 1] == '、' {
        cs = clause(s, cs - 2, cs - 2).0;
    }
    let toks = tokens_in(s, cs, fig.0);
    let Some(k) = toks.iter().rposition(|t| t.tag == "v") else {
        return p;
    };
    let between = &toks[k + 1..];
    let plain = |t: &&Token| t.tag.starts_with('n') || matches!(t.tag, "d" | "f" | "s");
    if between.len() > MAX_COUNT_VERB_WORDS || !between.iter().all(|t| plain(&t)) {
        return p;
    }
    let v = &toks[k];
    let w = rule_form(s.traditional, v.word);
    // 已有, 共有: a word closing with a link says nothing of what is counted.
    let silent = [
        crate::cue!("subject.change"),
        crate::cue!("subject.comparison"),
        crate::cue!("subject.inclusion"),
    ];
    if is_copula(s, v.word)
        || s.list(crate::cue!("subject.link")).ends(&w)
        || silent.iter().any(|&r| s.list(r).contains(&w))
    {
        return p;
    }
    // A one-char verb (邀, 建) is too often a fragment of a longer predicate, unless it
    // governs what a division holds (辖14个乡镇: `subject.holding_verb`).
    if v.end - v.start < 2 && !s.list(crate::cue!("subject.holding_verb")).contains(&w) {
        return p;
    }
    format!("{}{p}", text(s, v.start, v.end))
}

/// Where `p` starts when it is written, not empty, right before char `end` (渗水井 before
/// 10座): its first char. None otherwise.
fn written_before(s: &Sentence, end: usize, p: &str) -> Option<usize> {
    let at = end.checked_sub(p.chars().count())?;
    (!p.is_empty() && text(s, at, end) == p).then_some(at)
}

/// The verb a list item's subject `p` opens with, when `p` is written right before the
/// item's figure at `fig` and is that verb (two chars or more, no link, copula or change
/// word) and a noun phrase (新建/蓄水池 before 1座): the verb, as written. None otherwise.
pub fn opening_verb(s: &Sentence, fig: Span, p: &str) -> Option<String> {
    let at = written_before(s, fig.0, p)?;
    // A figure sizing the item between the verb and its noun (新建/100立方米/蓄水池1座):
    // the verb before that figure.
    if let Some(&(a, _)) = s.figures.iter().find(|f| f.1 == at) {
        let before = tokens_in(s, a.saturating_sub(MAX_VERB_CHARS), a);
        let verb = before.last().filter(|t| t.end == a && is_list_verb(s, t))?;
        return opening_verb_of(s, verb).then(|| text(s, verb.start, verb.end));
    }
    // A measure (新建商品房销售面积) is no thing built.
    if Attributes::of(s).suffix(p).is_some() {
        return None;
    }
    let toks = tokens_in(s, at, fig.0);
    let (v, rest) = toks.split_first()?;
    // A verb glued to one char (渗水/井) is a noun's first part; the thing ends with a noun
    // (应急/备用/机电/管井).
    let noun = rest.last().is_some_and(nominal) && fig.0 - v.end >= 2;
    let verb = is_list_verb(s, v);
    (v.start == at && verb && opening_verb_of(s, v) && noun).then(|| text(s, v.start, v.end))
}

/// Whether `t` is a verb of two chars or more that may open a list of things: tagged a
/// verb, or a `subject.list_verb` (新建, which jieba tags as the district 新建区).
fn is_list_verb(s: &Sentence, t: &Token) -> bool {
    let listed = s.list(crate::cue!("subject.list_verb"));
    (matches!(t.tag, "v" | "vn") || listed.contains(&rule_form(s.traditional, t.word)))
        && t.word.chars().count() >= 2
}

/// Most chars of a verb [`opening_verb`] looks for before a figure.
const MAX_VERB_CHARS: usize = 4;

/// Whether the verb `v` may open a list of things built or bought: no change, link or
/// copula (增长, 达到, 是), which say nothing of what is counted.
fn opening_verb_of(s: &Sentence, v: &Token) -> bool {
    let w = rule_form(s.traditional, v.word);
    !(s.list(crate::cue!("subject.change")).contains(&w)
        || s.list(crate::cue!("subject.link")).ends(&w)
        || is_copula(s, v.word))
}

/// Whether the item of the figure at `fig`, named by `p` alone written right before it,
/// follows the figure ending at `prev_end` after an enumeration comma (、) only:
/// 蓄水池1座、渗水井10座 (a comma may open a clause of its own).
pub fn next_list_item(s: &Sentence, fig: Span, p: &str, prev_end: usize) -> bool {
    let Some(at) = written_before(s, fig.0, p) else {
        return false;
    };
    // A noun opens it, or a verb glued to one char (渗水/井); a verb, an adjective or
    // an adverb opening it is the item's own predicate (配套阀门井, 拟投资建设…).
    let toks = tokens_in(s, at, fig.0);
    let noun = toks.first().is_some_and(|t| {
        let glued = t.tag == "v" && fig.0 - t.end == 1;
        (nominal(t) && !t.tag.starts_with(['v', 'a']) && !is_list_verb(s, t)) || glued
    });
    noun && prev_end + 1 == at && s.chars.get(prev_end) == Some(&'、')
}

/// Whether a part word (`subject.part_of`: 其中) stands between chars `a` and `b`.
/// A count of people or households (`subject.head_count`: 人, 名, 人次, 户) whose clause
/// goes on with what they do (6至8千人参加, 1749人获批贷学金, 百余人增加收入) is named by
/// that predicate and the count's word (the cue's value: 参加人数, 获批贷学金人数): the
/// words from the figure to the clause's end, opening with a verb, holding no figure, of at
/// most [`MAX_HEAD_PREDICATE_CHARS`]; when `p` is empty, is those words, or is not
/// written in the clause (borrowed from another figure). `p` as it is otherwise.
pub fn with_head_count(s: &Sentence, fig: Span, unit: &str, p: String) -> String {
    let heads = s.list(crate::cue!("subject.head_count"));
    let Some(head) = heads.value(unit) else {
        return p;
    };
    let (cs, ce) = clause(s, fig.0, fig.1);
    let toks = tokens_in(s, fig.1, ce);
    // A comparison (与…的13万人相比) or a link or change verb opens no predicate of theirs.
    let bare = [
        crate::cue!("subject.comparison"),
        crate::cue!("subject.compare_close"),
        crate::cue!("subject.link"),
        crate::cue!("subject.change"),
    ];
    let opens = toks.first().is_some_and(|t| {
        let w = rule_form(s.traditional, t.word);
        t.start == fig.1
            && t.tag == "v"
            && !is_copula(s, t.word)
            && !bare.iter().any(|&r| s.list(r).contains(&w))
    });
    // Words of ideographs only: no punctuation, bracket or figure inside the predicate.
    let plain = (toks.iter()).all(|t| t.tag != "x" && t.word.chars().all(super::entity::is_han));
    let n = ce.saturating_sub(fig.1);
    if !opens || !plain || n > MAX_HEAD_PREDICATE_CHARS || is_figure(s, fig.1, ce) {
        return p;
    }
    let phrase = text(s, fig.1, ce);
    let own = p.is_empty() || p == phrase || !s.f.slice(cs, ce).contains(p.as_str());
    if !own || phrase.ends_with(head) {
        return p;
    }
    // The count's word in traditional characters in a traditional text (人數).
    let traditional = s.list(crate::cue!("subject.head_count_traditional"));
    let head = match s.traditional {
        true => traditional.value(unit).unwrap_or(head),
        false => head,
    };
    format!("{phrase}{head}")
}

/// Most chars of the predicate a count of people is named by (获批特殊助学金).
const MAX_HEAD_PREDICATE_CHARS: usize = 10;

/// A figure right after a verb of capacity (`subject.capacity_verb`: 年产, 日处理) and
/// before the product it makes (年产1GW光伏组件, 建设年产5万吨饲料项目) measures the
/// product's capacity: the product as the subject `p` ends with it, and the verb's measure
/// (the cue's value: 光伏组件年产能, 饲料项目年产能). `p` as it is otherwise.
pub fn with_capacity(s: &Sentence, fig: Span, p: String) -> String {
    let Some(measure) = capacity_measure(s, fig) else {
        return p;
    };
    let (_, ce) = clause(s, fig.0, fig.1);
    // The product: the longest end of `p` the words right after the figure open with.
    let after = s.f.slice(fig.1, ce);
    let chars: Vec<char> = p.chars().collect();
    let product = (MIN_PRODUCT_CHARS..=chars.len())
        .rev()
        .map(|k| chars[chars.len() - k..].iter().collect::<String>())
        .find(|end| after.starts_with(end.as_str()));
    match product {
        Some(product) if !product.ends_with(measure) => format!("{product}{measure}"),
        _ => p,
    }
}

/// The measure of the `subject.capacity_verb` closing the clause's words before the figure
/// at `fig` (年产 → 年产能), if any.
fn capacity_measure<'a>(s: &Sentence<'a>, fig: Span) -> Option<&'a str> {
    let (cs, _) = clause(s, fig.0, fig.1);
    let caps = s.list(crate::cue!("subject.capacity_verb"));
    let before = rule_form(s.traditional, s.f.slice(cs, fig.0));
    caps.suffix_of(before.trim_end())
        .and_then(|v| caps.value(v))
}

/// Fewest chars of a product a capacity names (水泥).
const MIN_PRODUCT_CHARS: usize = 2;

/// A trade measure `p` whose partner a preposition opens in the text (对美国进出口1560亿元:
/// `subject.partner_prep` right before the words of `p` up to its `subject.partner_trade`
/// word) keeps the preposition: 对美国进出口 is the trade with the partner, 美国进出口 the
/// partner's own. `p` unchanged otherwise.
pub fn with_partner(s: &Sentence, fig: Span, p: String) -> String {
    let rule = rule_form(s.traditional, &p).into_owned();
    let trades = s.list(crate::cue!("subject.partner_trade"));
    let Some((k, w)) = find_word(trades, &rule).filter(|&(k, _)| k > 0) else {
        return p;
    };
    let head: String = p
        .chars()
        .take(rule[..k + w.len()].chars().count())
        .collect();
    let written: String = s.orig[..fig.0.min(s.orig.len())].iter().collect();
    let Some(at) = written.rfind(head.as_str()) else {
        return p;
    };
    let before = rule_form(s.traditional, &written[..at]).into_owned();
    match s
        .list(crate::cue!("subject.partner_prep"))
        .suffix_of(&before)
    {
        Some(prep) if !prep.is_empty() => {
            // As written (a traditional page keeps its char): the preposition's chars
            // right before the head.
            let n = prep.chars().count();
            let from = (written[..at].char_indices().rev().nth(n - 1)).map_or(0, |(i, _)| i);
            format!("{}{p}", &written[from..at])
        }
        _ => p,
    }
}

/// The category a clause of its own names right before the clause of the figure at `fig`
/// (其中：新房住宅，成交535套…; 商业，成交206套…): opening the sentence or after a
/// semicolon or colon, nouns only, after a part word (其中) if any, of two to
/// [`MAX_CATEGORY_CLAUSE_CHARS`] chars, no figure and no attribute. Such a category frames
/// the bare measures after it in the sentence ([`bare_measure`]).
pub fn category_clause(s: &Sentence, fig: Span) -> Option<String> {
    let (cs, _) = hard_clause(s, fig);
    if cs < 2 || !matches!(s.chars[cs - 1], ',' | '，') {
        return None;
    }
    let (ps, _) = hard_clause(s, (cs - 1, cs - 1));
    // The category opens its sentence or follows a semicolon or colon: a short clause
    // after a comma is a predicate (…，基本持平，增长0.1%) or an item of a list.
    let opens = ps == 0 || matches!(s.chars[ps - 1], '；' | ';' | '：' | ':');
    if !opens || is_figure(s, ps, cs - 1) {
        return None;
    }
    let parts = s.list(crate::cue!("subject.part_of"));
    let toks = tokens_in(s, ps, cs - 1);
    let k = (toks.iter())
        .position(|t| !(parts.contains(&rule_form(s.traditional, t.word)) || is_delim_word(t.word)))
        .unwrap_or(toks.len());
    let rest = &toks[k..];
    let nouns = rest
        .iter()
        .all(|t| t.tag.starts_with('n') && t.tag != "ns" || matches!(t.tag, "vn" | "j"));
    let (first, last) = (rest.first()?, rest.last()?);
    let t = text(s, first.start, last.end);
    let n = t.chars().count();
    let attrs = Attributes::of(s);
    (nouns && (2..=MAX_CATEGORY_CLAUSE_CHARS).contains(&n) && attrs.suffix(&t).is_none())
        .then_some(t)
}

/// Most chars of a category named by a clause of its own (新房住宅).
const MAX_CATEGORY_CLAUSE_CHARS: usize = 8;

/// Whether the figure at `fig` names no thing of its own: the words of its clause before
/// it are verbs, adverbs, times, particles and measure words only (成交, 均价, 总金额,
/// 分别占全市的, 上周成交: attributes, `subject.unit_price`, `subject.frame_measure`).
pub fn bare_measure(s: &Sentence, fig: Span) -> bool {
    let (cs, _) = clause(s, fig.0, fig.1);
    let attrs = Attributes::of(s);
    let prices = s.list(crate::cue!("subject.unit_price"));
    let measures = s.list(crate::cue!("subject.frame_measure"));
    let toks = tokens_in(s, cs, fig.0);
    let words: Vec<&Token> = (toks.iter())
        .filter(|t| !is_figure(s, t.start, t.end) && !is_delim_word(t.word))
        .collect();
    !words.is_empty()
        && words.iter().all(|t| {
            let w = rule_form(s.traditional, t.word);
            t.tag
                .starts_with(['v', 'd', 't', 'p', 'u', 'c', 'm', 'q', 'f'])
                && t.tag != "vn"
                || attrs.is(&w)
                || prices.contains(&w)
                || measures.contains(&w)
        })
}

/// A figure written right before the works it sizes (150万吨玉米深加工项目, 2.2万立方米
/// 乙烯运输船, 15亿元玉米深加工项目签约): the figure measures that works, so its subject is
/// the works' name, from the figure to its `subject.sized_works` word, and the measure of
/// the figure's kind (`subject.size_measure`: 规模, 容量, 装机容量, 投资). `p` unchanged
/// when no such name follows the figure, when `p` does not open with it (a verb or
/// attribute before the figure named the measure), or when `p` names a measure already.
pub fn with_size(s: &Sentence, fig: Span, kind: &str, p: String) -> String {
    let Some(measure) = s.list(crate::cue!("subject.size_measure")).value(kind) else {
        return p;
    };
    // A class (10万吨级航道工程) is named by [`with_class`].
    let written = rule_form(s.traditional, s.f.slice(fig.0, fig.1).trim_end()).into_owned();
    if s.list(crate::cue!("subject.class_unit")).ends(&written) {
        return p;
    }
    // A capacity verb before the figure names its measure ([`with_capacity`]).
    if capacity_measure(s, fig).is_some() {
        return p;
    }
    let (_, ce) = clause(s, fig.0, fig.1);
    let works = s.list(crate::cue!("subject.sized_works"));
    let mut end = None;
    for t in tokens_in(s, fig.1, ce) {
        if t.start.saturating_sub(fig.1) > MAX_SIZED_NAME_CHARS || is_figure(s, t.start, t.end) {
            break;
        }
        if !(nominal(&t) || t.tag.starts_with('v')) {
            break;
        }
        if works.ends(&rule_form(s.traditional, t.word)) {
            end = Some(t.end);
            break;
        }
    }
    let Some(end) = end else {
        return named_power(s, fig, (kind, measure), p);
    };
    let name = text(s, fig.1, end);
    let rule = rule_form(s.traditional, &p);
    if name.chars().count() < MIN_PRODUCT_CHARS || !p.starts_with(&name) || rule.ends_with(measure)
    {
        return p;
    }
    format!("{name}{measure}")
}

/// A power figure at `fig` whose subject `p` names a plant alone, written right before it
/// (海能(376MW), 台电一期 109.2MW), measures its capacity: `p` and the kind's `measure`
/// (海能装机容量), unless `p` names a measure already (发电容量, 装机, 功率: an attribute or
/// a `subject.size_named` word) or holds a verb. `p` as it is for other kinds.
fn named_power(s: &Sentence, fig: Span, (kind, measure): (&str, &str), p: String) -> String {
    let rule = rule_form(s.traditional, &p);
    let named = s.list(crate::cue!("subject.size_named")).occurs_in(&rule)
        || Attributes::of(s).suffix(&p).is_some();
    if kind != Kind::Power.name() || p.chars().count() < 2 || named {
        return p;
    }
    // The plant's name alone, written right before the figure or its bracket; a verb of
    // output in it (`subject.list_verb`) makes the figure an output (生产光伏组件1GW).
    let mut end = fig.0;
    while end > 0 && matches!(s.chars[end - 1], '(' | '（' | ' ') {
        end -= 1;
    }
    let Some(at) = written_before(s, end, &p) else {
        return p;
    };
    let outputs = s.list(crate::cue!("subject.list_verb"));
    let verb =
        (tokens_in(s, at, end).iter()).any(|t| outputs.contains(&rule_form(s.traditional, t.word)));
    if verb {
        return p;
    }
    format!("{p}{measure}")
}

/// Most chars of the owner a relative measure takes ([`with_relative_owner`]).
const MAX_OWNER_CHARS: usize = 12;

/// A figure whose subject `p` is a relative measure alone (`subject.relative_measure`:
/// 贡献度, 贡献率) measures what the sentence opens with: the noun phrase before its first
/// verb, after time words (第二产业拉动全县GDP增长1.94个百分点，贡献度为30.5% → 第二产业贡献度).
/// `p` unchanged when the sentence opens with no such phrase.
pub fn with_relative_owner(s: &Sentence, p: String) -> String {
    let rule = rule_form(s.traditional, &p);
    if !s
        .list(crate::cue!("subject.relative_measure"))
        .contains(&rule)
    {
        return p;
    }
    let toks = tokens_in(s, 0, s.chars.len());
    let Some(k) = toks.iter().position(|t| t.tag != "t") else {
        return p;
    };
    let run = (toks[k..].iter())
        .take_while(|t| nominal(t) && t.tag != "vn")
        .count();
    let verb_next = toks.get(k + run).is_some_and(|t| t.tag.starts_with('v'));
    if run == 0 || !verb_next {
        return p;
    }
    let (a, b) = (toks[k].start, toks[k + run - 1].end);
    let joined = toks[k..k + run].windows(2).all(|w| w[0].end == w[1].start);
    let owner = text(s, a, b);
    if !joined || is_figure(s, a, b) || owner.chars().count() > MAX_OWNER_CHARS {
        return p;
    }
    format!("{owner}{p}")
}

/// Most chars of a thing named alone that takes its figure's measure (储草棚 → 储草棚面积).
const MAX_THING_CHARS: usize = 10;

/// An area or length at `fig` whose subject `p` is the thing alone, written right after the
/// figure or right before it (储草棚1600平米, 围栏1.8万延长米: common nouns only, no verb and
/// no measure word) measures that thing: `p` and the measure of the figure's kind
/// (`subject.thing_measure`: 储草棚面积, 围栏长度).
/// `p` unchanged otherwise.
pub fn with_thing_measure(s: &Sentence, fig: Span, kind: &str, p: String) -> String {
    let Some(measure) = s.list(crate::cue!("subject.thing_measure")).value(kind) else {
        return p;
    };
    let n = p.chars().count();
    if !(2..=MAX_THING_CHARS).contains(&n) {
        return p;
    }
    // The thing closes its clause, or another figure follows (25个乡镇186个村); written
    // before the figure, it opens its clause.
    let edge = |i: usize| s.chars.get(i).is_none_or(|&c| is_delim(c)) || is_figure(s, i, i + 1);
    let at = if text(s, fig.1, fig.1 + n) == p && edge(fig.1 + n) {
        fig.1
    } else if let Some(at) = written_before(s, fig.0, &p).filter(|&at| at == 0 || edge(at - 1)) {
        at
    } else {
        return p;
    };
    let toks = tokens_in(s, at, at + n);
    let common = |t: &Token| matches!(t.tag, "n" | "ng" | "nz" | "eng" | "b");
    let head = |t: &Token| matches!(t.tag, "n" | "ng" | "nz" | "eng");
    let whole =
        toks.first().is_some_and(|t| t.start == at) && toks.last().is_some_and(|t| t.end == at + n);
    let rule = rule_form(s.traditional, &p);
    let named = Attributes::of(s).suffix(&p).is_some()
        || s.list(crate::cue!("subject.size_named")).occurs_in(&rule)
        || s.list(crate::cue!("subject.thing_measured")).ends(&rule)
        || (s.list(crate::cue!("subject.thing_measure")).entries()).any(|(_, m)| rule.ends_with(m));
    if !whole || named || !toks.iter().all(common) || !toks.last().is_some_and(head) {
        return p;
    }
    format!("{p}{measure}")
}

/// Most chars between a figure and the end of the works it sizes (玉米深加工项目).
const MAX_SIZED_NAME_CHARS: usize = 12;

/// Whether the chars from `a` (a whole's figure's end) to `b` (a part's figure) open a
/// bracket right after the whole and do not close it (支出137亿元（城市低保18亿元；…):
/// the bracket breaks the whole down. One opening with an inclusion word
/// (`subject.inclusion`: 含土地费用1亿元) names a component the whole holds, no part.
fn bracket_after(s: &Sentence, a: usize, b: usize) -> bool {
    let between = s.f.slice(a, b).trim_start();
    let Some(inner) = between.strip_prefix(['(', '（']) else {
        return false;
    };
    let included = (s.list(crate::cue!("subject.inclusion")))
        .starts(&rule_form(s.traditional, inner.trim_start()));
    !between.contains([')', '）']) && !included
}

fn part_word_between(s: &Sentence, a: usize, b: usize) -> bool {
    s.list(crate::cue!("subject.part_of"))
        .occurs_in(s.f.slice(a, b))
}

/// The clause around `fig` between delimiters other than 、.
fn hard_clause(s: &Sentence, fig: Span) -> (usize, usize) {
    let hard = |c: &char| is_delim(*c) && *c != '、';
    let n = s.chars.len();
    let cs = s.chars[..fig.0.min(n)]
        .iter()
        .rposition(hard)
        .map_or(0, |p| p + 1);
    let ce = s.chars[fig.1.min(n)..]
        .iter()
        .position(hard)
        .map_or(n, |p| fig.1.min(n) + p);
    (cs, ce)
}

/// The items of a list written over `(at, to)`, split at 、 and at the joiners `by` where
/// the rules' form has them (与 of traditional 與), cut as written.
fn split_items(s: &Sentence, (at, to): Span, by: &[char]) -> Vec<String> {
    let rule = &s.chars[at..to.min(s.chars.len())];
    let mut items = Vec::new();
    let mut from = 0;
    // A joiner inside quotes or a title (“饮食及酒店业”) joins the words of one item.
    let mut quoted = 0usize;
    for (k, c) in rule.iter().enumerate().chain([(rule.len(), &'、')]) {
        if *c != '"' && OPEN_QUOTES.contains(c) {
            quoted += 1;
        } else if *c != '"' && QUOTES.contains(c) {
            quoted = quoted.saturating_sub(1);
        }
        // A 、 or joiner inside an official name (文化、体育和娱乐业) splits nothing.
        let sep = *c == '、' || (by.contains(c) && quoted == 0);
        if sep && whole_name_across(s, at + k).is_none() {
            if k > from {
                // An item's figure in brackets (大型货车(1830辆)) is no part of its name.
                let item = text(s, at + from, at + k);
                items.push(match aside_span(&format!("{item}.")) {
                    Some((a, b)) if b == item.chars().count() => item.chars().take(a).collect(),
                    _ => item,
                });
            }
            from = k + 1;
        }
    }
    items
}

/// 分别 lists: the `i`-th item of `高血压、糖尿病患者规范管理率` for the `i`-th figure.
/// The whole list before 分别 counts (not cut short), a closing summary (三大主导产业) is
/// dropped, and the attribute between 分别 and the figures (实现产值) is added.
fn respectively(s: &Sentence, fig: Span) -> Option<String> {
    if let Some(p) = group::ordered_member(s, fig) {
        return Some(p);
    }
    respectively_read(s, fig, false)
}

/// The measure the items of the 分别 list holding `fig` share, without their names
/// (甲县、乙县分别完成投资12亿元、8亿元 → 完成投资): what a figure right after the list
/// that is none of its items measures. None when `fig` is in no such list.
fn respectively_shared(s: &Sentence, fig: Span) -> Option<String> {
    respectively_read(s, fig, true)
}

/// Where a list of items sharing a measure is matched with a list of figures without a
/// 分别 word (肉、蛋总产量达到8.9万吨、4.5万吨): the byte offset, in the text from the
/// clause start `cs` to `fig`, of the link word (`subject.link`: 达到) right before the
/// first of two or more figures joined by 、 or a joiner alone, `fig` among them, when the
/// words before that link list items with 、. None otherwise.
fn implicit_respectively(s: &Sentence, cs: usize, fig: Span) -> Option<usize> {
    let (_, ce) = clause_after_respectively(s, fig.0);
    let figs: Vec<Span> = (s.figures.iter().copied())
        .filter(|&(a, _)| a >= cs && a < ce)
        .collect();
    let joiners = s.list(crate::cue!("subject.item_joiner"));
    let joined = figs.windows(2).all(|w| {
        let gap = rule_form(s.traditional, s.f.slice(w[0].1, w[1].0)).into_owned();
        gap == "\u{3001}" || joiners.contains(&gap)
    });
    if figs.len() < 2 || !joined || !figs.contains(&fig) {
        return None;
    }
    let before = rule_form(s.traditional, s.f.slice(cs, figs[0].0)).into_owned();
    let links = s.list(crate::cue!("subject.link"));
    let link = links.suffix_of(&before).filter(|w| !w.is_empty())?;
    let head = &before[..before.len() - link.len()];
    head.contains('\u{3001}').then(|| {
        let n = head.chars().count();
        let text = s.f.slice(cs, fig.0);
        text.char_indices().nth(n).map_or(text.len(), |(b, _)| b)
    })
}

/// [`respectively`] after the ordered members; with `shared`, the measure the items share
/// (see [`respectively_shared`]), which is also the subject when the list names more or
/// fewer items than it has figures (甲、乙、丙产量分别增长2%、3% → 产量增长).
fn respectively_read(s: &Sentence, fig: Span, shared: bool) -> Option<String> {
    let cs = list_clause_start(s, fig.0);
    let clause_text = s.f.slice(cs, fig.0);
    let (k, word) = match find_respectively(s, clause_text) {
        Some(found) => found,
        None => (implicit_respectively(s, cs, fig)?, ""),
    };
    let head_end = cs + clause_text[..k].chars().count();
    // Figures after 分别, in order, up to the clause end.
    let (_, ce) = clause_after_respectively(s, head_end);
    let figs: Vec<&Span> = s
        .figures
        .iter()
        .filter(|&&(a, _)| a >= head_end && a < ce)
        .collect();
    let i = figs.iter().position(|&&f| f == fig)?;
    // The list: from the first content word of the clause to 分别; or the clause before
    // when this one lists nothing (甲镇、乙镇和丙街道，同比分别增长…).
    let earlier = earlier_list(s, cs, head_end, figs.len());
    let (list_from, list_end) =
        (earlier.as_ref()).map_or((group::list_start(s, cs, head_end), head_end), |e| e.0);
    let toks = tokens_in(s, list_from, list_end);
    let lead = s.list(crate::cue!("subject.lead"));
    let first = toks
        .iter()
        .find(|t| !(lead.contains(t.word) || matches!(t.tag, "t" | "p" | "c" | "d")))?;
    // An adverb closing the list (香港及台湾旅客则分别占…, 亦) belongs to no item.
    let list_to = first.start + trimmed_tail(s, first.start, list_end);
    let list = text(s, first.start, list_to);
    // Bases of a comparison listed after 比 (增速比一季度、上半年分别提高…) are no owners
    // of the figures: the clause compares the measure before it.
    if lists_bases(s, &toks, first.start) {
        return None;
    }
    let clauses = earlier.as_ref().and_then(|e| e.1.clone());
    let mut items = clauses.unwrap_or_else(|| listed_items(s, (first.start, list_to), figs.len()));
    // The last item's chars as written (share_first_head may give it a head).
    let last_count = |items: &[String]| items.last().map_or(0, |l| l.chars().count());
    let written_last = last_count(&items);
    share_first_head(s, first.start, &mut items);
    let grown = last_count(&items).saturating_sub(written_last);
    // A summary after the last item (三大主导产业, 两类) names the group, not an item;
    // where it starts, in the list as written (the last item ends it).
    let cut = items.last_mut().and_then(|last| cut_summary(s, last));
    let summary = cut.is_some();
    let summary_at =
        cut.map(|n| first.start + list.chars().count() - written_last + n.saturating_sub(grown));
    // What the summary's items measure (四个行业1-4月零售额分别…: 零售额).
    let summary_tail =
        summary_at.and_then(|at| after_summary(s, at, first.start + list.chars().count()));
    // One item before 分别 (up to a summary closing it: …，教育四类行业增速分别为…) and the
    // others each a clause of its own before it (采矿业，制造业，电力、热力…供应业分别下降…).
    if items.len() == 1 && figs.len() >= 2 && earlier.is_none() {
        let at = (cs, first.start, summary_at.unwrap_or(list_to));
        if let Some((_, own)) = clause_items(s, at, figs.len()) {
            items = own;
        }
    }
    if items.len() < 2 && figs.len() >= 2 && !shared {
        return respectively_chained(s, (cs, head_end), word, &figs, i);
    }
    if items.len() < 2 || figs.len() < 2 {
        return None;
    }
    // The last item carries the shared tail (患者规范管理率): give it to the others.
    let last_len = last_count(&items).saturating_sub(grown);
    let list_end = first.start + list.chars().count();
    let tail = if summary || earlier.as_ref().is_some_and(|e| e.2) {
        summary_tail.unwrap_or_default()
    } else {
        shared_tail(s, &items, list_end - last_len, list_end)
    };
    let tail = shareable_tail(s, tail);
    let attr = respectively_attr(s, head_end + word.chars().count(), figs[0].0);
    let attr = own_change(s, &figs, i, attr);
    if shared || items.len() != figs.len() {
        let m = if tail.ends_with(&attr) {
            tail
        } else {
            format!("{tail}{attr}")
        };
        return (m.chars().count() > 1).then_some(m);
    }
    // An item that already ends with the tail (风电发电量、太阳能发电量) keeps it once;
    // one ending with the tail's head noun (失业人员、困难人员) is whole already.
    let item_rule = rule_form(s.traditional, &items[i]).into_owned();
    let tail_head = tokens_in(s, list_end - last_len, list_end)
        .last()
        .map(|t| rule_form(s.traditional, t.word).into_owned())
        .filter(|w| w.chars().count() > 1);
    let has_tail = item_rule.ends_with(&*rule_form(s.traditional, &tail))
        || tail_head.is_some_and(|w| item_rule.ends_with(&w))
        || group::same_kind_end(s, &item_rule, &tail);
    // The last item carries the tail unless a summary closed the list.
    let carries = i + 1 == items.len() && !summary;
    let item = if carries || tail.is_empty() || has_tail {
        items[i].clone()
    } else {
        format!("{}{}", items[i], tail)
    };
    // The measure the 分别 clause names after an earlier list (…，每百户拥有量分别为).
    let item = item
        + &earlier
            .and_then(|_| own_measure(s, cs, head_end))
            .unwrap_or_default();
    Some(if attr.is_empty() || item.ends_with(&attr) {
        item
    } else {
        format!("{item}{attr}")
    })
}

/// The change written right before the `i`th figure of a 分别 list (`figs`), after the
/// one before it (分别比上年减少3.2%、增长10.8% → 增长 for 10.8%): only separators and a
/// joiner around that change word. None for the first figure or without such a word.
fn listed_change(s: &Sentence, figs: &[&Span], i: usize) -> Option<String> {
    let prev = figs[i.checked_sub(1)?];
    let changes = s.list(crate::cue!("subject.change"));
    let joiners = s.list(crate::cue!("subject.item_joiner"));
    let gap = rule_form(s.traditional, s.f.slice(prev.1, figs[i].0)).into_owned();
    let gap = gap.trim_matches(|c: char| c == '、' || c == ',' || c == '，' || c.is_whitespace());
    let gap = joiners.prefix_of(gap).map_or(gap, |j| &gap[j.len()..]);
    changes
        .contains(gap)
        .then(|| text(s, figs[i].0 - gap.chars().count(), figs[i].0))
}

/// The attribute `attr` of the `i`th figure of a 分别 list (`figs`) with the change
/// written right before that figure ([`listed_change`]) in place of the first one's.
fn own_change(s: &Sentence, figs: &[&Span], i: usize, attr: String) -> String {
    let Some(own) = listed_change(s, figs, i) else {
        return attr;
    };
    let changes = s.list(crate::cue!("subject.change"));
    let rule = rule_form(s.traditional, &attr).into_owned();
    let Some(old) = changes
        .iter()
        .filter(|c| rule.ends_with(*c))
        .max_by_key(|c| c.len())
    else {
        return attr;
    };
    let keep = attr.chars().count() - old.chars().count();
    format!("{}{own}", attr.chars().take(keep).collect::<String>())
}

/// Cuts a summary closing the last item of a 分别 list (三大主导产业, 两类:
/// `subject.group_count` and a `subject.group_classifier`) from it; when it had one, how
/// many of the item's chars are kept.
fn cut_summary(s: &Sentence, last: &mut String) -> Option<usize> {
    let counts = s.list(crate::cue!("subject.group_count"));
    let classifiers = s.list(crate::cue!("subject.group_classifier"));
    // Found on the rules' form (三個 reads 三个), cut from the item as written.
    let rule = rule_form(s.traditional, last).into_owned();
    let (n, _) = rule.char_indices().enumerate().find(|&(_, (b, _))| {
        b > 0
            && counts
                .iter()
                .any(|w| (rule[b..].strip_prefix(w)).is_some_and(|rest| classifiers.starts(rest)))
    })?;
    *last = last.chars().take(n).collect();
    Some(n)
}

/// Most chars of a later item of a 分别 list that takes the first item's head.
const MAX_HEADLESS_ITEM: usize = 3;

/// Later items of a 分别 list (starting at char `from`) that are short (at most
/// [`MAX_HEADLESS_ITEM`] chars) and end like the first item, which is longer, take the
/// first item's words before its own last words of that length, when a preposition
/// ends those words (某餐馆的总收益以价值计及数量计 → …总收益以数量计): the items are
/// the preposition's objects. A noun there (建成区绿化|覆盖率和绿地率) may be the first
/// item's own.
fn share_first_head(s: &Sentence, from: usize, items: &mut [String]) {
    let Some(first) = items.first().cloned() else {
        return;
    };
    let n = first.chars().count();
    let toks = tokens_in(s, from, from + n);
    for item in items.iter_mut().skip(1) {
        let k = item.chars().count();
        if k > MAX_HEADLESS_ITEM || k >= n || first.chars().last() != item.chars().last() {
            continue;
        }
        let cut = from + n - k;
        if toks.iter().any(|t| t.end == cut && t.tag == "p") {
            *item = format!("{}{item}", first.chars().take(n - k).collect::<String>());
        }
    }
    // A verb of trade opening the first item (出口船舶、集装箱分别为…: `subject.list_verb`)
    // acts on every item: the others without a verb of their own take it (出口集装箱).
    let verbs = s.list(crate::cue!("subject.list_verb"));
    let opening = (toks.first()).filter(|t| {
        t.start == from && t.end < from + n && verbs.contains(&rule_form(s.traditional, t.word))
    });
    if let Some(v) = opening {
        let verb = text(s, v.start, v.end);
        for item in items.iter_mut().skip(1) {
            let own = verbs.starts(&rule_form(s.traditional, item));
            if !own && item.chars().count() >= 2 {
                *item = format!("{verb}{item}");
            }
        }
    }
    // Items that are parts of the first item's last word (进出口 → 出口, 进口; 产销量 →
    // 产量, 销量: its chars in order) take the words before that word (民营企业进出口、
    // 出口和进口 → 民营企业出口).
    let Some(last) = toks.last().filter(|t| t.end == from + n && t.start > from) else {
        return;
    };
    let word: Vec<char> = s.f.slice(last.start, last.end).chars().collect();
    let head: String = first.chars().take(last.start - from).collect();
    for item in items.iter_mut().skip(1) {
        let k = item.chars().count();
        if k >= 2 && k < word.len() && in_order(item, &word) {
            *item = format!("{head}{item}");
        }
    }
}

/// Whether the chars of `part` occur in `word` in the same order (出口 in 进出口).
fn in_order(part: &str, word: &[char]) -> bool {
    let mut rest = word.iter();
    part.chars().all(|c| rest.any(|&w| w == c))
}

/// The start of the clause a 分别 list and its figures share, before char `at`: after the
/// last hard delimiter (not 、, not the thousands comma of a figure listed with its item:
/// 大型货车(1,830辆)及…, nor a comma between two figures of the list).
fn list_clause_start(s: &Sentence, at: usize) -> usize {
    (0..at.min(s.chars.len()))
        .rev()
        .find(|&i| {
            is_delim(s.chars[i])
                && s.chars[i] != '、'
                && !is_figure(s, i, i + 1)
                && !between_figures(s, i)
        })
        .map_or(0, |i| i + 1)
}

/// `tail` when the items of a 分别 list may share it: not one holding a joiner (食物/及非
/// 酒精饮品, 医药材及药品: the rest of the last item), nor a division's kind word (甲镇、乙乡
/// 和丙街道: 街道, the last item's own); else empty.
fn shareable_tail(s: &Sentence, tail: String) -> String {
    let joiners = s.list(crate::cue!("subject.item_joiner")).chars();
    let kinds = s.list(crate::cue!("subject.place_kind_tail"));
    if tail.contains(joiners) || kinds.contains(&rule_form(s.traditional, &tail)) {
        String::new()
    } else {
        tail
    }
}

/// The list of a 分别 clause `cs..head_end` that lists nothing itself (no 、 nor joiner
/// before 分别: 同比分别增长) in the clause right before it, after a comma: that clause from
/// after its last link word (`subject.member_link`: 增长较快的是甲镇、乙镇和丙街道), up to a
/// count summing it up (3个行业), when it splits into `n` items, as (start, end) chars;
/// else the `n` clauses before it when each is one item holding a 、 itself (计算机、通信
/// 设备制造业，化学原料制造业，电气机械制造业保持较快增长，增速分别为…), with those items.
fn earlier_list(s: &Sentence, cs: usize, head_end: usize, n: usize) -> Option<EarlierList> {
    let joiners = s.list(crate::cue!("subject.item_joiner")).chars();
    let own = s.f.slice(cs, head_end);
    // A 、 inside an official name (电力、热力…供应业) lists nothing.
    let listing = (cs..head_end).any(|i| s.chars[i] == '、' && whole_name_across(s, i).is_none());
    let joined =
        own.contains(joiners) && whole_name_across(s, head_end.saturating_sub(1)).is_none();
    if n < 2 || cs < 2 || listing || joined {
        return None;
    }
    if !matches!(s.chars[cs - 1], '，' | ',') {
        return None;
    }
    let pcs = hard_clause(s, (cs - 1, cs - 1)).0;
    let links = s.list(crate::cue!("subject.member_link"));
    // A 分别 clause of its own lists its figures, not the items of this one; one that
    // names its members and no figure (三个行业分别是甲、乙、丙) lists them after its link.
    let prev = s.f.slice(pcs, cs - 1);
    let named = find_respectively(s, prev).map(|(k, word)| {
        let after = pcs + prev[..k].chars().count() + word.chars().count();
        let link = (tokens_in(s, after, cs - 1).first())
            .filter(|t| links.contains(&rule_form(s.traditional, t.word)))
            .map(|t| t.end);
        link.filter(|_| !is_figure(s, after, cs - 1))
    });
    let from = match named {
        Some(None) => return None,
        Some(Some(at)) => Some(at),
        None => None,
    };
    // A count summing the list up (3个行业保持增长) ends it; one before the members'
    // link (三个行业分别是…) counts them.
    let toks = tokens_in(s, from.unwrap_or(pcs), cs - 1);
    let count = (toks.iter())
        .find(|t| matches!(t.tag, "m" | "mq"))
        .map(|t| t.start);
    let figure = (s.figures.iter())
        .find(|f| f.0 >= from.unwrap_or(pcs) && f.1 < cs)
        .map(|f| f.0);
    let end = count.into_iter().chain(figure).min().unwrap_or(cs - 1);
    let toks = tokens_in(s, pcs, end);
    let from = from.unwrap_or_else(|| {
        (toks.iter())
            .rfind(|t| links.contains(&rule_form(s.traditional, t.word)))
            .map_or(pcs, |t| t.end)
    });
    // A comparison of the items with a base (甲、乙高于全市平均水平，同比分别增长…:
    // `subject.compare_verb`) is their predicate, no part of the last item.
    let compares = s.list(crate::cue!("subject.compare_verb"));
    let end = (tokens_in(s, pcs, end).iter())
        .find(|t| t.start > from && compares.contains(&rule_form(s.traditional, t.word)))
        .map_or(end, |t| t.start);
    // A predicate closing the clause (茶叶、蔬菜产量稳定) is no part of the last item, nor
    // the group after 等 (甲、乙等家庭交通工具).
    // The predicate: the first verb with no noun after it (保持较快增长; not 到位/资金).
    let toks = tokens_in(s, pcs, end);
    let verb = (1..toks.len())
        .find(|&k| {
            toks[k].start > from
                && toks[k].tag.starts_with('v')
                && toks[k].tag != "vn"
                && !(toks[k + 1..].iter())
                    .any(|t| t.tag.starts_with('n') || matches!(t.tag, "vn" | "j"))
        })
        .map_or(end, |k| toks[k].start);
    let end = (toks.iter())
        .rfind(|t| t.start >= from && t.end <= verb && nominal(t))
        .map_or(end, |t| t.end);
    let ends = s.list(crate::cue!("subject.enumeration_end"));
    let end = (toks.iter())
        .find(|t| {
            t.start >= from && t.end <= end && ends.contains(&rule_form(s.traditional, t.word))
        })
        .map_or(end, |t| t.start);
    if from >= end {
        return None;
    }
    let summed = count.is_some();
    if let Some((span, items)) = clause_items(s, (pcs, from, end), n) {
        return Some((span, Some(items), summed));
    }
    (listed_items(s, (from, end), n).len() == n).then_some(((from, end), None, summed))
}

/// The `n` clauses ending with `from..end` (the last one's item; `pcs` its clause's start)
/// when each clause before it is one item, a run of nouns free of figures (计算机、通信
/// 设备制造业，化学原料制造业，…): their span and the items.
fn clause_items(
    s: &Sentence,
    (pcs, from, end): (usize, usize, usize),
    n: usize,
) -> Option<(Span, Vec<String>)> {
    let mut items = vec![text(s, from, end)];
    let mut at = pcs;
    while items.len() < n {
        if at < 2 || !matches!(s.chars[at - 1], '，' | ',') {
            return None;
        }
        let a = hard_clause(s, (at - 1, at - 1)).0;
        let words = tokens_in(s, a, at - 1);
        // A sector's name may hold verbs (租赁和商务服务业, 信息传输、软件…服务业): it
        // closes with a noun.
        if words.is_empty()
            || is_figure(s, a, at - 1)
            || !words.last().is_some_and(nominal)
            || !words
                .iter()
                .all(|t| nominal(t) || matches!(t.tag, "c" | "r" | "v" | "x"))
        {
            return None;
        }
        items.push(text(s, a, at - 1));
        at = a;
    }
    items.reverse();
    Some(((at, end), items))
}

/// A list [`earlier_list`] found: its span, its items when they are clauses, and whether
/// a count sums it up (its items then share no tail).
type EarlierList = (Span, Option<Vec<String>>, bool);

/// The measure a 分别 clause `cs..head_end` names before 分别 (每百户拥有量分别为): its
/// words but lead, time, preposition, conjunction, adverb and comparison words (同比分别
/// 增长 names none). None when nothing is left.
fn own_measure(s: &Sentence, cs: usize, head_end: usize) -> Option<String> {
    let lead = s.list(crate::cue!("subject.lead"));
    let comparison = s.list(crate::cue!("subject.comparison"));
    let toks = tokens_in(s, cs, head_end);
    let kept: Vec<&Token> = (toks.iter())
        .filter(|t| {
            let w = rule_form(s.traditional, t.word);
            !(lead.contains(&w)
                || comparison.contains(&w)
                || matches!(t.tag, "t" | "p" | "c" | "d"))
        })
        .collect();
    match (kept.first(), kept.last()) {
        (Some(f), Some(l)) => Some(text(s, f.start, l.end)),
        _ => None,
    }
}

/// Whether a comparison word that is no item joiner (比, 较; not 与, which joins items as
/// often as it opens a comparison) stands among the list's tokens `toks` from char
/// `from` on: the items are what is compared with.
fn lists_bases(s: &Sentence, toks: &[Token], from: usize) -> bool {
    let comparison = s.list(crate::cue!("subject.comparison"));
    let joiners = s.list(crate::cue!("subject.item_joiner"));
    toks.iter().any(|t| {
        t.start >= from && t.tag == "p" && comparison.contains(t.word) && !joiners.contains(t.word)
    })
}

/// The measure written after a group summary closing a 分别 list (chars `[at, end)`: 四个
/// 行业1-4月零售额 → 零售额): the nouns after the summary's count, its group noun and the
/// time words or dates after it, or an attribute alone right after the group noun (四类行业
/// 增速 → 增速). None when other nouns follow them (a group's name), or nothing.
fn after_summary(s: &Sentence, at: usize, end: usize) -> Option<String> {
    let toks = tokens_in(s, at, end);
    let counts = |t: &Token| matches!(t.tag, "m" | "q" | "mq");
    let k = toks.iter().position(|t| !counts(t))?;
    // The group noun (行业, 产业), then time words or a date (1-4月, which is no token):
    // the measure starts after them; without them the nouns are the group's name.
    let j = (k + 1..toks.len()).find(|&j| toks[j].tag != "t")?;
    let timed = j > k + 1 || is_figure(s, toks[j - 1].end, toks[j].start);
    let rest = &toks[j..];
    let measure = text(s, rest[0].start, end);
    // Or an attribute alone right after the group noun (四类行业增速).
    let attribute = Attributes::of(s).suffix(&measure) == Some(measure.as_str());
    let nouns = rest.iter().all(nominal);
    ((timed && nouns || attribute) && nominal(&toks[k])).then_some(measure)
}

/// `items` split at 、 with the last one split in two at the joiner right after the
/// char every other item ends with (…、医疗保健类和其他用品及服务类: 类 → 医疗保健类 /
/// 其他用品及服务类), else at the one joiner it holds (二极管及类似器件、船舶和电工器材:
/// 船舶 / 电工器材; a list closes with its joiner); None when neither splits it.
fn last_joined(items: &[String], joiners: &[char]) -> Option<Vec<String>> {
    let (last, others) = items.split_last()?;
    let end = others.first()?.chars().last()?;
    let chars: Vec<char> = last.chars().collect();
    let inner = 1..chars.len().saturating_sub(1);
    let same_end = others.iter().all(|t| t.ends_with(end));
    let after_end =
        (inner.clone()).find(|&k| same_end && joiners.contains(&chars[k]) && chars[k - 1] == end);
    let mut joined = inner.filter(|&k| joiners.contains(&chars[k]));
    let only = match (joined.next(), joined.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    };
    let k = after_end.or(only)?;
    let mut out = others.to_vec();
    out.push(chars[..k].iter().collect());
    out.push(chars[k + 1..].iter().collect());
    Some(out)
}

/// The items of a 分别 list written over `(a, b)` for `n` figures: split at 、 and the
/// item joiners. Items may hold a joiner themselves (医疗保健和个人用品、居住): when the
/// list split at joiners too has more items than figures, the enumeration commas alone
/// count; else the commas and the one joiner that gives as many items as figures (甲、乙及
/// 丙和丁 of three figures: 乙及丙 one item), if only one joiner does.
fn listed_items(s: &Sentence, span: Span, n: usize) -> Vec<String> {
    let joiners = s.list(crate::cue!("subject.item_joiner")).chars();
    let split = |by: &[char]| split_items(s, span, by);
    let items = split(joiners);
    if items.len() <= n {
        return items;
    }
    let by_commas = split(&[]);
    let mut by_one = (joiners.iter())
        .map(|&j| split(&[j]))
        .filter(|v| v.len() == n);
    if by_commas.len() == n {
        by_commas
    } else if let Some(v) = (by_commas.len() + 1 == n)
        .then(|| last_joined(&by_commas, joiners))
        .flatten()
    {
        v
    } else if let (Some(v), None) = (by_one.next(), by_one.next()) {
        v
    } else {
        items
    }
}

/// The tail the last item of a 分别 list (chars `[a, b)`) shares with the others: after
/// the ending the items share ([`parallel_cut`]), else none when the last item opens as
/// another does (对俄出口商品车、对俄进口天然气: parallel phrases, each naming its whole
/// measure), else after the last item's first word and a division word cut off from it
/// (南山/市/的平均房价).
fn shared_tail(s: &Sentence, items: &[String], a: usize, b: usize) -> String {
    let whole = items.last().is_some_and(|last| text(s, a, b) == *last);
    if let Some(cut) = whole.then(|| parallel_cut(s, items, a)).flatten() {
        return text(s, a + cut, b);
    }
    if parallel_openings(s, items) {
        return String::new();
    }
    let toks = tokens_in(s, a, b);
    // An item of nouns named before a particle (住房及水电的价格指数): the tail starts
    // with it (not after a verb: 第三产业占…的比重).
    let particle = (1..toks.len()).find(|&k| toks[k].tag == "uj");
    if let Some(k) = particle.filter(|&k| toks[..k].iter().all(|t| nominal(t) || t.tag == "c")) {
        return text(s, toks[k].start, b);
    }
    let places = s.list(crate::cue!("entity.place_word"));
    let skip = 1 + usize::from(toks.get(1).is_some_and(|t| places.contains(t.word)));
    // The last item's name is about as long as the shortest other item (电子信息、食品加工、
    // 纺织服装产值 → 产值, not 服装产值): its words up to that length go too, one word at
    // least staying for the tail.
    let shortest =
        (items.split_last()).and_then(|(_, others)| others.iter().map(|t| t.chars().count()).min());
    let (mut named, mut chars) = (0, 0);
    while named + 1 < toks.len() && chars < shortest.unwrap_or(0) {
        chars += toks[named].word.chars().count();
        named += 1;
    }
    let skip = skip.max(named);
    toks.iter()
        .skip(skip)
        .map(|t| text(s, t.start, t.end))
        .collect()
}

/// Shortest item of a list [`parallel_openings`] reads as a phrase, in chars.
const PHRASE_ITEM: usize = 5;

/// Whether the last of three `items` or more opens with the same two chars or more as
/// another and the others are phrases of [`PHRASE_ITEM`] chars or more (对俄出口商品车、
/// 对俄进口…), or the items open with verbs of trade, not all one (出口机电产品、进口原油): the items
/// are parallel phrases, and the last one's end is its own (short names opening alike
/// still share one: 通信工具和通信服务支出).
fn parallel_openings(s: &Sentence, items: &[String]) -> bool {
    let Some((last, others)) = items.split_last() else {
        return false;
    };
    // Items opening with verbs of trade of their own, not all the same (出口机电产品、进口
    // 原油: `subject.list_verb`), name their whole measures.
    let verbs = s.list(crate::cue!("subject.list_verb"));
    let verb_of = |t: &String| {
        let rule = rule_form(s.traditional, t);
        verbs
            .iter()
            .find(|v| rule.starts_with(*v) && rule.len() > v.len())
    };
    let led: Option<Vec<&str>> = items.iter().map(verb_of).collect();
    if led.is_some_and(|v| v.len() >= 2 && v.iter().any(|w| *w != v[0])) {
        return true;
    }
    if others.len() < 2 || others.iter().any(|o| o.chars().count() < PHRASE_ITEM) {
        return false;
    }
    let last = rule_form(s.traditional, last);
    others.iter().any(|o| {
        let o = rule_form(s.traditional, o);
        o.chars()
            .zip(last.chars())
            .take_while(|(x, y)| x == y)
            .count()
            >= 2
    })
}

/// Where the last item of a 分别 list ends and the tail the items share begins, found by
/// the ending the other items share (…核心区、…拓展区、渝东南…发展区接待旅游人次: 区;
/// 户籍人口、常住人口城镇化率: 人口): the last place in the last item, after a char of
/// its own and on a token boundary, where the longest such ending it holds closes. A
/// char count into the last item (starting at char `last_start`); None when the other
/// items share no ending the last item holds.
fn parallel_cut(s: &Sentence, items: &[String], last_start: usize) -> Option<usize> {
    let rule = |t: &str| rule_form(s.traditional, t).chars().collect::<Vec<char>>();
    let (last, others) = items.split_last()?;
    let others: Vec<Vec<char>> = others.iter().map(|t| rule(t)).collect();
    let last = rule(last);
    let first = others.first()?;
    let shared = |a: &[char], b: &[char]| {
        (a.iter().rev().zip(b.iter().rev()))
            .take_while(|(x, y)| x == y)
            .count()
    };
    let l = (others.iter()).fold(first.len(), |l, o| l.min(shared(first, o)));
    let boundary = |e: usize| {
        (s.toks)
            .binary_search_by_key(&(last_start + e), |t| t.start)
            .is_ok()
    };
    (1..=l)
        .rev()
        .find_map(|k| {
            let ending = &first[first.len() - k..];
            (k + 1..=last.len())
                .rev()
                .find(|&e| &last[e - k..e] == ending && (e == last.len() || boundary(e)))
        })
        // A tail holding a figure (就业人口(37万人)较上年) is no shared name.
        .filter(|&e| !is_figure(s, last_start + e, last_start + last.len()))
}

/// A 分别 clause whose list is one measure word (增速, 两年平均) after a 分别 clause with as
/// many figures (A和B增加值分别增长10.6%和9.1%，增速分别比全省快4.6和3.1个百分点): its
/// `i`-th figure is of the `i`-th item of that clause, measured by this clause's words
/// (A增加值增速比全省快). `(cs, head_end)`: this clause up to 分别 (`word`).
fn respectively_chained(
    s: &Sentence,
    (cs, head_end): Span,
    word: &str,
    figs: &[&Span],
    i: usize,
) -> Option<String> {
    let hard = |c: char| is_delim(c) && c != '、';
    let pe = s.chars[..cs].iter().rposition(|&c| hard(c))?;
    let ps = s.chars[..pe]
        .iter()
        .rposition(|&c| hard(c))
        .map_or(0, |p| p + 1);
    let (k, _) = find_respectively(s, s.f.slice(ps, pe))?;
    let after = ps + s.f.slice(ps, pe)[..k].chars().count();
    let before: Vec<&Span> = (s.figures.iter())
        .filter(|&&(a, b)| a >= after && b <= pe)
        .collect();
    if before.len() != figs.len() {
        return None;
    }
    let owner = measure_of(s, &respectively(s, *before[i])?);
    // This clause's words: its list (增速) and what stands between 分别 and its figures.
    let lead = s.list(crate::cue!("subject.lead"));
    let toks = tokens_in(s, cs, head_end);
    let first = toks
        .iter()
        .find(|t| !(lead.contains(t.word) || matches!(t.tag, "t" | "p" | "c" | "d")))?;
    let from = head_end + word.chars().count();
    let link = s.list(crate::cue!("subject.link"));
    let changes = s.list(crate::cue!("subject.change"));
    let mut end = figs[0].0;
    while let Some(w) = (link.suffix_of(s.f.slice(from, end)))
        .filter(|w| !w.is_empty() && !changes.ends(s.f.slice(from, end)))
    {
        end -= w.chars().count();
    }
    let words = format!("{}{}", text(s, first.start, head_end), text(s, from, end));
    let own = tokens_in(s, first.start, head_end);
    let owner = renamed_owner(s, &owner, (&own, &words), (ps, after)).unwrap_or(owner);
    (!owner.is_empty()).then(|| merge(&owner, &words))
}

/// The owner part of an earlier item's measure `owner` when this clause's list `words`
/// (its tokens `own`) names a measure of its own, not an attribute of that one: the part of
/// `owner` before the first word the list opens with (人均消费支出 after 城镇居民人均可支配收入 →
/// 城镇居民), else, when both end alike (拥有量), `owner` without that ending and the noun the
/// earlier list (chars `[ps, pe)`) names right before it (电脑拥有量 after 城镇居民每百户移动
/// 电话拥有量 → 城镇居民每百户). None for a bare attribute or anything else.
fn renamed_owner(
    s: &Sentence,
    owner: &str,
    (own, words): (&[Token], &str),
    (ps, pe): Span,
) -> Option<String> {
    let first = own.first()?;
    if words.chars().count() < 3 || Attributes::of(s).is(words) {
        return None;
    }
    let opening = text(s, first.start, first.end);
    if let Some(k) = owner
        .find(&opening)
        .filter(|&k| k > 0 && opening.chars().count() >= 2)
    {
        return Some(owner[..k].to_string());
    }
    // The ending both share, in chars.
    let shared = (owner.chars().rev())
        .zip(words.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    if shared < 2 || shared >= words.chars().count() {
        return None;
    }
    let stem = cut_chars(owner, shared);
    let ending: String = words.chars().skip(words.chars().count() - shared).collect();
    // The earlier list's noun right before that ending (移动电话 of …移动电话拥有量).
    let listed = tokens_in(s, ps, pe);
    let at = listed
        .iter()
        .position(|t| text(s, t.start, pe).starts_with(&ending))?;
    let noun = listed.get(at.checked_sub(1)?).filter(|t| nominal(t))?;
    let noun = text(s, noun.start, noun.end);
    let rest = stem.strip_suffix(noun.as_str())?;
    (rest.chars().count() >= 2).then(|| rest.to_string())
}

/// What the words between 分别 and its first figure (chars `[a, b)`) add to every item:
/// an attribute (分别实现产值86亿元 → 产值), else a change word (价格分别上涨10.5%、2.0% →
/// 上涨), else their noun phrase without lead and link words (分别实现地区生产总值 →
/// 地区生产总值).
fn respectively_attr(s: &Sentence, a: usize, b: usize) -> String {
    let after = text(s, a, b);
    if let Some(attr) = Attributes::of(s).suffix(&after) {
        return attr.to_string();
    }
    // A share verb, maybe with the whole (分别占全市的): each figure is the item's share.
    let shares = s.list(crate::cue!("subject.respective_share"));
    let after_rule = rule_form(s.traditional, after.trim());
    if let Some((w, v)) = (shares.prefix_of(&after_rule)).and_then(|w| Some((w, shares.value(w)?)))
    {
        let whole = &after_rule[w.len()..];
        let verb = after
            .trim()
            .chars()
            .next()
            .map(String::from)
            .unwrap_or_default();
        let links = s.list(crate::cue!("subject.link"));
        if whole.is_empty()
            || links
                .suffix_of(whole)
                .is_some_and(|w| w.chars().count() == 1)
        {
            return format!("{verb}{v}");
        }
    }
    let r = rule_form(s.traditional, &after);
    // A particle after the change (分别比上年增长了) closes nothing of it.
    let particle = (s.list(crate::cue!("subject.link")).suffix_of(&r))
        .filter(|w| w.chars().count() == 1 && w.len() < r.len())
        .map_or(0, |_| 1);
    let r = r
        .chars()
        .take(r.chars().count() - particle)
        .collect::<String>();
    let change = (s.list(crate::cue!("subject.change")).iter())
        .filter(|c| r.ends_with(*c))
        .map(|c| c.chars().count())
        .max();
    if let Some(n) = change {
        let all = after.chars().count() - particle;
        return after.chars().take(all).skip(all - n).collect();
    }
    let toks = tokens_in(s, a, b);
    let (link, lead) = (
        s.list(crate::cue!("subject.link")),
        s.list(crate::cue!("subject.lead")),
    );
    let inner: Vec<&Token> = toks
        .iter()
        .skip_while(|t| lead.contains(t.word))
        .filter(|t| !link.contains(t.word))
        .collect();
    match (inner.first(), inner.last()) {
        (Some(f), Some(l)) if inner.iter().all(|t| nominal(t)) => text(s, f.start, l.end),
        _ => String::new(),
    }
}

/// The stretch after 分别 that holds its figures: up to a hard delimiter (not 、 和).
fn clause_after_respectively(s: &Sentence, from: usize) -> (usize, usize) {
    let chars = s.chars;
    let end = (from..chars.len())
        .find(|&i| {
            matches!(
                chars[i],
                '，' | ',' | '；' | ';' | '。' | '！' | '？' | '!' | '?' | '\n'
            ) && !between_figures(s, i)
        })
        .unwrap_or(chars.len());
    (from, end)
}

/// Whether the comma at char `i` stands right between two figures (29.8亿、16.2亿，12.9亿元:
/// a list of figures a page wrote a comma into), so it ends no clause of a 分别 list.
fn between_figures(s: &Sentence, i: usize) -> bool {
    matches!(s.chars[i], '，' | ',')
        && i > 0
        && is_figure(s, i - 1, i)
        && is_figure(s, i + 1, i + 2)
}

/// Subject of the quantity at `fig`; `prev` is the previous figure's subject in the sentence.
pub fn subject(s: &Sentence, fig: Span, count_like: bool, prev: Option<&str>) -> String {
    if let Some(p) = dimension_of_prev(s, fig, prev) {
        return p;
    }
    if let Some(p) = category::category_count(s, fig) {
        return without_note_marks(paired(s, fig, p));
    }
    if let Some(p) = group::copula_item(s, fig) {
        return without_note_marks(paired(s, fig, p));
    }
    if let Some(p) = group::bracketed_member(s, fig).or_else(|| category::bracketed_part(s, fig)) {
        return without_note_marks(p);
    }
    let p = subject_owned(s, fig, count_like, prev);
    let p = category::category_share(s, fig, p);
    let p = labelled_list_item(s, fig, p);
    without_note_marks(paired(s, fig, category::ranked_group(s, fig, p)))
}

/// Chars of the time a comparison names before its base's figure (较2023年的, 比去年同期的).
const MAX_BASE_TIME: usize = 8;

/// 较2023年的48万吨, 比去年同期的65.5%: a figure right after a comparison word
/// (`subject.base_open`), a time (a year, or a `subject.base_time` word: 去年同期) and 的 is
/// the value the figure before (`prev`) had then: that time and `prev`'s measure (2023年
/// 粮食产量, 去年同期工业品物流总额占比). `p` unchanged elsewhere.
pub fn base_value(s: &Sentence, fig: Span, p: String, prev: Option<&str>) -> String {
    let Some(prev) = prev.filter(|v| !v.is_empty()) else {
        return p;
    };
    let (cs, _) = clause(s, fig.0, fig.1);
    let before = s.f.slice(cs, fig.0).trim_end();
    let particles = s.list(crate::cue!("subject.base_particle"));
    let Some(head) = particles
        .suffix_of(before)
        .map(|w| &before[..before.len() - w.len()])
    else {
        return p;
    };
    let rule = rule_form(s.traditional, head).into_owned();
    let opens = s.list(crate::cue!("subject.base_open"));
    let Some((k, w)) =
        (rule.char_indices()).find_map(|(k, _)| opens.prefix_of(&rule[k..]).map(|w| (k, w)))
    else {
        return p;
    };
    let time_rule = &rule[k + w.len()..];
    let n = time_rule.chars().count();
    let times = s.list(crate::cue!("subject.base_time"));
    let units = s.list(crate::cue!("subject.base_time_unit"));
    let dated = time_rule.chars().next().is_some_and(|c| c.is_ascii_digit())
        && units.suffix_of(time_rule).is_some();
    if n == 0 || n > MAX_BASE_TIME || !(dated || times.contains(time_rule)) {
        return p;
    }
    // The time as written (較105年 in a traditional text), from the sentence.
    let head_end = cs + head.chars().count();
    let time = text(s, head_end - n, head_end);
    let measure = measure_of(s, prev);
    if measure.is_empty() {
        return p;
    }
    format!("{time}{measure}")
}

/// 较103年增加9,121元: a change whose clause opens with a comparison word and a year or
/// month written with digits (`subject.base_open`: 较103年, 比2020年) names that base
/// before its change word when `p` (平均每户家庭储蓄增加) names none: 平均每户家庭储蓄较103年
/// 增加. `p` unchanged elsewhere.
pub fn with_base_year(s: &Sentence, fig: Span, p: String) -> String {
    let (cs, _) = clause(s, fig.0, fig.1);
    let head = s.f.slice(cs, fig.0).trim();
    let rule = rule_form(s.traditional, head).into_owned();
    let Some(open) = s.list(crate::cue!("subject.base_open")).prefix_of(&rule) else {
        return p;
    };
    let rest = &rule[open.len()..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let units = s.list(crate::cue!("subject.base_time_unit"));
    let Some(unit) = units.prefix_of(&rest[digits..]).filter(|_| digits > 0) else {
        return p;
    };
    // A month may follow the year (较112年12月份).
    let after = &rest[digits + unit.len()..];
    let month_digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let month = (month_digits > 0)
        .then(|| units.prefix_of(&after[month_digits..]))
        .flatten()
        .filter(|&u| u != unit)
        .map_or(0, |u| {
            let tail = s.list(crate::cue!("subject.base_month_tail"));
            let more =
                (tail.prefix_of(&after[month_digits + u.len()..])).map_or(0, |w| w.chars().count());
            month_digits + u.chars().count() + more
        });
    let raw = s.f.slice(cs, fig.0);
    let lead = raw.chars().count() - raw.trim_start().chars().count();
    let n = open.chars().count() + digits + unit.chars().count() + month;
    let base = text(s, cs + lead, cs + lead + n);
    let base_rule = rule_form(s.traditional, &base).into_owned();
    let p_rule = rule_form(s.traditional, &p).into_owned();
    let measure = strip_change(s.traditional, s.list(crate::cue!("subject.change")), &p);
    if measure.len() == p.len() || p_rule.contains(&base_rule) {
        return p;
    }
    // A particle the base's clause left at the measure's end (儲蓄之) goes.
    let particles = s.list(crate::cue!("subject.base_particle"));
    let owner = particles
        .suffix_of(measure)
        .map_or(measure, |w| &measure[..measure.len() - w.len()]);
    format!("{owner}{base}{}", &p[measure.len()..])
}

/// 种植业172个，占53%: a share whose clause holds only the share verb (`subject.share_verb`)
/// and follows a figure's clause, named by an item and a share noun (种植业占比), is the
/// share of what that figure measured (`prev`, 种植业合作社, opening with the item; without
/// a change after it): 种植业合作社占比. `p` unchanged elsewhere.
pub fn share_of_count(s: &Sentence, fig: Span, p: String, prev: Option<&str>) -> String {
    let Some(prev) = prev.filter(|v| !v.is_empty()) else {
        return p;
    };
    let (cs, _) = clause(s, fig.0, fig.1);
    let head = rule_form(s.traditional, s.f.slice(cs, fig.0).trim());
    let after_figure = cs > 1 && is_figure(s, cs - 2, cs - 1);
    if !after_figure || !s.list(crate::cue!("subject.share_verb")).contains(&head) {
        return p;
    }
    let rule = rule_form(s.traditional, &p).into_owned();
    let Some(noun) = s.list(crate::cue!("subject.share")).suffix_of(&rule) else {
        return p;
    };
    let item = cut_chars(&p, noun.chars().count());
    // What the figure measured, without a change after it.
    let measure = strip_change(s.traditional, s.list(crate::cue!("subject.change")), prev);
    if item.is_empty() || !measure.starts_with(item) || measure.len() <= item.len() {
        return p;
    }
    format!("{measure}{}", &p[item.len()..])
}

/// Most chars of the thing a list item pairs with its figure (离子膜烧碱), as
/// [`list_item_frame`] reads it.
const MAX_ITEM_THING_CHARS: usize = 10;

/// 规划建设100万吨聚氯乙烯、100万吨离子膜烧碱 and 生产PVC树脂30万吨、烧碱27万吨: a later item
/// of a list of figure–thing pairs joined by 、, whose subject `p` is its thing alone, takes
/// the frame the item before (`prev`: its figure's span and subject) puts around that item's
/// own thing: 规划建设离子膜烧碱, 生产烧碱, 离子膜烧碱年产能. `p` unchanged elsewhere.
pub fn list_item_frame(s: &Sentence, fig: Span, p: String, prev: Option<(Span, &str)>) -> String {
    let Some(((pa, pb), ps)) = prev.filter(|(_, ps)| !ps.is_empty()) else {
        return p;
    };
    if p.is_empty() || pb > fig.0 || is_figure(s, pb, fig.0) {
        return p;
    }
    let mid = &s.chars[pb..fig.0];
    let joiners = mid.iter().filter(|&&c| is_delim(c)).count();
    if joiners != 1 || mid.iter().filter(|&&c| c == '、').count() != 1 {
        return p;
    }
    // The two things: the item's own (`p`, nouns only) and the one before.
    let noun = |t: &Token| t.tag.starts_with('n') || t.tag == "eng";
    let own_len = p.chars().count();
    let (prev_thing, own_at) = if mid.last() == Some(&'、') {
        // Figure first: the thing follows its figure.
        (text(s, pb, fig.0 - 1), fig.1)
    } else if mid.first() == Some(&'、') {
        // Thing first: the one before is the run of nouns right before its figure, right
        // after the verb that frames it (生产/PVC树脂30万吨; not 中外合资/企业5家), or after
        // the 、 of an item whose subject holds the frame already (、复合肥8万吨).
        let toks = tokens_in(s, 0, pa);
        let mut from = pa;
        let mut k = toks.len();
        while k > 0 && toks[k - 1].end == from && noun(&toks[k - 1]) {
            k -= 1;
            from = toks[k].start;
        }
        let verb = k > 0 && toks[k - 1].end == from && matches!(toks[k - 1].tag, "v" | "vn");
        let listed = from > 0 && s.chars[from - 1] == '、';
        if from == pa || !(verb || listed) {
            return p;
        }
        (text(s, from, pa), pb + 1)
    } else {
        return p;
    };
    let own = text(s, own_at, own_at + own_len);
    let nouns = (tokens_in(s, own_at, own_at + own_len).iter()).all(noun);
    let short = (1..=MAX_ITEM_THING_CHARS).contains(&own_len);
    let paired = own == p && nouns && short && prev_thing.chars().count() > 1;
    if !paired || ps == prev_thing {
        return p;
    }
    match ps.find(&prev_thing) {
        Some(k) => format!("{}{p}{}", &ps[..k], &ps[k + prev_thing.len()..]),
        None => p,
    }
}

/// Chars of an item's label in a list opened by a colon (一、基隆港：).
const MAX_LABEL_CHARS: usize = 10;

/// 「貨櫃裝卸量」四個商港分別統計如下：一、基隆港：65萬TEU（較去年同期增加17.25%）: a figure
/// after an item's label and its colon, in a list a lead clause ending in a
/// `subject.list_lead_end` word (如下) opens with a colon, takes the measure the lead names in
/// quotes: 基隆港貨櫃裝卸量, 基隆港貨櫃裝卸量增加 (`p` opening with the label). `p`
/// unchanged elsewhere, or when it names the measure already.
fn labelled_list_item(s: &Sentence, fig: Span, p: String) -> String {
    let colons: Vec<usize> = (0..fig.0.min(s.chars.len()))
        .filter(|&i| label_colon(s, i))
        .collect();
    let Some((&item, earlier)) = colons.split_last() else {
        return p;
    };
    let opens = s.list(crate::cue!("subject.list_lead_end"));
    let lead = earlier.iter().rev().copied().find(|&c| {
        let (cs, _) = clause(s, c, c);
        opens.ends(&rule_form(s.traditional, s.f.slice(cs, c).trim_end()))
    });
    let Some(lead) = lead else {
        return p;
    };
    // The label: the item's clause before its colon, after the lead's colon, no figure.
    let from = clause(s, item, item).0.max(lead + 1);
    if is_figure(s, from, item) || is_figure(s, item, fig.0) {
        return p;
    }
    let label = without_outline_marker(text(s, from, item).trim().to_string());
    let n = label.chars().count();
    if !(2..=MAX_LABEL_CHARS).contains(&n) || !(p.is_empty() || p.starts_with(&label)) {
        return p;
    }
    let Some(measure) = quoted_before(s, lead) else {
        return p;
    };
    if p.contains(&measure) {
        return p;
    }
    format!("{label}{measure}{}", &p[label.len().min(p.len())..])
}

/// The last term in quotes (「…」, “…”) before char `end`, without its quotes.
fn quoted_before(s: &Sentence, end: usize) -> Option<String> {
    let closes = |c: char| QUOTES.contains(&c) && !OPEN_QUOTES.contains(&c);
    let close = (0..end).rev().find(|&i| closes(s.chars[i]))?;
    let open = (0..close)
        .rev()
        .find(|&i| OPEN_QUOTES.contains(&s.chars[i]))?;
    let term = text(s, open + 1, close);
    let n = term.chars().count();
    ((2..=MAX_QUOTED_MEASURE).contains(&n) && !is_figure(s, open, close)).then_some(term)
}

/// Chars of a quoted term that names a list's measure.
const MAX_QUOTED_MEASURE: usize = 16;

/// 道路全长6.8公里，宽6米: a length whose clause names only a dimension before it
/// (`subject.dimension`) is that dimension of the thing the previous figure `prev`
/// measured one dimension of (its subject without the `subject.dimension_end` word at its
/// end): 道路宽度. None when the clause says more, or `prev` names no dimension.
fn dimension_of_prev(s: &Sentence, fig: Span, prev: Option<&str>) -> Option<String> {
    let prev = prev.filter(|p| !p.is_empty())?;
    let written = rule_form(s.traditional, s.f.slice(fig.0, fig.1).trim_end());
    s.list(crate::cue!("subject.dimension_unit"))
        .suffix_of(&written)?;
    let (cs, _) = clause(s, fig.0, fig.1);
    let before = rule_form(s.traditional, s.f.slice(cs, fig.0).trim());
    let measure = s.list(crate::cue!("subject.dimension")).value(&before)?;
    let prev_rule = rule_form(s.traditional, prev);
    let ends = s.list(crate::cue!("subject.dimension_end"));
    let end = ends.suffix_of(&prev_rule)?;
    let owner = cut_chars(prev, end.chars().count());
    (owner.chars().count() >= 2).then(|| format!("{owner}{measure}"))
}

/// `p` without the marks of notes a page writes after a term (生产总值[2]: a square
/// bracket, one or two digits and the closer, which the phrase may have lost): a mark
/// names nothing measured.
fn without_note_marks(p: String) -> String {
    if !p.contains(['[', '［']) {
        return p;
    }
    let chars: Vec<char> = p.chars().collect();
    let mut out = String::with_capacity(p.len());
    let mut i = 0;
    while i < chars.len() {
        let digits = (chars[i + 1..].iter())
            .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
            .count();
        if matches!(chars[i], '[' | '［') && (1..=2).contains(&digits) {
            let end = i + 1 + digits;
            let closed = matches!(chars.get(end), Some(']' | '］'));
            if closed || end == chars.len() || !chars[end].is_ascii() {
                i = end + usize::from(closed);
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// The actor opening the clause before a date, when the subject was read after that date
/// (铜业公司1-6月完成工业增加值…, 有色金属矿采选业1—5月增加值增长35%): the measure is the
/// actor's, so its nouns go before the subject (铜业公司工业增加值). Lead words before it are
/// left out; a place, a pronoun or a time (海口市1-6月, 我们今年) is no actor: the place
/// column holds places.
fn with_actor_before_date(s: &Sentence, fig: Span, p: String) -> String {
    let (cs, _) = clause(s, fig.0, fig.1);
    // The one figure of the clause before this one.
    let mut before = s.figures.iter().filter(|&&(a, b)| a >= cs && b <= fig.0);
    let (Some(&(da, de)), None) = (before.next(), before.next()) else {
        return p;
    };
    let date = rule_form(s.traditional, s.f.slice(da, de));
    if p.is_empty() || !s.list(crate::cue!("subject.date_end")).ends(&date) {
        return p;
    }
    let leads = s.list(crate::cue!("subject.lead"));
    let toks = tokens_in(s, cs, da);
    let Some(first) = toks.iter().position(|t| {
        !(leads.contains(&rule_form(s.traditional, t.word)) || is_delim_word(t.word))
    }) else {
        return p;
    };
    let mut actor = &toks[first..];
    // Written together and right before the date (a label set off by a space is no actor),
    // or before a particle opening the date (住房贷款在5月份减少: `subject.date_particle`).
    let particles = s.list(crate::cue!("subject.date_particle"));
    if let Some((last, rest)) = actor.split_last().filter(|(t, rest)| {
        !rest.is_empty() && t.end == da && particles.contains(&rule_form(s.traditional, t.word))
    }) {
        actor = rest;
        if rest.last().is_some_and(|t| t.end != last.start) {
            return p;
        }
    } else if actor.last().is_some_and(|t| t.end != da) {
        return p;
    }
    let end = actor.last().map_or(da, |t| t.end);
    let joined = actor.windows(2).all(|w| w[0].end == w[1].start);
    if !joined {
        return p;
    }
    // A verb inside a name (有色金属矿/采选/业) between its nouns is part of it.
    let inner = |k: usize| k > 0 && k + 1 < actor.len() && actor[k].tag == "v";
    let named = actor
        .iter()
        .enumerate()
        .all(|(k, t)| (nominal(t) || inner(k)) && !matches!(t.tag, "ns" | "r" | "t" | "m" | "s"));
    let a = text(s, actor[0].start, end);
    if !named || a.chars().count() < 2 || p.contains(a.as_str()) {
        return p;
    }
    // The subject must have been read after the date, from the clause's own words.
    let after = rule_form(s.traditional, s.f.slice(de, fig.0)).into_owned();
    let head: String = rule_form(s.traditional, &p).chars().take(2).collect();
    if !after.contains(&head) {
        return p;
    }
    balance_quotes(format!("{a}{p}"))
}

/// The actor of the clause before, for a clause that opens with an achieving verb and names
/// none (高技术产业发展态势良好，实现工业增加值同比增长59%; 甲、乙等八大重点行业“三升五降”，实现
/// 增加值…): an economic group (`subject.group_actor_end`: 产业, 企业, 公司 …) named by the
/// nouns opening the clause right before, which holds no figure (after the last 等 of a
/// list: the list's name), goes before the subject.
fn with_sentence_actor(s: &Sentence, fig: Span, p: String) -> String {
    let (cs, _) = hard_clause(s, fig);
    if p.is_empty() || cs < 2 {
        return p;
    }
    // The clause right before the figure's.
    let (before, before_end) = hard_clause(s, (cs - 1, cs - 1));
    if is_figure(s, before, before_end) {
        return p;
    }
    let (leads, achieves) = (
        s.list(crate::cue!("subject.lead")),
        s.list(crate::cue!("subject.achieve_verb")),
    );
    let opening = tokens_in(s, cs, fig.0);
    let opening = opening
        .iter()
        .map(|t| rule_form(s.traditional, t.word))
        .find(|w| achieves.contains(w) || !(leads.contains(w) || is_delim_word(w)));
    if !opening.is_some_and(|w| achieves.contains(&w)) {
        return p;
    }
    let toks = tokens_in(s, before, before_end);
    let from = toks
        .iter()
        .rposition(|t| s.list(crate::cue!("figure.list_end")).contains(t.word))
        .map_or(0, |k| k + 1);
    let toks = &toks[from..];
    let start = toks
        .iter()
        .position(|t| !leads.contains(&rule_form(s.traditional, t.word)))
        .unwrap_or(toks.len());
    // Nouns written together (a bracket or a quote ends them; a verb may stand between
    // them, 食品/加工/产业), up to the last that ends a group's name (食品加工产业/发展势头).
    let mut run: Vec<&Token> = Vec::new();
    for t in &toks[start..] {
        let joined = run.last().is_none_or(|l| l.end == t.start);
        let inner_verb = !run.is_empty() && matches!(t.tag, "v" | "vn");
        if !joined || !(nominal(t) || inner_verb) || matches!(t.tag, "ns" | "r" | "t" | "s") {
            break;
        }
        run.push(t);
    }
    let ends = s.list(crate::cue!("subject.group_actor_end"));
    let Some(b) = (run.iter().rev())
        .find(|b| ends.ends(&rule_form(s.traditional, &text(s, run[0].start, b.end))))
    else {
        return p;
    };
    let name = text(s, run[0].start, b.end);
    // The subject's words of the figure's own clause (a subject read over the clause
    // before, 某产业发展势头产值, keeps only its own 产值).
    let clause = text(s, cs, fig.0);
    let own = (p.char_indices())
        .map(|(i, _)| &p[i..])
        .find(|w| clause.contains(w))
        .unwrap_or("");
    if own.chars().count() < 2 || own.contains(name.as_str()) {
        return p;
    }
    balance_quotes(format!("{name}{own}"))
}

/// The owner a time frame at `fig` hands on when an average over it follows (两年平均增长
/// 8.6%: `subject.frame_average`): the measure of its subject `p` without a comparison
/// base (比2019年同期), with the frame as written, so that the average says over what
/// (工业用电量两年 → 工业用电量两年平均增长).
pub fn averaged_frame(s: &Sentence, fig: Span, p: String) -> String {
    if !s
        .list(crate::cue!("subject.frame_average"))
        .starts(s.f.rest(fig.1))
    {
        return p;
    }
    // measure_of cuts a comparison word already; a base opened by 比 is cut here.
    let m = measure_of(s, &p);
    let rule = rule_form(s.traditional, &m).into_owned();
    let cut = find_word(s.list(crate::cue!("subject.compare_open")), &rule)
        .filter(|&(k, _)| k > 0)
        .map_or(0, |(k, _)| rule[k..].chars().count());
    let m = cut_chars(&m, cut);
    if m.chars().count() < 2 {
        return p;
    }
    format!("{m}{}", text(s, fig.0, fig.1))
}

/// [`subject`] before the categories and groups of [`category`] are read.
fn subject_owned(s: &Sentence, fig: Span, count_like: bool, prev: Option<&str>) -> String {
    // A figure alone after a 分别 list continues the items' shared measure, no item's.
    let shared = shared_before(s, fig);
    let prev = shared.as_deref().or(prev);
    if let Some(p) = group::base_figure(s, fig, prev) {
        return p;
    }
    if let Some(p) = share_base(s, fig, prev) {
        return p;
    }
    if let Some(p) = stance_after(s, fig).or_else(|| stance_before(s, fig)) {
        return p;
    }
    if let Some(p) = criterion_measure(s, fig) {
        return p;
    }
    let p = subject_in_clause(s, fig, count_like, prev);
    let p = with_actor_before_date(s, fig, p);
    let p = with_sentence_actor(s, fig, p);
    let p = level_reached(s, fig, p);
    let p = with_share_owner(s, fig, p, prev);
    let p = with_completion_owner(s, fig, p, prev);
    let p = group::copula_share(s, fig, p, prev);
    let p = with_pull_owner(s, fig, p, prev);
    let p = group::count_before_measure(s, fig, p, count_like);
    let p = level_at_time(s, fig, p);
    let p = without_rate_before_change(s, fig, p);
    allotted_purpose(s, fig, &p, prev).unwrap_or(p)
}

/// A percentage change named after a rate word (收入增速增长17.9%, 增速两年平均增长8.6%:
/// the measure handed on from a compared rate) is the measure's change, not the rate's:
/// the rate word goes when no comparison follows it and a change word closes the subject.
fn without_rate_before_change(s: &Sentence, fig: Span, p: String) -> String {
    if !s.f.slice(fig.0, fig.1).ends_with('%') {
        return p;
    }
    let rule = rule_form(s.traditional, &p).into_owned();
    let changes = s.list(crate::cue!("subject.change"));
    let Some((k, w)) = find_word(s.list(crate::cue!("subject.rate_word")), &rule) else {
        return p;
    };
    let rest = &rule[k + w.len()..];
    let compares = [
        crate::cue!("subject.compare_verb"),
        crate::cue!("subject.compare_open"),
    ];
    let compared = compares
        .iter()
        .any(|&c| find_word(s.list(c), rest).is_some());
    if k == 0 || compared || !changes.ends(rest) {
        return p;
    }
    let (a, n) = (rule[..k].chars().count(), w.chars().count());
    p.chars().take(a).chain(p.chars().skip(a + n)).collect()
}

/// Longest run of words from a share to the stance it counts ([`stance_after`]), in chars.
const MAX_STANCE_CHARS: usize = 12;

/// A share of people followed by the stance they hold (71%滿意, 21.0%民眾表示不滿意,
/// 7.0%很不滿意, 8.5%的受访者表示不满意: a word ending with a `subject.stance` word) is
/// the share holding that stance: the words from the figure to the stance word, its
/// negation and degree kept (很不满意 is no 满意), without the particle after the figure
/// and verbs of saying (`subject.stance_report`: 表示). Only the nouns of those holding it,
/// adverbs, degree words (`subject.stance_degree`: 还算, 有点) and negations may stand
/// between; only for a percentage or a share in tenths (成).
fn stance_after(s: &Sentence, fig: Span) -> Option<String> {
    if !share_figure(s, fig) {
        return None;
    }
    let (_, ce) = clause(s, fig.0, fig.1);
    let stances = s.list(crate::cue!("subject.stance"));
    let reports = s.list(crate::cue!("subject.stance_report"));
    let degrees = s.list(crate::cue!("subject.stance_degree"));
    let negations = s.list(crate::cue!("subject.negation"));
    let toks = tokens_in(s, fig.1, ce);
    let k = toks
        .iter()
        .position(|t| stances.ends(&rule_form(s.traditional, t.word)))?;
    if toks[k].end - fig.1 > MAX_STANCE_CHARS {
        return None;
    }
    let mut kept = String::new();
    // A degree word jieba split (还/算) runs to char `degree_end`.
    let mut degree_end = fig.1;
    for (i, t) in toks[..=k].iter().enumerate() {
        let w = rule_form(s.traditional, t.word);
        if t.end <= degree_end {
            kept.push_str(&text(s, t.start, t.end));
            continue;
        }
        let rest = rule_form(s.traditional, s.f.slice(t.start, toks[k].end));
        if let Some(d) = degrees.prefix_of(&rest).filter(|_| i < k) {
            degree_end = t.start + d.chars().count();
            kept.push_str(&text(s, t.start, t.end));
            continue;
        }
        let between = nominal(t)
            || matches!(t.tag, "d" | "r" | "q")
            || degrees.contains(&w)
            || negations.contains(&w);
        if i < k && !(between || reports.contains(&w) || matches!(t.tag, "uj" | "ul")) {
            return None;
        }
        if reports.contains(&w) || (i == 0 && matches!(t.tag, "uj" | "ul")) {
            continue;
        }
        kept.push_str(&text(s, t.start, t.end));
    }
    Some(kept)
}

/// Whether the figure at `fig` is a share of people polled: it ends with a
/// `subject.stance_share_end` (%, 成).
fn share_figure(s: &Sentence, fig: Span) -> bool {
    let ends = s.list(crate::cue!("subject.stance_share_end"));
    ends.ends(&rule_form(s.traditional, s.f.slice(fig.0, fig.1)))
}

/// A share whose clause names nothing before it (只佔2%) after a clause closing with a
/// stance (表示不滿的，只佔2%) is the share holding that stance: the stance word with the
/// negations, degree words and adverbs right before it ([`stance_after`]'s lists).
fn stance_before(s: &Sentence, fig: Span) -> Option<String> {
    let (cs, _) = clause(s, fig.0, fig.1);
    if !share_figure(s, fig) || cs < 2 {
        return None;
    }
    if tokens_in(s, cs, fig.0).iter().any(nominal) {
        return None;
    }
    let (pcs, pce) = clause(s, cs - 2, cs - 1);
    if s.figures.iter().any(|&(a, b)| a >= pcs && b <= pce) {
        return None;
    }
    let stances = s.list(crate::cue!("subject.stance"));
    let degrees = s.list(crate::cue!("subject.stance_degree"));
    let negations = s.list(crate::cue!("subject.negation"));
    let mut toks = tokens_in(s, pcs, pce);
    while toks
        .last()
        .is_some_and(|t| matches!(t.tag, "uj" | "ul" | "x"))
    {
        toks.pop();
    }
    let last = toks.last()?;
    if !stances.ends(&rule_form(s.traditional, last.word)) {
        return None;
    }
    let mut start = last.start;
    for t in toks.iter().rev().skip(1) {
        let w = rule_form(s.traditional, t.word);
        if !(t.tag == "d" || degrees.contains(&w) || negations.contains(&w)) {
            break;
        }
        start = t.start;
    }
    Some(text(s, start, last.end))
}

/// Longest purpose [`allotted_purpose`] takes when no verb opens it, in chars.
const MAX_PURPOSE_CHARS: usize = 16;

/// An amount allotted (同意动支54万元改善排水, 拨款2300万元，用于…) whose subject `p` is
/// only the verb of allotting (`subject.allot_verb`) is for the purpose after it: the
/// words after the figure, or the next clause when the figure closes its own, without the
/// words that open a purpose (`subject.purpose_open`: 用于, 协助); a verb and its nouns
/// ([`action_after`]), else the words to the clause's end when short.
fn allotted_purpose(s: &Sentence, fig: Span, p: &str, prev: Option<&str>) -> Option<String> {
    let allots = s.list(crate::cue!("subject.allot_verb"));
    let opens = s.list(crate::cue!("subject.purpose_open"));
    let (_, ce) = clause(s, fig.0, fig.1);
    // An amount of a list of allotments (…；74万元用于改善…) carries the subject before it.
    let listed = prev == Some(p) && opens.starts(&rule_form(s.traditional, s.f.slice(fig.1, ce)));
    if !listed && !allots.ends(&rule_form(s.traditional, p)) {
        return None;
    }
    let mut from = fig.1;
    let mut end = ce;
    let next_clause = s.f.slice(fig.1, ce).trim().is_empty();
    if next_clause {
        let next = ce + 1;
        if next >= s.chars.len() || !matches!(s.f.char(ce), Some('，' | ',')) {
            return None;
        }
        (from, end) = (next, clause(s, next, next).1);
    }
    let at = from;
    while let Some(w) = opens.prefix_of(&rule_form(s.traditional, s.f.slice(from, end))) {
        from += w.chars().count();
    }
    if from >= end || is_figure(s, from, end) {
        return None;
    }
    // Words to the clause's end only where nothing else may open it (希望尽快施工 is no
    // purpose): right after the figure or after a word opening a purpose.
    action_after(s, from, end).or_else(|| {
        let rest = text(s, from, end);
        let rest = rest.trim();
        let opened = from > at || !next_clause;
        (opened && rest.chars().count() <= MAX_PURPOSE_CHARS).then(|| rest.to_string())
    })
}

/// A contribution (`subject.pull`: 拉动经济增长2.0个百分点, 贡献率46.0%) is the part of a
/// growth owed to one part of the whole, so its subject names that part: the clause's own
/// words before the pull word (重点企业拉动全区增长3个百分点), else the measure of the
/// previous figure (工业增加值增长8%，拉动经济增长2.0个百分点 → 工业增加值拉动经济增长), cut
/// before a pull or share word of its own. Only for a change figure (百分点, %).
fn with_pull_owner(s: &Sentence, fig: Span, p: String, prev: Option<&str>) -> String {
    let pulls = s.list(crate::cue!("subject.pull"));
    if !states_change(s, fig) {
        return p;
    }
    let (cs, _) = clause(s, fig.0, fig.1);
    let p = pull_phrase(s, (cs, fig.0), &p).unwrap_or(p);
    let rule = rule_form(s.traditional, &p);
    // 对全区工业贡献率: the clause names the whole, the part is the figure's before; so
    // does a pull word after a change word alone (增长贡献率, 增长的贡献率), the whole cut
    // off before it.
    let changes = s.list(crate::cue!("subject.change"));
    let attributive = s.list(crate::cue!("subject.attributive"));
    let after_change = changes.prefix_of(&rule).map(|w| {
        let r = &rule[w.len()..];
        attributive.prefix_of(r).map_or(r, |d| &r[d.len()..])
    });
    let towards = s.list(crate::cue!("subject.pull_to")).starts(&rule)
        || after_change.is_some_and(|r| pulls.starts(r));
    if !pulls.starts(&rule) && !towards {
        return p;
    }
    let head = s.f.slice(cs, fig.0);
    let owner = match find_word(pulls, head).filter(|&(k, _)| k > 0 && !towards) {
        Some((k, _)) => {
            let at = cs + head[..k].chars().count();
            let from = after_leads(s, cs, at);
            if is_figure(s, from, at) {
                return p;
            }
            text(s, from, at).trim().to_string()
        }
        None => match prev {
            Some(prev) => {
                // The growth rate of the part (工业增加值增速) is no part of its name.
                let m = measure_of(s, before_pull(s, prev));
                let rates = s.list(crate::cue!("subject.rate_word"));
                match rates.suffix_of(&rule_form(s.traditional, &m)) {
                    Some(w) if w.len() < m.len() => cut_chars(&m, w.chars().count()).to_string(),
                    _ => m,
                }
            }
            None => return p,
        },
    };
    if owner.chars().count() < 2 || pulls.starts(&rule_form(s.traditional, &owner)) {
        return p;
    }
    balance_quotes(format!("{owner}{p}"))
}

/// The clause's words (chars `[cs, pos)`) from an opening pull word (拉动…增长) or a
/// `subject.pull_to` word before a pull word (对…贡献率) to the end of `p`, when `p` was
/// cut from them from the left (规模以上服务业营业收入增长 of 拉动规模以上服务业营业收入增长).
fn pull_phrase(s: &Sentence, (cs, pos): Span, p: &str) -> Option<String> {
    let from = after_leads(s, cs, pos);
    let head = s.f.slice(from, pos);
    let pulls = s.list(crate::cue!("subject.pull"));
    let towards = s.list(crate::cue!("subject.pull_to")).starts(head);
    let opens = pulls.starts(head) || towards && find_word(pulls, head).is_some();
    if !opens {
        return None;
    }
    let p = rule_form(s.traditional, p);
    let k = head.find(&*p)?;
    Some(text(
        s,
        from,
        from + head[..k].chars().count() + p.chars().count(),
    ))
}

/// The part of `p` before a pull word (`subject.pull`), a share verb or a comparison verb
/// after some words (工业增加值拉动经济增长, 工业增加值增速高于全省 → 工业增加值…): the part
/// a contribution or share is owed to.
fn before_pull<'p>(s: &Sentence, p: &'p str) -> &'p str {
    let rule = rule_form(s.traditional, p);
    let lists = [
        crate::cue!("subject.pull"),
        crate::cue!("subject.pull_to"),
        crate::cue!("subject.share_verb"),
        crate::cue!("subject.compare_verb"),
    ];
    let cut = (lists.iter())
        .filter_map(|&l| find_word(s.list(l), &rule).filter(|&(k, _)| k > 0))
        .map(|(k, _)| rule[..k].chars().count())
        .min();
    match cut.and_then(|n| p.char_indices().nth(n)) {
        Some((i, _)) => &p[..i],
        None => p,
    }
}

/// A level reached by a change (收入将上升6.2%至58亿元, 开支增加到600亿元): a figure right
/// after a `subject.level_to` word whose subject ends with a change word measures the
/// level, so it names the measure without the change (收入). Changes (%, 倍) keep `p`,
/// unless a change by a figure comes first (失业率上升0.3个百分点至1.5% → 失业率).
fn level_reached(s: &Sentence, fig: Span, p: String) -> String {
    let head = s.f.before(fig.0).trim_end();
    let Some(word) = s.list(crate::cue!("subject.level_to")).suffix_of(head) else {
        return p;
    };
    // A percentage after a change by a figure (上升0.3个百分点至1.5%) is a level too.
    let at = head.chars().count() - word.chars().count();
    let after_change = (s.figures.iter()).any(|&(_, fe)| fe == at && fe < fig.0);
    if states_change(s, fig) && !after_change {
        return p;
    }
    let changes = s.list(crate::cue!("subject.change"));
    let link = s.list(crate::cue!("subject.link"));
    // Link words after the change (上升了) go first, then the change itself.
    let mut m = p.as_str();
    while let Some(w) = link
        .suffix_of(&rule_form(s.traditional, m))
        .filter(|w| w.len() < m.len())
    {
        m = cut_chars(m, w.chars().count());
    }
    let rule = rule_form(s.traditional, m);
    if !changes
        .iter()
        .any(|c| rule.ends_with(c) && rule.len() > c.len())
    {
        return p;
    }
    let m = measure_of(s, m);
    if m.is_empty() {
        p
    } else {
        m
    }
}

/// A clause that opens with a share verb (`subject.share_verb`: 占GDP的22.9%, 约占全部
/// 发电量的39.7%) states the share of something named before it: the previous figure's
/// measure (现代服务业增加值321.96亿元，占GDP的22.9% → 现代服务业增加值占GDP), else the
/// topic of the clause before. `p` is the subject found inside the clause.
fn with_share_owner(s: &Sentence, fig: Span, p: String, prev: Option<&str>) -> String {
    let (cs, _) = clause(s, fig.0, fig.1);
    let head = s.f.slice(cs, fig.0);
    let lead = head.len() - head.trim_start().len();
    let Some(verb) = s
        .list(crate::cue!("subject.share_verb"))
        .prefix_of(&head[lead..])
    else {
        return p;
    };
    let at = cs + head[..lead].chars().count();
    // A measure opening the clause with the verb's char (占地220亩: `subject.attribute`)
    // states that measure, no share.
    let (attributes, shares) = (
        s.list(crate::cue!("subject.attribute")),
        s.list(crate::cue!("subject.share")),
    );
    let measure = |t: &Token| {
        let w = rule_form(s.traditional, t.word);
        t.start == at && attributes.contains(&w) && !shares.contains(&w)
    };
    if s.toks.iter().any(measure) {
        return p;
    }
    let owner = share_owner(s, cs, prev);
    if owner.is_empty() || p.contains(owner.as_str()) {
        return p;
    }
    // A clause opening with a share noun (占比76.5%: `subject.share`), not the verb and
    // its object, is the owner's share: owner + that noun, whatever else `p` holds.
    if s.list(crate::cue!("subject.share")).starts(&head[lead..]) {
        // With the change after the noun (占比上升2.5个百分点).
        let noun = text(s, at, fig.0);
        return balance_quotes(format!("{owner}{}", noun.trim_end()));
    }
    // The verb as written (佔 in traditional text), unless the subject starts with it.
    let verb_text = text(s, at, at + verb.chars().count());
    let p_rule = rule_form(s.traditional, &p);
    if verbs_start(s, &p_rule) {
        balance_quotes(format!("{owner}{p}"))
    } else {
        balance_quotes(format!("{owner}{verb_text}{p}"))
    }
}

/// The first word of the clause before the percentage `fig` that is no lead word or
/// adverb (`subject.lead`, tag d): the verb a clause stating a share or a completion rate
/// opens with (完成, 为), with the clause's start. None when the figure is no percentage
/// or nothing stands before it.
fn share_clause_verb<'a>(s: &Sentence<'a>, fig: Span) -> Option<(usize, Token<'a>)> {
    if !s.f.slice(fig.0, fig.1).ends_with('%') {
        return None;
    }
    let (cs, _) = clause(s, fig.0, fig.1);
    let lead = s.list(crate::cue!("subject.lead"));
    let verb = tokens_in(s, cs, fig.0)
        .into_iter()
        .find(|t| !(lead.contains(t.word) || t.tag == "d"))?;
    Some((cs, verb))
}

/// A percentage in a clause opening with a verb of completion (`subject.completion_verb`,
/// after lead words) states how much of a target the figure before it reached: the
/// previous figure's measure (see [`share_owner`]) + the verb and its target when the
/// target and 的 stand between (完成全年指标任务的110.4% → 城镇新增就业人数完成全年指标
/// 任务), or + the verb's rate when the verb stands alone before the figure (完成121.5% →
/// 生猪存栏完成率). `p` when the clause is no such clause, no owner is known or the owner
/// holds the verb.
fn with_completion_owner(s: &Sentence, fig: Span, p: String, prev: Option<&str>) -> String {
    let Some((cs, verb)) = share_clause_verb(s, fig) else {
        return p;
    };
    let verbs = s.list(crate::cue!("subject.completion_verb"));
    let Some(rate) = verbs.value(&rule_form(s.traditional, verb.word)) else {
        return p;
    };
    let target = s.f.slice(verb.end, fig.0).trim();
    let attributive = s.list(crate::cue!("subject.attributive"));
    let tail = if target.is_empty() {
        match rate {
            "-" => return p,
            _ => rate.to_string(),
        }
    } else {
        let Some(de) = attributive.suffix_of(target) else {
            return p;
        };
        let end = fig.0 - de.chars().count();
        if target.chars().count() - de.chars().count() < 2 || is_figure(s, verb.end, end) {
            return p;
        }
        text(s, verb.start, end).trim().to_string()
    };
    // An owner that holds the verb itself (完成投资, 全长完成) names what was completed:
    // the clause keeps its own subject.
    let owner = share_owner(s, cs, prev);
    let verb_word = rule_form(s.traditional, verb.word);
    if owner.chars().count() < 2
        || tail.contains(owner.as_str())
        || rule_form(s.traditional, &owner).contains(verb_word.as_ref())
    {
        return p;
    }
    balance_quotes(format!("{owner}{tail}"))
}

/// The subject `p` of a price (money per a quantity of goods, `fig` 5.69元/公斤: its
/// unit after the slash a `subject.price_per`) that names only the thing priced (青白菜,
/// 菜籽油平均) + the price noun (`subject.price_noun`, its value the traditional
/// spelling): 青白菜价格. Money per a person, month or mu is an allowance or a rate, not
/// a price; a subject naming money already (收购价, 补贴, 成本: a `subject.price_word`
/// inside it) or none stays.
pub fn priced(s: &Sentence, p: String, fig: &str) -> String {
    let per = fig
        .rsplit_once('/')
        .map(|(_, per)| rule_form(s.traditional, per.trim()));
    if !per.is_some_and(|per| s.list(crate::cue!("subject.price_per")).contains(&per)) {
        return p;
    }
    let rule = rule_form(s.traditional, &p);
    let money = s.list(crate::cue!("subject.price_word"));
    if rule.is_empty() || money.iter().any(|w| rule.contains(w)) {
        return p;
    }
    let nouns = s.list(crate::cue!("subject.price_noun"));
    let Some((noun, trad)) = nouns.entries().next() else {
        return p;
    };
    let noun = if s.traditional { trad } else { noun };
    format!("{p}{noun}")
}

/// The subject `p` of a sum starting at char `start` right after a per phrase
/// (`subject.per_quantity`: 每斤, 每袋; a `subject.per_link` word may stand between:
/// 大米零售价格每斤为2.71元) with that phrase, as written, in brackets (大米零售价格（每斤）):
/// the sum is money per that quantity and its unit plain money, so the subject says per
/// what. An empty subject, or one holding the phrase already, stays.
pub fn per_quantity(s: &Sentence, p: String, start: usize) -> String {
    if p.is_empty() {
        return p;
    }
    let before = s.f.before(start);
    let link = s.list(crate::cue!("subject.per_link")).suffix_of(before);
    let before = link.map_or(before, |w| &before[..before.len() - w.len()]);
    // One unit before the sum (1公斤200元) says per what too; its numeral left the
    // subject before (`without_one_unit`).
    let per_len = match s
        .list(crate::cue!("subject.per_quantity"))
        .suffix_of(before)
    {
        Some(per) => per.chars().count(),
        None => match one_unit_before(s, start) {
            Some(n) => n,
            None => return p,
        },
    };
    let per: String = before
        .chars()
        .skip(before.chars().count() - per_len)
        .collect();
    let per = per.as_str();
    if rule_form(s.traditional, &p).contains(per) {
        return p;
    }
    let n = per.chars().count();
    let from = before.chars().count() - n;
    let written: String = s
        .orig
        .get(from..from + n)
        .unwrap_or_default()
        .iter()
        .collect();
    format!("{p}（{written}）")
}

/// Subject `p` of a sum at char `start` without the numeral of one unit it is per, left
/// in it once that unit was no figure (外销价1|公斤200元 → 外销价).
pub fn without_one_unit(s: &Sentence, p: String, start: usize) -> String {
    match p.chars().last() {
        Some(c) if is_one(c) && one_unit_before(s, start).is_some() => cut_chars(&p, 1).to_string(),
        _ => p,
    }
}

/// Whether `c` is the numeral one, in digits or words (1, 一).
fn is_one(c: char) -> bool {
    c == '1' || crate::extract::number::digit_value(c) == Some(1)
}

/// The chars of one unit written as a figure right before char `at` (1公斤200元: 1公斤,
/// the `subject.per_quantity` unit after 1 or 一), which says per what as 每公斤 does.
fn one_unit_before(s: &Sentence, at: usize) -> Option<usize> {
    let before = s.f.before(at);
    let digit = |c: char| c.is_ascii_digit() || c == '.';
    // Each entry is the per word and a unit (每公斤): the unit after one.
    (s.list(crate::cue!("subject.per_quantity")).iter()).find_map(|w| {
        let unit: String = w.chars().skip(1).collect();
        let head = before.strip_suffix(unit.as_str())?;
        let mut back = head.chars().rev();
        let alone = back.next().is_some_and(is_one) && !back.next().is_some_and(digit);
        alone.then(|| unit.chars().count() + 1)
    })
}

/// Subject `p` without the per phrase `per_quantity` put in brackets at its end
/// (大米零售价格（每斤） → 大米零售价格): the figures after a price measure the price.
fn without_per_quantity<'a>(s: &Sentence, p: &'a str) -> &'a str {
    let Some(inner) = p.strip_suffix('）') else {
        return p;
    };
    let Some(k) = inner.rfind('（') else {
        return p;
    };
    let per = rule_form(s.traditional, &inner[k + '（'.len_utf8()..]);
    let pers = s.list(crate::cue!("subject.per_quantity"));
    if k > 0 && pers.contains(&per) {
        &p[..k]
    } else {
        p
    }
}

/// What a share in the clause starting at `cs` is a share of: the previous figure's
/// measure without its change or the change's measure (增幅, `subject.change_measure`; an
/// owner that is itself a share keeps what precedes its verb), else the topic of the
/// clause before.
fn share_owner(s: &Sentence, cs: usize, prev: Option<&str>) -> String {
    let changes = s.list(crate::cue!("subject.change"));
    // A share without owner (占改造任务数) owns no share after it.
    match prev.filter(|p| !p.is_empty() && !verbs_start(s, &rule_form(s.traditional, p))) {
        Some(prev) => {
            let prev = strip_change(s.traditional, changes, before_pull(s, prev));
            let prev = before_share_verb(s, prev).unwrap_or(prev);
            // The share is of the amount, not of its change's measure (销售总额增幅 … 占
            // 全市的74.5%: 销售总额).
            // With the base it was compared with after it (增幅比上年).
            let measures = s.list(crate::cue!("subject.change_measure"));
            let bases = s.list(crate::cue!("subject.comparison"));
            let rule = rule_form(s.traditional, prev);
            let cut = (rule.char_indices().map(|(i, _)| i).filter(|&i| i > 0)).find(|&i| {
                measures.prefix_of(&rule[i..]).is_some_and(|w| {
                    let rest = &rule[i + w.len()..];
                    rest.is_empty() || bases.starts(rest)
                })
            });
            match cut {
                Some(i) => prev.chars().take(rule[..i].chars().count()).collect(),
                None => prev.to_string(),
            }
        }
        None => topic_before(s, cs).unwrap_or_default(),
    }
}

/// The part of `p` before its share verb (一般公共预算收入占年初预算数 → 一般公共预算收入),
/// when `p` holds one after some words.
fn before_share_verb<'p>(s: &Sentence, p: &'p str) -> Option<&'p str> {
    let verbs = s.list(crate::cue!("subject.share_verb"));
    let rule = rule_form(s.traditional, p);
    let (k, _) = find_word(verbs, &rule).filter(|&(k, _)| k > 0)?;
    let n = rule[..k].chars().count();
    Some(p.char_indices().nth(n).map_or(p, |(i, _)| &p[..i]))
}

/// A share of a named whole (完成年任务75亿元的23.7%, 占年初预算数1.09亿元的56%, 完成全年
/// 43亿元目标任务的34.82%) around the figure at `fig`: (the whole's span, whether `fig`
/// is the share, the chars where the clause's `subject.base_verb` starts and ends, where
/// the words naming the whole after its amount end). The whole is followed by those
/// words, 的 and the percentage; the words between the verb and the whole name it too.
fn share_of_whole(s: &Sentence, fig: Span) -> Option<(Span, bool, usize, usize, usize)> {
    let attributive = s.list(crate::cue!("subject.attributive"));
    let percent = |(a, b): Span| s.f.slice(a, b).ends_with('%');
    // Words naming the whole may follow its amount before 的 (43亿元目标任务的34.82%):
    // where they end, and the chars up to the share.
    let de_after = |at: usize| -> Option<(usize, usize)> {
        let rest: Vec<char> = s.f.rest(at).chars().take(MAX_WHOLE_WORDS + 2).collect();
        (0..=MAX_WHOLE_WORDS.min(rest.len())).find_map(|k| {
            let words = &rest[..k];
            let plain = words.iter().all(|c| !is_delim(*c) && !c.is_ascii_digit());
            let tail: String = rest[k..].iter().collect();
            let n = prefix_chars(attributive, &tail).filter(|_| plain)?;
            Some((at + k, at + k + n))
        })
    };
    let (base, is_share, words_end) = match de_after(fig.1) {
        Some((w, e)) if s.figures.iter().any(|&f| f.0 == e && percent(f)) => (fig, false, w),
        _ => {
            let whole = s.figures.iter().rfind(|&&(_, b)| b < fig.0)?;
            let (w, e) = de_after(whole.1)?;
            if e != fig.0 || !percent(fig) {
                return None;
            }
            (*whole, true, w)
        }
    };
    let (cs, _) = clause(s, base.0, base.1);
    let head = s.f.slice(cs, base.0);
    let lead = head.len() - head.trim_start().len();
    let verb = s
        .list(crate::cue!("subject.base_verb"))
        .prefix_of(&head[lead..])?;
    let at = cs + head[..lead].chars().count();
    let from = at + verb.chars().count();
    let named = s.f.slice(from, base.0).trim().chars().count() + (words_end - base.1);
    (named >= 2 && !is_figure(s, cs, base.0)).then_some((base, is_share, at, from, words_end))
}

/// Most chars naming a whole after its amount, before 的 and its share ([`share_of_whole`]).
const MAX_WHOLE_WORDS: usize = 6;

/// The subject of a whole or its share ([`share_of_whole`]): the whole is the owner's
/// (see [`share_owner`]) 年任务, the percentage the owner's 完成年任务. None for any
/// other figure.
fn share_base(s: &Sentence, fig: Span, prev: Option<&str>) -> Option<String> {
    let (base, is_share, at, from, words_end) = share_of_whole(s, fig)?;
    let (cs, _) = clause(s, base.0, base.1);
    // The words naming the whole, before its amount and after it (全年 + 目标任务).
    let named = format!(
        "{}{}",
        text(s, from, base.0).trim(),
        text(s, base.1, words_end)
    );
    let mut owner = share_owner(s, cs, prev);
    // The share comes after its whole, whose subject (owner + whole) is the previous one.
    if is_share {
        if let Some(o) = owner.strip_suffix(named.trim()).filter(|o| !o.is_empty()) {
            owner = o.to_string();
        }
    }
    if owner.chars().count() < 2 {
        return None;
    }
    let tail = if is_share {
        format!("{}{}", text(s, at, base.0), text(s, base.1, words_end))
    } else {
        named
    };
    Some(balance_quotes(merge(&owner, tail.trim())))
}

/// Whether the last figure before the clause at `cs` is the share of a whole
/// ([`share_of_whole`]): its subject owns no attribute after it.
fn after_share_of_whole(s: &Sentence, cs: usize) -> bool {
    s.figures
        .iter()
        .rfind(|&&(_, b)| b <= cs)
        .and_then(|&f| share_of_whole(s, f))
        .is_some_and(|(_, is_share, _, _, _)| is_share)
}

/// Whether the last figure before the clause at `cs` is a share: its clause holds a share
/// verb (`subject.share_verb`) as a word of its own (占规划量的78%, not 占地面积).
fn after_share(s: &Sentence, cs: usize) -> bool {
    let Some(&(a, b)) = s.figures.iter().rfind(|&&(_, b)| b <= cs) else {
        return false;
    };
    let (ps, _) = clause(s, a, b);
    let verbs = s.list(crate::cue!("subject.share_verb"));
    (s.toks.iter())
        .filter(|t| t.start >= ps && t.end <= a)
        .any(|t| verbs.contains(&rule_form(s.traditional, t.word)))
}

/// Whether `p` starts with a share verb (`subject.share_verb`).
fn verbs_start(s: &Sentence, p: &str) -> bool {
    s.list(crate::cue!("subject.share_verb")).starts(p)
}

/// The end of the chain of figures joined by slashes that the figure ending at `end`
/// opens (200MW/400MWh), `end` when it opens none.
fn chain_end(s: &Sentence, end: usize) -> usize {
    let mut end = end;
    while let Some(&(_, b)) =
        (s.figures.iter()).find(|&&(a, _)| a == end + 1 && s.f.char(end) == Some('/'))
    {
        end = b;
    }
    end
}

/// Whether `fig` is a bare number an index word names right before it (景气指数124.89企业家
/// 信心指数…): it measures that index, not the noun phrase after it.
fn index_value(s: &Sentence, fig: Span) -> bool {
    let bare = (s.f.slice(fig.0, fig.1).chars()).all(|c| c.is_ascii_digit() || c == '.');
    bare && IndexRules::new(s.cues).named_before(s.f.before(fig.0))
}

/// The subject found inside the clause of the figure at `fig` (rules 1–6).
fn subject_in_clause(s: &Sentence, fig: Span, count_like: bool, prev: Option<&str>) -> String {
    let (cs, ce) = clause(s, fig.0, fig.1);
    if let Some(p) = respectively(s, fig)
        .or_else(|| streak(s, fig, ce))
        .or_else(|| change_since(s, fig, cs))
    {
        return balance_quotes(p);
    }
    let from = after_condition(s, cs, fig.0);
    let before = own_phrase_before(s, from, fig.0);
    let before_text = before.map_or_else(String::new, |(a, b)| without_method(s, a, b));
    let attrs = Attributes::of(s);
    let attributive = s.list(crate::cue!("subject.attributive"));
    // 2. figure 的 NP
    if let Some(n) = prefix_chars(attributive, s.f.rest(fig.1)) {
        if let Some(np) = phrase_after(s, fig.1 + n, ce, 8) {
            return de_phrase(s, np, (before, count_like), &before_text, &attrs);
        }
        if let Some(p) = change_after_de(s, fig.1 + n, ce, &before_text) {
            return p;
        }
    }
    // 3. figure NP; in a chain of figures (200MW/400MWh储能电站) the NP after the last
    let np_from = chain_end(s, fig.1);
    // 按每吨收购价20元计: a figure a reckoning word closes (`subject.reckon`) is the value
    // of what the preposition before it introduces, not of the word after it.
    if let Some(p) = reckoned(s, fig, cs, ce) {
        return p;
    }
    // An index's value (景气指数124.89企业家…) measures the index, not the phrase after.
    let after = thing_after(s, np_from, ce).filter(|_| !index_value(s, fig));
    // A threshold passed (突破1万亿千瓦时大关) is no counted thing: the figure measures
    // what the sentence measures.
    let thresholds = s.list(crate::cue!("subject.threshold"));
    let threshold =
        after.filter(|&(a, b)| thresholds.ends(&rule_form(s.traditional, &text(s, a, b))));
    if threshold.is_some() {
        if let Some(p) = prev.filter(|p| !p.is_empty()) {
            return balance_quotes(measure_of(s, p));
        }
    }
    let next_owns = |np: &Span| next_figures(s, *np, (before, &before_text), count_like);
    if let Some((a, b)) = after.filter(|np| threshold.is_none() && !next_owns(np)) {
        if let Some(p) = counted(s, fig, (a, b), (cs, ce), count_like, before.is_none()) {
            return p;
        }
        if count_like || before.is_none() || !attrs.is(&before_text) {
            return balance_quotes(text(s, a, b));
        }
    }
    if let Some(p) = counted_beyond(s, fig, before, (np_from, ce), count_like && after.is_none()) {
        return p;
    }
    // 4. same clause as the figure before, or a comparison: its measure + words between.
    let earlier = s
        .figures
        .iter()
        .rev()
        .find(|&&(a, b)| a >= cs && b <= fig.0 && !attributive.starts(s.f.rest(b)))
        // A base in brackets is no earlier figure, nor is a date opening the clause
        // before a verb (三季度实现税收).
        .filter(|&&e| !is_compared_base(s, e) && !dates_clause(s, e, (cs, fig.0)));
    let clause_head = s.f.slice(after_leads(s, from, fig.0), fig.0);
    let comparisons = s.list(crate::cue!("subject.comparison"));
    let comparison = comparisons.starts(clause_head);
    if earlier.is_none() {
        if let Some(p) = compared_rate(s, cs, fig, prev) {
            return p;
        }
    }
    if let Some(p) = prev.filter(|p| !p.is_empty()) {
        // A percentage change after a share (占…的比重85.9%，同比增长5.2%) is the change of
        // what the share is of; points would be the share's own.
        let percent = earlier.is_none() && s.f.slice(fig.0, fig.1).ends_with('%');
        let p = before_share_verb(s, p).filter(|_| percent).unwrap_or(p);
        if earlier.is_some() || comparison {
            let from = earlier.map_or(cs, |&(_, b)| b);
            if let Some(same) = same_measure(s, (from, fig.0), p, comparison) {
                return same;
            }
        }
    }
    let fresh = earlier.is_none() && prev.is_none_or(str::is_empty);
    if let Some(p) = fresh.then(|| topic_change(s, cs, &before_text)).flatten() {
        return p;
    }
    if let Some(p) = remainder_or_progress(s, fig, cs, &before_text, prev) {
        return p;
    }
    // 5./6. phrase before, with its owner when it is a bare attribute; a time named by
    // an event before the figure (由上任前的5处) is no part of it.
    let short = before_text.chars().count() <= 1;
    if let Some(p) = (short || earlier.is_none())
        .then(|| from_owner(s, cs, fig.0))
        .flatten()
    {
        return balance_quotes(p);
    }
    if short {
        return short_phrase(s, fig, (cs, ce, np_from), (count_like, prev), before_text);
    }
    let bare = attrs.is(&before_text) || names_no_measure(s, &before_text, &attrs);
    let acting = before.filter(|_| count_like && !bare);
    if let Some(p) = acting.and_then(|span| counted_action(s, span, np_from, ce)) {
        return balance_quotes(p);
    }
    if bare {
        let owner = attribute_owner(s, fig, cs, &before_text, prev, &attrs)
            .filter(|o| !o.is_empty())
            .or_else(|| built_after(s, &before_text, np_from, ce));
        let owner = owner.unwrap_or_default();
        let owner = without_other_manner(s, &owner, &before_text);
        return balance_quotes(merge(owner, &before_text));
    }
    balance_quotes(restated_owner(&before_text, prev, &attrs).unwrap_or(before_text))
}

/// A measure whose owner is named again by its last word only (田径场地75个，场地面积… →
/// 田径场地面积): the earlier figure's subject `prev` ends with the words before the
/// attribute, and is longer, so the attribute is that subject's.
fn restated_owner(before_text: &str, prev: Option<&str>, attrs: &Attributes) -> Option<String> {
    let prev = prev.filter(|p| !p.is_empty())?;
    let attribute = attrs.suffix(before_text)?;
    let head = &before_text[..before_text.len() - attribute.len()];
    let restated = head.chars().count() >= 2 && prev.ends_with(head) && prev.len() > head.len();
    restated.then(|| format!("{prev}{attribute}"))
}

/// The subject of a figure whose phrase before it (`before_text`) is one char or none: a
/// change of one char (增0.1%, 降0.3%) is the change of the measure before (`prev`); a level
/// after a change (年增0.1%，至1.19亿公顷) is the measure, not its change; with nothing
/// before, the heading's topic or, for a count, the action after it.
fn short_phrase(
    s: &Sentence,
    fig: Span,
    (cs, ce, np_from): (usize, usize, usize),
    (count_like, prev): (bool, Option<&str>),
    before_text: String,
) -> String {
    let change = s.list(crate::cue!("subject.change"));
    let one_char_change = change.contains(&rule_form(s.traditional, &before_text));
    // A label and a colon right before the figure (；二、乙港：50万吨) name it, not the
    // figure before.
    let labelled = s.f.before(fig.0).trim_end().ends_with([':', '：']);
    if let Some(label) = labelled.then(|| heading_topic(s, cs)).flatten() {
        return label;
    }
    match prev {
        Some(p) if one_char_change && !p.is_empty() => format!("{}{before_text}", measure_of(s, p)),
        Some(p) if !states_change(s, fig) && !p.is_empty() => measure_of(s, p),
        Some(p) => p.to_string(),
        None => heading_topic(s, cs)
            .or_else(|| count_like.then(|| action_after(s, np_from, ce)).flatten())
            .unwrap_or(before_text),
    }
}

/// How many chars of `g`, a subject borrowed from an earlier item of a list of places for
/// the place `item` (甲镇新增就业 for 乙镇), are that earlier item's own place: its first
/// words, where `g` is written in the sentence, of two to four chars ending with a division
/// word (`place.short_suffix`: 镇, 县, 区), not closed by a common noun of two chars or
/// more (`place.not_division_end`: 老旧小区 ends with 小区; 甲镇 is no common noun) unless
/// it is that noun alone, a zone of three chars or more, and `item` ends with the same
/// char (高新区 for 经开区), or `item` ends with that noun too (城东片区 for 城西片区);
/// 0 when `g` opens with no such words or nothing of two chars would be left.
pub fn place_lead(s: &Sentence, g: &str, item: &str) -> usize {
    let n = g.chars().count();
    let written: String = s.orig.iter().collect();
    let Some(b) = written.find(g) else {
        return 0;
    };
    let at = written[..b].chars().count();
    let divisions = s.cues.at(crate::cue!("place.short_suffix"));
    let common = s.cues.at(crate::cue!("place.not_division_end"));
    let item = rule_form(s.traditional, item);
    let item_end = item.chars().last();
    // The longest common noun of two chars or more closing a lead (老旧小区 → 小区); one
    // char (镇, 乡) names a division, no common noun.
    let common_end = |lead: &str| {
        (common.iter())
            .filter(|w| w.chars().count() >= 2 && lead.ends_with(w))
            .max_by_key(|w| w.len())
    };
    for t in (s.toks.iter())
        .filter(|t| t.start >= at && t.end > at && t.end <= at + n.min(MAX_LEAD_CHARS))
    {
        let len = t.end - at;
        let lead = rule_form(s.traditional, &text(s, at, t.end)).into_owned();
        // A lead closed by a common noun (老旧小区, 小区) names no place, unless it is that
        // noun alone naming a zone of three chars or more and `item` ends like it (高新区
        // for 经开区), or `item` ends with the same noun (城东片区 for 城西片区).
        let noun = common_end(&lead).is_some_and(|w| {
            let zone = lead == w && len >= 3 && lead.chars().last() == item_end;
            !zone && !item.ends_with(w)
        });
        if len >= 2 && n - len >= 2 && divisions.ends(&lead) && !noun {
            return len;
        }
    }
    0
}

/// The longest place [`place_lead`] takes off a borrowed subject, in chars.
const MAX_LEAD_CHARS: usize = 4;

/// The measure shared by the items of a 分别 list that closes the clause right before the
/// The measure shared by the items of a 分别 list that closes the clause right before the
/// clause of `fig`, when `fig` stands alone in its clause without a 分别 of its own (甲县、
/// 乙县分别完成投资12亿元、8亿元，增长6.5%: the change of 完成投资, no item's): see
/// [`respectively_shared`].
fn shared_before(s: &Sentence, fig: Span) -> Option<String> {
    let (cs, ce) = hard_clause(s, fig);
    let alone = !(s.figures.iter()).any(|&f| f != fig && f.0 >= cs && f.1 <= ce);
    if !alone || find_respectively(s, s.f.slice(cs, ce)).is_some() {
        return None;
    }
    let &pf = s.figures.iter().rev().find(|f| f.1 <= cs)?;
    let (_, pe) = hard_clause(s, pf);
    let last = !(s.figures.iter()).any(|&f| f.0 >= pf.1 && f.1 <= pe);
    (pe + 1 == cs && last && s.f.slice(pf.1, pe).trim().is_empty())
        .then(|| respectively_shared(s, pf))
        .flatten()
}

/// Whether the noun phrase `np` after a figure is right before another figure (水深3米
/// 泊地5000平方米: that figure's), when the phrase before this figure (`before`, its text)
/// names what it measures: a short noun (水深), the figure no count (`count_like`).
fn next_figures(
    s: &Sentence,
    np: Span,
    (before, before_text): (Option<Span>, &str),
    count_like: bool,
) -> bool {
    !count_like
        && before_text.chars().count() <= MAX_NAMED_BEFORE
        && before.is_some_and(|(a, b)| tokens_in(s, a, b).iter().all(nominal))
        && s.figures.iter().any(|f| f.0 == np.1)
}

/// Most chars of a noun before a figure that keeps the noun after it from the figure.
const MAX_NAMED_BEFORE: usize = 6;

/// The noun phrase after the figure (ending at `np_from`) in its clause ending at `ce`, with
/// its state; a fragment there (5%-8%范围内: [`only_fragments`]) names no thing counted.
fn thing_after(s: &Sentence, np_from: usize, ce: usize) -> Option<Span> {
    phrase_after(s, np_from, ce, 4)
        .map(|np| with_state(s, np, ce))
        .filter(|&(a, b)| !only_fragments(s, &text(s, a, b)))
}

/// A subject naming no measure: nothing left once words of `subject.unnamed` (有望, 剑指,
/// 处于, 平均, 同期) are taken off its ends, or a change alone (微增, 增加, with words of
/// manner). Nothing left takes the measure of the figure before it in its unit (`same`:
/// 全年有望突破1.6亿吨 after 吞吐量达1.5亿吨 → 吞吐量), and so does a change written right
/// after the figure (比2017年的86.8万宗微增: the level compared with); a change before it
/// takes the measure of the figure before it (`last`) + the change (…，微增0.4% → 检控微增).
/// Without such a figure the subject stays.
pub fn named_or_before(
    s: &Sentence,
    fig: Span,
    p: String,
    (same, last): (Option<&str>, Option<&str>),
) -> String {
    // A measure handed on must name something itself (not 处于, 下, 按季减, 左右).
    let measure = |m: Option<&str>| {
        let m = m.filter(|m| unnamed_rest(s, m).is_none() && fragment_rest(s, m).is_none());
        let m = measure_of(s, m?);
        (m.chars().count() > 1).then_some(m)
    };
    // Fragments alone (范围内, 基本持平): the measure before, with the change left.
    if let Some(r) = fragment_rest(s, &p) {
        let m = if r.is_empty() { same } else { last };
        return match measure(m) {
            Some(m) if !rule_form(s.traditional, &m).ends_with(&*rule_form(s.traditional, &r)) => {
                format!("{m}{r}")
            }
            Some(m) => m,
            None => r,
        };
    }
    let Some((whole, r)) = unnamed_rest(s, &p) else {
        return p;
    };
    let after = !r.is_empty() && rule_form(s.traditional, s.f.rest(fig.1)).starts_with(&r);
    if r.is_empty() || after {
        let run = (r.is_empty()).then(|| after_figure_run(s, fig)).flatten();
        return run.or_else(|| measure(same)).unwrap_or(p);
    }
    // A change with words of `subject.unnamed` around it (平均年增) names more than that.
    match measure(last).filter(|m| whole && !rule_form(s.traditional, m).ends_with(&r)) {
        Some(m) => format!("{m}{p}"),
        None => p,
    }
}

/// The measure `m` handed on to a change `p` opening with a manner word of its own
/// (`subject.change_manner`: 实际增长), without the manner word closing it that was the
/// earlier change's (收入名义 → 收入): the real change is the income's, not its nominal
/// change's.
fn without_other_manner<'m>(s: &Sentence, m: &'m str, p: &str) -> &'m str {
    let manners = s.list(crate::cue!("subject.change_manner"));
    if manners.prefix_of(&rule_form(s.traditional, p)).is_none() {
        return m;
    }
    let rule = rule_form(s.traditional, m);
    match manners.suffix_of(&rule).filter(|w| w.len() < rule.len()) {
        Some(w) => cut_chars(m, w.chars().count()),
        None => m,
    }
}

/// The noun phrase right after the run of figures `fig` opens, written one right after the
/// other or joined by 、 or a joiner (`subject.item_joiner`): 5%及4.5%年率化净回报 → 年率化
/// 净回报, 12类39项公共服务 → 公共服务.
fn after_figure_run(s: &Sentence, fig: Span) -> Option<String> {
    let joiners = s.list(crate::cue!("subject.item_joiner"));
    let mut end = fig.1;
    while let Some(&(_, b)) = s.figures.iter().find(|&&(a, _)| {
        a >= end && a <= end + 2 && {
            let between = rule_form(s.traditional, s.f.slice(end, a)).into_owned();
            between.is_empty() || between == "、" || joiners.contains(&between)
        }
    }) {
        end = b;
    }
    let (_, ce) = clause(s, end - 1, end);
    let (a, b) = phrase_after(s, end, ce, 4)?;
    Some(balance_quotes(text(s, a, b)))
}

/// What is left of `p` once the `subject.fragment` words (左右, 范围内, 持平) at its ends
/// are taken off, as written, when that is nothing or a change alone (基本持平增长 → 增长);
/// None when no such word is there or something else is left (规模以上 → 规模).
fn fragment_rest(s: &Sentence, p: &str) -> Option<String> {
    let fragments = s.list(crate::cue!("subject.fragment"));
    let rule = rule_form(s.traditional, p).into_owned();
    let (mut a, mut b) = (0, rule.len());
    loop {
        let r = &rule[a..b];
        if let Some(w) = fragments.prefix_of(r).filter(|w| !w.is_empty()) {
            a += w.len();
        } else if let Some(w) = fragments.suffix_of(r).filter(|w| !w.is_empty()) {
            b -= w.len();
        } else {
            break;
        }
    }
    if a == 0 && b == rule.len() {
        return None;
    }
    let r = &rule[a..b];
    let changes = s.list(crate::cue!("subject.change"));
    if !(r.is_empty() || changes.contains(without_manner(s, r))) {
        return None;
    }
    // The rule form has the subject's chars one for one.
    let skip = rule[..a].chars().count();
    Some(p.chars().skip(skip).take(r.chars().count()).collect())
}

/// Whether the phrase `p` is made of `subject.fragment` words alone (范围内, 左右).
fn only_fragments(s: &Sentence, p: &str) -> bool {
    fragment_rest(s, p).is_some_and(|r| r.is_empty())
}

/// When `p` names no measure (see [`named_or_before`]): whether it is a change alone
/// (no word of `subject.unnamed` taken off) and the change in the rules' form, empty when
/// nothing is left.
fn unnamed_rest(s: &Sentence, p: &str) -> Option<(bool, String)> {
    let unnamed = s.list(crate::cue!("subject.unnamed"));
    let rule = rule_form(s.traditional, p).into_owned();
    let (mut a, mut b) = (0, rule.len());
    loop {
        let r = &rule[a..b];
        if let Some(w) = unnamed.prefix_of(r) {
            a += w.len();
        } else if let Some(w) = unnamed.suffix_of(r) {
            b -= w.len();
        } else {
            break;
        }
    }
    let r = &rule[a..b];
    let changes = s.list(crate::cue!("subject.change"));
    let change = !r.is_empty() && changes.contains(without_manner(s, r));
    (r.is_empty() || change).then(|| (a == 0 && b == rule.len(), r.to_string()))
}

/// The owner of a figure a starting time dates (失业人数由去年7至9月的12.6万人): what
/// stands before the mark of a start (`subject.from_mark`: 由, 从) that opens the time,
/// the time and its 的 (a repeated mark after it too) right before the figure at `pos`.
fn from_owner(s: &Sentence, cs: usize, pos: usize) -> Option<String> {
    let start = timed_mark(s, s.list(crate::cue!("subject.from_mark")), cs, pos)?;
    let (a, mut b) = phrase_before(s, cs, start)?;
    // Adverbs between the owner and the mark (失业人数则由…: `subject.from_adverb`) and an
    // aside after the owner (失业人数（不经季节性调整）由…) are no part of it.
    let adverbs = s.list(crate::cue!("subject.from_adverb"));
    while b > a && adverbs.contains(&rule_form(s.traditional, s.f.slice(b - 1, b))) {
        b -= 1;
    }
    if b == a {
        return None;
    }
    let p = text(s, a, b);
    let owner = p.split(['（', '(']).next().unwrap_or_default().trim();
    (!owner.is_empty()).then(|| owner.to_string())
}

/// The position of a mark of `marks` (由, 至) that opens a time (time words of
/// `subject.time_lead` and a time figure) and its 的 right before the figure at `pos`, in
/// the clause from `cs`; a repeated mark after the 的 too (由去年的由3.5%), a per-time word
/// (`scan.per_time_before`: 自2008年每日约1067吨) too.
fn timed_mark(s: &Sentence, marks: &WordList, cs: usize, pos: usize) -> Option<usize> {
    let is_mark = |c: char| marks.contains(&rule_form(s.traditional, c.encode_utf8(&mut [0; 4])));
    let attributive = s.list(crate::cue!("subject.attributive"));
    let is_de = |c: char| attributive.contains(c.encode_utf8(&mut [0; 4]));
    let mut end = pos;
    // A per-time word making the figure a rate (自2008年每日约1067吨) or a per phrase
    // making a sum a price (从2008年的每公斤292.6元: `subject.per_quantity`) stands between.
    let before = rule_form(s.traditional, s.f.slice(cs, pos));
    let per = (s
        .list(crate::cue!("scan.per_time_before"))
        .suffix_of(&before))
    .or_else(|| {
        s.list(crate::cue!("subject.per_quantity"))
            .suffix_of(&before)
    });
    if let Some(w) = per {
        end -= w.chars().count();
    }
    // A word saying the figure is the one before a change (由原本53米) right after the
    // mark: the mark opens it, no time between.
    let original = s.list(crate::cue!("subject.from_original"));
    if let Some(w) = original.suffix_of(&rule_form(s.traditional, s.f.slice(cs, end))) {
        let at = end - w.chars().count();
        if at > cs + 1 && s.f.char(at - 1).is_some_and(&is_mark) {
            return Some(at - 1);
        }
    }
    while end > cs && s.f.char(end - 1).is_some_and(|c| is_de(c) || is_mark(c)) {
        end -= 1;
    }
    let Some(&(fa, _)) = (s.figures.iter()).find(|&&(fa, fb)| fb == end && fa > cs && fa < end)
    else {
        return event_time_mark(s, cs, end, is_mark);
    };
    let times = s.list(crate::cue!("subject.time_lead"));
    let mut start = fa;
    loop {
        // The longest time word ending the words before `start`, read once per step.
        let before = rule_form(s.traditional, s.f.slice(cs, start));
        let Some(w) = (times.iter())
            .filter(|w| before.ends_with(*w))
            .max_by_key(|w| w.len())
        else {
            break;
        };
        start -= w.chars().count();
    }
    (start > cs && s.f.char(start - 1).is_some_and(is_mark)).then(|| start - 1)
}

/// The mark (char) opening a time named by an event that ends at char `start` (由上任前的5处,
/// 从改制后的: a short verb phrase closed by a `subject.event_time_end` word): the nearest
/// mark within [`MAX_EVENT_TIME_CHARS`] chars before the locative, none across a clause
/// delimiter or a digit.
fn event_time_mark(
    s: &Sentence,
    cs: usize,
    start: usize,
    is_mark: impl Fn(char) -> bool,
) -> Option<usize> {
    let before = rule_form(s.traditional, s.f.slice(cs, start));
    let ends = s.list(crate::cue!("subject.event_time_end"));
    let n = ends.suffix_of(&before)?.chars().count();
    let end = start - n;
    (end.saturating_sub(MAX_EVENT_TIME_CHARS).max(cs + 1)..end)
        .rev()
        .find(|&j| {
            s.f.char(j - 1).is_some_and(&is_mark)
                && (s.f.slice(j, end).chars()).all(|c| !is_delim(c) && !c.is_ascii_digit())
        })
        .map(|j| j - 1)
}

/// Longest event naming a time between a mark and its locative ([`timed_mark`]), in chars.
const MAX_EVENT_TIME_CHARS: usize = 4;

/// A level a change reaches at a time (…上升至今年6至8月的15.1万人) is the measure, not its
/// change: `p` without a change word closing it, when a mark of an end (`subject.to_mark`)
/// opens the time right before the figure.
fn level_at_time(s: &Sentence, fig: Span, p: String) -> String {
    let (cs, _) = clause(s, fig.0, fig.1);
    if timed_mark(s, s.list(crate::cue!("subject.to_mark")), cs, fig.0).is_none() {
        return p;
    }
    let changes = s.list(crate::cue!("subject.change"));
    let kept = strip_change(s.traditional, changes, &p);
    if kept.is_empty() {
        return p;
    }
    kept.to_string()
}

/// The subject of a figure 的 NP (`np`), with the words `before` the figure (`before_text`):
/// only their attribute carries over (加快推进总投资 → 总投资), or all of them, unless they
/// are a clause of their own (明年将在某镇试点一个: [`clause_words`]) that names no measure.
fn de_phrase(
    s: &Sentence,
    (a, b): Span,
    (before, count): (Option<Span>, bool),
    before_text: &str,
    attrs: &Attributes,
) -> String {
    let np = text(s, a, b);
    // A count after verbs alone (可提供500个以上的工作岗位) counts the phrase.
    if count && before.is_some_and(|(a, b)| plain_verbs(s, a, b)) {
        return balance_quotes(np);
    }
    let clause = before.is_some_and(|(a, b)| clause_words(s, a, b));
    let attr = (attrs.suffix(before_text)).unwrap_or(if clause { "" } else { before_text });
    balance_quotes(if attr.is_empty() {
        np
    } else {
        merge(&np, attr)
    })
}

/// Longest phrase before a figure 的 NP that may still name the phrase's measure with
/// no attribute word (接待游客1000人次的景区), in chars.
const MAX_DE_MEASURE_CHARS: usize = 6;

/// Whether chars `[a, b)` before a figure 的 NP hold a clause rather than a measure: longer
/// than `MAX_DE_MEASURE_CHARS`, with a verb jieba tags a verb only (某人还登上售价…的, 将在
/// 某镇兴建一座…的); a verbal noun may name the measure (冲刺全年外贸进出口…的目标).
fn clause_words(s: &Sentence, a: usize, b: usize) -> bool {
    b - a > MAX_DE_MEASURE_CHARS && tokens_in(s, a, b).iter().any(|t| t.tag == "v")
}

/// A count after a verb alone (`before`: 可提供260个就业岗位, 建成12家献血服务点) or
/// before a quoted name (3个“千亩茶园”乡镇) counts the compound from `np_from` closing its
/// clause at `ce` (see [`compound_after`]). Nothing unless `open` (a count without a
/// noun phrase right after it).
fn counted_compound(
    s: &Sentence,
    before: Option<Span>,
    (np_from, ce): Span,
    open: bool,
) -> Option<String> {
    if !open {
        return None;
    }
    let quoted = (s.f.char(np_from)).is_some_and(|c| OPEN_QUOTES.contains(&c));
    let verb_only = before.is_some_and(|(a, b)| verbs_only(s, a, b));
    if verb_only || (before.is_none() && quoted) {
        compound_after(s, np_from, ce)
    } else {
        None
    }
}

/// What a count without a noun phrase right after it (`open`) counts further on: the noun phrase
/// after a run of figures it opens (落实12类39项公共服务 → 公共服务), or the compound
/// closing its clause after verbs alone (see [`counted_compound`]), past a 的 (可提供500人
/// 以上的就业岗位 → 就业岗位).
fn counted_beyond(
    s: &Sentence,
    fig: Span,
    before: Option<Span>,
    (np_from, ce): Span,
    open: bool,
) -> Option<String> {
    if !open {
        return None;
    }
    if s.figures.iter().any(|&(a, _)| a == np_from) {
        if let Some(p) = after_figure_run(s, fig) {
            return Some(p);
        }
    }
    let attributive = s.list(crate::cue!("subject.attributive"));
    let from = np_from + prefix_chars(attributive, s.f.rest(np_from)).unwrap_or(0);
    counted_compound(s, before, (from, ce), true).map(balance_quotes)
}

/// Quote marks that open a name (3个“千亩茶园”乡镇, 启动“…工作”).
const OPEN_QUOTES: &[char] = &['“', '"', '「', '『', '《'];
/// Longest event with a quoted name in it (启动“某中心标准化建设工作”), in chars.
const MAX_QUOTED_CHARS: usize = 2 * MAX_CHARS;
/// All quote marks: a name's closing one among them.
const QUOTES: &[char] = &['“', '”', '"', '「', '」', '『', '』', '《', '》'];

/// Whether chars `[a, b)` hold verbs only, with adverbs and particles (可/提供, 着力/打造/了).
fn verbs_only(s: &Sentence, a: usize, b: usize) -> bool {
    let toks = tokens_in(s, a, b);
    toks.iter().any(|t| t.tag == "v")
        && (toks.iter()).all(|t| matches!(t.tag, "v" | "d" | "ul" | "uz" | "ug"))
}

/// Whether chars `[a, b)` hold verbs only (see [`verbs_only`]), the last no verb of change,
/// link, addition or progress (新增, 完成), which names a measure of its own (可/提供 does
/// not).
fn plain_verbs(s: &Sentence, a: usize, b: usize) -> bool {
    let measured = [
        crate::cue!("subject.change"),
        crate::cue!("subject.link"),
        crate::cue!("subject.added_verb"),
        crate::cue!("subject.progress_verb"),
    ];
    let head = tokens_in(s, a, b).into_iter().rfind(|t| t.tag == "v");
    verbs_only(s, a, b)
        && head.is_some_and(|t| {
            let w = rule_form(s.traditional, t.word);
            !measured.iter().any(|&r| s.list(r).contains(&w))
        })
}

/// The compound from char `from` to the clause's end `ce` (就业岗位, 造血干细胞采集服务站,
/// “千亩茶园”乡镇): nouns and the verbs inside a name, with a noun of two chars or more, no
/// figure, particle or verb closing it, at most `MAX_CHARS`. None when it opens with a link,
/// change or having verb (达到, 增长: a predicate).
fn compound_after(s: &Sentence, from: usize, ce: usize) -> Option<String> {
    // Figures inside a quoted name (“千亩茶园”乡镇) are part of it.
    let name_end = match s.f.char(from) {
        Some(c) if OPEN_QUOTES.contains(&c) => (from + 1..ce)
            .find(|&i| s.f.char(i).is_some_and(|c| QUOTES.contains(&c)))
            .map_or(from, |i| i + 1),
        _ => from,
    };
    if is_figure(s, name_end, ce) {
        return None;
    }
    let toks = tokens_in(s, from, ce);
    let (first, last) = (toks.first()?, toks.last()?);
    let fits = |t: &Token| nominal(t) || matches!(t.tag, "v" | "vn" | "m");
    let noun = |t: &Token| t.tag.starts_with('n') && t.word.chars().count() >= 2;
    let w = rule_form(s.traditional, first.word);
    let predicate = [
        crate::cue!("subject.link"),
        crate::cue!("subject.change"),
        crate::cue!("subject.not_item_verb"),
    ]
    .into_iter()
    .any(|r| s.list(r).contains(&w));
    // A noun after a quoted name may be a char (“千只鸭”村).
    let after_name = |t: &Token| name_end > from && t.start >= name_end && nominal(t);
    // A verb after a generic item (项目覆盖全县) is its predicate.
    let generic = s.list(crate::cue!("subject.generic_item"));
    let item_predicate = (toks.windows(2))
        .any(|w| w[1].tag == "v" && generic.ends(&rule_form(s.traditional, w[0].word)));
    if predicate
        || item_predicate
        || !toks.iter().all(fits)
        || !toks.iter().any(|t| noun(t) || after_name(t))
        || last.tag == "v"
        || last.end - from > MAX_CHARS
    {
        return None;
    }
    let p = text(s, from, last.end);
    (p.chars().count() > 1).then_some(p)
}

/// The phrase before the figure at `pos` in the clause from `from` (after any condition
/// opening it: 扣除退税因素后增长 names no measure), its own item's part, extended over a
/// figure that modifies it.
fn own_phrase_before(s: &Sentence, from: usize, pos: usize) -> Option<Span> {
    phrase_before(s, from, pos)
        .and_then(|span| own_item(s, from, span, pos))
        .map(|(a, b)| (extend_over_modifier(s, from, a), b))
}

/// The part of the phrase `[a, b)` before the figure at `pos` that belongs to the figure's
/// own item, when an earlier item of a list is a figure 的 phrase right before it: the words
/// after the last item joiner (`subject.item_joiner`: 300千瓦的电排工程和长23.5公里 → 长),
/// or none when the joiner stands right before the figure (1.3万亩的用水和0.7万人 …).
fn own_item(s: &Sentence, from: usize, (a, b): Span, pos: usize) -> Option<Span> {
    // The earlier item is a figure 的 phrase (300千瓦的电排工程): the phrase opens after it.
    let before = s.f.slice(from, a);
    let quantified = s
        .list(crate::cue!("subject.attributive"))
        .suffix_of(before)
        .is_some_and(|p| s.figures.iter().any(|&(_, fe)| fe + p.chars().count() == a));
    if !quantified {
        return Some((a, b));
    }
    let items = s.list(crate::cue!("subject.item_joiner"));
    if items.contains(s.f.slice(b, pos).trim()) {
        return None;
    }
    let toks = tokens_in(s, a, b);
    match toks.iter().rposition(|t| items.contains(t.word)) {
        Some(k) if k + 1 < toks.len() => Some((toks[k + 1].start, b)),
        _ => Some((a, b)),
    }
}

/// The char where the phrase of a figure at `pos` may start in the clause at `cs`: after a
/// condition opening the clause (扣除退税因素后增长4.1%, 按自然口径计算下降6.6%: a
/// `subject.condition_open` word, after lead words, up to the first
/// `subject.condition_close` word), which says how the figure was reckoned and names no
/// measure; `cs` when the clause opens with none.
fn after_condition(s: &Sentence, cs: usize, pos: usize) -> usize {
    let toks = tokens_in(s, cs, pos);
    let lead = s.list(crate::cue!("subject.lead"));
    let Some(first) = toks.iter().position(|t| !lead.contains(t.word)) else {
        return cs;
    };
    let opens = s.list(crate::cue!("subject.condition_open"));
    if !opens.contains(&rule_form(s.traditional, toks[first].word)) {
        return cs;
    }
    let closes = s.list(crate::cue!("subject.condition_close"));
    toks[first + 1..]
        .iter()
        .find(|t| closes.contains(&rule_form(s.traditional, t.word)))
        .map_or(cs, |t| t.end)
}

/// The char after the adverbs opening `[from, pos)` that only scope what follows
/// (均较上年末增加, 则较上月回落: `subject.lead`, `subject.tail_adverb`), when a word
/// that is no noun, or a comparison word, follows them (全县的比重 keeps its start).
fn after_leads(s: &Sentence, from: usize, pos: usize) -> usize {
    let (lead, tails) = (
        s.list(crate::cue!("subject.lead")),
        s.list(crate::cue!("subject.tail_adverb")),
    );
    let toks = tokens_in(s, from, pos);
    let first = toks.iter().position(|t| {
        let w = rule_form(s.traditional, t.word);
        !(lead.contains(&w) || tails.contains(&w))
    });
    let comparisons = s.list(crate::cue!("subject.comparison"));
    match first.map(|k| &toks[k]) {
        Some(t) if !nominal(t) || comparisons.contains(&rule_form(s.traditional, t.word)) => {
            t.start
        }
        _ => from,
    }
}

/// Whether phrase `p` names no measure of its own, so it needs an owner as a bare
/// attribute does: a change word alone (微升, 负增长), or a bare attribute compared
/// (增速比上年加快: an attribute before a `subject.comparison_start` word).
fn names_no_measure(s: &Sentence, p: &str, attrs: &Attributes) -> bool {
    if p.is_empty() {
        return false;
    }
    let rule = rule_form(s.traditional, p);
    if s.list(crate::cue!("subject.change"))
        .contains(without_manner(s, &rule))
    {
        return true;
    }
    let starts = s.list(crate::cue!("subject.comparison_start"));
    find_word(starts, &rule).is_some_and(|(k, _)| k > 0 && attrs.is(&rule[..k]))
}

/// `rule` (in the rules' form) without the words of manner opening it (实质上升, 名义下跌,
/// 按年轻微下跌: `subject.change_manner`, `subject.degree_adverb`, `subject.comparison_start`)
/// and the times a comparison names (较去年轻微上升, 较上年同期增长: `subject.compared_time`):
/// what is left names the change alone.
fn without_manner<'r>(s: &Sentence, rule: &'r str) -> &'r str {
    let lists = [
        s.list(crate::cue!("subject.change_manner")),
        s.list(crate::cue!("subject.degree_adverb")),
        s.list(crate::cue!("subject.comparison_start")),
        s.list(crate::cue!("subject.compared_time")),
    ];
    let mut r = rule;
    while let Some(n) = (lists.iter())
        .filter_map(|l| l.prefix_of(r))
        .map(str::len)
        .chain(compared_month(s, r))
        .max()
        .filter(|&n| n < r.len())
    {
        r = &r[n..];
    }
    r
}

/// The length in bytes of a month or quarter a comparison names opening `rule`
/// (较八月份下跌, 与去年九月比较, 比3月: 八月份, 九月, 3月; the year word before it is a
/// `subject.compared_time`, read apart): up to three numerals and a
/// `subject.compared_period` word (月份, 季度).
fn compared_month(s: &Sentence, rule: &str) -> Option<usize> {
    let digits: usize = (rule.chars())
        .take_while(|&c| c.is_ascii_digit() || super::number::digit_value(c).is_some())
        .map(char::len_utf8)
        .sum();
    if digits == 0 || rule[..digits].chars().count() > 3 {
        return None;
    }
    (s.list(crate::cue!("subject.compared_period")))
        .prefix_of(&rule[digits..])
        .map(|k| digits + k.len())
}

/// A change since a time figure (旅客人数较2022年增加了85万人次, 补助金额比去年增为3倍):
/// the figure measures the change of what stands before the comparison word (旅客人数增加),
/// not the change word alone left after the time figure.
fn change_since(s: &Sentence, fig: Span, cs: usize) -> Option<String> {
    let &(ta, tb) = (s.figures.iter().rev()).find(|&&(a, b)| a >= cs && b <= fig.0)?;
    let time = rule_form(s.traditional, s.f.slice(ta, tb)).into_owned();
    if !s.list(crate::cue!("subject.time_figure_end")).ends(&time) {
        return None;
    }
    // Between the time figure and this one: a change word and link words only.
    let link = s.list(crate::cue!("subject.link"));
    let mut end = fig.0;
    while let Some(w) =
        (link.suffix_of(&rule_form(s.traditional, s.f.slice(tb, end)))).filter(|w| !w.is_empty())
    {
        end -= w.chars().count();
    }
    let change = rule_form(s.traditional, s.f.slice(tb, end)).into_owned();
    if !s.list(crate::cue!("subject.change")).contains(&change) {
        return None;
    }
    let head = rule_form(s.traditional, s.f.slice(cs, ta)).into_owned();
    let word = s.list(crate::cue!("subject.comparison")).suffix_of(&head)?;
    let at = ta - word.chars().count();
    let (a, b) = phrase_before(s, cs, at)?;
    let measure = without_method(s, extend_over_modifier(s, cs, a), b);
    // A bare attribute (增速较上半年提高) needs its owner: left to the other rules.
    let bare = Attributes::of(s).is(&measure)
        || (s.list(crate::cue!("subject.change_measure")))
            .contains(&rule_form(s.traditional, &measure));
    (!measure.is_empty() && !bare).then(|| merge(&measure, &text(s, tb, end)))
}

/// What the figure at `fig` after the phrase `before` (in the clause from `cs`) measures
/// of the previous figure's subject `prev`: the rest of its whole after a remainder word
/// alone (其余3件 after 这10件实事已完成7件: `subject.remainder`), or its progress
/// ([`progress_of`]).
fn remainder_or_progress(
    s: &Sentence,
    fig: Span,
    cs: usize,
    before: &str,
    prev: Option<&str>,
) -> Option<String> {
    if s.list(crate::cue!("subject.remainder"))
        .contains(&rule_form(s.traditional, before))
    {
        if let Some(whole) = counted_whole(s, fig).or_else(|| prev.map(|p| measure_of(s, p))) {
            return Some(balance_quotes(format!("{before}{whole}")));
        }
    }
    progress_of(s, fig, cs, before, prev)
}

/// Progress of the measure before (总里程6437米，已完成6061米，完成94%; 已建成2100米): the
/// measure done, not the total again. `before` is the phrase before the figure at `fig`
/// in the clause from `cs`: nothing (the verb was read as a link) or a verb of progress
/// alone; `prev` the previous figure's subject.
fn progress_of(
    s: &Sentence,
    fig: Span,
    cs: usize,
    before: &str,
    prev: Option<&str>,
) -> Option<String> {
    let verb = if before.chars().count() <= 1 {
        progress_verb(s, cs, fig.0)?
    } else {
        let progress = s.list(crate::cue!("subject.progress_verb"));
        let bare = progress.contains(&rule_form(s.traditional, before));
        (bare && !Attributes::of(s).is(before)).then(|| before.to_string())?
    };
    let p = prev.filter(|p| !p.is_empty() && !states_change(s, fig))?;
    Some(balance_quotes(merge(&progress_owner(s, p), &verb)))
}

/// The verb of progress (`subject.progress_verb`: 完成, 完工) that the words between chars
/// `cs` and `at` hold as a word of their own, as written (已完成 → 完成).
fn progress_verb(s: &Sentence, cs: usize, at: usize) -> Option<String> {
    let verbs = s.list(crate::cue!("subject.progress_verb"));
    let from = (s.figures.iter())
        .rfind(|&&(a, b)| a >= cs && b <= at)
        .map_or(cs, |&(_, b)| b);
    (s.toks.iter())
        .filter(|t| t.start >= from && t.end <= at)
        .find(|t| verbs.contains(&rule_form(s.traditional, t.word)))
        .map(|t| text(s, t.start, t.end))
}

/// What a count after a lone verb (`before`: 举办2次…培训班, 组织10人参加…培训) counts:
/// the action the clause after the figure (from `from` to `ce`) names, a verb right after
/// the figure (参加) or else the lone verb, with the noun phrase that closes the clause
/// (举办公益培训班, 参加职业农民培训). None when `before` is more than one verb or no
/// noun phrase closes the clause.
fn counted_action(s: &Sentence, before: Span, from: usize, ce: usize) -> Option<String> {
    let verb = match &tokens_in(s, before.0, before.1)[..] {
        [t] if t.tag == "v" && t.word.chars().count() >= 2 => *t,
        _ => return None,
    };
    let toks = tokens_in(s, from, ce);
    let tail = toks.iter().rev().take_while(|t| nominal(t)).take(4).count();
    let np = &toks[toks.len() - tail..];
    let (first, last) = (np.first()?, np.last()?);
    if last.end - first.start < 2 || last.end < ce.min(s.chars.len()).saturating_sub(1) {
        return None;
    }
    // A verb right after the figure is what those counted did (10人参加…), unless a figure
    // follows it (为期30天的…: an attribute of the phrase).
    let link = s.list(crate::cue!("subject.link"));
    let acted = toks.first().filter(|t| {
        t.start == from
            && t.tag == "v"
            && t.word.chars().count() >= 2
            && !link.contains(t.word)
            && !is_figure(s, t.end, t.end + 1)
            && t.end <= first.start
    });
    let verb = acted.copied().unwrap_or(verb);
    Some(format!(
        "{}{}",
        text(s, verb.start, verb.end),
        text(s, first.start, last.end)
    ))
}

/// What a progress figure after the subject `p` is progress of: `p`'s measure, cut
/// before a verb of progress of its own and the lead words left before it (通组公路共开工
/// 建设 → 通组公路: 已完工 is then 通组公路完工).
fn progress_owner(s: &Sentence, p: &str) -> String {
    let m = measure_of(s, p);
    let rule = rule_form(s.traditional, &m).into_owned();
    let Some((k, _)) = find_word(s.list(crate::cue!("subject.progress_verb")), &rule) else {
        return m;
    };
    let leads = s.list(crate::cue!("subject.lead"));
    let mut owner: String = m.chars().take(rule[..k].chars().count()).collect();
    while let Some(w) = leads
        .suffix_of(&rule_form(s.traditional, &owner))
        .filter(|w| w.len() < owner.len())
    {
        owner = cut_chars(&owner, w.chars().count()).to_string();
    }
    if owner.chars().count() < 2 {
        m
    } else {
        owner
    }
}

/// What an attribute without an owner (投资254万元迁建某初中) measures: the phrase right
/// after the figure (from char `from`, in the clause ending at `ce`), after a building
/// verb (`entity.name_verb`: 迁建, 新建) if one opens it. None for a change word.
fn built_after(s: &Sentence, attr: &str, from: usize, ce: usize) -> Option<String> {
    if s.list(crate::cue!("subject.change"))
        .contains(&rule_form(s.traditional, attr))
    {
        return None;
    }
    let verb = s
        .list(crate::cue!("entity.name_verb"))
        .prefix_of(s.f.slice(from, ce))
        .map_or(0, |v| v.chars().count());
    let (_, b) = phrase_after(s, from + verb, ce, 4).or_else(|| phrase_after(s, from, ce, 4))?;
    Some(text(s, from, b))
}

/// What a count opening its clause does (251万余人参加义务植树 → 参加义务植树): a verb
/// right after the figure (at char `from`, clause ending at `ce`) and the nouns after it;
/// not a link verb, one that only has (`subject.not_item_verb`) nor a copula (是从).
fn action_after(s: &Sentence, from: usize, ce: usize) -> Option<String> {
    let toks = tokens_in(s, from, ce);
    let verb = toks.first().filter(|t| {
        t.start == from
            && t.tag == "v"
            && t.word.chars().count() >= 2
            && !s.list(crate::cue!("subject.link")).contains(t.word)
            && !s
                .list(crate::cue!("subject.not_item_verb"))
                .contains(t.word)
            && !s.list(crate::cue!("subject.copula")).starts(t.word)
    })?;
    let nouns = toks[1..]
        .iter()
        .take(MAX_ACTION_NOUNS)
        .take_while(|t| nominal(t))
        .last()?;
    Some(text(s, verb.start, nouns.end))
}

/// Nouns after the verb that [`action_after`] takes.
const MAX_ACTION_NOUNS: usize = 3;

/// One row of a list whose figures all get the same bare subject (项目A，计划安排资金X。
/// 项目B，计划安排资金Y): when `subj` is what the previous figure got (`previous`; one
/// may have a word more before it) and
/// is all the words before the figure in its clause, the clause before it, without
/// quantities (`amounts`; a date may be there), names the item: item + subject. The item is that clause after its leading dates,
/// numerals, prepositions, adverbs and a building verb, and ends with a noun.
pub fn listed_item(
    s: &Sentence,
    (fig, amounts): (Span, &[Span]),
    subj: &str,
    previous: Option<&str>,
) -> Option<String> {
    // The same attribute, maybe with a word more or less before it (安排资金, 计划安排资金).
    let same = previous
        .filter(|p| !p.is_empty())
        .is_some_and(|p| p.ends_with(subj) || subj.ends_with(p));
    if subj.chars().count() < 2 || !same {
        return None;
    }
    let (cs, _) = clause(s, fig.0, fig.1);
    if cs == 0 || s.f.slice(cs, fig.0).trim() != subj {
        return None;
    }
    let (ps, _) = clause(s, cs - 1, cs - 1);
    if amounts.iter().any(|&(a, b)| a >= ps && b <= cs) {
        return None;
    }
    let toks = tokens_in(s, ps, cs - 1);
    let toks: Vec<&Token> = toks.iter().filter(|t| !is_delim_word(t.word)).collect();
    let last = toks.len().checked_sub(1).filter(|&l| nominal(toks[l]))?;
    let first = toks
        .iter()
        .position(|t| nominal(t) || !matches!(t.tag, "t" | "m" | "q" | "p" | "c" | "d" | "r"))?;
    // A building verb (`entity.name_verb`: 新建) opens no item name.
    let verb = s.list(crate::cue!("entity.name_verb"));
    let first = first + usize::from(first < last && verb.contains(toks[first].word));
    // An adverb (将, 已) makes the clause a statement, not an item's name.
    if toks[first..].iter().any(|t| t.tag == "d") {
        return None;
    }
    let item = text(s, toks[first].start, toks[last].end);
    (item.chars().count() <= MAX_ITEM_CHARS).then(|| balance_quotes(merge(&item, subj)))
}

/// Whether a token is only delimiters.
fn is_delim_word(w: &str) -> bool {
    w.chars().all(is_delim)
}

/// The longest item name [`listed_item`] puts before a subject.
const MAX_ITEM_CHARS: usize = 24;

/// What the whole a remainder is the rest of counts (8项民生工程 of 其余3项): the noun
/// phrase after the sentence's first earlier figure with the same classifier as `fig`.
fn counted_whole(s: &Sentence, fig: Span) -> Option<String> {
    let classifier = s.f.slice(fig.0, fig.1).trim_end().chars().last()?;
    let whole = s
        .figures
        .iter()
        .find(|&&(a, b)| b <= fig.0 && s.f.slice(a, b).trim_end().ends_with(classifier))?;
    let (a, b) = phrase_after(s, whole.1, s.chars.len(), 4)?;
    Some(text(s, a, b))
}

/// The owner of a bare attribute before the figure (`before_text`: 投资, 增长): the
/// previous measure, or the topic of the clause before (rules 5/6).
fn attribute_owner(
    s: &Sentence,
    fig: Span,
    cs: usize,
    before_text: &str,
    prev: Option<&str>,
    attrs: &Attributes,
) -> Option<String> {
    let changes = s.list(crate::cue!("subject.change"));
    // The owner of 年度计划投资 after 总投资26.5亿元 is the project, not its 总投资.
    // A change (增长, 增幅) is the change of the previous measure itself: 旅游总收入X，
    // 增长Y → 旅游总收入增长; another attribute belongs to its owner.
    let before_rule = rule_form(s.traditional, before_text);
    // A change measure compared (增速比上年加快) is one too, of the previous measure
    // without its own comparison.
    let starts = s.list(crate::cue!("subject.comparison_start"));
    let measure = find_word(starts, &before_rule)
        .filter(|&(k, _)| k > 0)
        .map(|(k, _)| &before_rule[..k]);
    let compared = measure.is_some();
    let change_measures = s.list(crate::cue!("subject.change_measure"));
    let change = changes.contains(without_manner(s, &before_rule))
        || change_measures.contains(without_manner(s, &before_rule))
        || measure.is_some_and(|m| change_measures.contains(m));
    // A rate or share (开工率93.5%；累计完成投资58.4亿元) owns no amount after it.
    // Nor does a measure per unit (每亩产量1150公斤，总产量80万公斤).
    let rate = |p: &str| {
        let r = rule_form(s.traditional, p);
        s.list(crate::cue!("subject.rate")).ends(&r)
            || s.list(crate::cue!("subject.share")).ends(&r)
    };
    let per_unit = |p: &str| {
        let r = rule_form(s.traditional, p);
        s.list(crate::cue!("subject.denominator")).starts(&r)
            || s.list(crate::cue!("subject.unit_price")).ends(&r)
    };
    // Nor a share of a named base (开工建设面积占规划量78%；累计完成投资22亿元).
    let prev = prev.filter(|p| change || !(rate(p) || after_share(s, cs)));
    let fresh = !change && prev.is_some_and(|p| per_unit(p) || after_share_of_whole(s, cs));
    match prev {
        _ if fresh => None,
        Some(p) if !p.is_empty() && change => {
            let p = if compared {
                measure_of(s, p)
            } else {
                without_compared_base(s, strip_change(s.traditional, changes, p)).to_string()
            };
            // A percentage change after a share (占…的比重85.9%，同比增长5.2%) is the
            // change of what the share is of; points would be the share's own.
            let percent = s.f.slice(fig.0, fig.1).ends_with('%');
            let p = before_share_verb(s, &p).filter(|_| percent).unwrap_or(&p);
            // A comparison clause of its own before (较上月上升3.8%，与去年同月比较，亦上升
            // 84%): the base it names replaces the previous figure's.
            match clause_base(s, cs).filter(|_| !compared) {
                Some(base) => {
                    let prev_base = figure_base(s, cs).unwrap_or_default();
                    let m = p.strip_suffix(prev_base.as_str()).unwrap_or(p);
                    Some(format!("{m}{base}"))
                }
                None => Some(p.to_string()),
            }
        }
        // A bare attribute before (营业收入X、利润总额Y) owns nothing: 营业 is no owner.
        Some(p) if !p.is_empty() && attrs.is(&measure_of(s, p)) => None,
        // Nor does a measure jieba reads as one word ending in an attribute (销售收入/n X，
        // 利润总额Y): 销售 is no owner.
        Some(p) if !p.is_empty() => {
            let m = measure_of(s, p);
            let word = (s.toks.iter()).any(|t| t.word == m) && attrs.suffix(&m).is_some();
            // Nor does a qualifier closing it (`subject.measure_qualifier`: a kind of
            // business, 主营业务收入X，利润总额Y; a word making one measure with the
            // attribute, 项目总建筑面积X，总投资Y): the words before it own the next
            // attribute, if any (项目总投资).
            let qualifiers = s.list(crate::cue!("subject.measure_qualifier"));
            let stripped = attrs.strip(&m);
            let owner = match qualifiers.suffix_of(&rule_form(s.traditional, stripped)) {
                Some(q) => {
                    let n = stripped.chars().count() - q.chars().count();
                    let rest: String = stripped.chars().take(n).collect();
                    (n >= 2).then_some(rest)
                }
                None => Some(stripped.to_string()),
            };
            owner.filter(|_| !word).map(|o| owner_before_action(s, &o))
        }
        _ => topic_before(s, cs).filter(|t| !rate(t)),
    }
}

/// The base named by the clause right before the clause at `cs` when that clause holds
/// no figure and opens with a comparison word (`subject.comparison`: 与去年同月比较,): its
/// words after that word, without a closing `subject.compare_close` word (比较, 相比).
fn clause_base(s: &Sentence, cs: usize) -> Option<String> {
    if cs < 2 {
        return None;
    }
    let (ps, pe) = clause(s, cs - 2, cs - 1);
    if s.figures.iter().any(|&(a, b)| a < pe && b > ps) {
        return None;
    }
    let head = s.f.slice(ps, pe).trim();
    let head = head.trim_start_matches(['(', '（']);
    let skipped = s.f.slice(ps, pe).chars().count() - head.chars().count();
    let rule = rule_form(s.traditional, head).into_owned();
    let word = s.list(crate::cue!("subject.comparison")).prefix_of(&rule)?;
    let mut rest = &rule[word.len()..];
    let closes = s.list(crate::cue!("subject.compare_close"));
    let close = closes.suffix_of(rest)?;
    rest = &rest[..rest.len() - close.len()];
    let n = rest.chars().count();
    let from = ps + skipped + word.chars().count();
    (n >= 2).then(|| text(s, from, from + n))
}

/// The base of the last figure before the clause at `cs` as its clause words it (较上月
/// 上升3.8% → 上月): the words between its comparison word (`subject.comparison_start`)
/// and its change word.
fn figure_base(s: &Sentence, cs: usize) -> Option<String> {
    let &(a, _) = s.figures.iter().rfind(|&&(_, b)| b <= cs)?;
    let (fs, _) = clause(s, a, a);
    let head = rule_form(s.traditional, s.f.slice(fs, a)).into_owned();
    let (k, w) = find_word(s.list(crate::cue!("subject.comparison_start")), &head)?;
    let changes = s.list(crate::cue!("subject.change"));
    let after = &head[k + w.len()..];
    let base = strip_change(false, changes, after);
    let from = fs + head[..k + w.len()].chars().count();
    let n = base.chars().count();
    (n < after.chars().count()).then(|| text(s, from, from + n))
}

/// The owner an attribute takes from the previous subject `p` is what acts, not the act:
/// `p` cut before a verb of the sentence that follows a noun and an adverb in it, without
/// the adverbs (民宿共接待游客 → 民宿). `p` unchanged when no such verb is in it.
fn owner_before_action(s: &Sentence, p: &str) -> String {
    let r = rule_form(s.traditional, p).into_owned();
    let nouns = |t: &str| {
        s.toks
            .iter()
            .any(|k| nominal(k) && k.word.chars().count() >= 2 && t.ends_with(k.word))
    };
    let verb_at = s
        .toks
        .iter()
        .filter(|t| t.tag == "v" && t.word.chars().count() >= 2)
        .filter_map(|t| r.find(t.word).filter(|&k| k > 0))
        .min();
    let Some(mut k) = verb_at else {
        return p.to_string();
    };
    // Adverbs right before the verb (共, 累计) go with it; without one the words before
    // the verb may be a plan of the owner, not its agent (计划实施城建项目).
    let verb = k;
    while let Some(d) = (s.toks.iter())
        .filter(|t| t.tag == "d" && r[..k].ends_with(t.word) && !t.word.is_empty())
        .map(|t| t.word.len())
        .max()
    {
        k -= d;
    }
    if k == 0 || k == verb || !nouns(&r[..k]) {
        return p.to_string();
    }
    cut_chars(p, r[k..].chars().count()).to_string()
}

/// The value of a reckoning (按每吨收购价20元计, 以每亩产量1150公斤计): the figure is
/// closed by a `subject.reckon` word and opened, in its clause, by a preposition; the
/// words between the preposition and the figure name what it measures.
fn reckoned(s: &Sentence, fig: Span, cs: usize, ce: usize) -> Option<String> {
    let rest = s.f.slice(fig.1, ce).trim_end();
    if !s.list(crate::cue!("subject.reckon")).contains(rest) {
        return None;
    }
    if s.figures.iter().any(|&(a, b)| a >= cs && b <= fig.0) {
        return None;
    }
    let toks = tokens_in(s, cs, fig.0);
    let p = toks.iter().rposition(|t| t.tag == "p")?;
    let named = &toks[p + 1..];
    let (first, last) = (named.first()?, named.last()?);
    let span = text(s, first.start, last.end);
    // A denominator (每亩, tagged as a pronoun) may open it.
    let per = |t: &Token| t.tag == "r" && s.list(crate::cue!("subject.denominator")).starts(t.word);
    let nouns = named
        .iter()
        .all(|t| nominal(t) || per(t) || matches!(t.tag, "m" | "q" | "v"));
    let opens = nominal(first) || per(first) || first.tag == "m";
    (nouns && opens && nominal(last) && (2..=MAX_CHARS).contains(&span.chars().count()))
        .then(|| balance_quotes(span))
}

/// The item of an outline heading standing alone before the figure's clause
/// ((二)产业类项目，共4350万元 → 产业类项目): the clause before `cs` holds no figure and,
/// after its outline marker (numerals, brackets), only nouns.
fn heading_topic(s: &Sentence, cs: usize) -> Option<String> {
    if cs == 0 {
        return None;
    }
    let (ps, _) = clause(s, cs - 1, cs - 1);
    if is_figure(s, ps, cs - 1) {
        return None;
    }
    let toks = tokens_in(s, ps, cs - 1);
    let marker = toks
        .iter()
        .position(|t| !(t.tag == "m" || t.word.chars().all(|c| !c.is_alphanumeric())))
        .unwrap_or(toks.len());
    let named = &toks[marker..];
    let (first, last) = (named.first()?, named.last()?);
    let span = text(s, first.start, last.end);
    let nouns = named.iter().all(|t| nominal(t) || t.tag == "q");
    (nouns && nominal(last) && (2..=MAX_CHARS).contains(&span.chars().count())).then_some(span)
}

/// A figure 的 change closing the clause at `ce` (南区亦有9%的增长; the change starts at
/// `from`): the change of what the words before (`before`) name.
fn change_after_de(s: &Sentence, from: usize, ce: usize, before: &str) -> Option<String> {
    let changes = s.list(crate::cue!("subject.change"));
    let k = changes.prefix_of(s.f.rest(from))?.chars().count();
    (from + k == ce && !before.is_empty())
        .then(|| balance_quotes(format!("{before}{}", text(s, from, from + k))))
}

/// Rule 3 for counts and generic things: the noun phrase `[a, b)` right after the figure
/// at `fig` (in the clause `(cs, ce)`) as described after it, as the part of a breakdown,
/// or with the verb of a generic item; None when the plain phrase stands.
fn counted(
    s: &Sentence,
    fig: Span,
    (a, b): Span,
    (cs, ce): Span,
    count_like: bool,
    no_before: bool,
) -> Option<String> {
    let attributive = s.list(crate::cue!("subject.attributive"));
    // 4台单机容量30万千瓦的发电机组: the counted thing follows the figure that
    // describes it, after 的.
    if count_like {
        let described = s.figures.iter().find(|&&(fa, _)| fa == b);
        let particle =
            described.and_then(|&(_, fe)| prefix_chars(attributive, s.f.rest(fe)).map(|n| fe + n));
        if let Some(from) = particle {
            // Modifiers such as 可逆式 may stand before the noun phrase.
            let head = tokens_in(s, from, ce).into_iter().take(4).find(nominal);
            if let Some((a2, b2)) = head.and_then(|t| phrase_after(s, t.start, ce, 6)) {
                return Some(balance_quotes(text(s, a2, b2)));
            }
        }
    }
    // 物流专班1个项目，康养专班2个项目: the noun phrase right before a count names the
    // part of a breakdown the counted things belong to.
    // 6栋厂房已经竣工: the things counted are those in the state after them.
    // Not when a later count of that classifier follows (6栋已竣工，3栋在建): the bare
    // count after it would take the state as well.
    let classifier = s.f.slice(fig.0, fig.1).trim_end().chars().last();
    let contrasted = (s.figures.iter())
        .any(|&(fa, fb)| fa > fig.0 && s.f.slice(fa, fb).trim_end().chars().last() == classifier);
    // A count of things, not an amount produced (年产0.3万吨…项目开工) nor a quantity
    // written with a Latin unit (200MW…已完工).
    let produced = s
        .list(crate::cue!("subject.product_verb"))
        .ends(s.f.slice(cs, fig.0));
    let classified =
        (s.f.slice(fig.0, fig.1).trim_end().chars().last()).is_some_and(|c| !c.is_ascii());
    let state = (count_like && !contrasted && !produced && classified)
        .then(|| state_after(s, b, ce))
        .flatten();
    if count_like {
        if let Some((oa, ob)) = breakdown_owner(s, cs, fig.0) {
            return Some(balance_quotes(format!(
                "{}{}{}",
                text(s, oa, ob),
                state.as_deref().unwrap_or_default(),
                text(s, a, b)
            )));
        }
    }
    // 储备了45个项目, 签约的27个项目: a generic item takes the verb before its
    // count, else the verbs after it (5个项目开工建设, 八成企业实现盈利).
    let np = text(s, a, b);
    let generic = s.list(crate::cue!("subject.generic_item"));
    let np_rule = rule_form(s.traditional, &np);
    // 集中开工的15个工业项目: a kind of generic item takes the verb before its count too.
    if count_like && np_rule.chars().count() > 2 && generic.ends(&np_rule) {
        if let Some(v) = verb_before(s, cs, fig.0) {
            return Some(balance_quotes(format!("{v}{np}")));
        }
    }
    if (count_like || no_before) && generic.contains(&np_rule) {
        let verb = count_like
            .then(|| verb_before(s, cs, fig.0))
            .flatten()
            .or_else(|| verbs_after(s, b, ce));
        if let Some(v) = verb {
            return Some(balance_quotes(format!("{v}{np}")));
        }
    }
    if count_like {
        if let Some(v) = state {
            return Some(balance_quotes(format!("{v}{np}")));
        }
        // 增加近千个就业岗位, 可提供260个就业岗位: a counted noun after verbs alone takes
        // the verb governing it.
        let short = np.chars().count() <= MAX_GOVERNED_CHARS;
        let governed = || {
            (short && (no_before || verbs_only(s, cs, fig.0)))
                .then(|| verb_before(s, cs, fig.0))
                .flatten()
                .map(|v| balance_quotes(format!("{v}{np}")))
        };
        return with_criterion_after(s, a, ce).or_else(governed);
    }
    None
}

/// Most chars of a counted noun phrase that takes the verb governing it (就业岗位 →
/// 增加就业岗位); a longer one names its measure itself (会议及奖励活动与会者数目).
const MAX_GOVERNED_CHARS: usize = 8;

/// The state a counted thing reached, written right after it (6栋厂房已经竣工 → 竣工, 3条
/// 生产线全部投产 → 投产: `subject.state_verb`, after adverbs and ending its clause at
/// `ce` or before a 了).
fn state_after(s: &Sentence, pos: usize, ce: usize) -> Option<String> {
    let toks = tokens_in(s, pos, ce);
    let states = s.list(crate::cue!("subject.state_verb"));
    let k = toks.iter().position(|t| t.tag != "d")?;
    let first = &toks[k];
    let joined = |n: usize| toks[k..k + n].iter().map(|t| t.word).collect::<String>();
    let n = (1..=2.min(toks.len() - k))
        .rev()
        .find(|&n| states.contains(&joined(n)))?;
    // Another state may follow (已完工通车), then the clause or a 了 ends.
    let next = toks
        .get(k + n)
        .filter(|t| states.contains(t.word))
        .map_or(0, |_| 1);
    let n = n + next;
    // A figure right after the state (已开工58项) counts those in it: no state of these.
    let end = toks[k + n - 1].end;
    let closes =
        toks.get(k + n).is_none_or(|t| matches!(t.tag, "ul" | "x")) && !is_figure(s, end, end + 1);
    let adjacent = toks[0].start == pos;
    (closes && adjacent).then(|| text(s, first.start, toks[k + n - 1].end))
}

/// A count of generic things (projects, prefectures, villages) followed by the criterion
/// they meet in the rest of its clause (22个项目本年完成投资额低于500万元, 9个市州增速高
/// 于全省平均): the criterion, joined by 的, before the counted noun that opens the phrase
/// at `a`.
fn with_criterion_after(s: &Sentence, a: usize, ce: usize) -> Option<String> {
    // The noun phrase may have run on into the criterion (7个市州粮食单产高于…): the
    // counted noun is its first word.
    let noun = counted_item(s, a, ce)?;
    // The criterion follows the noun at once and holds a comparison.
    tokens_in(s, noun.end, ce)
        .first()
        .filter(|t| t.start == noun.end)?;
    let criterion = text(s, noun.end, ce);
    let rule = rule_form(s.traditional, &criterion);
    // A title the things were awarded (4所学校被评为省级示范校: `subject.award_verb`):
    // the title names them.
    let awards = s.list(crate::cue!("subject.award_verb"));
    if let Some(w) = awards.prefix_of(&rule).filter(|w| !w.is_empty()) {
        let title: String = criterion.chars().skip(w.chars().count()).collect();
        let n = title.chars().count();
        return (2..=MAX_CHARS).contains(&n).then(|| balance_quotes(title));
    }
    let verbs = s.list(crate::cue!("subject.criterion_verb"));
    // Or a grade the things are rated at (121个城市为二级: a copula and a grade word).
    let copulas = s.list(crate::cue!("subject.criterion_copula"));
    let graded =
        s.list(crate::cue!("subject.criterion_grade")).ends(&rule) && copulas.occurs_in(&rule);
    if !(verbs.occurs_in(&rule) || graded) {
        return None;
    }
    let join = s
        .list(crate::cue!("subject.criterion_join"))
        .iter()
        .next()?;
    let np = text(s, noun.start, noun.end);
    Some(balance_quotes(format!("{criterion}{join}{np}")))
}

/// The token at char `at` (before `end`) when it is a generic or criterion item
/// (`subject.generic_item`, `subject.criterion_item`: 项目, 市州, 城市), the counted noun a
/// criterion after it may qualify.
fn counted_item<'a>(s: &Sentence<'a>, at: usize, end: usize) -> Option<Token<'a>> {
    let noun = tokens_in(s, at, end)
        .into_iter()
        .next()
        .filter(|t| t.start == at)?;
    let rule = rule_form(s.traditional, noun.word);
    let items = [
        crate::cue!("subject.generic_item"),
        crate::cue!("subject.criterion_item"),
    ];
    items
        .into_iter()
        .any(|r| s.list(r).contains(&rule))
        .then_some(noun)
}

/// The figure a criterion compares with, after a count of generic things (22个项目本年完
/// 成投资额低于500万元 → 本年完成投资额): the words between the counted noun and the
/// comparison word before the figure (or opening its text) name what is compared.
fn criterion_measure(s: &Sentence, fig: Span) -> Option<String> {
    let (cs, _) = clause(s, fig.0, fig.1);
    let &(_, fb) = (s.figures.iter()).rfind(|&&(a, b)| a >= cs && b <= fig.0)?;
    let noun = counted_item(s, fb, fig.0)?;
    let verbs = s.list(crate::cue!("subject.criterion_verb"));
    let between = text(s, noun.end, fig.0);
    let rule = rule_form(s.traditional, &between).into_owned();
    let measure = match verbs.suffix_of(&rule) {
        Some(v) => cut_chars(&between, v.chars().count()).to_string(),
        None if verbs.starts(&rule_form(s.traditional, s.f.slice(fig.0, fig.1))) => between,
        None => return None,
    };
    let named = tokens_in(s, noun.end, fig.0).iter().any(nominal);
    (named && !measure.is_empty()).then_some(measure)
}

/// Rule 4: the figure at the end of `between` measures the same thing as the previous
/// figure (subject `p`), plus what the words between add (62个重点项目已开工58项 → 重点项目
/// 开工); None when those words name a thing of their own (and no comparison opens the
/// clause).
fn same_measure(s: &Sentence, between: Span, p: &str, comparison: bool) -> Option<String> {
    let pr = rule_form(s.traditional, p);
    let attrs = Attributes::of(s);
    let comparisons = s.list(crate::cue!("subject.comparison"));
    let changes = s.list(crate::cue!("subject.change"));
    let span = between;
    let between = tokens_in(s, between.0, between.1);
    // Words between that name a thing of their own (30万吨新材料一体化项目总投资45亿元)
    // make a subject of their own.
    // A change word (调整为), a comparison or a lone morpheme (按年/升) names no thing.
    let own_phrase = between.iter().any(|t| {
        nominal(t)
            && !pr.contains(t.word)
            && !attrs.is(t.word)
            && !changes.contains(t.word)
            && !comparisons.contains(t.word)
            && t.tag != "zg"
    });
    if own_phrase && !comparison {
        return None;
    }
    let (link, lead) = (
        s.list(crate::cue!("subject.link")),
        s.list(crate::cue!("subject.lead")),
    );
    // A comparison of another period than the year before (环比, 按月) tells the change
    // from a year-on-year one: it stays (`subject.kept_comparison`).
    let kept = s.list(crate::cue!("subject.kept_comparison"));
    let is_kept = |t: &Token| kept.contains(&rule_form(s.traditional, t.word));
    let added_toks: Vec<&Token> = between
        .iter()
        .filter(|t| {
            !(link.contains(t.word)
                || lead.contains(t.word)
                || comparisons.contains(t.word) && !is_kept(t)
                || matches!(t.tag, "t" | "p" | "d" | "uj" | "ul" | "c" | "m" | "q" | "f")
                // A lone morpheme is none, but a change jieba reads as one (按年/升).
                || t.tag == "zg" && !changes.contains(&rule_form(s.traditional, t.word))
                || pr.contains(t.word))
        })
        .collect();
    let added: String = added_toks.iter().map(|t| text(s, t.start, t.end)).collect();
    // 同比增长5.3%，比去年四季度增长1.6%: a comparison of its own replaces the previous
    // figure's (the measure stays, the base changes).
    // Kept comparison words alone (环比, before a link word: 环比提升) add nothing but
    // the comparison, which [`rebased`] reads with its change.
    let only_kept = added_toks.iter().all(|t| is_kept(t));
    if (added.is_empty() || only_kept) && comparison {
        if let Some(p) = rebased(s, span, p) {
            return Some(p);
        }
    }
    // 总产量增加1200万公斤，增长5.4%: the change word replaces the previous one.
    // A clause comparing on its own (，同比增加… after 环比增加…) drops the previous
    // figure's comparison: the measure alone.
    // The previous figure's comparison word (环比) that this clause does not repeat.
    let other_comparison =
        find_word(s.list(crate::cue!("subject.comparison_start")), &pr).filter(|&(k, w)| {
            let cs = clause(s, span.1, span.1).0;
            k > 0 && !rule_form(s.traditional, s.f.slice(cs, span.1)).contains(w)
        });
    let base = if added.is_empty() {
        p.to_string()
    } else if comparison && other_comparison.is_some() {
        measure_of(s, p)
    } else {
        without_compared_base(s, strip_change(s.traditional, changes, p)).to_string()
    };
    let base = base.as_str();
    Some(balance_quotes(merge(base, &added)))
}

/// The previous figure's measure `p` compared as the clause `span` compares it (国内生产
/// 总值同比增长 + 比去年四季度增长 → 国内生产总值比去年四季度增长), when `p` holds a
/// comparison (`subject.comparison_start`) that the clause does not repeat.
fn rebased(s: &Sentence, span: Span, p: &str) -> Option<String> {
    let starts = s.list(crate::cue!("subject.comparison_start"));
    let pr = rule_form(s.traditional, p);
    let (k, word) = find_word(starts, &pr).filter(|&(k, _)| k > 0)?;
    // The clause from its first comparison word to the figure, without link words.
    let (cs, _) = clause(s, span.1, span.1);
    let head = s.f.slice(cs, span.1);
    let (at, _) = find_word(s.list(crate::cue!("subject.comparison")), head)?;
    if head[at..].starts_with(word) || head.contains(&pr[k..]) {
        return None;
    }
    let from = cs + head[..at].chars().count();
    // Link words go (达, 为), change words stay (提高).
    let link = s.list(crate::cue!("subject.link"));
    let changes = s.list(crate::cue!("subject.change"));
    let mut end = span.1;
    while let Some(w) = (link.suffix_of(s.f.slice(from, end)))
        .filter(|w| !w.is_empty() && !changes.ends(s.f.slice(from, end)))
    {
        end -= w.chars().count();
    }
    let measure = measure_of(s, p);
    (end > from && !measure.is_empty())
        .then(|| balance_quotes(format!("{measure}{}", text(s, from, end))))
}

/// The measure a period opening a statistic dates (1-11月，全县工业增加值增长4.5% → 工业
/// 增加值; 截至6月底，全县存栏… → 存栏): the measure of the first of `figures` (the
/// sentence's quantity figures with their subjects) after the date, in the date's clause,
/// or in the next one when the date's clause holds nothing but the date and lead or time
/// words. None for a count of items (企业313家: things, no measure), and when a verb of an
/// event of its own stands between them (2011年7月，园区升格为省级开发区并纳入10个…: what
/// is dated is the upgrade): only link, support, change, comparison, report and progress
/// words may.
pub fn dated_measure(s: &Sentence, date: Span, figures: &[(Span, &str)]) -> Option<String> {
    let (_, ce) = clause(s, date.0, date.1);
    let lead = s.list(crate::cue!("subject.lead"));
    let opener = |t: &Token| matches!(t.tag, "t" | "f" | "p" | "d" | "c") || lead.contains(t.word);
    let only_date = tokens_in(s, date.1, ce).iter().all(opener);
    let n = s.chars.len();
    // A doubled comma (截止5月份,,全县…) opens the next clause all the same.
    let comma = |i: usize| i < n && matches!(s.chars[i], ',' | '，');
    let scope = if only_date && comma(ce) {
        let next = (ce..n).find(|&i| !comma(i)).unwrap_or(n);
        clause(s, next, next).1
    } else {
        ce
    };
    let &((fa, fb), subject) = figures
        .iter()
        .find(|((a, b), _)| *a >= date.1 && *b <= scope)?;
    // A count of items (企业313家, 项目167个) names things, no measure dated; a date
    // things stand at (截至6月底，共有市场主体3.2万户: `subject.as_of`) dates the count.
    let as_of = s
        .list(crate::cue!("subject.as_of"))
        .ends(&rule_form(s.traditional, s.f.before(date.0).trim_end()));
    if !as_of && counts_items(s, s.list(crate::cue!("subject.item_classifier")), fa) {
        return None;
    }
    let allowed = [
        crate::cue!("subject.link"),
        crate::cue!("subject.support_verb"),
        crate::cue!("subject.change"),
        crate::cue!("subject.comparison"),
        crate::cue!("subject.report_verb"),
        crate::cue!("subject.progress_verb"),
        crate::cue!("subject.lead"),
    ];
    // A verb inside the measure's own name (火警出勤总数, 新登记机动车), not opening it
    // (发展…基地), is no event; the measure is then named as written after the date.
    // A member of an ordered group (城乡 → 城镇…) is named by the group word written.
    // A support verb dropped from the measure (全区工业企业实现营业收入…) is read out of
    // the words written too.
    let supports = s.list(crate::cue!("subject.support_verb"));
    let mut between = rule_form(s.traditional, s.f.slice(date.1, fa)).into_owned();
    for w in supports.iter() {
        between = between.replace(w, "");
    }
    let written = between.contains(&*rule_form(s.traditional, subject))
        || group::ordered_member(s, (fa, fb)).is_some();
    let named_rule = rule_form(s.traditional, subject);
    let named = |w: &str| {
        written && (named_rule.find(&*rule_form(s.traditional, w))).is_some_and(|k| k > 0)
    };
    let event = tokens_in(s, date.1, fa).iter().any(|t| {
        let w = rule_form(s.traditional, t.word);
        t.tag == "v" && !allowed.iter().any(|&r| s.list(r).contains(&w)) && !named(t.word)
    });
    if event {
        return None;
    }
    // A report verb and the adverbs before it (家电零售额初步估计为…) are no part of the
    // measure.
    let mut m = measure_of(s, subject);
    let reports = s.list(crate::cue!("subject.report_verb"));
    let rule = rule_form(s.traditional, &m).into_owned();
    if let Some((k, _)) = find_word(reports, &rule).filter(|&(k, _)| k > 0) {
        m = cut_chars(&m, rule[k..].chars().count()).to_string();
        let between = tokens_in(s, date.1, fa);
        while let Some(t) =
            (between.iter()).find(|t| t.tag == "d" && m.len() > t.word.len() && m.ends_with(t.word))
        {
            m.truncate(m.len() - t.word.len());
        }
    }
    // A word that belongs to the date (迄至9月6日止到馆人次) is no part of the measure.
    let tails = s.list(crate::cue!("subject.date_tail"));
    if let Some(w) = tails.prefix_of(&rule_form(s.traditional, &m)) {
        m = m.chars().skip(w.chars().count()).collect();
    }
    (m.chars().count() > 1).then_some(m)
}

/// Subject of a date: the event it dates (the first event noun after it in the sentence:
/// 召开…新闻发布会, 是第41个教师节), else the phrase before it, else the action after it.
pub fn date_subject(s: &Sentence, fig: Span, measure: Option<String>) -> String {
    // A year word right before the date (于今年1月3日投产) is part of it.
    let fig = (year_word_start(s, fig), fig.1);
    let (cs, ce) = clause(s, fig.0, fig.1);
    // A date right after a comparison word (比1-5月份回升, 较上年同期) is a comparison's
    // base: it dates no event of its own.
    let comparisons = s.list(crate::cue!("subject.comparison"));
    let base = (s.toks.iter())
        .rfind(|t| t.end <= fig.0 && !blank(t))
        .is_some_and(|t| t.end == fig.0 && comparisons.contains(&rule_form(s.traditional, t.word)));
    if base {
        return String::new();
    }
    if let Some(e) = event_noun(s, fig, ce) {
        return e;
    }
    if let Some(p) = copula_phrase(s, fig, (cs, ce)) {
        return p;
    }
    let event = event_after(s, fig, ce);
    if let Some((a, b)) = phrase_before(s, cs, fig.0) {
        // A name (县政府, 台南市政府农业局), not a fragment of a predicate: it ends with a
        // noun and holds no verb (他表示博监局, 升幅较去年, 五是).
        // Verbs and time words closing it go (县统计局发布, 某委员会今天).
        // A measure jieba tags as a verb (增速) is a noun here.
        let attrs = Attributes::of(s);
        let noun = |t: &Token| nominal(t) || attrs.is(t.word);
        let mut toks = tokens_in(s, a, b);
        while toks
            .last()
            .is_some_and(|t| !noun(t) && matches!(t.tag, "v" | "t" | "d"))
        {
            toks.pop();
        }
        // A date after a comparison word (升幅较去年12月) is a comparison's base: no event.
        let comparisons = s.list(crate::cue!("subject.comparison"));
        if (toks.last()).is_some_and(|t| comparisons.ends(&rule_form(s.traditional, t.word))) {
            return String::new();
        }
        let name = toks.last().is_some_and(noun)
            && !toks
                .iter()
                .any(|t| (t.tag == "v" && !noun(t)) || is_copula(s, t.word));
        let p_end = toks.last().map_or(a, |t| t.end);
        let p = text(s, a, p_end);
        // A name right before the date (某委员会, 立法会22日, 某网某地8月14日电, 来源：某处
        // 2020年…) is an agency, venue or dateline, no event, unless it names an event
        // (新闻发布会25日召开); one that a preposition or particle right before the date
        // keeps from it is what the date is of (某条例已于5月1日生效 → 某条例生效, 客量在
        // 2015年达到高峰).
        let whole = !p.contains(['(', '（', ')', '）']);
        let dated = s
            .list(crate::cue!("subject.event"))
            .ends(&rule_form(s.traditional, &p));
        let particles = s.list(crate::cue!("subject.date_particle"));
        let kept = (s.toks.iter())
            .rfind(|t| t.end <= fig.0 && !blank(t))
            .is_some_and(|t| t.start >= p_end && particles.ends(&rule_form(s.traditional, t.word)));
        let adjacent = s.f.slice(p_end, fig.0).trim().is_empty();
        // A body's day right before a verb of release (某部10日公布…) dates that release.
        let releases = s.list(crate::cue!("subject.release_verb"));
        let released = (s.toks.iter())
            .find(|t| t.start >= fig.1 && !blank(t))
            .filter(|t| t.start == fig.1 && releases.contains(&rule_form(s.traditional, t.word)));
        // The verb a particle joins to the date (公司始建于1987年) is the event the name
        // does: name + that verb when no event follows the date.
        let joined = (s.toks.iter())
            .rfind(|t| t.end <= fig.0 && !blank(t))
            .filter(|_| kept && event.is_none())
            .and_then(|particle| {
                let verbs = tokens_in(s, p_end, particle.start);
                let plain = |t: &Token| plain_verb(s, t);
                (verbs.iter().any(plain) && verbs.iter().all(|t| plain(t) || t.tag == "d"))
                    .then(|| text(s, a, particle.start))
            });
        if let Some(v) = released.filter(|_| name && whole && adjacent && !dated) {
            // The body after a space (…电 某统计处: a dateline's end before it).
            let body = p.rsplit(char::is_whitespace).next().unwrap_or(&p);
            return format!("{body}{}", text(s, v.start, v.end));
        }
        if name
            && whole
            && (dated && adjacent || kept)
            && p.chars().count() > 1
            && !(s.list(crate::cue!("subject.date_particle"))).ends(&rule_form(s.traditional, &p))
        {
            return match (&event, joined) {
                (Some(e), _) if !dated => format!("{p}{e}"),
                (None, Some(j)) if !dated => j,
                _ => p,
            };
        }
    }
    if let Some(m) = measure {
        return m;
    }
    if event.is_none() {
        if let Some(p) = opening_event(s, fig, ce) {
            return p;
        }
        // A date in a clause the reporter's learning closes (3月27日从某委获悉).
        if let Some(p) = learnt(s, (fig.1, ce)) {
            return p;
        }
    }
    event
        .or_else(|| particle_verb(s, (cs, fig.0)))
        .or_else(|| counted_after(s, fig, ce))
        .or_else(|| closing_predicate(s, fig, ce))
        .or_else(|| opening_doer_event(s, fig, ce))
        .unwrap_or_default()
}

/// A year (four digits and a `subject.year_end` word) opening its clause right before a
/// doer and its event in a clause of no figure (…，2008年某州生态畜牧业开始试点示范，…):
/// the doer and the event ([`doer_event`]). A day or month (no period: 上半年, 1-4月)
/// that is its clause alone, opening the sentence or after a colon (3月，某社区荣获…称号;
/// 2015年3月，某集团组建了…), dates the doer and event of the next clause when that one
/// holds no figure ([`alone_before_clause`]).
fn opening_doer_event(s: &Sentence, fig: Span, ce: usize) -> Option<String> {
    let (cs, _) = clause(s, fig.0, fig.1);
    let written = rule_form(s.traditional, s.f.slice(fig.0, fig.1)).into_owned();
    let year = (s.list(crate::cue!("subject.year_end")).suffix_of(&written))
        .map(|w| &written[..written.len() - w.len()])
        .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    if !tokens_in(s, cs, fig.0).is_empty() {
        return None;
    }
    let scope = if year && !is_figure(s, fig.1, ce) {
        (fig.1, ce)
    } else {
        alone_before_clause(s, fig, ce)?
    };
    let (doer, e) = doer_event(s, &tokens_in(s, scope.0, scope.1), scope.1)?;
    Some(format!("{}{e}", text(s, doer.0, doer.1)))
}

/// The clause after the date at `fig` (clause ending at `ce`) when the date is its clause
/// alone, a comma closing it and a sentence start or colon before it, and the next clause
/// holds no figure.
fn alone_before_clause(s: &Sentence, fig: Span, ce: usize) -> Option<Span> {
    let n = s.chars.len();
    let opens = s.f.slice(0, fig.0).trim_end().is_empty()
        || (s.f.char_before(fig.0)).is_some_and(|c| matches!(c, ':' | '：'));
    let comma = |i: usize| i < n && matches!(s.chars[i], ',' | '，');
    if !opens || ce != fig.1 || !comma(ce) || !event_date(s, fig) {
        return None;
    }
    let next = (ce..n).find(|&i| !comma(i))?;
    let (_, ne) = clause(s, next, next);
    (ne > next && !is_plain_figure(s, next, ne)).then_some((next, ne))
}

/// The verb a `subject.date_particle` joins to a date when the two are all of the
/// clause before it (…，成立于2006年9月; 始建于1987年): the event dated, its doer named
/// in an earlier clause.
fn particle_verb(s: &Sentence, (cs, at): Span) -> Option<String> {
    let toks = tokens_in(s, cs, at);
    let (particle, verbs) = toks.split_last()?;
    let particles = s.list(crate::cue!("subject.date_particle"));
    let fits = particle.end == at
        && particles.contains(&rule_form(s.traditional, particle.word))
        && verbs.iter().any(|t| plain_verb(s, t))
        && verbs.iter().all(|t| plain_verb(s, t) || t.tag == "d");
    let first = verbs.iter().position(|t| plain_verb(s, t))?;
    (fits && particle.start - verbs[first].start > 1)
        .then(|| text(s, verbs[first].start, particle.start))
}

/// The start of the date at `fig` with a `subject.date_year_word` right before it
/// (今年1月3日, 明年12月): the year it is in.
fn year_word_start(s: &Sentence, fig: Span) -> usize {
    let years = s.list(crate::cue!("subject.date_year_word"));
    (s.toks.iter())
        .find(|t| t.end == fig.0 && years.contains(&rule_form(s.traditional, t.word)))
        .map_or(fig.0, |t| t.start)
}

/// Most chars of a predicate closing a date's clause taken as its event.
const MAX_CLOSING_CHARS: usize = 12;

/// The short predicate closing the clause of a day or month at `fig` (clause ending at
/// `ce`) right after it (2月28日截止, 12月全面动工, 1月3日正式投产), when no other rule
/// found its event: the words after the time words and particles, holding a verb (or a
/// `subject.event_verb`) and no figure.
fn closing_predicate(s: &Sentence, fig: Span, ce: usize) -> Option<String> {
    if !event_date(s, fig) {
        return None;
    }
    let toks = tokens_in(s, fig.1, ce);
    let word = |t: &Token| rule_form(s.traditional, t.word).into_owned();
    let tails = s.list(crate::cue!("subject.date_tail"));
    let k = (toks.iter())
        .position(|t| !(matches!(t.tag, "d" | "t" | "f") || tails.contains(&word(t))))?;
    let (a, b) = (toks[k].start, toks.last()?.end);
    let events = s.list(crate::cue!("subject.event_verb"));
    let verb = |t: &Token| matches!(t.tag, "v" | "vn") || events.contains(&word(t));
    // A link, change or comparison word alone (6月前完成, 相比) is no event; nor is a
    // predicate after a venue (在某网站查阅) or outside the date's brackets.
    let bare = [
        crate::cue!("subject.link"),
        crate::cue!("subject.change"),
        crate::cue!("subject.comparison"),
        crate::cue!("subject.report_verb"),
    ]
    .into_iter()
    .any(|r| {
        s.list(r)
            .contains(&rule_form(s.traditional, &text(s, a, b)))
    });
    let joined = toks[k..].windows(2).all(|w| w[0].end == w[1].start);
    let plain = !s.f.slice(fig.1, a).contains(['(', '（', ')', '）']) && toks[k].tag != "p";
    let fits = b - a <= MAX_CLOSING_CHARS && b == ce && joined && plain && !bare;
    (fits && toks[k..].iter().any(verb) && !is_figure(s, a, b) && b - a > 1).then(|| text(s, a, b))
}

/// The first event noun after the date at `fig` (clause ending at `ce`) that heads its
/// phrase (召开…新闻发布会, 是第41个教师节), with the nouns before it.
fn event_noun(s: &Sentence, fig: Span, ce: usize) -> Option<String> {
    let after: Vec<&Token> = s.toks.iter().filter(|t| t.start >= fig.1).collect();
    let events = s.list(crate::cue!("subject.event"));
    // An event inside brackets (包括…辅助性活动) is an aside, not what the date dates.
    let bracketed = |t: &Token| {
        let before = s.f.slice(fig.1, t.start);
        before.matches(['(', '（']).count() > before.matches([')', '）']).count()
    };
    // The event noun heads its phrase: a noun after it makes it an attribute (社会 of
    // 社会消费品零售总额 names no meeting).
    let head = |i: usize| {
        !after.get(i + 1).is_some_and(|t| {
            nominal(t) && !matches!(t.tag, "t" | "f") && t.word.chars().count() > 1
        })
    };
    // A body named like an event (某管委会, 市议会: `subject.event_body`) is none.
    let bodies = s.list(crate::cue!("subject.event_body"));
    let body = |t: &Token| bodies.ends(&rule_form(s.traditional, t.word));
    // An event noun of the date's clause, or of the next one when the date's own holds
    // nothing else (6月5日，某市召开…会议); none of a later clause (某署今日(4日)公布…，
    // …与经济活动恢复有关) and none before 的 (从事某产业活动的单位: an attribute).
    // A cut-off date (截至6月底，…) bounds a report, no event of the clause after it.
    let n = s.chars.len();
    let cutoff = (s.toks.iter())
        .rfind(|t| t.end <= fig.0 && !blank(t))
        .is_some_and(|t| {
            t.end == fig.0
                && (s.list(crate::cue!("figure.period_end")))
                    .contains(&rule_form(s.traditional, t.word))
        });
    let alone = (tokens_in(s, fig.1, ce).iter()).all(|t| matches!(t.tag, "t" | "f"));
    let scope = if alone && !cutoff && ce < n {
        clause(s, ce + 1, ce + 1).1
    } else {
        ce
    };
    let particles = s.list(crate::cue!("subject.attributive"));
    let attribute = |i: usize| {
        (after.get(i + 1)).is_some_and(|t| t.start == after[i].end && particles.contains(t.word))
    };
    let event = (0..after.len()).position(|i| {
        let t = after[i];
        t.end <= scope
            && nominal(t)
            && events.ends(t.word)
            && !body(t)
            && !bracketed(t)
            && head(i)
            && !attribute(i)
    });
    event.map(|e| {
        let head = after[e];
        let mut start = head.start;
        for t in after[..e].iter().rev() {
            if !nominal(t) || head.end - t.start > MAX_CHARS {
                break;
            }
            start = t.start;
        }
        text(s, start, head.end)
    })
}

/// The noun phrase a date is the value of (某普查的标准时点为2020年1月1日: the phrase
/// before a `subject.date_copula` word right before the date) or that it is (2010年是
/// 某普查年份: the phrase after such a word right after the date): nouns, 的 and
/// ordinals only, closing on a noun of two chars or more, at most `MAX_CHARS`.
fn copula_phrase(s: &Sentence, fig: Span, (cs, ce): Span) -> Option<String> {
    let copulas = s.list(crate::cue!("subject.date_copula"));
    let copula = |t: &Token| copulas.contains(&rule_form(s.traditional, t.word));
    let particles = s.list(crate::cue!("subject.attributive"));
    let word = |t: &Token| nominal(t) || particles.contains(t.word) || t.tag == "m";
    let named = |toks: &[Token]| {
        toks.last()
            .is_some_and(|t| t.tag.starts_with('n') && t.word.chars().count() > 1)
            && toks.iter().all(word)
    };
    let before = tokens_in(s, cs, fig.0);
    if let Some((last, rest)) = before.split_last().filter(|(t, _)| copula(t)) {
        let k = rest.iter().rposition(|t| !word(t)).map_or(0, |k| k + 1);
        let toks = &rest[k..];
        let p = toks.first().map(|t| text(s, t.start, last.start));
        if named(toks) && p.as_ref().is_some_and(|p| p.chars().count() <= MAX_CHARS) {
            return p;
        }
    }
    let after = tokens_in(s, fig.1, ce);
    let (first, rest) = after.split_first().filter(|(t, _)| copula(t))?;
    if let Some(name) = copula_quoted(s, first.end, ce).filter(|_| first.start == fig.1) {
        return Some(name);
    }
    let end = rest.last()?.end;
    (first.start == fig.1 && named(rest) && end - rest[0].start <= MAX_CHARS)
        .then(|| text(s, rest[0].start, end))
}

/// The name quoted after a date's copula that closes the clause (5月20日是第10个“世界
/// 计量日”): what the date is, past an ordinal (numerals and classifiers) before it.
fn copula_quoted(s: &Sentence, at: usize, ce: usize) -> Option<String> {
    let open = (at..ce).find(|&k| s.f.char(k).is_some_and(|c| OPEN_QUOTES.contains(&c)))?;
    let ordinal = tokens_in(s, at, open)
        .iter()
        .all(|t| blank(t) || matches!(t.tag, "m" | "q"));
    let close = (open + 1..ce).find(|&k| s.f.char(k).is_some_and(|c| QUOTES.contains(&c)))?;
    let name = text(s, open + 1, close);
    let n = name.chars().count();
    (ordinal && s.f.slice(close + 1, ce).trim().is_empty() && (2..=MAX_CHARS).contains(&n))
        .then_some(name)
}

/// A verb opening the clause `toks` (ending at `ce`) with the noun phrase closing it after
/// its last attributive particle (走进绿意盎然的茶园基地 → 走进茶园基地), else the verb's
/// phrase ([`event_from`]): what a day standing alone before the clause dates.
fn verb_object(s: &Sentence, toks: &[Token], ce: usize) -> Option<String> {
    let verb = toks
        .first()
        .filter(|t| t.tag == "v" && t.word.chars().count() > 1)?;
    let e = event_from(s, verb.start, ce, false)?;
    let head = toks.iter().rposition(|t| !nominal(t) && !blank(t));
    let object = head
        .filter(|&k| k > 0 && toks[k].tag == "uj" && k + 1 < toks.len())
        .map(|k| text(s, toks[k + 1].start, toks.last().map_or(ce, |t| t.end)))
        .filter(|o| (2..=MAX_CHARS).contains(&o.chars().count()));
    Some(match object {
        Some(o) => format!("{}{o}", text(s, verb.start, verb.end)),
        None => e,
    })
}

/// An event date opening its sentence (6月18日，记者来到某村): the predicate of the next
/// clause after its doer (`Some("")` when that predicate is no event). A month does so too
/// when that clause has no figure (2015年3月，某园区获批省级开发区: the doer with its
/// event); with figures it is their period.
fn opening_event(s: &Sentence, fig: Span, ce: usize) -> Option<String> {
    let day = (s.list(crate::cue!("subject.date_day"))).ends(s.f.slice(fig.0, fig.1));
    // Time words after a day (4月28日上午) or a month (6月中旬) belong to it.
    let timed = day || event_date(s, fig);
    let only_date = tokens_in(s, fig.1, ce)
        .iter()
        .all(|t| blank(t) || t.tag == "f" || timed && t.tag == "t");
    if !(only_date && ce < s.chars.len() && matches!(s.chars[ce], ',' | '，')) {
        return None;
    }
    let (_, next_end) = clause(s, ce + 1, ce + 1);
    // A date opening a report of what the reporter learnt (10月24日，记者从某局获悉，…:
    // `subject.learn_verb` closing the next clause) dates the release's publication.
    if let Some(p) = learnt(s, (ce + 1, next_end)) {
        return Some(p);
    }
    let figureless = !(s.figures.iter()).any(|f| f.0 > ce && f.0 < next_end);
    let toks = tokens_in(s, ce + 1, next_end);
    let doer = toks.iter().take_while(|t| nominal(t)).count();
    if let Some(t) = toks.get(doer).filter(|_| doer > 0 && day) {
        // A doer whose verb a preposition marks (某局将该案移送…): the doer and that verb.
        let marks = s.list(crate::cue!("subject.object_mark"));
        let mark = t.tag == "p" || marks.contains(&rule_form(s.traditional, t.word));
        let marked = || {
            let (doer, e) = doer_event(s, &toks, next_end).filter(|_| figureless && mark)?;
            Some(format!("{}{e}", text(s, doer.0, doer.1)))
        };
        // A doer publishing what the text tells (重庆海关发布消息称): its publication.
        let publishes = s.list(crate::cue!("subject.publish_verb"));
        if publishes.contains(&rule_form(s.traditional, t.word)) {
            let object = (toks[doer + 1..].iter())
                .take_while(|u| nominal(u))
                .last()
                .map_or(t.end, |u| u.end);
            return Some(text(s, toks[0].start, object));
        }
        let e = event_from(s, t.start, next_end, true);
        return Some(
            e.or_else(marked)
                .or_else(|| last_predicate(s, &toks, next_end))
                .unwrap_or_default(),
        );
    }
    match doer_event(s, &toks, next_end).filter(|_| figureless && event_date(s, fig)) {
        Some((doer, e)) => Some(format!("{}{e}", text(s, doer.0, doer.1))),
        // A day's clause opened by a pronoun or a preposition (我局对…进行了调研, 随着…
        // 的开通运行): the predicate closing it.
        None if day => {
            last_predicate(s, &toks, next_end).or_else(|| verb_object(s, &toks, next_end))
        }
        None => None,
    }
}

/// The release's publication (`date.release_event`) when the text in `span` ends with a
/// verb of learning (`subject.learn_verb`: 记者从某局获悉): a date reporting what the
/// reporter learnt dates the release.
fn learnt(s: &Sentence, (from, to): Span) -> Option<String> {
    let said = rule_form(s.traditional, s.f.slice(from, to).trim_end());
    if !(s.list(crate::cue!("subject.learn_verb"))).ends(&said) {
        return None;
    }
    let published = s.list(crate::cue!("date.release_event")).iter().next();
    published.map(str::to_string)
}

/// The predicate closing a clause ending at `ce` (`toks` its tokens): its last run of
/// verbs with the nouns after them (…企业正式入驻某物流园区 → 入驻某物流园区, …二期将开工
/// 建设 → 开工建设), as [`event_from`] reads it; none with a figure after the verb.
fn last_predicate(s: &Sentence, toks: &[Token], ce: usize) -> Option<String> {
    let verb = |t: &Token| matches!(t.tag, "v" | "vn");
    let closing = |k: usize| toks[k + 1..].iter().all(|t| nominal(t) || blank(t));
    let last = toks
        .iter()
        .rposition(|t| verb(t) && t.word.chars().count() > 1)
        .filter(|&k| closing(k))?;
    let mut first = last;
    while first > 0 && verb(&toks[first - 1]) && toks[first - 1].end == toks[first].start {
        first -= 1;
    }
    // Verbal nouns closing the clause (…开展某项评审/vn 工作/vn) are the object of the
    // verb before them: the predicate starts at that verb.
    event_from(s, toks[first].start, ce, false).or_else(|| {
        let k = toks[..first].iter().rposition(|t| t.tag == "v")?;
        (toks[k].word.chars().count() > 1 && closing(k))
            .then(|| event_from(s, toks[k].start, ce, false))
            .flatten()
    })
}

/// The noun named right before the first figure after a date in its clause, past link
/// words (第3季新登记机动车共4572辆 → 机动车): what a period counts when no measure was
/// found for it.
fn counted_after(s: &Sentence, fig: Span, ce: usize) -> Option<String> {
    let &(fa, _) = s.figures.iter().find(|f| f.0 >= fig.1 && f.1 <= ce)?;
    let link = s.list(crate::cue!("subject.link"));
    let toks = tokens_in(s, fig.1, fa);
    let mut end = toks.len();
    while end > 0 && link.contains(&rule_form(s.traditional, toks[end - 1].word)) {
        end -= 1;
    }
    let last = toks[..end].last().filter(|t| nominal(t) && t.tag != "b")?;
    let mut start = last.start;
    // Verbs inside the measure (烟叶/种植/面积, 新增/注册/企业) are part of it; a link
    // (完成, 达到) is not.
    let inner = |t: &Token| {
        nominal(t) || (t.tag == "v" && !link.contains(&rule_form(s.traditional, t.word)))
    };
    for t in toks[..end - 1].iter().rev() {
        if !inner(t) || t.end != start || last.end - t.start > MAX_CHARS {
            break;
        }
        start = t.start;
    }
    let p = text(s, start, last.end);
    (p.chars().count() > 1).then_some(p)
}

/// The event right after a date in its clause (2014年7月试营运 → 试营运, 4月起强制投保…),
/// past adverbs, prepositions and `subject.date_tail` words (起, 以来): see [`event_from`].
fn event_after(s: &Sentence, fig: Span, ce: usize) -> Option<String> {
    let lead = s.list(crate::cue!("subject.lead"));
    let tails = s.list(crate::cue!("subject.date_tail"));
    // A date in brackets after a time word (今日(7日), 今天（9日）) restates it: the event
    // is after the closing bracket.
    let restated = restates_time(s, fig);
    let from = if restated {
        fig.1 + 1
    } else {
        weekday_end(s, fig.1).unwrap_or(fig.1)
    };
    let toks = tokens_in(s, from, ce);
    // Time words after the date (6月下旬投产) belong to it.
    let k = toks.iter().position(|t| {
        let w = rule_form(s.traditional, t.word);
        !(matches!(t.tag, "d" | "p" | "f" | "t") || lead.contains(&w) || tails.contains(&w))
    })?;
    // A manner word jieba tags as a noun (`subject.manner_word`: 全面/n 完工) before a
    // verb of two chars or more.
    let manner = s.list(crate::cue!("subject.manner_word"));
    let first = match toks.get(k + 1) {
        Some(v)
            if manner.contains(&rule_form(s.traditional, toks[k].word))
                && v.start == toks[k].end
                && v.tag == "v"
                && v.word.chars().count() > 1 =>
        {
            v
        }
        _ => &toks[k],
    };
    // A venue after the date (于4月27日在某党校举行: `place.venue_before` … a
    // `place.venue_after` verb) is where the event is held, no part of it: the event
    // starts at that verb.
    let first = venue_verb(s, &toks, k).unwrap_or(first);
    // A tail verb (开始) right before the verb it opens (2022年底开始施作) is part of the
    // event: with that verb's event, or with the verb alone.
    let opened = k.checked_sub(1).map(|j| &toks[j]).filter(|t| {
        std::ptr::eq(first, &toks[k])
            && t.tag == "v"
            && t.word.chars().count() > 1
            && t.end == first.start
            && matches!(first.tag, "v" | "vn")
            && tails.contains(&rule_form(s.traditional, t.word))
    });
    if let Some(t) = opened {
        let e = event_from(s, first.start, ce, false)
            .unwrap_or_else(|| text(s, first.start, first.end));
        return Some(format!("{}{e}", text(s, t.start, t.end)));
    }
    // A word in brackets after the date (截至6月底（下同）) is an aside, and so is a date in
    // brackets (与前次调查（去年11月底）相比): no event after either.
    if s.f
        .slice(from, first.start)
        .contains(['(', '（', ')', '）'])
    {
        return None;
    }
    // A date after a date particle (已于5月1日生效, 已於…全面通車) is the time of the
    // predicate after it: the rest of a short clause without figures, whatever its tags.
    let particles = s.list(crate::cue!("subject.date_particle"));
    let after_particle = (s.toks.iter())
        .rfind(|t| t.end <= fig.0 && !blank(t))
        .is_some_and(|t| t.end == fig.0 && particles.ends(&rule_form(s.traditional, t.word)));
    let rest = s.f.slice(first.start, ce).trim_end();
    let end = first.start + rest.chars().count();
    // Never a phrase a particle opens (由二季度的第12位上升到第6位: the date is a base).
    if after_particle
        && first.tag != "v"
        && first.tag != "uj"
        && end - first.start <= MAX_CHARS
        && !is_figure(s, first.start, end)
    {
        let p = text(s, first.start, end);
        return (p.chars().count() > 1).then_some(p);
    }
    // A doer right after a day or month (no preposition between: 在某网站查阅 names a
    // venue) and the event it does.
    let venue = toks[..k].iter().any(|t| t.tag == "p");
    // A restated day dates the predicate closing its clause (今日(7日)就某事向某局提出
    // 书面质询 → 书面质询): with the noun right before a verb closing the clause.
    if restated {
        if let Some(e) = announced(s, fig, &toks[k..]) {
            return Some(e);
        }
        if let Some(e) = restated_event(s, &toks[k..], ce) {
            return Some(e);
        }
    }
    event_from(s, first.start, ce, false)
        .or_else(|| {
            let (doer, e) =
                doer_event(s, &toks[k..], ce).filter(|_| !venue && event_date(s, fig))?;
            Some(format!("{}{e}", text(s, doer.0, doer.1)))
        })
        .or_else(|| {
            restated
                .then(|| last_predicate(s, &toks[k..], ce))
                .flatten()
        })
}

/// The predicate closing a clause (`toks`, ending at `ce`) after a restated day: see
/// [`last_predicate`]; a verb alone closing the clause takes the noun right before it
/// (书面/n 质询/v).
fn restated_event(s: &Sentence, toks: &[Token], ce: usize) -> Option<String> {
    let e = last_predicate(s, toks, ce)?;
    let n = toks.len();
    match toks.get(n.wrapping_sub(2)) {
        Some(t)
            if n >= 2
                && text(s, toks[n - 1].start, toks[n - 1].end) == e
                && closes(s, &toks[n - 1], ce)
                && t.tag == "n"
                && t.end == toks[n - 1].start =>
        {
            Some(text(s, t.start, toks[n - 1].end))
        }
        _ => Some(e),
    }
}

/// A restated day whose clause holds only a `subject.publish_verb` (某局今天(3月13日)宣布，
/// …): the doer named before the time word and that verb.
fn announced(s: &Sentence, fig: Span, toks: &[Token]) -> Option<String> {
    let [verb] = toks else { return None };
    let publishes = s.list(crate::cue!("subject.publish_verb"));
    if !publishes.contains(&rule_form(s.traditional, verb.word)) {
        return None;
    }
    let (cs, _) = clause(s, fig.0, fig.1);
    let before = tokens_in(s, cs, fig.0.saturating_sub(1));
    let time = before.iter().rposition(|t| t.tag == "t")?;
    // An abbreviation in brackets after the doer's name (某重建局(某建局)) goes.
    let mut end = before[time].start;
    if end > cs && matches!(s.chars[end - 1], ')' | '）') {
        end = (cs..end - 1)
            .rfind(|&k| matches!(s.chars[k], '(' | '（'))
            .unwrap_or(end);
    }
    let named = before[..time].iter().filter(|t| t.end <= end).count();
    let doer = before[..named]
        .iter()
        .rev()
        .take_while(|t| nominal(t))
        .count();
    let doer = match before.get(named - doer) {
        Some(t) if doer > 0 => text(s, t.start, end),
        _ => String::new(),
    };
    Some(format!("{doer}{}", text(s, verb.start, verb.end)))
}

/// The end of a weekday in brackets at `at`, right after a date (3月16日(星期一)): part of
/// that date.
fn weekday_end(s: &Sentence, at: usize) -> Option<usize> {
    if !s.f.char(at).is_some_and(|c| matches!(c, '(' | '（')) {
        return None;
    }
    let close =
        (at + 1..(at + 6).min(s.chars.len())).find(|&k| matches!(s.chars[k], ')' | '）'))?;
    let day = s.f.slice(at + 1, close).trim().to_string();
    (s.list(crate::cue!("figure.weekday")).contains(&day)).then_some(close + 1)
}

/// Whether the date at `fig` stands in brackets right after a time word (今日(7日)).
fn restates_time(s: &Sentence, fig: Span) -> bool {
    let opened = fig.0 > 0 && s.f.char(fig.0 - 1).is_some_and(|c| matches!(c, '(' | '（'));
    let closed = s.f.char(fig.1).is_some_and(|c| matches!(c, ')' | '）'));
    opened
        && closed
        && (s.toks.iter())
            .any(|t| t.end + 1 == fig.0 && t.tag == "t" && !is_figure(s, t.start, t.end))
}

/// The `place.venue_after` verb (举行) that ends the venue opening at token `k` of `toks`
/// after a `place.venue_before` word (在): nouns only between them.
fn venue_verb<'t, 'a>(s: &Sentence, toks: &'t [Token<'a>], k: usize) -> Option<&'t Token<'a>> {
    let before = s.list(crate::cue!("place.venue_before"));
    let verbs = s.list(crate::cue!("place.venue_after"));
    let word = |t: &Token| rule_form(s.traditional, t.word).into_owned();
    if !before.contains(&word(toks.get(k.checked_sub(1)?)?)) {
        return None;
    }
    let j = (k..toks.len()).find(|&j| !nominal(&toks[j]))?;
    (j > k && verbs.contains(&word(&toks[j]))).then(|| &toks[j])
}

/// Whether the date at `fig` is a day or a month (`subject.date_event_end`), no span
/// (`subject.date_span_mark`): a date an event done by a doer can have, where a quarter, a
/// half or a year is the period of what is said after it (上半年某地经济运行平稳).
fn event_date(s: &Sentence, fig: Span) -> bool {
    let d = rule_form(s.traditional, s.f.slice(fig.0, fig.1));
    let marks = s.list(crate::cue!("subject.date_span_mark"));
    s.list(crate::cue!("subject.date_event_end")).ends(&d) && !marks.occurs_in(&d)
}

/// A doer opening `toks` and the event it does after adverbs (第二条生产线将正式投产 →
/// 第二条生产线 + 投产, 该项目完成竣工, 某项目被列入…): the doer's span, without a
/// demonstrative opening it (该, 这), and the event (see [`event_from`]). None when no
/// verb follows the doer's nouns or when the event is a measure (a figure after it).
fn doer_event(s: &Sentence, toks: &[Token], ce: usize) -> Option<(Span, String)> {
    let from = usize::from(
        toks.first()
            .is_some_and(|t| t.tag == "r" && t.word.chars().count() == 1),
    );
    let events = s.list(crate::cue!("subject.event_verb"));
    let verb = |t: &Token| {
        t.tag == "v"
            || (t.tag == "vn" && closes(s, t, ce))
            || events.contains(&rule_form(s.traditional, t.word))
    };
    let modals = s.list(crate::cue!("subject.modal"));
    // Doers listed with 、 (国家发改委、能源局发布…) are one doer.
    let listed = |k: usize| {
        let t = &toks[k];
        t.word == "、" && k > from && toks.get(k + 1).is_some_and(|u| nominal(u) && !verb(u))
    };
    let nouns = (from..toks.len())
        .take_while(|&k| nominal(&toks[k]) && !verb(&toks[k]) || listed(k))
        .count();
    let last = toks.get(from + nouns.checked_sub(1)?)?;
    let start = toks[from].start;
    if last.end - start > MAX_CHARS {
        return None;
    }
    // Adverbs (将, 正式, 已) and a preposition before the verb stand between: right
    // before it (被/列入), or with the agent or the object it marks (被某部/确定为, 将该
    // 案件/移送…: a few nouns).
    let rest = &toks[from + nouns..];
    let marked = |j: usize| {
        let n = (rest[j + 1..].iter())
            .take_while(|u| (nominal(u) || u.tag == "r") && !verb(u))
            .count();
        let marks = s.list(crate::cue!("subject.object_mark"));
        (rest[j].tag == "p" || marks.contains(&rule_form(s.traditional, rest[j].word)))
            && n <= MAX_MARKED_NOUNS
            && rest.get(j + 1 + n).is_some_and(verb)
    };
    let mut k = 0;
    while let Some(t) = rest.get(k) {
        if marked(k) {
            k = (k + 1..rest.len()).find(|&j| verb(&rest[j]))?;
        } else if matches!(t.tag, "d" | "ad")
            || modals.contains(&rule_form(s.traditional, t.word))
                && rest.get(k + 1).is_some_and(|u| u.start == t.end && verb(u))
        {
            k += 1;
        } else {
            break;
        }
    }
    let v = rest.get(k).filter(|t| verb(t))?;
    // A figure after the verb in the clause (某机场处理的货物共…吨) makes the verb part of
    // the measure's name.
    if s.figures
        .iter()
        .any(|f| f.0 > v.start && f.0 < ce && !in_book_title(s, f.0))
    {
        return None;
    }
    let e = event_from(s, v.start, ce, false)?;
    Some(((start, last.end), e))
}

/// Whether token `t` closes its clause ending at `ce` (nothing but blanks after it).
fn closes(s: &Sentence, t: &Token, ce: usize) -> bool {
    t.end >= ce || s.f.slice(t.end, ce).trim().is_empty()
}

/// The predicate starting at char `at` as an event: a verb of an event (no change, link,
/// report or having: 上升, 达到, 显示, 共有) and the words after it up to a particle or
/// punctuation (召开…会议, 投入服务), cut at a token boundary to `MAX_CHARS`. None when a
/// figure follows (新增46家: a measure, not an event) or when it is a lone verb that
/// needs an object (`object`: 透露 after its doer).
fn event_from(s: &Sentence, at: usize, ce: usize, object: bool) -> Option<String> {
    let toks = tokens_in(s, at, ce);
    // A verbal noun opening the predicate before a quoted object (启动/vn “…工作”) is its
    // verb; before other words it names a thing (工作/vn 情况, 运输/vn 统计).
    let verbal = |t: &Token| matches!(t.tag, "v" | "vn");
    let quoted = |t: &Token| (s.f.char(t.end)).is_some_and(|c| OPEN_QUOTES.contains(&c));
    // A verbal noun closing its clause (6月投产/vn。) is a verb too, and so is an event
    // jieba tags as a noun (`subject.event_verb`: 9月投入使用/n, 开业/n).
    let listed = |t: &Token| {
        (s.list(crate::cue!("subject.event_verb"))).contains(&rule_form(s.traditional, t.word))
    };
    let verb = toks.first().filter(|t| {
        t.tag == "v" || (t.tag == "vn" && (quoted(t) || closes(s, t, ce))) || listed(t)
    })?;
    let w = rule_form(s.traditional, verb.word);
    let no_event = [
        crate::cue!("subject.change"),
        crate::cue!("subject.report_verb"),
        crate::cue!("subject.not_item_verb"),
        crate::cue!("subject.source_verb"),
    ]
    .into_iter()
    .any(|r| s.list(r).contains(&w))
        // A document released (某委发布《…》) is an event though 发布 also cites a source.
        && s.f.char(verb.end) != Some('《');
    // A link verb (完成) is an event only with the action it completes right after it
    // (完成施工, 完成竣工): before a figure or alone it links a measure.
    let link = s.list(crate::cue!("subject.link")).contains(&w);
    let acted = toks.get(1).is_some_and(|t| {
        t.start == verb.end
            && verbal(t)
            && !s
                .list(crate::cue!("subject.change"))
                .contains(&rule_form(s.traditional, t.word))
    });
    // A verb of achieving with an object right after it (6月底前完成征地任务: `subject.
    // achieve_verb`) is the event of a deadline or target.
    let achieved = s.list(crate::cue!("subject.achieve_verb")).contains(&w)
        && toks
            .get(1)
            .is_some_and(|t| t.start == verb.end && nominal(t));
    if no_event || (link && !acted && !achieved) {
        return None;
    }
    let mut end = verb.end;
    // An aspect particle or a preposition right after the verb (制定了《…》, 升格为…) joins
    // the phrase when words follow it.
    let mut next = end;
    for t in &toks[1..] {
        if t.start < next {
            continue;
        }
        // A quoted name right after the phrase (启动“…工作”) joins it whole, or ends it.
        if s.f.char(next).is_some_and(|c| OPEN_QUOTES.contains(&c)) && t.start == next + 1 {
            let close = (t.start..ce).find(|&k| s.f.char(k).is_some_and(|c| QUOTES.contains(&c)));
            match close.filter(|&k| k + 1 - at <= MAX_QUOTED_CHARS) {
                Some(k) => {
                    end = k + 1;
                    next = end;
                    continue;
                }
                None => break,
            }
        }
        let joint = end == verb.end
            && t.start == end
            && matches!(t.tag, "p" | "ul")
            && t.word.chars().count() == 1;
        if joint {
            next = t.end;
            continue;
        }
        let word = nominal(t) || t.tag == "v";
        if !word || t.start != next || t.end - at > MAX_CHARS {
            break;
        }
        end = t.end;
        next = end;
    }
    // A figure after the phrase makes it a measure (新增46家, 完成投资3亿元).
    let next_word =
        (s.toks.iter()).find(|t| t.start >= end && !blank(t) && !is_figure(s, t.start, t.end));
    let next_figure = s
        .figures
        .iter()
        .map(|f| f.0)
        .filter(|&a| a >= end && a < ce)
        .min();
    if next_figure.is_some_and(|f| next_word.is_none_or(|t| t.start > f)) {
        return None;
    }
    // An attribute closing the phrase (投保公共|自行车险) is cut from its noun: it goes.
    while let Some(t) = toks[1..]
        .iter()
        .rfind(|t| t.end <= end)
        .filter(|t| t.tag == "b")
    {
        end = t.start;
    }
    let p = text(s, at, end);
    let len = p.chars().count();
    (len > 1 && !(object && end == verb.end)).then_some(p)
}

/// Rows of a sentence for the tests of the subject modules.
#[cfg(test)]
mod test_rows {
    use crate::extract::{Extractor, Options};
    use crate::patterns::{Kind, Patterns};

    /// (text, subject) of the sentence's figures, dates left out.
    pub fn subjects(text: &str) -> Vec<(String, String)> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .facts
            .into_iter()
            .filter(|f| f.kind != Kind::Date)
            .map(|f| (f.text, f.subject))
            .collect()
    }

    pub fn subject_of(text: &str, figure: &str) -> String {
        let got = subjects(text);
        let row = got.iter().find(|(t, _)| t == figure);
        row.unwrap_or_else(|| panic!("no row {figure} in {got:?}"))
            .1
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    #[test]
    fn a_count_of_holders_of_an_awarded_title_is_named_by_the_title() {
        use test_rows::subject_of;
        assert_eq!(
            subject_of("全区有6所学校被评为市级文明校园。", "6所"),
            "市级文明校园"
        );
        assert_eq!(
            subject_of("今年9个村获评省级美丽乡村。", "9个"),
            "省级美丽乡村"
        );
    }

    #[test]
    fn items_and_figures_listed_alike_pair_up_without_a_respectively_word() {
        use test_rows::subject_of;
        let t = "全县牛肉、羊肉总产量达到2.1万吨、0.8万吨。";
        assert_eq!(subject_of(t, "2.1万吨"), "牛肉总产量");
        assert_eq!(subject_of(t, "0.8万吨"), "羊肉总产量");
        // One figure after a list of items is the items' whole.
        let t = "全县牛肉、羊肉总产量达到2.9万吨。";
        assert_eq!(subject_of(t, "2.9万吨"), "牛肉、羊肉总产量");
    }

    #[test]
    fn a_topic_clause_after_its_place_or_year_and_de_names_the_measure() {
        use test_rows::subject_of;
        let t = "东湖市2023年的资源回收量，比2022年增长约7万吨，达到了56万吨。";
        assert_eq!(subject_of(t, "约7万吨"), "资源回收量比2022年增长");
        assert_eq!(subject_of(t, "56万吨"), "资源回收量");
        let t = "东湖市的垃圾处理量，比上年增长约2万吨。";
        assert_eq!(subject_of(t, "约2万吨"), "垃圾处理量增长");
    }

    #[test]
    fn a_compound_of_common_nouns_is_cut_whole() {
        use test_rows::subject_of;
        // Over the usual 14 chars, nouns alone: one name.
        let t = "城乡居民基本医疗保险基金总收入31.5亿元。";
        assert_eq!(subject_of(t, "31.5亿元"), "城乡居民基本医疗保险基金总收入");
        // A noun after an adverb is the clause's verb (积极/谋划): the cut stays.
        let t = "今年以来积极谋划数据中心集群基础设施建设项目12个。";
        assert_eq!(subject_of(t, "12个"), "数据中心集群基础设施建设项目");
    }

    #[test]
    fn one_unit_in_digits_before_a_price_says_per_what() {
        use test_rows::subject_of;
        let t = "去年同期外销价1公斤200元。";
        assert_eq!(subject_of(t, "200元"), "外销价（1公斤）");
    }

    #[test]
    fn quoted_examples_before_a_count_name_no_measure() {
        use test_rows::subject_of;
        let t = "公告中案件共有「某段土地都市更新案」等11案，预估投资金额481亿元。";
        assert_eq!(subject_of(t, "11案"), "公告中案件");
        let t = "招商中项目共有“甲园区”、“乙园区”等5个。";
        assert!(
            !subject_of(t, "5个").contains('园'),
            "{}",
            subject_of(t, "5个")
        );
    }

    #[test]
    fn a_verb_left_without_its_object_takes_the_earlier_figures() {
        use test_rows::subject_of;
        let t = "全年新增规上企业36家，其中甲镇新增12家，乙镇新增9家。";
        assert_eq!(subject_of(t, "12家"), "甲镇新增规上企业");
        assert_eq!(subject_of(t, "9家"), "乙镇新增规上企业");
        // Another unit, or a verb with its own object, lends nothing.
        let t = "全年新增规上企业36家，甲镇新增就业岗位120个。";
        assert_eq!(subject_of(t, "120个"), "甲镇新增就业岗位");
        let t = "全年新增规上企业36家，甲镇新增120人。";
        assert!(!subject_of(t, "120人").contains("企业"));
    }

    /// Subject of `figure` in `sentence`; `others` are the other figures of the sentence.
    fn subj(sentence: &str, figure: &str, others: &[&str]) -> String {
        let patterns = crate::patterns::Patterns::builtin().unwrap();
        subj_with(&patterns.cues, sentence, figure, others)
    }

    #[test]
    fn a_sum_after_a_per_phrase_says_per_what_in_its_subject() {
        use super::test_rows::subjects;
        // Right after 每 and a quantity, or with a link word between: the per phrase in
        // brackets, for that row only (the change after it measures the price).
        let got = subjects("本期鸡蛋平均零售价格每斤为5.2元，比上期上涨1.6%。");
        assert_eq!(got[0].1, "鸡蛋平均零售价格（每斤）");
        assert_eq!(got[1].1, "鸡蛋平均零售价格上涨");
        let got = subjects("目前板栗收购价格稳定在每公斤12元左右。");
        assert_eq!(got[0].1, "板栗收购价格（每公斤）");
        // Words between the phrase and the sum: the phrase is the subject's own.
        let got = subjects("每户发放慰问金500元。");
        assert!(!got[0].1.contains('（'), "{got:?}");
        // After a starting year and its 的 (从2015年的每公斤…), after a measure of another
        // clause: the owner before 从 still owns the price.
        let got = subjects(
            "蜂蜜销量从2015年的80吨增至150吨，收购价也从2015年的每公斤36元涨到每公斤52元。",
        );
        let price: Vec<_> = got.iter().filter(|r| r.0.ends_with('元')).collect();
        assert_eq!(price.len(), 2, "{got:?}");
        for (_, subject) in price {
            assert_eq!(subject, "收购价（每公斤）");
        }
    }

    #[test]
    fn an_actor_before_a_date_owns_the_measure_after_it() {
        use super::test_rows::subjects;
        let got = subjects("其中，纺织服装业1-9月完成工业增加值8.6亿元，同比增长4.2%。");
        assert_eq!(got[0].1, "纺织服装业工业增加值");
        assert_eq!(got[1].1, "纺织服装业工业增加值同比增长");
        let got = subjects("全县规上工业前三季度实现产值21亿元。");
        assert_eq!(got[0].1, "规上工业产值");
        // A particle opening the date (在, 于) between the actor and the date.
        let got = subjects("全市住房贷款余额在上半年增长9.4%。");
        assert_eq!(got[0].1, "住房贷款余额增长");
        let got = subjects("全市工业增加值于1-5月增长9.4%。");
        assert_eq!(got[0].1, "工业增加值增长");
        // A verb between the nouns of a name (矿/采选/业) is part of it.
        let got = subjects("非金属矿采选业1—8月增加值增长12%。");
        assert_eq!(got[0].1, "非金属矿采选业增加值增长");
        // A place, a pronoun or a time before the date is no actor.
        let got = subjects("海口市1-6月完成投资12亿元。");
        assert_eq!(got[0].1, "完成投资");
        let got = subjects("我县1-6月完成投资12亿元。");
        assert_eq!(got[0].1, "完成投资");
    }

    #[test]
    fn a_group_opening_the_clause_before_owns_an_achieved_measure() {
        use super::test_rows::subjects;
        // The group named by the clause before (a list's name after 等; nouns up to the
        // group's ending, 发展势头 left out) owns the measure after 实现; a contribution
        // after it is owed to that group.
        let got = subjects(
            "纺织、服装等五大传统产业稳中有升，实现增加值同比增长6.2%，对全县增长的贡献率为41.3%。",
        );
        assert_eq!(got[0].1, "五大传统产业增加值同比增长");
        assert!(got[1].1.starts_with("五大传统产业增加值"), "{got:?}");
        let got = subjects("今年以来，全县食品加工产业发展势头强劲，实现产值同比增长18.5%。");
        assert_eq!(got[0].1, "食品加工产业产值同比增长");
        // No group's name before: the subject stays as read.
        let got = subjects("今年以来，全县重点项目建设提速，完成投资3亿元。");
        assert_eq!(got[0].1, "重点项目建设完成投资");
    }

    #[test]
    fn a_contribution_after_a_change_word_alone_is_owed_to_the_measure_before() {
        use super::test_rows::subjects;
        let got = subjects(
            "全县规上企业工业增加值同比增长9.2%，对全县增长贡献率达76.4%，拉动增长6.1个百分点。",
        );
        assert_eq!(got[1].1, "规上企业工业增加值增长贡献率");
        assert!(got[2].1.starts_with("规上企业工业增加值拉动"), "{got:?}");
    }

    #[test]
    fn subject_holds_no_half_pair() {
        // A closer right after the bracketed words comes back with them.
        let s = "工业增加值（IVA）85.3亿元，同比增长6.1%。";
        assert_eq!(subj(s, "85.3亿元", &["6.1%"]), "工业增加值（IVA）");
        assert_eq!(subj(s, "6.1%", &["85.3亿元"]), "工业增加值（IVA）同比增长");
        let s = "全年生产电动自行车(两轮车)12.6万辆，同比下降3.2%。";
        assert_eq!(subj(s, "12.6万辆", &["3.2%"]), "生产电动自行车(两轮车)");
        assert_eq!(subj(s, "3.2%", &["12.6万辆"]), "生产电动自行车(两轮车)下降");
        // A figure inside the brackets: the opener goes.
        let s = "新建的停车场位于河东村北侧一处（占地面积约1200平方米），明年启用。";
        assert_eq!(subj(s, "1200平方米", &[]), "位于河东村北侧一处占地面积");
        // A subject starting inside a short quoted name takes it whole.
        let s = "县里争取“乡村道路提升工程”资金360万元。";
        assert_eq!(subj(s, "360万元", &[]), "争取“乡村道路提升工程”资金");
    }

    #[test]
    fn paired_takes_short_name_or_drops_fragment() {
        let patterns = crate::patterns::Patterns::builtin().unwrap();
        let text = "县府争取「河西乡民活动中心整建计画」经费800万元，另争取《某某沿海滨水步道与亲水设施整体景观改善规划》补助500万元。";
        let f = Folded::new(text);
        let orig: Vec<char> = text.chars().collect();
        let chars: Vec<char> = f.text.chars().collect();
        let at = |w: &str| {
            text.chars()
                .collect::<String>()
                .find(w)
                .map(|b| text[..b].chars().count())
                .unwrap()
        };
        let s = Sentence {
            f: &f,
            orig: &orig,
            chars: &chars,
            toks: &[],
            figures: &[],
            cues: &patterns.cues,
            traditional: false,
        };
        let fig = |w: &str| (at(w), at(w) + w.chars().count());
        let p = paired(&s, fig("800万元"), "民活动中心整建计画」经费".to_string());
        assert_eq!(p, "「河西乡民活动中心整建计画」经费");
        let p = paired(&s, fig("500万元"), "观改善规划》补助".to_string());
        assert_eq!(p, "补助");
        let p = paired(&s, fig("800万元"), "河西乡(民".to_string());
        assert_eq!(p, "河西乡民");
        assert_eq!(paired(&s, fig("800万元"), "经费".to_string()), "经费");
    }

    /// [`subj`] with the cue lists `cues`.
    fn subj_with(cues: &Cues, sentence: &str, figure: &str, others: &[&str]) -> String {
        subj_in(cues, sentence, figure, others, false)
    }

    /// [`subj`] of a sentence written in traditional characters.
    fn subj_trad(sentence: &str, figure: &str, others: &[&str]) -> String {
        let patterns = crate::patterns::Patterns::builtin().unwrap();
        subj_in(&patterns.cues, sentence, figure, others, true)
    }

    /// [`subj_with`], the sentence `traditional` or not.
    fn subj_in(
        cues: &Cues,
        sentence: &str,
        figure: &str,
        others: &[&str],
        traditional: bool,
    ) -> String {
        let patterns = crate::patterns::Patterns::builtin().unwrap();
        let seg = Segmenter::of(&patterns).unwrap();
        let f = Folded::new(sentence);
        let find = |w: &str| {
            let b = f.text.find(w).unwrap();
            let s = f.char_at_byte(b);
            (s, s + w.chars().count())
        };
        let fig = find(figure);
        let mut figures: Vec<Span> = others.iter().map(|o| find(o)).collect();
        figures.push(fig);
        figures.sort();
        let mut masked: Vec<char> = f.text.chars().collect();
        for &(a, b) in &figures {
            masked[a..b].iter_mut().for_each(|c| *c = ',');
        }
        let masked: String = masked.into_iter().collect();
        let toks = seg.segment(&masked);
        let orig: Vec<char> = sentence.chars().collect();
        let chars: Vec<char> = f.text.chars().collect();
        let s = Sentence {
            f: &f,
            orig: &orig,
            chars: &chars,
            toks: &toks,
            figures: &figures,
            cues,
            traditional,
        };
        // Subjects left to right, each inheriting the previous one, as the extractor does.
        let mut prev: Option<String> = None;
        for &x in &figures {
            let subject = subject(&s, x, true, prev.as_deref());
            if x == fig {
                return subject;
            }
            if !subject.is_empty() {
                prev = Some(subject);
            }
        }
        unreachable!("the figure is among the figures")
    }

    #[test]
    fn classifier_then_noun() {
        assert_eq!(subj("全县已累计建成326个充电桩", "326个", &[]), "充电桩");
        assert_eq!(subj("途经3个乡镇15个村", "3个", &["15个"]), "乡镇");
        assert_eq!(subj("途经3个乡镇15个村", "15个", &["3个"]), "村");
        assert_eq!(subj("用于支持库区周边6个村发展特色产业", "6个", &[]), "村");
    }

    #[test]
    fn verb_then_figure_then_product() {
        assert!(subj("上马年产60万吨纳米级碳酸钙项目", "60万吨", &[]).contains("碳酸钙"));
    }

    #[test]
    fn noun_then_figure() {
        assert!(subj("全县城市建设完成投资12.8亿元", "12.8亿元", &[]).contains("城市建设"));
        assert_eq!(
            subj("去年全县改造老化燃气管道48.7公里", "48.7公里", &[]),
            "改造老化燃气管道"
        );
    }

    #[test]
    fn a_per_phrase_before_the_measures_words_stays_in_the_subject() {
        use test_rows::subject_of;
        // Per what the measure is (每月工资, 每户每年增收) stays.
        assert_eq!(
            subject_of("护工每月工资约3500元。", "约3500元"),
            "护工每月工资"
        );
        assert_eq!(
            subject_of("入社农户每年可分红6000元。", "6000元"),
            "入社农户每年可分红"
        );
        // A denominator right before the sum, past links and verbs of need, does not.
        assert_eq!(subject_of("鲜桃收购价每斤仅需3元。", "3元"), "鲜桃收购价");
    }

    #[test]
    fn a_state_word_cut_by_a_lead_word_is_whole_again() {
        use test_rows::subject_of;
        let t = "在学本科生2.3万人，其中，在学留学生1200人。";
        assert_eq!(subject_of(t, "2.3万人"), "在学本科生");
        assert_eq!(subject_of(t, "1200人"), "在学留学生");
        let t = "截至6月底，全省在网风电装机46万千瓦。";
        assert_eq!(subject_of(t, "46万千瓦"), "在网风电装机");
    }

    #[test]
    fn a_verb_of_trade_opening_a_list_acts_on_every_item() {
        use test_rows::subject_of;
        let t = "出口钢材、化肥分别为8.2亿元、3.6亿元，分别增长5.1%、2.4%。";
        assert_eq!(subject_of(t, "3.6亿元"), "出口化肥");
        assert_eq!(subject_of(t, "2.4%"), "出口化肥增长");
        // A tail the items share stays shared.
        let t = "种植马铃薯、燕麦面积分别为4万亩、1万亩。";
        assert_eq!(subject_of(t, "4万亩"), "种植马铃薯面积");
        assert_eq!(subject_of(t, "1万亩"), "种植燕麦面积");
        // Items with verbs of their own keep them, and nothing of another's.
        let t = "出口钢材、进口铁矿石分别为8.2亿元、3.6亿元。";
        assert_eq!(subject_of(t, "8.2亿元"), "出口钢材");
        assert_eq!(subject_of(t, "3.6亿元"), "进口铁矿石");
    }

    #[test]
    fn a_list_closed_by_a_joiner_splits_there_when_an_item_holds_another() {
        use test_rows::subject_of;
        // 及 inside the first item, 和 closing the list: four items for four figures.
        let t = "其中，光缆及类似通信器材、锂电池、游艇和农业机械分别出口9.6亿元、7.2亿元、\
                 5.1亿元和4.4亿元。";
        assert_eq!(subject_of(t, "9.6亿元"), "光缆及类似通信器材出口");
        assert_eq!(subject_of(t, "5.1亿元"), "游艇出口");
        assert_eq!(subject_of(t, "4.4亿元"), "农业机械出口");
    }

    #[test]
    fn an_industry_named_by_its_trade_takes_the_lead_attribute() {
        use test_rows::subject_of;
        let t = "全市规模以上服务业企业营业收入同比增长9.4%。其中，仓储和快递服务增长15.2%，\
                 设备租赁和维修管理增长8.7%。";
        assert_eq!(subject_of(t, "15.2%"), "仓储和快递服务营业收入增长");
        assert_eq!(subject_of(t, "8.7%"), "设备租赁和维修管理营业收入增长");
        // A part measured by a verbal noun of its own stays so.
        let t = "全县规上工业增加值增长7%。其中，机电产品出口增长9%。";
        assert_eq!(subject_of(t, "9%"), "机电产品出口增长");
    }

    #[test]
    fn products_with_amounts_under_a_viewpoint_take_its_attribute() {
        use test_rows::subject_of;
        // With a lead sentence before it or without one, a product named alone with its
        // amount is measured by the viewpoint's attribute, and so is its change.
        for t in [
            "从主要工业产品产量看，平板玻璃12.6万吨，增长4.2%；饲料3.1万吨，下降2%。",
            "全县规模以上工业增加值增长5%。从主要工业产品产量看，平板玻璃12.6万吨，\
             增长4.2%；饲料3.1万吨，下降2%。",
        ] {
            assert_eq!(subject_of(t, "12.6万吨"), "平板玻璃产量");
            assert_eq!(subject_of(t, "4.2%"), "平板玻璃产量增长");
            assert_eq!(subject_of(t, "3.1万吨"), "饲料产量");
        }
    }

    #[test]
    fn county_parts_compared_with_the_average_take_the_lead_measure() {
        use test_rows::subject_of;
        // A lead naming how it was computed, a viewpoint counting the parts, and a
        // comparison with the average between the list and 分别: the parts' change is the
        // lead measure's.
        let t = "1-5月，全州县域规模以上工业增加值按可比价格计算，同比增长12.4%。\
                 从8个县市增速看，甲县、乙县、丙县高于全州平均水平，同比分别增长21.5%、\
                 18.2%、13.9%；丁县下降3.1%。";
        assert_eq!(subject_of(t, "12.4%"), "全州县域规模以上工业增加值同比增长");
        assert_eq!(subject_of(t, "21.5%"), "甲县增加值增长");
        assert_eq!(subject_of(t, "13.9%"), "丙县增加值增长");
        assert_eq!(subject_of(t, "3.1%"), "丁县增加值下降");
        // A breakdown by a category (按客户类别计算) still frames its parts.
        let t = "期内售电量按用户类别计算，居民用户增长4%，工业用户增长6%。";
        assert_eq!(subject_of(t, "6%"), "工业用户售电量增长");
    }

    #[test]
    fn method_phrases_leave_the_subject() {
        assert_eq!(
            subj(
                "全省规模以上工业增加值按可比价格计算同比增长6.0%",
                "6.0%",
                &[]
            ),
            "规模以上工业增加值同比增长"
        );
        assert_eq!(
            subj(
                "实现营业收入85亿元，按可比口径增长9.5%",
                "9.5%",
                &["85亿元"]
            ),
            "营业收入增长"
        );
    }

    #[test]
    fn a_rate_compared_after_it_names_the_rate() {
        assert_eq!(
            subj(
                "城镇登记失业率3.1%，低于全省平均水平0.5个百分点",
                "0.5个百分点",
                &["3.1%"]
            ),
            "城镇登记失业率低于全省平均水平"
        );
        // A share of a plan is no rate: compared with the schedule, it is that share's
        // gap (`schedule_gap`).
        assert_eq!(
            subj(
                "全县完成年计划的45%，高于序时进度5个百分点",
                "5个百分点",
                &["45%"]
            ),
            "完成年计划高于序时进度"
        );
    }

    #[test]
    fn hong_kong_change_words() {
        // 按年 opens a comparison (year on year), the change after it stays (升, as 增长
        // after 按年 does); 升幅 is a change that needs its owner.
        assert_eq!(
            subj("访港旅客达3,144万人次，按年升11%", "11%", &["3,144万人次"]),
            "访港旅客升"
        );
        assert_eq!(subj("香港人口升幅为2.1%", "2.1%", &[]), "香港人口升幅");
    }

    #[test]
    fn a_comparison_after_a_space_still_refers_back() {
        assert_eq!(
            subj("本月访港旅客390万人次 按年升9%", "9%", &["390万人次"]),
            "访港旅客升"
        );
    }

    #[test]
    fn a_generic_item_takes_the_verb_before_its_count() {
        assert_eq!(subj("今年引进了36个项目", "36个", &[]), "引进项目");
        assert_eq!(subj("当天签约的18个项目", "18个", &[]), "签约项目");
        assert_eq!(subj("全县共有12个项目", "12个", &[]), "项目");
    }

    #[test]
    fn a_bare_change_after_a_comparison_frame_changes_its_topic() {
        use super::test_rows::subjects;
        let got = subjects("上半年，全市快递业务量与去年同期相比，增长12.5%至3.2亿件。");
        assert_eq!(got[0].1, "快递业务量增长");
        assert_eq!(got[1].1, "快递业务量");
        // Without a frame the clause before names no topic of the change.
        let got = subjects("据统计，增长12.5%。");
        assert_eq!(got[0].1, "增长");
    }

    #[test]
    fn generic_things_counted_take_the_criterion_after_them() {
        let t = "全市有14个项目当年到位资金低于300万元";
        assert_eq!(
            subj(t, "14个", &["300万元"]),
            "当年到位资金低于300万元的项目"
        );
        // The figure the criterion compares with measures what the criterion names.
        assert_eq!(subj(t, "300万元", &["14个"]), "当年到位资金");
        let t = "全省有7个市州粮食单产高于全省平均水平";
        assert_eq!(subj(t, "7个", &[]), "粮食单产高于全省平均水平的市州");
        // Without a comparison the words after the count are no criterion.
        assert_eq!(subj("全省有7个市州完成目标", "7个", &[]), "市州");
        assert_eq!(subj("全县共有12个村", "12个", &[]), "村");
        // A grade the things are rated at is a criterion too.
        assert_eq!(subj("全省有36个城市为二级", "36个", &[]), "为二级的城市");
        assert_eq!(subj("全省有36个城市为重点", "36个", &[]), "城市");
    }

    #[test]
    fn a_cut_never_starts_at_a_conjunction() {
        // The whole coordinated name when it fits a long subject, else what follows it.
        assert_eq!(
            subj("电力燃气和水的生产和供应业同比下降11.3%", "11.3%", &[]),
            "电力燃气和水的生产和供应业同比下降"
        );
        let s = subj(
            "医疗保健和个人用品、娱乐教育文化用品及服务、居住的价格分别上涨10.5%",
            "10.5%",
            &[],
        );
        assert!(!s.starts_with(['和', '及', '与']), "{s}");
    }

    #[test]
    fn a_cut_inside_an_enumeration_or_a_one_word_name_takes_it_whole() {
        // Items joined by 、 and closed by 等 name one group: never its last item alone.
        let t = "截至10月底，全县居民、商业等房地产开发项目施工面积416.2万平方米";
        assert_eq!(
            subj(t, "416.2万平方米", &["10月底"]),
            "居民、商业等房地产开发项目施工面积"
        );
        // Too long as a whole: the group's name alone.
        let t = "全县居民、商业、厂房、仓储、车库等各类房地产开发项目施工面积316.5万平方米";
        assert_eq!(subj(t, "316.5万平方米", &[]), "各类房地产开发项目施工面积");
        // An item jieba cuts into more words than the next (高接/换/优) leaves the start
        // unknown: the group's name alone.
        let t = "通过高接换优、水肥一体化等技术改造低产果园3.2万亩";
        assert_eq!(subj(t, "3.2万亩", &[]), "技术改造低产果园");
        // A sector or a group of regions written as one word is not cut by the length cap.
        let t = "批发零售业对全县生产总值贡献率为38.6%";
        assert_eq!(subj(t, "38.6%", &[]), "批发零售业对全县生产总值贡献率");
        let t = "全年来自沪苏浙的新落地亿元以上工业项目41个";
        assert_eq!(subj(t, "41个", &[]), "沪苏浙的新落地亿元以上工业项目");
    }

    #[test]
    fn a_subject_starts_at_a_word_jieba_would_split_after_a_function_word() {
        // 及其/他, 同/城 and 在/谈 are split by jieba alone (dict.txt joins them).
        assert_eq!(
            subj("新建教学楼2幢及其他辅助用房4幢", "4幢", &["2幢"]),
            "其他辅助用房"
        );
        assert_eq!(
            subj("本月同城配送订单达3.2万单", "3.2万单", &[]),
            "同城配送订单"
        );
        assert_eq!(
            subj("已签约客商9家，在谈客商12家", "12家", &["9家"]),
            "在谈客商"
        );
        // 及其 stays a conjunction before a word of its own (及其/子公司).
        let s = subj("该集团及其子公司共有员工800人", "800人", &[]);
        assert!(!s.starts_with('他') && !s.starts_with("子公司员"), "{s}");
    }

    #[test]
    fn list_items_split_by_enumeration_comma() {
        assert_eq!(
            subj("现有在建项目3个、待建项目4个", "4个", &["3个"]),
            "待建项目"
        );
    }

    #[test]
    fn enumeration_comma_inside_a_noun_list_does_not_split() {
        assert!(subj("其中用于加工枣片、枣粉的比例提高到35%", "35%", &[]).contains("加工"));
    }

    #[test]
    fn attribute_takes_topic_of_previous_clause() {
        assert!(subj("左权县石灰岩资源丰富，资源储量达890亿吨", "890亿吨", &[]).contains("石灰岩"));
    }

    #[test]
    fn a_topic_ends_where_its_share_begins() {
        let s = "纺织服装业占比重12.4%，实现产值9800万元，增长15.6%";
        assert_eq!(subj(s, "9800万元", &["12.4%", "15.6%"]), "纺织服装业产值");
        assert_eq!(
            subj(s, "15.6%", &["12.4%", "9800万元"]),
            "纺织服装业产值增长"
        );
        let s = "木材加工业所占比例8.1%，实现营业收入3600万元";
        assert_eq!(subj(s, "3600万元", &["8.1%"]), "木材加工业营业收入");
    }

    #[test]
    fn a_one_char_attribute_cut_off_by_the_token_limit_goes() {
        // 总/b opens 总投资, the word the four-token limit cuts off: the count's
        // subject ends before it.
        let s = "全区签约的18个光伏组件项目总投资超过60亿元。";
        assert_eq!(subj(s, "18个", &["60亿元"]), "签约光伏组件项目");
    }

    #[test]
    fn figure_then_de_modifies_the_phrase_after() {
        let s = subj(
            "总投资约86亿元的龙泉抽水蓄能电站目前已累计完成投资",
            "约86亿元",
            &[],
        );
        assert!(s.contains("抽水蓄能电站") && s.ends_with("总投资"), "{s}");
    }

    #[test]
    fn figure_modifying_the_subject_is_kept() {
        let s = subj("总投资10亿元以上的项目14项", "14项", &["10亿元以上"]);
        assert!(s.contains("10亿元以上"), "{s}");
    }

    #[test]
    fn from_to_and_comparisons_inherit() {
        assert!(subj("日处理能力由2万吨提高到4万吨", "4万吨", &["2万吨"]).contains("日处理能力"));
        // 自 opens a starting time too, a per-time word before the rate's figure between.
        use super::test_rows::subjects;
        let got = subjects("厨余回收量自2015年每日约300吨增加至2023年每日约520吨。");
        assert!(
            got.contains(&("约300吨".to_string(), "厨余回收量".to_string())),
            "{got:?}"
        );
        // A connective alone before the mark (即自…) owns nothing.
        let got = subjects("垃圾处理量大增，即自2001年的23万吨增加至2013年的40万吨。");
        assert!(got.iter().all(|r| r.1 != "即"), "{got:?}");
        let s = subj(
            "本科上线率为68.4%，较去年提高3.1个百分点",
            "3.1个百分点",
            &["68.4%"],
        );
        assert!(s.contains("上线率"), "{s}");
    }

    #[test]
    fn a_bare_rate_after_a_record_clause_is_the_figures_before() {
        use super::test_rows::subjects;
        let got = subjects("9月全县出口12.5亿元，创历年单月新高，增长率18.2%。");
        assert!(
            got.contains(&("18.2%".to_string(), "出口增长率".to_string())),
            "{got:?}"
        );
        // A period opening the next clause after lead words (累计1-9月) before a verbal
        // noun is no earlier figure of the rate's measure: the amount is the noun's.
        let got = subjects("9月全县出口12.5亿元，增速18.2%；累计1-9月出口98.6亿元，增速15.1%。");
        assert!(
            got.contains(&("98.6亿元".to_string(), "出口".to_string())),
            "{got:?}"
        );
    }

    #[test]
    fn respectively_distributes_items() {
        let s = "高血压、糖尿病患者规范管理率分别为78.5%和76.2%";
        assert!(subj(s, "78.5%", &["76.2%"]).starts_with("高血压"));
        assert!(subj(s, "76.2%", &["78.5%"]).starts_with("糖尿病"));
    }

    #[test]
    fn respectively_finds_the_shared_tail_by_the_items_ending() {
        let s = "东部沿海片区、中部丘陵片区、西部山地片区森林覆盖率分别为41%、52%和67%";
        assert_eq!(subj(s, "41%", &["52%", "67%"]), "东部沿海片区森林覆盖率");
        assert_eq!(subj(s, "67%", &["41%", "52%"]), "西部山地片区森林覆盖率");
        let s = "城区人口、农村人口参保率分别为97%和95%";
        assert_eq!(subj(s, "97%", &["95%"]), "城区人口参保率");
    }

    #[test]
    fn respectively_reads_the_traditional_word() {
        let s = "食品類和衣著類指數分別上升1.2%及0.5%";
        assert!(subj_trad(s, "1.2%", &["0.5%"]).starts_with("食品類指數"));
        assert!(subj_trad(s, "0.5%", &["1.2%"]).starts_with("衣著類指數"));
        // Without 分別 the figures share the list.
        let s = "食品類和衣著類指數上升1.2%";
        assert!(subj_trad(s, "1.2%", &[]).starts_with("食品類和衣著類"));
    }

    #[test]
    fn respectively_splits_at_the_one_joiner_that_fits() {
        let s = "肉类、鱼及海鲜和蔬菜及水果的价格分别上升1.2%、0.5%及0.3%";
        let all = ["1.2%", "0.5%", "0.3%"];
        let others = |f: &str| all.iter().copied().filter(|&o| o != f).collect::<Vec<_>>();
        assert!(subj(s, "1.2%", &others("1.2%")).starts_with("肉类的价格"));
        assert!(subj(s, "0.5%", &others("0.5%")).starts_with("鱼及海鲜的价格"));
        assert!(subj(s, "0.3%", &others("0.3%")).starts_with("蔬菜及水果的价格"));
        // Two joiners that both fit: no item is told.
        let s = "肉类、鱼及海鲜和蔬菜的价格分别上升1.2%、0.5%及0.3%";
        assert!(!subj(s, "1.2%", &others("1.2%")).starts_with("肉类的价格"));
        // A verb before the particle: the tail is not cut at it.
        let s = "甲区、乙区种植面积占全市的比重分别为12%和15%";
        assert!(!subj(s, "12%", &["15%"]).starts_with("甲区的比重"));
    }

    #[test]
    fn respectively_drops_the_group_summary_and_adds_the_attribute() {
        let s = "新材料、装备制造、生物医药三大主导产业分别实现产值86亿元、54亿元和31亿元";
        assert_eq!(subj(s, "86亿元", &["54亿元", "31亿元"]), "新材料产值");
        assert_eq!(subj(s, "31亿元", &["86亿元", "54亿元"]), "生物医药产值");
    }

    #[test]
    fn counted_thing_after_its_description() {
        let s = "安装4台单机容量30万千瓦的可逆式水泵水轮发电机组";
        assert!(subj(s, "4台", &["30万千瓦"]).ends_with("机组"));
    }

    #[test]
    fn quotes_stay_balanced() {
        let s = subj("对“一带一路”共建国家进出口24.6亿元", "24.6亿元", &[]);
        assert!(s.contains("“一带一路”"), "{s}");
    }

    #[test]
    fn denominators_stay_out() {
        assert_eq!(
            subj("优质薄皮核桃售价可达每斤12元", "12元", &[]),
            "优质薄皮核桃售价"
        );
        assert_eq!(
            subj("新建商品住宅均价每平方米1.35万元", "1.35万元", &[]),
            "新建商品住宅均价"
        );
    }

    #[test]
    fn attribute_owner_drops_the_previous_attribute() {
        let s = subj(
            "总投资26.5亿元，年度计划投资9.6亿元",
            "9.6亿元",
            &["26.5亿元"],
        );
        assert!(!s.contains("总投资") && s.ends_with("年度计划投资"), "{s}");
    }

    #[test]
    fn chained_figures_share_the_phrase_after() {
        let s = "国能青山200MW/400MWh储能电站主体工程已完工";
        assert!(subj(s, "200MW", &["400MWh"]).starts_with("储能电站"));
        assert!(subj(s, "400MWh", &["200MW"]).starts_with("储能电站"));
        // A shared storage station (共享储能, a word of the dictionary: jieba tags 共享 a
        // verb) is the thing after the chain too.
        let got = super::test_rows::subjects("今年将新建100MW/200MWh共享储能电站。");
        assert!(got.iter().all(|r| r.1 == "共享储能电站"), "{got:?}");
    }

    #[test]
    fn a_new_change_word_replaces_the_previous_one() {
        let s = subj(
            "总产量达到2.35亿公斤，比上年增加1,200万公斤，增长5.4%",
            "5.4%",
            &["2.35亿公斤", "1,200万公斤"],
        );
        assert!(s.ends_with("总产量增长"), "{s}");
    }

    #[test]
    fn a_share_names_its_population() {
        let s = subj(
            "全县农村劳动力中接受过职业技能培训人员的比例达到35%",
            "35%",
            &[],
        );
        assert!(s.starts_with("农村劳动力中") && s.ends_with("比例"), "{s}");
    }

    #[test]
    fn a_change_keeps_the_measure_it_changes() {
        // 收入 is an attribute, but what grows is the income itself.
        let s = subj(
            "实现旅游总收入186.9亿元，增长14.1%",
            "14.1%",
            &["186.9亿元"],
        );
        assert_eq!(s, "旅游总收入增长");
        let s = subj("营业收入4312亿元，增幅3.8%", "3.8%", &["4312亿元"]);
        assert_eq!(s, "营业收入增幅");
    }

    #[test]
    fn verbs_of_having_are_not_part_of_the_subject() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let having = pats.cues.at(crate::cue!("subject.having_verb"));
        let names = pats.cues.at(crate::cue!("subject.having_name"));
        let strip = |p: &str| without_having_verbs(having, names, p.to_string());
        assert_eq!(strip("全镇共有家庭农场"), "全镇家庭农场");
        assert_eq!(strip("零售業共有"), "零售業");
        assert_eq!(strip("拥有星级酒店"), "星级酒店");
        assert_eq!(strip("园区已有企业"), "园区企业");
        // A measure named by the verb keeps it.
        assert_eq!(strip("民用汽车拥有量"), "民用汽车拥有量");
        assert_eq!(strip("共有产权住房"), "共有产权住房");
    }

    #[test]
    fn support_verbs_are_not_part_of_the_subject() {
        assert_eq!(
            subj("一般公共预算收入完成15.6亿元", "15.6亿元", &[]),
            "一般公共预算收入"
        );
        assert_eq!(
            subj("全年实现营业收入4312亿元", "4312亿元", &[]),
            "营业收入"
        );
    }

    #[test]
    fn only_the_attribute_carries_over_to_the_phrase_after_de() {
        let s = subj(
            "下半年将加快推进总投资18亿元的南湖文旅综合体项目建设",
            "18亿元",
            &[],
        );
        assert!(
            s.starts_with("南湖文旅综合体") && s.ends_with("总投资") && !s.contains("推进"),
            "{s}"
        );
    }

    #[test]
    fn the_words_come_from_the_loaded_rules() {
        // Without its subject.denominator rule, 每斤 stays in the subject.
        let text: String = include_str!("../../patterns/cues.tsv")
            .lines()
            .filter(|l| !l.starts_with("subject.denominator\t"))
            .map(|l| format!("{l}\n"))
            .collect();
        let cues = crate::patterns::load_cues(text.as_bytes(), "cues.tsv").unwrap();
        let s = "优质薄皮核桃售价可达每斤12元";
        assert_eq!(subj(s, "12元", &[]), "优质薄皮核桃售价");
        assert!(subj_with(&cues, s, "12元", &[]).contains("每斤"));
    }

    #[test]
    fn a_share_clause_names_its_owner() {
        // The owner is the measure of the figure before (its change word dropped).
        assert_eq!(
            subj(
                "全县旅游业增加值45.2亿元，增长6.1%，占GDP的12.3%",
                "12.3%",
                &["45.2亿元", "6.1%"]
            ),
            "旅游业增加值占GDP"
        );
        // A subject that already names its owner keeps it.
        assert_eq!(
            subj("茶叶产值占比达到31%", "31%", &[]),
            subj_with(
                &crate::patterns::Patterns::builtin().unwrap().cues,
                "茶叶产值占比达到31%",
                "31%",
                &[]
            )
        );
        assert!(subj("茶叶产值占比达到31%", "31%", &[]).starts_with("茶叶产值"));
        // Nor the measure of its change (增幅 … 占: the amount's share).
        use super::test_rows::subjects;
        let got = subjects(
            "全县民营企业营业收入52亿元，增长6%，增幅比上年回落1个百分点；占全县的61.5%。",
        );
        assert!(
            got.contains(&("61.5%".to_string(), "民营企业营业收入占全县".to_string())),
            "{got:?}"
        );
    }

    #[test]
    fn a_rate_owns_no_amount_after_it() {
        let s = subj(
            "新建项目开复工率91.2%；累计完成投资33.5亿元",
            "33.5亿元",
            &["91.2%"],
        );
        assert!(!s.contains("复工率"), "{s}");
        assert!(s.ends_with("完成投资"), "{s}");
    }

    #[test]
    fn items_holding_a_joiner_split_at_enumeration_commas() {
        let s = "蔬菜、肉禽和蛋品、水产品的销量分别增长3.1%、1.2%和0.8%";
        let figs = ["3.1%", "1.2%", "0.8%"];
        let others = |f: &str| -> Vec<&str> { figs.iter().copied().filter(|x| *x != f).collect() };
        assert_eq!(subj(s, "3.1%", &others("3.1%")), "蔬菜的销量增长");
        assert_eq!(subj(s, "1.2%", &others("1.2%")), "肉禽和蛋品的销量增长");
        assert_eq!(subj(s, "0.8%", &others("0.8%")), "水产品的销量增长");
    }

    #[test]
    fn scope_words_stay_whole_when_a_subject_is_cut() {
        let s = subj(
            "全县规模以上高新技术制造业增加值同比增长12.5%",
            "12.5%",
            &[],
        );
        assert!(!s.starts_with("以上"), "{s}");
    }

    #[test]
    fn a_structure_changed_to_a_ratio_keeps_its_name() {
        let s = "全县三次产业结构由上年的12.1:40.3:47.6调整为11.8:39.9:48.3";
        let a = subj(s, "12.1:40.3:47.6", &["11.8:39.9:48.3"]);
        assert_eq!(a, "三次产业结构");
        let b = subj(s, "11.8:39.9:48.3", &["12.1:40.3:47.6"]);
        assert!(b.starts_with("三次产业结构"), "{b}");
    }

    #[test]
    fn counts_in_a_breakdown_name_their_part() {
        let s = "其中，物流专班1个项目，康养专班2个项目";
        assert_eq!(subj(s, "1个", &["2个"]), "物流专班项目");
        assert_eq!(subj(s, "2个", &["1个"]), "康养专班项目");
        // A scope or a verb before the count is no part.
        assert_eq!(subj("全县已累计建成326个充电桩", "326个", &[]), "充电桩");
        assert_eq!(subj("青山县15个村", "15个", &[]), "村");
    }

    #[test]
    fn overlap_merge() {
        assert_eq!(merge("石灰岩资源", "资源储量"), "石灰岩资源储量");
        assert_eq!(merge("", "储量"), "储量");
    }

    // Issue 12, held-out E.

    #[test]
    fn an_attribute_without_owner_measures_what_is_built_after_it() {
        assert_eq!(
            subj("四是投资320万元迁建城南小学", "320万元", &[]),
            "迁建城南小学投资"
        );
        // Nothing after the figure: the attribute alone.
        assert_eq!(subj("三是投资500万元", "500万元", &[]), "投资");
    }

    #[test]
    fn a_count_opening_its_clause_names_what_it_does() {
        assert_eq!(
            subj("3200余人参加志愿服务，清理垃圾12吨", "3200余人", &["12吨"]),
            "参加志愿服务"
        );
        // A copula jieba glued to a preposition (是/从 → 是从) is no action.
        assert_eq!(subj("其中860人次是从北口入境", "860人次", &[]), "");
    }

    #[test]
    fn a_locative_at_the_phrase_start_stays_when_nothing_was_cut() {
        assert!(subj("沿岸渔业年产量4,000余公吨", "4,000余公吨", &[]).starts_with("沿岸"));
    }

    #[test]
    fn a_condition_opening_the_clause_names_no_measure() {
        let s = "全县税收收入8.2亿元，扣除退税因素后增长3.5%，按同口径计算下降2.1%";
        let others = ["8.2亿元", "3.5%", "2.1%"];
        assert_eq!(subj(s, "3.5%", &others), "税收收入增长");
        assert_eq!(subj(s, "2.1%", &others), "税收收入下降");
        // A phrase after the condition keeps its own measure.
        let s = "按可比价格计算，工业增加值增长6.1%";
        assert_eq!(subj(s, "6.1%", &[]), "工业增加值增长");
    }

    #[test]
    fn a_change_word_alone_takes_the_measure_before() {
        let s = "县级财政收入完成12.5亿元，减少0.3亿元，负增长2.4%";
        let others = ["12.5亿元", "0.3亿元", "2.4%"];
        assert_eq!(subj(s, "2.4%", &others), "县级财政收入负增长");
        let s = "登记失业率2.1%，则微升0.2个百分点";
        assert_eq!(subj(s, "0.2个百分点", &["2.1%"]), "登记失业率微升");
        // An average over years opens the change as a manner does.
        let s = "全市技改投入分别为12亿元、15亿元，预计年均增长9.6%";
        let others = ["12亿元", "15亿元", "9.6%"];
        assert_eq!(subj(s, "9.6%", &others), "技改投入年均增长");
        let s = "全镇税收3.2亿元，平均增长4%";
        assert_eq!(subj(s, "4%", &["3.2亿元", "4%"]), "税收平均增长");
    }

    #[test]
    fn an_owner_named_again_by_its_last_word_owns_the_attribute() {
        let s = "全区游泳场馆12个，场馆面积1.8万平方米";
        assert_eq!(subj(s, "1.8万平方米", &["12个"]), "游泳场馆面积");
        let s = "签约重大项目9个，项目总投资86亿元";
        assert_eq!(subj(s, "86亿元", &["9个"]), "签约重大项目总投资");
        // Another owner, or one word alone, is not a restated one.
        let s = "全区游泳场馆12个，体育馆面积1.8万平方米";
        assert_eq!(subj(s, "1.8万平方米", &["12个"]), "体育馆面积");
    }

    #[test]
    fn a_compared_rate_takes_the_measure_before() {
        let s = "快递业务收入比上年增长21.4%，增速比上年加快3.2个百分点";
        let others = ["21.4%", "3.2个百分点"];
        assert_eq!(
            subj(s, "3.2个百分点", &others),
            "快递业务收入增速比上年加快"
        );
    }

    #[test]
    fn a_rate_compared_by_an_adjective_takes_the_measure_before() {
        // 比 + base + 高 right before the points: the rate of the measure before.
        let s = "全年港口货物吞吐量同比增长6.2%，增速比全省平均水平高0.8个百分点";
        let others = ["6.2%", "0.8个百分点"];
        assert_eq!(
            subj(s, "0.8个百分点", &others),
            "港口货物吞吐量增速比全省平均水平高"
        );
        // Without the rate word, the rate is named; 提高 is a change, no adjective.
        let s = "林业产值增长3.5%，比全市平均水平低1.1个百分点，比上年提高0.4个百分点";
        let others = ["3.5%", "1.1个百分点", "0.4个百分点"];
        assert_eq!(
            subj(s, "1.1个百分点", &others),
            "林业产值增速比全市平均水平低"
        );
        // A rate's own comparison keeps the rate.
        let s = "城镇调查失业率为4.6%，比上季度低0.3个百分点";
        assert_eq!(
            subj(s, "0.3个百分点", &["4.6%"]),
            "城镇调查失业率比上季度低"
        );
    }

    #[test]
    fn a_change_closing_the_phrase_takes_no_room() {
        // The measure keeps its full length before 同比增长.
        let s = "上半年全区城镇常住居民人均可支配收入同比增长5.1%";
        assert_eq!(subj(s, "5.1%", &[]), "城镇常住居民人均可支配收入同比增长");
        // A negation opening the phrase after a lead word stays (暂未).
        let s = "导致暂未播种耕地面积较上年增加55.5亩";
        assert_eq!(subj(s, "55.5亩", &[]), "暂未播种耕地面积较上年增加");
    }

    #[test]
    fn note_marks_name_nothing_measured() {
        let s = "全年全市生产总值[3]6120亿元，比上年增长5.2%";
        let others = ["6120亿元", "5.2%"];
        assert_eq!(subj(s, "6120亿元", &others), "生产总值");
        assert_eq!(subj(s, "5.2%", &others), "生产总值增长");
        assert_eq!(without_note_marks("常住人口［１２］".into()), "常住人口");
        // A bracket holding more than a mark stays.
        assert_eq!(without_note_marks("产量[2021版]".into()), "产量[2021版]");
    }

    #[test]
    fn a_space_between_chinese_chars_parts_a_phrase() {
        let s = "全县旅游业实现增长 住宿业营业额增长12.5%";
        assert_eq!(subj(s, "12.5%", &[]), "住宿业营业额增长");
    }

    #[test]
    fn a_comparison_after_a_scope_adverb_continues_the_measure() {
        let s = "户籍人口48.1万人，均较上年末增加2100人";
        assert_eq!(subj(s, "2100人", &["48.1万人"]), "户籍人口增加");
        // A noun after the scope words is a measure of its own.
        let s = "开发区工业总产值386.5亿元，占全县的比重达到78.2%";
        assert!(subj(s, "78.2%", &["386.5亿元"]).contains("占全县"));
    }

    #[test]
    fn a_daily_average_is_the_measure_before_per_day() {
        let s = "三月客运量128万人次，日均约4.1万人次";
        let others = ["128万人次", "约4.1万人次"];
        assert_eq!(subj(s, "约4.1万人次", &others), "三月客运量日均");
    }

    #[test]
    fn a_subject_stops_before_the_next_item_of_a_list() {
        let s = "年产2.5万吨工业涂料和0.3万吨粉末涂料项目开工";
        let others = ["2.5万吨", "0.3万吨"];
        assert_eq!(subj(s, "2.5万吨", &others), "工业涂料");
        // (This helper reads every figure as a count, so the state after the project,
        // 开工, opens it; the pipeline reads 万吨 as no count: see the extractor's test
        // a_count_takes_the_state_written_after_its_thing.)
        assert!(subj(s, "0.3万吨", &others).ends_with("粉末涂料项目"));
        let s = "新建4万吨/年环氧树脂及2万吨/年固化剂项目";
        assert_eq!(subj(s, "4万吨/年", &["2万吨/年"]), "环氧树脂");
        // A joiner inside a name without a figure after it stays (酒店及公寓住客).
        let s = "全年酒店及公寓住客达1410万人次";
        assert_eq!(subj(s, "1410万人次", &[]), "酒店及公寓住客");
    }

    #[test]
    fn an_item_after_a_quantified_item_starts_after_the_joiner() {
        let s = "完成功率200千瓦的东坪泵站和功率150千瓦的新建泵站工程和长12.5公里的河堤加固工程";
        let others = ["200千瓦", "150千瓦", "12.5公里"];
        let first = subj(s, "200千瓦", &others);
        assert!(
            first.starts_with("东坪泵站") && !first.contains('和'),
            "{first}"
        );
        assert_eq!(subj(s, "12.5公里", &others), "河堤加固工程长");
        let s = "保障了沿河镇2.6万亩的农田灌溉和1.1万人的生活用水";
        assert_eq!(subj(s, "1.1万人", &["2.6万亩"]), "生活用水");
    }

    #[test]
    fn a_level_after_a_change_by_a_figure_names_the_measure() {
        let s = "就业不足率则上升0.3个百分点至1.5%";
        assert_eq!(subj(s, "1.5%", &["0.3个百分点"]), "就业不足率");
        let s = "青年劳动力占失业人口比重回落2.6个百分点至13.2%";
        assert!(!subj(s, "13.2%", &["2.6个百分点"]).ends_with("回落"));
    }

    #[test]
    fn a_negation_opening_the_phrase_stays_in_it() {
        assert_eq!(
            subj("隐患点20处，其中不稳定斜坡7处。", "7处", &["20处"]),
            "不稳定斜坡"
        );
        assert_eq!(
            subj("今年不合格食品批次为9批次。", "9批次", &[]),
            "不合格食品批次"
        );
        // 不断 is an adverb of its own, no negation of what follows.
        assert_eq!(subj("全年不断加大投入2亿元。", "2亿元", &[]), "加大投入");
    }

    #[test]
    fn a_share_followed_by_a_stance_is_the_share_holding_it() {
        assert_eq!(
            subj("调查中，12.5%的居民表示不满意。", "12.5%", &[]),
            "居民不满意"
        );
        assert_eq!(
            subj("其中30%很不满意、18%还算满意。", "18%", &["30%"]),
            "还算满意"
        );
        assert_eq!(
            subj("其中30%很不满意、18%还算满意。", "30%", &["18%"]),
            "很不满意"
        );
        assert_eq!(
            subj_trad("最新數字是64%滿意，9%不滿。", "9%", &["64%"]),
            "不滿"
        );
        // The stance before a share word that names nothing itself.
        assert_eq!(
            subj("另有受访者表示不认同的，只占4%。", "4%", &[]),
            "不认同"
        );
        // A share followed by a verb before the stance word is no poll.
        assert_ne!(subj("资金的30%用于支持企业。", "30%", &[]), "支持");
    }

    #[test]
    fn a_time_named_by_an_event_is_no_part_of_the_measure() {
        assert_eq!(
            subj("托育中心数量已由改制前的8所增至30所。", "8所", &["30所"]),
            "托育中心数量"
        );
        assert_eq!(
            subj("托育中心数量已由改制前的8所增至30所。", "30所", &["8所"]),
            "托育中心数量"
        );
        assert_eq!(
            subj_trad("托嬰中心數量已由就任前的6處增至40處。", "6處", &["40處"]),
            "托嬰中心數量"
        );
    }

    #[test]
    fn a_bracket_closed_without_opening_ends_no_subject() {
        // An outline number whose opening bracket the clause left behind.
        assert_eq!(
            subj("（三）全镇农村居民人均可支配收入1.9万元", "1.9万元", &[]),
            "全镇农村居民人均可支配收入"
        );
        // The tail of an aside cut at its comma.
        assert_eq!(
            subj("本级（不含开发区，下同）税收收入8200万元", "8200万元", &[]),
            "税收收入"
        );
        // A whole aside inside the phrase cuts nothing before it.
        assert_eq!(
            subj("工业用电量（含自备电厂）增长3.2%", "3.2%", &[]),
            "工业用电量增长"
        );
    }

    #[test]
    fn a_completion_rate_is_owned_by_the_figure_before() {
        assert_eq!(
            subj(
                "全区农村劳动力转移就业人数3120人，完成年度目标任务的104.2%",
                "104.2%",
                &["3120人"]
            ),
            "农村劳动力转移就业人数完成年度目标任务"
        );
        assert_eq!(
            subj("全县肉牛存栏8.6万头，完成112.5%", "112.5%", &["8.6万头"]),
            "肉牛存栏完成率"
        );
        // A change after the level is no completion.
        assert_eq!(
            subj("全县肉牛存栏8.6万头，增长12.5%", "12.5%", &["8.6万头"]),
            "肉牛存栏增长"
        );
    }

    #[test]
    fn a_clause_stating_a_comparison_names_no_topic() {
        assert_eq!(
            subj(
                "白萝卜价格2.4元/公斤，环比持平，同比上涨6.5%",
                "6.5%",
                &["2.4元/公斤"]
            ),
            "白萝卜价格上涨"
        );
    }
}

/// Lists, fragments, dates and changes named before read through the whole extraction
/// (sessions 27, 28).
#[cfg(test)]
mod list_tests {
    use super::test_rows::{subject_of, subjects};
    use crate::extract::{Extractor, Options};
    use crate::patterns::{Kind, Patterns};

    #[test]
    fn a_period_dates_the_measure_after_it_verbs_and_all() {
        // The measure counted after a period holds its verbs (新增/注册, 种植).
        assert_eq!(date_of("1-8月新增注册企业120户。", "1-8月"), "新增注册企业");
        assert_eq!(
            date_of("某镇2021年烟叶种植面积2580亩。", "2021年"),
            "烟叶种植面积"
        );
        // A link verb before the figure is none of it.
        assert_eq!(date_of("1-8月新增企业达到120户。", "1-8月"), "新增企业");
    }

    #[test]
    fn a_day_opening_a_sentence_dates_the_verb_and_object_or_the_name_after_it() {
        // A clause opening with a verb: the verb and the head noun after the particle.
        let t = "6月3日，走进绿意盎然的万亩茶园基地，采茶工正在忙碌。";
        assert_eq!(date_of(t, "6月3日"), "走进万亩茶园基地");
        // A copula before an ordinal and a quoted name: that name.
        let t = "9月20日是第7个“全国爱牙日”，县卫健局开展了义诊。";
        assert_eq!(date_of(t, "9月20日"), "全国爱牙日");
    }

    #[test]
    fn a_restated_day_dates_the_announcement_and_a_weekday_joins_the_date() {
        let t = "县文旅局今天（2024年4月8日）宣布，将于4月12日（星期五）恢复开放县博物馆。";
        assert_eq!(date_of(t, "2024年4月8日"), "县文旅局宣布");
        assert_eq!(date_of(t, "4月12日"), "恢复开放县博物馆");
        // An abbreviation in brackets after the doer goes.
        let t = "市城投集团(城投集团)今天(2024年4月8日)宣布，新馆落成。";
        assert_eq!(date_of(t, "2024年4月8日"), "市城投集团宣布");
    }

    #[test]
    fn a_modal_verb_stands_between_a_doer_and_its_event() {
        let t = "项目进展顺利，预计明年9月份二期厂房可建成投产。";
        assert_eq!(date_of(t, "9月份"), "二期厂房建成投产");
        let t = "目前主体已完工，新馆有望10月底开馆。";
        assert_ne!(date_of(t, "10月底"), "");
    }

    /// Subject of the date `date` in `text`.
    fn date_of(text: &str, date: &str) -> String {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let facts = ex.extract(text, Options::default()).facts;
        let row = facts
            .iter()
            .find(|f| f.kind == Kind::Date && f.text == date);
        row.unwrap_or_else(|| panic!("no date {date} in {facts:?}"))
            .subject
            .clone()
    }

    #[test]
    fn a_one_char_change_after_a_comparison_in_a_clause_of_its_own_is_kept() {
        // jieba reads 升 and 跌 alone as morphemes (zg), not verbs.
        let s = "税后经营利润达39.96亿元，按年升3%；营业额录得275亿元，按年跌5%。";
        assert_eq!(subject_of(s, "3%"), "经营利润升");
        assert_eq!(subject_of(s, "5%"), "营业额跌");
    }

    #[test]
    fn each_figure_of_a_respectively_list_keeps_the_change_written_before_it() {
        // Back to the figures before the clause.
        let s = "自来水供应量2.1亿吨，燃气供应量8.6亿立方米，分别比上年减少1.2%、增长4.5%。";
        assert_eq!(subject_of(s, "1.2%"), "自来水供应量减少");
        assert_eq!(subject_of(s, "4.5%"), "燃气供应量增长");
        // Items listed before 分别.
        let s = "分行业看，采矿业、制造业分别下降9.8%、增长6.5%。";
        assert_eq!(subject_of(s, "9.8%"), "采矿业下降");
        assert_eq!(subject_of(s, "6.5%"), "制造业增长");
    }

    #[test]
    fn items_in_clauses_of_their_own_before_an_official_name_and_respectively() {
        let s = "分门类看，采矿业，制造业，电力、热力、燃气及水生产和供应业分别下降9.8%、增长6.5%和增长4.1%。";
        assert_eq!(subject_of(s, "9.8%"), "采矿业下降");
        assert_eq!(subject_of(s, "6.5%"), "制造业增长");
        assert_eq!(
            subject_of(s, "4.1%"),
            "电力、热力、燃气及水生产和供应业增长"
        );
    }

    #[test]
    fn official_industry_names_written_with_a_particle_or_without_their_mark_stay_whole() {
        // The names of the classification as pages write them too (的 inside, or the 、
        // left out): one name each, not its last item.
        let s = "电力、热力、燃气及水的生产和供应业增加值同比下降3.8%。";
        assert_eq!(
            subject_of(s, "3.8%"),
            "电力、热力、燃气及水的生产和供应业增加值同比下降"
        );
        let s = "建筑装饰、装修和其他建筑业产值2.01亿元。";
        assert_eq!(subject_of(s, "2.01亿元"), "建筑装饰、装修和其他建筑业产值");
        let s = "其中，计算机通信和其他电子设备制造业(增长96.1%)等行业增势较好。";
        assert_eq!(subject_of(s, "96.1%"), "计算机通信和其他电子设备制造业增长");
    }

    #[test]
    fn parts_of_a_count_take_no_measure_from_a_figure_opening_the_sentence() {
        let s = "全年完成财政收入3.5亿元，新设外资企业16家，其中中外合资企业5家、外资企业11家。";
        assert_eq!(subject_of(s, "5家"), "中外合资企业");
        assert_eq!(subject_of(s, "11家"), "外资企业");
        assert_eq!(subject_of(s, "16家"), "新设外资企业");
    }

    #[test]
    fn a_noun_right_before_the_next_figure_is_that_figures() {
        let s = "北港区水深约4.5米码头岸线1200米，年吞吐量80万吨。";
        assert_eq!(subject_of(s, "约4.5米"), "北港区水深");
        assert_eq!(subject_of(s, "1200米"), "码头岸线");
        // A count's noun stays its own (9个村260余户), and so does a noun after a figure
        // a longer phrase comes before.
        let s = "共涉及9个村260余户农民。";
        assert_eq!(subject_of(s, "9个"), "涉及村");
    }

    #[test]
    fn items_listed_after_a_respectively_colon_take_the_measure_before_it() {
        let s = "今年全县高龄补贴发放人数分别为：80-89岁3,150人、90岁以上420人，合计3,570人。";
        assert_eq!(subject_of(s, "3,150人"), "80-89岁高龄补贴发放人数");
        assert_eq!(subject_of(s, "420人"), "90岁以上高龄补贴发放人数");
        assert_eq!(subject_of(s, "3,570人"), "高龄补贴发放人数合计");
        // Without 分别 the colon introduces no shared measure.
        let s = "今年全县高龄补贴发放人数：80-89岁3,150人。";
        assert_ne!(subject_of(s, "3,150人"), "80-89岁高龄补贴发放人数");
    }

    #[test]
    fn an_outline_marker_is_no_part_of_a_subject() {
        let s = "一、甲港26万吨；二、乙港50万吨。";
        assert_eq!(subject_of(s, "26万吨"), "甲港");
        assert_eq!(subject_of(s, "50万吨"), "乙港");
        // Numerals of a term stay (二、三产业).
        let s = "二、三产业增加值增长5%。";
        assert_eq!(subject_of(s, "5%"), "二、三产业增加值增长");
    }

    #[test]
    fn a_label_before_a_colon_names_the_figure_after_it() {
        // Each item's own label, not doubled (青岛港青岛港) nor the first item's.
        let s = "一、青岛港：26万标箱（同比增长5%）；二、烟台港：50万标箱（同比增长16%）。";
        assert_eq!(subject_of(s, "26万标箱"), "青岛港");
        assert_eq!(subject_of(s, "50万标箱"), "烟台港");
        assert_eq!(subject_of(s, "16%"), "烟台港同比增长");
        assert_eq!(subject_of("青岛港：26万吨。", "26万吨"), "青岛港");
    }

    #[test]
    fn a_sentence_opening_with_a_rank_lead_ranks_places_by_the_lead_measure() {
        let s = "全省去年人口自然增长率为3.1‰。最高为甲县5.6‰，其次为乙县4.9‰，丙县4.2‰。";
        assert_eq!(subject_of(s, "5.6‰"), "甲县人口自然增长率");
        assert_eq!(subject_of(s, "4.9‰"), "乙县人口自然增长率");
        assert_eq!(subject_of(s, "4.2‰"), "丙县人口自然增长率");
        // A sentence opening otherwise keeps its own subjects.
        let s = "全省去年人口自然增长率为3.1‰。甲县5.6‰。";
        assert_ne!(subject_of(s, "5.6‰"), "甲县人口自然增长率");
    }

    #[test]
    fn a_later_item_of_a_respectively_list_takes_the_head_before_a_preposition() {
        let s = "快餐店的营业收入以价值计及数量计分别上升6.2%及3.1%。";
        assert_eq!(subject_of(s, "6.2%"), "快餐店的营业收入以价值计上升");
        assert_eq!(subject_of(s, "3.1%"), "快餐店的营业收入以数量计上升");
        // Without a preposition the first item's words stay its own.
        let s = "建成区绿化覆盖率和绿地率分别为41.5%和37.2%。";
        assert_eq!(subject_of(s, "37.2%"), "绿地率");
    }

    #[test]
    fn a_respectively_clause_listing_nothing_takes_the_list_of_the_clause_before() {
        let s = "增长较快的是东坝镇、西河乡和新雅街，同比分别增长9.9%、7.7%和4.0%。";
        assert_eq!(subject_of(s, "9.9%"), "东坝镇增长");
        assert_eq!(subject_of(s, "4.0%"), "新雅街增长");
        // The measure the clause names is each item's; a predicate and a group after 等
        // closing the earlier clause are no part of the last item.
        let s = "电视机、冰箱等家电销量回升，每百户拥有量分别为112台和98台。";
        assert_eq!(subject_of(s, "112台"), "电视机每百户拥有量");
        assert_eq!(subject_of(s, "98台"), "冰箱每百户拥有量");
        // A change after 比 and a particle is the attribute of each item.
        let s = "新签合同额、实际到位资金两项指标增长较快，分别比上年增长了12%和8%。";
        assert_eq!(subject_of(s, "8%"), "实际到位资金增长");
        // A clause that names a list itself keeps it.
        let s = "茶叶产量稳定，蔬菜、水果分别增长5.1%和3.2%。";
        assert_eq!(subject_of(s, "3.2%"), "水果增长");
    }

    #[test]
    fn items_holding_enumeration_commas_may_be_listed_one_per_clause() {
        let s = "其中，纺织、服装和服饰业，金属制品业，专用设备制造业保持较快增长，增速分别为\
                 21.9%、13.4%和10.2%。";
        assert_eq!(subject_of(s, "21.9%"), "纺织、服装和服饰业增速");
        assert_eq!(subject_of(s, "13.4%"), "金属制品业增速");
        assert_eq!(subject_of(s, "10.2%"), "专用设备制造业增速");
        // A count summing the items up closes the list and shares nothing with them.
        let s = "金属制品业，专用设备制造业，纺织、服装和服饰业3个行业保持增长，同比分别增长\
                 23.4%、4.2%和3.4%。";
        assert_eq!(subject_of(s, "3.4%"), "纺织、服装和服饰业增长");
        // A date in the clause before ends its list too.
        let s = "全县客运量和日均客运量在2019年达到高峰，分别为2.3亿人次和63万人次。";
        assert_eq!(subject_of(s, "63万人次"), "日均客运量");
    }

    #[test]
    fn a_comma_between_the_figures_of_a_respectively_list_ends_no_clause() {
        let s = "同期，水果、肉类、医药材及药品分别进口29.8亿元、16.2亿元，12.9亿元。";
        assert_eq!(subject_of(s, "29.8亿元"), "水果进口");
        assert_eq!(subject_of(s, "12.9亿元"), "医药材及药品进口");
    }

    #[test]
    fn a_member_with_its_figure_in_brackets_names_its_value_of_the_lists_measure() {
        let s = "前三季度对主要市场出口增速分别为欧盟(12.5%)、东盟(8.1%)及北美与日本(3.2%)。";
        assert_eq!(subject_of(s, "12.5%"), "欧盟出口增速");
        assert_eq!(subject_of(s, "8.1%"), "东盟出口增速");
        assert_eq!(subject_of(s, "3.2%"), "北美与日本出口增速");
        // A scope word and its noun name the members' class.
        let s = "各乡镇蔬菜产量依次为：东坝镇（3.6万吨）、西河乡（2.2万吨）。";
        assert_eq!(subject_of(s, "3.6万吨"), "东坝镇蔬菜产量");
        assert_eq!(subject_of(s, "2.2万吨"), "西河乡蔬菜产量");
        // A single bracketed figure is no list.
        let s = "全年蔬菜产量为东坝镇（3.6万吨）最高。";
        assert_ne!(subject_of(s, "3.6万吨"), "东坝镇蔬菜产量");
    }

    #[test]
    fn a_respectively_list_of_another_length_names_the_shared_measure_only() {
        let s = "甲县、乙县、丙县分别完成投资12亿元和8亿元。";
        assert_eq!(subject_of(s, "12亿元"), "完成投资");
        assert_eq!(subject_of(s, "8亿元"), "完成投资");
        let s = "稻谷、玉米、大豆产量分别增长2.1%、3.4%。";
        assert_eq!(subject_of(s, "2.1%"), "产量增长");
        // As many items as figures: each its own.
        let s = "稻谷、玉米产量分别增长2.1%、3.4%。";
        assert_eq!(subject_of(s, "3.4%"), "玉米产量增长");
    }

    #[test]
    fn a_lone_change_after_a_respectively_list_is_the_shared_measure() {
        let s = "城东区和城西区分别完成投资21.5亿元和9.8亿元，增长12.3%。";
        assert_eq!(subject_of(s, "21.5亿元"), "城东区完成投资");
        assert_eq!(subject_of(s, "9.8亿元"), "城西区完成投资");
        assert_eq!(subject_of(s, "12.3%"), "完成投资增长");
    }

    #[test]
    fn respectively_figures_take_the_clauses_before_one_each() {
        let s = "9个农业项目完成投资12.5亿元，15个工业项目完成投资30.2亿元，6个民生项目完成投资8.4亿元，分别占年计划的51.2%、47.6%、39.9%。";
        for (fig, item) in [("51.2%", "农业"), ("47.6%", "工业"), ("39.9%", "民生")] {
            let p = subject_of(s, fig);
            assert!(p.starts_with(item) && p.ends_with("投资占年计划"), "{p}");
        }
        // The list in the clause right before: its items.
        let s = "全县完成投资100亿元，其中工业投资60亿元、服务业投资40亿元，分别增长5%和6%。";
        assert_eq!(subject_of(s, "5%"), "工业投资增长");
        assert_eq!(subject_of(s, "6%"), "服务业投资增长");
    }

    #[test]
    fn points_after_respectively_exceed_for_the_items_before() {
        let s =
            "东片、西片项目投资完成率分别为62.1%、55.4%，分别超时序进度3.2个百分点、1.5个百分点。";
        let p = subject_of(s, "3.2个百分点");
        assert!(p.starts_with("东片") && p.ends_with("超时序进度"), "{p}");
        let p = subject_of(s, "1.5个百分点");
        assert!(p.starts_with("西片") && p.ends_with("超时序进度"), "{p}");
    }

    #[test]
    fn a_place_item_borrows_the_measure_without_the_earlier_place() {
        let s = "甲镇新增就业1200人、乙镇800人、丙乡600人。";
        assert_eq!(subject_of(s, "800人"), "乙镇新增就业");
        assert_eq!(subject_of(s, "600人"), "丙乡新增就业");
        let s = "高新区招商引资到位资金25亿元，经开区18亿元，滨江新区12亿元。";
        assert_eq!(subject_of(s, "18亿元"), "经开区招商引资到位资金");
        assert_eq!(subject_of(s, "12亿元"), "滨江新区招商引资到位资金");
        // A common noun opening the measure is no earlier item's place.
        let s = "老旧小区改造1200户，其中城区800户、郊区400户。";
        assert_eq!(subject_of(s, "800户"), "城区老旧小区改造");
        // Items of the same kind of zone: the earlier zone's name goes.
        let s = "城东片区新增就业1200人、城西片区800人。";
        assert_eq!(subject_of(s, "800人"), "城西片区新增就业");
    }

    #[test]
    fn fragments_name_no_measure() {
        let s = "今年社会消费品零售额增长在5%-8%范围内。";
        let p = subject_of(s, "5%-8%");
        assert!(!p.contains("范围") && p.contains("零售额"), "{p}");
        let s = "全县生猪出栏30万头，基本持平，增长0.1%。";
        assert_eq!(subject_of(s, "0.1%"), "生猪出栏增长");
        // A fragment inside a name stays.
        let got = subjects("全县规模以上工业企业达到120家。");
        assert!(got.iter().any(|(_, p)| p.contains("规模以上")), "{got:?}");
    }

    #[test]
    fn a_date_things_stand_at_dates_the_measure_after_it() {
        assert_eq!(
            date_of("截至9月底，全县已开工项目45个。", "9月底"),
            "开工项目"
        );
        assert_eq!(
            date_of("截止5月份,,全县固定资产投资完成74.5亿元。", "5月份"),
            "固定资产投资"
        );
        // A page is read as traditional from three chars only traditional script uses.
        assert_eq!(
            date_of("截至7月底,全縣工程開累完成投資32.6億元。", "7月底"),
            "工程開累完成投資"
        );
        // A period's count of items dates nothing.
        assert_eq!(date_of("2023年，全县有规上企业313家。", "2023年"), "");
    }

    #[test]
    fn a_sentence_opening_with_a_month_comparison_continues_the_measure_before() {
        let s = "鸡蛋平均零售价格每斤为4.50元，与上期比上涨1.2%。月环比上涨2.3%。同比下跌0.8%。";
        assert_eq!(subject_of(s, "2.3%"), "鸡蛋平均零售价格月环比上涨");
        assert_eq!(subject_of(s, "0.8%"), "鸡蛋平均零售价格同比下跌");
    }

    #[test]
    fn a_change_of_one_char_is_the_change_of_the_measure_before() {
        let s = "全年羊肉产量3.15万吨，增1.2%；禽蛋产量8.6万吨，降0.4%。";
        assert_eq!(subject_of(s, "1.2%"), "羊肉产量增");
        assert_eq!(subject_of(s, "0.4%"), "禽蛋产量降");
        // A level reached after a change is the measure itself.
        let s = "耕地面积年增0.1%，至1.19亿公顷。";
        assert_eq!(subject_of(s, "1.19亿公顷"), "耕地面积");
    }

    #[test]
    fn a_rate_named_with_its_change_is_the_rate_of_the_change_before() {
        let s = "其中纺织行业同比增长6.5%，增速收窄2.1个百分点；食品行业同比增长3.2%，增速回落1.4个百分点。";
        assert_eq!(subject_of(s, "2.1个百分点"), "纺织行业增速收窄");
        assert_eq!(subject_of(s, "1.4个百分点"), "食品行业增速回落");
        let s = "全县出口总额同比增长12%，增幅扩大3个百分点。";
        assert_eq!(subject_of(s, "3个百分点"), "出口总额增幅扩大");
    }

    #[test]
    fn a_comparison_and_a_change_alone_take_the_topic_before() {
        let s = "关于私营机构的投诉，较去年同期增长12%。";
        assert_eq!(subject_of(s, "12%"), "私营机构的投诉较去年同期增长");
        let s = "食品安全方面，关于餐饮单位的投诉，较去年轻微上升3%，增至645宗。";
        assert_eq!(subject_of(s, "3%"), "餐饮单位的投诉较去年轻微上升");
        assert_eq!(subject_of(s, "645宗"), "餐饮单位的投诉");
        // A month a comparison names is a time too, in a bracket after the level.
        let s = "九月份登記的車輛轉讓合約共1200份(較八月份下跌6.5%,與去年九月比較,亦下跌9.5%)";
        assert_eq!(
            subject_of(s, "6.5%"),
            "九月份登記的車輛轉讓合約較八月份下跌"
        );
        assert_eq!(
            subject_of(s, "9.5%"),
            "九月份登記的車輛轉讓合約較去年九月下跌"
        );
        let got = subject_of("本月登記的車輛轉讓合約共1200份(較八月份下跌6.5%)", "6.5%");
        assert!(
            got.starts_with("登記的車輛轉讓合約") && got.ends_with("八月份下跌"),
            "{got}"
        );
    }

    #[test]
    fn a_land_area_after_an_investment_is_the_owners() {
        // 占地 is a word of its own, no share verb: the land of the project named before.
        let s = "某物流园项目总投资12亿元，占地360亩，一期总投资5亿元。";
        assert_eq!(subject_of(s, "360亩"), "某物流园项目占地");
        // The phase names its own investment (segment.retag: 一期 is a phase word).
        assert_eq!(subject_of(s, "5亿元"), "一期总投资");
        // The share verb alone still states a share of what was named before.
        let s = "全县蔬菜播种面积12万亩，占全市的21.5%。";
        assert_eq!(subject_of(s, "21.5%"), "蔬菜播种面积占全市");
    }

    #[test]
    fn a_respectively_list_shares_the_tail_after_a_name_as_long_as_its_items() {
        // 纺织服装 is one name: the items share 产值, not 服装产值.
        let s = "其中，电子信息、食品加工、纺织服装产值分别增长5.1%、4.2%和3.3%。";
        assert_eq!(subject_of(s, "5.1%"), "电子信息产值增长");
        assert_eq!(subject_of(s, "4.2%"), "食品加工产值增长");
        assert_eq!(subject_of(s, "3.3%"), "纺织服装产值增长");
        // A short item still leaves the words after the last item's first one.
        let s = "限额以上单位中，城镇、乡村消费品零售额分别增长4.2%和5.6%。";
        assert_eq!(subject_of(s, "4.2%"), "城镇消费品零售额增长");
    }

    #[test]
    fn a_change_on_the_month_or_quarter_before_takes_the_measure() {
        // 月减, 季增 (Taiwan's words for month-on-month and quarter-on-quarter) are
        // changes: the measure before them is theirs, as it is 年增's.
        let s = "4月出口374.8亿美元，月减10.4%、年增4.3%。";
        assert_eq!(subject_of(s, "10.4%"), "出口月减");
        assert_eq!(subject_of(s, "4.3%"), "出口年增");
        assert_eq!(subject_of("本季营收12亿元，季增5%。", "5%"), "营收季增");
    }

    #[test]
    fn items_that_are_parts_of_the_first_items_last_word_take_its_head() {
        // 出口 and 进口 are parts of 进出口: the group before it is theirs too.
        let s = "外资企业进出口、出口和进口分别完成600、60和540万美元，分别增长5%、6%和7%。";
        assert_eq!(subject_of(s, "60"), "外资企业出口");
        assert_eq!(subject_of(s, "540万美元"), "外资企业进口");
        assert_eq!(subject_of(s, "7%"), "外资企业进口增长");
        let s = "全市汽车产销量、产量和销量分别为30万辆、16万辆和14万辆。";
        assert_eq!(subject_of(s, "16万辆"), "汽车产量");
        assert_eq!(subject_of(s, "14万辆"), "汽车销量");
        // An item that is no part of it keeps its own words (绿地率 is not in 覆盖率).
        let s = "建成区绿化覆盖率和绿地率分别达到40%和35%。";
        assert_eq!(subject_of(s, "35%"), "绿地率");
    }

    #[test]
    fn a_topic_runs_over_its_conjunction_and_keeps_its_determiner() {
        let s = "煤炭和天然气开采业占比36.3%，增加值同比增长6.4%。";
        assert_eq!(subject_of(s, "6.4%"), "煤炭和天然气开采业增加值同比增长");
        let s = "其他制造业占比0.2%，增加值同比增长42.9%。";
        assert_eq!(subject_of(s, "42.9%"), "其他制造业增加值同比增长");
        // A pronoun that is no category's word still opens the clause only (该行业).
        let s = "该行业占比5%，增加值同比增长3.2%。";
        assert_eq!(subject_of(s, "3.2%"), "行业增加值同比增长");
    }

    #[test]
    fn parallel_phrases_opening_alike_share_no_tail() {
        // Each item is a trade with its own goods: 天然气 is the last item's, no one else's.
        let s = "全年口岸对韩出口服装鞋帽、对韩出口工程机械、对韩进口液化天然气分别增长12.5%、31.2%和8.4%。";
        assert_eq!(subject_of(s, "12.5%"), "口岸对韩出口服装鞋帽增长");
        assert_eq!(subject_of(s, "31.2%"), "口岸对韩出口工程机械增长");
        // Short names opening alike still share the tail.
        let s = "通信工具和通信服务支出分别增长25.1%、6.3%。";
        assert_eq!(subject_of(s, "25.1%"), "通信工具支出增长");
    }

    #[test]
    fn a_category_alone_after_a_sibling_takes_its_measure() {
        let s = "全县规模以上工业增加值增长6.2%，建筑业增长3.1%。";
        assert_eq!(subject_of(s, "3.1%"), "建筑业增加值增长");
        let s = "分类别看，家电类零售额同比增长9.4%，日用品类增长2.5%，汽车类下降6.1%。";
        assert_eq!(subject_of(s, "2.5%"), "日用品类零售额增长");
        assert_eq!(subject_of(s, "6.1%"), "汽车类零售额下降");
        // A verb cut off before the sibling's measure is no measure of its kind.
        let s = "全县农业龙头企业营业收入增长8%，服务业增长3%。";
        assert_eq!(subject_of(s, "3%"), "服务业增长");
        // A part that names its own measure keeps it.
        let s = "全县工业增加值增长6%，建筑业总产值增长2%。";
        assert_eq!(subject_of(s, "2%"), "建筑业总产值增长");
    }

    #[test]
    fn a_figure_opening_its_clause_is_the_phrase_after_its_copula() {
        let s = "全年争取资金8亿元，其中3.2亿元为中央资金，1.1亿元为省级资金。";
        assert_eq!(subject_of(s, "3.2亿元"), "中央资金");
        assert_eq!(subject_of(s, "1.1亿元"), "省级资金");
        // A share in brackets after it is that phrase's share, also in traditional text.
        let s = "總支出中，9.6億元(41.2%)為醫療補助，5.1億元(21.9%)為教育津貼。";
        // (Spending by purpose: the view's 支出 names the part's measure.)
        assert_eq!(subject_of(s, "9.6億元"), "醫療補助支出");
        assert_eq!(subject_of(s, "21.9%"), "教育津貼佔比");
        // A figure named before its copula, or one followed by a purpose, keeps its subject.
        assert_eq!(subject_of("全县粮食产量为12万吨。", "12万吨"), "粮食产量");
        let s = "全县完成投资8亿元，为实现全年目标打下基础。";
        assert_eq!(subject_of(s, "8亿元"), "完成投资");
    }

    #[test]
    fn sums_per_area_of_any_unit_or_per_month_name_it() {
        // Taiwan's units of area (公尺, 坪) and a monthly sum name their denominator too.
        let s = "標售單價為每平方公尺約28萬元，每坪約93萬元。";
        assert_eq!(subject_of(s, "約28萬元"), "標售單價（每平方公尺）");
        assert_eq!(subject_of(s, "約93萬元"), "標售單價（每坪）");
        let s = "某市高龄津贴每月600元。";
        assert_eq!(subject_of(s, "600元"), "某市高龄津贴（每月）");
    }

    #[test]
    fn a_scope_word_of_statistics_opens_the_subject() {
        // 非烟 (other than tobacco) is no adverb to drop before the sector.
        let s = "1-5月，全省非烟工业增加值增长9.1%。";
        assert_eq!(subject_of(s, "9.1%"), "非烟工业增加值增长");
        let s = "非烟非能工业实现增加值320亿元。";
        assert_eq!(subject_of(s, "320亿元"), "非烟非能工业增加值");
    }

    #[test]
    fn points_after_a_growth_change_its_rate() {
        // A bare raise after a growth, or a clause naming the rate and a base time.
        let s = "1-9月，全县民间投资增长6.2%，提高1.5个百分点。";
        assert_eq!(subject_of(s, "1.5个百分点"), "民间投资增速提高");
        let s = "前三季度，全市规上工业增加值同比增长5.1%，增速比上半年提高0.4个百分点。";
        assert_eq!(
            subject_of(s, "0.4个百分点"),
            "规上工业增加值增速比上半年提高"
        );
        let s = "全县蔬菜产量下降2.6%，降幅收窄0.8个百分点。";
        assert_eq!(subject_of(s, "0.8个百分点"), "蔬菜产量降幅收窄");
        // A figure after that one takes the measure, not the compared rate.
        let s = "全省非烟工业增长9.1%，增速比上月提高0.6个百分点，拉动全省工业增长4.2个百分点。";
        assert_eq!(subject_of(s, "4.2个百分点"), "非烟工业拉动全省工业增长");
        // A share raised by points stays the share's.
        let s = "数字经济占比32%，提高2个百分点。";
        assert_eq!(subject_of(s, "2个百分点"), "数字经济占比");
    }

    #[test]
    fn bases_listed_after_respectively_go_one_to_each_figure() {
        let s = "前三季度，全县地区生产总值增长6.4%，增速分别高于全国、全省1.2、0.9个百分点。";
        assert_eq!(subject_of(s, "1.2"), "地区生产总值增速高于全国");
        assert_eq!(subject_of(s, "0.9个百分点"), "地区生产总值增速高于全省");
        let s = "全市社会消费品零售总额增长8%，分别高于全国和全省2.1和1.3个百分点。";
        assert_eq!(
            subject_of(s, "1.3个百分点"),
            "社会消费品零售总额增速高于全省"
        );
        // One base for several figures is no such list.
        let s = "甲产业、乙产业分别增长12%、9%，分别高于规上工业5个和2个百分点。";
        assert_eq!(subject_of(s, "2个百分点"), "乙产业增速高于规上工业");
    }

    #[test]
    fn changes_listed_with_yu_after_ge_go_to_the_figures_before() {
        // 各 before a comparison lists as 分别 does; 与 between two figures joins them.
        let s = "订单指数与库存指数各为58.2%与47.5%，各较前期大涨12.4与6.1个百分点。";
        assert_eq!(subject_of(s, "12.4"), "订单指数大涨");
        assert_eq!(subject_of(s, "6.1个百分点"), "库存指数大涨");
        let s = "订单指数与库存指数分别为58.2%与47.5%，分别较前期上升12.4与6.1个百分点。";
        assert_eq!(subject_of(s, "6.1个百分点"), "库存指数上升");
        // A steep rise in one word is a change like any other.
        let s = "全县生猪存栏量跃升至12万头。";
        assert_eq!(subject_of(s, "12万头"), "生猪存栏量");
    }

    #[test]
    fn a_measure_ending_with_an_average_keeps_it() {
        // 均 of 平均 is no link word to drop (两年平均 → 两年平, as it was).
        let s = "全县规上工业增加值同比增长6.5%，两年平均增长5.9%，高于全市1.2个百分点。";
        assert_eq!(
            subject_of(s, "1.2个百分点"),
            "规上工业增加值两年平均增速高于全市"
        );
    }

    #[test]
    fn a_stock_grown_to_a_figure_drops_the_verb() {
        let s = "全镇肉牛发展到1.2万头，蔬菜种植面积扩大到3500亩。";
        assert_eq!(subject_of(s, "1.2万头"), "肉牛");
        assert_eq!(subject_of(s, "3500亩"), "蔬菜种植面积");
    }

    #[test]
    fn a_cut_through_a_zones_name_drops_its_kind() {
        // The length cut takes the zone's own name (太原); its kind alone (经济技术开发区,
        // 技术开发区) names no place, so the subject starts with the measure.
        let s = "太原经济技术开发区今年完成规上工业产值12.5亿元";
        assert_eq!(subject_of(s, "12.5亿元"), "规上工业产值");
        let s = "晋中经济技术开发区今年工业产值达8亿元";
        assert_eq!(subject_of(s, "8亿元"), "工业产值");
        // A zone whole within the length keeps its name.
        let s = "晋中高新区今年完成工业产值8亿元";
        assert!(subject_of(s, "8亿元").starts_with("晋中高新区"));
    }

    #[test]
    fn shares_listed_after_respectively_name_each_items_share() {
        let s = "全市生活垃圾中，厨余、废塑料、废纸分别占30%、21%、20%。";
        assert_eq!(subject_of(s, "21%"), "废塑料占比");
        assert_eq!(subject_of(s, "20%"), "废纸占比");
        let s = "甲镇、乙镇分别占全县的12%和9%。";
        assert_eq!(subject_of(s, "9%"), "乙镇占比");
    }

    #[test]
    fn a_level_change_in_points_after_a_growth_is_the_rates_change() {
        let s = "上半年全县农林牧渔业总产值25.67亿元，同比增长8%，较上年同期上升5.9个百分点。";
        assert_eq!(subject_of(s, "5.9个百分点"), "农林牧渔业总产值增速上升");
        let s = "全区地区生产总值同比增长1.3%，比一季度下降1.3个百分点。";
        assert_eq!(subject_of(s, "1.3个百分点"), "地区生产总值增速下降");
        // A share raised by points stays the share's.
        let s = "服务业增加值占比45%，提高1.5个百分点。";
        assert_eq!(subject_of(s, "1.5个百分点"), "服务业增加值占比");
    }
}
