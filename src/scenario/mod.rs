//! Scenario files: a corridor service described in TOML, validated at the boundary, run for
//! every fuel option.
//!
//! [`Scenario::from_toml_str`] (or [`Scenario::from_path`]) reads a file in two passes:
//!
//! 1. **Parse** with serde into [`schema::ScenarioFile`]: every table denies unknown fields,
//!    so a typo is an error. A syntax error, an unknown or missing field or a wrong type is an
//!    [`Error::ScenarioFile`] naming the field path (`service.ships[0].vessel.main_engine`) and
//!    the line.
//! 2. **Validate** into plain typed values: vessels, ports, routes, speeds, stays, fuels and
//!    the projection. Each error is the crate's typed error with the path re-rooted in the
//!    file (`service.ships[2].vessel.main_engine.mcr_kw`, `route.ports[1]`,
//!    `service.legs[0].sea_hours`), the value and the rule.
//!
//! Limits bound the memory and time a hostile file can ask for ([`limits`]); each is a typed
//! [`Error::LimitExceeded`] or [`Error::OutOfRange`].
//!
//! `docs/scenario-format.md` documents the schema; `scenarios/shanghai_los_angeles.toml` is
//! the shipped example.
//!
//! ```
//! use green_corridor::scenario::Scenario;
//! let path = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/shanghai_los_angeles.toml");
//! let scenario = Scenario::from_path(path)?;
//! assert!(scenario.fuel_options().len() >= 5);
//! // A typo is an error naming the field:
//! let text = std::fs::read_to_string(path).unwrap().replace("departure_interval_days", "departure_intervall_days");
//! let err = Scenario::from_toml_str(&text).unwrap_err();
//! assert!(err.to_string().contains("service"));
//! # Ok::<(), green_corridor::Error>(())
//! ```

mod options;
pub mod schema;
mod validate;

use serde::Serialize;

use crate::emissions::AccountingBasis;
use crate::error::{Error, Result};
use crate::route::{Route, RouteOptions, port};
use crate::trajectory::scenario::{CarbonPrices, CorridorScenario, ServiceBaseline, YearResult};
use crate::trajectory::series::Series;
use crate::units::{EnergyExt, MassExt, VelocityExt, hours, knots, nautical_miles};
use crate::vessel::{Vessel, metres};
use crate::voyage::archetype::{self, EngineFit};
use crate::voyage::corridors::{Corridor, corridors};
use crate::voyage::{
    EcaFuelPolicy, LegSpeed, LoadFactor, ServicePattern, ServiceYear, Voyage, VoyageReport,
};
use schema::{FuelOptionSpec, ScenarioFile};

/// The limits a scenario file must respect (guards against files that would exhaust memory
/// or time). Documented in `docs/scenario-format.md`.
pub mod limits {
    /// Largest file, bytes (1 MiB), checked before parsing.
    pub const MAX_FILE_BYTES: usize = 1 << 20;
    /// Most ports in the rotation (`voyage::plan::MAX_PORTS`).
    pub const MAX_PORTS: usize = crate::voyage::plan::MAX_PORTS;
    /// Most waypoints in one custom leg.
    pub const MAX_WAYPOINTS_PER_LEG: usize = 10_000;
    /// Most ship groups in `service.ships`.
    pub const MAX_SHIP_GROUPS: usize = 32;
    /// Most ships in the service (`voyage::service::MAX_SHIPS`).
    pub const MAX_SHIPS: u32 = crate::voyage::service::MAX_SHIPS;
    /// Most fuel options.
    pub const MAX_FUEL_OPTIONS: usize = 16;
    /// Most years in a projection (`trajectory::scenario::MAX_SCENARIO_YEARS`).
    pub const MAX_YEARS: i32 = crate::trajectory::scenario::MAX_SCENARIO_YEARS;
    /// Most points in one year series or mix schedule.
    pub const MAX_SERIES_POINTS: usize = 256;
    /// Most ECA samples for the whole scenario: Σ over ship groups of Σ leg distance /
    /// spacing, checked before sampling.
    pub const MAX_ECA_SAMPLES: f64 = 2_000_000.0;
    /// Most port-stay overrides.
    pub const MAX_PORT_STAYS: usize = 64;
}

/// A validated scenario.
#[derive(Debug, Clone)]
pub struct Scenario {
    file: ScenarioFile,
    corridor: Option<Corridor>,
    ports: Vec<String>,
    groups: Vec<ShipGroup>,
    pattern: ServicePattern,
    base_voyages: Vec<Voyage>,
}

/// A group of identical ships of the service.
#[derive(Debug, Clone)]
struct ShipGroup {
    count: u32,
    /// For archetype ships: the archetype (the vessel is rebuilt per engine fit).
    archetype: Option<crate::voyage::corridors::ServiceArchetype>,
    /// For specified ships: the vessel.
    vessel: Option<Vessel>,
    /// The CII ship type the scenario states, if any.
    cii_ship_type: Option<crate::regulation::cii::CiiShipType>,
    field: String,
}

/// The results of one fuel option.
#[derive(Debug, Clone, Serialize)]
pub struct OptionRun {
    /// The option's name.
    pub name: String,
    /// The option's note (e.g. "illustrative certificate").
    pub note: Option<String>,
    /// One run per ship group.
    pub groups: Vec<GroupRun>,
    /// Service-year totals per basis, in the order of the bases passed to [`Scenario::run`]:
    /// (basis name, CO2e t, gCO2e/TEU-km of the round trip).
    pub service_year: Vec<BasisTotal>,
}

/// Service-year totals of one option under one basis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BasisTotal {
    /// Basis name.
    pub basis: String,
    /// Well-to-wake (or tank-to-wake) CO2e of the service-year, t.
    pub co2e_t: f64,
    /// Energy, MJ.
    pub energy_mj: f64,
    /// Fuel, t.
    pub fuel_t: f64,
    /// gCO2e per TEU-km at the load factor (None without TEU capacity).
    pub g_per_teu_km: Option<f64>,
    /// gCO2e per t-km.
    pub g_per_t_km: Option<f64>,
}

/// The results of one ship group under one fuel option.
#[derive(Debug, Clone, Serialize)]
pub struct GroupRun {
    /// Vessel name.
    pub vessel: String,
    /// Ships in the group.
    pub ships: u32,
    /// The group's CII ship type when the scenario states one (else the default mapping of
    /// the vessel's study type applies).
    pub cii_ship_type: Option<crate::regulation::cii::CiiShipType>,
    /// The voyage.
    pub voyage: Voyage,
    /// One report per basis.
    pub reports: Vec<VoyageReport>,
    /// One service-year per basis (the group's ships).
    pub years: Vec<ServiceYear>,
}

/// The results of a scenario.
#[derive(Debug, Clone, Serialize)]
pub struct ScenarioRun {
    /// Scenario name.
    pub name: String,
    /// The bases, by name.
    pub bases: Vec<String>,
    /// One run per fuel option.
    pub options: Vec<OptionRun>,
    /// The projection, when the file has a trajectory block.
    pub trajectory: Option<Vec<YearResult>>,
}

fn file_error(path: String, line: Option<usize>, message: String) -> Error {
    Error::ScenarioFile {
        field: if path.is_empty() { ".".into() } else { path },
        line,
        message,
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map(|s| s.bytes().filter(|b| *b == b'\n').count() + 1)
        .unwrap_or(1)
}

impl Scenario {
    /// Reads and validates a scenario file (see the module docs).
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Scenario> {
        let path = path.as_ref();
        let meta = std::fs::metadata(path).map_err(|e| {
            file_error(
                ".".into(),
                None,
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
        let len = usize::try_from(meta.len()).unwrap_or(usize::MAX);
        if len > limits::MAX_FILE_BYTES {
            return Err(Error::LimitExceeded {
                field: path.display().to_string(),
                what: "bytes",
                value: len,
                limit: limits::MAX_FILE_BYTES,
            });
        }
        let text = std::fs::read_to_string(path).map_err(|e| {
            file_error(
                ".".into(),
                None,
                format!("cannot read {}: {e}", path.display()),
            )
        })?;
        Self::from_toml_str(&text)
    }

    /// Parses and validates scenario TOML text.
    pub fn from_toml_str(text: &str) -> Result<Scenario> {
        if text.len() > limits::MAX_FILE_BYTES {
            return Err(Error::LimitExceeded {
                field: "file".into(),
                what: "bytes",
                value: text.len(),
                limit: limits::MAX_FILE_BYTES,
            });
        }
        let de = toml::Deserializer::parse(text).map_err(|e| {
            file_error(
                ".".into(),
                e.span().map(|s| line_of(text, s.start)),
                e.message().to_string(),
            )
        })?;
        let file: ScenarioFile = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            file_error(
                if path == "." { String::new() } else { path },
                inner.span().map(|s| line_of(text, s.start)),
                inner.message().to_string(),
            )
        })?;
        Self::from_file(file)
    }

    /// Validates a parsed file.
    pub fn from_file(file: ScenarioFile) -> Result<Scenario> {
        validate::check_sizes(&file)?;
        let (corridor, ports) = validate::rotation(&file)?;
        let pattern = validate::service_pattern(&file)?;
        let groups = validate::ship_groups(&file)?;
        validate::check_engine_fits(&file, &groups)?;
        let route = &file.route;
        // ECA sampling budget.
        let spacing = route.eca_spacing_nm.unwrap_or(1.0);
        crate::error::in_range(
            || "route.eca_spacing_nm".into(),
            spacing,
            crate::voyage::plan::MIN_ECA_SPACING_NM,
            1_000.0,
        )?;

        let mut scenario = Scenario {
            file,
            corridor,
            ports,
            groups,
            pattern,
            base_voyages: Vec::new(),
        };
        // Plan one voyage per ship group with the first option (routes and ECA distances are
        // computed once; other options reuse them).
        let mut base = Vec::with_capacity(scenario.groups.len());
        for (g, group) in scenario.groups.iter().enumerate() {
            base.push(scenario.plan(g, group, 0)?);
        }
        scenario.base_voyages = base;
        Ok(scenario)
    }

    /// The scenario's name.
    pub fn name(&self) -> &str {
        &self.file.name
    }

    /// The parsed file.
    pub fn file(&self) -> &ScenarioFile {
        &self.file
    }

    /// The fuel options, in file order.
    pub fn fuel_options(&self) -> &[FuelOptionSpec] {
        &self.file.fuel_options
    }

    /// The service pattern.
    pub fn pattern(&self) -> ServicePattern {
        self.pattern
    }

    /// The load factor.
    pub fn load(&self) -> LoadFactor {
        self.file.load
    }

    fn vessel_for(&self, group: &ShipGroup, option: usize) -> Result<Vessel> {
        let o = self
            .file
            .fuel_options
            .get(option)
            .ok_or_else(|| Error::Empty {
                field: "fuel_options".into(),
                expected: "a fuel option".into(),
            })?;
        match (&group.archetype, &group.vessel) {
            (Some(a), _) => {
                let fit = o.engines.unwrap_or(EngineFit::Oil);
                archetype::vessel(a, fit)
                    .map_err(|e| e.rooted("archetype", &format!("{}.archetype", group.field)))
            }
            (None, Some(v)) => Ok(v.clone()),
            (None, None) => Err(Error::MissingInput {
                field: group.field.clone(),
                expected: "a vessel".into(),
            }),
        }
    }

    fn policy_for(&self, vessel: &Vessel, option: usize) -> Result<EcaFuelPolicy> {
        let field = format!("fuel_options[{option}]");
        let o = self
            .file
            .fuel_options
            .get(option)
            .ok_or_else(|| Error::Empty {
                field: "fuel_options".into(),
                expected: "a fuel option".into(),
            })?;
        let policy = match &o.eca_fuels {
            None => EcaFuelPolicy::single(o.fuels.clone()),
            Some(inside) => EcaFuelPolicy::switching(o.fuels.clone(), inside.clone()),
        };
        // Error paths: fuels.main / eca_fuels.boiler, as in the file.
        match &policy {
            EcaFuelPolicy::Single { fuels } => {
                vessel.check_fuels(fuels, &format!("{field}.fuels"))?
            }
            EcaFuelPolicy::Switch { outside, inside } => {
                vessel.check_fuels(outside, &format!("{field}.fuels"))?;
                vessel.check_fuels(inside, &format!("{field}.eca_fuels"))?;
            }
        }
        Ok(policy)
    }

    fn plan(&self, g: usize, group: &ShipGroup, option: usize) -> Result<Voyage> {
        let vessel = self.vessel_for(group, option)?;
        let policy = self.policy_for(&vessel, option)?;
        let s = &self.file.service;
        let r = &self.file.route;
        let service_speed = self
            .corridor
            .as_ref()
            .map(|c| c.archetype.service_speed.knots())
            .unwrap_or(16.0);
        let default_speed = s.speed_kn.unwrap_or(service_speed);
        let ports: Vec<&str> = self.ports.iter().map(String::as_str).collect();
        let mut b = Voyage::builder(&vessel)
            .ports(&ports)
            .rotation(r.rotation)
            .date(self.file.date)
            .speed(knots(default_speed))
            .port_stay(s.port_stay)
            .policy(policy)
            .route_options(RouteOptions {
                avoid: r.avoid.clone(),
                require: r.require.clone(),
                ..RouteOptions::default()
            })
            .shore_power(s.shore_power)
            .eca_spacing(nautical_miles(r.eca_spacing_nm.unwrap_or(1.0)));
        if let Some(d) = s.draught_m {
            b = b.draught(metres(d));
        }
        if let Some(m) = s.manoeuvring_speed_kn {
            b = b.manoeuvring_speed(knots(m));
        }
        for (k, p) in self.ports.iter().enumerate() {
            let locode = port(p).map(|x| x.locode).ok();
            if let Some((_, stay)) = s
                .port_stays
                .iter()
                .find(|(code, _)| port(code).map(|x| x.locode).ok() == locode)
            {
                b = b.call_stay(k, *stay);
            }
        }
        for (i, l) in s.legs.iter().enumerate() {
            match (l.speed_kn, l.sea_hours) {
                (Some(_), Some(_)) => {
                    return Err(Error::OutOfRange {
                        field: format!("service.legs[{i}].sea_hours"),
                        value: l.sea_hours.unwrap_or(0.0),
                        expected: "either speed_kn or sea_hours, not both".into(),
                    });
                }
                (Some(v), None) => b = b.leg_speed(i, LegSpeed::Speed(knots(v))),
                (None, Some(h)) => b = b.leg_speed(i, LegSpeed::SeaHours(hours(h))),
                (None, None) => {}
            }
            if let Some(d) = l.draught_m {
                b = b.leg_draught(i, metres(d));
            }
        }
        for (i, c) in r.legs.iter().enumerate() {
            let route = Route::new(format!("custom leg {}", c.leg), c.waypoints.clone())
                .map_err(|e| e.rooted("route", &format!("route.legs[{i}]")))?;
            b = b.leg_route(c.leg, route);
        }
        // One budget for the whole scenario, shared by the ship groups' plans.
        let groups = self.groups.len().max(1) as f64;
        let voyage = b
            .eca_sample_budget(limits::MAX_ECA_SAMPLES / groups)
            .build()
            .map_err(|e| self.reroot(e, g, option))?;
        Ok(voyage)
    }

    fn reroot(&self, e: Error, g: usize, option: usize) -> Error {
        let field = e.field().unwrap_or("").to_string();
        let map: [(&str, String); 6] = [
            ("voyage.ports", "route.ports".into()),
            ("voyage.legs", "service.legs".into()),
            ("voyage.calls", "service.port_stays".into()),
            ("voyage.policy", format!("fuel_options[{option}]")),
            ("voyage.eca_spacing_nm", "route.eca_spacing_nm".into()),
            (
                "voyage.manoeuvring_speed_kn",
                "service.manoeuvring_speed_kn".into(),
            ),
        ];
        for (from, to) in &map {
            if field.starts_with(from) {
                return e.rooted(from, to);
            }
        }
        let _ = g;
        e
    }

    /// Runs every fuel option under each basis: a voyage report per ship group and the
    /// service-year. With a trajectory block, also the projection (its fuel options are
    /// derived from each option's service-year; see `docs/scenario-format.md`).
    pub fn run(&self, bases: &[AccountingBasis]) -> Result<ScenarioRun> {
        let mut options = Vec::with_capacity(self.file.fuel_options.len());
        for (j, o) in self.file.fuel_options.iter().enumerate() {
            let mut groups = Vec::with_capacity(self.groups.len());
            for (g, group) in self.groups.iter().enumerate() {
                let base = self.base_voyages.get(g).ok_or_else(|| Error::Empty {
                    field: "service.ships".into(),
                    expected: "a planned voyage".into(),
                })?;
                let vessel = self.vessel_for(group, j)?;
                let policy = self.policy_for(&vessel, j)?;
                let voyage = base
                    .with_vessel(&vessel, policy)
                    .map_err(|e| self.reroot(e, g, j))?;
                let mut reports = Vec::with_capacity(bases.len());
                let mut years = Vec::with_capacity(bases.len());
                for basis in bases {
                    let report = voyage
                        .report(basis, &self.file.load)
                        .map_err(|e| e.rooted("voyage", &format!("fuel_options[{j}]")))?;
                    let year = ServiceYear::for_ships(&voyage, &report, self.pattern, group.count)
                        .map_err(|e| e.rooted("service", "service"))?;
                    reports.push(report);
                    years.push(year);
                }
                groups.push(GroupRun {
                    vessel: voyage.vessel().name().to_string(),
                    ships: group.count,
                    cii_ship_type: group.cii_ship_type,
                    voyage,
                    reports,
                    years,
                });
            }
            let service_year = bases
                .iter()
                .enumerate()
                .map(|(b, basis)| {
                    let mut co2e = 0.0;
                    let mut mj = 0.0;
                    let mut fuel = 0.0;
                    let mut teu_km = 0.0;
                    let mut t_km = 0.0;
                    for gr in &groups {
                        if let Some(y) = gr.years.get(b) {
                            co2e += y.service_year.co2e().tonnes();
                            mj += y.service_year.emissions.energy.megajoules();
                            fuel += y.service_year.fuel_mass().tonnes();
                            teu_km += y.service_year.transport_work_teu_km.unwrap_or(0.0);
                            t_km += y.service_year.transport_work_t_km.unwrap_or(0.0);
                        }
                    }
                    BasisTotal {
                        basis: basis.name.clone(),
                        co2e_t: co2e,
                        energy_mj: mj,
                        fuel_t: fuel,
                        g_per_teu_km: (teu_km > 0.0).then(|| co2e * 1e6 / teu_km),
                        g_per_t_km: (t_km > 0.0).then(|| co2e * 1e6 / t_km),
                    }
                })
                .collect();
            options.push(OptionRun {
                name: o.name.clone(),
                note: o.note.clone(),
                groups,
                service_year,
            });
        }
        let trajectory = match &self.file.trajectory {
            Some(_) => Some(self.corridor_scenario(&options)?.run()?),
            None => None,
        };
        Ok(ScenarioRun {
            name: self.file.name.clone(),
            bases: bases.iter().map(|b| b.name.clone()).collect(),
            options,
            trajectory,
        })
    }

    /// The trajectory engine's scenario built from the runs (base year = the file's date).
    ///
    /// Each fuel option becomes one [`FuelOption`](crate::trajectory::scenario::FuelOption) with a part per consumer — main engine,
    /// auxiliary engines, boiler — each with the converter class that burned its fuel and
    /// g/kWh = (mass of the pathway that consumer burned in the service-year) / (that
    /// consumer's work); a second pathway of a consumer (pilot or ECA fuel) is its pilot at
    /// its own g/kWh. A consumer with more than two pathways is refused.
    pub fn corridor_scenario(&self, runs: &[OptionRun]) -> Result<CorridorScenario> {
        let t = self
            .file
            .trajectory
            .as_ref()
            .ok_or_else(|| Error::MissingInput {
                field: "trajectory".into(),
                expected: "a trajectory block".into(),
            })?;
        let first = runs.first().ok_or_else(|| Error::Empty {
            field: "fuel_options".into(),
            expected: "at least one fuel option".into(),
        })?;
        let groups: Vec<ServiceBaseline> = first
            .groups
            .iter()
            .filter_map(|g| g.years.first().map(|y| y.baseline.clone()))
            .collect();
        let n = ServiceBaseline::sum(&groups)?;
        n.validate()?;
        let baseline = n.clone();
        let mut options = Vec::with_capacity(runs.len());
        for (j, (run, spec)) in runs.iter().zip(&self.file.fuel_options).enumerate() {
            options.push(options::derive_option(
                run,
                spec,
                &format!("fuel_options[{j}]"),
            )?);
        }
        let c = |s: &Option<Series>, v: f64| -> Result<Series> {
            match s {
                Some(s) => Ok(s.clone()),
                None => Series::constant(v),
            }
        };
        let scenario = CorridorScenario {
            baseline,
            plan: crate::trajectory::plan::ScenarioPlan {
                name: self.file.name.clone(),

                start_year: t.start_year,

                end_year: t.end_year,

                options,

                mix: t.mix.clone(),

                mix_interpolation: t.mix_interpolation,

                demand_growth: c(&t.demand_growth, 0.0)?,

                speed_kn: c(&t.speed_kn, n.speed.knots())?,

                efficiency_gain: c(&t.efficiency_gain, 0.0)?,

                wind_assist_share: c(&t.wind_assist_share, 0.0)?,

                shore_power_share: c(&t.shore_power_share, n.voyage_shore_power_share)?,

                shore_power_price_usd_per_kwh: c(&t.shore_power_price_usd_per_kwh, 0.0)?,

                prices: match &t.prices {
                    Some(p) => p.clone(),
                    None => CarbonPrices::illustrative()?,
                },

                nzf_beyond_2035: t.nzf_beyond_2035,
                description: String::new(),
            },
        };
        scenario
            .validate()
            .map_err(|e| e.rooted("scenario", "trajectory"))?;
        Ok(scenario)
    }
}

fn find_corridor(id: &str, field: &str) -> Result<Corridor> {
    let all = corridors();
    let key = id.trim().to_lowercase();
    let valid = all.iter().map(|c| c.id).collect::<Vec<_>>().join(", ");
    all.into_iter()
        .find(|c| c.id == key)
        .ok_or_else(|| Error::UnknownNameAt {
            field: field.into(),
            kind: "corridor",
            name: id.to_string(),
            valid,
        })
}
