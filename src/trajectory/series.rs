//! Year series: a scenario input that changes over the years (speed, growth, shares, prices).

// Years and indices are computed here: integer arithmetic must be checked or wide.
#![deny(clippy::arithmetic_side_effects)]

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::numeric::years::{YEAR_MIN, check_year, year_fraction};
use crate::trajectory::pathway::{Checkpoint, Interpolation, interpolate};

/// Largest number of points a series accepts (a guard against hostile input).
pub const MAX_SERIES_POINTS: usize = 1_000;

/// A value by year, given at points and interpolated between them. Before the first point the
/// first value holds, after the last point the last value holds: a schedule stays in force until
/// it changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    points: Vec<Checkpoint>,
    interpolation: Interpolation,
}

impl Series {
    /// A constant series (one point, at [`YEAR_MIN`]; it holds in every year).
    pub fn constant(value: f64) -> Result<Self> {
        Series::new(
            vec![Checkpoint {
                year: YEAR_MIN,
                value,
            }],
            Interpolation::Step,
        )
    }

    /// A validated series: one to [`MAX_SERIES_POINTS`] points, years from
    /// [`YEAR_MIN`] to
    /// [`YEAR_MAX`](crate::numeric::years::YEAR_MAX) and strictly increasing, finite values.
    pub fn new(points: Vec<Checkpoint>, interpolation: Interpolation) -> Result<Self> {
        if points.is_empty() {
            return Err(Error::Empty {
                field: "series.points".into(),
                expected: "at least one (year, value) point".into(),
            });
        }
        if points.len() > MAX_SERIES_POINTS {
            return Err(Error::OutOfRange {
                field: "series.points".into(),
                value: points.len() as f64,
                expected: format!("at most {MAX_SERIES_POINTS} points"),
            });
        }
        for (i, p) in points.iter().enumerate() {
            check_year(&format!("series.points[{i}].year"), p.year)?;
            crate::error::finite(|| format!("series.points[{i}].value"), p.value)?;
            if let Some(prev) = i.checked_sub(1).and_then(|j| points.get(j)) {
                if p.year <= prev.year {
                    return Err(Error::OutOfRange {
                        field: format!("series.points[{i}].year"),
                        value: f64::from(p.year),
                        expected: format!(
                            "a year after {} (points in increasing order)",
                            prev.year
                        ),
                    });
                }
            }
        }
        Ok(Self {
            points,
            interpolation,
        })
    }

    /// A series from (year, value) pairs, interpolated linearly.
    pub fn linear(points: &[(i32, f64)]) -> Result<Self> {
        Series::new(
            points
                .iter()
                .map(|&(year, value)| Checkpoint { year, value })
                .collect(),
            Interpolation::Linear,
        )
    }

    /// A series from (year, value) pairs that steps (each value holds until the next).
    pub fn steps(points: &[(i32, f64)]) -> Result<Self> {
        Series::new(
            points
                .iter()
                .map(|&(year, value)| Checkpoint { year, value })
                .collect(),
            Interpolation::Step,
        )
    }

    /// The points.
    pub fn points(&self) -> &[Checkpoint] {
        &self.points
    }

    /// The interpolation between points.
    pub fn interpolation(&self) -> Interpolation {
        self.interpolation
    }

    /// The value in `year` (any `i32`: before the first point the first value holds, after the
    /// last the last; year differences are taken in wide arithmetic). Always finite: it lies
    /// between two of the series' finite values.
    pub fn value(&self, year: i32) -> f64 {
        let (Some(first), Some(last)) = (self.points.first(), self.points.last()) else {
            return 0.0;
        };
        if year <= first.year {
            return first.value;
        }
        if year >= last.year {
            return last.value;
        }
        for w in self.points.windows(2) {
            if let [a, b] = w {
                if year >= a.year && year < b.year {
                    let t = year_fraction(year, a.year, b.year).unwrap_or(0.0);
                    return interpolate(self.interpolation, a.value, b.value, t);
                }
            }
        }
        last.value
    }

    /// Checks every value lies in [lo, hi]; `field` names the series in the error.
    pub fn check_range(&self, field: &str, lo: f64, hi: f64) -> Result<()> {
        for (i, p) in self.points.iter().enumerate() {
            crate::error::in_range(|| format!("{field}.points[{i}].value"), p.value, lo, hi)?;
        }
        Ok(())
    }

    /// The same series with every value multiplied by `k` (used by Monte Carlo). Errors when
    /// `k` is not finite, or when a product overflows ([`Error::OutOfRange`] naming `field`,
    /// the multiplier, with its value).
    pub fn scaled(&self, k: f64, field: &str) -> Result<Series> {
        crate::numeric::finite(k, field)?;
        let points = self
            .points
            .iter()
            .map(|p| {
                Ok(Checkpoint {
                    year: p.year,
                    value: crate::numeric::finite_result(
                        p.value * k,
                        field,
                        k,
                        "the scaled series",
                    )?,
                })
            })
            .collect::<Result<_>>()?;
        Ok(Series {
            points,
            interpolation: self.interpolation,
        })
    }
}

/// Serialised forms of a [`Series`]: a bare number (a constant), or a table of points.
#[derive(Deserialize)]
#[serde(untagged)]
enum SeriesRepr {
    Constant(f64),
    Points(SeriesPoints),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeriesPoints {
    points: Vec<Checkpoint>,
    interpolation: Interpolation,
}

impl<'de> Deserialize<'de> for Series {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        match SeriesRepr::deserialize(d)? {
            SeriesRepr::Constant(v) => Series::constant(v),
            SeriesRepr::Points(r) => Series::new(r.points, r.interpolation),
        }
        .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_outside_and_interpolates_inside() {
        let s = Series::linear(&[(2025, 10.0), (2035, 20.0)]).unwrap();
        assert_eq!(s.value(2020), 10.0);
        assert_eq!(s.value(2030), 15.0);
        assert_eq!(s.value(2050), 20.0);
        let st = Series::steps(&[(2025, 1.0), (2030, 2.0)]).unwrap();
        assert_eq!(st.value(2029), 1.0);
        assert_eq!(st.value(2030), 2.0);
        assert!(Series::linear(&[(2030, 1.0), (2025, 2.0)]).is_err());
        assert!(Series::linear(&[]).is_err());
        assert!(Series::linear(&[(2025, f64::NAN)]).is_err());
        assert!(s.check_range("speed", 0.0, 15.0).is_err());
    }

    #[test]
    fn serde_accepts_a_number_or_points() {
        let c: Series = serde_json::from_str("12.5").unwrap();
        assert_eq!(c.value(2040), 12.5);
        let p: Series = serde_json::from_str(
            r#"{"points":[{"year":2025,"value":47},{"year":2030,"value":35}],"interpolation":"linear"}"#,
        )
        .unwrap();
        assert!((p.value(2027) - 42.2).abs() < 1e-12);
        assert!(
            serde_json::from_str::<Series>(r#"{"points":[],"interpolation":"linear"}"#).is_err()
        );
        assert!(
            serde_json::from_str::<Series>(
                r#"{"points":[{"year":2025,"value":1}],"interp":"linear"}"#
            )
            .is_err()
        );
    }
}
