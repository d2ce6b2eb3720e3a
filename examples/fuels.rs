//! The fuel catalogue as a table: every pathway in each converter class that can burn it, with
//! LCV, WtT, TtW and WtW in gCO2e/MJ under the FuelEU and IMO LCA accounting bases.
//!
//! Biofuels and RFNBOs have no default WtT: their rows use the ILLUSTRATIVE certificates listed
//! at the bottom of the table (marked `*`), not regulatory defaults.
//!
//! ```text
//! cargo run --release --example fuels            # table
//! cargo run --release --example fuels -- --json  # the same as JSON
//! ```

#[macro_use]
mod common;

use green_corridor::fuel::FuelOrigin;
use green_corridor::prelude::*;
use serde::Serialize;

/// Illustrative total-E certificates (gCO2e/MJ) for pathways whose WtT must be certified.
/// FAME 14.9 is the ESSF FuelEU worked example 3; the others are round numbers of the order
/// RED II Annex V defaults and e-fuel studies give, chosen only to show the arithmetic.
fn illustrative_certificate(p: &PathwayId) -> Option<f64> {
    use PathwayId as P;
    Some(match p {
        P::BioEthanol => 30.0,
        P::BioDieselFame => 14.9,
        P::Hvo => 16.0,
        P::BioLng => 20.0,
        P::BioMethanol => 15.0,
        P::BioH2 => 10.0,
        P::EDiesel | P::EMethanol | P::ENh3 => 8.0,
        P::ELng | P::ELpg | P::EDme => 10.0,
        P::EH2 => 5.0,
        _ => return None,
    })
}

#[derive(Serialize)]
struct Intensities {
    lcv_mj_per_g: f64,
    wtt_g_per_mj: f64,
    ttw_g_per_mj: f64,
    wtw_g_per_mj: f64,
}

#[derive(Serialize)]
struct Row {
    pathway: String,
    origin: FuelOrigin,
    converter: String,
    illustrative_total_e_g_per_mj: Option<f64>,
    fueleu: Cell,
    imo_lca: Cell,
}

/// A basis's result for one row: the intensities, or why there are none.
#[derive(Serialize)]
#[serde(untagged)]
enum Cell {
    Ok(Intensities),
    Err { error: String },
}

impl From<Result<Intensities, String>> for Cell {
    fn from(r: Result<Intensities, String>) -> Self {
        match r {
            Ok(i) => Cell::Ok(i),
            Err(error) => Cell::Err { error },
        }
    }
}

fn intensities(
    basis: &AccountingBasis,
    fuel: &Fuel,
    class: ConverterClass,
) -> Result<Intensities, String> {
    let lcv = basis
        .factors
        .get(&fuel.pathway)
        .map_err(|e| e.to_string())?
        .lcv;
    let (wtt, ttw, wtw) = basis
        .fuel_intensities(fuel, Converter::new(class))
        .map_err(|e| e.to_string())?;
    Ok(Intensities {
        lcv_mj_per_g: lcv.mj_per_g(),
        wtt_g_per_mj: wtt.g_per_mj(),
        ttw_g_per_mj: ttw.g_per_mj(),
        wtw_g_per_mj: wtw.g_per_mj(),
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let json = common::flags("usage: fuels [--json]", &["--json"])
        .iter()
        .any(|a| a == "--json");
    let fueleu = AccountingBasis::fueleu(2025)?;
    let imo = AccountingBasis::imo_lca();

    let mut rows = Vec::new();
    for pathway in PathwayId::ALL {
        for class in ConverterClass::ALL {
            if class.check_can_burn(pathway).is_err() {
                continue;
            }
            // Keep the table to the combinations a ship actually has: liquid fuels in a generic
            // ICE (and fuel cells for H2/NH3/methanol), methane in the gas engine classes.
            let family = pathway.family();
            use green_corridor::fuel::FuelFamily as F;
            let shown = match class {
                ConverterClass::Ice => family != F::Methane,
                ConverterClass::FuelCell => matches!(family, F::Hydrogen),
                ConverterClass::GasTurbine => false,
                _ => family == F::Methane,
            };
            if !shown {
                continue;
            }
            let cert = illustrative_certificate(pathway);
            let fuel = match cert {
                Some(e) => Fuel::certified(pathway.clone(), Certificate::total_e_g_per_mj(e)?),
                None => Fuel::new(pathway.clone()),
            };
            rows.push(Row {
                pathway: pathway.name().to_string(),
                origin: pathway.origin(),
                converter: class.name().to_string(),
                illustrative_total_e_g_per_mj: cert,
                fueleu: intensities(&fueleu, &fuel, *class).into(),
                imo_lca: intensities(&imo, &fuel, *class).into(),
            });
        }
    }

    if json {
        outln!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(());
    }

    outln!("Fuel pathways: intensities in gCO2e/MJ (LCV in MJ/g)");
    outln!("FuelEU: {}", fueleu.name);
    outln!("IMO:    {}", imo.name);
    outln!();
    outln!(
        "{:<22} {:<24} | {:>6} {:>8} {:>7} {:>8} | {:>6} {:>8} {:>7} {:>8}",
        "pathway",
        "converter",
        "LCV",
        "WtT",
        "TtW",
        "WtW",
        "LCV",
        "WtT",
        "TtW",
        "WtW"
    );
    outln!(
        "{:<47} | {:^32} | {:^32}",
        "",
        "FuelEU Annex II, AR4",
        "IMO LCA, AR5"
    );
    outln!("{}", "-".repeat(117));
    let cell = |r: &Cell| match r {
        Cell::Ok(i) => format!(
            "{:>6.4} {:>8.3} {:>7.3} {:>8.3}",
            i.lcv_mj_per_g, i.wtt_g_per_mj, i.ttw_g_per_mj, i.wtw_g_per_mj
        ),
        Cell::Err { .. } => format!("{:>32}", "not in this factor set"),
    };
    for r in &rows {
        let name = if r.illustrative_total_e_g_per_mj.is_some() {
            format!("{}*", r.pathway)
        } else {
            r.pathway.clone()
        };
        outln!(
            "{:<22} {:<24} | {} | {}",
            name,
            r.converter,
            cell(&r.fueleu),
            cell(&r.imo_lca)
        );
    }
    outln!();
    outln!("* ILLUSTRATIVE certificate (total E, gCO2e/MJ): WtT = E - Cf_CO2/LCV; not a default.");
    let mut seen: Vec<&str> = Vec::new();
    let mut notes = Vec::new();
    for r in &rows {
        if let Some(e) = r.illustrative_total_e_g_per_mj {
            if !seen.contains(&r.pathway.as_str()) {
                seen.push(&r.pathway);
                notes.push(format!("{} {}", r.pathway, e));
            }
        }
    }
    outln!("  {}", notes.join(", "));
    outln!(
        "IMO LCA WtT for LNG, LPG, grey H2/NH3/methanol are FuelEU values standing in (no IMO default published)."
    );
    Ok(())
}
