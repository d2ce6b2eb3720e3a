//! IMO Carbon Intensity Indicator (CII): attained, required, rating A–E, corrective action.
//!
//! MARPOL Annex VI regulation 28 (Res. MEPC.328(76), in force 1 November 2022; first rating
//! for calendar year 2023) and its guidelines:
//!
//! * **G1**, Res. MEPC.352(78): attained CII = M / (Capacity · D_t), M = Σ FC_j · Cf_j
//!   (g CO2), D_t distance sailed (nm), Capacity DWT or GT by ship type. The annual efficiency
//!   ratio (AER, g CO2/(dwt·nm)) or cgDIST (g CO2/(GT·nm)).
//! * **G2**, Res. MEPC.353(78) Table 1: reference line CII_ref = a · Capacity^(−c).
//! * **G3**, Res. MEPC.338(76) as amended by **MEPC.400(83)**: required
//!   CII = (1 − Z/100) · CII_ref, Z to 2030.
//! * **G4**, Res. MEPC.354(78): boundaries exp(d_i) · required, rating A–E.
//! * **G5**, Res. MEPC.355(78) (interim): correction factors and voyage adjustments.
//!
//! The constants live in [`data`] with their sources.
//!
//! ```
//! use green_corridor::regulation::cii::{self, CiiOptions, CiiRating, CiiShip, CiiShipType};
//! use green_corridor::units::{nautical_miles, tonnes};
//!
//! // A 150,000 DWT container ship emitting 300,000 t CO2 over 100,000 nm in 2025.
//! let ship = CiiShip::new(CiiShipType::ContainerShip, tonnes(150_000.0), 140_000.0)?;
//! let opts = CiiOptions::default();
//! let attained = cii::attained_from_co2(&ship, tonnes(300_000.0), nautical_miles(100_000.0), &opts)?;
//! assert!((attained - 20.0).abs() < 1e-9); // 3e11 g / (150,000 · 100,000) = 20 g/(dwt·nm)
//! let required = cii::required(&ship, 2025, &opts)?;
//! let rating = cii::rate(&ship, attained, 2025, &opts)?;
//! assert_eq!(rating.rating, CiiRating::E);
//! # let _ = required;
//! # Ok::<(), green_corridor::Error>(())
//! ```

// Years are computed here: integer arithmetic must be checked or wide (issue 14).
#![deny(clippy::arithmetic_side_effects)]

pub mod data;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::emissions::AccountingBasis;
use crate::error::{Error, Result};
use crate::ledger::FuelLedger;
use crate::units::{Length, LengthExt, Mass, MassExt, tonnes};

mod ship_type;
pub use ship_type::CiiShipType;

impl CiiShipType {
    /// Whether the type's capacity is DWT (AER) or GT (cgDIST), MEPC.353(78) Table 1.
    pub fn capacity_basis(self) -> CapacityBasis {
        data::capacity_basis(self)
    }
}

/// The capacity a ship type's CII divides by (MEPC.352(78), G1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapacityBasis {
    /// Deadweight tonnage: AER in g CO2/(dwt·nm).
    Deadweight,
    /// Gross tonnage: cgDIST in g CO2/(GT·nm).
    GrossTonnage,
}

/// CO2 conversion-factor classes of MEPC.364(79) (the C_F table IMO DCS and the CII use).
/// VLSFO is not a class: file it as HFO (RME–RMK) or LFO (RMA–RMD) by its ISO 8217 grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CfClass {
    /// Diesel / gas oil, ISO 8217 DMX–DMB (Cf 3.206).
    DieselGasOil,
    /// Light fuel oil, ISO 8217 RMA–RMD (Cf 3.151).
    LightFuelOil,
    /// Heavy fuel oil, ISO 8217 RME–RMK (Cf 3.114).
    HeavyFuelOil,
    /// LPG propane (Cf 3.000).
    LpgPropane,
    /// LPG butane (Cf 3.030).
    LpgButane,
    /// Ethane (Cf 2.927).
    Ethane,
    /// LNG (Cf 2.750).
    Lng,
    /// Methanol (Cf 1.375).
    Methanol,
    /// Ethanol (Cf 1.913).
    Ethanol,
}

impl CfClass {
    /// Cf in t CO2 per t fuel ([`data::CF_T_CO2_PER_T_FUEL`], MEPC.364(79)).
    pub fn cf(self) -> f64 {
        data::CF_T_CO2_PER_T_FUEL
            .iter()
            .find(|(c, _)| *c == self)
            .map_or(0.0, |(_, v)| *v)
    }
}

/// A mass of fuel of one Cf class.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct FuelByClass {
    /// The Cf class.
    pub class: CfClass,
    /// Fuel mass (serialised in tonnes as `mass_t`).
    #[serde(rename = "mass_t", with = "crate::units::serde_as::tonnes")]
    pub mass: Mass,
}

impl FuelByClass {
    /// `mass` of fuel of `class`.
    pub fn new(class: CfClass, mass: Mass) -> Self {
        Self { class, mass }
    }
}

/// CO2 from fuel by Cf class, M = Σ FC_j · Cf_j (MEPC.352(78), G1). Errors on a negative or
/// non-finite mass.
pub fn co2_from_fuel(fuel: &[FuelByClass], field: &str) -> Result<Mass> {
    let mut terms = Vec::with_capacity(fuel.len());
    for (i, f) in fuel.iter().enumerate() {
        let name = format!("{field}[{i}].mass_t");
        let m = crate::error::non_negative(|| name.clone(), f.mass.tonnes())?;
        let co2 = crate::numeric::finite_result(m * f.class.cf(), &name, m, "the CO2 mass")?;
        terms.push((name, co2));
    }
    Ok(tonnes(crate::numeric::checked_sum(terms, "the CO2 mass")?))
}

/// The particulars of a ship the CII needs.
///
/// Deserialisation validates, as [`CiiShip::new`] does.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, try_from = "CiiShipRepr")]
pub struct CiiShip {
    /// Ship type.
    pub ship_type: CiiShipType,
    /// Deadweight at summer load draught (serialised in tonnes as `deadweight_t`). Needed for
    /// DWT-based types; may be zero for GT-based types.
    #[serde(rename = "deadweight_t", with = "crate::units::serde_as::tonnes")]
    pub deadweight: Mass,
    /// Gross tonnage (dimensionless). Needed for GT-based types; may be zero for DWT-based types.
    pub gross_tonnage: f64,
}

/// The serialised form of a [`CiiShip`], validated into one.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CiiShipRepr {
    ship_type: CiiShipType,
    #[serde(rename = "deadweight_t", with = "crate::units::serde_as::tonnes")]
    deadweight: Mass,
    gross_tonnage: f64,
}

impl TryFrom<CiiShipRepr> for CiiShip {
    type Error = Error;
    fn try_from(r: CiiShipRepr) -> Result<Self> {
        CiiShip::new(r.ship_type, r.deadweight, r.gross_tonnage)
    }
}

/// Largest deadweight (t) or gross tonnage a [`CiiShip`] accepts. The largest ships ever built
/// are about 565,000 DWT (Seawise Giant) and 250,000 GT; ten million leaves room and keeps
/// capacity × distance finite.
pub const MAX_CAPACITY: f64 = 1.0e7;

/// Smallest capacity (DWT or GT, whichever the type uses) a [`CiiShip`] accepts. The CII
/// applies to ships of 5,000 GT and above (MARPOL Annex VI reg. 28.1); a capacity below one
/// tonne is not a ship, and would make g CO2/(capacity·nm) overflow.
pub const MIN_CAPACITY: f64 = 1.0;

impl CiiShip {
    /// A validated ship: the capacity its type uses must be finite and from [`MIN_CAPACITY`]
    /// to [`MAX_CAPACITY`], the other finite, not negative and at most [`MAX_CAPACITY`].
    pub fn new(ship_type: CiiShipType, deadweight: Mass, gross_tonnage: f64) -> Result<Self> {
        let s = Self {
            ship_type,
            deadweight,
            gross_tonnage,
        };
        s.validate()?;
        Ok(s)
    }

    /// Checks the particulars (see [`new`](Self::new)).
    pub fn validate(&self) -> Result<()> {
        for (field, v) in [
            ("ship.deadweight_t", self.deadweight.tonnes()),
            ("ship.gross_tonnage", self.gross_tonnage),
        ] {
            crate::error::non_negative(|| field.into(), v)?;
            crate::error::in_range(|| field.into(), v, 0.0, MAX_CAPACITY)?;
        }
        let (field, v) = match self.ship_type.capacity_basis() {
            CapacityBasis::Deadweight => ("ship.deadweight_t", self.deadweight.tonnes()),
            CapacityBasis::GrossTonnage => ("ship.gross_tonnage", self.gross_tonnage),
        };
        if v < MIN_CAPACITY {
            return Err(Error::OutOfRange {
                field: field.into(),
                value: v,
                expected: format!(
                    "a capacity of at least {MIN_CAPACITY} ({} uses {})",
                    self.ship_type,
                    match self.ship_type.capacity_basis() {
                        CapacityBasis::Deadweight => "DWT",
                        CapacityBasis::GrossTonnage => "GT",
                    }
                ),
            });
        }
        Ok(())
    }

    /// The ship's own capacity in its type's basis (DWT in tonnes, or GT).
    pub fn capacity(&self) -> f64 {
        match self.ship_type.capacity_basis() {
            CapacityBasis::Deadweight => self.deadweight.tonnes(),
            CapacityBasis::GrossTonnage => self.gross_tonnage,
        }
    }
}

/// Where the capacity caps and floor of MEPC.353(78) Table 1 (bulk carriers 279,000 DWT,
/// vehicle carriers 57,700 GT, LNG carriers 65,000 DWT) apply.
///
/// G2's capacity column governs the reference line; G1 defines the attained CII's capacity as
/// DWT or GT with no cap. The primary text was not re-read on this point (reference §1.7), so
/// both readings are offered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapacityCapPolicy {
    /// Default: cap only the reference line; the attained CII uses the ship's own DWT/GT.
    #[default]
    ReferenceLineOnly,
    /// Also use the capped (floored) capacity in the attained CII (as some calculators do).
    ReferenceLineAndAttained,
}

/// Which `a` to use for LNG carriers below 65,000 DWT (reference §7.1).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LngSmallShipCoefficient {
    /// Default: 14779E10 as printed in MEPC.353(78) Table 1.
    #[default]
    Printed,
    /// 14479E10, continuous with the 65,000–100,000 DWT band (2.07 % lower required CII).
    Continuous,
}

/// Which grade a ship gets whose attained CII equals a boundary exactly.
///
/// G4 (MEPC.354(78)) as recalled in the reference (§1.1, conf. C, not re-read): A if
/// attained < superior; B if superior ≤ attained < lower; C if lower ≤ attained < upper; D if
/// upper ≤ attained < inferior; E if attained ≥ inferior — a ship on a boundary gets the
/// **worse** grade. Some implementations use ≤ (the better grade); that is the alternative.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoundaryRule {
    /// Default: on a boundary, the worse grade (strict `<` on each boundary), G4 as recalled.
    #[default]
    OnBoundaryWorseGrade,
    /// On a boundary, the better grade (`≤`), as GH:venkat and shipcalculators.com.
    OnBoundaryBetterGrade,
}

/// A user-supplied reduction factor for one year (overrides the built-in table).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ReductionFactor {
    /// Calendar year.
    pub year: i32,
    /// Z in per cent below the 2019 reference line.
    pub percent: f64,
}

/// Options of the CII calculation; the defaults follow the printed regulations.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CiiOptions {
    /// Where the capacity caps apply.
    pub capacity_cap: CapacityCapPolicy,
    /// LNG < 65,000 DWT coefficient.
    pub lng_small_ship_coefficient: LngSmallShipCoefficient,
    /// Rating on a boundary.
    pub boundary_rule: BoundaryRule,
    /// Reduction factors that replace or extend the built-in table (e.g. for years after 2030
    /// once IMO sets them).
    pub reduction_factors: Vec<ReductionFactor>,
}

/// A reference line evaluated for one ship (MEPC.353(78)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceLine {
    /// Parameter a.
    pub a: f64,
    /// Parameter c.
    pub c: f64,
    /// The capacity used in a · Capacity^(−c) (after any cap or floor).
    pub capacity: f64,
    /// CII_ref in g CO2/(capacity·nm).
    pub value_g_per_capacity_nm: f64,
    /// The table row used.
    pub source: String,
}

/// The reference line CII_ref = a · Capacity^(−c) (MEPC.353(78) Table 1) for `ship`, with the
/// capacity rule of its size band (279,000 DWT bulk cap, 57,700 GT vehicle-carrier cap, 65,000
/// DWT LNG floor). Errors on invalid particulars.
pub fn reference_line(ship: &CiiShip, options: &CiiOptions) -> Result<ReferenceLine> {
    ship.validate()?;
    let cap = ship.capacity();
    let row = data::REFERENCE_LINES
        .iter()
        .find(|r| r.ship_type == ship.ship_type && cap >= r.from && cap < r.below)
        .ok_or_else(|| Error::Undefined {
            quantity: "CII reference line".into(),
            reason: format!(
                "no MEPC.353(78) row for {} of capacity {cap}",
                ship.ship_type
            ),
        })?;
    let capacity = match row.capacity {
        data::RowCapacity::Actual => cap,
        data::RowCapacity::Fixed(c) => c,
    };
    let a = if ship.ship_type == CiiShipType::LngCarrier
        && cap < data::LNG_CARRIER_CAPACITY_FLOOR_DWT
        && options.lng_small_ship_coefficient == LngSmallShipCoefficient::Continuous
    {
        data::LNG_SMALL_A_CONTINUOUS
    } else {
        row.a
    };
    Ok(ReferenceLine {
        a,
        c: row.c,
        capacity,
        value_g_per_capacity_nm: a * capacity.powf(-row.c),
        source: row.source.to_string(),
    })
}

/// Reduction factor Z (%) for `year`: the user's value if given, else MEPC.338(76) /
/// MEPC.400(83) ([`data::REDUCTION_FACTORS_PERCENT`]). Errors with
/// [`Error::YearOutOfRange`] outside 2019–2030 unless the user supplied the year.
pub fn reduction_factor(year: i32, options: &CiiOptions) -> Result<f64> {
    if let Some(f) = options.reduction_factors.iter().find(|f| f.year == year) {
        return crate::error::in_range(
            || format!("cii.reduction_factors[year = {year}].percent"),
            f.percent,
            0.0,
            100.0,
        );
    }
    data::REDUCTION_FACTORS_PERCENT
        .iter()
        .find(|(y, _)| *y == year)
        .map(|(_, z)| *z)
        .ok_or_else(|| Error::YearOutOfRange {
            field: "year".into(),
            year,
            regime: "IMO CII reduction factors (MEPC.338(76) as amended by MEPC.400(83))".into(),
            expected: format!(
                "{}–{}; later factors are not yet set by IMO — supply them in CiiOptions::reduction_factors",
                data::REDUCTION_FACTOR_YEARS.0,
                data::REDUCTION_FACTOR_YEARS.1
            ),
        })
}

/// Required CII = (1 − Z/100) · CII_ref (MARPOL Annex VI reg. 28.4; G3), in g CO2/(capacity·nm).
pub fn required(ship: &CiiShip, year: i32, options: &CiiOptions) -> Result<f64> {
    let z = reduction_factor(year, options)?;
    Ok((1.0 - z / 100.0) * reference_line(ship, options)?.value_g_per_capacity_nm)
}

/// The four rating boundaries (MEPC.354(78)): superior = exp(d1)·required, lower =
/// exp(d2)·required, upper = exp(d3)·required, inferior = exp(d4)·required,
/// in g CO2/(capacity·nm).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingBoundaries {
    /// Required CII.
    pub required: f64,
    /// A/B boundary.
    pub superior: f64,
    /// B/C boundary.
    pub lower: f64,
    /// C/D boundary.
    pub upper: f64,
    /// D/E boundary.
    pub inferior: f64,
}

/// The dd vector exp(d1)…exp(d4) of `ship` (MEPC.354(78) Table 1).
pub fn dd_vector(ship: &CiiShip) -> Result<[f64; 4]> {
    ship.validate()?;
    let cap = ship.capacity();
    data::DD_VECTORS
        .iter()
        .find(|r| r.ship_type == ship.ship_type && cap >= r.from && cap < r.below)
        .map(|r| r.exp_d)
        .ok_or_else(|| Error::Undefined {
            quantity: "CII dd vector".into(),
            reason: format!(
                "no MEPC.354(78) row for {} of capacity {cap}",
                ship.ship_type
            ),
        })
}

/// The rating boundaries of `ship` in `year`.
pub fn boundaries(ship: &CiiShip, year: i32, options: &CiiOptions) -> Result<RatingBoundaries> {
    let req = required(ship, year, options)?;
    let [d1, d2, d3, d4] = dd_vector(ship)?;
    Ok(RatingBoundaries {
        required: req,
        superior: d1 * req,
        lower: d2 * req,
        upper: d3 * req,
        inferior: d4 * req,
    })
}

/// A CII rating (MARPOL Annex VI reg. 28.6; G4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CiiRating {
    /// Major superior performance.
    A,
    /// Minor superior performance.
    B,
    /// Moderate performance.
    C,
    /// Minor inferior performance.
    D,
    /// Inferior performance.
    E,
}

impl fmt::Display for CiiRating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CiiRating::A => "A",
            CiiRating::B => "B",
            CiiRating::C => "C",
            CiiRating::D => "D",
            CiiRating::E => "E",
        })
    }
}

impl RatingBoundaries {
    /// The grade of `attained` under `rule` (see [`BoundaryRule`]).
    pub fn grade(&self, attained: f64, rule: BoundaryRule) -> CiiRating {
        let better = |x: f64, b: f64| match rule {
            BoundaryRule::OnBoundaryWorseGrade => x < b,
            BoundaryRule::OnBoundaryBetterGrade => x <= b,
        };
        if better(attained, self.superior) {
            CiiRating::A
        } else if better(attained, self.lower) {
            CiiRating::B
        } else if better(attained, self.upper) {
            CiiRating::C
        } else if better(attained, self.inferior) {
            CiiRating::D
        } else {
            CiiRating::E
        }
    }
}

/// A CII rating of an attained value in one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiiRated {
    /// Calendar year.
    pub year: i32,
    /// Ship type.
    pub ship_type: CiiShipType,
    /// DWT or GT.
    pub capacity_basis: CapacityBasis,
    /// Attained CII, g CO2/(capacity·nm).
    pub attained_g_per_capacity_nm: f64,
    /// Reduction factor Z (%).
    pub reduction_factor_percent: f64,
    /// Reference line.
    pub reference_line: ReferenceLine,
    /// Boundaries (include the required CII).
    pub boundaries: RatingBoundaries,
    /// attained / required.
    pub attained_over_required: f64,
    /// The rating.
    pub rating: CiiRating,
}

/// Attained CII from a CO2 mass and a distance: M / (Capacity · D) in g CO2/(capacity·nm)
/// (MEPC.352(78), G1), with the capacity the [`CapacityCapPolicy`] prescribes. Errors on a
/// zero, negative or non-finite distance or CO2, and invalid particulars.
pub fn attained_from_co2(
    ship: &CiiShip,
    co2: Mass,
    distance: Length,
    options: &CiiOptions,
) -> Result<f64> {
    ship.validate()?;
    let m_g = crate::error::non_negative(|| "co2_t".into(), co2.tonnes())? * 1e6;
    let d = positive_distance("distance_nm", distance)?;
    let cap = attained_capacity(ship, options)?;
    // cap ≥ 1 and d is positive: only a vanishing distance can overflow the quotient.
    crate::numeric::checked_ratio(m_g / cap, d, "distance_nm", "the attained CII")
}

fn positive_distance(field: &str, distance: Length) -> Result<f64> {
    let d = crate::error::non_negative(|| field.into(), distance.nautical_miles())?;
    if d <= 0.0 {
        return Err(Error::OutOfRange {
            field: field.into(),
            value: d,
            expected: "a distance sailed greater than zero".into(),
        });
    }
    Ok(d)
}

fn attained_capacity(ship: &CiiShip, options: &CiiOptions) -> Result<f64> {
    Ok(match options.capacity_cap {
        CapacityCapPolicy::ReferenceLineOnly => ship.capacity(),
        CapacityCapPolicy::ReferenceLineAndAttained => reference_line(ship, options)?.capacity,
    })
}

/// A ship's full CII assessment for one year: the inputs that made the attained value, and
/// its rating.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiiAssessment {
    /// CO2 counted after any G5 deductions (t).
    #[serde(rename = "co2_t", with = "crate::units::serde_as::tonnes")]
    pub co2: Mass,
    /// Distance after any excluded distance D_x (nm).
    pub distance_nm: f64,
    /// Capacity in the attained CII's denominator (DWT or GT, after any capacity correction
    /// factor and the [`CapacityCapPolicy`]).
    pub attained_capacity: f64,
    /// The rating.
    pub rated: CiiRated,
}

/// Rates an attained CII (g CO2/(capacity·nm)) of `ship` in `year`.
pub fn rate(ship: &CiiShip, attained: f64, year: i32, options: &CiiOptions) -> Result<CiiRated> {
    crate::error::non_negative(|| "attained_cii".into(), attained)?;
    let reference = reference_line(ship, options)?;
    let z = reduction_factor(year, options)?;
    let b = boundaries(ship, year, options)?;
    Ok(CiiRated {
        year,
        ship_type: ship.ship_type,
        capacity_basis: ship.ship_type.capacity_basis(),
        attained_g_per_capacity_nm: attained,
        reduction_factor_percent: z,
        reference_line: reference,
        boundaries: b,
        attained_over_required: attained / b.required,
        rating: b.grade(attained, options.boundary_rule),
    })
}

/// MEPC.355(78) (G5, interim) correction factors and voyage adjustments.
///
/// ```text
///           Σ_j Cf_j · { FC_j − ( FC_voyage,j + TF_j + (0.75 − 0.03·y)·(FC_electrical,j + FC_boiler,j + FC_others,j) ) }
/// CII_att = ------------------------------------------------------------------------------------------------------------
///                                  f_i · f_m · f_c · f_iVSE · Capacity · (D_t − D_x)
/// ```
///
/// with y = year − 2023 and TF_j = (1 − AF_Tanker) · FC_j over the fuel of the shuttle or STS
/// operations. The deductions are given by Cf class so that they apply to any ledger.
/// Conf. C for the 0.75 − 0.03·y factor and the AF formulas (reference §1.6).
///
/// Deserialisation validates ([`CiiCorrections::validate`]); an omitted
/// `capacity_correction_factor` is 1 (none applies).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default, remote = "Self")]
pub struct CiiCorrections {
    /// Fuel of excluded voyage periods (ship safety, saving life at sea, ice navigation).
    pub excluded_voyage_fuel: Vec<FuelByClass>,
    /// Distance of the excluded voyage periods D_x (nm).
    pub excluded_distance_nm: f64,
    /// Fuel for cargo electrical power (reefers, cargo cooling, gas/LNG carriers, discharge pumps).
    pub electrical_fuel: Vec<FuelByClass>,
    /// Fuel of oil-fired boilers for cargo heating or discharge.
    pub boiler_fuel: Vec<FuelByClass>,
    /// Fuel of stand-alone engine-driven cargo pumps during discharge.
    pub other_equipment_fuel: Vec<FuelByClass>,
    /// Tanker operation adjustment (shuttle tankers with DP, STS operations).
    pub tanker_operation: Option<TankerOperation>,
    /// Product of the capacity correction factors f_i · f_m · f_c · f_iVSE from the EEXI
    /// technical file (1 when none apply).
    #[serde(default = "unit_factor")]
    pub capacity_correction_factor: f64,
}

fn unit_factor() -> f64 {
    1.0
}

impl CiiCorrections {
    /// Checks what needs no ship: every fuel mass finite and not negative, the excluded
    /// distance finite and not negative, the capacity correction factor finite and greater
    /// than zero.
    pub fn validate(&self) -> Result<()> {
        for (name, fuel) in [
            ("excluded_voyage_fuel", &self.excluded_voyage_fuel),
            ("electrical_fuel", &self.electrical_fuel),
            ("boiler_fuel", &self.boiler_fuel),
            ("other_equipment_fuel", &self.other_equipment_fuel),
        ] {
            co2_from_fuel(fuel, &format!("cii.corrections.{name}"))?;
        }
        if let Some(op) = &self.tanker_operation {
            co2_from_fuel(&op.fuel, "cii.corrections.tanker_operation.fuel")?;
        }
        crate::error::non_negative(
            || "cii.corrections.excluded_distance_nm".into(),
            self.excluded_distance_nm,
        )?;
        let f = crate::error::finite(
            || "cii.corrections.capacity_correction_factor".into(),
            self.capacity_correction_factor,
        )?;
        if f <= 0.0 {
            return Err(Error::OutOfRange {
                field: "cii.corrections.capacity_correction_factor".into(),
                value: f,
                expected: "a factor greater than zero (1 when none applies)".into(),
            });
        }
        Ok(())
    }
}

/// Tanker operations with their own adjustment factor in MEPC.355(78).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TankerOperation {
    /// Which operation.
    pub kind: TankerOperationKind,
    /// Fuel consumed in that operation.
    pub fuel: Vec<FuelByClass>,
}

/// The tanker operations of MEPC.355(78).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TankerOperationKind {
    /// Shuttle tanker with dynamic positioning: AF = 5.6805 · DWT^(−0.208).
    ShuttleTanker,
    /// Ship-to-ship transfer: AF = 6.1742 · DWT^(−0.246).
    ShipToShip,
}

impl CiiCorrections {
    /// No corrections (capacity correction 1).
    pub fn none() -> Self {
        Self {
            capacity_correction_factor: 1.0,
            ..Self::default()
        }
    }

    /// The CO2 deducted, Σ Cf (FC_voyage + TF + k·(FC_el + FC_boiler + FC_others)), for `year`
    /// and a ship of deadweight `dwt_t`.
    pub fn co2_deduction(&self, year: i32, dwt_t: f64) -> Result<Mass> {
        // In tonnes (f64), each sum checked so that an overflow names its group.
        let group = |fuel: &[FuelByClass], name: &'static str| -> Result<(&'static str, f64)> {
            Ok((name, co2_from_fuel(fuel, name)?.tonnes()))
        };
        let voyage = group(
            &self.excluded_voyage_fuel,
            "cii.corrections.excluded_voyage_fuel",
        )?;
        let equipment = crate::numeric::checked_sum(
            [
                group(&self.electrical_fuel, "cii.corrections.electrical_fuel")?,
                group(&self.boiler_fuel, "cii.corrections.boiler_fuel")?,
                group(
                    &self.other_equipment_fuel,
                    "cii.corrections.other_equipment_fuel",
                )?,
            ],
            "the equipment CO2",
        )?;
        let k = if equipment > 0.0 {
            equipment_factor(year)?
        } else {
            0.0
        };
        let tanker = match &self.tanker_operation {
            None => 0.0,
            Some(op) => {
                let af = tanker_adjustment_factor(op.kind, dwt_t)?;
                co2_from_fuel(&op.fuel, "cii.corrections.tanker_operation.fuel")?.tonnes()
                    * (1.0 - af).max(0.0)
            }
        };
        let total = crate::numeric::checked_sum(
            [
                voyage,
                ("cii.corrections.tanker_operation.fuel", tanker),
                ("cii.corrections.electrical_fuel", equipment * k),
            ],
            "the CO2 deducted",
        )?;
        Ok(tonnes(total))
    }
}

/// The G5 equipment factor 0.75 − 0.03·(year − 2023) (MEPC.355(78); conf. C). Errors before
/// 2023 (the guidelines apply from the first rating year) and after 2030 (with the CII table).
pub fn equipment_factor(year: i32) -> Result<f64> {
    if !(data::G5_FIRST_YEAR..=data::REDUCTION_FACTOR_YEARS.1).contains(&year) {
        return Err(Error::YearOutOfRange {
            field: "year".into(),
            year,
            regime: "CII voyage adjustments (MEPC.355(78))".into(),
            expected: format!("{}–{}", data::G5_FIRST_YEAR, data::REDUCTION_FACTOR_YEARS.1),
        });
    }
    Ok(data::G5_EQUIPMENT_FACTOR_2023
        - data::G5_EQUIPMENT_FACTOR_STEP
            * crate::numeric::years::year_span(data::G5_FIRST_YEAR, year) as f64)
}

/// AF_Tanker of MEPC.355(78) for a tanker of `dwt_t` (conf. C).
pub fn tanker_adjustment_factor(kind: TankerOperationKind, dwt_t: f64) -> Result<f64> {
    let dwt = crate::error::non_negative(|| "ship.deadweight_t".into(), dwt_t)?;
    if dwt <= 0.0 {
        return Err(Error::OutOfRange {
            field: "ship.deadweight_t".into(),
            value: dwt,
            expected: "a deadweight greater than zero for the tanker adjustment".into(),
        });
    }
    let (a, e) = match kind {
        TankerOperationKind::ShuttleTanker => data::AF_SHUTTLE_TANKER,
        TankerOperationKind::ShipToShip => data::AF_STS_TANKER,
    };
    Ok(a * dwt.powf(e))
}

/// Where the CO2 of a CII assessment comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum CiiFuel<'a> {
    /// A fuel ledger, accounted under [`AccountingBasis::imo_dcs`] (TtW CO2, Cf × mass; every
    /// entry counts, whatever its EU scope).
    Ledger(&'a FuelLedger),
    /// Annual fuel by Cf class (IMO DCS report).
    ByClass(&'a [FuelByClass]),
}

/// The full CII assessment of one ship-year: CO2 (from a ledger or fuel by Cf class), less the
/// G5 deductions, over capacity × (distance − excluded distance), rated against the year's
/// boundaries.
///
/// Errors: zero or negative distance or capacity, a year without a reduction factor, an empty
/// ledger, or a deduction larger than the CO2.
pub fn assess(
    ship: &CiiShip,
    fuel: CiiFuel<'_>,
    distance: Length,
    year: i32,
    corrections: Option<&CiiCorrections>,
    options: &CiiOptions,
) -> Result<CiiAssessment> {
    ship.validate()?;
    let co2 = match fuel {
        CiiFuel::Ledger(l) => AccountingBasis::imo_dcs().account(l)?.tank_to_wake,
        CiiFuel::ByClass(f) => co2_from_fuel(f, "fuel")?,
    };
    let d = positive_distance("distance_nm", distance)?;
    let (co2, d, f) = match corrections {
        None => (co2, d, 1.0),
        Some(c) => {
            let deducted = c.co2_deduction(year, ship.deadweight.tonnes())?;
            let left = tonnes(co2.tonnes() - deducted.tonnes());
            if left.tonnes() < 0.0 {
                return Err(Error::OutOfRange {
                    field: "cii.corrections".into(),
                    value: deducted.tonnes(),
                    expected: format!("deductions of at most the ship's CO2 ({} t)", co2.tonnes()),
                });
            }
            // Excluded distance ≥ 0 and the capacity factor > 0, checked once.
            c.validate()?;
            let (dx, f) = (c.excluded_distance_nm, c.capacity_correction_factor);
            let net = d - dx;
            if net <= 0.0 {
                return Err(Error::OutOfRange {
                    field: "cii.corrections.excluded_distance_nm".into(),
                    value: dx,
                    expected: format!("less than the distance sailed ({d} nm)"),
                });
            }
            (left, net, f)
        }
    };
    let cap = f * attained_capacity(ship, options)?;
    let attained = crate::numeric::checked_ratio(
        crate::numeric::checked_ratio(
            co2.tonnes() * 1e6,
            cap,
            "cii.corrections.capacity_correction_factor",
            "the attained CII",
        )?,
        d,
        "distance_nm",
        "the attained CII",
    )?;
    Ok(CiiAssessment {
        co2,
        distance_nm: d,
        attained_capacity: cap,
        rated: rate(ship, attained, year, options)?,
    })
}

/// The years in which a corrective action plan (SEEMP Part III) is required: a rating of E,
/// or a D that is the third of three consecutive D years (MARPOL Annex VI reg. 28.7/28.8:
/// "rated as D for three consecutive years or rated as E"). Years are taken in order; a
/// missing year breaks a run of D's. A fourth consecutive D triggers again.
///
/// Errors: a year outside [`YEAR_MIN`](crate::numeric::years::YEAR_MIN)–
/// [`YEAR_MAX`](crate::numeric::years::YEAR_MAX) ([`Error::YearOutOfRange`] naming
/// `ratings[i].year`), or a year rated twice ([`Error::OutOfRange`] naming `ratings[i].year`:
/// a ship has one rating a year).
///
/// ```
/// use green_corridor::regulation::cii::{checked_corrective_action_years, CiiRating::*};
/// let years = checked_corrective_action_years(&[(2023, D), (2024, D), (2025, D), (2026, C), (2027, E)])?;
/// assert_eq!(years, vec![2025, 2027]);
/// assert!(checked_corrective_action_years(&[(i32::MAX, D)]).is_err());
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn checked_corrective_action_years(ratings: &[(i32, CiiRating)]) -> Result<Vec<i32>> {
    let mut seen: Vec<i32> = Vec::with_capacity(ratings.len());
    for (i, (y, _)) in ratings.iter().enumerate() {
        let field = format!("ratings[{i}].year");
        crate::numeric::years::check_year(&field, *y)?;
        if seen.contains(y) {
            return Err(Error::OutOfRange {
                field,
                value: f64::from(*y),
                expected: "one rating per year (this year is rated twice)".into(),
            });
        }
        seen.push(*y);
    }
    Ok(corrective_action_years(ratings))
}

/// [`checked_corrective_action_years`] without the checks, for any `i32` years: never panics
/// (year differences are taken in wide arithmetic); a year rated twice breaks a run of D's.
/// Prefer the checked form at a public boundary.
///
/// ```
/// use green_corridor::regulation::cii::{corrective_action_years, CiiRating::*};
/// let years = corrective_action_years(&[(2023, D), (2024, D), (2025, D), (2026, C), (2027, E)]);
/// assert_eq!(years, vec![2025, 2027]);
/// assert!(corrective_action_years(&[(i32::MAX, D), (i32::MAX, D)]).is_empty());
/// ```
pub fn corrective_action_years(ratings: &[(i32, CiiRating)]) -> Vec<i32> {
    let mut sorted: Vec<(i32, CiiRating)> = ratings.to_vec();
    sorted.sort_by_key(|(y, _)| *y);
    let mut out = Vec::new();
    let mut run = 0u32;
    let mut last_year: Option<i32> = None;
    for (y, r) in sorted {
        if last_year.is_some_and(|l| crate::numeric::years::year_span(l, y) != 1) {
            run = 0;
        }
        last_year = Some(y);
        match r {
            CiiRating::E => {
                run = 0;
                out.push(y);
            }
            CiiRating::D => {
                run = run.saturating_add(1);
                if run >= 3 {
                    out.push(y);
                }
            }
            _ => run = 0,
        }
    }
    out
}

crate::numeric::validated_serde!(FuelByClass, |v| crate::error::non_negative(
    || "mass_t".into(),
    v.mass.tonnes()
)
.map(|_| ()));

impl ReductionFactor {
    /// Checks the year (1900–2200) and that Z is a percentage from 0 to 100.
    pub fn validate(&self) -> Result<()> {
        crate::numeric::years::check_year("cii.reduction_factors.year", self.year)?;
        crate::error::in_range(
            || format!("cii.reduction_factors[year = {}].percent", self.year),
            self.percent,
            0.0,
            100.0,
        )
        .map(|_| ())
    }
}
crate::numeric::validated_serde!(ReductionFactor, |v| v.validate());

crate::numeric::validated_serde!(CiiCorrections, |v| v.validate());

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> CiiOptions {
        CiiOptions::default()
    }

    #[test]
    fn every_type_has_a_line_and_a_dd_row_at_small_and_large_sizes() {
        for &t in CiiShipType::ALL {
            for cap in [
                1_000.0, 25_000.0, 64_999.0, 65_000.0, 99_999.0, 100_000.0, 500_000.0,
            ] {
                let s = CiiShip::new(t, tonnes(cap), cap).unwrap();
                let r = reference_line(&s, &opts()).unwrap();
                assert!(r.value_g_per_capacity_nm.is_finite() && r.value_g_per_capacity_nm > 0.0);
                let dd = dd_vector(&s).unwrap();
                assert!(dd.windows(2).all(|w| w[0] < w[1]));
            }
        }
    }

    #[test]
    fn names_round_trip() {
        for &t in CiiShipType::ALL {
            assert_eq!(t.name().parse::<CiiShipType>().unwrap(), t);
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{}\"", t.name()));
        }
        assert!(matches!(
            "ferry".parse::<CiiShipType>(),
            Err(Error::UnknownName { .. })
        ));
    }

    #[test]
    fn equipment_factor_ramp() {
        assert!((equipment_factor(2023).unwrap() - 0.75).abs() < 1e-12);
        assert!((equipment_factor(2030).unwrap() - 0.54).abs() < 1e-12);
        assert!(equipment_factor(2022).is_err());
        assert!(equipment_factor(2031).is_err());
    }

    #[test]
    fn corrective_action_gap_breaks_run() {
        use CiiRating::*;
        assert_eq!(
            corrective_action_years(&[(2023, D), (2024, D), (2026, D)]),
            Vec::<i32>::new()
        );
        assert_eq!(
            corrective_action_years(&[(2025, D), (2023, D), (2024, D), (2026, D)]),
            vec![2025, 2026]
        );
    }
}
