//! Stage 1: inputs -> the list of [`Release`]s to process, sorted by document name.
//! Files are listed here and read later, one at a time, by the worker that decodes them,
//! so memory does not grow with the corpus.
//!
//! Folders are walked recursively for `.txt`, `.md`, `.markdown`, `.html` and `.htm`
//! (symlinks followed, loops reported); a file given by name is taken whatever its
//! extension; `-` is one document read from stdin. Listing problems (unreadable folder,
//! symlink loop) become failed releases, not fatal errors.

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

const EXTENSIONS: [&str; 5] = ["txt", "md", "markdown", "html", "htm"];

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
        if meta.is_file() {
            let id = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            out.push(Release {
                id,
                source: Source::File(input.clone()),
            });
            continue;
        }
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(input)
            .follow_links(true)
            .sort_by_file_name()
        {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    let ext = e
                        .path()
                        .extension()
                        .map(|x| x.to_string_lossy().to_lowercase());
                    if ext.is_some_and(|x| EXTENSIONS.contains(&x.as_str())) {
                        found.push(Release {
                            id: rel_id(input, e.path()),
                            source: Source::File(e.into_path()),
                        });
                    }
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
    fn walks_folders_for_known_extensions() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        for f in ["b.txt", "a.html", "sub/c.md", "skip.pdf"] {
            std::fs::write(dir.path().join(f), "x").unwrap();
        }
        let r = read_corpus(&[dir.path().to_path_buf()]).unwrap();
        let ids: Vec<&str> = r.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a.html", "b.txt", "sub/c.md"]);
    }

    #[test]
    fn missing_input_is_an_error() {
        assert!(read_corpus(&[PathBuf::from("/no/such/dir")]).is_err());
    }
}
