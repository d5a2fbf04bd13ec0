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
/// Longest accepted line, in bytes (the same limit as a document file).
pub const MAX_LINE: usize = 256 * 1024 * 1024;

/// One input line, parsed or rejected.
enum Line {
    Doc {
        id: String,
        text: String,
        region: Option<Region>,
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
                .map(|(n, line)| (n, outcome(&ex, line, cfg)))
                .collect()
        });
        for (n, outcome) in outcomes {
            match outcome {
                Outcome::Rows(rows, count) => {
                    summary.documents += 1;
                    summary.facts += count;
                    wtr.write_all(rows.as_bytes()).map_err(stdout_err)?;
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
    let mut batch: Vec<(usize, Line)> = Vec::new();
    let mut buf = Vec::new();
    let mut bytes = 0;
    loop {
        match read_line(rdr, &mut buf).map_err(|e| Error::io("<stdin>", e))? {
            LineRead::Eof => {
                *eof = true;
                break;
            }
            LineRead::TooLong => {
                *line_no += 1;
                batch.push((*line_no, Line::Bad(format!("longer than {MAX_LINE} bytes"))));
            }
            LineRead::Line => {
                *line_no += 1;
                bytes += buf.len();
                if let Some(line) = parse_line(&buf, *line_no) {
                    batch.push((*line_no, line));
                }
            }
        }
        if batch.len() >= BATCH || bytes >= BATCH_BYTES || rdr.buffer().is_empty() {
            break;
        }
    }
    Ok(batch)
}

/// One line through [`document::process`] (the path every document takes), its fact
/// rows encoded as JSON lines.
fn outcome(ex: &Extractor, line: Line, cfg: &Config) -> Outcome {
    let (id, text, region) = match line {
        Line::Doc { id, text, region } => (id, text, region),
        Line::Bad(why) => return Outcome::Bad(why),
    };
    let opts = DocOptions {
        extract: Options {
            numbers: cfg.numbers,
            region: region.or(cfg.region),
        },
        encoding: None,
    };
    let rows = document::process(ex, &id, Input::Text(&text), opts, None);
    if rows.doc.status != "ok" {
        return Outcome::Failed(id);
    }
    let encoded = RowEncoder::new(Format::Jsonl, false)
        .ok_or_else(|| "no JSONL encoder".to_string())
        .and_then(|mut enc| {
            for row in &rows.facts {
                enc.push(row).map_err(|e| e.to_string())?;
            }
            enc.finish().map_err(|e| e.to_string())
        });
    match encoded {
        Ok(bytes) => Outcome::Rows(bytes, rows.facts.len()),
        Err(why) => Outcome::Bad(format!("id {id}: {why}")),
    }
}

/// How reading one line went.
enum LineRead {
    Eof,
    Line,
    TooLong,
}

/// Reads one line (without its `\n`) into `buf`, at most [`MAX_LINE`] bytes; the rest of
/// a longer line is skipped.
fn read_line<R: Read>(rdr: &mut BufReader<R>, buf: &mut Vec<u8>) -> io::Result<LineRead> {
    buf.clear();
    let n = rdr
        .by_ref()
        .take(MAX_LINE as u64 + 1)
        .read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(LineRead::Eof);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        return Ok(LineRead::Line);
    }
    if buf.len() <= MAX_LINE {
        return Ok(LineRead::Line); // the last line, without a newline
    }
    buf.clear();
    // Skip to the end of the overlong line without holding it.
    loop {
        let chunk = rdr.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => {
                rdr.consume(i + 1);
                break;
            }
            None => {
                let len = chunk.len();
                rdr.consume(len);
            }
        }
    }
    Ok(LineRead::TooLong)
}

/// Parses one line; None for a blank line.
fn parse_line(raw: &[u8], line_no: usize) -> Option<Line> {
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    if raw.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let value: serde_json::Value = match serde_json::from_slice(raw) {
        Ok(v) => v,
        Err(e) => return Some(Line::Bad(format!("not JSON: {e}"))),
    };
    let Some(obj) = value.as_object() else {
        return Some(Line::Bad("not a JSON object".into()));
    };
    let text = match obj.get("text") {
        Some(serde_json::Value::String(t)) => t.clone(),
        Some(_) => return Some(Line::Bad("\"text\" is not a string".into())),
        None => return Some(Line::Bad("missing \"text\"".into())),
    };
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        None | Some(serde_json::Value::Null) => line_no.to_string(),
        Some(_) => return Some(Line::Bad("\"id\" is neither a string nor a number".into())),
    };
    // "region": CN, TW, HK or MO (any case) fixes the line's region; "auto", null or
    // none leaves it to --region (or detection).
    let region = match obj.get("region") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(r)) if r.eq_ignore_ascii_case("auto") => None,
        Some(serde_json::Value::String(r)) => match Region::from_code(r) {
            Some(r) => Some(r),
            None => {
                return Some(Line::Bad(format!(
                    "\"region\" {r:?} is not CN, TW, HK, MO or auto"
                )))
            }
        },
        Some(_) => return Some(Line::Bad("\"region\" is not a string".into())),
    };
    Some(Line::Doc { id, text, region })
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
