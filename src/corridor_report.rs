//! The corridor report: one scenario file, sailed once per fuel option, accounted under every
//! basis and assessed under every regime.
//!
//! [`CorridorReport::build`] takes a validated [`Scenario`] (service, route, fleet, fuel
//! options, optional trajectory plan), the accounting bases and the carbon [`Prices`], and
//! returns per fuel option:
//!
//! * the voyage table of each ship group — legs (distance, distance inside ECAs, speed sailed,
//!   time, fuel) and phases (time, fuel);
//! * the service-year totals under each basis — fuel, energy, CO2e, gCO2e per TEU-km and per
//!   t-km ([`BasisTotal`]);
//! * per ship group, one ship's year ([`ShipYear::from_service`]) and its
//!   [`ComplianceSummary`] — CII attained and rating, FuelEU intensity, balance and penalty,
//!   EU ETS allowances and cost, IMO NZF (draft) — and the group's costs (× ships);
//!
//! and, when the file has a trajectory block, the year-by-year projection. Every figure is the
//! regulation functions' own result on the ship-year ledger: nothing is re-derived here.
//!
//! Output: serde JSON for all of it, [`CorridorReport::csv_tables`] for its tables, and
//! [`Display`](std::fmt::Display) for a readable table with units in every header.
//!
//! ```no_run
//! use green_corridor::prelude::*;
//! use green_corridor::corridor_report::CorridorReport;
//! use green_corridor::regulation::Prices;
//! use green_corridor::scenario::Scenario;
//!
//! let scenario = Scenario::from_path("scenarios/shanghai_los_angeles.toml")?;
//! let year = scenario.file().date.year();
//! let bases = [AccountingBasis::fueleu(year)?, AccountingBasis::imo_lca()];
//! let report = CorridorReport::build(&scenario, &bases, &Prices::illustrative())?;
//! println!("{report}");
//! # Ok::<(), green_corridor::Error>(())
//! ```

use std::fmt;

use serde::Serialize;

use crate::emissions::AccountingBasis;
use crate::error::Result;
use crate::regulation::{ComplianceSummary, Costs, Prices, ShipYear, compliance_summary};
use crate::scenario::{BasisTotal, Scenario};
use crate::trajectory::scenario::YearResult;
use crate::units::{IntensityExt, LengthExt, MassExt, TimeExt, VelocityExt};
use crate::voyage::Summary;

/// One leg of the voyage table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LegRow {
    /// `FROM-TO` (UN/LOCODEs).
    pub leg: String,
    /// Distance, nm.
    pub distance_nm: f64,
    /// Distance inside ECAs, nm.
    pub in_eca_nm: f64,
    /// Speed sailed through water, kn.
    pub speed_kn: f64,
    /// Time at sea, h.
    pub time_h: f64,
    /// Fuel at sea, t (all pathways).
    pub fuel_t: f64,
}

/// One phase of the voyage table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhaseRow {
    /// Phase name (`sea`, `sea_eca`, `manoeuvring`, `at_anchor`, `at_berth`).
    pub phase: String,
    /// Time, h.
    pub time_h: f64,
    /// Fuel, t.
    pub fuel_t: f64,
}

/// One ship group under one fuel option.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupReport {
    /// Vessel name.
    pub vessel: String,
    /// Identical ships in the group.
    pub ships: u32,
    /// One voyage (a round trip of a loop), days.
    pub voyage_days: f64,
    /// Voyages one ship sails a year.
    pub voyages_per_ship_year: f64,
    /// Fuel per day at sea, t/day (main, auxiliary and boiler, sea phases only).
    pub fuel_per_sea_day_t: f64,
    /// The legs.
    pub legs: Vec<LegRow>,
    /// The phases.
    pub phases: Vec<PhaseRow>,
    /// One ship's year (the ledger every regime read).
    pub ship_year: ShipYear,
    /// One ship's year under every regime.
    pub compliance: ComplianceSummary,
    /// The group's regulatory costs a year (`ships` × one ship's).
    pub group_cost: Costs,
}

/// One fuel option of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionReport {
    /// Option name.
    pub name: String,
    /// Its note (e.g. illustrative certificates).
    pub note: Option<String>,
    /// Ship groups.
    pub groups: Vec<GroupReport>,
    /// Service-year totals per basis (all ships).
    pub service_year: Vec<BasisTotal>,
    /// The service's regulatory costs a year (the sum over its groups).
    pub service_cost: Costs,
}

/// The corridor report (see the module documentation).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CorridorReport {
    /// Scenario name.
    pub scenario: String,
    /// The reporting year (the scenario's voyage date).
    pub year: i32,
    /// The accounting bases, by name.
    pub bases: Vec<String>,
    /// The prices every cost uses.
    pub prices: Prices,
    /// Per fuel option.
    pub options: Vec<OptionReport>,
    /// The projection, when the scenario has a trajectory block.
    pub trajectory: Option<Vec<YearResult>>,
}

impl CorridorReport {
    /// Runs `scenario` under `bases` and assesses every ship-year at `prices`.
    ///
    /// Errors: whatever the scenario run or a regulation returns (a vessel without a CII
    /// type, fuels lacking the certificate a basis needs, invalid prices).
    pub fn build(
        scenario: &Scenario,
        bases: &[AccountingBasis],
        prices: &Prices,
    ) -> Result<CorridorReport> {
        let run = scenario.run(bases)?;
        let year = scenario.file().date.year();
        let mut options = Vec::with_capacity(run.options.len());
        for o in &run.options {
            let mut groups = Vec::with_capacity(o.groups.len());
            let mut service_cost = Costs::zero(prices.currency);
            for g in &o.groups {
                let (Some(report), Some(service)) = (g.reports.first(), g.years.first()) else {
                    continue;
                };
                let ship_year =
                    ShipYear::from_service(&g.vessel, &g.voyage, service, g.cii_ship_type)?;
                let compliance = compliance_summary(&ship_year, prices)?;
                let group_cost = compliance.costs.scaled(f64::from(g.ships));
                service_cost = service_cost + group_cost;
                let legs = g
                    .voyage
                    .legs()
                    .iter()
                    .zip(&report.legs)
                    .map(|(l, s)| LegRow {
                        leg: l.label(),
                        distance_nm: l.distance.nautical_miles(),
                        in_eca_nm: l.in_eca.nautical_miles(),
                        speed_kn: l.speed.knots(),
                        time_h: l.sea_time().hours(),
                        fuel_t: s.fuel_mass().tonnes(),
                    })
                    .collect();
                let phases = report
                    .phases
                    .iter()
                    .map(|(p, s)| PhaseRow {
                        phase: p.label().to_string(),
                        time_h: s.time.hours(),
                        fuel_t: s.fuel_mass().tonnes(),
                    })
                    .collect();
                groups.push(GroupReport {
                    vessel: g.vessel.clone(),
                    ships: g.ships,
                    voyage_days: service.voyage_days,
                    voyages_per_ship_year: service.voyages_per_ship_year,
                    fuel_per_sea_day_t: fuel_per_sea_day(&report.phases),
                    legs,
                    phases,
                    ship_year,
                    compliance,
                    group_cost,
                });
            }
            options.push(OptionReport {
                name: o.name.clone(),
                note: o.note.clone(),
                groups,
                service_year: o.service_year.clone(),
                service_cost,
            });
        }
        Ok(CorridorReport {
            scenario: run.name,
            year,
            bases: run.bases,
            prices: *prices,
            options,
            trajectory: run.trajectory,
        })
    }

    /// The report's tables as CSV documents, `(name, text)`: `legs`, `service_year`,
    /// `compliance` and, with a plan, `trajectory`. Fields with commas or quotes are quoted
    /// (RFC 4180).
    pub fn csv_tables(&self) -> Vec<(String, String)> {
        let mut legs =
            String::from("option,vessel,leg,distance_nm,in_eca_nm,speed_kn,time_h,fuel_t\n");
        let mut years = String::from(
            "option,basis,fuel_t,energy_mj,co2e_t,g_co2e_per_teu_km,g_co2e_per_t_km\n",
        );
        let mut comp = String::from(
            "option,vessel,ships,year,cii_attained_g_per_capacity_nm,cii_rating,\
             fueleu_ghg_intensity_g_per_mj,fueleu_penalty_eur,eu_ets_allowances_t,\
             eu_ets_cost_eur,nzf_cost_usd,total_cost_per_ship,currency\n",
        );
        for o in &self.options {
            for g in &o.groups {
                for l in &g.legs {
                    legs.push_str(&row(&[
                        &o.name,
                        &g.vessel,
                        &l.leg,
                        &l.distance_nm.to_string(),
                        &l.in_eca_nm.to_string(),
                        &l.speed_kn.to_string(),
                        &l.time_h.to_string(),
                        &l.fuel_t.to_string(),
                    ]));
                }
                let c = &g.compliance;
                let cii = c.cii.assessed();
                comp.push_str(&row(&[
                    &o.name,
                    &g.vessel,
                    &g.ships.to_string(),
                    &c.year.to_string(),
                    &opt(cii.map(|a| a.rated.attained_g_per_capacity_nm)),
                    &cii.map(|a| a.rated.rating.to_string()).unwrap_or_default(),
                    &opt(c.fueleu.assessed().map(|a| a.ghg_intensity.g_per_mj())),
                    &c.costs.fueleu_penalty.amount().to_string(),
                    &opt(c.eu_ets.assessed().map(|a| a.allowances)),
                    &c.costs.eu_ets_allowances.amount().to_string(),
                    &c.costs.nzf().amount().to_string(),
                    &c.costs.total().amount().to_string(),
                    c.costs.total().code(),
                ]));
            }
            for b in &o.service_year {
                years.push_str(&row(&[
                    &o.name,
                    &b.basis,
                    &b.fuel_t.to_string(),
                    &b.energy_mj.to_string(),
                    &b.co2e_t.to_string(),
                    &opt(b.g_per_teu_km),
                    &opt(b.g_per_t_km),
                ]));
            }
        }
        let mut out = vec![
            ("legs".to_string(), legs),
            ("service_year".to_string(), years),
            ("compliance".to_string(), comp),
        ];
        if let Some(t) = &self.trajectory {
            let mut s = String::from(
                "year,well_to_wake_t,intensity_g_per_teu_km,fueleu_intensity_g_per_mj\n",
            );
            for y in t {
                s.push_str(&row(&[
                    &y.year.to_string(),
                    &y.well_to_wake_t.to_string(),
                    &y.intensity_g_per_teu_km.to_string(),
                    &opt(y.fueleu_intensity_g_per_mj),
                ]));
            }
            out.push(("trajectory".to_string(), s));
        }
        out
    }
}

/// Fuel per day in the sea phases, t/day.
fn fuel_per_sea_day(phases: &[(crate::voyage::VoyagePhase, Summary)]) -> f64 {
    let (mut t, mut h) = (0.0, 0.0);
    for (p, s) in phases {
        if matches!(
            p,
            crate::voyage::VoyagePhase::Sea | crate::voyage::VoyagePhase::SeaInEca
        ) {
            t += s.fuel_mass().tonnes();
            h += s.time.hours();
        }
    }
    if h > 0.0 { t / h * 24.0 } else { 0.0 }
}

fn opt(v: Option<f64>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn row(fields: &[&str]) -> String {
    let mut s = fields
        .iter()
        .map(|f| {
            if f.contains([',', '"', '\n']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                (*f).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(",");
    s.push('\n');
    s
}

impl fmt::Display for CorridorReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cur = format!("{:?}", self.prices.currency).to_uppercase();
        writeln!(f, "{} — reporting year {}", self.scenario, self.year)?;
        writeln!(f, "bases: {}", self.bases.join("; "))?;
        writeln!(
            f,
            "prices: EUA {:.2} EUR/t, {:.3} USD/EUR, NZF tier 1 {:.0} / tier 2 {:.0} USD/t; costs in {cur}",
            self.prices.eua_price_eur_per_t,
            self.prices.usd_per_eur,
            self.prices.nzf_tier1_usd_per_t,
            self.prices.nzf_tier2_usd_per_t
        )?;
        for o in &self.options {
            writeln!(f, "\n== {}", o.name)?;
            if let Some(n) = &o.note {
                writeln!(f, "   note: {n}")?;
            }
            for g in &o.groups {
                writeln!(
                    f,
                    "   {} × {}: voyage {:.1} days, {:.2} voyages/ship-year, {:.1} t fuel per sea day",
                    g.ships, g.vessel, g.voyage_days, g.voyages_per_ship_year, g.fuel_per_sea_day_t
                )?;
                writeln!(
                    f,
                    "   {:<14} {:>9} {:>9} {:>9} {:>8} {:>10}",
                    "leg", "dist nm", "ECA nm", "speed kn", "time h", "fuel t"
                )?;
                for l in &g.legs {
                    writeln!(
                        f,
                        "   {:<14} {:>9.0} {:>9.0} {:>9.1} {:>8.1} {:>10.1}",
                        l.leg, l.distance_nm, l.in_eca_nm, l.speed_kn, l.time_h, l.fuel_t
                    )?;
                }
                let c = &g.compliance;
                match c.cii.assessed() {
                    Some(a) => writeln!(
                        f,
                        "   CII {}: attained {:.2} gCO2/(capacity·nm), {:.3} of required → {}",
                        c.year,
                        a.rated.attained_g_per_capacity_nm,
                        a.rated.attained_over_required,
                        a.rated.rating
                    )?,
                    None => writeln!(f, "   CII {}: not applicable", c.year)?,
                }
                match c.fueleu.assessed() {
                    Some(a) => writeln!(
                        f,
                        "   FuelEU: {:.2} gCO2e/MJ vs target {:.2}; penalty {}",
                        a.ghg_intensity.g_per_mj(),
                        a.target.g_per_mj(),
                        c.costs.fueleu_penalty
                    )?,
                    None => writeln!(f, "   FuelEU: not applicable (no energy in scope)")?,
                }
                match c.eu_ets.assessed() {
                    Some(a) => writeln!(
                        f,
                        "   EU ETS: {:.0} t in scope, {:.0} allowances; cost {}",
                        a.emissions_in_scope.tonnes(),
                        a.allowances,
                        c.costs.eu_ets_allowances
                    )?,
                    None => writeln!(f, "   EU ETS: not applicable")?,
                }
                match c.imo_nzf.assessed() {
                    Some(_) => writeln!(
                        f,
                        "   IMO NZF (draft, not adopted): remedial units {}",
                        c.costs.nzf()
                    )?,
                    None => writeln!(f, "   IMO NZF (draft, not adopted): not applicable")?,
                }
                writeln!(
                    f,
                    "   regulatory cost: {} per ship, {} for the group",
                    c.costs.total(),
                    g.group_cost.total()
                )?;
            }
            writeln!(
                f,
                "   service-year: {:<42} {:>10} {:>12} {:>14}",
                "basis", "fuel t", "CO2e t", "gCO2e/TEU-km"
            )?;
            for b in &o.service_year {
                writeln!(
                    f,
                    "                 {:<42} {:>10.0} {:>12.0} {:>14}",
                    b.basis,
                    b.fuel_t,
                    b.co2e_t,
                    b.g_per_teu_km
                        .map(|x| format!("{x:.1}"))
                        .unwrap_or_else(|| "–".into())
                )?;
            }
            writeln!(
                f,
                "   service regulatory cost: {} a year",
                o.service_cost.total()
            )?;
        }
        if let Some(t) = &self.trajectory {
            writeln!(f, "\nProjection (IMO LCA WtW; ILLUSTRATIVE plan):")?;
            writeln!(
                f,
                "   {:>4} {:>12} {:>14} {:>16}",
                "year", "CO2e t", "gCO2e/TEU-km", "FuelEU gCO2e/MJ"
            )?;
            for y in t.iter().filter(|y| y.year % 5 == 0) {
                writeln!(
                    f,
                    "   {:>4} {:>12.0} {:>14.1} {:>16}",
                    y.year,
                    y.well_to_wake_t,
                    y.intensity_g_per_teu_km,
                    y.fueleu_intensity_g_per_mj
                        .map(|x| format!("{x:.2}"))
                        .unwrap_or_else(|| "–".into())
                )?;
            }
        }
        Ok(())
    }
}
