//! Ship types of the Fourth IMO GHG Study, their capacity measure and size bins, and the
//! mapping to the IMO CII ship types.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::vessel::data::table_17::{self, Table17Row};

/// The unit in which a ship type's size is measured (Fourth IMO GHG Study 2020 size bins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapacityMeasure {
    /// Deadweight tonnage, t.
    Deadweight,
    /// Gross tonnage (dimensionless).
    GrossTonnage,
    /// Twenty-foot equivalent units.
    Teu,
    /// Cargo volume, m³ (CBM).
    CubicMetres,
}

impl CapacityMeasure {
    /// Short unit name used in bin labels.
    pub fn unit(self) -> &'static str {
        match self {
            CapacityMeasure::Deadweight => "DWT",
            CapacityMeasure::GrossTonnage => "GT",
            CapacityMeasure::Teu => "TEU",
            CapacityMeasure::CubicMetres => "m³",
        }
    }
}

macro_rules! ship_types {
    ($( $(#[$doc:meta])* $variant:ident => $name:literal, $measure:ident, $table:ident; )+) => {
        /// A ship type of the Fourth IMO GHG Study 2020 (the study's 19 types).
        ///
        /// The type decides the capacity measure of its size bins, the auxiliary-engine and
        /// boiler power of Table 17, the weather factor η_w and the speed–power correction δ_w
        /// of Eq. 8, and the CII ship type.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum ShipType {
            $( $(#[$doc])* $variant, )+
        }

        impl ShipType {
            /// Every ship type, in the study's order.
            pub const ALL: &'static [ShipType] = &[ $( ShipType::$variant, )+ ];

            /// The type's name as written in scenario files.
            pub fn name(self) -> &'static str {
                match self { $( ShipType::$variant => $name, )+ }
            }

            /// The capacity measure of the type's size bins (Fourth IMO GHG Study 2020,
            /// Table 17 as transcribed by MTCC; CONFLICT for liquefied gas tankers, where
            /// MTCC uses GT and cetos m³ — m³ is used).
            pub fn capacity_measure(self) -> CapacityMeasure {
                match self { $( ShipType::$variant => CapacityMeasure::$measure, )+ }
            }

            /// The type's rows of Table 17 (Fourth IMO GHG Study 2020).
            pub fn table_17(self) -> &'static [Table17Row] {
                match self { $( ShipType::$variant => table_17::$table, )+ }
            }
        }
    };
}

ship_types! {
    /// Bulk carrier (DWT).
    Bulk => "bulk", Deadweight, BULK;
    /// Chemical tanker (DWT).
    ChemicalTanker => "chemical_tanker", Deadweight, CHEMICAL_TANKER;
    /// Container ship (TEU).
    Container => "container", Teu, CONTAINER;
    /// General cargo ship (DWT).
    GeneralCargo => "general_cargo", Deadweight, GENERAL_CARGO;
    /// Liquefied gas tanker (m³).
    LiquefiedGasTanker => "liquefied_gas_tanker", CubicMetres, LIQUEFIED_GAS_TANKER;
    /// Oil tanker (DWT).
    OilTanker => "oil_tanker", Deadweight, OIL_TANKER;
    /// Other liquids tanker (DWT).
    OtherLiquidsTanker => "other_liquids_tanker", Deadweight, OTHER_LIQUIDS_TANKER;
    /// Ferry, passengers only (GT).
    FerryPax => "ferry_pax", GrossTonnage, FERRY_PAX;
    /// Cruise ship (GT).
    Cruise => "cruise", GrossTonnage, CRUISE;
    /// Ro-pax ferry (GT).
    RoPax => "ro_pax", GrossTonnage, RO_PAX;
    /// Refrigerated cargo ship, "refrigerated bulk" in the study (DWT).
    RefrigeratedCargo => "refrigerated_cargo", Deadweight, REFRIGERATED_CARGO;
    /// Ro-ro cargo ship (DWT).
    RoRo => "ro_ro", Deadweight, RO_RO;
    /// Vehicle carrier (GT).
    VehicleCarrier => "vehicle_carrier", GrossTonnage, VEHICLE_CARRIER;
    /// Yacht (GT; one size bin).
    Yacht => "yacht", GrossTonnage, YACHT;
    /// Service – tug (GT; one size bin).
    ServiceTug => "service_tug", GrossTonnage, SERVICE_TUG;
    /// Miscellaneous – fishing (GT; one size bin).
    Fishing => "fishing", GrossTonnage, FISHING;
    /// Offshore (GT; one size bin).
    Offshore => "offshore", GrossTonnage, OFFSHORE;
    /// Service – other (GT; one size bin).
    ServiceOther => "service_other", GrossTonnage, SERVICE_OTHER;
    /// Miscellaneous – other (GT; one size bin).
    MiscOther => "misc_other", GrossTonnage, MISC_OTHER;
}

/// One size bin of a ship type (Fourth IMO GHG Study 2020, Table 17).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SizeBin {
    /// The ship type.
    pub ship_type: ShipType,
    /// Index of the bin in the type's table (0 = smallest).
    pub index: usize,
    /// Lower edge, inclusive, in `measure`.
    pub lower: f64,
    /// Upper edge, exclusive, in `measure`; `None` for the open top bin.
    pub upper: Option<f64>,
    /// The capacity measure.
    pub measure: CapacityMeasure,
}

impl fmt::Display for SizeBin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.upper {
            Some(u) => write!(
                f,
                "{}: {}–{} {}",
                self.ship_type,
                self.lower,
                u,
                self.measure.unit()
            ),
            None => write!(
                f,
                "{}: {}+ {}",
                self.ship_type,
                self.lower,
                self.measure.unit()
            ),
        }
    }
}

impl ShipType {
    /// Whether the type's Table 17 values depend on size (more than one bin).
    pub fn has_size_bins(self) -> bool {
        self.table_17().len() > 1
    }

    /// Every size bin of the type.
    pub fn size_bins(self) -> Vec<SizeBin> {
        let rows = self.table_17();
        rows.iter()
            .enumerate()
            .map(|(index, r)| SizeBin {
                ship_type: self,
                index,
                lower: r.lower,
                upper: rows.get(index + 1).map(|n| n.lower),
                measure: self.capacity_measure(),
            })
            .collect()
    }

    /// The size bin holding `capacity` (in [`capacity_measure`](Self::capacity_measure)).
    /// A bin includes its lower edge: 60,000 DWT is in the oil tanker's 60,000–79,999 bin.
    ///
    /// Errors: a NaN, infinite or negative capacity.
    ///
    /// ```
    /// use green_corridor::vessel::ShipType;
    /// let bin = ShipType::OilTanker.size_bin(60_000.0)?;
    /// assert_eq!((bin.lower, bin.upper), (60_000.0, Some(80_000.0)));
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn size_bin(self, capacity: f64) -> Result<SizeBin> {
        crate::error::non_negative(
            || format!("capacity ({})", self.capacity_measure().unit()),
            capacity,
        )?;
        let rows = self.table_17();
        let index = rows.iter().rposition(|r| r.lower <= capacity).unwrap_or(0);
        Ok(SizeBin {
            ship_type: self,
            index,
            lower: rows.get(index).map_or(0.0, |r| r.lower),
            upper: rows.get(index + 1).map(|n| n.lower),
            measure: self.capacity_measure(),
        })
    }

    /// Whether Eq. 8 gives this type the small-ship weather efficiency η_w = 0.909 at
    /// `capacity` (in the type's measure; ignored for types without a threshold).
    ///
    /// Thresholds (Fourth IMO GHG Study 2020, Eq. 8, as transcribed by cetos): bulk, chemical
    /// tanker, general cargo, oil tanker < 10,000 DWT; container < 1,000 TEU; cruise
    /// < 2,000 GT; ro-ro < 5,000 DWT; tug, fishing, offshore, service-other, misc-other,
    /// ferry-pax and ro-pax at every size. Yacht, vehicle carrier, reefer, other liquids and
    /// liquefied gas tankers always use 0.867.
    pub fn is_small_for_weather(self, capacity: f64) -> bool {
        use ShipType::*;
        match self {
            Bulk | ChemicalTanker | GeneralCargo | OilTanker => capacity < 10_000.0,
            Container => capacity < 1_000.0,
            Cruise => capacity < 2_000.0,
            RoRo => capacity < 5_000.0,
            ServiceTug | Fishing | Offshore | ServiceOther | MiscOther | FerryPax | RoPax => true,
            Yacht | VehicleCarrier | RefrigeratedCargo | OtherLiquidsTanker
            | LiquefiedGasTanker => false,
        }
    }

    /// Whether η_w or δ_w of Eq. 8 depend on the ship's size for this type.
    pub fn power_factors_depend_on_size(self) -> bool {
        use ShipType::*;
        matches!(
            self,
            Bulk | ChemicalTanker | GeneralCargo | OilTanker | Container | Cruise | RoRo
        )
    }

    /// Whether the type is a tanker in the sense of the Table 16 phase rule (oil, chemical,
    /// liquefied gas and other liquids tankers are never "manoeuvring" above 5 kn).
    pub fn is_tanker(self) -> bool {
        matches!(
            self,
            ShipType::OilTanker
                | ShipType::ChemicalTanker
                | ShipType::LiquefiedGasTanker
                | ShipType::OtherLiquidsTanker
        )
    }
}

impl fmt::Display for ShipType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for ShipType {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        crate::error::by_name("ship type", s, ShipType::ALL, ShipType::name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_list_valid_ones() {
        assert_eq!(ShipType::ALL.len(), 19);
        for t in ShipType::ALL {
            assert_eq!(ShipType::from_str(t.name()).unwrap(), *t);
        }
        assert_eq!(ShipType::from_str("Ro-Pax").unwrap(), ShipType::RoPax);
        let err = ShipType::from_str("bulker").unwrap_err();
        assert!(err.to_string().contains("vehicle_carrier"));
    }

    #[test]
    fn bins_include_their_lower_edge() {
        let b = ShipType::Container.size_bin(14_499.0).unwrap();
        assert_eq!((b.lower, b.upper), (12_000.0, Some(14_500.0)));
        let b = ShipType::Container.size_bin(14_500.0).unwrap();
        assert_eq!((b.lower, b.upper), (14_500.0, Some(20_000.0)));
        let b = ShipType::Container.size_bin(25_000.0).unwrap();
        assert_eq!((b.lower, b.upper), (20_000.0, None));
        assert_eq!(b.to_string(), "container: 20000+ TEU");
        assert!(ShipType::Bulk.size_bin(-1.0).is_err());
        assert!(ShipType::Bulk.size_bin(f64::NAN).is_err());
    }

    #[test]
    fn weather_thresholds() {
        assert!(ShipType::Bulk.is_small_for_weather(9_999.0));
        assert!(!ShipType::Bulk.is_small_for_weather(10_000.0));
        assert!(ShipType::Container.is_small_for_weather(999.0));
        assert!(!ShipType::Container.is_small_for_weather(1_000.0));
        assert!(ShipType::RoPax.is_small_for_weather(50_000.0));
        assert!(!ShipType::LiquefiedGasTanker.is_small_for_weather(1_000.0));
    }
}
