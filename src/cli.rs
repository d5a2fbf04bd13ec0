//! Command-line options (clap derive). The doc comments are the --help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Extract facts (figures with their units, subjects, dates and entities) from Chinese
/// news releases into tables.
#[derive(Debug, Parser)]
#[command(
    name = "zhfacts",
    version,
    args_conflicts_with_subcommands = true,
    after_help = "Examples:
  zhfacts                              # corpus/ -> output/{facts,entities,documents}.csv
  zhfacts releases/ --out tables/      # a folder of .txt/.md/.html releases
  zhfacts --check                      # exit 1 when output/ is stale
  cat a.txt | zhfacts - --format jsonl --out /tmp/x
  zhfacts explain \"全县已累计建成326个充电桩\""
)]
pub struct Opts {
    /// Files or folders to read (recursively: .txt .md .html .htm); `-` reads stdin.
    #[arg(default_value = "corpus")]
    pub inputs: Vec<PathBuf>,
    /// Folder for the tables.
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
    /// Table format.
    #[arg(long, value_enum, default_value_t = FormatArg::Csv)]
    pub format: FormatArg,
    /// Write nothing; exit 1 naming the tables in --out that differ from what would be written.
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
    /// No UTF-8 byte-order mark in CSV (the BOM makes Excel show Chinese correctly).
    #[arg(long)]
    pub no_bom: bool,
    /// Print only errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Force the input encoding (utf-8, gb18030, gbk, big5, utf-16le, utf-16be) instead of detecting it.
    #[arg(long, value_name = "ENC")]
    pub encoding: Option<String>,
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

/// Table formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Comma-separated values, UTF-8 with BOM.
    Csv,
    /// One JSON object per line.
    Jsonl,
}
