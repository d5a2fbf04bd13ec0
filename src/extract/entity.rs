//! Named entities from the POS-tagged sentence: organisations (…公司, …大学, …局),
//! places (…县, …村, jieba `ns`), people (jieba `nr` next to a title such as 记者 or
//! 县长) and projects (…项目, …工程). Suffixes and names come from patterns/entities.tsv.
//! Rejects anaphora such as 全县, 该县, 我市 and bare suffixes.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use crate::patterns::{EntityType, Patterns, WordList};
use crate::segment::Token;

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
    /// The last char of every non-empty suffix, sorted: a word ending in another char
    /// has no listed suffix but the empty one (most tokens; skips hashing them).
    suffix_last: Vec<char>,
    /// Position of the empty suffix, if listed (it matches every word).
    empty_suffix: Option<usize>,
    /// Bit n set when some name is n bytes long (n < 64; longer names set bit 63).
    name_lens: u64,
    stop: HashSet<String, FnvBuild>,
    titles: HashSet<String, FnvBuild>,
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
        let mut suffix_last: Vec<char> = suffixes
            .iter()
            .filter_map(|(w, _)| w.chars().next_back())
            .collect();
        suffix_last.sort_unstable();
        suffix_last.dedup();
        EntityIndex {
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
        match word.chars().next_back() {
            Some(c) if self.suffix_last.binary_search(&c).is_ok() => {}
            _ => return best,
        }
        for (n, (k, _)) in word.char_indices().rev().enumerate() {
            if n >= self.max_suffix_chars {
                break;
            }
            if let Some(&i) = self.suffixes.get(&word[k..]) {
                best = Some(best.map_or(i, |b| b.min(i)));
            }
        }
        best
    }

    /// `stop.contains(word)`.
    fn is_stop(&self, word: &str) -> bool {
        self.stop.contains(word)
    }

    /// `titles.contains(word)`.
    fn is_title(&self, word: &str) -> bool {
        self.titles.contains(word)
    }
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
}

/// jieba tags of the words a name is made of.
fn name_like_tag(tag: &str) -> bool {
    matches!(
        tag,
        "ns" | "nr" | "nz" | "nt" | "j" | "nrt" | "nrfg" | "n" | "eng" | "vn" | "l"
    )
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
    reference: Vec<char>,
    /// First chars that make a one-char-own-word name an anaphor (全县, 该市).
    anaphor: Vec<char>,
    /// One-char place words jieba tags `zg` that still build names (省, 县).
    place_words: &'a WordList,
    /// Words joining two names into one (住房和城乡建设局).
    joiners: &'a WordList,
    /// Word endings of project phases (六期).
    phases: &'a WordList,
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
    };
    let mut out: Vec<EntityMention> = Vec::new();
    for i in 0..toks.len() {
        if let Some(e) = s.mention_at(i) {
            s.push(e, &mut out);
        }
    }
    out.sort_by_key(|e| e.start);
    out
}

impl Sentence<'_> {
    /// The entity token `i` makes (ends), if any: a listed name, a name ending in a
    /// listed suffix, a dictionary place, or a person beside a title.
    fn mention_at(&self, i: usize) -> Option<EntityMention> {
        let t = &self.toks[i];
        let mention = |start: usize, text: String, ty: EntityType| EntityMention {
            start,
            end: t.end,
            text,
            ty,
        };
        if let Some((_, ty)) = self.idx.name(t.word).map(|k| &self.pats.entity_names[k]) {
            return Some(mention(t.start, t.word.to_string(), *ty));
        }
        if let Some((suffix, ty)) = self
            .idx
            .suffix(t.word)
            .map(|k| &self.pats.entity_suffixes[k])
        {
            let j = self.suffixed_name(i, suffix, *ty)?;
            let text: String = self.toks[j..=i].iter().map(|t| t.word).collect();
            return Some(mention(self.toks[j].start, text, *ty));
        }
        if t.tag == "ns" && t.word.chars().count() >= 2 && (self.known)(t.word) {
            return Some(mention(t.start, t.word.to_string(), EntityType::Loc));
        }
        // jieba tags full names nr, and some nrfg or nrt (李强/nrfg).
        if matches!(t.tag, "nr" | "nrfg" | "nrt") && t.word.chars().count() >= 2 && self.titled(i) {
            return Some(mention(t.start, t.word.to_string(), EntityType::Per));
        }
        None
    }

    /// Adds `e` unless it is too short, a reference, a stop word, quoted, or inside an
    /// entity already found; drops the entities inside it.
    fn push(&self, e: EntityMention, out: &mut Vec<EntityMention>) {
        let text = &e.text;
        if text.chars().count() < 2
            || text.chars().any(|c| c.is_ascii_digit()) && e.ty != EntityType::Proj
        {
            return;
        }
        // 各乡镇人民政府, 该公司, 我局: a quantifier or demonstrative makes a reference, not a name.
        let reference = text.starts_with(&self.reference[..]);
        if reference || self.idx.is_stop(text) || super::text::overlaps(self.quoted, e.start, e.end)
        {
            return;
        }
        if out.iter().any(|o| o.start <= e.start && e.end <= o.end) {
            return;
        }
        out.retain(|o| !(e.start <= o.start && o.end <= e.end));
        out.push(e);
    }

    /// Whether a token is a word a name is made of (a one-char place word such as 县
    /// included, which jieba tags `zg`).
    fn name_like(&self, t: &Token) -> bool {
        name_like_tag(t.tag) || (t.tag == "zg" && self.place_words.contains(t.word))
    }

    /// Whether a token is a proper noun that may start a name of type `ty`.
    fn proper(&self, t: &Token, ty: EntityType) -> bool {
        matches!(t.tag, "ns" | "nr" | "nz" | "nt" | "j" | "eng" | "nrt")
            && !self.idx.is_stop(t.word)
            && (ty != EntityType::Proj || t.tag != "j")
    }

    /// Whether token `k` lies inside a masked figure.
    fn in_figure(&self, k: usize) -> bool {
        let t = &self.toks[k];
        self.figures
            .iter()
            .any(|&(a, b)| a <= t.start && t.end <= b)
    }

    /// The first token of the name that token `i`, ending in `suffix` of type `ty`, ends;
    /// None when it is no name (a bare suffix, a common word, an anaphor).
    fn suffixed_name(&self, i: usize, suffix: &str, ty: EntityType) -> Option<usize> {
        let toks = self.toks;
        let t = &toks[i];
        let own = t.word.chars().count() - suffix.chars().count();
        let back = self.walk_back(i, ty);
        // Names start at a proper noun when one is there; generic words before it
        // (加快, 重点) are not part of the name.
        let j = match (back..i).find(|&k| self.proper(&toks[k], ty)) {
            Some(k) => k,
            None if own == 0 => return None,
            None => i,
        };
        // A one-char suffix (局, 区, 村) on a common word (院区, 农村) is no name, and
        // a project needs a name or a figure (在建项目, 重点项目 are not projects).
        let named = (j..=i).any(|k| self.proper(&toks[k], ty));
        let place_named =
            (j..=i).any(|k| self.proper(&toks[k], ty) && !matches!(toks[k].tag, "j" | "eng"));
        if suffix.chars().count() == 1 && !place_named {
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
        if j == i && own > 0 && !((self.known)(t.word) && self.proper(t, ty)) {
            return None;
        }
        let first = t.word.chars().next().unwrap_or(' ');
        if j == i && own == 1 && self.anaphor.contains(&first) {
            return None;
        }
        Some(j)
    }

    /// Walks back from suffix token `i` over name-like words (常州/星荣/公司,
    /// 山西/农业大学), across 和/与 between them (住房和城乡建设局) and, for projects,
    /// across figures (中电农创150MW风力发电项目); returns the first token reached.
    fn walk_back(&self, i: usize, ty: EntityType) -> usize {
        let toks = self.toks;
        let max_back = match ty {
            EntityType::Proj => 6,
            EntityType::Org => 5,
            _ => 2,
        };
        let mut j = i;
        let mut steps = 0;
        while j > 0 && steps < max_back {
            let p = &toks[j - 1];
            let masked_figure = self.in_figure(j - 1);
            let joiner = self.joiners.contains(p.word)
                && j >= 2
                && self.name_like(&toks[j - 2])
                && ty != EntityType::Loc;
            // Projects carry phases and figures: 华能六期基地项目, 150MW风力发电项目.
            let project_part = ty == EntityType::Proj
                && j < i
                && (matches!(p.tag, "m" | "eng" | "q" | "mq")
                    || masked_figure
                    || self.phases.ends(p.word));
            if !(self.name_like(p) || joiner || project_part)
                || (!masked_figure && p.word.chars().any(super::subject::is_delim))
            {
                break;
            }
            j -= 1;
            // A masked figure is one step however many chars it has.
            if !masked_figure {
                steps += 1;
            }
        }
        j
    }

    /// Whether a title stands beside person token `i`, skipping blanks (记者 王爱媛).
    fn titled(&self, i: usize) -> bool {
        let toks = self.toks;
        let titled = |k: Option<&Token>| k.is_some_and(|k| self.idx.is_title(k.word));
        let before = toks[..i].iter().rev().find(|k| !k.word.trim().is_empty());
        let after = toks[i + 1..].iter().find(|k| !k.word.trim().is_empty());
        titled(before) || titled(after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    fn ents(s: &str) -> Vec<(String, &'static str)> {
        let pats = Patterns::builtin().unwrap();
        let seg = Segmenter::new(&pats.user_dict).unwrap();
        entities(&seg.segment(s), &pats, &[], &[], &|w| seg.is_known(w))
            .into_iter()
            .map(|e| (e.text, e.ty.name()))
            .collect()
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
    fn people_whatever_name_tag_jieba_gives() {
        // jieba tags 李强 nrfg, not nr.
        let e = ents("县长李强到东沟村调研");
        assert!(e.contains(&("李强".into(), "PER")), "{e:?}");
    }

    #[test]
    fn projects_across_masked_figures_and_phases() {
        let pats = Patterns::builtin().unwrap();
        let seg = Segmenter::new(&pats.user_dict).unwrap();
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
    fn projects_keep_their_figures() {
        let e = ents("积极争取中电农创150MW风力发电项目落地");
        assert!(
            e.iter()
                .any(|(t, ty)| t.ends_with("风力发电项目") && *ty == "PROJ"),
            "{e:?}"
        );
    }
}
