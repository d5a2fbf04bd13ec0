//! Stage 4: the one place that touches jieba-rs. Takes a text window, returns POS-tagged
//! [`Token`]s whose offsets are relative to that window.
//!
//! The `Jieba` instance (~100 ms to build) is made once per process with our user
//! dictionary and shared by reference; it is Send + Sync.

use std::collections::HashMap;
use std::io::BufReader;

use jieba_rs::Jieba;

use crate::error::{Error, Result};
use crate::extract::entity::FnvBuild;
use crate::patterns::Patterns;

/// A word with its part-of-speech tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word as written.
    pub word: &'a str,
    /// jieba's POS tag (n, ns, nr, v, m, q, x, eng …).
    pub tag: &'a str,
    /// Character offset in the segmented window.
    pub start: usize,
    /// Character offset after the word.
    pub end: usize,
    /// Byte offset in the segmented window.
    pub byte_start: usize,
    /// Byte offset after the word.
    pub byte_end: usize,
}

/// A jieba segmenter with the user dictionary loaded.
pub struct Segmenter {
    jieba: Jieba,
    /// Tags of our own for words jieba's dictionary already holds, which keep jieba's tag
    /// whatever the user dictionary says (`segment.retag`: 一期 is a phase, not an
    /// adverb).
    retag: HashMap<String, String, FnvBuild>,
}

impl Segmenter {
    /// Builds the segmenter; `user_dict` is in jieba's `word freq [tag]` format.
    pub fn new(user_dict: &str) -> Result<Segmenter> {
        let mut jieba = Jieba::new();
        jieba
            .load_dict(&mut BufReader::new(user_dict.as_bytes()))
            .map_err(|e| Error::Config(format!("user dictionary: {e}")))?;
        Ok(Segmenter {
            jieba,
            retag: HashMap::default(),
        })
    }

    /// The segmenter of `patterns`: its user dictionary, and its `segment.retag` words
    /// with their tags (a word as written: one that traditional characters write
    /// otherwise is retagged in simplified texts only).
    pub fn of(patterns: &Patterns) -> Result<Segmenter> {
        let mut seg = Segmenter::new(&patterns.user_dict)?;
        let retags = patterns.cues.at(crate::cue!("segment.retag")).entries();
        seg.retag = retags
            .map(|(w, t)| (w.to_string(), t.to_string()))
            .collect();
        Ok(seg)
    }

    /// True when `word` is in the dictionary (not a word guessed by the HMM).
    pub fn is_known(&self, word: &str) -> bool {
        self.jieba.has_word(word)
    }

    /// Segments and tags `text` (HMM on, so unknown names come out whole).
    pub fn segment<'a>(&'a self, text: &'a str) -> Vec<Token<'a>> {
        self.jieba
            .tag(text, true)
            .into_iter()
            .map(|t| Token {
                word: t.word,
                tag: self.retag.get(t.word).map_or(t.tag, String::as_str),
                start: t.start,
                end: t.end,
                byte_start: t.byte_start,
                byte_end: t.byte_end,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_dict_steers_segmentation() {
        let seg = Segmenter::new("丁腈手套 20000 n\n").unwrap();
        let text = "全力推进年产60亿只丁腈手套二期建设";
        let words: Vec<&str> = seg.segment(text).iter().map(|t| t.word).collect();
        assert!(words.contains(&"丁腈手套"), "{words:?}");
        let toks = seg.segment(text);
        let last = toks.last().unwrap();
        assert_eq!(last.end, text.chars().count());
        assert_eq!(last.byte_end, text.len());
    }
}
