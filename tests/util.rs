//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the zhfacts binary with `args` in `dir`.
pub fn zhfacts(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zhfacts"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run zhfacts")
}

/// Runs the zhfacts binary with `args`, `input` on its stdin; its output once it ends.
pub fn zhfacts_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_zhfacts"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run zhfacts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("zhfacts output")
}

/// The stderr of a run, as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A line diff of two texts, for readable golden failures.
pub fn diff(expected: &str, got: &str) -> String {
    let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    let mut out = String::new();
    for i in 0..e.len().max(g.len()) {
        match (e.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => {}
            (a, b) => {
                out.push_str(&format!(
                    "line {}:\n- {}\n+ {}\n",
                    i + 1,
                    a.unwrap_or(&""),
                    b.unwrap_or(&"")
                ));
            }
        }
    }
    out
}

/// A temp dir holding `corpus/` with the named releases of the bundled corpus.
pub fn corpus_copy(names: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("corpus")).expect("mkdir corpus");
    for name in names {
        std::fs::copy(
            root().join("corpus").join(name),
            dir.path().join("corpus").join(name),
        )
        .expect("copy release");
    }
    dir
}
