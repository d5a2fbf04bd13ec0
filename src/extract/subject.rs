//! Subject attribution: which noun phrase a figure measures, from the POS-tagged
//! sentence. Takes the tokens and a figure's char span, returns a short subject.
//!
//! Rules, in order (each a general phenomenon, tested below):
//! 1. A noun phrase right after the figure and its classifier (326个充电桩,
//!    年产60万吨纳米级碳酸钙) is what is counted or produced.
//! 2. Otherwise the phrase before the figure in its clause (城市建设完成投资12.8亿元),
//!    without leading time/place/adverbial words and trailing light verbs (达, 为, 约).
//! 3. A clause with no phrase of its own (同比增长9.4%) inherits the previous figure's
//!    subject in the sentence.
//! 4. A bare attribute (储量, 总投资, 面积 …) gets its owner in front: the previous
//!    figure's subject or the topic noun phrase of the previous clause.

use super::text::Folded;
use crate::segment::Token;

/// Clause delimiters: a subject never crosses them.
pub fn is_delim(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '；'
            | ';'
            | '：'
            | ':'
            | '。'
            | '！'
            | '？'
            | '!'
            | '?'
            | '、'
            | '（'
            | '）'
            | '('
            | ')'
            | '\n'
            | '“'
            | '”'
            | '—'
    )
}

fn nominal(t: &Token) -> bool {
    let tag = t.tag;
    (tag.starts_with('n') && tag != "nr" || tag == "nr" && t.word.chars().count() > 1)
        || matches!(
            tag,
            "vn" | "an" | "j" | "l" | "eng" | "b" | "nz" | "s" | "i" | "g"
        )
}

/// Words that open a clause without being part of what is measured.
const LEAD_WORDS: &[&str] = &[
    "全县",
    "全市",
    "全省",
    "全区",
    "全镇",
    "全乡",
    "全国",
    "该县",
    "该市",
    "本县",
    "本市",
    "我县",
    "我市",
    "其中",
    "目前",
    "当前",
    "今年",
    "去年",
    "同期",
    "截至",
    "截止",
    "据统计",
    "同时",
    "此外",
    "另外",
    "已",
    "已经",
    "将",
    "共",
    "共计",
    "合计",
    "现有",
    "还",
    "再",
    "力争",
    "预计",
    "新",
];

/// Light verbs and particles that link a subject to its figure.
const LINK_WORDS: &[&str] = &[
    "达",
    "达到",
    "为",
    "是",
    "约",
    "共",
    "共计",
    "合计",
    "有",
    "超过",
    "逾",
    "近",
    "突破",
    "到",
    "至",
    "由",
    "在",
    "占",
    "比",
    "较",
    "的",
    "了",
    "已",
    "将",
    "可",
    "稳定",
    "保持",
    "不低于",
    "不少于",
    "超",
    "累计",
    "分别",
    "约为",
    "接近",
    "将近",
    "大约",
    "每",
];

/// Attributes that need an owner to make sense in a spreadsheet column.
pub const ATTRIBUTES: &[&str] = &[
    "储量",
    "资源储量",
    "总投资",
    "投资",
    "计划投资",
    "年度计划投资",
    "完成投资",
    "面积",
    "产量",
    "总产量",
    "产值",
    "总产值",
    "增速",
    "增长",
    "同比增长",
    "下降",
    "同比下降",
    "比重",
    "占比",
    "规模",
    "产能",
    "年产",
    "容量",
    "装机容量",
    "总库容",
    "库容",
    "收入",
    "税收",
    "利润",
    "销售额",
    "出口",
    "进口",
    "进出口",
    "比例",
    "同比",
    "增幅",
    "降幅",
    "提高",
    "其中",
];

fn is_lead(t: &Token) -> bool {
    LEAD_WORDS.contains(&t.word)
        || matches!(
            t.tag,
            "t" | "r"
                | "c"
                | "p"
                | "d"
                | "m"
                | "x"
                | "uj"
                | "ul"
                | "uz"
                | "ug"
                | "ud"
                | "u"
                | "f"
                | "q"
                | "mq"
        )
}

fn is_link(t: &Token) -> bool {
    LINK_WORDS.contains(&t.word)
        || matches!(
            t.tag,
            "d" | "p" | "uj" | "ul" | "u" | "x" | "c" | "m" | "q" | "mq"
        )
}

/// The clause around char span `[s, e)` of the sentence: (start, end) chars.
pub fn clause(f: &Folded, s: usize, e: usize) -> (usize, usize) {
    let chars: Vec<char> = f.text.chars().collect();
    let start = chars[..s.min(chars.len())]
        .iter()
        .rposition(|&c| is_delim(c))
        .map_or(0, |p| p + 1);
    let end = chars[e.min(chars.len())..]
        .iter()
        .position(|&c| is_delim(c))
        .map_or(chars.len(), |p| e + p);
    (start, end)
}

fn join(toks: &[Token]) -> String {
    toks.iter().map(|t| t.word).collect()
}

/// Noun phrase right after the figure: nominal tokens up to the first other token.
fn phrase_after(toks: &[Token], e: usize, clause_end: usize) -> String {
    let after: Vec<Token> = toks
        .iter()
        .filter(|t| t.start >= e && t.end <= clause_end)
        .copied()
        .take_while(nominal)
        .take(4)
        .collect();
    join(&after)
}

/// Phrase before the figure in its clause.
fn phrase_before(toks: &[Token], clause_start: usize, s: usize) -> String {
    let mut before: Vec<Token> = toks
        .iter()
        .filter(|t| t.start >= clause_start && t.end <= s)
        .copied()
        .collect();
    while before.last().is_some_and(is_link) {
        before.pop();
    }
    let lead = before
        .iter()
        .position(|t| !is_lead(t))
        .unwrap_or(before.len());
    let mut kept: Vec<Token> = before[lead..].to_vec();
    // Keep it short: the last few content words.
    if kept.len() > 5 {
        kept.drain(..kept.len() - 5);
    }
    while kept.first().is_some_and(is_lead) {
        kept.remove(0);
    }
    join(&kept)
}

/// The topic of the clauses before `clause_start`: the last noun phrase that opens a clause.
fn topic_before(f: &Folded, toks: &[Token], clause_start: usize) -> String {
    if clause_start == 0 {
        return String::new();
    }
    let (ps, _) = clause(
        f,
        clause_start.saturating_sub(1),
        clause_start.saturating_sub(1),
    );
    let prev: Vec<Token> = toks
        .iter()
        .filter(|t| t.start >= ps && t.end < clause_start)
        .copied()
        .collect();
    let lead = prev
        .iter()
        .position(|t| !is_lead(t) && t.tag != "ns")
        .unwrap_or(prev.len());
    let np: Vec<Token> = prev[lead..]
        .iter()
        .copied()
        .take_while(nominal)
        .take(3)
        .collect();
    join(&np)
}

/// Concatenates owner and attribute, merging an overlap (石灰岩资源 + 资源储量 → 石灰岩资源储量).
fn merge(owner: &str, attr: &str) -> String {
    if owner.is_empty() || attr.contains(owner) {
        return attr.to_string();
    }
    if owner.contains(attr) {
        return owner.to_string();
    }
    let oc: Vec<char> = owner.chars().collect();
    let ac: Vec<char> = attr.chars().collect();
    for k in (1..oc.len().min(ac.len())).rev() {
        if oc[oc.len() - k..] == ac[..k] {
            return format!("{}{}", owner, ac[k..].iter().collect::<String>());
        }
    }
    format!("{owner}{attr}")
}

fn is_attribute(s: &str) -> bool {
    ATTRIBUTES
        .iter()
        .any(|a| s == *a || (s.ends_with(a) && s.chars().count() <= a.chars().count() + 2))
}

/// Subject of the figure at `[s, e)` (sentence chars); `prev` is the previous figure's
/// subject in the same sentence.
pub fn subject(
    f: &Folded,
    toks: &[Token],
    s: usize,
    e: usize,
    count_like: bool,
    prev: Option<&str>,
) -> String {
    let (cs, ce) = clause(f, s, e);
    let after = phrase_after(toks, e, ce);
    let before = phrase_before(toks, cs, s);
    if !after.is_empty() && (count_like || before.is_empty() || ends_with_verb(toks, s)) {
        return after;
    }
    if before.is_empty() || before.chars().count() <= 1 {
        return prev.map(str::to_string).unwrap_or(after);
    }
    if is_attribute(&before) {
        let owner = match prev {
            Some(p) if !p.is_empty() => p.to_string(),
            _ => topic_before(f, toks, cs),
        };
        return merge(&owner, &before);
    }
    before
}

/// True when the word right before the figure is a verb (年产, 建成, 改造), whose object
/// is the phrase after the figure.
fn ends_with_verb(toks: &[Token], s: usize) -> bool {
    toks.iter()
        .rev()
        .find(|t| t.end <= s)
        .is_some_and(|t| t.end == s && t.tag.starts_with('v') && t.tag != "vn")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    fn subj(sentence: &str, figure: &str) -> String {
        let seg = Segmenter::new(&crate::patterns::Patterns::builtin().unwrap().user_dict).unwrap();
        let f = Folded::new(sentence);
        let toks = seg.segment(&f.text);
        let b = f.text.find(figure).unwrap();
        let s = f.char_at_byte(b);
        let e = s + figure.chars().count();
        subject(&f, &toks, s, e, true, None)
    }

    #[test]
    fn classifier_then_noun() {
        assert_eq!(subj("全县已累计建成326个充电桩", "326个"), "充电桩");
    }

    #[test]
    fn verb_then_figure_then_product() {
        assert!(subj("上马年产60万吨纳米级碳酸钙项目", "60万吨").contains("碳酸钙"));
    }

    #[test]
    fn noun_then_figure() {
        assert!(subj("全县城市建设完成投资12.8亿元", "12.8亿元").contains("城市建设"));
    }

    #[test]
    fn list_items_split_by_enumeration_comma() {
        assert_eq!(subj("现有在建项目3个、待建项目4个", "4个"), "待建项目");
    }

    #[test]
    fn attribute_takes_topic_of_previous_clause() {
        assert!(subj("左权县石灰岩资源丰富，资源储量达890亿吨", "890亿吨").contains("石灰岩"));
    }

    #[test]
    fn overlap_merge() {
        assert_eq!(merge("石灰岩资源", "资源储量"), "石灰岩资源储量");
        assert_eq!(merge("", "储量"), "储量");
    }
}
