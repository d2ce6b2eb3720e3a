//! Versioned constants of FuelEU Maritime, Regulation (EU) 2023/1805 (OJ L 234, 22.9.2023).
//!
//! Transcribed from Reg. (EU) 2023/1805 Art. 2(1), 4(2), 5, 20–23 and Annex IV, cross-checked
//! against secondary restatements (`docs/data-sources.md`, "FuelEU — Art. 4(2) intensity limits"
//! and the FuelEU sections after it). The OJ annexes could not be opened; re-check before release.

/// Art. 4(2) and recital 23: reference value, the 2020 fleet-average GHG intensity from EU MRV
/// data, 91.16 gCO2e/MJ.
pub const REFERENCE_INTENSITY_G_PER_MJ: f64 = 91.16;

/// Art. 4(2): reduction of the GHG intensity limit below the reference value, in per cent,
/// from 1 January of each listed year. A **step function**: the limit holds until the next
/// listed year (it is not interpolated), and 2035 is 14.5 % (not 14 %).
pub const LIMIT_REDUCTION_PERCENT: &[(i32, f64)] = &[
    (2025, 2.0),
    (2030, 6.0),
    (2035, 14.5),
    (2040, 31.0),
    (2045, 62.0),
    (2050, 80.0),
];

/// Last year the crate's Art. 4(2) table covers (the 2050 step is the last one printed; the
/// FuelEU accounting basis also ends here).
pub const LAST_YEAR: i32 = 2050;

/// Annex IV Part B: the penalty is EUR 2,400 per tonne of VLSFO-equivalent energy of the
/// deficit.
pub const PENALTY_EUR_PER_T_VLSFO_EQ: f64 = 2_400.0;

/// Annex IV Part B: 41,000 MJ per tonne of VLSFO-equivalent.
pub const VLSFO_EQ_MJ_PER_T: f64 = 41_000.0;

/// Art. 23(2): a penalty after n consecutive reporting periods with a penalty is multiplied by
/// 1 + (n − 1) × 10 %.
pub const CONSECUTIVE_PENALTY_STEP: f64 = 0.10;

/// Art. 20(2): an advance compliance surplus borrowed from the next period may not exceed 2 %
/// of the GHG intensity limit multiplied by the ship's energy.
pub const BORROWING_LIMIT_FRACTION: f64 = 0.02;

/// Art. 20(2): the borrowed amount, multiplied by 1.1, is subtracted from the next period's
/// compliance balance.
pub const BORROWING_REPAYMENT_FACTOR: f64 = 1.1;

/// Art. 5: RFNBO sub-target of 2 % of the energy used on board from 1 January 2034, which
/// applies only if the Commission's monitoring shows RFNBOs below 1 % of the energy used by
/// ships in scope in 2031. Modelled as a user flag
/// ([`FuelEuPolicy`](super::FuelEuPolicy)). The penalty for missing it (Annex IV Part B) is
/// |CB_RFNBO| × Pd ([`rfnbo_subtarget_penalty`](super::rfnbo_subtarget_penalty)); the
/// value of Pd was not found and is a user input.
pub const RFNBO_SUBTARGET_FRACTION: f64 = 0.02;

/// First year of the RFNBO sub-target (Art. 5).
pub const RFNBO_SUBTARGET_FIRST_YEAR: i32 = 2034;
