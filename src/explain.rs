//! `zhfacts explain TEXT`: how a text is read, for pattern authors. Prints the tokens with
//! POS tags, every candidate figure with the rule that took or rejected it, and the rows
//! (with the same columns as facts.csv).

use std::io::Write;
use std::path::Path;

use crate::error::{Error, Result};
use crate::extract::{self, text::Folded, Extractor, Options};
use crate::patterns::Patterns;
use crate::split::split_sentences;

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
    let io = |e| Error::io("<stdout>", e);
    let year = extract::date::doc_year(text, ex.date_rules());
    writeln!(
        w,
        "year of the text: {}",
        year.map_or("unknown".into(), |y| y.to_string())
    )
    .map_err(io)?;
    let mut header: Option<extract::table::Header> = None;
    for s in split_sentences(text) {
        let stext = s.text(text);
        let f = Folded::new(stext);
        writeln!(
            w,
            "\n# sentence {} (chars {}..): {}",
            s.idx, s.char_start, stext
        )
        .map_err(io)?;
        // Tables, as the extractor reads them (see extract/table.rs).
        let cells = extract::table::cells(stext);
        let new_header = cells
            .as_deref()
            .and_then(|c| extract::table::header(stext, c, ex.patterns()));
        if let Some(h) = new_header {
            let cols: Vec<String> = h
                .columns
                .iter()
                .map(|c| match (&c.unit, c.year) {
                    (_, Some(y)) => format!("[year {y}]"),
                    (Some(u), None) => format!("{} [{} ×{}]", c.name, u.unit, u.factor.normalize()),
                    (None, None) => c.name.clone(),
                })
                .collect();
            writeln!(w, "  table header: {}", cols.join(" | ")).map_err(io)?;
            header = Some(h);
        } else if let Some(h) = &header {
            match cells {
                Some(c) if c.len() == h.columns.len() => writeln!(
                    w,
                    "  table row: subjects are row label + column; a bare number takes its column's unit"
                )
                .map_err(io)?,
                _ => header = None,
            }
        }
        let dates = extract::date::scan_dates(&f, year, ex.date_rules());
        for d in &dates {
            writeln!(
                w,
                "  date      {:<14} -> {}  (date rule)",
                f.slice(d.start, d.end),
                d.value
            )
            .map_err(io)?;
        }
        for (a, b) in extract::text::quoted_ranges(&f) {
            let quoted = f.slice(a, b);
            if quoted.chars().any(crate::extract::number::is_numeral_char)
                || quoted.chars().any(|c| c.is_ascii_digit())
            {
                writeln!(w, "  skipped   {quoted:<14} (quoted slogan or 《》 title: its numerals are not facts)").map_err(io)?;
            }
        }
        let masked: Vec<(usize, usize)> = dates.iter().map(|d| (d.start, d.end)).collect();
        let (mentions, _) = extract::scan::scan(&f, ex.patterns(), &masked);
        let verdicts: Vec<Option<&str>> = mentions.iter().map(|m| ex.judge(m, &f, false)).collect();
        let mut figures = masked.clone();
        for (m, v) in mentions.iter().zip(&verdicts) {
            if v.is_none() {
                figures.push((m.start, m.end));
            }
        }
        figures.sort_unstable();
        let masked_text = extract::mask_figures(&f, &figures);
        let toks = ex.segmenter().segment(&masked_text);
        let tagged: Vec<String> = toks
            .iter()
            .map(|t| format!("{}/{}", t.word, t.tag))
            .collect();
        writeln!(w, "tokens (figures masked): {}", tagged.join(" ")).map_err(io)?;
        for (m, v) in mentions.iter().zip(&verdicts) {
            let verdict = v.map_or_else(|| "taken".to_string(), |r| format!("rejected: {r}"));
            writeln!(
                w,
                "  candidate {:<14} kind={} value={} unit={} {}",
                f.slice(m.start, m.end),
                m.kind.name(),
                crate::normalize::format_decimal(m.value),
                m.unit,
                verdict
            )
            .map_err(io)?;
        }
    }
    writeln!(w, "\nrows:").map_err(io)?;
    let x = ex.extract(text, Options::default());
    let mut wtr = csv::Writer::from_writer(Vec::new());
    for f in &x.facts {
        wtr.serialize(crate::normalize::normalize("-", f))?;
    }
    let buf = wtr
        .into_inner()
        .map_err(|e| Error::io("<stdout>", e.into_error()))?;
    w.write_all(&buf).map_err(io)?;
    if !x.entities.is_empty() {
        let names: Vec<String> = x
            .entities
            .iter()
            .map(|e| format!("{}/{}", e.text, e.ty.name()))
            .collect();
        writeln!(w, "entities: {}", names.join(" ")).map_err(io)?;
    }
    Ok(())
}
