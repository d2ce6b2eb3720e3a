//! Why a run failed, and its exit code (docs/cli.md).

use std::fmt;
use std::path::Path;

/// A failed run. Each kind has its own exit code.
#[derive(Debug)]
pub enum Failure {
    /// The library refused the data after it was read (exit 1); the message names the field.
    Model(String),
    /// An input file is missing, unreadable or holds a bad value (exit 3): `FILE:LINE: field: why`.
    Input(String),
    /// An output could not be written (exit 4).
    Output(String),
    /// Standard output was closed (`| head`): not an error.
    BrokenPipe,
}

impl Failure {
    /// The process exit code.
    pub fn code(&self) -> u8 {
        match self {
            Failure::Model(_) => 1,
            Failure::Input(_) => 3,
            Failure::Output(_) => 4,
            Failure::BrokenPipe => 0,
        }
    }

    /// A bad input file, at a line if known, naming the field.
    pub fn input(file: &Path, line: Option<u64>, field: &str, why: impl fmt::Display) -> Self {
        let at = match line {
            Some(l) => format!("{}:{l}", file.display()),
            None => file.display().to_string(),
        };
        if field.is_empty() {
            Failure::Input(format!("{at}: {why}"))
        } else {
            Failure::Input(format!("{at}: {field}: {why}"))
        }
    }

    /// A library error on the content of `file` (a scenario or plan read by the library):
    /// the library's error names the field.
    pub fn in_file(file: &Path, e: impl fmt::Display) -> Self {
        Failure::Input(format!("{}: {e}", file.display()))
    }

    /// A library error while computing (not tied to one input line).
    pub fn model(e: impl fmt::Display) -> Self {
        Failure::Model(e.to_string())
    }

    /// An output that could not be written.
    pub fn output(path: &Path, e: impl fmt::Display) -> Self {
        Failure::Output(format!("{}: {e}", path.display()))
    }

    /// A write to standard output failed: a closed pipe ends quietly, anything else is an
    /// output error.
    pub fn stdout(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Output(format!("standard output: {e}"))
        }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Model(m) | Failure::Input(m) | Failure::Output(m) => f.write_str(m),
            Failure::BrokenPipe => f.write_str("standard output closed"),
        }
    }
}

/// `Result` with a [`Failure`].
pub type Result<T> = std::result::Result<T, Failure>;
