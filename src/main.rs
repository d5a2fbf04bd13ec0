//! The zhfacts binary: parse options, run, map the outcome to an exit code
//! (0 all well, 1 some documents or input lines failed or tables are stale, 2 fatal
//! error; a closed stdout pipe ends the run quietly with 0).

use std::process::ExitCode;

use clap::Parser;
use zhfacts::cli::{Cmd, Opts};

fn main() -> ExitCode {
    let opts = Opts::parse();
    if let Some(Cmd::Explain { text }) = &opts.cmd {
        return match zhfacts::explain::explain(
            text,
            opts.patterns.as_deref(),
            &mut std::io::stdout(),
        ) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fatal(&e),
        };
    }
    let cfg = match zhfacts::config::Config::from_opts(&opts) {
        Ok(c) => c,
        Err(e) => return fatal(&e),
    };
    match zhfacts::run(&cfg) {
        Ok(s) => {
            for report in &s.stale {
                eprintln!("zhfacts: {report}");
            }
            if !cfg.quiet {
                eprintln!("{}", s.line());
            }
            if s.stale.is_empty() && s.errors == 0 && s.skipped == s.unsupported {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => fatal(&e),
    }
}

fn fatal(e: &zhfacts::Error) -> ExitCode {
    // `zhfacts --stdin-jsonl | head` closes our stdout: that is not an error.
    if let zhfacts::Error::Io { err, .. } = e {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return ExitCode::SUCCESS;
        }
    }
    eprintln!("zhfacts: {e}");
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        eprintln!("  caused by: {s}");
        src = s.source();
    }
    ExitCode::from(2)
}
