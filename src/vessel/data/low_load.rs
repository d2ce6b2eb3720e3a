//! Low-load adjustment factors for main-engine emission factors below 20 % load.
//!
//! Source: the Starcrest/ICCT table used by the Third and Fourth IMO GHG Studies and by MarU,
//! in bins of 1 % load, as transcribed in `cynsky/ECA: data/LowLoadAdjustmentFactors.csv`
//! (`docs/data-sources.md`, "Low-load adjustment factors (Starcrest/ICCT)"). CO2 and SOx have
//! factor 1 (fuel based; the SFOC curve handles low load); N2O follows NOx, CH4 follows HC. SINGLE
//! transcription. The alternative EPA ShipEF fitted curve y = a·load^(−x) + b is not used.

/// One row: load in per cent and the factors (PM, NOx/N2O, CO, HC/CH4).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LowLoadRow {
    /// Main-engine load, % of MCR (bin of 1 %).
    pub load_percent: u8,
    /// Particulate matter.
    pub pm: f64,
    /// NOx; applied to N2O.
    pub nox: f64,
    /// Carbon monoxide.
    pub co: f64,
    /// Hydrocarbons; applied to CH4.
    pub hc: f64,
}

const fn r(load_percent: u8, pm: f64, nox: f64, co: f64, hc: f64) -> LowLoadRow {
    LowLoadRow {
        load_percent,
        pm,
        nox,
        co,
        hc,
    }
}

/// The table, 2 % to 19 % load; at 20 % and above every factor is 1.
/// Fourth IMO GHG Study 2020 (after Starcrest/ICCT), low-load adjustment factors.
pub const LOW_LOAD_FACTORS: &[LowLoadRow] = &[
    r(2, 7.29, 4.63, 9.70, 21.18),
    r(3, 4.33, 2.92, 6.49, 11.68),
    r(4, 3.09, 2.21, 4.86, 7.71),
    r(5, 2.44, 1.83, 3.90, 5.61),
    r(6, 2.04, 1.60, 3.26, 4.35),
    r(7, 1.79, 1.45, 2.80, 3.52),
    r(8, 1.61, 1.35, 2.45, 2.95),
    r(9, 1.48, 1.27, 2.18, 2.52),
    r(10, 1.38, 1.22, 1.97, 2.18),
    r(11, 1.30, 1.17, 1.79, 1.96),
    r(12, 1.24, 1.14, 1.64, 1.76),
    r(13, 1.19, 1.11, 1.52, 1.60),
    r(14, 1.15, 1.08, 1.41, 1.47),
    r(15, 1.11, 1.06, 1.32, 1.36),
    r(16, 1.08, 1.05, 1.24, 1.26),
    r(17, 1.06, 1.03, 1.17, 1.18),
    r(18, 1.04, 1.02, 1.11, 1.11),
    r(19, 1.02, 1.01, 1.05, 1.05),
];

/// Load (per cent of MCR) from which no adjustment applies. Fourth IMO GHG Study 2020.
pub const NO_ADJUSTMENT_FROM_PERCENT: u8 = 20;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_contiguous_and_decrease_towards_one() {
        for (i, row) in LOW_LOAD_FACTORS.iter().enumerate() {
            assert_eq!(usize::from(row.load_percent), i + 2);
        }
        for w in LOW_LOAD_FACTORS.windows(2) {
            assert!(w[1].hc < w[0].hc && w[1].nox < w[0].nox);
        }
        assert!(LOW_LOAD_FACTORS.iter().all(|r| r.hc >= 1.0 && r.nox >= 1.0));
    }
}
