//! Stage 2: bytes -> text. OWNER: decode helper.

/// The format a release came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown (treated as text).
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
    /// The HTML <title>, when there is one.
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

/// Decodes one release. `ext` is the lowercase file extension when known ("txt", "html", ...);
/// `forced` forces an encoding (the `--encoding` option).
pub fn decode(
    bytes: &[u8],
    ext: Option<&str>,
    forced: Option<&'static encoding_rs::Encoding>,
) -> Result<Decoded, DecodeError> {
    let _ = forced;
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| DecodeError::Undecodable(e.to_string()))?
        .trim_start_matches('\u{feff}')
        .to_string();
    let format = match ext {
        Some("html") | Some("htm") => Format::Html,
        Some("md") => Format::Markdown,
        _ => Format::Text,
    };
    Ok(Decoded {
        text,
        encoding: "UTF-8",
        format,
        title: None,
    })
}

/// TEMPORARY placeholder until the decode stage lands.
pub fn encoding_by_label(label: &str) -> Option<&'static encoding_rs::Encoding> {
    encoding_rs::Encoding::for_label(label.as_bytes())
}
