//! Accounting bases: which factors, which GWPs, which boundary, which rewards.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fuel::{FactorSet, GwpSet};
use crate::units::{GhgIntensity, IntensityExt, g_per_mj};

/// Where the accounting boundary lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Boundary {
    /// Well-to-wake: production and delivery of the fuel (WtT) plus use on board (TtW).
    WellToWake,
    /// Tank-to-wake: use on board only.
    TankToWake,
}

/// Which greenhouse gases a basis counts in CO2e.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GasCoverage {
    /// Carbon dioxide.
    pub co2: bool,
    /// Methane (combustion and slip).
    pub ch4: bool,
    /// Nitrous oxide.
    pub n2o: bool,
}

impl GasCoverage {
    /// CO2, CH4 and N2O.
    pub const ALL: GasCoverage = GasCoverage {
        co2: true,
        ch4: true,
        n2o: true,
    };
    /// CO2 only (IMO DCS/CII; EU ETS 2024–2025).
    pub const CO2_ONLY: GasCoverage = GasCoverage {
        co2: true,
        ch4: false,
        n2o: false,
    };
}

/// Renewable-energy fuel of non-biological origin reward factor of FuelEU Maritime, Annex I:
/// RWD = 2 for RFNBOs from 1 January 2025 to 31 December 2033, 1 otherwise.
pub const FUELEU_RFNBO_REWARD_FACTOR: f64 = 2.0;
/// Last year the FuelEU RFNBO reward factor applies (Reg. (EU) 2023/1805 Annex I).
pub const FUELEU_RFNBO_REWARD_LAST_YEAR: i32 = 2033;
/// RED II Art. 25(2)/28(5): an RFNBO must save at least 70 % against the fossil comparator
/// 94 gCO2e/MJ, i.e. WtW ≤ 28.2 gCO2e/MJ, to count as RFNBO.
pub const RFNBO_WTW_CEILING_G_PER_MJ: f64 = 94.0 * (1.0 - 0.70);
/// MEPC.1/Circ.905 (interim guidance on biofuels under IMO DCS and CII): a certified biofuel
/// with a WtW GHG reduction of at least 65 % against fossil MGO at 94 gCO2e/MJ, "i.e. not
/// exceeding 33 gCO2e/MJ" as the circular prints it (94 × 0.35 = 32.9 before rounding), may
/// use Cf = WtW × LCV. Source: Lloyd's Register class news 18-23 and ClassNK, quoting the
/// circular.
pub const IMO_DCS_CERTIFIED_BIOFUEL_CEILING_G_PER_MJ: f64 = 33.0;

/// FuelEU Maritime wind reward factor f_wind (Reg. (EU) 2023/1805 Annex I) from the ratio of
/// wind-assist power to main propulsion power P_wind/P_prop (P_wind per MEPC.1/Circ.896):
///
/// | P_wind / P_prop | f_wind |
/// |---|---|
/// | < 0.05 | 1.00 |
/// | ≥ 0.05 | 0.99 |
/// | ≥ 0.10 | 0.97 |
/// | ≥ 0.15 | 0.95 |
///
/// Applied as a step function (every implementation found does so; whether the regulation
/// interpolates between bands is not verified — `docs/data-sources.md`).
///
/// ```
/// use green_corridor::emissions::fueleu_wind_reward_factor;
/// assert_eq!(fueleu_wind_reward_factor(0.12)?, 0.97);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn fueleu_wind_reward_factor(p_wind_over_p_prop: f64) -> Result<f64> {
    let r = crate::error::in_range(
        || "wind_assist.p_wind_over_p_prop".into(),
        p_wind_over_p_prop,
        0.0,
        1.0,
    )?;
    Ok(if r >= 0.15 {
        0.95
    } else if r >= 0.10 {
        0.97
    } else if r >= 0.05 {
        0.99
    } else {
        1.0
    })
}

/// An accounting basis: a factor set × a GWP set × a boundary, plus the regime's rules.
///
/// Bases are data, not code paths: the built-in constructors only fill the fields, and a user
/// can build their own (for example ISO 14083 with AR6, or certified WtT values) and
/// [`validate`](AccountingBasis::validate) it.
///
/// | Constructor | Factors | GWP | Boundary | Rules |
/// |---|---|---|---|---|
/// | [`fueleu`](Self::fueleu) | FuelEU Annex II | AR4 | WtW | RFNBO reward 2 (2025–2033), wind reward, OPS |
/// | [`imo_lca`](Self::imo_lca) | IMO LCA (MEPC.391(81)) | AR5 | WtW | — |
/// | [`eu_ets`](Self::eu_ets) | FuelEU Annex II Cf | AR5 | TtW | biogenic/RFNBO CO2 zero; CH4, N2O from 2026 |
/// | [`imo_dcs`](Self::imo_dcs) | MEPC.364(79) | — | TtW | CO2 only; MEPC.1/Circ.905 certified biofuels |
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct AccountingBasis {
    /// Name shown in reports.
    pub name: String,
    /// The factor set.
    pub factors: Arc<FactorSet>,
    /// The GWP set.
    pub gwp: GwpSet,
    /// The boundary.
    pub boundary: Boundary,
    /// The gases counted.
    pub gases: GasCoverage,
    /// Whether methane slip is modelled. When `false` the whole fuel mass is burned (IMO DCS,
    /// EU MRV CO2 before 2026: CO2 = Cf × fuel mass).
    pub model_methane_slip: bool,
    /// Whether CO2 from biofuels and RFNBOs is counted at zero (EU ETS).
    pub zero_rate_renewable_co2: bool,
    /// RFNBO reward factor RWD applied in the energy denominator (1 = none).
    pub rfnbo_reward_factor: f64,
    /// An RFNBO whose WtW intensity exceeds this gets no reward (RED II 70 % saving).
    #[serde(default, with = "option_g_per_mj")]
    pub rfnbo_wtw_ceiling: Option<GhgIntensity>,
    /// Wind reward factor f_wind multiplying the intensity (1 = none).
    pub wind_reward_factor: f64,
    /// WtT factor of shore-side electricity (gCO2e/MJ delivered). FuelEU default 0: the
    /// implementations found use zero (one uses a 70.56 gCO2e/MJ grid value); see
    /// `docs/data-sources.md`.
    #[serde(with = "crate::units::serde_as::g_per_mj")]
    pub shore_power_wtt: GhgIntensity,
    /// Whether a certificate may replace the defaults of a fossil pathway (FuelEU: no, Annex II
    /// defaults are mandatory for fossil fuels).
    pub fossil_certificates_allowed: bool,
    /// IMO DCS rule for certified biofuels (MEPC.1/Circ.905): a biofuel/RFNBO whose certified
    /// total E is at most this value gets Cf_CO2 = E × LCV.
    #[serde(default, with = "option_g_per_mj")]
    pub certified_cf_ceiling: Option<GhgIntensity>,
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

/// First year of FuelEU Maritime (Reg. (EU) 2023/1805 Art. 4(2)) and last year of its limit table.
const FUELEU_YEARS: (i32, i32) = (2025, 2050);

impl AccountingBasis {
    /// FuelEU Maritime for reporting period `year` (2025–2050): Annex II factors, AR4 GWPs,
    /// WtW, RFNBO reward factor 2 in 2025–2033, no wind reward (add one with
    /// [`with_wind_assist`](Self::with_wind_assist)), OPS electricity at 0 gCO2e/MJ.
    pub fn fueleu(year: i32) -> Result<Self> {
        if !(FUELEU_YEARS.0..=FUELEU_YEARS.1).contains(&year) {
            return Err(Error::YearOutOfRange {
                field: "year".into(),
                year,
                regime: "FuelEU Maritime (Reg. (EU) 2023/1805)".into(),
                expected: format!("{}–{}", FUELEU_YEARS.0, FUELEU_YEARS.1),
            });
        }
        let rwd = if year <= FUELEU_RFNBO_REWARD_LAST_YEAR {
            FUELEU_RFNBO_REWARD_FACTOR
        } else {
            1.0
        };
        Ok(Self {
            name: format!("FuelEU Maritime {year} (Annex II, AR4, WtW)"),
            factors: crate::fuel::catalogue::shared::fueleu_annex_ii(),
            gwp: GwpSet::AR4.into(),
            boundary: Boundary::WellToWake,
            gases: GasCoverage::ALL,
            model_methane_slip: true,
            zero_rate_renewable_co2: false,
            rfnbo_reward_factor: rwd,
            rfnbo_wtw_ceiling: Some(g_per_mj(RFNBO_WTW_CEILING_G_PER_MJ)),
            wind_reward_factor: 1.0,
            shore_power_wtt: g_per_mj(0.0),
            fossil_certificates_allowed: false,
            certified_cf_ceiling: None,
        })
    }

    /// IMO LCA Guidelines (MEPC.391(81)): IMO default factors (with documented proxies), AR5
    /// GWPs (28/265), WtW, no rewards. Certified values are allowed for every fuel.
    pub fn imo_lca() -> Self {
        Self {
            name: "IMO LCA (MEPC.391(81), AR5, WtW)".into(),
            factors: crate::fuel::catalogue::shared::imo_lca(),
            gwp: GwpSet::AR5.into(),
            boundary: Boundary::WellToWake,
            gases: GasCoverage::ALL,
            model_methane_slip: true,
            zero_rate_renewable_co2: false,
            rfnbo_reward_factor: 1.0,
            rfnbo_wtw_ceiling: None,
            wind_reward_factor: 1.0,
            shore_power_wtt: g_per_mj(0.0),
            fossil_certificates_allowed: true,
            certified_cf_ceiling: None,
        }
    }

    /// EU ETS maritime for `year` (2024 on): TtW, CO2 from biofuels and RFNBOs counted at zero,
    /// CO2 only in 2024–2025 and CO2 + CH4 (incl. slip) + N2O from 2026 (Directive (EU)
    /// 2023/959; MRV Regulation (EU) 2015/757 as amended by (EU) 2023/957). GWPs AR5 28/265
    /// (Delegated Regulation (EU) 2020/1044 via the MRV Regulation; two secondary sources).
    /// Cf values are those of FuelEU Annex II (identical to MEPC.364(79) for CO2).
    pub fn eu_ets(year: i32) -> Result<Self> {
        if year < 2024 {
            return Err(Error::YearOutOfRange {
                field: "year".into(),
                year,
                regime: "EU ETS maritime (Directive (EU) 2023/959)".into(),
                expected: "2024 or later".into(),
            });
        }
        let non_co2 = year >= 2026;
        Ok(Self {
            name: format!("EU ETS maritime {year} (TtW)"),
            factors: crate::fuel::catalogue::shared::fueleu_annex_ii(),
            gwp: GwpSet::AR5.into(),
            boundary: Boundary::TankToWake,
            gases: if non_co2 {
                GasCoverage::ALL
            } else {
                GasCoverage::CO2_ONLY
            },
            model_methane_slip: non_co2,
            zero_rate_renewable_co2: true,
            rfnbo_reward_factor: 1.0,
            rfnbo_wtw_ceiling: None,
            wind_reward_factor: 1.0,
            shore_power_wtt: g_per_mj(0.0),
            fossil_certificates_allowed: true,
            certified_cf_ceiling: None,
        })
    }

    /// IMO DCS / CII: TtW CO2 only, Cf × fuel mass with the MEPC.364(79) factors; a certified
    /// biofuel with WtW ≤ 33 gCO2e/MJ uses Cf = WtW × LCV (MEPC.1/Circ.905).
    pub fn imo_dcs() -> Self {
        Self {
            name: "IMO DCS/CII (MEPC.364(79) Cf, TtW CO2)".into(),
            factors: crate::fuel::catalogue::shared::imo_dcs(),
            gwp: GwpSet::AR5.into(),
            boundary: Boundary::TankToWake,
            gases: GasCoverage::CO2_ONLY,
            model_methane_slip: false,
            zero_rate_renewable_co2: false,
            rfnbo_reward_factor: 1.0,
            rfnbo_wtw_ceiling: None,
            wind_reward_factor: 1.0,
            shore_power_wtt: g_per_mj(0.0),
            fossil_certificates_allowed: true,
            certified_cf_ceiling: Some(g_per_mj(IMO_DCS_CERTIFIED_BIOFUEL_CEILING_G_PER_MJ)),
        }
    }

    /// The same basis with the FuelEU wind reward factor for a wind-assist power ratio
    /// P_wind/P_prop ([`fueleu_wind_reward_factor`]).
    pub fn with_wind_assist(mut self, p_wind_over_p_prop: f64) -> Result<Self> {
        self.wind_reward_factor = fueleu_wind_reward_factor(p_wind_over_p_prop)?;
        Ok(self)
    }

    /// The same basis with another GWP set (only the CH4 and N2O terms move).
    pub fn with_gwp(mut self, gwp: impl Into<GwpSet>) -> Result<Self> {
        let gwp = gwp.into();
        gwp.validate()?;
        self.gwp = gwp;
        Ok(self)
    }

    /// The same basis with another factor set.
    pub fn with_factors(mut self, factors: FactorSet) -> Self {
        self.factors = Arc::new(factors);
        self
    }

    /// Checks the basis's numbers.
    pub fn validate(&self) -> Result<()> {
        self.gwp.validate()?;
        let rwd = crate::error::finite(
            || "basis.rfnbo_reward_factor".into(),
            self.rfnbo_reward_factor,
        )?;
        if rwd < 1.0 {
            return Err(Error::OutOfRange {
                field: "basis.rfnbo_reward_factor".into(),
                value: rwd,
                expected: "a factor of 1 or more".into(),
            });
        }
        let fw = crate::error::finite(
            || "basis.wind_reward_factor".into(),
            self.wind_reward_factor,
        )?;
        if !(fw > 0.0 && fw <= 1.0) {
            return Err(Error::OutOfRange {
                field: "basis.wind_reward_factor".into(),
                value: fw,
                expected: "a factor in (0, 1]".into(),
            });
        }
        crate::error::finite(
            || "basis.shore_power_wtt".into(),
            self.shore_power_wtt.g_per_mj(),
        )?;
        for (name, v) in [
            ("basis.rfnbo_wtw_ceiling", self.rfnbo_wtw_ceiling),
            ("basis.certified_cf_ceiling", self.certified_cf_ceiling),
        ] {
            if let Some(v) = v {
                crate::error::finite(|| name.into(), v.g_per_mj())?;
            }
        }
        Ok(())
    }
}

crate::numeric::validated_serde!(AccountingBasis, |v| v.validate());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wind_reward_steps() {
        assert_eq!(fueleu_wind_reward_factor(0.0).unwrap(), 1.0);
        assert_eq!(fueleu_wind_reward_factor(0.0499).unwrap(), 1.0);
        assert_eq!(fueleu_wind_reward_factor(0.05).unwrap(), 0.99);
        assert_eq!(fueleu_wind_reward_factor(0.10).unwrap(), 0.97);
        assert_eq!(fueleu_wind_reward_factor(0.1499).unwrap(), 0.97);
        assert_eq!(fueleu_wind_reward_factor(0.15).unwrap(), 0.95);
        assert_eq!(fueleu_wind_reward_factor(0.6).unwrap(), 0.95);
        assert!(fueleu_wind_reward_factor(-0.1).is_err());
        assert!(fueleu_wind_reward_factor(f64::NAN).is_err());
    }

    #[test]
    fn fueleu_years_and_reward_factor() {
        assert!(AccountingBasis::fueleu(2024).is_err());
        assert!(AccountingBasis::fueleu(2051).is_err());
        assert_eq!(
            AccountingBasis::fueleu(2025).unwrap().rfnbo_reward_factor,
            2.0
        );
        assert_eq!(
            AccountingBasis::fueleu(2033).unwrap().rfnbo_reward_factor,
            2.0
        );
        assert_eq!(
            AccountingBasis::fueleu(2034).unwrap().rfnbo_reward_factor,
            1.0
        );
        assert!((RFNBO_WTW_CEILING_G_PER_MJ - 28.2).abs() < 1e-12);
        assert_eq!(IMO_DCS_CERTIFIED_BIOFUEL_CEILING_G_PER_MJ, 33.0);
    }

    #[test]
    fn ets_gases_change_in_2026() {
        assert!(AccountingBasis::eu_ets(2023).is_err());
        assert_eq!(
            AccountingBasis::eu_ets(2025).unwrap().gases,
            GasCoverage::CO2_ONLY
        );
        assert_eq!(
            AccountingBasis::eu_ets(2026).unwrap().gases,
            GasCoverage::ALL
        );
    }

    #[test]
    fn invalid_custom_bases_are_refused() {
        let mut b = AccountingBasis::imo_lca();
        b.rfnbo_reward_factor = 0.5;
        assert!(b.validate().is_err());
        let mut b = AccountingBasis::imo_lca();
        b.wind_reward_factor = 0.0;
        assert!(b.validate().is_err());
        let mut b = AccountingBasis::imo_lca();
        b.shore_power_wtt = g_per_mj(f64::NAN);
        assert!(b.validate().is_err());
    }
}
