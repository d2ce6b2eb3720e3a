//! Files in and out: CSV with serde (errors name the file, line and column), JSON, standard
//! output that ends quietly on a closed pipe, and a progress bar only on a terminal.

use std::io::{IsTerminal, Write};
use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::failure::{Failure, Result};

/// Reads every record of a CSV file with a header row (cells trimmed; lines starting with `#`
/// are comments). Returns each record with its 1-based line number in the file.
///
/// Errors name the file, the line and the column (by its header name) of the first bad cell.
pub fn read_csv<T: DeserializeOwned>(path: &Path) -> Result<Vec<(u64, T)>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .comment(Some(b'#'))
        .from_path(path)
        .map_err(|e| Failure::input(path, None, "", e))?;
    let headers = reader
        .headers()
        .map_err(|e| csv_failure(path, &csv::StringRecord::new(), None, e))?
        .clone();
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(csv_failure(path, &headers, None, e)),
        }
        let line = record.position().map(csv::Position::line);
        let row = record
            .deserialize::<T>(Some(&headers))
            .map_err(|e| csv_failure(path, &headers, line, e))?;
        rows.push((line.unwrap_or(0), row));
    }
    if rows.is_empty() {
        return Err(Failure::input(
            path,
            None,
            "",
            "no data rows under the header",
        ));
    }
    Ok(rows)
}

/// A csv error as `FILE:LINE: column: why`.
fn csv_failure(
    path: &Path,
    headers: &csv::StringRecord,
    line: Option<u64>,
    e: csv::Error,
) -> Failure {
    let line = e.position().map(csv::Position::line).or(line);
    match e.kind() {
        csv::ErrorKind::Deserialize { err, .. } => {
            let field = err
                .field()
                .and_then(|i| headers.get(usize::try_from(i).ok()?))
                .unwrap_or("");
            Failure::input(path, line, field, err.kind())
        }
        csv::ErrorKind::Io(io) => Failure::input(path, line, "", io),
        _ => Failure::input(path, line, "", e),
    }
}

/// Writes rows as a CSV file (RFC 4180 quoting by the csv crate), header from the serde names.
pub fn write_csv<T: Serialize>(path: &Path, rows: &[T]) -> Result<()> {
    let mut w = csv::Writer::from_path(path).map_err(|e| Failure::output(path, e))?;
    for r in rows {
        w.serialize(r).map_err(|e| Failure::output(path, e))?;
    }
    w.flush().map_err(|e| Failure::output(path, e))
}

/// Writes `text` to a file.
pub fn write_file(path: &Path, text: impl AsRef<[u8]>) -> Result<()> {
    std::fs::write(path, text).map_err(|e| Failure::output(path, e))
}

/// Creates a directory and its parents.
pub fn create_dir(path: &Path) -> Result<()> {
    std::fs::create_dir_all(path).map_err(|e| Failure::output(path, e))
}

/// Prints text to standard output (a closed pipe ends quietly).
pub fn print(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(Failure::stdout)
}

/// Prints a value as pretty JSON to standard output.
pub fn print_json<T: Serialize>(value: &T) -> Result<()> {
    let mut json = serde_json::to_string_pretty(value).map_err(Failure::model)?;
    json.push('\n');
    print(&json)
}

/// A progress bar over `len` steps, drawn only when standard output is a terminal (nothing
/// is drawn into a pipe or a file).
pub fn progress(len: u64, what: &str) -> Option<indicatif::ProgressBar> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len}") {
        bar.set_style(style);
    }
    bar.set_message(what.to_string());
    Some(bar)
}

/// Reads a whole text file.
pub fn read_text(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Failure::input(path, None, "", e))
}

/// Parses a named value of a CSV cell (a fuel, a ship type, …) with its `FromStr`, naming the
/// file, line and column when it is not known.
pub fn parse_cell<T>(path: &Path, line: u64, column: &str, cell: &str) -> Result<T>
where
    T: std::str::FromStr,
    T::Err: std::fmt::Display,
{
    cell.parse::<T>()
        .map_err(|e| Failure::input(path, Some(line), column, e))
}

/// Parses a snake_case enum cell through its serde name (for types without `FromStr`).
pub fn parse_serde_cell<T: DeserializeOwned>(
    path: &Path,
    line: u64,
    column: &str,
    cell: &str,
) -> Result<T> {
    let key = cell.trim().to_ascii_lowercase().replace(['-', ' '], "_");
    serde_json::from_value::<T>(serde_json::Value::String(key))
        .map_err(|e| Failure::input(path, Some(line), column, format!("'{cell}': {e}")))
}
