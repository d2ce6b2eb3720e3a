//! Particulars for building a container ship from a corridor archetype, as data.
//!
//! Source: `docs/data-sources.md`, "Container ship particulars" (EPA 2022 Table C.3 bins, *HMM
//! Algeciras*, *Maersk Evora/Essex*; the `source` strings below say "docs/data-sources.md, “Container ship particulars”" for that
//! section). Rows marked ASSUMPTION are this crate's choices where the sources give nothing.

/// One size anchor: TEU, installed propulsion power (MCR) and design draught.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SizeAnchor {
    /// Capacity, TEU.
    pub teu: f64,
    /// Main-engine MCR, kW.
    pub mcr_kw: f64,
    /// Design (maximum) draught, m.
    pub draught_m: f64,
    /// Design (maximum service) speed, kn.
    pub design_speed_kn: f64,
    /// Source.
    pub source: &'static str,
}

/// Size anchors in increasing TEU; MCR, draught and design speed are interpolated linearly in
/// TEU between them (derived), and capacities outside the range are refused. The EPA bins give
/// installed propulsion / max speed / max draught (8,000 TEU: 55,800 kW / 26.5 kn / 13.9 m;
/// 12,000: 61,000 / 25.9 / 14.4; 14,500: 65,000 / 25.6 / 15.2).
pub const SIZE_ANCHORS: [SizeAnchor; 4] = [
    SizeAnchor {
        teu: 8_000.0,
        mcr_kw: 55_800.0,
        draught_m: 13.9,
        design_speed_kn: 26.5,
        source: "EPA 2022 Port Emissions Inventory Guidance Table C.3, 8,000-TEU bin \
            (installed propulsion / max draft), docs/data-sources.md, “Container ship particulars”",
    },
    SizeAnchor {
        teu: 12_000.0,
        mcr_kw: 61_000.0,
        draught_m: 14.4,
        design_speed_kn: 25.9,
        source: "EPA 2022 Table C.3, 12,000-TEU bin, docs/data-sources.md, “Container ship particulars”",
    },
    SizeAnchor {
        teu: 14_500.0,
        mcr_kw: 65_000.0,
        draught_m: 15.2,
        design_speed_kn: 25.6,
        source: "EPA 2022 Table C.3, 14,500-TEU bin (65,000 kW, 25.6 kn, 15.2 m), \
            docs/data-sources.md, “Container ship particulars”",
    },
    SizeAnchor {
        teu: 23_964.0,
        mcr_kw: 60_480.0,
        draught_m: 16.0,
        design_speed_kn: 22.4,
        source: "HMM Algeciras 23,964 TEU: 60,380 kW (MAN B&W 11G95ME-C) or 60,580 kW (WinGD) \
            — sources disagree, the mean is used; 22.4 kn (docs/data-sources.md, “Container ship particulars”); draught 16.0 m is an \
            ASSUMPTION (the reference gives none)",
    },
];

/// Deadweight per TEU when the archetype gives no deadweight: 125,480 dwt / 13,092 TEU =
/// 9.585 t/TEU (derived from *Maersk Evora/Essex*, shipsmonthly.com; `docs/data-sources.md`,
/// "Container ship particulars").
pub const DWT_PER_TEU: f64 = 125_480.0 / 13_092.0;

/// Build year of archetype ships: **2015**. ASSUMPTION: the EPA bins describe the fleet in
/// service; 2015 is the year the *Maersk Evora* class (§5.1) entered service and lies in the
/// Fourth IMO GHG Study Table 19 band for ships built after 2000.
pub const BUILD_YEAR: i32 = 2015;

/// Pilot-fuel energy share of a high-pressure LNG-Diesel main engine: 3 %. ILLUSTRATIVE (as in
/// `examples/speed_sweep.rs`; the study's Table 19 pilot SFCs were not available).
pub const PILOT_SHARE_LNG_DIESEL: f64 = 0.03;
/// Pilot-fuel energy share of a low-pressure LNG-Otto main engine and of LNG gensets: 1 %.
/// ILLUSTRATIVE.
pub const PILOT_SHARE_LNG_OTTO: f64 = 0.01;
/// Pilot-fuel energy share of methanol and ammonia dual-fuel engines: 5 %. ILLUSTRATIVE.
pub const PILOT_SHARE_METHANOL_AMMONIA: f64 = 0.05;
