//! The built-in target pathways, each with its source and the assumptions made in encoding it.

// Years are computed here: integer arithmetic must be checked or wide (issue 14).
#![deny(clippy::arithmetic_side_effects)]

use crate::error::Result;
use crate::regulation::timeline::ImoStrategy;
use crate::trajectory::pathway::{Checkpoint, Interpolation, PathwayKind, TargetPathway};

fn cp(year: i32, value: f64) -> Checkpoint {
    Checkpoint { year, value }
}

/// IMO 2023 GHG Strategy (Res. MEPC.377(80), adopted 7 July 2023), **minimum** indicative
/// checkpoints: total annual GHG emissions of international shipping, well to wake, at least
/// 20 % below 2008 by 2030 and 70 % below by 2040, and net zero "by or around, i.e. close to,
/// 2050".
///
/// Checkpoints (fractions of 2008): 2008 1.0, 2030 0.80, 2040 0.30, 2050 0.0; linear between.
/// The same as [`imo_2023_minimum_of`] with the [`ImoStrategy`] of the default timeline.
pub fn imo_2023_minimum() -> Result<TargetPathway> {
    imo_2023_minimum_of(&ImoStrategy::default())
}

/// The IMO 2023 minimum pathway with the checkpoints of `s` (a policy timeline's
/// [`ImoStrategy`]): 2008 1.0, 2030 1 − minimum_2030, 2040 1 − minimum_2040, net-zero year 0.
pub fn imo_2023_minimum_of(s: &ImoStrategy) -> Result<TargetPathway> {
    TargetPathway::new(
        "IMO 2023 Strategy, minimum",
        "Res. MEPC.377(80) (2023 IMO GHG Strategy), levels of ambition and indicative checkpoints",
        "WtW GHG of international shipping relative to 2008; net zero read as 0 in the net-zero \
         year; the Strategy gives no path between checkpoints, so the crate interpolates linearly \
         (also from 2008 to 2030, although actual 2008-2024 emissions did not follow a line).",
        PathwayKind::Relative {
            reference_year: 2008,
        },
        vec![
            cp(2008, 1.0),
            cp(2030, 1.0 - s.minimum_2030),
            cp(2040, 1.0 - s.minimum_2040),
            cp(s.net_zero_year, 0.0),
        ],
        Interpolation::Linear,
    )
}

/// IMO 2023 GHG Strategy (Res. MEPC.377(80)), **striving** checkpoints: 30 % below 2008 by
/// 2030, 80 % below by 2040, net zero by 2050.
pub fn imo_2023_striving() -> Result<TargetPathway> {
    imo_2023_striving_of(&ImoStrategy::default())
}

/// The IMO 2023 striving pathway with the checkpoints of `s`.
pub fn imo_2023_striving_of(s: &ImoStrategy) -> Result<TargetPathway> {
    TargetPathway::new(
        "IMO 2023 Strategy, striving",
        "Res. MEPC.377(80) (2023 IMO GHG Strategy), levels of ambition and indicative checkpoints",
        "WtW GHG of international shipping relative to 2008; net zero read as 0 in the net-zero \
         year; linear between checkpoints.",
        PathwayKind::Relative {
            reference_year: 2008,
        },
        vec![
            cp(2008, 1.0),
            cp(2030, 1.0 - s.striving_2030),
            cp(2040, 1.0 - s.striving_2040),
            cp(s.net_zero_year, 0.0),
        ],
        Interpolation::Linear,
    )
}

/// The IMO 2023 Strategy's carbon-intensity ambition, a target of its own: CO2 emissions per
/// transport work, as an average across international shipping, at least 40 % below 2008 by
/// 2030 (Res. MEPC.377(80), level of ambition 2). A relative **intensity** pathway: apply it
/// to a 2008 intensity (e.g. gCO2/t-nm), not to total emissions. Checkpoints: 2008 1.0, 2030
/// 0.60, linear between; the Strategy sets no intensity level after 2030.
pub fn imo_2023_carbon_intensity() -> Result<TargetPathway> {
    imo_2023_carbon_intensity_of(&ImoStrategy::default())
}

/// The carbon-intensity ambition with the reduction of `s`.
pub fn imo_2023_carbon_intensity_of(s: &ImoStrategy) -> Result<TargetPathway> {
    TargetPathway::new(
        "IMO 2023 Strategy, carbon intensity (CO2 per transport work)",
        "Res. MEPC.377(80) (2023 IMO GHG Strategy), level of ambition 2: at least 40 % by 2030",
        "CO2 per transport work, average across international shipping, relative to 2008 (TtW \
         CO2 in the Strategy's wording); linear from 2008 to 2030; nothing after 2030.",
        PathwayKind::Relative {
            reference_year: 2008,
        },
        vec![cp(2008, 1.0), cp(2030, 1.0 - s.carbon_intensity_2030)],
        Interpolation::Linear,
    )
}

/// IEA *Net Zero by 2050* (2021) shipping pathway, a 1.5 °C scenario. **Boundary: tank-to-wake
/// CO2 of all shipping (international and domestic)** — not the well-to-wake GHG of
/// international shipping the IMO pathways and this crate's services use, so its line is not
/// comparable with a service's WtW GHG without a conversion the IEA does not publish; it ends
/// at 120 Mt in 2050, not zero. Its name says so in every chart. Shipping CO2 880 Mt in
/// 2019, 830 Mt in 2020, 120 Mt in 2050 (≈ −6 %/yr), as reported by splash247.com and Reuters.
///
/// Checkpoints (fractions of 2019): 2019 1.0, 2020 830/880, 2050 120/880; a constant annual rate
/// between 2020 and 2050 ((120/830)^(1/30) = 0.9376, i.e. −6.2 %/yr, matching the reported
/// "about 6 % a year").
pub fn iea_net_zero_2050() -> Result<TargetPathway> {
    TargetPathway::new(
        "IEA NZE 2050 — TtW CO2 of all shipping (not WtW GHG)",
        "IEA (2021) Net Zero by 2050: A Roadmap for the Global Energy Sector; shipping 880 Mt CO2 \
         (2019), 830 Mt (2020), 120 Mt (2050)",
        "TtW CO2 of all shipping (the IEA boundary), not WtW GHG; constant annual rate between \
         2020 and 2050; residual 120 Mt in 2050 is not zero.",
        PathwayKind::Relative {
            reference_year: 2019,
        },
        vec![
            cp(2019, 1.0),
            cp(2020, 830.0 / 880.0),
            cp(2050, 120.0 / 880.0),
        ],
        Interpolation::Geometric,
    )
}

/// The 1.5 °C figures UMAS supplied to the SBTi Maritime Guidance (v1.0 Nov 2022, v1.1 May
/// 2023): −45 % by 2030 and net zero by 2040, well to wake.
///
/// The press copies do not state the baseline year: the caller gives it
/// (`reference_year`; 2008 is the IMO convention). Checkpoints: reference 1.0, 2030 0.55,
/// 2040 0.0, linear between.
pub fn sbti_umas_1_5c(reference_year: i32) -> Result<TargetPathway> {
    TargetPathway::new(
        "SBTi/UMAS 1.5 °C",
        "SBTi Maritime Guidance v1.1 (May 2023, WWF/SFC/UMAS), figures quoted by safety4sea, \
         engine.online, portnews.ru: -45 % by 2030, net zero by 2040",
        "Baseline year not stated in the available copies: chosen by the caller. Linear between \
         checkpoints; net zero read as 0 in 2040.",
        PathwayKind::Relative { reference_year },
        vec![cp(reference_year, 1.0), cp(2030, 0.55), cp(2040, 0.0)],
        Interpolation::Linear,
    )
}

/// The 2030 zero/near-zero checkpoint of the IMO 2023 Strategy: zero or near-zero GHG
/// technologies, fuels and energy sources to be at least 5 %, striving for 10 %, of the energy
/// used by international shipping by 2030 (Res. MEPC.377(80)).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ZeroNearZeroCheckpoint {
    /// The checkpoint year.
    pub year: i32,
    /// Minimum share of energy.
    pub minimum: f64,
    /// Striving share of energy.
    pub striving: f64,
}

/// IMO 2023 Strategy: ≥ 5 % (striving 10 %) zero/near-zero energy by 2030.
pub const IMO_2023_ZERO_NEAR_ZERO_2030: ZeroNearZeroCheckpoint = ZeroNearZeroCheckpoint {
    year: 2030,
    minimum: 0.05,
    striving: 0.10,
};

/// Every built-in relative pathway (SBTi/UMAS with the IMO 2008 baseline).
pub fn all() -> Result<Vec<TargetPathway>> {
    Ok(vec![
        imo_2023_minimum()?,
        imo_2023_striving()?,
        iea_net_zero_2050()?,
        sbti_umas_1_5c(2008)?,
    ])
}

/// The FuelEU Maritime GHG-intensity limits as an intensity pathway (gCO2e/MJ, step function):
/// 91.16 × (1 − r) with r = 2 % from 2025, 6 % 2030, 14.5 % 2035, 31 % 2040, 62 % 2045, 80 % 2050
/// (Reg. (EU) 2023/1805 Art. 4(2); the table lives in `regulation::fueleu`).
pub fn fueleu_limits() -> Result<TargetPathway> {
    let limits = crate::regulation::fueleu::FuelEuLimits::default();
    let mut points: Vec<Checkpoint> = limits
        .steps
        .iter()
        .map(|s| {
            cp(
                s.from_year,
                limits.reference_g_per_mj * (1.0 - s.reduction_percent / 100.0),
            )
        })
        .collect();
    if let Some(last) = points.last().copied() {
        if last.year < limits.last_year {
            points.push(cp(limits.last_year, last.value));
        }
    }
    TargetPathway::new(
        "FuelEU Maritime limits",
        "Reg. (EU) 2023/1805 Art. 4(2): 91.16 gCO2e/MJ reference, step reductions",
        "WtW GHG intensity of the energy in FuelEU scope (Annex II factors, AR4); a step function.",
        PathwayKind::Intensity {
            unit: "gCO2e/MJ".into(),
        },
        points,
        Interpolation::Step,
    )
}

/// The draft IMO Net-Zero Framework GFI targets as intensity pathways (gCO2e/MJ), 2028–2035:
/// `(base, direct_compliance)`, 93.3 × (1 − r) (MEPC 83 approved draft, not adopted; the table
/// lives in `regulation::imo_nzf`). 2036–2039 are not set by the draft, so the pathways end in
/// 2035 rather than interpolating to the 2040 base target.
pub fn nzf_gfi_targets() -> Result<(TargetPathway, TargetPathway)> {
    let mut base = Vec::new();
    let mut direct = Vec::new();
    for year in 2028..=2035 {
        let t = crate::regulation::imo_nzf::targets(year)?;
        base.push(cp(year, t.base.get::<crate::units::gram_per_megajoule>()));
        if let Some(dc) = t.direct_compliance {
            direct.push(cp(year, dc.get::<crate::units::gram_per_megajoule>()));
        }
    }
    let kind = || PathwayKind::Intensity {
        unit: "gCO2e/MJ".into(),
    };
    let assumptions = "WtW GHG fuel intensity (IMO LCA basis); annual values 2028-2035 only.";
    Ok((
        TargetPathway::new(
            "IMO NZF base target (draft)",
            "MEPC 83 approved draft MARPOL Annex VI Chapter 5 (not adopted): base target",
            assumptions,
            kind(),
            base,
            Interpolation::Step,
        )?,
        TargetPathway::new(
            "IMO NZF direct-compliance target (draft)",
            "MEPC 83 approved draft MARPOL Annex VI Chapter 5 (not adopted): direct-compliance target",
            assumptions,
            kind(),
            direct,
            Interpolation::Step,
        )?,
    ))
}
