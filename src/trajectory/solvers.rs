//! Solvers on a corridor scenario: the least green share that meets a target, the cost-minimal
//! fuel per year, and a marginal abatement cost curve.

use crate::units::{Money, Usd};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::trajectory::pathway::TargetPathway;
use crate::trajectory::scenario::{CorridorScenario, YearResult};
use crate::trajectory::series::Series;

/// What a target constrains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetMetric {
    /// Absolute WtW t CO2e (IMO LCA basis) — for relative pathways with a reference value.
    WellToWakeTonnes,
    /// IMO LCA WtW intensity, gCO2e/MJ (the GFI basis).
    IntensityGPerMj,
    /// WtW per transport work, gCO2e/TEU-km.
    IntensityGPerTeuKm,
}

impl TargetMetric {
    /// The metric's value in a year result.
    pub fn of(self, r: &YearResult) -> f64 {
        match self {
            TargetMetric::WellToWakeTonnes => r.well_to_wake_t,
            TargetMetric::IntensityGPerMj => r.imo_wtw_intensity_g_per_mj,
            TargetMetric::IntensityGPerTeuKm => r.intensity_g_per_teu_km,
        }
    }
}

/// A copy of `scenario` whose mix in `year` puts share `s` of the work on option `green` and
/// scales every other option's share by (1 − s).
fn with_green_share(
    scenario: &CorridorScenario,
    year: i32,
    green: usize,
    s: f64,
) -> CorridorScenario {
    let base = scenario.shares(year);
    let shares: Vec<f64> = base
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if i == green {
                b * (1.0 - s) + s
            } else {
                b * (1.0 - s)
            }
        })
        .collect();
    let mut out = scenario.clone();
    out.plan.mix = vec![crate::trajectory::scenario::MixPoint { year, shares }];
    out
}

/// The least share s ∈ [0, 1] of the work moved onto fuel option `green` (from the scenario's
/// own mix, scaled by 1 − s) so that `metric` in `year` is at or below the pathway's
/// requirement. Found by bisection to 1e-9 on the full model (emissions are monotone in s when
/// the green option is cleaner than the mix it replaces).
///
/// Errors: `green` out of range; a target that even s = 1 does not meet.
pub fn minimum_green_share(
    scenario: &CorridorScenario,
    year: i32,
    green: usize,
    pathway: &TargetPathway,
    metric: TargetMetric,
    reference_value: f64,
) -> Result<f64> {
    scenario.validate()?;
    if green >= scenario.plan.options.len() {
        return Err(Error::OutOfRange {
            field: "green_option".into(),
            value: green as f64,
            expected: format!("an index below {}", scenario.plan.options.len()),
        });
    }
    let req = pathway.absolute(year, reference_value)?;
    let value = |s: f64| -> Result<f64> {
        Ok(metric.of(&with_green_share(scenario, year, green, s).year_result(year)?))
    };
    if value(0.0)? <= req {
        return Ok(0.0);
    }
    if value(1.0)? > req {
        return Err(Error::Undefined {
            quantity: format!("green share meeting '{}' in {year}", pathway.name()),
            reason: format!(
                "even 100 % of option '{}' gives {:.4} above the requirement {:.4}",
                scenario
                    .plan
                    .options
                    .get(green)
                    .map_or("", |o| o.name.as_str()),
                value(1.0)?,
                req
            ),
        });
    }
    let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
    while hi - lo > 1e-9 {
        let mid = 0.5 * (lo + hi);
        if value(mid)? <= req {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Ok(hi)
}

/// One candidate's cost in a year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CandidateCost {
    /// Index of the fuel option.
    pub option: usize,
    /// Its name.
    pub name: String,
    /// Fuel cost.
    #[serde(rename = "fuel_cost_usd")]
    pub fuel_cost: Money<Usd>,
    /// FuelEU + ETS + NZF cost.
    #[serde(rename = "carbon_cost_usd")]
    pub carbon_cost: Money<Usd>,
    /// Total.
    #[serde(rename = "total_cost_usd")]
    pub total_cost: Money<Usd>,
    /// WtW t CO2e (IMO LCA).
    pub well_to_wake_t: f64,
}

/// The cheapest of `candidates` (option indices) in `year` if the whole service ran on it,
/// with every candidate's costs. Ties go to the lower index (deterministic).
pub fn cost_minimal_choice(
    scenario: &CorridorScenario,
    year: i32,
    candidates: &[usize],
) -> Result<(usize, Vec<CandidateCost>)> {
    scenario.validate()?;
    if candidates.is_empty() {
        return Err(Error::Empty {
            field: "candidates".into(),
            expected: "at least one fuel option index".into(),
        });
    }
    let mut costs = Vec::with_capacity(candidates.len());
    for &c in candidates {
        let Some(option) = scenario.plan.options.get(c) else {
            return Err(Error::OutOfRange {
                field: "candidates".into(),
                value: c as f64,
                expected: format!("an index below {}", scenario.plan.options.len()),
            });
        };
        let mut shares = vec![0.0; scenario.plan.options.len()];
        if let Some(s) = shares.get_mut(c) {
            *s = 1.0;
        }
        let mut sc = scenario.clone();
        sc.plan.mix = vec![crate::trajectory::scenario::MixPoint { year, shares }];
        let r = sc.year_result(year)?;
        costs.push(CandidateCost {
            option: c,
            name: option.name.clone(),
            fuel_cost: r.fuel_cost,
            carbon_cost: r.carbon_cost,
            total_cost: r.total_cost,
            well_to_wake_t: r.well_to_wake_t,
        });
    }
    let best = costs
        .iter()
        .min_by(|a, b| {
            a.total_cost
                .amount()
                .total_cmp(&b.total_cost.amount())
                .then(a.option.cmp(&b.option))
        })
        .map(|c| c.option)
        .unwrap_or(0);
    Ok((best, costs))
}

/// An abatement measure for the marginal abatement cost curve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Measure {
    /// Sail at this speed (knots) instead.
    SpeedReduction {
        /// The reduced speed, kn.
        speed_kn: f64,
    },
    /// Run the whole service on fuel option `option`.
    FuelSwitch {
        /// Index of the fuel option.
        option: usize,
    },
    /// Wind-assisted propulsion delivering this share of propulsion power.
    WindAssist {
        /// P_wind/P_prop.
        share: f64,
    },
    /// Supply this share of berth work from shore.
    ShorePower {
        /// Share of berth work.
        share: f64,
    },
}

/// One point of the MAC curve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MacPoint {
    /// A readable name of the measure.
    pub name: String,
    /// The measure.
    pub measure: Measure,
    /// Abatement against the scenario in that year, t CO2e WtW (IMO LCA).
    pub abatement_t: f64,
    /// Change in annual fuel + carbon cost (negative = saves money).
    #[serde(rename = "cost_change_usd")]
    pub cost_change: Money<Usd>,
    /// Marginal abatement cost, USD per t CO2e; `None` when the measure abates nothing.
    pub usd_per_t: Option<f64>,
}

/// The marginal abatement cost curve of `measures` in `year`: each measure applied alone to the
/// scenario, sorted by USD per t CO2e (measures that abate nothing last). Costs are operating
/// costs only (fuel, FuelEU, ETS, NZF): capital costs of engines, wind rotors, shore connections
/// or the extra ships slow steaming needs are not in the model and must be added by the user.
pub fn marginal_abatement_cost_curve(
    scenario: &CorridorScenario,
    year: i32,
    measures: &[(String, Measure)],
) -> Result<Vec<MacPoint>> {
    scenario.validate()?;
    let base = scenario.year_result(year)?;
    let mut out = Vec::with_capacity(measures.len());
    for (i, (name, m)) in measures.iter().enumerate() {
        let mut sc = scenario.clone();
        let field = format!("measures[{i}]");
        match *m {
            Measure::SpeedReduction { speed_kn } => {
                crate::error::in_range(|| format!("{field}.speed_kn"), speed_kn, 1e-3, 100.0)?;
                sc.plan.speed_kn = Series::constant(speed_kn)?;
            }
            Measure::FuelSwitch { option } => {
                if option >= sc.plan.options.len() {
                    return Err(Error::OutOfRange {
                        field: format!("{field}.option"),
                        value: option as f64,
                        expected: format!("an index below {}", sc.plan.options.len()),
                    });
                }
                let mut shares = vec![0.0; sc.plan.options.len()];
                if let Some(s) = shares.get_mut(option) {
                    *s = 1.0;
                }
                sc.plan.mix = vec![crate::trajectory::scenario::MixPoint { year, shares }];
            }
            Measure::WindAssist { share } => {
                crate::error::in_range(|| format!("{field}.share"), share, 0.0, 0.95)?;
                sc.plan.wind_assist_share = Series::constant(share)?;
            }
            Measure::ShorePower { share } => {
                crate::error::in_range(|| format!("{field}.share"), share, 0.0, 1.0)?;
                sc.plan.shore_power_share = Series::constant(share)?;
            }
        }
        let r = sc.year_result(year)?;
        let abatement = base.well_to_wake_t - r.well_to_wake_t;
        let cost = r.total_cost - base.total_cost;
        out.push(MacPoint {
            name: name.clone(),
            measure: m.clone(),
            abatement_t: abatement,
            cost_change: cost,
            usd_per_t: if abatement > 0.0 {
                Some(cost.amount() / abatement)
            } else {
                None
            },
        });
    }
    out.sort_by(|a, b| match (a.usd_per_t, b.usd_per_t) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    Ok(out)
}

/// A fuel mix that meets a target at least cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignedMix {
    /// Calendar year.
    pub year: i32,
    /// Work share per fuel option (all options of the scenario, zeros included).
    pub shares: Vec<f64>,
    /// Energy + carbon cost of the mix.
    #[serde(rename = "total_cost_usd")]
    pub total_cost: Money<Usd>,
    /// The metric's value with the mix.
    pub attained: f64,
    /// The pathway's requirement.
    pub required: f64,
}

/// The cheapest mix of at most two of `candidates` (option indices) that meets `pathway` in
/// `year`.
///
/// Method: every candidate alone; then for every ordered pair (base b, green g) the least share
/// s of g over b that meets the target ([`minimum_green_share`] on a pure-b scenario), with the
/// cost evaluated at s and on a 5 % grid from s to 1 (carbon costs fall as s rises, so the
/// cheapest feasible point need not be the least share). Ties go to the earlier candidate.
/// Errors when no single candidate or pair meets the target.
pub fn least_cost_aligned_mix(
    scenario: &CorridorScenario,
    year: i32,
    candidates: &[usize],
    pathway: &TargetPathway,
    metric: TargetMetric,
    reference_value: f64,
) -> Result<AlignedMix> {
    scenario.validate()?;
    let required = pathway.absolute(year, reference_value)?;
    let n = scenario.plan.options.len();
    for &c in candidates {
        if c >= n {
            return Err(Error::OutOfRange {
                field: "candidates".into(),
                value: c as f64,
                expected: format!("an index below {n}"),
            });
        }
    }
    let evaluate = |shares: Vec<f64>| -> Result<(f64, f64, Vec<f64>)> {
        let mut sc = scenario.clone();
        sc.plan.mix = vec![crate::trajectory::scenario::MixPoint {
            year,
            shares: shares.clone(),
        }];
        let r = sc.year_result(year)?;
        Ok((r.total_cost.amount(), metric.of(&r), shares))
    };
    let pure = |c: usize| -> Vec<f64> { (0..n).map(|i| if i == c { 1.0 } else { 0.0 }).collect() };
    let mut best: Option<(f64, f64, Vec<f64>)> = None;
    let mut consider = |candidate: (f64, f64, Vec<f64>)| {
        let better = match &best {
            None => true,
            Some((cost, _, _)) => candidate.0 < *cost,
        };
        if candidate.1 <= required * (1.0 + 1e-9) && better {
            best = Some(candidate);
        }
    };
    for &c in candidates {
        consider(evaluate(pure(c))?);
    }
    for &b in candidates {
        let mut base = scenario.clone();
        base.plan.mix = vec![crate::trajectory::scenario::MixPoint {
            year,
            shares: pure(b),
        }];
        for &g in candidates {
            if g == b {
                continue;
            }
            let Ok(s_min) = minimum_green_share(&base, year, g, pathway, metric, reference_value)
            else {
                continue;
            };
            let mut s = s_min;
            while s <= 1.0 + 1e-12 {
                let shares: Vec<f64> = (0..n)
                    .map(|i| {
                        if i == g {
                            s.min(1.0)
                        } else if i == b {
                            1.0 - s.min(1.0)
                        } else {
                            0.0
                        }
                    })
                    .collect();
                consider(evaluate(shares)?);
                s = if s < 1.0 {
                    ((s / 0.05).floor() + 1.0) * 0.05
                } else {
                    2.0
                };
            }
        }
    }
    match best {
        Some((total_cost_usd, attained, shares)) => Ok(AlignedMix {
            year,
            shares,
            total_cost: Money::new(total_cost_usd),
            attained,
            required,
        }),
        None => Err(Error::Undefined {
            quantity: format!("least-cost mix meeting '{}' in {year}", pathway.name()),
            reason: "no candidate alone or in a pair meets the requirement".into(),
        }),
    }
}
