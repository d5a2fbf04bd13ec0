//! Stage 5: one document's text -> [`Fact`]s and [`Entity`]s.
//!
//! Per sentence: fold full-width forms, find dates ([`date`]), find figures on the raw
//! text ([`scan`]), then segment the sentence with jieba ([`crate::segment`]) only when
//! it holds a figure or an entity cue, and use the tokens to reject numerals that are
//! parts of words (四川, 统一), to attribute subjects ([`subject`]) and to find
//! entities ([`entity`]). Offsets in the output are chars of the decoded document.

pub mod bound;
pub mod copies;
pub mod date;
pub mod entity;
pub mod gazetteer;
pub mod index;
pub mod indicator;
pub mod mention;
pub mod number;
pub mod period;
pub mod place;
pub mod ratio;
pub mod region;
pub mod romanized;
pub mod scan;
pub mod subject;
pub mod table;
pub mod text;
pub mod trace;

use aho_corasick::AhoCorasick;
use rust_decimal::Decimal;

use crate::error::{Error, Result};
use crate::patterns::{EntityType, Kind, Patterns, WordList};
use crate::segment::Segmenter;
use crate::split::split_sentences;
pub use region::Region;
pub use scan::Approx;
use text::Folded;
pub use trace::{Candidate, SentenceTrace, TableTrace, Trace, Verdict};

/// A fact's value: a number in the canonical unit, or an ISO date string.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A quantity.
    Num(Decimal),
    /// A date (2026-03-26, 2026-Q1 …).
    Date(String),
    /// The terms of a ratio joined by `:` (9.1:40.2:50.7).
    Terms(String),
}

/// One extracted figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// 1-based sentence index.
    pub sentence: usize,
    /// First char in the document.
    pub start: usize,
    /// Char after the mention.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// What kind of quantity.
    pub kind: Kind,
    /// The value in the canonical unit.
    pub value: Value,
    /// Upper end of a range.
    pub value_max: Option<Value>,
    /// Canonical unit.
    pub unit: String,
    /// Approximation or bound.
    pub approx: Option<Approx>,
    /// What is measured.
    pub subject: String,
    /// Indicator label from patterns/indicators.tsv.
    pub indicator: String,
    /// Entities of the sentence.
    pub entities: Vec<String>,
    /// The sentence.
    pub context: String,
    /// The year the figure refers to (今年/去年 in its clause, else the nearest year before
    /// it in its sentence).
    pub period: String,
    /// The division (or other place) the figure describes ([`place::fact_place`]).
    pub place: String,
    /// Its division code, when known.
    pub place_code: String,
}

/// One named entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// 1-based sentence index.
    pub sentence: usize,
    /// First char in the document.
    pub start: usize,
    /// Char after.
    pub end: usize,
    /// The name as written.
    pub text: String,
    /// Its type.
    pub ty: EntityType,
    /// The full name a short form refers to (常州星荣公司 → 常州星荣新材料有限公司, named
    /// earlier in the document), else the text itself.
    pub canonical: String,
    /// A place's division code (GB/T 2260; townships nine digits), when known.
    pub code: String,
    /// Which rule found it (shown by `explain`).
    pub how: &'static str,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Default)]
pub struct DocExtract {
    /// Facts in text order.
    pub facts: Vec<Fact>,
    /// Entities in text order.
    pub entities: Vec<Entity>,
    /// Number of sentences.
    pub sentences: usize,
    /// Release date found in the text.
    pub release_date: Option<String>,
    /// The region the release comes from (given, or detected from its text).
    pub region: Region,
    /// The release's own place (full name) and its code.
    pub place: (String, String),
    /// (unit, subject) of the last counts handed on, newest last (at most
    /// [`RECENT_COUNTS`]): what a later place-only count counts (see
    /// `counted_after_place`) when the sentence's facts are gone to the writer.
    recent_counts: Vec<(String, String)>,
    /// The measure of the first figure of the last sentence that opens with no
    /// viewpoint clause nor part word, and its unit: what the parts of a sentence opening
    /// with one (分产业看，…; 其中，…) are parts of.
    lead_measure: LeadMeasure,
    /// The measure of the lead sentence's first figure in each unit, with the unit (粮食种植
    /// 面积 亩, 粮食总产量 吨): parts in another unit than the lead's first figure take
    /// the one in theirs (其中：谷物858吨 → 谷物产量).
    lead_by_unit: Vec<(String, String)>,
    /// The last measure that is a category's attribute (规上工业增加值) and its unit, kept
    /// over sentences without figures: what a later category alone with its change
    /// (县属工业下降) measures (`category_rows`).
    category_lead: LeadMeasure,
    /// The subject the last quantity got from its own clause, before a list item was put
    /// before it: a later figure with the same bare subject is another row of that list.
    listed: Option<String>,
    /// The year the last sentence writing one carried at its end: what 翌年/同年 opening a
    /// later sentence's dates count from (`date::carry_sentence_year`).
    carried_year: Option<i32>,
    /// (subject, unit) of the last quantities handed on, newest last (at most
    /// [`RECENT_SUBJECTS`]): a later figure given one of them again is told apart by the
    /// items its own sentence counts (see `told_apart_from_earlier`).
    recent_subjects: Vec<RecentSubject>,
    /// (unit, measure) of the first row in each unit of the latest sentence that had one
    /// and ranks nothing: what the items of a ranking in a later sentence that names its
    /// measure no more rank (完成纳管审查率96.47%。…新北市98.70%最高 → 新北市完成纳管审查率).
    unranked: Vec<(String, String)>,
    /// Organisations of four chars or more and people of three or more named so far (not
    /// references), with their type, newest last (at most [`NAMED`]): places inside a
    /// later mention of one are that name's (`entity::within_named`).
    named: Vec<(String, EntityType)>,
    /// Short forms organisations declared (（以下简称“某某股份”）) with their full names,
    /// newest last (at most [`NAMED`]): the `canonical` of a later mention
    /// (`entity::ShortForms::link`).
    aliases: Vec<(String, String)>,
    /// The group an enumeration heading names (一是新能源项目。), for the sentences after
    /// it on its line (`subject::GroupHeading`).
    group_heading: subject::GroupHeading,
    /// The measure a paragraph's run-in label names (煤炭产量 2月份…), for the sentences of
    /// its line (`subject::MeasureHeading`).
    measure_heading: subject::MeasureHeading,
    /// In a release whose own place is unknown, the division the last placed fact of the
    /// current line is about, when its sentence names it before its figures (河南省…, not
    /// 山东分公司) and is no part of a whole (其中，湖南省…): what a later figure of the
    /// line naming no place is about (see `place::fact_place`).
    line_place: Option<usize>,
    /// Byte end of the last sentence read: a line break after it ends `line_place`.
    line_end: usize,
    /// The comparison basis other than the usual year on year that the paragraph states
    /// (环比, 按季: `subject.kept_comparison`), for its later changes written without one.
    basis: Option<String>,
    /// The last village named so far (共和村): what a later village anaphor (该村, 全村:
    /// `place.village_anaphor`) means when its sentence names no place.
    last_village: Option<String>,
    /// The divisions named so far (coded LOC rows), the latest last, at most
    /// [`NAMED_DIVISIONS`]: what an anaphor of a kind the own place has none of means
    /// (临澧县… 全县 in a release about 常德市: see `place::fact_place`).
    named_divisions: Vec<usize>,
}

/// Most divisions a release's memory of named places holds.
const NAMED_DIVISIONS: usize = 8;

impl DocExtract {
    /// Adds the coded places of a sentence's `mentions` to `named_divisions`.
    fn remember_divisions(&mut self, mentions: &[entity::EntityMention]) {
        let named = (mentions.iter())
            .filter(|e| e.ty == EntityType::Loc)
            .filter_map(|e| e.division);
        for d in named {
            self.named_divisions.retain(|&x| x != d);
            self.named_divisions.push(d);
        }
        let extra = self.named_divisions.len().saturating_sub(NAMED_DIVISIONS);
        self.named_divisions.drain(..extra);
    }

    /// Starts the sentence at byte `at` of the document `rules`: a line break since the
    /// last one ends the line's place.
    fn start_sentence(&mut self, rules: &str, at: usize) {
        if rules
            .get(self.line_end..at)
            .is_none_or(|g| g.contains('\n'))
        {
            self.line_place = None;
        }
    }

    /// Reads sentence `s` of the document (`rules`, `written`) for an enumeration
    /// heading, giving the facts just made (the sentence's) the group of one before it.
    fn read_heading(
        &mut self,
        cues: &crate::patterns::Cues,
        doc: (&str, &str),
        s: &crate::split::Sentence,
    ) {
        let span = (s.byte_start, s.byte_end);
        self.group_heading.read(cues, doc, span, &mut self.facts);
        self.measure_heading.read(cues, doc, span, &mut self.facts);
    }
}

/// How many organisation names a document remembers for `entity::within_named`.
const NAMED: usize = 16;

/// The subject of `fact` read against the lead measure of the sentence before (`lead`,
/// with its unit): a count named by a bare attribute (已开工95所) with nothing before it
/// in the sentence (`first`) counts the items the sentence before counted in its unit; a
/// sentence opening with a comparison (較去年同期上升…) continues that measure. Not in
/// tables (`columns`).
fn after_lead(
    sent: &subject::Sentence,
    fact: &Fact,
    (kind, first): (Kind, bool),
    columns: Option<&Columns>,
    lead: &LeadMeasure,
) -> String {
    let p = fact.subject.clone();
    let Some((measure, unit)) = lead.as_ref().filter(|_| columns.is_none()) else {
        return p;
    };
    let p = if kind == Kind::Count && first && *unit == fact.unit {
        subject::with_counted_owner(sent, p, measure)
    } else if first && *unit == fact.unit {
        subject::with_lead_owner(sent, p, measure)
    } else {
        p
    };
    let p = match *unit == fact.unit {
        true => subject::ranked_lead(sent, p, measure),
        false => p,
    };
    subject::with_compared_lead(sent, p, measure)
}

/// A category alone with its change (县属工业下降2.1%, 私营企业增长9%) after a lead whose
/// measure is a category's attribute its parts take (`out.category_lead`: 规上工业增加值,
/// see `subject::is_category_measure`; kept over sentences without figures) is measured as
/// the lead is (县属工业增加值下降), see `subject::is_bare_category_change`; unless an
/// earlier figure of the sentence names no such attribute (第二产业完成9.67亿元，增长12%:
/// the change is that figure's). Each other row of the sentence's `rows` (text order) then
/// sets the lead when its measure is a category's attribute, else ends it in its unit. No
/// lead in or through a table (`table`).
fn category_rows(
    sent: &subject::Sentence,
    rows: &mut [(usize, Fact)],
    out: &mut DocExtract,
    table: bool,
) {
    let lead = &mut out.category_lead;
    if table {
        *lead = None;
        return;
    }
    let mut measured_by_lead = vec![false; rows.len()];
    // The lead stays while its rows are read: its attribute is found once.
    let carried = lead.as_ref().and_then(|(measure, unit)| {
        subject::lead_attribute(sent, measure).map(|attr| (measure, unit, attr))
    });
    if let Some((measure, unit, attr)) = carried {
        for i in 0..rows.len() {
            let fact = &rows[i].1;
            let mut before = rows[..i].iter().filter(|(_, f)| f.kind != Kind::Date);
            let measured = before.all(|(_, f)| f.subject.contains(attr.as_str()));
            let bare = || subject::is_bare_category_change(sent, &fact.subject);
            if fact.unit == *unit && measured && bare() {
                let p = std::mem::take(&mut rows[i].1.subject);
                rows[i].1.subject = subject::with_lead_attribute(sent, p, measure, false);
                measured_by_lead[i] = true;
            }
        }
    }
    // A figure measured by the lead leaves it; another sets it when its measure is a
    // category's attribute (规上工业|增加值, not 固定资产|投资), else ends it in its unit.
    let own =
        (rows.iter().zip(measured_by_lead)).filter(|((_, f), by)| f.kind != Kind::Date && !by);
    for ((_, f), _) in own {
        let m = subject::lead_measure(sent, &f.subject);
        if subject::is_category_measure(sent, &m) {
            *lead = Some((m, f.unit.clone()));
        } else if lead.as_ref().is_some_and(|(_, u)| *u == f.unit) {
            *lead = None;
        }
    }
}

/// `fact`'s subject when it names nothing (see `subject::named_or_before`): the measure
/// of the last earlier row of its unit or of the sentence's last row (`rows`), or of the
/// subject handed on to the first figure (`prev`, a topic clause's).
fn named_subject(
    sent: &subject::Sentence,
    span: subject::Span,
    fact: &mut Fact,
    (rows, prev): (&[(usize, Fact)], Option<&str>),
) {
    let same = rows.iter().rev().find(|(_, w)| w.unit == fact.unit);
    let before = match rows.last() {
        Some((_, w)) => (same.map(|(_, w)| w.subject.as_str()), Some(&*w.subject)),
        None => (prev, prev),
    };
    let p = std::mem::take(&mut fact.subject);
    fact.subject = subject::named_or_before(sent, span, p, before);
}

/// The lead measure for the sentences after `sent`, whose quantities are `rows`:
/// the measure of its first figure with a subject, with its unit, unless it opens with a
/// viewpoint or part word (`parts`: the lead before stays) or is a table row (`table`:
/// none); a viewpoint clause in a sentence without quantities (从上半年交易总额看，依次
/// 为…) names the measure of the parts after it, in any unit.
fn next_lead(
    sent: &subject::Sentence,
    rows: &[(usize, Fact)],
    (parts, table): (bool, bool),
    lead_measure: &mut LeadMeasure,
) {
    let named = (rows.is_empty() && !table)
        .then(|| subject::view_measure(sent))
        .flatten();
    if let Some(m) = named {
        *lead_measure = Some((m, String::new()));
    } else if !parts {
        // The lead is the sentence right before (or before a run of viewpoint ones), by
        // its first figure that is no date nor duration (前三季度 opens the lead, 增加值 is
        // measured; 连续3年下跌 is a streak of the measure after it).
        let next = (rows.iter())
            .find(|(_, f)| !f.subject.is_empty() && !matches!(f.kind, Kind::Date | Kind::Duration))
            .filter(|_| !table)
            .map(|(_, first)| {
                let m = subject::lead_measure(sent, &first.subject);
                (subject::lead_of_rate(sent, m), first.unit.clone())
            });
        // A level in the same unit without an attribute its parts could take (产销率为
        // 92.3%) between a lead that has one (工业增加值增长2.3%) and its parts leaves
        // that lead.
        let keeps = |(m, _): &(String, String)| subject::has_part_attribute(sent, m);
        let old = lead_measure.take().filter(keeps);
        *lead_measure = match (next, old) {
            (Some(n), Some(o)) if !keeps(&n) && n.1 == o.1 => Some(o),
            (n, _) => n,
        };
    }
}

/// The sentence's quantities `rows` as rows of a list and told apart from each other and
/// from earlier sentences' figures (see `listed_rows`, `told_apart`,
/// `told_apart_from_earlier`); `qty` are the sentence's quantities.
fn named_rows(
    sent: &subject::Sentence,
    qty: &[&scan::Mention],
    rows: &mut [(usize, Fact)],
    out: &mut DocExtract,
) {
    listed_rows(sent, qty, rows, &mut out.listed);
    told_apart(sent, rows);
    told_apart_from_earlier(sent, rows, &mut out.recent_subjects);
    added_rows(sent, rows);
    sibling_rows(sent, rows);
    ranked_rows(sent, rows, &mut out.unranked);
    member_rows(sent, rows);
    list_verb_rows(sent, rows);
    framed_rows(sent, rows);
    // A share after a bare share verb names the share (香港旅客佔比), once every figure
    // after it has taken its subject: none of them is a share of it.
    for (start, fact) in rows.iter_mut() {
        let span = (*start, *start + fact.end - fact.start);
        fact.subject = subject::bare_share(sent, span, std::mem::take(&mut fact.subject));
        fact.subject = subject::without_doubled(&fact.subject);
        fact.subject = subject::with_state_word(sent, span, std::mem::take(&mut fact.subject));
        fact.subject = subject::with_class(sent, span, std::mem::take(&mut fact.subject));
        // Once the figures after it have read its subject (a count of the works sized
        // keeps the works' name: 100立方米蓄水池1座).
        let p = std::mem::take(&mut fact.subject);
        fact.subject = subject::with_size(sent, span, fact.kind.name(), p);
        let p = std::mem::take(&mut fact.subject);
        fact.subject = subject::with_partner(sent, span, p);
    }
}

/// Bare measures (成交535套, 均价55284元/㎡, 总金额29.60亿元) after a clause naming a
/// category alone (其中：新房住宅，…; 商业，…) are that category's: the category goes in
/// front of their subjects, up to the sentence's end or the next such clause (see
/// [`subject::category_clause`], [`subject::bare_measure`]).
fn framed_rows(sent: &subject::Sentence, rows: &mut [(usize, Fact)]) {
    let mut frame: Option<String> = None;
    for (start, fact) in rows.iter_mut() {
        let span = (*start, *start + fact.end - fact.start);
        if let Some(t) = subject::category_clause(sent, span) {
            frame = Some(t);
        }
        let Some(t) = &frame else {
            continue;
        };
        if !fact.subject.contains(t.as_str()) && subject::bare_measure(sent, span) {
            fact.subject = format!("{t}{}", fact.subject);
        }
    }
}

/// Why `m` is no figure of its own: a bound of a tier (容量等于或小于10千瓦：每度电四元;
/// 超过10千瓦但不超过200千瓦：每度电三元), a bounded figure, or the first of two bounds
/// joined without a clause mark, right before a colon that another figure follows within
/// [`MAX_TIER_GAP`] chars: the bounds say which tier the figure after the colon is of.
fn tier_bound(m: &scan::Mention, f: &Folded, all: &[scan::Mention]) -> Option<&'static str> {
    if !matches!(m.approx, Some(Approx::Gt | Approx::Lt)) {
        return None;
    }
    // Through a second bound of the same tier (但不超过200千瓦).
    let mut end = m.end;
    if let Some(next) =
        (all.iter()).find(|e| e.start >= end && !f.slice(end, e.start).contains(subject::is_delim))
    {
        if next.start - end <= MAX_TIER_GAP && matches!(next.approx, Some(Approx::Gt | Approx::Lt))
        {
            end = next.end;
        }
    }
    let rest = f.rest(end).trim_start();
    let after = rest.strip_prefix([':', '：'])?;
    let skip = f.len() - after.chars().count();
    (all.iter())
        .any(|e| e.start >= skip && e.start - skip <= MAX_TIER_GAP)
        .then_some("bound of a tier (a figure after a colon is the tier's)")
}

/// Most chars between a tier's bounds, and between its colon and the tier's figure.
const MAX_TIER_GAP: usize = 6;

/// Items of a list of things built or bought after its first (新建蓄水池1座、渗水井10座、
/// 供水小站7套) named by their noun alone take the verb the first item's subject opens with
/// (新建渗水井): see [`subject::opening_verb`], [`subject::next_list_item`]. An item with a
/// verb of its own (更新机电管井8眼、新建…8眼) passes its verb on instead.
fn list_verb_rows(sent: &subject::Sentence, rows: &mut [(usize, Fact)]) {
    let mut verb: Option<String> = None;
    let mut prev_end: Option<usize> = None;
    for (start, fact) in rows.iter_mut() {
        let span = (*start, *start + fact.end - fact.start);
        let listed = matches!(fact.kind, Kind::Count | Kind::Length | Kind::Area);
        let own = subject::opening_verb(sent, span, &fact.subject).filter(|_| listed);
        let next = listed
            && prev_end.is_some_and(|e| subject::next_list_item(sent, span, &fact.subject, e));
        match (&own, &verb) {
            (None, Some(v)) if next => fact.subject = format!("{v}{}", fact.subject),
            (None, _) if next => {}
            (Some(v), _) if !fact.subject.starts_with(v.as_str()) => {
                fact.subject = format!("{v}{}", fact.subject);
                verb = own;
            }
            _ => verb = own,
        }
        prev_end = Some(span.1);
    }
}

/// Items of a ranking named alone (以新北市6萬35棟最多，台中市4萬3438棟次之) take the
/// measure of the nearest earlier row of the sentence in their unit that ranks nothing
/// (買賣登記30萬275棟 → 新北市買賣登記), see [`subject::ranked_alone`]; a share in
/// brackets right after such an item's figure (6萬35棟(占19.99%)) is that item's share.
fn ranked_rows(
    sent: &subject::Sentence,
    rows: &mut [(usize, Fact)],
    unranked: &mut Vec<(String, String)>,
) {
    let spans: Vec<subject::Span> = (rows.iter())
        .map(|(start, f)| (*start, *start + f.end - f.start))
        .collect();
    // Where a rank word opens or closes each figure, read once.
    let marks: Vec<(Option<usize>, bool)> = (spans.iter())
        .map(|&span| {
            (
                subject::rank_opened(sent, span),
                subject::rank_closes(sent, span),
            )
        })
        .collect();
    let items: Vec<Option<(String, String)>> = (rows.iter().zip(&spans).zip(&marks))
        .map(|(((_, f), &span), &m)| subject::ranked_alone(sent, span, &f.subject, m))
        .collect();
    // Figures that rank something, named alone or not (以桃園市增幅16.78%較大).
    let ranking: Vec<bool> = (marks.iter())
        .map(|&(opened, closes)| opened.is_some() || closes)
        .collect();
    for i in 0..rows.len() {
        if let Some((item, change)) = &items[i] {
            // The whole stands in an earlier clause and ranks nothing itself.
            let unit = &rows[i].1.unit;
            let (cs, _) = subject::clause(sent, spans[i].0, spans[i].1);
            let whole = (0..i).rev().find(|&j| {
                !ranking[j]
                    && spans[j].1 <= cs
                    && rows[j].1.unit == *unit
                    && !rows[j].1.subject.is_empty()
            });
            // Else the measure an earlier sentence named in the unit (…审查率96.47%。新北市
            // 98.70%最高，其次臺南市…), when this sentence ranks before naming any.
            let measure = match whole {
                Some(j) => Some(subject::lead_measure(sent, &rows[j].1.subject)),
                // Only an item a rank word closes or 其次 opens (以每辆均价6万元计算 ranks
                // nothing).
                None if (0..i).all(|j| ranking[j])
                    && (marks[i].1 || subject::rank_next_opens(sent, spans[i], marks[i].0)) =>
                {
                    (unranked.iter())
                        .find(|(u, _)| u == unit)
                        .map(|(_, m)| m.clone())
                }
                None => None,
            };
            if let Some(measure) = measure.filter(|m| !m.contains(item.as_str())) {
                rows[i].1.subject = format!("{item}{measure}{change}");
            }
        }
        // 6萬35棟(占19.99%): the share of the item just counted.
        let share = (i > 0 && items[i - 1].is_some())
            .then(|| subject::bracketed_share(sent, spans[i - 1], spans[i]))
            .flatten();
        if let Some(w) = share {
            rows[i].1.subject = format!("{}{w}", rows[i - 1].1.subject);
        }
    }
    // The sentence's first row in each unit that ranks nothing names the measure the next
    // sentences' rankings may rank.
    let mut fresh: Vec<(String, String)> = Vec::new();
    for (i, (_, f)) in rows.iter().enumerate() {
        if !ranking[i] && !f.subject.is_empty() && fresh.iter().all(|(u, _)| *u != f.unit) {
            fresh.push((f.unit.clone(), subject::lead_measure(sent, &f.subject)));
        }
    }
    for (u, m) in fresh {
        unranked.retain(|(x, _)| *x != u);
        unranked.push((u, m));
    }
}

/// A part named by its category alone after a sibling that names its measure takes that
/// measure (饮料类增长0.3% after 食品类零售额增长1.4%), see [`subject::sibling_part`]: the
/// nearest earlier row of the sentence in the same unit is the sibling.
fn sibling_rows(sent: &subject::Sentence, rows: &mut [(usize, Fact)]) {
    for i in 1..rows.len() {
        let fact = &rows[i].1;
        let Some(prev) = rows[..i].iter().rev().find(|(_, p)| p.unit == fact.unit) else {
            continue;
        };
        if let Some(p) = subject::sibling_part(sent, &prev.1.subject, &fact.subject) {
            rows[i].1.subject = p;
        }
    }
}

/// Runs of listed figures in one unit sharing a subject that names a group of as many
/// members (三次产业…分别为6%、41.4%、52.6%) take one member each, in order, see
/// [`subject::group_member`]. `rows` in text order.
fn member_rows(sent: &subject::Sentence, rows: &mut [(usize, Fact)]) {
    let mut a = 0;
    while a < rows.len() {
        let same = |f: &Fact| f.subject == rows[a].1.subject && f.unit == rows[a].1.unit;
        let b = a + rows[a..].iter().take_while(|(_, f)| same(f)).count();
        let k = b - a;
        if k > 1 && !rows[a].1.subject.is_empty() {
            for i in 0..k {
                if let Some(p) = subject::group_member(sent, &rows[a + i].1.subject, i, k) {
                    rows[a + i].1.subject = p;
                }
            }
        }
        a = b;
    }
}

/// Counts listed after a count of additions, each a bare noun phrase before its figure
/// (新增星级农家乐11家，乡村旅游接待户89户，床位741张), are additions too: they take
/// the verb of addition, see [`subject::added_item`]. `rows` in text order.
fn added_rows(sent: &subject::Sentence, rows: &mut [(usize, Fact)]) {
    for i in 1..rows.len() {
        let (before, fact) = (&rows[i - 1], &rows[i].1);
        if before.1.kind != Kind::Count || fact.kind != Kind::Count {
            continue;
        }
        let span = |(start, f): &(usize, Fact)| (*start, *start + f.end - f.start);
        let prev = (span(before), before.1.subject.as_str());
        if let Some(p) = subject::added_item(sent, prev, span(&rows[i]), &fact.subject) {
            rows[i].1.subject = p;
        }
    }
}

/// A sentence's earlier fact as a whole its later figures may be parts of: its subject
/// and the sentence char where it ends.
fn whole_of((start, w): &(usize, Fact)) -> (&str, usize) {
    (w.subject.as_str(), start + w.end - w.start)
}

/// The subject of `fact` at `span` read against the previous figure's subject `prev`
/// (see [`subject::with_prev_measure`]).
fn prev_measure(
    sent: &subject::Sentence,
    span: subject::Span,
    fact: &mut Fact,
    prev: Option<&str>,
) {
    let points = fact.kind == Kind::PercentagePoint;
    let p = std::mem::take(&mut fact.subject);
    fact.subject = subject::with_prev_measure(sent, (span, points), p, prev);
}

/// The measure of a lead sentence and its unit (see `DocExtract::lead_measure`).
type LeadMeasure = Option<(String, String)>;

/// The measure of the first row of `rows` in each unit with its unit (see
/// `DocExtract::lead_by_unit`); none for a table's row (`table`).
fn unit_leads(
    sent: &subject::Sentence,
    rows: &[(usize, Fact)],
    table: bool,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let named = rows
        .iter()
        .filter(|(_, f)| f.kind != Kind::Date && !f.subject.is_empty());
    for (_, f) in named.filter(|_| !table) {
        if out.iter().all(|(_, u)| *u != f.unit) {
            out.push((subject::lead_measure(sent, &f.subject), f.unit.clone()));
        }
    }
    out
}

/// Most chars of a part's name that takes the lead's measure in its unit (see
/// [`unit_lead`]) without being one word.
const MAX_UNIT_PART: usize = 4;

/// The named spans of a sentence, the lead measure and the lead's measures by unit (see
/// `DocExtract::lead_by_unit`), as the quantities of a sentence read them.
type LeadsOf<'a> = (
    &'a [NamedSpan],
    (&'a mut LeadMeasure, &'a mut Vec<(String, String)>),
);

/// The lead measure a part (`part`) in `unit` takes when the lead's first figure
/// (`lead`) is in another unit: the lead sentence's measure in that unit (`by_unit`),
/// or for a rate, in the unit of the part's amount before it (`amount`: 谷物858吨，同比
/// 增长5.0% → the lead's measure in 吨).
fn unit_lead<'a>(
    part: bool,
    lead: &LeadMeasure,
    by_unit: &'a [(String, String)],
    (unit, amount): (&str, &Option<String>),
) -> Option<&'a (String, String)> {
    let (_, lead_unit) = lead.as_ref().filter(|_| part)?;
    let rate = unit == "%" || unit == "pp";
    let wanted = if rate { amount.as_deref()? } else { unit };
    (wanted != lead_unit && !lead_unit.is_empty())
        .then(|| by_unit.iter().find(|(_, u)| u == wanted))
        .flatten()
}

/// A bare subject the previous figure also got (`listed`, carried over sentences) marks
/// one row of a list: the item its own clause names before it tells it apart (项目A，
/// 安排资金X → 项目A安排资金), see [`subject::listed_item`]. `qty` are the sentence's
/// quantities, `rows` its facts (start char, fact) in text order.
fn listed_rows(
    sent: &subject::Sentence,
    qty: &[&scan::Mention],
    rows: &mut [(usize, Fact)],
    listed: &mut Option<String>,
) {
    let amounts: Vec<subject::Span> = qty.iter().map(|m| (m.start, m.end)).collect();
    for (start, fact) in rows.iter_mut() {
        let span = (*start, *start + fact.end - fact.start);
        let bare = std::mem::take(&mut fact.subject);
        fact.subject = subject::listed_item(sent, (span, &amounts), &bare, listed.as_deref())
            .unwrap_or_else(|| bare.clone());
        *listed = Some(bare);
    }
}

/// Figures of one sentence that got the same subject in the same unit (解决1875个村民
/// 小组通达，完工里程1295公里，解决6987个村民小组通畅，完工里程12338公里) are told apart by
/// the items the count before each names (村民小组通达完工里程), when each has its own;
/// see [`subject::qualified`]. `rows` are the sentence's quantities in text order.
fn told_apart(sent: &subject::Sentence, rows: &mut [(usize, Fact)]) {
    let same = |a: &Fact, b: &Fact| a.subject == b.subject && a.unit == b.unit;
    let mut renamed: Vec<(usize, String)> = Vec::new();
    for i in 0..rows.len() {
        let fact = &rows[i].1;
        // Each group once, from its first member.
        if fact.subject.is_empty() || rows[..i].iter().any(|(_, f)| same(f, fact)) {
            continue;
        }
        let group: Vec<usize> = (i..rows.len())
            .filter(|&j| same(&rows[j].1, fact))
            .collect();
        if group.len() < 2 {
            continue;
        }
        // The nearest count before each member, after the member before it.
        let items: Option<Vec<&str>> = (group.iter().enumerate())
            .map(|(g, &j)| {
                let from = if g == 0 { 0 } else { group[g - 1] + 1 };
                (rows[from..j].iter())
                    .rfind(|(_, f)| f.kind == Kind::Count && f.unit != fact.unit)
                    .map(|(_, f)| f.subject.as_str())
            })
            .collect();
        let Some(items) = items else {
            continue;
        };
        let names: Option<Vec<String>> = (group.iter().zip(&items))
            .map(|(&j, item)| subject::qualified(sent, &rows[j].1.subject, item))
            .collect();
        let Some(names) = names else {
            continue;
        };
        if (1..names.len()).any(|k| names[..k].contains(&names[k])) {
            continue;
        }
        renamed.extend(group.into_iter().zip(names));
    }
    for (j, name) in renamed {
        rows[j].1.subject = name;
    }
}

/// A figure given the subject and unit of a figure of an earlier sentence (规划新增校舍面积
/// for the schools, then for the kindergartens) is told apart by the items the nearest
/// count before it in its own sentence names (规划新建幼儿园75所，规划新增校舍面积… →
/// 规划新建幼儿园规划新增校舍面积); `recent` are the (subject, unit) pairs handed on so far,
/// this sentence's are added.
fn told_apart_from_earlier(
    sent: &subject::Sentence,
    rows: &mut [(usize, Fact)],
    recent: &mut Vec<RecentSubject>,
) {
    // Only counts of things built or run (所, 座, 项: `subject.item_classifier`) name
    // items; a count of people or visits (人次) names a population, no item.
    let classifiers = sent.cues.at(crate::cue!("subject.item_classifier"));
    let items: Vec<String> = (0..rows.len())
        .map(|j| {
            (rows[..j].iter())
                .rfind(|(_, f)| f.kind == Kind::Count && classifiers.contains(&f.unit))
                .map_or_else(String::new, |(_, f)| f.subject.clone())
        })
        .collect();
    let earlier = |f: &Fact, recent: &[RecentSubject]| {
        (recent.iter())
            .find(|(s, u, _)| *s == f.subject && *u == f.unit)
            .map(|(_, _, item)| item.clone())
    };
    let mut renamed: Vec<(usize, String)> = Vec::new();
    for (j, (_, fact)) in rows.iter().enumerate() {
        if fact.subject.is_empty() || fact.kind == Kind::Count {
            continue;
        }
        // Only when the earlier figure was another count's items' (the schools', now
        // the kindergartens'): a paragraph repeated with the same items stays.
        let Some(before) = earlier(fact, recent) else {
            recent.push((fact.subject.clone(), fact.unit.clone(), items[j].clone()));
            continue;
        };
        // Items that differ only in a figure (110千伏变电站, 35千伏变电站) are one kind.
        let kind = |i: &str| -> String { i.chars().filter(|c| !c.is_ascii_digit()).collect() };
        if before.is_empty() || items[j].is_empty() || kind(&before) == kind(&items[j]) {
            continue;
        }
        if let Some(name) = subject::qualified(sent, &fact.subject, &items[j]) {
            renamed.push((j, name));
        }
    }
    for (j, name) in renamed {
        rows[j].1.subject = name;
    }
    let over = recent.len().saturating_sub(RECENT_SUBJECTS);
    recent.drain(..over);
}

/// A subject handed on, its unit and the items the count before it in its sentence
/// names (empty for none): see `told_apart_from_earlier`.
type RecentSubject = (String, String, String);

/// How many earlier subjects `told_apart_from_earlier` looks back at.
const RECENT_SUBJECTS: usize = 64;

/// How many earlier counts `counted_after_place` may look back at.
const RECENT_COUNTS: usize = 16;

/// Extraction switches.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Also emit every numeral as kind `number` (and ordinals as `ordinal`).
    pub numbers: bool,
    /// The region of the release (`--region`); None detects it from the text.
    pub region: Option<Region>,
    /// The release's own place (`--place`), as an index into the gazetteer's divisions
    /// ([`Extractor::given_place`]); None finds it in the text.
    pub place: Option<usize>,
    /// The divisions the release's name spells in pinyin ([`Extractor::spelled`]): its
    /// own place when the text names none, or only one above it.
    pub spelled: romanized::Spelled,
    /// The region the release's host names by its domain ([`Extractor::host_region`]):
    /// weighs as marks of that region when the region is detected.
    pub host_region: Option<Region>,
}

/// The compiled rules and the segmenter; build once, share by reference.
pub struct Extractor {
    patterns: Patterns,
    segmenter: Segmenter,
    entity_cues: AhoCorasick,
    /// The date regexes, built from the `date.*` cues.
    dates: date::DateRules,
    /// The period rules (relative year words with their offsets).
    periods: period::Periods,
    /// The region rules (marks, currencies).
    regions: region::RegionRules,
    /// The divisions' pinyin, built on the first release name asked about.
    roman: std::sync::OnceLock<romanized::RomanIndex>,
}

/// Whether the figures of a sentence are parts of a lead measure, and which: parts under
/// a viewpoint (分产业看，…) are parts of the paragraph's lead measure (`lead_measure`), or
/// of the measure a frame opening the sentence names (在某零售额中，…); so are the parts of
/// a sentence opening with 其中 (其中，城镇实现15亿元), and those counted in a frame of units
/// (在法人单位中，制造业1506个). None in a table's row (`table`). Returns (under a viewpoint,
/// parts, the lead measure with its unit).
fn parts_lead(
    sent: &subject::Sentence,
    table: bool,
    lead_measure: &LeadMeasure,
) -> (bool, bool, LeadMeasure) {
    let frame = (!table)
        .then(|| subject::frame_measure(sent).or_else(|| subject::trend_measure(sent)))
        .flatten();
    let view = !table && (frame.is_some() || subject::opens_with_view(sent));
    // A frame's figures are its parts, with a change or without (在某零售额中，某类12亿元).
    let part = !table && (frame.is_some() || !view && subject::opens_with_part(sent));
    // A viewpoint naming the measure (从主要产品产量看) leads a sentence that no earlier
    // one leads.
    let named = || {
        (view && !table)
            .then(|| subject::view_measure(sent))
            .flatten()
    };
    let lead = (frame.map(|(m, _)| (m, String::new())))
        .or_else(|| lead_measure.clone())
        .or_else(|| named().map(|m| (m, String::new())))
        .filter(|_| view || part);
    (view, part, lead)
}

/// Chars of context segmented around a numeral to see whether it is a word part.
const WORD_WINDOW: usize = 4;

/// Chars after a duration searched for a `figure.zone_word` (15分钟便民生活圈).
const ZONE_WINDOW: usize = 8;

/// Why a figure in digits is part of a term of the dictionary that runs past it into Han
/// chars (4050人员, a group of workers named by their ages: patterns/dict.txt), if it is.
fn term_with_digits(m: &scan::Mention, f: &Folded, seg: &Segmenter) -> Option<&'static str> {
    // jieba's words run only over Han chars and ASCII word chars (+#&._%-): a figure a
    // mark or space closes ends every word there, so most figures are not segmented.
    let word_char =
        |c: char| entity::is_han(c) || c.is_ascii_alphanumeric() || "+#&._%-".contains(c);
    if !f.char(m.end).is_some_and(word_char) {
        return None;
    }
    let (a, _) = m.numeral;
    let w0 = a.saturating_sub(WORD_WINDOW);
    let toks = seg.segment(f.slice(w0, m.end + WORD_WINDOW));
    let t = toks.iter().find(|t| t.start + w0 <= a && a < t.end + w0)?;
    let term = t.end + w0 > m.end && t.word.chars().any(entity::is_han) && seg.is_known(t.word);
    term.then_some("figure inside a term of the dictionary")
}

/// Why a Chinese-numeral candidate is part of a word (四川, 统一, 一体化), if it is: the
/// numeral must start a token, and that token must not run past the figure unless jieba
/// calls it a numeral. Segments only a few chars around the numeral. `verb_numerals`
/// (`figure.verb_numeral`) are numerals that alone are verbs (拾起).
fn word_check(
    m: &scan::Mention,
    f: &Folded,
    seg: &Segmenter,
    verb_numerals: &WordList,
    vague: &WordList,
) -> Option<&'static str> {
    if !m.chinese {
        return None;
    }
    let (a, b) = m.numeral;
    // A lone 拾 is the verb "pick up" (拾起, 拾取): as a numeral it comes inside a
    // financial figure (壹拾万元).
    if verb_numerals.contains(f.slice(a, b)) {
        return Some("numeral standing alone as a verb (figure.verb_numeral)");
    }
    let w0 = a.saturating_sub(WORD_WINDOW);
    let window = f.slice(w0, m.end.max(b) + WORD_WINDOW);
    let toks = seg.segment(window);
    let t = toks.iter().find(|t| t.start + w0 <= a && a < t.end + w0)?;
    let (ts, te) = (t.start + w0, t.end + w0);
    // A vague amount (数百人) is one word with its vague word: it starts the mention; so
    // is a word of the mention's own qualifier and numeral (近三成 of 近三成九).
    let own_word = ts >= m.start && te <= m.end.max(b);
    let from = if vague.starts(f.slice(m.start, a)) || own_word {
        m.start
    } else {
        a
    };
    if ts < from && !matches!(t.tag, "m" | "mq") {
        return Some("numeral inside a word");
    }
    if te > m.end.max(b) && !matches!(t.tag, "m" | "mq" | "q") {
        return Some("numeral starts a word");
    }
    // A one-char unit of measure that makes a word with the char after it (五方面: 方面,
    // no 5 m³). Classifiers and time units are left alone (三个人, 两年前).
    let measure = matches!(
        m.kind,
        Kind::Volume | Kind::Area | Kind::Length | Kind::Mass | Kind::Energy | Kind::Power
    );
    if measure && m.end == b + 1 {
        let toks = seg.segment(f.slice(b, m.end + WORD_WINDOW));
        // jieba's b (distinguishing) words keep the figure: 三吨重, 万吨级.
        if toks.first().is_some_and(|t| {
            t.end > 1 && !matches!(t.tag, "m" | "mq" | "q" | "b" | "x") && seg.is_known(t.word)
        }) {
            return Some("unit starts a word");
        }
    }
    None
}

impl Extractor {
    /// Builds the extractor (loads jieba and the user dictionary: ~0.15 s).
    pub fn new(patterns: Patterns) -> Result<Extractor> {
        let periods = period::Periods::new(&patterns.cues)?;
        let regions = region::RegionRules::new(&patterns.cues)?;
        // Loading jieba's dictionary is most of the start-up; the lazily built tables
        // (jieba's POS and HMM models, our regexes) are built meanwhile on a second
        // thread instead of by the first document (which would make the other
        // workers wait for them).
        let (segmenter, dates) = std::thread::scope(|scope| {
            let dates = scope.spawn(|| {
                let dates = date::DateRules::new(&patterns.cues);
                if let Ok(d) = &dates {
                    warm_up(&patterns, d);
                }
                dates
            });
            let segmenter = Segmenter::of(&patterns);
            let dates = dates
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (segmenter, dates)
        });
        let (segmenter, dates) = (segmenter?, dates?);
        let cues = patterns
            .entity_suffixes
            .iter()
            .chain(patterns.entity_names.iter())
            .map(|(w, _)| w.as_str())
            .chain(patterns.entity_titles.iter().map(String::as_str))
            // Places named by their own name (countries, regions): a sentence naming one
            // holds an entity though it has no figure.
            .chain(patterns.cues.at(crate::cue!("entity.place")).iter());
        let entity_cues =
            AhoCorasick::new(cues).map_err(|e| Error::Config(format!("entities: {e}")))?;
        Ok(Extractor {
            patterns,
            segmenter,
            entity_cues,
            dates,
            periods,
            regions,
            roman: std::sync::OnceLock::new(),
        })
    }

    /// The divisions the release name `name` (file name, path, URL or id) spells in
    /// pinyin (`anhua.gov.cn` → 安化县), as [`Options::spelled`]: see [`romanized`].
    pub fn spelled(&self, name: &str) -> romanized::Spelled {
        let cues = &self.patterns.cues;
        let mut words = romanized::name_words(name, cues.at(crate::cue!("place.name_stop")));
        let heads = romanized::tail_heads(&words, cues.at(crate::cue!("place.name_tail")));
        words.extend(heads);
        let labels = romanized::host_labels(name, cues.at(crate::cue!("place.host_stop")));
        if words.is_empty() && labels.is_empty() {
            return romanized::Spelled::default();
        }
        let index = self.roman.get_or_init(|| {
            let suffixes = cues.at(crate::cue!("place.short_suffix"));
            let ethnic = cues.at(crate::cue!("place.ethnic"));
            romanized::RomanIndex::build(self.patterns.gazetteer(), (suffixes, ethnic))
        });
        let spelled = index.spelled(self.patterns.gazetteer(), &words);
        if spelled.is_empty() {
            index.spelled_initials(&labels)
        } else {
            spelled
        }
    }

    /// The region the host in a release's name (a URL, or a file named by its host:
    /// `c01_www.info.gov.hk.txt`) names by its top-level domain (`region.host_domain`) or
    /// a word in its name (`region.host_word`: todaymacao.com).
    pub fn host_region(&self, name: &str) -> Option<Region> {
        self.regions.of_host(&romanized::release_host(name))
    }

    /// The division `--place NAME` names (a code, a full or short name, or names from
    /// the top down: 湖南省安化县), as [`Options::place`]; Err says why none (unknown,
    /// or ambiguous with its candidates).
    pub fn given_place(&self, name: &str) -> std::result::Result<usize, String> {
        place::given_place(self.patterns.gazetteer(), name)
    }

    /// Why `m` names a class, a name or a ranking's top rather than a figure: an age or a
    /// span glued inside an organisation's name (中国一百岁集团: [`Self::inside_org_name`]),
    /// a bound or range (`bounded`) before the count of the things in that class
    /// (常住人口超过5万人的有1个, 在1万人至2万人之间的有4个: `figure.class_count_link`),
    /// a count of the top places of a ranking (居前3位的某镇: `figure.top_before`).
    fn class_name_or_rank(
        &self,
        m: &scan::Mention,
        f: &Folded,
        bounded: bool,
    ) -> Option<&'static str> {
        let cues = &self.patterns.cues;
        if m.chinese && matches!(m.kind, Kind::Age | Kind::Duration) && self.inside_org_name(m, f) {
            return Some("numeral inside an organisation's name (entity suffix after it)");
        }
        if bounded {
            let link = cues.at(crate::cue!("figure.class_count_link"));
            let rest = f.rest(m.end);
            let counted = link
                .prefix_of(rest)
                .and_then(|w| rest[w.len()..].chars().next());
            if counted.is_some_and(|c| c.is_ascii_digit() || number::is_numeral_char(c)) {
                return Some("size class of a count (figure.class_count_link)");
            }
        }
        let top = cues.at(crate::cue!("figure.top_before"));
        (m.kind == Kind::Count && top.ends(f.before(m.start)))
            .then_some("the top places of a ranking (figure.top_before)")
    }

    /// Whether the figure `m` of `f` stands between a Han char and a word of up to
    /// [`ORG_TAIL_CHARS`] Han chars ending with an organisation's suffix of two chars or
    /// more (entities.tsv: 集团, 有限公司), nothing between.
    fn inside_org_name(&self, m: &scan::Mention, f: &Folded) -> bool {
        let glued = m.start > 0 && f.char(m.start - 1).is_some_and(scan::is_cjk);
        let tail: String = (f.rest(m.end).chars())
            .take_while(|&c| scan::is_cjk(c))
            .take(ORG_TAIL_CHARS)
            .collect();
        let ends = |w: &str| {
            (self.patterns.entity_suffixes.iter()).any(|(s, ty)| {
                *ty == crate::patterns::EntityType::Org
                    && s.chars().count() >= 2
                    && w.ends_with(s.as_str())
            })
        };
        glued && (tail.char_indices()).any(|(i, c)| ends(&tail[..i + c.len_utf8()]))
    }

    /// Why a candidate figure of the folded sentence `f` is not a fact, or None when it
    /// is one: the one verdict on candidates (the trace records it for `explain`).
    /// `numbers` (the `--numbers` mode) also word-checks bare Chinese numerals.
    pub fn judge(&self, m: &scan::Mention, f: &Folded, numbers: bool) -> Option<&'static str> {
        if let Some(r) = m.rejected {
            return Some(r);
        }
        let cues = &self.patterns.cues;
        // 翻一番 is a fixed phrase: jieba's words there say nothing about the numeral.
        let doubling = m.kind == Kind::Multiple
            && cues
                .at(crate::cue!("figure.fixed_multiple"))
                .ends(f.slice(m.start, m.end));
        if m.chinese && (m.kind != Kind::Number || numbers) && !doubling {
            let verb_numerals = cues.at(crate::cue!("figure.verb_numeral"));
            let vague = cues.at(crate::cue!("scan.vague"));
            if let Some(r) = word_check(m, f, &self.segmenter, verb_numerals, vague) {
                return Some(r);
            }
        }
        if !m.chinese {
            if let Some(r) = term_with_digits(m, f, &self.segmenter) {
                return Some(r);
            }
        }
        if m.kind == Kind::Number {
            return Some("no unit or classifier (a bare number)");
        }
        // 一度 (at one time) before a verb is an adverb; 一度电 stays 1 kWh.
        if m.chinese {
            let keep = cues
                .at(crate::cue!("figure.numeral_adverb"))
                .value(&subject::rule_form(true, f.slice(m.start, m.end)));
            let next = f.char(m.end).filter(|&c| scan::is_cjk(c));
            if keep.is_some_and(|k| next.is_some_and(|c| !k.contains(c))) {
                return Some("adverb written with a numeral (figure.numeral_adverb)");
            }
        }
        // 一 + classifier is an article (一批, 一个), not a count.
        if m.chinese && m.kind == Kind::Count && m.value == Decimal::ONE && m.approx.is_none() {
            return Some("article (the numeral one before a classifier)");
        }
        // 一斤11块钱, 一个月能挣三千多元: one unit of measure or time before another figure
        // of its clause is what that figure is per (as 每斤12元), no figure of its own.
        if m.chinese && self.per_one_before(m, f) {
            return Some("the one unit a figure after it is per (as after a per word)");
        }
        // 三七种植面积, 六个核桃: a numeral opening the name of a plant or product.
        let names = cues.at(crate::cue!("figure.numeral_name"));
        if m.chinese && names.prefix_of(f.rest(m.numeral.0)).is_some() {
            return Some("numeral opening a name (figure.numeral_name)");
        }
        // 八所港, 三亚市, 三棵桩村: a numeral opening a place's name.
        if let Some(why) = (m.chinese).then(|| self.place_name_numeral(m, f)).flatten() {
            return Some(why);
        }
        // A lone 零 before a classifier starts a word (零部件, 零售, 零星), never a count.
        if m.chinese && m.value.is_zero() && m.numeral.1 == m.numeral.0 + 1 {
            return Some("numeral inside a word (zero as one char)");
        }
        // 过去五年, 未来三年, 这一年; 两年平均, 三年来: the time frame of other figures.
        if let Some(why) = self.duration_frame(m, f) {
            return Some(why);
        }
        // 过1亿元项目19个: the money names a size class of the things counted after it; a
        // bound (5亿元以上新签约项目23个) may stand before a short phrase ending with the noun.
        let bounded = matches!(m.approx, Some(Approx::Gt | Approx::Lt | Approx::Range));
        // 65岁以上长者, 0至14岁人口: a bounded age names an age group, no measure.
        if m.kind == Kind::Age && bounded {
            return Some("age group (an age with a bound or range)");
        }
        if let Some(why) = (self.group_or_number_label(m, f))
            .or_else(|| self.spec_or_slogan(m, f))
            .or_else(|| self.class_name_or_rank(m, f, bounded))
        {
            return Some(why);
        }
        if m.kind == Kind::Money {
            let rest = f.rest(m.end);
            let nouns = cues.at(crate::cue!("figure.size_class_noun"));
            // 10-50亿元企业完成营业收入…: a bound or range right before the noun is its class.
            if bounded && nouns.prefix_of(rest).is_some() {
                return Some("size class of the things named after it (figure.size_class_noun)");
            }
            let numeral = |c: char| c.is_ascii_digit() || number::is_numeral_char(c);
            let noun = nouns.prefix_of(rest).map(str::len).or_else(|| {
                let words: String = (rest.chars())
                    .take_while(|&c| !numeral(c) && !subject::is_delim(c))
                    .take(MAX_SIZE_CLASS_CHARS + 1)
                    .collect();
                // 总投资10亿元以上的项目14项 keeps the money: 的 makes it the projects' total.
                let attributive = cues.at(crate::cue!("subject.attributive"));
                (m.approx.is_some()
                    && words.chars().count() <= MAX_SIZE_CLASS_CHARS
                    && nouns.ends(&words)
                    && !attributive.iter().any(|w| words.contains(w)))
                .then_some(words.len())
            });
            let counted = noun.and_then(|n| rest[n..].chars().next());
            // 5-10亿元5个: a class listed with its count right after it.
            let listed = bounded && rest.chars().next().is_some_and(|c| c.is_ascii_digit());
            if counted.is_some_and(numeral) || listed {
                return Some("size class of a count (figure.size_class_noun)");
            }
        }
        if m.kind == Kind::Count && m.approx.is_none() && self.counts_its_list(m, f) {
            return Some("count of the items listed right before it");
        }
        self.standing_or_furniture(m, f)
    }

    /// Why `m` names a group or a thing rather than measuring one: an age right before a
    /// noun of people of that age (65岁人口, 60歲人群: `figure.age_group_noun`), a
    /// building's number after the site it stands on (某宾馆9栋, 花园小区3幢:
    /// `figure.building_site` before, `figure.building_unit` its classifier), a count
    /// of the items a list after it names (三個原因：一是…, 两项措施，一是…:
    /// `figure.list_marker_after` after the clause's colon or comma), the categories of
    /// a price index (八大类价格: `figure.category_unit` before `figure.category_noun`).
    fn group_or_number_label(&self, m: &scan::Mention, f: &Folded) -> Option<&'static str> {
        let cues = &self.patterns.cues;
        let rest = f.rest(m.end);
        if m.kind == Kind::Age && cues.at(crate::cue!("figure.age_group_noun")).starts(rest) {
            return Some("age group (an age naming the people of that age)");
        }
        if m.kind != Kind::Count || m.approx.is_some() {
            return None;
        }
        // 七大类价格: the categories a price index breaks down into.
        if cues
            .at(crate::cue!("figure.category_unit"))
            .contains(&m.unit)
            && cues.at(crate::cue!("figure.category_noun")).starts(rest)
        {
            return Some("categories of a price index (figure.category_noun)");
        }
        if cues
            .at(crate::cue!("figure.building_unit"))
            .contains(&m.unit)
            && (cues.at(crate::cue!("figure.building_site"))).ends(f.before(m.start))
        {
            return Some("building number (a building of the site named before it)");
        }
        let clause: String = rest
            .chars()
            .take_while(|&c| !subject::is_delim(c))
            .take(MAX_LIST_NOUN_CHARS + 1)
            .collect();
        let after = rest[clause.len()..].chars().next()?;
        let listed = clause.chars().count() <= MAX_LIST_NOUN_CHARS
            && matches!(after, ':' | '：' | ',' | '，')
            && (cues.at(crate::cue!("figure.list_marker_after")))
                .starts(rest[clause.len() + after.len_utf8()..].trim_start());
        listed.then_some("count of the items a list after it names (figure.list_marker_after)")
    }

    /// Whether the duration `m` is the reach that names a zone (15分钟便民生活圈,
    /// 1小时经济圈): a `figure.zone_word` among the [`ZONE_WINDOW`] chars after it in its
    /// clause.
    fn names_zone(&self, m: &scan::Mention, f: &Folded) -> bool {
        let after: String = (f.rest(m.end).chars())
            .take(ZONE_WINDOW)
            .take_while(|c| !"，。；：、,;:！？!?".contains(*c))
            .collect();
        (self.patterns.cues)
            .at(crate::cue!("figure.zone_word"))
            .occurs_in(&after)
    }

    /// Why `m` is a standing or page furniture rather than a measure (issue 12): the
    /// years of an award streak (连续5年当选), a rank written without an ordinal prefix
    /// (排名由去年的15位升至), a weather widget's temperature (a line with a weekday and
    /// no clause punctuation).
    fn standing_or_furniture(&self, m: &scan::Mention, f: &Folded) -> Option<&'static str> {
        let cues = &self.patterns.cues;
        if m.kind == Kind::Duration
            && cues
                .at(crate::cue!("subject.streak"))
                .ends(f.before(m.start))
            && cues
                .at(crate::cue!("figure.award_after"))
                .starts(f.rest(m.end))
        {
            return Some("years of an award streak (figure.award_after)");
        }
        if m.kind == Kind::Count && cues.at(crate::cue!("figure.rank_unit")).contains(&m.unit) {
            let head = f.before(m.start);
            if cues.at(crate::cue!("figure.rank_prefix")).ends(head) {
                return Some("top places of a ranking (figure.rank_prefix)");
            }
            let from = head.rfind(['。', ';', '；']).map_or(0, |i| i + 1);
            let n = head[from..].chars().count();
            let window: String = head[from..]
                .chars()
                .skip(n.saturating_sub(RANK_WINDOW))
                .collect();
            if cues.at(crate::cue!("figure.rank_word")).occurs_in(&window) {
                return Some("rank without an ordinal prefix (figure.rank_word)");
            }
        }
        let before = f.before(m.start);
        // 每100户, 每3天, 每0.1公顷施肥5公斤: whatever follows 每 is what the rate is per.
        if cues.at(crate::cue!("figure.per_before")).ends(before) {
            return Some("denominator of a rate (figure.per_before)");
        }
        if self.basis_of_a_rate(m, f) {
            return Some("one unit another figure is per (a yield or a price)");
        }
        if m.kind == Kind::Duration
            && cues
                .at(crate::cue!("figure.duration_name"))
                .starts(f.rest(m.end))
        {
            return Some("years naming a kind of school or schooling (figure.duration_name)");
        }
        if m.kind == Kind::Duration
            && m.unit == "day"
            && cues.at(crate::cue!("figure.days_named")).ends(before)
        {
            return Some("the days named before it (figure.days_named)");
        }
        if m.kind == Kind::Duration
            && m.chinese
            && m.value == Decimal::ONE
            && cues.at(crate::cue!("figure.described_before")).ends(before)
        {
            return Some("the year described (figure.described_before)");
        }
        if m.kind == Kind::Temperature && weather_widget(cues, &f.text) {
            return Some("weather widget of the page (figure.weekday)");
        }
        if self.page_counter(m, before) {
            return Some("the page's own counter (figure.counter_label)");
        }
        None
    }

    /// Whether `m` is one unit of area, mass, volume or length written in words (一亩,
    /// 一吨) that a figure right after it in the clause is per: 一亩地产200斤, 一吨可卖三千元
    /// state a yield or a price, and the one unit is no figure of its own.
    fn basis_of_a_rate(&self, m: &scan::Mention, f: &Folded) -> bool {
        let measure = matches!(
            m.kind,
            Kind::Area | Kind::Mass | Kind::Volume | Kind::Length
        );
        let one = number::parse_number(f.slice(m.numeral.0, m.numeral.1)) == Ok(Decimal::ONE);
        if !(measure && one) {
            return false;
        }
        let numeral = |c: char| c.is_ascii_digit() || number::is_numeral_char(c);
        let rest = f.rest(m.end);
        let gap = rest
            .chars()
            .take_while(|&c| !numeral(c) && !subject::is_delim(c))
            .count();
        let next = rest.chars().nth(gap);
        // 一亩产… in words; in digits only a price (1公斤200元, 1公斤只有130元): 试种1亩
        // 地产出300斤 is a plot of one mu.
        let sum = || {
            let after: String = (rest.chars().skip(gap))
                .skip_while(|&c| numeral(c) || c == '.')
                .collect();
            (self.patterns.unit_at(&after)).is_some_and(|(u, _)| u.kind == Kind::Money)
        };
        let fits = if m.chinese { gap >= 1 } else { sum() };
        fits && gap <= MAX_BASIS_GAP && next.is_some_and(numeral)
    }

    /// Whether count `m` (after the text `before`) is the page's own counter: a
    /// `figure.counter_label` (浏览次数, 阅读) with a colon or a space between them
    /// (浏览次数：419次, 阅读 1024), as page headers print it; in prose (阅读量达500万次)
    /// the label is a measure. Or the page's pager, a count after `figure.pager` (本文共3页).
    fn page_counter(&self, m: &scan::Mention, before: &str) -> bool {
        let cues = &self.patterns.cues;
        if m.kind == Kind::Count && cues.at(crate::cue!("figure.pager")).ends(before) {
            return true;
        }
        let label = before.trim_end_matches([' ', '\u{3000}', '\u{a0}', '\t']);
        let Some(label) = label
            .strip_suffix([':', '：'])
            .or_else(|| (label.len() < before.len()).then_some(label))
        else {
            return false;
        };
        let label = label.trim_end_matches([' ', '\u{3000}', '\u{a0}', '\t']);
        m.kind == Kind::Count && cues.at(crate::cue!("figure.counter_label")).ends(label)
    }

    /// Whether the count `m` in Chinese numerals numbers a slogan's parts: right before
    /// a `figure.slogan_after` word (四个不摘, 两个确保), before a quality word that
    /// closes its item (四项先进、五个优秀等: `figure.slogan_quality`), before a short
    /// quoted word that closes its clause (四个“亲自”。), or numbering a list's items in
    /// turn ([`numbered_item`]).
    fn slogan_count(&self, m: &scan::Mention, f: &Folded) -> bool {
        let rest = f.rest(m.end);
        let cues = &self.patterns.cues;
        let quality_alone = cues
            .at(crate::cue!("figure.slogan_quality"))
            .prefix_of(rest)
            .is_some_and(|w| {
                let after = &rest[w.len()..];
                after.chars().next().is_none_or(subject::is_delim)
                    || cues.at(crate::cue!("figure.list_end")).starts(after)
            });
        if cues.at(crate::cue!("figure.slogan_after")).starts(rest)
            || quality_alone
            || numbered_item(f, m)
        {
            return true;
        }
        let mut chars = rest.chars();
        if !chars.next().is_some_and(|c| matches!(c, '“' | '"')) {
            return false;
        }
        let inner = chars
            .by_ref()
            .take_while(|c| !matches!(c, '”' | '"'))
            .count();
        (1..=MAX_SLOGAN_CHARS).contains(&inner) && chars.next().is_none_or(subject::is_delim)
    }

    /// Whether count `m` counts the items listed right before it (甲、乙和丙三个区, a list
    /// of 39 cities 等39个城市): the clause before it is a list of that many items.
    fn counts_its_list(&self, m: &scan::Mention, f: &Folded) -> bool {
        let head = f.before(m.start);
        let from = head
            .rfind(['，', ',', '；', ';', '：', ':', '。', '（', '('])
            .map_or(0, |i| {
                i + head[i..].chars().next().map_or(1, char::len_utf8)
            });
        let cues = &self.patterns.cues;
        let mut list = &head[from..];
        if let Some(w) = cues.at(crate::cue!("figure.list_end")).suffix_of(list) {
            list = &list[..list.len() - w.len()];
        }
        if !list.contains('、') {
            return false;
        }
        let joiners = cues.at(crate::cue!("subject.item_joiner")).chars();
        let items: Vec<&str> = list
            .split(|c: char| c == '、' || joiners.contains(&c))
            .filter(|i| !i.trim().is_empty())
            .collect();
        // 14家光电厂商、4家半导体厂商、3家生物科技: items with figures of their own (a
        // number and its unit) are a list of parts beside the count, not what it counts.
        let counted = |i: &&str| {
            i.match_indices(|c: char| c.is_ascii_digit())
                .any(|(k, d)| self.patterns.unit_at(&i[k + d.len()..]).is_some())
        };
        if items.iter().any(counted) {
            return false;
        }
        let items = items.len();
        // The count names what the items are (三个区): a noun follows it.
        let named = f
            .rest(m.end)
            .chars()
            .next()
            .is_some_and(char::is_alphabetic);
        named && items >= 2 && Decimal::from(items) == m.value
    }

    /// Whether the line `f` is a caption: a `figure.caption` word, a number (1, 5-1, 2.3)
    /// and a space or colon.
    fn is_caption(&self, f: &Folded) -> bool {
        let line = f.text.trim_start();
        let words = self.patterns.cues.at(crate::cue!("figure.caption"));
        let Some(w) = words.prefix_of(line) else {
            return false;
        };
        let rest = &line[w.len()..];
        let num =
            rest.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '.' | '—'));
        num.len() < rest.len()
            && rest.starts_with(|c: char| c.is_ascii_digit())
            && num.starts_with(|c: char| c.is_whitespace() || matches!(c, ':' | '：'))
    }

    /// The rules in use.
    pub fn patterns(&self) -> &Patterns {
        &self.patterns
    }

    /// The date rules in use.
    pub fn date_rules(&self) -> &date::DateRules {
        &self.dates
    }

    /// The segmenter in use.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Extracts one document; table rows, if any, are guessed from its lines.
    pub fn extract(&self, text: &str, opts: Options) -> DocExtract {
        self.extract_traced(text, None, opts, None)
    }

    /// Extracts one document whose table rows are known when `tables` is given (HTML and
    /// Markdown: [`crate::decode::Decoded::table_rows`]); with None as [`Self::extract`].
    pub fn extract_with_tables(
        &self,
        text: &str,
        tables: Option<&[crate::render::TableRow]>,
        opts: Options,
    ) -> DocExtract {
        self.extract_traced(text, tables, opts, None)
    }

    /// [`Extractor::extract_with_tables`], recording in `trace` (when given) what it
    /// does: tokens, every candidate with its verdict, the facts of each sentence.
    pub fn extract_traced(
        &self,
        text: &str,
        tables: Option<&[crate::render::TableRow]>,
        opts: Options,
        trace: Option<&mut Trace>,
    ) -> DocExtract {
        let (mut facts, mut entities) = (Vec::new(), Vec::new());
        let mut x = self.extract_each(text, tables, opts, trace, &mut |f, e| {
            facts.extend(f);
            entities.extend(e);
        });
        x.facts = facts;
        x.entities = entities;
        x
    }

    /// [`Extractor::extract_traced`] that hands each sentence's facts and entities to
    /// `each` as soon as the sentence is done, in text order, instead of keeping them:
    /// memory then holds one sentence's results, not a document's (issue 16). The
    /// returned [`DocExtract`] has the counts and dates, its `facts` and `entities`
    /// empty.
    pub fn extract_each(
        &self,
        text: &str,
        tables: Option<&[crate::render::TableRow]>,
        opts: Options,
        mut trace: Option<&mut Trace>,
        each: &mut dyn FnMut(Vec<Fact>, Vec<Entity>),
    ) -> DocExtract {
        // Rules and jieba read simplified characters; output is cut from the text as written.
        let simplified = text::to_simplified(text, &self.patterns.cues);
        let rules = simplified.as_deref().unwrap_or(text);
        let region = opts.region.unwrap_or_else(|| {
            let roc_years = date::roc_year_marks(rules, &self.dates);
            self.regions
                .detect_release(text, simplified.as_deref(), (roc_years, opts.host_region))
        });
        let date::DocDates {
            year,
            release: release_date,
            in_prose,
        } = date::year_and_release_date_in(rules, &self.dates, region == Region::TW);
        let year = year.or_else(|| release_year(release_date.as_deref(), in_prose));
        if let Some(t) = trace.as_deref_mut() {
            t.year = year;
        }
        let mut out = DocExtract {
            release_date,
            region,
            ..DocExtract::default()
        };
        let sentences = split_sentences(rules);
        out.sentences = sentences.len();
        let prose = date::prose_start(rules);
        let places = self.doc_places(rules, &sentences, region, (opts.place, opts.spelled));
        if let Some((name, code)) = places.own_place(self.patterns.gazetteer()) {
            if let Some(t) = trace.as_deref_mut() {
                t.place = format!("{name} {code} ({})", places.how);
            }
            out.place = (name, code);
        }
        // Tables saved one cell per line: which line is which cell. Only a release with a
        // line closed by a bar or a number alone on its line can have such cells; one with
        // none (most) makes no line lists (6 MB for a 20 MB release, issue 16) and
        // `stacked` finds no cell.
        let bars = (sentences.iter())
            .any(|s| table::bar_closed(s.text(rules)) || table::bare_number(s.text(rules)));
        let (lines_r, lines_w): (Vec<&str>, Vec<&str>) = if bars {
            let r = sentences.iter().map(|s| s.text(rules)).collect();
            (r, sentences.iter().map(|s| s.text(text)).collect())
        } else {
            Default::default()
        };
        let stacked = table::stacked(&lines_r, &lines_w, &self.patterns);
        let mut header: Option<table::Header> = None; // of the table the lines are rows of
        let mut short_forms = entity::ShortForms::default();
        let release = out.release_date.clone();
        let link_list = self.link_lists(&sentences, rules);
        let read_more = self.patterns.cues.at(crate::cue!("figure.read_more"));
        let copied = copies::copied_sentences(&sentences, rules, read_more);
        let mut headlines = copies::Headlines::default();
        let mut group = GroupHeading::new(simplified.is_some());
        for (i, s) in sentences.iter().enumerate() {
            // A saved page's related-article block: the rest is other articles.
            let after_prose = prose.is_some_and(|p| s.char_start > p);
            if self.related_heading(s.text(rules), after_prose) {
                break;
            }
            if self.breadcrumb(s.text(rules)) {
                continue;
            }
            out.start_sentence(rules, s.byte_start);
            // Same byte spans in both texts (see `to_simplified`).
            let cx = SentenceIn {
                stext: s.text(text),
                rtext: s.text(rules),
                idx: s.idx,
                offset: s.char_start,
                year,
                dated: out.release_date.is_some(),
                release_in_prose: in_prose,
                region,
                release: release.as_deref(),
                opts,
                places: &places,
                head: prose.is_some_and(|p| s.char_start < p),
                prev_year: out.carried_year,
            };
            let lines = (lines_w.as_slice(), lines_r.as_slice());
            let row = self.sentence_row(&stacked, i, lines, (tables, &cx), &mut header);
            // The page head above the prose (title, subtitle) states the release's facts.
            let headline = matches!(row, TableRow::None) && !cx.head && headline_line(rules, s);
            let st = trace_sentence(trace.as_deref_mut(), s, cx.stext);
            self.extract_sentence(&cx, row, &mut out, st);
            out.line_end = s.byte_end;
            self.read_around(&sentences, i, (text, rules), &mut out);
            self.group_heading(&sentences[i], (text, rules), &mut out.facts, &mut group);
            out.read_heading(&self.patterns.cues, (rules, text), s);
            // A link list's headlines name bodies (澳门日报) but state no facts of the text.
            // A copy of an earlier sentence or a teaser of another article: nothing new.
            // A contact line's figures (24小时值班电话) are the page's; its address's places stay.
            if link_list.get(i) == Some(&true)
                || copied.get(i) == Some(&true)
                || self.furniture_line(cx.rtext)
            {
                out.facts.clear();
            }
            short_forms.link(&mut out.entities, &out.aliases, &self.patterns);
            drop_generic_departments(&mut out);
            remember_counts(&mut out);
            headlines.push(
                (i, headline),
                std::mem::take(&mut out.facts),
                std::mem::take(&mut out.entities),
                each,
            );
        }
        headlines.finish(each);
        out
    }

    /// The table row sentence `i` is, if any: a cell of a table saved one cell per line
    /// (`stacked`), a row of an HTML/Markdown table (`tables`), or a line under the
    /// current plain-text `header`.
    fn sentence_row<'h>(
        &self,
        stacked: &'h table::Stacked,
        i: usize,
        (lines_w, lines_r): (&[&str], &[&str]),
        (tables, cx): (Option<&[crate::render::TableRow]>, &SentenceIn),
        header: &'h mut Option<table::Header>,
    ) -> TableRow<'h> {
        match stacked.cell(i) {
            table::StackedCell::None => {
                self.table_row(tables, cx.offset, (cx.stext, cx.rtext), header)
            }
            table::StackedCell::Skip => TableRow::Cell,
            table::StackedCell::Value {
                table,
                column,
                label,
                parent,
                unit_label,
                span,
            } => {
                let header = &stacked.headers[table];
                let mut cells = vec![(0, 0); header.columns.len()];
                cells[column] = span;
                TableRow::Row(Columns {
                    header: std::borrow::Cow::Borrowed(header),
                    rows: vec![cells],
                    label: Some(self.stacked_label((lines_w, lines_r), parent, label)),
                    unit_label: Some(table::bar_cell_text(lines_r[unit_label])),
                })
            }
        }
    }

    /// The own place and place context of the release `rules` split in `sentences`
    /// (see [`place::DocPlaces::new`]).
    fn doc_places(
        &self,
        rules: &str,
        sentences: &[crate::split::Sentence],
        region: Region,
        given: (Option<usize>, romanized::Spelled),
    ) -> place::DocPlaces {
        let (pats, seg) = (&self.patterns, &self.segmenter);
        place::DocPlaces::new(pats, rules, sentences, region, given, seg)
    }

    /// Whether the duration `m` is the length of a period that its clause says ends on a
    /// date (截至十一月底的三个月: `figure.period_end` before, `figure.period_end_link` 的
    /// right before the figure):
    /// it defines the period of other figures, it is no figure of its own.
    fn period_ending(&self, m: &scan::Mention, f: &Folded) -> bool {
        let cues = &self.patterns.cues;
        let before = f.before(m.start);
        let Some(link) = cues
            .at(crate::cue!("figure.period_end_link"))
            .suffix_of(before)
        else {
            return false;
        };
        let clause = &before[..before.len() - link.len()];
        let clause = clause
            .rsplit(|c: char| subject::is_delim(c))
            .next()
            .unwrap_or(clause);
        cues.at(crate::cue!("figure.period_end")).occurs_in(clause)
    }

    /// Whether the line `line` is only a heading of related articles (`figure.related_heading`,
    /// with punctuation or spaces around it): page furniture after the release. Below the
    /// first line of prose (`after_prose`), so is a `figure.related_heading_late` word
    /// (更多: above the prose it is a menu's item).
    fn related_heading(&self, line: &str, after_prose: bool) -> bool {
        let word = line.trim_matches(|c: char| {
            c.is_whitespace() || c.is_ascii_punctuation() || !c.is_alphanumeric()
        });
        // 每日 推荐: a heading spaced out by the page.
        let word: std::borrow::Cow<str> = if word.contains(char::is_whitespace) {
            word.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .into()
        } else {
            word.into()
        };
        let cues = &self.patterns.cues;
        !word.is_empty()
            && (cues
                .at(crate::cue!("figure.related_heading"))
                .contains(&word)
                || after_prose
                    && cues
                        .at(crate::cue!("figure.related_heading_late"))
                        .contains(&word))
    }

    /// Whether the day `d` is a page's stamp: a `figure.stamp_after` word right after it
    /// (2024年05月10日最后更新): it dates the page, not a fact of the text.
    fn page_stamp(&self, f: &Folded, d: &date::DateMention) -> bool {
        has_day(&d.value)
            && (self.patterns.cues)
                .at(crate::cue!("figure.stamp_after"))
                .starts(f.rest(d.end).trim_start())
    }

    /// Whether `d` is a year alone opening a formal name (2022年某县…奖补项目,
    /// 2022年某县农村道路工程, 某旗2022年…饮水安全工程): right after it (or right before it)
    /// a division named in full, then the name
    /// running without clause marks or digits (quotes allowed) to a `date.year_name_end`
    /// word that closes its clause. The year is the name's, no date of a figure.
    fn named_year(&self, f: &Folded, d: &date::DateMention) -> bool {
        const MAX_DIVISION: usize = 8;
        const MAX_NAME: usize = 40;
        const MIN_BODY: usize = 4;
        if d.value_max.is_some() || d.value.len() != 4 {
            return false;
        }
        let rest = f.rest(d.end);
        let ends = (rest.char_indices().map(|(i, _)| i)).chain(std::iter::once(rest.len()));
        let after = ends
            .skip(2)
            .take(MAX_DIVISION - 1)
            .filter(|&i| place::is_full_division_name(&self.patterns, &rest[..i]))
            .last();
        // Or the division right before the year (某旗2022年农村牧区饮水安全工程).
        let before = f.before(d.start);
        let divided = || {
            (before.char_indices().rev())
                .take(MAX_DIVISION)
                .skip(1)
                .any(|(i, _)| place::is_full_division_name(&self.patterns, &before[i..]))
        };
        let Some(after) = after.or_else(|| divided().then_some(0)) else {
            return false;
        };
        let ends = self.patterns.cues.at(crate::cue!("date.year_name_end"));
        let quote = |c: char| "“”\"‘’'《》「」『』".contains(c);
        let name = &rest[after..];
        // Where the name read so far ends on a name-end word (bytes into `name`).
        let mut name_end = None;
        for (k, (i, c)) in name.char_indices().enumerate() {
            if k >= MAX_NAME {
                return false;
            }
            if !(c.is_alphabetic() && !c.is_ascii() || quote(c)) {
                return name_end == Some(i) && CLAUSE_MARKS.contains(&c);
            }
            // The name's own words before its end word are more than a verb (实施项目).
            let upto = &name[..i + c.len_utf8()];
            if ends
                .suffix_of(upto)
                .is_some_and(|e| upto[..upto.len() - e.len()].chars().count() >= MIN_BODY)
            {
                name_end = Some(i + c.len_utf8());
            }
        }
        name_end == Some(name.len())
    }

    /// Whether `d` is a period a slogan names, no date of a figure: right after a word
    /// of a drive (`date.slogan_before`: 决胜四季度, 决战第四季度) or right before the
    /// word of a good start (`date.slogan_after`: 一季度开门红).
    fn slogan_period(&self, f: &Folded, d: &date::DateMention) -> bool {
        let cues = &self.patterns.cues;
        cues.at(crate::cue!("date.slogan_before"))
            .ends(f.before(d.start))
            || cues
                .at(crate::cue!("date.slogan_after"))
                .starts(f.rest(d.end))
    }

    /// Which sentences are items of a page's link lists (other articles' headlines, a
    /// menu): runs of at least [`LINK_RUN`] lines, each opening with a bullet
    /// (`figure.bullet`: • · - .), short and without clause punctuation, that stand
    /// before the first or after the last line of prose (a long line with a comma or a
    /// full stop); their entities are kept, their figures dropped. Bullets inside the
    /// text (a list of results) are the text's own.
    /// Empty when no sentence opens with a bullet.
    fn link_lists(&self, sentences: &[crate::split::Sentence], rules: &str) -> Vec<bool> {
        const LINK_RUN: usize = 3;
        const MAX_HEADLINE: usize = 40;
        const MIN_PROSE: usize = 20;
        let bullets = self.patterns.cues.at(crate::cue!("figure.bullet"));
        let clause = |t: &str| t.contains(['，', ',', '。', '；', ';', '！', '？']);
        let item = |t: &str| {
            let t = t.trim();
            bullets.prefix_of(t).is_some() && !clause(t) && t.chars().count() <= MAX_HEADLINE
        };
        if !sentences.iter().any(|s| item(s.text(rules))) {
            return Vec::new();
        }
        let items: Vec<bool> = sentences.iter().map(|s| item(s.text(rules))).collect();
        let prose = |t: &str| clause(t) && t.chars().count() >= MIN_PROSE;
        let prose_at: Vec<usize> = (sentences.iter().enumerate())
            .filter(|(i, s)| !items[*i] && prose(s.text(rules)))
            .map(|(i, _)| i)
            .collect();
        let (first, last) = match (prose_at.first(), prose_at.last()) {
            (Some(&a), Some(&b)) => (a, b),
            _ => (usize::MAX, usize::MAX),
        };
        let mut out = vec![false; sentences.len()];
        let mut i = 0;
        while i < items.len() {
            let run = items[i..].iter().take_while(|&&x| x).count();
            let outside = first == usize::MAX || i + run <= first || i > last;
            if run >= LINK_RUN && outside {
                out[i..i + run].iter_mut().for_each(|x| *x = true);
            }
            i += run.max(1);
        }
        // • 发布日期:2020-11-27 among the page head's bulleted labels (来源, 编辑) dates the
        // release: a labelled line is the page's own, no link.
        let labels = self.patterns.cues.at(crate::cue!("date.release_label"));
        for (x, s) in out.iter_mut().zip(sentences) {
            let t = s.text(rules).trim();
            let t = bullets
                .prefix_of(t)
                .map_or(t, |b| t[b.len()..].trim_start());
            // So does a numeric date alone (• 2023-07-24): no headline is only a date.
            let date_alone = t
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '.'))
                && t.chars().filter(char::is_ascii_digit).count() >= 6;
            if *x && (labels.prefix_of(t).is_some() || date_alone) {
                *x = false;
            }
        }
        out
    }

    /// Whether the line `line` is the page's breadcrumb: a `figure.breadcrumb` word and a
    /// path sign (首页 > 新闻 > 要闻).
    fn breadcrumb(&self, line: &str) -> bool {
        line.contains(BREADCRUMB_MARKS)
            && (self.patterns.cues)
                .at(crate::cue!("figure.breadcrumb"))
                .occurs_in(line)
    }

    /// Where the line `rtext` (starting at char `start` of the document) sits in a
    /// table, given the renderer's table rows (HTML, Markdown) and the `header` of the
    /// table above it (updated: a new header starts a table; a line with another number
    /// of cells ends it).
    fn table_row<'h>(
        &self,
        tables: Option<&[crate::render::TableRow]>,
        start: usize,
        (stext, rtext): (&str, &str),
        header: &'h mut Option<table::Header>,
    ) -> TableRow<'h> {
        let cells = table::line_cells(tables, start, rtext);
        let new_header = cells.as_deref().and_then(|c| {
            // A credit line's blanks separate credits (记者:张三 通讯员:李四), not cells.
            // Nor do a bracketed credit line's ((张三 通讯员 李四)).
            if entity::byline_line(rtext, &self.patterns)
                || entity::credit_line(rtext, &self.patterns)
            {
                return None;
            }
            let h = table::header(rtext, c, &self.patterns)?;
            Some(table::with_written(h, stext, c))
        });
        if let Some(h) = new_header {
            return TableRow::Header(header.insert(h));
        }
        match (header.as_ref(), cells) {
            (Some(h), Some(cells)) if cells.len() == h.columns.len() => {
                // Reborrowed shared: the header stays as it is for the next lines.
                let h: &'h table::Header = header.as_ref().expect("checked above");
                TableRow::Row(Columns {
                    header: std::borrow::Cow::Borrowed(h),
                    rows: vec![cells],
                    label: None,
                    unit_label: None,
                })
            }
            _ => {
                *header = None;
                // A whole table flattened onto this line (a page saved as text).
                match table::flat_table(rtext, stext, &self.patterns) {
                    Some(t) => TableRow::Row(Columns {
                        header: std::borrow::Cow::Owned(t.header),
                        rows: t.rows,
                        label: None,
                        unit_label: None,
                    }),
                    None => TableRow::None,
                }
            }
        }
    }

    /// One sentence: candidates, verdicts, tokens, entities, then the facts (dates,
    /// quantities, and with `--numbers` ordinals and numerals) in text order.
    fn extract_sentence(
        &self,
        cx: &SentenceIn,
        row: TableRow,
        out: &mut DocExtract,
        mut trace: Option<&mut SentenceTrace>,
    ) {
        // A table header names columns (years among them): it states no figures.
        let columns = match row {
            TableRow::Header(h) => {
                if let Some(t) = trace {
                    t.table = TableTrace::Header(h.clone());
                }
                return;
            }
            TableRow::Cell => {
                if let Some(t) = trace {
                    t.table = TableTrace::Row;
                }
                return;
            }
            TableRow::Row(c) => Some(c),
            TableRow::None => None,
        };
        let f = Folded::new(cx.rtext);
        // A figure or table caption (图1：2011-2015年…, 表5-1 …) names what the chart
        // shows; its years are no facts.
        if self.is_caption(&f) {
            if let Some(t) = trace {
                t.table = TableTrace::Caption;
            }
            return;
        }
        let cand = self.candidates(&f, cx, columns.as_ref());
        out.carried_year = cand.carried_year.or(out.carried_year);
        if let Some(t) = trace.as_deref_mut() {
            cand.record(&f, columns.is_some(), t);
        }
        let judged = self.judge_all(&f, &cand, cx.opts.numbers, trace.as_deref_mut());
        if !cand.any(cx.opts.numbers)
            && !self.entity_cues.is_match(&f.text)
            && !entity::credit_line(&f.text, &self.patterns)
        {
            return;
        }
        let mut figures: Vec<(usize, usize)> = cand.date_spans.clone();
        figures.extend(judged.frames.iter().map(|m| (m.start, m.end)));
        figures.extend(judged.qty.iter().map(|m| (m.start, m.end)));
        figures.sort_unstable();
        // Segment once with every figure masked, so figures sit on token boundaries.
        let masked = mask_figures(&f, &figures);
        let toks = self.segmenter.segment(&masked);
        if let Some(t) = trace.as_deref_mut() {
            let words = toks.iter().map(|t| (t.word.to_string(), t.tag.to_string()));
            t.tokens = Some(words.collect());
        }
        let cut = Cut::new(cx);
        let (ents, mentions) = self.sentence_entities(&toks, &judged.qty, &cand.quotes, &cut, out);
        if let Some(t) = trace.as_deref_mut() {
            let rows = (mentions.iter())
                .filter(|e| e.how != entity::PROJECT_PLACE)
                .count();
            t.entities = out.entities[out.entities.len() - rows..].to_vec();
        }
        let fchars: Vec<char> = f.text.chars().collect();
        let sent = subject::Sentence {
            f: &f,
            orig: &cut.orig,
            chars: &fchars,
            toks: &toks,
            figures: &figures,
            cues: &self.patterns.cues,
            traditional: cx.stext != cx.rtext,
        };
        let no_quantity = columns.is_none() && judged.qty.is_empty();
        let dated = self.row_dates(&f, &cand.dates, (no_quantity, cx.head), cx.release);
        let mut quantities = self.quantity_facts(
            &sent,
            &cut,
            &judged,
            columns.as_ref(),
            (&ents, (&mut out.lead_measure, &mut out.lead_by_unit)),
            &cand.dates,
        );
        named_rows(&sent, &judged.qty, &mut quantities, out);
        category_rows(&sent, &mut quantities, out, columns.is_some());
        let mut rows = date_facts(&sent, &cut, &dated, (&ents, &quantities));
        multiples_of_base(&sent, &mut quantities);
        shares_and_bases(&sent, &mut quantities);
        ages_of_people(&sent, &mentions, &mut quantities);
        self.release_date_subjects(&f, (&cut, cx.release, cx.head), &mut rows);
        rows.extend(quantities);
        if cx.opts.numbers {
            rows.extend(number_facts(&cut, &cand, &judged));
        }
        rows.sort_by_key(|(s, f)| (*s, f.end));
        last_subjects(&sent, (&mentions, cx.idx, &self.patterns), &mut rows, out);
        self.regional_currency(&f, cx, &mut rows);
        out.remember_divisions(&mentions);
        let villages = self.patterns.cues.at(crate::cue!("entity.village_suffix"));
        let village = (mentions.iter())
            .rfind(|e| e.ty == EntityType::Loc && e.division.is_none() && villages.ends(&e.text))
            .map(|e| e.text.clone());
        if !rows.is_empty() {
            self.place_rows(
                cx,
                (&f, &fchars),
                (mentions, columns.as_ref()),
                &mut rows,
                out,
            );
        }
        if village.is_some() {
            out.last_village = village;
        }
        if let Some(t) = trace {
            t.facts = rows.iter().map(|(_, f)| f.clone()).collect();
        }
        out.facts.extend(rows.into_iter().map(|(_, f)| f));
    }

    /// Gives each of a sentence's `rows` the place it describes (see
    /// [`place::fact_place`]), and hands the line's topic place on (`line_place`).
    fn place_rows(
        &self,
        cx: &SentenceIn,
        (f, fchars): (&Folded, &[char]),
        (mentions, columns): (Vec<entity::EntityMention>, Option<&Columns>),
        rows: &mut [(usize, Fact)],
        out: &mut DocExtract,
    ) {
        let starts: Vec<usize> = rows.iter().map(|(s, _)| *s).collect();
        let gaz = self.patterns.gazetteer();
        // A release of no known place: a figure naming none is about the place the
        // figures before it on its line are about.
        let unplaced = cx.places.own_place(gaz).is_none();
        // Only such a release reads a sentence's topic places; a part of a whole (其中，
        // 湖南省…) has none for the figures after it.
        let part =
            || (self.patterns.cues.at(crate::cue!("subject.part_of"))).starts(f.text.trim_start());
        let topics = if unplaced && !part() {
            let first = (rows.iter())
                .filter(|(_, f)| f.kind != Kind::Date)
                .map(|(s, _)| *s)
                .min()
                .unwrap_or(fchars.len());
            place::topic_places(&mentions, fchars, first)
        } else {
            Vec::new()
        };
        let words = place::PlaceWords::new(mentions, (&f.text, fchars), &starts, &self.patterns);
        let carried = out.line_place.filter(|_| unplaced);
        let section = (
            cx.places,
            cx.places.section(cx.idx),
            (carried, &out.named_divisions[..]),
            out.last_village.as_deref(),
        );
        for (start, fact) in rows.iter_mut() {
            (fact.place, fact.place_code) = place::fact_place(
                &words,
                fchars,
                (*start, &fact.subject, fact.kind == Kind::Date),
                &self.patterns,
                section,
            );
            if let Some(p) = self.cell_place(columns, f, *start, cx.places) {
                (fact.place, fact.place_code) = p;
            }
        }
        // A figure left without a place beside the carried one was named national (全国):
        // the line's place ends there.
        if carried.is_some() && rows.iter().any(|(_, f)| f.place.is_empty()) {
            out.line_place = None;
        }
        if let Some(d) = (rows.iter().rev())
            .find(|(_, f)| !f.place_code.is_empty())
            .and_then(|(_, f)| gaz.with_code(&f.place_code))
            .filter(|d| topics.contains(d))
        {
            out.line_place = Some(d);
        }
    }

    /// The place of the figure at char `at` of a cell of a table saved one cell per line
    /// (`columns` with a label on a line of its own) whose column or row label names a
    /// division of the release (a column of each township: [`place::DocPlaces::cell_division`]).
    fn cell_place(
        &self,
        columns: Option<&Columns>,
        f: &Folded,
        at: usize,
        places: &place::DocPlaces,
    ) -> Option<(String, String)> {
        let c = columns.filter(|c| c.label.is_some())?;
        let (col, cells) = c.column_at(at)?;
        let (_, label) = c.label(cells, f, None);
        (places.cell_division(&self.patterns, &col.name))
            .or_else(|| places.cell_division(&self.patterns, &label))
    }

    /// 发布时间：2024年5月3日: the date of the release's publication takes the label's
    /// event as subject; a label naming no event (Date:) and a line holding only the
    /// release date (`release`), or opening with it before a time of day, take
    /// `date.release_event`. `rows` are the sentence's date
    /// rows with their sentence char starts.
    fn release_date_subjects(
        &self,
        f: &Folded,
        (cut, release, head): (&Cut, Option<&str>, bool),
        rows: &mut [(usize, Fact)],
    ) {
        let published = || {
            let word = self.patterns.cues.at(crate::cue!("date.release_event"));
            word.iter().next().unwrap_or_default().to_string()
        };
        let cues = &self.patterns.cues;
        let weekdays = cues.at(crate::cue!("figure.weekday"));
        let marks = cues.at(crate::cue!("date.dispatch_mark"));
        let bylines = cues.at(crate::cue!("date.byline_after"));
        for (start, fact) in rows.iter_mut() {
            let end = *start + fact.text.chars().count();
            let Value::Date(v) = &fact.value else {
                continue;
            };
            let released = release == Some(v.as_str());
            // A full date alone on its line (the release's dateline, or the date a signed
            // letter or reply ends with under its sender) dates the text's publication.
            // In brackets too, as a bulletin's date under its issuers ((2025年7月30日)).
            let bare = date::without_bullet(&f.text);
            let alone = (bare.strip_prefix(['(', '\u{ff08}']))
                .and_then(|t| t.strip_suffix([')', '\u{ff09}']))
                .map_or(bare, str::trim);
            let line = alone == fact.text && (released || full_day(v));
            // The release date opening its line before a time of day or a weekday
            // (2018年01月23日 星期二 …): the page's stamp.
            // In brackets before a time of day ((2019-04-23 09:44:56) 来源:), or opening
            // its line before a source label (2021-02-19  来源:本站原创), too.
            // (A date after another label, 打印时间:2024-11-17 18:54, is that label's.)
            let labelled = date::after_mark(f, *start, &[':', '：']);
            let bracketed = date::after_mark(f, *start, &['(', '（']);
            let stamp = released
                && (date::opens_stamp(f, *start, end)
                    || date::closes_stamp(f, *start, end)
                    || (head || bracketed) && date::clock_after(f, end) && !labelled
                    || opens_line(f, *start)
                        && (weekdays.starts(f.rest(end).trim_start())
                            || self.dates.label_after(f, end)));
            // A dispatch's date (某网12月11日讯(…), 某地5月3日电 …): `date.dispatch_mark`
            // right after the date, not opening a word (电视).
            let dispatch = marks.prefix_of(f.rest(end)).is_some_and(|m| {
                let next = f.rest(end)[m.len()..].chars().next();
                !next.is_some_and(char::is_alphanumeric)
            });
            // The release date on a line of the page's head without clause marks, at
            // its end, before a space or a byline's label (`date.byline_after`): the
            // newspaper's or page's dateline (某某日报 2023年08月03日 记者名).
            let byline = released && head && !f.text.contains(CLAUSE_MARKS) && {
                let rest = f.rest(end);
                rest.trim().is_empty()
                    || rest.starts_with(char::is_whitespace)
                    || bylines.starts(rest)
            };
            match self.dates.release_label_before(f, *start) {
                Some((a, b)) if a < b => fact.subject = cut.slice(a, b),
                Some(_) => fact.subject = published(),
                None if line || stamp || dispatch || byline => fact.subject = published(),
                None => {}
            }
        }
    }

    /// The dates of sentence `f` (`dates`, its candidates) that make date rows;
    /// `no_quantity`: the sentence is no table row and has no quantity; `release`: the
    /// release date.
    fn row_dates(
        &self,
        f: &Folded,
        dates: &[date::DateMention],
        (no_quantity, head): (bool, bool),
        release: Option<&str>,
    ) -> Vec<date::DateMention> {
        // A headline or caption line inside the text (1-7月份全区规上工业经济运行情况 over
        // a section) names the period of what follows: its years, months and quarters are
        // no facts (a day, as in a dateline, still is). The page's head above the prose
        // (某州2012年1-10月火情公告) states the period the release reports on: a row.
        let headline = no_quantity && !head && is_headline(&f.text);
        // A year alone in a sentence with no other figure (2020年全国电力供应稳步提升) dates
        // no figure: prose, not a fact. A month or day in the sentence keeps it (the
        // year of an event dated 9月25日).
        let bare_prose = no_quantity && !dates.iter().any(|d| d.value.contains('-'));
        (dates.iter())
            .filter(|d| !headline || has_day(&d.value))
            .filter(|d| !(bare_prose && d.value_max.is_none()))
            // A comparison's base (与2019年同期相比) is a date row, of no figure.
            .filter(|d| !date::list_year(&self.dates, d, f.before(d.start), f.rest(d.end)))
            .filter(|d| date::event_year(&self.dates, d, f.rest(d.end)).is_none())
            .filter(|d| !self.named_year(f, d))
            .filter(|d| !self.slogan_period(f, d))
            // The release date opening its line before its time is the publication's
            // stamp, a row like the release date alone (`date::opens_stamp`).
            .filter(|d| {
                // The release date before a time of day in the page's head (来源:某中心
                // 2020-12-16 10:05) is the page's stamp: a row.
                let stamp =
                    date::opens_stamp(f, d.start, d.end) || head && date::clock_after(f, d.end);
                let published = release == Some(d.value.as_str()) && stamp;
                published || !timestamp_line(f, d) && !self.page_stamp(f, d)
            })
            .cloned()
            .collect()
    }

    /// What the scanners find in the folded sentence `f`: quoted spans, dates outside
    /// them, figures and numerals, and bare numbers that fill a table column with a unit.
    fn candidates(&self, f: &Folded, cx: &SentenceIn, columns: Option<&Columns>) -> Candidates {
        // A programme's name in quotes holds its years and figures (「110-112年电动机车
        // 补助计画」). Entities read such a quote as one name, unless it lists several
        // (“某某三期工程、村庄绿化工程”: its names are found one by one).
        let name_end = self.patterns.cues.at(crate::cue!("text.name_end"));
        let named = text::named_quotes(&f.text, name_end);
        let mut quotes = text::quoted_ranges(f);
        // A document's title gives its issuer to entities (《某省人民政府关于…》).
        let issued = self.patterns.cues.at(crate::cue!("text.title_issuer_end"));
        let mut for_entities: Vec<(usize, usize)> = (quotes.iter())
            .map(|&r| text::without_issuer(f, r, issued))
            .collect();
        for_entities.extend(
            named
                .iter()
                .filter(|&&(a, b)| !f.slice(a, b).contains(['\u{3001}', '\u{ff0c}', ','])),
        );
        // Names of plans longer than that (「甲计画-乙计画-丙新建计画」) too.
        let long_names = text::quoted_names(
            f,
            self.patterns.cues.at(crate::cue!("entity.project_quoted")),
        );
        for_entities.extend(
            long_names
                .iter()
                .filter(|&&(a, b)| !f.slice(a, b).contains(['\u{3001}', '\u{ff0c}', ','])),
        );
        for_entities.sort_unstable();
        for_entities.dedup();
        quotes.extend(named);
        // Titles of lists, awards and events (“2024年全国某某百强县”): their years are
        // no dates, though the title is no entity.
        let title_end = self.patterns.cues.at(crate::cue!("text.title_end"));
        quotes.extend(text::named_quotes(&f.text, title_end));
        quotes.sort_unstable();
        quotes.dedup();
        // Long quoted names of plans (「2021年度……营运计划」): their years are no dates.
        let names = long_names;
        let taiwan = cx.region == Region::TW;
        let mut dates: Vec<date::DateMention> =
            date::scan_dates_in(f, cx.year, &self.dates, taiwan)
                .into_iter()
                .filter(|d| !text::overlaps(&quotes, d.start, d.end))
                .filter(|d| !text::overlaps(&names, d.start, d.end))
                .collect();
        date::labelled_dates(f, &self.dates, (taiwan, cx.release), &mut dates);
        date::bracketed_years(f, &self.dates, &mut dates);
        self.relative_year_dates(f, (cx.year, cx.dated), &mut dates);
        if let Some(r) = cx.release.filter(|_| cx.dated) {
            self.past_periods(f, r, &mut dates);
        }
        let periods = &self.periods;
        let release_year = cx.year.filter(|_| cx.dated);
        let years = (release_year, cx.prev_year);
        let carried_year =
            date::carry_sentence_year(f, &self.dates, &mut dates, years, |s| periods.occurs_in(s));
        if let Some(r) = cx.release {
            date::today_dates(f, r, &self.dates, &mut dates);
            date::event_days(f, (r, cx.release_in_prose), &self.dates, &mut dates);
        }
        let date_spans: Vec<(usize, usize)> = dates.iter().map(|d| (d.start, d.end)).collect();
        // Numerals are reported (and used) only with --numbers; so are their bounds.
        let (mut mentions, numerals) = scan::scan_with(
            f,
            &self.patterns,
            &date_spans,
            Some(&quotes),
            cx.opts.numbers,
        );
        // A span of years in such a name (「111-116年……计划」, “……八年行动”) is the plan's
        // period, also when the name is too long for `named_quotes`.
        mentions.retain(|m| m.kind != Kind::Duration || !text::overlaps(&names, m.start, m.end));
        // “一带两核四片”(一带：…；四片：…): a term of a quoted slogan opening its part's
        // explanation (a colon after it) is the slogan's, no count.
        mentions.retain(|m| !slogan_term(f, &quotes, m));
        // A unit another region writes (7仙 is a cent in Hong Kong and Macau only).
        let regions = &self.regions;
        mentions.retain(|m| !regions.foreign_unit(cx.region, f.slice(m.start, m.end), m.chinese));
        let ratio_rules = ratio::RatioRules::new(&self.patterns.cues);
        mentions.extend(ratio::ratios(f, &mentions, &ratio_rules));
        let index_rules = index::IndexRules::new(&self.patterns.cues);
        mentions.extend(index::indexes(f, &mentions, &index_rules));
        self.half_opening_word(f, &mut mentions);
        self.qualifier_in_word(f, &mut mentions);
        self.share_listed_units(f, &mut mentions);
        self.money_without_currency(f, &mut mentions);
        // Bare numbers that fill a cell of a column with a unit in its header.
        let in_columns: Vec<scan::Mention> = match columns {
            Some(c) => mentions
                .iter()
                .filter_map(|m| {
                    let cells = c.row_of(m.start)?;
                    let (_, label) = c.label(cells, f, None);
                    let labels = [Some(label.as_str()), c.unit_label.as_deref()];
                    column_figure(m, &c.header, (cells, &labels), f, &self.patterns)
                })
                .collect(),
            None => Vec::new(),
        };
        Candidates {
            quotes: for_entities,
            dates,
            date_spans,
            mentions,
            numerals,
            in_columns,
            carried_year,
        }
    }

    /// Dates written without a year right after a relative year word take that year
    /// from the release year `year`: 明年4月 in a release of 2011 is 2012-04, 去年3月底
    /// the March of the year before. 今年9月 in a sentence that also writes the release
    /// year in a dated month or day (于2008年6月开工，……今年9月完成; not a period it reports
    /// on: 2019年1-2月营业额……今年第1季 is 2019-Q1) is not of that year when no release
    /// date says so (`dated`): the year is then only the first the text writes, and
    /// such a date keeps no year (--09).
    fn relative_year_dates(
        &self,
        f: &Folded,
        (year, dated): (Option<i32>, bool),
        dates: &mut [date::DateMention],
    ) {
        let Some(y) = year else {
            return;
        };
        let own = y.to_string();
        let written_own = !dated
            && dates
                .iter()
                .any(|d| date::is_dated_month_or_day(d) && d.value.starts_with(&own));
        for d in dates.iter_mut() {
            if d.explicit_year || !d.value.starts_with(&own) {
                continue;
            }
            let Some(offset) = self.periods.offset_before(f.before(d.start)) else {
                continue;
            };
            let with_year = |v: &str| match offset {
                0 if written_own => format!("--{}", &v[own.len() + 1..]),
                _ => format!("{}{}", y + offset, &v[own.len()..]),
            };
            if offset == 0 && !written_own {
                continue;
            }
            d.value = with_year(&d.value);
            if let Some(max) = d.value_max.as_mut().filter(|m| m.starts_with(&own)) {
                *max = with_year(max);
            }
        }
    }

    /// Quarters and halves without a year that would begin after the month of the
    /// `release` date (yyyy-mm-dd) in its year (第四季 in a release of March: the last
    /// year's, as a quarterly bulletin published the next year writes it), and months and
    /// days so in a sentence telling the past (9月…结业 with 发生, 去年: `date.past_word`),
    /// are the year before's, and so are spans of months ending after that month (1—10月 in
    /// a release of January), unless a relative year word is right before them (今年第四季)
    /// or a `date.plan_word` in their sentence makes them a plan (预计第四季完工).
    fn past_periods(&self, f: &Folded, release: &str, dates: &mut [date::DateMention]) {
        if dates.is_empty() {
            return;
        }
        let (Some(year), Some(month)) = (
            release.get(..4).and_then(|y| y.parse::<i32>().ok()),
            release.get(5..7).and_then(|m| m.parse::<u32>().ok()),
        ) else {
            return;
        };
        let plan = self.patterns.cues.at(crate::cue!("date.plan_word"));
        if plan.occurs_in(&f.text) {
            return;
        }
        let own = format!("{year}-");
        // Months and days too in a sentence telling the past (`date.past_word`: 发生,
        // 去年): an announcement's days (5月5日举行) lie ahead.
        let past = (self.patterns.cues.at(crate::cue!("date.past_word"))).occurs_in(&f.text);
        // The first month of a period value (2025-Q4 → 10, 2025-H2 → 7), or a month's or
        // a day's own (2025-09, 2025-09-13 → 9).
        let first_month = |v: &str| -> Option<u32> {
            let rest = v.strip_prefix(&own)?;
            if let Some(m) = rest
                .get(..2)
                .filter(|m| m.bytes().all(|b| b.is_ascii_digit()))
            {
                return m.parse().ok().filter(|_| past);
            }
            let n: u32 = rest.get(1..)?.parse().ok()?;
            match rest.get(..1)? {
                "Q" => Some(3 * n - 2),
                "H" => Some(6 * n - 5),
                _ => None,
            }
        };
        // A span of months ending after the release's month (1—10月 in a release of
        // January) reports a past year's months, whatever words tell it.
        let last_month = |v: &str| -> Option<u32> {
            let m = v.strip_prefix(&own)?.get(..2)?;
            m.parse()
                .ok()
                .filter(|_| m.bytes().all(|b| b.is_ascii_digit()))
        };
        for d in dates.iter_mut() {
            let ends_later = (d.value_max.as_deref())
                .and_then(last_month)
                .is_some_and(|m| m > month);
            let later = ends_later || first_month(&d.value).is_some_and(|m| m > month);
            if d.explicit_year || !later || self.periods.offset_before(f.before(d.start)).is_some()
            {
                continue;
            }
            let before = |v: &str| format!("{}{}", year - 1, &v[4..]);
            d.value = before(&d.value);
            if let Some(max) = d.value_max.as_mut().filter(|m| m.starts_with(&own)) {
                *max = before(max);
            }
        }
    }

    /// Bare numbers listed before a figure (风电、光伏发电量分别为4665、2611亿千瓦时; 快4.6
    /// 和3.1个百分点) are in that figure's unit: a bare number joined to the next mention
    /// by 、 or an item joiner (`subject.item_joiner`) takes its kind, unit and scale,
    /// from the last of the list back; so does a count whose classifier only begins the
    /// next figure's unit (增长4.0个、1.3个百分点: 个 of 个百分点).
    fn share_listed_units(&self, f: &Folded, mentions: &mut [scan::Mention]) {
        let joiners = self.patterns.cues.at(crate::cue!("subject.item_joiner"));
        let mut order: Vec<usize> = (0..mentions.len()).collect();
        order.sort_by_key(|&i| (mentions[i].start, mentions[i].end));
        for w in (0..order.len().saturating_sub(1)).rev() {
            let (i, j) = (order[w], order[w + 1]);
            let (m, next) = (&mentions[i], &mentions[j]);
            let between = f.slice(m.end, next.start);
            // 2700多及3300多人次: the approximation char the next figure has before its
            // unit, repeated after this number, is this number's too.
            let infix = (f.char(m.end))
                .filter(|&c| scan::INFIX_CHARS.contains(c) && f.char(next.numeral.1) == Some(c));
            let between = match infix {
                Some(c) => &between[c.len_utf8()..],
                None => between,
            };
            // 高1.7 、2.8个百分点: blanks the page set around the joiner.
            let between = between.trim_matches(|c: char| c.is_whitespace());
            let joined = between == "、" || joiners.contains(between);
            // 二、5亿元以上项目: a heading's number opens the line; it is no list item.
            let heading = between == "、" && opens_line(f, m.start);
            let bare = m.kind == Kind::Number && m.rejected.is_none() && m.approx.is_none();
            // 拉动4.0个、1.3个百分点: a classifier that only begins the last figure's unit.
            let (own, last) = (
                f.slice(m.numeral.1, m.end),
                f.slice(next.numeral.1, next.end),
            );
            let partial = m.kind == Kind::Count
                && m.rejected.is_none()
                && !own.is_empty()
                && last.starts_with(own)
                && next.kind != Kind::Count;
            let united = next.kind != Kind::Number && next.kind != Kind::Ratio;
            if !(joined && (bare || partial) && united)
                || heading
                || next.rejected.is_some()
                || next.chinese
            {
                continue;
            }
            // The scale of the next figure: its value over its numeral's. A number with a
            // scale of its own (55.4亿、56.6亿和69.9亿元) takes only the unit's factor: its
            // value over its whole numeral's.
            let numeral = f.slice(next.numeral.0, next.numeral.1);
            let own_numeral = f.slice(m.numeral.0, m.numeral.1);
            let own_scale = own_numeral.chars().any(|c| number::scale_exp(c).is_some());
            let digits = match own_scale {
                true => numeral,
                false => (numeral.split(|c: char| number::scale_exp(c).is_some()))
                    .next()
                    .unwrap_or(numeral),
            };
            let Ok(n) = number::parse_number(digits) else {
                continue;
            };
            let factor = if n.is_zero() {
                None
            } else {
                next.value.checked_div(n)
            };
            let own_value = if partial {
                number::parse_number(f.slice(m.numeral.0, m.numeral.1)).ok()
            } else {
                Some(m.value)
            };
            let Some(value) = factor.and_then(|k| own_value?.checked_mul(k)) else {
                continue;
            };
            let (kind, unit) = (next.kind, next.unit.clone());
            let m = &mut mentions[i];
            m.kind = kind;
            m.unit = unit;
            m.value = value.normalize();
            if infix.is_some() {
                m.end += 1;
                m.approx = Some(mention::Approx::Approx);
            }
        }
    }

    /// 大型商超215个, 共节约3.5万元, 已签约12个: a one-char qualifier (`bound.before`: 超,
    /// 约, 近) that ends a two-char word of the dictionary (商超, 节约, 签约) qualifies nothing:
    /// the figure is exact and starts at its numeral. Words that are qualifiers
    /// themselves (将近, 接近) stay.
    fn qualifier_in_word(&self, f: &Folded, mentions: &mut [scan::Mention]) {
        let qualifiers = self.patterns.cues.at(crate::cue!("bound.before"));
        for m in mentions.iter_mut() {
            let (q, n) = (m.start, m.numeral.0);
            if m.approx.is_none() || n != q + 1 || !qualifiers.contains(f.slice(q, n)) {
                continue;
            }
            let w0 = q.saturating_sub(WORD_WINDOW);
            let toks = self.segmenter.segment(f.slice(w0, n));
            let Some(t) = toks.last() else {
                continue;
            };
            // Two chars: jieba's longer entries ending so (已有近, 占地约) are rare phrases
            // whose qualifier is a word of its own.
            let pair = t.start + w0 + 1 == q && t.end + w0 == n;
            if pair && self.segmenter.is_known(t.word) && !qualifiers.contains(t.word) {
                m.start = n;
                m.approx = None;
            }
        }
    }

    /// 4家半导体厂商, 3公里半径: a half (`scan.half`) after a unit that opens a word of the
    /// dictionary (半导体, 半径) is that word's, not "and a half": the figure ends before it.
    fn half_opening_word(&self, f: &Folded, mentions: &mut [scan::Mention]) {
        let half = self.patterns.cues.at(crate::cue!("scan.half"));
        for m in mentions.iter_mut() {
            let h = m.end.saturating_sub(1);
            if m.kind == Kind::Percent
                || h <= m.numeral.1
                || !f.char(h).is_some_and(|c| half.has_char(c))
                || !(self.segmenter.segment(f.slice(h, h + 6)).first())
                    .is_some_and(|t| t.end > 1 && self.segmenter.is_known(t.word))
            {
                continue;
            }
            let Some((u, n)) = self.patterns.unit_at(f.rest(m.numeral.1)) else {
                continue;
            };
            let own = number::parse_number(f.slice(m.numeral.0, m.numeral.1));
            if let (true, Ok(v)) = (m.numeral.1 + n == h, own) {
                if let Some(v) = v.checked_mul(u.factor) {
                    (m.value, m.end) = (v.normalize(), h);
                }
            }
        }
    }

    /// Money written without its currency word beside money in 亿 (其中包括补偿23.7亿、
    /// …132.8亿; 总预算为230亿，与上年228亿相较): the scanner reads a sum with its scale
    /// as money when its clause names money (`scan.bare_money`); the other bare numbers
    /// scaled by 亿 of that sentence are money too, in the currency of the sentence's
    /// first money. Money in 元 alone (门票15元) says nothing of a bare 亿 beside it, and
    /// 万 alone stays bare: it counts people and visits as often as money.
    fn money_without_currency(&self, f: &Folded, mentions: &mut [scan::Mention]) {
        let in_yi = |m: &scan::Mention| {
            (f.slice(m.start, m.end).chars()).any(|c| number::scale_exp(c) == Some(YI_EXP))
        };
        let yi = |m: &scan::Mention| {
            m.kind == Kind::Number && m.rejected.is_none() && !m.chinese && in_yi(m)
        };
        if !mentions.iter().any(yi) {
            return;
        }
        if !(mentions.iter()).any(|m| m.kind == Kind::Money && in_yi(m)) {
            return;
        }
        let Some(unit) = (mentions.iter())
            .find(|m| m.kind == Kind::Money)
            // Only its currency: a price per unit (CNY/t) lends no unit to a sum.
            .map(|m| scan::split_per(&m.unit).0.to_string())
        else {
            return;
        };
        for m in mentions.iter_mut().filter(|m| yi(m)) {
            m.kind = Kind::Money;
            m.unit = unit.clone();
            // 则是8亿多，: more than the sum.
            let more = f.char(m.end).is_some_and(|c| scan::INFIX_CHARS.contains(c))
                && f.char(m.end + 1).is_none_or(|c| !scan::is_cjk(c));
            if more && m.approx.is_none() {
                m.end += 1;
                m.approx = Some(Approx::Approx);
            }
        }
    }

    /// Why `m` is no fact of its own when it is a round figure passed or reached
    /// (`subject.threshold`: 突破1万亿千瓦时大关, 登上5500万吨新台阶) after the exact figure
    /// of the same kind and unit in its sentence (`all`), at least the milestone and below
    /// twice it: the exact one is the fact. Like a time frame, it still hands its subject
    /// on to the figures after it.
    fn milestone(
        &self,
        m: &scan::Mention,
        f: &Folded,
        all: &[scan::Mention],
    ) -> Option<&'static str> {
        let thresholds = self.patterns.cues.at(crate::cue!("subject.threshold"));
        if !thresholds.starts(f.rest(m.end).trim_start()) {
            return None;
        }
        all.iter()
            .any(|e| {
                e.end <= m.start
                    && e.rejected.is_none()
                    && e.kind == m.kind
                    && e.unit == m.unit
                    && e.value > m.value
                    && e.value < m.value + m.value
            })
            .then_some("milestone (a round figure passed, after the exact one)")
    }

    /// Why `m` is no fact of its own when it bounds a class that a figure after it in
    /// its clause counts or measures (引进5000万元以上的重大项目3个, 饲养199头以下的
    /// 场2,264个): a figure closed by a `bound.after` word of more or less (以上, 以下,
    /// 以内), no clause mark after it, and another figure of the same clause within
    /// [`MAX_CLASS_GAP`] chars. A bound standing alone (投资达5亿元以上。) is a fact, and
    /// so is the bound of one thing (5亿元以上的项目一个: the project's own sum).
    fn class_threshold(
        &self,
        m: &scan::Mention,
        f: &Folded,
        all: &[scan::Mention],
    ) -> Option<&'static str> {
        // A share bounded so quantifies what follows (91%以上站点…): the share is the fact.
        let bounded = matches!(m.approx, Some(Approx::Gt | Approx::Lt));
        // A range of money joined by 的 to what it classes (5万至10万元的41个) bounds a
        // class too.
        let attributive = self.patterns.cues.at(crate::cue!("subject.attributive"));
        let ranged = m.approx == Some(Approx::Range)
            && m.kind == Kind::Money
            && attributive.starts(f.rest(m.end));
        if !(bounded || ranged) || m.kind == Kind::Percent || m.end <= m.numeral.1 && !ranged {
            return None;
        }
        if bounded {
            let bounds = self.patterns.cues.at(crate::cue!("bound.after"));
            let bound = bounds.suffix_of(f.slice(m.numeral.1, m.end))?;
            // 3年内实现产值8亿元: the end of a span bounds when, not a class.
            if (self.patterns.cues)
                .at(crate::cue!("figure.span_bound"))
                .contains(bound)
            {
                return None;
            }
        }
        let mark = |c: char| subject::is_delim(c) || c.is_whitespace();
        if f.char(m.end).is_none_or(mark) {
            return None;
        }
        let counted = all.iter().any(|e| {
            e.start >= m.end
                && e.start <= m.end + MAX_CLASS_GAP
                && e.rejected.is_none()
                && e.kind != Kind::Number
                && e.value != Decimal::ONE
                && !f.slice(m.end, e.start).contains(mark)
        });
        // 月收入2000元以下的居民: 的 and a noun of a population (figure.class_head) in its
        // clause: the bound defines who is meant, also when nothing counts them.
        let cues = &self.patterns.cues;
        let of_class = || {
            let rest = f.rest(m.end);
            let Some(w) = cues.at(crate::cue!("subject.attributive")).prefix_of(rest) else {
                return false;
            };
            let phrase: String = (rest[w.len()..].chars())
                .take_while(|&c| !mark(c))
                .take(MAX_CLASS_GAP)
                .collect();
            cues.at(crate::cue!("figure.class_head")).occurs_in(&phrase)
        };
        (counted || of_class())
            .then_some("class threshold (a bound naming what a figure after it counts)")
    }

    /// Why the duration `m` is no fact: a `figure.condition_bound` word right before it
    /// (居港最少七年, 离港不超过90天, 相隔至少14日) makes it a condition a rule sets (who may
    /// apply, how long one may stay away), not a span that happened.
    fn condition_bound(&self, m: &scan::Mention, f: &Folded) -> Option<&'static str> {
        if m.kind != Kind::Duration {
            return None;
        }
        let before = f.before(m.numeral.0.min(m.start)).trim_end();
        (self.patterns.cues)
            .at(crate::cue!("figure.condition_bound"))
            .ends(before)
            .then_some("condition (a bound duration a rule sets)")
    }

    /// Why `m` is no count of its own: a term of a proportion (每3人有1人, 每5元中有1元:
    /// `figure.proportion_per` before the first count, a `figure.proportion_link` word
    /// between the two counts of one unit, maybe after the first count's noun of at most
    /// [`MAX_LIST_NOUN_CHARS`] chars: 每8辆燃油车便有1辆): the proportion is neither count.
    fn proportion(
        &self,
        m: &scan::Mention,
        f: &Folded,
        all: &[scan::Mention],
    ) -> Option<&'static str> {
        let cues = &self.patterns.cues;
        let (per, link) = (
            cues.at(crate::cue!("figure.proportion_per")),
            cues.at(crate::cue!("figure.proportion_link")),
        );
        // The link, or the first count's noun and the link (燃油车便有).
        let linked = |between: &str| {
            link.contains(between)
                || link.entries().any(|(w, _)| {
                    between.strip_suffix(w).is_some_and(|noun| {
                        let n = noun.chars().count();
                        (1..=MAX_LIST_NOUN_CHARS).contains(&n)
                            && noun
                                .chars()
                                .all(|c| !subject::is_delim(c) && !c.is_numeric())
                    })
                })
        };
        let pair = |a: &scan::Mention, b: &scan::Mention| {
            a.end <= b.start
                && a.unit == b.unit
                && per.ends(f.before(a.start))
                && linked(f.slice(a.end, b.start).trim())
        };
        all.iter()
            .any(|o| pair(m, o) || pair(o, m))
            .then_some("proportion (one count in so many: a share, no count)")
    }

    /// Decides which candidates are facts ([`Extractor::judge`]); Chinese numerals need
    /// a word check. Figures filling table columns are facts.
    fn judge_all<'c>(
        &self,
        f: &Folded,
        cand: &'c Candidates,
        numbers: bool,
        mut trace: Option<&mut SentenceTrace>,
    ) -> Judged<'c> {
        let mut j = Judged::default();
        for m in &cand.mentions {
            let verdict = self
                .judge(m, f, numbers)
                .or_else(|| self.milestone(m, f, &cand.mentions))
                .or_else(|| self.class_threshold(m, f, &cand.mentions))
                .or_else(|| tier_bound(m, f, &cand.mentions))
                .or_else(|| self.condition_bound(m, f))
                .or_else(|| self.proportion(m, f, &cand.mentions));
            if let Some(t) = trace.as_deref_mut() {
                let v = verdict.map_or(Verdict::Taken, Verdict::Rejected);
                t.candidates.push(candidate(f, m, v));
            }
            match verdict {
                Some("ordinal") if numbers => j.ordinals.push(m),
                Some(r) if r.starts_with("numeral") => j.word_parts.push(m.numeral),
                Some(r)
                    if r.starts_with("time frame")
                        || r.starts_with("milestone")
                        || r.starts_with("class threshold") =>
                {
                    j.frames.push(m)
                }
                Some(_) => {}
                None => j.qty.push(m),
            }
        }
        if let Some(t) = trace {
            let by_column = cand.in_columns.iter();
            t.candidates
                .extend(by_column.map(|m| candidate(f, m, Verdict::TakenByColumn)));
        }
        j.qty.extend(cand.in_columns.iter());
        j.qty.sort_by_key(|m| (m.start, m.end));
        j
    }

    /// The entities of a sentence (added to `out`), their names with their spans for the
    /// facts' `entities` column (bylines left out), and the mentions themselves.
    fn sentence_entities(
        &self,
        toks: &[crate::segment::Token],
        qty: &[&scan::Mention],
        quotes: &[(usize, usize)],
        cut: &Cut,
        out: &mut DocExtract,
    ) -> (Vec<NamedSpan>, Vec<entity::EntityMention>) {
        let known = |w: &str| self.segmenter.is_known(w);
        // Project names run across quantities (150MW风力发电项目), never across dates.
        let quantities: Vec<(usize, usize)> = qty.iter().map(|m| (m.start, m.end)).collect();
        let mut ents = entity::entities(toks, &self.patterns, &quantities, quotes, &known);
        let ages: Vec<(usize, usize)> = (qty.iter())
            .filter(|m| m.kind == Kind::Age)
            .map(|m| (m.start, m.end))
            .collect();
        entity::aged_people(&mut ents, toks, &ages, &self.patterns);
        place::locate(&mut ents, toks, quotes, &self.patterns, cut.cx.places);
        entity::within_named(&mut ents, &cut.orig, &out.named);
        entity::glue_leading_places(&mut ents);
        entity::counted_projects(&self.patterns, &mut ents, &|a, b| cut.slice(a, b));
        // A project's place (entity::PROJECT_PLACE) is a place word of the figures only.
        let rows = || (ents.iter()).filter(|e| e.how != entity::PROJECT_PLACE);
        let leads = self.patterns.cues.at(crate::cue!("entity.alias_lead"));
        for e in rows() {
            let text = cut.slice(e.start, e.end);
            let org = e.ty == EntityType::Org && !e.byline;
            let person = e.ty == EntityType::Per && text.chars().all(entity::is_han);
            let long = text.chars().count() >= if person { 3 } else { 4 };
            if (org || person) && e.how != entity::GENERIC_DEPARTMENT && long {
                out.named.retain(|n| n.0 != text);
                if out.named.len() == NAMED {
                    out.named.remove(0);
                }
                out.named.push((text, e.ty));
            }
            // Its declared short form (（以下简称“某某股份”）) names it too.
            let alias = (org.then(|| entity::declared_alias(&cut.orig, e.end, leads))).flatten();
            if let Some(alias) = alias {
                if out.named.len() == NAMED {
                    out.named.remove(0);
                }
                if out.aliases.len() == NAMED {
                    out.aliases.remove(0);
                }
                out.aliases.push((alias.clone(), cut.slice(e.start, e.end)));
                out.named.push((alias, EntityType::Org));
            }
        }
        let gaz = self.patterns.gazetteer();
        let mut names: Vec<NamedSpan> = Vec::new();
        for e in rows() {
            let mut text = cut.slice(e.start, e.end);
            // A name written apart to fill its column (梁 军) is one name.
            if e.ty == EntityType::Per
                && text.chars().all(|c| entity::is_han(c) || c.is_whitespace())
            {
                text.retain(|c| !c.is_whitespace());
            }
            // Bylines and photo credits (记者 张三) name no one a figure is about.
            if !e.byline {
                names.push((e.start, e.end, text.clone()));
            }
            out.entities.push(Entity {
                sentence: cut.cx.idx,
                start: cut.cx.offset + e.start,
                end: cut.cx.offset + e.end,
                text,
                ty: e.ty,
                canonical: String::new(),
                code: e
                    .division
                    .map_or(String::new(), |d| gaz.code(d).to_string()),
                how: e.how,
            });
        }
        (names, ents)
    }

    /// The facts of the quantities `qty`, left to right, so a figure can inherit the
    /// previous one's subject.
    fn quantity_facts(
        &self,
        sent: &subject::Sentence,
        cut: &Cut,
        judged: &Judged,
        columns: Option<&Columns>,
        (ents, (lead_measure, lead_by_unit)): LeadsOf,
        dates: &[date::DateMention],
    ) -> Vec<(usize, Fact)> {
        let f = sent.f;
        let (view, part, lead) = parts_lead(sent, columns.is_some(), lead_measure);
        let product_verb = self.patterns.cues.at(crate::cue!("subject.product_verb"));
        let progress = self.patterns.cues.at(crate::cue!("subject.progress_rate"));
        let mut rows: Vec<(usize, Fact)> = Vec::with_capacity(judged.qty.len());
        let mut prev_subject: Option<String> = None;
        // Each figure's span and subject so far: 分别增长 … refers back to them.
        let mut earlier: Vec<(subject::Span, String)> = Vec::new();
        // A time frame (两年平均增长) is no fact, but what it measures is the owner of
        // the change after it, as a previous figure's subject would be.
        let mut all: Vec<(&scan::Mention, bool)> = judged.qty.iter().map(|m| (*m, true)).collect();
        all.extend(judged.frames.iter().map(|m| (*m, false)));
        all.sort_by_key(|(m, _)| (m.start, m.end));
        let mut last_end = 0;
        // The subject handed on before a bracket breaking a total down (（其中…）): the
        // figure after the bracket continues the total, not the bracket's last part.
        let mut before_breakdown: Option<Option<String>> = None;
        // The unit of the sentence's last quantity that is no rate, when it took the lead
        // measure in its unit: a change after it is of that measure too.
        let mut amount_unit: Option<String> = None;
        for (m, is_fact) in all {
            if subject::in_breakdown(sent, m.start) {
                before_breakdown.get_or_insert_with(|| prev_subject.clone());
            } else if let Some(p) = before_breakdown.take() {
                prev_subject = p;
            }
            // A clause without figures that names a topic (成都大熊猫基地，前4天接待…)
            // owns the figures after it, not the previous figure's subject.
            if let Some(t) = subject::topic_clause(sent, last_end, m.start) {
                prev_subject = Some(t);
            }
            last_end = last_end.max(m.end);
            if !is_fact {
                hand_on_frame(sent, (m.start, m.end), &mut prev_subject);
                continue;
            }
            let mut fact = cut.fact(m.start, m.end, m.kind);
            fact.value = Value::Num(m.value);
            if m.kind == Kind::Ratio {
                let rules = ratio::RatioRules::new(&self.patterns.cues);
                let terms = ratio::mention_terms(f, m, &rules);
                fact.value = Value::Terms(terms.unwrap_or_else(|| fact.text.clone()));
            }
            fact.value_max = m.value_max.map(Value::Num);
            fact.unit = m.unit.clone();
            fact.approx = m.approx;
            let count_like = m.kind == Kind::Count || product_verb.ends(f.before(m.start));
            let span = (m.start, m.end);
            // In a table row the figure measures row label + column (产业项目 + 完成投资).
            let column = columns.and_then(|c| {
                let (col, cells) = c.column_at(m.start)?;
                Some((col, c.label(cells, f, Some(cut))))
            });
            let by_column = column
                .as_ref()
                .map(|(col, label)| self.column_subject(label, col));
            fact.subject = by_column
                .or_else(|| subject::listed_base_subject(sent, span, &earlier))
                .or_else(|| subject::respectively_compared(sent, span, &earlier))
                .or_else(|| subject::respectively_back(sent, span, &earlier))
                .unwrap_or_else(|| {
                    let p = subject::subject(sent, span, count_like, prev_subject.as_deref());
                    let leads = (part, &lead, lead_by_unit.as_slice());
                    self.part_subject(sent, (m, &fact.unit), p, leads, &mut amount_unit)
                });
            let first = lead.is_none() && prev_subject.is_none();
            fact.subject = after_lead(sent, &fact, (m.kind, first), columns, lead_measure);
            fact.subject = subject::with_total_counted(sent, span, fact.subject);
            fact.subject = subject::colon_list_item(sent, span, fact.subject);
            fact.subject = subject::tidied(&self.patterns.cues, sent.traditional, fact.subject);
            fact.subject = subject::outside_aside(sent, span, fact.subject);
            named_subject(sent, span, &mut fact, (&rows, prev_subject.as_deref()));
            prev_measure(sent, span, &mut fact, prev_subject.as_deref());
            let p = std::mem::take(&mut fact.subject);
            fact.subject = subject::with_averaged_owner(sent, p, prev_subject.as_deref());
            by_kind_subject(sent, m, &mut fact);
            // A streak (连续3天接待…) hands on its owner, a bracketed comparison base nothing.
            match subject::streak_owner(sent, span) {
                Some(owner) => prev_subject = Some(owner).filter(|o| !o.is_empty()),
                None if fact.subject.is_empty() || subject::is_compared_base(sent, span) => {}
                // A rate of a target reached (目标完成率为27%，同比增长17%) measures the figure
                // before it: the change after it is that figure's.
                None if progress.ends(&fact.subject) && prev_subject.is_some() => {}
                None => prev_subject = Some(fact.subject.clone()),
            }
            self.with_whole(sent, &mut fact, &rows, span);
            let p = std::mem::take(&mut fact.subject);
            let of_unit = (rows.iter())
                .filter(|r| r.1.unit == fact.unit)
                .map(|r| r.1.subject.as_str());
            fact.subject = subject::with_elided_object(sent, p, of_unit, span);
            earlier.push((span, fact.subject.clone()));
            // Said per what only in its own row: the figures after it take the measure.
            if m.kind == Kind::Money {
                fact.subject = subject::per_quantity(sent, fact.subject, m.start);
            }
            fact.indicator = self.indicator(sent, m.start, m.end);
            self.named_by_kind(sent, span, m.kind, &mut fact);
            fact.entities = clause_first(ents, sent, span);
            fact.period = match column.and_then(|(c, _)| c.year) {
                Some(y) => y.to_string(),
                None => self.periods.period(sent, m.start, cut.cx.year, dates),
            };
            rows.push((m.start, fact));
        }
        next_lead(sent, &rows, (view || part, columns.is_some()), lead_measure);
        if !(view || part) {
            *lead_by_unit = unit_leads(sent, &rows, columns.is_some());
        }
        rows
    }

    /// The subject `p` of the quantity `m` (in `unit`) as a part of the lead (`part`,
    /// `lead`): the lead measure in the part's unit when the lead's first figure is in
    /// another (`by_unit`, see [`unit_lead`]; `amount`: the unit of the part's amount
    /// that took it, for the rates after it), else the lead's; see
    /// `subject::with_lead_attribute`.
    fn part_subject(
        &self,
        sent: &subject::Sentence,
        (m, unit): (&scan::Mention, &str),
        p: String,
        (part, lead, by_unit): (bool, &LeadMeasure, &[(String, String)]),
        amount: &mut Option<String>,
    ) -> String {
        // Only a part named by one word or a short name (谷物858吨, 根茎菜) and by no
        // measure of its own (利税3亿元: an indicator) takes the lead in its unit.
        // Read only for a part the lead in its unit fits (most figures are none).
        let word = || {
            (p.chars().count() <= MAX_UNIT_PART || sent.toks.iter().any(|t| t.word == p))
                && self.indicator(sent, m.start, m.end).is_empty()
        };
        let rate = matches!(m.kind, Kind::Percent | Kind::PercentagePoint);
        let own = unit_lead(part, lead, by_unit, (unit, amount)).filter(|_| rate || word());
        if !rate {
            *amount = own.map(|(_, u)| u.clone());
        }
        match own.or(lead.as_ref()) {
            Some((lead, lead_unit)) => {
                // A lead a viewpoint clause named has no unit: any part's.
                let bare = part && (lead_unit.is_empty() || lead_unit == unit);
                subject::with_lead_attribute(sent, p, lead, bare)
            }
            None => p,
        }
    }

    /// The subject of `fact` at `span` as a part of the sentence's earlier figure of its
    /// unit among `rows` (its owner, measure, or a count's head).
    fn with_whole(
        &self,
        sent: &subject::Sentence,
        fact: &mut Fact,
        rows: &[(usize, Fact)],
        span: subject::Span,
    ) {
        if let Some(w) = rows.first().filter(|(_, w)| w.unit == fact.unit) {
            let p = std::mem::take(&mut fact.subject);
            fact.subject = subject::with_whole_owner(sent, p, whole_of(w), span);
        }
        // A figure whose own parts follow it in its clauses (…；有涉农企业171家，其中龙头
        // 企业17家) is a whole itself, no part of an earlier one.
        let parts = self.patterns.cues.at(crate::cue!("subject.part_of"));
        let own = sent.f.rest(span.1).split(['；', ';', '。']).next();
        let after_semicolon = sent.f.slice(0, span.0).contains(['；', ';']);
        if after_semicolon && own.is_some_and(|o| parts.occurs_in(o)) {
            return;
        }
        // The whole of a part is the last figure in its unit before the part word before
        // it (…其中示范场246家；有涉农企业171家，其中龙头企业17家: 171家), else the first.
        let whole = (rows.iter().rev())
            .filter(|r| r.1.unit == fact.unit)
            .find(|r| {
                let end = whole_of(r).1;
                end <= span.0 && parts.occurs_in(sent.f.slice(end, span.0))
            })
            .or_else(|| rows.iter().find(|(_, w)| w.unit == fact.unit));
        if let Some(w) = whole {
            let p = std::mem::take(&mut fact.subject);
            fact.subject = subject::with_whole_measure(sent, p, whole_of(w), span);
            // A place's part (其中甲县25起): the whole's measure as a place's count.
            let divisions = self.patterns.cues.at(crate::cue!("place.short_suffix"));
            let place = divisions.ends(&subject::rule_form(sent.traditional, &fact.subject));
            if fact.kind == Kind::Count && !place {
                let p = std::mem::take(&mut fact.subject);
                fact.subject = subject::with_whole_head(sent, p, whole_of(w), span);
            }
        }
    }

    /// The label of a row of a table saved one cell per line (as written, as the rules
    /// read it), after its `parent`'s name when it is a part of that (国际游客台湾同胞).
    fn stacked_label(
        &self,
        (written, rules): (&[&str], &[&str]),
        parent: Option<usize>,
        label: usize,
    ) -> (String, String) {
        let own = (
            table::bar_cell_text(written[label]),
            table::bar_cell_text(rules[label]),
        );
        let Some(p) = parent else {
            return own;
        };
        // The parent's name without its unit and list marker; the part without its marker.
        let name = |i: usize| {
            let r = table::bar_cell_text(rules[i]);
            let n = table::column(&r, &self.patterns).name;
            let skip = table::label_marker(&n, &self.patterns);
            let w = table::bar_cell_text(written[i]);
            let len = n.chars().count();
            let cut = |t: &str| -> String { t.chars().take(len).skip(skip).collect() };
            (cut(&w), cut(&r))
        };
        let (pw, pr) = name(p);
        let skip = table::label_marker(&own.1, &self.patterns);
        let strip = |t: &str| -> String { t.chars().skip(skip).collect() };
        (
            format!("{pw}{}", strip(&own.0)),
            format!("{pr}{}", strip(&own.1)),
        )
    }

    /// The subject of a figure in a table row: the row label (as written and as the
    /// rules read it; without its bracketed unit and list marker) and the column's name.
    fn column_subject(&self, (written, rules): &(String, String), col: &table::Column) -> String {
        let name = table::column(rules, &self.patterns).name;
        let skip = table::label_marker(&name, &self.patterns);
        let n = name.chars().count();
        let label: String = written.chars().take(n).skip(skip).collect();
        let folded: String = name.chars().skip(skip).collect();
        subject::table_subject(&label, &folded, (&col.name, &col.written))
    }

    /// Money figures whose unit names no currency (元, 亿元: CNY in units.tsv) take the
    /// currency named right before them (新台币约50亿元) or else the release's region's
    /// (TWD, HKD, MOP; CNY on the mainland), see [`region::RegionRules::money_currency`];
    /// a dollar sign is the one its letters name or the region's own outside the mainland
    /// ([`region::RegionRules::dollar_currency`]).
    /// `rows` are facts of the folded sentence `f` with their sentence char start.
    /// Units a region reads otherwise (a Taiwan 分地 is a tenth of a 甲) are rescaled
    /// here too (`region.unit`, [`region::RegionRules::unit_factor`]), and currency
    /// words a region reads as its own (澳元 in Macau: `region.currency_word`).
    fn regional_currency(&self, f: &Folded, cx: &SentenceIn, rows: &mut [(usize, Fact)]) {
        for (start, fact) in rows.iter_mut() {
            let end = *start + (fact.end - fact.start);
            let mention = f.slice(*start, end);
            if let Some((surface, factor)) = self.regions.unit_factor(cx.region, mention) {
                let default = self.patterns.unit_at(surface).map(|(u, _)| u.factor);
                if let (Some(d), Value::Num(v)) = (default, &mut fact.value) {
                    // The figure as written, then read with the region's factor.
                    let n = v.checked_div(d).map(|n| n.round_dp(6));
                    if let Some(x) = n.and_then(|n| n.checked_mul(factor)) {
                        *v = x.normalize();
                    }
                }
            }
            if fact.kind == Kind::Money {
                // A price per unit (CNY/t, 港元/小時) names its currency as a sum does.
                let (currency, per) = scan::split_per(&fact.unit);
                let written = mention.split('/').next().unwrap_or(mention);
                if let Some(c) = self.money_unit(f, cx, *start, written, currency) {
                    fact.unit = format!("{c}{per}");
                }
            }
        }
    }

    /// The currency of a money figure `mention` at folded char `start` (without a per
    /// unit) whose unit reads `currency`, when the region or a name before it makes it
    /// another ([`Self::regional_currency`]).
    fn money_unit(
        &self,
        f: &Folded,
        cx: &SentenceIn,
        start: usize,
        mention: &str,
        currency: &str,
    ) -> Option<String> {
        if let Some(c) = self.regions.currency_word(cx.region, mention) {
            return Some(c.to_string());
        }
        if currency == "USD" && mention.starts_with('$') {
            let c = self.regions.dollar_currency(cx.region, f.before(start));
            return c.map(str::to_string);
        }
        if currency != "CNY" {
            return None;
        }
        (self
            .regions
            .money_currency(cx.region, f.before(start), mention))
        .filter(|c| *c != currency)
        .map(str::to_string)
    }

    /// The indicator of the figure at `[s, e)` (see [`indicator::indicator`]).
    /// The subject of `fact` (at `span`, of `kind`) once the figures after it have taken
    /// it as it is: an area named by the thing alone it covers names the area (油茶面积),
    /// and a count the verb governing it, unless that verb is an indicator (累计建成,
    /// 覆盖: its own column).
    fn named_by_kind(
        &self,
        sent: &subject::Sentence,
        span: subject::Span,
        kind: Kind,
        fact: &mut Fact,
    ) {
        if kind == Kind::Area {
            let p = std::mem::take(&mut fact.subject);
            fact.subject = subject::with_area_word(sent, span, p);
        }
        if kind == Kind::Count {
            let p = subject::with_count_verb(sent, span, &fact.unit, fact.subject.clone());
            let verb = &p[..p.len() - fact.subject.len()];
            if self.patterns.indicator_ac.find(verb).is_none() {
                fact.subject = p;
            }
        }
    }

    fn indicator(&self, sent: &subject::Sentence, s: usize, e: usize) -> String {
        indicator::indicator(&self.patterns, sent, s, e)
    }
}

/// One sentence handed to extraction: the sentence as written and as the rules read it
/// (simplified characters, same length), where it is, and the document's settings.
struct SentenceIn<'a> {
    stext: &'a str,
    rtext: &'a str,
    /// 1-based sentence index.
    idx: usize,
    /// Its first char in the document.
    offset: usize,
    /// The document's year.
    year: Option<i32>,
    /// The release date is known (the year is the release's, not only the first year
    /// its text writes).
    dated: bool,
    /// The release date is only the first date of the prose (`date::DocDates::in_prose`).
    release_in_prose: bool,
    /// The release's region.
    region: Region,
    /// The release date (yyyy-mm-dd), if known.
    release: Option<&'a str>,
    opts: Options,
    /// The release's own place and the context of its place names.
    places: &'a place::DocPlaces,
    /// It starts in the page's head, above the first line of prose
    /// ([`date::prose_start`]; a text without such a line has no head).
    head: bool,
    /// The year the sentences before carried (see `DocExtract::carried_year`).
    prev_year: Option<i32>,
}

/// The sentence as written, by char: facts are cut from it.
struct Cut<'a> {
    cx: &'a SentenceIn<'a>,
    orig: Vec<char>,
}

impl<'a> Cut<'a> {
    fn new(cx: &'a SentenceIn<'a>) -> Cut<'a> {
        Cut {
            cx,
            orig: cx.stext.chars().collect(),
        }
    }

    /// Chars `[a, b)` as written.
    fn slice(&self, a: usize, b: usize) -> String {
        let b = b.min(self.orig.len());
        self.orig[a.min(b)..b].iter().collect()
    }

    /// A fact of `kind` at chars `[start, end)` of the sentence, its value yet to fill.
    fn fact(&self, start: usize, end: usize, kind: Kind) -> Fact {
        Fact {
            sentence: self.cx.idx,
            start: self.cx.offset + start,
            end: self.cx.offset + end,
            text: self.slice(start, end),
            kind,
            value: Value::Num(Decimal::ZERO),
            value_max: None,
            unit: String::new(),
            approx: None,
            subject: String::new(),
            indicator: String::new(),
            entities: Vec::new(),
            context: self.cx.stext.to_string(),
            period: String::new(),
            place: String::new(),
            place_code: String::new(),
        }
    }
}

/// What the scanners found in a sentence.
struct Candidates {
    /// Quoted slogans and 《》 titles.
    quotes: Vec<(usize, usize)>,
    /// Dates outside them.
    dates: Vec<date::DateMention>,
    date_spans: Vec<(usize, usize)>,
    /// Figures, taken or not.
    mentions: Vec<scan::Mention>,
    /// Numerals (with `--numbers`).
    numerals: Vec<scan::Numeral>,
    /// Bare numbers in table columns with a unit, as figures.
    in_columns: Vec<scan::Mention>,
    /// The year the sentence carries at its end, if it writes one.
    carried_year: Option<i32>,
}

impl Candidates {
    /// Whether anything may become a fact (else only entity cues make the sentence
    /// worth segmenting).
    fn any(&self, numbers: bool) -> bool {
        !self.dates.is_empty()
            || !self.in_columns.is_empty()
            || self
                .mentions
                .iter()
                .any(|m| m.rejected.is_none() && m.kind != Kind::Number)
            || (numbers && !self.numerals.is_empty())
    }

    /// Records the dates, the quoted spans and the table row in the trace.
    fn record(&self, f: &Folded, in_table: bool, t: &mut SentenceTrace) {
        if in_table {
            t.table = TableTrace::Row;
        }
        let dates = self.dates.iter();
        t.dates = dates
            .map(|d| (f.slice(d.start, d.end).to_string(), d.value.clone()))
            .collect();
        let quotes = self.quotes.iter();
        t.quoted = quotes.map(|&(a, b)| f.slice(a, b).to_string()).collect();
    }
}

/// A candidate for the trace.
fn candidate(f: &Folded, m: &scan::Mention, verdict: Verdict) -> Candidate {
    Candidate {
        text: f.slice(m.start, m.end).to_string(),
        kind: m.kind,
        value: m.value,
        unit: m.unit.clone(),
        verdict,
    }
}

/// The verdicts on a sentence's candidates.
#[derive(Default)]
struct Judged<'c> {
    /// Quantities that are facts, in text order.
    qty: Vec<&'c scan::Mention>,
    /// Ordinals (reported with `--numbers`).
    ordinals: Vec<&'c scan::Mention>,
    /// Numerals that are parts of words (四川).
    word_parts: Vec<(usize, usize)>,
    /// Time frames of other figures (两年平均, 过去五年): no facts, but like figures
    /// they are no part of a subject.
    frames: Vec<&'c scan::Mention>,
}

/// Whether the date `d` is a page's timestamp: a day followed by a clock time (2016年02月25日
/// 23:47) on a line that holds nothing else but punctuation and bullets. It dates the
/// page (the release date), not a fact of the text.
fn timestamp_line(f: &Folded, d: &date::DateMention) -> bool {
    static CLOCK: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let clock = CLOCK
        .get_or_init(|| regex::Regex::new(r"^\s*\d{1,2}:\d{2}(?::\d{2})?").expect("a valid regex"));
    if !has_day(&d.value) {
        return false;
    }
    let Some(time) = clock.find(f.rest(d.end)) else {
        return false;
    };
    let plain = |s: &str| !s.chars().any(char::is_alphanumeric);
    plain(f.before(d.start)) && plain(&f.rest(d.end)[time.end()..])
}

/// An entity of a sentence for the facts' `entities` column: its sentence-char span and
/// its name as written.
type NamedSpan = (usize, usize, String);

/// The distinct names of `ents` for the figure at `span`: those of the figure's clause
/// first (the investor of that project, the company of that figure), then the rest of the
/// sentence's, each in text order. Clauses end at ， ； 。 ！ ？ outside figures.
fn clause_first(ents: &[NamedSpan], sent: &subject::Sentence, span: subject::Span) -> Vec<String> {
    let ends = |k: usize| {
        matches!(
            sent.chars[k],
            '，' | ',' | '；' | ';' | '。' | '！' | '？' | '!' | '?' | '\n'
        ) && !sent.figures.iter().any(|&(a, b)| a <= k && k < b)
    };
    let n = sent.chars.len();
    let from = (0..span.0.min(n))
        .rev()
        .find(|&k| ends(k))
        .map_or(0, |k| k + 1);
    let to = (span.1.min(n)..n).find(|&k| ends(k)).unwrap_or(n);
    let inside = |e: &&NamedSpan| e.0 < to && from < e.1;
    let mut names: Vec<String> = Vec::new();
    for (_, _, text) in ents
        .iter()
        .filter(inside)
        .chain(ents.iter().filter(|e| !inside(e)))
    {
        if !names.contains(text) {
            names.push(text.clone());
        }
    }
    names
}

/// The facts of the dates of a sentence; `quantities` are the sentence's other facts, with
/// their sentence char starts (a period opening a statistic dates its measure).
fn date_facts(
    sent: &subject::Sentence,
    cut: &Cut,
    dates: &[date::DateMention],
    (ents, quantities): (&[NamedSpan], &[(usize, Fact)]),
) -> Vec<(usize, Fact)> {
    let measured: Vec<(subject::Span, &str)> = (quantities.iter())
        .filter(|(_, f)| !f.subject.is_empty())
        .map(|(a, f)| ((*a, a + f.text.chars().count()), f.subject.as_str()))
        .collect();
    let mut rows = Vec::with_capacity(dates.len());
    for d in dates {
        // A day no calendar has (2月30日) is no date; 2月29日 of a year that has none keeps
        // no year (the year was only guessed).
        let Some(value) = date::checked_day(&d.value) else {
            continue;
        };
        let mut fact = cut.fact(d.start, d.end, Kind::Date);
        fact.value = Value::Date(value);
        fact.value_max = (d.value_max.as_deref())
            .and_then(date::checked_day)
            .map(Value::Date);
        fact.approx = d.value_max.as_ref().map(|_| Approx::Range).or_else(|| {
            // A deadline (2022年12月前动工) is before its date; a start after one after it.
            let next: String = sent.f.rest(d.end).chars().take(2).collect();
            let rest = subject::rule_form(sent.traditional, &next);
            let around = sent.list(crate::cue!("date.around")).starts(&rest);
            (around.then_some(Approx::Approx))
                .or_else(|| {
                    (sent.list(crate::cue!("date.before")).starts(&rest)).then_some(Approx::Lt)
                })
                .or_else(|| {
                    let after = sent.list(crate::cue!("date.after")).starts(&rest)
                        && !sent.list(crate::cue!("date.not_after")).starts(&rest);
                    after.then_some(Approx::Gt)
                })
        });
        fact.unit = "date".into();
        let span = (d.start, d.end);
        let measure = subject::dated_measure(sent, span, &measured);
        fact.subject = subject::date_subject(sent, span, measure);
        fact.entities = clause_first(ents, sent, (d.start, d.end));
        rows.push((d.start, fact));
    }
    listed_date_subjects(sent, &mut rows);
    rows
}

/// The subject of `fact` (the figure `m`) as its kind reads it further: money priced by a
/// unit, without a lone unit it is per; households counted by a category named by it (the
/// share after them then takes it as the figure before).
fn by_kind_subject(sent: &subject::Sentence, m: &scan::Mention, fact: &mut Fact) {
    let p = std::mem::take(&mut fact.subject);
    fact.subject = match m.kind {
        Kind::Money => {
            let p = subject::priced(sent, p, sent.f.slice(m.start, m.end));
            subject::without_one_unit(sent, p, m.start)
        }
        Kind::Count => {
            let p = subject::counted_by_category(sent, (m.start, m.end), p);
            subject::with_head_count(sent, (m.start, m.end), &m.unit, p)
        }
        _ => p,
    };
    if matches!(
        m.kind,
        Kind::Mass | Kind::Volume | Kind::Power | Kind::Energy | Kind::Count
    ) {
        let p = std::mem::take(&mut fact.subject);
        fact.subject = subject::with_capacity(sent, (m.start, m.end), p);
    }
}

/// A multiple of a base among the sentence's `quantities` is named against that base
/// ([`subject::multiple_of_base`]) once the dates and the figures after it have read its
/// measure.
fn multiples_of_base(sent: &subject::Sentence, quantities: &mut [(usize, Fact)]) {
    let mut prev: Option<String> = None;
    for (start, fact) in quantities.iter_mut() {
        if fact.kind == Kind::Multiple {
            let span = (*start, *start + fact.text.chars().count());
            let p = std::mem::take(&mut fact.subject);
            fact.subject = subject::multiple_of_base(sent, span, p, prev.as_deref());
        }
        prev = (fact.kind != Kind::Date && !fact.subject.is_empty()).then(|| fact.subject.clone());
    }
}

/// A later item of a list of figure–thing pairs named by its thing alone takes the frame
/// of the item before ([`subject::list_item_frame`]: 生产PVC树脂30万吨、烧碱27万吨 → 生产烧碱),
/// once that item's subject is read; items of one unit only.
fn frames_of_list_items(sent: &subject::Sentence, quantities: &mut [(usize, Fact)]) {
    let mut prev: Option<((usize, usize), String, String)> = None;
    for (start, fact) in quantities.iter_mut() {
        let span = (*start, *start + fact.text.chars().count());
        if let Some((pspan, ps, _)) = prev.as_ref().filter(|(_, _, u)| *u == fact.unit) {
            let p = std::mem::take(&mut fact.subject);
            fact.subject = subject::list_item_frame(sent, span, p, Some((*pspan, ps)));
        }
        prev = (fact.kind != Kind::Date).then(|| (span, fact.subject.clone(), fact.unit.clone()));
    }
}

/// A share right after a figure that the sentence names by that figure's item alone
/// (种植业628个，占75% → 种植业占比) is the share of what the figure measured
/// ([`subject::share_of_count`]: 种植业家庭农场占比), once both subjects are read.
fn shares_of_counts(sent: &subject::Sentence, quantities: &mut [(usize, Fact)]) {
    let mut prev: Option<String> = None;
    for (start, fact) in quantities.iter_mut() {
        if fact.kind == Kind::Percent {
            let span = (*start, *start + fact.text.chars().count());
            let p = std::mem::take(&mut fact.subject);
            fact.subject = subject::share_of_count(sent, span, p, prev.as_deref());
        }
        prev = (fact.kind != Kind::Date).then(|| fact.subject.clone());
    }
}

/// [`frames_of_list_items`], [`shares_of_counts`] and [`bases_of_comparisons`], which read
/// the subjects of the figures before; then a relative measure alone takes the owner the
/// sentence opens with ([`subject::with_relative_owner`]).
fn shares_and_bases(sent: &subject::Sentence, quantities: &mut [(usize, Fact)]) {
    frames_of_list_items(sent, quantities);
    shares_of_counts(sent, quantities);
    bases_of_comparisons(sent, quantities);
    for (_, fact) in quantities.iter_mut() {
        let p = std::mem::take(&mut fact.subject);
        fact.subject = subject::with_relative_owner(sent, p);
    }
}

/// The subjects read once the sentence's rows are merged and in order: counts after a
/// place ([`counted_after_place`]), then things named alone ([`thing_measures`]).
fn last_subjects(
    sent: &subject::Sentence,
    (mentions, idx, pats): (&[entity::EntityMention], usize, &Patterns),
    rows: &mut [(usize, Fact)],
    out: &mut DocExtract,
) {
    counted_after_place(sent, (idx, pats), rows, out);
    thing_measures(sent, mentions, rows);
}

/// An area or length of a thing named alone takes its figure's measure
/// ([`subject::with_thing_measure`]: 储草棚面积), once every rule of the sentence has read
/// the rows' subjects; not a name among the sentence's entities (a place, a park).
fn thing_measures(
    sent: &subject::Sentence,
    mentions: &[entity::EntityMention],
    rows: &mut [(usize, Fact)],
) {
    for (start, fact) in rows.iter_mut() {
        if !matches!(fact.kind, Kind::Area | Kind::Length) {
            continue;
        }
        let span = (*start, *start + fact.text.chars().count());
        let named = |e: &entity::EntityMention| {
            let n = fact.subject.chars().count();
            (e.start < span.0 && span.0 <= e.end + n) || (span.1 <= e.start && e.start < span.1 + n)
        };
        if mentions.iter().any(named) {
            continue;
        }
        let p = std::mem::take(&mut fact.subject);
        fact.subject = subject::with_thing_measure(sent, span, fact.kind.name(), p);
    }
}

/// A figure that is a comparison's base (较2023年的48万吨) is the value the figure before
/// had then ([`subject::base_value`]: 2023年粮食产量), once that figure's subject is read.
fn bases_of_comparisons(sent: &subject::Sentence, quantities: &mut [(usize, Fact)]) {
    let mut prev: Option<(String, Kind)> = None;
    for (start, fact) in quantities.iter_mut() {
        // The base is of the figure's own kind (48万吨 after 52万吨).
        if let Some((p, _)) = prev.as_ref().filter(|(_, k)| *k == fact.kind) {
            let span = (*start, *start + fact.text.chars().count());
            let own = std::mem::take(&mut fact.subject);
            fact.subject = subject::base_value(sent, span, own, Some(p));
        }
        if matches!(
            fact.kind,
            Kind::Percent | Kind::Money | Kind::Count | Kind::Mass
        ) {
            let span = (*start, *start + fact.text.chars().count());
            let own = std::mem::take(&mut fact.subject);
            fact.subject = subject::with_base_year(sent, span, own);
        }
        if fact.kind != Kind::Date {
            prev = Some((fact.subject.clone(), fact.kind));
        }
    }
}

/// An age whose subject is a person (33岁的卢小艳, 牧民程秀芳今年47岁) measures that
/// person's age: the subject becomes the name the sentence's entities give and the
/// `subject.age_measure` word (卢小艳年龄). A subject naming a measure (人均预期寿命, 年龄最大)
/// does not end with a name and stays.
fn ages_of_people(
    sent: &subject::Sentence,
    mentions: &[entity::EntityMention],
    quantities: &mut [(usize, Fact)],
) {
    let Some(measure) = sent
        .cues
        .at(crate::cue!("subject.age_measure"))
        .iter()
        .next()
    else {
        return;
    };
    for (_, fact) in quantities.iter_mut().filter(|(_, f)| f.kind == Kind::Age) {
        let name = (mentions.iter())
            .filter(|e| e.ty == EntityType::Per && !e.byline && e.end <= sent.orig.len())
            .map(|e| sent.orig[e.start..e.end].iter().collect::<String>())
            .filter(|name| name.chars().count() >= 2 && fact.subject.ends_with(name.as_str()))
            .max_by_key(|name| name.len());
        if let Some(name) = name {
            fact.subject = format!("{name}{measure}");
        }
    }
}

/// Dates listed one after another, joined by 、 or a `subject.item_joiner` word alone
/// (于去年8月、10月及12月进行), date one event each: a date of the list left without a
/// subject takes its first date's (调查), else its last's (the event after the list);
/// never the bases of a comparison.
fn listed_date_subjects(sent: &subject::Sentence, rows: &mut [(usize, Fact)]) {
    let joiners = sent.cues.at(crate::cue!("subject.item_joiner"));
    let comparisons = sent.cues.at(crate::cue!("subject.comparison"));
    // Rows start at their sentence's char offsets; their facts hold the document's.
    let joined = |(a, fa): &(usize, Fact), (b, _): &(usize, Fact)| {
        let end = a + fa.text.chars().count();
        let between = sent.f.slice(end.min(*b), *b).trim();
        between == "、" || joiners.contains(between)
    };
    let mut i = 0;
    while i < rows.len() {
        let mut j = i + 1;
        while j < rows.len() && joined(&rows[j - 1], &rows[j]) {
            j += 1;
        }
        let first = &rows[i].1.subject;
        let shared = if first.is_empty() {
            rows[j - 1].1.subject.clone()
        } else {
            first.clone()
        };
        // Bases of a comparison (较2022年及2019年分别减少) date no event.
        let base = comparisons.ends(sent.f.slice(0, rows[i].0).trim_end());
        for (_, fact) in &mut rows[i..j] {
            if fact.subject.is_empty() && !base {
                fact.subject.clone_from(&shared);
            }
        }
        i = j;
    }
}

/// Keeps (unit, subject) of the counts among `out.facts` (a sentence's facts, about to be
/// handed on) in `out.recent_counts`, the newest [`RECENT_COUNTS`].
fn remember_counts(out: &mut DocExtract) {
    let counts = out.facts.iter().filter(|f| f.kind == Kind::Count);
    out.recent_counts
        .extend(counts.map(|f| (f.unit.clone(), f.subject.clone())));
    let extra = out.recent_counts.len().saturating_sub(RECENT_COUNTS);
    out.recent_counts.drain(..extra);
}

/// Counts whose subject is only a place, with nothing counted after them (其中，东区10个，
/// 西区3个), count what the count before them counted (签约的27个项目 → 东区项目): the
/// subject of the last count in the same unit, in this sentence or an earlier one, that
/// is no place. `rows` are the sentence's facts with their sentence char start; `out`
/// holds this sentence's entities and the document's recent counts (`recent_counts`).
fn counted_after_place(
    sent: &subject::Sentence,
    (idx, patterns): (usize, &Patterns),
    rows: &mut [(usize, Fact)],
    out: &DocExtract,
) {
    let divisions = patterns.cues.at(crate::cue!("place.short_suffix"));
    let gazetteer = patterns.gazetteer();
    let places: Vec<&str> = (out.entities.iter().rev())
        .take_while(|e| e.sentence == idx)
        .filter(|e| e.ty == EntityType::Loc)
        .map(|e| e.text.as_str())
        .collect();
    // A place: a place name found in the sentence, or a name of three or four chars
    // ending with a division word (县, 区 …: `place.short_suffix`).
    let is_place = |subject: &str| {
        places.contains(&subject)
            || ((3..=MAX_PLACE_CHARS).contains(&subject.chars().count())
                && divisions.ends(&subject::rule_form(sent.traditional, subject)))
    };
    let f = sent.f;
    // A list item ends at a delimiter or an item joiner (5.5%与7.1%).
    let joiners = sent.cues.at(crate::cue!("subject.item_joiner")).chars();
    let (written, stated) = ranked_items(sent, rows, &places);
    // A list item in brackets right after its place (甲县(15.3%)、乙县(12.1%)).
    let bracketed = |start: usize, end: usize| {
        start > 0
            && matches!(f.char(start - 1), Some('(' | '（'))
            && matches!(f.char(end), Some(')' | '）'))
    };
    // Other figures (rates, amounts) of a place only in a list after a colon (各乡镇完工率
    // 分别为：东坝镇92.5%、西林乡80%): the list's lead names their measure.
    // Counts of such a list are left alone: the counts before them name other things.
    // There a division's name the gazetteer knows is a place, short as it may be (甲县's
    // 甲): a bracketed figure follows no other kind of name in such a list.
    let division = |subject: &str| {
        (MIN_PLACE_CHARS..=MAX_PLACE_CHARS).contains(&subject.chars().count())
            && gazetteer
                .lookup(&subject::rule_form(sent.traditional, subject))
                .is_some()
    };
    let items: Vec<bool> = (rows.iter())
        .map(|(start, fact)| list_item(sent, *start, &fact.subject))
        .collect();
    let areas = patterns.cues.at(crate::cue!("place.not_division_end"));
    let bare_place: Vec<bool> = (rows.iter().enumerate())
        .map(|(k, (start, fact))| {
            let end = start + (fact.end - fact.start);
            let listed = fact.kind != Kind::Count && bracketed(*start, end);
            // A zone listed among places (其中甲市21起、乙开发区5起) is one of them.
            let zone =
                || items[k] && areas.ends(&subject::rule_form(sent.traditional, &fact.subject));
            // A count right before another (甲镇2户10人) ends its item as well.
            let paired = fact.kind == Kind::Count && sent.figures.iter().any(|&(a, _)| a == end);
            fact.kind != Kind::Date
                && (((f.char(end)).is_none_or(|c| subject::is_delim(c) || joiners.contains(&c))
                    || paired)
                    && (is_place(&fact.subject) || zone())
                    || listed && (is_place(&fact.subject) || division(&fact.subject)))
        })
        .collect();
    // An item read as a bare place that is none of these keeps its subject.
    for (k, (_, fact)) in rows.iter_mut().enumerate() {
        if !bare_place[k] && stated[k].is_some() {
            fact.subject.clone_from(&written[k]);
        }
    }
    let without_places = |g: &str, item: &str| borrowed_measure(sent, g, &places, item);
    for k in 0..rows.len() {
        if !bare_place[k] {
            continue;
        }
        let item = rows[k].1.subject.clone();
        if rows[k].1.kind != Kind::Count {
            // Else the measure of the sentence's first figure in the same unit that is
            // no place's (甲市企业利润率为9.6%，乙市、丙市分别为7%、5%).
            let unit = rows[k].1.unit.clone();
            let first = (0..k)
                .filter(|&j| !bare_place[j] && rows[j].1.kind != Kind::Date)
                .map(|j| &rows[j].1)
                .find(|g| g.unit == unit && !g.subject.is_empty())
                .map(|g| without_places(&g.subject, &item))
                .filter(|g| !g.is_empty() && !is_place(g));
            let end = rows[k].0 + (rows[k].1.end - rows[k].1.start);
            let after = || subject::measure_after_list(sent, (rows[k].0, end));
            match subject::list_lead(sent, rows[k].0).or(first).or_else(after) {
                Some(lead) => {
                    let place = std::mem::take(&mut rows[k].1.subject);
                    let named = stated_change(sent, &place, &lead, stated[k].as_deref());
                    renamed_changes(sent, &mut rows[k + 1..], &place, &named);
                    rows[k].1.subject = named;
                }
                None => rows[k].1.subject.clone_from(&written[k]),
            }
            continue;
        }
        let unit = rows[k].1.unit.clone();
        let same_unit = |g: &&Fact| g.kind == Kind::Count && g.unit == unit;
        // Not another item of the list (its subject is that item's name).
        let earlier = (0..k).rev().filter(|&j| !bare_place[j] && !items[j]);
        let earlier = earlier.map(|j| &rows[j].1);
        let earlier = earlier.filter(same_unit).map(|g| g.subject.as_str()).chain(
            (out.recent_counts.iter().rev())
                .filter(|c| c.0 == unit)
                .map(|c| c.1.as_str()),
        );
        let counted = earlier
            .into_iter()
            .find(|g| !g.is_empty() && !is_place(g))
            .map(|g| without_places(g, &item))
            .filter(|g| !g.is_empty());
        match counted.or_else(|| subject::list_lead(sent, rows[k].0)) {
            Some(c) => {
                let subject = stated_change(sent, &rows[k].1.subject, &c, stated[k].as_deref());
                rows[k].1.subject = subject;
            }
            None => rows[k].1.subject.clone_from(&written[k]),
        }
    }
}

/// A subject borrowed from another figure for a place's, without the places it names at
/// its start or end (甲县观光人次 → 观光人次; 观光人次甲县 → 观光人次) and without the whole's
/// scope and total words at its start (全州共发生火灾 → 发生火灾: `place.anaphor`,
/// `subject.total_lead`), nor the earlier item's own place before it (甲镇新增就业 for the
/// place `item` 乙镇: `subject::place_lead`): the place is the row's own.
fn borrowed_measure(sent: &subject::Sentence, g: &str, places: &[&str], item: &str) -> String {
    let mut g = g;
    for p in places {
        g = g.strip_prefix(p).unwrap_or(g);
        g = g.strip_suffix(p).unwrap_or(g);
    }
    let rule = subject::rule_form(sent.traditional, g);
    let mut cut = 0;
    let leads = [
        crate::cue!("place.anaphor"),
        crate::cue!("subject.total_lead"),
    ];
    for list in leads {
        if let Some(w) = sent.cues.at(list).prefix_of(&rule[cut..]) {
            cut += w.len();
        }
    }
    // The rule form has the subject's chars one for one.
    let chars = rule[..cut].chars().count();
    let rest: String = g.chars().skip(chars).collect();
    let g = if rest.is_empty() { g.to_string() } else { rest };
    // The earlier item's own place (甲镇新增就业 for 乙镇) is no part of the measure.
    let lead = subject::place_lead(sent, &g, item);
    g.chars().skip(lead).collect()
}

/// Whether the figure at sentence char `start` with subject `subject` right before it is
/// an item of a list: the subject follows an enumeration comma, an opening bracket or
/// 其中 (`subject.list_open`).
fn list_item(sent: &subject::Sentence, start: usize, subject: &str) -> bool {
    let n = subject.chars().count();
    if n == 0 || n > start {
        return false;
    }
    let before = sent.f.before(start - n);
    before.ends_with(['、', '(', '（'])
        || sent.cues.at(crate::cue!("subject.list_open")).ends(before)
}

/// Items of a ranking among the sentence's `rows` (人口增加率最高者为甲县…，其次为乙县…；丙县
/// 反而减少…: see [`subject::ranked_item`]; `places` the sentence's place names): the first
/// names the ranking's measure before its lead and reads place + measure; the others are
/// left bare places, to take it as a list's lead. Returns the subjects as they were and,
/// for each item left bare, the change it states (empty when it states none).
fn ranked_items(
    sent: &subject::Sentence,
    rows: &mut [(usize, Fact)],
    places: &[&str],
) -> (Vec<String>, Vec<Option<String>>) {
    let written: Vec<String> = rows.iter().map(|(_, fact)| fact.subject.clone()).collect();
    let mut stated = vec![None; rows.len()];
    for (k, (_, fact)) in rows.iter_mut().enumerate() {
        let item = (fact.kind != Kind::Date)
            .then(|| subject::ranked_item(sent, &fact.subject, places))
            .flatten();
        let Some(item) = item else {
            continue;
        };
        if item.measure.is_empty() {
            fact.subject = item.place;
            stated[k] = Some(item.change);
        } else {
            fact.subject = format!("{}{}{}", item.place, item.measure, item.change);
        }
    }
    (written, stated)
}

/// A listed place's subject: the place, the list's measure `lead` and the change the item
/// states (丙县 + 人口增加率 + 减少), the lead's own change dropped when it states one.
fn stated_change(
    sent: &subject::Sentence,
    place: &str,
    lead: &str,
    change: Option<&str>,
) -> String {
    let Some(change) = change.filter(|c| !c.is_empty()) else {
        return format!("{place}{lead}");
    };
    format!("{place}{}{change}", subject::lead_measure(sent, lead))
}

/// The changes right after a bare place's row (東區1,020億元，下滑2.5%) took the bare
/// place `place` as their owner: they take its full subject `named` (東區營業額下滑).
fn renamed_changes(sent: &subject::Sentence, rows: &mut [(usize, Fact)], place: &str, named: &str) {
    let changes = sent.cues.at(crate::cue!("subject.change"));
    for (_, fact) in rows.iter_mut() {
        let Some(rest) = fact.subject.strip_prefix(place) else {
            break;
        };
        if !changes.contains(&subject::rule_form(sent.traditional, rest)) {
            break;
        }
        fact.subject = format!("{named}{rest}");
    }
}

/// Longest phrase between a size class bound and the noun of what is counted
/// (5亿元以上新签约项目23个), in chars.
const MAX_SIZE_CLASS_CHARS: usize = 6;

/// How far back (chars, within the sentence) a rank word makes a count a rank.
const RANK_WINDOW: usize = 20;
/// Longest quoted word after a count that numbers a slogan's parts (四个“亲自”).
const MAX_SLOGAN_CHARS: usize = 4;
/// Signs of a diameter before a length (Φ6.5mm): the size of a product.
const DIAMETER_SIGNS: &str = "ΦφФф⌀Ø";

/// The power of ten of the scale word 亿.
const YI_EXP: u32 = 8;

/// Longest place name taken for one by its division word alone, in chars (改造老旧小区
/// ends with 区 too).
const MAX_PLACE_CHARS: usize = 4;

/// Shortest division name a bracketed list item may be (甲县's short name 甲乙), in chars.
const MIN_PLACE_CHARS: usize = 2;

/// Most chars of the noun after a count of the items listed after it (三個原因：一是…).
const MAX_LIST_NOUN_CHARS: usize = 6;

/// Most chars between a class threshold and the figure that counts the class
/// (5000万元以上的重大项目3个: 6).
const MAX_CLASS_GAP: usize = 12;

/// Most chars between one unit and the figure that is per it (一亩/地能产/1500斤).
const MAX_BASIS_GAP: usize = 4;

/// Whether a line is a headline or caption rather than a sentence: no clause or
/// sentence punctuation at all.
fn is_headline(line: &str) -> bool {
    !line.contains(['，', '。', '；', '！', '？', ',', ';', '!', '?'])
}

/// Longest headline line (chars, blanks left out) whose figures may be copies of the
/// prose's ([`copies::Headlines`]).
const HEADLINE_MAX: usize = 48;

/// Whether sentence `s` of `rules` is a whole line that reads as a headline (no clause
/// punctuation, short) below the release's first line: a subtitle or a section's
/// heading. The title itself states the release's facts (the dev gold counts them).
fn headline_line(rules: &str, s: &crate::split::Sentence) -> bool {
    if rules[..s.byte_start].trim().is_empty() {
        return false;
    }
    let line_start = rules[..s.byte_start]
        .chars()
        .next_back()
        .is_none_or(|c| c == '\n');
    let line_end = rules[s.byte_end..]
        .chars()
        .next()
        .is_none_or(|c| c == '\n' || c == '\r');
    let text = s.text(rules);
    line_start
        && line_end
        && is_headline(text)
        && text.chars().filter(|c| !c.is_whitespace()).count() <= HEADLINE_MAX
}

/// Marks that close a clause or part of a list: a line holding one is prose.
const CLAUSE_MARKS: [char; 6] = [',', ';', '\u{ff0c}', '\u{3002}', '\u{ff1b}', '\u{3001}'];

/// Whether char `start` of `f` opens its line (only blanks before it).
fn opens_line(f: &Folded, start: usize) -> bool {
    f.before(start).trim().is_empty()
}

/// Whether the ISO date `value` names a day of a known year (2019-07-10).
fn full_day(value: &str) -> bool {
    !value.starts_with("--") && has_day(value)
}

/// Whether an ISO date value names a day (2026-03-26, --03-26), not a year, month,
/// quarter or half.
fn has_day(value: &str) -> bool {
    let parts = value.split('-').filter(|p| !p.is_empty()).count();
    if value.starts_with("--") {
        parts == 2
    } else {
        parts == 3
    }
}

/// With `--numbers`: the ordinals and the numerals of a sentence as facts, but for
/// numerals in words and labels.
fn number_facts(cut: &Cut, cand: &Candidates, judged: &Judged) -> Vec<(usize, Fact)> {
    let mut rows = Vec::new();
    for m in &judged.ordinals {
        let mut fact = cut.fact(m.start, m.end, Kind::Ordinal);
        fact.value = Value::Num(m.value);
        rows.push((m.start, fact));
    }
    for n in &cand.numerals {
        // Numerals in words and labels (四川, 1号机组, G207) are not numbers;
        // those in ordinals are.
        let skip = cand.mentions.iter().any(|m| {
            m.numeral == n.core
                && (judged.word_parts.contains(&m.numeral)
                    || m.rejected.is_some_and(|r| r != "ordinal"))
        });
        if skip {
            continue;
        }
        let mut fact = cut.fact(n.start, n.end, Kind::Number);
        fact.value = Value::Num(n.value);
        fact.value_max = n.value_max.map(Value::Num);
        fact.approx = n.approx;
        rows.push((n.start, fact));
    }
    rows
}

/// Where a sentence sits in a table.
enum TableRow<'a> {
    /// Not in a table.
    None,
    /// The header itself: it names columns (years among them) and states no figures.
    Header(&'a table::Header),
    /// A row under a header.
    Row(Columns<'a>),
    /// A header cell or row label of a table saved one cell per line.
    Cell,
}

/// A table row's cells (char spans) under their header; a table flattened onto one
/// line has all its rows there.
struct Columns<'a> {
    header: std::borrow::Cow<'a, table::Header>,
    rows: Vec<Vec<(usize, usize)>>,
    /// The row label (as written, as the rules read it) when it is on another line (a
    /// table saved one cell per line); else it is each row's first cell.
    label: Option<(String, String)>,
    /// The label above whose bracketed unit the row's bare numbers take when neither
    /// their column nor their own label names one (as the rules read it).
    unit_label: Option<String>,
}

impl Columns<'_> {
    /// The cells of the row holding char `at`.
    fn row_of(&self, at: usize) -> Option<&[(usize, usize)]> {
        let row = (self.rows.iter()).find(|r| r.iter().any(|&(a, b)| a <= at && at < b))?;
        Some(row)
    }

    /// The column of the cell at char `at` (not the row label) and its row's cells.
    fn column_at(&self, at: usize) -> Option<(&table::Column, &[(usize, usize)])> {
        let cells = self.row_of(at)?;
        let k = table::column_of(cells, at).filter(|&k| k > 0)?;
        Some((self.header.columns.get(k)?, cells))
    }

    /// The label of the row with cells `cells`: as written (from `cut`, when given) and
    /// as the rules read it (from `f`).
    fn label(&self, cells: &[(usize, usize)], f: &Folded, cut: Option<&Cut>) -> (String, String) {
        if let Some(l) = &self.label {
            return l.clone();
        }
        let (a, b) = cells.first().copied().unwrap_or((0, 0));
        let rules = f.slice(a, b).to_string();
        (cut.map_or_else(|| rules.clone(), |c| c.slice(a, b)), rules)
    }
}

/// A bare number that fills a cell of a column whose header names a unit (完成投资（亿元）
/// 98.2) as a figure in that unit; None for anything else.
fn column_figure(
    m: &scan::Mention,
    h: &table::Header,
    (cells, labels): (&[(usize, usize)], &[Option<&str>]),
    f: &Folded,
    pats: &Patterns,
) -> Option<scan::Mention> {
    if m.kind != Kind::Number || m.rejected.is_some() {
        return None;
    }
    let k = table::column_of(cells, m.start).filter(|&k| k > 0)?;
    // The number must be the whole cell (not 58 of 58项).
    if cells[k] != (m.start, m.end) || m.chinese && f.slice(m.start, m.end).chars().count() < 2 {
        return None;
    }
    // The unit is in the column header (完成投资（亿元）), in the row label (粮食产量（万吨）)
    // or in the table's caption (单位：万元).
    let label_unit = (labels.iter().flatten()).find_map(|l| table::column(l, pats).unit);
    let u = (h.columns[k].unit.as_ref())
        .or(label_unit.as_ref())
        .or_else(|| h.caption_unit(k, pats))?;
    Some(scan::Mention {
        kind: u.kind,
        unit: u.unit.clone(),
        value: m.value.checked_mul(u.factor)?.normalize(),
        value_max: None,
        ..m.clone()
    })
}

/// Builds the tables that are made on first use, by using them once: jieba's POS
/// model (tagging an unknown word with an empty dictionary), the date and numeral
/// regexes.
fn warm_up(patterns: &Patterns, dates: &date::DateRules) {
    const SAMPLE: &str =
        "发布时间：2026-03-26\n2026年3月26日，全县完成投资约5.2亿元，增长10%，占三分之一。";
    let _ = jieba_rs::Jieba::empty().tag("琢磨", true);
    let _ = date::year_and_release_date(SAMPLE, dates);
    let f = Folded::new(SAMPLE);
    let _ = date::scan_dates(&f, Some(2026), dates);
    let _ = scan::scan(&f, patterns, &[]);
}

/// The folded sentence with each figure's chars replaced by commas: jieba then never
/// glues a figure to the words around it (个村, 道48), and offsets stay the same.
pub fn mask_figures(f: &Folded, figures: &[(usize, usize)]) -> String {
    // The union of the figure spans, in order; text between them is copied as is.
    let n = f.len();
    let mut spans: Vec<(usize, usize)> = figures
        .iter()
        .map(|&(a, b)| (a.min(n), b.min(n)))
        .filter(|&(a, b)| a < b)
        .collect();
    spans.sort_unstable();
    let mut out = String::with_capacity(f.text.len());
    let mut done = 0; // chars already in `out`
    for (a, b) in spans {
        if b <= done {
            continue;
        }
        let a = a.max(done);
        out.push_str(f.slice(done, a));
        out.extend(std::iter::repeat_n(',', b - a));
        done = b;
    }
    out.push_str(f.slice(done, n));
    out
}

/// The separators of a page's breadcrumb (首页 > 新闻 > 正文).
const BREADCRUMB_MARKS: [char; 4] = ['>', '＞', '»', '›'];

/// Most chars of an item of a list numbered in turn (五个振兴、六个坚持).
const MAX_NUMBERED_ITEM: usize = 8;

/// Fewest items of a list numbered in turn (三大机遇、四区定位、五个振兴).
const MIN_NUMBERED_RUN: usize = 3;

/// Whether the count `m` opens an item of a 、 list in which it and the items next to it
/// open with numerals counting up one by one, three items at least (…四区定位、五个振兴、
/// 六个坚持…): the parts of a slogan numbered in turn, no figures.
fn numbered_item(f: &Folded, m: &scan::Mention) -> bool {
    let stop = |c: char| {
        matches!(
            c,
            '，' | ',' | '。' | '；' | ';' | '：' | ':' | '“' | '”' | '"' | '\n'
        )
    };
    let before = f.before(m.start);
    let head = before.rsplit(stop).next().unwrap_or(before);
    let rest = f.rest(m.start);
    let tail = rest.split(stop).next().unwrap_or(rest);
    // One Chinese digit (两 too) or 十 opening the item.
    let value = |item: &str| {
        let c = item.chars().next()?;
        let v = number::digit_value(c).map(usize::from);
        v.or_else(|| (number::scale_exp(c) == Some(1)).then_some(10))
    };
    let items: Vec<Option<usize>> = format!("{head}{tail}")
        .split('、')
        .map(|item| value(item).filter(|_| item.chars().count() <= MAX_NUMBERED_ITEM))
        .collect();
    let at = head.matches('、').count();
    let step =
        |i: usize, j: usize| matches!((items[i], items[j]), (Some(a), Some(b)) if b == a + 1);
    let first = (0..at)
        .rev()
        .take_while(|&i| step(i, i + 1))
        .last()
        .unwrap_or(at);
    let last = (at + 1..items.len())
        .take_while(|&j| step(j - 1, j))
        .last()
        .unwrap_or(at);
    items[at].is_some() && last + 1 - first >= MIN_NUMBERED_RUN
}

/// Whether the Chinese-numeral figure `m` of `f` is a term of a quoted slogan before it
/// (`quotes`: char spans) named again with a colon after it, as the heading of the
/// term's explanation (“一带两核四片”……四片：…).
fn slogan_term(f: &Folded, quotes: &[(usize, usize)], m: &scan::Mention) -> bool {
    let term = f.slice(m.start, m.end);
    m.chinese
        && matches!(f.char(m.end), Some(':' | '：'))
        && quotes
            .iter()
            .any(|&(a, b)| b <= m.start && f.slice(a, b).contains(term))
}

/// Drops the departments named without a place (县统计局, 发改委: a reference, see
/// `entity::GENERIC_DEPARTMENT`) from a sentence's entities and its facts' entities,
/// unless one is the short form of a name given in full earlier (县住建局 → 某县住房和城乡
/// 建设局: its `canonical`).
fn drop_generic_departments(out: &mut DocExtract) {
    let generic = |e: &Entity| e.how == entity::GENERIC_DEPARTMENT && e.canonical == e.text;
    let dropped: Vec<String> = (out.entities.iter())
        .filter(|e| generic(e))
        .map(|e| e.text.clone())
        .collect();
    if dropped.is_empty() {
        return;
    }
    out.entities.retain(|e| !generic(e));
    let kept: Vec<&str> = out.entities.iter().map(|e| e.text.as_str()).collect();
    for f in &mut out.facts {
        f.entities
            .retain(|n| !dropped.contains(n) || kept.contains(&n.as_str()));
    }
}

/// Most chars of the words after a figure inside an organisation's name, its suffix
/// included (一百岁|有限公司).
const ORG_TAIL_CHARS: usize = 4;

/// Chars after a figure searched for the rest of a place name it opens (三亚市).
const PLACE_WINDOW: usize = 4;

/// The chars after `at` up to the end of their clause (a comma, semicolon, full stop or line).
fn clause_after(f: &Folded, at: usize) -> impl Iterator<Item = char> + '_ {
    (f.rest(at).chars()).take_while(|&c| !matches!(c, ',' | '，' | '。' | ';' | '；' | '\n'))
}

/// Most chars between a class's count and the count of its things (处住房的).
const MAX_CLASS_WORDS_CHARS: usize = 8;

/// A digit or a Chinese numeral char.
fn is_figure_char(c: char) -> bool {
    c.is_ascii_digit() || number::is_numeral_char(c)
}

/// The longest line read as a comment box's counters.
const MAX_COMMENT_BOX_CHARS: usize = 40;

impl Extractor {
    /// Whether `line` is a comment box's counters (评论 0人参与, 0条评论): a short line
    /// naming comments (`figure.comment_box`) whose every number is a count of one
    /// classifier followed by a verb of taking part (`figure.comment_after`: 参与, 评论).
    /// Its figures are page furniture; a count of comments in prose (收到留言1200条) stays.
    fn comment_box(&self, line: &str) -> bool {
        let cues = &self.patterns.cues;
        if line.chars().count() > MAX_COMMENT_BOX_CHARS
            || !cues.at(crate::cue!("figure.comment_box")).occurs_in(line)
        {
            return false;
        }
        let after = cues.at(crate::cue!("figure.comment_after"));
        let labels = cues.at(crate::cue!("figure.counter_label"));
        let mut counts = 0;
        let mut rest = line;
        while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
            let tail = rest[i..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
            // A counter's label right before the number (浏览16次, 热度72票, 平均分:4.5).
            let label = rest[..i].trim_end_matches([' ', ':', '：', '-', '\u{3000}']);
            if labels.ends(label) {
                counts += 1;
                rest = tail;
                continue;
            }
            let mut chars = tail.chars();
            if chars.next().is_none() || !after.starts(chars.as_str()) {
                return false;
            }
            counts += 1;
            rest = chars.as_str();
        }
        counts > 0
    }
}

impl Extractor {
    /// Why `m` is part of a name rather than a measure: a product's size or specification,
    /// or the number of a slogan's parts.
    fn spec_or_slogan(&self, m: &scan::Mention, f: &Folded) -> Option<&'static str> {
        // 四十呎貨櫃, 20英尺集装箱, 5升桶装: a size right before a container names its kind.
        if matches!(m.kind, Kind::Length | Kind::Volume | Kind::Mass)
            && (self.patterns.cues)
                .at(crate::cue!("figure.size_kind_after"))
                .starts(f.rest(m.end))
        {
            return Some("size naming a kind of container (figure.size_kind_after)");
        }
        if m.kind == Kind::Length && product_spec(m, f) {
            return Some("specification of the product named before it (a diameter, a size)");
        }
        if self.size_of_counted(m, f) {
            return Some("size of each thing counted right before it (a count, a size, a noun)");
        }
        if self.class_of_counted(m, f) {
            return Some("capacity class of the things another figure of its clause counts or measures (figure.class_unit)");
        }
        if self.class_before_count(m, f) {
            return Some(
                "class of the things a count right after its 的 counts (subject.attributive)",
            );
        }
        if m.kind == Kind::Count && m.chinese && self.slogan_count(m, f) {
            return Some("number of a slogan's parts (figure.slogan_after, or numbered in turn)");
        }
        if self.repeated_figure(m, f) {
            return Some(
                "figure of speech: the same figure again across a link (figure.repeat_link)",
            );
        }
        None
    }

    /// Whether `m` is written again right after a `figure.repeat_link` word after it, or
    /// right before one before it (一年比一年多, 一天比一天好): a figure of speech.
    fn repeated_figure(&self, m: &scan::Mention, f: &Folded) -> bool {
        let own = f.slice(m.start, m.end);
        let links = self.patterns.cues.at(crate::cue!("figure.repeat_link"));
        let after = (links.prefix_of(f.rest(m.end)))
            .is_some_and(|w| f.rest(m.end)[w.len()..].starts_with(own));
        // The second may carry a word of approximation the first lacks (一年比一年多).
        let core = match own.char_indices().next_back() {
            Some((k, _)) if own.chars().count() > 2 => &own[..k],
            _ => own,
        };
        let before = f.before(m.start);
        let before = (links.suffix_of(before)).is_some_and(|w| {
            let head = &before[..before.len() - w.len()];
            head.ends_with(own) || head.ends_with(core)
        });
        after || before
    }

    /// Whether `m`, one unit of measure or time written 一 (一斤, 一个月), stands before
    /// another figure of its clause that is per that unit (一斤11块钱, 一个月能挣三千多元).
    fn per_one_before(&self, m: &scan::Mention, f: &Folded) -> bool {
        let measure = matches!(
            m.kind,
            Kind::Mass | Kind::Length | Kind::Area | Kind::Volume | Kind::Duration
        );
        let one = number::parse_number(f.slice(m.numeral.0, m.numeral.1)) == Ok(Decimal::ONE);
        if !measure || !one || m.approx.is_some() || m.start != m.numeral.0 {
            return false;
        }
        clause_after(f, m.end).any(is_figure_char)
    }

    /// Whether the Chinese numeral of `m` opens a place's name (三亚市, 八所镇; 八所港,
    /// a port named after its town): a gazetteer name starting at the numeral and going
    /// on past the figure, or one ending with it before a `figure.place_after` word.
    fn opens_place_name(&self, m: &scan::Mention, f: &Folded) -> bool {
        let window = f.slice(m.numeral.0, m.end + PLACE_WINDOW);
        let figure = f.slice(m.numeral.0, m.end).len();
        let after = f.rest(m.end);
        let place_after = self.patterns.cues.at(crate::cue!("figure.place_after"));
        let gazetteer = self.patterns.gazetteer();
        if (gazetteer.hits(window).iter()).any(|h| h.start == 0 && h.end > figure) {
            return true;
        }
        // 八所港: the port of 八所镇, a name the gazetteer knows with a suffix of the list.
        let named = f.slice(m.numeral.0, m.end);
        place_after.starts(after)
            && (gazetteer.lookup(named).is_some()
                || (place_after.iter()).any(|s| gazetteer.lookup(&format!("{named}{s}")).is_some()))
    }

    /// Why the Chinese numeral `m` opens a place's name, if it does: a name the gazetteer
    /// knows (八所港, 三亚市) or a village's it lacks (三棵桩村, 四坪村).
    fn place_name_numeral(&self, m: &scan::Mention, f: &Folded) -> Option<&'static str> {
        if self.opens_place_name(m, f) {
            return Some("numeral opening a place name (gazetteer)");
        }
        (self.opens_village_name(m, f))
            .then_some("numeral opening a village's name (entity.village_suffix)")
    }

    /// Whether the Chinese numeral and unit `m` open a village's name the gazetteer lacks
    /// (三棵桩村, 四坪村): a village suffix (`entity.village_suffix`) right after the unit
    /// or after one more ideograph, the unit no classifier that counts villages
    /// (`figure.village_count_unit`: 三个村, 五个行政村, 两座寨).
    fn opens_village_name(&self, m: &scan::Mention, f: &Folded) -> bool {
        let cues = &self.patterns.cues;
        let unit = f.slice(m.numeral.1, m.end);
        if unit.is_empty()
            || cues
                .at(crate::cue!("figure.village_count_unit"))
                .contains(unit)
        {
            return false;
        }
        let villages = cues.at(crate::cue!("entity.village_suffix"));
        let after = f.rest(m.end);
        let skip = after.chars().next().filter(|&c| entity::is_han(c));
        let end = match villages.prefix_of(after) {
            Some(v) if !v.is_empty() => v.len(),
            _ => match skip.and_then(|c| villages.prefix_of(&after[c.len_utf8()..])) {
                Some(v) if !v.is_empty() => skip.map_or(0, char::len_utf8) + v.len(),
                _ => return false,
            },
        };
        // The suffix ends a word, it opens none (三户/村民, 五名/组员).
        let window: String = after.chars().take(PLACE_WINDOW + 2).collect();
        (self.segmenter.segment(&window).iter()).any(|t| t.byte_end == end)
    }

    /// Whether `m` is a capacity class (`figure.class_unit`: 5万吨级) of things another
    /// figure after it in its clause counts or measures (5万吨级泊位2个, 10万吨级航道长
    /// 12公里): part of their name, no figure. (A count right before it, 3座3000吨级码头, is a size of the
    /// counted: [`Extractor::size_of_counted`].)
    fn class_of_counted(&self, m: &scan::Mention, f: &Folded) -> bool {
        let classes = self.patterns.cues.at(crate::cue!("figure.class_unit"));
        if m.kind != Kind::Mass || !classes.ends(f.slice(m.numeral.1, m.end)) {
            return false;
        }
        let clause: Vec<char> = clause_after(f, m.end).collect();
        let numeral = is_figure_char;
        (0..clause.len()).any(|i| {
            let opens = numeral(clause[i]) && (i == 0 || !numeral(clause[i - 1]));
            let Some(j) = (i..clause.len()).find(|&j| !numeral(clause[j])) else {
                return false;
            };
            let rest: String = clause[j..].iter().collect();
            opens
                && (self.patterns.unit_at(&rest))
                    .is_some_and(|(u, _)| u.kind != Kind::Number && !classes.starts(&rest))
        })
    }

    /// Why the duration `m` is no figure of its own, if it is not: the time frame of other
    /// figures (过去五年, 三年来), an anniversary (建国70年), a plan's name, a zone's reach
    /// or the length of a period ending on a date.
    fn duration_frame(&self, m: &scan::Mention, f: &Folded) -> Option<&'static str> {
        if m.kind != Kind::Duration {
            return None;
        }
        let cues = &self.patterns.cues;
        let before = f.before(m.start);
        if cues.at(crate::cue!("figure.time_frame")).ends(before)
            && !cues.at(crate::cue!("figure.not_time_frame")).ends(before)
        {
            return Some("time frame of other figures (figure.time_frame)");
        }
        if cues.at(crate::cue!("figure.anniversary")).ends(before) {
            return Some("years since an era began, an anniversary (figure.anniversary)");
        }
        if cues
            .at(crate::cue!("figure.time_frame_after"))
            .starts(f.rest(m.end))
        {
            return Some("time frame of other figures (figure.time_frame_after)");
        }
        if cues
            .at(crate::cue!("figure.plan_after"))
            .starts(f.rest(m.end))
        {
            return Some("name of a plan (figure.plan_after)");
        }
        if cues.at(crate::cue!("figure.campaign_before")).ends(before) {
            return Some("name of a campaign (figure.campaign_before)");
        }
        // A time frame (the reason opens so): its words are no part of a subject.
        if self.horizon(m, f) {
            return Some("time frame ahead, how far a plan looks (figure.horizon_after)");
        }
        if self.names_zone(m, f) {
            return Some("reach that names a zone (figure.zone_word)");
        }
        if self.period_ending(m, f) {
            return Some("length of a period ending on a date (figure.period_end)");
        }
        None
    }

    /// Whether the duration `m` and the bound closing it (`figure.span_bound`: 5年内) come
    /// right before a `figure.horizon_after` word (将), a comma between or not: how far
    /// ahead a plan looks.
    fn horizon(&self, m: &scan::Mention, f: &Folded) -> bool {
        let cues = &self.patterns.cues;
        let bounds = cues.at(crate::cue!("figure.span_bound"));
        let rest = f.rest(m.end);
        // The bound may be part of the mention (5年内) or follow it.
        let after = match bounds.prefix_of(rest) {
            Some(b) => &rest[b.len()..],
            None if bounds.ends(f.slice(m.start, m.end)) => rest,
            None => return false,
        };
        let after = after.trim_start_matches([',', '，']);
        cues.at(crate::cue!("figure.horizon_after")).starts(after)
    }

    /// Whether the count `m` names a class of what a count right after it counts: the
    /// count, a few words and an attributive particle (`subject.attributive`) directly
    /// before that count (拥有2处住房的2677万户: the households that own two homes).
    fn class_before_count(&self, m: &scan::Mention, f: &Folded) -> bool {
        if m.kind != Kind::Count {
            return false;
        }
        let words: String = clause_after(f, m.end)
            .take_while(|&c| !is_figure_char(c))
            .take(MAX_CLASS_WORDS_CHARS + 1)
            .collect();
        let n = words.chars().count();
        let attributive = self.patterns.cues.at(crate::cue!("subject.attributive"));
        if !(2..=MAX_CLASS_WORDS_CHARS).contains(&n) || !attributive.ends(&words) {
            return false;
        }
        // A class is named by nouns (住房的), not by a verb or time (下滑至今年的: the
        // level a change goes to).
        let toks = self.segmenter.segment(&words);
        let noun =
            |t: &crate::segment::Token| t.tag.starts_with('n') || attributive.contains(t.word);
        if !toks.iter().all(noun) {
            return false;
        }
        let rest = f.rest(m.end + n);
        let digits = rest
            .chars()
            .take_while(|&c| is_figure_char(c) || c == '.')
            .count();
        let unit = rest
            .char_indices()
            .nth(digits)
            .map_or("", |(i, _)| &rest[i..]);
        // That count closes its clause: its classifier is the noun (的2677万户，), not one
        // of a nested count (34个乡镇的650个村种植) nor a level a change goes from (从去年
        // 的88人下滑).
        let closes = |len: usize| unit.chars().nth(len).is_none_or(subject::is_delim);
        digits > 0
            && (self.patterns.unit_at(unit))
                .is_some_and(|(u, len)| u.kind == Kind::Count && closes(len))
    }

    /// Whether the size `m` stands between a count and the noun it counts (3台1cms抽水机组,
    /// 5辆10吨货车, 2台500千伏安变压器): the size of each thing counted, no figure (not
    /// after a count of one, an article).
    fn size_of_counted(&self, m: &scan::Mention, f: &Folded) -> bool {
        let size = matches!(
            m.kind,
            Kind::Length | Kind::Volume | Kind::Mass | Kind::Power
        );
        if !size || !f.char(m.end).is_some_and(scan::is_cjk) {
            return false;
        }
        let mut back = f.before(m.start).chars().rev();
        let (Some(classifier), Some(digit)) = (back.next(), back.next()) else {
            return false;
        };
        let counted = (self.patterns)
            .unit_at(classifier.encode_utf8(&mut [0; 4]))
            .is_some_and(|(u, _)| u.kind == Kind::Count);
        // 一台三吨重的设备: after an article the size describes the one thing.
        let one = number::parse_number(digit.encode_utf8(&mut [0; 4])) == Ok(Decimal::ONE)
            && !back
                .next()
                .is_some_and(|c| c.is_ascii_digit() || number::is_numeral_char(c));
        counted && !one && (digit.is_ascii_digit() || number::is_numeral_char(digit))
    }
}

/// Whether the length `m` is a product's specification: after a diameter sign (Φ6.5mm
/// 线材), or below a metre in Latin letters alone in brackets right after the product's
/// name (螺纹钢(12 mm)).
fn product_spec(m: &scan::Mention, f: &Folded) -> bool {
    if f.char_before(m.start)
        .is_some_and(|c| DIAMETER_SIGNS.contains(c))
    {
        return true;
    }
    let mut unit_letters = f.slice(m.numeral.1, m.end).trim().chars().peekable();
    let latin = unit_letters.peek().is_some() && unit_letters.all(|c| c.is_ascii_alphabetic());
    let bracketed = f
        .char_before(m.start)
        .is_some_and(|c| matches!(c, '(' | '（'))
        && f.char(m.end).is_some_and(|c| matches!(c, ')' | '）'))
        && f.before(m.start)
            .chars()
            .rev()
            .nth(1)
            .is_some_and(scan::is_cjk);
    latin && bracketed && m.value < Decimal::ONE
}

impl Extractor {
    /// A figure alone on line `i` with no subject (162817吨 under a line 粮食总产量: a
    /// table saved one cell per line, without bars) takes the label on the line right
    /// above it ([`table::label_above`]). Dates stay as they are.
    fn label_above(
        &self,
        sentences: &[crate::split::Sentence],
        i: usize,
        (text, rules): (&str, &str),
        facts: &mut [Fact],
    ) {
        let ([fact], Some(prev)) = (facts, i.checked_sub(1).map(|j| &sentences[j])) else {
            return;
        };
        let s = &sentences[i];
        let line = s.text(rules).trim();
        let lone = line.chars().count() == fact.end - fact.start
            && rules[prev.byte_end..s.byte_start].contains('\n');
        if !lone || !fact.subject.is_empty() || fact.kind == Kind::Date {
            return;
        }
        let above = (prev.text(text), prev.text(rules));
        if let Some(label) = table::label_above(above, &self.patterns) {
            fact.subject = label;
        }
    }
}

impl Extractor {
    /// Sentence `i`'s facts (`out.facts`) read against the lines around it: a label on
    /// the line above, a heading's qualifier, the paragraph's comparison basis.
    fn read_around(
        &self,
        sentences: &[crate::split::Sentence],
        i: usize,
        texts: (&str, &str),
        out: &mut DocExtract,
    ) {
        self.label_above(sentences, i, texts, &mut out.facts);
        self.heading_qualifier(sentences, i, texts, &mut out.facts);
        self.comparison_basis(&sentences[i], texts, out);
    }

    /// The comparison basis of the changes of sentence `s` (`out.facts`, the sentence's)
    /// that name none: a paragraph that states a basis other than year on year
    /// (`subject.kept_comparison`: 环比, 按季) and not the usual one too (`subject.
    /// basis_default`: 同比, 按年) states it for the changes after that word and in its
    /// later sentences (其中食品价格上涨0.2% → 食品价格环比上涨), until a sentence
    /// states the usual one or a new line begins. The basis goes before the change word
    /// closing the subject (`subject.change`) of a percentage or a point change.
    fn comparison_basis(
        &self,
        s: &crate::split::Sentence,
        (text, rules): (&str, &str),
        out: &mut DocExtract,
    ) {
        let cues = &self.patterns.cues;
        let (shifts, usual) = (
            cues.at(crate::cue!("subject.kept_comparison")),
            cues.at(crate::cue!("subject.basis_default")),
        );
        if sentence_opens_line(rules, s) {
            out.basis = None;
        }
        let line = s.text(rules);
        if usual.occurs_in(line) {
            out.basis = None;
            return;
        }
        // The first basis word the sentence states, and the char it ends at.
        let stated = (shifts.iter())
            .filter_map(|w| line.find(w).map(|at| (at, w)))
            .min();
        let (from, basis) = match stated {
            Some((at, w)) => {
                let end = line[..at + w.len()].chars().count();
                let written: String = (s.text(text).chars())
                    .skip(end - w.chars().count())
                    .take(w.chars().count())
                    .collect();
                out.basis = Some(written.clone());
                (s.char_start + end, written)
            }
            None => match &out.basis {
                Some(b) => (s.char_start, b.clone()),
                None => return,
            },
        };
        let changes = cues.at(crate::cue!("subject.change"));
        let traditional = s.text(text) != line;
        for f in out.facts.iter_mut() {
            let change_kind = matches!(f.kind, Kind::Percent | Kind::PercentagePoint);
            if !change_kind || f.start < from {
                continue;
            }
            let rule = subject::rule_form(traditional, &f.subject).into_owned();
            if shifts.occurs_in(&rule) || usual.occurs_in(&rule) {
                continue;
            }
            let Some(change) = changes.suffix_of(&rule) else {
                continue;
            };
            let keep = f.subject.chars().count() - change.chars().count();
            if keep == 0 {
                continue;
            }
            let (measure, verb): (String, String) = (
                f.subject.chars().take(keep).collect(),
                f.subject.chars().skip(keep).collect(),
            );
            f.subject = format!("{measure}{basis}{verb}");
        }
    }

    /// A sentence of no figure opening its paragraph right before sentence `i` that names
    /// the measure of `facts` (sentence `i`'s) with a qualifier opening its clause (公路货运量
    /// 增速加快。完成货运量167.0亿吨 → 公路货运量): the qualifier, up to
    /// [`MAX_QUALIFIER_CHARS`] chars, goes before each subject opening with that measure.
    /// A scope (全县: `place.anaphor`) or a division is no qualifier.
    fn heading_qualifier(
        &self,
        sentences: &[crate::split::Sentence],
        i: usize,
        (text, rules): (&str, &str),
        facts: &mut [Fact],
    ) {
        let Some(prev) = i.checked_sub(1).map(|j| &sentences[j]) else {
            return;
        };
        let head = prev.text(rules);
        if facts.is_empty()
            || head.chars().any(|c| c.is_ascii_digit())
            || !sentence_opens_line(rules, prev)
        {
            return;
        }
        let anaphors = self.patterns.cues.at(crate::cue!("place.anaphor"));
        // The heading as written (subjects are cut as written; the rules text has the same
        // chars, simplified).
        let written: Vec<char> = prev.text(text).chars().collect();
        let mut at = 0;
        for clause in head.split(|c: char| subject::is_delim(c)) {
            let n = clause.chars().count();
            let from = at;
            at += n + 1;
            let Some(words) = written.get(from..from + n) else {
                return;
            };
            for k in 1..=MAX_QUALIFIER_CHARS.min(n.saturating_sub(MIN_MEASURE_CHARS)) {
                let measure = &words[k..];
                let opens_with = |f: &Fact| {
                    let common = (f.subject.chars().zip(measure.iter().copied()))
                        .take_while(|(a, b)| a == b)
                        .count();
                    common >= MIN_MEASURE_CHARS && f.kind != Kind::Date
                };
                // The cheap test first: most headings name no figure's measure.
                if !facts.iter().any(opens_with) {
                    continue;
                }
                let q: String = clause.chars().take(k).collect();
                if !q.chars().all(entity::is_han)
                    || anaphors.contains(&q)
                    || place::is_division_name(&self.patterns, &q)
                    || !self.noun_words(clause, q.len())
                {
                    continue;
                }
                let qualified: String = words[..k].iter().collect();
                for f in facts.iter_mut().filter(|f| opens_with(f)) {
                    f.subject = format!("{qualified}{}", f.subject);
                }
                return;
            }
        }
    }

    /// A line that is a group and its count alone (交通项目38个) heads the paragraph after
    /// it: that paragraph's bare measures (总投资, 完成投资, 完成年度计划: words of
    /// `subject.attribute` and `subject.plan_word` only) are the group's
    /// (交通项目总投资). `group` holds the heading's group and whether its paragraph has
    /// begun; the next line after that paragraph ends it.
    fn group_heading(
        &self,
        s: &crate::split::Sentence,
        (text, rules): (&str, &str),
        facts: &mut [Fact],
        group: &mut GroupHeading,
    ) {
        let closes = rules[s.byte_end..].trim_start_matches(LINE_BLANKS);
        let closes = closes.is_empty() || closes.starts_with(['\n', '\r']);
        if sentence_opens_line(rules, s) {
            group.name = group.name.take().filter(|_| !group.begun);
            group.begun = group.name.is_some();
            let line = s.text(text).trim();
            let heading = match facts {
                [f] if closes && f.kind == Kind::Count => Some(f),
                _ => None,
            }
            .filter(|f| {
                let n = f.subject.chars().count();
                (MIN_GROUP_CHARS..=MAX_GROUP_CHARS).contains(&n)
                    && f.subject.chars().all(entity::is_han)
                    && line.strip_prefix(f.subject.as_str()) == Some(f.text.as_str())
            });
            if let Some(f) = heading {
                group.name = Some(f.subject.clone());
                group.begun = false;
                return;
            }
        }
        let Some(name) = group.name.as_deref().filter(|_| group.begun) else {
            return;
        };
        let lists = [
            self.patterns.cues.at(crate::cue!("subject.attribute")),
            self.patterns.cues.at(crate::cue!("subject.plan_word")),
        ];
        for f in facts.iter_mut().filter(|f| f.kind != Kind::Date) {
            let rule = subject::rule_form(group.traditional, &f.subject).into_owned();
            if !rule.is_empty() && only_words(&rule, &lists) {
                f.subject = format!("{name}{}", f.subject);
            }
        }
    }

    /// Whether the first `len` bytes of `clause` are whole words jieba reads as nouns
    /// (公路/n, 水路/n; not 推动/v, 一是, 在).
    fn noun_words(&self, clause: &str, len: usize) -> bool {
        let toks = self.segmenter.segment(clause);
        let within: Vec<_> = toks.iter().take_while(|t| t.byte_end <= len).collect();
        within.last().is_some_and(|t| t.byte_end == len)
            && within.iter().all(|t| matches!(t.tag, "n" | "nz"))
    }

    /// Whether `line` is page furniture whose figures are the page's: a contact line, a
    /// comment box, a site's notice to readers (`figure.site_notice`: 与本网联系), a link
    /// to the article before or after (`figure.neighbour_link`: 上一篇：…).
    fn furniture_line(&self, line: &str) -> bool {
        let cues = &self.patterns.cues;
        contact_line(line)
            || quote_change_line(line)
            || self.comment_box(line)
            || cues.at(crate::cue!("figure.site_notice")).occurs_in(line)
            || cues
                .at(crate::cue!("figure.neighbour_link"))
                .starts(line.trim_start())
    }
}

/// Blanks that may indent a line or stand after its text.
const LINE_BLANKS: [char; 3] = [' ', '\t', '\u{3000}'];

/// Whether sentence `s` opens its line of `rules` (blanks before it allowed).
fn sentence_opens_line(rules: &str, s: &crate::split::Sentence) -> bool {
    let before = rules[..s.byte_start].trim_end_matches(LINE_BLANKS);
    before.is_empty() || before.ends_with('\n')
}

/// The group a heading line names with its count (交通项目38个), while it heads the
/// paragraph after it ([`Extractor::group_heading`]).
struct GroupHeading {
    name: Option<String>,
    /// Whether the paragraph it heads has begun.
    begun: bool,
    /// Whether the text is traditional (subjects compared simplified).
    traditional: bool,
}

impl GroupHeading {
    fn new(traditional: bool) -> GroupHeading {
        GroupHeading {
            name: None,
            begun: false,
            traditional,
        }
    }
}

/// Fewest and most chars of a group a heading line names (交通项目).
const MIN_GROUP_CHARS: usize = 2;
const MAX_GROUP_CHARS: usize = 8;

/// Whether `s` is made of words of `lists` only (完成/年度/计划, 年度计划投资), the longest
/// word first at each point.
fn only_words(s: &str, lists: &[&crate::patterns::WordList]) -> bool {
    let mut rest = s;
    while !rest.is_empty() {
        let longest = (lists.iter())
            .flat_map(|l| l.entries_starting(rest))
            .map(|(w, _)| w.len())
            .filter(|&n| n > 0)
            .max();
        match longest {
            Some(n) => rest = &rest[n..],
            None => return false,
        }
    }
    true
}

/// Most chars of a qualifier a heading puts before a measure (公路, 高速公路).
const MAX_QUALIFIER_CHARS: usize = 4;

/// Fewest chars of a measure a heading and a figure's subject share (货运量).
const MIN_MEASURE_CHARS: usize = 3;

/// Whether `line` is a market quote's change (+366.61 (+2.12%), -0.0004 (-0.76%)): a
/// signed number and its signed percentage in brackets, nothing else. A ticker of indices
/// and rates opening a finance page is furniture.
pub(super) fn quote_change_line(line: &str) -> bool {
    let signed = |x: &str| {
        let x = x.trim();
        x.strip_prefix(['+', '-', '\u{2212}']).is_some_and(|n| {
            !n.is_empty()
                && n.chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        })
    };
    let Some((change, rest)) = line.trim().split_once(['(', '（']) else {
        return false;
    };
    let rest = rest.trim_end().trim_end_matches([')', '）']);
    signed(change) && rest.trim_end().strip_suffix('%').is_some_and(signed)
}

/// Whether `text` reads as a page's weather widget (周三 某县|12°C - 18°C): no clause
/// punctuation and a weekday (`figure.weekday`); its temperature is no figure and the
/// place it names none of the release's.
pub(super) fn weather_widget(cues: &crate::patterns::Cues, text: &str) -> bool {
    !text.contains([',', '，', '。', ';', '；'])
        && cues.at(crate::cue!("figure.weekday")).occurs_in(text)
}

/// Whether `line` is a contact line of the page (人民某报24小时值班手机：1380000XXXX): a
/// phone number (11 digits opening with 1, or 0 + an area code, a dash and 7–8 digits)
/// on a line without clause punctuation. Its figures (24小时) are page furniture.
pub(super) fn contact_line(line: &str) -> bool {
    if line.contains(['，', ',', '。', '；', ';']) {
        return false;
    }
    let b = line.as_bytes();
    let run = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let n = run(i);
        let mobile = n == 11 && b[i] == b'1' && (b'3'..=b'9').contains(&b[i + 1]);
        let dash = i + n;
        let fixed = (3..=4).contains(&n)
            && b[i] == b'0'
            && b.get(dash) == Some(&b'-')
            && (7..=8).contains(&run(dash + 1));
        if mobile || fixed {
            return true;
        }
        i += n;
    }
    false
}

/// A new sentence's record in the trace, when one is kept: the rows of the sentence go there.
fn trace_sentence<'t>(
    trace: Option<&'t mut Trace>,
    s: &crate::split::Sentence,
    text: &str,
) -> Option<&'t mut SentenceTrace> {
    trace.map(|t| {
        t.sentences.push(SentenceTrace {
            idx: s.idx,
            start: s.char_start,
            text: text.to_string(),
            ..SentenceTrace::default()
        });
        t.sentences.last_mut().expect("a sentence was just pushed")
    })
}

/// What a time frame (两年平均, 过去五年) at `span` hands on to the change after it: its
/// subject, with the frame when an average over it follows ([`subject::averaged_frame`]).
fn hand_on_frame(sent: &subject::Sentence, span: subject::Span, prev: &mut Option<String>) {
    let s = subject::subject(sent, span, false, prev.as_deref());
    let s = subject::averaged_frame(sent, span, s);
    if !s.is_empty() {
        *prev = Some(s);
    }
}

/// The year of a release whose head speaks of none (its years disagree: the figures of a
/// past span) from its full release date, as the README has it for dates that name none;
/// None when the release date is only the prose's first day (`in_prose`).
fn release_year(release_date: Option<&str>, in_prose: bool) -> Option<i32> {
    release_date
        .filter(|_| !in_prose)
        .and_then(|d| d.get(..4)?.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<(String, String)> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .facts
            .into_iter()
            .filter(|f| f.kind != Kind::Date)
            .map(|f| (f.text, f.period))
            .collect()
    }

    /// (text, value, unit) of the non-date facts of `text`.
    fn measures(text: &str) -> Vec<(String, String, String)> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .facts
            .into_iter()
            .filter(|f| f.kind != Kind::Date)
            .map(|f| {
                let v = match f.value {
                    Value::Num(d) => d.normalize().to_string(),
                    Value::Date(s) | Value::Terms(s) => s,
                };
                (f.text, v, f.unit)
            })
            .collect()
    }

    #[test]
    fn one_unit_before_a_figure_is_what_it_is_per() {
        // 一斤 before the price, 一个月 before the wage: as 每斤, 每月, no figure.
        let m = measures("猪肉一斤13元，打零工一个月能挣四千多元。");
        let texts: Vec<&str> = m.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(texts, ["13元", "四千多元"]);
        // One unit alone in its clause stays a figure.
        let m = measures("工期延长一个月。");
        assert_eq!(
            m,
            [("一个月".to_string(), "1".to_string(), "month".to_string())]
        );
    }

    #[test]
    fn a_numeral_opening_a_place_name_is_no_figure() {
        // 八所港 is the port of 八所镇; 八所学校 are eight schools.
        let texts = |t: &str| -> Vec<String> { measures(t).into_iter().map(|r| r.0).collect() };
        assert_eq!(texts("八所港货物吞吐量增长了5万吨"), ["5万吨"]);
        assert_eq!(texts("新建八所学校"), ["八所"]);
    }

    #[test]
    fn a_numeral_opening_a_villages_name_is_no_figure() {
        let texts = |t: &str| -> Vec<String> { measures(t).into_iter().map(|r| r.0).collect() };
        // The unit and one more char before the village suffix, or the suffix right after.
        assert_eq!(texts("五棵松村咖啡种植面积1925亩"), ["1925亩"]);
        assert_eq!(texts("六坪村建成大棚90个"), ["90个"]);
        // Villages and people there counted stay counts.
        assert_eq!(texts("全乡三个村完成任务"), ["三个"]);
        assert_eq!(texts("三户村民受益"), ["三户"]);
    }

    #[test]
    fn an_age_glued_inside_an_organisations_name_is_no_figure() {
        let texts = |t: &str| -> Vec<String> { measures(t).into_iter().map(|r| r.0).collect() };
        assert_eq!(texts("县里与某某九十年集团签约，投资5亿元"), ["5亿元"]);
        assert_eq!(texts("某某一百岁有限公司今年产值3亿元"), ["3亿元"]);
        // A count of companies stays one.
        assert_eq!(texts("引进三家公司，投资5亿元"), ["三家", "5亿元"]);
    }

    #[test]
    fn a_tonnage_class_of_counted_things_is_part_of_their_name() {
        // 5万吨级泊位2个: the berths are counted, the class names them.
        let m = measures("该港区新建6万吨级泊位3个，4千吨级泊位2个。");
        assert_eq!(
            m,
            [
                ("3个".to_string(), "3".to_string(), "个".to_string()),
                ("2个".to_string(), "2".to_string(), "个".to_string())
            ]
        );
        // A count before the class: the size of each thing counted.
        let m = measures("建成2座5千吨级码头");
        assert_eq!(m, [("2座".to_string(), "2".to_string(), "座".to_string())]);
        // A class alone is the capacity, in tonnes.
        let m = measures("进港航道将达到15万吨级。");
        assert_eq!(
            m,
            [(
                "15万吨级".to_string(),
                "150000".to_string(),
                "t".to_string()
            )]
        );
    }

    #[test]
    fn bounded_ages_and_sized_classes_are_labels() {
        // The group a figure is about: 70岁以上老人 and 1-5亿元企业 are no figures.
        let m = measures("全乡70岁以上老人2,315人，0至6岁儿童880人。");
        let texts: Vec<&str> = m.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(texts, ["2,315人", "880人"]);
        let m = measures("其中，1-5亿元企业实现营收12.3亿元，20亿元以上企业实现营收40.1亿元。");
        let texts: Vec<&str> = m.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(texts, ["12.3亿元", "40.1亿元"]);
        // An age alone (平均年龄41岁) and a project's own sum (投资5亿元的项目) stay.
        assert_eq!(measures("参训人员平均年龄41岁。").len(), 1);
        assert_eq!(measures("引进总投资5亿元以上的项目一个。").len(), 1);
    }

    #[test]
    fn a_numeral_and_unit_that_are_an_adverb_are_no_figure() {
        // 一度 "at one time" before a verb; 1 kWh before 电, one degree at a clause end.
        assert!(measures("新馆工程一度停工，后由镇里追加拨款。").is_empty());
        let m = measures("每户每月省下一度电。");
        assert_eq!(m, [("一度".into(), "1".into(), "kWh/month".into())]);
        assert_eq!(measures("夜间气温将下降一度。").len(), 1);
        // 二元 (dual) and 一块 (a piece) before a word are no sums; before 钱 or a stop
        // they are.
        assert!(measures("城乡二元体制仍待破除，这是改革的最后一块短板。").is_empty());
        assert_eq!(measures("公交票价二元，月票另计。").len(), 1);
        assert_eq!(measures("每斤一块钱。").len(), 1);
    }

    #[test]
    fn the_span_a_record_is_compared_over_is_no_figure() {
        assert!(measures("上月出口额创下8年新高。").is_empty());
        assert_eq!(measures("出口额连续8年增长。").len(), 1);
    }

    #[test]
    fn a_unit_of_measure_that_begins_a_word_is_no_unit() {
        // 三方面 / 两方面: 方面 (aspects), not 3 m³; 三吨重 and 五万吨级 keep their mass.
        assert!(measures("今年重点做好三方面工作，抓住两方面机遇。").is_empty());
        let m = measures("吊起一台三吨重的设备，建成五万吨级泊位。");
        let texts: Vec<&str> = m.iter().map(|r| r.0.as_str()).collect();
        // A tonnage class standing alone is a capacity that keeps its 级 (figure.class_unit).
        assert_eq!(texts, ["三吨", "五万吨级"]);
    }

    #[test]
    fn blanks_around_a_list_joiner_keep_the_list() {
        // 分别高2.4 、3.6个百分点: the first item shares the last one's unit.
        let m = measures("增速比全市和全省分别高2.4 、3.6个百分点。");
        assert_eq!(m[0], ("2.4".into(), "2.4".into(), "pp".into()));
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn runs_containers_poultry_and_dan_are_units() {
        let m = measures(
            "本季往来两地的客轮共12,345班次，跨境汽车流量为2,345,678车次，码头吞吐量为45,678标准货柜单位。",
        );
        let units: Vec<&str> = m.iter().map(|r| r.2.as_str()).collect();
        assert_eq!(units, ["班次", "车次", "标箱"]);
        // Standard containers after the classifier 个, and by their full name.
        let m = measures("港口完成279万个标准箱，其中外贸1.5万标准集装箱。");
        let got: Vec<(&str, &str)> = m.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
        assert_eq!(got, [("2790000", "标箱"), ("15000", "标箱")]);
        let m =
            measures("全镇出栏肉鸭356万羽，收购烤烟2.4万担，新发展香菇860万袋，发放蜂箱1200箱。");
        let got: Vec<(&str, &str)> = m.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
        assert_eq!(
            got,
            [
                ("3560000", "羽"),
                ("1200", "t"),
                ("8600000", "袋"),
                ("1200", "箱")
            ]
        );
        // 担任 is a verb: 3名 is the count, 担 no unit.
        let m = measures("村里有3名党员担任组长。");
        assert_eq!(m, [("3名".into(), "3".into(), "名".into())]);
    }

    #[test]
    fn energy_in_gigawatt_hours_and_counts_of_bases_and_graves() {
        // 吉瓦時 is energy (its 時 no subject's), 瓩時 Taiwan's kWh, 公升 the litre.
        let m = measures("本季用電量為120.5吉瓦時，太陽能發電3萬瓩時，每人每日用水150公升。");
        let got: Vec<(&str, &str)> = m.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
        assert_eq!(
            got,
            [("120500000", "kWh"), ("30000", "kWh"), ("0.15", "m3/d")]
        );
        // Lamps counted by their bases, graves in a clearance, a pipe's run, calendar days.
        let m = measures("新装路灯260基，迁移旧坟35冢，铺设管道1200延长米，工期90日历天。");
        let got: Vec<(&str, &str)> = m.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
        assert_eq!(
            got,
            [("260", "基"), ("35", "冢"), ("1200", "m"), ("90", "day")]
        );
        // 基 of a noun counts no bases.
        let m = measures("全市建成3基地，培训学员50人。");
        assert_eq!(m, [("50人".into(), "50".into(), "人".into())]);
    }

    #[test]
    fn cents_are_read_in_hong_kong_and_macau_only() {
        // 仙: the cent of the Hong Kong and Macau dollars.
        let m = measures("本澳電費調整系數為每度電0.52元，按季減6仙，全澳用戶受惠。");
        let got: Vec<(&str, &str)> = m.iter().map(|r| (r.0.as_str(), r.1.as_str())).collect();
        assert_eq!(got, [("0.52元", "0.52"), ("6仙", "0.06")]);
        // On the mainland, and after a Chinese numeral, 仙 names something.
        let m = measures("景区新建3仙台，八仙雕像高5米。");
        let got: Vec<&str> = m.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(got, ["5米"]);
    }

    #[test]
    fn statistical_idioms_are_no_figures() {
        let texts = |t: &str| -> Vec<String> { measures(t).into_iter().map(|r| r.0).collect() };
        // The categories of a price index and how many rose or fell: no counts, no litres.
        assert_eq!(
            texts("3月份八大类价格同比两升五降一平，食品价格上涨1.2%。"),
            ["1.2%"]
        );
        // A count of categories that is the release's own stays.
        assert_eq!(texts("全县特色产品共分6大类。"), ["6大类"]);
        // A proportion with the first count's noun before the link: neither count.
        assert_eq!(
            texts("新售出的汽车中，每6辆汽油车就有1辆新能源车，共售出3200辆。"),
            ["3200辆"]
        );
        // The year an income covers is its time frame.
        assert_eq!(texts("开办农家乐后，两年收入超过20万元。"), ["超过20万元"]);
        // 升 after a numeral and no other numeral stays a volume.
        assert_eq!(texts("每桶装油5升，共出售800件。"), ["5升", "800件"]);
    }

    #[test]
    fn the_year_of_a_list_of_projects_is_no_date_row() {
        let d = date_values("某项目总投资5亿元，被列为2030年省重点项目，2031年建成。");
        assert_eq!(d, [("2031年".into(), "2031".into())]);
    }

    #[test]
    fn a_slogan_term_heading_its_explanation_is_no_count() {
        let t =
            "全镇规划“一区三园四片”(一区：某某工业区；四片：东片、西片、南片、北片)，总投资3亿元。";
        let texts: Vec<String> = rows(t).into_iter().map(|r| r.0).collect();
        assert_eq!(texts, ["3亿元"]);
        // Without the colon the same words are a count.
        assert_eq!(rows("规划“一区四片”，今年建成四片，投资3亿元。").len(), 2);
    }

    #[test]
    fn a_year_a_record_counts_from_dates_no_figure() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let periods = |t: &str| -> Vec<(String, String)> {
            ex.extract(t, Options::default())
                .facts
                .into_iter()
                .filter(|f| f.kind == Kind::Percent)
                .map(|f| (f.text, f.period))
                .collect()
        };
        // The change after 2016年以来最高 is still last year's.
        let p = periods(
            "2023年3月2日\n去年全市社会消费品零售总额增长8.1%，增速为2016年以来最高，\
             网上零售额增长12.5%。\n",
        );
        assert_eq!(p[1], ("12.5%".into(), "2022".into()));
        // 自2009年以来 is no release year: 去年 stays unresolved without one.
        let p = periods("全县去年底户籍人口出生率为5.2%，是自2009年以来的最低，死亡率为7.1%。");
        assert_eq!(p[1], ("7.1%".into(), String::new()));
        // A year opening a span without a record is the sentence's year as before.
        let p = periods("2020年以来，全县累计减贫率达到35.2%。");
        assert_eq!(p[0].1, "2020");
    }

    #[test]
    fn the_next_year_follows_the_year_written_before() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let values = |t: &str| -> Vec<String> {
            ex.extract(t, Options::default())
                .facts
                .into_iter()
                .filter_map(|f| match f.value {
                    Value::Date(d) => Some(d),
                    _ => None,
                })
                .collect()
        };
        let v = values("2018年4月，该馆开工建设，投资3200万元；次年6月主体完工，同年10月开馆。");
        assert_eq!(v, ["2018-04", "2019-06", "2019-10"]);
    }

    #[test]
    fn an_age_or_above_names_a_group() {
        let m = measures("本计划为七十岁或以上的居民每月发放津贴3000元。");
        assert!(m.iter().all(|(t, _, _)| !t.contains("岁")), "{m:?}");
        let m = measures("全区向60岁及以上老人发放补贴120万元。");
        assert!(m.iter().all(|(t, _, _)| !t.contains("岁")), "{m:?}");
        // A class of projects by their investment (5000万元及以上项目) is no figure.
        let m = measures("全市5000万元及以上项目共820个。");
        assert_eq!(m.len(), 1, "{m:?}");
    }

    #[test]
    fn a_comment_box_gives_no_facts() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let n = |t: &str| ex.extract(t, Options::default()).facts.len();
        assert_eq!(n("评论 3人参与,2条评论\n"), 0);
        assert_eq!(n("已有15人参与,点击查看更多精彩评论\n"), 0);
        // Popularity, views, ratings and stances beside the comments (session 55).
        assert_eq!(n("热度72票  浏览16次 【共0条评论】【我要评论】\n"), 0);
        assert_eq!(n("当前平均分:-0.16 (19次打分)\n"), 0);
        assert_eq!(n("【已经有26人表态】\n"), 0);
        // A rating in prose stays.
        assert_eq!(n("该店在网上获得4.8分，已有3200人打分。"), 1);
        // A count of comments in prose stays.
        assert_eq!(n("热线全年共收到群众留言1200条，办结率达到98%。"), 2);
        assert!(!ex.comment_box("已收到留言1200条"));
    }

    #[test]
    fn a_dollar_sign_is_the_regions_dollar() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let units = |t: &str, r: Region| -> Vec<String> {
            let o = Options {
                region: Some(r),
                ..Options::default()
            };
            ex.extract(t, o)
                .facts
                .into_iter()
                .filter(|f| f.kind == Kind::Money)
                .map(|f| f.unit)
                .collect()
        };
        let t = "该津贴每月金额由$2,000增至$2,050，另设US$100的补助。";
        assert_eq!(units(t, Region::HK), ["HKD", "HKD", "USD"]);
        assert_eq!(units(t, Region::CN), ["USD", "USD", "USD"]);
        assert_eq!(units("门票售价NT$350。", Region::CN), ["TWD"]);
    }

    #[test]
    fn a_heading_naming_a_group_and_its_count_owns_the_bare_measures_after_it() {
        let text = "今年以来各地全力推进重点项目建设，一季度开局良好，投资进度快于往年。\n\
                    水利项目12个\n\
                    总投资86亿元，年度计划投资20亿元。1—3月完成投资5.2亿元，完成年度计划的26%。\n\
                    另有城东大桥等项目加快建设，完成投资3亿元。\n";
        assert_eq!(
            subjects_of(text),
            [
                "水利项目",
                "水利项目总投资",
                "水利项目年度计划投资",
                "水利项目完成投资",
                "水利项目完成年度计划",
                "完成投资",
            ]
        );
        // A line with more than the group and its count heads nothing.
        let text = "今年以来各地全力推进重点项目建设，一季度开局良好，投资进度快于往年。\n\
                    新开工水利项目12个。\n\
                    总投资86亿元。\n";
        assert_eq!(subjects_of(text), ["新开工水利项目", "总投资"]);
    }

    #[test]
    fn a_contact_line_is_page_furniture() {
        assert!(contact_line("某某日报24小时值班电话：13912345678 传真"));
        assert!(contact_line("联系电话:0851-8765432 邮箱"));
        assert!(!contact_line(
            "全县24小时值守，热线13912345678共接听来电2000次"
        ));
        assert!(!contact_line("全年完成投资12345678901元"));
        assert!(rows("某某日报24小时值班手机：13912345678 商务合作：010-12345678").is_empty());
    }

    #[test]
    fn a_quote_change_line_is_page_furniture() {
        assert!(quote_change_line("    +366.61 (+2.12%)"));
        assert!(quote_change_line("-0.0004 (-0.76%)"));
        // A change in prose, or a percentage alone in brackets, is none.
        assert!(!quote_change_line("同比增长+2.1 (+3.4%)"));
        assert!(!quote_change_line("(+2.12%)"));
        let text = "恒指\n17,651.15\n+366.61 (+2.12%)\n某公司营业额升44%至47亿元。";
        let texts: Vec<String> = rows(text).into_iter().map(|r| r.0).collect();
        assert_eq!(texts, ["44%", "47亿元"]);
    }

    #[test]
    fn a_period_ending_on_a_date_and_the_months_before_it_are_no_figures() {
        let text = "截至2025年十一月底的三个月，某县零售量与先前三个月比较上升0.2%。";
        let texts: Vec<String> = rows(text).into_iter().map(|r| r.0).collect();
        assert_eq!(texts, ["0.2%"]);
        // 先前 is no first months of the year; the period's end is a date.
        assert_eq!(
            date_values(text),
            [("2025年十一月底".into(), "2025-11".into())]
        );
        // The year's first months and a span of months stay.
        assert_eq!(date_values("2025年前三个月，某县零售量上升2%。").len(), 1);
        assert_eq!(rows("项目用时三个月，投资5万元。").len(), 2);
    }

    fn date_values(text: &str) -> Vec<(String, String)> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .facts
            .into_iter()
            .filter_map(|f| match f.value {
                Value::Date(v) => Some((f.text, v)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_date_opening_a_clause_before_a_measure_of_its_own_hands_on_nothing() {
        let got = subjects_of("目前，玉米种子基地面积1.05万亩，2020年玉米种子产量72万公斤。");
        assert_eq!(got, ["玉米种子基地面积", "玉米种子产量"]);
        // An attribute alone after the date still takes the clause before's topic.
        let got = subjects_of("电子信息产业延续高位运行，前三季度产值增长26.4%。");
        assert_eq!(got, ["电子信息产业产值增长"]);
    }

    #[test]
    fn ringgit_baht_and_wagons_are_units() {
        let got = measures("折合2兆5389亿令吉，出口额50亿泰铢，日均装车199车皮。");
        let units: Vec<&str> = got.iter().map(|m| m.2.as_str()).collect();
        assert_eq!(units, ["MYR", "THB", "车皮"]);
        assert_eq!(got[0].1, "2538900000000");
    }

    #[test]
    fn sectors_listed_clause_by_clause_before_a_summary_take_its_measure() {
        // Names holding 、 are listed with commas; the last closes with a summary count.
        let got = subjects_of(
            "批发和零售业，租赁和商务服务业，水利、环境和公共设施管理业三类行业增速分别为8.1%、6.5%和4.2%。",
        );
        let rates: Vec<&str> = got
            .iter()
            .filter(|s| s.ends_with("增速"))
            .map(|s| s.as_str())
            .collect();
        assert_eq!(
            rates,
            [
                "批发和零售业增速",
                "租赁和商务服务业增速",
                "水利、环境和公共设施管理业增速"
            ]
        );
        // Without a summary, a name holding a verb (租赁) is still one item.
        let got = subjects_of("交通运输业，租赁和商务服务业，教育增速分别为3.1%、2.2%和1.3%。");
        assert_eq!(got, ["交通运输业增速", "租赁和商务服务业增速", "教育增速"]);
    }

    #[test]
    fn a_date_spaced_after_its_year_is_one_date() {
        assert_eq!(
            date_values("生效日期：2021 年 6 月 29 日。"),
            [("2021 年 6 月 29 日".to_string(), "2021-06-29".to_string())]
        );
        assert_eq!(
            date_values("以2020年 11 月 1 日零时为标准时点。"),
            [("2020年 11 月 1 日".to_string(), "2020-11-01".to_string())]
        );
    }

    #[test]
    fn numerals_opening_names_of_plants_and_products_are_no_figures() {
        let got = measures("全县三七种植面积5万亩，三七种子产量72万公斤。六个核桃年销量3亿罐。");
        let texts: Vec<&str> = got.iter().map(|m| m.0.as_str()).collect();
        assert_eq!(texts, ["5万亩", "72万公斤", "3亿罐"]);
        // Cans are counted, no money.
        assert_eq!(got[2].2, "罐");
        // Elsewhere the numerals are figures.
        assert_eq!(measures("新建大棚三十七个。")[0].1, "37");
    }

    #[test]
    fn listed_places_and_zones_count_what_the_whole_counts() {
        // Parts of a total listed by place or zone take the total's measure without its
        // scope and total words, never another item's name.
        let subjects = subjects_of(
            "全市共发生交通事故60起，其中左权县25起、汇川工业园区8起、和顺县12起，受伤9人。",
        );
        assert_eq!(
            subjects,
            [
                "发生交通事故",
                "左权县发生交通事故",
                "汇川工业园区发生交通事故",
                "和顺县发生交通事故",
                "受伤"
            ],
        );
        // The whole's scope words go from a part's subject: 全州共发生火灾 → 甲县发生火灾.
        let subjects = subjects_of("今年全州共发生火灾48起(其中左权县21起、和顺县5起)。");
        assert_eq!(subjects[1], "左权县发生火灾", "{subjects:?}");
        // A zone named alone with its figure, in no list, is no place's part.
        let subjects = subjects_of("全县新建经济开发区3个，入驻企业45家。");
        assert!(!subjects[1].contains("开发区"), "{subjects:?}");
    }

    #[test]
    fn the_period_a_page_head_reports_on_is_a_date_row() {
        let body = "全市快递业务量累计完成3.2亿件，同比增长12.5%，业务收入完成25亿元，同比增长9%。";
        // A title above the prose names the period the release reports on.
        let t = format!("某市2023年1-9月邮政业运行简况\n{body}");
        let d = date_values(&t);
        assert_eq!(d, [("2023年1-9月".to_string(), "2023-01".to_string())]);
        // The same heading inside the text heads a section: its period dates what
        // follows, no row of its own.
        let t = format!("{body}\n某市2023年1-9月邮政业运行简况\n{body}");
        assert!(date_values(&t).is_empty());
    }

    #[test]
    fn a_timestamp_line_is_no_date_fact() {
        let t = "新厂开工\n• 2019年03月14日 09:26\n3月12日，新厂开工，总投资5亿元。";
        let d = date_values(t);
        assert_eq!(d, [("3月12日".to_string(), "2019-03-12".to_string())]);
        // Opening its line, the release date and its time stamp the publication.
        let t = "新厂开工\n2019年03月14日 09:26\n3月12日，新厂开工，总投资5亿元。";
        let d = date_values(t);
        assert_eq!(
            d[0],
            ("2019年03月14日".to_string(), "2019-03-14".to_string())
        );
        // A date in prose with a time stays.
        let d = date_values("会议定于2019年3月14日 09:30在县政府召开。");
        assert_eq!(d.len(), 1, "{d:?}");
    }

    #[test]
    fn a_share_with_its_qualifier_is_one_figure() {
        let r = rows("家电销量上升近三成九，");
        assert_eq!(r.first().map(|r| r.0.as_str()), Some("近三成九"), "{r:?}");
    }

    #[test]
    fn a_date_without_a_year_takes_the_year_written_before_it_in_its_sentence() {
        // The text's first year (the release's, here) is not the sentence's.
        let t = "该站于2009年建成。\n2021年3月，镇里启动改造，预计9月底完工，10月启用。";
        let d = date_values(t);
        assert!(d.contains(&("9月底".into(), "2021-09".into())), "{d:?}");
        assert!(d.contains(&("10月".into(), "2021-10".into())), "{d:?}");
        // Not from a target, a comparison base or a span of years.
        let t = "2025年4月2日讯 工期从2030年5月调整至2032年3月，6月报送方案。";
        let d = date_values(t);
        assert!(d.contains(&("6月".into(), "2025-06".into())), "{d:?}");
        let d = date_values("2026年1月5日讯 2025年建成12座，今年将再建8座，力争10月底前完工。");
        assert!(d.contains(&("10月底".into(), "2026-10".into())), "{d:?}");
        let t = "该站于2009年建成。\n较2005年同期，3月份来客增长一成。";
        let d = date_values(t);
        assert!(d.contains(&("3月份".into(), "2009-03".into())), "{d:?}");
        // Nor from a year of founding (始建于): it is long past, the release's year unknown.
        let d = date_values("某茶厂始建于1987年，上半年加工干茶120吨。");
        assert!(d.contains(&("上半年".into(), "--H1".into())), "{d:?}");
    }

    #[test]
    fn dates_after_a_relative_year_word_take_its_year() {
        let d = date_values(
            "2021年5月6日讯 新厂房预计明年3月份投产，去年8月底开工，今年一季度完成主体。",
        );
        assert!(d.contains(&("3月份".into(), "2022-03".into())), "{d:?}");
        assert!(d.contains(&("8月底".into(), "2020-08".into())), "{d:?}");
        assert!(d.contains(&("一季度".into(), "2021-Q1".into())), "{d:?}");
        // No release date: 今年 beside the year the text writes is another year.
        let d = date_values("大桥于2015年4月开工，当年完成桩基，今年6月合龙。");
        assert!(d.contains(&("6月".into(), "--06".into())), "{d:?}");
        // With a release date, the written year is the release's own.
        let d = date_values("2015年7月1日 大桥于2015年4月开工，今年6月合龙。");
        assert!(d.contains(&("6月".into(), "2015-06".into())), "{d:?}");
        // A later month after a relative one in its sentence is of that year; an earlier
        // month is not.
        let d = date_values("2019年8月29日讯 去年5月签订协议，12月开工建设，预计明年8月投产。");
        assert!(d.contains(&("12月".into(), "2018-12".into())), "{d:?}");
        assert!(d.contains(&("8月".into(), "2020-08".into())), "{d:?}");
        let d = date_values("2019年8月29日讯 去年11月签订协议，3月开工建设。");
        assert!(d.contains(&("3月".into(), "2019-03".into())), "{d:?}");
    }

    #[test]
    fn a_change_and_the_level_it_led_to_are_two_figures() {
        let m = measures("平均轮候时间缩短0.3年至3.1年，申请人增加45人至1,260人。");
        let texts: Vec<&str> = m.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(texts, ["0.3年", "3.1年", "45人", "1,260人"]);
        // A one-char verb and an approximating word before the change.
        let m = measures("失业人数减约3000人至12万人，就业不足人数增约800人至60,800人。");
        let texts: Vec<&str> = m.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(texts, ["约3000人", "12万人", "约800人", "60,800人"]);
        // Close ends after a verb of change are a range (a forecast).
        let m = measures("预计全年增长5%至8%。");
        assert_eq!(m.len(), 1, "{m:?}");
    }

    #[test]
    fn a_change_done_written_bare_before_its_level_is_a_figure_of_the_levels_unit() {
        // 上升了 tells a change done: the bare first figure is the rise, in years.
        let m =
            measures("一般申请者的平均等候时间上升了0.4至6.1年，长者等候时间上升了0.3至4.2年。");
        let texts: Vec<&str> = m.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(texts, ["0.4", "6.1年", "0.3", "4.2年"]);
        assert!(m.iter().all(|r| r.2 == "year"), "{m:?}");
        // Without 了 a bare first figure still opens a range.
        let m = measures("等候时间预计上升0.4至6.1年。");
        assert_eq!(m.len(), 1, "{m:?}");
    }

    #[test]
    fn a_size_naming_a_kind_of_container_is_no_fact() {
        let texts = |t: &str| -> Vec<String> { rows(t).into_iter().map(|r| r.0).collect() };
        assert_eq!(texts("县府以四十呎貨櫃裝運鳳梨十二噸。"), ["十二噸"]);
        assert_eq!(texts("港口新购20英尺集装箱500个。"), ["500个"]);
        // A length of its own stays.
        assert_eq!(texts("新建码头岸线长1200米。"), ["1200米"]);
        // A pack size before a packing word names the product, its price is the fact.
        assert_eq!(texts("10公斤袋装东北大米每袋售价75元。"), ["75元"]);
        assert_eq!(texts("超市出售1.8升瓶装花生油。"), Vec::<String>::new());
    }

    #[test]
    fn a_bare_sum_beside_money_keeps_its_more() {
        let m = measures("今年修路经费为5亿，明年则是6亿多，");
        let texts: Vec<&str> = m.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(texts, ["5亿", "6亿多"]);
    }

    #[test]
    fn a_product_specification_is_no_fact() {
        let texts = |t: &str| -> Vec<String> { rows(t).into_iter().map(|r| r.0).collect() };
        // A diameter, or a size in letters alone in brackets after the product's name.
        assert_eq!(texts("Φ8mm圆钢均价3900元/吨。"), ["3900元/吨"]);
        assert_eq!(texts("本周钢筋(16mm)售价4100元/吨。"), ["4100元/吨"]);
        // The size of each thing counted right before it.
        assert_eq!(texts("村里购置2台50千瓦发电机组。"), ["2台"]);
        assert_eq!(texts("公司新增5辆30吨货车。"), ["5辆"]);
        // A length of its own in brackets, or in Chinese, stays.
        assert_eq!(texts("新修道路(长3.5公里)。"), ["3.5公里"]);
        assert_eq!(texts("当日降雨量(12毫米)。"), ["12毫米"]);
    }

    #[test]
    fn slogans_ranks_and_page_notices_are_no_facts() {
        let texts = |t: &str| -> Vec<String> { rows(t).into_iter().map(|r| r.0).collect() };
        // The number of a slogan's parts.
        assert!(texts("坚持做到三个不变，工作才有成效。").is_empty());
        assert!(texts("各级书记做到部署、督办两个“亲自”。").is_empty());
        assert!(texts("全县落实两个确保。").is_empty());
        // A count of quality words closing their items (awards, slogans); the same word
        // before the noun it qualifies leaves a count of that noun.
        assert!(texts("该局捧回三项先进、两个优秀等荣誉。").is_empty());
        assert!(texts("力争做到两个全覆盖，四个不低于。").is_empty());
        assert_eq!(texts("评出五个优秀课例、两个先进班组。"), ["五个", "两个"]);
        // Parts of a slogan numbered in turn, three at least; counts listed in no
        // such order stay.
        assert!(texts("围绕“一个中心、两大抓手、三项机制、四个提升”开展工作。").is_empty());
        assert_eq!(
            texts("建有三个球场、四个泳池、三个公园。"),
            ["三个", "四个", "三个"]
        );
        // A count of a quoted name followed by the noun it counts stays.
        assert_eq!(texts("建成4个“千亩茶园”乡镇。"), ["4个"]);
        assert_eq!(texts("新建三个不同类型的园区。"), ["三个"]);
        // The top places of a ranking.
        assert_eq!(texts("按行业分析，首三位是零售业（820间）。"), ["820间"]);
        // The page's pager and the site's notices to readers.
        assert!(texts("本文共5页 上一页").is_empty());
        assert!(texts("如有问题，请于三日内与本站联系，否则视为放弃相关权利。").is_empty());
        assert!(texts("关注公众号，即可加入200个交流群。").is_empty());
    }

    #[test]
    fn a_bound_naming_a_class_counted_after_it_is_no_fact() {
        let texts = |t: &str| -> Vec<String> { rows(t).into_iter().map(|r| r.0).collect() };
        // The bound says which projects or farms are counted: the count is the fact.
        assert_eq!(texts("今年引进5000万元以上的重大项目3个。"), ["3个"]);
        assert_eq!(texts("饲养200头以下的养殖场共1,530个。"), ["1,530个"]);
        // So does a range of money joined by 的 to what it classes.
        assert_eq!(
            texts("集体经济收入5万元以下的村12个，5万至10万元的村20个。"),
            ["12个", "20个"]
        );
        // A range standing alone is the figure itself.
        assert_eq!(texts("项目总投资5万至10万元。"), ["5万至10万元"]);
        assert_eq!(
            texts("年产值亿元以上企业达到12家，2000万元以下企业46家。"),
            ["12家", "46家"]
        );
        // A bound standing alone, or before a clause mark, is the figure itself; so is a
        // share that quantifies what follows it.
        assert_eq!(
            texts("已有85%以上站点配齐车辆120辆。"),
            ["85%以上", "120辆"]
        );
        assert_eq!(texts("全年完成投资5亿元以上。"), ["5亿元以上"]);
        assert_eq!(
            texts("可提供300个以上的就业岗位，年产值2亿元。"),
            ["300个以上", "2亿元"]
        );
    }

    #[test]
    fn denominators_restated_days_and_listed_points_are_read_as_such() {
        let texts = |t: &str| -> Vec<String> { rows(t).into_iter().map(|r| r.0).collect() };
        // Whatever follows 每 is what a rate is per.
        assert_eq!(texts("每0.2公顷追施尿素8公斤。"), ["8公斤"]);
        // Two days after the days just named restate them.
        assert_eq!(
            texts("6月1日和2日两天，景区接待游客3000人次。"),
            ["3000人次"]
        );
        assert_eq!(texts("周末两天共接待游客3000人次。"), ["3000人次"]);
        assert_eq!(texts("活动持续两天。"), ["两天"]);
        // A classifier that only begins the last figure's unit takes that unit.
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let facts = ex
            .extract(
                "两个行业分别拉动增长2.5个和0.8个百分点。",
                Options::default(),
            )
            .facts;
        let units: Vec<&str> = facts.iter().map(|f| f.unit.as_str()).collect();
        assert_eq!(units, ["个", "pp", "pp"], "{facts:?}");
    }

    #[test]
    fn a_subtitle_repeating_a_figure_of_the_prose_gives_no_row_of_its_own() {
        // The subtitle's 两千吨 is the lead's: one row, the prose's; the title keeps its
        // row, and a heading whose figure the prose does not state keeps it too.
        let text = "鲜桃外销创新高\n\n两千吨鲜桃首次出口东南亚\n\n\
            今年全乡共出口鲜桃两千吨，带动三百户果农增收。\n\n\
            新建冷库三座\n\n冷链运输线路已开通。";
        let m = measures(text);
        let texts: Vec<&str> = m.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(texts, ["两千吨", "三百户", "三座"], "{m:?}");
        let text = "全乡鲜桃出口两千吨\n今年全乡共出口鲜桃两千吨，带动三百户果农增收。";
        assert_eq!(measures(text).len(), 3);
        // A subtitle in the page's head, above a line of prose, states the release's
        // figure as the title does: both rows stay.
        let text = "鲜桃外销创新高\n两千吨鲜桃首次出口东南亚\n\
            今年全乡共出口鲜桃两千吨，带动三百户果农增收，户均增收八百元，新建冷库三座。";
        let m = measures(text);
        let texts: Vec<&str> = m.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(
            texts,
            ["两千吨", "两千吨", "三百户", "八百元", "三座"],
            "{m:?}"
        );
    }

    #[test]
    fn flights_pages_and_remains_are_counted_and_at_least_bounds_a_figure() {
        let m = measures("本月共起降航班512班，累计安葬骨灰1930具，报告全文60余页。");
        let units: Vec<&str> = m.iter().map(|r| r.2.as_str()).collect();
        assert_eq!(units, ["班", "具", "页"], "{m:?}");
        // 三班倒 names a shift pattern, 2具有 is 2 + 具有.
        assert!(measures("车间实行三班倒。").is_empty());
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let facts = ex
            .extract("全镇至少15家企业参加。", Options::default())
            .facts;
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert_eq!(facts[0].approx, Some(Approx::Gt));
    }

    #[test]
    fn a_year_in_brackets_after_a_relative_year_word_dates_what_follows() {
        // Taiwan pages write the year in brackets: 今(111)年 is 2022, 去（2020）年 is 2020;
        // the year wins over a year guessed from elsewhere in the text.
        let d = date_values("縣府今(111)年8月起開辦新課程，工程約於2009年完工。");
        assert!(d.contains(&("8月".into(), "2022-08".into())), "{d:?}");
        let d = date_values("鄉公所去（2020）年10月完成步道整修，今年再修二段。");
        assert!(d.iter().any(|(_, v)| v == "2020-10"), "{d:?}");
        // 本(110)年 is this year as much as 今(110)年, whatever later years the text writes.
        let d = date_values("預計本(110)年8月下旬前公告招標，並於112年10月完成。");
        assert!(d.contains(&("8月".into(), "2021-08".into())), "{d:?}");
        // Brackets without a relative year word are no year.
        let d = date_values("2019年全縣完成(111)年3月的計畫。");
        assert!(!d.iter().any(|(_, v)| v.starts_with("2022")), "{d:?}");
    }

    #[test]
    fn the_release_stamp_after_a_source_or_a_bullet_is_a_row() {
        let rows = |t: &str| -> Vec<(String, String)> {
            let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
            (ex.extract(t, Options::default()).facts.into_iter())
                .filter(|f| f.kind == Kind::Date)
                .map(|f| (f.text, f.subject))
                .collect()
        };
        // A time of day after it on a head line a release label opens: the page's stamp.
        let d = rows(
            "某县召开会议\n来源:某县融媒体中心 2031-12-16 10:05 阅读人数:1\n\
             会议指出，今年以来全县经济运行平稳，重点项目推进有力，全县新增就业800人。",
        );
        assert_eq!(d, [("2031-12-16".into(), "发布".into())]);
        // A bullet before a date alone on its line, among the head's bulleted labels.
        let d = rows(
            "某项目开工\n  • 来源:\n  • 2031-07-24\n  • 作者:\n  • 浏览(351)\n项目总投资5亿元。",
        );
        assert_eq!(d, [("2031-07-24".into(), "发布".into())]);
        // The release date opening its line before a source label, or anywhere on its
        // line before a time of day; not after another label (打印时间:).
        let body = "\n会议指出，今年以来全县经济运行平稳，全县新增就业800人。";
        let d = rows(&format!("某县召开会议\n2031-02-19  来源:本站原创{body}"));
        assert_eq!(d, [("2031-02-19".into(), "发布".into())]);
        let d = rows(&format!(
            "某县召开会议\nwww.example.cn (2031-04-23 09:44:56) 来源:某网{body}"
        ));
        assert_eq!(d, [("2031-04-23".into(), "发布".into())]);
        let d = rows(&format!(
            "某县召开会议\n[打印时间:2031-11-17 18:54:58]{body}"
        ));
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn the_date_a_reply_was_signed_is_a_row() {
        // The date a reply was signed.
        let d = date_values("签 发 人：某某 签发日期：2022-11-03\n全县新增公交线路5条。");
        assert_eq!(d, [("2022-11-03".into(), "2022-11-03".into())]);
    }

    #[test]
    fn a_stamp_closing_its_line_after_a_time_of_day_is_the_release_date() {
        let text = "癌症新症创新高\n保险 14:00 2020/10/24\n去年新症达3万宗。";
        let x = Extractor::new(Patterns::builtin().unwrap())
            .unwrap()
            .extract(text, Options::default());
        let date = x.facts.iter().find(|f| f.kind == Kind::Date).unwrap();
        assert_eq!(
            (date.text.as_str(), date.subject.as_str()),
            ("2020/10/24", "发布")
        );
        // A page's generation date is labelled so.
        let d = date_values("场地普查数据\n生成日期: 2025-06-23\n全区场地100个。");
        assert_eq!(d, [("2025-06-23".to_string(), "2025-06-23".to_string())]);
        // A time after the date in running text is no stamp.
        let d = date_values("标题\n会议时间为14:00 2020/10/24之后\n数量100个。");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn release_dates_in_header_cells_are_rows() {
        // A label in brackets, its date in the next cell of a header table.
        let d = date_values("[ 成文日期 ] | 2024-06-12 | [ 发布日期 ] | 2024-06-13 |\n正文");
        assert!(
            d.contains(&("2024-06-12".into(), "2024-06-12".into())),
            "{d:?}"
        );
        assert!(
            d.contains(&("2024-06-13".into(), "2024-06-13".into())),
            "{d:?}"
        );
        // A bracket with no label before it makes no release date.
        let d = date_values("[ 附件 ] | 2024-06-12 |\n正文");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn programme_names_today_and_page_stamps() {
        // The years of a quoted programme's name are part of the name.
        let d = date_values("县政府公布“2023-2025年乡村道路提升改造三年行动”。");
        assert!(d.is_empty(), "{d:?}");
        // 今(4)日 is the 4th of the release date's month.
        let d = date_values("发布日期：2022-03-04\n市府今(4)日宣布新措施。");
        assert!(
            d.contains(&("今(4)日".into(), "2022-03-04".into())),
            "{d:?}"
        );
        // A day stamped as the page's last update is no date of the text.
        let d = date_values("编辑 2023年06月01日最后更新 全县小麦喜获丰收");
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn years_naming_lists_and_awards_are_no_dates() {
        // A year right after a word of joining a list or winning an award names it.
        let d = date_values("全区3家企业获评2022年度市长质量奖，新增企业210家。");
        assert!(d.is_empty(), "{d:?}");
        let d = date_values("该镇入选2023年省级特色小镇名单，接待游客18万人次。");
        assert!(d.is_empty(), "{d:?}");
        // A quoted title of a list or award, however long, holds its year.
        let d = date_values(
            "全省9个县上榜“2025年全国县域农业现代化发展水平百强县”，全县粮食产量41万吨。",
        );
        assert!(d.is_empty(), "{d:?}");
        // A year of an event after such a word is still a date when a month follows.
        let d = date_values("该村2023年6月入选名单，当年接待游客3万人次。");
        assert!(d.iter().any(|(_, v)| v == "2023-06"), "{d:?}");
    }

    #[test]
    fn ago_is_a_point_in_time() {
        // 三年前 and a page's 4天前 name a time, no length of anything.
        let m = measures("4天前\n三年前这里还是荒地，如今建成厂房12栋。");
        assert!(m.iter().all(|m| m.2 != "year" && m.2 != "day"), "{m:?}");
        assert!(m.iter().any(|m| m.0 == "12栋"), "{m:?}");
    }

    #[test]
    fn qualifier_chars_ending_a_word_qualify_nothing() {
        // 商超, 节约 and 最近 are words: their last char is no 超/约/近 of the figure.
        let m = measures("该区现有大型商超48个，全年共节约3.5万元，已签约12个项目。");
        let texts: Vec<&str> = m.iter().map(|m| m.0.as_str()).collect();
        assert!(texts.contains(&"48个"), "{m:?}");
        assert!(texts.contains(&"3.5万元"), "{m:?}");
        assert!(texts.contains(&"12个"), "{m:?}");
        let s = subjects_of("该区现有大型商超48个。");
        assert!(s.len() == 1 && s[0].ends_with("大型商超"), "{s:?}");
        // A qualifier word of its own stays: 将近, 超 after a verb, 近 after 已有.
        let m = measures("将近3年完成投资超5亿元，已有近百年历史，占地约7公顷。");
        let texts: Vec<&str> = m.iter().map(|m| m.0.as_str()).collect();
        assert!(texts.contains(&"超5亿元"), "{m:?}");
        assert!(texts.contains(&"近百年"), "{m:?}");
        assert!(texts.contains(&"约7公顷"), "{m:?}");
    }

    #[test]
    fn bracketed_days_around_the_release() {
        // 昨(N)日 and 明(N)日 are days of the release's month, or of the month on their side
        // of it when the day lies past the release day.
        let d = date_values("发布日期：2023-07-15\n县府昨(14)日召开会议，明(16)日起受理申请。");
        assert!(
            d.contains(&("昨(14)日".into(), "2023-07-14".into())),
            "{d:?}"
        );
        assert!(
            d.contains(&("明(16)日".into(), "2023-07-16".into())),
            "{d:?}"
        );
        let d = date_values("发布日期：2023-01-01\n市府昨（31）日公布名单。");
        assert!(
            d.contains(&("昨（31）日".into(), "2022-12-31".into())),
            "{d:?}"
        );
        // A gazette's day of publication (公报19日刊登) is an event's.
        let d = date_values("发布日期：2023-07-20\n政府公报19日刊登行政长官批示。");
        assert!(d.contains(&("19日".into(), "2023-07-19".into())), "{d:?}");
        let d = date_values("发布日期：2023-04-30\n展览明(1)日开幕。");
        assert!(
            d.contains(&("明(1)日".into(), "2023-05-01".into())),
            "{d:?}"
        );
        // The day's brackets stay out of the next figure's subject.
        let s = subjects_of("发布日期：2023-07-15\n县府昨(14)日拨付补助款320万元。");
        assert!(s.iter().all(|s| !s.contains(')')), "{s:?}");
    }

    #[test]
    fn link_lists_around_the_text_are_skipped() {
        let menu = "• 某市新增就业3万人\n• 某县引进项目12个\n• 某区税收增长8%\n";
        let body = "今年以来，全县新签约项目25个，总投资120亿元。\n";
        let texts = |t: &str| -> Vec<String> { rows(t).into_iter().map(|r| r.0).collect() };
        assert_eq!(texts(&format!("{menu}{body}")), ["25个", "120亿元"]);
        assert_eq!(texts(&format!("{body}相关\n{menu}")), ["25个", "120亿元"]);
        // A bulleted list inside the text is the text's own (the prose after it is not
        // the same line again: that would be a copy, see `copies`).
        let t = format!("{body}{menu}全年全县完成固定资产投资80亿元，同比增长6%。\n");
        assert_eq!(texts(&t).len(), 7, "{:?}", texts(&t));
        // A page head's bulleted labels are no links: its release date is a row.
        let head = "某县上半年经济运行\n • 发布日期:2031-07-20 09:15\n • 信息来源:某县统计局\n • 编辑:某县融媒体中心\n";
        let d = date_values(&format!("{head}{body}"));
        assert!(
            d.contains(&("2031-07-20".into(), "2031-07-20".into())),
            "{d:?}"
        );
    }

    #[test]
    fn a_reported_period_of_the_written_year_dates_this_year() {
        // The written year names the period reported on, not an event: 今年 is that year.
        let d = date_values("园区2018年1-3月产值320亿元，今年第2季将再办10场招聘会。");
        assert!(d.contains(&("第2季".into(), "2018-Q2".into())), "{d:?}");
        let d = date_values("今年1-4月全区营业额增加12亿元，有利于2020年度营业额增长。");
        assert!(d.contains(&("1-4月".into(), "2020-01".into())), "{d:?}");
    }

    #[test]
    fn relative_years_resolve_through_the_release_year() {
        let r =
            rows("2025年7月16日召开会议。今年完成投资5亿元，比去年增长10%。去年完成投资3亿元。");
        assert_eq!(r[0], ("5亿元".into(), "2025".into()));
        assert_eq!(
            r[1],
            ("10%".into(), "2025".into()),
            "比去年 is the comparison base"
        );
        assert_eq!(r[2], ("3亿元".into(), "2024".into()));
    }

    #[test]
    fn a_milestone_after_the_exact_figure_is_no_fact() {
        let texts = |t: &str| -> Vec<String> { rows(t).into_iter().map(|r| r.0).collect() };
        assert_eq!(
            texts("全年油料产量达到812万吨，首次登上800万吨新台阶。"),
            ["812万吨"]
        );
        // Alone, the milestone is the figure the release gives.
        assert_eq!(texts("全市外贸总额突破300亿元大关。"), ["300亿元"]);
        // A figure of another unit or size before it is no exact figure of the milestone.
        assert_eq!(
            texts("企业达到45家，产值突破300亿元大关。"),
            ["45家", "300亿元"]
        );
        assert_eq!(
            texts("投资12亿元，明年支出将突破700亿元大关。"),
            ["12亿元", "700亿元"]
        );
        // The figures after it still measure what the milestone measured.
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let facts = ex
            .extract(
                "全省光伏发电量达到1035亿千瓦时，首次突破1000亿千瓦时大关，同比增长21%。",
                Options::default(),
            )
            .facts;
        assert_eq!(facts.len(), 2);
        assert!(
            facts[1].subject.starts_with("光伏发电量"),
            "{}",
            facts[1].subject
        );
    }

    #[test]
    fn date_ranges_are_one_row_and_no_duration() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let facts = |t: &str| -> Vec<(String, String, String)> {
            ex.extract(t, Options::default())
                .facts
                .into_iter()
                .map(|f| {
                    let max = match f.value_max {
                        Some(Value::Date(v)) => v,
                        other => format!("{other:?}"),
                    };
                    (f.text, f.unit, max)
                })
                .collect()
        };
        let r = facts("2011-2020年，全县GDP年均增长8%。");
        assert_eq!(r[0], ("2011-2020年".into(), "date".into(), "2020".into()));
        assert_eq!(r.len(), 2, "no duration, no separate 2020年: {r:?}");
        let r = facts("2017至19年，全县GDP年均增长8%。");
        assert_eq!(r[0], ("2017至19年".into(), "date".into(), "2019".into()));
        assert_eq!(r.len(), 2, "19年 is no duration: {r:?}");
        let r = facts("国庆假期10月1日-4日，全县接待游客5万人次。");
        assert_eq!(r[0].0, "10月1日-4日");
        assert_eq!(r.len(), 2, "4日 is part of the date: {r:?}");
    }

    #[test]
    fn a_level_reached_is_not_a_change() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let ind = |t: &str| -> Vec<String> {
            ex.extract(t, Options::default())
                .facts
                .into_iter()
                .map(|f| f.indicator)
                .collect()
        };
        assert_eq!(ind("森林覆盖率提高到32.5%。"), ["覆盖率"]);
        assert_eq!(ind("城区绿地面积提高到32万平方米。"), ["面积"]);
        assert_eq!(ind("森林覆盖率提高2.5个百分点。"), ["增长"]);
        // The cue before the level still counts: 亩均产量 … 提高到120公斤.
        assert_eq!(ind("改造后亩均产量提高至120公斤。"), ["产量"]);
        // 占地 is land taken, not a share (占).
        assert_eq!(ind("项目占地约45亩。"), ["面积"]);
        // A measure before 为 stays the indicator.
        assert_eq!(ind("人口自然增长率为3.1‰。"), ["增长率"]);
        assert_eq!(ind("税收收入占比为71.8%。"), ["占比"]);
        assert_eq!(ind("全县共有规模以上工业企业86家。"), [""]);
        // The nearest cue wins: 回落 after 增速.
        assert_eq!(ind("增速比去年同期回落1.2个百分点。"), ["下降"]);
        assert_eq!(ind("居民消费价格同比上涨0.3%。"), ["同比增长"]);
    }

    #[test]
    fn the_change_column_decides_what_a_level_is() {
        // The built-in indicators.tsv without its `change` column: 提高 is no longer a
        // change cue, so before 到 it stays the indicator.
        let dir = tempfile::tempdir().unwrap();
        let two_columns: String = include_str!("../../patterns/indicators.tsv")
            .lines()
            .map(|l| match l.strip_suffix("\tyes") {
                Some(cue) => format!("{cue}\n"),
                None => format!("{l}\n"),
            })
            .collect();
        std::fs::write(dir.path().join("indicators.tsv"), two_columns).unwrap();
        let ex = Extractor::new(Patterns::load(dir.path()).unwrap()).unwrap();
        let x = ex.extract("森林覆盖率提高到32.5%。", Options::default());
        assert_eq!(x.facts[0].indicator, "增长");
    }

    #[test]
    fn bylines_are_people_but_not_facts_entities() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let d = ex.extract(
            "（记者 王小明）县长李国强介绍，青山县粮食产量达到3万吨。",
            Options::default(),
        );
        let people: Vec<&str> = d
            .entities
            .iter()
            .filter(|e| e.ty == crate::patterns::EntityType::Per)
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(people, vec!["王小明", "李国强"]);
        let f = d.facts.iter().find(|f| f.text == "3万吨").unwrap();
        assert!(
            !f.entities.contains(&"王小明".to_string()),
            "{:?}",
            f.entities
        );
        assert!(
            f.entities.contains(&"李国强".to_string()),
            "{:?}",
            f.entities
        );
    }

    #[test]
    fn respectively_refers_back_to_the_figures_before() {
        let subjects =
            subjects_of("全县接待游客52.6万人次，实现旅游收入3.1亿元，分别增长18.2%和21.5%。");
        assert_eq!(
            subjects,
            ["接待游客", "旅游收入", "接待游客增长", "旅游收入增长"]
        );
    }

    #[test]
    fn changes_after_a_comparison_base_refer_back() {
        // The base of the comparison (1-3月) is none of the changes; 加快 is one.
        let subjects = subjects_of(
            "民间投资增长12.1%，工业投资增长20.4%，分别比1-3月加快2.2个和3.5个百分点。",
        );
        assert_eq!(subjects[2..], ["民间投资加快", "工业投资加快"]);
        let subjects =
            subjects_of("全县棉花种植面积8万亩、小麦种植面积30万亩，分别较2019年减少12%和5%。");
        assert_eq!(subjects[2..], ["棉花种植面积减少", "小麦种植面积减少"]);
    }

    #[test]
    fn a_compared_rate_named_first_takes_the_measure_before() {
        let subjects = subjects_of(
            "全县农产品出口额9.6亿元，同比增长14.2%，增幅高于全市平均水平3.1个百分点。",
        );
        assert_eq!(subjects[2], "农产品出口额增幅高于全市平均水平");
    }

    #[test]
    fn changes_listed_with_commas_and_a_long_comparison_refer_back() {
        let subjects = subjects_of(
            "全镇蔬菜产量5.2万吨，水果产量1.8万吨，茶叶产量900吨，与去年同比分别增长6.3%, 4.1%,9.7%。",
        );
        assert_eq!(
            subjects[3..],
            ["蔬菜产量增长", "水果产量增长", "茶叶产量增长"]
        );
    }

    #[test]
    fn changes_listed_with_enumeration_commas_refer_back() {
        let subjects = subjects_of(
            "全县猪、牛、羊出栏分别为73万头、6.4万头、18万只，分别增长10.3%、5.7%、10%。",
        )[3..]
            .to_vec();
        assert_eq!(subjects, ["猪出栏增长", "牛出栏增长", "羊出栏增长"]);
    }

    #[test]
    fn places_compared_after_respectively_take_the_change_before() {
        let subjects =
            subjects_of("前三季度，全区税收收入同比增长6.4%，分别高于全市和全省2.2和1.3个百分点。");
        assert_eq!(
            subjects,
            [
                "税收收入同比增长",
                "税收收入增速高于全市",
                "税收收入增速高于全省"
            ]
        );
        // One place for as many changes listed before: each change is compared.
        let subjects =
            subjects_of("东镇、西镇工业产值分别增长8%、9%，分别快于全县2个、3个百分点。");
        assert_eq!(
            subjects[2..],
            ["东镇工业产值增速快于全县", "西镇工业产值增速快于全县"]
        );
        // The places after a comparison opener before 分别, the adjective after it.
        let subjects =
            subjects_of("全区税收收入同比增长6.4%，比全市、全省分别高2.2和1.3个百分点。");
        assert_eq!(
            subjects[1..],
            ["税收收入增速比全市高", "税收收入增速比全省高"]
        );
    }

    #[test]
    fn a_change_since_a_year_is_of_the_measure_before_the_comparison() {
        let subjects = subjects_of("今年全县民宿数量较2021年增加了40家，增幅达25%。");
        assert!(subjects.iter().any(|p| p == "民宿数量增加"), "{subjects:?}");
        let subjects = subjects_of("西区补贴金额比2022年增为2倍。");
        assert_eq!(subjects.last().unwrap(), "西区补贴金额增");
        // A bare rate keeps the measure of the figures before.
        let subjects = subjects_of("全县工业产值50亿元，增长6%，增速较上半年提高1个百分点。");
        assert_ne!(subjects.last().unwrap(), "增速提高");
    }

    #[test]
    fn a_comparison_may_open_a_respectively_list_of_changes() {
        let subjects =
            subjects_of("年末全县牛、羊存栏分别为12万头、30万只，比上年分别增长3.5%、4.2%。");
        assert_eq!(subjects, ["牛存栏", "羊存栏", "牛存栏增长", "羊存栏增长"]);
    }

    #[test]
    fn headlines_and_captions_state_no_years() {
        // A line without punctuation and without figures names a period, not a fact.
        let r = table_rows("青山县2025年农业农村工作情况\n2025年，全县粮食产量3万吨。\n");
        let texts: Vec<&str> = r.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(texts, ["2025年", "3万吨"]);
        assert_eq!(r[0][1], "2025");
        assert!(table_rows("1-9月全县经济运行情况\n").is_empty());
        // A day is a date (a dateline), and a headline with a figure keeps its year.
        assert_eq!(table_rows("2025年3月5日\n").len(), 1);
        assert_eq!(table_rows("青山县2025年粮食产量突破3万吨\n").len(), 2);
    }

    #[test]
    fn a_table_flattened_onto_one_line_is_read_by_column() {
        let text = "据统计：\n地区  产量  增长% 东乡 12.5万吨 3.1 西乡 9.8万吨 2.4 南乡 7.2万吨 1.9 资料来源：县统计局\n";
        let r = table_rows(text);
        let got: Vec<(&str, &str)> = r.iter().map(|r| (r[0].as_str(), r[2].as_str())).collect();
        assert_eq!(
            got,
            [
                ("12.5万吨", "东乡产量"),
                ("3.1", "东乡增长"),
                ("9.8万吨", "西乡产量"),
                ("2.4", "西乡增长"),
                ("7.2万吨", "南乡产量"),
                ("1.9", "南乡增长")
            ]
        );
        // Two rows are too few to tell a table from words and figures between spaces.
        assert!(
            table_rows("地区 产量 增长% 东乡 12.5万吨 3.1 西乡 9.8万吨 2.4\n")
                .iter()
                .all(|r| r[2] != "东乡产量")
        );
    }

    #[test]
    fn bar_rows_are_table_rows() {
        let text = "| 指标 | 绝对数(亿元) | 比上年增长% |\n| 种植业产值 | 35.6 | 4.2 |\n";
        let expect = [
            ["35.6", "3560000000", "种植业产值绝对数", ""],
            ["4.2", "4.2", "种植业产值比上年增长", ""],
        ];
        assert_eq!(table_rows(text), owned(&expect));
    }

    /// The text, value and subject of each table row (`table_rows`' first three cells).
    fn first_three(rows: &[[String; 4]]) -> Vec<(&str, &str, &str)> {
        rows.iter()
            .map(|r| (r[0].as_str(), r[1].as_str(), r[2].as_str()))
            .collect()
    }

    #[test]
    fn a_table_saved_one_cell_per_line_is_read() {
        let text = "项 目 |\n本 月 |\n增减% |\n累 计 |\n增减% |\n                    一、接待游客(人次) |\n5200 |\n-3.5 |\n18000 |\n2.5 |\n                    其中：境外游客 |\n800 |\n12.0 |\n2600 |\n-1.5 |\n                    二、旅游收入(万元) |\n960 |\n4.1 |\n3100 |\n6.0 |\n";
        assert_eq!(
            first_three(&table_rows(text)),
            [
                ("5200", "5200", "接待游客本月"),
                ("-3.5", "-3.5", "接待游客增减"),
                ("18000", "18000", "接待游客累计"),
                ("2.5", "2.5", "接待游客累计增减"),
                ("800", "800", "接待游客境外游客本月"),
                ("12.0", "12", "接待游客境外游客增减"),
                ("2600", "2600", "接待游客境外游客累计"),
                ("-1.5", "-1.5", "接待游客境外游客累计增减"),
                ("960", "9600000", "旅游收入本月"),
                ("4.1", "4.1", "旅游收入增减"),
                ("3100", "31000000", "旅游收入累计"),
                ("6.0", "6", "旅游收入累计增减"),
            ]
        );
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let units: Vec<String> = ex
            .extract(text, Options::default())
            .facts
            .into_iter()
            .map(|f| f.unit)
            .collect();
        assert_eq!(&units[..6], ["人次", "%", "人次", "%", "人次", "%"]);
    }

    #[test]
    fn cells_opened_and_closed_by_bars_under_a_caption_cell_are_read() {
        // | label | lines, a caption cell over an empty one (||) opening the run.
        let text = "| 某区人口构成 |\n||\n| 指标 |\n年末数(万人) |\n比重(%) |\n\
                    | 全区人口 |\n50.2 |\n100 |\n| 其中:城镇 |\n30.1 |\n60.0 |\n\
                    | 乡村 |\n20.1 |\n40.0 |\n";
        let got = table_rows(text);
        let got = first_three(&got);
        for want in [
            ("50.2", "502000", "全区人口年末数"),
            ("30.1", "301000", "城镇年末数"),
            ("40.0", "40", "乡村比重"),
        ] {
            assert!(got.contains(&want), "{want:?} not in {got:?}");
        }
    }

    #[test]
    fn a_caption_gives_its_units_to_a_table_saved_one_cell_per_line() {
        // 单位：起、万元 above the header: counts in 起, the money column in 万元, the
        // column holding the unit's word in it; a rate column takes none.
        let text = "表3 某县安全检查统计表\n单位：起、万元\n月 份 |\n检查起数 |\n罚没金额 |\n整改率 |\n一季度 |\n126 |\n35.5 |\n92.1 |\n二季度 |\n98 |\n20.25 |\n95.4 |\n";
        assert_eq!(
            first_three(&table_rows(text)),
            [
                ("126", "126", "一季度检查起数"),
                ("35.5", "355000", "一季度罚没金额"),
                ("98", "98", "二季度检查起数"),
                ("20.25", "202500", "二季度罚没金额"),
            ]
        );
        // A single unit is every column's; no caption, no unit: no rows.
        let one = text.replace("单位：起、万元", "（计量单位：人）");
        assert_eq!(table_rows(&one).len(), 4);
        assert_eq!(table_rows(&one)[1][1], "35.5");
        let none = text.replace("单位：起、万元", "某县应急局");
        assert!(table_rows(&none).is_empty());
    }

    #[test]
    fn stacked_rows_with_two_label_columns_and_a_percent_column() {
        // Two columns of labels (a group spanning rows, then the item: an empty cell
        // stands for the group), counts, and shares whose column writes percent signs
        // but for one cell.
        let text = "类 型 |\n品 种 |\n数量(头) |\n占比 |\n大牲畜 |\n黄牛 |\n420 |\n60.5% |\n水牛 |\n180 |\n25.9 |\n|\n马 |\n95 |\n13.6% |\n";
        assert_eq!(
            first_three(&table_rows(text)),
            [
                ("420", "420", "黄牛数量"),
                ("60.5%", "60.5", "黄牛占比"),
                ("180", "180", "水牛数量"),
                ("25.9", "25.9", "水牛占比"),
                ("95", "95", "马数量"),
                ("13.6%", "13.6", "马占比"),
            ]
        );
    }

    #[test]
    fn a_table_saved_one_cell_per_line_without_bars_is_read() {
        // Whole lines, blank lines between: the caption, the columns naming their units,
        // then rows of a label and its numbers; a label the table repeats under another
        // numbered label takes that label in front; # marks a part.
        let text = "表3 某县单位构成\n\n数量(家)\n\n比重(%)\n\n一、企业\n\n640\n\n100.0\n\n\
                    农业\n\n40\n\n6.3\n\n#养殖业\n\n25\n\n3.9\n\n工业\n\n600\n\n93.7\n\n\
                    二、个体户\n\n1200\n\n100.0\n\n农业\n\n300\n\n25.0\n\n工业\n\n900\n\n75.0\n";
        let rows = table_rows(text);
        let got = first_three(&rows);
        for want in [
            ("640", "640", "企业数量"),
            ("6.3", "6.3", "企业农业比重"),
            ("25", "25", "养殖业数量"),
            ("900", "900", "个体户工业数量"),
            ("75.0", "75", "个体户工业比重"),
        ] {
            assert!(got.contains(&want), "{want:?} not in {got:?}");
        }
        // Group cells over the columns name them in equal shares.
        let grouped =
            "城镇\n乡村\n人数(人)\n增长(%)\n人数(人)\n增长(%)\n男性\n320\n2.1\n410\n-1.2\n\
                       女性\n300\n1.8\n400\n-0.9\n儿童\n90\n0.5\n120\n-2.0\n";
        let got = table_rows(grouped);
        let got = first_three(&got);
        assert!(got.contains(&("410", "410", "男性乡村人数")), "{got:?}");
        assert!(got.contains(&("-0.9", "-0.9", "女性乡村增长")), "{got:?}");
        // Without a unit in the header or a caption, or with fewer than three rows,
        // short lines with numbers between them are no table.
        let plain = grouped.replace("(人)", "").replace("(%)", "");
        assert!(table_rows(&plain).is_empty());
        let short = "数量(家)\n比重(%)\n农业\n40\n6.3\n工业\n600\n93.7\n";
        assert!(table_rows(short).is_empty());
        // Short lines with a number before the table (a page's menu) leave it a table.
        let menu = format!("首页\n新闻\n2024\n统计\n{text}");
        let got = table_rows(&menu);
        assert!(
            first_three(&got).contains(&("640", "640", "企业数量")),
            "{got:?}"
        );
    }

    #[test]
    fn a_table_one_cell_per_line_with_numbered_rows_and_columns_of_places() {
        // A column of row numbers (序号) before each label, its header cells and the
        // caption's unit; columns naming townships of the county place their cells.
        let text = "正定县主要作物面积\n表2 各乡镇作物面积\n单位:万亩\n序号\n项目\n合计\n\
                    正定镇\n新安镇\n1\n小麦\n30.5\n12.1\n18.4\n2\n玉米\n25.0\n10.0\n\
                    15.0\n3\n大豆\n3.0\n1.0\n2.0\n";
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let facts = ex.extract(text, Options::default()).facts;
        let got: Vec<(&str, &str, &str)> = (facts.iter())
            .map(|f| (f.text.as_str(), f.subject.as_str(), f.place.as_str()))
            .collect();
        for want in [
            ("30.5", "小麦合计", "正定县"),
            ("18.4", "小麦新安镇", "新安镇"),
            ("10.0", "玉米正定镇", "正定镇"),
            ("2.0", "大豆新安镇", "新安镇"),
        ] {
            assert!(got.contains(&want), "{want:?} not in {got:?}");
        }
        assert!(
            facts.iter().all(|f| f.text != "1" && f.text != "3"),
            "{got:?}"
        );
        let tuple = facts.iter().find(|f| f.text == "18.4").unwrap();
        assert_eq!((tuple.unit.as_str(), tuple.kind), ("m2", Kind::Area));
        // Two full numbered rows (a page cut after the third row's label) are a table too.
        let two = "单位:万亩\n序号\n项目\n合计\n正定镇\n1\n小麦\n30.5\n12.1\n\
                   2\n玉米\n25.0\n10.0\n3\n大豆\n";
        let rows = table_rows(two);
        assert!(rows.iter().any(|r| r[0] == "25.0"), "{rows:?}");
    }

    #[test]
    fn a_lone_figure_line_takes_the_label_line_above_it() {
        // A table saved one cell per line without bars: labels and figures on lines of
        // their own (a marker such as 其中： goes); a heading cell with punctuation, a
        // clause, or a date is no label.
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let subjects = |t: &str| -> Vec<(String, String)> {
            let facts = ex.extract(t, Options::default()).facts;
            facts.into_iter().map(|f| (f.text, f.subject)).collect()
        };
        let text =
            "2024年\n\n较上年增减(%)\n\n棉花总产量\n\n5820吨\n\n2.1\n\n其中：长绒棉\n\n1204吨\n";
        let got = subjects(text);
        let want = [("5820吨", "棉花总产量"), ("1204吨", "长绒棉")];
        for (t, s) in want {
            assert!(got.iter().any(|r| r.0 == t && r.1 == s), "{got:?}");
        }
        // A line with clause punctuation above the figure is no label.
        let got = subjects("全县新建成的，\n\n5820吨\n");
        assert!(got.iter().all(|r| r.1 != "全县新建成的，"), "{got:?}");
        assert!(got.iter().all(|r| r.1.is_empty()), "{got:?}");
    }

    #[test]
    fn column_names_are_cut_from_the_text_as_written() {
        let r = table_rows("類別 產量（萬噸） 增長(%)\n稻穀 12.5 3.1\n");
        let subjects: Vec<&str> = r.iter().map(|r| r[2].as_str()).collect();
        assert_eq!(subjects, ["稻穀產量", "稻穀增長"]);
    }

    #[test]
    fn size_classes_list_lengths_and_leading_days_are_no_facts() {
        let texts = |t: &str| -> Vec<String> { rows(t).into_iter().map(|r| r.0).collect() };
        // Money naming the size class of the things counted after it.
        assert_eq!(
            texts("新签约项目12个，其中过5亿元项目4个。"),
            ["12个", "4个"]
        );
        assert_eq!(texts("总投资5亿元的项目开工。"), ["5亿元"]);
        // A count restating how many items the list before it holds.
        assert_eq!(
            texts("东城、西城和南城三个片区分别完成投资3亿元、2亿元和1亿元。"),
            ["3亿元", "2亿元", "1亿元"]
        );
        assert_eq!(texts("全县有三个片区。"), ["三个"]);
        // A bound or range before the count of the things in its class.
        assert_eq!(
            texts("8个乡镇中，常住人口超过3万人的有2个，在1万人至3万人之间的有5个。"),
            ["8个", "2个", "5个"]
        );
        assert_eq!(texts("常住人口超过3万人，增长2%。"), ["超过3万人", "2%"]);
        // The top places of a ranking count nothing; people counted by 位 stay.
        assert_eq!(texts("产值居前3位的甲镇、乙镇、丙镇合计占62%。"), ["62%"]);
        assert_eq!(texts("共有3位专家参加评审。"), ["3位"]);
        // 前N天 frames the figures after it; 提前N天 is a figure.
        assert_eq!(texts("假期前3天接待游客8万人次。"), ["8万人次"]);
        assert_eq!(texts("工程提前10天完工。"), ["10天"]);
    }

    #[test]
    fn a_traditional_respectively_list_drops_its_group_summary() {
        let subjects = subjects_of("東城、西城和南城三個片區分別實現營業收入3億元、2億元和1億元。");
        assert_eq!(subjects, ["東城營業收入", "西城營業收入", "南城營業收入"]);
    }

    #[test]
    fn bare_numbers_listed_before_a_figure_share_its_unit() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let got: Vec<(String, String, String)> = ex
            .extract(
                "全县水电、光伏发电量分别为12.5、3.2亿千瓦时，增速分别快1.5和0.8个百分点。",
                Options::default(),
            )
            .facts
            .into_iter()
            .map(|f| {
                let v = match f.value {
                    Value::Num(d) => d.normalize().to_string(),
                    other => format!("{other:?}"),
                };
                (f.text, v, f.unit)
            })
            .collect();
        let want = [
            ("12.5", "1250000000", "kWh"),
            ("3.2亿千瓦时", "320000000", "kWh"),
            ("1.5", "1.5", "pp"),
            ("0.8个百分点", "0.8", "pp"),
        ];
        let want: Vec<(String, String, String)> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        assert_eq!(got, want);
        // Numbers in a list with no figure after them stay bare.
        assert!(rows("编号为12、15的两处地块。").is_empty());
        // A listed number with a scale of its own takes the unit only, not the scale again.
        let values: Vec<String> = ex
            .extract(
                "某市历年结余分别为560.45亿、55.4亿、5万和69.9亿元。",
                Options::default(),
            )
            .facts
            .into_iter()
            .filter_map(|f| match f.value {
                Value::Num(d) => Some(format!("{} {}", d.normalize(), f.unit)),
                _ => None,
            })
            .collect();
        let want = [
            "56045000000 CNY",
            "5540000000 CNY",
            "50000 CNY",
            "6990000000 CNY",
        ];
        assert_eq!(values, want);
    }

    #[test]
    fn counts_of_places_count_what_the_count_before_counted() {
        let subjects = subjects_of("全县签约项目12个。其中，青山县5个，绿水县4个，白云县3个。");
        assert_eq!(
            subjects,
            [
                "签约项目",
                "青山县签约项目",
                "绿水县签约项目",
                "白云县签约项目"
            ]
        );
    }

    #[test]
    fn a_place_count_right_before_another_count_is_a_place_count_too() {
        // 户 right before 人: the households are the place's as well.
        let subjects =
            subjects_of("全县慰问困难群众30户90人。其中青山县12户40人，绿水县18户50人。");
        assert_eq!(
            subjects,
            [
                "慰问困难群众",
                "慰问困难群众",
                "青山县慰问困难群众",
                "青山县慰问困难群众",
                "绿水县慰问困难群众",
                "绿水县慰问困难群众"
            ]
        );
        // An item that is no place keeps its own words.
        assert_eq!(
            subjects_of("全县慰问困难群众30户90人。其中困难党员12户40人。")[2..],
            ["困难党员", "困难党员"]
        );
    }

    #[test]
    fn a_hedge_after_a_figure_opens_the_thing_measured() {
        assert_eq!(
            subjects_of("警方在仓库内缴获约3公斤涉嫌毒品，并拘捕一名男子。"),
            ["涉嫌毒品"]
        );
        assert_eq!(subjects_of("警方共缴获约3公斤涉嫌毒品。"), ["涉嫌毒品"]);
        // A hedge that is the predicate (怀疑遭诈骗) names no thing.
        assert_eq!(subjects_of("有3名市民怀疑遭诈骗。"), ["市民"]);
    }

    #[test]
    fn a_clause_before_a_figure_de_phrase_is_no_part_of_its_subject() {
        assert_eq!(
            subjects_of("明年将在东坡村试办一个约800平方米的儿童乐园。"),
            ["儿童乐园面积"]
        );
        // A short phrase before it still names the measure.
        assert_eq!(
            subjects_of("全年接待游客50万人次的景区。"),
            ["景区接待游客"]
        );
    }

    /// Subjects of the sentence's date rows, in order.
    fn date_subjects_of(text: &str) -> Vec<String> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .facts
            .into_iter()
            .filter(|f| f.kind == Kind::Date)
            .map(|f| f.subject)
            .collect()
    }

    #[test]
    fn a_figure_with_parts_of_its_own_after_a_semicolon_is_a_whole_itself() {
        let subjects = subjects_of(
            "全县有家庭农场802家，其中示范场246家；有农业企业171家，其中龙头企业17家。",
        );
        assert_eq!(subjects[2], "有农业企业");
        assert!(!subjects[3].contains("家庭农场"), "{subjects:?}");
        // Parts after a semicolon with no parts of their own stay parts of the whole.
        let subjects = subjects_of("农业总产值30亿元，其中：种植业产值20亿元；林业3亿元。");
        assert_eq!(subjects[2], "林业产值");
    }

    #[test]
    fn people_counted_before_what_they_do_are_named_by_it() {
        assert_eq!(
            subjects_of("其中有1749人获批贷学金，22人获批特殊助学金。"),
            ["获批贷学金人数", "获批特殊助学金人数"]
        );
        assert_eq!(subjects_of("帮助2000人次就业。"), ["就业人次"]);
        // A traditional text writes the count's word so.
        let text = "受疫情影響停辦一年的毛豆文化祭活動回來了！農糧署輔導同業公會舉辦活動，\
                    預估有6至8千人參加。";
        assert_eq!(subjects_of(text)[1], "參加人數");
        // A comparison after the count is no predicate of theirs; a noun after it is
        // the counted thing.
        assert_eq!(subjects_of("全县共有学生1200人。"), ["学生"]);
        assert_ne!(
            subjects_of("出生数与上年同期的13万人相比减少。")[0],
            "相比人数"
        );
    }

    #[test]
    fn a_figure_after_a_verb_of_capacity_is_its_products_capacity() {
        assert_eq!(
            subjects_of("项目建成后年产1GW光伏组件。"),
            ["光伏组件年产能"]
        );
        assert_eq!(subjects_of("建设年产5万吨饲料项目。"), ["饲料项目年产能"]);
        assert_eq!(
            subjects_of("新建日处理300吨餐厨垃圾生产线。"),
            ["餐厨垃圾生产线日处理能力"]
        );
        // Output sold or made, not a capacity, keeps its own measure.
        assert_eq!(subjects_of("全年生产光伏组件1GW。"), ["生产光伏组件"]);
    }

    #[test]
    fn a_deadline_is_before_its_date_and_a_start_after_it() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let approx = |text: &str| -> Vec<Option<Approx>> {
            (ex.extract(text, Options::default()).facts.into_iter())
                .filter(|f| f.kind == Kind::Date)
                .map(|f| f.approx)
                .collect()
        };
        assert_eq!(
            approx("预计2022年12月前动工建设，2023年10月底之前完成设备安装。"),
            [Some(Approx::Lt), Some(Approx::Lt)]
        );
        assert_eq!(approx("2024年3月15日后恢复供水。"), [Some(Approx::Gt)]);
        assert_eq!(approx("预计2024年5月前后完工。"), [Some(Approx::Approx)]);
        // Since a year is a period's start, no bound.
        assert_eq!(approx("2020年以来累计投资5亿元。"), [None]);
    }

    #[test]
    fn a_bodys_day_before_a_release_dates_the_release() {
        assert_eq!(
            date_subjects_of("市统计局2024年3月5日公布，全市生产总值增长5%。"),
            ["市统计局公布"]
        );
        // After a dateline's space the body alone.
        assert_eq!(
            date_subjects_of("本报2024年3月5日电 市统计局2024年3月5日发布，全市生产总值增长5%。")
                [1],
            "市统计局发布"
        );
        // A festival named 祭 is the event its day dates.
        assert_eq!(
            date_subjects_of("农业局2023年12月10日在旗山区举办毛豆文化祭。"),
            ["毛豆文化祭"]
        );
    }

    #[test]
    fn a_streak_is_its_owners_and_hands_no_lead_to_the_next_sentence() {
        assert_eq!(subjects_of("全县出口额连续5个月增长。"), ["出口额连续增长"]);
        // A pronoun or a time word owns no streak.
        assert_eq!(subjects_of("我们连续3年直播带货。"), ["连续直播带货"]);
        assert_eq!(
            subjects_of("今年以来连续6个月人口负增长。"),
            ["连续人口负增长"]
        );
        // The streak opens the lead sentence; its parts after 当中 take the measure of its
        // first amount, and an average per day written 平均每日 keeps the measure.
        let text = "全市垃圾弃置量连续3年下降，去年为385万吨，平均每日1.05万吨，\
                    较上年减少3.4%。当中废塑料减少11.1%、厨余减少6.0%。";
        assert_eq!(
            subjects_of(text)[2..],
            [
                "垃圾弃置量平均",
                "垃圾弃置量平均减少",
                "废塑料弃置量减少",
                "厨余弃置量减少"
            ]
        );
    }

    #[test]
    fn products_after_a_whole_that_grew_take_its_measure() {
        let text = "多种主要工业产品产量大幅增长，其中：变压器2828万千伏安，增长44.9%；\
                    塑料制品4463吨，增长27.5%。";
        assert_eq!(
            subjects_of(text),
            [
                "变压器产量",
                "变压器产量增长",
                "塑料制品产量",
                "塑料制品产量增长"
            ]
        );
    }

    #[test]
    fn spending_broken_down_by_purpose_names_each_purposes_spending() {
        // Parts after 其中 and parts in a bracket right after the whole, named by an
        // activity jieba tags as a verb (教育, 低保), take the whole's 支出.
        assert_eq!(
            subjects_of("全县财政支出20亿元，其中教育3.2亿元，卫生健康1.5亿元。")[1..],
            ["教育支出", "卫生健康支出"]
        );
        assert_eq!(
            subjects_of("全年救助资金支出900万元（城市低保300万元；临时救助60万元）。")[1..],
            ["城市低保支出", "临时救助支出"]
        );
        // A component the whole includes is no part named by the whole's measure.
        assert_eq!(
            subjects_of("项目总投资5亿元（含土地费用1亿元）。")[1],
            "含土地费用"
        );
        // A trade flow under a total stays a measure of its own.
        assert_eq!(
            subjects_of("全年出口总额50亿元，其中机电产品出口20亿元。")[1],
            "机电产品出口"
        );
    }

    #[test]
    fn a_year_opening_its_clause_dates_the_event_its_doer_does() {
        assert_eq!(
            date_subjects_of("借此东风，2010年甘德县肉牛产业开始试点示范，到全县建成合作社30个。"),
            ["甘德县肉牛产业开始试点示范"]
        );
        // A period names no event so; a year with a figure in its clause dates its measure.
        let subjects = date_subjects_of("1-8月份，全市经济延续恢复态势。");
        assert!(subjects.iter().all(|s| s.is_empty()), "{subjects:?}");
        assert_eq!(
            date_subjects_of("借此东风，2010年甘德县肉牛出栏3万头。"),
            ["甘德县肉牛出栏"]
        );
    }

    #[test]
    fn a_day_opening_a_sentence_dates_the_publication_the_next_clause_tells() {
        assert_eq!(
            date_subjects_of("本报讯 11月3日，市统计局发布消息称，全市经济稳中有进。"),
            ["市统计局发布消息"]
        );
        assert_eq!(
            date_subjects_of("5月8日，省商务厅公布一季度外贸数据。")[0],
            "省商务厅公布一季度外贸数据"
        );
        // Another verb after the doer keeps its own event.
        assert_eq!(date_subjects_of("6月18日，记者来到某村采访。"), ["采访"]);
    }

    #[test]
    fn a_count_before_a_verb_and_noun_compound_counts_the_compound() {
        // 就业/v 岗位/n and 示范/v 基地/n are nouns after a count: the thing counted.
        assert_eq!(
            subjects_of("新厂投产后可提供2000个以上就业岗位。"),
            ["就业岗位"]
        );
        assert_eq!(
            subjects_of("该乡已经建成8个产业示范基地。"),
            ["产业示范基地"]
        );
        // After a measure the verb is what the land or money is for; after a one-char
        // noun it is the predicate.
        assert_ne!(subjects_of("拟流转土地3000亩种植中药。"), ["种植中药"]);
        assert_eq!(subjects_of("全县有6个村发展特色产业。"), ["村"]);
        // Counts of cases too (宗, 件), and a noun + verb closing the clause after them.
        assert_eq!(
            subjects_of("某公署今年共接获4228宗投诉个案。"),
            ["投诉个案"]
        );
        assert_eq!(subjects_of("今年共受理300宗市民投诉。"), ["市民投诉"]);
        // Not after a count of other items: the verb is the clause's predicate.
        assert_ne!(subjects_of("全县有12家企业参加。"), ["企业参加"]);
    }

    #[test]
    fn a_group_summary_hands_on_the_measure_after_its_time() {
        // A、B、C三个行业1-4月零售额分别…: each item's 零售额, the last one's too.
        assert_eq!(
            subjects_of("批发、住宿、餐饮三个行业1-4月零售额分别完成7.9亿元、0.5亿元和0.4亿元。"),
            ["批发零售额", "住宿零售额", "餐饮零售额"]
        );
        // A summary without a time after it names the group; its nouns are no measure.
        assert_eq!(
            subjects_of(
                "新材料、装备制造、生物医药三大主导产业分别实现产值86亿元、54亿元和31亿元。"
            ),
            ["新材料产值", "装备制造产值", "生物医药产值"]
        );
    }

    #[test]
    fn a_kind_of_business_qualifies_its_attribute_and_owns_nothing_after_it() {
        // 主营业务 of 主营业务收入 is no owner of the profit after it.
        assert_eq!(
            subjects_of("实现主营业务收入43.68亿元；实现利润总额1.66亿元。"),
            ["主营业务收入", "利润总额"]
        );
        // A sector still owns the attribute after its measure (农业产值…，增加值…).
        assert_eq!(
            subjects_of("全县农业产值12亿元，增加值8亿元。"),
            ["农业产值", "农业增加值"]
        );
    }

    #[test]
    fn a_measure_of_two_words_owns_nothing_but_the_words_before_it() {
        // 建筑面积 and 用地面积 are one measure each: 建筑 is no owner of the investment.
        assert_eq!(
            subjects_of("总建筑面积3.4万平方米，总投资3亿元。"),
            ["总建筑面积", "总投资"]
        );
        assert_eq!(
            subjects_of("物流园用地面积200亩，投资1亿元。"),
            ["物流园用地面积", "物流园投资"]
        );
        // A business kind before the profit names none of the firms' other totals.
        let s = subjects_of("规模以上工业企业主营业务收入80亿元，利润总额6亿元。");
        assert_eq!(s[1], "规模以上工业企业利润总额");
    }

    #[test]
    fn a_measure_telling_its_record_is_the_topic_of_the_figures_after_it() {
        // The clause before 达 names the measure and its record: not the previous figure's.
        let s = subjects_of(
            "棉花产量1.7万吨，同比增长7.8%；玉米种植面积创新高，达2.3万亩，同比增长12%，产量达5.6万吨。",
        );
        assert_eq!(s[2..], ["玉米种植面积", "玉米种植面积同比增长", "玉米产量"]);
        let s = subjects_of("棉花产量1.7万吨；全县粮食总产量再创新高，达到12.5万吨。");
        assert_eq!(s[1], "粮食总产量");
        // A bare attribute's record (出口创新高) still hands on the previous measure.
        let s = subjects_of("出口值310亿美元，出口创历年单月新高，年增率26.9%。");
        assert_eq!(s[1], "出口值年增率");
    }

    #[test]
    fn items_counted_in_brackets_before_a_total_count_what_it_counts() {
        assert_eq!(
            subjects_of("完成青山养老院(80张)、绿水敬老院(48张)共计128张护理床位改造。"),
            [
                "青山养老院护理床位改造",
                "绿水敬老院护理床位改造",
                "护理床位改造"
            ]
        );
        // Without a total the items keep their names.
        assert_eq!(
            subjects_of("其中青山镇(80张)、绿水乡(48张)。"),
            ["青山镇", "绿水乡"]
        );
    }

    #[test]
    fn a_list_whose_last_item_holds_the_joiner_splits_there() {
        // The joiner right after the ending every other item has (类) splits the last
        // item; the joiners inside items (及) split nothing.
        assert_eq!(
            subjects_of("其中，食品烟酒类、生活用品及服务类、医疗保健类和其他用品及服务类价格分别上涨3.5%、4.1%、13.9%和0.5%。"),
            [
                "食品烟酒类价格上涨",
                "生活用品及服务类价格上涨",
                "医疗保健类价格上涨",
                "其他用品及服务类价格上涨"
            ]
        );
        // A last item joined by its own joiner (食物及非酒精饮品) lends no tail.
        let s = subjects_of("教育、衣履和食物及非酒精饮品分别上升9.9%、4.6%及2.5%。");
        assert!(
            s.iter()
                .all(|p| !p.contains("非酒精饮品上升") || p.starts_with("食物")),
            "{s:?}"
        );
    }

    #[test]
    fn parts_of_a_frame_of_units_count_the_units() {
        assert_eq!(
            subjects_of(
                "2013年末，在法人单位中，位居前两位的行业是：制造业1506个，占39.1%；建筑业665个。"
            ),
            ["制造业法人单位", "制造业法人单位占比", "建筑业法人单位"]
        );
        // A frame of a group (在全市企业中) is none: the part stays as it is.
        assert_eq!(
            subjects_of("在全市规上企业中，制造业企业1506家。"),
            ["制造业企业"]
        );
        // Shares of the frame's units are theirs, whatever the length of the part's
        // name; a part ending with the units' head (内资单位 of 法人单位) names them.
        assert_eq!(
            subjects_of(
                "在工业法人单位从业人员中，采矿业占0.3%，电力、热力、燃气及水生产和供应业占6.1%，内资单位占97%。"
            ),
            [
                "采矿业从业人员占比",
                "电力、热力、燃气及水生产和供应业从业人员占比",
                "内资单位从业人员占比",
            ]
        );
        assert_eq!(
            subjects_of("在法人单位中，内资单位1481个，占97.6%。"),
            ["内资单位", "内资单位占比"]
        );
    }

    #[test]
    fn a_count_before_a_relative_clause_counts_its_head() {
        assert_eq!(
            subjects_of("某署去年共接获512宗涉及网上购物的投诉。"),
            ["投诉"]
        );
        assert_eq!(subjects_of("全县建成26个覆盖城乡的充电站。"), ["充电站"]);
        // Not after a measure: the clause is what the land is for.
        assert_ne!(subjects_of("流转土地300亩种植药材的合作社。"), ["合作社"]);
    }

    #[test]
    fn words_two_rules_hand_on_twice_are_said_once() {
        assert_eq!(
            subjects_of("一季度完成对外承包工程营业额22.7亿美元，增长21.1%。"),
            ["对外承包工程营业额", "对外承包工程营业额增长"]
        );
        assert_eq!(
            subject::without_doubled("第二产业同比同比下降"),
            "第二产业同比下降"
        );
        assert_eq!(subject::without_doubled("2020年2020"), "2020年2020");
    }

    #[test]
    fn a_bare_measure_before_owns_no_measure_after_it() {
        // 营业收入 is one measure: 营业 is no owner of the 利润总额 listed after it.
        assert_eq!(
            subjects_of("全年实现营业总收入52亿元、利润总额6亿元。"),
            ["营业总收入", "利润总额"]
        );
        assert_eq!(
            subjects_of("公司实现营业收入52亿元，利润总额6亿元。"),
            ["公司营业收入", "公司利润总额"]
        );
        assert_eq!(
            subjects_of(
                "集团总资产96亿元，净资产41亿元，2031年实现销售收入88亿元，利润总额5亿元。"
            ),
            ["集团总资产", "集团净资产", "销售收入", "利润总额"]
        );
    }

    #[test]
    fn price_categories_under_a_price_lead_are_prices() {
        assert_eq!(
            subjects_of(
                "全县居民消费价格比上年上涨1.5%。分类别看，食品烟酒上涨3.1%，衣着下降0.4%。"
            ),
            ["居民消费价格比上年上涨", "食品烟酒价格上涨", "衣着价格下降"]
        );
    }

    #[test]
    fn listed_figures_of_a_group_take_its_members_in_order() {
        assert_eq!(
            subjects_of("三次产业对全县经济增长的贡献率分别为5%、40%和55%。"),
            [
                "第一产业对全县经济增长的贡献率",
                "第二产业对全县经济增长的贡献率",
                "第三产业对全县经济增长的贡献率"
            ]
        );
        // As many figures as members only: a ratio or a lone figure keeps the group.
        assert_eq!(
            subjects_of("三次产业增加值占比分别为12%和88%。"),
            ["三次产业增加值占比", "三次产业增加值占比"]
        );
    }

    #[test]
    fn a_doer_and_the_verb_a_preposition_marks_after_a_lone_date() {
        // 将 or 被 with the object or the agent between the doer and the verb.
        assert_eq!(
            date_subjects_of("2023年5月8日，县税务局将该案移送至县法院审理。"),
            ["县税务局移送至县法院审理"]
        );
        assert_eq!(
            date_subjects_of("2019年6月，青山镇被省农业厅确定为试点镇。"),
            ["青山镇确定为试点镇"]
        );
        // Not for a year: it is the period of what follows.
        let years = date_subjects_of("2019年，青山镇被省农业厅确定为试点镇。");
        assert!(years.iter().all(String::is_empty), "{years:?}");
    }

    #[test]
    fn a_short_predicate_closing_a_days_clause_is_its_event() {
        // The words closing the clause right after a day or month, holding a verb.
        assert_eq!(
            date_subjects_of("3月5日开始报名，3月20日截止。"),
            ["开始报名", "截止"]
        );
        assert_eq!(
            date_subjects_of("新厂房将于明年5月全面动工。"),
            ["新厂房全面动工"]
        );
        // A year word between the particle and the date belongs to the date.
        assert_eq!(
            date_subjects_of("该生产线于今年3月8日正式投产。"),
            ["该生产线正式投产"]
        );
        // A start jieba tags a verbal noun (启动/vn) is an event too (subject.event_verb;
        // session 58: 2014年启动一期工程 on a real page). A year's noun phrase is none.
        assert_eq!(
            date_subjects_of("二期计划2031年启动建设，总投资6亿元。"),
            ["启动建设"]
        );
        assert_eq!(
            date_subjects_of("全县2031年人口总量，预计达到60万人。"),
            [""]
        );
    }

    #[test]
    fn a_date_after_or_before_a_copula_is_its_noun_phrase() {
        // The phrase before 为/是 right before the date is what the date is the value of.
        assert_eq!(
            date_subjects_of("本次调查的标准时点为2020年11月1日，调查对象是全部住户共500户。"),
            ["调查的标准时点"]
        );
        // The phrase after 是 right after the date is what it is; an event noun before 的
        // (从事…活动的单位) is an attribute, no event.
        let text = "2019年末，全市共有从事第三产业活动的法人单位3200个，比2014年末(2014年是\
                    第二次全国农业普查年份,下同)增加800个。";
        assert_eq!(date_subjects_of(text), ["", "", "第二次全国农业普查年份"]);
    }

    #[test]
    fn a_date_dates_the_events_of_its_own_clause_or_the_verb_its_particle_joins() {
        // An event noun of a later clause is none of the date's.
        let d = date_subjects_of("5月20日市委召开会议，要求各校开展读书活动，涉及学校30所。");
        assert_eq!(d, ["会议"]);
        let d = date_subjects_of("5月20日某局下达方案，要求各校开展读书活动，涉及学校30所。");
        assert_ne!(d, ["读书活动"]);
        // The next clause's when the date's own holds nothing else; not after a cut-off.
        assert_eq!(
            date_subjects_of("今年7月份，某公司举办招聘会，提供岗位300个。"),
            ["招聘会"]
        );
        assert_ne!(
            date_subjects_of("截至10月中旬，全市主要节庆为丰收节，游客3万人次。"),
            ["丰收节"]
        );
        // A verb a particle joins to the date is the event its name does.
        assert_eq!(
            date_subjects_of("水泥厂始建于1992年，现有职工300人。"),
            ["水泥厂始建"]
        );
        // An event jieba tags as a noun (签订协议/n), and verbal nouns closing the clause
        // as the object of the verb before them.
        assert_eq!(
            date_subjects_of("去年3月签订协议，9月开工建设，总投资5亿元。"),
            ["签订协议", "开工建设"]
        );
        assert_eq!(
            date_subjects_of("6月3日，省专家组在某县调研并开展特色区域评审工作，涉及企业20家。"),
            ["开展特色区域评审工作"]
        );
    }

    #[test]
    fn days_take_the_release_dates_year_when_the_heads_years_disagree() {
        // The head names two other years (the figures of a past span), the release date
        // its own.
        let text = "調升學校津貼\n\n2013-08-20\n\n\
                    【某社澳門8月19日電】特區政府公報19日刊登批示，津貼由9月1日起調升。\
                    教育投入從2002年的10億元增加到2012年的33億元。\n";
        let got = date_values(text);
        assert!(
            got.contains(&("9月1日".into(), "2013-09-01".into())),
            "{got:?}"
        );
        assert!(
            got.contains(&("8月19日".into(), "2013-08-19".into())),
            "{got:?}"
        );
    }

    #[test]
    fn a_date_dates_a_listing_or_a_completion_jieba_tags_otherwise() {
        // 上市 comes as a place (上市/ns), 竣工 as a noun.
        let got = date_subjects_of("预计首批辣椒5月上市。");
        assert!(got.iter().any(|p| p.starts_with("上市")), "{got:?}");
        assert_eq!(date_subjects_of("该项目2024年3月竣工。"), vec!["竣工"]);
    }

    #[test]
    fn a_date_dates_events_jieba_tags_as_nouns_and_what_was_learnt() {
        // Events jieba tags as nouns or abbreviations (投入使用/n, 建成投产/j: `subject.
        // event_verb`) are what a date before them dates.
        assert_eq!(
            date_subjects_of("新建的二号教学楼预计今年10月投入使用。"),
            ["投入使用"]
        );
        assert_eq!(
            date_subjects_of("某光伏项目计划2026年6月底前建成投产。"),
            ["建成投产"]
        );
        // A date in a clause closed by the reporter's learning dates the release.
        assert_eq!(
            date_subjects_of("本报讯 5月9日从某县林业局获悉，全县新造林地3000亩。"),
            ["发布"]
        );
        assert_eq!(date_subjects_of("某商场于今年5月开业。"), ["某商场开业"]);
        // Before a figure 完成 still links a measure, no deadline of its own.
        assert_eq!(date_subjects_of("全县今年6月完成投资3亿元。"), ["完成投资"]);
    }

    #[test]
    fn a_date_before_a_starting_verb_dates_the_started_event() {
        // The tail verb 开始 with the verb it opens is the event, also after a clause of
        // agency and plan words.
        assert_eq!(
            date_subjects_of("某县政府争取专项建设经费，2022年底开始施作某排水工程。"),
            ["开始施作"]
        );
        assert_eq!(date_subjects_of("去年4月开始施作。"), ["开始施作"]);
    }

    #[test]
    fn a_day_restating_today_dates_the_predicate_of_its_clause() {
        let head = "发布时间：2025年12月09日\n";
        let got = date_subjects_of(&format!(
            "{head}某局局长今天（9日）发表网志，谈及行业前景。"
        ));
        assert_eq!(got[1], "发表网志");
        let got = date_subjects_of(&format!(
            "{head}某议员今日(9日)就有关安排向某局提出书面质询。"
        ));
        assert_eq!(got[1], "书面质询");
    }

    #[test]
    fn a_joiner_inside_quotes_splits_no_respectively_list() {
        let s = subjects_of("对“旅游业”及“批发及零售业”的贷款则分别录得3.0%及1.5%的跌幅。");
        assert_eq!(s, ["“旅游业”的贷款", "“批发及零售业”的贷款"]);
    }

    #[test]
    fn a_deadline_dates_the_task_achieved_after_it() {
        assert_eq!(
            date_subjects_of("区里要求各街道在6月30日前完成征地任务。"),
            ["完成征地任务"]
        );
        // A verb of achieving alone names no event.
        assert_eq!(date_subjects_of("区里要求各街道在6月30日前完成。"), [""]);
    }

    #[test]
    fn a_venue_after_the_date_is_no_part_of_the_event() {
        assert_eq!(
            date_subjects_of("消防培训于4月27日在县委党校举行。"),
            ["消防培训举行"]
        );
        assert_eq!(
            date_subjects_of("招商推介会将于5月18日在市会展中心召开。"),
            ["招商推介会"]
        );
    }

    #[test]
    fn a_date_after_from_dates_what_takes_effect() {
        assert_eq!(
            date_subjects_of("新的补贴标准由7月1日起生效。"),
            ["新的补贴标准生效"]
        );
        // A date the particle makes a base of a change dates no phrase after it.
        assert_eq!(
            date_subjects_of("该县排名由一季度的第9位上升到第3位。"),
            [""]
        );
    }

    #[test]
    fn a_level_after_a_rise_or_fall_is_the_measure_without_it() {
        assert_eq!(
            subjects_of("乙县游客升3%，至20万人次。"),
            ["乙县游客升", "乙县游客"]
        );
        assert_eq!(
            subjects_of("丙县人口降2%，至30万人。"),
            ["丙县人口降", "丙县人口"]
        );
    }

    #[test]
    fn a_short_part_of_a_whole_counts_what_the_whole_head_names() {
        assert_eq!(
            subjects_of("全区有在编教师5000人，其中小学2000人、初中1800人。")[1..],
            ["小学教师", "初中教师"]
        );
        // A part counted by an item classifier names those items itself.
        assert_eq!(
            subjects_of("全县现有医疗机构300个，其中村卫生室200个。")[1],
            "村卫生室"
        );
        // A part that is a verb alone counts the whole's items, classifier or not.
        assert_eq!(
            subjects_of("全县建成公共充电桩326个，其中新增120个、改造50个。")[1..],
            ["新增充电桩", "改造充电桩"]
        );
    }

    #[test]
    fn a_declared_short_form_names_its_organisation_later() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let text = "某日，福建三明钢铁股份有限公司（以下简称“三明钢铁”）发布年报。\n\
                    三明钢铁全年营业收入120亿元。";
        let x = ex.extract(text, Options::default());
        let ents: Vec<(&str, EntityType)> = (x.entities.iter())
            .map(|e| (e.text.as_str(), e.ty))
            .collect();
        assert!(ents.contains(&("三明钢铁", EntityType::Org)), "{ents:?}");
        assert!(!ents.iter().any(|e| e.0 == "三明"), "{ents:?}");
        // Its canonical name is the full name it was declared for.
        let short = x.entities.iter().find(|e| e.text == "三明钢铁").unwrap();
        assert_eq!(short.canonical, "福建三明钢铁股份有限公司");
        // Without the declaration the short form's place stays a place.
        let x = ex.extract(
            &text.replacen("（以下简称“三明钢铁”）", "", 1),
            Options::default(),
        );
        assert!(!x.entities.iter().any(|e| e.text == "三明钢铁"));
    }

    #[test]
    fn project_names_do_not_run_across_dates() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let x = ex.extract("力争三季度末新开工项目不少于20个。", Options::default());
        assert!(x.entities.is_empty(), "{:?}", x.entities);
        let x = ex.extract("中电农创150MW风力发电项目开工。", Options::default());
        assert_eq!(x.entities[0].text, "中电农创150MW风力发电项目");
    }

    #[test]
    fn time_frames_after_the_duration_are_not_durations() {
        let facts = |t: &str| -> Vec<(String, String)> {
            let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
            ex.extract(t, Options::default())
                .facts
                .into_iter()
                .map(|f| (f.text, f.subject))
                .collect()
        };
        // The frame is no fact, and what it measures still owns the change after it.
        assert_eq!(
            facts("全市社会消费品零售总额两年平均增长6.5%。"),
            [("6.5%".into(), "社会消费品零售总额两年平均增长".into())]
        );
        assert_eq!(facts("五年来，全镇新修道路36公里。")[0].0, "36公里");
        let texts: Vec<String> = facts("比前两年同期多出8天。")
            .into_iter()
            .map(|r| r.0)
            .collect();
        assert_eq!(texts, ["8天"]);
        // A duration that is the figure itself stays.
        assert_eq!(facts("建设工期两年。")[0].0, "两年");
    }

    #[test]
    fn vague_amounts_are_ranges_or_bounds() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let got: Vec<(String, String, Option<String>, Option<Approx>)> = ex
            .extract(
                "吸引数百人参加，几十个项目落地，接待游客上万人次。",
                Options::default(),
            )
            .facts
            .into_iter()
            .map(|f| {
                let v = |v: Value| match v {
                    Value::Num(d) => d.normalize().to_string(),
                    Value::Date(s) | Value::Terms(s) => s,
                };
                (f.text, v(f.value), f.value_max.map(v), f.approx)
            })
            .collect();
        let want = [
            ("数百人", "200", Some("900"), Some(Approx::Range)),
            ("几十个", "20", Some("90"), Some(Approx::Range)),
            ("上万人次", "10000", None, Some(Approx::Gt)),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(t, v, m, a)| (t.to_string(), v.to_string(), m.map(str::to_string), *a))
            .collect();
        assert_eq!(got, want);
        // 上 before a digit is no vague word (上3个月 is the last three months).
        assert_eq!(rows("上3个月完成投资2亿元。")[0].0, "3个月");
    }

    #[test]
    fn captions_and_plan_names_state_no_figures() {
        assert!(rows("图2：2019-2025年全县粮食产量及增长速度\n").is_empty());
        assert!(rows("表3-1 2025年各乡镇耕地面积（单位：亩）\n").is_empty());
        // Words that merely start with 图 or 表 open no caption.
        assert_eq!(rows("表彰先进集体15个。")[0].0, "15个");
        // A duration that names a plan is no figure; the plan's investment is.
        let r = rows("全面实施五年规划，乡村振兴三年行动计划投资30亿元。");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "30亿元");
    }

    #[test]
    fn one_unit_a_figure_is_per_is_no_figure() {
        let texts: Vec<String> = rows("他家一亩地能产1500斤玉米，一吨可卖三千元。")
            .into_iter()
            .map(|r| r.0)
            .collect();
        assert_eq!(texts, ["1500斤", "三千元"]);
        // Written in digits, with more than one unit, or standing alone: figures.
        let r = rows("试种1亩地产出300斤。");
        assert_eq!((r[0].0.as_str(), r.len()), ("1亩", 2));
        assert_eq!(rows("流转土地两亩用于育苗3个月。")[0].0, "两亩");
        assert_eq!(rows("新建鱼塘一亩，投放鱼苗。")[0].0, "一亩");
        // A price after one unit in digits: 1公斤 says per what.
        let r = rows("去年外销价1公斤200元，今年1公斤只有130元。");
        let texts: Vec<&str> = r.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["200元", "130元"]);
    }

    #[test]
    fn numerals_that_start_words_are_no_counts() {
        // 零 alone before a classifier, terms of the user dictionary, anniversaries.
        assert!(rows("园区引进零部件企业。全市零售网点密布。").is_empty());
        assert!(rows("三次产业结构持续优化。").is_empty());
        let r = rows("喜迎建厂60周年，全厂职工达1200人。");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "1200人");
        // 零 inside a longer numeral is a digit.
        assert_eq!(rows("新增就业一千零五人。")[0].0, "一千零五人");
    }

    #[test]
    fn rose_after_a_figure_is_no_litre() {
        // 升至 after an index value is the verb; litres are still read before 至 ranges.
        let r = measures("信心指数由上月的48.2升至51.6，景气指数由47升到50.3。");
        assert!(r.iter().all(|x| x.2 != "m3"), "{r:?}");
        let r = measures("每户每日供水200至300升。");
        assert_eq!(r.len(), 1, "{r:?}");
        assert!(r[0].2.starts_with("m3"), "{r:?}");
    }

    #[test]
    fn wheel_counts_of_vehicle_names_are_no_counts() {
        // A vehicle named by its wheels (dict.txt) counts no rounds; its fleet does.
        let r = rows("该区投放共享二轮车800辆，兩輪電動車登记量上升。");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, "800辆");
        // Rounds of talks stay a count.
        assert_eq!(rows("双方举行了两轮磋商。")[0].0, "两轮");
    }

    #[test]
    fn time_frames_are_not_durations() {
        let texts: Vec<String> =
            rows("过去五年，全县新建学校12所。未来三年将投资30亿元。项目工期3年。")
                .into_iter()
                .map(|r| r.0)
                .collect();
        assert_eq!(texts, ["12所", "30亿元", "3年"]);
    }

    /// (text, value, subject, period) of every fact of `text`.
    fn table_rows(text: &str) -> Vec<[String; 4]> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .facts
            .into_iter()
            .map(|f| {
                let v = match f.value {
                    Value::Num(d) => d.normalize().to_string(),
                    Value::Date(s) | Value::Terms(s) => s,
                };
                [f.text, v, f.subject, f.period]
            })
            .collect()
    }

    fn owned(rows: &[[&str; 4]]) -> Vec<[String; 4]> {
        rows.iter().map(|r| r.map(str::to_string)).collect()
    }

    #[test]
    fn table_rows_read_by_column() {
        let text = "类别 项目数（个） 完成投资（亿元） 增速(%)\n产业项目 58 98.2 12.5\n基础设施 41个 52.3亿元 8.1\n全年完成投资176.9亿元。";
        let expect = [
            ["58", "58", "产业项目数", ""],
            ["98.2", "9820000000", "产业项目完成投资", ""],
            ["12.5", "12.5", "产业项目增速", ""],
            ["41个", "41", "基础设施项目数", ""],
            ["52.3亿元", "5230000000", "基础设施完成投资", ""],
            ["8.1", "8.1", "基础设施增速", ""],
            ["176.9亿元", "17690000000", "完成投资", ""],
        ];
        assert_eq!(table_rows(text), owned(&expect));
    }

    #[test]
    fn year_columns_and_units_in_row_labels() {
        let text = "指标 2025年 2024年 增长(%)\n粮食产量（万吨） 27.5 26.1 5.4\n";
        let expect = [
            ["27.5", "275000", "粮食产量", "2025"],
            ["26.1", "261000", "粮食产量", "2024"],
            ["5.4", "5.4", "粮食产量增长", ""],
        ];
        assert_eq!(
            table_rows(text),
            owned(&expect),
            "the header's years are no figures"
        );
    }

    #[test]
    fn spaced_prose_is_no_table() {
        // Two cells, or punctuation: not a header, so bare numbers stay bare.
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let x = ex.extract("项目 投资（亿元）\n产业 98.2\n", Options::default());
        assert!(x.facts.is_empty(), "{:?}", x.facts);
        let x = ex.extract(
            "类别，项目数 完成投资（亿元） 增速\n产业项目 58 98.2 12.5",
            Options::default(),
        );
        assert!(x.facts.is_empty(), "{:?}", x.facts);
    }

    #[test]
    fn period_from_the_nearest_year_before_the_figure() {
        let r = rows(
            "2026年3月1日发布。2025年，全县完成投资12亿元；今年计划投资15亿元，比2020年增长30%。",
        );
        assert_eq!(
            r[0],
            ("12亿元".into(), "2025".into()),
            "the sentence's date"
        );
        assert_eq!(r[1], ("15亿元".into(), "2026".into()), "今年 comes later");
        assert_eq!(
            r[2],
            ("30%".into(), "2026".into()),
            "比2020年 is a comparison base"
        );
    }

    #[test]
    fn a_comparison_base_figure_is_dated_by_its_base_year() {
        let r = rows(
            "2026年3月1日发布。2025年全县蔬菜产量8.6万吨，比上年的8.1万吨增加0.5万吨；\
             优质率91.2%，较去年同期的88.5%提高2.7个百分点，较2020年的80%提高11.2个百分点。",
        );
        let period = |t: &str| r.iter().find(|(x, _)| x == t).map(|(_, p)| p.clone());
        assert_eq!(period("8.6万吨").as_deref(), Some("2025"));
        assert_eq!(period("8.1万吨").as_deref(), Some("2024"), "{r:?}");
        assert_eq!(
            period("0.5万吨").as_deref(),
            Some("2025"),
            "the change is this year's"
        );
        assert_eq!(period("88.5%").as_deref(), Some("2024"), "{r:?}");
        assert_eq!(period("80%").as_deref(), Some("2020"), "{r:?}");
        assert_eq!(period("11.2个百分点").as_deref(), Some("2025"));
    }

    #[test]
    fn the_trace_records_what_extraction_did() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let mut trace = Trace::default();
        let text = "天气晴朗。过去五年，全县新建学校12所。";
        let x = ex.extract_traced(text, None, Options::default(), Some(&mut trace));
        assert_eq!(x.facts, ex.extract(text, Options::default()).facts);
        let [first, second] = &trace.sentences[..] else {
            panic!("{trace:?}")
        };
        assert!(first.tokens.is_none() && first.candidates.is_empty());
        let verdicts: Vec<(&str, Verdict)> = second
            .candidates
            .iter()
            .map(|c| (c.text.as_str(), c.verdict))
            .collect();
        assert_eq!(
            verdicts,
            [
                (
                    "五年",
                    Verdict::Rejected("time frame of other figures (figure.time_frame)")
                ),
                ("12所", Verdict::Taken)
            ]
        );
        assert!(second.tokens.as_ref().is_some_and(|t| !t.is_empty()));
        assert_eq!(second.facts, x.facts);
    }

    #[test]
    fn lone_shi_is_the_verb() {
        assert!(rows("小明拾起石子。").is_empty());
        assert_eq!(rows("全年查处环境违法案件46起。")[0].0, "46起");
    }

    #[test]
    fn traditional_subjects_take_their_owner_like_simplified_ones() {
        let simplified = subjects_of("其中，第一产业增加值12.6亿元，增长3.5%；工业产值8亿元。");
        let traditional = subjects_of("其中，第一產業增加值12.6億元，增長3.5%；工業產值8億元。");
        assert_eq!(simplified[1], "第一产业增加值增长");
        assert_eq!(traditional[1], "第一產業增加值增長");
        assert_eq!(traditional.len(), simplified.len());
    }

    #[test]
    fn traditional_text_reads_like_simplified() {
        let r = rows("全縣從業人員約1.2萬人。");
        assert_eq!(r[0].0, "約1.2萬人");
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let f = &ex
            .extract("全縣從業人員約1.2萬人。", Options::default())
            .facts[0];
        assert_eq!(
            (f.subject.as_str(), f.approx),
            ("從業人員", Some(Approx::Approx))
        );
    }

    #[test]
    fn an_approximate_number_listed_before_a_figure_shares_its_unit() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let facts = ex
            .extract(
                "周六、周日游客分别为1800多和2600多人次。",
                Options::default(),
            )
            .facts;
        let got: Vec<(&str, &Value, &str, Option<Approx>)> = (facts.iter())
            .map(|f| (f.text.as_str(), &f.value, f.unit.as_str(), f.approx))
            .collect();
        let (approx, n) = (Some(Approx::Approx), |v: i64| Value::Num(Decimal::from(v)));
        assert_eq!(
            got,
            [
                ("1800多", &n(1800), "人次", approx),
                ("2600多人次", &n(2600), "人次", approx)
            ]
        );
        // Another approximation char after the next numeral: no shared unit.
        assert_eq!(rows("分别为1800多和2600余人次。").len(), 1);
    }

    #[test]
    fn about_before_a_verb_of_change_or_after_a_verb_ending_in_its_char() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let approx = |text: &str| -> Vec<(String, Option<Approx>)> {
            (ex.extract(text, Options::default()).facts.into_iter())
                .filter(|f| f.kind != Kind::Date)
                .map(|f| (f.text, f.approx))
                .collect()
        };
        let a = Some(Approx::Approx);
        // 约 before the verb of change approximates the change after it.
        assert_eq!(
            approx("全县社会消费品零售总额同比约增长9.3%。"),
            [("9.3%".to_string(), a)]
        );
        assert_eq!(
            approx("全市单位能耗约下降2.1%。"),
            [("2.1%".to_string(), a)]
        );
        // 供应 + 约: the verb ends in 应, 约 qualifies the figure (not 应约).
        assert_eq!(
            approx("新建水厂可供应约3万户居民用水。"),
            [("约3万户".to_string(), a)]
        );
        // 节约 stays a word: the saving is exact.
        assert_eq!(
            approx("全年共节约资金120万元。"),
            [("120万元".to_string(), None)]
        );
    }

    /// Subjects of the sentence's figures (dates left out), in order.
    fn texts_of(text: &str) -> Vec<String> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        (ex.extract(text, Options::default()).facts.into_iter())
            .map(|f| f.text)
            .collect()
    }

    fn subjects_of(text: &str) -> Vec<String> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .facts
            .into_iter()
            .filter(|f| f.kind != Kind::Date)
            .map(|f| f.subject)
            .collect()
    }

    #[test]
    fn a_persons_age_is_named_as_their_age() {
        // An age before 的 and a full name: the name is a person's, the age theirs.
        let text = "今年41岁的韩立春在合作社务工已有6年。";
        assert_eq!(subjects_of(text)[0], "韩立春年龄");
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let people: Vec<String> = (ex.extract(text, Options::default()).entities.into_iter())
            .filter(|e| e.ty == EntityType::Per)
            .map(|e| e.text)
            .collect();
        assert_eq!(people, ["韩立春"]);
        // An age a subject measures itself (平均寿命) or a group's threshold stays.
        assert_eq!(
            subjects_of("全乡居民平均寿命达到79.2岁。"),
            ["居民平均寿命"]
        );
        assert_eq!(
            subjects_of("全村65岁以上老人有48人。"),
            ["全村65岁以上老人"]
        );
    }

    #[test]
    fn index_values_are_facts_of_the_index_named_before_them() {
        let text = "全区工业企业景气指数118.6企业家信心指数121.3，基尼系数为0.42。\
                    某商品价格指数收于93.5点，较上周下跌0.8点。";
        assert_eq!(
            measures(text),
            [
                ("118.6".into(), "118.6".into(), "index".into()),
                ("121.3".into(), "121.3".into(), "index".into()),
                ("0.42".into(), "0.42".into(), "index".into()),
                ("93.5点".into(), "93.5".into(), "index".into()),
                ("0.8点".into(), "0.8".into(), "index".into()),
            ]
        );
        // The noun phrase after a value is the next index, not what the value measures.
        let got = subjects_of(text);
        assert_eq!(got[..3], ["工业企业景气指数", "企业家信心指数", "基尼系数"]);
        // A bare number after a word that names no index stays no fact.
        assert!(measures("全区企业景气状况118.6，得分为9.1。").is_empty());
    }

    #[test]
    fn a_change_against_the_year_before_written_out_is_the_change_of_the_measure() {
        // 上一年度 (上年度) alone before the change is its base, as 较上年 is.
        let got = subjects_of("全县共有足球场地65个，上一年度增长5个，增长率为8.33%。");
        assert_eq!(got, ["足球场地", "足球场地增长", "足球场地增长率"]);
        let got = subjects_of("全县共有排球场地32个，上年度增长2个。");
        assert_eq!(got[1], "排球场地增长");
    }

    #[test]
    fn a_steep_change_in_one_word_takes_the_measure_before() {
        let got = subjects_of("8月交通事故死亡人数200人，大降24%；受伤人数4万人，大增3%。");
        assert_eq!(
            got,
            [
                "交通事故死亡人数",
                "交通事故死亡人数大降",
                "受伤人数",
                "受伤人数大增"
            ]
        );
    }

    #[test]
    fn a_level_a_change_reached_after_wei_names_the_measure() {
        // 增为 (increased to) as 增至: the level is the measure; the figure before it,
        // after 由 and a word of the former state (原本), is of the owner before 由.
        let got = subjects_of("改建后桥面宽度由原本11米增为15米，长度由53米增为57.6米。");
        assert_eq!(got, ["改建后桥面宽度", "改建后桥面宽度", "长度", "长度"]);
        // A change's own rate after 为 keeps its change.
        let got = subjects_of("全年利润同比增长为12%。");
        assert_eq!(got, ["利润同比增长"]);
    }

    #[test]
    fn a_slope_band_qualifies_the_land_it_measures() {
        // The band's angles are no figures; they stay in the subject, 位于 goes.
        let got = subjects_of(
            "全县位于2度以下坡度的耕地8010公顷，占全县耕地的30%；位于6-15度（含6度）坡度的耕地4023公顷。",
        );
        assert_eq!(
            got,
            [
                "2度以下坡度的耕地",
                "2度以下坡度的耕地占全县耕地",
                "6-15度坡度的耕地"
            ]
        );
    }

    #[test]
    fn a_verb_closing_a_subject_takes_no_change_as_its_object() {
        // 死亡 after 甲县死亡…减少: the change is no object the verb left out.
        let got = subjects_of("甲县死亡133人，减少43人；乙县死亡81人，减少29人。");
        assert_eq!(
            got,
            ["甲县死亡", "甲县死亡减少", "乙县死亡", "乙县死亡减少"]
        );
        // An object it did leave out is taken (乙县新增企业).
        let got = subjects_of("甲县新增企业12户，乙县新增9户。");
        assert_eq!(got[1], "乙县新增企业");
    }

    #[test]
    fn a_subject_naming_nothing_takes_the_measure_before() {
        // A verb of expectation alone takes the measure of the figure before in its unit.
        let got =
            subjects_of("今年前三季度，某港口集装箱吞吐量达210万标箱，全年有望突破280万标箱。");
        assert_eq!(got[1], "某港口集装箱吞吐量");
        // The compared level with a change written after it is the measure; the change
        // after that level is the measure's change (微增 is a change word).
        // (Session 26: a comparison's base figure says it is the earlier one.)
        let got = subjects_of("去年全市共受理投诉3.2万宗，比前年的3.1万宗微增3.2%。");
        assert_eq!(got[1], "受理投诉比前年");
        assert_eq!(got[2], "受理投诉比前年微增");
        // An averaging word opens the change as a manner does (subject.change_manner):
        // the change of the measure before.
        let got = subjects_of("该县粮食产量12万吨，平均年增2.1%。");
        assert_eq!(got[1], "粮食产量平均年增");
        // A bare averaging word names the phrase after its run of figures; 年率化 is one
        // word (dict.txt), so the phrase reads whole.
        let got = subjects_of("该基金去年回报不俗，平均录得3%及4%年率化净回报。");
        assert_eq!(got, ["年率化净回报", "年率化净回报"]);
    }

    #[test]
    fn a_comparison_base_is_no_measure() {
        let got = subjects_of(
            "全县工业用电量增长6.2%，增速高于全市平均水平（2.1%）4.1个百分点，比1-6月回落2个百分点。",
        );
        // The bracketed figure is the base's, the gap after it the county's rate compared.
        assert_eq!(got[1], "工业用电量增速全市平均水平");
        assert_eq!(got[2], "工业用电量增速高于全市平均水平");
        // A later change of the rate is no change of the base.
        assert_eq!(got[3], "工业用电量增速回落");
        // A base naming its own rate takes the measure alone before it.
        let got = subjects_of("全区快递业务量增长12.5%，增速高于全省平均增速(8.3%)4.2个百分点。");
        assert_eq!(got[1], "快递业务量全省平均增速");
        // The comparison after a rate takes no room from the measure compared.
        let got = subjects_of("今年全县规上工业增加值增速落后于全省平均水平0.8个百分点。");
        assert_eq!(got[0], "规上工业增加值增速落后于全省平均水平");
        // Bases listed with their bracketed figures before 分别: each figure is its
        // base's rate, each gap the measure's rate compared with its own base.
        let got = subjects_of(
            "全县社会消费品零售总额增长6.5%，比全市（5.1%）和全省平均水平（4.8%）分别高1.4、1.7个百分点。",
        );
        assert_eq!(
            got[1..],
            [
                "社会消费品零售总额增速全市",
                "社会消费品零售总额增速全省平均水平",
                "社会消费品零售总额增速比全市高",
                "社会消费品零售总额增速比全省平均水平高",
            ]
        );
        // A rate the measure already names keeps its own rate word.
        let got = subjects_of("全区工业投资增长12%，增幅较全市(9%)、全省(7%)分别快3、5个百分点。");
        assert_eq!(got[4], "工业投资增幅较全省快", "{got:?}");
    }

    #[test]
    fn contributions_name_the_part_they_are_owed_to() {
        let got = subjects_of(
            "全县装备制造业增加值同比增长9.1%，对全县规模以上工业增长的贡献率为41.5%，拉动全县规模以上工业增加值增长3.2个百分点。",
        );
        // 对 opens the whole: the part is the figure's before.
        assert_eq!(got[1], "装备制造业增加值对全县规模以上工业增长的贡献率");
        // A pull phrase too long to keep whole still opens with its pull word.
        assert_eq!(got[2], "装备制造业增加值拉动全县规模以上工业增加值增长");
        // Pulls listed after 分别 belong to the items listed before.
        let got = subjects_of(
            "批发业、零售业销售额分别增长8.2%、6.4%，分别拉动全市限额以上批零业销售额增长3.1和1.9个百分点。",
        );
        assert_eq!(got[2], "批发业销售额拉动全市限额以上批零业销售额增长");
        assert_eq!(got[3], "零售业销售额拉动全市限额以上批零业销售额增长");
        // Each item's level and its change are one owner, not two (the pulls are not
        // shifted onto the next item).
        let got = subjects_of(
            "其中，甲产业增加值12亿元，增长3.0%；乙产业增加值30亿元，增长8.0%；丙产业增加值25亿元，增长5.5%，分别拉动全县经济增长0.5个、3.1个和1.8个百分点。",
        );
        assert_eq!(got[6], "甲产业增加值拉动全县经济增长");
        assert_eq!(got[7], "乙产业增加值拉动全县经济增长");
        assert_eq!(got[8], "丙产业增加值拉动全县经济增长");
    }

    #[test]
    fn a_bare_share_verb_after_respectively_gives_each_earlier_item_its_share() {
        // Items with their counts in clauses of their own, then 分别占 and the shares.
        let got = subjects_of(
            "全县工业企业中，采矿业5个，制造业120个，电力、热力、燃气及水生产和供应业8个，分别占3.8%、90.2%和6.0%。",
        );
        // (The opening clause is a frame of units counted: 企业 joins each item.)
        assert_eq!(
            got[3..],
            [
                "采矿业企业占比",
                "制造业企业占比",
                "电力、热力、燃气及水生产和供应业企业占比",
            ]
        );
    }

    #[test]
    fn month_on_month_changes_keep_their_comparison() {
        // 环比 tells a change from the year-on-year one; 同比 after it replaces it.
        let got = subjects_of(
            "全县养老保险参保人数达52.3万人，环比增加0.8万人，增长1.6%，同比增加3.1万人，增长6.3%。",
        );
        assert_eq!(
            got[1..],
            [
                "养老保险参保人数环比增加",
                "养老保险参保人数环比增长",
                "养老保险参保人数同比增加",
                "养老保险参保人数增长",
            ]
        );
    }

    #[test]
    fn changes_against_a_dated_base_after_respectively_keep_their_items() {
        // A second 分别 clause compared with a dated base hands its changes back to the
        // same items as the year-on-year clause before it, and names the base.
        let got = subjects_of(
            "全县累计完成客运量120万人次、货运量85万吨，同比分别下降6.5%和3.2%，比2019年同期分别下降20.1%和8.8%。",
        );
        assert_eq!(got[4], "客运量比2019年同期下降", "{got:?}");
        assert_eq!(got[5], "货运量比2019年同期下降", "{got:?}");
    }

    #[test]
    fn official_names_with_enumeration_commas_stay_whole() {
        // Cut from the left to keep a subject short: not inside the name.
        let got = subjects_of("全县居民服务、修理和其他服务业营业收入2.4亿元。");
        assert_eq!(got, ["居民服务、修理和其他服务业营业收入"]);
        // After an item with its own figure: the 、 inside the name ends no clause.
        let got = subjects_of("住宿和餐饮业增长2.1%、交通运输、仓储和邮政业增长4.6%。");
        assert_eq!(got[1], "交通运输、仓储和邮政业增长");
        // A 分别 list of such names has as many items as figures.
        let got = subjects_of(
            "批发和零售业、水利、环境和公共设施管理业、农、林、牧、渔业增加值分别增长3.2%、1.8%和4.4%。",
        );
        assert_eq!(
            got,
            [
                "批发和零售业增加值增长",
                "水利、环境和公共设施管理业增加值增长",
                "农、林、牧、渔业增加值增长"
            ]
        );
    }

    #[test]
    fn adverbs_left_inside_a_subject_are_dropped() {
        // Before a change or a comparison, and at the end.
        let s = subjects_of("本县去年茶叶产值大幅增加3200万元，从业农户也增长12%。");
        assert_eq!(s, ["茶叶产值增加", "从业农户增长"]);
        let s = subjects_of("经水路入境旅客亦上升12.5%，为3.6万人次。");
        assert!(!s[1].ends_with('亦'), "{s:?}");
        let s = subjects_of("該縣文化局表示，今年博物館參觀人次已較去年增加2.4萬人次。");
        assert!(!s[0].contains('已'), "{s:?}");
        // A measure's own 均 stays.
        let s = subjects_of("全县农民收入年均增长8.5%。");
        assert!(s[0].contains("年均"), "{s:?}");
    }

    #[test]
    fn a_speaker_and_the_verb_of_speech_leave_the_subject() {
        let s = subjects_of("市交通处处长林永和指今年公共自行车租借次数达到380万人次。");
        assert!(
            !s[0].contains("处长") && !s[0].contains('指') && s[0].contains("租借次数"),
            "{s:?}"
        );
        let s = subjects_of("警方注意到今年网络诈骗案件增加260宗。");
        assert!(!s[0].contains("警方") && s[0].contains("诈骗案件"), "{s:?}");
    }

    #[test]
    fn a_clause_opened_by_a_topic_word_and_a_year_sets_the_topic() {
        let s = subjects_of(
            "全区今年新开公交线路6条，班次增加1200班，至于2023年全区公交车总行驶里程，也较上年增加80万公里。",
        );
        assert!(s[2].contains("总行驶里程"), "{s:?}");
    }

    #[test]
    fn the_rest_of_a_time_word_and_xiangjiao_open_no_subject() {
        // 前一年度: 一年 is read as a figure, 度 is no word of the subject.
        let s = subjects_of("该县景区今年接待游客120万人次，较前一年度国庆假期游客量增加3万人次。");
        assert!(!s[1].starts_with('度'), "{s:?}");
        // 相较 is one comparison word, not 相 + 较.
        let s = subjects_of("该镇今年蔬菜产量4.5万吨，相较上年增加3000吨。");
        assert!(!s[1].starts_with('相'), "{s:?}");
    }

    #[test]
    fn a_source_and_its_verb_of_publishing_leave_the_subject() {
        // The agency and its verb of publishing, then the time word opening what is left.
        assert_eq!(
            subjects_of("省文化厅公布上月博物馆参观人数达45万人次。"),
            ["博物馆参观人数"]
        );
        assert_eq!(subjects_of("上月参观人数达45万人次。"), ["参观人数"]);
        // Not a time word that opens a longer word (本年度).
        assert_eq!(
            subjects_of("本年度财政预算收入20亿元。"),
            ["本年度财政预算收入"]
        );
    }

    #[test]
    fn an_agency_doing_the_act_leaves_the_subject_with_its_adverbs() {
        assert_eq!(
            subjects_of("县农业局已下拨救灾资金800万元。"),
            ["下拨救灾资金"]
        );
        assert_eq!(
            subjects_of("区政府今年投入绿化资金600万元。"),
            ["投入绿化资金"]
        );
        // Adverbs of effort opening a subject go.
        assert_eq!(subjects_of("积极争取省级补助900万元。"), ["争取省级补助"]);
        // A doer that is no agency stays (企业, not 某局).
        assert_eq!(subjects_of("企业累计申请专利150件。"), ["企业累计申请专利"]);
    }

    #[test]
    fn a_verb_closing_its_clause_after_a_count_is_what_is_counted() {
        assert_eq!(subjects_of("全年共受理800件投诉。"), ["投诉"]);
        assert_eq!(subjects_of("今年共批准600宗申请。"), ["申请"]);
        // Not with words after the verb: the clause goes on, the verb may be its predicate.
        assert_ne!(subjects_of("今年共批准600宗申请并发放证书。")[0], "申请");
        // Nor after a span of time: 建成 is what was done in it.
        assert_ne!(subjects_of("新馆只用8个月建成。")[0], "建成");
    }

    #[test]
    fn an_attribute_after_a_volume_takes_its_owner_without_the_volume() {
        assert_eq!(
            subjects_of("去年玉米销量达8万吨，收入1.6亿元。"),
            ["玉米销量", "玉米收入"]
        );
        assert_eq!(
            subjects_of("今年苹果产量达3万吨，出口量1万吨。"),
            ["苹果产量", "苹果出口量"]
        );
        // A trade total is no owner of the export after it.
        assert_eq!(
            subjects_of("全县进出口总额50亿元，出口额30亿元。")[1],
            "出口额"
        );
    }

    #[test]
    fn a_change_after_a_comparison_clause_of_its_own_takes_that_base() {
        assert_eq!(
            subjects_of(
                "本月登记的汽车销售合约共5 120份(较一月份上升2.1%,与去年同月比较,亦上升35.0%)。"
            ),
            [
                "登记的汽车销售合约",
                "登记的汽车销售合约一月份上升",
                "登记的汽车销售合约去年同月上升"
            ]
        );
        // Without a clause of comparison the base of the change before stays.
        assert_eq!(
            subjects_of("本月登记的汽车销售合约共5 120份(较一月份上升2.1%,亦上升35.0%)。")[2],
            "登记的汽车销售合约一月份上升"
        );
    }

    #[test]
    fn a_change_after_an_adverb_of_degree_is_a_bare_change() {
        assert_eq!(
            subjects_of("全县社会消费品零售总额为80亿元，明显上升12.5%。"),
            ["社会消费品零售总额", "社会消费品零售总额上升"]
        );
    }

    #[test]
    fn a_locative_bounding_a_span_names_nothing() {
        let s = subjects_of("新厂投产后3年内实现产值8亿元。");
        assert_ne!(s[0], "内");
        assert!(!s[1].starts_with('内'), "{s:?}");
        // Not a noun after a figure (3000个车位 keeps its noun).
        assert_eq!(subjects_of("全年新增3000个车位。"), ["车位"]);
    }

    #[test]
    fn support_verbs_leave_the_subject_wherever_they_stand() {
        assert_eq!(
            subjects_of("服装鞋帽实现出口2.1亿美元，同比增长6.2%。全镇招商目标实现率达95%。"),
            ["服装鞋帽出口", "服装鞋帽出口同比增长", "招商目标实现率"]
        );
    }

    #[test]
    fn attributes_after_a_sown_area_name_the_crop() {
        assert_eq!(
            subjects_of("全县大豆播种面积4.5万亩，增长3.1%，产量0.9万吨，下降1.2%。"),
            [
                "大豆播种面积",
                "大豆播种面积增长",
                "大豆产量",
                "大豆产量下降"
            ]
        );
        // A plain change word after a level is that level's change.
        assert_eq!(
            subjects_of("鸡出栏120万只，同比增长2.2%；鸭出栏35万只，减少4.1%。")[3],
            "鸭出栏减少"
        );
    }

    #[test]
    fn a_threshold_passed_is_no_counted_thing() {
        assert_eq!(
            subjects_of("全省光伏发电量达到860亿千瓦时，首次突破800亿千瓦时大关，同比增长21.4%。"),
            ["光伏发电量", "光伏发电量同比增长"],
            "the milestone after the exact figure is no row, but hands on its subject"
        );
        assert_eq!(
            subjects_of("全省光伏发电量首次突破800亿千瓦时大关，同比增长21.4%。"),
            ["光伏发电量", "光伏发电量同比增长"]
        );
    }

    #[test]
    fn a_level_reached_by_a_change_names_the_measure() {
        // The amount after 至/到 is the level, not the change.
        assert_eq!(
            subjects_of("明年全市教育开支将上升3.5%至62亿元。"),
            // 将 before the change is no part of it (subject.inner_adverb).
            ["教育开支上升", "教育开支"]
        );
        assert_eq!(
            subjects_of("旅游收入增加了两成，达到8.4亿元。")[1],
            "旅游收入"
        );
        // A change after 至 stays a change.
        assert!(subjects_of("粮食产量由去年的增长1.2%提高至增长2.5%。")[1].ends_with("增长"));
    }

    #[test]
    fn reporting_verbs_and_openers_leave_the_subject() {
        assert_eq!(
            subjects_of("今年写字楼租赁量共录3150宗，其中东区则录980宗，西区涉620宗。"),
            ["写字楼租赁量", "东区写字楼租赁量", "西区写字楼租赁量"]
        );
        assert_eq!(
            subjects_of("明年卫生开支合共420亿元，当中药物开支85亿元，包括疫苗开支12亿元。"),
            ["卫生开支", "药物开支", "疫苗开支"]
        );
    }

    #[test]
    fn task_verbs_leave_the_subject_unless_they_name_the_measure() {
        assert_eq!(
            subjects_of("今年全县完成植树造林4.2万亩，落实农田水利项目36个。"),
            ["植树造林面积", "农田水利项目"]
        );
        assert_eq!(
            subjects_of("全年完成投资18.6亿元，完成年度计划的92%。"),
            ["完成投资", "完成年度计划"]
        );
    }

    #[test]
    fn adverbs_closing_a_phrase_or_a_list_leave_the_subject() {
        assert_eq!(
            subjects_of("去年东区的快递业务量增长12%，南区亦有9%的增长。")[1],
            "南区增长"
        );
        assert_eq!(
            subjects_of("旅客中内地旅客占62%，而北岸及南岸旅客则分别占21.5%及9.4%。")[1..],
            ["北岸旅客占比", "南岸旅客占比"]
        );
    }

    #[test]
    fn traditional_lists_split_at_their_joiners() {
        assert_eq!(
            subjects_of("東嶺市、西河市與南山市的平均房價分別為8500元、7900元與7200元。"),
            ["東嶺市的平均房價", "西河市的平均房價", "南山市的平均房價"]
        );
    }

    #[test]
    fn ranks_leave_the_subject_and_places_take_the_measure() {
        assert_eq!(
            subjects_of(
                "今年接待游客东岭县第一名125万人次，第二名西河县98万人次，第三名南山县76万人次。"
            )[1..],
            ["西河县接待游客", "南山县接待游客"]
        );
        assert_eq!(
            subjects_of("去年东岭市企业利润率为8.2%，西河市、南山市分别为6.1%与5.4%。"),
            ["东岭市企业利润率", "西河市企业利润率", "南山市企业利润率"]
        );
    }

    #[test]
    fn places_after_a_bare_colon_take_the_measure_before_it() {
        assert_eq!(
            subjects_of("今年全县共开展技能培训86场，分别为：东坝镇30场、西林乡28场。"),
            ["开展技能培训", "东坝镇开展技能培训", "西林乡开展技能培训"]
        );
    }

    #[test]
    fn parts_after_a_part_word_take_the_measure_of_the_whole() {
        // A sentence opening with 其中: bare parts in the lead's unit, and their changes.
        let text = "前三季度，全市港口完成集装箱吞吐量126万标箱，同比增长9%。\
                    其中内河港口完成41万标箱，同比增长12%；沿海港口完成85万标箱。";
        assert_eq!(
            subjects_of(text)[2..],
            [
                "内河港口集装箱吞吐量",
                "内河港口集装箱吞吐量同比增长",
                "沿海港口集装箱吞吐量"
            ]
        );
        // In the sentence of the whole: the part takes the whole's attribute.
        let text = "全县粮食总产量达到52.3万吨，其中，夏粮21.4万吨，秋粮30.9万吨。";
        assert_eq!(subjects_of(text)[1..], ["夏粮产量", "秋粮产量"]);
        // Areas sown and herds kept: the attribute as the whole writes it.
        let text = "全镇农作物总播面积8.6万亩，其中小麦3.2万亩、玉米2.9万亩。";
        assert_eq!(subjects_of(text)[1..], ["小麦播面积", "玉米播面积"]);
        let text = "全乡牛存栏4200头，其中能繁母牛1800头。";
        assert_eq!(subjects_of(text)[1..], ["能繁母牛存栏"]);
        // Parts in another unit, size classes and parts with a measure of their own stay.
        let text = "全县完成工业投资36亿元。其中，新开工项目15个，技改投资12亿元。";
        assert_eq!(subjects_of(text)[1..], ["新开工项目", "技改投资"]);
        let text = "全县签约项目投资额均超过5000万元，共26个，其中，过1亿元项目19个。";
        assert_eq!(subjects_of(text).last().unwrap(), "过1亿元项目");
    }

    #[test]
    fn parts_later_in_a_part_list_take_the_measure_of_the_whole() {
        // Every part of a 其中 list, not only the first, takes the whole's measure when it
        // names none of its own (issue 12, held-out F).
        let text = "全县商品房销售面积为84.2万平方米，增长6.1%。其中，住宅销售面积为51万平方米，\
                    下降2%；办公楼为9.3万平方米，增长11%；商业营业用房为13.6万平方米。";
        assert_eq!(
            subjects_of(text)[2..],
            [
                "住宅销售面积",
                "住宅销售面积下降",
                "办公楼销售面积",
                "办公楼销售面积增长",
                "商业营业用房销售面积"
            ]
        );
        let text = "本市房屋新开工面积312万平方米，其中，住宅新开工面积180万平方米，\
                    厂房及配套用房为70万平方米。";
        assert_eq!(subjects_of(text)[2], "厂房及配套用房新开工面积");
        // A part with a measure of its own keeps it.
        let text =
            "全县房屋竣工面积40万平方米。其中，住宅竣工面积25万平方米；厂房施工面积9万平方米。";
        assert_eq!(subjects_of(text)[2], "厂房施工面积");
        // A bare measure after 其中 in the whole's sentence is the whole owner's.
        let text = "棚改安置房施工面积为320万平方米，其中新开工面积为45万平方米，下降3%。";
        assert_eq!(
            subjects_of(text)[1..],
            ["棚改安置房新开工面积", "棚改安置房新开工面积下降"]
        );
    }

    #[test]
    fn parts_named_by_a_category_alone_take_the_measure_of_the_whole() {
        // A category (市定, 市级, 五星级, 制造业) names no measure: the part is the
        // whole's measure of that category (issue 12, clean set N).
        let text = "全年共帮扶脱贫2100户、5200人，其中市定1300户、3100人，县定800户、2100人。";
        assert_eq!(
            subjects_of(text)[2..],
            [
                "市定帮扶脱贫",
                "市定帮扶脱贫",
                "县定帮扶脱贫",
                "县定帮扶脱贫"
            ]
        );
        // The whole's own category word gives way to the part's (两级 → 市级).
        let text = "今年下拨市县两级配套资金300万元，其中市级120万元，县级180万元。";
        assert_eq!(subjects_of(text)[1..], ["市级配套资金", "县级配套资金"]);
        let text = "截至目前，全区有星级宾馆46家，其中五星级2家、四星级11家。";
        assert_eq!(subjects_of(text)[1..], ["五星级宾馆", "四星级宾馆"]);
        // After a sentence opening with 其中, the lead is the sentence before.
        let text = "1-6月，全区新增市场主体入库230家。其中农业12家、制造业80家。";
        assert_eq!(
            subjects_of(text)[1..],
            ["农业新增市场主体入库", "制造业新增市场主体入库"]
        );
        // Parts that name a thing of their own stay.
        let text = "全镇完成造林580亩，其中公益林320亩，商品林260亩。";
        assert_eq!(subjects_of(text)[1..], ["公益林面积", "商品林面积"]);
    }

    #[test]
    fn a_count_after_a_lone_verb_counts_the_compound_closing_its_clause() {
        // 可提供 / 建成 name no measure: the compound after the count does (issue 12).
        let s = subjects_of("项目建成后年营业额可达5亿元，可提供260个就业岗位。");
        assert_eq!(s[1], "提供就业岗位");
        let s = subjects_of("全市建成8家造血干细胞采集服务站。");
        assert_eq!(s[0], "造血干细胞采集服务站");
        // Counts before quoted names of a kind in a list.
        let s = subjects_of("全县打造了4个“千亩茶园”乡镇，12个“百亩果园”村、3个“千只鸭”村。");
        assert_eq!(s, ["“千亩茶园”乡镇", "“百亩果园”村", "“千只鸭”村"]);
        // A verb after the count is what those counted did, no thing counted.
        let s = subjects_of("园区产值增长12%，带动3000人就业。");
        assert!(!s[1].contains("产值"), "{s:?}");
        // A count 的 its noun after the verbs alone counts that noun, not the verbs.
        let s = subjects_of("新厂投产后，可提供800个以上的工作岗位。");
        assert_eq!(s, ["工作岗位"]);
        let s = subjects_of("园区建成后，可提供1000人以上的就业岗位。");
        assert_eq!(s, ["就业岗位"]);
        // Not after a verb that names a measure of its own (新增).
        let s = subjects_of("今年新增50个以上的停车位。");
        assert_ne!(s, ["停车位"]);
        // A count written right before another counts the noun after the run.
        let s = subjects_of("推进落实9类27项便民服务，全镇建立台账600份。");
        assert_eq!(s[..2], ["便民服务", "便民服务"]);
    }

    #[test]
    fn verbs_closing_a_count_are_the_thing_counted() {
        // Two verbs jieba tags as such close the clause after a count with a classifier.
        let s = subjects_of("某署去年處理3,500宗貪污舉報，較前年上升5%。");
        assert_eq!(s, ["貪污舉報", "貪污舉報上升"]);
        // A bracketed aside after them closes them too.
        let s = subjects_of("某会去年受理1200宗贪污举报（不含匿名举报）较前年增加200宗。");
        assert_eq!(s[0], "贪污举报");
    }

    #[test]
    fn a_verb_between_a_verbal_noun_and_a_closing_noun_is_inside_the_counted_compound() {
        // 消费/vn 扶贫/v 专区/n: one compound noun, the thing counted.
        let s = subjects_of("全县在商超设置了12个消费扶贫专区。");
        assert_eq!(s[0], "消费扶贫专区");
        let s = subjects_of("今年新建3个旅游扶贫示范村，带动就业200人。");
        assert_eq!(s[0], "旅游扶贫示范村");
        // A noun before the verb makes it a predicate: the villages are counted.
        let s = subjects_of("全镇有4个村发展产业。");
        assert!(!s[0].contains("产业"), "{s:?}");
    }

    #[test]
    fn a_share_noun_opening_its_clause_is_the_share_of_the_figure_before() {
        let s = subjects_of(
            "其中市定人数3100户、6000人，占比61.2%，县定人数2100户、3800人，占比38.8%。",
        );
        assert_eq!(s[2], "市定人数占比");
        assert_eq!(s[5], "县定人数占比");
    }

    #[test]
    fn a_viewpoint_clause_without_figures_names_the_measure_of_the_parts_after_it() {
        let text = "上半年全市完成交易项目620个。从上半年交易总额看，依次为工程类、采购类。\
                    其中工程类38.2亿元，采购类9.6亿元。";
        assert_eq!(subjects_of(text)[1..], ["工程类交易总额", "采购类交易总额"]);
    }

    #[test]
    fn a_share_of_a_base_owns_no_attribute_after_it() {
        // 占计划的66.7%；累计完成投资… : the investment is no part of the share's subject.
        let s = subjects_of("全县新建保障房1200套，已开工800套，占计划的66.7%；累计完成投资3.2亿元，占年度计划的40%。");
        assert_eq!(s[3..], ["完成投资", "完成投资占年度计划"]);
        let s = subjects_of("园区入驻企业45家，占规划总数的60%，实现产值12亿元。");
        assert_eq!(s[2], "产值");
        // 占地 is no share verb: the project still owns its investment.
        assert_eq!(
            subjects_of("该项目占地面积120亩，投资2.8亿元。"),
            ["该项目占地面积", "该项目投资"]
        );
    }

    #[test]
    fn progress_after_a_total_is_the_measure_done() {
        // 总长…，已完成…，完成…%: the part done of the total, not the total again.
        assert_eq!(
            subjects_of("东环路全长12.5公里，已完成9.8公里，完成78.4%。"),
            ["东环路全长", "东环路全长完成", "东环路全长完成"]
        );
        assert_eq!(
            subjects_of("全年计划投资15亿元，目前已完成11.2亿元。")[1],
            "计划投资完成"
        );
        assert_eq!(
            subjects_of("输水管线总长3200米，目前已建成2100米。")[1],
            "输水管线总长建成"
        );
        // The owner drops a progress verb of its own: 开工建设…，完工… → 道路完工.
        assert_eq!(
            subjects_of("全镇乡村道路共开工建设86公里，共完工71公里。")[1],
            "乡村道路完工"
        );
        // A change after the progress stays the change of the measure.
        assert_eq!(
            subjects_of("全年计划投资15亿元，同比增长8%。")[1],
            "计划投资同比增长"
        );
    }

    #[test]
    fn a_bare_count_counts_the_items_counted_before() {
        // 已开工…所 with nothing before it: the items the sentence before counted.
        let s = subjects_of("今年全县计划新建幼儿园12所。截至6月底，已开工9所，竣工3所。");
        assert_eq!(s[1..], ["计划新建幼儿园开工", "计划新建幼儿园竣工"]);
        // Another unit, or a first figure named in its own sentence, keeps its subject.
        let s = subjects_of("今年全县计划新建幼儿园12所。截至6月底，已开工1.2万平方米。");
        assert_eq!(s[1], "开工");
        let s = subjects_of("今年全县计划新建幼儿园12所。目前小学开工5所。");
        assert_eq!(s[1], "小学开工");
    }

    #[test]
    fn a_state_closing_a_count_clause_is_part_of_its_items() {
        // 实现45个行政村道路通畅: the villages whose roads are clear, not all villages.
        let s = subjects_of("今年实现45个行政村道路通畅，解决108个村民小组通畅。");
        assert_eq!(s, ["行政村道路通畅", "解决村民小组通畅"]);
        // Not when more words follow the adjective, nor across clauses.
        let s = subjects_of("全县已有15家企业，规模较大。");
        assert_eq!(s, ["企业"]);
    }

    #[test]
    fn one_subject_for_several_figures_is_told_apart_by_their_items() {
        // The same measure after two counts: each is the measure of its own items.
        let s =
            subjects_of("今年新开工项目42个，到位资金18.5亿元；续建项目65个，到位资金31.2亿元。");
        assert_eq!(s[1], "新开工项目到位资金");
        assert_eq!(s[3], "续建项目到位资金");
        let s = subjects_of(
            "城区景点共接待游客12万人次，门票收入860万元，乡村景点共接待游客9万人次，门票收入310万元。",
        );
        assert_eq!(s[1], "城区景点门票收入");
        assert_eq!(s[3], "乡村景点门票收入");
        // Figures without a count of their own stay.
        let s = subjects_of("今年粮食产量52万吨，去年粮食产量50万吨。");
        assert_eq!(s, ["粮食产量", "粮食产量"]);
    }

    #[test]
    fn a_publishing_body_is_the_source_not_the_owner() {
        // 某局公布，…: the body publishes the figures; they are not its own.
        assert_eq!(subjects_of("市旅游发展委员会公布，收入42亿元。"), ["收入"]);
        assert_eq!(
            subjects_of("某市旅游局公布，5月旅游收入42亿元，增长8%。"),
            ["旅游收入", "旅游收入增长"]
        );
        // A clause naming the owner without such a verb still owns the figures.
        assert_eq!(
            subjects_of("青山水泥厂，总投资5亿元。"),
            ["青山水泥厂总投资"]
        );
    }

    #[test]
    fn a_count_after_a_lone_verb_names_the_action() {
        // 组织45人参加…培训: those counted took part in the training.
        assert_eq!(
            subjects_of("今年，组织45人参加市里举办的家政服务培训。"),
            ["参加家政服务培训"]
        );
        // 举办4次…培训班: the verb and what closes the clause.
        assert_eq!(
            subjects_of("全年举办4次为期10天的电商技能培训班。")[0],
            "举办电商技能培训班"
        );
        // No noun phrase closing the clause: the verb stays.
        assert_eq!(subjects_of("今年，帮助120人实现就业。"), ["帮助"]);
    }

    #[test]
    fn shares_listed_after_respectively_belong_to_the_items_before() {
        // 分别完成年计划的x%、y%: the i-th share is the i-th item's.
        let s = subjects_of("全年新建农村公路320公里，改造危桥18座，分别完成年计划的91.4%和75%。");
        assert_eq!(s[2..], ["新建农村公路完成年计划", "改造危桥完成年计划"]);
        let s = subjects_of(
            "城区学校在校学生5.2万人，乡镇学校在校学生3.1万人，分别占全县的62.7%、37.3%。",
        );
        assert_eq!(s[2..], ["城区学校在校学生占全县", "乡镇学校在校学生占全县"]);
    }

    #[test]
    fn a_share_without_owner_owns_no_share_after_it() {
        // Counts written without a classifier are no figures: each share stands alone.
        let s = subjects_of(
            "已完成前期工作的村庄447，占任务数的100%；已开工的村庄129，占任务数的28.86%。",
        );
        assert_eq!(s.len(), 2);
        assert!(
            s.iter().all(|p| p.matches("占任务数").count() == 1),
            "{s:?}"
        );
    }

    #[test]
    fn a_sentence_opening_with_a_comparison_continues_the_measure_before() {
        let s = subjects_of(
            "本月全市客运量1520万人次。较去年同期的1380万人次增长10.1%。较上月则下降2.3%。",
        );
        assert_eq!(
            s[1..],
            [
                "客运量较去年同期",
                "客运量较去年同期增长",
                "客运量较上月则下降"
            ]
        );
        // A comparison inside a sentence keeps the rules it had.
        let s = subjects_of("本月全市客运量1520万人次，较去年同期增长10.1%。");
        assert_eq!(s[1], "客运量增长");
    }

    #[test]
    fn a_subject_given_again_is_told_apart_by_its_sentences_items() {
        // The schools' measures, then the same measures for the kindergartens.
        let text = "全县计划新建小学12所，新增校舍面积8.2万平方米。\
                    全县计划新建幼儿园20所，新增校舍面积3.1万平方米。";
        assert_eq!(
            subjects_of(text),
            [
                "计划新建小学",
                "新增校舍面积",
                "计划新建幼儿园",
                "计划新建幼儿园新增校舍面积"
            ]
        );
        // The same items again (a paragraph repeated), or items that differ only in a
        // figure, tell nothing apart.
        let text = "今年新建口袋公园50处，城市绿道11.5千米。明年新建口袋公园30处，城市绿道8千米。";
        assert_eq!(subjects_of(text)[3], "城市绿道");
        let text = "新建110千伏变电站2座，供电可靠率99.8%。新建35千伏变电站3座，供电可靠率99.9%。";
        assert_eq!(subjects_of(text)[3], "供电可靠率");
        // Counts of people name no items; items overlapping the measure by one char
        // are joined whole.
        let text = "西片农户1200户，粮食产量5万吨。东片农户3200户，粮食产量18万吨。";
        assert_eq!(subjects_of(text)[3], "东片农户粮食产量");
        let text = "全县游客人均花费820元。接待团队游客3.2万人次，游客人均花费910元。";
        assert_eq!(subjects_of(text)[2], "游客人均花费");
    }

    #[test]
    fn a_stock_figure_belongs_to_the_animal_of_its_clause() {
        // 出栏…，存栏…: the second figure's bare 存栏 is the same animal's (issue 12).
        let text = "前三季度，全县肉牛出栏3.2万头，增长4%，存栏8.6万头，下降1.5%；\
                    山羊出栏12万只，存栏20.4万只。";
        assert_eq!(
            subjects_of(text),
            [
                "肉牛出栏",
                "肉牛出栏增长",
                "肉牛存栏",
                "肉牛存栏下降",
                "山羊出栏",
                "山羊存栏"
            ]
        );
        assert_eq!(
            subjects_of("年末生猪存栏量41万头，出栏量63万头。"),
            ["生猪存栏量", "生猪出栏量"]
        );
    }

    #[test]
    fn a_lead_stays_over_a_level_in_its_unit_that_parts_cannot_take() {
        // The date opening the lead is no lead; a rate in the same unit without an
        // attribute between the lead and its viewpoint leaves the lead.
        let text = "1-9月，全市规上工业增加值增长4.1%。工业产品产销率为96.2%。\
            分经济类型看，国有企业下降2.3%，私营企业增长6.8%。";
        let got = subjects_of(text);
        assert_eq!(got[2..], ["国有企业增加值下降", "私营企业增加值增长"]);
        // A count in its own unit is a lead of its own (企业 without an attribute).
        let text = "全市规上工业增加值增长4.1%。全市共有企业520个，比上年增加36个。\
            其中，私营企业300个。";
        assert!(!subjects_of(text).iter().any(|s| s.contains("增加值增加")));
    }

    #[test]
    fn an_attribute_opening_a_subject_takes_the_owner_before() {
        let text = "纺织业增加值增长12.5%，增速高于全市3.2个百分点，增加值占比8.4%；\
            食品制造业增加值增长6.1%，增加值占比5.2%。";
        let got = subjects_of(text);
        assert_eq!(got[2], "纺织业增加值占比");
        assert_eq!(got[4], "食品制造业增加值占比");
    }

    #[test]
    fn points_after_a_change_change_its_rate() {
        let text = "全市工业投资下降12.4%，收窄3.5个百分点；民间投资增长6.1%，回落1.2个百分点。";
        let got = subjects_of(text);
        assert_eq!(got[1], "工业投资降幅收窄");
        assert_eq!(got[3], "民间投资增速回落");
        // A share's change in points is the share's own.
        let text = "二产增加值占比下降，回落1.5个百分点。";
        assert!(!subjects_of(text).iter().any(|s| s.contains("增速")));
        // A comparison of its own compares the rate with its base, not the base before.
        let text = "全县居民人均收入增长8.2%，高于全省1.1个百分点，比上年提高0.6个百分点。";
        assert_eq!(subjects_of(text)[2], "居民人均收入增速比上年提高");
        let text = "城镇化率为61.3%，比上年提高0.8个百分点。";
        assert_eq!(subjects_of(text)[1], "城镇化率比上年提高");
    }

    #[test]
    fn parts_take_a_leads_attribute_that_is_the_whole_measure() {
        // 发电量 is the lead's measure and an attribute: its parts are 水电发电量.
        let text = "8月，全省发电量120.5亿千瓦时。其中，水电30.2亿千瓦时，同比增长3.1%，占21.2%。";
        let got = subjects_of(text);
        assert_eq!(
            got[1..],
            ["水电发电量", "水电发电量同比增长", "水电发电量占比"]
        );
        let text = "全省发电装机容量5300万千瓦。其中，风电900万千瓦。";
        assert_eq!(subjects_of(text)[1], "风电装机容量");
    }

    #[test]
    fn parts_in_another_unit_than_the_leads_first_figure_take_the_lead_in_theirs() {
        // The lead's first figure is an area, its second a mass: parts in tonnes are
        // parts of the mass, and so are their changes.
        let text = "全年蔬菜播种面积1.2万亩，增长2.2%，总产量3.1万吨，增长2.3%。\
                    其中：叶菜1.6万吨，增长5.0%；根茎菜0.9万吨，下降3.2%。";
        let got = subjects_of(text);
        assert_eq!(
            got[4..],
            ["叶菜产量", "叶菜产量增长", "根茎菜产量", "根茎菜产量下降"]
        );
        // A part naming a measure of its own keeps it.
        let text = "新开工项目12个，总投资40亿元。其中，工业项目8个，总投资30亿元，利税3亿元。";
        assert!(!subjects_of(text).iter().any(|s| s.contains("利税投资")));
    }

    #[test]
    fn a_chained_respectively_list_naming_a_measure_of_its_own_keeps_the_owners() {
        let text =
            "城乡居民人均可支配收入分别为5.1万元和3.2万元，人均消费支出分别为3.3万元和2.1万元。";
        assert_eq!(
            subjects_of(text)[2..],
            ["城镇居民人均消费支出", "农村居民人均消费支出"]
        );
        let text = "城乡居民每百户冰箱拥有量分别为98台和95台，彩电拥有量分别达到120和110台。";
        assert_eq!(
            subjects_of(text)[2..],
            ["城镇居民每百户彩电拥有量", "农村居民每百户彩电拥有量"]
        );
        // A rate of the same measure stays the measure's.
        let text = "甲县和乙县增加值分别增长10.6%和9.1%，增速分别比全省快4.6和3.1个百分点。";
        assert_eq!(subjects_of(text)[2], "甲县增加值增速比全省快");
    }

    #[test]
    fn households_counted_by_a_category_are_named_by_it() {
        let text = "全镇有1.2万户的住房为砖木结构，占40.5%；8000户的住房为钢混结构，占27%。";
        assert_eq!(
            subjects_of(text),
            [
                "住房为砖木结构",
                "住房为砖木结构占比",
                "住房为钢混结构",
                "住房为钢混结构占比"
            ]
        );
        // Another measure of the noun after it keeps its own name.
        let text = "全镇有1.2万户的住房为砖木结构，住房面积增长5%。";
        assert_eq!(subjects_of(text)[1], "住房面积增长");
    }

    #[test]
    fn a_bracketed_aside_is_no_subject_of_its_own() {
        let text = "全县快递业务收入（不含同城配送业务收入）累计完成860万元，同比增长12%。";
        assert_eq!(subjects_of(text), ["快递业务收入", "快递业务收入同比增长"]);
        // A short aside after its measure is kept as written.
        let text = "全县快递业务收入（不含同城）860万元。";
        assert_eq!(subjects_of(text), ["快递业务收入（不含同城）"]);
    }

    #[test]
    fn dates_listed_together_date_one_event() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dated = |text: &str| -> Vec<(String, String)> {
            (ex.extract(text, Options::default()).facts.into_iter())
                .filter(|f| f.kind == Kind::Date)
                .map(|f| (f.text, f.subject))
                .collect()
        };
        let got = dated("市场抽查于3月、6月及9月进行。");
        assert_eq!(got[1].1, "市场抽查");
        // A list opening without one takes the event after its last date.
        let got = dated("新厂房4月和7月开工。");
        assert!(got.iter().all(|(_, s)| s == "开工"), "{got:?}");
        // The bases of a comparison stay without one.
        let got = dated("吸毒案有9宗，较2022年及2019年分别减少18%和70%。");
        assert_eq!(got[0].1, "", "{got:?}");
    }

    #[test]
    fn years_since_an_era_began_are_an_anniversary() {
        let text = "建国七十年，改革开放40年，全市人均收入达到3.2万元。公司已运营15年。";
        assert_eq!(texts_of(text), ["3.2万元", "15年"]);
    }

    #[test]
    fn a_count_naming_a_class_of_households_is_no_figure() {
        let text = "全镇养殖1头奶牛的312户，占60.5%；养殖2头奶牛的105户，占20.3%。";
        assert_eq!(texts_of(text), ["312户", "60.5%", "105户", "20.3%"]);
        assert_eq!(subjects_of(text)[0], "养殖1头奶牛");
        // A nested count and a level a change goes from stay figures.
        let text = "全县已有12个乡镇的86个村种植花椒，农户从去年的300户增加到今年的420户。";
        assert_eq!(texts_of(text), ["12个", "86个", "300户", "420户"]);
    }

    #[test]
    fn a_multiple_of_a_base_year_names_that_base() {
        let text = "2020年全镇财政收入达到2.4亿元，是2000年800万元的30倍，年均增长18.5%。";
        assert_eq!(
            subjects_of(text)[1..],
            ["财政收入", "财政收入是2000年的倍数", "财政收入年均增长"]
        );
        let text = "全区茶叶产量为上年末的1.6倍。";
        assert_eq!(subjects_of(text), ["茶叶产量为上年末的倍数"]);
        // A growth by a multiple is left as it is; a level as the base takes the measure
        // of the figure before it.
        let text = "全区茶叶出口增长1.6倍，是全省平均水平的2倍。";
        assert_eq!(subjects_of(text)[0], "茶叶出口增长");
        assert_eq!(subjects_of(text)[1], "茶叶出口增长是全省平均水平的倍数");
        // A base that is neither a time nor a level is left as it is.
        let text = "全区茶叶出口增长1.6倍，是甲县的2倍。";
        assert!(!subjects_of(text)[1].contains("倍数"));
    }

    #[test]
    fn a_figure_right_before_the_works_it_sizes_names_that_works_size() {
        let s = subjects_of("甲县20万吨饲草加工项目建设进展顺利。");
        assert_eq!(s, ["饲草加工项目规模"]);
        let s = subjects_of("船厂交付了3万立方米液化气运输船。");
        assert_eq!(s, ["液化气运输船容量"]);
        let s = subjects_of("乙县8亿元物流园项目签约落地。");
        assert_eq!(s, ["物流园项目投资"]);
        // A verb of its own before the figure names the measure; a product is no works.
        let s = subjects_of("项目完成投资8亿元，建设厂房3栋。");
        assert_eq!(s[0], "项目完成投资");
        let s = subjects_of("全县收购3万吨玉米。");
        assert!(!s[0].ends_with("规模"));
    }

    #[test]
    fn a_release_named_by_a_host_reads_that_host_s_domain() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        assert_eq!(ex.host_region("c01_www.info.gov.hk.txt"), Some(Region::HK));
        assert_eq!(
            ex.host_region("https://www.gov.mo/zh-hant/news/1/"),
            Some(Region::MO)
        );
        assert_eq!(ex.host_region("a01_tjj.smx.gov.cn.txt"), None);
        assert_eq!(ex.host_region("report.txt"), None);
        let opts = Options {
            host_region: ex.host_region("c01_www.info.gov.hk.txt"),
            ..Options::default()
        };
        let facts = ex
            .extract("政府今日宣布，由明日起每次收費四元。", opts)
            .facts;
        assert_eq!(facts.last().map(|f| f.unit.as_str()), Some("HKD"));
    }

    #[test]
    fn a_trade_with_a_partner_keeps_its_preposition() {
        let s = subjects_of("全省对东盟进出口2601.5亿元；对美国进出口1560亿元，增长15.2%。");
        assert_eq!(s[1..], ["对美国进出口", "对美国进出口增长"]);
        assert_eq!(subjects_of("全市向东盟出口50亿元。"), ["向东盟出口"]);
        // A trade with no partner named keeps its words.
        assert_eq!(subjects_of("全市出口50亿元。"), ["出口"]);
    }

    #[test]
    fn a_start_jieba_tags_a_verbal_noun_is_the_event_of_its_date() {
        let text = "项目分两期建设，2014年启动一期工程，规划投资3亿元。";
        assert_eq!(date_subjects_of(text), ["启动一期工程"]);
    }

    #[test]
    fn a_ranking_takes_the_measure_the_sentence_before_named() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let text = "全省完成审查率为96.5%。各市情况：甲市98.7%最高，其次乙市98.1%，再次丙市97.8%。";
        let subjects: Vec<String> = (ex.extract(text, Options::default()).facts.into_iter())
            .map(|f| f.subject)
            .collect();
        assert_eq!(subjects[1..], ["甲市审查率", "乙市审查率", "丙市审查率"]);
        // An item 以 opens without a rank word after it ranks nothing (以…计算).
        let text = "全年交易额150亿元。以每辆二手车均价6万元计算，总金额将达2.34万亿元。";
        let subjects: Vec<String> = (ex.extract(text, Options::default()).facts.into_iter())
            .map(|f| f.subject)
            .collect();
        assert_eq!(subjects[1], "每辆二手车均价");
        // A measure of its own sentence before the items is theirs, as before.
        let s = subjects_of("全省完成审查率为96.5%，其中甲市98.7%最高，其次乙市98.1%。");
        assert_eq!(s[1..], ["甲市审查率", "乙市审查率"]);
    }

    #[test]
    fn bounds_of_a_tier_before_its_colon_are_no_figures() {
        let text = "容量等于或小于10千瓦：每度电四元；容量超过10千瓦但不超过200千瓦：每度电三元。";
        assert_eq!(all_texts(text), ["四元", "三元"]);
        // A share after the colon is the tier's too; a bound without a colon stays.
        assert_eq!(all_texts("年收入超过10万元：占35%。"), ["35%"]);
        assert_eq!(
            all_texts("年收入超过10万元的农户有35户。"),
            ["超过10万元", "35户"]
        );
    }

    #[test]
    fn campaigns_and_slogans_name_no_figures() {
        assert_eq!(all_texts("春季大干100天，完成产值5亿元。"), ["5亿元"]);
        assert_eq!(
            all_texts("决胜四季度，确保一季度开门红，全年投资增长8%。"),
            ["8%"]
        );
        // A year between a division and the name of its project is the name's.
        assert_eq!(
            all_texts("实施了乌拉特前旗2022年农村牧区饮水安全工程，新建水池3座。"),
            ["3座"]
        );
    }

    #[test]
    fn a_power_figure_of_a_plant_named_alone_is_its_capacity() {
        assert_eq!(
            subjects_of("海能风场(376MW)、允能风场(640MW)已并网。"),
            ["海能风场装机容量", "允能风场装机容量"]
        );
        assert_eq!(subjects_of("该机组功率为10MW。"), ["该机组功率"]);
    }

    #[test]
    fn a_slip_for_percentage_points_reads_as_points() {
        let text = "纺织业和化纤业投资增速较上年同期分别下降16.73和87.63个百分比。";
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let facts = ex.extract(text, Options::default()).facts;
        let units: Vec<&str> = facts.iter().map(|f| f.unit.as_str()).collect();
        assert_eq!(units, ["pp", "pp"]);
    }

    #[test]
    fn items_listed_after_a_verb_take_it() {
        assert_eq!(
            subjects_of("新建蓄水池1座、渗水井10座、供水小站7套。"),
            ["新建蓄水池", "新建渗水井", "新建供水小站"]
        );
        // A figure sizing the first item stands between the verb and its noun.
        assert_eq!(
            subjects_of("新建100立方米蓄水池2座、水塔1座。")[1..],
            ["新建蓄水池", "新建水塔"]
        );
        // An item with a verb of its own passes that verb on.
        assert_eq!(
            subjects_of("更新机电管井8眼、新建备用机电管井4眼、水塔2座。"),
            ["更新机电管井", "新建备用机电管井", "新建水塔"]
        );
        // A measure is no thing built.
        let s = subjects_of("新建商品房销售面积18.6万平方米、二手房交易1320套。");
        assert!(!s[1].starts_with("新建"), "{s:?}");
    }

    #[test]
    fn a_category_named_alone_frames_the_bare_measures_after_it() {
        let s =
            subjects_of("其中：写字楼，成交120套，均价3.2万元，总金额3.5亿元；商铺，成交80套。");
        assert_eq!(s, ["写字楼成交", "写字楼均价", "写字楼总金额", "商铺成交"]);
        // A measure naming a thing of its own keeps it.
        let s = subjects_of("一季度，工业，实现产值12亿元，新签项目5个。");
        assert_eq!(s[1], "新签项目");
    }

    #[test]
    fn an_amount_after_a_unit_price_is_not_the_price_s() {
        let s = subjects_of("全市商品房成交930套，均价53060元/平方米，总金额40.56亿元。");
        assert_eq!(s[2], "总金额");
    }

    #[test]
    fn a_multiple_of_a_level_names_the_measure_before_it() {
        let text = "全县农民人均可支配收入达到2.1万元，是全市平均水平的1.3倍。";
        assert_eq!(
            subjects_of(text)[1],
            "农民人均可支配收入是全市平均水平的倍数"
        );
        let text = "全县人均存款为全国的1.2倍。";
        assert_eq!(subjects_of(text), ["人均存款为全国的倍数"]);
    }

    #[test]
    fn categories_alone_after_a_category_lead_take_its_attribute() {
        // Over sentences without figures and paragraphs, a category with its change alone
        // (县属工业下降, 采选/v 业/n, 民营企业) is measured as the lead is.
        let text = "今年以来，全县规上工业增加值同比增长3.5%。\n\n县属工业继续下滑。1-10月，县属\
            工业下降2.1%。\n\n主导产业中，有色金属冶炼业增长4.2%；农副食品加工业下降0.6%。\n\n\
            前三季度，民营企业增长6.3%。";
        assert_eq!(
            subjects_of(text),
            [
                "规上工业增加值同比增长",
                "县属工业增加值下降",
                "有色金属冶炼业增加值增长",
                "农副食品加工业增加值下降",
                "民营企业增加值增长"
            ]
        );
        // A lead naming no category (固定资产投资) lends nothing; nor to a change of a
        // figure its own sentence states (第二产业完成9.6亿元), nor to a verb (就业/v).
        let text = "全县固定资产投资增长8.4%。\n\n规上工业平稳运行。全县规上工业增长6.2%。";
        assert_eq!(subjects_of(text)[1], "规上工业增长");
        let text = "全县工业总产值增长25%。第二产业完成9.6亿元，增长12%。城镇新增就业增长3%。";
        assert_eq!(subjects_of(text)[2..], ["第二产业增长", "城镇新增就业增长"]);
    }

    #[test]
    fn an_area_named_by_the_thing_it_covers_names_the_area() {
        assert_eq!(subjects_of("全村种植5800亩马铃薯。"), ["马铃薯面积"]);
        assert_eq!(subjects_of("全县耕地183.7万亩。"), ["耕地面积"]);
        // A measure of area already, a verb, or a place keeps its subject.
        assert_eq!(subjects_of("项目占地148亩。"), ["项目占地"]);
        assert_eq!(subjects_of("全县建成高标准农田2万亩。"), ["建成高标准农田"]);
        // A traditional text takes the traditional word.
        assert_eq!(
            subjects_of("據縣農業處統計，今年馬鈴薯3公頃，較去年增長兩成。")[0],
            "馬鈴薯面積"
        );
    }

    #[test]
    fn a_gap_to_the_schedule_is_the_plan_shares() {
        let text = "全县固定资产投资完成年度目标的79.8%，快于序时进度4.5个百分点。";
        assert_eq!(subjects_of(text)[1], "固定资产投资完成年度目标快于序时进度");
        // A gap to another place stays the rate's (增速高于全市).
        let text = "全县规上工业增加值增长8.2%，高于全市1.5个百分点。";
        assert_eq!(subjects_of(text)[1], "规上工业增加值增速高于全市");
    }

    #[test]
    fn a_count_of_a_bare_noun_takes_the_verb_governing_it() {
        // The counted noun alone says what is counted, the verb what was done with it.
        assert_eq!(subjects_of("项目涉及12个行政村。"), ["涉及行政村"]);
        // A verb that is the figure's indicator (建成) is in that column already.
        assert_eq!(subjects_of("全县今年建成12个服务站。"), ["服务站"]);
        // Through the earlier items of a list.
        assert_eq!(
            subjects_of("工程涉及四个乡镇、9个村。"),
            ["涉及乡镇", "涉及村"]
        );
        // An indicator verb (覆盖) is in that column, for every item of its list.
        assert_eq!(subjects_of("工程覆盖四个乡镇、9个村。"), ["乡镇", "村"]);
        // A link (已有, 共有) says nothing of what is counted; nor does a one-char verb.
        assert_eq!(subjects_of("园区已有25家企业入驻。"), ["企业"]);
        // Nor does a word of inclusion (包括).
        assert_eq!(
            subjects_of("活动吸引了多国的造型球，包括35颗造型球。")[0],
            "造型球"
        );
        // A count whose subject names its verb already keeps it.
        assert_eq!(subjects_of("全县新增家庭牧场2个。"), ["新增家庭牧场"]);
    }

    #[test]
    fn a_projects_phase_stays_in_the_subjects_of_its_figures() {
        // jieba tags 一期 an adverb and 首期 a time: segment.retag makes them distinguishing words, as 二期 is.
        let text = "项目分两期建设，一期投资3亿元，占地148亩。";
        assert_eq!(subjects_of(text), ["一期投资", "一期占地"]);
        let text = "产业园项目总投资25亿元，一期项目投资11亿元。首期动态投资5亿元。";
        assert_eq!(subjects_of(text)[1..], ["一期项目投资", "首期动态投资"]);
        // 一期 inside 这一期间 is no phase.
        assert_eq!(
            subjects_of("这一期间全县投资增长5%。"),
            ["这一期间全县投资增长"]
        );
    }

    #[test]
    fn a_lead_stating_a_rate_hands_its_parts_the_measure_before_the_rate() {
        // 规上工业增加值增速为9.8% is a rate of 增加值: the parts under the viewpoint
        // after it are changes of 增加值, not of an earlier lead's 产值.
        let text = "前三季度，全县产值同比增长12.4%。全县规模以上工业增加值增速为9.8%，\
                    居全市第3位。分行业看，纺织业增长16.3%，食品制造业增长5.2%。";
        assert_eq!(
            subjects_of(text)[2..],
            ["纺织业增加值增长", "食品制造业增加值增长"]
        );
        // A rate of a measure that parts take no attribute of leaves the lead before.
        let text = "全县规上工业增加值增长7%。全县贷款增速为9%。分行业看，纺织业增长6%。";
        assert_eq!(subjects_of(text)[2], "纺织业增加值增长");
    }

    #[test]
    fn a_class_figure_names_the_class_after_the_thing() {
        // 吨级 gives a berth's class (subject.class_unit), not its throughput.
        let text = "续建项目3个，分别是某港5000吨级散货码头、10万吨级航道工程。";
        let got = subjects_of(text);
        assert!(got.contains(&"散货码头吨级".to_string()), "{got:?}");
        assert!(got.contains(&"航道工程吨级".to_string()), "{got:?}");
    }

    #[test]
    fn counts_a_division_holds_take_its_verb() {
        // 辖 is one char, yet it governs what the county holds (subject.holding_verb).
        assert_eq!(
            subjects_of("某县辖12个乡镇、160个行政村。"),
            ["辖乡镇", "辖行政村"]
        );
    }

    #[test]
    fn numerals_with_a_unit_that_make_an_adverb_are_no_figures() {
        // 兩度 before a verb is "twice", not 2 kWh; before 电 it is energy.
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let facts = ex.extract("政府曾兩度延長計劃。", Options::default()).facts;
        assert!(facts.is_empty(), "{facts:?}");
        let facts = ex.extract("每户每月节约两度电。", Options::default()).facts;
        assert_eq!(facts.len(), 1);
        // A range joined by the small hyphen-minus (U+FE63).
        let facts = ex.extract("住房率達98﹣99%。", Options::default()).facts;
        assert_eq!(facts.len(), 1, "{facts:?}");
        assert_eq!(facts[0].value, Value::Num(Decimal::from(98)));
        assert_eq!(facts[0].value_max, Some(Value::Num(Decimal::from(99))));
    }

    #[test]
    fn items_of_a_list_led_by_its_measure_take_it() {
        // 某某情况如下： names the measure the items after the colon change.
        let text = "主要产品产量情况如下：水泥增长12.5%，平板玻璃下降3.2%。";
        assert_eq!(subjects_of(text), ["水泥产量增长", "平板玻璃产量下降"]);
    }

    #[test]
    fn items_of_a_ranking_named_alone_take_the_ranked_measure() {
        // 以 opens the first item (jieba may glue it to the place), a rank word closes the
        // others; a share in brackets after an item's count is that item's share.
        let text = "去年全市新建住宅12万套，以雁塔区3.1万套（占25.8%）最多，长安区2.4万套次之。";
        assert_eq!(
            subjects_of(text),
            [
                "新建住宅",
                "雁塔区新建住宅",
                "雁塔区新建住宅占比",
                "长安区新建住宅"
            ]
        );
        // Items listed with 分别 after 以 keep their own reading; 以上 is no rank word.
        let text = "入驻企业516家，其中规模以上工业企业143家。";
        assert_eq!(subjects_of(text)[1], "规模以上工业企业");
    }

    #[test]
    fn parts_under_a_viewpoint_belong_to_the_lead_measure() {
        let text = "今年全县固定资产投资增长8.4%。分产业看，第一产业增长12.5%，第二产业下降3.1%。";
        assert_eq!(
            subjects_of(text)[1..],
            ["第一产业投资增长", "第二产业投资下降"]
        );
        let text = "上半年全市地区生产总值312亿元。分季度看，一季度同比增长5.1%，二季度增长6.0%。";
        assert_eq!(subjects_of(text)[1], "地区生产总值同比增长");
        // The viewpoint's own attribute wins; a part naming one keeps it.
        let text = "全县规上工业增加值增长7%。从主要产品产量看，水泥增长4%，钢材增长2%。";
        assert_eq!(subjects_of(text)[1..], ["水泥产量增长", "钢材产量增长"]);
        let text = "全县规上工业增加值增长7%。按门类分，制造业增加值增长9%。";
        assert_eq!(subjects_of(text)[1], "制造业增加值增长");
        // Totals are no attribute of a part.
        let text = "全市社会消费品零售总额增长6%。按类别分，家电类增长3%。";
        assert_eq!(subjects_of(text)[1], "家电类增长");
        // A frame opening the sentence names the whole itself (在…中).
        let text = "在限额以上单位商品零售额中，粮油类增长9.2%，家具类下降3.5%。";
        assert_eq!(subjects_of(text), ["粮油类零售额增长", "家具类零售额下降"]);
        let text = "在全市规上工业企业中，国有企业增长5%。";
        assert_eq!(subjects_of(text), ["国有企业增长"]);
        // Without 在, and for a part's own amount too.
        let text = "全县第二产业增加值中，建筑业4.6亿元，增长3.3%；采矿业1.2亿元，下降2%。";
        assert_eq!(
            subjects_of(text),
            [
                "建筑业增加值",
                "建筑业增加值增长",
                "采矿业增加值",
                "采矿业增加值下降"
            ]
        );
        // A clause closing with 中 that holds a verb is no frame: its parts keep their own.
        let text = "在抓好投资中，工业投资12亿元，增长4%。";
        assert_eq!(subjects_of(text), ["工业投资", "工业投资增长"]);
        // A measure broken down by a category opening the sentence (按…计算), also in
        // traditional text, with a comparison word kept beside its change.
        let text = "期內售電量按客戶類別計算，住宅客戶按年減少4%至17.9億度，商業客戶增加6.7%。";
        assert_eq!(
            subjects_of(text),
            [
                "住宅客戶售電量按年減少",
                "住宅客戶售電量",
                "商業客戶售電量增加"
            ]
        );
    }

    #[test]
    fn rows_of_a_list_with_one_bare_subject_take_their_item() {
        // Each list item names its project before the amount that all rows share.
        let text = "一、城南供水管网改造项目，拟拨付经费90万元。\n\
                    二、北山森林防火通道项目，拟拨付经费35万元。\n\
                    三、2024年东湖湿地修复项目，拟拨付经费12万元。";
        let got = subjects_of(text);
        let amounts: Vec<&String> = got.iter().filter(|s| s.ends_with("经费")).collect();
        assert_eq!(amounts.len(), 3, "{got:?}");
        assert!(amounts[1].contains("北山森林防火通道项目"), "{got:?}");
        assert!(amounts[2].contains("东湖湿地修复项目"), "{got:?}");
        // A single figure with that subject stays as it is.
        let got = subjects_of("西河桥梁加固项目，拟拨付经费40万元。");
        assert!(!got.iter().any(|s| s.contains("西河")), "{got:?}");
        // A clause before that holds a figure is no item name.
        let text = "今年拟拨付经费90万元。其中道路投入30万元，拟拨付经费20万元。";
        assert!(!subjects_of(text).iter().any(|s| s.contains("道路投入拟")));
    }

    #[test]
    fn works_and_harvest_totals_take_their_owner() {
        assert_eq!(
            subjects_of("其中，廉租住房开工1200套，竣工800套；公租房开工900套，竣工600套。"),
            ["廉租住房开工", "廉租住房竣工", "公租房开工", "公租房竣工"]
        );
        assert_eq!(
            subjects_of("全县小麦平均亩产420公斤，增幅2.1%；总产18.5万吨。")[2],
            "小麦总产"
        );
        assert_eq!(
            subjects_of("全年一般公共预算收入52.3亿元，同口径增长6.1%。")[1],
            "一般公共预算收入增长"
        );
    }

    #[test]
    fn estimates_and_taiwan_growth_name_their_measure() {
        // 成长 is a change of the measure before; an estimate is a method.
        let subjects =
            subjects_of("全市旅館家數為1200家，較上年增加80家，成長7.1%，為各縣市最多。");
        assert_eq!(subjects[2], "旅館家數成長");
        let text = "今年5月的批发业总销货价值的临时估计为85亿元，较去年同月上升6%。\
                    同期批发业总销货数量的临时估计，较去年同月上升3%。";
        assert_eq!(
            subjects_of(text),
            [
                "5月的批发业总销货价值",
                "5月的批发业总销货价值上升",
                "批发业总销货数量上升"
            ]
        );
    }

    #[test]
    fn parts_named_like_the_total_take_its_owner() {
        assert_eq!(
            subjects_of("全县渔业总产值达5.2亿元，其中：捕捞产值1.8亿元，养殖产值3.4亿元。"),
            ["渔业总产值", "渔业捕捞产值", "渔业养殖产值"]
        );
        // A part holding the owner, or no 其中, stays.
        assert_eq!(
            subjects_of("全县渔业总产值达5.2亿元，其中：渔业养殖产值3.4亿元。")[1],
            "渔业养殖产值"
        );
        assert_eq!(
            subjects_of("全县渔业总产值达5.2亿元，养殖产值3.4亿元。")[1],
            "养殖产值"
        );
    }

    #[test]
    fn places_listed_after_a_colon_take_the_lead_measure() {
        assert_eq!(
            subjects_of("各乡镇新建项目完工率分别为：东坝镇92.5%、西林乡80%、南河镇66.7%。"),
            [
                "东坝镇新建项目完工率",
                "西林乡新建项目完工率",
                "南河镇新建项目完工率"
            ]
        );
        assert_eq!(
            subjects_of("各 县区招商引资到位资金分别为：东坝县12.5亿元、西林县8亿元。")[1],
            "西林县招商引资到位资金"
        );
        // A lead with a figure of its own names nothing for the list; a place that is
        // not alone keeps its subject.
        assert_eq!(
            subjects_of("主要指标：东坝县工业产值增长5%。"),
            ["东坝县工业产值增长"]
        );
    }

    #[test]
    fn a_paragraph_stating_a_month_on_month_basis_states_it_for_its_changes() {
        let text = "8月份全市居民消费价格同比上涨2.7%，环比下降0.1%。\n\
                    8月份食品价格上涨0.3%，服务价格上涨3.3%。\n\
                    从环比看，居民消费价格下降0.1%，其中食品价格上涨0.2%。\
                    衣着、居住价格分别下降2.9%、0.6%。\n\
                    医疗保健价格上涨1.2%。";
        assert_eq!(
            subjects_of(text),
            [
                "居民消费价格同比上涨",
                "居民消费价格环比下降",
                // Both bases stated: the next line is year on year again.
                "食品价格上涨",
                "服务价格上涨",
                "居民消费价格环比下降",
                "食品价格环比上涨",
                "衣着价格环比下降",
                "居住价格环比下降",
                // A new line states no basis: the usual one.
                "医疗保健价格上涨"
            ]
        );
    }

    #[test]
    fn items_of_action_nouns_or_lone_verbs_take_the_lists_measure() {
        // 服务 (vn) inside an item and 居住 (v) standing alone as one are items, not a
        // clause of their own: every item takes the measure before the colon.
        let text = "各类价格涨幅分别为：食品5%、生活用品及服务3.4%、居住0.9%、教育0.2%。";
        assert_eq!(
            subjects_of(text),
            [
                "食品价格涨幅",
                "生活用品及服务价格涨幅",
                "居住价格涨幅",
                "教育价格涨幅"
            ]
        );
        // A verb of a clause after the list's comma still ends it.
        let text = "各乡镇完成率分别为：东坝镇92.5%，西林乡下降3%。";
        assert_eq!(subjects_of(text)[1], "西林乡完成率下降");
    }

    #[test]
    fn places_of_a_ranking_take_the_ranked_measure() {
        // The measure stands before the first rank lead; each place after a lead, and one
        // stating a change, reads place + measure (issue 12).
        let text = "分县看，水稻单产增幅最高者为桐梓县百分之8.5，其次为湄潭县百分之6.2，\
                    再其次为凤冈县百分之4.1；至于余庆县反而下降百分之1.3。";
        assert_eq!(
            subjects_of(text),
            [
                "桐梓县水稻单产增幅",
                "湄潭县水稻单产增幅",
                "凤冈县水稻单产增幅",
                "余庆县水稻单产增幅下降"
            ]
        );
        let text = "人均绿地面积最高为绥阳县之12.5平方米，最低为正安县6.1平方米。";
        assert_eq!(
            subjects_of(text),
            ["绥阳县人均绿地面积", "正安县人均绿地面积"]
        );
    }

    #[test]
    fn places_with_bracketed_figures_take_the_attribute_after_the_list() {
        // 湄潭(9.4%)、凤冈(7.7%)3个县增速…: the list's attribute, even for a short name
        // the gazetteer knows and jieba does not tag as a place.
        let text = "全市9个县中，桐梓(12.6%)、湄潭(9.4%)和凤冈(7.7%)3个县增速高于全市水平。";
        let got = subjects_of(text);
        assert_eq!(got[1..4], ["桐梓增速", "湄潭增速", "凤冈增速"], "{got:?}");
        // Counts in brackets are left alone, and so is a bracketed figure after a word
        // that is no division.
        let text = "投资者来自湄潭（12家）、凤冈（8家）。";
        assert_eq!(subjects_of(text)[1], "凤冈");
        let text = "其中水泥(增长5.2%)产量增速加快。";
        assert!(!subjects_of(text)[0].starts_with("水泥增速"));
    }

    #[test]
    fn a_size_class_bound_before_a_phrase_names_the_class() {
        let texts = |t: &str| -> Vec<String> { rows(t).into_iter().map(|r| r.0).collect() };
        assert_eq!(
            texts("全县3亿元以上工业项目14个，其中东坝镇5个。"),
            ["14个", "5个"]
        );
        assert_eq!(
            subjects_of("全县3亿元以上工业项目14个，其中东坝镇5个。"),
            ["3亿元以上工业项目", "东坝镇3亿元以上工业项目"]
        );
        // Without a bound the money is an amount of its own (总投资2亿元的…).
        assert_eq!(texts("总投资2亿元的物流项目4个。"), ["2亿元", "4个"]);
    }

    #[test]
    fn a_year_opening_an_event_name_dates_nothing() {
        let dates = |t: &str| -> Vec<String> {
            let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
            (ex.extract(t, Options::default()).facts.into_iter())
                .filter(|f| f.kind == Kind::Date)
                .map(|f| match f.value {
                    Value::Date(v) => v,
                    _ => String::new(),
                })
                .collect()
        };
        // A meeting reviewing a year is held the year after: its day is of that year.
        assert_eq!(
            dates("2月26日，公司召开2020年度总结表彰大会，销售额增长8%。"),
            ["2021-02-26"]
        );
        // The year of a meeting or a week's name is no date row; the text's year stays.
        assert_eq!(
            dates("2018年全省文化旅游工作会议召开，去年接待游客增长9%。"),
            Vec::<String>::new()
        );
        assert_eq!(dates("2018年全县引进项目12个。"), ["2018"]);
        assert_eq!(
            dates("在2019年招商周上，5月8日签约项目6个。"),
            ["2019-05-08"]
        );
        // Nor is the year of a report in title marks, a contest or a works plan, nor
        // of an event's name joined to another's by 暨.
        assert_eq!(
            dates("全市提前完成二〇三一年《施政报告》订下的指标，新增岗位2万个。"),
            Vec::<String>::new()
        );
        assert_eq!(
            dates("2031年乡村篮球联赛开幕，吸引观众3万人。"),
            Vec::<String>::new()
        );
        assert_eq!(
            dates("某县2031年春季文旅活动暨龙舟邀请赛举行，吸引游客5万人次。"),
            Vec::<String>::new()
        );
        assert_eq!(dates("2031年全县举办活动12场。"), ["2031"]);
        // Nor the year of a work meeting's name; the meeting's day stays.
        assert_eq!(
            dates("2月7日，县农业农村局召开2032年工作部署会，粮食产量达5万吨。"),
            ["2032-02-07"]
        );
        // A project's or plan's formal name opens with its year and the county named in
        // full; the year is the name's when the name closes its clause.
        assert_eq!(
            dates("2、2031年左权县“春雨计划”农机补贴项目，安排资金40万元。"),
            Vec::<String>::new()
        );
        assert_eq!(
            dates("计划投资900万元，实施2031年左权县村组道路硬化工程，新修道路12公里。"),
            Vec::<String>::new()
        );
        // A year before the county and its work, or a name that goes on, dates the figures.
        assert_eq!(dates("2031年左权县新开工项目35个。"), ["2031"]);
        assert_eq!(dates("2031年左权县实施项目，总投资9亿元。"), ["2031"]);
    }

    #[test]
    fn group_labels_and_numbers_of_things_are_no_figures() {
        let texts = |t: &str| -> Vec<String> { rows(t).into_iter().map(|r| r.0).collect() };
        // An age before a noun of its people names a group; a person's age stays.
        assert_eq!(texts("该镇60岁人口占比已达18.5%。"), ["18.5%"]);
        assert_eq!(texts("患者为一名72岁男性。"), ["72岁"]);
        // A bound before 的 and a population names a class, counted or not.
        assert_eq!(
            texts("人均月收入在1500元以下的农户需求较大。"),
            Vec::<String>::new()
        );
        assert_eq!(texts("该县人均月收入达1500元以上。"), ["1500元以上"]);
        // A range of sums listed with its count is a size class.
        assert_eq!(texts("其中1-5亿元项目9个，5-10亿元3个。"), ["9个", "3个"]);
        // A building's number after its site; a count of buildings stays.
        assert_eq!(texts("专班进驻花园小区6栋，排查住户84户。"), ["84户"]);
        assert_eq!(texts("该小区共建成6栋住宅楼。"), ["6栋"]);
        // A count of the items a list after it names.
        assert_eq!(
            texts("出现亏损有四个原因：一是订单减少。"),
            Vec::<String>::new()
        );
        assert_eq!(
            texts("县里推出三项举措，一是减免租金。"),
            Vec::<String>::new()
        );
        assert_eq!(
            texts("县里推出三项举措，惠及商户120户。"),
            ["三项", "120户"]
        );
    }

    #[test]
    fn a_period_length_is_no_figure() {
        // 5年间 and 每隔4年 give the span other figures cover or how often something recurs.
        assert_eq!(subjects_of("5年间全县企业员工人数增加1.2万人。").len(), 1);
        let texts = |t: &str| -> Vec<String> { rows(t).into_iter().map(|r| r.0).collect() };
        assert_eq!(texts("该展会每隔4年在本市举办。"), Vec::<String>::new());
        assert_eq!(texts("两年间全县新建学校12所。"), ["12所"]);
    }

    #[test]
    fn a_reckoned_figure_measures_what_its_preposition_introduces() {
        let s = subjects_of("按每吨收购价30元计，全年总收入可达450万元。");
        assert_eq!(s, ["每吨收购价", "总收入"]);
        let s = subjects_of("预计以每亩产量800公斤计，总产量可达12万公斤。");
        assert_eq!(s[0], "每亩产量");
        assert!(!s[1].starts_with('每') && s[1].ends_with("总产量"), "{s:?}");
    }

    #[test]
    fn the_whole_of_a_share_names_its_owner() {
        assert_eq!(
            subjects_of("全镇实现农业产值3.2亿元，完成年计划8亿元的40%；实现税收900万元，完成年计划2000万元的45%。"),
            [
                "农业产值",
                "农业产值年计划",
                "农业产值完成年计划",
                "税收",
                "税收年计划",
                "税收完成年计划"
            ]
        );
        // 占: the whole is no share; a percentage change after the share is the
        // change of what the share is of.
        let s = subjects_of("全县税收收入完成5200万元，占年度预算数8000万元的65%，同比增长12%。");
        assert_eq!(s[1], "税收收入年度预算数");
        assert_eq!(s[2], "税收收入占年度预算数");
        assert_eq!(s[3], "税收收入同比增长");
    }

    #[test]
    fn an_outline_heading_names_the_amount_of_its_line() {
        assert_eq!(
            subjects_of("（三）水利设施类项目，共1860万元。"),
            ["水利设施类项目"]
        );
        // A clause with a verb is no heading.
        assert_eq!(subjects_of("会议强调，共3200万元。"), [""]);
    }

    #[test]
    fn a_date_takes_no_lone_particle_as_subject() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let facts = ex
            .extract(
                "从2015年的4.2亿元，到2020年的6.8亿元，全镇旅游收入翻了一番。",
                Options::default(),
            )
            .facts;
        let dates: Vec<&str> = (facts.iter())
            .filter(|f| f.kind == Kind::Date)
            .map(|f| f.subject.as_str())
            .collect();
        assert_eq!(dates.len(), 2);
        assert!(dates.iter().all(|d| d.chars().count() != 1), "{dates:?}");
    }

    #[test]
    fn a_count_takes_the_state_written_after_its_thing() {
        // The things counted are those in the state after them (subject.state_verb).
        assert_eq!(subjects_of("园区内6栋厂房已经竣工。"), ["园区内竣工厂房"]);
        assert_eq!(subjects_of("全镇5座桥梁已完工通车。"), ["完工通车桥梁"]);
        // Not a state the things reach later (竣工后), nor one a bare count after it
        // would take as well (3栋 in construction).
        assert_eq!(subjects_of("6栋厂房竣工后将投入使用。"), ["厂房"]);
        let got = subjects_of("园区内6栋厂房已经竣工，3栋正在建设。");
        assert!(got.iter().all(|s| !s.contains("竣工")), "{got:?}");
        // A figure after the state counts the things in it, not the count before.
        assert_eq!(subjects_of("全县62个重点项目已开工58项。")[0], "重点项目");
        // Amounts produced and quantities in Latin units state no count.
        assert_eq!(
            subjects_of("年产0.3万吨粉末涂料项目开工。"),
            ["粉末涂料项目年产能"]
        );
    }

    #[test]
    fn a_date_opening_the_sentence_dates_a_document_issued() {
        // The bodies listed with 、 issue a document in book brackets (a figure inside the
        // title is the title's); 发布 there is the event, not a source cited.
        let text = "2021年7月，省发改委、省能源局发布《关于推动储能发展的意见》。                    2021年10月，省政府印发《2030年前碳达峰实施方案》。";
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates: Vec<String> = (ex.extract(text, Options::default()).facts.into_iter())
            .filter(|f| f.kind == Kind::Date)
            .map(|f| f.subject)
            .collect();
        assert_eq!(
            dates,
            [
                "省发改委、省能源局发布《关于推动储能发展的意见》",
                "省政府印发《2030年前碳达峰实施方案》"
            ]
        );
    }

    #[test]
    fn a_generic_count_takes_the_verbs_after_it() {
        assert_eq!(
            subjects_of("今年全镇有12个项目开工建设，另有9个行业保持增长。"),
            ["开工建设项目", "保持增长行业"]
        );
        // A verb before the count comes first; a light verb after it names nothing.
        assert_eq!(subjects_of("上午签约的6个项目集中开工。"), ["签约项目"]);
        assert_eq!(subjects_of("与30家企业进行了座谈。"), ["企业"]);
        // The verb before 的 must touch it (投资 of 总投资5亿元的 is no verb of the count).
        assert_eq!(
            subjects_of("总投资5亿元的8个项目集中签约。")[1],
            "集中签约项目"
        );
    }

    #[test]
    fn a_streak_counts_how_long_what_follows_held() {
        assert_eq!(
            subjects_of("该校连续6年实现教学质量提升。"),
            ["连续教学质量提升"]
        );
        // An award streak counts no figure (issue 12: standings are no figures).
        assert!(subjects_of("该校连续6年获评市级文明单位。").is_empty());
        // The figures after it belong to the streak's owner, not to the streak.
        assert_eq!(
            subjects_of("某公园连续4天客流达到上限，前3天累计接待8.6万人。")[1],
            "某公园接待"
        );
    }

    #[test]
    fn a_bracketed_aside_is_no_part_of_the_subject() {
        // However long the aside, the name before it opens the subject.
        let s = subjects_of("全市渔业（含渔业专业及辅助性服务活动）增加值9.6亿元，增长4.2%。");
        assert_eq!(s, ["渔业增加值", "渔业增加值增长"]);
        let s = subjects_of("全县工业投资(不含技改)同比增长6.1%。");
        assert_eq!(s, ["工业投资同比增长"]);
    }

    #[test]
    fn a_clause_without_figures_sets_the_topic() {
        assert_eq!(
            subjects_of(
                "东湖景区接待游客3.2万人，同比增长8%；西山公园，前3天累计接待1.4万人，同比增长5%。"
            ),
            [
                "东湖景区接待游客",
                "东湖景区接待游客同比增长",
                "西山公园接待游客",
                "西山公园接待同比增长"
            ]
        );
        assert_eq!(
            subjects_of("水稻产量增长1.1%，达到12.3万吨；玉米产量与上年基本持平，约8.4万吨。"),
            ["水稻产量增长", "水稻产量", "玉米产量"]
        );
        // A clause opened by a preposition or naming a view sets no topic.
        assert_eq!(
            subjects_of("全区生产总值320亿元，按可比价格计算，增长5.5%。")[1],
            "生产总值增长"
        );
        // A year opening the label clause is its time; the label still names the topic.
        let subjects = subjects_of("2021年养蜂户数：1,208户；2022年养蜂户数：1,315户。");
        assert_eq!(subjects, ["养蜂户数", "养蜂户数"]);
    }

    #[test]
    fn a_level_after_a_change_is_the_measure() {
        assert_eq!(
            subjects_of("棉花播种面积年增 0.6%，至3.4万公顷。")[1],
            "棉花播种面积"
        );
    }

    #[test]
    fn a_rate_compared_with_another_names_the_measure() {
        let s = subjects_of(
            "全县规上工业实现利润8.2亿元，同比增长6.4%，高于全市平均水平1.5个百分点；营业收入较上月回落0.3个百分点。",
        );
        assert_eq!(s[2], "规上工业利润增速高于全市平均水平");
        // A share of a plan is no rate: compared with the schedule, it is that share's gap.
        assert_eq!(
            subjects_of("完成年度计划的52%，高于序时进度10个百分点。")[1],
            "完成年度计划高于序时进度"
        );
    }

    #[test]
    fn a_compared_rate_is_compared_again_in_the_clauses_after_it() {
        let s = subjects_of(
            "全区快递业务量同比增长9.3%，较全国平均增速(8.1%)高1.2个百分点，低于全省平均增速0.5个百分点，比上年快0.2个百分点。",
        );
        // The bracketed base names its own rate; the aside leaves the comparison.
        assert_eq!(
            s[1..],
            [
                "快递业务量全国平均增速",
                "快递业务量增速较全国平均增速高",
                "快递业务量增速低于全省平均增速",
                "快递业务量增速比上年快",
            ]
        );
    }

    #[test]
    fn a_bare_sector_measure_takes_the_owner_of_the_measure_before() {
        // 增加值 after a part's 产值 is that part's, part by part.
        assert_eq!(
            subjects_of("其中：蔬菜产值820万元，增加值510万元；水果产值460万元，增加值300万元。"),
            ["蔬菜产值", "蔬菜增加值", "水果产值", "水果增加值"]
        );
        // The owner is who acts, not the act (…共接待游客 → 民宿).
        assert_eq!(
            subjects_of("假期全镇民宿共接待游客3.2万人次，营业收入260万元。")[1],
            "民宿营业收入"
        );
        // Without an adverb before the verb the words before it are no agent: unchanged.
        assert_eq!(
            subjects_of("今年计划实施水利项目12个，总投资8.6亿元。")[1],
            "计划实施水利项目总投资"
        );
    }

    #[test]
    fn a_sentence_opening_with_a_bare_measure_goes_on_about_the_lead_owner() {
        let s = subjects_of(
            "规上仓储企业实现营业收入32.4亿元，同比增长8.1%。营业利润为3.3亿元，同比增长6.2%。",
        );
        assert_eq!(s[2], "规上仓储企业营业利润");
        assert_eq!(s[3], "规上仓储企业营业利润同比增长");
        // In another unit the lead owns nothing (a capacity before an investment).
        let s = subjects_of("甲公司年产5万吨板材项目。总投资6亿元，建筑面积2万平方米。");
        assert_eq!(s[1], "总投资");
    }

    #[test]
    fn a_comparable_growth_is_the_previous_measure_growth() {
        assert_eq!(
            subjects_of("税收收入完成 860 万元，可比增长9%。"),
            ["税收收入", "税收收入增长"]
        );
    }

    #[test]
    fn a_year_alone_in_prose_is_no_fact() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |t: &str| -> Vec<String> {
            ex.extract(t, Options::default())
                .facts
                .into_iter()
                .filter(|f| f.kind == Kind::Date)
                .map(|f| f.text)
                .collect()
        };
        assert!(dates("2021年以来，全县乡村振兴工作稳步推进。").is_empty());
        // A figure, or a date with a month, in the sentence keeps the year.
        assert_eq!(dates("2021年全县粮食产量12.5万吨。"), ["2021年"]);
        assert_eq!(
            dates("5月8日，县里部署2024年春耕生产。"),
            ["5月8日", "2024年"]
        );
        // The year of a meeting's name is the name's (date.event_name_end).
        assert_eq!(dates("5月8日，县里召开2024年春耕工作会议。"), ["5月8日"]);
        // So is a quarter's of a ceremony's or briefing's name.
        assert!(dates("某区举行2023年第二季度重点项目集中开工仪式。").is_empty());
        assert!(dates("某县举行2024年第一季度重点项目集中签约活动。").is_empty());
        // So is a gala's year.
        assert!(dates("某市举办2024年国庆晚会，吸引近15万人参加。").is_empty());
        // A press conference's period stays: its figures are of that period.
        assert_eq!(
            dates("某县召开2025年上半年经济运行新闻发布会。"),
            ["2025年上半年"]
        );
        assert_eq!(
            dates("2023年第二季度，全区产值增长5%。"),
            ["2023年第二季度"]
        );
    }

    #[test]
    fn bases_of_a_comparison_listed_before_respectively_own_no_figure() {
        // 比 甲、乙 分别…: the listed periods are what the rate is compared with; the
        // figures measure the change of the rate named before.
        let s = subjects_of(
            "全区工业产值下降2.1%，降幅比1-5月、1-6月分别收窄1.3个百分点和0.6个百分点。",
        );
        assert_eq!(s.len(), 3, "{s:?}");
        for gap in &s[1..] {
            assert!(gap.starts_with("工业产值"), "{s:?}");
        }
        // Items that own their figures stay theirs.
        let s = subjects_of("甲县、乙县分别完成投资12亿元和8亿元。");
        assert_eq!(s, ["甲县完成投资", "乙县完成投资"]);
    }

    #[test]
    fn a_date_opening_a_clause_before_its_verb_is_no_earlier_figure() {
        // 三季度实现税收: the clause states a measure of its own at that time; the
        // previous clause's measure and change do not carry over.
        let s = subjects_of("全县工业产值50亿元，同比增长5%；三季度实现税收2亿元。");
        assert_eq!(s[2], "税收");
        let s = subjects_of("全县工业产值50亿元，同比增长5%；三季度实现工业产值20亿元。");
        assert_eq!(s[2], "工业产值");
        // A figure right after the date with no words of its own keeps the measure.
        let s = subjects_of("全县工业产值50亿元；三季度20亿元。");
        assert_eq!(s[1], "工业产值");
    }

    #[test]
    fn a_target_named_after_its_amount_is_the_previous_measures() {
        // 完成全年40亿元目标任务的35%: the target's amount and the share of it reached
        // are both the previous figure's measure's, the words after the amount included.
        let s = subjects_of("招商引资到位资金完成14亿元，完成全年40亿元目标任务的35%。");
        assert_eq!(
            s,
            [
                "招商引资到位资金",
                "招商引资到位资金全年目标任务",
                "招商引资到位资金完成全年目标任务"
            ]
        );
    }

    #[test]
    fn averages_over_two_years_and_rates_compared_name_their_measure() {
        let s = subjects_of(
            "全县社会消费品零售总额同比增长15.2%，比2019年同期增长9.8%，两年平均增长4.8%。",
        );
        assert_eq!(s[2], "社会消费品零售总额两年平均增长");
        // After a rate compared with an average (平均 keeps its 均), a growth is the
        // measure's, not the rate's.
        let s = subjects_of(
            "全县农民人均纯收入同比增长9.6%，增速高于全省平均0.7个百分点，比2019年同期增长16.3%。",
        );
        assert_eq!(s[1], "农民人均纯收入增速高于全省平均");
        assert!(!s[2].contains("增速"), "{s:?}");
    }

    #[test]
    fn a_change_after_a_progress_rate_is_the_earlier_measures() {
        let s = subjects_of("全县完成固定资产投资18.2亿元，年度目标完成率为46.5%，同比增长12.3%。");
        assert_eq!(s[2], "固定资产投资同比增长");
        let s = subjects_of("园区实现营业收入9.6亿元，序时进度达52%，同比增长8.8%；税收0.7亿元。");
        assert_eq!(s[2], "园区营业收入同比增长");
    }

    #[test]
    fn parts_after_a_trend_clause_take_its_measure() {
        // 产量有增有减，其中：甲…: a clause with no figure names the measure its parts break
        // down, and how it moved.
        let s =
            subjects_of("主要水果产量有增有减，其中：苹果3.2万吨，增长5%；柑橘1.1万吨，下降2%。");
        assert_eq!(s, ["苹果产量", "苹果产量增长", "柑橘产量", "柑橘产量下降"]);
        // No part word after the clause, no measure handed on.
        let s = subjects_of("主要水果产量有增有减，苹果3.2万吨。");
        assert_eq!(s, ["苹果"]);
    }

    #[test]
    fn a_comparison_of_its_own_replaces_the_previous_one() {
        let s = subjects_of("全县生产总值310亿元，同比增长6.1%，比上年三季度增长1.2%。");
        assert_eq!(s.last().unwrap(), "生产总值比上年三季度增长");
        // The same comparison again keeps the subject as before.
        let s = subjects_of("全县生产总值310亿元，同比增长6.1%，同比增速提高0.4个百分点。");
        assert!(!s.last().unwrap().contains("同比增长同比"));
    }

    #[test]
    fn a_respectively_clause_may_refer_to_the_list_before() {
        let s = subjects_of(
            "上半年，纺织业和化工业产值分别增长6.2%和4.8%，增速分别比全省快1.3和0.9个百分点。",
        );
        assert_eq!(s[s.len() - 2], "纺织业产值增速比全省快");
        assert_eq!(s[s.len() - 1], "化工业产值增速比全省快");
    }

    #[test]
    fn members_named_after_respectively_own_the_figures_of_the_next_clause() {
        let s = subjects_of("利润最多的两个县分别是甲县、乙县，利润总额分别为3.2亿元和2.9亿元。");
        assert_eq!(s[s.len() - 2], "甲县利润总额");
        assert_eq!(s[s.len() - 1], "乙县利润总额");
        // A clause naming figures of its own after 分别 lists no members.
        let s = subjects_of("甲县、乙县分别增长5%和6%，投资分别为3亿元和2亿元。");
        assert_ne!(s[s.len() - 1], "乙县增长投资");
    }

    /// Texts of all rows (dates included) of `text`.
    fn all_texts(text: &str) -> Vec<String> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let facts = ex.extract(text, Options::default()).facts;
        facts.into_iter().map(|f| f.text).collect()
    }

    #[test]
    fn standings_are_no_figures() {
        // The years of an award streak; other streaks stay figures.
        assert!(all_texts("该区连续6年获评全省文明城区。").is_empty());
        assert!(all_texts("学校连续三年被评为示范学校。").is_empty());
        assert_eq!(all_texts("全镇粮食连续6年增产。"), ["6年"]);
        // A rank written without 第 after a rank word; counts of people stay.
        assert_eq!(
            all_texts("该县增速在全省的排名由去年的31位升至今年的8位，投资增长9%。"),
            ["9%"]
        );
        assert_eq!(all_texts("共有12位专家出席论证会。"), ["12位"]);
    }

    #[test]
    fn a_space_between_digits_and_a_chinese_unit_joins_them() {
        assert_eq!(
            all_texts("全年降雨量1038.8 公釐，農戶3,731 戶，發生事故6 起。"),
            ["1038.8 公釐", "3,731 戶", "6 起"]
        );
        // Not a time unit (54 年 may be an ROC year), nor a cell before a number.
        assert!(all_texts("實施期間54 年").is_empty());
    }

    #[test]
    fn years_naming_a_kind_of_school_are_no_figures() {
        assert_eq!(
            all_texts("全县有九年一贯制学校3所，十二年一贯制学校1所，巩固九年义务教育成果。"),
            ["3所", "1所"]
        );
        // Years of schooling that are a length of time stay.
        assert_eq!(all_texts("学制三年，共培养学生800人。"), ["三年", "800人"]);
    }

    #[test]
    fn hours_naming_a_working_schedule_are_no_figures() {
        assert_eq!(
            all_texts("口岸实行7天24小时工作机制，全年通关车辆2.5万辆次。"),
            ["2.5万辆次"]
        );
        assert_eq!(all_texts("窗口推行5天8小时工作制。"), Vec::<String>::new());
        // Hours that are a length of time stay.
        assert_eq!(all_texts("抢修工作持续24小时。"), ["24小时"]);
    }

    #[test]
    fn page_furniture_is_no_figure() {
        // A weather widget: a weekday and temperatures, no clause.
        assert!(all_texts("09/21 星期四 某某市|8°C - 15°C 多云").is_empty());
        // A temperature in a clause stays.
        assert_eq!(
            all_texts("周四全市最高气温15°C，比周三上升3°C。"),
            ["15°C", "3°C"]
        );
        // A related-article block: its heading and every line after it are skipped.
        let text = "全镇新建道路12公里。\n延伸阅读：\n邻县新建道路30公里\n某地游客增长8%";
        assert_eq!(all_texts(text), ["12公里"]);
        // The word inside a line is no heading.
        assert_eq!(all_texts("延伸阅读材料共印发300份。"), ["300份"]);
        // 更 多 below the prose heads other articles' headlines; above it, a menu's item.
        let prose = "今年全区新建公园5个，改造绿道12公里，种植乔木1.2万株，惠及居民约3万户。";
        let text = format!("首页\n更多\n{prose}\n更 多\n两部门负责人调整 3人履新\n");
        assert_eq!(all_texts(&text), ["5个", "12公里", "1.2万株", "约3万户"]);
        // A link to the article before or after: its headline's figures are not the page's.
        let text =
            format!("{prose}\n上一篇：邻县新建公园8个 改造绿道20公里\n下一篇:某市游客增长8%\n");
        assert_eq!(all_texts(&text), ["5个", "12公里", "1.2万株", "约3万户"]);
        assert_eq!(all_texts("下一步全镇新建道路12公里。"), ["12公里"]);
    }

    #[test]
    fn rates_and_described_years_are_no_figures() {
        // A proportion (每50户就有9户) is neither count (`proportion`).
        assert!(all_texts("全村每50户就有9户装了光伏。").is_empty());
        assert_eq!(
            all_texts("今年是全镇项目最多的一年，新开工项目18个。"),
            ["18个"]
        );
        // Other durations after 的 stay.
        assert_eq!(all_texts("完成了为期的三年改造，新建道路8公里。").len(), 2);
    }

    #[test]
    fn breadcrumbs_are_no_facts_base_years_are_dates() {
        let text = "当前位置：首页 > 新闻中心 > 近3个月新闻\n全县新增企业120家。";
        assert_eq!(all_texts(text), ["120家"]);
        // The base year of a comparison is a date row of its own (the figures' period is
        // another year).
        let texts = all_texts("2024年全县接待游客520万人次，与2019年同期相比增长18%。");
        assert_eq!(texts, ["2024年", "520万人次", "2019年", "18%"]);
    }

    #[test]
    fn imperial_units_and_accumulation_frames() {
        // A density per square mile is a ratio of two units, no count of people.
        assert!(all_texts("人口密度为820人/平方英里。").is_empty());
        assert_eq!(all_texts("大桥全长3.5英里。"), ["3.5英里"]);
        // 7天累计: the days are the frame of the total after them.
        assert_eq!(all_texts("全市景区7天累计接待游客35万人次。"), ["35万人次"]);
    }

    #[test]
    fn a_heading_number_is_no_list_item() {
        // 三、 numbers the heading; only the bound after it shares nothing with it.
        let texts = all_texts("三、10亿元以上续建项目\n四、农业投资3、5亿元两个批次");
        assert!(!texts.iter().any(|t| t == "三"), "{texts:?}");
        assert!(texts.iter().any(|t| t == "3"), "{texts:?}");
    }

    #[test]
    fn money_without_its_currency_word() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let money = |t: &str| -> Vec<(String, String, String)> {
            let facts = ex.extract(t, Options::default()).facts;
            (facts.into_iter())
                .map(|f| {
                    let v = match f.value {
                        Value::Num(d) => d.to_string(),
                        other => format!("{other:?}"),
                    };
                    (f.text, v, f.unit)
                })
                .collect()
        };
        // The clause names money: 亿 alone is money.
        assert_eq!(
            money("今年全市财政预算安排86亿，比上年的80亿多出6亿。"),
            [
                ("86亿".into(), "8600000000".into(), "CNY".into()),
                ("80亿".into(), "8000000000".into(), "CNY".into()),
                ("6亿".into(), "600000000".into(), "CNY".into()),
            ]
        );
        // The sentence has money already: the bare 亿 takes its currency.
        assert_eq!(
            money("共拨付4.5亿美元，其中农业1.2亿。")[1],
            ("1.2亿".into(), "120000000".into(), "USD".into())
        );
        // Money in 元 alone says nothing of a bare 亿 beside it.
        assert_eq!(money("门票15元，奖池累计36亿。").len(), 1);
        // Without money in sight, 亿 stays a bare number; a money word of another clause
        // does not count.
        assert!(money("全国观众总数超过3亿。").is_empty());
        // A measure word closing with a classifier (人数) makes it a count.
        assert_eq!(
            money("财政预算执行良好，观众人数达到2亿。"),
            [("2亿".into(), "200000000".into(), "人".into())]
        );
    }

    // Issue 12, held-out E: openers, remainders, change words and dates.

    #[test]
    fn an_opener_with_a_copula_leaves_the_subject() {
        assert_eq!(
            subjects_of("其中主要是差旅支出310万元，占比26%。"),
            ["差旅支出", "差旅支出占比"]
        );
        assert_eq!(subjects_of("六是运输费用支出95万元。"), ["运输费用支出"]);
        assert_eq!(
            subjects_of("分行业看，特别是纺织业占比为12.5%，制造业增加值占比为3.1%。"),
            ["纺织业占比", "制造业增加值占比"]
        );
    }

    #[test]
    fn a_subject_cut_short_starts_after_a_locative_and_a_verb_of_having() {
        let s = subjects_of("该县在省级重点监测的电子商务服务平台上共有各类活跃网店860家。");
        assert_eq!(s.len(), 1);
        assert!(s[0].ends_with("网店") && !s[0].starts_with('上'), "{s:?}");
        assert!(!s[0].contains("共有"), "{s:?}");
    }

    #[test]
    fn a_subject_cut_short_keeps_the_size_class_of_its_units() {
        // Too long to keep whole: the cut still starts at 限额以上 (not 企业…).
        let s = subjects_of("其中，限额以上批发企业实现社会消费品零售总额18.6亿元，同比增长4.2%。");
        assert_eq!(s[0], "限额以上批发企业社会消费品零售总额");
        assert!(s[1].starts_with("限额以上批发企业"), "{s:?}");
        // Short subjects are unchanged, and a phrase without a size class is still cut.
        assert_eq!(
            subjects_of("规模以上工业企业实现利润总额9.4亿元。"),
            ["规模以上工业企业利润总额"]
        );
        let s = subjects_of("全市各类商贸流通企业实现社会消费品零售总额18.6亿元。");
        assert!(!s[0].starts_with("全市"), "{s:?}");
    }

    #[test]
    fn counts_listed_after_a_count_of_additions_are_additions() {
        assert_eq!(
            subjects_of("今年全镇新增家庭农场15家，专业合作社6家，农家乐客房120间。"),
            ["新增家庭农场", "新增专业合作社", "新增农家乐客房"]
        );
        // A stock after the additions, a verb or another kind of figure stay as they are.
        let s = subjects_of("今年新增企业11家，企业总数86家。");
        assert_eq!(s[1], "企业总数");
        let s = subjects_of("全县新增就业岗位500个，培训农民工300人。");
        assert_eq!(s[1], "培训农民工");
        let s = subjects_of("全年新增城镇就业1.2万人，城镇登记失业率3.1%。");
        assert_eq!(s[1], "城镇登记失业率");
        let s = subjects_of("今年新建学校4所，改扩建学校9所。");
        assert_eq!(s[1], "改扩建学校");
    }

    #[test]
    fn overnight_visitors_keep_their_attribute() {
        // 过夜 is tagged a time word by jieba; the overnight visitors are not all visitors.
        let s = subjects_of("全县接待游客60万人次，其中过夜游客12.5万人次，过夜游客花费2.1亿元。");
        assert_eq!(s[1], "过夜游客");
        assert_eq!(s[2], "过夜游客花费");
    }

    #[test]
    fn a_remainder_counts_the_rest_of_the_previous_measure() {
        assert_eq!(
            subjects_of("今年确定的8项民生工程已完工5项，其余3项正在建设。")[2],
            "其余民生工程"
        );
    }

    #[test]
    fn change_words_of_taiwan_and_hong_kong_take_their_measure() {
        assert_eq!(
            subjects_of("北區營業額為2,150億元，衰退6.4%；東區1,020億元，下滑2.5%。"),
            [
                "北區營業額",
                "北區營業額衰退",
                "東區營業額",
                "東區營業額下滑"
            ]
        );
        let s = subjects_of("本季賽馬投注額為310億元，按季下跌2.7%，按年則上漲1.9%。");
        assert_eq!(s[1], "賽馬投注額按季下跌");
        assert!(
            s[2].starts_with("賽馬投注額") && !s[2].contains("按季"),
            "{s:?}"
        );
    }

    #[test]
    fn a_date_subject_is_a_name_or_nothing() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |text: &str| date_subjects(&ex, text);
        // A comparison base is no subject of a date, nor is a report verb.
        assert_eq!(dates("3月家电零售额初步估计为52亿元。"), ["家电零售额"]);
        assert_eq!(dates("增速较去年11月回落0.6个百分点。"), [""]);
        // An event's verb after the date names it.
        assert_eq!(dates("力争9月底全部竣工。"), ["竣工"]);
        let d = dates("四是9月中旬组织全体教师开展岗前培训。");
        assert!(!d[0].contains('是'), "{d:?}");
        // A body before the date is no event it dates, unless a particle keeps it from
        // the date (see a_date_dates_the_event_after_it_or_nothing) or a verb of release
        // follows the date (session 55: the release is the event, 县统计局发布); a period
        // after the verb is no date of the release.
        assert_eq!(dates("县统计局8月5日发布上半年数据。")[0], "县统计局发布");
        assert_eq!(dates("市统计局发布1-5月主要经济指标。")[0], "");
    }

    #[test]
    fn a_date_alone_in_its_clause_dates_the_event_of_the_next() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |text: &str| date_subjects(&ex, text);
        // A month or day that is its clause alone dates the doer and event after it,
        // after a colon too; jieba tags 荣获 as a name, so it is a listed event verb.
        assert_eq!(
            dates("3月，东关社区荣获省级文明社区称号。"),
            ["东关社区荣获省级文明社区称号"]
        );
        let d = dates("全年亮点纷呈：5月，西街社区建成了一座文化广场。");
        assert!(d[0].starts_with("西街社区建成"), "{d:?}");
        // A period opening a statistic is no event: its overview clause is no subject.
        assert_eq!(dates("上半年，全县经济呈现稳中向好态势。"), [""]);
        // A next clause with a figure states a measure, no event.
        let d = dates("4月，全镇新建蔬菜大棚320座。");
        assert!(!d[0].contains("320"), "{d:?}");
        // A verb that a particle joins to the date, all of its clause, is the event.
        assert_eq!(dates("前身是某机械厂，始建于1987年5月。"), ["始建"]);
    }

    #[test]
    fn a_heading_sentence_qualifies_the_measure_of_the_figures_after_it() {
        let subjects = subjects_of;
        // 铁路货运量稳步增长。完成货运量… : the heading's qualifier goes before the measure.
        let s = subjects("铁路货运量稳步增长。完成货运量12.5亿吨，同比增长3.2%。");
        assert_eq!(s, ["铁路货运量", "铁路货运量同比增长"]);
        // A verb, an enumeration or a scope opening the heading is no qualifier.
        let s = subjects("推动工业用电量增长。工业用电量13亿度。");
        assert_eq!(s, ["工业用电量"]);
        let s = subjects("全县粮食产量稳步增长。粮食产量12万吨。");
        assert_eq!(s, ["粮食产量"]);
        // A heading on the same line as an earlier figure is none.
        let s = subjects("全县完成投资5亿元，铁路货运量稳步增长。完成货运量12.5亿吨。");
        assert_eq!(s[1], "货运量");
    }

    #[test]
    fn a_support_verb_between_a_period_and_its_measure_is_no_event() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |text: &str| date_subjects(&ex, text);
        // 实现 carries the measure (jieba tags 收入 a verb here): the period dates it.
        let d = dates("1-5月，全区规模以上工业企业实现营业收入同比增长36.8%。");
        assert_eq!(d, ["规模以上工业企业营业收入"]);
        // A period before an overview names no event and keeps no subject.
        assert_eq!(dates("1~7月，全区经济平稳增长，增速减缓。"), [""]);
    }

    #[test]
    fn a_body_named_like_an_event_is_no_event_of_a_date() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |text: &str| date_subjects(&ex, text);
        // 管委会 and 协会 end like 大会 but name bodies (`subject.event_body`).
        let d = dates("3月8日，本报从经开区管委会了解到，新建的污水处理厂投入使用。");
        assert!(!d[0].contains("管委会"), "{d:?}");
        let d = dates("6月2日，市摄影家协会在文化馆举办会员作品展。");
        assert!(!d[0].ends_with("协会"), "{d:?}");
        // An event so named still dates (召开…座谈会).
        assert_eq!(dates("9月3日召开企业家座谈会。")[0], "企业家座谈会");
    }

    #[test]
    fn listed_changes_go_to_the_listed_items() {
        // Changes listed after a comparison and a change word alone, without 分别, are
        // those of the figures before, one for one.
        let s = subjects_of("全镇农家乐共接待游客900多人，营业额6万多元，同比增长了45.2%和38.1%。");
        assert!(
            s[2].contains("接待游客") && s[3].starts_with("营业额"),
            "{s:?}"
        );
        let s = subjects_of("退役军人、残疾人分别就业2.1万人、0.9万人，同比增长12%、8.5%。");
        assert_eq!(
            s,
            ["退役军人", "残疾人", "退役军人同比增长", "残疾人同比增长"]
        );
        // Items with their figures in brackets, the thousands comma inside them.
        let s = subjects_of("大型货车(1,830辆)及小型货车(2,470辆)分别下跌4.1%及1.2%。");
        assert_eq!(s[2..], ["大型货车下跌", "小型货车下跌"]);
        // 各为 lists like 分别; the shared tail goes to the first item.
        let s = subjects_of("全县城镇、乡村商品零售额各为5000万元和800万元，分别增长5.1%和2.2%。");
        assert_eq!(s[0], "城镇商品零售额");
        assert_eq!(s[3], "乡村商品零售额增长");
        // A list closing no clause (增长5%和6%的两个园区) is no such list.
        let s = subjects_of("工业产值8亿元，利税1亿元，是上年的2倍。");
        assert_eq!(s[0], "工业产值");
    }

    /// The subjects of the date rows `ex` finds in `text`, in order.
    fn date_subjects(ex: &Extractor, text: &str) -> Vec<String> {
        (ex.extract(text, Options::default()).facts.into_iter())
            .filter(|f| f.kind == Kind::Date)
            .map(|f| f.subject)
            .collect()
    }

    #[test]
    fn a_period_opening_a_statistic_dates_its_measure() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |text: &str| date_subjects(&ex, text);
        // The period's own clause or the next one states the measure; the comparison's
        // base still dates nothing.
        assert_eq!(
            dates("1-8月，全区规模以上工业增加值同比增长6.2%，比1-7月提高0.3个百分点。"),
            ["规模以上工业增加值", ""]
        );
        assert_eq!(dates("截至9月底，全镇生猪存栏3.5万头。"), ["生猪存栏"]);
        assert_eq!(
            dates("第二季度，全市完成外贸进出口总额86亿元。"),
            ["外贸进出口总额"]
        );
        // A verb of an event of its own between them: the figure is no measure dated.
        let d = dates("2019年5月，该园区升格为国家级开发区，并纳入全省8个重点园区名单。");
        assert!(!d[0].contains("名单"), "{d:?}");
        // An event noun heads its phrase (社会 of 社会消费品零售总额 is no meeting).
        let d = dates("今年1-8月，全县实现社会消费品零售额12亿元。");
        assert_eq!(d[0], "社会消费品零售额");
        // An event noun after the date still names it.
        assert_eq!(
            dates("5月8日，该县召开新闻发布会，全县粮食产量12万吨。")[0],
            "新闻发布会"
        );
    }

    #[test]
    fn a_date_dates_no_base_aside_numeral_or_unit_rest() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |text: &str| date_subjects(&ex, text);
        // A comparison's base (比1-4月份回升, 较一季度提高) dates nothing.
        assert_eq!(
            dates("全县工业用电量增长6%，比1-4月份回升0.5个百分点。"),
            [""]
        );
        assert_eq!(dates("出口增速较一季度略降1.2个百分点。"), [""]);
        // A bracketed aside, a numeral word, a unit (分地) after a number.
        assert_eq!(dates("截至2024年6月底（下同），全县存款余额增长8%。"), [""]);
        assert_eq!(dates("这是2019年5月以来首次。"), [""]);
        assert_eq!(dates("3月2日种植早稻约5分地。"), ["种植早稻"]);
        // An event after the date stays.
        assert_eq!(dates("力争10月底全面完工。"), ["完工"]);
    }

    #[test]
    fn a_contribution_names_the_part_it_is_owed_to() {
        // The previous figure's measure owns a pull or a contribution rate (issue 12).
        let s = subjects_of("制造业增加值增长7.5%，拉动全市规上工业增长4.2个百分点。");
        assert_eq!(s[1], "制造业增加值拉动全市规上工业增长");
        let s = subjects_of(
            "第三产业增加值增长6.1%，高于全省0.3个百分点，拉动GDP增长3.1个百分点，贡献率为55.2%。",
        );
        assert!(s[2].starts_with("第三产业增加值拉动"), "{s:?}");
        assert!(s[3].starts_with("第三产业增加值贡献率"), "{s:?}");
        // A share after a contribution is the part's, not the pull's.
        let s = subjects_of("建筑业增加值增长9%，拉动经济增长0.4个百分点，占GDP的比重为7.1%。");
        assert!(s[2].starts_with("建筑业增加值占"), "{s:?}");
        // The clause's own words before the pull word name the part.
        let s = subjects_of("重点商贸企业拉动全县限上零售额增长2.6个百分点。");
        assert!(s[0].contains("企业拉动"), "{s:?}");
        // A pull without a change figure is no contribution (带动就业 is no pull word).
        let s = subjects_of("园区产值增长12%，带动就业3000人。");
        assert!(!s[1].contains("产值"), "{s:?}");
    }

    #[test]
    fn a_date_dates_the_work_completed_or_started_after_it() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |text: &str| date_subjects(&ex, text);
        // A link verb with the action it completes right after it is an event (issue 12,
        // clean set N).
        let d = dates("据介绍，污水处理厂工程计划投资2800万元，2022年10月底完成施工。");
        assert_eq!(d, ["完成施工"]);
        // A verbal noun opening the predicate is its verb.
        let d = dates("2016年8月启动“县便民服务中心标准化建设工作”。");
        assert_eq!(d, ["启动“县便民服务中心标准化建设工作”"]);
        // Other verbal nouns after a date name a thing (上半年工作情况): no event.
        assert_eq!(dates("会上介绍了上半年工作情况。"), [""]);
    }

    #[test]
    fn a_day_opening_its_sentence_dates_the_predicate_closing_the_next_clause() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |text: &str| date_subjects(&ex, text);
        // A doer the nouns do not reach the verb of (an adjective, an idiom inside it).
        let d = dates("3月2日，县城东区污水管网一体化改造二期将开工建设。");
        assert_eq!(d, ["开工建设"]);
        let d = dates("9月8日，某县某某科技有限公司等二十多家新企业正式入驻县创业园。");
        assert_eq!(d, ["入驻县创业园"]);
        // A clause opened by a pronoun or a preposition; a span of days; a time of day.
        let d = dates("5月6日至5月8日，我局对城区农贸市场进行了全面检查。");
        assert_eq!(d, ["检查"]);
        let d = dates("11月2日下午，随着某村光伏电站的建成运行，村集体有了稳定收入。");
        assert_eq!(d, ["建成运行"]);
        // A figure after the verb makes it a measure, no event.
        assert_eq!(dates("5月3日，全县新增就业岗位260个。"), [""]);
        // A month with its part (中旬, 下旬) opening the sentence: its doer and event.
        let d = dates("9月下旬，城关镇组织开展“清河护岸”整治行动，清理河道垃圾。");
        assert_eq!(d, ["城关镇组织开展“清河护岸”整治行动"]);
        let d = dates("9月，城关镇组织开展“清河护岸”整治行动，清理河道垃圾。");
        assert_eq!(d, ["城关镇组织开展“清河护岸”整治行动"]);
    }

    #[test]
    fn a_date_dates_what_its_doer_does() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |text: &str| date_subjects(&ex, text);
        // A doer between the date and the event, with an ordinal or a demonstrative.
        assert_eq!(
            dates("预计9月12号第三条生产线将正式投产。"),
            ["第三条生产线投产"]
        );
        assert_eq!(dates("预计2025年8月该项目完成竣工。"), ["项目完成竣工"]);
        // Time words after the date belong to it; a verbal noun closing its clause is
        // the event.
        assert_eq!(dates("二期车间4月上旬投产，现有职工800人。"), ["投产"]);
        // A month opening its sentence before a clause without figures dates its event.
        assert_eq!(
            dates("2016年5月，河东工业园区被认定为省级开发区。"),
            ["河东工业园区认定为省级开发区"]
        );
        assert_eq!(
            dates("2009年3月，吉林省制定了《水稻大棚建设规划》。"),
            ["吉林省制定了《水稻大棚建设规划》"]
        );
        let d = dates("2019年12月，东林村果蔬基地项目被列入“全市示范基地名单”。");
        assert_eq!(d, ["东林村果蔬基地项目列入“全市示范基地名单”"]);
        // With figures after it, it is their period, and a measure is no event.
        assert_eq!(dates("5月全市旅游收入同比增长8%。"), ["旅游收入"]);
        assert!(!dates("5月全市旅游收入稳步回升。")[0].contains("回升"));
        // A quarter, a half or a span is the period of what follows, no event's date; a
        // noun after a preposition is a venue, no doer.
        assert_eq!(dates("一季度，县委县政府坚持稳中求进工作总基调。"), [""]);
        assert_eq!(dates("上半年全县经济运行总体平稳。"), [""]);
        assert_eq!(dates("新登记册11月3日起在政府网站查阅。"), [""]);

        assert_eq!(dates("2022年10月，全县新建学校12所。"), [""]);
    }

    #[test]
    fn a_date_dates_the_event_after_it_or_nothing() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |text: &str| date_subjects(&ex, text);
        // A meeting opening the next clause (issue 12).
        let d = dates("9月12日，区农业局召开全区秋粮生产工作会议。");
        assert!(d[0].ends_with("工作会议"), "{d:?}");
        // The predicate right after the date, past 自…起.
        let d = dates("该线路自2019年3月起试运行。");
        assert!(d[0].contains("试运行"), "{d:?}");
        // A name kept from the date by a particle is what the event is of.
        let d = dates("新版条例已于2023年7月1日正式施行。");
        assert!(
            d[0].starts_with("新版条例") && d[0].contains("施行"),
            "{d:?}"
        );
        // A day opening the sentence: the predicate of the next clause after its doer.
        let d = dates("7月15日，记者走进城关镇的蔬菜基地。");
        assert!(d[0].starts_with("走进"), "{d:?}");
        // A period inside a noun phrase dates no fragment of the clause.
        assert_eq!(
            dates("各镇分别汇报了上半年工作进展和下半年工作计划。"),
            ["", ""]
        );
        assert_eq!(dates("会议对上半年的工作进行了总结。"), [""]);
        // A verb with a figure after it states a measure, no event (what it counts
        // names the period); a word after a link word is no event either.
        assert_eq!(dates("2022年新增门店35家。"), ["新增门店"]);
        assert_eq!(dates("今年5月更达到97%。"), [""]);
        assert_eq!(dates("与上次普查（2020年6月底）相比，减少12家。"), [""]);
        // A verb inside the measure's own name does not stop the measure.
        let d = dates("2023年1月至6月，全市火灾出警总数为320起。");
        assert!(d[0].ends_with("出警总数"), "{d:?}");
    }

    // Held-out G (issue 12): values, junk and dates of real pages.

    fn values(text: &str) -> Vec<(String, String, String)> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .facts
            .into_iter()
            .map(|f| {
                let v = match f.value {
                    Value::Num(v) => v.to_string(),
                    Value::Date(v) => v,
                    other => format!("{other:?}"),
                };
                (f.text, v, f.unit)
            })
            .collect()
    }

    #[test]
    fn a_half_that_opens_a_word_is_no_half() {
        let v = values("园区有5家半导体企业和2家半岛酒店，工期一年半时间，运来6吨半。");
        let has = |t: &str, n: &str| v.iter().any(|r| r.0 == t && r.1 == n);
        assert!(has("5家", "5") && has("2家", "2"), "{v:?}");
        assert!(has("一年半", "1.5") && has("6吨半", "6.5"), "{v:?}");
    }

    #[test]
    fn a_half_between_a_classifier_and_a_time_unit_is_half_of_that_time() {
        let v = values("演练持续了两个半小时，整改用时三个半月。");
        assert!(
            v.contains(&("两个半小时".into(), "2.5".into(), "hour".into())),
            "{v:?}"
        );
        assert!(
            v.contains(&("三个半月".into(), "3.5".into(), "month".into())),
            "{v:?}"
        );
    }

    #[test]
    fn a_classifier_before_a_time_word_counts_time() {
        let v = values("窗口承诺7個工作天办结，系统维护花了4个多小时，培训为期三个礼拜。");
        for (text, value, unit) in [
            ("7個工作天", "7", "day"),
            ("4个多小时", "4", "hour"),
            ("三个礼拜", "3", "week"),
        ] {
            assert!(
                v.contains(&(text.into(), value.into(), unit.into())),
                "{text}: {v:?}"
            );
        }
        // Weekends, Sundays and words that open with a time char stay counts.
        let v = values("志愿者利用5个周末和3个星期天，走访了6个天然气站。");
        assert!(v.iter().all(|r| r.2 == "个"), "{v:?}");
        assert_eq!(v.len(), 3, "{v:?}");
    }

    #[test]
    fn a_new_year_and_a_moving_average_window_are_no_durations() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let kinds = |t: &str| -> Vec<(String, Kind)> {
            (ex.extract(t, Options::default()).facts.into_iter())
                .map(|f| (f.text, f.kind))
                .collect()
        };
        assert!(kinds("扎实做好新一年森林防火工作。").is_empty());
        // The reach that names a zone.
        assert!(kinds("加快构建15分钟便民生活圈。").is_empty());
        assert_eq!(kinds("步行15分钟即可到达便民服务中心。").len(), 1);
        let r = kinds("按六个月移动平均计算，成交量为3 120宗。");
        assert_eq!(r, [("3 120宗".to_string(), Kind::Count)]);
        assert!(kinds("以上数字反映对上一个月的成交情况。").is_empty());
        // A year still counts where nothing describes it.
        assert_eq!(kinds("项目建设周期为一年。").len(), 1);
        assert_eq!(kinds("数据按六个月统计。").len(), 1);
    }

    #[test]
    fn a_labelled_release_date_is_a_row_of_the_publication() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |text: &str| -> Vec<(String, String)> {
            (ex.extract(text, Options::default()).facts.into_iter())
                .filter(|f| f.kind == Kind::Date)
                .map(|f| (f.text, f.subject))
                .collect()
        };
        let body = "\n全镇今年新栽果树3200株。";
        assert_eq!(
            dates(&format!("发稿日期：2023-11-20 阅读：35{body}")),
            [("2023-11-20".to_string(), "发稿".to_string())]
        );
        assert_eq!(
            dates(&format!("更新时间:2023年11月20日{body}")),
            [("2023年11月20日".to_string(), "更新".to_string())]
        );
        // A label naming no event, and a line of the release date alone, date the
        // release's publication (date.release_event).
        assert_eq!(
            dates(&format!("Date: 2023-11-20{body}")),
            [("2023-11-20".to_string(), "发布".to_string())]
        );
        assert_eq!(
            dates(&format!("某镇果树栽植情况\n2023-11-20{body}")),
            [("2023-11-20".to_string(), "发布".to_string())]
        );
        // The release date opening its line before a time of day: the page's stamp.
        assert_eq!(
            dates(&format!("某镇果树栽植情况\n2023-11-20 09:41:07{body}")),
            [("2023-11-20".to_string(), "发布".to_string())]
        );
        assert_eq!(
            dates(&format!(
                "某镇果树栽植情况\n2023-11-20 09:41 某镇人民政府{body}"
            )),
            [("2023-11-20".to_string(), "发布".to_string())]
        );
        assert_eq!(
            dates(&format!("索引号 A-01 公开日期: 2023-11-20 09:41{body}")),
            [("2023-11-20".to_string(), "公开".to_string())]
        );
        // Other numeric dates are page stamps; ROC ones are dates in Taiwan only.
        assert!(dates(&format!("浏览 2023-11-20 09:41{body}")).is_empty());
        assert!(dates(&format!("2023-11-20 9时许{body}")).is_empty());
        assert!(dates(&format!("2023-11-20 阅读：35{body}")).is_empty());
        assert!(dates(&format!("2023-11-20 阅读：35\n2023-11-19{body}")).is_empty());
        assert!(dates(&format!("发布日期：112-11-20{body}")).is_empty());
        let tw = "發布日期：112-11-20\n行政院核定，縣府今年補助果農3200萬元。";
        assert_eq!(dates(tw), [("112-11-20".to_string(), "發布".to_string())]);
    }

    #[test]
    fn dispatch_signature_and_stamp_dates_date_the_publication() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |text: &str| -> Vec<(String, String)> {
            (ex.extract(text, Options::default()).facts.into_iter())
                .filter(|f| f.kind == Kind::Date)
                .map(|f| (f.text, f.subject))
                .collect()
        };
        let published = |d: &str| vec![(d.to_string(), "发布".to_string())];
        // A newspaper's dateline in the page's head: before a byline's label, a space
        // or at the end of its line; not a title's event.
        let body = "\n全镇今年新栽果树3200株，新建果园12个，带动农户增收明显。";
        let d = dates(&format!(
            "某镇果树栽植情况\n2031年08月23日来源:某日报{body}"
        ));
        assert_eq!(d, published("2031年08月23日"));
        let d = dates(&format!("某市日报 2031年08月03日 张某 李某{body}"));
        assert_eq!(d, published("2031年08月03日"));
        let d = dates(&format!("当前报章2031年02月04日{body}"));
        assert_eq!(d, published("2031年02月04日"));
        let d = dates(&format!("2031年08月03日某镇召开果树栽植现场会{body}"));
        assert_ne!(d, published("2031年08月03日"));
        // A dispatch's dateline (日讯, 日电), not a word going on after the mark.
        let d = dates("某县新闻网3月9日讯（记者 王某）全县新栽果树3200株。");
        assert_eq!(d, published("3月9日"));
        // A news item's (3月6日消息), and a bulletin's date in brackets under its issuers.
        let d = dates("3月6日消息，某某物流基地西地块已竣工，总投资5亿元。");
        assert_eq!(d, published("3月6日"));
        let d = dates("某县经济普查公报\n某县统计局\n（2031年7月30日）\n全县共有法人单位2833个。");
        assert_eq!(d, published("2031年7月30日"));
        let d = dates("某镇3月9日电视台开播，全镇新栽果树3200株。");
        assert_ne!(d, published("3月9日"));
        // A full date alone on its line under the sender of a reply, though the page was
        // published later.
        let reply = "发布日期：2023-12-01\n关于增设路灯的答复\n全镇今年新装路灯320盏。\n某镇人民政府\n2023年11月20日";
        let d = dates(reply);
        assert!(
            d.contains(&("2023年11月20日".to_string(), "发布".to_string())),
            "{d:?}"
        );
        // The release date opening its line before a weekday, or a clock a counter is
        // glued to.
        let body = "\n全镇今年新栽果树3200株。";
        let d = dates(&format!("2023年11月20日 星期一 返回首页 | 版面导航{body}"));
        assert_eq!(d, published("2023年11月20日"));
        let d = dates(&format!("2023年11月20日 08:30:00ab浏览量:35次{body}"));
        assert_eq!(d, published("2023年11月20日"));
        // A date opening a report of what the reporter learnt.
        let d = dates("2023年11月20日，记者从县林业局了解到，全镇今年新栽果树3200株。");
        assert_eq!(d, published("2023年11月20日"));
        let d = dates("2023年11月20日，记者来到某村，村民正在栽果树。");
        assert_ne!(d, published("2023年11月20日"));
    }

    #[test]
    fn years_inside_a_long_quoted_plan_name_are_no_dates() {
        let v = values(
            "县里获批实施“2022-2025年城东片区老旧小区综合改造提升工程（二期）”，投资8000万元。",
        );
        assert!(!v.iter().any(|r| r.0.contains('年')), "{v:?}");
        assert!(v.iter().any(|r| r.0 == "8000万元"), "{v:?}");
        // The figures of such a name are part of it; the sentence's own stay figures.
        let v = values("市里推动“滨江生态绿廊建设八年50万棵植树计划”，今年种植6万棵。");
        assert!(!v.iter().any(|r| r.0 == "50万棵" || r.0 == "八年"), "{v:?}");
        assert!(v.iter().any(|r| r.0 == "6万棵"), "{v:?}");
    }

    #[test]
    fn a_count_after_counted_items_is_one_of_them() {
        let v = values("园区有12家电子企业、5家制药企业、3家物流企业入驻。");
        assert!(v.iter().any(|r| r.0 == "3家"), "{v:?}");
        // Items without figures are what the count counts.
        let v = values("甲镇、乙镇和丙镇3个镇完成改造。");
        assert!(!v.iter().any(|r| r.0 == "3个"), "{v:?}");
    }

    #[test]
    fn a_page_counter_is_no_fact() {
        // The stamp's date is the release's publication (a date row), the counter none.
        let v = values("2023-05-06 10:12  阅读：2381次  来源：区融媒体中心");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].0, "2023-05-06", "{v:?}");
        // In prose the label is a measure.
        let v = values("平台全年访问量达120万次。");
        assert_eq!(v.len(), 1, "{v:?}");
    }

    #[test]
    fn a_spaced_related_articles_heading_ends_the_release() {
        let v = values("全县新增就业岗位800个。\n今日 推荐\n- 6月全市用电量增长5.2%\n");
        assert_eq!(v.len(), 1, "{v:?}");
    }

    #[test]
    fn a_readers_suggestions_heading_ends_the_release() {
        for heading in ["您可能感兴趣的文章", "閱讀排行", "内容推荐"] {
            let text = format!("全县新增就业岗位800个。\n{heading}\n- 08-21两家企业营收翻倍\n");
            assert_eq!(values(&text).len(), 1, "{heading}");
        }
        // The words inside a sentence of the release end nothing.
        let v = values("全县新增就业岗位800个，内容推荐平台新增用户3000人。");
        assert_eq!(v.len(), 2, "{v:?}");
    }

    #[test]
    fn a_change_in_real_terms_takes_the_measure_of_the_topic_before() {
        let subj = subjects_of(
            "纺织及成衣业的增加价值，在今年第三季与上年同期比较实质下降4.1%，而第二季则上升1.2%。",
        );
        assert_eq!(subj.len(), 2, "{subj:?}");
        assert!(subj[0].starts_with("纺织及成衣业的增加价值"), "{subj:?}");
        assert!(subj[0].ends_with("下降"), "{subj:?}");
        assert!(subj[1].starts_with("纺织及成衣业的增加价值"), "{subj:?}");
        let subj = subjects_of("皮革制品业的增加价值，在五月名义上升7.5%。");
        assert!(subj[0].starts_with("皮革制品业"), "{subj:?}");
        assert!(subj[0].ends_with("上升"), "{subj:?}");
        // The real change after the nominal one, prices taken out in a clause between.
        let subj = subjects_of("农民人均纯收入为9000元，增长9.1%，扣除价格因素，实际增长6.5%。");
        assert_eq!(subj[2], "农民人均纯收入实际增长", "{subj:?}");
        // After a nominal change (名义增长) the real one is the income's, not the nominal's.
        let subj = subjects_of("全县农民人均纯收入8000元，名义增长9%，扣除价格因素实际增长7%。");
        assert_eq!(
            subj[1..],
            ["农民人均纯收入名义增长", "农民人均纯收入实际增长"]
        );
        // 实际 before a measure of its own stays (实际完成投资).
        let subj = subjects_of("全年实际完成投资12亿元。");
        assert!(subj[0].contains("实际完成投资"), "{subj:?}");
    }

    #[test]
    fn a_figure_of_a_starting_time_is_of_what_stands_before_its_mark() {
        let subj =
            subjects_of("登记求职人数由去年5至7月的8.2万人，减少至6至8月的7.9万人，减少约3000人。");
        assert_eq!(subj[0], "登记求职人数", "{subj:?}");
        assert_eq!(subj[1], "登记求职人数", "{subj:?}");
        assert!(subj[2].starts_with("登记求职人数"), "{subj:?}");
        // The level a change reaches at a time is the measure, not the change.
        let subj = subjects_of("待业人数由今年3至5月的5.2万人上升至4至6月的5.6万人。");
        assert_eq!(subj, ["待业人数", "待业人数"]);
        let subj = subjects_of("全港空置率从去年第一季的的3.1%回落。");
        assert_eq!(subj[0], "全港空置率", "{subj:?}");
    }

    #[test]
    fn an_amount_allotted_is_for_the_purpose_after_it() {
        let subj = subjects_of("县长当场同意动支38万元，改善村道排水沟。");
        assert_eq!(subj, ["改善村道排水沟"]);
        let subj = subjects_of("县府拨款260万元用于修缮老旧校舍。");
        assert_eq!(subj, ["修缮老旧校舍"]);
        // Not when the subject names something besides the verb.
        let subj = subjects_of("今年共投入专项资金500万元，改善农村道路。");
        assert_ne!(subj, ["改善农村道路"]);
    }

    // Session 19 (c2): values and dates of page spacing, conditions, proportions.

    fn value_of(v: &[(String, String, String)], text: &str) -> Option<String> {
        v.iter()
            .find(|(t, _, _)| t == text)
            .map(|(_, v, _)| v.clone())
    }

    #[test]
    fn a_zero_typed_among_chinese_digits_is_their_zero() {
        let v = values("该镇修缮祠堂花费八四0萬元。");
        assert_eq!(
            value_of(&v, "八四0萬元").as_deref(),
            Some("8400000"),
            "{v:?}"
        );
        let v = values("二00九年三月，该馆开放。");
        assert_eq!(
            value_of(&v, "二00九年三月").as_deref(),
            Some("2009-03"),
            "{v:?}"
        );
        // A 0 after a scale or an Arabic digit stays as written.
        let v = values("全年引资30亿元。");
        assert_eq!(
            value_of(&v, "30亿元").as_deref(),
            Some("3000000000"),
            "{v:?}"
        );
    }

    #[test]
    fn page_spacing_inside_a_year_and_a_decimal() {
        let v = values("2011 年5月，新厂房落成。");
        assert_eq!(
            value_of(&v, "2011 年5月").as_deref(),
            Some("2011-05"),
            "{v:?}"
        );
        let v = values("全镇实现农业产值245 . 6亿元，增长3 .5%。");
        assert_eq!(
            value_of(&v, "245 . 6亿元").as_deref(),
            Some("24560000000"),
            "{v:?}"
        );
        assert_eq!(value_of(&v, "3 .5%").as_deref(), Some("3.5"), "{v:?}");
        // A spaced duration is no year; a list number opening its line no decimal.
        assert!(values("已连续经营 12 年。")
            .iter()
            .all(|(_, v, _)| v != "2012"));
        let v = values("1 . 12个村完成改造");
        assert!(value_of(&v, "1 . 12个").is_none(), "{v:?}");
    }

    #[test]
    fn bounded_durations_of_a_rule_are_no_facts() {
        let t = "申领者须在本地居住最少五年，每年离境不超过60日。";
        assert!(all_texts(t).is_empty(), "{:?}", all_texts(t));
        assert!(all_texts("两针之间须相隔至少21天。").is_empty());
        // A span that happened stays.
        assert_eq!(all_texts("工程历时三年完工。"), ["三年"]);
    }

    #[test]
    fn how_far_ahead_a_plan_looks_is_no_figure() {
        // A span bounded by its end before 将: a plan's horizon, not a duration measured;
        // the figure after it keeps its own subject.
        let t = "厂房出租已达9成，预计5年内将达到1200亿元的产值。";
        assert_eq!(all_texts(t), ["9成", "1200亿元"]);
        assert_eq!(
            all_texts("园区规划十年内，将旧有厂房全部更新。"),
            Vec::<String>::new()
        );
        // A time limit of a service stays.
        assert_eq!(all_texts("承诺3个工作日内办结。"), ["3个工作日内"]);
    }

    #[test]
    fn a_proportion_is_no_pair_of_counts() {
        let texts = all_texts("到2040年，本市每4人中有1人是老年人。");
        assert!(!texts.iter().any(|t| t.ends_with('人')), "{texts:?}");
        // Two counts of one unit without 每 stay.
        assert_eq!(all_texts("参加者8人，有2人获奖。"), ["8人", "2人"]);
    }

    #[test]
    fn the_year_after_reaches_back_one_sentence() {
        let v = values("该厂于2015年建成。翌年6月，二期动工。");
        assert_eq!(value_of(&v, "6月").as_deref(), Some("2016-06"), "{v:?}");
        let v = values("该厂于2015年建成。同年9月，二期动工。");
        assert_eq!(value_of(&v, "9月").as_deref(), Some("2015-09"), "{v:?}");
    }

    #[test]
    fn a_bare_time_label_dates_the_page() {
        let v = values("时间：2021-04-08\n全县新增企业120家。");
        assert_eq!(
            value_of(&v, "2021-04-08").as_deref(),
            Some("2021-04-08"),
            "{v:?}"
        );
        let v = values("来源：某某网 日期 2021-04-08\n全县新增企业120家。");
        assert_eq!(
            value_of(&v, "2021-04-08").as_deref(),
            Some("2021-04-08"),
            "{v:?}"
        );
        // An event's time is no release date.
        let v = values("活动时间：2021-04-08\n全县新增企业120家。");
        assert!(value_of(&v, "2021-04-08").is_none(), "{v:?}");
    }

    #[test]
    fn a_quarter_after_the_release_month_is_last_years() {
        let t = "发布日期：2024-02-20\n第四季本地居民失业率为2.1%，按季下降0.1个百分点。";
        let v = values(t);
        assert_eq!(value_of(&v, "第四季").as_deref(), Some("2023-Q4"), "{v:?}");
        // A plan keeps the release's year, and so does 今年.
        let t = "发布日期：2024-02-20\n新馆预计第四季落成，投资3亿元。";
        assert_eq!(value_of(&values(t), "第四季").as_deref(), Some("2024-Q4"));
        let t = "发布日期：2024-09-20\n第一季本地居民失业率为2.1%。";
        assert_eq!(value_of(&values(t), "第一季").as_deref(), Some("2024-Q1"));
        // What is reckoned lies ahead, though the sentence tells the past too.
        let t = "发布日期：2025-02-27\n已经下了60多只羊羔，估计3月底能全部生产完。";
        assert_eq!(value_of(&values(t), "3月底").as_deref(), Some("2025-03"));
        // A span of months ending after the release's month is last year's span.
        let t = "发布日期：2020-01-10\n1—10月，全市工业投资完成444.6亿元。";
        assert_eq!(value_of(&values(t), "1—10月").as_deref(), Some("2019-01"));
        let t = "发布日期：2020-11-10\n1—10月，全市工业投资完成444.6亿元。";
        assert_eq!(value_of(&values(t), "1—10月").as_deref(), Some("2020-01"));
        // Months and days in a sentence telling the past; an announcement's lie ahead.
        let t = "发布日期：2025-02-10\n去年投诉增加，与9月某健身中心突然结业有关，涉及投诉5600宗。";
        assert_eq!(value_of(&values(t), "9月").as_deref(), Some("2024-09"));
        let t = "发布日期：2025-01-08\n比赛5月5日举行，2月17日接受报名，名额120个。";
        assert_eq!(
            value_of(&values(t), "5月5日").as_deref(),
            Some("2025-05-05")
        );
        // Data a body has published (据某局发布的12月份资料显示) are reported: past.
        let t = "发布日期：2019-06-01\n据省统计局发布的12月份资料显示，全市房价上涨9.8%。";
        assert_eq!(value_of(&values(t), "12月份").as_deref(), Some("2018-12"));
    }

    #[test]
    fn a_price_naming_only_its_product_is_its_price() {
        assert_eq!(
            subjects_of("大白菜2.35元/公斤，环比上涨2.1%；生姜收购价9.6元/公斤。"),
            ["大白菜价格", "大白菜价格环比上涨", "生姜收购价"]
        );
        // A sum of money per a unit that names money already stays.
        assert_eq!(
            subjects_of("今年种粮补贴标准为120元/亩。"),
            ["种粮补贴标准"]
        );
        // Money per a person or a month is no price of goods.
        assert_eq!(
            subjects_of("城镇居民人均2400元/月，慰问困难群众发放500元/人。"),
            ["城镇居民人均", "慰问困难群众发放"]
        );
        assert_eq!(subjects_of("汽油零售9.05元/升。"), ["汽油零售价格"]);
    }

    #[test]
    fn a_day_no_calendar_has_is_no_date_row() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let dates = |t: &str| -> Vec<String> {
            (ex.extract(t, Options::default()).facts.into_iter())
                .filter(|f| f.kind == Kind::Date)
                .map(|f| match f.value {
                    Value::Date(v) => v,
                    other => format!("{other:?}"),
                })
                .collect()
        };
        assert_eq!(dates("2021年2月30日，某厂投产。"), Vec::<String>::new());
        assert_eq!(dates("2021年2月28日，某厂投产。"), ["2021-02-28"]);
    }

    #[test]
    fn a_figure_repeated_across_a_comparison_is_a_figure_of_speech() {
        assert!(rows("游客一年比一年多，收入一天比一天高。").is_empty());
        assert!(rows("来看花灯的人一年比一年多。").is_empty());
        // A comparison of two different figures stays.
        let got = rows("今年接待游客12万人次，比去年多3万人次。");
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_dimension_alone_measures_what_the_figure_before_measured() {
        assert_eq!(
            subjects_of("这条村道全长3.2公里，宽5米，厚20厘米。"),
            ["这条村道全长", "这条村道宽度", "这条村道厚度"]
        );
        assert_eq!(
            subjects_of("改建渠道长800米，深1.5米。"),
            ["改建渠道长", "改建渠道深度"]
        );
        // A clause that names more than the dimension, a figure of another kind, or a
        // subject naming no dimension before keep their own reading.
        assert_eq!(subjects_of("村道全长3.2公里，路肩宽0.5米。")[1], "路肩宽");
        assert_ne!(subjects_of("村道全长3.2公里，高5%。")[1], "村道高度");
        assert_ne!(subjects_of("投资800万元，宽6米。")[1], "投资宽度");
    }

    #[test]
    fn a_kind_of_generic_item_takes_the_verb_before_its_count() {
        // 签约的27个项目 takes its verb; so does a kind of project or enterprise.
        assert_eq!(
            subjects_of("本次集中签约的12个工业项目，总投资45亿元。"),
            ["签约工业项目", "签约工业项目总投资"]
        );
        assert_eq!(
            subjects_of("在引进的9家规上企业中，制造业6家。")[0],
            "引进规上企业"
        );
        assert_eq!(
            subjects_of("全镇建成的5个项目覆盖全部行政村。"),
            ["建成项目"]
        );
        // A verb after a generic item is its predicate, no part of its name.
        assert_eq!(
            subjects_of("此次开工的15个工业项目涵盖陶瓷、物流等领域。"),
            ["开工工业项目"]
        );
        assert_eq!(subjects_of("全镇5个重点项目覆盖全县。"), ["重点项目"]);
    }

    #[test]
    fn items_of_a_labelled_list_take_the_quoted_measure_of_its_lead() {
        let text = "今年前三季度“农产品网络零售额”各县分别统计如下：一、甲县：1.2亿元\
            （较去年同期增长15%）；二、乙县：8000万元（较去年同期增长9%）。";
        assert_eq!(
            subjects_of(text),
            [
                "甲县农产品网络零售额",
                "甲县农产品网络零售额增长",
                "乙县农产品网络零售额",
                "乙县农产品网络零售额增长"
            ]
        );
        // Labels that name their measure themselves keep it; so does a list whose lead
        // quotes nothing.
        assert_eq!(
            subjects_of("主要指标完成情况如下：一、地区生产总值：120亿元；二、财政收入：8亿元。"),
            ["地区生产总值", "财政收入"]
        );
        // Without a lead ending in 如下 a label stays alone.
        assert_eq!(
            subjects_of("“春运客流”统计：一、甲站：3万人次；二、乙站：2万人次。")[0],
            "甲站"
        );
    }

    #[test]
    fn a_change_in_permille_points_is_a_tenth_of_a_point() {
        let got = values_of(
            "婴儿死亡率、孕产妇死亡率分别下降0.2个和0.4个千分点，新生兒死亡率下降0.1個千分點。",
        );
        let want = [
            ("0.2个", "0.02", "pp"),
            ("0.4个千分点", "0.04", "pp"),
            ("0.1個千分點", "0.01", "pp"),
        ];
        let want: Vec<_> = (want.iter())
            .map(|(t, v, u)| (t.to_string(), v.to_string(), u.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn an_amount_after_a_capacity_is_the_works_not_the_capacitys() {
        assert_eq!(
            subjects_of("建设年产5万吨饲料项目，总投资3亿元。"),
            ["饲料项目年产能", "饲料项目总投资"]
        );
        assert_eq!(
            subjects_of("一期日熔600吨浮法玻璃生产线，总投资4亿元。"),
            ["浮法玻璃生产线日熔化能力", "浮法玻璃生产线总投资"]
        );
    }

    #[test]
    fn a_share_after_a_count_of_an_item_is_the_share_of_what_it_counted() {
        assert_eq!(
            subjects_of("全镇登记家庭农场120个，其中：种植业90个，占75%；林业6个，占5%。"),
            [
                "登记家庭农场",
                "种植业登记家庭农场",
                "种植业登记家庭农场占比",
                "林业登记家庭农场",
                "林业登记家庭农场占比"
            ]
        );
        // A share naming what it is of keeps it; a share after a measure already named
        // whole keeps its reading.
        assert_eq!(
            subjects_of("一产增加值12亿元，占比15%。"),
            ["一产增加值", "一产增加值占比"]
        );
    }

    #[test]
    fn later_items_of_a_list_of_figures_and_things_keep_the_first_items_frame() {
        // Figure first, then thing: the verb before the first item frames each.
        assert_eq!(
            subjects_of("公司计划建设60万吨甲醇、20万吨合成氨。"),
            ["公司计划建设甲醇", "公司计划建设合成氨"]
        );
        // Thing first, then figure; a third item too.
        assert_eq!(
            subjects_of("今年已生产尿素12万吨、复合肥8万吨、磷铵3万吨。"),
            ["生产尿素", "生产复合肥", "生产磷铵"]
        );
        // A measure after the thing frames the later thing too.
        assert_eq!(
            subjects_of("建成年产30万吨焦炭、10万吨焦油的生产线。")[1],
            "焦油年产能"
        );
        // Items naming their own measure, or of other units, keep their reading.
        assert_eq!(
            subjects_of("全县生猪存栏12万头、肉牛存栏3万头。"),
            ["生猪存栏", "肉牛存栏"]
        );
    }

    #[test]
    fn digits_inside_a_term_of_the_dictionary_are_no_figure() {
        // 4050人员 names a group of workers by their ages (patterns/dict.txt).
        let got = values_of("今年帮助4050人员再就业1.98万人。");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "1.98万人");
        let s = subjects_of("今年帮助4050人员再就业1.98万人。");
        assert!(s[0].ends_with("4050人员再就业"), "{s:?}");
        // Digits before a word that is no term stay a figure.
        assert_eq!(
            values_of("全县新增就业4050人，人员流动加快。")[0].0,
            "4050人"
        );
    }

    #[test]
    fn a_thing_named_alone_takes_the_measure_of_its_figures_kind() {
        assert_eq!(
            subjects_of("园区已建成6栋厂房，仓库2400平方米。")[1],
            "仓库面积"
        );
        assert_eq!(subjects_of("新修排水渠3.5公里。")[0], "新修排水渠");
        assert_eq!(
            subjects_of("围栏1.2万米，排水渠4.6万米。"),
            ["围栏长度", "排水渠长度"]
        );
        // A subject naming its measure keeps its reading; so do counts.
        assert_eq!(subjects_of("道路全长6.8公里。")[0], "道路全长");
        assert_eq!(subjects_of("现有6栋厂房，3座仓库。")[0], "厂房");
    }

    #[test]
    fn a_counted_noun_after_verbs_alone_takes_the_verb_governing_it() {
        assert_eq!(
            subjects_of("项目投产后，可增加近800个就业岗位。"),
            ["增加就业岗位"]
        );
        assert_eq!(subjects_of("共带动3000多户农户。")[0], "带动农户");
        // A phrase naming its measure itself stays as it is.
        assert_eq!(
            subjects_of("全年吸引会议及奖励活动与会者人数9000人次。")[0],
            "吸引会议及奖励活动与会者人数"
        );
    }

    #[test]
    fn a_comparisons_base_is_the_value_of_the_figure_before_at_that_time() {
        assert_eq!(
            subjects_of("今年全县粮食产量52万吨，较2023年的48万吨增加4万吨。"),
            ["粮食产量", "2023年粮食产量", "粮食产量较2023年增加"]
        );
        assert_eq!(
            subjects_of("全市快递业务量完成3.2亿件，比去年同期的2.6亿件增长23%。")[1],
            "去年同期快递业务量"
        );
        // A base of another kind, or a figure after a time that is no comparison's,
        // keeps its reading.
        assert_ne!(
            subjects_of("粮食产量52万吨，较2023年的3%增加。")[1],
            "2023年粮食产量"
        );
        assert_eq!(
            subjects_of("粮食产量52万吨，2023年的48万吨。")[1],
            "粮食产量"
        );
    }

    #[test]
    fn a_change_against_a_written_year_names_that_base() {
        assert_eq!(
            subjects_of("全市工厂2.5万家，较2023年12月份增加616家，较2021年增加900家。"),
            ["工厂", "工厂较2023年12月份增加", "工厂较2021年增加"]
        );
        assert_eq!(
            subjects_of("全县粮食产量52万吨，比2020年增长12%。"),
            ["粮食产量", "粮食产量比2020年增长"]
        );
        // A change against last year in words keeps its reading.
        assert_eq!(
            subjects_of("全县粮食产量52万吨，比上年增长12%。")[1],
            "粮食产量增长"
        );
    }

    /// (text, value, unit) of each row of `text`.
    fn values_of(text: &str) -> Vec<(String, String, String)> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        (ex.extract(text, Options::default()).facts.into_iter())
            .map(|f| {
                let v = match f.value {
                    Value::Num(d) => d.normalize().to_string(),
                    other => format!("{other:?}"),
                };
                (f.text, v, f.unit)
            })
            .collect()
    }

    #[test]
    fn a_yield_after_one_mu_of_land_is_per_hectare() {
        let got = values_of("菜农说，一亩地能收获2500公斤青菜头。");
        let want = (
            "2500公斤".to_string(),
            "37.5".to_string(),
            "t/ha".to_string(),
        );
        assert_eq!(got, [want]);
    }
}
