//! Villages and village groups right after their township (下洼镇/酒店/村, 某乡/响潭/组):
//! the words between name the village whatever jieba made of them. Word lists: cues.tsv
//! `entity.village_suffix`, `entity.township_end`.

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
            let tail = toks[i].word.chars().count() - suffix.chars().count();
            if tail > 2 || self.in_figure(i) {
                continue;
            }
            let word_ok = |k: usize| {
                let t = &toks[k];
                matches!(t.tag, "n" | "nr" | "ns" | "nz" | "j" | "a" | "nrt" | "zg")
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
}

#[cfg(test)]
mod tests {
    use crate::extract::entity::extracted as ents;

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
    }
}
