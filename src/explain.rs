//! `zhfacts explain TEXT`: how a text is read, for pattern authors. Prints the tokens with
//! POS tags, every candidate figure with the rule that took or rejected it, and the rows
//! (with the same columns as facts.csv).
//!
//! Nothing here extracts: the document goes through [`document::process`], the path
//! every document takes, with a [`Trace`] that the extraction fills in as it runs; this
//! module only formats that trace and the rows the same call returned.

use std::io::Write;
use std::path::Path;

use crate::document::{self, DocOptions, DocRows, Input};
use crate::error::{Error, Result};
use crate::extract::{number, Extractor};
use crate::extract::{Candidate, SentenceTrace, TableTrace, Trace, Verdict};
use crate::normalize::format_decimal;
use crate::patterns::Patterns;

/// Writes the explanation of `text` to `w`.
pub fn explain<W: Write>(text: &str, patterns: Option<&Path>, w: &mut W) -> Result<()> {
    let pats = match patterns {
        Some(dir) => Patterns::load(dir)?,
        None => Patterns::builtin()?,
    };
    explain_with(&Extractor::new(pats)?, text, w)
}

/// Writes the explanation of `text` to `w`, with an extractor already built.
pub fn explain_with<W: Write>(ex: &Extractor, text: &str, w: &mut W) -> Result<()> {
    explain_input(ex, "-", Input::Text(text), DocOptions::default(), w).map(drop)
}

/// Writes the explanation of document `id` (a text, or a release to read and decode)
/// to `w`: runs it through [`document::process`] with a trace and prints the trace and
/// the rows (with `id` in the `doc` column). Returns the rows, the very ones a run
/// writes for the document.
pub fn explain_input<W: Write>(
    ex: &Extractor,
    id: &str,
    input: Input,
    opts: DocOptions,
    w: &mut W,
) -> Result<DocRows> {
    let mut trace = Trace::default();
    let rows = document::process(ex, id, input, opts, Some(&mut trace));
    write_explanation(&trace, &rows, w)?;
    Ok(rows)
}

/// Formats a trace and the document's rows.
pub fn write_explanation<W: Write>(trace: &Trace, rows: &DocRows, w: &mut W) -> Result<()> {
    let io = |e| Error::io("<stdout>", e);
    if rows.doc.status != "ok" {
        let why = &rows.doc.error;
        writeln!(w, "document {}: {} {why}", rows.doc.doc, rows.doc.status).map_err(io)?;
    }
    let year = trace.year.map_or("unknown".into(), |y| y.to_string());
    writeln!(w, "year of the text: {year}").map_err(io)?;
    if !trace.place.is_empty() {
        writeln!(w, "place of the text: {}", trace.place).map_err(io)?;
    }
    for s in &trace.sentences {
        write_sentence(s, w).map_err(io)?;
    }
    writeln!(w, "\nrows:").map_err(io)?;
    let mut wtr = csv::Writer::from_writer(Vec::new());
    for f in &rows.facts {
        wtr.serialize(f)?;
    }
    let buf = wtr
        .into_inner()
        .map_err(|e| Error::io("<stdout>", e.into_error()))?;
    w.write_all(&buf).map_err(io)?;
    if !rows.entities.is_empty() {
        let names: Vec<String> = rows
            .entities
            .iter()
            .map(|e| format!("{}/{}", e.text, e.ty))
            .collect();
        writeln!(w, "entities: {}", names.join(" ")).map_err(io)?;
    }
    Ok(())
}

/// One sentence of the trace: its table role, dates, quoted spans, tokens, candidates.
fn write_sentence<W: Write>(s: &SentenceTrace, w: &mut W) -> std::io::Result<()> {
    writeln!(
        w,
        "\n# sentence {} (chars {}..): {}",
        s.idx, s.start, s.text
    )?;
    match &s.table {
        TableTrace::Header(h) => {
            let cols: Vec<String> = h
                .columns
                .iter()
                .map(|c| match (&c.unit, c.year) {
                    (_, Some(y)) => format!("[year {y}]"),
                    (Some(u), None) => format!("{} [{} ×{}]", c.name, u.unit, u.factor.normalize()),
                    (None, None) => c.name.clone(),
                })
                .collect();
            writeln!(w, "  table header: {}", cols.join(" | "))?;
        }
        TableTrace::Caption => writeln!(
            w,
            "  caption (figure.caption): the chart's or table's title states no figures"
        )?,
        TableTrace::Row => writeln!(
            w,
            "  table row: subjects are row label + column; a bare number takes its column's unit"
        )?,
        TableTrace::None => {}
    }
    for (text, value) in &s.dates {
        writeln!(w, "  date      {text:<14} -> {value}  (date rule)")?;
    }
    let with_numerals = |q: &&String| {
        q.chars()
            .any(|c| number::is_numeral_char(c) || c.is_ascii_digit())
    };
    for quoted in s.quoted.iter().filter(with_numerals) {
        writeln!(
            w,
            "  skipped   {quoted:<14} (quoted slogan or 《》 title: its numerals are not facts)"
        )?;
    }
    match &s.tokens {
        Some(toks) => {
            let tagged: Vec<String> = toks.iter().map(|(t, tag)| format!("{t}/{tag}")).collect();
            writeln!(w, "tokens (figures masked): {}", tagged.join(" "))?;
        }
        None if matches!(s.table, TableTrace::Header(_)) => writeln!(
            w,
            "tokens (figures masked): none (a table header names columns, it states no figures)"
        )?,
        None => writeln!(
            w,
            "tokens (figures masked): none (not segmented: no candidate figure, no entity cue)"
        )?,
    }
    for c in &s.candidates {
        write_candidate(c, w)?;
    }
    for e in &s.entities {
        let code = if e.code.is_empty() {
            String::new()
        } else {
            format!(" {}", e.code)
        };
        writeln!(
            w,
            "  entity    {} {}{code} ({})",
            e.text,
            e.ty.name(),
            e.how
        )?;
    }
    Ok(())
}

/// One candidate and its verdict.
fn write_candidate<W: Write>(c: &Candidate, w: &mut W) -> std::io::Result<()> {
    let verdict = match c.verdict {
        Verdict::Taken => "taken".to_string(),
        Verdict::TakenByColumn => "taken (a bare number in a table column with a unit)".into(),
        Verdict::Rejected(r) => format!("rejected: {r}"),
    };
    writeln!(
        w,
        "  candidate {:<14} kind={} value={} unit={} {}",
        c.text,
        c.kind.name(),
        format_decimal(c.value),
        c.unit,
        verdict
    )
}
