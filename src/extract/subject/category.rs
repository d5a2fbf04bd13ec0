//! Figures of statistical releases that count or share categories, or belong to a group,
//! rather than to the measure written next to them:
//! - a count or share of categories with a change (21个行业增加值增长, 12种产品产量同比下降,
//!   近六成行业保持增长; 25种商品价格中14种上涨) counts the categories with that change
//!   ([`category_count`]: 增加值增长行业, 产量下降产品, 价格上涨商品);
//! - a share of categories (增长面为53.6%) names its categories ([`category_share`]: 行业增长面);
//! - a ranked group in a clause before the figure's (营业收入排名前20的…企业，实现营业收入…)
//!   owns the measures after it ([`ranked_group`]: 前20企业营业收入);
//! - a size class named by a range (10-50亿元企业) is never cut inside its range
//!   ([`size_class_start`]);
//! - a figure after a bracket breaking a total down (（其中…）) continues the total, not
//!   the bracket's last part ([`in_breakdown`]).
//!
//! The words are the `subject.category_*`, `subject.group_*`, `subject.size_range_mark`
//! and `subject.breakdown_open` rules of `patterns/cues.tsv`.

use super::{clause, is_delim, is_figure, nominal, rule_form, text, Sentence, Span};
use crate::segment::Token;

/// Longest run of chars between a figure and the category noun it counts (种主要工业产品).
const MAX_CATEGORY_OFFSET: usize = 6;
/// Longest measure + change of a count of categories, in chars (工业增加值同比增长).
const MAX_CHANGE_CHARS: usize = 8;
/// Longest measure between a whole's category and its 中 (商品价格中), in chars.
const MAX_WHOLE_MEASURE_CHARS: usize = 4;

/// Whether the figure at `fig` counts or shares things by a category classifier
/// (`subject.category_classifier`: 21个, 16种, 近六成, 三成以上): the first char after
/// its last numeral.
fn counts_categories(s: &Sentence, fig: Span) -> Option<char> {
    let t = s.f.slice(fig.0, fig.1);
    let last = t.rfind(|c: char| c.is_ascii_digit() || super::super::number::is_numeral_char(c))?;
    let c = t[last..].chars().nth(1)?;
    let classifiers = s.list(crate::cue!("subject.category_classifier"));
    classifiers
        .contains(c.encode_utf8(&mut [0; 4]))
        .then_some(c)
}

/// The category noun a count names right after it (行业 of 21个行业增加值增长, 产品 of
/// 12种产品产量下降, 主要工业产品 of 20种主要工业产品中, 大类行业): (char end of the
/// category, its text from `from`). The last `subject.category_noun` word starting within
/// a few chars of `from` (inside a token too: 产品/产量 of 产品产量) with only modifiers
/// before it: no verb, particle, preposition, delimiter or figure.
fn category_after(s: &Sentence, from: usize, ce: usize) -> Option<(usize, String)> {
    let nouns = s.list(crate::cue!("subject.category_noun"));
    let mut end = None;
    for i in from..(from + MAX_CATEGORY_OFFSET).min(ce) {
        let before_ok = s
            .toks
            .iter()
            .filter(|t| t.end > from && t.start < i)
            .all(|t| {
                !(t.tag.starts_with('v') || matches!(t.tag, "uj" | "ul" | "p" | "x" | "m" | "r"))
            });
        if !before_ok || is_figure(s, from, i + 1) || is_delim(s.chars[i]) {
            break;
        }
        if let Some(w) = nouns.prefix_of(&rule_form(s.traditional, s.f.slice(i, ce))) {
            end = Some(i + w.chars().count());
        }
    }
    let end = end?;
    Some((end, text(s, from, end)))
}

/// The tokens overlapping `[from, ce)`, blanks dropped, each with the char it starts at
/// inside the span (a token cut by `from` starts there: 产量 of 产品产量).
fn tokens_from<'a>(s: &Sentence<'a>, from: usize, ce: usize) -> Vec<(usize, Token<'a>)> {
    s.toks
        .iter()
        .filter(|t| t.end > from && t.start < ce && !(t.tag == "x" || t.word.trim().is_empty()))
        .map(|t| (t.start.max(from), *t))
        .collect()
}

/// The whole a count of categories is part of: the nearest earlier figure of the sentence
/// with the same classifier `c`, its category noun and the measure closing it before a
/// `subject.category_within` word (30种工业产品中 → 工业产品; 25种商品价格中 → 商品, 价格):
/// (category, measure).
fn whole_before(s: &Sentence, fig: Span, c: char) -> Option<(String, String)> {
    let within = s.list(crate::cue!("subject.category_within"));
    s.figures
        .iter()
        .rev()
        .filter(|&&(_, b)| b <= fig.0)
        .filter(|&&w| counts_categories(s, w) == Some(c))
        .find_map(|&(_, b)| {
            let (_, ce) = clause(s, b, b);
            let ce = ce.min(fig.0);
            let (end, cat) = category_after(s, b, ce)?;
            let rest = rule_form(s.traditional, s.f.slice(end, ce)).into_owned();
            let k = (0..=MAX_WHOLE_MEASURE_CHARS).find(|&k| {
                let tail: String = rest.chars().skip(k).collect();
                within.prefix_of(&tail).is_some()
            })?;
            let closed = end + k;
            let shut = tokens_from(s, closed, ce)
                .first()
                .is_some_and(|(_, t)| t.start == closed && within.contains(t.word));
            let measure = text(s, end, closed);
            (shut && !is_figure(s, end, closed) && !measure.chars().any(is_delim))
                .then_some((cat, measure))
        })
}

/// The measure and change closing the clause after a count of categories (增加值增长 of
/// …行业增加值增长, 产量下降 of …产品产量同比下降, 增速加快 of …较去年同期增速加快): the
/// tokens from `from` to the clause end `ce`, without comparison and support words
/// (`subject.category_skip`, time words, adverbs), when they are nouns and verbs only,
/// hold no figure and end with a `subject.category_change` word.
fn change_tail(s: &Sentence, from: usize, ce: usize) -> Option<String> {
    let skip = s.list(crate::cue!("subject.category_skip"));
    let changes = s.list(crate::cue!("subject.category_change"));
    if is_figure(s, from, ce) {
        return None;
    }
    let mut kept = String::new();
    for (at, t) in tokens_from(s, from, ce) {
        let w = rule_form(s.traditional, s.f.slice(at, t.end)).into_owned();
        if skip.contains(&w) || matches!(t.tag, "t" | "d" | "p" | "uj" | "ul") {
            continue;
        }
        if !(nominal(&t) || matches!(t.tag, "v" | "vn" | "a")) {
            return None;
        }
        // 同比增长/v is one token: the change without its comparison.
        let cut = skip.prefix_of(&w).map_or(0, |p| p.chars().count());
        kept.push_str(&text(s, at + cut, t.end));
    }
    let n = kept.chars().count();
    (n <= MAX_CHANGE_CHARS && changes.ends(&rule_form(s.traditional, &kept))).then_some(kept)
}

/// A count or share of categories followed by the change they share counts the
/// categories with that change (21个行业增加值增长 → 增加值增长行业, 近六成行业保持增长 →
/// 保持增长行业); a count naming no category (16种产量同比增长, 14种上涨) takes the
/// category of its whole (30种工业产品中 → 产量增长工业产品; 25种商品价格中 → 价格上涨商品),
/// and a change without its measure the whole's measure.
pub(super) fn category_count(s: &Sentence, fig: Span) -> Option<String> {
    let c = counts_categories(s, fig)?;
    let (_, ce) = clause(s, fig.0, fig.1);
    let own = category_after(s, fig.1, ce);
    let whole = whole_before(s, fig, c);
    let from = own.as_ref().map_or(fig.1, |(e, _)| *e);
    let change = change_tail(s, from, ce)?;
    let (category, measure) = match (own, whole) {
        (Some((_, cat)), Some((_, m))) => (cat, m),
        (Some((_, cat)), None) => (cat, String::new()),
        (None, Some((cat, m))) => (cat, m),
        (None, None) => return None,
    };
    let changes = s.list(crate::cue!("subject.category_change"));
    let bare = changes
        .iter()
        .any(|w| rule_form(s.traditional, &change) == w);
    let measure = if bare { measure } else { String::new() };
    Some(format!("{measure}{change}{category}"))
}

/// A share of categories (增长面为53.6%: a subject `p` that is a `subject.category_share`
/// word alone) names the category of the nearest count of categories before it in its
/// sentence (行业增长面, 工业产品增长面); else `p` unchanged.
pub(super) fn category_share(s: &Sentence, fig: Span, p: String) -> String {
    let shares = s.list(crate::cue!("subject.category_share"));
    if !shares.contains(&rule_form(s.traditional, &p)) {
        return p;
    }
    let category = s
        .figures
        .iter()
        .rev()
        .filter(|&&(_, b)| b <= fig.0)
        .find_map(|&w| {
            let c = counts_categories(s, w)?;
            let (_, ce) = clause(s, w.0, w.1);
            category_after(s, w.1, ce)
                .map(|(_, cat)| cat)
                .or_else(|| whole_before(s, w, c).map(|(cat, _)| cat))
        });
    match category {
        Some(cat) => format!("{cat}{p}"),
        None => p,
    }
}

/// The ranked group a clause names (营业收入排名前20的租赁和商务服务业企业 → 前20企业):
/// the clause holds no figure, a `subject.group_rank` word with a numeral after it (and a
/// `subject.group_rank_end`) and ends with a `subject.group_head` word: (group, head).
fn group_of(s: &Sentence, a: usize, b: usize) -> Option<(String, String)> {
    let heads = s.list(crate::cue!("subject.group_head"));
    let ranks = s.list(crate::cue!("subject.group_rank"));
    let ends = s.list(crate::cue!("subject.group_rank_end"));
    if is_figure(s, a, b) {
        return None;
    }
    let body = rule_form(s.traditional, s.f.slice(a, b).trim_end()).into_owned();
    let head = heads.suffix_of(&body)?.to_string();
    let chars: Vec<char> = body.chars().collect();
    let numeral = |c: char| c.is_ascii_digit() || super::super::number::is_numeral_char(c);
    let at = (0..chars.len()).find(|&i| {
        let rest: String = chars[i..].iter().collect();
        ranks.prefix_of(&rest).is_some_and(|r| {
            chars
                .get(i + r.chars().count())
                .is_some_and(|&c| numeral(c))
        })
    })?;
    let r = ranks
        .prefix_of(&chars[at..].iter().collect::<String>())?
        .chars()
        .count();
    let mut end = at + r;
    while chars.get(end).is_some_and(|&c| numeral(c)) {
        end += 1;
    }
    let rest: String = chars[end..].iter().collect();
    end += ends.prefix_of(&rest).map_or(0, |w| w.chars().count());
    Some((format!("{}{head}", text(s, a + at, a + end)), head))
}

/// A ranked group named by a clause before the figure's, in the same stretch between
/// semicolons, owns the measure `p` (营业收入排名前20的…企业，实现营业收入65.0亿元 →
/// 前20企业营业收入) when every clause between holds a figure and `p` names no group of
/// its own; else `p` unchanged.
pub(super) fn ranked_group(s: &Sentence, fig: Span, p: String) -> String {
    if p.is_empty() {
        return p;
    }
    let heads = s.list(crate::cue!("subject.group_head"));
    let rule = rule_form(s.traditional, &p).into_owned();
    if heads.iter().any(|h| rule.contains(h)) {
        return p;
    }
    let (mut cs, _) = clause(s, fig.0, fig.1);
    while cs > 0 && !matches!(s.chars[cs - 1], '；' | ';' | '。' | '\n') {
        let (ps, _) = clause(s, cs - 1, cs - 1);
        if let Some((group, _)) = group_of(s, ps, cs - 1) {
            return format!("{group}{p}");
        }
        if !is_figure(s, ps, cs - 1) {
            break;
        }
        cs = ps;
    }
    p
}

/// The start of a subject cut from the left at `start` (token `first` of `toks`), moved
/// back over the rest of a size class's range when the cut falls inside it (10-50/亿元企业
/// → 10-50亿元企业, 10/至/50亿元 → 10至50亿元): while the token cut at and the one right
/// before it are both numerals or `subject.size_range_mark` words.
pub(super) fn size_class_start(s: &Sentence, toks: &[Token], first: usize, start: usize) -> usize {
    let marks = s.list(crate::cue!("subject.size_range_mark"));
    let part = |t: &Token| t.tag == "m" || marks.contains(t.word);
    let mut k = first;
    if toks.get(k).is_none_or(|t| t.start != start) {
        return start;
    }
    while k > 0 && toks[k - 1].end == toks[k].start && part(&toks[k]) && part(&toks[k - 1]) {
        k -= 1;
    }
    // A range ends with a numeral: a size class holds one (not 亿元 alone after 其中).
    let digit = toks[k..=first]
        .iter()
        .any(|t| t.word.chars().any(|c| c.is_ascii_digit()));
    if k < first && digit {
        toks[k].start
    } else {
        start
    }
}

/// Whether a bracket opening with a part word (`subject.breakdown_open`: （其中…）)
/// opens at char `pos`.
fn breakdown_opens(s: &Sentence, pos: usize) -> bool {
    let rest = s.f.rest(pos);
    let Some(inner) = rest.strip_prefix(['（', '(']) else {
        return false;
    };
    let opens = s.list(crate::cue!("subject.breakdown_open"));
    opens.prefix_of(&rule_form(s.traditional, inner)).is_some()
}

/// Whether char `pos` lies inside a bracket that opens with a part word (（其中道路交通事故
/// 15起、火灾5起）): a figure there is a part of the total before the bracket, and a figure
/// after the bracket continues that total, not the part.
pub fn in_breakdown(s: &Sentence, pos: usize) -> bool {
    let chars = &s.chars[..pos.min(s.chars.len())];
    let Some(open) = chars.iter().rposition(|&c| matches!(c, '（' | '(')) else {
        return false;
    };
    let closed = chars[open..].iter().any(|&c| matches!(c, '）' | ')'));
    !closed && breakdown_opens(s, open)
}

/// A figure in a bracket right after the things a count counts (28家区级以上农业龙头企业
/// （国家级3家，省级9家…）) whose own words are a category alone (国家级: a word ending
/// with a `subject.category_suffix`) counts that category of those things: the category
/// and the counted words after their own category word and `subject.np_inner` words
/// (国家级农业龙头企业). None for any other figure.
pub fn bracketed_part(s: &Sentence, fig: Span) -> Option<String> {
    let chars = &s.chars[..fig.0.min(s.chars.len())];
    let open = chars.iter().rposition(|&c| matches!(c, '（' | '('))?;
    if chars[open..].iter().any(|&c| matches!(c, '）' | ')')) {
        return None;
    }
    // The part: the words between the bracket or the last delimiter and the figure.
    let from = (open + 1..fig.0)
        .rev()
        .find(|&i| is_delim(s.chars[i]))
        .map_or(open + 1, |i| i + 1);
    let part = rule_form(s.traditional, s.f.slice(from, fig.0)).into_owned();
    let suffixes = s.list(crate::cue!("subject.category_suffix"));
    let n = part.chars().count();
    if !(2..=MAX_SIBLING_CHARS).contains(&n) || suffixes.suffix_of(&part).is_none() {
        return None;
    }
    // The counted things: nouns from a count's figure right up to the bracket.
    let whole = s.figures.iter().rfind(|f| f.1 <= open)?;
    let toks = super::tokens_in(s, whole.1, open);
    if toks.is_empty()
        || toks.last()?.end != open
        || !toks.iter().all(|t| nominal(t) || t.tag == "f")
    {
        return None;
    }
    let inner = s.list(crate::cue!("subject.np_inner"));
    let word = |t: &Token| rule_form(s.traditional, t.word).into_owned();
    let k = usize::from(suffixes.suffix_of(&word(&toks[0])).is_some());
    let k = k + toks[k..]
        .iter()
        .take_while(|t| inner.contains(&word(t)))
        .count();
    let head = toks.get(k)?;
    Some(format!(
        "{}{}",
        text(s, from, fig.0),
        text(s, head.start, open)
    ))
}

/// A part named by its category alone with its change (饮料类增长0.3%, 建筑业增长3.1%),
/// after a sibling of the same category kind in its sentence that names its measure
/// (粮油、食品类零售额同比增长1.4%; 规模以上工业增加值增长6.2%), is measured as that
/// sibling is: the part + the sibling's measure after its category word + the part's own
/// change (饮料类零售额增长, 建筑业增加值增长). `prev` is the sibling's subject, `p` the
/// part's. None when `p` is more than a category word (`subject.category_suffix` closing
/// it) and a change, or the sibling names no measure after a word of the sentence closing
/// with that suffix.
pub fn sibling_part(s: &Sentence, prev: &str, p: &str) -> Option<String> {
    let changes = s.list(crate::cue!("subject.change"));
    let rule = rule_form(s.traditional, p).into_owned();
    let change = changes.suffix_of(&rule).unwrap_or("");
    let part = &rule[..rule.len() - change.len()];
    let n = part.chars().count();
    if !(2..=MAX_SIBLING_CHARS).contains(&n) || part.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let suffix = s
        .list(crate::cue!("subject.category_suffix"))
        .suffix_of(part)?;
    let prev_rule = rule_form(s.traditional, prev).into_owned();
    if suffix.len() >= part.len() || prev_rule.contains(part) {
        return None;
    }
    // The sibling's category: the last word of the sentence closing with the suffix that
    // the sibling's subject holds, the measure after it.
    let cut = (s.toks.iter())
        .map(|t| rule_form(s.traditional, t.word).into_owned())
        .filter(|w| w.ends_with(suffix))
        .filter_map(|w| prev_rule.rfind(w.as_str()).map(|k| k + w.len()))
        .max()?;
    let measure = super::strip_change(false, changes, &prev_rule[cut..]);
    let measure_chars = measure.chars().count();
    // The measure opens with a noun (增加值, 零售额), not a verb cut off a noun before it
    // (营业/收入).
    let head = (s.toks.iter())
        .filter(|t| !t.word.is_empty() && measure.starts_with(&*rule_form(s.traditional, t.word)))
        .max_by_key(|t| t.word.len());
    let noun = head.is_some_and(|t| nominal(t) || t.tag == "vn");
    if measure_chars < 2 || measure.contains(suffix) || !noun {
        return None;
    }
    // The measure as the sibling writes it (traditional pages keep their chars).
    let from = prev_rule[..cut].chars().count();
    let written: String = prev.chars().skip(from).take(measure_chars).collect();
    let own_change: String = p.chars().skip(n).collect();
    let own: String = p.chars().take(n).collect();
    Some(format!("{own}{written}{own_change}"))
}

/// Whether `p` names a category alone with its change (县属工业下降, 私营企业增长,
/// 农副食品加工业下降): the words before the change close with a noun ending with a
/// `subject.category_suffix` (外商投资企业 too), not an attribute
/// (`subject.part_attribute`: 增加值, 产值) nor a figure of their own. Such a part, after a
/// lead whose measure is a category's attribute ([`is_category_measure`]: 规上工业增加值),
/// is measured as the lead is.
pub fn is_bare_category_change(s: &Sentence, p: &str) -> bool {
    let changes = s.list(crate::cue!("subject.change"));
    let rule = rule_form(s.traditional, p).into_owned();
    let Some(change) = changes.suffix_of(&rule) else {
        return false;
    };
    let part = &rule[..rule.len() - change.len()];
    if part.is_empty() || part.chars().any(|c| c.is_ascii_digit() || is_delim(c)) {
        return false;
    }
    let attributes = s.list(crate::cue!("subject.part_attribute"));
    if attributes.iter().any(|a| part.ends_with(a)) {
        return false;
    }
    // The noun closing the part, as jieba cut it in the sentence (工业/n, 企业/n, 采选/v
    // 业/n; not 就业/v nor 创业/vn): more than the suffix alone.
    category_nouns(s).any(|(w, n)| part.ends_with(&*w) && (n < w.len() || w.len() < part.len()))
}

/// The sentence's nouns (jieba's n tags, in the rules' form) ending with a
/// `subject.category_suffix` (工业, 企业, 业 of 采选/业), with that suffix's length in bytes.
fn category_nouns<'s>(s: &'s Sentence) -> impl Iterator<Item = (std::borrow::Cow<'s, str>, usize)> {
    let suffixes = s.list(crate::cue!("subject.category_suffix"));
    (s.toks.iter())
        .filter(|t| t.tag.starts_with('n'))
        .map(|t| rule_form(s.traditional, t.word))
        .filter_map(move |w| suffixes.suffix_of(&w).map(str::len).map(|n| (w, n)))
}

/// Whether the measure `m` is a category's attribute (规上工业增加值, 工业产值: an attribute
/// of `subject.part_attribute` after a noun of the sentence ending with a
/// `subject.category_suffix`), which other categories alone may take (县属工业下降 →
/// 县属工业增加值下降); not 固定资产投资 (no category).
pub fn is_category_measure(s: &Sentence, m: &str) -> bool {
    let Some(attr) = super::lead_attribute(s, m) else {
        return false;
    };
    let rule = rule_form(s.traditional, m).into_owned();
    let owner = &rule[..rule.len() - rule_form(s.traditional, &attr).len()];
    category_nouns(s).any(|(w, n)| n < w.len() && owner.contains(&*w))
}

/// Longest category word [`sibling_part`] reads as a part, in chars (中西药品类).
const MAX_SIBLING_CHARS: usize = 8;

#[cfg(test)]
mod tests {
    use crate::extract::subject::test_rows::subject_of;

    #[test]
    fn counts_of_categories_with_a_change_count_the_categories() {
        let t = "前三季度，全市在统计的38个大类行业中有24个行业增加值增长，增长面为63.2%。";
        assert_eq!(subject_of(t, "24个"), "增加值增长行业");
        assert_eq!(subject_of(t, "63.2%"), "行业增长面");
        let t = "全县纳入统计的18种主要工业产品中，10种产品产量同比增长，8种产品产量下降。";
        assert_eq!(subject_of(t, "10种"), "产量增长产品");
        assert_eq!(subject_of(t, "8种"), "产量下降产品");
        // A share in tenths, and a comparison between the category and its change.
        let t = "今年以来，近七成行业保持增长，四成以上行业较去年同期增速加快。";
        assert_eq!(subject_of(t, "近七成"), "保持增长行业");
        assert_eq!(subject_of(t, "四成以上"), "增速加快行业");
        // A change followed by its own figure is the measure's, not a count of categories.
        let t = "全区9家企业营业收入增长12.4%。";
        assert_ne!(subject_of(t, "9家"), "营业收入增长企业");
    }

    #[test]
    fn counts_naming_no_category_take_their_whole() {
        // The whole's category (and the measure closing it before 中) names the parts.
        let t = "5月，全市监测的40种商品价格中22种上涨、11种下降、7种持平。";
        assert_eq!(subject_of(t, "22种"), "价格上涨商品");
        assert_eq!(subject_of(t, "7种"), "价格持平商品");
        let t = "重点监测的26种工业产品中原煤、水泥等14种产量同比增长，增长面为53.8%。";
        assert_eq!(subject_of(t, "14种"), "产量增长工业产品");
        assert_eq!(subject_of(t, "53.8%"), "工业产品增长面");
        // No whole and no category: the rule says nothing.
        assert_ne!(subject_of("共有6项上涨。", "6项"), "上涨");
    }

    #[test]
    fn a_ranked_group_owns_the_measures_after_it() {
        let t = "1-6月，营业收入排名前15的信息传输企业，实现营业收入48.6亿元，同比增长9.2%，占全行业收入的比重达到57.3%。";
        assert_eq!(subject_of(t, "48.6亿元"), "前15企业营业收入");
        assert_eq!(subject_of(t, "9.2%"), "前15企业营业收入同比增长");
        assert!(subject_of(t, "57.3%").starts_with("前15企业营业收入占"));
        // A clause without a rank names no group.
        let t = "全市规上服务业企业，实现营业收入48.6亿元。";
        assert!(!subject_of(t, "48.6亿元").starts_with("前"));
    }

    #[test]
    fn a_size_class_is_never_cut_inside_its_range() {
        let t = "其中，20-50亿元企业完成营业收入38.1亿元，同比增长6.4%。";
        assert_eq!(subject_of(t, "38.1亿元"), "20-50亿元企业营业收入");
        assert_eq!(subject_of(t, "6.4%"), "20-50亿元企业营业收入同比增长");
    }

    #[test]
    fn categories_in_a_bracket_after_a_count_count_their_category_of_its_things() {
        let t = "全县共有46家县级以上农民专业合作社（国家级2家，省级11家，县级33家）。";
        assert_eq!(subject_of(t, "46家"), "县级以上农民专业合作社");
        assert_eq!(subject_of(t, "2家"), "国家级农民专业合作社");
        assert_eq!(subject_of(t, "33家"), "县级农民专业合作社");
        // A word jieba reads as a time inside the counted name keeps it whole.
        assert_eq!(
            subject_of("新认定12个省级现代农业园区。", "12个"),
            "认定省级现代农业园区"
        );
        // A bracket of other words is no breakdown by category.
        let t = "全县共有46家合作社（带动农户3000户）。";
        assert_ne!(subject_of(t, "3000户"), "带动农户合作社");
    }

    #[test]
    fn a_change_after_a_breakdown_continues_the_total() {
        let t = "全年共发生火灾41起（其中居民住宅火灾26起、车辆火灾9起），同比下降12.8%。";
        let s = subject_of(t, "12.8%");
        assert!(!s.contains("车辆"), "{s}");
        assert!(s.contains("火灾"), "{s}");
    }
}
