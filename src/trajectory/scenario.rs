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
use crate::ledger::{FuelLedger, ScopeShare};
use crate::trajectory::pathway::Interpolation;
use crate::trajectory::series::Series;
use crate::units::{
    Energy, EnergyExt, IntensityExt, LcvExt, Length, LengthExt, MassExt, SfcExt,
    SpecificFuelConsumption, Velocity, VelocityExt, kilowatt_hours,
};

/// Largest scenario span the engine accepts, in years (a guard against hostile input).
pub const MAX_SCENARIO_YEARS: i32 = 200;
/// Largest number of fuel options in one scenario.
pub const MAX_FUEL_OPTIONS: usize = 64;

/// One year of a corridor service at base-year activity: what the engines deliver.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceBaseline {
    /// The base year.
    pub year: i32,
    /// Service speed at sea in the base year.
    #[serde(rename = "speed_kn", with = "serde_knots")]
    pub speed: Velocity,
    /// Distance sailed per year.
    #[serde(rename = "distance_nm", with = "serde_nm")]
    pub distance: Length,
    /// Propulsion work at sea per year (main engines), kWh.
    #[serde(rename = "propulsion_work_kwh", with = "serde_kwh")]
    pub propulsion_work: Energy,
    /// Auxiliary engine and boiler work at sea per year, kWh.
    #[serde(rename = "auxiliary_work_at_sea_kwh", with = "serde_kwh")]
    pub auxiliary_work_at_sea: Energy,
    /// Auxiliary engine and boiler work at berth and anchor per year, kWh.
    #[serde(rename = "work_at_berth_kwh", with = "serde_kwh")]
    pub work_at_berth: Energy,
    /// Transport work per year in TEU-km (or t-km for bulk), at the stated load factor.
    pub transport_work_teu_km: f64,
    /// EU scope share of the sea passages (FuelEU Art. 2(1), ETS Art. 3ga).
    pub sea_scope: ScopeShare,
    /// EU scope share of the port stays.
    pub berth_scope: ScopeShare,
}

mod serde_knots {
    use crate::units::{Velocity, VelocityExt, knots};
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(q: &Velocity, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(q.knots())
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Velocity, D::Error> {
        f64::deserialize(d).map(knots)
    }
}
mod serde_nm {
    use crate::units::{Length, LengthExt, nautical_miles};
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(q: &Length, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(q.nautical_miles())
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Length, D::Error> {
        f64::deserialize(d).map(nautical_miles)
    }
}
pub(crate) mod serde_kwh {
    use crate::units::{Energy, EnergyExt, kilowatt_hours};
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(q: &Energy, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(q.kilowatt_hours())
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Energy, D::Error> {
        f64::deserialize(d).map(kilowatt_hours)
    }
}
mod serde_gkwh {
    use crate::units::{SfcExt, SpecificFuelConsumption, g_per_kwh};
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(q: &SpecificFuelConsumption, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(q.g_per_kwh())
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<SpecificFuelConsumption, D::Error> {
        f64::deserialize(d).map(g_per_kwh)
    }
}

impl ServiceBaseline {
    /// Checks every number.
    pub fn validate(&self) -> Result<()> {
        let pos = |name: &str, v: f64| -> Result<()> {
            crate::error::non_negative(|| format!("baseline.{name}"), v)?;
            if v == 0.0 {
                return Err(Error::OutOfRange {
                    field: format!("baseline.{name}"),
                    value: v,
                    expected: "a positive value".into(),
                });
            }
            Ok(())
        };
        pos("speed_kn", self.speed.knots())?;
        pos("distance_nm", self.distance.nautical_miles())?;
        pos("transport_work_teu_km", self.transport_work_teu_km)?;
        for (name, v) in [
            ("propulsion_work_kwh", self.propulsion_work.kilowatt_hours()),
            (
                "auxiliary_work_at_sea_kwh",
                self.auxiliary_work_at_sea.kilowatt_hours(),
            ),
            ("work_at_berth_kwh", self.work_at_berth.kilowatt_hours()),
        ] {
            crate::error::non_negative(|| format!("baseline.{name}"), v)?;
        }
        Ok(())
    }
}

/// Pilot fuel burned with the main fuel of a dual-fuel engine.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PilotFuel {
    /// The pilot fuel (usually MGO).
    pub fuel: Fuel,
    /// Pilot fuel per unit of work, g/kWh.
    #[serde(rename = "sfc_g_per_kwh", with = "serde_gkwh")]
    pub sfc: SpecificFuelConsumption,
}

/// A way of delivering the service's work: a fuel in a converter at a specific consumption,
/// with its price.
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
    #[serde(rename = "sfc_g_per_kwh", with = "serde_gkwh")]
    pub sfc: SpecificFuelConsumption,
    /// Pilot fuel, for dual-fuel engines.
    #[serde(default)]
    pub pilot: Option<PilotFuel>,
    /// Price of the main fuel, USD per GJ (LHV), by year.
    pub price_usd_per_gj: Series,
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

/// A corridor service projected from `start_year` to `end_year`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorridorScenario {
    /// Scenario name.
    pub name: String,
    /// First projected year.
    pub start_year: i32,
    /// Last projected year.
    pub end_year: i32,
    /// The service in its base year.
    pub baseline: ServiceBaseline,
    /// The fuel options the mix refers to.
    pub options: Vec<FuelOption>,
    /// The fuel mix schedule.
    pub mix: Vec<MixPoint>,
    /// Step: each mix holds until the next; Linear: shares blend between points.
    pub mix_interpolation: Interpolation,
    /// Demand growth per year (0.02 = +2 %/yr), applied from the year after the base year.
    pub demand_growth: Series,
    /// Service speed, knots.
    pub speed_kn: Series,
    /// Efficiency gain on propulsion work per year (0.01 = 1 %/yr), compounded.
    pub efficiency_gain: Series,
    /// Share of propulsion power from wind (P_wind/P_prop).
    pub wind_assist_share: Series,
    /// Share of berth work supplied from shore.
    pub shore_power_share: Series,
}

impl CorridorScenario {
    /// Checks the scenario: years in order and within [`MAX_SCENARIO_YEARS`], at least one
    /// option, mix shares one per option and summing to 1, growth above −100 %, positive speeds,
    /// shares in [0, 1].
    pub fn validate(&self) -> Result<()> {
        self.baseline.validate()?;
        if self.end_year < self.start_year {
            return Err(Error::OutOfRange {
                field: "scenario.end_year".into(),
                value: f64::from(self.end_year),
                expected: format!("a year not before start_year {}", self.start_year),
            });
        }
        if self.end_year - self.start_year > MAX_SCENARIO_YEARS {
            return Err(Error::OutOfRange {
                field: "scenario.end_year".into(),
                value: f64::from(self.end_year),
                expected: format!("at most {MAX_SCENARIO_YEARS} years after start_year"),
            });
        }
        if self.start_year < self.baseline.year {
            return Err(Error::OutOfRange {
                field: "scenario.start_year".into(),
                value: f64::from(self.start_year),
                expected: format!("a year not before the baseline year {}", self.baseline.year),
            });
        }
        if self.options.is_empty() || self.options.len() > MAX_FUEL_OPTIONS {
            return Err(Error::OutOfRange {
                field: "scenario.options".into(),
                value: self.options.len() as f64,
                expected: format!("1 to {MAX_FUEL_OPTIONS} fuel options"),
            });
        }
        for (i, o) in self.options.iter().enumerate() {
            crate::error::non_negative(
                || format!("scenario.options[{i}].sfc_g_per_kwh"),
                o.sfc.g_per_kwh(),
            )?;
            if let Some(p) = &o.pilot {
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
        }
        if self.mix.is_empty() {
            return Err(Error::Empty {
                field: "scenario.mix".into(),
                expected: "at least one mix point".into(),
            });
        }
        for (k, m) in self.mix.iter().enumerate() {
            if m.shares.len() != self.options.len() {
                return Err(Error::OutOfRange {
                    field: format!("scenario.mix[{k}].shares"),
                    value: m.shares.len() as f64,
                    expected: format!("one share per fuel option ({})", self.options.len()),
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
            if let Some(prev) = k.checked_sub(1).and_then(|j| self.mix.get(j)) {
                if m.year <= prev.year {
                    return Err(Error::OutOfRange {
                        field: format!("scenario.mix[{k}].year"),
                        value: f64::from(m.year),
                        expected: format!("a year after {}", prev.year),
                    });
                }
            }
        }
        self.demand_growth
            .check_range("scenario.demand_growth", -0.999_999, 10.0)?;
        self.speed_kn
            .check_range("scenario.speed_kn", 1e-3, 100.0)?;
        self.efficiency_gain
            .check_range("scenario.efficiency_gain", 0.0, 0.5)?;
        self.wind_assist_share
            .check_range("scenario.wind_assist_share", 0.0, 0.95)?;
        self.shore_power_share
            .check_range("scenario.shore_power_share", 0.0, 1.0)?;
        Ok(())
    }

    /// Work shares of the fuel options in `year`.
    pub fn shares(&self, year: i32) -> Vec<f64> {
        let n = self.options.len();
        let (Some(first), Some(last)) = (self.mix.first(), self.mix.last()) else {
            return vec![0.0; n];
        };
        if year <= first.year {
            return first.shares.clone();
        }
        if year >= last.year {
            return last.shares.clone();
        }
        for w in self.mix.windows(2) {
            if let [a, b] = w {
                if year >= a.year && year < b.year {
                    return match self.mix_interpolation {
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
        (self.baseline.year + 1..=year).fold(1.0, |a, t| a * (1.0 + self.demand_growth.value(t)))
    }

    /// Cumulative efficiency factor Π_{t = base+1..=y} (1 − e_t) on propulsion work.
    pub fn efficiency_factor(&self, year: i32) -> f64 {
        (self.baseline.year + 1..=year).fold(1.0, |a, t| a * (1.0 - self.efficiency_gain.value(t)))
    }

    /// The work of the service in `year` (propulsion at sea, auxiliary at sea, berth from
    /// fuel, berth from shore), before the fuel mix.
    pub fn work(&self, year: i32) -> YearWork {
        let b = &self.baseline;
        let a = self.activity_factor(year);
        let r = self.speed_kn.value(year) / b.speed.knots();
        let eff = self.efficiency_factor(year);
        let wind = self.wind_assist_share.value(year);
        let ops = self.shore_power_share.value(year);
        YearWork {
            propulsion: b.propulsion_work * (a * r * r * eff * (1.0 - wind)),
            auxiliary_at_sea: b.auxiliary_work_at_sea * (a / r),
            berth_from_fuel: b.work_at_berth * (a * (1.0 - ops)),
            berth_from_shore: b.work_at_berth * (a * ops),
            activity_factor: a,
        }
    }

    /// The ledger of `year`: each option's share of the work, times its SFC (and pilot SFC).
    pub fn ledger(&self, year: i32) -> Result<FuelLedger> {
        let w = self.work(year);
        let shares = self.shares(year);
        let mut ledger = FuelLedger::with_capacity(4 * self.options.len());
        let sea = w.propulsion + w.auxiliary_at_sea;
        for (o, s) in self.options.iter().zip(&shares) {
            if *s <= 0.0 {
                continue;
            }
            for (label, work, scope) in [
                ("sea", sea, self.baseline.sea_scope),
                ("berth", w.berth_from_fuel, self.baseline.berth_scope),
            ] {
                let part = work * *s;
                ledger.add(o.fuel.clone(), o.converter, part * o.sfc, label, scope)?;
                if let Some(p) = &o.pilot {
                    ledger.add(p.fuel.clone(), o.converter, part * p.sfc, label, scope)?;
                }
            }
        }
        if w.berth_from_shore.kilowatt_hours() > 0.0 {
            ledger.add_shore_power(w.berth_from_shore, "berth", self.baseline.berth_scope)?;
        }
        Ok(ledger)
    }

    /// Runs the scenario deterministically from `start_year` to `end_year`.
    pub fn run(&self) -> Result<Vec<YearResult>> {
        self.validate()?;
        (self.start_year..=self.end_year)
            .map(|y| self.year_result(y))
            .collect()
    }

    /// The result of one year.
    pub fn year_result(&self, year: i32) -> Result<YearResult> {
        if year < self.start_year || year > self.end_year {
            return Err(Error::YearOutOfRange {
                field: "year".into(),
                year,
                regime: format!("scenario '{}'", self.name),
                expected: format!("{}–{}", self.start_year, self.end_year),
            });
        }
        let ledger = self.ledger(year)?;
        let w = self.work(year);
        let imo_basis = AccountingBasis::imo_lca();
        let imo = imo_basis.account(&ledger)?;
        let fueleu_intensity = match AccountingBasis::fueleu(year) {
            Ok(b) => Some(
                b.with_wind_assist(self.wind_assist_share.value(year))?
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
        for (o, s) in self.options.iter().zip(&shares) {
            if *s <= 0.0 {
                continue;
            }
            let work = (w.propulsion + w.auxiliary_at_sea + w.berth_from_fuel) * *s;
            let mass = work * o.sfc;
            let lcv = imo_basis.factors.get(&o.fuel.pathway)?.lcv.mj_per_g();
            let energy_mj = mass.grams() * lcv;
            fuel_cost += energy_mj / 1_000.0 * o.price_usd_per_gj.value(year);
            let (_, _, wtw) = imo_basis.fuel_intensities(&o.fuel, o.converter)?;
            if wtw.g_per_mj() <= threshold {
                znz_energy_mj += energy_mj;
            }
        }
        let transport_work = self.baseline.transport_work_teu_km * w.activity_factor;
        let wtw_t = imo.total().tonnes();
        let energy_mj = imo.energy.megajoules();
        Ok(YearResult {
            year,
            activity_factor: w.activity_factor,
            speed_kn: self.speed_kn.value(year),
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
            fuel_cost_usd: fuel_cost,
            ledger,
        })
    }
}

/// Zero/near-zero threshold on the IMO LCA WtW intensity: 19.0 gCO2e/MJ to the end of 2034 and
/// 14.0 from 2035 — the ZNZ thresholds of the draft IMO Net-Zero Framework (MEPC 83, approved
/// April 2025, not adopted; reference `fuels-and-ghg.md` §4, single source for the values).
pub fn zero_near_zero_threshold(year: i32) -> f64 {
    if year <= 2034 { 19.0 } else { 14.0 }
}

/// The work of one scenario year (kWh), split by where it is delivered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearWork {
    /// Propulsion work at sea.
    pub propulsion: Energy,
    /// Auxiliary and boiler work at sea.
    pub auxiliary_at_sea: Energy,
    /// Berth work delivered by the ship's own engines and boilers.
    pub berth_from_fuel: Energy,
    /// Berth work supplied from shore (electricity).
    pub berth_from_shore: Energy,
    /// Activity factor relative to the baseline.
    pub activity_factor: f64,
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
    /// Fuel cost, USD.
    pub fuel_cost_usd: f64,
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
