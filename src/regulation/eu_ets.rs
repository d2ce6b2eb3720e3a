//! EU Emissions Trading System, maritime: Directive 2003/87/EC as amended by Directive (EU)
//! 2023/959 (in force 5 June 2023); monitoring under the MRV Regulation (EU) 2015/757 as
//! amended by Regulation (EU) 2023/957. Ships of 5,000 GT and above from 2024.
//!
//! * **Scope** (Art. 3ga): 100 % of emissions on voyages between EU/EEA ports and at berth in
//!   EU/EEA ports, 50 % of voyages between an EU/EEA port and a third-country port — the
//!   ETS rule over the ledger's places ([`scope::ets_share`](crate::regulation::scope::ets_share)).
//! * **Gases**: CO2 from 2024; CH4 and N2O from 1 January 2026 — the
//!   [`AccountingBasis::eu_ets`] of the year (TtW; CO2 from biofuels and RFNBOs at zero).
//! * **Phase-in** of the surrender obligation (Art. 3gb): 40 % of the verified 2024 emissions,
//!   70 % of 2025, 100 % from 2026 ([`data`]).
//! * One allowance (EUA) covers one tonne of CO2e; cost = allowances × EUA price.
//!
//! Allowances are returned unrounded; a company surrenders whole allowances for its verified
//! emissions, rounded as its MRV report prescribes.
//!
//! ```
//! use green_corridor::prelude::*;
//! use green_corridor::regulation::eu_ets;
//!
//! let mut ledger = FuelLedger::new();
//! ledger.add(PathwayId::Hfo, ConverterClass::Ice, tonnes(100.0), "EU-third country", ScopeShare::HALF)?;
//! let a = eu_ets::assess(&ledger, 2024, 70.0, &eu_ets::PhaseIn::default())?;
//! // 50 t in scope × 3.114 = 155.7 tCO2; 40 % in 2024 → 62.28 EUA.
//! assert!((a.allowances - 62.28).abs() < 1e-9);
//! assert!((a.cost.amount() - 62.28 * 70.0).abs() < 1e-6);
//! # Ok::<(), green_corridor::Error>(())
//! ```

// Years are computed here: integer arithmetic must be checked or wide (issue 14).
#![deny(clippy::arithmetic_side_effects)]

use crate::units::{Eur, Money};
use serde::{Deserialize, Serialize};

use crate::emissions::AccountingBasis;
use crate::error::{Error, Result};
use crate::ledger::{FuelLedger, Regime};
use crate::regulation::scope::ScopeContext;
use crate::units::{Mass, MassExt, tonnes};

/// Versioned constants of the EU ETS maritime.
pub mod data {
    /// Directive 2003/87/EC Art. 3gb (inserted by Directive (EU) 2023/959): share of verified
    /// emissions for which allowances must be surrendered — 40 % for 2024, 70 % for 2025,
    /// 100 % from 2026 (the last row holds for every later year).
    pub const PHASE_IN: &[(i32, f64)] = &[(2024, 0.40), (2025, 0.70), (2026, 1.00)];

    /// First year of the maritime EU ETS (Directive (EU) 2023/959).
    pub const FIRST_YEAR: i32 = 2024;

    /// First year CH4 and N2O count (Directive (EU) 2023/959; MRV Reg. (EU) 2023/957).
    pub const NON_CO2_FROM_YEAR: i32 = 2026;

    /// One EU allowance covers one tonne of CO2-equivalent (Directive 2003/87/EC Art. 3(a)).
    pub const T_CO2E_PER_ALLOWANCE: f64 = 1.0;
}

/// The phase-in of the surrender obligation; [`Default`] is Art. 3gb. A user may supply
/// another (e.g. the 50 % extra-EU share may be reviewed under the Directive's review clause).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct PhaseIn {
    /// (year, share) rows in increasing year order; the last row holds for later years.
    pub steps: Vec<(i32, f64)>,
}

impl Default for PhaseIn {
    fn default() -> Self {
        Self {
            steps: data::PHASE_IN.to_vec(),
        }
    }
}

impl PhaseIn {
    /// The share for `year`. Errors before the first row ([`Error::YearOutOfRange`]).
    pub fn share(&self, year: i32) -> Result<f64> {
        let (y0, share) = self
            .steps
            .iter()
            .rev()
            .find(|(y, _)| *y <= year)
            .copied()
            .ok_or_else(|| Error::YearOutOfRange {
                field: "year".into(),
                year,
                regime: "EU ETS maritime phase-in (Directive 2003/87/EC Art. 3gb)".into(),
                expected: match self.steps.first() {
                    Some((f, _)) => format!("{f} or later"),
                    None => "no years: the phase-in table is empty".into(),
                },
            })?;
        crate::error::in_range(|| format!("eu_ets.phase_in[{y0}]"), share, 0.0, 1.0)
    }
}

/// The EU ETS result of one ship-year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EtsAssessment {
    /// Year of the emissions.
    pub year: i32,
    /// Whether CH4 and N2O are counted (2026 on).
    pub includes_ch4_and_n2o: bool,
    /// Emissions in scope, CO2e TtW with the scope shares applied (t).
    #[serde(
        rename = "emissions_in_scope_t",
        with = "crate::units::serde_as::tonnes"
    )]
    pub emissions_in_scope: Mass,
    /// Share of the emissions to be covered (phase-in).
    pub phase_in_share: f64,
    /// Allowances to surrender (1 EUA = 1 tCO2e), unrounded.
    pub allowances: f64,
    /// EUA price used (EUR per t).
    pub eua_price_eur_per_t: f64,
    /// Cost of the allowances.
    #[serde(rename = "cost_eur")]
    pub cost: Money<Eur>,
}

/// Assesses one ship-year of a ship other than a container ship under the EU ETS:
/// [`assess_in`] with [`ScopeContext::new`]`(year, false)`.
pub fn assess(
    ledger: &FuelLedger,
    year: i32,
    eua_price_eur_per_t: f64,
    phase_in: &PhaseIn,
) -> Result<EtsAssessment> {
    assess_in(
        ledger,
        &ScopeContext::new(year, false),
        eua_price_eur_per_t,
        phase_in,
    )
}

/// Assesses one ship-year under the EU ETS in `ctx` (year, and whether the ship is a container
/// ship): the part of `ledger` the ETS counts (its own scope rule over each entry's place, or
/// the share reported with it: [`regulation::scope::ets_share`](crate::regulation::scope::ets_share))
/// under [`AccountingBasis::eu_ets`]`(year)`, times the phase-in share, at
/// `eua_price_eur_per_t`. A ledger with nothing in scope gives zero allowances.
///
/// Errors: a year before 2024; a negative or non-finite price; an entry with neither a place
/// nor a reported share.
pub fn assess_in(
    ledger: &FuelLedger,
    ctx: &ScopeContext,
    eua_price_eur_per_t: f64,
    phase_in: &PhaseIn,
) -> Result<EtsAssessment> {
    let year = ctx.year;
    let price =
        crate::error::non_negative(|| "prices.eua_price_eur_per_t".into(), eua_price_eur_per_t)?;
    let basis = AccountingBasis::eu_ets(year)?;
    let share = phase_in.share(year)?;
    let in_scope = crate::regulation::scope::in_scope(ledger, Regime::EuEts, ctx)?;
    let emissions = if in_scope.is_empty() {
        tonnes(0.0)
    } else {
        basis.account(&in_scope)?.tank_to_wake
    };
    let allowances = emissions.tonnes() * share / data::T_CO2E_PER_ALLOWANCE;
    let cost_eur = crate::numeric::finite_result(
        allowances * price,
        "prices.eua_price_eur_per_t",
        price,
        "the cost of the allowances",
    )?;
    Ok(EtsAssessment {
        year,
        includes_ch4_and_n2o: year >= data::NON_CO2_FROM_YEAR,
        emissions_in_scope: emissions,
        phase_in_share: share,
        allowances,
        eua_price_eur_per_t: price,
        cost: Money::new(cost_eur),
    })
}

impl PhaseIn {
    /// Checks the rows: at least one, years from 1900 to 2200 in strictly increasing order,
    /// shares from 0 to 1.
    pub fn validate(&self) -> Result<()> {
        if self.steps.is_empty() {
            return Err(Error::Empty {
                field: "eu_ets.phase_in.steps".into(),
                expected: "at least one (year, share) row".into(),
            });
        }
        let mut previous: Option<i32> = None;
        for (i, (y, share)) in self.steps.iter().enumerate() {
            let field = format!("eu_ets.phase_in.steps[{i}]");
            crate::numeric::years::check_year(&format!("{field}.year"), *y)?;
            if let Some(p) = previous.filter(|p| y <= p) {
                return Err(Error::OutOfRange {
                    field: format!("{field}.year"),
                    value: f64::from(*y),
                    expected: format!("a year after {p} (rows in increasing order)"),
                });
            }
            previous = Some(*y);
            crate::error::in_range(|| format!("{field}.share"), *share, 0.0, 1.0)?;
        }
        Ok(())
    }
}
crate::numeric::validated_serde!(PhaseIn, |v| v.validate());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phase_in_years() {
        let p = PhaseIn::default();
        assert_eq!(p.share(2024).unwrap(), 0.4);
        assert_eq!(p.share(2025).unwrap(), 0.7);
        assert_eq!(p.share(2026).unwrap(), 1.0);
        assert_eq!(p.share(2040).unwrap(), 1.0);
        assert!(matches!(
            p.share(2023),
            Err(Error::YearOutOfRange { year: 2023, .. })
        ));
    }
}
