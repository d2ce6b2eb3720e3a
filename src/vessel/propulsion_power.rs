//! Main-engine power from speed and draught: Fourth IMO GHG Study 2020, Eq. 8, with wind assist
//! and the load cap.
//!
//! W = δ_w · MCR · (T / T_ref)^0.66 · (v / v_ref)³ / (η_w · η_f)
//!
//! (or, with a sea-trial curve, W = P_curve(v) · (T / T_ref)^0.66 / (η_w · η_f)); then the
//! main engine supplies W_ME = W · (1 − s_wind) and is capped at 100 % of MCR.
//!
//! Because δ_w = 1 for most types, Eq. 8 gives 1/(η_w·η_f) ≈ 1.26 × MCR at the design speed and
//! draught: the cap binds at and just below the design speed. The cap is reported
//! ([`PropulsionPower::load_capped`]). A speed more than 10 % above both the design speed and
//! the speed at which the cap is reached is refused as unreachable ([`Error::NotReachable`]).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::units::{
    Length, Power, PowerExt, Ratio, RatioExt, Velocity, VelocityExt, fraction, kilowatts, knots,
};
use crate::vessel::data::power_law::{
    DRAUGHT_EXPONENT, FOULING_EFFICIENCY, LOAD_CAP, SPEED_EXPONENT, UNREACHABLE_SPEED_MARGIN,
};
use crate::vessel::particulars::{PropulsionModel, Vessel, positive};
use crate::vessel::quantities::MetresExt;

/// The propulsion power at one speed and draught.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PropulsionPower {
    /// Propulsion power demand W of Eq. 8 (or of the curve), before wind and cap, kW.
    #[serde(rename = "demand_kw", with = "crate::units::serde_as::kilowatts")]
    pub demand: Power,
    /// Part of the demand supplied by wind-assisted propulsion, kW.
    #[serde(rename = "wind_kw", with = "crate::units::serde_as::kilowatts")]
    pub wind: Power,
    /// Main-engine power after the cap, kW.
    #[serde(rename = "main_engine_kw", with = "crate::units::serde_as::kilowatts")]
    pub main_engine: Power,
    /// Main-engine load, share of MCR (≤ the cap).
    #[serde(with = "crate::units::serde_as::fraction")]
    pub load: Ratio,
    /// Whether the load cap bound (the uncapped main-engine power exceeded the cap).
    pub load_capped: bool,
    /// The speed at which the main engine reaches the cap at this draught, kn.
    #[serde(rename = "speed_at_cap_kn", with = "crate::units::serde_as::knots")]
    pub speed_at_cap: Velocity,
    /// The draught factor (T/T_ref)^0.66.
    pub draught_factor: f64,
}

impl PropulsionPower {
    /// The wind share of propulsion power, P_wind / P_prop (the FuelEU wind-reward ratio), or
    /// 0 when there is no demand.
    pub fn wind_share(&self) -> f64 {
        let d = self.demand.kilowatts();
        if d > 0.0 {
            self.wind.kilowatts() / d
        } else {
            0.0
        }
    }
}

impl Vessel {
    /// The propulsion power and main-engine load at `speed` (through water) and `draught`
    /// (Fourth IMO GHG Study 2020, Eq. 8; see the module documentation).
    ///
    /// Errors: a NaN or negative speed; a NaN, zero or negative draught; a speed above
    /// 1.10 × max(design speed, speed at the load cap) ([`Error::NotReachable`]).
    ///
    /// ```
    /// use green_corridor::prelude::*;
    /// use green_corridor::vessel::{metres, EngineType, FuelSupply, ShipType, Vessel};
    /// use green_corridor::fuel::FuelFamily;
    /// let ship = Vessel::builder("bulk", ShipType::Bulk)
    ///     .deadweight(tonnes(80_000.0)).build_year(2012)
    ///     .design_speed(knots(14.0)).design_draught(metres(14.0))
    ///     .main_engine(kilowatts(10_000.0), EngineType::SlowSpeedDiesel, FuelSupply::mono(FuelFamily::Oil))
    ///     .build()?;
    /// // 80 % of design speed, design draught: 1 × 10,000 × 0.8³ / (0.867 × 0.917) = 6,440 kW.
    /// let p = ship.propulsion_power(knots(11.2), metres(14.0))?;
    /// assert!((p.main_engine.kilowatts() - 10_000.0 * 0.512 / (0.867 * 0.917)).abs() < 1e-6);
    /// assert!(!p.load_capped);
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn propulsion_power(&self, speed: Velocity, draught: Length) -> Result<PropulsionPower> {
        self.propulsion_power_at(speed, draught, "")
    }

    pub(crate) fn propulsion_power_at(
        &self,
        speed: Velocity,
        draught: Length,
        prefix: &str,
    ) -> Result<PropulsionPower> {
        let spec = self.spec();
        let v = crate::error::non_negative(|| format!("{prefix}speed_kn"), speed.knots())?;
        let t = positive(|| format!("{prefix}draught_m"), draught.metres())?;
        let mcr = spec.main_engine.mcr.kilowatts();
        let v_ref = spec.design_speed.knots();
        let draught_factor = (t / spec.design_draught.metres()).powf(DRAUGHT_EXPONENT);
        let margins = self.weather_efficiency() * FOULING_EFFICIENCY;
        let engine_share = 1.0 - spec.wind_assist_share.value();
        let cap_kw = LOAD_CAP * mcr;
        let (demand, speed_at_cap) = match &spec.propulsion {
            PropulsionModel::Imo4 => {
                let at_ref = self.delta_w() * mcr * draught_factor / margins;
                let demand = at_ref * (v / v_ref).powf(SPEED_EXPONENT);
                let v_cap = v_ref * (cap_kw / (at_ref * engine_share)).powf(1.0 / SPEED_EXPONENT);
                (demand, v_cap)
            }
            PropulsionModel::Curve(curve) => {
                let scale = draught_factor / margins;
                let demand = curve.power_kw_unchecked(v) * scale;
                let v_cap = curve.speed_for_power_kw(cap_kw / (scale * engine_share));
                (demand, v_cap)
            }
        };
        let limit = (1.0 + UNREACHABLE_SPEED_MARGIN) * v_ref.max(speed_at_cap);
        if v > limit {
            return Err(Error::NotReachable {
                field: format!("{prefix}speed_kn"),
                value: v,
                expected: format!(
                    "at most {limit:.2} kn: 1.10 × the larger of the design speed ({v_ref} kn) \
                     and the speed at which the main engine reaches {:.0} % of MCR at this \
                     draught ({speed_at_cap:.2} kn)",
                    LOAD_CAP * 100.0
                ),
            });
        }
        let engine_uncapped = demand * engine_share;
        let load_capped = engine_uncapped > cap_kw;
        let engine = engine_uncapped.min(cap_kw);
        Ok(PropulsionPower {
            demand: kilowatts(demand),
            wind: kilowatts(demand - engine_uncapped),
            main_engine: kilowatts(engine),
            load: fraction(engine / mcr),
            load_capped,
            speed_at_cap: knots(speed_at_cap),
            draught_factor,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fuel::FuelFamily;
    use crate::units::{kilowatts, knots};
    use crate::vessel::{EngineType, FuelSupply, ShipType, SpeedPowerCurve, metres};
    use approx::assert_relative_eq;

    fn container(teu: f64) -> Vessel {
        Vessel::builder("c", ShipType::Container)
            .teu(teu)
            .build_year(2015)
            .design_speed(knots(22.0))
            .design_draught(metres(15.0))
            .main_engine(
                kilowatts(60_000.0),
                EngineType::SlowSpeedDiesel,
                FuelSupply::mono(FuelFamily::Oil),
            )
            .build()
            .unwrap()
    }

    #[test]
    fn design_point_80_percent_speed_85_percent_draught_and_the_cap() {
        // 14,000 TEU: δ_w = 1, η_w = 0.867, η_f = 0.917 → η_w·η_f = 0.795039.
        let ship = container(14_000.0);
        // At design speed and draught: W = 60,000 / 0.795039 = 75,468.0 kW > MCR → capped.
        let p = ship.propulsion_power(knots(22.0), metres(15.0)).unwrap();
        assert_relative_eq!(
            p.demand.kilowatts(),
            60_000.0 / 0.795039,
            max_relative = 1e-12
        );
        assert_relative_eq!(p.demand.kilowatts(), 75_468.0, epsilon = 0.1);
        assert_relative_eq!(p.main_engine.kilowatts(), 60_000.0);
        assert_relative_eq!(p.load.value(), 1.0);
        assert!(p.load_capped);
        // The cap is reached at v = 22 × 0.795039^(1/3) = 22 × 0.926395 = 20.3807 kn.
        assert_relative_eq!(
            p.speed_at_cap.knots(),
            22.0 * 0.795039_f64.cbrt(),
            max_relative = 1e-12
        );
        assert_relative_eq!(p.speed_at_cap.knots(), 20.3807, epsilon = 1e-4);
        // 80 % speed (17.6 kn), 85 % draught (12.75 m):
        // 0.8³ = 0.512; 0.85^0.66 = exp(0.66 × ln 0.85) = exp(0.66 × −0.1625189) = 0.8982898;
        // W = 60,000 × 0.8982917 × 0.512 / 0.795039 = 34,709.6 kW; load 0.578493.
        let p = ship.propulsion_power(knots(17.6), metres(12.75)).unwrap();
        assert_relative_eq!(p.draught_factor, 0.85_f64.powf(0.66), max_relative = 1e-12);
        assert_relative_eq!(p.draught_factor, 0.8982898, epsilon = 1e-7);
        assert_relative_eq!(p.main_engine.kilowatts(), 34_709.6, epsilon = 0.1);
        assert_relative_eq!(p.load.value(), 0.578493, epsilon = 1e-6);
        assert!(!p.load_capped);
    }

    #[test]
    fn delta_w_for_large_containers_and_cruise() {
        assert_relative_eq!(container(14_500.0).delta_w(), 1.0);
        assert_relative_eq!(container(14_501.0).delta_w(), 0.75);
        // 20,000 TEU at design point: 0.75 × 60,000 / 0.795039 = 56,601.3 kW, below the cap.
        let p = container(20_000.0)
            .propulsion_power(knots(22.0), metres(15.0))
            .unwrap();
        assert_relative_eq!(
            p.main_engine.kilowatts(),
            45_000.0 / 0.795039,
            max_relative = 1e-12
        );
        assert!(!p.load_capped);
        assert_relative_eq!(container(500.0).weather_efficiency(), 0.909);
    }

    #[test]
    fn far_above_design_speed_is_unreachable_and_just_above_is_capped() {
        let ship = container(14_000.0);
        // Limit 1.10 × max(22, 20.38) = 24.2 kn.
        let p = ship.propulsion_power(knots(24.0), metres(15.0)).unwrap();
        assert!(p.load_capped);
        assert_relative_eq!(p.load.value(), 1.0);
        let e = ship
            .propulsion_power(knots(24.3), metres(15.0))
            .unwrap_err();
        assert!(matches!(e, Error::NotReachable { ref field, .. } if field == "speed_kn"));
        let e = ship
            .propulsion_power(knots(f64::NAN), metres(15.0))
            .unwrap_err();
        assert!(matches!(e, Error::NonFinite { .. }));
        let e = ship.propulsion_power(knots(10.0), metres(0.0)).unwrap_err();
        assert!(matches!(e, Error::OutOfRange { ref field, .. } if field == "draught_m"));
        let e = ship
            .propulsion_power(knots(-1.0), metres(10.0))
            .unwrap_err();
        assert!(matches!(e, Error::Negative { .. }));
    }

    #[test]
    fn wind_assist_takes_its_share_off_the_engine() {
        let ship = Vessel::builder("b", ShipType::Bulk)
            .deadweight(crate::units::tonnes(80_000.0))
            .build_year(2015)
            .design_speed(knots(14.0))
            .design_draught(metres(14.0))
            .main_engine(
                kilowatts(10_000.0),
                EngineType::SlowSpeedDiesel,
                FuelSupply::mono(FuelFamily::Oil),
            )
            .wind_assist_share(0.1)
            .build()
            .unwrap();
        let p = ship.propulsion_power(knots(11.2), metres(14.0)).unwrap();
        let demand = 10_000.0 * 0.512 / 0.795039;
        assert_relative_eq!(p.demand.kilowatts(), demand, max_relative = 1e-12);
        assert_relative_eq!(
            p.main_engine.kilowatts(),
            0.9 * demand,
            max_relative = 1e-12
        );
        assert_relative_eq!(p.wind_share(), 0.1, epsilon = 1e-12);
    }

    #[test]
    fn curve_model_applies_draught_weather_and_fouling() {
        let curve = SpeedPowerCurve::new(vec![
            (knots(10.0), kilowatts(4_000.0)),
            (knots(14.0), kilowatts(9_000.0)),
        ])
        .unwrap();
        let ship = Vessel::builder("b", ShipType::Bulk)
            .deadweight(crate::units::tonnes(80_000.0))
            .build_year(2015)
            .design_speed(knots(14.0))
            .design_draught(metres(14.0))
            .main_engine(
                kilowatts(12_000.0),
                EngineType::SlowSpeedDiesel,
                FuelSupply::mono(FuelFamily::Oil),
            )
            .speed_power_curve(curve)
            .build()
            .unwrap();
        // 12 kn: curve 6,500 kW; / 0.795039 = 8,175.7 kW.
        let p = ship.propulsion_power(knots(12.0), metres(14.0)).unwrap();
        assert_relative_eq!(
            p.main_engine.kilowatts(),
            6_500.0 / 0.795039,
            max_relative = 1e-12
        );
        // Cap 12,000 kW reached where curve = 12,000 × 0.795039 = 9,540.47 kW, beyond the last
        // point: v = 14 × (9,540.47/9,000)^(1/3).
        let v_cap = 14.0 * (12_000.0 * 0.795039 / 9_000.0_f64).cbrt();
        assert_relative_eq!(p.speed_at_cap.knots(), v_cap, epsilon = 1e-6);
        assert!(
            ship.propulsion_power(knots(1.11 * v_cap), metres(14.0))
                .is_err()
        );
    }
}
