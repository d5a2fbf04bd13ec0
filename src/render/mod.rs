//! Stage 2b: markup -> the plain text all offsets refer to. [`crate::decode`] turns bytes
//! into text and picks the format; HTML goes to [`html`] (visible text, chrome dropped),
//! Markdown to [`markdown`] (markup, link targets and front matter dropped; HTML blocks in
//! it through [`html`]). Both render blocks and table rows as lines of their own, table
//! cells separated by one space. This module knows nothing of bytes or encodings.

pub mod html;
pub mod markdown;

/// Markup rendered to plain text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rendered {
    /// The visible text: lines joined with a single `\n`, no blank lines.
    pub text: String,
    /// The HTML `<title>`, or the first level-1 heading of Markdown, when there is one.
    pub title: Option<String>,
}

/// Whitespace for "is this empty" tests and trimming (a stray BOM counts as blank).
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}
