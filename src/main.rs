//! The zhfacts binary: parse options, run, map the outcome to an exit code
//! (0 all well, 1 some documents failed or tables are stale, 2 fatal error).

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
            if s.stale.is_empty() && s.errors == 0 && s.skipped == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => fatal(&e),
    }
}

fn fatal(e: &zhfacts::Error) -> ExitCode {
    eprintln!("zhfacts: {e}");
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        eprintln!("  caused by: {s}");
        src = s.source();
    }
    ExitCode::from(2)
}
