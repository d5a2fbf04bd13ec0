//! Stage 7: rows -> tables in `--out`. Every table is written to a temporary file beside
//! its target and renamed into place only when all tables are complete, so an
//! interrupted run leaves the previous tables intact. `--check` writes to memory instead
//! and compares with the files in `--out`.
//!
//! CSV and JSONL tables are one file each, streamed row by row. Their rows can be encoded
//! away from the table ([`RowEncoder`], in the worker threads, so that serializing runs
//! in parallel) and the bytes appended in order ([`Table::append`]). XLSX puts every table in
//! one workbook, `zhfacts.xlsx`, a sheet per table; sheets are held in memory until the
//! workbook is saved (Excel caps a sheet at 1,048,576 rows anyway), and `--check` does
//! not support it because a workbook is not byte-comparable (it carries timestamps).

use std::fs::{self, File};
use std::io::{self, BufWriter, Seek, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::{Error, Result};

mod sheet;

/// Output table formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV, UTF-8 (BOM by default so Excel shows Chinese).
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// One Excel workbook, a sheet per table.
    Xlsx,
}

impl Format {
    /// File extension of the tables.
    pub fn ext(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
            Format::Xlsx => "xlsx",
        }
    }
}

/// File name of the workbook written by `--format xlsx`.
pub const WORKBOOK: &str = "zhfacts.xlsx";

/// The tables of a run, by stem (facts → facts.csv), in the order they are written.
pub const TABLES: [&str; 4] = ["facts", "entities", "documents", "summary"];

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Where a table's bytes go.
enum Sink {
    File {
        tmp: PathBuf,
        target: PathBuf,
        wtr: BufWriter<File>,
    },
    Mem {
        target: PathBuf,
        buf: Vec<u8>,
    },
}

impl Write for Sink {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        match self {
            Sink::File { wtr, .. } => wtr.write(data),
            Sink::Mem { buf, .. } => buf.write(data),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::File { wtr, .. } => wtr.flush(),
            Sink::Mem { .. } => Ok(()),
        }
    }
}

/// How a table takes its rows.
enum Encoder {
    /// CSV or JSONL: the table file, to which encoded rows are appended.
    Bytes(Format, Sink),
    /// XLSX: a sheet that types each cell from the row itself.
    Xlsx(Box<sheet::Sheet>),
}

/// The CSV settings of every table; the header and the rows are written with these, so
/// rows encoded apart from their table are the bytes the table writer would produce.
fn csv_writer<W: Write>(wtr: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .buffer_capacity(CSV_BUFFER)
        .from_writer(wtr)
}

/// Bytes a CSV writer gathers before passing them on; the output does not depend on it.
/// An encoder is made per document and table, and most hold a few hundred bytes, so the
/// csv crate's default (8 KiB, zeroed each time) would cost more than it saves.
const CSV_BUFFER: usize = 1024;

/// Encodes rows of a CSV or JSONL table into bytes, exactly as the table file holds
/// them: one CSV record or one JSON object and `\n` per row. Any thread can encode; the
/// result ([`EncodedRows`]) goes into the table with [`Table::append`].
///
/// A CSV encoder made with `guard` neutralises cells a spreadsheet would run as a
/// formula (see [`formula_like`]): they get a leading `'`, as OWASP's CSV-injection
/// advice has it, so Excel and LibreOffice show them as text. JSONL is never changed.
pub struct RowEncoder {
    enc: RowEnc,
    guard: bool,
    /// Where rows beyond [`SPILL_BYTES`] go, when set (see [`RowEncoder::spilling`]).
    spill: Option<Spill>,
}

/// Rows encoded past [`SPILL_BYTES`]: an anonymous temporary file (gone when closed,
/// even if the run is killed) in `dir`, or in the system's temporary folder.
struct Spill {
    dir: Option<PathBuf>,
    file: Option<File>,
}

/// Bytes an encoder made [`RowEncoder::spilling`] holds in memory before it moves them
/// to its temporary file. A release's rows take some 10 KB per table, so only
/// documents with very many figures spill; the writer keeps at most two chunks of
/// documents pending, so encoded rows waiting in memory stay under
/// 2 × 64 documents × 2 tables × this (issue 16).
pub const SPILL_BYTES: usize = 128 * 1024;

enum RowEnc {
    Csv(Box<csv::Writer<Vec<u8>>>),
    Jsonl(Vec<u8>),
}

impl RowEncoder {
    /// An encoder for rows of a `format` table, neutralising formula-like CSV cells
    /// when `guard`; None for XLSX, whose sheets type their cells from the rows
    /// themselves (see [`Table::write`]).
    pub fn new(format: Format, guard: bool) -> Option<RowEncoder> {
        let enc = match format {
            Format::Csv => RowEnc::Csv(Box::new(csv_writer(Vec::new()))),
            Format::Jsonl => RowEnc::Jsonl(Vec::new()),
            Format::Xlsx => return None,
        };
        Some(RowEncoder {
            enc,
            guard,
            spill: None,
        })
    }

    /// Moves the encoded rows to an anonymous temporary file whenever they exceed
    /// [`SPILL_BYTES`]: in `dir` (the output folder, which must have room for the
    /// rows anyway), or with None in the system's temporary folder.
    pub fn spilling(mut self, dir: Option<PathBuf>) -> RowEncoder {
        self.spill = Some(Spill { dir, file: None });
        self
    }

    /// Encodes one row.
    pub fn push<T: Serialize>(&mut self, row: &T) -> Result<()> {
        match &mut self.enc {
            RowEnc::Csv(w) if self.guard => push_guarded(w, row)?,
            RowEnc::Csv(w) => w.serialize(row)?,
            RowEnc::Jsonl(buf) => {
                serde_json::to_writer(&mut *buf, row)
                    .map_err(|e| Error::Config(format!("JSONL row: {e}")))?;
                buf.push(b'\n');
            }
        }
        if self.spill.is_some() && self.len() >= SPILL_BYTES {
            self.spill_rows()?;
        }
        Ok(())
    }

    /// Appends the rows encoded so far to the spill file (created on first use).
    fn spill_rows(&mut self) -> Result<()> {
        let bytes = self.take()?;
        let Some(spill) = self.spill.as_mut() else {
            return Ok(());
        };
        let err = |e| Error::io(spill.dir.as_deref().unwrap_or(Path::new("<temp>")), e);
        let file = match &mut spill.file {
            Some(f) => f,
            None => {
                let f = match &spill.dir {
                    Some(dir) => tempfile::tempfile_in(dir),
                    None => tempfile::tempfile(),
                }
                .map_err(err)?;
                spill.file.insert(f)
            }
        };
        file.write_all(&bytes).map_err(err)
    }

    /// Bytes encoded so far and not yet taken.
    pub fn len(&self) -> usize {
        match &self.enc {
            RowEnc::Csv(w) => w.get_ref().len(),
            RowEnc::Jsonl(buf) => buf.len(),
        }
    }

    /// True when no bytes are waiting.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Takes the rows encoded so far (every pushed row is complete in them), leaving
    /// the encoder empty for more rows.
    pub fn take(&mut self) -> Result<Vec<u8>> {
        match &mut self.enc {
            RowEnc::Csv(w) => into_bytes(std::mem::replace(&mut **w, csv_writer(Vec::new()))),
            RowEnc::Jsonl(buf) => Ok(std::mem::take(buf)),
        }
    }

    /// The encoded rows.
    pub fn finish(mut self) -> Result<EncodedRows> {
        let format = match self.enc {
            RowEnc::Csv(_) => Format::Csv,
            RowEnc::Jsonl(_) => Format::Jsonl,
        };
        Ok(EncodedRows {
            format,
            bytes: self.take()?,
            spilled: self.spill.and_then(|s| s.file),
        })
    }
}

/// Characters that make a spreadsheet read a cell as a formula when they start it
/// (OWASP, "CSV Injection").
const FORMULA_TRIGGERS: [u8; 6] = [b'=', b'+', b'-', b'@', b'\t', b'\r'];

/// True for a cell a spreadsheet would read as a formula: it starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return, and is not a plain number (`-5`, `-0.25` stay
/// numbers: a spreadsheet reads them as the number they are).
pub fn formula_like(cell: &[u8]) -> bool {
    match cell.first() {
        Some(c) if FORMULA_TRIGGERS.contains(c) => !plain_number(cell),
        _ => false,
    }
}

/// A plain decimal with an optional leading minus: `-12`, `-0.5`.
fn plain_number(cell: &[u8]) -> bool {
    let body = cell.strip_prefix(b"-").unwrap_or(cell);
    let (int, frac) = match body.iter().position(|&b| b == b'.') {
        Some(dot) => (&body[..dot], Some(&body[dot + 1..])),
        None => (body, None),
    };
    let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
    digits(int) && frac.is_none_or(digits)
}

/// Serializes one row with its formula-like cells neutralised. The row is written as
/// usual; only when one of its fields may start with a trigger (a quick scan of the
/// record's bytes) is the record read back and written again with those cells
/// prefixed by `'`, so the usual row costs one scan.
fn push_guarded<T: Serialize>(w: &mut csv::Writer<Vec<u8>>, row: &T) -> Result<()> {
    w.flush()
        .map_err(|e| Error::Config(format!("CSV rows: {e}")))?;
    let start = w.get_ref().len();
    w.serialize(row)?;
    w.flush()
        .map_err(|e| Error::Config(format!("CSV rows: {e}")))?;
    let record = &w.get_ref()[start..];
    if !may_hold_trigger(record) {
        return Ok(());
    }
    let mut fields = csv::ByteRecord::new();
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(record)
        .read_byte_record(&mut fields)?;
    if !fields.iter().any(formula_like) {
        return Ok(());
    }
    let guarded: csv::ByteRecord = fields
        .iter()
        .map(|cell| {
            if formula_like(cell) {
                [b"'", cell].concat()
            } else {
                cell.to_vec()
            }
        })
        .collect();
    // The writer appends to its Vec: hand the Vec, cut back to before this row, to a
    // new writer for the neutralised record.
    let mut bytes = into_bytes(std::mem::replace(w, csv_writer(Vec::new())))?;
    bytes.truncate(start);
    *w = csv_writer(bytes);
    w.write_byte_record(&guarded)?;
    Ok(())
}

/// The bytes a CSV writer wrote, its buffer flushed.
fn into_bytes(w: csv::Writer<Vec<u8>>) -> Result<Vec<u8>> {
    w.into_inner()
        .map_err(|e| Error::Config(format!("CSV rows: {}", e.error())))
}

/// Whether a CSV record's bytes may hold a field that starts with a formula trigger:
/// looks at the first byte of each field (after an opening quote). Never misses one;
/// a false alarm only costs reading the record back.
fn may_hold_trigger(record: &[u8]) -> bool {
    // The first byte of the field at `i` (after an opening quote) is a trigger.
    let trigger_at = |i: usize| {
        let first = match record.get(i) {
            Some(b'"') => record.get(i + 1),
            b => b,
        };
        first.is_some_and(|c| FORMULA_TRIGGERS.contains(c))
    };
    if trigger_at(0) {
        return true;
    }
    // Only quotes and commas matter: jump from one to the next.
    let mut quoted = false;
    let mut i = 0;
    while let Some(k) = memchr::memchr2(b'"', b',', &record[i..]) {
        let j = i + k;
        if record[j] == b'"' {
            quoted = !quoted;
        } else if !quoted && j + 1 < record.len() && trigger_at(j + 1) {
            return true;
        }
        i = j + 1;
    }
    false
}

/// Rows encoded by a [`RowEncoder`]: the bytes of a CSV or JSONL table, and which; the
/// first of them in a temporary file when the encoder spilled.
pub struct EncodedRows {
    format: Format,
    bytes: Vec<u8>,
    spilled: Option<File>,
}

impl EncodedRows {
    /// Writes the rows to `w`: the spilled ones, then those held in memory.
    pub fn write_to<W: Write + ?Sized>(&self, w: &mut W) -> io::Result<()> {
        if let Some(mut file) = self.spilled.as_ref() {
            file.seek(io::SeekFrom::Start(0))?;
            io::copy(&mut file, w)?;
        }
        w.write_all(&self.bytes)
    }
}

/// One output table being written.
pub struct Table {
    name: String,
    enc: Encoder,
    /// Neutralise formula-like CSV cells in rows given to [`Table::write`].
    guard: bool,
}

impl Table {
    /// Starts table `stem` (facts → facts.csv) in `dir` with the columns of `T`;
    /// in memory when `check`. Formula-like CSV cells are neutralised unless
    /// [`Table::guard`] turns that off.
    pub fn create<T: Serialize + Default>(
        dir: &Path,
        stem: &str,
        format: Format,
        bom: bool,
        check: bool,
    ) -> Result<Table> {
        if format == Format::Xlsx {
            if check {
                return Err(Error::Config(
                    "--check does not support --format xlsx (a workbook is not byte-comparable); check the CSV or JSONL tables instead".into(),
                ));
            }
            return Ok(Table {
                name: format!("{WORKBOOK}: sheet {stem}"),
                enc: Encoder::Xlsx(Box::new(sheet::Sheet::new(stem, columns::<T>())?)),
                guard: true,
            });
        }
        let name = format!("{stem}.{}", format.ext());
        let target = dir.join(&name);
        let mut sink = if check {
            Sink::Mem {
                target,
                buf: Vec::new(),
            }
        } else {
            let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
            let file = File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
            Sink::File {
                tmp,
                target,
                wtr: BufWriter::new(file),
            }
        };
        if bom && format == Format::Csv {
            sink.write_all(BOM)
                .map_err(|e| Error::io(dir.join(&name), e))?;
        }
        if format == Format::Csv {
            let mut w = csv_writer(Vec::new());
            w.write_record(columns::<T>())?;
            let header = w
                .into_inner()
                .map_err(|e| Error::Config(format!("{name}: {}", e.error())))?;
            sink.write_all(&header)
                .map_err(|e| Error::io(dir.join(&name), e))?;
        }
        Ok(Table {
            name,
            enc: Encoder::Bytes(format, sink),
            guard: true,
        })
    }

    /// Whether rows given to [`Table::write`] have their formula-like CSV cells
    /// neutralised (see [`RowEncoder`]); on by default. Rows given to
    /// [`Table::append`] were encoded with their encoder's setting.
    pub fn guard(mut self, yes: bool) -> Table {
        self.guard = yes;
        self
    }

    /// Writes one row.
    pub fn write<T: Serialize>(&mut self, row: &T) -> Result<()> {
        match &mut self.enc {
            Encoder::Bytes(format, _) => {
                let Some(mut enc) = RowEncoder::new(*format, self.guard) else {
                    return Err(Error::Config(format!("{}: no row encoder", self.name)));
                };
                enc.push(row)?;
                self.append(&enc.finish()?)
            }
            Encoder::Xlsx(sh) => sh.write(row),
        }
    }

    /// Appends rows encoded by a [`RowEncoder`] for this table's format. An XLSX
    /// sheet takes rows only through [`Table::write`].
    pub fn append(&mut self, rows: &EncodedRows) -> Result<()> {
        match &mut self.enc {
            Encoder::Bytes(format, sink) if *format == rows.format => {
                rows.write_to(sink).map_err(|e| Error::io(&self.name, e))
            }
            _ => Err(Error::Config(format!(
                "{}: rows encoded as {} do not fit this table",
                self.name,
                rows.format.ext()
            ))),
        }
    }

    /// The table's file name.
    pub fn name(&self) -> &str {
        &self.name
    }

    fn into_part(self) -> Part {
        match self.enc {
            Encoder::Bytes(_, s) => Part::Sink(s),
            Encoder::Xlsx(sh) => Part::Sheet(sh),
        }
    }
}

/// A finished table: bytes for a file of its own, or a sheet of the workbook.
enum Part {
    Sink(Sink),
    Sheet(Box<sheet::Sheet>),
}

/// The column names of a row type, in order: the struct is the one place they are defined.
pub fn columns<T: Serialize + Default>() -> Vec<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    if w.serialize(T::default()).is_err() {
        return Vec::new();
    }
    let buf = w.into_inner().unwrap_or_default();
    let text = String::from_utf8_lossy(&buf);
    let header = text.lines().next().unwrap_or_default();
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(header.as_bytes())
        .records()
        .next()
        .and_then(|r| r.ok())
        .map(|r| r.iter().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Finishes a set of tables: renames them into place, or (check mode) compares them
/// with the files on disk. Returns the stale-table reports (empty when up to date).
pub fn finish(dir: &Path, tables: Vec<Table>) -> Result<Vec<String>> {
    let mut done: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut stale = Vec::new();
    let mut sheets = Vec::new();
    for t in tables {
        let name = t.name.clone();
        let sink = match t.into_part() {
            Part::Sink(s) => s,
            Part::Sheet(sh) => {
                sheets.push(sh);
                continue;
            }
        };
        match sink {
            Sink::File { tmp, target, wtr } => {
                let file = wtr
                    .into_inner()
                    .map_err(|e| Error::io(&tmp, e.into_error()))?;
                file.sync_all().map_err(|e| Error::io(&tmp, e))?;
                done.push((tmp, target));
            }
            Sink::Mem { target, buf } => {
                if let Some(report) = compare(&name, &target, &buf) {
                    stale.push(report);
                }
            }
        }
    }
    if !sheets.is_empty() {
        let target = dir.join(WORKBOOK);
        let tmp = dir.join(format!(".{WORKBOOK}.tmp-{}", std::process::id()));
        if let Err(e) = sheet::save(sheets, &tmp) {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
        done.push((tmp, target));
    }
    // All tables are complete: now replace the old ones.
    for (tmp, target) in done {
        fs::rename(&tmp, &target).map_err(|e| Error::io(&target, e))?;
    }
    Ok(stale)
}

/// Removes the temporary tables (`.<table>.tmp-<pid>`) that a killed run left in `dir`:
/// those of a process that no longer runs (checked in /proc where there is one, else
/// files untouched for a day). Best effort: a file that cannot be removed stays.
pub fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let have_proc = Path::new("/proc/self").exists();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = stale_temp_pid(&name.to_string_lossy()) else {
            continue;
        };
        if pid == std::process::id() {
            continue;
        }
        let stale = if have_proc {
            !Path::new("/proc").join(pid.to_string()).exists()
        } else {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 24 * 3600)
        };
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The pid in a temporary table's name (`.facts.csv.tmp-1234`), None for other files.
fn stale_temp_pid(name: &str) -> Option<u32> {
    let (table, pid) = name.strip_prefix('.')?.rsplit_once(".tmp-")?;
    let known = table == WORKBOOK
        || TABLES.iter().any(|t| {
            [Format::Csv, Format::Jsonl]
                .iter()
                .any(|f| table == format!("{t}.{}", f.ext()))
        });
    if known && !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()) {
        pid.parse().ok()
    } else {
        None
    }
}

/// Removes temporary files of an abandoned run.
pub fn abandon(tables: Vec<Table>) {
    for t in tables {
        if let Part::Sink(Sink::File { tmp, .. }) = t.into_part() {
            let _ = fs::remove_file(tmp);
        }
    }
}

/// A report naming the first differing row, or None when equal.
fn compare(name: &str, target: &Path, new: &[u8]) -> Option<String> {
    let old = match fs::read(target) {
        Ok(b) => b,
        Err(e) => return Some(format!("{name}: cannot read {}: {e}", target.display())),
    };
    if old == new {
        return None;
    }
    let old_s = String::from_utf8_lossy(&old);
    let new_s = String::from_utf8_lossy(new);
    let (mut ol, mut nl) = (old_s.lines(), new_s.lines());
    let mut line = 1;
    loop {
        match (ol.next(), nl.next()) {
            (Some(a), Some(b)) if a == b => line += 1,
            (a, b) => {
                return Some(format!(
                "{name} is stale: first difference at line {line}\n  on disk: {}\n  now:     {}",
                a.unwrap_or("<end of file>"),
                b.unwrap_or("<end of file>")
            ))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Default)]
    struct R {
        a: u32,
        b: String,
    }

    #[test]
    fn atomic_write_then_check() {
        let dir = tempfile::tempdir().unwrap();
        let mut t = Table::create::<R>(dir.path(), "t", Format::Csv, true, false).unwrap();
        t.write(&R {
            a: 1,
            b: "吨".into(),
        })
        .unwrap();
        assert!(
            !dir.path().join("t.csv").exists(),
            "target appears only when finished"
        );
        assert!(finish(dir.path(), vec![t]).unwrap().is_empty());
        let bytes = fs::read(dir.path().join("t.csv")).unwrap();
        assert!(bytes.starts_with(BOM));
        assert_eq!(&bytes[3..], "a,b\n1,吨\n".as_bytes());

        let mut t = Table::create::<R>(dir.path(), "t", Format::Csv, true, true).unwrap();
        t.write(&R {
            a: 2,
            b: "吨".into(),
        })
        .unwrap();
        let stale = finish(dir.path(), vec![t]).unwrap();
        assert_eq!(stale.len(), 1);
        assert!(
            stale[0].contains("line 2") && stale[0].contains("2,吨"),
            "{}",
            stale[0]
        );
        assert_eq!(
            &fs::read(dir.path().join("t.csv")).unwrap()[3..],
            "a,b\n1,吨\n".as_bytes()
        );
    }

    #[test]
    fn stale_temps_of_dead_runs_are_removed() {
        assert_eq!(stale_temp_pid(".facts.csv.tmp-123"), Some(123));
        assert_eq!(stale_temp_pid(".documents.jsonl.tmp-9"), Some(9));
        assert_eq!(stale_temp_pid(".notes.txt.tmp-123"), None);
        assert_eq!(stale_temp_pid("facts.csv"), None);
        assert_eq!(stale_temp_pid(".facts.csv.tmp-12x"), None);
        let dir = tempfile::tempdir().unwrap();
        // pid_max on Linux is at most 2^22, so this pid never runs.
        let dead = dir.path().join(".facts.csv.tmp-4999999");
        let mine = dir
            .path()
            .join(format!(".facts.csv.tmp-{}", std::process::id()));
        let other = dir.path().join(".notes.tmp-1");
        for p in [&dead, &mine, &other] {
            fs::write(p, "x").unwrap();
        }
        remove_stale_temps(dir.path());
        if Path::new("/proc/self").exists() {
            assert!(!dead.exists());
        }
        assert!(mine.exists() && other.exists());
    }

    #[test]
    fn rows_encoded_apart_are_the_rows_the_table_writes() {
        let rows = [
            R {
                a: 1,
                b: "吨, \"引号\"\n换行".into(),
            },
            R {
                a: 2,
                b: String::new(),
            },
            // Longer than the CSV writer's buffer.
            R {
                a: 3,
                b: "长,\"".repeat(CSV_BUFFER),
            },
        ];
        for format in [Format::Csv, Format::Jsonl] {
            let dir = tempfile::tempdir().unwrap();
            let mut by_row = Table::create::<R>(dir.path(), "a", format, true, false).unwrap();
            let mut by_bytes = Table::create::<R>(dir.path(), "b", format, true, false).unwrap();
            let mut enc = RowEncoder::new(format, true).unwrap();
            for r in &rows {
                by_row.write(r).unwrap();
                enc.push(r).unwrap();
            }
            by_bytes.append(&enc.finish().unwrap()).unwrap();
            finish(dir.path(), vec![by_row, by_bytes]).unwrap();
            // What a csv writer with the crate's defaults or serde_json make of them.
            let expected = match format {
                Format::Csv => {
                    let mut w = csv::Writer::from_writer(BOM.to_vec());
                    for r in &rows {
                        w.serialize(r).unwrap();
                    }
                    w.into_inner().unwrap()
                }
                _ => rows
                    .iter()
                    .flat_map(|r| {
                        serde_json::to_string(r)
                            .unwrap()
                            .into_bytes()
                            .into_iter()
                            .chain([b'\n'])
                    })
                    .collect(),
            };
            let read = |stem: &str| fs::read(dir.path().join(format!("{stem}.{}", format.ext())));
            assert_eq!(read("a").unwrap(), expected, "{format:?}");
            assert_eq!(read("b").unwrap(), expected, "{format:?}");
        }
        assert!(RowEncoder::new(Format::Xlsx, true).is_none());
    }

    #[test]
    fn rows_encoded_for_another_format_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut t = Table::create::<R>(dir.path(), "t", Format::Csv, true, true).unwrap();
        let mut enc = RowEncoder::new(Format::Jsonl, true).unwrap();
        enc.push(&R::default()).unwrap();
        assert!(t.append(&enc.finish().unwrap()).is_err());
    }

    #[test]
    fn jsonl_rows() {
        let dir = tempfile::tempdir().unwrap();
        let mut t = Table::create::<R>(dir.path(), "t", Format::Jsonl, true, false).unwrap();
        t.write(&R {
            a: 1,
            b: "x".into(),
        })
        .unwrap();
        finish(dir.path(), vec![t]).unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("t.jsonl")).unwrap(),
            "{\"a\":1,\"b\":\"x\"}\n"
        );
    }

    #[test]
    fn formula_like_cells() {
        for cell in [
            "=1+1", "+86 10", "-5%", "@SUM(A1)", "\tx", "\r=1", "--05", "-", "-1e5",
        ] {
            assert!(formula_like(cell.as_bytes()), "{cell:?}");
        }
        for cell in ["", "5", "-5", "-0.25", "12.5", "a=1", "'=1", " =1", "吨"] {
            assert!(!formula_like(cell.as_bytes()), "{cell:?}");
        }
    }

    #[test]
    fn triggers_are_looked_for_at_field_starts_only() {
        for rec in ["=1", "a,-5", "a,\"+x\"", "a,,@b", "\"=\"", "a,\"b,c\",=d\n"] {
            assert!(may_hold_trigger(rec.as_bytes()), "{rec:?}");
        }
        for rec in [
            "",
            "a",
            "a=1,b",
            "a,\"b,=c\"",
            "a,\"b\"\"=c\"",
            "a,b,\n",
            "a,",
        ] {
            assert!(!may_hold_trigger(rec.as_bytes()), "{rec:?}");
        }
    }

    #[test]
    fn guarded_csv_cells_show_as_text() {
        let rows = [
            R {
                a: 1,
                b: "=HYPERLINK(\"http://x\",\"点击\")".into(),
            },
            R {
                a: 2,
                b: "-5%".into(),
            },
            R {
                a: 3,
                b: "-5".into(),
            },
            R {
                a: 4,
                b: "x,\"=y\"".into(),
            },
            R {
                a: 5,
                b: "\t@a,b".into(),
            },
        ];
        let encode = |guard: bool| {
            let mut enc = RowEncoder::new(Format::Csv, guard).unwrap();
            for r in &rows {
                enc.push(r).unwrap();
            }
            String::from_utf8(enc.finish().unwrap().bytes).unwrap()
        };
        assert_eq!(
            encode(true),
            "1,\"'=HYPERLINK(\"\"http://x\"\",\"\"点击\"\")\"\n2,'-5%\n3,-5\n\
             4,\"x,\"\"=y\"\"\"\n5,\"'\t@a,b\"\n"
        );
        // Unguarded, the rows are what the csv crate makes of them.
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(Vec::new());
        for r in &rows {
            w.serialize(r).unwrap();
        }
        assert_eq!(encode(false).into_bytes(), w.into_inner().unwrap());
        // JSONL keeps the text as it is.
        let mut enc = RowEncoder::new(Format::Jsonl, true).unwrap();
        enc.push(&rows[0]).unwrap();
        assert!(String::from_utf8(enc.finish().unwrap().bytes)
            .unwrap()
            .contains("\"b\":\"=HYPERLINK"));
    }
}
