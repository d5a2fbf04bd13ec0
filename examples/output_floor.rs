//! The floor of the output stage, for scripts/bench.sh: how long merely writing the
//! rows of a finished facts table takes, against jieba-rs `cut` of the corpus they came
//! from, side by side in one process on one thread.
//!
//!     cargo run --release --example output_floor -- CORPUS_DIR FACTS_CSV
//!
//! The rows are parsed into memory first; the clock covers only writing them again
//! (csv crate, buffered file), the least any pipeline emitting these columns must do.
//! Prints `output_floor rows=N facts_bytes=B write_secs=W jieba_secs=J write/jieba=R`
//! (medians of three rounds).

mod support;

use std::io::BufWriter;
use std::time::Instant;

use jieba_rs::Jieba;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: output_floor CORPUS_DIR FACTS_CSV");
        std::process::exit(2);
    }
    let docs = support::corpus_texts(&args[1]);
    let facts_bytes = std::fs::metadata(&args[2]).expect("facts table").len();
    let mut rdr = csv::Reader::from_path(&args[2]).expect("facts table");
    let header = rdr.headers().expect("header").clone();
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.expect("row")).collect();
    let jieba = Jieba::new();
    let out = std::env::temp_dir().join(format!("zhfacts-floor-{}.csv", std::process::id()));
    let (mut write, mut cut) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        let t = Instant::now();
        let tokens: usize = docs.iter().map(|d| jieba.cut(d, true).len()).sum();
        cut.push(t.elapsed().as_secs_f64());
        assert!(tokens > 0 || docs.is_empty());

        let t = Instant::now();
        let file = std::fs::File::create(&out).expect("temp file");
        let mut w = csv::Writer::from_writer(BufWriter::new(file));
        w.write_record(&header).expect("write");
        for r in &rows {
            w.write_record(r).expect("write");
        }
        w.flush().expect("flush");
        write.push(t.elapsed().as_secs_f64());
    }
    let _ = std::fs::remove_file(&out);
    let (w, j) = (median(write), median(cut));
    println!(
        "output_floor rows={} facts_bytes={facts_bytes} write_secs={w:.3} jieba_secs={j:.3} write/jieba={:.2}",
        rows.len(),
        w / j
    );
}
