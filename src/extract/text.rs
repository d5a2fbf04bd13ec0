//! A sentence prepared for the scanners: full-width forms folded to ASCII, with maps
//! between byte offsets of the folded text and character indices, which are the same in
//! the folded and the original text (folding is one char for one char).

use super::number::fold_fullwidth;

/// A folded sentence.
pub struct Folded {
    /// The folded text the regexes run on.
    pub text: String,
    /// Byte offset in `text` of each char index (len = chars + 1).
    char_to_byte: Vec<usize>,
}

impl Folded {
    /// Folds `s`.
    pub fn new(s: &str) -> Folded {
        // One pass, buffers sized up front (folding never makes the text longer).
        let mut text = String::with_capacity(s.len());
        let mut char_to_byte = Vec::with_capacity(s.len() / 2 + 2);
        for c in s.chars() {
            char_to_byte.push(text.len());
            text.push(fold_fullwidth(c));
        }
        char_to_byte.push(text.len());
        Folded { text, char_to_byte }
    }

    /// Number of characters.
    pub fn len(&self) -> usize {
        self.char_to_byte.len() - 1
    }

    /// True when the sentence is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Char index of a byte offset of the folded text (must be a char boundary).
    pub fn char_at_byte(&self, byte: usize) -> usize {
        self.char_to_byte.partition_point(|&b| b < byte)
    }

    /// The folded text from char `i` on.
    pub fn rest(&self, i: usize) -> &str {
        &self.text[self.char_to_byte[i.min(self.len())]..]
    }

    /// The folded text of chars `[a, b)`.
    pub fn slice(&self, a: usize, b: usize) -> &str {
        &self.text[self.char_to_byte[a.min(self.len())]..self.char_to_byte[b.min(self.len())]]
    }

    /// The folded text before char `i`.
    pub fn before(&self, i: usize) -> &str {
        &self.text[..self.char_to_byte[i.min(self.len())]]
    }

    /// The char at index `i`, if any.
    pub fn char(&self, i: usize) -> Option<char> {
        self.rest(i).chars().next()
    }

    /// The char before index `i`, if any.
    pub fn char_before(&self, i: usize) -> Option<char> {
        self.before(i).chars().next_back()
    }
}

/// Char ranges that are quoted slogans, names or 《》 titles: numerals there are not facts.
///
/// Short quotations (“十五五”, “千万工程”, 「三资」) are names or slogans; long ones are
/// reported speech and keep their figures.
pub fn quoted_ranges(f: &Folded) -> Vec<(usize, usize)> {
    const MAX_SLOGAN: usize = 16;
    let mut out = Vec::new();
    let mut open: Vec<(char, usize)> = Vec::new();
    for (i, c) in f.text.chars().enumerate() {
        let closer = match c {
            '“' => Some('”'),
            '「' => Some('」'),
            '『' => Some('』'),
            '‘' => Some('’'),
            '《' => Some('》'),
            '〈' => Some('〉'),
            _ => None,
        };
        if let Some(cl) = closer {
            open.push((cl, i));
            continue;
        }
        if let Some(pos) = open.iter().rposition(|&(cl, _)| cl == c) {
            let (_, start) = open[pos];
            open.truncate(pos);
            if c == '》' || c == '〉' || i - start <= MAX_SLOGAN {
                out.push((start, i + 1));
            }
        } else if c == '"' {
            open.push(('"', i));
        }
    }
    out
}

/// True when `[a, b)` overlaps any of `ranges`.
pub fn overlaps(ranges: &[(usize, usize)], a: usize, b: usize) -> bool {
    ranges.iter().any(|&(s, e)| a < e && s < b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_char_indices() {
        let f = Folded::new("共２１８家企业");
        assert_eq!(f.text, "共218家企业");
        assert_eq!(f.len(), 7);
        assert_eq!(f.char_at_byte(4), 2);
        assert_eq!(f.rest(4), "家企业");
        assert_eq!(f.slice(1, 4), "218");
    }

    #[test]
    fn slogans_and_titles_are_masked() {
        let f = Folded::new("昂首阔步“十五五”，依据《规划（2021—2035年）》，他说“今年全县新建学校23所，新增学位1.08万个”。");
        let r = quoted_ranges(&f);
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(f.slice(r[0].0, r[0].1), "“十五五”");
        assert!(f.slice(r[1].0, r[1].1).starts_with("《规划"));
    }
}
