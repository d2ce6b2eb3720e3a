//! One 14,000 TEU container ship's year under the four regimes, on two services and with
//! three fuels.
//!
//! Services (`docs/data-sources.md`, "Sea distances — published and network figures"):
//! * **Asia–Europe loop** Shanghai → Rotterdam → Hamburg → Shanghai: Shanghai–Rotterdam via
//!   Suez ≈ 10,600 nm (PEMP, porteconomicsmanagement.org); Rotterdam–Hamburg ≈ 300 nm
//!   (illustrative); Hamburg–Shanghai taken as 10,900 nm (illustrative). Scope: 50 % on the
//!   legs to and from China (FuelEU Art. 2(1)(d), ETS Art. 3ga), 100 % Rotterdam–Hamburg and
//!   at berth in the EU, 0 % at berth in Shanghai.
//! * **Transpacific** Shanghai ↔ Los Angeles, 5,750 nm each way (computed network route): out of
//!   EU scope.
//!
//! Fuel: ≈ 146 t VLSFO-equivalent per day at sea for a 14,000 TEU newbuild (SEA-LNG using
//! MMMCZCS data, manifoldtimes.com), i.e. 146 × 41,000 MJ/day; at berth ≈ 6.5 t VLSFO-eq/day
//! (EPA hotelling auxiliary load 1,200 kW × 227 g/kWh; both in `docs/data-sources.md`,
//! "Container fuel use and auxiliary loads — EPA defaults"). Speed 16 kn. Every fuel is sized
//! to the same energy with its FuelEU Annex II LCV. The ship: 150,000 DWT, 140,000 GT
//! (illustrative for 14,000 TEU; a 13,092 TEU ship has ≈ 125,480 dwt, `docs/data-sources.md`,
//! "Container ship particulars").
//!
//! Fuels: VLSFO (ICE); LNG in a Diesel-cycle slow-speed engine (pilot fuel ignored); a 50/50
//! (by energy) mix of bio-methanol and e-methanol with **illustrative** certified WtW values
//! (bio 15, e 10 gCO2e/MJ) — not real certificates.
//!
//! Run: `cargo run --example compliance [-- --json]`.

use green_corridor::prelude::*;
use green_corridor::regulation::cii::{self, CiiShip, CiiShipType};
use green_corridor::regulation::{Currency, Outcome, Prices, ShipYear, compliance_summary};
use serde::Serialize;

const SEA_MJ_PER_DAY: f64 = 146.0 * 41_000.0;
const BERTH_MJ_PER_DAY: f64 = 6.5 * 41_000.0;
const SPEED_KN: f64 = 16.0;

#[derive(Clone, Copy, Serialize)]
enum FuelOption {
    Vlsfo,
    LngDiesel,
    BioAndEMethanol,
}

impl FuelOption {
    fn name(self) -> &'static str {
        match self {
            FuelOption::Vlsfo => "VLSFO",
            FuelOption::LngDiesel => "LNG Diesel (slow speed)",
            FuelOption::BioAndEMethanol => "bio/e-methanol 50/50 (illustrative certificates)",
        }
    }

    /// Adds `energy_mj` of this option to the ledger.
    fn add(self, l: &mut FuelLedger, energy_mj: f64, label: &str, scope: ScopeShare) -> Result<()> {
        // FuelEU Annex II LCVs (MJ/g): VLSFO (HFO row) 0.0405, LNG 0.0491, bio-methanol
        // 0.0200, e-methanol 0.0199.
        let t = |lcv_mj_per_g: f64, mj: f64| tonnes(mj / lcv_mj_per_g / 1e6);
        match self {
            FuelOption::Vlsfo => l.add(
                PathwayId::Vlsfo,
                ConverterClass::Ice,
                t(0.0405, energy_mj),
                label,
                scope,
            ),
            FuelOption::LngDiesel => l.add(
                PathwayId::Lng,
                ConverterClass::LngDieselSlowSpeed,
                t(0.0491, energy_mj),
                label,
                scope,
            ),
            FuelOption::BioAndEMethanol => {
                let bio =
                    Fuel::certified(PathwayId::BioMethanol, Certificate::total_e_g_per_mj(15.0)?);
                let e = Fuel::certified(PathwayId::EMethanol, Certificate::total_e_g_per_mj(10.0)?);
                l.add(
                    bio,
                    ConverterClass::Ice,
                    t(0.0200, energy_mj / 2.0),
                    label,
                    scope,
                )?;
                l.add(
                    e,
                    ConverterClass::Ice,
                    t(0.0199, energy_mj / 2.0),
                    label,
                    scope,
                )
            }
        }
    }
}

/// A leg at sea or a port stay.
struct Leg {
    label: &'static str,
    distance_nm: f64,
    berth_days: f64,
    scope: ScopeShare,
}

const ASIA_EUROPE: &[Leg] = &[
    Leg {
        label: "CNSHA-NLRTM (extra-EU)",
        distance_nm: 10_600.0,
        berth_days: 0.0,
        scope: ScopeShare::HALF,
    },
    Leg {
        label: "NLRTM at berth",
        distance_nm: 0.0,
        berth_days: 1.0,
        scope: ScopeShare::FULL,
    },
    Leg {
        label: "NLRTM-DEHAM (intra-EU)",
        distance_nm: 300.0,
        berth_days: 0.0,
        scope: ScopeShare::FULL,
    },
    Leg {
        label: "DEHAM at berth",
        distance_nm: 0.0,
        berth_days: 1.0,
        scope: ScopeShare::FULL,
    },
    Leg {
        label: "DEHAM-CNSHA (extra-EU)",
        distance_nm: 10_900.0,
        berth_days: 0.0,
        scope: ScopeShare::HALF,
    },
    Leg {
        label: "CNSHA at berth",
        distance_nm: 0.0,
        berth_days: 1.0,
        scope: ScopeShare::NONE,
    },
];

const TRANSPACIFIC: &[Leg] = &[
    Leg {
        label: "CNSHA-USLAX",
        distance_nm: 5_750.0,
        berth_days: 0.0,
        scope: ScopeShare::NONE,
    },
    Leg {
        label: "USLAX at berth",
        distance_nm: 0.0,
        berth_days: 2.0,
        scope: ScopeShare::NONE,
    },
    Leg {
        label: "USLAX-CNSHA",
        distance_nm: 5_750.0,
        berth_days: 0.0,
        scope: ScopeShare::NONE,
    },
    Leg {
        label: "CNSHA at berth",
        distance_nm: 0.0,
        berth_days: 2.0,
        scope: ScopeShare::NONE,
    },
];

/// One round trip's ledger and distance, scaled to the number of round trips in 350 days.
fn year_ledger(legs: &[Leg], fuel: FuelOption) -> Result<(FuelLedger, f64, f64)> {
    let mut l = FuelLedger::new();
    let mut distance = 0.0;
    let mut days = 0.0;
    for leg in legs {
        let sea_days = leg.distance_nm / (SPEED_KN * 24.0);
        if sea_days > 0.0 {
            fuel.add(&mut l, sea_days * SEA_MJ_PER_DAY, leg.label, leg.scope)?;
        }
        if leg.berth_days > 0.0 {
            fuel.add(
                &mut l,
                leg.berth_days * BERTH_MJ_PER_DAY,
                leg.label,
                leg.scope,
            )?;
        }
        distance += leg.distance_nm;
        days += sea_days + leg.berth_days;
    }
    let trips = 350.0 / days;
    Ok((l.scaled(trips)?, distance * trips, trips))
}

#[derive(Serialize)]
struct Row {
    service: &'static str,
    fuel: &'static str,
    round_trips_per_year: f64,
    distance_nm: f64,
    cii_ratings_2023_2030: Vec<(i32, String, f64)>,
    corrective_action_years: Vec<i32>,
    summaries: Vec<green_corridor::regulation::ComplianceSummary>,
}

fn run() -> Result<Vec<Row>> {
    let ship = CiiShip::new(CiiShipType::ContainerShip, tonnes(150_000.0), 140_000.0)?;
    let prices = Prices {
        currency: Currency::Eur,
        usd_per_eur: 1.10,          // illustrative exchange rate
        eua_price_eur_per_t: 75.0,  // illustrative EUA price
        nzf_tier1_usd_per_t: 100.0, // MEPC 83 draft, 2028–2030
        nzf_tier2_usd_per_t: 380.0, // MEPC 83 draft, 2028–2030
    };
    let mut rows = Vec::new();
    for (service, legs) in [
        ("Shanghai-Rotterdam-Hamburg loop", ASIA_EUROPE),
        ("Shanghai-Los Angeles", TRANSPACIFIC),
    ] {
        for fuel in [
            FuelOption::Vlsfo,
            FuelOption::LngDiesel,
            FuelOption::BioAndEMethanol,
        ] {
            let (ledger, distance_nm, trips) = year_ledger(legs, fuel)?;
            let mut ratings = Vec::new();
            for year in 2023..=2030 {
                let a = cii::assess(
                    &ship,
                    cii::CiiFuel::Ledger(&ledger),
                    nautical_miles(distance_nm),
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
                let sy = ShipYear::new(
                    "14,000 TEU",
                    year,
                    ledger.clone(),
                    ship,
                    nautical_miles(distance_nm),
                );
                summaries.push(compliance_summary(&sy, &prices)?);
            }
            rows.push(Row {
                service,
                fuel: fuel.name(),
                round_trips_per_year: trips,
                distance_nm,
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
    println!(
        "14,000 TEU container ship, 150,000 DWT, 16 kn; costs in EUR (USD 1.10/EUR, EUA EUR 75/t)"
    );
    println!("IMO NZF: {}", green_corridor::regulation::imo_nzf::STATUS);
    for r in rows {
        println!(
            "\n== {} — {} ({:.2} round trips, {:.0} nm)",
            r.service, r.fuel, r.round_trips_per_year, r.distance_nm
        );
        let ratings: Vec<String> = r
            .cii_ratings_2023_2030
            .iter()
            .map(|(y, g, a)| format!("{y}:{g}({a:.2})"))
            .collect();
        println!("  CII (gCO2/dwt·nm): {}", ratings.join(" "));
        println!(
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
                    f.penalty_eur
                ),
                Outcome::NotApplicable { .. } => "n/a".into(),
            };
            let ets = match &s.eu_ets {
                Outcome::Assessed(e) => format!("{:.0} EUA, {:.0}", e.allowances, e.cost_eur),
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
            println!(
                "  {}: FuelEU [{fe}] | ETS [{ets}] | NZF draft [{nzf}] | total {:.0} EUR",
                s.year, s.costs.total
            );
        }
    }
}

fn main() {
    let json = std::env::args().any(|a| a == "--json");
    match run() {
        Ok(rows) if json => match serde_json::to_string_pretty(&rows) {
            Ok(s) => println!("{s}"),
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
