//! Projects: the maximal name before a project suffix (…项目, …工程, …基地, …风电场),
//! starting after a verb or 的 of its clause (签约X项目, 承建的X项目) when there is one;
//! generic mentions (重点项目, 27个项目, 一批项目) are none. Word lists: cues.tsv
//! `entity.project_verb`, `entity.project_generic`.

use super::{is_han, Sentence};
use crate::extract::subject::is_delim;

impl Sentence<'_> {
    /// Whether the word before the project suffix of token `i` leaves a name: not a
    /// generic word (重点, 招商, 合作), a classifier or numeral (27个, 一批), or an amount
    /// (10亿元项目). A phase (六期) and a figure inside the name (150MW风力发电) stay.
    pub(super) fn project_words_ok(&self, i: usize, suffix: &str) -> bool {
        let toks = self.toks;
        let t = &toks[i];
        let own = &t.word[..t.word.len() - suffix.len()];
        let generic = self.pats.cues.at(crate::cue!("entity.project_generic"));
        if !own.is_empty() {
            return !generic.ends(own);
        }
        let Some(k) = i.checked_sub(1) else {
            return true;
        };
        let p = &toks[k];
        !(self.in_figure(k) || generic.ends(p.word) || self.count_word(k, i))
    }

    /// Whether token `k` (before suffix token `i`) is a numeral or classifier, not a
    /// figure of the name nor a phase or number label (六期, 2/号).
    fn count_word(&self, k: usize, i: usize) -> bool {
        let toks = self.toks;
        let phase = |m: usize| m < i && self.phases.ends(toks[m].word);
        !self.in_figure(k) && matches!(toks[k].tag, "m" | "q" | "mq") && !phase(k) && !phase(k + 1)
    }

    /// The first token of the project named after a verb or 的 in the clause of suffix
    /// token `i` (签约/羊狮慕康养休闲特色小镇/项目, 承建的/滨海北H1#海上风电/项目): the words
    /// between, with four chars or more of their own (外资项目 is a kind, not a name) and
    /// no count among them (第一个).
    /// None when no such word comes first in the clause, or across 和 (two projects).
    pub(super) fn project_after_verb(&self, i: usize, suffix: &str) -> Option<usize> {
        let toks = self.toks;
        let verbs = self.pats.cues.at(crate::cue!("entity.project_verb"));
        let mut verb = None;
        for k in (i.saturating_sub(12)..i).rev() {
            if self.in_figure(k) {
                continue;
            }
            let w = toks[k].word;
            if w.chars().any(|c| is_delim(c) || c.is_whitespace()) || self.joiners.contains(w) {
                return None;
            }
            let after_verb = verbs.value(w) == Some("after_verb");
            let verb_before = k > 0 && toks[k - 1].tag.starts_with('v');
            if verbs.contains(w) && (!after_verb || verb_before) {
                verb = Some(k);
                break;
            }
        }
        let start = verb? + 1;
        let own: usize = toks[start..i]
            .iter()
            .map(|t| t.word.chars().count())
            .sum::<usize>()
            + toks[i].word.chars().count()
            - suffix.chars().count();
        let counted = (start..i).any(|k| self.count_word(k, i));
        let words_ok = (start..=i).all(|k| {
            self.in_figure(k)
                || toks[k]
                    .word
                    .chars()
                    .all(|c| is_han(c) || c.is_ascii_alphanumeric() || c == '#')
        });
        (own >= 4 && !counted && words_ok).then_some(start)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Extractor, Options};
    use crate::patterns::Patterns;

    fn projects(text: &str) -> Vec<String> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .entities
            .into_iter()
            .filter(|e| e.ty.name() == "PROJ")
            .map(|e| e.text)
            .collect()
    }

    #[test]
    fn project_named_after_its_verb() {
        let p = projects("星荣集团与青山县政府签约红岭温泉康养度假小镇项目，总投资20亿元。");
        assert_eq!(p, vec!["红岭温泉康养度假小镇项目".to_string()]);
        let p = projects("由东能集团投资、北辰重工承建的南湾2号海上风电项目总投资约16亿元。");
        assert_eq!(p, vec!["南湾2号海上风电项目".to_string()]);
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
    fn places_and_bases_before_plant_suffixes() {
        let p = projects("据了解，白石岭风电场总规划装机容量为500兆瓦。");
        assert_eq!(p, vec!["白石岭风电场".to_string()]);
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
}
