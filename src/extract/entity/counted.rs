//! Names listed before a count of their kind (甲桥、乙路等3个项目; 丙中学、丁小学等5所
//!学校): the list's closing says what its items are, so each item that is a name (a
//! proper noun, a division, an unknown word, a figure or an entity inside it) is one of
//! that kind, whatever its last word. Word lists: cues.tsv `entity.list_kind` (the kind
//! nouns and the type they give), `figure.list_end` (等), `entity.list_lead` (the
//! clause's verbs and prepositions before the first item). Items of a list of companies
//! (`entity.list_company_kind`: 等30余家企业, 等某某企业达到30余家) that are brands alone
//! (紫鑫初元) are companies too.

use super::{is_han, EntityMention, Sentence};
use crate::extract::subject::is_delim;
use crate::patterns::EntityType;

/// Most chars of a brand listed alone as a company (紫鑫初元).
const MAX_BRAND_CHARS: usize = 6;

/// How the rule names its entities (for `explain`).
const HOW: &str = "an item of a list closed by a count of its kind (entity.list_kind)";

/// Opening and closing brackets.
fn bracket(c: char) -> bool {
    matches!(c, '(' | ')' | '（' | '）')
}

impl Sentence<'_> {
    /// Runs [`Self::counted_list`] on each clause of the sentence.
    pub(super) fn counted_lists(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        // A list has two items at least, split at 、 (most sentences have none).
        if !toks.iter().any(|t| t.word == "、") {
            return;
        }
        let mut start = 0;
        for k in 0..=toks.len() {
            let ends = k == toks.len()
                || !self.in_figure(k)
                    && (toks[k].word)
                        .chars()
                        .any(|c| is_delim(c) && c != '、' || c.is_whitespace());
            if ends {
                if k > start {
                    self.counted_list(start, k, out);
                }
                start = k + 1;
            }
        }
    }

    /// The kind that the words right after the list's closing word at token `k` name
    /// (等/3/个/项目, 等/各大/重点/项目, 等/好几/座/桥): a `entity.list_kind` word within
    /// five words, no verb or function word before it; `b` ends the clause. With it,
    /// whether the kind is companies (`entity.list_company_kind`) and whether they are
    /// counted only after it (then only brands are read).
    fn list_kind(&self, k: usize, b: usize) -> Option<(EntityType, bool, bool)> {
        let kinds = self.pats.cues.at(crate::cue!("entity.list_kind"));
        let not_works = self.pats.cues.at(crate::cue!("entity.list_kind_not"));
        let companies = self.pats.cues.at(crate::cue!("entity.list_company_kind"));
        for j in k + 1..b.min(k + 6) {
            let t = &self.toks[j];
            // A count or a size word comes first (等3个项目, 等各大项目; 等项目 lists kinds
            // of things as often).
            let counted = (k + 1..j)
                .any(|m| self.in_figure(m) || matches!(self.toks[m].tag, "m" | "q" | "mq" | "a"));
            // Or companies counted right after their kind, past one verb (等人参加工企业/达到/
            // 30余家): then only brands listed alone are read (`brand_item`).
            let company = companies.ends(t.word);
            let after = !counted && company && self.counted_after(j, b);
            let counted = counted || after;
            // Heritage items, contests and courses are no works (等多项非遗项目).
            let other = (k + 1..=j).any(|m| not_works.occurs_in(self.toks[m].word));
            if let Some(w) = kinds.suffix_of(t.word).filter(|_| counted && !other) {
                let ty = kinds.value(w).unwrap_or("");
                return Some(if ty == "ORG" {
                    (EntityType::Org, company, after)
                } else {
                    (EntityType::Proj, false, false)
                });
            }
            if !self.in_figure(j) && matches!(t.tag, "v" | "p" | "c" | "uj" | "ul" | "x") {
                return None;
            }
        }
        None
    }

    /// Whether the kind word at token `j` is counted right after it in its clause (`b`
    /// ends it): a figure next, or after one verb (企业/达到/30余家).
    fn counted_after(&self, j: usize, b: usize) -> bool {
        let next = j + 1;
        let verb = next < b && !self.in_figure(next) && self.toks[next].tag == "v";
        let at = next + usize::from(verb);
        at < b && self.in_figure(at)
    }

    /// Whether the item of tokens `x..y` is a brand: a word jieba tags as a name other
    /// than a place's, or one it does not know, and no place (吉林敖东, 紫鑫/初元).
    fn brand_item(&self, x: usize, y: usize) -> bool {
        let toks = &self.toks[x..y];
        let place = |t: &crate::segment::Token| {
            t.tag == "ns" || crate::extract::place::is_division_name(self.pats, t.word)
        };
        let brand = |t: &crate::segment::Token| {
            matches!(t.tag, "nr" | "nz" | "nt" | "nrt")
                || t.word.chars().count() >= 2
                    && t.word.chars().all(is_han)
                    && !(self.known)(t.word)
        };
        let n: usize = toks.iter().map(|t| t.word.chars().count()).sum();
        // An item with a suffix of its own (手提袋厂) is read as one by `counted_item`.
        let text: String = toks.iter().map(|t| t.word).collect();
        self.idx.suffix(&text).is_none()
            && (2..=MAX_BRAND_CHARS).contains(&n)
            && toks.iter().all(|t| t.word.chars().all(is_han))
            && toks.iter().any(brand)
            && !toks.iter().any(place)
    }

    /// The names listed in the clause of tokens `a..b` before a count of their kind.
    fn counted_list(&self, a: usize, b: usize, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        // A list has two items at least, split at 、: a clause without one (most) has none.
        if !toks[a..b].iter().any(|t| t.word == "、") {
            return;
        }
        let ends = self.pats.cues.at(crate::cue!("figure.list_end"));
        // The closing word, or a word jieba glued it to (城等/u): then the last item
        // ends inside that word, `cut` chars before its end.
        let Some((close, (ty, company, brands_only))) = (a + 1..b)
            .filter(|&k| ends.contains(toks[k].word) || ends.suffix_of(toks[k].word).is_some())
            .find_map(|k| self.list_kind(k, b).map(|ty| (k, ty)))
        else {
            return;
        };
        let cut = match ends.suffix_of(toks[close].word) {
            Some(w) if w != toks[close].word => w.chars().count(),
            _ => 0,
        };
        let close_item = if cut > 0 { close + 1 } else { close };
        // Items as token spans, split at 、.
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut s = a;
        for (k, t) in toks.iter().enumerate().take(close).skip(a) {
            if t.word == "、" {
                items.push((s, k));
                s = k + 1;
            }
        }
        items.push((s, close_item));
        if items.len() < 2 || items.iter().any(|&(x, y)| y <= x) {
            return;
        }
        items[0].0 = self.first_item_start(items[0].0, items[0].1);
        for item in items.iter_mut().skip(1) {
            item.0 = self.item_start(item.0, item.1, out);
        }
        // Items already named as organisations by their shape (矽盛电子): the others of
        // that shape are companies too (the list names the works by their builders).
        let trades = self.pats.cues.at(crate::cue!("entity.trade_suffix"));
        let orgs = items
            .iter()
            .filter(|&&(x, y)| {
                out.iter().any(|e| {
                    e.ty == EntityType::Org
                        && e.start <= toks[x].start
                        && e.end == toks[y - 1].end
                        && e.text.chars().count() <= 6
                        && trades.suffix_of(&e.text).is_some()
                })
            })
            .count();
        let items = self.joined_items(&items, out);
        let last = items.len() - 1;
        for (n, &(x, y)) in items.iter().enumerate() {
            let cut = if n == last { cut } else { 0 };
            // Companies listed by their brands alone (甲敖东、乙初元等…企业达到30家).
            if company
                && cut == 0
                && self.brand_item(x, y)
                && !out
                    .iter()
                    .any(|e| e.start < toks[y - 1].end && toks[x].start < e.end)
            {
                let text: String = toks[x..y].iter().map(|t| t.word).collect();
                let e = EntityMention {
                    start: toks[x].start,
                    end: toks[y - 1].end,
                    text,
                    ty: EntityType::Org,
                    byline: false,
                    how: HOW,
                    division: None,
                };
                self.push(e, out);
                continue;
            }
            if !brands_only {
                self.counted_item((x, y, cut), ty, orgs > 0, out);
            }
        }
    }

    /// The first token of the first item's name in tokens `a..b`: after the clause's
    /// verbs, prepositions and particles (大力/推进/甲公司…, 在/乙医院, 共有/丙路, 引进/了/
    /// 丁集团), the last one
    /// before the first name word.
    fn first_item_start(&self, a: usize, b: usize) -> usize {
        let leads = self.pats.cues.at(crate::cue!("entity.list_lead"));
        let toks = self.toks;
        let verbs = self.pats.cues.at(crate::cue!("entity.name_verb"));
        let lead = |k: usize| {
            matches!(toks[k].tag, "v" | "p" | "uj" | "ul" | "d" | "c")
                || verbs.contains(toks[k].word)
        };
        // After the clause's last verb, preposition or 的 that leaves a name (甲河上的/乙桥).
        let named = |k: usize| (k + 1..b).any(|m| self.listed_name_word(m));
        let last = (a..b.saturating_sub(1))
            .rev()
            .find(|&k| lead(k) && named(k));
        let first_name = (a..b).find(|&k| self.listed_name_word(k)).unwrap_or(b - 1);
        let start = last.map_or_else(
            || {
                (a..first_name)
                    .rev()
                    .find(|&k| {
                        lead(k) || matches!(toks[k].tag, "vn" | "t") || leads.contains(toks[k].word)
                    })
                    .map_or(a, |k| k + 1)
            },
            |k| k + 1,
        );
        // Verbs right after it (加快/建设/甲建材).
        start.max(self.item_start(start, b, &[]))
    }

    /// The items with each one holding a joiner (甲桥和乙桥, 甲校及乙园) split in two
    /// when both sides are names and no entity found crosses the joiner (住房和城乡建设局
    /// stays whole).
    fn joined_items(&self, items: &[(usize, usize)], out: &[EntityMention]) -> Vec<(usize, usize)> {
        let toks = self.toks;
        let mut split = Vec::new();
        for &(x, y) in items {
            let j = (x + 1..y.saturating_sub(1)).find(|&k| {
                self.joiners.contains(toks[k].word)
                    && !out
                        .iter()
                        .any(|e| e.start < toks[k].start && toks[k].end < e.end)
                    && self.same_kind(x, k, y)
            });
            match j {
                Some(j) => {
                    split.push((x, j));
                    split.push((j + 1, y));
                }
                None => split.push((x, y)),
            }
        }
        split
    }

    /// Whether token `k` and the one after it spell a division's name (卖酒/v 镇: the
    /// place opening the item, no verb before it).
    fn division_with_next(&self, k: usize) -> bool {
        self.toks.get(k + 1).is_some_and(|n| {
            let w = format!("{}{}", self.toks[k].word, n.word);
            crate::extract::place::is_division_name(self.pats, &w)
        })
    }

    /// Whether the words `x..k` and `k + 1..y` (around a joiner at `k`) end alike: in
    /// the same char (甲桥和乙桥) or both in a suffix of a name (甲校及乙园).
    fn same_kind(&self, x: usize, k: usize, y: usize) -> bool {
        let text =
            |a: usize, b: usize| -> String { self.toks[a..b].iter().map(|t| t.word).collect() };
        let (l, r) = (text(x, k), text(k + 1, y));
        l.chars().next_back() == r.chars().next_back()
            || self.idx.suffix(&l).is_some() && self.idx.suffix(&r).is_some()
    }

    /// The first token of a later item's name: after an amount and 的 describing it
    /// (总投资10亿元的/乙项目) and the verbs opening it before its first name word
    /// (新建、改扩建/甲中学).
    fn item_start(&self, a: usize, b: usize, out: &[EntityMention]) -> usize {
        let verbs = self.pats.cues.at(crate::cue!("entity.name_verb"));
        // An amount and 的 describing the item (总投资10亿元的/乙项目) open no name.
        let described = (a + 1..b.saturating_sub(1)).rev().find(|&k| {
            self.toks[k].tag == "uj"
                && self.in_figure(k - 1)
                && (k + 1..b).any(|m| self.listed_name_word(m))
        });
        let mut k = described.map_or(a, |k| k + 1);
        while k + 1 < b
            && (matches!(self.toks[k].tag, "v" | "vn" | "p") && !self.listed_name_word(k)
                || verbs.contains(self.toks[k].word))
            && !out.iter().any(|e| e.start == self.toks[k].start)
            && !self.division_with_next(k)
            && (k + 1..b).any(|m| self.listed_name_word(m))
        {
            k += 1;
        }
        k
    }

    /// Whether token `k` makes its words a name: a proper noun, a division, an unknown
    /// word of two chars or more, or a masked figure.
    fn listed_name_word(&self, k: usize) -> bool {
        let t = &self.toks[k];
        self.in_figure(k)
            || matches!(t.tag, "ns" | "nr" | "nz" | "nt" | "j" | "eng" | "nrt")
            || crate::extract::place::is_division_name(self.pats, t.word)
            || t.word.chars().count() >= 2
                && t.word.chars().all(is_han)
                && !(self.known)(t.word)
                && !matches!(t.tag, "v" | "vn" | "d" | "p" | "c")
    }

    /// The entity the list item of tokens `x..y` names, if it is a name (see the
    /// module's comment), of type `ty` (the list's kind; an item ending in an
    /// organisation's suffix is one, a trailing aside in brackets left out; with `orgs`,
    /// a short item of no suffix is a company like the others).
    fn counted_item(
        &self,
        (x, mut y, cut): (usize, usize, usize),
        ty: EntityType,
        orgs: bool,
        out: &mut Vec<EntityMention>,
    ) {
        let toks = self.toks;
        let (start, mut end) = (toks[x].start, toks[y - 1].end - cut);
        let inside: Vec<&EntityMention> = out
            .iter()
            .filter(|e| e.start < end && start < e.end)
            .collect();
        // Already named whole, by a person's name or by a name crossing the item's end;
        // or an organisation named by its suffix closes the item after a figure that
        // ranks it (世界500强企业/甲控股集团): the words before the name describe it.
        let ranked = |e: &&EntityMention| {
            e.ty == EntityType::Org
                && e.end == end
                && e.start > start
                && (x..y)
                    .any(|k| (self.in_figure(k) || toks[k].tag == "m") && toks[k].end <= e.start)
        };
        if inside
            .iter()
            .any(|e| e.start == start && e.end == end || e.ty == EntityType::Per || e.end > end)
            || inside.iter().any(ranked)
        {
            return;
        }
        let named = (x..y).any(|k| self.listed_name_word(k)) || !inside.is_empty();
        let plain = (x..y).all(|k| {
            self.in_figure(k)
                || (toks[k].word)
                    .chars()
                    .all(|c| is_han(c) || c.is_ascii_alphanumeric() || bracket(c) || c == '·')
        });
        let opens =
            (toks[x].word.chars().next()).is_some_and(|c| is_han(c) || c.is_ascii_alphanumeric());
        if !plain || !opens || cut == 0 && matches!(toks[y - 1].tag, "u" | "uj" | "c" | "p") {
            return;
        }
        // The item's words, `cut` chars left out of the last one when it holds the
        // closing word.
        let words = |y: usize, cut: usize| -> String {
            let mut text: String = toks[x..y].iter().map(|t| t.word).collect();
            for _ in 0..cut {
                text.pop();
            }
            text
        };
        let suffix_ty = |y: usize, cut: usize| {
            let text = words(y, cut);
            self.idx.suffix(&text).map(|s| {
                let (w, t) = &self.pats.entity_suffixes[s];
                (*t, text.chars().count() - w.chars().count())
            })
        };
        // A closing aside in brackets (二期, 兴业) is no part of a body's name.
        if y > x + 2 && bracket(toks[y - 1].word.chars().next().unwrap_or(' ')) {
            if let Some(open) = (x + 1..y - 1).rfind(|&k| matches!(toks[k].word, "(" | "（")) {
                if cut == 0 && suffix_ty(open, 0).is_some_and(|(t, _)| t == EntityType::Org) {
                    y = open;
                    end = toks[y - 1].end;
                }
            }
        }
        // A company named from the clause's verb on (今年新建/甲电子) is one from its name.
        let trimmed = inside
            .iter()
            .any(|e| e.ty == EntityType::Org && e.start < start && e.end == end);
        let mut kind = if trimmed { EntityType::Org } else { ty };
        match suffix_ty(y, cut) {
            Some((EntityType::Org, own)) if own >= 2 => kind = EntityType::Org,
            Some((EntityType::Proj, own)) if own >= 2 && ty == EntityType::Org => return,
            _ if ty == EntityType::Org => return,
            _ => {}
        }
        let text = words(y, cut);
        let n = text.chars().count();
        let works = suffix_ty(y, cut).is_some_and(|(t, _)| t == EntityType::Proj);
        if orgs && kind == EntityType::Proj && n <= 7 && !works {
            kind = EntityType::Org;
        }
        if !named && kind == EntityType::Proj || !(4..=40).contains(&n) {
            return;
        }
        // The item's place words and the name the verb rules began before its start.
        out.retain(|e| !(e.start < end && start < e.end && e.ty != EntityType::Per));
        self.push(
            EntityMention {
                start,
                end,
                text,
                ty: kind,
                byline: false,
                how: HOW,
                division: None,
            },
            out,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Extractor, Options};
    use crate::patterns::Patterns;

    fn entities(text: &str) -> Vec<(String, &'static str)> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .entities
            .into_iter()
            .map(|e| (e.text, e.ty.name()))
            .collect()
    }

    fn has(ents: &[(String, &str)], text: &str, ty: &str) -> bool {
        ents.iter().any(|(t, y)| t == text && *y == ty)
    }

    #[test]
    fn an_amount_describing_a_later_item_is_no_part_of_its_name() {
        let e = entities("总投资5亿元的甲乙纺织印染、总投资8亿元的丙丁芯片封装等6个项目正在推进。");
        assert!(has(&e, "丙丁芯片封装", "PROJ"), "{e:?}");
        assert!(!e.iter().any(|(t, _)| t.starts_with("总投资")), "{e:?}");
    }

    #[test]
    fn items_before_a_count_of_projects_are_projects() {
        let e =
            entities("今年共实施梧州市环城公路、岑溪市滨江大道配套工程等4个项目，总投资9亿元。");
        assert!(has(&e, "梧州市环城公路", "PROJ"), "{e:?}");
        let e =
            entities("正在推进苍梧县六堡茶小镇、藤县陶瓷产业园扩建等6个项目，已完成投资2亿元。");
        assert!(has(&e, "苍梧县六堡茶小镇", "PROJ"), "{e:?}");
        assert!(has(&e, "藤县陶瓷产业园扩建", "PROJ"), "{e:?}");
        // 等 glued to the last item's char by jieba stays out of its name.
        let e = entities("重点抓好蒙山县湄江景区扩建、蒙山县城南物流城等3个项目，投资5亿元。");
        assert!(e.iter().all(|(t, _)| !t.ends_with('等')), "{e:?}");
    }

    #[test]
    fn a_list_of_kinds_or_of_heritage_items_names_nothing() {
        // No count before the kind: kinds of works, not names.
        let e = entities("推进道路、桥梁、水利等项目建设，投资3亿元。");
        assert!(e.iter().all(|(_, y)| *y != "PROJ"), "{e:?}");
        let e = entities("工坊涵盖了藤县竹编、岑溪木偶戏等多项非遗项目，销售额1亿元。");
        assert!(e.iter().all(|(_, y)| *y != "PROJ"), "{e:?}");
    }

    #[test]
    fn schools_and_bridges_listed_before_their_count() {
        let e = entities("将新建、改扩建向阳湖中学、大沙洲小学等8所学校，投资2亿元。");
        assert!(has(&e, "大沙洲小学", "ORG"), "{e:?}");
        assert!(has(&e, "向阳湖中学", "ORG"), "{e:?}");
        let e = entities("清溪上的石门大桥、龙潭大桥和白沙大桥等三座桥正在改建。");
        assert!(has(&e, "石门大桥", "PROJ"), "{e:?}");
        assert!(has(&e, "龙潭大桥", "PROJ"), "{e:?}");
        assert!(
            !e.iter().any(|(t, _)| t.contains('和') || t.contains('的')),
            "{e:?}"
        );
    }

    #[test]
    fn ranked_companies_listed_before_a_count_keep_their_own_names() {
        // A rank (500强) and a kind word (企业) before a company's name describe it; the
        // particle after the clause's verb (引进了) opens no name.
        let e = entities(
            "开发区引进了全球500强企业华星控股集团、中国制造业500强江西云海集团等15家企业落户。",
        );
        assert!(has(&e, "华星控股集团", "ORG"), "{e:?}");
        assert!(has(&e, "江西云海集团", "ORG"), "{e:?}");
        assert!(
            !e.iter()
                .any(|(t, _)| t.contains('强') || t.contains("企业")),
            "{e:?}"
        );
        let e = entities("今年引进了云海集团、华星集团等5家企业。");
        assert!(
            has(&e, "云海集团", "ORG") && has(&e, "华星集团", "ORG"),
            "{e:?}"
        );
    }

    #[test]
    fn companies_listed_with_companies_are_companies() {
        let e = entities("今年引进华锐电子、汉鼎高新、恒泰机械等12个项目，产值5亿元。");
        assert!(
            has(&e, "汉鼎高新", "ORG") && has(&e, "华锐电子", "ORG"),
            "{e:?}"
        );
        assert!(
            !e.iter().any(|(t, y)| t == "汉鼎高新" && *y == "PROJ"),
            "{e:?}"
        );
    }

    #[test]
    fn brands_listed_before_a_count_of_companies_are_companies() {
        // Counted after their kind (企业达到30余家) or before it (等30余家企业).
        for t in [
            "长白敖东、紫鑫初元、华瑞参业等人参规模加工企业达到30余家。",
            "长白敖东、紫鑫初元、华瑞参业等30余家企业。",
        ] {
            let e = entities(t);
            for name in ["紫鑫初元", "华瑞参业"] {
                assert!(has(&e, name, "ORG"), "{t}: {e:?}");
            }
        }
        // Sectors and places listed so are no companies.
        let e = entities("食品、医药等企业达到30家，北京、上海等地企业达到20家。");
        assert!(!e.iter().any(|(_, y)| *y == "ORG"), "{e:?}");
    }
}
