//! zhfacts: folders of Chinese news releases in, tables of facts out.
//!
//! ```text
//! inputs ──read──▶ Release{id, source}          (read.rs: sorted, nothing loaded yet)
//!        ──decode─▶ Decoded{text, encoding}     (decode.rs: UTF-8/GB18030/Big5/UTF-16; render/: HTML, Markdown → text)
//!        ──split──▶ Sentence{idx, span}         (split.rs)
//!        ──segment▶ Token{word, tag, span}      (segment.rs: jieba, only sentences with figures or entity cues)
//!        ──extract▶ Fact / Entity               (extract/: numerals, units, dates, subjects, entities)
//!        ──normalize▶ FactRow / EntityRow / DocRow (normalize.rs: plain decimals, ISO dates)
//!        ──output─▶ facts / entities / documents / summary tables
//!                                               (output.rs: CSV, JSONL or one XLSX workbook;
//!                                                atomic, or compared with --check)
//! ```
//!
//! With `--stdin-jsonl` the input is a stream of `{"id", "text"}` lines instead and the
//! fact rows go to stdout as JSON lines, document by document (stream.rs).
//!
//! Documents are processed in parallel (rayon) in chunks and written in input order, so
//! output is byte-identical for any thread count and memory does not grow with the corpus.
//! Offsets everywhere are characters (code points) of the decoded text.
//!
//! For embedding, [`extract`] runs the whole chain on one text with the built-in rules:
//!
//! ```
//! let facts = zhfacts::extract("全县已累计建成326个充电桩。");
//! assert_eq!(facts[0].text, "326个");
//! assert_eq!(facts[0].subject, "充电桩");
//! ```
#![deny(missing_docs)]

pub mod cli;
pub mod config;
pub mod decode;
pub mod error;
pub mod explain;
pub mod extract;
pub mod normalize;
pub mod output;
pub mod patterns;
pub mod read;
pub mod render;
pub mod segment;
pub mod split;
pub mod stream;

use std::io::Read;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

pub use error::{Error, Result};
pub use extract::{Extractor, Fact, Options};
use normalize::{DocRow, EntityRow, FactRow, SummaryRow};
use output::{EncodedRows, Format, RowEncoder, Table};
use read::{Release, Source};

/// Extracts the facts of one text with the built-in rules (the extractor is built on
/// first use and kept).
pub fn extract(text: &str) -> Vec<Fact> {
    static EXTRACTOR: OnceLock<Option<Extractor>> = OnceLock::new();
    EXTRACTOR
        .get_or_init(|| Extractor::new(patterns::Patterns::builtin().ok()?).ok())
        .as_ref()
        .map(|ex| ex.extract(text, Options::default()).facts)
        .unwrap_or_default()
}

/// Validated settings for [`run`].
#[derive(Debug, Clone)]
pub struct Config {
    /// Files, folders, or `-` for stdin.
    pub inputs: Vec<PathBuf>,
    /// Output folder.
    pub out: PathBuf,
    /// Table format.
    pub format: Format,
    /// Compare with the tables in `out` instead of writing.
    pub check: bool,
    /// Emit bare numerals too.
    pub numbers: bool,
    /// Rule folder; built-in rules when None.
    pub patterns: Option<PathBuf>,
    /// Worker threads (0 = all cores).
    pub threads: usize,
    /// Write a UTF-8 BOM at the start of CSV tables.
    pub bom: bool,
    /// Print nothing but errors.
    pub quiet: bool,
    /// Force this encoding instead of detecting it.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Show a progress bar on stderr (only sensible when stderr is a terminal).
    pub progress: bool,
    /// Read `{"id", "text"}` JSON lines from stdin and write fact rows as JSON lines to
    /// stdout instead of reading `inputs` and writing tables.
    pub stdin_jsonl: bool,
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Documents seen.
    pub documents: usize,
    /// Fact rows written.
    pub facts: usize,
    /// Entity rows written.
    pub entities: usize,
    /// Documents skipped (binary, empty).
    pub skipped: usize,
    /// Documents that failed.
    pub errors: usize,
    /// Stale-table reports from `--check` (empty when up to date or not checking).
    pub stale: Vec<String>,
    /// Wall time.
    pub seconds: f64,
}

impl Summary {
    /// The one-line summary printed at the end of a run.
    pub fn line(&self) -> String {
        format!(
            "zhfacts: {} documents, {} facts, {} entities, {} skipped, {} errors in {:.2} s",
            self.documents, self.facts, self.entities, self.skipped, self.errors, self.seconds
        )
    }
}

/// Everything one document produced, as rows.
struct DocRows {
    doc: DocRow,
    facts: Vec<FactRow>,
    entities: Vec<EntityRow>,
}

/// One document as the writer takes it: its document row (id, status and error feed the
/// counts and messages), its row counts, and its rows for the four tables.
struct DocOutcome {
    doc: DocRow,
    facts: usize,
    entities: usize,
    tables: Result<TableRows>,
}

/// One document's rows for the four tables.
enum TableRows {
    /// CSV or JSONL: serialized by the worker, so the writer only appends bytes.
    Encoded {
        facts: EncodedRows,
        entities: EncodedRows,
        documents: EncodedRows,
        summary: EncodedRows,
    },
    /// XLSX: the rows themselves, since the sheets type their cells from them (the
    /// document row is [`DocOutcome::doc`]).
    Rows {
        facts: Vec<FactRow>,
        entities: Vec<EntityRow>,
        summary: Vec<SummaryRow>,
    },
}

/// Largest document accepted, in bytes; larger files are reported, not loaded.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

fn read_bytes(r: &Release) -> std::result::Result<Vec<u8>, String> {
    match &r.source {
        Source::File(p) => {
            let meta = std::fs::metadata(p).map_err(|e| e.to_string())?;
            // Listed as a file, but replaced since (a FIFO would block the worker).
            if !meta.is_file() {
                return Err(read::NOT_REGULAR.into());
            }
            if meta.len() > MAX_BYTES {
                return Err(format!(
                    "file too large ({} bytes; limit {MAX_BYTES})",
                    meta.len()
                ));
            }
            std::fs::read(p).map_err(|e| e.to_string())
        }
        Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .take(MAX_BYTES + 1)
                .read_to_end(&mut buf)
                .map_err(|e| e.to_string())?;
            Ok(buf)
        }
        Source::Unlisted(reason) => Err(reason.clone()),
    }
}

/// Runs the extractor on one text. A panic here would be a bug; it must cost one
/// document, not the batch, so it becomes None.
fn extract_guarded(
    ex: &Extractor,
    text: &str,
    tables: Option<&[render::TableRow]>,
    numbers: bool,
) -> Option<extract::DocExtract> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        ex.extract_with_tables(text, tables, Options { numbers })
    }))
    .ok()
}

/// The message for a document that extraction failed on.
const INTERNAL_ERROR: &str = "extraction failed (a bug: please report with this file)";

fn process(ex: &Extractor, r: &Release, cfg: &Config) -> DocRows {
    let mut doc = DocRow {
        doc: r.id.clone(),
        ..DocRow::default()
    };
    let bytes = match read_bytes(r) {
        Ok(b) => b,
        Err(e) => {
            doc.status = "error: unreadable".into();
            doc.error = e;
            return DocRows {
                doc,
                facts: Vec::new(),
                entities: Vec::new(),
            };
        }
    };
    let decoded = match decode::decode(&bytes, r.ext().as_deref(), cfg.encoding) {
        Ok(d) => d,
        Err(e) => {
            let (status, error) = match e {
                decode::DecodeError::Empty => ("skipped: empty".to_string(), String::new()),
                decode::DecodeError::Binary => ("skipped: binary".to_string(), String::new()),
                decode::DecodeError::Undecodable(why) => ("error: undecodable".to_string(), why),
            };
            doc.status = status;
            doc.error = error;
            return DocRows {
                doc,
                facts: Vec::new(),
                entities: Vec::new(),
            };
        }
    };
    drop(bytes);
    doc.encoding = decoded.encoding.to_string();
    doc.format = decoded.format.name().to_string();
    doc.title = decoded.title.clone().unwrap_or_default();
    doc.chars = decoded.text.chars().count();
    let Some(x) = extract_guarded(ex, &decoded.text, decoded.table_rows(), cfg.numbers) else {
        doc.status = "error: internal".into();
        doc.error = INTERNAL_ERROR.into();
        return DocRows {
            doc,
            facts: Vec::new(),
            entities: Vec::new(),
        };
    };
    doc.sentences = x.sentences;
    doc.facts = x.facts.len();
    doc.release_date = x.release_date.clone().unwrap_or_default();
    doc.status = "ok".into();
    // Consumed one by one, so a fact's strings are freed as its row is made: a document
    // with very many facts is not held twice.
    let facts = x
        .facts
        .into_iter()
        .map(|f| normalize::normalize_owned(&r.id, f))
        .collect();
    let entities = x
        .entities
        .into_iter()
        .map(|e| normalize::normalize_entity(&r.id, &e))
        .collect();
    DocRows {
        doc,
        facts,
        entities,
    }
}

/// Readies one document's rows for the writer, in the worker: its summary rows, and for
/// CSV or JSONL every row serialized (about a tenth of the work; left to the one writer
/// task, it would not scale with the threads).
fn prepare(rows: DocRows, format: Format) -> DocOutcome {
    let DocRows {
        doc,
        facts,
        entities,
    } = rows;
    let summary = normalize::summarize(&doc.doc, &facts);
    let (n_facts, n_entities) = (facts.len(), entities.len());
    let tables = match format {
        Format::Xlsx => Ok(TableRows::Rows {
            facts,
            entities,
            summary,
        }),
        Format::Csv | Format::Jsonl => encode_tables(format, &doc, facts, entities, &summary),
    };
    DocOutcome {
        doc,
        facts: n_facts,
        entities: n_entities,
        tables,
    }
}

/// Serializes one document's rows for the CSV or JSONL tables. Rows are consumed one
/// by one, so each row's strings are freed once it is encoded.
fn encode_tables(
    format: Format,
    doc: &DocRow,
    facts: Vec<FactRow>,
    entities: Vec<EntityRow>,
    summary: &[SummaryRow],
) -> Result<TableRows> {
    fn encode<T: serde::Serialize>(
        format: Format,
        rows: impl IntoIterator<Item = T>,
    ) -> Result<EncodedRows> {
        let mut enc = RowEncoder::new(format)
            .ok_or_else(|| Error::Config(format!("no row encoder for {}", format.ext())))?;
        for row in rows {
            enc.push(&row)?;
        }
        enc.finish()
    }
    Ok(TableRows::Encoded {
        facts: encode(format, facts)?,
        entities: encode(format, entities)?,
        documents: encode(format, [doc])?,
        summary: encode(format, summary)?,
    })
}

/// The four tables and the run's counts; rows are written chunk by chunk, in input
/// order.
struct ChunkWriter<'a> {
    facts_t: Table,
    ents_t: Table,
    docs_t: Table,
    sums_t: Table,
    summary: Summary,
    pb: &'a ProgressBar,
    total: usize,
}

impl ChunkWriter<'_> {
    /// Writes one chunk's outcomes (`sizes`: their bytes, for the progress bar): appends
    /// the rows the workers encoded, or for XLSX writes the rows into the sheets.
    fn write(&mut self, outcomes: Vec<DocOutcome>, sizes: &[u64]) -> Result<()> {
        let summary = &mut self.summary;
        for (o, size) in outcomes.into_iter().zip(sizes) {
            summary.documents += 1;
            if o.doc.status.starts_with("skipped") {
                summary.skipped += 1;
            } else if o.doc.status != "ok" {
                summary.errors += 1;
            }
            if o.doc.status != "ok" {
                let why = if o.doc.error.is_empty() {
                    String::new()
                } else {
                    format!(": {}", o.doc.error)
                };
                self.pb
                    .suspend(|| eprintln!("zhfacts: {}: {}{}", o.doc.doc, o.doc.status, why));
            }
            match o.tables? {
                TableRows::Encoded {
                    facts,
                    entities,
                    documents,
                    summary: sums,
                } => {
                    self.facts_t.append(&facts)?;
                    self.ents_t.append(&entities)?;
                    self.docs_t.append(&documents)?;
                    self.sums_t.append(&sums)?;
                }
                TableRows::Rows {
                    facts,
                    entities,
                    summary: sums,
                } => {
                    for f in &facts {
                        self.facts_t.write(f)?;
                    }
                    for e in &entities {
                        self.ents_t.write(e)?;
                    }
                    self.docs_t.write(&o.doc)?;
                    for row in &sums {
                        self.sums_t.write(row)?;
                    }
                }
            }
            summary.facts += o.facts;
            summary.entities += o.entities;
            self.pb
                .set_prefix(format!("{}/{}", summary.documents, self.total));
            self.pb.inc(*size);
        }
        Ok(())
    }
}

/// Documents handled per parallel batch: enough to keep cores busy, small enough to
/// bound memory.
const CHUNK: usize = 64;

/// Loads the rules (`--patterns` or the built-in ones) and builds the extractor.
fn extractor(cfg: &Config) -> Result<Extractor> {
    let pats = match &cfg.patterns {
        Some(dir) => patterns::Patterns::load(dir)?,
        None => patterns::Patterns::builtin()?,
    };
    Extractor::new(pats)
}

fn thread_pool(cfg: &Config) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.threads)
        .build()
        .map_err(|e| Error::Config(format!("thread pool: {e}")))
}

/// A progress bar over the bytes of `releases` (files done / total, MB/s, ETA), or a
/// hidden one when `cfg.progress` is off. Returns the bar and each release's size.
fn progress_bar(cfg: &Config, releases: &[Release]) -> (ProgressBar, Vec<u64>) {
    if !cfg.progress {
        return (ProgressBar::hidden(), vec![0; releases.len()]);
    }
    let sizes: Vec<u64> = releases
        .iter()
        .map(|r| match &r.source {
            Source::File(p) => std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
            _ => 0,
        })
        .collect();
    let pb = ProgressBar::with_draw_target(Some(sizes.iter().sum()), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(
        "{prefix} files [{bar:30}] {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} ETA {eta}",
    ) {
        pb.set_style(style.progress_chars("=> "));
    }
    pb.set_prefix(format!("0/{}", releases.len()));
    (pb, sizes)
}

/// Runs the whole pipeline: the tables, or with `cfg.stdin_jsonl` the stream from
/// stdin to stdout (see [`stream`]).
///
/// ```no_run
/// # fn main() -> zhfacts::Result<()> {
/// use zhfacts::cli::Opts;
/// use clap::Parser;
/// let cfg = zhfacts::Config::from_opts(&Opts::parse_from(["zhfacts", "corpus/", "-q"]))?;
/// let summary = zhfacts::run(&cfg)?;
/// eprintln!("{}", summary.line());
/// # Ok(())
/// # }
/// ```
pub fn run(cfg: &Config) -> Result<Summary> {
    if cfg.stdin_jsonl {
        let stdin = std::io::stdin();
        let stdout = std::io::stdout();
        return stream::run_stream(cfg, stdin.lock(), stdout.lock());
    }
    let started = Instant::now();
    let ex = extractor(cfg)?;
    let releases = read::read_corpus(&cfg.inputs).map_err(Error::Config)?;
    if !cfg.check {
        std::fs::create_dir_all(&cfg.out).map_err(|e| Error::io(&cfg.out, e))?;
        output::remove_stale_temps(&cfg.out);
    }
    let pool = thread_pool(cfg)?;
    let facts_t =
        Table::create::<FactRow>(&cfg.out, output::TABLES[0], cfg.format, cfg.bom, cfg.check)?;
    let ents_t =
        Table::create::<EntityRow>(&cfg.out, output::TABLES[1], cfg.format, cfg.bom, cfg.check)?;
    let docs_t =
        Table::create::<DocRow>(&cfg.out, output::TABLES[2], cfg.format, cfg.bom, cfg.check)?;
    let sums_t =
        Table::create::<SummaryRow>(&cfg.out, output::TABLES[3], cfg.format, cfg.bom, cfg.check)?;
    let (pb, sizes) = progress_bar(cfg, &releases);
    let mut w = ChunkWriter {
        facts_t,
        ents_t,
        docs_t,
        sums_t,
        summary: Summary::default(),
        pb: &pb,
        total: releases.len(),
    };
    // Chunk k is written while chunk k+1 is extracted: `rayon::join` inside the pool
    // runs the writing as one more task, so the pool's threads are all the threads
    // there are (with -j1 the two run one after the other). The workers also serialize
    // the CSV/JSONL rows (`prepare`), about a tenth of the work, so the writer, which
    // runs alone, only appends bytes.
    let mut pending: (Vec<DocOutcome>, &[u64]) = (Vec::new(), &[]);
    let mut result: Result<()> = Ok(());
    for (chunk, chunk_sizes) in releases.chunks(CHUNK).zip(sizes.chunks(CHUNK)) {
        let (prev, prev_sizes) = std::mem::take(&mut pending);
        let (written, outcomes) = pool.install(|| {
            rayon::join(
                || w.write(prev, prev_sizes),
                || {
                    chunk
                        .par_iter()
                        .map(|r| prepare(process(&ex, r, cfg), cfg.format))
                        .collect::<Vec<DocOutcome>>()
                },
            )
        });
        pending = (outcomes, chunk_sizes);
        result = written;
        if result.is_err() {
            break;
        }
    }
    if result.is_ok() {
        let (last, last_sizes) = pending;
        result = w.write(last, last_sizes);
    }
    pb.finish_and_clear();
    let mut summary = w.summary;
    let tables = vec![w.facts_t, w.ents_t, w.docs_t, w.sums_t];
    if let Err(e) = result {
        output::abandon(tables);
        return Err(e);
    }
    summary.stale = output::finish(&cfg.out, tables)?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config {
            inputs: Vec::new(),
            out: PathBuf::from("unused"),
            format: Format::Csv,
            check: true,
            numbers: false,
            patterns: None,
            threads: 1,
            bom: true,
            quiet: true,
            encoding: None,
            progress: false,
            stdin_jsonl: false,
        }
    }

    #[test]
    fn files_vanishing_or_replaced_after_listing_cost_only_themselves() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["a.txt", "b.txt", "c.txt"] {
            std::fs::write(dir.path().join(name), "全县已累计建成326个充电桩。").unwrap();
        }
        let releases = read::read_corpus(&[dir.path().to_path_buf()]).unwrap();
        // Mid-run: a.txt vanishes, c.txt becomes a FIFO (reading it would block).
        std::fs::remove_file(dir.path().join("a.txt")).unwrap();
        std::fs::remove_file(dir.path().join("c.txt")).unwrap();
        let fifo = std::process::Command::new("mkfifo")
            .arg(dir.path().join("c.txt"))
            .status()
            .is_ok_and(|s| s.success());
        let ex = Extractor::new(patterns::Patterns::builtin().unwrap()).unwrap();
        let out: Vec<DocRows> = releases
            .iter()
            .map(|r| process(&ex, r, &config()))
            .collect();
        assert_eq!(out[0].doc.status, "error: unreadable");
        assert!(
            out[0].doc.error.contains("No such file"),
            "{}",
            out[0].doc.error
        );
        assert_eq!((out[1].doc.status.as_str(), out[1].facts.len()), ("ok", 1));
        if fifo {
            assert_eq!(out[2].doc.status, "error: unreadable");
            assert_eq!(out[2].doc.error, read::NOT_REGULAR);
        }
    }
}
