//! Auxiliary-engine and boiler power by ship type, size bin and operating phase.
//!
//! Source: *Fourth IMO GHG Study 2020*, Full Report, Table 17 (p. 68), as transcribed in
//! `gabrielfuenmar/emissions_mtcc_open: mtcc_ais_preparation/ghg4_tables/table_17.csv` (MTCC)
//! and `RISE-Maritime/cetos: cetos/imo.py`, cross-read in `docs/data-sources.md`, "Fourth IMO
//! GHG Study — Table 17 auxiliary and boiler power". Confidence: the two transcriptions agree
//! except where a row says CONFLICT; **verify against the original PDF before freezing**.
//!
//! Each row is a size bin given by its lower edge, in the capacity measure of the ship type
//! ([`ShipType::capacity_measure`](crate::vessel::ShipType::capacity_measure)); a bin runs up to
//! (not including) the next row's lower edge. Power columns are, in order, at berth, at
//! anchorage, manoeuvring and at sea (slow transit and normal cruising share the sea column),
//! in kW.
//!
//! Known transcription bugs this table does **not** repeat (`docs/data-sources.md`, "Peer
//! transcription defects not repeated"): cetos' liquefied-gas bin edge `20_000` (should be
//! 200,000) and oil-tanker edge `60_00` (should be 60,000).

/// One size bin of Table 17: lower edge (in the ship type's capacity measure), boiler power and
/// auxiliary-engine power by phase `[berth, anchorage, manoeuvring, sea]`, kW.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Table17Row {
    /// Lower edge of the size bin (inclusive), in the ship type's capacity measure.
    pub lower: f64,
    /// Boiler power `[berth, anchorage, manoeuvring, sea]`, kW.
    pub boiler_kw: [f64; 4],
    /// Auxiliary-engine power `[berth, anchorage, manoeuvring, sea]`, kW.
    pub auxiliary_kw: [f64; 4],
}

const fn row(lower: f64, boiler_kw: [f64; 4], auxiliary_kw: [f64; 4]) -> Table17Row {
    Table17Row {
        lower,
        boiler_kw,
        auxiliary_kw,
    }
}

/// Bulk carrier, DWT. Fourth IMO GHG Study 2020, Table 17. The 60,000+ bins share one row of
/// values in both transcriptions.
pub const BULK: &[Table17Row] = &[
    row(0.0, [70.0, 70.0, 60.0, 0.0], [110.0, 180.0, 500.0, 190.0]),
    row(
        10_000.0,
        [70.0, 70.0, 60.0, 0.0],
        [110.0, 180.0, 500.0, 190.0],
    ),
    row(
        35_000.0,
        [130.0, 130.0, 120.0, 0.0],
        [150.0, 250.0, 680.0, 260.0],
    ),
    row(
        60_000.0,
        [260.0, 260.0, 240.0, 0.0],
        [240.0, 400.0, 1_100.0, 410.0],
    ),
    row(
        100_000.0,
        [260.0, 260.0, 240.0, 0.0],
        [240.0, 400.0, 1_100.0, 410.0],
    ),
    row(
        200_000.0,
        [260.0, 260.0, 240.0, 0.0],
        [240.0, 400.0, 1_100.0, 410.0],
    ),
];

/// Chemical tanker, DWT. Fourth IMO GHG Study 2020, Table 17.
/// CONFLICT: boiler power manoeuvring in the 20,000–39,999 bin is 200 kW in MTCC (used) and
/// 270 kW in cetos.
pub const CHEMICAL_TANKER: &[Table17Row] = &[
    row(
        0.0,
        [670.0, 160.0, 130.0, 0.0],
        [110.0, 170.0, 190.0, 200.0],
    ),
    row(
        5_000.0,
        [670.0, 160.0, 130.0, 0.0],
        [330.0, 490.0, 560.0, 580.0],
    ),
    row(
        10_000.0,
        [1_000.0, 240.0, 200.0, 0.0],
        [330.0, 490.0, 560.0, 580.0],
    ),
    row(
        20_000.0,
        [1_350.0, 320.0, 200.0, 0.0],
        [790.0, 550.0, 900.0, 660.0],
    ),
    row(
        40_000.0,
        [1_350.0, 320.0, 270.0, 0.0],
        [790.0, 550.0, 900.0, 660.0],
    ),
];

/// Container ship, TEU. Fourth IMO GHG Study 2020, Table 17.
pub const CONTAINER: &[Table17Row] = &[
    row(
        0.0,
        [250.0, 250.0, 240.0, 0.0],
        [370.0, 450.0, 790.0, 410.0],
    ),
    row(
        1_000.0,
        [340.0, 340.0, 310.0, 0.0],
        [820.0, 910.0, 1_750.0, 900.0],
    ),
    row(
        2_000.0,
        [460.0, 450.0, 430.0, 0.0],
        [610.0, 910.0, 1_900.0, 920.0],
    ),
    row(
        3_000.0,
        [480.0, 480.0, 430.0, 0.0],
        [1_100.0, 1_350.0, 2_500.0, 1_400.0],
    ),
    row(
        5_000.0,
        [590.0, 580.0, 550.0, 0.0],
        [1_100.0, 1_400.0, 2_800.0, 1_450.0],
    ),
    row(
        8_000.0,
        [620.0, 620.0, 540.0, 0.0],
        [1_150.0, 1_600.0, 2_900.0, 1_800.0],
    ),
    row(
        12_000.0,
        [630.0, 630.0, 630.0, 0.0],
        [1_300.0, 1_800.0, 3_250.0, 2_050.0],
    ),
    row(
        14_500.0,
        [630.0, 630.0, 630.0, 0.0],
        [1_400.0, 1_950.0, 3_600.0, 2_300.0],
    ),
    row(
        20_000.0,
        [700.0, 700.0, 700.0, 0.0],
        [1_400.0, 1_950.0, 3_600.0, 2_300.0],
    ),
];

/// General cargo ship, DWT. Fourth IMO GHG Study 2020, Table 17 (the 10,000+ bins share one
/// row of values).
pub const GENERAL_CARGO: &[Table17Row] = &[
    row(0.0, [0.0, 0.0, 0.0, 0.0], [90.0, 50.0, 180.0, 60.0]),
    row(
        5_000.0,
        [110.0, 110.0, 100.0, 0.0],
        [240.0, 130.0, 490.0, 180.0],
    ),
    row(
        10_000.0,
        [150.0, 150.0, 130.0, 0.0],
        [720.0, 370.0, 1_450.0, 520.0],
    ),
    row(
        20_000.0,
        [150.0, 150.0, 130.0, 0.0],
        [720.0, 370.0, 1_450.0, 520.0],
    ),
];

/// Liquefied gas tanker, cargo capacity in m³ (CBM). Fourth IMO GHG Study 2020, Table 17.
/// CONFLICT on the unit: cetos uses CBM (used here), MTCC uses GT.
pub const LIQUEFIED_GAS_TANKER: &[Table17Row] = &[
    row(
        0.0,
        [1_000.0, 200.0, 200.0, 100.0],
        [240.0, 240.0, 360.0, 240.0],
    ),
    row(
        50_000.0,
        [1_000.0, 200.0, 200.0, 100.0],
        [1_700.0, 1_700.0, 2_600.0, 1_700.0],
    ),
    row(
        100_000.0,
        [1_500.0, 300.0, 300.0, 150.0],
        [2_500.0, 2_000.0, 2_300.0, 2_650.0],
    ),
    row(
        200_000.0,
        [3_000.0, 600.0, 600.0, 300.0],
        [6_750.0, 7_200.0, 7_200.0, 6_750.0],
    ),
];

/// Oil tanker, DWT. Fourth IMO GHG Study 2020, Table 17.
pub const OIL_TANKER: &[Table17Row] = &[
    row(
        0.0,
        [500.0, 100.0, 100.0, 0.0],
        [250.0, 250.0, 375.0, 250.0],
    ),
    row(
        5_000.0,
        [750.0, 150.0, 150.0, 0.0],
        [375.0, 375.0, 560.0, 375.0],
    ),
    row(
        10_000.0,
        [1_250.0, 250.0, 250.0, 0.0],
        [690.0, 500.0, 580.0, 490.0],
    ),
    row(
        20_000.0,
        [2_700.0, 270.0, 270.0, 270.0],
        [720.0, 520.0, 600.0, 510.0],
    ),
    row(
        60_000.0,
        [3_250.0, 360.0, 360.0, 280.0],
        [620.0, 490.0, 770.0, 560.0],
    ),
    row(
        80_000.0,
        [4_000.0, 400.0, 400.0, 280.0],
        [800.0, 640.0, 910.0, 690.0],
    ),
    row(
        120_000.0,
        [6_500.0, 500.0, 500.0, 300.0],
        [2_500.0, 770.0, 1_300.0, 860.0],
    ),
    row(
        200_000.0,
        [7_000.0, 600.0, 600.0, 300.0],
        [2_500.0, 770.0, 1_300.0, 860.0],
    ),
];

/// Other liquids tanker, all sizes. Fourth IMO GHG Study 2020, Table 17.
pub const OTHER_LIQUIDS_TANKER: &[Table17Row] = &[row(
    0.0,
    [1_000.0, 200.0, 200.0, 100.0],
    [500.0, 500.0, 750.0, 500.0],
)];

/// Ferry, passengers only, GT. Fourth IMO GHG Study 2020, Table 17.
pub const FERRY_PAX: &[Table17Row] = &[
    row(0.0, [0.0, 0.0, 0.0, 0.0], [190.0, 190.0, 190.0, 190.0]),
    row(2_000.0, [0.0, 0.0, 0.0, 0.0], [520.0, 520.0, 520.0, 520.0]),
];

/// Cruise ship, GT. Fourth IMO GHG Study 2020, Table 17.
pub const CRUISE: &[Table17Row] = &[
    row(
        0.0,
        [1_100.0, 950.0, 980.0, 0.0],
        [450.0, 450.0, 580.0, 450.0],
    ),
    row(
        10_000.0,
        [1_100.0, 950.0, 980.0, 0.0],
        [3_500.0, 3_500.0, 5_500.0, 3_500.0],
    ),
    row(
        60_000.0,
        [1_100.0, 950.0, 980.0, 0.0],
        [11_500.0, 11_500.0, 14_900.0, 11_500.0],
    ),
];

/// Ro-pax ferry, GT. Fourth IMO GHG Study 2020, Table 17.
pub const RO_PAX: &[Table17Row] = &[
    row(
        0.0,
        [260.0, 250.0, 170.0, 0.0],
        [105.0, 105.0, 105.0, 105.0],
    ),
    row(
        2_000.0,
        [260.0, 250.0, 170.0, 0.0],
        [330.0, 330.0, 330.0, 330.0],
    ),
    row(
        5_000.0,
        [260.0, 250.0, 170.0, 0.0],
        [670.0, 670.0, 670.0, 670.0],
    ),
    row(
        10_000.0,
        [390.0, 380.0, 260.0, 0.0],
        [1_100.0, 1_100.0, 1_100.0, 1_100.0],
    ),
    row(
        20_000.0,
        [390.0, 380.0, 260.0, 0.0],
        [1_950.0, 1_950.0, 1_950.0, 1_950.0],
    ),
];

/// Refrigerated cargo ship (reefer), DWT. Fourth IMO GHG Study 2020, Table 17.
pub const REFRIGERATED_CARGO: &[Table17Row] = &[
    row(
        0.0,
        [270.0, 270.0, 270.0, 0.0],
        [520.0, 570.0, 560.0, 570.0],
    ),
    row(
        2_000.0,
        [270.0, 270.0, 270.0, 0.0],
        [1_100.0, 1_200.0, 1_150.0, 1_200.0],
    ),
    row(
        6_000.0,
        [270.0, 270.0, 270.0, 0.0],
        [1_500.0, 1_650.0, 1_600.0, 1_650.0],
    ),
    row(
        10_000.0,
        [270.0, 270.0, 270.0, 0.0],
        [2_850.0, 3_100.0, 3_000.0, 3_100.0],
    ),
];

/// Ro-ro cargo ship, DWT. Fourth IMO GHG Study 2020, Table 17.
pub const RO_RO: &[Table17Row] = &[
    row(
        0.0,
        [260.0, 250.0, 170.0, 0.0],
        [750.0, 430.0, 1_300.0, 430.0],
    ),
    row(
        5_000.0,
        [260.0, 250.0, 170.0, 0.0],
        [1_100.0, 680.0, 2_100.0, 680.0],
    ),
    row(
        10_000.0,
        [390.0, 380.0, 260.0, 0.0],
        [1_200.0, 950.0, 2_700.0, 950.0],
    ),
];

/// Vehicle carrier, GT. Fourth IMO GHG Study 2020, Table 17.
/// CONFLICT on the bin edges: MTCC 0 / 30,000 / 50,000 GT (used; the reference transcription
/// gives one row of values for 30,000+, repeated here for the 50,000+ bin), cetos
/// 0 / 10,000 / 20,000.
pub const VEHICLE_CARRIER: &[Table17Row] = &[
    row(
        0.0,
        [310.0, 300.0, 250.0, 0.0],
        [800.0, 500.0, 1_100.0, 500.0],
    ),
    row(
        30_000.0,
        [310.0, 300.0, 250.0, 0.0],
        [850.0, 550.0, 1_400.0, 510.0],
    ),
    row(
        50_000.0,
        [310.0, 300.0, 250.0, 0.0],
        [850.0, 550.0, 1_400.0, 510.0],
    ),
];

/// Yacht, all sizes. Fourth IMO GHG Study 2020, Table 17.
pub const YACHT: &[Table17Row] = &[row(0.0, [0.0; 4], [130.0, 130.0, 130.0, 130.0])];

/// Service – tug, all sizes. Fourth IMO GHG Study 2020, Table 17.
pub const SERVICE_TUG: &[Table17Row] = &[row(0.0, [0.0; 4], [100.0, 80.0, 210.0, 80.0])];

/// Miscellaneous – fishing, all sizes. Fourth IMO GHG Study 2020, Table 17.
pub const FISHING: &[Table17Row] = &[row(0.0, [0.0; 4], [200.0, 200.0, 200.0, 200.0])];

/// Offshore, all sizes. Fourth IMO GHG Study 2020, Table 17.
pub const OFFSHORE: &[Table17Row] = &[row(0.0, [0.0; 4], [320.0, 320.0, 320.0, 320.0])];

/// Service – other, all sizes. Fourth IMO GHG Study 2020, Table 17.
pub const SERVICE_OTHER: &[Table17Row] = &[row(0.0, [0.0; 4], [220.0, 220.0, 220.0, 220.0])];

/// Miscellaneous – other, all sizes. Fourth IMO GHG Study 2020, Table 17.
pub const MISC_OTHER: &[Table17Row] = &[row(
    0.0,
    [110.0, 110.0, 90.0, 0.0],
    [150.0, 150.0, 430.0, 410.0],
)];

/// Small-ship rule: below this installed propulsion power (kW) auxiliary and boiler power are
/// zero. Source: cetos `estimate_auxiliary_power_demand` (`RISE-Maritime/cetos: cetos/imo.py`)
/// after the Fourth IMO GHG Study; SINGLE (one open implementation), verify against the study.
pub const SMALL_SHIP_NO_AUXILIARY_BELOW_KW: f64 = 150.0;

/// Small-ship rule: up to this installed propulsion power (kW) auxiliary power is
/// [`SMALL_SHIP_AUXILIARY_SHARE`] of it (boiler from the table). Source as
/// [`SMALL_SHIP_NO_AUXILIARY_BELOW_KW`]; SINGLE.
pub const SMALL_SHIP_AUXILIARY_SHARE_UP_TO_KW: f64 = 500.0;

/// Small-ship rule: auxiliary power as a share of installed propulsion power for ships of
/// 150–500 kW. Source as [`SMALL_SHIP_NO_AUXILIARY_BELOW_KW`]; SINGLE.
pub const SMALL_SHIP_AUXILIARY_SHARE: f64 = 0.05;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_starts_at_zero_and_increases() {
        for t in [
            BULK,
            CHEMICAL_TANKER,
            CONTAINER,
            GENERAL_CARGO,
            LIQUEFIED_GAS_TANKER,
            OIL_TANKER,
            OTHER_LIQUIDS_TANKER,
            FERRY_PAX,
            CRUISE,
            RO_PAX,
            REFRIGERATED_CARGO,
            RO_RO,
            VEHICLE_CARRIER,
            YACHT,
            SERVICE_TUG,
            FISHING,
            OFFSHORE,
            SERVICE_OTHER,
            MISC_OTHER,
        ] {
            assert_eq!(t.first().map(|r| r.lower), Some(0.0));
            for w in t.windows(2) {
                assert!(w[1].lower > w[0].lower, "{w:?}");
            }
            for r in t {
                assert!(r.boiler_kw.iter().chain(&r.auxiliary_kw).all(|p| *p >= 0.0));
            }
        }
    }

    #[test]
    fn peers_bin_bugs_are_not_repeated() {
        // Peer defect (data-sources.md): cetos wrote 20_000 for the LG 200,000 edge and 60_00
        // for the oil tanker 60,000 edge.
        let lg: Vec<f64> = LIQUEFIED_GAS_TANKER.iter().map(|r| r.lower).collect();
        assert_eq!(lg, [0.0, 50_000.0, 100_000.0, 200_000.0]);
        assert!(OIL_TANKER.iter().any(|r| r.lower == 60_000.0));
        assert!(!OIL_TANKER.iter().any(|r| r.lower == 6_000.0));
    }
}
