//! The divisions a release's name spells in pinyin: a government site's host names its
//! county (`anhua.gov.cn` → 安化县), a county paper's its county with its kind
//! (`jinrifangxian.com` → 房县), and so do file names (`zuoquan_2026q1.txt` → 左权县).
//! [`place::DocPlaces::new`](super::place::DocPlaces::new) takes such a division as the
//! release's own place when the text names none, or when the text names only a
//! division above it.
//!
//! The index maps the toneless pinyin of every province, prefecture and county (its
//! full name, and its short name of two chars or more: `place.short_suffix`) to the
//! divisions; every reading of a char with several counts (六安 lu'an and liu'an). A
//! name's word (a run of ASCII letters, lower-cased) spells a division when it is one
//! of its keys, or ends with the key of a full name of five letters or more
//! (`jinrifangxian`); words in `place.name_stop` (gongan, dongtai: departments and
//! sections, not places) spell none, and a word spelling more than [`MAX_SPELLED`]
//! divisions (xinhua) none either.

use pinyin::ToPinyinMulti;

use super::gazetteer::{Gazetteer, Level};
use crate::patterns::WordList;

/// At most this many divisions are kept from one name; a name spelling more decides
/// nothing anyway.
pub const MAX_SPELLED: usize = 4;

/// Readings of one name past this many are not indexed (a name of many chars with
/// several readings each).
const MAX_READINGS: usize = 8;

/// Shortest key a word is matched against (four letters: wuxi; two-letter syllables
/// alone would match too much).
const MIN_KEY: usize = 4;

/// Shortest full name's key a word may end with (fangxian in jinrifangxian).
const MIN_TAIL_KEY: usize = 7;

/// Divisions a release's name spells (indexes into the gazetteer), at most
/// [`MAX_SPELLED`]; none when the name spells nothing or too much.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Spelled {
    divisions: [u32; MAX_SPELLED],
    len: u8,
}

impl Spelled {
    /// The divisions, in gazetteer order.
    pub fn divisions(&self) -> impl Iterator<Item = usize> + '_ {
        self.divisions[..usize::from(self.len)]
            .iter()
            .map(|&d| d as usize)
    }

    /// Whether the name spells no division.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn from_list(list: &[usize]) -> Spelled {
        let mut s = Spelled::default();
        if list.len() <= MAX_SPELLED {
            for (i, &d) in list.iter().enumerate() {
                s.divisions[i] = d as u32;
            }
            s.len = list.len() as u8;
        }
        s
    }
}

/// The pinyin keys of the divisions down to the counties, packed: every key once in one
/// string, and one sorted entry per (key, division) (about 0.3 MB where a map of owned
/// strings took 3 MB).
#[derive(Debug, Default)]
pub struct RomanIndex {
    /// The keys, one after the other.
    text: String,
    /// (key's byte offset in `text`, key length, division, whether the key spells the
    /// full name), sorted by key.
    entries: Vec<(u32, u8, u32, bool)>,
}

impl RomanIndex {
    /// Indexes the divisions of `gaz` down to the counties; `suffixes` are the
    /// `place.short_suffix` words.
    pub fn build(gaz: &Gazetteer, (suffixes, ethnic): (&WordList, &WordList)) -> RomanIndex {
        let mut all: Vec<(String, u32, bool)> = Vec::new();
        for d in 0..gaz.len() {
            if gaz.level(d) > Level::County {
                continue;
            }
            let full = gaz.name(d);
            // Autonomous divisions by their name without their peoples (youyang).
            let short = super::gazetteer::short_form(full, suffixes, ethnic);
            let names = std::iter::once((full, true)).chain(short.map(|s| (s, false)));
            for (name, whole) in names {
                for key in readings(name) {
                    if (MIN_KEY..=usize::from(u8::MAX)).contains(&key.len()) {
                        all.push((key, d as u32, whole));
                    }
                }
            }
        }
        all.sort_unstable();
        all.dedup();
        let mut index = RomanIndex::default();
        for (key, d, whole) in all {
            let at = match index.entries.last() {
                Some(&(at, len, _, _)) if index.key(at, len) == key => at,
                _ => {
                    index.text.push_str(&key);
                    (index.text.len() - key.len()) as u32
                }
            };
            index.entries.push((at, key.len() as u8, d, whole));
        }
        index
    }

    fn key(&self, at: u32, len: u8) -> &str {
        &self.text[at as usize..at as usize + usize::from(len)]
    }

    /// The (division, full name) entries of the key `key`.
    fn get<'a>(&'a self, key: &'a str) -> impl Iterator<Item = (u32, bool)> + 'a {
        let from = self
            .entries
            .partition_point(|&(at, len, _, _)| self.key(at, len) < key);
        self.entries[from..]
            .iter()
            .take_while(move |&&(at, len, _, _)| self.key(at, len) == key)
            .map(|&(_, _, d, whole)| (d, whole))
    }

    /// The divisions the words of a release's name ([`name_words`]) spell.
    pub fn spelled(&self, words: &[String]) -> Spelled {
        let mut found: Vec<usize> = Vec::new();
        for word in words {
            let exact = self.get(word);
            let tails = (MIN_TAIL_KEY..word.len())
                .flat_map(|from| self.get(&word[word.len() - from..]))
                .filter(|&(_, whole)| whole);
            for (d, _) in exact.chain(tails) {
                if !found.contains(&(d as usize)) {
                    found.push(d as usize);
                }
            }
        }
        Spelled::from_list(&found)
    }
}

/// The words of letters of the release name `name` (a file name, a path, a URL, an id)
/// that may spell a division: of its last path part without the extension, lower-cased,
/// of [`MIN_KEY`] letters or more, not in `stop`. Most names have none, and then the
/// index is never built.
pub fn name_words(name: &str, stop: &WordList) -> Vec<String> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = match file.rsplit_once('.') {
        Some((stem, ext)) if ext.len() <= 5 && ext.chars().all(|c| c.is_ascii_alphanumeric()) => {
            stem
        }
        _ => file,
    };
    stem.split(|c: char| !c.is_ascii_alphabetic())
        .map(str::to_ascii_lowercase)
        .filter(|w| w.len() >= MIN_KEY && !stop.iter().any(|s| s == w))
        .collect()
}

/// The toneless pinyin spellings of `name` (every reading of each char, at most
/// [`MAX_READINGS`] in all; none when a char has no reading).
fn readings(name: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for multi in name.to_pinyin_multi() {
        let Some(multi) = multi else {
            return Vec::new();
        };
        let mut next = Vec::new();
        for prefix in &out {
            for p in multi {
                let mut s = prefix.clone();
                s.extend(p.plain().chars().map(|c| if c == 'ü' { 'v' } else { c }));
                if !next.contains(&s) {
                    next.push(s);
                }
            }
        }
        if next.len() > MAX_READINGS {
            next.truncate(MAX_READINGS);
        }
        out = next;
    }
    out
}

/// The release's own place from what its name spells: with no own place, the one
/// spelled division the context decides ([`Gazetteer::resolve`]); with one, the one
/// spelled division below it (a county paper whose text names only its city).
pub fn own_from_name(
    gaz: &Gazetteer,
    spelled: Spelled,
    own: Option<usize>,
    context: &[usize],
) -> Option<usize> {
    let list: Vec<usize> = spelled.divisions().collect();
    match own {
        None => gaz.resolve(&list, context),
        Some(o) => {
            let mut below = list.iter().copied().filter(|&d| gaz.is_below(d, o));
            match (below.next(), below.next()) {
                (Some(d), None) => Some(d),
                _ => None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::Patterns;

    fn index() -> (Patterns, RomanIndex) {
        let pats = Patterns::builtin().unwrap();
        let cues = &pats.cues;
        let idx = RomanIndex::build(
            pats.gazetteer(),
            (
                cues.at(crate::cue!("place.short_suffix")),
                cues.at(crate::cue!("place.ethnic")),
            ),
        );
        (pats, idx)
    }

    fn names(pats: &Patterns, s: Spelled) -> Vec<String> {
        s.divisions()
            .map(|d| pats.gazetteer().name(d).to_string())
            .collect()
    }

    #[test]
    fn a_host_or_file_name_spells_its_division() {
        let (pats, idx) = index();
        let stop = pats.cues.at(crate::cue!("place.name_stop"));
        assert_eq!(
            names(&pats, idx.spelled(&name_words("zuoquan_2026q1.txt", stop))),
            ["左权县"]
        );
        assert_eq!(
            names(
                &pats,
                idx.spelled(&name_words("x/www.taojiang.gov.cn.html", stop))
            ),
            ["桃江县"]
        );
        // A paper's name ending with its county and its kind.
        assert_eq!(
            names(&pats, idx.spelled(&name_words("dailyfangxian.com", stop))),
            ["房县"]
        );
        // An autonomous county by its name without its peoples.
        assert_eq!(
            names(&pats, idx.spelled(&name_words("www.xiushan.gov.cn", stop))),
            ["秀山土家族苗族自治县"]
        );
        // Two divisions of one spelling: both, for the context to decide.
        assert!(
            idx.spelled(&name_words("wuxi.html", stop))
                .divisions()
                .count()
                >= 2
        );
    }

    #[test]
    fn common_words_and_short_syllables_spell_nothing() {
        let (pats, idx) = index();
        let stop = pats.cues.at(crate::cue!("place.name_stop"));
        assert!(idx
            .spelled(&name_words("news_2024_report.txt", stop))
            .is_empty());
        assert!(idx
            .spelled(&name_words("www.xinhua.org.txt", stop))
            .is_empty());
        assert!(idx
            .spelled(&name_words("gongan.example.gov.cn.txt", stop))
            .is_empty());
        assert!(idx.spelled(&name_words("a01_gov.cn.txt", stop)).is_empty());
    }

    #[test]
    fn every_stop_word_would_spell_a_division() {
        let (pats, idx) = index();
        let none = WordList::default();
        let dead: Vec<&str> = (pats.cues.at(crate::cue!("place.name_stop")).iter())
            .filter(|w| idx.spelled(&name_words(w, &none)).is_empty())
            .collect();
        assert!(dead.is_empty(), "stop words spelling no division: {dead:?}");
    }

    #[test]
    fn a_spelled_division_below_the_found_one_refines_it() {
        let (pats, idx) = index();
        let gaz = pats.gazetteer();
        let stop = pats.cues.at(crate::cue!("place.name_stop"));
        let city = gaz.lookup("十堰市").unwrap().full[0];
        let county = gaz.lookup("房县").unwrap().full[0];
        let s = idx.spelled(&name_words("fangxian.txt", stop));
        assert_eq!(own_from_name(gaz, s, Some(city), &[]), Some(county));
        // A division elsewhere does not replace the one the text names.
        let other = gaz.lookup("桃江县").unwrap().full[0];
        assert_eq!(own_from_name(gaz, s, Some(other), &[]), None);
        assert_eq!(own_from_name(gaz, s, None, &[]), Some(county));
    }

    #[test]
    fn a_release_naming_no_place_takes_the_one_its_name_spells() {
        let ex = crate::extract::Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let text = "今年以来，全县新建冷库12座，新增库容3.5万吨。";
        let with = |name: &str| {
            let opts = crate::extract::Options {
                spelled: ex.spelled(name),
                ..Default::default()
            };
            let x = ex.extract(text, opts);
            (x.place.0, x.facts[0].place.clone())
        };
        assert_eq!(
            with("taojiang_2024.txt"),
            ("桃江县".into(), "桃江县".into())
        );
        // A name spelling nothing leaves the place unknown, as before.
        assert_eq!(with("report_2024.txt"), (String::new(), String::new()));
        // A place the text names wins over one elsewhere that the name spells.
        let named = "湖南省安化县：今年以来，全县新建冷库12座。";
        let opts = crate::extract::Options {
            spelled: ex.spelled("zuoquan.txt"),
            ..Default::default()
        };
        assert_eq!(ex.extract(named, opts).place.0, "安化县");
    }
}
