//! What the benchmark examples share.

use std::path::PathBuf;

use zhfacts::read::{read_corpus, Source};

/// The text of every release file under `dir`, in the pipeline's order; files that are
/// not UTF-8 are left out (the benchmark corpus is UTF-8).
pub fn corpus_texts(dir: &str) -> Vec<String> {
    let releases = read_corpus(&[PathBuf::from(dir)]).expect("readable corpus");
    releases
        .iter()
        .filter_map(|r| match &r.source {
            Source::File(p) => std::fs::read_to_string(p).ok(),
            _ => None,
        })
        .collect()
}
