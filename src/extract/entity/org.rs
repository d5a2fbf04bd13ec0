//! Organisations: the lead word before a body's name that belongs to it (国家/能源局,
//! 县/发改局, 据省/统计局 → 省统计局) and companies named by words of their own
//! (财经智珠网有限公司). Lead words: cues.tsv `entity.body_lead`.

use super::{is_han, EntityMention, Sentence};
use crate::patterns::EntityType;

impl Sentence<'_> {
    /// The division opening the registered company's name that the suffix token `i`
    /// closes with its legal form (`entity.company_form`: 丽江/得/一/食品/有限责任/公司,
    /// 湖北/富世/华电/子/科技/有限公司): the nearest place before it (a listed place or a
    /// division's name that jieba tags as a place, or one with its suffix) with one to
    /// twelve chars of ideographs between, none a function word (的, 与, 在: a clause of
    /// its own), verb of a clause, name break, byline title or figure, whatever else jieba
    /// made of the company's own chars.
    pub(super) fn registered_start(&self, i: usize) -> Option<usize> {
        let toks = self.toks;
        let forms = self.pats.cues.at(crate::cue!("entity.company_form"));
        // The form in one token (有限公司) or two (有限责任/公司).
        let own = if forms.ends(toks[i].word) {
            i
        } else {
            let k = i.checked_sub(1)?;
            forms
                .ends(&format!("{}{}", toks[k].word, toks[i].word))
                .then_some(k)?
        };
        let clause = self.pats.cues.at(crate::cue!("entity.clause_verb"));
        let breaks = self.pats.cues.at(crate::cue!("entity.name_break"));
        let division = |t: &super::Token| {
            let n = t.word.chars().count();
            let gazetteer = super::super::place::is_division_name(self.pats, t.word);
            n >= 2 && (self.places.contains(t.word) || gazetteer && (t.tag == "ns" || n >= 3))
        };
        let mut chars = 0;
        for k in (0..own).rev() {
            let t = &toks[k];
            if self.in_figure(k) {
                return None;
            }
            if division(t) {
                return (chars > 0).then_some(k);
            }
            let function = matches!(t.tag, "p" | "c" | "r" | "uj" | "ul" | "uz" | "ug" | "uv");
            chars += t.word.chars().count();
            if function
                || chars > 12
                || !t.word.chars().all(is_han)
                || clause.contains(t.word)
                || breaks.contains(t.word)
                || self.bylines.contains(t.word)
            {
                return None;
            }
        }
        None
    }

    /// The organisation named by tokens `j..` (`text`, type and end from `e`), with the
    /// words before it that belong to the body: the government it is part of (政府, as in
    /// 县政府新闻办公室) and a lead, a whole token (国家/能源局, 县/发改局) or the last char of
    /// a word jieba glued it to (据省/统计局 → 省统计局). A name that starts with a place
    /// (永清县生态环境分局) takes none. None for a government with no name of its own
    /// (人民政府 after 县: a reference).
    pub(super) fn with_lead(
        &self,
        j: usize,
        text: String,
        mut e: EntityMention,
    ) -> Option<EntityMention> {
        let toks = self.toks;
        // A government with no name of its own (人民政府, 县人民政府) is a reference.
        if self.government_ref(&text) {
            return None;
        }
        e.start = toks[j].start;
        e.text = text;
        if matches!(toks[j].tag, "ns" | "nr" | "nrt") {
            return Some(e);
        }
        let leads = self.pats.cues.at(crate::cue!("entity.body_lead"));
        let governments = self.pats.cues.at(crate::cue!("entity.government"));
        let before = |k: usize| k.checked_sub(1).filter(|&k| !self.in_figure(k));
        let Some(mut k) = before(j) else {
            return Some(e);
        };
        // 政府/新闻办公室, 县/政府/新闻办公室, 县政府/新闻办公室: the government a body
        // belongs to, with its lead.
        let w = toks[k].word;
        let led = !governments.contains(w) && self.government_ref(w);
        if self.government_ref(w) {
            e.start = toks[k].start;
            e.text = format!("{w}{}", e.text);
            if led {
                return Some(e);
            }
            match before(k) {
                Some(b) => k = b,
                None => return Some(e),
            }
        }
        let p = &toks[k];
        if leads.contains(p.word) {
            e.start = p.start;
            e.text = format!("{}{}", p.word, e.text);
            return Some(e);
        }
        // 据省/统计局: a one-char lead glued to a word that is no name itself; an anaphor
        // before it (全省, 各市) makes a reference, not a body.
        let chars: Vec<char> = p.word.chars().collect();
        let glued = chars.len() == 2
            && chars.iter().all(|&c| is_han(c))
            && leads.has_char(chars[1])
            && !self.anaphor.contains(&chars[0])
            && !self.reference.contains(&chars[0])
            && !self.proper(p, EntityType::Org);
        if glued {
            e.start = p.end - 1;
            e.text = format!("{}{}", chars[1], e.text);
        }
        Some(e)
    }

    /// News bodies named by a division and a media word (保康/融媒网, 保康/融媒体中心,
    /// 四川/日报/社): the division's name (full or short, whatever jieba's tag) right
    /// before a token starting with an `entity.media_word`, that token and the words
    /// after it that end in an organisation suffix (社). The body is an organisation, so
    /// the name in it is no place of its own (a LOC never overlaps an ORG).
    pub(super) fn media_bodies(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let media = self.pats.cues.at(crate::cue!("entity.media_word"));
        let org_word = |k: usize| {
            !self.in_figure(k)
                && self.idx.suffix(toks[k].word).is_some_and(|x| {
                    let (suffix, ty) = &self.pats.entity_suffixes[x];
                    *ty == EntityType::Org && !suffix.is_empty()
                })
        };
        for i in 0..toks.len().saturating_sub(1) {
            let (t, u) = (&toks[i], &toks[i + 1]);
            if self.in_figure(i)
                || self.in_figure(i + 1)
                || !media.starts(u.word)
                || !crate::extract::place::is_division_name(self.pats, t.word)
            {
                continue;
            }
            let mut end = i + 1;
            while end + 1 < toks.len() && end < i + 3 && org_word(end + 1) {
                end += 1;
            }
            let e = EntityMention {
                start: t.start,
                end: toks[end].end,
                text: toks[i..=end].iter().map(|t| t.word).collect(),
                ty: EntityType::Org,
                byline: false,
                how: "a place and a media word (entity.media_word)",
                division: None,
            };
            self.push(e, out);
        }
    }

    /// Newspapers named before a report word (据明报报道, 香港/文汇报/记者, 大公报/讯), alone
    /// in brackets ((某某报)) or opening a line before a colon (某某报：…): a
    /// word of two chars or more ending in an `entity.news_end` char (or a noun and that
    /// char alone: 晨光/报) right before an `entity.news_report` word, with the division
    /// named right before it (香港文汇报).
    /// Words ending so that are no paper (公报, 通报: `entity.news_common`), a bare media
    /// word without its place (日报 alone) and references (本报, 该报) name none.
    pub(super) fn news_bodies(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let cues = &self.pats.cues;
        let ends = cues.at(crate::cue!("entity.news_end"));
        let reports = cues.at(crate::cue!("entity.news_report"));
        let common = cues.at(crate::cue!("entity.news_common"));
        let media = cues.at(crate::cue!("entity.media_word"));
        let noun = |k: usize| {
            let t = &toks[k];
            matches!(t.tag, "n" | "nz" | "nt" | "j" | "ns")
                && t.word.chars().all(is_han)
                && !self.in_figure(k)
        };
        for i in 0..toks.len().saturating_sub(1) {
            let t = &toks[i];
            let n = t.word.chars().count();
            let next = toks[i + 1].word;
            let credit = matches!(next, ")" | "）" | ":" | "：");
            let paper = noun(i)
                && t.word.chars().next_back().is_some_and(|c| ends.has_char(c))
                && !common.contains(t.word)
                && (reports.contains(next) || credit)
                && !self.in_figure(i + 1);
            // The name and the end char may be two words (晨光/报/报道).
            let split = n == 1 && i > 0 && noun(i - 1) && toks[i - 1].word.chars().count() >= 2;
            if !paper || n == 1 && !split {
                continue;
            }
            let own = if split { i - 1 } else { i };
            let placed = own > 0
                && !self.in_figure(own - 1)
                && (toks[own - 1].tag == "ns"
                    || crate::extract::place::is_division_name(self.pats, toks[own - 1].word));
            if !placed && media.contains(t.word) {
                continue;
            }
            let first = if placed { own - 1 } else { own };
            // A paper credited alone in brackets ((某报)) or opening its line before a colon
            // (某报：…) names its source as a report word would.
            let credited = match next {
                ")" | "）" => first > 0 && matches!(toks[first - 1].word, "(" | "（"),
                ":" | "：" => first == 0,
                _ => true,
            };
            if !credited {
                continue;
            }
            let e = EntityMention {
                start: toks[first].start,
                end: t.end,
                text: toks[first..=i].iter().map(|t| t.word).collect(),
                ty: EntityType::Org,
                byline: false,
                how: "a newspaper before a report word, or credited (entity.news_end, entity.news_report)",
                division: None,
            };
            self.push(e, out);
        }
    }

    /// Bodies named in a post (文化观光/处长, 青山/水利/局长): a title of two chars that
    /// is a one-char organisation suffix and 长 (`entity.post_head`), after nouns of two
    /// chars or more that do not end in that suffix themselves (医院/院长 names the
    /// body already): the nouns and the suffix are the body, with its lead (县, 市).
    pub(super) fn bodies_in_posts(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let heads = self.pats.cues.at(crate::cue!("entity.post_head"));
        for k in 1..toks.len() {
            let t = &toks[k];
            let mut chars = t.word.chars();
            let (Some(suffix), Some(head), None) = (chars.next(), chars.next(), chars.next())
            else {
                continue;
            };
            // The head's bit first: most two-char words have none (no String made).
            if !heads.has_char(head) {
                continue;
            }
            let is_suffix = self.idx.suffix(&suffix.to_string()).is_some_and(|x| {
                let (s, ty) = &self.pats.entity_suffixes[x];
                *ty == EntityType::Org && s.chars().eq(std::iter::once(suffix))
            });
            if !is_suffix || self.in_figure(k) {
                continue;
            }
            // Nouns back to three tokens before the post, none ending in the suffix.
            let noun = |m: usize| {
                let u = &toks[m];
                (matches!(u.tag, "n" | "nz" | "ns" | "nt" | "j" | "vn")
                    || u.tag == "zg" && self.place_words.contains(u.word))
                    && u.word.chars().all(is_han)
                    && !u.word.ends_with(suffix)
                    && !self.in_figure(m)
                    && !self.idx.is_stop(u.word)
                    && self.title(u.word).is_none()
            };
            let j = (k.saturating_sub(3)..k)
                .find(|&j| (j..k).all(noun))
                .unwrap_or(k);
            let own: usize = toks[j..k].iter().map(|u| u.word.chars().count()).sum();
            if own < 2 {
                continue;
            }
            let text = format!(
                "{}{suffix}",
                toks[j..k].iter().map(|u| u.word).collect::<String>()
            );
            let e = EntityMention {
                start: toks[j].start,
                end: t.start + 1,
                text: String::new(),
                ty: EntityType::Org,
                byline: false,
                how: "a body in a post (entity.post_head)",
                division: None,
            };
            if let Some(e) = self.with_lead(j, text, e) {
                self.push(e, out);
            }
        }
    }

    /// A party committee named in the post jieba glued to it after its place (某县/县委书记,
    /// 某市/市委常委: `entity.party_committee`, then a title): the place and the
    /// committee are the body, an ORG in place of the place alone or of the body read
    /// with the title (某市市委常委).
    pub(super) fn committees_in_posts(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let committees = self.pats.cues.at(crate::cue!("entity.party_committee"));
        for k in 1..toks.len() {
            let (p, t) = (&toks[k - 1], &toks[k]);
            let Some(c) = committees.prefix_of(t.word) else {
                continue;
            };
            let rest = &t.word[c.len()..];
            let place = p.tag == "ns" || crate::extract::place::is_division_name(self.pats, p.word);
            if rest.is_empty()
                || self.title(rest).is_none()
                || !place
                || self.in_figure(k - 1)
                || self.in_figure(k)
                || !p.word.chars().all(is_han)
            {
                continue;
            }
            let e = EntityMention {
                start: p.start,
                end: t.start + c.chars().count(),
                text: format!("{}{c}", p.word),
                ty: EntityType::Org,
                byline: false,
                how: "a party committee in a post (entity.party_committee)",
                division: None,
            };
            out.retain(|o| !(o.start == p.start && o.end == t.end && o.ty == EntityType::Org));
            self.push(e, out);
        }
    }

    /// A leading group and its office named by their task after their place (某县/第四次/
    /// 全国/经济/普查/领导小组/办公室: `entity.task_group`, the group's word, alone or with
    /// the word after it): nouns of the task and a census's ordinal (第四次) back to a
    /// place (a jieba place word or a division) are the body's name, an ORG; with no place
    /// within six words it is a reference.
    pub(super) fn task_groups(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let groups = self.pats.cues.at(crate::cue!("entity.task_group"));
        let ordinal = self.pats.cues.at(crate::cue!("entity.ordinal_lead"));
        let clause = self.pats.cues.at(crate::cue!("entity.clause_verb"));
        for k in 1..toks.len() {
            if !groups.contains(toks[k].word) || self.in_figure(k) {
                continue;
            }
            let end = match toks.get(k + 1) {
                Some(u) if groups.contains(&format!("{}{}", toks[k].word, u.word)) => k + 1,
                _ => k,
            };
            // A verb of the task's own (开放/招商/工作) stands among its nouns, never right
            // before the group's word, and no verb making a clause (召开/…/领导小组会议).
            let task = |m: usize| {
                let t = &toks[m];
                let own_verb = t.tag == "v"
                    && m + 1 < k
                    && t.word.chars().count() == 2
                    && !clause.contains(t.word);
                !self.in_figure(m)
                    && t.word.chars().all(is_han)
                    && (matches!(t.tag, "n" | "vn" | "nz" | "j" | "l")
                        || own_verb
                        || t.tag == "m" && ordinal.prefix_of(t.word).is_some())
            };
            let place = |m: usize| {
                let t = &toks[m];
                !self.in_figure(m)
                    && (t.tag == "ns" || crate::extract::place::is_division_name(self.pats, t.word))
            };
            let mut m = k;
            while m > 0 && k - m < 6 && !place(m - 1) && task(m - 1) {
                m -= 1;
            }
            if m == 0 || m == k || !place(m - 1) {
                continue;
            }
            let start = m - 1;
            let e = EntityMention {
                start: toks[start].start,
                end: toks[end].end,
                text: toks[start..=end].iter().map(|t| t.word).collect(),
                ty: EntityType::Org,
                byline: false,
                how: "a leading group named by its task (entity.task_group)",
                division: None,
            };
            self.push(e, out);
        }
    }

    /// Government departments named by their lead and common nouns (县/教育局,
    /// 市/住房/城乡/建设局, 区/卫生/健康/委, 市政府/观光/旅游局), which the suffix rules leave
    /// alone for want of a proper noun: a token ending in an `entity.department_suffix`
    /// (a noun, or the suffix alone) and the nouns before it (joined by 和/及/与), two
    /// chars of their own or more, right after a lead (`entity.body_lead`, a government,
    /// `entity.department_lead`: 市府) that no quantifier or anaphor opens (各/县); or,
    /// with no lead, nouns of four chars or more making a whole clause's start, before
    /// an `entity.department_open` suffix (文化/体育/广电/旅游局). The lead is part of
    /// the name. A suffix ending a dictionary word with the char before it (村干部, 布局,
    /// 网站; unless jieba tags the whole an organisation: 建设局/nt) and a government by
    /// its lead (县委) end no department.
    pub(super) fn led_departments(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let cues = &self.pats.cues;
        let suffixes = cues.at(crate::cue!("entity.department_suffix"));
        let leads = cues.at(crate::cue!("entity.body_lead"));
        let open = cues.at(crate::cue!("entity.department_open"));
        let anaphors = cues.at(crate::cue!("place.anaphor"));
        let taiwan_leads = cues.at(crate::cue!("entity.department_lead"));
        let is_lead =
            |w: &str| leads.contains(w) || self.government_ref(w) || taiwan_leads.contains(w);
        // A dictionary word of ideographs (no guessed word: 据省), no stop word or title.
        let word = |k: usize| {
            let u = &toks[k];
            u.word.chars().all(is_han)
                && (self.known)(u.word)
                && !self.in_figure(k)
                && self.title(u.word).is_none()
                && !u.word.starts_with(self.reference)
        };
        let noun = |k: usize| {
            let u = &toks[k];
            (matches!(u.tag, "n" | "nz" | "nt" | "j" | "vn" | "an" | "l")
                || u.tag == "a" && u.word.chars().count() == 2)
                && word(k)
                && !is_lead(u.word)
                && !anaphors.contains(u.word)
                // A department of its own ends the name (管理局/查处).
                && !suffixes.ends(u.word)
        };
        for i in 1..toks.len() {
            let t = &toks[i];
            let Some(suffix) = suffixes.suffix_of(t.word) else {
                continue;
            };
            let last_own = t.word.chars().count() - suffix.chars().count();
            let bare = last_own == 0;
            let named = matches!(t.tag, "n" | "nz" | "nt" | "j" | "nr" | "vn") && word(i);
            // A one-char suffix whose char before makes a word with it (干部, 布局, 网站)
            // ends that word, no department.
            let common = suffix.chars().count() == 1
                && last_own >= 1
                && !matches!(t.tag, "nt" | "j")
                && (t.word.char_indices().rev().nth(1))
                    .is_some_and(|(b, _)| (self.known)(&t.word[b..]));
            if !(bare || named)
                || common
                || self.in_figure(i)
                || self.idx.is_stop(t.word)
                || !bare && self.government_ref(t.word)
                || self.name_in_word(i)
            {
                continue;
            }
            // The nouns before the suffix token, across joiners between two of them.
            let mut j = i;
            while j > 0 && i - j < 6 {
                // A listed body's name is whole (学校及/社会工作局: two items).
                let joined = j >= 2
                    && (j < i || !bare)
                    && self.joiners.contains(toks[j - 1].word)
                    && !self.listed_org(j, i)
                    && noun(j - 2);
                if noun(j - 1) || joined {
                    j -= 1;
                } else {
                    break;
                }
            }
            let own: usize = toks[j..i]
                .iter()
                .map(|u| u.word.chars().count())
                .sum::<usize>()
                + last_own;
            if own < 2 {
                continue;
            }
            let text: String = toks[j..=i].iter().map(|u| u.word).collect();
            let e = EntityMention {
                start: toks[j].start,
                end: t.end,
                text: text.clone(),
                ty: EntityType::Org,
                byline: false,
                how: "a department after its lead (entity.department_suffix)",
                division: None,
            };
            // With no lead, only a clause's opening of four chars or more.
            let leadless = own >= 4 && i > j && !bare && open.contains(suffix);
            if let Some(e) = self.department_led(j, e, leadless) {
                self.push(e, out);
            }
        }
    }

    /// Companies listed with 、 beside a body or in a list closed by 等, a count and a word
    /// for bodies (…资产经营公司、…等6家企业: `entity.list_close`): an item ending in an
    /// `entity.company_suffix` word, two chars of its own or more, all ideographs, is a
    /// company too, though no proper noun names it. An item is
    /// the words between two 、 (the first one: the nouns before its 、); a last item must
    /// end before a word no name goes on with (等, a verb, a delimiter: 体育/局委/托 is
    /// none). References (各…, 该…), governments by their lead (县委、县政府), kinds of body
    /// and common words ending in the suffix (干部、群众) stay out.
    pub(super) fn listed_bodies(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        if !toks.iter().any(|t| t.word == "、") {
            return;
        }
        let items = self.list_items();
        if items.len() < 2 {
            return;
        }
        // Left to right, then right to left: a body found makes its neighbours bodies.
        for pass in 0..2 {
            for n in 0..items.len() {
                let k = if pass == 0 { n } else { items.len() - 1 - n };
                let (j, i, list) = items[k];
                // In a list counted as companies (…、…等6家企业) an item is one by its
                // short name too (皇朝肉食品): no company suffix needed.
                let short = || {
                    self.list_counted(&items, list)
                        .then(|| self.listed_short_name(j, i))
                        .flatten()
                };
                let Some(e) = self.listed_body(j, i).or_else(short) else {
                    continue;
                };
                let is_body = |m: usize| {
                    let (a, b, l) = items[m];
                    l == list
                        && out.iter().any(|o| {
                            o.ty == EntityType::Org
                                && o.end == toks[b].end
                                && o.start >= toks[a].start.saturating_sub(2)
                        })
                };
                let beside = k > 0 && is_body(k - 1) || k + 1 < items.len() && is_body(k + 1);
                if beside || self.list_closed(&items, list) {
                    self.push(e, out);
                }
            }
        }
    }

    /// The items of the sentence's 、-lists: (first token, last token, list number).
    fn list_items(&self) -> Vec<(usize, usize, usize)> {
        let toks = self.toks;
        let sep = |k: usize| toks.get(k).is_some_and(|t| t.word == "、");
        let noun = |k: usize| {
            let t = &toks[k];
            !t.word.is_empty()
                && t.word.chars().all(is_han)
                && !self.in_figure(k)
                && (t.tag.starts_with('n') || matches!(t.tag, "j" | "vn" | "l" | "an" | "zg"))
        };
        // A one-char adjective, or a verb between it and a noun, opening a brand before
        // a noun (湖南/新/五丰, 新/希望/六合) is part of the item.
        // A one-char adjective after a numeral (500/强) ranks, it opens no brand.
        let part = |k: usize| {
            let ranked = |k: usize| k > 0 && (self.in_figure(k - 1) || toks[k - 1].tag == "m");
            let adjective =
                |k: usize| toks[k].tag == "a" && toks[k].word.chars().count() == 1 && !ranked(k);
            let verb = |k: usize| toks.get(k).is_some_and(|t| t.tag == "v");
            let noun_at = |k: usize| k < toks.len() && noun(k);
            noun(k)
                || adjective(k) && (noun_at(k + 1) || verb(k + 1) && noun_at(k + 2))
                || k > 0 && adjective(k - 1) && verb(k) && noun_at(k + 1)
        };
        let mut items = Vec::new();
        let mut list = 0;
        let mut k = 0;
        while k < toks.len() {
            if !sep(k) {
                k += 1;
                continue;
            }
            // The item before the first 、: the words back from it, up to four.
            let fresh = items
                .last()
                .is_none_or(|&(_, i, _): &(usize, usize, usize)| i + 1 != k);
            if fresh {
                list += 1;
                if k > 0 && part(k - 1) {
                    let mut j = k - 1;
                    // A kind of body (世界500强企业/某集团: `entity.list_close`) describes
                    // the name after it, no word of it.
                    let closes = self.pats.cues.at(crate::cue!("entity.list_close"));
                    while j > 0
                        && k - j < 4
                        && part(j - 1)
                        && !self.ends_body_word(j - 1)
                        && !closes.contains(toks[j - 1].word)
                    {
                        j -= 1;
                    }
                    items.push((j, k - 1, list));
                }
            }
            // The item after it: up to four words, to the next 、 or the first word
            // ending in a body suffix.
            let mut i = k + 1;
            if i < toks.len() && part(i) {
                while i + 1 < toks.len() && i - k < 4 && part(i + 1) && !self.ends_body_word(i) {
                    i += 1;
                }
                items.push((k + 1, i, list));
            }
            k = i + 1;
        }
        items
    }

    /// Whether token `k` ends in an `entity.department_suffix` or `entity.company_suffix`.
    fn ends_body_word(&self, k: usize) -> bool {
        let cues = &self.pats.cues;
        let w = self.toks[k].word;
        cues.at(crate::cue!("entity.department_suffix")).ends(w)
            || cues.at(crate::cue!("entity.company_suffix")).ends(w)
    }

    /// Whether list `list` of `items` is closed by 等 (or 等等), an optional count, and
    /// an `entity.list_close` word (等部门, 等6家企业).
    fn list_closed(&self, items: &[(usize, usize, usize)], list: usize) -> bool {
        let toks = self.toks;
        let Some(&(_, last, _)) = items.iter().rev().find(|x| x.2 == list) else {
            return false;
        };
        let closes = self.pats.cues.at(crate::cue!("entity.list_close"));
        let list_end = self.pats.cues.at(crate::cue!("place.list_end"));
        let mut k = last + 1;
        if !toks.get(k).is_some_and(|t| list_end.contains(t.word)) {
            return false;
        }
        k += 1;
        // The count, masked (6家 reads as a delimiter-like mask) or as numeral words, and
        // words of size or rank (大型/b) before a close word or a word ending in one
        // (龙头企业).
        while toks
            .get(k)
            .is_some_and(|t| self.in_figure(k) || matches!(t.tag, "m" | "q" | "mq"))
        {
            k += 1;
        }
        while toks.get(k).is_some_and(|t| t.tag == "b") {
            k += 1;
        }
        toks.get(k)
            .is_some_and(|t| closes.contains(t.word) || closes.ends(t.word))
    }

    /// Whether list `list` of `items` is closed by 等, a count and an
    /// `entity.list_close` word (等6家企业): its items are all bodies of that kind.
    fn list_counted(&self, items: &[(usize, usize, usize)], list: usize) -> bool {
        let Some(&(_, last, _)) = items.iter().rev().find(|x| x.2 == list) else {
            return false;
        };
        let counted = self
            .toks
            .get(last + 2)
            .is_some_and(|t| self.in_figure(last + 2) || matches!(t.tag, "m" | "mq"));
        counted && self.list_closed(items, list)
    }

    /// A company named by its short name alone as item `j..=i` of a counted list (see
    /// [`Self::list_counted`]): three chars or more, not all place names, no kind of
    /// body, reference, government or title, and the first item not cut from a word
    /// before it (为/日/发精机: 日 is no word of the clause).
    fn listed_short_name(&self, j: usize, i: usize) -> Option<EntityMention> {
        let toks = self.toks;
        let text: String = toks[j..=i].iter().map(|u| u.word).collect();
        let kinds = self.pats.cues.at(crate::cue!("entity.kind_word"));
        let glued = j > 0 && {
            let p = &toks[j - 1];
            p.word.chars().all(is_han) && !matches!(p.tag, "p" | "c" | "v" | "u" | "uj")
        };
        let bad = glued
            || text.chars().count() < 3
            || toks[j..=i].iter().all(|u| u.tag == "ns")
            || toks[j..=i].iter().any(|u| kinds.contains(u.word))
            || self.idx.is_stop(&text)
            || text.starts_with(self.reference)
            || text.starts_with(self.anaphor)
            || self.government_ref(&text)
            || self.title(&text).is_some();
        (!bad).then(|| EntityMention {
            start: toks[j].start,
            end: toks[i].end,
            text,
            ty: EntityType::Org,
            byline: false,
            how: "a company listed among companies counted (entity.list_close)",
            division: None,
        })
    }

    /// The body named by list item `j..=i`, see [`Self::listed_bodies`].
    fn listed_body(&self, j: usize, i: usize) -> Option<EntityMention> {
        let toks = self.toks;
        let cues = &self.pats.cues;
        let t = &toks[i];
        // Only companies: departments listed without their place are often generic.
        let suffix = cues
            .at(crate::cue!("entity.company_suffix"))
            .suffix_of(t.word)?;
        let text: String = toks[j..=i].iter().map(|u| u.word).collect();
        let own = text.chars().count() - suffix.chars().count();
        let last_own = t.word.chars().count() - suffix.chars().count();
        // 干部, 布局: the suffix's char ends a dictionary word with the char before it.
        let common = suffix.chars().count() == 1
            && last_own >= 1
            && !matches!(t.tag, "nt" | "j")
            && (t.word.char_indices().rev().nth(1))
                .is_some_and(|(b, _)| (self.known)(&t.word[b..]));
        // The word after the item goes on no name (等, a verb, a delimiter).
        let list_end = cues.at(crate::cue!("place.list_end"));
        let ends = toks.get(i + 1).is_none_or(|u| {
            u.word == "、"
                || !u.word.chars().all(is_han)
                || list_end.contains(u.word)
                || self.joiners.contains(u.word)
                || u.tag.starts_with('v') && u.tag != "vn"
                || matches!(u.tag, "p" | "c" | "u" | "d" | "uj" | "ul")
        });
        let kinds = cues.at(crate::cue!("entity.kind_word"));
        let bad = common
            || !ends
            || own < 2
            || self.idx.is_stop(&text)
            || text.starts_with(self.reference)
            || text.starts_with(self.anaphor)
            || self.government_ref(&text)
            || self.title(&text).is_some()
            || toks[j..=i].iter().any(|u| kinds.contains(u.word))
            || self.name_in_word(i);
        (!bad).then(|| EntityMention {
            start: toks[j].start,
            end: t.end,
            text,
            ty: EntityType::Org,
            byline: false,
            how: "a body listed with bodies (entity.list_close)",
            division: None,
        })
    }

    /// The department `e` (tokens `j..`) with its lead, see [`Self::led_departments`];
    /// with none, `e` itself when `leadless` and it opens its clause; else None.
    fn department_led(
        &self,
        j: usize,
        mut e: EntityMention,
        leadless: bool,
    ) -> Option<EntityMention> {
        let toks = self.toks;
        let cues = &self.pats.cues;
        let leads = cues.at(crate::cue!("entity.body_lead"));
        let taiwan_leads = cues.at(crate::cue!("entity.department_lead"));
        let text = e.text.clone();
        let before = j.checked_sub(1).map(|k| &toks[k]);
        // 各/县/教育局: a quantifier or anaphor before the lead makes a reference.
        let opened = j >= 2 && {
            let w = toks[j - 2].word;
            w.chars().count() == 1 && (w.starts_with(self.reference) || w.starts_with(self.anaphor))
        };
        let clause_start = before.is_none_or(|p| {
            p.word.chars().all(|c| {
                super::super::subject::is_delim(c) || c.is_whitespace() || c == ':' || c == '：'
            })
        });
        if let Some(p) = before.filter(|p| taiwan_leads.contains(p.word)) {
            e.start = p.start;
            e.text = format!("{}{text}", p.word);
            return Some(e);
        }
        if let Some(p) = before.filter(|p| leads.contains(p.word) || self.government_ref(p.word)) {
            let led = self.with_lead(j, text.clone(), e).filter(|_| !opened)?;
            // A lead with_lead leaves out (县委/宣传部/nr) is the name's all the same.
            if led.start == toks[j].start {
                return Some(EntityMention {
                    start: p.start,
                    text: format!("{}{text}", p.word),
                    ..led
                });
            }
            return Some(led);
        }
        // A one-char lead glued to the word before (据市/住房/城乡/建设局).
        if let Some(led) =
            (self.with_lead(j, text, e.clone())).filter(|led| led.start < toks[j].start && !opened)
        {
            return Some(led);
        }
        (clause_start && leadless).then_some(e)
    }

    /// Whether the organisation `e` is a department named without a place, a generic
    /// reference every division has (issue 13, session 11): a local lead
    /// (`entity.local_lead`: 市, 县, 区), alone or with its government (县委, 市政府),
    /// then a department (县/统计局, 市/住房/城乡/建设局, 区委/宣传部); or, with no lead, a
    /// name opening with a dictionary word of two chars and an `entity.generic_department`
    /// suffix (发改委, 统计局/服务业处; not 统计暨普查局). A place in the name (某县农业农村局, 哈市农委) or a
    /// body of the nation (国家统计局, 国家能源局, 交通运输部) makes it a name.
    pub(super) fn generic_department(&self, e: &EntityMention) -> bool {
        let cues = &self.pats.cues;
        let depts = cues.at(crate::cue!("entity.department_suffix"));
        if e.ty != EntityType::Org || e.byline || !depts.ends(&e.text) {
            return false;
        }
        let toks: Vec<&crate::segment::Token> = (self.toks.iter())
            .filter(|t| t.end > e.start && t.start < e.end)
            .collect();
        let Some(first) = toks.first() else {
            return false;
        };
        let place = |t: &crate::segment::Token| {
            t.tag == "ns"
                || super::super::place::is_division_name(self.pats, t.word)
                || self.places.contains(t.word)
        };
        // A unit of another body (县/人民医院/胸痛中心) is that body's, which names it.
        let body = |t: &crate::segment::Token| {
            !depts.ends(t.word)
                && self.idx.suffix(t.word).is_some_and(|k| {
                    let (suffix, ty) = &self.pats.entity_suffixes[k];
                    *ty == EntityType::Org && !suffix.is_empty()
                })
        };
        if toks.iter().any(|t| place(t)) || toks[..toks.len() - 1].iter().any(|t| body(t)) {
            return false;
        }
        // The first token's part inside the name (据省 → 省).
        let skip = e.start.saturating_sub(first.start);
        let head: String = first.word.chars().skip(skip).collect();
        let locals = cues.at(crate::cue!("entity.local_lead"));
        let governments = cues.at(crate::cue!("entity.government"));
        if let Some(lead) = locals.prefix_of(&head) {
            let rest = &head[lead.len()..];
            // 县, 县委, 市政府, 县发改局: the lead alone, with its government, or glued to
            // a department word; not the first char of another word (区块链).
            if rest.is_empty() || governments.contains(rest) || depts.ends(rest) {
                return toks.len() > 1 || !rest.is_empty() && !governments.contains(rest);
            }
        }
        let ends = cues.at(crate::cue!("entity.generic_department"));
        // A body of the nation (国家统计局) or a listed name (统计暨普查局) is a name.
        let national = cues.at(crate::cue!("entity.body_lead")).starts(first.word)
            || self.idx.name(&e.text).is_some()
            || self.idx.name(first.word).is_some();
        // Two chars of its field and the suffix (统计局, 发改委, 社会局): a common word.
        let common = ends
            .suffix_of(first.word)
            .is_some_and(|x| first.word.chars().count() - x.chars().count() <= 2);
        if skip > 0 || national {
            return false;
        }
        common && (self.known)(first.word) || self.field_department(e, first.word)
    }

    /// Whether the company suffix token `i` (集团, 公司: `entity.company_suffix`) after
    /// the one common noun of two chars `back` opening its clause names a company by it:
    /// a post and its holder's name follow (牧原/集团/副总经理/王某某).
    pub(super) fn company_before_post(&self, back: usize, i: usize) -> bool {
        let toks = self.toks;
        let companies = self.pats.cues.at(crate::cue!("entity.company_suffix"));
        let opens = back == 0
            || toks[back - 1]
                .word
                .chars()
                .all(|c| super::super::subject::is_delim(c) || c.is_whitespace());
        let noun = &toks[back];
        let post = toks
            .get(i + 1)
            .is_some_and(|t| self.title(t.word) == Some(false));
        let holder = toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.tag, "nr" | "nrfg" | "nrt"));
        back + 1 == i
            && opens
            && companies.contains(toks[i].word)
            && noun.tag == "n"
            && noun.word.chars().count() == 2
            && noun.word.chars().all(super::is_han)
            && post
            && holder
    }

    /// Whether the organisation `e`, listed right after a department named without a
    /// place (县公安局、住建局、农业农村局: the first item's lead is the whole list's), is
    /// one too: a department with no place in it, no body of the nation and no listed
    /// name (`generic_department` for the rest).
    pub(super) fn listed_generic(&self, e: &EntityMention, before: &EntityMention) -> bool {
        let cues = &self.pats.cues;
        let depts = cues.at(crate::cue!("entity.department_suffix"));
        if e.ty != EntityType::Org || e.byline || !depts.ends(&e.text) {
            return false;
        }
        let comma = (self.toks.iter())
            .filter(|t| t.end > before.end && t.start < e.start)
            .map(|t| t.word)
            .collect::<String>();
        if before.end > e.start || comma != "、" {
            return false;
        }
        let toks = (self.toks.iter()).filter(|t| t.end > e.start && t.start < e.end);
        let national = cues.at(crate::cue!("entity.body_lead")).starts(&e.text)
            || self.idx.name(&e.text).is_some();
        !national
            && toks.into_iter().all(|t| {
                t.tag != "ns"
                    && !super::super::place::is_division_name(self.pats, t.word)
                    && !self.places.contains(t.word)
            })
    }

    /// Whether the organisation `e` (no place, no lead, no listed name) is its field's
    /// common word and an `entity.generic_department` suffix, whatever jieba's cut
    /// (交通/局, 文化/处, 工务/处): a dictionary word of two chars before the suffix (a
    /// longer field names one body: 文化观光处, 水质监测科). A government before it
    /// (政府/新闻处) names its body.
    fn field_department(&self, e: &EntityMention, first: &str) -> bool {
        let ends = self.pats.cues.at(crate::cue!("entity.generic_department"));
        if self.government_ref(first) {
            return false;
        }
        let Some(suffix) = ends.suffix_of(&e.text) else {
            return false;
        };
        let own: Vec<char> = e.text[..e.text.len() - suffix.len()].chars().collect();
        own.len() == 2
            && own.iter().all(|&c| super::is_han(c))
            && (self.known)(&own.iter().collect::<String>())
    }

    /// Whether `word` names a government by its lead alone (省委, 县政府, 政府): a
    /// reference, not the start of another body's name.
    pub(super) fn government_ref(&self, word: &str) -> bool {
        let leads = self.pats.cues.at(crate::cue!("entity.body_lead"));
        let governments = self.pats.cues.at(crate::cue!("entity.government"));
        governments.contains(word)
            || leads
                .prefix_of(word)
                .is_some_and(|l| governments.contains(&word[l.len()..]))
    }

    /// Whether tokens `back..i` before the company suffix `suffix` (公司, 协会: cues.tsv
    /// `entity.company_suffix`) name a company by words of their own: four chars or more,
    /// all ideographs, one of them a word the dictionary does not know (智珠, 天汇), so a
    /// kind of body (农民专业合作社) is no name.
    pub(super) fn brand(&self, back: usize, i: usize, suffix: &str) -> bool {
        let companies = self.pats.cues.at(crate::cue!("entity.company_suffix"));
        if !companies.contains(suffix) || back >= i {
            return false;
        }
        let part = &self.toks[back..i];
        let chars: usize = part.iter().map(|t| t.word.chars().count()).sum();
        chars >= 4
            && part.iter().all(|t| t.word.chars().all(is_han))
            && part.iter().any(|t| !(self.known)(t.word))
            && !part[0].word.starts_with(self.reference)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Extractor, Options};
    use crate::patterns::Patterns;

    fn orgs(text: &str) -> Vec<String> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        ex.extract(text, Options::default())
            .entities
            .into_iter()
            .filter(|e| e.ty.name() == "ORG")
            .map(|e| e.text)
            .collect()
    }

    #[test]
    fn a_party_committee_glued_to_its_post() {
        let o = orgs("岳西县委书记王某某出席仪式，投资3亿元。");
        assert_eq!(o, ["岳西县委"], "{o:?}");
        // Read before with its title (某市市委常委): the committee alone.
        let o = orgs("安庆市委常委、副市长李某某出席，投资3亿元。");
        assert_eq!(o, ["安庆市委"], "{o:?}");
        // No place before it: a reference, no name.
        let o = orgs("县委书记王某某出席仪式，投资3亿元。");
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_leading_group_named_by_its_task() {
        let o = orgs("岳西县第五次全国经济普查领导小组办公室发布公报，单位3000个。");
        assert_eq!(o, ["岳西县第五次全国经济普查领导小组办公室"], "{o:?}");
        // No place before the task: a reference.
        let o = orgs("经济普查领导小组办公室发布公报，单位3000个。");
        assert!(o.is_empty(), "{o:?}");
        // A verb of the task's own stands among its nouns.
        let o = orgs("抚远县开放招商工作领导小组各成员单位参加，签约项目8个。");
        assert_eq!(o, ["抚远县开放招商工作领导小组"], "{o:?}");
        // A verb making a clause is no part of the name.
        let o = orgs("抚远县召开招商工作领导小组会议，签约项目8个。");
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_state_firms_kind_before_its_name_is_no_part_of_it() {
        let o = orgs("央企华能集团在当地投资30亿元。");
        assert_eq!(o, ["华能集团"], "{o:?}");
    }

    #[test]
    fn firms_named_by_their_name() {
        let o = orgs("法律顾问：上海明诚律师事务所，受理案件300件。");
        assert_eq!(o, ["上海明诚律师事务所"], "{o:?}");
        assert!(orgs("由会计师事务所审计，资产3亿元。").is_empty());
    }

    #[test]
    fn a_congress_numbered_by_its_session() {
        let o = orgs("安庆市第十六届人民代表大会第二次会议开幕，代表500人出席。");
        assert_eq!(o, ["安庆市第十六届人民代表大会"], "{o:?}");
        let o = orgs("会前，安庆市八届人大三次会议召开，代表500人出席。");
        assert_eq!(o, ["安庆市八届人大"], "{o:?}");
        // A place's congress named by its lead alone, or its deputies: no name.
        assert!(orgs("市人大代表500人参会。").is_empty());
    }

    #[test]
    fn the_issuer_of_a_document_title() {
        let o = orgs("根据《江西省人民政府关于做好统计调查工作的通知》要求，全省共有单位5万个。");
        assert_eq!(o, ["江西省人民政府"], "{o:?}");
        // The rest of the title stays quoted: no body named after 关于.
        let o = orgs("根据《关于设立某某新区管理委员会的通知》，全省共有单位5万个。");
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn companies_by_short_name_in_a_counted_list() {
        let o = orgs("前三季度，县粮油购销公司、金穗米业、青山绿茶等5家企业实现销售额3.2亿元。");
        assert!(o.contains(&"金穗米业".to_string()), "{o:?}");
        assert!(o.contains(&"青山绿茶".to_string()), "{o:?}");
        // Without a count the items stay unnamed (等企业 may close kinds of trade).
        let o = orgs("县粮油购销公司、金穗米业、青山绿茶等企业实现销售额3.2亿元。");
        assert!(!o.contains(&"金穗米业".to_string()), "{o:?}");
    }

    #[test]
    fn schools_written_short_after_their_place() {
        let o = orgs("投入资金2000万元，改扩建东河四小、东河五小和柳林中心校。");
        for s in ["东河四小", "东河五小", "柳林中心校"] {
            assert!(o.contains(&s.to_string()), "{s} {o:?}");
        }
        // A small part of something is no school.
        let o = orgs("全县一小部分企业实现产值3亿元。");
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn newspapers_named_before_a_report_word() {
        let o = orgs("据晨光报报道，该区新增就业岗位320个。");
        assert!(o.contains(&"晨光报".to_string()), "{o:?}");
        let o = orgs("大公报记者获悉，该区新增就业岗位320个。");
        assert!(o.contains(&"大公报".to_string()), "{o:?}");
        let o = orgs("据上海星光报报道，该区新增就业岗位320个。");
        assert!(o.contains(&"上海星光报".to_string()), "{o:?}");
        // A paper's reporter is no part of the body named after them.
        let o = orgs("宁波晚报记者从市税务局获悉，全市税收增长6%。");
        assert!(o.contains(&"宁波晚报".to_string()), "{o:?}");
        assert!(!o.iter().any(|t| t.contains("记者")), "{o:?}");
        // Reports that are no paper, a bare media word and a reference name none.
        for s in [
            "据通报报道，该区新增就业岗位320个。",
            "据日报报道，该区新增就业岗位320个。",
            "本报记者获悉，该区新增就业岗位320个。",
        ] {
            assert!(orgs(s).is_empty(), "{s}: {:?}", orgs(s));
        }
    }

    #[test]
    fn governments_named_by_their_kind_alone_are_references() {
        // 特区政府 names no body of its own, 某区政府 does.
        assert!(orgs("特区政府今年投入资金80亿元。").is_empty());
        let o = orgs("天河区政府今年投入资金80亿元。");
        assert_eq!(o, vec!["天河区政府".to_string()]);
    }

    #[test]
    fn departments_named_by_their_field_alone_are_references() {
        // No place, no lead: the field's common words and a department suffix.
        let e = orgs("交通局表示，全年完成道路改善12处；文化处指出，参观人次增加5%。");
        assert!(e.is_empty(), "{e:?}");
        // With a place, a government or a listed name they are names.
        let e = orgs("东湖县交通局表示，全年完成道路改善12处。");
        assert_eq!(e, vec!["东湖县交通局".to_string()]);
        let e = orgs("政府新闻处公布，全年发出新闻稿3000份。");
        assert_eq!(e, vec!["政府新闻处".to_string()]);
    }

    #[test]
    fn departments_listed_after_a_placeless_one_are_references() {
        // The lead of the first item is the list's: none of them is named.
        let e = orgs("县交通局、住建局、生态环境局等部门负责人参加，共5人。");
        assert!(e.is_empty(), "{e:?}");
        // A list opening with a named department keeps its items.
        let e = orgs("东湖县交通局、东湖县生态环境局等部门负责人参加，共5人。");
        assert_eq!(e.len(), 2, "{e:?}");
    }

    #[test]
    fn a_word_ending_in_a_common_word_of_a_suffix_is_no_name() {
        let e = orgs("会议研究部署了5项重点工作，听取党员干部意见20条。");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn company_with_place_prefix_and_bracketed_place() {
        let e = orgs("江苏华光材料（南通）有限公司与东湖县人民政府签约，投资5亿元。");
        assert!(
            e.contains(&"江苏华光材料（南通）有限公司".to_string()),
            "{e:?}"
        );
        assert!(e.contains(&"东湖县人民政府".to_string()), "{e:?}");
    }

    #[test]
    fn departments_named_without_a_place_are_references() {
        // Session 11 reverses session 9: a department with only its lead (县/发改局,
        // 市/住建局, 区/招商中心) or none (发改委) is a reference every division has, no
        // entity; a body of the nation keeps its name.
        let e = orgs("会上，县发改局、市住建局和国家能源局分别通报了3个问题。");
        assert_eq!(e, vec!["国家能源局".to_string()]);
        let e = orgs("记者从区招商中心获悉，今年签约5个。");
        assert!(e.is_empty(), "{e:?}");
        let e = orgs("縣發改局表示，全年完成投資12億元。");
        assert!(e.is_empty(), "{e:?}");
        let e = orgs("发改委、财政局和统计局综合处等单位参加，共7家。");
        assert!(e.is_empty(), "{e:?}");
        // With a place, or inside another body of its own, it is a name.
        let e = orgs("宜昌市发改局通报了3个问题。今年，县人民医院胸痛中心接诊5例。");
        for o in ["宜昌市发改局", "县人民医院胸痛中心"] {
            assert!(e.contains(&o.to_string()), "{o} {e:?}");
        }
    }

    #[test]
    fn departments_named_by_their_lead_and_common_nouns() {
        // Found by their lead, then dropped as references (a fact lists none of them).
        let e = orgs("县教育局、区卫生健康委、市自然资源和规划局共下达资金8万元。");
        assert!(e.is_empty(), "{e:?}");
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let x = ex.extract(
            "据市住房城乡建设局统计，新开工住宅6栋。",
            Options::default(),
        );
        assert!(x.entities.is_empty(), "{:?}", x.entities);
        assert!(x.facts.iter().all(|f| f.entities.is_empty()));
        // With their place they are names, whole (市住房城乡建设局, not 乡建设局).
        let e = orgs("据宜昌市住房城乡建设局统计，新开工住宅6栋。");
        assert_eq!(e, vec!["宜昌市住房城乡建设局".to_string()]);
        let e = orgs("县市场监督管理局查处案件7起，县委宣传部组织活动9场。");
        assert!(e.is_empty(), "{e:?}");
        // A Taiwan city government as the lead (judged a name); a whole clause's opening
        // without one.
        let e = orgs("依據市府觀光旅遊局統計，遊客達5萬人次。");
        assert_eq!(e, vec!["市府觀光旅遊局".to_string()]);
        let e = orgs("文化体育广电旅游局今年接待游客3万人次。");
        assert_eq!(e, vec!["文化体育广电旅游局".to_string()]);
        // A quantifier before the lead makes a reference; a bare suffix after a lead
        // and a leadless common word mid-clause make no name.
        let e = orgs("各县教育局、该中心和市中心共投入4万元，到教育局办理2项。");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn a_department_short_form_of_a_full_name_stays() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let x = ex.extract(
            "宜昌市住房和城乡建设局今年改造小区12个。市住建局表示，新增车位300个。",
            Options::default(),
        );
        let short = x.entities.iter().find(|e| e.text == "市住建局");
        assert_eq!(
            short.map(|e| e.canonical.as_str()),
            Some("宜昌市住房和城乡建设局"),
            "{:?}",
            x.entities
        );
    }

    #[test]
    fn generic_references_are_no_organisations() {
        let e = orgs("在省委省政府的领导下，县人民政府、该公司、本公司和有关部门完成投资3亿元。");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn courts_named_by_their_level_alone_are_references() {
        // 市人民检察院 after another body of the city: the city's, no name of its own.
        let e = orgs("今年3月，宜昌市法院联合市人民检察院、县人民法院签署协议5份。");
        assert!(e.contains(&"宜昌市法院".to_string()), "{e:?}");
        assert!(!e.iter().any(|o| o.starts_with(['市', '县'])), "{e:?}");
        let e = orgs("宜昌市人民检察院全年受理案件30件。");
        assert!(e.contains(&"宜昌市人民检察院".to_string()), "{e:?}");
    }

    #[test]
    fn news_bodies_named_after_their_place() {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let x = ex.extract(
            "来源：左权融媒网 作者：张某\n主办：左权融媒体中心\n全县新增企业30家。",
            Options::default(),
        );
        let names: Vec<(&str, &str)> = (x.entities.iter())
            .map(|e| (e.text.as_str(), e.ty.name()))
            .collect();
        assert!(names.contains(&("左权融媒网", "ORG")), "{names:?}");
        assert!(names.contains(&("左权融媒体中心", "ORG")), "{names:?}");
        assert!(!names.iter().any(|n| n.1 == "LOC"), "{names:?}");
        // The place still names the release (its source line), and a place before
        // another word stays a place.
        assert_eq!(x.place.0, "左权县");
        let e = orgs("左权县今年新建公路8公里。");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn bodies_named_in_posts_and_offices_of_listed_bodies() {
        let e = orgs("会上，文化观光处长陈某君和青山县水利局长张某表示，全年增加5%。");
        assert!(e.contains(&"文化观光处".to_string()), "{e:?}");
        assert!(e.contains(&"青山县水利局".to_string()), "{e:?}");
        // A body named before the post is not named twice (医院/院长).
        let e = orgs("第一医院院长李某说，门诊量增加5%。");
        assert!(!e.iter().any(|o| o.ends_with("院院")), "{e:?}");
        // A division's name starts a body's name whatever jieba's tag (金门/n 酒厂).
        let e = orgs("金门酒厂和博山农商行的营收增加5亿元。");
        for o in ["金门酒厂", "博山农商行"] {
            assert!(e.contains(&o.to_string()), "{o} {e:?}");
        }
        let e = orgs("行政院主计总处和宜昌市住建委公布，广西壮族自治区交通运输厅下达投资5亿元。");
        for o in ["行政院主计总处", "宜昌市住建委", "广西壮族自治区交通运输厅"]
        {
            assert!(e.contains(&o.to_string()), "{o} {e:?}");
        }
    }

    #[test]
    fn companies_named_by_words_of_their_own() {
        let e = orgs("数据由蓝鲸智讯网有限公司提供，共3家。");
        assert!(e.contains(&"蓝鲸智讯网有限公司".to_string()), "{e:?}");
        // A kind of body, all dictionary words, is no name.
        let e = orgs("全镇新成立农民专业合作社12家。");
        assert!(e.is_empty(), "{e:?}");
    }

    #[test]
    fn companies_listed_before_a_count_of_firms() {
        let e = orgs("前三季度，农资资产运营公司、金穗粮油等5家企业实现零售额2.1亿元。");
        assert!(e.contains(&"农资资产运营公司".to_string()), "{e:?}");
        // Trades listed before 等企业 are no companies.
        let e = orgs("食品加工、纺织服装、建材等企业实现产值3亿元。");
        assert!(e.is_empty(), "{e:?}");
    }
}
