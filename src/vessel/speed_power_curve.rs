//! A user-supplied speed–power curve (sea trials or model tests).
//!
//! **Interpolation: piecewise linear** between points, which is monotone whenever the points
//! are (no overshoot, unlike an unconstrained cubic spline). Below the first point the power
//! follows the cube law through the first point, P = P₀·(v/v₀)³ (so it reaches zero at rest);
//! above the last point it follows the cube law through the last point, and the vessel's load
//! cap and unreachable-speed check apply as for Eq. 8.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::units::{Power, PowerExt, Velocity, VelocityExt, kilowatts, knots};

/// One point of a speed–power curve.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CurvePoint {
    /// Speed through water, kn.
    #[serde(rename = "speed_kn", with = "crate::units::serde_as::knots")]
    pub speed: Velocity,
    /// Shaft (brake) power, kW.
    #[serde(rename = "power_kw", with = "crate::units::serde_as::kilowatts")]
    pub power: Power,
}

/// A validated speed–power curve: at least two points, speeds strictly increasing, powers not
/// decreasing, every value finite and not negative, last power positive.
///
/// The curve is read as the calm-water, clean-hull power at the design draught (a sea-trial
/// curve); the vessel model applies the draught correction (T/T_ref)^0.66 and divides by the
/// weather and fouling efficiencies η_w·η_f of Eq. 8 (δ_w, a correction of the cube law, is
/// not applied).
///
/// ```
/// use green_corridor::vessel::SpeedPowerCurve;
/// use green_corridor::units::{knots, kilowatts, PowerExt};
/// let curve = SpeedPowerCurve::new(vec![
///     (knots(12.0), kilowatts(8_000.0)),
///     (knots(16.0), kilowatts(19_000.0)),
///     (knots(20.0), kilowatts(37_000.0)),
/// ])?;
/// // Halfway between 16 and 20 kn: (19,000 + 37,000) / 2.
/// assert!((curve.power_at(knots(18.0))?.kilowatts() - 28_000.0).abs() < 1e-6);
/// # Ok::<(), green_corridor::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "CurveRepr", into = "CurveRepr")]
pub struct SpeedPowerCurve {
    points: Vec<CurvePoint>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CurveRepr {
    points: Vec<CurvePoint>,
}

impl TryFrom<CurveRepr> for SpeedPowerCurve {
    type Error = Error;
    fn try_from(r: CurveRepr) -> Result<Self> {
        SpeedPowerCurve::from_points(r.points)
    }
}

impl From<SpeedPowerCurve> for CurveRepr {
    fn from(c: SpeedPowerCurve) -> Self {
        CurveRepr { points: c.points }
    }
}

impl SpeedPowerCurve {
    /// A curve from (speed, power) pairs, validated.
    pub fn new(points: Vec<(Velocity, Power)>) -> Result<Self> {
        Self::from_points(
            points
                .into_iter()
                .map(|(speed, power)| CurvePoint { speed, power })
                .collect(),
        )
    }

    /// A curve from points, validated (see the type's documentation). Errors name the point:
    /// `curve.points[2].speed_kn`.
    pub fn from_points(points: Vec<CurvePoint>) -> Result<Self> {
        if points.is_empty() {
            return Err(Error::Empty {
                field: "curve.points".into(),
                expected: "at least two (speed, power) points".into(),
            });
        }
        if points.len() < 2 {
            return Err(Error::OutOfRange {
                field: "curve.points.len()".into(),
                value: points.len() as f64,
                expected: "at least two (speed, power) points".into(),
            });
        }
        for (i, p) in points.iter().enumerate() {
            crate::error::non_negative(|| format!("curve.points[{i}].speed_kn"), p.speed.knots())?;
            crate::error::non_negative(
                || format!("curve.points[{i}].power_kw"),
                p.power.kilowatts(),
            )?;
        }
        for (i, w) in points.windows(2).enumerate() {
            let [a, b] = w else { continue };
            if b.speed.knots() <= a.speed.knots() {
                return Err(Error::NotMonotonic {
                    field: format!("curve.points[{}].speed_kn", i + 1),
                    value: b.speed.knots(),
                    expected: format!(
                        "speeds strictly increasing (previous {} kn)",
                        a.speed.knots()
                    ),
                });
            }
            if b.power.kilowatts() < a.power.kilowatts() {
                return Err(Error::NotMonotonic {
                    field: format!("curve.points[{}].power_kw", i + 1),
                    value: b.power.kilowatts(),
                    expected: format!(
                        "powers not decreasing (previous {} kW)",
                        a.power.kilowatts()
                    ),
                });
            }
        }
        let last = points.last().map_or(0.0, |p| p.power.kilowatts());
        if last <= 0.0 || points.first().is_some_and(|p| p.speed.knots() <= 0.0) {
            return Err(Error::OutOfRange {
                field: "curve.points".into(),
                value: last,
                expected: "a positive first speed and a positive power at the last point".into(),
            });
        }
        Ok(Self { points })
    }

    /// The points.
    pub fn points(&self) -> &[CurvePoint] {
        &self.points
    }

    /// The highest speed of the table.
    pub fn max_speed(&self) -> Velocity {
        knots(self.points.last().map_or(0.0, |p| p.speed.knots()))
    }

    /// The curve's power at `speed` (linear inside, cube law outside the table).
    /// Errors: a NaN, infinite or negative speed.
    pub fn power_at(&self, speed: Velocity) -> Result<Power> {
        let v = crate::error::non_negative(|| "speed".into(), speed.knots())?;
        Ok(kilowatts(self.power_kw_unchecked(v)))
    }

    pub(crate) fn power_kw_unchecked(&self, v: f64) -> f64 {
        let pts = &self.points;
        let (Some(first), Some(last)) = (pts.first(), pts.last()) else {
            return 0.0;
        };
        let (v0, p0) = (first.speed.knots(), first.power.kilowatts());
        let (vn, pn) = (last.speed.knots(), last.power.kilowatts());
        if v <= v0 {
            return p0 * (v / v0).powi(3);
        }
        if v >= vn {
            return pn * (v / vn).powi(3);
        }
        // v0 < v < vn: find the segment [a, b] with a.speed ≤ v < b.speed.
        let i = pts.partition_point(|p| p.speed.knots() <= v);
        match (pts.get(i.wrapping_sub(1)), pts.get(i)) {
            (Some(a), Some(b)) => {
                let (va, pa) = (a.speed.knots(), a.power.kilowatts());
                let (vb, pb) = (b.speed.knots(), b.power.kilowatts());
                pa + (pb - pa) * (v - va) / (vb - va)
            }
            _ => pn,
        }
    }

    /// The lowest speed at which the curve's power reaches `power_kw` (inverse of the
    /// non-decreasing curve), by bisection to 1e-9 kn.
    pub(crate) fn speed_for_power_kw(&self, power_kw: f64) -> f64 {
        let vn = self.max_speed().knots();
        let mut hi = vn.max(1e-9);
        // The cube extension grows without bound, so a bracket exists for any finite power.
        let mut guard = 0;
        while self.power_kw_unchecked(hi) < power_kw && guard < 200 {
            hi *= 2.0;
            guard += 1;
        }
        let mut lo = 0.0;
        for _ in 0..200 {
            let mid = 0.5 * (lo + hi);
            if self.power_kw_unchecked(mid) < power_kw {
                lo = mid;
            } else {
                hi = mid;
            }
            if hi - lo < 1e-9 {
                break;
            }
        }
        hi
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    fn curve() -> SpeedPowerCurve {
        SpeedPowerCurve::new(vec![
            (knots(10.0), kilowatts(5_000.0)),
            (knots(15.0), kilowatts(15_000.0)),
            (knots(20.0), kilowatts(40_000.0)),
        ])
        .unwrap()
    }

    #[test]
    fn interpolates_linearly_and_extends_by_the_cube_law() {
        let c = curve();
        let p = |v: f64| c.power_at(knots(v)).unwrap().kilowatts();
        assert_relative_eq!(p(10.0), 5_000.0);
        assert_relative_eq!(p(12.5), 10_000.0, epsilon = 1e-9);
        assert_relative_eq!(p(15.0), 15_000.0);
        assert_relative_eq!(p(17.0), 25_000.0, epsilon = 1e-9);
        // Below: 5,000 × (5/10)³ = 625.
        assert_relative_eq!(p(5.0), 625.0, epsilon = 1e-9);
        assert_relative_eq!(p(0.0), 0.0);
        // Above: 40,000 × (22/20)³ = 53,240.
        assert_relative_eq!(p(22.0), 53_240.0, epsilon = 1e-6);
        // Monotone on a fine grid.
        let mut prev = 0.0;
        for i in 0..=300 {
            let x = p(f64::from(i) * 0.1);
            assert!(x >= prev);
            prev = x;
        }
        // Inverse.
        assert_relative_eq!(c.speed_for_power_kw(25_000.0), 17.0, epsilon = 1e-6);
        assert_relative_eq!(c.speed_for_power_kw(53_240.0), 22.0, epsilon = 1e-6);
    }

    #[test]
    fn bad_curves_are_typed_errors_naming_the_point() {
        let e = SpeedPowerCurve::new(vec![]).unwrap_err();
        assert!(matches!(e, Error::Empty { ref field, .. } if field == "curve.points"));
        let e = SpeedPowerCurve::new(vec![(knots(10.0), kilowatts(1.0))]).unwrap_err();
        assert!(matches!(e, Error::OutOfRange { .. }));
        let e = SpeedPowerCurve::new(vec![
            (knots(10.0), kilowatts(1.0)),
            (knots(12.0), kilowatts(2.0)),
            (knots(12.0), kilowatts(3.0)),
        ])
        .unwrap_err();
        assert!(
            matches!(e, Error::NotMonotonic { ref field, .. } if field == "curve.points[2].speed_kn")
        );
        let e = SpeedPowerCurve::new(vec![
            (knots(10.0), kilowatts(5.0)),
            (knots(12.0), kilowatts(4.0)),
        ])
        .unwrap_err();
        assert!(
            matches!(e, Error::NotMonotonic { ref field, .. } if field == "curve.points[1].power_kw")
        );
        let e = SpeedPowerCurve::new(vec![
            (knots(10.0), kilowatts(f64::NAN)),
            (knots(12.0), kilowatts(4.0)),
        ])
        .unwrap_err();
        assert!(
            matches!(e, Error::NonFinite { ref field, .. } if field == "curve.points[0].power_kw")
        );
    }

    #[test]
    fn serde_validates() {
        let ok: SpeedPowerCurve = serde_json::from_str(
            r#"{"points":[{"speed_kn":10,"power_kw":100},{"speed_kn":12,"power_kw":200}]}"#,
        )
        .unwrap();
        assert_eq!(ok.points().len(), 2);
        assert!(
            serde_json::from_str::<SpeedPowerCurve>(
                r#"{"points":[{"speed_kn":12,"power_kw":100},{"speed_kn":10,"power_kw":200}]}"#
            )
            .is_err()
        );
        assert!(serde_json::from_str::<SpeedPowerCurve>(
            r#"{"points":[{"speed_kn":10,"power_kw":100,"rpm":3},{"speed_kn":12,"power_kw":200}]}"#
        )
        .is_err());
    }
}
