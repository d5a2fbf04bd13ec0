//! `--stdin-jsonl`: a stream of JSON lines `{"id": …, "text": …}` in, fact rows as JSON
//! lines out (the columns of [`crate::normalize::FactRow`], `doc` = id, encoded by
//! [`RowEncoder`] like a JSONL table), so zhfacts can be the map step of
//! Hadoop Streaming or Spark's `rdd.pipe`.
//!
//! Memory is bounded: lines are read in small batches (at most [`BATCH`] lines or
//! [`BATCH_BYTES`] bytes, and only as many as are already buffered, so a slow producer
//! gets its answers without waiting for a full batch), extracted in parallel, and written
//! in input order with a flush after each document. Each line's text goes through
//! [`document::process`], the path every document takes.
//!
//! Rejected lines: not UTF-8 or not JSON, not an object, `text` missing or not a string,
//! `id` neither a string nor a number, longer than [`MAX_LINE`]. Each is reported on
//! stderr as `zhfacts: stdin line N: reason`, skipped, and counted as an error (exit 1).
//! Blank lines are ignored; a missing `id` becomes the line number.

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::time::Instant;

use rayon::prelude::*;
use serde_json::value::RawValue;

use crate::document::{self, DocOptions, Input, INTERNAL_ERROR};
use crate::error::{Error, Result};
use crate::extract::{Extractor, Options, Region};
use crate::output::{EncodedRows, Format, RowEncoder};
use crate::{Config, Summary};

/// Most lines extracted in one parallel batch.
pub const BATCH: usize = 64;
/// A batch is closed once its lines hold this many bytes.
pub const BATCH_BYTES: usize = 8 * 1024 * 1024;
/// Longest accepted line, in bytes: a longer one is skipped as it is read, never held
/// whole (issue 16). Memory grows with the longest line (held once: its text is decoded
/// in the line's own buffer).
pub const MAX_LINE: usize = 64 * 1024 * 1024;

/// One input line, parsed or rejected.
enum Line {
    Doc {
        id: String,
        text: String,
        region: Option<Region>,
        /// The line's own `"place"` (a name or code, resolved by the worker).
        place: Option<String>,
    },
    Bad(String),
}

/// What one input line produced.
enum Outcome {
    /// A document's fact rows, encoded as JSON lines by the worker, and their number.
    Rows(EncodedRows, usize),
    /// Extraction failed on the document (its id).
    Failed(String),
    /// A rejected line: why.
    Bad(String),
}

/// Reads `{"id", "text"}` lines from `input` and writes fact rows as JSON lines to
/// `out`. Bad lines are reported on stderr and counted in `Summary::errors`.
pub fn run_stream<R: Read, W: Write>(cfg: &Config, input: R, out: W) -> Result<Summary> {
    let started = Instant::now();
    let ex = crate::extractor(cfg)?;
    let place = crate::given_place(&ex, cfg)?;
    let pool = crate::thread_pool(cfg)?;
    let mut rdr = BufReader::with_capacity(64 * 1024, input);
    let mut wtr = io::BufWriter::new(out);
    let stdout_err = |e| Error::io("<stdout>", e);
    let mut summary = Summary::default();
    let mut line_no = 0usize;
    let mut eof = false;
    while !eof {
        let batch = read_batch(&mut rdr, &mut line_no, &mut eof)?;
        let outcomes: Vec<(usize, Outcome)> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|(n, line)| (n, outcome(&ex, line, cfg, place)))
                .collect()
        });
        for (n, outcome) in outcomes {
            match outcome {
                Outcome::Rows(rows, count) => {
                    summary.documents += 1;
                    summary.facts += count;
                    rows.write_to(&mut wtr).map_err(stdout_err)?;
                    wtr.flush().map_err(stdout_err)?;
                }
                Outcome::Failed(id) => {
                    summary.documents += 1;
                    summary.errors += 1;
                    eprintln!("zhfacts: stdin line {n} (id {id}): {INTERNAL_ERROR}");
                }
                Outcome::Bad(why) => {
                    summary.errors += 1;
                    eprintln!("zhfacts: stdin line {n}: {why}");
                }
            }
        }
    }
    wtr.flush().map_err(stdout_err)?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

/// Reads the next batch of lines: blocks for the first line only, then takes what is
/// buffered (at most [`BATCH`] lines or [`BATCH_BYTES`] bytes). Sets `eof` at the end.
fn read_batch<R: Read>(
    rdr: &mut BufReader<R>,
    line_no: &mut usize,
    eof: &mut bool,
) -> Result<Vec<(usize, Line)>> {
    let stdin_err = |e| Error::io("<stdin>", e);
    let mut batch: Vec<(usize, Line)> = Vec::new();
    let mut bytes = 0;
    loop {
        if rdr.fill_buf().map_err(stdin_err)?.is_empty() {
            *eof = true;
            break;
        }
        *line_no += 1;
        let (line, len) = read_line(rdr, *line_no, MAX_LINE).map_err(stdin_err)?;
        bytes += len;
        if let Some(line) = line {
            batch.push((*line_no, line));
        }
        if batch.len() >= BATCH || bytes >= BATCH_BYTES || rdr.buffer().is_empty() {
            break;
        }
    }
    Ok(batch)
}

/// One line through [`document::process_each`] (the path every document takes), its
/// fact rows encoded as JSON lines sentence by sentence; beyond
/// [`crate::output::SPILL_BYTES`] they wait in a temporary file, so a long document's
/// rows are not all held (issue 16).
fn outcome(ex: &Extractor, line: Line, cfg: &Config, given: Option<usize>) -> Outcome {
    let (id, text, region, place) = match line {
        Line::Doc {
            id,
            text,
            region,
            place,
        } => (id, text, region, place),
        Line::Bad(why) => return Outcome::Bad(why),
    };
    let place = match place.as_deref().map(|p| ex.given_place(p)) {
        None => given,
        Some(Ok(d)) => Some(d),
        Some(Err(why)) => return Outcome::Bad(format!("\"place\": {why}")),
    };
    let opts = DocOptions {
        extract: Options {
            numbers: cfg.numbers,
            region: region.or(cfg.region),
            place,
            ..Options::default()
        },
        encoding: None,
    };
    let Some(mut enc) = RowEncoder::new(Format::Jsonl, false).map(|e| e.spilling(None)) else {
        return Outcome::Bad(format!("id {id}: no JSONL encoder"));
    };
    let mut failed: Option<String> = None;
    let doc = document::process_each(ex, &id, Input::Text(&text), opts, None, &mut |facts, _| {
        for row in &facts {
            if failed.is_none() {
                failed = enc.push(row).err().map(|e| e.to_string());
            }
        }
    });
    drop(text);
    if doc.status != "ok" {
        return Outcome::Failed(id);
    }
    if let Some(why) = failed {
        return Outcome::Bad(format!("id {id}: {why}"));
    }
    match enc.finish() {
        Ok(rows) => Outcome::Rows(rows, doc.facts),
        Err(why) => Outcome::Bad(format!("id {id}: {why}")),
    }
}

/// One input line as a reader: ends at its `\n` (consumed) or at the end of the input,
/// and fails once the line passes [`MAX_LINE`] bytes. The JSON parser reads the line
/// through it, so the raw line is never held: only the parsed value is (issue 16).
struct LineReader<'a, R> {
    rdr: &'a mut BufReader<R>,
    /// Bytes of the line read so far.
    len: usize,
    /// Bytes of the buffered chunk that belong to the line and are not read yet.
    left: usize,
    /// Whether the line's `\n` follows those bytes.
    newline: bool,
    ended: bool,
    blank: bool,
    too_long: bool,
    /// The longest line accepted ([`MAX_LINE`]).
    max: usize,
    /// An error reading the input itself (not the line's content).
    failed: Option<io::Error>,
}

impl<'a, R: Read> LineReader<'a, R> {
    fn new(rdr: &'a mut BufReader<R>, max: usize) -> Self {
        LineReader {
            rdr,
            max,
            len: 0,
            left: 0,
            newline: false,
            ended: false,
            blank: true,
            too_long: false,
            failed: None,
        }
    }

    /// Finds how much of the buffered input belongs to the line; false at its end.
    fn refill(&mut self) -> io::Result<bool> {
        if self.left == 0 && self.newline {
            self.rdr.consume(1);
            self.newline = false;
            self.ended = true;
        }
        if self.ended {
            return Ok(false);
        }
        if self.left == 0 {
            let chunk = self.rdr.fill_buf()?;
            if chunk.is_empty() {
                self.ended = true;
                return Ok(false);
            }
            match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (self.left, self.newline) = (i, true),
                None => self.left = chunk.len(),
            }
            if self.left == 0 {
                return self.refill();
            }
        }
        Ok(true)
    }

    /// Skips the rest of the line without holding it.
    fn skip_rest(&mut self) -> io::Result<()> {
        while self.refill()? {
            self.rdr.consume(self.left);
            self.len += self.left;
            self.left = 0;
        }
        Ok(())
    }
}

impl<R: Read> Read for LineReader<'_, R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        match self.refill() {
            Ok(true) => {}
            Ok(false) => return Ok(0),
            Err(e) => {
                let msg = e.to_string();
                self.failed = Some(e);
                return Err(io::Error::other(msg));
            }
        }
        let n = self.left.min(out.len());
        if self.len + n > self.max {
            self.too_long = true;
            return Err(io::Error::other("line too long"));
        }
        let chunk = &self.rdr.buffer()[..n];
        out[..n].copy_from_slice(chunk);
        self.blank &= chunk.iter().all(u8::is_ascii_whitespace);
        self.rdr.consume(n);
        self.left -= n;
        self.len += n;
        Ok(n)
    }
}

/// Reads and parses one line (its `\n` consumed); None for a blank line. Also returns
/// the line's length in bytes. Fails only when the input cannot be read.
fn read_line<R: Read>(
    rdr: &mut BufReader<R>,
    line_no: usize,
    max: usize,
) -> io::Result<(Option<Line>, usize)> {
    let mut lr = LineReader::new(rdr, max);
    let mut raw = Vec::new();
    // Its only errors are the two flags below.
    let _ = lr.read_to_end(&mut raw);
    if let Some(e) = lr.failed.take() {
        return Err(e);
    }
    let line = if lr.too_long {
        Some(Line::Bad(format!("longer than {max} bytes")))
    } else if lr.blank {
        None
    } else {
        Some(parse_raw(raw, line_no))
    };
    lr.skip_rest()?;
    Ok((line, lr.len))
}

/// A key of a line's object, borrowed from the line when it has no escapes.
#[derive(serde::Deserialize, PartialEq, Eq, Hash)]
struct Key<'a>(#[serde(borrow)] std::borrow::Cow<'a, str>);

/// One line's bytes → a document or the reason it is rejected. The text is decoded in
/// the line's own buffer, which becomes the document's `String`: a long document is
/// held once, not as the parser's buffer and a copy of it (issue 16). A line this path
/// does not take (not an object, a value that does not parse, a text that does not
/// decode) goes through [`parse_value`], for the same verdict as ever.
fn parse_raw(mut raw: Vec<u8>, line_no: usize) -> Line {
    let slow = |raw: &[u8]| match serde_json::from_slice::<serde_json::Value>(raw) {
        Ok(value) => parse_value(value, line_no),
        Err(e) => Line::Bad(format!("not JSON: {e}")),
    };
    let fields = serde_json::from_slice::<HashMap<Key, &RawValue>>(&raw);
    let Ok(mut fields) = fields else {
        return slow(&raw);
    };
    let Some(text) = fields.remove(&Key("text".into())) else {
        return Line::Bad("missing \"text\"".into());
    };
    let Some(inner) = text
        .get()
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
    else {
        return Line::Bad("\"text\" is not a string".into());
    };
    let from = inner.as_ptr() as usize - raw.as_ptr() as usize;
    let to = from + inner.len();
    // Every other value as the whole line's parse reads it (it rejects lone surrogates).
    let mut obj = serde_json::Map::new();
    for (k, v) in fields {
        match serde_json::from_str(v.get()) {
            Ok(v) => obj.insert(k.0.into_owned(), v),
            Err(_) => return slow(&raw),
        };
    }
    let Some(len) = decode_in_place(&mut raw, from, to) else {
        return slow(&raw);
    };
    match id_and_region(&obj, line_no) {
        Ok((id, region, place)) => {
            raw.truncate(len);
            match String::from_utf8(raw) {
                Ok(text) => Line::Doc {
                    id,
                    text,
                    region,
                    place,
                },
                Err(_) => Line::Bad("\"text\" is not UTF-8".into()),
            }
        }
        Err(why) => Line::Bad(why),
    }
}

/// Bytes of a line's text decoded at once by [`decode_in_place`].
const PIECE: usize = 64 * 1024;

/// Decodes the content of the JSON string `raw[from..to]` (quotes excluded) to the
/// front of `raw` and returns its length; None, with nothing written, when it does not
/// decode. serde_json decodes it piece by piece ([`cut`]), so no piece is much larger
/// than [`PIECE`]; decoded text is never longer than its escaped form, so it is written
/// where its bytes were read.
fn decode_in_place(raw: &mut [u8], from: usize, to: usize) -> Option<usize> {
    let mut quoted = String::new();
    let mut piece = |raw: &[u8], at: usize| -> Option<(usize, String)> {
        let end = cut(&raw[..to], at);
        quoted.clear();
        quoted.push('"');
        quoted.push_str(std::str::from_utf8(&raw[at..end]).ok()?);
        quoted.push('"');
        Some((end, serde_json::from_str(&quoted).ok()?))
    };
    let write = |raw: &mut [u8], len: usize, text: &str| {
        raw[len..len + text.len()].copy_from_slice(text.as_bytes());
        len + text.len()
    };
    // First check that every piece decodes (a text of one piece: it is kept), then write.
    let (mut at, mut first) = (from, None);
    while at < to {
        let (end, text) = piece(raw, at)?;
        if at == from && end == to {
            first = Some(text);
        }
        at = end;
    }
    if let Some(text) = first {
        return Some(write(raw, 0, &text));
    }
    let (mut at, mut len) = (from, 0);
    while at < to {
        let (end, text) = piece(raw, at)?;
        len = write(raw, len, &text);
        at = end;
    }
    Some(len)
}

/// One line's JSON value → a document or the reason it is rejected.
fn parse_value(mut value: serde_json::Value, line_no: usize) -> Line {
    let Some(obj) = value.as_object_mut() else {
        return Line::Bad("not a JSON object".into());
    };
    // Taken, not copied: the text may be a long document.
    let text = match obj.remove("text") {
        Some(serde_json::Value::String(t)) => t,
        Some(_) => return Line::Bad("\"text\" is not a string".into()),
        None => return Line::Bad("missing \"text\"".into()),
    };
    match id_and_region(obj, line_no) {
        Ok((id, region, place)) => Line::Doc {
            id,
            text,
            region,
            place,
        },
        Err(why) => Line::Bad(why),
    }
}

/// A line's `id` (the line number when it has none), `region` and `place`, or why they
/// are rejected.
fn id_and_region(
    obj: &serde_json::Map<String, serde_json::Value>,
    line_no: usize,
) -> std::result::Result<(String, Option<Region>, Option<String>), String> {
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        None | Some(serde_json::Value::Null) => line_no.to_string(),
        Some(_) => return Err("\"id\" is neither a string nor a number".into()),
    };
    // "region": CN, TW, HK or MO (any case) fixes the line's region; "auto", null or
    // none leaves it to --region (or detection).
    let region = match obj.get("region") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(r)) if r.eq_ignore_ascii_case("auto") => None,
        Some(serde_json::Value::String(r)) => match Region::from_code(r) {
            Some(r) => Some(r),
            None => return Err(format!("\"region\" {r:?} is not CN, TW, HK, MO or auto")),
        },
        Some(_) => return Err("\"region\" is not a string".into()),
    };
    // "place": a division's name or code (checked by the worker), over --place.
    let place = match obj.get("place") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(p)) => Some(p.clone()),
        Some(_) => return Err("\"place\" is not a string".into()),
    };
    Ok((id, region, place))
}

/// Where the piece of a JSON string's content `raw[at..]` (serde_json has checked its
/// escapes) that [`decode_in_place`] decodes at once ends: the first char after
/// [`PIECE`] bytes that is neither inside an escape nor the second half of a surrogate
/// pair (`\ud83d\ude00`), or the end.
fn cut(raw: &[u8], at: usize) -> usize {
    let mut i = at;
    while i < raw.len() {
        let trail = |h: &[u8]| {
            h.len() == 2
                && h[0].eq_ignore_ascii_case(&b'd')
                && matches!(h[1], b'c'..=b'f' | b'C'..=b'F')
        };
        let pair_end = raw[i..].starts_with(b"\\u")
            && trail(&raw[(i + 2).min(raw.len())..(i + 4).min(raw.len())]);
        if i >= at + PIECE && raw[i] & 0xC0 != 0x80 && !pair_end {
            return i;
        }
        i += match (raw[i], raw.get(i + 1)) {
            (b'\\', Some(b'u')) => 6,
            (b'\\', _) => 2,
            _ => 1,
        };
    }
    raw.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> Config {
        Config {
            format: crate::output::Format::Jsonl,
            threads: 2,
            bom: false,
            quiet: true,
            stdin_jsonl: true,
            ..Config::new(Vec::new(), "unused".into())
        }
    }

    #[test]
    fn lines_in_rows_out_in_order() {
        let input = concat!(
            "{\"id\": \"a\", \"text\": \"全县已累计建成326个充电桩。\"}\n",
            "not json\n",
            "\n",
            "{\"id\": 7, \"text\": \"新建5G基站120个。\"}\n",
            "{\"id\": \"c\"}\n",
            "{\"text\": \"完成投资3亿元。\"}"
        );
        let mut out = Vec::new();
        let s = run_stream(&cfg(), input.as_bytes(), &mut out).unwrap();
        let rows: Vec<serde_json::Value> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let docs: Vec<&str> = rows.iter().map(|r| r["doc"].as_str().unwrap()).collect();
        assert_eq!(docs.first(), Some(&"a"));
        assert_eq!(docs.last(), Some(&"6"), "a missing id is the line number");
        assert!(docs.contains(&"7"));
        assert_eq!(rows[0]["value"], "326");
        assert_eq!((s.documents, s.errors), (3, 2));
    }

    /// One line through [`read_line`].
    fn parse_line(raw: &[u8], line_no: usize) -> Option<Line> {
        read_line(&mut BufReader::new(raw), line_no, MAX_LINE)
            .unwrap()
            .0
    }

    #[test]
    fn long_lines_are_skipped_unread_and_the_next_one_read() {
        // A small buffer, so lines span several refills.
        let input = "{\"text\": \"全县已累计建成326个充电桩。\"}\n{\"text\": \"x\"}\n\
                     {\"text\": \"完成投资3亿元\\n。\"}";
        let mut rdr = BufReader::with_capacity(7, input.as_bytes());
        let mut got = Vec::new();
        while !rdr.fill_buf().unwrap().is_empty() {
            got.push(read_line(&mut rdr, got.len() + 1, 40).unwrap());
        }
        assert_eq!(got.len(), 3);
        assert!(matches!(&got[0].0, Some(Line::Bad(why)) if why == "longer than 40 bytes"));
        assert_eq!(got[0].1, input.find('\n').unwrap());
        assert!(matches!(&got[1].0, Some(Line::Doc { text, .. }) if text == "x"));
        assert!(
            matches!(&got[2].0, Some(Line::Doc { text, .. }) if text == "完成投资3亿元\n。"),
            "the last line, without a newline"
        );
    }

    #[test]
    fn bad_lines_name_the_reason() {
        let bad = |s: &str| match parse_line(s.as_bytes(), 1) {
            Some(Line::Bad(why)) => why,
            _ => panic!("{s} should be rejected"),
        };
        assert!(bad("{").starts_with("not JSON"));
        assert_eq!(bad("[1]"), "not a JSON object");
        assert_eq!(bad("{\"id\":1}"), "missing \"text\"");
        assert_eq!(bad("{\"text\":1}"), "\"text\" is not a string");
        assert!(parse_line(b" \r", 1).is_none());
        assert!(matches!(parse_line(&[0xff, 0xfe], 1), Some(Line::Bad(_))));
    }
    /// What a line became, comparable: the document's id, text and region, or why not.
    fn verdict(line: Line) -> std::result::Result<(String, String, Option<Region>), String> {
        match line {
            Line::Doc {
                id, text, region, ..
            } => Ok((id, text, region)),
            Line::Bad(why) => Err(why),
        }
    }

    /// The whole line parsed as one JSON value, as every line was before issue 16.
    fn slow_verdict(raw: &str) -> std::result::Result<(String, String, Option<Region>), String> {
        verdict(match serde_json::from_str(raw) {
            Ok(v) => parse_value(v, 3),
            Err(e) => Line::Bad(format!("not JSON: {e}")),
        })
    }

    #[test]
    fn text_decoded_in_place_as_the_whole_parse_reads_it() {
        let long = "完成投资3亿元\\n\\t增长\\\"8.5%\\\"。\\ud83d\\ude00A\\u00e9\\/".repeat(9000);
        // The same text all in escapes (\u000a, pairs for 😀): no raw char to cut before.
        let decoded: String = serde_json::from_str(&format!("\"{long}\"")).unwrap();
        let mut ascii = String::from("\"");
        for c in decoded.chars() {
            match c {
                '"' | '\\' => ascii.extend(['\\', c]),
                ' '..='~' => ascii.push(c),
                c => {
                    for u in c.encode_utf16(&mut [0; 2]) {
                        ascii.push_str(&format!("\\u{u:04x}"));
                    }
                }
            }
        }
        ascii.push('"');
        let lines = [
            r#"{"id": "a", "text": "全县\n已建成\u0033\u0032\u0036个充电桩\\。"}"#.to_string(),
            r#"{"text": "x", "id": 7.50, "region": "hk"}"#.into(),
            r#"{"te\u0078t": "转义的键", "text2": "y"}"#.into(),
            r#"{"text": "先", "text": "后"}"#.into(),
            r#"{"text": "\ud83d 孤立的代理"}"#.into(),
            r#"{"text": "好", "note": "\udc00"}"#.into(),
            r#"{"text": "坏\x"}"#.into(),
            r#"{"text": "好", "region": "FR"}"#.into(),
            r#"{"text": null}"#.into(),
            r#"{"text": "好", "id": [1]}"#.into(),
            r#"{"text": "好"} 尾"#.into(),
            "[1]".into(),
            format!(r#"{{"id": "ascii", "text": {ascii}}}"#),
            format!(r#"{{"id": "long", "text": "{long}"}}"#),
        ];
        for raw in &lines {
            let fast = verdict(parse_raw(raw.as_bytes().to_vec(), 3));
            let start: String = raw.chars().take(40).collect();
            assert!(
                fast == slow_verdict(raw),
                "{start}: {:?}",
                fast.map(|d| d.0)
            );
        }
        let text = verdict(parse_raw(lines[0].as_bytes().to_vec(), 3))
            .unwrap()
            .1;
        assert_eq!(text, "全县\n已建成326个充电桩\\。");
        let escaped = &lines[lines.len() - 2];
        assert!(escaped.is_ascii());
        let got = verdict(parse_raw(escaped.as_bytes().to_vec(), 3))
            .unwrap()
            .1;
        assert!(got == decoded, "the escaped text decodes to the text");
        // Both long texts decode piece by piece, not through the whole line's parse.
        for raw in [escaped, lines.last().unwrap()] {
            let mut bytes = raw.as_bytes().to_vec();
            let from = raw.find("\"text\": \"").unwrap() + 9;
            let len = decode_in_place(&mut bytes, from, raw.len() - 2).expect("pieces decode");
            assert!(bytes[..len] == *decoded.as_bytes());
        }
        let long = verdict(parse_raw(lines.last().unwrap().as_bytes().to_vec(), 3)).unwrap();
        assert_eq!(
            long.1.matches('😀').count(),
            9000,
            "pairs across piece cuts"
        );
        assert!(long.1.len() > 2 * PIECE);
        assert!(verdict(parse_raw(lines[4].as_bytes().to_vec(), 3))
            .unwrap_err()
            .starts_with("not JSON"));
    }
}
