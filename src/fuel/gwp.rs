//! Global warming potential (GWP) sets: how many grams of CO2 one gram of CH4 or N2O counts as.

use serde::{Deserialize, Serialize};

use crate::error::Result;

/// A GWP set: the CO2-equivalence weights of CH4 and N2O (CO2 is 1 by definition).
///
/// CO2e of a gas mix = m_CO2 + GWP_CH4 · m_CH4 + GWP_N2O · m_N2O.
///
/// | Set | CH4 | N2O | Used by | Source |
/// |---|---|---|---|---|
/// | [`GwpSet::AR4`] | 25 | 298 | FuelEU Maritime (Reg. (EU) 2023/1805 Annex I, as RED II) | IPCC AR4 WG1 Table 2.14 |
/// | [`GwpSet::AR5`] | 28 | 265 | IMO LCA Guidelines (MEPC.391(81)); UK ETS maritime; EU ETS MRR | IPCC AR5 WG1 Table 8.7 (no climate–carbon feedback) |
/// | [`GwpSet::AR5_WITH_FEEDBACK`] | 34 | 298 | — | IPCC AR5 WG1 Table 8.7 (with feedback) |
/// | [`GwpSet::AR6_FOSSIL`] | 29.8 | 273 | ISO 14083 / GLEC (fossil methane) | IPCC AR6 WG1 Table 7.15 |
/// | [`GwpSet::AR6_NON_FOSSIL`] | 27.0 | 273 | biogenic methane | IPCC AR6 WG1 Table 7.15 |
///
/// A user can define their own with [`GwpSet::custom`] (e.g. GWP20 for a sensitivity study).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct GwpSet {
    /// Name shown in reports.
    pub name: String,
    /// GWP of methane, g CO2e per g CH4.
    pub ch4: f64,
    /// GWP of nitrous oxide, g CO2e per g N2O.
    pub n2o: f64,
}

impl GwpSet {
    /// IPCC AR4 GWP100 (CH4 25, N2O 298): the set FuelEU Maritime prescribes.
    pub const AR4: GwpSetConst = GwpSetConst {
        name: "IPCC AR4 GWP100",
        ch4: 25.0,
        n2o: 298.0,
    };
    /// IPCC AR5 GWP100 without climate–carbon feedback (CH4 28, N2O 265): IMO LCA Guidelines.
    pub const AR5: GwpSetConst = GwpSetConst {
        name: "IPCC AR5 GWP100",
        ch4: 28.0,
        n2o: 265.0,
    };
    /// IPCC AR5 GWP100 with climate–carbon feedback (CH4 34, N2O 298).
    pub const AR5_WITH_FEEDBACK: GwpSetConst = GwpSetConst {
        name: "IPCC AR5 GWP100 with climate-carbon feedback",
        ch4: 34.0,
        n2o: 298.0,
    };
    /// IPCC AR6 GWP100 for fossil methane (CH4 29.8, N2O 273).
    pub const AR6_FOSSIL: GwpSetConst = GwpSetConst {
        name: "IPCC AR6 GWP100 (fossil CH4)",
        ch4: 29.8,
        n2o: 273.0,
    };
    /// IPCC AR6 GWP100 for non-fossil methane (CH4 27.0, N2O 273).
    pub const AR6_NON_FOSSIL: GwpSetConst = GwpSetConst {
        name: "IPCC AR6 GWP100 (non-fossil CH4)",
        ch4: 27.0,
        n2o: 273.0,
    };

    /// A user-defined set; both weights must be finite, non-negative and at most
    /// [`MAX_GWP`].
    pub fn custom(name: &str, ch4: f64, n2o: f64) -> Result<Self> {
        weight(|| "gwp.ch4".into(), ch4)?;
        weight(|| "gwp.n2o".into(), n2o)?;
        Ok(Self {
            name: name.to_string(),
            ch4,
            n2o,
        })
    }

    /// Checks both weights are finite, non-negative and at most [`MAX_GWP`].
    pub fn validate(&self) -> Result<()> {
        weight(|| format!("gwp '{}'.ch4", self.name), self.ch4)?;
        weight(|| format!("gwp '{}'.n2o", self.name), self.n2o)?;
        Ok(())
    }
}

/// Largest GWP weight accepted. SF6, the highest GWP100 the IPCC lists (AR6: 24,300), fits
/// with room; the bound keeps weighted masses finite for every finite ledger the factor
/// bounds allow.
pub const MAX_GWP: f64 = 100_000.0;

fn weight(field: impl Fn() -> String, value: f64) -> Result<f64> {
    crate::error::non_negative(&field, value)?;
    crate::error::in_range(field, value, 0.0, MAX_GWP)
}

/// A built-in GWP set usable in `const` context; convert with `GwpSet::from`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GwpSetConst {
    /// Name shown in reports.
    pub name: &'static str,
    /// GWP of methane.
    pub ch4: f64,
    /// GWP of nitrous oxide.
    pub n2o: f64,
}

impl From<GwpSetConst> for GwpSet {
    fn from(c: GwpSetConst) -> Self {
        GwpSet {
            name: c.name.to_string(),
            ch4: c.ch4,
            n2o: c.n2o,
        }
    }
}

crate::numeric::validated_serde!(GwpSet, |v| v.validate());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_sets_refuse_negative_or_nan_weights() {
        assert!(GwpSet::custom("GWP20", 81.2, 273.0).is_ok());
        assert!(GwpSet::custom("bad", -1.0, 273.0).is_err());
        assert!(GwpSet::custom("bad", 28.0, f64::NAN).is_err());
    }
}
