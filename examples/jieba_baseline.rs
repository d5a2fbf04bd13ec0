//! Baseline for scripts/bench.sh: jieba-rs `cut` (HMM on) over every document of a
//! folder, parallelised over documents with rayon.
//!
//!     cargo run --release --example jieba_baseline -- DIR THREADS
//!
//! Documents are read into memory and the dictionary is loaded before the clock starts,
//! so the figure is segmentation alone. Prints `jieba_cut threads=N bytes=B secs=S mb_s=R`.

mod support;

use std::time::Instant;

use jieba_rs::Jieba;
use rayon::prelude::*;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: jieba_baseline DIR THREADS");
        std::process::exit(2);
    }
    let threads: usize = args[2].parse().expect("THREADS must be a number");
    let docs = support::corpus_texts(&args[1]);
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
