//! Baseline specific fuel consumption (SFC) by engine type, fuel and build year, g/kWh.
//!
//! Source: *Fourth IMO GHG Study 2020*, Full Report, Table 19, as transcribed by cetos
//! (`RISE-Maritime/cetos`; `docs/data-sources.md`, "Fourth IMO GHG Study — Table 19 baseline
//! SFC"). SINGLE transcription: **verify against the original PDF before freezing**.
//!
//! Columns are build-year bands: ≤ 1983, 1984–2000, ≥ 2001. `None` marks a "–" cell (no value
//! in the study). The study's LNG-Otto slow-speed and LNG-Diesel rows (and their pilot-fuel
//! SFCs) were not transcribed by any open source found; the crate does not invent them — see
//! [`crate::vessel::sfc`] for the documented proxy.

/// An engine row of Table 19.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SfcRow {
    /// Slow-speed diesel (SSD).
    SlowSpeedDiesel,
    /// Medium-speed diesel (MSD).
    MediumSpeedDiesel,
    /// High-speed diesel (HSD).
    HighSpeedDiesel,
    /// LNG Otto cycle, medium speed.
    LngOttoMediumSpeed,
    /// Lean-burn spark-ignited gas engine.
    LeanBurnSparkIgnited,
    /// Gas turbine.
    GasTurbine,
    /// Steam turbine and boilers.
    SteamTurbineOrBoiler,
    /// Auxiliary engines.
    AuxiliaryEngine,
}

/// A fuel column of Table 19.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SfcFuel {
    /// Heavy (residual) fuel oil.
    Hfo,
    /// Marine diesel / gas oil.
    Mdo,
    /// Liquefied natural gas.
    Lng,
    /// Methanol.
    Methanol,
}

/// Build-year bands of Table 19: the last year of the first two bands.
pub const YEAR_BANDS_LAST: [i32; 2] = [1983, 2000];

/// Table 19 cells: (engine row, fuel column, `[≤1983, 1984–2000, ≥2001]` g/kWh).
/// Fourth IMO GHG Study 2020, Table 19 (cetos transcription).
pub const TABLE_19: &[(SfcRow, SfcFuel, [Option<f64>; 3])] = {
    use SfcFuel::*;
    use SfcRow::*;
    &[
        (
            SlowSpeedDiesel,
            Hfo,
            [Some(205.0), Some(185.0), Some(175.0)],
        ),
        (
            SlowSpeedDiesel,
            Mdo,
            [Some(190.0), Some(175.0), Some(165.0)],
        ),
        (SlowSpeedDiesel, Methanol, [None, None, Some(350.0)]),
        (
            MediumSpeedDiesel,
            Hfo,
            [Some(215.0), Some(195.0), Some(185.0)],
        ),
        (
            MediumSpeedDiesel,
            Mdo,
            [Some(200.0), Some(185.0), Some(175.0)],
        ),
        (MediumSpeedDiesel, Methanol, [None, None, Some(370.0)]),
        (
            HighSpeedDiesel,
            Hfo,
            [Some(225.0), Some(205.0), Some(195.0)],
        ),
        (
            HighSpeedDiesel,
            Mdo,
            [Some(210.0), Some(190.0), Some(185.0)],
        ),
        (LngOttoMediumSpeed, Lng, [None, Some(173.0), Some(156.0)]),
        (LeanBurnSparkIgnited, Lng, [None, Some(156.0), Some(156.0)]),
        (GasTurbine, Hfo, [Some(305.0), Some(305.0), Some(305.0)]),
        (GasTurbine, Mdo, [Some(300.0), Some(300.0), Some(300.0)]),
        (GasTurbine, Lng, [None, None, Some(203.0)]),
        (
            SteamTurbineOrBoiler,
            Hfo,
            [Some(340.0), Some(340.0), Some(340.0)],
        ),
        (
            SteamTurbineOrBoiler,
            Mdo,
            [Some(320.0), Some(320.0), Some(320.0)],
        ),
        (
            SteamTurbineOrBoiler,
            Lng,
            [Some(285.0), Some(285.0), Some(285.0)],
        ),
        (
            AuxiliaryEngine,
            Hfo,
            [Some(225.0), Some(205.0), Some(195.0)],
        ),
        (
            AuxiliaryEngine,
            Mdo,
            [Some(210.0), Some(190.0), Some(185.0)],
        ),
        (AuxiliaryEngine, Lng, [None, None, Some(156.0)]),
    ]
};

/// The Table 19 cell for `row`, `fuel` and `build_year`: `Some(Some(v))` a value,
/// `Some(None)` a "–" cell, `None` no such column for this row.
pub fn cell(row: SfcRow, fuel: SfcFuel, build_year: i32) -> Option<Option<f64>> {
    let band = if build_year <= YEAR_BANDS_LAST[0] {
        0
    } else if build_year <= YEAR_BANDS_LAST[1] {
        1
    } else {
        2
    };
    TABLE_19
        .iter()
        .find(|(r, f, _)| *r == row && *f == fuel)
        .map(|(_, _, cells)| cells.get(band).copied().flatten())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_bands_pick_the_right_column() {
        use SfcFuel::*;
        use SfcRow::*;
        assert_eq!(cell(SlowSpeedDiesel, Hfo, 1983), Some(Some(205.0)));
        assert_eq!(cell(SlowSpeedDiesel, Hfo, 1984), Some(Some(185.0)));
        assert_eq!(cell(SlowSpeedDiesel, Hfo, 2000), Some(Some(185.0)));
        assert_eq!(cell(SlowSpeedDiesel, Hfo, 2001), Some(Some(175.0)));
        assert_eq!(cell(LngOttoMediumSpeed, Lng, 1980), Some(None));
        assert_eq!(cell(LngOttoMediumSpeed, Mdo, 2010), None);
        assert_eq!(cell(AuxiliaryEngine, Lng, 2015), Some(Some(156.0)));
    }
}
