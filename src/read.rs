//! Stage 1: inputs -> the list of [`Release`]s to process, sorted by document name.
//! Files are listed here and read later ([`read_bytes`]), one at a time, by the worker
//! that decodes them, so memory does not grow with the corpus.
//!
//! Folders are walked recursively (symlinks followed, loops reported). Every file in
//! them is a release except files that are not documents: hidden files and folders
//! (name starting with `.`), Office lock files (`~$…`) and the OS's `Thumbs.db` and
//! `desktop.ini`, which are left out. Files ending in `.txt`, `.md`, `.markdown`,
//! `.html`, `.htm`, `.docx` and `.pdf` are read; any other file (`.doc`, `.xls`, images,
//! archives, no extension) is listed as [`Source::Skipped`] with the reason
//! `unsupported format (.doc)`, so nothing in a folder is ignored silently. A file given
//! by name is taken whatever its extension; `-` is one document read from stdin. Listing problems (unreadable folder,
//! symlink loop, dangling symlink, a FIFO or device where a document should be) become
//! failed releases, not fatal errors: nothing is dropped silently, and nothing blocks.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Where a release's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file.
    File(PathBuf),
    /// Standard input.
    Stdin,
    /// Could not even be listed: the reason.
    Unlisted(String),
    /// A file in a folder that is not read: the reason (`unsupported format (.doc)`).
    Skipped(String),
}

/// One document to process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    /// Path relative to its input root, with `/` (the `doc` column).
    pub id: String,
    /// Where to read it.
    pub source: Source,
}

impl Release {
    /// Lowercase extension of the document name.
    pub fn ext(&self) -> Option<String> {
        Path::new(&self.id)
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
    }
}

const EXTENSIONS: [&str; 7] = ["txt", "md", "markdown", "html", "htm", "docx", "pdf"];

/// Whether a folder entry is left out of the listing: hidden files and folders, Office
/// lock files and the file managers' own files are not releases.
fn is_not_a_document(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.')
        || name.starts_with("~$")
        || name.eq_ignore_ascii_case("thumbs.db")
        || name.eq_ignore_ascii_case("desktop.ini")
}

/// The start of the status of a folder file whose format is not read.
pub const UNSUPPORTED_STATUS: &str = "skipped: unsupported format";

/// The status reason of a folder file whose format is not read.
fn unsupported(ext: Option<&str>) -> String {
    let what = &UNSUPPORTED_STATUS["skipped: ".len()..];
    match ext {
        Some(e) => format!("{what} (.{e})"),
        None => format!("{what} (no extension)"),
    }
}

/// The reason given for a FIFO, socket or device: reading one could block forever.
pub const NOT_REGULAR: &str = "not a regular file (FIFO, socket or device)";

/// Largest document accepted, in bytes; larger files are reported, not loaded.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Reads a release's bytes (at most [`MAX_BYTES`]), or the reason it cannot be read:
/// gone, replaced by a FIFO or device since it was listed, too large, unlisted.
pub fn read_bytes(r: &Release) -> Result<Vec<u8>, String> {
    match &r.source {
        Source::File(p) => {
            let meta = std::fs::metadata(p).map_err(|e| e.to_string())?;
            // Listed as a file, but replaced since (a FIFO would block the worker).
            if !meta.is_file() {
                return Err(NOT_REGULAR.into());
            }
            if meta.len() > MAX_BYTES {
                return Err(format!(
                    "file too large ({} bytes; limit {MAX_BYTES})",
                    meta.len()
                ));
            }
            std::fs::read(p).map_err(|e| e.to_string())
        }
        Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .take(MAX_BYTES + 1)
                .read_to_end(&mut buf)
                .map_err(|e| e.to_string())?;
            Ok(buf)
        }
        Source::Unlisted(reason) | Source::Skipped(reason) => Err(reason.clone()),
    }
}

fn rel_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Lists the releases of `inputs`. Errors only when an input does not exist.
pub fn read_corpus(inputs: &[PathBuf]) -> Result<Vec<Release>, String> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Release {
                id: "-".into(),
                source: Source::Stdin,
            });
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|e| format!("{}: {e}", input.display()))?;
        if !meta.is_dir() {
            let id = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let source = if meta.is_file() {
                Source::File(input.clone())
            } else {
                Source::Unlisted(NOT_REGULAR.into())
            };
            out.push(Release { id, source });
            continue;
        }
        let mut found = Vec::new();
        let walk = walkdir::WalkDir::new(input)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_not_a_document(e.file_name()));
        for entry in walk {
            match entry {
                Ok(e) if !e.file_type().is_dir() => {
                    let ext = e
                        .path()
                        .extension()
                        .map(|x| x.to_string_lossy().to_lowercase());
                    let id = rel_id(input, e.path());
                    let source = if !e.file_type().is_file() {
                        Source::Unlisted(NOT_REGULAR.into())
                    } else if ext.as_deref().is_some_and(|x| EXTENSIONS.contains(&x)) {
                        Source::File(e.into_path())
                    } else {
                        Source::Skipped(unsupported(ext.as_deref()))
                    };
                    found.push(Release { id, source });
                }
                Ok(_) => {}
                Err(err) => {
                    let path = err
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| input.clone());
                    let reason = if err.loop_ancestor().is_some() {
                        "symlink loop".to_string()
                    } else {
                        err.io_error()
                            .map(|e| e.to_string())
                            .unwrap_or_else(|| err.to_string())
                    };
                    found.push(Release {
                        id: rel_id(input, &path),
                        source: Source::Unlisted(reason),
                    });
                }
            }
        }
        found.sort_by(|a, b| a.id.cmp(&b.id));
        out.extend(found);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_folders_listing_every_document() {
        let dir = tempfile::tempdir().unwrap();
        for d in ["sub", ".git"] {
            std::fs::create_dir(dir.path().join(d)).unwrap();
        }
        for f in [
            "b.txt",
            "a.html",
            "sub/c.md",
            "d.pdf",
            "e.DOCX",
            "f.doc",
            "g.png",
            "README",
            ".hidden.txt",
            ".git/x.txt",
            "~$e.docx",
            "Thumbs.db",
        ] {
            std::fs::write(dir.path().join(f), "x").unwrap();
        }
        let r = read_corpus(&[dir.path().to_path_buf()]).unwrap();
        let got: Vec<(&str, Option<&str>)> = r
            .iter()
            .map(|r| {
                let skipped = match &r.source {
                    Source::Skipped(why) => Some(why.as_str()),
                    _ => None,
                };
                (r.id.as_str(), skipped)
            })
            .collect();
        assert_eq!(
            got,
            [
                ("README", Some("unsupported format (no extension)")),
                ("a.html", None),
                ("b.txt", None),
                ("d.pdf", None),
                ("e.DOCX", None),
                ("f.doc", Some("unsupported format (.doc)")),
                ("g.png", Some("unsupported format (.png)")),
                ("sub/c.md", None),
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn broken_entries_are_listed_with_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("good.txt"), "x").unwrap();
        std::os::unix::fs::symlink(d.join("gone.txt"), d.join("dangling.txt")).unwrap();
        std::os::unix::fs::symlink(d, d.join("loop")).unwrap();
        let fifo = d.join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(
            made.is_ok_and(|s| s.success()),
            "cannot make the FIFO fixture"
        );
        let r = read_corpus(&[d.to_path_buf()]).unwrap();
        let got: Vec<(&str, bool)> = r
            .iter()
            .map(|r| (r.id.as_str(), matches!(r.source, Source::File(_))))
            .collect();
        assert!(got.contains(&("good.txt", true)), "{got:?}");
        assert!(got.contains(&("dangling.txt", false)), "{got:?}");
        assert!(got.contains(&("loop", false)), "{got:?}");
        let p = r.iter().find(|r| r.id == "pipe.txt").unwrap();
        assert_eq!(p.source, Source::Unlisted(NOT_REGULAR.into()));
        // Named on the command line, too.
        let r = read_corpus(&[fifo]).unwrap();
        assert_eq!(r[0].source, Source::Unlisted(NOT_REGULAR.into()));
    }

    #[test]
    fn missing_input_is_an_error() {
        assert!(read_corpus(&[PathBuf::from("/no/such/dir")]).is_err());
    }
}
