//! `green-corridor fuels`: the factor catalogue under each accounting basis.

use green_corridor::emissions::AccountingBasis;
use green_corridor::fuel::{Certificate, Converter, ConverterClass, Fuel, FuelFamily, PathwayId};
use green_corridor::units::{IntensityExt, LcvExt};
use serde::Serialize;

use crate::failure::{Failure, Result};
use crate::io;

/// Every built-in pathway in the converter classes a ship has for it, with LCV (MJ/g) and
/// WtT, TtW, WtW (gCO2e/MJ) under FuelEU Annex II (of `--year`, AR4), the IMO LCA guidelines
/// (MEPC.391(81), AR5) and IMO DCS (TtW CO2 only). Biofuels and RFNBOs have no default WtT:
/// they show "needs a certificate" unless `--total-e` gives one.
#[derive(clap::Args)]
pub struct Args {
    /// Year of the FuelEU basis.
    #[arg(long, default_value_t = 2025)]
    pub year: i32,
    /// A certified total E (gCO2e/MJ, RED II) applied to every pathway that needs a
    /// certificate (biofuels, RFNBOs) — your value, not a default.
    #[arg(long, value_name = "G_PER_MJ")]
    pub total_e: Option<f64>,
    /// Print the catalogue as JSON.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// Write the catalogue to this CSV file (one row per pathway, converter and basis).
    #[arg(long, value_name = "FILE")]
    pub csv: Option<std::path::PathBuf>,
}

/// One row: a pathway in a converter class under one basis.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub pathway: String,
    pub converter: String,
    pub basis: String,
    pub lcv_mj_per_g: Option<f64>,
    pub wtt_g_per_mj: Option<f64>,
    pub ttw_g_per_mj: Option<f64>,
    pub wtw_g_per_mj: Option<f64>,
    /// Why the values are missing (not in this factor set, a certificate needed).
    pub note: Option<String>,
}

/// The converter classes shown for a pathway: liquid fuels in a generic ICE (hydrogen also
/// in fuel cells), methane in the gas-engine classes.
fn shown(pathway: &PathwayId, class: ConverterClass) -> bool {
    if class.check_can_burn(pathway).is_err() {
        return false;
    }
    let family = pathway.family();
    match class {
        ConverterClass::Ice => family != FuelFamily::Methane,
        ConverterClass::FuelCell => family == FuelFamily::Hydrogen,
        ConverterClass::GasTurbine => false,
        _ => family == FuelFamily::Methane,
    }
}

/// The catalogue under the three bases.
pub fn rows(year: i32, total_e: Option<f64>) -> Result<Vec<Row>> {
    let bases = [
        AccountingBasis::fueleu(year).map_err(|e| Failure::Model(format!("--year: {e}")))?,
        AccountingBasis::imo_lca(),
        AccountingBasis::imo_dcs(),
    ];
    let certificate = total_e
        .map(Certificate::total_e_g_per_mj)
        .transpose()
        .map_err(|e| Failure::Model(format!("--total-e: {e}")))?;
    let mut rows = Vec::new();
    for pathway in PathwayId::ALL {
        for class in ConverterClass::ALL {
            if !shown(pathway, *class) {
                continue;
            }
            for basis in &bases {
                let factors = basis.factors.get(pathway).ok();
                let plain = Fuel::new(pathway.clone());
                let r = basis.fuel_intensities(&plain, Converter::new(*class));
                // A pathway whose WtT must be certified: with the user's certificate, if any.
                let r = match (r, certificate) {
                    (Err(_), Some(c)) => basis.fuel_intensities(
                        &Fuel::certified(pathway.clone(), c),
                        Converter::new(*class),
                    ),
                    (r, _) => r,
                };
                let (wtt, ttw, wtw, note) = match r {
                    Ok((wtt, ttw, wtw)) => (
                        Some(wtt.g_per_mj()),
                        Some(ttw.g_per_mj()),
                        Some(wtw.g_per_mj()),
                        None,
                    ),
                    Err(e) => (None, None, None, Some(e.to_string())),
                };
                rows.push(Row {
                    pathway: pathway.name().to_string(),
                    converter: class.name().to_string(),
                    basis: basis.name.clone(),
                    lcv_mj_per_g: factors.map(|f| f.lcv.mj_per_g()),
                    wtt_g_per_mj: wtt,
                    ttw_g_per_mj: ttw,
                    wtw_g_per_mj: wtw,
                    note,
                });
            }
        }
    }
    Ok(rows)
}

pub fn run(a: &Args) -> Result<()> {
    let rows = rows(a.year, a.total_e)?;
    if a.json {
        return io::print_json(&rows);
    }
    if let Some(path) = &a.csv {
        io::write_csv(path, &rows)?;
        return io::print(&format!("wrote {}\n", path.display()));
    }
    let mut t = String::from(
        "Fuel pathways: LCV in MJ/g, intensities in gCO2e/MJ (accepted names: docs/cli.md)\n\n",
    );
    t.push_str(&format!(
        "{:<22} {:<24} {:<44} {:>7} {:>8} {:>8} {:>8}\n",
        "pathway", "converter", "basis", "LCV", "WtT", "TtW", "WtW"
    ));
    let f = |v: Option<f64>, d: usize| v.map_or_else(String::new, |v| format!("{v:.d$}"));
    for r in &rows {
        let values = if r.wtw_g_per_mj.is_some() {
            format!(
                "{:>8} {:>8} {:>8}",
                f(r.wtt_g_per_mj, 3),
                f(r.ttw_g_per_mj, 3),
                f(r.wtw_g_per_mj, 3)
            )
        } else if r.note.as_deref().is_some_and(|n| n.contains("certif")) {
            "needs a certificate (--total-e)".to_string()
        } else {
            "not in this factor set".to_string()
        };
        t.push_str(&format!(
            "{:<22} {:<24} {:<44} {:>7} {values}\n",
            r.pathway,
            r.converter,
            r.basis,
            f(r.lcv_mj_per_g, 4)
        ));
    }
    io::print(&t)
}
