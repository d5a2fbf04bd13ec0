//! Word (.docx) -> text in reading order, with table rows as [`TableRow`]s.
//!
//! A .docx is a zip of WordprocessingML parts ([`zip`]); the body (`word/document.xml`)
//! is read with [`quick_xml`] as a stream of events. Paragraphs (`w:p`; headings and
//! list items are paragraphs too) become lines; runs' text (`w:t`) flows inline, `w:tab`
//! is a space, `w:br`/`w:cr` break the line. Deleted text of tracked changes
//! (`w:delText`), field codes (`w:instrText`) and the fallback copy of drawings
//! (`mc:Fallback`, which repeats the text boxes of `mc:Choice`) are left out; footnotes,
//! comments, headers and footers are separate parts and are not read. A table row
//! (`w:tr`) renders as one line, its cells (`w:tc`) separated by a space, several
//! paragraphs of a cell by a space too, and is recorded as a [`TableRow`] (a cell
//! spanning n grid columns, `w:gridSpan`, is followed by n - 1 empty cells, so the
//! columns stay aligned with the header; a nested table breaks its outer row, as in
//! HTML). Whitespace runs become one space, lines are trimmed, empty lines dropped.
//!
//! Title: `dc:title` of `docProps/core.xml`, else the first paragraph styled Title or
//! heading 1 (style names read from `word/styles.xml`, so localised style ids work).
//!
//! Limits: a part is read up to [`MAX_PART_BYTES`] uncompressed (a zip bomb stops
//! there: [`DocxError::Limit`]); a file that is not a zip, is truncated or has no
//! `word/document.xml` is [`DocxError::Broken`].

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{Pos, Rendered, RowBuilder, TableRow};

/// Largest uncompressed part read (document, styles, core properties), in bytes.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// Why a .docx could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// Not a readable Word file: the reason.
    Broken(String),
    /// Over a limit: the reason.
    Limit(String),
}

/// Renders a .docx file's bytes.
pub fn render(bytes: &[u8]) -> Result<Rendered, DocxError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| DocxError::Broken(format!("not a Word file (zip: {e})")))?;
    if zip.file_names().any(|n| n == "EncryptedPackage") {
        return Err(DocxError::Broken("encrypted".into()));
    }
    let body = read_part(&mut zip, "word/document.xml")?
        .ok_or_else(|| DocxError::Broken("no word/document.xml: not a Word file".into()))?;
    let headings = match read_part(&mut zip, "word/styles.xml")? {
        Some(styles) => heading_styles(&styles),
        None => Vec::new(),
    };
    let core_title = read_part(&mut zip, "docProps/core.xml")?.and_then(|c| core_title(&c));
    let (text, tables, first_heading) = body_text(&body, &headings)
        .map_err(|e| DocxError::Broken(format!("word/document.xml: {e}")))?;
    Ok(Rendered {
        text,
        title: core_title.or(first_heading),
        tables,
    })
}

/// A part's bytes, None when the zip has no such part.
fn read_part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<Vec<u8>>, DocxError> {
    let mut file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(DocxError::Broken(format!("{name}: {e}"))),
    };
    let over = || DocxError::Limit(format!("{name} over {MAX_PART_BYTES} bytes uncompressed"));
    if file.size() > MAX_PART_BYTES {
        return Err(over());
    }
    let mut buf = Vec::with_capacity(file.size() as usize);
    // The declared size can lie (a zip bomb): the read itself is bounded.
    (&mut file)
        .take(MAX_PART_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|e| DocxError::Broken(format!("{name}: {e}")))?;
    if buf.len() as u64 > MAX_PART_BYTES {
        return Err(over());
    }
    Ok(Some(buf))
}

/// The attribute of an element whose local name is `name` (`w:val` → `val`), unescaped.
fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    let a = e
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)?;
    let raw = std::str::from_utf8(&a.value).ok()?;
    quick_xml::escape::unescape(raw)
        .ok()
        .map(|v| v.into_owned())
}

/// The `w:val` attribute of an element.
fn val(e: &BytesStart) -> Option<String> {
    attr(e, b"val")
}

/// Style ids of the styles named Title or heading 1 (`w:styleId` of `w:style` whose
/// `w:name` is one of them), plus the built-in ids.
fn heading_styles(xml: &[u8]) -> Vec<String> {
    let mut ids = vec!["Title".to_string(), "Heading1".to_string()];
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut current: Option<String> = None;
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                b"style" => current = attr(&e, b"styleId"),
                b"name" => {
                    let name = val(&e).unwrap_or_default().to_ascii_lowercase();
                    if let (Some(id), true) = (&current, name == "title" || name == "heading 1") {
                        ids.push(id.clone());
                    }
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    ids
}

/// `dc:title` of the core properties, whitespace collapsed.
fn core_title(xml: &[u8]) -> Option<String> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut in_title = false;
    let mut sink = Sink::default();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => in_title = e.local_name().as_ref() == b"title",
            Ok(Event::End(_)) => in_title = false,
            Ok(Event::Text(t)) if in_title => sink.push_str(&t.xml_content().ok()?),
            Ok(Event::GeneralRef(r)) if in_title => sink.push_ref(&r),
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    Some(sink.out).filter(|t| !t.is_empty())
}

/// Accumulates text: one space per whitespace run, one `\n` between non-empty lines.
#[derive(Default)]
struct Sink {
    out: String,
    chars: usize,
    line_has_content: bool,
    need_newline: bool,
    pending_space: bool,
}

impl Sink {
    fn push_char(&mut self, c: char) {
        if self.need_newline {
            self.push_raw('\n');
            self.need_newline = false;
        } else if self.line_has_content && self.pending_space {
            self.push_raw(' ');
        }
        self.pending_space = false;
        self.push_raw(c);
        self.line_has_content = true;
    }

    fn push_raw(&mut self, c: char) {
        self.out.push(c);
        self.chars += 1;
    }

    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_whitespace() {
                self.pending_space = true;
            } else if !c.is_control() {
                self.push_char(c);
            }
        }
    }

    /// An entity or character reference inside text (`&amp;`, `&#x4E00;`).
    fn push_ref(&mut self, r: &quick_xml::events::BytesRef) {
        if let Ok(Some(c)) = r.resolve_char_ref() {
            self.push_str(c.encode_utf8(&mut [0; 4]));
        } else if let Some(s) = r
            .decode()
            .ok()
            .and_then(|n| quick_xml::escape::resolve_predefined_entity(&n))
        {
            self.push_str(s);
        }
    }

    fn separate(&mut self) {
        self.pending_space = true;
    }

    fn line_break(&mut self) {
        if self.line_has_content {
            self.need_newline = true;
            self.line_has_content = false;
        }
        self.pending_space = false;
    }

    fn pos(&self) -> Pos {
        Pos {
            byte: self.out.len(),
            char: self.chars,
        }
    }
}

/// Walks `word/document.xml`.
#[derive(Default)]
struct Body {
    sink: Sink,
    rows: Vec<TableRow>,
    /// Rows being rendered, innermost last (tables nest).
    open_rows: Vec<RowBuilder>,
    /// Table cells open around the current position.
    cell_depth: usize,
    /// Grid columns the innermost open cell spans.
    span: Vec<usize>,
    /// Inside `w:t`.
    in_text: bool,
    /// Inside a dropped subtree (`mc:Fallback`): its depth.
    dropped: usize,
    /// The paragraph's start and whether it is styled as a heading.
    para: Option<(Pos, bool)>,
    first_heading: Option<String>,
    /// Style ids of headings (see [`heading_styles`]).
    heading_ids: Vec<String>,
}

impl Body {
    /// A paragraph or line boundary: a space inside a table cell, else a new line.
    fn boundary(&mut self) {
        if self.cell_depth > 0 {
            self.sink.separate();
        } else {
            self.sink.line_break();
        }
    }

    fn start(&mut self, e: &BytesStart, empty: bool) {
        let name = e.local_name();
        match name.as_ref() {
            b"p" if !empty => {
                self.boundary();
                self.para = Some((self.sink.pos(), false));
            }
            b"pStyle" => {
                if let (Some((_, heading)), Some(v)) = (self.para.as_mut(), val(e)) {
                    *heading = self.heading_ids.contains(&v);
                }
            }
            b"t" if !empty => self.in_text = true,
            b"tab" => self.sink.separate(),
            b"br" | b"cr" => self.boundary(),
            b"tr" if !empty => {
                self.sink.line_break();
                self.open_rows.push(RowBuilder::new(self.sink.pos()));
            }
            b"tc" if !empty => {
                self.sink.separate();
                if let Some(row) = self.open_rows.last_mut() {
                    row.open_cell(self.sink.pos());
                }
                self.cell_depth += 1;
                self.span.push(1);
            }
            b"gridSpan" => {
                let n = val(e).and_then(|v| v.parse::<usize>().ok()).unwrap_or(1);
                if let Some(s) = self.span.last_mut() {
                    // A span beyond any real table width is a broken file, not columns.
                    *s = n.clamp(1, 64);
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, local: &[u8]) {
        match local {
            b"p" => {
                if let Some((start, true)) = self.para.take() {
                    if self.first_heading.is_none() {
                        let t = self.sink.out[start.byte..].trim();
                        self.first_heading = Some(t.to_string()).filter(|t| !t.is_empty());
                    }
                }
                self.boundary();
            }
            b"t" => self.in_text = false,
            b"tc" => {
                self.cell_depth = self.cell_depth.saturating_sub(1);
                let span = self.span.pop().unwrap_or(1);
                let at = self.sink.pos();
                if let Some(row) = self.open_rows.last_mut() {
                    row.close_cell(at);
                    for _ in 1..span {
                        row.open_cell(at);
                        row.close_cell(at);
                    }
                }
                self.sink.separate();
            }
            b"tr" => {
                let done = self
                    .open_rows
                    .pop()
                    .and_then(|r| r.finish(&self.sink.out, self.sink.pos()));
                self.rows.extend(done);
                self.sink.line_break();
            }
            _ => {}
        }
    }
}

/// The body's text, its table rows and the first heading's text.
fn body_text(
    xml: &[u8],
    heading_ids: &[String],
) -> Result<(String, Vec<TableRow>, Option<String>), quick_xml::Error> {
    let mut body = Body {
        heading_ids: heading_ids.to_vec(),
        ..Body::default()
    };
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf)?;
        if body.dropped > 0 {
            match event {
                Event::Start(_) => body.dropped += 1,
                Event::End(_) => body.dropped -= 1,
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
            continue;
        }
        match event {
            Event::Start(e) if e.local_name().as_ref() == b"Fallback" => body.dropped = 1,
            Event::Start(e) => body.start(&e, false),
            Event::Empty(e) => body.start(&e, true),
            Event::End(e) => body.end(e.local_name().as_ref()),
            Event::Text(t) if body.in_text => body.sink.push_str(&t.xml_content()?),
            Event::CData(t) if body.in_text => body
                .sink
                .push_str(&String::from_utf8_lossy(&t.into_inner())),
            Event::GeneralRef(r) if body.in_text => body.sink.push_ref(&r),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok((body.sink.out, body.rows, body.first_heading))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docs");
        std::fs::read(p.join(name)).unwrap()
    }

    #[test]
    fn release_docx_reads_as_its_text() {
        let r = render(&fixture("release.docx")).unwrap();
        assert_eq!(r.title.as_deref(), Some("示例县2025年经济运行情况通报"));
        let lines: Vec<&str> = r.text.lines().collect();
        assert_eq!(lines[0], "示例县2025年经济运行情况通报");
        assert_eq!(lines[1], "发布时间：2026年1月20日");
        // A word split over runs reads as one; deleted text and field codes are no text.
        assert!(lines[2].starts_with("2025年，示例县全年完成地区生产总值358.6亿元"));
        assert!(
            !r.text.contains("999") && !r.text.contains("PAGE"),
            "{}",
            r.text
        );
        let cells = super::super::cell_texts(&r);
        assert_eq!(cells.len(), 4);
        assert_eq!(cells[0], ["指标", "2024年", "2025年", "增速（%）"]);
        assert_eq!(cells[3], ["粮食总产量（万吨）", "20.7", "21.5", "3.9"]);
    }

    fn body(xml: &str) -> (String, Vec<Vec<String>>) {
        let doc = format!(
            "<w:document xmlns:w=\"w\" xmlns:mc=\"mc\"><w:body>{xml}</w:body></w:document>"
        );
        let (text, tables, _) = body_text(doc.as_bytes(), &[]).unwrap();
        let r = Rendered {
            text,
            title: None,
            tables,
        };
        let cells = super::super::cell_texts(&r);
        (r.text, cells)
    }

    #[test]
    fn spans_breaks_fallbacks_and_entities() {
        let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let span = "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc>";
        let xml = format!(
            "<w:p><w:r><w:t>甲&amp;乙&#x4E19;</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>\
             <w:p><mc:AlternateContent><mc:Choice><w:r><w:t>框</w:t></w:r></mc:Choice>\
             <mc:Fallback><w:r><w:t>框</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>\
             <w:tbl><w:tr>{}{}{}</w:tr><w:tr>{span}{}</w:tr></w:tbl>",
            cell("项目"),
            cell("2025年"),
            cell("增速"),
            cell("5")
        );
        let (text, cells) = body(&xml);
        assert_eq!(text, "甲&乙丙\n第二行\n框\n项目 2025年 增速\n合计 5");
        assert_eq!(cells[1], ["合计", "", "5"]);
    }

    #[test]
    fn broken_and_oversized_files() {
        assert!(matches!(
            render(&fixture("truncated.docx")),
            Err(DocxError::Broken(_))
        ));
        assert!(matches!(
            render(&fixture("bomb.docx")),
            Err(DocxError::Limit(_))
        ));
        assert!(matches!(render(b"PK\x03\x04"), Err(DocxError::Broken(_))));
    }
}
