//! Low-load adjustment of main-engine CH4 and N2O emission factors below 20 % load.
//!
//! The Fourth IMO GHG Study multiplies the emission factors of main engines running below 20 %
//! of MCR by the Starcrest/ICCT low-load adjustment factors
//! ([`data::low_load`](crate::vessel::data::low_load)): CH4 follows the HC column, N2O the NOx
//! column. CO2 is not adjusted — the SFOC curve already raises the fuel burned.
//!
//! **How the factors reach the ledger (a choice).** A ledger entry's
//! [`EmissionOverrides`] are *absolute* values, not multipliers of the accounting basis's
//! defaults. This crate therefore writes, for each main-engine entry below 20 % load,
//!
//! cf_CH4 = Cf_CH4(FuelEU Annex II row of the fuel) × f_HC(L),
//! cf_N2O = Cf_N2O(FuelEU Annex II row of the fuel) × f_NOx(L).
//!
//! Consequences: under any basis, those entries use FuelEU Annex II-based CH4/N2O factors
//! (for the IMO LCA basis this differs from the IMO defaults, for fuels whose rows differ);
//! methane *slip* (Cslip) is not scaled (Annex II models unburned methane by Cslip, which the
//! low-load table does not address); a custom pathway with no Annex II row gets no
//! adjustment ([`LowLoadAdjustment::overrides_for`] returns `None`).

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::fuel::{EmissionOverrides, PathwayId};
use crate::units::{Ratio, RatioExt};
use crate::vessel::data::low_load::{LOW_LOAD_FACTORS, NO_ADJUSTMENT_FROM_PERCENT};
use crate::vessel::data::power_law::LOAD_CAP;

/// The low-load factors that apply at one main-engine load.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LowLoadAdjustment {
    /// The 1 % load bin used (2–19), or 20 when no adjustment applies.
    pub load_bin_percent: u8,
    /// Factor on the CH4 emission factor (HC column).
    pub ch4_factor: f64,
    /// Factor on the N2O emission factor (NOx column).
    pub n2o_factor: f64,
}

impl LowLoadAdjustment {
    /// The factors at `load` (share of MCR). The load is rounded to the nearest whole per
    /// cent (the table's 1 % bins); loads below 2 % use the 2 % row (the table starts there);
    /// from 20 % every factor is 1.
    ///
    /// Errors: a NaN, negative or above-cap load.
    ///
    /// ```
    /// use green_corridor::vessel::LowLoadAdjustment;
    /// use green_corridor::units::percent;
    /// let a = LowLoadAdjustment::at_load(percent(10.0))?;
    /// assert_eq!((a.ch4_factor, a.n2o_factor), (2.18, 1.22));
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn at_load(load: Ratio) -> Result<Self> {
        let l = crate::error::in_range(|| "load".into(), load.value(), 0.0, LOAD_CAP)?;
        Ok(Self::at_load_unchecked(l))
    }

    pub(crate) fn at_load_unchecked(load: f64) -> Self {
        let pct = (load * 100.0).round();
        let none = Self {
            load_bin_percent: NO_ADJUSTMENT_FROM_PERCENT,
            ch4_factor: 1.0,
            n2o_factor: 1.0,
        };
        if pct >= f64::from(NO_ADJUSTMENT_FROM_PERCENT) {
            return none;
        }
        // `pct` is a whole number from 0 to 19 here; rows are 2..=19.
        let bin = pct.max(2.0) as u8;
        LOW_LOAD_FACTORS
            .iter()
            .find(|r| r.load_percent == bin)
            .map_or(none, |r| Self {
                load_bin_percent: bin,
                ch4_factor: r.hc,
                n2o_factor: r.nox,
            })
    }

    /// Whether any factor differs from 1.
    pub fn is_active(&self) -> bool {
        self.ch4_factor != 1.0 || self.n2o_factor != 1.0
    }

    /// Absolute CH4/N2O overrides for `fuel`: FuelEU Annex II Cf × factor (see the module
    /// documentation). `None` when no adjustment applies or the fuel has no Annex II row.
    pub fn overrides_for(&self, fuel: &PathwayId) -> Option<EmissionOverrides> {
        if !self.is_active() {
            return None;
        }
        let row = crate::vessel::sfc::fueleu_annex_ii().get(fuel).ok()?;
        Some(EmissionOverrides {
            cf_ch4: Some(crate::units::g_per_g(
                row.combustion.cf_ch4.g_per_g() * self.ch4_factor,
            )),
            cf_n2o: Some(crate::units::g_per_g(
                row.combustion.cf_n2o.g_per_g() * self.n2o_factor,
            )),
            ..EmissionOverrides::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::percent;
    use approx::assert_relative_eq;

    #[test]
    fn bins_round_and_floor_at_two_percent() {
        let a = |p: f64| LowLoadAdjustment::at_load(percent(p)).unwrap();
        assert_eq!(a(0.5).load_bin_percent, 2);
        assert_eq!(a(0.5).ch4_factor, 21.18);
        assert_eq!(a(9.6).load_bin_percent, 10);
        assert_eq!(a(19.4).n2o_factor, 1.01);
        assert!(!a(19.5).is_active());
        assert!(!a(80.0).is_active());
        assert!(LowLoadAdjustment::at_load(percent(101.0)).is_err());
    }

    #[test]
    fn overrides_scale_the_annex_ii_factors() {
        // HFO Annex II: Cf_CH4 0.00005, Cf_N2O 0.00018; at 5 % load HC 5.61, NOx 1.83.
        let o = LowLoadAdjustment::at_load(percent(5.0))
            .unwrap()
            .overrides_for(&PathwayId::Hfo)
            .unwrap();
        assert_relative_eq!(o.cf_ch4.unwrap().g_per_g(), 0.00005 * 5.61, epsilon = 1e-15);
        assert_relative_eq!(o.cf_n2o.unwrap().g_per_g(), 0.00018 * 1.83, epsilon = 1e-15);
        assert!(o.methane_slip.is_none());
        assert!(
            LowLoadAdjustment::at_load(percent(50.0))
                .unwrap()
                .overrides_for(&PathwayId::Hfo)
                .is_none()
        );
    }
}
