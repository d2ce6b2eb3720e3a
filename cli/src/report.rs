//! `green-corridor report SCENARIO.toml`: the library's [`CorridorReport`].

use std::path::PathBuf;

use green_corridor::corridor_report::CorridorReport;
use green_corridor::emissions::AccountingBasis;
use green_corridor::regulation::Prices;
use green_corridor::scenario::Scenario;

use crate::failure::{Failure, Result};
use crate::io;

/// The corridor report of a scenario file (schema: docs/scenario-format.md), at the
/// ILLUSTRATIVE prices of `Prices::illustrative` (EUA EUR 75/t, USD 1.10/EUR, the MEPC 83
/// draft's NZF remedial-unit prices). Example: scenarios/shanghai_los_angeles.toml.
#[derive(clap::Args)]
pub struct Args {
    /// The scenario file (TOML).
    pub scenario: PathBuf,
    /// Print the whole report as JSON instead of the table.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// Write the report's tables (legs, service_year, compliance, trajectory) as CSV files
    /// into this directory.
    #[arg(long, value_name = "DIR")]
    pub csv: Option<PathBuf>,
}

/// Builds the report under FuelEU (the scenario's year) and the IMO LCA.
pub fn build(path: &std::path::Path) -> Result<CorridorReport> {
    let scenario = Scenario::from_path(path).map_err(|e| Failure::in_file(path, e))?;
    let year = scenario.file().date.year();
    let bases = [
        AccountingBasis::fueleu(year).map_err(|e| Failure::in_file(path, e))?,
        AccountingBasis::imo_lca(),
    ];
    CorridorReport::build(&scenario, &bases, &Prices::illustrative())
        .map_err(|e| Failure::in_file(path, e))
}

pub fn run(a: &Args) -> Result<()> {
    let report = build(&a.scenario)?;
    if let Some(dir) = &a.csv {
        io::create_dir(dir)?;
        let mut listing = String::new();
        for (name, text) in report.csv_tables() {
            let file = dir.join(format!("{name}.csv"));
            io::write_file(&file, text)?;
            listing.push_str(&format!("wrote {}\n", file.display()));
        }
        io::print(&listing)
    } else if a.json {
        io::print_json(&report)
    } else {
        io::print(&report.to_string())
    }
}
