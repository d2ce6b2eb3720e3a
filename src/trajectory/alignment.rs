//! Alignment of an attained path with a target pathway (Poseidon Principles sign convention).

// Years are handled here: integer arithmetic must be checked or wide.
#![deny(clippy::arithmetic_side_effects)]

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::numeric::NeumaierSum;
use crate::trajectory::pathway::{Reference, TargetPathway};

/// Alignment delta, Poseidon Principles convention: Δ = (attained − required) / required.
/// **Positive = above the pathway = misaligned.** (Poseidon Principles Technical Guidance;
/// PP annual disclosure reports "+19.4 % above the minimum trajectory".)
///
/// Errors when `required` is not positive (a net-zero year has no relative delta; use the
/// absolute overshoot instead), and when the delta would overflow (a vanishing `required`,
/// [`Error::OutOfRange`] naming it).
///
/// ```
/// use green_corridor::trajectory::alignment_delta;
/// // Attained 5.00, trajectory 4.60 → +8.70 % (misaligned).
/// assert!((alignment_delta(5.00, 4.60)? - 0.0870).abs() < 1e-4);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn alignment_delta(attained: f64, required: f64) -> Result<f64> {
    crate::error::finite(|| "attained".into(), attained)?;
    crate::error::finite(|| "required".into(), required)?;
    if required <= 0.0 {
        return Err(Error::Undefined {
            quantity: "alignment delta".into(),
            reason: format!(
                "the required value is {required}; a relative delta needs a positive requirement"
            ),
        });
    }
    let gap = crate::numeric::finite_result(
        attained - required,
        "attained",
        attained,
        "attained − required",
    )?;
    crate::numeric::checked_ratio(gap, required, "required", "the alignment delta")
}

/// Alignment in one year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct YearAlignment {
    /// Calendar year.
    pub year: i32,
    /// Attained value (same unit as the pathway's absolute values).
    pub attained: f64,
    /// Required value from the pathway.
    pub required: f64,
    /// Δ = (attained − required)/required; `None` where the requirement is zero.
    pub delta: Option<f64>,
    /// attained − required (positive = above the pathway).
    pub excess: f64,
    /// Whether attained ≤ required.
    pub aligned: bool,
}

/// Alignment of a whole path.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignmentReport {
    /// The pathway's name.
    pub pathway: String,
    /// The reference the pathway was applied to, described ([`Reference::describe`]); `None`
    /// for an intensity pathway.
    pub reference: Option<String>,
    /// Year by year.
    pub years: Vec<YearAlignment>,
    /// The first year above the pathway, if any.
    pub first_misaligned_year: Option<i32>,
    /// Σ attained over the years assessed (cumulative emissions for absolute paths).
    pub cumulative_attained: f64,
    /// Σ required: the pathway's budget over the years assessed.
    pub cumulative_budget: f64,
    /// Σ attained − Σ required: positive = the budget is overshot.
    pub cumulative_overshoot: f64,
}

/// Assesses `attained` (year, value) pairs against `pathway`. For a relative pathway,
/// `reference` — a value of the pathway's reference year with how it was obtained
/// ([`Reference`]) — turns fractions into absolute values; for an intensity pathway it may be
/// `None`. A reference of another year is [`Error::ReferenceYearMismatch`].
pub fn assess(
    pathway: &TargetPathway,
    attained: &[(i32, f64)],
    reference: Option<&Reference>,
) -> Result<AlignmentReport> {
    if attained.is_empty() {
        return Err(Error::Empty {
            field: "attained".into(),
            expected: "at least one year to assess".into(),
        });
    }
    let mut years = Vec::with_capacity(attained.len());
    let (mut sum_a, mut sum_r) = (NeumaierSum::default(), NeumaierSum::default());
    for &(year, a) in attained {
        let field = format!("attained[{year}]");
        crate::error::finite(|| field.clone(), a)?;
        let r = pathway.absolute(year, reference)?;
        let excess = crate::numeric::finite_result(a - r, &field, a, "attained − required")?;
        let delta = if r > 0.0 {
            Some(crate::numeric::checked_ratio(
                excess,
                r,
                &format!("required[{year}]"),
                "the alignment delta",
            )?)
        } else {
            None
        };
        years.push(YearAlignment {
            year,
            attained: a,
            required: r,
            delta,
            excess,
            aligned: a <= r,
        });
        sum_a.add(a);
        sum_r.add(r);
        if !sum_a.is_finite() {
            return Err(crate::numeric::overflow(
                &field,
                a,
                "the cumulative attained value",
            ));
        }
        if !sum_r.is_finite() {
            return Err(crate::numeric::overflow(
                "reference.value",
                reference.map_or(0.0, |r| r.value),
                "the cumulative budget",
            ));
        }
    }
    let overshoot = crate::numeric::finite_result(
        sum_a.total() - sum_r.total(),
        "attained",
        sum_a.total(),
        "the cumulative overshoot",
    )?;
    Ok(AlignmentReport {
        pathway: pathway.name().to_string(),
        reference: reference
            .filter(|_| pathway.reference_year().is_some())
            .map(Reference::describe),
        first_misaligned_year: years.iter().find(|y| !y.aligned).map(|y| y.year),
        years,
        cumulative_attained: sum_a.total(),
        cumulative_budget: sum_r.total(),
        cumulative_overshoot: overshoot,
    })
}

/// Portfolio alignment (Poseidon Principles): Σ w_i·Δ_i with weights w_i (e.g. outstanding debt)
/// normalised to sum to one.
///
/// ```
/// use green_corridor::trajectory::portfolio_alignment;
/// // Reference example: debts 60/40, Δ +8.70 % and −7.69 % → +2.14 %.
/// let p = portfolio_alignment(&[(60.0, 0.0870), (40.0, -0.0769)])?;
/// assert!((p - 0.02144).abs() < 1e-5);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn portfolio_alignment(weighted_deltas: &[(f64, f64)]) -> Result<f64> {
    let mut weights = Vec::with_capacity(weighted_deltas.len());
    for (i, (w, d)) in weighted_deltas.iter().enumerate() {
        let field = format!("portfolio[{i}].weight");
        crate::error::non_negative(|| field.clone(), *w)?;
        crate::error::finite(|| format!("portfolio[{i}].delta"), *d)?;
        weights.push((field, *w));
    }
    let total_w = crate::numeric::checked_sum(weights, "the total weight")?;
    if total_w <= 0.0 {
        return Err(Error::Empty {
            field: "portfolio".into(),
            expected: "at least one loan with a positive weight".into(),
        });
    }
    // Each w/Σw is in [0, 1], so the sum is bounded by the largest |delta| times one… up to
    // rounding; a sum of deltas near ±1.8e308 can still overflow, so it is checked.
    let terms = weighted_deltas
        .iter()
        .enumerate()
        .map(|(i, (w, d))| (format!("portfolio[{i}].delta"), w / total_w * d));
    crate::numeric::checked_sum(terms, "the portfolio alignment")
}

/// Zero/near-zero energy share against the IMO 2030 checkpoint: (meets minimum, meets striving).
pub fn zero_near_zero_status(share: f64) -> Result<(bool, bool)> {
    let s = crate::error::in_range(|| "zero_near_zero_share".into(), share, 0.0, 1.0)?;
    let c = crate::trajectory::targets::IMO_2023_ZERO_NEAR_ZERO_2030;
    Ok((s >= c.minimum, s >= c.striving))
}
