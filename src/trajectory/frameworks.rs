//! Intensity alignment the way the frameworks do it: Poseidon Principles (banks), Sea Cargo
//! Charter (charterers) and an SBTi-style intensity pathway (companies).
//!
//! Each framework compares an **attained carbon intensity** with a **required intensity** for
//! the ship's type and size in the year, and reports the alignment delta with the Poseidon
//! Principles sign convention Δ = (attained − required)/required, positive = misaligned
//! ([`alignment_delta`]). Portfolios weight the vessel deltas ([`portfolio_delta`]).
//!
//! | framework | metric | trajectory | base data |
//! |---|---|---|---|
//! | Poseidon Principles v5.0 (Oct 2023, published Feb 2024) | AER, WtW GHG (gCO2e/dwt-nm) | IMO 2023 minimum and striving | 2008 AER by type and size |
//! | Sea Cargo Charter | EEOI, WtW (gCO2e per tonne of cargo carried and nm), per voyage | as PP | 2008 EEOI |
//! | SBTi-style (Sectoral Decarbonization Approach) | company intensity | convergence to a 1.5 °C sector intensity | company base year |
//!
//! **The published trajectory tables were not found** (the PP Technical Guidance v5 annex and
//! the SCC tables are distributed to signatories). The trajectories here are therefore
//! **derived as the frameworks describe their method** — an absolute IMO pathway divided by a
//! transport-work projection, applied to a 2008 intensity of the ship's type and size — and
//! each says so in its `derivation` text:
//!
//! 1. 2008 AER of the type and size = the CII reference line of 2019 (a·DWT^−c, Res.
//!    MEPC.353(78) Table 1, TtW CO2) ÷ (1 − i), with i the fleet-average AER improvement
//!    2008→2018 of the Fourth IMO GHG Study (voyage-based 21 %, lower end of 21–29 %;
//!    2018 read as 2019) — [`AER_IMPROVEMENT_2008_2018`];
//! 2. TtW CO2 → WtW CO2e with the ratio of the 2008 fuel (HFO in a diesel engine) under the
//!    IMO LCA Guidelines, (WtT + TtW CO2e)/TtW CO2 per MJ ([`hfo_wtw_per_ttw_co2`]);
//! 3. the intensity path f(y) = P(y)/T(y): the IMO 2023 pathway P (fraction of 2008 total GHG)
//!    divided by the transport-work index T (2008 = 1), given by the caller (the frameworks use
//!    a projection; the crate ships none).
//!
//! A user holding the official tables builds the trajectory directly with
//! [`IntensityTrajectory::from_table`].

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::regulation::cii::{CiiOptions, CiiShip, reference_line};
use crate::trajectory::alignment::alignment_delta;
use crate::trajectory::pathway::{Checkpoint, Interpolation, PathwayKind, TargetPathway};
use crate::trajectory::series::Series;

/// Fleet-average AER improvement of international shipping 2008→2018, voyage-based, the lower
/// end of the 21–29 % range the Fourth IMO GHG Study (2020) gives across intensity metrics
/// (as summarised by workboat.com and Faber et al. 2020; confidence B for the range, C for
/// reading its lower end as the AER value). `docs/data-sources.md`, "Poseidon Principles —
/// derived trajectories".
pub const AER_IMPROVEMENT_2008_2018: f64 = 0.21;

/// Which framework a trajectory belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Framework {
    /// Poseidon Principles for financial institutions (v5.0: WtW, minimum and striving).
    PoseidonPrinciples,
    /// Sea Cargo Charter (charterers; per voyage, cargo carried).
    SeaCargoCharter,
    /// SBTi-style Sectoral Decarbonization Approach.
    SbtiIntensity,
}

/// The PP v5 trajectories: the IMO 2023 Strategy's minimum or striving ambition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ambition {
    /// −20 % by 2030, −70 % by 2040, net zero 2050 (vs 2008).
    Minimum,
    /// −30 % by 2030, −80 % by 2040, net zero 2050.
    Striving,
}

/// The intensity metric of a trajectory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IntensityMetric {
    /// Annual efficiency ratio, WtW: gCO2e per (dwt · nm) — Poseidon Principles.
    AerWtw,
    /// Energy efficiency operational indicator, WtW: gCO2e per (tonne of cargo · nm) — Sea
    /// Cargo Charter, per voyage.
    EeoiWtw,
    /// A company metric, e.g. gCO2e per TEU-km — SBTi-style.
    Company,
}

/// A required-intensity trajectory: base intensity × a relative path, with its derivation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IntensityTrajectory {
    /// The framework.
    pub framework: Framework,
    /// The metric.
    pub metric: IntensityMetric,
    /// What it applies to (ship type and size, or company), as text.
    pub applies_to: String,
    /// Year of the base intensity.
    pub base_year: i32,
    /// Base intensity in the metric's unit.
    pub base_intensity: f64,
    /// Fraction of the base intensity by year.
    pub path: TargetPathway,
    /// How the trajectory was obtained (table, or derivation with its sources).
    pub derivation: String,
}

/// The ratio (WtT + TtW CO2e)/TtW CO2 per MJ of HFO in a diesel engine under the IMO LCA
/// Guidelines (MEPC.391(81)) — the conversion of a TtW CO2 intensity of the 2008 fleet
/// (mostly residual fuel) to WtW CO2e.
pub fn hfo_wtw_per_ttw_co2() -> Result<f64> {
    use crate::fuel::{Converter, ConverterClass, Fuel, PathwayId};
    use crate::units::{IntensityExt, LcvExt};
    let basis = crate::emissions::AccountingBasis::imo_lca();
    let hfo = Fuel::new(PathwayId::Hfo);
    let (_, _, wtw) = basis.fuel_intensities(&hfo, Converter::new(ConverterClass::Ice))?;
    let f = basis.factors.get(&PathwayId::Hfo)?;
    let ttw_co2 = f.cf_co2.g_per_g() / f.lcv.mj_per_g();
    crate::numeric::checked_ratio(wtw.g_per_mj(), ttw_co2, "hfo.cf_co2", "the WtW/TtW ratio")
}

impl IntensityTrajectory {
    /// A trajectory from a published table: `(year, required intensity)` rows, linear between.
    pub fn from_table(
        framework: Framework,
        metric: IntensityMetric,
        applies_to: &str,
        rows: &[(i32, f64)],
        source: &str,
    ) -> Result<Self> {
        let first = rows.first().ok_or_else(|| Error::Empty {
            field: "trajectory.rows".into(),
            expected: "at least one (year, intensity) row".into(),
        })?;
        let (base_year, base) = *first;
        crate::error::non_negative(|| "trajectory.rows[0].intensity".into(), base)?;
        if base <= 0.0 {
            return Err(Error::OutOfRange {
                field: "trajectory.rows[0].intensity".into(),
                value: base,
                expected: "a positive base intensity".into(),
            });
        }
        let points = rows
            .iter()
            .map(|&(year, v)| Checkpoint {
                year,
                value: v / base,
            })
            .collect();
        let path = TargetPathway::new(
            &format!("{applies_to} (table)"),
            source,
            "published table, linear between rows",
            PathwayKind::Intensity {
                unit: "fraction of the first row".into(),
            },
            points,
            Interpolation::Linear,
        )?;
        Ok(Self {
            framework,
            metric,
            applies_to: applies_to.to_string(),
            base_year,
            base_intensity: base,
            path,
            derivation: format!("table: {source}"),
        })
    }

    /// The Poseidon Principles v5 trajectory (AER, WtW) of `ship` for `ambition`, **derived**
    /// (see the [module](self)): required(y) = AER_2008 × WtW/TtW × P(y)/T(y) with
    /// AER_2008 = CII_ref,2019(ship) / (1 − [`AER_IMPROVEMENT_2008_2018`]), P the IMO 2023
    /// pathway and T `transport_work_index` (2008 = 1; every year 2008–2050 must be positive).
    pub fn poseidon_principles(
        ship: &CiiShip,
        ambition: Ambition,
        transport_work_index: &Series,
    ) -> Result<Self> {
        let line = reference_line(ship, &CiiOptions::default())?;
        let aer_2008_ttw = line.value_g_per_capacity_nm / (1.0 - AER_IMPROVEMENT_2008_2018);
        let wtw = hfo_wtw_per_ttw_co2()?;
        let pathway = match ambition {
            Ambition::Minimum => crate::trajectory::targets::imo_2023_minimum()?,
            Ambition::Striving => crate::trajectory::targets::imo_2023_striving()?,
        };
        let path = intensity_path(&pathway, transport_work_index, 2008, 2050)?;
        Ok(Self {
            framework: Framework::PoseidonPrinciples,
            metric: IntensityMetric::AerWtw,
            applies_to: format!(
                "{} of {:.0} {:?}, {ambition:?} trajectory",
                ship.ship_type,
                ship.capacity(),
                ship.ship_type.capacity_basis()
            ),
            base_year: 2008,
            base_intensity: aer_2008_ttw * wtw,
            path,
            derivation: format!(
                "DERIVED (PP v5 tables not available): AER_2008 = CII reference line 2019 \
                 ({} = {:.4} gCO2/dwt-nm, Res. MEPC.353(78)) / (1 − {AER_IMPROVEMENT_2008_2018}) \
                 (Fourth IMO GHG Study AER improvement 2008-2018) × WtW/TtW {wtw:.4} (HFO, IMO LCA) \
                 × '{}' ÷ the transport-work index given",
                line.source,
                line.value_g_per_capacity_nm,
                pathway.name()
            ),
        })
    }

    /// The Sea Cargo Charter trajectory (EEOI, WtW, per tonne of cargo carried) of `ship`,
    /// **derived** from the PP trajectory as EEOI_required = AER_required / u with u the
    /// reference utilisation (tonnes of cargo carried per tonne of DWT over the distance
    /// sailed, laden and ballast; the caller's, 0 < u ≤ 1).
    pub fn sea_cargo_charter(
        ship: &CiiShip,
        ambition: Ambition,
        transport_work_index: &Series,
        reference_utilisation: f64,
    ) -> Result<Self> {
        let u = crate::error::in_range(
            || "reference_utilisation".into(),
            reference_utilisation,
            1e-3,
            1.0,
        )?;
        let pp = Self::poseidon_principles(ship, ambition, transport_work_index)?;
        Ok(Self {
            framework: Framework::SeaCargoCharter,
            metric: IntensityMetric::EeoiWtw,
            base_intensity: pp.base_intensity / u,
            derivation: format!(
                "DERIVED (SCC tables not available): the PP trajectory ÷ reference utilisation \
                 {u} (cargo t per DWT). {}",
                pp.derivation
            ),
            ..pp
        })
    }

    /// An SBTi-style trajectory by the Sectoral Decarbonization Approach (SBTi, *Sectoral
    /// Decarbonization Approach*, 2015): the company's intensity converges on the sector's,
    /// I_c(y) = I_s(y) + (I_c(b) − I_s(b)) · (I_s(y) − I_s(T)) / (I_s(b) − I_s(T)), with b
    /// the company's base year, T the sector pathway's last year, and
    /// I_s(y) = `sector_base_intensity` × P(y)/T(y) — P the sector's absolute 1.5 °C pathway
    /// (e.g. [`sbti_umas_1_5c`](crate::trajectory::targets::sbti_umas_1_5c)) of reference
    /// year r, T the transport-work index (r = 1). Intensities in the company's unit.
    pub fn sbti_sda(
        sector_pathway: &TargetPathway,
        sector_base_intensity: f64,
        transport_work_index: &Series,
        company_base_year: i32,
        company_base_intensity: f64,
    ) -> Result<Self> {
        crate::error::non_negative(|| "sector_base_intensity".into(), sector_base_intensity)?;
        crate::error::non_negative(|| "company_base_intensity".into(), company_base_intensity)?;
        if company_base_intensity <= 0.0 {
            return Err(Error::OutOfRange {
                field: "company_base_intensity".into(),
                value: company_base_intensity,
                expected: "a positive base-year intensity".into(),
            });
        }
        let (first, last) = sector_pathway.years();
        let sector = intensity_path(sector_pathway, transport_work_index, first, last)?;
        let i_s = |y: i32| -> Result<f64> { Ok(sector_base_intensity * sector.value(y)?) };
        let (isb, ist) = (i_s(company_base_year)?, i_s(last)?);
        if isb <= ist {
            return Err(Error::Undefined {
                quantity: "the SDA convergence".into(),
                reason: format!(
                    "the sector intensity does not fall from {company_base_year} to {last}"
                ),
            });
        }
        let d = company_base_intensity - isb;
        let mut points = Vec::new();
        for y in company_base_year..=last {
            let p = (i_s(y)? - ist) / (isb - ist);
            let ic = i_s(y)? + d * p;
            points.push(Checkpoint {
                year: y,
                value: ic.max(0.0) / company_base_intensity,
            });
        }
        let path = TargetPathway::new(
            &format!("SDA convergence on '{}'", sector_pathway.name()),
            sector_pathway.source(),
            "SBTi Sectoral Decarbonization Approach (2015) convergence; yearly, linear",
            PathwayKind::Intensity {
                unit: "fraction of the company's base-year intensity".into(),
            },
            points,
            Interpolation::Linear,
        )?;
        Ok(Self {
            framework: Framework::SbtiIntensity,
            metric: IntensityMetric::Company,
            applies_to: "company".into(),
            base_year: company_base_year,
            base_intensity: company_base_intensity,
            path,
            derivation: format!(
                "DERIVED: SDA convergence of the company intensity on the sector intensity \
                 {sector_base_intensity} × '{}' ÷ the transport-work index given",
                sector_pathway.name()
            ),
        })
    }

    /// The required intensity in `year`: base_intensity × path(year).
    pub fn required(&self, year: i32) -> Result<f64> {
        crate::numeric::finite_result(
            self.base_intensity * self.path.value(year)?,
            "base_intensity",
            self.base_intensity,
            "the required intensity",
        )
    }

    /// The vessel's (or company's) alignment delta in `year`, (attained − required)/required;
    /// `None` where the requirement is zero (net zero).
    pub fn delta(&self, year: i32, attained: f64) -> Result<Option<f64>> {
        let r = self.required(year)?;
        if r <= 0.0 {
            return Ok(None);
        }
        alignment_delta(attained, r).map(Some)
    }

    /// The delta of one voyage under the Sea Cargo Charter: attained EEOI =
    /// `well_to_wake_g` / (`cargo_t` × `distance_nm`).
    pub fn voyage_delta(
        &self,
        year: i32,
        well_to_wake_g: f64,
        cargo_t: f64,
        distance_nm: f64,
    ) -> Result<Option<f64>> {
        crate::error::non_negative(|| "voyage.well_to_wake_g".into(), well_to_wake_g)?;
        let work = crate::error::non_negative(|| "voyage.cargo_t".into(), cargo_t)?
            * crate::error::non_negative(|| "voyage.distance_nm".into(), distance_nm)?;
        let eeoi = crate::numeric::checked_ratio(
            well_to_wake_g,
            work,
            "voyage.cargo_t",
            "the voyage EEOI",
        )?;
        self.delta(year, eeoi)
    }
}

/// The relative intensity path P(y)/T(y) of a relative pathway P and a transport-work index T
/// (both 1 in the pathway's reference year), yearly from `first` to `last`.
fn intensity_path(
    pathway: &TargetPathway,
    transport_work_index: &Series,
    first: i32,
    last: i32,
) -> Result<TargetPathway> {
    let Some(reference_year) = pathway.reference_year() else {
        return Err(Error::Undefined {
            quantity: format!("an intensity path from '{}'", pathway.name()),
            reason: "the pathway is already an intensity".into(),
        });
    };
    let t0 = transport_work_index.value(reference_year);
    let mut points = Vec::new();
    for y in first..=last {
        let t = transport_work_index.value(y);
        if !(t > 0.0 && t0 > 0.0 && t.is_finite()) {
            return Err(Error::OutOfRange {
                field: format!("transport_work_index[{y}]"),
                value: t,
                expected: "a positive transport-work index in every year".into(),
            });
        }
        points.push(Checkpoint {
            year: y,
            value: pathway.value(y)? / (t / t0),
        });
    }
    TargetPathway::new(
        &format!("{} ÷ transport work", pathway.name()),
        pathway.source(),
        &format!(
            "{} Divided by the caller's transport-work index (reference year = 1).",
            pathway.assumptions()
        ),
        PathwayKind::Intensity {
            unit: format!("fraction of the {reference_year} intensity"),
        },
        points,
        Interpolation::Linear,
    )
}

/// How a portfolio weighs its vessels' deltas.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weighting {
    /// By emissions (t CO2e) — the weighting asked of this crate's portfolio view.
    Emissions,
    /// By outstanding debt — the Poseidon Principles' portfolio climate alignment.
    OutstandingDebt,
    /// By transport work — the Sea Cargo Charter's annual alignment per vessel category.
    TransportWork,
}

/// One vessel of a portfolio in one year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortfolioEntry {
    /// The vessel's alignment delta.
    pub delta: f64,
    /// Its emissions, t CO2e.
    pub emissions_t: f64,
    /// Outstanding debt (any currency, the same for all entries).
    pub outstanding_debt: f64,
    /// Transport work (t-nm or TEU-km, the same for all entries).
    pub transport_work: f64,
}

/// Portfolio alignment Σ w_i·Δ_i / Σ w_i with the weights of `weighting`.
///
/// ```
/// use green_corridor::trajectory::frameworks::{portfolio_delta, PortfolioEntry, Weighting};
/// let a = PortfolioEntry { delta: 0.10, emissions_t: 30_000.0, outstanding_debt: 40.0, transport_work: 1.0 };
/// let b = PortfolioEntry { delta: -0.05, emissions_t: 10_000.0, outstanding_debt: 60.0, transport_work: 1.0 };
/// // By emissions: (0.75 × 10 %) + (0.25 × −5 %) = +6.25 %; by debt: 0.4 × 10 − 0.6 × 5 = +1 %.
/// assert!((portfolio_delta(&[a, b], Weighting::Emissions)? - 0.0625).abs() < 1e-12);
/// assert!((portfolio_delta(&[a, b], Weighting::OutstandingDebt)? - 0.01).abs() < 1e-12);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn portfolio_delta(entries: &[PortfolioEntry], weighting: Weighting) -> Result<f64> {
    let pairs: Vec<(f64, f64)> = entries
        .iter()
        .map(|e| {
            let w = match weighting {
                Weighting::Emissions => e.emissions_t,
                Weighting::OutstandingDebt => e.outstanding_debt,
                Weighting::TransportWork => e.transport_work,
            };
            (w, e.delta)
        })
        .collect();
    crate::trajectory::alignment::portfolio_alignment(&pairs)
}
