//! The voyage report: fuel, energy, emissions and intensities per leg, per port call, per
//! phase and in total, under any accounting basis.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::emissions::{AccountingBasis, Emissions};
use crate::error::{Error, Result};
use crate::fuel::{ConverterClass, PathwayId};
use crate::ledger::{FuelLedger, LedgerEntry, Place, Scope};
use crate::units::{
    Energy, EnergyExt, Length, LengthExt, Mass, MassExt, RatioExt, Time, TimeExt, VelocityExt,
    hours, kilowatt_hours, nautical_miles, tonnes,
};
use crate::vessel::data::phase_rules::SLOW_TRANSIT_MAX_LOAD;
use crate::vessel::{
    Consumer, FuelRole, FuelSelection, OperatingPhase, OperatingPoint, Operation, Vessel,
};
use crate::voyage::data::{CLEAN_CARGO_UTILISATION, KM_PER_NM, TONNES_PER_LOADED_TEU};
use crate::voyage::plan::Voyage;

/// The phases a voyage report separates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VoyagePhase {
    /// At sea outside every ECA.
    Sea,
    /// At sea inside an ECA.
    SeaInEca,
    /// Manoeuvring in and out of port.
    Manoeuvring,
    /// Waiting at anchor.
    AtAnchor,
    /// Alongside the berth.
    AtBerth,
}

impl VoyagePhase {
    /// Every phase, in report order.
    pub const ALL: [VoyagePhase; 5] = [
        VoyagePhase::Sea,
        VoyagePhase::SeaInEca,
        VoyagePhase::Manoeuvring,
        VoyagePhase::AtAnchor,
        VoyagePhase::AtBerth,
    ];

    /// The phase's name in ledger labels: `sea`, `sea_eca`, `manoeuvring`, `anchor`, `berth`.
    pub fn label(self) -> &'static str {
        match self {
            VoyagePhase::Sea => "sea",
            VoyagePhase::SeaInEca => "sea_eca",
            VoyagePhase::Manoeuvring => "manoeuvring",
            VoyagePhase::AtAnchor => "anchor",
            VoyagePhase::AtBerth => "berth",
        }
    }

    /// Whether the ship is under way (sea or manoeuvring).
    pub fn is_under_way(self) -> bool {
        matches!(
            self,
            VoyagePhase::Sea | VoyagePhase::SeaInEca | VoyagePhase::Manoeuvring
        )
    }
}

/// How full the ship is, for intensities per TEU-km and t-km (ISO 14083:2023 / GLEC v3
/// transport activity = mass (or TEU) × distance).
///
/// Containers: loaded TEU = `utilisation` × TEU capacity; cargo mass = loaded TEU ×
/// `tonnes_per_teu`. Other ships: cargo mass = `utilisation` × deadweight.
/// Defaults: 70 % ([`CLEAN_CARGO_UTILISATION`], Clean Cargo) and 10 t per loaded TEU
/// ([`TONNES_PER_LOADED_TEU`], IMO MEPC.1/Circ.684).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "LoadFactorRepr")]
pub struct LoadFactor {
    /// Share of the capacity used (0 < u ≤ 1).
    pub utilisation: f64,
    /// Cargo mass per loaded TEU, t.
    pub tonnes_per_teu: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LoadFactorRepr {
    #[serde(default = "default_utilisation")]
    utilisation: f64,
    #[serde(default = "default_tonnes_per_teu")]
    tonnes_per_teu: f64,
}

fn default_utilisation() -> f64 {
    CLEAN_CARGO_UTILISATION
}
fn default_tonnes_per_teu() -> f64 {
    TONNES_PER_LOADED_TEU
}

impl TryFrom<LoadFactorRepr> for LoadFactor {
    type Error = Error;
    fn try_from(r: LoadFactorRepr) -> Result<Self> {
        LoadFactor::new(r.utilisation, r.tonnes_per_teu)
    }
}

impl Default for LoadFactor {
    fn default() -> Self {
        Self {
            utilisation: CLEAN_CARGO_UTILISATION,
            tonnes_per_teu: TONNES_PER_LOADED_TEU,
        }
    }
}

impl LoadFactor {
    /// A validated load factor: 0 < utilisation ≤ 1, 0 < t/TEU ≤ 40.
    pub fn new(utilisation: f64, tonnes_per_teu: f64) -> Result<Self> {
        crate::error::in_range(|| "load.utilisation".into(), utilisation, 0.0, 1.0)?;
        if utilisation == 0.0 {
            return Err(Error::OutOfRange {
                field: "load.utilisation".into(),
                value: utilisation,
                expected: "a share above 0 and at most 1".into(),
            });
        }
        crate::error::in_range(|| "load.tonnes_per_teu".into(), tonnes_per_teu, 0.0, 40.0)?;
        if tonnes_per_teu == 0.0 {
            return Err(Error::OutOfRange {
                field: "load.tonnes_per_teu".into(),
                value: tonnes_per_teu,
                expected: "a positive mass per TEU, up to 40 t".into(),
            });
        }
        Ok(Self {
            utilisation,
            tonnes_per_teu,
        })
    }
}

/// The cargo a vessel carries at a load factor.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Cargo {
    /// Loaded TEU (containers), or None.
    pub teu: Option<f64>,
    /// Cargo mass, t (None when neither TEU nor deadweight is known).
    pub tonnes: Option<f64>,
    /// Deadweight capacity, t, for intensities per dwt·nm (None when not given).
    pub deadweight_t: Option<f64>,
}

impl Cargo {
    /// The cargo of `vessel` at `load`.
    pub fn of(vessel: &Vessel, load: &LoadFactor) -> Self {
        let cap = &vessel.spec().capacity;
        let dwt = cap.deadweight.map(|m| m.tonnes());
        let teu = cap.teu.map(|c| c * load.utilisation);
        let tonnes = match teu {
            Some(t) => Some(t * load.tonnes_per_teu),
            None => dwt.map(|d| d * load.utilisation),
        };
        Self {
            teu,
            tonnes,
            deadweight_t: dwt,
        }
    }
}

/// Emission intensities of a part of the voyage. `None` where the denominator is zero or
/// unknown (no distance in port, no TEU capacity for a bulk carrier, no deadweight given).
///
/// Numerator: the basis's total CO2e (WtW for well-to-wake bases, TtW otherwise). Units are in
/// the field names.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Intensities {
    /// gCO2e per nautical mile sailed.
    pub g_per_nm: Option<f64>,
    /// gCO2e per deadweight-tonne nautical mile (capacity-based, as the CII's AER).
    pub g_per_dwt_nm: Option<f64>,
    /// gCO2e per tonne-kilometre of cargo at the load factor (ISO 14083 / GLEC).
    pub g_per_t_km: Option<f64>,
    /// gCO2e per TEU-kilometre at the load factor (Clean Cargo, GLEC container metric).
    pub g_per_teu_km: Option<f64>,
}

/// Fuel burned of one pathway in one converter class.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FuelLine {
    /// The pathway.
    pub pathway: PathwayId,
    /// The converter class.
    pub converter: ConverterClass,
    /// Mass, t.
    #[serde(rename = "mass_t", with = "crate::units::serde_as::tonnes")]
    pub mass: Mass,
}

/// Totals of one part of a voyage (a leg at sea, a port call, a phase, the whole voyage).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// What this is: `CNYSA-USLAX` (leg), `USLAX` (port call), `sea_eca` (phase), `voyage`.
    pub name: String,
    /// Distance sailed at sea, nm.
    #[serde(
        rename = "distance_nm",
        with = "crate::units::serde_as::nautical_miles"
    )]
    pub distance: Length,
    /// Part of `distance` inside ECAs, nm.
    #[serde(
        rename = "distance_in_eca_nm",
        with = "crate::units::serde_as::nautical_miles"
    )]
    pub distance_in_eca: Length,
    /// Time, h.
    #[serde(rename = "time_h", with = "crate::units::serde_as::hours")]
    pub time: Time,
    /// Fuel by pathway and converter class.
    pub fuel: Vec<FuelLine>,
    /// Main-engine work, kWh.
    #[serde(
        rename = "main_engine_work_kwh",
        with = "crate::units::serde_as::kilowatt_hours"
    )]
    pub main_engine_work: Energy,
    /// Auxiliary-engine work (excluding shore power), kWh.
    #[serde(
        rename = "auxiliary_work_kwh",
        with = "crate::units::serde_as::kilowatt_hours"
    )]
    pub auxiliary_work: Energy,
    /// Boiler output, kWh.
    #[serde(
        rename = "boiler_work_kwh",
        with = "crate::units::serde_as::kilowatt_hours"
    )]
    pub boiler_work: Energy,
    /// Electricity from shore, kWh.
    #[serde(
        rename = "shore_power_kwh",
        with = "crate::units::serde_as::kilowatt_hours"
    )]
    pub shore_power: Energy,
    /// Emissions under the report's basis (energy, WtT, TtW by gas).
    pub emissions: Emissions,
    /// Transport work at the load factor, TEU-km (containers).
    pub transport_work_teu_km: Option<f64>,
    /// Transport work at the load factor, t-km.
    pub transport_work_t_km: Option<f64>,
    /// Intensities.
    pub intensities: Intensities,
}

impl Summary {
    /// Total fuel mass.
    pub fn fuel_mass(&self) -> Mass {
        tonnes(self.fuel.iter().map(|f| f.mass.tonnes()).sum())
    }

    /// Mass of one pathway (all converters).
    pub fn fuel_of(&self, pathway: &PathwayId) -> Mass {
        tonnes(
            self.fuel
                .iter()
                .filter(|f| &f.pathway == pathway)
                .map(|f| f.mass.tonnes())
                .sum(),
        )
    }

    /// Fuel energy plus shore electricity (the basis's energy), MJ.
    pub fn energy(&self) -> Energy {
        self.emissions.energy
    }

    /// The basis's total CO2e (WtW or TtW).
    pub fn co2e(&self) -> Mass {
        self.emissions.total()
    }
}

/// One computed piece of the voyage: a phase of a leg or of a port call.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Segment {
    /// Ledger label prefix, e.g. `CNYSA-USLAX/sea_eca` or `USLAX/berth`.
    pub label: String,
    /// The phase.
    pub phase: VoyagePhase,
    /// The leg (sea phases) or None.
    pub leg: Option<usize>,
    /// The port call (port phases) or None.
    pub call: Option<usize>,
    /// Distance at sea, nm (zero in port).
    #[serde(
        rename = "distance_nm",
        with = "crate::units::serde_as::nautical_miles"
    )]
    pub distance: Length,
    /// Where the fuel is used (at berth in the call's port; under way on the leg's passage,
    /// anchorage and manoeuvring included). Each regulation derives its own share from it.
    pub place: Place,
    /// The operating point (power, load, fuel by converter).
    pub point: OperatingPoint,
}

impl Segment {
    /// The segment's ledger entries, labelled `{label}/{main|auxiliary|boiler}`
    /// (`…/main/pilot` for pilot fuel), and its shore power labelled `{label}/shore_power`,
    /// each with the segment's [`Place`].
    pub fn push_into(&self, ledger: &mut FuelLedger) -> Result<()> {
        let scope = Scope::at(self.place.clone());
        for f in &self.point.fuel_use {
            let consumer = match f.consumer {
                Consumer::MainEngine => "main",
                Consumer::AuxiliaryEngines => "auxiliary",
                Consumer::Boiler => "boiler",
            };
            let role = match f.role {
                FuelRole::Main => "",
                FuelRole::Pilot => "/pilot",
            };
            ledger.push(LedgerEntry {
                fuel: f.fuel.clone(),
                converter: f.converter,
                mass: f.mass,
                label: Arc::from(format!("{}/{consumer}{role}", self.label).as_str()),
                scope: scope.clone(),
            })?;
        }
        if self.point.shore_power.kilowatt_hours() > 0.0 {
            ledger.add_shore_power(
                self.point.shore_power,
                &format!("{}/shore_power", self.label),
                scope.clone(),
            )?;
        }
        Ok(())
    }
}

/// The report of one voyage under one accounting basis.
///
/// Legs (at sea) and port calls partition the voyage; so do the phases. Every total is the
/// sum of its parts (compensated sums; tested in `tests/voyage_report.rs`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoyageReport {
    /// Vessel name.
    pub vessel: String,
    /// The accounting basis's name.
    pub basis: String,
    /// The load factor of the transport work.
    pub load: LoadFactor,
    /// The cargo at that load factor.
    pub cargo: Cargo,
    /// One summary per leg, at sea only.
    pub legs: Vec<Summary>,
    /// One summary per port call (anchor, manoeuvring, berth).
    pub calls: Vec<Summary>,
    /// One summary per phase with any time ([`VoyagePhase::ALL`] order).
    pub phases: Vec<(VoyagePhase, Summary)>,
    /// The whole voyage.
    pub total: Summary,
    /// The computed segments, in sailing order.
    pub segments: Vec<Segment>,
    /// The voyage's one ledger: every entry with its place, for every regime.
    pub ledger: FuelLedger,
}

impl VoyageReport {
    /// The summary of one phase, if it has any time.
    pub fn phase(&self, phase: VoyagePhase) -> Option<&Summary> {
        self.phases
            .iter()
            .find(|(p, _)| *p == phase)
            .map(|(_, s)| s)
    }
}

impl Voyage {
    /// The computed segments (operating points) of the voyage, in sailing order: for each
    /// call k, anchor and manoeuvring in, berth, manoeuvring out; then leg k at sea outside
    /// and inside ECAs.
    ///
    /// * Sea: time t = d / v, split by the in-ECA distance: t_in = d_in / v burns the ECA
    ///   fuel, t_out = (d − d_in) / v the other. Phase by main-engine load (Table 16: slow
    ///   transit ≤ 65 % MCR, normal cruising above; both use the sea column of Table 17).
    /// * Port: anchor, then half the manoeuvring time in, berth, half out, at the manoeuvring
    ///   speed and the arriving (departing) leg's draught. ECA fuel in a port inside an ECA,
    ///   and at berth in an EU/EEA port.
    /// * Scope: sea and manoeuvring take their leg's share (arrival half the arriving leg's,
    ///   departure half the departing leg's), anchor the arriving leg's — waiting is part of
    ///   the voyage, not the stay at berth (MRV Reg. (EU) 2015/757 Art. 3: "at berth" means
    ///   securely moored); berth takes the port's.
    pub(crate) fn simulate(&self) -> Result<Vec<Segment>> {
        let mut out = Vec::with_capacity(self.calls.len() * 5 + self.legs.len() * 2);
        let vessel = &self.vessel;
        for (k, call) in self.calls.iter().enumerate() {
            let arr = call.arrival_leg.or(call.departure_leg);
            let dep = call.departure_leg.or(call.arrival_leg);
            let (Some(arr_leg), Some(dep_leg)) = (
                arr.and_then(|i| self.legs.get(i)),
                dep.and_then(|i| self.legs.get(i)),
            ) else {
                continue;
            };
            let fuels_port = self.policy.fuels(call.in_eca);
            let fuels_berth = self.policy.fuels(call.in_eca || call.eu_eea);
            let half = call.stay.manoeuvring * 0.5;
            let zero = crate::units::knots(0.0);
            let parts = [
                (
                    VoyagePhase::AtAnchor,
                    OperatingPhase::AtAnchor,
                    call.stay.anchor,
                    zero,
                    arr_leg,
                    &arr_leg.place,
                    fuels_port,
                    false,
                ),
                (
                    VoyagePhase::Manoeuvring,
                    OperatingPhase::Manoeuvring,
                    half,
                    self.manoeuvring_speed,
                    arr_leg,
                    &arr_leg.place,
                    fuels_port,
                    false,
                ),
                (
                    VoyagePhase::AtBerth,
                    OperatingPhase::AtBerth,
                    call.stay.berth,
                    zero,
                    arr_leg,
                    &call.berth,
                    fuels_berth,
                    call.shore_power,
                ),
                (
                    VoyagePhase::Manoeuvring,
                    OperatingPhase::Manoeuvring,
                    half,
                    self.manoeuvring_speed,
                    dep_leg,
                    &dep_leg.place,
                    fuels_port,
                    false,
                ),
            ];
            for (phase, op_phase, t, v, leg, place, fuels, shore) in parts {
                if t.hours() <= 0.0 {
                    continue;
                }
                let mut op = Operation::new(op_phase, v, leg.draught, t).with_fuels(fuels.clone());
                if shore {
                    op = op.with_shore_power();
                }
                let point = vessel
                    .operate(&op)
                    .map_err(|e| e.rooted("operation", &format!("voyage.calls[{k}]")))?;
                out.push(Segment {
                    label: format!("{}/{}", call.port, phase.label()),
                    phase,
                    leg: None,
                    call: Some(k),
                    distance: nautical_miles(0.0),
                    place: place.clone(),
                    point,
                });
            }
            let Some(leg) = call.departure_leg.and_then(|i| self.legs.get(i)) else {
                continue;
            };
            let i = call.departure_leg.unwrap_or(0);
            let sea_phase = match vessel.propulsion_power(leg.speed, leg.draught) {
                Ok(p) if p.load.value() > SLOW_TRANSIT_MAX_LOAD => OperatingPhase::NormalCruising,
                _ => OperatingPhase::SlowTransit,
            };
            let v = leg.speed;
            let label = leg.label();
            for (phase, d, fuels) in [
                (
                    VoyagePhase::Sea,
                    leg.outside_eca(),
                    self.policy.fuels(false),
                ),
                (VoyagePhase::SeaInEca, leg.in_eca, self.policy.fuels(true)),
            ] {
                let nm = d.nautical_miles();
                if nm <= 0.0 {
                    continue;
                }
                let t = hours(nm / v.knots());
                let op = Operation::new(sea_phase, v, leg.draught, t).with_fuels(fuels.clone());
                let point = vessel
                    .operate(&op)
                    .map_err(|e| e.rooted("operation", &format!("voyage.legs[{i}]")))?;
                out.push(Segment {
                    label: format!("{label}/{}", phase.label()),
                    phase,
                    leg: Some(i),
                    call: None,
                    distance: d,
                    place: leg.place.clone(),
                    point,
                });
            }
        }
        Ok(out)
    }

    /// The segments the voyage was simulated into when it was built (sailing order: for
    /// each call, anchor and manoeuvring in, berth, manoeuvring out; then the departing leg
    /// outside and inside ECAs).
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The voyage's one ledger (every segment's entries, each with its place), built once
    /// with the voyage.
    pub fn ledger(&self) -> &FuelLedger {
        &self.ledger
    }

    /// Computes the voyage report under `basis` at load factor `load`.
    ///
    /// ```
    /// use green_corridor::prelude::*;
    /// use green_corridor::route::Date;
    /// use green_corridor::voyage::{EcaFuelPolicy, LoadFactor, PortStay, Voyage, archetype};
    ///
    /// let corridor = green_corridor::voyage::corridors::corridors()
    ///     .into_iter().find(|c| c.id == "shanghai-los_angeles").unwrap();
    /// let ship = archetype::vessel(&corridor.archetype, archetype::EngineFit::Oil)?;
    /// let voyage = Voyage::builder(&ship)
    ///     .ports(&["CNYSA", "USLAX"])
    ///     .date(Date::new(2025, 6, 1)?)
    ///     .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
    ///     .policy(EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo))
    ///     .build()?;
    /// let report = voyage.report(&AccountingBasis::fueleu(2025)?, &LoadFactor::default())?;
    /// let wtw: f64 = report.legs.iter().chain(&report.calls).map(|s| s.co2e().tonnes()).sum();
    /// assert!((wtw - report.total.co2e().tonnes()).abs() < 1e-6 * wtw);
    /// assert!(report.total.fuel_of(&PathwayId::MdoMgo).tonnes() > 0.0); // MGO in the ECA
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn report(&self, basis: &AccountingBasis, load: &LoadFactor) -> Result<VoyageReport> {
        let segments = &self.segments;
        let cargo = Cargo::of(&self.vessel, load);
        let mut parts: Vec<Part> = Vec::with_capacity(segments.len());
        for s in segments {
            let mut l = FuelLedger::with_capacity(4);
            s.push_into(&mut l)?;
            let emissions = if l.is_empty() {
                None
            } else {
                Some(basis.account(&l)?)
            };
            parts.push(Part {
                segment: s,
                emissions,
            });
        }
        let first = parts
            .iter()
            .find_map(|p| p.emissions.as_ref())
            .ok_or_else(|| Error::Empty {
                field: "voyage".into(),
                expected: "a voyage that burns fuel or takes shore power".into(),
            })?;
        let zero = zero_emissions(first);
        let summarise = |name: String, keep: &dyn Fn(&Segment) -> bool| {
            summarise(
                name,
                parts.iter().filter(|p| keep(p.segment)),
                &zero,
                &cargo,
            )
        };
        let legs = (0..self.legs.len())
            .map(|i| {
                let name = self.legs.get(i).map(|l| l.label()).unwrap_or_default();
                summarise(name, &|s: &Segment| s.leg == Some(i))
            })
            .collect();
        let calls = self
            .calls
            .iter()
            .enumerate()
            .map(|(k, c)| summarise(c.port.to_string(), &|s: &Segment| s.call == Some(k)))
            .collect();
        let phases = VoyagePhase::ALL
            .iter()
            .filter(|ph| segments.iter().any(|s| s.phase == **ph))
            .map(|ph| (*ph, summarise(ph.label().to_string(), &|s| s.phase == *ph)))
            .collect();
        let total = summarise("voyage".to_string(), &|_| true);
        Ok(VoyageReport {
            vessel: self.vessel.name().to_string(),
            basis: basis.name.clone(),
            load: *load,
            cargo,
            legs,
            calls,
            phases,
            total,
            ledger: self.ledger.clone(),
            segments: segments.clone(),
        })
    }

    /// The fuels each converter burns inside (`true`) or outside an ECA under the voyage's
    /// policy.
    pub fn fuels(&self, in_eca: bool) -> &FuelSelection {
        self.policy.fuels(in_eca)
    }
}

struct Part<'a> {
    segment: &'a Segment,
    emissions: Option<Emissions>,
}

fn zero_emissions(like: &Emissions) -> Emissions {
    let z = tonnes(0.0);
    let e = kilowatt_hours(0.0);
    Emissions {
        basis: like.basis.clone(),
        boundary: like.boundary,
        energy: e,
        reward_weighted_energy: e,
        rfnbo_energy: e,
        shore_power_energy: e,
        well_to_tank: z,
        tank_to_wake: z,
        gases: crate::emissions::GasMasses::default(),
        wind_reward_factor: like.wind_reward_factor,
    }
}

/// `acc += e × factor`, field by field.
pub(crate) fn add_emissions(acc: &mut Emissions, e: &Emissions, factor: f64) {
    acc.energy += e.energy * factor;
    acc.reward_weighted_energy += e.reward_weighted_energy * factor;
    acc.rfnbo_energy += e.rfnbo_energy * factor;
    acc.shore_power_energy += e.shore_power_energy * factor;
    acc.well_to_tank += e.well_to_tank * factor;
    acc.tank_to_wake += e.tank_to_wake * factor;
    acc.gases.co2 += e.gases.co2 * factor;
    acc.gases.co2_zero_rated += e.gases.co2_zero_rated * factor;
    acc.gases.ch4_combustion += e.gases.ch4_combustion * factor;
    acc.gases.ch4_slip += e.gases.ch4_slip * factor;
    acc.gases.n2o += e.gases.n2o * factor;
    acc.gases.nh3 += e.gases.nh3 * factor;
}

/// The same emissions with every mass and energy multiplied by `factor`.
pub(crate) fn scale_emissions(e: &Emissions, factor: f64) -> Emissions {
    let mut out = zero_emissions(e);
    add_emissions(&mut out, e, factor);
    out
}

fn summarise<'a>(
    name: String,
    parts: impl Iterator<Item = &'a Part<'a>>,
    zero: &Emissions,
    cargo: &Cargo,
) -> Summary {
    let mut distance = 0.0;
    let mut in_eca = 0.0;
    let mut time = 0.0;
    let mut me = 0.0;
    let mut aux = 0.0;
    let mut boiler = 0.0;
    let mut shore = 0.0;
    let mut fuel: Vec<FuelLine> = Vec::new();
    let mut emissions = zero.clone();
    for p in parts {
        let s = p.segment;
        let nm = s.distance.nautical_miles();
        distance += nm;
        if s.phase == VoyagePhase::SeaInEca {
            in_eca += nm;
        }
        time += s.point.operation.duration.hours();
        me += s.point.work(Consumer::MainEngine).kilowatt_hours();
        aux += s.point.work(Consumer::AuxiliaryEngines).kilowatt_hours();
        boiler += s.point.work(Consumer::Boiler).kilowatt_hours();
        shore += s.point.shore_power.kilowatt_hours();
        for f in &s.point.fuel_use {
            match fuel
                .iter_mut()
                .find(|l| l.pathway == f.fuel.pathway && l.converter == f.converter.class)
            {
                Some(l) => l.mass += f.mass,
                None => fuel.push(FuelLine {
                    pathway: f.fuel.pathway.clone(),
                    converter: f.converter.class,
                    mass: f.mass,
                }),
            }
        }
        if let Some(e) = &p.emissions {
            add_emissions(&mut emissions, e, 1.0);
        }
    }
    summary_from(
        name,
        SummaryParts {
            distance_nm: distance,
            in_eca_nm: in_eca,
            time_h: time,
            me_kwh: me,
            aux_kwh: aux,
            boiler_kwh: boiler,
            shore_kwh: shore,
        },
        fuel,
        emissions,
        cargo,
    )
}

pub(crate) struct SummaryParts {
    pub distance_nm: f64,
    pub in_eca_nm: f64,
    pub time_h: f64,
    pub me_kwh: f64,
    pub aux_kwh: f64,
    pub boiler_kwh: f64,
    pub shore_kwh: f64,
}

pub(crate) fn summary_from(
    name: String,
    p: SummaryParts,
    fuel: Vec<FuelLine>,
    emissions: Emissions,
    cargo: &Cargo,
) -> Summary {
    let km = p.distance_nm * KM_PER_NM;
    let teu_km = cargo.teu.map(|t| t * km);
    let t_km = cargo.tonnes.map(|t| t * km);
    let g = emissions.total().tonnes() * 1e6;
    let per = |den: Option<f64>| den.filter(|d| *d > 0.0 && d.is_finite()).map(|d| g / d);
    let intensities = Intensities {
        g_per_nm: per(Some(p.distance_nm)),
        g_per_dwt_nm: per(cargo.deadweight_t.map(|d| d * p.distance_nm)),
        g_per_t_km: per(t_km),
        g_per_teu_km: per(teu_km),
    };
    Summary {
        name,
        distance: nautical_miles(p.distance_nm),
        distance_in_eca: nautical_miles(p.in_eca_nm),
        time: hours(p.time_h),
        fuel,
        main_engine_work: kilowatt_hours(p.me_kwh),
        auxiliary_work: kilowatt_hours(p.aux_kwh),
        boiler_work: kilowatt_hours(p.boiler_kwh),
        shore_power: kilowatt_hours(p.shore_kwh),
        emissions,
        transport_work_teu_km: teu_km,
        transport_work_t_km: t_km,
        intensities,
    }
}

impl Summary {
    /// The same summary with every extensive quantity (distance, time, fuel, work, emissions,
    /// transport work) multiplied by `factor`; intensities are unchanged.
    pub fn scaled(&self, name: &str, factor: f64) -> Summary {
        Summary {
            name: name.to_string(),
            distance: self.distance * factor,
            distance_in_eca: self.distance_in_eca * factor,
            time: self.time * factor,
            fuel: self
                .fuel
                .iter()
                .map(|f| FuelLine {
                    mass: f.mass * factor,
                    ..f.clone()
                })
                .collect(),
            main_engine_work: self.main_engine_work * factor,
            auxiliary_work: self.auxiliary_work * factor,
            boiler_work: self.boiler_work * factor,
            shore_power: self.shore_power * factor,
            emissions: scale_emissions(&self.emissions, factor),
            transport_work_teu_km: self.transport_work_teu_km.map(|x| x * factor),
            transport_work_t_km: self.transport_work_t_km.map(|x| x * factor),
            intensities: self.intensities,
        }
    }
}
