//! Villages and village groups right after their township (下洼镇/酒店/村, 某乡/响潭/组):
//! the words between name the village whatever jieba made of them; cooperatives named by
//! their village (某村/养殖/专业/合作社). Word lists: cues.tsv `entity.village_suffix`,
//! `entity.township_end`, `entity.cooperative_suffix`.

use super::{is_han, EntityMention, Sentence};
use crate::patterns::EntityType;

impl Sentence<'_> {
    /// Villages after their township: a village suffix word (`entity.village_suffix`: 村,
    /// 组, 社区) on its own or ending a word, one or two words of one to four ideographs
    /// of their own before it (nouns, names, adjectives), and right before those a word
    /// ending with a township's end (`entity.township_end`: 镇, 乡, 街道).
    pub(super) fn villages(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let suffixes = self.pats.cues.at(crate::cue!("entity.village_suffix"));
        let townships = self.pats.cues.at(crate::cue!("entity.township_end"));
        for i in 1..toks.len() {
            let Some(suffix) = suffixes.suffix_of(toks[i].word) else {
                continue;
            };
            // A word of the whole village (全村) is no village's name.
            if (self.pats.cues.at(crate::cue!("entity.scope_word"))).contains(toks[i].word) {
                continue;
            }
            let tail = toks[i].word.chars().count() - suffix.chars().count();
            if tail > 2 || self.in_figure(i) {
                continue;
            }
            // A verb of two chars right before a lone suffix (团结乡/丰收/村) names the
            // village too: jieba knows the name only as the verb.
            let lone = tail == 0;
            let word_ok = |k: usize| {
                let t = &toks[k];
                let verb = lone && k + 1 == i && t.tag == "v" && t.word.chars().count() == 2;
                (verb || matches!(t.tag, "n" | "nr" | "ns" | "nz" | "j" | "a" | "nrt" | "zg"))
                    && t.word.chars().all(is_han)
                    && !self.in_figure(k)
                    && !self.idx.is_stop(t.word)
            };
            let anaphors = self.pats.cues.at(crate::cue!("place.anaphor"));
            // Nothing (a village word of its own: 韩埠村), one or two words back to the
            // township, which is no anaphor (全镇).
            let Some(j) = (0..=2).find_map(|n| {
                let j = i.checked_sub(n)?;
                let own: usize = (j..i).map(|k| toks[k].word.chars().count()).sum::<usize>() + tail;
                let before = toks.get(j.checked_sub(1)?)?;
                ((1..=4).contains(&own)
                    && (n > 0 || tail >= 2 && word_ok(i))
                    && (j..i).all(word_ok)
                    && townships.ends(before.word)
                    // A township's end of its own after its name (桥下/镇/韩埠村).
                    && (before.word.chars().count() >= 2
                        || j >= 2
                            && toks[j - 2].word.chars().count() >= 2
                            && toks[j - 2].word.chars().all(is_han))
                    && !anaphors.contains(before.word)
                    && !before.word.starts_with(self.reference))
                .then_some(j)
            }) else {
                continue;
            };
            let text: String = toks[j..=i].iter().map(|t| t.word).collect();
            self.push(
                EntityMention {
                    start: toks[j].start,
                    end: toks[i].end,
                    text,
                    ty: EntityType::Loc,
                    byline: false,
                    how: "village after its township (entity.village_suffix)",
                    division: None,
                },
                out,
            );
        }
    }

    /// Cooperatives named by their village (某某村/养殖/专业/合作社, 某/家村/农机/合作社):
    /// an `entity.cooperative_suffix` word, one to four business words before it (nouns,
    /// verbs of two chars or more), a word ending in 村 (`entity.village_suffix`) and the
    /// village's own two or three ideographs (农/村 alone is the countryside), none a
    /// function word, verb, adjective, time word or anaphor (全村, 该村): one ORG, the
    /// village no place of its own.
    pub(super) fn village_cooperatives(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let coops = self.pats.cues.at(crate::cue!("entity.cooperative_suffix"));
        let villages = self.pats.cues.at(crate::cue!("entity.village_suffix"));
        let plain = |k: usize| {
            toks[k].word.chars().all(is_han)
                && !self.in_figure(k)
                && !self.idx.is_stop(toks[k].word)
        };
        for i in 2..toks.len() {
            if !coops.contains(toks[i].word) || self.in_figure(i) {
                continue;
            }
            // The business words back to the word ending in the village suffix.
            let business = |k: usize| {
                matches!(toks[k].tag, "n" | "vn" | "v" | "nz" | "j" | "l")
                    && toks[k].word.chars().count() >= 2
                    && plain(k)
            };
            let mut v = i;
            while v > 0
                && i - v < 4
                && business(v - 1)
                && villages.suffix_of(toks[v - 1].word).is_none()
            {
                v -= 1;
            }
            if v == i || v == 0 || villages.suffix_of(toks[v - 1].word).is_none() || !plain(v - 1) {
                continue;
            }
            let v = v - 1;
            // The village's own chars: those of its word before the suffix, then whole
            // words before it, three chars at most.
            let suffix = villages.suffix_of(toks[v].word).unwrap_or_default();
            let mut own = toks[v].word.chars().count() - suffix.chars().count();
            let own_word = |k: usize| {
                matches!(
                    toks[k].tag,
                    "n" | "nr" | "ns" | "nz" | "j" | "f" | "ng" | "nrt" | "nrfg" | "b"
                ) && plain(k)
            };
            let mut a = v;
            while a > 0 && own_word(a - 1) && own + toks[a - 1].word.chars().count() <= 3 {
                own += toks[a - 1].word.chars().count();
                a -= 1;
            }
            let first = toks[a].word.chars().next().unwrap_or(' ');
            let anaphor = self.anaphor.contains(&first) || self.reference.contains(&first);
            // The words before the village end there (a verb, a preposition, a clause
            // mark, a township): not one more char of a name cut short.
            let opened = a == 0 || !own_word(a - 1);
            // Two chars at least: 农村 alone is the countryside.
            if own < 2 || anaphor || !opened {
                continue;
            }
            let text: String = toks[a..=i].iter().map(|t| t.word).collect();
            self.push(
                EntityMention {
                    start: toks[a].start,
                    end: toks[i].end,
                    text,
                    ty: EntityType::Org,
                    byline: false,
                    how: "a cooperative named by its village (entity.cooperative_suffix)",
                    division: None,
                },
                out,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::entity::extracted as ents;

    #[test]
    fn cooperatives_named_by_their_village() {
        for (s, name) in [
            (
                "记者来到上石坝村茶叶种植专业合作社，去年分红12万元。",
                "上石坝村茶叶种植专业合作社",
            ),
            (
                "由光明村养殖合作社统一收购，年收入30万元。",
                "光明村养殖合作社",
            ),
            (
                "由李家村养殖合作社统一收购，年收入30万元。",
                "李家村养殖合作社",
            ),
            (
                "成立了马家村农机专业合作社，购置农机20台。",
                "马家村农机专业合作社",
            ),
        ] {
            let e = ents(s);
            assert!(e.contains(&format!("{name}/ORG")), "{s}: {e:?}");
        }
        // The countryside and the village itself name no cooperative.
        for s in [
            "积极发展农村合作社，全县共300家。",
            "全村养殖合作社分红20万元。",
        ] {
            let e = ents(s);
            assert!(!e.iter().any(|x| x.contains("合作社")), "{s}: {e:?}");
        }
    }

    #[test]
    fn villages_after_their_township() {
        let e = ents("在青山县下洼镇酒店村的麦田里收割小麦5亩。");
        assert!(e.contains(&"酒店村/LOC".to_string()), "{e:?}");
        let e = ents("桥下镇韩埠村集聚企业110家。");
        assert!(e.contains(&"韩埠村/LOC".to_string()), "{e:?}");
        // An anaphor is no township, a common word no village.
        let e = ents("全镇新村共有5户，城关镇农村人口5万人。");
        assert!(
            !e.iter().any(|x| x.contains("新村") || x.contains("农村")),
            "{e:?}"
        );
        // Villages called 寨 or 屯 are villages too; 全村 after a village is no part of it.
        let e = ents("梁河县芒东镇石头寨全村有茶地1200亩。");
        assert!(e.contains(&"石头寨/LOC".to_string()), "{e:?}");
        let e = ents("桥下镇韩埠村全村有茶地1200亩。");
        assert!(e.contains(&"韩埠村/LOC".to_string()), "{e:?}");
        assert!(!e.iter().any(|x| x.contains("全村")), "{e:?}");
        // A village jieba knows only as a verb (丰收/v 村).
        let e = ents("团结乡丰收村位于山区，种植中药材300亩。");
        assert!(e.contains(&"丰收村/LOC".to_string()), "{e:?}");
    }

    #[test]
    fn a_place_right_before_a_body_opens_its_name() {
        // 日照/华泰纸业: one company, and the place stays the figure's place word only.
        let e = ents("德州华盛纸业今年投资5亿元。");
        assert!(e.contains(&"德州华盛纸业/ORG".to_string()), "{e:?}");
        assert!(!e.contains(&"德州/LOC".to_string()), "{e:?}");
        let e = ents("在德州华盛纸业产业园，投资5亿元。");
        assert!(e.contains(&"德州华盛纸业产业园/PROJ".to_string()), "{e:?}");
    }
}
