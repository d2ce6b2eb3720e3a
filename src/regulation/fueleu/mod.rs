//! FuelEU Maritime, Regulation (EU) 2023/1805 (applies from 1 January 2025).
//!
//! * **GHG intensity** GHGIE (gCO2e/MJ) of the energy in scope (Art. 2(1): 100 % at berth and
//!   on intra-EU/EEA voyages, 50 % to or from a third country), from
//!   the ledger FuelEU counts ([`scope::in_scope`](crate::regulation::scope::in_scope)) accounted under [`AccountingBasis::fueleu`] (Annex II factors,
//!   AR4 GWPs, WtW, the RFNBO reward factor 2 until 2033, the wind reward factor, OPS
//!   electricity).
//! * **Limit** (Art. 4(2)): 91.16 × (1 − r), r a step function of the year ([`data`]).
//! * **Compliance balance** (Annex IV Part A): CB = (GHGIE_target − GHGIE_actual) × E, with E
//!   = Σ M·LCV + Σ E_k the in-scope energy (MJ); CB in gCO2e, positive = surplus.
//! * **Penalty** (Annex IV Part B, Art. 23(2)): |CB| / (GHGIE_actual × 41,000) × 2,400 EUR,
//!   times 1 + (n − 1)/10 after n consecutive periods with a penalty.
//! * **Flexibility** (Art. 20, 21): banking, borrowing (≤ 2 % × limit × E, not in two
//!   consecutive periods, repaid × 1.1 next period), pooling (sum ≥ 0).
//!
//! ```
//! use green_corridor::prelude::*;
//! use green_corridor::regulation::fueleu::{self, FuelEuOptions};
//!
//! let mut ledger = FuelLedger::new();
//! ledger.add(PathwayId::Hfo, ConverterClass::Ice, tonnes(1_000.0), "intra-EU", ScopeShare::FULL)?;
//! let a = fueleu::assess(&ledger, 2025, &FuelEuOptions::default())?;
//! // HFO: 91.744 gCO2e/MJ against the 2025 limit 89.3368 → a deficit.
//! assert!((a.ghg_intensity.g_per_mj() - 91.7442).abs() < 1e-3);
//! assert!(a.compliance_balance.tonnes() < 0.0 && a.penalty.amount() > 0.0);
//! # Ok::<(), green_corridor::Error>(())
//! ```

// Years are computed here: integer arithmetic must be checked or wide (issue 14).
#![deny(clippy::arithmetic_side_effects)]

pub mod data;

use crate::units::{Eur, Money};
use serde::{Deserialize, Serialize};

use crate::emissions::AccountingBasis;
use crate::error::{Error, Result};
use crate::ledger::{FuelLedger, Regime};
use crate::regulation::scope::ScopeContext;
use crate::units::{
    Energy, EnergyExt, GhgIntensity, IntensityExt, Mass, MassExt, g_per_mj, megajoules,
};

/// One step of the GHG intensity limit: `reduction_percent` below the reference from
/// 1 January of `from_year`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitStep {
    /// First year of the step.
    pub from_year: i32,
    /// Reduction below the reference value, in per cent.
    pub reduction_percent: f64,
}

/// The GHG intensity limit table; [`Default`] is Art. 4(2) of Reg. (EU) 2023/1805. A user may
/// supply another (e.g. after an amendment).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct FuelEuLimits {
    /// Reference value (gCO2e/MJ); 91.16 in Art. 4(2).
    pub reference_g_per_mj: f64,
    /// Steps in increasing year order.
    pub steps: Vec<LimitStep>,
    /// Last year the table covers.
    pub last_year: i32,
}

impl Default for FuelEuLimits {
    fn default() -> Self {
        Self {
            reference_g_per_mj: data::REFERENCE_INTENSITY_G_PER_MJ,
            steps: data::LIMIT_REDUCTION_PERCENT
                .iter()
                .map(|&(from_year, reduction_percent)| LimitStep {
                    from_year,
                    reduction_percent,
                })
                .collect(),
            last_year: data::LAST_YEAR,
        }
    }
}

impl FuelEuLimits {
    /// The limit (target GHGIE) for `year`: reference × (1 − r/100) with r the last step at
    /// or before `year`. Errors with [`Error::YearOutOfRange`] before the first step or after
    /// `last_year`.
    ///
    /// ```
    /// use green_corridor::regulation::fueleu::FuelEuLimits;
    /// use green_corridor::units::IntensityExt;
    /// let l = FuelEuLimits::default();
    /// assert!((l.target(2029)?.g_per_mj() - 89.3368).abs() < 1e-9); // 2 % step holds to 2029
    /// assert!((l.target(2035)?.g_per_mj() - 77.9418).abs() < 1e-9); // 14.5 %
    /// assert!(l.target(2024).is_err());
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn target(&self, year: i32) -> Result<GhgIntensity> {
        let reference = crate::error::non_negative(
            || "fueleu.limits.reference_g_per_mj".into(),
            self.reference_g_per_mj,
        )?;
        let first = self.steps.first().map(|s| s.from_year);
        let step = self
            .steps
            .iter()
            .rev()
            .find(|s| s.from_year <= year)
            .filter(|_| year <= self.last_year)
            .ok_or_else(|| Error::YearOutOfRange {
                field: "year".into(),
                year,
                regime: "FuelEU Maritime GHG intensity limits (Reg. (EU) 2023/1805 Art. 4(2))"
                    .into(),
                expected: match first {
                    Some(f) => format!("{f}–{}", self.last_year),
                    None => "no years: the limit table is empty".into(),
                },
            })?;
        let r = crate::error::in_range(
            || {
                format!(
                    "fueleu.limits.steps[from_year = {}].reduction_percent",
                    step.from_year
                )
            },
            step.reduction_percent,
            0.0,
            100.0,
        )?;
        Ok(g_per_mj(reference * (1.0 - r / 100.0)))
    }
}

/// The Art. 4(2) limit for `year` (2025–2050).
pub fn target_intensity(year: i32) -> Result<GhgIntensity> {
    FuelEuLimits::default().target(year)
}

/// Compliance balance CB = (target − actual) × energy (Annex IV Part A), in gCO2e as a
/// [`Mass`]; positive = surplus.
///
/// Errors: a non-finite intensity or energy ([`Error::NonFinite`] naming `target_g_per_mj`,
/// `actual_g_per_mj` or `energy_mj`), a negative energy, or a balance too large to represent
/// ([`Error::OutOfRange`] naming `energy_mj`, in SI base units: beyond 1.8e308 kg).
///
/// ```
/// use green_corridor::regulation::fueleu::compliance_balance;
/// use green_corridor::units::{g_per_mj, megajoules, MassExt};
/// // (89.3368 − 91.744) gCO2e/MJ × 40.5e6 MJ = −97.49 tCO2e.
/// let cb = compliance_balance(g_per_mj(89.3368), g_per_mj(91.744), megajoules(40.5e6))?;
/// assert!((cb.tonnes() - (89.3368 - 91.744) * 40.5).abs() < 1e-9);
/// assert!(compliance_balance(g_per_mj(f64::NAN), g_per_mj(91.7), megajoules(1.0)).is_err());
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn compliance_balance(
    target: GhgIntensity,
    actual: GhgIntensity,
    energy: Energy,
) -> Result<Mass> {
    let t = crate::numeric::finite(target.g_per_mj(), "target_g_per_mj")?;
    let a = crate::numeric::finite(actual.g_per_mj(), "actual_g_per_mj")?;
    let e = crate::error::non_negative(|| "energy_mj".into(), energy.megajoules())?;
    crate::numeric::finite_result(t - a, "actual_g_per_mj", a, "target − actual")?;
    // In SI base units (kg/J × J = kg), as the quantities are stored.
    let cb_kg = crate::numeric::finite_result(
        (target.value - actual.value) * energy.value,
        "energy_mj",
        e,
        "the compliance balance",
    )?;
    Ok(Mass::new::<uom::si::mass::kilogram>(cb_kg))
}

/// The Art. 23(2) multiplier 1 + (n − 1)/10 for the n-th consecutive period with a penalty
/// (n = 0 or 1 gives 1).
pub fn consecutive_penalty_multiplier(n: u32) -> f64 {
    1.0 + f64::from(n.saturating_sub(1)) * data::CONSECUTIVE_PENALTY_STEP
}

/// FuelEU penalty (Annex IV Part B), EUR, before the consecutive multiplier:
/// |CB| / (GHGIE_actual × 41,000 MJ/t) × 2,400 EUR/t for a deficit (CB < 0), zero otherwise.
/// Errors when the actual intensity is not greater than zero (the formula divides by it).
///
/// ```
/// use green_corridor::regulation::fueleu::penalty;
/// use green_corridor::units::{g_per_mj, tonnes};
/// // −1,000 tCO2e at 91.744 gCO2e/MJ: 1e9 g / 91.744 g/MJ = 10.9 TJ = 265.84 t VLSFO-eq.
/// let p = penalty(tonnes(-1_000.0), g_per_mj(91.744))?;
/// assert!((p.amount() - 1e9 / (91.744 * 41_000.0) * 2_400.0).abs() < 1e-6);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn penalty(compliance_balance: Mass, actual: GhgIntensity) -> Result<Money<Eur>> {
    let cb_t = crate::numeric::finite(compliance_balance.tonnes(), "compliance_balance_t")?;
    let cb_g = crate::numeric::finite_result(
        compliance_balance.grams(),
        "compliance_balance_t",
        cb_t,
        "the balance in grams",
    )?;
    if cb_g >= 0.0 {
        return Ok(Money::ZERO);
    }
    let ghgie = crate::error::finite(|| "ghg_intensity".into(), actual.g_per_mj())?;
    if ghgie <= 0.0 {
        return Err(Error::Undefined {
            quantity: "FuelEU penalty".into(),
            reason: format!(
                "the penalty divides by the actual GHG intensity, which is {ghgie} gCO2e/MJ"
            ),
        });
    }
    crate::numeric::finite_result(
        cb_g.abs() / (ghgie * data::VLSFO_EQ_MJ_PER_T) * data::PENALTY_EUR_PER_T_VLSFO_EQ,
        "ghg_intensity",
        ghgie,
        "the FuelEU penalty",
    )
    .map(Money::new)
}

/// Banking and borrowing of one ship for one period (Art. 20). Amounts in tCO2e.
/// Deserialisation checks that each amount is finite and not negative.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default, try_from = "FlexibilityRepr")]
pub struct Flexibility {
    /// Surplus banked in the previous period and used now (≥ 0).
    pub banked_surplus_t: f64,
    /// Advance surplus borrowed from the next period (≥ 0; only for a deficit; at most
    /// 2 % × limit × energy; not if `borrowed_previous_period_t` > 0).
    pub borrow_t: f64,
    /// Amount borrowed in the previous period, repaid now × 1.1 (≥ 0).
    pub borrowed_previous_period_t: f64,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct FlexibilityRepr {
    banked_surplus_t: f64,
    borrow_t: f64,
    borrowed_previous_period_t: f64,
}

impl TryFrom<FlexibilityRepr> for Flexibility {
    type Error = Error;
    fn try_from(r: FlexibilityRepr) -> Result<Self> {
        let f = Flexibility {
            banked_surplus_t: r.banked_surplus_t,
            borrow_t: r.borrow_t,
            borrowed_previous_period_t: r.borrowed_previous_period_t,
        };
        f.validate()?;
        Ok(f)
    }
}

impl Flexibility {
    /// Checks that every amount is finite and not negative (field names as in
    /// [`assess`]'s errors: `fueleu.flexibility.…`).
    pub fn validate(&self) -> Result<()> {
        for (name, v) in [
            ("banked_surplus_t", self.banked_surplus_t),
            ("borrow_t", self.borrow_t),
            (
                "borrowed_previous_period_t",
                self.borrowed_previous_period_t,
            ),
        ] {
            crate::error::non_negative(|| format!("fueleu.flexibility.{name}"), v)?;
        }
        Ok(())
    }
}

/// Options of a FuelEU assessment; the defaults apply the Regulation as printed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FuelEuOptions {
    /// Wind-assist power ratio P_wind/P_prop for the wind reward factor (Annex I); `None` for
    /// no wind assist.
    pub wind_assist_power_ratio: Option<f64>,
    /// Number of consecutive periods immediately before this one in which the ship paid a
    /// penalty (Art. 23(2)).
    pub previous_consecutive_penalty_periods: u32,
    /// Whether the Art. 5 RFNBO sub-target (2 % from 2034) has been triggered.
    pub rfnbo_subtarget_triggered: bool,
    /// Banking and borrowing.
    pub flexibility: Flexibility,
    /// A limit table of the user's; `None` for Art. 4(2).
    pub limits: Option<FuelEuLimits>,
}

/// The RFNBO sub-target check (Art. 5), reported from 2034 when triggered.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RfnboSubtarget {
    /// RFNBO share of the in-scope energy.
    pub rfnbo_share: f64,
    /// Required share (0.02).
    pub required_share: f64,
    /// Whether the share meets it.
    pub met: bool,
    /// RFNBO energy missing to meet it (MJ).
    #[serde(rename = "shortfall_mj", with = "crate::units::serde_as::megajoules")]
    pub shortfall: Energy,
}

/// The FuelEU result of one ship-year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FuelEuAssessment {
    /// Reporting period.
    pub year: i32,
    /// In-scope energy E = Σ M·LCV + Σ E_k (MJ).
    #[serde(rename = "energy_mj", with = "crate::units::serde_as::megajoules")]
    pub energy: Energy,
    /// In-scope RFNBO energy that qualifies for the reward (MJ).
    #[serde(
        rename = "rfnbo_energy_mj",
        with = "crate::units::serde_as::megajoules"
    )]
    pub rfnbo_energy: Energy,
    /// In-scope shore-power (OPS) energy (MJ).
    #[serde(
        rename = "shore_power_energy_mj",
        with = "crate::units::serde_as::megajoules"
    )]
    pub shore_power_energy: Energy,
    /// Wind reward factor applied.
    pub wind_reward_factor: f64,
    /// Actual GHG intensity GHGIE (gCO2e/MJ).
    #[serde(
        rename = "ghg_intensity_g_per_mj",
        with = "crate::units::serde_as::g_per_mj"
    )]
    pub ghg_intensity: GhgIntensity,
    /// Limit for the year (gCO2e/MJ).
    #[serde(rename = "target_g_per_mj", with = "crate::units::serde_as::g_per_mj")]
    pub target: GhgIntensity,
    /// Compliance balance before flexibility (tCO2e; positive = surplus).
    #[serde(
        rename = "compliance_balance_t",
        with = "crate::units::serde_as::tonnes"
    )]
    pub compliance_balance: Mass,
    /// Most the ship may borrow this period, 2 % × limit × E (tCO2e).
    #[serde(rename = "borrowing_limit_t", with = "crate::units::serde_as::tonnes")]
    pub borrowing_limit: Mass,
    /// Balance after banking in, borrowing and repaying (tCO2e): the verified balance.
    #[serde(rename = "verified_balance_t", with = "crate::units::serde_as::tonnes")]
    pub verified_balance: Mass,
    /// Surplus that may be banked to the next period (tCO2e).
    #[serde(rename = "surplus_to_bank_t", with = "crate::units::serde_as::tonnes")]
    pub surplus_to_bank: Mass,
    /// Deficit in tonnes of VLSFO-equivalent, |CB| / (GHGIE × 41,000).
    pub deficit_t_vlsfo_eq: f64,
    /// n: consecutive periods with a penalty including this one (0 if no penalty).
    pub consecutive_penalty_periods: u32,
    /// Multiplier 1 + (n − 1)/10.
    pub penalty_multiplier: f64,
    /// Penalty including the multiplier.
    #[serde(rename = "penalty_eur")]
    pub penalty: Money<Eur>,
    /// RFNBO sub-target check (only when triggered and from 2034).
    pub rfnbo_subtarget: Option<RfnboSubtarget>,
}

/// The FuelEU basis of `year` with the options' wind reward.
pub fn basis(year: i32, options: &FuelEuOptions) -> Result<AccountingBasis> {
    let b = AccountingBasis::fueleu(year)?;
    match options.wind_assist_power_ratio {
        Some(r) => b.with_wind_assist(r),
        None => Ok(b),
    }
}

/// Assesses one ship-year of a ship other than a container ship under FuelEU: [`assess_in`]
/// with [`ScopeContext::new`]`(year, false)` (for a container ship, whose stops at
/// neighbouring transhipment ports are not ports of call, call [`assess_in`]).
pub fn assess(ledger: &FuelLedger, year: i32, options: &FuelEuOptions) -> Result<FuelEuAssessment> {
    assess_in(ledger, &ScopeContext::new(year, false), options)
}

/// Assesses one ship-year under FuelEU: the part of `ledger` FuelEU counts (its own scope
/// rule over each entry's place, or the share reported with it:
/// [`regulation::scope::fueleu_share`](crate::regulation::scope::fueleu_share)), accounted
/// under the FuelEU basis of `ctx.year`, against the limit; flexibility; penalty.
///
/// Errors: a year outside 2025–2050 (or the user's table); a ledger with nothing in scope
/// ([`Error::Empty`]); an entry with neither a place nor a reported share; invalid flexibility
/// amounts; borrowing in two consecutive periods, above the limit, or without a deficit
/// ([`Error::RuleViolated`]).
pub fn assess_in(
    ledger: &FuelLedger,
    ctx: &ScopeContext,
    options: &FuelEuOptions,
) -> Result<FuelEuAssessment> {
    let year = ctx.year;
    let default_limits;
    let limits = match &options.limits {
        Some(l) => l,
        None => {
            default_limits = FuelEuLimits::default();
            &default_limits
        }
    };
    let target = limits.target(year)?;
    let in_scope = crate::regulation::scope::in_scope(ledger, Regime::FuelEu, ctx)?;
    if in_scope.is_empty() {
        return Err(Error::Empty {
            field: "ledger (in FuelEU scope)".into(),
            expected:
                "at least one entry with a scope share above zero (Reg. (EU) 2023/1805 Art. 2(1))"
                    .into(),
        });
    }
    let e = basis(year, options)?.account(&in_scope)?;
    let actual = e.intensity()?;
    let cb = compliance_balance(target, actual, e.energy)?;
    let fx = &options.flexibility;
    let banked = crate::error::non_negative(
        || "fueleu.flexibility.banked_surplus_t".into(),
        fx.banked_surplus_t,
    )?;
    let borrow = crate::error::non_negative(|| "fueleu.flexibility.borrow_t".into(), fx.borrow_t)?;
    let repay = crate::error::non_negative(
        || "fueleu.flexibility.borrowed_previous_period_t".into(),
        fx.borrowed_previous_period_t,
    )?;
    // 2 % × limit × energy, in SI base units (kg/J × J); checked, naming the energy.
    let borrowing_limit = Mass::new::<uom::si::mass::kilogram>(crate::numeric::finite_result(
        target.value * e.energy.value * data::BORROWING_LIMIT_FRACTION,
        "energy_mj",
        e.energy.megajoules(),
        "the borrowing limit",
    )?);
    // Each step is checked so that an overflow names the amount that caused it.
    let with_banked = crate::numeric::finite_result(
        cb.tonnes() + banked,
        "fueleu.flexibility.banked_surplus_t",
        banked,
        "the balance after banking",
    )?;
    let repayment = crate::numeric::finite_result(
        repay * data::BORROWING_REPAYMENT_FACTOR,
        "fueleu.flexibility.borrowed_previous_period_t",
        repay,
        "the repayment (× 1.1)",
    )?;
    // The balance is finite in grams (it was computed in grams), so only a banked or repaid
    // amount can take it out of range: name the larger of the two.
    let (culprit, amount) = if repayment >= banked {
        ("fueleu.flexibility.borrowed_previous_period_t", repay)
    } else {
        ("fueleu.flexibility.banked_surplus_t", banked)
    };
    let before_borrow_t =
        crate::numeric::finite_result(with_banked - repayment, culprit, amount, "the balance")?;
    crate::numeric::finite_result(
        before_borrow_t * 1e6,
        culprit,
        amount,
        "the verified balance in grams",
    )?;
    if borrow > 0.0 {
        if repay > 0.0 {
            return Err(Error::RuleViolated {
                field: "fueleu.flexibility.borrow_t".into(),
                value: borrow,
                rule: "a ship may not borrow in two consecutive reporting periods \
                       (Reg. (EU) 2023/1805 Art. 20(2)); it borrowed in the previous period"
                    .into(),
            });
        }
        if borrow > borrowing_limit.tonnes() * (1.0 + 1e-12) {
            return Err(Error::RuleViolated {
                field: "fueleu.flexibility.borrow_t".into(),
                value: borrow,
                rule: format!(
                    "borrowing is limited to 2 % of the limit times the energy, {} tCO2e \
                     (Reg. (EU) 2023/1805 Art. 20(2))",
                    borrowing_limit.tonnes()
                ),
            });
        }
        if before_borrow_t >= 0.0 || borrow > -before_borrow_t * (1.0 + 1e-12) {
            return Err(Error::RuleViolated {
                field: "fueleu.flexibility.borrow_t".into(),
                value: borrow,
                rule: format!(
                    "borrowing covers a deficit only, and the deficit is {} tCO2e \
                     (Reg. (EU) 2023/1805 Art. 20(2))",
                    (-before_borrow_t).max(0.0)
                ),
            });
        }
    }
    let verified = crate::units::tonnes(before_borrow_t + borrow);
    let surplus_to_bank = crate::units::tonnes(verified.tonnes().max(0.0));
    let base_penalty = penalty(verified, actual)?;
    let n = if base_penalty.amount() > 0.0 {
        options
            .previous_consecutive_penalty_periods
            .saturating_add(1)
    } else {
        0
    };
    let multiplier = consecutive_penalty_multiplier(n);
    let deficit_t_vlsfo_eq = if verified.grams() < 0.0 {
        crate::numeric::finite_result(
            -verified.grams() / (actual.g_per_mj() * data::VLSFO_EQ_MJ_PER_T),
            "ghg_intensity",
            actual.g_per_mj(),
            "the deficit in t VLSFO-eq",
        )?
    } else {
        0.0
    };
    let penalty_eur = crate::numeric::finite_result(
        base_penalty.amount() * multiplier,
        "fueleu.previous_consecutive_penalty_periods",
        f64::from(options.previous_consecutive_penalty_periods),
        "the penalty with its multiplier",
    )?;
    let rfnbo_subtarget = (options.rfnbo_subtarget_triggered
        && year >= data::RFNBO_SUBTARGET_FIRST_YEAR)
        .then(|| {
            let total = e.energy.megajoules();
            let share = if total > 0.0 {
                e.rfnbo_energy.megajoules() / total
            } else {
                0.0
            };
            let need = data::RFNBO_SUBTARGET_FRACTION * total - e.rfnbo_energy.megajoules();
            RfnboSubtarget {
                rfnbo_share: share,
                required_share: data::RFNBO_SUBTARGET_FRACTION,
                met: need <= 0.0,
                shortfall: megajoules(need.max(0.0)),
            }
        });
    Ok(FuelEuAssessment {
        year,
        energy: e.energy,
        rfnbo_energy: e.rfnbo_energy,
        shore_power_energy: e.shore_power_energy,
        wind_reward_factor: e.wind_reward_factor,
        ghg_intensity: actual,
        target,
        compliance_balance: cb,
        borrowing_limit,
        verified_balance: verified,
        surplus_to_bank,
        deficit_t_vlsfo_eq,
        consecutive_penalty_periods: n,
        penalty_multiplier: multiplier,
        penalty: Money::new(penalty_eur),
        rfnbo_subtarget,
    })
}

/// A ship in a FuelEU pool (Art. 21). Deserialisation checks that the balance is finite.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "PoolMemberRepr")]
pub struct PoolMember {
    /// Ship name or IMO number.
    pub name: String,
    /// Its compliance balance for the period (tCO2e; positive = surplus).
    #[serde(
        rename = "compliance_balance_t",
        with = "crate::units::serde_as::tonnes"
    )]
    pub compliance_balance: Mass,
    /// Whether it borrowed advance surplus this period (such a ship may not be pooled).
    #[serde(default)]
    pub borrowed_this_period: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PoolMemberRepr {
    name: String,
    #[serde(
        rename = "compliance_balance_t",
        with = "crate::units::serde_as::tonnes"
    )]
    compliance_balance: Mass,
    #[serde(default)]
    borrowed_this_period: bool,
}

impl TryFrom<PoolMemberRepr> for PoolMember {
    type Error = Error;
    fn try_from(r: PoolMemberRepr) -> Result<Self> {
        crate::numeric::finite(r.compliance_balance.tonnes(), "compliance_balance_t")?;
        Ok(PoolMember {
            name: r.name,
            compliance_balance: r.compliance_balance,
            borrowed_this_period: r.borrowed_this_period,
        })
    }
}

impl PoolMember {
    /// A member that did not borrow.
    pub fn new(name: &str, compliance_balance: Mass) -> Self {
        Self {
            name: name.to_string(),
            compliance_balance,
            borrowed_this_period: false,
        }
    }
}

/// One member's balance after pooling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PoolAllocation {
    /// Ship name.
    pub name: String,
    /// Balance before pooling (tCO2e).
    #[serde(rename = "balance_before_t", with = "crate::units::serde_as::tonnes")]
    pub balance_before: Mass,
    /// Balance after pooling (tCO2e).
    #[serde(rename = "balance_after_t", with = "crate::units::serde_as::tonnes")]
    pub balance_after: Mass,
    /// Surplus received (positive) or given (negative) (tCO2e).
    #[serde(rename = "transfer_t", with = "crate::units::serde_as::tonnes")]
    pub transfer: Mass,
}

/// Pools ships' compliance balances (Art. 21) and allocates the surplus.
///
/// The pool is valid only if the sum of its members' balances is not negative; otherwise
/// [`Error::PoolInDeficit`]. A ship that borrowed this period may not be pooled
/// ([`Error::RuleViolated`]).
///
/// **Allocation rule** (the Regulation leaves allocation to the pool's members; this is one
/// deterministic choice): every deficit is brought exactly to zero; each surplus ship gives in
/// proportion to its surplus, i.e. it keeps s_i · (1 − D/S), where D is the total deficit and
/// S the total surplus. The result does not depend on the members' order; no ship ends worse
/// than it started, and no surplus ship ends in deficit.
///
/// ```
/// use green_corridor::regulation::fueleu::{pool, PoolMember};
/// use green_corridor::units::{tonnes, MassExt};
/// let out = pool(&[
///     PoolMember::new("A", tonnes(300.0)),
///     PoolMember::new("B", tonnes(-200.0)),
///     PoolMember::new("C", tonnes(100.0)),
/// ])?;
/// assert_eq!(out[1].balance_after.tonnes(), 0.0);
/// assert!((out[0].balance_after.tonnes() - 150.0).abs() < 1e-9); // 300·(1 − 200/400)
/// assert!((out[2].balance_after.tonnes() - 50.0).abs() < 1e-9);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn pool(members: &[PoolMember]) -> Result<Vec<PoolAllocation>> {
    if members.is_empty() {
        return Err(Error::Empty {
            field: "pool".into(),
            expected: "at least one ship".into(),
        });
    }
    let mut surplus = crate::numeric::NeumaierSum::default();
    let mut deficit = crate::numeric::NeumaierSum::default();
    for (i, m) in members.iter().enumerate() {
        let field = || format!("pool[{i}].compliance_balance_t");
        let cb = crate::error::finite(field, m.compliance_balance.tonnes())?;
        if m.borrowed_this_period {
            return Err(Error::RuleViolated {
                field: format!("pool[{i}].borrowed_this_period"),
                value: 1.0,
                rule: format!(
                    "'{}' borrowed advance surplus this period and may not take part in a pool \
                     in the same period (Reg. (EU) 2023/1805 Art. 20(2))",
                    m.name
                ),
            });
        }
        let (sum, what) = if cb >= 0.0 {
            (&mut surplus, "the pool's total surplus")
        } else {
            (&mut deficit, "the pool's total deficit")
        };
        sum.add(cb.abs());
        if !sum.is_finite() {
            return Err(crate::numeric::overflow(&field(), cb, what));
        }
    }
    let (surplus, deficit) = (surplus.total(), deficit.total());
    // Both are finite and non-negative, so their difference is finite.
    if surplus - deficit < 0.0 {
        return Err(Error::PoolInDeficit {
            members: members.len(),
            sum_t: surplus - deficit,
        });
    }
    let keep = if surplus > 0.0 {
        1.0 - deficit / surplus
    } else {
        1.0
    };
    Ok(members
        .iter()
        .map(|m| {
            let cb = m.compliance_balance.tonnes();
            let after = if cb < 0.0 { 0.0 } else { cb * keep };
            PoolAllocation {
                name: m.name.clone(),
                balance_before: m.compliance_balance,
                balance_after: crate::units::tonnes(after),
                transfer: crate::units::tonnes(after - cb),
            }
        })
        .collect())
}

impl FuelEuLimits {
    /// Checks the table: a finite, non-negative reference; at least one step; step years
    /// from 1900 to 2200 in strictly increasing order, not after `last_year` (itself within
    /// 1900–2200); reductions from 0 to 100 %.
    pub fn validate(&self) -> Result<()> {
        crate::error::non_negative(
            || "fueleu.limits.reference_g_per_mj".into(),
            self.reference_g_per_mj,
        )?;
        crate::numeric::years::check_year("fueleu.limits.last_year", self.last_year)?;
        if self.steps.is_empty() {
            return Err(Error::Empty {
                field: "fueleu.limits.steps".into(),
                expected: "at least one limit step".into(),
            });
        }
        let mut previous: Option<i32> = None;
        for (i, s) in self.steps.iter().enumerate() {
            let field = format!("fueleu.limits.steps[{i}]");
            crate::numeric::years::check_year(&format!("{field}.from_year"), s.from_year)?;
            if let Some(p) = previous.filter(|p| s.from_year <= *p) {
                return Err(Error::OutOfRange {
                    field: format!("{field}.from_year"),
                    value: f64::from(s.from_year),
                    expected: format!("a year after {p} (steps in increasing order)"),
                });
            }
            if s.from_year > self.last_year {
                return Err(Error::OutOfRange {
                    field: format!("{field}.from_year"),
                    value: f64::from(s.from_year),
                    expected: format!("a year not after last_year = {}", self.last_year),
                });
            }
            previous = Some(s.from_year);
            crate::error::in_range(
                || format!("{field}.reduction_percent"),
                s.reduction_percent,
                0.0,
                100.0,
            )?;
        }
        Ok(())
    }
}
crate::numeric::validated_serde!(FuelEuLimits, |v| v.validate());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_a_step_function() {
        let l = FuelEuLimits::default();
        for (y, want) in [
            (2025, 89.3368),
            (2029, 89.3368),
            (2030, 85.6904),
            (2034, 85.6904),
            (2035, 77.9418),
            (2040, 62.9004),
            (2045, 34.6408),
            (2050, 18.232),
        ] {
            assert!((l.target(y).unwrap().g_per_mj() - want).abs() < 1e-9, "{y}");
        }
        assert!(matches!(
            l.target(2024),
            Err(Error::YearOutOfRange { year: 2024, .. })
        ));
        assert!(matches!(
            l.target(2051),
            Err(Error::YearOutOfRange { year: 2051, .. })
        ));
    }

    #[test]
    fn multiplier() {
        assert_eq!(consecutive_penalty_multiplier(0), 1.0);
        assert_eq!(consecutive_penalty_multiplier(1), 1.0);
        assert!((consecutive_penalty_multiplier(2) - 1.1).abs() < 1e-12);
        assert!((consecutive_penalty_multiplier(5) - 1.4).abs() < 1e-12);
    }

    #[test]
    fn pool_order_independent_and_errors() {
        let a = pool(&[
            PoolMember::new("A", crate::units::tonnes(-50.0)),
            PoolMember::new("B", crate::units::tonnes(50.0)),
        ])
        .unwrap();
        assert_eq!(a[0].balance_after.tonnes(), 0.0);
        assert!(a[1].balance_after.tonnes().abs() < 1e-12);
        let err = pool(&[
            PoolMember::new("A", crate::units::tonnes(-50.1)),
            PoolMember::new("B", crate::units::tonnes(50.0)),
        ])
        .unwrap_err();
        assert!(matches!(err, Error::PoolInDeficit { members: 2, .. }));
        assert!(pool(&[]).is_err());
    }
}
