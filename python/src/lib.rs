//! The `zhfacts._zhfacts` extension module: zhfacts from Python.
//!
//! A text goes through [`zhfacts::process`], the path every document of the CLI takes,
//! and its fact rows are encoded by the CLI's JSONL encoder ([`RowEncoder`]) and read
//! back with Python's `json.loads`, so a row here is exactly a `--stdin-jsonl` row (the
//! columns of facts.csv in their order, offsets as int, `value`/`value_max` as strings)
//! and columns added to the row struct appear without a change here.
//!
//! Extraction and [`run`] release the GIL; `Extractor.extract_many` spreads the texts
//! over rayon's threads and returns the rows in input order. Core errors become
//! `zhfacts.Error` carrying the message the CLI prints.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use rayon::prelude::*;

use zhfacts::cli::Opts;
use zhfacts::document::{DocOptions, INTERNAL_ERROR};
use zhfacts::extract::Region;
use zhfacts::normalize::FactRow;
use zhfacts::output::{Format, RowEncoder};
use zhfacts::patterns::Patterns;

create_exception!(
    zhfacts,
    Error,
    PyException,
    "A zhfacts error (bad rules, options or paths), with the message the CLI prints."
);

/// The message the CLI prints for `e` (without its `zhfacts: ` prefix), causes included.
fn core_error(e: zhfacts::Error) -> PyErr {
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(&e);
    while let Some(s) = src {
        msg.push_str(&format!("\n  caused by: {s}"));
        src = s.source();
    }
    Error::new_err(msg)
}

/// Extraction switches, checked once per call.
#[derive(Clone, Copy)]
struct Switches {
    numbers: bool,
    region: Option<Region>,
    place: Option<usize>,
}

impl Switches {
    /// `region`: CN, TW, HK, MO (any case), or None/"auto" to detect it from the text;
    /// anything else is refused with the `--stdin-jsonl` message.
    fn new(numbers: bool, region: Option<&str>) -> PyResult<Switches> {
        let region = match region {
            None => None,
            Some(r) if r.eq_ignore_ascii_case("auto") => None,
            Some(r) => Some(Region::from_code(r).ok_or_else(|| {
                PyValueError::new_err(format!("\"region\" {r:?} is not CN, TW, HK, MO or auto"))
            })?),
        };
        Ok(Switches {
            numbers,
            region,
            place: None,
        })
    }

    /// `place`: the texts' own place (a division's name or code, as `--place`), checked
    /// against `ex`'s gazetteer; an unknown or ambiguous name raises ValueError.
    fn place(mut self, ex: &zhfacts::Extractor, place: Option<&str>) -> PyResult<Switches> {
        if let Some(name) = place {
            self.place = Some(
                ex.given_place(name)
                    .map_err(|why| PyValueError::new_err(format!("place: {why}")))?,
            );
        }
        Ok(self)
    }

    fn doc_options(self) -> DocOptions {
        DocOptions {
            extract: zhfacts::Options {
                numbers: self.numbers,
                region: self.region,
                place: self.place,
                ..Default::default()
            },
            encoding: None,
        }
    }
}

/// One text's fact rows as JSON lines (the `--stdin-jsonl` encoding), or why not.
fn doc_rows(
    ex: &zhfacts::Extractor,
    id: &str,
    text: &str,
    sw: Switches,
) -> Result<Vec<u8>, String> {
    let rows = zhfacts::process(ex, id, zhfacts::Input::Text(text), sw.doc_options(), None);
    if rows.doc.status != "ok" {
        return Err(format!("{id}: {INTERNAL_ERROR}"));
    }
    encode(&rows.facts).map_err(|e| format!("{id}: {e}"))
}

/// Rows → JSON lines with the CLI's encoder.
fn encode(rows: &[FactRow]) -> zhfacts::Result<Vec<u8>> {
    // JSONL cells are never neutralised (no guard): rows as the CLI's `--stdin-jsonl`.
    let mut enc = RowEncoder::new(Format::Jsonl, false)
        .ok_or_else(|| zhfacts::Error::Config("no JSONL encoder".into()))?;
    for row in rows {
        enc.push(row)?;
    }
    enc.take()
}

/// JSON lines → a list of dicts (Python's `json.loads`, which keeps the key order).
fn rows_to_list<'py>(py: Python<'py>, chunks: &[Vec<u8>]) -> PyResult<Bound<'py, PyList>> {
    let loads = py.import("json")?.getattr("loads")?;
    let list = PyList::empty(py);
    for chunk in chunks {
        let text = std::str::from_utf8(chunk).map_err(|e| Error::new_err(e.to_string()))?;
        for line in text.lines() {
            list.append(loads.call1((line,))?)?;
        }
    }
    Ok(list)
}

/// Builds an extractor (the dictionary load) without holding the GIL.
fn build(py: Python<'_>, patterns: Option<PathBuf>) -> PyResult<zhfacts::Extractor> {
    py.detach(|| {
        let pats = match &patterns {
            Some(dir) => Patterns::load(dir)?,
            None => Patterns::builtin()?,
        };
        zhfacts::Extractor::new(pats)
    })
    .map_err(core_error)
}

/// The shared extractor with the built-in rules, for the module-level `extract`.
fn builtin(py: Python<'_>) -> PyResult<Arc<zhfacts::Extractor>> {
    static BUILTIN: OnceLock<Arc<zhfacts::Extractor>> = OnceLock::new();
    if let Some(ex) = BUILTIN.get() {
        return Ok(ex.clone());
    }
    let ex = Arc::new(build(py, None)?);
    Ok(BUILTIN.get_or_init(|| ex).clone())
}

/// One text's rows, the GIL released while it is extracted.
fn extract_one<'py>(
    py: Python<'py>,
    ex: &zhfacts::Extractor,
    text: &str,
    id: &str,
    sw: Switches,
) -> PyResult<Bound<'py, PyList>> {
    let rows = py
        .detach(|| doc_rows(ex, id, text, sw))
        .map_err(Error::new_err)?;
    rows_to_list(py, &[rows])
}

/// The facts of one text with the built-in rules: the rows of facts.csv (`doc` = `id`),
/// the same columns in the same order, offsets as int, `value` and `value_max` as
/// strings (exact decimals or ISO dates). `numbers` adds bare numerals (`--numbers`);
/// `region` is CN, TW, HK, MO or None/"auto" (detected from the text); `place` the
/// text's own place (a division's name or code, as `--place`), None to find it.
#[pyfunction]
#[pyo3(signature = (text, *, id = "", numbers = false, region = None, place = None))]
fn extract<'py>(
    py: Python<'py>,
    text: &str,
    id: &str,
    numbers: bool,
    region: Option<&str>,
    place: Option<&str>,
) -> PyResult<Bound<'py, PyList>> {
    let ex = builtin(py)?;
    let sw = Switches::new(numbers, region)?.place(&ex, place)?;
    extract_one(py, &ex, text, id, sw)
}

/// An extractor built once (rules compiled, jieba's dictionary loaded): the built-in
/// rules, or those of `patterns`, a folder like the CLI's `--patterns DIR`.
#[pyclass(frozen, module = "zhfacts")]
struct Extractor {
    inner: Arc<zhfacts::Extractor>,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (patterns = None))]
    fn new(py: Python<'_>, patterns: Option<PathBuf>) -> PyResult<Extractor> {
        let inner = match patterns {
            Some(dir) => Arc::new(build(py, Some(dir))?),
            None => builtin(py)?,
        };
        Ok(Extractor { inner })
    }

    /// The fact rows of one text, as `zhfacts.extract`.
    #[pyo3(signature = (text, *, id = "", numbers = false, region = None, place = None))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        id: &str,
        numbers: bool,
        region: Option<&str>,
        place: Option<&str>,
    ) -> PyResult<Bound<'py, PyList>> {
        let sw = Switches::new(numbers, region)?.place(&self.inner, place)?;
        extract_one(py, &self.inner, text, id, sw)
    }

    /// The fact rows of many texts, in input order, as one list (as `--stdin-jsonl`
    /// writes them): `doc` is the text's id from `ids`, or its 1-based position. The
    /// texts are extracted in parallel on `threads` threads (0: all cores) with the GIL
    /// released.
    #[pyo3(signature = (
        texts, ids = None, *, numbers = false, region = None, place = None, threads = 0
    ))]
    #[allow(clippy::too_many_arguments)]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        ids: Option<&Bound<'py, PyAny>>,
        numbers: bool,
        region: Option<&str>,
        place: Option<&str>,
        threads: usize,
    ) -> PyResult<Bound<'py, PyList>> {
        let sw = Switches::new(numbers, region)?.place(&self.inner, place)?;
        let texts = strings(texts, "texts")?;
        let ids = match ids {
            Some(ids) => {
                let ids = strings(ids, "ids")?;
                if ids.len() != texts.len() {
                    return Err(PyValueError::new_err(format!(
                        "{} ids for {} texts",
                        ids.len(),
                        texts.len()
                    )));
                }
                ids
            }
            None => (1..=texts.len()).map(|n| n.to_string()).collect(),
        };
        let ex = &*self.inner;
        let encoded: Result<Vec<Vec<u8>>, String> = py.detach(|| {
            let work = || {
                texts
                    .par_iter()
                    .zip(ids.par_iter())
                    .map(|(text, id)| doc_rows(ex, id, text, sw))
                    .collect()
            };
            if threads == 0 {
                return work();
            }
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .map_err(|e| format!("thread pool: {e}"))?
                .install(work)
        });
        rows_to_list(py, &encoded.map_err(Error::new_err)?)
    }
}

/// The items of an iterable of `str` (a lone `str` is refused: it would be its chars).
fn strings(items: &Bound<'_, PyAny>, name: &str) -> PyResult<Vec<String>> {
    if items.is_instance_of::<PyString>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "{name} must be an iterable of str, not a str"
        )));
    }
    let mut out = Vec::new();
    for (i, item) in items.try_iter()?.enumerate() {
        let item = item?;
        let s = item.extract::<String>().map_err(|_| {
            pyo3::exceptions::PyTypeError::new_err(format!(
                "{name}[{i}] must be str, not {}",
                item.get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            ))
        })?;
        out.push(s);
    }
    Ok(out)
}

/// The CLI's main job: `zhfacts INPUTS --out OUT --format FORMAT [options]`, checked by
/// the same option parser. Returns the summary (documents, facts, entities, skipped,
/// unsupported, errors, stale, seconds). Documents that fail are counted in `errors` and named on
/// stderr, as by the CLI; bad options, rules or paths raise `zhfacts.Error`.
#[pyfunction]
#[pyo3(signature = (
    inputs, out, format = "csv", *, check = false, numbers = false, patterns = None,
    threads = 0, bom = true, region = None, encoding = None, quiet = true, place = None
))]
#[allow(clippy::too_many_arguments)]
fn run<'py>(
    py: Python<'py>,
    inputs: &Bound<'py, PyAny>,
    out: PathBuf,
    format: &str,
    check: bool,
    numbers: bool,
    patterns: Option<PathBuf>,
    threads: usize,
    bom: bool,
    region: Option<&str>,
    encoding: Option<&str>,
    quiet: bool,
    place: Option<&str>,
) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
    let inputs: Vec<PathBuf> =
        if inputs.is_instance_of::<PyString>() || inputs.hasattr("__fspath__")? {
            vec![inputs.extract()?]
        } else {
            inputs
                .try_iter()?
                .map(|p| p?.extract::<PathBuf>())
                .collect::<PyResult<_>>()?
        };
    let mut argv: Vec<std::ffi::OsString> = vec!["zhfacts".into(), "--out".into(), out.into()];
    argv.extend(["--format".into(), format.into()]);
    argv.extend(["-j".into(), threads.to_string().into()]);
    argv.extend(["--region".into(), region.unwrap_or("auto").into()]);
    if let Some(dir) = patterns {
        argv.extend(["--patterns".into(), dir.into()]);
    }
    if let Some(enc) = encoding {
        argv.extend(["--encoding".into(), enc.into()]);
    }
    if let Some(place) = place {
        argv.extend(["--place".into(), place.into()]);
    }
    for (yes, flag) in [
        (check, "--check"),
        (numbers, "--numbers"),
        (!bom, "--no-bom"),
        (quiet, "--quiet"),
    ] {
        if yes {
            argv.push(flag.into());
        }
    }
    argv.push("--".into());
    argv.extend(inputs.into_iter().map(Into::into));
    let opts = <Opts as clap::Parser>::try_parse_from(argv).map_err(|e| {
        // clap's message without its "For more information" trailer.
        let msg = e.to_string();
        Error::new_err(msg.split("\n\n").next().unwrap_or(&msg).trim().to_string())
    })?;
    let cfg = zhfacts::Config::from_opts(&opts).map_err(core_error)?;
    let s = py.detach(|| zhfacts::run(&cfg)).map_err(core_error)?;
    let d = pyo3::types::PyDict::new(py);
    d.set_item("documents", s.documents)?;
    d.set_item("facts", s.facts)?;
    d.set_item("entities", s.entities)?;
    d.set_item("skipped", s.skipped)?;
    d.set_item("unsupported", s.unsupported)?;
    d.set_item("errors", s.errors)?;
    d.set_item("stale", s.stale)?;
    d.set_item("seconds", s.seconds)?;
    Ok(d)
}

/// An empty row of facts.csv (`""` and `0`): its keys are the columns in order, its
/// values show each column's type. Read by `zhfacts.COLUMNS`.
#[pyfunction]
fn fact_row_template(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    let bytes = encode(&[FactRow::default()]).map_err(core_error)?;
    let row = rows_to_list(py, &[bytes])?;
    row.get_item(0)
}

/// The extension module; the package `zhfacts` re-exports it.
#[pymodule]
fn _zhfacts(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("Error", m.py().get_type::<Error>())?;
    m.add_class::<Extractor>()?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(run, m)?)?;
    m.add_function(wrap_pyfunction!(fact_row_template, m)?)?;
    Ok(())
}
