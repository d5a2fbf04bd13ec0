//! Integration tests: one binary, one module per concern.

// Shared helpers: temp dirs, running the binary.
mod util;
// Golden tables: run() over corpus/ against the committed output/ tables.
mod golden;
// The acceptance facts of the 左权县 release and the not-facts of its slogans.
mod zuoquan;
// The command line: --check, determinism across -j, exit codes, stdin.
mod cli;
// Issue 7: XLSX, JSONL = CSV, summary table, progress bar, --stdin-jsonl streaming, --help.
mod analyst;
// Every encoding and format, bad input of every kind, killed runs, broken rule files.
mod robust;
// No panics on any input: property tests over decode + extract, and a generated batch.
mod no_panic;
// Rules as data: an edited rule file changes the output; a broken one is named.
mod rules;
// Issue 11: explain formats the real extraction: its rows equal facts.csv, document by document.
mod explain_rows;
// Issue 14: Taiwan, Hong Kong and Macau: region column, ROC years, currency, units.
mod region;
// Issue 16: spreadsheet-safe cells, memory bounded per document, one writer per folder.
mod safety;
// Issue 18: Word and PDF releases, unsupported files listed, broken ones with their status.
mod documents;
// Issue 13: --place and a stdin line's "place": the releases' own place given by the user.
mod place;
