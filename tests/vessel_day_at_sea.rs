//! A full day at sea worked by hand, and a dual-fuel day with pilot fuel.
//!
//! Sources of every constant: Fourth IMO GHG Study 2020 (Eq. 8, the SFOC curve, Table 17,
//! Table 19; `docs/data-sources.md`, "Fourth IMO GHG Study 2020 — bottom-up vessel model");
//! FuelEU Maritime Annex II (HFO: LCV 0.0405 MJ/g, WtT 13.5 gCO2e/MJ, Cf 3.114 / 0.00005 /
//! 0.00018; MDO LCV 0.0427; LNG LCV 0.0491) with AR4 GWPs 25 / 298.

use approx::assert_relative_eq;
use green_corridor::fuel::{FuelFamily, PathwayId};
use green_corridor::prelude::*;
use green_corridor::vessel::{
    Consumer, EngineType, FuelRole, FuelSelection, FuelSupply, OperatingPhase, Operation,
    PhaseContext, ShipType, Vessel, metres,
};

/// An 80,000 DWT bulk carrier (Kamsarmax-like): slow-speed diesel of 10,000 kW MCR, built
/// 2012, design speed 14 kn at 14 m summer draught, burning HFO everywhere.
fn kamsarmax() -> Vessel {
    Vessel::builder("Kamsarmax", ShipType::Bulk)
        .deadweight(tonnes(80_000.0))
        .build_year(2012)
        .design_speed(knots(14.0))
        .design_draught(metres(14.0))
        .main_engine(
            kilowatts(10_000.0),
            EngineType::SlowSpeedDiesel,
            FuelSupply::mono(FuelFamily::Oil),
        )
        .fuels(FuelSelection::all(PathwayId::Hfo))
        .build()
        .unwrap()
}

/// One day (24 h) at 12 kn and 13 m draught.
///
/// Eq. 8 factors: bulk ≥ 10,000 DWT → η_w = 0.867; η_f = 0.917; δ_w = 1;
/// η_w·η_f = 0.795039.
/// * speed term (12/14)³ = 0.6297376
/// * draught term (13/14)^0.66 = exp(0.66 × ln 0.9285714) = exp(0.66 × −0.0741080) = 0.9522656
/// * W = 10,000 × 0.9522656 × 0.6297376 / 0.795039 = 7,542.74 kW → load L = 0.754274
///   (> 0.65: normal cruising by the Table 16 rule; below the 100 % cap)
/// * f(L) = 0.455 × 0.754274² − 0.710 × 0.754274 + 1.280 = 1.0033283
/// * SFC = 175 g/kWh (Table 19, SSD, HFO, ≥ 2001) × 1.0033283 = 175.5824 g/kWh
/// * main engine: 175.5824 × 7,542.74 × 24 = 31.78496 t
/// * auxiliaries at sea, bulk 60,000–99,999 DWT: 410 kW (Table 17) × 24 h × 195 g/kWh
///   (Table 19, auxiliary engines, HFO, ≥ 2001) = 1.9188 t; boiler at sea 0 kW
/// * total 33.70376 t/day; per nm 33.70376 / (12 × 24) = 0.117027 t/nm
/// * FuelEU WtW: HFO TtW = (3.114 + 25 × 0.00005 + 298 × 0.00018) / 0.0405 = 78.2442 g/MJ,
///   WtW = 13.5 + 78.2442 = 91.7442 gCO2e/MJ; energy 33.70376 t × 40,500 MJ/t = 1,365,002 MJ;
///   WtW = 1,365,002 × 91.7442 g = 125.231 t CO2e.
#[test]
fn a_day_at_sea_worked_by_hand() {
    let ship = kamsarmax();
    let phase = ship
        .classify_phase(knots(12.0), metres(13.0), &PhaseContext::default())
        .unwrap();
    assert_eq!(phase, OperatingPhase::NormalCruising);

    let day = ship
        .operate(&Operation::new(
            phase,
            knots(12.0),
            metres(13.0),
            hours(24.0),
        ))
        .unwrap();
    assert_relative_eq!(day.propulsion.draught_factor, 0.9522656, epsilon = 1e-7);
    assert_relative_eq!(
        day.propulsion.main_engine.kilowatts(),
        7_542.74,
        epsilon = 0.01
    );
    assert_relative_eq!(day.propulsion.load.value(), 0.754274, epsilon = 1e-6);
    assert!(!day.propulsion.load_capped);
    assert_relative_eq!(day.sfoc_factor, 1.0033283, epsilon = 1e-7);
    assert!(!day.low_load.is_active());

    assert_relative_eq!(
        day.fuel_of(Consumer::MainEngine).tonnes(),
        31.78496,
        epsilon = 1e-4
    );
    assert_relative_eq!(
        day.fuel_of(Consumer::AuxiliaryEngines).tonnes(),
        1.9188,
        epsilon = 1e-9
    );
    assert_relative_eq!(day.fuel_of(Consumer::Boiler).tonnes(), 0.0);
    assert_relative_eq!(day.total_fuel().tonnes(), 33.70376, epsilon = 1e-4);
    assert_relative_eq!(day.fuel_per_day().tonnes(), 33.70376, epsilon = 1e-4);
    assert_relative_eq!(
        day.fuel_per_nautical_mile().unwrap().tonnes(),
        0.117027,
        epsilon = 1e-6
    );

    let mut ledger = FuelLedger::new();
    day.push_into(&mut ledger, "Santos-Qingdao", ScopeShare::NONE)
        .unwrap();
    let labels: Vec<&str> = ledger.entries().iter().map(|e| &*e.label).collect();
    assert_eq!(
        labels,
        [
            "Santos-Qingdao/normal_cruising/main_engine",
            "Santos-Qingdao/normal_cruising/auxiliary_engines"
        ]
    );
    let e = AccountingBasis::fueleu(2025)
        .unwrap()
        .account(&ledger)
        .unwrap();
    assert_relative_eq!(e.energy.megajoules(), 1_365_002.2, epsilon = 5.0);
    assert_relative_eq!(e.intensity().unwrap().g_per_mj(), 91.7442, epsilon = 1e-3);
    assert_relative_eq!(e.well_to_wake().unwrap().tonnes(), 125.231, epsilon = 0.01);
}

/// A half-day at berth for the same ship: auxiliaries 240 kW and boiler 260 kW (Table 17,
/// bulk 60,000–99,999 DWT, at berth), 12 h: aux 240 × 12 × 195 = 0.5616 t; boiler
/// 260 × 12 × 340 g/kWh (Table 19, steam turbine & boilers, HFO) = 1.0608 t; main engine off.
#[test]
fn half_a_day_at_berth() {
    let ship = kamsarmax();
    let stay = ship
        .operate(&Operation::new(
            OperatingPhase::AtBerth,
            knots(0.0),
            metres(12.0),
            hours(12.0),
        ))
        .unwrap();
    assert_relative_eq!(stay.fuel_of(Consumer::MainEngine).tonnes(), 0.0);
    assert_relative_eq!(
        stay.fuel_of(Consumer::AuxiliaryEngines).tonnes(),
        0.5616,
        epsilon = 1e-9
    );
    assert_relative_eq!(
        stay.fuel_of(Consumer::Boiler).tonnes(),
        1.0608,
        epsilon = 1e-9
    );
    assert!(stay.fuel_per_nautical_mile().is_err());
    assert_eq!(
        stay.fuel_use
            .iter()
            .find(|f| f.consumer == Consumer::Boiler)
            .map(|f| f.converter.class),
        Some(ConverterClass::SteamTurbineOrBoiler)
    );
}

/// A 14,000 TEU container ship with a high-pressure LNG-Diesel engine (60,000 kW, 2020),
/// design 22 kn at 15 m, burning LNG with 3 % of the energy from MGO pilot (an illustrative
/// share), one day at 16 kn and 13 m:
///
/// * (16/22)³ = 0.3846732; (13/15)^0.66 = 0.9098764; W = 60,000 × 0.9098764 × 0.3846732 /
///   0.795039 = 26,414.18 kW; L = 0.440236; f(L) = 1.0556149
/// * baseline (proxy, energy equivalence with the SSD MDO row): 165 × 0.0427 / 0.0491 =
///   143.4929 g/kWh LNG; × f = 151.4732 g/kWh
/// * LNG = 0.97 × 151.4732 × 26,414.18 × 24 = 93.1442 t
/// * pilot = 0.03 × 151.4732 × 26,414.18 × 24 × 0.0491 / 0.0427 = 3.3125 t MGO
#[test]
fn a_dual_fuel_day_with_pilot_fuel() {
    let ship = Vessel::builder("LNG 14k", ShipType::Container)
        .teu(14_000.0)
        .build_year(2020)
        .design_speed(knots(22.0))
        .design_draught(metres(15.0))
        .main_engine(
            kilowatts(60_000.0),
            EngineType::LngDiesel,
            FuelSupply::dual(FuelFamily::Methane, PathwayId::MdoMgo, 0.03).unwrap(),
        )
        .fuels(FuelSelection::main_and_others(
            PathwayId::Lng,
            PathwayId::MdoMgo,
        ))
        .build()
        .unwrap();
    let day = ship
        .operate(&Operation::new(
            OperatingPhase::SlowTransit,
            knots(16.0),
            metres(13.0),
            hours(24.0),
        ))
        .unwrap();
    assert_relative_eq!(
        day.propulsion.main_engine.kilowatts(),
        26_414.18,
        epsilon = 0.01
    );
    let me: Vec<_> = day
        .fuel_use
        .iter()
        .filter(|f| f.consumer == Consumer::MainEngine)
        .collect();
    assert_eq!(me.len(), 2);
    assert_eq!(me[0].role, FuelRole::Main);
    assert_eq!(me[0].fuel.pathway, PathwayId::Lng);
    assert_relative_eq!(me[0].mass.tonnes(), 93.1442, epsilon = 1e-4);
    assert_eq!(me[1].role, FuelRole::Pilot);
    assert_eq!(me[1].fuel.pathway, PathwayId::MdoMgo);
    assert_relative_eq!(me[1].mass.tonnes(), 3.3125, epsilon = 1e-4);
    assert_eq!(me[1].converter.class, ConverterClass::LngDieselSlowSpeed);
    // Energy check: pilot energy is 3 % of the main engine's fuel energy.
    let e_lng = me[0].mass.tonnes() * 49_100.0;
    let e_pilot = me[1].mass.tonnes() * 42_700.0;
    assert_relative_eq!(e_pilot / (e_lng + e_pilot), 0.03, epsilon = 1e-12);

    let mut ledger = FuelLedger::new();
    day.push_into(&mut ledger, "CNSGH-USLAX", ScopeShare::NONE)
        .unwrap();
    assert!(
        ledger
            .entries()
            .iter()
            .any(|e| &*e.label == "CNSGH-USLAX/slow_transit/main_engine/pilot")
    );
    // The ledger accounts under FuelEU without error (slip 0.2 % for LNG-Diesel).
    let e = AccountingBasis::fueleu(2025)
        .unwrap()
        .account(&ledger)
        .unwrap();
    assert!(e.gases.ch4_slip.tonnes() > 0.0);
}
