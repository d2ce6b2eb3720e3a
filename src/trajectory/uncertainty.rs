//! Seeded Monte Carlo over the uncertain inputs of a corridor scenario, with P5/P50/P95 bands.
//!
//! Each sample draws, from its own stream ([`Rng::stream`]`(seed, i)`), one value of every
//! uncertain input and runs the whole scenario with it. The same seed gives the same bands, in
//! any order of evaluation; spreads of zero give the deterministic run exactly.

// Sample indices and year counts are computed here: integer arithmetic must be checked.
#![deny(clippy::arithmetic_side_effects)]

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fuel::{Certificate, EmissionOverrides, FuelFamily, FuelOrigin};
use crate::numeric::rng::{Rng, Uncertain, percentile};
use crate::trajectory::pathway::TargetPathway;
use crate::trajectory::scenario::{CorridorScenario, YearResult};
use crate::trajectory::summary::{SummaryEvaluator, YearSummary};
use crate::units::{IntensityExt, RatioExt, fraction, g_per_mj};

/// Largest number of samples one call accepts (a guard against hostile input).
pub const MAX_SAMPLES: usize = 1_000_000;

/// Largest number of sample-years (samples × years of the scenario) one call accepts. Each
/// sample-year keeps three numbers (WtW, intensity, cost: 24 bytes) until the percentiles are
/// taken, so the limit bounds that memory to 240 MB and the work to ten million yearly
/// evaluations (about a minute on one core): a million samples of a ten-year scenario, or
/// 49,751 samples of the longest (201-year) one.
pub const MAX_SAMPLE_YEARS: usize = 10_000_000;

/// Samples evaluated (and held in memory as full yearly summaries) at a time; their results
/// are folded into the per-year columns before the next chunk starts.
const SAMPLE_CHUNK: usize = 1_024;

/// The uncertain inputs. Each is a multiplier (1 = as in the scenario) or a shift (0 = none).
/// Deserialisation validates, as [`UncertaintySpec::validate`] does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "UncertaintySpecRepr")]
pub struct UncertaintySpec {
    /// Seed of the run.
    pub seed: u64,
    /// Number of samples.
    pub samples: usize,
    /// Shift added to the certified value (E or WtT) of every biofuel and RFNBO, gCO2e/MJ.
    pub renewable_wtt_shift_g_per_mj: Uncertain,
    /// Multiplier on the methane slip of every methane-fuel option (default slip of the
    /// FuelEU Annex II class, or its override).
    pub methane_slip_multiplier: Uncertain,
    /// Multiplier on the prices of fossil fuels.
    pub fossil_price_multiplier: Uncertain,
    /// Multiplier on the prices of biofuels and RFNBOs.
    pub renewable_price_multiplier: Uncertain,
    /// Multiplier on the EUA price and the NZF remedial unit prices.
    pub carbon_price_multiplier: Uncertain,
    /// Shift added to the demand growth of every year (0.01 = one point more per year).
    pub demand_growth_shift: Uncertain,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UncertaintySpecRepr {
    seed: u64,
    samples: usize,
    renewable_wtt_shift_g_per_mj: Uncertain,
    methane_slip_multiplier: Uncertain,
    fossil_price_multiplier: Uncertain,
    renewable_price_multiplier: Uncertain,
    carbon_price_multiplier: Uncertain,
    demand_growth_shift: Uncertain,
}

impl TryFrom<UncertaintySpecRepr> for UncertaintySpec {
    type Error = Error;
    fn try_from(r: UncertaintySpecRepr) -> Result<Self> {
        let s = UncertaintySpec {
            seed: r.seed,
            samples: r.samples,
            renewable_wtt_shift_g_per_mj: r.renewable_wtt_shift_g_per_mj,
            methane_slip_multiplier: r.methane_slip_multiplier,
            fossil_price_multiplier: r.fossil_price_multiplier,
            renewable_price_multiplier: r.renewable_price_multiplier,
            carbon_price_multiplier: r.carbon_price_multiplier,
            demand_growth_shift: r.demand_growth_shift,
        };
        s.validate()?;
        Ok(s)
    }
}

impl UncertaintySpec {
    /// No uncertainty: every input fixed at its scenario value.
    pub fn none(seed: u64, samples: usize) -> Self {
        Self {
            seed,
            samples,
            renewable_wtt_shift_g_per_mj: Uncertain::Fixed(0.0),
            methane_slip_multiplier: Uncertain::Fixed(1.0),
            fossil_price_multiplier: Uncertain::Fixed(1.0),
            renewable_price_multiplier: Uncertain::Fixed(1.0),
            carbon_price_multiplier: Uncertain::Fixed(1.0),
            demand_growth_shift: Uncertain::Fixed(0.0),
        }
    }

    /// Checks the spec: 1 to [`MAX_SAMPLES`] samples, valid distributions (parameters within
    /// ±[`MAX_UNCERTAIN_PARAMETER`](crate::numeric::rng::MAX_UNCERTAIN_PARAMETER)),
    /// multipliers that cannot go negative. [`monte_carlo`] also bounds samples × years by
    /// [`MAX_SAMPLE_YEARS`].
    pub fn validate(&self) -> Result<()> {
        if self.samples == 0 || self.samples > MAX_SAMPLES {
            return Err(Error::OutOfRange {
                field: "uncertainty.samples".into(),
                value: self.samples as f64,
                expected: format!("1 to {MAX_SAMPLES} samples"),
            });
        }
        self.renewable_wtt_shift_g_per_mj
            .validate("uncertainty.renewable_wtt_shift_g_per_mj")?;
        self.demand_growth_shift
            .validate("uncertainty.demand_growth_shift")?;
        for (name, u) in [
            ("methane_slip_multiplier", &self.methane_slip_multiplier),
            ("fossil_price_multiplier", &self.fossil_price_multiplier),
            (
                "renewable_price_multiplier",
                &self.renewable_price_multiplier,
            ),
            ("carbon_price_multiplier", &self.carbon_price_multiplier),
        ] {
            let field = format!("uncertainty.{name}");
            u.validate(&field)?;
            let lowest = match *u {
                Uncertain::Fixed(v) => v,
                Uncertain::Uniform { low, .. } | Uncertain::Triangular { low, .. } => low,
                Uncertain::Normal { mean, sd } => mean - 4.0 * sd,
            };
            if lowest < 0.0 {
                return Err(Error::OutOfRange {
                    field,
                    value: lowest,
                    expected: "a multiplier that cannot be negative (lowest value ≥ 0)".into(),
                });
            }
        }
        Ok(())
    }

    /// The scenario with one draw of every uncertain input applied.
    pub fn sample_scenario(
        &self,
        scenario: &CorridorScenario,
        rng: &mut Rng,
    ) -> Result<CorridorScenario> {
        let basis = crate::emissions::AccountingBasis::fueleu(2025)?;
        self.sample_scenario_with(scenario, rng, &basis)
    }

    /// [`sample_scenario`](Self::sample_scenario) with the FuelEU 2025 basis (the source of
    /// default methane slips) built once by the caller.
    fn sample_scenario_with(
        &self,
        scenario: &CorridorScenario,
        rng: &mut Rng,
        basis: &crate::emissions::AccountingBasis,
    ) -> Result<CorridorScenario> {
        let wtt_shift = self.renewable_wtt_shift_g_per_mj.sample(rng);
        let slip = self.methane_slip_multiplier.sample(rng);
        let fossil_price = self.fossil_price_multiplier.sample(rng);
        let renewable_price = self.renewable_price_multiplier.sample(rng);
        let carbon = self.carbon_price_multiplier.sample(rng);
        let growth = self.demand_growth_shift.sample(rng);

        let mut s = scenario.clone();
        for o in &mut s.plan.options {
            let renewable = o.fuel.pathway.origin() != FuelOrigin::Fossil;
            if renewable && wtt_shift != 0.0 {
                o.fuel.certificate = o.fuel.certificate.map(|c| match c {
                    Certificate::TotalE(e) => {
                        Certificate::TotalE(g_per_mj(e.g_per_mj() + wtt_shift))
                    }
                    Certificate::WellToTank(w) => {
                        Certificate::WellToTank(g_per_mj(w.g_per_mj() + wtt_shift))
                    }
                });
            }
            if o.fuel.pathway.family() == FuelFamily::Methane && slip != 1.0 {
                let current = o
                    .converter
                    .overrides
                    .methane_slip
                    .or_else(|| basis.factors.methane_slip(o.converter.class));
                if let Some(cs) = current {
                    let overrides = EmissionOverrides {
                        methane_slip: Some(fraction((cs.value() * slip).clamp(0.0, 1.0))),
                        ..o.converter.overrides
                    };
                    o.converter = o.converter.with_overrides(overrides)?;
                }
            }
            let k = if renewable {
                renewable_price
            } else {
                fossil_price
            };
            if k != 1.0 {
                let field = if renewable {
                    "uncertainty.renewable_price_multiplier"
                } else {
                    "uncertainty.fossil_price_multiplier"
                };
                o.price_usd_per_gj = o.price_usd_per_gj.scaled(k, field)?;
            }
        }
        if carbon != 1.0 {
            let field = "uncertainty.carbon_price_multiplier";
            let p = &mut s.plan.prices;
            p.eua_eur_per_t = p.eua_eur_per_t.scaled(carbon, field)?;
            p.nzf_tier1_usd_per_t = p.nzf_tier1_usd_per_t.scaled(carbon, field)?;
            p.nzf_tier2_usd_per_t = p.nzf_tier2_usd_per_t.scaled(carbon, field)?;
        }
        if growth != 0.0 {
            let shifted: Vec<(i32, f64)> = s
                .plan
                .demand_growth
                .points()
                .iter()
                .map(|p| (p.year, (p.value + growth).max(-0.999_999)))
                .collect();
            s.plan.demand_growth = crate::trajectory::Series::new(
                shifted
                    .iter()
                    .map(|&(year, value)| crate::trajectory::Checkpoint { year, value })
                    .collect(),
                s.plan.demand_growth.interpolation(),
            )?;
        }
        Ok(s)
    }
}

/// P5, P50 and P95 of one quantity in one year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Band {
    /// 5th percentile.
    pub p5: f64,
    /// Median.
    pub p50: f64,
    /// 95th percentile.
    pub p95: f64,
}

/// The uncertainty bands of one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YearBands {
    /// Calendar year.
    pub year: i32,
    /// WtW t CO2e (IMO LCA).
    pub well_to_wake_t: Band,
    /// gCO2e/TEU-km.
    pub intensity_g_per_teu_km: Band,
    /// Total cost, USD.
    pub total_cost_usd: Band,
    /// Alignment delta against the pathway given to [`monte_carlo`] ((attained − required)/
    /// required), where the requirement is positive.
    pub alignment_delta: Option<Band>,
}

/// Runs `spec.samples` seeded samples of `scenario` and returns P5/P50/P95 bands per year.
/// With `pathway` and its `reference_value` (see [`TargetPathway::absolute`]) the bands include
/// the alignment delta of WtW emissions.
///
/// Each sample is evaluated by the fast path ([`SummaryEvaluator`], equal to
/// [`CorridorScenario::run`] within rounding; [`run_sample`] gives the full reference run of
/// one sample). With the `rayon` feature the samples run in parallel; each draws from its own
/// stream and the results are gathered in sample order, so the bands are identical with and
/// without the feature. The first failing sample (in index order) is the error returned.
pub fn monte_carlo(
    scenario: &CorridorScenario,
    spec: &UncertaintySpec,
    pathway: Option<(&TargetPathway, f64)>,
) -> Result<Vec<YearBands>> {
    spec.validate()?;
    scenario.validate()?;
    let n = spec.samples;
    // Bound the work and memory before any is done: samples × years, in wide arithmetic.
    let span = crate::numeric::years::year_span(scenario.plan.start_year, scenario.plan.end_year);
    let year_count = usize::try_from(span.saturating_add(1)).unwrap_or(usize::MAX);
    let sample_years = n.saturating_mul(year_count);
    if sample_years > MAX_SAMPLE_YEARS {
        return Err(Error::LimitExceeded {
            field: "uncertainty.samples".into(),
            what: "sample-years (samples × scenario years)",
            value: sample_years,
            limit: MAX_SAMPLE_YEARS,
        });
    }
    let years: Vec<i32> = (scenario.plan.start_year..=scenario.plan.end_year).collect();
    let mut wtw = vec![Vec::with_capacity(n); years.len()];
    let mut per_teu = vec![Vec::with_capacity(n); years.len()];
    let mut cost = vec![Vec::with_capacity(n); years.len()];
    let evaluator = SummaryEvaluator::new(scenario)?;
    let slip_basis = crate::emissions::AccountingBasis::fueleu(2025)?;
    let one = |i: usize| -> Result<Vec<YearSummary>> {
        let mut rng = Rng::stream(spec.seed, i as u64);
        evaluator.evaluate(&spec.sample_scenario_with(scenario, &mut rng, &slip_basis)?)
    };
    // Chunks of samples, folded in sample order: the full summaries of at most SAMPLE_CHUNK
    // samples are alive at once, whatever `n`.
    let mut start = 0usize;
    while start < n {
        let end = start.saturating_add(SAMPLE_CHUNK).min(n);
        #[cfg(feature = "rayon")]
        let samples: Vec<Result<Vec<YearSummary>>> = {
            use rayon::prelude::*;
            (start..end).into_par_iter().map(one).collect()
        };
        #[cfg(not(feature = "rayon"))]
        let samples: Vec<Result<Vec<YearSummary>>> = (start..end).map(one).collect();
        for results in samples {
            let results = results?;
            for (k, r) in results.iter().enumerate() {
                if let (Some(a), Some(b), Some(c)) =
                    (wtw.get_mut(k), per_teu.get_mut(k), cost.get_mut(k))
                {
                    a.push(r.well_to_wake_t);
                    b.push(r.intensity_g_per_teu_km);
                    c.push(r.total_cost.amount());
                }
            }
        }
        start = end;
    }
    let band = |v: &mut Vec<f64>| -> Result<Band> {
        Ok(Band {
            p5: percentile(v, 5.0)?,
            p50: percentile(v, 50.0)?,
            p95: percentile(v, 95.0)?,
        })
    };
    let mut out = Vec::with_capacity(years.len());
    for (k, &year) in years.iter().enumerate() {
        let (Some(a), Some(b), Some(c)) = (wtw.get_mut(k), per_teu.get_mut(k), cost.get_mut(k))
        else {
            continue;
        };
        let alignment_delta = match pathway {
            Some((p, reference)) => {
                let required = p.absolute(year, reference)?;
                if required > 0.0 {
                    let mut d: Vec<f64> = a
                        .iter()
                        .map(|x| {
                            crate::numeric::checked_ratio(
                                x - required,
                                required,
                                "reference_value",
                                "the alignment delta",
                            )
                        })
                        .collect::<Result<_>>()?;
                    Some(band(&mut d)?)
                } else {
                    None
                }
            }
            None => None,
        };
        out.push(YearBands {
            year,
            well_to_wake_t: band(a)?,
            intensity_g_per_teu_km: band(b)?,
            total_cost_usd: band(c)?,
            alignment_delta,
        });
    }
    Ok(out)
}

/// One sample's run (sample `index` of the seeded sequence).
pub fn run_sample(
    scenario: &CorridorScenario,
    spec: &UncertaintySpec,
    index: u64,
) -> Result<Vec<YearResult>> {
    let mut rng = Rng::stream(spec.seed, index);
    spec.sample_scenario(scenario, &mut rng)?.run()
}
