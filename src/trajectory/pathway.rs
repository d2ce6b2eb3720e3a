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

    /// The pathway's reference year (relative pathways), `None` for an intensity pathway.
    pub fn reference_year(&self) -> Option<i32> {
        match self.kind {
            PathwayKind::Relative { reference_year } => Some(reference_year),
            PathwayKind::Intensity { .. } => None,
        }
    }

    /// The requirement in `year`: for a relative pathway, `reference.value() · value(year)`
    /// with a [`Reference`] **of the pathway's reference year** (no implicit rebasing); for an
    /// intensity pathway, the intensity (the reference is not needed and may be `None`).
    ///
    /// Errors: a relative pathway without a reference ([`Error::MissingInput`]); a reference of
    /// another year ([`Error::ReferenceYearMismatch`] — e.g. a 2025 value as the 2008 level);
    /// a year outside the checkpoints.
    ///
    /// ```
    /// use green_corridor::trajectory::{Reference, targets::imo_2023_minimum};
    /// use green_corridor::Error;
    /// let imo = imo_2023_minimum()?;
    /// // The service emitted 100 kt in 2025: that is not its 2008 level.
    /// let wrong = Reference::measured(2025, 100_000.0, "voyage model")?;
    /// assert!(matches!(imo.absolute(2030, Some(&wrong)), Err(Error::ReferenceYearMismatch { .. })));
    /// // Stated assumption: the service sits on the IMO minimum line in 2025 (0.8455 of 2008).
    /// let on = Reference::on_pathway(&imo, 2025, 100_000.0)?;
    /// let r2030 = imo.absolute(2030, Some(&on))?;
    /// assert!((r2030 - 100_000.0 * 0.80 / (1.0 - 0.2 * 17.0 / 22.0)).abs() < 1e-6);
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn absolute(&self, year: i32, reference: Option<&Reference>) -> Result<f64> {
        let v = self.value(year)?;
        let PathwayKind::Relative { reference_year } = self.kind else {
            return Ok(v);
        };
        let r = reference.ok_or_else(|| Error::MissingInput {
            field: "reference".into(),
            expected: format!(
                "the {reference_year} level pathway '{}' is relative to (a trajectory::Reference)",
                self.name
            ),
        })?;
        if r.year != reference_year {
            return Err(Error::ReferenceYearMismatch {
                field: "reference".into(),
                pathway: self.name.clone(),
                expected_year: reference_year,
                given_year: r.year,
            });
        }
        crate::numeric::finite_result(
            r.value * v,
            "reference.value",
            r.value,
            &format!("the absolute value of pathway '{}'", self.name),
        )
    }
}

/// How the value of a [`Reference`] was obtained; printed with every report that uses it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ReferenceBasis {
    /// Measured, reported or modelled emissions of the reference year itself.
    Measured {
        /// Where the value comes from.
        source: String,
    },
    /// The sector's intensity in the reference year times the service's activity: the
    /// emissions the service's work would have caused at the sector's reference-year
    /// intensity.
    SectorIntensity {
        /// Intensity of the sector in the reference year (e.g. gCO2e/TEU-km).
        intensity: f64,
        /// The service's activity in the same unit's denominator (e.g. TEU-km).
        activity: f64,
        /// Unit of the intensity, as text.
        unit: String,
        /// Where the intensity comes from.
        source: String,
    },
    /// **Assumption**: the service sits exactly on `pathway` in `year`, so its reference-year
    /// level is value_in_year / pathway(year).
    OnPathway {
        /// The pathway the assumption is made on.
        pathway: String,
        /// The year the service is assumed to sit on it.
        year: i32,
        /// The service's value in that year.
        value_in_year: f64,
    },
}

/// The level a relative pathway is applied to: a value **of the pathway's reference year**
/// (for the IMO Strategy, 2008) and how it was obtained. There is no implicit rebasing: a
/// later year's emissions become a 2008 level only through [`Reference::on_pathway`], a named
/// assumption that [`describe`](Self::describe) prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// The year the value belongs to.
    pub year: i32,
    /// The value (e.g. t CO2e WtW).
    pub value: f64,
    /// How it was obtained.
    pub basis: ReferenceBasis,
}

impl Reference {
    /// A value measured, reported or modelled for `year`. Errors: a year out of range; a
    /// non-finite or negative value.
    pub fn measured(year: i32, value: f64, source: &str) -> Result<Self> {
        check_year("reference.year", year)?;
        crate::error::non_negative(|| "reference.value".into(), value)?;
        Ok(Self {
            year,
            value,
            basis: ReferenceBasis::Measured {
                source: source.to_string(),
            },
        })
    }

    /// The reference-year level from the sector's intensity in `year` and the service's
    /// activity: value = intensity × activity × `to_value` (a unit factor, e.g. 1e-6 for
    /// g → t). Errors: non-finite or negative inputs.
    pub fn sector_intensity(
        year: i32,
        intensity: f64,
        activity: f64,
        to_value: f64,
        unit: &str,
        source: &str,
    ) -> Result<Self> {
        check_year("reference.year", year)?;
        crate::error::non_negative(|| "reference.intensity".into(), intensity)?;
        crate::error::non_negative(|| "reference.activity".into(), activity)?;
        crate::error::non_negative(|| "reference.to_value".into(), to_value)?;
        let value = crate::numeric::finite_result(
            intensity * activity * to_value,
            "reference.activity",
            activity,
            "the reference value",
        )?;
        Ok(Self {
            year,
            value,
            basis: ReferenceBasis::SectorIntensity {
                intensity,
                activity,
                unit: unit.to_string(),
                source: source.to_string(),
            },
        })
    }

    /// **Assumption**: the service, at `value_in_year` in `year`, sits on `pathway` in that
    /// year; its reference-year level is value_in_year / pathway.value(year). Errors: an
    /// intensity pathway; a year the pathway does not cover; a pathway at zero in `year`.
    pub fn on_pathway(pathway: &TargetPathway, year: i32, value_in_year: f64) -> Result<Self> {
        crate::error::non_negative(|| "reference.value_in_year".into(), value_in_year)?;
        let Some(reference_year) = pathway.reference_year() else {
            return Err(Error::Undefined {
                quantity: format!("a reference for pathway '{}'", pathway.name()),
                reason: "an intensity pathway needs no reference".into(),
            });
        };
        let v = pathway.value(year)?;
        if v <= 0.0 {
            return Err(Error::Undefined {
                quantity: format!("the {reference_year} level on pathway '{}'", pathway.name()),
                reason: format!("the pathway is zero in {year}"),
            });
        }
        let value = crate::numeric::checked_ratio(
            value_in_year,
            v,
            &format!("pathway '{}'.value({year})", pathway.name()),
            "the reference value",
        )?;
        Ok(Self {
            year: reference_year,
            value,
            basis: ReferenceBasis::OnPathway {
                pathway: pathway.name().to_string(),
                year,
                value_in_year,
            },
        })
    }

    /// The reference in one line, for reports.
    pub fn describe(&self) -> String {
        match &self.basis {
            ReferenceBasis::Measured { source } => {
                format!("{} level {:.1} (measured: {source})", self.year, self.value)
            }
            ReferenceBasis::SectorIntensity {
                intensity,
                activity,
                unit,
                source,
            } => format!(
                "{} level {:.1} = sector intensity {intensity} {unit} × activity {activity:.4e} ({source})",
                self.year, self.value
            ),
            ReferenceBasis::OnPathway {
                pathway,
                year,
                value_in_year,
            } => format!(
                "{} level {:.1} — ASSUMPTION: the service ({value_in_year:.1} in {year}) sits on '{pathway}' in {year}",
                self.year, self.value
            ),
        }
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
