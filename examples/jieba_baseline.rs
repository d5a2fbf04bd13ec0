//! Baseline for scripts/bench.sh: jieba-rs `cut` (HMM on) over every document of a
//! folder, parallelised over documents with rayon.
//!
//!     cargo run --release --example jieba_baseline -- DIR THREADS
//!
//! Documents are read into memory and the dictionary is loaded before the clock starts,
//! so the figure is segmentation alone. Prints `jieba_cut threads=N bytes=B secs=S mb_s=R`.

use std::path::PathBuf;
use std::time::Instant;

use jieba_rs::Jieba;
use rayon::prelude::*;
use zhfacts::read::{read_corpus, Source};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: jieba_baseline DIR THREADS");
        std::process::exit(2);
    }
    let threads: usize = args[2].parse().expect("THREADS must be a number");
    let releases = read_corpus(&[PathBuf::from(&args[1])]).expect("readable corpus");
    let docs: Vec<String> = releases
        .iter()
        .filter_map(|r| match &r.source {
            Source::File(p) => std::fs::read_to_string(p).ok(),
            _ => None,
        })
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let jieba = Jieba::new();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    let started = Instant::now();
    let tokens: usize = pool.install(|| docs.par_iter().map(|d| jieba.cut(d, true).len()).sum());
    let secs = started.elapsed().as_secs_f64();
    println!(
        "jieba_cut threads={threads} docs={} bytes={bytes} tokens={tokens} secs={secs:.3} mb_s={:.1}",
        docs.len(),
        bytes as f64 / 1e6 / secs
    );
}
