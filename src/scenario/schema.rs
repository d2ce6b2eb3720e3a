//! The scenario file schema: plain serde types that mirror the TOML, every table with
//! `deny_unknown_fields`. Numbers are checked after parsing
//! ([`Scenario::from_file`](crate::scenario::Scenario::from_file)), where each error can name
//! its field path.
//!
//! `docs/scenario-format.md` documents every field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::emissions::AccountingBasis;
use crate::regulation::cii::CiiShipType;
use crate::route::{Date, Passage, Waypoint};
use crate::trajectory::pathway::Interpolation;
use crate::trajectory::scenario::{CarbonPrices, MixPoint};
use crate::trajectory::series::Series;
use crate::vessel::{FuelSelection, VesselSpec};
use crate::voyage::archetype::EngineFit;
use crate::voyage::{LoadFactor, PortStay, Rotation};

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// Scenario name for reports.
    pub name: String,
    /// Voyage date (`YYYY-MM-DD`): which ECAs are in force; its year is the base year and the
    /// FuelEU / EU ETS reporting year.
    pub date: Date,
    /// Where the service sails.
    pub route: RouteSpec,
    /// Ships, schedule, speeds, port stays.
    pub service: ServiceSpec,
    /// Load factor for TEU-km and t-km (defaults 70 %, 10 t/TEU).
    #[serde(default)]
    pub load: LoadFactor,
    /// The fuel options to compare (each a full run of the service).
    pub fuel_options: Vec<FuelOptionSpec>,
    /// Optional multi-year projection (mirrors `trajectory::scenario::CorridorScenario`).
    #[serde(default)]
    pub trajectory: Option<TrajectorySpec>,
}

/// The route: a corridor of the catalogue, or a list of ports.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteSpec {
    /// Corridor id (`shanghai-los_angeles`); its two ports form the rotation.
    #[serde(default)]
    pub corridor: Option<String>,
    /// Port rotation (UN/LOCODEs, carrier codes or names), instead of a corridor.
    #[serde(default)]
    pub ports: Option<Vec<String>>,
    /// `loop` (default) or `one_way`.
    #[serde(default)]
    pub rotation: Rotation,
    /// Passages the catalogue routes must avoid.
    #[serde(default)]
    pub avoid: Vec<Passage>,
    /// Passages the catalogue routes must use.
    #[serde(default)]
    pub require: Vec<Passage>,
    /// ECA sampling spacing, nm (default 1).
    #[serde(default)]
    pub eca_spacing_nm: Option<f64>,
    /// Custom geometry per leg, replacing the catalogue route (by leg index).
    #[serde(default)]
    pub legs: Vec<CustomLeg>,
}

/// A leg sailed along the caller's waypoints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomLeg {
    /// Leg index (0 = first port → second port).
    pub leg: usize,
    /// Waypoints from the departure port to the arrival port (give `port` on the first and
    /// last).
    pub waypoints: Vec<Waypoint>,
}

/// The service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceSpec {
    /// Liner: days between departures (7 = weekly). Give this or `voyages_per_ship_year`.
    #[serde(default)]
    pub departure_interval_days: Option<f64>,
    /// Tramp: voyages per ship and year.
    #[serde(default)]
    pub voyages_per_ship_year: Option<f64>,
    /// Speed at sea on every leg without its own, kn (default: the archetype's service speed,
    /// else 16).
    #[serde(default)]
    pub speed_kn: Option<f64>,
    /// Draught on every leg without its own, m (default: design draught).
    #[serde(default)]
    pub draught_m: Option<f64>,
    /// Take shore power where the port and the ship allow (default true).
    #[serde(default = "yes")]
    pub shore_power: bool,
    /// Manoeuvring speed, kn (default 5).
    #[serde(default)]
    pub manoeuvring_speed_kn: Option<f64>,
    /// Stay in every port without its own.
    pub port_stay: PortStay,
    /// Stays by port code.
    #[serde(default)]
    pub port_stays: BTreeMap<String, PortStay>,
    /// Per-leg speed, schedule and draught, in leg order (entry i is leg i).
    #[serde(default)]
    pub legs: Vec<LegSpec>,
    /// The ships in the loop, in groups.
    pub ships: Vec<ShipSpec>,
}

fn yes() -> bool {
    true
}

/// Speed, schedule and draught of one leg; every field optional.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegSpec {
    /// Speed through water, kn.
    #[serde(default)]
    pub speed_kn: Option<f64>,
    /// Hours at sea the schedule allows (speed = distance / hours). Not with `speed_kn`.
    #[serde(default)]
    pub sea_hours: Option<f64>,
    /// Draught, m.
    #[serde(default)]
    pub draught_m: Option<f64>,
}

/// A group of identical ships: an archetype or a full vessel specification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShipSpec {
    /// Corridor id whose service archetype to build (`voyage::archetype`).
    #[serde(default)]
    pub archetype: Option<String>,
    /// A full vessel specification (`vessel::VesselSpec`).
    #[serde(default)]
    pub vessel: Option<VesselSpec>,
    /// Number of such ships (default 1).
    #[serde(default = "one")]
    pub count: u32,
    /// The ships' CII ship type (MEPC.353(78) Table 1) when the default mapping of their
    /// study ship type does not fit: `lng_carrier` for an LNG carrier (the study has one
    /// liquefied-gas type), `combination_carrier` (the study has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cii_ship_type: Option<CiiShipType>,
}

fn one() -> u32 {
    1
}

/// One fuel option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FuelOptionSpec {
    /// Name in reports.
    pub name: String,
    /// Free text shown with the results (say here that a certificate is illustrative).
    #[serde(default)]
    pub note: Option<String>,
    /// Engine fit of archetype ships (`oil`, `lng_diesel`, `lng_otto`, `methanol`,
    /// `ammonia`); not allowed with a full vessel specification.
    #[serde(default)]
    pub engines: Option<EngineFit>,
    /// Fuels outside ECAs (or everywhere when `eca_fuels` is absent).
    pub fuels: FuelSelection,
    /// Fuels inside ECAs (and at berth in EU/EEA ports): the ECA switch.
    #[serde(default)]
    pub eca_fuels: Option<FuelSelection>,
    /// Price of the main fuel, USD/GJ (LHV), by year (needed with a trajectory).
    #[serde(default)]
    pub price_usd_per_gj: Option<Series>,
    /// Price of the secondary fuel (pilot or ECA fuel), USD/GJ, by year.
    #[serde(default)]
    pub secondary_price_usd_per_gj: Option<Series>,
}

/// The optional projection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrajectorySpec {
    /// First projected year.
    pub start_year: i32,
    /// Last projected year.
    pub end_year: i32,
    /// Work shares of the fuel options by year (one share per option, in file order).
    pub mix: Vec<MixPoint>,
    /// `step`, `linear` or `geometric` between mix points (default linear).
    #[serde(default = "linear")]
    pub mix_interpolation: Interpolation,
    /// Demand growth per year (default 0).
    #[serde(default)]
    pub demand_growth: Option<Series>,
    /// Service speed, kn (default: the voyage's).
    #[serde(default)]
    pub speed_kn: Option<Series>,
    /// Efficiency gain on propulsion work per year (default 0).
    #[serde(default)]
    pub efficiency_gain: Option<Series>,
    /// Share of propulsion power from wind (default 0).
    #[serde(default)]
    pub wind_assist_share: Option<Series>,
    /// Share of berth work from shore (default: the voyage model's).
    #[serde(default)]
    pub shore_power_share: Option<Series>,
    /// Shore electricity price, USD/kWh (default 0).
    #[serde(default)]
    pub shore_power_price_usd_per_kwh: Option<Series>,
    /// Carbon prices (default: `CarbonPrices::illustrative`, round ILLUSTRATIVE numbers).
    #[serde(default)]
    pub prices: Option<CarbonPrices>,
    /// The draft IMO NZF after 2035: `not_applied` (default) or `hold_last_targets`.
    #[serde(default)]
    pub nzf_beyond_2035: crate::trajectory::scenario::NzfBeyondTable,
}

fn linear() -> Interpolation {
    Interpolation::Linear
}

/// The accounting bases a scenario reports under: FuelEU (the file's year) and IMO LCA.
pub fn default_bases(year: i32) -> crate::error::Result<Vec<AccountingBasis>> {
    Ok(vec![
        AccountingBasis::fueleu(year)?,
        AccountingBasis::imo_lca(),
    ])
}
