//! Auxiliary-engine and boiler power by phase: Fourth IMO GHG Study 2020, Table 17 defaults by
//! ship type and size bin, overridable per vessel.

use crate::error::Result;
use crate::units::{Power, PowerExt, kilowatts};
use crate::vessel::data::table_17::{
    SMALL_SHIP_AUXILIARY_SHARE, SMALL_SHIP_AUXILIARY_SHARE_UP_TO_KW,
    SMALL_SHIP_NO_AUXILIARY_BELOW_KW,
};
use crate::vessel::particulars::{PhasePowers, Vessel};
use crate::vessel::phase::OperatingPhase;
use crate::vessel::ship_type::ShipType;

/// Table 17 defaults for a ship of `ship_type` and `capacity` (in its size measure):
/// `(boiler, auxiliary engines)` power by phase.
///
/// Errors: a NaN, infinite or negative capacity.
///
/// ```
/// use green_corridor::vessel::{table_17_powers, ShipType};
/// use green_corridor::units::PowerExt;
/// // A 50,000 DWT oil tanker is in the 20,000–59,999 bin: boiler 2,700 kW and auxiliary
/// // engines 720 kW at berth (cetos' bin bug gives 3,250 / 620).
/// let (boiler, aux) = table_17_powers(ShipType::OilTanker, 50_000.0)?;
/// assert_eq!((boiler.at_berth.kilowatts(), aux.at_berth.kilowatts()), (2_700.0, 720.0));
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn table_17_powers(ship_type: ShipType, capacity: f64) -> Result<(PhasePowers, PhasePowers)> {
    let bin = ship_type.size_bin(capacity)?;
    let row = ship_type.table_17().get(bin.index);
    Ok(match row {
        Some(r) => (
            PhasePowers::from_kw(r.boiler_kw),
            PhasePowers::from_kw(r.auxiliary_kw),
        ),
        None => (
            PhasePowers::from_kw([0.0; 4]),
            PhasePowers::from_kw([0.0; 4]),
        ),
    })
}

impl Vessel {
    /// Auxiliary-engine power in `phase`: the vessel's override, or Table 17 for its type and
    /// size bin, with the small-ship rule (installed propulsion < 150 kW → 0; 150–500 kW → 5 %
    /// of MCR; cetos after the Fourth IMO GHG Study, SINGLE).
    pub fn auxiliary_power(&self, phase: OperatingPhase) -> Power {
        if let Some(p) = &self.spec().auxiliary_engines.power {
            return p.column(phase.table_17_column());
        }
        let mcr = self.mcr().kilowatts();
        if mcr < SMALL_SHIP_NO_AUXILIARY_BELOW_KW {
            return kilowatts(0.0);
        }
        if mcr <= SMALL_SHIP_AUXILIARY_SHARE_UP_TO_KW {
            return kilowatts(SMALL_SHIP_AUXILIARY_SHARE * mcr);
        }
        self.table_17_defaults().1.column(phase.table_17_column())
    }

    /// Boiler power in `phase`: the vessel's override, or Table 17 (zero below 150 kW of
    /// installed propulsion, as for auxiliaries).
    pub fn boiler_power(&self, phase: OperatingPhase) -> Power {
        if let Some(p) = &self.spec().boiler.power {
            return p.column(phase.table_17_column());
        }
        if self.mcr().kilowatts() < SMALL_SHIP_NO_AUXILIARY_BELOW_KW {
            return kilowatts(0.0);
        }
        self.table_17_defaults().0.column(phase.table_17_column())
    }

    fn table_17_defaults(&self) -> (PhasePowers, PhasePowers) {
        let t = self.ship_type();
        let capacity = self.size_bin().map_or(0.0, |b| b.lower);
        table_17_powers(t, capacity).unwrap_or((
            PhasePowers::from_kw([0.0; 4]),
            PhasePowers::from_kw([0.0; 4]),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Looks up (boiler, aux) at `capacity` in `phase` column, kW.
    fn at(t: ShipType, capacity: f64, column: usize) -> (f64, f64) {
        let (b, a) = table_17_powers(t, capacity).unwrap();
        (b.column(column).kilowatts(), a.column(column).kilowatts())
    }

    // Every bin edge (and the value just below it) of the five types the issue names. Values
    // are read off the Fourth IMO GHG Study 2020, Table 17 (`docs/data-sources.md`, "Fourth IMO
    // GHG Study — Table 17 auxiliary and boiler power"): (boiler at berth, aux at berth) unless
    // stated.

    #[test]
    fn container_every_edge() {
        let t = ShipType::Container;
        let expect = [
            (0.0, (250.0, 370.0)),
            (999.0, (250.0, 370.0)),
            (1_000.0, (340.0, 820.0)),
            (1_999.0, (340.0, 820.0)),
            (2_000.0, (460.0, 610.0)),
            (3_000.0, (480.0, 1_100.0)),
            (4_999.0, (480.0, 1_100.0)),
            (5_000.0, (590.0, 1_100.0)),
            (8_000.0, (620.0, 1_150.0)),
            (11_999.0, (620.0, 1_150.0)),
            (12_000.0, (630.0, 1_300.0)),
            (14_499.0, (630.0, 1_300.0)),
            (14_500.0, (630.0, 1_400.0)),
            (19_999.0, (630.0, 1_400.0)),
            (20_000.0, (700.0, 1_400.0)),
            (24_000.0, (700.0, 1_400.0)),
        ];
        for (cap, want) in expect {
            assert_eq!(at(t, cap, 0), want, "container {cap} TEU");
        }
        // At sea, 12,000–14,499 TEU: aux 2,050 kW; 14,500+: 2,300 kW; boiler 0.
        assert_eq!(at(t, 14_000.0, 3), (0.0, 2_050.0));
        assert_eq!(at(t, 14_500.0, 3), (0.0, 2_300.0));
    }

    #[test]
    fn oil_tanker_every_edge_including_60000() {
        let t = ShipType::OilTanker;
        let expect = [
            (0.0, (500.0, 250.0)),
            (4_999.0, (500.0, 250.0)),
            (5_000.0, (750.0, 375.0)),
            (9_999.0, (750.0, 375.0)),
            (10_000.0, (1_250.0, 690.0)),
            (19_999.0, (1_250.0, 690.0)),
            (20_000.0, (2_700.0, 720.0)),
            // Peer defect (data-sources.md): cetos' `60_00` edge pushes 6,000–59,999 DWT up a bin.
            (6_000.0, (750.0, 375.0)),
            (50_000.0, (2_700.0, 720.0)),
            (59_999.0, (2_700.0, 720.0)),
            (60_000.0, (3_250.0, 620.0)),
            (79_999.0, (3_250.0, 620.0)),
            (80_000.0, (4_000.0, 800.0)),
            (119_999.0, (4_000.0, 800.0)),
            (120_000.0, (6_500.0, 2_500.0)),
            (199_999.0, (6_500.0, 2_500.0)),
            (200_000.0, (7_000.0, 2_500.0)),
            (320_000.0, (7_000.0, 2_500.0)),
        ];
        for (cap, want) in expect {
            assert_eq!(at(t, cap, 0), want, "oil tanker {cap} DWT");
        }
    }

    #[test]
    fn liquefied_gas_tanker_every_edge_including_200000() {
        let t = ShipType::LiquefiedGasTanker;
        let expect = [
            (0.0, (1_000.0, 240.0)),
            (49_999.0, (1_000.0, 240.0)),
            (50_000.0, (1_000.0, 1_700.0)),
            (99_999.0, (1_000.0, 1_700.0)),
            (100_000.0, (1_500.0, 2_500.0)),
            // Peer defect (data-sources.md): cetos' `20_000` edge would put 174,000 m³ in the top bin.
            (174_000.0, (1_500.0, 2_500.0)),
            (199_999.0, (1_500.0, 2_500.0)),
            (200_000.0, (3_000.0, 6_750.0)),
            (266_000.0, (3_000.0, 6_750.0)),
        ];
        for (cap, want) in expect {
            assert_eq!(at(t, cap, 0), want, "LG tanker {cap} m³");
        }
        // LG tankers burn boiler power at sea too: 150 kW in the 100,000–199,999 bin.
        assert_eq!(at(t, 174_000.0, 3), (150.0, 2_650.0));
    }

    #[test]
    fn bulk_every_edge() {
        let t = ShipType::Bulk;
        let expect = [
            (0.0, (70.0, 110.0)),
            (9_999.0, (70.0, 110.0)),
            (10_000.0, (70.0, 110.0)),
            (34_999.0, (70.0, 110.0)),
            (35_000.0, (130.0, 150.0)),
            (59_999.0, (130.0, 150.0)),
            (60_000.0, (260.0, 240.0)),
            (99_999.0, (260.0, 240.0)),
            (100_000.0, (260.0, 240.0)),
            (199_999.0, (260.0, 240.0)),
            (200_000.0, (260.0, 240.0)),
        ];
        for (cap, want) in expect {
            assert_eq!(at(t, cap, 0), want, "bulk {cap} DWT");
        }
        // Manoeuvring, 35,000–59,999: boiler 120, aux 680.
        assert_eq!(at(t, 35_000.0, 2), (120.0, 680.0));
    }

    #[test]
    fn vehicle_carrier_every_edge() {
        let t = ShipType::VehicleCarrier;
        let expect = [
            (0.0, (310.0, 800.0)),
            (29_999.0, (310.0, 800.0)),
            (30_000.0, (310.0, 850.0)),
            (49_999.0, (310.0, 850.0)),
            (50_000.0, (310.0, 850.0)),
            (75_000.0, (310.0, 850.0)),
        ];
        for (cap, want) in expect {
            assert_eq!(at(t, cap, 0), want, "vehicle carrier {cap} GT");
        }
        // At sea: 500 kW below 30,000 GT, 510 kW from 30,000 GT.
        assert_eq!(at(t, 29_999.0, 3).1, 500.0);
        assert_eq!(at(t, 30_000.0, 3).1, 510.0);
    }

    #[test]
    fn every_type_has_table_values() {
        for t in ShipType::ALL {
            for b in t.size_bins() {
                assert!(table_17_powers(*t, b.lower).is_ok());
            }
        }
        assert!(table_17_powers(ShipType::Bulk, f64::NAN).is_err());
    }
}
