//! One document through the whole chain: read → decode → extract → rows, with the
//! document's status. The one per-document path: the batch [`crate::run`], the
//! `--stdin-jsonl` stream ([`crate::stream`]) and `zhfacts explain` ([`crate::explain`])
//! all call [`process`].
//!
//! A bad document costs that document only: an unreadable file, undecodable bytes or
//! a panic in extraction (a bug) become its status in documents.csv.

use crate::decode::{self, DecodeError};
use crate::extract::{DocExtract, Extractor, Options, Trace};
use crate::normalize::{self, DocRow, EntityRow, FactRow};
use crate::read::{self, Release};
use crate::render::annotations;

/// Where a document's text comes from.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// A listed release: its file (or stdin) is read, then decoded (encoding detected,
    /// HTML and Markdown rendered by the release's extension).
    Release(&'a Release),
    /// Text that needs no reading or decoding (a `--stdin-jsonl` line, `zhfacts
    /// explain TEXT`); only its inserted pinyin readings are removed, as from a decoded
    /// file ([`crate::render::annotations`]).
    Text(&'a str),
}

/// Settings for one document.
#[derive(Debug, Clone, Copy, Default)]
pub struct DocOptions {
    /// Extraction switches (`--numbers`).
    pub extract: Options,
    /// Force this encoding instead of detecting it (releases only).
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

/// Everything one document produced, as rows.
#[derive(Debug, Clone, Default)]
pub struct DocRows {
    /// Its row of documents.csv: status (`ok`, `skipped: …`, `error: …`) and counts.
    pub doc: DocRow,
    /// Its rows of facts.csv, in text order.
    pub facts: Vec<FactRow>,
    /// Its rows of entities.csv, in text order.
    pub entities: Vec<EntityRow>,
}

/// The message for a document that extraction failed on.
pub const INTERNAL_ERROR: &str = "extraction failed (a bug: please report with this file)";

/// Runs one document `id` through read → decode → extract → rows. With `trace`, the
/// extraction records what it does there (see [`Trace`]).
pub fn process(
    ex: &Extractor,
    id: &str,
    input: Input,
    opts: DocOptions,
    trace: Option<&mut Trace>,
) -> DocRows {
    let (mut facts, mut entities) = (Vec::new(), Vec::new());
    let doc = process_each(ex, id, input, opts, trace, &mut |f, e| {
        facts.extend(f);
        entities.extend(e);
    });
    if doc.status != "ok" {
        (facts, entities) = (Vec::new(), Vec::new());
    }
    DocRows {
        doc,
        facts,
        entities,
    }
}

/// [`process`] handing each sentence's fact and entity rows to `each` as the sentence
/// is done (in text order), so a document's rows need not all be held (issue 16).
/// Returns the document's row. When its status is not `ok`, rows handed over before
/// the failure (an extraction that panicked midway) belong to no table: drop them.
pub fn process_each(
    ex: &Extractor,
    id: &str,
    input: Input,
    opts: DocOptions,
    trace: Option<&mut Trace>,
    each: &mut dyn FnMut(Vec<FactRow>, Vec<EntityRow>),
) -> DocRow {
    let mut doc = DocRow {
        doc: id.to_string(),
        ..DocRow::default()
    };
    match input {
        Input::Text(text) => {
            let stripped = annotations::strip(text);
            let text = stripped.as_ref().map_or(text, |s| s.text.as_str());
            doc.encoding = "UTF-8".into();
            doc.format = decode::Format::Text.name().into();
            doc.chars = text.chars().count();
            rows(ex, doc, text, None, opts.extract, trace, each)
        }
        Input::Release(r) => {
            if let read::Source::Skipped(reason) = &r.source {
                doc.status = format!("skipped: {reason}");
                return doc;
            }
            let decoded = match read::read_bytes(r) {
                Err(e) => Err(("error: unreadable".to_string(), e)),
                Ok(bytes) => decode::decode_owned(bytes, r.ext().as_deref(), opts.encoding)
                    .map_err(decode_status),
            };
            let d = match decoded {
                Ok(d) => d,
                Err((status, error)) => {
                    doc.status = status;
                    doc.error = error;
                    return doc;
                }
            };
            doc.encoding = d.encoding.to_string();
            doc.format = d.format.name().to_string();
            doc.title = d.title.clone().unwrap_or_default();
            doc.chars = d.text.chars().count();
            rows(ex, doc, &d.text, d.table_rows(), opts.extract, trace, each)
        }
    }
}

/// The status and error detail of a document that did not decode.
fn decode_status(e: DecodeError) -> (String, String) {
    match e {
        DecodeError::Empty => ("skipped: empty".to_string(), String::new()),
        DecodeError::Binary => ("skipped: binary".to_string(), String::new()),
        DecodeError::Undecodable(why) => ("error: undecodable".to_string(), why),
        DecodeError::Broken(why) => ("error: broken file".to_string(), why),
        DecodeError::Encrypted => ("error: encrypted".to_string(), String::new()),
        DecodeError::Scanned => (
            "skipped: no text layer (scanned PDF)".to_string(),
            String::new(),
        ),
        DecodeError::Limit(why) => ("error: over limit".to_string(), why),
    }
}

/// Extracts `text`, handing each sentence's rows to `each`; returns the document's row.
fn rows(
    ex: &Extractor,
    mut doc: DocRow,
    text: &str,
    tables: Option<&[crate::render::TableRow]>,
    opts: Options,
    trace: Option<&mut Trace>,
    each: &mut dyn FnMut(Vec<FactRow>, Vec<EntityRow>),
) -> DocRow {
    let id = doc.doc.clone();
    let mut opts = opts;
    if opts.place.is_none() {
        opts.spelled = ex.spelled(&id);
    }
    opts.host_region = ex.host_region(&id);
    let mut n_facts = 0;
    // Facts are consumed one by one, so a fact's strings are freed as its row is made.
    let mut rows_of = |facts: Vec<crate::extract::Fact>, entities: Vec<crate::extract::Entity>| {
        n_facts += facts.len();
        let facts = facts
            .into_iter()
            .map(|f| normalize::normalize_owned(&id, f))
            .collect();
        let entities = entities
            .iter()
            .map(|e| normalize::normalize_entity(&id, e))
            .collect();
        each(facts, entities);
    };
    let Some(x) = extract_guarded(ex, text, tables, opts, trace, &mut rows_of) else {
        doc.status = "error: internal".into();
        doc.error = INTERNAL_ERROR.into();
        return doc;
    };
    doc.sentences = x.sentences;
    doc.facts = n_facts;
    doc.release_date = x.release_date.clone().unwrap_or_default();
    doc.region = x.region.code().to_string();
    (doc.place, doc.place_code) = x.place.clone();
    doc.status = "ok".into();
    doc
}

/// Runs the extractor on one text. A panic here would be a bug; it must cost one
/// document, not the batch, so it becomes None.
fn extract_guarded(
    ex: &Extractor,
    text: &str,
    tables: Option<&[crate::render::TableRow]>,
    opts: Options,
    trace: Option<&mut Trace>,
    each: &mut dyn FnMut(Vec<crate::extract::Fact>, Vec<crate::extract::Entity>),
) -> Option<DocExtract> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        ex.extract_each(text, tables, opts, trace, each)
    }))
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let ex = Extractor::new(crate::patterns::Patterns::builtin().unwrap()).unwrap();
        let out: Vec<DocRows> = releases
            .iter()
            .map(|r| process(&ex, &r.id, Input::Release(r), DocOptions::default(), None))
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

    #[test]
    fn text_and_release_give_the_same_rows() {
        let dir = tempfile::tempdir().unwrap();
        let text = "2025年，全县完成投资12亿元，增长8.5%。";
        std::fs::write(dir.path().join("a.txt"), text).unwrap();
        let releases = read::read_corpus(&[dir.path().to_path_buf()]).unwrap();
        let ex = Extractor::new(crate::patterns::Patterns::builtin().unwrap()).unwrap();
        let opts = DocOptions::default();
        let a = process(&ex, "a.txt", Input::Release(&releases[0]), opts, None);
        let mut trace = Trace::default();
        let b = process(&ex, "a.txt", Input::Text(text), opts, Some(&mut trace));
        assert_eq!(a.facts, b.facts);
        assert_eq!(a.doc.status, "ok");
        let traced: usize = trace.sentences.iter().map(|s| s.facts.len()).sum();
        assert_eq!(traced, a.facts.len());
    }
    #[test]
    fn hong_kong_terms_mark_a_release_in_either_script() {
        // Institutions and terms only Hong Kong uses mark its releases, also when they are
        // written in simplified characters; the money then is HKD.
        let ex = Extractor::new(crate::patterns::Patterns::builtin().unwrap()).unwrap();
        let opts = DocOptions::default();
        let simplified = "按施政报告的措施，预计明年本地生产总值增长约百分之三，新增开支五十亿元。";
        let a = process(&ex, "a.txt", Input::Text(simplified), opts, None);
        assert_eq!(a.doc.region, "HK");
        assert!(
            a.facts.iter().any(|f| f.unit == "HKD"),
            "{:?}",
            a.facts.iter().map(|f| &f.unit).collect::<Vec<_>>()
        );
        let traditional = "差估署數字顯示，上月新界私樓落成量為820伙。";
        let b = process(&ex, "b.txt", Input::Text(traditional), opts, None);
        assert_eq!(b.doc.region, "HK");
        let mainland = "全县本地生产总值增长8%，新增开支5亿元。";
        let c = process(&ex, "c.txt", Input::Text(mainland), opts, None);
        assert_eq!(
            c.doc.region, "CN",
            "one mark in simplified text is not enough"
        );
    }

    #[test]
    fn pinyin_readings_are_read_through() {
        // Readings after characters (full-width parens too), in plain text, HTML (text and
        // a table row) and a string: the rows read the text without them, offsets included.
        let text = "2025年，全县粮(liáng)食总产(chǎn)量达（dá）12万(wàn)吨。\
                    该项(xiàng)目仅用2个(gè)月建成。";
        let plain = "2025年，全县粮食总产量达12万吨。该项目仅用2个月建成。";
        let html = format!(
            "<html><body><p>{text}</p><table><tr><td>產(chǎn)值</td>\
             <td>5萬(wàn)元</td></tr></table></body></html>"
        );
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), text).unwrap();
        std::fs::write(dir.path().join("b.html"), html).unwrap();
        let releases = read::read_corpus(&[dir.path().to_path_buf()]).unwrap();
        let ex = Extractor::new(crate::patterns::Patterns::builtin().unwrap()).unwrap();
        let opts = DocOptions::default();
        let a = process(&ex, "a.txt", Input::Release(&releases[0]), opts, None);
        let b = process(&ex, "b.html", Input::Release(&releases[1]), opts, None);
        let s = process(&ex, "a.txt", Input::Text(text), opts, None);
        assert_eq!(a.facts, s.facts);
        assert_eq!(a.doc.chars, plain.chars().count());
        let chars: Vec<char> = plain.chars().collect();
        for f in a.facts.iter().chain(&b.facts) {
            assert!(!f.subject.contains(['(', '（']), "{}", f.subject);
            if f.doc == "a.txt" {
                let at: String = chars[f.start..f.end].iter().collect();
                assert_eq!(at, f.text);
            }
        }
        let find = |rows: &[FactRow], text: &str| {
            let f = rows.iter().find(|f| f.text == text).unwrap();
            (f.kind.clone(), f.value.clone(), f.subject.clone())
        };
        let row = |kind: &str, value: &str, subject: &str| {
            (kind.to_string(), value.to_string(), subject.to_string())
        };
        assert_eq!(
            find(&a.facts, "12万吨"),
            row("mass", "120000", "粮食总产量")
        );
        assert_eq!(find(&a.facts, "2个月"), row("duration", "2", "该项目"));
        assert_eq!(
            find(&b.facts, "12万吨"),
            row("mass", "120000", "粮食总产量")
        );
        assert_eq!(find(&b.facts, "5萬元"), row("money", "50000", "產值"));
    }
}
