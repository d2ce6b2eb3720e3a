//! The scenario engine: a corridor service projected year by year.
//!
//! A [`CorridorScenario`] starts from a [`ServiceBaseline`] — one year of the service at its
//! base-year activity, as work delivered by the engines (kWh) at sea and at berth, from the
//! voyage model or from reported data — and applies, year by year:
//!
//! * demand growth g_y: activity factor a_y = Π_{t ≤ y} (1 + g_t), the cargo and sailing that
//!   grow with it (more calls or more ships at the same distance per voyage);
//! * speed v_y: propulsion work per distance ∝ (v_y/v_0)² (propulsion power ∝ v³ — Fourth IMO
//!   GHG Study Eq. 8 — and time at sea ∝ 1/v); auxiliary work at sea ∝ time ∝ v_0/v_y;
//! * efficiency gains e_y: propulsion work × Π_{t ≤ y} (1 − e_t) (hull, propeller, retrofits);
//! * wind assistance w_y: propulsion work × (1 − w_y), and the FuelEU wind reward for w_y;
//! * shore power s_y: that share of the berth work comes from shore electricity (kWh → MJ);
//! * a fuel mix: shares of the work delivered by each [`FuelOption`] (fuel, converter, SFC,
//!   pilot fuel, price).
//!
//! Each year gives a [`FuelLedger`] (labelled `sea` and `berth` with their EU scope shares)
//! that every accounting basis and regulation reads.

use serde::{Deserialize, Serialize};

use crate::emissions::AccountingBasis;
use crate::error::{Error, Result};
use crate::fuel::{Converter, Fuel};
use crate::ledger::{FuelLedger, Regime};
use crate::regulation;
use crate::trajectory::pathway::Interpolation;
pub use crate::trajectory::plan::ScenarioPlan;
use crate::trajectory::series::Series;
use crate::units::{
    Energy, EnergyExt, IntensityExt, LcvExt, MassExt, Money, SfcExt, SpecificFuelConsumption, Usd,
    VelocityExt, kilowatt_hours, usd,
};
use crate::vessel::Consumer;

/// Largest scenario span the engine accepts, in years (a guard against hostile input).
pub const MAX_SCENARIO_YEARS: i32 = 200;
/// Largest number of fuel options in one scenario.
pub const MAX_FUEL_OPTIONS: usize = 64;
/// Largest number of mix points in one scenario.
pub const MAX_MIX_POINTS: usize = 1_000;

pub use crate::voyage::baseline::{RegimeShares, ServiceBaseline};

/// Pilot fuel burned with the main fuel of a dual-fuel engine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PilotFuel {
    /// The pilot fuel (usually MGO).
    pub fuel: Fuel,
    /// Pilot fuel per unit of work, g/kWh.
    #[serde(rename = "sfc_g_per_kwh", with = "crate::units::serde_as::g_per_kwh")]
    pub sfc: SpecificFuelConsumption,
    /// Price of the pilot fuel, USD per GJ (LHV), by year.
    pub price_usd_per_gj: Series,
    /// The share of the pilot burned at low main-engine load, in its own converter state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_load: Option<LowLoadBurn>,
}

/// A share of one fuel's mass burned in a second state of the same converter: on a fuel option
/// derived from the voyage model, the main engine's fuel burned below 20 % load, whose
/// converter carries the low-load CH4 and N2O factors (Fourth IMO GHG Study 2020, after
/// Starcrest/ICCT; `vessel::LowLoadAdjustment`), mass-weighted over the load bins.
///
/// With share s and per-gram terms k (fuel, converter, basis), the fuel's terms are
/// (1 − s)·k(converter) + s·k(`converter` here): every emission term is linear in mass, so a
/// projection's base year reproduces the voyage's ledger exactly.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LowLoadBurn {
    /// The share of the fuel's mass burned in this state, 0–1.
    pub mass_share: f64,
    /// The converter in this state (the same class, with its low-load overrides).
    pub converter: Converter,
}

impl LowLoadBurn {
    /// Checks the share is within 0–1, the converter's overrides are valid and the class is
    /// the one of `base` (field path `field`).
    pub fn validate(&self, field: &str, base: Converter) -> Result<()> {
        crate::error::in_range(|| format!("{field}.mass_share"), self.mass_share, 0.0, 1.0)?;
        self.converter
            .overrides
            .validate(&format!("{field}.converter.overrides"))?;
        if self.converter.class != base.class {
            return Err(Error::IncompatibleConverter {
                field: format!("{field}.converter"),
                pathway: "its fuel".into(),
                converter: self.converter.class.name().to_string(),
                reason: format!(
                    "a low-load state keeps the part's converter class, {}",
                    base.class.name()
                ),
            });
        }
        Ok(())
    }
}

/// The converter states a fuel is burned in, with their shares of its mass: `converter` alone,
/// or `converter` for 1 − s and the low-load state for s.
pub fn converter_states(
    converter: Converter,
    low_load: Option<&LowLoadBurn>,
) -> [(Converter, f64); 2] {
    match low_load {
        Some(l) => [(converter, 1.0 - l.mass_share), (l.converter, l.mass_share)],
        None => [(converter, 1.0), (converter, 0.0)],
    }
}

/// The fuel of one consumer of a [`FuelOption`] other than the main engine: the auxiliary
/// engines or the boiler, each with its own converter class (an LNG-Otto genset slips 3.1 %
/// of its methane, a high-pressure LNG-Diesel main engine 0.2 %; an oil-only boiler burns MGO).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsumerFuel {
    /// The fuel.
    pub fuel: Fuel,
    /// The converter that burns it.
    pub converter: Converter,
    /// Consumption per unit of the consumer's work, g/kWh.
    #[serde(rename = "sfc_g_per_kwh", with = "crate::units::serde_as::g_per_kwh")]
    pub sfc: SpecificFuelConsumption,
    /// Pilot fuel, for dual-fuel converters.
    #[serde(default)]
    pub pilot: Option<PilotFuel>,
    /// Price of the fuel, USD per GJ (LHV), by year.
    pub price_usd_per_gj: Series,
    /// The share of the fuel burned at low load, in its own converter state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_load: Option<LowLoadBurn>,
}

/// One consumer's part of a fuel option, borrowed: fuel, converter, SFC, pilot, price.
#[derive(Debug, Clone, Copy)]
pub struct OptionPart<'a> {
    /// Which consumer.
    pub consumer: Consumer,
    /// Its fuel.
    pub fuel: &'a Fuel,
    /// Its converter.
    pub converter: Converter,
    /// Its consumption per unit of its work.
    pub sfc: SpecificFuelConsumption,
    /// Its pilot fuel.
    pub pilot: Option<&'a PilotFuel>,
    /// Its fuel's price.
    pub price_usd_per_gj: &'a Series,
    /// The share of its fuel burned at low load (a consumer that borrows the main engine's
    /// fuel does not borrow the main engine's low-load state).
    pub low_load: Option<&'a LowLoadBurn>,
    /// The share of its pilot fuel burned at low load (likewise its own only).
    pub pilot_low_load: Option<&'a LowLoadBurn>,
}

/// A way of delivering the service's work: a fuel in a converter at a specific consumption,
/// with its price — for the main engine, and for the auxiliary engines and the boiler either
/// the same or their own ([`ConsumerFuel`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FuelOption {
    /// Name shown in reports (e.g. "e-methanol").
    pub name: String,
    /// The main fuel.
    pub fuel: Fuel,
    /// The converter that burns it.
    pub converter: Converter,
    /// Main-fuel consumption per unit of work, g/kWh.
    #[serde(rename = "sfc_g_per_kwh", with = "crate::units::serde_as::g_per_kwh")]
    pub sfc: SpecificFuelConsumption,
    /// Pilot fuel, for dual-fuel engines.
    #[serde(default)]
    pub pilot: Option<PilotFuel>,
    /// Price of the main fuel, USD per GJ (LHV), by year.
    pub price_usd_per_gj: Series,
    /// The share of the main fuel the main engine burned at low load (options derived from
    /// the voyage model; `None` in files that do not model it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_load: Option<LowLoadBurn>,
    /// The auxiliary engines' own fuel; `None`: they burn the main engine's fuel in the main
    /// engine's converter at its SFC (say so in the file, or give their own).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auxiliary: Option<ConsumerFuel>,
    /// The boiler's own fuel; `None`: as the auxiliary engines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub boiler: Option<ConsumerFuel>,
}

impl FuelOption {
    /// The part of consumer `c`: the main engine's fields, or the auxiliary engines' or
    /// boiler's own [`ConsumerFuel`] when given (a boiler without its own takes the auxiliary
    /// engines').
    pub fn part(&self, c: Consumer) -> OptionPart<'_> {
        let own = match c {
            Consumer::MainEngine => None,
            Consumer::AuxiliaryEngines => self.auxiliary.as_ref(),
            Consumer::Boiler => self.boiler.as_ref().or(self.auxiliary.as_ref()),
        };
        let own_state = c == Consumer::MainEngine;
        match own {
            Some(f) => OptionPart {
                consumer: c,
                fuel: &f.fuel,
                converter: f.converter,
                sfc: f.sfc,
                pilot: f.pilot.as_ref(),
                price_usd_per_gj: &f.price_usd_per_gj,
                low_load: f.low_load.as_ref(),
                pilot_low_load: f.pilot.as_ref().and_then(|p| p.low_load.as_ref()),
            },
            None => OptionPart {
                consumer: c,
                fuel: &self.fuel,
                converter: self.converter,
                sfc: self.sfc,
                pilot: self.pilot.as_ref(),
                price_usd_per_gj: &self.price_usd_per_gj,
                low_load: own_state.then_some(self.low_load.as_ref()).flatten(),
                pilot_low_load: own_state
                    .then_some(self.pilot.as_ref().and_then(|p| p.low_load.as_ref()))
                    .flatten(),
            },
        }
    }

    /// The three parts, main engine first.
    pub fn parts(&self) -> [OptionPart<'_>; 3] {
        [
            self.part(Consumer::MainEngine),
            self.part(Consumer::AuxiliaryEngines),
            self.part(Consumer::Boiler),
        ]
    }
}

/// The fuel mix in one year: shares of the work delivered by each option (sum to 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MixPoint {
    /// The year from which (step) or at which (linear) the shares hold.
    pub year: i32,
    /// One share per fuel option, in the order of `CorridorScenario::options`.
    pub shares: Vec<f64>,
}

/// Carbon prices and the exchange rate, by year: the time series of
/// [`regulation::Prices`] ([`CarbonPrices::at`] gives one year's).
/// All are user inputs: the crate ships no price forecast. [`CarbonPrices::illustrative`]
/// gives round numbers for examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CarbonPrices {
    /// EU allowance price, EUR per t CO2e.
    pub eua_eur_per_t: Series,
    /// Exchange rate, USD per EUR.
    pub usd_per_eur: Series,
    /// IMO NZF tier 1 remedial unit price, USD per t CO2e (draft: 100 for 2028–2030).
    pub nzf_tier1_usd_per_t: Series,
    /// IMO NZF tier 2 remedial unit price, USD per t CO2e (draft: 380 for 2028–2030).
    pub nzf_tier2_usd_per_t: Series,
}

impl CarbonPrices {
    /// The prices of `year` as the regulations take them (costs in euro).
    pub fn at(&self, year: i32) -> regulation::Prices {
        regulation::Prices {
            currency: regulation::Currency::Eur,
            usd_per_eur: self.usd_per_eur.value(year),
            eua_price_eur_per_t: self.eua_eur_per_t.value(year),
            nzf_tier1_usd_per_t: self.nzf_tier1_usd_per_t.value(year),
            nzf_tier2_usd_per_t: self.nzf_tier2_usd_per_t.value(year),
        }
    }

    /// ILLUSTRATIVE prices for examples: [`regulation::Prices::illustrative`] held flat in every
    /// year (EUA EUR 75/t, USD 1.10 per EUR, NZF remedial units at the MEPC 83 draft prices
    /// USD 100 / 380 per t CO2e, which the draft sets for 2028–2030 only).
    pub fn illustrative() -> Result<Self> {
        Self::constant(&regulation::Prices::illustrative())
    }

    /// `prices` held flat in every year.
    pub fn constant(prices: &regulation::Prices) -> Result<Self> {
        Ok(Self {
            eua_eur_per_t: Series::constant(prices.eua_price_eur_per_t)?,
            usd_per_eur: Series::constant(prices.usd_per_eur)?,
            nzf_tier1_usd_per_t: Series::constant(prices.nzf_tier1_usd_per_t)?,
            nzf_tier2_usd_per_t: Series::constant(prices.nzf_tier2_usd_per_t)?,
        })
    }

    fn validate(&self) -> Result<()> {
        self.eua_eur_per_t
            .check_range("scenario.prices.eua_eur_per_t", 0.0, 1e5)?;
        self.usd_per_eur
            .check_range("scenario.prices.usd_per_eur", 1e-6, 1e3)?;
        self.nzf_tier1_usd_per_t
            .check_range("scenario.prices.nzf_tier1_usd_per_t", 0.0, 1e5)?;
        self.nzf_tier2_usd_per_t
            .check_range("scenario.prices.nzf_tier2_usd_per_t", 0.0, 1e5)
    }
}

/// What the scenario does with the draft IMO Net-Zero Framework after 2035, the last year its
/// approved text gives a direct-compliance target.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NzfBeyondTable {
    /// No NZF costs after 2035 (the draft defines none): carbon costs are then a lower bound.
    #[default]
    NotApplied,
    /// Hold the 2035 base and direct-compliance targets (65.310 / 53.181 gCO2e/MJ) for every
    /// later year — an explicit scenario assumption, not the regulation text.
    HoldLastTargets,
}

/// The NZF (base, direct-compliance) targets in gCO2e/MJ that a scenario applies in `year`:
/// the draft's table for 2028–2035, the 2035 targets after 2035 under
/// [`NzfBeyondTable::HoldLastTargets`], none otherwise.
pub fn nzf_targets(year: i32, beyond: NzfBeyondTable) -> Result<Option<(f64, f64)>> {
    let from_table = |y: i32| -> Result<Option<(f64, f64)>> {
        match regulation::imo_nzf::targets(y) {
            Ok(t) => Ok(t
                .direct_compliance
                .map(|dc| (t.base.g_per_mj(), dc.g_per_mj()))),
            Err(Error::YearOutOfRange { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    };
    match from_table(year)? {
        Some(t) => Ok(Some(t)),
        None if year > 2035 && beyond == NzfBeyondTable::HoldLastTargets => from_table(2035),
        None => Ok(None),
    }
}

/// A corridor service projected year by year: the voyage layer's [`ServiceBaseline`] and a
/// [`ScenarioPlan`] — the one scenario type (a plan file applies to any baseline). In files
/// the plan's fields sit beside `baseline`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorridorScenario {
    /// The service in its base year.
    pub baseline: ServiceBaseline,
    /// Everything else: years, fuel options, mix, growth, speed, efficiency, wind, shore
    /// power, prices, the NZF after 2035.
    #[serde(flatten)]
    pub plan: ScenarioPlan,
}

impl CorridorScenario {
    /// Checks the scenario: years in order and within [`MAX_SCENARIO_YEARS`], at least one
    /// option, mix shares one per option and summing to 1, growth above −100 %, positive speeds,
    /// shares in [0, 1].
    pub fn validate(&self) -> Result<()> {
        self.baseline.validate()?;
        // Years first, in the crate's documented range, so that no year arithmetic below
        // (spans, activity products from the baseline year) can overflow or run unbounded.
        use crate::numeric::years::check_year;
        check_year("baseline.year", self.baseline.year)?;
        check_year("scenario.start_year", self.plan.start_year)?;
        check_year("scenario.end_year", self.plan.end_year)?;
        for (i, m) in self.plan.mix.iter().enumerate() {
            check_year(&format!("scenario.mix[{i}].year"), m.year)?;
        }
        if self.plan.end_year < self.plan.start_year {
            return Err(Error::OutOfRange {
                field: "scenario.end_year".into(),
                value: f64::from(self.plan.end_year),
                expected: format!("a year not before start_year {}", self.plan.start_year),
            });
        }
        if self.plan.end_year - self.plan.start_year > MAX_SCENARIO_YEARS {
            return Err(Error::OutOfRange {
                field: "scenario.end_year".into(),
                value: f64::from(self.plan.end_year),
                expected: format!("at most {MAX_SCENARIO_YEARS} years after start_year"),
            });
        }
        if self.plan.start_year < self.baseline.year {
            return Err(Error::OutOfRange {
                field: "scenario.start_year".into(),
                value: f64::from(self.plan.start_year),
                expected: format!("a year not before the baseline year {}", self.baseline.year),
            });
        }
        if self.plan.options.is_empty() || self.plan.options.len() > MAX_FUEL_OPTIONS {
            return Err(Error::OutOfRange {
                field: "scenario.options".into(),
                value: self.plan.options.len() as f64,
                expected: format!("1 to {MAX_FUEL_OPTIONS} fuel options"),
            });
        }
        for (i, o) in self.plan.options.iter().enumerate() {
            crate::error::non_negative(
                || format!("scenario.options[{i}].sfc_g_per_kwh"),
                o.sfc.g_per_kwh(),
            )?;
            if let Some(p) = &o.pilot {
                p.price_usd_per_gj.check_range(
                    &format!("scenario.options[{i}].pilot.price_usd_per_gj"),
                    0.0,
                    1e6,
                )?;
                crate::error::non_negative(
                    || format!("scenario.options[{i}].pilot.sfc_g_per_kwh"),
                    p.sfc.g_per_kwh(),
                )?;
            }
            o.price_usd_per_gj.check_range(
                &format!("scenario.options[{i}].price_usd_per_gj"),
                0.0,
                1e6,
            )?;
            o.converter
                .class
                .check_can_burn(&o.fuel.pathway)
                .map_err(|e| match e {
                    Error::IncompatibleConverter {
                        pathway,
                        converter,
                        reason,
                        ..
                    } => Error::IncompatibleConverter {
                        field: format!("scenario.options[{i}].converter"),
                        pathway,
                        converter,
                        reason,
                    },
                    other => other,
                })?;
            for part in o.parts() {
                let field = format!("scenario.options[{i}].{}", part.consumer.name());
                if let Some(l) = part.low_load {
                    l.validate(&format!("{field}.low_load"), part.converter)?;
                }
                if let Some(l) = part.pilot_low_load {
                    l.validate(&format!("{field}.pilot.low_load"), part.converter)?;
                }
            }
        }
        if self.plan.mix.is_empty() {
            return Err(Error::Empty {
                field: "scenario.mix".into(),
                expected: "at least one mix point".into(),
            });
        }
        if self.plan.mix.len() > MAX_MIX_POINTS {
            return Err(Error::OutOfRange {
                field: "scenario.mix".into(),
                value: self.plan.mix.len() as f64,
                expected: format!("at most {MAX_MIX_POINTS} mix points"),
            });
        }
        for (k, m) in self.plan.mix.iter().enumerate() {
            if m.shares.len() != self.plan.options.len() {
                return Err(Error::OutOfRange {
                    field: format!("scenario.mix[{k}].shares"),
                    value: m.shares.len() as f64,
                    expected: format!("one share per fuel option ({})", self.plan.options.len()),
                });
            }
            for (i, s) in m.shares.iter().enumerate() {
                crate::error::in_range(|| format!("scenario.mix[{k}].shares[{i}]"), *s, 0.0, 1.0)?;
            }
            let sum: f64 = m.shares.iter().sum();
            if (sum - 1.0).abs() > 1e-9 {
                return Err(Error::SharesDoNotSumToOne {
                    field: format!("scenario.mix[{k}].shares"),
                    sum,
                });
            }
            if let Some(prev) = k.checked_sub(1).and_then(|j| self.plan.mix.get(j)) {
                if m.year <= prev.year {
                    return Err(Error::OutOfRange {
                        field: format!("scenario.mix[{k}].year"),
                        value: f64::from(m.year),
                        expected: format!("a year after {}", prev.year),
                    });
                }
            }
        }
        self.plan
            .demand_growth
            .check_range("scenario.demand_growth", -0.999_999, 10.0)?;
        self.plan
            .speed_kn
            .check_range("scenario.speed_kn", 1e-3, 100.0)?;
        self.plan
            .efficiency_gain
            .check_range("scenario.efficiency_gain", 0.0, 0.5)?;
        self.plan
            .wind_assist_share
            .check_range("scenario.wind_assist_share", 0.0, 0.95)?;
        self.plan
            .shore_power_share
            .check_range("scenario.shore_power_share", 0.0, 1.0)?;
        self.plan.shore_power_price_usd_per_kwh.check_range(
            "scenario.shore_power_price_usd_per_kwh",
            0.0,
            1e3,
        )?;
        self.plan.prices.validate()
    }

    /// Work shares of the fuel options in `year`.
    pub fn shares(&self, year: i32) -> Vec<f64> {
        let n = self.plan.options.len();
        let (Some(first), Some(last)) = (self.plan.mix.first(), self.plan.mix.last()) else {
            return vec![0.0; n];
        };
        if year <= first.year {
            return first.shares.clone();
        }
        if year >= last.year {
            return last.shares.clone();
        }
        for w in self.plan.mix.windows(2) {
            if let [a, b] = w {
                if year >= a.year && year < b.year {
                    return match self.plan.mix_interpolation {
                        Interpolation::Step => a.shares.clone(),
                        _ => {
                            let t = f64::from(year - a.year) / f64::from(b.year - a.year);
                            a.shares
                                .iter()
                                .zip(&b.shares)
                                .map(|(x, y)| x + t * (y - x))
                                .collect()
                        }
                    };
                }
            }
        }
        last.shares.clone()
    }

    /// Cumulative activity factor a_y = Π_{t = base+1..=y} (1 + g_t).
    pub fn activity_factor(&self, year: i32) -> f64 {
        (self.baseline.year + 1..=year)
            .fold(1.0, |a, t| a * (1.0 + self.plan.demand_growth.value(t)))
    }

    /// Cumulative efficiency factor Π_{t = base+1..=y} (1 − e_t) on propulsion work.
    pub fn efficiency_factor(&self, year: i32) -> f64 {
        (self.baseline.year + 1..=year)
            .fold(1.0, |a, t| a * (1.0 - self.plan.efficiency_gain.value(t)))
    }

    /// The work of the service in `year` (propulsion at sea, auxiliary at sea, berth from
    /// fuel, berth from shore), before the fuel mix.
    pub fn work(&self, year: i32) -> YearWork {
        let b = &self.baseline;
        let a = self.activity_factor(year);
        let r = self.plan.speed_kn.value(year) / b.speed.knots();
        let eff = self.efficiency_factor(year);
        let wind = self.plan.wind_assist_share.value(year);
        let ops = self.plan.shore_power_share.value(year);
        let (bs, bb) = (b.boiler_share_at_sea, b.boiler_share_at_berth);
        let aux_berth = b.work_at_berth * (a * (1.0 - bb));
        YearWork {
            propulsion: b.propulsion_work * (a * r * r * eff * (1.0 - wind)),
            auxiliary_at_sea: b.auxiliary_work_at_sea * (a / r * (1.0 - bs)),
            boiler_at_sea: b.auxiliary_work_at_sea * (a / r * bs),
            berth_from_fuel: aux_berth * (1.0 - ops),
            boiler_at_berth: b.work_at_berth * (a * bb),
            berth_from_shore: aux_berth * ops,
            activity_factor: a,
        }
    }

    /// The ledger of `year`: each option's share of the work, times its SFC (and pilot SFC).
    pub fn ledger(&self, year: i32) -> Result<FuelLedger> {
        let w = self.work(year);
        let shares = self.shares(year);
        let mut ledger = FuelLedger::with_capacity(4 * self.plan.options.len());
        for (o, s) in self.plan.options.iter().zip(&shares) {
            if *s <= 0.0 {
                continue;
            }
            for part in o.parts() {
                let (sea, berth) = w.of(part.consumer);
                let name = part.consumer.name();
                for (place, work, scope) in [
                    ("sea", sea, self.baseline.sea_scope.scope()),
                    ("berth", berth, self.baseline.berth_scope.scope()),
                ] {
                    if work.kilowatt_hours() <= 0.0 {
                        continue;
                    }
                    let label = format!("{place}/{name}");
                    let work = work * *s;
                    for (converter, k) in converter_states(part.converter, part.low_load) {
                        if k > 0.0 {
                            ledger.add(
                                part.fuel.clone(),
                                converter,
                                work * part.sfc * k,
                                &label,
                                scope.clone(),
                            )?;
                        }
                    }
                    if let Some(p) = part.pilot {
                        for (converter, k) in converter_states(part.converter, part.pilot_low_load)
                        {
                            if k > 0.0 {
                                ledger.add(
                                    p.fuel.clone(),
                                    converter,
                                    work * p.sfc * k,
                                    &format!("{label}/pilot"),
                                    scope.clone(),
                                )?;
                            }
                        }
                    }
                }
            }
        }
        if w.berth_from_shore.kilowatt_hours() > 0.0 {
            ledger.add_shore_power(
                w.berth_from_shore,
                "berth",
                self.baseline.berth_scope.scope(),
            )?;
        }
        Ok(ledger)
    }

    /// Runs the scenario deterministically from `start_year` to `end_year`. FuelEU deficits in
    /// consecutive years raise the penalty multiplier (Art. 23(2)).
    pub fn run(&self) -> Result<Vec<YearResult>> {
        self.validate()?;
        let mut out =
            Vec::with_capacity((self.plan.end_year - self.plan.start_year + 1).max(0) as usize);
        let mut consecutive = 0u32;
        for y in self.plan.start_year..=self.plan.end_year {
            let r = self.year_result_after(y, consecutive)?;
            consecutive = match &r.fueleu {
                Some(f) if f.penalty.amount() > 0.0 => consecutive + 1,
                _ => 0,
            };
            out.push(r);
        }
        Ok(out)
    }

    /// The result of one year, as if no earlier year had a FuelEU penalty.
    pub fn year_result(&self, year: i32) -> Result<YearResult> {
        self.validate()?;
        self.year_result_after(year, 0)
    }

    fn year_result_after(&self, year: i32, previous_penalty_periods: u32) -> Result<YearResult> {
        if year < self.plan.start_year || year > self.plan.end_year {
            return Err(Error::YearOutOfRange {
                field: "year".into(),
                year,
                regime: format!("scenario '{}'", self.plan.name),
                expected: format!("{}–{}", self.plan.start_year, self.plan.end_year),
            });
        }
        let ledger = self.ledger(year)?;
        let w = self.work(year);
        let imo_basis = AccountingBasis::imo_lca();
        let imo = imo_basis.account(&ledger)?;
        let wind = self.plan.wind_assist_share.value(year);
        let fueleu_intensity = match AccountingBasis::fueleu(year) {
            Ok(b) => Some(
                b.with_wind_assist(wind)?
                    .account(&ledger)?
                    .intensity()?
                    .g_per_mj(),
            ),
            Err(_) => None,
        };
        let shares = self.shares(year);
        let mut fuel_cost = 0.0;
        let mut znz_energy_mj = 0.0;
        let threshold = zero_near_zero_threshold(year);
        for (o, s) in self.plan.options.iter().zip(&shares) {
            if *s <= 0.0 {
                continue;
            }
            for part in o.parts() {
                let (sea, berth) = w.of(part.consumer);
                let work = (sea + berth) * *s;
                let mass = work * part.sfc;
                let lcv = imo_basis.factors.get(&part.fuel.pathway)?.lcv.mj_per_g();
                let energy_mj = mass.grams() * lcv;
                fuel_cost += energy_mj / 1_000.0 * part.price_usd_per_gj.value(year);
                if let Some(p) = part.pilot {
                    let pilot_lcv = imo_basis.factors.get(&p.fuel.pathway)?.lcv.mj_per_g();
                    let pilot_mj = (work * p.sfc).grams() * pilot_lcv;
                    fuel_cost += pilot_mj / 1_000.0 * p.price_usd_per_gj.value(year);
                }
                let (_, _, wtw) = imo_basis.fuel_intensities(part.fuel, part.converter)?;
                if wtw.g_per_mj() <= threshold {
                    znz_energy_mj += energy_mj;
                }
            }
        }

        // Regulation, on the service ledger (identical ships: intensities, balances, units and
        // penalties are linear in energy, so the service total equals the sum over ships).
        let prices = self.plan.prices.at(year);
        let usd_per_eur = prices.usd_per_eur;
        let fueleu = if (2025..=2050).contains(&year) && self.baseline.counted_by(Regime::FuelEu) {
            let options = regulation::fueleu::FuelEuOptions {
                wind_assist_power_ratio: Some(wind),
                previous_consecutive_penalty_periods: previous_penalty_periods,
                ..Default::default()
            };
            Some(regulation::fueleu::assess(&ledger, year, &options)?)
        } else {
            None
        };
        let ets = if year >= 2024 {
            Some(regulation::eu_ets::assess(
                &ledger,
                year,
                prices.eua_price_eur_per_t,
                &regulation::eu_ets::PhaseIn::default(),
            )?)
        } else {
            None
        };
        let nzf_prices = regulation::imo_nzf::NzfPrices {
            tier1_usd_per_t: prices.nzf_tier1_usd_per_t,
            tier2_usd_per_t: prices.nzf_tier2_usd_per_t,
        };
        let nzf = match nzf_targets(year, self.plan.nzf_beyond_2035)? {
            Some((base, direct)) => {
                let targets = regulation::imo_nzf::NzfTargets {
                    year,
                    base: crate::units::g_per_mj(base),
                    direct_compliance: Some(crate::units::g_per_mj(direct)),
                };
                Some(regulation::imo_nzf::assess_with_targets(
                    &ledger,
                    year,
                    targets,
                    &nzf_prices,
                )?)
            }
            None => None,
        };
        let carbon_cost: Money<Usd> = fueleu
            .as_ref()
            .map_or(Money::ZERO, |f| f.penalty.convert(usd_per_eur))
            + ets
                .as_ref()
                .map_or(Money::ZERO, |e| e.cost.convert(usd_per_eur))
            + nzf.as_ref().map_or(Money::ZERO, |n| n.cost());

        fuel_cost += w.berth_from_shore.kilowatt_hours()
            * self.plan.shore_power_price_usd_per_kwh.value(year);
        let transport_work = self.baseline.transport_work_teu_km * w.activity_factor;
        let wtw_t = imo.total().tonnes();
        let energy_mj = imo.energy.megajoules();
        Ok(YearResult {
            year,
            activity_factor: w.activity_factor,
            speed_kn: self.plan.speed_kn.value(year),
            energy_mj,
            well_to_wake_t: wtw_t,
            tank_to_wake_t: imo.tank_to_wake.tonnes(),
            imo_wtw_intensity_g_per_mj: imo.intensity()?.g_per_mj(),
            fueleu_intensity_g_per_mj: fueleu_intensity,
            intensity_g_per_teu_km: wtw_t * 1e6 / transport_work,
            transport_work_teu_km: transport_work,
            zero_near_zero_share: if energy_mj > 0.0 {
                znz_energy_mj / energy_mj
            } else {
                0.0
            },
            fuel_cost: usd(fuel_cost),
            fueleu,
            eu_ets: ets,
            imo_nzf: nzf,
            carbon_cost,
            total_cost: usd(fuel_cost) + carbon_cost,
            ledger,
        })
    }
}

/// Zero/near-zero threshold on the IMO LCA WtW intensity: 19.0 gCO2e/MJ to the end of 2034 and
/// 14.0 from 2035 — the ZNZ thresholds of the draft IMO Net-Zero Framework (MEPC 83, approved
/// April 2025, not adopted; `docs/data-sources.md`, "IMO Net-Zero Framework — ZNZ thresholds",
/// single source for the values).
pub fn zero_near_zero_threshold(year: i32) -> f64 {
    if year <= 2034 { 19.0 } else { 14.0 }
}

/// The work of one scenario year (kWh), split by where it is delivered and by consumer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearWork {
    /// Propulsion work at sea (main engine).
    pub propulsion: Energy,
    /// Auxiliary-engine work at sea.
    pub auxiliary_at_sea: Energy,
    /// Boiler work at sea.
    pub boiler_at_sea: Energy,
    /// Auxiliary-engine work at anchor and berth from the ship's own engines.
    pub berth_from_fuel: Energy,
    /// Boiler work at anchor and berth.
    pub boiler_at_berth: Energy,
    /// Electrical berth work supplied from shore (replacing the auxiliary engines only).
    pub berth_from_shore: Energy,
    /// Activity factor relative to the baseline.
    pub activity_factor: f64,
}

impl YearWork {
    /// Work of consumer `c` (at sea, in port).
    pub fn of(&self, c: Consumer) -> (Energy, Energy) {
        let zero = kilowatt_hours(0.0);
        match c {
            Consumer::MainEngine => (self.propulsion, zero),
            Consumer::AuxiliaryEngines => (self.auxiliary_at_sea, self.berth_from_fuel),
            Consumer::Boiler => (self.boiler_at_sea, self.boiler_at_berth),
        }
    }

    /// All work delivered from fuel (every consumer, at sea and in port).
    pub fn from_fuel(&self) -> Energy {
        self.propulsion
            + self.auxiliary_at_sea
            + self.boiler_at_sea
            + self.berth_from_fuel
            + self.boiler_at_berth
    }
}

/// One projected year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearResult {
    /// Calendar year.
    pub year: i32,
    /// Activity relative to the baseline.
    pub activity_factor: f64,
    /// Service speed, kn.
    pub speed_kn: f64,
    /// Energy used (fuels + shore power), MJ.
    pub energy_mj: f64,
    /// WtW GHG under the IMO LCA basis, t CO2e.
    pub well_to_wake_t: f64,
    /// TtW GHG under the IMO LCA basis, t CO2e.
    pub tank_to_wake_t: f64,
    /// IMO LCA WtW intensity (the GFI basis), gCO2e/MJ.
    pub imo_wtw_intensity_g_per_mj: f64,
    /// FuelEU GHG intensity with rewards (whole voyage, before scope shares), gCO2e/MJ; `None`
    /// before 2025.
    pub fueleu_intensity_g_per_mj: Option<f64>,
    /// WtW per transport work, gCO2e/TEU-km.
    pub intensity_g_per_teu_km: f64,
    /// Transport work, TEU-km.
    pub transport_work_teu_km: f64,
    /// Energy share of fuels at or below the zero/near-zero threshold.
    pub zero_near_zero_share: f64,
    /// Energy cost (fuels, pilot fuel and shore electricity).
    #[serde(rename = "fuel_cost_usd")]
    pub fuel_cost: Money<Usd>,
    /// FuelEU Maritime's own assessment of the year's ledger; `None` outside 2025–2050 or
    /// with nothing in FuelEU scope.
    pub fueleu: Option<regulation::fueleu::FuelEuAssessment>,
    /// The EU ETS's own assessment; `None` before 2024.
    pub eu_ets: Option<regulation::eu_ets::EtsAssessment>,
    /// The draft IMO NZF's own assessment; `None` outside the years the draft defines
    /// (2028–2035), or after 2035 with the 2035 targets held when the plan says so.
    pub imo_nzf: Option<regulation::imo_nzf::NzfAssessment>,
    /// FuelEU penalty + EU allowances (at the year's USD per EUR) + NZF remedial units.
    #[serde(rename = "carbon_cost_usd")]
    pub carbon_cost: Money<Usd>,
    /// Fuel and carbon cost.
    #[serde(rename = "total_cost_usd")]
    pub total_cost: Money<Usd>,
    /// The year's fuel ledger.
    pub ledger: FuelLedger,
}

/// Cumulative emissions (t CO2e WtW, IMO LCA basis) from the first result up to and including
/// `year`.
pub fn cumulative_well_to_wake(results: &[YearResult], year: i32) -> f64 {
    let mut s = crate::numeric::NeumaierSum::default();
    for r in results.iter().filter(|r| r.year <= year) {
        s.add(r.well_to_wake_t);
    }
    s.total()
}

/// A helper for building a baseline in tests and examples: kWh from a number.
pub fn kwh(v: f64) -> Energy {
    kilowatt_hours(v)
}
