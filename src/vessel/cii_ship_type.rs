//! The ship types of the IMO Carbon Intensity Indicator.
//!
//! The type belongs to the ship (a vessel's particulars name it), so it lives in the vessel
//! layer; the CII tables that use it are in [`crate::regulation::cii`].

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Ship types of the CII (MEPC.353(78) Table 1; MARPOL Annex VI reg. 2 definitions).
///
/// The serde and [`FromStr`] names are the snake_case variant names (e.g. `"container_ship"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CiiShipType {
    /// Bulk carrier (DWT).
    BulkCarrier,
    /// Gas carrier (DWT).
    GasCarrier,
    /// Tanker (DWT).
    Tanker,
    /// Container ship (DWT).
    ContainerShip,
    /// General cargo ship (DWT).
    GeneralCargoShip,
    /// Refrigerated cargo carrier (DWT).
    RefrigeratedCargoCarrier,
    /// Combination carrier (DWT).
    CombinationCarrier,
    /// LNG carrier (DWT).
    LngCarrier,
    /// Ro-ro cargo ship (vehicle carrier) (GT).
    RoRoCargoShipVehicleCarrier,
    /// Ro-ro cargo ship (GT).
    RoRoCargoShip,
    /// Ro-ro passenger ship (GT).
    RoRoPassengerShip,
    /// Ro-ro passenger ship that is a high-speed craft designed to SOLAS chapter X (GT). G2 has
    /// its own reference line; G4 has no dd row, so the ro-ro passenger row is used.
    RoRoPassengerShipHighSpeedCraft,
    /// Cruise passenger ship (GT).
    CruisePassengerShip,
}

impl CiiShipType {
    /// Every ship type.
    pub const ALL: &'static [CiiShipType] = &[
        CiiShipType::BulkCarrier,
        CiiShipType::GasCarrier,
        CiiShipType::Tanker,
        CiiShipType::ContainerShip,
        CiiShipType::GeneralCargoShip,
        CiiShipType::RefrigeratedCargoCarrier,
        CiiShipType::CombinationCarrier,
        CiiShipType::LngCarrier,
        CiiShipType::RoRoCargoShipVehicleCarrier,
        CiiShipType::RoRoCargoShip,
        CiiShipType::RoRoPassengerShip,
        CiiShipType::RoRoPassengerShipHighSpeedCraft,
        CiiShipType::CruisePassengerShip,
    ];

    /// The name used in scenario files.
    pub fn name(self) -> &'static str {
        match self {
            CiiShipType::BulkCarrier => "bulk_carrier",
            CiiShipType::GasCarrier => "gas_carrier",
            CiiShipType::Tanker => "tanker",
            CiiShipType::ContainerShip => "container_ship",
            CiiShipType::GeneralCargoShip => "general_cargo_ship",
            CiiShipType::RefrigeratedCargoCarrier => "refrigerated_cargo_carrier",
            CiiShipType::CombinationCarrier => "combination_carrier",
            CiiShipType::LngCarrier => "lng_carrier",
            CiiShipType::RoRoCargoShipVehicleCarrier => "ro_ro_cargo_ship_vehicle_carrier",
            CiiShipType::RoRoCargoShip => "ro_ro_cargo_ship",
            CiiShipType::RoRoPassengerShip => "ro_ro_passenger_ship",
            CiiShipType::RoRoPassengerShipHighSpeedCraft => "ro_ro_passenger_ship_high_speed_craft",
            CiiShipType::CruisePassengerShip => "cruise_passenger_ship",
        }
    }
}

impl fmt::Display for CiiShipType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for CiiShipType {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let key = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        CiiShipType::ALL
            .iter()
            .copied()
            .find(|t| t.name() == key)
            .ok_or_else(|| Error::UnknownName {
                kind: "CII ship type",
                name: s.to_string(),
                valid: CiiShipType::ALL
                    .iter()
                    .map(|t| t.name())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}
