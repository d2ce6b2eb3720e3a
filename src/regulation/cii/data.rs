//! Versioned constants of the IMO CII, each with its instrument and table.
//!
//! * Reference lines: Res. MEPC.353(78) (2022 CII reference-line guidelines, G2), Table 1,
//!   adopted 10 June 2022; supersedes MEPC.337(76).
//! * Rating boundaries (dd vectors): Res. MEPC.354(78) (2022 CII rating guidelines, G4),
//!   Table 1, adopted 10 June 2022; supersedes MEPC.339(76).
//! * Reduction factors Z: Res. MEPC.338(76) (2021 reduction-factor guidelines, G3), as amended
//!   by Res. MEPC.400(83) (MEPC 83, April 2025) for 2027–2030.
//! * CO2 conversion factors Cf: Res. MEPC.364(79) (2022 EEDI calculation guidelines), the
//!   table IMO DCS and the CII (MEPC.352(78), G1) use.
//! * Voyage adjustments: Res. MEPC.355(78) (2022 interim guidelines on correction factors and
//!   voyage adjustments, G5).
//!
//! Transcriptions were cross-checked in `docs/data-sources.md`, "IMO CII — MEPC.353(78) Table 1
//! reference lines" and the following CII sections; where a value rests on one source (conf. C,
//! "single" there) the doc comment says so.

use super::{CapacityBasis, CfClass, CiiShipType};

/// How the capacity that enters `a · Capacity^(−c)` is found within a size band.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum RowCapacity {
    /// The ship's own DWT or GT.
    Actual,
    /// A fixed value printed in MEPC.353(78) Table 1 (a cap or a floor).
    Fixed(f64),
}

/// One row of MEPC.353(78) Table 1: for ships of `ship_type` whose capacity (DWT or GT, per
/// [`CiiShipType::capacity_basis`]) is in `[from, below)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct ReferenceRow {
    pub ship_type: CiiShipType,
    pub from: f64,
    pub below: f64,
    pub a: f64,
    pub c: f64,
    pub capacity: RowCapacity,
    pub source: &'static str,
}

/// LNG carriers below 65,000 DWT: `a` as printed in MEPC.353(78) Table 1, 14779E10.
/// It is not continuous with the 65,000–100,000 DWT band (`docs/data-sources.md`, "IMO CII —
/// MEPC.353(78) Table 1 reference lines");
/// the printed value is the default.
pub const LNG_SMALL_A_PRINTED: f64 = 14779e10;
/// LNG carriers below 65,000 DWT: `a` = 14479E10, the value of the 65,000–100,000 DWT band
/// (continuous at 65,000 DWT; printed in MEPC.337(76) as transcribed by Open IMO CII @8aa8dbe).
/// Selectable with [`LngSmallShipCoefficient::Continuous`](super::LngSmallShipCoefficient).
pub const LNG_SMALL_A_CONTINUOUS: f64 = 14479e10;

/// Bulk carriers: the reference line uses at most 279,000 DWT (MEPC.353(78) Table 1).
pub const BULK_CARRIER_CAPACITY_CAP_DWT: f64 = 279_000.0;
/// Ro-ro cargo ships (vehicle carriers): the reference line uses at most 57,700 GT
/// (MEPC.353(78) Table 1; "57,000" elsewhere is a typo, `docs/data-sources.md`, "IMO CII —
/// MEPC.353(78) Table 1 reference lines").
pub const VEHICLE_CARRIER_CAPACITY_CAP_GT: f64 = 57_700.0;
/// LNG carriers: the reference line uses at least 65,000 DWT (MEPC.353(78) Table 1).
pub const LNG_CARRIER_CAPACITY_FLOOR_DWT: f64 = 65_000.0;

const INF: f64 = f64::INFINITY;

/// MEPC.353(78) Table 1 (G2, 2022): reference-line parameters `a`, `c` and the capacity rule
/// for every ship type and size band. The LNG < 65,000 DWT row holds the printed `a`; the
/// alternative is applied by the caller when chosen.
pub(super) const REFERENCE_LINES: &[ReferenceRow] = {
    use CiiShipType as T;
    use RowCapacity::{Actual, Fixed};
    &[
        ReferenceRow {
            ship_type: T::BulkCarrier,
            from: 279_000.0,
            below: INF,
            a: 4745.0,
            c: 0.622,
            capacity: Fixed(BULK_CARRIER_CAPACITY_CAP_DWT),
            source: "MEPC.353(78) Table 1: bulk carrier >= 279,000 DWT, capacity 279,000",
        },
        ReferenceRow {
            ship_type: T::BulkCarrier,
            from: 0.0,
            below: 279_000.0,
            a: 4745.0,
            c: 0.622,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: bulk carrier < 279,000 DWT",
        },
        ReferenceRow {
            ship_type: T::GasCarrier,
            from: 65_000.0,
            below: INF,
            a: 14405e7,
            c: 2.071,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: gas carrier >= 65,000 DWT",
        },
        ReferenceRow {
            ship_type: T::GasCarrier,
            from: 0.0,
            below: 65_000.0,
            a: 8104.0,
            c: 0.639,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: gas carrier < 65,000 DWT",
        },
        ReferenceRow {
            ship_type: T::Tanker,
            from: 0.0,
            below: INF,
            a: 5247.0,
            c: 0.610,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: tanker",
        },
        ReferenceRow {
            ship_type: T::ContainerShip,
            from: 0.0,
            below: INF,
            a: 1984.0,
            c: 0.489,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: container ship",
        },
        ReferenceRow {
            ship_type: T::GeneralCargoShip,
            from: 20_000.0,
            below: INF,
            a: 31948.0,
            c: 0.792,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: general cargo ship >= 20,000 DWT (c 0.792; 0.793 on one web page, reference §7.5)",
        },
        ReferenceRow {
            ship_type: T::GeneralCargoShip,
            from: 0.0,
            below: 20_000.0,
            a: 588.0,
            c: 0.3885,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: general cargo ship < 20,000 DWT",
        },
        ReferenceRow {
            ship_type: T::RefrigeratedCargoCarrier,
            from: 0.0,
            below: INF,
            a: 4600.0,
            c: 0.557,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: refrigerated cargo carrier",
        },
        ReferenceRow {
            ship_type: T::CombinationCarrier,
            from: 0.0,
            below: INF,
            a: 5119.0,
            c: 0.622,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: combination carrier (MEPC.337(76) had 40853/0.812, superseded)",
        },
        ReferenceRow {
            ship_type: T::LngCarrier,
            from: 100_000.0,
            below: INF,
            a: 9.827,
            c: 0.000,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: LNG carrier >= 100,000 DWT",
        },
        ReferenceRow {
            ship_type: T::LngCarrier,
            from: 65_000.0,
            below: 100_000.0,
            a: 14479e10,
            c: 2.673,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: LNG carrier 65,000-100,000 DWT",
        },
        ReferenceRow {
            ship_type: T::LngCarrier,
            from: 0.0,
            below: 65_000.0,
            a: LNG_SMALL_A_PRINTED,
            c: 2.673,
            capacity: Fixed(LNG_CARRIER_CAPACITY_FLOOR_DWT),
            source: "MEPC.353(78) Table 1: LNG carrier < 65,000 DWT, capacity 65,000, a 14779E10 as printed",
        },
        ReferenceRow {
            ship_type: T::RoRoCargoShipVehicleCarrier,
            from: 57_700.0,
            below: INF,
            a: 3627.0,
            c: 0.590,
            capacity: Fixed(VEHICLE_CARRIER_CAPACITY_CAP_GT),
            source: "MEPC.353(78) Table 1: ro-ro cargo ship (vehicle carrier) >= 57,700 GT, capacity 57,700",
        },
        ReferenceRow {
            ship_type: T::RoRoCargoShipVehicleCarrier,
            from: 30_000.0,
            below: 57_700.0,
            a: 3627.0,
            c: 0.590,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: ro-ro cargo ship (vehicle carrier) 30,000-57,700 GT",
        },
        ReferenceRow {
            ship_type: T::RoRoCargoShipVehicleCarrier,
            from: 0.0,
            below: 30_000.0,
            a: 330.0,
            c: 0.329,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: ro-ro cargo ship (vehicle carrier) < 30,000 GT",
        },
        ReferenceRow {
            ship_type: T::RoRoCargoShip,
            from: 0.0,
            below: INF,
            a: 1967.0,
            c: 0.485,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: ro-ro cargo ship (GT)",
        },
        ReferenceRow {
            ship_type: T::RoRoPassengerShip,
            from: 0.0,
            below: INF,
            a: 2023.0,
            c: 0.460,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: ro-ro passenger ship (GT)",
        },
        ReferenceRow {
            ship_type: T::RoRoPassengerShipHighSpeedCraft,
            from: 0.0,
            below: INF,
            a: 4196.0,
            c: 0.460,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: high-speed craft designed to SOLAS chapter X (GT)",
        },
        ReferenceRow {
            ship_type: T::CruisePassengerShip,
            from: 0.0,
            below: INF,
            a: 930.0,
            c: 0.383,
            capacity: Actual,
            source: "MEPC.353(78) Table 1: cruise passenger ship (GT)",
        },
    ]
};

/// One row of MEPC.354(78) Table 1: exp(d1)…exp(d4) for ships of `ship_type` whose capacity
/// is in `[from, below)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct DdRow {
    pub ship_type: CiiShipType,
    pub from: f64,
    pub below: f64,
    /// exp(d1), exp(d2), exp(d3), exp(d4).
    pub exp_d: [f64; 4],
    pub source: &'static str,
}

/// MEPC.354(78) Table 1 (G4, 2022): dd vectors as exp(d1)…exp(d4). G4 has no high-speed-craft
/// row; high-speed craft use the ro-ro passenger row (conf. C; `docs/data-sources.md`, "IMO CII
/// — MEPC.354(78) Table 1 rating boundaries"). LNG
/// carriers split at 100,000 DWT here, not at the G2 bands.
pub(super) const DD_VECTORS: &[DdRow] = {
    use CiiShipType as T;
    &[
        DdRow {
            ship_type: T::BulkCarrier,
            from: 0.0,
            below: INF,
            exp_d: [0.86, 0.94, 1.06, 1.18],
            source: "MEPC.354(78) Table 1: bulk carrier",
        },
        DdRow {
            ship_type: T::GasCarrier,
            from: 65_000.0,
            below: INF,
            exp_d: [0.81, 0.91, 1.12, 1.44],
            source: "MEPC.354(78) Table 1: gas carrier >= 65,000 DWT",
        },
        DdRow {
            ship_type: T::GasCarrier,
            from: 0.0,
            below: 65_000.0,
            exp_d: [0.85, 0.95, 1.06, 1.25],
            source: "MEPC.354(78) Table 1: gas carrier < 65,000 DWT",
        },
        DdRow {
            ship_type: T::Tanker,
            from: 0.0,
            below: INF,
            exp_d: [0.82, 0.93, 1.08, 1.28],
            source: "MEPC.354(78) Table 1: tanker",
        },
        DdRow {
            ship_type: T::ContainerShip,
            from: 0.0,
            below: INF,
            exp_d: [0.83, 0.94, 1.07, 1.19],
            source: "MEPC.354(78) Table 1: container ship",
        },
        DdRow {
            ship_type: T::GeneralCargoShip,
            from: 0.0,
            below: INF,
            exp_d: [0.83, 0.94, 1.06, 1.19],
            source: "MEPC.354(78) Table 1: general cargo ship",
        },
        DdRow {
            ship_type: T::RefrigeratedCargoCarrier,
            from: 0.0,
            below: INF,
            exp_d: [0.78, 0.91, 1.07, 1.20],
            source: "MEPC.354(78) Table 1: refrigerated cargo carrier",
        },
        DdRow {
            ship_type: T::CombinationCarrier,
            from: 0.0,
            below: INF,
            exp_d: [0.87, 0.96, 1.06, 1.14],
            source: "MEPC.354(78) Table 1: combination carrier",
        },
        DdRow {
            ship_type: T::LngCarrier,
            from: 100_000.0,
            below: INF,
            exp_d: [0.89, 0.98, 1.06, 1.13],
            source: "MEPC.354(78) Table 1: LNG carrier >= 100,000 DWT",
        },
        DdRow {
            ship_type: T::LngCarrier,
            from: 0.0,
            below: 100_000.0,
            exp_d: [0.78, 0.92, 1.10, 1.37],
            source: "MEPC.354(78) Table 1: LNG carrier < 100,000 DWT",
        },
        DdRow {
            ship_type: T::RoRoCargoShipVehicleCarrier,
            from: 0.0,
            below: INF,
            exp_d: [0.86, 0.94, 1.06, 1.16],
            source: "MEPC.354(78) Table 1: ro-ro cargo ship (vehicle carrier)",
        },
        DdRow {
            ship_type: T::RoRoCargoShip,
            from: 0.0,
            below: INF,
            exp_d: [0.76, 0.89, 1.08, 1.27],
            source: "MEPC.354(78) Table 1: ro-ro cargo ship",
        },
        DdRow {
            ship_type: T::RoRoPassengerShip,
            from: 0.0,
            below: INF,
            exp_d: [0.76, 0.92, 1.14, 1.30],
            source: "MEPC.354(78) Table 1: ro-ro passenger ship",
        },
        DdRow {
            ship_type: T::RoRoPassengerShipHighSpeedCraft,
            from: 0.0,
            below: INF,
            exp_d: [0.76, 0.92, 1.14, 1.30],
            source: "MEPC.354(78) Table 1 has no HSC row: ro-ro passenger ship row used (conf. C)",
        },
        DdRow {
            ship_type: T::CruisePassengerShip,
            from: 0.0,
            below: INF,
            exp_d: [0.87, 0.95, 1.06, 1.16],
            source: "MEPC.354(78) Table 1: cruise passenger ship",
        },
    ]
};

/// Reduction factor Z (% below the 2019 reference line) by year.
///
/// * 2019–2026: Res. MEPC.338(76) (G3), Table 1 (2019 = 0, the reference year; 2020–2022
///   1/2/3 %; 2023–2026 5/7/9/11 %).
/// * 2027–2030: Res. MEPC.400(83) (MEPC 83, April 2025): 13.625 / 16.25 / 18.875 / 21.5 %
///   (+2.625 percentage points a year). Not the extrapolated 13/15/17/19 % some calculators
///   ship.
/// * After 2030: not defined (CII review phase 2 pending) — an error unless the user supplies
///   a value.
pub const REDUCTION_FACTORS_PERCENT: &[(i32, f64)] = &[
    (2019, 0.0),
    (2020, 1.0),
    (2021, 2.0),
    (2022, 3.0),
    (2023, 5.0),
    (2024, 7.0),
    (2025, 9.0),
    (2026, 11.0),
    (2027, 13.625),
    (2028, 16.25),
    (2029, 18.875),
    (2030, 21.5),
];

/// First and last year of [`REDUCTION_FACTORS_PERCENT`].
pub const REDUCTION_FACTOR_YEARS: (i32, i32) = (2019, 2030);

/// CO2 conversion factor Cf (t CO2 / t fuel) by fuel class: Res. MEPC.364(79), 2022 EEDI
/// guidelines, table of Cf (same table as MEPC.308(73)); used by IMO DCS and by G1
/// (MEPC.352(78)) for the attained CII.
pub const CF_T_CO2_PER_T_FUEL: &[(CfClass, f64)] = &[
    (CfClass::DieselGasOil, 3.206),
    (CfClass::LightFuelOil, 3.151),
    (CfClass::HeavyFuelOil, 3.114),
    (CfClass::LpgPropane, 3.000),
    (CfClass::LpgButane, 3.030),
    (CfClass::Ethane, 2.927),
    (CfClass::Lng, 2.750),
    (CfClass::Methanol, 1.375),
    (CfClass::Ethanol, 1.913),
];

/// MEPC.355(78) (G5) voyage adjustment for fuel used for cargo electrical power, cargo
/// heating boilers and other cargo equipment: the deducted share is `0.75 − 0.03·y`, with
/// y = years since 2023. Source: one code transcription (GH:venkat), consistent with DNV's
/// "Corrected CII" element list (conf. C — the PDF was not read; `docs/data-sources.md`,
/// "IMO CII — MEPC.355(78) G5 corrections").
pub const G5_EQUIPMENT_FACTOR_2023: f64 = 0.75;
/// Yearly decrease of the G5 equipment factor (MEPC.355(78); conf. C, see above).
pub const G5_EQUIPMENT_FACTOR_STEP: f64 = 0.03;
/// First year of the G5 equipment factor (y = 0 in 2023; MEPC.355(78)).
pub const G5_FIRST_YEAR: i32 = 2023;

/// MEPC.355(78): AF_Tanker for shuttle tankers with dynamic positioning,
/// `5.6805 · DWT^(−0.208)` (conf. C, one transcription; DNV names the factor).
pub const AF_SHUTTLE_TANKER: (f64, f64) = (5.6805, -0.208);
/// MEPC.355(78): AF_Tanker for oil tankers in ship-to-ship operations,
/// `6.1742 · DWT^(−0.246)` (conf. C, one transcription).
pub const AF_STS_TANKER: (f64, f64) = (6.1742, -0.246);

/// The capacity basis of each ship type, MEPC.352(78) (G1) and MEPC.353(78) Table 1: DWT for
/// cargo ships carrying mass, GT for cruise, ro-pax, ro-ro cargo and vehicle carriers.
pub(super) fn capacity_basis(t: CiiShipType) -> CapacityBasis {
    use CiiShipType as T;
    match t {
        T::BulkCarrier
        | T::GasCarrier
        | T::Tanker
        | T::ContainerShip
        | T::GeneralCargoShip
        | T::RefrigeratedCargoCarrier
        | T::CombinationCarrier
        | T::LngCarrier => CapacityBasis::Deadweight,
        T::RoRoCargoShipVehicleCarrier
        | T::RoRoCargoShip
        | T::RoRoPassengerShip
        | T::RoRoPassengerShipHighSpeedCraft
        | T::CruisePassengerShip => CapacityBasis::GrossTonnage,
    }
}
