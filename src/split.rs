//! Stage 3: text -> sentences. Takes the decoded text, returns [`Sentence`] spans that
//! borrow nothing and cover every non-blank stretch of it; rejects nothing.
//!
//! A sentence ends after 。！？!? (plus any closing quotes or brackets that follow) or at a
//! line break, so headlines and list items stand alone. Semicolons stay inside: the
//! clauses around them usually share a topic the subject rules need.

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

fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '》' | '"' | '\'')
}

/// Splits `text` into sentences, trimming surrounding whitespace.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let push = |start: usize, end: usize, out: &mut Vec<Sentence>| {
        let s = &text[start..end];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead + trail < s.len() {
            let byte_start = start + lead;
            out.push(Sentence {
                idx: 0,
                byte_start,
                byte_end: end - trail,
                char_start: 0,
            });
        }
    };
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c == '\n' || c == '\r' {
            push(start, i, &mut out);
            start = i + c.len_utf8();
        } else if is_terminal(c) {
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
    fn blank_text_has_no_sentences() {
        assert!(split_sentences(" \n\r\n ").is_empty());
    }
}
