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
//!
//! Hosts often spell their division by its initials (`tjj.smx.gov.cn` → 三门峡市,
//! `fl.gov.cn` → 涪陵区, `qdndz.gov.cn` → 丹寨县 of 黔东南, `sd.dzwww.com` → 山东). The
//! labels of a host are looked up among the initials of every full and short name, and
//! of a county's short name after its prefecture's or province's. Initials are weak evidence (smx is
//! also 三门县, 嵩明县, 石门县): [`own_from_name`] takes such a division only where the
//! text decides among them (see [`Spelled::initials`]).

use pinyin::ToPinyinMulti;

use super::gazetteer::{Gazetteer, Level};
use crate::patterns::WordList;

/// At most this many divisions are kept from one name; a name spelling more decides
/// nothing anyway.
pub const MAX_SPELLED: usize = 4;

/// At most this many divisions are kept from a host label's initials: the text must
/// decide among them anyway.
pub const MAX_INITIALS: usize = 16;

/// Host labels shorter than this spell no initials (one letter spells too much).
const MIN_LABEL: usize = 2;

/// Host labels longer than this are words, not initials.
const MAX_LABEL: usize = 8;

/// Marks an initials key in the index, apart from the pinyin keys.
const INITIALS: char = '^';

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
    divisions: [u32; MAX_INITIALS],
    len: u8,
    initials: bool,
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

    /// Whether the divisions are spelled by a host label's initials only (weak: the
    /// text must decide among them, see [`own_from_name`]).
    pub fn initials(&self) -> bool {
        self.initials
    }

    fn from_list(list: &[usize], initials: bool) -> Spelled {
        let mut s = Spelled {
            initials,
            ..Spelled::default()
        };
        let max = if initials { MAX_INITIALS } else { MAX_SPELLED };
        if list.len() <= max {
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
    /// full name, or for an initials key whether it takes the common readings; whether a
    /// pinyin key takes the common readings), sorted by key.
    entries: Vec<(u32, u8, u32, bool, bool)>,
}

impl RomanIndex {
    /// Indexes the divisions of `gaz` down to the counties; `suffixes` are the
    /// `place.short_suffix` words.
    pub fn build(gaz: &Gazetteer, (suffixes, ethnic): (&WordList, &WordList)) -> RomanIndex {
        let mut all: Vec<(String, u32, bool, bool)> = Vec::new();
        for d in 0..gaz.len() {
            if gaz.level(d) > Level::County {
                continue;
            }
            let full = gaz.name(d);
            // Autonomous divisions by their name without their peoples (youyang).
            let short = super::gazetteer::short_form(full, suffixes, ethnic);
            // An autonomous division also by its alias, the short name with its kind
            // (楚雄州 of 楚雄彝族自治州: cxz.gov.cn; 双江县): as its own sites spell it.
            let aliases = super::gazetteer::aliases_of(full, suffixes, ethnic);
            let names = std::iter::once((full, true))
                .chain(short.map(|s| (s, false)))
                .chain(aliases.iter().map(|a| (a.as_str(), false)));
            for (name, whole) in names.clone() {
                let keys = readings(name);
                // The first reading of each char is its common one (湘潭 xiangtan, not
                // xiangyin as 潭's rare reading has it).
                let usual = keys.first().cloned();
                for key in keys {
                    if (MIN_KEY..=usize::from(u8::MAX)).contains(&key.len()) {
                        let is_usual = usual.as_ref() == Some(&key);
                        all.push((key, d as u32, whole, is_usual));
                    }
                }
            }
            // Initials of the full and short names, and of a county's names after its
            // prefecture's or province's short name (qdn + dz: 黔东南's 丹寨; hb + qj:
            // 湖北's 潜江).
            // Composite keys in the common readings only (a few per county, not dozens).
            let common = |name: &str| spellings(name, |p| p.first_letter().to_string(), 1);
            let heads: Vec<String> = (gaz.lineage(d).skip(1))
                .filter(|_| gaz.level(d) == Level::County)
                .filter_map(|p| super::gazetteer::short_form(gaz.name(p), suffixes, ethnic))
                .flat_map(common)
                .collect();
            for (name, _) in names {
                // The first reading of each char is its common one (枝江 zj, not qj):
                // keys of common readings only are marked.
                let usual = common(name);
                for key in initials(name) {
                    let is_usual = usual.contains(&key);
                    all.push((format!("{INITIALS}{key}"), d as u32, is_usual, true));
                }
                for (head, key) in heads.iter().flat_map(|h| usual.iter().map(move |k| (h, k))) {
                    if head.len() + key.len() <= MAX_LABEL {
                        all.push((format!("{INITIALS}{head}{key}"), d as u32, true, true));
                    }
                }
            }
        }
        all.sort_unstable();
        all.dedup();
        let mut index = RomanIndex::default();
        for (key, d, whole, usual) in all {
            let at = match index.entries.last() {
                Some(&(at, len, ..)) if index.key(at, len) == key => at,
                _ => {
                    index.text.push_str(&key);
                    (index.text.len() - key.len()) as u32
                }
            };
            index.entries.push((at, key.len() as u8, d, whole, usual));
        }
        index
    }

    fn key(&self, at: u32, len: u8) -> &str {
        &self.text[at as usize..at as usize + usize::from(len)]
    }

    /// The (division, full name) entries of the key `key`.
    fn get<'a>(&'a self, key: &'a str) -> impl Iterator<Item = (u32, bool)> + 'a {
        self.get_read(key).map(|(d, whole, _)| (d, whole))
    }

    /// The (division, full name, common readings) entries of the pinyin key `key`.
    fn get_read<'a>(&'a self, key: &'a str) -> impl Iterator<Item = (u32, bool, bool)> + 'a {
        let from = self
            .entries
            .partition_point(|&(at, len, ..)| self.key(at, len) < key);
        self.entries[from..]
            .iter()
            .take_while(move |&&(at, len, ..)| self.key(at, len) == key)
            .map(|&(_, _, d, whole, usual)| (d, whole, usual))
    }

    /// The divisions the words of a release's name ([`name_words`]) spell. A division
    /// one word spells above one another word spells is left out: the name names the lower
    /// (lincang.yunnan.cn: 临沧市, not 云南省); one word spelling a division and one below
    /// it (yueyang) is left to [`own_from_name`].
    pub fn spelled(&self, gaz: &Gazetteer, words: &[String]) -> Spelled {
        let mut by_word: Vec<Vec<usize>> = Vec::new();
        for word in words {
            let exact = self.get_read(word);
            let tails = (MIN_TAIL_KEY..word.len())
                .flat_map(|from| self.get_read(&word[word.len() - from..]))
                .filter(|&(_, whole, _)| whole);
            let read: Vec<(u32, bool, bool)> = exact.chain(tails).collect();
            // A word its divisions' common readings spell spells none by a rare reading.
            let any_usual = read.iter().any(|&(.., usual)| usual);
            let mut own: Vec<usize> = Vec::new();
            for (d, _, usual) in read {
                if (usual || !any_usual) && !own.contains(&(d as usize)) {
                    own.push(d as usize);
                }
            }
            by_word.push(own);
        }
        let below_other = |i: usize, d: usize| {
            (by_word.iter().enumerate())
                .any(|(j, o)| j != i && o.iter().any(|&e| gaz.is_below(e, d)))
        };
        let mut found: Vec<usize> = Vec::new();
        for (i, own) in by_word.iter().enumerate() {
            for &d in own {
                if !found.contains(&d) && !below_other(i, d) {
                    found.push(d);
                }
            }
        }
        Spelled::from_list(&found, false)
    }

    /// The divisions the labels of a release's host ([`host_labels`]) spell by their
    /// initials; marked weak ([`Spelled::initials`]).
    /// A label of [`MIN_KEY`] letters or more spelling one division alone is as sure as
    /// its pinyin (qdndz).
    pub fn spelled_initials(&self, labels: &[String]) -> Spelled {
        let mut found: Vec<usize> = Vec::new();
        for label in labels {
            let key = format!("{INITIALS}{label}");
            // Divisions spelled by their chars' common readings, if any.
            let usual = self.get(&key).any(|(_, usual)| usual);
            let of_label: Vec<usize> = (self.get(&key))
                .filter(|&(_, u)| u || !usual)
                .map(|(d, _)| d as usize)
                .collect();
            if let [d] = of_label[..] {
                if label.len() >= MIN_KEY {
                    return Spelled::from_list(&[d], false);
                }
            }
            for d in of_label {
                if !found.contains(&d) {
                    found.push(d);
                }
            }
        }
        Spelled::from_list(&found, true)
    }
}

/// The labels of the host in the release name `name` that may be a division's
/// initials: a URL's host, else the dotted run ending a file name's stem
/// (`x01_tjj.smx.gov.cn.txt` → tjj.smx.gov.cn, `sd.dzwww.com.html` → sd.dzwww.com); its
/// labels of [`MIN_LABEL`] to [`MAX_LABEL`] ASCII letters, lower-cased, not in `stop`
/// (domains, www, departments: `place.host_stop`) → smx; sd, dzwww; never the last label,
/// the top-level domain (mirrormedia.mg). None without a dot.
pub fn host_labels(name: &str, stop: &WordList) -> Vec<String> {
    let host = release_host(name);
    let host = host.as_str();
    let mut labels: Vec<String> = Vec::new();
    if !host.contains('.') {
        return labels;
    }
    // The last label is the top-level domain (mirrormedia.mg: Madagascar's), no name.
    let named = host.rsplit_once('.').map_or(host, |(rest, _)| rest);
    for label in named.split(['.', '-']) {
        let fits = (MIN_LABEL..=MAX_LABEL).contains(&label.len())
            && label.bytes().all(|b| b.is_ascii_lowercase());
        if fits && !stop.iter().any(|s| s == label) && !labels.iter().any(|l| l == label) {
            labels.push(label.to_string());
        }
    }
    labels
}

/// The host in the release name `name`, lower-cased: a URL's host, else the dotted run
/// ending a file name's stem (`x01_tjj.smx.gov.cn.txt` → tjj.smx.gov.cn); empty when
/// the name holds none.
pub fn release_host(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let host = match lower.split_once("://") {
        Some((_, rest)) => rest.split(['/', '?', '#', ':']).next().unwrap_or(""),
        None => stem(&lower)
            .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
            .next()
            .unwrap_or(""),
    };
    host.to_string()
}

/// The last path part of `name` without its extension (a dot and one to five letters
/// or digits).
fn stem(name: &str) -> &str {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    match file.rsplit_once('.') {
        Some((stem, ext)) if ext.len() <= 5 && ext.chars().all(|c| c.is_ascii_alphanumeric()) => {
            stem
        }
        _ => file,
    }
}

/// The initials of `name`'s readings (zh for 涪陵 is f: `first_letter`), as
/// [`readings`].
fn initials(name: &str) -> Vec<String> {
    spellings(name, |p| p.first_letter().to_string(), MAX_READINGS)
}

/// The toneless pinyin spellings of `name` (every reading of each char, at most
/// [`MAX_READINGS`] in all; none when a char has no reading).
fn readings(name: &str) -> Vec<String> {
    spellings(
        name,
        |p| {
            p.plain()
                .chars()
                .map(|c| if c == 'ü' { 'v' } else { c })
                .collect()
        },
        MAX_READINGS,
    )
}

/// `name` spelled with `each` char's reading, every reading of each char (the common one
/// first), at most `max` in all; none when a char has no reading.
fn spellings(name: &str, each: impl Fn(pinyin::Pinyin) -> String, max: usize) -> Vec<String> {
    let mut out = vec![String::new()];
    for multi in name.to_pinyin_multi() {
        let Some(multi) = multi else {
            return Vec::new();
        };
        let mut next = Vec::new();
        for prefix in &out {
            for p in multi {
                let s = format!("{prefix}{}", each(p));
                if !next.contains(&s) {
                    next.push(s);
                }
            }
        }
        next.truncate(max);
        out = next;
    }
    out
}

/// The words of letters of the release name `name` (a file name, a path, a URL, an id)
/// that may spell a division: of its last path part without the extension, lower-cased,
/// of [`MIN_KEY`] letters or more, not in `stop`. Most names have none, and then the
/// index is never built.
pub fn name_words(name: &str, stop: &WordList) -> Vec<String> {
    stem(name)
        .split(|c: char| !c.is_ascii_alphabetic())
        .map(str::to_ascii_lowercase)
        .filter(|w| w.len() >= MIN_KEY && !stop.iter().any(|s| s == w))
        .collect()
}

/// The heads of the name words `words` that end with a word of `tails` (a news site's
/// name after its county: xijinews → xiji; `place.name_tail`), of [`MIN_KEY`] letters
/// or more and no word already.
pub fn tail_heads(words: &[String], tails: &WordList) -> Vec<String> {
    (words.iter())
        .filter_map(|w| {
            let t = tails.iter().find(|t| w.ends_with(*t))?;
            let head = &w[..w.len() - t.len()];
            (head.len() >= MIN_KEY && !words.iter().any(|x| x == head)).then(|| head.to_string())
        })
        .collect()
}

/// The release's own place from what its name spells: with no own place, the one
/// spelled division the context decides ([`Gazetteer::resolve`]); with one, the one
/// spelled division below it (a county paper whose text names only its city).
/// Of a division and one below it spelled alike, the higher is meant (yueyang.gov.cn:
/// 岳阳市, not 岳阳县). Divisions spelled by initials only ([`Spelled::initials`]) need the text's word: the
/// one whose lineage the `context` holds, else the one whose name ends with a kind of
/// division the text speaks of as its own (`kinds`: 市 of 全市), never the lone one.
pub fn own_from_name(
    gaz: &Gazetteer,
    spelled: Spelled,
    own: Option<usize>,
    (context, kinds): (&[usize], &[&str]),
) -> Option<usize> {
    let mut list: Vec<usize> = spelled.divisions().collect();
    // A spelling of a division and of one below it (yueyang: 岳阳市 and its 岳阳县) is
    // the higher one's site: the lower writes its kind (yyx, yueyangxian).
    let nested = list.clone();
    list.retain(|&d| !nested.iter().any(|&e| gaz.is_below(d, e)));
    let divisions = || list.iter().copied();
    match own {
        None if spelled.initials() => {
            let placed: Vec<usize> = divisions()
                .filter(|&d| gaz.lineage(d).any(|a| context.contains(&a)))
                .collect();
            if !placed.is_empty() {
                return gaz.resolve(&placed, context);
            }
            only(divisions().filter(|&d| kinds.iter().any(|k| gaz.name(d).ends_with(k))))
        }
        None => gaz.resolve(&list, context),
        Some(o) => only(divisions().filter(|&d| gaz.is_below(d, o))),
    }
}

/// The one item of `it`, if it has exactly one.
fn only(mut it: impl Iterator<Item = usize>) -> Option<usize> {
    match (it.next(), it.next()) {
        (Some(d), None) => Some(d),
        _ => None,
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
    fn a_rare_reading_spells_nothing_the_common_readings_spell() {
        let (pats, idx) = index();
        let stop = pats.cues.at(crate::cue!("place.name_stop"));
        let spelled = |name: &str| {
            names(
                &pats,
                idx.spelled(pats.gazetteer(), &name_words(name, stop)),
            )
        };
        // 潭 has a rare reading yin: xiangyin is 湘阴 alone, not 湘潭 too.
        assert_eq!(spelled("www.xiangyin.gov.cn"), ["湘阴县"]);
        assert_eq!(spelled("www.xiangtan.gov.cn"), ["湘潭市", "湘潭县"]);
        // A name only a rare reading spells is still spelled (六安 lu'an: 六 liu first).
        assert_eq!(spelled("www.luan.gov.cn"), ["六安市"]);
    }

    #[test]
    fn a_host_or_file_name_spells_its_division() {
        let (pats, idx) = index();
        let stop = pats.cues.at(crate::cue!("place.name_stop"));
        assert_eq!(
            names(
                &pats,
                idx.spelled(pats.gazetteer(), &name_words("zuoquan_2026q1.txt", stop))
            ),
            ["左权县"]
        );
        assert_eq!(
            names(
                &pats,
                idx.spelled(
                    pats.gazetteer(),
                    &name_words("x/www.taojiang.gov.cn.html", stop)
                )
            ),
            ["桃江县"]
        );
        // A paper's name ending with its county and its kind.
        assert_eq!(
            names(
                &pats,
                idx.spelled(pats.gazetteer(), &name_words("dailyfangxian.com", stop))
            ),
            ["房县"]
        );
        // An autonomous county by its name without its peoples.
        assert_eq!(
            names(
                &pats,
                idx.spelled(pats.gazetteer(), &name_words("www.xiushan.gov.cn", stop))
            ),
            ["秀山土家族苗族自治县"]
        );
        // Two divisions of one spelling: both, for the context to decide.
        assert!(
            idx.spelled(pats.gazetteer(), &name_words("wuxi.html", stop))
                .divisions()
                .count()
                >= 2
        );
    }

    #[test]
    fn a_city_host_under_its_province_host_spells_the_city() {
        let (pats, idx) = index();
        let stop = pats.cues.at(crate::cue!("place.name_stop"));
        let gaz = pats.gazetteer();
        // A city's subdomain of a province's site names the city, not the province.
        let got = names(
            &pats,
            idx.spelled(gaz, &name_words("x_lincang.yunnan.cn.txt", stop)),
        );
        assert_eq!(got, ["临沧市"]);
        // Labels of two unrelated divisions keep both.
        let got = idx.spelled(gaz, &name_words("x_lincang.hunan.cn.txt", stop));
        assert_eq!(got.divisions().count(), 2);
    }

    #[test]
    fn a_news_site_named_after_its_county_spells_it() {
        let (pats, idx) = index();
        let stop = pats.cues.at(crate::cue!("place.name_stop"));
        let tails = pats.cues.at(crate::cue!("place.name_tail"));
        let words = name_words("a07_xijinews.net.txt", stop);
        assert!(idx.spelled(pats.gazetteer(), &words).is_empty());
        let heads = tail_heads(&words, tails);
        assert_eq!(
            names(&pats, idx.spelled(pats.gazetteer(), &heads)),
            ["西吉县"]
        );
        // A word that is only the tail leaves no head.
        assert!(tail_heads(&name_words("news.example.cn", stop), tails).is_empty());
    }

    #[test]
    fn common_words_and_short_syllables_spell_nothing() {
        let (pats, idx) = index();
        let stop = pats.cues.at(crate::cue!("place.name_stop"));
        assert!(idx
            .spelled(pats.gazetteer(), &name_words("news_2024_report.txt", stop))
            .is_empty());
        assert!(idx
            .spelled(pats.gazetteer(), &name_words("www.xinhua.org.txt", stop))
            .is_empty());
        assert!(idx
            .spelled(
                pats.gazetteer(),
                &name_words("gongan.example.gov.cn.txt", stop)
            )
            .is_empty());
        assert!(idx
            .spelled(pats.gazetteer(), &name_words("a01_gov.cn.txt", stop))
            .is_empty());
    }

    #[test]
    fn every_stop_word_would_spell_a_division() {
        let (pats, idx) = index();
        let none = WordList::default();
        let dead: Vec<&str> = (pats.cues.at(crate::cue!("place.name_stop")).iter())
            .filter(|w| {
                idx.spelled(pats.gazetteer(), &name_words(w, &none))
                    .is_empty()
            })
            .collect();
        assert!(dead.is_empty(), "stop words spelling no division: {dead:?}");
    }

    #[test]
    fn a_short_name_shared_with_a_county_below_spells_the_city() {
        let (pats, idx) = index();
        let gaz = pats.gazetteer();
        let stop = pats.cues.at(crate::cue!("place.name_stop"));
        let city = gaz.lookup("岳阳市").unwrap().full[0];
        let s = idx.spelled(
            pats.gazetteer(),
            &name_words("amr.yueyang.gov.cn.txt", stop),
        );
        assert!(s.divisions().count() >= 2);
        assert_eq!(own_from_name(gaz, s, None, (&[], &[])), Some(city));
        // The city's own page keeps the city: the county below is no refinement.
        assert_eq!(own_from_name(gaz, s, Some(city), (&[], &[])), None);
    }

    #[test]
    fn a_spelled_division_below_the_found_one_refines_it() {
        let (pats, idx) = index();
        let gaz = pats.gazetteer();
        let stop = pats.cues.at(crate::cue!("place.name_stop"));
        let city = gaz.lookup("十堰市").unwrap().full[0];
        let county = gaz.lookup("房县").unwrap().full[0];
        let s = idx.spelled(pats.gazetteer(), &name_words("fangxian.txt", stop));
        assert_eq!(own_from_name(gaz, s, Some(city), (&[], &[])), Some(county));
        // A division elsewhere does not replace the one the text names.
        let other = gaz.lookup("桃江县").unwrap().full[0];
        assert_eq!(own_from_name(gaz, s, Some(other), (&[], &[])), None);
        assert_eq!(own_from_name(gaz, s, None, (&[], &[])), Some(county));
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
    #[test]
    fn a_government_host_spells_its_division_by_initials() {
        let (pats, idx) = index();
        let (gaz, stop) = (
            pats.gazetteer(),
            pats.cues.at(crate::cue!("place.host_stop")),
        );
        let one = |name: &str| gaz.lookup(name).unwrap().full[0];
        assert_eq!(host_labels("x01_tjj.smx.gov.cn.txt", stop), ["smx"]);
        assert_eq!(host_labels("http://www.fl.gov.cn/a/b.html", stop), ["fl"]);
        assert_eq!(host_labels("a/x08_sd.dzwww.com.txt", stop), ["sd", "dzwww"]);
        assert!(host_labels("smx_report.txt", stop).is_empty());
        // The top-level domain is no name (Madagascar's .mg is no 马公).
        assert_eq!(host_labels("c01_news.abc.mg.txt", stop), ["abc"]);
        // Initials spell several divisions: weak, for the text to decide.
        let smx = idx.spelled_initials(&host_labels("tjj.smx.gov.cn", stop));
        assert!(smx.initials());
        assert!(smx.divisions().any(|d| d == one("三门峡市")));
        assert!(smx.divisions().count() >= 2);
        assert_eq!(own_from_name(gaz, smx, None, (&[], &[])), None);
        // 全市: the one of them that is a 市.
        assert_eq!(
            own_from_name(gaz, smx, None, (&[], &["市"])),
            Some(one("三门峡市"))
        );
        // The province the text names decides (fl: 涪陵 of 重庆, not 浮梁 of 江西).
        let fl = idx.spelled_initials(&host_labels("fl.gov.cn", stop));
        let chongqing = one("重庆市");
        assert_eq!(
            own_from_name(gaz, fl, None, (&[chongqing], &[])),
            Some(one("涪陵区"))
        );
        assert_eq!(
            own_from_name(gaz, fl, Some(chongqing), (&[], &[])),
            Some(one("涪陵区"))
        );
        // A county after its province's initials (湖北's 潜江, a city under the province).
        let hbqj = idx.spelled_initials(&host_labels("www.hbqj.gov.cn", stop));
        assert_eq!(
            own_from_name(gaz, hbqj, None, (&[], &[])),
            Some(one("潜江市"))
        );
        // A county after its prefecture's initials, alone: as sure as its pinyin.
        let qdndz = idx.spelled_initials(&host_labels("www.qdndz.gov.cn", stop));
        assert!(!qdndz.initials());
        assert_eq!(names(&pats, qdndz), ["丹寨县"]);
    }

    /// The own place of `text` read as the release named `name`.
    fn own_place(name: &str, text: &str) -> String {
        static EX: std::sync::OnceLock<crate::extract::Extractor> = std::sync::OnceLock::new();
        let ex = EX
            .get_or_init(|| crate::extract::Extractor::new(Patterns::builtin().unwrap()).unwrap());
        let opts = crate::extract::Options {
            spelled: ex.spelled(name),
            ..Default::default()
        };
        ex.extract(text, opts).place.0
    }

    #[test]
    fn an_autonomous_division_host_spells_its_short_name_with_its_kind() {
        // cxz: 楚雄州, the alias of 楚雄彝族自治州, whose bureau writes 我州.
        let text = "我州今年新植核桃林3.5万亩，全州林业产值增长6%。";
        assert_eq!(own_place("b04_nyj.cxz.gov.cn.txt", text), "楚雄彝族自治州");
        // Four letters spelling one division alone decide: qdnz, 黔东南州.
        let text = "今年新建茶园2万亩，茶叶产值增长9%。";
        assert_eq!(
            own_place("b05_www.qdnz.gov.cn.txt", text),
            "黔东南苗族侗族自治州"
        );
    }

    #[test]
    fn a_statistics_page_of_a_city_host_takes_the_city() {
        let text = "一季度，全市规模以上工业增加值同比增长6.1%，固定资产投资增长4.3%。";
        assert_eq!(own_place("a03_tjj.smx.gov.cn.txt", text), "三门峡市");
        // The same initials on a page speaking of 全县 decide nothing.
        let county = text.replace("全市", "全县");
        assert_eq!(own_place("a03_tjj.smx.gov.cn.txt", &county), "");
    }

    #[test]
    fn a_provincial_portal_speaking_of_its_province_takes_it() {
        let text = "我省今年评出农产品寄递示范项目52个，带动销售额540亿元，栖霞苹果等产品入选。";
        assert_eq!(own_place("b02_sd.dzwww.com.txt", text), "山东省");
        // Without the host's word the province stays unknown.
        assert_eq!(own_place("b02_news.txt", text), "");
    }

    #[test]
    fn a_district_site_speaking_of_its_city_takes_the_city() {
        // tjbh: 天津's 滨海新区, whose statistics bureau reports on 我市.
        let name = "c05_tjj.tjbh.gov.cn.txt";
        assert_eq!(
            own_place(name, "1-3月，我市规模以上服务业企业营业收入同比增长4.2%，增速比上年同期回落1.1个百分点。"),
            "天津市"
        );
        assert_eq!(
            own_place(name, "1-3月，全区规模以上服务业企业营业收入同比增长4.2%。"),
            "滨海新区"
        );
    }
}
