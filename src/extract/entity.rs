//! Named entities from the POS-tagged sentence: organisations (…公司, …大学, …局),
//! places (…县, …村, jieba `ns`), people (jieba `nr` next to a title such as 记者 or
//! 县长) and projects (…项目, …工程). Suffixes and names come from patterns/entities.tsv.
//! Rejects anaphora such as 全县, 该县, 我市 and bare suffixes.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::patterns::{EntityType, Patterns, WordList};
use crate::segment::Token;

mod canonical;
mod counted;
mod credit;
mod org;
mod project;
mod venue;
mod village;

pub use canonical::ShortForms;
pub use credit::{byline_line, credit_line};

/// FNV-1a: the keys are short words, for which std's SipHash costs more than the lookup
/// it serves (no untrusted keys are inserted: the tables hold the rule lists).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Builds [`Fnv`] hashers for `HashMap`/`HashSet`.
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

/// The entity lists of patterns/entities.tsv as hash lookups: [`entities`] asks about
/// every token, and scanning the lists (hundreds of suffixes and names) per token cost
/// more than segmentation. Each lookup answers exactly as the list scan it replaces.
#[derive(Debug, Default)]
pub struct EntityIndex {
    /// Name → its first position in the names list (`find` returns the first entry).
    names: HashMap<String, usize, FnvBuild>,
    /// Suffix → its first position in the suffix list.
    suffixes: HashMap<String, usize, FnvBuild>,
    /// Longest suffix, in chars.
    max_suffix_chars: usize,
    /// The last char of every non-empty suffix, sorted, with the lengths in chars of
    /// the suffixes ending in it (bit n for n chars, longer ones bit 63): a word ending
    /// in another char has no listed suffix but the empty one (most tokens; skips
    /// hashing them), and only the lengths listed are hashed.
    suffix_last: Vec<(char, u64)>,
    /// Position of the empty suffix, if listed (it matches every word).
    empty_suffix: Option<usize>,
    /// Bit n set when some name is n bytes long (n < 64; longer names set bit 63).
    name_lens: u64,
    stop: HashSet<String, FnvBuild>,
    titles: HashSet<String, FnvBuild>,
    /// The last char of every title, sorted: a word ending in another char ends in no
    /// title (most tokens; skips hashing their suffixes).
    title_last: Vec<char>,
    /// The last chars a title written in traditional characters may end in: those of
    /// `title_last` and the traditional chars simplified to one of them (長, 記), sorted.
    /// Only a word ending in one is simplified to look for such a title.
    title_last_any: Vec<char>,
    /// Longest title, in chars.
    max_title_chars: usize,
}

impl EntityIndex {
    /// Indexes the lists of `pats`.
    pub fn new(
        suffixes: &[(String, EntityType)],
        names: &[(String, EntityType)],
        stop: &[String],
        titles: &[String],
    ) -> EntityIndex {
        let first = |list: &[(String, EntityType)]| {
            let mut m = HashMap::default();
            for (i, (w, _)) in list.iter().enumerate() {
                m.entry(w.clone()).or_insert(i);
            }
            m
        };
        let suffixes_map = first(suffixes);
        // (last char, bit n set when some suffix ending in it has n chars), by char.
        let mut suffix_last: Vec<(char, u64)> = Vec::new();
        for (w, _) in suffixes {
            let Some(c) = w.chars().next_back() else {
                continue;
            };
            let bit = 1u64 << w.chars().count().min(63);
            match suffix_last.binary_search_by_key(&c, |e| e.0) {
                Ok(k) => suffix_last[k].1 |= bit,
                Err(k) => suffix_last.insert(k, (c, bit)),
            }
        }
        let mut title_last: Vec<char> = titles
            .iter()
            .filter_map(|w| w.chars().next_back())
            .collect();
        title_last.sort_unstable();
        title_last.dedup();
        let title_last_any = traditional_of(&title_last);
        EntityIndex {
            title_last,
            title_last_any,
            max_title_chars: titles.iter().map(|w| w.chars().count()).max().unwrap_or(0),
            empty_suffix: suffixes_map.get("").copied(),
            suffix_last,
            name_lens: names
                .iter()
                .fold(0, |bits, (w, _)| bits | 1 << w.len().min(63)),
            names: first(names),
            suffixes: suffixes_map,
            max_suffix_chars: suffixes
                .iter()
                .map(|(s, _)| s.chars().count())
                .max()
                .unwrap_or(0),
            stop: stop.iter().cloned().collect(),
            titles: titles.iter().cloned().collect(),
        }
    }

    /// Position in the names list of the name `word`, as `names.iter().position(..)`.
    fn name(&self, word: &str) -> Option<usize> {
        if self.name_lens & 1 << word.len().min(63) == 0 {
            return None;
        }
        self.names.get(word).copied()
    }

    /// Position of the first entry of the suffix list that `word` ends with, as
    /// `suffixes.iter().position(|s| word.ends_with(s))`: every suffix of `word` up to
    /// the longest listed one is looked up, and the smallest position wins.
    fn suffix(&self, word: &str) -> Option<usize> {
        // The empty suffix (if listed) matches every word.
        let mut best: Option<usize> = self.empty_suffix;
        let lens = match word.chars().next_back() {
            Some(c) => match self.suffix_last.binary_search_by_key(&c, |e| e.0) {
                Ok(k) => self.suffix_last[k].1,
                Err(_) => return best,
            },
            None => return best,
        };
        for (n, (k, _)) in word.char_indices().rev().enumerate() {
            if n >= self.max_suffix_chars || lens >> (n + 1).min(63) == 0 {
                break;
            }
            // Only the lengths some suffix ending in this char has are looked up.
            if lens & 1 << (n + 1).min(63) == 0 {
                continue;
            }
            if let Some(&i) = self.suffixes.get(&word[k..]) {
                best = Some(best.map_or(i, |b| b.min(i)));
            }
        }
        best
    }

    /// `stop.contains(word)`.
    pub(crate) fn is_stop(&self, word: &str) -> bool {
        self.stop.contains(word)
    }

    /// Whether some title ends in `c` (else no word ending in `c` ends in a title).
    fn may_end_title(&self, c: char) -> bool {
        self.title_last.binary_search(&c).is_ok()
    }

    /// Whether some non-empty suffix of `word` is a title, as
    /// `word.char_indices().any(|(k, _)| titles.contains(&word[k..]))`: only the
    /// suffixes up to the longest title are looked up, and none when no title ends in
    /// the word's last char.
    fn ends_in_title(&self, word: &str) -> bool {
        self.ends_in_listed_title(word) || {
            // A title written in traditional characters (科長, 處長) is the listed one.
            let last = word.chars().next_back();
            last.is_some_and(|c| self.title_last_any.binary_search(&c).is_ok()) && {
                let simple = simplet2s::convert(word);
                simple != word && self.ends_in_listed_title(&simple)
            }
        }
    }

    /// [`Self::ends_in_title`] for the titles as listed.
    fn ends_in_listed_title(&self, word: &str) -> bool {
        match word.chars().next_back() {
            Some(c) if self.title_last.binary_search(&c).is_ok() => {}
            _ => return false,
        }
        (word.char_indices().rev())
            .take(self.max_title_chars)
            .any(|(k, _)| self.titles.contains(&word[k..]))
    }
}

/// The chars `simple` (sorted) and every ideograph of the basic block that simplifies to
/// one of them, sorted: one conversion of the whole block, char by char.
fn traditional_of(simple: &[char]) -> Vec<char> {
    let block: String = ('\u{4e00}'..='\u{9fff}').collect();
    let converted = simplet2s::convert(&block);
    let mut out: Vec<char> = simple.to_vec();
    if converted.chars().count() == block.chars().count() {
        out.extend(
            (block.chars().zip(converted.chars()))
                .filter(|&(t, s)| t != s && simple.binary_search(&s).is_ok())
                .map(|(t, _)| t),
        );
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// An entity mention; offsets are sentence chars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityMention {
    /// First char.
    pub start: usize,
    /// Char after.
    pub end: usize,
    /// The name as written.
    pub text: String,
    /// Its type.
    pub ty: EntityType,
    /// A byline or photo credit (记者 张三, 张三 摄): a person, never attached to facts.
    pub byline: bool,
    /// Which rule found it (for `explain`).
    pub how: &'static str,
    /// A place's division in the gazetteer ([`crate::patterns::Patterns::gazetteer`]),
    /// when known (set by [`super::place::locate`]).
    pub division: Option<usize>,
}

/// The `how` of a division's name opening a project's or a body's name (某县生态工业集中区,
/// 日照华泰纸业): no entities.csv row (the project or body is one), but a place word of the
/// sentence's figures.
pub const PROJECT_PLACE: &str = "a division opening a project's or body's name (place only)";

/// Places right before a body's or a project's name with nothing between (日照/华泰纸业,
/// 山东省/某某集团/有限公司 already whole is left alone) open that name: the name starts at
/// the first of them, and each stays a place word of the figures only ([`PROJECT_PLACE`]),
/// as a judge reads 日照 of 日照华泰纸业 as a name cut from its front.
pub fn glue_leading_places(ents: &mut [EntityMention]) {
    for n in 0..ents.len() {
        if !matches!(ents[n].ty, EntityType::Org | EntityType::Proj) || ents[n].byline {
            continue;
        }
        while let Some(k) = (0..ents.len()).find(|&k| {
            let e = &ents[k];
            e.ty == EntityType::Loc
                && e.end == ents[n].start
                && e.division.is_some()
                && e.how != PROJECT_PLACE
        }) {
            ents[n].text = format!("{}{}", ents[k].text, ents[n].text);
            ents[n].start = ents[k].start;
            ents[k].how = PROJECT_PLACE;
        }
    }
}

/// People an age describes (33岁的卢小艳, 今年56岁的杨兰英): a word jieba tags a full name
/// (nr, two or three ideographs opening with a family name, `entity.surname`) right after
/// an age span of `ages` and 的, and no other entity there, is a person.
pub fn aged_people(
    ents: &mut Vec<EntityMention>,
    toks: &[Token],
    ages: &[(usize, usize)],
    pats: &Patterns,
) {
    let surnames = pats.cues.at(crate::cue!("entity.surname"));
    let possessive = pats.cues.at(crate::cue!("entity.age_possessive"));
    for &(_, end) in ages {
        let Some(k) = toks.iter().position(|t| t.start == end) else {
            continue;
        };
        let (Some(de), Some(name)) = (toks.get(k), toks.get(k + 1)) else {
            continue;
        };
        let n = name.word.chars().count();
        let person = possessive.contains(de.word)
            && matches!(name.tag, "nr" | "nrfg" | "nrt")
            && (2..=3).contains(&n)
            && name.word.chars().all(is_han)
            && surnames.starts(name.word);
        if person
            && !ents
                .iter()
                .any(|e| e.start < name.end && name.start < e.end)
        {
            ents.push(EntityMention {
                start: name.start,
                end: name.end,
                text: name.word.to_string(),
                ty: EntityType::Per,
                byline: false,
                how: "name after an age (entity.age_possessive)",
                division: None,
            });
        }
    }
}

/// The `how` of a department named without a place (县统计局, 发改委): a reference that no
/// fact lists and the entities table keeps only as a short form of a full name.
pub const GENERIC_DEPARTMENT: &str =
    "a department named without a place, a reference (entity.local_lead, entity.generic_department)";

/// jieba tags of the words a name is made of.
fn name_like_tag(tag: &str) -> bool {
    matches!(
        tag,
        "ns" | "nr" | "nz" | "nt" | "j" | "nrt" | "nrfg" | "n" | "eng" | "vn" | "l"
    )
}

/// Whether jieba's `tag` marks a function word (以, 和, 以及: p, c, r, d, u…), no char of
/// a name.
fn function_tag(tag: &str) -> bool {
    matches!(tag, "p" | "c" | "r" | "d") || tag.starts_with('u')
}

/// The cue lists of patterns/cues.tsv the entity rules read (`entity.*`), fetched once
/// per sentence, with the sentence's tokens and spans.
struct Sentence<'a> {
    toks: &'a [Token<'a>],
    pats: &'a Patterns,
    idx: &'a EntityIndex,
    figures: &'a [(usize, usize)],
    quoted: &'a [(usize, usize)],
    known: &'a dyn Fn(&str) -> bool,
    /// First chars that make a reference, not a name (各乡镇人民政府, 该公司).
    reference: &'a [char],
    /// First chars that make a one-char-own-word name an anaphor (全县, 该市).
    anaphor: &'a [char],
    /// One-char place words jieba tags `zg` that still build names (省, 县).
    place_words: &'a WordList,
    /// Words joining two names into one (住房和城乡建设局).
    joiners: &'a WordList,
    /// Word endings of project phases (六期).
    phases: &'a WordList,
    /// Title endings that mark a byline (记者, 通讯员, 摄).
    bylines: &'a WordList,
    /// Family names that start a person's name after a title.
    surnames: &'a WordList,
    /// Words after a name that are never part of it (表示, 指出).
    after_name: &'a WordList,
    /// Chars jieba glues to the end of a name (王某某自, 张某某摄).
    name_tail: &'a [char],
    /// One-char modifiers that make a place suffix a common noun (大县, 小镇).
    generic_lead: &'a [char],
    /// Places known without a division suffix (日本, 香港).
    places: &'a WordList,
    /// Suffixes after a one-char word make no name (上市, 超市, 汇报).
    two_char_names: &'a WordList,
    /// Last chars of rivers, lakes and mountains (沁河, 太湖).
    feature_end: &'a [char],
}

/// Finds entities in one tagged sentence.
/// `figures` are the char spans of the sentence's quantities (not dates), masked in the tokens; a
/// project name may run across one (中电农创150MW风力发电项目).
/// `quoted` are slogan ranges (no entities there); `known` tells whether a word is in the
/// segmenter's dictionary: a bare `ns`/`nr` token is a name only when it is a dictionary
/// word, since HMM-guessed words (美乡村, 深化农村) are often mis-tagged.
pub fn entities(
    toks: &[Token],
    pats: &Patterns,
    figures: &[(usize, usize)],
    quoted: &[(usize, usize)],
    known: &dyn Fn(&str) -> bool,
) -> Vec<EntityMention> {
    let cues = &pats.cues;
    let s = Sentence {
        toks,
        pats,
        idx: pats.entity_index(),
        figures,
        quoted,
        known,
        reference: cues.at(crate::cue!("entity.reference")).chars(),
        anaphor: cues.at(crate::cue!("entity.anaphor")).chars(),
        place_words: cues.at(crate::cue!("entity.place_word")),
        joiners: cues.at(crate::cue!("entity.joiner")),
        phases: cues.at(crate::cue!("entity.project_phase")),
        bylines: cues.at(crate::cue!("entity.byline")),
        surnames: cues.at(crate::cue!("entity.surname")),
        after_name: cues.at(crate::cue!("entity.after_name")),
        name_tail: cues.at(crate::cue!("entity.name_tail")).chars(),
        generic_lead: cues.at(crate::cue!("entity.generic_lead")).chars(),
        places: cues.at(crate::cue!("entity.place")),
        two_char_names: cues.at(crate::cue!("entity.two_char_name_suffix")),
        feature_end: cues.at(crate::cue!("entity.feature_end")).chars(),
    };
    let mut out: Vec<EntityMention> = Vec::new();
    for i in 0..toks.len() {
        if let Some(e) = s.mention_at(i) {
            s.push(e, &mut out);
        }
    }
    out.sort_by_key(|e| e.start);
    s.glued_suffixes(&mut out);
    s.glued_bodies(&mut out);
    s.zone_names(&mut out);
    joined_bodies(&mut out);
    // A generic area (周边地区, 山海风景区) is no place, nor are the words inside it.
    out.retain(|e| !(e.ty == EntityType::Loc && generic_area(pats, &e.text)));
    s.media_bodies(&mut out);
    s.news_bodies(&mut out);
    s.source_bodies(&mut out);
    s.dispatch_media(&mut out);
    s.villages(&mut out);
    s.village_cooperatives(&mut out);
    s.quoted_projects(&mut out);
    s.projects_before_build(&mut out);
    s.listed_projects(&mut out);
    s.enumerated_projects(&mut out);
    s.counted_lists(&mut out);
    s.bodies_in_posts(&mut out);
    s.committees_in_posts(&mut out);
    s.task_groups(&mut out);
    s.led_departments(&mut out);
    s.listed_bodies(&mut out);
    s.place_brands(&mut out);
    s.people(&mut out);
    s.credits(&mut out);
    // A department named without a place (县统计局, 发改委) is a reference, no name: kept
    // only as the short form of a name given in full earlier (see `ShortForms::link`).
    for k in 0..out.len() {
        let listed =
            k > 0 && out[k - 1].how == GENERIC_DEPARTMENT && s.listed_generic(&out[k], &out[k - 1]);
        if listed || s.generic_department(&out[k]) {
            out[k].how = GENERIC_DEPARTMENT;
        }
    }
    s.project_investors(&mut out);
    s.project_places(&mut out);
    s.facility_places(&mut out);
    s.without_lead_words(&mut out);
    out.sort_by_key(|e| e.start);
    out
}

/// The fewest chars of a project's own name before its suffix once a count is cut off
/// (24个|中国农业产业强镇项目 keeps a name; 17个|环保项目 has none).
const COUNTED_NAME_CHARS: usize = 3;

/// Project names that open with a count of items (24个中国农业产业强镇项目: `subject.item_
/// classifier`) count projects of a kind: the count is no part of the name, and a kind
/// too short to name anything (17个环保项目) is none; nor is a class bounded by a size
/// or level (省级以上产业园: `bound.after`). `slice` gives a mention's text as written
/// (the entity rules read figures masked).
pub fn counted_projects(
    pats: &Patterns,
    out: &mut Vec<EntityMention>,
    slice: &dyn Fn(usize, usize) -> String,
) {
    let classifiers = pats.cues.at(crate::cue!("subject.item_classifier"));
    let bounds = pats.cues.at(crate::cue!("bound.after"));
    out.retain_mut(|e| {
        if e.ty != EntityType::Proj {
            return true;
        }
        let text = slice(e.start, e.end);
        if bounds
            .iter()
            .any(|b| b.chars().count() >= 2 && text.contains(b))
        {
            return false;
        }
        let digits = (text.chars())
            .take_while(|&c| c.is_ascii_digit() || super::number::digit_value(c).is_some())
            .count();
        let rest: String = text.chars().skip(digits).collect();
        let Some(cl) = (digits > 0).then(|| classifiers.prefix_of(&rest)).flatten() else {
            return true;
        };
        let name = &rest[cl.len()..];
        // The kind's own chars and a suffix of two (项目, 工程); a name the classifier
        // only starts (333项目: 项 of 项目) is no count.
        if name.chars().count() < 2 {
            return true;
        }
        if name.chars().count() < COUNTED_NAME_CHARS + 2 {
            return false;
        }
        e.start += digits + cl.chars().count();
        e.text = name.to_string();
        true
    });
}

impl Sentence<'_> {
    /// The village token `i` names alone: a proper noun (ns, nz; nr not opening with a
    /// surname) ending with an `entity.village_suffix` after two chars or more of its
    /// own, no stop word and no common noun (新型农村: `entity.village_common`).
    fn lone_village(&self, i: usize) -> Option<EntityMention> {
        let t = &self.toks[i];
        let suffix = (self.pats.cues.at(crate::cue!("entity.village_suffix"))).suffix_of(t.word)?;
        let own = t.word.chars().count() - suffix.chars().count();
        // A person's name may end like a village (陈吉村/nr): a name jieba reads as a
        // person's needs a first char that is no surname.
        let surname = t
            .word
            .chars()
            .next()
            .is_some_and(|c| self.surnames.has_char(c));
        let proper = matches!(t.tag, "ns" | "nz") || t.tag == "nr" && !surname;
        let common = (self.pats.cues.at(crate::cue!("entity.village_common"))).ends(t.word);
        (proper && own >= 2 && t.word.chars().all(is_han) && !self.idx.is_stop(t.word) && !common)
            .then(|| EntityMention {
                start: t.start,
                end: t.end,
                text: t.word.to_string(),
                ty: EntityType::Loc,
                byline: false,
                how: "a village named alone",
                division: None,
            })
    }
}

/// The fewest chars a body's or project's name keeps once a word opening it is cut.
const MIN_TRIMMED_NAME: usize = 4;

impl Sentence<'_> {
    /// A body's or project's name opening with a word that is none of its own: a
    /// preposition (另据/p 广州港股份公司) or a word jieba glued to one of its function chars
    /// (转载自/nz, 总裁兼/j: `entity.lead_function_end`), cut off while at least
    /// [`MIN_TRIMMED_NAME`] chars are left.
    fn without_lead_words(&self, out: &mut [EntityMention]) {
        let ends = self.pats.cues.at(crate::cue!("entity.lead_function_end"));
        for e in out.iter_mut() {
            if !matches!(e.ty, EntityType::Org | EntityType::Proj) || e.byline {
                continue;
            }
            while let Some(t) = self
                .toks
                .iter()
                .find(|t| t.start == e.start && t.end < e.end)
            {
                let lead = t.tag == "p" || ends.ends(t.word) && t.word.chars().count() >= 2;
                if !lead || e.end - t.end < MIN_TRIMMED_NAME {
                    break;
                }
                e.text = e.text.chars().skip(t.end - t.start).collect();
                e.start = t.end;
            }
        }
    }
}

/// The most words between a place and the end of the facility it names (南沙/汽车/码头).
const FACILITY_WORDS: usize = 3;

/// Most words jieba cuts a kind of zone into (经济/技术开发区).
pub(crate) const ZONE_KIND_TOKENS: usize = 3;

impl Sentence<'_> {
    /// A place opening the name of a facility or a sight (厦门/植物园, 乐山/大佛, 南沙/汽车/
    /// 码头, 长江/南路: a word of the name ending with an `entity.facility_suffix`, up to
    /// [`FACILITY_WORDS`] name-like words on, nothing between) is no place row of its
    /// own, the facility being none of the entity types: a place word of the figures
    /// only ([`PROJECT_PLACE`]). A word that only starts with the suffix (泉州/港口) ends
    /// no facility.
    fn facility_places(&self, out: &mut [EntityMention]) {
        let suffixes = self.pats.cues.at(crate::cue!("entity.facility_suffix"));
        for e in out.iter_mut() {
            if e.ty != EntityType::Loc || e.byline || e.how == PROJECT_PLACE {
                continue;
            }
            let Some(k) = self.toks.iter().position(|t| t.start == e.end) else {
                continue;
            };
            let mut end = e.end;
            for t in self.toks[k..].iter().take(FACILITY_WORDS) {
                let han = t.word.chars().all(is_han);
                if t.start != end
                    || !han
                    || !(name_like_tag(t.tag) || matches!(t.tag, "a" | "b" | "s" | "f"))
                {
                    break;
                }
                if suffixes.ends(t.word) {
                    e.how = PROJECT_PLACE;
                    break;
                }
                end = t.end;
            }
        }
    }
}

/// The short form an organisation ending at char `end` of the sentence `text` declares in
/// brackets right after its name (（以下简称“某某股份”）: an `entity.alias_lead` word, the
/// form in quotes or not, the bracket closing): four to [`MAX_ALIAS_CHARS`] chars of
/// ideographs, letters or digits. Later mentions holding a place are that organisation
/// ([`within_named`]).
pub fn declared_alias(text: &[char], end: usize, leads: &WordList) -> Option<String> {
    let rest: String = text.get(end..)?.iter().take(MAX_ALIAS_CHARS + 12).collect();
    let rest = rest.strip_prefix(['(', '（'])?;
    let lead = leads.prefix_of(rest)?;
    let rest = rest[lead.len()..].trim_start_matches(['“', '"', '「', '‘', '：', ':']);
    let alias: String = rest
        .chars()
        .take_while(|&c| is_han(c) || c.is_ascii_alphanumeric())
        .collect();
    let close = rest[alias.len()..].trim_start_matches(['”', '"', '」', '’']);
    let n = alias.chars().count();
    ((4..=MAX_ALIAS_CHARS).contains(&n) && close.starts_with([')', '）', '，', ',', '；']))
        .then_some(alias)
}

/// Longest short form [`declared_alias`] reads, in chars.
const MAX_ALIAS_CHARS: usize = 10;

/// Places inside a name the document gave before (中国甘肃网, named by a source label,
/// then again in the page's furniture, where jieba splits it into 中国/甘肃/网) are that
/// name's: each occurrence in the sentence `text` of a remembered organisation's name
/// (`named`, four chars or more) that holds a LOC and crosses no other entity becomes
/// that organisation. So for a person's name (three chars or more) holding a place (陈/福海,
/// named with his title before: a given name, no place).
pub fn within_named(ents: &mut Vec<EntityMention>, text: &[char], named: &[(String, EntityType)]) {
    for (name, ty) in named {
        let n: Vec<char> = name.chars().collect();
        let least = if *ty == EntityType::Per { 3 } else { 4 };
        let mut a = 0;
        while n.len() >= least && a + n.len() <= text.len() {
            if text[a..a + n.len()] != n[..] {
                a += 1;
                continue;
            }
            let b = a + n.len();
            let inside = |e: &EntityMention| a <= e.start && e.end <= b;
            let crosses = ents.iter().any(|e| e.start < b && a < e.end && !inside(e));
            let place = ents.iter().any(|e| inside(e) && e.ty == EntityType::Loc);
            let whole = ents.iter().any(|e| e.start == a && e.end == b);
            if place && !crosses && !whole {
                ents.retain(|e| !inside(e));
                ents.push(EntityMention {
                    start: a,
                    end: b,
                    text: name.clone(),
                    ty: *ty,
                    byline: false,
                    how: "a name the document gave before",
                    division: None,
                });
                ents.sort_by_key(|e| e.start);
            }
            a = b;
        }
    }
}

/// A listed body right after its place or parent body, with nothing between them
/// (香港/房屋委員會, 行政院/農業委員會), is one organisation: the name the suffix rules
/// would have given it, had the body not been listed.
fn joined_bodies(out: &mut Vec<EntityMention>) {
    let mut k = 1;
    while k < out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let joins = a.end == b.start
            && !a.byline
            && matches!(a.ty, EntityType::Loc | EntityType::Org)
            && b.ty == EntityType::Org
            && b.how == "listed name";
        if joins {
            let b = out.remove(k);
            let a = &mut out[k - 1];
            a.text.push_str(&b.text);
            a.end = b.end;
            a.ty = EntityType::Org;
            a.how = "listed body after its place or parent";
        } else {
            k += 1;
        }
    }
}

impl Sentence<'_> {
    /// A place whose one-char suffix jieba glued to the word after it (沙河/乡共/d,
    /// 某城市/委副/b: `entity.glued_suffix`) ends with that char: the suffix's entity
    /// (沙河乡 a LOC, 某城市委 an ORG). Not when the word is a noun or a verb of its own
    /// (乡村, 委员, 镇江), nor a one-char word (the suffix rule's).
    fn glued_suffixes(&self, out: &mut [EntityMention]) {
        let glued = self.pats.cues.at(crate::cue!("entity.glued_suffix"));
        for e in out
            .iter_mut()
            .filter(|e| e.ty == EntityType::Loc && !e.byline)
        {
            let Ok(k) = self.toks.binary_search_by_key(&e.end, |u| u.start) else {
                continue;
            };
            let u = &self.toks[k];
            let mut chars = u.word.chars();
            let Some(c) = chars.next().filter(|&c| glued.has_char(c)) else {
                continue;
            };
            let own_word = u.tag.starts_with(['n', 'v']) || matches!(u.tag, "x" | "m" | "eng");
            if chars.as_str().is_empty() || own_word || self.in_figure(k) {
                continue;
            }
            let suffix = c.to_string();
            let Some(x) = self.idx.suffix(&suffix) else {
                continue;
            };
            let (text, ty) = &self.pats.entity_suffixes[x];
            if *text != suffix {
                continue;
            }
            e.ty = *ty;
            e.end += 1;
            e.text.push(c);
            e.how = "a place and its suffix jieba glued to the next word (entity.glued_suffix)";
            e.division = None;
        }
    }

    /// A place named short whose kind char jieba glued into a body's word after it
    /// (某结/乡公所, 某山/镇政府: the short name, then the char completing the division's
    /// full name and an organisation's suffix word) names that body, an ORG: the whole
    /// name wins over the place opening it.
    fn glued_bodies(&self, out: &mut [EntityMention]) {
        for e in out
            .iter_mut()
            .filter(|e| e.ty == EntityType::Loc && !e.byline)
        {
            let Ok(k) = self.toks.binary_search_by_key(&e.end, |u| u.start) else {
                continue;
            };
            let u = &self.toks[k];
            let mut chars = u.word.chars();
            let Some(c) = chars.next() else {
                continue;
            };
            let rest = chars.as_str();
            let body = (self.idx.suffix(rest))
                .is_some_and(|x| self.pats.entity_suffixes[x].1 == EntityType::Org);
            let full = format!("{}{c}", e.text);
            if rest.chars().count() < 2
                || !rest.chars().all(is_han)
                || !body
                || self.in_figure(k)
                || !super::place::is_division_name(self.pats, &full)
            {
                continue;
            }
            e.ty = EntityType::Org;
            e.end = u.end;
            e.text.push_str(u.word);
            e.how = "a place whose kind char jieba glued to a body's suffix word";
            e.division = None;
        }
    }

    /// A place right before a kind of development zone that jieba split into several
    /// words (某州/高新技术/产业/开发区, 某昌/高新/园区: `entity.zone_kind`) names that
    /// zone, a LOC, as the suffix rule names it when the zone is one word (某仁/高新区);
    /// not when another entity starts inside the zone's words.
    fn zone_names(&self, out: &mut [EntityMention]) {
        let zones = self.pats.cues.at(crate::cue!("entity.zone_kind"));
        for n in 0..out.len() {
            let e = &out[n];
            if e.ty != EntityType::Loc || e.byline {
                continue;
            }
            let Ok(k) = self.toks.binary_search_by_key(&e.end, |u| u.start) else {
                continue;
            };
            let mut words = String::new();
            let mut end = None;
            for m in k..self.toks.len().min(k + 5) {
                if self.in_figure(m) {
                    break;
                }
                words.push_str(self.toks[m].word);
                if zones.contains(&words) {
                    end = Some(self.toks[m].end);
                }
            }
            let Some(end) = end.filter(|&x| x > e.end + 3) else {
                continue;
            };
            if out.iter().any(|o| e.end <= o.start && o.start < end) {
                continue;
            }
            let zone: String = self.toks[k..]
                .iter()
                .take_while(|u| u.end <= end)
                .map(|u| u.word)
                .collect();
            let e = &mut out[n];
            e.text.push_str(&zone);
            e.end = end;
            e.how = "a place before a kind of zone in several words (entity.zone_kind)";
            e.division = None;
        }
    }

    /// The entity token `i` makes (ends), if any: a listed name, a name ending in a
    /// listed suffix, a dictionary place, or a person beside a title.
    fn mention_at(&self, i: usize) -> Option<EntityMention> {
        let t = &self.toks[i];
        let mention = |start: usize, text: String, ty: EntityType, how| EntityMention {
            start,
            end: t.end,
            text,
            ty,
            byline: false,
            how,
            division: None,
        };
        if let Some((_, ty)) = self.idx.name(t.word).map(|k| &self.pats.entity_names[k]) {
            if *ty == EntityType::Org && self.name_in_word(i) {
                return None;
            }
            // A listed company and a word that continues it (华电/国际, 华电/重工).
            let words = self.pats.cues.at(crate::cue!("entity.company_word"));
            if let Some(u) = self.toks.get(i + 1).filter(|u| {
                *ty == EntityType::Org && words.contains(u.word) && !self.in_figure(i + 1)
            }) {
                let mut e = mention(t.start, format!("{}{}", t.word, u.word), *ty, "listed name");
                e.end = u.end;
                return Some(e);
            }
            return Some(mention(t.start, t.word.to_string(), *ty, "listed name"));
        }
        if let Some(e) = self.estate(i) {
            return Some(e);
        }
        // A village named alone, one word jieba reads as a name (岔峪村/ns, 芦田村/nr): its
        // own name of two chars or more before a village suffix.
        if let Some(e) = self.lone_village(i) {
            return Some(e);
        }
        // A title ending in a suffix (市委常委) names a post, not a body; an anaphor ending
        // in one (芦田村/全村) is no part of the name before it.
        let post = || self.title(t.word).is_some();
        let anaphor = || {
            (self.pats.cues.at(crate::cue!("place.anaphor"))).contains(t.word)
                || (self.pats.cues.at(crate::cue!("entity.scope_word"))).contains(t.word)
        };
        // A suffix word opening a term with the word after it (上虞/地区/生产总值: GDP)
        // ends no name.
        let term = || {
            self.toks.get(i + 1).is_some_and(|u| {
                (self.pats.cues.at(crate::cue!("entity.suffix_term"))).value(u.word) == Some(t.word)
            })
        };
        if let Some((suffix, ty)) = self
            .idx
            .suffix(t.word)
            .map(|k| &self.pats.entity_suffixes[k])
            .filter(|_| !post() && !anaphor() && !term())
        {
            let named = self.suffixed_name(i, suffix, *ty)?;
            let j = self.past_name_verbs(named, i)?;
            // A one-char suffix needs a proper noun, and a building verb jieba tagged as
            // a place (新建/ns 乡镇/综合/文化站) is none.
            if j > named
                && suffix.chars().count() == 1
                && !(j..=i).any(|k| self.proper(&self.toks[k], *ty))
            {
                return None;
            }
            let text: String = self.toks[j..=i].iter().map(|t| t.word).collect();
            let mut e = if *ty == EntityType::Org {
                self.with_lead(j, text, mention(0, String::new(), *ty, "suffix rule"))?
            } else {
                mention(self.toks[j].start, text, *ty, "suffix rule")
            };
            // A place named after the body before it (友谊医院/通州/院区, 某大学/东/校区)
            // is that body's campus, an organisation.
            if *ty == EntityType::Loc && (j..i).any(|k| self.body_word(k)) {
                e.ty = EntityType::Org;
                e.how = "a body's campus (suffix rule)";
            }
            // The verb's last char glued to the name (新/建国瑞/学校 → 国瑞学校), or a
            // preposition jieba glued into its first word (以九庄/镇, 对柘溪/库区).
            if e.start == self.toks[j].start && (self.verb_glued(j) || self.preposition_glued(j)) {
                e.start += 1;
                e.text = e.text.chars().skip(1).collect();
            }
            return Some(e);
        }
        // A listed place is one whatever jieba's tag (珠三角/nz), unless a locality (东北/f).
        let listed = t.tag != "f" && self.places.contains(t.word);
        if (t.tag == "ns" || listed) && t.word.chars().count() >= 2 && (self.known)(t.word) {
            if self.compass_before_noun(i) {
                return None;
            }
            if let Some(how) = self.place(i) {
                return Some(mention(t.start, t.word.to_string(), EntityType::Loc, how));
            }
        }
        // jieba tags full names nr, and some nrfg or nrt (李强/nrfg). A name before its
        // title (王某某县长, 张某某 摄); names after a title are [`Sentence::people`]'s.
        if matches!(t.tag, "nr" | "nrfg" | "nrt") && t.word.chars().count() >= 2 {
            if let Some(byline) = self.title_after(i) {
                let mut e = mention(
                    t.start,
                    t.word.to_string(),
                    EntityType::Per,
                    "name before a title",
                );
                e.byline = byline;
                return Some(e);
            }
        }
        self.person_before(i)
    }

    /// A Hong Kong housing estate (富蝶/邨, 业旺/邨: `entity.estate_suffix`): the word of two
    /// or three ideographs before the suffix names it, a place (one char is a name jieba
    /// split: 而业/旺/邨).
    fn estate(&self, i: usize) -> Option<EntityMention> {
        let t = &self.toks[i];
        let estates = self.pats.cues.at(crate::cue!("entity.estate_suffix"));
        // One bit test rejects almost every token before the set lookup.
        let may = t
            .word
            .chars()
            .next_back()
            .is_some_and(|c| estates.may_end(c));
        if !may || !estates.contains(t.word) || i == 0 || self.in_figure(i - 1) {
            return None;
        }
        let p = &self.toks[i - 1];
        let n = p.word.chars().count();
        let named = (2..=3).contains(&n)
            && p.word.chars().all(is_han)
            && !function_tag(p.tag)
            && !matches!(p.tag, "m" | "q" | "x");
        named.then(|| EntityMention {
            start: p.start,
            end: t.end,
            text: format!("{}{}", p.word, t.word),
            ty: EntityType::Loc,
            byline: false,
            how: "estate suffix",
            division: None,
        })
    }

    /// A person's name before a title or a speech verb that [`Self::mention_at`] does not
    /// take from one token: a family name jieba split from the given name before a title
    /// (陈/nr 建中/v 部长), or a name at the start of a clause before a speech verb
    /// (黄某某/nr 指出, 赵/nr 立新/d 表示; `entity.speech_verb`).
    fn person_before(&self, i: usize) -> Option<EntityMention> {
        let t = &self.toks[i];
        if !matches!(t.tag, "nr" | "nrfg" | "nrt") || self.in_figure(i) {
            return None;
        }
        let sur = self.surnames.prefix_of(t.word)?.chars().count();
        let n = t.word.chars().count();
        let speech = self.pats.cues.at(crate::cue!("entity.speech_verb"));
        // The given name as a word of its own after a lone family name.
        let (last, text) = if n == sur {
            let u = self.toks.get(i + 1)?;
            let m = u.word.chars().count();
            if !(1..=2).contains(&m)
                || self.in_figure(i + 1)
                || !u.word.chars().all(is_han)
                || self.after_name.contains(u.word)
                || self.title(u.word).is_some()
            {
                return None;
            }
            (i + 1, format!("{}{}", t.word, u.word))
        } else if (2..=3).contains(&n) && t.word.chars().all(is_han) {
            // A two-char name jieba cut one char short before a speech verb (张家/品/说道).
            let rest = (self.toks.get(i + 1), self.toks.get(i + 2));
            match rest {
                (Some(u), Some(v))
                    if n == 2
                        && u.start == t.end
                        && u.word.chars().count() == 1
                        && u.word.chars().all(is_han)
                        && !self.after_name.contains(u.word)
                        && speech.contains(v.word) =>
                {
                    (i + 1, format!("{}{}", t.word, u.word))
                }
                _ => (i, t.word.to_string()),
            }
        } else {
            return None;
        };
        let next = self.toks[last + 1..]
            .iter()
            .find(|k| !k.word.trim().is_empty())?;
        let clause_start = i == 0
            || self.toks[i - 1].word.trim().is_empty()
            || self.toks[i - 1]
                .word
                .chars()
                .all(|c| super::subject::is_delim(c) || c == ':' || c == '：');
        let titled = self.trailing_title(next.word).filter(|_| last > i);
        // A reply's salutation (某某代表：, 某某等委员：): a whole name opening its line
        // or clause, its title (after 等) and a colon.
        let salutation = (clause_start && last == i)
            .then(|| self.salutes(last))
            .flatten();
        // A role or trade right before the name (队员李军, 棉农张学军, 村干部某某:
        // `entity.person_role`) says it is a person's.
        let roles = self.pats.cues.at(crate::cue!("entity.person_role"));
        // A name split in two after the role needs a speech verb after it (种植大户夏/增胜说).
        let role = i > 0
            && roles.contains(self.toks[i - 1].word)
            && (last == i || speech.contains(next.word));
        let (byline, how) = if let Some(byline) = titled {
            (byline, "name split before a title")
        } else if let Some(glued) = salutation {
            // The given name's last char jieba glued to the title (赵燕/军代表：).
            let mut e = EntityMention {
                start: t.start,
                end: t.end + glued.chars().count(),
                text: format!("{text}{glued}"),
                ty: EntityType::Per,
                byline: false,
                how: "name in a salutation before a title and a colon",
                division: None,
            };
            if e.text.chars().count() > 3 {
                e.end = t.end;
                e.text = text;
            }
            return Some(e);
        } else if clause_start && speech.contains(next.word) {
            (false, "name before a speech verb")
        } else if role {
            (false, "name after a role word (entity.person_role)")
        } else {
            return None;
        };
        Some(EntityMention {
            start: t.start,
            end: self.toks[last].end,
            text,
            ty: EntityType::Per,
            byline,
            how,
            division: None,
        })
    }

    /// Whether the tokens after token `last` are a salutation's title: a title
    /// (`entity` titles, no byline's; a delegate's too, 代表, before the colon), after
    /// `entity.salutation_others` (等) or not, then a colon. Returns the chars jieba glued
    /// before the title in its word (军 of 赵燕/军代表), empty when none.
    fn salutes(&self, last: usize) -> Option<&str> {
        let others = self.pats.cues.at(crate::cue!("entity.salutation_others"));
        let mut after = self.toks[last + 1..]
            .iter()
            .filter(|t| !t.word.trim().is_empty());
        let mut title = after.next()?;
        if others.contains(title.word) {
            title = after.next()?;
        }
        let colon = after.next().is_some_and(|t| matches!(t.word, ":" | "："));
        if !colon || self.title(title.word) != Some(false) {
            return None;
        }
        // The chars of the title's word before the title itself (军 of 军代表), when the
        // word after the name is the title's.
        let word = title.word;
        let lead = (word.char_indices())
            .map(|(k, _)| k)
            .find(|&k| self.idx.titles.contains(&word[k..]))
            .unwrap_or(0);
        let glued = &word[..lead];
        let next = self.toks.get(last + 1).is_some_and(|t| t.word == word);
        Some(if next && glued.chars().all(is_han) {
            glued
        } else {
            ""
        })
    }

    /// A company named by a place and an abbreviation jieba knows (中国/ns 五矿/j, 中国
    /// 石化): one organisation, no place, unless the abbreviation is a generic one
    /// (`entity.generic_abbreviation`: 高校, 两会, 国企) or a word follows that names a
    /// body of its own (中国石化集团 is read by the suffix rules).
    fn place_brands(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let generic = self
            .pats
            .cues
            .at(crate::cue!("entity.generic_abbreviation"));
        for i in 1..toks.len() {
            let (p, t) = (&toks[i - 1], &toks[i]);
            let brand = t.tag == "j" && t.word.chars().count() == 2 && !generic.contains(t.word);
            // The place is one read as a place already (a division, 中国).
            let place = (out.iter())
                .any(|o| o.ty == EntityType::Loc && o.start == p.start && o.end == p.end);
            if !brand || !place || p.tag != "ns" || p.end != t.start || self.in_figure(i) {
                continue;
            }
            let e = EntityMention {
                start: p.start,
                end: t.end,
                text: format!("{}{}", p.word, t.word),
                ty: EntityType::Org,
                byline: false,
                how: "a place and an abbreviation (a company's short name)",
                division: None,
            };
            if out
                .iter()
                .any(|o| o.start < e.end && e.start < o.end && o.ty != EntityType::Loc)
            {
                continue;
            }
            out.retain(|o| !(o.start < e.end && e.start < o.end));
            self.push(e, out);
        }
    }

    /// People after titles (县长王某某, 记者 张三、李四, 作者：王五): the name after each
    /// title and the names listed after it with 、 or blanks. The names of a byline title
    /// (记者, 通讯员) are bylines, as is a name before 摄.
    fn people(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        for k in 0..toks.len() {
            let Some(byline) = self.title(toks[k].word).or_else(|| self.title_split(k)) else {
                self.split_title(k, out);
                self.speaker(k, out);
                // Three names or more listed without a title (李某、王某、赵某在主席台就座).
                let after_name = k > 0 && matches!(toks[k - 1].tag, "nr" | "nrfg" | "nrt");
                // A count right after the list (甲乙、丙丁、戊己三条公路) counts named things
                // of its kind, not people.
                let counted = matches!(toks[k].tag, "m" | "mq") || self.in_figure(k);
                if after_name && !counted && toks[k].word != "、" && !toks[k].word.trim().is_empty()
                {
                    self.listed_before_title(k, (false, true), out);
                }
                continue;
            };
            self.listed_before_title(k, (byline, false), out);
            let lead = (self.pats.cues)
                .at(crate::cue!("entity.lead_title"))
                .ends(toks[k].word);
            let mut p = k + 1;
            let mut first = true;
            loop {
                // Blanks, and after the title a colon (作者：王五).
                while p < toks.len()
                    && (toks[p].word.trim().is_empty()
                        || first && matches!(toks[p].word, ":" | "："))
                {
                    p += 1;
                }
                let Some((next, text)) = self.person_at(p) else {
                    break;
                };
                // After an occupation or a collective title (领导包联/重点项目), a word
                // jieba tags no name and that a noun follows is a verb or a thing.
                let untagged = !matches!(toks[p].tag, "nr" | "nrfg" | "nrt");
                if lead
                    && untagged
                    && next == p + 1
                    && toks.get(next).is_some_and(|u| u.tag.starts_with('n'))
                {
                    break;
                }
                let start = toks[p].start;
                let end = start + text.chars().count();
                let credit = byline || self.title_after(next - 1) == Some(true);
                let e = EntityMention {
                    start,
                    end,
                    text,
                    ty: EntityType::Per,
                    byline: credit,
                    how: "name after a title",
                    division: None,
                };
                // A name jieba read as a place or an organisation (卓永兴) is a person.
                out.retain(|o| !(o.start < end && start < o.end && o.ty != EntityType::Per));
                self.push(e, out);
                p = next;
                match toks.get(p) {
                    Some(t) if t.word == "、" => p += 1,
                    Some(t) if t.word.trim().is_empty() => {}
                    _ => break,
                }
                first = false;
            }
        }
    }

    /// A speaker named after a role and a blank before a colon (烟农 陈某某：…, a
    /// broadcast's caption): the two or three ideographs from token `k`, the first a
    /// jieba person word.
    fn speaker(&self, k: usize, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let blank = |m: usize| toks.get(m).is_some_and(|t| t.word.trim().is_empty());
        let role = k >= 2 && blank(k - 1) && toks[k - 2].tag.starts_with('n');
        if !role || !matches!(toks[k].tag, "nr" | "nrfg" | "nrt") {
            return;
        }
        let mut m = k + 1;
        let mut n = toks[k].word.chars().count();
        while n < 3
            && toks
                .get(m)
                .is_some_and(|t| t.word.chars().all(is_han) && !t.word.is_empty())
        {
            n += toks[m].word.chars().count();
            m += 1;
        }
        let colon = toks.get(m).is_some_and(|t| matches!(t.word, ":" | "："));
        let text: String = toks[k..m].iter().map(|t| t.word).collect();
        if !colon || !(2..=3).contains(&n) || !text.chars().all(is_han) {
            return;
        }
        let e = EntityMention {
            start: toks[k].start,
            end: toks[m - 1].end,
            text,
            ty: EntityType::Per,
            byline: false,
            how: "speaker named after a role",
            division: None,
        };
        out.retain(|o| !(o.start < e.end && e.start < o.end && o.ty != EntityType::Per));
        self.push(e, out);
    }

    /// People listed before the title at token `k` (王某、李某、赵某某代表：): a list of
    /// two names or more joined by 、 that opens its clause and ends right before the
    /// title, any title (an occupation too: the list marks them as names). An item is two
    /// or three ideographs of one or two words (何 青: a blank inside), half of the items
    /// or more a jieba person word; the others start with a family name or are no
    /// dictionary word (代/学文). Without a title (`untitled`), three names or more, two
    /// thirds of them jieba's person words and the others opening with a family name.
    fn listed_before_title(
        &self,
        k: usize,
        (byline, untitled): (bool, bool),
        out: &mut Vec<EntityMention>,
    ) {
        let toks = self.toks;
        let blank = |m: usize| toks[m].word.trim().is_empty();
        let mut end = k;
        while end > 0 && blank(end - 1) {
            end -= 1;
        }
        // The title may be the last item (徐某、于某、记者高某报道): the names before it.
        if end > 0 && toks[end - 1].word == "、" && !untitled {
            end -= 1;
        }
        // Items from the last: (first token, token after), and whether jieba tagged one
        // of its words a person.
        let mut items: Vec<(usize, usize, bool, bool)> = Vec::new();
        let mut m = end;
        loop {
            let mut a = m;
            while a > 0 && toks[a - 1].word != "、" && !self.in_figure(a - 1) {
                let w = toks[a - 1].word;
                if !(blank(a - 1) || w.chars().all(is_han)) || m - a >= 3 {
                    break;
                }
                // A blank inside a name (孙 明) splits one char off; before two chars it
                // ends the item (某网 徐某某、).
                let held: usize = toks[a..m]
                    .iter()
                    .map(|t| t.word.trim().chars().count())
                    .sum();
                if blank(a - 1) && held >= 2 {
                    break;
                }
                a -= 1;
            }
            while a < m && blank(a) {
                a += 1;
            }
            let mut text: String = toks[a..m].iter().map(|t| t.word.trim()).collect();
            // The last name of a list without a title may carry a char jieba glued to
            // it (李某等/nr 其他…).
            let glued = untitled
                && items.is_empty()
                && (text.chars().last()).is_some_and(|c| self.name_tail.contains(&c))
                && (3..=4).contains(&text.chars().count());
            if glued {
                text.pop();
            }
            let n = text.chars().count();
            if a == m || !(2..=3).contains(&n) || !text.chars().all(is_han) {
                return;
            }
            let person = (a..m).any(|p| matches!(toks[p].tag, "nr" | "nrfg" | "nrt"));
            // A name of no dictionary word: of two words before a title (代/学文), of
            // three chars in a list without one (印长举/n).
            let coined = if untitled { n == 3 } else { a + 1 < m };
            let named = person
                || self.surnames.prefix_of(&text).is_some()
                || coined && !(self.known)(&text);
            if !named || self.title(&text).is_some() || self.after_name.contains(&text) {
                return;
            }
            items.push((a, m, person, glued));
            if a >= 1 && toks[a - 1].word == "、" {
                m = a - 1;
                continue;
            }
            // The list opens its clause.
            let opens = a == 0
                || toks[a - 1].word.chars().all(|c| {
                    super::subject::is_delim(c) || matches!(c, ':' | '：') || c.is_whitespace()
                });
            if !opens {
                return;
            }
            break;
        }
        let people = items.iter().filter(|i| i.2).count();
        if items.len() < 2 || people * 2 < items.len() {
            return;
        }
        if untitled && (items.len() < 3 || people * 3 < items.len() * 2) {
            return;
        }
        for &(a, m, _, glued) in items.iter().rev() {
            let mut text: String = toks[a..m].iter().map(|t| t.word.trim()).collect();
            if glued {
                text.pop();
            }
            let e = EntityMention {
                start: toks[a].start,
                end: toks[m - 1].end - usize::from(glued),
                text,
                ty: EntityType::Per,
                byline,
                how: if untitled {
                    "names listed"
                } else {
                    "names listed before a title"
                },
                division: None,
            };
            out.retain(|o| !(o.start < e.end && e.start < o.end && o.ty != EntityType::Per));
            self.push(e, out);
        }
    }

    /// A title whose first chars jieba glued to the place before it (台南市/长/黄某某):
    /// a one-char word that ends a title with the word before it.
    fn title_split(&self, k: usize) -> Option<bool> {
        let t = &self.toks[k];
        let p = &self.toks[k.checked_sub(1)?];
        if t.word.chars().count() != 1 || p.word.chars().count() < 2 || self.in_figure(k - 1) {
            return None;
        }
        // The joined word ends in the token's char: no title ends in most (no String made).
        if !t
            .word
            .chars()
            .next()
            .is_some_and(|c| self.idx.may_end_title(c))
        {
            return None;
        }
        let joined = format!("{}{}", p.word, t.word);
        // Only a title that the word before does not hold whole (市/长, not 市长/长).
        (self.title(p.word).is_none())
            .then(|| self.title(&joined))
            .flatten()
    }

    /// A title whose last char jieba glued to the name after it (主计处/长萧秀瑛): the
    /// rest of that token is the name when it starts with a family name.
    fn split_title(&self, k: usize, out: &mut Vec<EntityMention>) {
        let Some(t) = self.toks.get(k + 1) else {
            return;
        };
        let Some((first, rest)) = t
            .word
            .char_indices()
            .nth(1)
            .map(|(b, _)| t.word.split_at(b))
        else {
            return;
        };
        let n = rest.chars().count();
        // jieba tags the glued word a name, or guessed it, whatever its tag (长黄/a 敏惠:
        // no dictionary word, unlike 长江).
        let guessed = n == 1 && !(self.known)(t.word);
        // The cheap tests first: this runs for every token.
        if !(matches!(t.tag, "nr" | "nrfg" | "nrt") || guessed)
            || !(1..=3).contains(&n)
            || !rest.chars().all(is_han)
            || self.surnames.prefix_of(rest).is_none()
        {
            return;
        }
        let titled = self.title(&format!("{}{first}", self.toks[k].word));
        if titled.is_none() {
            return;
        }
        // Only the family name left (长萧/秀英): the given name is the next word.
        let (text, end) = if n == 1 {
            match self.toks.get(k + 2) {
                Some(u)
                    if (1..=2).contains(&u.word.chars().count())
                        && u.word.chars().all(is_han)
                        && !self.after_name.contains(u.word)
                        && self.title(u.word).is_none() =>
                {
                    (format!("{rest}{}", u.word), u.end)
                }
                _ => return,
            }
        } else {
            (rest.to_string(), t.end)
        };
        let e = EntityMention {
            start: t.start + 1,
            end,
            text,
            ty: EntityType::Per,
            byline: titled == Some(true),
            how: "name after a title glued to it",
            division: None,
        };
        self.push(e, out);
    }

    /// The person's name at token `p` after a title: the token after it and the name as
    /// written. A name is a jieba person word (2 or 3 chars), or a family name starting
    /// a word of up to 2 more chars (雷鹏程), or a family name token and the next word of
    /// 1 or 2 chars (张/再行); a tail char glued to it (王某某自) is cut off.
    fn person_at(&self, p: usize) -> Option<(usize, String)> {
        let toks = self.toks;
        let t = toks.get(p)?;
        if self.in_figure(p) || !t.word.chars().all(is_han) || self.after_name.contains(t.word) {
            return None;
        }
        let chars: Vec<char> = t.word.chars().collect();
        let n = chars.len();
        let person = matches!(t.tag, "nr" | "nrfg" | "nrt");
        let sur = self.surnames.prefix_of(t.word).map(|w| w.chars().count());
        let cut = |len: usize| {
            let tail = (3..=4).contains(&len) && self.name_tail.contains(&chars[len - 1]);
            let keep = if tail && sur == Some(1) { len - 1 } else { len };
            (keep <= 3 || sur == Some(2) && keep <= 4).then_some(keep)
        };
        match sur {
            None if person && (2..=3).contains(&n) => Some((p + 1, t.word.to_string())),
            None => None,
            Some(sur) if n > sur => {
                let keep = cut(n)?;
                // A dictionary word that is no person word is a common word (高度), unless
                // a one-char given name jieba tags a name follows it (徐海/ns 涛/nr: 徐海涛).
                let given = (toks.get(p + 1)).is_some_and(|u| {
                    u.tag == "nr" && u.word.chars().count() == 1 && u.word.chars().all(is_han)
                });
                // So may a place's name (黄海/ns 兵/说: 黄海兵) before a given name's char
                // that closes the name (`given_char`).
                let closed = || keep == 2 && sur == 1 && self.given_char(p + 1).is_some();
                let name_like = person || keep == 2 && sur == 1 && given || closed();
                if !name_like && (self.known)(t.word) {
                    return None;
                }
                let name: String = chars[..keep].iter().collect();
                // The last char of a three-char name split off (李家/超/表示).
                if keep == 2 && sur == 1 {
                    if let Some(u) = self.given_char(p + 1) {
                        return Some((p + 2, name + u));
                    }
                    // jieba glued the last char to a tail after it (罗志/坚今/表示).
                    if let Some(c) = self.given_char_before_tail(p + 1) {
                        return Some((p + 2, format!("{name}{c}")));
                    }
                }
                Some((p + 1, name))
            }
            Some(_) => {
                let u = toks.get(p + 1)?;
                let m = u.word.chars().count();
                if m == 0
                    || m > 2
                    || self.in_figure(p + 1)
                    || !u.word.chars().all(is_han)
                    || self.after_name.contains(u.word)
                    || self.title(u.word).is_some()
                {
                    return None;
                }
                // A family name jieba reads as an adverb before a verb (议员/曾/反对: once
                // opposed) is no name.
                if t.tag == "d" && (u.tag.starts_with('v') || u.tag == "d") {
                    return None;
                }
                // The given name's second char a word of its own too (张/都/喜/，).
                if m == 1 {
                    if let Some(v) = self.given_char(p + 2) {
                        return Some((p + 3, format!("{}{}{v}", t.word, u.word)));
                    }
                }
                Some((p + 2, format!("{}{}", t.word, u.word)))
            }
        }
    }

    /// The one-char word at token `k` that ends a three-char name split by jieba
    /// (李家/超/表示): neither a tail, a title nor a word after names, and followed by a
    /// word after names (表示), a delimiter or the end.
    fn given_char(&self, k: usize) -> Option<&str> {
        let u = self.toks.get(k)?;
        let c = u.word.chars().next()?;
        // A function word (以, 和: jieba p, c, u…, r, d) is no given name's char.
        let function = function_tag(u.tag);
        if u.word.chars().count() != 1
            || !is_han(c)
            || function
            || self.in_figure(k)
            || self.name_tail.contains(&c)
            || self.after_name.contains(u.word)
            || self.title(u.word).is_some()
        {
            return None;
        }
        // What follows a name: a word after names (表示; also opening a longer word:
        // 出席会议), a time word (昨, 今天: jieba `t`), an adverb (还, 已: `d`; 积极: `ad`)
        // or, after a char that is no verb itself, a verb of two chars or more (钟东/锦/
        // 指示: the leader's act; 李强/来/调研 keeps 来 out).
        let verb_after =
            |v: &Token| v.tag == "v" && !u.tag.starts_with('v') && v.word.chars().count() >= 2;
        let ends = self.toks.get(k + 1).is_none_or(|v| {
            self.after_name.contains(v.word)
                || self.after_name_opens(v.word)
                || matches!(v.tag, "t" | "tg" | "d" | "ad")
                || verb_after(v)
                || v.word
                    .chars()
                    .all(|c| super::subject::is_delim(c) || !is_han(c))
        });
        ends.then_some(u.word)
    }

    /// The first char of the two-char word at token `k` when its second is a name's
    /// tail (坚今: the given name's last char, then 今): a three-char name's last char
    /// jieba glued to the word after the name.
    fn given_char_before_tail(&self, k: usize) -> Option<char> {
        let u = self.toks.get(k)?;
        let mut cs = u.word.chars();
        let (c, tail) = (cs.next()?, cs.next()?);
        let whole = cs.next().is_none()
            && !function_tag(u.tag)
            && is_han(c)
            && !self.in_figure(k)
            && !self.name_tail.contains(&c)
            && self.name_tail.contains(&tail);
        whole.then_some(c)
    }

    /// Whether `word` opens with a word after names of two chars or more and goes on
    /// (出席会议: 出席).
    fn after_name_opens(&self, word: &str) -> bool {
        word.char_indices()
            .skip(2)
            .any(|(b, _)| self.after_name.contains(&word[..b]))
    }

    /// Whether `word` is a title or ends in one (本报记者, 常务副市长); Some(true) for a
    /// byline title (记者, 通讯员, 摄).
    fn title(&self, word: &str) -> Option<bool> {
        self.idx
            .ends_in_title(word)
            .then(|| self.bylines.ends(word))
    }

    /// The title right after token `i`, skipping blanks (王某某县长, 张三 摄); an
    /// occupation that marks a name only after it (农民, 养殖户: `entity.lead_title`)
    /// is none (梅花鹿养殖户 names nobody).
    fn title_after(&self, i: usize) -> Option<bool> {
        let after = self.toks[i + 1..]
            .iter()
            .find(|k| !k.word.trim().is_empty())?;
        self.trailing_title(after.word)
    }

    /// [`Self::title`] for a word after a name: no `entity.lead_title` occupation.
    fn trailing_title(&self, word: &str) -> Option<bool> {
        let lead = self.pats.cues.at(crate::cue!("entity.lead_title"));
        self.title(word).filter(|_| !lead.ends(word))
    }

    /// Adds `e` unless it is too short, a reference, a stop word, quoted, or inside an
    /// entity already found; drops the entities inside it.
    fn push(&self, e: EntityMention, out: &mut Vec<EntityMention>) {
        let text = &e.text;
        if text.chars().count() < 2
            || text.chars().any(|c| c.is_ascii_digit())
                && e.ty != EntityType::Proj
                && !self.ordinal_digits(text)
        {
            return;
        }
        // 各乡镇人民政府, 该公司, 我局: a quantifier or demonstrative makes a reference, not a name.
        let reference = text.starts_with(self.reference);
        if reference
            || e.ty == EntityType::Proj && self.division_works(text)
            || self.idx.is_stop(text)
            || super::text::overlaps(self.quoted, e.start, e.end)
            || e.ty == EntityType::Loc && self.lone_zone(&e)
        {
            return;
        }
        if out.iter().any(|o| o.start <= e.start && e.end <= o.end) {
            return;
        }
        out.retain(|o| !(e.start <= o.start && o.end <= e.end));
        out.push(e);
    }

    /// Whether `text` is a division's name and an `entity.division_works` word only
    /// (丰顺县项目: the county's projects), no project's name.
    fn division_works(&self, text: &str) -> bool {
        let works = self.pats.cues.at(crate::cue!("entity.division_works"));
        works.suffix_of(text).is_some_and(|w| {
            let rest = &text[..text.len() - w.len()];
            super::place::is_division_name(self.pats, rest)
        })
    }

    /// Whether the place `e` is a common word written alone (上山, 高山:
    /// `entity.common_place`; the gazetteer's 青山 is `place.not_place`), or a kind of
    /// development zone written alone (高新区: `entity.zone_kind`) unless listed with 、
    /// beside other places (某县、高新区: the city's zone of that kind): no name.
    fn lone_zone(&self, e: &EntityMention) -> bool {
        let cues = &self.pats.cues;
        if cues
            .at(crate::cue!("entity.common_place"))
            .contains(&e.text)
        {
            return true;
        }
        if !cues.at(crate::cue!("entity.zone_kind")).contains(&e.text) {
            return false;
        }
        let listed = |t: Option<&Token>| t.is_some_and(|t| t.word == "、");
        let first = self.toks.iter().position(|t| t.start == e.start);
        let last = self.toks.iter().position(|t| t.end == e.end);
        let before = first.and_then(|k| k.checked_sub(1)).map(|k| &self.toks[k]);
        let after = last.and_then(|k| self.toks.get(k + 1));
        !(listed(before) || listed(after))
    }

    /// Whether every run of digits in `text` numbers a body after an ordinal's lead
    /// (某市第64中学: `entity.ordinal_lead`).
    fn ordinal_digits(&self, text: &str) -> bool {
        let leads = self.pats.cues.at(crate::cue!("entity.ordinal_lead"));
        let chars: Vec<char> = text.chars().collect();
        (0..chars.len())
            .filter(|&k| chars[k].is_ascii_digit() && (k == 0 || !chars[k - 1].is_ascii_digit()))
            .all(|k| leads.ends(&chars[..k].iter().collect::<String>()))
    }

    /// Whether a token is a word a name is made of (a one-char place word such as 县
    /// included, which jieba tags `zg`).
    fn name_like(&self, t: &Token) -> bool {
        name_like_tag(t.tag)
            || (t.tag == "zg" && self.place_words.contains(t.word))
            // People of an age jieba tags as times (青年/t): nouns of a name (某地青年研究协会).
            || t.tag == "t" && (self.pats.cues.at(crate::cue!("entity.age_group"))).contains(t.word)
    }

    /// Whether a token is a proper noun that may start a name of type `ty`.
    fn proper(&self, t: &Token, ty: EntityType) -> bool {
        matches!(t.tag, "ns" | "nr" | "nz" | "nt" | "j" | "eng" | "nrt")
            && (ty == EntityType::Org || !self.idx.is_stop(t.word))
            && (ty != EntityType::Proj || t.tag != "j")
            // A listed body starts the name of its office (行政院/主计总处), and a
            // division's name whatever jieba's tag the name of a body (金门/酒厂).
            || ty == EntityType::Org
                && ((self.idx.name(t.word))
                    .is_some_and(|k| self.pats.entity_names[k].1 == EntityType::Org)
                    || t.tag == "n"
                        && t.word.chars().count() >= 2
                        && super::place::is_division_name(self.pats, t.word))
            // A division's name jieba took for a common noun opens the name of its
            // zone (铜仁/n 高新区: `entity.zone_kind`; the city's zone, not the city).
            || ty == EntityType::Loc
                && t.tag == "n"
                && t.word.chars().count() >= 2
                && self.before_zone(t)
                && super::place::is_division_name(self.pats, t.word)
            // A division's name jieba took for a person's (宁远/nrfg 风电场) names a
            // project or a body all the same.
            || ty != EntityType::Loc
                && t.tag == "nrfg"
                && t.word.chars().count() >= 2
                && super::place::is_division_name(self.pats, t.word)
            || ty != EntityType::Loc && self.verb_seat(t)
    }

    /// Whether token `t` stands right before a kind of development zone (高新区,
    /// 经济/技术开发区: `entity.zone_kind`).
    fn before_zone(&self, t: &Token) -> bool {
        let zones = self.pats.cues.at(crate::cue!("entity.zone_kind"));
        // Tokens run in text order, one per start: the one starting where `t` ends is
        // found by search, not by a scan per candidate.
        let Ok(next) = self.toks.binary_search_by_key(&t.end, |u| u.start) else {
            return false;
        };
        // A kind jieba cuts in two or three words (经济/技术开发区) counts as well.
        let mut kind = String::new();
        (self.toks[next..].iter().take(ZONE_KIND_TOKENS)).any(|u| {
            kind.push_str(u.word);
            zones.contains(&kind)
        })
    }

    /// Whether token `t` is a county's or city's short name jieba took for a verb
    /// (某化/v 抽水蓄能/电站, 某头/v 市委): opening its clause right before a noun, so it
    /// names what follows. A building or clause verb (新建, 打造: `entity.name_verb`,
    /// `entity.clause_verb`), a short name that is a common verb (`entity.seat_verb`: 延长)
    /// and a township's name (联合, 振兴: common verbs) are none.
    pub(super) fn verb_seat(&self, t: &Token) -> bool {
        let toks = self.toks;
        let Some(k) = toks.iter().position(|u| u.start == t.start) else {
            return false;
        };
        let opens = k == 0
            || !self.in_figure(k - 1)
                && (toks[k - 1].word.chars())
                    .all(|c| super::subject::is_delim(c) || c.is_whitespace());
        let noun_after = toks.get(k + 1).is_some_and(|n| {
            !self.in_figure(k + 1) && matches!(n.tag, "n" | "vn" | "nz" | "l" | "j")
        });
        let cues = &self.pats.cues;
        let verb = cues.at(crate::cue!("entity.name_verb")).contains(t.word)
            || cues.at(crate::cue!("entity.clause_verb")).contains(t.word)
            || cues.at(crate::cue!("entity.seat_verb")).contains(t.word);
        if t.tag != "v" || !opens || !noun_after || verb || t.word.chars().count() < 2 {
            return false;
        }
        let gaz = self.pats.gazetteer();
        (gaz.lookup(t.word)).is_some_and(|e| {
            e.short
                .iter()
                .any(|&d| gaz.level(d) <= super::gazetteer::Level::County)
        }) && super::place::is_division_name(self.pats, t.word)
    }

    /// Whether the bare place word at token `i` (jieba `ns`) names a place, and by which
    /// rule: three chars or more (长三角), a listed place (日本), a river or mountain
    /// (沁河), a name of the gazetteer (宜昌, 香洲; see [`super::place::locate`] for its
    /// code), or one listed with another place word (斗六、虎尾). Two-char common words
    /// jieba tags `ns` (上市, 福利) are none.
    fn place(&self, i: usize) -> Option<&'static str> {
        let w = self.toks[i].word;
        let listed = |k: Option<usize>, sep: Option<usize>| {
            let (Some(k), Some(sep)) = (k, sep) else {
                return false;
            };
            let (t, sep) = (self.toks.get(k), self.toks.get(sep));
            sep.is_some_and(|s| s.word == "、")
                && t.is_some_and(|t| matches!(t.tag, "ns" | "nz" | "nr" | "nrt" | "j" | "s"))
        };
        if self.places.contains(w) {
            Some("listed place (entity.place)")
        } else if super::place::is_division_name(self.pats, w) {
            Some("gazetteer")
        } else if w
            .chars()
            .next_back()
            .is_some_and(|c| self.feature_end.contains(&c))
        {
            Some("river or mountain (entity.feature_end)")
        } else if w.chars().count() >= 3 {
            Some("place word of three chars or more (jieba ns)")
        } else if listed(i.checked_sub(2), i.checked_sub(1)) || listed(Some(i + 2), Some(i + 1)) {
            Some("listed with another place")
        } else {
            None
        }
    }

    /// Whether the place word at token `i` is a region named by a compass point
    /// (`entity.compass_place`: 西南) right before a noun that is no area word
    /// (西南/气流, 西南/网络, 西南/在线: a thing of that quarter, or a name).
    fn compass_before_noun(&self, i: usize) -> bool {
        let cues = &self.pats.cues;
        let (t, Some(u)) = (&self.toks[i], self.toks.get(i + 1)) else {
            return false;
        };
        let area = cues.at(crate::cue!("entity.area_head")).ends(u.word)
            || cues.at(crate::cue!("entity.compass_area")).contains(u.word)
            || (self.idx.suffix(u.word))
                .is_some_and(|x| self.pats.entity_suffixes[x].1 == EntityType::Loc);
        cues.at(crate::cue!("entity.compass_place"))
            .contains(t.word)
            && u.start == t.end
            && matches!(u.tag, "n" | "b")
            && !self.in_figure(i + 1)
            && !area
    }

    /// Whether token `k` names a body: a word ending in an organisation suffix of two
    /// chars or more, with chars of its own before it (友谊医院, 师范大学).
    fn body_word(&self, k: usize) -> bool {
        let w = self.toks[k].word;
        self.idx.suffix(w).is_some_and(|x| {
            let (suffix, ty) = &self.pats.entity_suffixes[x];
            *ty == EntityType::Org && suffix.chars().count() >= 2 && w.len() > suffix.len()
        })
    }

    /// Whether a token is a name of its own: an organisation or abbreviation tag (国务院,
    /// 省委) or a word ending in an organisation suffix (有限公司, 市委).
    fn is_name(&self, t: &Token) -> bool {
        matches!(t.tag, "nt" | "j")
            || self.idx.suffix(t.word).is_some_and(|k| {
                let (suffix, ty) = &self.pats.entity_suffixes[k];
                *ty == EntityType::Org && !suffix.is_empty()
            })
    }

    /// The opening bracket of the bracketed name part closed at token `close`: one or
    /// two words between, each a place (上海; a division whatever jieba's tag: 大连/d) or
    /// a listed suffix word (集团), so a
    /// byline (记者 张三) is no part of a name.
    fn bracket_open(&self, close: usize) -> Option<usize> {
        let toks = self.toks;
        let part = |t: &Token| {
            matches!(t.tag, "ns" | "nz")
                || super::place::is_division_name(self.pats, t.word)
                || self
                    .idx
                    .suffix(t.word)
                    .is_some_and(|k| self.pats.entity_suffixes[k].0 == t.word)
        };
        (close.saturating_sub(3)..close)
            .rev()
            .find(|&k| matches!(toks[k].word, "(" | "（"))
            .filter(|&k| k + 1 < close && (k + 1..close).all(|m| part(&toks[m])))
    }

    /// The first token of the brand opening the name whose bracketed part closes at token
    /// `close`, whatever jieba made of its chars (台/q 玻/n (福建), 某讯/nz 精密/a (某山)):
    /// [`Self::bracket_brand`], or the opening bracket after a name-like word (上海国际港务
    /// (集团) walks on); None when no bracketed name part closes there.
    fn bracket_start(&self, close: usize) -> Option<usize> {
        let open = self.bracket_open(close).filter(|&o| o > 0)?;
        let brand = self.bracket_brand(open);
        (brand < open || self.name_like(&self.toks[open - 1])).then_some(brand)
    }

    /// The first token of the brand right before the opening bracket token `open` of a
    /// name's bracketed part: the words of ideographs before it, four chars at most, none
    /// a function word, verb or figure (台/q 玻/n before (福建)); `open` when none.
    fn bracket_brand(&self, open: usize) -> usize {
        let toks = self.toks;
        let mut m = open;
        let mut chars = 0;
        while m > 0 {
            let t = &toks[m - 1];
            let n = t.word.chars().count();
            let part = t.word.chars().all(is_han)
                && !function_tag(t.tag)
                && !t.tag.starts_with('v')
                && !self.in_figure(m - 1)
                && !self.idx.is_stop(t.word)
                && !self.preposition_glued(m - 1);
            if !part || chars + n > 4 {
                break;
            }
            chars += n;
            m -= 1;
        }
        if chars >= 2 {
            m
        } else {
            open
        }
    }

    /// Whether token `k` lies inside a masked figure.
    fn in_figure(&self, k: usize) -> bool {
        let inside = |t: &Token| (self.figures.iter()).any(|&(a, b)| a <= t.start && t.end <= b);
        let t = &self.toks[k];
        // A slash joining two figures (200MW/800MWh) is part of the chain.
        let chained = matches!(t.word, "/" | "／")
            && k > 0
            && (self.toks.get(k + 1)).is_some_and(|u| u.start == t.end && inside(u))
            && self.toks[k - 1].end == t.start
            && inside(&self.toks[k - 1]);
        chained || inside(t)
    }

    /// Whether the word `t`, with `own` chars before `suffix`, is a common word that ends
    /// no name: a locality word (中部, 东部: jieba `f`; its whole, 初中/f, does end one), a
    /// two-char word ending in a suffix whose names have two chars of their own (部署,
    /// 干部), a verb or locative (地处/s, 相处/v), or a longer word jieba glued ending in
    /// such a common word (研究部署: `entity.common_tail`).
    fn common_word(&self, t: &Token, own: usize, suffix: &str) -> bool {
        let own_name = self.pats.cues.at(crate::cue!("entity.own_name_suffix"));
        let two = own_name.contains(suffix) || matches!(t.tag, "v" | "s");
        let common = self.pats.cues.at(crate::cue!("entity.common_tail"));
        t.tag == "f" && own > 0
            || own == 1 && two
            || own > 1 && common.ends(t.word)
            || common.contains(t.word)
    }

    /// Whether token `i` is a common noun after a division's name (香港/都市:
    /// `entity.place_noun`), which names no place of its own.
    fn place_noun(&self, i: usize) -> bool {
        let nouns = self.pats.cues.at(crate::cue!("entity.place_noun"));
        i > 0
            && nouns.contains(self.toks[i].word)
            && super::place::is_division_name(self.pats, self.toks[i - 1].word)
    }

    /// The first token of the name that token `i`, ending in `suffix` of type `ty`, ends;
    /// None when it is no name (a bare suffix, a common word, an anaphor).
    fn suffixed_name(&self, i: usize, suffix: &str, ty: EntityType) -> Option<usize> {
        let toks = self.toks;
        let t = &toks[i];
        let own = t.word.chars().count() - suffix.chars().count();
        if self.common_word(t, own, suffix) || self.place_noun(i) {
            return None;
        }
        if ty == EntityType::Proj && !self.project_words_ok(i, suffix) {
            return None;
        }
        // A trade (鞋业, 纸业, 机械: `entity.trade_suffix`) names a company only after a
        // brand of its own right before it (万邦/鞋业, 金鑫/玻璃): a name jieba tags as
        // one, or a word it does not know; no place (山东/机械) nor common word (农业/机械).
        let trades = self.pats.cues.at(crate::cue!("entity.trade_suffix"));
        if ty == EntityType::Org && trades.contains(suffix) {
            return (own == 0).then(|| self.trade_company(i)).flatten();
        }
        if let Some(j) = (ty == EntityType::Proj)
            .then(|| self.project_after_verb(i, suffix))
            .flatten()
        {
            return Some(j);
        }
        // A plan (计划) names a programme only after a verb or as its clause's whole.
        let plans = self.pats.cues.at(crate::cue!("entity.project_plan"));
        if ty == EntityType::Proj && plans.contains(suffix) {
            return None;
        }
        let back = self.walk_back(i, ty);
        let mut j = self.name_start(back, i, (ty, suffix, own))?;
        // A project's verb inside (某旗/大力/实施/某镇某某园/项目) opens the name after it:
        // `project_after_verb` found none there, so the words before it name none.
        if ty == EntityType::Proj && self.project_verb_inside(j, i) {
            return None;
        }
        // A copula after a count (有3个/是/新材料项目) opens no project's name.
        let copulas = self.pats.cues.at(crate::cue!("subject.copula"));
        while ty == EntityType::Proj && j < i && copulas.contains(toks[j].word) {
            j += 1;
        }
        if ty == EntityType::Org {
            j = self.org_start(back, j, i, suffix)?;
        }
        // At the start of a clause the common words before the proper noun are the
        // company's own (中车/城市交通/有限公司, 绿地/控股集团/有限公司).
        // A masked figure (投资1.5亿元/建设/某某中心) opens no clause.
        let clause_start = back == 0
            || !self.in_figure(back - 1)
                && toks[back - 1]
                    .word
                    .chars()
                    .all(|c| super::subject::is_delim(c) || c.is_whitespace());
        if ty == EntityType::Org && suffix.chars().count() >= 2 && j < i && clause_start {
            // A lone char opening the clause (原/某省政协: former) is no word of the name.
            let own = (back..j)
                .find(|&k| toks[k].word.chars().count() > 1)
                .unwrap_or(j);
            j = j.min(own);
        }
        // A hotel named by its place alone (澳门/酒店) is the place's hotels.
        if ty == EntityType::Org && self.venue_without_brand(j, i, suffix) {
            return None;
        }
        // A one-char suffix (局, 区, 村) on a common word (院区, 农村) is no name, and
        // a project needs a name or a figure (在建项目, 重点项目 are not projects).
        let named = (j..=i).any(|k| self.proper(&toks[k], ty));
        // An abbreviation with two chars of its own (发改委) names a body too.
        let place_named = (j..=i).any(|k| {
            self.proper(&toks[k], ty)
                && (!matches!(toks[k].tag, "j" | "eng") || k == i && own >= 2 && toks[k].tag == "j")
        });
        // An office written as one word (环保署: `entity.office_suffix`) names its body.
        let offices = self.pats.cues.at(crate::cue!("entity.office_suffix"));
        let office_word = ty == EntityType::Org
            && own >= 2
            && offices.contains(suffix)
            && matches!(t.tag, "n" | "nt" | "j")
            && t.word.chars().all(is_han);
        let office = own == 0 && ty == EntityType::Org && self.office_name(i);
        if suffix.chars().count() == 1 && !place_named && !office && !office_word {
            return None;
        }
        if ty == EntityType::Proj
            && !named
            && !(j..i).any(|k| matches!(toks[k].tag, "m" | "eng") || self.in_figure(k))
        {
            return None;
        }
        // A single word is a name only when the dictionary knows it as one: not a
        // guessed word (美乡村) nor a common noun (上市公司).
        if j == i && own > 0 && !((self.known)(t.word) && self.proper(t, ty)) && !office_word {
            return None;
        }
        let first = t.word.chars().next().unwrap_or(' ');
        // 大县, 小镇, 重镇: a modifier before a place suffix makes a common noun.
        let generic = ty == EntityType::Loc && self.generic_lead.contains(&first)
            || self.two_char_names.contains(suffix);
        // A reference (各区, 该市) ends no name, whatever comes before it (某局/各区).
        let reference = own == 1 && t.tag == "r" && self.reference.contains(&first);
        if j == i && own == 1 && (self.anaphor.contains(&first) || generic) || reference {
            return None;
        }
        // A kind of place, also written in several words (维吾尔族/村, 移民/社区).
        let name = || toks[j..=i].iter().map(|t| t.word).collect::<String>();
        if ty == EntityType::Loc && (self.ends_no_place(t.word) || self.ends_no_place(&name())) {
            return None;
        }
        // A kind of division alone (市、县、自治县: `entity.division_kind`) names none.
        let kinds = self.pats.cues.at(crate::cue!("entity.division_kind"));
        if ty == EntityType::Loc && kinds.contains(&name()) {
            return None;
        }
        (!self.negated(j)).then_some(j)
    }

    /// The first token of the organisation whose name `walk_back` took back to `back` and
    /// whose proper noun opens at `j`, before the suffix token `i`: None when the suffix
    /// word is of a company's kind (控股集团: an `entity.company_word` and the suffix) with
    /// nothing before it (该/控股集团, 国有/控股集团), `back` when such a word has its
    /// brand before it (某润/控股集团) or when `j` lies in brackets (台玻(福建)玻璃有限公司:
    /// the place is a part of the name the words before the bracket open), else `j`.
    fn org_start(&self, back: usize, j: usize, i: usize, suffix: &str) -> Option<usize> {
        let toks = self.toks;
        let word = toks[i].word;
        let own_word = &word[..word.len() - suffix.len()];
        let words = self.pats.cues.at(crate::cue!("entity.company_word"));
        if j == i && !own_word.is_empty() && words.contains(own_word) {
            return (back < i).then_some(back);
        }
        let open = (back..j)
            .rev()
            .find(|&k| matches!(toks[k].word, "(" | "（"));
        let bracketed =
            open.is_some_and(|o| o > back && !(o..j).any(|k| matches!(toks[k].word, ")" | "）")));
        Some(if bracketed { back } else { j })
    }

    /// Whether the name opening at token `j` is negated by the word before it
    /// (非/香港/公司: companies not of Hong Kong, `entity.negation`): a kind, no name.
    fn negated(&self, j: usize) -> bool {
        let negation = self.pats.cues.at(crate::cue!("entity.negation"));
        j > 0 && negation.contains(self.toks[j - 1].word)
    }

    /// The first proper noun of tokens `back..i`, or the division opening a registered
    /// company's name whatever jieba made of the company's own chars before it
    /// (丽江/得/一/食品/有限责任/公司: [`Self::registered_start`]), whichever comes first.
    fn proper_start(&self, back: usize, i: usize, ty: EntityType) -> Option<usize> {
        let registered = (ty == EntityType::Org)
            .then(|| self.registered_start(i))
            .flatten();
        let found = (back..i).find(|&k| self.proper(&self.toks[k], ty));
        // A river's or mountain's one-char word tagged a place (某子/河/电站) ends the
        // noun before it, which names the feature: the name opens there.
        let found = found.map(|k| {
            let t = &self.toks[k];
            let feature = t.word.chars().count() == 1
                && t.word.chars().all(|c| self.feature_end.contains(&c));
            let noun = k > back
                && self.toks[k - 1].tag == "n"
                && self.toks[k - 1].word.chars().count() == 2
                && !self.in_figure(k - 1);
            if feature && noun {
                k - 1
            } else {
                k
            }
        });
        registered.map(|r| found.map_or(r, |f| f.min(r))).or(found)
    }

    /// Whether a place name can end with the word `w`: not some generic words whatever
    /// comes before them (产粮大县, 城关片区: `place.generic_head`), nor an anaphor
    /// (选派/我县: `place.anaphor`), which means the release's own division whatever
    /// jieba made of the words before it.
    fn ends_no_place(&self, w: &str) -> bool {
        let cues = &self.pats.cues;
        cues.at(crate::cue!("place.generic_head")).ends(w)
            || cues.at(crate::cue!("place.anaphor")).contains(w)
    }

    /// Whether the listed name at token `i` ends inside a longer word: its last char and
    /// the one-char word after it make a dictionary word (人社部/门: 部门, the generic
    /// departments), not a post of the body (部/长: `entity.post_head`); or an
    /// `entity.generic_body` word starts at its last char whatever the next word
    /// (人社部/门将).
    fn name_in_word(&self, i: usize) -> bool {
        let (Some(last), Some(u)) = (self.toks[i].word.chars().next_back(), self.toks.get(i + 1))
        else {
            return false;
        };
        // jieba glues the rest to the next word (人社部/门将): 部门 is listed.
        let generic = self.pats.cues.at(crate::cue!("entity.generic_body"));
        if generic.prefix_of(&format!("{last}{}", u.word)).is_some() {
            return true;
        }
        let mut next = u.word.chars();
        let (Some(c), None) = (next.next(), next.next()) else {
            return false;
        };
        let posts = self.pats.cues.at(crate::cue!("entity.post_head"));
        is_han(c)
            && u.tag.starts_with('n')
            && !posts.has_char(c)
            && !self.in_figure(i + 1)
            && (self.known)(&format!("{last}{c}"))
    }

    /// The first token of a name found from `j` to its suffix token `i`, past the
    /// building verbs glued before it (新建/天津路/小学: `entity.name_verb`); none when
    /// only the suffix is left.
    /// A name made of suffix words, `entity.kind_word`s and anaphors alone
    /// (新建/幼儿园/学校, 全县/普惠性/幼儿园) is a kind of body, no name.
    fn past_name_verbs(&self, j: usize, i: usize) -> Option<usize> {
        let verbs = self.pats.cues.at(crate::cue!("entity.name_verb"));
        // 新建/区政府: the verb's word with the next char names a division (新建区).
        let division = |k: usize| {
            let next = self.toks[k + 1].word.chars().next().unwrap_or(' ');
            super::place::is_division_name(self.pats, &format!("{}{next}", self.toks[k].word))
        };
        let mut k = j;
        while k < i && verbs.contains(self.toks[k].word) && !division(k) {
            k += 1;
        }
        let kinds = self.pats.cues.at(crate::cue!("entity.kind_word"));
        let anaphors = self.pats.cues.at(crate::cue!("place.anaphor"));
        // A kind glued to a suffix of two chars or more (民办学校/nt) is bare too; a
        // department's short form keeps its one-char suffix (商务局).
        let bare = |t: &Token| {
            kinds.contains(t.word)
                || anaphors.contains(t.word)
                || (self.idx.suffix(t.word)).is_some_and(|x| {
                    let suffix = self.pats.entity_suffixes[x].0.as_str();
                    let own = &t.word[..t.word.len() - suffix.len()];
                    own.is_empty() || suffix.chars().count() >= 2 && kinds.contains(own)
                })
        };
        ((k == j || k < i) && !self.toks[k..=i].iter().all(bare)).then_some(k)
    }

    /// Whether the one-char word before token `j` and the first char of `j` make an
    /// `entity.name_verb` (新/建国瑞): that char is the verb's, not the name's.
    fn verb_glued(&self, j: usize) -> bool {
        let Some(p) = j.checked_sub(1).map(|k| &self.toks[k]) else {
            return false;
        };
        let mut rest = self.toks[j].word.chars();
        let (Some(c), Some(_)) = (rest.next(), rest.next()) else {
            return false;
        };
        let verbs = self.pats.cues.at(crate::cue!("entity.name_verb"));
        p.word.chars().count() == 1 && verbs.contains(&format!("{}{c}", p.word))
    }

    /// Whether token `j`, opening a name, starts with a preposition jieba glued to the
    /// name's own chars (以九庄/镇 → 九庄镇, 对柘溪/库区 → 柘溪库区: an
    /// `entity.place_preposition` or an `entity.joiner` (及冀午/渠…公园), then two chars or
    /// more, one in a word jieba took for a name (在丽/nr), the whole no dictionary word
    /// and no division's full name (从化区, 和平县: the place itself).
    fn preposition_glued(&self, j: usize) -> bool {
        let w = self.toks[j].word;
        let preps = self.pats.cues.at(crate::cue!("entity.place_preposition"));
        let joiners = self.pats.cues.at(crate::cue!("entity.joiner"));
        // The first char as a slice: `walk_back` asks this at every step, no allocation.
        let first = w.chars().next().map_or("", |c| &w[..c.len_utf8()]);
        // A two-char name word (在丽/nr 农批/冷链/物流园) leaves one char of its own.
        let fewest = if self.toks[j].tag.starts_with("nr") {
            2
        } else {
            3
        };
        w.chars().count() >= fewest
            && (preps.contains(first) || joiners.contains(first))
            && !(self.known)(w)
            && !super::place::is_full_division_name(self.pats, w)
    }

    /// Whether the words `back..i` before the bare suffix token `i` name an item of a
    /// list (a 、 right before them or right after the suffix): two to four ideographs,
    /// a word the dictionary does not know among them (店村, 支旗; not 乡镇, 农村), no
    /// stop word, kind of body or anaphor.
    fn listed_coined(&self, back: usize, i: usize) -> bool {
        let toks = self.toks;
        let listed = |t: Option<&Token>| t.is_some_and(|t| t.word == "、");
        if back >= i || !(listed(back.checked_sub(1).map(|k| &toks[k])) || listed(toks.get(i + 1)))
        {
            return false;
        }
        let part = &toks[back..i];
        let chars: usize = part.iter().map(|t| t.word.chars().count()).sum();
        let kinds = self.pats.cues.at(crate::cue!("entity.kind_word"));
        let anaphors = self.pats.cues.at(crate::cue!("place.anaphor"));
        (2..=4).contains(&chars)
            && part.iter().all(|t| t.word.chars().all(is_han))
            && part.iter().any(|t| !(self.known)(t.word))
            && !part.iter().any(|t| {
                self.idx.is_stop(t.word) || kinds.contains(t.word) || anaphors.contains(t.word)
            })
            && (back..i).all(|k| !self.in_figure(k))
    }

    /// Whether `t` is a brand before a trade: two or three ideographs that jieba tags as a
    /// name other than a place's (nz, nr, nrt) or does not know, and no division's name.
    fn brand_word(&self, t: &Token) -> bool {
        (2..=3).contains(&t.word.chars().count())
            && t.word.chars().all(is_han)
            && (matches!(t.tag, "nz" | "nr" | "nrt") || !(self.known)(t.word))
            && !super::place::is_division_name(self.pats, t.word)
            && !self.idx.is_stop(t.word)
    }

    /// The first token of the company the trade word at token `i` names: the brand
    /// right before it (万邦/鞋业), or a brand, then a place, then the trade — that
    /// brand's company of the place (某鹰/华中/纸业: a group's regional company). A place
    /// alone before a trade is a sector (山东/机械).
    fn trade_company(&self, i: usize) -> Option<usize> {
        let toks = self.toks;
        if i == 0 {
            return None;
        }
        if self.brand_word(&toks[i - 1]) {
            // Its division right before the brand opens the name (某昌/东升/纸业).
            let division = i >= 2
                && toks[i - 2].tag == "ns"
                && !self.in_figure(i - 2)
                && super::place::is_division_name(self.pats, toks[i - 2].word);
            return Some(i - 1 - usize::from(division));
        }
        let placed = toks[i - 1].tag == "ns" && i >= 2 && self.brand_word(&toks[i - 2]);
        placed.then(|| i - 2)
    }

    /// Whether `p` is a company's coined word before suffix token `i`: two or three
    /// ideographs unknown to the dictionary, before an `entity.company_suffix`.
    fn coined_word(&self, p: &Token, i: usize) -> bool {
        let companies = self.pats.cues.at(crate::cue!("entity.company_suffix"));
        (2..=3).contains(&p.word.chars().count())
            && p.word.chars().all(is_han)
            && !(self.known)(p.word)
            && (self.idx.suffix(self.toks[i].word))
                .is_some_and(|k| companies.contains(&self.pats.entity_suffixes[k].0))
    }

    /// Whether token `k` is one char of a company's coined word that jieba split into
    /// single chars of no name's tag (广西/天/源/新能源/材料/有限公司: 天/q 源/ng), before
    /// an `entity.company_suffix` token `i`: a run of one to three such chars, none a
    /// function word, right after a place.
    fn split_coined(&self, k: usize, i: usize) -> bool {
        let single = |t: &Token| {
            t.word.chars().count() == 1
                && t.word.chars().all(is_han)
                && !self.name_like(t)
                && !matches!(
                    t.tag,
                    "p" | "c"
                        | "u"
                        | "uj"
                        | "ul"
                        | "uz"
                        | "ug"
                        | "uv"
                        | "d"
                        | "r"
                        | "v"
                        | "f"
                        | "m"
                        | "zg"
                )
        };
        let companies = self.pats.cues.at(crate::cue!("entity.company_suffix"));
        let company = (self.idx.suffix(self.toks[i].word))
            .is_some_and(|x| companies.contains(&self.pats.entity_suffixes[x].0));
        if !company || !single(&self.toks[k]) {
            return false;
        }
        let mut a = k;
        while a > 0 && k - a < 3 && single(&self.toks[a - 1]) {
            a -= 1;
        }
        a > 0 && k - a < 3 && self.toks[a - 1].tag == "ns"
    }

    /// Whether token `i` is an `entity.office_suffix` word of its own (署) after the
    /// office's name: a noun of two to four ideographs, no stop word.
    fn office_name(&self, i: usize) -> bool {
        let offices = self.pats.cues.at(crate::cue!("entity.office_suffix"));
        let Some(p) = i.checked_sub(1).map(|k| &self.toks[k]) else {
            return false;
        };
        // A verb-tagged short name after a place names an office too (台北市/停管/处).
        let placed = i >= 2 && self.toks[i - 2].tag == "ns";
        let bureaus = self.pats.cues.at(crate::cue!("entity.office_bureau"));
        (offices.contains(self.toks[i].word) || bureaus.contains(self.toks[i].word))
            && (matches!(p.tag, "n" | "nz" | "vn" | "j") || placed && p.tag == "v")
            && (2..=4).contains(&p.word.chars().count())
            && p.word.chars().all(is_han)
            && !self.in_figure(i - 1)
            && !self.idx.is_stop(p.word)
    }

    /// Whether the word before token `j` is the kind of company written before its name
    /// (龙头企业/某某食品有限公司, 生产企业/某某集团: `entity.apposition_kind`): an
    /// apposition, no part of the name, when tokens `j..i` hold a proper noun.
    fn apposition(&self, j: usize, i: usize, ty: EntityType) -> bool {
        let kinds = self.pats.cues.at(crate::cue!("entity.apposition_kind"));
        ty == EntityType::Org
            && j < i
            && kinds.ends(self.toks[j - 1].word)
            && (j..i).any(|k| self.proper(&self.toks[k], ty))
    }

    /// Walks back from suffix token `i` over name-like words (常州/星荣/公司,
    /// 山西/农业大学), across 和/与 between them (住房和城乡建设局) and, for projects,
    /// across figures (中电农创150MW风力发电项目); returns the first token reached.
    /// The first token of the name ending at token `i` (`suffix` of type `ty`, `own`
    /// chars of its own before the suffix in that token) among the words back to `back`
    /// ([`Self::walk_back`]); None when no name ends there.
    fn name_start(
        &self,
        back: usize,
        i: usize,
        (ty, suffix, own): (EntityType, &str, usize),
    ) -> Option<usize> {
        let toks = self.toks;
        // A registered company's suffix (股份有限公司) is no start of its name when words
        // open it after a preposition or at the clause's start, not after a verb, joiner or
        // particle that may have cut a name of its own (金海/发/药业, 任/和/农副产品) or
        // that makes it a description (参股的矿业有限公司).
        let opened = back == 0
            || toks[back - 1].tag == "p"
            || toks[back - 1].word.chars().all(|c| !is_han(c));
        let registered = ty == EntityType::Org && back < i && opened && self.registered(i);
        // Names start at a proper noun when one is there; generic words before it
        // (加快, 重点) are not part of the name.
        match self
            .proper_start(back, i, ty)
            .filter(|&k| k < i || !registered)
        {
            Some(k) => Some(k),
            // A company named by words of its own (财经智珠网有限公司): no proper noun,
            // but a word the dictionary does not know among four chars or more.
            None if ty == EntityType::Org && self.brand(back, i, suffix) => Some(back),
            // An office's suffix on its own after its name (农水/署).
            // With its place before a name jieba tags as a verb (台北市/停管/处).
            None if own == 0 && ty == EntityType::Org && self.office_name(i) => {
                if toks[i - 1].tag == "v" {
                    Some(i - 2)
                } else {
                    // Names joined by 和 (经济信息/和/科学技术/局).
                    Some(back.min(i - 1))
                }
            }
            // An item of a list named by a word of its own (店村小学、支旗小学).
            None if own == 0 && ty == EntityType::Org && self.listed_coined(back, i) => Some(back),
            // A registered company's suffix (股份有限公司) names a company whatever words
            // its name is made of (由/台糖/股份有限公司).
            None if registered => Some(back),
            // A venue listed with others, named by a common noun (烟波/大饭店、).
            None if own == 0 && ty == EntityType::Org && self.listed_venue(i) => Some(i - 1),
            // A company named by one common word opening its clause before a post and
            // its holder (牧原/集团/副总经理/王某).
            None if own == 0 && ty == EntityType::Org && self.company_before_post(back, i) => {
                Some(back)
            }
            None if own == 0 => None,
            None => Some(i),
        }
    }

    /// Whether token `j - 1`, no name-like word, still belongs to the name ending at
    /// token `i` of type `ty` (`company`: a company's; `masked`: the token is a figure's).
    fn unnamed_part(
        &self,
        j: usize,
        i: usize,
        ty: EntityType,
        (company, masked): (bool, bool),
    ) -> bool {
        let (toks, p) = (self.toks, &self.toks[j - 1]);
        // A body named by what it does, a noun and a verb before a bare one-char
        // suffix (乡村/振兴/局, 投资/促进/局).
        let task = ty == EntityType::Org
            && j == i
            && toks[i].word.chars().count() == 1
            && p.tag == "v"
            && p.word.chars().count() == 2
            && p.word.chars().all(is_han)
            && j >= 2
            && matches!(toks[j - 2].tag, "n" | "vn" | "nz")
            && toks[j - 2].word.chars().count() >= 2;
        // A word of a company's own the dictionary does not know, whatever jieba
        // guessed its tag to be (成都/晶得荣/投资/集团).
        let coined = ty == EntityType::Org
            && !masked
            && (self.coined_word(p, i) || self.split_coined(j - 1, i));
        // A city's short name jieba took for a verb opens the name (某头/v 市委).
        let seat = ty != EntityType::Loc && self.verb_seat(p);
        // A company's business word jieba read as a numeral or classifier (布谷/种/m/
        // 养殖/专业/合作社: 种养殖), no numeral at all.
        let business_char = company
            && j < i
            && matches!(p.tag, "m" | "q")
            && !masked
            && !p.word.chars().any(crate::extract::number::is_numeral_char);
        // A project's works named between its name's words and its suffix (某县/啤酒/
        // 搬迁/技改/扩建/项目: `entity.project_works_verb`), after a noun or another such.
        let works = self.pats.cues.at(crate::cue!("entity.project_works_verb"));
        let works_verb = |t: &Token| works.contains(t.word);
        let works_part = ty == EntityType::Proj
            && !masked
            && works_verb(p)
            && (toks[..j - 1].iter().rev())
                .find(|t| !works_verb(t))
                .is_some_and(|t| t.tag.starts_with('n') && t.word.chars().count() >= 2);
        task || coined || seat || business_char || works_part
    }

    /// Whether token `i` is a registered company's suffix (`entity.registered_suffix`:
    /// 有限公司, 股份有限公司) and no more.
    fn registered(&self, i: usize) -> bool {
        (self.pats.cues.at(crate::cue!("entity.registered_suffix"))).contains(self.toks[i].word)
    }

    fn walk_back(&self, i: usize, ty: EntityType) -> usize {
        let toks = self.toks;
        let max_back = match ty {
            EntityType::Proj => 6,
            EntityType::Org => 6,
            _ => 2,
        };
        let breaks = self.pats.cues.at(crate::cue!("entity.name_break"));
        // A company's or cooperative's name carries its business, one verb among its
        // nouns (某某/农业/开发/有限公司, 某某/水果/种植/专业/合作社), and runs longer.
        let company = ty == EntityType::Org
            && (self.pats.cues.at(crate::cue!("entity.company_suffix"))).ends(toks[i].word);
        let max_back = if company { max_back + 2 } else { max_back };
        let mut business = false;
        let mut j = i;
        let mut steps = 0;
        while j > 0 && steps < max_back {
            let p = &toks[j - 1];
            // 甲节暨乙产业园: two names, none across 暨; nor across a byline's title
            // (某某晚报/记者/从市/统计局: the paper's reporter, then the body).
            let byline = ty == EntityType::Org && self.bylines.contains(p.word);
            if breaks.contains(p.word) || byline || self.apposition(j, i, ty) {
                break;
            }
            // A preposition jieba tags a noun before a place opening the name (经/新竹县/
            // 政府: through the county government) is no part of it.
            let preps = self.pats.cues.at(crate::cue!("entity.place_preposition"));
            if preps.contains(p.word)
                && (toks[j].tag == "ns" || super::place::is_division_name(self.pats, toks[j].word))
            {
                break;
            }
            // A bracketed part of an organisation's name (上海国际港务(集团)股份有限公司,
            // 华为技术（深圳）有限公司) and the brand before it: `bracket_start`. A
            // project's too, when the bracket closes right before its suffix (某某啤酒
            // (九江)/项目: the brand's works in that place).
            let bracketed_project = ty == EntityType::Proj && j == i;
            if (ty == EntityType::Org || bracketed_project) && matches!(p.word, ")" | "）") {
                let Some(b) = self.bracket_start(j - 1) else {
                    break;
                };
                j = b;
                steps += 1;
                continue;
            }
            // 省委/省政府/和县人民政府: a government named by its lead alone is a
            // reference of its own, no part of the name after it (a place's government
            // is: 彰化县/政府/主计处).
            let placed = j >= 2 && toks[j - 2].tag == "ns";
            if ty == EntityType::Org && self.government_ref(p.word) && !placed {
                break;
            }
            let masked_figure = self.in_figure(j - 1);
            // Two names joined (省委和台州市委, XX有限公司和YY县政府) stay two names.
            // A place before 和/与 is the other party (青山县与星荣集团).
            // A listed body's name is whole (机构及/社会工作局: the list's next item).
            // A place after the joiner opens a name of its own (书记及/广东/某某公司).
            let place_after =
                toks[j].tag == "ns" || super::place::is_division_name(self.pats, toks[j].word);
            let joiner = self.joiners.contains(p.word)
                && !place_after
                && !self.listed_org(j, i)
                && j >= 2
                && self.name_like(&toks[j - 2])
                && !self.is_name(&toks[j - 2])
                && !matches!(toks[j - 2].tag, "ns" | "zg")
                && ty == EntityType::Org;
            // Projects carry phases and figures: 华能六期基地项目, 150MW风力发电项目.
            let project_part = ty == EntityType::Proj
                && j < i
                && (matches!(p.tag, "m" | "eng" | "q" | "mq")
                    || masked_figure
                    || self.phases.ends(p.word));
            // A school or body numbered in its place (天津路/第一/小学, 秦古镇/第二/幼儿园).
            let ordinal = ty == EntityType::Org
                && j == i
                && p.tag == "m"
                && !masked_figure
                && (p.word.chars().count() <= 3
                    && (self.pats.cues.at(crate::cue!("entity.ordinal_lead")))
                        .prefix_of(p.word)
                        .is_some()
                    || self.session_ordinal(p.word, i));
            if let Some(k) = self.numbered_or_business(j, i, ty, company, &mut business) {
                j = k;
                steps += 1;
                continue;
            }
            // A task's verb, a coined word, a seat jieba took for a verb, a business char.
            let named_part = self.unnamed_part(j, i, ty, (company, masked_figure));
            if !(self.name_like(p) || joiner || project_part || ordinal || named_part)
                || (!masked_figure && p.word.chars().any(super::subject::is_delim))
            {
                // A place opening the name runs through its words (吉林/盼/盼/食品/产业园);
                // a project's needs a noun of its own before the suffix (某县/坚持/抓/项目).
                let own_noun = ty == EntityType::Org || ty == EntityType::Proj && j < i;
                if let Some(k) = own_noun.then(|| self.place_opening(j - 1)).flatten() {
                    j = k;
                }
                break;
            }
            j -= 1;
            // A masked figure is one step however many chars it has.
            if !masked_figure {
                steps += 1;
            }
            // A preposition jieba glued to the name's first word (以本澳/高中) opens it:
            // nothing before it is the name's.
            if self.preposition_glued(j) {
                break;
            }
        }
        j
    }
}

impl Sentence<'_> {
    /// Where [`Self::walk_back`] goes from token `j` over what a name of its own carries:
    /// a school's number in Arabic digits after its ordinal's lead (某市/第/64/中学:
    /// `entity.ordinal_lead`), or a company's business, one verb of two chars among its
    /// nouns (某某/农业/开发/有限公司; no `entity.clause_verb`), once.
    fn numbered_or_business(
        &self,
        j: usize,
        i: usize,
        ty: EntityType,
        company: bool,
        business: &mut bool,
    ) -> Option<usize> {
        let toks = self.toks;
        if j < 2 || !matches!(ty, EntityType::Org | EntityType::Proj) {
            return None;
        }
        let p = &toks[j - 1];
        let leads = self.pats.cues.at(crate::cue!("entity.ordinal_lead"));
        let digits = p.word.chars().all(|c| c.is_ascii_digit());
        if ty == EntityType::Org && j == i && digits && leads.contains(toks[j - 2].word) {
            return Some(j - 2);
        }
        let clause = self.pats.cues.at(crate::cue!("entity.clause_verb"));
        let verbs = self.pats.cues.at(crate::cue!("entity.project_verb"));
        let verb = matches!(p.tag, "v" | "vn")
            && p.word.chars().count() == 2
            && p.word.chars().all(is_han)
            && !clause.contains(p.word)
            && !verbs.contains(p.word);
        // A works' name carries its business too (某某/智能/制造/产业园), between nouns.
        let works = ty == EntityType::Proj && j < i && toks[j - 2].tag.starts_with('n');
        if (company || works)
            && !*business
            && verb
            && !self.in_figure(j - 2)
            && self.name_like(&toks[j - 2])
        {
            *business = true;
            return Some(j - 1);
        }
        None
    }

    /// Whether `word` numbers the session (第十五届, 七届: `scan.session`) of the
    /// congress that suffix token `i` names (人民代表大会, 人大: `entity.session_body`), a
    /// part of its name between its place and its suffix.
    fn session_ordinal(&self, word: &str, i: usize) -> bool {
        let cues = &self.pats.cues;
        cues.at(crate::cue!("scan.session")).ends(word)
            && cues
                .at(crate::cue!("entity.session_body"))
                .contains(self.toks[i].word)
    }

    /// Whether tokens `j..=i` spell a listed organisation's name (社会/工作局).
    fn listed_org(&self, j: usize, i: usize) -> bool {
        let text: String = self.toks[j..=i].iter().map(|t| t.word).collect();
        (self.idx.name(&text)).is_some_and(|k| self.pats.entity_names[k].1 == EntityType::Org)
    }

    /// Whether `word` opens with a one-char place word (县下: a place's 县 jieba glued to
    /// the locality word after it).
    fn place_char_first(&self, word: &str) -> bool {
        let first = word.chars().next().map(String::from).unwrap_or_default();
        self.place_words.contains(&first)
    }

    /// The token that opens a name through the word at token `k`, which no name is
    /// otherwise read across: up to three verbs, adjectives, distinctions or locality
    /// words (and nouns before the word at `k`) of a name right after a place (吉林/盼/盼/食品/产业园, 某县/立/总/图书馆,
    /// 某区/卫生/健康/局, 中国/西部/预制/菜/产业园, 某市/投促/中心). The place is a listed
    /// place or a division (a place before it too: 吉林/吉港/…有限公司), a brand of
    /// its own may come before it (华润/中原/超级/总部/基地). None when a word between is
    /// a figure, a name break (暨), a joiner or a verb of a clause (`entity.clause_verb`:
    /// 打造, 配合 — the place then does what the rest names).
    fn place_opening(&self, k: usize) -> Option<usize> {
        let clause = self.pats.cues.at(crate::cue!("entity.clause_verb"));
        let breaks = self.pats.cues.at(crate::cue!("entity.name_break"));
        // Nouns of two chars or more may stand between the place and the verb
        // (香港/癌症/资料/统计/中心).
        let noun = |m: usize| {
            let t = &self.toks[m];
            m < k && t.tag == "n" && t.word.chars().count() >= 2
        };
        let inner = |m: usize| {
            let t = &self.toks[m];
            let tagged = matches!(t.tag, "v" | "vn" | "a" | "an" | "b" | "vg" | "ag")
                || noun(m)
                || t.tag == "f" && t.word.chars().count() == 2 && !self.place_char_first(t.word);
            // A word before a one-char place word (下洼/镇) is a place's name.
            let placed = (self.toks.get(m + 1))
                .is_some_and(|u| u.tag == "zg" && self.place_words.contains(u.word));
            tagged
                && !placed
                && t.word.chars().all(is_han)
                && !self.in_figure(m)
                && !clause.contains(t.word)
                && !breaks.contains(t.word)
                && !self.joiners.contains(t.word)
        };
        let place = |m: usize| {
            let t = &self.toks[m];
            t.tag == "ns"
                && t.word.chars().count() >= 2
                && !self.in_figure(m)
                && (self.places.contains(t.word)
                    || super::place::is_division_name(self.pats, t.word))
        };
        // Up to two words of another kind than a noun.
        let mut m = k;
        let mut others = 0;
        while inner(m) && k - m < PLACE_OPENING_WORDS && m > 0 {
            others += usize::from(!noun(m));
            if others > 2 {
                break;
            }
            m -= 1;
        }
        if !place(m) || m == k {
            return None;
        }
        while m > 0 && place(m - 1) {
            m -= 1;
        }
        let brand = |t: &Token| t.tag == "nz" || !matches!(t.tag, "nr" | "nrfg" | "nrt");
        if m > 0 && self.brand_word(&self.toks[m - 1]) && brand(&self.toks[m - 1]) {
            m -= 1;
        }
        Some(m)
    }
}

/// The most words between a place and the name's words it opens ([`Sentence::place_opening`]).
const PLACE_OPENING_WORDS: usize = 3;

/// Whether the place `name` (as the rules read it) is a generic area, no name: it ends
/// in an `entity.area_head` (风景区, 地区) and the words before the head are none, a kind
/// of area (`entity.area_generic_end`: 红色旅游景区), or two chars or fewer that are no
/// division or listed place (周边地区, 山海风景区; 黄龙景区 and 港澳地区 are names); or it
/// opens with a kind of area (`entity.area_generic_lead`: 沿海港口) and is no division.
pub(crate) fn generic_area(pats: &Patterns, name: &str) -> bool {
    let cues = &pats.cues;
    if cues
        .at(crate::cue!("entity.area_generic_lead"))
        .starts(name)
        && !super::place::is_division_name(pats, name)
        && !cues.at(crate::cue!("entity.place")).contains(name)
    {
        return true;
    }
    let Some(head) = cues.at(crate::cue!("entity.area_head")).suffix_of(name) else {
        return false;
    };
    let own = &name[..name.len() - head.len()];
    own.chars().count() <= 2
        && !super::place::is_division_name(pats, own)
        && !cues.at(crate::cue!("entity.place")).contains(own)
        || cues.at(crate::cue!("entity.area_generic_end")).ends(own)
}

/// Whether `c` is a CJK ideograph.
pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Tests: the entities the whole extraction finds in `text`, as `name/TYPE`.
#[cfg(test)]
pub(crate) fn extracted(text: &str) -> Vec<String> {
    let ex = crate::extract::Extractor::new(Patterns::builtin().unwrap()).unwrap();
    ex.extract(text, crate::extract::Options::default())
        .entities
        .into_iter()
        .map(|e| format!("{}/{}", e.text, e.ty.name()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    fn ents(s: &str) -> Vec<(String, &'static str)> {
        let pats = Patterns::builtin().unwrap();
        let seg = Segmenter::of(&pats).unwrap();
        entities(&seg.segment(s), &pats, &[], &[], &|w| seg.is_known(w))
            .into_iter()
            .map(|e| (e.text, e.ty.name()))
            .collect()
    }

    /// Asserts that each `(text, name)` of `cases` gives the entity `name` of type `ty`.
    fn finds(ty: &'static str, cases: &[(&str, &str)]) {
        for &(text, name) in cases {
            let e = ents(text);
            assert!(e.contains(&(name.into(), ty)), "{name} not in {e:?}");
        }
    }

    #[test]
    fn a_kind_of_village_is_no_place_name() {
        let e = ents(
            "红旗村曾是深度贫困村，切吉村是全乡的一个维吾尔族村，全县建成新型农村移民社区6个。",
        );
        assert!(
            !e.iter().any(|(t, _)| t.ends_with("贫困村")
                || t.ends_with("族村")
                || t.ends_with("移民社区")),
            "{e:?}"
        );
    }

    #[test]
    fn a_kind_of_division_alone_is_no_place_name() {
        let e = ents("全省盈利的市、县、自治县有十个，各苏木镇均有增长。");
        assert!(
            !e.iter().any(|(t, _)| t == "自治县" || t == "苏木镇"),
            "{e:?}"
        );
        // Named, the kind ends a name.
        let e = ents("峨边彝族自治县新建冷库12座。");
        assert!(e.contains(&("峨边彝族自治县".to_string(), "LOC")), "{e:?}");
    }

    #[test]
    fn a_whole_county_is_no_place_name() {
        // 整县推进 (the whole county): jieba tags the word before as a place at times.
        let e = ents("该县入选农产品冷藏保鲜整县推进试点，新建冷库12座。");
        assert!(e.iter().all(|(t, _)| !t.ends_with("整县")), "{e:?}");
    }

    #[test]
    fn the_kind_of_company_before_its_name_is_no_part_of_it() {
        let e = ents("龙头企业青山食品有限公司投资2亿元");
        assert!(e.contains(&("青山食品有限公司".into(), "ORG")), "{e:?}");
        let e = ents("国内最大的光伏组件生产企业通威集团投资10亿元");
        assert!(e.contains(&("通威集团".into(), "ORG")), "{e:?}");
        // 企业 inside a body's own name stays.
        let e = ents("中国企业联合会发布名单，入围企业500家");
        assert!(e.contains(&("中国企业联合会".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn a_replys_salutation_names_the_delegate() {
        // 某某代表：/某某等委员： opening a reply: the name before the title and colon,
        // with the given name's char jieba glued to the title (赵燕/军代表).
        finds(
            "PER",
            &[
                ("田瑞红代表：您提出的关于修建农村公路的建议收悉。", "田瑞红"),
                ("林文松等委员：你们提出的提案收悉，现答复如下。", "林文松"),
                ("赵燕军代表：您提出的建议收悉。", "赵燕军"),
            ],
        );
        // A kind of delegate before the colon names nobody.
        assert!(ents("企业代表：我们今年投资5亿元。").is_empty());
    }

    #[test]
    fn an_industrial_park_named_with_its_district_word_is_whole() {
        // 产业园区 is one word (dict.txt) and a suffix of its own: the name keeps 区.
        finds(
            "PROJ",
            &[
                (
                    "台南市新市产业园区可供申租面积2.48公顷。",
                    "台南市新市产业园区",
                ),
                ("青山县东湖产业园区引进企业12家。", "青山县东湖产业园区"),
            ],
        );
    }

    #[test]
    fn a_parent_and_its_holding_word_open_no_subsidiarys_name() {
        // 公司下属, 集团旗下, 所属: the parent and the holding word stand before the
        // subsidiary's own name.
        finds(
            "ORG",
            &[
                (
                    "公司下属东平县华风能源有限公司拟投资建设储能电站。",
                    "东平县华风能源有限公司",
                ),
                (
                    "集团旗下南岭新材料有限公司产值增长12%。",
                    "南岭新材料有限公司",
                ),
                (
                    "集團旗下南嶺新材料有限公司產值增長12%。",
                    "南嶺新材料有限公司",
                ),
                ("市国资委所属青山建工集团完成投资5亿元。", "青山建工集团"),
            ],
        );
    }

    #[test]
    fn brands_opening_with_an_adjective_are_listed_companies() {
        // Items of a list counted as companies (等多家大型龙头企业, 等5家企业) are companies
        // by their short names, also where a one-char adjective or a verb after it
        // opens the brand (新/a 希望/v 六合, 湖南 新/a 五丰).
        let e = ents("全市引进湖南新五丰、新希望六合、江西正邦等多家大型龙头企业。");
        for name in ["湖南新五丰", "新希望六合", "江西正邦"] {
            assert!(e.contains(&(name.into(), "ORG")), "{name} not in {e:?}");
        }
        // A list of works closed by no count of companies names none.
        let e = ents("全县新建大棚、新修道路等多项工程。");
        assert!(!e.iter().any(|x| x.1 == "ORG"), "{e:?}");
    }

    #[test]
    fn a_zones_short_name_keeps_its_first_char() {
        // 经开区 is one word (dict.txt): its 经 is no preposition cut from the name.
        let e = ents("经开区党工委书记出席，投资5亿元");
        assert!(e.contains(&("经开区党工委".into(), "ORG")), "{e:?}");
        assert!(!e.iter().any(|x| x.0.starts_with("开区")), "{e:?}");
    }

    #[test]
    fn a_paper_credited_in_brackets_or_before_a_colon_is_a_body() {
        let e = ents("全县新增中药材加工企业36家。(中国医药报)");
        assert!(e.contains(&("中国医药报".into(), "ORG")), "{e:?}");
        assert!(!e.contains(&("中国".into(), "LOC")), "{e:?}");
        let e = ents("中国食品报：山东水产品产量全国第一");
        assert!(e.contains(&("中国食品报".into(), "ORG")), "{e:?}");
        // A bulletin's kind in brackets is no paper.
        let e = ents("全县发布统计公报(年报)");
        assert!(!e.iter().any(|x| x.1 == "ORG"), "{e:?}");
    }

    #[test]
    fn a_bus_stop_and_a_courtyard_house_are_no_bodies() {
        let e = ents("公司在巴士站设置座椅30张，修缮四合院5座");
        assert!(!e.iter().any(|x| x.1 == "ORG"), "{e:?}");
    }

    #[test]
    fn a_provinces_news_portal_is_a_body() {
        let e = ents("来源：四川在线 记者获悉，全省新增企业500家");
        assert!(e.contains(&("四川在线".into(), "ORG")), "{e:?}");
        assert!(!e.contains(&("四川".into(), "LOC")), "{e:?}");
    }

    #[test]
    fn a_village_named_alone_is_a_place() {
        let e = extracted("岔峪村通过搞活经营权，股东分红7.5万元。");
        assert!(e.contains(&"岔峪村/LOC".to_string()), "{e:?}");
        // A person's name ending like a village is none.
        let e = extracted("陈吉村呼吁农友按时交售，收购稻谷5万公斤。");
        assert!(!e.iter().any(|n| n.ends_with("村/LOC")), "{e:?}");
        // Nor is a common noun.
        let e = extracted("建设美丽乡村，投资5万元。");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn a_preposition_or_a_glued_function_char_opens_no_name() {
        let e = extracted("另据青山港股份公司介绍，吞吐量5万吨。");
        assert!(e.contains(&"青山港股份公司/ORG".to_string()), "{e:?}");
        let e = extracted("公司副总裁兼德宏公司总经理介绍，产量5万吨。");
        assert!(e.contains(&"德宏公司/ORG".to_string()), "{e:?}");
        let e = extracted("本文转载自香港特别行政区政府新闻网，数量5宗。");
        assert!(e.iter().all(|n| !n.starts_with("转载")), "{e:?}");
    }

    #[test]
    fn a_count_of_projects_is_no_part_of_a_projects_name() {
        let e = extracted("今年策划实施24个农业产业强镇项目，总投资2744万元。");
        assert!(e.contains(&"农业产业强镇项目/PROJ".to_string()), "{e:?}");
        let e = extracted("公司上半年完成17个环保项目，投资5亿元。");
        assert!(!e.iter().any(|n| n.ends_with("/PROJ")), "{e:?}");
        let e = extracted("全省省级以上产业园实现收入5亿元。");
        assert!(!e.iter().any(|n| n.ends_with("/PROJ")), "{e:?}");
        // A figure inside a project's name stays in it.
        let e = extracted("建设年产8万吨饲料项目，投资5亿元。");
        assert!(e.contains(&"年产8万吨饲料项目/PROJ".to_string()), "{e:?}");
    }

    #[test]
    fn a_place_opening_a_facilitys_name_is_no_place_row() {
        let names = |t: &str| extracted(t);
        let e = names("假期厦门植物园接待游客5万人次。");
        assert!(!e.contains(&"厦门/LOC".to_string()), "{e:?}");
        let e = names("南沙汽车码头今年完成装卸60万辆。");
        assert!(!e.iter().any(|n| n.starts_with("南沙")), "{e:?}");
        // A word that only starts with the suffix ends no facility.
        let e = names("今年泉州港口吞吐量增长5%。");
        assert!(e.contains(&"泉州/LOC".to_string()), "{e:?}");
        // The place still places the figures.
        let x = crate::extract::Extractor::new(Patterns::builtin().unwrap())
            .unwrap()
            .extract(
                "假期厦门植物园接待游客5万人次。",
                crate::extract::Options::default(),
            );
        assert_eq!(x.facts[0].place, "厦门市");
    }

    #[test]
    fn radio_stations_firms_and_associations_are_whole_bodies() {
        let e = ents("左权人民广播电台报道，全县投资5亿元");
        assert!(e.contains(&("左权人民广播电台".into(), "ORG")), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t == "左权"), "{e:?}");
        let e = ents("青山标准促进会与该县签约5亿元");
        assert!(e.contains(&("青山标准促进会".into(), "ORG")), "{e:?}");
        let e = ents("明德律师事务所律师出席，项目投资5亿元");
        assert!(e.contains(&("明德律师事务所".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn taiwan_local_offices_and_associations_are_bodies() {
        let e = ents("五结乡公所今年补助农机300万元");
        assert!(e.contains(&("五结乡公所".into(), "ORG")), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t == "五结"), "{e:?}");
        let e = ents("基隆区渔会补助渔民30万元");
        assert!(e.contains(&("基隆区渔会".into(), "ORG")), "{e:?}");
        // The office alone is a reference, no name.
        let e = ents("向当地公所提出申请，补助10万元");
        assert!(!e.iter().any(|(t, _)| t.contains("公所")), "{e:?}");
    }

    #[test]
    fn bridges_are_works_named_by_their_river_or_place() {
        let e = ents("汉水大桥通车后，两岸车程缩短20分钟");
        assert!(e.contains(&("汉水大桥".into(), "PROJ")), "{e:?}");
        assert!(!e.iter().any(|x| x.0 == "汉水"), "{e:?}");
        // A bridge word alone names nothing.
        let e = ents("大桥全长800米");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn spots_where_things_meet_are_no_offices() {
        let e = ents("码头位于两江交汇处，与邻省交界处相距5公里");
        assert!(!e.iter().any(|x| x.0.ends_with('处')), "{e:?}");
    }

    #[test]
    fn a_provincial_survey_team_is_one_body() {
        let e = ents("根据国家统计局云南调查总队核定，全州生猪存栏35万头");
        assert!(
            e.contains(&("国家统计局云南调查总队".into(), "ORG")),
            "{e:?}"
        );
        assert!(!e.iter().any(|x| x.0 == "云南"), "{e:?}");
    }

    #[test]
    fn a_divisions_projects_are_no_named_project() {
        // 丰顺县项目: the county's projects; the county stays a place.
        let e = ents("推介会上，丰顺县项目、梅江区项目分别签约12亿元和8亿元");
        assert!(!e.iter().any(|x| x.1 == "PROJ"), "{e:?}");
        assert!(e.contains(&("丰顺县".into(), "LOC")), "{e:?}");
        // A work with a name of its own after the place stays a project.
        let e = ents("梅江区城南污水处理项目签约12亿元");
        assert!(e.iter().any(|x| x.1 == "PROJ"), "{e:?}");
    }

    #[test]
    fn a_hotel_named_by_a_place_that_is_no_division_is_one() {
        // A mountain's name makes a hotel's (北山 is no division); a division's alone
        // (澳门酒店) still means its hotels.
        let e = ents("年会在北山宾馆举行");
        assert!(e.contains(&("北山宾馆".into(), "ORG")), "{e:?}");
        let e = ents("澳门酒店入住率达到九成");
        assert!(!e.iter().any(|x| x.1 == "ORG"), "{e:?}");
        // A kind of hotel listed with other buildings is none.
        let e = ents("大厦设商务宾馆、写字楼和商场");
        assert!(!e.iter().any(|x| x.0 == "商务宾馆"), "{e:?}");
    }

    #[test]
    fn one_char_suffix_needs_a_proper_noun() {
        let e = ents("青山县发展和改革局召开会议");
        assert!(e.contains(&("青山县发展和改革局".into(), "ORG")), "{e:?}");
        let e = ents("蒲阳县住房和城乡建设局召开会议，院区建设和农村改造");
        assert!(
            e.contains(&("蒲阳县住房和城乡建设局".into(), "ORG")),
            "{e:?}"
        );
        assert!(!e.iter().any(|(t, _)| t == "院区" || t == "农村"), "{e:?}");
    }

    #[test]
    fn customs_alone_is_generic_and_a_named_customs_office_is_an_organisation() {
        let e = ents("海关推行便利化措施，黄埔海关查获走私案件12宗，山海关区新增企业5家");
        assert!(!e.iter().any(|(t, _)| t == "海关"), "{e:?}");
        assert!(e.contains(&("黄埔海关".into(), "ORG")), "{e:?}");
        assert!(e.contains(&("山海关区".into(), "LOC")), "{e:?}");
    }

    #[test]
    fn a_verb_ending_in_a_province_suffix_is_no_province() {
        // 节省 ends in 省 but has one char of its own: no province glued to the place.
        let e = ents("新灯每年可为嘉禾县节省电费约300万元，全省推广");
        assert!(!e.iter().any(|(t, _)| t.ends_with("节省")), "{e:?}");
        let e = ents("山东省和黑龙江省签订协议");
        assert!(e.contains(&("山东省".into(), "LOC")), "{e:?}");
        assert!(e.contains(&("黑龙江省".into(), "LOC")), "{e:?}");
    }

    #[test]
    fn generic_projects_are_not_names() {
        let e = ents("全县已建成新能源项目9个，现有在建项目3个、待建项目4个");
        assert!(!e.iter().any(|(_, ty)| *ty == "PROJ"), "{e:?}");
    }

    #[test]
    fn organisations_by_suffix() {
        let e = ents("该县与常州星荣公司达成合作协议");
        assert!(e.contains(&("常州星荣公司".into(), "ORG")), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t == "该县"), "{e:?}");
        let e = ents("各乡镇人民政府、县直各单位");
        assert!(e.is_empty(), "{e:?}");
        let e = ents("归属于上市公司股东的净利润");
        assert!(e.is_empty(), "{e:?}");
        let e = ents("加强与中国农业大学、山西农业大学的合作");
        assert!(e.contains(&("中国农业大学".into(), "ORG")), "{e:?}");
        assert!(e.contains(&("山西农业大学".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn places_and_people() {
        let e = ents("记者 王爱媛报道，左权县召开新闻发布会");
        assert!(
            e.iter().any(|(t, ty)| t == "左权县" && *ty == "LOC"),
            "{e:?}"
        );
        assert!(e.contains(&("王爱媛".into(), "PER")), "{e:?}");
    }

    #[test]
    fn government_and_bank_branches() {
        let e = ents("山西省农业农村厅联合中国人民银行山西省分行召开会议");
        assert!(e.contains(&("山西省农业农村厅".into(), "ORG")), "{e:?}");
        assert!(
            e.contains(&("中国人民银行山西省分行".into(), "ORG")),
            "{e:?}"
        );
        let e = ents("国家统计局太原调查队发布数据");
        assert!(e.contains(&("国家统计局太原调查队".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn a_body_after_a_figure_starts_at_its_proper_noun() {
        // A masked figure opens no clause: the verb after it is no part of the name.
        let e = ents("投资1.5亿元建设龙川冷链物流中心");
        assert!(e.contains(&("龙川冷链物流中心".into(), "ORG")), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t.starts_with("建设")), "{e:?}");
    }

    #[test]
    fn a_registered_company_is_named_by_whatever_words_open_its_name() {
        // 台糖 is a common noun to jieba; 股份有限公司 after a preposition names a company.
        let e = ents("由台糖股份有限公司提供土地。");
        assert!(
            e.iter()
                .any(|(t, ty)| t == "台糖股份有限公司" && *ty == "ORG"),
            "{e:?}"
        );
        // A business word jieba reads as a numeral (种养殖) stays in a cooperative's name.
        let e = ents("村里成立了布谷种养殖专业合作社。");
        assert!(e.iter().any(|(t, _)| t == "布谷种养殖专业合作社"), "{e:?}");
        // A company described, or cut after a verb, names none.
        for s in ["八家企业参股的矿业有限公司", "该有限公司去年营收3亿元。"]
        {
            assert!(!ents(s).iter().any(|(t, _)| t.ends_with("有限公司")), "{s}");
        }
    }

    #[test]
    fn common_words_jieba_tags_as_places() {
        let e = ents("加大力度推进港口建设，新市镇人口增加，兑换澳门元");
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
        // A disease and a fish named after a place (dict.txt), a safety net (no site).
        let e = ents("防控非洲猪瘟，扩大台湾鲷外销，织密社会安全网");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn family_farms_are_bodies_and_kinds_alone_are_none() {
        let e = extracted("青山县石旺家庭农场、青山县红星家庭农场各建冷库1间。");
        assert!(e.contains(&"青山县石旺家庭农场/ORG".to_string()), "{e:?}");
        assert!(e.contains(&"青山县红星家庭农场/ORG".to_string()), "{e:?}");
        // A bureau without its place and a kind of home name nobody.
        let e = extracted("农业农村局安排资金5万元，建成智慧养老院2家。");
        assert!(e.is_empty(), "{e:?}");
        // Kinds of school and a bare bureau or media centre name nobody either.
        let e = extracted("全县普通高中3所，高级中学2所；环保局和融媒体中心到场。");
        assert!(e.is_empty(), "{e:?}");
        // An airline is the whole name, not the place opening it.
        let e = extracted("新加入的俄羅斯皇家航空開通航線。");
        assert_eq!(e, vec!["俄羅斯皇家航空/ORG".to_string()]);
        // A yard (庭院, a common word ending in 院) ends no body's name.
        let e = extracted("去年左权县从事庭院生产的农户达800户。");
        assert_eq!(e, vec!["左权县/LOC".to_string()]);
    }

    #[test]
    fn a_sentence_naming_countries_without_a_figure_gives_them() {
        let e = extracted("俄罗斯、马来西亚、越南等展团企业与本地企业达成合作意向。");
        for c in ["俄罗斯", "马来西亚", "越南"] {
            assert!(e.contains(&format!("{c}/LOC")), "{e:?}");
        }
        // A greeting jieba tags as a place is none.
        let e = extracted("热烈庆祝大会召开，俄罗斯客商到场。");
        assert_eq!(e, vec!["俄罗斯/LOC".to_string()]);
    }

    #[test]
    fn a_listed_body_after_a_joiner_is_whole() {
        let e = ents("可透过社团、学校及社会工作局各区中心提交申请");
        assert_eq!(e, vec![("社会工作局".into(), "ORG")]);
        // Names joined by a joiner that are no listed body stay one (住房和城乡建设局).
        let e = ents("蒲阳县住房和城乡建设局召开会议");
        assert!(
            e.contains(&("蒲阳县住房和城乡建设局".into(), "ORG")),
            "{e:?}"
        );
    }

    #[test]
    fn a_place_after_a_joiner_opens_a_name_of_its_own() {
        // A post before 及/和 is no part of the company named after it.
        for s in [
            "各乡镇党委书记及江苏青禾农业集团有限公司负责人参加",
            "县委书记和江苏青禾农业集团有限公司负责人参加",
        ] {
            let e = ents(s);
            assert!(
                e.contains(&("江苏青禾农业集团有限公司".into(), "ORG")),
                "{s}: {e:?}"
            );
            assert!(!e.iter().any(|(t, _)| t.contains("书记")), "{s}: {e:?}");
        }
    }

    #[test]
    fn bodies_named_after_their_place_through_nouns_and_a_verb() {
        // Nouns before the verb of the body's task (香港/癌症/资料/统计/中心).
        let e = ents("根据澳门肿瘤资料统计中心的数据");
        assert!(e.contains(&("澳门肿瘤资料统计中心".into(), "ORG")), "{e:?}");
        // People of an age jieba tags as a time (青年/t) are a noun of the name.
        let e = ents("澳门学联、澳门青年研究协会开展调查");
        assert!(e.contains(&("澳门学联".into(), "ORG")), "{e:?}");
        assert!(e.contains(&("澳门青年研究协会".into(), "ORG")), "{e:?}");
        // A place's consultative conference and a trade's alliance.
        let e = ents("原辽宁省政协副主席一行调研");
        assert!(e.contains(&("辽宁省政协".into(), "ORG")), "{e:?}");
        let e = ents("由福建茶叶产业策略联盟推动");
        assert!(e.contains(&("福建茶叶产业策略联盟".into(), "ORG")), "{e:?}");
        // A preposition glued to a place (以本澳) opens a name: no body before it joins.
        let e = ents("澳门青年研究协会以本澳高中学生为对象");
        assert!(e.contains(&("澳门青年研究协会".into(), "ORG")), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t.contains("协会以")), "{e:?}");
    }

    #[test]
    fn a_bureau_before_deng_keeps_its_suffix() {
        // jieba's HMM would glue 局 to 等 (经合/局等): the body lost its suffix.
        let e = ents("鸡西市经合局等市直部门主要领导参加");
        assert!(e.contains(&("鸡西市经合局".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn a_name_jieba_glued_to_a_title_split_from_its_place() {
        // 某市/长黄/a 敏惠/a: a guessed word of the title's last char and a family name.
        let e = ents("嘉义市长黄敏惠到市议会施政报告");
        assert!(e.contains(&("黄敏惠".into(), "PER")), "{e:?}");
        // A dictionary word after the title's place is no name (长江).
        let e = ents("重庆市长江沿线增加绿地");
        assert!(!e.iter().any(|(_, ty)| *ty == "PER"), "{e:?}");
    }

    #[test]
    fn people_whatever_name_tag_jieba_gives() {
        // jieba tags 李强 nrfg, not nr.
        let e = ents("县长李强到东沟村调研");
        assert!(e.contains(&("李强".into(), "PER")), "{e:?}");
    }

    #[test]
    fn a_name_opening_with_a_places_word_after_a_title_is_a_person() {
        // 黄海/ns 兵/说: the given name's last char closes the name.
        let e = ents("公司总经理黄海兵说，每天产量在4万斤。");
        assert!(e.contains(&("黄海兵".into(), "PER")), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t == "黄海"), "{e:?}");
    }

    #[test]
    fn three_char_names_jieba_split_after_a_title() {
        // The given name's chars as words of their own, before a comma or a time word.
        let e = ents("区政协副主席钱都乐，区委常委刘鹏出席");
        assert!(e.contains(&("钱都乐".into(), "PER")), "{e:?}");
        let e = ents("副县长李炷烽昨天接待了来访的客人");
        assert!(e.contains(&("李炷烽".into(), "PER")), "{e:?}");
        // Before an adverb or a longer word opening with a word after names.
        let e = ents("发改委主任王式亮还通报了工业项目情况");
        assert!(e.contains(&("王式亮".into(), "PER")), "{e:?}");
        let e = ents("镇长刘子清出席会议并讲话");
        assert!(e.contains(&("刘子清".into(), "PER")), "{e:?}");
        // A family name and a char that make a place's name (周口/n), then the given
        // name jieba tags a name (涛/nr): one person, no place.
        let e = ents("市人社局副局长周口涛介绍，全市新增就业4万人");
        assert!(e.contains(&("周口涛".into(), "PER")), "{e:?}");
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
        // The last char glued to a time word after the name.
        let e = ents("委员会副主席罗志坚今日表示将加快建设");
        assert!(e.contains(&("罗志坚".into(), "PER")), "{e:?}");
        // A two-char name before a word after names keeps two chars.
        let e = ents("副县长王平以视频方式出席，投资5亿元");
        assert!(e.contains(&("王平".into(), "PER")), "{e:?}");
        let e = ents("副县长王平以及有关部门负责人陪同，投资5亿元");
        assert!(e.contains(&("王平".into(), "PER")), "{e:?}");
        // A given name's last char jieba tags a numeral (元) is the name's all the same.
        let e = ents("局领导陈一清、钟前元、邝海出席了会议");
        assert!(e.contains(&("钟前元".into(), "PER")), "{e:?}");
        assert!(e.contains(&("邝海".into(), "PER")), "{e:?}");
        let e = ents("县长李强也表示，今年将继续加大投资");
        assert!(e.contains(&("李强".into(), "PER")), "{e:?}");
        // Before a verb of the leader's act or an adverb of manner (jieba `ad`).
        let e = ents("市长钟东锦要求各部门加快推进5个项目");
        assert!(e.contains(&("钟东锦".into(), "PER")), "{e:?}");
        let e = ents("县长徐榛蔚积极推动文化建设，共计5亿元");
        assert!(e.contains(&("徐榛蔚".into(), "PER")), "{e:?}");
        // A family name read as an adverb before a verb makes no name.
        let e = ents("多名议员曾反对这项议案，涉及5亿元");
        assert!(!e.iter().any(|(_, t)| *t == "PER"), "{e:?}");
        // A one-char verb after a two-char name is no part of it.
        let e = ents("市长李强来视察，察看了5个项目");
        assert!(e.contains(&("李强".into(), "PER")), "{e:?}");
    }

    #[test]
    fn people_before_a_title_or_a_speech_verb() {
        // A family name jieba splits from the given name before a title.
        let e = ents("陈建中部长带着团队来到本市");
        assert!(e.contains(&("陈建中".into(), "PER")), "{e:?}");
        // A name at the start of a clause before a speech verb, whole or split.
        let e = ents("会上，黄志明指出，全年产值稳步增长");
        assert!(e.contains(&("黄志明".into(), "PER")), "{e:?}");
        let e = ents("赵立新表示，今年将继续加大投资");
        assert!(e.contains(&("赵立新".into(), "PER")), "{e:?}");
        // A headline's chair before 主持.
        let e = ents("县政府召开常务会议 周立新主持");
        assert!(e.contains(&("周立新".into(), "PER")), "{e:?}");
        // A speech verb after a common word makes no person.
        let e = ents("有关部门表示，今年将继续加大投资");
        assert!(!e.iter().any(|(_, ty)| *ty == "PER"), "{e:?}");
        // A role or trade right before the name (队员, 棉农, 村干部).
        let e = ents("帮扶工作队队员李军介绍，今年新建基地两处");
        assert!(e.contains(&("李军".into(), "PER")), "{e:?}");
        let e = ents("县里的棉农张学军如是说道");
        assert!(e.contains(&("张学军".into(), "PER")), "{e:?}");
        // A name jieba splits after the role, before a speech verb (夏/增胜/说, 张家/品/说道).
        let e = ents("魔芋种植大户夏增胜说，今年收成不错");
        assert!(e.contains(&("夏增胜".into(), "PER")), "{e:?}");
        let e = ents("茶叶种植大户张家品说道，村里实行新办法");
        assert!(e.contains(&("张家品".into(), "PER")), "{e:?}");
        let e = ents("县畜牧站工作人员胡春阳介绍，全县存栏鹅30万只");
        assert!(e.contains(&("胡春阳".into(), "PER")), "{e:?}");
    }

    #[test]
    fn people_after_occupations_and_before_academic_ranks() {
        let e = ents("养殖户王德发介绍，医生李红和村长赵强到场");
        for name in ["王德发", "李红", "赵强"] {
            assert!(e.contains(&(name.into(), "PER")), "{name}: {e:?}");
        }
        let e = ents("统计室科员 林美惠 表示，每年调查两次");
        assert!(e.contains(&("林美惠".into(), "PER")), "{e:?}");
        let e = ents("钱学森院士曾到此考察");
        assert!(e.contains(&("钱学森".into(), "PER")), "{e:?}");
        // An occupation word before common nouns, or after a word jieba calls a name,
        // names nobody.
        let e = ents("农民专业合作社发展壮大，村民小组长参会，茶农们采摘春茶");
        assert!(!e.iter().any(|(_, ty)| *ty == "PER"), "{e:?}");
        let e = ents("县领导孙建华、马文涛、周红梅等参加，局领导陈立新陪同，业主何云山说");
        for name in ["孙建华", "马文涛", "周红梅", "陈立新", "何云山"] {
            assert!(e.contains(&(name.into(), "PER")), "{name}: {e:?}");
        }
        // A collective title before a verb and its object names nobody.
        let e = ents("县级领导包联重点项目，代表们积极建言，人大代表大会召开");
        assert!(!e.iter().any(|(_, ty)| *ty == "PER"), "{e:?}");
        let e = ents("梅花鹿养殖户户均增收2万元");
        assert!(!e.iter().any(|(_, ty)| *ty == "PER"), "{e:?}");
        // A board member, a wife, a household in poverty and a skilled hand before a name.
        let e =
            ents("协会执行董事黄立明指，市长偕夫人刘美玲出席，贫困户孙桂兰和养蜂能手何建军到场");
        for name in ["黄立明", "刘美玲", "孙桂兰", "何建军"] {
            assert!(e.contains(&(name.into(), "PER")), "{name}: {e:?}");
        }
        let e = ents("能手们纷纷报名，贫困户增收明显");
        assert!(!e.iter().any(|(_, ty)| *ty == "PER"), "{e:?}");
    }

    #[test]
    fn projects_across_masked_figures_and_phases() {
        let pats = Patterns::builtin().unwrap();
        let seg = Segmenter::of(&pats).unwrap();
        let s = "积极争取中电农创150MW风力发电项目、华能六期基地项目落地";
        let fig = (
            s.chars().position(|c| c == '1').unwrap(),
            s.chars().position(|c| c == 'W').unwrap() + 1,
        );
        let masked: String = s
            .chars()
            .enumerate()
            .map(|(i, c)| if i >= fig.0 && i < fig.1 { ',' } else { c })
            .collect();
        let e: Vec<String> = entities(&seg.segment(&masked), &pats, &[fig], &[], &|w| {
            seg.is_known(w)
        })
        .into_iter()
        .filter(|e| e.ty == EntityType::Proj)
        .map(|e| s.chars().skip(e.start).take(e.end - e.start).collect())
        .collect();
        assert!(
            e.contains(&"中电农创150MW风力发电项目".to_string()),
            "{e:?}"
        );
        assert!(e.contains(&"华能六期基地项目".to_string()), "{e:?}");
    }

    #[test]
    fn a_place_named_after_a_body_is_its_campus() {
        let e = ents("协和医院西城院区二期开诊，该院投资3亿元。");
        assert!(
            e.contains(&("协和医院西城院区".to_string(), "ORG")),
            "{e:?}"
        );
        // A hospital named by its kind alone is no name; one with its place is.
        let e = ents("儿童医院新院区投资2亿元，中医医院投资1亿元，青山县中医医院投资3亿元。");
        assert!(!e.contains(&("儿童医院".to_string(), "ORG")), "{e:?}");
        assert!(!e.contains(&("中医医院".to_string(), "ORG")), "{e:?}");
        assert!(e.contains(&("青山县中医医院".to_string(), "ORG")), "{e:?}");
    }

    #[test]
    fn a_preposition_before_a_place_opens_no_name() {
        let e = ents("该计划经东湖县政府积极争取，获得补助500万元");
        assert!(e.contains(&("东湖县政府".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn a_company_named_by_a_common_word_before_a_post_and_its_holder() {
        let e = ents("牧原集团副总经理王宪明介绍，项目投资5亿元");
        assert!(e.contains(&("牧原集团".into(), "ORG")), "{e:?}");
        let e = ents("集团总经理王宪明介绍，项目投资5亿元");
        assert!(!e.iter().any(|(_, t)| *t == "ORG"), "{e:?}");
    }

    #[test]
    fn no_name_across_a_word_joining_two() {
        let e = ents("首届荷花节暨青山县荷花产业园建设启动，投资3亿元。");
        assert!(
            e.contains(&("青山县荷花产业园".to_string(), "PROJ")),
            "{e:?}"
        );
        assert!(!e.iter().any(|(t, _)| t.contains('暨')), "{e:?}");
        // A policy address after a title names nobody.
        assert!(people_of("县长施政报告全文长达50页").is_empty());
    }

    #[test]
    fn projects_listed_with_others() {
        let e = ents(
            "本月新开工项目4个，包括：青田县石门溪上游段综合治理工程、丽水市莲都区碧湖镇水系生态建设(一期)、\
             缙云县好溪东岸堤防加固工程(新建镇段)、龙泉市城区防洪排涝工程等。",
        );
        for name in [
            "青田县石门溪上游段综合治理工程",
            "丽水市莲都区碧湖镇水系生态建设(一期)",
            "缙云县好溪东岸堤防加固工程",
            "龙泉市城区防洪排涝工程",
        ] {
            assert!(e.contains(&(name.to_string(), "PROJ")), "{name}: {e:?}");
        }
        // Activities after the clause's subject are no list of works.
        let e = ents("今年，青田县坚持大抓项目、抓大项目、抓好项目的导向，投资12亿元。");
        assert!(!e.iter().any(|(_, ty)| *ty == "PROJ"), "{e:?}");
    }

    #[test]
    fn projects_keep_their_figures() {
        let e = ents("积极争取中电农创150MW风力发电项目落地");
        assert!(
            e.iter()
                .any(|(t, ty)| t.ends_with("风力发电项目") && *ty == "PROJ"),
            "{e:?}"
        );
    }

    fn people_of(s: &str) -> Vec<(String, bool)> {
        let pats = Patterns::builtin().unwrap();
        let seg = Segmenter::of(&pats).unwrap();
        entities(&seg.segment(s), &pats, &[], &[], &|w| seg.is_known(w))
            .into_iter()
            .filter(|e| e.ty == EntityType::Per)
            .map(|e| (e.text, e.byline))
            .collect()
    }

    #[test]
    fn officials_after_titles() {
        let e = people_of("县委书记张建国、常务副县长李明出席会议，国家统计局新闻发言人付晓东表示");
        assert_eq!(
            e,
            vec![
                ("张建国".to_string(), false),
                ("李明".to_string(), false),
                ("付晓东".to_string(), false)
            ]
        );
        // A char glued to the name (王惠平自, 赵立新说) is cut off.
        let e = people_of("县长王惠平自上任以来，记者赵立新说");
        assert!(e.contains(&("王惠平".to_string(), false)), "{e:?}");
        assert!(e.contains(&("赵立新".to_string(), true)), "{e:?}");
        // A common word after a title is no name.
        assert!(people_of("市长高度评价").is_empty());
        // jieba glues the title's last char to the name (主计处/长萧秀英).
        let e = people_of("县政府主计处长萧秀英进行报告");
        assert_eq!(e, vec![("萧秀英".to_string(), false)]);
    }

    #[test]
    fn kin_and_age_groups_name_the_person_after_them() {
        let names = |s: &str| -> Vec<String> {
            ents(s)
                .into_iter()
                .filter(|e| e.1 == "PER")
                .map(|e| e.0)
                .collect()
        };
        let got = names("村民李民兴正和父亲李贤在大棚内移栽辣椒苗，妻子陈桂梅正用手机直播。");
        assert!(
            got.contains(&"李贤".to_string()) && got.contains(&"陈桂梅".to_string()),
            "{got:?}"
        );
        let got = names("90后青年赵晓辉赶回来承包了50亩地。");
        assert_eq!(got, vec!["赵晓辉"]);
    }

    #[test]
    fn people_beside_titles_written_in_traditional_characters() {
        // A title listed only in simplified form (科长) marks a name in traditional text too,
        // and less common family names (丘, 鄞) open a name after a title.
        let names = |s: &str| -> Vec<String> { people_of(s).into_iter().map(|p| p.0).collect() };
        assert_eq!(
            names("農業處科長鍾昀泰說明，今年收購320公噸。"),
            vec!["鍾昀泰"]
        );
        assert_eq!(names("局长丘应桦表示，计划已获批。"), vec!["丘应桦"]);
        assert_eq!(names("事務處長鄞鳳蘭指出，今年受理320宗。"), vec!["鄞鳳蘭"]);
    }

    #[test]
    fn traditional_titles() {
        let pats = Patterns::builtin().unwrap();
        let seg = Segmenter::of(&pats).unwrap();
        let toks = seg.segment("縣長");
        let e = entities(&toks, &pats, &[], &[], &|w| seg.is_known(w));
        assert!(e.is_empty());
        let s = Sentence {
            toks: &toks,
            pats: &pats,
            idx: pats.entity_index(),
            figures: &[],
            quoted: &[],
            known: &|_| false,
            reference: &[],
            anaphor: &[],
            place_words: pats.cues.at(crate::cue!("entity.place_word")),
            joiners: pats.cues.at(crate::cue!("entity.joiner")),
            phases: pats.cues.at(crate::cue!("entity.project_phase")),
            bylines: pats.cues.at(crate::cue!("entity.byline")),
            surnames: pats.cues.at(crate::cue!("entity.surname")),
            after_name: pats.cues.at(crate::cue!("entity.after_name")),
            name_tail: &[],
            generic_lead: &[],
            places: pats.cues.at(crate::cue!("entity.place")),
            two_char_names: pats.cues.at(crate::cue!("entity.two_char_name_suffix")),
            feature_end: &[],
        };
        assert_eq!(s.title("縣長"), Some(false));
        assert_eq!(s.title("董事長"), Some(false));
        assert_eq!(s.title("本報記者"), Some(true));
        assert_eq!(s.title("通訊員"), Some(true));
        assert_eq!(s.title("增长"), None);
    }

    #[test]
    fn people_listed_before_a_title() {
        let e = people_of("张立军、者红梅、代国文、孙 明、刘海燕代表：你们提出的建议已收悉。");
        let names: Vec<&str> = e.iter().map(|(n, _)| n.as_str()).collect();
        for name in ["张立军", "者红梅", "代国文", "孙明", "刘海燕"] {
            assert!(names.contains(&name), "{name}: {e:?}");
        }
        // Kinds of people listed before an occupation are no names.
        assert!(people_of("农民、工人、学生代表参加座谈。").is_empty());
        // A list that does not open its clause (a verb before it) is no list of names.
        assert!(people_of("会议邀请了农民、工人代表。").is_empty());
    }

    #[test]
    fn a_place_and_an_abbreviation_name_a_company() {
        let e = ents("上半年中国五矿新签合同额增长12%，中国石化营收增长8%。");
        assert!(e.contains(&("中国五矿".into(), "ORG")), "{e:?}");
        assert!(e.contains(&("中国石化".into(), "ORG")), "{e:?}");
        assert!(!e.contains(&("中国".into(), "LOC")), "{e:?}");
        // Generic abbreviations, and words jieba only took for a place, name none.
        let e = ents("中国央企利润增长3%，未来会与中大及科大合作。");
        assert!(
            e.iter().all(|x| x.1 != "ORG" || !x.0.starts_with("中")),
            "{e:?}"
        );
    }

    #[test]
    fn names_listed_without_a_title_and_speakers_after_a_role() {
        // Three names or more, most of them jieba's person words.
        let e = people_of("张立军、刘海燕、王建波、赵小平在主席台前排就座。");
        let names: Vec<&str> = e.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["张立军", "刘海燕", "王建波", "赵小平"], "{e:?}");
        assert!(people_of("农民、工人、学生在主席台前排就座。").is_empty());
        // Names listed before a count of their kind are roads, not people.
        assert!(people_of("以吉黑、黑嘉、孙逊三条公路沿线为主建设示范村。").is_empty());
        // A char jieba glues to the last name (李某等/nr) is no part of it.
        let e = people_of("张海涛、杨建福、刘玉琢、李浩等其他成员出席。");
        let names: Vec<&str> = e.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["张海涛", "杨建福", "刘玉琢", "李浩"], "{e:?}");
        // Names listed before a byline title that is the list's last item.
        let e = people_of("某经济报、某发展网 孙立新、周海涛、记者吴晓梅报道");
        let names: Vec<&str> = e.iter().map(|(n, _)| n.as_str()).collect();
        for name in ["孙立新", "周海涛", "吴晓梅"] {
            assert!(names.contains(&name), "{name}: {e:?}");
        }
        // A caption: a role, a blank, the speaker's name and a colon.
        let e = people_of("返岗务工人员 郭志强：坐这趟车直接到厂里。");
        assert_eq!(e, vec![("郭志强".to_string(), false)]);
        assert!(people_of("乡政府 主任：今年种了85亩。").is_empty());
    }

    #[test]
    fn officers_of_clubs_and_staff_posts() {
        let e = people_of("由社长周海峰率领，理事吴志刚、郑建华，秘书林小燕，专员黄丽芬到场");
        let names: Vec<&str> = e.iter().map(|(n, _)| n.as_str()).collect();
        for name in ["周海峰", "吴志刚", "郑建华", "林小燕", "黄丽芬"] {
            assert!(names.contains(&name), "{name}: {e:?}");
        }
        let e = people_of("据市人社局二级巡视员陈立新介绍");
        assert!(e.contains(&("陈立新".to_string(), false)), "{e:?}");
    }

    #[test]
    fn bylines_and_listed_names() {
        let e = people_of("（记者 赵小平 孙立新 通讯员 周海涛、吴晓梅）");
        assert_eq!(
            e,
            vec![
                ("赵小平".to_string(), true),
                ("孙立新".to_string(), true),
                ("周海涛".to_string(), true),
                ("吴晓梅".to_string(), true)
            ]
        );
        let e = people_of("（刘大伟 摄）");
        assert!(e.iter().all(|(_, byline)| *byline), "{e:?}");
    }

    #[test]
    fn ministries_and_agencies_without_a_place() {
        let e = ents("交通运输部发布数据，农粮署统计，中央社报道，主计总处公布。");
        for name in ["交通运输部", "农粮署", "中央社", "主计总处"] {
            assert!(e.contains(&(name.to_string(), "ORG")), "{name}: {e:?}");
        }
    }

    #[test]
    fn bodies_of_hong_kong_and_macau_without_a_place() {
        // One government each: its bureaus and departments are named without a place.
        let e = ents("选举事务处表示，立法会选民增加，消防处及投资推广署去年的工作量上升。");
        for name in ["选举事务处", "立法会", "消防处", "投资推广署"] {
            assert!(e.contains(&(name.to_string(), "ORG")), "{name}: {e:?}");
        }
        let e = ents("交通事务局与海事及水务局公布，新登记车辆减少。");
        for name in ["交通事务局", "海事及水务局"] {
            assert!(e.contains(&(name.to_string(), "ORG")), "{name}: {e:?}");
        }
    }

    #[test]
    fn organisations_with_brackets_and_joined_names() {
        let e = ents("宜昌市与上海国际港务(集团)股份有限公司签约，华为技术（深圳）有限公司投资");
        assert!(
            e.contains(&("上海国际港务(集团)股份有限公司".into(), "ORG")),
            "{e:?}"
        );
        assert!(
            e.contains(&("华为技术（深圳）有限公司".into(), "ORG")),
            "{e:?}"
        );
        assert!(!e.iter().any(|(t, _)| t == "上海"), "{e:?}");
        let e = ents("中车城市交通有限公司和永修县政府签约，贯彻省委和台州市委部署");
        assert!(e.contains(&("中车城市交通有限公司".into(), "ORG")), "{e:?}");
        assert!(e.contains(&("永修县政府".into(), "ORG")), "{e:?}");
        assert!(e.contains(&("台州市委".into(), "ORG")), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t.contains('和')), "{e:?}");
        // A post ending in an organisation suffix is no organisation.
        let e = ents("市委常委、副市长王刚出席");
        assert!(!e.iter().any(|(_, ty)| *ty == "ORG"), "{e:?}");
    }

    #[test]
    fn news_agencies_and_government_bodies() {
        let e = ents("据新华社报道，国务院常务会议审议，河北日报、荆楚网转载");
        for o in ["新华社", "国务院", "河北日报", "荆楚网"] {
            assert!(e.contains(&(o.into(), "ORG")), "{o} {e:?}");
        }
        // One char before 网 or 市 makes a common word.
        let e = ents("建设智能电网，推动企业上市，各地汇报");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn common_words_are_no_places() {
        let e = ents("推动企业上市，送货上门，完善社会福利，建设特色小镇和产粮大县");
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
        // Division names and places listed together are places.
        let e = ents("宜昌、虎尾、北港和日本的客商");
        for p in ["宜昌", "虎尾", "北港", "日本"] {
            assert!(e.contains(&(p.into(), "LOC")), "{p} {e:?}");
        }
    }

    #[test]
    fn generic_areas_are_no_places() {
        let e = ents("周边地区和山海风景区的游客增加，红色旅游景区也一样");
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
        // A kind of area (沿海港口, jieba ns) is none either.
        let e = ents("沿海港口和内陆地区的货运量增长");
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
        // An area named by a division, a listed place or a longer name is a place.
        // Region names listed whatever their tag (珠三角/nz, 京津冀/n).
        let e = ents("赴长三角、珠三角和京津冀招商");
        for p in ["长三角", "珠三角", "京津冀"] {
            assert!(e.contains(&(p.into(), "LOC")), "{p} {e:?}");
        }
        let e = ents("黄龙景区、港澳地区和长白山风景区接待游客");
        for p in ["黄龙景区", "港澳地区", "长白山风景区"] {
            assert!(e.contains(&(p.into(), "LOC")), "{p} {e:?}");
        }
    }

    #[test]
    fn a_suffix_jieba_glued_to_the_next_word_ends_the_place() {
        // 沙河/乡共/d, 邹城市/委副/b: the char is the name's suffix.
        let e = ents("截至4月2日，沙河乡共收购茶叶1200担");
        assert!(e.contains(&("沙河乡".into(), "LOC")), "{e:?}");
        assert!(!e.contains(&("沙河".into(), "LOC")), "{e:?}");
        let e = ents("会上，邹城市委副书记介绍全年投资5亿元");
        assert!(e.contains(&("邹城市委".into(), "ORG")), "{e:?}");
        // A word of its own after the place (乡村) leaves the place alone.
        let e = ents("沙河乡村振兴投入3亿元");
        assert!(e.contains(&("沙河".into(), "LOC")), "{e:?}");
    }

    #[test]
    fn a_place_before_a_zone_in_several_words_names_the_zone() {
        // jieba splits the zone (高新技术/产业/开发区, 高新/园区): the name runs on.
        let e = ents("来源：随州高新技术产业开发区 编辑：张某");
        assert!(
            e.contains(&("随州高新技术产业开发区".into(), "LOC")),
            "{e:?}"
        );
        assert!(!e.contains(&("随州".into(), "LOC")), "{e:?}");
        let e = ents("近日，新昌高新园区新增企业12家");
        assert!(e.contains(&("新昌高新园区".into(), "LOC")), "{e:?}");
        // The kind alone is no name.
        let e = ents("高新园区新增企业12家");
        assert!(e.is_empty(), "{e:?}");
        let e = ents("工业园区新增企业12家");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn troupes_parks_and_kinds_of_school_and_project() {
        let e = ents("纪念馆、图书馆和宜昌曲艺团举办巡展20场");
        assert!(e.contains(&("宜昌曲艺团".into(), "ORG")), "{e:?}");
        assert!(!e.contains(&("宜昌".into(), "LOC")), "{e:?}");
        let e = ents("音乐广场、西山公园等接待游客3万人次");
        assert!(e.contains(&("西山公园".into(), "LOC")), "{e:?}");
        // Per head and a kind of park name none.
        let e = ents("全市人均公园绿地面积达到12.5平方米，城市公园增至40个");
        assert!(e.is_empty(), "{e:?}");
        let e = ents("今年改扩建幼儿园、中小学12所，其中PPP项目投入资金3000万元");
        assert!(e.is_empty(), "{e:?}");
        let e = ents("全年实施文化惠民工程，开展演出150场");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn a_trade_company_opens_with_its_division_before_its_brand() {
        let e = ents("双方就宜昌东升纸业、某某建材等三家公司合作投资5亿元");
        assert!(e.contains(&("宜昌东升纸业".into(), "ORG")), "{e:?}");
        assert!(!e.contains(&("宜昌".into(), "LOC")), "{e:?}");
        // A place before a trade alone names a sector.
        let e = ents("山东纸业产值增长12%");
        assert!(!e.iter().any(|x| x.1 == "ORG"), "{e:?}");
    }

    #[test]
    fn such_as_before_an_example_is_no_part_of_its_name() {
        let e = ents("园区内龙头企业众多，如万丰奥特集团、三花集团等均投资超过5亿元");
        assert!(e.contains(&("万丰奥特集团".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn a_kind_of_zone_alone_and_hill_words_are_no_places() {
        let loc = |e: &[(String, &str)], p: &str| e.contains(&(p.into(), "LOC"));
        let e = ents("今年以来，高新区工业产值稳步增长，又有两家企业入驻开发区");
        assert!(!loc(&e, "高新区") && !loc(&e, "开发区"), "{e:?}");
        // Listed with other places, the zone is one of the city's parts.
        let e = ents("西湖区、安义县、高新区均超额完成全年任务");
        assert!(loc(&e, "高新区") && loc(&e, "安义县"), "{e:?}");
        let e = ents("茶农清早上山采茶，傍晚下山卖茶，守护好屋后的青山和高山草甸");
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
        let e = ents("努力把这座小城建成宜居城市，再创文明城市");
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
    }

    #[test]
    fn a_registered_company_opens_with_its_division_whatever_its_own_chars() {
        // The company's own chars read as a particle and a numeral (得/ud 三/m), a rare
        // char and a name (镈/zg 鑫/nr): the name runs from the division to the form.
        let e = ents("去年贵州得三食品有限责任公司收购鲜果");
        assert!(
            e.contains(&("贵州得三食品有限责任公司".into(), "ORG")),
            "{e:?}"
        );
        assert!(!e.contains(&("贵州".into(), "LOC")), "{e:?}");
        let e = ents("双方与四川镈鑫材料有限公司签约");
        assert!(e.contains(&("四川镈鑫材料有限公司".into(), "ORG")), "{e:?}");
        // A clause of its own between (的, a verb of signing) leaves the place alone.
        let e = ents("与丽江签约的食品有限公司开工");
        assert!(
            !e.iter()
                .any(|(n, ty)| *ty == "ORG" && n.starts_with("丽江")),
            "{e:?}"
        );
        assert!(e.contains(&("丽江".into(), "LOC")), "{e:?}");
    }

    #[test]
    fn the_country_in_fixed_phrases() {
        let e = ents("坚持中国特色社会主义道路，新中国成立以来，中国大陆游客增长");
        let locs: Vec<&str> = (e.iter())
            .filter(|(_, ty)| *ty == "LOC")
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(locs, ["新中国", "中国大陆"], "{e:?}");
    }

    #[test]
    fn ministries_and_offices() {
        let e = ents("经济部、内政部与交通部观光署、农水署公布，统计暨普查局也公布了");
        for o in ["经济部", "内政部", "交通部观光署", "农水署", "统计暨普查局"]
        {
            assert!(e.contains(&(o.into(), "ORG")), "{o} {e:?}");
        }
        // A county's office keeps its county; a locality word (中部) is no body.
        let e = ents("青山县风景区管理所统计，台湾中部的企业增加");
        assert!(e.contains(&("青山县风景区管理所".into(), "ORG")), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t.ends_with("中部")), "{e:?}");
    }

    #[test]
    fn expressways_and_railways_named_by_their_ends_are_projects() {
        let e = ents("积极推进郑济高铁、潍烟高铁等重点工程建设");
        assert!(e.contains(&("郑济高铁".into(), "PROJ")), "{e:?}");
        // 高速 of a company's name is the company's (segment.retag: a noun, not an adverb).
        let e = ents("在山东高速集团的坚强领导下");
        assert!(
            e.iter()
                .any(|(t, y)| t.starts_with("山东高速集团") && *y == "ORG"),
            "{e:?}"
        );
        assert!(!e.iter().any(|(_, y)| *y == "PROJ"), "{e:?}");
    }

    #[test]
    fn building_verbs_before_a_school_are_no_part_of_it() {
        let e = ents("区里今年将改扩建青石路小学，并新建梧桐路小学");
        assert!(e.contains(&("青石路小学".into(), "ORG")), "{e:?}");
        assert!(e.contains(&("梧桐路小学".into(), "ORG")), "{e:?}");
        assert!(
            !e.iter()
                .any(|(t, _)| t.contains("新建") || t.contains("改扩建")),
            "{e:?}"
        );
        let e = ents("新建区政府召开会议");
        assert!(e.contains(&("新建区政府".into(), "ORG")), "{e:?}");
        let e = ents("明年新建幼儿园学校两所");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn schools_numbered_in_their_place() {
        let e = ents("白沙镇第二幼儿园和枫林路第一小学今年投入使用");
        assert!(e.contains(&("白沙镇第二幼儿园".into(), "ORG")), "{e:?}");
        assert!(e.contains(&("枫林路第一小学".into(), "ORG")), "{e:?}");
        let e = ents("全县普惠性幼儿园覆盖率达到九成");
        assert!(e.is_empty(), "{e:?}");
        let e = ents("全县学校和幼儿园都开了学");
        assert!(e.is_empty(), "{e:?}");
        // Kinds of school (普通小学, 普通本科学校) are no school; a named one is.
        let e = ents("全省有普通小学3200所、普通本科学校45所，兰州文理学院扩招");
        assert_eq!(e, [("兰州文理学院".to_string(), "ORG")], "{e:?}");
        // A kind jieba glues to its suffix (民办学校/nt) is none either.
        let e = ents("规范民办学校办学行为，全市民办学校达到30所");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn schools_numbered_in_arabic_digits() {
        let e = ents("计划新建洛阳市第35中学，总投资约3亿元");
        assert!(e.contains(&("洛阳市第35中学".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn a_company_name_keeps_its_business_verb() {
        let e = ents("重庆聚昌泰农业开发有限公司今年扩大了生产");
        assert!(
            e.contains(&("重庆聚昌泰农业开发有限公司".into(), "ORG")),
            "{e:?}"
        );
        let e = ents("位于桃园村的重庆市合川区荣江圆水果种植专业合作社项目进展顺利");
        assert!(
            e.contains(&("重庆市合川区荣江圆水果种植专业合作社项目".into(), "PROJ")),
            "{e:?}"
        );
        assert!(!e.iter().any(|(t, _)| t == "合川"), "{e:?}");
    }

    #[test]
    fn hong_kong_estates_are_places() {
        let e = ents("公屋项目如大埔富蝶邨及屯门业旺邨一期陆续落成");
        assert!(e.contains(&("富蝶邨".into(), "LOC")), "{e:?}");
        assert!(e.contains(&("业旺邨".into(), "LOC")), "{e:?}");
        assert!(e.contains(&("大埔".into(), "LOC")), "{e:?}");
    }

    #[test]
    fn common_words_jieba_reads_as_names_make_no_entity() {
        for s in [
            "今年共引进农旅融合项目六个",
            "打造农业嘉年华项目",
            "推动水土保持工程建设",
            "建设西部陆海新通道",
            "实施一批惠民工程",
            "全市公立医院床位增加",
        ] {
            let e = ents(s);
            assert!(e.is_empty(), "{s}: {e:?}");
        }
    }

    #[test]
    fn listed_body_after_its_place_or_parent_is_one_name() {
        let e = ents("香港房屋委员会昨日发布季度报告");
        assert_eq!(e, vec![("香港房屋委员会".into(), "ORG")]);
        let e = ents("行政院农业委员会今日说明稻作面积");
        assert_eq!(e, vec![("行政院农业委员会".into(), "ORG")]);
    }

    #[test]
    fn listed_body_inside_a_generic_word_is_no_name() {
        let e = ents("全省人社部门共走访企业");
        assert!(!e.iter().any(|(t, _)| t == "人社部"), "{e:?}");
        let e = ents("全市人社部门将组织招聘活动");
        assert!(!e.iter().any(|(t, _)| t == "人社部"), "{e:?}");
        let e = ents("房屋委员会约有五百名职员");
        assert!(e.contains(&("房屋委员会".into(), "ORG")), "{e:?}");
        let e = ents("内河航运保持增长");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn bodies_named_by_their_task() {
        let e = ents("河阳县乡村振兴局安排资金");
        assert!(e.contains(&("河阳县乡村振兴局".into(), "ORG")), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t == "河阳县"), "{e:?}");
    }

    #[test]
    fn road_classes_make_no_project_name() {
        let e = ents("全省普通国省道项目进展顺利");
        assert!(!e.iter().any(|(_, ty)| *ty == "PROJ"), "{e:?}");
    }

    #[test]
    fn titles_split_from_their_place_and_posts_of_ministries_and_regiments() {
        // jieba reads 台中市/长: the title's first chars belong to the place before it.
        let e = people_of("台中市長林志明出席記者會，市長說明預算");
        assert!(e.contains(&("林志明".to_string(), false)), "{e:?}");
        let e = people_of("经济部政务次长王立群表示，该团团长赵新民与会");
        assert!(e.contains(&("王立群".to_string(), false)), "{e:?}");
        assert!(e.contains(&("赵新民".to_string(), false)), "{e:?}");
        // A one-char word after a title of its own starts no second title.
        assert!(people_of("城市长远发展规划").is_empty());
    }

    #[test]
    fn a_coined_name_jieba_split_into_chars_after_a_place() {
        let found = ents("项目由江西天源新能源材料有限公司投资建设");
        assert!(
            found.iter().any(|(n, _)| n == "江西天源新能源材料有限公司"),
            "{found:?}"
        );
    }

    #[test]
    fn a_trade_names_a_company_after_a_brand_only() {
        let e = ents("新区引进宏顺鞋业、金泰玻璃等企业落户");
        for c in ["宏顺鞋业", "金泰玻璃"] {
            assert!(e.contains(&(c.into(), "ORG")), "{c} {e:?}");
        }
        // After a place or a common word a trade is a sector.
        let e = ents("农业机械和山东机械行业加快发展，纺织产业集群扩大");
        assert!(!e.iter().any(|(_, ty)| *ty == "ORG"), "{e:?}");
        // A brand, a place, then the trade: the brand's company of that place.
        let e = ents("届时，宏顺华东鞋业将达到年产8万双的规模");
        assert!(e.contains(&("宏顺华东鞋业".into(), "ORG")), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t == "华东"), "{e:?}");
        // The short names companies go by (某某科技, 某某实业); a sector or a verb's
        // object is none (农业科技, 兴办实业).
        let e = ents("金晶科技投资12亿元建设新厂，天成实业负责人介绍，全县农业科技示范园建成，群众兴办实业。");
        for c in ["金晶科技", "天成实业"] {
            assert!(e.contains(&(c.into(), "ORG")), "{c} {e:?}");
        }
        assert!(
            !e.iter()
                .any(|(t, _)| t.contains("农业科技") || t.contains("兴办")),
            "{e:?}"
        );
    }

    #[test]
    fn a_place_opening_a_name_runs_through_its_verbs_and_adjectives() {
        // A brand jieba reads as verbs, a modifier verb, adjectives inside a name.
        let e = ents("举行了江西盼盼食品产业园开工仪式，投资5亿元");
        assert!(e.iter().any(|(t, _)| t == "江西盼盼食品产业园"), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t == "江西"), "{e:?}");
        let e = ents("海珠区卫生健康局投入资金300万元");
        assert!(e.contains(&("海珠区卫生健康局".into(), "ORG")), "{e:?}");
        let e = ents("宜兰县立总图书馆藏书30万册");
        assert!(e.iter().any(|(t, _)| t == "宜兰县立总图书馆"), "{e:?}");
        // Verbal nouns among them (灌溉/vn 排水/v 发展/vn).
        let e = ents("江苏省灌溉排水发展中心统计，面积达2.9亿亩");
        assert!(
            e.contains(&("江苏省灌溉排水发展中心".into(), "ORG")),
            "{e:?}"
        );
        // A verb of a clause after the place: the place does what the rest names.
        let e = ents("江西打造食品产业园，投资5亿元");
        assert!(!e.iter().any(|(t, _)| t.starts_with("江西打造")), "{e:?}");
        let e = ents("湖南建成食品产业园，投资5亿元");
        assert!(!e.iter().any(|(t, _)| t.starts_with("湖南建成")), "{e:?}");
        let e = ents("驻马店市共有中等职业学校30所");
        assert!(
            !e.iter().any(|(t, _)| t.starts_with("驻马店市共有")),
            "{e:?}"
        );
        // No name runs back across a whole name before the verb.
        let e = ents("海珠区计划生育协会受中国计划生育协会委托，发放50万元");
        assert!(e.contains(&("海珠区计划生育协会".into(), "ORG")), "{e:?}");
        let e = ents("今年，青田县坚持大抓项目的导向，投资12亿元。");
        assert!(!e.iter().any(|(_, ty)| *ty == "PROJ"), "{e:?}");
    }

    #[test]
    fn coined_words_in_company_names() {
        let e = ents("该团与绵阳鑫达荣投资集团签订协议");
        assert!(e.contains(&("绵阳鑫达荣投资集团".into(), "ORG")), "{e:?}");
        assert!(
            !e.iter().any(|(t, ty)| t == "绵阳" && *ty == "LOC"),
            "{e:?}"
        );
    }

    #[test]
    fn schools_by_level_and_news_titles() {
        let e = ents("给平安县职业中专划拨土地，新建河口初中教学楼");
        assert!(e.contains(&("平安县职业中专".into(), "ORG")), "{e:?}");
        assert!(e.contains(&("河口初中".into(), "ORG")), "{e:?}");
        let e = ents("记者从绵竹市水文站获悉");
        assert!(e.contains(&("绵竹市水文站".into(), "ORG")), "{e:?}");
        // A website is no station, nor a kind of station after a building verb.
        let e = ents("住建部网站公布名单，新建乡镇综合文化站50个");
        assert!(!e.iter().any(|(t, _)| t.ends_with("站")), "{e:?}");
        let e = ents("据中国环境导报报道");
        assert!(e.contains(&("中国环境导报".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn words_tagged_as_places_and_shops_after_a_country() {
        let e = ents("游客满意度达到九成，对全县发展具有重大意义");
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
        let e = ents("荔枝首次进入韩国超市销售");
        assert!(e.contains(&("韩国".into(), "LOC")), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t.ends_with("超市")), "{e:?}");
        let e = ents("该风电场是第三批国家特许权中标项目");
        assert!(!e.iter().any(|(_, ty)| *ty == "PROJ"), "{e:?}");
    }

    #[test]
    fn listed_schools_named_by_words_of_their_own() {
        let e = ents("改建岭村小学、坪溪小学和乡镇中学教学楼");
        assert!(e.contains(&("坪溪小学".into(), "ORG")), "{e:?}");
        // Common words make kinds of school, listed or not.
        let e = ents("改造农村小学、乡镇中学各一所");
        assert!(!e.iter().any(|(_, ty)| *ty == "ORG"), "{e:?}");
    }

    #[test]
    fn hong_kong_markets_keep_their_place() {
        // 香港仔 (dict.txt) is one locality, not 香港 and a stray char.
        let e = ents("香港仔街市的摊档出租率上升");
        assert!(e.contains(&("香港仔街市".into(), "LOC")), "{e:?}");
        assert!(!e.contains(&("香港".into(), "LOC")), "{e:?}");
        // A cooked-food market and a temporary market after their place.
        let e = ents("九龙城熟食市场和元朗临时街市将翻新");
        assert!(e.contains(&("九龙城熟食市场".into(), "LOC")), "{e:?}");
        assert!(e.contains(&("元朗临时街市".into(), "LOC")), "{e:?}");
        // Without a place they are kinds of market.
        let e = ents("公众街市及熟食市场的摊档");
        assert!(!e.iter().any(|(t, _)| t.ends_with("市场")), "{e:?}");
    }

    #[test]
    fn guilds_short_governments_and_line_extensions() {
        let e = ents("新北市律师公会发表声明");
        assert!(e.contains(&("新北市律师公会".into(), "ORG")), "{e:?}");
        assert!(!e.contains(&("新北市".into(), "LOC")), "{e:?}");
        let e = ents("会员退出公会后不再缴费");
        assert!(!e.iter().any(|(_, ty)| *ty == "ORG"), "{e:?}");
        let e = ents("港府与澳府签署协议，机管局将配合");
        for name in ["港府", "澳府", "机管局"] {
            assert!(e.contains(&(name.into(), "ORG")), "{e:?}");
        }
        let e = ents("荃湾西延线明年动工");
        assert!(e.contains(&("荃湾西延线".into(), "PROJ")), "{e:?}");
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
    }

    #[test]
    fn electronics_and_chip_makers_after_a_brand() {
        let e = ents("华鑫半导体与晶讯电子将在园区设厂");
        assert!(e.contains(&("华鑫半导体".into(), "ORG")), "{e:?}");
        assert!(e.contains(&("晶讯电子".into(), "ORG")), "{e:?}");
        // After a common word they name a sector.
        let e = ents("发展汽车电子和功率半导体产业");
        assert!(!e.iter().any(|(_, ty)| *ty == "ORG"), "{e:?}");
    }

    #[test]
    fn a_county_jieba_reads_as_a_verb_opens_a_project_or_body() {
        let e = ents("群众支持，保定光伏发电基地项目进展顺利");
        assert!(
            e.contains(&("保定光伏发电基地项目".into(), "PROJ")),
            "{e:?}"
        );
        // A short name that is a common verb names nothing (延长 county).
        let e = ents("延长工期项目增加了");
        assert!(!e.iter().any(|(_, ty)| *ty == "PROJ"), "{e:?}");
        // A locative ending in a suffix ends no name (地处).
        let e = ents("开封风电场项目地处郊外");
        assert!(!e.iter().any(|(_, ty)| *ty == "ORG"), "{e:?}");
    }

    #[test]
    fn places_abroad_and_hong_kong_localities() {
        let e = ents("来自荷兰、泰国和曼谷的游客，南韩及澳纽旅客");
        for name in ["荷兰", "泰国", "曼谷", "南韩", "澳纽"] {
            assert!(e.contains(&(name.into(), "LOC")), "{name} {e:?}");
        }
        let e = ents("旺角和土瓜湾的商铺租金上升");
        assert!(e.contains(&("旺角".into(), "LOC")), "{e:?}");
        assert!(e.contains(&("土瓜湾".into(), "LOC")), "{e:?}");
        // A common word (上水: water supply) is no locality.
        let e = ents("上水管道改造完成");
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
    }

    #[test]
    fn parties_and_hong_kong_bodies_without_suffix() {
        let e = ents("民进党议员表示，港铁公司盈利增加，工联会回应");
        for name in ["民进党", "港铁公司", "工联会"] {
            assert!(e.contains(&(name.into(), "ORG")), "{name} {e:?}");
        }
        let e = ents("屯马线和东涌线延线通车");
        assert!(e.contains(&("屯马线".into(), "PROJ")), "{e:?}");
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
    }

    #[test]
    fn a_grid_is_no_site_and_macau_bureaus_by_name() {
        let e = ents("青山县电网改造投入资金");
        assert!(!e.iter().any(|(_, ty)| *ty == "ORG"), "{e:?}");
        assert!(e.contains(&("青山县".into(), "LOC")), "{e:?}");
        let e = ents("学生可登入教育暨青年局网页，天文台发出预警");
        assert!(e.contains(&("教育暨青年局".into(), "ORG")), "{e:?}");
        assert!(e.contains(&("天文台".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn a_news_app_is_its_body() {
        let e = ents("据江西云客户端报道，新增企业");
        assert!(e.contains(&("江西云客户端".into(), "ORG")), "{e:?}");
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
        let e = ents("下载手机客户端的用户增加");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn platforms_and_asean_are_bodies() {
        let e = ents("商户入驻京东和拼多多，阿里云提供服务，对东盟出口增长");
        for name in ["京东", "拼多多", "阿里云", "东盟"] {
            assert!(e.contains(&(name.into(), "ORG")), "{name} {e:?}");
        }
        assert!(!e.iter().any(|(_, ty)| *ty == "LOC"), "{e:?}");
        // A longer company name keeps the listed one out (京东方: 东方 is a word).
        let e = ents("京东方投资建设新的生产线");
        assert!(!e.iter().any(|(t, _)| t == "京东"), "{e:?}");
    }

    #[test]
    fn a_corps_a_numbered_school_and_a_reservoir_keep_the_place_opening_them() {
        // The place alone was cut from the name it opens (某县一中, 新疆兵团, 某某水库).
        let e = ents("今年灵璧县一中、二中、三中共招收新生3000人");
        assert!(e.contains(&("灵璧县一中".into(), "ORG")), "{e:?}");
        assert!(!e.iter().any(|x| x.1 == "LOC"), "{e:?}");
        let e = ents("上半年新疆兵团工业增加值增长6%");
        assert!(e.contains(&("新疆兵团".into(), "ORG")), "{e:?}");
        let e = ents("目前岳城水库蓄水1.2亿立方米");
        assert!(e.contains(&("岳城水库".into(), "LOC")), "{e:?}");
        // A reservoir named by a common word is none.
        let e = ents("全县小型水库蓄水率达80%");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn kinds_of_thing_written_alone_are_no_names() {
        let e = ents("全面推行河湖长制，加油站、交易中心和加工厂分布在平原");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn a_preposition_or_verb_glued_before_a_name_is_no_part_of_it() {
        // jieba glues the preposition into the place's first word (以某庄/镇).
        let e = ents("全县以九庄镇为核心区发展肉鸡养殖，年出栏300万羽");
        assert!(e.contains(&("九庄镇".into(), "LOC")), "{e:?}");
        assert!(!e.iter().any(|x| x.0.starts_with('以')), "{e:?}");
        let e = ents("执法人员对柘溪库区开展检查，查处违规船只12艘");
        assert!(!e.iter().any(|x| x.0.starts_with('对')), "{e:?}");
        // A two-char word jieba took for a name (在丽/nr), and a joiner (及冀午/nr).
        let e = ents("负责人表示，在丽农批冷链物流园建成前，全市没有大型冷库");
        assert!(e.contains(&("丽农批冷链物流园".into(), "PROJ")), "{e:?}");
        let e = ents("项目包括冀新公园及冀午渠滨水公园建设工程");
        assert!(!e.iter().any(|x| x.0.starts_with('及')), "{e:?}");
        // A verb of advising before the body advised.
        let e = ents("县府建议水利署增加补助2亿元");
        assert!(!e.iter().any(|x| x.0.starts_with("建议")), "{e:?}");
    }

    #[test]
    fn a_division_opening_with_a_preposition_char_keeps_it() {
        // 从化区 and 和平县 are places whose first char is also a preposition or joiner.
        let e = ents("据从化区统计局数据，全区地区生产总值增长5%");
        assert!(e.contains(&("从化区统计局".into(), "ORG")), "{e:?}");
        let e = ents("和平县人民政府今年新建学校3所");
        assert!(e.iter().any(|x| x.0.starts_with("和平县")), "{e:?}");
    }

    #[test]
    fn a_negated_name_is_no_organisation() {
        let e = ents("非香港公司数目增加3%，达到1200家");
        assert!(!e.iter().any(|x| x.0.ends_with("公司")), "{e:?}");
        // Without the negation the same phrase names companies of the place.
        let e = ents("香港公司数目增加3%，达到1200家");
        assert!(e.contains(&("香港公司".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn a_shop_or_venue_named_by_its_place_is_whole() {
        let e = ents("忠县电竞馆去年接待游客5万人次");
        assert!(e.contains(&("忠县电竞馆".into(), "ORG")), "{e:?}");
        assert!(!e.contains(&("忠县".into(), "LOC")), "{e:?}");
        let e = ents("原州香破头小吃店月营业额达到12万元");
        assert!(e.contains(&("原州香破头小吃店".into(), "ORG")), "{e:?}");
        // The place alone stays a place.
        let e = ents("忠县去年接待游客5万人次");
        assert!(e.contains(&("忠县".into(), "LOC")), "{e:?}");
    }

    #[test]
    fn a_division_jieba_reads_as_a_noun_opens_its_zone() {
        let e = ents("全年铜仁高新区签约项目108个");
        assert!(e.contains(&("铜仁高新区".into(), "LOC")), "{e:?}");
        assert!(!e.contains(&("铜仁".into(), "LOC")), "{e:?}");
        // A kind jieba cuts in two words (经济/技术开发区) after a city's short name.
        let e = ents("原平经济技术开发区今年完成工业产值12亿元");
        assert!(e.contains(&("原平经济技术开发区".into(), "LOC")), "{e:?}");
        assert!(!e.contains(&("原平".into(), "LOC")), "{e:?}");
    }

    #[test]
    fn a_place_inside_a_person_named_before_is_his_name() {
        let text: Vec<char> = "会上陈福海表示将投入5亿元".chars().collect();
        let mut ents = vec![EntityMention {
            start: 3,
            end: 5,
            text: "福海".into(),
            ty: EntityType::Loc,
            byline: false,
            how: "gazetteer short name",
            division: None,
        }];
        within_named(&mut ents, &text, &[("陈福海".into(), EntityType::Per)]);
        assert_eq!(ents.len(), 1);
        assert_eq!(
            (ents[0].text.as_str(), ents[0].ty),
            ("陈福海", EntityType::Per)
        );
        // A two-char name remembered is too short to claim a place.
        let mut ents = vec![ents[0].clone()];
        ents[0].text = "福海".into();
        ents[0].ty = EntityType::Loc;
        ents[0].start = 3;
        within_named(&mut ents, &text, &[("福海".into(), EntityType::Per)]);
        assert_eq!(ents[0].ty, EntityType::Loc);
    }

    #[test]
    fn a_place_in_brackets_is_a_part_of_the_company_name_its_brand_opens() {
        // Half-width and full-width brackets alike, the brand jieba split into single
        // chars or read as an adjective.
        for s in [
            "上午，鑫玻(湖南)新材料有限公司投资3亿元建设厂房。",
            "上午，鑫玻（湖南）新材料有限公司投资3亿元建设厂房。",
        ] {
            let e = ents(s);
            assert!(
                e.iter().any(|(t, ty)| t.starts_with("鑫玻")
                    && t.ends_with("新材料有限公司")
                    && *ty == "ORG"),
                "{s}: {e:?}"
            );
            assert!(!e.iter().any(|(t, _)| t == "湖南"), "{e:?}");
        }
        let e = ents("立讯精密(昆山)有限公司新增投资5亿元");
        assert!(
            e.contains(&("立讯精密(昆山)有限公司".into(), "ORG")),
            "{e:?}"
        );
        // A division jieba tags otherwise inside the bracket (大连/d).
        let e = ents("项目由恒力(大连)石化有限公司投资建设");
        assert!(
            e.contains(&("恒力(大连)石化有限公司".into(), "ORG")),
            "{e:?}"
        );
        // A byline in brackets before a company is no part of it.
        let e = ents("（记者 张明）鑫玻(湖南)新材料有限公司投产");
        assert!(e.contains(&("张明".into(), "PER")), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t.contains("记者")), "{e:?}");
    }

    #[test]
    fn a_company_kind_word_after_its_brand_is_one_name_and_alone_none() {
        let e = ents("去年雨润控股集团投资10亿元建设基地");
        assert!(e.contains(&("雨润控股集团".into(), "ORG")), "{e:?}");
        for s in [
            "该控股集团投资10亿元建设基地",
            "国有控股集团投资10亿元建设基地",
        ] {
            let e = ents(s);
            assert!(!e.iter().any(|(_, ty)| *ty == "ORG"), "{s}: {e:?}");
        }
    }

    #[test]
    fn bodies_acting_together_are_two() {
        let e = ents("农业农村部会同财政部安排资金20亿元");
        assert!(e.contains(&("农业农村部".into(), "ORG")), "{e:?}");
        assert!(e.contains(&("财政部".into(), "ORG")), "{e:?}");
        // The county of that name stays one.
        let e = ents("会同县人民政府投入资金50万元");
        assert!(e.contains(&("会同县人民政府".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn homes_and_clinics_named_by_their_kind_alone_are_no_bodies() {
        let e = ents("县民政局为敬老院投入资金50万元，柳河镇敬老院新增床位20张");
        assert!(!e.iter().any(|(t, _)| t == "敬老院"), "{e:?}");
        assert!(e.contains(&("柳河镇敬老院".into(), "ORG")), "{e:?}");
        let e = ents("全县乡镇卫生院投入资金50万元，石岭乡卫生院新增床位10张");
        assert!(!e.iter().any(|(t, _)| t == "卫生院"), "{e:?}");
        assert!(e.contains(&("石岭乡卫生院".into(), "ORG")), "{e:?}");
    }

    #[test]
    fn a_compass_region_before_a_noun_names_no_place() {
        let e = ents("受西南气流影响，沿海乡镇降雨达300毫米");
        assert!(!e.iter().any(|x| x.0 == "西南"), "{e:?}");
        // Alone or before an area word it is the region.
        let e = ents("西南、华北的订单增长12%，西南地区增长8%，华中区域增长5%");
        assert!(e.contains(&("华北".into(), "LOC")), "{e:?}");
        assert!(e.contains(&("华中".into(), "LOC")), "{e:?}");
        assert!(
            e.iter().any(|x| x.0.starts_with("西南") && x.1 == "LOC"),
            "{e:?}"
        );
    }
}
