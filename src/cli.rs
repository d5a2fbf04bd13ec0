//! Command-line options (clap derive). The doc comments are the --help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Extract facts (figures with their units, subjects, dates and entities) from Chinese
/// news releases into tables: facts, entities, documents and summary (facts per kind and
/// indicator per document).
#[derive(Debug, Parser)]
#[command(
    name = "zhfacts",
    version,
    args_conflicts_with_subcommands = true,
    after_help = "Examples:
  zhfacts                              # corpus/ -> output/{facts,entities,documents,summary}.csv
  zhfacts releases/ --out tables/      # a folder of .txt/.md/.html/.docx/.pdf releases
  zhfacts releases/ --format xlsx      # one workbook output/zhfacts.xlsx, a sheet per table
  zhfacts releases/ --format jsonl --no-bom
  zhfacts --check                      # exit 1 when output/ is stale
  cat a.txt | zhfacts - --format jsonl --out /tmp/x
  zhfacts --stdin-jsonl < docs.jsonl > facts.jsonl   # {\"id\",\"text\"} lines in, fact rows out
  zhfacts tw_releases/ --region TW     # every release from Taiwan (TWD, ROC years)
  zhfacts anhua/ --place 安化县         # releases of one county's site: its place
  zhfacts explain \"全县已累计建成326个充电桩\"

Exit codes: 0 all well (files that are not releases, such as .doc or .jsonl, are listed as
skipped but do not count); 1 some documents were skipped or failed, bad input lines, or
stale tables; 2 fatal (bad options or rule files, unwritable output, --out held by
another run with --no-wait)."
)]
pub struct Opts {
    /// Files or folders to read (recursively: .txt .md .html .htm .docx .pdf; other files are listed as skipped); `-` reads one document from stdin.
    #[arg(default_value = "corpus")]
    pub inputs: Vec<PathBuf>,
    /// Folder for the tables (created when missing; tables are replaced only when complete).
    #[arg(long, value_name = "DIR", default_value = "output")]
    pub out: PathBuf,
    /// Table format: csv (one file per table), jsonl (one JSON object per line, one file
    /// per table) or xlsx (one workbook zhfacts.xlsx, a sheet per table).
    #[arg(long, value_enum, default_value_t = FormatArg::Csv)]
    pub format: FormatArg,
    /// Write nothing; exit 1 naming the tables in --out that differ from what would be
    /// written (csv and jsonl; not xlsx).
    #[arg(long)]
    pub check: bool,
    /// Also emit every numeral as kind `number` (and ordinals as `ordinal`).
    #[arg(long)]
    pub numbers: bool,
    /// Folder of rule files overriding the built-in ones (units.tsv, indicators.tsv, entities.tsv, dict.txt).
    #[arg(long, value_name = "DIR")]
    pub patterns: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long = "threads", value_name = "N", default_value_t = 0)]
    pub threads: usize,
    /// No UTF-8 byte-order mark in CSV (the BOM makes Excel show Chinese correctly): CSV
    /// for programs, so it also implies --raw-csv.
    #[arg(long)]
    pub no_bom: bool,
    /// CSV: write every cell exactly as extracted. By default a text cell that a
    /// spreadsheet would run as a formula (one starting with = + - @, a tab or a carriage
    /// return; plain numbers such as -5 excepted) gets a leading ' so Excel and
    /// LibreOffice show it as text (CSV injection). For pipelines that want the raw text;
    /// --no-bom implies it. JSONL is always raw; XLSX cells are never formulas.
    #[arg(long)]
    pub raw_csv: bool,
    /// When another zhfacts run is writing to the same --out (it holds --out/.zhfacts.lock),
    /// exit 2 naming it instead of waiting for it to finish.
    #[arg(long)]
    pub no_wait: bool,
    /// Print only errors: no progress bar, no summary line.
    #[arg(long, short)]
    pub quiet: bool,
    /// Force the input encoding (utf-8, gb18030, gbk, big5, utf-16le, utf-16be) instead of detecting it.
    #[arg(long, value_name = "ENC")]
    pub encoding: Option<String>,
    /// Region of the releases: CN (mainland), TW, HK, MO, or auto (detected per release
    /// from place and institution names, currencies and the 民国 calendar). It decides
    /// the currency of a bare 元/亿元 (CNY, TWD, HKD, MOP) and, for TW, reads 108年 as an
    /// ROC year (2019). With --stdin-jsonl, a line's "region" field wins.
    #[arg(long, value_enum, ignore_case = true, default_value_t = RegionArg::Auto)]
    pub region: RegionArg,
    /// The releases' own place, when you know their source (a county's website): a
    /// division of the gazetteer by full or short name (安化县, 安化), by names from the
    /// top down where one is ambiguous (北京市朝阳区), or by code (430923). It fills
    /// documents.csv place/place_code and is the place of every figure whose sentence
    /// names none (全县 resolves to it), whatever the text names in its first lines. An
    /// unknown or ambiguous name stops the run (exit 2). With --stdin-jsonl, a line's
    /// "place" field wins.
    #[arg(long, value_name = "NAME")]
    pub place: Option<String>,
    /// Streaming: read JSON lines `{"id": …, "text": …}` from stdin and write the fact rows
    /// as JSON lines to stdout (doc = id), flushed per document, in input order. Bad lines
    /// are reported on stderr with their line number and skipped (exit 1). For Hadoop
    /// Streaming and Spark's rdd.pipe.
    #[arg(long, conflicts_with_all = ["inputs", "out", "format", "check"])]
    pub stdin_jsonl: bool,
    /// Subcommands.
    #[command(subcommand)]
    pub cmd: Option<Cmd>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Show how a text is read: tokens with POS tags, each candidate figure, the rule that
    /// took or rejected it, and the resulting rows.
    Explain {
        /// The text to explain.
        text: String,
    },
}

/// Regions on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RegionArg {
    /// Detect each release's region from its text.
    #[value(name = "auto")]
    Auto,
    /// The mainland.
    #[value(name = "CN")]
    Cn,
    /// Taiwan.
    #[value(name = "TW")]
    Tw,
    /// Hong Kong.
    #[value(name = "HK")]
    Hk,
    /// Macau.
    #[value(name = "MO")]
    Mo,
}

/// Table formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Comma-separated values, UTF-8 with BOM.
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// One Excel workbook, zhfacts.xlsx, a sheet per table.
    Xlsx,
}
