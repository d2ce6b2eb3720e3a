//! `green-corridor ship-year FILE.csv`: per ship CII, FuelEU, EU ETS and IMO NZF from reported
//! annual fuel (the library's reported-data path: a [`FuelLedger`] whose entries carry the
//! reported EU shares as a [`Scope`], a [`ShipYear`], [`compliance_summary_under`] on the chosen
//! policy timeline).
//!
//! Columns (one row per ship, year and fuel; a ship's particulars repeat on each of its rows
//! and must agree): `ship, year, ship_type, dwt_t, gt, distance_nm, hours_at_sea, fuel,
//! converter, mass_t, fueleu_share, eu_ets_share, total_e_g_per_mj`. See docs/cli.md.

use std::path::{Path, PathBuf};

use green_corridor::fuel::{Certificate, ConverterClass, Fuel, PathwayId};
use green_corridor::ledger::{FuelLedger, Scope, ScopeShare};
use green_corridor::regulation::cii::{CiiShip, CiiShipType};
use green_corridor::regulation::timeline::PolicyTimeline;
use green_corridor::regulation::{
    ComplianceSummary, Outcome, Prices, ShipYear, compliance_summary_under,
};
use green_corridor::units::{IntensityExt, MassExt, nautical_miles, tonnes};
use serde::{Deserialize, Serialize};

use crate::failure::{Failure, Result};
use crate::io;

/// Reported annual fuel per ship (IMO DCS / EU MRV style) → the four regimes per ship, at the
/// ILLUSTRATIVE prices of `Prices::illustrative`. Example: tests/data/ship_years.csv; the
/// columns are listed in docs/cli.md.
#[derive(clap::Args)]
pub struct Args {
    /// The CSV file: one row per ship, year and fuel.
    pub file: PathBuf,
    /// Print every ship's full compliance summary as JSON.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// Write the per-ship table as a CSV file.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// The policy timeline: `adopted_law` (default: the IMO NZF not in force, never charged),
    /// `nzf_2028`, `nzf_2028_to_2035` or `nzf_2030` (the draft NZF from that year).
    #[arg(long, value_name = "NAME", default_value = "adopted_law")]
    pub policy: String,
}

/// One row of the input file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// Ship name or IMO number.
    pub ship: String,
    /// Reporting year.
    pub year: i32,
    /// CII ship type (MEPC.353(78) Table 1), e.g. `container_ship`.
    pub ship_type: String,
    /// Deadweight, t.
    pub dwt_t: f64,
    /// Gross tonnage.
    pub gt: f64,
    /// Distance sailed in the year, nm.
    pub distance_nm: f64,
    /// Hours at sea (underway) in the year, h.
    pub hours_at_sea: f64,
    /// Fuel: a pathway name or an analyst's word (HFO, VLSFO, MGO, LNG, bio-LNG, e-methanol…).
    pub fuel: String,
    /// Converter class (e.g. `ice`, `lng_otto_medium_speed`); empty: `ice`.
    #[serde(default)]
    pub converter: Option<String>,
    /// Fuel mass burned in the year, t.
    pub mass_t: f64,
    /// Share of this fuel in FuelEU scope, 0–1 (from the EU MRV voyages).
    pub fueleu_share: f64,
    /// Share of this fuel in EU ETS scope, 0–1.
    pub eu_ets_share: f64,
    /// Certified total E, gCO2e/MJ (biofuels and RFNBOs); empty: none.
    #[serde(default)]
    pub total_e_g_per_mj: Option<f64>,
}

/// One ship-year read from the file, with the line of its first row.
pub struct ReadShipYear {
    /// Line of the ship's first row.
    pub line: u64,
    /// Hours at sea.
    pub hours_at_sea: f64,
    /// The ship-year.
    pub ship_year: ShipYear,
}

/// Reads the file into ship-years (rows grouped by ship and year, in file order).
pub fn read(path: &Path) -> Result<Vec<ReadShipYear>> {
    let rows: Vec<(u64, Row)> = io::read_csv(path)?;
    let mut years: Vec<(ReadShipYear, Row)> = Vec::new();
    for (line, row) in rows {
        let bad =
            |field: &str, e: green_corridor::Error| Failure::input(path, Some(line), field, e);
        let fe = ScopeShare::new(row.fueleu_share).map_err(|e| bad("fueleu_share", e))?;
        let ets = ScopeShare::new(row.eu_ets_share).map_err(|e| bad("eu_ets_share", e))?;
        let pathway: PathwayId = io::parse_cell(path, line, "fuel", &row.fuel)?;
        let ship_type: CiiShipType = io::parse_cell(path, line, "ship_type", &row.ship_type)?;
        let converter = match row.converter.as_deref() {
            None | Some("") => ConverterClass::Ice,
            Some(c) => io::parse_cell(path, line, "converter", c)?,
        };
        let fuel = match row.total_e_g_per_mj {
            Some(e) => Fuel::certified(
                pathway.clone(),
                Certificate::total_e_g_per_mj(e).map_err(|e| bad("total_e_g_per_mj", e))?,
            ),
            None => Fuel::new(pathway),
        };
        let at = years
            .iter()
            .position(|(y, _)| y.ship_year.name == row.ship && y.ship_year.year == row.year);
        let entry = match at {
            Some(i) => years.get_mut(i),
            None => {
                let ship = CiiShip::new(ship_type, tonnes(row.dwt_t), row.gt).map_err(|e| {
                    let field = if e.to_string().contains("gross") {
                        "gt"
                    } else {
                        "dwt_t"
                    };
                    bad(field, e)
                })?;
                let distance = green_corridor::numeric::finite(row.distance_nm, "distance_nm")
                    .map_err(|e| bad("distance_nm", e))?;
                if distance <= 0.0 {
                    return Err(Failure::input(
                        path,
                        Some(line),
                        "distance_nm",
                        format!("{distance} nm: expected the distance sailed, greater than zero"),
                    ));
                }
                let hours = green_corridor::numeric::finite(row.hours_at_sea, "hours_at_sea")
                    .map_err(|e| bad("hours_at_sea", e))?;
                if !(0.0..=8_784.0).contains(&hours) {
                    return Err(Failure::input(
                        path,
                        Some(line),
                        "hours_at_sea",
                        format!("{hours} h: expected 0 to 8,784 (the hours of a leap year)"),
                    ));
                }
                let ship_year = ShipYear::new(
                    &row.ship,
                    row.year,
                    FuelLedger::new(),
                    ship,
                    nautical_miles(distance),
                );
                years.push((
                    ReadShipYear {
                        line,
                        hours_at_sea: hours,
                        ship_year,
                    },
                    row.clone(),
                ));
                years.last_mut()
            }
        };
        let Some((y, first)) = entry else {
            return Err(Failure::input(
                path,
                Some(line),
                "ship",
                "row lost while grouping",
            ));
        };
        for (field, same) in [
            (
                "ship_type",
                row.ship_type.eq_ignore_ascii_case(&first.ship_type),
            ),
            ("dwt_t", row.dwt_t == first.dwt_t),
            ("gt", row.gt == first.gt),
            ("distance_nm", row.distance_nm == first.distance_nm),
            ("hours_at_sea", row.hours_at_sea == first.hours_at_sea),
        ] {
            if !same {
                return Err(Failure::input(
                    path,
                    Some(line),
                    field,
                    format!(
                        "differs from line {} of the same ship and year (particulars repeat on each fuel row)",
                        y.line
                    ),
                ));
            }
        }
        y.ship_year
            .ledger
            .add(
                fuel,
                converter,
                tonnes(row.mass_t),
                &row.ship,
                Scope::reported_shares(fe, ets),
            )
            .map_err(|e| {
                let field = if e.to_string().contains("mass") {
                    "mass_t"
                } else {
                    "converter"
                };
                bad(field, e)
            })?;
    }
    Ok(years.into_iter().map(|(y, _)| y).collect())
}

/// The per-ship table row.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub ship: String,
    pub year: i32,
    pub fuel_t: f64,
    pub fuel_t_per_sea_day: Option<f64>,
    pub cii_attained_g_per_capacity_nm: Option<f64>,
    pub cii_rating: Option<String>,
    pub fueleu_ghg_intensity_g_per_mj: Option<f64>,
    pub fueleu_target_g_per_mj: Option<f64>,
    pub fueleu_compliance_balance_t: Option<f64>,
    pub fueleu_penalty_eur: Option<f64>,
    pub eu_ets_allowances: Option<f64>,
    pub eu_ets_cost_eur: Option<f64>,
    pub nzf_gfi_g_per_mj: Option<f64>,
    pub nzf_tier1_units_t: Option<f64>,
    pub nzf_tier2_units_t: Option<f64>,
    pub total_cost: f64,
    pub currency: String,
}

impl Line {
    fn new(y: &ReadShipYear, s: &ComplianceSummary) -> Self {
        let fuel_t = y.ship_year.ledger.total_mass().tonnes();
        let cii = s.cii.assessed();
        let fe = s.fueleu.assessed();
        let ets = s.eu_ets.assessed();
        let nzf = s.imo_nzf.assessed();
        Line {
            ship: s.name.clone(),
            year: s.year,
            fuel_t,
            fuel_t_per_sea_day: (y.hours_at_sea > 0.0).then(|| fuel_t * 24.0 / y.hours_at_sea),
            cii_attained_g_per_capacity_nm: cii.map(|c| c.rated.attained_g_per_capacity_nm),
            cii_rating: cii.map(|c| c.rated.rating.to_string()),
            fueleu_ghg_intensity_g_per_mj: fe.map(|f| f.ghg_intensity.g_per_mj()),
            fueleu_target_g_per_mj: fe.map(|f| f.target.g_per_mj()),
            fueleu_compliance_balance_t: fe.map(|f| f.compliance_balance.tonnes()),
            fueleu_penalty_eur: Some(s.costs.fueleu_penalty.amount()).filter(|_| fe.is_some()),
            eu_ets_allowances: ets.map(|e| e.allowances),
            eu_ets_cost_eur: Some(s.costs.eu_ets_allowances.amount()).filter(|_| ets.is_some()),
            nzf_gfi_g_per_mj: nzf.map(|n| n.gfi.g_per_mj()),
            nzf_tier1_units_t: nzf.map(|n| n.tier1_units_t),
            nzf_tier2_units_t: nzf.map(|n| n.tier2_units_t),
            total_cost: s.costs.total().amount(),
            currency: s.costs.currency.to_string(),
        }
    }
}

/// Every ship-year of the file assessed.
pub fn assess(
    path: &Path,
    policy: &PolicyTimeline,
) -> Result<Vec<(ReadShipYear, ComplianceSummary)>> {
    let years = read(path)?;
    let prices = Prices::illustrative();
    let bar = io::progress(years.len() as u64, "ship-years");
    let mut out = Vec::with_capacity(years.len());
    for y in years {
        let s = compliance_summary_under(&y.ship_year, &prices, policy).map_err(|e| {
            Failure::Model(format!(
                "{}:{}: ship '{}' {}: {e}",
                path.display(),
                y.line,
                y.ship_year.name,
                y.ship_year.year
            ))
        })?;
        if let Some(b) = &bar {
            b.inc(1);
        }
        out.push((y, s));
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(out)
}

fn opt(v: Option<f64>, decimals: usize) -> String {
    v.map_or_else(|| "n/a".to_string(), |v| format!("{v:.decimals$}"))
}

pub fn run(a: &Args) -> Result<()> {
    let policy =
        PolicyTimeline::preset(&a.policy).map_err(|e| Failure::Input(format!("--policy: {e}")))?;
    let assessed = assess(&a.file, &policy)?;
    if a.json {
        let summaries: Vec<&ComplianceSummary> = assessed.iter().map(|(_, s)| s).collect();
        return io::print_json(&summaries);
    }
    let lines: Vec<Line> = assessed.iter().map(|(y, s)| Line::new(y, s)).collect();
    if let Some(file) = &a.csv {
        io::write_csv(file, &lines)?;
        return io::print(&format!("wrote {}\n", file.display()));
    }
    let mut t = format!(
        "Reported ship-years of {} at ILLUSTRATIVE prices (EUA EUR 75/t, USD 1.10/EUR); policy timeline: {}; IMO NZF: {}\n\n",
        a.file.display(),
        policy.name,
        green_corridor::regulation::imo_nzf::STATUS
    );
    t.push_str(&format!(
        "{:<22} {:>4} {:>9} {:>8} {:>12} {:>9} {:>9} {:>10} {:>9} {:>9} {:>9} {:>12}\n",
        "ship",
        "year",
        "fuel t",
        "t/day",
        "CII g/cap-nm",
        "FuelEU",
        "target",
        "CB t",
        "EUA",
        "NZF GFI",
        "tier 2 t",
        "cost"
    ));
    for (l, (_, s)) in lines.iter().zip(&assessed) {
        let cii = match (&l.cii_attained_g_per_capacity_nm, &l.cii_rating) {
            (Some(v), Some(r)) => format!("{v:.2} {r}"),
            _ => "n/a".into(),
        };
        t.push_str(&format!(
            "{:<22} {:>4} {:>9.1} {:>8} {:>12} {:>9} {:>9} {:>10} {:>9} {:>9} {:>9} {:>8.0} {}\n",
            l.ship,
            l.year,
            l.fuel_t,
            opt(l.fuel_t_per_sea_day, 1),
            cii,
            opt(l.fueleu_ghg_intensity_g_per_mj, 2),
            opt(l.fueleu_target_g_per_mj, 2),
            opt(l.fueleu_compliance_balance_t, 0),
            opt(l.eu_ets_allowances, 0),
            opt(l.nzf_gfi_g_per_mj, 2),
            opt(l.nzf_tier2_units_t, 0),
            l.total_cost,
            l.currency
        ));
        for (regime, reason) in [
            ("FuelEU", not_applicable(&s.fueleu)),
            ("EU ETS", not_applicable(&s.eu_ets)),
            ("IMO NZF", not_applicable(&s.imo_nzf)),
            ("CII", not_applicable(&s.cii)),
        ] {
            if let Some(r) = reason {
                t.push_str(&format!("    {regime} n/a: {r}\n"));
            }
        }
    }
    io::print(&t)
}

fn not_applicable<T>(o: &Outcome<T>) -> Option<&str> {
    match o {
        Outcome::NotApplicable { reason } => Some(reason),
        Outcome::Assessed(_) => None,
    }
}
