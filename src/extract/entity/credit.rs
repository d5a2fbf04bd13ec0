//! Credits: the names of a bracketed line closing a story ((王五), (张三李四),
//! (某某县统计局 赵六), (统计局工业处：钱七)), and a name heading a line before its
//! affiliation and post (王五 某某大学社会学系教授, 张三 综合报道). Names in brackets are
//! bylines: typed PER, never attached to facts.

use super::{is_han, EntityMention, Sentence};
use crate::patterns::EntityType;

/// Whether a sentence is a bracketed credit line ((王五), （张三 李四）): it is read for
/// names though it holds no figure and no entity cue.
pub fn credit_line(text: &str, pats: &crate::patterns::Patterns) -> bool {
    let t = text.trim();
    let n = t.chars().count();
    (4..=30).contains(&n)
        && (t.starts_with('(') || t.starts_with('（'))
        && (t.ends_with(')') || t.ends_with('）'))
        || label_names(t, pats).is_some()
        || dispatch_credit(t, pats)
}

/// Whether a sentence opens with a dispatch and a bracket (本报讯（张三 李四）, 某地5月3日电
/// （王五）): `entity.dispatch_head` as the last char before the bracket, within its
/// first 24 chars.
fn dispatch_credit(text: &str, pats: &crate::patterns::Patterns) -> bool {
    let heads = pats.cues.at(crate::cue!("entity.dispatch_head")).chars();
    let Some(open) = text.chars().take(24).position(|c| matches!(c, '(' | '（')) else {
        return false;
    };
    let head: String = text.chars().take(open).collect();
    head.trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| heads.contains(&c))
}

/// A line of a label, a colon and names set apart by blanks (融媒体中心：张三 李四): the
/// char index of its colon. The label has 2 to 12 ideographs; each name 2 to 4
/// ideographs opening with a family name (`entity.surname`); nothing else on the line.
pub(super) fn label_names(text: &str, pats: &crate::patterns::Patterns) -> Option<usize> {
    let t = text.trim_end();
    let chars: Vec<char> = t.chars().collect();
    let colon = (chars.iter()).position(|c| matches!(c, ':' | '：' | '/' | '／'))?;
    // A label may be written apart to fill its column (审 核 人).
    let label: Vec<char> = chars[..colon]
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace())
        .collect();
    // A slash closes a credit's label only (文/张三、李四; `entity.credit_label`).
    let slash = matches!(chars[colon], '/' | '／');
    let credit = || {
        let label: String = label.iter().collect();
        pats.cues
            .at(crate::cue!("entity.credit_label"))
            .contains(&label)
    };
    if slash && !credit()
        || !slash && !(2..=12).contains(&label.len())
        || !label.iter().all(|&c| is_han(c))
    {
        return None;
    }
    let surnames = pats.cues.at(crate::cue!("entity.surname"));
    let rest: String = chars[colon + 1..].iter().collect();
    let mut parts = rest
        .split(|c: char| c.is_whitespace() || c == '、')
        .filter(|p| !p.is_empty());
    let name = |p: &str| {
        (2..=4).contains(&p.chars().count())
            && p.chars().all(is_han)
            && surnames.prefix_of(p).is_some()
    };
    // A two-char name may be written apart too (王 菁): a family name alone, then one
    // ideograph.
    let mut ok = false;
    while let Some(p) = parts.next() {
        let lone = p.chars().count() == 1 && surnames.prefix_of(p).is_some();
        let given = |q: &str| q.chars().count() == 1 && q.chars().all(is_han);
        if !(name(p) || lone && parts.next().is_some_and(given)) {
            return None;
        }
        ok = true;
    }
    ok.then_some(colon)
}

/// Whether a line is a byline or credit line whose blanks separate credits, not table
/// cells ((记者:张三 通讯员:李四), 某报 记者 王五 整理报导): no digit, and a byline title
/// (`entity.byline`) right before a colon or a blank and a family name.
pub fn byline_line(text: &str, pats: &crate::patterns::Patterns) -> bool {
    let bylines = pats.cues.at(crate::cue!("entity.byline"));
    let surnames = pats.cues.at(crate::cue!("entity.surname"));
    if text.chars().count() > 80 || text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if label_names(text.trim_start(), pats).is_some() {
        return true;
    }
    text.char_indices().any(|(b, _)| {
        let Some(title) = bylines.prefix_of(&text[b..]) else {
            return false;
        };
        let rest = text[b + title.len()..].trim_start_matches([':', '：', ' ', '\u{3000}']);
        rest.len() < text.len() - b - title.len() && surnames.prefix_of(rest).is_some()
    })
}

impl Sentence<'_> {
    /// People of a bracketed credit line (the whole sentence in brackets): the names after
    /// an organisation and a colon, if any, each a family name and one or two chars, written
    /// apart or together (张三李四); every part must be a name, or none is taken.
    pub(super) fn credits(&self, out: &mut Vec<EntityMention>) {
        self.headed_line(out);
        self.before_credit(out);
        self.labelled_names(out);
        let toks = self.toks;
        let blank = |k: &usize| toks[*k].word.trim().is_empty();
        let Some(first) = (0..toks.len()).find(|k| !blank(k)) else {
            return;
        };
        let Some(last) = (0..toks.len()).rev().find(|k| !blank(k)) else {
            return;
        };
        if matches!(toks[first].word, "(" | "（") && matches!(toks[last].word, ")" | "）") {
            self.bracket_credits(first, last, out);
        } else if let Some((open, close)) = self.dispatch_bracket() {
            self.bracket_credits(open, close, out);
        }
    }

    /// The bracket right after a dispatch opening its sentence (本报讯（张三 李四）,
    /// 某某网某地5月3日电 (王五)): its open and close tokens. The dispatch ends in an
    /// `entity.dispatch_head` char within the sentence's first 24 chars.
    fn dispatch_bracket(&self) -> Option<(usize, usize)> {
        let toks = self.toks;
        let heads = self
            .pats
            .cues
            .at(crate::cue!("entity.dispatch_head"))
            .chars();
        let open = toks
            .iter()
            .take_while(|t| t.start < 24)
            .position(|t| matches!(t.word, "(" | "（"))?;
        let before = toks[..open]
            .iter()
            .rev()
            .find(|t| !t.word.trim().is_empty())?;
        if !before
            .word
            .chars()
            .next_back()
            .is_some_and(|c| heads.contains(&c))
        {
            return None;
        }
        // Within 11 words, blanks not counted (梁 军 蒋 纪: names written apart).
        let close = (open + 1..toks.len())
            .filter(|&k| !toks[k].word.trim().is_empty())
            .take(11)
            .find(|&k| matches!(toks[k].word, ")" | "）"))?;
        Some((open, close))
    }

    /// The names between the bracket tokens `first` and `last` (a credit line's or a
    /// dispatch's), after an organisation or a label and its colon, if any; every part
    /// must be a name, or none is taken.
    fn bracket_credits(&self, first: usize, last: usize, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        if last <= first + 1 {
            return;
        }
        let (a, b) = (toks[first].end, toks[last].start);
        // The names follow the organisation, if one is named (某某县统计局赵六).
        let from = out
            .iter()
            .filter(|e| e.ty == EntityType::Org && a <= e.start && e.end <= b)
            .map(|e| e.end)
            .max()
            .unwrap_or(a);
        let text: String = toks[first + 1..last].iter().map(|t| t.word).collect();
        let chars: Vec<char> = text.chars().collect();
        // jieba may glue the name to the suffix (改革局/苏敏 read 局苏敏): then the names
        // start after the last organisation suffix that leaves names behind it.
        let from = match from {
            f if f > a => f,
            _ => a + self.after_suffix(&chars).unwrap_or(0),
        };
        // A label and its colon before the names (编校：王五) are no name.
        let from = match chars[from - a..]
            .iter()
            .rposition(|c| matches!(c, ':' | '：'))
        {
            Some(k) => from + k + 1,
            None => from,
        };
        self.names_from(&chars[from - a..], from, out);
    }

    /// The names of `rest` (starting at char `from`), written apart by blanks or 、 or
    /// together, up to a role after a slash; all bylines. None when a part is no name.
    fn names_from(&self, rest: &[char], from: usize, out: &mut Vec<EntityMention>) {
        // A role after a slash closes the names (张三 李四/文图, 王五／摄), and so do
        // roles joined by one set apart before it (张三 李四 文/图).
        let rest = match rest.iter().rposition(|c| matches!(c, '/' | '／')) {
            Some(k)
                if (1..=3).contains(&(rest.len() - k - 1))
                    && rest[k + 1..].iter().all(|&c| is_han(c)) =>
            {
                let role = rest[..k].iter().rev().take_while(|&&c| is_han(c)).count();
                let apart = k > role && rest[k - role - 1].is_whitespace();
                match (1..=2).contains(&role) && apart {
                    true => &rest[..k - role],
                    false => &rest[..k],
                }
            }
            _ => rest,
        };
        // A byline's title glued to the last name (（张三李四摄）, 王五摄影) closes the
        // names too.
        let glued: String = rest.iter().collect();
        let rest = match self.bylines.suffix_of(&glued).map(|b| b.chars().count()) {
            Some(n) if rest.len() >= n + 2 && is_han(rest[rest.len() - n - 1]) => {
                &rest[..rest.len() - n]
            }
            _ => rest,
        };
        let lead = rest
            .iter()
            .take_while(|c| matches!(c, ':' | '：') || c.is_whitespace())
            .count();
        let mut parts = Vec::new();
        let mut at = from + lead;
        for part in rest[lead..].split(|c| c.is_whitespace() || *c == '、') {
            if !part.is_empty() {
                parts.push((at, part));
            }
            at += part.len() + 1;
        }
        let mut names: Vec<(usize, usize, String)> = Vec::new();
        let mut k = 0;
        // After a byline title among the names (张三 通讯员 李四): the names it credits,
        // whatever their family name, when jieba knows no word of them.
        let mut titled = false;
        while k < parts.len() {
            let (at, part) = parts[k];
            let word: String = part.iter().collect();
            if self.bylines.contains(&word) {
                titled = true;
                k += 1;
                continue;
            }
            let credited = titled
                && (2..=3).contains(&part.len())
                && part.iter().all(|&c| is_han(c))
                && !(self.known)(&word);
            if credited {
                names.push((at, at + part.len(), word));
                k += 1;
                continue;
            }
            // A name of two chars set apart by a blank to fill three places (梁 军).
            if let Some((end, name)) = self.spaced_name(&parts[k..]) {
                names.push((at, end, name));
                k += 2;
                continue;
            }
            let Some(split) = self.split_names(part) else {
                return;
            };
            let mut s = at;
            for n in split {
                names.push((s, s + n.len(), n.iter().collect()));
                s += n.len();
            }
            k += 1;
        }
        for (start, end, name) in names {
            self.push_person(start, name, (true, "credit line"), out);
            if let Some(e) = (out.iter_mut()).find(|e| e.start == start && e.ty == EntityType::Per)
            {
                e.end = end;
            }
        }
    }

    /// A two-char name written apart to fill a three-char column (梁 军, 王 菁): the first
    /// two `parts` (char offset, chars) are single ideographs, the first a family name,
    /// together a name [`Self::split_names`] takes whole. Its end and text.
    fn spaced_name(&self, parts: &[(usize, &[char])]) -> Option<(usize, String)> {
        let [(_, a), (b_at, b), ..] = parts else {
            return None;
        };
        let single = |p: &[char]| p.len() == 1 && is_han(p[0]);
        if !single(a) || !single(b) {
            return None;
        }
        let pair = [a[0], b[0]];
        (self.split_names(&pair)?.len() == 1).then(|| (b_at + 1, pair.iter().collect()))
    }

    /// A line of a label, a colon and names set apart by blanks (融媒体中心：张三 李四,
    /// 责任编辑：王五): the names are credits, bylines. See [`label_names`].
    fn labelled_names(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let Some(p) = toks.iter().position(|t| !t.word.trim().is_empty()) else {
            return;
        };
        let toks = &toks[p..];
        let (Some(f), Some(l)) = (toks.first(), toks.last()) else {
            return;
        };
        let text: String = toks.iter().map(|t| t.word).collect();
        let Some(colon) = label_names(&text, self.pats) else {
            return;
        };
        let chars: Vec<char> = text.chars().collect();
        if l.end - f.start != chars.len() {
            return;
        }
        let before = out.len();
        self.names_from(&chars[colon + 1..], f.start + colon + 1, out);
        // A label of one word (融媒体中心：…) names a kind of unit, no body: with its
        // place it would be two words or more (某县融媒体中心).
        if out.len() > before && toks.get(1).is_some_and(|t| matches!(t.word, ":" | "：")) {
            out.retain(|o| !(o.ty == EntityType::Org && o.start == f.start && o.end == f.end));
        }
    }

    /// The char after the last organisation suffix in `chars` that is followed by names
    /// only (永仁县发展和改革局苏敏 → 苏敏).
    fn after_suffix(&self, chars: &[char]) -> Option<usize> {
        (1..chars.len()).rev().find(|&k| {
            let head: String = chars[..k].iter().collect();
            let org = self.pats.entity_suffixes.iter().any(|(s, ty)| {
                *ty == EntityType::Org && !s.is_empty() && head.ends_with(s.as_str())
            });
            org && self.split_names(&chars[k..]).is_some_and(|n| !n.is_empty())
        })
    }

    /// `part` cut into person names of two or three chars, each starting with a family
    /// name (刘蓉万兴峰 → 刘蓉, 万兴峰); three-char names tried first. None when some part is
    /// no name (a dictionary word that is not a person word: 上图, 完).
    fn split_names<'c>(&self, part: &'c [char]) -> Option<Vec<&'c [char]>> {
        if part.is_empty() {
            return Some(Vec::new());
        }
        for n in [3, 2] {
            if part.len() < n || !part[..n].iter().all(|&c| is_han(c)) {
                continue;
            }
            let name: String = part[..n].iter().collect();
            let person_word = self
                .toks
                .iter()
                .any(|t| t.word == name && matches!(t.tag, "nr" | "nrfg" | "nrt"));
            if self.surnames.prefix_of(&name).is_none()
                || (self.known)(&name) && !person_word
                || self.title(&name).is_some()
            {
                continue;
            }
            if let Some(mut more) = self.split_names(&part[n..]) {
                more.insert(0, &part[..n]);
                return Some(more);
            }
        }
        None
    }

    /// A name set apart before a byline title (… / 张三 综合报道 / …): the words before
    /// the blank before the title.
    fn before_credit(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        for k in 2..toks.len() {
            // The blank first: the title tests cost more, and this runs for every token.
            if !toks[k - 1].word.trim().is_empty() {
                continue;
            }
            // The title may be two words (综合/报道).
            let two = || {
                toks.get(k + 1)
                    .map(|u| format!("{}{}", toks[k].word, u.word))
            };
            let credit = self.title(toks[k].word) == Some(true)
                || two().is_some_and(|w| self.title(&w) == Some(true));
            if !credit {
                continue;
            }
            for p in k.saturating_sub(3)..k - 1 {
                let Some((next, text)) = self.person_at(p) else {
                    continue;
                };
                let lead_ok = p == 0 || !toks[p - 1].word.chars().all(is_han);
                if next == k - 1 && lead_ok {
                    let start = toks[p].start;
                    self.push_person(start, text, (true, "credit line"), out);
                    break;
                }
            }
        }
    }

    /// A person's name heading a line, set apart by a blank from the affiliation and post
    /// after it in the same clause (王五 某某大学社会学系教授, 张三 综合报道).
    fn headed_line(&self, out: &mut Vec<EntityMention>) {
        let toks = self.toks;
        let Some(p) = toks.iter().position(|t| !t.word.trim().is_empty()) else {
            return;
        };
        let Some((next, text)) = self.person_at(p) else {
            return;
        };
        if !toks.get(next).is_some_and(|t| t.word.trim().is_empty()) {
            return;
        }
        let post = toks[next..]
            .iter()
            .take_while(|t| !t.word.chars().any(crate::extract::subject::is_delim))
            .find_map(|t| self.title(t.word));
        let Some(byline) = post else {
            return;
        };
        let start = toks[p].start;
        let how = "name heading a line before its post";
        self.push_person(start, text, (byline, how), out);
    }

    /// Adds the person `text` at char `start` (a byline or not, and the rule that found
    /// it), in place of any other entity over the same chars.
    fn push_person(
        &self,
        start: usize,
        text: String,
        (byline, how): (bool, &'static str),
        out: &mut Vec<EntityMention>,
    ) {
        let e = EntityMention {
            start,
            end: start + text.chars().count(),
            text,
            ty: EntityType::Per,
            byline,
            how,
            division: None,
        };
        out.retain(|o| !(o.start < e.end && e.start < o.end && o.ty != EntityType::Per));
        self.push(e, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::{Extractor, Options};
    use crate::patterns::Patterns;

    /// The people of `text`, each with whether facts may name them.
    fn people(text: &str) -> Vec<(String, bool)> {
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let d = ex.extract(text, Options::default());
        let named: Vec<String> = d.facts.iter().flat_map(|f| f.entities.clone()).collect();
        d.entities
            .into_iter()
            .filter(|e| e.ty.name() == "PER")
            .map(|e| {
                let in_facts = named.contains(&e.text);
                (e.text, in_facts)
            })
            .collect()
    }

    #[test]
    fn a_credit_title_glued_to_the_last_name() {
        let p = people("今年新增公园12座。\n（郭振宏摄）");
        assert_eq!(p, vec![("郭振宏".to_string(), false)]);
        let p = people("今年新增公园12座。\n（方国强 林美玉摄影）");
        assert_eq!(
            p,
            vec![("方国强".to_string(), false), ("林美玉".to_string(), false)]
        );
    }

    #[test]
    fn bracketed_credit_lines() {
        let p = people("全县粮食产量达到3万吨。\n（孙明辉）\n");
        assert_eq!(p, vec![("孙明辉".to_string(), false)]);
        // Two names written together, an organisation before a name, a colon.
        let p = people("产量达到3万吨。\n（周文杰吴海）\n");
        assert_eq!(
            p,
            vec![("周文杰".to_string(), false), ("吴海".to_string(), false)]
        );
        let p = people("增长5%。\n（东湖县统计局 赵立平）\n增长3%。\n（统计局农业处：钱一鸣）");
        let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["赵立平", "钱一鸣"]);
        // A bracket of common words holds no names.
        assert!(people("增长5%。\n（上图）\n（完）").is_empty());
        // A role after a slash closes the line's names.
        let p = people("全年新增就业3000人。\n(郑立远 卢梦溪/文图)");
        assert!(p.contains(&("郑立远".to_string(), false)), "{p:?}");
        assert!(p.contains(&("卢梦溪".to_string(), false)), "{p:?}");
    }

    #[test]
    fn credits_with_a_title_or_joined_roles_among_them() {
        // A byline title among the names (no table header of three columns): the names
        // after it are its, whatever their family name.
        let p = people("全县建成道路30公里，为发展插上翅膀。(董雅琴 通讯员 是丽萍 卢金山)");
        let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["董雅琴", "是丽萍", "卢金山"]);
        assert!(p.iter().all(|(_, in_facts)| !in_facts), "{p:?}");
        // Roles joined by a slash, set apart after the names (文/图).
        let p = people("本网讯(郑立远 卢梦溪 文/图)昨日，全市新增就业300人。");
        let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["郑立远", "卢梦溪"]);
    }

    #[test]
    fn credits_after_a_label_and_a_slash() {
        let p = people("全县新增就业3000人。\n文/郑立远、卢梦溪、周海东\n");
        let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["郑立远", "卢梦溪", "周海东"]);
        assert!(p.iter().all(|(_, in_facts)| !in_facts), "{p:?}");
        // A slash after any other word is no credit's.
        assert!(people("全县新增就业3000人。\n产量/郑立远\n").is_empty());
    }

    #[test]
    fn credits_after_a_dispatch_and_after_a_label() {
        // The bracket after a dispatch opening the story holds its bylines.
        let p = people("本报讯（周文杰 吴海 钱一鸣）东湖县今年新修道路12公里。");
        let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["周文杰", "吴海", "钱一鸣"]);
        assert!(p.iter().all(|(_, in_facts)| !in_facts), "{p:?}");
        let p = people("东湖新闻网北川6月2日电 (孙明辉)全县新增就业3000人。");
        assert_eq!(p, vec![("孙明辉".to_string(), false)]);
        // Names after a label and its colon, in brackets or on a line of their own.
        let p = people("全县粮食产量达到3万吨。\n( 审稿：赵立平)\n");
        assert_eq!(p, vec![("赵立平".to_string(), false)]);
        let p = people("产量增长3%。\n新闻中心：郑立远 卢梦溪 周海东\n");
        let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["郑立远", "卢梦溪", "周海东"]);
        // Two-char names and labels written apart to fill three places.
        let p = people("本报讯（钱 立 周 红 吴 海 孙明辉）东湖县今年新修道路12公里。");
        let names: Vec<&str> = p.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["钱立", "周红", "吴海", "孙明辉"]);
        let p = people("产量增长3%。\n编 辑 人：赵 敏\n");
        assert_eq!(p, vec![("赵敏".to_string(), false)]);
        assert!(people("产量增长3%。\n方 位：东 南\n").is_empty());
        // That label of one word is a kind of unit, no organisation.
        let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
        let d = ex.extract(
            "产量增长3%。\n融媒体中心：郑立远 卢梦溪\n",
            Options::default(),
        );
        assert!(
            d.entities.iter().all(|e| e.ty.name() != "ORG"),
            "{:?}",
            d.entities
        );
        // A bracket of other words after a dispatch, a label before other words: none.
        assert!(people("本报讯（通讯员供稿）全县新修道路12公里。").is_empty());
        assert!(people("产量增长3%。\n地址：东湖大道 南湖路\n").is_empty());
    }

    #[test]
    fn names_heading_a_line() {
        let p = people("周海东 东湖大学经济学院教授\n张小雨 综合报道\n产量增长3%。");
        assert_eq!(
            p,
            vec![("周海东".to_string(), false), ("张小雨".to_string(), false)]
        );
    }

    #[test]
    fn officials_after_titles_and_listed_signatories() {
        let p = people("县长王建华、副县长李立新与远航集团董事长赵永康签约，总投资5亿元。");
        assert_eq!(
            p,
            vec![
                ("王建华".to_string(), true),
                ("李立新".to_string(), true),
                ("赵永康".to_string(), true)
            ]
        );
        let p = people("縣長王建華表示，全年完成投資12億元。");
        assert_eq!(p, vec![("王建華".to_string(), true)]);
        let p = people("政府办党组成员郑光明在讲话中要求，完成投资3亿元。");
        assert_eq!(p, vec![("郑光明".to_string(), true)]);
    }
}
