//! The crate's single error type. Context lives in fields, not in strings.

use std::{fmt, io, path::PathBuf};

/// Everything that can go wrong in zhfacts.
#[derive(Debug)]
pub enum Error {
    /// Reading or writing a file failed.
    Io {
        /// The file involved.
        path: PathBuf,
        /// The underlying error.
        err: io::Error,
    },
    /// A rule file in patterns/ is malformed.
    Pattern {
        /// The rule file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        msg: String,
    },
    /// Writing CSV failed.
    Csv(csv::Error),
    /// Writing the XLSX workbook failed.
    Xlsx {
        /// The workbook and sheet involved.
        what: String,
        /// The underlying error.
        err: rust_xlsxwriter::XlsxError,
    },
    /// A setting is invalid (bad option value, missing input).
    Config(String),
    /// Another run holds the output folder's lock and `--no-wait` was given.
    Locked {
        /// The lock file.
        path: PathBuf,
        /// Who holds it, as the lock file records it.
        holder: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, err } => write!(f, "{}: {}", path.display(), err),
            Error::Pattern { path, line, msg } => write!(f, "{path}:{line}: {msg}"),
            Error::Csv(err) => write!(f, "CSV: {err}"),
            Error::Xlsx { what, err } => write!(f, "{what}: {err}"),
            Error::Config(msg) => write!(f, "{msg}"),
            Error::Locked { path, holder } => write!(
                f,
                "{}: another run is writing this folder ({holder}); not waiting (--no-wait)",
                path.display()
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { err, .. } => Some(err),
            Error::Csv(err) => Some(err),
            Error::Xlsx { err, .. } => Some(err),
            _ => None,
        }
    }
}

impl From<csv::Error> for Error {
    fn from(err: csv::Error) -> Error {
        Error::Csv(err)
    }
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: impl Into<PathBuf>, err: io::Error) -> Error {
        Error::Io {
            path: path.into(),
            err,
        }
    }
}

/// Result alias for this crate.
pub type Result<T> = std::result::Result<T, Error>;
