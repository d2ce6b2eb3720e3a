//! The US EPA port-inventory propulsion method (*Ports Emissions Inventory Guidance*,
//! EPA-420-B-22-011, April 2022, Section 3; reference implementation `ShipPowerModel` /
//! `ShipEF` of US EPA `Marine_Emissions_Tools`), as an alternative to the Fourth IMO GHG
//! Study model of [`vessel`](crate::vessel) for users who build US port inventories.
//!
//! * **Maximum speed.** MS is the ship's maximum speed; when only the service speed SS is
//!   known, MS = SS / 0.94 ([`EPA_SERVICE_TO_MAXIMUM_SPEED`]).
//! * **Propeller law.** LF = (AS / MS)³ · (1 + SM/100), AS the actual speed through water and
//!   SM the service (sea) margin in % of power: 15 at sea, 10 in coastal waters
//!   ([`SeaMargin`]); LF is capped at 1 and floored at 0.02 while the ship moves
//!   ([`EPA_MINIMUM_LOAD`]); AS = 0 gives LF = 0.
//! * **Power and energy.** P = LF · MCR; E = P · t.
//! * **Low-load adjustment.** Below 20 % load the emission factors are multiplied by
//!   LLAF(LF) = (a · LF^(−x) + b) / (a · 0.2^(−x) + b) per pollutant ([`LowLoadCurve`]); CO2
//!   (and so fuel) uses a = 44.1, x = 1, b = 648.6, giving 3.28 at the 2 % floor.
//! * **Fuel.** fuel = E · BSFC · LLAF_CO2, BSFC from the guidance's Table 3.6
//!   ([`EPA_BSFC_SSD_RESIDUAL_G_PER_KWH`]) or the user's.
//!
//! The Fourth IMO GHG Study model of the crate (Eq. 8: draught and weather/fouling terms, a
//! design-speed reference, its own SFOC curve and low-load factors) answers the same question
//! differently; [`compare_with_fourth_imo`] puts both side by side for one speed.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
pub use crate::port::data::{
    EPA_BSFC_SSD_MGO_G_PER_KWH, EPA_BSFC_SSD_RESIDUAL_G_PER_KWH, EPA_LLAF_CO2, EPA_LLAF_HC,
    EPA_LLAF_NOX, EPA_LOW_LOAD_THRESHOLD, EPA_MAXIMUM_LOAD, EPA_MINIMUM_LOAD,
    EPA_SEA_MARGIN_AT_SEA_PERCENT, EPA_SEA_MARGIN_COASTAL_PERCENT, EPA_SERVICE_TO_MAXIMUM_SPEED,
    LowLoadCurve,
};
use crate::units::{Length, PowerExt, RatioExt, Time, TimeExt, Velocity, VelocityExt};
use crate::vessel::Vessel;

/// Highest speed accepted, kn (a bound against unit mistakes; no merchant ship sails faster).
const MAX_SPEED_KN: f64 = 60.0;

/// Lowest maximum (or service) speed accepted, kn: a reference speed below 1 kn is no ship's,
/// and it keeps (AS/MS)³ finite (≤ 60³).
const MIN_REFERENCE_SPEED_KN: f64 = 1.0;

/// The service (sea) margin added to propeller-law power.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeaMargin {
    /// None (calm water).
    None,
    /// Coastal waters, 10 % ([`EPA_SEA_MARGIN_COASTAL_PERCENT`]).
    Coastal,
    /// At sea, 15 % ([`EPA_SEA_MARGIN_AT_SEA_PERCENT`]).
    AtSea,
    /// A margin in % of power, 0–100.
    Percent(f64),
}

impl SeaMargin {
    /// The margin in % of power. Errors: a custom margin outside 0–100 % (`sea_margin`).
    pub fn percent(self) -> Result<f64> {
        match self {
            SeaMargin::None => Ok(0.0),
            SeaMargin::Coastal => Ok(EPA_SEA_MARGIN_COASTAL_PERCENT),
            SeaMargin::AtSea => Ok(EPA_SEA_MARGIN_AT_SEA_PERCENT),
            SeaMargin::Percent(p) => crate::error::in_range(|| "sea_margin".into(), p, 0.0, 100.0),
        }
    }
}

/// The reference speed of the propeller law.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MaximumSpeed {
    /// The ship's maximum speed, known.
    Known(Velocity),
    /// Only the service speed is known: MS = SS / 0.94.
    FromServiceSpeed(Velocity),
}

impl MaximumSpeed {
    /// MS in knots. Errors: a speed that is not finite, below 1 kn or above 60 kn
    /// (`maximum_speed` / `service_speed`).
    pub fn knots(self) -> Result<f64> {
        let (field, v, factor) = match self {
            MaximumSpeed::Known(v) => ("maximum_speed", v, 1.0),
            MaximumSpeed::FromServiceSpeed(v) => {
                ("service_speed", v, 1.0 / EPA_SERVICE_TO_MAXIMUM_SPEED)
            }
        };
        let kn = crate::error::in_range(|| field.into(), v.knots(), 0.0, MAX_SPEED_KN)?;
        if kn < MIN_REFERENCE_SPEED_KN {
            return Err(Error::OutOfRange {
                field: field.into(),
                value: kn,
                expected: format!("a speed from {MIN_REFERENCE_SPEED_KN} to {MAX_SPEED_KN} kn"),
            });
        }
        Ok(kn * factor)
    }
}

impl LowLoadCurve {
    /// LLAF(LF) = (a · LF^(−x) + b) / (a · 0.2^(−x) + b) for 0 < LF < 0.2; 1 otherwise (and at
    /// LF = 0, hotelling). `lf` is clamped to the 2 % floor first.
    pub fn factor(&self, lf: f64) -> f64 {
        if !(lf > 0.0 && lf < EPA_LOW_LOAD_THRESHOLD) {
            return 1.0;
        }
        let lf = lf.max(EPA_MINIMUM_LOAD);
        let ef = |l: f64| self.a * l.powf(-self.x) + self.b;
        ef(lf) / ef(EPA_LOW_LOAD_THRESHOLD)
    }
}

/// The EPA propulsion load at one speed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct EpaLoad {
    /// Actual speed through water, kn.
    pub actual_speed_kn: f64,
    /// Maximum speed used, kn.
    pub maximum_speed_kn: f64,
    /// Service margin, % of power.
    pub sea_margin_percent: f64,
    /// (AS/MS)³ before the margin.
    pub propeller_law: f64,
    /// (AS/MS)³ · (1 + SM/100) before the cap and floor.
    pub with_margin: f64,
    /// The load factor used: `with_margin` capped at 1 and floored at 0.02 (0 at rest).
    pub load_factor: f64,
    /// Whether the 2 % floor applied.
    pub floored: bool,
    /// Whether the 100 % cap applied.
    pub capped: bool,
    /// Low-load adjustment of CO2 and fuel.
    pub llaf_co2: f64,
    /// Low-load adjustment of CH4 (HC curve).
    pub llaf_ch4: f64,
    /// Low-load adjustment of N2O (NOx curve).
    pub llaf_n2o: f64,
}

/// The EPA load factor at `actual` speed (see the module docs).
///
/// Errors: a negative, NaN or implausible (> 60 kn) speed (`actual_speed`); a bad maximum or
/// service speed; a bad margin.
///
/// ```
/// use green_corridor::port::epa::{epa_load, MaximumSpeed, SeaMargin};
/// use green_corridor::units::knots;
/// // 14,500-TEU ship, service speed 24.06 kn → MS = 24.06 / 0.94 = 25.6 kn; at 16 kn:
/// // (16 / 25.6)³ = 0.24414, × 1.15 = 0.28076.
/// let l = epa_load(knots(16.0), MaximumSpeed::FromServiceSpeed(knots(24.064)), SeaMargin::AtSea)?;
/// assert!((l.maximum_speed_kn - 25.6).abs() < 1e-9);
/// assert!((l.load_factor - 0.280_762).abs() < 1e-5);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn epa_load(actual: Velocity, maximum: MaximumSpeed, margin: SeaMargin) -> Result<EpaLoad> {
    let as_kn =
        crate::error::in_range(|| "actual_speed".into(), actual.knots(), 0.0, MAX_SPEED_KN)?;
    let ms = maximum.knots()?;
    let sm = margin.percent()?;
    let propeller_law = (as_kn / ms).powi(3);
    let with_margin = propeller_law * (1.0 + sm / 100.0);
    let (load_factor, floored, capped) = if as_kn == 0.0 {
        (0.0, false, false)
    } else if with_margin < EPA_MINIMUM_LOAD {
        (EPA_MINIMUM_LOAD, true, false)
    } else if with_margin > EPA_MAXIMUM_LOAD {
        (EPA_MAXIMUM_LOAD, false, true)
    } else {
        (with_margin, false, false)
    };
    Ok(EpaLoad {
        actual_speed_kn: as_kn,
        maximum_speed_kn: ms,
        sea_margin_percent: sm,
        propeller_law,
        with_margin,
        load_factor,
        floored,
        capped,
        llaf_co2: EPA_LLAF_CO2.factor(load_factor),
        llaf_ch4: EPA_LLAF_HC.factor(load_factor),
        llaf_n2o: EPA_LLAF_NOX.factor(load_factor),
    })
}

/// Main-engine energy and fuel of one operation by the EPA method.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct EpaMainEngine {
    /// The load.
    pub load: EpaLoad,
    /// Installed main-engine power (MCR), kW.
    pub mcr_kw: f64,
    /// Power P = LF · MCR, kW.
    pub power_kw: f64,
    /// Duration, h.
    pub duration_h: f64,
    /// Energy E = P · t, kWh.
    pub energy_kwh: f64,
    /// BSFC used, g/kWh.
    pub bsfc_g_per_kwh: f64,
    /// Fuel = E · BSFC · LLAF_CO2, t.
    pub fuel_t: f64,
}

impl EpaMainEngine {
    /// The fuel accounted under `basis` as `fuel` burned in a `class` converter, with the EPA
    /// low-load factors on CH4 (HC curve) and N2O (NOx curve). The fuel already carries the
    /// CO2 factor (fuel ∝ CO2), so per gram of fuel the CH4 and N2O factors of the basis are
    /// multiplied by LLAF_HC / LLAF_CO2 and LLAF_NOx / LLAF_CO2: CH4 = E · EF_CH4 · LLAF_HC.
    ///
    /// Errors: the basis's (a pathway it has no factors for, a converter that cannot burn
    /// the fuel).
    pub fn emissions(
        &self,
        basis: &crate::emissions::AccountingBasis,
        fuel: crate::fuel::Fuel,
        class: crate::fuel::ConverterClass,
    ) -> Result<crate::emissions::Emissions> {
        let row = basis.factors.get(&fuel.pathway)?.non_co2(class);
        let co2 = self.load.llaf_co2;
        let converter =
            crate::fuel::Converter::new(class).with_overrides(crate::fuel::EmissionOverrides {
                cf_ch4: Some(crate::units::g_per_g(
                    row.cf_ch4.g_per_g() * self.load.llaf_ch4 / co2,
                )),
                cf_n2o: Some(crate::units::g_per_g(
                    row.cf_n2o.g_per_g() * self.load.llaf_n2o / co2,
                )),
                ..crate::fuel::EmissionOverrides::default()
            })?;
        let mut ledger = crate::ledger::FuelLedger::with_capacity(1);
        ledger.add(
            fuel,
            converter,
            crate::units::tonnes(self.fuel_t),
            "epa/main",
            crate::ledger::ScopeShare::FULL,
        )?;
        basis.account(&ledger)
    }
}

/// The EPA main-engine energy and fuel of `vessel` sailing at `actual` for `duration`, with
/// BSFC `bsfc_g_per_kwh` (e.g. [`EPA_BSFC_SSD_RESIDUAL_G_PER_KWH`]).
///
/// Errors: as [`epa_load`]; a duration outside 0–8,760 h (`duration_h`); a BSFC outside
/// 100–400 g/kWh (`bsfc_g_per_kwh`).
pub fn epa_main_engine(
    vessel: &Vessel,
    actual: Velocity,
    maximum: MaximumSpeed,
    margin: SeaMargin,
    duration: Time,
    bsfc_g_per_kwh: f64,
) -> Result<EpaMainEngine> {
    let load = epa_load(actual, maximum, margin)?;
    let h = crate::error::in_range(|| "duration_h".into(), duration.hours(), 0.0, 8_760.0)?;
    let bsfc = crate::error::in_range(|| "bsfc_g_per_kwh".into(), bsfc_g_per_kwh, 100.0, 400.0)?;
    let mcr = vessel.mcr().kilowatts();
    let power = load.load_factor * mcr;
    let energy = power * h;
    Ok(EpaMainEngine {
        load,
        mcr_kw: mcr,
        power_kw: power,
        duration_h: h,
        energy_kwh: energy,
        bsfc_g_per_kwh: bsfc,
        fuel_t: energy * bsfc * load.llaf_co2 * 1e-6,
    })
}

/// The EPA load and the Fourth IMO GHG Study load of the crate's vessel model at one speed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LoadComparison {
    /// Speed, kn.
    pub speed_kn: f64,
    /// EPA propeller-law load factor (with margin, cap and floor).
    pub epa_load_factor: f64,
    /// Fourth IMO GHG Study Eq. 8 main-engine load of the vessel model (share of MCR).
    pub fourth_imo_load: f64,
    /// EPA main-engine power, kW.
    pub epa_power_kw: f64,
    /// Fourth IMO main-engine power, kW.
    pub fourth_imo_power_kw: f64,
}

/// Both models at `speed` and `draught` for `vessel`; the EPA reference speed is the
/// vessel's design speed taken as its maximum speed unless `maximum` says otherwise.
pub fn compare_with_fourth_imo(
    vessel: &Vessel,
    speed: Velocity,
    draught: Length,
    maximum: Option<MaximumSpeed>,
    margin: SeaMargin,
) -> Result<LoadComparison> {
    let ms = maximum.unwrap_or(MaximumSpeed::Known(vessel.spec().design_speed));
    let epa = epa_load(speed, ms, margin)?;
    let imo = vessel.propulsion_power(speed, draught)?;
    let mcr = vessel.mcr().kilowatts();
    Ok(LoadComparison {
        speed_kn: speed.knots(),
        epa_load_factor: epa.load_factor,
        fourth_imo_load: imo.load.value(),
        epa_power_kw: epa.load_factor * mcr,
        fourth_imo_power_kw: imo.main_engine.kilowatts(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::knots;

    #[test]
    fn floor_cap_and_rest() {
        // 3 kn of 25 kn max, no margin: (0.12)³ = 0.001728 < 0.02 → floored at 0.02.
        let l = epa_load(
            knots(3.0),
            MaximumSpeed::Known(knots(25.0)),
            SeaMargin::None,
        )
        .unwrap();
        assert!(l.floored && (l.load_factor - 0.02).abs() < 1e-15);
        // At the floor the CO2 factor is (44.1/0.02 + 648.6)/(44.1/0.2 + 648.6)
        // = 2853.6 / 869.1 = 3.28340.
        assert!((l.llaf_co2 - 3.283_396).abs() < 1e-5, "{}", l.llaf_co2);
        // HC: (0.0667·0.02^−1.5 + 0.3859)/(0.0667·0.2^−1.5 + 0.3859) = 21.18 (Table 3.10).
        assert!((l.llaf_ch4 - 21.18).abs() < 0.01, "{}", l.llaf_ch4);
        assert!((l.llaf_n2o - 4.63).abs() < 0.01, "{}", l.llaf_n2o);
        let l = epa_load(
            knots(26.0),
            MaximumSpeed::Known(knots(25.0)),
            SeaMargin::AtSea,
        )
        .unwrap();
        assert!(l.capped && l.load_factor == 1.0 && l.llaf_co2 == 1.0);
        let l = epa_load(
            knots(0.0),
            MaximumSpeed::Known(knots(25.0)),
            SeaMargin::AtSea,
        )
        .unwrap();
        assert_eq!((l.load_factor, l.llaf_co2), (0.0, 1.0));
    }

    #[test]
    fn bad_inputs_name_the_field() {
        let e = epa_load(
            knots(-1.0),
            MaximumSpeed::Known(knots(25.0)),
            SeaMargin::None,
        );
        assert_eq!(e.unwrap_err().field(), Some("actual_speed"));
        let e = epa_load(
            knots(10.0),
            MaximumSpeed::FromServiceSpeed(knots(0.0)),
            SeaMargin::None,
        );
        assert_eq!(e.unwrap_err().field(), Some("service_speed"));
        let e = epa_load(
            knots(10.0),
            MaximumSpeed::Known(knots(f64::NAN)),
            SeaMargin::None,
        );
        assert_eq!(e.unwrap_err().field(), Some("maximum_speed"));
        let e = epa_load(
            knots(10.0),
            MaximumSpeed::Known(knots(20.0)),
            SeaMargin::Percent(150.0),
        );
        assert_eq!(e.unwrap_err().field(), Some("sea_margin"));
    }
}
