//! PDF -> the text layer in reading order, with table rows as [`TableRow`]s. No OCR.
//!
//! [`lopdf`] parses the file; [`pdf_extract`] interprets the pages' content streams
//! (fonts, CID fonts with ToUnicode maps) and hands over every glyph with its position.
//! The layout is rebuilt here from the positions, page by page:
//!
//! - rotated glyphs (vertical table headers, axis labels) are dropped on a page that also
//!   has upright ones;
//! - glyphs on one baseline (within half a glyph height) form a line, read left to
//!   right; a gap of a quarter glyph or more is a space, a gap of [`CELL_GAP`] glyphs or
//!   more separates two segments (table cells); whitespace glyphs (U+3000 indents) are
//!   dropped, their room becomes a gap like any other;
//! - two-column pages: a vertical band in the middle of the page that no line crosses,
//!   with text on both sides of it in most lines, splits the page; the left column is
//!   read before the right one (lines crossing the band, such as a headline, stay in
//!   their place above or below);
//! - running headers and footers: the first and last line of a page are dropped when,
//!   digits ignored, the same line opens or closes at least half of the pages (two at
//!   least), or when they are a page number (digits and at most four other characters,
//!   two groups of digits at most: `- 3 -`, `3/10`, `第3页`);
//! - a line that reaches the right edge of its column without ending a sentence is
//!   joined with the next one (the next page's first line too) when that one is not
//!   indented: lines broken inside a sentence read as one; a paragraph's indented first
//!   line, or a short line, starts a new one;
//! - a line of two or more segments is a table row ([`TableRow`]: cells separated by one
//!   space in the text, never joined with other lines); consecutive rows are one table
//!   whose columns are the segments of its fullest row, and a row with fewer segments
//!   gets empty cells where it has none, so figures stay under their headers.
//!
//! Kangxi radicals that fonts map their glyphs to (⼀, ⼦) become the ideographs
//! (一, 子), one char for one. Title: the document information's `/Title`, unless it
//! names a file.
//!
//! Limits, each a [`PdfError::Limit`] for that file only: [`MAX_PAGES`] pages,
//! [`MAX_CONTENT_BYTES`] of decompressed content of the pages and the form XObjects they
//! draw, [`MAX_FORM_DRAWS`] form draws (checked before any page is interpreted, so a
//! compression bomb or a billion-laughs nesting of forms stops there), [`MAX_GLYPHS`]
//! glyphs. A form XObject that draws itself, which would make pdf-extract recurse until
//! the stack overflows, is [`PdfError::Broken`]. pdf-extract
//! panics on some malformed files: the interpretation runs inside `catch_unwind`, and a
//! panic becomes [`PdfError::Broken`].

use std::cell::Cell;
use std::io::Read;
use std::panic::{catch_unwind, AssertUnwindSafe};

use lopdf::{Document, Object};
use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

use super::{Rendered, TableRow};

/// Most pages read.
pub const MAX_PAGES: usize = 2000;
/// Most decompressed page content, all pages together, in bytes.
pub const MAX_CONTENT_BYTES: u64 = 256 * 1024 * 1024;
/// Most glyphs read.
pub const MAX_GLYPHS: usize = 4_000_000;
/// A gap between glyphs of this many glyph heights separates two table cells.
const CELL_GAP: f64 = 1.5;

/// Why a PDF could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// Not a readable PDF: the reason.
    Broken(String),
    /// Encrypted with a password (an owner password alone is no obstacle).
    Encrypted,
    /// No text layer (a scanned PDF).
    NoText,
    /// Over a limit: the reason.
    Limit(String),
}

/// Renders a PDF file's bytes.
pub fn render(bytes: &[u8]) -> Result<Rendered, PdfError> {
    let mut doc = quietly(|| Document::load_mem(bytes))
        .map_err(|_| PdfError::Broken("cannot be parsed".into()))?
        .map_err(|e| PdfError::Broken(e.to_string()))?;
    // lopdf decrypts with the empty user password while loading (an owner password alone
    // is no obstacle) and then drops `/Encrypt` from the trailer; when that failed, the
    // trailer still names it and the objects were never loaded.
    if doc.trailer.get(b"Encrypt").is_ok() {
        return Err(PdfError::Encrypted);
    }
    let pages = doc.get_pages();
    if pages.len() > MAX_PAGES {
        return Err(PdfError::Limit(format!(
            "{} pages (limit {MAX_PAGES})",
            pages.len()
        )));
    }
    check_content_size(&doc, &pages)?;
    list_cid_widths(&mut doc);
    let mut dev = Glyphs::default();
    let run = quietly(|| pdf_extract::output_doc(&doc, &mut dev));
    match run {
        Err(_) => return Err(PdfError::Broken("its pages cannot be read".into())),
        Ok(Err(_)) if dev.over => return Err(PdfError::Limit(format!("over {MAX_GLYPHS} glyphs"))),
        Ok(Err(e)) => return Err(PdfError::Broken(e.to_string())),
        Ok(Ok(())) => {}
    }
    if dev.pages.iter().all(|p| p.glyphs.is_empty()) {
        // Glyphs drawn that decode to nothing are text whose fonts have no usable map to
        // Unicode, not a scan.
        return Err(if dev.drawn > dev.count {
            PdfError::Broken("its text has no Unicode map (fonts without ToUnicode)".into())
        } else {
            PdfError::NoText
        });
    }
    let (text, tables) = layout(&dev.pages);
    Ok(Rendered {
        text,
        title: info_title(&doc),
        tables,
    })
}

thread_local! {
    /// Set while this thread runs the PDF crates: their panics are expected (a broken
    /// file) and become a status, so the panic hook keeps quiet about them.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`, a call into the PDF crates, turning a panic into an `Err` without the
/// panic message on stderr (other panics, and other threads', print as before).
fn quietly<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let r = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    r
}

/// A stream's decompressed bytes, charged to `budget` (read up to what is left of it:
/// a compression bomb stops there). Streams other than Flate count their stored size,
/// and pdf-extract decodes them itself.
fn inflate(s: &lopdf::Stream, budget: &mut u64) -> Result<Vec<u8>, PdfError> {
    let over = || PdfError::Limit(format!("page content over {MAX_CONTENT_BYTES} bytes"));
    let flate = s
        .filters()
        .is_ok_and(|f| f.iter().any(|f| f == b"FlateDecode"));
    let bytes = if flate {
        let mut out = Vec::new();
        let mut rdr = flate2::read::ZlibDecoder::new(s.content.as_slice()).take(*budget + 1);
        // A broken stream reads as far as it goes; pdf-extract reports it later.
        let _ = rdr.read_to_end(&mut out);
        out
    } else {
        s.content.clone()
    };
    *budget = budget.checked_sub(bytes.len() as u64).ok_or_else(over)?;
    Ok(bytes)
}

/// Most form XObjects drawn, nested draws included (pdf-extract interprets each draw).
pub const MAX_FORM_DRAWS: u64 = 100_000;
/// Deepest nesting of form XObjects.
const MAX_FORM_DEPTH: usize = 64;

/// The names a content stream draws with `Do`.
fn drawn_names(content: &[u8]) -> Vec<Vec<u8>> {
    let Ok(Ok(ops)) = quietly(|| lopdf::content::Content::decode(content)) else {
        return Vec::new();
    };
    ops.operations
        .into_iter()
        .filter(|op| op.operator == "Do")
        .filter_map(|op| op.operands.first()?.as_name().ok().map(<[u8]>::to_vec))
        .collect()
}

/// The `/XObject` entries of a resource dictionary: name → object.
fn xobject_map(doc: &Document, resources: &lopdf::Dictionary) -> Vec<(Vec<u8>, lopdf::ObjectId)> {
    let dict = match resources.get(b"XObject") {
        Ok(Object::Reference(id)) => doc.get_dictionary(*id).ok(),
        Ok(Object::Dictionary(d)) => Some(d),
        _ => None,
    };
    dict.into_iter()
        .flat_map(|d| d.iter())
        .filter_map(|(k, v)| v.as_reference().ok().map(|id| (k.clone(), id)))
        .collect()
}

/// What the page contents and the form XObjects they draw cost pdf-extract, checked
/// before it runs: [`MAX_CONTENT_BYTES`] of decompressed content, [`MAX_FORM_DRAWS`]
/// form draws; a form that draws itself (pdf-extract would recurse until the stack
/// overflows) is a broken file.
fn check_content_size(
    doc: &Document,
    pages: &std::collections::BTreeMap<u32, lopdf::ObjectId>,
) -> Result<(), PdfError> {
    let mut budget = MAX_CONTENT_BYTES;
    let mut forms = Forms {
        doc,
        inherited: Vec::new(),
        draws: Default::default(),
    };
    let mut page_draws = Vec::new();
    for id in pages.values() {
        let (own, ids) = doc.get_page_resources(*id).unwrap_or((None, Vec::new()));
        let dicts = own
            .into_iter()
            .chain(ids.iter().filter_map(|i| doc.get_dictionary(*i).ok()));
        let map: Vec<_> = dicts.flat_map(|d| xobject_map(doc, d)).collect();
        for cid in doc.get_page_contents(*id) {
            if let Ok(Object::Stream(s)) = doc.get_object(cid) {
                let content = inflate(s, &mut budget)?;
                page_draws.push((drawn_names(&content), map.clone()));
            }
        }
        forms.inherited.extend(map);
    }
    let mut total: u64 = 0;
    for (names, map) in &page_draws {
        for id in resolve(names, map) {
            total = total.saturating_add(forms.draws(id, 0, &mut budget)?);
        }
    }
    if total > MAX_FORM_DRAWS {
        return Err(PdfError::Limit(format!(
            "over {MAX_FORM_DRAWS} form XObject draws"
        )));
    }
    Ok(())
}

/// The objects `names` stand for in `map`.
fn resolve(names: &[Vec<u8>], map: &[(Vec<u8>, lopdf::ObjectId)]) -> Vec<lopdf::ObjectId> {
    names
        .iter()
        .filter_map(|n| map.iter().find(|(k, _)| k == n).map(|(_, id)| *id))
        .collect()
}

/// Form XObjects and how many draws each costs, nested ones included.
struct Forms<'a> {
    doc: &'a Document,
    /// The pages' XObject entries: a form without resources of its own uses its caller's.
    inherited: Vec<(Vec<u8>, lopdf::ObjectId)>,
    /// Draws per form; None while the form is being counted (a cycle if met again).
    draws: std::collections::HashMap<lopdf::ObjectId, Option<u64>>,
}

impl Forms<'_> {
    /// Draws that drawing `id` costs: 1 for a form plus its nested draws, 0 for an image.
    fn draws(
        &mut self,
        id: lopdf::ObjectId,
        depth: usize,
        budget: &mut u64,
    ) -> Result<u64, PdfError> {
        match self.draws.get(&id) {
            Some(Some(n)) => return Ok(*n),
            Some(None) => return Err(PdfError::Broken("a form XObject draws itself".into())),
            None => {}
        }
        let Ok(Object::Stream(s)) = self.doc.get_object(id) else {
            return Ok(0);
        };
        let form = s
            .dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"Form");
        if !form {
            return Ok(0);
        }
        if depth > MAX_FORM_DEPTH {
            return Err(PdfError::Limit(format!(
                "form XObjects nested over {MAX_FORM_DEPTH} deep"
            )));
        }
        self.draws.insert(id, None);
        let names = drawn_names(&inflate(s, budget)?);
        let own = match s.dict.get(b"Resources") {
            Ok(Object::Reference(r)) => self.doc.get_dictionary(*r).ok(),
            Ok(Object::Dictionary(d)) => Some(d),
            _ => None,
        };
        let map = match own {
            Some(d) => xobject_map(self.doc, d),
            None => self.inherited.clone(),
        };
        let mut n: u64 = 1;
        for child in resolve(&names, &map) {
            n = n.saturating_add(self.draws(child, depth + 1, budget)?);
        }
        self.draws.insert(id, Some(n));
        Ok(n)
    }
}

/// Most glyph widths a CID font's `/W` array is expanded to (see [`list_cid_widths`]).
const MAX_LISTED_WIDTHS: i64 = 1 << 20;

/// Rewrites the range entries of CID fonts' `/W` arrays (`c_first c_last w`) as lists
/// (`c_first [w w …]`). pdf-extract 0.12 reads only the list form; it gives the glyphs of
/// a range the default width, so every glyph after a half-width digit lands too far
/// right and lines run into each other. Fonts whose ranges would expand beyond
/// [`MAX_LISTED_WIDTHS`] are left as they are.
fn list_cid_widths(doc: &mut Document) {
    for obj in doc.objects.values_mut() {
        let Object::Dictionary(d) = obj else {
            continue;
        };
        let cid = d
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"CIDFontType2" || n == b"CIDFontType0");
        let Ok(Object::Array(w)) = d.get(b"W") else {
            continue;
        };
        if !cid {
            continue;
        }
        let mut out = Vec::with_capacity(w.len());
        let mut budget = MAX_LISTED_WIDTHS;
        let mut i = 0;
        let complete = loop {
            match (w.get(i), w.get(i + 1), w.get(i + 2)) {
                (None, _, _) => break true,
                (Some(first), Some(list @ Object::Array(_)), _) => {
                    out.extend([first.clone(), list.clone()]);
                    i += 2;
                }
                (Some(a), Some(b), Some(width)) => {
                    let (Ok(a), Ok(b)) = (a.as_i64(), b.as_i64()) else {
                        break false;
                    };
                    let n = b - a + 1;
                    if n < 1 || n > budget {
                        break false;
                    }
                    budget -= n;
                    out.push(Object::Integer(a));
                    out.push(Object::Array(vec![width.clone(); n as usize]));
                    i += 3;
                }
                _ => break false,
            }
        };
        if complete {
            d.set("W", Object::Array(out));
        }
    }
}

/// `/Title` of the document information, unless empty or a file name.
fn info_title(doc: &Document) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?;
    let info = match info {
        Object::Reference(id) => doc.get_dictionary(*id).ok()?,
        Object::Dictionary(d) => d,
        _ => return None,
    };
    let Object::String(raw, _) = info.get(b"Title").ok()? else {
        return None;
    };
    let title = if raw.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = raw[2..]
            .chunks_exact(2)
            .map(|p| u16::from_be_bytes([p[0], p[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        raw.iter().map(|&b| char::from(b)).collect()
    };
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = title.to_ascii_lowercase();
    let file_like = [".doc", ".docx", ".wps", ".pdf", ".tmp"]
        .iter()
        .any(|e| lower.ends_with(e))
        || lower.starts_with("microsoft word");
    (!title.is_empty() && !file_like).then_some(title)
}

/// One glyph: its left edge, baseline, advance and height in page units; its text is
/// `text[start..end]` of the page.
#[derive(Debug, Clone, Copy)]
struct Glyph {
    x: f64,
    y: f64,
    w: f64,
    size: f64,
    start: u32,
    end: u32,
    /// Set upright (not rotated, not mirrored).
    upright: bool,
}

#[derive(Debug, Default)]
struct Page {
    width: f64,
    text: String,
    glyphs: Vec<Glyph>,
}

/// The output device: collects the glyphs of each page.
#[derive(Default)]
struct Glyphs {
    pages: Vec<Page>,
    /// Glyphs drawn, whatever they decode to.
    drawn: usize,
    /// Glyphs kept (not blank).
    count: usize,
    /// Stopped at [`MAX_GLYPHS`].
    over: bool,
}

impl OutputDev for Glyphs {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.pages.push(Page {
            width: (media_box.urx - media_box.llx).abs(),
            ..Page::default()
        });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        self.drawn += 1;
        if char.chars().all(|c| c.is_whitespace() || c.is_control()) {
            return Ok(());
        }
        self.count += 1;
        if self.count > MAX_GLYPHS {
            self.over = true;
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        let Some(page) = self.pages.last_mut() else {
            return Ok(());
        };
        // The glyph's height: the text matrix's scale applied to the font size.
        let scale = (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let size = font_size * scale;
        if !(size.is_finite() && size > 0.0 && trm.m31.is_finite() && trm.m32.is_finite()) {
            return Ok(());
        }
        let start = page.text.len() as u32;
        page.text
            .extend(char.chars().filter(|c| !c.is_control()).map(unify_radical));
        page.glyphs.push(Glyph {
            x: trm.m31,
            y: trm.m32,
            w: (width * size).max(0.0),
            size,
            start,
            end: page.text.len() as u32,
            upright: trm.m11 > 0.0 && trm.m22 > 0.0 && trm.m12.abs() + trm.m21.abs() < 0.1 * scale,
        });
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// A Kangxi radical (U+2F00–U+2FD5) as the ideograph it stands for (⼀ → 一, ⼦ → 子):
/// many PDFs map their glyphs to the radicals, which no word list knows. One char for
/// one, so offsets stay as they are.
fn unify_radical(c: char) -> char {
    use unicode_normalization::char::decompose_compatible;
    if !('\u{2F00}'..='\u{2FD5}').contains(&c) {
        return c;
    }
    let mut out = None;
    decompose_compatible(c, |d| {
        out.get_or_insert(d);
    });
    out.unwrap_or(c)
}

/// A run of glyphs on a line without a cell-sized gap.
#[derive(Debug, Clone)]
struct Segment {
    x0: f64,
    x1: f64,
    text: String,
}

/// One line of a page, left to right.
#[derive(Debug, Clone)]
struct Line {
    y: f64,
    size: f64,
    segments: Vec<Segment>,
}

impl Line {
    fn x0(&self) -> f64 {
        self.segments.first().map_or(0.0, |s| s.x0)
    }
    fn x1(&self) -> f64 {
        self.segments.last().map_or(0.0, |s| s.x1)
    }
    fn text(&self) -> String {
        let parts: Vec<&str> = self.segments.iter().map(|s| s.text.as_str()).collect();
        parts.join(" ")
    }
}

/// The page's glyphs grouped into lines, top to bottom.
fn lines_of(page: &Page) -> Vec<Line> {
    // Rotated glyphs (a table's vertical headers, a figure's axis labels) are read only
    // on a page that has nothing but them (a page turned as a whole).
    let upright = page.glyphs.iter().filter(|g| g.upright).count();
    let keep = upright > 0;
    let mut glyphs: Vec<&Glyph> = page.glyphs.iter().filter(|g| g.upright == keep).collect();
    glyphs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<&Glyph>> = Vec::new();
    for g in glyphs {
        match rows.last_mut() {
            Some(row) if (row[0].y - g.y).abs() <= row[0].size.max(g.size) * 0.5 => row.push(g),
            _ => rows.push(vec![g]),
        }
    }
    rows.into_iter()
        .map(|mut row| {
            let y = row[0].y;
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
            let size = row.iter().map(|g| g.size).fold(0.0, f64::max);
            let mut segments: Vec<Segment> = Vec::new();
            let mut end = f64::NEG_INFINITY;
            for g in row {
                let text = page
                    .text
                    .get(g.start as usize..g.end as usize)
                    .unwrap_or("");
                let gap = g.x - end;
                match segments.last_mut() {
                    Some(s) if gap < CELL_GAP * size => {
                        // Latin words are set closer than CJK text is letter-spaced.
                        let latin = s.text.ends_with(|c: char| c.is_ascii_alphanumeric())
                            && text.starts_with(|c: char| c.is_ascii_alphanumeric());
                        if gap > if latin { 0.12 } else { 0.25 } * size {
                            s.text.push(' ');
                        }
                        s.text.push_str(text);
                        s.x1 = s.x1.max(g.x + g.w);
                    }
                    _ => segments.push(Segment {
                        x0: g.x,
                        x1: g.x + g.w,
                        text: text.to_string(),
                    }),
                }
                end = end.max(g.x + g.w);
            }
            Line { y, size, segments }
        })
        .collect()
}

/// Where a two-column page splits: an x in its middle third that no line crosses, with
/// lines on both sides of it in at least half of the lines of the page.
fn gutter(lines: &[Line], width: f64) -> Option<f64> {
    if lines.len() < 8 || width <= 0.0 {
        return None;
    }
    let size = median(lines.iter().map(|l| l.size).collect())?;
    let (lo, hi) = (width * 0.3, width * 0.7);
    let mut x = lo;
    let mut best: Option<(usize, f64)> = None;
    while x <= hi {
        let crossing = lines
            .iter()
            .filter(|l| {
                l.segments
                    .iter()
                    .any(|s| s.x0 < x + size && s.x1 > x - size)
            })
            .count();
        let both = lines.iter().filter(|l| l.x0() < x && l.x1() > x).count();
        // A headline or two may cross the gutter.
        if (crossing <= 2 || crossing * 10 <= lines.len()) && both * 2 >= lines.len() {
            // Prose on both sides: the segments are long, unlike a table's cells.
            let long = lines
                .iter()
                .flat_map(|l| &l.segments)
                .filter(|s| s.x1 - s.x0 > width * 0.25)
                .count();
            if long * 2 >= lines.len() && best.is_none_or(|(c, _)| crossing < c) {
                best = Some((crossing, x));
            }
        }
        x += size / 2.0;
    }
    best.map(|(_, x)| x)
}

fn median(mut v: Vec<f64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    Some(v[v.len() / 2])
}

/// The page's lines in reading order, in blocks laid out alike: the page as one block,
/// or, on a two-column page, the lines above the columns, the left column, the right
/// column and the lines below them.
fn reading_order(lines: Vec<Line>, width: f64) -> Vec<Vec<Line>> {
    let Some(x) = gutter(&lines, width) else {
        return vec![lines];
    };
    let (mut head, mut left, mut right, mut tail) = (vec![], vec![], vec![], vec![]);
    for l in lines {
        let crosses = l.segments.iter().any(|s| s.x0 < x && s.x1 > x);
        if !crosses {
            // Both columns' lines on one baseline: split at the gutter.
            let (a, b): (Vec<Segment>, Vec<Segment>) =
                l.segments.into_iter().partition(|s| s.x1 <= x);
            for (side, segments) in [(&mut left, a), (&mut right, b)] {
                if !segments.is_empty() {
                    side.push(Line { segments, ..l });
                }
            }
        } else if left.is_empty() && right.is_empty() {
            head.push(l);
        } else {
            tail.push(l);
        }
    }
    [head, left, right, tail]
        .into_iter()
        .filter(|b| !b.is_empty())
        .collect()
}

/// Each run of digits replaced by one `#`, whitespace dropped: running headers and
/// footers compare so (第 9 页 and 第 10 页 alike).
fn shape(line: &str) -> String {
    let mut out = String::new();
    for c in line.chars().filter(|c| !c.is_whitespace()) {
        if !c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('#') {
            out.push('#');
        }
    }
    out
}

/// A page number: digits, at most two groups of them, and at most four other
/// characters (`- 3 -`, `3/10`, `第3页`, `第3页共10页`).
fn is_page_number(line: &str) -> bool {
    let s = shape(line);
    let groups = s.split(|c| c != '#').filter(|g| !g.is_empty()).count();
    let others = s.chars().filter(|&c| c != '#').count();
    (1..=2).contains(&groups) && others <= 4
}

/// Drops running headers and footers and page numbers: the first and last line of
/// each page (its blocks in reading order).
fn drop_running_lines(pages: &mut [Vec<Vec<Line>>]) {
    let edges = |blocks: &Vec<Vec<Line>>| -> Vec<String> {
        let first = blocks.first().and_then(|b| b.first());
        let last = blocks.last().and_then(|b| b.last());
        let mut shapes: Vec<String> = first
            .into_iter()
            .chain(last)
            .map(|l| shape(&l.text()))
            .collect();
        shapes.dedup();
        shapes
    };
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for blocks in pages.iter() {
        for s in edges(blocks) {
            *counts.entry(s).or_default() += 1;
        }
    }
    let n = pages.len();
    let running = |l: &Line| {
        let t = l.text();
        let c = counts.get(&shape(&t)).copied().unwrap_or(0);
        is_page_number(&t) || (n >= 2 && c >= 2 && c * 2 >= n)
    };
    for blocks in pages.iter_mut() {
        if let Some(b) = blocks.last_mut() {
            if b.last().is_some_and(running) {
                b.pop();
            }
        }
        if let Some(b) = blocks.first_mut() {
            if b.first().is_some_and(running) {
                b.remove(0);
            }
        }
    }
}

/// Characters that end a sentence or a paragraph: a line ending in one is not joined.
/// (Not `.` or `:`: a line can break inside 108.6 or 10:30.)
fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '。' | '！' | '？' | '；' | '：' | '!' | '?' | ';' | '”' | '…'
    )
}

/// The pages laid out as text: lines in reading order, lines broken inside a sentence
/// joined, table rows with their cells.
fn layout(pages: &[Page]) -> (String, Vec<TableRow>) {
    let mut all: Vec<Vec<Vec<Line>>> = pages
        .iter()
        .map(|p| reading_order(lines_of(p), p.width))
        .collect();
    drop_running_lines(&mut all);
    let mut out = Text::default();
    // The previous prose line, when it may continue on the next one.
    let mut open = false;
    for block in all.iter().flatten() {
        let right = block
            .iter()
            .filter(|l| l.segments.len() == 1)
            .map(Line::x1)
            .fold(f64::NEG_INFINITY, f64::max);
        let left = block.iter().map(Line::x0).fold(f64::INFINITY, f64::min);
        let columns = table_columns(block);
        let mut prev: Option<&Line> = None;
        for (l, cols) in block.iter().zip(&columns) {
            if l.segments.len() > 1 {
                out.row(&row_cells(l, cols));
                open = false;
                prev = Some(l);
                continue;
            }
            let text = l.text();
            let near = prev.is_none_or(|p| (p.y - l.y).abs() <= p.size.max(l.size) * 2.2);
            let indented = l.x0() > left + l.size * 0.8;
            if open && near && !indented {
                out.join(&text);
            } else {
                out.line(&text);
            }
            let last = text.chars().last().unwrap_or('。');
            // A block of one or two lines (a headline above the columns) has no right
            // edge to reach.
            open = block.len() >= 3 && l.x1() >= right - l.size * 1.5 && !ends_sentence(last);
            prev = Some(l);
        }
    }
    (out.out, out.rows)
}

/// For each line of a block, the columns of the table it belongs to: a run of lines
/// with two or more segments each is one table, its columns the segments' spans of its
/// line with the most segments (None for prose lines).
fn table_columns(block: &[Line]) -> Vec<Option<Vec<(f64, f64)>>> {
    let mut out = vec![None; block.len()];
    let mut i = 0;
    while i < block.len() {
        if block[i].segments.len() < 2 {
            i += 1;
            continue;
        }
        let end = (i..block.len())
            .find(|&j| block[j].segments.len() < 2)
            .unwrap_or(block.len());
        let widest = block[i..end]
            .iter()
            .max_by_key(|l| l.segments.len())
            .map(|l| l.segments.iter().map(|s| (s.x0, s.x1)).collect::<Vec<_>>());
        for slot in &mut out[i..end] {
            slot.clone_from(&widest);
        }
        i = end;
    }
    out
}

/// The cells of a table line under its table's columns: each segment in the column it
/// overlaps most (else the nearest), an empty cell where a column has none. Segments
/// that do not fall into distinct columns in order stay as they are, one cell each.
fn row_cells<'a>(l: &'a Line, columns: &Option<Vec<(f64, f64)>>) -> Vec<&'a str> {
    let as_is = || l.segments.iter().map(|s| s.text.as_str()).collect();
    let Some(cols) = columns.as_ref().filter(|c| c.len() > l.segments.len()) else {
        return as_is();
    };
    let column_of = |s: &Segment| {
        let overlap = |c: &(f64, f64)| s.x1.min(c.1) - s.x0.max(c.0);
        let distance = |c: &(f64, f64)| ((s.x0 + s.x1) - (c.0 + c.1)).abs();
        let best = (0..cols.len()).max_by(|&a, &b| overlap(&cols[a]).total_cmp(&overlap(&cols[b])));
        match best {
            Some(k) if overlap(&cols[k]) > 0.0 => k,
            _ => (0..cols.len())
                .min_by(|&a, &b| distance(&cols[a]).total_cmp(&distance(&cols[b])))
                .unwrap_or(0),
        }
    };
    let mut cells = vec![""; cols.len()];
    let mut last: Option<usize> = None;
    for s in &l.segments {
        let k = column_of(s);
        if last.is_some_and(|p| k <= p) {
            return as_is();
        }
        cells[k] = &s.text;
        last = Some(k);
    }
    cells
}

/// The text being laid out and its table rows.
#[derive(Default)]
struct Text {
    out: String,
    chars: usize,
    rows: Vec<TableRow>,
}

impl Text {
    fn push(&mut self, s: &str) {
        self.out.push_str(s);
        self.chars += s.chars().count();
    }

    /// A new line.
    fn line(&mut self, s: &str) {
        if !self.out.is_empty() {
            self.push("\n");
        }
        self.push(s);
    }

    /// Continues the last line: a space only between two Latin letters (a word
    /// boundary); wide characters and digits (a number broken over lines) join directly.
    fn join(&mut self, s: &str) {
        let last = self.out.chars().last();
        let first = s.chars().next();
        if let (Some(a), Some(b)) = (last, first) {
            if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() {
                self.push(" ");
            }
        }
        self.push(s);
    }

    /// A table row: its cells on one line, one space apart.
    fn row(&mut self, texts: &[&str]) {
        if !self.out.is_empty() {
            self.push("\n");
        }
        let line = self.chars;
        let mut cells = Vec::new();
        for (i, t) in texts.iter().enumerate() {
            if i > 0 {
                self.push(" ");
            }
            let a = self.chars - line;
            self.push(t);
            cells.push((a, self.chars - line));
        }
        self.rows.push(TableRow {
            line,
            len: self.chars - line,
            cells,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docs");
        std::fs::read(p.join(name)).unwrap()
    }

    #[test]
    fn page_numbers_and_running_lines() {
        for n in ["3", "- 3 -", "3/10", "第3页", "第 3 页 共 10 页", "Page 3"] {
            assert!(is_page_number(n), "{n}");
        }
        for n in ["2026年3月26日", "全县完成投资12亿元", "主要指标"] {
            assert!(!is_page_number(n), "{n}");
        }
        assert_eq!(shape("第 12 页"), shape("第3页"));
    }

    #[test]
    fn table_cells_keep_their_columns() {
        let seg = |x0: f64, x1: f64, t: &str| Segment {
            x0,
            x1,
            text: t.to_string(),
        };
        let line = |segments: Vec<Segment>| Line {
            y: 0.0,
            size: 12.0,
            segments,
        };
        let block = vec![
            line(vec![seg(30.0, 150.0, "正文")]),
            line(vec![
                seg(30.0, 60.0, "指标"),
                seg(200.0, 240.0, "2024年"),
                seg(300.0, 340.0, "2025年"),
            ]),
            // The 2024 cell is empty; the number is right-aligned under its header.
            line(vec![
                seg(30.0, 150.0, "粮食总产量（万吨）"),
                seg(315.0, 340.0, "21.5"),
            ]),
        ];
        let cols = table_columns(&block);
        assert!(cols[0].is_none());
        assert_eq!(
            row_cells(&block[2], &cols[2]),
            ["粮食总产量（万吨）", "", "21.5"]
        );
        assert_eq!(row_cells(&block[1], &cols[1]), ["指标", "2024年", "2025年"]);
    }

    /// A one-page PDF whose page draws form 0 of `forms`; form i draws form i + 1 twice
    /// (the last one draws `last`, or nothing).
    fn nested_forms(forms: usize, last: Option<usize>) -> Vec<u8> {
        use lopdf::{dictionary, Stream};
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let ids: Vec<lopdf::ObjectId> = (0..forms).map(|_| doc.new_object_id()).collect();
        for i in 0..forms {
            let next = if i + 1 < forms { Some(i + 1) } else { last };
            let (content, res) = match next {
                Some(n) => (b"/F Do /F Do".to_vec(), dictionary! {"F" => ids[n]}),
                None => (Vec::new(), dictionary! {}),
            };
            let dict = dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), 10.into(), 10.into()],
                "Resources" => dictionary! {"XObject" => res},
            };
            doc.objects
                .insert(ids[i], Object::Stream(Stream::new(dict, content)));
        }
        let content = doc.add_object(Stream::new(dictionary! {}, b"/F Do".to_vec()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content,
            "MediaBox" => vec![0.into(), 0.into(), 100.into(), 100.into()],
            "Resources" => dictionary! {"XObject" => dictionary! {"F" => ids[0]}},
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(
                dictionary! {"Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1},
            ),
        );
        let catalog = doc.add_object(dictionary! {"Type" => "Catalog", "Pages" => pages_id});
        doc.trailer.set("Root", catalog);
        let mut buf = Vec::new();
        doc.save_to(&mut buf).unwrap();
        buf
    }

    #[test]
    fn forms_drawing_themselves_or_too_often_are_refused() {
        // A form that draws itself: pdf-extract would overflow the stack.
        assert_eq!(
            render(&nested_forms(3, Some(0))),
            Err(PdfError::Broken("a form XObject draws itself".into()))
        );
        // 2^20 draws from 20 small forms (a billion-laughs nesting).
        assert!(matches!(
            render(&nested_forms(20, None)),
            Err(PdfError::Limit(_))
        ));
        // A few nested forms are fine (no text in them: no text layer).
        assert_eq!(render(&nested_forms(3, None)), Err(PdfError::NoText));
    }

    #[test]
    fn rotated_glyphs_are_dropped_beside_upright_ones() {
        let glyph = |x: f64, i: u32, upright: bool| Glyph {
            x,
            y: 700.0,
            w: 12.0,
            size: 12.0,
            start: i * 3,
            end: i * 3 + 3,
            upright,
        };
        let mut page = Page {
            width: 595.0,
            text: "产值增长竖".to_string(),
            glyphs: (0..4)
                .map(|i| glyph(30.0 + 12.0 * i as f64, i, true))
                .collect(),
        };
        page.glyphs.push(glyph(78.0, 4, false));
        let lines = lines_of(&page);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].text(), "产值增长");
        // A page of rotated glyphs only is read as it is.
        page.glyphs.iter_mut().for_each(|g| g.upright = false);
        assert_eq!(lines_of(&page)[0].text(), "产值增长竖");
    }

    #[test]
    fn radicals_become_ideographs() {
        let got: String = "⼀个分⼦含6个碳原⼦".chars().map(unify_radical).collect();
        assert_eq!(got, "一个分子含6个碳原子");
        assert_eq!(unify_radical('子'), '子');
    }

    #[test]
    fn cid_width_ranges_become_lists() {
        use lopdf::{dictionary, Object::Integer};
        let mut doc = Document::with_version("1.5");
        let w = vec![
            Integer(0),
            Integer(2),
            Integer(1000),
            Integer(3),
            Object::Array(vec![Integer(551), Integer(260)]),
        ];
        let id = doc.add_object(dictionary! {"Subtype" => "CIDFontType2", "W" => w});
        // A range too wide to list stays as it was.
        let huge = vec![Integer(0), Integer(1 << 30), Integer(500)];
        let big = doc.add_object(dictionary! {"Subtype" => "CIDFontType2", "W" => huge.clone()});
        list_cid_widths(&mut doc);
        let w = doc.get_dictionary(id).unwrap().get(b"W").unwrap().clone();
        let thousand = Object::Array(vec![Integer(1000); 3]);
        let listed = Object::Array(vec![Integer(551), Integer(260)]);
        assert_eq!(
            w,
            Object::Array(vec![Integer(0), thousand, Integer(3), listed])
        );
        let w = doc.get_dictionary(big).unwrap().get(b"W").unwrap().clone();
        assert_eq!(w, Object::Array(huge));
    }

    #[test]
    fn release_pdf_reads_as_its_text() {
        let r = render(&fixture("release.pdf")).unwrap();
        // Running header and page numbers gone, the lines of a paragraph joined (a
        // number broken over two lines too), the table's rows with their cells.
        assert!(!r.text.contains("统计局"), "{}", r.text);
        assert!(!r.text.contains('页'), "{}", r.text);
        assert!(r.text.contains("比上年增加0.8万吨。"), "{}", r.text);
        assert!(r.text.contains("基础设施投资完成61.7亿元"), "{}", r.text);
        assert!(r.text.contains("\n全年接待游客"), "{}", r.text);
        let cells = super::super::cell_texts(&r);
        assert_eq!(cells[0], ["指标", "2024年", "2025年", "增速（%）"]);
        assert_eq!(cells[1], ["地区生产总值（亿元）", "337.7", "358.6", "6.2"]);
        assert_eq!(r.title.as_deref(), Some("示例县2025年经济运行情况通报"));
    }

    #[test]
    fn two_columns_are_read_one_after_the_other() {
        let r = render(&fixture("two_column.pdf")).unwrap();
        let lines: Vec<&str> = r.text.lines().collect();
        assert_eq!(lines[0], "示例县2025年经济运行情况通报");
        assert!(lines[1].starts_with("2025年，示例县") && lines[1].ends_with("增长5.9%。"));
        assert!(lines[2].ends_with("控制在5.1%以内。"), "{}", r.text);
        assert!(lines[3].starts_with("全年固定资产投资"), "{}", r.text);
        assert!(r.tables.is_empty());
    }

    #[test]
    fn bad_pdfs_cost_a_status() {
        assert_eq!(render(&fixture("scanned.pdf")), Err(PdfError::NoText));
        assert_eq!(render(&fixture("encrypted.pdf")), Err(PdfError::Encrypted));
        assert!(matches!(
            render(&fixture("truncated.pdf")),
            Err(PdfError::Broken(_))
        ));
        let pdf = fixture("release.pdf");
        for cut in [0, 5, 100, pdf.len() / 3] {
            assert!(render(&pdf[..cut]).is_err(), "cut at {cut}");
        }
        // Cut in its trailer, it may still be readable (lopdf rebuilds the table); it
        // returns either way.
        let _ = render(&pdf[..pdf.len() - 10]);
        assert!(render(b"%PDF-1.4 garbage").is_err());
    }
}
