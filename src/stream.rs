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

use std::io::{self, BufRead, BufReader, Read, Write};
use std::time::Instant;

use rayon::prelude::*;

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
/// whole (issue 16). Memory grows with the longest line (about three times its size
/// while it is parsed and extracted).
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
    use serde::Deserialize;
    let mut lr = LineReader::new(rdr, max);
    let mut de = serde_json::Deserializer::from_reader(&mut lr);
    let parsed = serde_json::Value::deserialize(&mut de).and_then(|v| de.end().map(|()| v));
    drop(de);
    if let Some(e) = lr.failed.take() {
        return Err(e);
    }
    let line = if lr.too_long {
        Some(Line::Bad(format!("longer than {max} bytes")))
    } else {
        match parsed {
            Err(_) if lr.blank => None,
            Err(e) => Some(Line::Bad(format!("not JSON: {e}"))),
            Ok(value) => Some(parse_value(value, line_no)),
        }
    };
    lr.skip_rest()?;
    Ok((line, lr.len))
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
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        None | Some(serde_json::Value::Null) => line_no.to_string(),
        Some(_) => return Line::Bad("\"id\" is neither a string nor a number".into()),
    };
    // "region": CN, TW, HK or MO (any case) fixes the line's region; "auto", null or
    // none leaves it to --region (or detection).
    let region = match obj.get("region") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(r)) if r.eq_ignore_ascii_case("auto") => None,
        Some(serde_json::Value::String(r)) => match Region::from_code(r) {
            Some(r) => Some(r),
            None => return Line::Bad(format!("\"region\" {r:?} is not CN, TW, HK, MO or auto")),
        },
        Some(_) => return Line::Bad("\"region\" is not a string".into()),
    };
    // "place": a division's name or code (checked by the worker), over --place.
    let place = match obj.get("place") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(p)) => Some(p.clone()),
        Some(_) => return Line::Bad("\"place\" is not a string".into()),
    };
    Line::Doc {
        id,
        text,
        region,
        place,
    }
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
}
