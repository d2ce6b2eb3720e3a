//! `green-corridor batch SEGMENTS.csv --vessels VESSELS.csv`: per-vessel fuel and CO2e of
//! ship-hour segments through the library's batch engine ([`PreparedFleet`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use green_corridor::batch::{BatchReport, PreparedFleet, SegmentColumns, Segments};
use green_corridor::emissions::AccountingBasis;
use green_corridor::fuel::PathwayId;
use green_corridor::units::{kilowatts, knots, tonnes};
use green_corridor::vessel::{
    CapacityMeasure, EngineType, FuelSelection, FuelSupply, ShipType, Vessel, cubic_metres, metres,
};
use serde::{Deserialize, Serialize};

use crate::failure::{Failure, Result};
use crate::io;

/// The accounting basis of the CO2e column.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Basis {
    /// IMO DCS: tank-to-wake CO2 (the CII's basis).
    ImoDcs,
    /// IMO LCA guidelines (MEPC.391(81)): well-to-wake CO2e, AR5 GWP100.
    ImoLca,
    /// FuelEU Maritime Annex II (of `--year`): well-to-wake CO2e, AR4 GWP100.
    Fueleu,
}

/// Runs AIS-derived ship-hour segments through the batch engine and prints per-vessel totals
/// (fuel by consumer, CO2e, energy, hours, distance). Example:
/// `green-corridor batch tests/data/batch/segments.csv --vessels tests/data/batch/vessels.csv`.
/// Columns: docs/cli.md.
#[derive(clap::Args)]
pub struct Args {
    /// The segments: `vessel,phase,speed_kn,draught_m,duration_h` (vessel by name or 0-based
    /// row of the vessels file; phase 0 at berth, 1 at anchor, 2 manoeuvring, 3 slow transit,
    /// 4 normal cruising).
    pub segments: PathBuf,
    /// The vessels: `name,ship_type,capacity,build_year,design_speed_kn,design_draught_m,
    /// mcr_kw,engine_type,fuel`.
    #[arg(long, value_name = "VESSELS.csv")]
    pub vessels: PathBuf,
    /// Accounting basis of the CO2e column.
    #[arg(long, value_enum, default_value = "imo-dcs")]
    pub basis: Basis,
    /// Year of the FuelEU basis (with `--basis fueleu`).
    #[arg(long, default_value_t = 2025)]
    pub year: i32,
    /// Also write one row per segment (fuel by consumer, CO2e; bad rows empty) to this CSV file.
    #[arg(long, value_name = "FILE")]
    pub per_segment: Option<PathBuf>,
    /// Print the totals as JSON.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// Write the per-vessel totals to this CSV file.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
}

/// A row of the vessels file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VesselRow {
    pub name: String,
    pub ship_type: String,
    /// In the ship type's capacity measure (TEU, DWT, GT or m³).
    pub capacity: f64,
    pub build_year: i32,
    pub design_speed_kn: f64,
    pub design_draught_m: f64,
    pub mcr_kw: f64,
    pub engine_type: String,
    /// The fuel every converter burns.
    pub fuel: String,
}

/// A row of the segments file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SegmentRow {
    pub vessel: String,
    pub phase: u8,
    pub speed_kn: f64,
    pub draught_m: f64,
    pub duration_h: f64,
}

/// Reads the vessels file into vessels (errors name the file, line and column).
pub fn read_vessels(path: &Path) -> Result<Vec<Vessel>> {
    let rows: Vec<(u64, VesselRow)> = io::read_csv(path)?;
    let mut ships = Vec::with_capacity(rows.len());
    for (line, r) in rows {
        let ship_type: ShipType = io::parse_cell(path, line, "ship_type", &r.ship_type)?;
        let engine: EngineType = io::parse_serde_cell(path, line, "engine_type", &r.engine_type)?;
        let fuel: PathwayId = io::parse_cell(path, line, "fuel", &r.fuel)?;
        let b = Vessel::builder(&r.name, ship_type);
        let b = match ship_type.capacity_measure() {
            CapacityMeasure::Teu => b.teu(r.capacity),
            CapacityMeasure::GrossTonnage => b.gross_tonnage(r.capacity),
            CapacityMeasure::CubicMetres => b.cargo_volume(cubic_metres(r.capacity)),
            CapacityMeasure::Deadweight => b.deadweight(tonnes(r.capacity)),
        };
        let family = fuel.family();
        let vessel = b
            .build_year(r.build_year)
            .design_speed(knots(r.design_speed_kn))
            .design_draught(metres(r.design_draught_m))
            .main_engine(kilowatts(r.mcr_kw), engine, FuelSupply::mono(family))
            .fuels(FuelSelection::all(fuel))
            .build()
            .map_err(|e| {
                let field = column_of(&e.to_string());
                Failure::input(path, Some(line), field, e)
            })?;
        ships.push(vessel);
    }
    Ok(ships)
}

/// The vessels-file column a vessel-builder error is about.
fn column_of(message: &str) -> &'static str {
    for (key, column) in [
        ("capacity", "capacity"),
        ("teu", "capacity"),
        ("deadweight", "capacity"),
        ("gross", "capacity"),
        ("build_year", "build_year"),
        ("design_speed", "design_speed_kn"),
        ("draught", "design_draught_m"),
        ("mcr", "mcr_kw"),
        ("main_engine", "mcr_kw"),
        ("fuel", "fuel"),
    ] {
        if message.contains(key) {
            return column;
        }
    }
    ""
}

/// The segments as columns, with the file line of each row.
pub struct SegmentTable {
    pub vessel: Vec<u32>,
    pub phase: Vec<u8>,
    pub speed_kn: Vec<f64>,
    pub draught_m: Vec<f64>,
    pub duration_h: Vec<f64>,
    pub line: Vec<u64>,
}

/// Reads the segments file; a vessel is named or given by its 0-based row in the vessels file.
pub fn read_segments(path: &Path, vessels: &[Vessel]) -> Result<SegmentTable> {
    let by_name: HashMap<&str, u32> = vessels
        .iter()
        .enumerate()
        .filter_map(|(i, v)| Some((v.name(), u32::try_from(i).ok()?)))
        .collect();
    let rows: Vec<(u64, SegmentRow)> = io::read_csv(path)?;
    let mut t = SegmentTable {
        vessel: Vec::with_capacity(rows.len()),
        phase: Vec::with_capacity(rows.len()),
        speed_kn: Vec::with_capacity(rows.len()),
        draught_m: Vec::with_capacity(rows.len()),
        duration_h: Vec::with_capacity(rows.len()),
        line: Vec::with_capacity(rows.len()),
    };
    for (line, r) in rows {
        let v = match by_name.get(r.vessel.as_str()) {
            Some(i) => *i,
            // A number is a row of the vessels file; one out of range is the engine's row error.
            None => r.vessel.parse::<u32>().map_err(|_| {
                Failure::input(
                    path,
                    Some(line),
                    "vessel",
                    format!(
                        "'{}' is neither a vessel name of the vessels file nor a row number",
                        r.vessel
                    ),
                )
            })?,
        };
        t.vessel.push(v);
        t.phase.push(r.phase);
        t.speed_kn.push(r.speed_kn);
        t.draught_m.push(r.draught_m);
        t.duration_h.push(r.duration_h);
        t.line.push(line);
    }
    Ok(t)
}

/// The basis chosen on the command line.
pub fn basis(b: Basis, year: i32) -> Result<AccountingBasis> {
    Ok(match b {
        Basis::ImoDcs => AccountingBasis::imo_dcs(),
        Basis::ImoLca => AccountingBasis::imo_lca(),
        Basis::Fueleu => {
            AccountingBasis::fueleu(year).map_err(|e| Failure::Model(format!("--year: {e}")))?
        }
    })
}

/// Rows per progress step.
const CHUNK: usize = 65_536;

/// Runs the segments through the engine in chunks (one progress step each).
pub fn compute(fleet: &PreparedFleet, t: &SegmentTable) -> Result<(SegmentColumns, BatchReport)> {
    let n = t.vessel.len();
    let mut out = SegmentColumns::zeros(n).map_err(Failure::model)?;
    let mut stream = fleet.stream();
    let bar = io::progress(n as u64, "segments");
    let mut start = 0;
    while start < n {
        let end = (start + CHUNK).min(n);
        let r = start..end;
        let seg = Segments::new(
            t.vessel.get(r.clone()).unwrap_or_default(),
            t.phase.get(r.clone()).unwrap_or_default(),
            t.speed_kn.get(r.clone()).unwrap_or_default(),
            t.draught_m.get(r.clone()).unwrap_or_default(),
            t.duration_h.get(r.clone()).unwrap_or_default(),
        )
        .map_err(Failure::model)?;
        let mut chunk = SegmentColumns::zeros(end - start).map_err(Failure::model)?;
        stream
            .feed_into(&seg, &mut chunk.as_outputs())
            .map_err(Failure::model)?;
        for (to, from) in [
            (&mut out.fuel_main_t, &chunk.fuel_main_t),
            (&mut out.fuel_auxiliary_t, &chunk.fuel_auxiliary_t),
            (&mut out.fuel_boiler_t, &chunk.fuel_boiler_t),
            (&mut out.co2e_t, &chunk.co2e_t),
        ] {
            if let Some(dst) = to.get_mut(r.clone()) {
                dst.copy_from_slice(from);
            }
        }
        if let Some(b) = &bar {
            b.inc((end - start) as u64);
        }
        start = end;
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let report = stream.finish().map_err(Failure::model)?;
    Ok((out, report))
}

/// One vessel's totals.
#[derive(Debug, Clone, Serialize)]
pub struct VesselLine {
    pub vessel: String,
    pub segments: u64,
    pub duration_h: f64,
    pub distance_nm: f64,
    pub fuel_main_t: f64,
    pub fuel_auxiliary_t: f64,
    pub fuel_boiler_t: f64,
    pub fuel_t: f64,
    pub co2e_t: f64,
    pub energy_mj: f64,
}

/// One segment's results (empty cells for a bad row).
#[derive(Debug, Clone, Serialize)]
struct SegmentLine {
    line: u64,
    fuel_main_t: Option<f64>,
    fuel_auxiliary_t: Option<f64>,
    fuel_boiler_t: Option<f64>,
    co2e_t: Option<f64>,
    error: Option<String>,
}

/// The per-vessel lines of a report.
pub fn vessel_lines(vessels: &[Vessel], report: &BatchReport) -> Vec<VesselLine> {
    let t = &report.totals;
    let at = |c: &[f64], i: usize| c.get(i).copied().unwrap_or(0.0);
    vessels
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (m, a, b) = (
                at(&t.fuel_main_t, i),
                at(&t.fuel_auxiliary_t, i),
                at(&t.fuel_boiler_t, i),
            );
            VesselLine {
                vessel: v.name().to_string(),
                segments: t.segments.get(i).copied().unwrap_or(0),
                duration_h: at(&t.duration_h, i),
                distance_nm: at(&t.distance_nm, i),
                fuel_main_t: m,
                fuel_auxiliary_t: a,
                fuel_boiler_t: b,
                fuel_t: m + a + b,
                co2e_t: at(&t.co2e_t, i),
                energy_mj: at(&t.energy_mj, i),
            }
        })
        .collect()
}

pub fn run(a: &Args) -> Result<()> {
    let vessels = read_vessels(&a.vessels)?;
    let table = read_segments(&a.segments, &vessels)?;
    let basis = basis(a.basis, a.year)?;
    let fleet =
        PreparedFleet::new(&vessels, &basis).map_err(|e| Failure::in_file(&a.vessels, e))?;
    let (columns, report) = compute(&fleet, &table)?;
    // Bad rows: on standard error with their file line; the totals exclude them.
    for e in &report.row_errors {
        let line = usize::try_from(e.row)
            .ok()
            .and_then(|i| table.line.get(i))
            .copied()
            .unwrap_or(0);
        eprintln!("{}:{line}: {}", a.segments.display(), e.kind);
    }
    if let Some(path) = &a.per_segment {
        let mut errors = report.row_errors.iter().peekable();
        let mut rows = Vec::with_capacity(columns.co2e_t.len());
        for (i, line) in table.line.iter().enumerate() {
            let bad = errors.next_if(|e| e.row == i as u64);
            let cell = |c: &[f64]| c.get(i).copied().filter(|_| bad.is_none());
            rows.push(SegmentLine {
                line: *line,
                fuel_main_t: cell(&columns.fuel_main_t),
                fuel_auxiliary_t: cell(&columns.fuel_auxiliary_t),
                fuel_boiler_t: cell(&columns.fuel_boiler_t),
                co2e_t: cell(&columns.co2e_t),
                error: bad.map(|e| e.kind.to_string()),
            });
        }
        io::write_csv(path, &rows)?;
    }
    let lines = vessel_lines(&vessels, &report);
    if a.json {
        #[derive(Serialize)]
        struct Out<'a> {
            basis: &'a str,
            rows: u64,
            bad_rows: usize,
            vessels: &'a [VesselLine],
        }
        return io::print_json(&Out {
            basis: fleet.basis_name(),
            rows: report.rows,
            bad_rows: report.row_errors.len(),
            vessels: &lines,
        });
    }
    if let Some(path) = &a.csv {
        io::write_csv(path, &lines)?;
        return io::print(&format!("wrote {}\n", path.display()));
    }
    let mut t = format!(
        "{} segments ({} bad, listed on standard error), basis {}\n\n{:<16} {:>8} {:>9} {:>10} {:>10} {:>9} {:>9} {:>10} {:>11}\n",
        report.rows,
        report.row_errors.len(),
        fleet.basis_name(),
        "vessel",
        "segments",
        "hours",
        "nm",
        "main t",
        "aux t",
        "boiler t",
        "fuel t",
        "CO2e t"
    );
    for l in &lines {
        t.push_str(&format!(
            "{:<16} {:>8} {:>9.1} {:>10.1} {:>10.3} {:>9.3} {:>9.3} {:>10.3} {:>11.3}\n",
            l.vessel,
            l.segments,
            l.duration_h,
            l.distance_nm,
            l.fuel_main_t,
            l.fuel_auxiliary_t,
            l.fuel_boiler_t,
            l.fuel_t,
            l.co2e_t
        ));
    }
    io::print(&t)
}
