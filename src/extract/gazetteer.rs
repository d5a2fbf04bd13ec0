//! The gazetteer of administrative divisions (patterns/divisions.tsv, from the npm
//! package china-division): provinces, prefectures, counties and townships of the
//! mainland, and the divisions of Taiwan, Hong Kong and Macau, each with its code and
//! the division above it. Takes the TSV (`code name level parent`) and the cue lists
//! `place.short_suffix`, `place.ethnic`; returns a [`Gazetteer`] that finds every name
//! (full names, their short forms 左权 for 左权县, aliases 阿坝州 for 阿坝藏族羌族自治州)
//! in a text by hash lookups (see [`Gazetteer::hits`]). Rejects unknown levels, duplicate codes
//! and parents that are not listed.

use std::collections::HashMap;
use std::hash::BuildHasher;
use std::io::BufRead;

use hashbrown::HashTable;

use super::entity::FnvBuild;
use crate::error::{Error, Result};
use crate::patterns::{Cues, WordList};

/// How deep a division sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// 省, 自治区, 直辖市, 特别行政区.
    Province = 1,
    /// 地级市, 自治州, 地区, 盟.
    Prefecture = 2,
    /// 县, 县级市, 市辖区, 旗.
    County = 3,
    /// 镇, 乡, 街道, 苏木.
    Township = 4,
}

impl Level {
    fn parse(s: &str) -> Option<Level> {
        Some(match s {
            "province" => Level::Province,
            "prefecture" => Level::Prefecture,
            "county" => Level::County,
            "township" => Level::Township,
            _ => return None,
        })
    }
}

/// One division, packed: its key and name are spans of [`Gazetteer::text`].
#[derive(Debug, Clone, Copy)]
struct Division {
    /// Byte offset of the name in the text; the key follows the name.
    at: u32,
    name_len: u16,
    key_len: u8,
    /// Whether the key is an official code (all digits) printed as the code.
    official: bool,
    level: Level,
    /// The division above it, [`NONE`] for none.
    parent: u32,
}

/// No division (a province's parent).
const NONE: u32 = u32::MAX;

/// The divisions one name stands for, in file order.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    /// Divisions with this full name (or alias: 阿坝州).
    pub full: &'a [usize],
    /// Divisions with this short name (左权 for 左权县).
    pub short: &'a [usize],
}

impl<'a> Entry<'a> {
    /// Every division the name stands for: its full names' first, then its short names'.
    pub fn divisions(self) -> impl Iterator<Item = usize> + 'a {
        self.full.iter().chain(self.short).copied()
    }
}

/// One name: its span of [`Gazetteer::text`] and its divisions, a run of
/// [`Gazetteer::lists`] (`full` of them full names, then `short` short names).
#[derive(Debug, Clone, Copy)]
struct Name {
    at: u32,
    len: u16,
    list: u32,
    full: u32,
    short: u32,
}

/// A name found in a text: byte span and its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// First byte.
    pub start: usize,
    /// Byte after.
    pub end: usize,
    /// Index into the entries ([`Gazetteer::entry`]).
    pub entry: usize,
}

/// The compiled gazetteer: ~42,000 divisions in a few flat arrays (no string per row;
/// 2 MB where one `String` per code, name and short name cost ~20 MB).
#[derive(Debug)]
pub struct Gazetteer {
    /// Every name and key, one after the other: a division's name then its key, and
    /// the aliases (阿坝州) that are no division's name. Short names are prefixes of
    /// their full names (左权 of 左权县) and take no room.
    text: String,
    /// Every division, in file order.
    divisions: Vec<Division>,
    /// Every name (full, alias or short), in order of first sight; its index is the
    /// entry of [`Hit::entry`].
    names: Vec<Name>,
    /// The divisions of the names, one run per name.
    lists: Vec<usize>,
    /// The names by their text (indexes into `names`).
    by_name: HashTable<u32>,
    /// The first two chars of every name ([`pair`]) → the lengths in chars of the
    /// names starting with them (bit n-1 for n chars): most positions of a text start no
    /// name, and one lookup tells; the others look up only lengths some name has.
    starts: HashMap<u64, u64, FnvBuild>,
    /// A filter of the keys of `starts`: the bit [`pair_bit`] of each is set. Most
    /// pairs of a text start no name, and one bit test spares them the hash lookup
    /// (a set bit may be another pair's: then the lookup tells).
    pair_bits: Box<[u64]>,
}

/// Bits of [`Gazetteer::pair_bits`]: 2^20 (128 KB), so that the ~30,000 pairs of the
/// names leave most bits clear.
const PAIR_BITS: u32 = 20;

/// The bit of the pair (a, b) in [`Gazetteer::pair_bits`] (a multiplicative hash).
fn pair_bit(a: char, b: char) -> usize {
    let h = (u32::from(a).wrapping_mul(0x9E37_79B1) ^ u32::from(b)).wrapping_mul(0x85EB_CA6B);
    (h >> (32 - PAIR_BITS)) as usize
}

/// Two chars as one key.
fn pair(a: char, b: char) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// The hash of a name or key in the tables.
fn hash(s: &str) -> u64 {
    FnvBuild::default().hash_one(s)
}

/// `s` appended to `text`: its offset and length, or None when the text or the
/// string is too long to be packed (a name of 64 KB, a file of 4 GB).
fn push_text(text: &mut String, s: &str) -> Option<(u32, u16)> {
    let at = u32::try_from(text.len()).ok()?;
    let len = u16::try_from(s.len()).ok()?;
    u32::try_from(text.len() + s.len()).ok()?;
    text.push_str(s);
    Some((at, len))
}

/// The key of division `d` (its code, or the key of a division without one).
fn key_of<'a>(text: &'a str, d: &Division) -> &'a str {
    let at = d.at as usize + usize::from(d.name_len);
    &text[at..at + usize::from(d.key_len)]
}

/// Adds one division's row of the TSV (`f`: its fields), or says why the line is
/// refused.
fn push_division(
    text: &mut String,
    divisions: &mut Vec<Division>,
    keys: &mut HashTable<u32>,
    f: &[&str],
) -> std::result::Result<(), String> {
    let [key, name, level, parent] = match *f {
        [a, b, c] => [a, b, c, ""],
        [a, b, c, d, ..] => [a, b, c, d],
        _ => return Err("expected code, name, level, parent".into()),
    };
    let level = Level::parse(level).ok_or_else(|| {
        format!("level {level:?}: expected province, prefecture, county or township")
    })?;
    if key.is_empty() || name.is_empty() {
        return Err("empty code or name".into());
    }
    let find = |text: &str, k: &str| {
        keys.find(hash(k), |&d| key_of(text, &divisions[d as usize]) == k)
            .copied()
    };
    let parent = match parent {
        "" => NONE,
        p => find(text, p).ok_or_else(|| format!("parent {p:?} is not listed above this line"))?,
    };
    if find(text, key).is_some() {
        return Err(format!("code {key:?} listed twice"));
    }
    let too_long = || "name or code too long".to_string();
    let key_len = u8::try_from(key.len()).map_err(|_| too_long())?;
    let (at, name_len) = push_text(text, name).ok_or_else(too_long)?;
    push_text(text, key).ok_or_else(too_long)?;
    let index = u32::try_from(divisions.len()).map_err(|_| too_long())?;
    divisions.push(Division {
        at,
        name_len,
        key_len,
        official: key.chars().all(|c| c.is_ascii_digit()),
        level,
        parent,
    });
    keys.insert_unique(hash(key), index, |&d| {
        hash(key_of(text, &divisions[d as usize]))
    });
    Ok(())
}

impl Gazetteer {
    /// Parses divisions.tsv; short names and aliases are made with the cue lists
    /// `place.short_suffix` (suffix → alias suffix) and `place.ethnic`.
    pub fn load<R: BufRead>(rdr: R, path: &str, cues: &Cues) -> Result<Gazetteer> {
        let mut text = String::new();
        let mut divisions: Vec<Division> = Vec::new();
        let mut keys: HashTable<u32> = HashTable::new();
        crate::patterns::each_record(rdr, path, |line, f| {
            push_division(&mut text, &mut divisions, &mut keys, f).map_err(|msg| Error::Pattern {
                path: path.to_string(),
                line,
                msg,
            })
        })?;
        drop(keys);
        let mut g = Gazetteer {
            text,
            divisions,
            names: Vec::new(),
            lists: Vec::new(),
            by_name: HashTable::new(),
            starts: HashMap::default(),
            pair_bits: vec![0; 1 << (PAIR_BITS - 6)].into_boxed_slice(),
        };
        g.index_names(cues);
        g.text.shrink_to_fit();
        g.divisions.shrink_to_fit();
        Ok(g)
    }

    /// Makes the names (full names, aliases and short names) with their divisions, and
    /// the two-char prefilter.
    fn index_names(&mut self, cues: &Cues) {
        let suffixes = cues.at(crate::cue!("place.short_suffix"));
        let ethnic = cues.at(crate::cue!("place.ethnic"));
        let zones = cues.at(crate::cue!("place.zone_kind"));
        // Names in use that the list lacks (港岛 for 香港岛): full name → aliases.
        let mut listed: HashMap<&str, Vec<&str>> = HashMap::default();
        for (alias, full) in cues.at(crate::cue!("place.alias")).entries() {
            listed.entry(full).or_default().push(alias);
        }
        let former = self.former_names(cues.at(crate::cue!("place.former_kind")));
        // (name, short?, division), in the order the lists keep.
        let mut links: Vec<(u32, bool, u32)> = Vec::new();
        for i in 0..self.divisions.len() {
            let d = self.divisions[i];
            let (at, len) = (d.at, d.name_len);
            links.push((self.name_id(at, len), false, i as u32));
            for alias in listed.get(self.name(i)).cloned().unwrap_or_default() {
                if let Some((at, len)) = self.alias(alias) {
                    links.push((self.name_id(at, len), false, i as u32));
                }
            }
            for alias in former.get(&i).cloned().unwrap_or_default() {
                if let Some((at, len)) = self.alias(&alias) {
                    links.push((self.name_id(at, len), false, i as u32));
                }
            }
            if d.level == Level::Township {
                // A township of peoples by its name without them (青林回族乡 → 青林乡).
                if let Some(alias) = township_alias(self.name(i), ethnic) {
                    if let Some((at, len)) = self.alias(&alias) {
                        links.push((self.name_id(at, len), false, i as u32));
                    }
                }
                continue;
            }
            for alias in self.zone_aliases(i, zones, (suffixes, ethnic)) {
                if let Some((at, len)) = self.alias(&alias) {
                    links.push((self.name_id(at, len), false, i as u32));
                }
            }
            let Some((short, aliases)) = short_name(self.name(i), suffixes, ethnic) else {
                continue;
            };
            for alias in aliases {
                if let Some((at, len)) = self.alias(&alias) {
                    links.push((self.name_id(at, len), false, i as u32));
                }
            }
            links.push((self.name_id(at, short as u16), true, i as u32));
        }
        links.sort_by_key(|&(n, short, _)| (n, short));
        self.lists = links.iter().map(|l| l.2 as usize).collect();
        for (k, &(n, short, _)) in links.iter().enumerate() {
            let name = &mut self.names[n as usize];
            if name.full == 0 && name.short == 0 {
                name.list = k as u32;
            }
            if short {
                name.short += 1;
            } else {
                name.full += 1;
            }
        }
        for name in &self.names {
            let n = &self.text[name.at as usize..][..usize::from(name.len)];
            let len = n.chars().count();
            let mut cs = n.chars();
            // Names of more than 64 chars (none in the list) are never found.
            if let (Some(a), Some(b), true) = (cs.next(), cs.next(), len <= 64) {
                *self.starts.entry(pair(a, b)).or_default() |= 1 << (len - 1);
                let bit = pair_bit(a, b);
                self.pair_bits[bit / 64] |= 1 << (bit % 64);
            }
        }
        self.names.shrink_to_fit();
    }

    /// The names counties turned districts had before (`place.former_kind`: 从化区 was
    /// 从化市): the district's name with each former kind for its own, when no division
    /// bears that name and two chars or more stay before the kind; by division.
    fn former_names(&self, former: &WordList) -> HashMap<usize, Vec<String>> {
        let names: std::collections::HashSet<&str> =
            (0..self.divisions.len()).map(|i| self.name(i)).collect();
        let mut out: HashMap<usize, Vec<String>> = HashMap::new();
        for i in 0..self.divisions.len() {
            if self.level(i) != Level::County {
                continue;
            }
            let name = self.name(i);
            for (kind, olds) in former.entries() {
                let Some(stem) = name.strip_suffix(kind) else {
                    continue;
                };
                if stem.chars().count() < 2 {
                    continue;
                }
                for old in olds.split('\u{3001}') {
                    let alias = format!("{stem}{old}");
                    if !names.contains(alias.as_str()) {
                        out.entry(i).or_default().push(alias);
                    }
                }
            }
        }
        out
    }

    /// The span of `alias` in the text, appended unless some name already has it.
    /// The names the press gives the development zone `d` listed as a county-level
    /// division (`place.zone_kind`: 吉林白城经济开发区): without its province's short name
    /// and with its city's short name for the full one (白城经济开发区, 蚌埠市经济开发区 →
    /// 蚌埠经济开发区), and with its kind's short form (白城经开区). None for other divisions.
    fn zone_aliases(
        &self,
        d: usize,
        zones: &WordList,
        names: (&WordList, &WordList),
    ) -> Vec<String> {
        let name = self.name(d);
        let Some((kind, short_kind)) = zones.entries().find(|(k, _)| name.ends_with(k)) else {
            return Vec::new();
        };
        let stem = &name[..name.len() - kind.len()];
        let province = self.lineage(d).last().filter(|&p| p != d);
        let province_short = province.and_then(|p| {
            short_name(self.name(p), names.0, names.1).map(|(len, _)| &self.name(p)[..len])
        });
        let mut stems = vec![stem];
        if let Some(rest) = province_short.and_then(|p| stem.strip_prefix(p)) {
            if rest.chars().count() >= 2 {
                stems.push(rest);
            }
        }
        // The city it lies in named in full (蚌埠市经济开发区) is named short too (蚌埠).
        let city = self
            .lineage(d)
            .nth(1)
            .filter(|&c| self.level(c) == Level::Prefecture);
        let city_names = city.and_then(|c| {
            let (len, _) = short_name(self.name(c), names.0, names.1)?;
            Some((self.name(c), &self.name(c)[..len]))
        });
        let mut stems: Vec<String> = stems.iter().map(|s| s.to_string()).collect();
        if let Some((full, short)) = city_names {
            let shortened: Vec<String> = (stems.iter())
                .filter_map(|s| s.strip_prefix(full).map(|rest| format!("{short}{rest}")))
                .collect();
            stems.extend(shortened);
        }
        stems.retain(|s| s.chars().count() >= 2);
        let mut out: Vec<String> = (stems.iter())
            .flat_map(|s| [format!("{s}{kind}"), format!("{s}{short_kind}")])
            .filter(|a| a != name)
            .collect();
        out.sort();
        out.dedup();
        out
    }

    fn alias(&mut self, alias: &str) -> Option<(u32, u16)> {
        match self.find_name(alias) {
            Some(n) => Some((self.names[n].at, self.names[n].len)),
            None => push_text(&mut self.text, alias),
        }
    }

    /// The name with the text's span `at`, `len`, made on first sight.
    fn name_id(&mut self, at: u32, len: u16) -> u32 {
        let Self {
            text,
            names,
            by_name,
            ..
        } = self;
        let s = &text[at as usize..][..usize::from(len)];
        let name_of = |n: &Name| &text[n.at as usize..][..usize::from(n.len)];
        let h = hash(s);
        if let Some(&n) = by_name.find(h, |&n| name_of(&names[n as usize]) == s) {
            return n;
        }
        let n = names.len() as u32;
        names.push(Name {
            at,
            len,
            full: 0,
            list: 0,
            short: 0,
        });
        by_name.insert_unique(h, n, |&k| hash(name_of(&names[k as usize])));
        n
    }

    /// The index of the name `s`.
    fn find_name(&self, s: &str) -> Option<usize> {
        self.by_name
            .find(hash(s), |&n| self.name_text(n as usize) == s)
            .map(|&n| n as usize)
    }

    fn name_text(&self, n: usize) -> &str {
        let n = &self.names[n];
        &self.text[n.at as usize..][..usize::from(n.len)]
    }

    /// Every name in `text` (two chars or more), overlapping ones included, by start.
    /// A hash lookup of the first two chars at each position, then of each length up
    /// some name has: no automaton to build (an Aho-Corasick automaton of the
    /// ~47,000 names cost more at start-up than all lookups of a release).
    pub fn hits(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((start, a)) = chars.next() {
            let Some(&(_, b)) = chars.peek() else {
                break;
            };
            let bit = pair_bit(a, b);
            if self.pair_bits[bit / 64] & 1 << (bit % 64) == 0 {
                continue;
            }
            let Some(&lens) = self.starts.get(&pair(a, b)) else {
                continue;
            };
            // The end of the name of n chars from `start` (n = 2, 3 …), up to the
            // longest name with these first chars (and 64 chars).
            let mut ends = (text[start..].char_indices())
                .map(|(k, _)| start + k)
                .chain(std::iter::once(text.len()))
                .skip(2);
            let longest = (64 - lens.leading_zeros()) as usize;
            for n in 2..=longest {
                let Some(end) = ends.next() else {
                    break;
                };
                if lens & 1 << (n - 1) == 0 {
                    continue;
                }
                if let Some(entry) = self.find_name(&text[start..end]) {
                    out.push(Hit { start, end, entry });
                }
            }
        }
        out
    }

    /// The divisions of an entry.
    pub fn entry(&self, e: usize) -> Entry<'_> {
        let n = &self.names[e];
        let (at, full) = (n.list as usize, n.full as usize);
        Entry {
            full: &self.lists[at..at + full],
            short: &self.lists[at + full..at + full + n.short as usize],
        }
    }

    /// The entry of the name `name`, full or short.
    pub fn lookup(&self, name: &str) -> Option<Entry<'_>> {
        self.find_name(name).map(|e| self.entry(e))
    }

    /// How many divisions there are (indexes `0..len`, in file order).
    pub fn len(&self) -> usize {
        self.divisions.len()
    }

    /// Whether no division is listed.
    pub fn is_empty(&self) -> bool {
        self.divisions.is_empty()
    }

    /// The full name of division `d` (左权县).
    pub fn name(&self, d: usize) -> &str {
        let d = &self.divisions[d];
        &self.text[d.at as usize..][..usize::from(d.name_len)]
    }

    /// The official code of division `d` (GB/T 2260 six digits, townships nine);
    /// empty when the list gives only a key (Taiwan, Hong Kong and Macau below the
    /// province).
    pub fn code(&self, d: usize) -> &str {
        let d = &self.divisions[d];
        if !d.official {
            return "";
        }
        let at = d.at as usize + usize::from(d.name_len);
        &self.text[at..at + usize::from(d.key_len)]
    }

    /// The level of division `d`.
    pub fn level(&self, d: usize) -> Level {
        self.divisions[d].level
    }

    /// The first division with the code `code`.
    pub fn with_code(&self, code: &str) -> Option<usize> {
        (0..self.len()).find(|&d| self.code(d) == code)
    }

    /// `d` and the divisions above it, nearest first.
    pub fn lineage(&self, d: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(d), |&k| {
            let p = self.divisions[k].parent;
            (p != NONE).then_some(p as usize)
        })
    }

    /// Whether `d` lies below `above` (in its lineage, not `above` itself).
    pub fn is_below(&self, d: usize, above: usize) -> bool {
        d != above && self.lineage(d).any(|a| a == above)
    }

    /// The division among `candidates` the context speaks for: the one with the
    /// deepest division of its lineage in `context` (its own county, its prefecture,
    /// its province, in that order), when that one is alone at that depth. A context
    /// that speaks for none (it holds neither Taiwan, Hong Kong nor Macau: their
    /// releases have their province in it) takes the one mainland division among them
    /// (连江县 of Fujian, not Taiwan's). None when the context does not decide.
    pub fn resolve(&self, candidates: &[usize], context: &[usize]) -> Option<usize> {
        if let [only] = candidates {
            return Some(*only);
        }
        let depth = |c: usize| {
            self.lineage(c)
                .filter(|a| context.contains(a))
                .map(|a| self.level(a) as u8)
                .max()
                .unwrap_or(0)
        };
        let best = candidates.iter().map(|&c| depth(c)).max()?;
        let mut top = candidates.iter().filter(|&&c| depth(c) == best);
        match (top.next(), top.next()) {
            (Some(&c), None) if best > 0 => Some(c),
            _ if best == 0 => {
                let mut mainland = (candidates.iter().copied()).filter(|&c| self.mainland(c));
                match (mainland.next(), mainland.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Whether `d` lies outside Taiwan, Hong Kong and Macau.
    fn mainland(&self, d: usize) -> bool {
        let top = self.lineage(d).last().map_or("", |t| self.code(t));
        !OUTER_PROVINCES.contains(&top)
    }

    /// The one division of the highest level among `candidates` (吉林 → 吉林省 rather
    /// than 吉林市), if it is alone there.
    pub fn highest(&self, candidates: &[usize]) -> Option<usize> {
        let top = candidates.iter().map(|&c| self.level(c)).min()?;
        let mut at = candidates.iter().filter(|&&c| self.level(c) == top);
        match (at.next(), at.next()) {
            (Some(&c), None) => Some(c),
            _ => None,
        }
    }
}

/// GB/T 2260 codes of the provinces of Taiwan, Hong Kong and Macau.
const OUTER_PROVINCES: [&str; 3] = ["710000", "810000", "820000"];

/// The short name of a division's full name (左权 of 左权县, 酉阳 of 酉阳土家族苗族自治县),
/// as [`short_name`] makes it.
pub fn short_form<'n>(name: &'n str, suffixes: &WordList, ethnic: &WordList) -> Option<&'n str> {
    short_name(name, suffixes, ethnic).map(|(len, _)| &name[..len])
}

/// The aliases of a division's full name (楚雄州 and 楚雄自治州 of 楚雄彝族自治州), as
/// [`short_name`] makes them.
pub fn aliases_of(name: &str, suffixes: &WordList, ethnic: &WordList) -> Vec<String> {
    short_name(name, suffixes, ethnic).map_or_else(Vec::new, |(_, aliases)| aliases)
}

/// The short name of a division's full name, as its length in bytes (it is a prefix
/// of the name), and its aliases: the name without the first `place.short_suffix` it
/// ends with and, for autonomous divisions, without the peoples named before it
/// (`place.ethnic`: 阿坝藏族羌族自治州 → 阿坝); an alias is the short name with the
/// suffix's value (州: 阿坝州) and, when peoples were cut, with the suffix itself
/// (双江拉祜族佤族布朗族傣族自治县 → 双江自治县). None when less than two chars would be
/// left.
fn short_name(name: &str, suffixes: &WordList, ethnic: &WordList) -> Option<(usize, Vec<String>)> {
    let (suffix, alias) = suffixes.entries().find(|(s, _)| name.ends_with(s))?;
    let mut short = &name[..name.len() - suffix.len()];
    let whole = short.len();
    while let Some(p) = ethnic.suffix_of(short) {
        let rest = &short[..short.len() - p.len()];
        if rest.chars().count() < 2 {
            break;
        }
        short = rest;
    }
    if short.chars().count() < 2 {
        return None;
    }
    let mut aliases = Vec::new();
    if !alias.is_empty() {
        aliases.push(format!("{short}{alias}"));
    }
    if short.len() < whole {
        aliases.push(format!("{short}{suffix}"));
    }
    aliases.retain(|a| a != name);
    aliases.dedup();
    Some((short.len(), aliases))
}

/// The name of an ethnic township without its peoples (`place.ethnic`), its kind kept
/// (甲乙回族乡 → 甲乙乡), as the press writes it; none when no people is named or less
/// than two chars would be left.
fn township_alias(name: &str, ethnic: &WordList) -> Option<String> {
    let kind = name.chars().last()?;
    let whole = &name[..name.len() - kind.len_utf8()];
    let mut short = whole;
    while let Some(p) = ethnic.suffix_of(short) {
        let rest = &short[..short.len() - p.len()];
        if rest.chars().count() < 2 {
            break;
        }
        short = rest;
    }
    (short.len() < whole.len()).then(|| format!("{short}{kind}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gaz(tsv: &str) -> Gazetteer {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        Gazetteer::load(tsv.as_bytes(), "test.tsv", &pats.cues).unwrap()
    }

    const SMALL: &str = "code\tname\tlevel\tparent\n\
        140000\t山西省\tprovince\t\n\
        140700\t晋中市\tprefecture\t140000\n\
        140722\t左权县\tcounty\t140700\n\
        140722100\t桐峪镇\ttownship\t140722\n\
        510000\t四川省\tprovince\t\n\
        513200\t阿坝藏族羌族自治州\tprefecture\t510000\n\
        513223\t茂县\tcounty\t513200\n\
        110000\t北京市\tprovince\t\n\
        110105\t朝阳区\tcounty\t110000\n\
        220000\t吉林省\tprovince\t\n\
        220100\t长春市\tprefecture\t220000\n\
        220104\t朝阳区\tcounty\t220100\n\
        220200\t吉林市\tprefecture\t220000\n";

    #[test]
    fn short_names_and_aliases() {
        let g = gaz(SMALL);
        let name = |d: usize| g.name(d);
        let e = g.lookup("左权").unwrap();
        assert_eq!(
            e.short.iter().map(|&d| name(d)).collect::<Vec<_>>(),
            ["左权县"]
        );
        let e = g.lookup("阿坝州").unwrap();
        assert_eq!(name(e.full[0]), "阿坝藏族羌族自治州");
        // Without its peoples, an autonomous division keeps its kind too.
        let e = g.lookup("阿坝自治州").unwrap();
        assert_eq!(name(e.full[0]), "阿坝藏族羌族自治州");
        assert_eq!(
            name(g.lookup("阿坝").unwrap().short[0]),
            "阿坝藏族羌族自治州"
        );
        // One char left is no short name (茂县), nor are townships shortened.
        assert!(g.lookup("茂").is_none());
        assert!(g.lookup("桐峪").is_none());
        // A township of peoples is also named without them, its kind kept.
        let g2 = gaz("code\tname\tlevel\tparent\n\
            430000\t湖南省\tprovince\t\n\
            430700\t常德市\tprefecture\t430000\n\
            430725\t桃源县\tcounty\t430700\n\
            430725200\t杉木回族维吾尔族乡\ttownship\t430725\n");
        let e = g2.lookup("杉木乡").unwrap();
        assert_eq!(g2.name(e.full[0]), "杉木回族维吾尔族乡");
        assert!(g2.lookup("杉木").is_none());
        assert_eq!(g.lookup("吉林").unwrap().short.len(), 2);
    }

    #[test]
    fn hits_overlap_and_carry_entries() {
        let g = gaz(SMALL);
        let text = "山西省晋中市左权县桐峪镇";
        let found: Vec<&str> = g.hits(text).iter().map(|h| &text[h.start..h.end]).collect();
        for n in [
            "山西",
            "山西省",
            "晋中",
            "晋中市",
            "左权",
            "左权县",
            "桐峪镇",
        ] {
            assert!(found.contains(&n), "{n} {found:?}");
        }
    }

    #[test]
    fn ambiguous_names_resolved_by_context() {
        let g = gaz(SMALL);
        let idx = |n: &str| (0..g.len()).position(|d| g.name(d) == n).unwrap();
        let both = g.lookup("朝阳区").unwrap().full;
        assert_eq!(both.len(), 2);
        let beijing = g.resolve(both, &[idx("北京市")]).unwrap();
        assert_eq!(g.code(beijing), "110105");
        let jilin = g.resolve(both, &[idx("吉林省"), idx("长春市")]).unwrap();
        assert_eq!(g.code(jilin), "220104");
        assert_eq!(g.resolve(both, &[idx("山西省")]), None);
        let jl = g.lookup("吉林").unwrap().short;
        assert_eq!(g.name(g.highest(jl).unwrap()), "吉林省");
    }

    #[test]
    fn broken_lines_name_the_line() {
        let pats = crate::patterns::Patterns::builtin().unwrap();
        let load = |t: &str| Gazetteer::load(t.as_bytes(), "d.tsv", &pats.cues).unwrap_err();
        let e = load("code\tname\tlevel\tparent\n1\t甲省\tstate\t\n").to_string();
        assert!(e.contains("d.tsv:2") && e.contains("state"), "{e}");
        let e = load("code\tname\tlevel\tparent\n1\t甲县\tcounty\t9\n").to_string();
        assert!(e.contains("not listed"), "{e}");
        let e = load("code\tname\tlevel\tparent\n1\t甲省\tprovince\t\n1\t乙省\tprovince\t\n")
            .to_string();
        assert!(e.contains("twice"), "{e}");
    }
    #[test]
    fn keys_without_codes_and_shared_names() {
        let g = gaz("code\tname\tlevel\tparent\n\
            710000\t台湾省\tprovince\t\n\
            tw-tpe\t台北市\tprefecture\t710000\n\
            tw-tpe-1\t中正区\tcounty\ttw-tpe\n\
            110000\t北京市\tprovince\t\n\
            110101\t东城区\tcounty\t110000\n\
            110101001\t东华门街道\ttownship\t110101\n\
            110101002\t中正区\ttownship\t110101\n");
        assert_eq!(g.len(), 7);
        let d = g.with_code("710000").unwrap();
        assert_eq!((g.name(d), g.level(d)), ("台湾省", Level::Province));
        // A key that is no code prints none, and still names the parent.
        let both = g.lookup("中正区").unwrap().full;
        assert_eq!(both.len(), 2);
        assert_eq!(g.code(both[0]), "");
        let above: Vec<&str> = g.lineage(both[0]).map(|a| g.name(a)).collect();
        assert_eq!(above, ["中正区", "台北市", "台湾省"]);
        assert_eq!(g.code(both[1]), "110101002");
        // Without a context the mainland's division; with Taiwan's, Taiwan's.
        assert_eq!(g.resolve(both, &[]), Some(both[1]));
        assert_eq!(g.resolve(both, &[0]), Some(both[0]));
        assert_eq!(g.lookup("台北").unwrap().short, [1]);
        assert_eq!(g.with_code("tw-tpe"), None);
        // Every name is found in a text, with the entry a lookup gives.
        let text = "台湾省台北市中正区与东城区东华门街道";
        for h in g.hits(text) {
            let e = g.lookup(&text[h.start..h.end]).unwrap();
            assert_eq!(e.full, g.entry(h.entry).full);
        }
        let found: Vec<&str> = g.hits(text).iter().map(|h| &text[h.start..h.end]).collect();
        for n in ["台湾省", "台北市", "台北", "中正区", "东城区", "东华门街道"] {
            assert!(found.contains(&n), "{n} {found:?}");
        }
    }
}
