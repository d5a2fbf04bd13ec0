//! Figures that belong to a group, a list or a whole named around them, whose subject must
//! say which part or which relation the figure is (session 26):
//! - a share stated with a copula before its whole (完成投资80亿元，为年计划的95%) is the
//!   previous figure's share of that whole ([`copula_share`]: 完成投资占年计划), so that
//!   a change after it is the measure's again;
//! - a 分别 list named by a word for ordered members (三次产业增加值分别为A、B和C) gives
//!   each figure its member ([`ordered_member`]: 第一产业增加值, 第二产业增加值 …);
//! - the figure of a comparison's base (均价32元，较去年的30元增加2元) is the earlier
//!   figure of the measure before it ([`base_figure`]: 均价较去年);
//! - a share right after a bare share verb (香港旅客则分别佔28.0%及8.3%, 农村人口占78%)
//!   whose subject names only the group is the group's share ([`bare_share`]: 香港旅客佔比).
//!
//! - an enumeration heading naming a group (一是新能源项目。) names the generic items its
//!   line's next sentences count (实施项目2个，总投资… → 新能源项目, 新能源项目总投资:
//!   [`GroupHeading`]).
//!
//! The words are the `subject.share_copula`, `subject.ordered_group`,
//! `subject.bare_share` and `subject.heading_verb` rules of `patterns/cues.tsv`, and the
//! comparison, change, denominator, copula and generic item lists.

use super::tokens_in;
use super::{balance_quotes, clause, is_delim, is_figure, nominal, rule_form, share_owner, text};
use super::{clause_after_respectively, find_respectively, list_clause_start, respectively_attr};
use super::{share_clause_verb, share_figure, strip_change};
use super::{Sentence, Span};
use crate::patterns::Cues;

/// The subject of the `i`th of `k` listed figures that share `subject`, when it names a
/// group of `k` members (`subject.group_members`: 三次产业 → 第一产业、第二产业、第三产业):
/// the group's word replaced by that member (三次产业对经济增长的贡献率分别为6%、41.4%、
/// 52.6% → 第一产业对经济增长的贡献率 …).
pub fn group_member(s: &Sentence, subject: &str, i: usize, k: usize) -> Option<String> {
    let groups = s.list(crate::cue!("subject.group_members"));
    let group = groups.iter().find(|g| subject.contains(g))?;
    let members: Vec<&str> = groups.value(group)?.split('\u{3001}').collect();
    (members.len() == k).then(|| subject.replacen(group, members[i], 1))
}

/// A share (a percentage or tenths) right after a bare share verb (`subject.bare_share`:
/// 占, 分别占; 及 between the figures of a list) whose subject `p` names no share: `p` +
/// the cue's share noun (its value: simplified/traditional), 香港旅客佔比. A subject that
/// holds a share verb or noun, or a change, already says what it is. Read after the
/// subject is handed on: a figure after the share is no share of it.
pub fn bare_share(s: &Sentence, fig: Span, p: String) -> String {
    if p.is_empty() || !share_figure(s, fig) {
        return p;
    }
    let (cs, _) = clause(s, fig.0, fig.1);
    // The first figure of a list after the verb (佔28.0%及8.3%) stands right after it.
    let first = (s.figures.iter())
        .filter(|&&(a, b)| a >= cs && b <= fig.0)
        .map(|&(a, _)| a)
        .chain([fig.0])
        .min()
        .unwrap_or(fig.0);
    let before = rule_form(s.traditional, s.f.slice(cs, first)).into_owned();
    let shares = s.list(crate::cue!("subject.bare_share"));
    let Some(verb) = shares.suffix_of(before.trim_end()) else {
        return p;
    };
    // A subject that kept the verb (日本旅客佔) loses it before the noun.
    let p = match shares.suffix_of(&rule_form(s.traditional, &p)) {
        Some(w) if w.len() < p.len() => p
            .chars()
            .take(p.chars().count() - w.chars().count())
            .collect(),
        _ => p,
    };
    // A subject handed on from a change before (火电同比增长0.58%，占31.05%) gives its
    // measure: the share is of the thing, not of its change.
    let changes = s.list(crate::cue!("subject.change"));
    let p = match strip_change(s.traditional, changes, &p).len() < p.len() {
        true => super::measure_of(s, &p),
        false => p,
    };
    let rule = rule_form(s.traditional, &p).into_owned();
    let named = [
        s.list(crate::cue!("subject.share_verb")),
        s.list(crate::cue!("subject.share")),
        shares,
    ];
    if p.is_empty() || named.iter().any(|l| l.iter().any(|w| rule.contains(w))) {
        return p;
    }
    match share_noun(s, verb) {
        Some(noun) => format!("{p}{noun}"),
        None => p,
    }
}

/// The share noun of the bare share verb `verb` (`subject.bare_share` value: simplified/
/// traditional), 占 → 占比.
pub(super) fn share_noun<'a>(s: &Sentence<'a>, verb: &str) -> Option<&'a str> {
    let value = s.list(crate::cue!("subject.bare_share")).value(verb)?;
    Some(match value.split_once('/') {
        Some((_, trad)) if s.traditional => trad,
        Some((simplified, _)) => simplified,
        None => value,
    })
}

/// A count whose subject `p` runs from the count into the next figure (9个工业项目总投资
/// 81.6亿元, 四个项目预计总投资4.5亿元) counts the items named before the next figure's
/// measure: `p` cut before the first later word that is a verb, an adverb or starts a
/// `subject.attribute` (工业项目, 项目). `p` for other figures.
pub(super) fn count_before_measure(s: &Sentence, fig: Span, p: String, count: bool) -> String {
    let Some(&(next, _)) = s.figures.iter().find(|&&(a, _)| a >= fig.1) else {
        return p;
    };
    let stretch = s.f.slice(fig.1, next);
    if !count || stretch.chars().any(is_delim) || !p.ends_with(text(s, fig.1, next).trim()) {
        return p;
    }
    // The earliest attribute word or verb or adverb token after the first char.
    let rule = rule_form(s.traditional, stretch).into_owned();
    let attributes = s.list(crate::cue!("subject.attribute"));
    let by_word = (attributes.iter())
        .filter_map(|w| {
            rule.char_indices()
                .skip(1)
                .find(|&(b, _)| rule[b..].starts_with(w))
        })
        .map(|(b, _)| fig.1 + rule[..b].chars().count())
        .min();
    let by_tag = (tokens_in(s, fig.1, next).iter().skip(1))
        .find(|t| t.tag.starts_with('v') || t.tag == "d")
        .map(|t| t.start);
    let Some(cut) = [by_word, by_tag].into_iter().flatten().min() else {
        return p;
    };
    let rest = text(s, cut, next);
    match p.strip_suffix(rest.trim_end()) {
        Some(h) if !h.is_empty() => h.to_string(),
        _ => p,
    }
}

/// Longest base between a comparison word and its figure, in chars (上一次公布的).
const MAX_BASE_CHARS: usize = 10;

/// A figure in a clause opening with a comparison word (`subject.comparison`: 较, 比上月)
/// whose words up to the figure name only the base (较去年的30.83元, 比上月每桶64.3元)
/// and after which the clause states the change (增加, 高出): the base's figure of the
/// previous figure's measure (see [`share_owner`]): owner + the comparison and its base,
/// without 的 or a price's denominator (均价较去年, 调和油价格比上月). None for any other
/// figure, or when no owner is known.
pub(super) fn base_figure(s: &Sentence, fig: Span, prev: Option<&str>) -> Option<String> {
    let (cs, ce) = clause(s, fig.0, fig.1);
    let head = s.f.slice(cs, fig.0);
    let lead = head.len() - head.trim_start().len();
    let rule = rule_form(s.traditional, &head[lead..]).into_owned();
    let comparisons = s.list(crate::cue!("subject.comparison"));
    let word = comparisons.prefix_of(&rule)?;
    let at = cs + head[..lead].chars().count();
    let from = at + word.chars().count();
    // Only the base stands between: no figure, adverb, adjective or mark, and a verb
    // only in a relative clause (上一次公布的).
    let base_toks = tokens_in(s, from, fig.0);
    let relative = |i: usize| base_toks.get(i + 1).is_some_and(|t| t.tag == "uj");
    if fig.0 - from > MAX_BASE_CHARS
        || is_figure(s, at, fig.0)
        || base_toks.iter().enumerate().any(|(i, t)| {
            matches!(t.tag, "x" | "d" | "a") || t.tag.starts_with('v') && !relative(i)
        })
    {
        return None;
    }
    // The change follows the figure, after adverbs and conjunctions only (还要高出).
    let after = tokens_in(s, fig.1, ce);
    let next = after.iter().find(|t| !matches!(t.tag, "d" | "c" | "uj"))?;
    let next = rule_form(s.traditional, next.word);
    let changes = [
        s.list(crate::cue!("subject.change")),
        s.list(crate::cue!("subject.compare_verb")),
    ];
    if !changes.iter().any(|l| l.starts(&next)) {
        return None;
    }
    // The base as written, without the 的 and a price's denominator (每桶) before the figure.
    let mut end = fig.0;
    let denominators = s.list(crate::cue!("subject.denominator"));
    if let Some(t) = base_toks
        .iter()
        .rfind(|t| denominators.starts(&rule_form(s.traditional, t.word)))
    {
        end = t.start;
    }
    let attributive = s.list(crate::cue!("subject.attributive"));
    let base = text(s, at, end);
    let base = base.trim_end();
    let base = attributive
        .suffix_of(&rule_form(s.traditional, base))
        .map_or(base, |de| &base[..base.len() - de.len()]);
    if base.chars().count() < 2 {
        return None;
    }
    let owner = share_owner(s, cs, prev);
    (owner.chars().count() >= 2).then(|| balance_quotes(format!("{owner}{base}")))
}

/// Where a 分别 list in `cs..head_end` (its clause up to 分别) starts: after the last
/// figure in it when an enumeration comma follows that figure (除甲业增长5.4%、乙业、丙业
/// 分别下降… → 乙业), so the item of a figure of its own is no item of the list; else `cs`.
pub(super) fn list_start(s: &Sentence, cs: usize, head_end: usize) -> usize {
    let last = (s.figures.iter())
        .filter(|&&(a, b)| a >= cs && b <= head_end)
        .map(|&(_, b)| b)
        .max();
    match last {
        Some(b) if s.chars.get(b) == Some(&'、') => b + 1,
        _ => cs,
    }
}

/// Whether a 分别 list item `item` (rules' form) ends with the last char of the list's
/// shared `tail` when that tail holds a joiner (租赁和商务服务业、…、交通运输仓储和邮政业:
/// 业), so the item names a thing of the tail's kind already and takes no tail.
pub(super) fn same_kind_end(s: &Sentence, item: &str, tail: &str) -> bool {
    let tail = rule_form(s.traditional, tail);
    let joiners = s.list(crate::cue!("subject.item_joiner")).chars();
    tail.contains(joiners) && item.chars().last().is_some_and(|c| tail.ends_with(c))
}

/// A figure after 分别 whose list before it is one phrase holding a word for ordered
/// members (`subject.ordered_group`: 三次产业, its value the members' ordinals 第一/第二/第三)
/// with as many figures after 分别 as members: the `i`-th figure is the `i`-th member's,
/// the ordinal replacing as many chars at the word's start as it has (三次产业增速 →
/// 第二产业增速), the words around the group word and the attribute after 分别 kept.
pub(super) fn ordered_member(s: &Sentence, fig: Span) -> Option<String> {
    let cs = list_clause_start(s, fig.0);
    let clause_text = s.f.slice(cs, fig.0);
    let (k, word) = find_respectively(s, clause_text)?;
    let head_end = cs + clause_text[..k].chars().count();
    let (_, ce) = clause_after_respectively(s, head_end);
    let figs: Vec<&Span> = (s.figures.iter())
        .filter(|&&(a, _)| a >= head_end && a < ce)
        .collect();
    let i = figs.iter().position(|&&f| f == fig)?;
    let lead = s.list(crate::cue!("subject.lead"));
    // The list starts after a figure (a date: 2024年上半年) and a space parting a heading
    // before it.
    let after_figure = (s.figures.iter())
        .filter(|&&(a, b)| a >= cs && b <= head_end)
        .map(|&(_, b)| b)
        .max()
        .unwrap_or(cs);
    let from = super::after_inner_space(s, after_figure, head_end);
    let toks = tokens_in(s, from, head_end);
    let first = toks
        .iter()
        .find(|t| !(lead.contains(t.word) || matches!(t.tag, "t" | "p" | "c" | "d" | "x" | "m")))?;
    let head = rule_form(s.traditional, s.f.slice(first.start, head_end)).into_owned();
    let groups = s.list(crate::cue!("subject.ordered_group"));
    let (at, group) = groups
        .iter()
        .filter_map(|w| head.find(w).map(|k| (k, w)))
        .min_by_key(|&(k, _)| k)?;
    let members: Vec<&str> = groups.value(group)?.split('/').collect();
    if members.len() != figs.len() {
        return None;
    }
    let member = members[i];
    let at = first.start + head[..at].chars().count();
    let cut = at + member.chars().count();
    let attr = respectively_attr(s, head_end + word.chars().count(), figs[0].0);
    let item = format!(
        "{}{member}{}",
        text(s, first.start, at),
        text(s, cut, head_end).trim_end()
    );
    Some(if attr.is_empty() || item.ends_with(&attr) {
        item
    } else {
        format!("{item}{attr}")
    })
}

/// A percentage in a clause opening with a copula of shares (`subject.share_copula`: 为,
/// after lead words and adverbs) followed by its whole and 的 (为年度计划的96.1%) is the
/// share of the whole taken by the previous figure's measure (see [`share_owner`]): owner +
/// the cue's share verb (its value: simplified/traditional) + the whole. `p` when the
/// clause is no such clause or no owner is known.
pub(super) fn copula_share(s: &Sentence, fig: Span, p: String, prev: Option<&str>) -> String {
    let Some((cs, verb)) = share_clause_verb(s, fig) else {
        return p;
    };
    let copulas = s.list(crate::cue!("subject.share_copula"));
    let Some(value) = copulas.value(&rule_form(s.traditional, verb.word)) else {
        return p;
    };
    let attributive = s.list(crate::cue!("subject.attributive"));
    let whole = s.f.slice(verb.end, fig.0);
    let Some(de) = attributive.suffix_of(whole) else {
        return p;
    };
    let end = fig.0 - de.chars().count();
    if end < verb.end + 2 || is_figure(s, verb.end, end) {
        return p;
    }
    let owner = share_owner(s, cs, prev);
    if owner.chars().count() < 2 {
        return p;
    }
    let share_verb = match value.split_once('/') {
        Some((_, trad)) if s.traditional => trad,
        Some((simplified, _)) => simplified,
        None => value,
    };
    let whole = text(s, verb.end, end);
    balance_quotes(format!("{owner}{share_verb}{}", whole.trim()))
}

/// Longest group named by an enumeration heading (一是中央预算内投资项目), in chars.
const MAX_HEADING_CHARS: usize = 12;

/// The group an enumeration heading names (一是新能源项目。): the sentence is only
/// ordinal numerals + a `subject.copula` + a phrase of at most [`MAX_HEADING_CHARS`] chars
/// ending with a `subject.generic_item` word (and its full stop). `rules` is the sentence
/// in the rules' form, `written` as written (same byte spans); the phrase is cut from it.
fn group_heading(cues: &Cues, rules: &str, written: &str) -> Option<String> {
    let body = rules.trim();
    let body = body.strip_suffix(['。', '.']).unwrap_or(body).trim_end();
    let n = body.find(|c: char| !crate::extract::number::is_numeral_char(c))?;
    let copula = cues
        .at(crate::cue!("subject.copula"))
        .prefix_of(body.get(n..)?)?;
    if n == 0 {
        return None;
    }
    let phrase = &body[n + copula.len()..];
    let count = phrase.chars().count();
    let items = cues.at(crate::cue!("subject.generic_item"));
    let plain = phrase
        .chars()
        .all(|c| !(c.is_ascii_punctuation() || super::is_delim(c)));
    if !(2..=MAX_HEADING_CHARS).contains(&count) || !plain || !items.ends(phrase) {
        return None;
    }
    let at = phrase.as_ptr() as usize - rules.as_ptr() as usize;
    written.get(at..at + phrase.len()).map(str::to_string)
}

/// The group of an enumeration heading (一是新能源项目。, see [`group_heading`]) for the
/// sentences after it on its line (实施项目2个，总投资16.62亿元): their count of the
/// generic item (项目, after a `subject.heading_verb` such as 实施) counts the group, and the
/// subjects built on that count (项目总投资) are the group's (新能源项目总投资). A line break
/// ends the heading's reach.
#[derive(Debug, Clone, Default)]
pub struct GroupHeading {
    /// The group named, and the byte end of the last sentence it reached.
    name: Option<(String, usize)>,
}

impl GroupHeading {
    /// Reads the sentence at bytes `span` of the document (`rules`, `written`: its rules'
    /// form and as written) whose facts are `facts`: a heading starts a group, a line
    /// break before the sentence ends one, and the facts of a sentence in a group's reach
    /// are given the group.
    pub fn read(
        &mut self,
        cues: &Cues,
        (rules, written): (&str, &str),
        span: (usize, usize),
        facts: &mut [crate::extract::Fact],
    ) {
        end_at_line_break(&mut self.name, rules, span.0);
        let (Some(r), Some(w)) = (rules.get(span.0..span.1), written.get(span.0..span.1)) else {
            return;
        };
        if let Some(h) = group_heading(cues, r, w) {
            self.name = Some((h, span.1));
            return;
        }
        let Some((group, end)) = self.name.as_mut() else {
            return;
        };
        *end = span.1;
        let trad = r != w;
        let items = cues.at(crate::cue!("subject.generic_item"));
        let verbs = cues.at(crate::cue!("subject.heading_verb"));
        let generic = |p: &str| {
            let rule = rule_form(trad, p);
            items.suffix_of(&rule).is_some_and(|item| {
                let verb = &rule[..rule.len() - item.len()];
                verb.is_empty() || verbs.contains(verb)
            })
        };
        let Some(counted) = facts
            .iter()
            .find(|f| f.kind == crate::patterns::Kind::Count && generic(&f.subject))
            .map(|f| f.subject.clone())
        else {
            return;
        };
        for f in facts.iter_mut() {
            if let Some(rest) = f.subject.strip_prefix(counted.as_str()) {
                f.subject = format!("{group}{rest}");
            }
        }
    }
}

/// Forgets a heading `held` (its text and the byte end of the last sentence it reached)
/// when a line break lies between that end and the next sentence, starting at byte `at`
/// of `rules`: a heading reaches the rest of its line only.
fn end_at_line_break(held: &mut Option<(String, usize)>, rules: &str, at: usize) {
    if let Some((_, end)) = held {
        if rules.get(*end..at).is_none_or(|gap| gap.contains('\n')) {
            *held = None;
        }
    }
}

/// A measure a paragraph's label names (煤炭产量 2月份全省完成2932万吨。…: a run-in label,
/// see [`run_in_label`]) for the sentences of its line. Their figures whose subject names
/// no measure take it: an empty subject is the label, a change alone (同比增加, 增幅) is
/// the label's change, and a body alone (`subject.body_end`: 国有重点煤炭企业, with or
/// without a change after it) is the body's label (国有重点煤炭企业煤炭产量同比增加).
#[derive(Debug, Clone, Default)]
pub struct MeasureHeading {
    /// The label, and the byte end of the last sentence it reached.
    label: Option<(String, usize)>,
}

impl MeasureHeading {
    /// Reads the sentence at bytes `span` of the document (`rules`, `written`) whose facts
    /// are `facts`: a line break before it ends a label's reach; a label opening it starts
    /// one; the facts in a label's reach are given its measure.
    pub fn read(
        &mut self,
        cues: &Cues,
        (rules, written): (&str, &str),
        span: (usize, usize),
        facts: &mut [crate::extract::Fact],
    ) {
        end_at_line_break(&mut self.label, rules, span.0);
        let opens_line = span.0 == 0
            || rules[..span.0]
                .trim_end_matches([' ', '\t'])
                .ends_with('\n');
        if let Some(label) = (rules.get(span.0..span.1))
            .filter(|_| opens_line)
            .and_then(|r| run_in_label(cues, r))
        {
            let at = span.0 + label.0;
            let Some(w) = written.get(at..at + label.1) else {
                return;
            };
            self.label = Some((w.to_string(), span.1));
        }
        let Some((label, end)) = self.label.as_mut() else {
            return;
        };
        *end = span.1;
        let trad = rules.get(span.0..span.1) != written.get(span.0..span.1);
        for f in facts
            .iter_mut()
            .filter(|f| f.kind != crate::patterns::Kind::Date)
        {
            if let Some(p) = labelled(cues, trad, &f.subject, label) {
                f.subject = p;
            }
        }
    }
}

/// Most chars of a run-in label.
const MAX_LABEL_CHARS: usize = 8;

/// The run-in label opening the sentence `r` (byte offset and length): a word of two to
/// [`MAX_LABEL_CHARS`] Chinese chars ending with a measure (`subject.attribute`,
/// `subject.heading_measure`: 产量, 售价), then spaces, then the prose.
fn run_in_label(cues: &Cues, r: &str) -> Option<(usize, usize)> {
    let body = r.trim_start();
    let start = r.len() - body.len();
    let end = body.find(|c: char| c.is_whitespace() || c == '\u{3000}')?;
    let label = &body[..end];
    let n = label.chars().count();
    let chinese = label
        .chars()
        .all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let measure = cues.at(crate::cue!("subject.attribute")).ends(label)
        || cues.at(crate::cue!("subject.heading_measure")).ends(label);
    let prose = body[end..].trim_start();
    (chinese && measure && (2..=MAX_LABEL_CHARS).contains(&n) && !prose.is_empty())
        .then_some((start, end))
}

/// `subject` given the measure `label` when it names none (see [`MeasureHeading`]).
fn labelled(cues: &Cues, trad: bool, subject: &str, label: &str) -> Option<String> {
    if subject.is_empty() {
        return Some(label.to_string());
    }
    let r = rule_form(trad, subject);
    let changes = [
        cues.at(crate::cue!("subject.change")),
        cues.at(crate::cue!("subject.heading_change")),
    ];
    let change = (changes.iter().flat_map(|l| l.iter()))
        .filter(|c| r.ends_with(*c))
        .map(|c| c.len())
        .max()
        .unwrap_or(0);
    let head = &r[..r.len() - change];
    let comparisons = cues.at(crate::cue!("subject.comparison"));
    let comparison = match comparisons.contains(head) {
        true => head.len(),
        false => comparisons.suffix_of(head).map_or(0, str::len),
    };
    let head = &head[..head.len() - comparison];
    let cut = subject.chars().count() - r[head.len()..].chars().count();
    let (body, rest): (String, String) = (
        subject.chars().take(cut).collect(),
        subject.chars().skip(cut).collect(),
    );
    // Lead and time words alone (今年全县) name no measure either.
    let leads = [
        cues.at(crate::cue!("subject.lead")),
        cues.at(crate::cue!("subject.time_lead")),
    ];
    let mut left = head;
    while let Some(w) = leads.iter().find_map(|l| l.prefix_of(left)) {
        left = &left[w.len()..];
    }
    if left.is_empty() {
        return Some(format!("{label}{rest}"));
    }
    (cues.at(crate::cue!("subject.body_end")).ends(head)).then(|| format!("{body}{label}{rest}"))
}

/// A figure opening its clause (lead words only before it) and followed by a copula and a
/// noun phrase closing the clause (其中14.8亿元为中央补助, 3.2亿元（15.1%）为投资收益: a
/// `subject.date_copula` word) is the amount of that phrase; a share in brackets right
/// after such a figure is the phrase's share (投资收益占比: the noun of the first
/// `subject.bare_share` rule). None when the clause is no such clause.
pub(super) fn copula_item(s: &Sentence, fig: Span) -> Option<String> {
    let opener = |c: Option<&char>| matches!(c, Some('(' | '（'));
    let closer = |c: Option<&char>| matches!(c, Some(')' | '）'));
    // A share in brackets right after another figure: that figure opens the clause.
    let inner = fig.0 >= 2
        && opener(s.chars.get(fig.0 - 1))
        && closer(s.chars.get(fig.1))
        && s.figures.iter().any(|&(_, b)| b + 1 == fig.0);
    let (owner, mut after) = match inner {
        true => (
            *s.figures.iter().find(|&&(_, b)| b + 1 == fig.0)?,
            fig.1 + 1,
        ),
        false => (fig, fig.1),
    };
    if !inner && opener(s.chars.get(after)) {
        let close = (after..s.chars.len().min(after + MAX_ASIDE_CHARS))
            .find(|&i| closer(s.chars.get(i)))?;
        after = close + 1;
    }
    let stop = |c: char| is_delim(c) && c != '、';
    let cs = s.chars[..owner.0]
        .iter()
        .rposition(|&c| stop(c))
        .map_or(0, |k| k + 1);
    let ce = (after..s.chars.len())
        .find(|&i| stop(s.chars[i]))
        .unwrap_or(s.chars.len());
    let leads = [
        s.list(crate::cue!("subject.lead")),
        s.list(crate::cue!("subject.part_of")),
    ];
    let lead = |t: &crate::segment::Token| {
        super::blank(t)
            || matches!(t.tag, "c" | "d")
            || leads
                .iter()
                .any(|l| l.contains(&rule_form(s.traditional, t.word)))
    };
    if !tokens_in(s, cs, owner.0).iter().all(lead) {
        return None;
    }
    let copulas = s.list(crate::cue!("subject.date_copula"));
    let particles = s.list(crate::cue!("subject.attributive"));
    let toks = tokens_in(s, after, ce);
    let (first, rest) = toks.split_first()?;
    let last = rest.last()?;
    let word = |t: &crate::segment::Token| {
        super::nominal(t) || t.tag == "vn" || particles.contains(t.word)
    };
    // jieba tags some nouns of money as verbs (拨款, 收入): after a noun opening the
    // phrase they close it as nouns do.
    let opens = super::nominal(&rest[0]) || matches!(rest[0].tag, "vn" | "b");
    let word = |t: &crate::segment::Token| word(t) || (opens && t.tag == "v");
    let named = opens && last.word.chars().count() > 1;
    let phrase = text(s, rest[0].start, last.end);
    if first.start != after
        || !copulas.contains(&rule_form(s.traditional, first.word))
        || !named
        || !rest.iter().all(word)
        || phrase.chars().count() > super::MAX_CHARS
    {
        return None;
    }
    if !inner {
        return Some(phrase);
    }
    let shares = s.list(crate::cue!("subject.bare_share"));
    let value = shares.iter().find_map(|w| shares.value(w))?;
    let noun = match value.split_once('/') {
        Some((_, traditional)) if s.traditional => traditional,
        Some((simplified, _)) => simplified,
        None => value,
    };
    Some(format!("{phrase}{noun}"))
}

/// Longest bracketed aside [`copula_item`] steps over after its figure, in chars.
const MAX_ASIDE_CHARS: usize = 16;

/// Longest member of a bracketed list ([`bracketed_member`]), in chars.
const MAX_MEMBER_CHARS: usize = 10;
/// Farthest an earlier bracketed figure's opening bracket stands from its closer, in chars.
const MAX_BRACKETED_CHARS: usize = 16;

/// A figure in brackets right after a member of a list (美國(28.9%)、日本(39.4%)及歐洲(40.7%))
/// that opens after a link word (`subject.member_link`: 为, 分别为, 依序为) or a colon is
/// that member's value of the measure before the link: the member + the measure, without
/// the time, lead words and a prepositional scope the members stand for (对主要市场出口
/// 年增率分别为美國(28.9%) → 美國出口年增率). None for a figure in no such list of two
/// members or more.
pub fn bracketed_member(s: &Sentence, fig: Span) -> Option<String> {
    let c = s.chars;
    let opens = |i: usize| matches!(c.get(i), Some('(' | '（'));
    let closes = |i: usize| matches!(c.get(i), Some(')' | '）'));
    if fig.0 == 0 || !opens(fig.0 - 1) || !closes(fig.1) {
        return None;
    }
    let joiners = s.list(crate::cue!("subject.item_joiner"));
    // The char a joiner (、, 及, 与) that ends right before char `at` starts at.
    let joiner_before = |at: usize| -> Option<usize> {
        if at > 0 && c[at - 1] == '、' {
            return Some(at - 1);
        }
        let rule = rule_form(s.traditional, s.f.slice(at.saturating_sub(2), at)).into_owned();
        joiners.suffix_of(&rule).map(|w| at - w.chars().count())
    };
    // The member before the bracket at `open`: nominal words ending right at it.
    let member = |open: usize| -> Option<usize> {
        let toks = tokens_in(s, open.saturating_sub(MAX_MEMBER_CHARS), open);
        let mut a = open;
        for t in toks.iter().rev() {
            if t.end != a || !nominal(t) || joiners.contains(&rule_form(s.traditional, t.word)) {
                break;
            }
            a = t.start;
        }
        (a < open).then_some(a)
    };
    let mut own = member(fig.0 - 1)?;
    let mut first = own;
    let mut members = 1;
    // Earlier members, each after a bracketed figure and a joiner.
    let mut joined = false;
    while let Some(j) = joiner_before(first) {
        if j == 0 || !closes(j - 1) {
            // A member may join two names (中国大陆与香港(16.1%)), once.
            let Some(a) = member(j).filter(|_| !joined) else {
                break;
            };
            own = if own == first { a } else { own };
            first = a;
            joined = true;
            continue;
        }
        joined = false;
        let Some(open) = (j.saturating_sub(MAX_BRACKETED_CHARS)..j - 1)
            .rev()
            .find(|&i| opens(i))
            .filter(|&i| is_figure(s, i + 1, j - 1))
        else {
            break;
        };
        let Some(a) = member(open) else {
            break;
        };
        first = a;
        members += 1;
    }
    let next_joined = c.get(fig.1 + 1) == Some(&'、')
        || joiners.starts(&rule_form(s.traditional, s.f.rest(fig.1 + 1)));
    if members < 2 && !next_joined {
        return None;
    }
    let head_end = list_head_end(s, first)?;
    let measure = scoped_measure(s, head_end)?;
    // A group of named members (三次产业结构) is read by the group rules.
    let groups = s.list(crate::cue!("subject.group_members"));
    if groups
        .iter()
        .any(|g| rule_form(s.traditional, &measure).contains(g))
    {
        return None;
    }
    Some(format!("{}{measure}", text(s, own, fig.0 - 1)))
}

/// Where the measure before a list opening at char `first` ends: before the colon, the
/// link word (`subject.member_link`) or both right before the list, and a 分别 word before
/// the link.
fn list_head_end(s: &Sentence, first: usize) -> Option<usize> {
    let colon = first > 0 && matches!(s.chars[first - 1], '：' | ':');
    let first = first - usize::from(colon);
    let before = rule_form(s.traditional, s.f.before(first)).into_owned();
    let linked = s
        .list(crate::cue!("subject.member_link"))
        .suffix_of(&before);
    if colon && linked.is_none() {
        return Some(first);
    }
    let link = linked?;
    let rest = &before[..before.len() - link.len()];
    let end = first - link.chars().count();
    let adverb = s.list(crate::cue!("subject.respectively")).suffix_of(rest);
    Some(end - adverb.map_or(0, |w| w.chars().count()))
}

/// The measure of the clause before char `end` ([`bracketed_member`]): its words from the
/// first that is no time, pronoun, numeral, adverb or lead word, after a scope word and
/// its noun (`subject.member_scope`: 各乡镇), and after a prepositional scope (对主要市场)
/// up to the verb or verbal noun after it. None when nothing is left.
fn scoped_measure(s: &Sentence, end: usize) -> Option<String> {
    let (cs, _) = super::hard_clause(s, (end, end));
    let toks = tokens_in(s, cs, end);
    let lead = s.list(crate::cue!("subject.lead"));
    let skip = |t: &crate::segment::Token| {
        matches!(t.tag, "t" | "r" | "m" | "d" | "c" | "q" | "mq" | "f")
            || lead.contains(&rule_form(s.traditional, t.word))
    };
    let k = toks.iter().position(|t| t.tag == "p" || !skip(t))?;
    let mut from = toks[k].start;
    let scope = s.list(crate::cue!("subject.member_scope"));
    let word = rule_form(s.traditional, toks[k].word);
    if let Some(w) = scope.prefix_of(&word) {
        // 各乡镇, 各/县 name the members' class: the measure starts after it.
        let skip = if w.len() < word.len() { 1 } else { 2 };
        if let Some(t) = toks.get(k + skip) {
            from = t.start;
        }
    } else if toks[k].tag == "p" {
        // The members stand for the scope: the measure is the verb on from it.
        let verb = toks[k + 1..]
            .iter()
            .find(|t| t.tag.starts_with('v'))
            .or_else(|| toks.get(k + 1))?;
        from = verb.start;
    }
    (from < end).then(|| text(s, from, end))
}

#[cfg(test)]
mod tests {
    use crate::extract::subject::test_rows::subject_of;

    #[test]
    fn a_respectively_list_of_ordered_members_names_each_member() {
        let t = "全年三次产业增加值分别为12.5亿元、88.1亿元和140.2亿元。";
        assert_eq!(subject_of(t, "12.5亿元"), "第一产业增加值");
        assert_eq!(subject_of(t, "88.1亿元"), "第二产业增加值");
        assert_eq!(subject_of(t, "140.2亿元"), "第三产业增加值");
        let t = "全县三次产业分别增长3.6%、7.2%和5.9%。";
        assert_eq!(subject_of(t, "7.2%"), "第二产业增长");
        // Traditional text keeps its own spelling after the ordinal.
        let t = "全縣三次產業產值分別為3億元、9億元和15億元。";
        assert_eq!(subject_of(t, "15億元"), "第三產業產值");
        // Figures not one per member: the rule leaves the list.
        let t = "三次产业增加值分别为12.5亿元和88.1亿元。";
        assert_ne!(subject_of(t, "12.5亿元"), "第一产业增加值");
        // A pair named by its members' first chars (城乡 → 城镇, 农村), after a date
        // and a heading parted by a space.
        let t = "居民收入 2023年全县城乡居民人均可支配收入分别增长5.6%和7.9%。";
        assert_eq!(subject_of(t, "5.6%"), "城镇居民人均可支配收入增长");
        assert_eq!(subject_of(t, "7.9%"), "农村居民人均可支配收入增长");
    }

    #[test]
    fn the_figure_of_a_comparison_base_is_the_earlier_figure() {
        let t = "全镇茶叶收购均价18.6元/公斤，较去年的17.2元/公斤增加1.4元/公斤。";
        assert_eq!(subject_of(t, "17.2元/公斤"), "去年茶叶收购均价");
        assert_eq!(subject_of(t, "18.6元/公斤"), "茶叶收购均价");
        let t = "散装大米平均价格为每公斤5.4元，比上月每公斤5.2元上涨3.8%。";
        // The base is a price per kilogram as well, so its subject says so.
        assert_eq!(subject_of(t, "5.2元"), "散装大米平均价格比上月（每公斤）");
        // A base named by a relative clause, the change after an adverb.
        let t = "今年登记的求职人数约为4 200人，较上一次统计的约3 100人还要高出约35%。";
        assert_eq!(subject_of(t, "约3 100人"), "登记的求职人数较上一次统计");
        // A comparison clause stating the change itself is no base.
        let t = "全镇茶叶收购均价18.6元/公斤，较去年增加1.4元/公斤。";
        assert_ne!(subject_of(t, "1.4元/公斤"), "茶叶收购均价较去年");
    }

    #[test]
    fn an_enumeration_heading_names_the_generic_items_of_its_line() {
        let t = "今年以来重点项目进展顺利。\n一是水利项目。实施项目4个，总投资8.2亿元，已完成投资2.5亿元。其中某某水库项目总投资3.1亿元。\n二是教育项目。共有某某中学扩建等3个项目，总投资1.6亿元。\n今年共储备项目20个。";
        assert_eq!(subject_of(t, "4个"), "水利项目");
        assert_eq!(subject_of(t, "8.2亿元"), "水利项目总投资");
        assert_eq!(subject_of(t, "2.5亿元"), "水利项目完成投资");
        // A project named by itself keeps its name.
        assert_eq!(subject_of(t, "3.1亿元"), "某某水库项目总投资");
        assert_eq!(subject_of(t, "3个"), "教育项目");
        assert_eq!(subject_of(t, "1.6亿元"), "教育项目总投资");
        // A line break ends the heading's reach.
        assert_eq!(subject_of(t, "20个"), "储备项目");
    }

    #[test]
    fn a_run_in_label_names_the_measure_of_its_line() {
        let t = "粮食产量 今年全县完成8.6万吨，同比增加0.4万吨，增幅为4.9%。其中：国有农场完成1.2万吨，同比增加0.1万吨。\n全县完成造林3.5万亩。\n饲料销售 上半年某饲料公司完成2600吨。";
        // An empty subject is the label; a change alone is the label's change.
        assert_eq!(subject_of(t, "8.6万吨"), "粮食产量");
        assert_eq!(subject_of(t, "0.4万吨"), "粮食产量同比增加");
        assert_eq!(subject_of(t, "4.9%"), "粮食产量增幅");
        // A body alone is the body's measure.
        assert_eq!(subject_of(t, "1.2万吨"), "国有农场粮食产量");
        assert_eq!(subject_of(t, "0.1万吨"), "国有农场粮食产量同比增加");
        // The next line is out of the label's reach.
        assert_eq!(subject_of(t, "3.5万亩"), "造林面积");
        assert_eq!(subject_of(t, "2600吨"), "某饲料公司饲料销售");
        // A first word that names no measure is no label (本报讯 is a dateline).
        let t = "本报讯 今年全县完成8.6万吨。";
        assert_eq!(subject_of(t, "8.6万吨"), "今年全县");
    }

    #[test]
    fn a_respectively_list_starts_after_a_figure_listed_before_it() {
        let t = "其中，除农业同比增长3.1%、林业、渔业和牧业分别下降2.5%、6.4%、1.2%。";
        assert_eq!(subject_of(t, "2.5%"), "林业下降");
        assert_eq!(subject_of(t, "6.4%"), "渔业下降");
        assert_eq!(subject_of(t, "1.2%"), "牧业下降");
        // Items of the kind the last one's tail names take no tail.
        let t = "其中，除农业增长3.1%、批发和零售业、交通运输仓储和邮政业分别下降2.5%、6.4%。";
        assert_eq!(subject_of(t, "2.5%"), "批发和零售业下降");
    }

    #[test]
    fn a_count_running_into_the_next_figure_counts_the_items_only() {
        let t = "新签约的15个项目中，6个文旅项目总投资32.5亿元。";
        assert_eq!(subject_of(t, "6个"), "文旅项目");
        assert_eq!(subject_of(t, "32.5亿元"), "文旅项目总投资");
        let t = "首批落户的三个项目预计总投资2.8亿元。";
        assert_eq!(subject_of(t, "三个"), "项目");
    }

    #[test]
    fn a_share_after_a_bare_share_verb_names_the_share() {
        let t = "全村常住人口1500人，其中外出务工人员占32%。";
        assert_eq!(subject_of(t, "32%"), "外出务工人员占比");
        let t = "入境旅客中，日本旅客占41.5%，韩国及泰国旅客则分别占20.3%及9.8%。";
        assert_eq!(subject_of(t, "41.5%"), "日本旅客占比");
        assert_eq!(subject_of(t, "9.8%"), "泰国旅客占比");
        // Traditional text writes the traditional noun; a share naming its whole stays.
        let t =
            "本季入境澳門的過夜旅客中，日本旅客佔總數41.5%；而韓國及泰國旅客則分別佔20.3%及9.8%。";
        assert_eq!(subject_of(t, "41.5%"), "日本旅客佔總數");
        assert_eq!(subject_of(t, "20.3%"), "韓國旅客佔比");
        // A share whose subject names its whole already stays.
        let t = "全市服务业增加值占GDP的比重为55.2%。";
        assert_eq!(subject_of(t, "55.2%"), "服务业增加值占GDP的比重");
    }

    #[test]
    fn a_share_after_a_copula_is_the_measure_share_of_its_whole() {
        let t = "今年前三季度，全市水利项目完成投资36.2亿元，为年度计划的88.5%，同比增长7.4%。";
        assert_eq!(subject_of(t, "88.5%"), "水利项目完成投资占年度计划");
        assert_eq!(subject_of(t, "7.4%"), "水利项目完成投资同比增长");
        let t = "其中，城区道路完成投资5.2亿元，为年计划的103.6%，同比下降2.1%。";
        assert_eq!(subject_of(t, "103.6%"), "城区道路完成投资占年计划");
        assert_eq!(subject_of(t, "2.1%"), "城区道路完成投资下降");
        // Traditional text writes the traditional verb.
        let t = "全縣防洪工程支出3.1億元，為年度預算的91.2%。";
        assert_eq!(subject_of(t, "91.2%"), "防洪工程支出佔年度預算");
        // A copula right before the figure names no whole: the rule leaves it.
        let t = "全市水利项目完成投资36.2亿元，增幅为7.4%。";
        assert_eq!(subject_of(t, "7.4%"), "水利项目完成投资增幅");
    }
}
