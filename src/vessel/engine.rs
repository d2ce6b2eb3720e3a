//! Engine types of the Fourth IMO GHG Study and their FuelEU converter classes.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::fuel::ConverterClass;
use crate::vessel::data::table_19::SfcRow;

/// A main or auxiliary engine type (Fourth IMO GHG Study 2020, Table 19 rows, plus fuel
/// cells).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EngineType {
    /// Slow-speed diesel (≤ 300 rpm), two-stroke. Burns oils, and methanol or ammonia as the
    /// primary fuel of a dual-fuel engine.
    SlowSpeedDiesel,
    /// Medium-speed diesel (301–900 rpm).
    MediumSpeedDiesel,
    /// High-speed diesel (> 900 rpm).
    HighSpeedDiesel,
    /// LNG Otto cycle, dual fuel, medium speed (four-stroke DF, e.g. DFDE LNG carriers).
    LngOttoMediumSpeed,
    /// LNG Otto cycle, dual fuel, slow speed (two-stroke low-pressure DF, e.g. X-DF).
    LngOttoSlowSpeed,
    /// LNG Diesel cycle, dual fuel, slow speed (two-stroke high-pressure injection, e.g. ME-GI).
    LngDiesel,
    /// Lean-burn spark-ignited gas engine (LBSI).
    LeanBurnSparkIgnited,
    /// Gas turbine.
    GasTurbine,
    /// Steam turbine.
    SteamTurbine,
    /// Fuel cell with electric propulsion.
    FuelCellElectric,
}

impl EngineType {
    /// Every engine type.
    pub const ALL: &'static [EngineType] = &[
        EngineType::SlowSpeedDiesel,
        EngineType::MediumSpeedDiesel,
        EngineType::HighSpeedDiesel,
        EngineType::LngOttoMediumSpeed,
        EngineType::LngOttoSlowSpeed,
        EngineType::LngDiesel,
        EngineType::LeanBurnSparkIgnited,
        EngineType::GasTurbine,
        EngineType::SteamTurbine,
        EngineType::FuelCellElectric,
    ];

    /// The FuelEU fuel consumer class (Reg. (EU) 2023/1805 Annex II) of the engine: diesel
    /// engines → [`ConverterClass::Ice`]; LNG Otto MS/SS, LNG Diesel and LBSI → their own
    /// methane-slip classes; gas turbine → [`ConverterClass::GasTurbine`]; steam turbine →
    /// [`ConverterClass::SteamTurbineOrBoiler`]; fuel cell → [`ConverterClass::FuelCell`].
    pub fn converter_class(self) -> ConverterClass {
        match self {
            EngineType::SlowSpeedDiesel
            | EngineType::MediumSpeedDiesel
            | EngineType::HighSpeedDiesel => ConverterClass::Ice,
            EngineType::LngOttoMediumSpeed => ConverterClass::LngOttoMediumSpeed,
            EngineType::LngOttoSlowSpeed => ConverterClass::LngOttoSlowSpeed,
            EngineType::LngDiesel => ConverterClass::LngDieselSlowSpeed,
            EngineType::LeanBurnSparkIgnited => ConverterClass::LeanBurnSparkIgnited,
            EngineType::GasTurbine => ConverterClass::GasTurbine,
            EngineType::SteamTurbine => ConverterClass::SteamTurbineOrBoiler,
            EngineType::FuelCellElectric => ConverterClass::FuelCell,
        }
    }

    /// Whether the main-engine SFC follows the load curve of the Fourth IMO GHG Study
    /// (reciprocating oil and gas engines) rather than being load-independent (gas and steam
    /// turbines; fuel cells, which the study does not model).
    pub fn has_load_dependent_sfc(self) -> bool {
        !matches!(
            self,
            EngineType::GasTurbine | EngineType::SteamTurbine | EngineType::FuelCellElectric
        )
    }

    /// The Table 19 row giving this engine's baseline SFC when it is a main engine, and whether
    /// that row is the engine's own (`true`) or a documented proxy (`false`): the study's
    /// LNG-Otto slow-speed and LNG-Diesel rows were not transcribed, so these two engines use
    /// the slow-speed diesel row through energy equivalence (see [`crate::vessel::sfc`]).
    /// `None` for fuel cells, which need a user baseline.
    pub fn main_engine_sfc_row(self) -> Option<(SfcRow, bool)> {
        Some(match self {
            EngineType::SlowSpeedDiesel => (SfcRow::SlowSpeedDiesel, true),
            EngineType::MediumSpeedDiesel => (SfcRow::MediumSpeedDiesel, true),
            EngineType::HighSpeedDiesel => (SfcRow::HighSpeedDiesel, true),
            EngineType::LngOttoMediumSpeed => (SfcRow::LngOttoMediumSpeed, true),
            EngineType::LngOttoSlowSpeed | EngineType::LngDiesel => {
                (SfcRow::SlowSpeedDiesel, false)
            }
            EngineType::LeanBurnSparkIgnited => (SfcRow::LeanBurnSparkIgnited, true),
            EngineType::GasTurbine => (SfcRow::GasTurbine, true),
            EngineType::SteamTurbine => (SfcRow::SteamTurbineOrBoiler, true),
            EngineType::FuelCellElectric => return None,
        })
    }

    /// The diesel engine type for a rated speed in rpm: ≤ 300 slow, 301–900 medium, > 900 high
    /// speed (assignment rule of the MTCC implementation of the Fourth IMO GHG Study 2020;
    /// `docs/data-sources.md`, "Fourth IMO GHG Study — Table 19 baseline SFC").
    ///
    /// Errors: a NaN, infinite, zero or negative rpm.
    ///
    /// ```
    /// use green_corridor::vessel::EngineType;
    /// assert_eq!(EngineType::diesel_from_rpm(80.0)?, EngineType::SlowSpeedDiesel);
    /// assert_eq!(EngineType::diesel_from_rpm(720.0)?, EngineType::MediumSpeedDiesel);
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn diesel_from_rpm(rpm: f64) -> Result<EngineType> {
        crate::error::non_negative(|| "engine.rpm".into(), rpm)?;
        if rpm == 0.0 {
            return Err(crate::Error::OutOfRange {
                field: "engine.rpm".into(),
                value: rpm,
                expected: "a positive rated speed in rpm".into(),
            });
        }
        Ok(if rpm <= 300.0 {
            EngineType::SlowSpeedDiesel
        } else if rpm <= 900.0 {
            EngineType::MediumSpeedDiesel
        } else {
            EngineType::HighSpeedDiesel
        })
    }

    /// The type's name as written in scenario files.
    pub fn name(self) -> &'static str {
        match self {
            EngineType::SlowSpeedDiesel => "slow_speed_diesel",
            EngineType::MediumSpeedDiesel => "medium_speed_diesel",
            EngineType::HighSpeedDiesel => "high_speed_diesel",
            EngineType::LngOttoMediumSpeed => "lng_otto_medium_speed",
            EngineType::LngOttoSlowSpeed => "lng_otto_slow_speed",
            EngineType::LngDiesel => "lng_diesel",
            EngineType::LeanBurnSparkIgnited => "lean_burn_spark_ignited",
            EngineType::GasTurbine => "gas_turbine",
            EngineType::SteamTurbine => "steam_turbine",
            EngineType::FuelCellElectric => "fuel_cell_electric",
        }
    }
}

impl fmt::Display for EngineType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converter_classes_follow_the_annex_ii_consumer_classes() {
        assert_eq!(
            EngineType::SlowSpeedDiesel.converter_class(),
            ConverterClass::Ice
        );
        assert_eq!(
            EngineType::HighSpeedDiesel.converter_class(),
            ConverterClass::Ice
        );
        assert_eq!(
            EngineType::LngOttoMediumSpeed.converter_class(),
            ConverterClass::LngOttoMediumSpeed
        );
        assert_eq!(
            EngineType::LngDiesel.converter_class(),
            ConverterClass::LngDieselSlowSpeed
        );
        assert_eq!(
            EngineType::SteamTurbine.converter_class(),
            ConverterClass::SteamTurbineOrBoiler
        );
        assert_eq!(
            EngineType::FuelCellElectric.converter_class(),
            ConverterClass::FuelCell
        );
    }

    #[test]
    fn rpm_rule_edges() {
        assert_eq!(
            EngineType::diesel_from_rpm(300.0).unwrap(),
            EngineType::SlowSpeedDiesel
        );
        assert_eq!(
            EngineType::diesel_from_rpm(301.0).unwrap(),
            EngineType::MediumSpeedDiesel
        );
        assert_eq!(
            EngineType::diesel_from_rpm(900.0).unwrap(),
            EngineType::MediumSpeedDiesel
        );
        assert_eq!(
            EngineType::diesel_from_rpm(901.0).unwrap(),
            EngineType::HighSpeedDiesel
        );
        assert!(EngineType::diesel_from_rpm(0.0).is_err());
        assert!(EngineType::diesel_from_rpm(f64::NAN).is_err());
    }
}
