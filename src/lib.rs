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
//! One function takes a document through read → decode → extract → rows:
//! [`document::process`]. Three callers: the batch run (batch.rs: releases in, tables
//! out), `--stdin-jsonl` (stream.rs: `{"id", "text"}` lines in, fact rows out as JSON
//! lines, document by document) and `zhfacts explain` (explain.rs: prints the
//! [`Trace`] the extraction recorded).
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

// Set-up: options, errors, rules.
pub mod cli;
pub mod config;
pub mod error;
pub mod patterns;

// The flow, stage by stage (one comment each, so rustfmt keeps this order).
// 1. inputs → releases; a release's bytes.
pub mod read;
// 2. bytes → text (encodings), HTML and Markdown rendered to text and table rows.
pub mod decode;
pub mod render;
// 3. text → sentences.
pub mod split;
// 4. sentence → tokens (jieba).
pub mod segment;
// 5. document → facts and entities.
pub mod extract;
// 6. facts → rows.
pub mod normalize;
// 7. rows → tables.
pub mod output;
// One writer per output folder.
pub mod lock;

// One document through the stages, then the three ways documents come in.
pub mod document;
// Releases → tables.
mod batch;
// `--stdin-jsonl`: JSON lines → fact rows.
pub mod stream;
// `zhfacts explain`: the trace of one document.
pub mod explain;

use std::path::PathBuf;
use std::sync::OnceLock;

pub use document::{process, DocRows, Input};
pub use error::{Error, Result};
pub use extract::{Extractor, Fact, Options, Trace};
use output::Format;

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
    /// Write CSV cells as extracted: no `'` before formula-like cells (`--raw-csv`).
    pub raw_csv: bool,
    /// Wait for another run writing `out` (else fail: `--no-wait`).
    pub wait: bool,
    /// Print nothing but errors.
    pub quiet: bool,
    /// Force this encoding instead of detecting it.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Show a progress bar on stderr (only sensible when stderr is a terminal).
    pub progress: bool,
    /// Read `{"id", "text"}` JSON lines from stdin and write fact rows as JSON lines to
    /// stdout instead of reading `inputs` and writing tables.
    pub stdin_jsonl: bool,
    /// The region of every release (`--region`); None detects each one's from its text.
    pub region: Option<extract::Region>,
    /// The releases' own place (`--place`), a name or code checked against the
    /// gazetteer when the run starts; None finds each release's in its text.
    pub place: Option<String>,
}

impl Config {
    /// The settings of `zhfacts INPUTS --out OUT` with no other option (CSV with a BOM,
    /// all cores, built-in rules, no progress bar), for embedding and tests; change
    /// fields with struct update syntax.
    pub fn new(inputs: Vec<PathBuf>, out: PathBuf) -> Config {
        Config {
            inputs,
            out,
            format: Format::Csv,
            check: false,
            numbers: false,
            patterns: None,
            threads: 0,
            bom: true,
            raw_csv: false,
            wait: true,
            quiet: false,
            encoding: None,
            progress: false,
            stdin_jsonl: false,
            region: None,
            place: None,
        }
    }
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
    /// Documents skipped (binary, empty, no text layer, unsupported format).
    pub skipped: usize,
    /// Of `skipped`, files in a folder that are not releases (`unsupported format`): listed
    /// in documents.csv and on stderr, but they do not make the exit code 1.
    pub unsupported: usize,
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
            "zhfacts: {} documents, {} facts, {} entities, {} skipped{}, {} errors in {:.2} s",
            self.documents,
            self.facts,
            self.entities,
            self.skipped,
            match self.unsupported {
                0 => String::new(),
                n => format!(" ({n} unsupported format)"),
            },
            self.errors,
            self.seconds
        )
    }
}

/// Loads the rules (`--patterns` or the built-in ones) and builds the extractor.
fn extractor(cfg: &Config) -> Result<Extractor> {
    let pats = match &cfg.patterns {
        Some(dir) => patterns::Patterns::load(dir)?,
        None => patterns::Patterns::builtin()?,
    };
    Extractor::new(pats)
}

/// The division `--place` names (None without the option); an unknown or ambiguous
/// name is a fatal error.
fn given_place(ex: &Extractor, cfg: &Config) -> Result<Option<usize>> {
    cfg.place
        .as_deref()
        .map(|name| {
            ex.given_place(name)
                .map_err(|why| Error::Config(format!("--place: {why}")))
        })
        .transpose()
}

/// The worker threads of a run (`-j`; 0 = all cores).
fn thread_pool(cfg: &Config) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.threads)
        .build()
        .map_err(|e| Error::Config(format!("thread pool: {e}")))
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
    batch::run_batch(cfg)
}
