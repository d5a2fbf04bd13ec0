//! Stage 2: bytes -> text. The only changes made to the text of a plain-text file
//! are the removal of a leading BOM and of inserted pinyin readings (產(chǎn)業 → 產業,
//! see [`crate::render::annotations`]); no CRLF, full-width or traditional-character
//! normalisation. Markdown and HTML are rendered to plain text by [`crate::render`]
//! (this module picks the format and dispatches), and their pinyin readings removed
//! the same way. Offsets downstream are code points of exactly this decoded text, the
//! rendered text for Markdown and HTML, not of the source file.
//!
//! Word (`.docx`) and PDF (`.pdf`, or any file starting with `%PDF-`) are containers,
//! not encoded text: they go to [`render::docx`] and [`render::pdf`] before any of the
//! steps below, and their `encoding` is recorded as `UTF-8` (the XML of a .docx) or
//! empty (a PDF's text comes from its fonts' maps); `--encoding` does not apply.
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

use std::borrow::Cow;
use std::fmt;

use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

use crate::render::{self, annotations, is_blank, TableRow};

/// The format a release came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown: rendered to plain text (markup, link targets and front matter dropped).
    Markdown,
    /// HTML: only the visible text is kept.
    Html,
    /// Word (.docx): body text and tables ([`render::docx`]).
    Docx,
    /// PDF: the text layer ([`render::pdf`]).
    Pdf,
}

impl Format {
    /// The name used in documents.csv.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
        }
    }
}

/// A decoded release.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text all offsets refer to (without inserted pinyin readings).
    pub text: String,
    /// Encoding name as recorded in documents.csv (e.g. "UTF-8", "GB18030", "Big5",
    /// "UTF-16LE"; "UTF-8" for docx, "" for pdf).
    pub encoding: &'static str,
    /// Source format.
    pub format: Format,
    /// The HTML `<title>`, the first level-1 heading of Markdown, a Word file's title or
    /// a PDF's `/Title`, when there is one.
    pub title: Option<String>,
    /// The table rows of HTML, Markdown, Word and PDF, in text order (none for plain text).
    pub tables: Vec<TableRow>,
}

impl Decoded {
    /// The table rows as rendered, for the formats that know them (HTML, Markdown); None
    /// for plain text, whose table rows can only be guessed from the lines (as can text
    /// tables in `<pre>` or code blocks).
    pub fn table_rows(&self) -> Option<&[TableRow]> {
        (self.format != Format::Text).then_some(self.tables.as_slice())
    }
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
    /// A Word or PDF file that cannot be read (truncated, not what its name says): the reason.
    Broken(String),
    /// A password-protected file.
    Encrypted,
    /// A PDF without a text layer (scanned).
    Scanned,
    /// A Word or PDF file over a limit (pages, decompressed size): the reason.
    Limit(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => f.write_str("empty file"),
            DecodeError::Binary => f.write_str("binary file"),
            DecodeError::Undecodable(reason) => write!(f, "undecodable bytes: {reason}"),
            DecodeError::Broken(reason) => write!(f, "broken file: {reason}"),
            DecodeError::Encrypted => f.write_str("encrypted"),
            DecodeError::Scanned => f.write_str("no text layer (scanned PDF)"),
            DecodeError::Limit(reason) => write!(f, "over a limit: {reason}"),
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
    let ext_is =
        |names: &[&str]| ext.is_some_and(|e| names.iter().any(|n| e.eq_ignore_ascii_case(n)));
    if ext_is(&["pdf"]) || is_pdf(bytes) {
        return decode_document(Format::Pdf, bytes);
    }
    if ext_is(&["docx"]) {
        return decode_document(Format::Docx, bytes);
    }
    let (text, encoding) = decode_bytes(bytes, forced)?;
    decode_text(text, encoding, ext)
}

/// [`decode`] taking the bytes: UTF-8 without a BOM (what [`decode`] would read as
/// UTF-8) becomes the text without a copy, so a large release is not held twice
/// (issue 16). Same result as [`decode`].
pub fn decode_owned(
    bytes: Vec<u8>,
    ext: Option<&str>,
    forced: Option<&'static Encoding>,
) -> Result<Decoded, DecodeError> {
    let document = ext
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf") || e.eq_ignore_ascii_case("docx"))
        || is_pdf(&bytes);
    let plain_utf8 = forced.is_none()
        && !document
        && !bytes.is_empty()
        && Encoding::for_bom(&bytes).is_none()
        && sniff_utf16_with_nuls(&bytes).is_none()
        && std::str::from_utf8(&bytes).is_ok();
    if !plain_utf8 {
        return decode(&bytes, ext, forced);
    }
    check_binary(&bytes)?;
    match String::from_utf8(bytes) {
        Ok(text) => decode_text(text, "UTF-8", ext),
        Err(e) => decode(e.as_bytes(), ext, forced),
    }
}

/// The decoded text of a release → [`Decoded`]: rendered by its format, pinyin
/// readings removed; Empty when nothing readable is left.
fn decode_text(
    text: String,
    encoding: &'static str,
    ext: Option<&str>,
) -> Result<Decoded, DecodeError> {
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

    let rendered = match format {
        Format::Text => {
            return Ok(Decoded {
                text: annotations::strip_text(text),
                encoding,
                format,
                title: None,
                tables: Vec::new(),
            })
        }
        Format::Markdown => render::markdown::render(&text),
        Format::Html | Format::Docx | Format::Pdf => render::html::render(&text),
    };
    decoded(rendered, encoding, format)
}

/// A PDF whatever its name: it starts with `%PDF-`.
fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// The encoding recorded for a Word file: its XML parts are UTF-8.
pub const DOCX_ENCODING: &str = "UTF-8";
/// The encoding recorded for a PDF: none (its text comes from the fonts' maps).
pub const PDF_ENCODING: &str = "";

/// Renders a Word or PDF file (the `--encoding` option does not apply to them).
fn decode_document(format: Format, bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let (rendered, encoding) = if format == Format::Pdf {
        let r = render::pdf::render(bytes).map_err(|e| match e {
            render::pdf::PdfError::Broken(why) => DecodeError::Broken(why),
            render::pdf::PdfError::Encrypted => DecodeError::Encrypted,
            render::pdf::PdfError::NoText => DecodeError::Scanned,
            render::pdf::PdfError::Limit(why) => DecodeError::Limit(why),
        })?;
        (r, PDF_ENCODING)
    } else {
        let r = render::docx::render(bytes).map_err(|e| match e {
            render::docx::DocxError::Broken(why) if why == "encrypted" => DecodeError::Encrypted,
            render::docx::DocxError::Broken(why) => DecodeError::Broken(why),
            render::docx::DocxError::Limit(why) => DecodeError::Limit(why),
        })?;
        (r, DOCX_ENCODING)
    };
    decoded(rendered, encoding, format)
}

/// A rendered release → [`Decoded`], pinyin readings removed; Empty when nothing
/// readable is left.
fn decoded(
    rendered: render::Rendered,
    encoding: &'static str,
    format: Format,
) -> Result<Decoded, DecodeError> {
    let rendered = annotations::strip_rendered(rendered);
    if rendered.text.chars().all(is_blank) {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded {
        text: rendered.text,
        encoding,
        format,
        title: rendered.title,
        tables: rendered.tables,
    })
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
    fn rendered_formats_through_decode() {
        let d = ok(b"<html><title>only title</title>text", Some("txt"));
        assert_eq!(
            (d.format, d.title.as_deref(), d.text.as_str()),
            (Format::Html, Some("only title"), "text")
        );
        // No visible text at all: empty.
        for (src, ext) in [
            (&b"<html><title>only title"[..], "txt"),
            (b"<!-- x -->\n\n<script>a</script>\n", "md"),
            (b"---\ntitle: x\n---\n", "md"),
        ] {
            assert_eq!(
                decode(src, Some(ext), None).unwrap_err(),
                DecodeError::Empty
            );
        }
        // With a BOM and in GB18030, Markdown front matter is still recognised.
        let d = ok(
            "\u{feff}---\na: 1\n---\n全县**126个**。".as_bytes(),
            Some("md"),
        );
        assert_eq!(
            (d.format, d.text.as_str()),
            (Format::Markdown, "全县126个。")
        );
        let gb = enc(
            "---\na: 1\n---\n全县**126个**。左权县石灰岩资源储量达890亿吨。",
            GB18030,
        );
        let d = ok(&gb, Some("md"));
        assert_eq!(d.encoding, "GB18030");
        assert_eq!(d.text, "全县126个。左权县石灰岩资源储量达890亿吨。");
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
    fn large_single_line_utf8_decodes_whole() {
        // Its speed is measured by examples/pathological.rs.
        let line = "左权县石灰岩资源储量达890亿吨，年产60万吨纳米级碳酸钙。abc "
            .repeat(50 * 1024 * 1024 / 90);
        let bytes = line.as_bytes();
        assert!(bytes.len() > 45 * 1024 * 1024);
        let d = decode(bytes, Some("txt"), None).unwrap();
        assert_eq!(d.text.len(), bytes.len());
    }

    #[test]
    fn owned_bytes_decode_like_borrowed_ones() {
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(NEWS.as_bytes());
        let (gb, _, _) = GB18030.encode(NEWS);
        let cases: Vec<(Vec<u8>, Option<&str>)> = vec![
            (NEWS.as_bytes().to_vec(), Some("txt")),
            (bom, None),
            (gb.into_owned(), None),
            (utf16(NEWS, false, false), None),
            (b"<html><title>t</title><p>x</p></html>".to_vec(), None),
            (b"a\0b".to_vec(), None),
            (Vec::new(), None),
        ];
        for (bytes, ext) in cases {
            let a = decode(&bytes, ext, None).map(|d| (d.text, d.encoding, d.title));
            let b = decode_owned(bytes, ext, None).map(|d| (d.text, d.encoding, d.title));
            assert_eq!(format!("{a:?}"), format!("{b:?}"));
        }
    }
}
