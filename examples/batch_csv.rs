//! Runs a CSV of ship-hour segments through the batch engine: the Rust side of the peer
//! comparison in `crates/green-corridor-bench/benches/peers/` (see its README).
//!
//! ```text
//! cargo run --release --example batch_csv -- vessels.csv segments.csv out.csv [repeats]
//! ```
//!
//! `vessels.csv`: `name,ship_type,capacity,build_year,design_speed_kn,design_draught_m,
//! mcr_kw,engine_type,fuel` (ship type and engine type as the crate names them, e.g. `bulk`,
//! `slow_speed_diesel`; capacity in the type's measure; fuel a pathway name, e.g. `hfo`,
//! burned by every converter). `segments.csv`: `vessel,phase,speed_kn,draught_m,duration_h`
//! (phase codes 0–4, `green_corridor::batch::phase_code`). Writes per-segment fuel (t) and
//! CO2e (t, IMO DCS: TtW CO2) to `out.csv` — a bad row's cells are left empty (never
//! `NaN`) and the row is listed on standard error with its index (0-based, data rows) and
//! reason — and prints one JSON line with the median compute time of `repeats` runs
//! (parsing excluded; `best_compute_s` is the fastest run, for reference) and the end-to-end
//! time (read, parse, compute once, write).
//!
//! The files are plain numeric CSV as `compare_cetos.py` writes them: no quoted fields (a
//! line holding `"` is refused), read with `split(',')` to keep parsing out of the timing.
//! For analysts' files (quoting, named vessels, errors naming the line and column) use the
//! command-line program: `green-corridor batch SEGMENTS.csv --vessels VESSELS.csv`.
//!
//! Without arguments it runs the small sample in `tests/data/batch/` (two rows of which are bad
//! on purpose: an unknown vessel and a NaN speed, reported per row) and writes to the system's
//! temporary folder.

use std::error::Error;
use std::str::FromStr;
use std::time::Instant;

use green_corridor::batch::{PreparedFleet, SegmentColumns, Segments};
use green_corridor::fuel::FuelFamily;
use green_corridor::prelude::*;

fn field<'a>(cols: &[&'a str], i: usize, line: usize) -> Result<&'a str, Box<dyn Error>> {
    cols.get(i)
        .copied()
        .ok_or_else(|| format!("line {line}: missing column {i}").into())
}

fn main() -> Result<(), Box<dyn Error>> {
    let wall = Instant::now();
    let mut args: Vec<String> = std::env::args().collect();
    if args.len() == 1 {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/batch");
        let out = std::env::temp_dir().join("green_corridor_batch_csv_sample.csv");
        for p in [data.join("vessels.csv"), data.join("segments.csv"), out] {
            args.push(p.display().to_string());
        }
        args.push("1".into());
    }
    let [_, vessels_path, segments_path, out_path, rest @ ..] = args.as_slice() else {
        return Err("usage: batch_csv vessels.csv segments.csv out.csv [repeats]".into());
    };
    let repeats: usize = rest.first().map_or(Ok(5), |r| r.parse())?;

    let mut ships = Vec::new();
    for (n, line) in std::fs::read_to_string(vessels_path)?
        .lines()
        .enumerate()
        .skip(1)
    {
        if line.contains('"') {
            return Err(format!(
                "{vessels_path}: line {}: quoted fields are not read here",
                n + 1
            )
            .into());
        }
        let c: Vec<&str> = line.split(',').collect();
        let ship_type = ShipType::from_str(field(&c, 1, n)?)?;
        let capacity: f64 = field(&c, 2, n)?.parse()?;
        let engine: EngineType = serde_json::from_str(&format!("\"{}\"", field(&c, 7, n)?))?;
        let fuel = PathwayId::from_str(field(&c, 8, n)?)?;
        let b = Vessel::builder(field(&c, 0, n)?, ship_type);
        let b = match ship_type.capacity_measure() {
            green_corridor::vessel::CapacityMeasure::Teu => b.teu(capacity),
            green_corridor::vessel::CapacityMeasure::GrossTonnage => b.gross_tonnage(capacity),
            green_corridor::vessel::CapacityMeasure::CubicMetres => {
                b.cargo_volume(green_corridor::vessel::cubic_metres(capacity))
            }
            green_corridor::vessel::CapacityMeasure::Deadweight => b.deadweight(tonnes(capacity)),
        };
        ships.push(
            b.build_year(field(&c, 3, n)?.parse()?)
                .design_speed(knots(field(&c, 4, n)?.parse()?))
                .design_draught(metres(field(&c, 5, n)?.parse()?))
                .main_engine(
                    kilowatts(field(&c, 6, n)?.parse()?),
                    engine,
                    FuelSupply::mono(FuelFamily::Oil),
                )
                .fuels(FuelSelection::all(fuel))
                .build()?,
        );
    }
    let (mut v, mut p, mut s, mut d, mut h) = (vec![], vec![], vec![], vec![], vec![]);
    for (n, line) in std::fs::read_to_string(segments_path)?
        .lines()
        .enumerate()
        .skip(1)
    {
        if line.contains('"') {
            return Err(format!(
                "{segments_path}: line {}: quoted fields are not read here",
                n + 1
            )
            .into());
        }
        // No allocation per line: the five fields straight from the split.
        let mut c = line.split(',');
        let mut next = |i: usize| -> Result<&str, Box<dyn Error>> {
            c.next()
                .ok_or_else(|| format!("line {n}: missing column {i}").into())
        };
        v.push(next(0)?.parse::<u32>()?);
        p.push(next(1)?.parse::<u8>()?);
        s.push(next(2)?.parse::<f64>()?);
        d.push(next(3)?.parse::<f64>()?);
        h.push(next(4)?.parse::<f64>()?);
    }
    let fleet = PreparedFleet::new(&ships, &AccountingBasis::imo_dcs())?;
    let seg = Segments::new(&v, &p, &s, &d, &h)?;
    let mut out = SegmentColumns::zeros(seg.len())?;
    let mut times = Vec::new();
    let mut report = fleet.compute_into(&seg, &mut out.as_outputs())?;
    let first_s = wall.elapsed().as_secs_f64();
    for _ in 0..repeats.max(1) {
        let t = Instant::now();
        report = fleet.compute_into(&seg, &mut out.as_outputs())?;
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(f64::NAN);
    let best = times.first().copied().unwrap_or(f64::NAN);
    let mut bad = report.row_errors.iter().peekable();
    let mut csv = String::with_capacity(seg.len() * 64);
    csv.push_str("fuel_main_t,fuel_auxiliary_t,fuel_boiler_t,co2e_t\n");
    let rows = out
        .fuel_main_t
        .iter()
        .zip(&out.fuel_auxiliary_t)
        .zip(&out.fuel_boiler_t)
        .zip(&out.co2e_t);
    for (i, (((m, a), b), c)) in rows.enumerate() {
        if bad.peek().is_some_and(|e| e.row == i as u64) {
            // A bad row: empty cells (its outputs are NaN), listed below with the reason.
            bad.next();
            csv.push_str(",,,\n");
        } else {
            use std::fmt::Write;
            writeln!(csv, "{m},{a},{b},{c}")?;
        }
    }
    std::fs::write(out_path, csv)?;
    for e in &report.row_errors {
        eprintln!("bad row {}: {}", e.row, e.kind);
    }
    let summary = serde_json::json!({
        "rows": seg.len(),
        "row_errors": report.row_errors.len(),
        "median_compute_s": median,
        "best_compute_s": best,
        "repeats": repeats.max(1),
        // Read + parse + first compute, then the write of the CSV.
        "end_to_end_s": first_s + (wall.elapsed().as_secs_f64() - first_s - times.iter().sum::<f64>()),
        "rayon": cfg!(feature = "rayon"),
    });
    println!("{summary}");
    Ok(())
}
