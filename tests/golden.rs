//! The bundled corpus through the whole path (`run()`: read, decode, extract, output)
//! against the committed tables in output/, the one snapshot of corpus/.
//! `UPDATE_GOLDEN=1 cargo test golden` rewrites output/; review the diff like code.

use crate::util::{diff, root};
use zhfacts::Config;

/// Every table `run()` writes for corpus/.
const TABLES: [&str; 4] = ["facts.csv", "entities.csv", "documents.csv", "summary.csv"];

/// The configuration of `zhfacts` with no options (corpus/ → output/), writing to `out`.
fn default_run(out: &std::path::Path) -> Config {
    Config {
        quiet: true,
        ..Config::new(vec![root().join("corpus")], out.to_path_buf())
    }
}

#[test]
fn corpus_matches_the_committed_output_tables() {
    let tmp = tempfile::tempdir().unwrap();
    let summary = zhfacts::run(&default_run(tmp.path())).expect("run over corpus/");
    assert!(
        summary.documents >= 7,
        "corpus/ should hold the dev releases"
    );
    assert_eq!((summary.skipped, summary.errors), (0, 0), "{summary:?}");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for table in TABLES {
        let got = std::fs::read_to_string(tmp.path().join(table))
            .unwrap_or_else(|e| panic!("run() wrote no {table}: {e}"));
        let golden = root().join("output").join(table);
        if update {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        // A missing snapshot is a failure, never "no rows".
        match std::fs::read_to_string(&golden) {
            Ok(expected) if expected == got => {}
            Ok(expected) => {
                failures.push(format!("{}:\n{}", golden.display(), diff(&expected, &got)))
            }
            Err(e) => failures.push(format!("{}: {e}", golden.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "output/ differs from a run over corpus/ (UPDATE_GOLDEN=1 to accept):\n{}",
        failures.join("\n")
    );
}
