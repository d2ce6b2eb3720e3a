//! `green-corridor`: the command-line program of the green-corridor library.
//!
//! Every subcommand reads files, calls the library's models and writes tables, JSON, CSV or
//! charts; no model code lives here. Exit codes and file formats: `docs/cli.md`.

#![forbid(unsafe_code)]

mod batch;
mod chart;
mod failure;
mod fuels;
mod io;
mod report;
mod route;
mod ship_year;
mod trajectory;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

pub use failure::Failure;

/// Green shipping corridors from files: well-to-wake GHG, IMO CII, FuelEU Maritime, EU ETS and
/// the (draft) IMO Net-Zero Framework, 2025–2050 trajectories.
///
/// Exit codes: 0 success; 1 the model refused the data (the message names the field);
/// 2 usage error; 3 an input file could not be read or holds a bad value (the message names
/// the file, line and field); 4 an output could not be written. See docs/cli.md.
#[derive(Parser)]
#[command(name = "green-corridor", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The corridor report of a scenario file: per fuel option the voyage, the service-year
    /// under FuelEU and the IMO LCA, every regime per ship, the projection.
    Report(report::Args),
    /// Per ship CII, FuelEU, EU ETS and IMO NZF from reported annual fuel (IMO DCS / EU MRV
    /// style CSV: one row per ship and fuel).
    ShipYear(ship_year::Args),
    /// A scenario's service under a trajectory plan, 2025–2050: CSV plus SVG and PNG charts.
    Trajectory(trajectory::Args),
    /// Per-vessel fuel and CO2e of AIS-derived ship-hour segments through the batch engine.
    Batch(batch::Args),
    /// A sea route between two ports: distance, passages, ECA distance per area.
    Route(route::Args),
    /// The fuel factor catalogue: LCV, WtT, TtW and WtW under FuelEU and the IMO LCA.
    Fuels(fuels::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Report(a) => report::run(&a),
        Command::ShipYear(a) => ship_year::run(&a),
        Command::Trajectory(a) => trajectory::run(&a),
        Command::Batch(a) => batch::run(&a),
        Command::Route(a) => route::run(&a),
        Command::Fuels(a) => fuels::run(&a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) ends the program quietly.
        Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("error: {f}");
            ExitCode::from(f.code())
        }
    }
}
