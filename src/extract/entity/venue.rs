//! Venues as named things (台南晶英酒店, 奇美博物馆, 烟波大饭店): hotels and resorts need a
//! brand of their own, not their place alone (澳门酒店 is Macau's hotels); a venue listed
//! with others may be named by a common noun of its own (烟波/大饭店、维悦/酒店). Word
//! lists: cues.tsv `entity.venue_suffix`, `entity.venue_brand_suffix`, `entity.kind_word`.

use super::{is_han, Sentence};

impl Sentence<'_> {
    /// Whether the bare venue suffix token `i` (`entity.venue_suffix`: 大饭店, 酒店)
    /// follows a word naming it in a list (a 、 before that word or after the suffix):
    /// two to four ideographs jieba reads as a noun, name or adjective, no stop word,
    /// kind of venue (`entity.kind_word`: 星级, 快捷) or anaphor.
    pub(super) fn listed_venue(&self, i: usize) -> bool {
        let toks = self.toks;
        let venues = self.pats.cues.at(crate::cue!("entity.venue_suffix"));
        let Some(k) = i.checked_sub(1) else {
            return false;
        };
        let p = &toks[k];
        let listed = |t: Option<&crate::segment::Token>| t.is_some_and(|t| t.word == "、");
        let kinds = self.pats.cues.at(crate::cue!("entity.kind_word"));
        let anaphors = self.pats.cues.at(crate::cue!("place.anaphor"));
        venues.contains(toks[i].word)
            && (listed(k.checked_sub(1).map(|m| &toks[m])) || listed(toks.get(i + 1)))
            && matches!(p.tag, "n" | "nz" | "nr" | "nrt" | "a" | "j" | "l")
            && (2..=4).contains(&p.word.chars().count())
            && p.word.chars().all(is_han)
            && !self.in_figure(k)
            && !self.idx.is_stop(p.word)
            && !kinds.contains(p.word)
            && !anaphors.contains(p.word)
    }

    /// Whether the hotel or resort name of tokens `j..=i` (`entity.venue_brand_suffix`)
    /// has nothing of its own before the suffix but places (澳门/酒店, 台南/大饭店).
    pub(super) fn venue_without_brand(&self, j: usize, i: usize, suffix: &str) -> bool {
        let brands = self.pats.cues.at(crate::cue!("entity.venue_brand_suffix"));
        let t = &self.toks[i];
        brands.contains(suffix)
            && t.word.len() == suffix.len()
            && (j..i).all(|k| {
                let w = self.toks[k].word;
                self.toks[k].tag == "ns"
                    || super::super::place::is_division_name(self.pats, w)
                    || self.places.contains(w)
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Extractor, Options};
    use crate::patterns::Patterns;

    /// The entities of `text` as `name/TYPE`.
    pub(crate) fn ents(text: &str) -> Vec<String> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .entities
            .into_iter()
            .map(|e| format!("{}/{}", e.text, e.ty.name()))
            .collect()
    }

    #[test]
    fn hotels_museums_and_airports_are_named_things() {
        let e = ents("湖滨晶英酒店、江北博物馆和台南美术馆去年共接待游客30万人次。");
        assert!(e.contains(&"湖滨晶英酒店/ORG".to_string()), "{e:?}");
        assert!(e.contains(&"台南美术馆/ORG".to_string()), "{e:?}");
        let e = ents("香港国际机场上月客运量达300万人次。");
        assert!(e.contains(&"香港国际机场/LOC".to_string()), "{e:?}");
    }

    #[test]
    fn listed_hotels_named_by_common_words() {
        let e = ents("烟波大饭店、维悦酒店推出优惠5折。");
        assert!(e.contains(&"烟波大饭店/ORG".to_string()), "{e:?}");
        assert!(e.contains(&"维悦酒店/ORG".to_string()), "{e:?}");
    }

    #[test]
    fn hotels_of_a_place_and_kinds_of_hotel_are_no_names() {
        let e = ents("澳门酒店入住率达90%，星级酒店、快捷酒店共12家。");
        assert!(!e.iter().any(|x| x.contains("酒店")), "{e:?}");
    }
}
