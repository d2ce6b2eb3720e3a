//! One container ship's year under the four regimes, on two services and with three fuels —
//! every number from the crate's own models: the corridor archetype vessel (14,500 TEU, the
//! ship of `shanghai_los_angeles`) sails each service once through the Fourth IMO GHG Study
//! vessel model at 16 kn and 13 m draught (as the scenario file), the service-year gives one ship's year
//! ([`ShipYear::from_service`]), and each regime reads that one ledger with its own scope rule.
//!
//! Services (routes from the crate's catalogue, `docs/routes.md`):
//! * **Asia–Europe loop** Yangshan → Rotterdam (via Suez) → Yangshan: the passages count 50 %
//!   under FuelEU (Art. 2(1)(d)) and the EU ETS (Art. 3ga), the Rotterdam berth 100 %, the
//!   Yangshan berth 0 %.
//! * **Transpacific** Yangshan ↔ Los Angeles: out of both EU regimes.
//!
//! Fuels: VLSFO with MGO in ECAs (oil engines); LNG in a high-pressure Diesel-cycle engine
//! (the archetype's LNG-Diesel fit, MGO pilot); bio-methanol with an **illustrative**
//! certified total E of 15 gCO2e/MJ (not a real certificate). Prices:
//! [`Prices::illustrative`].
//!
//! Run: `cargo run --example compliance [-- --json]`.

#[macro_use]
mod common;

use green_corridor::prelude::*;
use green_corridor::regulation::cii;
use green_corridor::regulation::{Outcome, Prices, ShipYear, compliance_summary};
use green_corridor::route::Date;
use green_corridor::vessel::{FuelSelection, metres};
use green_corridor::voyage::archetype::{self, EngineFit};
use green_corridor::voyage::{
    EcaFuelPolicy, LoadFactor, PortStay, ServicePattern, ServiceYear, Voyage,
};
use serde::Serialize;

#[derive(Clone, Copy, Serialize)]
enum FuelOption {
    Vlsfo,
    LngDiesel,
    BioMethanol,
}

impl FuelOption {
    fn name(self) -> &'static str {
        match self {
            FuelOption::Vlsfo => "VLSFO, MGO in ECAs",
            FuelOption::LngDiesel => "LNG Diesel (high pressure)",
            FuelOption::BioMethanol => "bio-methanol (illustrative certificate)",
        }
    }

    fn fit(self) -> EngineFit {
        match self {
            FuelOption::Vlsfo => EngineFit::Oil,
            FuelOption::LngDiesel => EngineFit::LngDiesel,
            FuelOption::BioMethanol => EngineFit::Methanol,
        }
    }

    /// The fuels the vessel burns: its own default for LNG (LNG where the converter takes
    /// it, MGO in the oil-only boiler), MGO in ECAs for oil, bio-methanol where the converter
    /// takes it.
    fn policy(self, vessel: &green_corridor::vessel::Vessel) -> Result<EcaFuelPolicy> {
        Ok(match self {
            FuelOption::Vlsfo => EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo),
            FuelOption::LngDiesel => EcaFuelPolicy::vessel_default(vessel),
            FuelOption::BioMethanol => {
                let bio =
                    Fuel::certified(PathwayId::BioMethanol, Certificate::total_e_g_per_mj(15.0)?);
                EcaFuelPolicy::single(FuelSelection::main_and_others(bio, PathwayId::MdoMgo))
            }
        })
    }
}

#[derive(Serialize)]
struct Row {
    service: &'static str,
    fuel: &'static str,
    ships: u32,
    voyages_per_ship_year: f64,
    distance_nm: f64,
    fuel_t_per_sea_day: f64,
    cii_ratings_2023_2030: Vec<(i32, String, f64)>,
    corrective_action_years: Vec<i32>,
    summaries: Vec<green_corridor::regulation::ComplianceSummary>,
}

/// Fuel per day in the sea phases of one voyage, t/day.
fn fuel_per_sea_day(voyage: &Voyage) -> f64 {
    let (mut t, mut h) = (0.0, 0.0);
    for s in voyage.segments() {
        if s.distance.nautical_miles() > 0.0 {
            t += s.point.total_fuel().tonnes();
            h += s.point.operation.duration.hours();
        }
    }
    t / h * 24.0
}

fn run() -> Result<Vec<Row>> {
    let prices = Prices::illustrative();
    let corridor = green_corridor::voyage::corridors::corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
        .ok_or_else(|| Error::MissingInput {
            field: "corridor".into(),
            expected: "the shanghai-los_angeles corridor in the catalogue".into(),
        })?;
    let mut rows = Vec::new();
    for (service, ports) in [
        ("Yangshan-Rotterdam loop", ["CNYSA", "NLRTM"]),
        ("Yangshan-Los Angeles loop", ["CNYSA", "USLAX"]),
    ] {
        for fuel in [
            FuelOption::Vlsfo,
            FuelOption::LngDiesel,
            FuelOption::BioMethanol,
        ] {
            let ship = archetype::vessel(&corridor.archetype, fuel.fit())?;
            let policy = fuel.policy(&ship)?;
            let voyage = Voyage::builder(&ship)
                .ports(&ports)
                .date(Date::new(2026, 6, 1)?)
                .speed(knots(16.0))
                // Sailing draught and port stay of scenarios/shanghai_los_angeles.toml
                // (ILLUSTRATIVE there too), so both programs sail the same ship the same way.
                .draught(metres(13.0))
                .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
                .policy(policy)
                .build()?;
            // Enough ships for a weekly departure.
            let ships = (voyage.duration().days() / 7.0).ceil() as u32;
            let report = voyage.report(&AccountingBasis::imo_lca(), &LoadFactor::default())?;
            let service_year = ServiceYear::new(&voyage, &report, ServicePattern::weekly(ships))?;
            let base = ShipYear::from_service("14,500 TEU", &voyage, &service_year, None)?;
            let mut ratings = Vec::new();
            for year in 2023..=2030 {
                let a = cii::assess(
                    &base.ship,
                    cii::CiiFuel::Ledger(&base.ledger),
                    base.distance,
                    year,
                    None,
                    &cii::CiiOptions::default(),
                )?;
                ratings.push((year, a.rated.rating, a.rated.attained_g_per_capacity_nm));
            }
            let cap_years = cii::corrective_action_years(
                &ratings.iter().map(|(y, r, _)| (*y, *r)).collect::<Vec<_>>(),
            );
            let mut summaries = Vec::new();
            for year in [2024, 2025, 2026, 2028, 2030, 2035] {
                let sy = ShipYear {
                    year,
                    ..base.clone()
                };
                summaries.push(compliance_summary(&sy, &prices)?);
            }
            rows.push(Row {
                service,
                fuel: fuel.name(),
                ships,
                voyages_per_ship_year: service_year.voyages_per_ship_year,
                distance_nm: base.distance.nautical_miles(),
                fuel_t_per_sea_day: fuel_per_sea_day(&voyage),
                cii_ratings_2023_2030: ratings
                    .into_iter()
                    .map(|(y, r, a)| (y, r.to_string(), a))
                    .collect(),
                corrective_action_years: cap_years,
                summaries,
            });
        }
    }
    Ok(rows)
}

fn print_text(rows: &[Row]) {
    outln!(
        "Corridor archetype container ship (14,500 TEU), 16 kn; ILLUSTRATIVE prices: costs in EUR \
         (USD 1.10/EUR, EUA EUR 75/t)"
    );
    outln!("IMO NZF: {}", green_corridor::regulation::imo_nzf::STATUS);
    for r in rows {
        outln!(
            "\n== {} — {} ({} ships; per ship {:.2} round trips, {:.0} nm a year, {:.1} t fuel per sea day)",
            r.service,
            r.fuel,
            r.ships,
            r.voyages_per_ship_year,
            r.distance_nm,
            r.fuel_t_per_sea_day
        );
        let ratings: Vec<String> = r
            .cii_ratings_2023_2030
            .iter()
            .map(|(y, g, a)| format!("{y}:{g}({a:.2})"))
            .collect();
        outln!("  CII (gCO2 per dwt·nm): {}", ratings.join(" "));
        outln!(
            "  corrective action plan needed in: {:?}",
            r.corrective_action_years
        );
        for s in &r.summaries {
            let fe = match &s.fueleu {
                Outcome::Assessed(f) => format!(
                    "GHGIE {:.2} vs {:.2} g/MJ, CB {:+.0} t, penalty {:.0}",
                    f.ghg_intensity.g_per_mj(),
                    f.target.g_per_mj(),
                    f.compliance_balance.tonnes(),
                    f.penalty.amount()
                ),
                Outcome::NotApplicable { .. } => "n/a".into(),
            };
            let ets = match &s.eu_ets {
                Outcome::Assessed(e) => format!("{:.0} EUA, {:.0}", e.allowances, e.cost.amount()),
                Outcome::NotApplicable { .. } => "n/a".into(),
            };
            let nzf = match &s.imo_nzf {
                Outcome::Assessed(n) => format!(
                    "GFI {:.2}; T1 {:.0} t, T2 {:.0} t, SU {:.0} t",
                    n.gfi.g_per_mj(),
                    n.tier1_units_t,
                    n.tier2_units_t,
                    n.surplus_units_t
                ),
                Outcome::NotApplicable { .. } => "n/a".into(),
            };
            outln!(
                "  {}: FuelEU [{fe}] | ETS [{ets}] | NZF draft [{nzf}] | total {:.0} EUR",
                s.year,
                s.costs.total().amount()
            );
        }
    }
}

fn main() {
    let json = common::flags("usage: compliance [--json]", &["--json"])
        .iter()
        .any(|a| a == "--json");
    match run() {
        Ok(rows) if json => match serde_json::to_string_pretty(&rows) {
            Ok(s) => outln!("{s}"),
            Err(e) => {
                eprintln!("error: {e}");
                std::process::exit(1);
            }
        },
        Ok(rows) => print_text(&rows),
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    }
}
