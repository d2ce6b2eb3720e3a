//! The corridor report of the weekly Shanghai (Yangshan) – Los Angeles service: for each fuel
//! option of a scenario file, the round trip sailed once through the crate's vessel model
//! (legs, ECA distance, speed sailed, fuel), the service-year's well-to-wake CO2e under the
//! FuelEU and IMO LCA bases with gCO2e per TEU-km, one ship's CII rating, FuelEU, EU ETS and
//! IMO NZF (draft) exposure and cost, and the projection of the scenario's trajectory plan.
//!
//! Run: `cargo run --release --example shanghai_los_angeles`
//! Options: `--scenario FILE`, `--json` (the whole report as JSON), `--csv DIR` (its tables
//! as CSV files), `--help`.
//!
//! The default scenario, `scenarios/shanghai_los_angeles.toml`, documents its sources; the
//! certificates of the bio- and e-fuels in it are ILLUSTRATIVE and labelled so, and so are the
//! carbon prices ([`Prices::illustrative`]).

use std::io::Write;
use std::path::PathBuf;

use green_corridor::corridor_report::CorridorReport;
use green_corridor::prelude::*;
use green_corridor::regulation::Prices;
use green_corridor::scenario::Scenario;

const USAGE: &str = "usage: shanghai_los_angeles [--scenario FILE] [--json | --csv DIR]";

fn main() {
    match run() {
        Ok(()) => {}
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    }
}

fn run() -> std::result::Result<(), String> {
    let mut path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/shanghai_los_angeles.toml");
    let mut as_json = false;
    let mut csv_dir: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--help" | "-h" => {
                println!("{USAGE}");
                return Ok(());
            }
            "--json" => as_json = true,
            "--scenario" => {
                path = PathBuf::from(args.next().ok_or("--scenario needs a file path")?)
            }
            "--csv" => csv_dir = Some(PathBuf::from(args.next().ok_or("--csv needs a directory")?)),
            other => return Err(format!("unknown argument '{other}'\n{USAGE}")),
        }
    }
    let scenario = Scenario::from_path(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let year = scenario.file().date.year();
    let bases = [
        AccountingBasis::fueleu(year).map_err(|e| e.to_string())?,
        AccountingBasis::imo_lca(),
    ];
    let report = CorridorReport::build(&scenario, &bases, &Prices::illustrative())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let mut out = std::io::stdout().lock();
    let written = if let Some(dir) = csv_dir {
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for (name, text) in report.csv_tables() {
            let file = dir.join(format!("{name}.csv"));
            std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))?;
            let _ = writeln!(out, "wrote {}", file.display());
        }
        Ok(())
    } else if as_json {
        let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        writeln!(out, "{json}")
    } else {
        write!(out, "{report}")
    };
    // A closed pipe (`| head`) ends the program quietly.
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}
