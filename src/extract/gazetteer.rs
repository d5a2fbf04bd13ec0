//! The gazetteer of administrative divisions (patterns/divisions.tsv, from the npm
//! package china-division): provinces, prefectures, counties and townships of the
//! mainland, and the divisions of Taiwan, Hong Kong and Macau, each with its code and
//! the division above it. Takes the TSV (`code name level parent`) and the cue lists
//! `place.short_suffix`, `place.ethnic`; returns a [`Gazetteer`] that finds every name
//! (full names, their short forms 左权 for 左权县, aliases 阿坝州 for 阿坝藏族羌族自治州)
//! in a text by hash lookups (see [`Gazetteer::hits`]). Rejects unknown levels, duplicate codes
//! and parents that are not listed.

use std::collections::HashMap;
use std::io::BufRead;

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

/// One division.
#[derive(Debug, Clone)]
pub struct Division {
    /// Its official code (GB/T 2260 six digits, townships nine); empty when the list
    /// gives only a key (Taiwan, Hong Kong and Macau below the province).
    pub code: String,
    /// The full name (左权县).
    pub name: String,
    /// Its level.
    pub level: Level,
    /// The division above it, as an index into [`Gazetteer::divisions`].
    pub parent: Option<usize>,
}

/// The divisions one name stands for.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// Divisions with this full name (or alias: 阿坝州).
    pub full: Vec<usize>,
    /// Divisions with this short name (左权 for 左权县).
    pub short: Vec<usize>,
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

/// The compiled gazetteer.
#[derive(Debug)]
pub struct Gazetteer {
    /// Every division, in file order.
    pub divisions: Vec<Division>,
    entries: Vec<Entry>,
    by_name: HashMap<String, usize, super::entity::FnvBuild>,
    /// The first two chars of every name ([`pair`]) → the lengths in chars of the
    /// names starting with them (bit n-1 for n chars): most positions of a text start no
    /// name, and one lookup tells; the others look up only lengths some name has.
    starts: HashMap<u64, u64, super::entity::FnvBuild>,
}

/// Two chars as one key.
fn pair(a: char, b: char) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

impl Gazetteer {
    /// Parses divisions.tsv; short names and aliases are made with the cue lists
    /// `place.short_suffix` (suffix → alias suffix) and `place.ethnic`.
    pub fn load<R: BufRead>(rdr: R, path: &str, cues: &Cues) -> Result<Gazetteer> {
        let err = |line: usize, msg: String| Error::Pattern {
            path: path.to_string(),
            line,
            msg,
        };
        let mut divisions: Vec<Division> = Vec::new();
        let mut keys: HashMap<String, usize, super::entity::FnvBuild> = HashMap::default();
        for (line, f) in crate::patterns::records(rdr, path)? {
            let [key, name, level, parent] = match f.as_slice() {
                [a, b, c] => [a.as_str(), b, c, ""],
                [a, b, c, d, ..] => [a.as_str(), b, c, d],
                _ => return Err(err(line, "expected code, name, level, parent".into())),
            };
            let level = Level::parse(level).ok_or_else(|| {
                err(
                    line,
                    format!("level {level:?}: expected province, prefecture, county or township"),
                )
            })?;
            if key.is_empty() || name.is_empty() {
                return Err(err(line, "empty code or name".into()));
            }
            let parent = match parent {
                "" => None,
                p => Some(*keys.get(p).ok_or_else(|| {
                    err(line, format!("parent {p:?} is not listed above this line"))
                })?),
            };
            if keys.insert(key.to_string(), divisions.len()).is_some() {
                return Err(err(line, format!("code {key:?} listed twice")));
            }
            let official = key.chars().all(|c| c.is_ascii_digit());
            divisions.push(Division {
                code: if official {
                    key.to_string()
                } else {
                    String::new()
                },
                name: name.to_string(),
                level,
                parent,
            });
        }
        let suffixes = cues.at(crate::cue!("place.short_suffix"));
        let ethnic = cues.at(crate::cue!("place.ethnic"));
        let mut by_name: HashMap<String, usize, super::entity::FnvBuild> = HashMap::default();
        let mut entries: Vec<Entry> = Vec::new();
        // Entry of a name, made on first sight; `full` says which list gets `d`.
        let mut add = |name: String, d: usize, full: bool| {
            let e = *by_name.entry(name).or_insert_with(|| {
                entries.push(Entry::default());
                entries.len() - 1
            });
            let list = if full {
                &mut entries[e].full
            } else {
                &mut entries[e].short
            };
            list.push(d);
        };
        for (i, d) in divisions.iter().enumerate() {
            add(d.name.clone(), i, true);
            if d.level == Level::Township {
                continue;
            }
            if let Some((short, alias)) = short_name(&d.name, suffixes, ethnic) {
                if let Some(alias) = alias {
                    add(alias, i, true);
                }
                add(short, i, false);
            }
        }
        let mut starts: HashMap<u64, u64, super::entity::FnvBuild> = HashMap::default();
        for n in by_name.keys() {
            let len = n.chars().count();
            let mut cs = n.chars();
            // Names of more than 64 chars (none in the list) are never found.
            if let (Some(a), Some(b), true) = (cs.next(), cs.next(), len <= 64) {
                *starts.entry(pair(a, b)).or_default() |= 1 << (len - 1);
            }
        }
        Ok(Gazetteer {
            divisions,
            entries,
            by_name,
            starts,
        })
    }

    /// Every name in `text` (two chars or more), overlapping ones included, by start.
    /// A hash lookup of the first two chars at each position, then of each length up
    /// some name has: no automaton to build (an Aho-Corasick automaton of the
    /// ~47,000 names cost more at start-up than all lookups of a release).
    pub fn hits(&self, text: &str) -> Vec<Hit> {
        let bounds: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = Vec::new();
        for (i, w) in bounds.windows(2).enumerate() {
            let Some(&lens) = self.starts.get(&pair(w[0].1, w[1].1)) else {
                continue;
            };
            let start = w[0].0;
            for k in i + 2..=(i + 64).min(bounds.len()) {
                if lens & 1 << (k - i - 1) == 0 {
                    continue;
                }
                let end = bounds.get(k).map_or(text.len(), |b| b.0);
                if let Some(&entry) = self.by_name.get(&text[start..end]) {
                    out.push(Hit { start, end, entry });
                }
            }
        }
        out
    }

    /// The divisions of an entry.
    pub fn entry(&self, e: usize) -> &Entry {
        &self.entries[e]
    }

    /// The entry of the name `name`, full or short.
    pub fn lookup(&self, name: &str) -> Option<&Entry> {
        self.by_name.get(name).map(|&e| &self.entries[e])
    }

    /// `d` and the divisions above it, nearest first.
    pub fn lineage(&self, d: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(d), |&k| self.divisions[k].parent)
    }

    /// The division among `candidates` the context speaks for: the one with the
    /// deepest division of its lineage in `context` (its own county, its prefecture,
    /// its province, in that order), when that one is alone at that depth. None when
    /// the context does not decide.
    pub fn resolve(&self, candidates: &[usize], context: &[usize]) -> Option<usize> {
        if let [only] = candidates {
            return Some(*only);
        }
        let depth = |c: usize| {
            self.lineage(c)
                .filter(|a| context.contains(a))
                .map(|a| self.divisions[a].level as u8)
                .max()
                .unwrap_or(0)
        };
        let best = candidates.iter().map(|&c| depth(c)).max()?;
        let mut top = candidates.iter().filter(|&&c| depth(c) == best);
        match (top.next(), top.next()) {
            (Some(&c), None) if best > 0 => Some(c),
            _ => None,
        }
    }

    /// The one division of the highest level among `candidates` (吉林 → 吉林省 rather
    /// than 吉林市), if it is alone there.
    pub fn highest(&self, candidates: &[usize]) -> Option<usize> {
        let top = candidates.iter().map(|&c| self.divisions[c].level).min()?;
        let mut at = candidates
            .iter()
            .filter(|&&c| self.divisions[c].level == top);
        match (at.next(), at.next()) {
            (Some(&c), None) => Some(c),
            _ => None,
        }
    }
}

/// The short name of a division's full name and its alias: the name without the first
/// `place.short_suffix` it ends with and, for autonomous divisions, without the peoples
/// named before it (`place.ethnic`: 阿坝藏族羌族自治州 → 阿坝); the alias is the short name
/// with the suffix's value (州: 阿坝州). None when less than two chars would be left.
fn short_name(
    name: &str,
    suffixes: &WordList,
    ethnic: &WordList,
) -> Option<(String, Option<String>)> {
    let (suffix, alias) = suffixes.entries().find(|(s, _)| name.ends_with(s))?;
    let mut short = &name[..name.len() - suffix.len()];
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
    let alias = (!alias.is_empty()).then(|| format!("{short}{alias}"));
    Some((short.to_string(), alias.filter(|a| a != name)))
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
        let name = |d: usize| g.divisions[d].name.as_str();
        let e = g.lookup("左权").unwrap();
        assert_eq!(
            e.short.iter().map(|&d| name(d)).collect::<Vec<_>>(),
            ["左权县"]
        );
        let e = g.lookup("阿坝州").unwrap();
        assert_eq!(name(e.full[0]), "阿坝藏族羌族自治州");
        assert_eq!(
            name(g.lookup("阿坝").unwrap().short[0]),
            "阿坝藏族羌族自治州"
        );
        // One char left is no short name (茂县), nor are townships shortened.
        assert!(g.lookup("茂").is_none());
        assert!(g.lookup("桐峪").is_none());
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
        let idx = |n: &str| g.divisions.iter().position(|d| d.name == n).unwrap();
        let both = &g.lookup("朝阳区").unwrap().full;
        assert_eq!(both.len(), 2);
        let beijing = g.resolve(both, &[idx("北京市")]).unwrap();
        assert_eq!(g.divisions[beijing].code, "110105");
        let jilin = g.resolve(both, &[idx("吉林省"), idx("长春市")]).unwrap();
        assert_eq!(g.divisions[jilin].code, "220104");
        assert_eq!(g.resolve(both, &[idx("山西省")]), None);
        let jl = &g.lookup("吉林").unwrap().short;
        assert_eq!(g.divisions[g.highest(jl).unwrap()].name, "吉林省");
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
}
