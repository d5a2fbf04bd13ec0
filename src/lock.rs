//! One writer per output folder. A run that writes tables takes an exclusive lock on
//! `<out>/.zhfacts.lock` (an OS file lock: `flock` on Unix, `LockFileEx` on Windows,
//! through std's `File::lock`) and holds it until its tables are renamed into place,
//! so two runs into one `--out` take turns and the four tables always come from one
//! run. The kernel drops the lock when its process ends, however it ends: the lock of
//! a killed run never blocks the next one (its file stays, unlocked, until the next run
//! finishes). A finished run removes the file (Unix; elsewhere it stays). `--check`
//! takes a shared lock when the file exists (it writes nothing, not even the lock file).
//!
//! A second run waits for the first, saying so on stderr, or with `--no-wait` stops
//! with [`Error::Locked`] (exit 2) naming the holder recorded in the file.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The lock file's name in the output folder.
pub const LOCK_FILE: &str = ".zhfacts.lock";

/// A held lock on an output folder; released when dropped (or when the process ends).
/// A writer's lock file is removed as it is released, so a finished run leaves none.
#[derive(Debug)]
pub struct OutLock {
    held: Option<(File, PathBuf)>,
    write: bool,
}

impl Drop for OutLock {
    fn drop(&mut self) {
        if let Some((file, path)) = self.held.take() {
            // Removed while still locked: a run waiting on this file sees, once it
            // gets the lock, that the path no longer names it, and starts over.
            if self.write && cfg!(unix) {
                let _ = fs::remove_file(&path);
            }
            drop(file);
        }
    }
}

/// How to take the lock.
#[derive(Debug, Clone, Copy)]
pub struct LockOptions {
    /// Wait for another run to finish (else fail with [`Error::Locked`]).
    pub wait: bool,
    /// Say nothing while waiting.
    pub quiet: bool,
    /// Only read the folder (`--check`): a shared lock, and none when no run is
    /// writing there.
    pub read_only: bool,
}

/// Locks the output folder `dir` (which exists unless `read_only`) for this run.
pub fn lock_out(dir: &Path, opts: LockOptions) -> Result<OutLock> {
    let path = dir.join(LOCK_FILE);
    let io_err = |e| Error::io(&path, e);
    let mut said = false;
    loop {
        let file = if opts.read_only {
            match File::open(&path) {
                Ok(f) => f,
                Err(_) => {
                    return Ok(OutLock {
                        held: None,
                        write: false,
                    })
                }
            }
        } else {
            OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(io_err)?
        };
        let tried = if opts.read_only {
            file.try_lock_shared()
        } else {
            file.try_lock()
        };
        match tried {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let holder = holder(&path);
                if !opts.wait {
                    return Err(Error::Locked { path, holder });
                }
                if !opts.quiet && !said {
                    eprintln!(
                        "zhfacts: {} is being written by another run ({holder}); waiting for it to finish",
                        dir.display()
                    );
                    said = true;
                }
                if opts.read_only {
                    file.lock_shared().map_err(io_err)?;
                } else {
                    file.lock().map_err(io_err)?;
                }
            }
            Err(TryLockError::Error(e)) => return Err(io_err(e)),
        }
        if !still_named(&file, &path) {
            continue; // the previous holder removed it as it finished: start over
        }
        if !opts.read_only {
            record_holder(&file).map_err(io_err)?;
        }
        return Ok(OutLock {
            held: Some((file, path)),
            write: !opts.read_only,
        });
    }
}

/// Whether `path` still names the locked `file` (the holder before may have removed
/// it, and a third run created another).
#[cfg(unix)]
fn still_named(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Elsewhere the lock file is not removed (see [`OutLock`]), so it is always the same.
#[cfg(not(unix))]
fn still_named(_file: &File, path: &Path) -> bool {
    path.exists()
}

/// Writes who holds the lock into the lock file, for the message of a run that waits.
fn record_holder(mut file: &File) -> std::io::Result<()> {
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    file.set_len(0)?;
    let line = format!(
        "zhfacts pid {}, started at unix time {since}\n",
        std::process::id()
    );
    file.write_all(line.as_bytes())
}

/// Who holds the lock, as the lock file records it.
fn holder(path: &Path) -> String {
    let mut text = String::new();
    let read = File::open(path).and_then(|f| f.take(200).read_to_string(&mut text));
    match read {
        Ok(_) if !text.trim().is_empty() => text.trim().to_string(),
        _ => "holder unknown".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRITE: LockOptions = LockOptions {
        wait: false,
        quiet: true,
        read_only: false,
    };

    #[test]
    fn a_second_writer_is_refused_naming_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let first = lock_out(dir.path(), WRITE).unwrap();
        match lock_out(dir.path(), WRITE) {
            Err(Error::Locked { holder, .. }) => {
                assert!(
                    holder.contains(&format!("pid {}", std::process::id())),
                    "{holder}"
                );
            }
            other => panic!("expected Locked, got {other:?}"),
        }
        let check = LockOptions {
            read_only: true,
            ..WRITE
        };
        assert!(matches!(
            lock_out(dir.path(), check),
            Err(Error::Locked { .. })
        ));
        drop(first);
        let second = lock_out(dir.path(), WRITE).unwrap();
        drop(second);
        assert!(
            !dir.path().join(LOCK_FILE).exists(),
            "removed when released"
        );
        // A killed run's file, unlocked, blocks nothing.
        std::fs::write(dir.path().join(LOCK_FILE), "zhfacts pid 4999999\n").unwrap();
        let w = lock_out(dir.path(), WRITE).unwrap();
        drop(w);
        std::fs::write(dir.path().join(LOCK_FILE), "").unwrap();
        // Readers share.
        let a = lock_out(dir.path(), check).unwrap();
        let b = lock_out(dir.path(), check).unwrap();
        assert!(lock_out(dir.path(), WRITE).is_err());
        drop((a, b));
    }

    #[test]
    fn check_writes_no_lock_file() {
        let dir = tempfile::tempdir().unwrap();
        let opts = LockOptions {
            read_only: true,
            ..WRITE
        };
        lock_out(dir.path(), opts).unwrap();
        assert!(!dir.path().join(LOCK_FILE).exists());
    }
}
