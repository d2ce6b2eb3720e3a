//! Target pathways: how much a corridor may emit, year by year, to stay aligned with a goal.
//!
//! A [`TargetPathway`] is a list of cited checkpoints and a stated interpolation between them.
//! It is either **relative** (a fraction of a reference year's emissions: 0.8 = −20 %) or an
//! **intensity** (an absolute value of an intensity metric such as gCO2e/MJ). Relative pathways
//! become absolute with a reference value ([`TargetPathway::absolute`]), and absolute paths become
//! intensity paths with an activity path ([`to_intensity_path`]).

// Years and indices are computed here: integer arithmetic must be checked or wide.
#![deny(clippy::arithmetic_side_effects)]

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::numeric::years::{check_year, year_fraction};

/// How values between two checkpoints are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Interpolation {
    /// Straight line between checkpoints.
    Linear,
    /// Constant annual rate between checkpoints (v = v0·(v1/v0)^((y−y0)/(y1−y0))); falls back to
    /// linear on a segment where either end is zero or the signs differ.
    Geometric,
    /// The value of the latest checkpoint holds until the next one (a step function, as the
    /// FuelEU limits of Art. 4(2)).
    Step,
}

/// What a pathway's values mean.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum PathwayKind {
    /// Fractions of the emissions of `reference_year` (1.0 = the reference-year level).
    Relative {
        /// The year whose emissions are 1.0.
        reference_year: i32,
    },
    /// Absolute values of an intensity metric, in `unit` (e.g. "gCO2e/MJ", "gCO2e/TEU-km").
    Intensity {
        /// The unit of the values, as text shown in reports.
        unit: String,
    },
}

/// One checkpoint of a pathway.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    /// Calendar year.
    pub year: i32,
    /// The value in that year (a fraction for relative pathways, an intensity otherwise).
    pub value: f64,
}

/// A target pathway with its source and assumptions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetPathway {
    name: String,
    source: String,
    assumptions: String,
    kind: PathwayKind,
    checkpoints: Vec<Checkpoint>,
    interpolation: Interpolation,
}

impl TargetPathway {
    /// A validated pathway. Errors: no checkpoint; a year outside
    /// [`YEAR_MIN`](crate::numeric::years::YEAR_MIN)–[`YEAR_MAX`](crate::numeric::years::YEAR_MAX)
    /// (checkpoints and the reference year); years not strictly increasing; a non-finite or
    /// negative value.
    pub fn new(
        name: &str,
        source: &str,
        assumptions: &str,
        kind: PathwayKind,
        checkpoints: Vec<Checkpoint>,
        interpolation: Interpolation,
    ) -> Result<Self> {
        let field = |i: usize, what: &str| format!("pathway '{name}'.checkpoints[{i}].{what}");
        if checkpoints.is_empty() {
            return Err(Error::Empty {
                field: format!("pathway '{name}'.checkpoints"),
                expected: "at least one checkpoint".into(),
            });
        }
        for (i, c) in checkpoints.iter().enumerate() {
            check_year(&field(i, "year"), c.year)?;
            crate::error::non_negative(|| field(i, "value"), c.value)?;
            if let Some(prev) = i.checked_sub(1).and_then(|j| checkpoints.get(j)) {
                if c.year <= prev.year {
                    return Err(Error::OutOfRange {
                        field: field(i, "year"),
                        value: f64::from(c.year),
                        expected: format!(
                            "a year after {} (checkpoints in increasing order)",
                            prev.year
                        ),
                    });
                }
            }
        }
        if let PathwayKind::Relative { reference_year } = kind {
            check_year(&format!("pathway '{name}'.reference_year"), reference_year)?;
            // The reference year must be covered so that value(reference_year) = 1 is meaningful.
            let first = checkpoints.first().map_or(reference_year, |c| c.year);
            if reference_year < first {
                return Err(Error::OutOfRange {
                    field: format!("pathway '{name}'.reference_year"),
                    value: f64::from(reference_year),
                    expected: format!("a year covered by the checkpoints (from {first})"),
                });
            }
        }
        Ok(Self {
            name: name.to_string(),
            source: source.to_string(),
            assumptions: assumptions.to_string(),
            kind,
            checkpoints,
            interpolation,
        })
    }

    /// The pathway's name.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Where the checkpoints come from.
    pub fn source(&self) -> &str {
        &self.source
    }
    /// The assumptions made in turning the source into checkpoints.
    pub fn assumptions(&self) -> &str {
        &self.assumptions
    }
    /// What the values mean.
    pub fn kind(&self) -> &PathwayKind {
        &self.kind
    }
    /// The checkpoints.
    pub fn checkpoints(&self) -> &[Checkpoint] {
        &self.checkpoints
    }
    /// The interpolation between checkpoints.
    pub fn interpolation(&self) -> Interpolation {
        self.interpolation
    }

    /// First and last year the pathway defines.
    pub fn years(&self) -> (i32, i32) {
        let first = self.checkpoints.first().map_or(0, |c| c.year);
        let last = self.checkpoints.last().map_or(0, |c| c.year);
        (first, last)
    }

    /// The pathway's value in `year`. A year outside the checkpoints is an error, never an
    /// extrapolation.
    pub fn value(&self, year: i32) -> Result<f64> {
        let (first, last) = self.years();
        if year < first || year > last {
            return Err(Error::YearOutOfRange {
                field: "year".into(),
                year,
                regime: format!("pathway '{}'", self.name),
                expected: format!("{first}–{last}"),
            });
        }
        let pair = self
            .checkpoints
            .windows(2)
            .find(|w| matches!(w, [a, b] if year >= a.year && year <= b.year));
        let [a, b] = match pair {
            Some([a, b]) => [*a, *b],
            // A single checkpoint, or `year` is the only/last one.
            _ => {
                let c = self
                    .checkpoints
                    .iter()
                    .find(|c| c.year == year)
                    .or(self.checkpoints.last());
                return c.map(|c| c.value).ok_or_else(|| Error::Empty {
                    field: format!("pathway '{}'.checkpoints", self.name),
                    expected: "at least one checkpoint".into(),
                });
            }
        };
        if year == b.year {
            return Ok(b.value);
        }
        // Checkpoint years are strictly increasing, so a.year < b.year; wide arithmetic.
        let t = year_fraction(year, a.year, b.year).unwrap_or(0.0);
        Ok(interpolate(self.interpolation, a.value, b.value, t))
    }

    /// The absolute value in `year` of a relative pathway, given the emissions (or any quantity)
    /// of its reference year: `reference_value · value(year)`. For an intensity pathway the
    /// reference value is ignored and the intensity is returned.
    pub fn absolute(&self, year: i32, reference_value: f64) -> Result<f64> {
        crate::error::finite(|| "reference_value".into(), reference_value)?;
        let v = self.value(year)?;
        match self.kind {
            PathwayKind::Relative { .. } => crate::numeric::finite_result(
                reference_value * v,
                "reference_value",
                reference_value,
                &format!("the absolute value of pathway '{}'", self.name),
            ),
            PathwayKind::Intensity { .. } => Ok(v),
        }
    }

    /// The same pathway re-expressed relative to `year`'s own level (value(year) becomes 1).
    ///
    /// Use this to apply a 2008-based reduction pathway to a corridor whose emissions are known
    /// from a later base year, under the stated assumption that the corridor's base-year
    /// emissions sit on the pathway in that year. Errors if the pathway is zero in `year`.
    pub fn rebased(&self, year: i32) -> Result<Self> {
        let v = self.value(year)?;
        if v <= 0.0 {
            return Err(Error::Undefined {
                quantity: format!("pathway '{}' rebased to {year}", self.name),
                reason: "the pathway is zero in that year".into(),
            });
        }
        let mut checkpoints: Vec<Checkpoint> = self
            .checkpoints
            .iter()
            .filter(|c| c.year > year)
            .map(|c| {
                Ok(Checkpoint {
                    year: c.year,
                    value: crate::numeric::checked_ratio(
                        c.value,
                        v,
                        &format!("pathway '{}'.value({year})", self.name),
                        "the rebased pathway",
                    )?,
                })
            })
            .collect::<Result<_>>()?;
        checkpoints.insert(0, Checkpoint { year, value: 1.0 });
        let kind = match self.kind {
            PathwayKind::Relative { .. } => PathwayKind::Relative {
                reference_year: year,
            },
            ref k @ PathwayKind::Intensity { .. } => k.clone(),
        };
        TargetPathway::new(
            &format!("{} (rebased to {year})", self.name),
            &self.source,
            &format!(
                "{} Rebased: the base-year level is assumed to lie on the pathway in {year}.",
                self.assumptions
            ),
            kind,
            checkpoints,
            self.interpolation,
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetPathwayRepr {
    name: String,
    #[serde(default)]
    source: String,
    #[serde(default)]
    assumptions: String,
    kind: PathwayKind,
    checkpoints: Vec<Checkpoint>,
    interpolation: Interpolation,
}

impl<'de> Deserialize<'de> for TargetPathway {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let r = TargetPathwayRepr::deserialize(d)?;
        TargetPathway::new(
            &r.name,
            &r.source,
            &r.assumptions,
            r.kind,
            r.checkpoints,
            r.interpolation,
        )
        .map_err(serde::de::Error::custom)
    }
}

/// The value a fraction `t` (0..1) of the way from `a` to `b`: a + t·(b − a), or
/// a·(b/a)^t for [`Interpolation::Geometric`] when both are positive. Where b − a or b/a would
/// overflow (values near ±1.8e308, or b/a beyond range) the same value is computed in a form
/// that cannot: (1 − t)·a + t·b, and exp((1 − t)·ln a + t·ln b) kept within [a, b].
pub(crate) fn interpolate(how: Interpolation, a: f64, b: f64, t: f64) -> f64 {
    let linear = || {
        let d = b - a;
        if d.is_finite() {
            a + t * d
        } else {
            (1.0 - t) * a + t * b
        }
    };
    match how {
        Interpolation::Step => a,
        Interpolation::Geometric if a > 0.0 && b > 0.0 => {
            let v = a * (b / a).powf(t);
            if v.is_finite() && v > 0.0 {
                v
            } else {
                ((1.0 - t) * a.ln() + t * b.ln())
                    .exp()
                    .clamp(a.min(b), a.max(b))
            }
        }
        Interpolation::Linear | Interpolation::Geometric => linear(),
    }
}

/// The activity of `year` in an activity path, or an error naming the year.
fn activity_at(activity: &[(i32, f64)], year: i32, what: &str) -> Result<f64> {
    let act = activity
        .iter()
        .find(|(y, _)| *y == year)
        .map(|(_, a)| *a)
        .ok_or_else(|| Error::YearOutOfRange {
            field: "activity".into(),
            year,
            regime: "the activity path".into(),
            expected: format!("every year of the {what} path"),
        })?;
    crate::error::finite(|| format!("activity[{year}]"), act)
}

/// Converts an absolute path (emissions per year) into an intensity path (emissions per unit
/// of activity), year by year: intensity_y = absolute_y / activity_y.
///
/// `absolute` and `activity` are (year, value) pairs; every year of `absolute` must have a
/// positive activity. Units follow the inputs (t CO2e / TEU-km → t CO2e per TEU-km).
pub fn to_intensity_path(
    absolute: &[(i32, f64)],
    activity: &[(i32, f64)],
) -> Result<Vec<(i32, f64)>> {
    absolute
        .iter()
        .map(|&(year, value)| {
            crate::error::finite(|| format!("absolute[{year}]"), value)?;
            let act = activity_at(activity, year, "absolute")?;
            if act <= 0.0 {
                return Err(Error::OutOfRange {
                    field: format!("activity[{year}]"),
                    value: act,
                    expected: "a positive activity".into(),
                });
            }
            let i = crate::numeric::checked_ratio(
                value,
                act,
                &format!("activity[{year}]"),
                "the intensity",
            )?;
            Ok((year, i))
        })
        .collect()
}

/// Converts an intensity path into an absolute path: absolute_y = intensity_y · activity_y.
pub fn to_absolute_path(
    intensity: &[(i32, f64)],
    activity: &[(i32, f64)],
) -> Result<Vec<(i32, f64)>> {
    intensity
        .iter()
        .map(|&(year, value)| {
            crate::error::finite(|| format!("intensity[{year}]"), value)?;
            let act = activity_at(activity, year, "intensity")?;
            crate::error::non_negative(|| format!("activity[{year}]"), act)?;
            let a = crate::numeric::finite_result(
                value * act,
                &format!("activity[{year}]"),
                act,
                "the absolute value",
            )?;
            Ok((year, a))
        })
        .collect()
}
