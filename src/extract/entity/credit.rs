//! Credits: the names of a bracketed line closing a story ((王五), (张三李四),
//! (某某县统计局 赵六), (统计局工业处：钱七)), and a name heading a line before its
//! affiliation and post (王五 某某大学社会学系教授, 张三 综合报道). Names in brackets are
//! bylines: typed PER, never attached to facts.

use super::{is_han, EntityMention, Sentence};
use crate::patterns::EntityType;

/// Whether a sentence is a bracketed credit line ((王五), （张三 李四）): it is read for
/// names though it holds no figure and no entity cue.
pub fn credit_line(text: &str) -> bool {
    let t = text.trim();
    let n = t.chars().count();
    (4..=30).contains(&n)
        && (t.starts_with('(') || t.starts_with('（'))
        && (t.ends_with(')') || t.ends_with('）'))
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
        let toks = self.toks;
        let blank = |k: &usize| toks[*k].word.trim().is_empty();
        let Some(first) = (0..toks.len()).find(|k| !blank(k)) else {
            return;
        };
        let Some(last) = (0..toks.len()).rev().find(|k| !blank(k)) else {
            return;
        };
        if last <= first + 1
            || !matches!(toks[first].word, "(" | "（")
            || !matches!(toks[last].word, ")" | "）")
        {
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
        let rest = &chars[from - a..];
        // A role after a slash closes the names (张三 李四/文图, 王五／摄).
        let rest = match rest.iter().rposition(|c| matches!(c, '/' | '／')) {
            Some(k)
                if (1..=3).contains(&(rest.len() - k - 1))
                    && rest[k + 1..].iter().all(|&c| is_han(c)) =>
            {
                &rest[..k]
            }
            _ => rest,
        };
        let lead = rest
            .iter()
            .take_while(|c| matches!(c, ':' | '：') || c.is_whitespace())
            .count();
        let mut names = Vec::new();
        let mut at = from + lead;
        for part in rest[lead..].split(|c| c.is_whitespace() || *c == '、') {
            if part.is_empty() {
                at += 1;
                continue;
            }
            let Some(split) = self.split_names(part) else {
                return;
            };
            let mut s = at;
            for n in split {
                names.push((s, n));
                s += n.len();
            }
            at += part.len() + 1;
        }
        for (start, name) in names {
            self.push_person(start, name.iter().collect(), (true, "credit line"), out);
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
