//! Parquet → per-vessel totals, end to end, against the kernel on the same rows in memory.
//!
//! ```text
//! cargo run --release -p green-corridor-fleet --example parquet_throughput -- [rows] [vessels] [repeats]
//! ```
//!
//! Writes `rows` (default 1,000,000) AIS-like hourly segments over `vessels` (1,000) to a
//! Parquet file in the system's temporary folder, then reports the median of `repeats` (3)
//! runs of (a) `PreparedFleet::totals` on the columns in memory and (b)
//! `totals_from_parquet` on the file (open, decode, cast, kernel, totals), in M segments/s,
//! as one JSON line; it exits non-zero if the two disagree beyond 1e-12 relative.

use std::error::Error;
use std::time::Instant;

use green_corridor::batch::PreparedFleet;
use green_corridor::prelude::AccountingBasis;
use green_corridor_fleet::{ColumnsOf, testdata, totals_from_parquet, write_segments_parquet};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse())
        .collect::<Result<_, _>>()?;
    let rows = args.first().copied().unwrap_or(1_000_000);
    let vessels = args.get(1).copied().unwrap_or(1_000);
    let repeats = args.get(2).copied().unwrap_or(3).max(1);
    let ships = testdata::fleet(vessels)?;
    let fleet = PreparedFleet::new(&ships, &AccountingBasis::fueleu(2025)?)?;
    let batch = testdata::ais_like_segments(&ships, rows, 2026)?;
    let path = std::env::temp_dir().join(format!(
        "green_corridor_fleet_{}_{rows}.parquet",
        std::process::id()
    ));
    let t = Instant::now();
    write_segments_parquet(&path, std::slice::from_ref(&batch))?;
    let write_s = t.elapsed().as_secs_f64();
    let bytes = std::fs::metadata(&path)?.len();

    let cols = ColumnsOf::from_batch(&batch)?;
    let seg = cols.segments()?;
    let mut kernel = Vec::new();
    let mut parquet = Vec::new();
    let mut reports = None;
    for _ in 0..repeats {
        let t = Instant::now();
        let a = fleet.totals(&seg)?;
        kernel.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let b = totals_from_parquet(&fleet, &path)?;
        parquet.push(t.elapsed().as_secs_f64());
        reports = Some((a, b));
    }
    std::fs::remove_file(&path)?;
    let (a, b) = reports.ok_or("no run")?;
    let worst = a
        .totals
        .co2e_t
        .iter()
        .zip(&b.report.totals.co2e_t)
        .map(|(x, y)| (x - y).abs() / x.abs().max(f64::MIN_POSITIVE))
        .fold(0.0f64, f64::max);
    let (k, p) = (median(kernel), median(parquet));
    let m = rows as f64 / 1e6;
    println!(
        "{{\"rows\": {rows}, \"vessels\": {vessels}, \"repeats\": {repeats}, \"parquet_bytes\": {bytes}, \"write_s\": {write_s:.4}, \"kernel_s\": {k:.4}, \"parquet_s\": {p:.4}, \"kernel_m_segments_per_s\": {:.2}, \"parquet_m_segments_per_s\": {:.2}, \"parquet_over_kernel\": {:.3}, \"worst_relative_difference\": {worst:e}, \"rayon\": {}}}",
        m / k,
        m / p,
        k / p,
        cfg!(feature = "rayon")
    );
    if worst > 1e-12 {
        return Err(format!("Parquet totals differ from the kernel's by {worst:e}").into());
    }
    Ok(())
}
