//! Stage 2: bytes -> text. The only change made to the text of a plain-text file
//! is the removal of a leading BOM (no CRLF, full-width or traditional-character
//! normalisation). Markdown and HTML are rendered to plain text (see the sections
//! below). Offsets downstream are code points of exactly this decoded text, the
//! rendered text for Markdown and HTML, not of the source file.
//!
//! # Encoding detection order
//!
//! 1. Zero bytes -> [`DecodeError::Empty`].
//! 2. A byte order mark (UTF-8, UTF-16LE, UTF-16BE) is always removed. Without a
//!    forced encoding it also decides the encoding.
//! 3. A forced encoding (`--encoding`) is used as given (GBK as GB18030).
//! 4. UTF-16 without BOM, recognised by NUL bytes that sit (almost) only at odd
//!    (LE) or only at even (BE) positions of the first 8 KiB: at least 2 % of
//!    the code units, and 4x more than at the other parity. Confirmed by the
//!    decoded sample being at least 90 % ordinary characters (ASCII, Latin,
//!    CJK, kana, Hangul, punctuation).
//! 5. Valid UTF-8 -> "UTF-8" (plain `str::from_utf8`), after the binary check of 7.
//! 6. UTF-16 without BOM and without any NUL in the first 8 KiB (pure CJK, no
//!    ASCII, not even a newline), only for input that is not UTF-8: needs at
//!    least 32 code units, a quarter of the bytes non-ASCII, and 95 % of the
//!    units CJK ideographs / CJK punctuation / full-width forms in one byte
//!    order. GB2312 text scores about 2 %, Big5 about 40 %; ASCII such as
//!    `<div><div>` would score 100 %, hence the UTF-8 test first.
//! 7. Binary, for anything not UTF-16: a NUL byte anywhere in the file (a
//!    memchr scan), or more than 5 % C0 control bytes (other than
//!    `\t \n \r \x0c`; DEL counts) in a sample (the first 8 KiB plus 4 KiB
//!    from the middle and 4 KiB from the end) -> [`DecodeError::Binary`].
//!    Decoded UTF-16 is binary when more than 5 % of its first 8192
//!    characters are such controls (NUL included).
//! 8. Otherwise chardetng guesses (tld `None`, UTF-8 not allowed) from at most
//!    the first 1 MiB; GBK guesses decode as GB18030.
//!
//!    Domain prior: chardetng rules an encoding out on a single invalid
//!    sequence, so a GB file with one stray byte, or cut inside its last
//!    character, would come out as windows-1252 mojibake; and it guesses
//!    windows-125x or EUC-KR for 1-3 character inputs. So when the guess is a
//!    non-CJK encoding, or Japanese/Korean on fewer than 32 non-ASCII bytes,
//!    and 90 % of the non-ASCII bytes sit next to another non-ASCII byte
//!    (double-byte text, unlike Latin-1), GB18030 is used if it decodes within
//!    the error tolerance.
//!
//! # Error tolerance
//!
//! A few stray bad bytes are tolerated: they become U+FFFD. The decode fails
//! with [`DecodeError::Undecodable`] ("invalid GB18030 byte sequences at byte
//! N (k of n characters replaced)") when the replacement characters exceed 1 %
//! of all decoded characters, with a floor of 2 for texts of 30+ characters
//! (one stray byte inside a double-byte character costs two); texts under 30
//! characters must be clean. The same rule applies to a forced encoding. Since
//! chardetng never guesses an encoding that the bytes it saw violate, a detected
//! encoding fails only on errors beyond the first 1 MiB.
//!
//! # chardetng and input length
//!
//! Measured with chardetng 0.1.17: two or more characters of the sample
//! sentence, and typical phrases of 4+ characters ("关于印发的通知",
//! "同比增长3.5%"), are guessed as GBK, and Big5 text as Big5. One to three
//! characters ("附件：", "2023年", "亿元") are often guessed as windows-1252,
//! windows-1251 or EUC-KR; the prior above repairs the simplified ones. Tiny
//! inputs can also be valid UTF-8 by accident: "通知" in GB18030 (CD A8 D6 AA)
//! is read as UTF-8. See the test `gb18030_detection_lengths`.
//!
//! # HTML
//!
//! HTML (extension html/htm, or any non-Markdown file whose content starts with
//! `<!doctype html` or `<html` after whitespace) is parsed with html5ever via
//! scraper and walked with an explicit stack. Dropped subtrees: `head` (the
//! first HTML `<title>` goes to [`Decoded::title`]), script, style, noscript,
//! template, iframe, svg, math, object, embed, canvas, audio, video, select,
//! datalist, button, nav, aside; `header`/`footer` unless inside article, main
//! or section (HTML's landmark rule, so an article's own header with its
//! headline stays); elements with the `hidden` attribute or `display:none`; and
//! elements (other than html, body, main, article) whose id or class contains
//! nav, menu, footer, breadcrumb, sidebar, share or copyright, any case. If the
//! id/class rule leaves no text at all, it is not applied.
//!
//! Block elements start and end lines, `br` breaks a line, `td`/`th` are
//! separated by a space, inline elements concatenate. Whitespace runs (Unicode
//! whitespace, including U+00A0 from `&nbsp;` and U+3000) become one space; a
//! run containing a line break between two East Asian wide characters vanishes
//! (CSS segment-break rule: "资源\n储量" -> "资源储量"). Lines are trimmed,
//! empty lines dropped, lines joined with a single `\n`. Inside `pre` line
//! breaks are kept. An HTML file without visible text is [`DecodeError::Empty`].
//!
//! # Markdown
//!
//! Markdown (extension md/markdown, any case; content is never sniffed as
//! Markdown) is parsed with pulldown-cmark (CommonMark plus tables and
//! strikethrough) and rendered to plain text, so rules and the `context` column
//! see `共126个`, not `共**126个**`:
//!
//! - Text and inline code as written (entities and backslash escapes resolved);
//!   emphasis, strong and strikethrough markers disappear; links keep their text
//!   and images their alt text (URLs dropped); list markers and `>` disappear.
//! - Headings, paragraphs, list items, block quotes, code blocks, table rows and
//!   rules start and end lines; soft and hard breaks and `<br>` break lines; table
//!   cells are separated by one space (as `td`/`th` in HTML). Code blocks keep
//!   their lines. Lines keep their leading whitespace (an ideographic-space indent
//!   is text), trailing whitespace is trimmed, blank lines are dropped, lines are
//!   joined with a single `\n`. No CSS segment-break rule: a soft break between two
//!   Chinese characters stays a line break, as in a plain-text file.
//! - HTML blocks go through the HTML path above (consecutive blocks separated only
//!   by blank lines as one fragment; chrome dropped by id/class with no fallback,
//!   since the fragment is only part of the document), so an embedded `<table>`
//!   keeps its figures and a `<script>` is dropped. Inline HTML tags are dropped and
//!   the text between them kept (an inline `<span hidden>` is not honoured).
//! - Front matter at the very top (`---` YAML or `+++` TOML, closed by the same line
//!   or, for YAML, `...`; its first line not blank) is not text. pulldown-cmark's own
//!   metadata-block option is not used: it also takes a `---` … `---` pair in the
//!   middle of a document, where they are a rule and a heading underline.
//! - The first level-1 heading (`#` or `===` underline), whitespace collapsed, is
//!   [`Decoded::title`]; it stays in the text, like an HTML page's `h1`.
//! - Footnotes, task lists, math, smart punctuation are not enabled: `[^1]`, `[x]`
//!   and `$` stay text. A single `~` inside a word is not strikethrough, so ranges
//!   such as `10~20万元` survive.
//!
//! A Markdown file that renders to no text is [`DecodeError::Empty`]. Nesting is
//! bounded before parsing (`limit_md_nesting`): list and quote markers beyond
//! column 64 of a line's prefix are cut (their text stays), since pulldown-cmark's
//! cost is nesting depth times line count.

use std::borrow::Cow;
use std::fmt;

use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

/// The format a release came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown: rendered to plain text (markup, link targets and front matter dropped).
    Markdown,
    /// HTML: only the visible text is kept.
    Html,
}

impl Format {
    /// The name used in documents.csv.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }
}

/// A decoded release.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text all offsets refer to.
    pub text: String,
    /// Encoding name as recorded in documents.csv (e.g. "UTF-8", "GB18030", "Big5", "UTF-16LE").
    pub encoding: &'static str,
    /// Source format.
    pub format: Format,
    /// The HTML `<title>`, or the first level-1 heading of Markdown, when there is one.
    pub title: Option<String>,
}

/// Why a release could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Zero bytes or only whitespace.
    Empty,
    /// Looks like a binary file (NULs, control bytes).
    Binary,
    /// Bytes that no supported encoding accepts.
    Undecodable(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => f.write_str("empty file"),
            DecodeError::Binary => f.write_str("binary file"),
            DecodeError::Undecodable(reason) => write!(f, "undecodable bytes: {reason}"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Looks up an encoding for the `--encoding` option, case-insensitively.
///
/// Accepts every WHATWG label known to encoding_rs (e.g. `gbk`, `gb2312`,
/// `gb18030`, `big5`, `utf-8`, `utf-16le`, `utf-16be`, `cp936`) plus the
/// spellings `utf8`, `utf16le`, `utf16be`, `utf16` and `_` for `-`.
/// Labels that map to the WHATWG "replacement" encoding are rejected.
pub fn encoding_by_label(label: &str) -> Option<&'static Encoding> {
    let label = label.trim().to_ascii_lowercase().replace('_', "-");
    let label = match label.as_str() {
        "utf16le" => "utf-16le",
        "utf16be" => "utf-16be",
        "utf16" => "utf-16",
        other => other,
    };
    Encoding::for_label(label.as_bytes()).filter(|e| *e != encoding_rs::REPLACEMENT)
}

/// How many bytes are examined for UTF-16 and control-byte sniffing.
const SNIFF_LEN: usize = 8 * 1024;
/// Size of the extra samples (middle and end) for the control-byte check.
const EXTRA_SAMPLE_LEN: usize = 4 * 1024;
/// At most this many bytes are fed to chardetng.
const DETECT_LEN: usize = 1024 * 1024;

/// Decodes one release. `ext` is the lowercase file extension when known ("txt", "html", ...);
/// `forced` forces an encoding (the `--encoding` option).
pub fn decode(
    bytes: &[u8],
    ext: Option<&str>,
    forced: Option<&'static Encoding>,
) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let (text, encoding) = decode_bytes(bytes, forced)?;
    if text.chars().all(is_blank) {
        return Err(DecodeError::Empty);
    }

    let ext_is =
        |names: &[&str]| ext.is_some_and(|e| names.iter().any(|n| e.eq_ignore_ascii_case(n)));
    let format = if ext_is(&["html", "htm"]) {
        Format::Html
    } else if ext_is(&["md", "markdown"]) {
        Format::Markdown
    } else if looks_like_html(&text) {
        Format::Html
    } else {
        Format::Text
    };

    let (visible, title) = match format {
        Format::Text => {
            return Ok(Decoded {
                text,
                encoding,
                format,
                title: None,
            })
        }
        Format::Markdown => markdown_to_text(&text),
        Format::Html => html_to_text(&text),
    };
    if visible.is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded {
        text: visible,
        encoding,
        format,
        title,
    })
}

/// Whitespace for the "is this file empty" test (a stray BOM counts as blank).
fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Content sniffing: after optional whitespace it starts with `<!doctype html` or `<html`.
fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(is_blank).as_bytes();
    let starts_ci = |prefix: &[u8]| {
        start.len() >= prefix.len() && start[..prefix.len()].eq_ignore_ascii_case(prefix)
    };
    starts_ci(b"<!doctype html") || starts_ci(b"<html")
}

/// The name recorded in documents.csv.
fn encoding_label(enc: &'static Encoding) -> &'static str {
    if enc == GBK || enc == GB18030 {
        "GB18030"
    } else if enc == BIG5 {
        "Big5"
    } else if enc == UTF_8 {
        "UTF-8"
    } else if enc == UTF_16LE {
        "UTF-16LE"
    } else if enc == UTF_16BE {
        "UTF-16BE"
    } else {
        enc.name()
    }
}

/// Bytes -> (text, recorded encoding name). The only change to the text is the removed BOM.
fn decode_bytes(
    bytes: &[u8],
    forced: Option<&'static Encoding>,
) -> Result<(String, &'static str), DecodeError> {
    let bom = Encoding::for_bom(bytes);
    let body = match bom {
        Some((_, len)) => &bytes[len..],
        None => bytes,
    };

    if let Some(enc) = forced {
        // GBK's decoder is GB18030's decoder in encoding_rs; use GB18030 for clarity.
        let enc = if enc == GBK { GB18030 } else { enc };
        if !is_utf16(enc) {
            check_binary(body)?;
        }
        let text = decode_with(enc, body, bytes.len() - body.len())?;
        if is_utf16(enc) {
            check_decoded_controls(&text)?;
        }
        return Ok((text, encoding_label(enc)));
    }

    if let Some((enc, _)) = bom {
        if is_utf16(enc) {
            let text = decode_with(enc, body, bytes.len() - body.len())?;
            check_decoded_controls(&text)?;
            return Ok((text, encoding_label(enc)));
        }
        check_binary(body)?;
        let text = decode_with(enc, body, bytes.len() - body.len())?;
        return Ok((text, encoding_label(enc)));
    }

    if let Some(enc) = sniff_utf16_with_nuls(bytes) {
        let text = decode_with(enc, bytes, 0)?;
        check_decoded_controls(&text)?;
        return Ok((text, encoding_label(enc)));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        check_binary(bytes)?;
        return Ok((s.to_owned(), "UTF-8"));
    }
    // Only for non-UTF-8 input: ASCII such as "<div><div>" reads as CJK code units.
    if let Some(enc) = sniff_utf16_cjk(bytes) {
        let text = decode_with(enc, bytes, 0)?;
        check_decoded_controls(&text)?;
        return Ok((text, encoding_label(enc)));
    }
    check_binary(bytes)?;

    let prefix = &bytes[..bytes.len().min(DETECT_LEN)];
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(prefix, prefix.len() == bytes.len());
    let guess = detector.guess(None, false);
    let guess = if guess == GBK { GB18030 } else { guess };
    // Domain prior (see the module docs): chardetng rules an encoding out on a single
    // invalid sequence and misjudges 1-3 character inputs. When its guess is not trusted
    // but the non-ASCII bytes come in pairs (GB text, unlike Latin-1) and GB18030 decodes
    // within the error tolerance, GB18030 wins.
    let (high, paired) = high_byte_pairing(prefix);
    let trusted = guess == GB18030 || guess == BIG5 || (OTHER_CJK.contains(&guess) && high >= 32);
    if !trusted && high > 0 && paired * 10 >= high * 9 {
        if let Ok(text) = decode_with(GB18030, bytes, 0) {
            return Ok((text, "GB18030"));
        }
    }
    // No second-guessing after this: every byte pair of Big5 is also valid GBK and vice
    // versa, so "the other one decodes" proves nothing.
    let text = decode_with(guess, bytes, 0)?;
    Ok((text, encoding_label(guess)))
}

/// Japanese and Korean legacy encodings: chardetng's guess is trusted only with at least
/// 32 non-ASCII bytes (short GB text such as "附件：" is guessed as EUC-KR).
const OTHER_CJK: &[&Encoding] = &[
    encoding_rs::SHIFT_JIS,
    encoding_rs::EUC_JP,
    encoding_rs::EUC_KR,
    encoding_rs::ISO_2022_JP,
];

fn is_utf16(enc: &'static Encoding) -> bool {
    enc == UTF_16LE || enc == UTF_16BE
}

/// Decodes `body` with `enc` (no BOM handling); `base` is the offset of `body` in the file,
/// used in error messages.
fn decode_with(enc: &'static Encoding, body: &[u8], base: usize) -> Result<String, DecodeError> {
    if enc == UTF_8 {
        if let Ok(s) = std::str::from_utf8(body) {
            return Ok(s.to_owned());
        }
    }
    let (text, had_errors) = enc.decode_without_bom_handling(body);
    if !had_errors {
        return Ok(text.into_owned());
    }
    let replacements = text.chars().filter(|&c| c == '\u{fffd}').count();
    let total = text.chars().count();
    if replacements > allowed_replacements(total) {
        let at = first_error_offset(enc, body).unwrap_or(0) + base;
        return Err(DecodeError::Undecodable(format!(
            "invalid {} byte sequences at byte {} ({} of {} characters replaced)",
            encoding_label(enc),
            at,
            replacements,
            total
        )));
    }
    Ok(match text {
        Cow::Borrowed(s) => s.to_owned(),
        Cow::Owned(s) => s,
    })
}

/// How many U+FFFD a decode of `total` characters may contain: 1 %, but at least 2 once
/// there are 30 characters (one stray byte can cost two characters).
fn allowed_replacements(total: usize) -> usize {
    let floor = if total >= 30 { 2 } else { 0 };
    (total / 100).max(floor)
}

/// Byte offset (within `body`) of the first malformed sequence.
fn first_error_offset(enc: &'static Encoding, body: &[u8]) -> Option<usize> {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut out =
        String::with_capacity(decoder.max_utf8_buffer_length_without_replacement(body.len())?);
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            Some(read - bad as usize - after as usize)
        }
        _ => None,
    }
}

/// UTF-16 without BOM: NUL bytes concentrated at odd (LE) or even (BE) positions of the
/// first 8 KiB, confirmed by the decoded sample being ordinary text.
fn sniff_utf16_with_nuls(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN) & !1];
    let pairs = sample.len() / 2;
    if pairs == 0 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for pair in sample.chunks_exact(2) {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    // At least 2 % of the code units must be ASCII-range (digits, punctuation, newlines).
    let enough = |n: usize| n > 0 && n * 50 >= pairs;
    let enc = if enough(odd) && odd >= 4 * even {
        UTF_16LE
    } else if enough(even) && even >= 4 * odd {
        UTF_16BE
    } else {
        return None;
    };
    let (text, _) = enc.decode_without_bom_handling(sample);
    let (mut total, mut good) = (0usize, 0usize);
    for c in text.chars() {
        total += 1;
        good += usize::from(is_ordinary_char(c));
    }
    (good * 10 >= total * 9).then_some(enc)
}

/// (bytes >= 0x80, those of them next to another byte >= 0x80).
fn high_byte_pairing(bytes: &[u8]) -> (usize, usize) {
    let (mut high, mut paired) = (0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        if b >= 0x80 {
            high += 1;
            let prev = i > 0 && bytes[i - 1] >= 0x80;
            let next = bytes.get(i + 1).is_some_and(|&n| n >= 0x80);
            paired += usize::from(prev || next);
        }
    }
    (high, paired)
}

/// UTF-16 without BOM and without NULs: only pure CJK text qualifies.
fn sniff_utf16_cjk(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN) & !1];
    let units = sample.len() / 2;
    // CJK code units have a high byte in 0x80..=0x9F about 40 % of the time and a uniform
    // low byte; demand that a quarter of all bytes are non-ASCII.
    let non_ascii = sample.iter().filter(|&&b| b >= 0x80).count();
    if units < 32 || sample.contains(&0) || non_ascii * 4 < sample.len() {
        return None;
    }
    let score = |unit: fn([u8; 2]) -> u16| {
        sample
            .chunks_exact(2)
            .filter(|p| is_cjk_unit(unit([p[0], p[1]])))
            .count()
    };
    let le = score(u16::from_le_bytes);
    let be = score(u16::from_be_bytes);
    let threshold = units * 95 / 100;
    if le >= threshold && le >= be {
        Some(UTF_16LE)
    } else if be >= threshold {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// CJK ideographs, CJK punctuation/kana and full-width forms (one UTF-16 code unit).
fn is_cjk_unit(u: u16) -> bool {
    matches!(u, 0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF)
}

/// Characters expected in news text in any script we care about.
fn is_ordinary_char(c: char) -> bool {
    matches!(c as u32,
        0x09 | 0x0A | 0x0C | 0x0D
        | 0x20..=0x7E
        | 0xA0..=0x24F
        | 0x370..=0x4FF
        | 0x2000..=0x206F
        | 0x2100..=0x22FF
        | 0x2460..=0x24FF
        | 0x2500..=0x25FF
        | 0x2600..=0x27BF
        | 0x3000..=0x312F
        | 0x3200..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFFEF
        | 0x1F000..=0x1FAFF
        | 0x20000..=0x3FFFF)
}

/// A C0 control byte that does not occur in text (everything below 0x20 except
/// `\t \n \r \x0c`, plus DEL).
fn is_odd_control(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f
}

/// Binary test for non-UTF-16 input: any NUL (memchr over the whole file, fast even for
/// 50 MB) or more than 5 % odd control bytes in the sample windows.
fn check_binary(bytes: &[u8]) -> Result<(), DecodeError> {
    if bytes.contains(&0) {
        return Err(DecodeError::Binary);
    }
    let len = bytes.len();
    let mut windows = vec![&bytes[..len.min(SNIFF_LEN)]];
    if len > SNIFF_LEN + 2 * EXTRA_SAMPLE_LEN {
        let mid = len / 2;
        windows.push(&bytes[mid..mid + EXTRA_SAMPLE_LEN]);
        windows.push(&bytes[len - EXTRA_SAMPLE_LEN..]);
    }
    let (mut total, mut controls) = (0usize, 0usize);
    for w in windows {
        total += w.len();
        controls += w.iter().filter(|&&b| is_odd_control(b)).count();
    }
    if controls * 20 > total {
        return Err(DecodeError::Binary);
    }
    Ok(())
}

/// Binary test for decoded UTF-16: more than 5 % control characters (NUL included) among
/// the first 8192 characters.
fn check_decoded_controls(text: &str) -> Result<(), DecodeError> {
    let (mut total, mut controls) = (0usize, 0usize);
    for c in text.chars().take(SNIFF_LEN) {
        total += 1;
        controls += usize::from(c.is_ascii() && is_odd_control(c as u8));
    }
    if controls * 20 > total {
        return Err(DecodeError::Binary);
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// HTML -> visible text
// ---------------------------------------------------------------------------

use scraper::{ElementRef, Html, Node};

/// How an element is treated when extracting visible text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Not rendered or not content: the whole subtree is dropped.
    Drop,
    /// Starts and ends a line.
    Block,
    /// Forces a line break (`br`).
    Break,
    /// Table cell: separated from its neighbours by a space.
    Cell,
    /// Text flows through.
    Inline,
}

const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "iframe", "svg", "math", "object",
    "embed", "canvas", "audio", "video", "select", "datalist", "nav", "aside", "button",
];

const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
    "textarea",
    "option",
];

/// Elements exempt from the id/class chrome test (a `<body class="has-sidebar">` must not
/// wipe out the page).
const NEVER_CHROME: &[&str] = &["html", "body", "main", "article"];

/// id/class fragments that mark navigation chrome.
const CHROME_WORDS: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "breadcrumb",
    "sidebar",
    "share",
    "copyright",
];

/// Elements that make a nested `header`/`footer` part of the content (HTML's landmark rule).
const SECTIONING: &[&str] = &["article", "main", "section"];

/// scraper does not re-export html5ever, so compare the namespace URL as a string.
fn is_html_ns(el: &scraper::node::Element) -> bool {
    &*el.name.ns == "http://www.w3.org/1999/xhtml"
}

fn contains_ci(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    h.len() >= n.len() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

fn is_hidden(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let compact: String = style.chars().filter(|c| !c.is_whitespace()).collect();
        contains_ci(&compact, "display:none")
    })
}

fn role(el: &scraper::node::Element, sectioning_depth: usize, use_classes: bool) -> Role {
    let name = el.name();
    if !is_html_ns(el) {
        // svg/math content never reaches here (dropped at the root); be safe anyway.
        return Role::Drop;
    }
    if DROPPED.contains(&name) || is_hidden(el) {
        return Role::Drop;
    }
    if (name == "header" || name == "footer") && sectioning_depth == 0 {
        return Role::Drop;
    }
    if use_classes && !NEVER_CHROME.contains(&name) {
        let chrome =
            |v: Option<&str>| v.is_some_and(|v| CHROME_WORDS.iter().any(|w| contains_ci(v, w)));
        if chrome(el.attr("id")) || chrome(el.attr("class")) {
            return Role::Drop;
        }
    }
    match name {
        "br" => Role::Break,
        "td" | "th" => Role::Cell,
        _ if BLOCKS.contains(&name) => Role::Block,
        _ => Role::Inline,
    }
}

/// Characters whose neighbours swallow a line break in the source (CSS Text's segment
/// break rule for East Asian wide characters, so "890\n亿吨" in HTML stays "890 亿吨" but
/// "资源\n储量" becomes "资源储量").
fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pending {
    None,
    Space,
    /// A whitespace run containing a line break.
    Newline,
}

/// Accumulates visible text: one space per whitespace run, one `\n` between non-empty lines.
struct HtmlText {
    out: String,
    line_has_content: bool,
    need_newline: bool,
    pending: Pending,
    last: char,
}

impl HtmlText {
    fn new() -> Self {
        HtmlText {
            out: String::new(),
            line_has_content: false,
            need_newline: false,
            pending: Pending::None,
            last: ' ',
        }
    }

    fn push_char(&mut self, c: char) {
        if self.need_newline {
            self.out.push('\n');
            self.need_newline = false;
        } else if self.line_has_content {
            match self.pending {
                Pending::None => {}
                Pending::Space => self.out.push(' '),
                Pending::Newline => {
                    if !(is_wide(self.last) && is_wide(c)) {
                        self.out.push(' ');
                    }
                }
            }
        }
        self.pending = Pending::None;
        self.out.push(c);
        self.last = c;
        self.line_has_content = true;
    }

    fn push_text(&mut self, s: &str, in_pre: bool) {
        for c in s.chars() {
            if in_pre && c == '\n' {
                self.line_break();
            } else if c.is_whitespace() {
                if c == '\n' || c == '\r' {
                    self.pending = Pending::Newline;
                } else if self.pending == Pending::None {
                    self.pending = Pending::Space;
                }
            } else if !c.is_control() || c == '\u{fffd}' {
                self.push_char(c);
            }
        }
    }

    /// A plain space separator (between table cells).
    fn separate(&mut self) {
        self.pending = Pending::Space;
    }

    fn line_break(&mut self) {
        if self.line_has_content {
            self.need_newline = true;
            self.line_has_content = false;
        }
        self.pending = Pending::None;
    }
}

/// A step of the explicit-stack traversal. (scraper re-exports neither ego_tree nor
/// html5ever, so nodes are kept as `ElementRef`s and text slices.)
enum Step<'a> {
    Enter(ElementRef<'a>),
    Text(&'a str),
    Leave {
        role: Role,
        pre: bool,
        sectioning: bool,
    },
}

/// Pushes the children of `el` so that the first child is popped first.
fn push_children<'a>(stack: &mut Vec<Step<'a>>, el: ElementRef<'a>) {
    for child in el.children().rev() {
        match child.value() {
            Node::Text(t) => stack.push(Step::Text(t)),
            Node::Element(_) => stack.extend(ElementRef::wrap(child).map(Step::Enter)),
            _ => {}
        }
    }
}

/// Visible text of a parsed document, walking the tree with an explicit stack (inputs may
/// nest 100,000 levels deep).
fn visible_text(doc: &Html, use_classes: bool) -> String {
    let mut sink = HtmlText::new();
    let mut stack = vec![Step::Enter(doc.root_element())];
    let mut pre_depth = 0usize;
    let mut sectioning_depth = 0usize;
    while let Some(step) = stack.pop() {
        match step {
            Step::Text(t) => sink.push_text(t, pre_depth > 0),
            Step::Enter(el_ref) => {
                let el = el_ref.value();
                let r = role(el, sectioning_depth, use_classes);
                match r {
                    Role::Drop => continue,
                    Role::Break => {
                        sink.line_break();
                        continue;
                    }
                    Role::Block => sink.line_break(),
                    Role::Cell => sink.separate(),
                    Role::Inline => {}
                }
                let pre = matches!(el.name(), "pre" | "textarea" | "listing" | "plaintext");
                let sectioning = SECTIONING.contains(&el.name());
                pre_depth += usize::from(pre);
                sectioning_depth += usize::from(sectioning);
                stack.push(Step::Leave {
                    role: r,
                    pre,
                    sectioning,
                });
                push_children(&mut stack, el_ref);
            }
            Step::Leave {
                role,
                pre,
                sectioning,
            } => {
                pre_depth -= usize::from(pre);
                sectioning_depth -= usize::from(sectioning);
                match role {
                    Role::Block => sink.line_break(),
                    Role::Cell => sink.separate(),
                    _ => {}
                }
            }
        }
    }
    sink.out
}

/// The first HTML `<title>`, whitespace collapsed.
fn document_title(doc: &Html) -> Option<String> {
    let title = doc.tree.root().descendants().find(|n| {
        n.value()
            .as_element()
            .is_some_and(|el| el.name() == "title" && is_html_ns(el))
    })?;
    let mut sink = HtmlText::new();
    for d in title.descendants() {
        if let Node::Text(t) = d.value() {
            sink.push_text(t, false);
        }
    }
    Some(sink.out).filter(|t| !t.is_empty())
}

/// Container tags whose start tag makes html5ever's tree builder look for an open `p`
/// through the whole stack of open elements (O(depth) per tag), and which do not close
/// themselves (unlike p, li, dd, dt).
const NESTING_BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "section",
    "summary",
    "ul",
];

/// Nesting of [`NESTING_BLOCKS`] beyond which tags are flattened to `<br>`.
const MAX_BLOCK_DEPTH: usize = 512;

/// html5ever needs quadratic time for deeply nested block containers (100,000 nested
/// `<div>` take ~30 s). Real pages nest a few dozen levels; when a rough tag scan finds
/// more than [`MAX_BLOCK_DEPTH`], the container tags beyond that depth are replaced by
/// `<br>` (same line breaks, no nesting). Returns `None` when nothing needs changing.
fn flatten_deep_blocks(src: &str) -> Option<String> {
    if !scan_block_depth(src, None) {
        return None;
    }
    let mut out = String::with_capacity(src.len());
    scan_block_depth(src, Some(&mut out));
    Some(out)
}

/// Scans the tags of `src` for [`NESTING_BLOCKS`] nesting. Without `out`, returns `true`
/// as soon as the depth exceeds [`MAX_BLOCK_DEPTH`]; with `out`, writes `src` there with
/// the too-deep container tags replaced by `<br>`. Linear; quotes in attributes are not
/// honoured (it only has to be right for sane markup).
fn scan_block_depth(src: &str, mut out: Option<&mut String>) -> bool {
    let bytes = src.as_bytes();
    let mut depth = 0usize;
    let mut exceeded = false;
    let mut copied = 0usize;
    let mut i = 0usize;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'<') {
        let lt = i + off;
        i = lt + 1;
        if bytes[i..].starts_with(b"!--") {
            // Commented-out markup does not count.
            i = src[i..].find("-->").map_or(bytes.len(), |e| i + e + 3);
            continue;
        }
        let closing = bytes.get(i) == Some(&b'/');
        let name_start = i + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let name = &src[name_start..name_start + name_len];
        if name_len == 0 || !NESTING_BLOCKS.iter().any(|b| b.eq_ignore_ascii_case(name)) {
            continue;
        }
        let Some(gt) = bytes[name_start..].iter().position(|&b| b == b'>') else {
            break;
        };
        let end = name_start + gt + 1;
        let too_deep = if closing {
            let deep = depth > MAX_BLOCK_DEPTH;
            depth = depth.saturating_sub(1);
            deep
        } else if bytes[end - 2] == b'/' {
            false
        } else {
            depth += 1;
            depth > MAX_BLOCK_DEPTH
        };
        if too_deep {
            exceeded = true;
            match out.as_deref_mut() {
                None => return true,
                Some(o) => {
                    o.push_str(&src[copied..lt]);
                    o.push_str("<br>");
                    copied = end;
                }
            }
        }
        i = end;
    }
    if let Some(o) = out {
        o.push_str(&src[copied..]);
    }
    exceeded
}

/// HTML source -> (visible text, title). When dropping id/class chrome leaves nothing,
/// the id/class rule is not applied.
fn html_to_text(src: &str) -> (String, Option<String>) {
    let doc = parse_html(src);
    let title = document_title(&doc);
    let mut text = visible_text(&doc, true);
    if text.is_empty() {
        text = visible_text(&doc, false);
    }
    (text, title)
}

/// An HTML block inside Markdown -> visible text. The id/class chrome rule applies
/// without the whole-page fallback: the block is only a part of the document.
fn html_block_to_text(src: &str) -> String {
    visible_text(&parse_html(src), true)
}

fn parse_html(src: &str) -> Html {
    let flattened = flatten_deep_blocks(src);
    Html::parse_document(flattened.as_deref().unwrap_or(src))
}

// ---------------------------------------------------------------------------
// Markdown -> text
// ---------------------------------------------------------------------------

use pulldown_cmark::{Event, HeadingLevel, Options as MdOptions, Parser, Tag, TagEnd};

/// Accumulates rendered Markdown: lines as written (trailing whitespace trimmed), blank
/// lines dropped, lines joined with a single `\n`.
#[derive(Default)]
struct MdText {
    out: String,
    line: String,
    /// Table cell boundary: the next character on this line is preceded by one space.
    cell_gap: bool,
}

impl MdText {
    fn push_char(&mut self, c: char) {
        if self.cell_gap && !self.line.is_empty() {
            self.line.push(' ');
        }
        self.cell_gap = false;
        self.line.push(c);
    }

    /// Text as written; `\n` and `\r` end the line.
    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            if c == '\n' || c == '\r' {
                self.line_break();
            } else {
                self.push_char(c);
            }
        }
    }

    fn line_break(&mut self) {
        let kept = self.line.trim_end_matches(is_blank);
        if !kept.is_empty() {
            if !self.out.is_empty() {
                self.out.push('\n');
            }
            self.out.push_str(kept);
        }
        self.line.clear();
        self.cell_gap = false;
    }

    fn cell_boundary(&mut self) {
        self.cell_gap = true;
    }

    fn finish(mut self) -> String {
        self.line_break();
        self.out
    }
}

/// Bytes of the front matter at the very top of a Markdown file, 0 when there is none:
/// a line `---` (YAML) or `+++` (TOML), at least one non-blank line, and a closing line of
/// the same three characters (YAML also `...`); spaces and tabs may end the delimiter
/// lines. As pulldown-cmark's metadata blocks, except that those are also recognised in
/// the middle of a document (where `---` is a rule or a heading underline).
fn front_matter_len(src: &str) -> usize {
    let delim = match src.get(..3) {
        Some(d @ ("---" | "+++")) => d,
        _ => return 0,
    };
    let bare = |line: &str| line.trim_end_matches([' ', '\t', '\r', '\n']).len();
    let mut len = 0;
    for (i, line) in src.split_inclusive('\n').enumerate() {
        len += line.len();
        let content = &line[..bare(line)];
        let closes = content == delim || (delim == "---" && content == "...");
        match i {
            0 if content != delim => return 0,
            0 => {}
            1 if closes || content.trim_matches(is_blank).is_empty() => return 0,
            _ if closes => return len,
            _ => {}
        }
    }
    0
}

/// `<br>`, `<br/>`, `<BR />`: inline HTML that breaks the line.
fn is_br_tag(tag: &str) -> bool {
    let b = tag.as_bytes();
    b.len() >= 4
        && b[..3].eq_ignore_ascii_case(b"<br")
        && !b[3].is_ascii_alphanumeric()
        && b[3] != b'-'
}

/// Columns of a line's leading container prefix (spaces, tabs, `>`, list markers) within
/// which Markdown may open block quotes and list items; see [`limit_md_nesting`].
const MAX_MD_PREFIX: usize = 64;

/// pulldown-cmark checks every open container on every line, so nesting depth times line
/// count is its cost: 100,000 nested `- ` on one line and 100,000 lines after it take
/// ~45 s. Real releases nest a few levels. The depth can only grow by container markers
/// (`>`, `-`/`+`/`*` or `1.`/`1)` before a blank) in a line's leading prefix, and each
/// container a line continues takes at least one column of that prefix; so markers that
/// start at column [`MAX_MD_PREFIX`] or later are cut out (their content stays, less
/// deeply nested), like [`flatten_deep_blocks`] for HTML. Returns `None` when nothing
/// needs changing.
fn limit_md_nesting(src: &str) -> Option<String> {
    let bytes = src.as_bytes();
    // Byte ranges of markers to cut.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut line_start = 0;
    while line_start < bytes.len() {
        let line_end = bytes[line_start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| line_start + p);
        let line = &bytes[line_start..line_end];
        let blank_at = |i: usize| matches!(line.get(i), None | Some(b' ' | b'\t' | b'\r'));
        let (mut i, mut col) = (0, 0);
        let mut cut_from = None;
        while i < line.len() {
            let marker_len = match line[i] {
                b' ' => {
                    (i, col) = (i + 1, col + 1);
                    continue;
                }
                b'\t' => {
                    (i, col) = (i + 1, (col / 4 + 1) * 4);
                    continue;
                }
                b'>' => 1,
                b'-' | b'+' | b'*' if blank_at(i + 1) => 1,
                b'0'..=b'9' => {
                    let digits = line[i..].iter().take_while(|b| b.is_ascii_digit()).count();
                    let delim = line
                        .get(i + digits)
                        .is_some_and(|&b| b == b'.' || b == b')');
                    if digits <= 9 && delim && blank_at(i + digits + 1) {
                        digits + 1
                    } else {
                        break;
                    }
                }
                _ => break,
            };
            if col >= MAX_MD_PREFIX && cut_from.is_none() {
                cut_from = Some(i);
            }
            (i, col) = (i + marker_len, col + marker_len);
        }
        if let Some(from) = cut_from {
            cuts.push((line_start + from, line_start + i));
        }
        line_start = line_end + 1;
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(src.len());
    let mut copied = 0;
    for (from, to) in cuts {
        out.push_str(&src[copied..from]);
        copied = to;
    }
    out.push_str(&src[copied..]);
    Some(out)
}

/// An HTML block that is only tags (`<div>`, `</p>`, `<!---->`) and whitespace renders to
/// nothing; spares html5ever a parse. Conservative: anything else (text, entities,
/// comments with `>` inside) is parsed.
fn html_is_only_tags(src: &str) -> bool {
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'<'
            && bytes
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, b'/' | b'!' | b'?'))
        {
            match bytes[i..].iter().position(|&c| c == b'>') {
                Some(p) => i += p + 1,
                None => return true,
            }
        } else if b.is_ascii_whitespace() {
            i += 1;
        } else {
            return false;
        }
    }
    true
}

/// Renders a run of HTML blocks (consecutive ones parsed together) onto its own lines.
fn flush_html(pending: &mut Option<String>, sink: &mut MdText) {
    if let Some(src) = pending.take() {
        if !html_is_only_tags(&src) {
            sink.push_str(&html_block_to_text(&src));
        }
        sink.line_break();
    }
}

/// Markdown source -> (plain text, first level-1 heading). See the module docs.
fn markdown_to_text(src: &str) -> (String, Option<String>) {
    let body = &src[front_matter_len(src)..];
    let limited = limit_md_nesting(body);
    let body = limited.as_deref().unwrap_or(body);
    let mut sink = MdText::default();
    let mut title: Option<String> = None;
    let mut in_title = false;
    // Source of the current run of HTML blocks, rendered by the HTML path when the run ends.
    let mut html: Option<String> = None;
    let options = MdOptions::ENABLE_TABLES | MdOptions::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(body, options) {
        match &event {
            Event::Start(Tag::HtmlBlock) => {
                match html.as_mut() {
                    // Blocks separated by blank lines only: one HTML fragment.
                    Some(run) => run.push('\n'),
                    None => {
                        sink.line_break();
                        html = Some(String::new());
                    }
                }
                continue;
            }
            Event::Html(h) => {
                // Only emitted inside an HTML block; outside one it starts its own run.
                if html.is_none() {
                    sink.line_break();
                }
                html.get_or_insert_with(String::new).push_str(h);
                continue;
            }
            Event::End(TagEnd::HtmlBlock) => continue,
            _ => flush_html(&mut html, &mut sink),
        }
        match event {
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                sink.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak | Event::Rule => sink.line_break(),
            Event::Html(_) => {}
            Event::InlineHtml(h) => {
                if is_br_tag(&h) {
                    sink.line_break();
                }
            }
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    sink.line_break();
                    in_title = level == HeadingLevel::H1 && title.is_none();
                }
                Tag::TableCell => sink.cell_boundary(),
                Tag::Paragraph
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::List(_)
                | Tag::Item
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::MetadataBlock(_) => sink.line_break(),
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. } => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) => {
                    if in_title {
                        in_title = false;
                        let words: Vec<&str> = sink.line.split_whitespace().collect();
                        if !words.is_empty() {
                            title = Some(words.join(" "));
                        }
                    }
                    sink.line_break();
                }
                TagEnd::TableCell => sink.cell_boundary(),
                TagEnd::Paragraph
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionList
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::MetadataBlock(_) => sink.line_break(),
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::Link
                | TagEnd::Image => {}
            },
        }
    }
    flush_html(&mut html, &mut sink);
    (sink.finish(), title)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWS: &str = "左权县石灰岩资源储量达890亿吨，年产60万吨纳米级碳酸钙。";
    const NEWS_TRAD: &str = "左權縣石灰岩資源儲量達890億噸，年產60萬噸納米級碳酸鈣。";

    fn enc(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        let (bytes, used, unmappable) = encoding.encode(text);
        assert_eq!(used, encoding, "encode fell back to another encoding");
        assert!(!unmappable, "text not representable in {}", encoding.name());
        bytes.into_owned()
    }

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let units = if bom {
            Some(0xFEFF)
                .into_iter()
                .chain(text.encode_utf16())
                .collect::<Vec<u16>>()
        } else {
            text.encode_utf16().collect()
        };
        for u in units {
            out.extend_from_slice(&if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            });
        }
        out
    }

    fn ok(bytes: &[u8], ext: Option<&str>) -> Decoded {
        decode(bytes, ext, None).unwrap_or_else(|e| panic!("decode failed: {e}"))
    }

    fn html(src: &str) -> Decoded {
        ok(src.as_bytes(), Some("html"))
    }

    struct XorShift(u64);

    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    #[test]
    fn utf8_plain() {
        let d = ok(NEWS.as_bytes(), Some("txt"));
        assert_eq!(d.text, NEWS);
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.format, Format::Text);
        assert_eq!(d.title, None);
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(NEWS.as_bytes());
        let d = ok(&bytes, None);
        assert_eq!(d.text, NEWS);
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn text_is_kept_as_written() {
        let text = "\u{3000}\u{3000}左權縣　储量达８９０亿吨。\r\n第二段。\r\n\r\n\tＡＢＣ\u{feff}";
        let d = ok(text.as_bytes(), Some("txt"));
        assert_eq!(d.text, text);
    }

    #[test]
    fn gb18030_news() {
        let text = format!("{NEWS}\r\n{NEWS}\r\n{NEWS}\r\n");
        let d = ok(&enc(&text, GB18030), Some("txt"));
        assert_eq!(d.encoding, "GB18030");
        assert_eq!(d.text, text);
    }

    #[test]
    fn gb18030_single_sentence() {
        let d = ok(&enc(NEWS, GB18030), None);
        assert_eq!(d.encoding, "GB18030");
        assert_eq!(d.text, NEWS);
    }

    #[test]
    fn gb18030_detection_lengths() {
        // Every prefix of the sample sentence, down to a single character, comes out right
        // (chardetng alone needs 2 characters; the GB18030 prior covers the first one).
        let chars: Vec<char> = NEWS.chars().collect();
        for n in 1..=chars.len() {
            let prefix: String = chars[..n].iter().collect();
            let d = ok(&enc(&prefix, GB18030), None);
            assert_eq!(
                (d.encoding, d.text.as_str()),
                ("GB18030", prefix.as_str()),
                "prefix of {n} chars"
            );
        }
        for short in [
            "2023年",
            "附件：",
            "关于印发的通知",
            "同比增长3.5%",
            "（一）",
            "亿元",
        ] {
            let d = ok(&enc(short, GB18030), None);
            assert_eq!((d.encoding, d.text.as_str()), ("GB18030", short));
        }
        // Four GB18030 bytes that happen to be valid UTF-8 are read as UTF-8.
        assert_eq!(ok(&enc("通知", GB18030), None).encoding, "UTF-8");
    }

    #[test]
    fn gb18030_four_byte_sequences() {
        // Characters outside GBK need GB18030's four-byte form.
        let text = format!("{NEWS}€𠀀 ㉿ 中文");
        let d = ok(&enc(&text, GB18030), None);
        assert_eq!(d.encoding, "GB18030");
        assert_eq!(d.text, text);
    }

    #[test]
    fn big5_traditional() {
        let text = format!("{NEWS_TRAD}\n左權縣石灰岩資源儲量達890億噸。\n");
        let d = ok(&enc(&text, BIG5), Some("txt"));
        assert_eq!(d.encoding, "Big5");
        assert_eq!(d.text, text);
    }

    #[test]
    fn stray_bad_byte_is_tolerated() {
        // chardetng rules GBK out on the bad byte; the GB18030 prior brings it back.
        let mut bytes = enc(NEWS, GB18030);
        bytes.push(0xFF);
        bytes.extend(enc(&NEWS.repeat(4), GB18030));
        let d = ok(&bytes, None);
        assert_eq!(d.encoding, "GB18030");
        assert_eq!(d.text, format!("{NEWS}\u{fffd}{}", NEWS.repeat(4)));
        // A bad byte inside a character costs two characters, still tolerated.
        let mut bytes = enc(&NEWS.repeat(5), GB18030);
        bytes.insert(1, 0xFF);
        let d = ok(&bytes, None);
        assert_eq!(d.encoding, "GB18030");
        assert!((1..=2).contains(&d.text.chars().filter(|&c| c == '\u{fffd}').count()));
    }

    #[test]
    fn utf16_with_bom() {
        for be in [false, true] {
            let d = ok(&utf16(&format!("{NEWS}\r\n"), be, true), None);
            assert_eq!(d.text, format!("{NEWS}\r\n"));
            assert_eq!(d.encoding, if be { "UTF-16BE" } else { "UTF-16LE" });
        }
    }

    #[test]
    fn utf16_without_bom() {
        for be in [false, true] {
            let text = format!("{NEWS}\n{NEWS_TRAD}\n");
            let d = ok(&utf16(&text, be, false), Some("txt"));
            assert_eq!(d.text, text);
            assert_eq!(d.encoding, if be { "UTF-16BE" } else { "UTF-16LE" });
            let ascii = "Press release 2024: output 60,000 t.\n";
            let d = ok(&utf16(ascii, be, false), None);
            assert_eq!(
                (d.text.as_str(), d.encoding),
                (ascii, if be { "UTF-16BE" } else { "UTF-16LE" })
            );
        }
    }

    #[test]
    fn utf16_pure_cjk_without_bom_or_nul() {
        let text =
            "左权县石灰岩资源储量达八百九十亿吨，年产六十万吨纳米级碳酸钙。全县经济持续向好。";
        for be in [false, true] {
            let bytes = utf16(text, be, false);
            assert!(!bytes.contains(&0));
            let d = ok(&bytes, None);
            assert_eq!(d.text, text);
            assert_eq!(d.encoding, if be { "UTF-16BE" } else { "UTF-16LE" });
        }
    }

    #[test]
    fn utf16_html_without_bom() {
        let src = "<html><head><title>公告</title></head><body><p>储量达890亿吨</p></body></html>";
        let d = ok(&utf16(src, false, false), Some("htm"));
        assert_eq!(d.encoding, "UTF-16LE");
        assert_eq!(d.format, Format::Html);
        assert_eq!(d.text, "储量达890亿吨");
        assert_eq!(d.title.as_deref(), Some("公告"));
    }

    #[test]
    fn forced_encoding() {
        // Forced GBK decodes as GB18030 and is recorded as such.
        let bytes = enc("通知", GB18030);
        let d = decode(&bytes, None, Some(GBK)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("通知", "GB18030"));
        // Big5 bytes of two characters: forcing Big5 wins over detection.
        let bytes = enc("億噸", BIG5);
        let d = decode(&bytes, None, Some(BIG5)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("億噸", "Big5"));
        // A forced encoding still strips a BOM.
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(NEWS.as_bytes());
        let d = decode(&bytes, None, Some(UTF_8)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (NEWS, "UTF-8"));
        let d = decode(&utf16(NEWS, true, true), None, Some(UTF_16BE)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (NEWS, "UTF-16BE"));
        // Forcing overrides a BOM.
        let d = decode(&utf16("AB", false, true), None, Some(UTF_16BE)).unwrap();
        assert_eq!(d.text, "\u{4100}\u{4200}");
    }

    #[test]
    fn forced_wrong_encoding_is_undecodable() {
        let mut bytes = b"header line\n".to_vec();
        bytes.extend(enc(&NEWS.repeat(3), GB18030));
        let err = decode(&bytes, None, Some(UTF_8)).unwrap_err();
        assert_eq!(
            err,
            DecodeError::Undecodable(
                "invalid UTF-8 byte sequences at byte 12 (93 of 144 characters replaced)".into()
            )
        );
        let msg = err.to_string();
        assert!(
            msg.starts_with("undecodable bytes: invalid UTF-8 byte sequences at byte 12"),
            "{msg}"
        );
        // The offset counts the BOM.
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(&bytes);
        match decode(&with_bom, None, Some(UTF_8)) {
            Err(DecodeError::Undecodable(m)) => assert!(
                m.starts_with("invalid UTF-8 byte sequences at byte 15 "),
                "{m}"
            ),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn detected_encoding_with_many_errors_is_undecodable() {
        // chardetng sees the first 1 MiB only; the damage starts after it.
        let mut bytes = enc(&NEWS.repeat(1024 * 1024 / 56 + 10), GB18030);
        let damage_at = bytes.len();
        for _ in 0..20_000 {
            bytes.extend_from_slice(&[0xFF, b' ']);
        }
        let want = format!("invalid GB18030 byte sequences at byte {damage_at} ");
        match decode(&bytes, None, None) {
            Err(DecodeError::Undecodable(m)) => assert!(m.starts_with(&want), "{m}"),
            other => panic!("{:?}", other.map(|d| d.encoding)),
        }
    }

    #[test]
    fn truncated_gb18030_is_still_gb18030() {
        let text = NEWS.repeat(3);
        let bytes = enc(&text, GB18030);
        let d = ok(&bytes[..bytes.len() - 1], None);
        assert_eq!(d.encoding, "GB18030");
        assert_eq!(
            d.text,
            format!("{}\u{fffd}", &text[..text.len() - "。".len()])
        );
    }

    #[test]
    fn latin1_is_not_taken_for_gb18030() {
        let text = "Le ministère a publié le rapport annuel. Café, été, señor, naïve.";
        let d = ok(&enc(text, encoding_rs::WINDOWS_1252), None);
        assert_eq!((d.encoding, d.text.as_str()), ("windows-1252", text));
    }

    #[test]
    fn binary_png() {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0".to_vec();
        bytes.extend([0u8; 300]);
        bytes.extend((0..2000u32).map(|i| (i * 7919 % 251) as u8));
        assert_eq!(
            decode(&bytes, Some("txt"), None).unwrap_err(),
            DecodeError::Binary
        );
        assert_eq!(
            decode(&bytes, Some("html"), None).unwrap_err(),
            DecodeError::Binary
        );
        assert_eq!(
            decode(&bytes, None, Some(GB18030)).unwrap_err(),
            DecodeError::Binary
        );
    }

    #[test]
    fn binary_nul_in_text() {
        let mut bytes = NEWS.repeat(100).into_bytes();
        let mid = bytes.len() / 2;
        bytes[mid] = 0;
        assert_eq!(decode(&bytes, None, None).unwrap_err(), DecodeError::Binary);
        // NUL padding at both parities is not UTF-16.
        let mut padded = b"Hello world, this is text.".to_vec();
        padded.extend([0u8; 64]);
        assert_eq!(
            decode(&padded, None, None).unwrap_err(),
            DecodeError::Binary
        );
    }

    #[test]
    fn binary_control_bytes() {
        let bytes: Vec<u8> = (0..4000u32)
            .map(|i| {
                if i % 7 == 0 {
                    0x01 + (i % 30) as u8
                } else {
                    b'a' + (i % 26) as u8
                }
            })
            .collect();
        assert_eq!(decode(&bytes, None, None).unwrap_err(), DecodeError::Binary);
        // A stray form feed, tab and escape are fine in text.
        let text = format!("第一页\x0c第二页\t{NEWS}\x1b");
        assert_eq!(ok(text.as_bytes(), None).text, text);
    }

    #[test]
    fn empty_and_whitespace() {
        assert_eq!(decode(b"", None, None).unwrap_err(), DecodeError::Empty);
        assert_eq!(
            decode(b"  \r\n\t\n", None, None).unwrap_err(),
            DecodeError::Empty
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBF", None, None).unwrap_err(),
            DecodeError::Empty
        );
        assert_eq!(
            decode("\u{feff}\u{3000} \n".as_bytes(), None, None).unwrap_err(),
            DecodeError::Empty
        );
        assert_eq!(
            decode(&utf16(" \r\n", false, true), None, None).unwrap_err(),
            DecodeError::Empty
        );
        assert_eq!(
            decode(b"\xFF\xFE", None, None).unwrap_err(),
            DecodeError::Empty
        );
        assert_eq!(
            decode(b"\n", Some("html"), None).unwrap_err(),
            DecodeError::Empty
        );
        let only_chrome = "<html><head><title>标题</title><script>var a=1;</script></head><body> <nav>首页</nav> </body></html>";
        assert_eq!(
            decode(only_chrome.as_bytes(), Some("html"), None).unwrap_err(),
            DecodeError::Empty
        );
    }

    #[test]
    fn display_messages() {
        assert_eq!(DecodeError::Empty.to_string(), "empty file");
        assert_eq!(DecodeError::Binary.to_string(), "binary file");
        assert_eq!(
            DecodeError::Undecodable("x at byte 3".into()).to_string(),
            "undecodable bytes: x at byte 3"
        );
    }

    #[test]
    fn labels() {
        for (label, want) in [
            ("gbk", GBK),
            ("GB2312", GBK),
            ("gb18030", GB18030),
            ("Big5", BIG5),
            ("utf-8", UTF_8),
            ("UTF8", UTF_8),
            ("utf_8", UTF_8),
            ("UTF-16LE", UTF_16LE),
            ("utf-16be", UTF_16BE),
            ("utf16le", UTF_16LE),
            (" utf-16 ", UTF_16LE),
        ] {
            assert_eq!(encoding_by_label(label), Some(want), "{label}");
        }
        assert_eq!(encoding_by_label("klingon"), None);
        assert_eq!(encoding_by_label(""), None);
        assert_eq!(encoding_by_label("iso-2022-kr"), None);
    }

    #[test]
    fn format_from_extension_and_content() {
        assert_eq!(ok(b"# Title\n\ntext", Some("md")).format, Format::Markdown);
        assert_eq!(ok(b"# Title", Some("markdown")).format, Format::Markdown);
        assert_eq!(ok(b"plain <b>text</b>", Some("txt")).format, Format::Text);
        assert_eq!(
            ok(b"plain <b>text</b>", Some("txt")).text,
            "plain <b>text</b>"
        );
        assert_eq!(ok(b"<p>x</p>", Some("HTM")).format, Format::Html);
        assert_eq!(ok(b"x", None).format, Format::Text);
        assert_eq!(Format::Html.name(), "html");
        assert_eq!(Format::Markdown.name(), "markdown");
        assert_eq!(Format::Text.name(), "text");
        // Markdown that starts with <html> stays markdown (the extension decides); the HTML
        // block in it is rendered by the HTML path.
        let d = ok(b"<html>x</html>", Some("md"));
        assert_eq!((d.format, d.text.as_str()), (Format::Markdown, "x"));
        assert_eq!(ok(b"**x**", Some("MD")).text, "x");
        assert_eq!(ok(b"**x**", Some("txt")).text, "**x**");
    }

    #[test]
    fn html_sniffed_from_txt() {
        let src = "\u{feff}\r\n  <!DOCTYPE html>\n<HTML><head><title> 左权县 公告 </title></head>\n<body><p>储量达890亿吨。</p></body></HTML>";
        let d = ok(src.as_bytes(), Some("txt"));
        assert_eq!(d.format, Format::Html);
        assert_eq!(d.text, "储量达890亿吨。");
        assert_eq!(d.title.as_deref(), Some("左权县 公告"));
        let d = ok(b"<html lang=\"zh\"><p>A</p><p>B</p>", None);
        assert_eq!((d.format, d.text.as_str()), (Format::Html, "A\nB"));
        // Not clearly HTML: stays text.
        let d = ok(b"<p>A</p>", Some("txt"));
        assert_eq!((d.format, d.text.as_str()), (Format::Text, "<p>A</p>"));
    }

    #[test]
    fn html_news_page() {
        let src = r#"<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <title>左权县：石灰岩资源储量达890亿吨 &amp; 更多</title>
  <style>p { color: red; }</style>
  <script>var x = "<p>不要</p>";</script>
</head>
<body class="has-sidebar">
  <header><a href="/">首页</a> | <a href="/news">新闻</a></header>
  <nav><ul><li>导航一</li><li>导航二</li></ul></nav>
  <div id="breadcrumb">当前位置：首页 &gt; 新闻</div>
  <div class="main-Menu">菜单</div>
  <article>
    <header><h1>左权县石灰岩资源储量达890亿吨</h1></header>
    <p>&nbsp;&nbsp;&nbsp;&nbsp;左权县石灰岩资源储量达<b>890</b>亿吨，
       年产60万吨纳米级碳酸钙&amp;重钙。</p>
    <p>总投资12.5&#x4E07;元&#20803;　合计。<br>第二行<br/><br>第三行</p>
    <ul><li>产值：<span>3.2</span>亿元</li><li>税收：1.1亿元</li></ul>
    <table><tr><td>项目</td><td>金额</td></tr><tr><th>合计</th><td>100万元</td></tr></table>
    <noscript>请开启JavaScript</noscript>
    <template><p>模板</p></template>
    <div class="share-bar">分享到：微信</div>
    <iframe src="x">框架</iframe>
    <svg><title>图标</title><text>SVG文字</text></svg>
    <p style="display: none">隐藏</p>
    <p hidden>也隐藏</p>
    <!-- 注释 -->
  </article>
  <aside>相关新闻</aside>
  <div class="copyright">版权所有</div>
  <footer>联系我们</footer>
  <script>document.write("脚本")</script>
</body>
</html>"#;
        let d = html(src);
        assert_eq!(d.format, Format::Html);
        assert_eq!(
            d.title.as_deref(),
            Some("左权县：石灰岩资源储量达890亿吨 & 更多")
        );
        assert_eq!(
            d.text,
            "左权县石灰岩资源储量达890亿吨\n\
             左权县石灰岩资源储量达890亿吨，年产60万吨纳米级碳酸钙&重钙。\n\
             总投资12.5万元元 合计。\n\
             第二行\n\
             第三行\n\
             产值：3.2亿元\n\
             税收：1.1亿元\n\
             项目 金额\n\
             合计 100万元"
        );
    }

    #[test]
    fn html_inline_and_whitespace() {
        let d = html("<p>储量达 <b>890</b>\n 亿吨，<i>年产</i><em>60</em>万吨</p><div>  a \t b  </div><p>石灰岩\n资源</p>");
        assert_eq!(d.text, "储量达 890 亿吨，年产60万吨\na b\n石灰岩资源");
        assert_eq!(d.title, None);
    }

    #[test]
    fn html_pre_keeps_lines() {
        let d = html("<pre>第一行  有  空格\n第二行\n\n第三行</pre><p>后</p>");
        assert_eq!(d.text, "第一行 有 空格\n第二行\n第三行\n后");
    }

    #[test]
    fn html_chrome_class_fallback() {
        // Everything sits inside an element whose class says "nav": the id/class rule would
        // leave nothing, so it is not applied.
        let d = html("<div class=\"navbar-page\"><p>储量达890亿吨</p></div>");
        assert_eq!(d.text, "储量达890亿吨");
        let d = html("<div class=\"navbar\">首页</div><div id=\"Content\"><p>储量达890亿吨</p></div><div id=\"FOOTER\">版权</div>");
        assert_eq!(d.text, "储量达890亿吨");
    }

    #[test]
    fn html_malformed() {
        let d = html("<html><body><div><p>左权县储量达890亿吨<p>年产60万吨<b>纳米级 < 碳酸钙<div>尾部 &amp 3 &lt; 5 &unknown; </span></td>结束");
        assert_eq!(
            d.text,
            "左权县储量达890亿吨\n年产60万吨纳米级 < 碳酸钙\n尾部 & 3 < 5 &unknown; 结束"
        );
        let d = html("<p>未闭合 <script>丢弃");
        assert_eq!(d.text, "未闭合");
        let d = html("<<<>>> </p></p> 文本 <a href='x");
        assert_eq!(d.text, "<<<>>>\n文本"); // "</p>" without <p> makes an empty paragraph
        let d = ok(b"<html><title>only title</title>text", Some("txt"));
        assert_eq!(
            (d.title.as_deref(), d.text.as_str()),
            (Some("only title"), "text")
        );
        // No visible text at all: empty.
        assert_eq!(
            decode(b"<html><title>only title", Some("txt"), None).unwrap_err(),
            DecodeError::Empty
        );
    }

    #[test]
    fn html_deeply_nested() {
        let handle = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(|| {
                let n = 100_000;
                let mut src = "<div>".repeat(n);
                src.push_str("数据");
                src.push_str(&"</div>".repeat(n));
                let start = std::time::Instant::now();
                let d = decode(src.as_bytes(), Some("html"), None).unwrap();
                assert_eq!(d.text, "数据");
                // Without the flattening html5ever needs ~30 s here.
                assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
                let mut inline = "<span><b>".repeat(n / 2);
                inline.push_str("深层");
                let d = decode(inline.as_bytes(), Some("html"), None).unwrap();
                assert_eq!(d.text, "深层");
            })
            .unwrap();
        handle
            .join()
            .expect("deep nesting must not overflow a 2 MB stack");
    }

    #[test]
    fn deep_block_nesting_is_flattened() {
        assert_eq!(
            flatten_deep_blocks("<div><p>a</p></div><!-- <div> -->"),
            None
        );
        let n = 2000;
        let src = format!(
            "<html><body>{}<div>甲</div><DIV class=x>乙</DIV><span>丙</span>{}<p>丁</p>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let flat = flatten_deep_blocks(&src).unwrap();
        assert_eq!(flat.matches("<div>").count(), MAX_BLOCK_DEPTH);
        assert_eq!(html(&src).text, "甲\n乙\n丙\n丁");
        // Unclosed containers on a sloppy page still give all the text.
        let sloppy = format!("<html><body>{}", "<div>段落".repeat(1000));
        assert_eq!(html(&sloppy).text, vec!["段落"; 1000].join("\n"));
    }

    fn md(src: &str) -> Decoded {
        let d = ok(src.as_bytes(), Some("md"));
        assert_eq!(d.format, Format::Markdown);
        d
    }

    #[test]
    fn markdown_emphasis_markers_disappear() {
        let d = md(
            "全县共**126个**项目，*重点*推进：__3个__，_两条_。~~旧数据~~新数据，***10亿元***。",
        );
        assert_eq!(
            d.text,
            "全县共126个项目，重点推进：3个，两条。旧数据新数据，10亿元。"
        );
        assert_eq!(d.title, None);
        // Intraword single tildes and underscores are not markup: ranges and names survive.
        let d = md("投资10~20万元至30~40万元，文件a_b_c，转义\\*号\\*，A&amp;B。");
        assert_eq!(
            d.text,
            "投资10~20万元至30~40万元，文件a_b_c，转义*号*，A&B。"
        );
    }

    #[test]
    fn markdown_headings_are_lines_and_the_first_h1_is_the_title() {
        let d = md("## 会议概况\n# 左权县  新闻发布会\n正文第一段。\n\n# 第二个一级标题\n###### 小节 ######\n结尾");
        assert_eq!(
            d.text,
            "会议概况\n左权县  新闻发布会\n正文第一段。\n第二个一级标题\n小节\n结尾"
        );
        assert_eq!(d.title.as_deref(), Some("左权县 新闻发布会"));
        // Setext headings too; a level-2 heading is not a title.
        let d = md("县能源局发布会\n==========\n\n内容\n---\n末尾");
        assert_eq!(d.text, "县能源局发布会\n内容\n末尾");
        assert_eq!(d.title.as_deref(), Some("县能源局发布会"));
        let d = md("## 只有二级\n内容");
        assert_eq!((d.text.as_str(), d.title), ("只有二级\n内容", None));
        // An empty level-1 heading gives no title; the next one does.
        assert_eq!(md("#\n\n# 标题\n文").title.as_deref(), Some("标题"));
    }

    #[test]
    fn markdown_tables_are_rows_of_cells_separated_by_a_space() {
        let d = md("表1：\n\n| 类别 | 数量 | 金额 |\n|:---|---:|:-:|\n| 产业项目 | 58个 | 98.2亿元 |\n| **民生**项目 |  | 3亿元 |\n|合计|\\||101.2亿元|\n\n说明");
        assert_eq!(
            d.text,
            "表1：\n类别 数量 金额\n产业项目 58个 98.2亿元\n民生项目 3亿元\n合计 | 101.2亿元\n说明"
        );
        // Pipes without a delimiter row are text.
        assert_eq!(md("甲 | 乙\n丙").text, "甲 | 乙\n丙");
    }

    #[test]
    fn markdown_links_keep_their_text_and_images_their_alt_text() {
        let d = md("详见[《通知》](http://example.com/a?b=1 \"标题\")，![示意图 2026年](img/a.png \"t\")，<http://x.cn/1>。\n\n见[文件][ref]和[ref]。\n\n[ref]: http://example.com/ref\n");
        assert_eq!(
            d.text,
            "详见《通知》，示意图 2026年，http://x.cn/1。\n见文件和ref。"
        );
        assert!(!d.text.contains("example.com"), "{}", d.text);
        // A link around an image keeps the alt text.
        assert_eq!(md("[![图 3个](a.png)](b.html)").text, "图 3个");
    }

    #[test]
    fn markdown_block_quotes_and_lists_are_lines() {
        let d = md("> 引用一，12个\n> 引用二\n>> 嵌套引用\n\n> 另一段\n");
        assert_eq!(d.text, "引用一，12个\n引用二\n嵌套引用\n另一段");
        let d = md("- 甲：1个\n- 乙：2个\n  1. 子项3个\n  2. 子项4个\n* 丙\n\n+ 丁\n\n  丁的第二段\n\n10. 第十项\n11) 第十一项");
        assert_eq!(
            d.text,
            "甲：1个\n乙：2个\n子项3个\n子项4个\n丙\n丁\n丁的第二段\n第十项\n第十一项"
        );
    }

    #[test]
    fn markdown_code_is_kept_as_lines() {
        let d = md("行内`代码 1`与``两个`反引号``。\n\n```text\n第一行  12个\n\n    缩进行\n```\n\n    缩进代码 5个\n    第二行\n\n~~~\n波浪线围栏\n~~~\n");
        assert_eq!(
            d.text,
            "行内代码 1与两个`反引号。\n第一行  12个\n    缩进行\n缩进代码 5个\n第二行\n波浪线围栏"
        );
        // An unclosed fence runs to the end.
        assert_eq!(md("前\n```\n未闭合 3个").text, "前\n未闭合 3个");
    }

    #[test]
    fn markdown_breaks_are_line_breaks() {
        assert_eq!(md("资源\n储量").text, "资源\n储量");
        assert_eq!(
            md("硬换行  \n第二行\\\n第三行").text,
            "硬换行\n第二行\n第三行"
        );
        assert_eq!(md("段一\r\n\r\n段二\r\n续").text, "段一\n段二\n续");
        assert_eq!(md("上\n\n***\n\n下").text, "上\n下");
        // Leading ideographic spaces are text, not indentation.
        assert_eq!(
            md("\u{3000}\u{3000}全县126个。\n\n\u{3000}\u{3000}第二段。").text,
            "\u{3000}\u{3000}全县126个。\n\u{3000}\u{3000}第二段。"
        );
    }

    #[test]
    fn markdown_html_goes_through_the_html_path() {
        let d = md("前言\n\n<table><tr><td>合计</td><td>100万元</td></tr>\n<tr><td>其中</td><td>20万元</td></tr></table>\n\n<!-- 注释 5个 -->\n\n<script>var a = '9个';</script>\n\n<div class=\"share\">分享 7个</div>\n\n正文<span style=\"color:red\">12</span>个<br>下一行<BR/>再下一行<!-- 行内注释 -->。");
        assert_eq!(
            d.text,
            "前言\n合计 100万元\n其中 20万元\n正文12个\n下一行\n再下一行。"
        );
        assert!(!d.text.contains('<'), "{}", d.text);
        // HTML blocks separated only by blank lines are one fragment.
        let d = md("<table>\n<tr><td>甲</td>\n\n<td>3个</td></tr>\n\n</table>\n\n后");
        assert_eq!(d.text, "甲 3个\n后");
        // Only HTML that renders to nothing: empty.
        assert_eq!(
            decode(b"<!-- x -->\n\n<script>a</script>\n", Some("md"), None).unwrap_err(),
            DecodeError::Empty
        );
    }

    #[test]
    fn markdown_front_matter_is_not_text() {
        let d = md("---\ntitle: 左权县新闻发布会\ndate: 2026-03-26\ncount: 99个\n---\n\n# 正文标题\n内容126个。\n");
        assert_eq!(d.text, "正文标题\n内容126个。");
        assert_eq!(d.title.as_deref(), Some("正文标题"));
        let d = md("+++\ntitle = \"标题\"\n+++\n内容");
        assert_eq!(d.text, "内容");
        // Only at the very top: later `---` lines are rules or setext underlines.
        let d = md("甲\n\n---\nkey: 值\n---\n乙");
        assert_eq!(d.text, "甲\nkey: 值\n乙");
        assert_eq!(
            decode(b"---\ntitle: x\n---\n", Some("md"), None).unwrap_err(),
            DecodeError::Empty
        );
        // With a BOM and in GB18030, front matter is still recognised.
        let src = "\u{feff}---\na: 1\n---\n全县**126个**。";
        assert_eq!(md(src).text, "全县126个。");
        let gb = enc(
            "---\na: 1\n---\n全县**126个**。左权县石灰岩资源储量达890亿吨。",
            GB18030,
        );
        let d = ok(&gb, Some("md"));
        assert_eq!(d.encoding, "GB18030");
        assert_eq!(d.text, "全县126个。左权县石灰岩资源储量达890亿吨。");
    }

    #[test]
    fn markdown_plain_release_is_unchanged() {
        // A release without markup renders to its lines, blank lines dropped.
        let src = format!("{NEWS}\n\n\n{NEWS}\n{NEWS_TRAD}\n");
        assert_eq!(md(&src).text, format!("{NEWS}\n{NEWS}\n{NEWS_TRAD}"));
    }

    #[test]
    fn markdown_deeply_nested_and_huge() {
        let handle = std::thread::Builder::new()
            .stack_size(2 * 1024 * 1024)
            .spawn(|| {
                let n = 100_000;
                let start = std::time::Instant::now();
                let quotes = format!("{}数据126个", "> ".repeat(n));
                assert_eq!(md(&quotes).text, "数据126个");
                let quotes = format!("{}数据", ">".repeat(n));
                assert_eq!(md(&quotes).text, "数据");
                let bullets = format!("{}数据", "- ".repeat(n));
                assert_eq!(md(&bullets).text, "数据");
                let ordered = format!("{}数据", "1. ".repeat(n));
                assert_eq!(md(&ordered).text, "数据");
                // Nesting by indentation grows the input quadratically.
                let indented: String = (0..2000)
                    .map(|i| format!("{}- 第{i}层\n", " ".repeat(2 * i)))
                    .collect();
                let want: Vec<String> = (0..2000).map(|i| format!("第{i}层")).collect();
                let got = md(&indented).text;
                // Deep items become code blocks once indented 4+ past their parent; either
                // way every level's text is there.
                for w in &want {
                    assert!(got.contains(w.as_str()), "{w}");
                }
                let stars = format!("{}强调{}", "*".repeat(n), "*".repeat(n));
                assert_eq!(md(&stars).text, "强调");
                let brackets = format!("{}链接{}", "[".repeat(n), "](x)".repeat(n));
                assert!(md(&brackets).text.contains("链接"));
                let tags = format!("{}深层", "<div>".repeat(n));
                assert_eq!(md(&tags).text, "深层");
                // Deep nesting followed by many lines: without the nesting bound each line
                // costs pulldown-cmark the whole depth (~45 s here).
                for opener in ["- ", "> ", "> - ", ">"] {
                    let lazy = format!("{}甲\n{}", opener.repeat(n), "乙\n".repeat(n));
                    assert_eq!(
                        md(&lazy).text,
                        format!("甲{}", "\n乙".repeat(n)),
                        "{opener}"
                    );
                }
                let quoted = format!("{}甲\n{}", ">".repeat(n), "> 乙\n".repeat(n));
                assert_eq!(md(&quoted).text, format!("甲{}", "\n乙".repeat(n)));
                let took = start.elapsed();
                assert!(took.as_secs() < 10, "took {took:?}");
            })
            .unwrap();
        handle
            .join()
            .expect("deep nesting must not overflow a 2 MB stack");
    }

    #[test]
    fn markdown_nesting_is_bounded() {
        assert_eq!(limit_md_nesting("- a\n  > b\n1. c\n"), None);
        let deep = format!("{}x", "> ".repeat(40));
        assert_eq!(
            limit_md_nesting(&deep),
            Some(format!("{}x", "> ".repeat(32)))
        );
        // Tabs count to the next multiple of 4 columns.
        let tabs = format!("{}- x\n", "\t".repeat(16));
        assert_eq!(
            limit_md_nesting(&tabs),
            Some(format!("{}x\n", "\t".repeat(16)))
        );
        // Only markers are cut: text that starts like one stays.
        let d = md(&format!("{}-5%与2026年，10.5亿元", "> ".repeat(40)));
        assert_eq!(d.text, "-5%与2026年，10.5亿元");
        let d = md(&format!(
            "{}12. 第十二项\n{}3) 第三项",
            "- ".repeat(40),
            "1. ".repeat(30)
        ));
        assert_eq!(d.text, "第十二项\n第三项");
        // A long rule is still a rule.
        let rule = format!("上\n\n{}\n\n下\n{}", "- ".repeat(40), "*".repeat(200));
        assert_eq!(md(&rule).text, "上\n下");
    }

    #[test]
    fn markdown_html_only_tags_shortcut() {
        for (src, only_tags) in [
            ("<div>\n</div>  <br/>", true),
            ("<!----> <?xml?> </p>", true),
            ("<div class=\"a\"", true),
            ("<p>x", false),
            ("&nbsp;", false),
            ("< b>", false),
            ("<!-- a > b -->", false),
            ("<script>a</script>", false),
        ] {
            assert_eq!(html_is_only_tags(src), only_tags, "{src}");
        }
    }

    #[test]
    fn large_markdown_is_fast() {
        let para = "左权县石灰岩资源储量达**890亿吨**，年产60万吨纳米级碳酸钙。\n\n| 项目 | 金额 |\n|---|---|\n| 甲 | 3亿元 |\n\n";
        let src = para.repeat(20 * 1024 * 1024 / para.len());
        let start = std::time::Instant::now();
        let d = md(&src);
        let took = start.elapsed();
        assert!(d.text.starts_with("左权县石灰岩资源储量达890亿吨，年产"));
        assert!(!d.text.contains("**") && !d.text.contains('|'));
        assert!(took.as_millis() < 5000, "took {took:?}");
    }

    #[test]
    fn never_panics_on_random_bytes() {
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let exts = [None, Some("txt"), Some("html"), Some("md")];
        let forced = [
            None,
            None,
            None,
            Some(GB18030),
            Some(UTF_16LE),
            Some(BIG5),
            Some(UTF_8),
        ];
        for i in 0..3000 {
            let len = (rng.next() % 300) as usize;
            let alphabet = rng.next() % 5;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    let r = rng.next();
                    match alphabet {
                        0 => r as u8,
                        1 => b"<>/ab p div&;#x\n\"="[(r % 18) as usize],
                        2 => {
                            [0x00, 0x41, 0x4E, 0xB0, 0xA1, 0xFE, 0xFF, 0x0A, 0x3C][(r % 9) as usize]
                        }
                        3 => b"*_~`[]()!<>#-+|=:.1 \t\n\\&"[(r % 24) as usize],
                        _ => 0x80 | (r as u8 & 0x7F),
                    }
                })
                .collect();
            let _ = decode(&bytes, exts[i % exts.len()], forced[i % forced.len()]);
        }
    }

    #[test]
    fn never_panics_on_truncations() {
        let text = format!("<html><title>标题</title><p>{NEWS}</p>\r\n{NEWS_TRAD}𠀀€</html>");
        let inputs = [
            enc(&text, GB18030),
            enc(&format!("{NEWS_TRAD}\n{NEWS_TRAD}"), BIG5),
            utf16(&text, false, true),
            utf16(&text, true, false),
            text.clone().into_bytes(),
        ];
        for bytes in &inputs {
            for cut in 0..=bytes.len() {
                for ext in [None, Some("html")] {
                    let _ = decode(&bytes[..cut], ext, None);
                    let _ = decode(&bytes[cut..], ext, None);
                }
            }
        }
    }

    #[test]
    fn large_single_line_utf8_is_fast() {
        let line = "左权县石灰岩资源储量达890亿吨，年产60万吨纳米级碳酸钙。abc "
            .repeat(50 * 1024 * 1024 / 90);
        let bytes = line.as_bytes();
        assert!(bytes.len() > 45 * 1024 * 1024);
        let start = std::time::Instant::now();
        let d = decode(bytes, Some("txt"), None).unwrap();
        let took = start.elapsed();
        assert_eq!(d.text.len(), bytes.len());
        assert!(took.as_millis() < 2000, "took {took:?}");
    }
}
