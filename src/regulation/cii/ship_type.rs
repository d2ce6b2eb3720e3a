//! The ship types of the IMO Carbon Intensity Indicator (MEPC.353(78) Table 1), and their
//! default mapping from the vessel model's Fourth IMO GHG Study ship types.
//!
//! The CII type is a regulation's classification, so it lives with the regulation; the vessel
//! layer knows only the study's [`ShipType`]. A ship-year takes the default mapping
//! ([`CiiShipType::from_ship_type`]) unless its caller states the type (an LNG carrier, a
//! combination carrier).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::vessel::ShipType;

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

impl CiiShipType {
    /// The CII ship type a Fourth IMO GHG Study ship type maps to by default, or `None` where
    /// the CII does not apply (MARPOL Annex VI reg. 28 and the CII guidelines G1/G2 cover
    /// cargo, ro-pax and cruise ships only).
    ///
    /// Liquefied gas tankers map to [`CiiShipType::GasCarrier`]; an LNG carrier must be
    /// stated as such (the study has one liquefied-gas type), and so must a combination
    /// carrier (the study has no such type). Ferries carrying passengers only, yachts, tugs,
    /// fishing, offshore and other service/miscellaneous ships map to `None`.
    pub fn from_ship_type(ship_type: ShipType) -> Option<Self> {
        use ShipType::*;
        Some(match ship_type {
            Bulk => Self::BulkCarrier,
            ChemicalTanker | OilTanker | OtherLiquidsTanker => Self::Tanker,
            Container => Self::ContainerShip,
            GeneralCargo => Self::GeneralCargoShip,
            LiquefiedGasTanker => Self::GasCarrier,
            Cruise => Self::CruisePassengerShip,
            RoPax => Self::RoRoPassengerShip,
            RefrigeratedCargo => Self::RefrigeratedCargoCarrier,
            RoRo => Self::RoRoCargoShip,
            VehicleCarrier => Self::RoRoCargoShipVehicleCarrier,
            FerryPax | Yacht | ServiceTug | Fishing | Offshore | ServiceOther | MiscOther => {
                return None;
            }
        })
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
        crate::error::by_name("CII ship type", s, CiiShipType::ALL, CiiShipType::name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cii_mapping_covers_cargo_and_passenger_types_only() {
        assert_eq!(
            CiiShipType::from_ship_type(ShipType::VehicleCarrier),
            Some(CiiShipType::RoRoCargoShipVehicleCarrier)
        );
        assert_eq!(
            CiiShipType::from_ship_type(ShipType::OtherLiquidsTanker),
            Some(CiiShipType::Tanker)
        );
        assert_eq!(CiiShipType::from_ship_type(ShipType::FerryPax), None);
        assert_eq!(CiiShipType::from_ship_type(ShipType::ServiceTug), None);
        let covered = ShipType::ALL
            .iter()
            .filter(|t| CiiShipType::from_ship_type(**t).is_some())
            .count();
        assert_eq!(covered, 12);
    }
}
