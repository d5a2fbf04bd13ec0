//! Each corpus/ document's fact rows against tests/golden/<name>.csv.
//! `UPDATE_GOLDEN=1 cargo test` rewrites them; review the diff like code.

use crate::util::{diff, root};
use zhfacts::{normalize::normalize, patterns::Patterns, Extractor, Options};

#[test]
fn corpus_matches_golden_tables() {
    let ex = Extractor::new(Patterns::builtin().unwrap()).unwrap();
    let mut docs: Vec<_> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    docs.sort();
    assert!(docs.len() >= 7, "corpus/ should hold the dev releases");
    let mut failures = Vec::new();
    for path in docs {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut wtr = csv::Writer::from_writer(Vec::new());
        for f in ex.extract(&text, Options::default()).facts {
            wtr.serialize(normalize(&name, &f)).unwrap();
        }
        let got = String::from_utf8(wtr.into_inner().unwrap()).unwrap();
        let golden = root()
            .join("tests/golden")
            .join(name.replace(".txt", ".csv"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap_or_default();
        if expected != got {
            failures.push(format!("{}:\n{}", golden.display(), diff(&expected, &got)));
        }
    }
    assert!(
        failures.is_empty(),
        "golden tables differ (UPDATE_GOLDEN=1 to accept):\n{}",
        failures.join("\n")
    );
}
