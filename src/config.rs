//! Raw options -> validated [`Config`]. Rejects unknown encodings, stdin given twice and
//! `--check` with `--format xlsx` (a workbook is not byte-comparable); decides whether a
//! progress bar is shown (stderr is a terminal and not `--quiet`).

use std::io::IsTerminal;

use crate::cli::{FormatArg, Opts, RegionArg};
use crate::error::{Error, Result};
use crate::extract::Region;
use crate::output::Format;
pub use crate::Config;

impl Config {
    /// Validates the command-line options.
    pub fn from_opts(o: &Opts) -> Result<Config> {
        let encoding =
            match &o.encoding {
                Some(label) => Some(crate::decode::encoding_by_label(label).ok_or_else(|| {
                    Error::Config(format!("--encoding: unknown encoding {label:?}"))
                })?),
                None => None,
            };
        if o.inputs.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
            return Err(Error::Config("`-` (stdin) may be given only once".into()));
        }
        if o.check && o.format == FormatArg::Xlsx {
            return Err(Error::Config(
                "--check does not support --format xlsx (a workbook is not byte-comparable); check the CSV or JSONL tables instead".into(),
            ));
        }
        Ok(Config {
            inputs: o.inputs.clone(),
            out: o.out.clone(),
            format: match o.format {
                FormatArg::Csv => Format::Csv,
                FormatArg::Jsonl => Format::Jsonl,
                FormatArg::Xlsx => Format::Xlsx,
            },
            check: o.check,
            numbers: o.numbers,
            patterns: o.patterns.clone(),
            threads: o.threads,
            bom: !o.no_bom,
            // A CSV without the BOM is for programs (Excel needs the BOM to show Chinese),
            // so it keeps cells raw as well.
            raw_csv: o.raw_csv || o.no_bom,
            wait: !o.no_wait,
            quiet: o.quiet,
            encoding,
            progress: !o.quiet && !o.stdin_jsonl && std::io::stderr().is_terminal(),
            stdin_jsonl: o.stdin_jsonl,
            region: match o.region {
                RegionArg::Auto => None,
                RegionArg::Cn => Some(Region::CN),
                RegionArg::Tw => Some(Region::TW),
                RegionArg::Hk => Some(Region::HK),
                RegionArg::Mo => Some(Region::MO),
            },
            place: o.place.clone(),
        })
    }
}
