//! Dates in a sentence -> ISO values: 2026年3月26日 → 2026-03-26, 3月26日 → (release
//! year)-03-26, 6月底 → 2026-06, 2025年底 → 2025-12, 第一季度 → 2026-Q1, 上半年 → 2026-H1,
//! 前三季度 → 2026-Q1 … 2026-Q3. Ranges are one date with an upper end: 1-5月,
//! 10月1日-4日, 9月29日至10月6日, 2011-2020年 (never a duration), 2017至19年. Without a
//! known year the year is left out: --05-03, --05, --Q2, --H1. Years outside 1900–2100 and
//! month/day numbers out of range are not dates. Relative words alone (今年, 年底) are not
//! dates here.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::{Captures, Regex};

use super::number::{self, parse_number};
use super::text::Folded;
use crate::error::{Error, Result};
use crate::patterns::{Cues, WordList};

/// A date found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// First char (sentence char index).
    pub start: usize,
    /// Char after the date.
    pub end: usize,
    /// ISO value: 2026-03-26, 2026-03, 2026, 2026-Q1, 2026-H1; without a known year
    /// --03-26, --03, --Q1, --H1.
    pub value: String,
    /// Upper end of a range (前三季度, 1-5月, 10月1日-4日, 2011-2020年).
    pub value_max: Option<String>,
    /// The year was written, not inferred.
    pub explicit_year: bool,
}

impl DateMention {
    /// The date at chars `[start, end)` with a resolved (value, value_max, explicit year).
    fn at(start: usize, end: usize, resolved: (String, Option<String>, bool)) -> DateMention {
        let (value, value_max, explicit_year) = resolved;
        DateMention {
            start,
            end,
            value,
            value_max,
            explicit_year,
        }
    }
}

/// What a period word of rule `date.period` stands for (its value in cues.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    /// Value `H1` or `H2`: a half year (上半年).
    Half(u8),
    /// Value `Qa-Qb` or `Qa`: quarters a to b (前三季度 = Q1-Q3).
    Quarters(u8, u8),
    /// Empty value: the whole year (全年), which is no date.
    NoDate,
}

impl Period {
    /// Parses a value of rule `date.period`.
    fn parse(v: &str) -> Option<Period> {
        let quarter = |q: &str| {
            q.strip_prefix('Q')?
                .parse()
                .ok()
                .filter(|n| (1..=4).contains(n))
        };
        if v.is_empty() {
            return Some(Period::NoDate);
        }
        if let Some(h) = v.strip_prefix('H') {
            return match h {
                "1" => Some(Period::Half(1)),
                "2" => Some(Period::Half(2)),
                _ => None,
            };
        }
        let (a, b) = v.split_once('-').unwrap_or((v, v));
        let (a, b) = (quarter(a)?, quarter(b)?);
        (a <= b).then_some(Period::Quarters(a, b))
    }
}

/// A date before a since word (`date.since_after`: 以来) that is a reference, not a
/// period: with a `date.since_before` word right before it (自2005年以来) or a record word
/// (`date.record_after`: 最, 新高) after the since word in its clause (2011年以来最高). It
/// is never the release's year nor the year of the figures after it.
#[derive(Debug, Clone)]
pub struct SinceRule {
    before: WordList,
    after: WordList,
    record: WordList,
}

/// How far after a since word a record word may stand (以来录得的最低).
const MAX_RECORD_GAP: usize = 8;

impl SinceRule {
    /// Reads the `date.since_*` and `date.record_after` words of `cues`.
    pub fn new(cues: &Cues) -> SinceRule {
        SinceRule {
            before: cues.at(crate::cue!("date.since_before")).clone(),
            after: cues.at(crate::cue!("date.since_after")).clone(),
            record: cues.at(crate::cue!("date.record_after")).clone(),
        }
    }

    /// Whether a since word closes, after other words, the clause of the date ending at
    /// char `end` of `f` (2009年3月公司成立以来, 2016年营运以来): the date of an event the
    /// text counts from, long past when it is written; no sign of the text's year.
    pub fn after_event(&self, f: &Folded, end: usize) -> bool {
        let clause: String = (f.rest(end).chars())
            .take_while(|&c| !super::subject::is_delim(c))
            .take(MAX_RECORD_GAP)
            .collect();
        self.after.prefix_of(&clause).is_none() && self.after.occurs_in(&clause)
    }

    /// Whether the date at chars `start..end` of `f` is such a reference.
    pub fn is_reference(&self, f: &Folded, start: usize, end: usize) -> bool {
        let rest = f.rest(end);
        let Some(w) = self.after.prefix_of(rest) else {
            return false;
        };
        if self.before.ends(f.before(start)) {
            return true;
        }
        let clause: String = rest[w.len()..]
            .chars()
            .take_while(|&c| !super::subject::is_delim(c))
            .take(MAX_RECORD_GAP)
            .collect();
        self.record.occurs_in(&clause)
    }
}

/// The date rules: the date regexes, built from the `date.*` word lists of cues.tsv and
/// the numeral characters of [`super::number`]; built once per extractor.
pub struct DateRules {
    /// Dates in a sentence (2026年3月26日, 6月底, 第一季度).
    re: Regex,
    /// Release-date labels (发布时间：).
    label: Regex,
    /// The labels' words, valued with the event they name (发布时间: 发布).
    label_words: WordList,
    /// Labels that name no event (时间, 日期): labels only opening a line or a cell.
    lone_labels: WordList,
    /// Year ranges and day ranges.
    ranges: RangeRules,
    /// Period words and what they stand for.
    periods: HashMap<String, Period>,
    /// Words right before a target date (到2027年).
    target_preps: WordList,
    /// Words shortly before a target date (力争2030年).
    target_words: WordList,
    /// Words right after a target date (2030年可建成: `date.target_after`).
    target_after: WordList,
    /// Words right before a full date the text reports (截至2022年12月31日, 于某日开始:
    /// `date.reported_before`): it does not date the article.
    reported_before: WordList,
    /// Marks of a change's start (从2021年底的19家增加到…: `date.from_base_before`, valued
    /// with the particle after the year): the year of a base, not the text's.
    from_base_before: WordList,
    /// Words right after a date things stand at (至2019年3月15日止: `date.cutoff_after`):
    /// no target, though a target word opens it.
    cutoff_after: WordList,
    /// Labels of a list of projects right after a year (2020年重点项目, 2019年第一批:
    /// `date.list_label`), optionally after a scope (省, 市: `date.list_scope`).
    list_label: WordList,
    list_scope: WordList,
    list_join: WordList,
    /// Words right before a year that name a beginning in the past (始建于2006年:
    /// `date.origin_before`): no release year.
    origin_before: WordList,
    /// Words closing the clause of a full date that name a founding (于2019年5月23日在某园区
    /// 注册成立: `date.origin_after`): a past day, never the release's own.
    origin_after: WordList,
    /// Ends of the names of events and meetings (表彰大会, 招商周: `date.event_name_end`)
    /// and words naming a review of a year (总结: `date.review_name`), see [`event_year`].
    event_name_end: WordList,
    review_name: WordList,
    /// Words right after a year naming its whole year's results (2023年全年的…:
    /// `date.whole_year_after`) and words of plans (`date.plan_word`), see
    /// [`Head::year`].
    whole_year_after: WordList,
    plan_words: WordList,
    /// Words that put a sentence's years ahead of the text (`date.future_word`).
    future_words: WordList,
    /// A date as the start of a span up to the text's time (自2005年以来, 2011年以来最高).
    pub since: SinceRule,
    /// Words right before a yearless date that put it in the year after the one carried
    /// in its sentence (翌年5月: `date.next_year_before`).
    next_year_before: WordList,
    /// Words right before a date without a year that put it in the year written before
    /// it, in its sentence or the one before (同年).
    same_year_before: WordList,
    /// Dates with a year of the Republic of China calendar (民国102年, and in a Taiwan
    /// release 108年5月3日, 112年度): the year-led part of the date grammar with an ROC
    /// year (see [`DateRules::roc_year`]).
    roc: Regex,
    /// Era words before an ROC year (民国).
    roc_era: WordList,
    /// Words right before a bare number + 年 that make it a duration, not an ROC year
    /// (近20年, 连续10年).
    roc_duration_before: WordList,
    /// Verbs ending with a `roc_duration_before` word that compare with a year rather
    /// than approximate a span (逼近105年的108萬人: close to the year 105's count).
    roc_year_verb: WordList,
    /// Words right after a bare number + 年 that make it a duration (20年来, 10年以上).
    roc_duration_after: WordList,
    /// Words after a bare two-digit number + 年 opening a clause that keep it a span of
    /// time (30年前, 50年的): see [`DateRules::roc_lead`].
    roc_lead_not_after: WordList,
    /// Words right before a bare two-digit number + 年 that make it an ROC year in any
    /// Taiwan release (自97年起: `date.roc_year_since`).
    roc_year_since: WordList,
    /// Chars right before 前N个月 that make 前 part of another word (先前, 此前:
    /// `date.first_months_not_after`): no first months of a year.
    first_months_not_after: WordList,
    /// Words shortly before a bare day that put it after the release (将于本周五(29日):
    /// `date.future_before`).
    future_before: WordList,
    /// Day words before a day in brackets, valued `before` or `after` when the day lies on
    /// that side of the release (昨(12)日, 明(14)日: `date.today`).
    today_words: WordList,
    /// Particles before a comparison base (较2018年第二季: `period.comparison`), whose
    /// year is not the release's.
    comparison: WordList,
    /// Relative year words other than this year's, with their offsets (`period.relative`:
    /// 去年 -1): 去年第二季 beside 2018年第二季 makes the release's year 2019.
    relative: Vec<(String, i32)>,
    /// Names of the days of the week (`figure.weekday`), which may follow a signature's
    /// date in brackets (2024年5月10日（星期五）).
    weekday: WordList,
}

impl DateRules {
    /// True when the date at `start` of `f` is a target (到2027年, 力争2030年): a
    /// `date.target_prep` word right before it or a `date.target_word` among the 4 chars
    /// before it.
    fn is_target(&self, f: &Folded, start: usize) -> bool {
        let before: String = f
            .before(start)
            .chars()
            .rev()
            .take(4)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        // A word of another clause (…培训计划，2022/23学年…) plans nothing of this date.
        let before = before
            .rsplit([',', ';', '\u{ff0c}', '\u{3002}', '\u{ff1b}'])
            .next()
            .unwrap_or_default();
        // 截至2025年12月底 (as of): a word ending like a target preposition, valued
        // `none`, is no target.
        let prep = (self.target_preps.suffix_of(before))
            .is_some_and(|w| self.target_preps.value(w) != Some(NOT_TARGET));
        prep || self.target_words.occurs_in(before)
    }

    /// Builds the rules from `cues`; a bad `date.period` value is an error.
    pub fn new(cues: &Cues) -> Result<DateRules> {
        let mut periods = HashMap::new();
        for (w, v) in cues.at(crate::cue!("date.period")).entries() {
            let p = Period::parse(v).ok_or_else(|| {
                let msg = format!("value {v:?} is not H1, H2, Qn, Qa-Qb or empty");
                cues.error("date.period", w, &msg)
            })?;
            periods.insert(w.to_string(), p);
        }
        if let Some((w, v)) = cues
            .at(crate::cue!("date.part"))
            .entries()
            .find(|&(_, v)| !matches!(v, "start" | "end"))
        {
            let msg = format!("value {v:?} is not start or end");
            return Err(cues.error("date.part", w, &msg));
        }
        let label_words = cues.at(crate::cue!("date.release_label"));
        if let Some((w, v)) = (label_words.entries()).find(|&(w, v)| !w.starts_with(v)) {
            let msg = format!("value {v:?} is not a beginning of the label (the event it names)");
            return Err(cues.error("date.release_label", w, &msg));
        }
        let re_err = |e: regex::Error| Error::Config(format!("cues.tsv: date rules: {e}"));
        let labels = alternation(cues.at(crate::cue!("date.release_label")), None);
        // A label in a header cell (【发布日期】2025-03-28, [ 发布日期 ] | 2025-03-28) closes with
        // a bracket and may be followed by a cell separator.
        let label = Regex::new(&format!(r"(?:{labels})\s*[\]】]?\s*[:：|]?\s*")).map_err(re_err)?;
        let period_words = alternation(cues.at(crate::cue!("date.period")), None);
        let (dated, rest) = date_pattern(cues, &period_words, YEAR);
        let roc_year = format!(
            r"(?P<era>{})?{ROC_YEAR}",
            alternation(cues.at(crate::cue!("date.roc_era")), None)
        );
        let (roc, _) = date_pattern(cues, &period_words, &roc_year);
        Ok(DateRules {
            re: Regex::new(&format!("{dated}|{rest}")).map_err(re_err)?,
            label,
            label_words: label_words.clone(),
            lone_labels: cues.at(crate::cue!("date.release_label_lone")).clone(),
            ranges: RangeRules::new(cues).map_err(re_err)?,
            periods,
            target_preps: cues.at(crate::cue!("date.target_prep")).clone(),
            target_words: cues.at(crate::cue!("date.target_word")).clone(),
            target_after: cues.at(crate::cue!("date.target_after")).clone(),
            reported_before: cues.at(crate::cue!("date.reported_before")).clone(),
            from_base_before: cues.at(crate::cue!("date.from_base_before")).clone(),
            cutoff_after: cues.at(crate::cue!("date.cutoff_after")).clone(),
            list_label: cues.at(crate::cue!("date.list_label")).clone(),
            list_scope: cues.at(crate::cue!("date.list_scope")).clone(),
            list_join: cues.at(crate::cue!("date.list_join")).clone(),
            origin_before: cues.at(crate::cue!("date.origin_before")).clone(),
            origin_after: cues.at(crate::cue!("date.origin_after")).clone(),
            event_name_end: cues.at(crate::cue!("date.event_name_end")).clone(),
            review_name: cues.at(crate::cue!("date.review_name")).clone(),
            whole_year_after: cues.at(crate::cue!("date.whole_year_after")).clone(),
            plan_words: cues.at(crate::cue!("date.plan_word")).clone(),
            future_words: cues.at(crate::cue!("date.future_word")).clone(),
            since: SinceRule::new(cues),
            next_year_before: cues.at(crate::cue!("date.next_year_before")).clone(),
            same_year_before: cues.at(crate::cue!("date.same_year_before")).clone(),
            roc: Regex::new(&roc).map_err(re_err)?,
            roc_era: cues.at(crate::cue!("date.roc_era")).clone(),
            roc_duration_before: cues.at(crate::cue!("date.roc_duration_before")).clone(),
            roc_year_verb: cues.at(crate::cue!("date.roc_year_verb")).clone(),
            roc_duration_after: cues.at(crate::cue!("date.roc_duration_after")).clone(),
            roc_lead_not_after: cues.at(crate::cue!("date.roc_lead_not_after")).clone(),
            roc_year_since: cues.at(crate::cue!("date.roc_year_since")).clone(),
            comparison: cues.at(crate::cue!("period.comparison")).clone(),
            future_before: cues.at(crate::cue!("date.future_before")).clone(),
            today_words: cues.at(crate::cue!("date.today")).clone(),
            first_months_not_after: (cues.at(crate::cue!("date.first_months_not_after"))).clone(),
            // Bad offsets are reported by `period::Periods::new`.
            relative: (cues.at(crate::cue!("period.relative")).entries())
                .filter_map(|(w, v)| Some((w.to_string(), v.trim().parse().ok()?)))
                .filter(|&(_, d)| d != 0)
                .collect(),
            weekday: cues.at(crate::cue!("figure.weekday")).clone(),
        })
    }

    /// The chars of the event that a release-date label ending right before char `at` of
    /// `f` names (发布 of 发布时间：2024-05-03: the label's `date.release_label` value, a
    /// beginning of it; empty for a label without one, Date:), the subject of the date
    /// there; None when no label ends there.
    pub fn release_label_before(&self, f: &Folded, at: usize) -> Option<(usize, usize)> {
        let m = self.labels(f).find(|m| f.char_at_byte(m.end()) == at)?;
        let rest = &f.text[m.start()..];
        let (_, event) = (self.label_words.entries())
            .filter(|(w, _)| rest.starts_with(w))
            .max_by_key(|(w, _)| w.len())?;
        let start = f.char_at_byte(m.start());
        Some((start, start + event.chars().count()))
    }

    /// The release-date labels of `f`: a `date.release_label_lone` word (时间：, 日期 without
    /// an event of its own; 活动时间：… is no release date) only where it opens its line or
    /// a cell (after a space or a bar: 来源：某网 日期：2024-05-03).
    fn labels<'t>(&'t self, f: &'t Folded) -> impl Iterator<Item = regex::Match<'t>> + 't {
        self.label.find_iter(&f.text).filter(move |m| {
            let word = m.as_str().trim_end_matches(|c: char| !c.is_alphabetic());
            let word = word.trim_end_matches(|c: char| c.is_whitespace());
            if !self.lone_labels.contains(word) {
                return true;
            }
            let head = f.text[..m.start()].trim_end_matches([' ', '\t', '\u{3000}']);
            let cell = head.len() < f.text[..m.start()].len();
            head.is_empty() || head.ends_with(['\n', '\r', '|', '\u{ff5c}']) || cell
        })
    }

    /// Whether a release label (来源:, 发布时间:) stands after char `end` of `f`: a date
    /// opening its line before one (2021-02-19  来源:本站原创) is the page's stamp.
    pub fn label_after(&self, f: &Folded, end: usize) -> bool {
        let at = f.text.len() - f.rest(end).len();
        self.labels(f).any(|m| m.start() >= at)
    }

    /// What a period of the date regex (groups `p`, `pq`, `pm` with suffix `sfx`) stands
    /// for in `year` (None: no year known, values such as `--Q2`): (value, upper end of a
    /// range).
    fn period_value(
        &self,
        year: Option<i32>,
        c: &Captures,
        sfx: &str,
    ) -> Option<(String, Option<String>)> {
        let year = year.map_or_else(|| "-".to_string(), |y| y.to_string());
        let q = |n: u8| format!("{year}-Q{n}");
        let group = |name: &str| c.name(&format!("{name}{sfx}")).map(|m| m.as_str());
        // 第四季度, 四季度; 第四季 as Hong Kong and Taiwan write it (四季 alone is seasons).
        if let Some(n) = group("pq").or_else(|| group("pqx")) {
            let n = small(n).filter(|n| (1..=4).contains(n))?;
            // 1-2季度, 一至三季度: quarters a to n.
            return Some(match group("pqa") {
                Some(a) => {
                    let a = small(a).filter(|a| (1..n).contains(a))?;
                    (q(a as u8), Some(q(n as u8)))
                }
                None => (format!("{year}-Q{n}"), None),
            });
        }
        // 前10个月, 首5个月: January to the tenth (fifth) month.
        if let Some(n) = group("pm") {
            let n = small(n).filter(|n| (1..=12).contains(n))?;
            return Some((format!("{year}-01"), Some(format!("{year}-{n:02}"))));
        }
        Some(match *self.periods.get(group("p")?)? {
            Period::Half(h) => (format!("{year}-H{h}"), None),
            Period::Quarters(a, b) => (q(a), (a < b).then(|| q(b))),
            Period::NoDate => return None,
        })
    }
}

/// The year group of the date regex: a year of the common era (2026, 二〇二六), or its
/// last two digits (24年11月1日, 二四年十一月一日: see [`short_year`]); a space a page's
/// spacing put before 年 (`ysp`: 2008 年7月) is taken after four digits only
/// ([`spaced_short_year`]).
const YEAR: &str = "(?P<y>(?:19|20)\\d{2}|[{d02}][{d09}]{3}|\\d{2}|[{d09}]{2})(?P<ysp> )?";

/// The year group of an ROC date: 2 or 3 digits, or a Chinese numeral of at most five
/// chars (一○五, 九十五, 一百零二); which of them are years decides [`DateRules::roc_year`].
const ROC_YEAR: &str = "(?P<y>\\d{2,3}|[{d09}{ten}{hundred}]{1,5})";

/// The date regex, as (dates led by a year, the other alternatives): dates with a year
/// (2026年3月26日, 2026年1—10月, 2026年上半年, 2025年底), month ranges, months and days
/// without one (3月26日, 6月底), and periods (第一季度). `year_group` is the regex of the
/// year ([`YEAR`], or [`ROC_YEAR`] with its era), its `{d02}`, `{d09}`, `{ten}` and
/// `{hundred}` filled in here. The numerals are the Chinese digits of
/// [`super::number`] in any form.
fn date_pattern(cues: &Cues, period_words: &str, year_group: &str) -> (String, String) {
    let digits =
        |lo: u8, hi: u8| -> String { number::DIGITS[usize::from(lo)..=usize::from(hi)].concat() };
    let ten = number::SCALES[0].0;
    let (d02, d09, d12, d13, d14, d19) = (
        digits(0, 2),
        digits(0, 9),
        digits(1, 2),
        digits(1, 3),
        digits(1, 4),
        digits(1, 9),
    );
    let twos = number::COUNTING_TWOS;
    let (days, parts) = (
        cues.at(crate::cue!("date.day")),
        cues.at(crate::cue!("date.part")),
    );
    let (day, part, end) = (
        alternation(days, None),
        alternation(parts, None),
        alternation(parts, Some("end")),
    );
    let sep = range_sep(cues);
    let msfx = format!(
        "(?:{})?",
        alternation(cues.at(crate::cue!("date.month_suffix")), None)
    );
    let first = alternation(cues.at(crate::cue!("date.first_months")), None);
    // 年度 (2026年度计划) is the same year.
    let year = format!(
        "{}年(?P<fy>度)?",
        year_group
            .replace("{d02}", &d02)
            .replace("{d09}", &d09)
            .replace("{ten}", ten)
            .replace("{hundred}", number::SCALES[1].0)
    );
    let period = |s: &str| {
        format!(
            r"(?P<p{s}>{period_words}|(?:第?(?P<pqa{s}>[{d14}1-4])(?:季度?)?{sep})?(?:第(?P<pqx{s}>[{d14}1-4])季度?|(?P<pq{s}>[{d14}1-4])季度)|(?:{first})(?P<pm{s}>1[0-2]|[1-9]|[{ten}][{d12}]?|[{d19}{twos}])[个個]?月)"
        )
    };
    // The end of a period (三季度末, 上半年末): the period is the date.
    let pend = format!("(?:{end})?");
    let md = format!(
        r"(?P<m>\d{{1,2}}|[{ten}][{d12}]?|[{d19}]) ?月{msfx}(?: ?(?P<d>\d{{1,2}}|[{d13}]?[{ten}][{d19}]?|[{d19}]) ?(?:{day}))?(?:{part})?"
    );
    let dated = format!(
        r"{year}(?: ?(?:(?P<ma>\d{{1,2}})月?{sep}(?P<mb>\d{{1,2}})月{msfx}|{md}|{p1}{pend}|(?P<ye>{end})))?",
        p1 = period(""),
    );
    // A month and day in Chinese numerals, both written (八月十九日), as Macau and
    // official texts date without a year; a month alone so written may be no date.
    let rest = format!(
        r"(?P<ma2>\d{{1,2}}) ?月? ?{sep} ?(?P<mb2>\d{{1,2}}) ?月{msfx}|(?P<m2>\d{{1,2}}) ?月{msfx}(?: ?(?P<d2>\d{{1,2}}) ?(?:{day}))?(?:{part})?|(?P<m3>[{ten}][{d12}]?|[{d19}])月(?P<d3>[{d13}]?[{ten}][{d19}]?|[{d19}])(?:{day})(?:{part})?|{p2}{pend}",
        p2 = period("2"),
    );
    (dated, rest)
}

/// The range separator of the date grammar: a dash or tilde, or a `date.range` word (至).
fn range_sep(cues: &Cues) -> String {
    let words = alternation(cues.at(crate::cue!("date.range")), None);
    format!(r"(?:[—\-~～]|{words})")
}

/// The words of `list` (those whose value is `value`, when given) as a regex alternation.
fn alternation(list: &WordList, value: Option<&str>) -> String {
    let mut words: Vec<&str> = list
        .entries()
        .filter(|&(_, v)| value.is_none_or(|x| x == v))
        .map(|(w, _)| w)
        .collect();
    // Longest first: the regex takes the first alternative that matches (前三季度, not
    // 前三季 and a stray 度).
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let alts: Vec<String> = words.into_iter().map(regex::escape).collect();
    alts.join("|")
}

/// A day number of the date grammar (26, 二十六).
fn day_number() -> String {
    let digits =
        |lo: u8, hi: u8| -> String { number::DIGITS[usize::from(lo)..=usize::from(hi)].concat() };
    let ten = number::SCALES[0].0;
    format!(
        r"(?:\d{{1,2}}|[{d13}]?[{ten}][{d19}]?|[{d19}])",
        d13 = digits(1, 3),
        d19 = digits(1, 9)
    )
}

/// The range regexes: year ranges (1993~2000年, 2017至19年), and what may follow a date
/// to make it a day range (10月1日-4日, 10月1-4日).
struct RangeRules {
    /// A year range: `a` and `b` (two digits: the year of `a`'s century).
    years: Regex,
    /// After a day: the separator and, optionally, the last day (-4日).
    after_day: Regex,
    /// After a month: its first and last day (1-4日).
    after_month: Regex,
    /// Before a month: the year's first month and a separator (元至5月: `date.first_month`).
    first_month: Regex,
    /// After a day: a list joiner and a bare day of the same month (4月11日、13日:
    /// `date.day_joiner`).
    listed_day: Regex,
    /// An ROC year range (110-111年, 110至112年度): two 3-digit years.
    roc_years: Regex,
    /// A day in brackets after a day word (今(4)日, 昨(3)日: `date.today`).
    today: Regex,
    /// A year in brackets after a relative year word (今(111)年, 去（2021）年:
    /// `date.bracket_year`): its number in `y`.
    bracket_year: Regex,
    /// A bare day that dates an event (陈某26日表示, 某网5日电, 报道：5日，, (23日)):
    /// its number in `a` (before a `date.day_event` word), `b` (opening a sentence or
    /// after a colon, before a comma) or `c` (in brackets).
    event_day: Regex,
}

impl RangeRules {
    fn new(cues: &Cues) -> std::result::Result<RangeRules, regex::Error> {
        let sep = range_sep(cues);
        let day = format!(
            "(?:{})",
            alternation(cues.at(crate::cue!("date.day")), None)
        );
        let n = day_number();
        let d09 = number::DIGITS.concat();
        let d02 = number::DIGITS[..3].concat();
        let year = format!(r"(?:19|20)\d{{2}}|[{d02}][{d09}]{{3}}");
        // A range of years: its first (`a`) and last (`b`) year, as given; the year may
        // be of a kind (学年: `date.year_kind`).
        let kind = alternation(cues.at(crate::cue!("date.year_kind")), None);
        let year_range = |a: &str, b: &str| {
            format!(
                r"(?P<a>{a})年?[ \x{{3000}}]?(?:{sep}|/)[ \x{{3000}}]?(?P<b>{b})(?:{kind})?年(?:度)?"
            )
        };
        Ok(RangeRules {
            years: Regex::new(&year_range(&year, &format!(r"{year}|\d{{2}}|[{d09}]{{2}}")))?,
            after_day: Regex::new(&format!(r"^{sep}(?:(?P<d>{n}){day})?"))?,
            after_month: Regex::new(&format!(r"^(?P<a>{n}){sep}(?P<b>{n}){day}"))?,
            first_month: Regex::new(&format!(
                r"(?:{}) ?{sep} ?$",
                alternation(cues.at(crate::cue!("date.first_month")), None)
            ))?,
            listed_day: Regex::new(&format!(
                r"^(?:{}) ?(?P<d>{n}){day}",
                alternation(cues.at(crate::cue!("date.day_joiner")), None)
            ))?,
            today: Regex::new(&format!(
                r"(?P<w>{}) ?[(（] ?(?P<d>\d{{1,2}}) ?[)）] ?{day}",
                alternation(cues.at(crate::cue!("date.today")), None)
            ))?,
            bracket_year: Regex::new(&format!(
                r"(?P<w>{}) ?[(（] ?(?P<y>1\d{{2}}|(?:19|20)\d{{2}}) ?[)）] ?年",
                alternation(cues.at(crate::cue!("date.bracket_year")), None)
            ))?,
            roc_years: Regex::new(&year_range(r"1\d{2}|[4-9]\d", r"1\d{2}"))?,
            event_day: Regex::new(&format!(
                r"(?:^|[^\d.])(?P<a>\d{{1,2}}){day}(?:{})|(?:^|[:：] ?)(?P<b>\d{{1,2}}){day}[,，]|[(（](?P<c>\d{{1,2}}){day}[)）]",
                alternation(cues.at(crate::cue!("date.day_event")), None)
            ))?,
        })
    }
}

/// Bytes of the longest line that can be a numeric date alone (2024-05-03).
const DATELINE_BYTES: usize = 10;

/// Chars before a bare day searched for a `date.future_before` word.
const FUTURE_WINDOW: usize = 8;
/// Days of a week: a day of 本周 lies within them of the release day.
const WEEK: u32 = 7;

fn small(s: &str) -> Option<u32> {
    parse_number(s).ok().and_then(|d| u32::try_from(d).ok())
}

/// The value of two digits written either way (27, 二七).
fn two_digits(s: &str) -> Option<i32> {
    s.chars()
        .map(|c| {
            c.to_digit(10)
                .map(|d| d as u8)
                .or_else(|| number::digit_value(c))
        })
        .try_fold(0i32, |acc, d| Some(acc * 10 + i32::from(d?)))
}

fn year_of(s: &str) -> Option<i32> {
    let y: i32 = if s.chars().all(|c| c.is_ascii_digit()) {
        s.parse().ok()?
    } else {
        // 二〇二六: digit by digit.
        s.chars()
            .map(number::digit_value)
            .try_fold(0i32, |acc, d| Some(acc * 10 + i32::from(d?)))?
    };
    (1900..=2100).contains(&y).then_some(y)
}

fn month_value(year: Option<i32>, m: &str, d: Option<&str>, end_word: bool) -> Option<String> {
    let m = small(m).filter(|m| (1..=12).contains(m))?;
    let y = year.map(|y| y.to_string()).unwrap_or_else(|| "-".into());
    match d {
        Some(d) if !end_word => {
            let d = small(d).filter(|d| (1..=31).contains(d))?;
            Some(format!("{y}-{m:02}-{d:02}"))
        }
        _ => Some(format!("{y}-{m:02}")),
    }
}

/// 1—10月: the months from the first to the second, in one year.
fn month_range(year: Option<i32>, a: &str, b: &str) -> Option<(String, String)> {
    let lo = month_value(year, a, None, false)?;
    let hi = month_value(year, b, None, false)?;
    (lo < hi).then_some((lo, hi))
}

fn resolve(
    c: &Captures,
    doc_year: Option<i32>,
    rules: &DateRules,
) -> Option<(String, Option<String>, bool)> {
    if let Some(y) = c.name("y") {
        let year = year_of(y.as_str()).or_else(|| short_year(c, y.as_str(), doc_year))?;
        return resolve_dated(c, year, rules);
    }
    if let (Some(a), Some(b)) = (c.name("ma2"), c.name("mb2")) {
        let (v, max) = month_range(doc_year, a.as_str(), b.as_str())?;
        return Some((v, Some(max), false));
    }
    if let Some(m) = c.name("m2").or(c.name("m3")) {
        let d = c.name("d2").or(c.name("d3"));
        let v = month_value(doc_year, m.as_str(), d.map(|d| d.as_str()), false)?;
        return Some((v, None, false));
    }
    c.name("p2")?;
    let (v, max) = rules.period_value(doc_year, c, "2")?;
    Some((v, max, false))
}

/// The year of a date led by the year's last two digits `y` (24年11月1日, 24年底,
/// 二四年十一月一日): only with a month, period or year's end after it in Arabic digits,
/// a month, or two digits that do not rise by one, in Chinese ones (一八年, 〇三年: 二十四年
/// and 24年来 are durations, 五六年 a vague count); of the
/// century that puts it no later than the year after the document's (`doc_year`; none
/// known: 00–50 this century).
fn short_year(c: &Captures, y: &str, doc_year: Option<i32>) -> Option<i32> {
    let arabic = y.chars().all(|ch| ch.is_ascii_digit());
    let nn = two_digits(y)?;
    let tail = if arabic {
        ["m", "ma", "p", "ye"].iter().any(|g| c.name(g).is_some())
    } else {
        // 一八年, 〇三年底: Chinese digits read one by one are never a count of years
        // (eighteen years is 十八年); two rising by one (五六年, 一二年) are a vague count.
        let vague = nn % 10 == nn / 10 + 1;
        c.name("m").is_some() || !vague
    };
    if y.chars().count() != 2 || !tail {
        return None;
    }
    // A year alone in Chinese digits (一七年) may be past a document year guessed from
    // the older years it cites: this century up to 49.
    let latest = match doc_year {
        Some(d) if arabic || c.name("m").is_some() => d + 1,
        _ => 2049,
    };
    Some(if 2000 + nn <= latest {
        2000 + nn
    } else {
        1900 + nn
    })
}

/// A date led by its year `year` (of the common era): the year, or the month range,
/// month, day or period written after it.
fn resolve_dated(
    c: &Captures,
    year: i32,
    rules: &DateRules,
) -> Option<(String, Option<String>, bool)> {
    if let (Some(a), Some(b)) = (c.name("ma"), c.name("mb")) {
        let (v, max) = month_range(Some(year), a.as_str(), b.as_str())?;
        return Some((v, Some(max), true));
    }
    if let Some(m) = c.name("m") {
        let v = month_value(
            Some(year),
            m.as_str(),
            c.name("d").map(|d| d.as_str()),
            false,
        )?;
        return Some((v, None, true));
    }
    if c.name("p").is_some() {
        // 2018年全年: a period word that is no date leaves the year.
        let (v, max) = rules
            .period_value(Some(year), c, "")
            .unwrap_or_else(|| (year.to_string(), None));
        return Some((v, max, true));
    }
    if c.name("ye").is_some() {
        return Some((format!("{year}-12"), None, true));
    }
    Some((year.to_string(), None, true))
}

/// Finds the dates of a sentence of a mainland release; `doc_year` resolves dates
/// written without a year. ROC years count only after their era word (民国102年).
pub fn scan_dates(f: &Folded, doc_year: Option<i32>, rules: &DateRules) -> Vec<DateMention> {
    scan_dates_in(f, doc_year, rules, false)
}

/// [`scan_dates`] for a release of Taiwan (`taiwan`) or elsewhere: in a Taiwan release a
/// bare ROC year (108年5月3日, 112年度) is a year too (see [`DateRules::roc_year`]).
pub fn scan_dates_in(
    f: &Folded,
    doc_year: Option<i32>,
    rules: &DateRules,
    taiwan: bool,
) -> Vec<DateMention> {
    let mut out = scan_ce_dates(f, doc_year, rules);
    if taiwan || rules.roc_era.occurs_in(&f.text) {
        // Two digits before 年 there are an ROC year (99年3月 = 2010), never a short one.
        out.retain(|d| !short_year_at(f, d));
        let roc = roc_dates(f, rules, taiwan, doc_year);
        if !roc.is_empty() {
            // A date with a common-era year wins; a month or day without one inside an
            // ROC date (5月3日 of 108年5月3日) is part of it.
            let overlap = |a: &DateMention, b: &DateMention| a.start < b.end && b.start < a.end;
            let roc: Vec<DateMention> = roc
                .into_iter()
                .filter(|d| !out.iter().any(|o| o.explicit_year && overlap(o, d)))
                .collect();
            out.retain(|o| !roc.iter().any(|d| overlap(o, d)));
            out.extend(roc);
            out.sort_by_key(|d| d.start);
        }
    }
    if taiwan {
        let ranges = roc_year_ranges(f, rules);
        if !ranges.is_empty() {
            out.retain(|o| !ranges.iter().any(|r| o.start < r.end && r.start < o.end));
            out.extend(ranges);
            out.sort_by_key(|d| d.start);
        }
    }
    first_month_ranges(f, &mut out, rules);
    listed_days(f, &mut out, rules);
    out
}

/// Whether `d` is led by a year's last two digits (24年11月): a date with its year
/// written that opens with exactly two digits (a month-led date has no written year).
fn short_year_at(f: &Folded, d: &DateMention) -> bool {
    let digit = |i: usize| {
        f.char(i)
            .is_some_and(|c| c.is_ascii_digit() || number::digit_value(c).is_some())
    };
    d.explicit_year && digit(d.start) && digit(d.start + 1) && !digit(d.start + 2)
}

/// A month written after the year's first month and a range separator (元至5月, 元-5月:
/// `date.first_month`) is the range from January: a cumulative period, not the month
/// alone. A first-month word glued to a figure (500元至5月底) is that figure's unit.
fn first_month_ranges(f: &Folded, dates: &mut [DateMention], rules: &DateRules) {
    for d in dates.iter_mut() {
        let Some((year, 1)) = date_shape(&d.value).filter(|_| d.value_max.is_none()) else {
            continue;
        };
        let Some(m) = rules.ranges.first_month.find(f.before(d.start)) else {
            continue;
        };
        let start = f.char_at_byte(m.start());
        let glued = f
            .char_before(start)
            .is_some_and(|c| c.is_ascii_digit() || number::is_numeral_char(c));
        let first = format!("{year}-01");
        if glued || first >= d.value {
            continue;
        }
        d.value_max = Some(std::mem::replace(&mut d.value, first));
        d.start = start;
    }
}

/// Bare days listed after a day (4月11日、13日和15日: `date.day_joiner`) are days of its
/// month and year.
fn listed_days(f: &Folded, dates: &mut Vec<DateMention>, rules: &DateRules) {
    let mut i = 0;
    while i < dates.len() {
        let d = &dates[i];
        let next_start = dates.get(i + 1).map_or(usize::MAX, |n| n.start);
        let listed = (date_shape(&d.value).filter(|&(_, n)| n == 2 && d.value_max.is_none()))
            .and_then(|_| rules.ranges.listed_day.captures(f.rest(d.end)))
            .and_then(|c| {
                let n = small(c.name("d")?.as_str()).filter(|n| (1..=31).contains(n))?;
                let len = c.get(0)?.as_str().chars().count();
                let day = c.name("d")?;
                let start = d.end + c.get(0)?.as_str()[..day.start()].chars().count();
                let after = f.char(d.end + len);
                // 11日、13日至15日 is left to the day range; a digit after is another figure.
                let whole = after.is_none_or(|c| !c.is_ascii_digit());
                let v = format!("{}-{n:02}", &d.value[..d.value.len() - 3]);
                (whole && d.end + len <= next_start && v > d.value).then_some((
                    start,
                    d.end + len,
                    v,
                ))
            });
        if let Some((start, end, value)) = listed {
            let explicit_year = d.explicit_year;
            dates.insert(
                i + 1,
                DateMention {
                    start,
                    end,
                    value,
                    value_max: None,
                    explicit_year,
                },
            );
        }
        i += 1;
    }
}

/// A day written in brackets after a day word (今(4)日, 昨（12）日, 明(14)日:
/// `date.today`), as a Taiwan release writes the day it is issued and the days around it:
/// that day of the month of `release`, the release date (yyyy-mm-dd) — of the month before
/// when a word valued `before` (昨) has a day later than the release's, of the month after
/// when one valued `after` (明) has an earlier day — added to `dates` where no date is.
pub fn today_dates(f: &Folded, release: &str, rules: &DateRules, dates: &mut Vec<DateMention>) {
    let Some((y, m, rd)) = release_day(release) else {
        return;
    };
    let mut added = false;
    for c in rules.ranges.today.captures_iter(&f.text) {
        let (Some(all), Some(w), Some(d)) = (c.get(0), c.name("w"), c.name("d")) else {
            continue;
        };
        let Some(day) = small(d.as_str()).filter(|d| (1..=31).contains(d)) else {
            continue;
        };
        let (start, end) = (f.char_at_byte(all.start()), f.char_at_byte(all.end()));
        if dates.iter().any(|o| o.start < end && start < o.end) {
            continue;
        }
        let side = (rules.today_words.entries())
            .find(|(x, _)| *x == w.as_str())
            .map_or("", |(_, v)| v);
        let (y, m) = month_step(
            (y, m),
            side == "after" && day < rd,
            side == "before" && day > rd,
        );
        dates.push(DateMention {
            start,
            end,
            value: format!("{y:04}-{m:02}-{day:02}"),
            value_max: None,
            explicit_year: false,
        });
        added = true;
    }
    if added {
        dates.sort_by_key(|d| d.start);
    }
}

/// The release date `release` (yyyy-mm-dd) as (year, month, day); None for a shorter one.
fn release_day(release: &str) -> Option<(u32, u32, u32)> {
    let parts: Vec<u32> = (release.split('-')).map_while(|p| p.parse().ok()).collect();
    match parts[..] {
        [y, m, d] => Some((y, m, d)),
        _ => None,
    }
}

/// The month after (`next`) or else before (`last`) the month `(year, month)`, or that
/// month when neither.
fn month_step((y, m): (u32, u32), next: bool, last: bool) -> (u32, u32) {
    match (next, last, m) {
        (true, _, 12) => (y + 1, 1),
        (true, _, m) => (y, m + 1),
        (false, true, 1) => (y - 1, 12),
        (false, true, m) => (y, m - 1),
        (false, false, m) => (y, m),
    }
}

/// The value of a `date.target_prep` word that is no target (截至: as of).
const NOT_TARGET: &str = "none";

/// The ROC calendar's year 0 in the common era (民国1年 = 1912).
const ROC_EPOCH: i32 = 1911;

/// 年, which closes a year.
const YEAR_CHAR: char = '\u{5e74}';

/// Chars before a bare ROC year searched for an era-marked year of its sentence.
const ROC_ERA_REACH: usize = 60;

/// Dates right after a relative year word with its year in brackets (今(111)年6月,
/// 去（2021）年10月: `date.bracket_year`), as Taiwan releases write them: the year in
/// brackets is the date's (an ROC year of three digits + 1911), as if written.
pub fn bracketed_years(f: &Folded, rules: &DateRules, dates: &mut [DateMention]) {
    if dates.iter().all(|d| d.explicit_year) {
        return;
    }
    for c in rules.ranges.bracket_year.captures_iter(&f.text) {
        let (Some(m), Some(y)) = (c.get(0), c.name("y")) else {
            continue;
        };
        let Ok(mut year) = y.as_str().parse::<i32>() else {
            continue;
        };
        if year < 1000 {
            year += ROC_EPOCH;
        }
        let end = f.char_at_byte(m.end());
        let Some(d) =
            (dates.iter_mut()).find(|d| d.start >= end && f.slice(end, d.start).trim().is_empty())
        else {
            continue;
        };
        if d.explicit_year {
            continue;
        }
        d.value = with_year(&d.value, year);
        d.value_max = d.value_max.as_deref().map(|v| with_year(v, year));
        d.explicit_year = true;
    }
}

/// `value` (an ISO date, or one without its year: --06) in year `year`.
fn with_year(value: &str, year: i32) -> String {
    match value.strip_prefix("--") {
        Some(rest) => format!("{year}-{rest}"),
        None if value
            .get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit())) =>
        {
            format!("{year}{}", &value[4..])
        }
        None => value.to_string(),
    }
}

/// Bare days that date an event of the text (陈某26日表示, 某网5日电, 报道：5日，…,
/// 昨天(23日): `RangeRules::event_day`), as news datelines write the day of the report:
/// that day of the month of `release` (yyyy-mm-dd), or of the month before when the day
/// is later than the release's, unless a `date.future_before` word shortly before it says
/// it is to come (将于29日: that month, or the next when the day is past; 本周五(29日): the
/// month that puts it within a week of the release); added to
/// `dates` where no date is. A day with any other
/// word after it (提前26日, 5日内) may be a span of days and is left alone. When the
/// release date is only the first date of the prose (`onward`: 1月13日，春运开始…。15日
/// 上午，…), the text tells on from it: a later day is of its month, not the month before.
pub fn event_days(
    f: &Folded,
    (release, onward): (&str, bool),
    rules: &DateRules,
    dates: &mut Vec<DateMention>,
) {
    let Some((y, m, rd)) = release_day(release) else {
        return;
    };
    let mut added = false;
    for c in rules.ranges.event_day.captures_iter(&f.text) {
        let Some(d) = c.name("a").or(c.name("b")).or(c.name("c")) else {
            continue;
        };
        let Some(day) = small(d.as_str()).filter(|d| (1..=31).contains(d)) else {
            continue;
        };
        // The day and its day word (日, 号): the mention's span.
        let start = f.char_at_byte(d.start());
        let end = start + d.as_str().chars().count() + 1;
        if dates.iter().any(|o| o.start < end && start < o.end) {
            continue;
        }
        let near = super::text::last_chars(f.before(start), FUTURE_WINDOW);
        let clause = near
            .rsplit(['，', '。', '；', ',', ';'])
            .next()
            .unwrap_or("");
        // 将于(29日) is to come; 本周五(16日) is within a week of the release either way.
        let to_come = rules
            .future_before
            .entries()
            .find(|(w, _)| clause.contains(w));
        let week = to_come.is_some_and(|(_, v)| v == "week");
        let next = match to_come {
            Some(_) if week => day + WEEK < rd,
            Some(_) => day < rd,
            None => false,
        };
        let last = if week {
            day > rd + WEEK
        } else {
            to_come.is_none() && day > rd && !onward
        };
        let (y, m) = month_step((y, m), next, last);
        dates.push(DateMention {
            start,
            end,
            value: format!("{y:04}-{m:02}-{day:02}"),
            value_max: None,
            explicit_year: false,
        });
        added = true;
    }
    if added {
        dates.sort_by_key(|d| d.start);
    }
}

/// Whether `d` is a year alone naming a list of projects or an award (列为2020年省重点项目,
/// 纳入2019年第一批: a `date.list_label` right after it, `rest`, perhaps after a
/// `date.list_scope`; 获评2023年度某某奖, 入选2024年某某名单: a `date.list_join` right
/// before it, `before`): the list's year, neither a date of a figure nor the year of the
/// text.
pub fn list_year(rules: &DateRules, d: &DateMention, before: &str, rest: &str) -> bool {
    if d.value_max.is_some() || d.value.len() != 4 {
        return false;
    }
    let rest = match rules.list_scope.prefix_of(rest) {
        Some(w) => &rest[w.len()..],
        None => rest,
    };
    rules.list_label.starts(rest) || rules.list_join.ends(before.trim_end())
}

/// Marks around a title (《施政报告》).
const TITLE_MARKS: [char; 2] = ['\u{300a}', '\u{300b}'];

/// Most chars of an event's name after the year opening it (2012年度总结表彰大会).
const MAX_EVENT_NAME_CHARS: usize = 18;

/// Whether `d` is a year alone, or a quarter or half of one, opening the name of an
/// event or meeting (2019年招商周, 2021年第一季度第二批重点项目集中开工活动,
/// 二〇一五年全国邮政管理工作会议, 2012年度总结表彰大会: `rest`, the text after it, runs
/// without a clause mark or digit to a `date.event_name_end` word): the name's year,
/// no date of a figure. Returns the offset from that year to the year the event is
/// held in: 1 when the name reviews the year (`date.review_name`: 2012年度总结表彰大会
/// is held in 2013), else 0.
pub fn event_year(rules: &DateRules, d: &DateMention, rest: &str) -> Option<i32> {
    // A year, or a year's quarter or half (2021年第一季度…集中开工活动: 2021-Q1).
    let part = d.value.get(4..6).is_some_and(|p| matches!(p, "-Q" | "-H"));
    if d.value_max.is_some() || !(d.value.len() == 4 || d.value.len() == 7 && part) {
        return None;
    }
    let mut name_end = None;
    for (k, (i, c)) in rest.char_indices().enumerate() {
        // A title's marks (2022年《施政报告》) hold the name, they do not end it.
        if k < MAX_EVENT_NAME_CHARS && TITLE_MARKS.contains(&c) {
            continue;
        }
        if k >= MAX_EVENT_NAME_CHARS || !c.is_alphabetic() || c.is_ascii() {
            break;
        }
        let upto = &rest[..i + c.len_utf8()];
        if rules.event_name_end.ends(upto) {
            name_end = Some(upto);
        }
    }
    let name = name_end?;
    Some(i32::from(rules.review_name.occurs_in(name)))
}

/// Whether the char before `start` continues a number (a digit or a decimal point): a
/// range found there is the tail of another figure.
fn after_number(f: &Folded, start: usize) -> bool {
    f.char_before(start)
        .is_some_and(|p| p.is_ascii_digit() || p == '.')
}

/// Most years an ROC year range opening with a two-digit year (95~104年) spans.
const MAX_ROC_TWO_DIGIT_SPAN: i32 = 20;

/// ROC year ranges of a Taiwan release (110-111年, 110 -111年, 110至112年度, 95~104年): one
/// date from the first year to the last (2021 … 2022), never a span of 110 years.
fn roc_year_ranges(f: &Folded, rules: &DateRules) -> Vec<DateMention> {
    let mut out = Vec::new();
    for c in rules.ranges.roc_years.captures_iter(&f.text) {
        let (Some(m), Some(a), Some(b)) = (c.get(0), c.name("a"), c.name("b")) else {
            continue;
        };
        let start = f.char_at_byte(m.start());
        if after_number(f, start) {
            continue;
        }
        let (Ok(lo), Ok(hi)) = (a.as_str().parse::<i32>(), b.as_str().parse::<i32>()) else {
            continue;
        };
        // A first year of two digits (95~104年) only for a span of a few years: 50~100年
        // is an age.
        let short = lo >= 100 || hi - lo <= MAX_ROC_TWO_DIGIT_SPAN;
        if hi <= lo || !short || rules.roc_duration_before.ends(f.before(start)) {
            continue;
        }
        out.push(DateMention {
            start,
            end: f.char_at_byte(m.end()),
            value: (lo + ROC_EPOCH).to_string(),
            value_max: Some((hi + ROC_EPOCH).to_string()),
            explicit_year: true,
        });
    }
    out
}

/// The dates of `f` with an ROC year (see [`DateRules::roc_year`]).
fn roc_dates(
    f: &Folded,
    rules: &DateRules,
    taiwan: bool,
    doc_year: Option<i32>,
) -> Vec<DateMention> {
    let mut out = Vec::new();
    for c in rules.roc.captures_iter(&f.text) {
        let m = c.get(0).expect("group 0");
        let (start, end) = (f.char_at_byte(m.start()), f.char_at_byte(m.end()));
        if f.char_before(start)
            .is_some_and(|p| p.is_ascii_digit() || p == '.')
        {
            continue;
        }
        let Some(year) = rules.roc_year(f, &c, taiwan, doc_year) else {
            continue;
        };
        if let Some(resolved) = resolve_dated(&c, year, rules) {
            out.push(DateMention::at(start, end, resolved));
        }
    }
    out
}

impl DateRules {
    /// The common-era year of an ROC date match `c` of `f` (ROC year + 1911), if it is
    /// one. After an era word (民国102年, 民国九十五年) any numeral from 1 to 189 is a
    /// year, in any release. Without one, only in a Taiwan release (`taiwan`) and only
    /// a number that reads as a year: 2 or 3 Arabic digits, Chinese digits written
    /// digit by digit (108, 一○五) or with their tens (九十五), from 10 to 199; one below
    /// 100 only with a month, a period or 年度 after it (95年3月, 95年度: 95年 alone is as
    /// often 95 years) or when
    /// it is one of the release's own years (`doc_year` or up to five years before it: 94年
    /// in a release of 95年); and none after a `date.roc_duration_before` word (近20年;
    /// not one ending a `date.roc_year_verb`, 逼近105年的) or
    /// with a `date.roc_duration_after` word after its 年 (20年来, 10年以上).
    fn roc_year(
        &self,
        f: &Folded,
        c: &Captures,
        taiwan: bool,
        doc_year: Option<i32>,
    ) -> Option<i32> {
        let y = c.name("y")?;
        let ys = y.as_str();
        let arabic = ys.bytes().all(|b| b.is_ascii_digit());
        if c.name("era").is_some() {
            let n = small(ys)?;
            let n = i32::try_from(n).ok().filter(|n| (1..=189).contains(n))?;
            return Some(n + ROC_EPOCH);
        }
        if !taiwan {
            return None;
        }
        let n: i32 = if arabic {
            if ys.starts_with('0') {
                return None;
            }
            ys.parse().ok()?
        } else if let Some(digits) =
            (ys.chars().map(number::digit_value)).collect::<Option<Vec<u8>>>()
        {
            if !(2..=3).contains(&digits.len()) || digits[0] == 0 {
                return None;
            }
            digits.iter().fold(0, |acc, &d| acc * 10 + i32::from(d))
        } else {
            // Written with its tens (九十五年底, 一百零一年): the same tests below.
            i32::try_from(small(ys)?).ok()?
        };
        if !(10..200).contains(&n) {
            return None;
        }
        // The text after the year's 年 (and 度).
        let nian_end = y.end() + f.text[y.end()..].chars().next().map_or(0, char::len_utf8);
        let fiscal = c.name("fy").is_some();
        let after_nian = &f.text[c.name("fy").map_or(nian_end, |m| m.end())..];
        let dated = ["ma", "m", "p", "ye"].iter().any(|g| c.name(g).is_some());
        let recent = doc_year.is_some_and(|d| (d - 5..=d).contains(&(n + ROC_EPOCH)));
        let start = f.char_at_byte(y.start());
        let lead = || self.roc_lead(f, start, after_nian, (n, doc_year));
        let since = || n >= 40 && self.roc_year_since.ends(f.before(start));
        // 民國96年，…，97年捷運開通; 100年…，101年…，97年…: a year in a sentence that
        // writes another as an ROC year (with its era, or of three digits).
        let sibling = || n >= 40 && self.roc_sibling(f, start, after_nian);
        if n < 100 && !dated && !fiscal && !recent && !lead() && !since() && !sibling() {
            return None;
        }
        let before = f.before(start);
        if self.roc_duration_before.ends(before) && !self.roc_year_verb.ends(before)
            || (!fiscal && self.roc_duration_after.starts(after_nian))
        {
            return None;
        }
        Some(n + ROC_EPOCH)
    }
}

impl DateRules {
    /// Whether the sentence around char `start` of `f` (up to [`ROC_ERA_REACH`] chars each
    /// way; `after_nian` is the text after the year) writes a year with an ROC era word
    /// (民國96年) or an ROC year of three digits (100年).
    fn roc_sibling(&self, f: &Folded, start: usize, after_nian: &str) -> bool {
        let ends = ['。', '！', '？', '\n'];
        let before: Vec<char> = f.before(start).chars().rev().take(ROC_ERA_REACH).collect();
        let before: String = before.into_iter().rev().collect();
        let before = before.rsplit(ends).next().unwrap_or_default();
        let after: String = after_nian.chars().take(ROC_ERA_REACH).collect();
        let after = after.split(ends).next().unwrap_or_default();
        let three_digit = |t: &str| {
            let c: Vec<char> = t.chars().collect();
            (3..c.len()).any(|k| {
                c[k] == YEAR_CHAR
                    && c[k - 3] == '1'
                    && c[k - 2..k].iter().all(char::is_ascii_digit)
                    && (k == 3 || !c[k - 4].is_ascii_digit())
            })
        };
        self.roc_era.occurs_in(before) || three_digit(before) || three_digit(after)
    }

    /// Whether a bare two-digit ROC year `n` at char `start` of `f` (`after_nian`: the
    /// text after its 年) reads as a year in a Taiwan release of the years written with
    /// two digits (`doc_year` before ROC 100 = 2011, or none): a year from ROC 40 (1951)
    /// that opens its line or clause (91年漁戶數：, 。93年產量) with a noun after it, not
    /// a word that makes it a span of time (`date.roc_duration_after`,
    /// `date.roc_lead_not_after`: 30年前, 50年的歷史, 50年代).
    fn roc_lead(
        &self,
        f: &Folded,
        start: usize,
        after_nian: &str,
        (n, doc_year): (i32, Option<i32>),
    ) -> bool {
        const ROC_100: i32 = 2011;
        let opens = f
            .char_before(start)
            .is_none_or(|c| c.is_whitespace() || (!c.is_alphanumeric() && c != '.' && c != '-'));
        let noun_after = after_nian.chars().next().is_some_and(|c| c.is_alphabetic())
            && !self.roc_duration_after.starts(after_nian)
            && !self.roc_lead_not_after.starts(after_nian);
        (40..100).contains(&n) && doc_year.is_none_or(|d| d < ROC_100) && opens && noun_after
    }
}

/// Chars of a release's head searched by [`roc_year_marks`].
const ROC_MARK_HEAD: usize = 4000;

/// How many bare ROC years that read as dates (a 3-digit year with 年度 or a month after
/// it: 112年度, 108年5月) and ROC numeric dates (113-04-01) the head of `text` holds:
/// marks of a Taiwan release.
pub fn roc_year_marks(text: &str, rules: &DateRules) -> usize {
    let end = text
        .char_indices()
        .nth(ROC_MARK_HEAD)
        .map_or(text.len(), |(i, _)| i);
    let f = Folded::new(&text[..end]);
    // The ROC numeric dates (發布日期：113-04-01) are those only the ROC reading finds.
    let roc_numeric = numeric_dates(&f, true)
        .len()
        .saturating_sub(numeric_dates(&f, false).len());
    // The matches are found by the regex's DFA; only those not glued to a number before
    // them (most are: 026年 inside 2026年) are read again for their groups.
    roc_numeric
        + (rules.roc.find_iter(&f.text))
            .filter(|all| {
                !f.char_before(f.char_at_byte(all.start()))
                    .is_some_and(|p| p.is_ascii_digit() || p == '.')
            })
            .filter_map(|all| rules.roc.captures_at(&f.text, all.start()))
            .filter(|c| {
                let Some(y) = c.name("y") else {
                    return false;
                };
                let strong = c.name("fy").is_some() || c.name("m").is_some();
                strong
                    && c.name("era").is_none()
                    && y.as_str().chars().count() == 3
                    && rules.roc_year(&f, c, true, None).is_some()
            })
            .count()
}

/// Whether a date match has a space before its 年 after anything but four Arabic digits
/// (共 10 年 is a duration, spaced for print; 2008 年 a year).
fn spaced_short_year(c: &Captures) -> bool {
    c.name("ysp").is_some()
        && c.name("y").is_some_and(|y| {
            y.as_str().len() != 4 || !y.as_str().bytes().all(|b| b.is_ascii_digit())
        })
}

/// The dates of a sentence with years of the common era: year ranges (2011-2020年)
/// first, then the dates of the date regex outside them, day ranges joined
/// ([`join_day_ranges`]).
fn scan_ce_dates(f: &Folded, doc_year: Option<i32>, rules: &DateRules) -> Vec<DateMention> {
    let mut out = Vec::new();
    // Every alternative of the date regex holds 年, 月 or 季 (季度): most sentences have
    // none, and a memchr-style search is far cheaper than the regex.
    if !f.text.contains(['年', '月', '季']) {
        return out;
    }
    let after_digit = |start: usize| {
        f.char_before(start)
            .is_some_and(|p| p.is_ascii_digit() || p == '.')
    };
    let years = year_ranges(f, rules);
    for c in rules.re.captures_iter(&f.text) {
        let m = c.get(0).expect("group 0");
        let (start, end) = (f.char_at_byte(m.start()), f.char_at_byte(m.end()));
        // 3个月, 12月份 are durations or fine; 2026年 after a digit is a longer number.
        if after_digit(start) || years.iter().any(|y| start < y.end && y.start < end) {
            continue;
        }
        if c.name("m2").is_some() && f.char_before(start) == Some('个') {
            continue;
        }
        // 十八月… or 三十一月…: a Chinese month glued to a numeral is no month, and a short
        // year's two digits after another numeral char (一百二三年) are part of a number.
        let short_year = c.name("y").is_some_and(|y| y.as_str().chars().count() == 2);
        if spaced_short_year(&c) {
            continue;
        }
        let after_numeral = f.char_before(start).is_some_and(number::is_numeral_char);
        if (short_year || c.name("m3").is_some()) && after_numeral {
            continue;
        }
        // 先前三个月, 此前两个月: the months before another period, not the year's first.
        let first_months = c.name("pm").or(c.name("pm2")).is_some();
        if first_months
            && (f.char_before(start)).is_some_and(|p| {
                rules
                    .first_months_not_after
                    .contains(p.encode_utf8(&mut [0; 4]))
            })
        {
            continue;
        }
        if let Some(resolved) = resolve(&c, doc_year, rules) {
            out.push(DateMention::at(start, end, resolved));
        }
    }
    let mut out = join_day_ranges(f, out, rules);
    if !years.is_empty() {
        out.extend(years);
        out.sort_by_key(|d| d.start);
    }
    out
}

/// The year ranges of `f` (1993~2000年, 2011年至2020年, 2017至19年, 2025/26年度: a two-digit
/// last year is of the first year's century), each one date from the first year to the last.
fn year_ranges(f: &Folded, rules: &DateRules) -> Vec<DateMention> {
    let mut out = Vec::new();
    for c in rules.ranges.years.captures_iter(&f.text) {
        let (Some(m), Some(a), Some(b)) = (c.get(0), c.name("a"), c.name("b")) else {
            continue;
        };
        let start = f.char_at_byte(m.start());
        if after_number(f, start) {
            continue;
        }
        let Some(lo) = year_of(a.as_str()) else {
            continue;
        };
        let hi = match b.as_str() {
            two if two.chars().count() == 2 => two_digits(two).map(|n| lo - lo % 100 + n),
            four => year_of(four),
        };
        let Some(hi) = hi.filter(|&hi| hi > lo && hi <= 2100) else {
            continue;
        };
        out.push(DateMention {
            start,
            end: f.char_at_byte(m.end()),
            value: lo.to_string(),
            value_max: Some(hi.to_string()),
            explicit_year: true,
        });
    }
    out
}

/// 2018年5月启动……预计10月底完成: a date written without a year takes the year of the
/// last date before it in the sentence that writes one (not a comparison base, a target,
/// a beginning in the past such as 始建于1987年, a span of years, nor after the year of a
/// dated release), rather than the release's
/// year. `relative(text)` is true for a text holding a relative year word: a date after
/// one (去年10月, 今年将……11月底) keeps the year that word gives. A sentence whose first
/// yearless date follows 翌年 or 同年 (`date.next_year_before`, `date.same_year_before`)
/// before any year of its own takes `prev`, the year an earlier sentence carried
/// (2008年投产。翌年7月… → 2009-07). Returns the year the sentence carries at its end.
pub fn carry_sentence_year(
    f: &Folded,
    rules: &DateRules,
    dates: &mut [DateMention],
    (release_year, prev): (Option<i32>, Option<i32>),
    relative: impl Fn(&str) -> bool,
) -> Option<i32> {
    let mut order: Vec<usize> = (0..dates.len()).collect();
    order.sort_by_key(|&i| dates[i].start);
    // The carried year and the end of the date that wrote it.
    let mut year: Option<(String, usize)> = None;
    // The month of a date whose year a relative word gave (去年5月): only later months
    // of the sentence take that year (去年5月签约，12月开工; not 去年12月……3月).
    let mut floor: Option<u32> = None;
    for i in order {
        let d = &mut dates[i];
        let near = super::text::last_chars(f.before(d.start), RELATIVE_REACH);
        if !d.explicit_year && relative(near) {
            if let (Some(y), Some(m)) = (d.value.get(..4), month_of(&d.value)) {
                if y.bytes().all(|b| b.is_ascii_digit()) {
                    year = Some((y.to_string(), d.end));
                    floor = Some(m);
                    continue;
                }
            }
        }
        let head = f.before(d.start);
        let linked = rules.next_year_before.ends(head) || rules.same_year_before.ends(head);
        if let (None, Some(p), false, true) = (&year, prev, d.explicit_year, linked) {
            year = Some((p.to_string(), d.start));
        }
        if d.explicit_year {
            let base = rules.comparison.ends(f.before(d.start))
                || rules.origin_before.ends(f.before(d.start))
                || event_year(rules, d, f.rest(d.end)) == Some(1)
                || rules.since.is_reference(f, d.start, d.end)
                || is_year_range(d)
                || rules.is_target(f, d.start);
            let written = d.value.get(..4).and_then(|y| y.parse::<i32>().ok());
            // A year after the release's is a plan's (调整至2034年3月), not the sentence's.
            let future = written.zip(release_year).is_some_and(|(y, r)| y > r);
            if let (false, false, Some(y)) = (base, future, written) {
                year = Some((y.to_string(), d.end));
                floor = None;
            }
            continue;
        }
        let Some((y, from)) = year.as_ref() else {
            continue;
        };
        if relative(f.slice(*from, d.start))
            || floor.is_some_and(|m| month_of(&d.value).is_none_or(|n| n <= m))
        {
            continue;
        }
        // 翌年5月 after 民国112年3月: the year after the carried one, carried on (同年9月).
        let next = (rules.next_year_before.ends(f.before(d.start)))
            .then(|| y.parse::<i32>().ok().map(|n| (n + 1).to_string()))
            .flatten();
        let y = next.clone().unwrap_or_else(|| y.clone());
        let with_year = |v: &str| -> Option<String> {
            if let Some(rest) = v.strip_prefix("--") {
                return Some(format!("{y}-{rest}"));
            }
            let (head, rest) = (v.get(..4)?, v.get(4..)?);
            (head.bytes().all(|b| b.is_ascii_digit()) && rest.starts_with('-'))
                .then(|| format!("{y}{rest}"))
        };
        if let Some(v) = with_year(&d.value) {
            d.value = v;
            if let Some(max) = d.value_max.as_mut() {
                if let Some(m) = with_year(max) {
                    *max = m;
                }
            }
        }
        if next.is_some() {
            year = Some((y, d.end));
        }
    }
    year.and_then(|(y, _)| y.parse().ok())
}

/// How many chars before a date may hold the relative year word that gave its year.
const RELATIVE_REACH: usize = 3;

/// The month of a date value (2019-05-03, --05, 2019-05): none for a quarter or a year.
fn month_of(v: &str) -> Option<u32> {
    let rest = v.strip_prefix("--").or_else(|| v.get(5..))?;
    rest.get(..2)?.parse().ok()
}

/// True for a range of whole years (2011-2020年).
pub fn is_year_range(d: &DateMention) -> bool {
    d.value_max.is_some() && d.value.len() == 4
}

/// True for a single month or day written with its year (2008年6月, 2008年6月3日): a dated
/// event, where a year alone, a year's period or a range of months (2019年1-2月, 2019年度)
/// names the period a text reports on.
pub fn is_dated_month_or_day(d: &DateMention) -> bool {
    d.explicit_year && d.value_max.is_none() && date_shape(&d.value).is_some()
}

/// The shape of a month or day value: (its year, `-` when none is known; how many fields
/// follow it: 1 for a month, 2 for a day), or None for other values (2026, 2026-Q1).
fn date_shape(v: &str) -> Option<(&str, usize)> {
    let (year, rest) = match v.strip_prefix("--") {
        Some(rest) => ("-", rest),
        None => (v.get(..4)?, v.get(4..)?.strip_prefix('-')?),
    };
    let fields: Vec<&str> = rest.split('-').collect();
    let two_digits = |x: &&str| x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit());
    (year.bytes().all(|b| b.is_ascii_digit() || b == b'-')
        && fields.len() <= 2
        && fields.iter().all(two_digits))
    .then_some((year, fields.len()))
}

/// Joins a day and what follows it into a day range: 10月1日-4日 and 10月1日至4日 (the
/// last day in the same month), 9月29日至10月6日 (two dates, the second later in the
/// same year), 10月1-4日 (a month and two day numbers). Anything else stays as it was.
fn join_day_ranges(f: &Folded, dates: Vec<DateMention>, rules: &DateRules) -> Vec<DateMention> {
    let r = &rules.ranges;
    let mut out: Vec<DateMention> = Vec::with_capacity(dates.len());
    let mut dates = dates.into_iter().peekable();
    while let Some(mut d) = dates.next() {
        let Some((year, fields)) = date_shape(&d.value).filter(|_| d.value_max.is_none()) else {
            out.push(d);
            continue;
        };
        let (day, month) = (fields == 2, fields == 1);
        let rest = f.rest(d.end);
        // The year and month: of a day (2026-10-01, --10-01) or a month (2026-10, --10).
        let ym = if day {
            &d.value[..d.value.len() - 3]
        } else {
            d.value.as_str()
        };
        let day_of = |n: &str| {
            let n = small(n).filter(|n| (1..=31).contains(n))?;
            Some(format!("{ym}-{n:02}"))
        };
        if month {
            let joined = r.after_month.captures(rest).and_then(|c| {
                let (a, b) = (
                    day_of(c.name("a")?.as_str())?,
                    day_of(c.name("b")?.as_str())?,
                );
                let len = c.get(0)?.as_str().chars().count();
                (a < b).then_some((a, b, len))
            });
            if let Some((a, b, len)) = joined {
                (d.value, d.value_max, d.end) = (a, Some(b), d.end + len);
            }
            out.push(d);
            continue;
        }
        if let Some(c) = r.after_day.captures(rest) {
            let len = c.get(0).map_or(0, |m| m.as_str().chars().count());
            match c.name("d") {
                Some(n) => {
                    if let Some(last) = day_of(n.as_str()).filter(|last| *last > d.value) {
                        (d.value_max, d.end) = (Some(last), d.end + len);
                    }
                }
                None => {
                    // The second date is in the first one's year (written or not), or,
                    // written without a year and in an earlier month, in the next one
                    // (2025年12月30日至1月2日).
                    let last = |n: &DateMention| {
                        let (y, fields) = date_shape(&n.value)?;
                        let ok = fields == 2
                            && n.start == d.end + len
                            && n.value_max.is_none()
                            && (!n.explicit_year || y == year);
                        let md = &n.value[n.value.len() - 5..];
                        let v = format!("{year}-{md}");
                        if !ok || v > d.value {
                            return Some(v).filter(|_| ok);
                        }
                        let wraps = !n.explicit_year && md[..2] < ym[ym.len() - 2..];
                        let next: i32 = year.parse().ok().filter(|_| wraps)?;
                        Some(format!("{}-{md}", next + 1))
                    };
                    if let Some(v) = dates.peek().and_then(last) {
                        let n = dates.next().expect("peeked");
                        (d.value_max, d.end) = (Some(v), n.end);
                    }
                }
            }
        }
        out.push(d);
    }
    out
}

/// Numeric dates of web-page headers (发布时间：2026-03-26, 2026/3/26, 2026.03.26): only
/// for the document's year and release date, not reported as date facts.
fn numeric_date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?P<y>(?:19|20)\d{2})(?P<s>[-/.])(?P<m>\d{1,2})(?P<s2>[-/.])(?P<d>\d{1,2})")
            .unwrap()
    })
}

/// Numeric dates written day first with dots (11.01.2016 14:36), as some page headers
/// print them: day, month, year.
fn day_first_date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?P<d>\d{1,2})(?P<s>\.)(?P<m>\d{1,2})(?P<s2>\.)(?P<y>(?:19|20)\d{2})").unwrap()
    })
}

/// (start char, ISO value) of the numeric dates of `f`, same separator twice, not inside a
/// longer run of digits.
/// ROC numeric dates of Taiwan web-page headers (發布日期：113-04-01): a 3-digit ROC year.
fn roc_numeric_date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?P<roc>1\d{2})(?P<s>[-/.])(?P<m>\d{1,2})(?P<s2>[-/.])(?P<d>\d{1,2})").unwrap()
    })
}

/// The numeric dates of `f` as (start char, value); with `roc`, ROC ones too (113-04-01 →
/// 2024-04-01: in a Taiwan release, and to count them as its marks).
fn numeric_dates(f: &Folded, roc: bool) -> Vec<(usize, String)> {
    (numeric_date_spans(f, roc).into_iter())
        .map(|(start, _, v)| (start, v))
        .collect()
}

/// [`numeric_dates`] as (start char, end char, value).
fn numeric_date_spans(f: &Folded, roc: bool) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let year_first = numeric_date_re().captures_iter(&f.text);
    let roc_dates = roc_numeric_date_re().captures_iter(&f.text).filter(|_| roc);
    for c in year_first
        .chain(day_first_date_re().captures_iter(&f.text))
        .chain(roc_dates)
    {
        let (Some(all), Some(y), Some(m), Some(d)) = (
            c.get(0),
            c.name("y").or_else(|| c.name("roc")),
            c.name("m"),
            c.name("d"),
        ) else {
            continue;
        };
        let (start, end) = (f.char_at_byte(all.start()), f.char_at_byte(all.end()));
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        if c.name("s").map(|s| s.as_str()) != c.name("s2").map(|s| s.as_str())
            || digit(f.char_before(start))
            || f.char_before(start) == Some('.')
            || digit(f.char(end))
        {
            continue;
        }
        let year = match c.name("roc") {
            Some(r) => r.as_str().parse::<i32>().ok().map(|n| n + ROC_EPOCH),
            None => year_of(y.as_str()),
        };
        let Some(year) = year else {
            continue;
        };
        if let Some(v) = month_value(Some(year), m.as_str(), Some(d.as_str()), false) {
            out.push((start, end, v));
        }
    }
    out
}

/// Adds to `dates` the numeric dates of `f` that date the release: right after a
/// release-date label (发布日期：2024-05-03; in a Taiwan release, `taiwan`, 發布日期：
/// 113-05-03 too), or alone on their line with the value of the `release` date (a
/// headline's dateline), or opening their line before a time of day with that value
/// (2024-05-03 14:15, the page's stamp: [`opens_stamp`]) or closing it after one
/// (14:00 2020/10/24: [`closes_stamp`]). A page's other numeric dates are stamps, no dates of its text.
pub fn labelled_dates(
    f: &Folded,
    rules: &DateRules,
    (taiwan, release): (bool, Option<&str>),
    dates: &mut Vec<DateMention>,
) {
    // A bullet before it (• 2023-07-24) leaves a date alone on its line.
    let bare = without_bullet(&f.text);
    let alone = release.is_some() && bare.len() <= DATELINE_BYTES;
    let timed = release.is_some() && f.text.contains(':');
    if !alone && !timed && !rules.label.is_match(&f.text) {
        return;
    }
    let before = dates.len();
    for (start, end, value) in numeric_date_spans(f, taiwan) {
        let taken = dates.iter().any(|d| d.start < end && start < d.end);
        // Alone on its line, or opening it with the time of day after it (a page's
        // publication stamp: 2024-05-03 14:15:25).
        // A time of day after it on a line a release label opens (来源:某中心 2020-12-16
        // 10:05) makes it a stamp too.
        let labelled = || {
            rules
                .labels(f)
                .any(|m| f.text[..m.start()].trim().is_empty())
        };
        // The release's own date in brackets before a time of day (www.某网 (2019-04-23
        // 09:44:56) 来源:), or opening its line before a source label (2021-02-19  来源:
        // 本站原创), is its stamp too.
        let own = release == Some(value.as_str());
        let opens = f.slice(0, start).trim().is_empty();
        let bracketed = after_mark(f, start, &['(', '（']);
        let line = (alone && f.slice(start, end) == bare)
            || (timed
                && (opens_stamp(f, start, end)
                    || closes_stamp(f, start, end)
                    || clock_after(f, end) && (own && bracketed || labelled())
                    || opens && rules.label_after(f, end)));
        let dateline = line && own;
        if taken || !dateline && rules.release_label_before(f, start).is_none() {
            continue;
        }
        let resolved = (value, None, true);
        dates.push(DateMention::at(start, end, resolved));
    }
    if dates.len() > before {
        dates.sort_by_key(|d| d.start);
    }
}

/// Whether the last char before char `start` of `f`, spaces left out, is one of `marks`
/// (a bracket: (2019-04-23 09:44:56); a label's colon: 打印时间:2024-11-17).
pub fn after_mark(f: &Folded, start: usize, marks: &[char]) -> bool {
    f.slice(0, start).trim_end().ends_with(marks)
}

/// Whether the date at chars `start..end` of `f` opens its line with a time of day after
/// it (2024-05-03 14:15:25): a page's publication stamp.
pub fn opens_stamp(f: &Folded, start: usize, end: usize) -> bool {
    start == f.text.chars().take_while(|c| c.is_whitespace()).count() && clock_after(f, end)
}

/// Whether a time of day follows char `end` of `f` after a space (` 14:15`, ` 9:05:30`),
/// ending its line or followed by anything but a digit or colon (a page's counter glued
/// to it: ` 00:00:00浏览量`).
pub fn clock_after(f: &Folded, end: usize) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"^[ \t\u{3000}]+\d{1,2}:\d{2}(?::\d{2})?(?:[^\d:]|$)").unwrap()
    });
    let rest: String = f.text.chars().skip(end).take(CLOCK_CHARS).collect();
    re.is_match(&rest)
}

/// Whether the date at chars `start..end` of `f` closes its line right after a time of
/// day (14:00 2020/10/24, a section's label before it: 保险 14:00 2020/10/24): a page's
/// publication stamp, the clock written first.
pub fn closes_stamp(f: &Folded, start: usize, end: usize) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"(?:^|\s)\d{1,2}:\d{2}(?::\d{2})?$").unwrap());
    let before = f.slice(0, start);
    before.ends_with(char::is_whitespace)
        && re.is_match(before.trim_end())
        && f.rest(end).trim().is_empty()
}

/// Chars after a date read for a time of day (` 14:15:25` and a space).
const CLOCK_CHARS: usize = 12;

/// Numeric dates with the year last and slashes (發布日期：5/28/2024): month first, as
/// most pages print them, unless the first number cannot be a month (28/5/2024).
fn slashed_date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})").unwrap())
}

/// A page header's stamp written year, blank, month/day and a clock (2023 08/01 18:38:39).
fn year_spaced_date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?P<y>(?:19|20)\d{2})[ \u{3000}]+(?P<m>\d{1,2})/(?P<d>\d{1,2})[ \u{3000}]+\d{1,2}:\d{2}")
            .unwrap()
    })
}

/// (start char, ISO value) of the header stamps of `f` ([`year_spaced_date_re`]), not
/// after a digit.
fn header_stamps(f: &Folded) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for c in year_spaced_date_re().captures_iter(&f.text) {
        let (Some(all), Some(y), Some(m), Some(d)) =
            (c.get(0), c.name("y"), c.name("m"), c.name("d"))
        else {
            continue;
        };
        let start = f.char_at_byte(all.start());
        if f.char_before(start).is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        let value = year_of(y.as_str())
            .and_then(|y| month_value(Some(y), m.as_str(), Some(d.as_str()), false));
        if let Some(v) = value {
            out.push((start, v));
        }
    }
    out
}

/// (start char, ISO value) of the dates of `f` that [`slashed_date_re`] finds, not inside
/// a longer run of digits or a longer path of slashes.
fn slashed_dates(f: &Folded) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for c in slashed_date_re().captures_iter(&f.text) {
        let (Some(all), Some(a), Some(b), Some(y)) =
            (c.get(0), c.name("a"), c.name("b"), c.name("y"))
        else {
            continue;
        };
        let (start, end) = (f.char_at_byte(all.start()), f.char_at_byte(all.end()));
        let glued = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '/');
        if glued(f.char_before(start)) || glued(f.char(end)) {
            continue;
        }
        let (m, d) = match small(a.as_str()) {
            Some(n) if n > 12 => (b.as_str(), a.as_str()),
            _ => (a.as_str(), b.as_str()),
        };
        let value = year_of(y.as_str()).and_then(|y| month_value(Some(y), m, Some(d), false));
        if let Some(v) = value {
            out.push((start, v));
        }
    }
    out
}

/// The first 2000 chars of a document, folded, with what both [`doc_year`] and
/// [`release_date`] need from it: made once per document by [`year_and_release_date`]
/// (each used to fold and scan the head on its own: three date scans per document).
struct Head<'r> {
    rules: &'r DateRules,
    f: Folded,
    quotes: Vec<(usize, usize)>,
    /// Numeric dates (2026-03-26), which do not depend on the year.
    numeric: Vec<(usize, String)>,
    /// `scan_dates(f, None)`.
    undated: Vec<DateMention>,
    /// The date the text is signed with, if it ends like an official notice.
    signature: Option<String>,
    /// Runs of timestamp lines ([`stamp_runs`]): no date of the text.
    stamps: Vec<(usize, usize)>,
}

impl<'r> Head<'r> {
    fn new(text: &str, rules: &'r DateRules, taiwan: bool) -> Head<'r> {
        let end = text.char_indices().nth(2000).map_or(text.len(), |(i, _)| i);
        let f = Folded::new(&text[..end]);
        let quotes = super::text::quoted_ranges(&f);
        let mut numeric = numeric_dates(&f, taiwan);
        numeric.extend(slashed_dates(&f));
        numeric.extend(header_stamps(&f));
        let mut undated = scan_dates_in(&f, None, rules, taiwan);
        // 明(108)年2月14日 is of the year in brackets, no month-day of the text's year.
        bracketed_years(&f, rules, &mut undated);
        let stamps = stamp_runs(&f.text);
        Head {
            rules,
            f,
            quotes,
            numeric,
            undated,
            signature: signature_date(text, rules, taiwan),
            stamps,
        }
    }

    /// Whether char `at` lies on a line of a run of timestamps.
    fn in_stamps(&self, at: usize) -> bool {
        self.stamps.iter().any(|&(a, b)| (a..b).contains(&at))
    }

    /// Full dates (yyyy-mm-dd) outside quotes, in text order, as (start char, value);
    /// month-days resolve with `doc_year`.
    fn full_dates(&self, doc_year: Option<i32>) -> Vec<(usize, String)> {
        // Which spans are dates does not depend on the year; only month-days written
        // without one (--03-26) change, and they are the only yearless full dates. So the
        // undated scan is resolved here instead of scanning the head again.
        let quotes = &self.quotes;
        let mut out: Vec<(usize, String)> = self
            .undated
            .iter()
            .filter(|d| !super::text::overlaps(quotes, d.start, d.end))
            .filter_map(|d| match (doc_year, d.value.strip_prefix("--")) {
                (Some(y), Some(md)) if md.len() == 5 => Some((d.start, format!("{y}-{md}"))),
                _ => (d.value.len() == 10).then(|| (d.start, d.value.clone())),
            })
            .chain(self.numeric.iter().cloned())
            .filter(|(start, _)| !super::text::overlaps(quotes, *start, *start + 1))
            .collect();
        // A list of timestamps (a sidebar's other articles, one stamp per line) dates no
        // text of the page.
        out.retain(|(start, _)| !self.in_stamps(*start));
        out.sort_by_key(|(start, _)| *start);
        out
    }

    /// The year: from the first full date, else from a period written both with its
    /// year and after a relative year word ([`Head::relative_year`]), else the first
    /// written year that is not the base of a comparison (较2018年第二季), a target, a
    /// list's year or a beginning in the past (始建于2006年).
    fn year(&self) -> Option<i32> {
        if let Some(y) = self.pinned_year() {
            return Some(y);
        }
        // A notice signed with its date (a Hong Kong press release ends 2024年5月10日
        // （星期五）): older dates its text or a list above it reports are not its year.
        if let Some(y) = (self.signature.as_ref()).and_then(|v| v.get(..4)?.parse().ok()) {
            return Some(y);
        }
        // A day the text reports (截至2022年12月31日 as of, 于2018年12月18日开始: after a
        // `date.reported_before` word) does not give it its year: the latest of its years
        // below does.
        let reported = |at: usize| self.rules.reported_before.ends(self.f.before(at));
        // Nor does a founding's day (于2019年5月23日在某园区注册成立).
        let founded = |at: usize| self.founded(at);
        let full: Vec<(usize, String)> = (self.full_dates(None).into_iter())
            .filter(|(at, _)| !reported(*at) && !founded(*at))
            .collect();
        let first_full = self.dateline(&full).cloned();
        let year_of = |v: &str| v.get(..4)?.parse().ok();
        if let Some((at, y)) = first_full.and_then(|(at, v)| Some((at, year_of(&v)?))) {
            // A page's stamp (2020-05-19 12:01:49) above a text whose target (到2020年)
            // is not yet past was saved later than the text was written, in a year the
            // text does not tell: no other year it writes is surer. Only a numeric stamp:
            // a date written in words (2026年7月16日，…召开) is the text's own.
            let numeric = self.numeric.iter().any(|(start, _)| *start == at);
            let stamp =
                numeric && !self.labelled(at) && self.first_target().is_some_and(|t| y >= t);
            return (!stamp).then_some(y);
        }
        let written: Vec<&DateMention> = self
            .undated
            .iter()
            .filter(|d| !super::text::overlaps(&self.quotes, d.start, d.end))
            // A year range (a plan's 2021—2035年) says nothing about when the text was
            // written.
            .filter(|d| {
                let cutoff = self.rules.cutoff_after.starts(self.f.rest(d.end));
                d.explicit_year
                    && (!self.is_target(d.start) || cutoff)
                    && !self.rules.target_after.starts(self.f.rest(d.end))
                    && !list_year(self.rules, d, self.f.before(d.start), self.f.rest(d.end))
                    && !self.rules.origin_before.ends(self.f.before(d.start))
                    && !founded(d.start)
                    && !self.rules.since.is_reference(&self.f, d.start, d.end)
                    && !self.rules.since.after_event(&self.f, d.end)
                    && !is_year_range(d)
                    && !self.in_stamps(d.start)
                    && !self.planned_year(d.start, d.end)
                    && !self.change_base(d)
            })
            .collect();
        // Comparison bases (较2019年上半年) are left out: a base may be older than the
        // year before (较2019年上半年 … 去年上半年 are two years).
        let base = |d: &&&DateMention| self.rules.comparison.ends(self.f.before(d.start));
        written
            .iter()
            .filter(|d| !base(d))
            .find_map(|d| self.relative_year(d, year_of(&d.value)?))
            .or_else(|| {
                // A text is written no earlier than the past it reports (该县2005年开始
                //建设…，2018年…。今年…): its year is the latest of its own years, targets
                // and comparison bases left out.
                (written.iter())
                    .filter(|d| !base(d))
                    .filter_map(|own| {
                        // 召开2012年度总结表彰大会: the meeting is held the year after the
                        // one it reviews; so is a report of a year's whole results
                        // (2023年全年的…).
                        let held = event_year(self.rules, own, self.f.rest(own.end))
                            .unwrap_or_else(|| i32::from(self.whole_year(own)));
                        Some(year_of(&own.value)? + held)
                    })
                    .max()
            })
    }

    /// Whether `d` is the time of a change's starting figure (从2021年底的19家增加到目前的
    /// 37家): a `date.from_base_before` word before it, that word's particle (的) right
    /// after it. The text is of a later year, which it does not tell.
    fn change_base(&self, d: &DateMention) -> bool {
        (self.rules.from_base_before.entries()).any(|(w, de)| {
            self.f.before(d.start).ends_with(w) && self.f.rest(d.end).starts_with(de)
        })
    }

    /// The year a relative year word pins the text to: one with its year in brackets
    /// (明(108)年, 去(2021)年: `date.bracket_year`) or right before a written year
    /// (去年2025年1到12月: `period.relative`), that year less the word's offset.
    fn pinned_year(&self) -> Option<i32> {
        // The relative year word a bracket word opens (去 of 去年); 今年's offset is 0.
        let offset = |w: &str| {
            (self.rules.relative.iter())
                .find(|(r, _)| r.starts_with(w) && r.chars().count() == w.chars().count() + 1)
                .map_or(0, |(_, o)| *o)
        };
        let bracketed = self.rules.ranges.bracket_year.captures_iter(&self.f.text);
        let from_brackets = bracketed.filter_map(|c| {
            let at = self.f.char_at_byte(c.get(0)?.start());
            let mut y: i32 = c.name("y")?.as_str().parse().ok()?;
            if y < 1000 {
                y += ROC_EPOCH;
            }
            Some((at, y - offset(c.name("w")?.as_str())))
        });
        let written = (self.undated.iter())
            .filter(|d| d.explicit_year && d.value.len() >= 4)
            .filter_map(|d| {
                let before = self.f.before(d.start);
                let (_, o) = (self.rules.relative.iter()).find(|(w, _)| before.ends_with(w))?;
                Some((d.start, d.value.get(..4)?.parse::<i32>().ok()? - o))
            });
        let quotes = &self.quotes;
        from_brackets
            .chain(written)
            .filter(|(at, _)| !super::text::overlaps(quotes, *at, *at + 1))
            .min_by_key(|(at, _)| *at)
            .map(|(_, y)| y)
    }

    /// Whether the date at char `at` follows a release-date label (发布时间：).
    fn labelled(&self, at: usize) -> bool {
        (self.rules.labels(&self.f)).any(|m| self.f.char_at_byte(m.end()) == at)
    }

    /// The earliest year the text sets as a target (到2020年, 2025年前报审), if any.
    fn first_target(&self) -> Option<i32> {
        (self.undated.iter())
            .filter(|d| d.explicit_year && !super::text::overlaps(&self.quotes, d.start, d.end))
            .filter(|d| {
                self.is_target(d.start) || self.rules.target_after.starts(self.f.rest(d.end))
            })
            .filter_map(|d| d.value.get(..4)?.parse().ok())
            .min()
    }

    /// Whether `d`, a year alone, names its whole year's results (2023年全年的吞吐量:
    /// `date.whole_year_after` closing it or right after it) with no `date.plan_word` in its clause (预计
    /// 2023年全年…, 2023年全年将…: a forecast, made within the year).
    fn whole_year(&self, d: &DateMention) -> bool {
        let rest = self.f.rest(d.end);
        let clause_of = |t: &str| -> String {
            t.chars()
                .take_while(|c| !matches!(c, '，' | ',' | '。' | '；' | ';' | '\n'))
                .collect()
        };
        let before: String = (self.f.before(d.start).chars().rev())
            .take_while(|c| !matches!(c, '，' | ',' | '。' | '；' | ';' | '\n'))
            .collect();
        // As written, with the mark closing its clause (2023年度，: a year as a whole).
        let mark = rest.chars().next().filter(|&c| matches!(c, '，' | ','));
        let written = format!(
            "{}{}",
            self.f.slice(d.start, d.end),
            mark.map_or(String::new(), String::from)
        );
        d.value.len() == 4
            && d.value_max.is_none()
            && (self.rules.whole_year_after.starts(rest)
                || (self.rules.whole_year_after).ends(&written))
            && !self.rules.plan_words.occurs_in(&clause_of(rest))
            && !self
                .rules
                .plan_words
                .occurs_in(&before.chars().rev().collect::<String>())
    }

    /// The release's year if the period of `d` (2018年第二季, of year `y`) is also
    /// written after a relative year word (去年第二季): `y` minus that word's offset.
    fn relative_year(&self, d: &DateMention, y: i32) -> Option<i32> {
        let written = self.f.slice(d.start, d.end);
        let period = written.trim_start_matches(|c: char| c.is_ascii_digit());
        if period.len() == written.len() || period.chars().count() < 2 {
            return None;
        }
        self.rules.relative.iter().find_map(|(w, offset)| {
            // The word's last char is the period's first (年).
            let last = w.chars().next_back()?;
            let tail = period.strip_prefix(last)?;
            let probe = format!("{w}{tail}");
            self.f.text.contains(&probe).then_some(y - offset)
        })
    }

    /// True when the date at `start` is a target (到2027年, 力争2030年), which says
    /// nothing about when the text was written: a `date.target_prep` word right before
    /// it or a `date.target_word` among the 4 chars before it.
    fn is_target(&self, start: usize) -> bool {
        self.rules.is_target(&self.f, start)
    }

    /// Whether the year at char `start` is one a plan names: its sentence holds a
    /// `date.future_word` before it (…产量将达到6万吨，2025年达到10万吨。), or after it
    /// before any other figure (2023年，产量将达到6万吨): a target says nothing of when
    /// the text was written. (Not any plan word:
    /// 年度计划投资 and 完成目标任务 name this year's plan.)
    fn planned_year(&self, start: usize, end: usize) -> bool {
        let stop = |c: char| matches!(c, '。' | '！' | '？' | '!' | '?' | '\n');
        let before = self.f.before(start);
        let from = before.rfind(stop).map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
        if self.rules.future_words.occurs_in(&before[from..]) {
            return true;
        }
        // After the year: a future word before any other figure (2023年，产量将达到6万吨;
        // not 2021年完成投资3亿元，…力争…).
        let rest = self.f.rest(end);
        let after = &rest[..rest.find(stop).unwrap_or(rest.len())];
        let first_figure = after
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(after.len());
        self.rules.future_words.occurs_in(&after[..first_figure])
    }

    /// Whether the date at char `at` is a founding's day: its clause closes with a
    /// `date.origin_after` word (于2019年5月23日在某园区注册成立): a past day that dates no
    /// text, neither its release nor its year.
    fn founded(&self, at: usize) -> bool {
        let rest = self.f.rest(at);
        let clause = rest.split(FULL_CLAUSE_END).next().unwrap_or(rest);
        self.rules.origin_after.ends(clause.trim_end())
    }

    /// The release date, month-days resolved with `doc_year`, and whether it is only the
    /// first date of the prose (no label, signature or date above the prose says so).
    fn release_date(&self, doc_year: Option<i32>) -> (Option<String>, bool) {
        let f = &self.f;
        let dates = self.full_dates(doc_year);
        let labelled = self.rules.labels(f).find_map(|m| {
            let at = f.char_at_byte(m.end());
            dates.iter().find(|(start, _)| *start == at)
        });
        if let Some(v) = labelled.map(|(_, v)| v.clone()).or(self.signature.clone()) {
            return (Some(v), false);
        }
        // A date of another year than the one a relative year word pins the text to
        // (预计明(108)年2月14日完工) is no release date.
        let pinned = self.pinned_year().map(|y| format!("{y:04}-"));
        let dates: Vec<(usize, String)> = (dates.into_iter())
            .filter(|(_, v)| pinned.as_ref().is_none_or(|p| v.starts_with(p.as_str())))
            .filter(|(at, _)| !self.founded(*at))
            .collect();
        let prose = self.prose_start();
        match self.dateline(&dates) {
            Some((at, v)) => (Some(v.clone()), prose.is_some_and(|p| *at >= p)),
            None => (None, false),
        }
    }

    /// The full date that dates the article among `dates` (in text order): the last one
    /// before the first line of prose, when the prose has dates above it (a news page's
    /// header shows the day it was saved, the article's own date stands right above its
    /// text), else the first, unless it is a month-day without its year after other dates
    /// (…第4季…，全年最高负荷为8月28日: a day the text reports, not the day it is dated;
    /// its year would only be the text's guessed one).
    fn dateline<'d>(&self, dates: &'d [(usize, String)]) -> Option<&'d (usize, String)> {
        let prose = self.prose_start();
        // Dates of the title above the prose (前三季度进出口增长…) do not count.
        let first_mention = (self.undated.iter())
            .filter(|d| prose.is_none_or(|p| d.start >= p))
            .find(|d| !super::text::overlaps(&self.quotes, d.start, d.end))
            .map(|d| d.start);
        let yearless_after_dates = |at: usize| {
            (self.undated.iter()).any(|d| d.start == at && !d.explicit_year)
                && first_mention.is_some_and(|s| s < at)
        };
        dates
            .iter()
            .take_while(|(start, _)| prose.is_some_and(|p| *start < p))
            .last()
            .or_else(|| dates.first().filter(|(at, _)| !yearless_after_dates(*at)))
    }

    /// The char where the head's first line of prose starts: a line of at least
    /// `PROSE_CHARS` chars with two clause marks or more. None if there is none.
    fn prose_start(&self) -> Option<usize> {
        prose_start(&self.f.text)
    }
}

/// The char where the first line of prose of `text` starts: a line of at least
/// `PROSE_CHARS` chars with two clause marks or more. None if there is none. What
/// stands above it is the page's head: title, subtitle, dateline, stamps.
pub fn prose_start(text: &str) -> Option<usize> {
    let mut at = 0;
    for line in text.split('\n') {
        let n = line.chars().count();
        let marks = line
            .chars()
            .filter(|c| matches!(c, ',' | '，' | '。' | '、'))
            .count();
        if n >= PROSE_CHARS && marks >= 2 {
            return Some(at);
        }
        at += n + 1;
    }
    None
}

/// `line` trimmed, without a bullet opening it (• 2023-07-24, - 2026年01月25日 20:45).
pub fn without_bullet(line: &str) -> &str {
    line.trim().trim_start_matches(['•', '·', '*', '-']).trim()
}

/// Fewest lines of a run of timestamps (see [`stamp_runs`]).
const STAMP_RUN: usize = 3;

/// The char spans of runs of at least [`STAMP_RUN`] lines in a row (blank lines between
/// allowed) that hold a date and time and nothing else but a bullet (- 2026年01月25日
/// 20:45:11): a page's list of other articles' stamps, no date of its text.
fn stamp_runs(text: &str) -> Vec<(usize, usize)> {
    let stamp = |line: &str| {
        let line = without_bullet(line);
        line.chars().any(|c| c.is_ascii_digit())
            && line.contains(':')
            && line.chars().all(|c| {
                c.is_ascii_digit()
                    || c.is_whitespace()
                    || "-/.:\u{5e74}\u{6708}\u{65e5}".contains(c)
            })
    };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut run: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let n = line.chars().count();
        if stamp(line) {
            run.push((at, at + n));
        } else if !line.trim().is_empty() {
            if run.len() >= STAMP_RUN {
                runs.extend(run.iter().copied());
            }
            run.clear();
        }
        at += n + 1;
    }
    if run.len() >= STAMP_RUN {
        runs.extend(run);
    }
    runs
}

/// Fewest chars of a line of prose (see [`Head::prose_start`]).
const PROSE_CHARS: usize = 30;

/// The date a notice is signed with: a full date with its year standing alone on one of
/// the last lines (县人民政府办公室 / 2026年11月5日), as official documents end.
fn signature_date(text: &str, rules: &DateRules, taiwan: bool) -> Option<String> {
    // The byte start of the 301st char from the end (as `char_indices().rev().nth(300)`):
    // chars start at the bytes that are no UTF-8 continuation bytes.
    let tail_start = (text.bytes().enumerate().rev())
        .filter(|&(_, b)| b & 0xC0 != 0x80)
        .nth(300)
        .map_or(0, |(i, _)| i);
    text[tail_start..]
        .lines()
        .rev()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(4)
        .find_map(|line| {
            let f = Folded::new(line);
            let d = scan_dates_in(&f, None, rules, taiwan).into_iter().next()?;
            // 2024年5月10日（星期五）: the day of the week may follow in brackets.
            let weekday = f.slice(d.end, f.len()).trim();
            let weekday = (weekday.strip_prefix(['(', '\u{ff08}']))
                .and_then(|w| w.strip_suffix([')', '\u{ff09}']))
                .is_some_and(|w| rules.weekday.contains(w.trim()));
            let alone = d.end == f.len() || weekday;
            (d.start == 0 && alone && d.explicit_year && d.value.len() == 10).then_some(d.value)
        })
}

/// The marks that end the clause of a full date (see `Head::year`).
const FULL_CLAUSE_END: &[char] = &['，', ',', '。', '；', ';', '！', '？', '\n'];

/// The year a document speaks of: from its first full date (of the first 2000 chars,
/// outside quotes), else its latest written year (no target or comparison base).
pub fn doc_year(text: &str, rules: &DateRules) -> Option<i32> {
    Head::new(text, rules, false).year()
}

/// The release date: the full date right after a 发布时间/发布日期 label, else the first full
/// date (2026年3月26日 or 2026-03-26), or the first month-day resolved by `doc_year`.
pub fn release_date(text: &str, doc_year: Option<i32>, rules: &DateRules) -> Option<String> {
    Head::new(text, rules, false).release_date(doc_year).0
}

/// [`doc_year`] and, resolved with it, [`release_date`], from one pass over the head.
pub fn year_and_release_date(text: &str, rules: &DateRules) -> (Option<i32>, Option<String>) {
    let d = year_and_release_date_in(text, rules, false);
    (d.year, d.release)
}

/// A document's year and release date (see [`year_and_release_date_in`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocDates {
    /// The year the document speaks of.
    pub year: Option<i32>,
    /// The release date (yyyy-mm-dd), if any.
    pub release: Option<String>,
    /// The release date is only the first date of the prose (1月13日，春运拉开序幕…): the
    /// day of the text's first event, the earliest it can be dated; bare days after it in
    /// the text count on from it, not back.
    pub in_prose: bool,
}

/// [`year_and_release_date`] of a release of Taiwan (`taiwan`: bare ROC years such as
/// 108年5月3日 are dates, see [`scan_dates_in`]) or elsewhere.
pub fn year_and_release_date_in(text: &str, rules: &DateRules, taiwan: bool) -> DocDates {
    let head = Head::new(text, rules, taiwan);
    let year = head.year();
    let (release, in_prose) = head.release_date(year);
    DocDates {
        year,
        release,
        in_prose,
    }
}

/// `value` (an ISO date as [`DateMention`] writes it) when its day exists: a day past its
/// month's end (2021-02-30, --04-31) gives None; 29 February of a year without it gives the
/// day without its year (--02-29). Values without a day pass unchanged.
pub fn checked_day(value: &str) -> Option<String> {
    let Some((year, 2)) = date_shape(value) else {
        return Some(value.to_string());
    };
    let mut fields = value.rsplit('-').map(|x| x.parse::<u32>().ok());
    let (Some(d), Some(m)) = (fields.next().flatten(), fields.next().flatten()) else {
        return Some(value.to_string());
    };
    let last = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => 29,
        _ => return None,
    };
    if d == 0 || d > last {
        return None;
    }
    let leap = |y: i32| y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    match year.parse::<i32>() {
        Ok(y) if m == 2 && d == 29 && !leap(y) => Some(format!("--{m:02}-{d:02}")),
        _ => Some(value.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date rules of the built-in patterns.
    fn rules() -> &'static DateRules {
        static RULES: OnceLock<DateRules> = OnceLock::new();
        RULES.get_or_init(|| {
            DateRules::new(&crate::patterns::Patterns::builtin().unwrap().cues).unwrap()
        })
    }

    fn doc_year(text: &str) -> Option<i32> {
        super::doc_year(text, rules())
    }

    fn release_date(text: &str, year: Option<i32>) -> Option<String> {
        super::release_date(text, year, rules())
    }

    #[test]
    fn a_list_of_timestamps_dates_no_text() {
        // Other articles' stamps, one per line under the text: no release date, no year.
        let t = "某地一季度入境旅客增长\n今年一季度入境旅客约88万人次，同比增加7.6%，\
                 恢复至疫情前的八成，客源以内地为主。\n相关新闻：\n- 2031年01月25日 20:45:11\n\
                 - 2031年01月25日 18:52:30\n- 2031年01月24日 19:06:46\n";
        assert_eq!(release_date(t, None), None);
        assert_eq!(doc_year(t), None);
        // One stamp under the title still dates the page.
        let t = "某地一季度入境旅客增长\n2031年01月25日 20:45:11\n今年一季度入境旅客约88万人次，\
                 同比增加7.6%，恢复至疫情前的八成。";
        assert_eq!(release_date(t, None).as_deref(), Some("2031-01-25"));
    }

    #[test]
    fn a_founding_day_dates_no_text() {
        // The day a company was founded is its past: the page's year is none it writes.
        let t = "某能源科技有限公司于2019年5月23日在某园区注册成立。\n\
                 10月13日，公司召开项目推进会，通报了5月以来的进展。";
        assert_eq!(doc_year(t), None);
        // A founding written in its own clause after the date still counts for nothing;
        // a day of other news is the text's.
        let t = "某协会2020年6月1日成立，现有会员120家。";
        assert_eq!(doc_year(t), None);
        let t = "2024年3月5日，某公司召开年度大会，会员增至120家。";
        assert_eq!(doc_year(t), Some(2024));
    }

    #[test]
    fn days_the_text_reports_do_not_date_it() {
        // An event's day (于…开榨) and a cutoff (至…止) are past the text reports: its
        // year is the latest of them, not the first.
        let t = "记者3月10日从某某糖业协会获悉，全省2023/24年榨季于2023年11月20日开榨，\
                 至2024年3月9日止，已入榨甘蔗820万吨。";
        assert_eq!(doc_year(t), Some(2024));
        assert_eq!(release_date(t, Some(2024)).as_deref(), Some("2024-03-10"));
        // A year's results as a whole (2023年度，…) are reported the year after; an as-of
        // day (截止2023年12月31日) is no dateline.
        let t = "某某股份3月20日发布业绩快报。\n2023年度，公司实现营业总收入150.2亿元，较上年\
                 同期增长12%。截止2023年12月31日，公司总资产420亿元。";
        assert_eq!(doc_year(t), Some(2024));
        // A total within the year (2023年度累计…) is not the year's whole.
        let t = "某某电厂5月8日消息，2023年度累计发电量已达54.6亿千瓦时。";
        assert_eq!(doc_year(t), Some(2023));
    }

    #[test]
    fn years_in_any_numeral_form() {
        assert_eq!(
            dates("二○二六年三月，贰零贰伍年底", None),
            [
                ("二○二六年三月".to_string(), "2026-03".to_string()),
                ("贰零贰伍年底".to_string(), "2025-12".to_string()),
            ]
        );
    }

    #[test]
    fn month_and_day_in_chinese_numerals_without_a_year() {
        assert_eq!(
            dates(
                "评审结果于八月十九日公布，余下名单十月二日或之前另行公布。",
                Some(2013)
            ),
            [
                ("八月十九日".to_string(), "2013-08-19".to_string()),
                ("十月二日".to_string(), "2013-10-02".to_string()),
            ]
        );
        // A month alone in Chinese numerals, or one glued to a numeral, is none.
        assert!(dates("三月气温回升", Some(2013)).is_empty());
        assert!(dates("编号三十一月二日", Some(2013)).is_empty());
    }

    #[test]
    fn period_values() {
        assert_eq!(Period::parse("H2"), Some(Period::Half(2)));
        assert_eq!(Period::parse("Q1-Q3"), Some(Period::Quarters(1, 3)));
        assert_eq!(Period::parse("Q4"), Some(Period::Quarters(4, 4)));
        assert_eq!(Period::parse(""), Some(Period::NoDate));
        for bad in ["H3", "Q5", "Q3-Q1", "1", "Q1-", "half"] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
        let cues = |src: &str| {
            crate::patterns::load_cues(format!("rule\tword\tvalue\n{src}").as_bytes(), "c").unwrap()
        };
        let err = DateRules::new(&cues("date.period\t上半年\tfirst\n"))
            .err()
            .unwrap();
        assert!(err.to_string().contains("上半年"), "{err}");
        assert!(DateRules::new(&cues("date.part\t底\tbottom\n")).is_err());
        // A label's event is a beginning of the label.
        assert!(DateRules::new(&cues("date.release_label\t刊发时间\t时间\n")).is_err());
        assert!(DateRules::new(&cues("date.release_label\t刊发时间\t刊发\n")).is_ok());
    }

    #[test]
    fn date_words_come_from_the_cues() {
        let src = "rule\tword\tvalue\ndate.release_label\t刊发时间\ndate.day\t日\n";
        let own =
            DateRules::new(&crate::patterns::load_cues(src.as_bytes(), "c").unwrap()).unwrap();
        let t = "2025年1月2日召开会议。刊发时间：2026-03-26";
        assert_eq!(
            super::release_date(t, None, &own).as_deref(),
            Some("2026-03-26")
        );
        assert_eq!(release_date(t, None).as_deref(), Some("2025-01-02"));
    }

    fn dates(s: &str, year: Option<i32>) -> Vec<(String, String)> {
        let f = Folded::new(s);
        scan_dates(&f, year, rules())
            .into_iter()
            .map(|d| {
                let v = match d.value_max {
                    Some(m) => format!("{}..{}", d.value, m),
                    None => d.value,
                };
                (f.slice(d.start, d.end).to_string(), v)
            })
            .collect()
    }

    #[test]
    fn full_and_partial_dates() {
        assert_eq!(
            dates("1月至8月，完成投资", Some(2026)),
            [("1月至8月".into(), "2026-01..2026-08".into())]
        );
        assert_eq!(
            dates("2025年3月—5月", None),
            [("2025年3月—5月".into(), "2025-03..2025-05".into())]
        );
        assert_eq!(
            dates("力争三季度末新开工", Some(2026)),
            [("三季度末".into(), "2026-Q3".into())]
        );
        assert_eq!(dates("一季度初步统计", Some(2026))[0].0, "一季度");
        assert_eq!(
            dates("2026年度共下达资金", None),
            [("2026年度".into(), "2026".into())],
            "年度 is the year"
        );
        assert_eq!(
            dates("2025年7月16日召开", None),
            [("2025年7月16日".into(), "2025-07-16".into())]
        );
        assert_eq!(
            dates("3月26日，召开", Some(2026)),
            [("3月26日".into(), "2026-03-26".into())]
        );
        assert_eq!(dates("计划于2026年6月投产", None)[0].1, "2026-06");
        assert_eq!(dates("力争11月底前完工", Some(2026))[0].1, "2026-11");
        assert_eq!(dates("到2027年底全部投产", None)[0].1, "2027-12");
    }

    #[test]
    fn a_years_last_two_digits_lead_a_date_only_before_a_month_or_its_end() {
        assert_eq!(dates("该站于25年3月8日投运", None)[0].1, "2025-03-08");
        assert_eq!(dates("计划26年底完工", Some(2026))[0].1, "2026-12");
        assert_eq!(dates("25年1-9月累计完成", None)[0].1, "2025-01..2025-09");
        assert_eq!(dates("二三年十月一日起实施", None)[0].1, "2023-10-01");
        // The century that keeps it no later than the year after the document's.
        assert_eq!(dates("97年7月建成", Some(2026))[0].1, "1997-07");
        // A count of years, two Chinese digits after a numeral, a vague count: no date.
        assert!(dates("连续12年位居前列", None).is_empty());
        assert!(dates("一百二三年间", None).is_empty());
        assert!(dates("二三年以后", None).is_empty());
        // Two Chinese digits read one by one that are no vague count are a year alone.
        assert_eq!(dates("一八年的游客增加", Some(2019))[0].1, "2018");
        assert_eq!(dates("于〇三年建成", Some(2019))[0].1, "2003");
        assert_eq!(dates("九七年回归后", Some(2019))[0].1, "1997");
        assert_eq!(dates("一七年度的开支", Some(2013))[0].1, "2017");
        assert!(dates("他干了五六年", Some(2019)).is_empty());
        // Taiwan's two-digit years are ROC years.
        let f = Folded::new("99年3月完工");
        assert_eq!(scan_dates_in(&f, None, rules(), true)[0].value, "2010-03");
    }

    #[test]
    fn quarters_and_halves() {
        assert_eq!(
            dates("2026年第一季度新闻发布会", None)[0],
            ("2026年第一季度".into(), "2026-Q1".into())
        );
        assert_eq!(dates("上半年项目建设", Some(2025))[0].1, "2025-H1");
        assert_eq!(dates("2025年前三季度全县", None)[0].1, "2025-Q1..2025-Q3");
        assert_eq!(dates("第四季度", Some(2025))[0].1, "2025-Q4");
        assert_eq!(
            dates("1—10月重点项目", Some(2026))[0],
            ("1—10月".into(), "2026-01..2026-10".into())
        );
        assert_eq!(dates("2026年1-3月", None)[0].1, "2026-01..2026-03");
        assert_eq!(
            dates("前10个月，发电量", Some(2026))[0].1,
            "2026-01..2026-10"
        );
        assert_eq!(dates("2026年前两个月", None)[0].1, "2026-01..2026-02");
        assert_eq!(
            dates("首5个月，住宅落成", Some(2026))[0].1,
            "2026-01..2026-05"
        );
        // The classifier may be left out (前9月): still the first months, not month 9.
        assert_eq!(
            dates("前9月，新开工道路", Some(2025))[0],
            ("前9月".into(), "2025-01..2025-09".into())
        );
        assert_eq!(dates("今年前2月销量", Some(2025))[0].1, "2025-01..2025-02");
    }

    fn tw_dates(s: &str) -> Vec<(String, String)> {
        let f = Folded::new(s);
        scan_dates_in(&f, None, rules(), true)
            .into_iter()
            .map(|d| (f.slice(d.start, d.end).to_string(), d.value))
            .collect()
    }

    #[test]
    fn roc_two_digit_years_beside_written_roc_years() {
        let values = |s: &str| tw_dates(s).into_iter().map(|(_, v)| v).collect::<Vec<_>>();
        // A year in a sentence that writes another with its era or in three digits.
        assert_eq!(
            values("民國94年客運量僅有800萬,96年新線通車後倍增。"),
            ["2005", "2007"]
        );
        assert_eq!(values("其中以102年最多,99年次之。"), ["2013", "2010"]);
        // A two-digit first year of a short range.
        assert_eq!(values("近十年來(96~105年)共完成堤防50公里"), ["2007"]);
        // Alone, or after a full stop, it stays a span of years; so does a long range.
        assert!(values("輕軌已營運96年。").is_empty());
        assert_eq!(values("民國94年完工。96年的老樹"), ["2005"]);
        assert!(!values("樹齡50~100年").iter().any(|v| v.starts_with("1961")));
    }

    #[test]
    fn roc_years() {
        let first = |s: &str| tw_dates(s).into_iter().next();
        let d = |t: &str, v: &str| Some((t.to_string(), v.to_string()));
        assert_eq!(first("108年5月3日起"), d("108年5月3日", "2019-05-03"));
        assert_eq!(first("112年度預算"), d("112年度", "2023"));
        assert_eq!(first("一○五年時"), d("一○五年", "2016"));
        assert_eq!(first("95年度決算"), d("95年度", "2006"));
        assert_eq!(first("110年上半年"), d("110年上半年", "2021-H1"));
        // Written with its tens, as Taiwan's press writes numbers in words.
        assert_eq!(first("九十五年底人口"), d("九十五年底", "2006-12"));
        assert_eq!(first("一百零一年度預算"), d("一百零一年度", "2012"));
        // Durations and other numbers stay what they are.
        for s in [
            "九十五年歷史",
            "五十年來",
            "五十年後",
            "近20年來",
            "20年來",
            "95年",
            "5年",
            "10年以上",
            "2026年",
            "3000年",
        ] {
            assert!(
                tw_dates(s).iter().all(|(_, v)| !v.starts_with("19")),
                "{s} {:?}",
                tw_dates(s)
            );
        }
        assert_eq!(tw_dates("2026年")[0].1, "2026", "a common-era year wins");
        // A bare 2-digit year is one of the release's own years (this year or the five
        // before it), not a duration.
        let in_2006 = |s: &str| {
            let f = Folded::new(s);
            scan_dates_in(&f, Some(2006), rules(), true)
                .into_iter()
                .map(|d| (f.slice(d.start, d.end).to_string(), d.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            in_2006("94年第一期作產量"),
            [("94年".into(), "2005".into())]
        );
        assert!(in_2006("成立80年的老店").iter().all(|(_, v)| v != "1991"));
        assert!(in_2006("近95年來").is_empty());
        // A Taiwan page of the two-digit years: a year opening its clause before a noun.
        assert_eq!(
            tw_dates("88年养殖户数：1,200户"),
            [("88年".into(), "1999".into())]
        );
        assert_eq!(
            in_2006("。92年稻米产量4万吨"),
            [("92年".into(), "2003".into())]
        );
        for s in [
            "50年代兴建",
            "60年前兴建",
            "45年的历史",
            "说明:20年资料",
            "共有65年资历",
        ] {
            assert!(tw_dates(s).is_empty(), "{s}");
        }
        // Not once the release is of the three-digit years.
        let f = Folded::new("92年稻米产量4万吨");
        assert!(scan_dates_in(&f, Some(2020), rules(), true).is_empty());
        // With the era, in any release; without, only in Taiwan.
        assert_eq!(dates("民国三十八年", None)[0].1, "1949");
        assert_eq!(dates("民國102年", None)[0].1, "2013");
        assert!(dates("108年5月3日", None)
            .iter()
            .all(|(_, v)| v == "--05-03"));
        assert_eq!(
            roc_year_marks("112年度預算，113年度預算，20年來", rules()),
            2
        );
        assert_eq!(roc_year_marks("全县2026年完成投资", rules()), 0);
    }

    #[test]
    fn not_dates() {
        assert!(dates("工期约78个月", Some(2025)).is_empty());
        assert!(dates("3000年", None).is_empty());
        assert_eq!(dates("9月23日，召开", None)[0].1, "--09-23");
        assert!(dates("连续3个月增长", None).is_empty());
        // An end year before the first is no year range; the year itself stays a date.
        assert_eq!(
            dates("2020年至10年后", None),
            [("2020年".into(), "2020".into())]
        );
    }

    #[test]
    fn periods_without_a_known_year() {
        let d = |s: &str| dates(s, None);
        let one = |t: &str, v: &str| vec![(t.to_string(), v.to_string())];
        assert_eq!(d("5月，召开"), one("5月", "--05"));
        assert_eq!(d("截至5月末，贷款余额"), one("5月末", "--05"));
        assert_eq!(d("1-5月，完成投资"), one("1-5月", "--01..--05"));
        assert_eq!(d("1—5月，完成投资"), one("1—5月", "--01..--05"));
        assert_eq!(d("1至3月，完成投资"), one("1至3月", "--01..--03"));
        assert_eq!(d("1-9月份，完成投资"), one("1-9月份", "--01..--09"));
        assert_eq!(d("二季度，完成投资"), one("二季度", "--Q2"));
        assert_eq!(d("前三季度，完成投资"), one("前三季度", "--Q1..--Q3"));
        // Quarters without 度 as Hong Kong and Taiwan write them; 四季 alone is seasons.
        assert_eq!(
            dates("2023年第四季，平均轮候时间", None),
            one("2023年第四季", "2023-Q4")
        );
        assert_eq!(dates("2023年首三季的销量", None)[0].1, "2023-Q1..2023-Q3");
        assert!(dates("一年四季游客不断", Some(2023)).is_empty());
        assert_eq!(d("第四季度，完成投资"), one("第四季度", "--Q4"));
        assert_eq!(d("上半年，完成投资"), one("上半年", "--H1"));
        assert_eq!(d("1-2季度，完成投资"), one("1-2季度", "--Q1..--Q2"));
        assert_eq!(
            dates("2026年一至三季度", None),
            one("2026年一至三季度", "2026-Q1..2026-Q3")
        );
        assert_eq!(d("前10个月，发电量"), one("前10个月", "--01..--10"));
        // With a known year they take it; 份 is part of the month.
        assert_eq!(
            dates("1-9月份，完成投资", Some(2026))[0].1,
            "2026-01..2026-09"
        );
        assert_eq!(
            dates("5月份，完成投资", Some(2026)),
            one("5月份", "2026-05")
        );
        assert_eq!(dates("二季度，完成投资", Some(2026))[0].1, "2026-Q2");
    }

    #[test]
    fn day_ranges_are_one_date() {
        let one = |t: &str, v: &str| vec![(t.to_string(), v.to_string())];
        assert_eq!(
            dates("10月1日-4日，接待游客", Some(2026)),
            one("10月1日-4日", "2026-10-01..2026-10-04")
        );
        assert_eq!(
            dates("10月1日至4日，接待游客", Some(2026)),
            one("10月1日至4日", "2026-10-01..2026-10-04")
        );
        assert_eq!(
            dates("展会于6月18日到20日举办", None),
            one("6月18日到20日", "--06-18..--06-20")
        );
        assert_eq!(
            dates("9月29日至10月6日，接待游客", Some(2026)),
            one("9月29日至10月6日", "2026-09-29..2026-10-06")
        );
        assert_eq!(
            dates("10月1-7日，接待游客", Some(2026)),
            one("10月1-7日", "2026-10-01..2026-10-07")
        );
        assert_eq!(
            dates("2026年5月1日-5日，接待游客", Some(2025)),
            one("2026年5月1日-5日", "2026-05-01..2026-05-05"),
            "the written year wins"
        );
        assert_eq!(
            dates("2025年12月30日至1月2日", None),
            one("2025年12月30日至1月2日", "2025-12-30..2026-01-02"),
            "the last day in the next year"
        );
        // Not ranges: the last day before the first, two years written differently.
        assert_eq!(dates("5月3日至1日", Some(2026)).len(), 1);
        assert_eq!(dates("5月3日至5月1日", Some(2026)).len(), 2);
        assert_eq!(dates("2025年5月3日至2026年5月1日", None).len(), 2);
    }

    #[test]
    fn year_ranges_are_one_date() {
        let one = |t: &str, v: &str| vec![(t.to_string(), v.to_string())];
        assert_eq!(
            dates("1993~2000年，", None),
            one("1993~2000年", "1993..2000")
        );
        assert_eq!(
            dates("2011-2020年，", None),
            one("2011-2020年", "2011..2020")
        );
        assert_eq!(
            dates("2011至2020年，", None),
            one("2011至2020年", "2011..2020")
        );
        assert_eq!(
            dates("2011年至2020年，", None),
            one("2011年至2020年", "2011..2020")
        );
        assert_eq!(dates("2017至19年，", None), one("2017至19年", "2017..2019"));
        assert_eq!(
            dates("2024—2025年度", None),
            one("2024—2025年度", "2024..2025")
        );
        // Fiscal and school years: 2026/27年度, in Chinese numerals too.
        assert_eq!(
            dates("2025/26年度预算", None),
            one("2025/26年度", "2025..2026")
        );
        assert_eq!(
            dates("二零二五/二六年度开支", None),
            one("二零二五/二六年度", "2025..2026")
        );
        // Page spacing around the sign does not split the range into a duration.
        assert_eq!(
            dates("豁免2009 - 10年度差饷", None),
            one("2009 - 10年度", "2009..2010")
        );
        // A year range is no document year.
        assert_eq!(doc_year("《规划（2021—2035年）》实施"), None);
        assert_eq!(doc_year("2021—2035年规划。2025年完成"), Some(2025));
    }

    #[test]
    fn a_year_an_event_is_counted_from_or_a_level_reached_again_is_no_texts_year() {
        // Since a founding (2009年公司成立以来): long past.
        assert_eq!(
            doc_year("他说，2009年3月公司成立以来，基地扩大到5个。"),
            None
        );
        assert_eq!(doc_year("2016年营运以来，景区接待游客50万人次。"), None);
        // A since word right after the year is the period's start, as before.
        assert_eq!(doc_year("2020年以来，全县新建公路80公里。"), Some(2020));
        // A level reached again (逼近1999年高位): a comparison's base.
        assert_eq!(doc_year("轮候时间达5.8年，逼近1999年高位。"), None);
    }

    #[test]
    fn year_comes_from_first_full_date_or_year() {
        assert_eq!(doc_year("9月23日，召开会议。力争到2027年增收1500元"), None);
        assert_eq!(
            doc_year("3月18日，某局召开2026年城市建设会。2025年完成"),
            Some(2026)
        );
        assert_eq!(
            doc_year("《规划（2021—2035年）》，2025年7月16日"),
            Some(2025)
        );
        assert_eq!(
            release_date("3月18日，召开2026年会。", Some(2026)).as_deref(),
            Some("2026-03-18")
        );
    }

    #[test]
    fn the_date_above_the_prose_dates_a_news_page() {
        // A page header shows the day the page was saved; the article's own date stands
        // right above its text.
        let t = "跳到内容\n2031-04-02\n首页 要闻 财经\n某县图书馆新馆开放\n某报 2027-06-14\n\
                 某县图书馆新馆开放一周以来,到馆读者已逾5万人次,借出图书1.2万册,馆方表示将再添购新书。\n\
                 截至6月13日,累计办证3千张。";
        assert_eq!(doc_year(t), Some(2027));
        assert_eq!(release_date(t, doc_year(t)).as_deref(), Some("2027-06-14"));
        // Without prose below them, the first full date still dates the text.
        let t = "2031-04-02\n标题\n2027-06-14";
        assert_eq!(doc_year(t), Some(2031));
        // A date inside the first line of prose is no date above it.
        let t = "2027年6月14日,某县召开会议,部署全年工作,会议由县长主持。\n2031-04-02";
        assert_eq!(doc_year(t), Some(2027));
    }

    #[test]
    fn a_yearless_day_after_other_dates_dates_no_release() {
        // A day the text reports after the period it reports on is no release date: its
        // year would only be the text's guessed one.
        let t = "季度电力简报\n2031年第2季用电量为12.5亿千瓦时,按年增3.1%,按季增5%。\n全季最高负荷出现在5月19日,为900兆瓦。";
        assert_eq!(release_date(t, doc_year(t)), None);
        // A day opening the prose still dates it, under a title of any dates, and a full
        // date with its year anywhere.
        let t = "第2季用电增长3%\n5月19日,某县召开防汛工作会议,部署全年防汛工作,县长出席。\n\
                 2031年第2季用电量12.5亿千瓦时。";
        assert_eq!(release_date(t, Some(2031)).as_deref(), Some("2031-05-19"));
        let t = "2031年第2季用电量12.5亿千瓦时,按年增3.1%,按季增5%。\n新线于2031年5月19日投运。";
        assert_eq!(release_date(t, doc_year(t)).as_deref(), Some("2031-05-19"));
        // Only a date in the prose is flagged as such.
        let t = "5月19日,某县召开防汛工作会议,部署2031年汛期各项工作,县长出席。";
        let d = year_and_release_date_in(t, rules(), false);
        assert_eq!(d.release.as_deref(), Some("2031-05-19"));
        assert!(d.in_prose);
        let t =
            "某县召开防汛会议\n2031-05-20\n5月19日,某县召开防汛工作会议,部署全年工作,县长出席。";
        let d = year_and_release_date_in(t, rules(), false);
        assert_eq!(d.release.as_deref(), Some("2031-05-20"));
        assert!(!d.in_prose);
    }

    #[test]
    fn a_relative_year_word_with_its_year_pins_the_text() {
        // 明(119)年 on a Taiwan page: the text is of ROC 118 = 2029, though its first
        // full date (a past contract) is of 2028; the target day is no release date.
        let t = "某水廠新建工程動土\n某某工程昨(9)日上午舉行動土典禮,預計明(119)年3月20日可完工,\
                 工程經費約3億元。\n廠商於117年8月1日簽約後,辦理細部設計作業。";
        let d = year_and_release_date_in(t, rules(), true);
        assert_eq!(d.year, Some(2029));
        assert_eq!(d.release, None);
        // 去年2031年1到12月: the text is of 2032, whatever year it names first.
        let t = "今天3月2日,某局統計,2031年火災件數減少,降幅約12%,消防局長表示,宣導有成。\n\
                 某縣去年2031年1到12月火災件數較2030年減少80件。";
        let d = year_and_release_date_in(t, rules(), false);
        assert_eq!(d.year, Some(2032));
        assert_eq!(d.release.as_deref(), Some("2032-03-02"));
    }

    #[test]
    fn a_comparison_base_with_its_year_pins_no_text_year() {
        // 较2030年上半年 is a base; 去年上半年 another: no year follows from the two.
        let t = "上半年游客人均消费为2260元，较2030年上半年上升40%；比去年同期下降19%，\
                 主要是去年上半年基数较高。";
        assert_eq!(doc_year(t), None);
        // The same period written with its year and after 去年, as no base: the text's
        // year is the year after.
        let t = "上半年游客人均消费为2260元，去年上半年基数较高，2030年上半年为1800元。";
        assert_eq!(doc_year(t), Some(2031));
    }

    #[test]
    fn the_year_of_a_changes_starting_figure_is_no_text_year() {
        // 从2031年底的19家增加到目前的37家: the text is later than 2031.
        let t = "上半年全县生产总值增长5.7%。规上企业从2031年底的19家增加到目前的37家。";
        assert_eq!(doc_year(t), None);
        // Without 的 after it, the year is the start of a span the text speaks from.
        let t = "上半年全县生产总值增长5.7%。从2031年起，全县新增规上企业18家。";
        assert_eq!(doc_year(t), Some(2031));
    }

    #[test]
    fn years_of_a_sentence_about_the_future_are_targets() {
        let text = "今年上半年产值327亿元。2023年，全市磁材产量将达到6万吨，2025年达到10万吨。";
        assert_eq!(doc_year(text), None);
        let text = "2022年全县完成投资5亿元。预计2025年全县产值有望突破100亿元。";
        assert_eq!(doc_year(text), Some(2022));
        // Nouns of plans name this year's plan.
        assert_eq!(
            doc_year("2023年年度计划投资114亿元，完成计划的60%。"),
            Some(2023)
        );
    }

    #[test]
    fn a_stamp_later_than_the_texts_target_gives_no_year() {
        // A page saved in 2031 whose text still aims at 2030: the text is older, its
        // year unknown (no year it writes in the past, 2019年以来, is surer).
        let t = "某市电子产业集聚\n2031-06-02 10:11:12 880\n\
                 5月8日,某公司投资3亿元的电路板产业园在某开发区开工建设,年产值可达9亿元。\n\
                 2019年以来,一批龙头企业落户,到2030年,产值力争超过500亿元。";
        let d = year_and_release_date_in(t, rules(), false);
        assert_eq!(d.year, None);
        assert_eq!(d.release.as_deref(), Some("2031-06-02"));
        // A labelled release date keeps its year; so does a stamp before the target.
        let t = t.replace("2031-06-02 10:11:12", "发布时间:2031-06-02");
        assert_eq!(doc_year(&t), Some(2031));
        let t = t.replace("发布时间:2031-06-02", "2029-06-02 10:11:12");
        assert_eq!(doc_year(&t), Some(2029));
        // A release dated in words aiming at the end of its own year keeps its year;
        // a numeric stamp of the target's year does not.
        let t = "某县抽水蓄能电站加快建设\n2031年7月16日,某县召开发布会。全部机组计划于\
                 2031年底前投产。今年新建变电站5座。";
        assert_eq!(doc_year(t), Some(2031));
        assert_eq!(doc_year(&t.replace("2031年底前", "2030年底前")), Some(2031));
        let t = "某县电站建设\n2030-06-02 10:11:12\n到2030年,装机力争超过500万千瓦。";
        assert_eq!(doc_year(t), None);
        // A deadline (2030年前报审) is such a target too, and no year of the text.
        assert_eq!(
            doc_year("某市培育企业(2030年前报审)90家,储备企业120家,上半年新增8家。"),
            None
        );
    }

    #[test]
    fn an_as_of_date_is_no_target() {
        let r = rules();
        let f = Folded::new("截至2031年12月底,贷存比率由11月底的71.9%上升至72.9%。");
        let mut dates = scan_dates(&f, Some(2032), r);
        carry_sentence_year(&f, r, &mut dates, (Some(2032), None), |_| false);
        let v: Vec<&str> = dates.iter().map(|d| d.value.as_str()).collect();
        assert_eq!(v, ["2031-12", "2031-11"]);
        // 到 and 至 alone still make a target, whose year is not carried.
        let f = Folded::new("工程至2035年12月底完工,11月底试运行。");
        let mut dates = scan_dates(&f, Some(2032), r);
        carry_sentence_year(&f, r, &mut dates, (Some(2032), None), |_| false);
        assert_eq!(dates[1].value, "2032-11");
        // A planning word of the clause before plans nothing of this date.
        let f = Folded::new("某局推行培训计划,2031年首9个月入读人次上升。");
        assert!(!r.is_target(&f, f.text.chars().position(|c| c == '2').unwrap()));
        let f = Folded::new("某局计划2031年首9个月完成培训。");
        assert!(r.is_target(&f, f.text.chars().position(|c| c == '2').unwrap()));
    }

    #[test]
    fn a_text_of_a_years_whole_results_is_of_the_year_after() {
        let t = "统计局今日公布,2030年全年的港口货物吞吐量下跌9%。\n去年第四季吞吐量下跌8%。";
        assert_eq!(doc_year(t), Some(2031));
        // A forecast of the whole year is made within it.
        let t = "统计局预测,2030年全年的港口货物吞吐量将下跌9%。";
        assert_eq!(doc_year(t), Some(2030));
        let t = "统计局今日公布,2030年上半年的港口货物吞吐量下跌9%。";
        assert_eq!(doc_year(t), Some(2030));
        // A year after a planning verb is none of the text's.
        let t = "政府已筹划约2030年开始收费,去年10月推出资助计划。";
        assert_eq!(doc_year(t), None);
    }

    #[test]
    fn a_signed_notice_is_of_its_signatures_year() {
        // A press release signed with its date and weekday: the years its text reports
        // (an older scheme, a list of earlier figures) are not its year.
        let t = "當局於2021年推出計劃，至今共有3200人受惠。\n計劃下月10日截止申請。\n完\n2030年4月8日（星期一）\n香港時間15時20分\n";
        assert_eq!(doc_year(t), Some(2030));
        assert_eq!(release_date(t, doc_year(t)).as_deref(), Some("2030-04-08"));
        let t = "去年新增車位80個。\n2029年6月2日(星期六)\n";
        assert_eq!(doc_year(t), Some(2029));
        // A signature outweighs an earlier full date of the text; words other than a
        // weekday after the date make it no signature.
        let t = "2021年3月1日，當局推出計劃。\n2030年4月8日（星期一）\n";
        assert_eq!(doc_year(t), Some(2030));
        let t = "2021年3月1日，當局推出計劃。\n2030年4月8日起施行\n";
        assert_eq!(doc_year(t), Some(2021));
    }

    #[test]
    fn release_date_of_a_signed_notice() {
        let t = "通报如下。确保12月20日前全面完成。\n县人民政府办公室\n2026年11月5日\n";
        assert_eq!(release_date(t, doc_year(t)).as_deref(), Some("2026-11-05"));
        let t = "3月26日，左权县召开2026年第一季度新闻发布会。\n正文2026年4月1日起实施。";
        assert_eq!(release_date(t, doc_year(t)).as_deref(), Some("2026-03-26"));
    }

    #[test]
    fn release_date_from_numeric_and_labelled_dates() {
        let rd = |t: &str| release_date(t, doc_year(t));
        assert_eq!(
            rd("标题\n发布时间：2026-03-26 10:05\n正文").as_deref(),
            Some("2026-03-26")
        );
        assert_eq!(rd("发布日期: 2026/3/6").as_deref(), Some("2026-03-06"));
        assert_eq!(
            rd("发布时间：２０２６－０３－２６").as_deref(),
            Some("2026-03-26")
        );
        assert_eq!(rd("发布时间：2026年3月26日").as_deref(), Some("2026-03-26"));
        // The labelled date wins over an earlier one; the year comes from the first.
        assert_eq!(
            rd("2025年7月16日规划获批。发布时间：2026-03-26").as_deref(),
            Some("2026-03-26")
        );
        assert_eq!(doc_year("发布时间：2026-03-26\n3月18日召开"), Some(2026));
        // Not dates: mixed separators, month 13, part of a longer number, version strings.
        assert_eq!(rd("编号2026-03/26"), None);
        assert_eq!(rd("2026-13-01"), None);
        assert_eq!(rd("12026-03-26"), None);
        assert_eq!(rd("2026-03-261"), None);
        // Numeric dates are not date facts.
        assert!(dates("2026-03-26", None).is_empty());
    }

    #[test]
    fn page_spacing_between_digits_and_date_words() {
        // Pages spaced for print put a space around the digits of a date (issue 12).
        assert_eq!(
            dates("本报讯 3 月 9 日，全区 1-8 月份 用电量上升", Some(2024)),
            [
                ("3 月 9 日".to_string(), "2024-03-09".to_string()),
                ("1-8 月份".to_string(), "2024-01..2024-08".to_string()),
            ]
        );
        assert_eq!(
            dates("与 2 至 4 月持平", Some(2024)),
            [("2 至 4 月".to_string(), "2024-02..2024-04".to_string())]
        );
        // Two spaces are no page spacing, and a spaced 月 after a larger number no month.
        assert!(dates("共 5  月", Some(2024)).is_empty());
        assert!(dates("指数 13 月", Some(2024)).is_empty());
    }

    #[test]
    fn a_date_things_can_be_done_by_is_no_release_year() {
        // 2030年6月可建成: a target; the year of the text is another one or none.
        assert_eq!(
            doc_year("5月10日，某医院大楼动工，预计工期500天，2030年6月可建成。"),
            None
        );
        let t = "2029年完成投资5亿元。工程2030年6月可建成。";
        assert_eq!(doc_year(t), Some(2029));
    }

    #[test]
    fn the_year_of_a_list_of_projects_is_no_year_of_the_text() {
        let t = "5月12日，某光伏项目并网。该项目被列为2030年省重点项目。";
        assert_eq!(doc_year(t), None);
        assert_eq!(
            doc_year("2031年完成投资5亿元，入选2030年第一批示范项目。"),
            Some(2031)
        );
    }

    #[test]
    fn a_verb_ending_like_a_target_word_sets_no_target() {
        // 受到 ends with 到 but aims at nothing: the page's stamp gives the year.
        let t = "2023-11-30 13:16\n今年首三季保费收入下跌1.7%，主要受到2022年同期个别交易影响。";
        assert_eq!(doc_year(t), Some(2023));
    }

    #[test]
    fn a_comparison_base_is_not_the_release_year() {
        // The only year written is the base of a comparison: no year of its own …
        assert_eq!(doc_year("本季出口额52亿元，较2019年第三季增长4%。"), None);
        // … unless the same period, written as no base, is also written after a relative
        // year word (去年第三季) …
        let t = "本季出口额52亿元，较去年第三季增长4%。2019年第三季出口额为50亿元。";
        assert_eq!(doc_year(t), Some(2020));
        // … which a second base of the same figure is not (亦较2019年: another year).
        let t = "本季出口额52亿元，较去年第三季增长4%，亦较2019年第三季为高。";
        assert_eq!(doc_year(t), None);
        assert_eq!(
            doc_year("比2019年增长5%，2021年完成投资3亿元。"),
            Some(2021)
        );
        // A year alone after 去年 is no period (去年 and 2019年 are not the same words).
        assert_eq!(doc_year("2019年产量3万吨，去年产量4万吨。"), Some(2019));
    }

    #[test]
    fn a_text_is_of_its_latest_own_year() {
        // A story that tells a park's past before this year's figures is written no
        // earlier than the last year it reports.
        let t = "该镇2006年引进第一家企业，2019年建成物流园。今年园区实现产值8亿元。";
        assert_eq!(doc_year(t), Some(2019));
        // The order does not matter, and a comparison base or a target is no own year.
        let t = "2021年完成投资3亿元，较2016年翻一番，力争到2030年再翻一番。";
        assert_eq!(doc_year(t), Some(2021));
        let t = "较2024年增长5%。2017年该县建成首座水厂，2012年开始供水。";
        assert_eq!(doc_year(t), Some(2017));
    }

    #[test]
    fn a_year_of_founding_is_not_the_release_year() {
        // 始建于/成立于 name a beginning in the past: the next written year dates the text.
        let t = "某茶厂始建于1987年，上半年加工干茶120吨。";
        assert_eq!(doc_year(t), None);
        let t = "某合作社成立於2009年，2023年社員增至310戶。";
        assert_eq!(doc_year(t), Some(2023));
        // The same year with no such verb still dates it.
        assert_eq!(doc_year("某茶厂1987年加工干茶120吨。"), Some(1987));
    }

    #[test]
    fn a_day_first_numeric_date_dates_the_page() {
        let t = "医院新楼奠基\n21.03.2017 09:15\n3月20日上午，新楼举行奠基仪式。";
        assert_eq!(doc_year(t), Some(2017));
        assert_eq!(release_date(t, Some(2017)).as_deref(), Some("2017-03-21"));
        // Not inside a longer run of digits or dots.
        assert_eq!(doc_year("版本 1.21.03.2017 发布"), None);
    }

    #[test]
    fn a_header_stamp_of_year_then_month_and_day_dates_the_page() {
        // 2023 08/01 18:38:39 above the prose: the page's date, not a day the prose names
        // with a year from elsewhere in the text (7月28日 with 2006年成立).
        let t = "频道 > 新闻 > 正文\n2023 08/01 18:38:39\n来源：某县融媒体中心\n\
                 某县咖啡种植面积达11万亩，投产面积达10万亩，有咖啡企业85家。\n\
                 咖啡逐渐成熟（7月28日摄）。2006年成立的某庄园共有咖啡园2000余亩。";
        assert_eq!(doc_year(t), Some(2023));
        assert_eq!(release_date(t, Some(2023)).as_deref(), Some("2023-08-01"));
        // Without the clock it is no stamp.
        assert_eq!(doc_year("共有 2023 08/01 字样"), None);
    }

    #[test]
    fn a_slashed_date_with_its_year_last_dates_the_page() {
        // Month first, as most pages print it; day first when the first is no month.
        let t = "市府获奖\n发布日期：6/27/2025\n2024年全市游客增长12%。今日(6月27日)公布结果。";
        assert_eq!(doc_year(t), Some(2025));
        assert_eq!(release_date(t, Some(2025)).as_deref(), Some("2025-06-27"));
        let t = "发布日期：27/6/2025\n2024年全市游客增长12%。";
        assert_eq!(release_date(t, doc_year(t)).as_deref(), Some("2025-06-27"));
        // Not inside a path of slashes or a longer number.
        assert_eq!(doc_year("见 /files/6/27/2025/a.pdf 附件"), None);
        assert_eq!(doc_year("编号 16/27/2025 文件"), None);
    }
    #[test]
    fn the_first_month_opens_a_cumulative_range() {
        let d = |s: &str, y| dates(s, y);
        assert_eq!(
            d("元至8月，全县实现税收3亿元", Some(2023))[0].1,
            "2023-01..2023-08"
        );
        assert_eq!(
            d("今年元-3月进出口总额", None)[0],
            ("元-3月".into(), "--01..--03".into())
        );
        // A sum of money before 至 is no month.
        assert_eq!(d("每人每月补助300元至6月底", Some(2023))[0].1, "2023-06");
    }

    #[test]
    fn a_school_year_is_a_range_of_years() {
        let d = dates("本校2015-2016学年录取研究生90人", None);
        assert_eq!(d, [("2015-2016学年".into(), "2015..2016".into())]);
        let d = dates("2017/18學年度開設課程40門", None);
        assert_eq!(d, [("2017/18學年度".into(), "2017..2018".into())]);
        // A year of a kind alone is left as it was; other words after a range end it.
        assert!(dates("2015-2016学者互访", None).is_empty());
    }

    #[test]
    fn bare_days_listed_after_a_day_share_its_month() {
        let d = dates("定于5月8日、10日和12日在三个社区开展义诊", Some(2022));
        let v: Vec<&str> = d.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(v, ["2022-05-08", "2022-05-10", "2022-05-12"]);
        assert_eq!(d[1].0, "10日");
        // 8日至10日 is a day range, not a list.
        assert_eq!(dates("5月8日至10日举办", Some(2022)).len(), 1);
    }

    #[test]
    fn a_bare_day_of_an_event_takes_the_release_month() {
        let days = |s: &str, release: &str| {
            let f = Folded::new(s);
            let mut d = Vec::new();
            event_days(&f, (release, false), rules(), &mut d);
            d.iter()
                .map(|d| (f.slice(d.start, d.end).to_string(), d.value.clone()))
                .collect::<Vec<_>>()
        };
        let one = |t: &str, v: &str| vec![(t.to_string(), v.to_string())];
        assert_eq!(
            days("某局局长王某12日表示，全年完成投资5亿元", "2024-03-14"),
            one("12日", "2024-03-12")
        );
        // A visit or a session opening that day.
        assert_eq!(
            days("县长李某9日到县农业园区察看春耕", "2024-03-14"),
            one("9日", "2024-03-09")
        );
        assert_eq!(
            days("县议会临时会13日开议，审议预算", "2024-03-14"),
            one("13日", "2024-03-13")
        );
        assert!(days("贷款将于9日到期", "2024-03-14").is_empty());
        assert!(days("每期9日到10日开放", "2024-03-14").is_empty());
        // A day to come: the release's month, or the next one when the day is past.
        assert_eq!(
            days("名单将于本周五(16日)公布", "2024-03-14"),
            one("16日", "2024-03-16")
        );
        assert_eq!(
            days("新馆拟于下周二(2日)开放", "2024-03-28"),
            one("2日", "2024-04-02")
        );
        assert_eq!(
            days("本周一(11日)召开会议", "2024-03-14"),
            one("11日", "2024-03-11")
        );
        // Without such a word a later day is last month's.
        assert_eq!(
            days("名单已于上周五(16日)公布", "2024-03-14"),
            one("16日", "2024-02-16")
        );
        // Unless the release date is only the text's first date: the text tells on from it.
        let f = Folded::new("记者王某16日在车站看到，旅客有序进站");
        let mut d = Vec::new();
        event_days(&f, ("2024-03-14", true), rules(), &mut d);
        assert_eq!(d[0].value, "2024-03-16");
        let mut d = Vec::new();
        event_days(&f, ("2024-03-14", false), rules(), &mut d);
        assert_eq!(d[0].value, "2024-02-16");
        assert_eq!(
            days("本网讯：3日，某县召开会议", "2024-03-04"),
            one("3日", "2024-03-03")
        );
        assert_eq!(
            days("某局昨天(13日)通报了水质情况", "2024-03-14"),
            one("13日", "2024-03-13")
        );
        // A day later than the release's is of the month before (of the year before in January).
        assert_eq!(
            days("某社30日电 记者获悉", "2024-01-02"),
            one("30日", "2023-12-30")
        );
        // Spans of days, days of dated months, and no release date: no event days.
        assert!(days("今年较去年提前26日，入园游客5日内达到10万人", "2024-03-14").is_empty());
        assert!(days("工程用时15日，在全市率先完工", "2024-03-14").is_empty());
        assert!(days("某局局长王某12日表示", "2024-03").is_empty());
    }

    #[test]
    fn roc_year_ranges_are_dates_on_a_taiwan_page() {
        let f = Folded::new("推动113-115年充电桩建置，114 -116年度持续办理");
        let d = scan_dates_in(&f, None, rules(), true);
        let v: Vec<(String, Option<String>)> = d
            .iter()
            .map(|d| (d.value.clone(), d.value_max.clone()))
            .collect();
        assert_eq!(
            v,
            [
                ("2024".to_string(), Some("2026".to_string())),
                ("2025".to_string(), Some("2027".to_string()))
            ]
        );
        assert!(scan_dates_in(
            &Folded::new("推动113-115年充电桩建置"),
            None,
            rules(),
            false
        )
        .iter()
        .all(|d| d.value_max.is_none()));
    }

    #[test]
    fn a_verb_of_approaching_before_an_roc_year_keeps_it_a_year() {
        let years = |t: &str| -> Vec<String> {
            let f = Folded::new(t);
            scan_dates_in(&f, None, rules(), true)
                .into_iter()
                .map(|d| d.value)
                .collect()
        };
        assert_eq!(years("游客人数已逼近105年的108万人"), ["2016"]);
        // 近 alone approximates a span.
        assert!(years("该校创校近105年").is_empty());
    }

    #[test]
    fn a_two_digit_roc_year_after_since_is_a_year_in_a_recent_release() {
        let years = |t: &str, doc: i32| -> Vec<String> {
            let f = Folded::new(t);
            scan_dates_in(&f, Some(doc), rules(), true)
                .into_iter()
                .map(|d| d.value)
                .collect()
        };
        assert_eq!(years("本市自96年起推動廚餘回收", 2023), ["2007"]);
        assert_eq!(years("回收量从88年每日约300公吨增加", 2023), ["1999"]);
        // A span stays a span; a small number after 自 is none either.
        assert!(years("漁獲量創50年新低", 2023).is_empty());
        assert!(years("本館自30年前開放", 2023).is_empty());
    }

    #[test]
    fn days_no_calendar_has_are_dropped() {
        assert_eq!(checked_day("2021-02-30"), None);
        assert_eq!(checked_day("--04-31"), None);
        assert_eq!(checked_day("2021-02-29").as_deref(), Some("--02-29"));
        assert_eq!(checked_day("2020-02-29").as_deref(), Some("2020-02-29"));
        assert_eq!(checked_day("2021-12-31").as_deref(), Some("2021-12-31"));
        assert_eq!(checked_day("2021-Q1").as_deref(), Some("2021-Q1"));
        assert_eq!(checked_day("--05").as_deref(), Some("--05"));
    }
}
