//! Stage 3: text -> sentences. Takes the decoded text, returns [`Sentence`] spans that
//! borrow nothing and cover every non-blank stretch of it; rejects nothing.
//!
//! A sentence ends after 。！？!? (plus any closing quotes or brackets that follow) or at a
//! line break, so headlines and list items stand alone. Semicolons stay inside: the
//! clauses around them usually share a topic the subject rules need.
//!
//! A sentence is at most [`MAX_SENTENCE_CHARS`] characters, so the work and memory per
//! sentence stay bounded whatever the input (a 50 MB file on one line, a table dumped
//! without punctuation): a longer stretch is wrapped after the last clause delimiter
//! (，；、：,; or a space) in the second half of the window, else hard at the limit
//! (moved back so as not to cut a run of digits). Real sentences are far shorter.

/// One sentence of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// 1-based index in the document.
    pub idx: usize,
    /// Byte offset of the first character.
    pub byte_start: usize,
    /// Byte offset after the last character.
    pub byte_end: usize,
    /// Character offset of the first character in the document.
    pub char_start: usize,
}

impl Sentence {
    /// The sentence's text.
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.byte_start..self.byte_end]
    }
}

/// The longest sentence produced, in characters.
pub const MAX_SENTENCE_CHARS: usize = 1000;

/// Whether `c` ends a sentence (。！？, their ASCII forms, an ellipsis).
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '》' | '"' | '\'')
}

fn is_clause_delimiter(c: char) -> bool {
    matches!(c, '，' | '；' | '、' | '：' | ',' | ';' | ':') || c.is_whitespace()
}

fn is_digit_like(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '.' | ',' | '０'..='９' | '．')
}

/// Byte length of the first piece of `s` when `s` is longer than [`MAX_SENTENCE_CHARS`]
/// characters, else None. Looks at no more than the first window of `s`.
fn wrap_point(s: &str) -> Option<usize> {
    let mut delim = None;
    let mut limit = None;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n == MAX_SENTENCE_CHARS {
            limit = Some(i);
            break;
        }
        if n >= MAX_SENTENCE_CHARS / 2 && is_clause_delimiter(c) {
            delim = Some(i + c.len_utf8());
        }
    }
    let limit = limit?;
    if delim.is_some() {
        return delim;
    }
    // Hard wrap; step back (a little) out of a run of digits so 12|34 stays whole.
    let head = &s[..limit];
    let mut cut = limit;
    for (steps, (i, c)) in head.char_indices().rev().enumerate() {
        let next = s[cut..].chars().next();
        if steps >= 32 || !(is_digit_like(c) && next.is_some_and(is_digit_like)) {
            break;
        }
        cut = i;
    }
    Some(if cut == 0 { limit } else { cut })
}

/// Whether the `?` at byte `i` of `text` stands for characters lost to a wrong
/// encoding (指????标) rather than ending a question: a run of two or more ASCII `?`
/// with a letter or ideograph right after it.
fn lost_chars(c: char, text: &str, i: usize) -> bool {
    if c != '?' {
        return false;
    }
    let before = text[..i].chars().rev().take_while(|&d| d == '?').count();
    let after = text[i..].chars().take_while(|&d| d == '?').count();
    let next = text[i..].chars().nth(after);
    before + after >= 2 && next.is_some_and(char::is_alphanumeric)
}

/// Whether the `?` at byte `i` of `text` opens the query of a web address
/// (mse.exe?rec=93): ASCII letters, digits or marks of an address on both sides.
fn query_mark(c: char, text: &str, i: usize) -> bool {
    let address = |d: char| d.is_ascii_alphanumeric() || "/._-=&%".contains(d);
    c == '?'
        && text[..i].chars().next_back().is_some_and(address)
        && text[i + 1..]
            .chars()
            .next()
            .is_some_and(|d| d.is_ascii_alphanumeric())
}

/// Splits `text` into sentences, trimming surrounding whitespace.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let push = |mut start: usize, end: usize, out: &mut Vec<Sentence>| {
        while start < end {
            let s = &text[start..end];
            let trimmed = s.trim_start();
            if trimmed.is_empty() {
                return;
            }
            start += s.len() - trimmed.len();
            let s = &text[start..end];
            let piece_end = wrap_point(s).map_or(end, |n| start + n);
            let piece = &text[start..piece_end];
            let trail = piece.len() - piece.trim_end().len();
            out.push(Sentence {
                idx: 0,
                byte_start: start,
                byte_end: piece_end - trail,
                char_start: 0,
            });
            start = piece_end;
        }
    };
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == '\n' || c == '\r' {
            push(start, i, &mut out);
            start = i + c.len_utf8();
        } else if is_terminal(c) && !lost_chars(c, text, i) && !query_mark(c, text, i) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if is_terminal(d) || is_closer(d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            push(start, end, &mut out);
            start = end;
        }
    }
    push(start, text.len(), &mut out);
    // Character offsets in one pass over the text.
    let (mut byte, mut chars) = (0, 0);
    for (n, s) in out.iter_mut().enumerate() {
        chars += text[byte..s.byte_start].chars().count();
        byte = s.byte_start;
        s.char_start = chars;
        s.idx = n + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split_sentences(t).iter().map(|s| s.text(t)).collect()
    }

    #[test]
    fn terminals_and_lines() {
        let t = "标题一行\n\n第一句。第二句！“第三句？”尾巴";
        assert_eq!(
            texts(t),
            ["标题一行", "第一句。", "第二句！", "“第三句？”", "尾巴"]
        );
    }

    #[test]
    fn semicolons_stay_inside() {
        assert_eq!(
            texts("出口41亿元；进口15亿元。"),
            ["出口41亿元；进口15亿元。"]
        );
    }

    #[test]
    fn char_offsets_and_crlf() {
        let t = "甲乙。\r\n  丙丁。";
        let s = split_sentences(t);
        assert_eq!(s.len(), 2);
        assert_eq!((s[1].char_start, s[1].idx, s[1].text(t)), (7, 2, "丙丁。"));
    }

    #[test]
    fn over_long_sentences_wrap_at_a_clause_delimiter() {
        let clause = "全县建成326个充电桩，"; // 12 chars
        let t = clause.repeat(300) + "完。";
        let s = split_sentences(&t);
        assert!(s.len() >= 4, "{}", s.len());
        let mut chars = 0;
        for x in &s {
            let txt = x.text(&t);
            assert!(txt.chars().count() <= MAX_SENTENCE_CHARS);
            assert_eq!(x.char_start, chars, "pieces are contiguous");
            chars += txt.chars().count();
        }
        assert_eq!(chars, t.chars().count(), "nothing lost");
        assert!(s[0].text(&t).ends_with('，'));
        assert_eq!(
            s[0].text(&t).chars().count(),
            996,
            "last delimiter in the window"
        );
        assert_eq!(s.last().unwrap().text(&t).chars().last(), Some('。'));
    }

    #[test]
    fn over_long_text_without_delimiters_wraps_hard_outside_digits() {
        let t = "字".repeat(999) + &"1".repeat(10) + &"字".repeat(3000);
        let s = split_sentences(&t);
        let pieces: Vec<usize> = s.iter().map(|x| x.text(&t).chars().count()).collect();
        assert_eq!(pieces[0], 999, "the digit run is not cut");
        assert!(
            pieces.iter().all(|&n| n <= MAX_SENTENCE_CHARS),
            "{pieces:?}"
        );
        assert_eq!(pieces.iter().sum::<usize>(), t.chars().count());
        // A 5 MB line splits in linear time.
        let big = "统计数据显示".repeat(300_000);
        let n = split_sentences(&big).len();
        assert_eq!(n, big.chars().count().div_ceil(MAX_SENTENCE_CHARS));
    }

    #[test]
    fn question_marks_for_lost_characters_end_nothing() {
        assert_eq!(texts("| 指??标 | 产量 |\n"), ["| 指??标 | 产量 |"]);
        assert_eq!(texts("真的吗??是的。"), ["真的吗??是的。"]);
        assert_eq!(texts("真的吗?是的。"), ["真的吗?", "是的。"]);
        assert_eq!(texts("真的吗??\n是的。"), ["真的吗??", "是的。"]);
    }

    #[test]
    fn a_web_addresss_query_ends_no_sentence() {
        assert_eq!(
            texts("原文：http://example.cn/a.exe?rec=93&run=13 全省共有企业57家。"),
            ["原文：http://example.cn/a.exe?rec=93&run=13 全省共有企业57家。"]
        );
        assert_eq!(texts("Is it ok? Yes."), ["Is it ok?", "Yes."]);
    }

    #[test]
    fn blank_text_has_no_sentences() {
        assert!(split_sentences(" \n\r\n ").is_empty());
    }
}
