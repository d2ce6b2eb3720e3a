//! IMO Net-Zero Framework (NZF): GHG fuel intensity (GFI), remedial units, surplus units.
//!
//! **Status: NOT adopted.** The NZF was *approved* as draft amendments to MARPOL Annex VI (a
//! new Chapter 5) by vote at MEPC 83 (7–11 April 2025). The extraordinary session MEPC/ES.2
//! (14–17 October 2025) did not adopt it: it adjourned for one year (57 for, 49 against, 21
//! abstentions). MEPC 84 (April 2026) continued the debate without adoption, as far as the
//! sources show; the outcome of the reconvened session (due October 2026) was not found. See
//! [`STATUS`]. Everything in this module models the approved draft text and may change.
//!
//! * **GFI** (gCO2e/MJ): well-to-wake GHG intensity of the energy used on board, under the
//!   IMO LCA Guidelines (MEPC.391(81)) — [`AccountingBasis::imo_lca`].
//! * **Targets**: base and direct-compliance GFI, 93.3 × (1 − r) with r from the draft's
//!   table for 2028–2035 and the 2040 base target ([`data`]); 2036–2039 are not defined.
//! * **Compliance deficit / units** (tCO2e), with E the energy (MJ):
//!   * tier 2 = max(0, GFI − base) × E — remedial units at USD 380/t (2028–2030);
//!   * tier 1 = max(0, min(GFI, base) − direct) × E — remedial units at USD 100/t (2028–2030);
//!   * surplus units = max(0, direct − GFI) × E.
//! * **ZNZ** (zero/near-zero) fuels: WtW GFI ≤ 19.0 gCO2e/MJ to end-2034, ≤ 14.0 from 2035;
//!   the reward rate is not set.
//!
//! ```
//! use green_corridor::prelude::*;
//! use green_corridor::regulation::imo_nzf::{self, NzfPrices};
//!
//! let mut ledger = FuelLedger::new();
//! ledger.add(PathwayId::Vlsfo, ConverterClass::Ice, tonnes(1_000.0), "sea", ScopeShare::NONE)?;
//! let a = imo_nzf::assess(&ledger, 2028, &NzfPrices::mepc83_2028_2030())?;
//! assert!(a.tier2_units_t > 0.0); // VLSFO (≈ 94.9 gCO2e/MJ) is above the 2028 base target 89.568
//! assert!(!imo_nzf::ADOPTED);
//! # Ok::<(), green_corridor::Error>(())
//! ```

// Years are computed here: integer arithmetic must be checked or wide (issue 14).
#![deny(clippy::arithmetic_side_effects)]

use crate::units::{Money, Usd};
use serde::{Deserialize, Serialize};

use crate::emissions::AccountingBasis;
use crate::error::{Error, Result};
use crate::ledger::FuelLedger;
use crate::units::{Energy, EnergyExt, GhgIntensity, IntensityExt, g_per_mj};

/// Whether the NZF is adopted law: `false` as of the last known status (see [`STATUS`]).
pub const ADOPTED: bool = false;

/// The NZF's legal status as of the sources used.
pub const STATUS: &str = "Approved as draft MARPOL Annex VI amendments (new Chapter 5) at MEPC 83, \
April 2025; NOT adopted: MEPC/ES.2 (October 2025) adjourned for one year; no adoption reported \
at MEPC 84 (April 2026); outcome of the reconvened session not known. Modelled on the approved \
draft text.";

/// Versioned constants of the NZF (MEPC 83 approved draft), each with its source.
pub mod data {
    /// GFI reference (2008 fleet, WtW): 93.3 gCO2e/MJ (MEPC 83 draft text as summarised by
    /// BIMCO, Bunker Index, Sidley Austin, ClearBlue Markets; 92.0 on one web page is wrong).
    pub const BASELINE_GFI_G_PER_MJ: f64 = 93.3;

    /// First compliance year (MEPC 83 draft; entry into force expected 2027 at the time).
    pub const FIRST_YEAR: i32 = 2028;

    /// Reduction factors below [`BASELINE_GFI_G_PER_MJ`], per cent: (year, base target,
    /// direct-compliance target). MEPC 83 approved draft, as tabulated by Bunker Index and
    /// consistent with BIMCO (2028, 2035), Sidley Austin (17 % → 43 %) and ClearBlue (4/8/30 %).
    /// 2040: base 65 %, direct-compliance not set. 2036–2039 are to be set later (by 2032).
    pub const TARGETS_PERCENT: &[(i32, f64, Option<f64>)] = &[
        (2028, 4.0, Some(17.0)),
        (2029, 6.0, Some(19.0)),
        (2030, 8.0, Some(21.0)),
        (2031, 12.4, Some(25.4)),
        (2032, 16.8, Some(29.8)),
        (2033, 21.2, Some(34.2)),
        (2034, 25.6, Some(38.6)),
        (2035, 30.0, Some(43.0)),
        (2040, 65.0, None),
    ];

    /// Tier 1 remedial unit price, USD per tCO2e, set for 2028–2030 (MEPC 83 draft; BIMCO,
    /// Sidley Austin, Pacific Environment, Interferry).
    pub const TIER1_PRICE_USD_PER_T: f64 = 100.0;

    /// Tier 2 remedial unit price, USD per tCO2e, set for 2028–2030 (same sources).
    pub const TIER2_PRICE_USD_PER_T: f64 = 380.0;

    /// Last year the remedial unit prices above are set for.
    pub const PRICES_LAST_YEAR: i32 = 2030;

    /// ZNZ threshold until 31 December 2034: WtW GFI ≤ 19.0 gCO2e/MJ (MEPC 83 draft, as cited
    /// in the h2map dataset and the IMO NZF FAQ; single secondary source).
    pub const ZNZ_THRESHOLD_TO_2034_G_PER_MJ: f64 = 19.0;

    /// ZNZ threshold from 1 January 2035: 14.0 gCO2e/MJ (same source).
    pub const ZNZ_THRESHOLD_FROM_2035_G_PER_MJ: f64 = 14.0;
}

/// Base and direct-compliance GFI targets of one year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NzfTargets {
    /// Year.
    pub year: i32,
    /// Base target (gCO2e/MJ).
    #[serde(rename = "base_g_per_mj", with = "crate::units::serde_as::g_per_mj")]
    pub base: GhgIntensity,
    /// Direct-compliance target (gCO2e/MJ); `None` where the draft does not set it (2040).
    #[serde(rename = "direct_compliance_g_per_mj", with = "option_g_per_mj")]
    pub direct_compliance: Option<GhgIntensity>,
}

mod option_g_per_mj {
    use crate::units::{GhgIntensity, IntensityExt, g_per_mj};
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(q: &Option<GhgIntensity>, s: S) -> Result<S::Ok, S::Error> {
        match q {
            Some(v) => s.serialize_some(&v.g_per_mj()),
            None => s.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<GhgIntensity>, D::Error> {
        Option::<f64>::deserialize(d).map(|o| o.map(g_per_mj))
    }
}

fn year_error(year: i32, what: &str) -> Error {
    Error::YearOutOfRange {
        field: "year".into(),
        year,
        regime: format!("IMO Net-Zero Framework {what} (MEPC 83 approved draft; not adopted)"),
        expected: "2028–2035 and 2040 (2036–2039 are to be set later)".into(),
    }
}

/// The GFI targets of `year`: 93.3 × (1 − r/100). Errors with [`Error::YearOutOfRange`]
/// before 2028, for 2036–2039 and after 2040.
///
/// ```
/// use green_corridor::regulation::imo_nzf::targets;
/// use green_corridor::units::IntensityExt;
/// let t = targets(2030)?;
/// assert!((t.base.g_per_mj() - 85.836).abs() < 1e-9);
/// assert!((t.direct_compliance.unwrap().g_per_mj() - 73.707).abs() < 1e-9);
/// assert!(targets(2037).is_err());
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn targets(year: i32) -> Result<NzfTargets> {
    let (_, base, dc) = data::TARGETS_PERCENT
        .iter()
        .find(|(y, _, _)| *y == year)
        .copied()
        .ok_or_else(|| year_error(year, "GFI targets"))?;
    let at = |r: f64| g_per_mj(data::BASELINE_GFI_G_PER_MJ * (1.0 - r / 100.0));
    Ok(NzfTargets {
        year,
        base: at(base),
        direct_compliance: dc.map(at),
    })
}

/// The ZNZ threshold (gCO2e/MJ, WtW) of `year`: 19.0 to 2034, 14.0 from 2035.
pub fn znz_threshold(year: i32) -> Result<GhgIntensity> {
    if year < data::FIRST_YEAR {
        return Err(year_error(year, "ZNZ threshold"));
    }
    Ok(g_per_mj(if year <= 2034 {
        data::ZNZ_THRESHOLD_TO_2034_G_PER_MJ
    } else {
        data::ZNZ_THRESHOLD_FROM_2035_G_PER_MJ
    }))
}

/// Remedial unit prices (USD per tCO2e).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct NzfPrices {
    /// Tier 1 remedial unit price.
    pub tier1_usd_per_t: f64,
    /// Tier 2 remedial unit price.
    pub tier2_usd_per_t: f64,
}

impl NzfPrices {
    /// USD 100 and 380 per tCO2e, the draft's prices for 2028–2030.
    pub fn mepc83_2028_2030() -> Self {
        Self {
            tier1_usd_per_t: data::TIER1_PRICE_USD_PER_T,
            tier2_usd_per_t: data::TIER2_PRICE_USD_PER_T,
        }
    }
}

impl Default for NzfPrices {
    fn default() -> Self {
        Self::mepc83_2028_2030()
    }
}

/// Tier 1 and tier 2 remedial units and surplus units of an attained GFI against the targets,
/// for energy `energy`: (tier1_t, tier2_t, surplus_t).
pub fn units_for(
    gfi: GhgIntensity,
    base: GhgIntensity,
    direct_compliance: GhgIntensity,
    energy: Energy,
) -> (f64, f64, f64) {
    let g = gfi.g_per_mj();
    let b = base.g_per_mj();
    let d = direct_compliance.g_per_mj();
    let e_mj = energy.megajoules();
    let t = |g_per_mj: f64| g_per_mj * e_mj * 1e-6;
    let tier2 = t((g - b).max(0.0));
    let tier1 = t((g.min(b) - d).max(0.0));
    let surplus = t((d - g).max(0.0));
    (tier1, tier2, surplus)
}

impl NzfAssessment {
    /// Cost of the remedial units, tier 1 + tier 2.
    pub fn cost(&self) -> Money<Usd> {
        Money::new(self.tier1_cost.amount() + self.tier2_cost.amount())
    }
}

/// The NZF result of one ship-year (draft rules).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NzfAssessment {
    /// Year.
    pub year: i32,
    /// Always `false` until the NZF is adopted; see [`STATUS`].
    pub adopted: bool,
    /// Energy used (MJ).
    #[serde(rename = "energy_mj", with = "crate::units::serde_as::megajoules")]
    pub energy: Energy,
    /// Attained GFI (gCO2e/MJ, WtW, IMO LCA).
    #[serde(rename = "gfi_g_per_mj", with = "crate::units::serde_as::g_per_mj")]
    pub gfi: GhgIntensity,
    /// The year's targets.
    pub targets: NzfTargets,
    /// Tier 1 remedial units (tCO2e).
    pub tier1_units_t: f64,
    /// Tier 2 remedial units (tCO2e).
    pub tier2_units_t: f64,
    /// Surplus units earned (tCO2e).
    pub surplus_units_t: f64,
    /// Tier 1 cost.
    #[serde(rename = "tier1_cost_usd")]
    pub tier1_cost: Money<Usd>,
    /// Tier 2 cost.
    #[serde(rename = "tier2_cost_usd")]
    pub tier2_cost: Money<Usd>,
    /// ZNZ threshold of the year (gCO2e/MJ).
    #[serde(
        rename = "znz_threshold_g_per_mj",
        with = "crate::units::serde_as::g_per_mj"
    )]
    pub znz_threshold: GhgIntensity,
    /// Energy of entries whose own WtW GFI is at or below the ZNZ threshold (MJ).
    #[serde(rename = "znz_energy_mj", with = "crate::units::serde_as::megajoules")]
    pub znz_energy: Energy,
}

/// Assesses one ship-year under the draft NZF: GFI of the whole ledger (international voyages;
/// the EU scope shares play no part) under [`AccountingBasis::imo_lca`], tier units and costs.
///
/// Errors: a year without both targets ([`Error::YearOutOfRange`]: before 2028, 2036–2040
/// — 2040 has no direct-compliance target — and after 2040); an empty ledger; fuels without
/// the certificates the IMO LCA basis needs; negative prices.
pub fn assess(ledger: &FuelLedger, year: i32, prices: &NzfPrices) -> Result<NzfAssessment> {
    assess_with_targets(ledger, year, targets(year)?, prices)
}

/// Assesses one ship-year of `year` against the given `targets` (the draft's own for `year`,
/// or — for a projection beyond the draft's table — targets the caller chooses and states,
/// e.g. the 2035 targets held). The ZNZ threshold is the draft's for `year`.
///
/// Errors: as [`assess`], and targets without a direct-compliance value.
pub fn assess_with_targets(
    ledger: &FuelLedger,
    year: i32,
    t: NzfTargets,
    prices: &NzfPrices,
) -> Result<NzfAssessment> {
    let p1 = crate::error::non_negative(
        || "prices.nzf_tier1_usd_per_t".into(),
        prices.tier1_usd_per_t,
    )?;
    let p2 = crate::error::non_negative(
        || "prices.nzf_tier2_usd_per_t".into(),
        prices.tier2_usd_per_t,
    )?;
    let dc = t.direct_compliance.ok_or_else(|| Error::YearOutOfRange {
        field: "year".into(),
        year,
        regime: "IMO Net-Zero Framework direct-compliance target (MEPC 83 approved draft)".into(),
        expected: "2028–2035 (the draft sets only a base target for 2040)".into(),
    })?;
    let basis = AccountingBasis::imo_lca();
    let e = basis.account(ledger)?;
    let gfi = e.intensity()?;
    let (tier1, tier2, surplus) = units_for(gfi, t.base, dc, e.energy);
    for units in [tier1, tier2, surplus] {
        crate::numeric::finite_result(units, "energy_mj", e.energy.megajoules(), "the NZF units")?;
    }
    let tier1_cost_usd = crate::numeric::finite_result(
        tier1 * p1,
        "prices.nzf_tier1_usd_per_t",
        p1,
        "the tier 1 cost",
    )?;
    let tier2_cost_usd = crate::numeric::finite_result(
        tier2 * p2,
        "prices.nzf_tier2_usd_per_t",
        p2,
        "the tier 2 cost",
    )?;
    let threshold = znz_threshold(year)?;
    let mut znz_mj = 0.0;
    for (i, entry) in ledger.entries().iter().enumerate() {
        let one = basis.account_entry(entry, i)?;
        if one.energy.megajoules() > 0.0 && one.intensity_without_rewards()? <= threshold {
            // A part of the ledger's total energy, which is finite: so is this sum.
            znz_mj += one.energy.megajoules();
        }
    }
    Ok(NzfAssessment {
        year,
        adopted: ADOPTED,
        energy: e.energy,
        gfi,
        targets: t,
        tier1_units_t: tier1,
        tier2_units_t: tier2,
        surplus_units_t: surplus,
        tier1_cost: Money::new(tier1_cost_usd),
        tier2_cost: Money::new(tier2_cost_usd),
        znz_threshold: threshold,
        znz_energy: crate::units::megajoules(znz_mj),
    })
}

impl NzfPrices {
    /// Checks that both prices are finite and not negative.
    pub fn validate(&self) -> Result<()> {
        crate::error::non_negative(|| "nzf.prices.tier1_usd_per_t".into(), self.tier1_usd_per_t)?;
        crate::error::non_negative(|| "nzf.prices.tier2_usd_per_t".into(), self.tier2_usd_per_t)?;
        Ok(())
    }
}
crate::numeric::validated_serde!(NzfPrices, |v| v.validate());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_table() {
        for (y, b, d) in [
            (2028, 89.568, 77.439),
            (2031, 81.7308, 69.6018),
            (2035, 65.31, 53.181),
        ] {
            let t = targets(y).unwrap();
            assert!((t.base.g_per_mj() - b).abs() < 1e-9, "{y}");
            assert!(
                (t.direct_compliance.unwrap().g_per_mj() - d).abs() < 1e-9,
                "{y}"
            );
        }
        let t = targets(2040).unwrap();
        assert!((t.base.g_per_mj() - 32.655).abs() < 1e-9);
        assert!(t.direct_compliance.is_none());
        for y in [2027, 2036, 2039, 2041] {
            assert!(
                matches!(targets(y), Err(Error::YearOutOfRange { .. })),
                "{y}"
            );
        }
    }

    #[test]
    fn znz_thresholds() {
        assert_eq!(znz_threshold(2034).unwrap().g_per_mj(), 19.0);
        assert_eq!(znz_threshold(2035).unwrap().g_per_mj(), 14.0);
        assert!(znz_threshold(2027).is_err());
    }
}
