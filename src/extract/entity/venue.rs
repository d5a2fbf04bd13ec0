//! Venues as named things (台南晶英酒店, 奇美博物馆, 烟波大饭店), and bodies after a
//! source label (来源：经济参考报): hotels and resorts need a
//! brand of their own, not their place alone (澳门酒店 is Macau's hotels); a venue listed
//! with others may be named by a common noun of its own (烟波/大饭店、维悦/酒店). Word
//! lists: cues.tsv `entity.venue_suffix`, `entity.venue_brand_suffix`, `entity.kind_word`.

use super::{is_han, EntityMention, Sentence};
use crate::patterns::EntityType;

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
                // A division or a listed region (澳门, 台南); a place jieba tags that is
                // neither (北山/宾馆: a mountain, a locality) names the hotel.
                let w = self.toks[k].word;
                super::super::place::is_division_name(self.pats, w) || self.places.contains(w)
            })
    }
}

impl Sentence<'_> {
    /// The body named after a source or issuer label and its colon (来源：经济参考报,
    /// 承办单位：空污噪音防制科, 发布单位：辅导科: `entity.source_label`): one to six words
    /// of ideographs up to a blank or delimiter, cut after the last word ending in a body's
    /// end (`entity.source_end`: 报, 科, 处, 局, 网); none without one.
    pub(super) fn source_bodies(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let labels = self.pats.cues.at(crate::cue!("entity.source_label"));
        let ends = self.pats.cues.at(crate::cue!("entity.source_end"));
        for c in 1..toks.len() {
            if !matches!(toks[c].word, ":" | "：") {
                continue;
            }
            let one = toks[c - 1].word.to_string();
            let two = c
                .checked_sub(2)
                .map(|k| format!("{}{}", toks[k].word, toks[c - 1].word));
            if !labels.contains(&one) && !two.is_some_and(|w| labels.contains(&w)) {
                continue;
            }
            let run = (c + 1..toks.len().min(c + 7))
                .take_while(|&k| !self.in_figure(k) && toks[k].word.chars().all(is_han))
                .collect::<Vec<_>>();
            let Some(&last) = run.iter().rev().find(|&&k| ends.ends(toks[k].word)) else {
                continue;
            };
            let text: String = toks[c + 1..=last].iter().map(|t| t.word).collect();
            if !(3..=12).contains(&text.chars().count()) || self.idx.is_stop(&text) {
                continue;
            }
            let (start, end) = (toks[c + 1].start, toks[last].end);
            // The suffix rules may have found part of it (规划处 after 来源).
            out.retain(|o| !(start <= o.start && o.end <= end));
            if out.iter().any(|o| o.start < end && start < o.end) {
                continue;
            }
            out.push(EntityMention {
                start,
                end,
                text,
                ty: EntityType::Org,
                byline: false,
                how: "body after a source label (entity.source_label)",
                division: None,
            });
        }
    }

    /// Whether token `m` may be a word of a site's name: ideographs, no figure, and no
    /// pronoun, verb, adverb or preposition (他/说).
    fn name_word(&self, m: usize) -> bool {
        let t = &self.toks[m];
        !self.in_figure(m)
            && t.word.chars().all(is_han)
            && !matches!(t.tag, "r" | "v" | "d" | "p" | "c" | "u")
    }

    /// A news site named by its dispatch line at the start of a clause (茶源网讯：,
    /// 【某某網訊】, 【某某社訊】, 某某广电全媒体讯: a word ending in `entity.dispatch_end` such as
    /// 网讯): the one to five words of ideographs before 讯, up to the clause's start, are
    /// the site's name.
    pub(super) fn dispatch_media(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let ends = self.pats.cues.at(crate::cue!("entity.dispatch_end"));
        // A clause's start, or a preposition before the name (据某某网讯).
        let opens = |k: usize| {
            k == 0
                || toks[k - 1].tag == "p"
                || toks[k - 1]
                    .word
                    .chars()
                    .all(|c| c.is_whitespace() || !is_han(c) && !c.is_ascii_alphanumeric())
        };
        // A name ending in a dispatch word ends with a token ending in its last char
        // (most tokens end in another: they are passed over without joining words).
        let lasts: Vec<char> = ends.iter().filter_map(|w| w.chars().next_back()).collect();
        let any_end = ends.iter().any(str::is_empty);
        for k in 0..toks.len() {
            let last = toks[k].word.chars().next_back();
            if !any_end && last.is_some_and(|c| !lasts.contains(&c)) {
                continue;
            }
            let Some(j) = (k.saturating_sub(MAX_DISPATCH_WORDS)..=k)
                .filter(|&j| opens(j))
                .find(|&j| (j..=k).all(|m| self.name_word(m)))
            else {
                continue;
            };
            let joined: String = toks[j..=k].iter().map(|t| t.word).collect();
            if !ends.ends(&joined) {
                continue;
            }
            let text: String = joined.chars().take(joined.chars().count() - 1).collect();
            if !(3..=10).contains(&text.chars().count()) || self.idx.is_stop(&text) {
                continue;
            }
            let (start, end) = (toks[j].start, toks[j].start + text.chars().count());
            out.retain(|o| !(start <= o.start && o.end <= end));
            if out.iter().any(|o| o.start < end && start < o.end) {
                continue;
            }
            out.push(EntityMention {
                start,
                end,
                text,
                ty: EntityType::Org,
                byline: false,
                how: "news site before its dispatch word (entity.dispatch_end)",
                division: None,
            });
        }
    }
}

/// Most words before the last one of a dispatch line's name ([`Sentence::dispatch_media`]).
const MAX_DISPATCH_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use crate::extract::entity::extracted as ents;

    #[test]
    fn hotels_and_museums_are_named_things() {
        let e = ents("湖滨晶英酒店、江北博物馆和台南美术馆去年共接待游客30万人次。");
        assert!(e.contains(&"湖滨晶英酒店/ORG".to_string()), "{e:?}");
        assert!(e.contains(&"台南美术馆/ORG".to_string()), "{e:?}");
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

    #[test]
    fn a_grand_hotel_or_guesthouse_after_a_place_is_one_house() {
        let e = ents("祁连大酒店和西宁宾馆去年接待游客3万人次。");
        assert!(e.contains(&"祁连大酒店/ORG".to_string()), "{e:?}");
        assert!(e.contains(&"西宁宾馆/ORG".to_string()), "{e:?}");
        // A plain hotel after a place's name is still its hotels.
        let e = ents("西宁酒店入住率达80%。");
        assert!(!e.iter().any(|x| x.contains("酒店")), "{e:?}");
    }

    #[test]
    fn councils_associations_and_think_tanks_are_bodies() {
        let e = ents("東勢鄉代表會通過預算3000萬元，西贡区校长会和中国金融智库各捐出5万元。");
        assert!(e.contains(&"東勢鄉代表會/ORG".to_string()), "{e:?}");
        assert!(e.contains(&"西贡区校长会/ORG".to_string()), "{e:?}");
        assert!(e.contains(&"中国金融智库/ORG".to_string()), "{e:?}");
        // A meeting of representatives stays a meeting: no body ends inside 会议.
        let e = ents("青山县召开职工代表会议，审议预算3000万元。");
        assert!(!e.iter().any(|x| x.contains("代表会/")), "{e:?}");
    }

    #[test]
    fn news_sites_before_their_dispatch_word() {
        let e = ents("【新华網訊】今年客运量增长20%。");
        assert!(e.contains(&"新华網/ORG".to_string()), "{e:?}");
        let e = ents("茶香网讯：全州有茶园20万亩。");
        assert!(e.contains(&"茶香网/ORG".to_string()), "{e:?}");
        let e = ents("青黔在线讯 全州有茶园20万亩。");
        assert!(e.contains(&"青黔在线/ORG".to_string()), "{e:?}");
        let e = ents("据江城新闻网讯，全州有茶园20万亩。");
        assert!(e.contains(&"江城新闻网/ORG".to_string()), "{e:?}");
        // A broadcaster's all-media dispatch, its name five words long.
        let e = ents("衡阳广电全媒体讯(记者 王某)全市签约项目5个。");
        assert!(e.contains(&"衡阳广电全媒体/ORG".to_string()), "{e:?}");
        // Not at a clause's start: no dispatch line.
        let e = ents("他说茶香网讯全州有茶园20万亩。");
        assert!(!e.contains(&"他说茶香网/ORG".to_string()), "{e:?}");
    }

    #[test]
    fn bodies_after_source_labels() {
        let e = ents("来源：城建参考报 作者：王某某");
        assert!(e.contains(&"城建参考报/ORG".to_string()), "{e:?}");
        let e = ents("承办单位：水质监测科发稿日期：2021年3月4日");
        assert!(e.contains(&"水质监测科/ORG".to_string()), "{e:?}");
        // Nothing ending as a body: no name.
        let e = ents("来源：本站原创 2021年3月4日");
        assert!(!e.iter().any(|x| x.ends_with("/ORG")), "{e:?}");
    }

    #[test]
    fn projects_that_are_their_clause_and_plans_after_verbs() {
        let e = ents("青溪水闸重建工程");
        assert!(e.contains(&"青溪水闸重建工程/PROJ".to_string()), "{e:?}");
        let e = ents("实施“云台山景观林建设三期工程、村庄绿化工程”，造林1万亩。");
        assert!(
            e.contains(&"云台山景观林建设三期工程/PROJ".to_string()),
            "{e:?}"
        );
        let e = ents("市里积极执行清新空气行动计画，汰换机车5万辆。");
        assert!(e.contains(&"清新空气行动计画/PROJ".to_string()), "{e:?}");
        // A plan before a verb, a count of projects, a figure after the name: none.
        let e = ents("连云港市计划完成造林17万亩；新建渣场挡护工程12处。");
        assert!(!e.iter().any(|x| x.ends_with("/PROJ")), "{e:?}");
        let e = ents("跟进长城汽车小镇、高原微藻技术应用等项目，投资3亿元。");
        assert!(!e.iter().any(|x| x.contains("等项目")), "{e:?}");
    }

    #[test]
    fn abbreviated_bureaus_and_agencies() {
        let e = ents("房屋局发出许可书5份，含环保署补助1万元。");
        assert!(e.contains(&"房屋局/ORG".to_string()), "{e:?}");
        assert!(e.contains(&"环保署/ORG".to_string()), "{e:?}");
        let e = ents("台北市停管处规划车位5处。");
        assert!(e.contains(&"台北市停管处/ORG".to_string()), "{e:?}");
        // A word ending in a bureau's char is no name by itself.
        let e = ents("办事处共有5人，在出口处等候5分钟。");
        assert!(!e.iter().any(|x| x.ends_with("/ORG")), "{e:?}");
    }

    #[test]
    fn people_of_credit_lines() {
        let e = ents("(记者:张某某 通讯员:曹某 审校:蒋某某)");
        for name in ["张某某/PER", "曹某/PER", "蒋某某/PER"] {
            assert!(e.contains(&name.to_string()), "{e:?}");
        }
        let e = ents("(一审:杨某某;二审:黄某某)");
        assert!(e.contains(&"杨某某/PER".to_string()), "{e:?}");
    }
}
