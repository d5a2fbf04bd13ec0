//! Decode times of pathological inputs, the ones that once took tens of seconds (deep
//! HTML nesting, deep Markdown nesting followed by many lines, a 20 MB Markdown file, a
//! 50 MB single-line text). Speed is measured here, never asserted in tests.
//!
//!     cargo run --release --example pathological
//!
//! Prints one line per input: `name bytes secs`.

use std::time::Instant;

use zhfacts::decode::decode;

fn time(name: &str, bytes: &[u8], ext: &str) {
    let start = Instant::now();
    let d = decode(bytes, Some(ext), None);
    let secs = start.elapsed().as_secs_f64();
    let chars = d.map(|d| d.text.chars().count()).unwrap_or(0);
    println!(
        "{name:<24} {:>10} bytes {chars:>10} chars {secs:8.3} s",
        bytes.len()
    );
}

fn main() {
    let n = 100_000;
    let html = format!("{}数据{}", "<div>".repeat(n), "</div>".repeat(n));
    time("html_nested_div", html.as_bytes(), "html");
    for opener in ["- ", "> ", "> - ", ">"] {
        let lazy = format!("{}甲\n{}", opener.repeat(n), "乙\n".repeat(n));
        time(
            &format!("md_nested_{:?}", opener.trim()),
            lazy.as_bytes(),
            "md",
        );
    }
    let para = "资源储量达**890亿吨**，年产60万吨碳酸钙。\n\n| 项目 | 金额 |\n|---|---|\n| 甲 | 3亿元 |\n\n";
    let md = para.repeat(20 * 1024 * 1024 / para.len());
    time("md_20mb_tables", md.as_bytes(), "md");
    let line = "资源储量达890亿吨，年产60万吨纳米级碳酸钙。abc ".repeat(50 * 1024 * 1024 / 70);
    time("txt_50mb_one_line", line.as_bytes(), "txt");
}
