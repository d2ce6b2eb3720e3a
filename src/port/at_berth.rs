//! Hotelling at berth: shore power against the auxiliary engines, from the voyage's own berth
//! segment, and the port-side emissions of a call (manoeuvring, anchor, berth).
//!
//! For the berth segment of a call (duration t, the vessel's auxiliary load P_aux at berth
//! from the vessel model — Fourth IMO GHG Study Table 17 or the vessel's override):
//!
//! * electricity E = P_aux · t (kWh); shore power WtW = WtT = E · I_grid (see
//!   [`grid`](crate::port::grid) for why electricity is all WtT), TtW = 0;
//! * auxiliary engines: the same operation run through the vessel model without shore power
//!   (fuel = P_aux · t · SFC_aux), accounted under the chosen basis (WtT, TtW, WtW);
//! * the boilers run in both cases (shore power replaces the gensets only) and are reported
//!   on their own line.

use serde::Serialize;

use crate::emissions::AccountingBasis;
use crate::error::{Error, Result};
use crate::fuel::PathwayId;
use crate::ledger::FuelLedger;
use crate::port::grid::GridIntensity;
use crate::units::{EnergyExt, MassExt, PowerExt, TimeExt};
use crate::vessel::{Consumer, OperatingPoint};
use crate::voyage::{Voyage, VoyagePhase};

/// WtT, TtW and WtW of one alternative, t CO2e.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Ghg {
    /// Well-to-tank, t CO2e.
    pub wtt_t: f64,
    /// Tank-to-wake, t CO2e.
    pub ttw_t: f64,
    /// Well-to-wake, t CO2e.
    pub wtw_t: f64,
}

impl Ghg {
    fn of(e: &crate::emissions::Emissions) -> Self {
        Self {
            wtt_t: e.well_to_tank.tonnes(),
            ttw_t: e.tank_to_wake.tonnes(),
            wtw_t: e.total().tonnes(),
        }
    }
}

/// Shore power against auxiliary engines for one berth stay.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AtBerthComparison {
    /// The port (UN/LOCODE).
    pub port: String,
    /// Time at berth, h.
    pub berth_h: f64,
    /// Auxiliary (hotel) load at berth from the vessel model, kW.
    pub auxiliary_kw: f64,
    /// Electricity needed, kWh = auxiliary_kw × berth_h.
    pub electricity_kwh: f64,
    /// The grid and its intensity, g/kWh.
    pub grid: GridIntensity,
    /// Shore power: WtT = WtW = kWh × g/kWh, TtW = 0.
    pub shore_power: Ghg,
    /// Fuel the auxiliary engines would burn instead, t (all pathways).
    pub auxiliary_fuel_t: f64,
    /// The pathways of that fuel.
    pub auxiliary_pathways: Vec<PathwayId>,
    /// Auxiliary engines under the basis.
    pub auxiliary_engines: Ghg,
    /// Boilers (run in both cases), under the basis.
    pub boilers: Ghg,
    /// WtW saved by shore power, t CO2e = engines − shore (negative: shore power emits more).
    pub wtw_saving_t: f64,
    /// The basis the engines are accounted under.
    pub basis: String,
    /// What the comparison leaves out (an incomplete grid factor).
    pub notes: Vec<String>,
}

/// Compares shore power with the auxiliary engines for the berth stay at the first call of
/// `voyage` in `port`, using `grid` for the electricity and `basis` for the fuel.
///
/// Errors: a port the voyage does not call at, or whose call has no berth time
/// (`port`); a vessel not fitted for shore power (`vessel.shore_power_capable`); a basis that
/// cannot account the auxiliary fuel.
pub fn compare_at_berth(
    voyage: &Voyage,
    port: &str,
    basis: &AccountingBasis,
    grid: &GridIntensity,
) -> Result<AtBerthComparison> {
    grid.validate()?;
    let (code, k) = call_index(voyage, port)?;
    let seg = voyage
        .segments()
        .iter()
        .find(|s| s.call == Some(k) && s.phase == VoyagePhase::AtBerth)
        .ok_or_else(|| Error::MissingInput {
            field: "port".into(),
            expected: format!("a berth stay at {code} (the voyage's port stay has no berth time)"),
        })?;
    let vessel = voyage.vessel();
    if !vessel.spec().shore_power_capable {
        return Err(Error::MissingInput {
            field: "vessel.shore_power_capable".into(),
            expected: "a ship fitted for shore power to compare it with its gensets".into(),
        });
    }
    let mut op = seg.point.operation.clone();
    op.use_shore_power = false;
    let engines = vessel.operate(&op)?;
    let shore = vessel.operate(&op.clone().with_shore_power())?;

    let aux = consumer_ledger(&engines, Consumer::AuxiliaryEngines)?;
    let boil = consumer_ledger(&engines, Consumer::Boiler)?;
    let ghg = |l: &FuelLedger| -> Result<Ghg> {
        if l.is_empty() {
            Ok(Ghg::default())
        } else {
            Ok(Ghg::of(&basis.account(l)?))
        }
    };
    let auxiliary_engines = ghg(&aux)?;
    let boilers = ghg(&boil)?;
    let kwh = shore.shore_power.kilowatt_hours();
    let wtt = kwh * grid.g_per_kwh * 1e-6;
    let shore_power = Ghg {
        wtt_t: wtt,
        ttw_t: 0.0,
        wtw_t: wtt,
    };
    let mut pathways: Vec<PathwayId> = Vec::new();
    for e in aux.entries() {
        if !pathways.contains(&e.fuel.pathway) {
            pathways.push(e.fuel.pathway.clone());
        }
    }
    Ok(AtBerthComparison {
        port: code.to_string(),
        berth_h: op.duration.hours(),
        auxiliary_kw: shore.auxiliary_power.kilowatts(),
        electricity_kwh: kwh,
        grid: grid.clone(),
        shore_power,
        auxiliary_fuel_t: aux.total_mass().tonnes(),
        auxiliary_pathways: pathways,
        auxiliary_engines,
        boilers,
        wtw_saving_t: auxiliary_engines.wtw_t - shore_power.wtw_t,
        basis: basis.name.clone(),
        notes: grid.completeness_note().into_iter().collect(),
    })
}

/// The fuel entries of one consumer of an operating point.
fn consumer_ledger(point: &OperatingPoint, consumer: Consumer) -> Result<FuelLedger> {
    let mut l = FuelLedger::with_capacity(2);
    for f in point.fuel_use.iter().filter(|f| f.consumer == consumer) {
        l.add(
            f.fuel.clone(),
            f.converter,
            f.mass,
            "at_berth",
            crate::ledger::ScopeShare::FULL,
        )?;
    }
    Ok(l)
}

/// One port-side phase of a call (anchor, manoeuvring in and out, berth) under a basis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PortPhase {
    /// The phase.
    pub phase: VoyagePhase,
    /// Time, h.
    pub time_h: f64,
    /// Fuel, t.
    pub fuel_t: f64,
    /// Shore power, kWh.
    pub shore_power_kwh: f64,
    /// Emissions: fuel under the basis plus shore power at the grid intensity (WtT).
    pub ghg: Ghg,
}

/// The port-side emissions of a call: every segment of call `port` (anchor, manoeuvring,
/// berth) from the voyage as it was sailed, fuel under `basis` and shore power at `grid`.
///
/// Errors: as [`compare_at_berth`] for the port; the basis's errors.
pub fn port_call_emissions(
    voyage: &Voyage,
    port: &str,
    basis: &AccountingBasis,
    grid: &GridIntensity,
) -> Result<Vec<PortPhase>> {
    grid.validate()?;
    let (_, k) = call_index(voyage, port)?;
    let mut out: Vec<PortPhase> = Vec::new();
    for s in voyage.segments().iter().filter(|s| s.call == Some(k)) {
        let mut l = FuelLedger::with_capacity(4);
        for f in &s.point.fuel_use {
            l.add(
                f.fuel.clone(),
                f.converter,
                f.mass,
                &s.label,
                crate::ledger::ScopeShare::FULL,
            )?;
        }
        let mut ghg = if l.is_empty() {
            Ghg::default()
        } else {
            Ghg::of(&basis.account(&l)?)
        };
        let kwh = s.point.shore_power.kilowatt_hours();
        let grid_t = kwh * grid.g_per_kwh * 1e-6;
        ghg.wtt_t += grid_t;
        ghg.wtw_t += grid_t;
        let fuel_t = l.total_mass().tonnes();
        let time_h = s.point.operation.duration.hours();
        match out.iter_mut().find(|p| p.phase == s.phase) {
            Some(p) => {
                p.time_h += time_h;
                p.fuel_t += fuel_t;
                p.shore_power_kwh += kwh;
                p.ghg.wtt_t += ghg.wtt_t;
                p.ghg.ttw_t += ghg.ttw_t;
                p.ghg.wtw_t += ghg.wtw_t;
            }
            None => out.push(PortPhase {
                phase: s.phase,
                time_h,
                fuel_t,
                shore_power_kwh: kwh,
                ghg,
            }),
        }
    }
    Ok(out)
}

/// The UN/LOCODE of `port` (a code or a name users type) and the index of the voyage's call
/// there.
///
/// Errors: an unknown port ([`Error::UnknownName`], field `port`), or one the voyage does not
/// call at ([`Error::OutOfRange`], listing the calls).
fn call_index(voyage: &Voyage, port: &str) -> Result<(&'static str, usize)> {
    let code = crate::route::port(port)
        .map_err(|e| e.rooted("port", "port"))?
        .locode;
    voyage
        .calls()
        .iter()
        .position(|c| c.port == code)
        .map(|k| (code, k))
        .ok_or_else(|| Error::OutOfRange {
            field: "port".into(),
            value: 0.0,
            expected: format!(
                "a port the voyage calls at ({}), got {code}",
                voyage
                    .calls()
                    .iter()
                    .map(|c| c.port)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        })
}
