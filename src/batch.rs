//! The batch run: releases in, the four tables out. The run holds the `--out` lock
//! ([`crate::lock`]) from before it clears stale temp files until its tables are in
//! place. Documents are processed in parallel (rayon) in chunks of [`CHUNK`]; each
//! worker runs a document through [`document::process_each`] and encodes its CSV/JSONL
//! rows sentence by sentence (past [`output::SPILL_BYTES`] into a temp file); one writer
//! appends them in input order (chunk k written while chunk k+1 is extracted), so
//! output is byte-identical for any thread count and memory grows neither with the
//! corpus nor with one document's rows.

use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::document::{self, DocOptions, DocRows, Input};
use crate::error::{Error, Result};
use crate::extract::{Extractor, Options};
use crate::lock;
use crate::normalize::{self, DocRow, EntityRow, FactRow, SummaryRow};
use crate::output::{self, EncodedRows, Format, RowEncoder, Table};
use crate::read::{self, Release, Source};
use crate::{Config, Summary};

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

/// The run's settings for one release.
fn doc_options(cfg: &Config, place: Option<usize>) -> DocOptions {
    DocOptions {
        extract: Options {
            numbers: cfg.numbers,
            region: cfg.region,
            place,
            ..Options::default()
        },
        encoding: cfg.encoding,
    }
}

/// Runs one release in a worker and readies its rows for the writer. CSV or JSONL:
/// each sentence's rows are encoded as the sentence is done (serializing is about a
/// tenth of the work; left to the one writer task, it would not scale with the
/// threads), and a document's encoded rows beyond [`output::SPILL_BYTES`] go to a
/// temporary file, so memory holds one sentence's rows, not a document's (issue 16).
/// XLSX: the rows themselves, which the sheets hold anyway.
fn prepare(ex: &Extractor, r: &Release, cfg: &Config, place: Option<usize>) -> DocOutcome {
    if cfg.format == Format::Xlsx {
        let DocRows {
            doc,
            facts,
            entities,
        } = document::process(ex, &r.id, Input::Release(r), doc_options(cfg, place), None);
        let summary = normalize::summarize(&doc.doc, &facts);
        return DocOutcome {
            facts: facts.len(),
            entities: entities.len(),
            doc,
            tables: Ok(TableRows::Rows {
                facts,
                entities,
                summary,
            }),
        };
    }
    let guard = !cfg.raw_csv;
    let spill_dir = (!cfg.check).then(|| cfg.out.clone());
    let encoder = || {
        RowEncoder::new(cfg.format, guard)
            .map(|e| e.spilling(spill_dir.clone()))
            .ok_or_else(|| Error::Config(format!("no row encoder for {}", cfg.format.ext())))
    };
    let (mut facts, mut entities) = match (encoder(), encoder()) {
        (Ok(f), Ok(e)) => (f, e),
        (Err(e), _) | (_, Err(e)) => {
            return DocOutcome {
                doc: DocRow {
                    doc: r.id.clone(),
                    ..DocRow::default()
                },
                facts: 0,
                entities: 0,
                tables: Err(e),
            }
        }
    };
    let mut counts = normalize::Summarizer::default();
    let mut n_entities = 0;
    let mut failed: Result<()> = Ok(());
    let doc = document::process_each(
        ex,
        &r.id,
        Input::Release(r),
        doc_options(cfg, place),
        None,
        &mut |fact_rows, entity_rows| {
            n_entities += entity_rows.len();
            for row in &fact_rows {
                counts.add(row);
            }
            if failed.is_ok() {
                failed = push_all(&mut facts, &fact_rows)
                    .and_then(|()| push_all(&mut entities, &entity_rows));
            }
        },
    );
    let ok = doc.status == "ok";
    let tables = failed.and_then(|()| {
        let mut docs = encoder()?;
        docs.push(&doc)?;
        let mut sums = encoder()?;
        if ok {
            push_all(&mut sums, &counts.rows(&doc.doc))?;
        }
        // Rows handed over before a failure belong to no table.
        let (facts, entities) = if ok {
            (facts, entities)
        } else {
            (encoder()?, encoder()?)
        };
        Ok(TableRows::Encoded {
            facts: facts.finish()?,
            entities: entities.finish()?,
            documents: docs.finish()?,
            summary: sums.finish()?,
        })
    });
    DocOutcome {
        facts: if ok { doc.facts } else { 0 },
        entities: if ok { n_entities } else { 0 },
        doc,
        tables,
    }
}

/// Encodes `rows` in order.
fn push_all<T: serde::Serialize>(enc: &mut RowEncoder, rows: &[T]) -> Result<()> {
    rows.iter().try_for_each(|row| enc.push(row))
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
                summary.unsupported +=
                    usize::from(o.doc.status.starts_with(read::UNSUPPORTED_STATUS));
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
/// Reads the releases of `cfg.inputs` and writes the tables (see [`crate::run`]).
pub fn run_batch(cfg: &Config) -> Result<Summary> {
    let started = Instant::now();
    let ex = crate::extractor(cfg)?;
    let place = crate::given_place(&ex, cfg)?;
    let releases = read::read_corpus(&cfg.inputs).map_err(Error::Config)?;
    if !cfg.check {
        std::fs::create_dir_all(&cfg.out).map_err(|e| Error::io(&cfg.out, e))?;
    }
    // Held until the tables are in place (or the run fails): one writer per folder.
    let _lock = lock::lock_out(
        &cfg.out,
        lock::LockOptions {
            wait: cfg.wait,
            quiet: cfg.quiet,
            read_only: cfg.check,
        },
    )?;
    if !cfg.check {
        // Safe now: no other run writes here.
        output::remove_stale_temps(&cfg.out);
    }
    let pool = crate::thread_pool(cfg)?;
    let facts_t =
        Table::create::<FactRow>(&cfg.out, output::TABLES[0], cfg.format, cfg.bom, cfg.check)?
            .guard(!cfg.raw_csv);
    let ents_t =
        Table::create::<EntityRow>(&cfg.out, output::TABLES[1], cfg.format, cfg.bom, cfg.check)?
            .guard(!cfg.raw_csv);
    let docs_t =
        Table::create::<DocRow>(&cfg.out, output::TABLES[2], cfg.format, cfg.bom, cfg.check)?
            .guard(!cfg.raw_csv);
    let sums_t =
        Table::create::<SummaryRow>(&cfg.out, output::TABLES[3], cfg.format, cfg.bom, cfg.check)?
            .guard(!cfg.raw_csv);
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
                        .map(|r| prepare(&ex, r, cfg, place))
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
