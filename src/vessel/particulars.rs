//! Vessel particulars: a validated [`Vessel`] built from a serde-friendly [`VesselSpec`] or
//! with a [`VesselBuilder`].

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fuel::{ConverterClass, Fuel, FuelFamily, PathwayId};
use crate::units::{
    Length, Mass, MassExt, Power, PowerExt, Ratio, RatioExt, Velocity, VelocityExt, fraction,
};
use crate::vessel::data::power_law::{
    CONTAINER_DELTA_W_ABOVE_TEU, DELTA_W_CRUISE, DELTA_W_LARGE_CONTAINER, DELTA_W_OTHER,
    WEATHER_EFFICIENCY_OTHER, WEATHER_EFFICIENCY_SMALL,
};
use crate::vessel::engine::EngineType;
use crate::vessel::fuel_supply::{FuelSelection, FuelSupply};
use crate::vessel::quantities::{MetresExt, Volume, VolumeExt};
use crate::vessel::sfc::{Consumer, SfcBaseline, baseline_sfc};
use crate::vessel::ship_type::{CapacityMeasure, ShipType, SizeBin};
use crate::vessel::speed_power_curve::SpeedPowerCurve;

/// A ship's capacity in the measures the models need. Give at least the measure of the ship
/// type's size bins ([`ShipType::capacity_measure`]); the others are optional here (the CII
/// needs DWT or GT).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capacity {
    /// Deadweight, t.
    #[serde(
        rename = "dwt_t",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::units::serde_as::option_tonnes"
    )]
    pub deadweight: Option<Mass>,
    /// Gross tonnage (dimensionless).
    #[serde(rename = "gt", default, skip_serializing_if = "Option::is_none")]
    pub gross_tonnage: Option<f64>,
    /// Container capacity, TEU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teu: Option<f64>,
    /// Cargo tank volume, m³ (liquefied gas tankers).
    #[serde(
        rename = "cbm",
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::units::serde_as::option_cubic_metres"
    )]
    pub cargo_volume: Option<Volume>,
}

impl Capacity {
    /// The capacity in `measure`, if given (DWT in t, GT, TEU, m³).
    pub fn value_in(&self, measure: CapacityMeasure) -> Option<f64> {
        match measure {
            CapacityMeasure::Deadweight => self.deadweight.map(|m| m.tonnes()),
            CapacityMeasure::GrossTonnage => self.gross_tonnage,
            CapacityMeasure::Teu => self.teu,
            CapacityMeasure::CubicMetres => self.cargo_volume.map(|v| v.cubic_metres()),
        }
    }

    fn field_of(measure: CapacityMeasure) -> &'static str {
        match measure {
            CapacityMeasure::Deadweight => "vessel.capacity.dwt_t",
            CapacityMeasure::GrossTonnage => "vessel.capacity.gt",
            CapacityMeasure::Teu => "vessel.capacity.teu",
            CapacityMeasure::CubicMetres => "vessel.capacity.cbm",
        }
    }

    fn validate(&self) -> Result<()> {
        for m in [
            CapacityMeasure::Deadweight,
            CapacityMeasure::GrossTonnage,
            CapacityMeasure::Teu,
            CapacityMeasure::CubicMetres,
        ] {
            if let Some(v) = self.value_in(m) {
                crate::error::non_negative(|| Self::field_of(m).into(), v)?;
            }
        }
        Ok(())
    }
}

/// Power of a consumer in each Table 17 phase column, kW.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhasePowers {
    /// At berth, kW.
    #[serde(rename = "at_berth_kw", with = "crate::units::serde_as::kilowatts")]
    pub at_berth: Power,
    /// At anchor, kW.
    #[serde(rename = "at_anchor_kw", with = "crate::units::serde_as::kilowatts")]
    pub at_anchor: Power,
    /// Manoeuvring, kW.
    #[serde(rename = "manoeuvring_kw", with = "crate::units::serde_as::kilowatts")]
    pub manoeuvring: Power,
    /// At sea (slow transit and normal cruising), kW.
    #[serde(rename = "at_sea_kw", with = "crate::units::serde_as::kilowatts")]
    pub at_sea: Power,
}

impl PhasePowers {
    /// From `[berth, anchorage, manoeuvring, sea]` in kW (the Table 17 column order).
    pub fn from_kw(columns: [f64; 4]) -> Self {
        let [b, a, m, s] = columns.map(crate::units::kilowatts);
        Self {
            at_berth: b,
            at_anchor: a,
            manoeuvring: m,
            at_sea: s,
        }
    }

    /// The power of Table 17 column `column` (0 berth … 3 sea).
    pub fn column(&self, column: usize) -> Power {
        match column {
            0 => self.at_berth,
            1 => self.at_anchor,
            2 => self.manoeuvring,
            _ => self.at_sea,
        }
    }

    fn validate(&self, field: &str) -> Result<()> {
        for (name, p) in [
            ("at_berth_kw", self.at_berth),
            ("at_anchor_kw", self.at_anchor),
            ("manoeuvring_kw", self.manoeuvring),
            ("at_sea_kw", self.at_sea),
        ] {
            crate::error::non_negative(|| format!("{field}.{name}"), p.kilowatts())?;
        }
        Ok(())
    }
}

/// The main (propulsion) engine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MainEngine {
    /// Maximum continuous rating (installed propulsion power, W_ref of Eq. 8), kW.
    #[serde(rename = "mcr_kw", with = "crate::units::serde_as::kilowatts")]
    pub mcr: Power,
    /// Engine type.
    pub engine_type: EngineType,
    /// Fuels it can burn.
    pub fuel_supply: FuelSupply,
    /// Measured baseline SFC replacing Table 19 (required for fuel cells).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sfc_baseline: Option<SfcBaseline>,
}

/// The auxiliary engines (generator sets), taken together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuxiliaryEngines {
    /// Engine type (decides the converter class; SFC is the Table 19 auxiliary-engine row).
    #[serde(default = "default_aux_engine")]
    pub engine_type: EngineType,
    /// Fuels they can burn.
    #[serde(default = "default_oil_supply")]
    pub fuel_supply: FuelSupply,
    /// Measured baseline SFC replacing Table 19.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sfc_baseline: Option<SfcBaseline>,
    /// Power by phase replacing the Table 17 defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power: Option<PhasePowers>,
}

impl Default for AuxiliaryEngines {
    fn default() -> Self {
        Self {
            engine_type: default_aux_engine(),
            fuel_supply: default_oil_supply(),
            sfc_baseline: None,
            power: None,
        }
    }
}

/// The oil- or gas-fired boiler(s), taken together (converter class steam turbine / boiler).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Boiler {
    /// Fuels it can burn.
    #[serde(default = "default_oil_supply")]
    pub fuel_supply: FuelSupply,
    /// Measured baseline SFC replacing Table 19.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sfc_baseline: Option<SfcBaseline>,
    /// Power by phase replacing the Table 17 defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power: Option<PhasePowers>,
}

impl Default for Boiler {
    fn default() -> Self {
        Self {
            fuel_supply: default_oil_supply(),
            sfc_baseline: None,
            power: None,
        }
    }
}

fn default_aux_engine() -> EngineType {
    EngineType::MediumSpeedDiesel
}

fn default_oil_supply() -> FuelSupply {
    FuelSupply::mono(FuelFamily::Oil)
}

fn default_fuels() -> FuelSelection {
    FuelSelection::all(PathwayId::Vlsfo)
}

/// How propulsion power follows speed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum PropulsionModel {
    /// Fourth IMO GHG Study 2020 Eq. 8 (admiralty law with draught, weather, fouling and δ_w).
    #[default]
    Imo4,
    /// A sea-trial speed–power curve (with the draught, weather and fouling terms of Eq. 8).
    Curve(SpeedPowerCurve),
}

/// The particulars of a vessel as written in a scenario file. Turn it into a [`Vessel`] with
/// [`Vessel::new`] (which validates it).
///
/// Quantities are written in the domain's units: `mcr_kw`, `design_speed_kn`,
/// `design_draught_m`, `dwt_t`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VesselSpec {
    /// A name for reports.
    pub name: String,
    /// Fourth IMO GHG Study ship type.
    pub ship_type: ShipType,
    /// Capacity (at least the ship type's size measure).
    pub capacity: Capacity,
    /// Year of build (delivery), for the Table 19 SFC band.
    pub build_year: i32,
    /// Reference (design) speed v_ref of Eq. 8, kn.
    #[serde(rename = "design_speed_kn", with = "crate::units::serde_as::knots")]
    pub design_speed: Velocity,
    /// Reference (summer / design) draught T_ref of Eq. 8, m.
    #[serde(rename = "design_draught_m", with = "crate::units::serde_as::metres")]
    pub design_draught: Length,
    /// The main engine.
    pub main_engine: MainEngine,
    /// The auxiliary engines.
    #[serde(default)]
    pub auxiliary_engines: AuxiliaryEngines,
    /// The boiler.
    #[serde(default)]
    pub boiler: Boiler,
    /// How propulsion power follows speed.
    #[serde(default)]
    pub propulsion: PropulsionModel,
    /// Share of propulsion power supplied by wind-assisted propulsion (0 ≤ s < 1).
    #[serde(default = "zero_ratio", with = "crate::units::serde_as::fraction")]
    pub wind_assist_share: Ratio,
    /// Whether the ship can take shore power (OPS) at berth.
    #[serde(default)]
    pub shore_power_capable: bool,
    /// The fuel each converter burns unless an operation says otherwise (default VLSFO).
    #[serde(default = "default_fuels")]
    pub fuels: FuelSelection,
}

fn zero_ratio() -> Ratio {
    fraction(0.0)
}

/// A validated vessel.
///
/// Build one with [`Vessel::builder`] or from a [`VesselSpec`] (serde reads a `Vessel`
/// through its spec and validates it). The derived Eq. 8 factors (η_w, δ_w) and the Table 17
/// size bin are computed once here.
///
/// ```
/// use green_corridor::prelude::*;
/// use green_corridor::vessel::{metres, EngineType, FuelSupply, ShipType, Vessel};
/// use green_corridor::fuel::FuelFamily;
///
/// let ship = Vessel::builder("Example 14,000 TEU", ShipType::Container)
///     .teu(14_000.0)
///     .build_year(2015)
///     .design_speed(knots(23.0))
///     .design_draught(metres(14.5))
///     .main_engine(kilowatts(60_000.0), EngineType::SlowSpeedDiesel, FuelSupply::mono(FuelFamily::Oil))
///     .build()?;
/// assert_eq!(ship.size_bin().map(|b| b.lower), Some(12_000.0));
/// assert!((ship.weather_efficiency() - 0.867).abs() < 1e-12);
/// # Ok::<(), green_corridor::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "VesselSpec", into = "VesselSpec")]
pub struct Vessel {
    spec: VesselSpec,
    size_bin: Option<SizeBin>,
    weather_efficiency: f64,
    delta_w: f64,
}

impl TryFrom<VesselSpec> for Vessel {
    type Error = Error;
    fn try_from(spec: VesselSpec) -> Result<Self> {
        Vessel::new(spec)
    }
}

impl From<Vessel> for VesselSpec {
    fn from(v: Vessel) -> Self {
        v.spec
    }
}

/// Checks `value` is finite and strictly positive.
pub(crate) fn positive(field: impl Fn() -> String, value: f64) -> Result<f64> {
    crate::error::non_negative(&field, value)?;
    if value == 0.0 {
        return Err(Error::OutOfRange {
            field: field(),
            value,
            expected: "a positive value".into(),
        });
    }
    Ok(value)
}

/// Build years the crate accepts (Table 19 bands cover every year; this bounds typos).
const BUILD_YEARS: (i32, i32) = (1900, 2100);

impl Vessel {
    /// A validated vessel from its particulars.
    ///
    /// Errors (each naming the field): a NaN, zero or negative design speed, design draught or
    /// MCR; a negative capacity, or a missing capacity in the ship type's size measure; a build
    /// year outside 1900–2100; a wind share outside 0 ≤ s < 1; a bad pilot share or SFC
    /// baseline; a default fuel a converter cannot burn; a converter with no SFC for its
    /// default fuel (a fuel cell without a baseline).
    pub fn new(spec: VesselSpec) -> Result<Self> {
        positive(
            || "vessel.design_speed_kn".into(),
            spec.design_speed.knots(),
        )?;
        positive(
            || "vessel.design_draught_m".into(),
            spec.design_draught.metres(),
        )?;
        positive(
            || "vessel.main_engine.mcr_kw".into(),
            spec.main_engine.mcr.kilowatts(),
        )?;
        if !(BUILD_YEARS.0..=BUILD_YEARS.1).contains(&spec.build_year) {
            return Err(Error::OutOfRange {
                field: "vessel.build_year".into(),
                value: f64::from(spec.build_year),
                expected: format!("a year from {} to {}", BUILD_YEARS.0, BUILD_YEARS.1),
            });
        }
        spec.capacity.validate()?;
        let measure = spec.ship_type.capacity_measure();
        let capacity = spec.capacity.value_in(measure);
        let needs_capacity =
            spec.ship_type.has_size_bins() || spec.ship_type.power_factors_depend_on_size();
        let size_bin = match capacity {
            Some(c) => Some(spec.ship_type.size_bin(c)?),
            None if needs_capacity => {
                return Err(Error::MissingInput {
                    field: Capacity::field_of(measure).into(),
                    expected: format!(
                        "the {} of this {}: its Table 17 size bin and Eq. 8 factors depend on it",
                        measure.unit(),
                        spec.ship_type
                    ),
                });
            }
            None => spec.ship_type.size_bin(0.0).ok(),
        };
        let size = capacity.unwrap_or(0.0);
        let weather_efficiency = if spec.ship_type.is_small_for_weather(size) {
            WEATHER_EFFICIENCY_SMALL
        } else {
            WEATHER_EFFICIENCY_OTHER
        };
        let delta_w = match spec.ship_type {
            ShipType::Container if size > CONTAINER_DELTA_W_ABOVE_TEU => DELTA_W_LARGE_CONTAINER,
            ShipType::Cruise => DELTA_W_CRUISE,
            _ => DELTA_W_OTHER,
        };
        let wind = spec.wind_assist_share.value();
        crate::error::finite(|| "vessel.wind_assist_share".into(), wind)?;
        if !(0.0..1.0).contains(&wind) {
            return Err(Error::OutOfRange {
                field: "vessel.wind_assist_share".into(),
                value: wind,
                expected: "a share of propulsion power from 0 to below 1".into(),
            });
        }
        if let Some(p) = &spec.auxiliary_engines.power {
            p.validate("vessel.auxiliary_engines.power")?;
        }
        if let Some(p) = &spec.boiler.power {
            p.validate("vessel.boiler.power")?;
        }
        let vessel = Self {
            spec,
            size_bin,
            weather_efficiency,
            delta_w,
        };
        for consumer in [
            Consumer::MainEngine,
            Consumer::AuxiliaryEngines,
            Consumer::Boiler,
        ] {
            let (supply, _, _) = vessel.converter(consumer);
            supply.validate(&format!("vessel.{}.fuel_supply", consumer.name()))?;
        }
        vessel.check_fuels(&vessel.spec.fuels, "vessel.fuels")?;
        Ok(vessel)
    }

    /// A builder for a vessel of `ship_type`.
    pub fn builder(name: &str, ship_type: ShipType) -> VesselBuilder {
        VesselBuilder::new(name, ship_type)
    }

    /// The particulars.
    pub fn spec(&self) -> &VesselSpec {
        &self.spec
    }

    /// The name.
    pub fn name(&self) -> &str {
        &self.spec.name
    }

    /// The ship type.
    pub fn ship_type(&self) -> ShipType {
        self.spec.ship_type
    }

    /// The Table 17 size bin (`None` only for single-bin types given no capacity — they still
    /// have their one bin, so in practice always `Some`).
    pub fn size_bin(&self) -> Option<SizeBin> {
        self.size_bin
    }

    /// The weather efficiency η_w of Eq. 8 (0.909 small ships, 0.867 others; Fourth IMO GHG
    /// Study 2020).
    pub fn weather_efficiency(&self) -> f64 {
        self.weather_efficiency
    }

    /// The speed–power correction δ_w of Eq. 8 (0.75 containers > 14,500 TEU, 0.70 cruise,
    /// 1 otherwise; Fourth IMO GHG Study 2020).
    pub fn delta_w(&self) -> f64 {
        self.delta_w
    }

    /// Main-engine MCR.
    pub fn mcr(&self) -> Power {
        self.spec.main_engine.mcr
    }

    /// (fuel supply, engine type, SFC baseline) of a consumer.
    pub(crate) fn converter(
        &self,
        consumer: Consumer,
    ) -> (&FuelSupply, EngineType, Option<&SfcBaseline>) {
        match consumer {
            Consumer::MainEngine => (
                &self.spec.main_engine.fuel_supply,
                self.spec.main_engine.engine_type,
                self.spec.main_engine.sfc_baseline.as_ref(),
            ),
            Consumer::AuxiliaryEngines => (
                &self.spec.auxiliary_engines.fuel_supply,
                self.spec.auxiliary_engines.engine_type,
                self.spec.auxiliary_engines.sfc_baseline.as_ref(),
            ),
            Consumer::Boiler => (
                &self.spec.boiler.fuel_supply,
                EngineType::SteamTurbine,
                self.spec.boiler.sfc_baseline.as_ref(),
            ),
        }
    }

    /// The FuelEU converter class of a consumer (boilers: steam turbine / boiler).
    pub fn converter_class(&self, consumer: Consumer) -> ConverterClass {
        match consumer {
            Consumer::Boiler => ConverterClass::SteamTurbineOrBoiler,
            c => self.converter(c).1.converter_class(),
        }
    }

    /// Checks that every converter can burn its fuel in `fuels` and that an SFC exists for it;
    /// `field` prefixes error paths (`operation.fuels.main`).
    pub fn check_fuels(&self, fuels: &FuelSelection, field: &str) -> Result<()> {
        for (consumer, fuel, name) in [
            (Consumer::MainEngine, &fuels.main, "main"),
            (Consumer::AuxiliaryEngines, &fuels.auxiliary, "auxiliary"),
            (Consumer::Boiler, &fuels.boiler, "boiler"),
        ] {
            self.check_fuel(consumer, fuel, &format!("{field}.{name}"))?;
        }
        Ok(())
    }

    fn check_fuel(&self, consumer: Consumer, fuel: &Fuel, field: &str) -> Result<()> {
        let (supply, engine, baseline) = self.converter(consumer);
        supply.burn_mode(self.converter_class(consumer), &fuel.pathway, field)?;
        baseline_sfc(
            consumer,
            engine,
            &fuel.pathway,
            self.spec.build_year,
            baseline,
            &format!("vessel.{}", consumer.name()),
        )?;
        Ok(())
    }
}

/// Builds a [`Vessel`] step by step; [`build`](Self::build) validates.
///
/// Required: build year, design speed, design draught, main engine, and the capacity in the
/// ship type's size measure. Defaults: medium-speed diesel auxiliary engines and a boiler, both
/// mono-fuel oil with Table 17 power; Eq. 8 propulsion; no wind assist; no shore power;
/// VLSFO in every converter.
#[derive(Debug, Clone)]
pub struct VesselBuilder {
    name: String,
    ship_type: ShipType,
    capacity: Capacity,
    build_year: Option<i32>,
    design_speed: Option<Velocity>,
    design_draught: Option<Length>,
    main_engine: Option<MainEngine>,
    auxiliary_engines: AuxiliaryEngines,
    boiler: Boiler,
    propulsion: PropulsionModel,
    wind_assist_share: Ratio,
    shore_power_capable: bool,
    fuels: FuelSelection,
}

impl VesselBuilder {
    fn new(name: &str, ship_type: ShipType) -> Self {
        Self {
            name: name.to_string(),
            ship_type,
            capacity: Capacity::default(),
            build_year: None,
            design_speed: None,
            design_draught: None,
            main_engine: None,
            auxiliary_engines: AuxiliaryEngines::default(),
            boiler: Boiler::default(),
            propulsion: PropulsionModel::Imo4,
            wind_assist_share: zero_ratio(),
            shore_power_capable: false,
            fuels: default_fuels(),
        }
    }

    /// Deadweight.
    pub fn deadweight(mut self, dwt: Mass) -> Self {
        self.capacity.deadweight = Some(dwt);
        self
    }

    /// Gross tonnage.
    pub fn gross_tonnage(mut self, gt: f64) -> Self {
        self.capacity.gross_tonnage = Some(gt);
        self
    }

    /// Container capacity, TEU.
    pub fn teu(mut self, teu: f64) -> Self {
        self.capacity.teu = Some(teu);
        self
    }

    /// Cargo tank volume.
    pub fn cargo_volume(mut self, volume: Volume) -> Self {
        self.capacity.cargo_volume = Some(volume);
        self
    }

    /// Year of build.
    pub fn build_year(mut self, year: i32) -> Self {
        self.build_year = Some(year);
        self
    }

    /// Reference (design) speed.
    pub fn design_speed(mut self, speed: Velocity) -> Self {
        self.design_speed = Some(speed);
        self
    }

    /// Reference (summer / design) draught.
    pub fn design_draught(mut self, draught: Length) -> Self {
        self.design_draught = Some(draught);
        self
    }

    /// The main engine: MCR, type and the fuels it can burn.
    pub fn main_engine(
        mut self,
        mcr: Power,
        engine_type: EngineType,
        fuel_supply: FuelSupply,
    ) -> Self {
        self.main_engine = Some(MainEngine {
            mcr,
            engine_type,
            fuel_supply,
            sfc_baseline: None,
        });
        self
    }

    /// A measured main-engine SFC baseline (call after [`main_engine`](Self::main_engine)).
    pub fn main_engine_sfc_baseline(mut self, baseline: SfcBaseline) -> Self {
        if let Some(me) = self.main_engine.as_mut() {
            me.sfc_baseline = Some(baseline);
        }
        self
    }

    /// The auxiliary engines' type and fuels.
    pub fn auxiliary_engines(mut self, engine_type: EngineType, fuel_supply: FuelSupply) -> Self {
        self.auxiliary_engines.engine_type = engine_type;
        self.auxiliary_engines.fuel_supply = fuel_supply;
        self
    }

    /// Auxiliary power by phase, replacing Table 17.
    pub fn auxiliary_power(mut self, power: PhasePowers) -> Self {
        self.auxiliary_engines.power = Some(power);
        self
    }

    /// The boiler's fuels.
    pub fn boiler(mut self, fuel_supply: FuelSupply) -> Self {
        self.boiler.fuel_supply = fuel_supply;
        self
    }

    /// Boiler power by phase, replacing Table 17.
    pub fn boiler_power(mut self, power: PhasePowers) -> Self {
        self.boiler.power = Some(power);
        self
    }

    /// Use a sea-trial speed–power curve instead of Eq. 8's cube law.
    pub fn speed_power_curve(mut self, curve: SpeedPowerCurve) -> Self {
        self.propulsion = PropulsionModel::Curve(curve);
        self
    }

    /// Share of propulsion power supplied by wind (0 ≤ s < 1).
    pub fn wind_assist_share(mut self, share: f64) -> Self {
        self.wind_assist_share = fraction(share);
        self
    }

    /// Whether the ship can take shore power at berth.
    pub fn shore_power_capable(mut self, capable: bool) -> Self {
        self.shore_power_capable = capable;
        self
    }

    /// The fuel each converter burns by default.
    pub fn fuels(mut self, fuels: FuelSelection) -> Self {
        self.fuels = fuels;
        self
    }

    /// The validated vessel (see [`Vessel::new`] for the errors; a missing required
    /// particular is [`Error::MissingInput`]).
    pub fn build(self) -> Result<Vessel> {
        let missing = |field: &str, what: &str| Error::MissingInput {
            field: field.into(),
            expected: what.into(),
        };
        Vessel::new(VesselSpec {
            name: self.name,
            ship_type: self.ship_type,
            capacity: self.capacity,
            build_year: self
                .build_year
                .ok_or_else(|| missing("vessel.build_year", "the year of build (Table 19 band)"))?,
            design_speed: self
                .design_speed
                .ok_or_else(|| missing("vessel.design_speed_kn", "the design speed v_ref"))?,
            design_draught: self
                .design_draught
                .ok_or_else(|| missing("vessel.design_draught_m", "the design draught T_ref"))?,
            main_engine: self
                .main_engine
                .ok_or_else(|| missing("vessel.main_engine", "MCR, engine type and fuel supply"))?,
            auxiliary_engines: self.auxiliary_engines,
            boiler: self.boiler,
            propulsion: self.propulsion,
            wind_assist_share: self.wind_assist_share,
            shore_power_capable: self.shore_power_capable,
            fuels: self.fuels,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::{kilowatts, knots, tonnes};
    use crate::vessel::metres;

    fn builder() -> VesselBuilder {
        Vessel::builder("t", ShipType::OilTanker)
            .deadweight(tonnes(50_000.0))
            .build_year(2010)
            .design_speed(knots(14.5))
            .design_draught(metres(12.0))
            .main_engine(
                kilowatts(9_000.0),
                EngineType::SlowSpeedDiesel,
                FuelSupply::mono(FuelFamily::Oil),
            )
    }

    fn field_of(e: Error) -> String {
        match e {
            Error::NonFinite { field, .. }
            | Error::Negative { field, .. }
            | Error::OutOfRange { field, .. }
            | Error::MissingInput { field, .. }
            | Error::IncompatibleConverter { field, .. }
            | Error::YearOutOfRange { field, .. } => field,
            other => format!("unexpected {other:?}"),
        }
    }

    #[test]
    fn bad_particulars_name_the_field() {
        let mcr = |kw: f64| {
            builder()
                .main_engine(
                    kilowatts(kw),
                    EngineType::SlowSpeedDiesel,
                    FuelSupply::mono(FuelFamily::Oil),
                )
                .build()
                .unwrap_err()
        };
        assert_eq!(field_of(mcr(0.0)), "vessel.main_engine.mcr_kw");
        assert_eq!(field_of(mcr(-5.0)), "vessel.main_engine.mcr_kw");
        assert_eq!(field_of(mcr(f64::NAN)), "vessel.main_engine.mcr_kw");
        let e = builder().design_speed(knots(0.0)).build().unwrap_err();
        assert_eq!(field_of(e), "vessel.design_speed_kn");
        let e = builder().design_draught(metres(-1.0)).build().unwrap_err();
        assert_eq!(field_of(e), "vessel.design_draught_m");
        let e = builder().deadweight(tonnes(f64::NAN)).build().unwrap_err();
        assert_eq!(field_of(e), "vessel.capacity.dwt_t");
        let e = builder().build_year(1850).build().unwrap_err();
        assert_eq!(field_of(e), "vessel.build_year");
        let e = builder().wind_assist_share(1.0).build().unwrap_err();
        assert_eq!(field_of(e), "vessel.wind_assist_share");
        // Containers need TEU.
        let e = Vessel::builder("c", ShipType::Container)
            .deadweight(tonnes(100_000.0))
            .build_year(2010)
            .design_speed(knots(20.0))
            .design_draught(metres(12.0))
            .main_engine(
                kilowatts(40_000.0),
                EngineType::SlowSpeedDiesel,
                FuelSupply::mono(FuelFamily::Oil),
            )
            .build()
            .unwrap_err();
        assert_eq!(field_of(e), "vessel.capacity.teu");
        let e = Vessel::builder("c", ShipType::Container)
            .build()
            .unwrap_err();
        assert_eq!(field_of(e), "vessel.build_year");
    }

    #[test]
    fn a_default_fuel_the_converter_cannot_burn_is_refused() {
        // LNG in a mono-fuel diesel vessel.
        let e = builder()
            .fuels(FuelSelection::all(PathwayId::Lng))
            .build()
            .unwrap_err();
        assert!(matches!(e, Error::IncompatibleConverter { .. }));
        assert_eq!(field_of(e), "vessel.fuels.main");
        // A fuel-cell main engine without an SFC baseline.
        let e = builder()
            .main_engine(
                kilowatts(2_000.0),
                EngineType::FuelCellElectric,
                FuelSupply::mono(FuelFamily::Hydrogen),
            )
            .fuels(FuelSelection::main_and_others(
                PathwayId::EH2,
                PathwayId::MdoMgo,
            ))
            .build()
            .unwrap_err();
        assert_eq!(field_of(e), "vessel.main_engine.sfc_baseline");
        let ok = builder()
            .main_engine(
                kilowatts(2_000.0),
                EngineType::FuelCellElectric,
                FuelSupply::mono(FuelFamily::Hydrogen),
            )
            .main_engine_sfc_baseline(SfcBaseline::new(PathwayId::EH2, 60.0).unwrap())
            .fuels(FuelSelection::main_and_others(
                PathwayId::EH2,
                PathwayId::MdoMgo,
            ))
            .build();
        assert!(ok.is_ok());
    }

    #[test]
    fn serde_round_trip_and_unknown_fields() {
        let v = builder().wind_assist_share(0.05).build().unwrap();
        let json = serde_json::to_string(&v).unwrap();
        let back: Vessel = serde_json::from_str(&json).unwrap();
        assert_eq!(back, v);
        let typo = json.replacen("\"build_year\"", "\"built\":1,\"build_year\"", 1);
        assert!(serde_json::from_str::<Vessel>(&typo).is_err());
        let bad = json.replacen("\"mcr_kw\":9000.0", "\"mcr_kw\":-1.0", 1);
        assert_ne!(bad, json);
        let err = serde_json::from_str::<Vessel>(&bad).unwrap_err();
        assert!(err.to_string().contains("vessel.main_engine.mcr_kw"));
        // A minimal scenario-file vessel.
        let minimal = r#"{
            "name": "Kamsarmax", "ship_type": "bulk", "capacity": {"dwt_t": 82000},
            "build_year": 2014, "design_speed_kn": 14.2, "design_draught_m": 14.4,
            "main_engine": {"mcr_kw": 9480, "engine_type": "slow_speed_diesel",
                            "fuel_supply": {"mono_fuel": {"family": "oil"}}}
        }"#;
        let v: Vessel = serde_json::from_str(minimal).unwrap();
        assert_eq!(v.ship_type(), ShipType::Bulk);
    }

    #[test]
    fn lng_tanker_burns_in_its_otto_class() {
        let v = Vessel::builder("lng", ShipType::LiquefiedGasTanker)
            .cargo_volume(crate::vessel::cubic_metres(174_000.0))
            .build_year(2018)
            .design_speed(knots(19.5))
            .design_draught(metres(11.5))
            .main_engine(
                kilowatts(30_000.0),
                EngineType::LngOttoSlowSpeed,
                FuelSupply::dual(FuelFamily::Methane, PathwayId::MdoMgo, 0.01).unwrap(),
            )
            .build()
            .unwrap();
        assert_eq!(
            v.converter_class(Consumer::MainEngine),
            ConverterClass::LngOttoSlowSpeed
        );
    }
}
