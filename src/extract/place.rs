//! Places: which administrative division a release is about, the places (LOC) of each
//! sentence with their division codes, and the place each fact describes.
//!
//! - [`DocPlaces::new`]: the release's own place, from the divisions named in its first
//!   lines (title, dateline) or else its last lines (the issuing body), and the context
//!   that decides ambiguous names (朝阳区 is in Beijing and in Changchun): that place, the
//!   divisions above it, and every division the release names unambiguously.
//! - [`locate`]: a sentence's entities → its LOC mentions checked against the gazetteer
//!   (full names and aliases at token boundaries; short names only as whole jieba tokens,
//!   and only when the context or jieba's place tag speaks for them), with their codes;
//!   a LOC never overlaps an organisation, person or project (青海…矿业开发有限公司).
//! - [`fact_place`]: a figure → the place named in its clause, else a `place.anaphor`
//!   word there (全县, 本市) resolved to the release's own place (or the division above it
//!   whose name ends as the word says), else the same in its sentence before it.

use super::entity::EntityMention;
use super::gazetteer::{Gazetteer, Hit, Level};
use super::region::Region;
use super::romanized::{self, Spelled};
use crate::patterns::{EntityType, Patterns, WordList};
use crate::segment::{Segmenter, Token};
use crate::split::Sentence;

/// How a full name (or alias) of the gazetteer is reported.
const FULL_NAME: &str = "gazetteer";

/// How many sentences at the start (title, dateline) and at the end (issuing body) of a
/// release may name its own place.
const HEAD_SENTENCES: usize = 3;

/// How the own place named in the first lines was found (for `explain`).
const FIRST_LINES: &str = "named in the first lines (title, dateline)";
/// How the division of the government or leader issuing the release by its title was
/// taken over a division below it that the first lines name (for `explain`).
const ISSUER: &str =
    "the government or leader issuing the release by its title, above the division its first lines name";
/// How an unknown place opening the title was taken as the own place (for `explain`).
const UNKNOWN_TITLE: &str = "an unknown place opening the title, spoken of by its anaphors";
/// How the own place named by a source or byline was found (for `explain`).
const SOURCE_LINE: &str = "named by a source, host or byline's news body (first or last lines)";

/// How the own place below a source's, named most often, was found (for `explain`).
const SOURCE_BELOW: &str =
    "named most often in the text, below the division of a source or byline's news body";
/// How often a division below a source's must be named to be the release's own
/// ([`source_below`]).
const SOURCE_BELOW_TIMES: usize = 3;
/// How the own place below a source's was found (for `explain`).
const SOURCE_TITLE: &str =
    "named in the title, below the division of a source or byline's news body";
/// How the division opening the name of a company the first lines name was taken as the
/// own place (for `explain`).
const COMPANY: &str = "opening the name of the company the first lines name";
const HUB: &str = "opening the name of the port or airport the first lines name";
/// Chars after a division's name read for a `place.hub_suffix` word.
const MAX_HUB_CHARS: usize = 4;
/// How a division the release's name spells was taken as the own place (for `explain`).
const SPELLED: &str = "spelled in pinyin by the release's file name or host";
/// How the division named most often was taken as the own place (for `explain`).
const MOST_NAMED: &str = "named most often in the text";
const TITLED_SHORT: &str = "a short name in the title that the text writes in full";
/// How a Taiwan release about the whole region was found (for `explain`).
const REGION_WHOLE: &str = "the region named whole in the first lines";
/// How the one division named was taken as the own place (for `explain`).
const LONE_DIVISION: &str = "the one division named, of the kind the text's anaphors speak of";
/// How the province whose divisions a release names was taken as the own place.
const PARTS_PROVINCE: &str =
    "the province of the divisions the text names, its anaphors speaking of its kind only";
/// How a body that runs an area as a division does, named in the title, was taken as
/// the own place (for `explain`).
const AREA_BODY: &str = "a body running an area as a division does, named in the title";
/// How a township spoken of by its anaphors was taken below the division found (for
/// `explain`).
const SPOKEN_TOWNSHIP: &str =
    "the township named most below the division found, the text speaking only of its kind";
/// How the own place was found when a township opens the title below the place found
/// ([`titled_township`]), and how a LOC naming the own township without its kind was
/// read (for `explain`).
const TOWNSHIP_BELOW: &str =
    "a township the gazetteer lacks below the place found, opening the title, spoken of by its anaphors";
const TITLED_TOWNSHIP: &str =
    "a township opening the title, below the place spelled by the release's name";
const OWN_TOWNSHIP_STEM: &str = "the own township's name without its kind";
/// How a township named by its stem before its seat's word was found (for `explain`).
const SEAT_TOWNSHIP: &str =
    "a township of the own county named by its stem before its seat's word (place.seat_word)";
/// How a place was found: the release's own place, a namesake the gazetteer lacks.
const OWN_NAMESAKE: &str = "the release's own place, a namesake of a division elsewhere";
/// How the own place named by a short name only was found (for `explain`).
const SHORT_NAME: &str =
    "a short name opening an area's name, or of the kind the text's anaphors or bodies speak of";
/// How many sentences after the first lines may hold a byline or source line.
const CREDIT_SCAN: usize = 8;
/// The most chars such a line has.
const CREDIT_CHARS: usize = 30;

/// A release's own place and the divisions that decide ambiguous names in it.
#[derive(Debug, Clone, Default)]
pub struct DocPlaces {
    /// The release's own division.
    pub own: Option<usize>,
    /// Where it was found (for `explain`).
    pub how: &'static str,
    /// With no own division: a place the gazetteer does not know that opens the title
    /// and that the text speaks of by an anaphor of its kind (新篁镇…工作总结, 全镇),
    /// the own place by its name only (see [`unknown_title_place`]).
    pub own_name: Option<String>,
    /// Divisions in context: the own place and those above it, every division the text
    /// names unambiguously and those above it.
    pub context: Vec<usize>,
    /// Sections of the release headed by a division (see [`section_heads`]): from which
    /// sentence (1-based index) on, which division (None: a section of no division).
    pub sections: Vec<(usize, Option<usize>)>,
    /// Paragraphs that break a whole down into the own place and its peers (see
    /// [`peer_paragraphs`]): first and last sentence (1-based), the whole.
    pub wholes: Vec<(usize, usize, usize)>,
    /// Where a project's own ceremony was held, below the own place (see
    /// [`ceremony_sites`]): from which sentence on (the ceremony's own, where a
    /// section starts on the line after its head), which division.
    pub sites: Vec<(usize, usize)>,
    /// The kinds the text names the own place by besides its own (从化市 of a release
    /// about 从化区: 市, so 全市 and 该市 mean it: `place.former_kind`).
    pub own_written: Vec<char>,
}

/// GB/T 2260 codes of the provinces of the regions other than the mainland.
fn region_code(region: Region) -> Option<&'static str> {
    match region {
        Region::TW => Some("710000"),
        Region::HK => Some("810000"),
        Region::MO => Some("820000"),
        _ => None,
    }
}

/// Whether `w` is a name of the gazetteer (full or short) and no word of
/// `place.not_place`.
pub fn is_division_name(pats: &Patterns, w: &str) -> bool {
    pats.gazetteer().lookup(w).is_some() && !not_place(pats, w)
}

/// Whether `w` is a full name of the gazetteer (左权县, not 左权) and no word of
/// `place.not_place`.
pub fn is_full_division_name(pats: &Patterns, w: &str) -> bool {
    (pats.gazetteer().lookup(w)).is_some_and(|e| !e.full.is_empty()) && !not_place(pats, w)
}

/// Whether `w` is a `place.anaphor` word (全县, 本市).
fn anaphor(pats: &Patterns, w: &str) -> bool {
    pats.cues.at(crate::cue!("place.anaphor")).contains(w)
}

/// Whether `w` ends with a `place.anaphor` word and has more before it (黄金周全县).
fn anaphor_end(pats: &Patterns, w: &str) -> bool {
    pats.cues
        .at(crate::cue!("place.anaphor"))
        .suffix_of(w)
        .is_some_and(|a| a.len() < w.len())
}

/// Whether a name is a word, not a place, whatever the gazetteer says. A township
/// named in two chars (杨镇, 张镇: a surname and the kind, as in 杨镇长) is read like the
/// listed words: a place only in a text that writes it after its county (顺义区杨镇).
fn not_place(pats: &Patterns, name: &str) -> bool {
    let listed = |n: &str| {
        pats.cues.at(crate::cue!("place.not_place")).contains(n) || pats.entity_index().is_stop(n)
    };
    // The lists are simplified: a traditional name (西區) is read in its simplified form.
    listed(name)
        || (!name.is_ascii() && listed(&super::subject::rule_form(true, name)))
        || short_township(pats.gazetteer(), name)
}

/// Whether `name` is two chars and names townships only (杨镇).
fn short_township(gaz: &Gazetteer, name: &str) -> bool {
    name.chars().count() == 2
        && gaz.lookup(name).is_some_and(|e| {
            !e.full.is_empty() && e.full.iter().all(|&d| gaz.level(d) == Level::Township)
        })
}

/// Hands `add` the division of every full name of `text` (read in `chunks`) that names
/// one division only. A release of one chunk (most) keeps its names and full names for
/// the passes after this one, which would otherwise search the text again: returned.
fn unambiguous_names(
    pats: &Patterns,
    seg: &Segmenter,
    text: &str,
    chunks: &[(usize, usize)],
    add: &mut dyn FnMut(usize),
) -> Option<(Vec<Hit>, Vec<NameHit>)> {
    let gaz = pats.gazetteer();
    let mut kept = None;
    for &(from, to) in chunks {
        let raw = gaz.hits(&text[from..to]);
        let hits = full_names_in(pats, seg, &text[from..to], &raw);
        for &(_, _, e) in &hits {
            if let [only] = gaz.entry(e).full {
                add(*only);
            }
        }
        // A province's short name jieba reads as a place (四川 of a survey team's name)
        // is as plain as its full name: the counties the text names by theirs lie in it.
        for h in &raw {
            let entry = gaz.entry(h.entry);
            if let ([], [only]) = (entry.full, entry.short) {
                let span = (from + h.start, from + h.end);
                if gaz.level(*only) == Level::Province && place_token(seg, text, span) {
                    add(*only);
                }
            }
        }
        if chunks.len() == 1 {
            kept = Some((raw, hits));
        }
    }
    kept
}

impl DocPlaces {
    /// Finds the own place of the release `text` (as the rules read it) split in
    /// `sentences`, from the region and the full division names it holds; `given`
    /// (`--place`) is the own place whatever the text names.
    pub fn new(
        pats: &Patterns,
        text: &str,
        sentences: &[Sentence],
        region: Region,
        (given, spelled): (Option<usize>, Spelled),
        seg: &Segmenter,
    ) -> DocPlaces {
        let gaz = pats.gazetteer();
        let mut context = region_context(gaz, region);
        let add = |d: usize, context: &mut Vec<usize>| add_lineage(gaz, d, context);
        // The text is read in chunks of whole sentences, twice (unambiguous names make
        // the context; then every name is resolved and counted), so a huge release
        // never holds all its names at once (issue 16); one chunk keeps its names.
        let chunks = chunk_ranges(sentences, text.len());
        let kept = unambiguous_names(pats, seg, text, &chunks, &mut |d| add(d, &mut context));
        let kept = kept
            .as_ref()
            .map(|(raw, hits)| (raw.as_slice(), hits.as_slice()));
        // The `place.anaphor` words the text holds (全县, 本市), found in one pass.
        let spoken = spoken_anaphors(pats, text);
        // The first lines after a page's menu, if it opens with one, and the last ones.
        let menu = menu_end(pats, text, sentences);
        let (head_start, head_end, tail_start) = edges(sentences, menu);
        let at_edge = |at: usize| (head_start..head_end).contains(&at) || at >= tail_start;
        let head_text = &text[head_start..head_end.max(head_start)];
        let names = (&chunks[..], kept.map(|k| k.1));
        let addresses = !speaks_locally(pats, &spoken);
        let named = Named::count_in((pats, seg), text, names, (&context, addresses), &at_edge);
        let title_end = sentences.get(menu).map_or(0, |s| s.byte_end);
        let kinds = own_kinds(pats, &text[head_start..head_end.max(head_start)]);
        let pick = |inside: &dyn Fn(usize) -> bool| named.pick(gaz, inside, title_end);
        let order = named.order.as_slice();
        let lines = credit_lines(text, sentences, menu, (head_start, head_end), tail_start);
        let title = &text[head_start..title_end.max(head_start)];
        let national = national_head(pats, &text[head_start..head_end])
            && pick(&|at| at < title_end).is_none()
            && !area_in_title((pats, seg), title);
        let found = (!national)
            .then(|| pick(&|at| at < head_end))
            .flatten()
            .map(|d| titled_below(pats, &named, (title, title_end), (d, &spoken)))
            .map(|d| (d, FIRST_LINES))
            .or_else(|| {
                (footer_issues(pats, text, region).then(|| pick(&|at| at >= tail_start)))
                    .flatten()
                    .filter(|&d| !titled_over(pats, title, d))
                    .map(|d| (d, "named in the last lines (issuing body)"))
            })
            .or_else(|| source_place(pats, (text, title), &lines, &context))
            .or_else(|| chained_place(pats, (text, title), &sentences[menu.min(sentences.len())..]))
            // A port or airport the first lines name (钦州港); a company's news that speaks
            // of no division as its own (全县, 我市; 全国 may be an honour's): where the
            // company its first lines name lies.
            .or_else(|| body_place((pats, seg), head_text, (&spoken, &context)))
            .or_else(|| titled_short((pats, seg), title, &named).map(|d| (d, TITLED_SHORT)))
            // Web pages open with menus: else the division named most, twice or more.
            .or_else(|| (named.most(gaz, title_end)).map(|d| (d, MOST_NAMED)))
            .or_else(|| {
                lone_division(pats, &spoken, &named)
                    .filter(|&d| !unknown_in_head((pats, seg), &text[head_start..head_end], d))
                    .map(|d| (d, LONE_DIVISION))
            })
            .or_else(|| parts_or_townships(pats, text, &named.order, &spoken));
        let (found, namesake) = without_namesake(pats, found, &spoken);
        let said = (&named, kinds.as_slice(), spoken.as_slice());
        let found =
            at_own_level(pats, found, said, (text, title_end, head_end)).filter(|_| !national);
        let (own, how) = found.map_or((None, ""), |(d, how)| (Some(d), how));
        let body = given.map_or_else(|| own_body(pats, title, head_text), |_| None);
        let (own, how) = settled(gaz, (own, how), region, (given, body.is_some()));
        let (first_lines, head) = (first_lines(text, sentences, menu), (head_start, head_end));
        let (own, how) = region_whole(pats, (own, how), region, (first_lines, given));
        own.inspect(|&d| add(d, &mut context));
        let own_name = (own.is_none() && !national)
            .then(|| unknown_title_place(pats, (title, head_text), &spoken))
            .flatten()
            .or(namesake.filter(|_| how != REGION_WHOLE));
        // Else a division the text names by its short name only (兖州工业园区, 全市 …
        // 亳州籍): see [`short_name_place`].
        let short = (own.is_none() && own_name.is_none() && !national)
            .then(|| {
                let doc = (text, spoken.as_slice(), kept);
                short_name_place(pats, seg, doc, (&chunks, &context, head), (order, region))
                    .or_else(|| region_body(pats, &text[head.0..head.1.max(head.0)]))
            })
            .flatten();
        let (own, how) = match (short, &own_name) {
            (Some(d), _) => (Some(d), SHORT_NAME),
            (None, Some(_)) if body.is_none() => (own, UNKNOWN_TITLE),
            _ => (own, how),
        };
        short.inspect(|&d| add(d, &mut context));
        // What the release's name spells (anhua.gov.cn): see [`spelled_place`].
        let open = given.is_none() && own_name.is_none() && !national;
        let name = (spelled, spoken.as_slice(), kinds.as_slice());
        let (own, how) = spelled_place(pats, name, (own, how), (open, region), &mut context);
        let doc = (text, spoken.as_slice(), names);
        let (own, how) = spelled_township((pats, seg), doc, (own, how), &mut context, &at_edge);
        let doc = (title, head_text, spoken.as_slice(), open);
        let found = titled_township(pats, doc, (own, how), &mut context);
        let ((own, how), own_name) = (found.0, own_name.or(found.1));
        let story = (text, first_lines, title);
        let (how, own_name) = with_village_story(pats, story, (own, how, own_name), given);
        let sections = section_heads(pats, text, sentences, &context);
        let (wholes, sites) = own.map_or_else(Default::default, |d| {
            parts_of_own((pats, seg), (text, sentences), (names, &context), d)
        });
        let own_written = own.map_or_else(Vec::new, |d| named.kinds_written(d));
        DocPlaces {
            own,
            how,
            own_name,
            context,
            sections,
            wholes,
            sites,
            own_written,
        }
    }

    /// The division of the section sentence `idx` (1-based) is in, if a line naming a
    /// division heads it; else the whole its paragraph breaks down into the own place
    /// and its peers; else the site of the project whose ceremony an earlier sentence
    /// tells.
    pub fn section(&self, idx: usize) -> Option<usize> {
        let k = self.sections.partition_point(|s| s.0 <= idx);
        let headed = k.checked_sub(1).and_then(|k| self.sections[k].1);
        headed
            .or_else(|| {
                (self.wholes.iter())
                    .find(|w| (w.0..=w.1).contains(&idx))
                    .map(|w| w.2)
            })
            .or_else(|| {
                let k = self.sites.partition_point(|s| s.0 <= idx);
                k.checked_sub(1).map(|k| self.sites[k].1)
            })
    }

    /// The own place's name and code: the unknown place's name (no code: a township
    /// the gazetteer lacks, also below a county found), else the division's.
    pub fn own_place(&self, gaz: &Gazetteer) -> Option<(String, String)> {
        match (self.own, &self.own_name) {
            (_, Some(name)) => Some((name.clone(), String::new())),
            (Some(d), None) => Some((gaz.name(d).to_string(), gaz.code(d).to_string())),
            (None, None) => None,
        }
    }

    /// The division a table's cell `name` is, as (name, code): the full name of one
    /// division at or below the own place, or of one the text's context resolves (a
    /// column or row of townships of the county: 阿克别里斗乡); None for anything else.
    pub fn cell_division(&self, pats: &Patterns, name: &str) -> Option<(String, String)> {
        let gaz = pats.gazetteer();
        let entry = gaz.lookup(name)?;
        if not_place(pats, name) {
            return None;
        }
        let d = gaz.resolve(entry.full, &self.context)?;
        Some((gaz.name(d).to_string(), gaz.code(d).to_string()))
    }

    /// The division a `place.anaphor` word with `suffix` (全县: 县) means: the own
    /// place, or the nearest division above it, whose name ends with `suffix`.
    /// A county-level kind (`place.county_kind`: 全县) none of them ends with means a
    /// county-level own place all the same: a county renamed a city or a district
    /// (全县 of a release about 某某市, once 某某县).
    fn anaphor(&self, pats: &Patterns, suffix: &str) -> Option<usize> {
        let gaz = pats.gazetteer();
        let own = self.own?;
        if self.own_written.iter().any(|&k| suffix.chars().eq([k])) {
            return Some(own);
        }
        gaz.lineage(own)
            .find(|&d| gaz.name(d).ends_with(suffix))
            .or_else(|| {
                let county = pats.cues.at(crate::cue!("place.county_kind"));
                (gaz.level(own) == Level::County && county.contains(suffix)).then_some(own)
            })
    }
}

impl DocPlaces {
    /// The own place when an anaphor of `suffix` (全区) can only mean an area inside it:
    /// `suffix` is a `place.area_kind` (区: 高新区, 开发区) and the own place a prefecture
    /// (a city's high-tech zone reporting on 全区: the city).
    fn area_anaphor(&self, pats: &Patterns, suffix: &str) -> Option<usize> {
        let own = self.own?;
        let area = pats
            .cues
            .at(crate::cue!("place.area_kind"))
            .contains(suffix);
        (area && pats.gazetteer().level(own) == Level::Prefecture).then_some(own)
    }
}

/// The byte spans of a release's first lines after its menu of `menu` sentences (start,
/// end) and the start of its last lines.
fn edges(sentences: &[Sentence], menu: usize) -> (usize, usize, usize) {
    let n = sentences.len();
    let head_start = sentences.get(menu).map_or(0, |s| s.byte_start);
    let head_end = sentences
        .get((menu + HEAD_SENTENCES).min(n).saturating_sub(1))
        .map_or(0, |s| s.byte_end);
    let tail_start = sentences
        .get(n.saturating_sub(HEAD_SENTENCES))
        .map_or(usize::MAX, |s| s.byte_start);
    (head_start, head_end, tail_start)
}

/// Adds `d` and the divisions above it to `context`, each once.
fn add_lineage(gaz: &Gazetteer, d: usize, context: &mut Vec<usize>) {
    for a in gaz.lineage(d) {
        if !context.contains(&a) {
            context.push(a);
        }
    }
}

/// The byte spans where a release names its source or host: the first lines
/// `head` (after a menu of `menu` sentences) and the last ones from `tail_start`, and the
/// short lines (bylines, source lines) among the first ones after the head.
fn credit_lines(
    text: &str,
    sentences: &[Sentence],
    menu: usize,
    head: (usize, usize),
    tail_start: usize,
) -> Vec<(usize, usize)> {
    let mut lines = vec![head, (tail_start.min(text.len()), text.len())];
    // A short line, or the bracketed dispatch opening a longer one (【本报宜兰讯】…).
    lines.extend(
        (sentences.iter().skip(menu + HEAD_SENTENCES))
            .take(CREDIT_SCAN)
            .filter_map(|s| {
                let line = s.text(text);
                if line.trim().chars().count() <= CREDIT_CHARS {
                    return Some((s.byte_start, s.byte_end));
                }
                let open = line.trim_start();
                let at = s.byte_start + (line.len() - open.len());
                let close = open.starts_with('【').then(|| open.find('】')).flatten()?;
                (open[..close].chars().count() <= CREDIT_CHARS).then(|| (at, at + close))
            }),
    );
    lines
}

/// The most chars of a line that heads a section without naming a division (具体情况,
/// 三、社会事业): it ends the section of the division heading before it.
const SECTION_HEAD_CHARS: usize = 16;

/// The sections of a release's breakdown: a line that is only a division's full name
/// (茅箭区, 二、房县：) heads a section, and the figures after it that name no place are
/// that division's, until the next line that is only a name or a short heading line
/// without figures (具体情况). Returns (first sentence index, division) per section.
fn section_heads(
    pats: &Patterns,
    text: &str,
    sentences: &[Sentence],
    context: &[usize],
) -> Vec<(usize, Option<usize>)> {
    let gaz = pats.gazetteer();
    let mut out: Vec<(usize, Option<usize>)> = Vec::new();
    // Whether the lines since the last division's line are all short (subheadings).
    let mut after_head = false;
    for s in sentences {
        let line = s.text(text).trim();
        let whole_line = text[..s.byte_start]
            .trim_end_matches([' ', '\t', '\u{3000}'])
            .ends_with('\n')
            && text[s.byte_end..]
                .trim_start_matches([' ', '\t', '\u{3000}'])
                .starts_with(['\n', '\r']);
        if !whole_line || line.is_empty() {
            after_head &= line.is_empty();
            continue;
        }
        let name = line
            .trim_start_matches(|c: char| {
                c.is_ascii_digit()
                    || super::number::digit_value(c).is_some()
                    || "、.．()（）".contains(c)
            })
            .trim_end_matches([':', '：'])
            .trim();
        // The whole line a division's name: one lookup, no search of the line.
        let division = (gaz.lookup(name))
            .filter(|_| !not_place(pats, name))
            .and_then(|e| head_division(gaz, e, context));
        let short_head = line.chars().count() <= SECTION_HEAD_CHARS
            && !line
                .chars()
                .any(|c| c.is_ascii_digit() || "。，,；;".contains(c));
        let head = match division {
            Some(d) => Some(Some(d)),
            // A short line right after a division's line is its subheading (恩平 /
            // 蓝田水闸重建工程): the section goes on.
            None if short_head && !after_head => Some(None),
            None => None,
        };
        after_head = division.is_some() || (after_head && short_head);
        match head {
            Some(d) if out.last().is_some_and(|l| l.1 != d) || (out.is_empty() && d.is_some()) => {
                out.push((s.idx + 1, d))
            }
            _ => {}
        }
    }
    out
}

/// The most chars between a ceremony's name and the preposition of its venue (于7月22日
/// 上午在).
const CEREMONY_GAP: usize = 12;

/// The sentences telling where one project's own ceremony was held (某某项目开工仪式在
/// 甲镇某园举行: `place.site_ceremony`, no `place.site_collective` word before it in its
/// clause), when that place is a division below the own place `own`: the project lies
/// there, so its figures and those after it that name no place are that division's
/// (the ceremony's sentence index, division). A signing's venue says nothing of where the project is built.
fn ceremony_sites(
    (pats, seg): (&Patterns, &Segmenter),
    (text, sentences): (&str, &[Sentence]),
    context: &[usize],
    own: usize,
) -> Vec<(usize, usize)> {
    let gaz = pats.gazetteer();
    let ceremony = pats.cues.at(crate::cue!("place.site_ceremony"));
    let collective = pats.cues.at(crate::cue!("place.site_collective"));
    let venue_after = pats.cues.at(crate::cue!("place.venue_after"));
    let venue_before = pats.cues.at(crate::cue!("place.venue_before"));
    let clause_end = |c: char| super::subject::is_delim(c) && c != '、';
    let mut out = Vec::new();
    // Most releases hold no ceremony: one pass over the text instead of one per sentence.
    if !ceremony.occurs_in(text) {
        return out;
    }
    for s in sentences {
        let line = s.text(text);
        let first = (ceremony.iter())
            .filter_map(|w| line.find(w).map(|at| (at, w)))
            .min();
        let Some((at, word)) = first else {
            continue;
        };
        let clause_start = (line[..at].char_indices())
            .rfind(|&(_, c)| clause_end(c))
            .map_or(0, |(k, c)| k + c.len_utf8());
        let name = &line[clause_start..at];
        if name.chars().count() < 2 || collective.occurs_in(name) {
            continue;
        }
        // The venue's preposition (`place.venue_before`: 在) soon after the name.
        let rest = &line[at + word.len()..];
        let clause = rest.split(clause_end).next().unwrap_or("");
        let Some((prep, k)) = (venue_before.iter())
            .filter_map(|w| clause.find(w).map(|k| (w, k)))
            .min_by_key(|&(_, k)| k)
        else {
            continue;
        };
        if clause[..k].chars().count() > CEREMONY_GAP {
            continue;
        }
        let venue = &clause[k + prep.len()..];
        if !venue_after.occurs_in(venue) {
            continue;
        }
        let site = (full_names(pats, seg, venue).into_iter().next())
            .and_then(|(_, _, e)| head_division(gaz, gaz.entry(e), context))
            .filter(|&d| gaz.is_below(d, own));
        if let Some(d) = site {
            out.push((s.idx, d));
        }
    }
    out
}

/// The text's chunks (byte ranges) and, for a text of one chunk, its full names found.
type NameChunks<'a> = (&'a [(usize, usize)], Option<&'a [NameHit]>);

/// A paragraph breaking a whole down: (first sentence, last sentence, whole).
type Whole = (usize, usize, usize);

/// The paragraphs of a release with own place `own` that break a whole down into the own
/// place and its peers ([`peer_paragraphs`], without the sentences naming the own place
/// again: [`own_sentences_apart`]), and the sites of its projects' ceremonies
/// ([`ceremony_sites`]).
fn parts_of_own(
    (pats, seg): (&Patterns, &Segmenter),
    (text, sentences): (&str, &[Sentence]),
    (names, context): (NameChunks<'_>, &[usize]),
    own: usize,
) -> (Vec<Whole>, Vec<(usize, usize)>) {
    let mut wholes = peer_paragraphs((pats, seg), (text, sentences), names, context, own);
    // A sentence of such a paragraph naming the own place again, even inside a body's
    // name (盐源县委政法委…追回欠薪…), is about the own place, not the whole.
    if !wholes.is_empty() {
        wholes = own_sentences_apart(&wholes, (text, sentences), pats.gazetteer().name(own));
    }
    let sites = ceremony_sites((pats, seg), (text, sentences), context, own);
    (wholes, sites)
}

/// The `wholes` (first sentence, last sentence, whole) without the sentences that name
/// `own` (the own place's full name) other than as an item of a list, each range split
/// around them.
fn own_sentences_apart(
    wholes: &[(usize, usize, usize)],
    (text, sentences): (&str, &[Sentence]),
    own: &str,
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for &(first, last, whole) in wholes {
        let mut from = first;
        for s in sentences.iter().filter(|s| (first..=last).contains(&s.idx)) {
            // Named as an item of the list of peers (甲县、乙县、丙县) is no such sentence.
            let line = s.text(text);
            let alone = line.match_indices(own).any(|(i, _)| {
                let after = line[i + own.len()..].chars().next();
                let before = line[..i].chars().next_back();
                after != Some('、') && before != Some('、')
            });
            if alone {
                if from < s.idx {
                    out.push((from, s.idx - 1, whole));
                }
                from = s.idx + 1;
            }
        }
        if from <= last {
            out.push((from, last, whole));
        }
    }
    out
}

/// The fewest divisions of one level and parent, the own place among them, that make a
/// paragraph a breakdown of their whole.
const PEERS: usize = 3;

/// The paragraphs (lines) of `text` that name the own place `own` among [`PEERS`] or
/// more divisions of its level and parent, by full name (就县市别言，最高者为甲县…，其次
/// 为乙县…，再其次为丙县): a breakdown of the whole above them, so the figures of the
/// paragraph that name no place (its lead total, a total after the ranking) are that
/// whole's, not the own place's. `names` are the chunks and, for a release of one
/// chunk, its full names already found. Returns (first sentence, last sentence, whole).
fn peer_paragraphs(
    (pats, seg): (&Patterns, &Segmenter),
    (text, sentences): (&str, &[Sentence]),
    (chunks, kept): (&[(usize, usize)], Option<&[NameHit]>),
    context: &[usize],
    own: usize,
) -> Vec<(usize, usize, usize)> {
    let gaz = pats.gazetteer();
    let Some(whole) = gaz.lineage(own).nth(1) else {
        return Vec::new();
    };
    let peer = |d: usize| gaz.level(d) == gaz.level(own) && gaz.lineage(d).nth(1) == Some(whole);
    let mut out = Vec::new();
    // The current paragraph's byte span and the peers it names.
    let mut para: Option<(usize, usize)> = None;
    let mut peers: Vec<usize> = Vec::new();
    let mut close = |para: Option<(usize, usize)>, peers: &[usize]| {
        let Some((a, b)) = para.filter(|_| peers.len() >= PEERS && peers.contains(&own)) else {
            return;
        };
        let first = sentences.partition_point(|s| s.byte_end <= a);
        let last = sentences.partition_point(|s| s.byte_start < b);
        if first < last {
            out.push((sentences[first].idx, sentences[last - 1].idx, whole));
        }
    };
    for &(from, to) in chunks {
        let found;
        let hits = match kept {
            Some(k) => k,
            None => {
                found = full_names(pats, seg, &text[from..to]);
                &found
            }
        };
        for &(a, _, e) in hits {
            let at = from + a;
            let Some(d) = gaz.resolve(gaz.entry(e).full, context).filter(|&d| peer(d)) else {
                continue;
            };
            if !para.is_some_and(|(p, q)| (p..q).contains(&at)) {
                close(para, &peers);
                peers.clear();
                let p = text[..at].rfind('\n').map_or(0, |k| k + 1);
                let q = text[at..].find('\n').map_or(text.len(), |k| at + k);
                para = Some((p, q));
            }
            if !peers.contains(&d) {
                peers.push(d);
            }
        }
    }
    close(para, &peers);
    out
}

/// The division a heading line names: a full name (resolved by `context`), or a short
/// name (开平, 恩平) when the context speaks for exactly one of its divisions (the
/// release's city holds 开平市, not Tangshan's 开平区).
fn head_division(
    gaz: &Gazetteer,
    e: super::gazetteer::Entry<'_>,
    context: &[usize],
) -> Option<usize> {
    if !e.full.is_empty() {
        return gaz.resolve(e.full, context);
    }
    let supported: Vec<usize> = (e.short.iter().copied())
        .filter(|&c| gaz.lineage(c).skip(1).any(|a| context.contains(&a)))
        .collect();
    match supported.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Chars after a national body's name searched for a branch's word.
const BRANCH_REACH: usize = 10;

/// Whether the first lines `head` speak of the whole country (`place.national`: 全国,
/// 我国; not as the scope of a ranking or list the release's place joins, 入选全国…:
/// `place.national_scope`, nor of a rank it holds, 全国前列: `place.national_rank`) and of
/// no place of their own (no `place.anaphor` other than those: 全县, 本市): the release is
/// national, and the title naming no division, it has no own place (a province named in
/// passing, a dateline's city, are not what it describes).
fn national_head(pats: &Patterns, head: &str) -> bool {
    let national = pats.cues.at(crate::cue!("place.national"));
    let scope = pats.cues.at(crate::cue!("place.national_scope"));
    // A national body's local branch (国家统计局甘肃调查总队: `place.national_branch` within
    // a few chars after it) speaks for its place.
    let branches = pats.cues.at(crate::cue!("place.national_branch"));
    let branch = |rest: &str| {
        let near: String = rest.chars().take(BRANCH_REACH).collect();
        branches.occurs_in(&near)
    };
    // 全国前列, 全国第一: a rank the release's place holds in the country.
    let ranks = pats.cues.at(crate::cue!("place.national_rank"));
    let speaks = national.occurs_in(head)
        && national.iter().any(|w| {
            (head.match_indices(w)).any(|(i, _)| {
                let rest = &head[i + w.len()..];
                scope.suffix_of(&head[..i]).is_none() && !branch(rest) && !ranks.starts(rest)
            })
        });
    speaks
        && !pats
            .cues
            .at(crate::cue!("place.anaphor"))
            .iter()
            .any(|w| !national.contains(w) && head.contains(w))
}

/// Whether the `title` names a division by a short name opening the name of an area
/// (某地|新型产业园, 某地|经开区: `place.named_area`; a jieba place token): a park's or
/// project's release, local even where its first lines speak of a national strategy.
fn area_in_title((pats, seg): (&Patterns, &Segmenter), title: &str) -> bool {
    let gaz = pats.gazetteer();
    gaz.hits(title).into_iter().any(|h| {
        !gaz.entry(h.entry).short.is_empty()
            && !not_place(pats, &title[h.start..h.end])
            && opens_area(pats, &title[h.end..])
            && place_token(seg, title, (h.start, h.end))
    })
}

/// The division a user names as the releases' place (`--place`, a `--stdin-jsonl`
/// line's `"place"`): a code (430923), a full or short name of the gazetteer (安化县,
/// 安化), or names from the top down (湖南省安化县, 北京市朝阳区) where one alone is
/// ambiguous. Err says why there is none: the name is unknown, or several divisions
/// bear it (listed with their codes).
pub fn given_place(gaz: &Gazetteer, name: &str) -> Result<usize, String> {
    let name = name.trim();
    if !name.is_empty() && name.bytes().all(|b| b.is_ascii_digit()) {
        return gaz
            .with_code(name)
            .ok_or_else(|| format!("no division has the code {name}"));
    }
    let unknown = || format!("{name:?} is no division of the gazetteer (patterns/divisions.tsv)");
    // The names that cover it one after another, the longest at each step.
    let hits = gaz.hits(name);
    let mut chain = Vec::new();
    let mut at = 0;
    while at < name.len() {
        let Some(h) = hits.iter().filter(|h| h.start == at).max_by_key(|h| h.end) else {
            return Err(unknown());
        };
        chain.push(h.entry);
        at = h.end;
    }
    let mut found: Option<usize> = None;
    for e in chain {
        let e = gaz.entry(e);
        let named = if e.full.is_empty() { &e.short } else { &e.full };
        let cands: Vec<usize> = named
            .iter()
            .copied()
            .filter(|&c| found.is_none_or(|f| gaz.lineage(c).any(|a| a == f)))
            .collect();
        found = match cands.as_slice() {
            [one] => Some(*one),
            [] => return Err(unknown()),
            many => {
                let list: Vec<String> = many
                    .iter()
                    .take(8)
                    .map(|&c| {
                        let up = gaz.lineage(c).nth(1).map_or("", |p| gaz.name(p));
                        format!("{up}{} {}", gaz.name(c), gaz.code(c))
                    })
                    .collect();
                return Err(format!(
                    "{name:?} names {} divisions ({}{}): give the division above it too (province and county, one after the other) or the code",
                    many.len(),
                    list.join(", "),
                    if many.len() > 8 { ", …" } else { "" }
                ));
            }
        };
    }
    found.ok_or_else(unknown)
}

/// The one division a release names (or one line of them: 河北省永清县 → 永清县), when
/// the text speaks of a place of its kind by a `place.anaphor` word (我县, 全县 for a 县):
/// a county's release naming itself once in passing.
///
/// A release naming only townships of one county or city, each in passing, that speaks
/// of a higher kind (全市 … 甲镇 … 乙街道, all of one county-level city) is about the
/// lowest division above them of the kind spoken of, when every other division it
/// names lies above that one.
fn lone_division(pats: &Patterns, spoken: &[&str], names: &Named) -> Option<usize> {
    let gaz = pats.gazetteer();
    let named = names.order.as_slice();
    let deepest = *named.iter().max_by_key(|&&d| gaz.level(d))?;
    let of_spoken_kind = |d: usize| {
        (pats.cues.at(crate::cue!("place.anaphor")).entries()).any(|(w, suffix)| {
            !suffix.is_empty() && names.of_kind(gaz, d, suffix) && spoken.contains(&w)
        })
    };
    if named.iter().all(|&d| gaz.lineage(deepest).any(|a| a == d)) && of_spoken_kind(deepest) {
        return Some(deepest);
    }
    let towns: Vec<usize> = (named.iter().copied())
        .filter(|&d| gaz.level(d) == Level::Township)
        .collect();
    let up = common(gaz, *towns.first()?, &towns)?;
    let own = gaz
        .lineage(up)
        .filter(|&a| gaz.level(a) < Level::Township)
        .find(|&a| of_spoken_kind(a))?;
    (named.iter())
        .all(|&d| gaz.level(d) == Level::Township || gaz.lineage(own).any(|a| a == d))
        .then_some(own)
}

/// The kinds of division (`place.anaphor` values: 县, 市, 区) the `text` (a release's
/// first lines) speaks of as its own: anaphors that are no comparison base (高于全市: `place.not_subject_before`),
/// no share's whole (占全县: `place.whole_before`) and no rank's scope (居全市第二:
/// `place.not_subject_after`).
fn own_kinds<'p>(pats: &'p Patterns, text: &str) -> Vec<&'p str> {
    let cues = &pats.cues;
    let anaphors = cues.at(crate::cue!("place.anaphor"));
    let before = cues.at(crate::cue!("place.not_subject_before"));
    let whole = cues.at(crate::cue!("place.whole_before"));
    let after = cues.at(crate::cue!("place.not_subject_after"));
    let honours = cues.at(crate::cue!("place.honour_name"));
    let mut kinds: Vec<&str> = Vec::new();
    for (w, i) in matches_by_word(anaphors, text) {
        let Some(kind) = anaphors.value(w).filter(|k| !k.is_empty()) else {
            continue;
        };
        let (head, rest) = (&text[..i], &text[i + w.len()..]);
        let base = before.suffix_of(head).is_some() || whole.suffix_of(head).is_some();
        // A document's title (《关于表彰全省…》) or an honour's name (授予该局全省…
        // 先进集体称号) speaks of who grants, not of the release's place.
        let named =
            in_book_title(head.chars().rev(), rest.chars()) || honours.occurs_in(clause_rest(rest));
        if !base && !named && !after.starts(rest) && !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    kinds
}

/// Whether the title (up to `title_end` of `text`) names `d` only right after a
/// `place.source_before` word (据某省统计局数据): as the source of the figures.
fn source_titled(
    pats: &Patterns,
    named: &Named,
    text: &str,
    (d, title_end): (usize, usize),
) -> bool {
    let source = pats.cues.at(crate::cue!("place.source_before"));
    let titled: Vec<usize> = (named.edges.iter())
        .filter(|e| e.0 < title_end && e.1 == d)
        .map(|e| e.0)
        .collect();
    !titled.is_empty() && titled.iter().all(|&at| source.ends(&text[..at]))
}

/// `rest` up to the end of its clause.
fn clause_rest(rest: &str) -> &str {
    rest.find(super::subject::is_delim)
        .map_or(rest, |k| &rest[..k])
}

/// The own place `d` (not named in the title) at the level the first lines speak of it
/// (`kinds`, see [`own_kinds`]): `d` when its name ends with one of them (or none is
/// spoken of); else the nearest division above it that does (a county named in the last
/// lines of a release about 全市: its city; a county whose project a provincial release
/// about 全省 lists first: its province); else the division below it of
/// such a kind that the text names most often, twice or more and more often than any
/// other (a city heading the table of its districts in a district's release about 全区:
/// that district); else the one such division the first lines (before `head_end`) name
/// (a city bulletin about 全市 naming its city once at the start, and later the cities
/// of its province it ranks behind); else, when the first lines speak only of kinds no
/// division above a county ends with (全县, 全旗: [`county_only`]) and `d` lies above the
/// counties, None: a county paper speaks of its county without naming it, and the city
/// it ranks in is not what its figures describe.
fn at_spoken_level(
    (pats, text): (&Patterns, &str),
    (d, first_lines): (usize, bool),
    kinds: &[&str],
    named: &Named,
    (title_end, head_end): (usize, usize),
) -> Option<usize> {
    let gaz = pats.gazetteer();
    let of_kind = |x: usize| kinds.iter().any(|k| named.of_kind(gaz, x, k));
    // Named in the title as where a meeting was held (某县…会在某县某镇召开) it is a
    // venue: the release speaks of its own level still.
    let titled = (named.edges.iter())
        .any(|e| e.0 < title_end && e.1 == d && !venue_at(pats, text, e.0))
        && !source_titled(pats, named, text, (d, title_end));
    if titled || kinds.is_empty() || of_kind(d) {
        return Some(d);
    }
    if let Some(up) = gaz.lineage(d).skip(1).find(|&a| of_kind(a)) {
        return Some(up);
    }
    // A county's kind no division above a county bears (全县), or only kinds of lower
    // divisions in a release its first lines place at a province (根据广东省…核算结果，
    // 全市…: a city's release naming its province only as a source): the release is of a
    // division it does not name.
    let lower = |k: &&str| {
        (0..gaz.len()).any(|x| gaz.level(x) > Level::Province && gaz.name(x).ends_with(*k))
    };
    let unnamed_county = || {
        (gaz.level(d) == Level::Province && first_lines && kinds.iter().all(lower))
            || gaz.level(d) < Level::County && kinds.iter().all(|k| county_only(pats, k, d))
    };
    let below: Vec<usize> = (named.order.iter().copied())
        .filter(|&x| of_kind(x) && gaz.is_below(x, d))
        .collect();
    let Some(&best) = below.iter().max_by_key(|&&x| named.count(x)) else {
        return (!unnamed_county()).then_some(d);
    };
    let n = named.count(best);
    let alone = below.iter().all(|&x| x == best || named.count(x) < n);
    if n >= 2 && alone {
        return Some(best);
    }
    let headed: Vec<usize> = (below.iter().copied())
        .filter(|&x| named.edges.iter().any(|e| e.0 < head_end && e.1 == x))
        .collect();
    match headed.as_slice() {
        [one] => Some(*one),
        _ => (!unnamed_county()).then_some(d),
    }
}

/// The township below the own place `d` (a county or above) that the text names most
/// often, twice or more and more often than any other township below `d`, when the
/// text's anaphors (`spoken`) speak of a township's kind (`place.unlisted_kind`: 全乡,
/// 我镇) and of no kind `d` or a division above it ends with: a township's report on its
/// county's site (发文机关：某县某乡 … 全乡) is about the township, not the county.
/// Returns the township with how it was found, else `found` as it was.
fn spoken_township(
    pats: &Patterns,
    found: (usize, &'static str),
    spoken: &[&str],
    named: &Named,
) -> (usize, &'static str) {
    township_below(pats, found.0, spoken, named).map_or(found, |t| (t, SPOKEN_TOWNSHIP))
}

/// The township kinds (`place.unlisted_kind`: 乡, 镇) the anaphors `spoken` speak of,
/// when they speak of no kind `d` (a county or above) or a division above it ends with.
fn township_kinds<'p>(pats: &'p Patterns, d: usize, spoken: &[&str]) -> Vec<&'p str> {
    let gaz = pats.gazetteer();
    if gaz.level(d) >= Level::Township {
        return Vec::new();
    }
    let town_kinds = pats.cues.at(crate::cue!("place.unlisted_kind"));
    let kinds = anaphor_kinds(pats, spoken);
    let (towns, others): (Vec<&str>, Vec<&str>) =
        kinds.into_iter().partition(|k| town_kinds.contains(k));
    let above_kind = |k: &&str| gaz.lineage(d).any(|a| gaz.name(a).ends_with(*k));
    match others.iter().any(above_kind) {
        true => Vec::new(),
        false => towns,
    }
}

/// Whether the anaphors `spoken` speak of a township below `d` ([`township_kinds`]).
fn township_spoken(pats: &Patterns, d: usize, spoken: &[&str]) -> bool {
    !township_kinds(pats, d, spoken).is_empty()
}

/// The own place `d` spelled by the release's name ([`spelled_place`]), or the township
/// below it its report speaks of: a county so spelled makes its townships' names
/// resolvable, so they are counted again with it in the `context` (沙河乡 … 全乡 on its
/// county's site, a name several counties' townships bear); see [`spoken_township`].
fn spelled_township(
    (pats, seg): (&Patterns, &Segmenter),
    (text, spoken, names): (&str, &[&str], ChunkNames),
    (own, how): (Option<usize>, &'static str),
    context: &mut Vec<usize>,
    at_edge: &dyn Fn(usize) -> bool,
) -> (Option<usize>, &'static str) {
    let Some(d) = own.filter(|&d| how == SPELLED && township_spoken(pats, d, spoken)) else {
        return (own, how);
    };
    let addresses = !speaks_locally(pats, spoken);
    let named = Named::count_in((pats, seg), text, names, (context, addresses), at_edge);
    let (t, how) = spoken_township(pats, (d, SPELLED), spoken, &named);
    add_lineage(pats.gazetteer(), t, context);
    // A township's report (我镇) that never names its township is of none the name
    // spells: the county is the one its townships are sought in, not the release's.
    (Some(t).filter(|&t| t != d), how)
}

/// The township (a street, a town) opening the `title`: one the gazetteer lacks below
/// the own place found, when `open` (no `--place`, no place by name yet, no national
/// release: [`unlisted_township_below`]), by its name; else a listed one whose full name
/// opens the title, below the own place spelled by the release's name, `(own, how)`: a
/// street's report on its district's site (中山街道…发展成就 on a 松江区 host) is the
/// street's, though its name is shared with townships elsewhere; else `(own, how)` as
/// it was, also when the text speaks of the own place's kind (全县) and not of the
/// township's. A listed township joins the `context`.
fn titled_township(
    pats: &Patterns,
    (title, head, spoken, open): (&str, &str, &[&str], bool),
    (own, how): (Option<usize>, &'static str),
    context: &mut Vec<usize>,
) -> ((Option<usize>, &'static str), Option<String>) {
    // A township the gazetteer lacks below the county found (its report on the
    // county's site): the release's place by its name, the county kept for 全县.
    let below = open
        .then(|| {
            unlisted_township_below(pats, title, own, spoken)
                .or_else(|| chained_township_below(pats, head, own, spoken))
        })
        .flatten();
    if below.is_some() {
        return ((own, TOWNSHIP_BELOW), below);
    }
    (
        titled_listed_township(pats, (title, spoken), (own, how), context),
        None,
    )
}

/// The listed township of [`titled_township`].
fn titled_listed_township(
    pats: &Patterns,
    (title, spoken): (&str, &[&str]),
    (own, how): (Option<usize>, &'static str),
    context: &mut Vec<usize>,
) -> (Option<usize>, &'static str) {
    let gaz = pats.gazetteer();
    let Some(d) = own.filter(|&d| how == SPELLED && gaz.level(d) < Level::Township) else {
        return (own, how);
    };
    let title = title.trim_start();
    let opening = (title_hits(pats, title).into_iter())
        .filter(|h| h.start == 0)
        .flat_map(|h| gaz.entry(h.entry).full.to_vec())
        .filter(|&t| gaz.level(t) == Level::Township && gaz.is_below(t, d))
        .collect::<Vec<usize>>();
    // A text speaking of the spelled place's kind (全县) and not of the township's is the
    // county's, whatever its title opens with.
    let kinds = anaphor_kinds(pats, spoken);
    let speaks = |p: usize| kinds.iter().any(|k| gaz.name(p).ends_with(k));
    match opening[..] {
        [t] if !speaks(d) || speaks(t) => {
            add_lineage(gaz, t, context);
            (Some(t), TITLED_TOWNSHIP)
        }
        _ => (own, how),
    }
}

/// `d`, the division the first lines name most, or the one division below it that the
/// `title` (ending at `title_end`) names by full or short name when it does not name `d`:
/// what the release is about (a city's officials in the dateline, 在邹城建 in the title:
/// 邹城市); when it does, the division below `d` that a run of names down the divisions
/// from `d` ends with (甘肃省灵台: 灵台县; see [`title_chain`]), when the title names no
/// other division below `d` off its line, nor names it only in a dateline where the text
/// speaks of `d`'s kind and not of its own (南海网海口…消息…海南…全省: a reporter files
/// from the city on the province; `spoken`: the text's `place.anaphor` words).
fn titled_below(
    pats: &Patterns,
    named: &Named,
    (title, title_end): (&str, usize),
    (d, spoken): (usize, &[&str]),
) -> usize {
    let gaz = pats.gazetteer();
    let filed_from = |c: usize| {
        let kinds = anaphor_kinds(pats, spoken);
        let of_kind = |x: usize| kinds.iter().any(|k| named.of_kind(gaz, x, k));
        let hits = title_hits(pats, title);
        let mut at = (hits.iter()).filter(|h| gaz.entry(h.entry).divisions().any(|x| x == c));
        of_kind(d) && !of_kind(c) && at.all(|h| in_dateline(pats, title, h.start))
    };
    match named.edges.iter().any(|e| e.0 < title_end && e.1 == d) {
        // Only when the title names nothing else below `d` off that line (合阳县王村镇
        // 某村、金峪镇某村: three townships, the county's release).
        true => (title_chain(pats, title))
            .filter(|&c| gaz.is_below(c, d) && !filed_from(c))
            .filter(|&c| {
                (title_hits(pats, title).iter())
                    .flat_map(|h| gaz.entry(h.entry).divisions())
                    .filter(|&x| gaz.is_below(x, d))
                    .all(|x| gaz.lineage(c).any(|a| a == x))
            })
            .unwrap_or(d),
        false => (title_below(pats, title, d))
            .filter(|&c| !filed_from(c))
            .unwrap_or(d),
    }
}

/// Whether byte `at` of `text` lies in a dateline: among the first
/// [`DATELINE_MARK_CHARS`] chars of its line, before a `date.dispatch_mark` (某网海口7月
/// 25日消息, 本报讯).
fn in_dateline(pats: &Patterns, text: &str, at: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |k| k + 1);
    let line = &text[start..];
    let lead = (line.char_indices())
        .nth(DATELINE_MARK_CHARS)
        .map_or(line.len(), |(i, _)| i);
    let marks = pats.cues.at(crate::cue!("date.dispatch_mark"));
    at < start + lead && marks.occurs_in(&text[at..start + lead])
}

/// The division whose government or leader issues the release by its title, with
/// [`ISSUER`], when it lies above the division `d` its first lines gave (else `d` as
/// found, with `how`): a name in the title (before `title_end`) right before a
/// `place.issuer_after` word (某市政府, 某市人民政府, 某市长, 某县府, 某市委). A city's
/// release naming one of its districts in its first lines (某市政府 … 市长视察某区) is
/// the city's, and only figures whose clause names the district are the district's
/// (issue 13); a county's naming its seat (某县政府 … 某市 of the county) is the
/// county's. `d` stays when the title names an issuer of `d` or below (某市某区人民政府),
/// or when the first lines speak of their place by `d`'s kind and not the issuer's
/// (`kinds`: 全区 of a district's news on its city's portal); of several issuers above
/// `d`, the lowest wins. A body after a verb of carrying out (`place.superior_before`:
/// 贯彻落实某市委经济工作会议部署) is a superior whose decisions the release's place
/// carries out, no issuer.
fn issuer_above(
    pats: &Patterns,
    named: &Named,
    (text, title_end): (&str, usize),
    kinds: &[&str],
    (d, how): (usize, &'static str),
) -> (usize, &'static str) {
    let gaz = pats.gazetteer();
    let after = pats.cues.at(crate::cue!("place.issuer_after"));
    let channels = pats.cues.at(crate::cue!("place.site_channel"));
    // The issuer's word, unless a channel follows it (某市人民政府官方微信: the site's name).
    let issues = |r: &str| {
        after.prefix_of(r).is_some_and(|w| {
            let rest = r[w.len()..].trim_start();
            !channels.starts(rest)
        })
    };
    // A body whose decisions are carried out (贯彻落实某市委…部署: `place.superior_before`)
    // is a superior, not the issuer.
    let superiors = pats.cues.at(crate::cue!("place.superior_before"));
    let carried = |at: usize| {
        let head = text.get(..at).unwrap_or_default();
        superiors.ends(head.trim_end())
    };
    let issuers: Vec<usize> = (named.edges.iter())
        .filter(|e| e.0 < title_end && !carried(e.0))
        .filter(|e| {
            let rest = text.get(e.0..).unwrap_or_default();
            (rest.strip_prefix(gaz.name(e.1))).is_some_and(issues)
        })
        .map(|e| e.1)
        .collect();
    if issuers.iter().any(|&x| x == d || gaz.is_below(x, d)) {
        return (d, how);
    }
    let of_kind = |x: usize| kinds.iter().any(|k| gaz.name(x).ends_with(k));
    (issuers.into_iter())
        .filter(|&x| gaz.is_below(d, x))
        .filter(|&x| kinds.is_empty() || of_kind(x) || !of_kind(d))
        .max_by_key(|&x| gaz.level(x))
        .map_or((d, how), |x| (x, ISSUER))
}

/// How many chars after Hong Kong's or Macau's plain name may end its body's name or a
/// dispatch's dateline (澳门旅游局, 澳门3月5日电).
const REGION_BODY_CHARS: usize = 8;

/// Hong Kong or Macau, when the release's first lines (`head`) name it by its plain name
/// (`region.name`: 香港, 澳门) right before the end of a body's name or a dateline (a
/// `place.region_body_end` word within [`REGION_BODY_CHARS`] chars, no delimiter
/// between: 澳门旅游局5日公布, 中新社澳门3月5日电), and no other region so: a mainland
/// site's report on Macau, written in simplified characters with no mark of its own, is
/// Macau's, not placeless (issue 13). Read only when nothing else gave the own place.
fn region_body(pats: &Patterns, head: &str) -> Option<usize> {
    let gaz = pats.gazetteer();
    let ends = pats.cues.at(crate::cue!("place.region_body_end"));
    let mut found = None;
    for (name, code) in pats.cues.at(crate::cue!("region.name")).entries() {
        let Some(d) = Region::from_code(code)
            .and_then(region_code)
            .and_then(|c| gaz.with_code(c))
        else {
            continue;
        };
        let body = head.match_indices(name).any(|(i, _)| {
            let rest: String = (head[i + name.len()..].chars())
                .take_while(|&c| !super::subject::is_delim(c) && !c.is_whitespace())
                .take(REGION_BODY_CHARS)
                .collect();
            ends.occurs_in(&rest)
        });
        if body {
            if found.is_some_and(|f| f != d) {
                return None;
            }
            found = Some(d);
        }
    }
    found
}

/// The township of [`spoken_township`] below `d`, if any.
fn township_below(pats: &Patterns, d: usize, spoken: &[&str], named: &Named) -> Option<usize> {
    let gaz = pats.gazetteer();
    let towns = township_kinds(pats, d, spoken);
    if towns.is_empty() {
        return None;
    }
    let below: Vec<usize> = (named.order.iter().copied())
        .filter(|&x| gaz.level(x) == Level::Township && gaz.is_below(x, d))
        .filter(|&x| towns.iter().any(|k| gaz.name(x).ends_with(k)))
        .collect();
    let &best = below.iter().max_by_key(|&&x| named.count(x))?;
    let n = named.count(best);
    (n >= 2 && below.iter().all(|&x| x == best || named.count(x) < n)).then_some(best)
}

/// Whether the anaphor kind `k` (a `place.anaphor` value) is a `place.county_kind` that
/// no division above the counties of the region of `d` ends with (县, 旗 on the
/// mainland; not 区: 自治区, 地区; nor 县 in Taiwan, whose counties are prefectures).
fn county_only(pats: &Patterns, k: &str, d: usize) -> bool {
    let gaz = pats.gazetteer();
    let top = |x: usize| gaz.lineage(x).last().map_or("", |t| gaz.code(t));
    let region = (Region::ALL.into_iter())
        .find(|&r| region_code(r) == Some(top(d)))
        .unwrap_or(Region::CN);
    pats.cues.at(crate::cue!("place.county_kind")).contains(k)
        && !(0..gaz.len()).any(|x| {
            gaz.level(x) < Level::County && gaz.name(x).ends_with(k) && in_region(gaz, x, region)
        })
}

/// The own place found in the text `(own, how)` as the region and `--place` settle it:
/// Hong Kong and Macau releases are about their region unless their first lines name a
/// place (a district named at the end or most often is one of its parts); a given place
/// wins; else a body running an area named in the title (`body`: [`area_body`]) leaves
/// no division.
fn settled(
    gaz: &Gazetteer,
    (own, how): (Option<usize>, &'static str),
    region: Region,
    (given, body): (Option<usize>, bool),
) -> (Option<usize>, &'static str) {
    if body {
        return (None, AREA_BODY);
    }
    let titled = how == FIRST_LINES || how == ISSUER;
    let (own, how) = match (own, region) {
        (_, Region::HK | Region::MO) if !titled => (
            region_code(region).and_then(|c| gaz.with_code(c)),
            "the release's region (Hong Kong, Macau)",
        ),
        found => (found.0, how),
    };
    match given {
        Some(d) if d < gaz.len() => (Some(d), "given (--place or the line's \"place\")"),
        _ => (own, how),
    }
}

/// A release of Taiwan whose first lines (`head`, see [`first_lines`]) name Taiwan whole
/// (`place.region_whole`) and whose own place was found nowhere but as the division named
/// most often, and not `given`: about Taiwan as a whole (a ministry's figures), not about
/// the city it names most often (a photo caption's).
fn region_whole(
    pats: &Patterns,
    (own, how): (Option<usize>, &'static str),
    region: Region,
    (head, given): (&str, Option<usize>),
) -> (Option<usize>, &'static str) {
    // Only a place the text names most often (a photo caption's city), or none, yields.
    let weak = own.is_none() || how == MOST_NAMED;
    let whole = pats.cues.at(crate::cue!("place.region_whole"));
    let names = whole
        .iter()
        .any(|w| whole.value(w) == Some(region.code()) && head.contains(w));
    match region_code(region).and_then(|c| pats.gazetteer().with_code(c)) {
        Some(d) if region == Region::TW && names && weak && given.is_none() => {
            (Some(d), REGION_WHOLE)
        }
        _ => (own, how),
    }
}

/// The kinds of division the text's anaphors `spoken` speak of (全市 → 市; 全国 none);
/// [`spoken_kinds`] adds those bodies led by a kind speak of.
fn anaphor_kinds<'p>(pats: &'p Patterns, spoken: &[&str]) -> Vec<&'p str> {
    let anaphors = pats.cues.at(crate::cue!("place.anaphor"));
    (spoken.iter())
        .filter_map(|w| anaphors.value(w).filter(|k| !k.is_empty()))
        .collect()
}

/// The last guesses at the own place: the province of the parts named
/// ([`parts_province`]), else the county of the townships listed ([`listed_townships`]).
fn parts_or_townships(
    pats: &Patterns,
    text: &str,
    order: &[usize],
    spoken: &[&str],
) -> Option<(usize, &'static str)> {
    (parts_province(pats, order, spoken).map(|d| (d, PARTS_PROVINCE)))
        .or_else(|| listed_townships(pats, text).map(|d| (d, LISTED_TOWNSHIPS)))
}

/// How the county whose townships the text lists was taken as the own place.
const LISTED_TOWNSHIPS: &str = "the one county whose townships the text lists";
/// The fewest townships a list names for [`listed_townships`].
const MIN_LISTED_TOWNSHIPS: usize = 3;
/// The most chars of a township's name (with its kind or without) in such a list.
const MAX_TOWNSHIP_CHARS: usize = 5;

/// The county of a release that names no place of its own but lists
/// [`MIN_LISTED_TOWNSHIPS`] townships or more with 、 (在甲、乙、丙、丁等19个重点乡镇), by
/// full names or without their kind (`entity.township_end`), when one county only holds a
/// township of every name (a county department's report on its county's site).
fn listed_townships(pats: &Patterns, text: &str) -> Option<usize> {
    let gaz = pats.gazetteer();
    let kinds = pats.cues.at(crate::cue!("entity.township_end"));
    // The counties holding a township named `name`, or `name` and its kind (the
    // gazetteer lists no short names of townships: 诺水河 for 诺水河镇).
    let counties = |name: &str| -> Vec<usize> {
        let named =
            std::iter::once(name.to_string()).chain(kinds.iter().map(|k| format!("{name}{k}")));
        let mut out: Vec<usize> = (named.filter_map(|w| gaz.lookup(&w)))
            .flat_map(|e| e.divisions())
            .filter(|&t| gaz.level(t) == Level::Township)
            .filter_map(|t| gaz.lineage(t).nth(1))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    };
    // An item's counties; the first item may have words before it, the last after it.
    let item_counties = |item: &str, first: bool, last: bool| -> Vec<usize> {
        let chars: Vec<(usize, char)> = item.char_indices().collect();
        let n = chars.len();
        let mut out = Vec::new();
        for len in 2..=MAX_TOWNSHIP_CHARS.min(n) {
            let head = &item[..chars.get(len).map_or(item.len(), |c| c.0)];
            let tail = &item[chars[n - len].0..];
            if len == n || last {
                out.extend(counties(head));
            }
            if len < n && first {
                out.extend(counties(tail));
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    };
    let runs = text.split(|c: char| !(super::entity::is_han(c) || c == '、'));
    runs.filter(|run| run.matches('、').count() + 1 >= MIN_LISTED_TOWNSHIPS)
        .find_map(|run| {
            let items: Vec<&str> = run.split('、').collect();
            let n = items.len();
            let mut common: Option<Vec<usize>> = None;
            for (k, item) in items.iter().enumerate() {
                let own = item_counties(item, k == 0, k + 1 == n);
                common = Some(match common {
                    None => own,
                    Some(c) => c.into_iter().filter(|x| own.contains(x)).collect(),
                });
            }
            match common.as_deref() {
                Some(&[one]) => Some(one),
                _ => None,
            }
        })
}

/// The province of a release that speaks of its place only by the province's kind (全省,
/// 我省) and names no place of its own, when the divisions it names in full (`order`)
/// are [`PARTS_MIN`] or more prefectures of that one province (全省…其中：甲市83.5%，乙州
/// 73.9%，丙州…).
fn parts_province(pats: &Patterns, order: &[usize], spoken: &[&str]) -> Option<usize> {
    let gaz = pats.gazetteer();
    let kinds = anaphor_kinds(pats, spoken);
    let province = |d: usize| gaz.lineage(d).find(|&a| gaz.level(a) == Level::Province);
    // `order` holds each division once.
    let top = province(*order.first()?)?;
    let parts_of_top =
        (order.iter()).all(|&d| gaz.level(d) == Level::Prefecture && province(d) == Some(top));
    let spoken_of_top = !kinds.is_empty() && kinds.iter().all(|k| gaz.name(top).ends_with(k));
    (order.len() >= PARTS_MIN && parts_of_top && spoken_of_top).then_some(top)
}

/// How many divisions below one province a text must name for [`parts_province`].
const PARTS_MIN: usize = 3;

/// The own place once the text is read, `found` (with how), after what the release's
/// name spells ([`romanized::own_from_name`]: the division where the text names none, or
/// one below the one found; by initials only where the text decides, by the kinds of
/// division its anaphors `spoken` speak of: 全市 → 市), lifted to the nearest division
/// above of the kind the first lines speak of as their own (`own_kinds`) when it is of
/// none; when `open` (no `--place`, no place of a name the gazetteer lacks, no national
/// release), outside Hong Kong and Macau and in the text's `region`; a division so taken
/// joins the `context`.
fn spelled_place(
    pats: &Patterns,
    (spelled, spoken, own_kinds): (Spelled, &[&str], &[&str]),
    found: (Option<usize>, &'static str),
    (open, region): (bool, Region),
    context: &mut Vec<usize>,
) -> (Option<usize>, &'static str) {
    if !open || matches!(region, Region::HK | Region::MO) {
        return found;
    }
    let gaz = pats.gazetteer();
    let kinds = anaphor_kinds(pats, spoken);
    // A short name only (惠安, a heat station's name in a list) yields to a division the
    // name spells in full pinyin elsewhere (xijinews: 西吉县).
    let found = match found {
        (Some(d), SHORT_NAME) if !spelled.initials() => {
            let other = romanized::own_from_name(gaz, spelled, None, (context, &kinds));
            match other {
                Some(o) if !gaz.is_below(o, d) && !gaz.is_below(d, o) && o != d => (None, ""),
                _ => found,
            }
        }
        _ => found,
    };
    // Initials alone (ts) do not narrow a division found whose own kind the text's
    // anaphors speak of, or when they speak of none: 全区 of an autonomous region's
    // paper is the region, and so is its page naming 天山 (a range, the site's name),
    // not a district the two letters also spell.
    let own_kind = |d: usize| kinds.iter().all(|k| gaz.name(d).ends_with(k));
    if spelled.initials() && found.0.is_some_and(own_kind) {
        return found;
    }
    match romanized::own_from_name(gaz, spelled, found.0, (context, &kinds)) {
        // A name spelling a division of another region than the text's (a mainland
        // province's bulletin reposted on a taiwan.cn site) is no sign of its place.
        Some(d) if in_region(gaz, d, region) => {
            // The first lines speak of their place as a kind the spelled division is not
            // (全市 on a district's site, 我市 of its city): the nearest above of that kind.
            // First lines that speak of none leave it to the whole text's anaphors (a
            // city's report about 全市 reposted on a county's site).
            let spoken_kinds = if own_kinds.is_empty() {
                &kinds
            } else {
                own_kinds
            };
            let of_kind = |a: &usize| spoken_kinds.iter().any(|k| gaz.name(*a).ends_with(k));
            let d = match spoken_kinds.is_empty() || of_kind(&d) {
                true => d,
                false => gaz.lineage(d).skip(1).find(of_kind).unwrap_or(d),
            };
            add_lineage(gaz, d, context);
            (Some(d), SPELLED)
        }
        _ => found,
    }
}

/// The division a source or byline's news body is named after (see [`source_division`]),
/// or the one division below it that the `title` names (a province's paper on one of its
/// cities: the city); with how it was found.
fn source_place(
    pats: &Patterns,
    (text, title): (&str, &str),
    lines: &[(usize, usize)],
    context: &[usize],
) -> Option<(usize, &'static str)> {
    let source = source_division(pats, text, lines, context)?;
    Some(match title_below(pats, title, source) {
        Some(d) => (d, SOURCE_TITLE),
        None => (source, SOURCE_LINE),
    })
}

/// The gazetteer's names in a `title`, but for words that are no place (`not_place`)
/// and short names that are ordinary words too (`place.ordinary_word`: 惠民政策).
fn title_hits(pats: &Patterns, title: &str) -> Vec<Hit> {
    let gaz = pats.gazetteer();
    let ordinary = pats.cues.at(crate::cue!("place.ordinary_word"));
    (gaz.hits(title).into_iter())
        .filter(|h| !not_place(pats, &title[h.start..h.end]))
        .filter(|h| {
            !(gaz.entry(h.entry).full.is_empty() && ordinary.contains(&title[h.start..h.end]))
        })
        .collect()
}

/// The division a `title` names by a short name that jieba reads as one word whatever its
/// tag (武穴/n 38亿重大项目) and that the text writes in full too (`named`: 武穴市): the
/// release's. None when no one such division is named.
fn titled_short((pats, seg): (&Patterns, &Segmenter), title: &str, named: &Named) -> Option<usize> {
    let gaz = pats.gazetteer();
    let mut found = (title_hits(pats, title).into_iter())
        .filter(|h| gaz.entry(h.entry).full.is_empty())
        .filter(|h| whole_token(seg, title, (h.start, h.end), |_| true))
        .flat_map(|h| gaz.entry(h.entry).divisions().collect::<Vec<_>>())
        .filter(|d| named.counts.contains_key(d));
    let d = found.next()?;
    found.all(|e| e == d).then_some(d)
}

/// Whether the `title` names a province above `d` (云南 over a 楚雄州 the last lines name):
/// the release is the province's, `d` one of its parts (a city's title over a district the
/// last lines name is no such scope: the district may be where its story lies).
fn titled_over(pats: &Patterns, title: &str, d: usize) -> bool {
    let gaz = pats.gazetteer();
    (title_hits(pats, title).iter()).any(|h| {
        (gaz.entry(h.entry).divisions())
            .any(|a| gaz.level(a) == Level::Province && gaz.is_below(d, a))
    })
}

/// The one division below `above` that the `title` names (by full or short name: 梧州
/// under 广西), if the names found there below it make exactly one.
fn title_below(pats: &Patterns, title: &str, above: usize) -> Option<usize> {
    let gaz = pats.gazetteer();
    // A name the place above is also called by (宜兰 of 宜兰县, its seat 宜兰市 too) names
    // the place above, not its seat.
    let mut found: Vec<usize> = (title_hits(pats, title).iter())
        .filter(|h| !gaz.entry(h.entry).divisions().any(|d| d == above))
        .flat_map(|h| gaz.entry(h.entry).divisions())
        .filter(|&d| gaz.is_below(d, above))
        .collect();
    found.sort_unstable();
    found.dedup();
    match found[..] {
        [d] => Some(d),
        _ => None,
    }
}

/// The deepest division of the first run of names in the `title` that go down the
/// divisions one after the other with nothing between (酒泉玉门昌马…项目: 酒泉市, its
/// 玉门市, its 昌马镇), when exactly one line of divisions fits the run: such a run names
/// one place even where each short name alone is ambiguous or a word.
fn title_chain(pats: &Patterns, title: &str) -> Option<usize> {
    let gaz = pats.gazetteer();
    let hits = title_hits(pats, title);
    let divisions = |h: &Hit| gaz.entry(h.entry).divisions().collect::<Vec<usize>>();
    let below = |d: usize, above: usize| gaz.is_below(d, above);
    for first in &hits {
        // Every line of divisions the run from `first` fits, longest run first.
        let mut lines: Vec<Vec<usize>> = divisions(first).into_iter().map(|d| vec![d]).collect();
        let mut end = first.end;
        loop {
            // The names right after the run that go on one of its lines: one name only,
            // the longest where a full name and its short name start there (高陵区, 高陵).
            let steps = (hits.iter().filter(|h| h.start == end)).filter_map(|h| {
                let next: Vec<Vec<usize>> = (divisions(h).into_iter())
                    .flat_map(|d| {
                        (lines.iter())
                            .filter(move |l| l.last().is_some_and(|&a| below(d, a)))
                            .map(move |l| [l.as_slice(), &[d]].concat())
                    })
                    .collect();
                (!next.is_empty()).then_some((h.end, next))
            });
            let steps: Vec<(usize, Vec<Vec<usize>>)> = steps.collect();
            let longest = steps.iter().map(|s| s.0).max().unwrap_or(end);
            let mut steps = steps.into_iter().filter(|s| s.0 == longest);
            match (steps.next(), steps.next()) {
                (Some((e, next)), None) => (end, lines) = (e, next),
                _ => break,
            }
        }
        if let [line] = lines.as_slice() {
            if line.len() >= 2 {
                return line.last().copied();
            }
        }
    }
    None
}

/// The division short names down the divisions name in the `title` ([`title_chain`]),
/// else in the dateline of the `sentences` after the menu ([`dateline_chain`]), with how
/// it was found.
fn chained_place(
    pats: &Patterns,
    (text, title): (&str, &str),
    sentences: &[Sentence],
) -> Option<(usize, &'static str)> {
    (title_chain(pats, title).map(|d| (d, "short names down the divisions in the title"))).or_else(
        || {
            dateline_chain(pats, text, sentences)
                .map(|d| title_above(pats, title, d))
                .map(|d| (d, "short names down the divisions in the dateline"))
        },
    )
}

/// The division the `title` names above the dateline's division `d` (永丰大力发展蔬菜产业
/// over 永丰县佐龙乡…: a county's story opening in one of its townships), else `d`.
fn title_above(pats: &Patterns, title: &str, d: usize) -> usize {
    let gaz = pats.gazetteer();
    (gaz.hits(title).iter())
        .flat_map(|h| gaz.entry(h.entry).divisions())
        .find(|&t| gaz.is_below(d, t))
        .unwrap_or(d)
}

/// The most chars before a dispatch mark (本报讯, 某网5月3日电) in a dateline.
const DATELINE_MARK_CHARS: usize = 16;

/// Whether the text speaks of a place of its own by an anaphor (`spoken`: the
/// `place.anaphor` words it holds) other than the country's (全区, 本县; not 全国): a
/// postal address in its footer then names its issuer, else only the site's or
/// publisher's (地址:某市某区…), no place of the release.
fn speaks_locally(pats: &Patterns, spoken: &[&str]) -> bool {
    let national = pats.cues.at(crate::cue!("place.national"));
    spoken.iter().any(|w| !national.contains(w))
}

/// The line of `text` holding byte `at`.
fn line_at(text: &str, at: usize) -> &str {
    let start = text[..at].rfind('\n').map_or(0, |k| k + 1);
    let end = text[at..].find('\n').map_or(text.len(), |k| at + k);
    &text[start..end]
}

/// Whether `line` gives a postal address: it opens with a `place.address_label` word and a
/// colon (地址:某省某市…, 办刊地址：…), the site's or publisher's, no place of the release.
fn address_line(pats: &Patterns, line: &str) -> bool {
    let line = line.trim_start();
    let labels = pats.cues.at(crate::cue!("place.address_label"));
    labels
        .prefix_of(line)
        .is_some_and(|w| line[w.len()..].trim_start().starts_with([':', '：']))
}

/// The division a dateline names by short names down the divisions, ending with the
/// full name of the lowest (本报讯（记者 某某）15日，晋江东石镇召开…: 东石镇 of 晋江市),
/// when the title names no such chain: the first of the `sentences` after the menu that
/// may hold a byline with a `date.dispatch_mark` near its start. A short name closing
/// the chain opens some other name (浙江宁波舟山港) and names nothing.
fn dateline_chain(pats: &Patterns, text: &str, sentences: &[Sentence]) -> Option<usize> {
    let gaz = pats.gazetteer();
    let marks = pats.cues.at(crate::cue!("date.dispatch_mark"));
    let line = (sentences.iter().take(CREDIT_SCAN))
        .map(|s| s.text(text))
        .filter(|l| !address_line(pats, l))
        .find(|l| {
            let lead: String = l.chars().take(DATELINE_MARK_CHARS).collect();
            marks.occurs_in(&lead)
        })?;
    title_chain(pats, line).filter(|&d| line.contains(gaz.name(d)))
}

/// The place the gazetteer does not know that opens the `title` (新篁镇“十一五”工作
/// 总结): two or three ideographs and a `place.unlisted_kind` word (镇, 乡, 街道), when the
/// text holds a `place.anaphor` word of that kind (`spoken`: those the text holds) (全镇,
/// 全街道); not a common noun (富城镇: an `entity.generic_lead` before a word that is no
/// place; `place.generic_head`) nor a reference (本镇: `entity.anaphor`). A body running an
/// area that the title names ([`area_body`]) comes first.
fn unknown_title_place(
    pats: &Patterns,
    (title, head): (&str, &str),
    spoken: &[&str],
) -> Option<String> {
    if let Some(body) = own_body(pats, title, head) {
        return Some(body);
    }
    unlisted_title_township(pats, title, spoken)
        .filter(|name| pats.gazetteer().lookup(name).is_none())
}

/// The township's name (two or three ideographs and a `place.unlisted_kind` word) that
/// opens the `title`, listed or not, when the anaphors `spoken` speak of its kind; see
/// [`unknown_title_place`].
fn unlisted_title_township(pats: &Patterns, title: &str, spoken: &[&str]) -> Option<String> {
    let cues = &pats.cues;
    let leads = cues.at(crate::cue!("entity.anaphor"));
    let generic = cues.at(crate::cue!("entity.generic_lead"));
    let heads = cues.at(crate::cue!("place.generic_head"));
    let kinds = cues.at(crate::cue!("place.unlisted_kind"));
    let chars: Vec<char> = title
        .trim_start()
        .chars()
        .take(TITLE_TOWNSHIP_CHARS)
        .collect();
    let first = *chars.first()?;
    if leads.has_char(first) {
        return None;
    }
    (2..chars.len().min(4)).find_map(|i| {
        if !chars[..i].iter().all(|&c| super::entity::is_han(c)) {
            return None;
        }
        let rest: String = chars[i..].iter().collect();
        let kind = kinds.prefix_of(&rest).filter(|k| !k.is_empty())?;
        let end = i + kind.chars().count();
        let name: String = chars[..end].iter().collect();
        let spoken = (cues.at(crate::cue!("place.anaphor")).entries())
            .any(|(w, suffix)| suffix == kind && spoken.contains(&w));
        // 富城镇: a modifier before a common word; 推进乡村: the kind's last char starts one.
        let last = kind.chars().next_back()?;
        let common = generic.has_char(first) && not_place(pats, &name[first.len_utf8()..])
            || (chars.get(end)).is_some_and(|&c| not_place(pats, &format!("{last}{c}")));
        (spoken && !common && !heads.ends(&name)).then_some(name)
    })
}

/// The township opening the `title` ([`unlisted_title_township`]) when no division of
/// its name lies at or below `own`, a county or above: a township's (a street's) report
/// on its county's site (某某街道2024年工作总结 … 全街道), where the gazetteer lacks the
/// township or lists its name only under other counties. Its figures are the
/// township's, by its name without a code (the county's code would name the county).
fn unlisted_township_below(
    pats: &Patterns,
    title: &str,
    own: Option<usize>,
    spoken: &[&str],
) -> Option<String> {
    let gaz = pats.gazetteer();
    let d = own.filter(|&d| gaz.level(d) < Level::Township)?;
    let name = unlisted_title_township(pats, title, spoken)?;
    let listed = (gaz.lookup(&name).into_iter())
        .flat_map(|e| e.divisions())
        .any(|t| t == d || gaz.is_below(t, d));
    (!listed).then_some(name)
}

/// The township the gazetteer lacks below `own` (a county or above) that the first lines
/// `head` name right after its full name (某某县某某乡政府 … 我乡): a township's report
/// naming its county first; as [`unlisted_township_below`] for a title.
fn chained_township_below(
    pats: &Patterns,
    head: &str,
    own: Option<usize>,
    spoken: &[&str],
) -> Option<String> {
    let gaz = pats.gazetteer();
    let d = own.filter(|&d| gaz.level(d) < Level::Township)?;
    let county = gaz.name(d);
    (head.match_indices(county))
        .find_map(|(i, _)| unlisted_township_below(pats, &head[i + county.len()..], own, spoken))
}

/// The first lines of a release, up to [`CREDIT_SCAN`] sentences after its menu: past a
/// cookie banner or a site's notice that the head's [`HEAD_SENTENCES`] may not reach.
fn first_lines<'t>(text: &'t str, sentences: &[Sentence], menu: usize) -> &'t str {
    let start = sentences.get(menu).map_or(0, |s| s.byte_start);
    let end = sentences
        .get((menu + CREDIT_SCAN).min(sentences.len()).saturating_sub(1))
        .map_or(start, |s| s.byte_end.max(start));
    &text[start..end]
}

/// How a village's own story was found (for `explain`).
const VILLAGE_STORY: &str =
    "a village the first lines name right after the own place or a place below it";
/// The fewest chars of a village's name before its suffix (下营子/村).
const MIN_VILLAGE_CHARS: usize = 2;
/// The most chars of a village's name before its suffix.
const MAX_VILLAGE_CHARS: usize = 4;

/// The own place's name and how it was found, a village's own story (see
/// [`village_story`]) added when no name was found and no place `given`: the village by
/// its name, the own division kept for 全县.
fn with_village_story(
    pats: &Patterns,
    (text, head, title): (&str, &str, &str),
    (own, how, own_name): (Option<usize>, &'static str, Option<String>),
    given: Option<usize>,
) -> (&'static str, Option<String>) {
    if own_name.is_some() || given.is_some() {
        return (how, own_name);
    }
    village_story(pats, (text, head, title), own).map_or((how, None), |v| (VILLAGE_STORY, Some(v)))
}

/// The village whose story a release tells: one the first lines `head` (up to
/// [`CREDIT_SCAN`] sentences) name right after a division at or below `own`, a county or
/// township (云龙丰收村, 滦平县下营子村, 金龙镇红旗新村), two to four ideographs before an
/// `entity.village_suffix` word, when the `text` speaks of a village without its name
/// (`place.village_anaphor`: 全村, 村里) and names the village at least as often as the
/// own place outside the lines of its `title` (a county's story that opens in one of its
/// villages names the county more). Its figures are the village's, by its name (no code);
/// the own place stays for 全县.
fn village_story(
    pats: &Patterns,
    (text, head, title): (&str, &str, &str),
    own: Option<usize>,
) -> Option<String> {
    let gaz = pats.gazetteer();
    let d = own.filter(|&d| gaz.level(d) >= Level::County)?;
    let cues = &pats.cues;
    if !cues
        .at(crate::cue!("place.village_anaphor"))
        .occurs_in(text)
    {
        return None;
    }
    let at_or_below =
        |h: &Hit| (gaz.entry(h.entry).divisions()).any(|t| t == d || gaz.is_below(t, d));
    let suffixes = cues.at(crate::cue!("entity.village_suffix"));
    let leads = cues.at(crate::cue!("entity.anaphor"));
    let generic = cues.at(crate::cue!("place.generic_head"));
    let townships = cues.at(crate::cue!("entity.township_end"));
    let village = gaz
        .hits(head)
        .into_iter()
        .filter(at_or_below)
        .find_map(|h| {
            let rest = &head[h.end..];
            let chars: Vec<(usize, char)> =
                rest.char_indices().take(MAX_VILLAGE_CHARS + 1).collect();
            let k =
                (MIN_VILLAGE_CHARS..chars.len()).find(|&k| suffixes.starts(&rest[chars[k].0..]))?;
            let suffix = suffixes.prefix_of(&rest[chars[k].0..]).unwrap_or_default();
            let name = &rest[..chars[k].0 + suffix.len()];
            let stem = &rest[..chars[k].0];
            let plain = chars[..k].iter().all(|&(_, c)| super::entity::is_han(c))
                && !leads.has_char(chars[0].1)
                && !generic.ends(name)
                && !townships.occurs_in(stem)
                && gaz.lookup(name).is_none();
            plain.then(|| name.to_string())
        })?;
    // Mentions outside the title's lines (a page may repeat its title: 岳阳湘阴：…), each
    // once (云龙县 holds the short name 云龙 too).
    let title = title.trim();
    let body: String = (text.lines())
        .filter(|l| title.is_empty() || l.trim() != title)
        .collect::<Vec<_>>()
        .join("\n");
    let text = body.as_str();
    let mut starts: Vec<usize> = (gaz.hits(text).iter())
        .filter(|h| gaz.entry(h.entry).divisions().any(|t| t == d))
        .map(|h| h.start)
        .collect();
    starts.dedup();
    let own_named = starts.len();
    (text.matches(village.as_str()).count() >= own_named).then_some(village)
}

/// How many chars of a title [`unlisted_title_township`] reads: three ideographs and a
/// kind of two chars, and one char after it.
const TITLE_TOWNSHIP_CHARS: usize = 6;

/// The area of a body that runs an area as a division does, named in the `title`
/// ([`area_body`]) or twice in the first lines `head` ([`area_body_twice`]).
fn own_body(pats: &Patterns, title: &str, head: &str) -> Option<String> {
    area_body(pats, title).or_else(|| area_body_twice(pats, head))
}

/// The area of a body that runs an area as a division does ([`area_body`]) when the
/// first lines `head` name it twice or more (兵团新闻办 … 兵团经济运行): its release,
/// though its title does not name it.
fn area_body_twice(pats: &Patterns, head: &str) -> Option<String> {
    let bodies = pats.cues.at(crate::cue!("place.area_body"));
    let hits = matches_by_word(bodies, head);
    // A short name inside a longer one found (兵团 in 新疆生产建设兵团) is not named again.
    let inside = |&(w, i): &(&str, usize)| {
        (hits.iter()).any(|&(v, j)| v.len() > w.len() && j <= i && i + w.len() <= j + v.len())
    };
    let found: Vec<&str> = (hits.iter().filter(|h| !inside(h)))
        .map(|&(w, _)| bodies.value(w).filter(|v| !v.is_empty()).unwrap_or(w))
        .collect();
    let first = *found.first()?;
    (found.iter().filter(|&&b| b == first).count() >= 2).then(|| first.to_string())
}

/// The area of a body the `title` names that runs an area as a division does
/// (`place.area_body`: 新疆兵团 → 新疆生产建设兵团), by its full name: the release is
/// about that area, which has no division code.
fn area_body(pats: &Patterns, title: &str) -> Option<String> {
    let bodies = pats.cues.at(crate::cue!("place.area_body"));
    let (w, _) = matches_by_word(bodies, title).into_iter().next()?;
    Some(
        bodies
            .value(w)
            .filter(|v| !v.is_empty())
            .unwrap_or(w)
            .to_string(),
    )
}

/// The kinds of division (the last char of their names: 市, 县) the `text` speaks of
/// without naming them: by a `place.anaphor` word (全市), or by a body led by the kind
/// alone at a clause start (市文化广播电视和旅游局, 县发改局: an `entity.body_lead` char
/// and Han chars up to a `place.body_suffix` word).
fn spoken_kinds<'p>(pats: &'p Patterns, text: &str, spoken: &[&str]) -> Vec<&'p str> {
    let anaphors = pats.cues.at(crate::cue!("place.anaphor"));
    let leads = pats.cues.at(crate::cue!("entity.body_lead"));
    let bodies = pats.cues.at(crate::cue!("place.body_suffix"));
    // The kinds of one char that lead a body, and those of them leading one in the text,
    // found in one pass over it.
    let mut lead_kinds: Vec<char> = Vec::new();
    for (_, kind) in anaphors.entries() {
        let mut cs = kind.chars();
        if let (Some(c), None) = (cs.next(), cs.next()) {
            if leads.contains(kind) && !lead_kinds.contains(&c) {
                lead_kinds.push(c);
            }
        }
    }
    let mut leading: Vec<char> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let opens = prev.is_none_or(|p| !super::entity::is_han(p));
        prev = Some(c);
        if !opens || !lead_kinds.contains(&c) || leading.contains(&c) {
            continue;
        }
        // The run of Han chars from the kind, by the byte end of each prefix.
        let mut run = (text[i..].char_indices())
            .take_while(|&(_, c)| super::entity::is_han(c))
            .take(BODY_CHARS)
            .map(|(k, c)| i + k + c.len_utf8());
        if run.by_ref().skip(2).any(|end| bodies.ends(&text[i..end])) {
            leading.push(c);
        }
    }
    let mut kinds: Vec<&str> = Vec::new();
    for (w, kind) in anaphors.entries() {
        if kind.is_empty() || kinds.contains(&kind) {
            continue;
        }
        let mut cs = kind.chars();
        let led = match (cs.next(), cs.next()) {
            (Some(c), None) => leading.contains(&c),
            _ => false,
        };
        if spoken.contains(&w) || led {
            kinds.push(kind);
        }
    }
    kinds
}

/// The `place.anaphor` words `text` speaks of its own division by (全县, 本市): each one
/// with a use not ranking the text's subject in it (全省首个…园区: `place.rank_after`
/// right after it; the release is then of a division below). Divisions named so are
/// left out of the count of names too ([`ranks_in`]).
fn spoken_anaphors<'p>(pats: &'p Patterns, text: &str) -> Vec<&'p str> {
    let anaphors = pats.cues.at(crate::cue!("place.anaphor"));
    let ranks = pats.cues.at(crate::cue!("place.rank_after"));
    let mut spoken: Vec<&str> = Vec::new();
    for (w, at) in matches_by_word(anaphors, text) {
        if !spoken.contains(&w) && !ranks.starts(&text[at + w.len()..]) {
            spoken.push(w);
        }
    }
    spoken
}

/// Most Han chars between a division's name and a `place.rank_after` word that ranks
/// something in it (云南省乃至全国首个: 4).
const RANK_GAP: usize = 5;

/// Whether `rest`, the text right after a division's name, ranks something in it (云南省
/// 乃至全国首个…园区, 全市唯一): a `place.rank_after` word within [`RANK_GAP`] Han chars.
/// The release is then of a division below it.
fn ranks_in(pats: &Patterns, rest: &str) -> bool {
    let ranks = pats.cues.at(crate::cue!("place.rank_after"));
    (rest.char_indices())
        .take_while(|&(_, c)| super::entity::is_han(c))
        .take(RANK_GAP + 1)
        .any(|(i, _)| ranks.starts(&rest[i..]))
}

/// Chars an aside may run before or after a name inside it.
const ASIDE_REACH: usize = 80;

/// Whether a name between `before` and `rest` stands in a bracketed aside that holds a
/// figure (…位居第8(東部地區之花蓮縣排名為第17位)): a comparison beside the text's own
/// figures, no place the release is about.
fn in_figure_aside(before: &str, rest: &str) -> bool {
    let open = |c: char| matches!(c, '(' | '（');
    let close = |c: char| matches!(c, ')' | '）');
    let back: Vec<char> = before.chars().rev().take(ASIDE_REACH).collect();
    let Some(k) = back.iter().position(|&c| open(c) || close(c) || c == '\n') else {
        return false;
    };
    if !open(back[k]) {
        return false;
    }
    // A page cut inside the aside ends it too.
    let ahead: Vec<char> = rest.chars().take(ASIDE_REACH).collect();
    let j = ahead.iter().position(|&c| open(c) || close(c) || c == '\n');
    let closed = match j {
        Some(j) if close(ahead[j]) => true,
        Some(j) => rest.chars().skip(j).all(char::is_whitespace),
        None => rest.chars().nth(ASIDE_REACH).is_none(),
    };
    let j = j.unwrap_or(ahead.len());
    // The figure is inside the aside or right before it (101.45%(…花蓮縣…)).
    let digit = |c: &char| c.is_ascii_digit() || *c == '%';
    let figure_before = back[k + 1..].iter().take(3).any(digit);
    closed && (figure_before || back[..k].iter().any(digit) || ahead[..j].iter().any(digit))
}

/// The matches of the words of `list` in `text` as (word, byte start), word by word in
/// the list's order and each word's matches left to right, not overlapping (as
/// `list.iter()` and `text.match_indices(word)` give them), found in one pass over `text`.
fn matches_by_word<'a>(list: &'a crate::patterns::WordList, text: &str) -> Vec<(&'a str, usize)> {
    let words: Vec<&str> = list.iter().collect();
    if words.iter().any(|w| w.is_empty()) {
        return (words.iter())
            .flat_map(|w| text.match_indices(w).map(move |(i, _)| (*w, i)))
            .collect();
    }
    // (position of the word in the list, byte start), and where each word may match next.
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut next = vec![0; words.len()];
    for (i, c) in text.char_indices() {
        if !list.may_start(c) {
            continue;
        }
        for (k, w) in words.iter().enumerate() {
            if i >= next[k] && text[i..].starts_with(w) {
                found.push((k, i));
                next[k] = i + w.len();
            }
        }
    }
    found.sort_unstable();
    found.into_iter().map(|(k, i)| (words[k], i)).collect()
}

/// The most chars of a body's name led by its kind alone (市文化广播电视和旅游局).
const BODY_CHARS: usize = 14;

/// The most Han chars between a short name and the `place.named_area` word of the area
/// it names (永丰新材料产业园: 3).
const AREA_GAP: usize = 6;

/// Whether a `place.named_area` word (产业园, 工业园区, 开发区) ends the name of an area
/// that starts right at the start of `rest` (兖州|工业园区, 永丰|新材料产业园): within
/// [`AREA_GAP`] Han chars and nothing else.
fn opens_area(pats: &Patterns, rest: &str) -> bool {
    let areas = pats.cues.at(crate::cue!("place.named_area"));
    let run: String = (rest.chars())
        .take_while(|&c| super::entity::is_han(c))
        .take(AREA_GAP + 4)
        .collect();
    (run.char_indices())
        .take(AREA_GAP + 1)
        .any(|(i, _)| areas.starts(&run[i..]))
}

/// Whether the divisions of a region other than the release's (Taiwan's 龙井区 in a
/// mainland release) stand apart: a mainland release's short name is no Taiwan, Hong
/// Kong or Macau division's, and theirs are only their own region's.
fn in_region(gaz: &Gazetteer, d: usize, region: Region) -> bool {
    let top = gaz.lineage(d).last().map_or("", |t| gaz.code(t));
    match region_code(region) {
        Some(code) => top == code,
        None => Region::ALL
            .iter()
            .filter_map(|&r| region_code(r))
            .all(|c| c != top),
    }
}

/// Short names [`short_name_place`] found of no kind the text speaks of.
#[derive(Default)]
struct ShortNamesSeen {
    /// Cities no anaphor speaks of: kept for [`city_under_named_city`].
    loose: Vec<usize>,
    /// Provinces named by short name where no anaphor speaks of their kind (a survey
    /// team's bulletin on 山西农产品价格): (province, named in the first lines).
    provinces: Vec<(usize, bool)>,
    /// Divisions the text names in full, once for each time it names them again by
    /// their short name (和林格尔县政府 … 和林格尔奶业园区).
    again: Vec<usize>,
}

/// Notes in `seen` a short name at `span` of `part` (named in the first lines or not)
/// whose candidates `cands` are of no kind the text speaks of: a division named in full
/// (`order`) named again, a province, a city (`context` decides ambiguous names).
fn unnamed_kind(
    gaz: &Gazetteer,
    seg: &Segmenter,
    (part, span, in_head): (&str, Span, bool),
    (cands, order, context): (&[usize], &[usize], &[usize]),
    short_kinds: &WordList,
    seen: &mut ShortNamesSeen,
) {
    if let [d] = cands
        .iter()
        .filter(|c| order.contains(c))
        .collect::<Vec<_>>()[..]
    {
        if short_name_word(seg, part, span, false) {
            seen.again.push(*d);
        }
    }
    let province = (cands.iter().copied())
        .filter(|&c| gaz.level(c) == Level::Province)
        .collect::<Vec<usize>>();
    if let Some(p) = gaz.resolve(&province, context) {
        if short_name_word(seg, part, span, false) {
            seen.provinces.push((p, in_head));
        }
    }
    let cities: Vec<usize> = (cands.iter().copied())
        .filter(|&c| short_kinds.ends(gaz.name(c)))
        .collect();
    if let Some(d) = (gaz.resolve(&cities, context))
        .filter(|d| !seen.loose.contains(d) && place_token(seg, part, span))
    {
        seen.loose.push(d);
    }
}

/// The release's own place when it names it by its short name only: a county or
/// prefecture whose short name (one jieba token tagged as a name, so no verb: 新建)
/// opens the name of an area (兖州工业园区 → 兖州区; `place.named_area`) or is of the
/// kind the text speaks of, for the kinds of `place.short_kind` (全市 … 亳州籍 → 亳州市;
/// 市文化局 … 书香龙井 → 龙井市, not Taiwan's 龙井区: see [`in_region`]). The deepest such division, when every one found
/// lies on its line and every division the text names in full (`order`) on its line or
/// within it (a park's release naming its province and city too; a city's naming one of
/// its districts) and, unless an area's name gives it, the
/// first lines `head` name no unknown place of its kind (蒲阳市: [`unknown_in_head`];
/// 工业园区 is no unknown district); else none. `chunks` are the text's
/// chunks of whole sentences, `context` the divisions that decide ambiguous names;
/// `spoken` the `place.anaphor` words the text holds, `kept` the names and full names of
/// a text of one chunk.
fn short_name_place(
    pats: &Patterns,
    seg: &Segmenter,
    (text, spoken, kept): (&str, &[&str], KeptNames),
    (chunks, context, (head_start, head_end)): (&[Span], &[usize], Span),
    (order, region): (&[usize], Region),
) -> Option<usize> {
    let gaz = pats.gazetteer();
    let head = &text[head_start..head_end];
    let kinds = spoken_kinds(pats, text, spoken);
    let short_kinds = pats.cues.at(crate::cue!("place.short_kind"));
    // A release speaking of a lower kind too (全县 … 全市) is a lower division's.
    let lower = pats.cues.at(crate::cue!("place.lower_kind"));
    let lower_spoken = kinds.iter().any(|k| lower.contains(k));
    // (division, named as an area's, named in the first lines).
    let mut found: Vec<(usize, bool, bool)> = Vec::new();
    // Each division found, once for every time it is named.
    let mut times: Vec<usize> = Vec::new();
    let mut seen = ShortNamesSeen::default();
    for &(from, to) in chunks {
        let part = &text[from..to];
        let (raw, full);
        let (hits, full): (&[Hit], &[NameHit]) = match kept {
            Some(k) => k,
            None => {
                raw = gaz.hits(part);
                full = full_names_in(pats, seg, part, &raw);
                (&raw, &full)
            }
        };
        for &h in hits {
            let e = gaz.entry(h.entry);
            if !short_name_hit(pats, (part, h), full, context) {
                continue;
            }
            let cands: Vec<usize> = (e.short.iter().copied())
                .filter(|&c| in_region(gaz, c, region))
                .collect();
            let of_kind: Vec<usize> = (cands.iter().copied())
                .filter(|&c| kinds.iter().any(|k| gaz.name(c).ends_with(k)))
                .filter(|&c| {
                    short_kinds.ends(gaz.name(c)) && !lower_spoken
                        || order.is_empty() && lower.ends(gaz.name(c))
                })
                .collect();
            // (division, named as an area's: no unknown place of its kind matters then).
            let named = if opens_area(pats, &part[h.end..]) {
                // A county and its seat of one name (台东县, 台东市): the county.
                let nested = || {
                    gaz.highest(&cands)
                        .filter(|&t| cands.iter().all(|&c| gaz.lineage(c).any(|a| a == t)))
                };
                gaz.resolve(&cands, context)
                    .or_else(nested)
                    .map(|d| (d, true))
            } else {
                gaz.resolve(&of_kind, context).map(|d| (d, false))
            };
            let Some((d, area)) = named else {
                let in_head = (head_start..head_end).contains(&(from + h.start));
                let names = (part, (h.start, h.end), in_head);
                unnamed_kind(
                    gaz,
                    seg,
                    names,
                    (&cands, order, context),
                    short_kinds,
                    &mut seen,
                );
                continue;
            };
            let in_head = (head_start..head_end).contains(&(from + h.start));
            // A lower kind's short name ends a word (惠民|生 is none).
            let lone = !area && lower.ends(gaz.name(d)) && lone_char_after(seg, part, h.end);
            let upper = in_head && !area && gaz.level(d) <= Level::Prefecture;
            if !lone && name_or_area_word(seg, part, (h.start, h.end), (upper, area)) {
                times.push(d);
                if !found.contains(&(d, area, in_head)) {
                    found.push((d, area, in_head));
                }
            }
        }
    }
    if found.is_empty() {
        let ShortNamesSeen {
            loose,
            provinces,
            again,
        } = seen;
        return city_under_named_city((pats, seg), head, &loose, order)
            .or_else(|| named_province(gaz, &provinces, order))
            .or_else(|| {
                // Named in full and again by short name: each mention counts.
                let times: Vec<usize> = order.iter().chain(&again).copied().collect();
                (!again.is_empty())
                    .then(|| dominant(gaz, &times, order))
                    .flatten()
            });
    }
    let (deepest, area, fits) = deepest_found(gaz, (&found, &times), order, short_kinds)?;
    fits.then_some(deepest)
        .or_else(|| dominant(gaz, &times, order))
        .filter(|&d| area || !unknown_in_head((pats, seg), head, d))
}

/// Whether the gazetteer hit `h` in `part` is a short name [`short_name_place`] weighs:
/// not a full name nor inside one (`full`), no common word (`place.not_place`) unless it
/// opens an area's name and a division above it is in the `context` (安宁工业园区 …
/// 云南省; not 全区新建产业园区), not glued after a word, and no name the list lacks
/// with its kind (龙泉县 where the list has only 龙泉市).
fn short_name_hit(
    pats: &Patterns,
    (part, h): (&str, Hit),
    full: &[NameHit],
    context: &[usize],
) -> bool {
    let gaz = pats.gazetteer();
    let e = gaz.entry(h.entry);
    let name = &part[h.start..h.end];
    let area_noun = || {
        opens_area(pats, &part[h.end..])
            && (e.short.iter()).any(|&c| gaz.lineage(c).skip(1).any(|a| context.contains(&a)))
    };
    if !e.full.is_empty()
        || not_place(pats, name) && !area_noun()
        || after_glued_word(pats, part, h.start)
        || full.iter().any(|f| f.0 < h.end && h.start < f.1)
    {
        return false;
    }
    let unknown = (part[h.end..].chars().next()).is_some_and(|c| {
        pats.cues
            .at(crate::cue!("place.short_suffix"))
            .contains(c.encode_utf8(&mut [0; 4]))
            && gaz.lookup(&part[h.start..h.end + c.len_utf8()]).is_none()
    });
    !unknown
}

/// The deepest division [`short_name_place`] found by short name (`found`: division,
/// named as an area's, named in the first lines; those of the first lines win), with
/// whether an area's name gave it and whether it fits every other name.
fn deepest_found(
    gaz: &Gazetteer,
    (found, times): (&[(usize, bool, bool)], &[usize]),
    order: &[usize],
    short_kinds: &WordList,
) -> Option<(usize, bool, bool)> {
    // The others are parts the text names (德州 in the title, 乐陵 among its counties).
    let titled = found.iter().any(|f| f.2);
    let &(deepest, area, _) = (found.iter())
        .filter(|f| f.2 || !titled)
        .max_by_key(|f| (gaz.level(f.0), f.1))?;
    let on_line = |d: usize| gaz.lineage(deepest).any(|a| a == d);
    // The divisions named in full, and by short name outside the first lines, lie above
    // it or within it (a city's release naming one of its districts); or, when the first
    // lines name the area's division and the text names it again, are named once in
    // passing (a company's home: 某地某公司 in a park's release).
    let within = |d: usize| gaz.lineage(d).any(|a| a == deepest);
    let count = |d: usize| times.iter().filter(|&&t| t == d).count();
    let passing = |d: usize| area && count(deepest) >= 2 && count(d) == 1;
    let fits = (found.iter())
        .all(|f| on_line(f.0) || (titled && !f.2 && (within(f.0) || passing(f.0))))
        && order.iter().all(|&d| on_line(d) || within(d));
    // A lower kind's short name (a county's) only alone: no other name, full or short.
    let alone = short_kinds.ends(gaz.name(deepest)) || area || found.len() == 1;
    Some((deepest, area, fits && alone))
}

/// The province a text names by its short name again and again, in its first lines
/// too, where no anaphor speaks of a province (`named`: one entry a mention, with
/// whether it lies in the first lines): [`dominant`] over the provinces so named, every
/// division named in full (`order`) within it or above it. A province named in passing
/// (a company's home, a partner) is named once or twice and is no release's place.
fn named_province(gaz: &Gazetteer, named: &[(usize, bool)], order: &[usize]) -> Option<usize> {
    let times: Vec<usize> = named.iter().map(|n| n.0).collect();
    let top = dominant(gaz, &times, order)?;
    named
        .iter()
        .any(|&(d, head)| head && d == top)
        .then_some(top)
}

/// How often a short name must be named to outweigh others ([`dominant`]).
const DOMINANT_TIMES: usize = 3;

/// The division of the kind a text speaks of that it names by short name far more often
/// than any other (`times`: one entry a mention): [`DOMINANT_TIMES`] times or more and
/// that many times as often as each other, every division named in full (`order`) on its
/// line or within it (a city bulletin naming its city in its slogan and its text, and a
/// partner city once: 神韵某州 … 某州外派劳务 … 与青岛等公司).
fn dominant(gaz: &Gazetteer, times: &[usize], order: &[usize]) -> Option<usize> {
    let count = |d: usize| times.iter().filter(|&&t| t == d).count();
    let &top = times.iter().max_by_key(|&&d| count(d))?;
    let n = count(top);
    let others = (times.iter())
        .filter(|&&d| d != top)
        .map(|&d| count(d))
        .max();
    let related = |d: usize| gaz.lineage(d).any(|a| a == top) || gaz.lineage(top).any(|a| a == d);
    (n >= DOMINANT_TIMES
        && others.is_none_or(|o| o * DOMINANT_TIMES <= n)
        && order.iter().all(|&d| related(d)))
    .then_some(top)
}

/// The deepest of the cities (`place.short_kind`) a text names by their short names only,
/// no anaphor speaking of their kind (`loose`), when a city above it is named too, by
/// its short name or in full (某市 … 其县级市: a company's or project's report naming the
/// county-level city it builds in and that city's prefecture), and every such city and
/// every division named in full (`order`) lies on its line; not when the first lines
/// `head` name an unknown place of its kind ([`unknown_in_head`]).
fn city_under_named_city(
    (pats, seg): (&Patterns, &Segmenter),
    head: &str,
    loose: &[usize],
    order: &[usize],
) -> Option<usize> {
    let gaz = pats.gazetteer();
    let short_kinds = pats.cues.at(crate::cue!("place.short_kind"));
    let &deepest = loose.iter().max_by_key(|&&d| gaz.level(d))?;
    let on_line = |d: usize| gaz.lineage(deepest).any(|a| a == d);
    let above = (loose.iter().chain(order))
        .any(|&d| d != deepest && on_line(d) && short_kinds.ends(gaz.name(d)));
    let fits = loose.iter().chain(order).all(|&d| on_line(d));
    (above && fits && !unknown_in_head((pats, seg), head, deepest)).then_some(deepest)
}

/// A byte range of a text (start, end).
type Span = (usize, usize);

/// How many chars on each side of a name jieba reads to tell whether it is a word.
const WORD_WINDOW: usize = 8;

/// Whether jieba reads `text[start..end]` as one token tagged as a place or a proper
/// name (兖州/ns, 永丰/nz, 邹平/nr: jieba takes many a place for a person; not 新建/v nor
/// 资源/n), in a window of [`WORD_WINDOW`] chars on each side.
fn place_token(seg: &Segmenter, text: &str, span: (usize, usize)) -> bool {
    whole_token(seg, text, span, name_tag)
}

/// Whether the short name at `span` of `text` is read as one ([`short_name_word`]), or,
/// opening an area's name (`area`), opens a word jieba glues it into (大连港|冷链物流园:
/// a port named after its city: [`place_token_from`]) or is one noun jieba does not
/// tag as a place (秀屿/n 临港产业园).
fn name_or_area_word(seg: &Segmenter, text: &str, span: Span, (upper, area): (bool, bool)) -> bool {
    short_name_word(seg, text, span, upper)
        || area
            && (place_token_from(seg, text, span.0)
                || whole_token(seg, text, span, |t| t.starts_with('n')))
}

/// The bytes of `text` jieba reads around `[start, end)`: [`WORD_WINDOW`] chars before
/// `start` and after `end`, where the text has them.
fn word_window(text: &str, (start, end): Span) -> (usize, usize) {
    let from = (text[..start].char_indices().rev())
        .take(WORD_WINDOW)
        .last()
        .map_or(start, |(k, _)| k);
    let to = (text[end..].char_indices())
        .nth(WORD_WINDOW)
        .map_or(text.len(), |(k, _)| end + k);
    (from, to)
}

/// Whether jieba reads a token tagged as a place or a name ([`name_tag`]) starting at
/// byte `start` of `text`, in a window of [`WORD_WINDOW`] chars on each side.
fn place_token_from(seg: &Segmenter, text: &str, start: usize) -> bool {
    let (from, to) = word_window(text, (start, start));
    (seg.segment(&text[from..to]).iter()).any(|t| from + t.byte_start == start && name_tag(t.tag))
}

/// Whether jieba reads the short name at `span` of `text` as a word: one tagged as a
/// place or a name ([`place_token`]), or, for a city's or province's short name of the
/// kind spoken of in the first lines (`upper`), any one word whatever its tag (信阳/n
/// 分会场, 国家统计局大同/d 调查队: jieba takes such names for common words).
fn short_name_word(seg: &Segmenter, text: &str, span: Span, upper: bool) -> bool {
    place_token(seg, text, span) || upper && whole_token(seg, text, span, |_| true)
}

/// Whether a jieba tag is a place's or a proper name's (ns, nz, nr, nrt).
fn name_tag(tag: &str) -> bool {
    matches!(tag, "ns" | "nz" | "nr" | "nrt")
}

/// Whether jieba reads `text[start..end]` as one token whose tag passes `tags`, in a
/// window of [`WORD_WINDOW`] chars on each side.
fn whole_token(
    seg: &Segmenter,
    text: &str,
    (start, end): (usize, usize),
    tags: fn(&str) -> bool,
) -> bool {
    let (from, to) = word_window(text, (start, end));
    seg.segment(&text[from..to])
        .iter()
        .any(|t| from + t.byte_start == start && from + t.byte_end == end && tags(t.tag))
}

/// Whether jieba reads one Han char alone right after byte `end` of `text` (惠民|生: the
/// name is the start of a phrase, not a place), in a window of [`WORD_WINDOW`] chars on
/// each side.
fn lone_char_after(seg: &Segmenter, text: &str, end: usize) -> bool {
    let (from, to) = word_window(text, (end, end));
    seg.segment(&text[from..to]).iter().any(|t| {
        from + t.byte_start == end
            && t.word.chars().count() == 1
            && t.word.chars().all(super::entity::is_han)
    })
}

/// Whether byte `start` of `text` falls inside a word of jieba's dictionary that jieba
/// reads in a window of [`WORD_WINDOW`] chars on each side (其中城镇: 其中/城镇, so no
/// name starts at 中); a word jieba only guesses (兖州区颜店镇: 区颜) counts for nothing.
fn starts_inside_word(seg: &Segmenter, text: &str, start: usize) -> bool {
    let (from, to) = word_window(text, (start, start));
    if from == start {
        return false;
    }
    (seg.segment(&text[from..to]).iter())
        .any(|t| from + t.byte_start < start && start < from + t.byte_end && seg.is_known(t.word))
}

/// Whether the place named at byte `at` of `text` is a venue: a `place.venue_before` word
/// opens its clause's words before it (places aside: 在某县某镇) and a `place.venue_after`
/// word follows it in its clause (召开, 举行).
fn venue_at(pats: &Patterns, text: &str, at: usize) -> bool {
    let stop = |c: char| super::subject::is_delim(c) && c != '、';
    let from = text[..at].rfind(stop).map_or(0, |k| {
        k + text[k..].chars().next().map_or(1, char::len_utf8)
    });
    let to = text[at..].find(stop).map_or(text.len(), |k| at + k);
    let before = pats.cues.at(crate::cue!("place.venue_before"));
    let after = pats.cues.at(crate::cue!("place.venue_after"));
    let head = &text[from..at];
    let led = (before.iter()).any(|w| {
        head.rfind(w).is_some_and(|k| {
            let between = &head[k + w.len()..];
            between.is_empty() || pats.gazetteer().lookup(between).is_some()
        })
    });
    led && after.occurs_in(&text[at..to])
}

/// `found` at the level of the release: the city whose government issues it by its title
/// (某市政府 … 某区: issue 13), at the level the first lines speak of (全区 … 全市第二: a
/// district's release), or the township the text speaks of. `said` are the divisions the
/// text names, the kinds its first lines and its whole text speak of; `title_end` and
/// `head_end` end the title and the first lines of `text`.
fn at_own_level(
    pats: &Patterns,
    found: Option<(usize, &'static str)>,
    (named, kinds, spoken): (&Named, &[&str], &[&str]),
    (text, title_end, head_end): (&str, usize, usize),
) -> Option<(usize, &'static str)> {
    // A provincial paper's story (found by its source line) whose first lines speak of no
    // place of their own is of the level the whole text speaks of (全县 further down).
    let gaz = pats.gazetteer();
    let whole;
    // So is a release whose title names its province only as the source of its figures
    // (据某省统计局数据，…全市).
    let quoted = |d: usize| source_titled(pats, named, text, (d, title_end));
    let kinds = match found {
        Some((d, how)) if kinds.is_empty() && gaz.level(d) == Level::Province => {
            match how == SOURCE_LINE || how == FIRST_LINES && quoted(d) {
                true => {
                    whole = anaphor_kinds(pats, spoken);
                    whole.as_slice()
                }
                false => kinds,
            }
        }
        _ => kinds,
    };
    let found = found.map(|f| source_below(pats, (named, text), spoken, f));
    let found = found.map(|f| issuer_above(pats, named, (text, title_end), kinds, f));
    let found = found.map(|(d, how)| {
        let up = titled_above(pats, named, (text, head_end), kinds, d);
        (up.unwrap_or(d), how)
    });
    let ends = (title_end, head_end);
    found
        .and_then(|(d, how)| {
            let first_lines = how == FIRST_LINES;
            at_spoken_level((pats, text), (d, first_lines), kinds, named, ends).map(|d| (d, how))
        })
        .map(|found| spoken_township(pats, found, spoken, named))
}

/// The division below a source line's `d` (a city portal's repost: 来源：某市政府网, in the
/// first lines or found by [`source_place`]) that the text names most,
/// [`SOURCE_BELOW_TIMES`] times or more and more often than any other division below `d`
/// and than `d` itself, when the text speaks of no place of its own by an anaphor
/// (`spoken`; 全国 aside): the story is that division's (某县举行…签约仪式, 某县 again and
/// again). Else `found` as it was.
fn source_below(
    pats: &Patterns,
    (named, text): (&Named, &str),
    spoken: &[&str],
    found: (usize, &'static str),
) -> (usize, &'static str) {
    let (d, how) = found;
    // Or found in the first lines on a source line only (来源：某市政府网 under the title).
    let labels = pats.cues.at(crate::cue!("place.source_label"));
    let mut at = named.edges.iter().filter(|e| e.1 == d);
    let sourced = at.all(|e| labels.starts(line_at(text, e.0).trim_start()));
    if !(how == SOURCE_LINE || how == FIRST_LINES && sourced) || speaks_locally(pats, spoken) {
        return found;
    }
    let gaz = pats.gazetteer();
    let below: Vec<usize> = (named.order.iter().copied())
        .filter(|&x| gaz.is_below(x, d))
        .collect();
    let Some(&best) = below.iter().max_by_key(|&&x| named.count(x)) else {
        return found;
    };
    let n = named.count(best);
    let alone = below.iter().all(|&x| x == best || named.count(x) < n);
    match n >= SOURCE_BELOW_TIMES && alone && named.count(d) < n {
        true => (best, SOURCE_BELOW),
        false => found,
    }
}

/// The division above `d` that the first lines (up to `head_end`) name when they speak of
/// no place of their own (`kinds` empty), `d` is named once only, on a short line of its
/// own (a publisher's: at most [`CREDIT_CHARS`] chars), and the whole text speaks of its
/// place only by that division's kind (全省 throughout a province's report whose title
/// names the province, reposted on a district's site whose name one line under the title
/// gives): the release is the province's. None when the text speaks of `d`'s kind.
fn titled_above(
    pats: &Patterns,
    named: &Named,
    (text, head_end): (&str, usize),
    kinds: &[&str],
    d: usize,
) -> Option<usize> {
    if !kinds.is_empty() || named.count(d) > 1 {
        return None;
    }
    let gaz = pats.gazetteer();
    let headed = |x: usize| named.edges.iter().any(|e| e.0 < head_end && e.1 == x);
    // `d`'s one naming stands on a short line of its own (a publisher's, a source's).
    let credited = (named.edges.iter()).any(|e| {
        let line_start = text[..e.0].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[e.0..].find('\n').map_or(text.len(), |i| e.0 + i);
        e.1 == d
            && e.0 < head_end
            && text[line_start..line_end].trim().chars().count() <= CREDIT_CHARS
    });
    if !credited {
        return None;
    }
    let spoken = own_kinds(pats, text);
    let of_kind = |x: usize| spoken.iter().any(|k| named.of_kind(gaz, x, k));
    if spoken.is_empty() || of_kind(d) {
        return None;
    }
    gaz.lineage(d).skip(1).find(|&a| of_kind(a) && headed(a))
}

/// Whether the last lines of `text` may name the body issuing it: not in a mainland text
/// that speaks of the nation as its own (我国, 全国) and of no place of its own, a national
/// body's, whose footer's address is no issuing place (in Taiwan 全國 is Taiwan's).
fn footer_issues(pats: &Patterns, text: &str, region: Region) -> bool {
    region != Region::CN || !national_head(pats, text)
}

/// `found` (a division and how) unless it is a district of a municipality in a text that
/// speaks of its province (全省: [`municipal_in_province_text`]), found in the first lines:
/// then none, and the name as the release's own, a namesake the gazetteer lacks
/// (滨海新区 of a province's city).
fn without_namesake(
    pats: &Patterns,
    found: Option<(usize, &'static str)>,
    spoken: &[&str],
) -> (Option<(usize, &'static str)>, Option<String>) {
    match found {
        Some((d, how)) if how == FIRST_LINES && municipal_in_province_text(pats, d, spoken) => {
            (None, Some(pats.gazetteer().name(d).to_string()))
        }
        _ => (found, None),
    }
}

/// Whether `d` lies in a municipality (a county-level division right below a province-level
/// one without prefectures: 天津市滨海新区) while the text's `spoken` anaphors name a province
/// (`place.province_kind`: 全省), which no municipality has.
fn municipal_in_province_text(pats: &Patterns, d: usize, spoken: &[&str]) -> bool {
    let gaz = pats.gazetteer();
    let (anaphors, kinds) = (
        pats.cues.at(crate::cue!("place.anaphor")),
        pats.cues.at(crate::cue!("place.province_kind")),
    );
    let province_spoken = spoken
        .iter()
        .any(|w| anaphors.value(w).is_some_and(|k| kinds.contains(k)));
    // Right below a province with no prefectures (not 海南省's 屯昌县, which the province
    // runs directly beside its prefectures).
    let no_prefectures = |p: usize| {
        let below = |x: usize| gaz.lineage(x).nth(1) == Some(p);
        !(0..gaz.len()).any(|x| gaz.level(x) == Level::Prefecture && below(x))
    };
    let municipal = || {
        gaz.lineage(d).any(|k| {
            let up = gaz.lineage(k).nth(1);
            gaz.level(k) == Level::County
                && up.is_some_and(|p| gaz.level(p) == Level::Province && no_prefectures(p))
        })
    };
    province_spoken && municipal()
}

/// Whether the two-char name at byte `span` of `text` is a conjunction and a kind right
/// after another division's kind (经开区和县人才网: 区 and 县, no 和县; `place.joining_char`,
/// `place.short_suffix`).
fn joined_kind(pats: &Patterns, text: &str, (start, end): Span) -> bool {
    let mut name = text[start..end].chars();
    let (Some(first), Some(_), None) = (name.next(), name.next(), name.next()) else {
        return false;
    };
    let kinds = pats.cues.at(crate::cue!("place.short_suffix"));
    let before = text[..start].chars().next_back();
    let joined = pats
        .cues
        .at(crate::cue!("place.joining_char"))
        .has_char(first)
        && before.is_some_and(|c| kinds.chars().contains(&c));
    // 马鞍山市和县: the county right after the city it lies in.
    let gaz = pats.gazetteer();
    let parent_before = || {
        let (from, _) = word_window(text, (start, start));
        let Some(own) = gaz.lookup(&text[start..end]) else {
            return false;
        };
        (gaz.hits(&text[from..start]).iter())
            .filter(|h| from + h.end == start)
            .flat_map(|h| gaz.entry(h.entry).divisions())
            .any(|up| own.divisions().any(|d| gaz.is_below(d, up)))
    };
    joined && !parent_before()
}

/// Whether the name at byte `span` of `text` overlaps a set phrase that runs beyond it
/// (`place.fixed_phrase`: 乡村振兴|区域, 乡村振兴区: no 振兴区).
fn in_fixed_phrase(pats: &Patterns, text: &str, (start, end): Span) -> bool {
    let phrases = pats.cues.at(crate::cue!("place.fixed_phrase"));
    phrases.iter().any(|p| {
        let from = text.floor_char_boundary(start.saturating_sub(p.len()));
        let to = text.ceil_char_boundary((end + p.len()).min(text.len()));
        text[from..to].match_indices(p).any(|(k, _)| {
            let (a, b) = (from + k, from + k + p.len());
            a < end && start < b && !(start <= a && b <= end)
        })
    })
}

/// Whether the name at `span` of `text` starts inside a proper name jieba guesses
/// (one it tags as a name, [`name_tag`]) that starts one char before it and ends inside
/// it (偕乐桥/nr 镇: the township 偕乐桥镇, which the gazetteer does not know, not 乐桥镇).
fn inside_guessed_name(seg: &Segmenter, text: &str, (start, end): Span) -> bool {
    // Only a Han char before the name can open a name jieba guesses (no segmenting else).
    let Some((before, _)) =
        (text[..start].char_indices().next_back()).filter(|&(_, c)| super::entity::is_han(c))
    else {
        return false;
    };
    let (from, to) = word_window(text, (start, end));
    (seg.segment(&text[from..to]).iter()).any(|t| {
        from + t.byte_start == before
            && start < from + t.byte_end
            && from + t.byte_end < end
            && name_tag(t.tag)
    })
}

/// Whether the first lines `head` name a place of the kind of division `d` (its last
/// char: 县) that the gazetteer does not know (蒲阳县 in a title): the release is about
/// that place, not about `d` named once in passing. Not two chars that start inside a
/// word of jieba's dictionary (记者从市水利局: no 者从市).
fn unknown_in_head((pats, seg): (&Patterns, &Segmenter), head: &str, d: usize) -> bool {
    let gaz = pats.gazetteer();
    let Some(kind) = gaz.name(d).chars().last() else {
        return false;
    };
    let leads = pats.cues.at(crate::cue!("entity.anaphor"));
    let chars: Vec<(usize, char)> = head.char_indices().collect();
    chars.iter().enumerate().any(|(i, &(_, c))| {
        c == kind
            && i >= 2
            && chars[i - 2..i]
                .iter()
                .all(|&(_, h)| super::entity::is_han(h))
            && !leads.has_char(chars[i - 1].1)
            && !leads.has_char(chars[i - 2].1)
            && gaz
                .lookup(&chars[i - 2..=i].iter().map(|x| x.1).collect::<String>())
                .is_none()
            && !starts_inside_word(seg, head, chars[i - 2].0)
    })
}

/// The division a source or host line of the first or last lines names by the start of
/// a body's name (来源：保康融媒网, 主办：某县融媒体中心): the name, full or short, right
/// after a `place.source_label` word and its colon. `lines` are byte ranges of `text`.
fn source_division(
    pats: &Patterns,
    text: &str,
    lines: &[(usize, usize)],
    context: &[usize],
) -> Option<usize> {
    let gaz = pats.gazetteer();
    let labels = pats.cues.at(crate::cue!("place.source_label"));
    for &(a, b) in lines {
        let Some(part) = text.get(a..b) else {
            continue;
        };
        if let Some(d) = media_division(pats, part, context) {
            return Some(d);
        }
        if let Some(d) = spaced_division(pats, part, context) {
            return Some(d);
        }
        for (w, i) in matches_by_word(labels, part) {
            let rest =
                part[i + w.len()..].trim_start_matches([':', '\u{ff1a}', ' ', '\u{3000}', '\t']);
            let rest: String = rest.chars().take(12).collect();
            // The source's name: up to the first char that is no letter (今日宁乡 编辑).
            let name_end = rest
                .char_indices()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(rest.len(), |(k, _)| k);
            // A name that opens it (保康融媒网), else one that ends it (今日宁乡, 掌上某县).
            let hits = gaz.hits(&rest);
            let hit = (hits.iter().filter(|h| h.start == 0).max_by_key(|h| h.end))
                .or_else(|| {
                    (hits.iter())
                        .filter(|h| h.start > 0 && h.end == name_end)
                        .max_by_key(|h| h.end - h.start)
                })
                .copied();
            if let Some(d) = hit.and_then(|h| division_of_hit(pats, &rest, &h, context)) {
                return Some(d);
            }
        }
    }
    None
}

/// The division whose full name opens a letter-spaced line (a bulletin's masthead or
/// issuing body set with a space between its chars: 某 州 市 统 计 局 编), read without
/// the spaces.
fn spaced_division(pats: &Patterns, part: &str, context: &[usize]) -> Option<usize> {
    part.lines()
        .find_map(|line| spaced_line_division(pats, line, context))
}

/// The division of [`spaced_division`] for one line.
fn spaced_line_division(pats: &Patterns, line: &str, context: &[usize]) -> Option<usize> {
    let chars: Vec<char> = line.trim().chars().collect();
    let spaced = (chars.windows(3))
        .filter(|w| {
            super::entity::is_han(w[0]) && w[1].is_whitespace() && super::entity::is_han(w[2])
        })
        .count();
    if spaced < SPACED_MIN {
        return None;
    }
    let joined: String = chars.into_iter().filter(|c| !c.is_whitespace()).collect();
    let gaz = pats.gazetteer();
    let hit = (gaz.hits(&joined).into_iter())
        .filter(|h| h.start == 0 && !gaz.entry(h.entry).full.is_empty())
        .max_by_key(|h| h.end)?;
    gaz.resolve(gaz.entry(hit.entry).full, context)
}

/// How many single chars set apart by spaces make a line letter-spaced.
const SPACED_MIN: usize = 4;

/// The division a news body of `part` is named after (四川日报全媒体记者, 保康融媒网): a
/// name, full or short, right before an `entity.media_word`, or before a
/// `place.dispatch_site` word that opens a site's dispatch (某某网讯: the site of a
/// division named by its short name).
fn media_division(pats: &Patterns, part: &str, context: &[usize]) -> Option<usize> {
    let gaz = pats.gazetteer();
    let dispatch = pats.cues.at(crate::cue!("place.dispatch_site"));
    let mut marks = matches_by_word(pats.cues.at(crate::cue!("entity.media_word")), part);
    marks.extend(matches_by_word(dispatch, part));
    for (w, i) in marks {
        let from = part[..i].char_indices().rev().nth(11).map_or(0, |(k, _)| k);
        let before = &part[from..i];
        let hit = gaz
            .hits(before)
            .into_iter()
            .filter(|h| h.end == before.len())
            .max_by_key(|h| h.end - h.start);
        let Some(h) = hit else {
            continue;
        };
        // A dispatch (本报宜兰讯) from a county named like its seat is from the county.
        let Some(named) = hit_divisions(pats, before, &h) else {
            continue;
        };
        let seat = || {
            dispatch
                .contains(w)
                .then(|| county_of_seat(gaz, named))
                .flatten()
        };
        if let Some(d) = gaz.resolve(named, context).or_else(seat) {
            return Some(d);
        }
    }
    None
}

/// The division a gazetteer hit `h` of `text` names (full name, else short name,
/// resolved by `context`), unless the words hit are no place (`not_place`).
fn division_of_hit(pats: &Patterns, text: &str, h: &Hit, context: &[usize]) -> Option<usize> {
    pats.gazetteer()
        .resolve(hit_divisions(pats, text, h)?, context)
}

/// The divisions a gazetteer hit `h` of `text` may name (its full name's, else its short
/// name's), None when the words hit are no place (`not_place`).
fn hit_divisions<'g>(pats: &'g Patterns, text: &str, h: &Hit) -> Option<&'g [usize]> {
    if not_place(pats, &text[h.start..h.end]) {
        return None;
    }
    let e = pats.gazetteer().entry(h.entry);
    Some(if e.full.is_empty() { e.short } else { e.full })
}

/// Of the divisions a short name stands for, the county when they are a county and its
/// seat of one name (宜兰: 宜兰县 and 宜兰市 in it), as a paper's dispatch from there
/// (本报宜兰讯) means the county.
fn county_of_seat(gaz: &Gazetteer, named: &[usize]) -> Option<usize> {
    match named {
        [a, b] if gaz.is_below(*b, *a) => Some(*a),
        [a, b] if gaz.is_below(*a, *b) => Some(*b),
        _ => None,
    }
}

/// A page's menu: this many short lines in a row or more.
const MENU_RUN: usize = 5;
/// The most chars a menu line has.
const MENU_ITEM: usize = 10;
/// How many sentences at the start may hold the menu.
const MENU_SCAN: usize = 40;
/// The fewest chars of a sentence of prose, which no menu precedes a table with.
const MENU_PROSE: usize = 30;

/// The index of the first sentence after a menu at the start of a page (a run of
/// [`MENU_RUN`] or more lines of at most [`MENU_ITEM`] chars without punctuation:
/// 首页, 政务公开, 嘉義市國際管樂 …, or an e-paper's masthead up to its page line:
/// [`edition_line`]), else 0: the release's first lines come after it.
fn menu_end(pats: &Patterns, text: &str, sentences: &[Sentence]) -> usize {
    let edition = (sentences.iter().enumerate().take(EDITION_SCAN))
        .rfind(|(_, s)| edition_line(pats, s.text(text)))
        .map_or(0, |(k, _)| k + 1);
    // A site's choice of city (大连市 [切换城市]) heads the page like a menu.
    let selectors = pats.cues.at(crate::cue!("place.site_selector"));
    let selector = (sentences.iter().enumerate().take(EDITION_SCAN))
        .rfind(|(_, s)| {
            let line = s.text(text).trim();
            line.chars().count() <= EDITION_CHARS && selectors.occurs_in(line)
        })
        .map_or(0, |(k, _)| k + 1);
    // Lines of furniture opening the page (联系电话:…, 投稿邮箱:…@…, > 新闻 > 县区, 欢迎访问…
    // 网站, 首页, 用户名: 密码:, the site's name alone: 某某信息网) come before its title.
    let greetings = pats.cues.at(crate::cue!("place.site_greeting"));
    let menus = pats.cues.at(crate::cue!("place.site_furniture"));
    let site_name = pats.cues.at(crate::cue!("place.site_name_end"));
    let greeting = |line: &str| {
        let line = line.trim();
        let n = line.chars().count();
        n <= EDITION_CHARS && (greetings.starts(line) || menus.occurs_in(line))
            || n <= SITE_NAME_CHARS && site_name.ends(line)
    };
    let furniture = (sentences.iter().take(EDITION_SCAN))
        .take_while(|s| {
            let line = s.text(text);
            head_furniture(line) || weather_line(pats, line) || greeting(line)
        })
        .count();
    (edition.max(selector).max(furniture)).max(menu_run_end(text, sentences))
}

/// Whether `line` is a short line of page furniture: a breadcrumb (two separators or
/// more: 首页 > 新闻 > 县区; or one opening the line, the crumb of its last section:
/// > 城市), an e-mail address or a phone number to contact the site.
fn head_furniture(line: &str) -> bool {
    let line = line.trim();
    let separators = line
        .chars()
        .filter(|c| super::BREADCRUMB_MARKS.contains(c))
        .count();
    let crumb = line.starts_with(super::BREADCRUMB_MARKS);
    line.chars().count() <= EDITION_CHARS
        && (separators >= 2 || crumb || line.contains('@') || super::contact_line(line))
        || nav_bar(line)
}

/// Whether `line` is a site's navigation bar of any length: [`NAV_ITEMS`] or more short
/// items (at most [`MENU_ITEM`] chars, no clause punctuation) between bars (某市新闻 |
/// 某市概况 | 县志 | 江西新闻 …); the places its items name are the site's sections.
fn nav_bar(line: &str) -> bool {
    let items: Vec<&str> = line.split(['|', '｜']).map(str::trim).collect();
    items.len() >= NAV_ITEMS
        && items.iter().all(|i| {
            let n = i.chars().count();
            (1..=MENU_ITEM).contains(&n) && !i.chars().any(super::subject::is_delim)
        })
}

/// The fewest items of a navigation bar.
const NAV_ITEMS: usize = 3;

/// Whether `line` is a page's weather widget (03/10 周二 某县|15°C - 17°C): short, no
/// clause punctuation, a temperature (℃, °C) and a weekday (`figure.weekday`); the place it
/// names is the one the site was set to, none of the release.
fn weather_line(pats: &Patterns, line: &str) -> bool {
    let line = line.trim();
    line.chars().count() <= EDITION_CHARS
        && (line.contains('℃') || line.contains("°C"))
        && super::weather_widget(&pats.cues, line)
}

/// How many sentences at the start may hold an e-paper's masthead lines.
const EDITION_SCAN: usize = 6;
/// The most chars of an e-paper's masthead line.
const EDITION_CHARS: usize = 40;

/// The most chars of a line opening the page that is only the site's name (苗优信息网).
const SITE_NAME_CHARS: usize = 8;

/// Whether `line` is an e-paper's masthead line: short, with a `place.edition_word`
/// (上一版, 本期共) or a `place.edition_unit` right after a Latin letter or digit (第A05版).
fn edition_line(pats: &Patterns, line: &str) -> bool {
    let line = line.trim();
    let unit = pats.cues.at(crate::cue!("place.edition_unit"));
    line.chars().count() <= EDITION_CHARS
        && (pats
            .cues
            .at(crate::cue!("place.edition_word"))
            .occurs_in(line)
            || (line.char_indices()).any(|(i, c)| {
                c.is_ascii_alphanumeric() && unit.prefix_of(&line[i + c.len_utf8()..]).is_some()
            }))
}

/// The end of a run of menu lines at the start of a page (see [`menu_end`]), else 0.
fn menu_run_end(text: &str, sentences: &[Sentence]) -> usize {
    let short = |s: &Sentence| {
        let t = s.text(text).trim();
        t.chars().count() <= MENU_ITEM && !t.chars().any(super::subject::is_delim)
    };
    // A paragraph of prose (a long sentence closed by a full stop) is the release's
    // text: short lines after it are a table's cells, no menu.
    let prose = |s: &Sentence| {
        let t = s.text(text).trim_end();
        t.chars().count() >= MENU_PROSE && t.ends_with(['\u{3002}', '.'])
    };
    let mut run = 0;
    for (k, s) in sentences.iter().enumerate().take(MENU_SCAN) {
        if short(s) {
            run += 1;
        } else if run >= MENU_RUN {
            return k;
        } else if prose(s) {
            return 0;
        } else {
            run = 0;
        }
    }
    0
}

/// How far (chars) a document's title in book-title marks reaches from a name in it.
const TITLE_REACH: usize = 60;

/// Whether a name lies inside a document's title in book-title marks (《关于某镇…的议
/// 案》, 《某省某某条例》): `back` are the chars before it, nearest first, `ahead` the
/// chars from it on. Such a name is part of the title, no place the text speaks of.
fn in_book_title(back: impl Iterator<Item = char>, ahead: impl Iterator<Item = char>) -> bool {
    let (open, close) = ('\u{300a}', '\u{300b}');
    let mark = |mut it: Box<dyn Iterator<Item = char> + '_>| {
        it.find(|&c| c == open || c == close || c == '\n')
    };
    mark(Box::new(back.take(TITLE_REACH))) == Some(open)
        && mark(Box::new(ahead.take(TITLE_REACH))) == Some(close)
}

/// Whether a name right after an opening quote (`before` ends with it) opens a longer
/// quoted name (`rest` goes on to the closing quote within [`TITLE_REACH`] chars, no
/// sentence punctuation between): an honour's, a list's or a plan's name (入选“某省冷链物流
/// 园区”), no place the release speaks of.
fn opens_quoted_name(before: &str, rest: &str) -> bool {
    if !before.ends_with(['\u{201c}', '\u{300c}']) {
        return false;
    }
    let inside: String = (rest.chars().take(TITLE_REACH))
        .take_while(|&c| !matches!(c, '\u{201d}' | '\u{300d}'))
        .collect();
    let closed = rest[inside.len()..].starts_with(['\u{201d}', '\u{300d}']);
    closed && !inside.is_empty() && !inside.contains(['，', '。', '；', '\n'])
}

/// A full name found in a text: (byte start, byte end, gazetteer entry).
type NameHit = (usize, usize, usize);

/// The names ([`Gazetteer::hits`]) and full names of a release read as one chunk.
type KeptNames<'a> = Option<(&'a [Hit], &'a [NameHit])>;

/// A release's chunks of sentences with the names of its one chunk, if kept
/// ([`Named::count_in`]).
type ChunkNames<'a> = (&'a [(usize, usize)], Option<&'a [NameHit]>);

/// The divisions a release names: how often each (in order of first mention), and those
/// named in its first and last lines with their byte offsets.
struct Named {
    counts: std::collections::HashMap<usize, usize>,
    order: Vec<usize>,
    edges: Vec<(usize, usize)>,
    /// Divisions named by a name ending in another kind than theirs (从化市 for 从化区:
    /// `place.former_kind`), with that kind's char.
    written: Vec<(usize, char)>,
}

impl Named {
    /// Counts the full names of `text` (read in `chunks`, the first one's names `kept`
    /// when there is only one), resolved with `context`, not those of postal address
    /// lines when `skip_addresses` ([`address_line`]); keeps those at offsets `at_edge`
    /// (first and last lines) with their offsets.
    fn count_in(
        (pats, seg): (&Patterns, &Segmenter),
        text: &str,
        (chunks, kept): (&[(usize, usize)], Option<&[NameHit]>),
        (context, skip_addresses): (&[usize], bool),
        at_edge: &dyn Fn(usize) -> bool,
    ) -> Named {
        let gaz = pats.gazetteer();
        let mut named = Named {
            counts: Default::default(),
            order: Vec::new(),
            edges: Vec::new(),
            written: Vec::new(),
        };
        let origin = pats.cues.at(crate::cue!("place.origin_before"));
        for &(from, to) in chunks {
            let found;
            let hits = match kept {
                Some(k) => k,
                None => {
                    found = full_names(pats, seg, &text[from..to]);
                    &found
                }
            };
            let resolved: Vec<Option<usize>> = (hits.iter())
                .map(|&(_, _, e)| gaz.resolve(gaz.entry(e).full, context))
                .collect();
            for (k, &(a, b, _)) in hits.iter().enumerate() {
                let at = from + a;
                // A division written right before a county below it (鄂尔多斯市达拉特旗)
                // names the county: the chain is one mention of it. (A township after its
                // county is left to the rules of townships.)
                let next = hits
                    .get(k + 1)
                    .filter(|h| h.0 == b)
                    .and(resolved[k + 1..].first());
                let chained = match (resolved[k], next.copied().flatten()) {
                    (Some(d), Some(d2)) => {
                        let county = gaz.level(d2) == Level::County;
                        county && d2 != d && gaz.lineage(d2).any(|x| x == d)
                    }
                    _ => false,
                };
                if chained {
                    continue;
                }
                // Inside a document's title, where people come from (来自某市), or
                // opening the name of a school or company that only lies there: no
                // place the release is about.
                let title = in_book_title(text[..at].chars().rev(), text[at..].chars())
                    || compass_part(pats, &text[from + b..])
                    || opens_quoted_name(&text[..at], &text[from + b..])
                    || origin.suffix_of(&text[..at]).is_some()
                    || opens_body_name((pats, seg), text, from + b)
                    || visits_own_place(pats, &text[from + b..])
                    || ranks_in(pats, &text[from + b..])
                    || in_figure_aside(&text[..at], &text[from + b..])
                    || skip_addresses && address_line(pats, line_at(text, at));
                let Some(d) = resolved[k].filter(|_| !title) else {
                    continue;
                };
                let c = named.counts.entry(d).or_insert(0);
                if *c == 0 {
                    named.order.push(d);
                }
                *c += 1;
                let kind = text[from + a..from + b].chars().next_back();
                if let Some(k) = kind.filter(|&k| !gaz.name(d).ends_with(k)) {
                    if !named.written.contains(&(d, k)) {
                        named.written.push((d, k));
                    }
                }
                if at_edge(at) {
                    named.edges.push((at, d));
                }
            }
        }
        named
    }

    /// Whether the text names `d` by a name ending in the kind `kind` (a `place.anaphor`
    /// value: 市), its own or a former one (从化市 for 从化区).
    fn of_kind(&self, gaz: &Gazetteer, d: usize, kind: &str) -> bool {
        gaz.name(d).ends_with(kind)
            || (self.written.iter()).any(|&(x, k)| x == d && kind.chars().eq([k]))
    }

    /// The kinds other than its own the text names `d` by (从化市 of 从化区: 市).
    fn kinds_written(&self, d: usize) -> Vec<char> {
        (self.written.iter())
            .filter(|&&(x, _)| x == d)
            .map(|&(_, k)| k)
            .collect()
    }

    /// How often `d` is named.
    fn count(&self, d: usize) -> usize {
        self.counts.get(&d).copied().unwrap_or(0)
    }

    /// The most named division of `named`, the deeper one on a tie, then the first.
    fn best(&self, gaz: &Gazetteer, named: &mut dyn Iterator<Item = usize>) -> Option<usize> {
        let mut best: Option<(usize, Level, usize)> = None;
        for d in named {
            let (c, l) = (self.count(d), gaz.level(d));
            if best.is_none_or(|(bc, bl, _)| c > bc || c == bc && l > bl) {
                best = Some((c, l, d));
            }
        }
        best.map(|b| b.2)
    }

    /// The best of the divisions named at offsets `inside` (first or last lines).
    /// Divisions named as often as the best one and not above it (three signatory
    /// counties of one province, once each) make their lowest common division the
    /// release's place, or none; of those, the ones the title (before `title_end`)
    /// names win (a title county over a signatory).
    fn pick(
        &self,
        gaz: &Gazetteer,
        inside: &dyn Fn(usize) -> bool,
        title_end: usize,
    ) -> Option<usize> {
        let named: Vec<usize> = self
            .edges
            .iter()
            .filter(|e| inside(e.0))
            .map(|e| e.1)
            .collect();
        let b = self.best(gaz, &mut named.iter().copied())?;
        let mut tied: Vec<usize> = named
            .iter()
            .copied()
            .filter(|&d| self.count(d) == self.count(b) && !gaz.lineage(b).any(|a| a == d))
            .collect();
        if tied.is_empty() {
            return Some(self.whole_of_parts(gaz, b, title_end));
        }
        tied.push(b);
        let titled: Vec<usize> = self
            .edges
            .iter()
            .filter(|e| e.0 < title_end && inside(e.0) && tied.contains(&e.1))
            .map(|e| e.1)
            .collect();
        if let Some(&t) = titled
            .iter()
            .find(|&&t| titled.iter().all(|&d| gaz.lineage(t).any(|a| a == d)))
        {
            return Some(t);
        }
        common(gaz, b, &tied)
    }

    /// The division named most often in the whole text, twice or more (the deeper one
    /// on a tie); several named as often, none above the others (eight counties of a
    /// city's table, five times each), give their lowest common division.
    fn most(&self, gaz: &Gazetteer, title_end: usize) -> Option<usize> {
        let b = self
            .best(gaz, &mut self.order.iter().copied())
            .filter(|&d| self.count(d) >= 2)?;
        let tied: Vec<usize> = (self.order.iter().copied())
            .filter(|&d| self.count(d) == self.count(b) && !gaz.lineage(b).any(|a| a == d))
            .collect();
        if tied.is_empty() {
            return Some(self.whole_of_parts(gaz, b, title_end));
        }
        common(gaz, b, &tied)
    }

    /// `d`, or the division above it when the text names `d` as one part of a breakdown:
    /// two or more divisions beside it under the same parent are named too, `d` no more
    /// than twice as often as the most named of them, and the title (before
    /// `title_end`) does not name `d` (新界 in a subheading of a Hong Kong release that
    /// gives figures for 新界, 九龙 and 港岛 in turn is no release's place; a county's
    /// title names the county, whatever neighbours its text names). One such division
    /// beside `d` is enough when the text names the parent as well.
    fn whole_of_parts(&self, gaz: &Gazetteer, d: usize, title_end: usize) -> usize {
        let Some(parent) = gaz.lineage(d).nth(1) else {
            return d;
        };
        if self.edges.iter().any(|e| e.0 < title_end && e.1 == d) {
            return d;
        }
        let beside: Vec<usize> = (self.order.iter().copied())
            .filter(|&s| s != d && gaz.level(s) == gaz.level(d))
            .filter(|&s| gaz.lineage(s).nth(1) == Some(parent))
            .collect();
        let most = beside.iter().map(|&s| self.count(s)).max().unwrap_or(0);
        // One part beside it is enough when the text names the parent too (a county
        // head touring two of its townships).
        let parts = if self.count(parent) > 0 { 1 } else { 2 };
        if beside.len() >= parts && self.count(d) <= 2 * most {
            parent
        } else {
            d
        }
    }
}

/// Whether `rest`, the text right after a division's name, opens with a compass char
/// (`place.compass_char`) that makes a part of it named by its direction (九龙西联网,
/// 新界东: a hospital cluster, a constituency), no part of a locality word after it
/// (`place.compass_locality`: 西部, 东面) or another compass char (东西部协作) nor the
/// start of another name (广东东莞).
fn compass_part(pats: &Patterns, rest: &str) -> bool {
    let mut chars = rest.chars();
    let Some(c) = chars.next() else {
        return false;
    };
    let cues = &pats.cues;
    if !cues.at(crate::cue!("place.compass_char")).has_char(c) {
        return false;
    }
    // Nor two compass chars (永平县东西部协作: east and west).
    let compass = cues.at(crate::cue!("place.compass_char"));
    let locality = chars.next().is_some_and(|n| {
        cues.at(crate::cue!("place.compass_locality")).has_char(n) || compass.has_char(n)
    });
    let window: String = rest.chars().take(8).collect();
    let name_after = pats.gazetteer().hits(&window).iter().any(|h| h.start == 0);
    !locality && !name_after
}

/// How many chars of its clause after a division's name are read for a visit.
const VISIT_CHARS: usize = 30;

/// Whether the clause `rest` (the text after a division's name) goes on to a visit to
/// the release's own place: a `place.visit_verb` (来, 到, 莅临) right before an anaphor
/// of a division (某区委书记带队来我县考察, 某市代表团到本县参观): the division named
/// is the visitors', no place the release is about. Its clause is the run of letters
/// after the name, up to the first punctuation.
fn visits_own_place(pats: &Patterns, rest: &str) -> bool {
    let end = (rest.char_indices())
        .take(VISIT_CHARS)
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or_else(
            || {
                rest.char_indices()
                    .nth(VISIT_CHARS)
                    .map_or(rest.len(), |(k, _)| k)
            },
            |(k, _)| k,
        );
    let clause = &rest[..end];
    let anaphors = pats.cues.at(crate::cue!("place.anaphor"));
    let national = pats.cues.at(crate::cue!("place.national"));
    matches_by_word(pats.cues.at(crate::cue!("place.visit_verb")), clause)
        .into_iter()
        .any(|(w, i)| {
            anaphors.prefix_of(&clause[i + w.len()..]).is_some_and(|a| {
                !national.contains(a) && anaphors.value(a).is_some_and(|k| !k.is_empty())
            })
        })
}

/// How many Han chars after a division's name may hold the rest of a body's name.
const INNER_BODY_CHARS: usize = 12;

/// Whether the division's name ending at byte `end` of `text` opens the name of a body
/// that only lies there (广水市技工学校, 某县宏达建材有限公司: nouns up to a
/// `place.inner_body` word, jieba's tags telling a name from a phrase: 新建/v 学校 is
/// none). A release listing its partners by such names is not about their places.
fn opens_body_name((pats, seg): (&Patterns, &Segmenter), text: &str, end: usize) -> bool {
    let inner = pats.cues.at(crate::cue!("place.inner_body"));
    let run = (text[end..].char_indices())
        .take_while(|&(_, c)| super::entity::is_han(c))
        .take(INNER_BODY_CHARS)
        .map(|(k, c)| end + k + c.len_utf8());
    let Some(stop) = run.skip(1).find(|&e| inner.ends(&text[end..e])) else {
        return false;
    };
    // A count after it (学校4所): schools counted, no name; a year after it (某公司2012年
    // 实现搬迁) dates what the body did.
    let digit = |c: char| c.is_ascii_digit() || super::number::digit_value(c).is_some();
    let after: String = text[stop..].chars().skip_while(|&c| digit(c)).collect();
    let year = pats.cues.at(crate::cue!("subject.year_end")).starts(&after);
    let counted = text[stop..].chars().next().is_some_and(digit) && !year;
    // A joiner between the name's nouns (物流与交通运输协会) is part of it.
    let joins = |t: &crate::segment::Token| {
        let mut cs = t.word.chars();
        matches!((cs.next(), cs.next()), (Some(c), None) if joiner(c, pats))
    };
    !counted
        && (seg.segment(&text[end..stop]).iter()).all(|t| {
            t.tag.starts_with('n')
                || matches!(t.tag, "vn" | "b" | "m" | "an" | "l" | "j")
                || joins(t)
        })
}

/// The division whose full or short name opens the name of the first company named in
/// `head` (某县富士峰生物科技有限公司: a body's name by [`opens_body_name`] closing with an
/// `entity.company_suffix` word); of a name two nested divisions share (楚雄), the lower,
/// where a company lies; else as the `context` resolves it. None when the text speaks of
/// a division as its own (`spoken` anaphors other than 全国, which may be an honour's).
fn company_place(
    (pats, seg): (&Patterns, &Segmenter),
    head: &str,
    (spoken, context): (&[&str], &[usize]),
) -> Option<usize> {
    let national = pats.cues.at(crate::cue!("place.national"));
    if !spoken.iter().all(|w| national.contains(w)) {
        return None;
    }
    let gaz = pats.gazetteer();
    let suffixes = pats.cues.at(crate::cue!("entity.company_suffix"));

    let hit = gaz.hits(head).into_iter().find(|h| {
        let rest: String = head[h.end..].chars().take(INNER_BODY_CHARS).collect();
        !not_place(pats, &head[h.start..h.end])
            && opens_body_name((pats, seg), head, h.end)
            && suffixes.occurs_in(&rest)
    })?;
    lower_namesake(gaz, hit.entry, context)
}

/// The place of a release named by what its first lines `head` name: a port or airport
/// named by its division (钦州港, 塔城机场: [`hub_place`]), else a company's
/// ([`company_place`]); with how it was found.
fn body_place(
    (pats, seg): (&Patterns, &Segmenter),
    head: &str,
    (spoken, context): (&[&str], &[usize]),
) -> Option<(usize, &'static str)> {
    (hub_place(pats, head, context).map(|d| (d, HUB)))
        .or_else(|| company_place((pats, seg), head, (spoken, context)).map(|d| (d, COMPANY)))
}

/// The division whose name opens the first port, airport or station `head` names (钦州港,
/// 塔城机场: a full or short name right before a `place.hub_suffix` word): a release on
/// such a hub is its division's; of a name two nested divisions share (塔城), the lower,
/// where the hub lies; else as the `context` resolves it.
fn hub_place(pats: &Patterns, head: &str, context: &[usize]) -> Option<usize> {
    let hit = hub_hit(pats, head)?;
    lower_namesake(pats.gazetteer(), hit.entry, context)
}

/// The first division's name in `head` right before a `place.hub_suffix` word (钦州|港,
/// 塔城|机场, 丹江口|水库).
fn hub_hit(pats: &Patterns, head: &str) -> Option<Hit> {
    let gaz = pats.gazetteer();
    let hubs = pats.cues.at(crate::cue!("place.hub_suffix"));
    // The words are simplified: a traditional page's 機場 is read as 机场.
    let hub_after = |at: usize| {
        let rest: String = head[at..].chars().take(MAX_HUB_CHARS).collect();
        hubs.starts(&super::subject::rule_form(true, &rest))
    };
    (gaz.hits(head).into_iter())
        .find(|h| !not_place(pats, &head[h.start..h.end]) && hub_after(h.end))
}

/// The division a name (gazetteer entry `entry`) that a body or hub opens stands for: of
/// two nested divisions sharing it (楚雄, 塔城), the lower, where the body lies; else as the
/// `context` resolves it.
fn lower_namesake(gaz: &Gazetteer, entry: usize, context: &[usize]) -> Option<usize> {
    let all: Vec<usize> = gaz.entry(entry).divisions().collect();
    match all[..] {
        [a, b] if gaz.is_below(a, b) => Some(a),
        [a, b] if gaz.is_below(b, a) => Some(b),
        _ => gaz.resolve(&all, context),
    }
}

/// The context a release of `region` starts with: the region's division and its lineage
/// (Taiwan, Hong Kong, Macau), else none.
fn region_context(gaz: &Gazetteer, region: Region) -> Vec<usize> {
    let mut context = Vec::new();
    if let Some(d) = region_code(region).and_then(|code| gaz.with_code(code)) {
        add_lineage(gaz, d, &mut context);
    }
    context
}

/// The lowest division at or above `b` that is at or above each of `tied`.
fn common(gaz: &Gazetteer, b: usize, tied: &[usize]) -> Option<usize> {
    gaz.lineage(b)
        .find(|&a| tied.iter().all(|&d| gaz.lineage(d).any(|x| x == a)))
}

/// How many bytes of a release [`DocPlaces::new`] reads at once.
const PLACE_CHUNK: usize = 1 << 16;

/// `sentences` (covering a text of `len` bytes) grouped into byte ranges of whole
/// sentences of about [`PLACE_CHUNK`] bytes; the whole text when it is smaller.
fn chunk_ranges(sentences: &[Sentence], len: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    for s in sentences {
        if s.byte_end - from >= PLACE_CHUNK {
            out.push((from, s.byte_end));
            from = s.byte_end;
        }
    }
    if from < len || out.is_empty() {
        out.push((from, len));
    }
    out
}

/// The full names (and aliases) in `text`: (byte start, byte end, entry), leftmost and
/// longest first, none overlapping.
fn full_names(pats: &Patterns, seg: &Segmenter, text: &str) -> Vec<(usize, usize, usize)> {
    full_names_in(pats, seg, text, &pats.gazetteer().hits(text))
}

/// [`full_names`] of `text` from its names `hits` ([`Gazetteer::hits`]); a name that
/// starts inside a word jieba reads there (其中|城镇: no township 中城镇) is none, as in
/// [`locate`].
fn full_names_in(pats: &Patterns, seg: &Segmenter, text: &str, hits: &[Hit]) -> Vec<NameHit> {
    let gaz = pats.gazetteer();
    // A name that is a word elsewhere (东区) is a place all through a text that writes it
    // once right after its parent's name (攀枝花市东区).
    let word: Vec<bool> = (hits.iter())
        .map(|h| not_place(pats, &text[h.start..h.end]))
        .collect();
    let named: Vec<usize> = (hits.iter().zip(&word))
        .filter(|&(h, &w)| w && after_parent(gaz, hits, h))
        .map(|(h, _)| h.entry)
        .collect();
    let mut hits: Vec<NameHit> = (hits.iter().zip(&word))
        .filter(|&(h, &w)| !gaz.entry(h.entry).full.is_empty() && (!w || named.contains(&h.entry)))
        .map(|(h, _)| h)
        .filter(|h| {
            !glued_short_name(pats, text, h.start, h.end)
                || place_token(seg, text, (h.start, h.end))
        })
        .filter(|h| !after_glued_word(pats, text, h.start))
        .filter(|h| !site_selector(pats, &text[h.end..]))
        .filter(|h| !inside_upper_short_name(pats, text, hits, h))
        .filter(|h| !starts_inside_word(seg, text, h.start))
        .filter(|h| !inside_guessed_name(seg, text, (h.start, h.end)))
        .filter(|h| !in_fixed_phrase(pats, text, (h.start, h.end)))
        .filter(|h| !joined_kind(pats, text, (h.start, h.end)))
        .map(|h| (h.start, h.end, h.entry))
        .collect();
    hits.sort_by_key(|&(a, b, _)| (a, std::cmp::Reverse(b)));
    let mut out: Vec<(usize, usize, usize)> = Vec::new();
    for h in hits {
        if out.last().is_none_or(|l| l.1 <= h.0) {
            out.push(h);
        }
    }
    out
}

/// Whether the hit `h` comes right after the full name of the division above one of its
/// own (攀枝花市东区): a name that is a word elsewhere (东区: `place.not_place`) is that
/// division there.
fn after_parent(gaz: &Gazetteer, hits: &[Hit], h: &Hit) -> bool {
    let own = gaz.entry(h.entry).full;
    hits.iter().filter(|g| g.end == h.start).any(|g| {
        let above = gaz.entry(g.entry).full;
        (own.iter()).any(|&d| gaz.lineage(d).nth(1).is_some_and(|p| above.contains(&p)))
    })
}

/// Whether `rest`, the text after a division's name, opens with a site's choice of city
/// (大连市 [切换城市]: `place.site_selector`, after spaces and an opening bracket): the
/// name is the city the site was set to, page furniture.
fn site_selector(pats: &Patterns, rest: &str) -> bool {
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || "[【(（".contains(c));
    pats.cues
        .at(crate::cue!("place.site_selector"))
        .starts(rest)
}

/// Whether the full name `h` starts inside the short name of a province or prefecture
/// that starts before it and stands clear of any name before it (重庆|城镇: the
/// township 庆城镇 starts in 重庆; not 陕西|安康市, where 西安 overlaps 陕西 itself): the
/// chars belong to the higher division's name, read left to right.
fn inside_upper_short_name(pats: &Patterns, text: &str, hits: &[Hit], h: &Hit) -> bool {
    let gaz = pats.gazetteer();
    let upper = |g: &Hit| {
        let e = gaz.entry(g.entry);
        e.full.is_empty()
            && !e.short.is_empty()
            && e.short.iter().all(|&d| gaz.level(d) <= Level::Prefecture)
            && !not_place(pats, &text[g.start..g.end])
    };
    let clear = |g: &Hit| !hits.iter().any(|o| o.start < g.start && g.start < o.end);
    hits.iter()
        .any(|g| g.start < h.start && h.start < g.end && g.end < h.end && upper(g) && clear(g))
}

/// Whether the hit `text[start..end]` is a one-char name with its suffix (云县, 茂县) glued
/// to a Han char before it that does not end a division (白云县, 大茂县: another, unknown
/// name), so it is no full name of its own in a release read without segmentation
/// ([`full_names_in`] keeps it all the same where jieba reads it as a place of its own:
/// 六个/洋县, 在/洋县).
fn glued_short_name(pats: &Patterns, text: &str, start: usize, end: usize) -> bool {
    let suffixes = pats.cues.at(crate::cue!("place.short_suffix"));
    text[start..end].chars().count() == 2
        && text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| super::entity::is_han(c) && !suffixes.chars().contains(&c))
}

/// Whether the name starting at byte `start` of `text` begins with the second char of a
/// `place.glued_word` whose first char stands right before it (快于 + 于城镇), or with a
/// `place.count_lead` char right after a numeral (3大园区: three big parks): the char
/// belongs to those words, so the name is no place.
fn after_glued_word(pats: &Patterns, text: &str, start: usize) -> bool {
    let (Some(prev), Some(first)) = (
        text[..start].chars().next_back(),
        text[start..].chars().next(),
    ) else {
        return false;
    };
    // 3大园区, 三大片区: a count of big areas, not the district 大园区.
    let counted = (prev.is_ascii_digit() || super::number::digit_value(prev).is_some())
        && pats
            .cues
            .at(crate::cue!("place.count_lead"))
            .has_char(first);
    let mut pair = String::with_capacity(8);
    pair.push(prev);
    pair.push(first);
    counted
        || pats
            .cues
            .at(crate::cue!("place.glued_word"))
            .contains(&pair)
}

/// Whether token `a` follows a lone char jieba could not make a word of (浦/zg 阳江: the
/// head of a river's name, 浦阳江), no division's kind char (`place.short_suffix`): a
/// short name there is the tail of another name, no place.
fn after_lone_morpheme(pats: &Patterns, toks: &[Token], a: usize) -> bool {
    let Some(p) = a.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    let kinds = pats.cues.at(crate::cue!("place.short_suffix"));
    p.tag == "zg"
        && p.end == toks[a].start
        && p.word.chars().count() == 1
        && p.word.chars().all(super::entity::is_han)
        && !kinds.contains(p.word)
}

/// Whether the token `a` of `toks` (a division's short name) follows right after a lone
/// family name (`entity.surname`) that jieba left as a word of its own and no numeral
/// counts (张/q 广昌/ns, not 一张/m): a person's given name, no place (张广昌).
fn after_surname(pats: &Patterns, toks: &[Token], a: usize) -> bool {
    let Some(k) = a.checked_sub(1) else {
        return false;
    };
    let p = &toks[k];
    let counted = k
        .checked_sub(1)
        .is_some_and(|j| toks[j].tag == "m" && toks[j].end == p.start);
    p.end == toks[a].start
        && p.word.chars().count() == 1
        && matches!(p.tag, "q" | "nr" | "nrt" | "ng")
        && !counted
        && pats.cues.at(crate::cue!("entity.surname")).contains(p.word)
        && !pats
            .cues
            .at(crate::cue!("place.surname_word"))
            .contains(p.word)
}

/// What [`locate`] found for a name: its division (when known) and how.
struct Found {
    start: usize,
    end: usize,
    text: String,
    division: Option<usize>,
    how: &'static str,
}

/// Jieba tags of words that may be a short place name (not verbs, adverbs, adjectives).
fn noun_tag(tag: &str) -> bool {
    matches!(
        tag,
        "ns" | "n" | "nr" | "nrt" | "nrfg" | "nz" | "nt" | "j" | "s"
    )
}

/// The division a name stands for, or None with `Some(how)` when it is a place without
/// a code, or None, None when it is no place. `tag` is jieba's tag of a short name
/// standing as one token (None when it is not one token).
fn division_of(
    (gaz, townships): (&Gazetteer, &WordList),
    name_entry: super::gazetteer::Entry<'_>,
    (tag, common, ordinary): (Option<&str>, bool, bool),
    context: &[usize],
) -> Option<(Option<usize>, &'static str)> {
    if !name_entry.full.is_empty() {
        return Some((gaz.resolve(name_entry.full, context), FULL_NAME));
    }
    let tag = tag?;
    let cands = name_entry.short;
    // A township's short name (湖口 of 湖口乡: `place.parent_support`) needs its county
    // in the context, not only its province: two-char names of townships are often words.
    let supported_by = |c: usize| {
        if townships.ends(gaz.name(c)) {
            gaz.lineage(c).nth(1).is_some_and(|p| context.contains(&p))
        } else {
            gaz.lineage(c).any(|a| context.contains(&a))
        }
    };
    let supported: Vec<usize> = cands.iter().copied().filter(|&c| supported_by(c)).collect();
    let how = "gazetteer short name";
    // A short name that is an ordinary word too (惠民 of 惠民政策, 山上: `place.ordinary_word`),
    // or a county's that jieba reads as a locative (s: 城北, 路南), is a place only where
    // jieba reads it as one and the context holds its division.
    let county = gaz
        .highest(cands)
        .is_none_or(|d| gaz.level(d) >= Level::County);
    if (ordinary || tag == "s" && county) && (tag != "ns" || supported.is_empty()) {
        return None;
    }
    if !supported.is_empty() {
        return Some((gaz.resolve(&supported, context), how));
    }
    // A short name that is a common noun too (来宾, guests: `place.common_noun`) is that
    // noun unless jieba reads it as a place or the context holds its division.
    if !noun_tag(tag) || common && tag != "ns" {
        return None;
    }
    match gaz.highest(cands) {
        Some(d) if gaz.level(d) <= Level::Prefecture => Some((Some(d), how)),
        // A county's short name with no support around it: a place only when jieba
        // says so, and no code (三峡 is also a district of New Taipei).
        _ if tag == "ns" => Some((None, how)),
        _ => None,
    }
}

/// Checks a sentence's LOC mentions against the gazetteer and adds the division names
/// the entity rules missed: `ents` are the sentence's entities (all types), `toks` its
/// tokens (figures masked), `quoted` its quoted spans. Gives each LOC its code and how
/// it was found.
pub fn locate(
    ents: &mut Vec<EntityMention>,
    toks: &[Token],
    quoted: &[(usize, usize)],
    pats: &Patterns,
    doc: &DocPlaces,
) {
    let gaz = pats.gazetteer();
    let mut text = String::with_capacity(toks.last().map_or(0, |t| t.byte_end));
    toks.iter().for_each(|t| text.push_str(t.word));
    let tok_from = |b: usize| toks.binary_search_by_key(&b, |t| t.byte_start).ok();
    let tok_to = |b: usize| toks.binary_search_by_key(&b, |t| t.byte_end).ok();
    let roads = pats.cues.at(crate::cue!("place.road_after"));
    // A division's short name right before a road word names the road (北港/路).
    let before_road = |end: usize| {
        toks.iter()
            .any(|t| t.start == end && roads.contains(t.word))
    };
    drop_false_places(ents, (toks, &text), pats, &before_road);
    let townships = pats.cues.at(crate::cue!("place.parent_support"));
    let commons = pats.cues.at(crate::cue!("place.common_noun"));
    let ordinaries = pats.cues.at(crate::cue!("place.ordinary_word"));
    // Names at token boundaries; short names only as one whole token.
    let mut hits: Vec<(usize, usize, usize, Option<&str>)> = Vec::new();
    let raw = gaz.hits(&text);
    for h in &raw {
        let glued = tok_from(h.start)
            .is_none()
            .then(|| glued_preposition(pats, toks, h))
            .flatten();
        let Some(a) = tok_from(h.start).or(glued) else {
            continue;
        };
        let name = &text[h.start..h.end];
        let (b, e) = match tok_to(h.end) {
            Some(b) => (b, toks[b].end),
            None => match glued_suffix(toks, name, h.end) {
                Some(b) if !gaz.entry(h.entry).full.is_empty() => (b, toks[b].start + 1),
                _ => continue,
            },
        };
        let s = toks[a].start + usize::from(glued.is_some());
        let short = gaz.entry(h.entry).full.is_empty();
        let road = short && before_road(toks[b].end);
        if road
            || short && after_lone_morpheme(pats, toks, a)
            || short && after_surname(pats, toks, a)
            // A word-like name (东区, 杨镇) is a place right after its parent's name.
            || not_place(pats, name) && !after_parent(gaz, &raw, h)
            || super::text::overlaps(quoted, s, e)
            || after_glued_word(pats, &text, h.start)
            || in_fixed_phrase(pats, &text, (h.start, h.end))
            || joined_kind(pats, &text, (h.start, h.end))
        {
            continue;
        }
        let tag = (a == b).then_some(toks[a].tag);
        hits.push((s, e, h.entry, tag));
    }
    // The sentence's own unambiguous names join the context (阿坝州茂县).
    let mut context = doc.context.clone();
    for &(_, _, e, _) in &hits {
        if let [only] = gaz.entry(e).full {
            context.extend(gaz.lineage(*only));
        }
    }
    project_chain(ents, &text, pats, &context);
    let mut found: Vec<Found> = Vec::new();
    let own_township = own_township_stem(pats, doc);
    for &(s, e, entry, tag) in &hits {
        if let Some(f) = own_township(&text_chars(&text, s, e), entry, (s, e)) {
            found.push(f);
            continue;
        }
        // The release's own place, a namesake of a division elsewhere that the
        // gazetteer lacks (滨海新区 of a province's city): no division's code.
        let name = text_chars(&text, s, e);
        if doc.own.is_none() && doc.own_name.as_deref() == Some(name.as_str()) {
            let how = OWN_NAMESAKE;
            found.push(Found {
                start: s,
                end: e,
                text: name,
                division: None,
                how,
            });
            continue;
        }
        let common = commons.contains(&text_chars(&text, s, e));
        let ordinary = ordinaries.contains(&text_chars(&text, s, e));
        let Some((division, how)) = division_of(
            (gaz, townships),
            gaz.entry(entry),
            (tag, common, ordinary),
            &context,
        ) else {
            continue;
        };
        let text: String = text_chars(&text, s, e);
        found.push(Found {
            start: s,
            end: e,
            text,
            division,
            how,
        });
    }
    found.extend(seat_townships(pats, toks, doc));
    // Longest first, none overlapping.
    found.sort_by_key(|f| (std::cmp::Reverse(f.end - f.start), f.start));
    let mut picked: Vec<Found> = Vec::new();
    for f in found {
        if !picked.iter().any(|p| p.start < f.end && f.start < p.end) {
            picked.push(f);
        }
    }
    merge(ents, picked, pats, &context);
}

/// The token a full name `h` starts one char into when jieba glued a preposition
/// (`entity.place_preposition`) to it (以新北市/ns).
fn glued_preposition(pats: &Patterns, toks: &[Token], h: &Hit) -> Option<usize> {
    let preps = pats.cues.at(crate::cue!("entity.place_preposition"));
    let k = toks
        .partition_point(|t| t.byte_start <= h.start)
        .checked_sub(1)?;
    let t = &toks[k];
    let first = t.word.chars().next()?;
    (t.byte_start + first.len_utf8() == h.start
        && t.tag.starts_with("ns")
        && preps.contains(&t.word[..first.len_utf8()])
        && !pats.gazetteer().entry(h.entry).full.is_empty())
    .then_some(k)
}

/// Drops the LOC mentions of the entity rules that are no places: one starting with the
/// second char of a glued word (快|于城镇, jieba's 于城镇/nr) or inside a set phrase, as
/// no gazetteer hit there is; a short name naming a road (`before_road`: 北港/路); an
/// ordinary word (滨海旅游), a place only as the gazetteer pass of [`locate`] finds it.
/// `text` is the sentence the tokens `toks` spell.
fn drop_false_places(
    ents: &mut Vec<EntityMention>,
    (toks, text): (&[Token], &str),
    pats: &Patterns,
    before_road: &dyn Fn(usize) -> bool,
) {
    let gaz = pats.gazetteer();
    let road_name = |e: &EntityMention| {
        gaz.lookup(&text_chars(text, e.start, e.end))
            .is_some_and(|n| n.full.is_empty())
            && before_road(e.end)
    };
    let ordinaries = pats.cues.at(crate::cue!("place.ordinary_word"));
    let short = |e: &EntityMention| {
        gaz.lookup(&text_chars(text, e.start, e.end))
            .is_some_and(|n| n.full.is_empty())
    };
    ents.retain(|e| {
        let first = toks.iter().position(|t| t.start == e.start);
        let glued = first
            .is_some_and(|a| after_lone_morpheme(pats, toks, a) || after_surname(pats, toks, a))
            && short(e);
        let at = toks.iter().find(|t| t.start <= e.start && e.start < t.end);
        let byte = at.map(|t| {
            let skip = e.start - t.start;
            t.byte_start + t.word.char_indices().nth(skip).map_or(0, |(b, _)| b)
        });
        let phrase = |b: usize| in_fixed_phrase(pats, text, (b, b + e.text.len()));
        let ordinary = ordinaries.contains(&super::subject::rule_form(true, &e.text));
        e.ty != EntityType::Loc
            || !(byte.is_some_and(|b| after_glued_word(pats, text, b) || phrase(b))
                || road_name(e)
                || ordinary
                || glued)
    });
}

/// Reads a short name in a sentence as the own township when it is that township's
/// name without its kind (中山 of a 中山街道 release), not a division elsewhere of that
/// short name (中山市): the returned reader takes the name, its gazetteer entry and its
/// span, and gives the LOC found, if it is one.
/// Townships a release names by their stem right before the word of their seat
/// (界头/集镇污水管网, 固东/集镇: `place.seat_word`): the one township of the release's own
/// place (a county or city) named by the stem and a kind (`entity.township_end`: 界头镇).
fn seat_townships(pats: &Patterns, toks: &[Token], doc: &DocPlaces) -> Vec<Found> {
    let gaz = pats.gazetteer();
    let Some(own) = doc.own.filter(|&d| gaz.level(d) < Level::Township) else {
        return Vec::new();
    };
    let seats = pats.cues.at(crate::cue!("place.seat_word"));
    let kinds = pats.cues.at(crate::cue!("entity.township_end"));
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        // The stem and the seat's word as two tokens (界头/集镇) or one (曲石集镇).
        let (stem, end) = match seats.suffix_of(t.word) {
            Some(w) if w.len() < t.word.len() => (&t.word[..t.word.len() - w.len()], t.end),
            _ => match toks.get(k + 1) {
                Some(n) if seats.contains(n.word) && n.start == t.end => (t.word, n.end),
                _ => continue,
            },
        };
        if stem.chars().count() < 2 {
            continue;
        }
        let mut held: Vec<usize> = (kinds.iter())
            .filter_map(|kind| gaz.lookup(&format!("{stem}{kind}")))
            .flat_map(|e| e.divisions())
            .filter(|&d| gaz.level(d) == Level::Township && gaz.lineage(d).any(|a| a == own))
            .collect();
        held.dedup();
        if let [d] = held[..] {
            let text: String = toks[k..]
                .iter()
                .take_while(|x| x.end <= end)
                .map(|x| x.word)
                .collect();
            out.push(Found {
                start: t.start,
                end,
                text,
                division: Some(d),
                how: SEAT_TOWNSHIP,
            });
        }
    }
    out
}

fn own_township_stem<'a>(
    pats: &'a Patterns,
    doc: &DocPlaces,
) -> impl Fn(&str, usize, (usize, usize)) -> Option<Found> + 'a {
    let gaz = pats.gazetteer();
    let kinds = pats.cues.at(crate::cue!("place.unlisted_kind"));
    let own = (doc.own)
        .filter(|&d| gaz.level(d) == Level::Township)
        .and_then(|d| {
            let name = gaz.name(d);
            let kind = kinds.suffix_of(name).filter(|k| !k.is_empty())?;
            Some((d, &name[..name.len() - kind.len()]))
        });
    move |name: &str, entry: usize, (start, end): (usize, usize)| {
        let (d, stem) = own?;
        (stem == name && gaz.entry(entry).full.is_empty()).then(|| Found {
            start,
            end,
            text: name.to_string(),
            division: Some(d),
            how: OWN_TOWNSHIP_STEM,
        })
    }
}

/// The divisions a project's or an organisation's name opens with, read by their full
/// names whatever jieba made of them (花莲县/卓溪/乡公所…计划, 新城/乡公所…计划, 吉林省
/// 四平市梨树县某某合作社): each name from the name's start on, down the divisions,
/// joins `ents` as a place word of the sentence's figures only
/// ([`super::entity::PROJECT_PLACE`]), the lowest last: a plan of a township's office is
/// that township's, a county's cooperative's figures the county's. None before a village word (新城乡村…:
/// `place.road_after`), a list (甲乡、乙乡…) or at the name's end.
fn project_chain(ents: &mut Vec<EntityMention>, text: &str, pats: &Patterns, context: &[usize]) {
    let gaz = pats.gazetteer();
    let roads = pats.cues.at(crate::cue!("place.road_after"));
    let mut add = Vec::new();
    let bodies =
        |e: &&EntityMention| matches!(e.ty, EntityType::Proj | EntityType::Org) && !e.byline;
    for p in ents.iter().filter(bodies) {
        let name = text_chars(text, p.start, p.end);
        let (mut at, mut chain) = (0, Vec::new());
        while let Some(h) = (gaz.hits(&name[at..]).into_iter())
            .filter(|h| h.start == 0 && !gaz.entry(h.entry).full.is_empty())
            .max_by_key(|h| h.end)
        {
            let (from, to) = (at, at + h.end);
            let Some(d) = gaz.resolve(gaz.entry(h.entry).full, context) else {
                break;
            };
            // Down the divisions only (花莲县卓溪乡), not two of one level (甲县乙县).
            if chain.last().is_some_and(|&(_, _, up)| !gaz.is_below(d, up)) {
                break;
            }
            chain.push((from, to, d));
            at = to;
        }
        let rest = &name[at..];
        // 经开区和县人才网: the name opens with a conjunction and a kind, no division.
        let byte = text
            .char_indices()
            .nth(p.start)
            .map_or(text.len(), |(b, _)| b);
        if let Some(&(_, to, _)) = chain.first() {
            if joined_kind(pats, text, (byte, byte + to)) {
                continue;
            }
        }
        // A name listed with others (某街道中学、某镇中学等项目) speaks for none alone.
        let after = text_chars(text, p.end, p.end + 1);
        let joiners = pats.cues.at(crate::cue!("subject.item_joiner"));
        if chain.is_empty()
            || after == "、"
            || joiners.starts(&after)
            || rest.is_empty()
            || roads.starts(rest)
            || rest.starts_with('、')
            || pats
                .cues
                .at(crate::cue!("subject.item_joiner"))
                .starts(rest)
        {
            continue;
        }
        for (from, to, d) in chain {
            let start = p.start + name[..from].chars().count();
            let end = p.start + name[..to].chars().count();
            let taken =
                |e: &EntityMention| e.ty == EntityType::Loc && e.start < end && start < e.end;
            if !ents.iter().any(taken) {
                add.push(EntityMention {
                    start,
                    end,
                    text: name[from..to].to_string(),
                    ty: EntityType::Loc,
                    byline: false,
                    how: super::entity::PROJECT_PLACE,
                    division: Some(d),
                });
            }
        }
    }
    ents.extend(add);
}

/// The token that a full division name ending at byte `end` of the sentence ends one
/// char into, when jieba glued the name's last char (its kind: 区, 县, 镇) to a function
/// word after it (永康/区为/台南市, 安南/区及/新营区: p, c): that kind char is the name's.
fn glued_suffix(toks: &[Token], name: &str, end: usize) -> Option<usize> {
    let last = name.chars().next_back()?;
    let b = toks
        .binary_search_by_key(&(end - last.len_utf8()), |t| t.byte_start)
        .ok()?;
    let t = &toks[b];
    (t.word.chars().count() == 2 && matches!(t.tag, "p" | "c")).then_some(b)
}

/// Chars `[s, e)` of `text`.
fn text_chars(text: &str, s: usize, e: usize) -> String {
    text.chars().skip(s).take(e - s).collect()
}

/// Joins the gazetteer's names with the entity rules' mentions: a LOC with the span of
/// a name takes its code; a LOC made of names only (山西省左权县) becomes those names; a
/// name inside another entity (an organisation, 宜昌高新区) is no mention of its own.
/// The `how` of a development zone named by its division (某市高新区).
const ZONE_OF_DIVISION: &str = "a zone named by its division (entity.zone_kind)";

/// Whether the chars of `name` after its first `skip` are a kind of development zone
/// (`entity.zone_kind`).
fn zone_kind(pats: &Patterns, name: &str, skip: usize) -> bool {
    let rest: String = name.chars().skip(skip).collect();
    (pats.cues.at(crate::cue!("entity.zone_kind"))).contains(&rest)
}

fn merge(ents: &mut Vec<EntityMention>, picked: Vec<Found>, pats: &Patterns, context: &[usize]) {
    let gaz = pats.gazetteer();
    let mut split: Vec<usize> = Vec::new();
    for (k, e) in ents.iter_mut().enumerate() {
        if e.ty != EntityType::Loc {
            continue;
        }
        let inside: Vec<&Found> = picked
            .iter()
            .filter(|f| e.start <= f.start && f.end <= e.end)
            .collect();
        // Full names from its start on (山西省左权县, 桐峪镇东沟村), and short names
        // right before a name of a division below them (泉州丰泽区: 泉州 … 丰泽区).
        let mut cursor = e.start;
        while let Some(f) = inside
            .iter()
            .find(|f| f.start == cursor && (f.how == FULL_NAME || above_next(gaz, &inside, f)))
        {
            cursor = f.end;
        }
        match inside.as_slice() {
            [f] if f.start == e.start && f.end == e.end => {
                e.division = f.division;
                // A project's place stays a place word only.
                if e.how != super::entity::PROJECT_PLACE {
                    e.how = f.how;
                }
            }
            _ if cursor == e.end => split.push(k),
            // A development zone named by the division it lies in (某市/高新区, 某市/工业园区:
            // `entity.zone_kind`) is one place, the zone, with that division's code.
            _ if cursor > e.start && zone_kind(pats, &e.text, cursor - e.start) => {
                let within = inside.iter().rfind(|f| f.end <= cursor);
                e.division = within.and_then(|f| f.division);
                e.how = ZONE_OF_DIVISION;
            }
            // The rest is a name of the entity rules' own (东沟村), unless it is a word
            // such as 全县 (then the names alone stay).
            _ if cursor > e.start => {
                let rest: String = e.text.chars().skip(cursor - e.start).collect();
                if rest.chars().count() < 2
                    || not_place(pats, &rest)
                    || anaphor(pats, &rest)
                    || super::entity::generic_area(pats, &rest)
                    // Words between two full names (沁源县/紧紧围绕/山西省): the names.
                    || inside.iter().any(|f| f.end == e.end && f.how == FULL_NAME)
                {
                    split.push(k);
                } else {
                    e.text = rest;
                    e.start = cursor;
                }
            }
            // A word glued before an anaphor (黄金周全县) is no place; 全县 stays one.
            _ if anaphor_end(pats, &e.text) => split.push(k),
            // A full name at its end after words that are no place (攸关/嘉义县,
            // 紧紧围绕/山西省): the name alone.
            _ if gaz.lookup(&e.text).is_none()
                && inside.iter().any(|f| {
                    f.end == e.end
                        && f.how == FULL_NAME
                        && !is_division_name(pats, &text_chars(&e.text, 0, f.start - e.start))
                }) =>
            {
                if let Some(f) = inside.iter().find(|f| f.end == e.end && f.how == FULL_NAME) {
                    e.start = f.start;
                    e.text = f.text.clone();
                    e.division = f.division;
                    e.how = f.how;
                }
            }
            _ => {
                // A LOC of the entity rules that is a name as a whole (茂县羌乡) keeps
                // that name's code, unless the name is a word (西区: `place.not_place`).
                if let Some(entry) = gaz.lookup(&e.text).filter(|_| !not_place(pats, &e.text)) {
                    let townships = pats.cues.at(crate::cue!("place.parent_support"));
                    if let Some((d, how)) =
                        division_of((gaz, townships), entry, (Some("ns"), false, false), context)
                    {
                        e.division = d;
                        if e.how != super::entity::PROJECT_PLACE {
                            e.how = how;
                        }
                    }
                }
            }
        }
    }
    for &k in split.iter().rev() {
        ents.remove(k);
    }
    add_picked(ents, picked);
}

/// Adds the gazetteer's names `picked` that no mention of `ents` covers (a LOC inside a
/// longer name gives way to it: 东华门 in 东华门街道), then drops the places that overlap
/// an organisation, a person or a project.
fn add_picked(ents: &mut Vec<EntityMention>, picked: Vec<Found>) {
    let mut add: Vec<EntityMention> = Vec::new();
    for f in picked {
        ents.retain(|e| {
            e.ty != EntityType::Loc
                || !(f.start <= e.start && e.end <= f.end)
                || (e.start, e.end) == (f.start, f.end)
                || e.how == super::entity::PROJECT_PLACE
        });
        if ents.iter().any(|e| e.start < f.end && f.start < e.end) {
            continue;
        }
        add.push(EntityMention {
            start: f.start,
            end: f.end,
            text: f.text,
            ty: EntityType::Loc,
            byline: false,
            how: f.how,
            division: f.division,
        });
    }
    ents.extend(add);
    let others: Vec<(usize, usize)> = ents
        .iter()
        .filter(|e| e.ty != EntityType::Loc)
        .map(|e| (e.start, e.end))
        .collect();
    ents.retain(|e| {
        e.ty != EntityType::Loc
            || e.how == super::entity::PROJECT_PLACE
            || !super::text::overlaps(&others, e.start, e.end)
    });
    ents.sort_by_key(|e| e.start);
}

/// Whether a division named right after `f` among the names `inside` a LOC lies below
/// the division `f` names (泉州|丰泽区): a chain down the divisions.
fn above_next(gaz: &Gazetteer, inside: &[&Found], f: &Found) -> bool {
    inside.iter().any(|g| {
        g.start == f.end && (g.division.zip(f.division)).is_some_and(|(b, a)| gaz.is_below(b, a))
    })
}

/// A sentence's place words, found once for all its facts: its LOC mentions and its
/// `place.anaphor` words (start, end, the LOC's index or the anaphor's value), by start,
/// without the venues, datelines and comparison bases (`place.venue_*`,
/// `place.not_subject_before`); which of them are items of a list of places; and where
/// the sentence says 分别 (`subject.respectively`).
pub struct PlaceWords<'p> {
    locs: Vec<EntityMention>,
    words: Vec<(usize, usize, Result<usize, &'p str>)>,
    /// Per word: the index of the first word of its list when it is an item of a list
    /// (北京、上海; 香洲、金湾和斗门; 主城区、两江新区和…), else None.
    lists: Vec<Option<usize>>,
    /// Char offsets of the 分别 words.
    respectively: Vec<usize>,
    /// Per word: where its reach ends when it is one place of a list of place + figure
    /// pairs (霍山县9个、霍邱县4个): it is the place of the figures from its end to there
    /// only (see [`figure_pairs`]), else None.
    reach: Vec<Option<usize>>,
    /// Per LOC of `locs`: whether it is a place word only as a hub's name (基隆港: see
    /// [`place_word`]), read once here rather than for each figure.
    hubs: Vec<bool>,
}

impl<'p> PlaceWords<'p> {
    /// The place words of the sentence `text` with the LOCs among `ents`; `figures` are
    /// the char offsets where the sentence's facts start.
    pub fn new(
        ents: Vec<EntityMention>,
        (text, chars): (&str, &[char]),
        figures: &[usize],
        pats: &'p Patterns,
    ) -> PlaceWords<'p> {
        // Every place named, division or not (中国台湾), for the lists of origins.
        let named: Vec<(usize, usize)> = (ents.iter())
            .filter(|e| e.ty == crate::extract::EntityType::Loc)
            .map(|e| (e.start, e.end))
            .collect();
        let locs: Vec<EntityMention> = (ents.iter())
            .filter(|e| e.ty == EntityType::Loc && place_word(e, pats))
            .cloned()
            .collect();
        let hubs = locs.iter().map(|e| !describes_division(e, pats)).collect();
        let mut words: Vec<(usize, usize, Result<usize, &str>)> = locs
            .iter()
            .enumerate()
            .map(|(k, e)| (e.start, e.end, Ok(k)))
            .collect();
        let anaphors = pats.cues.at(crate::cue!("place.anaphor"));
        // Most sentences hold none of the words' first chars: one pass tells.
        let mut present: Vec<char> = (chars.iter().copied())
            .filter(|&c| anaphors.may_start(c) && anaphors.has_first(c))
            .collect();
        present.sort_unstable();
        present.dedup();
        // Only the words whose first char the sentence holds.
        let here = |w: &str| {
            !present.is_empty()
                && w.chars()
                    .next()
                    .is_none_or(|c| present.binary_search(&c).is_ok())
        };
        // An anaphor inside a quoted name of a plan, list or award (「全國某某改善計畫」,
        // “全国文明城市”) is part of the name, no scope of the figures.
        let names: Vec<(usize, usize)> = if present.is_empty() {
            Vec::new()
        } else {
            let cue = |c| pats.cues.at(c);
            let mut r = super::text::named_quotes(text, cue(crate::cue!("text.name_end")));
            r.extend(super::text::named_quotes(
                text,
                cue(crate::cue!("text.title_end")),
            ));
            r
        };
        for (w, suffix) in anaphors.entries().filter(|(w, _)| here(w)) {
            for (b, _) in text.match_indices(w) {
                let start = text[..b].chars().count();
                let end = start + w.chars().count();
                if !words.iter().any(|x| x.0 < end && start < x.1)
                    && !super::text::overlaps(&names, start, end)
                {
                    words.push((start, end, Err(suffix)));
                }
            }
        }
        words.sort_by_key(|w| w.0);
        // Places that are no division (韓國) bound their neighbours' pairs too.
        let mut spans: Vec<(usize, usize)> = words.iter().map(|w| (w.0, w.1)).collect();
        spans.extend(
            (named.iter().copied()).filter(|n| !words.iter().any(|w| w.0 < n.1 && n.0 < w.1)),
        );
        spans.sort_unstable();
        let reach = reaches(&words, &spans, (&locs, &ents), (chars, figures), pats);
        let mut lists = list_items(&words, chars, pats);
        // A place with its own figure is no item of a list of places.
        for (k, r) in reach.iter().enumerate() {
            if r.is_some() {
                lists[k] = None;
            }
        }
        let mut keep = kept_words(&words, &lists, (chars, &named), pats);
        for k in origins(&words, (&lists, &reach), chars, pats) {
            keep[k] = false;
        }
        let mut reach = reach;
        // A comparison base keeps the figure of its own phrase (较全省的6.3%).
        for (k, w) in words.iter().enumerate() {
            if let Some(r) = (!keep[k]).then(|| own_base_figure(w, chars, figures, pats)) {
                if r.is_some() {
                    (keep[k], reach[k]) = (true, r);
                }
            }
        }
        let mut kept = Vec::new();
        let mut kept_lists = Vec::new();
        let mut kept_reach = Vec::new();
        // Renumber the list heads after dropping words (a list loses all its items or none).
        let mut new_index: Vec<Option<usize>> = vec![None; words.len()];
        for (k, w) in words.into_iter().enumerate() {
            if keep[k] {
                new_index[k] = Some(kept.len());
                kept_lists.push(lists[k].and_then(|h| new_index[h]));
                kept_reach.push(reach[k]);
                kept.push(w);
            }
        }
        let respectively = pats
            .cues
            .at(crate::cue!("subject.respectively"))
            .iter()
            .flat_map(|w| {
                text.match_indices(w)
                    .map(|(b, _)| text[..b].chars().count())
            })
            .collect();
        PlaceWords {
            locs,
            words: kept,
            lists: kept_lists,
            respectively,
            reach: kept_reach,
            hubs,
        }
    }
}

/// Per place word of `words`: where its reach ends, as a place of a place + figure pair
/// (among the places named, `spans`: see [`figure_pairs`]) or as a project's place (see
/// [`project_reach`]).
fn reaches(
    words: &[(usize, usize, Result<usize, &str>)],
    spans: &[(usize, usize)],
    ents: (&[EntityMention], &[EntityMention]),
    (chars, figures): (&[char], &[usize]),
    pats: &Patterns,
) -> Vec<Option<usize>> {
    let pairs = figure_pairs(spans, chars, figures, pats);
    (words.iter())
        .map(|w| {
            let pair = spans.iter().position(|s| s.0 == w.0).and_then(|k| pairs[k]);
            pair.or_else(|| project_reach(w, ents, chars, figures, pats))
        })
        .collect()
}

/// Where the reach of a place word `w` opening a project's name ends when the project is
/// an item of a list of projects with their figures (「某乡公所…计划」1067万元及「…」503万元、
/// 「…」239万元): at the joiner after the project's first figure, so the place is that
/// figure's only; None when no joiner follows it in its clause. `figures` are the
/// sentence's fact starts.
fn project_reach(
    w: &(usize, usize, Result<usize, &str>),
    (locs, ents): (&[EntityMention], &[EntityMention]),
    chars: &[char],
    figures: &[usize],
    pats: &Patterns,
) -> Option<usize> {
    let e = locs.get(w.2.ok()?)?;
    if e.how != super::entity::PROJECT_PLACE {
        return None;
    }
    let p =
        (ents.iter()).find(|p| p.ty == EntityType::Proj && p.start <= e.start && e.end < p.end)?;
    let end = p.end.min(chars.len());
    // A closing quote mark of the project's name (” 》 」 』).
    let closing = |c: &char| matches!(c, '\u{201d}' | '\u{300b}' | '\u{300d}' | '\u{300f}');
    let end = end + usize::from(chars.get(end).is_some_and(closing));
    let figure = figures.iter().copied().filter(|&f| f >= end).min()?;
    let between = &chars[end..figure.min(chars.len())];
    if between
        .iter()
        .any(|&c| super::subject::is_delim(c) || joiner(c, pats))
    {
        return None;
    }
    // A comma between digits is the figure's own (503万7,000元).
    let grouping = |k: usize| {
        k > 0 && chars[k - 1].is_ascii_digit() && chars.get(k + 1).is_some_and(char::is_ascii_digit)
    };
    (figure..chars.len())
        .take_while(|&k| !super::subject::is_delim(chars[k]) || chars[k] == '、' || grouping(k))
        .find(|&k| joiner(chars[k], pats))
}

/// Whether `c` joins the items of a list (、 and `subject.item_joiner`: 和 及 与).
fn joiner(c: char, pats: &Patterns) -> bool {
    c == '、' || pats.cues.at(crate::cue!("subject.item_joiner")).has_char(c)
}

/// For each place word (by start), where its reach ends when it is one of a list of
/// place + figure pairs (霍山县9个、霍邱县4个、金寨县3个; 舒城县35次和金安区33次): two place
/// words in a row with a figure right after the first (in its item: before any
/// separator, 、 or a joiner), a separator right before the second, and no clause end
/// between them (other items may lie between: 霍山县9个、市开发区2个、霍邱县4个). Each such place is the place of the figures of its own
/// item only: from its end to the first separator or clause end after its first figure.
/// `figures` are char offsets where facts start.
fn figure_pairs(
    words: &[(usize, usize)],
    chars: &[char],
    figures: &[usize],
    pats: &Patterns,
) -> Vec<Option<usize>> {
    let sep = |c: char| joiner(c, pats);
    // A comma between digits groups thousands (772,547人次): no clause end.
    let delim = |i: usize| {
        super::subject::is_delim(chars[i])
            && !(chars[i] == ','
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()))
    };
    let ends = |i: usize| sep(chars[i]) || delim(i);
    // The end of the item of a place word ending at `a`: its first figure, then the next
    // separator or clause end; None when no figure comes first.
    let item_end = |a: usize, limit: usize| {
        let f = figures
            .iter()
            .copied()
            .filter(|&f| f >= a && f < limit)
            .min()?;
        if (a..f).any(ends) {
            return None;
        }
        let end = (f..chars.len()).find(|&i| ends(i)).unwrap_or(chars.len());
        // An item that opens a bracket it does not close (某县投入资金…13个项目(含
        // 市级项目8个、…) runs into an aside listing parts: the place heads the whole
        // sentence, no item of a flat list of pairs.
        let depth = chars[a..end].iter().fold(0i32, |d, &c| match c {
            '(' | '（' => d + 1,
            ')' | '）' => d - 1,
            _ => d,
        });
        (depth <= 0).then_some(end)
    };
    let mut out: Vec<Option<usize>> = vec![None; words.len()];
    for k in 0..words.len().saturating_sub(1) {
        let (a, b) = (words[k].1.min(chars.len()), words[k + 1].0.min(chars.len()));
        if a >= b || !chars.get(b.wrapping_sub(1)).is_some_and(|&c| sep(c)) {
            continue;
        }
        let Some(end) = item_end(a, b) else {
            continue;
        };
        // Items (of places or not: 市开发区2个) up to the next word, no clause end.
        let clause_end = |i: usize| delim(i) && !sep(chars[i]);
        if end >= b || (a..b).any(clause_end) {
            continue;
        }
        out[k] = Some(end);
        if out[k + 1].is_none() {
            out[k + 1] = item_end(words[k + 1].1.min(chars.len()), chars.len());
        }
    }
    out
}

/// For each place word (by start), the first word of the list it is an item of: a word
/// right after 、 or right before 、 or a `place.list_end` word (等), or joined to the next place word by one
/// joiner (香洲、金湾和斗门); items that are no places (主城区、两江新区) make a list too.
fn list_items(
    words: &[(usize, usize, Result<usize, &str>)],
    chars: &[char],
    pats: &Patterns,
) -> Vec<Option<usize>> {
    let before = |w: &(usize, usize, _)| w.0.checked_sub(1).and_then(|k| chars.get(k)).copied();
    let after = |w: &(usize, usize, _)| chars.get(w.1).copied();
    let joined =
        |a: usize, b: usize| words[b].0 == words[a].1 + 1 && joiner(chars[words[a].1], pats);
    let ends = pats.cues.at(crate::cue!("place.list_end"));
    let mut out: Vec<Option<usize>> = vec![None; words.len()];
    for k in 0..words.len() {
        let w = &words[k];
        // A place alone in brackets (1市(斗六市)) is an aside, as a list is; so is a
        // place in a bracket glossing the place word right before it (我区(含某高新区)).
        let bracketed = before(w) == Some('(') && after(w) == Some(')');
        let item = bracketed
            || glosses_place(words, k, chars)
            || excluded(w, chars, pats)
            || before(w) == Some('、') && !numbered(chars, w.0 - 1)
            || after(w).is_some_and(|c| c == '、' || ends.has_char(c))
            || (k + 1 < words.len() && joined(k, k + 1))
            || (k > 0 && joined(k - 1, k));
        if item {
            out[k] = Some(match k {
                0 => 0,
                _ if joined(k - 1, k) => out[k - 1].unwrap_or(k - 1),
                _ => k,
            });
        }
    }
    out
}

/// Most chars of an item's number before its 、 (十二、).
const MAX_NUMBER_CHARS: usize = 3;

/// Whether the 、 at `at` of `chars` follows an item's number opening its clause (一、基隆港,
/// 2、高雄港): the mark numbers the item; it joins no list.
fn numbered(chars: &[char], at: usize) -> bool {
    let start = (chars[..at].iter().rev())
        .take_while(|&&c| super::number::is_numeral_char(c))
        .count();
    let from = at - start;
    (1..=MAX_NUMBER_CHARS).contains(&start)
        && (from == 0 || super::subject::is_delim(chars[from - 1]))
}

/// The bracket around the place word `w` that closes in the sentence: (the index of its
/// opening bracket, of its closing one), when the last bracket before the word opens and
/// the first after it closes.
fn enclosing_bracket(
    w: &(usize, usize, Result<usize, &str>),
    chars: &[char],
) -> Option<(usize, usize)> {
    let (start, end) = (w.0.min(chars.len()), w.1.min(chars.len()));
    let open = chars[..start]
        .iter()
        .rposition(|&c| matches!(c, '(' | ')'))
        .filter(|&o| chars[o] == '(')?;
    let close = end + chars[end..].iter().position(|&c| matches!(c, '(' | ')'))?;
    (chars[close] == ')').then_some((open, close))
}

/// Whether the place word `k` lies in a bracket that closes in the sentence, holds no
/// digit and opens after another place word of its clause (我区(包括某高新区),
/// 我区完成情况(含某高新区)签约…): the bracket says what that place takes in, and the
/// place named in it is no figure's place. A bracket with figures (其中某县5亿元) breaks
/// the whole down and keeps its places.
fn glosses_place(words: &[(usize, usize, Result<usize, &str>)], k: usize, chars: &[char]) -> bool {
    let Some((open, close)) = enclosing_bracket(&words[k], chars) else {
        return false;
    };
    let clause = chars[..open]
        .iter()
        .rposition(|&c| c != '、' && super::subject::is_delim(c))
        .map_or(0, |p| p + 1);
    !chars[open..=close].iter().any(char::is_ascii_digit)
        && words[..k].iter().any(|x| x.0 >= clause && x.1 <= open)
}

/// Whether the place word `w` lies in a bracket that closes in the sentence and opens
/// with an exclusion (`place.excluded_open`: (不含平朔和某市煤气化)): what the figures
/// leave out is no place of theirs.
fn excluded(w: &(usize, usize, Result<usize, &str>), chars: &[char], pats: &Patterns) -> bool {
    enclosing_bracket(w, chars).is_some_and(|(open, _)| {
        let inside: String = chars[open + 1..w.0.min(chars.len())].iter().collect();
        (pats.cues.at(crate::cue!("place.excluded_open"))).starts(&inside)
    })
}

/// The reach of a comparison base (`place.not_subject_before`: 较全省, 高于全市) that a
/// figure follows right after 的 (较全省的6.3%: that figure is the base's own), else
/// None: the base is no other figure's place.
fn own_base_figure(
    w: &(usize, usize, Result<usize, &str>),
    chars: &[char],
    figures: &[usize],
    pats: &Patterns,
) -> Option<usize> {
    let before: String = chars[w.0.saturating_sub(4)..w.0].iter().collect();
    let base = pats
        .cues
        .at(crate::cue!("place.not_subject_before"))
        .ends(&before);
    let of = pats.cues.at(crate::cue!("place.base_of"));
    let after: String = chars[w.1.min(chars.len())..].iter().take(2).collect();
    let o = of.prefix_of(&after)?.chars().count();
    (base && figures.contains(&(w.1 + o))).then_some(w.1 + o + 1)
}

/// The first chars of `rest` (up to 8) after a year written before a label
/// (2018年重点工程 → 重点工程: four digits and a `place.label_year` char).
fn after_year(rest: &[char], pats: &Patterns) -> String {
    let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let year = digits == 4
        && (rest.get(digits))
            .is_some_and(|&c| pats.cues.at(crate::cue!("place.label_year")).has_char(c));
    let skip = if year { digits + 1 } else { 0 };
    rest[skip..].iter().take(8).collect()
}

/// The place words that name where people or goods come from: a word right after a
/// `place.origin_before` word (來自廣東省), and the words after it of its list (來自
/// 廣東、福建) or of its run of place + figure pairs (來自廣東省(7萬人次)、湖南省(1萬人次));
/// and the places of a run of pairs whose last place names visitors (香港(15萬人次)及
/// 台灣住客(4萬人次): `place.origin_after`).
/// `lists` and `reach` are [`list_items`]'s and [`figure_pairs`]' answers.
fn origins(
    words: &[(usize, usize, Result<usize, &str>)],
    (lists, reach): (&[Option<usize>], &[Option<usize>]),
    chars: &[char],
    pats: &Patterns,
) -> Vec<usize> {
    let visitors = pats.cues.at(crate::cue!("place.origin_after"));
    let mut out = Vec::new();
    // A run of place + figure pairs whose last place names visitors (韓國(4萬人次)、
    // 香港(15萬人次)及台灣住客(4萬人次)): every place of the run is an origin.
    let mut first = 0;
    for k in 0..words.len() {
        let chained = k > 0 && reach[k - 1].is_some() && reach[k].is_some();
        if !chained {
            first = k;
        }
        let ends_run = !(k + 1 < words.len() && reach[k].is_some() && reach[k + 1].is_some());
        let after: String = chars[words[k].1.min(chars.len())..]
            .iter()
            .take(4)
            .collect();
        if ends_run && k > first && visitors.starts(&after) {
            out.extend(first..=k);
        }
    }
    for (k, w) in words.iter().enumerate() {
        if out.contains(&k) || !after_origin_word(chars, w.0, pats) {
            continue;
        }
        out.push(k);
        let head = lists[k];
        let mut j = k + 1;
        while j < words.len()
            && (head.is_some() && lists[j] == head || reach[j - 1].is_some() && reach[j].is_some())
        {
            out.push(j);
            j += 1;
        }
    }
    out
}

/// How many chars of a generic region's name (内地, 中国内地, 海外) and a joiner may stand between
/// a `place.origin_before` word and the place it introduces.
const ORIGIN_GAP: usize = 6;

/// Whether the place word at char `at` follows a `place.origin_before` word (来自香港),
/// right before it or with a short run of ideographs ending with a joiner between
/// (往来内地及香港: 内地 names no division, and 香港 is the route's other end too).
fn after_origin_word(chars: &[char], at: usize, pats: &Patterns) -> bool {
    let from = pats.cues.at(crate::cue!("place.origin_before"));
    let ends_origin = |end: usize| {
        let before: String = chars[end.saturating_sub(4)..end].iter().collect();
        from.ends(&before)
    };
    if ends_origin(at) {
        return true;
    }
    let Some(&last) = chars.get(at.wrapping_sub(1)) else {
        return false;
    };
    if !joiner(last, pats) {
        return false;
    }
    (2..=ORIGIN_GAP).any(|gap| {
        at >= gap
            && chars[at - gap..at - 1]
                .iter()
                .all(|&c| super::entity::is_han(c))
            && ends_origin(at - gap)
    })
}

/// Whether the place word `w` is an end of a route written between two places with a
/// `place.route_join` word (乐山至资中, 甲镇到乙镇公路): the road's or line's ends, no
/// place of its figures. `named` are the spans of the sentence's places.
fn route_end(
    w: &(usize, usize, Result<usize, &str>),
    (chars, named): (&[char], &[(usize, usize)]),
    pats: &Patterns,
) -> bool {
    let joins = pats.cues.at(crate::cue!("place.route_join"));
    let places_at = |at: usize| named.iter().any(|n| n.0 == at);
    let places_end = |at: usize| named.iter().any(|n| n.1 == at);
    joins.iter().any(|j| {
        let n = j.chars().count();
        let is_join = |at: usize| {
            chars
                .get(at..at + n)
                .is_some_and(|c| c.iter().copied().eq(j.chars()))
        };
        (w.0 >= n && is_join(w.0 - n) && places_end(w.0 - n))
            || (is_join(w.1) && places_at(w.1 + n))
    })
}

/// The digits of a year written before a name without 年 (2024台湾灯会).
const YEAR_DIGITS: usize = 4;

/// Which place words may be a figure's place: not a venue (在上海举行…; 在上海、江苏等地
/// 考察…), a dateline or a comparison base (本报北京; 高于全州), nor part of an event's
/// name after its year (2024台湾灯会), nor the origin of
/// visitors (香港旅客, 香港及中国台湾旅客: `place.origin_after`), nor where a place just
/// named lies (某县位于本省: `place.located_verb`); `named` are the spans of all the
/// sentence's places.
fn kept_words(
    words: &[(usize, usize, Result<usize, &str>)],
    lists: &[Option<usize>],
    (chars, named): (&[char], &[(usize, usize)]),
    pats: &Patterns,
) -> Vec<bool> {
    let cues = &pats.cues;
    let text_before = |at: usize| chars[at.saturating_sub(4)..at].iter().collect::<String>();
    let clause_end = |at: usize| {
        chars[at..]
            .iter()
            .position(|&c| c != '、' && super::subject::is_delim(c))
            .map_or(chars.len(), |k| at + k)
    };
    words
        .iter()
        .enumerate()
        .map(|(k, w)| {
            let after: String = chars[w.1.min(chars.len())..].iter().take(4).collect();
            // Where a place named just before lies (某县位于/本省).
            let located = (cues.at(crate::cue!("place.located_verb")))
                .suffix_of(&text_before(w.0))
                .is_some_and(|v| {
                    let at = w.0 - v.chars().count();
                    words.iter().any(|x| x.1 == at)
                });
            // The list a project is on (是山东省重点项目, 是某省2018年重点工程).
            let label = cues
                .at(crate::cue!("place.label_before"))
                .ends(&text_before(w.0))
                && cues
                    .at(crate::cue!("place.label_after"))
                    .starts(&after_year(&chars[w.1.min(chars.len())..], pats));
            // A trade partner (对香港出口, 自日本进口; 对大陆及香港出口, the first partner
            // no place word): where goods go or come from.
            let partner = partner_before(pats, chars, words[lists[k].unwrap_or(k)].0)
                && cues.at(crate::cue!("place.partner_trade")).starts(&after);
            // An event or brand named with its year glued before (2024台湾灯会).
            let year_named = w.0 >= YEAR_DIGITS
                && chars[w.0 - YEAR_DIGITS..w.0]
                    .iter()
                    .all(char::is_ascii_digit)
                && (w.0 == YEAR_DIGITS
                    || !chars[w.0 - YEAR_DIGITS - 1].is_ascii_digit()
                        && chars[w.0 - YEAR_DIGITS - 1] != '.');
            // Part of a document's title (《某县某某规划》).
            let titled = in_book_title(
                chars[..w.0.min(chars.len())].iter().rev().copied(),
                chars[w.0.min(chars.len())..].iter().copied(),
            );
            // The list this word belongs to: its first and last items.
            let head = lists[k].unwrap_or(k);
            if located
                || route_end(w, (chars, named), pats)
                || label
                || partner
                || year_named
                || titled
                || base_of_comparison(w, chars, pats)
                || cues
                    .at(crate::cue!("place.not_subject_before"))
                    .ends(&text_before(words[head].0))
                || cues
                    .at(crate::cue!("place.whole_before"))
                    .ends(&text_before(w.0))
                || cues
                    .at(crate::cue!("place.not_subject_after"))
                    .starts(&after)
            {
                return false;
            }
            let last = (k..words.len())
                .take_while(|&j| j == k || lists[j] == Some(head))
                .last()
                .unwrap_or(k);
            // 香港旅客, 香港及澳门旅客: the visitors' origin; an anaphor (全县游客) is
            // where they are.
            let mut end = words[last].1.min(chars.len());
            // Places joined after it that are no division (香港及中国台湾旅客).
            while let Some(&(_, e)) = (chars.get(end))
                .filter(|&&c| joiner(c, pats))
                .and_then(|_| named.iter().find(|n| n.0 == end + 1))
            {
                end = e.min(chars.len());
            }
            let after_last: String = chars[end..].iter().take(4).collect();
            // Unless the clause says the place receives them (三亚游客接待量).
            let received = || {
                let rest: String = chars[end..clause_end(end)].iter().collect();
                cues.at(crate::cue!("place.destination_cue"))
                    .occurs_in(&rest)
            };
            if w.2.is_ok()
                && cues
                    .at(crate::cue!("place.origin_after"))
                    .starts(&after_last)
                && !received()
            {
                return false;
            }
            // A place right after another one (在某市某村宣布) is led in where that one is.
            let mut lead = words[head].0;
            while let Some(p) = words.iter().find(|x| x.1 == lead && x.0 < lead) {
                lead = p.0;
            }
            let venue_lead = cues
                .at(crate::cue!("place.venue_before"))
                .ends(&text_before(lead));
            let from = words[last].1.min(chars.len());
            let rest: String = chars[from..clause_end(from)].iter().collect();
            !(venue_lead && cues.at(crate::cue!("place.venue_after")).occurs_in(&rest))
        })
        .collect()
}

/// Whether the place word `w` of the sentence `chars` is the base of a comparison: a
/// `place.compare_close` word right after it (one valued `end` only before a clause
/// delimiter) and a `place.compare_open` word before it in its clause (与全省相比，…;
/// 与比拼对象某县比，…).
fn base_of_comparison(
    w: &(usize, usize, Result<usize, &str>),
    chars: &[char],
    pats: &Patterns,
) -> bool {
    let cues = &pats.cues;
    let close = cues.at(crate::cue!("place.compare_close"));
    let (start, end) = (w.0.min(chars.len()), w.1.min(chars.len()));
    let after: String = chars[end..].iter().take(COMPARE_CHARS).collect();
    let Some(word) = close.prefix_of(&after) else {
        return false;
    };
    let next = chars.get(end + word.chars().count());
    if close.value(word) == Some("end") && !next.is_none_or(|&c| super::subject::is_delim(c)) {
        return false;
    }
    let clause = chars[..start]
        .iter()
        .rposition(|&c| c != '、' && super::subject::is_delim(c))
        .map_or(0, |k| k + 1);
    let before: String = chars[clause..start].iter().collect();
    cues.at(crate::cue!("place.compare_open"))
        .occurs_in(&before)
}

/// Chars after a place word read for a `place.compare_close` word.
const COMPARE_CHARS: usize = 4;

/// Whether the LOC `e` can be a figure's place: a division of the gazetteer, or a name
/// ending with a division suffix of entities.tsv (青山县, 东沟村) that is not a kind of
/// area (`place.not_division_end`: 红色旅游景区, 经济开发区). Scenic spots, mountains,
/// rivers and foreign countries (剑门关, 玉龙雪山, 美国) are named places but no
/// division a figure is counted for.
fn describes_division(e: &EntityMention, pats: &Patterns) -> bool {
    let village = pats.cues.at(crate::cue!("entity.village_suffix"));
    e.division.is_some()
        || village.ends(&e.text)
        || (pats
            .entity_suffixes
            .iter()
            .any(|(s, ty)| *ty == EntityType::Loc && !s.is_empty() && e.text.ends_with(s.as_str()))
            && !pats
                .cues
                .at(crate::cue!("place.not_division_end"))
                .ends(&e.text)
            && !not_place(pats, &e.text))
}

/// Whether LOC `e` is a place word: a division's name, or a port's, airport's or
/// reservoir's named after a division (基隆港, 丹江口水库: [`hub_hit`]), whose figures are
/// counted at that division ([`fact_place`]); not other places (剑门关, 美国).
fn place_word(e: &EntityMention, pats: &Patterns) -> bool {
    describes_division(e, pats) || e.division.is_none() && hub_hit(pats, &e.text).is_some()
}

/// Whether place word `w` stands for its division for a figure whose subject is
/// `subject`: a hub's name (基隆港: [`place_word`]) only when the subject opens with it
/// (基隆港貨櫃裝卸量), not for figures of other things its sentence lists (臺中港已協助完成
/// 海洋(128MW)…風場建置); every other place word always.
fn hub_of_subject(
    words: &PlaceWords,
    w: &(usize, usize, Result<usize, &str>),
    subject: &str,
) -> bool {
    let Ok(k) = w.2 else {
        return true;
    };
    let rule = |t: &str| super::subject::rule_form(true, t).into_owned();
    !words.hubs[k] || rule(subject).starts_with(&rule(&words.locs[k].text))
}

/// The divisions `ents` (a sentence's entities) name as places of their own (河南省, 河南),
/// not inside a body's or project's name (某风电场在某公司山东分公司…) unless that name
/// opens its clause (河南国有煤炭企业完成…), before char `first` (its first quantity): the
/// sentence's topic, not an item its figures list (中标某市某片区等5个项目). `chars` is
/// the sentence.
pub fn topic_places(ents: &[EntityMention], chars: &[char], first: usize) -> Vec<usize> {
    let opens_clause = |e: &EntityMention| {
        e.start == 0
            || chars
                .get(e.start - 1)
                .is_some_and(|&c| super::subject::is_delim(c))
    };
    (ents.iter())
        .filter(|e| e.ty == EntityType::Loc)
        .filter(|e| e.how != super::entity::PROJECT_PLACE || opens_clause(e))
        .filter(|e| e.end <= first)
        .filter_map(|e| e.division)
        .collect()
}

/// What [`fact_place`] reads besides the sentence: the release's places, the figure's
/// section's division, (the division the line's figures before are about in a release of
/// no known place, the divisions named so far, latest last), the last village named.
pub type PlaceContext<'a> = (
    &'a DocPlaces,
    Option<usize>,
    (Option<usize>, &'a [usize]),
    Option<&'a str>,
);

/// The place a figure at sentence char `at` describes, as (name, code): the nearest
/// place word before it in its clause, else the first after it in its clause, else the
/// nearest before its clause in the sentence back to a semicolon; else its `section`'s
/// division, else `carried` (in a release of no known place, the division the figures
/// before it on its line are about), else the release's own place; empty when none. A
/// place word is a LOC
/// or a `place.anaphor` word (全县, 本市, 全国), which means the division whose name
/// ends as its value says: the nearest such division above a coded LOC before it in the
/// sentence (四川：全省 …), else above the release's own place; an anaphor that
/// resolves to none (全国) leaves the place empty. An item of a list of places is the
/// place of the i-th figure after a later 分别 in the figure's clause (香洲、金湾和斗门
/// 分别实现…100亿元、80亿元和60亿元), and no figure's place otherwise (a figure about
/// several places at once, or a list of sources). A port's or reservoir's name stands for
/// its division only for a figure whose `subject` opens with it ([`hub_of_subject`]); a
/// part naming no place may take another part's ([`part_place`]; `dated`: the figure is a
/// date). `chars` is the sentence.
pub fn fact_place(
    words: &PlaceWords,
    chars: &[char],
    (at, subject, dated): (usize, &str, bool),
    pats: &Patterns,
    (doc, section, (carried, earlier), village): PlaceContext,
) -> (String, String) {
    let gaz = pats.gazetteer();
    let delim = |c: char| super::subject::is_delim(c) && c != '、';
    let at = at.min(chars.len());
    let cs = chars[..at]
        .iter()
        .rposition(|&c| delim(c))
        .map_or(0, |k| k + 1);
    let ce = chars[at..]
        .iter()
        .position(|&c| delim(c))
        .map_or(chars.len(), |k| at + k);
    let semicolon = chars[..cs]
        .iter()
        .rposition(|&c| matches!(c, ';' | '；'))
        .map_or(0, |k| k + 1);
    let locs = &words.locs;
    let lists = &words.lists;
    let all = &words.words;
    let reach = &words.reach;
    let chosen = respective(words, chars, (cs, at), pats).or_else(|| {
        // Not an item of a list of places; a place of a place + figure pair only for
        // the figures of its item.
        let single = |k: &usize| {
            lists[*k].is_none()
                && reach[*k].is_none_or(|r| at < r)
                && !names_facility(&all[*k], locs, chars, pats, doc.own)
                && hub_of_subject(words, &all[*k], subject)
        };
        let before = |from: usize, to: usize| {
            (0..all.len())
                .filter(single)
                .filter(|&k| all[k].0 >= from && all[k].1 <= to)
                .max_by_key(|&k| all[k].0)
        };
        before(cs, at)
            .or_else(|| {
                // Not one in a bracket opened after the figure (低于全省12.8个百分点(全省
                // 增长9.5%)): the bracket's figures are that place's.
                (0..all.len())
                    .filter(single)
                    .filter(|&k| reach[k].is_none())
                    .filter(|&k| all[k].0 >= at && all[k].1 <= ce)
                    .filter(|&k| !opens_bracket(&chars[at..all[k].0]))
                    .min_by_key(|&k| all[k].0)
                    .map(|k| innermost(words, k, gaz))
            })
            // Not across a semicolon: parallel parts name their own places; only a
            // topic before a colon (四川：…；…) speaks for the whole sentence. Nor from a
            // clause telling the event that set the figures' action off (某地事故发生后，…).
            .or_else(|| before(semicolon, cs).filter(|&k| !event_clause(pats, chars, all[k].1)))
            .or_else(|| opening_part(words, chars, (semicolon, pats, doc), &before))
            .or_else(|| {
                let parts = (at, ce, semicolon, dated);
                part_place(words, chars, parts, (pats, doc), (&single, &before))
            })
            .or_else(|| colon_topic(words, chars, cs, &single))
    });
    let chosen_span = chosen.map(|k| (all[k].0, all[k].1));
    if let Some(v) = village_place(pats, chars, (cs, at), (chosen_span, village, doc)) {
        return v;
    }
    let division = match chosen.map(|k| &all[k]) {
        // No place word in reach: the figure is about its section's division (a line
        // 茅箭区 heads it), else the release's own place (a county release's 粮食产量
        // 12万吨), when the release names one.
        // A village anaphor before the figure (该村的人均收入…) with no place word in
        // reach: the village named last before it (`place.village_anaphor`).
        None if village.is_some() && village_spoken(pats, &chars[..at]) => {
            return (village.unwrap_or_default().to_string(), String::new());
        }
        None => match section.or(carried) {
            Some(d) => d,
            None => return doc.own_place(gaz).unwrap_or_default(),
        },
        // A village is the finest place named (三江街道芦田村: 芦田村, no code); another
        // place that is no division right after a township is the township's.
        Some(&(start, _, Ok(k))) => match locs[k].division.or_else(|| {
            let village = pats.cues.at(crate::cue!("entity.village_suffix"));
            (!village.ends(&locs[k].text))
                .then(|| glued_division(words, start))
                .flatten()
                .or_else(|| hub_place(pats, &locs[k].text, &doc.context))
        }) {
            // A division opening a name (重庆时代天街商圈, 青岛城阳宝龙城市广场) above the
            // release's own place says less than the own place does.
            Some(d) if opens_name_above_own(&locs[k], d, doc, gaz) => match section {
                Some(d) => d,
                None => return doc.own_place(gaz).unwrap_or_default(),
            },
            Some(d) => d,
            None => return (locs[k].text.clone(), String::new()),
        },
        Some(&(start, _, Err(suffix))) => {
            match anaphor_division(words, (pats, doc, (carried, earlier)), start, suffix) {
                Ok(d) => d,
                Err(named) => return named,
            }
        }
    };
    (
        gaz.name(division).to_string(),
        gaz.code(division).to_string(),
    )
}

/// The most chars of a trade partner listed before a place word with a joiner (对大陆及
/// 香港出口), see [`partner_before`].
const MAX_PARTNER_CHARS: usize = 4;

/// Whether a `place.partner_open` word (对, 自) opens the trade partners that the place
/// word at sentence char `at` of `chars` is (or ends, after one partner of at most
/// [`MAX_PARTNER_CHARS`] chars and a joiner: 对大陆及香港出口).
fn partner_before(pats: &Patterns, chars: &[char], at: usize) -> bool {
    let open = pats.cues.at(crate::cue!("place.partner_open"));
    let joiners = pats.cues.at(crate::cue!("subject.item_joiner"));
    let before = |from: usize, to: usize| chars[from..to].iter().collect::<String>();
    let at = at.min(chars.len());
    if open.ends(&before(at.saturating_sub(4), at)) {
        return true;
    }
    let Some(j) = at.checked_sub(1) else {
        return false;
    };
    let joined = chars[j] == '\u{3001}' || joiners.contains(&chars[j].to_string());
    joined
        && (1..=MAX_PARTNER_CHARS.min(j)).any(|n| {
            chars[j - n..j].iter().all(|&c| super::entity::is_han(c))
                && open.ends(&before((j - n).saturating_sub(4), j - n))
        })
}

/// A figure's place in a village: with a village anaphor in the figure's clause
/// (…，全村有农户336户) and no place word of the clause before it, the village named
/// last, else the village of the release's story; with the `chosen` place word right
/// before the release's own unlisted place (某县某乡|丰收村, the village of its story),
/// that place. None otherwise. `(cs, at)`: the clause start and the figure in `chars`.
fn village_place(
    pats: &Patterns,
    chars: &[char],
    (cs, at): (usize, usize),
    (chosen, village, doc): (Option<Span>, Option<&str>, &DocPlaces),
) -> Option<(String, String)> {
    let own_village = (doc.own_name.as_deref())
        .filter(|n| (pats.cues.at(crate::cue!("entity.village_suffix"))).ends(n));
    if let Some(v) = village.or(own_village) {
        if chosen.is_none_or(|w| w.0 < cs) && village_spoken(pats, &chars[cs..at]) {
            return Some((v.to_string(), String::new()));
        }
    }
    let (w, own) = chosen.zip(doc.own_name.as_deref())?;
    let after = chars.get(w.1..).unwrap_or_default();
    let named = !own.is_empty() && own.chars().zip(after).all(|(a, &b)| a == b);
    (named && after.len() >= own.chars().count()).then(|| (own.to_string(), String::new()))
}

/// Whether `before` (a sentence's chars before a figure) holds a `place.village_anaphor`
/// word (该村, 全村, 村里).
fn village_spoken(pats: &Patterns, before: &[char]) -> bool {
    let before: String = before.iter().collect();
    (pats.cues)
        .at(crate::cue!("place.village_anaphor"))
        .occurs_in(&before)
}

/// Parts that name no place after the first semicolon of the sentence `chars` all continue
/// the place the sentence opens with (1991年某区农户…；利用庭院面积…) in a release about the
/// area above it: nothing parallel to it. `semicolon` is where the figure's part starts
/// (0 before any semicolon); `before(from, to)` is the place word [`fact_place`] would take
/// in that stretch. A full name of a part of the own place or an anaphor, in the first
/// clause: a peer (和顺县… in 左权县's release) is compared, a short name may open a
/// company's (某地钢铁).
fn opening_part(
    words: &PlaceWords,
    chars: &[char],
    (semicolon, pats, doc): (usize, &Patterns, &DocPlaces),
    before: &dyn Fn(usize, usize) -> Option<usize>,
) -> Option<usize> {
    let (all, locs) = (&words.words, &words.locs);
    let delim = |c: char| super::subject::is_delim(c) && c != '、';
    let first = chars.iter().position(|&c| matches!(c, ';' | '；'))?;
    if semicolon == 0 || all.iter().any(|w| w.0 > first) {
        return None;
    }
    let k = before(0, first)?;
    let opens = !chars[..all[k].0].iter().any(|&c| delim(c));
    let gaz = pats.gazetteer();
    let part = |l: usize| {
        let d = locs[l].division;
        locs[l].how == FULL_NAME && (d.zip(doc.own)).is_some_and(|(d, own)| gaz.is_below(d, own))
    };
    let fits = all[k].2.map_or(true, part);
    (opens && fits && !event_clause(pats, chars, all[k].1)).then_some(k)
}

/// [`fact_place`]'s search for the nearest place word between two chars.
type Before<'a> = dyn Fn(usize, usize) -> Option<usize> + 'a;

/// The place word of another part of the sentence a figure at `at` (its clause ending at
/// `ce`, its part after `semicolon`) is about when its own part names none: a date
/// heading the clause after it (2022年，蚌埠固定资产投资…) takes that clause's place word, a
/// part of the release's own place (not a wider venue: 在某市…大会上，某区…); a part after a
/// semicolon takes the place the part before is about (…蚌埠固定资产投资增长0.5%；基础设施投资
/// 增长23.4%), when that is the sentence's one place word so far (parallel parts naming
/// places of their own are not about it), below the release's own, opening no body's name
/// (某市某公司…；…) and in a clause with a figure of its own. `single` and `before` are
/// [`fact_place`]'s.
fn part_place(
    words: &PlaceWords,
    chars: &[char],
    (at, ce, semicolon, dated): (usize, usize, usize, bool),
    (pats, doc): (&Patterns, &DocPlaces),
    (single, before): (&dyn Fn(&usize) -> bool, &Before),
) -> Option<usize> {
    let gaz = pats.gazetteer();
    let (all, locs) = (&words.words, &words.locs);
    let below_own = |k: usize| match all[k].2 {
        Ok(e) => (locs[e].division.zip(doc.own)).is_some_and(|(d, own)| gaz.is_below(d, own)),
        Err(_) => false,
    };
    if dated && chars.get(ce).is_some_and(|&c| matches!(c, ',' | '，')) {
        let next = (ce + 1, clause_end(chars, ce + 1));
        let k = (0..all.len())
            .filter(|k| single(k))
            .filter(|&k| all[k].0 >= next.0 && all[k].1 <= next.1)
            .min_by_key(|&k| all[k].0);
        if let Some(k) = k.filter(|&k| below_own(k)) {
            return Some(innermost(words, k, gaz));
        }
    }
    let k = before(0, semicolon)?;
    if all.iter().filter(|w| w.0 < at).count() != 1 {
        return None;
    }
    let (a, b) = (all[k].0, all[k].1);
    let delim = |c: char| super::subject::is_delim(c) && c != '、';
    let from = chars[..a]
        .iter()
        .rposition(|&c| delim(c))
        .map_or(0, |i| i + 1);
    let figure = chars[from..clause_end(chars, b)]
        .iter()
        .any(|&c| c.is_ascii_digit() || super::number::is_numeral_char(c));
    let named = matches!(all[k].2, Ok(e) if locs[e].how == super::entity::PROJECT_PLACE)
        || facility_after(chars, b, pats);
    (below_own(k) && figure && !named).then_some(k)
}

/// The last place word before the clause starting at `cs` that a colon closes (四川：…):
/// the topic the sentence's parts speak of; `single` is [`fact_place`]'s.
fn colon_topic(
    words: &PlaceWords,
    chars: &[char],
    cs: usize,
    single: &dyn Fn(&usize) -> bool,
) -> Option<usize> {
    let all = &words.words;
    (0..all.len())
        .filter(|k| single(k))
        .filter(|&k| {
            all[k].1 <= cs
                && chars
                    .get(all[k].1)
                    .is_some_and(|&c| matches!(c, ':' | '：'))
        })
        .max_by_key(|&k| all[k].0)
}

/// The end of the clause starting at char `from` of `chars` (a list's 、 goes on).
fn clause_end(chars: &[char], from: usize) -> usize {
    (chars[from.min(chars.len())..].iter())
        .position(|&c| super::subject::is_delim(c) && c != '、')
        .map_or(chars.len(), |k| from + k)
}

/// Whether the place word `loc` of division `d` opens a name (a body's, project's or
/// facility's: [`super::entity::PROJECT_PLACE`]) and lies above the release's own place:
/// the name's place is then the own place, not the wider division its name recalls.
fn opens_name_above_own(loc: &EntityMention, d: usize, doc: &DocPlaces, gaz: &Gazetteer) -> bool {
    loc.how == super::entity::PROJECT_PLACE && doc.own.is_some_and(|own| gaz.is_below(own, d))
}

/// The division an anaphor (`suffix`: 县 of 全县) at sentence char `start` means: the
/// nearest such division above a place named before it in the sentence, else the
/// release's, else at or above `carried` (in a release of no known place, the division
/// its line's figures before are about), else above one named after it, else the
/// release's area; `Err` with the
/// row's (name, code) when the gazetteer knows none (a town it lacks, or empty).
fn anaphor_division(
    words: &PlaceWords,
    (pats, doc, (carried, earlier)): (&Patterns, &DocPlaces, (Option<usize>, &[usize])),
    start: usize,
    suffix: &str,
) -> std::result::Result<usize, (String, String)> {
    let gaz = pats.gazetteer();
    let (locs, all) = (&words.locs, &words.words);
    // A place written with the anaphor's kind is of that kind, whatever its name is now
    // (海门市 of 海门区: `place.former_kind`).
    let own_written =
        |d: usize| doc.own == Some(d) && doc.own_written.iter().any(|&k| suffix.chars().eq([k]));
    let above = |e: &EntityMention| {
        let d = e.division?;
        match e.text.ends_with(suffix) || own_written(d) {
            true => Some(d),
            false => gaz.lineage(d).find(|&a| gaz.name(a).ends_with(suffix)),
        }
    };
    // Only the place words kept: no base, venue or rank's scope (与某县比).
    let kept = |w: &(usize, usize, Result<usize, &str>)| w.2.ok().map(|k| &locs[k]);
    let named = (all.iter())
        .filter(|w| w.1 <= start)
        .rev()
        .filter_map(kept)
        .find_map(above);
    // Else one named after it in the sentence (全市增24.2%…位列宁波…之首) when the
    // release's own place does not say.
    let later = || {
        (all.iter())
            .filter(|w| w.0 >= start)
            .filter_map(kept)
            .find_map(above)
    };
    let area = || doc.area_anaphor(pats, suffix);
    // A release of no known place: at or above the division its line's figures before
    // are about (前郭县…。全县春耕资金…).
    let on_line = || {
        let d = carried?;
        gaz.lineage(d).find(|&a| gaz.name(a).ends_with(suffix))
    };
    // An anaphor of a kind the own place has none of (全县 in a release about a
    // prefecture): the last division of that kind below the own place named before it
    // (临澧县…。…全县已有9家企业).
    // Not when the sentence names a place of that kind the gazetteer does not know (监利县
    // of today's 监利市): the anaphor is that place's.
    let uncoded = || {
        (all.iter())
            .filter(|w| w.1 <= start)
            .filter_map(kept)
            .any(|e| e.text.ends_with(suffix))
    };
    let earlier = || {
        let own = doc.own.filter(|_| !uncoded())?;
        (earlier.iter().rev().copied())
            .find(|&d| gaz.name(d).ends_with(suffix) && gaz.is_below(d, own))
    };
    match named
        .or_else(|| doc.anaphor(pats, suffix))
        .or_else(earlier)
        .or_else(on_line)
        .or_else(later)
        .or_else(area)
    {
        Some(d) => Ok(d),
        // 全镇 of a release about a town the gazetteer does not know.
        None => match &doc.own_name {
            Some(n) if n.ends_with(suffix) => Err((n.clone(), String::new())),
            _ => Err(Default::default()),
        },
    }
}

/// How many Han chars after a division's name may hold the rest of a facility's name.
const FACILITY_CHARS: usize = 12;

/// Whether the place word `w` of the sentence `chars` is a division named inside the
/// name of a facility or body (金秋某塘老年公寓, 某省地方鸡品种资源库: Han chars up to a
/// `place.facility_head` word, no figure or delimiter between) that is neither the
/// release's own place `own` nor below it: the name says nothing of where the figures
/// are, the release does.
fn names_facility(
    w: &(usize, usize, Result<usize, &str>),
    locs: &[EntityMention],
    chars: &[char],
    pats: &Patterns,
    own: Option<usize>,
) -> bool {
    let (Ok(k), Some(own)) = (w.2, own) else {
        return false;
    };
    let gaz = pats.gazetteer();
    let Some(d) = locs.get(k).and_then(|e| e.division) else {
        return false;
    };
    if d == own || gaz.is_below(d, own) {
        return false;
    }
    facility_after(chars, w.1, pats)
}

/// Whether a `place.facility_head` word ends the run of Han chars from char `end` of
/// `chars` within [`FACILITY_CHARS`] (某市|中天合创能源公司): the place opens a name.
fn facility_after(chars: &[char], end: usize, pats: &Patterns) -> bool {
    let heads = pats.cues.at(crate::cue!("place.facility_head"));
    let end = end.min(chars.len());
    let mut run = String::new();
    for &c in chars[end..]
        .iter()
        .take_while(|&&c| super::entity::is_han(c))
        .take(FACILITY_CHARS)
    {
        run.push(c);
        if heads.ends(&run) {
            return true;
        }
    }
    false
}

/// Whether `chars` (the text between a figure and a place word after it) open a bracket
/// they do not close.
fn opens_bracket(chars: &[char]) -> bool {
    let open = chars.iter().filter(|&&c| c == '(').count();
    open > chars.iter().filter(|&&c| c == ')').count()
}

/// Whether the clause going on from `end` (a place word's end) in the sentence `chars`
/// holds a `place.event_after` word: it tells an event at that place (某地燃气爆炸事故发生
/// 后), and the figures of the clauses after it are of the action it set off elsewhere.
fn event_clause(pats: &Patterns, chars: &[char], end: usize) -> bool {
    let end = end.min(chars.len());
    let stop = chars[end..]
        .iter()
        .position(|&c| c != '、' && super::subject::is_delim(c))
        .map_or(chars.len(), |k| end + k);
    let rest: String = chars[end..stop].iter().collect();
    pats.cues
        .at(crate::cue!("place.event_after"))
        .occurs_in(&rest)
}

/// The division of the place word ending right where a place that is no division
/// starts (三江街道芦田村: a village after its township): the village is no division,
/// its township is the finest one named.
fn glued_division(words: &PlaceWords, start: usize) -> Option<usize> {
    words.words.iter().find_map(|w| match w.2 {
        Ok(e) if w.1 == start => words.locs[e].division,
        _ => None,
    })
}

/// The last of the run of place words from word `k` on that go down the divisions with
/// nothing between (社旗县下洼镇: 下洼镇, a township of 社旗县); a place after it that
/// has no code (a village) ends the run.
fn innermost(words: &PlaceWords, k: usize, gaz: &Gazetteer) -> usize {
    let all = &words.words;
    let division = |k: usize| match all[k].2 {
        Ok(e) => words.locs[e].division,
        Err(_) => None,
    };
    let mut k = k;
    while let (Some(up), Some(next)) = (division(k), all.get(k + 1)) {
        let below = (next.0 == all[k].1)
            .then(|| division(k + 1))
            .flatten()
            .filter(|&d| gaz.is_below(d, up));
        if below.is_none() {
            break;
        }
        k += 1;
    }
    k
}

/// The place word a 分别 gives the figure at `at` (its clause starting at `cs`): the
/// i-th item of the list of places nearest before that 分别 in the sentence, when the
/// 分别 is in the figure's clause and i figures' joiners (、 和) lie between them.
fn respective(
    words: &PlaceWords,
    chars: &[char],
    (cs, at): (usize, usize),
    pats: &Patterns,
) -> Option<usize> {
    let r = *words
        .respectively
        .iter()
        .filter(|&&r| r >= cs && r < at)
        .max()?;
    let all = &words.words;
    // The last list item before the 分别, and the items of its list.
    let last = (0..all.len())
        .filter(|&k| words.lists[k].is_some() && all[k].1 <= r)
        .max_by_key(|&k| all[k].0)?;
    let head = words.lists[last]?;
    let items: Vec<usize> = (head..=last)
        .filter(|&k| words.lists[k] == Some(head))
        .collect();
    let i = chars[r..at].iter().filter(|&&c| joiner(c, pats)).count();
    items.get(i).copied()
}

#[cfg(test)]
mod tests {
    use super::super::{DocExtract, Extractor, Options};
    use crate::patterns::Patterns;
    use std::sync::OnceLock;

    fn extract(text: &str) -> DocExtract {
        static EX: OnceLock<Extractor> = OnceLock::new();
        EX.get_or_init(|| Extractor::new(Patterns::builtin().unwrap()).unwrap())
            .extract(text, Options::default())
    }

    /// The LOC rows of a text as (name, code).
    fn places(x: &DocExtract) -> Vec<(String, String)> {
        x.entities
            .iter()
            .filter(|e| e.ty == crate::patterns::EntityType::Loc)
            .map(|e| (e.text.clone(), e.code.clone()))
            .collect()
    }

    /// The place of the fact written `t`.
    fn place_of(x: &DocExtract, t: &str) -> (String, String) {
        let f = x.facts.iter().find(|f| f.text == t).expect(t);
        (f.place.clone(), f.place_code.clone())
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn a_trade_partner_listed_after_another_is_no_place_of_the_figure() {
        let text = "全县外贸运行\n今年全县出口值12.5亿元，对日本及香港出口3.2亿元。\n";
        let x = extract(text);
        assert_ne!(place_of(&x, "3.2亿元").0, "香港特别行政区");
    }

    #[test]
    fn a_release_listing_one_countys_townships_is_that_countys() {
        // A department's report that never names its county lists its townships.
        let text = "县农业农村局：春耕备耕有序推进\n\
                    今年全县完成春播面积12万亩，发放良种补贴850万元。\n\
                    在桐峪、麻田、芹泉、拐儿等6个乡镇建成示范田3200亩。\n";
        let x = extract(text);
        assert_eq!(x.place, pair("左权县", "140722"));
        assert_eq!(place_of(&x, "12万亩").0, "左权县");
        // Two names only, or names of no one county, settle nothing.
        let text = "县农业农村局：春耕备耕\n在桐峪、麻田等乡镇建成示范田3200亩。\n";
        assert_eq!(extract(text).place, pair("", ""));
    }

    #[test]
    fn a_villages_story_places_its_figures_at_the_village() {
        let text = "云龙丰收村：产业发展奏新曲\n\
                    云龙县团结彝族乡丰收村地处山区，全村有农户336户。\n\
                    近年来丰收村种植中药材3000亩，丰收村村民人均收入8000元。\n";
        let x = extract(text);
        assert_eq!(x.place, pair("丰收村", ""));
        assert_eq!(place_of(&x, "3000亩").0, "丰收村");
        // A county's story that opens in one of its villages names the county more.
        let text = "察布查尔县援建项目竣工\n\
                    在察布查尔县海努克乡切吉村，一批援建项目陆续竣工，全村受益。\n\
                    察布查尔县今年新建幼儿园12所，察布查尔县新增就业3000人。\n";
        let x = extract(text);
        assert_eq!(place_of(&x, "12所").0, "察布查尔锡伯自治县");
        // The county the title names, the page repeating it, does not outweigh the village.
        let text = "岳阳湘阴：辣椒富了村\n岳阳湘阴：辣椒富了村\n\
                    2月，湘阴县金龙镇东风村的大棚里，村民正在移栽辣椒苗。\n\
                    东风村今年种植辣椒300亩，村里入股农户41户。\n东风村人均增收3000元。\n\
                    湘阴县农业农村局派员指导。\n";
        assert_eq!(place_of(&extract(text), "300亩").0, "东风村");
        // A division right before the story's village, and 全村 in a clause after a
        // place word of another clause, name the village.
        let text = "云龙丰收村：产业发展奏新曲\n\
                    云龙县团结彝族乡丰收村是该县贫困村之一，全村有农户336户。\n\
                    近年来丰收村种植中药材3000亩，丰收村村民人均收入8000元。\n";
        assert_eq!(place_of(&extract(text), "336户").0, "丰收村");
        // A kind of village is no village's name (某县新农村).
        let text = "云龙县新农村建设\n云龙县新农村建设成效明显，全村道路硬化12公里。\n";
        assert_eq!(extract(text).place.0, "云龙县");
        // An Inner Mongolian village (嘎查) whose committees (嘎查两委) the story speaks of.
        let text = "鄂托克前旗昂素镇巴音嘎查：肉羊基地建设忙\n\
                    镇党委和嘎查两委帮办各项手续。巴音嘎查肉羊基地总投资3000万元。\n\
                    巴音嘎查今年出栏肉羊5000只。\n";
        assert_eq!(place_of(&extract(text), "3000万元").0, "巴音嘎查");
    }

    #[test]
    fn a_taiwan_release_naming_taiwan_whole_is_about_the_region() {
        // A ministry's national figures; a photo caption later names a city twice.
        let text = "內政部公布台灣人口統計\n\
                    內政部今日公布，截至3月底台灣人口總數2331萬2000人，較上月增加1200人。\n\
                    出生數為1萬3500人，死亡數為1萬6800人。\n\
                    圖為民眾在台中市公園散步。台中市公園假日遊客眾多。\n\
                    結婚對數為1萬200對。\n離婚對數為4100對。\n遷入人數為2萬人。\n\
                    遷出人數為1萬8000人。\n";
        let x = extract(text);
        assert_eq!(x.place, pair("台湾省", "710000"));
        assert_eq!(place_of(&x, "1萬3500人"), pair("台湾省", "710000"));
        // A city's release keeps its city, though it names Taiwan.
        let text = "臺中市政府新聞稿\n\
                    臺中市政府今日表示，全台首座智慧公園啟用，今年補助經費3200萬元。\n\
                    市府將持續推動。\n";
        assert_eq!(extract(text).place.0, "台中市");
        // A Taiwan report written in traditional characters by an outlet elsewhere,
        // naming Hong Kong only as a market, is Taiwan's.
        let text = "臺灣首季出口創新高\n\
                    臺灣財政部公佈，第一季臺灣出口值738.3億美元，對香港出口301.9億美元。\n\
                    臺灣進口值692.6億美元，增長21.8%。\n";
        assert_eq!(extract(text).place, pair("台湾省", "710000"));
    }

    #[test]
    fn a_company_named_after_a_hong_kong_district_leaves_a_county_story_mainland() {
        // 九龙 of a company's name is a Hong Kong mark; the mainland's policy words win.
        let text = "河南某县某乡：产业兴旺\n\
                    记者走进河南九龙实业，九龙实业负责人介绍，企业年产值逾6000万元，\
                    人均月薪6000元。乡村振兴让村集体收入不断增加。\n";
        let x = extract(text);
        let f = x.facts.iter().find(|f| f.text == "6000元").expect("6000元");
        assert_eq!(f.unit, "CNY");
        assert_ne!(x.place.0, "香港特别行政区");
    }

    #[test]
    fn an_anaphor_of_a_kind_the_own_place_lacks_means_the_last_such_division_named() {
        // A prefecture's release: 全县 is the county below it named before.
        let text = "常德市新材料产业园揭牌\n\
                    3月5日，常德市新材料产业园举行揭牌仪式，8个项目集中签约。\n\
                    近年来，临澧县依托矿产资源发展新材料产业。去年全县已有9家规模企业，产值超过25亿元。\n";
        assert_eq!(place_of(&extract(text), "9家").0, "临澧县");
        // A county of that kind the sentence names, unknown to the gazetteer by that
        // name, keeps the anaphor its own: no earlier county is taken.
        let text = "常德市新材料产业园揭牌\n\
                    3月5日，常德市新材料产业园举行揭牌仪式，8个项目集中签约。\n\
                    近年来，临澧县依托矿产资源发展新材料产业。\n\
                    在老石门县，今年全县已有9家规模企业。\n";
        assert_ne!(place_of(&extract(text), "9家").0, "临澧县");
    }

    #[test]
    fn a_release_of_no_place_carries_a_lines_topic_place_to_its_next_figures() {
        let text = "煤炭生产形势良好\n记者从有关部门获悉。各地加紧生产。电煤供应充足。\n\
                    今年1至11月，河南省累计生产原煤1.1亿吨。其中，国有重点煤矿完成6095万吨。\n\
                    山西省煤炭产量完成3.7亿吨，同比增长5%。铁路运量完成2.1亿吨。\n\
                    重点煤矿完成3000万吨。\n各地将继续做好保供工作。\n下一步还将加强调度。\n请继续关注。";
        let x = extract(text);
        assert_eq!(x.place, pair("", ""));
        assert_eq!(place_of(&x, "6095万吨"), pair("河南省", "410000"));
        assert_eq!(place_of(&x, "2.1亿吨"), pair("山西省", "140000"));
        // A new line starts afresh.
        assert_eq!(place_of(&x, "3000万吨"), pair("", ""));
    }

    #[test]
    fn a_short_name_jieba_reads_as_a_noun_opening_a_park_names_the_release() {
        // 秀屿 and 仙游 are read as common nouns (秀屿/n): opening a park's name they are
        // the county all the same.
        let x =
            extract("近日，落户于秀屿临港产业园的风电装备基地项目现场一派繁忙。项目占地150亩。");
        assert_eq!(x.place, pair("秀屿区", "350305"));
        let x = extract("仙游工业园区今年新引进项目12个，完成投资30亿元。");
        assert_eq!(x.place, pair("仙游县", "350322"));
        // A noun that is no division's short name opens no place.
        let x = extract("现代农业产业园今年新引进项目12个，完成投资30亿元。");
        assert_eq!(x.place, pair("", ""));
    }

    #[test]
    fn a_province_ranking_the_releases_park_is_no_place_of_the_release() {
        // 全省首个, 云南省乃至全国首个: the park is ranked in the province, so the
        // release is of a division below it; 安宁 (a common word too) opening the park's
        // name is that county.
        let text = "粤商产业园项目开工\n\
                    昨日，粤商产业园项目在安宁工业园区草铺片区开工，这也是全省首个绿色装配式园区。\n\
                    该园区是云南省乃至全国首个全产业链园区。\n\
                    园区今年引进项目14个，总投资17亿元。\n\
                    项目建成后年产值可达30亿元，将带动就业1800人。\n\
                    园区将加快建设进度。\n力争明年底全面投产。";
        let x = extract(text);
        assert_eq!(x.place, pair("安宁市", "530181"));
        assert_eq!(place_of(&x, "17亿元").0, "安宁市");
        // A province named as the scope of its own figures stays the place.
        let x = extract("云南省今年引进项目14个，总投资17亿元。\n全省项目建设进展顺利。");
        assert_eq!(x.place, pair("云南省", "530000"));
    }

    #[test]
    fn the_ends_of_a_route_are_no_place_of_the_figures_after_it() {
        // 南充至重庆潼南高速: both ends of the route, and the place naming the road.
        let x = extract(
            "该物流园位于遂宁市船山区永兴镇，紧邻成南高速、南充至重庆潼南高速等干道，规划占地800亩，总投资20亿元。",
        );
        assert_eq!(place_of(&x, "800亩").0, "永兴镇");
        // A destination after a verb (搬迁至某镇) is no route's end.
        let x = extract("自从2017年搬迁至陡箐镇易地扶贫搬迁安置点以来，他家年收入3万元。");
        assert_eq!(place_of(&x, "3万元").0, "陡箐镇");
    }

    #[test]
    fn a_postal_address_line_names_no_place_of_the_release() {
        let text = "联系我们\n地址:云南省西双版纳州景洪市电子商贸城\n电话:13578111921\n\
                    国家级经开区发展成效显著\n2022年，国家级经开区实现地区生产总值12.8万亿元。\n\
                    办刊地址：南昌市青云谱区某路355号\n联系地址：江西省南昌市青云谱区某路355号";
        let x = extract(text);
        assert_eq!(x.place, pair("", ""));
        assert_eq!(place_of(&x, "12.8万亿元"), pair("", ""));
    }

    #[test]
    fn a_national_figure_ends_the_lines_carried_place() {
        let text = "陶瓷行业年度报告\n记者从有关部门获悉。各地加紧生产。行业整体平稳。\n\
                    广东省开窑率平均在50%左右。全国共有26家企业新线投产。新建产线日产能超过70万平方米。\n\
                    各地将继续做好工作。\n下一步还将加强调度。\n请继续关注。";
        let x = extract(text);
        assert_eq!(x.place, pair("", ""));
        assert_eq!(place_of(&x, "50%左右"), pair("广东省", "440000"));
        assert_eq!(place_of(&x, "26家"), pair("", ""));
        assert_eq!(place_of(&x, "超过70万平方米"), pair("", ""));
    }

    #[test]
    fn a_menu_or_login_box_opening_the_page_comes_before_the_title() {
        let text = "今日  首页 - 帮助\n文章搜索:\n用户名: 密码: [注册][找回密码]\n\
                    我国人均预期寿命达到78.6岁\n据新华社北京8月29日电 全国医疗卫生机构总数107万个。\n\
                    山东省医疗卫生机构8.5万个，山东省床位数达70万张。";
        let x = extract(text);
        // The national title is among the first lines: no own place, and a figure
        // naming none is national.
        assert_eq!(x.place, pair("", ""));
        assert_eq!(place_of(&x, "107万个"), pair("", ""));
    }

    #[test]
    fn landscape_words_and_ordinary_words_are_no_places() {
        let names = |t: &str| {
            places(&extract(t))
                .into_iter()
                .map(|p| p.0)
                .collect::<Vec<_>>()
        };
        assert!(names("今年花海面积扩大到3000亩，山岭间新建步道5公里。").is_empty());
        assert!(names("发展滨海旅游，当地日照充足。").is_empty());
        // Beside its division, or written in full, the place stays.
        assert!(names("江苏盐城滨海县新建大棚5座。").contains(&"滨海县".to_string()));
        assert!(names("日照市港口吞吐量5亿吨。").contains(&"日照市".to_string()));
    }

    #[test]
    fn a_name_across_a_set_phrase_or_a_conjunction_is_none() {
        // 乡村振兴 holds 振兴 of 振兴区.
        let x = extract("今年乡村振兴区设施农业新建大棚120座。");
        assert_eq!(place_of(&x, "120座").0, "");
        let x = extract("全县乡村振兴区域内新建大棚12座。");
        assert_eq!(place_of(&x, "12座").0, "");
        // 区和县: a district and a county, no 和县; after its own city it is the county.
        let x = extract("联合高新区和县人才网举办招聘会，共有89家企业参与。");
        assert_eq!(place_of(&x, "89家").0, "");
        let x = extract("马鞍山市和县新建大棚12座。");
        assert_eq!(place_of(&x, "12座"), pair("和县", "340523"));
        let x = extract("振兴区新建大棚12座。");
        assert_eq!(place_of(&x, "12座"), pair("振兴区", "210603"));
    }

    #[test]
    fn an_honours_scope_is_no_level_of_the_release() {
        // 全省 in a decision's title and in the honour granted: the city paper's release
        // stays at its city.
        let t = "高新区农业农村局获评全省农业系统先进集体\n来源:平顶山日报 发布日期:2023-03-20\n\n\
            (记者 王某)3月9日,省农业农村厅日前下发《关于表彰全省农业系统先进集体的决定》,\
            授予该局全省农业系统先进集体称号。\n近年来,该局新建高标准农田1.2万亩,占全市的12.5%。";
        assert_eq!(extract(t).place, pair("平顶山市", "410400"));
        // Spoken of as the release's own, 全省 lifts it to the province.
        let t = t.replace("授予该局全省农业系统先进集体称号", "全省新增农田3万亩");
        assert_eq!(extract(&t).place, pair("河南省", "410000"));
    }

    #[test]
    fn a_batch_of_a_national_list_is_an_honours_scope() {
        // 入选首批全国…强镇: the town joins a national list; the release is the town's.
        let t = "立即下载\n南县华阁镇入选首批全国农业产业强镇\n2023-09-13 15:42:19\n\
                 近日，农业农村部公布首批全国农业产业强镇名单，南县华阁镇成功入选。\n\
                 华阁镇位于南县东部，全镇稻虾种养面积约5万亩，综合产值4.2亿元。";
        let x = extract(t);
        assert_eq!(x.place, pair("华阁镇", "430921126"));
        assert_eq!(place_of(&x, "4.2亿元").0, "华阁镇");
    }

    #[test]
    fn a_township_named_by_its_stem_before_its_seat_is_that_township() {
        let t = "腾冲市住建局关于某建议的答复\n目前，界头集镇污水管网建成4500米，固东集镇污水管网建成3000米。\
                 甲乙集镇污水管网建成500米。";
        let x = extract(t);
        assert_eq!(place_of(&x, "4500米").0, "界头镇");
        assert_eq!(place_of(&x, "3000米").0, "固东镇");
        // A stem no township of the county has stays the county's.
        assert_eq!(place_of(&x, "500米").0, "腾冲市");
    }

    #[test]
    fn a_province_a_county_lies_in_is_no_place_of_its_figures() {
        // 地处 says where the county lies, as 位于 does (place.located_verb).
        let t = "关于某建议的答复\n铁岭县地处辽宁省北部，区域面积337.5万亩，林业用地面积119万亩。";
        let x = extract(t);
        assert_eq!(place_of(&x, "337.5万亩").0, "铁岭县");
        assert_eq!(place_of(&x, "119万亩").0, "铁岭县");
    }

    #[test]
    fn an_association_named_in_the_footer_is_no_issuing_place() {
        // A provincial association's site reposting national figures: its name (an
        // abbreviation and a joiner inside: 交通运输/j 与 物流) opens with its province.
        let body = "上半年快递业务量较快增长\n上半年，全社会完成快递业务量600亿件，同比增长30%。\n\
                    其中，同城快递业务量增长20%。\n异地快递业务量增长32%。\n国际快递业务量增长25%。\n\
                    快递业务收入增长26%。\n\n\n";
        for footer in [
            "河北省交通运输与物流协会   冀ICP备12345678号",
            "河北省仓储物流协会",
        ] {
            let x = extract(&format!("{body}{footer}"));
            assert_eq!(x.place, pair("", ""), "{footer}");
        }
    }

    #[test]
    fn a_national_texts_footer_address_is_no_issuing_place() {
        let t = "国家能源信息中心  \n邮箱 微信\n \n \n首页 > 信息发布 > 能源信息\n \n \n\
            2021年我国新建充电桩30万个\n来源:新华网 时间:2022-02-06 10:36:00  \n \n\n\
            新华社北京2月6日电(记者 王某)记者近日从国家能源局获悉,2021年,我国新建充电桩30万个,\
            同比增长15%,全国累计建成充电桩260万个。\n\n其中,公共充电桩增加10万个。\
            河北省新建充电桩2万个。\n\n \n \n  Copyright@2006 www.example.gov.cn\n\
            地址:北京市西城区三里河路1号 电话:12345678\n版权所有:国家能源信息中心";
        let x = extract(t);
        assert_eq!(x.place, pair("", ""));
        assert_eq!(place_of(&x, "260万个").0, "");
        // A text that speaks of its own county takes the footer's county.
        let t = t.replace("全国累计", "全区累计");
        assert_eq!(extract(&t).place, pair("西城区", "110102"));
    }

    #[test]
    fn a_municipal_districts_name_in_a_provinces_text_is_a_namesake() {
        // 全省 says the text is a province's: its 滨海新区 is no district of 天津市.
        let t = "滨海新区经济稳中有进\n前三季度，滨海新区完成投资48亿元，居全省新区第二。";
        let x = extract(t);
        assert_eq!(x.place, pair("滨海新区", ""));
        assert_eq!(place_of(&x, "48亿元"), pair("滨海新区", ""));
        // Without a province spoken of it is the municipality's district.
        let t = "滨海新区经济稳中有进\n前三季度，滨海新区完成投资48亿元，居全市第二。";
        assert_eq!(extract(t).place, pair("滨海新区", "120116"));
    }

    #[test]
    fn a_township_name_ending_a_longer_guessed_name_is_none() {
        // jieba reads 荷乐桥 as one name: the town is 荷乐桥镇 (unknown to the
        // gazetteer), not the township 乐桥镇 of another province.
        let x = extract("荷乐桥镇：融入新城\n2021年，荷乐桥镇完成工业总产值7万元。");
        assert_ne!(x.place.0, "乐桥镇");
        assert_ne!(place_of(&x, "7万元").0, "乐桥镇");
        // Written on its own the township is found.
        let x = extract("乐桥镇：融入新城\n2021年，乐桥镇完成工业总产值7万元。");
        assert_eq!(x.place.0, "乐桥镇");
    }

    #[test]
    fn gazetteer_names_get_their_codes() {
        let x = extract("山西省左权县今年完成固定资产投资12亿元。");
        let p = places(&x);
        assert!(p.contains(&pair("左权县", "140722")), "{p:?}");
        assert!(p.contains(&pair("山西省", "140000")), "{p:?}");
        assert_eq!(place_of(&x, "12亿元"), pair("左权县", "140722"));
        assert_eq!(x.place, pair("左权县", "140722"));
    }

    #[test]
    fn a_division_kind_glued_to_a_function_word_is_the_names() {
        // jieba reads 区为 and 区及 as words (p, c): the kind char still ends the name.
        let x = extract("臺南市政府表示，永康區為人口最多的行政區，安南區及新營區共投資5億元。");
        let p: Vec<String> = places(&x).into_iter().map(|p| p.0).collect();
        assert!(p.contains(&"永康區".to_string()), "{p:?}");
        assert!(p.contains(&"安南區".to_string()), "{p:?}");
        assert!(!p.contains(&"永康".to_string()), "{p:?}");
        assert!(!p.contains(&"安南".to_string()), "{p:?}");
    }

    #[test]
    fn a_short_name_that_is_a_common_noun_needs_jieba_or_its_province() {
        // 来宾 (guests) at a ceremony is no 来宾市.
        let x = extract("开工仪式邀请各位来宾共300人参加，总投资5亿元。");
        assert!(places(&x).is_empty(), "{:?}", places(&x));
        // In a Guangxi release the city's short name stays a place.
        let x = extract("广西壮族自治区发布\n南宁、来宾两市共引进项目30个。");
        let p = places(&x);
        assert!(p.contains(&pair("来宾", "451300")), "{p:?}");
    }

    #[test]
    fn short_names_where_the_tokens_agree() {
        let x = extract("晋中市召开经济运行分析会。\n左权今年新增市场主体800户，和顺新增600户。");
        let p = places(&x);
        assert!(p.contains(&pair("左权", "140722")), "{p:?}");
        assert!(p.contains(&pair("和顺", "140723")), "{p:?}");
        assert_eq!(place_of(&x, "800户"), pair("左权县", "140722"));
        // Inside a longer word a short name is none (左权 in 左权益 is no token).
        let x = extract("维护劳动者合法权益，涉及金额300万元。");
        assert!(places(&x).is_empty(), "{:?}", places(&x));
    }

    #[test]
    fn ambiguous_names_take_the_releases_province() {
        let body = "朝阳区全年实现地区生产总值850亿元。";
        let x = extract(&format!("吉林省长春市统计公报\n{body}"));
        assert!(
            places(&x).contains(&pair("朝阳区", "220104")),
            "{:?}",
            places(&x)
        );
        let x = extract(&format!("北京市统计公报\n{body}"));
        assert!(
            places(&x).contains(&pair("朝阳区", "110105")),
            "{:?}",
            places(&x)
        );
        // Nothing decides: a place without a code.
        let x = extract(body);
        assert!(places(&x).contains(&pair("朝阳区", "")), "{:?}", places(&x));
    }

    #[test]
    fn a_district_named_by_its_former_kind_is_what_that_kinds_anaphors_mean() {
        // 从化 became a district of 广州 in 2014; a page written before calls it 从化市 and
        // speaks of it as 该市 and 全市.
        let x = extract(
            "记者获悉，从化统计局发布一季度经济运行情况。该市一季度生产总值55.7亿元，\
             在全广州排名第二。据从化市农业局统计，全市蔬菜产量9.9万吨。",
        );
        assert_eq!(x.place, pair("从化区", "440117"));
        assert_eq!(place_of(&x, "55.7亿元"), pair("从化区", "440117"));
        assert_eq!(place_of(&x, "9.9万吨"), pair("从化区", "440117"));
        // Written with its kind of today, 全市 is its city's.
        let x = extract("从化区农业局：全市蔬菜产量9.9万吨。");
        assert_eq!(place_of(&x, "9.9万吨"), pair("广州市", "440100"));
        // In a sentence naming it so, 全市 means it too.
        let x = extract("海门市加强市场监管，全市商品房销售金额4.05亿元。");
        assert_eq!(place_of(&x, "4.05亿元"), pair("海门区", "320614"));
    }

    #[test]
    fn a_new_area_that_is_one_district_by_another_name_is_that_district() {
        let x = extract("西海岸新区前三季度经济运行情况\n全区规模以上工业增加值增长5.2%。");
        assert_eq!(x.place, pair("黄岛区", "370211"));
        assert_eq!(place_of(&x, "5.2%"), pair("黄岛区", "370211"));
    }

    #[test]
    fn a_place_before_the_term_gdp_is_no_region_named_with_its_first_word() {
        // 地区生产总值 is one term: 上虞 names the district, no region 上虞地区.
        let x = extract("绍兴市上虞区统计公报\n全年实现上虞地区生产总值624亿元。");
        assert_eq!(place_of(&x, "624亿元"), pair("上虞区", "330604"));
        assert!(
            !places(&x).iter().any(|p| p.0 == "上虞地区"),
            "{:?}",
            places(&x)
        );
        // A region named so stays one.
        let x = extract("大兴安岭地区全年造林12万亩。");
        assert_eq!(place_of(&x, "12万亩").0, "大兴安岭地区");
    }

    #[test]
    fn generic_words_are_no_places() {
        let x = extract(
            "建设产粮大县和商贸重镇，推动企业上市，完成土建工程投资5亿元，城关片区新增3家。",
        );
        assert!(places(&x).is_empty(), "{:?}", places(&x));
        let x = extract("全市3大园区营业额增长12%，三大片区新增企业5家。");
        assert!(places(&x).is_empty(), "{:?}", places(&x));
        // Rural and village as common nouns (新型农村合作医疗), and a division's name
        // whose first char belongs to the word before it (快于 + 于城镇).
        let x = extract("全面推进新型农村合作医疗，农民收入增速快于城镇居民2个百分点。");
        assert!(places(&x).is_empty(), "{:?}", places(&x));
        // Words jieba tags as places (江海/ns, 新店/ns, 入海口/ns).
        let x = extract("江海联运船舶开到入海口，新店开业首日客流3万人次。");
        assert!(places(&x).is_empty(), "{:?}", places(&x));
    }

    #[test]
    fn villages_and_streets_by_suffix() {
        let x = extract("左权县桐峪镇东沟村建成光伏电站2座，东华门街道新增就业岗位120个。");
        let p = places(&x);
        assert!(p.contains(&pair("东沟村", "")), "{p:?}");
        assert!(p.contains(&pair("桐峪镇", "140722101")), "{p:?}");
        assert!(p.contains(&pair("东华门街道", "110101001")), "{p:?}");
    }

    #[test]
    fn anaphors_are_the_releases_own_place() {
        let text = "左权县2025年国民经济运行情况\n全县实现地区生产总值88亿元，全市排名第二。\n本县粮食产量12万吨。";
        let x = extract(text);
        assert_eq!(x.place, pair("左权县", "140722"));
        assert_eq!(place_of(&x, "88亿元"), pair("左权县", "140722"));
        assert_eq!(place_of(&x, "12万吨"), pair("左权县", "140722"));
        // A rank's scope (全省排位第五) is no place of the part's figures after it.
        let text = "晋中市上半年畜牧业生产情况\n二季度末生猪存栏243万头，全省排位第五，其中，能繁母猪存栏23万头，同比下降6.7%。";
        let x = extract(text);
        assert_eq!(place_of(&x, "23万头").0, "晋中市");
        // From the dateline when the title names no place.
        let x =
            extract("一季度经济运行平稳\n本报玉环讯 玉环市统计局发布数据。\n全市工业产值增长5%。");
        assert_eq!(place_of(&x, "5%"), pair("玉环市", "331083"));
    }

    #[test]
    fn a_clause_naming_another_county_gets_that_county() {
        let text = "左权县2025年经济运行情况\n全县粮食产量12万吨，和顺县粮食产量9万吨。";
        let x = extract(text);
        assert_eq!(place_of(&x, "12万吨"), pair("左权县", "140722"));
        assert_eq!(place_of(&x, "9万吨"), pair("和顺县", "140723"));
    }

    #[test]
    fn national_figures_and_anaphors_of_a_named_place() {
        // 全国 after a dateline city: a national figure, no place.
        let x = extract("新华社北京3月2日电 全国共接待游客3亿人次，实现收入3651亿元。");
        assert_eq!(place_of(&x, "3亿人次"), pair("", ""));
        assert_eq!(place_of(&x, "3651亿元"), pair("", ""));
        // 全省 after a named province is that province.
        let x = extract("湖北：全省接待游客597万人次。");
        assert_eq!(place_of(&x, "597万人次"), pair("湖北省", "420000"));
    }

    #[test]
    fn names_inside_organisations_are_no_places() {
        let x = extract("山西左权农业发展有限公司完成产值30亿元。");
        assert!(places(&x).is_empty(), "{:?}", places(&x));
    }

    #[test]
    fn areas_and_sights_are_no_figures_place() {
        // A scenic area and a development zone are named places, not divisions: the
        // figure takes the release's county.
        let x = extract(
            "青川县文旅局发布假日数据\n红色旅游景区接待游客12万人次。\n经济开发区新增企业30家。",
        );
        assert_eq!(x.place.0, "青川县");
        assert_eq!(place_of(&x, "12万人次").0, "青川县");
        assert_eq!(place_of(&x, "30家").0, "青川县");
        // A village outside the gazetteer still is one.
        let x = extract("青川县发布消息\n东沟村今年种植中药材800亩。");
        assert_eq!(place_of(&x, "800亩").0, "东沟村");
    }

    #[test]
    fn a_part_named_by_its_direction_is_no_releases_place() {
        // 九龍西 (a hospital cluster) in the title names no place the release is about.
        let text = "專科輪候逾百周 九龍西眼科要等近4年\n                    醫管局公布門診輪候時間，全港新症預約達95.4萬人次。";
        let x = extract(text);
        assert_eq!(x.place.0, "香港特别行政区");
        assert_eq!(place_of(&x, "95.4萬人次").0, "香港特别行政区");
        // A locality word after the compass char is the division's own part (西部).
        let x = extract("黄冈市西部山区发展纪实\n全市新建公路30公里。");
        assert_eq!(x.place.0, "黄冈市");
        let x = extract("永平县东西部协作工作总结\n全县实施项目10个。");
        assert_eq!(x.place.0, "永平县");
    }

    #[test]
    fn a_short_name_after_a_lone_morpheme_is_the_tail_of_another_name() {
        // jieba leaves 浦 alone before 阳江: the river 浦阳江, not the city 阳江市.
        let x = extract("杭州市水情通报\n钱塘江、浦阳江流域平均降雨量分别为615毫米、641毫米。");
        assert!(
            !x.entities.iter().any(|e| e.text == "阳江"),
            "{:?}",
            x.entities
        );
        assert_eq!(place_of(&x, "641毫米").0, "杭州市");
    }

    #[test]
    fn a_title_naming_a_city_and_its_district_is_the_districts() {
        // The district's full name starts where its short name does (高陵区, 高陵): the
        // title's run 西安市高陵区 goes down one line; the city named more often in the
        // text (ranked in 西安市) is no release's place.
        let text = "西安市高陵区获评年度考核先进
                    5月11日，西安市召开考核总结会议，高陵区获奖。
                    全年全区生产总值426亿元，排名西安市第一；税收增速35%，排名西安市第一；                    工业增加值增长12%，排名西安市第二。";
        let x = extract(text);
        assert_eq!(x.place.0, "高陵区");
        assert_eq!(place_of(&x, "426亿元").0, "高陵区");
        // A lone crumb (> 城市) opening the page is furniture, no title.
        let x = extract(&format!("> 城市\n{text}"));
        assert_eq!(x.place.0, "高陵区");
    }

    #[test]
    fn a_short_name_after_a_lone_family_name_is_a_persons() {
        // jieba: 张/q 广昌/ns; the farmer 张广昌 is no county 广昌.
        let x = extract("今年68岁的张广昌种植蓝莓已有9年。");
        assert!(
            !x.entities.iter().any(|e| e.text == "广昌"),
            "{:?}",
            x.entities
        );
        // A family name that is also a function word (连 even) leaves the place.
        let x = extract("交通补助每月两千元，连台湾学生也纳入。");
        assert!(
            x.entities.iter().any(|e| e.text == "台湾"),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn a_line_greeting_the_sites_visitors_is_no_title() {
        // The site is a city's; the release is of one of its counties.
        let text = "欢迎访问黄冈市统计局网站!\n您的位置: 首页 >统计分析>详细内容\n\n\
                    英山经济七十年巨变\n\n2019年,英山县上下团结一心,全县经济不断发展。\n\
                    1978年，英山县生产总值仅为8000万元。\n2018年，全县生产总值达到130亿元。";
        let x = extract(text);
        assert_eq!(x.place.0, "英山县");
        assert_eq!(place_of(&x, "130亿元").0, "英山县");
    }

    #[test]
    fn a_given_place_is_the_releases_own() {
        static EX: OnceLock<Extractor> = OnceLock::new();
        let ex = EX.get_or_init(|| Extractor::new(Patterns::builtin().unwrap()).unwrap());
        let d = ex.given_place("桃江").unwrap();
        assert_eq!(ex.given_place(" 桃江县 "), Ok(d));
        assert_eq!(ex.given_place("湖南益阳桃江县"), Ok(d));
        // The text's first line names another county: the given place wins.
        let text = "益阳市赫山区召开会议\n全县新增企业20家，全省增长5%。\n新建公路8公里。";
        let opts = Options {
            place: Some(d),
            ..Options::default()
        };
        let x = ex.extract(text, opts);
        assert_eq!(x.place.0, "桃江县");
        assert_eq!(place_of(&x, "20家").0, "桃江县");
        assert_eq!(place_of(&x, "5%").0, "湖南省");
        assert_eq!(place_of(&x, "8公里").0, "桃江县");
        assert_eq!(extract(text).place.0, "赫山区");
        // Unknown, ambiguous, a county not under the given province.
        assert!(ex.given_place("火星县").is_err());
        assert!(ex.given_place("").is_err());
        let why = ex.given_place("朝阳区").unwrap_err();
        assert!(why.contains("110105") && why.contains("220104"), "{why}");
        assert!(ex.given_place("北京市朝阳区").is_ok());
        assert!(ex.given_place("山西省桃江县").is_err());
    }

    #[test]
    fn venues_are_not_the_place_invested_in() {
        let x = extract("左权县在上海举行招商推介会，签约项目12个，总投资45亿元。");
        assert_eq!(place_of(&x, "12个").0, "左权县");
        assert_eq!(place_of(&x, "45亿元").0, "左权县");
        let x = extract(
            "左权县招商引资情况\n其中，在深圳、广州等地考察对接后，签订协议项目6个，签约额32亿元。",
        );
        assert_eq!(place_of(&x, "6个").0, "左权县");
        assert_eq!(place_of(&x, "32亿元").0, "左权县");
        // Investing in a place is no venue.
        let x = extract("左权县招商引资情况\n星荣集团在和顺县投资兴业，总投资5亿元。");
        assert_eq!(place_of(&x, "5亿元").0, "和顺县");
    }

    #[test]
    fn a_listed_development_zone_is_found_by_the_name_the_press_gives_it() {
        let x = extract("今年以来，白城经开区加快项目建设，全区一季度完成固定资产投资3亿元。");
        assert_eq!(place_of(&x, "3亿元"), pair("吉林白城经济开发区", "220871"));
        let x = extract("蚌埠经济开发区消息：全区上半年新签约项目12个。");
        assert_eq!(place_of(&x, "12个").1, "340372");
        // A county's own development zone the list lacks is no division.
        let x = extract("左权县经济开发区今年入驻企业20家，全县新增就业800人。");
        assert_eq!(place_of(&x, "800人").0, "左权县");
    }

    #[test]
    fn a_zone_named_by_its_division_is_one_place_in_that_division() {
        // The division and the zone's kind after it name the zone: one LOC with the
        // division's code, and the figures stay the division's.
        for (text, name, code) in [
            (
                "项目位于晋城市工业园区东部，占地209亩。",
                "晋城市工业园区",
                "140500",
            ),
            (
                "项目落户太原市高新区，总投资3亿元。",
                "太原市高新区",
                "140100",
            ),
        ] {
            let x = extract(text);
            let locs: Vec<(&str, &str)> = (x.entities.iter())
                .filter(|e| e.ty == crate::extract::EntityType::Loc)
                .map(|e| (e.text.as_str(), e.code.as_str()))
                .collect();
            assert_eq!(locs, [(name, code)], "{text}");
            let division: String = name.chars().take(3).collect();
            assert_eq!(x.facts[0].place, division, "{text}");
        }
        // A district after its city stays two places.
        let x = extract("项目落户太原市小店区，总投资3亿元。");
        let locs: Vec<&str> = (x.entities.iter()).map(|e| e.text.as_str()).collect();
        assert_eq!(locs, ["太原市", "小店区"]);
    }

    #[test]
    fn a_datelines_chain_of_short_names_names_the_releases_township() {
        let text =
            "上一篇\n东石镇召开人代会\n本报讯（记者 某某）15日上午，晋江东石镇召开人代会。\n\
                    去年东石镇新增规上企业27家。全镇完成投资5亿元。";
        let x = extract(text);
        assert_eq!(place_of(&x, "27家"), pair("东石镇", "350582104"));
        assert_eq!(place_of(&x, "5亿元").0, "东石镇");
        // A short name closing the chain opens another name: no place of the text.
        let text =
            "港口运行\n本报北京10月29日电（记者 某某）今年以来，浙江宁波舟山港完成吞吐量10亿吨。\n\
                    全国港口完成吞吐量125亿吨。";
        let x = extract(text);
        assert_ne!(place_of(&x, "125亿吨").0, "宁波市");
    }

    #[test]
    fn a_title_naming_the_county_over_a_dateline_township_keeps_the_county() {
        // The site's navigation bar names its city; the title names the county; the
        // dateline opens in one of the county's townships: the story is the county's.
        let text = "泉州新闻 | 泉州概况 | 县志 | 福建新闻 | 国内新闻\n晋江大力发展鞋业\n\
                    收藏 打印 来源：某某网\n热度9票\n\
                    某某网晋江讯 12月26日，晋江市东石镇某鞋厂里工人正在赶制订单。\n\
                    去年鞋业产值达到30亿元。\n鞋企订单持续增加。\n工人收入稳步提高。\n\
                    产业链条不断延伸。";
        let x = extract(text);
        assert_eq!(place_of(&x, "30亿元").0, "晋江市");
        // No title naming a division above it: the dateline's township (see
        // a_datelines_chain_of_short_names_names_the_releases_township).
        // A navigation bar of any length is page furniture; a sentence with bars is not.
        assert!(super::head_furniture(
            "某市新闻 | 某市概况 | 某市规划 | 县志 | 江西新闻 | 国内新闻 | 旅游风俗"
        ));
        assert!(!super::head_furniture(
            "全县完成投资5亿元 | 增长8% | 其中工业3亿元，同比增长5%"
        ));
        // Three links are a bar too (中国政府网 | 某市人民政府网 | 智能机器人); two
        // parts of a headline are not.
        assert!(super::head_furniture(
            "中国政府网 | 重庆市人民政府网 | 智能机器人"
        ));
        assert!(!super::head_furniture("两会聚焦 | 某县今年完成投资5亿元"));
    }

    #[test]
    fn a_wider_division_opening_a_name_yields_to_the_releases_own_place() {
        let x = extract("莒县新闻\n莒县企业发展调查\n日照华泰纸业今年总产能达到23万吨。");
        assert_eq!(place_of(&x, "23万吨").0, "莒县");
        // A division below the own place opening a name still places its figures.
        let x = extract("日照新闻\n日照市企业发展调查\n莒县华泰纸业今年总产能达到23万吨。");
        assert_eq!(place_of(&x, "23万吨").0, "莒县");
    }

    #[test]
    fn a_papers_dispatch_from_a_county_names_the_releases_place() {
        let text = "燈會閉幕 科技牛留宜蘭\n|2009.02.23\n1283觀看次\n\
                    【本報宜蘭訊】台灣燈會昨夜閉幕。十四天的燈會，縣府估計湧進遊客300萬人次。";
        let x = extract(text);
        assert_eq!(place_of(&x, "300萬人次").0, "宜兰县");
        let x = extract("新闻\n本报左权讯\n全县昨日签约项目5个。");
        assert_eq!(place_of(&x, "5个").0, "左权县");
    }

    #[test]
    fn one_projects_ceremony_site_is_the_place_of_its_figures() {
        let head = "左权县新闻网\n左权县一新材料项目开工\n";
        let x = extract(&format!(
            "{head}3月5日上午，某某新材料项目开工仪式在麻田镇举行。全县各部门负责人出席。\n项目总投资8亿元，占地120亩。今年全县新签约项目20个。"
        ));
        assert_eq!(place_of(&x, "3月5日").0, "麻田镇");
        assert_eq!(place_of(&x, "8亿元").0, "麻田镇");
        assert_eq!(place_of(&x, "120亩").0, "麻田镇");
        // An anaphor still means the release's own place.
        assert_eq!(place_of(&x, "20个").0, "左权县");
        // Many projects' ceremony: its venue is no project's site.
        let x = extract(&format!(
            "{head}3月5日，全县重点项目集中开工仪式在麻田镇举行。开工项目总投资8亿元。"
        ));
        assert_eq!(place_of(&x, "8亿元").0, "左权县");
        // A signing's venue neither.
        let x = extract(&format!(
            "{head}3月5日，某某新材料项目签约仪式在麻田镇举行。项目总投资8亿元。"
        ));
        assert_eq!(place_of(&x, "8亿元").0, "左权县");
        // Nor that of a signing joined to another project's start (签约暨…开工仪式).
        let x = extract(&format!(
            "{head}3月5日，某某风电项目签约暨某某基地项目开工仪式在麻田镇举行。风电项目总投资8亿元。"
        ));
        assert_eq!(place_of(&x, "8亿元").0, "左权县");
    }

    #[test]
    fn a_partner_city_helping_the_county_is_no_place_of_its_figures() {
        let title = "永平县东西部协作工作总结\n";
        // A place whose item runs into a bracketed breakdown heads the sentence.
        let x = extract(&format!(
            "{title}杭州市对口帮扶永平县实施项目10个(含省级项目6个、镇村结对项目4个)，工程进度达80%。"
        ));
        assert_eq!(place_of(&x, "4个").0, "永平县");
        assert_eq!(place_of(&x, "80%").0, "永平县");
        // Workers going to the partner city are the county's.
        let x = extract(&format!(
            "{title}全年转移就业300人，其中公益性岗位安置90人、到杭州市务工120人。"
        ));
        assert_eq!(place_of(&x, "90人").0, "永平县");
        assert_eq!(place_of(&x, "120人").0, "永平县");
        // Cadres sent by the partner district to 我县, and doctors sent out from the
        // partner city, are counted where they work.
        let x = extract(&format!(
            "{title}余杭区选派我县挂职干部3人，派出杭州5名医生赴永平县开展帮扶。"
        ));
        assert!(
            !places(&x).iter().any(|p| p.0.ends_with("我县")),
            "{:?}",
            places(&x)
        );
        assert_eq!(place_of(&x, "3人").0, "永平县");
        assert_eq!(place_of(&x, "5名").0, "永平县");
        // A county working in another one is still there (在和顺县投资 stays 和顺县).
        let x = extract(&format!("{title}余杭区企业在永平县投资建设项目2个。"));
        assert_eq!(place_of(&x, "2个").0, "永平县");
    }

    #[test]
    fn listed_places_take_their_figures_in_order_or_none() {
        let x =
            extract("左权县、和顺县和榆社县分别完成投资12亿元、9亿元和7亿元，分别增长5%、6%和8%。");
        assert_eq!(place_of(&x, "12亿元").0, "左权县");
        assert_eq!(place_of(&x, "9亿元").0, "和顺县");
        assert_eq!(place_of(&x, "7亿元").0, "榆社县");
        assert_eq!(place_of(&x, "6%").0, "和顺县");
        // A figure about all of them (or about the sources) is none of them.
        let x = extract("北京、上海、广州等城市共接待游客3亿人次。");
        assert_eq!(place_of(&x, "3亿人次"), pair("", ""));
        let x = extract("左权县2025年经济运行情况\n全县从北京、上海和深圳引进项目9个。");
        assert_eq!(place_of(&x, "9个").0, "左权县");
    }

    #[test]
    fn places_with_their_own_figures_in_a_list() {
        let x = extract(
            "晋中市招商引资情况\n全市新签约项目60个，分别为：左权县25个、和顺县20个、经开区10个、榆社县5个。",
        );
        assert_eq!(place_of(&x, "60个").0, "晋中市");
        assert_eq!(place_of(&x, "25个").0, "左权县");
        assert_eq!(place_of(&x, "20个").0, "和顺县");
        assert_eq!(place_of(&x, "5个").0, "榆社县");
        // An item named by no division is not the place before it.
        assert_eq!(place_of(&x, "10个").0, "晋中市");
        // Joined by 与, and with a word between the place and its figure.
        let x = extract("晋中市招商引资情况\n外出招商中，左权县共32次与榆社县共28次。");
        assert_eq!(place_of(&x, "32次").0, "左权县");
        assert_eq!(place_of(&x, "28次").0, "榆社县");
        // A list of places without figures between them stays a list.
        let x = extract("晋中市招商引资情况\n在左权县、和顺县等地设立服务站12个。");
        assert_eq!(place_of(&x, "12个").0, "晋中市");
    }

    #[test]
    fn places_named_as_parts_of_a_breakdown_are_no_releases_place() {
        // The first lines name one part of a breakdown by county, the title none.
        let text = "全市上半年新签约项目60个，同比增长20%。\n分县区看，签约项目增长较快。\n                    左权县签约项目最多 占四成\n左权县签约项目25个，和顺县签约项目20个，榆社县签约项目15个。";
        let x = extract(text);
        assert_eq!(x.place.0, "晋中市");
        assert_eq!(place_of(&x, "20%").0, "晋中市");
        assert_eq!(place_of(&x, "20个").0, "和顺县");
        // A title naming the county keeps it, whatever neighbours the text names.
        let x = extract(&format!("左权县招商引资情况\n{text}"));
        assert_eq!(x.place.0, "左权县");
        // Counties named as often as each other, none in the first lines: their city.
        let x = extract(
            "上半年招商引资成效公示\n现将有关情况公示如下。\n一、签约项目\n             左权县12个、和顺县9个、榆社县7个。\n二、开工项目\n左权县8个、和顺县6个、榆社县5个。\n             全市共开工项目19个。",
        );
        assert_eq!(x.place.0, "晋中市");
        assert_eq!(place_of(&x, "19个").0, "晋中市");
    }

    #[test]
    fn a_national_bureaus_report_reposted_by_a_province_is_national() {
        let text = "儿童健康指标持续改善\n2024-01-03 来源：河北省卫生健康委员会\n\
            近日，国家统计局发布儿童发展统计监测报告。报告显示，新生儿访视率为96.7%。";
        let x = extract(text);
        assert_eq!(x.place.0, "");
        assert_eq!(place_of(&x, "96.7%").0, "");
    }

    #[test]
    fn a_city_written_before_its_county_is_one_mention_of_the_county() {
        let text = "某化工公司恢复满负荷生产\n据了解，某化工有限公司位于内蒙古自治区鄂尔多斯市\
            达拉特旗。今年2月，在鄂尔多斯市的支持下，公司恢复生产。公司年产能达40万吨。";
        let x = extract(text);
        assert_eq!(x.place.0, "达拉特旗");
        assert_eq!(place_of(&x, "40万吨").0, "达拉特旗");
    }

    #[test]
    fn places_in_an_aside_beside_a_figure_are_no_releases_place() {
        // A county's survey compares itself with other counties in brackets: they are
        // no place of the release, whose own county the dateline and first line name.
        let text = "家庭收支調查結果\n【記者某某/金門報導】\n金門縣平均每戶所得達120萬元，\
            居全國第8(花蓮縣與臺東縣分別為第17位及第18位)。\n本縣平均每戶儲蓄為32萬元，\
            居全國第3(花蓮縣與臺東縣分別為第9位及第6位)。\n本縣消費支出達全國平均的85%(花蓮縣與臺東縣分別達全";
        let x = extract(text);
        assert_eq!(x.place.0, "金门县");
        assert_eq!(place_of(&x, "32萬元").0, "金门县");
        // Outside brackets they are parts of a breakdown, the region the whole.
        let x = extract(&text.replace(['(', ')'], "，"));
        assert_eq!(x.place.0, "台湾省");
    }

    #[test]
    fn hong_kong_districts_by_their_press_names() {
        let x = extract(
            "差估署公布，本年首季私人住宅落成量为4500伙，按年升10%。\n新界区落成量最多\n             新界区落成量为3000伙。居次的九龙区落成量为1000伙，港岛区则录500伙。",
        );
        assert_eq!(x.place.0, "香港特别行政区");
        assert_eq!(place_of(&x, "4500伙").0, "香港特别行政区");
        assert_eq!(place_of(&x, "3000伙").0, "新界");
        assert_eq!(place_of(&x, "1000伙").0, "九龙");
        assert_eq!(place_of(&x, "500伙").0, "香港岛");
    }

    #[test]
    fn several_counties_in_the_title_make_their_prefecture() {
        let x = extract("左权县、和顺县、榆社县联合招商\n三县共签约项目20个。");
        assert_eq!(x.place, pair("晋中市", "140700"));
        // One inside the other: the deeper one.
        let x = extract("晋中市左权县招商会\n签约项目20个。");
        assert_eq!(x.place.0, "左权县");
    }

    #[test]
    fn a_pages_menu_is_not_its_first_lines() {
        let x = extract(
            "首页\n新闻中心\n政务公开\n和顺县动态\n图片新闻\n专题专栏\n左权县召开经济运行分析会\n\
             全县完成投资12亿元。\n新增企业30家。\n新建公路8公里。\n完成造林2万亩。",
        );
        assert_eq!(x.place.0, "左权县");
        assert_eq!(place_of(&x, "30家").0, "左权县");
    }

    #[test]
    fn a_sites_name_and_choice_of_city_are_no_issuer_nor_place() {
        // A city government's channel heading the page (某市人民政府官方微信) issues
        // nothing: the county bulletin it carries is the county's.
        let x = extract(
            "晋中市人民政府官方微信 首页>公开>统计公报 和顺县2021年国民经济统计公报\n             2021年，全县实现地区生产总值88.6亿元，增长6.1%。",
        );
        assert_eq!(x.place.0, "和顺县");
        // The city a site is set to (大连市 [切换城市]) is no place of the release.
        let x = extract(
            "大连市\n[切换城市]\n冷链物流基地落户青白江\n2011-12-05 来源：某某网\n\
             12月2日，总投资25亿元的冷藏物流基地在成都青白江区奠基。\n青白江区大力发展物流产业。",
        );
        assert_eq!(x.place.0, "青白江区");
    }

    #[test]
    fn a_division_name_that_is_a_word_gets_no_code() {
        // 西区 of a tunnel's name is no district of Panzhihua, in either script.
        for t in [
            "政府将在西区海底隧道实施收费，预留6亿元。",
            "政府將在西區海底隧道實施收費，預留6億元。",
        ] {
            let x = extract(t);
            assert!(
                x.entities.iter().all(|e| e.code.is_empty()),
                "{:?}",
                x.entities
            );
            // Nor is it a figure's place.
            assert!(x.facts.iter().all(|f| f.place.is_empty()), "{:?}", x.facts);
        }
    }

    #[test]
    fn a_table_after_the_first_paragraph_is_no_menu() {
        // Short cells after a paragraph of prose: the title above stays the first line.
        let x = extract(
            "2023年和顺县国民经济统计公报
2023年，和顺县坚持稳中求进，全年实现地区生产总值88.6亿元。
             项目
指数
食品
102.1
衣着
99.5
居住
100.3
             据国家统计局发布的资料显示，晋中市新建商品住宅价格同比上涨2.1%。",
        );
        assert_eq!(x.place.0, "和顺县");
        assert_eq!(place_of(&x, "88.6亿元").0, "和顺县");
    }

    #[test]
    fn an_epapers_masthead_is_not_its_first_lines() {
        // The paper's name, the date and the page line head every page of a city's
        // e-paper: the page's own title names its place.
        let x = extract(
            "芜湖日报\n2023年03月02日\n第A03版:要闻\n繁昌区一季度重点项目集中开工\n\
             本报讯 日前，繁昌区举行集中开工活动，开工项目15个，总投资68亿元。\
             项目涉及智能装备、新材料等领域。其中，工业项目9个。服务业项目4个。\
             农业项目2个。全区上下干劲十足。",
        );
        assert_eq!(x.place.0, "繁昌区");
        assert_eq!(place_of(&x, "15个").0, "繁昌区");
        // Without the page line the paper's city heads the page.
        let x = extract(
            "芜湖日报\n2023年03月02日\n要闻\n繁昌区一季度重点项目集中开工\n\
             本报讯 日前，繁昌区举行集中开工活动，开工项目15个，总投资68亿元。\
             项目涉及智能装备、新材料等领域。其中，工业项目9个。服务业项目4个。\
             农业项目2个。全区上下干劲十足。",
        );
        assert_eq!(x.place.0, "芜湖市");
    }

    #[test]
    fn a_letter_spaced_masthead_names_the_releases_place() {
        let text = "统计简报\n(第5期)\n永 州 市 统 计 局 编\n2023年6月2日\n\
                    1-5月全市规模工业增加值增长6.1%。\n能源消费总量下降2.3%。\n\
                    工业用电量增长4.2%。\n重点企业产值增长5%。";
        let x = extract(text);
        assert_eq!(x.place.0, "永州市");
        assert_eq!(place_of(&x, "6.1%").0, "永州市");
        // Without the masthead nothing names the place.
        let x = extract(&text.replace("永 州 市 统 计 局 编\n", ""));
        assert_eq!(x.place.0, "");
    }

    #[test]
    fn a_county_naming_itself_once_in_passing() {
        let text = "县政府召开新闻发布会\n日前，县政府新闻办公室召开发布会。\n多家媒体受邀参加。\n\
                    发布会上，县生态环境分局介绍了左权县大气污染防治情况。\n我县达标天数216天。\n\
                    重污染天数14天。\n下一步将抓好散煤治理。\n确保空气质量持续向好。";
        let x = extract(text);
        assert_eq!(x.place.0, "左权县");
        assert_eq!(place_of(&x, "14天").0, "左权县");
        // Without an anaphor of its kind, one name in passing makes no release's place.
        let x = extract(&text.replace("我县", ""));
        assert_eq!(x.place.0, "");
    }

    #[test]
    fn a_source_line_names_the_releases_place() {
        let text = "国庆假期旅游市场火爆\n来源：左权融媒网 作者：张某\n全县共接待游客30万人次。\n\
                    旅游收入1.7亿元。\n景区接待8万人次。\n门票收入0.5亿元。\n主办：左权融媒体中心";
        let x = extract(text);
        assert_eq!(x.place.0, "左权县");
        assert_eq!(place_of(&x, "1.7亿元").0, "左权县");
        let x = extract(&text.replace("左权融媒", "本台融媒"));
        assert_eq!(x.place.0, "");
        // A byline naming the reporter's paper after its province, below a page's
        // first lines.
        let x = extract(
            "假日景区人气旺\n(1/2)\n分享到：\n假日景区人气旺\n□山西日报记者 张某\n\
             全省纳入统计的景区接待游客300万人次。\n门票收入1亿元。\n博物馆接待30万人次。\n\
             图书馆接待10万人次。\n文化馆接待5万人次。",
        );
        assert_eq!(x.place.0, "山西省");
        assert_eq!(place_of(&x, "300万人次").0, "山西省");
    }

    #[test]
    fn a_sites_dispatch_named_after_a_district_names_the_releases_place() {
        let text = "全区前三季度工业稳中有进\n綦江网讯（记者 王某）记者从区经信委获悉，\
                    1—9月，我区规上工业产值98.6亿元，同比增长8.1%，超全市平均增速0.5个百分点。\n\
                    全区新增规上企业6家。";
        let x = extract(text);
        assert_eq!(x.place.0, "綦江区");
        assert_eq!(place_of(&x, "98.6亿元").0, "綦江区");
        assert_eq!(place_of(&x, "6家").0, "綦江区");
        // A comparison base after 超 is no figure's place.
        assert_eq!(place_of(&x, "0.5个百分点").0, "綦江区");
        // A dispatch of no site named after a division names no place.
        let x = extract(&text.replace("綦江网讯", "本网讯"));
        assert_eq!(x.place.0, "");
    }

    #[test]
    fn a_place_in_a_bracket_glossing_a_place_word_is_an_aside() {
        let text =
            "碧江区招商工作稳步推进\n今年以来，我区(含铜仁高新区)新签项目52个，到位资金12亿元。";
        let x = extract(text);
        assert_eq!(place_of(&x, "52个").0, "碧江区");
        assert_eq!(place_of(&x, "12亿元").0, "碧江区");
        let x = extract(&text.replace("我区(", "我区招商成绩("));
        assert_eq!(place_of(&x, "12亿元").0, "碧江区");
        // A bracket after no place word keeps its place (a division, not a zone: a zone
        // named with its city's name is a name of its own).
        let x = extract(&text.replace("我区(含铜仁高新区)", "招商(在万山区)"));
        assert_eq!(place_of(&x, "52个").0, "万山区");
    }

    #[test]
    fn a_townships_report_on_its_countys_site_is_the_townships() {
        let text = "长者模式 南华县人民政府\n首页 >> 公开信息\n索引号：2023-001\n\
                    一街乡上半年经济社会发展情况报告\n今年以来，全乡实现农村经济总收入3.3亿元。\n\
                    一街乡农民人均可支配收入11277元，全乡上下团结一心。";
        let x = extract(text);
        assert_eq!(x.place.0, "一街乡");
        assert_eq!(place_of(&x, "3.3亿元").0, "一街乡");
        assert_eq!(place_of(&x, "11277元").0, "一街乡");
        // A text speaking of its county too is the county's.
        let x = extract(&text.replace("全乡上下", "全县上下"));
        assert_eq!(x.place.0, "南华县");
    }

    #[test]
    fn a_township_the_gazetteer_lacks_named_after_its_county_in_the_first_lines() {
        let text =
            "某某新闻网2月3日讯(通讯员 张某) 近日，桑植县柳溪坪乡政府召开茶叶产业总结大会。\n\
                    该乡去年茶叶种植面积2000亩，实现茶农收入560万元，为我乡茶产业发展打下基础。\n\
                    大会表彰了一批种茶能手。\n下一步将扩大种植规模。";
        let x = extract(text);
        assert_eq!(x.place, pair("柳溪坪乡", ""));
        assert_eq!(place_of(&x, "2000亩"), pair("柳溪坪乡", ""));
        // A text that does not speak of a township as its own is the county's.
        let x = extract(&text.replace("我乡", "全县"));
        assert_eq!(x.place.0, "桑植县");
    }

    #[test]
    fn a_body_running_an_area_named_in_the_title_is_the_releases_place() {
        let text =
            "新疆兵团前三季度经济运行平稳\n本网乌鲁木齐10月20日电 记者从新疆生产建设兵团统计局\
                    获悉，1至9月，新疆兵团固定资产投资同比增长6.5%，在建项目达3100个。";
        let x = extract(text);
        assert_eq!(x.place, pair("新疆生产建设兵团", ""));
        assert_eq!(place_of(&x, "6.5%"), pair("新疆生产建设兵团", ""));
        assert_eq!(place_of(&x, "3100个"), pair("新疆生产建设兵团", ""));
        // Named only once in the text, it is no own place.
        let x = extract(
            &(text.replacen("新疆兵团前三季度", "前三季度", 1)).replace("新疆兵团固定", "固定"),
        );
        assert_ne!(x.place.0, "新疆生产建设兵团");
        // Named twice in the first lines by its short name, it is.
        let x = extract(
            "3月2日，兵团新闻办召开发布会。去年兵团经济运行平稳，生产总值增长5%。\n\
             粮食总产量240万吨，占自治区的12%。\n棉花产量210万吨。",
        );
        assert_eq!(x.place, pair("新疆生产建设兵团", ""));
        assert_eq!(place_of(&x, "240万吨"), pair("新疆生产建设兵团", ""));
    }

    #[test]
    fn a_market_is_no_division() {
        // A market or night market named as a place (place.not_division_end) is no
        // figure's place: the release's own place is.
        let x = extract(
            "新竹縣觀光成果豐碩\n新竹縣政府表示，竹北夜市每年吸引遊客120萬人次，商家達300家。",
        );
        assert_eq!(place_of(&x, "120萬人次").0, "新竹县");
        assert_eq!(place_of(&x, "300家").0, "新竹县");
    }

    #[test]
    fn a_taiwan_townships_short_name_needs_its_county_around_it() {
        let text = "新竹縣推動茶產業\n新竹縣政府表示，關西的茶園面積達120公頃，\
                    峨眉的茶園面積達80公頃。";
        let x = extract(text);
        assert_eq!(place_of(&x, "120公頃").0, "关西镇");
        assert_eq!(place_of(&x, "80公頃").0, "峨眉乡");
        // A road named after a township is no place.
        let x = extract("新竹縣政府表示，關西路拓寬工程經費達3億元。");
        assert_eq!(place_of(&x, "3億元").0, "新竹县");
        // Its province alone is no support: the word stays a word (成功 of Taitung's
        // 成功镇 on a Tainan page).
        let x = extract("臺南市政府表示，農產品成功外銷日本，金額達5億元。");
        assert!(
            !places(&x).iter().any(|(n, _)| n == "成功"),
            "{:?}",
            places(&x)
        );
        assert_eq!(place_of(&x, "5億元").0, "台南市");
    }

    #[test]
    fn a_taiwan_countys_government_word_speaks_for_the_county() {
        // The county is named by its short name only; a township of it once in full.
        let text = "記者／綜合報導\n宜蘭近年推動觀光，受颱風影響，下游的冬山鄉一度淹水，\
                    根據縣府統計，今年前10月宜蘭遊客約520萬人次。\n\
                    宜蘭各景點人潮回升，縣府表示將再投入3000萬元。";
        let x = extract(text);
        assert_eq!(place_of(&x, "約520萬人次").0, "宜兰县");
        assert_eq!(place_of(&x, "3000萬元").0, "宜兰县");
    }

    #[test]
    fn a_village_named_like_another_countys_township_is_no_place() {
        // 清水 is a district of Taichung; 清水村 a village anywhere.
        let x = extract("南投縣道路改善\n南投縣政府同意改善清水村的農路，經費約90萬元。");
        assert_eq!(place_of(&x, "約90萬元").0, "南投县");
    }

    #[test]
    fn a_county_head_touring_two_townships_speaks_for_the_county() {
        let text = "生活中心／綜合報導\n南投縣長昨天前往中寮鄉、草屯鎮會勘基層建設。\n\
                    在中寮鄉，縣長同意動支50萬元改善排水。\n中寮鄉另有擋土牆工程，經費80萬元。\n\
                    草屯鎮的農路改善經費為120萬元，草屯鎮公所將盡快發包。\n縣府表示，經費將在本月撥付。";
        let x = extract(text);
        assert_eq!(x.place.0, "南投县");
        assert_eq!(place_of(&x, "50萬元").0, "中寮乡");
        assert_eq!(place_of(&x, "120萬元").0, "草屯镇");
    }

    #[test]
    fn an_anaphor_inside_a_quoted_plan_name_is_no_scope() {
        let x = extract(
            "新竹縣獲補助改善排水\n新竹縣政府爭取「全國水環境改善計畫」補助，獲核定經費1,200萬元。",
        );
        assert_eq!(place_of(&x, "1,200萬元").0, "新竹县");
        // Outside a name the word still speaks for the nation.
        let x = extract("新竹縣獲補助改善排水\n全國今年水環境改善經費達60億元。");
        assert_ne!(place_of(&x, "60億元").0, "新竹县");
    }

    #[test]
    fn a_provincial_source_yields_to_the_city_its_title_names() {
        // A province's paper reports on one of its cities, named by its short name in
        // the title: the release is about the city.
        let text = "前三季度德阳外贸进出口增长
来源：四川日报 作者：李某
                    该市完成进出口总额120亿元。
同比增长8.5%。
出口85亿元。
进口35亿元。";
        let x = extract(text);
        assert_eq!(x.place.0, "德阳市");
        assert_eq!(place_of(&x, "120亿元").0, "德阳市");
        // A title naming no place below the paper's province leaves the province.
        let x = extract(&text.replace("德阳", "全省"));
        assert_eq!(x.place.0, "四川省");
        // A city of another province in the title is no part of the paper's province.
        let x = extract(&text.replace("德阳", "宝鸡"));
        assert_eq!(x.place.0, "四川省");
    }

    #[test]
    fn furniture_lines_opening_a_page_come_before_its_title() {
        // Contact lines and a breadcrumb above the title: the title is the line after
        // them, and the city's news site yields to the county its title names.
        let text = "• 联系电话:0912-3356000
• 投稿邮箱:news@example.cn
 > 新闻 > 县区 > 府谷
                    府谷集中开工15个重点项目
榆林新闻网讯 2月18日，全县集中开工项目15个，总投资26亿元。";
        let x = extract(text);
        assert_eq!(x.place.0, "府谷县");
        assert_eq!(place_of(&x, "26亿元").0, "府谷县");
        // Without the furniture the same text reads the same.
        let bare = text.split_once(" > 县区 > 府谷\n").unwrap().1;
        assert_eq!(extract(bare).place.0, "府谷县");
        // A weather widget above the title names the city the site was set to.
        let text = "03/10 週二 宜蘭縣|15°C - 17°C\n\n竹縣公托中心拚年底啟用\n\n\
                    2024-05-03 10:20:00 / 中央社 /\n分享:\n字級:\n  • 大字\n  • 中字\n  • 小字\n\n\
                    (中央社記者某某新竹縣3日電)新竹縣公托中心去年動工，縣府投入經費3200萬元。\n\n\
                    社會處表示，工程進度已達60%。";
        let x = extract(text);
        assert_eq!(place_of(&x, "60%").0, "新竹县");
    }

    #[test]
    fn a_source_named_after_its_place_and_a_renamed_countys_anaphors() {
        // The source's name ends with the place (an app or paper named 掌上某地), and
        // 全县 of a county since renamed a county-level city means that city.
        let text = "一图读懂脱贫成效\n●全县有贫困户3200户9100人。\n●今年发放小额贷款560万元。\n\
                    ●全县建成光伏电站12个。\n●带动增收900万元。\n本报记者 李某 整理\n\
                    来源：掌上平果\n编辑：王某";
        let x = extract(text);
        assert_eq!(x.place.0, "平果市");
        assert_eq!(place_of(&x, "3200户").0, "平果市");
        assert_eq!(place_of(&x, "12个").0, "平果市");
        // A name inside the source's name, not at its end, says nothing.
        let x = extract(&text.replace("掌上平果", "平果之声网"));
        assert_eq!(x.place.0, "平果市");
        let x = extract(&text.replace("掌上平果", "掌上平果好"));
        assert_eq!(x.place.0, "");
        // 全区 of a county release whose county names no district: the county.
        let x = extract(&text.replace("全县", "全区").replace("掌上平果", "长丰发布"));
        assert_eq!(place_of(&x, "3200户").0, "长丰县");
    }

    #[test]
    fn a_provincial_release_listing_a_countys_projects_first() {
        // The first lines speak of 全省 and name a county only in a list of projects:
        // the release is the province's, not that county's.
        let x = extract(
            "今年以来，全省完成交通投资210.5亿元，占年度计划的70.2%。\n\
             新开工项目36个，包括：安吉县甲乙公路改建工程、安吉县丙丁大桥、长兴县某某互通工程等。\n\
             建成项目15个。\n全年计划投资300亿元。",
        );
        assert_eq!(x.place.0, "浙江省");
        assert_eq!(place_of(&x, "210.5亿元").0, "浙江省");
        assert_eq!(place_of(&x, "36个").0, "浙江省");
        assert_eq!(place_of(&x, "15个").0, "浙江省");
    }

    #[test]
    fn a_paragraph_ranking_the_own_place_among_its_peers_is_about_their_whole() {
        let text = "长丰县人口增长率居全市首位\n\
                    年末常住人口为520.3万人，比上年增加2.1万人。按县区看，人口增长率最高的是长丰县，\
                    为1.2%，其次为肥西县，为0.9%，再次为肥东县，为0.7%。全年出生人口4.6万人。\n\
                    长丰县常住人口为80.2万人。\n新增就业1.5万人。\n\
                    与肥西县、肥东县、庐江县签订协作协议，涉及资金3亿元。";
        let x = extract(text);
        assert_eq!(x.place.0, "长丰县");
        assert_eq!(place_of(&x, "520.3万人").0, "合肥市");
        assert_eq!(place_of(&x, "4.6万人").0, "合肥市");
        assert_eq!(place_of(&x, "1.2%").0, "长丰县");
        assert_eq!(place_of(&x, "0.9%").0, "肥西县");
        assert_eq!(place_of(&x, "80.2万人").0, "长丰县");
        assert_eq!(place_of(&x, "1.5万人").0, "长丰县");
        // Peers named without the own place: no breakdown of a whole it belongs to.
        assert_eq!(place_of(&x, "3亿元").0, "长丰县");
        // A sentence of the paragraph naming the own place again (inside a body's name)
        // is the own place's.
        let text = "长丰县追回欠薪\n\
                    某公司拖欠长丰县、肥西县、肥东县300余名农民工工资。长丰县人社局介入后，\
                    为204名农民工追回欠薪450万元。";
        let x = extract(text);
        assert_eq!(place_of(&x, "300余名").0, "合肥市");
        assert_eq!(place_of(&x, "450万元").0, "长丰县");
    }

    #[test]
    fn names_in_a_documents_title_or_of_an_origin_are_no_own_place() {
        // A township named in a quoted proposal's title, and once in a later clause,
        // does not outweigh the county of the title.
        let text = "关于对长丰县政协第九届委员会第二次会议第12号提案的答复\n\
                    你们提出的《关于支持下塘镇建设农贸市场的提案》收悉。\n\
                    全县今年安排市场建设资金300万元。\n补助标准为每个市场50万元，下塘镇市场已开工。";
        let x = extract(text);
        assert_eq!(x.place.0, "长丰县");
        assert_eq!(place_of(&x, "50万元").0, "长丰县");
        // A figure's place word inside a title is none either.
        let x = extract("长丰县召开大会\n按照《合肥市养老服务条例》，全年新增床位120张。");
        assert_eq!(place_of(&x, "120张").0, "长丰县");
        // Where visitors come from is no place of the release.
        let x = extract("协会来访\n县长昨接待来自合肥市的企业家协会参访团。\n参访团一行40人。");
        assert_ne!(x.place.0, "合肥市");
    }

    #[test]
    fn autonomous_counties_by_their_short_name_and_kind() {
        let x = extract("峨边自治县加大教育投入\n今年全县教育投入达3.2亿元。");
        assert_eq!(x.place, pair("峨边彝族自治县", "511132"));
        assert_eq!(place_of(&x, "3.2亿元").0, "峨边彝族自治县");
    }

    #[test]
    fn zones_routes_and_events_named_after_a_place_are_no_figures_place() {
        let x = extract("绵阳经开区集中开工12个重大项目，总投资56亿元。");
        assert_eq!(place_of(&x, "56亿元").0, "绵阳市");
        let x = extract("广州市地铁客流创新高\n今年天河快线日均客流达12万人次。");
        assert_eq!(place_of(&x, "12万人次").0, "广州市");
        let x = extract("高雄市觀光局表示，在高雄舉辦的2025台灣燈會吸引遊客800萬人次。");
        assert_eq!(place_of(&x, "800萬人次").0, "高雄市");
    }

    #[test]
    fn a_release_speaking_of_its_province_and_naming_its_prefectures_is_the_provinces() {
        // The prefectures named past the first lines, each once.
        let text = "1-4月，全省规模以上工业增加值同比增长9.3%，主要特点如下：\n\
                    多数企业开工。全省规上工业企业1520户，已开工1310户，占86.2%。\
                    其中：昆明市占88.5%，曲靖市占82.9%，楚雄州占84.1%，大理州占80.6%。\n\
                    多数行业增长。全省41个大类行业中，有29个行业增加值增长。\n\
                    多数产品增产。全省有产量的120种产品中，有70种产量增长。";
        let x = extract(text);
        assert_eq!(x.place, pair("云南省", "530000"));
        assert_eq!(place_of(&x, "9.3%").0, "云南省");
        assert_eq!(place_of(&x, "88.5%").0, "昆明市");
        // A county's anaphor speaks of no province.
        let x = extract("今年全县粮食增产。昆明市增长8.1%，曲靖市增长6.9%，玉溪市增长7.7%。");
        assert_ne!(x.place, pair("云南省", "530000"));
    }

    #[test]
    fn a_township_hosting_a_county_meeting_is_no_own_place() {
        let text = "3月5日，宁乡市春季农业生产现场会在宁乡市灰汤镇召开。\n\
                    今年全市计划种植早稻32万亩，比上年增加1.5万亩。";
        let x = extract(text);
        assert_eq!(x.place, pair("宁乡市", "430182"));
        assert_eq!(place_of(&x, "32万亩").0, "宁乡市");
        // A township the title names as no venue stays.
        let x = extract("宁乡市灰汤镇春季农业生产有序推进\n今年全镇种植早稻3.2万亩。");
        assert_eq!(x.place, pair("灰汤镇", "430182109"));
    }

    #[test]
    fn a_titled_park_keeps_its_county_past_a_city_named_once() {
        // The park's county named by its short name in the title and again; a company's
        // home city named once further down is no rival.
        let text = "修文经开区前三季度实现工业总产值48.6亿元\n\
                    今年，修文经开区持续优化营商环境，工业总产值增速居全市第二。\n\
                    园区新增规上企业3家。\n\
                    新引进项目进展顺利。\n\
                    宁波某科技公司投资2亿元建设的生产线已投产。";
        let x = extract(text);
        assert_eq!(x.place, pair("修文县", "520123"));
        // Named twice, the other city is a rival still.
        let twice = format!("{text}\n宁波某材料公司在园区投资1亿元。");
        assert_ne!(extract(&twice).place, pair("修文县", "520123"));
    }

    #[test]
    fn an_area_named_after_a_port_of_a_city_is_the_citys() {
        // jieba reads the port as one word (青岛港, 大连港): the city still opens the
        // park's name.
        for port in ["青岛港", "大连港", "宁波港"] {
            let text =
                format!("{port}新建冷库投产\n{port}冷链物流园占地50万平方米，一期冷库库容8万吨。");
            let x = extract(&text);
            let city = format!("{}市", port.trim_end_matches('港'));
            assert_eq!(place_of(&x, "8万吨").0, city, "{text}");
        }
        // A logistics hub's name ends an area's too.
        let x = extract("常德港散货物流集散中心项目开工\n项目总投资3亿元，年吞吐能力500万吨。");
        assert_eq!(place_of(&x, "3亿元").0, "常德市");
    }

    #[test]
    fn divisions_opening_an_organisations_name_place_its_figures() {
        let text = "河北省秋粮丰收\n河北省粮食总产量达到760亿斤。\
                    河北省石家庄市正定县某某农机专业合作社今年托管土地1200亩。";
        let x = extract(text);
        assert_eq!(place_of(&x, "760亿斤").0, "河北省");
        assert_eq!(place_of(&x, "1200亩").0, "正定县");
        // Bodies listed with others speak for none of their places alone.
        let text = "正定县改造学校\n完成新安镇中学、北早现乡中学等改造项目6个，投资900万元。";
        let x = extract(text);
        assert_eq!(place_of(&x, "900万元").0, "正定县");
    }

    #[test]
    fn a_titles_province_and_short_name_of_its_county_name_the_county() {
        let x =
            extract("河北省正定：秋粮喜获丰收\n近年来，当地发展粮食生产，今年秋粮产量达到12万吨。");
        assert_eq!(place_of(&x, "12万吨").0, "正定县");
        // A title naming several townships of the county is the county's.
        let x = extract("正定县新安镇东村、南牛镇西村举行分红\n今年分红总额48万元。");
        assert_eq!(place_of(&x, "48万元").0, "正定县");
    }

    #[test]
    fn a_province_opening_a_quoted_honours_name_is_no_releases_place() {
        let text = "日前，第二批名单完成公示，来自衢州经开区的某某冷链物流园成功入选\
                    “浙江省冷链物流园区”。\n该园区冷库库容达到5万吨，衢州经开区还将扩建冷库。";
        let x = extract(text);
        assert_eq!(place_of(&x, "5万吨").0, "衢州市");
        // A place quoted alone is a place.
        let x = extract("“浙江省”今年冷库库容达到5万吨。");
        assert_eq!(place_of(&x, "5万吨").0, "浙江省");
    }

    #[test]
    fn a_name_jieba_splits_gives_way_to_the_longer_name_it_lies_in() {
        // 小/北河/镇: the entity rules' 北河镇 (a township elsewhere) is inside 小北河镇.
        let x = extract("辽阳县小北河镇今年新建厂房3万平方米。");
        assert!(
            places(&x).contains(&pair("小北河镇", "211021103")),
            "{:?}",
            places(&x)
        );
        assert_eq!(place_of(&x, "3万平方米").0, "小北河镇");
    }

    #[test]
    fn taiwans_counties_off_fujian_and_the_mainlands_namesakes() {
        let x = extract(
            "農業試驗所推廣高粱種植\n本所今年在金城鎮、金湖鎮、金沙鎮及烈嶼鄉推廣高粱種植，\
             面積共計1,200公頃，補助新臺幣300萬元。",
        );
        assert_eq!(x.place.0, "金门县");
        assert_eq!(place_of(&x, "1,200公頃").0, "金门县");
        let x = extract("连江县召开农业工作会议\n今年全县粮食产量达12万吨。");
        assert_eq!(x.place, pair("连江县", "350122"));
    }

    #[test]
    fn a_village_after_its_township_is_the_place() {
        // The finest place named: the village (no code), not its township.
        let x = extract("永嘉县召开电商大会。东城街道礁下村建成电商直播基地，服务企业80余家。");
        assert_eq!(place_of(&x, "80余家"), pair("礁下村", ""));
        let x = extract("梁河县茶产业稳步发展。芒东镇石头寨全村有茶地1200亩。");
        assert_eq!(place_of(&x, "1200亩"), pair("石头寨", ""));
        let x = extract("某县新建学校一所。学校选址东城街道翠湖社区，总投资1.2亿元。");
        assert_eq!(place_of(&x, "1.2亿元"), pair("翠湖社区", ""));
    }

    #[test]
    fn an_anaphor_of_an_unnamed_release_by_a_place_named_after_it() {
        let x = extract("我县外贸进出口增幅高于全市20个百分点(全市增15.2%)，位列宁波各区县之首。");
        assert_eq!(place_of(&x, "15.2%"), pair("宁波市", "330200"));
    }

    #[test]
    fn a_museum_named_after_a_county_names_the_releases_place() {
        let text = "提案：請同意補助本府辦理「臺東生活博物館教具推廣計畫」，經費新臺幣50萬元。\n\
                    說明：臺東生活博物館將開發教具箱，供學校使用。";
        let x = extract(text);
        assert_eq!(x.place.0, "台东县");
        assert_eq!(place_of(&x, "新臺幣50萬元").0, "台东县");
    }

    #[test]
    fn a_place_a_bracket_leaves_out_is_no_figures() {
        let x = extract("山西省煤炭工业厅通报\n重点企业完成利润4.2亿元(不含某矿和大同煤气化)，1-2月累计完成7.4亿元。");
        assert_eq!(place_of(&x, "7.4亿元").0, "山西省");
        // A bracket that includes a place keeps it (含 is no exclusion).
        let x = extract("山西省煤炭工业厅通报\n重点企业完成利润4.2亿元(其中大同市1.1亿元)，1-2月累计完成7.4亿元。");
        assert_eq!(place_of(&x, "1.1亿元").0, "大同市");
    }

    #[test]
    fn a_place_in_brackets_is_an_aside() {
        let x = extract("左权县2025年概况\n全县辖有1个镇(桐峪镇)，总面积2028平方公里。");
        assert_eq!(place_of(&x, "2028平方公里").0, "左权县");
    }

    #[test]
    fn parallel_parts_and_ranks_keep_their_own_places() {
        // The part after a semicolon does not take the place of the part before.
        let x =
            extract("左权县旅游情况\n和顺县接待游客12万人次；新晋景区剑门关，接待游客5万人次。");
        assert_eq!(place_of(&x, "12万人次").0, "和顺县");
        assert_eq!(place_of(&x, "5万人次").0, "左权县");
        // A part of the release's own place opening the sentence, with no place named
        // after the semicolon, speaks for the parts after it too.
        let x = extract(
            "晋中市庭院经济调查\n2024年左权县从事庭院种植的农户达1.2万户；利用庭院面积3000亩；共收入860万元。",
        );
        assert_eq!(place_of(&x, "3000亩").0, "左权县");
        assert_eq!(place_of(&x, "860万元").0, "左权县");
        // A topic before a colon speaks for the whole sentence.
        let x = extract("左权县旅游情况\n湖北：全省接待游客597万人次；门票收入2亿元。");
        assert_eq!(place_of(&x, "2亿元").0, "湖北省");
        // 全国第一 is a rank: the county of the clause before is the place.
        let x = extract("左权县连续两年全国第一，获补助资金7889万元。");
        assert_eq!(place_of(&x, "7889万元").0, "左权县");
        // A township the gazetteer does not know is part of a longer name.
        let x = extract("左权县羌乡古寨旅游景区接待游客增长35%。");
        assert_eq!(place_of(&x, "35%").0, "左权县");
    }

    #[test]
    fn datelines_and_comparison_bases_are_no_figures_place() {
        let x = extract("左权县2025年经济运行\n全县固定资产投资增长18%，高于全市增幅8个百分点。");
        assert_eq!(place_of(&x, "18%").0, "左权县");
        assert_eq!(place_of(&x, "8个百分点").0, "左权县");
        // Verbs of overtaking and exceeding name a base too.
        let x = extract("左权县2025年经济运行\n全县工业增速连续3个月赶超晋中市平均，超过山西省水平1.5个百分点。");
        assert_eq!(place_of(&x, "3个月").0, "左权县");
        assert_eq!(place_of(&x, "1.5个百分点").0, "左权县");
        // A base's own figure right after 的 is the base's; a share's whole is none.
        let x = extract("左权县2025年经济运行\n全县利润率为9.6%，较晋中市的6.2%高出3.4个百分点。");
        assert_eq!(place_of(&x, "6.2%").0, "晋中市");
        assert_eq!(place_of(&x, "3.4个百分点").0, "左权县");
        let x = extract("左权县2025年经济运行\n全县工业产值占晋中市的15%，占山西省比重为2%。");
        assert_eq!(place_of(&x, "15%").0, "左权县");
        assert_eq!(place_of(&x, "2%").0, "左权县");
        let x = extract("左权县经济运行\n本报太原3月2日电 今年完成投资12亿元。");
        assert_eq!(place_of(&x, "12亿元").0, "左权县");
        let x = extract("左权县旅游情况\n黄金周全县接待游客30万人次。");
        assert_eq!(place_of(&x, "30万人次").0, "左权县");
        assert!(
            !places(&x).iter().any(|p| p.0.ends_with("全县")),
            "{:?}",
            places(&x)
        );
    }

    #[test]
    fn visitors_from_a_place_are_counted_where_they_arrive() {
        let x = extract("左权县旅游情况\n全县接待游客80万人次，其中太原游客12万人次。");
        assert_eq!(place_of(&x, "12万人次").0, "左权县");
        let x = extract("左权县旅游情况\n晋中市游客接待量达到300万人次。");
        assert_eq!(place_of(&x, "300万人次").0, "晋中市");
    }

    #[test]
    fn a_line_naming_a_division_heads_its_section() {
        let x = extract(
            "十堰市秋季学期新增学位\n全市新增学位15700个。\n其中城区新建学校2所。\n具体情况如下。\n茅箭区\n新建学校1所，新增学位2900个。\n二、房县：\n新增学位200个。\n其他情况\n教师培训3000人次。",
        );
        assert_eq!(place_of(&x, "15700个").0, "十堰市");
        assert_eq!(place_of(&x, "2900个").0, "茅箭区");
        assert_eq!(place_of(&x, "200个").0, "房县");
        assert_eq!(place_of(&x, "3000人次").0, "十堰市");
    }

    #[test]
    fn national_releases_have_no_own_place() {
        let x = extract(
            "前三季度高速公路建设提速\n新华社北京10月9日电 今年前三季度，全国新开工高速公路2100公里。其中，湖南省新开工320公里。累计完成投资8000亿元。",
        );
        assert_eq!(x.place.0, "");
        assert_eq!(place_of(&x, "2100公里").0, "");
        assert_eq!(place_of(&x, "320公里").0, "湖南省");
        assert_eq!(place_of(&x, "8000亿元").0, "");
        // A county release that mentions the country keeps its county.
        let x = extract("左权县获评全国文明县城\n全县今年新建公园3个。");
        assert_eq!(place_of(&x, "3个").0, "左权县");
        // A body of the county that is a national model (是全国…示范社) is an honour too.
        let x = extract(
            "幸福歌之左权篇\n左权县某农机合作社是全国农机合作社示范社。\n合作社今年代耕土地2万亩。",
        );
        assert_eq!(place_of(&x, "2万亩").0, "左权县");
        // Also when its name opens only product names and 全国 is the scope of the list
        // they joined: the first lines do not speak of the whole country.
        let x = extract(
            "一、年度工作情况\n建设高标准农田3万亩。新增认证产品9个，涉县核桃、涉县花椒\
             入选全国名特优新农产品名录。举办花椒产业发展论坛。新增市级龙头企业4家。\n\
             新增示范合作社21个。完成农村改厕8200户。\n二、下一步安排\n\
             我县将在西戌镇启动试点，全县再建冷库5座。",
        );
        assert_eq!(x.place.0, "涉县");
        assert_eq!(place_of(&x, "21个").0, "涉县");
        // A park's title naming its city by the short name: the park's release, though
        // its first lines speak of a national strategy.
        let x = extract(
            "某某科技集团宜昌智能制造产业园项目签约\n3月5日，产业园项目签约仪式在宜昌市举行，\
             这是集团落实全国统一大市场部署的重要一步。\n本项目总投资约35亿元，占地300亩。",
        );
        assert_eq!(x.place.0, "宜昌市");
        assert_eq!(place_of(&x, "300亩").0, "宜昌市");
        // A province's release whose first lines rank it in the country or compare with
        // it, under a source line naming no division.
        let x = extract(
            "信息来源：某某日报
记者从甘肃省商务厅获悉，甘肃省今年新增外贸企业120家，             排名全国第8位，在全国有影响力的品牌达到15个。",
        );
        assert_eq!(x.place.0, "甘肃省");
        assert_eq!(place_of(&x, "120家").0, "甘肃省");
        // A county's report of a nationwide census (第N次全国…普查) under a line of page
        // furniture: the county's, not a national release.
        let text = "«上一版 下一版»本期共8版, 当前第3版\n定襄县第五次全国经济普查主要数据公报\n\
                    (第一号)\n2023年末，全县共有法人单位1200个。";
        let x = extract(text);
        assert_eq!(x.place.0, "定襄县");
        assert_eq!(place_of(&x, "1200个").0, "定襄县");
    }

    #[test]
    fn a_county_level_city_named_with_its_prefecture_by_short_names() {
        // A company report naming its prefecture once and the county-level city it
        // builds in by their short names, no 全市: that city.
        let x = extract(
            "打造“宜昌制造高地”，离不开大项目支撑。\n走进某某集团枝江生产基地，\
             多条生产线正在运转，枝江工业发展势头强劲。\n项目总投资120亿元，年产值200亿元。",
        );
        assert_eq!(x.place.0, "枝江市");
        assert_eq!(place_of(&x, "120亿元").0, "枝江市");
        // One city alone by its short name decides nothing.
        let x = extract("走进某某集团枝江生产基地，生产线正在运转。\n项目总投资120亿元。");
        assert_eq!(x.place.0, "");
    }

    #[test]
    fn words_glued_before_a_full_name_are_no_part_of_it() {
        let x = extract("这攸关嘉义县的发展，今年投资5亿元。");
        assert_eq!(places(&x), vec![pair("嘉义县", "")]);
        let x = extract("沁源县紧紧围绕山西省、长治市的安排部署，投资5亿元。");
        let names: Vec<String> = places(&x).into_iter().map(|p| p.0).collect();
        assert_eq!(names, ["沁源县", "山西省", "长治市"]);
    }

    #[test]
    fn visitors_origins_are_no_figures_place() {
        let x = extract(
            "澳门特别行政区今年入境旅客共200万人次。香港旅客上升12%，香港及中国台湾旅客分别占30%及8%。",
        );
        let macau = pair("澳门特别行政区", "820000");
        for t in ["12%", "30%", "8%"] {
            assert_eq!(place_of(&x, t), macau, "{t}");
        }
        // An anaphor before the visitors is where they are.
        let x = extract("安化县今年接待游客100万人次，全县游客增长5%，日本游客增长3%。");
        assert_eq!(place_of(&x, "5%"), pair("安化县", "430923"));
        assert_eq!(place_of(&x, "3%"), pair("安化县", "430923"));
    }

    #[test]
    fn a_visiting_delegations_place_is_not_the_visited_release_place() {
        // A district's party secretary leads a delegation to "our county": the county
        // the release names by its short name (and its anaphors) is its own place.
        let x = extract(
            "5月9日，历下区委书记带队来我县考察产业项目。县领导陪同。\n\
             考察团认为我县项目建设成效显著。\n\
             该项目总投资8亿元，是平阴“工业强县”的重点项目，年可实现产值12亿元。",
        );
        assert_eq!(x.place, pair("平阴县", "370124"), "not 历下区");
        // Without the visit the district opening the release is its own place.
        let x = extract("5月9日，历下区召开项目推进会。\n该项目总投资8亿元，年可实现产值12亿元。");
        assert_eq!(x.place.0, "历下区");
    }

    #[test]
    fn a_citys_short_name_in_the_first_lines_whatever_jiebas_tag() {
        // jieba reads 大同 as an adverb and 信阳 as a common noun: in the first lines of a
        // release speaking of 我市 they name the city all the same.
        let x = extract(
            "据国家统计局大同调查队消息，2月份我市工业生产者出厂价格同比下降1.2%。\n\
             其中生产资料价格下降1.6%。",
        );
        assert_eq!(x.place, pair("大同市", "140200"));
        let x = extract(
            "全省秋季重大项目观摩活动信阳分会场昨日举行。\n\
             我市此次观摩项目26个，总投资132亿元。",
        );
        assert_eq!(x.place, pair("信阳市", "411500"));
        // Not where no anaphor speaks of a city.
        let x = extract("全省秋季重大项目观摩活动信阳分会场昨日举行。\n观摩项目26个。");
        assert_eq!(x.place.0, "");
    }

    #[test]
    fn hong_kong_releases_are_about_hong_kong() {
        let x = extract(
            "特区政府今日公布，上月访港旅客共460万人次，按年升12%。立法会财务委员会通过拨款。",
        );
        assert_eq!(x.region, crate::extract::Region::HK);
        assert_eq!(place_of(&x, "460万人次"), pair("香港特别行政区", "810000"));
        // A district named only further down is one of its parts, not the release's place.
        let x = extract(
            "房委会公布公屋轮候时间\n特区政府表示，一般申请者平均轮候时间为5.8年。立法会获悉详情。\n今年落成单位共1.2万个。\n新落成的屋邨位于新界，包括屯门及东涌。新界另有两个屋邨明年落成。",
        );
        assert_eq!(x.place.0, "香港特别行政区");
        assert_eq!(place_of(&x, "5.8年").0, "香港特别行政区");
        // Carried by a site of no government: the release speaks of 本澳, so it is Macau's.
        let x = extract(
            "旅遊部門一直留意本澳的酒店業，現時共有酒店客房4.5萬間，個別酒店將於明年開業。",
        );
        assert_eq!(place_of(&x, "4.5萬間"), pair("澳门特别行政区", "820000"));
    }

    #[test]
    fn a_town_the_gazetteer_lacks_opening_the_title() {
        let text = "柘岚镇上半年工作总结\n今年以来，全镇上下团结一心。\n全镇实现财政收入3000万元，同比增长12%。";
        let x = extract(text);
        assert_eq!(x.place, pair("柘岚镇", ""));
        assert_eq!(place_of(&x, "3000万元"), pair("柘岚镇", ""));
        // Without an anaphor of its kind the title's first words name no place.
        let x = extract(&text.replace("全镇", "我们"));
        assert_eq!(x.place.0, "");
        // A common word is no town (富城镇: to make towns rich).
        let x = extract(&text.replace("柘岚镇上半年", "富城镇建设"));
        assert_eq!(x.place.0, "");
        let x = extract(&text.replace("柘岚镇上半年", "推进乡村振兴"));
        assert_eq!(x.place.0, "");
    }

    #[test]
    fn short_names_down_the_divisions_in_the_title() {
        let x = extract("张掖临泽光伏电站特许权项目并网\n项目总投资12亿元，装机容量10万千瓦。");
        assert_eq!(x.place.0, "临泽县");
        assert_eq!(place_of(&x, "12亿元").0, "临泽县");
        // One short name alone in a project's name is no release's place.
        let x = extract("临泽光伏电站特许权项目并网\n项目总投资12亿元。");
        assert_eq!(x.place.0, "");
    }

    #[test]
    fn taiwans_merged_counties_and_where_a_place_lies() {
        let text = "台南縣農業簡介\n台南縣位於本省西南部，海岸線長達50公里，人口約有100萬人。";
        let x = extract(text);
        assert_eq!(x.place.0, "台南市");
        assert_eq!(place_of(&x, "50公里").0, "台南市");
        assert_eq!(place_of(&x, "100萬人").0, "台南市");
        // A thing that lies in a place is that place's (位于新界的某邨).
        let x = extract("沙田區公屋簡介\n位於新界的富華邨提供3 000個單位。");
        assert_eq!(place_of(&x, "3 000個").0, "新界");
    }

    #[test]
    fn a_short_name_alone_names_the_own_place() {
        // A park named after its county: the release is about the county.
        let x =
            extract("日前，邹平经济开发区两个项目投产。\n其中一个项目总投资3亿元，年产值8亿元。");
        assert_eq!(x.place.0, "邹平市");
        assert_eq!(place_of(&x, "3亿元").0, "邹平市");
        // A district's park: 工业园区 in the first lines is no unknown district.
        let x = extract("柯桥工业园区新投产项目3个\n项目总投资9亿元。");
        assert_eq!(place_of(&x, "9亿元").0, "柯桥区");
        // 全市 and the city named once by its short name (汕尾籍: natives of 汕尾).
        let x = extract("全市新增企业3200户，汕尾籍企业家回乡投资项目12个。");
        assert_eq!(x.place.0, "汕尾市");
        assert_eq!(place_of(&x, "12个").0, "汕尾市");
        // A city's bureau named by its kind alone, and a mainland city, not Taiwan's
        // 龙井区.
        let x = extract("市图书馆全年接待读者8万人次。\n开展“书香龙井”阅读活动30次。");
        assert_eq!(x.place.0, "龙井市");
        assert_eq!(place_of(&x, "8万人次").0, "龙井市");
    }

    #[test]
    fn a_provinces_short_name_names_a_release_speaking_of_the_province() {
        // The short name in the title of a release speaking of 全省 and 我省.
        let x = extract(
            "前三季度湖南全省经济运行情况发布\n\n省统计局发布前三季度我省经济数据，全省规模以上工业增加值增长6.1%。",
        );
        assert_eq!(x.place, pair("湖南省", "430000"));
        assert_eq!(place_of(&x, "6.1%").0, "湖南省");
        // A county release comparing with its province stays the county's.
        let x = extract(
            "前三季度宁乡经济运行情况\n\n全县规模以上工业增加值增长8.1%，高于全省2个百分点，湖南各县中居前列。",
        );
        assert_ne!(x.place.0, "湖南省");
        // No 全省 spoken of: no province from a short name.
        let x = extract("湖南农业经济运行情况发布\n\n粮食产量增长1.2%。");
        assert_eq!(x.place.0, "");
    }

    #[test]
    fn a_county_named_in_full_once_and_again_by_its_short_name() {
        // A company's report: the county named in full once, in the middle, among the
        // partners (an outside province's company too), and three more times by its
        // short name in the park's name; no 全县.
        let report = |park: &str| {
            format!(
                "某乳业牧场迎来首批奶牛\n\n首批600头奶牛运抵某乳业{park}奶业园区。\n\n牧场设有牛舍12栋。\n\n{park}奶业园区计划存栏奶牛1万头，年产鲜奶5万吨。\n\n项目由和林格尔县政府、河北某乳品集团合作建设，总投资8亿元。\n\n园区配套种植饲草3000亩，{park}奶业园区预计明年满产。\n\n园区采用种养结合模式。\n\n园区带动周边农户增收。\n\n牧场实行全程机械化挤奶。"
            )
        };
        let x = extract(&report("和林格尔"));
        assert_eq!(x.place.0, "和林格尔县");
        assert_eq!(place_of(&x, "3000亩").0, "和林格尔县");
        // The same report naming the county only in full, once: no place of its own.
        let x = extract(&report("某某"));
        assert_eq!(x.place.0, "");
    }

    #[test]
    fn a_provinces_short_name_named_again_and_again_names_the_release() {
        // A survey team's bulletin: the province's short name in the title and in most
        // sentences, no 全省; the figures of the sentences not naming it are its too.
        let x = extract(
            "一季度甘肃居民收入稳步增长\n\n国家统计局甘肃调查总队调查显示，一季度甘肃居民人均可支配收入6120元，增长5.8%。\n\n甘肃城镇居民收入增长4.9%。其中，工资性收入增长6.2%。",
        );
        assert_eq!(x.place, pair("甘肃省", "620000"));
        assert_eq!(place_of(&x, "6.2%").0, "甘肃省");
        // Named twice only: a company's home province, no release's place.
        let x = extract(
            "某公司新品发布\n\n甘肃客户订单增长20%。\n\n公司销售额增长12%，甘肃市场占三成。",
        );
        assert_eq!(x.place.0, "");
        // Named three times, as often as another province named the same way.
        let x = extract(
            "甘肃青海农产品外销情况\n\n甘肃苹果、青海枸杞销量增长8%。\n\n甘肃洋芋、青海牦牛肉销量增长6%。",
        );
        assert_eq!(x.place.0, "");
    }

    #[test]
    fn a_city_named_in_the_title_by_its_short_name_over_its_parts() {
        // The title's short name, a county-level city of it among listed counties, a
        // district named in full, and a reporter who heard it from the city's bureau.
        let x = extract(
            "临沂治理河道淤积 三年清淤百万方\n\n记者从市水利局获悉，我市启动河道清淤工程。\n\n兰陵、沂水、平邑部分乡镇河道淤积长度达320公里。以兰山区为中心的主城区河段淤积最重。\n\n全市计划清淤土方105万立方米。",
        );
        assert_eq!(x.place.0, "临沂市");
        assert_eq!(place_of(&x, "105万立方米").0, "临沂市");
    }

    #[test]
    fn a_one_char_county_read_by_jieba_after_a_glued_char() {
        // A county of one char and its kind named only after a numeral or a preposition
        // (六个滑县, 在滑县): jieba reads it as a place of its own.
        let x = extract(
            "今年以来，该县以建设“五个滑县”为目标推进发展。\n至9月底，全县完成固定资产投资12.6亿元。",
        );
        assert_eq!(x.place.0, "滑县");
        assert_eq!(place_of(&x, "12.6亿元").0, "滑县");
        let x = extract("现场推进会在滑县召开。\n全县新建高标准农田8万亩。");
        assert_eq!(x.place.0, "滑县");
    }

    #[test]
    fn schools_and_companies_lie_in_their_places_the_release_is_not_about_them() {
        // A city bureau's review listing its partners by names that open with a county-level
        // city of its own: the city it speaks of (全市) and names alone, not the partner's.
        let x = extract(
            "上半年，全市外贸进出口总额8.2亿美元，同比增长12%。\n我市新增出口企业12家。\n市就业服务中心与荆门技师学院、钟祥市职业技术学校等单位签订培训协议，拓宽了荆门劳务输出渠道。",
        );
        assert_eq!(x.place.0, "荆门市");
        assert_eq!(place_of(&x, "8.2亿美元").0, "荆门市");
        // Its own city named three times by short name (a slogan too), a partner's
        // city once: the one named far more often.
        let x = extract(
            "市商务局围绕“活力荆门”目标推进工作。\n上半年，全市外贸进出口总额8.2亿美元，同比增长12%。\n市就业服务中心与荆门技师学院、钟祥市职业技术学校等单位签订培训协议，与青岛等地企业建立合作，拓宽了荆门劳务输出渠道。",
        );
        assert_eq!(x.place.0, "荆门市");
        // Named twice beside another city once: none.
        let x = extract(
            "上半年，全市外贸进出口总额8.2亿美元。\n与青岛等地企业建立合作，拓宽了荆门劳务输出渠道，荆门技师学院参与。",
        );
        assert_eq!(x.place.0, "");
        // A county named in a phrase that builds a school is the place all the same.
        let x = extract("沙洋县改扩建学校4所，新增学位5000个。\n全县教育投入3.2亿元。");
        assert_eq!(x.place.0, "沙洋县");
        let x = extract("沙洋县实验学校新增学位500个。\n全县教育投入3.2亿元。");
        assert_ne!(x.place.0, "沙洋县");
    }

    #[test]
    fn a_countys_short_name_alone_in_a_county_release() {
        // A county release naming itself only in a slogan, by its short name.
        let x = extract(
            "今年以来，全县围绕“生态岚皋”目标推进农业发展。\n全县粮食播种面积12.4万亩，同比增长2.1%。",
        );
        assert_eq!(x.place.0, "岚皋县");
        assert_eq!(place_of(&x, "12.4万亩").0, "岚皋县");
        // Two counties' short names, or one beside a division named in full: none.
        let x = extract("全县学习岚皋、紫阳两地经验。\n全县粮食播种面积12.4万亩。");
        assert_eq!(x.place.0, "");
        let x = extract("全县学习岚皋经验，汉中市领导出席。\n全县粮食播种面积12.4万亩。");
        assert_ne!(x.place.0, "岚皋县");
    }

    #[test]
    fn a_city_ranking_behind_other_cities_is_no_part_of_a_breakdown() {
        // A city paper's bulletin about 全市 that names the cities it ranks behind: the
        // city, not the province.
        let x = extract(
            "前三季度全市外贸形势稳定\n\n日前在韶关市会展中心举办的家居博览会吸引市民参观。\n\n记者从市商务局获悉，全市外贸保持增长，增速居全省前列。\n\n前三季度，全市进出口总额412.3亿元，增长5.1%，增速居全省第二位，仅次于珠海市和佛山市。\n\n全市实际利用外资8.6亿元。",
        );
        assert_eq!(x.place.0, "韶关市");
        assert_eq!(place_of(&x, "8.6亿元").0, "韶关市");
    }

    #[test]
    fn a_short_name_that_is_no_own_place() {
        // A word (新建 builds), or a short name that kind and area do not back.
        let x = extract("全区新建产业园区3个，完成投资5亿元。");
        assert_eq!(x.place.0, "");
        let x = extract("全县新修公路30公里，通往汕尾的道路年底完工。");
        assert_eq!(x.place.0, "");
        // A county's short name that is a word of a slogan (惠民生) is no county's.
        let x = extract("全县统筹稳增长、惠民生各项工作，新增就业岗位1200个。");
        assert_eq!(x.place.0, "");
        // A county the list does not know (龙泉县, the list has 龙泉市).
        let x = extract("龙泉县电站建设提速\n全县清洁能源装机超过200万千瓦，龙泉开关站投资5亿元。");
        assert_eq!(x.place.0, "");
        // A place of another line named in full: none.
        let x = extract("全市新增企业3200户。\n新增个体户500户。\n新增农民合作社20家。\n汕尾籍企业家在湖北省投资项目12个。\n新增商标80件。\n新增专利60件。\n新增品牌10个。");
        assert_eq!(x.place.0, "");
        // A county's release that compares with its city (全县 … 全市): the city named by
        // its short name is not the release's place, nor is it of 全县's figures.
        let x = extract(
            "我县外贸进出口增长8%，高于全市2个百分点。\n全县新增外贸企业12家，汕尾口岸出口增长5%。",
        );
        assert_eq!(x.place.0, "");
        assert_eq!(place_of(&x, "12家").0, "");
        let x = extract("全区实现增加值50亿元，全市增长6%，汕尾籍客商投资3亿元。");
        assert_eq!(x.place.0, "");
    }

    #[test]
    fn sections_headed_by_short_names_with_subheadings() {
        let text = "江门市水利建设提速\n开平\n小型水库加固工程\n工程总投资3000万元，本月完工。\n恩平\n某水闸重建工程\n工程完成投资500万元。\n某水库灌区完成投资800万元。\n河道清淤\n江门市已清淤80万立方米。";
        let x = extract(text);
        assert_eq!(x.place.0, "江门市");
        assert_eq!(place_of(&x, "3000万元").0, "开平市");
        assert_eq!(place_of(&x, "500万元").0, "恩平市");
        // An irrigation district is no division: the section's county.
        assert_eq!(place_of(&x, "800万元").0, "恩平市");
        assert_eq!(place_of(&x, "80万立方米").0, "江门市");
    }

    #[test]
    fn origins_labels_and_rank_scopes_are_no_places() {
        let text = "三亚市旅游统计\n本市接待内地旅客30万人次，主要来自广东省(5,200人次)、湖南省(3,100人次)及福建省(1,900人次)。";
        let x = extract(text);
        for t in ["5,200人次", "3,100人次", "1,900人次"] {
            assert_eq!(place_of(&x, t).0, "三亚市", "{t}");
        }
        // A run of pairs whose last place names visitors: all are origins.
        let x = extract("三亚市入境游客统计\n香港(5,100人次)及台湾游客(4,600人次)分别增长3%和5%。");
        assert_eq!(place_of(&x, "5,100人次").0, "三亚市");
        assert_eq!(place_of(&x, "4,600人次").0, "三亚市");
        // A bay area is no division.
        let x = extract("三亚市招商统计\n粤港澳大湾区企业新增投资项目30个。");
        assert_eq!(place_of(&x, "30个").0, "三亚市");
        // A foreign country in a run of pairs bounds the place before it.
        let x = extract("三亚市入境游客统计\n香港(5,100人次)、日本(4,600人次)。");
        assert_eq!(place_of(&x, "5,100人次").0, "香港特别行政区");
        assert_eq!(place_of(&x, "4,600人次").0, "三亚市");
        // The list a project is on (是河南省重点项目) is not where it lies.
        let x = extract("新乡县项目建设\n该项目是河南省重点项目，总投资5亿元。");
        assert_eq!(place_of(&x, "5亿元").0, "新乡县");
        // A figure before a run of places going down takes the innermost.
        let x = extract("社旗县小麦收获\n今年5万亩优质小麦分布在河南社旗县下洼镇。");
        assert_eq!(place_of(&x, "5万亩").0, "下洼镇");
        // A rank's scope after 居.
        let x = extract("临沂市外贸进出口总额850亿元，居全省第2位，增速比全国高2.1个百分点。");
        assert_eq!(place_of(&x, "2.1个百分点").0, "临沂市");
    }
    #[test]
    fn townships_of_one_city_name_the_release_that_speaks_of_it() {
        let text = "五一假期全市乡村民宿接待游客8.2万人次。\n佛堂镇的民宿营业额增长20%，稠城街道新开民宿12家。";
        let x = extract(text);
        assert_eq!(x.place, pair("义乌市", "330782"));
        assert_eq!(place_of(&x, "8.2万人次"), pair("义乌市", "330782"));
        // Townships of a county in a text speaking of 全县: that county.
        let x = extract("全县今年新增民宿30家。\n浦南街道、仙华街道各新增民宿5家。");
        assert_eq!(x.place.0, "浦江县");
    }

    #[test]
    fn a_name_starting_inside_a_citys_short_name_is_none() {
        let x = extract(
            "重庆城镇居民收入稳步增长\n上半年全市城镇居民人均可支配收入2.3万元，增长5.1%。",
        );
        assert_eq!(x.place.0, "重庆市");
        assert_eq!(place_of(&x, "2.3万元").0, "重庆市");
        // A short name overlapped by one before it is no such name (陕西|安康市).
        let x = extract("陕西安康市今年粮食产量增长3%。");
        assert_eq!(x.place, pair("安康市", "610900"));
    }

    #[test]
    fn a_name_starting_inside_a_word_is_none() {
        // 其中|城镇: the township 中城镇 of another province starts inside 其中.
        let x = extract(
            "上半年全县居民收入稳步增长。\n全体居民人均可支配收入1.5万元，其中城镇常住居民人均可支配收入2.1万元。",
        );
        assert_eq!(x.place.0, "");
        assert_eq!(place_of(&x, "2.1万元").0, "");
        // A township right after its district is read, though jieba guesses a word
        // across the two (区|颜).
        let x = extract("5月8日，新材料产业园项目推进会在兖州区颜店镇举行，总投资12亿元。");
        assert_eq!(x.place.0, "颜店镇");
    }

    #[test]
    fn a_county_paper_naming_only_its_city_has_no_place() {
        // 全县 of a county never named, ranked in its city: no place, not the city.
        let t = "本报讯 今年以来，全县上下真抓实干。\n                 元至九月，全县完成生产总值30.2亿元，增长6.1%，增速全市第三，位居夷陵区、枝江市之后。";
        let x = extract(t);
        assert_eq!(x.place.0, "");
        assert_eq!(place_of(&x, "30.2亿元").0, "");
        // A county named in the title is the place, as before.
        let x = extract(&format!("远安县前三季度经济运行\n{t}"));
        assert_eq!(x.place.0, "远安县");
        assert_eq!(place_of(&x, "30.2亿元").0, "远安县");
        // 全市 of a city release naming its districts stays the city's.
        let t = "本报讯 今年以来，全市上下真抓实干。\n                 元至九月，全市完成生产总值302亿元，夷陵区、枝江市增速居前。";
        assert_eq!(place_of(&extract(t), "302亿元").0, "宜昌市");
    }

    #[test]
    fn a_city_release_naming_only_its_province_has_no_place() {
        // The province names the source of the figures; 全市 is a city never named.
        let t = "上半年，全市经济运行平稳。根据湖北省统一核算结果，上半年全市生产总值812.5亿元，增长5.1%。";
        let x = extract(t);
        assert_eq!(x.place.0, "");
        assert_eq!(place_of(&x, "812.5亿元").0, "");
        // A province's own release stays the province's.
        let t = "上半年，全省经济运行平稳。根据湖北省统一核算结果，上半年全省生产总值2.8万亿元。";
        assert_eq!(place_of(&extract(t), "2.8万亿元").0, "湖北省");
    }

    #[test]
    fn a_comparisons_base_is_no_figures_place() {
        // 与某县比: the base, neither the figure's place nor what 全县 means.
        // (Named after the first lines: there it would be the release's own place.)
        let head = "本报讯 今年以来，全县上下真抓实干，增速全市第三，位居夷陵区、枝江市之后。\n\
                    元至九月，全县生产总值增长6.1%。全县投资增长8%。\n";
        let t = format!(
            "{head}前三季度全县主要指标与对标县南漳县比，增速全面领先，新增市场主体1200户。"
        );
        assert_eq!(place_of(&extract(&t), "1200户").0, "");
        let t =
            format!("{head}全县主要指标与对标县南漳县比，增速全面领先，我县新增市场主体1200户。");
        assert_eq!(place_of(&extract(&t), "1200户").0, "");
        let x = extract("远安县经济运行\n与兴山县相比，全县新增市场主体800户。");
        assert_eq!(place_of(&x, "800户").0, "远安县");
        // A place compared with the year before is the figure's own.
        let x = extract("远安县经济运行\n兴山县比上年新增市场主体800户。");
        assert_eq!(place_of(&x, "800户").0, "兴山县");
        let x = extract("远安县经济运行\n与去年同期相比，兴山县新增市场主体800户。");
        assert_eq!(place_of(&x, "800户").0, "兴山县");
    }

    #[test]
    fn a_bracket_after_the_figure_keeps_its_place_for_its_own_figures() {
        let x = extract(
            "屯昌县经济运行简况\n上半年，全县固定资产投资增长2.1%，低于全省平均增速6.4个百分点(全省增长8.5%)。",
        );
        assert_eq!(place_of(&x, "6.4个百分点").0, "屯昌县");
        assert_eq!(place_of(&x, "8.5%").0, "海南省");
        // Without the bracket the place after the figure is its place.
        let x = extract("屯昌县经济运行简况\n上半年，投资增速回落6.4个百分点全省居中。");
        assert_eq!(place_of(&x, "6.4个百分点").0, "海南省");
    }

    #[test]
    fn the_place_of_an_event_that_set_an_action_off_is_no_figures_place() {
        let text = "海丰县安全生产工作\n银川市燃气爆炸事故发生后，根据县领导要求，\
                    开展为期两个月的排查整治行动。";
        let x = extract(text);
        assert_eq!(place_of(&x, "两个月").0, "海丰县");
        let x = extract(&text.replace("爆炸事故发生后", "管道改造完成"));
        assert_eq!(place_of(&x, "两个月").0, "银川市");
    }

    #[test]
    fn pavilions_at_a_fair_and_news_outlets_are_no_place() {
        // A province's pavilion at a fair is no place of a city's delegation.
        let x = extract(
            "漳州网5月8日讯 投洽会昨日开幕，市领导到福建省展馆、漳州展区巡馆。\n             全市已对接项目30个，总投资88亿元。",
        );
        assert_eq!(place_of(&x, "30个").0, "漳州市");
        // A place naming a news outlet's app is its source.
        let x = extract(
            "征地工作动员\n新湖北客户端5月6日讯 5月6日，远安县召开征地动员大会，签约农户30户。",
        );
        assert_eq!(place_of(&x, "30户").0, "远安县");
        // Cities of a region are no division: the Hong Kong release's own place.
        let x = extract("香港机场管理局公布数据\n本港机场当局正拓展大湾区城市候机楼至30个。");
        assert_eq!(place_of(&x, "30个").0, "香港特别行政区");
    }

    #[test]
    fn the_own_place_at_the_level_the_first_lines_speak_of() {
        // A district's release whose table lists its city and the city's districts:
        // 全区 is its own kind; 全市 only as a rank's scope and a comparison base.
        let x = extract(
            "2024年，全区居民人均可支配收入6.1万元，列全市第二，增速低于全市平均0.4个百分点。\n\
             绍兴市 | 5.9 |\n越城区 | 5.6 |\n柯桥区 | 6.0 |\n上虞区 | 5.7 |\n\
             2024年，柯桥区居民人均消费支出4.3万元，列全市第三。",
        );
        assert_eq!(x.place, pair("柯桥区", "330603"));
        assert_eq!(place_of(&x, "6.1万元").0, "柯桥区");
        // A city's release naming one county in its last lines: 全市 is its kind, 全县
        // only a share's whole.
        let x = extract(
            "全市县域工业园区发展势头良好\n2023年，全市县域工业园区实现产值120亿元，增长8%。\n\
             英山县温泉工业园实现产值30亿元，占全县工业产值的60%。\n英山县温泉工业园",
        );
        assert_eq!(x.place.0, "黄冈市");
        assert_eq!(place_of(&x, "120亿元").0, "黄冈市");
        assert_eq!(place_of(&x, "30亿元").0, "英山县");
        // 全省 after the first lines is no level of the release's own.
        let x = extract(
            "行业资讯\n新闻中心\n发布时间：2024-05-06\n甘孜州将建设新能源基地\n\
             甘孜州计划新增装机500万千瓦，引起全省关注。\n甘孜州今年投资30亿元。",
        );
        assert_eq!(x.place.0, "甘孜藏族自治州");
        // A county leading its city (领跑全市) speaks of the city only as the ranks' scope.
        let x = extract(
            "今年一季度，左权经济运行平稳，多项指标领跑全市。\n\
             一季度左权县生产总值为21.5亿元，同比增长6.1%。\n第一产业增加值为3.2亿元。\n\
             第二产业增加值为9.8亿元。\n全县粮食产量2.3万吨。",
        );
        assert_eq!(x.place.0, "左权县");
        assert_eq!(place_of(&x, "2.3万吨").0, "左权县");
        assert_eq!(place_of(&x, "3.2亿元").0, "左权县");
    }

    #[test]
    fn glued_words_and_ties_are_no_figures_place() {
        // 快|于城镇: jieba's 于城镇 is no township; the district's figure.
        let x = extract("柯桥区居民收入稳步增长。\n农村居民收入增速快于城镇2.1个百分点。");
        assert_eq!(place_of(&x, "2.1个百分点").0, "柯桥区");
        assert!(places(&x).iter().all(|p| p.0 != "于城镇"));
        // 与上虞并列: the county tied with in a ranking is no figure's place.
        let x = extract("柯桥区居民人均消费支出4.5万元，与上虞并列全市第三，比上年增加3100元。");
        assert_eq!(place_of(&x, "3100元").0, "柯桥区");
        // The places ranked above (仅次于甲市、乙市) are no figure's place, in the list of
        // figures after them either.
        let x = extract(
            "泰州市出口电线电缆3.1亿元，占全省的12%，仅次于苏州、无锡；\
             出口船舶、钢材分别为20.6亿元、9.8亿元。",
        );
        assert_eq!(place_of(&x, "20.6亿元").0, "泰州市");
        assert_eq!(place_of(&x, "9.8亿元").0, "泰州市");
    }

    #[test]
    fn cities_by_their_first_char_and_shi() {
        let x = extract("哈市今年新增城镇就业3万人。");
        assert_eq!(x.place, pair("哈尔滨市", "230100"));
        assert_eq!(place_of(&x, "3万人").0, "哈尔滨市");
        // Autonomous prefectures by their first char and 州; 巴州区 stays the district.
        let x = extract("新疆巴州今年种植棉花357万亩。");
        assert_eq!(place_of(&x, "357万亩").0, "巴音郭楞蒙古自治州");
        let x = extract("巴中市巴州区今年种植水稻12万亩。");
        assert_eq!(place_of(&x, "12万亩").0, "巴州区");
    }

    #[test]
    fn a_trade_partner_is_no_figures_place() {
        let x = extract(
            "甘肃省对外贸易情况\n分地区看，对香港出口12.5亿元，增长8%；自日本进口3.2亿元。",
        );
        assert_eq!(place_of(&x, "12.5亿元").0, "甘肃省");
        assert_eq!(place_of(&x, "3.2亿元").0, "甘肃省");
        // A place that trades itself keeps its figures.
        let x = extract("甘肃省对外贸易情况\n天水市出口4.1亿元。");
        assert_eq!(place_of(&x, "4.1亿元").0, "天水市");
    }

    #[test]
    fn the_other_end_of_a_route_is_no_figures_place() {
        let x = extract("澳門特別行政區統計暨普查局公佈，第二季澳門往來中國內地及香港的客輪共3000班次，按年減少5.4%。");
        assert_eq!(place_of(&x, "5.4%").0, "澳门特别行政区");
        let x = extract(
            "香港特別行政區政府表示，香港東區走廊的維修工程已於2020年5月完成，共耗資3億元。",
        );
        assert_eq!(place_of(&x, "3億元").0, "香港特别行政区");
        let x = extract("香港特別行政區政府表示，中環及灣仔繞道已於2019年全面通車，耗資360億元。");
        assert_eq!(place_of(&x, "360億元").0, "香港特别行政区");
    }

    #[test]
    fn a_hong_kong_departments_release_is_hong_kongs() {
        // Traditional text naming only the department (食環署): Hong Kong's figures.
        let x =
            extract("食物環境衞生署(食環署)今日表示，上月共巡查食肆2,400間，檢控違規個案35宗。");
        assert_eq!(place_of(&x, "2,400間").0, "香港特别行政区");
        assert_eq!(place_of(&x, "35宗").0, "香港特别行政区");
    }

    #[test]
    fn a_citys_government_issuing_by_its_title_is_the_releases_place() {
        // The title names the city's government; the district is where its mayor went.
        let text = "湘潭市人民政府\n市长调研雨湖区老旧小区改造工作\n\
                    市政府今年安排改造资金8亿元，计划改造小区120个。\n\
                    其中雨湖区改造小区35个。";
        let x = extract(text);
        assert_eq!(x.place.0, "湘潭市");
        assert_eq!(place_of(&x, "8亿元").0, "湘潭市");
        assert_eq!(place_of(&x, "120个").0, "湘潭市");
        assert_eq!(place_of(&x, "35个").0, "雨湖区");
        // The mayor by his title is an issuer too.
        let x = extract(&text.replacen("湘潭市人民政府\n市长", "湘潭市长", 1));
        assert_eq!(x.place.0, "湘潭市");
        // A district's own government in the title keeps the district.
        let x = extract(&text.replacen("湘潭市人民政府", "湘潭市雨湖区人民政府", 1));
        assert_eq!(x.place.0, "雨湖区");
        // A district's news on its city's portal, speaking of 全区, is the district's.
        let text = "湘潭市人民政府门户网站\n雨湖区一季度经济运行情况\n\
                    一季度全区地区生产总值增长6.1%。";
        let x = extract(text);
        assert_eq!(x.place.0, "雨湖区");
    }

    #[test]
    fn a_superior_whose_decisions_are_carried_out_is_no_issuer() {
        let text = "为贯彻落实湘潭市委经济工作会议部署，湘潭县于4月18日举行重点项目集中开工仪式。\n                    此次集中开工项目共12个，总投资45亿元。";
        let x = extract(text);
        assert_eq!(x.place.0, "湘潭县");
        assert_eq!(place_of(&x, "45亿元").0, "湘潭县");
        // The city's committee issuing by itself is the issuer.
        let x = extract(&text.replacen("为贯彻落实湘潭市委", "湘潭市委召开", 1));
        assert_eq!(x.place.0, "湘潭市");
    }

    #[test]
    fn a_mainland_report_on_a_macau_body_is_macaus() {
        // Simplified text, no mark of Macau: the body the first lines name decides.
        let text = "记者从澳门统计部门获悉\n澳门旅游局6日公布，3月入境旅客达280万人次，\
                    同比增长15%。酒店平均入住率为86%。";
        let x = extract(text);
        assert_eq!(x.place.0, "澳门特别行政区");
        assert_eq!(place_of(&x, "86%").0, "澳门特别行政区");
        // So does a news agency's dispatch from Hong Kong.
        let x = extract("某通社香港4月2日电 首季访港旅客达900万人次，同比增长20%。");
        assert_eq!(place_of(&x, "20%").0, "香港特别行政区");
        // Macau named only as where visitors come from gives no place.
        let x = extract("春节假期旅游市场火热\n来自澳门的游客达2万人次，同比增长15%。");
        assert_ne!(place_of(&x, "15%").0, "澳门特别行政区");
    }

    #[test]
    fn a_countys_government_naming_its_seat_stays_the_county() {
        // 宜兰县 issues the release; 宜兰市, its seat, is named in its first lines.
        let text = "宜蘭縣政府\n縣長今天在宜蘭市表示，今年縣府投入3億元改善道路，\
                    全縣完成路段40處。\n宜蘭市完成路段12處。";
        let x = extract(text);
        assert_eq!(x.place.0, "宜兰县");
        assert_eq!(place_of(&x, "3億元").0, "宜兰县");
        assert_eq!(place_of(&x, "12處").0, "宜兰市");
        // Nor is a village of the seat where the county head spoke.
        let x = extract(&text.replacen("在宜蘭市表示", "在宜蘭市光明村宣布", 1));
        assert_eq!(place_of(&x, "3億元").0, "宜兰县");
    }

    #[test]
    fn a_county_the_title_names_below_the_dateline_city_is_the_releases() {
        // The city's officials fill the dateline; the title says where the park is built.
        let text = "两家企业计划投资30亿元在新泰建储能产业园\n\
                    泰安市委副书记、泰安市市长在泰安市政府秘书长陪同下，走访新泰市招商企业。\n\
                    项目总投资30亿元，占地600亩，由新泰市负责落地。";
        let x = extract(text);
        assert_eq!(x.place, pair("新泰市", "370982"));
        assert_eq!(place_of(&x, "600亩").0, "新泰市");
        // A title naming no division below the city leaves the city.
        let x = extract(&text.replacen("在新泰建", "建", 1));
        assert_eq!(x.place.0, "泰安市");
    }

    #[test]
    fn a_dateline_city_reporting_on_its_province_is_no_place_of_the_release() {
        // The reporter files from the capital; the story is the province's (全省).
        let text = "某某网福州3月2日消息（记者 王某）今年一季度，福建地区生产总值1200亿元，\
                    同比增长5.1%。\n按产业分，第一产业增加值95亿元，增长3.0%。\n\
                    全省居民消费价格同比上涨1.2%。";
        let x = extract(text);
        assert_eq!(x.place.0, "福建省");
        assert_eq!(place_of(&x, "95亿元").0, "福建省");
        // A story speaking of the city (全市) is the city's.
        let x = extract(&text.replacen("全省", "全市", 1));
        assert_eq!(x.place.0, "福州市");
    }

    #[test]
    fn a_province_quoted_as_the_source_of_a_citys_figures_is_no_place_of_the_release() {
        let text = "据河北省统计局数据，1-6月，邢台全社会用电量120.5亿千瓦时，同比增长3.1%。\
                    其中，6月份用电量20.1亿千瓦时。分产业看，第一产业用电量2.1亿千瓦时。\n\
                    1-6月，全市工业用电量90.2亿千瓦时，同比增长2.5%。";
        let x = extract(text);
        assert_eq!(x.place.0, "邢台市");
        assert_eq!(place_of(&x, "90.2亿千瓦时").0, "邢台市");
        // A text speaking of the province (全省) is the province's.
        let x = extract(&text.replacen("全市", "全省", 1));
        assert_eq!(x.place.0, "河北省");
        // Named as the release's own (河北省1-6月…), the province stays.
        let x = extract(&text.replacen("据河北省统计局数据，", "河北省统计局：", 1));
        assert_eq!(x.place.0, "河北省");
    }

    #[test]
    fn a_county_where_a_provinces_season_opens_is_a_venue() {
        // 在某县…开榨: where the province's season starts, not what the release describes.
        let text = "云南省新榨季于12月1日在耿马县一家糖厂开榨，全省计划入榨甘蔗1500万吨。\n\
                    全省糖厂预计产糖200万吨，同比增长5%。";
        let x = extract(text);
        assert_eq!(x.place.0, "云南省");
        assert_eq!(place_of(&x, "200万吨").0, "云南省");
    }

    #[test]
    fn a_county_a_city_portals_repost_names_again_and_again_is_the_releases() {
        let text = "项目建设再提速\n来源：常德市政府网 2023-05-06\n摘要\n\
                    今年以来，重大项目建设跑出加速度。\n\
                    5月5日，桃源县举行第二季度重大项目集中开工仪式，22个项目总投资86亿元。\n\
                    桃源县此次开工项目涵盖新材料、食品加工等领域。\n\
                    据介绍，桃源县今年计划实施重点项目120个。";
        let x = extract(text);
        assert_eq!(x.place.0, "桃源县");
        assert_eq!(place_of(&x, "86亿元").0, "桃源县");
        // Named twice, the county is one story of the city's.
        let x = extract(&text.replacen("据介绍，桃源县", "据介绍，", 1));
        assert_eq!(x.place.0, "常德市");
    }

    #[test]
    fn a_provinces_association_publishing_a_citys_figures_is_no_place() {
        // The association's name opens with its province; the text speaks of a city it
        // never names (全市): no place.
        let text = "江西省物流协会 编辑：王某\n一、交通运输平稳增长\n\
                    1-7月，全市公路货运量1.2亿吨，同比增长5%。全市港口吞吐量2.1亿吨。";
        let x = extract(text);
        assert_eq!(x.place.0, "");
        assert_eq!(place_of(&x, "1.2亿吨").0, "");
    }

    #[test]
    fn a_city_zones_report_on_its_whole_area_is_the_citys() {
        // 全区 of a high-tech zone (no division) in a release about its city.
        let text = "信息来源：襄阳高新技术产业开发区\n襄阳市高新区前三季度经济运行\n\
                    全区规上工业总产值增长5.2%，达到310亿元。";
        let x = extract(text);
        assert_eq!(x.place.0, "襄阳市");
        assert_eq!(place_of(&x, "5.2%").0, "襄阳市");
        assert_eq!(place_of(&x, "310亿元").0, "襄阳市");
        // A district named before it in its sentence is what 全区 means.
        let x = extract(&text.replace("全区规上", "樊城区：全区规上"));
        assert_eq!(place_of(&x, "5.2%").0, "樊城区");
    }

    /// The text read as the release named `name` (its host spells its division).
    fn extract_named(name: &str, text: &str) -> DocExtract {
        static EX: OnceLock<Extractor> = OnceLock::new();
        let ex = EX.get_or_init(|| Extractor::new(Patterns::builtin().unwrap()).unwrap());
        let opts = Options {
            spelled: ex.spelled(name),
            ..Default::default()
        };
        ex.extract(text, opts)
    }

    #[test]
    fn a_townships_report_on_a_county_site_its_host_spells_is_the_townships() {
        // 龙潭乡 is a name of six townships: the county the host spells (mojiang: 墨江)
        // decides which, and 全乡 says the report is the township's.
        let name = "c07_www.mojiang.gov.cn.txt";
        let text = "首页 >> 乡镇动态\n龙潭乡召开茶叶产业推进会\n\
                    今年龙潭乡新植茶园1200亩。全乡茶农增收860万元。";
        let x = extract_named(name, text);
        assert_eq!(x.place, pair("龙潭乡", "530822208"));
        assert_eq!(place_of(&x, "1200亩").0, "龙潭乡");
        assert_eq!(place_of(&x, "860万元").0, "龙潭乡");
        // Speaking of its county (全县) the page is the county's.
        let x = extract_named(name, &text.replace("全乡", "全县"));
        assert_eq!(x.place.0, "墨江哈尼族自治县");
        // A township's report (我镇) that names no township is not the county's.
        let x = extract_named(
            name,
            "上半年经济运行情况\n今年县下达我镇投资任务4800万元。预计二季度完成工业产值1.3亿元。",
        );
        assert_eq!(x.place.0, "");
        assert_eq!(place_of(&x, "1.3亿元").0, "");
    }

    #[test]
    fn a_village_anaphor_is_the_village_named_last() {
        let text = "麻江县茶叶丰收\n麻江县清水村，村民们正在采茶。\n\
                    2015年，清水村种下第一株茶苗。靠着茶叶，该村的人均收入增加到9700元。\n\
                    全县茶园面积5.8万亩。";
        let x = extract(text);
        assert_eq!(place_of(&x, "9700元").0, "清水村");
        // A figure of the county's own anaphor stays the county's.
        assert_eq!(place_of(&x, "5.8万亩").0, "麻江县");
        // Without the anaphor the village named before is no place of the figure.
        let x = extract(&text.replace("该村的", ""));
        assert_eq!(place_of(&x, "9700元").0, "麻江县");
    }

    #[test]
    fn a_province_named_by_its_short_name_supports_its_counties_short_names() {
        // jieba takes 大英 for a proper noun, no place: the province of the survey team
        // that reports on it makes the county's short name a place.
        let text = "据国家统计局四川调查总队核定，二季度末大英生猪存栏35.1万头。\n\
                    上半年大英生猪出栏27.9万头，同比增长10.6%。";
        let x = extract(text);
        assert_eq!(place_of(&x, "35.1万头").0, "大英县");
        assert_eq!(place_of(&x, "27.9万头").0, "大英县");
        // Without the province the name stays no place.
        let x = extract(&text.replace("四川", ""));
        assert_eq!(place_of(&x, "35.1万头").0, "");
    }

    #[test]
    fn a_provincial_papers_story_is_of_the_county_its_text_speaks_of() {
        // The source line names the province's paper; the first lines speak of no place,
        // the text further down of its county (全县), named twice by its short name.
        let text = "首页 > 生态扶贫\n从无到有的蓝莓路\n2018/02/12 来源：贵州日报\n\
                    眼下正是蓝莓修枝的季节，村民们忙得不亦乐乎。\n\
                    麻江以前没有蓝莓，现在种植基地遍布各乡镇。\n\
                    麻江农户纷纷加入种植队伍，目前全县种植总面积5.8万亩。";
        let x = extract(text);
        assert_eq!(x.place.0, "麻江县");
        assert_eq!(place_of(&x, "5.8万亩").0, "麻江县");
        // A text speaking of its province (全省) stays the province's.
        let x = extract(&text.replace("全县", "全省"));
        assert_eq!(x.place.0, "贵州省");
    }

    #[test]
    fn a_company_news_is_placed_where_the_company_its_first_lines_name_lies() {
        // No 全县 or 我市: the company opening the story, not the market named more often.
        let text = "3月1日，通山丰源生物科技有限公司的车间里繁忙有序。\n一辆广东牌照的货车驶入厂区，                    产品在广东很受欢迎。\n公司日产金针菇80吨。";
        let x = extract(text);
        assert_eq!(x.place.0, "通山县");
        assert_eq!(place_of(&x, "80吨").0, "通山县");
        // A year after the name (某公司2012年实现搬迁) still leaves it a name; of a name
        // a prefecture and its seat share (楚雄), the seat, where a company lies.
        let x =
            extract("展板上，楚雄金桂食品有限公司2012年的业绩很醒目。\n公司年销售收入1.6亿元。");
        assert_eq!(x.place.0, "楚雄市");
        // An honour it was given (农业部认定的全国…示范企业) makes no national release.
        let x = extract(
            "展板上，楚雄金桂食品有限公司2012年的业绩很醒目。\n\
             作为农业部认定的全国农产品加工示范企业，公司年销售收入1.6亿元。",
        );
        assert_eq!(x.place.0, "楚雄市");
        // A release speaking of its own city is the city's, whatever company it opens with.
        let x = extract(&text.replace("公司日产", "全市企业日产"));
        assert_ne!(x.place.0, "通山县");
    }

    #[test]
    fn a_short_name_in_the_text_yields_to_the_county_a_news_host_spells() {
        // 惠安 names a heat station in a list; the host (xijinews: 西吉) the county.
        let text = "我县供热工作启动\n全县共有西区、东区、惠安三个热源站，供热面积344万平方米。";
        let x = extract_named("a07_xijinews.net.txt", text);
        assert_eq!(x.place.0, "西吉县");
        assert_eq!(place_of(&x, "344万平方米").0, "西吉县");
        // Without the host the short name is what the text has.
        let x = extract_named("a07_example.txt", text);
        assert_eq!(x.place.0, "惠安县");
    }

    #[test]
    fn host_initials_do_not_narrow_a_region_found_that_the_text_speaks_of() {
        // ts spells 天山区 among others, and the text names 天山 (a range, the site): the
        // regional paper's release stays the region's.
        let name = "b05_www.ts.cn.txt";
        let text = "棉花采收进度过半\n来源：天山网-新疆日报\n\
                    天山南北的棉田里，采棉机往来穿梭。今年新疆棉花播种面积3700万亩，同比增长2.1%。";
        let x = extract_named(name, text);
        assert_eq!(x.place.0, "新疆维吾尔自治区");
        assert_eq!(place_of(&x, "3700万亩").0, "新疆维吾尔自治区");
        // A text speaking of a county (全县) is narrowed to the county the initials spell.
        let text =
            "茶叶丰收茶农增收\n来源：湖北日报\n今年通山茶园面积3700亩，全县茶农增收2.1亿元。";
        assert_eq!(extract_named(name, text).place.0, "通山县");
    }

    #[test]
    fn a_host_spelling_a_division_of_another_region_names_no_place() {
        // A mainland province's bulletin (simplified, 我省) reposted on a site whose name
        // spells Taiwan is not Taiwan's; a Taiwan text on that site is.
        let name = "d04_www.taiwan.cn.txt";
        let text = "记者从省统计局获悉，前三季度我省社会消费品零售总额增长15.8%。";
        let x = extract_named(name, text);
        assert_eq!(x.place.0, "");
        assert_eq!(place_of(&x, "15.8%").0, "");
        let tw = "記者從主計總處獲悉，前三季度臺灣零售業營業額增長5.8%。";
        assert_eq!(extract_named(name, tw).place.0, "台湾省");
    }

    #[test]
    fn a_district_named_like_a_word_is_a_place_after_its_citys_name() {
        // 东区 is a word (the east part of a town) unless written after its city's name;
        // then it is the district all through the text.
        let text = "来源：攀枝花市东区统计局\n今年以来，东区农业生产稳步发展，\
                    全区实现农林牧渔业总产值4.6亿元，同比增长4.8%。";
        let x = extract_named("b06_example.txt", text);
        assert_eq!(x.place.0, "东区");
        assert_eq!(place_of(&x, "4.8%").0, "东区");
        // Without the city before it, 东区 stays a word.
        let text = "今年以来，园区东区建设加快，全区实现工业总产值4.6亿元。";
        assert_eq!(extract_named("b06_example.txt", text).place.0, "");
    }

    #[test]
    fn a_port_or_airport_named_in_the_first_lines_places_the_release() {
        // A port named by its city and an airport by its county-level city (塔城: the
        // prefecture 塔城地区 and the city 塔城市 in it; the hub lies in the lower), before a
        // company of a province the text names (新疆机场集团).
        let text = "钦州港一季度货物吞吐量大增\n市港口管理局消息，全港完成货物吞吐量682万吨。";
        assert_eq!(extract(text).place.0, "钦州市");
        let text = "塔城机场旅客吞吐量增长\n笔者从新疆机场集团获悉，塔城机场运输旅客19.8万人次。";
        assert_eq!(extract(text).place.0, "塔城市");
    }

    #[test]
    fn the_figures_of_a_port_named_by_its_city_are_that_citys() {
        // Numbered items (一、…；二、…) are no list of places: each port's figure is its
        // city's, in simplified and traditional text.
        let text = "四港吞吐量\n本部公布，全省四个港口吞吐量如下：一、厦门港：120万标箱；二、泉州港：80万标箱。\n\
                    據統計，今年各港成績如下：一、基隆港：65萬TEU；二、高雄港：133萬TEU。\n";
        let x = extract(text);
        assert_eq!(place_of(&x, "120万标箱").0, "厦门市");
        assert_eq!(place_of(&x, "80万标箱").0, "泉州市");
        assert_eq!(place_of(&x, "133萬TEU").0, "高雄市");
        // A reservoir named by its city places what its subject measures.
        let x = extract("据水文部门统计，上半年密云水库累计来水3.2亿立方米。");
        assert_eq!(place_of(&x, "3.2亿立方米").0, "密云区");
        // Figures of other things a sentence lists after a port are not the port's.
        let text = "左权县新闻\n今年全县接待游客120万人次。据了解，钦州港已协助完成甲风场(128MW)、\
                    乙风场(300MW)建设。";
        assert_eq!(place_of(&extract(text), "300MW").0, "左权县");
    }

    #[test]
    fn a_city_of_a_provinces_story_keeps_its_figures_across_dates_and_semicolons() {
        let text = "安徽各市经济运行\n全省经济总量稳步增长。\n\
                    数据显示，2022年，蚌埠固定资产投资同比增长0.5%；基础设施投资增长23.4%。\n";
        let x = extract(text);
        assert_eq!(x.place.0, "安徽省");
        // The date heading the clause that names the city is the city's.
        assert_eq!(place_of(&x, "2022年").0, "蚌埠市");
        // A part after a semicolon naming no place stays with the city.
        assert_eq!(place_of(&x, "23.4%").0, "蚌埠市");
    }

    #[test]
    fn a_county_levels_own_budget_is_the_countys() {
        let text =
            "左权县教育新闻\n今年麻田镇新建幼儿园1所。县本级财政共投入1.5亿元建设城东学校。\n";
        assert_eq!(place_of(&extract(text), "1.5亿元").0, "左权县");
    }

    #[test]
    fn a_title_placing_the_country_as_a_rank_keeps_its_province() {
        // 保持全国前列 ranks the province in the country: the release is the province's.
        let text =
            "云南水利投资连续10年增长 投资规模保持全国前列\n全省累计完成水利投资5200亿元。\n";
        assert_eq!(extract(text).place.0, "云南省");
    }

    #[test]
    fn a_place_jieba_glued_a_preposition_to_is_found() {
        // 以新北市 is one word to jieba: the city starts one char in.
        let text = "去年买卖登记30万栋，以新北市6万栋最多，台中市4万栋次之。";
        let x = extract(text);
        assert!(
            places(&x).iter().any(|p| p.0 == "新北市"),
            "{:?}",
            places(&x)
        );
        assert_eq!(place_of(&x, "6万栋").0, "新北市");
    }

    #[test]
    fn a_township_named_in_two_chars_is_a_place_after_its_county() {
        // 杨镇 and 张镇 are townships of 顺义区 (杨镇 listed by its area office, 杨镇地区),
        // but a surname and 镇 too (杨镇长): a place where the text writes its county
        // before it, and for the sentences after that about it.
        let text = "北京市顺义区杨镇新建设施大棚120座。\n杨镇还完成农业投资3000万元。";
        let x = extract(text);
        assert!(
            places(&x).contains(&pair("杨镇", "110113006")),
            "{:?}",
            places(&x)
        );
        assert_eq!(place_of(&x, "120座"), pair("杨镇", "110113006"));
        assert_eq!(place_of(&x, "3000万元"), pair("杨镇", "110113006"));
        // Alone, a surname before 镇长 names no township.
        let text = "北京市顺义区召开农业会议。\n张镇长介绍，全区新建设施大棚120座。";
        let x = extract(text);
        assert!(
            !places(&x).iter().any(|p| p.0 == "张镇"),
            "{:?}",
            places(&x)
        );
        assert_eq!(place_of(&x, "120座").0, "顺义区");
    }

    #[test]
    fn a_division_inside_a_facilitys_name_is_no_figures_place() {
        // A district release: a care home named after a neighbouring district and one
        // named after the city above it hold beds counted for the release's district.
        let text = "拱墅区民政局发布\n全区养老服务工作推进\n\
                    新增床位选在长乐上城颐养公寓80张、和睦服务中心30张。\n\
                    全区还在杭州夕阳红老年公寓新建护理床位200张。";
        let x = extract(text);
        assert_eq!(x.place.0, "拱墅区");
        assert_eq!(place_of(&x, "80张").0, "拱墅区");
        assert_eq!(place_of(&x, "30张").0, "拱墅区");
        assert_eq!(place_of(&x, "200张").0, "拱墅区");
        // Named as a place, not inside a name, the district is the figure's.
        let x = extract(&text.replace("选在长乐上城颐养公寓80张", "上城区80张"));
        assert_eq!(place_of(&x, "80张").0, "上城区");
    }

    #[test]
    fn a_plan_named_after_a_township_is_that_townships() {
        // A county applies for its townships' plans: each plan's name opens with the
        // township (its office, 乡公所), whatever jieba makes of it.
        let text =
            "花蓮縣政府新聞稿\n縣府爭取辦理「耐震補強計畫-花蓮縣富里鄉公所辦公大樓新建計畫」,\
                    獲核定經費共計800萬元;另有「瑞穗鄉公所活動中心整修計畫」300萬元、\
                    「縣立圖書館設備購置計畫」120萬元。";
        let x = extract(text);
        assert_eq!(place_of(&x, "800萬元").0, "富里乡");
        assert_eq!(place_of(&x, "300萬元").0, "瑞穗乡");
        // The next plan of the list is the county's again.
        assert_eq!(place_of(&x, "120萬元").0, "花莲县");
    }

    #[test]
    fn a_street_the_gazetteer_lacks_reporting_on_its_countys_site() {
        let text = "雁湖街道2024年工作总结\n2024年，全街道实现地区生产总值85亿元，同比增长6.2%。\n\
                    街道完成固定资产投资12.5亿元，全县共完成投资300亿元。\n\
                    2025年，我们将继续努力。\n长沙县人民政府 2025年1月10日";
        let x = extract(text);
        // The street by its name, no code; 全县 is still its county.
        assert_eq!(x.place, pair("雁湖街道", ""));
        assert_eq!(place_of(&x, "85亿元"), pair("雁湖街道", ""));
        assert_eq!(place_of(&x, "12.5亿元"), pair("雁湖街道", ""));
        assert_eq!(place_of(&x, "300亿元"), pair("长沙县", "430121"));
        // A town of the same kind of report: 我镇 and unnamed figures are the town's.
        let town = text.replace("雁湖街道", "雁湖镇").replace("全街道", "我镇");
        let x = extract(&town);
        assert_eq!(place_of(&x, "85亿元"), pair("雁湖镇", ""));
        assert_eq!(place_of(&x, "12.5亿元"), pair("雁湖镇", ""));
        // Without an anaphor of its kind the county's release stays the county's.
        let x = extract(&text.replace("全街道", "全年"));
        assert_eq!(x.place, pair("长沙县", "430121"));
        // A listed street of the county heading the title is found by its code.
        let x = extract(&text.replace("雁湖街道", "星沙街道"));
        assert_eq!(place_of(&x, "85亿元"), pair("星沙街道", "430121001"));
    }

    #[test]
    fn a_street_opening_the_title_on_its_districts_site_keeps_its_name() {
        // 中山街道 is a name of many streets and 中山 a city's short name: the host
        // (songjiang: 松江区) and the title make the report the Shanghai street's.
        let name = "d02_www.songjiang.gov.cn.txt";
        let text = "中山街道推进城市更新\n今年中山街道完成旧区改造12万平方米。\n\
                    在中山投资的科创企业新增85家。";
        let x = extract_named(name, text);
        assert_eq!(x.place, pair("中山街道", "310117004"));
        assert_eq!(place_of(&x, "12万平方米"), pair("中山街道", "310117004"));
        assert_eq!(place_of(&x, "85家"), pair("中山街道", "310117004"));
        // A title naming the street later is the district's release.
        let x = extract_named(name, &text.replace("中山街道推进", "松江推进中山街道"));
        assert_eq!(x.place.0, "松江区");
    }

    #[test]
    fn a_citys_report_on_a_countys_site_whose_first_lines_speak_of_no_kind_is_the_citys() {
        // The host spells 桃江县 of 益阳市; a title naming the city and prose about 全市
        // make the report the city's, as prose about 全县 makes it the county's.
        let name = "b06_www.taojiang.gov.cn.txt";
        let text = "首页 > 县统计局 > 统计数据\n2023年一季度益阳市经济运行情况\n\n\
                    今年以来，全市经济稳定恢复。\n其中，第一产业增加值63亿元。";
        let x = extract_named(name, text);
        assert_eq!(x.place, pair("益阳市", "430900"));
        assert_eq!(place_of(&x, "63亿元"), pair("益阳市", "430900"));
        let x = extract_named(name, &text.replace("全市", "全县").replace("益阳市", ""));
        assert_eq!(place_of(&x, "63亿元"), pair("桃江县", "430922"));
    }

    #[test]
    fn a_provinces_report_under_a_districts_publisher_line_is_the_provinces() {
        // The title names the province; a line under it names the district's government
        // that publishes the page; the prose speaks of 全省 only.
        let text = "1-10月甘肃省工业经济运行情况\n临泽县人民政府\n2024-11-20\n\
                    1-10月，全省规模以上工业增加值同比增长7.1%。\n其中，制造业增长8.0%。";
        let x = extract(text);
        assert_eq!(x.place, pair("甘肃省", "620000"));
        assert_eq!(place_of(&x, "8.0%"), pair("甘肃省", "620000"));
        // Prose about the county (全县) keeps the county's release.
        let x = extract(&text.replace("全省", "全县"));
        assert_eq!(place_of(&x, "8.0%"), pair("临泽县", "620723"));
        // So does a district named again in the prose.
        let x = extract(&text.replace("其中，", "临泽县制造业增长5.5%，全省"));
        assert_eq!(x.place.0, "临泽县");
    }

    #[test]
    fn all_of_hong_kong_on_a_districts_page_is_the_region() {
        // A department's news whose first lines speak of 全港 and of a trial in a district:
        // its figures naming no place are Hong Kong's.
        let text = "香港快報訊 環保署推動市民參與廚餘回收。試驗計劃上月在沙田區試行，\
                    設12個收集點。現時全港共有回收點320個。\n去年回收量達每日130公噸。";
        let x = extract(text);
        assert_eq!(place_of(&x, "12個"), pair("沙田区", ""));
        assert_eq!(place_of(&x, "320個"), pair("香港特别行政区", "810000"));
        assert_eq!(x.place, pair("香港特别行政区", "810000"));
    }

    #[test]
    fn a_sites_name_alone_on_the_first_line_is_no_title() {
        // The title under it names a province and its city: the city's release, as when
        // the title opens the page.
        let text = "绿野资讯网\n湖南省常德市完成年度造林任务\n来源：湖南省林业局 编辑：某某\n\
                    去年全市完成造林12.5万亩。";
        let x = extract(text);
        assert_eq!(place_of(&x, "12.5万亩"), pair("常德市", "430700"));
        let x = extract(text.trim_start_matches("绿野资讯网\n"));
        assert_eq!(place_of(&x, "12.5万亩"), pair("常德市", "430700"));
    }

    #[test]
    fn taichung_by_its_short_name_and_its_mayor_by_the_full_one() {
        let x = extract("某光電公司在台中工業區取得建廠土地，工程費用達20億元。");
        assert_eq!(place_of(&x, "20億元").0, "台中市");
        let x = extract("台中市長某某表示，今年投資達30億元。");
        assert!(
            places(&x).iter().any(|(n, _)| n == "台中市"),
            "{:?}",
            places(&x)
        );
    }

    #[test]
    fn a_prefectures_short_name_right_before_its_district() {
        let x = extract("漳州龙文区新建学校3所，投资2.6亿元。");
        assert_eq!(place_of(&x, "2.6亿元"), pair("龙文区", "350603"));
        let x = extract("漳州市龙文区新建学校3所，投资2.6亿元。");
        assert_eq!(place_of(&x, "2.6亿元"), pair("龙文区", "350603"));
    }

    #[test]
    fn short_names_that_are_ordinary_words_need_jieba_and_the_context() {
        // 惠民 of 惠民政策 benefits the people; 滨州 holds 惠民县 all the same.
        let x = extract("滨州市今年落实惠民政策资金3000万元。");
        assert_eq!(place_of(&x, "3000万元"), pair("滨州市", "371600"));
        assert_eq!(x.place.0, "滨州市");
        // 山上 is on the hill, not 山上区 of 台南.
        let x = extract("台南市农业简介\n今年山上种植柚子300公顷。");
        assert_eq!(place_of(&x, "300公顷").0, "台南市");
        // The full name is the county.
        let x = extract("滨州市今年落实惠民县资金3000万元。");
        assert_eq!(place_of(&x, "3000万元").0, "惠民县");
    }
}
