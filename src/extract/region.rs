//! The region a release comes from (the `region` column of documents.csv): the mainland
//! (`CN`), Taiwan (`TW`), Hong Kong (`HK`) or Macau (`MO`), and what it changes: the
//! currency of a bare 元/万元/亿元 (TWD, HKD, MOP; CNY on the mainland) and, in Taiwan,
//! the ROC calendar (108年 = 2019; see [`super::date::scan_dates_in`]).
//!
//! The words are rules of patterns/cues.tsv: `region.mark` (names of places, institutions
//! and currencies that mark a region: 台北市, 行政院, 特区政府, 澳门元 …), `region.currency`
//! (each region's currency), `scan.currency_name` (explicit currency names such as
//! 新台币 or 人民币 before a figure, which always win).

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use rust_decimal::Decimal;

use super::number;
use crate::error::{Error, Result};
use crate::patterns::{Cues, WordList};

/// Where a release comes from (ISO 3166-1 codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Region {
    /// The mainland (the default).
    #[default]
    CN,
    /// Taiwan.
    TW,
    /// Hong Kong.
    HK,
    /// Macau.
    MO,
}

impl Region {
    /// Every region, the default first.
    pub const ALL: [Region; 4] = [Region::CN, Region::TW, Region::HK, Region::MO];

    /// The ISO 3166-1 code (`CN`, `TW`, `HK`, `MO`).
    pub fn code(self) -> &'static str {
        match self {
            Region::CN => "CN",
            Region::TW => "TW",
            Region::HK => "HK",
            Region::MO => "MO",
        }
    }

    /// The region of a code, in any case (`tw` = `TW`).
    pub fn from_code(code: &str) -> Option<Region> {
        Region::ALL
            .into_iter()
            .find(|r| r.code().eq_ignore_ascii_case(code.trim()))
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Region {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// How many times one mark word counts at most: a word repeated all through a release
/// (港元 in a report on a Hong Kong listing) must not outweigh the release's own marks.
const MAX_PER_WORD: usize = 3;

/// How many marks a host in a region's domain weighs ([`RegionRules::of_host`]).
const HOST_MARKS: usize = 2;

/// How many times a text in traditional characters with no mark names a region for the
/// region to be its own.
const MIN_NAMED: usize = 2;

/// The end of a `region.mark` value for a mark that counts only in a text written in
/// traditional characters.
const TRADITIONAL_ONLY: &str = " traditional";

/// Chars of a release read to find its region.
const HEAD_CHARS: usize = 20_000;

/// Chars of a release's head searched for a traditional char.
const HINT_CHARS: usize = 4000;

/// Chars before a money figure searched for an explicit currency name (新台币约50亿元).
const NAME_WINDOW: usize = 6;

/// The region rules, parsed once per extractor.
pub struct RegionRules {
    /// The `region.mark` words, in file order.
    marks: AhoCorasick,
    /// The regions each mark stands for.
    mark_regions: Vec<Vec<Region>>,
    /// Whether each mark counts only in a text written in traditional characters (its
    /// value ends with `traditional`: 市府, which mainland pages write too).
    mark_traditional: Vec<bool>,
    /// Each region's currency (ISO 4217), by [`Region`] index; CNY when not listed.
    currency: [String; 4],
    /// Explicit currency names with their ISO code.
    names: WordList,
    /// The `text.traditional_hint` chars: a text with none is read as written.
    hints: WordList,
    /// Units a region reads otherwise (`region.unit`): surface, region, factor.
    units: Vec<(String, Region, Decimal)>,
    /// Currency words a region reads as another currency (`region.currency_word`):
    /// surface, region, ISO code.
    currency_words: Vec<(String, Region, String)>,
    /// Units only some regions write (`region.unit_only`): surface, those regions.
    units_only: Vec<(String, Vec<Region>)>,
    /// The plain names of Hong Kong and Macau (`region.name`), with their region.
    region_names: Vec<(String, Region)>,
    /// The region a release's host names by its top-level domain (`region.host_domain`:
    /// hk → HK), lower-case domain first.
    host_domains: Vec<(String, Region)>,
    /// Words in a host's name that name its region (`region.host_word`: macao → MO).
    host_words: Vec<(String, Region)>,
    /// Letters before a dollar sign that name its currency (HK$, NT$, US$:
    /// `region.dollar_prefix`), valued with the ISO code.
    dollar_prefixes: WordList,
}

impl RegionRules {
    /// Reads the `region.*` rules of `cues`; a value that is no region code or currency
    /// code is an error.
    pub fn new(cues: &Cues) -> Result<RegionRules> {
        let bad = |rule: &str, w: &str, v: &str, what: &str| {
            cues.error(rule, w, &format!("value {v:?} is not {what}"))
        };
        let mut words = Vec::new();
        let mut mark_regions = Vec::new();
        let mut mark_traditional = Vec::new();
        for (w, v) in cues.at(crate::cue!("region.mark")).entries() {
            let codes = v.strip_suffix(TRADITIONAL_ONLY);
            let regions: Option<Vec<Region>> = (codes.unwrap_or(v).split_whitespace())
                .map(Region::from_code)
                .collect();
            let regions = regions.filter(|r| !r.is_empty()).ok_or_else(|| {
                let what = "region codes (CN TW HK MO), then maybe `traditional`";
                bad("region.mark", w, v, what)
            })?;
            words.push(w.to_string());
            mark_regions.push(regions);
            mark_traditional.push(codes.is_some());
        }
        // A DFA: the marks are searched over the first 20,000 chars of every release,
        // where the (default) NFA for this many words costs several times more per byte.
        let marks = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&words)
            .map_err(|e| Error::Config(format!("cues.tsv: region.mark: {e}")))?;
        let iso = |v: &str| v.len() == 3 && v.bytes().all(|b| b.is_ascii_uppercase());
        let mut currency: [String; 4] = Default::default();
        for c in &mut currency {
            *c = "CNY".into();
        }
        for (w, v) in cues.at(crate::cue!("region.currency")).entries() {
            let r = Region::from_code(w).ok_or_else(|| {
                cues.error("region.currency", w, "not a region code (CN TW HK MO)")
            })?;
            if !iso(v) {
                return Err(bad("region.currency", w, v, "an ISO 4217 code (TWD)"));
            }
            currency[r.index()] = v.to_string();
        }
        // The currency names are the scanner's (`scan.currency_name`), prefixes or not.
        let names = cues.at(crate::cue!("scan.currency_name"));
        for (w, v) in names.entries() {
            super::scan::currency_name(v).map_err(|e| cues.error("scan.currency_name", w, &e))?;
        }
        let hints = cues.at(crate::cue!("text.traditional_hint")).clone();
        let mut units = Vec::new();
        for (w, v) in cues.at(crate::cue!("region.unit")).entries() {
            let mut parts = v.split_whitespace();
            let region = parts.next().and_then(Region::from_code);
            let factor = parts.next().and_then(|f| f.parse::<Decimal>().ok());
            match (region, factor, parts.next()) {
                (Some(r), Some(f), None) if f > Decimal::ZERO => units.push((w.to_string(), r, f)),
                _ => return Err(bad("region.unit", w, v, "`REGION FACTOR` (TW 969.917)")),
            }
        }
        let mut currency_words = Vec::new();
        for (w, v) in cues.at(crate::cue!("region.currency_word")).entries() {
            let mut parts = v.split_whitespace();
            let region = parts.next().and_then(Region::from_code);
            match (region, parts.next(), parts.next()) {
                (Some(r), Some(c), None) if iso(c) => {
                    currency_words.push((w.to_string(), r, c.to_string()))
                }
                _ => return Err(bad("region.currency_word", w, v, "`REGION ISO` (MO MOP)")),
            }
        }
        let mut units_only = Vec::new();
        for (w, v) in cues.at(crate::cue!("region.unit_only")).entries() {
            let regions: Option<Vec<Region>> =
                v.split_whitespace().map(Region::from_code).collect();
            match regions.filter(|r| !r.is_empty()) {
                Some(r) => units_only.push((w.to_string(), r)),
                None => return Err(bad("region.unit_only", w, v, "region codes (HK MO)")),
            }
        }
        let mut host_domains = Vec::new();
        for (w, v) in cues.at(crate::cue!("region.host_domain")).entries() {
            let r = Region::from_code(v)
                .ok_or_else(|| bad("region.host_domain", w, v, "a region code (TW HK MO)"))?;
            host_domains.push((w.to_ascii_lowercase(), r));
        }
        let mut host_words = Vec::new();
        for (w, v) in cues.at(crate::cue!("region.host_word")).entries() {
            let r = Region::from_code(v)
                .ok_or_else(|| bad("region.host_word", w, v, "a region code (TW HK MO)"))?;
            host_words.push((w.to_ascii_lowercase(), r));
        }
        let mut region_names = Vec::new();
        for (w, v) in cues.at(crate::cue!("region.name")).entries() {
            let r =
                Region::from_code(v).ok_or_else(|| bad("region.name", w, v, "a region code"))?;
            region_names.push((w.to_string(), r));
        }
        let dollar_prefixes = cues.at(crate::cue!("region.dollar_prefix")).clone();
        if let Some((w, v)) = dollar_prefixes.entries().find(|(_, v)| !iso(v)) {
            return Err(bad("region.dollar_prefix", w, v, "an ISO 4217 code (HKD)"));
        }
        Ok(RegionRules {
            host_domains,
            host_words,
            region_names,
            dollar_prefixes,
            marks,
            mark_regions,
            mark_traditional,
            currency,
            names: names.clone(),
            hints,
            units,
            currency_words,
            units_only,
        })
    }

    /// The region of a release, from the marks in the first [`HEAD_CHARS`] chars of
    /// `text` (written in simplified characters: pass the simplified copy of a
    /// traditional text). Each mark counts for its regions (a word at most
    /// [`MAX_PER_WORD`] times); the region other than the mainland with the most marks
    /// wins when it has more than the mainland and at least two marks, or one in a text
    /// written in traditional characters (`traditional`, a weak hint: mainland pages can
    /// be traditional, and Hong Kong writes 元 and 亿 too). Else the mainland.
    /// `roc_years`, the bare ROC years of the text that read as dates (112年度, 108年5月),
    /// are marks of Taiwan (at most [`MAX_PER_WORD`]).
    /// Marks valued `… traditional` count only when `traditional`.
    pub fn detect(&self, text: &str, traditional: bool, roc_years: usize) -> Region {
        self.detect_in(text, (traditional, traditional), (roc_years, None))
    }

    /// The region the top-level domain of a release's host names (`host`, lower-case:
    /// www.info.gov.hk → HK; `region.host_domain`), else a word in its other labels
    /// (todaymacao.com → MO; `region.host_word`), if any.
    pub fn of_host(&self, host: &str) -> Option<Region> {
        let (labels, tld) = host.rsplit_once('.')?;
        let by_domain = (self.host_domains.iter()).find(|(d, _)| d == tld);
        let by_word = || (self.host_words.iter()).find(|(w, _)| labels.contains(w.as_str()));
        by_domain.or_else(by_word).map(|(_, r)| *r)
    }

    /// [`RegionRules::detect`]; `(traditional, written)`: whether one mark is enough, and
    /// whether the text was written in traditional characters (a short text with a few
    /// of them is, though one mark is not enough there), which the marks valued
    /// `… traditional` need.
    fn detect_in(
        &self,
        text: &str,
        (traditional, written): (bool, bool),
        (roc_years, host): (usize, Option<Region>),
    ) -> Region {
        let end = text
            .char_indices()
            .nth(HEAD_CHARS)
            .map_or(text.len(), |(i, _)| i);
        let mut per_word = vec![0usize; self.mark_regions.len()];
        for m in self.marks.find_iter(&text[..end]) {
            let k = m.pattern().as_usize();
            if self.mark_traditional[k] && !written {
                continue;
            }
            per_word[k] = (per_word[k] + 1).min(MAX_PER_WORD);
        }
        let mut score = [0usize; 4];
        score[Region::TW.index()] = roc_years.min(MAX_PER_WORD);
        // A host in the region's domain (a government press release that never names its
        // city: 政府今日宣布…) weighs as two marks; the mainland's own marks can still
        // outweigh it (a Hong Kong paper's story on a mainland county).
        if let Some(r) = host {
            score[r.index()] += HOST_MARKS;
        }
        for (n, regions) in per_word.iter().zip(&self.mark_regions) {
            for r in regions {
                score[r.index()] += n;
            }
        }
        // A name of a region in the title (the first line: 二〇一九年香港整體治安情況) is a
        // mark of it; a name elsewhere is not (the mainland writes of Hong Kong too).
        let title = text[..end].trim_start().lines().next().unwrap_or("");
        for (w, r) in &self.region_names {
            if title.contains(w.as_str()) {
                score[r.index()] += 1;
            }
        }
        // Hong Kong and Macau share marks (特区政府): a tie between them goes to the one the
        // text names more often; other ties to the region listed first (TW, HK, MO).
        let named = |r: Region| {
            (self.region_names.iter())
                .filter(|(_, x)| *x == r)
                .map(|(w, _)| text[..end].matches(w.as_str()).count())
                .sum::<usize>()
        };
        let best = Region::ALL[1..].iter().copied().fold(Region::TW, |b, r| {
            let (sr, sb) = (score[r.index()], score[b.index()]);
            let tie_named = sr == sb && sr > 0 && r == Region::MO && b == Region::HK;
            if sr > sb || tie_named && named(Region::MO) > named(Region::HK) {
                r
            } else {
                b
            }
        });
        let s = score[best.index()];
        let enough = s >= 2 || (s == 1 && traditional);
        if enough && s > score[Region::CN.index()] {
            return best;
        }
        // A text written in traditional characters with no mark at all that names one
        // region twice or more (a paper's report on a company: 香港的售電量…香港財經) is
        // of that region; the mainland rarely writes traditional, Taiwan has its marks.
        let unmarked = score.iter().all(|&n| n == 0);
        let (most, times) = (Region::ALL[1..].iter())
            .map(|&r| (r, named(r)))
            .fold((Region::CN, 0), |b, x| if x.1 > b.1 { x } else { b });
        if written && unmarked && times >= MIN_NAMED {
            most
        } else {
            Region::CN
        }
    }

    /// The region of the release `text`, given its simplified copy (`simplified`, made
    /// when the text is written in traditional characters): [`RegionRules::detect`] on
    /// that copy, else on a simplified copy of the head when it holds a traditional char
    /// of `text.traditional_hint` (a short text may have too few to get a copy, but its
    /// marks are still marks), else on the text as written. `roc_years` as for
    /// [`RegionRules::detect`].
    pub fn detect_release(
        &self,
        text: &str,
        simplified: Option<&str>,
        (roc_years, host): (usize, Option<Region>),
    ) -> Region {
        match simplified {
            Some(s) => self.detect_in(s, (true, true), (roc_years, host)),
            None => {
                let end = text
                    .char_indices()
                    .nth(HEAD_CHARS)
                    .map_or(text.len(), |(i, _)| i);
                let head = &text[..end];
                let traditional = head
                    .chars()
                    .take(HINT_CHARS)
                    .any(|c| self.hints.has_char(c));
                if traditional {
                    self.detect_in(&simplet2s::convert(head), (false, true), (roc_years, host))
                } else {
                    self.detect_in(head, (false, false), (roc_years, host))
                }
            }
        }
    }

    /// The unit surface of `region.unit` that the figure `mention` (as the rules read
    /// it: 约3分地) is written in, with the factor `region` gives it (a 分 of land is a
    /// tenth of a 甲 in Taiwan, of a 亩 on the mainland). None when the region reads
    /// the figure's unit as units.tsv does.
    pub fn unit_factor(&self, region: Region, mention: &str) -> Option<(&str, Decimal)> {
        self.units
            .iter()
            .find(|(w, r, _)| *r == region && mention.contains(w.as_str()))
            .map(|(w, _, f)| (w.as_str(), *f))
    }

    /// Whether the figure `mention` (as the rules read it: 7仙) is written in a unit that
    /// only other regions than `region` write (`region.unit_only`: 仙, the cent of Hong
    /// Kong and Macau), or in such a unit after a numeral in Chinese characters (`chinese`:
    /// 八仙 are the Eight Immortals): then it is no figure.
    pub fn foreign_unit(&self, region: Region, mention: &str, chinese: bool) -> bool {
        (self.units_only.iter())
            .any(|(w, rs)| mention.ends_with(w.as_str()) && (chinese || !rs.contains(&region)))
    }

    /// The currency a money figure `mention` (as the rules read it: 60亿澳元) is in where
    /// `region` reads its currency word otherwise (`region.currency_word`: 澳元 is the
    /// Macau pataca on a Macau page, the Australian dollar elsewhere). None when the
    /// region reads it as units.tsv does.
    pub fn currency_word(&self, region: Region, mention: &str) -> Option<&str> {
        (self.currency_words.iter())
            .find(|(w, r, _)| *r == region && mention.ends_with(w.as_str()))
            .map(|(_, _, c)| c.as_str())
    }

    /// The currency of a dollar sign ($1,640) whose text before it is `before`: the one
    /// its letters name (HK$, NT$, US$: `region.dollar_prefix`), else outside the
    /// mainland the region's own dollar (a Hong Kong page's $ is HKD). None where the
    /// sign stays the US dollar (the mainland, unknown letters).
    pub fn dollar_currency(&self, region: Region, before: &str) -> Option<&str> {
        let letters = before.len()
            - before
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .len();
        if letters == 0 {
            return (region != Region::CN).then(|| self.currency(region));
        }
        let named = before[before.len() - letters..].to_ascii_uppercase();
        self.dollar_prefixes
            .entries()
            .find(|(w, _)| *w == named)
            .map(|(_, v)| v)
    }

    /// The currency of `region` (ISO 4217).
    pub fn currency(&self, region: Region) -> &str {
        &self.currency[region.index()]
    }

    /// The currency of a money figure whose unit names no currency (元, 亿元 → CNY in
    /// units.tsv): the ISO code of the explicit currency name nearest before it in its
    /// clause, among the [`NAME_WINDOW`] chars of `before` (新台币约50亿元, 人民币存款50亿元),
    /// else the currency of `region`. None when `mention` (the figure as the rules read
    /// it) names its currency itself (人民币50亿元, 50亿元人民币).
    pub fn money_currency(&self, region: Region, before: &str, mention: &str) -> Option<&str> {
        if self.names.occurs_in(mention) {
            return None;
        }
        let window: String = {
            let tail: Vec<char> = before.chars().rev().take(NAME_WINDOW).collect();
            let clause = tail
                .iter()
                .position(|c| "，。；：、,;:！？!?\n".contains(*c))
                .unwrap_or(tail.len());
            tail[..clause].iter().rev().collect()
        };
        // A name right after a numeral is another figure's unit (五美元和三块), no prefix.
        let prefix = |i: usize| {
            let lead = &before[..before.len() - window.len() + i];
            !lead
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit() || number::is_numeral_char(c))
        };
        let named = self
            .names
            .entries()
            // The window is a few chars: a name whose first char is not among them is not in it.
            .filter(|(w, _)| w.chars().next().is_none_or(|c| window.contains(c)))
            .filter_map(|(w, v)| {
                let (i, _) = window.match_indices(w).filter(|&(i, _)| prefix(i)).last()?;
                let (code, _) = super::scan::currency_name(v).ok()?;
                Some((i + w.len(), w.len(), code))
            })
            .max_by_key(|&(end, len, _)| (end, len));
        Some(match named {
            Some((_, _, v)) => v,
            None => self.currency(region),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::load_cues;

    fn rules(src: &str) -> Result<RegionRules> {
        RegionRules::new(&load_cues(format!("rule\tword\tvalue\n{src}").as_bytes(), "c").unwrap())
    }

    #[test]
    fn codes() {
        assert_eq!(Region::from_code("tw"), Some(Region::TW));
        assert_eq!(Region::from_code("MO"), Some(Region::MO));
        assert_eq!(Region::from_code("auto"), None);
        assert_eq!(Region::default().code(), "CN");
    }

    #[test]
    fn bad_values_are_load_errors() {
        let err = rules("region.mark\t行政院\tTaiwan\n").err().unwrap();
        assert!(err.to_string().contains("行政院"), "{err}");
        assert!(rules("region.currency\tXX\tTWD\n").is_err());
        assert!(rules("region.currency\tTW\ttwd\n").is_err());
        assert!(rules("scan.currency_name\t港币\tHK\n").is_err());
        assert!(rules("region.mark\t特区政府\tHK MO\n").is_ok());
    }

    #[test]
    fn names_in_the_title_and_ties_between_hong_kong_and_macau() {
        let r =
            rules("region.mark\t特区政府\tHK MO\nregion.name\t香港\tHK\nregion.name\t澳门\tMO\n")
                .unwrap();
        // The title names the region: one mark, enough in traditional script.
        assert_eq!(
            r.detect("二〇二三年香港罪案情况\n全年罪案下降。", true, 0),
            Region::HK
        );
        assert_eq!(
            r.detect("二〇二三年香港罪案情况\n全年罪案下降。", false, 0),
            Region::CN
        );
        // A name outside the title is no mark.
        assert_eq!(r.detect("罪案情况\n香港罪案下降。", true, 0), Region::CN);
        // A shared mark goes to the region the text names more often.
        let t = "特区政府公布。\n澳门旅客增加，澳门酒店入住率上升，香港旅客减少。";
        assert_eq!(r.detect(t, true, 0), Region::MO);
        let t = "特区政府公布。\n香港旅客增加，澳门旅客减少。";
        assert_eq!(r.detect(t, true, 0), Region::HK);
        let r = rules("region.mark\t特区政府\tHK MO\nregion.name\tMacau\tMO\n").unwrap();
        assert_eq!(
            r.detect("新闻\nNews / Macau\n特区政府公布。", true, 0),
            Region::MO
        );
    }

    #[test]
    fn marks_decide_and_the_script_is_a_weak_hint() {
        let r = rules(
            "region.mark\t行政院\tTW\nregion.mark\t县政府\tTW\nregion.mark\t特区政府\tHK MO\n\
             region.mark\t澳门特别行政区\tMO\nregion.mark\t县委\tCN\n",
        )
        .unwrap();
        assert_eq!(r.detect("行政院核定，县政府执行。", false, 0), Region::TW);
        assert_eq!(r.detect("行政院核定。", false, 0), Region::CN, "one mark");
        assert_eq!(
            r.detect("行政院核定。", true, 0),
            Region::TW,
            "one mark, traditional"
        );
        assert_eq!(r.detect("全县建成。", true, 0), Region::CN, "no mark");
        assert_eq!(r.detect("全县建成。", true, 2), Region::TW, "ROC years");
        assert_eq!(
            r.detect("澳门特别行政区特区政府宣布。", false, 0),
            Region::MO
        );
        assert_eq!(
            r.detect("特区政府宣布，特区政府表示。", false, 0),
            Region::HK
        );
        assert_eq!(
            r.detect("县委书记在行政院，县委，县委。", true, 0),
            Region::CN,
            "the mainland's marks outweigh"
        );
    }

    #[test]
    fn a_policy_address_is_hong_kongs_and_macaus() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        // A Macau policy address reported without any other mark: the title names Macau.
        let mo = "澳门行政长官今日发表施政报告\n施政报告宣布，明年继续向永久性居民每人发放一万元，\
                  施政报告又提出敬老金维持九千元。";
        assert_eq!(r.detect(mo, true, 0), Region::MO);
        // Hong Kong's, with one mark of its own, stays Hong Kong's.
        let hk = "行政长官今日发表施政报告\n施政报告提出，本港明年增建公屋单位三万个。";
        assert_eq!(r.detect(hk, true, 0), Region::HK);
    }

    #[test]
    fn a_mainland_name_holding_a_hong_kong_mark_marks_the_mainland() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        // A Chongqing district and a Sichuan county whose names begin with 九龙.
        let cq = "九龙坡区今年完成固定资产投资320亿元，九龙坡区新增市场主体1.2万户，\
                  九龙坡区社会消费品零售总额增长6%。";
        assert_eq!(r.detect(cq, false, 0), Region::CN);
        let sc = "九龙县牦牛存栏8万头，九龙县今年出栏2万头。";
        assert_eq!(r.detect(sc, false, 0), Region::CN);
        // Hong Kong's own 九龙 still marks Hong Kong.
        let hk = "九龙东新建公屋单位3000个，九龙城区另有居屋单位800个。";
        assert_eq!(r.detect(hk, true, 0), Region::HK);
    }

    #[test]
    fn hong_kong_areas_mark_hong_kong() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        // A news page naming only an area of Hong Kong: one mark in traditional script
        // (texts reach the rules folded to simplified).
        let hk = "启德新体育园今年开放，全年举办活动五十场，门票收入三千万元。";
        assert_eq!(r.detect(hk, true, 0), Region::HK);
        let hk = "将军澳新建住宅二千伙，尖沙咀商铺租金上升一成。";
        assert_eq!(r.detect(hk, false, 0), Region::HK);
        // One area in simplified script is not enough.
        let cn = "屯门村今年种植水稻三百亩。";
        assert_eq!(r.detect(cn, false, 0), Region::CN);
    }

    #[test]
    fn hong_kong_bureaus_and_crossings_mark_hong_kong() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        // A legislator's question naming a policy bureau and the harbour crossings.
        let hk = "议员问：运输及物流局提交的文件显示，三条过海隧道车流量减少一成。";
        assert_eq!(r.detect(hk, true, 0), Region::HK);
        // A mainland bureau of development is none.
        let cn = "县农业发展局今年投入资金三百万元。";
        assert_eq!(r.detect(cn, false, 0), Region::CN);
    }

    #[test]
    fn the_hang_seng_index_and_the_exchange_mark_hong_kong() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        // A finance page in traditional script: the index and the exchange.
        let hk = "恒指收市升百点。某燃气公司在港交所公布中期业绩，营业额升三成。";
        assert_eq!(r.detect(hk, true, 0), Region::HK);
        // A mainland text naming the index once is not enough.
        let cn = "沪指今日上涨，恒指小幅回落，某县企业完成产值三亿元。";
        assert_eq!(r.detect(cn, false, 0), Region::CN);
    }

    #[test]
    fn macau_bodies_mark_macau_over_a_mention_of_renminbi() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        // Macau's trade promotion bureau and radio, its pataca beside the renminbi.
        let mo = "贸促局今年批出援助三百宗，局长在澳门电台节目表示，望澳门元与人民币挂钩。";
        assert_eq!(r.detect(mo, true, 0), Region::MO);
        // The renminbi alone keeps a mainland text mainland.
        let cn = "今年批出援助三百宗，涉及人民币二亿元。";
        assert_eq!(r.detect(cn, true, 0), Region::CN);
    }

    #[test]
    fn a_macau_dailys_repost_in_simplified_chars_is_macaus() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        let mo = "澳门日报 2024-05-02\n今年1至4月，西湾大桥录得超速210宗，罚款共计180万澳门元。";
        assert_eq!(r.detect(mo, false, 0), Region::MO);
        let cn = "今年1至4月，大桥录得超速210宗，罚款共计180万元。";
        assert_eq!(r.detect(cn, false, 0), Region::CN);
    }

    #[test]
    fn agencies_and_industries_mark_their_region() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        let tw = "国科会公布，竹科与南科今年营业额增长，经济部表示乐观。";
        assert_eq!(r.detect(tw, true, 0), Region::TW);
        let mo = "博彩监察协调局公布，全澳博彩毛收入按年上升。";
        assert_eq!(r.detect(mo, true, 0), Region::MO);
        let hk = "房屋委员会表示，本港公屋轮候时间上升。";
        assert_eq!(r.detect(hk, true, 0), Region::HK);
        // 公屋 is Macau's word too: a Macau utility's quarterly report naming its public
        // housing twice, its pataca once and a Coloane estate is Macau's.
        let mo = "澳电表示，上季售电量按年增5.2%，平均成本0.79元(澳门币，下同)。\
                  路环公屋供气工程已完成，另一公屋项目明年动工。";
        assert_eq!(r.detect(mo, true, 0), Region::MO);
        // A Macau office's release carried by another site: 本澳 (this Macau) alone.
        let mo = "该局一直关注本澳的房屋供应，今年已批出单位1200个。";
        assert_eq!(r.detect(mo, true, 0), Region::MO);
        // A government domain in the contact lines: in a traditional text one mark is
        // enough; in a simplified one it is not.
        let mo = "该局表示，已收到申请520宗。查询请电邮info@xyz.gov.mo。";
        assert_eq!(r.detect(mo, true, 0), Region::MO);
        assert_eq!(r.detect(mo, false, 0), Region::CN);
        let hk = "该署表示，已收到申请520宗。查询请电邮info@xyz.gov.hk。";
        assert_eq!(r.detect(hk, true, 0), Region::HK);
        assert_eq!(r.detect("查询请电邮info@xyz.gov.cn。", true, 0), Region::CN);
    }

    #[test]
    fn explicit_names_win_over_the_region() {
        let r = rules(
            "region.currency\tTW\tTWD\nregion.currency\tHK\tHKD\n\
             scan.currency_name\t人民币\tCNY prefix\nscan.currency_name\t新台币\tTWD prefix\n\
             scan.currency_name\t台币\tTWD prefix\n",
        )
        .unwrap();
        assert_eq!(r.money_currency(Region::HK, "总额", "50亿元"), Some("HKD"));
        assert_eq!(r.money_currency(Region::CN, "总额", "50亿元"), Some("CNY"));
        assert_eq!(
            r.money_currency(Region::MO, "", "5元"),
            Some("CNY"),
            "not listed"
        );
        assert_eq!(r.money_currency(Region::HK, "存款", "人民币50亿元"), None);
        assert_eq!(
            r.money_currency(Region::HK, "人民币存款", "50亿元"),
            Some("CNY")
        );
        assert_eq!(
            r.money_currency(Region::CN, "新台币", "约50亿元"),
            Some("TWD")
        );
        // Another figure's unit is no prefix.
        assert_eq!(
            r.money_currency(Region::HK, "花了五人民币和我", "三块"),
            Some("HKD")
        );
        assert_eq!(
            r.money_currency(Region::HK, "花了5人民币和我", "三块"),
            Some("HKD")
        );
        // Only in the figure's clause, and only close before it.
        assert_eq!(
            r.money_currency(Region::HK, "人民币，", "50亿元"),
            Some("HKD")
        );
        assert_eq!(
            r.money_currency(Region::HK, "人民币升值后全年总额达", "50亿元"),
            Some("HKD")
        );
    }
    #[test]
    fn a_departments_own_name_marks_its_region() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        // A department's release names the department, never its region.
        let hk = "运输署公布，上月新登记私家车3200辆，按月减少4%。";
        assert_eq!(r.detect(hk, true, 0), Region::HK);
        let mo = "市政署表示，今年已巡查食肆1500间，发出警告12次。";
        assert_eq!(r.detect(mo, true, 0), Region::MO);
        // A mainland page naming a department once is still the mainland's.
        let cn = "市交通运输局表示，参照运输署做法，今年新增公交线路8条。";
        assert_eq!(r.detect(cn, false, 0), Region::CN);
    }

    #[test]
    fn taiwan_words_mark_a_page_that_names_no_place() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        let tw = "园区厂商以奈米制程扩产，适逢春节连假，营业额仍创新高。";
        assert_eq!(r.detect(tw, true, 0), Region::TW);
        assert_eq!(r.currency(r.detect(tw, true, 0)), "TWD");
        assert_eq!(
            r.detect("纳米材料产业园营业额创新高。", true, 0),
            Region::CN
        );
    }

    #[test]
    fn an_agency_only_taiwan_has_marks_its_page_over_a_place_named_once() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        // The title names Hong Kong as a market; the agency that speaks is Taiwan's.
        let tw = "养殖石斑鱼多销往香港\n渔业署表示，今年产值可达50亿元。渔业署指出，出口量增加。";
        assert_eq!(r.detect(tw, true, 0), Region::TW);
        // Without the agency, the title's name decides.
        let hk = "养殖石斑鱼多销往香港\n业者表示，今年产值可达50亿元。";
        assert_eq!(r.detect(hk, true, 0), Region::HK);
        // An agency a mainland page may name of its own past counts only in traditional.
        let cn = "原劳动部发布通知，全市培训人数达5万人。";
        assert_eq!(r.detect(cn, false, 0), Region::CN);
    }

    #[test]
    fn taiwans_city_short_names_mark_a_traditional_page() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        // The detector reads the folded text; `true`: written in traditional characters.
        let tw = "某光电公司在台中工业区取得建厂土地，工程费用达20亿元。";
        assert_eq!(r.detect(tw, true, 0), Region::TW);
        // The same words on a page written in simplified characters are the mainland's.
        assert_eq!(r.detect(tw, false, 0), Region::CN);
    }

    #[test]
    fn a_region_may_read_a_unit_otherwise() {
        let r = rules("region.unit\t分地\tTW 969.917\n").unwrap();
        let f = r.unit_factor(Region::TW, "约2分地").unwrap();
        assert_eq!((f.0, f.1.to_string().as_str()), ("分地", "969.917"));
        assert!(r.unit_factor(Region::CN, "约2分地").is_none());
        assert!(r.unit_factor(Region::TW, "2公顷").is_none());
        assert!(rules("region.unit\t分地\tTW\n").is_err());
        assert!(rules("region.unit\t分地\tXX 9\n").is_err());
    }

    #[test]
    fn a_unit_of_some_regions_only() {
        let r = rules("region.unit_only\t仙\tHK MO\n").unwrap();
        assert!(!r.foreign_unit(Region::MO, "5仙", false));
        assert!(!r.foreign_unit(Region::HK, "5仙", false));
        assert!(r.foreign_unit(Region::CN, "5仙", false));
        assert!(r.foreign_unit(Region::HK, "八仙", true));
        assert!(!r.foreign_unit(Region::CN, "5元", false));
        assert!(rules("region.unit_only\t仙\tXX\n").is_err());
    }

    #[test]
    fn a_region_may_read_a_currency_word_otherwise() {
        let r = rules("region.currency_word\t澳元\tMO MOP\n").unwrap();
        assert_eq!(r.currency_word(Region::MO, "60亿澳元"), Some("MOP"));
        assert_eq!(r.currency_word(Region::CN, "60亿澳元"), None);
        assert_eq!(r.currency_word(Region::MO, "60亿港元"), None);
        assert!(rules("region.currency_word\t澳元\tMO\n").is_err());
        assert!(rules("region.currency_word\t澳元\tMO mop\n").is_err());
    }

    #[test]
    fn a_host_in_a_region_s_domain_weighs_as_its_marks() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        assert_eq!(r.of_host("www.info.gov.hk"), Some(Region::HK));
        assert_eq!(r.of_host("www.gov.mo"), Some(Region::MO));
        assert_eq!(r.of_host("tjj.smx.gov.cn"), None);
        assert_eq!(r.of_host("hk"), None);
        // A word of the host's name before its domain names a region too.
        assert_eq!(r.of_host("www.todaymacao.com"), Some(Region::MO));
        assert_eq!(r.of_host("news.hongkongdaily.net"), Some(Region::HK));
        assert_eq!(r.of_host("www.sohu.com"), None);
        let detect = |t: &str, host| {
            let s = crate::extract::text::to_simplified(t, &pats.cues);
            r.detect_release(t, s.as_deref(), (0, host))
        };
        // A government release that never names its city.
        let t = "政府今日宣布新的收費，由明日起每次收費四元。";
        assert_eq!(detect(t, None), Region::CN);
        assert_eq!(detect(t, Some(Region::HK)), Region::HK);
        // A mainland county's story on the site keeps the mainland's marks.
        let t = "某县人民政府召开常务会议，县委书记出席。乡镇干部参加会议，全县投资3亿元。";
        assert_eq!(detect(t, Some(Region::HK)), Region::CN);
    }

    #[test]
    fn taiwan_local_government_outweighs_a_hong_kong_title() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        let detect = |t: &str| {
            let s = crate::extract::text::to_simplified(t, &pats.cues);
            r.detect_release(t, s.as_deref(), (0, None))
        };
        // A county office's release naming Hong Kong in its first line.
        let t = "縣府赴香港參加國際食品展，今年簽下訂單逾3億元。\n縣府表示，明年將再擴大參展規模。";
        assert_eq!(detect(t), Region::TW);
        let t = "臺南市農產品外銷香港，市府統計今年出口量增加。";
        assert_eq!(detect(t), Region::TW);
        let t = "嘉義縣政府表示，今年投入2000萬元興建國民運動中心，並參考香港做法。";
        assert_eq!(detect(t), Region::TW);
        // Without a Taiwan mark the title's Hong Kong still decides.
        let t = "香港業界赴展覽會參展，今年簽下訂單逾3億元。";
        assert_eq!(detect(t), Region::HK);
        // 市府 in a simplified text is no mark: mainland cities write it too.
        let t = "市府召开常务会议，市府决定今年投入3亿元。";
        assert_eq!(detect(t), Region::CN);
    }

    #[test]
    fn a_monetary_authority_outweighs_the_currencies_it_lists() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let r = RegionRules::new(&pats.cues).unwrap();
        let detect = |t: &str| {
            let s = crate::extract::text::to_simplified(t, &pats.cues);
            r.detect_release(t, s.as_deref(), (0, None))
        };
        // A bank statistics page listing its currencies (人民幣 is a mark of the mainland).
        let t = "據有關統計，上月存款增加2%。\n澳門金融管理局公佈，按幣種分析，澳門元、港元、\
                 人民幣及美元的比重分別為20%、40%、10%及30%。\n\
                 貸款中澳門元、人民幣所佔比重上升；人民幣存款增加3%至600億澳門元。";
        assert_eq!(detect(t), Region::MO);
        let t = t.replace("澳門金融管理局", "有關部門");
        assert_eq!(detect(&t), Region::CN);
    }

    #[test]
    fn a_mark_may_count_in_traditional_text_only() {
        let r = rules("region.mark\t市府\tTW traditional\nregion.mark\t行政院\tTW\n").unwrap();
        assert_eq!(r.detect("市府公布，市府表示。", false, 0), Region::CN);
        assert_eq!(r.detect("市府公布，市府表示。", true, 0), Region::TW);
        assert_eq!(r.detect("行政院公布，行政院表示。", false, 0), Region::TW);
        assert!(rules("region.mark\t市府\ttraditional\n").is_err());
        assert!(rules("region.mark\t市府\tTW simplified\n").is_err());
    }
}
