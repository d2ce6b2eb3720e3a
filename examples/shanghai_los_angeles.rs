//! The weekly Shanghai (Yangshan) – Los Angeles service of the corridor archetype, one round
//! trip and one service-year, for each fuel option of a scenario file: a per-leg table and an
//! annual summary with well-to-wake tCO2e under the FuelEU and IMO LCA bases and gCO2e per
//! TEU-km (70 % utilisation, 10 t per loaded TEU).
//!
//! Run: `cargo run --release --example shanghai_los_angeles`
//! (`-- --scenario FILE` for another scenario, `-- --json` for JSON).
//!
//! The default scenario, `scenarios/shanghai_los_angeles.toml`, documents its sources; the
//! certificates of the bio- and e-fuels in it are ILLUSTRATIVE and labelled so.

use std::path::PathBuf;

use green_corridor::prelude::*;
use green_corridor::scenario::{OptionRun, Scenario, ScenarioRun};
use green_corridor::voyage::Summary;
use serde_json::json;

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let mut path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/shanghai_los_angeles.toml");
    let mut as_json = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => as_json = true,
            "--scenario" => match args.next() {
                Some(p) => path = PathBuf::from(p),
                None => {
                    return Err(Error::MissingInput {
                        field: "--scenario".into(),
                        expected: "a scenario file path".into(),
                    });
                }
            },
            other => {
                return Err(Error::UnknownName {
                    kind: "argument",
                    name: other.to_string(),
                    valid: "--scenario FILE, --json".into(),
                });
            }
        }
    }
    let scenario = Scenario::from_path(&path)?;
    let year = scenario.file().date.year();
    let bases = [AccountingBasis::fueleu(year)?, AccountingBasis::imo_lca()];
    let run = scenario.run(&bases)?;
    if as_json {
        print_json(&scenario, &run);
    } else {
        print_tables(&scenario, &run);
    }
    Ok(())
}

fn co2e(s: &Summary) -> f64 {
    s.co2e().tonnes()
}

fn fuels(s: &Summary) -> String {
    let mut by: Vec<(String, f64)> = Vec::new();
    for f in &s.fuel {
        let name = f.pathway.name().to_string();
        match by.iter_mut().find(|(n, _)| *n == name) {
            Some((_, m)) => *m += f.mass.tonnes(),
            None => by.push((name, f.mass.tonnes())),
        }
    }
    by.iter()
        .map(|(n, m)| format!("{n} {m:.1}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn print_tables(scenario: &Scenario, run: &ScenarioRun) {
    println!("{}", run.name);
    println!(
        "bases: {} | load: {:.0} % utilisation, {} t/TEU | {:?}",
        run.bases.join(" ; "),
        scenario.load().utilisation * 100.0,
        scenario.load().tonnes_per_teu,
        scenario.pattern()
    );
    for o in &run.options {
        print_option(o);
    }
    println!("\nService-year (all ships), well to wake:");
    println!(
        "{:<28} {:>10} {:>14} {:>14} {:>12} {:>12}",
        "fuel option", "fuel t", "FuelEU tCO2e", "IMO tCO2e", "FuelEU g/TEU-km", "IMO g/TEU-km"
    );
    for o in &run.options {
        let (Some(fe), Some(imo)) = (o.service_year.first(), o.service_year.get(1)) else {
            continue;
        };
        println!(
            "{:<28} {:>10.0} {:>14.0} {:>14.0} {:>15.1} {:>12.1}",
            o.name,
            fe.fuel_t,
            fe.co2e_t,
            imo.co2e_t,
            fe.g_per_teu_km.unwrap_or(f64::NAN),
            imo.g_per_teu_km.unwrap_or(f64::NAN)
        );
    }
    for o in run.options.iter().filter(|o| o.note.is_some()) {
        println!("  {}: {}", o.name, o.note.as_deref().unwrap_or(""));
    }
    if let Some(t) = &run.trajectory {
        println!("\nProjection (IMO LCA WtW; ILLUSTRATIVE mix and growth):");
        for y in t.iter().filter(|y| y.year % 5 == 0) {
            println!(
                "  {}  {:>9.0} tCO2e  {:>5.1} g/TEU-km  FuelEU {:>6.2} gCO2e/MJ",
                y.year,
                y.well_to_wake_t,
                y.intensity_g_per_teu_km,
                y.fueleu_intensity_g_per_mj.unwrap_or(f64::NAN)
            );
        }
    }
}

fn print_option(o: &OptionRun) {
    let Some(g) = o.groups.first() else { return };
    let (Some(fe), Some(imo)) = (g.reports.first(), g.reports.get(1)) else {
        return;
    };
    println!("\n== {} — {} ({} ships)", o.name, g.vessel, g.ships);
    println!(
        "{:<13} {:>8} {:>7} {:>7} {:>9} {:>10} {:>10} {:>8}  fuel t",
        "part", "nm", "ECA nm", "h", "GJ", "FuelEU t", "IMO t", "g/TEU-km"
    );
    let rows = fe
        .legs
        .iter()
        .zip(&imo.legs)
        .chain(fe.calls.iter().zip(&imo.calls))
        .chain(std::iter::once((&fe.total, &imo.total)));
    for (a, b) in rows {
        println!(
            "{:<13} {:>8.0} {:>7.0} {:>7.1} {:>9.0} {:>10.1} {:>10.1} {:>8}  {}",
            a.name,
            a.distance.nautical_miles(),
            a.distance_in_eca.nautical_miles(),
            a.time.hours(),
            a.energy().megajoules() / 1e3,
            co2e(a),
            co2e(b),
            a.intensities
                .g_per_teu_km
                .map(|x| format!("{x:.1}"))
                .unwrap_or_else(|| "–".into()),
            fuels(a)
        );
    }
}

fn print_json(scenario: &Scenario, run: &ScenarioRun) {
    let options: Vec<_> = run
        .options
        .iter()
        .map(|o| {
            let legs: Vec<_> = o
                .groups
                .first()
                .map(|g| {
                    let fe = g.reports.first();
                    let imo = g.reports.get(1);
                    match (fe, imo) {
                        (Some(fe), Some(imo)) => fe
                            .legs
                            .iter()
                            .zip(&imo.legs)
                            .chain(fe.calls.iter().zip(&imo.calls))
                            .map(|(a, b)| {
                                json!({
                                    "part": a.name,
                                    "distance_nm": a.distance.nautical_miles(),
                                    "distance_in_eca_nm": a.distance_in_eca.nautical_miles(),
                                    "time_h": a.time.hours(),
                                    "energy_mj": a.energy().megajoules(),
                                    "fuel": a.fuel,
                                    "fueleu_wtw_t": co2e(a),
                                    "imo_lca_wtw_t": co2e(b),
                                    "fueleu_g_per_teu_km": a.intensities.g_per_teu_km,
                                })
                            })
                            .collect(),
                        _ => Vec::new(),
                    }
                })
                .unwrap_or_default();
            json!({
                "name": o.name,
                "note": o.note,
                "round_trip": legs,
                "service_year": o.service_year,
            })
        })
        .collect();
    let out = json!({
        "scenario": run.name,
        "load": scenario.load(),
        "pattern": scenario.pattern(),
        "bases": run.bases,
        "options": options,
        "trajectory": run.trajectory.as_ref().map(|t| t.iter().map(|y| json!({
            "year": y.year,
            "well_to_wake_t": y.well_to_wake_t,
            "intensity_g_per_teu_km": y.intensity_g_per_teu_km,
            "fueleu_intensity_g_per_mj": y.fueleu_intensity_g_per_mj,
        })).collect::<Vec<_>>()),
    });
    println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
}
