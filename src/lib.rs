//! zhfacts: folders of Chinese news releases in, tables of facts out.
//!
//! ```text
//! inputs ──read──▶ Release{id, source}          (read.rs: sorted, nothing loaded yet)
//!        ──decode─▶ Decoded{text, encoding}     (decode.rs: UTF-8/GB18030/Big5/UTF-16, HTML → text)
//!        ──split──▶ Sentence{idx, span}         (split.rs)
//!        ──segment▶ Token{word, tag, span}      (segment.rs: jieba, only sentences with figures or entity cues)
//!        ──extract▶ Fact / Entity               (extract/: numerals, units, dates, subjects, entities)
//!        ──normalize▶ FactRow / EntityRow / DocRow (normalize.rs: plain decimals, ISO dates)
//!        ──output─▶ facts / entities / documents tables (output.rs: atomic, or compared with --check)
//! ```
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
pub mod segment;
pub mod split;

use std::io::Read;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

use rayon::prelude::*;

pub use error::{Error, Result};
pub use extract::{Extractor, Fact, Options};
use normalize::{DocRow, EntityRow, FactRow};
use output::{Format, Table};
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

/// Everything one document produced.
struct DocOutcome {
    doc: DocRow,
    facts: Vec<FactRow>,
    entities: Vec<EntityRow>,
}

/// Largest document accepted, in bytes; larger files are reported, not loaded.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

fn read_bytes(r: &Release) -> std::result::Result<Vec<u8>, String> {
    match &r.source {
        Source::File(p) => {
            let meta = std::fs::metadata(p).map_err(|e| e.to_string())?;
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

fn process(ex: &Extractor, r: &Release, cfg: &Config) -> DocOutcome {
    let mut doc = DocRow {
        doc: r.id.clone(),
        ..DocRow::default()
    };
    let bytes = match read_bytes(r) {
        Ok(b) => b,
        Err(e) => {
            doc.status = "error: unreadable".into();
            doc.error = e;
            return DocOutcome {
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
            return DocOutcome {
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
    // A panic here would be a bug; it must cost one document, not the batch.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        ex.extract(
            &decoded.text,
            Options {
                numbers: cfg.numbers,
            },
        )
    }));
    let Ok(x) = result else {
        doc.status = "error: internal".into();
        doc.error = "extraction failed (a bug: please report with this file)".into();
        return DocOutcome {
            doc,
            facts: Vec::new(),
            entities: Vec::new(),
        };
    };
    doc.sentences = x.sentences;
    doc.facts = x.facts.len();
    doc.release_date = x.release_date.clone().unwrap_or_default();
    doc.status = "ok".into();
    let facts = x
        .facts
        .iter()
        .map(|f| normalize::normalize(&r.id, f))
        .collect();
    let entities = x
        .entities
        .iter()
        .map(|e| normalize::normalize_entity(&r.id, e))
        .collect();
    DocOutcome {
        doc,
        facts,
        entities,
    }
}

/// Documents handled per parallel batch: enough to keep cores busy, small enough to
/// bound memory.
const CHUNK: usize = 64;

/// Runs the whole pipeline.
pub fn run(cfg: &Config) -> Result<Summary> {
    let started = Instant::now();
    let pats = match &cfg.patterns {
        Some(dir) => patterns::Patterns::load(dir)?,
        None => patterns::Patterns::builtin()?,
    };
    let releases = read::read_corpus(&cfg.inputs).map_err(Error::Config)?;
    let ex = Extractor::new(pats)?;
    if !cfg.check {
        std::fs::create_dir_all(&cfg.out).map_err(|e| Error::io(&cfg.out, e))?;
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(cfg.threads)
        .build()
        .map_err(|e| Error::Config(format!("thread pool: {e}")))?;
    let mut facts_t = Table::create::<FactRow>(&cfg.out, "facts", cfg.format, cfg.bom, cfg.check)?;
    let mut ents_t =
        Table::create::<EntityRow>(&cfg.out, "entities", cfg.format, cfg.bom, cfg.check)?;
    let mut docs_t =
        Table::create::<DocRow>(&cfg.out, "documents", cfg.format, cfg.bom, cfg.check)?;
    let mut summary = Summary::default();
    let mut write_chunk = |outcomes: Vec<DocOutcome>, summary: &mut Summary| -> Result<()> {
        for o in outcomes {
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
                eprintln!("zhfacts: {}: {}{}", o.doc.doc, o.doc.status, why);
            }
            for f in &o.facts {
                facts_t.write(f)?;
            }
            for e in &o.entities {
                ents_t.write(e)?;
            }
            docs_t.write(&o.doc)?;
            summary.facts += o.facts.len();
            summary.entities += o.entities.len();
        }
        Ok(())
    };
    let extract_chunk = |chunk: &[Release]| -> Vec<DocOutcome> {
        chunk.par_iter().map(|r| process(&ex, r, cfg)).collect()
    };
    // With more than one worker, this thread writes chunk k while the pool extracts
    // chunk k + 1 (two chunks in memory at most); with one, it all runs in turn.
    let overlap = pool.current_num_threads() > 1;
    let mut write_all = |summary: &mut Summary| -> Result<()> {
        let mut pending: Vec<DocOutcome> = Vec::new();
        for chunk in releases.chunks(CHUNK) {
            if !overlap {
                let outcomes = pool.install(|| extract_chunk(chunk));
                write_chunk(outcomes, summary)?;
                continue;
            }
            let mut next = Vec::new();
            let written = pool.in_place_scope(|s| {
                s.spawn(|_| next = extract_chunk(chunk));
                write_chunk(std::mem::take(&mut pending), summary)
            });
            written?;
            pending = next;
        }
        write_chunk(pending, summary)
    };
    let result = write_all(&mut summary);
    let tables = vec![facts_t, ents_t, docs_t];
    if let Err(e) = result {
        output::abandon(tables);
        return Err(e);
    }
    summary.stale = output::finish(tables)?;
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}
