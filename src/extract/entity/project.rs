//! Projects: the maximal name before a project suffix (…项目, …工程, …基地, …风电场),
//! starting after a verb or 的 of its clause (签约X项目, 承建的X项目) when there is one;
//! generic mentions (重点项目, 27个项目, 一批项目) are none. Word lists: cues.tsv
//! `entity.project_verb`, `entity.project_generic`.

use super::{is_han, EntityMention, Sentence};
use crate::extract::subject::is_delim;
use crate::patterns::EntityType;

/// Fewest chars a project's name keeps after the company's name that opens it (see
/// `Sentence::project_investors`).
const MIN_INVESTED_NAME: usize = 4;

/// Fewest chars of their own a project's words after an amount's 的 need to name it
/// without a proper noun (投资4.5亿元的石灰石循环利用开发新型环保材料项目).
const MIN_DESCRIBED_NAME: usize = 8;

/// Most words (figures not counted) between a project's verb and its suffix.
const MAX_WORDS_BEFORE: usize = 12;

impl Sentence<'_> {
    /// Whether the word before the project suffix of token `i` leaves a name: not a
    /// generic word (重点, 招商, 合作), a classifier or numeral (27个, 一批), or an amount
    /// (10亿元项目). A phase (六期) and a figure inside the name (150MW风力发电) stay.
    pub(super) fn project_words_ok(&self, i: usize, suffix: &str) -> bool {
        let toks = self.toks;
        let t = &toks[i];
        let own = &t.word[..t.word.len() - suffix.len()];
        // A project named by its capacity (年产8万吨铝材建设项目), whatever its last words.
        if self.capacity_start(i).is_some() {
            return true;
        }
        // A works named only by its capacity (生产线: `entity.project_capacity_suffix`).
        let capacity_only = (self.pats.cues).at(crate::cue!("entity.project_capacity_suffix"));
        if capacity_only.contains(suffix) {
            return false;
        }
        let generic = self.pats.cues.at(crate::cue!("entity.project_generic"));
        if !own.is_empty() {
            return !generic.ends(own)
                || i > 0 && (self.built_body(i - 1) || self.placed_works(i))
                || self.placed_site(i, i, suffix);
        }
        let Some(k) = i.checked_sub(1) else {
            return true;
        };
        let p = &toks[k];
        let built = k > 0 && self.built_body(k - 1);
        let generic_run = generic.ends(p.word)
            && !built
            && !self.named_before_generic(k)
            && !self.placed_site(k, i, suffix);
        // A joiner before the bare suffix (招商引资/和/项目/建设) joins two activities; a
        // place alone before it and a generic word after it (某县/项目/建设) is the place's
        // work in general.
        let joined = self.joiners.contains(p.word);
        let placed = (p.tag == "ns" || super::super::place::is_division_name(self.pats, p.word))
            && (k == 0 || !toks[k - 1].tag.starts_with('n') || self.in_figure(k - 1))
            && toks.get(i + 1).is_some_and(|t| generic.contains(t.word));
        !(self.in_figure(k) || generic_run || joined || placed || self.count_word(k, i))
    }

    /// Whether the run of generic words ending at token `k` (产业, 建设) follows a name
    /// of its own (某某/养老/产业/项目: the name's own words before its kind of works): the
    /// token before the run is a word of two ideographs or more that jieba does not know (攻坚/重点/工程 is a slogan's words, no name). The caller's own checks (a proper noun, an unknown word or a figure
    /// among the words) still decide whether the words name a project.
    fn named_before_generic(&self, k: usize) -> bool {
        let toks = self.toks;
        let generic = self.pats.cues.at(crate::cue!("entity.project_generic"));
        let mut m = k;
        while m > 0 && !self.in_figure(m - 1) && generic.contains(toks[m - 1].word) {
            m -= 1;
        }
        let Some(p) = m.checked_sub(1).map(|p| &toks[p]) else {
            return false;
        };
        // Only a word jieba does not know: its name tags fall on common words too (普通/nz
        // 国省道, 特许权/nr 中标), which would make a road class or a tender a project.
        let named = !(self.known)(p.word);
        !self.in_figure(m - 1)
            && named
            && p.word.chars().count() >= 2
            && p.word.chars().all(is_han)
            && !self.idx.is_stop(p.word)
    }

    /// Whether the run of generic words ending at token `k` (现代农业, 设施/农业) before
    /// the suffix token `i` follows a division's name (儋州/现代农业/产业园,
    /// 某某/塔什/镇/设施/农业/基地): a place's named site. Only for sites
    /// (`entity.project_site_suffix`: 基地, 产业园); a place's 农业项目 is its works in
    /// general.
    fn placed_site(&self, k: usize, i: usize, suffix: &str) -> bool {
        let toks = self.toks;
        let sites = self.pats.cues.at(crate::cue!("entity.project_site_suffix"));
        if !sites.contains(suffix) {
            return false;
        }
        let generic = self.pats.cues.at(crate::cue!("entity.project_generic"));
        // A site inside a longer works' name (某某基地/建设/项目) leaves that name to decide.
        let longer = toks.get(i + 1).is_some_and(|t| {
            generic.contains(t.word)
                || (self.idx.suffix(t.word))
                    .is_some_and(|x| self.pats.entity_suffixes[x].1 == EntityType::Proj)
        });
        if longer {
            return false;
        }
        let word = toks[k].word;
        let own = if k == i {
            &word[..word.len() - suffix.len()]
        } else {
            word
        };
        if !generic.ends(own) {
            return false;
        }
        // The site's own nouns (设施/农业) may come between the place and the suffix.
        let mut m = k;
        while m > 0 && k - m < 4 && !self.in_figure(m - 1) {
            if self.division_ending(m - 1) {
                return true;
            }
            if !matches!(toks[m - 1].tag, "n" | "vn" | "l" | "nz") {
                return false;
            }
            m -= 1;
        }
        false
    }

    /// Whether a division's name of two chars or more ends at token `k`, written as one
    /// word or split by jieba into up to three (阿克/塔什/镇, 海流图/镇).
    pub(super) fn division_ending(&self, k: usize) -> bool {
        let toks = self.toks;
        (0..3).any(|n| {
            k >= n && !(k - n..=k).any(|m| self.in_figure(m)) && {
                let name: String = toks[k - n..=k].iter().map(|t| t.word).collect();
                name.chars().count() >= 2
                    && name.chars().all(is_han)
                    && super::super::place::is_division_name(self.pats, &name)
            }
        })
    }

    /// Whether the words before token `i` (a generic works word glued to its suffix:
    /// 工程项目) are a division's name and then nouns of two chars or more that are no
    /// generic words (某镇/公共交通/设施/工程项目): a named works of that place.
    fn placed_works(&self, i: usize) -> bool {
        let toks = self.toks;
        let generic = self.pats.cues.at(crate::cue!("entity.project_generic"));
        let nouns = (toks[..i].iter().rev())
            .take_while(|t| {
                t.tag.starts_with('n')
                    && t.tag != "ns"
                    && t.word.chars().count() >= 2
                    && !generic.contains(t.word)
            })
            .count();
        let Some(place) = (nouns > 0 && nouns < i).then(|| &toks[i - nouns - 1]) else {
            return false;
        };
        !self.in_figure(i - nouns - 1)
            && (place.tag == "ns" || super::super::place::is_division_name(self.pats, place.word))
    }

    /// Whether token `k` ends in a building's body (某某中学, 某县人民医院:
    /// `entity.project_built_body`): its works (某某中学/建设项目) are a project named by it.
    fn built_body(&self, k: usize) -> bool {
        let bodies = self.pats.cues.at(crate::cue!("entity.project_built_body"));
        !self.in_figure(k) && bodies.ends(self.toks[k].word)
    }

    /// Whether token `k` (before suffix token `i`) is a numeral or classifier, not a
    /// figure of the name nor a phase or number label (六期, 2/号).
    fn count_word(&self, k: usize, i: usize) -> bool {
        let toks = self.toks;
        let phase = |m: usize| m < i && self.phases.ends(toks[m].word);
        // A classifier right after a noun, verb or locality is a noun of the name
        // (出口/段, 下游/段).
        let noun_part = toks[k].tag == "q"
            && k > 0
            && !self.in_figure(k - 1)
            && toks[k - 1].tag.starts_with(['n', 'v', 'f', 's']);
        !self.in_figure(k)
            && matches!(toks[k].tag, "m" | "q" | "mq")
            && !noun_part
            && !phase(k)
            && !phase(k + 1)
    }

    /// The token `n` words before token `i`, the chars of figures (masked one token
    /// each) not counted.
    fn words_back(&self, i: usize, n: usize) -> usize {
        let mut from = i;
        let mut words = 0;
        while from > 0 && words < n {
            from -= 1;
            words += usize::from(!self.in_figure(from));
        }
        from
    }

    /// The first token of the project named after a verb or 的 in the clause of suffix
    /// token `i` (签约/羊狮慕康养休闲特色小镇/项目, 承建的/滨海北H1#海上风电/项目): the words
    /// between, with four chars or more of their own (外资项目 is a kind, not a name) and
    /// no count among them (第一个).
    /// None when no such word comes first in the clause, or across 和 (two projects).
    pub(super) fn project_after_verb(&self, i: usize, suffix: &str) -> Option<usize> {
        let toks = self.toks;
        if let Some(k) = self.capacity_start(i) {
            return Some(k);
        }
        let verbs = self.pats.cues.at(crate::cue!("entity.project_verb"));
        // The nearest verb before the name, and the clause's first token.
        let (mut verb, mut opening) = (None, None);
        // A joiner crossed inside the name (锂电材料/及/电池回收): only a name after a verb.
        let mut joined: Option<usize> = None;
        for k in (self.words_back(i, MAX_WORDS_BEFORE)..i).rev() {
            if self.in_figure(k) {
                continue;
            }
            let w = toks[k].word;
            // Across 和 after a project word (A项目和B项目): two projects (before the
            // verb: no clause of its own); between two parts of one name (锂电材料及
            // 电池回收项目) it joins them.
            // A project word of any suffix (A项目和B物流园项目).
            let suffixed = |m: usize| {
                toks[m].word.ends_with(suffix)
                    || (self.idx.suffix(toks[m].word))
                        .is_some_and(|x| self.pats.entity_suffixes[x].1 == EntityType::Proj)
            };
            if self.joiners.contains(w) {
                if verb.is_some() || k == 0 || suffixed(k - 1) {
                    verb?;
                    break;
                }
                joined = Some(k);
            }
            if w.chars()
                .any(|c| is_delim(c) || c.is_whitespace() || is_open_mark(c))
            {
                opening = Some(k + 1);
                break;
            }
            // The investor right before the name (某某集团有限公司/马铃薯/加工/项目): the
            // company names the project its words describe.
            if verb.is_none() && joined.is_none() && k + 1 < i && self.investor(k) {
                return self.invested_from(k + 1, i, suffix);
            }
            // A project named by its investor alone (某某农业开发有限公司/项目).
            if k + 1 == i && toks[i].word == suffix && self.investor(k) {
                if let Some(m) = self.investor_start(k) {
                    return Some(m);
                }
            }
            let after_verb = verbs.value(w) == Some("after_verb");
            // 承建的, and 的 after a figure (总投资10亿元的X项目).
            let verb_before = k > 0 && (toks[k - 1].tag.starts_with('v') || self.in_figure(k - 1));
            if verb.is_none() && verbs.contains(w) && (!after_verb || verb_before) {
                verb = Some(k);
            }
            if k == 0 {
                opening = Some(0);
            }
        }
        // A plan (计划) is a programme's name only when no verb follows it (计划完成 …).
        let plans = self.pats.cues.at(crate::cue!("entity.project_plan"));
        if plans.contains(suffix) && toks.get(i + 1).is_some_and(|t| t.tag.starts_with('v')) {
            return None;
        }
        // After a figure's 的 a figure opens no name (的35个项目 counts projects).
        if verb.is_some_and(|v| self.in_figure(v + 1) && v > 0 && self.in_figure(v - 1)) {
            return None;
        }
        if let Some(j) = joined {
            // Both parts named after the verb, the first no count (的35个项目) and
            // ending with a noun (建设/及 joins two activities).
            let v = verb?;
            // An abbreviation (仓储/j) ends a noun phrase too.
            if v + 1 >= j || self.in_figure(v + 1) || !toks[j - 1].tag.starts_with(['n', 'j']) {
                return None;
            }
        }
        // After the verb; else, when the name is its clause's whole, from the clause start
        // (云台山景观林/建设/三期工程: 建设 leaves too short a name).
        // After an amount's 的 (投资4.5亿元的/石灰石循环利用…项目) the amount says one works
        // is meant: a long description names it even with common words only.
        let amount_de = |v: usize| {
            verbs.value(toks[v].word) == Some("after_verb") && v > 0 && self.in_figure(v - 1)
        };
        if let Some(j) = verb.and_then(|v| self.named_from(v + 1, i, suffix, amount_de(v))) {
            return Some(j);
        }
        (|| {
            let clause = self
                .pats
                .cues
                .at(crate::cue!("entity.project_clause_suffix"));
            let subjects = self
                .pats
                .cues
                .at(crate::cue!("entity.project_subject_suffix"));
            // A word opening the parts of a whole (其中) is no part of the name.
            let leads = self.pats.cues.at(crate::cue!("entity.project_lead"));
            let open = opening.map(|o| {
                let lead = toks.get(o).is_some_and(|t| leads.contains(t.word));
                // An item's number in brackets ((四)某某项目：) opens no name either.
                let numbered =
                    o + 2 < i && toks[o].tag == "m" && toks[o + 1].word.chars().all(is_close_mark);
                o + usize::from(lead && o + 1 < i) + 2 * usize::from(numbered)
            })?;
            let start = (clause.contains(suffix))
                .then(|| self.clause_name(open, i))
                .flatten()
                .or_else(|| {
                    (subjects.contains(suffix) && verb.is_none())
                        .then(|| self.subject_name(open, i))
                        .flatten()
                })?;
            (verb.is_none_or(|v| v > start)).then_some(start)
        })()
        .and_then(|start| self.named_from(start, i, suffix, false))
    }

    /// The first token of a project named by its capacity before suffix token `i`
    /// (年产/8万吨/铝材/项目, 年/加工/5万吨/小麦/项目, 年产/1万吨/涂料/和/2万吨/胶水/项目): an
    /// `entity.project_capacity` word, or an `entity.project_rate` word and a verb of two
    /// chars, right before a figure, in the suffix's clause with no other verb (but one
    /// before a noun: 防水/卷材), no 的 and
    /// two chars or more of words of ideographs besides the figures. Whatever comes
    /// before the capacity (a verb, a park's name) is no part of the name.
    pub(super) fn capacity_start(&self, i: usize) -> Option<usize> {
        let toks = self.toks;
        let caps = self.pats.cues.at(crate::cue!("entity.project_capacity"));
        let rates = self.pats.cues.at(crate::cue!("entity.project_rate"));
        let figure = |m: usize| m < i && self.in_figure(m);
        let rate_verb = |k: usize| {
            k >= 1
                && rates.contains(toks[k - 1].word)
                && toks[k].word.chars().count() == 2
                && toks[k].word.chars().all(is_han)
        };
        let mut own = toks[i].word.chars().count();
        for k in (i.saturating_sub(40)..i).rev() {
            // A 、 before a figure lists the products of one capacity (年产6万吨甲、9万吨
            // 乙项目): the name goes on through it.
            if self.in_figure(k) || toks[k].word == "\u{3001}" && figure(k + 1) {
                continue;
            }
            let t = &toks[k];
            // A joiner after another project's word (甲项目/和/乙园): two projects, the
            // capacity names the first only.
            let other = k > 0
                && self.joiners.contains(t.word)
                && (self.idx.suffix(toks[k - 1].word))
                    .is_some_and(|x| self.pats.entity_suffixes[x].1 == EntityType::Proj);
            if other {
                return None;
            }
            if caps.contains(t.word) && figure(k + 1) || rate_verb(k + 1) && figure(k + 2) {
                return (own >= 4).then_some(k);
            }
            // A verb before a noun of the name modifies it (防水/卷材).
            let modifier =
                (toks.get(k + 1)).is_some_and(|u| matches!(u.tag, "n" | "vn" | "ng" | "zg"));
            let stop = t.tag == "v" && !rate_verb(k) && !modifier
                || t.tag == "uj"
                || !t
                    .word
                    .chars()
                    .all(|c| is_han(c) || c.is_ascii_alphanumeric());
            if stop {
                return None;
            }
            own += t.word.chars().count();
        }
        None
    }

    /// Whether a verb of `entity.project_verb` (实施, 建设; not 的) that jieba tags as a
    /// verb lies among tokens `j..i` with a word after it: the clause's verb, no word of a
    /// name opening before it.
    pub(super) fn project_verb_inside(&self, j: usize, i: usize) -> bool {
        let verbs = self.pats.cues.at(crate::cue!("entity.project_verb"));
        (j..i).any(|k| {
            let t = &self.toks[k];
            k + 1 < i
                && t.tag == "v"
                && !self.in_figure(k)
                && verbs.contains(t.word)
                && verbs.value(t.word) != Some("after_verb")
        })
    }

    /// Whether token `k` ends a company's or cooperative's name (有限公司, 集团:
    /// `entity.company_suffix`), an investor that can open the name of its project.
    fn investor(&self, k: usize) -> bool {
        let w = self.toks[k].word;
        !self.in_figure(k)
            && (self.pats.cues)
                .at(crate::cue!("entity.company_suffix"))
                .ends(w)
    }

    /// The first token of the company's name that token `k` ends, if it makes one.
    fn investor_start(&self, k: usize) -> Option<usize> {
        let e = self.mention_at(k)?;
        (e.ty == EntityType::Org)
            .then(|| (0..=k).find(|&m| self.toks[m].start == e.start))
            .flatten()
    }

    /// `start` when the words from it to the suffix token `i`, right after their
    /// investor, name its project: nouns only (马铃薯/雪/花粉/加工, jieba `n`, `vn`; no
    /// verb of a clause, no generic word before the suffix), four chars or more of their
    /// own, no count; the investor's name makes them a name.
    fn invested_from(&self, start: usize, i: usize, suffix: &str) -> Option<usize> {
        let toks = self.toks;
        let generic = self.pats.cues.at(crate::cue!("entity.project_generic"));
        let nouns = (start..i).all(|k| {
            self.in_figure(k)
                || (toks[k].tag.starts_with('n') || toks[k].tag == "vn")
                    && !generic.contains(toks[k].word)
        });
        let own = self.own_chars(start, i, suffix);
        let counted = (start..i).any(|k| self.count_word(k, i));
        (nouns && own >= 4 && !counted).then_some(start)
    }

    /// The chars of the words from `start` to the suffix token `i`, less the suffix's.
    fn own_chars(&self, start: usize, i: usize, suffix: &str) -> usize {
        (self.toks[start..=i].iter())
            .map(|t| t.word.chars().count())
            .sum::<usize>()
            - suffix.chars().count()
    }

    /// `start` when the words from it to the suffix token `i` make a name: four chars or
    /// more of their own, no count among them (第一个), ideographs, letters, digits; with
    /// `described` (after an amount's 的), [`MIN_DESCRIBED_NAME`] chars of common words do.
    fn named_from(&self, start: usize, i: usize, suffix: &str, described: bool) -> Option<usize> {
        let toks = self.toks;
        // An adverb after the verb is no part of the name (打造/全新/某某产业园).
        let mut start = start;
        // A project word and a verb after the verb's 的 (开工的/重点项目/分别/是/甲项目,
        // 的/项目/包括/甲项目): the clause says which works they are, the name opens after
        // that verb.
        if let Some(k) = (start + 1..i)
            .rev()
            .find(|&k| self.verb_after_project(start, k))
        {
            start = k + 1;
        }
        // A preposition (记者/在/某某产业园/建设/现场) opens the place where things happen:
        // the name starts after it (a joiner, 与, joins two parts of one name).
        if let Some(k) = (start..i).rev().find(|&k| {
            toks[k].tag == "p" && !self.in_figure(k) && !self.joiners.contains(toks[k].word)
        }) {
            start = k + 1;
        }
        while start < i && toks[start].tag == "d" && !self.in_figure(start) {
            start += 1;
        }
        // Nor a count and a copula (有/3个/是/新材料项目): the name, if any, follows.
        let copulas = self.pats.cues.at(crate::cue!("subject.copula"));
        let m = (start..i).find(|&k| !self.in_figure(k)).unwrap_or(i);
        if m < i && copulas.contains(toks[m].word) {
            start = m + 1;
        }
        let own = self.own_chars(start, i, suffix);
        let counted = (start..i).any(|k| self.count_word(k, i));
        // A 的 inside describes the works (某地/最大/的/加工/基地), no name.
        let words_ok = (start..=i).all(|k| {
            self.in_figure(k)
                || toks[k].tag != "uj"
                    && toks[k]
                        .word
                        .chars()
                        .all(|c| is_han(c) || c.is_ascii_alphanumeric() || c == '#')
        });
        // Something names it: a proper noun, a division's name, a word the dictionary
        // does not know (a local name's rare chars), a figure or a number (十大/旗舰/计画;
        // 新能源/电气设备/项目 is a kind of works, no name).
        let numeral = |w: &str| {
            (w.chars().next())
                .is_some_and(|c| crate::extract::number::parse_number(&c.to_string()).is_ok())
        };
        let named = (start..=i).any(|k| {
            let t = &toks[k];
            self.in_figure(k)
                || matches!(t.tag, "m" | "eng")
                || numeral(t.word)
                || self.proper(t, EntityType::Proj)
                || self.division_ending(k)
                || t.word.chars().all(is_han) && !(self.known)(t.word)
        });
        // A works described after an amount's 的 needs no name, only words enough.
        let described = described && own >= MIN_DESCRIBED_NAME;
        (own >= 4 && !counted && words_ok && (named || described)).then_some(start)
    }

    /// Whether token `k` is a verb or a preposition (是, 有, 包括, 为) after a project word
    /// (项目, 重点项目; adverbs between: 分别/是) at or after token `start`: a clause
    /// saying which works the project word means.
    fn verb_after_project(&self, start: usize, k: usize) -> bool {
        let toks = self.toks;
        if self.in_figure(k) || !matches!(toks[k].tag, "v" | "p") {
            return false;
        }
        let mut m = k;
        while m > start && toks[m - 1].tag == "d" && !self.in_figure(m - 1) {
            m -= 1;
        }
        m > start
            && !self.in_figure(m - 1)
            && (self.idx.suffix(toks[m - 1].word))
                .is_some_and(|x| self.pats.entity_suffixes[x].1 == EntityType::Proj)
    }

    /// The first token of a project that is its clause's whole (a heading 蓝田水闸重建工程,
    /// an item of a list “云台山景观林建设三期工程、…”): the clause opens at `start` with a
    /// proper noun followed by a noun, and ends right after the suffix token `i`.
    fn clause_name(&self, start: usize, i: usize) -> Option<usize> {
        let toks = self.toks;
        // A proper noun, no verb jieba tags as one (新建/ns).
        let verbs = self.pats.cues.at(crate::cue!("entity.name_verb"));
        let proper = |k: usize| {
            matches!(toks[k].tag, "nr" | "ns" | "nz" | "nrt")
                && !self.idx.is_stop(toks[k].word)
                && !verbs.contains(toks[k].word)
        };
        let list_end = self.pats.cues.at(crate::cue!("place.list_end"));
        // An item of a list of projects (A项目、B项目等): it may open with any noun.
        let in_list = self.listed_project(start, i);
        // The clause ends after the suffix (not a masked figure: 工程12处).
        let ends = toks.get(i + 1).is_none_or(|t| {
            !self.in_figure(i + 1)
                && (t
                    .word
                    .chars()
                    .all(|c| is_delim(c) || c.is_whitespace() || is_close_mark(c))
                    || in_list && list_end.contains(t.word))
        });
        // A list's end (A、B等项目) makes a count of projects, no name.
        let listed = (start..i).any(|k| list_end.contains(toks[k].word));
        // A clause saying what a named project is (甲项目是…最大的项目) is no name: a
        // pronoun, a 的 or a project word before a verb inside ends the clause's name.
        let said = (start..i).any(|k| {
            let t = &toks[k];
            let suffixed = (self.idx.suffix(t.word))
                .is_some_and(|x| self.pats.entity_suffixes[x].1 == EntityType::Proj);
            !self.in_figure(k)
                && (matches!(t.tag, "uj" | "r") || suffixed && toks[k + 1].tag.starts_with('v'))
        });
        if said {
            return None;
        }
        let generic = self.pats.cues.at(crate::cue!("entity.project_generic"));
        // A word the dictionary does not know opening the clause (a coined brand, 某悦/a)
        // names the works as a proper noun does.
        let coined = |k: usize| {
            let w = toks[k].word;
            w.chars().count() >= 2
                && w.chars().all(is_han)
                && !(self.known)(w)
                && !self.idx.is_stop(w)
                && !matches!(
                    toks[k].tag,
                    "v" | "d" | "p" | "r" | "c" | "u" | "uj" | "m" | "t"
                )
        };
        // … unless another works' word follows it (某某/产业园/高标准/引进/项目 says what
        // the park does).
        let other_works = (start + 1..i).any(|k| {
            (self.idx.suffix(toks[k].word))
                .is_some_and(|x| self.pats.entity_suffixes[x].1 == EntityType::Proj)
        });
        let opens = proper(start)
            || coined(start) && !other_works
            || in_list
                && toks[start].tag.starts_with('n')
                && !(start..i).any(|k| self.is_name(&toks[k]))
                && !generic.contains(toks[start].word)
                && !self.idx.is_stop(toks[start].word);
        // The word after the opening one a noun, or letters (某某/3D/打印…项目).
        let next = |t: &crate::segment::Token| t.tag.starts_with('n') || t.tag == "eng";
        (start + 1 < i && opens && next(&toks[start + 1]) && ends && !listed).then_some(start)
    }

    /// The first token of a named work that is its clause's subject (甲溪乙段护岸治理工程
    /// 经费…, 丙县生态工业区产业园实现产值…, 丁村供水工程于…完工): the clause opens at
    /// `start` with the name, and the suffix token `i` is followed by a verb, a
    /// preposition or, later in the clause, a figure (not right after it: 工程12处 counts
    /// works). The words before the suffix name something: a proper noun, a division's
    /// name or a word the dictionary does not know (a local name's rare chars, 椬梧), and
    /// none is a verb, time word, pronoun, count, anaphor (全县) or generic word opening
    /// the clause (重点, 该), nor a 的.
    fn subject_name(&self, start: usize, i: usize) -> Option<usize> {
        let toks = self.toks;
        let next = toks.get(i + 1)?;
        if start >= i || self.in_figure(i + 1) {
            return None;
        }
        let clause_end = (i + 1..toks.len())
            .find(|&k| {
                !self.in_figure(k)
                    && toks[k]
                        .word
                        .chars()
                        .any(|c| is_delim(c) || c.is_whitespace())
            })
            .unwrap_or(toks.len());
        let figure_after = (i + 2..clause_end).any(|k| self.in_figure(k));
        // An adverb before the verb (某市静脉产业园/将/成为) leaves the work its subject.
        let adverb_verb =
            next.tag == "d" && toks.get(i + 2).is_some_and(|t| t.tag.starts_with('v'));
        if !(next.tag.starts_with('v') || next.tag == "p" || figure_after || adverb_verb) {
            return None;
        }
        let generic = self.pats.cues.at(crate::cue!("entity.project_generic"));
        let anaphors = self.pats.cues.at(crate::cue!("place.anaphor"));
        let first = &toks[start];
        // A place word opening it (海口/s 港/二期工程) names it as a noun does.
        let opens = (first.tag.starts_with('n')
            || matches!(first.tag, "x" | "g" | "zg" | "eng" | "s"))
            && !generic.contains(first.word)
            && !self.idx.is_stop(first.word);
        // A verb only as the work done, right before the suffix (护岸/治理/工程); one
        // before it makes a clause (某县/召开/能源项目).
        let plain = (start..i).all(|k| {
            let t = &toks[k];
            !self.in_figure(k)
                && !matches!(t.tag, "uj" | "r" | "t")
                && (t.tag != "v" || k + 1 == i)
                && !self.count_word(k, i)
                && !anaphors.contains(t.word)
        });
        let named = (start..i).any(|k| {
            let t = &toks[k];
            self.proper(t, EntityType::Proj)
                || super::super::place::is_division_name(self.pats, t.word)
                || t.word.chars().all(is_han) && !(self.known)(t.word)
        });
        (opens && plain && named).then_some(start)
    }

    /// Whether the words `start..=i` are an item of a list whose item before or after
    /// (across a 、) ends with the same project suffix word (动物疫苗生产基地/项目、).
    fn listed_project(&self, start: usize, i: usize) -> bool {
        let toks = self.toks;
        let sep = |k: usize| toks.get(k).is_some_and(|t| t.word == "、");
        let same = |k: usize| toks.get(k).is_some_and(|t| t.word == toks[i].word);
        let before = start >= 2 && sep(start - 1) && same(start - 2);
        let after = sep(i + 1)
            && (i + 2..toks.len().min(i + 14))
                .find(|&k| {
                    toks[k]
                        .word
                        .chars()
                        .any(|c| is_delim(c) || c.is_whitespace())
                })
                .is_some_and(|k| same(k - 1));
        before || after
    }
}

impl Sentence<'_> {
    /// The place word a project's name opens with (旬阳县/生态/工业/集中区): a division's
    /// name with its suffix, three chars or more, that jieba tags as a place, or a
    /// county's short name it takes for a verb (某化/v 抽水蓄能/电站/项目), not
    /// followed by a joiner or 、 (甲区/和/乙县/两个/产业园 names two). It stays the place
    /// of the sentence's figures though the project hides it as an entity
    /// ([`super::PROJECT_PLACE`]).
    pub(super) fn project_places(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let mut places = Vec::new();
        for e in out.iter().filter(|e| e.ty == EntityType::Proj) {
            let Some(k) = toks.iter().position(|t| t.start == e.start) else {
                continue;
            };
            let (t, next) = (&toks[k], toks.get(k + 1));
            let suffixed = self.idx.suffix(t.word).is_some_and(|x| {
                let (suffix, ty) = &self.pats.entity_suffixes[x];
                *ty == EntityType::Loc && t.word.len() > suffix.len()
            });
            let joined = next.is_none_or(|n| n.word == "、" || self.joiners.contains(n.word));
            // A county's short name jieba took for a verb (某化/v 抽水蓄能电站项目) too.
            let named =
                t.tag == "ns" && t.word.chars().count() >= 3 && suffixed || self.verb_seat(t);
            if t.end < e.end && named && !joined {
                places.push(EntityMention {
                    start: t.start,
                    end: t.end,
                    text: t.word.to_string(),
                    ty: EntityType::Loc,
                    byline: false,
                    how: super::PROJECT_PLACE,
                    division: None,
                });
            }
        }
        out.extend(places);
    }

    /// A company's name opening a project's (某某科技有限公司年产800万平方米岩板生产线项目):
    /// the company is the investor, an organisation of its own, and the project is named
    /// from the words after it, when four chars or more of them are left.
    pub(super) fn project_investors(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let mut investors = Vec::new();
        for e in out.iter_mut().filter(|e| e.ty == EntityType::Proj) {
            let inside = |k: usize| toks[k].start >= e.start && toks[k].end < e.end;
            let Some(k) = (0..toks.len()).rfind(|&k| inside(k) && self.investor(k)) else {
                continue;
            };
            let (cut, rest) = (toks[k].end, e.end - toks[k].end);
            if rest < MIN_INVESTED_NAME || cut - e.start <= toks[k].word.chars().count() + 1 {
                continue;
            }
            let chars: Vec<char> = e.text.chars().collect();
            let n = cut - e.start;
            if n >= chars.len() {
                continue;
            }
            investors.push(EntityMention {
                start: e.start,
                end: cut,
                text: chars[..n].iter().collect(),
                ty: EntityType::Org,
                byline: false,
                how: "a company opening a project's name (entity.company_suffix)",
                division: None,
            });
            e.text = chars[n..].iter().collect();
            e.start = cut;
        }
        out.extend(investors);
        out.sort_by_key(|e| e.start);
    }

    /// Projects named as the items of a list (包括：甲县乙河段防洪工程、丙市丁溪水系建设、…等):
    /// items joined by 、 between two clause marks, three or more, two or more of them
    /// ending in a project suffix (or one, when the clause before the list names projects:
    /// 新开工项目5个，包括：…). Each item that opens with a place (a division's name or a
    /// jieba place word) is a project named from that place to the item's end, whatever
    /// its suffix (…水系建设, …示范段): the list says what it is. A bracket ending the
    /// item stays when it holds a phase ((一期)), else it is an aside (a place) and left
    /// out; 等 closing the list is no part of the last item.
    pub(super) fn listed_projects(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        // Items as (first token, token after, joined to the next item by 、).
        let mut items: Vec<(usize, usize, bool)> = Vec::new();
        let mut start = 0;
        for (k, t) in toks.iter().enumerate() {
            if self.in_figure(k) {
                continue;
            }
            let sep = t.word == "、";
            if sep || t.word.chars().any(|c| is_delim(c) || c.is_whitespace()) {
                items.push((start, k, sep));
                start = k + 1;
            }
        }
        items.push((start, toks.len(), false));
        let mut a = 0;
        while a < items.len() {
            let mut b = a;
            while items[b].2 && b + 1 < items.len() {
                b += 1;
            }
            if b + 1 - a >= 3 {
                self.project_list(&items[a..=b], a.checked_sub(1).map(|p| items[p]), out);
            }
            a = b + 1;
        }
    }

    /// Projects listed clause by clause after an enumerating lead (分别是甲县乙路建设项目，
    /// 丙镇丁片区、戊片区产业基地项目，…: `entity.project_list_lead`): each clause from the
    /// lead on that ends in a project suffix word and names something of its own (see
    /// [`Self::named_listed_item`]) or opens with a place is one project, a 、 inside it
    /// included (its places listed in the name); the list ends at the first clause that
    /// ends otherwise, and needs two such clauses. A clause holding a project word before
    /// a 、 is a list of its own (read by [`Self::listed_projects`]), and one holding a
    /// project found already keeps that one.
    pub(super) fn enumerated_projects(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let leads = self.pats.cues.at(crate::cue!("entity.project_list_lead"));
        let Some(lead_end) = (0..toks.len()).find_map(|k| {
            let one = leads.contains(toks[k].word);
            // Two words make a lead only when the first opens one (no string built else).
            let opens = toks[k]
                .word
                .chars()
                .next()
                .is_some_and(|c| leads.has_first(c));
            let two = opens
                && toks
                    .get(k + 1)
                    .is_some_and(|u| leads.contains(&format!("{}{}", toks[k].word, u.word)));
            (!self.in_figure(k) && (one || two)).then_some(k + 1 + usize::from(two && !one))
        }) else {
            return;
        };
        let project_word = |k: usize| {
            (self.idx.suffix(toks[k].word))
                .is_some_and(|s| self.pats.entity_suffixes[s].1 == EntityType::Proj)
                && !self.idx.is_stop(toks[k].word)
        };
        let clause_end = |k: usize| {
            !self.in_figure(k) && toks[k].word != "、" && toks[k].word.chars().any(is_delim)
        };
        let mut found = Vec::new();
        let mut a = lead_end;
        while a < toks.len() {
            if clause_end(a) && found.is_empty() && a == lead_end {
                a += 1;
                continue;
            }
            let b = (a..toks.len())
                .find(|&k| clause_end(k))
                .unwrap_or(toks.len());
            if b <= a + 1 || !project_word(b - 1) {
                break;
            }
            let first = self.after_figure_de(a, b);
            let plain = (first..b).all(|k| {
                self.in_figure(k)
                    || toks[k].word == "、"
                    || toks[k].word.chars().all(|c| {
                        is_han(c)
                            || c.is_ascii_alphanumeric()
                            || c == '#'
                            || is_open_mark(c)
                            || is_close_mark(c)
                    })
            });
            let sublist = (first + 1..b).any(|k| toks[k].word == "、" && project_word(k - 1));
            let text: String = toks[first..b].iter().map(|t| t.word).collect();
            let n = text.chars().count();
            let named = self.place_opens(first) || self.named_listed_item(first, b);
            if plain && !sublist && named && (6..=60).contains(&n) {
                found.push(EntityMention {
                    start: toks[first].start,
                    end: toks[b - 1].end,
                    text,
                    ty: EntityType::Proj,
                    byline: false,
                    how: "project listed clause by clause (entity.project_list_lead)",
                    division: None,
                });
            }
            a = b + 1;
        }
        if found.len() < 2 {
            return;
        }
        for e in found {
            let known = out
                .iter()
                .any(|o| o.ty == EntityType::Proj && e.start <= o.start && o.end <= e.end);
            if !known {
                self.push(e, out);
            }
        }
    }

    /// The projects of one list of `items` (see [`Self::listed_projects`]); `before` is
    /// the clause before the list.
    fn project_list(
        &self,
        items: &[(usize, usize, bool)],
        before: Option<(usize, usize, bool)>,
        out: &mut Vec<EntityMention>,
    ) {
        let toks = self.toks;
        let list_end = self.pats.cues.at(crate::cue!("place.list_end"));
        let suffix_clauses = self
            .pats
            .cues
            .at(crate::cue!("entity.project_clause_suffix"));
        let project_word = |k: usize| {
            self.idx
                .suffix(toks[k].word)
                .is_some_and(|s| self.pats.entity_suffixes[s].1 == EntityType::Proj)
                && !self.idx.is_stop(toks[k].word)
        };
        // Each item's words without the list's closing 等 and an aside in brackets; the
        // first item without the clause's words before the list (分别/为/甲项目).
        let spans: Vec<(usize, usize)> = items
            .iter()
            .enumerate()
            .map(|(n, &(a, b, _))| {
                let a = if n == 0 { self.list_start(a, b) } else { a };
                let a = self.after_figure_de(a, b);
                // The last item ends at the list's closing word, whatever the clause
                // goes on with (丙至丁/等/一批/项目/加快建设).
                let mut b = (a + 1..b)
                    .find(|&k| list_end.contains(toks[k].word))
                    .map_or(b, |k| k + 1);
                while b > a + 1 && list_end.contains(toks[b - 1].word) {
                    b -= 1;
                }
                if b > a + 1 && matches!(toks[b - 1].word, ")" | "）") {
                    let open = (a + 1..b - 1)
                        .rev()
                        .find(|&k| matches!(toks[k].word, "(" | "（"));
                    if let Some(open) = open {
                        let phase = (open + 1..b - 1).any(|k| self.phases.ends(toks[k].word));
                        if !phase {
                            b = open;
                        }
                    }
                }
                (a, b)
            })
            .collect();
        let suffixed = spans
            .iter()
            .filter(|&&(a, b)| b > a && project_word(b - 1))
            .count();
        let announced = before.is_some_and(|(a, b, _)| {
            (a..b).any(|k| suffix_clauses.suffix_of(toks[k].word).is_some())
        });
        // Most items open with a place: a list of named works, not of activities that
        // the clause's subject opens (甲县/牢固树立大抓项目、抓大项目、…).
        let placed = spans
            .iter()
            .filter(|&&(a, b)| b > a && self.place_opens(a))
            .count();
        // A list after an enumerating lead (分别为：甲、乙、丙; 分别是甲、乙) names works
        // whether or not its items open with a place: each named one is a project.
        let led = before.is_some_and(|(a, b, _)| self.ends_in_list_lead(a, b))
            || items
                .first()
                .is_some_and(|&(a, b, _)| self.ends_in_list_lead(a, spans[0].0.min(b)));
        if !(suffixed >= 2 || suffixed == 1 && announced) || placed * 2 < spans.len() && !led {
            return;
        }
        for &(a, b) in &spans {
            if let Some(e) = self.listed_project_item(a, b) {
                self.push(e, out);
            }
        }
    }

    /// Whether tokens `a..b` end in an enumerating lead (`entity.project_list_lead`: 分别为,
    /// one word or two jieba tokens 分别/为), a clause mark after it left aside.
    fn ends_in_list_lead(&self, a: usize, b: usize) -> bool {
        let toks = self.toks;
        let leads = self.pats.cues.at(crate::cue!("entity.project_list_lead"));
        let mut b = b;
        while b > a
            && toks[b - 1]
                .word
                .chars()
                .all(|c| is_delim(c) || c.is_whitespace())
        {
            b -= 1;
        }
        b > a
            && (leads.contains(toks[b - 1].word)
                || b > a + 1
                    && leads.contains(&format!("{}{}", toks[b - 2].word, toks[b - 1].word)))
    }

    /// The first token of an item's name in tokens `a..b`: after a figure and its 的
    /// (总投资5亿元的/甲项目, 年产10万吨的/乙项目), which say what the works is worth or
    /// makes, no part of its name; else `a`.
    fn after_figure_de(&self, a: usize, b: usize) -> usize {
        let toks = self.toks;
        (a + 1..b.saturating_sub(1))
            .rev()
            .find(|&k| toks[k].tag == "uj" && self.in_figure(k - 1) && !self.in_figure(k))
            .map_or(a, |k| k + 1)
    }

    /// The first token of a list's first item in tokens `a..b`: after the adverbs,
    /// prepositions and verbs of the clause that opens the list (分别/为, 包括), which are
    /// no part of its name.
    fn list_start(&self, a: usize, b: usize) -> usize {
        let toks = self.toks;
        let mut a = a;
        while a + 2 < b && !self.in_figure(a) && matches!(toks[a].tag, "d" | "p" | "v") {
            a += 1;
        }
        a
    }

    /// Whether tokens `a..b` end in a project suffix word and hold a name of their own (a
    /// proper noun, a division, a word the dictionary does not know or a figure), opening
    /// with no verb or adverb: a listed item that is a project though no place opens it
    /// (某钢/3#高炉余热回收项目).
    fn named_listed_item(&self, a: usize, b: usize) -> bool {
        let toks = self.toks;
        let suffixed = (self.idx.suffix(toks[b - 1].word))
            .is_some_and(|s| self.pats.entity_suffixes[s].1 == EntityType::Proj)
            && !self.idx.is_stop(toks[b - 1].word);
        let named = (a..b - 1).any(|k| {
            let t = &toks[k];
            self.in_figure(k)
                || self.proper(t, EntityType::Proj)
                || super::super::place::is_division_name(self.pats, t.word)
                || t.word.chars().count() >= 2
                    && t.word.chars().all(is_han)
                    && !(self.known)(t.word)
        });
        let opens = !matches!(toks[a].tag, "v" | "d" | "p" | "r" | "c" | "u" | "uj" | "m")
            || self.in_figure(a);
        suffixed && named && opens
    }

    /// Whether token `k` is a place: a jieba place word of the dictionary, or a division's
    /// name that jieba reads as no common noun (平和/a, not 资源/n).
    fn place_opens(&self, k: usize) -> bool {
        let t = &self.toks[k];
        t.tag == "ns" && (self.known)(t.word)
            || !matches!(t.tag, "n" | "vn" | "v")
                && crate::extract::place::is_division_name(self.pats, t.word)
    }

    /// The project that the list item of tokens `a..b` names: it opens with a place, has
    /// six chars or more, and holds ideographs, letters, digits, masked figures and
    /// brackets only; its last word is no verb or particle.
    fn listed_project_item(&self, a: usize, b: usize) -> Option<EntityMention> {
        let toks = self.toks;
        if b < a + 2 || crate::extract::text::overlaps(self.quoted, toks[a].start, toks[b - 1].end)
        {
            return None;
        }
        let first = &toks[a];
        let place = self.place_opens(a) || self.named_listed_item(a, b);
        let last = toks[b - 1].tag;
        let plain = (a..b).all(|k| {
            self.in_figure(k)
                || toks[k].word.chars().all(|c| {
                    is_han(c)
                        || c.is_ascii_alphanumeric()
                        || c == '#'
                        || is_open_mark(c)
                        || is_close_mark(c)
                })
        });
        let text: String = toks[a..b].iter().map(|t| t.word).collect();
        let n = text.chars().count();
        if !place
            || !plain
            || !(6..=40).contains(&n)
            || matches!(last, "v" | "u" | "uj" | "c" | "p")
        {
            return None;
        }
        Some(EntityMention {
            start: first.start,
            end: toks[b - 1].end,
            text,
            ty: EntityType::Proj,
            byline: false,
            how: "project listed with others (entity.project_clause_suffix)",
            division: None,
        })
    }
}

/// Opening quotes and brackets: a name may start after one.
fn is_open_mark(c: char) -> bool {
    matches!(c, '“' | '‘' | '「' | '『' | '【' | '《' | '(' | '（' | '"')
}

/// Closing quotes and brackets: a name may end before one.
fn is_close_mark(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '】' | '》' | ')' | '）' | '"')
}

/// A hyphen at `k` between years (110-112年) joins a range of them; `a` opens the name.
fn ranged_hyphen(chars: &[char], a: usize, k: usize) -> bool {
    chars[k] == '-'
        && k > a
        && chars[k - 1].is_ascii_digit()
        && chars.get(k + 1).is_some_and(|c| c.is_ascii_digit())
}

/// The brackets of `[a, b)` in `chars` holding ideographs only (社区(部落)), with their
/// marks: chars of the name, though no ideographs.
fn inner_asides(chars: &[char], a: usize, b: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = a;
    while k < b {
        if matches!(chars[k], '(' | '（') {
            let close = (k + 1..b).find(|&j| !is_han(chars[j]));
            if let Some(j) = close.filter(|&j| j > k + 1 && matches!(chars[j], ')' | '）')) {
                out.extend(k..=j);
                k = j;
            }
        }
        k += 1;
    }
    out
}

impl Sentence<'_> {
    /// Projects and programmes named in quotes (「高才通计划」, “百村示范工程”): the quoted
    /// words when they end with an `entity.project_quoted` word and have two chars or more
    /// of their own, all ideographs or letters and digits.
    pub(super) fn quoted_projects(&self, out: &mut Vec<EntityMention>) {
        let suffixes = self.pats.cues.at(crate::cue!("entity.project_quoted"));
        if self.quoted.is_empty() || suffixes.is_empty() {
            return;
        }
        let chars: Vec<char> = self.toks.iter().flat_map(|t| t.word.chars()).collect();
        for &(a, b) in self.quoted {
            if b < a + 4 || b > chars.len() {
                continue;
            }
            // A chain of plans, each within the one before (「甲计画-乙建设-丙计画」), names
            // each link that ends like a project: the hyphens between links cut the quote.
            let mut from = a + 1;
            for k in a + 1..b {
                let cut = k == b - 1 || chars[k] == '-' && !ranged_hyphen(&chars, from, k);
                if cut {
                    self.quoted_project(&chars, (from, k), suffixes, out);
                    from = k + 1;
                }
            }
        }
    }

    /// One quoted name, or one link of a chain of them, `[a, b)` in `chars`: a project
    /// when it ends with one of `suffixes` (see [`Self::quoted_projects`]).
    fn quoted_project(
        &self,
        chars: &[char],
        (a, mut b): (usize, usize),
        suffixes: &crate::patterns::WordList,
        out: &mut Vec<EntityMention>,
    ) {
        if b < a + 3 {
            return;
        }
        // A bracketed aside closing the quote (…运动馆建设工程(羽球馆)) is no part of
        // the name: it ends before the bracket.
        if matches!(chars[b - 1], ')' | '）') {
            if let Some(open) = (a..b - 1).rev().find(|&k| matches!(chars[k], '(' | '（')) {
                let aside = (open + 1..b - 1).all(|k| is_han(chars[k]));
                if aside && open > a + 3 {
                    b = open;
                }
            }
        }
        let inner: String = chars[a..b].iter().collect();
        let Some(suffix) = suffixes.suffix_of(&inner) else {
            return;
        };
        let own = inner.chars().count() - suffix.chars().count();
        // A masked figure or date (a run of `,`: 110-112年) may open or fill the name.
        let masked = |k: usize| {
            chars[k] == ',' && (chars.get(k + 1) == Some(&',') || k > a && chars[k - 1] == ',')
        };
        // A bracket of ideographs inside the name (港口社区(部落)服务计画) is part of it.
        let inner_aside = inner_asides(chars, a, b);
        let plain = (a..b).all(|k| {
            is_han(chars[k])
                || chars[k].is_ascii_alphanumeric()
                || masked(k)
                || ranged_hyphen(chars, a, k)
                || inner_aside.contains(&k)
        });
        // Generic words alone (“重点建设工程”) name no project; a name of its own before
        // them (“生活圈道路交通系统建设计画”) does.
        let generics = self.pats.cues.at(crate::cue!("entity.project_generic"));
        let mut own_words = &inner[..inner.len() - suffix.len()];
        while let Some(g) = generics.suffix_of(own_words) {
            own_words = &own_words[..own_words.len() - g.len()];
        }
        let generic = own_words.chars().count() < 2;
        // A count of programmes (三大行动) is no name.
        let counted = inner.chars().next().is_some_and(|c| {
            !c.is_ascii_digit() && crate::extract::number::parse_number(&c.to_string()).is_ok()
        });
        if own < 2 || !plain || generic || counted || self.idx.is_stop(&inner) {
            return;
        }
        if out.iter().any(|o| o.start < b && a < o.end) {
            return;
        }
        out.push(EntityMention {
            start: a,
            end: b,
            text: inner,
            ty: EntityType::Proj,
            byline: false,
            how: "quoted project name (entity.project_quoted)",
            division: None,
        });
    }

    /// Projects named right before a building verb (宗教文化馆兴建, 污水处理厂动工:
    /// `entity.project_build_verb`): the nouns back to the clause start, a joiner or any
    /// other word, with four chars or more, no figure, no project suffix at their end
    /// (the suffix rule has those) and no generic word (`entity.project_generic`).
    pub(super) fn projects_before_build(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let verbs = self.pats.cues.at(crate::cue!("entity.project_build_verb"));
        // 落成量, 开工率: the verb starts a noun.
        let nouns = self.pats.cues.at(crate::cue!("entity.project_build_noun"));
        let noun_after = |i: usize| {
            toks.get(i + 1)
                .and_then(|t| t.word.chars().next())
                .is_some_and(|c| nouns.has_char(c))
        };
        let generic = self.pats.cues.at(crate::cue!("entity.project_generic"));
        let noun = |k: usize| {
            let tag = toks[k].tag;
            (tag.starts_with('n') && !tag.starts_with("nr") || tag == "vn") && !self.in_figure(k)
        };
        for i in 1..toks.len() {
            if !verbs.contains(toks[i].word) || noun_after(i) {
                continue;
            }
            let mut j = i;
            while j > 0 && i - j < 4 && noun(j - 1) {
                j -= 1;
            }
            if j == i {
                continue;
            }
            let name: String = toks[j..i].iter().map(|t| t.word).collect();
            let suffixed = self.pats.entity_suffixes.iter().any(|(s, ty)| {
                *ty == EntityType::Proj && !s.is_empty() && name.ends_with(s.as_str())
            });
            let first = name.chars().next().unwrap_or(' ');
            // A bare project word opening the nouns (某某项目/奠基/开工) ends another name.
            let bare = (self.idx.suffix(toks[j].word))
                .is_some_and(|x| self.pats.entity_suffixes[x].1 == EntityType::Proj);
            // 该/这 before the nouns: a reference (该文化中心兴建).
            let referred = j > 0 && toks[j - 1].word.starts_with(self.reference);
            if name.chars().count() < 4
                || referred
                || bare
                || suffixed
                || generic.ends(&name)
                || generic.starts(&name)
                || self.reference.contains(&first)
            {
                continue;
            }
            let e = EntityMention {
                start: toks[j].start,
                end: toks[i - 1].end,
                text: name,
                ty: EntityType::Proj,
                byline: false,
                how: "named before a building verb (entity.project_build_verb)",
                division: None,
            };
            self.push(e, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Extractor, Options};
    use crate::patterns::Patterns;

    fn projects(text: &str) -> Vec<String> {
        (ents(text).into_iter())
            .filter(|(_, ty)| *ty == "PROJ")
            .map(|(t, _)| t)
            .collect()
    }

    fn ents(text: &str) -> Vec<(String, &'static str)> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        (ex.extract(text, Options::default()).entities.into_iter())
            .map(|e| (e.text, e.ty.name()))
            .collect()
    }

    #[test]
    fn a_place_before_a_common_noun_ending_in_shi_is_the_place_alone() {
        for text in ["香港都市固体废物弃置量下降3%。", "香港城市垃圾减少5万吨。"]
        {
            let locs: Vec<String> = (ents(text).into_iter())
                .filter(|(_, ty)| *ty == "LOC")
                .map(|(t, _)| t)
                .collect();
            assert_eq!(locs, ["香港"], "{text}");
        }
        // A city whose name ends so (宜/都市: 宜 is no division) stays whole.
        let text = "宜都市完成投资5亿元。";
        assert!(
            ents(text).contains(&("宜都市".to_string(), "LOC")),
            "{:?}",
            ents(text)
        );
    }

    #[test]
    fn a_name_holding_a_chain_of_figures_is_one_project() {
        // Power and energy joined by a slash (200MW/400MWh) inside the name; the figures'
        // chars do not push the verb out of reach.
        let text = "拟投资建设青山省白云县电化学200MW/400MWh独立储能电站项目，总投资约7亿元。";
        assert_eq!(
            projects(text),
            ["青山省白云县电化学200MW/400MWh独立储能电站项目"]
        );
        assert!(
            !ents(text).iter().any(|(_, ty)| *ty == "LOC"),
            "{:?}",
            ents(text)
        );
    }

    #[test]
    fn a_project_word_and_its_verb_after_a_de_are_no_part_of_the_name() {
        for s in [
            "本次签约的重点项目分别为城东物流园项目和青溪大桥工程，总投资9亿元。",
            "年内开工的项目包括青溪水厂扩建项目和城东物流园项目，总投资9亿元。",
            "签约的项目有城东物流园项目，总投资9亿元。",
        ] {
            let p = projects(s);
            assert!(p.contains(&"城东物流园项目".to_string()), "{s}: {p:?}");
            assert!(
                !p.iter()
                    .any(|x| x.starts_with("项目") || x.starts_with("重点")),
                "{s}: {p:?}"
            );
        }
    }

    #[test]
    fn a_list_after_an_enumerating_lead_names_works_without_places() {
        let p = projects(
            "十大场景分别为：碧溪渡茶香小镇现代农业产业园、鹿鸣坡花卉产业园、白沙渡生态农业示范基地、鹤鸣冲康养小镇文化旅游度假区。",
        );
        for name in [
            "碧溪渡茶香小镇现代农业产业园",
            "鹿鸣坡花卉产业园",
            "白沙渡生态农业示范基地",
        ] {
            assert!(p.contains(&name.to_string()), "{name}: {p:?}");
        }
        // Tasks so listed are no works.
        let p =
            projects("重点工作分别为：抓好项目建设、抓好招商引资、优化营商环境、强化要素保障。");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn a_preposition_before_a_works_opens_no_part_of_its_name() {
        let p = projects("记者在金川新材料产业园建设现场看到，总投资12亿元。");
        assert_eq!(p, vec!["金川新材料产业园".to_string()]);
        let p = projects("对青溪大桥项目投资12亿元。");
        assert_eq!(p, vec!["青溪大桥项目".to_string()]);
    }

    #[test]
    fn a_works_name_carries_one_business_verb_between_nouns() {
        let p = projects("在青溪智能制造产业园项目现场，记者看到，总投资12亿元。");
        assert_eq!(p, vec!["青溪智能制造产业园项目".to_string()]);
        // A verb of the clause or of building is no business of the name.
        for s in [
            "江西打造食品产业园，投资5亿元。",
            "今年开工建设冷链物流项目，投资5亿元。",
        ] {
            let p = projects(s);
            assert!(
                !p.iter().any(|x| x.contains("打造") || x.contains("开工")),
                "{s}: {p:?}"
            );
        }
    }

    #[test]
    fn a_listed_project_starts_after_its_figure_and_de() {
        let p = projects(
            "分别是总投资3亿元的金川镇青溪水厂扩建项目，总投资2亿元的白鹭湾湿地公园建设工程。",
        );
        assert!(p.contains(&"金川镇青溪水厂扩建项目".to_string()), "{p:?}");
        assert!(p.contains(&"白鹭湾湿地公园建设工程".to_string()), "{p:?}");
        assert!(!p.iter().any(|x| x.contains("投资")), "{p:?}");
        let p = projects(
            "新签约总投资3亿元的金川镇青溪水厂扩建项目、总投资2亿元的柳河镇城东物流园项目和桃源县白鹭湾湿地公园工程。",
        );
        assert!(!p.iter().any(|x| x.contains("投资")), "{p:?}");
    }

    #[test]
    fn works_of_a_building_body_are_its_project() {
        let p = projects("据了解，东湖小学建设项目计划总投资8000万元。");
        assert_eq!(p, vec!["东湖小学建设项目".to_string()]);
        // Generic works without a body before them stay no project, nor do projects
        // counted by their kind (签约12个招商引资项目).
        assert!(projects("全县建设项目总投资8000万元。").is_empty());
        assert!(projects("今年签约12个招商引资项目，总投资60亿元。").is_empty());
    }

    #[test]
    fn railways_resettlement_areas_and_plants_after_a_division() {
        let p = projects("贵广铁路全长260公里。");
        assert_eq!(p, vec!["贵广铁路".to_string()]);
        let p = projects("北坪安置区项目共安置群众800户。");
        assert_eq!(p, vec!["北坪安置区项目".to_string()]);
        // A county's name jieba reads as a person's (宁远/nrfg) names the plant.
        let p = projects("该县新建宁远风电场，总装机容量8万千瓦。");
        assert_eq!(p, vec!["宁远风电场".to_string()]);
    }

    #[test]
    fn a_list_of_projects_ends_at_its_closing_word() {
        let p = projects(
            "甲乙铁路、丙丁铁路扩能段、东至西等一批重大交通项目全面加快建设，在建铁路95公里。",
        );
        assert!(!p.iter().any(|t| t.contains("加快")), "{p:?}");
    }

    #[test]
    fn projects_named_by_their_capacity() {
        let p = projects("10月8日，年产3万吨果汁饮料和0.5万吨果酱项目开工建设。");
        assert_eq!(p, vec!["年产3万吨果汁饮料和0.5万吨果酱项目".to_string()]);
        let p = projects("新区的年加工8万吨玉米深加工项目、日处理2万吨污水处理厂项目已投产。");
        for n in ["年加工8万吨玉米深加工项目", "日处理2万吨污水处理厂项目"]
        {
            assert!(p.contains(&n.to_string()), "{n} {p:?}");
        }
        // A clause or a 的 between the capacity and the suffix: no name.
        assert!(projects("年产7万吨，项目开工；年产9万吨的项目开工。").is_empty());
    }

    #[test]
    fn a_project_named_after_its_investor() {
        let p = projects("会议听取了东湖宏远食品有限公司马铃薯全粉加工项目的汇报，投资3亿元。");
        assert!(p.contains(&"马铃薯全粉加工项目".to_string()), "{p:?}");
        // A generic word or a verb after the company names no project.
        let p = projects("东湖宏远食品有限公司重点项目投资3亿元。");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn a_company_opening_a_project_with_figures_is_its_investor() {
        // A capacity and a joiner inside the project's name: the company before it is
        // still an organisation of its own, the project named after it.
        let text = "总投资5亿元的华兴新材料科技有限公司年产30万吨钢材和2万套门窗生产线项目开工。";
        let e = ents(text);
        assert!(
            e.contains(&("华兴新材料科技有限公司".to_string(), "ORG")),
            "{e:?}"
        );
        let p = projects(text);
        assert_eq!(p, ["年产30万吨钢材和2万套门窗生产线项目"]);
        // Too few words after the company to name a project: one name.
        let e = ents("华兴集团有限公司项目部负责施工。");
        assert!(
            !e.iter().any(|(t, ty)| *ty == "PROJ" && t == "项目部"),
            "{e:?}"
        );
    }

    #[test]
    fn project_named_after_its_verb() {
        let p = projects("星荣集团与青山县政府签约红岭温泉康养度假小镇项目，总投资20亿元。");
        assert_eq!(p, vec!["红岭温泉康养度假小镇项目".to_string()]);
        let p = projects("由东能集团投资、北辰重工承建的南湾2号海上风电项目总投资约16亿元。");
        assert_eq!(p, vec!["南湾2号海上风电项目".to_string()]);
        // Two parts of one name joined by 及 or 和 after the verb or 的.
        let p = projects("总投资8亿元的湖北恒泰新能源材料及电池梯次利用项目签约落地。");
        assert_eq!(p, vec!["湖北恒泰新能源材料及电池梯次利用项目".to_string()]);
        // A joiner right after the verb, or a count after a figure's 的: no name.
        assert!(projects("推进重点工程建设及招商引资项目落地。").is_empty());
        assert!(projects("我县重点项目建设及招商引资项目双双告捷。").is_empty());
        let p = projects("总投资5亿元的12个招商引资项目及配套项目签约。");
        assert!(!p.iter().any(|n| n.contains("12个")), "{p:?}");
        // Two projects, each with its suffix, stay two.
        let p = projects("签约红岭温泉小镇项目和青山冷链物流园项目。");
        assert!(!p.iter().any(|n| n.contains('和')), "{p:?}");
    }

    #[test]
    fn named_complexes_listed_after_their_township() {
        let p = projects("三个项目分别为白沙镇桃源田园综合体、枫林村莲花山康养项目，总投资5亿元");
        assert!(p.contains(&"白沙镇桃源田园综合体".to_string()), "{p:?}");
        assert!(p.contains(&"枫林村莲花山康养项目".to_string()), "{p:?}");
        let p = projects("推进田园综合体项目建设，投资5亿元");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn figures_inside_a_project_name_stay_facts() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let d = ex.extract(
            "青山县开工建设年产8万吨高端铝材项目，总投资6亿元。",
            Options::default(),
        );
        let p: Vec<&str> = d
            .entities
            .iter()
            .filter(|e| e.ty.name() == "PROJ")
            .map(|e| e.text.as_str())
            .collect();
        assert_eq!(p, vec!["年产8万吨高端铝材项目"]);
        assert!(d.facts.iter().any(|f| f.text == "8万吨"), "{:?}", d.facts);
    }

    #[test]
    fn named_works_opening_their_clause() {
        // A work named by its river's words before the work done, the figure after it.
        let p = projects(
            "龙潭溪下游段左岸护坡治理工程经费2,300万元、桂峰村排水沟改善工程经费860万元。",
        );
        for n in ["龙潭溪下游段左岸护坡治理工程", "桂峰村排水沟改善工程"] {
            assert!(p.contains(&n.to_string()), "{n} {p:?}");
        }
        // A park of a kind opening its clause, before its verb.
        let p = projects("青川县绿色食品工业集中区实现产值32.6亿元，同比增长12.5%。");
        assert_eq!(p, vec!["青川县绿色食品工业集中区".to_string()]);
        let p = projects("9月3日，星河云谷算力产业园项目开工仪式在某市举行。");
        assert_eq!(p, vec!["星河云谷算力产业园项目".to_string()]);
        // Generic works, an anaphor, a verb before the work or a count: no name.
        for s in [
            "全县水利工程完成投资3.2亿元。",
            "重点项目完成投资15亿元。",
            "水库除险加固工程完成投资8000万元。",
            "青川县召开重大能源项目建设推进会，签约金额10亿元。",
            "今年农村公路项目完成投资5亿元。",
        ] {
            assert!(projects(s).is_empty(), "{s}: {:?}", projects(s));
        }
    }

    #[test]
    fn a_county_opening_a_project_name_stays_its_figures_place() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let d = ex.extract(
            "青川县绿色食品工业集中区实现产值32.6亿元，同比增长12.5%。",
            Options::default(),
        );
        // The county is no entity row of its own (the park is) …
        assert!(
            !d.entities.iter().any(|e| e.text == "青川县"),
            "{:?}",
            d.entities
        );
        // … but the place of the park's figures.
        let f = d.facts.iter().find(|f| f.text == "32.6亿元").unwrap();
        assert_eq!(f.place, "青川县");
        assert!(
            !f.entities.iter().any(|e| e == "青川县"),
            "{:?}",
            f.entities
        );
    }

    #[test]
    fn places_and_bases_before_plant_suffixes() {
        let p = projects("据了解，白石岭风电场总规划装机容量为500兆瓦。");
        assert_eq!(p, vec!["白石岭风电场".to_string()]);
    }

    #[test]
    fn quoted_programmes_and_names_before_building_verbs() {
        let p = projects("其中「优才入境计划」反应热烈，接获超过3,000宗申请。");
        assert_eq!(p, vec!["优才入境计划".to_string()]);
        let p = projects("今年实施“百村示范工程”，投入资金800万元。");
        assert_eq!(p, vec!["百村示范工程".to_string()]);
        // A range of years opens the name.
        let p = projects("环保局公告「110-112年电动自行车补助计划」，每年投入1.5亿元。");
        assert_eq!(p, vec!["110-112年电动自行车补助计划".to_string()]);
        let p = projects("预算增加2亿元，用于青溪体育文化馆兴建及道路维护。");
        assert!(p.len() == 1 && p[0].ends_with("体育文化馆"), "{p:?}");
        // Generic or short ones are none.
        for s in [
            "今年实施“重点工程”，投入资金800万元。",
            "全县“三大行动”成效明显，新增就业300人。",
            "新厂房兴建后年产能达5万吨。",
            "该文化中心兴建耗资3亿元。",
            // A verb that starts a noun (落成量, 开工率) follows no project's name.
            "今年首季商业住宅落成量为1200伙。",
            "重点工业项目开工率达到95%。",
        ] {
            assert!(projects(s).is_empty(), "{s} {:?}", projects(s));
        }
    }

    #[test]
    fn a_named_project_ending_in_generic_words_is_one() {
        // The name's own nouns before 产业/建设 (a kind of works) name it.
        let p = projects("总投资3亿元的青禾康养产业项目今年开工。");
        assert_eq!(p, ["青禾康养产业项目"], "{p:?}");
        // Generic words alone, or after a count or verb, still name none.
        for s in [
            "全县重点产业项目完成投资8亿元。",
            "加快建设产业项目，投资5亿元。",
        ] {
            assert!(projects(s).is_empty(), "{s} {:?}", projects(s));
        }
    }

    #[test]
    fn a_clause_saying_what_a_project_is_names_only_the_project() {
        let p = projects("青禾康养产业项目是今年全县投资最多的项目，总投资6亿元。");
        assert_eq!(p, ["青禾康养产业项目"], "{p:?}");
    }

    #[test]
    fn a_capacity_name_ends_before_a_joined_project() {
        let p = projects("参观了甲乙公司年产5万吨新型建材项目和金湾物流园，投资3亿元。");
        assert!(p.contains(&"年产5万吨新型建材项目".to_string()), "{p:?}");
        assert!(!p.iter().any(|x| x.contains('和')), "{p:?}");
    }

    #[test]
    fn a_river_word_after_its_noun_opens_the_works_name() {
        let p = projects("正在建设的夫子河抽水蓄能电站总投资40亿元。");
        assert_eq!(p, ["夫子河抽水蓄能电站"], "{p:?}");
    }

    #[test]
    fn a_port_works_opening_its_clause_is_whole() {
        let p = projects("海口港二期工程总投资30亿元。");
        assert_eq!(p, ["海口港二期工程"], "{p:?}");
    }

    #[test]
    fn production_lines_named_by_their_capacity() {
        let p = projects("建设年产5万吨有机肥生产线，投资3000万元。");
        assert_eq!(p, ["年产5万吨有机肥生产线"], "{p:?}");
        // Lines counted or of no name are none.
        for s in [
            "新增生产线3条，投资2000万元。",
            "建成智能生产线，投资2000万元。",
        ] {
            assert!(projects(s).is_empty(), "{s} {:?}", projects(s));
        }
    }

    #[test]
    fn a_places_named_works_ending_in_a_generic_works_word_is_a_project() {
        // jieba's 工程项目 is one word: a place and nouns of its own before it name one.
        assert_eq!(
            projects("休宁县城乡供水设施工程项目今年完工。"),
            ["休宁县城乡供水设施工程项目"]
        );
        // The place alone before it, or a scope, names none.
        assert!(projects("休宁县工程项目进展顺利。").is_empty());
        assert!(projects("全县工程项目完成投资5亿元。").is_empty());
    }

    #[test]
    fn works_named_before_the_suffix_are_part_of_the_project() {
        assert_eq!(
            projects("景东县10万吨茶叶搬迁技改扩建项目今年投产。"),
            ["景东县10万吨茶叶搬迁技改扩建项目"]
        );
        // Works with no name of their own before them name no project.
        for s in ["加快推进城区改造项目。", "全县老旧小区改造项目12个。"] {
            assert!(projects(s).is_empty(), "{s} {:?}", projects(s));
        }
    }

    #[test]
    fn generic_mentions_are_no_projects() {
        for s in [
            "该项目总投资3亿元。",
            "全市重点项目完成投资12亿元。",
            "当日签约的27个项目总投资93亿元。",
            "举行江南重大项目签约仪式，签约金额20亿元。",
            "在招商引资和项目建设上投入5亿元。",
            "国家能源公司实施的第一个海上风电项目投资2亿元。",
            "新签约外资项目合同金额2亿元。",
        ] {
            assert!(projects(s).is_empty(), "{s} {:?}", projects(s));
        }
    }

    #[test]
    fn a_part_opening_with_its_lead_names_its_project() {
        let p = projects("其中龙泉商业广场建设项目完成投资2.5亿元。");
        assert_eq!(p, ["龙泉商业广场建设项目"], "{p:?}");
        // No proper noun: works of a kind, no name.
        let p = projects("其中广场建设项目完成投资2.5亿元。");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn quoted_works_with_an_aside_and_taiwan_building_cases() {
        let p = projects("包括「东湖镇体育馆工程(篮球馆)」、「西山国中操场兴建案」，共5项");
        assert!(p.contains(&"东湖镇体育馆工程".to_string()), "{p:?}");
        assert!(p.contains(&"西山国中操场兴建案".to_string()), "{p:?}");
    }

    #[test]
    fn capacity_names_listing_products_and_works_before_an_adverb() {
        // Products of one capacity listed with 、: the name runs from the capacity word.
        let p = projects("拟新上年产8万吨聚氨酯胶粘剂、3.5万吨水性涂料项目，总投资6亿元。");
        assert_eq!(p, ["年产8万吨聚氨酯胶粘剂、3.5万吨水性涂料项目"], "{p:?}");
        // A named park as its clause's subject before an adverb and a verb.
        // (jieba tags the city 舞钢市 a common noun, so no other rule names it.)
        let p = projects("届时，舞钢市循环经济产业园将成为省级示范园区，投资8亿元。");
        assert_eq!(p, ["舞钢市循环经济产业园"], "{p:?}");
    }

    #[test]
    fn long_quoted_plans_chains_and_inner_brackets() {
        // A chain of plans, each within the one before: each link ending like a plan.
        let p = projects(
            "縣府爭取辦理「韌性城市計畫-公共設施改善-東林村活動中心新建計畫」，經費800萬元。",
        );
        assert!(p.contains(&"韌性城市計畫".to_string()), "{p:?}");
        assert!(p.contains(&"東林村活動中心新建計畫".to_string()), "{p:?}");
        assert!(!p.iter().any(|x| x.contains('-')), "{p:?}");
        // A bracket of ideographs inside the name, an aside closing a long name.
        let p = projects("獲核定辦理「112年度東河社區(部落)長者照顧服務據點營運計畫」經費50萬元。");
        assert_eq!(
            p,
            ["112年度東河社區(部落)長者照顧服務據點營運計畫"],
            "{p:?}"
        );
        let p = projects("同意補助「113-115年偏鄉道路養護系統建設計畫(縣道)」，共計900萬元。");
        assert_eq!(p, ["113-115年偏鄉道路養護系統建設計畫"], "{p:?}");
        // Generic words alone still name nothing.
        let p = projects("推動「重點建設工程」，投入資金3億元。");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn facilities_named_in_quotes() {
        let p = projects("在基础建设方面，「东山果蔬加工及冷藏配送中心」总经费3亿元。");
        assert_eq!(p, ["东山果蔬加工及冷藏配送中心"], "{p:?}");
        // A count of centres is no name.
        let p = projects("打造“两个中心”，投入资金3亿元。");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn a_kind_of_works_after_a_verb_is_no_name() {
        let p = projects("全力加快建设新型材料产业园，投资3亿元。");
        assert!(p.is_empty(), "{p:?}");
        let p = projects("全力加快建设青山新型材料产业园，投资3亿元。");
        assert_eq!(p, ["青山新型材料产业园"], "{p:?}");
    }

    #[test]
    fn a_list_after_its_lead_names_each_project() {
        // The clause's words before the list (分别/为) are no part of its first item, and
        // an item ending in a project word with a name of its own needs no place first.
        let p = projects(
            "今年开工项目共6个，分别为汉江支流月河流域综合治理(二期)项目、安康市乡镇卫生院标准化建设项目、村组通硬化路、汉钢2#转炉余热发电项目、宁陕县新场镇东河村饮水安全巩固提升工程。",
        );
        for n in [
            "汉江支流月河流域综合治理(二期)项目",
            "安康市乡镇卫生院标准化建设项目",
            "汉钢2#转炉余热发电项目",
            "宁陕县新场镇东河村饮水安全巩固提升工程",
        ] {
            assert!(p.contains(&n.to_string()), "{n} {p:?}");
        }
        assert!(
            !p.iter().any(|n| n.contains("分别") || n.contains("硬化路")),
            "{p:?}"
        );
    }

    #[test]
    fn projects_listed_clause_by_clause_after_their_lead() {
        let p = projects(
            "开工的项目共有4个，分别是东城大道及西湖路建设项目，泾县桃花乡黄田、石门片区茶叶产业基地建设项目，4个项目总投资2.1亿元。",
        );
        for n in [
            "东城大道及西湖路建设项目",
            "泾县桃花乡黄田、石门片区茶叶产业基地建设项目",
        ] {
            assert!(p.contains(&n.to_string()), "{n} {p:?}");
        }
        // One clause alone is no list; a clause listing projects with 、 is read as a
        // list of its own, never as one name.
        let p = projects("分别是泾县桃花乡茶叶产业基地建设项目，总投资2.1亿元。");
        assert!(p.is_empty(), "{p:?}");
        let p = projects("分别是甲县东湖大桥项目、乙县西山隧道项目，丙县南河堤防工程，投资5亿元。");
        assert!(!p.iter().any(|n| n.contains('、')), "{p:?}");
        // Generic works without a name of their own stay none.
        let p = projects("分别是水利建设项目，交通建设项目，投资5亿元。");
        assert!(p.is_empty(), "{p:?}");
    }

    #[test]
    fn a_coined_brand_or_an_item_number_opening_the_clause() {
        // A word the dictionary does not know opens a works named as its clause's whole,
        // letters after it included; an item's number in brackets is no part of it.
        let p = projects("华锐3D打印装备制造项目，面向汽车制造等方向，设备投资2亿元。");
        assert_eq!(p, ["华锐3D打印装备制造项目"], "{p:?}");
        let p = projects("(三)桃村蔬菜冷链项目：规划用地20亩，总投资800万元。");
        assert_eq!(p, ["桃村蔬菜冷链项目"], "{p:?}");
        // A clause saying what a park does is no works' name.
        let p = projects("近年来，鑫旺产业园高标准引进项目，投资3亿元。");
        assert!(!p.iter().any(|n| n.contains("引进")), "{p:?}");
    }

    #[test]
    fn a_place_or_a_joined_activity_before_a_bare_project_word_names_none() {
        // The place's work in general, and two activities joined before 项目建设.
        assert!(projects("为岳西县项目建设出谋划策，投资3亿元。").is_empty());
        let p = projects("在随后召开的青山县招商引资和项目建设推进会上，签约项目31个。");
        assert!(p.is_empty(), "{p:?}");
        // A body and a place before the bare word still name a project.
        let p = projects("安徽商贸职业技术学院繁昌项目，总投资3亿元。");
        assert_eq!(p, ["安徽商贸职业技术学院繁昌项目"], "{p:?}");
    }

    #[test]
    fn no_name_opens_with_a_bare_project_word_or_holds_a_de() {
        let p = projects("县中医院门诊楼改扩建EPC项目奠基开工，投资3亿元。");
        assert!(!p.iter().any(|n| n.starts_with("项目")), "{p:?}");
        let p = projects("全力打造华中规模最大的智能制造服务基地，投资3亿元。");
        assert!(!p.iter().any(|n| n.contains('的')), "{p:?}");
    }

    #[test]
    fn a_places_site_named_by_generic_words_is_one() {
        // A division (one word, or split by jieba: 某克塔什/镇) before generic words and a
        // site's suffix names the site.
        assert_eq!(
            projects("该县启动建设临高现代农业产业园，规划面积3万亩。"),
            ["临高现代农业产业园"]
        );
        assert_eq!(
            projects("走进阿克塔什镇设施农业基地，200座温室整齐排列。"),
            ["阿克塔什镇设施农业基地"]
        );
        // A place's 农业项目 are its works in general, no name.
        assert!(projects("临高农业项目完成投资3亿元。").is_empty());
        // Industrial and demonstration parks named by their place are projects too.
        assert_eq!(
            projects("启动规划面积5000亩的金城江港工业园开园。"),
            ["金城江港工业园"]
        );
    }

    #[test]
    fn a_project_named_by_a_brand_and_a_bracketed_place() {
        let p = projects("燕京啤酒(桂林)项目于2015年签约落户，总投资12亿元。");
        assert_eq!(p, ["燕京啤酒(桂林)项目"]);
    }

    #[test]
    fn a_project_verb_opens_the_name_after_it() {
        // The verb's own clause before it is no part of the name; a town split by jieba
        // names the works after it.
        for (s, name) in [
            (
                "某旗大力实施团结镇国防教育体验园项目，打造教育载体。",
                "团结镇国防教育体验园项目",
            ),
            (
                "某旗大力实施光明镇研学体验园项目，打造教育载体。",
                "光明镇研学体验园项目",
            ),
        ] {
            assert_eq!(projects(s), [name], "{s}");
        }
        // A visit's verb and 位于 open a site's name.
        let p = projects("记者来到位于海沧信息产业园的芯片项目建设现场。");
        assert!(p.contains(&"海沧信息产业园".to_string()), "{p:?}");
        assert!(!p.iter().any(|n| n.starts_with("位于")), "{p:?}");
    }

    #[test]
    fn an_abbreviation_before_a_joiner_ends_the_first_part_of_a_name() {
        // 仓储 (jieba `j`) and 加工 joined by 及 are parts of one name after a figure's 的.
        let p = projects("总投资2亿元的酒泉农产品冷链仓储及加工集散中心项目在园区开工。");
        assert_eq!(p, ["酒泉农产品冷链仓储及加工集散中心项目"]);
    }

    #[test]
    fn works_described_after_an_amounts_de_are_a_project() {
        // The amount says one works is meant: a long description of common words names it.
        let p =
            projects("分别为投资3.5亿元的石灰石循环利用开发新型环保材料项目，投产后可上缴税金。");
        assert_eq!(p, ["石灰石循环利用开发新型环保材料项目"]);
        // A short one does not (a kind of works).
        assert!(projects("总投资5亿元的新材料项目开工。").is_empty());
        // A count and a copula open no name.
        assert!(projects("签约的项目中有3个是新材料项目。").is_empty());
    }
}
