//! Property tests (proptest): for arbitrary finite inputs every public computation returns a
//! value or a typed error — never a panic, never a NaN — and the accounting identities hold.
//! Case counts are bounded so that `cargo test` stays fast.

use green_corridor::prelude::*;
use proptest::prelude::*;

const CASES: u32 = 256;

fn pathway() -> impl Strategy<Value = (PathwayId, ConverterClass)> {
    prop::sample::select(vec![
        (PathwayId::Hfo, ConverterClass::Ice),
        (PathwayId::Vlsfo, ConverterClass::Ice),
        (PathwayId::MdoMgo, ConverterClass::Ice),
        (PathwayId::Lng, ConverterClass::LngOttoMediumSpeed),
        (PathwayId::Lng, ConverterClass::LngDieselSlowSpeed),
        (PathwayId::Lng, ConverterClass::GasTurbine),
        (PathwayId::Nh3NaturalGas, ConverterClass::Ice),
        (PathwayId::MethanolNaturalGas, ConverterClass::Ice),
        (PathwayId::BioMethanol, ConverterClass::Ice),
        (PathwayId::EMethanol, ConverterClass::Ice),
        (PathwayId::ENh3, ConverterClass::Ice),
        (PathwayId::Ethane, ConverterClass::Ice),
        (PathwayId::BioOther, ConverterClass::Ice),
    ])
}

fn any_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => 0.0..1.0e6_f64,
        1 => -1.0e6..0.0_f64,
        1 => prop::num::f64::ANY,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    /// Arbitrary masses and certificates: a value or a typed error, never a NaN.
    #[test]
    fn accounting_never_panics_nor_returns_nan(
        entries in prop::collection::vec((pathway(), any_f64(), prop::option::of(-200.0..200.0_f64)), 0..8),
        year in 2000..2060_i32,
    ) {
        let mut ledger = FuelLedger::new();
        for ((p, c), mass, cert) in entries {
            let fuel = match cert {
                Some(e) => Fuel::certified(p, Certificate::total_e_g_per_mj(e).unwrap()),
                None => Fuel::new(p),
            };
            let _ = ledger.add(fuel, c, tonnes(mass), "x", ScopeShare::HALF);
        }
        let bases = [
            AccountingBasis::fueleu(year),
            Ok(AccountingBasis::imo_lca()),
            AccountingBasis::eu_ets(year),
            Ok(AccountingBasis::imo_dcs()),
        ];
        for b in bases.into_iter().flatten() {
            if let Ok(e) = b.account(&ledger) {
                prop_assert!(e.total().value.is_finite());
                prop_assert!(e.energy.value.is_finite());
                let sum = e.well_to_tank.value + e.tank_to_wake.value;
                prop_assert!((e.total().value - sum).abs() <= 1e-9 * sum.abs().max(1.0));
                if let Ok(i) = e.intensity() {
                    prop_assert!(i.value.is_finite());
                }
            }
        }
    }

    /// Emissions grow with fuel mass (more fuel, more CO2e) for a fossil fuel.
    #[test]
    fn emissions_are_monotone_in_mass(m in 0.0..1.0e5_f64, extra in 0.0..1.0e4_f64, (p, c) in pathway()) {
        prop_assume!(p.origin() == green_corridor::fuel::FuelOrigin::Fossil);
        let b = AccountingBasis::imo_lca();
        let at = |mass: f64| {
            let mut l = FuelLedger::new();
            l.add(p.clone(), c, tonnes(mass), "x", ScopeShare::NONE).unwrap();
            b.account(&l).map(|e| e.total().value)
        };
        if let (Ok(a), Ok(z)) = (at(m), at(m + extra)) {
            prop_assert!(z >= a);
        }
    }

    /// The vessel model: propulsion power never decreases with speed (cube law, capped at MCR),
    /// and arbitrary inputs give a value or a typed error.
    #[test]
    fn propulsion_power_is_monotone_in_speed_and_never_nan(
        v1 in 0.1..30.0_f64,
        dv in 0.0..5.0_f64,
        draught in prop_oneof![3 => 5.0..16.0_f64, 1 => prop::num::f64::ANY],
    ) {
        let ship = Vessel::builder("p", ShipType::Container)
            .teu(14_000.0)
            .build_year(2015)
            .design_speed(knots(22.0))
            .design_draught(metres(15.0))
            .main_engine(kilowatts(60_000.0), EngineType::SlowSpeedDiesel, FuelSupply::mono(green_corridor::fuel::FuelFamily::Oil))
            .build()
            .unwrap();
        let a = ship.propulsion_power(knots(v1), metres(draught));
        let b = ship.propulsion_power(knots(v1 + dv), metres(draught));
        match (a, b) {
            (Ok(a), Ok(b)) => {
                prop_assert!(a.main_engine.kilowatts().is_finite());
                prop_assert!(b.main_engine.kilowatts() >= a.main_engine.kilowatts() - 1e-9);
            }
            (Err(_), _) | (_, Err(_)) => {}
        }
    }

    /// serde round trip of a ledger.
    #[test]
    fn ledger_serde_round_trip(entries in prop::collection::vec((pathway(), 0.0..1.0e6_f64), 0..6)) {
        let mut ledger = FuelLedger::new();
        for ((p, c), mass) in entries {
            let _ = ledger.add(p, c, tonnes(mass), "leg", ScopeShare::HALF);
        }
        let json = serde_json::to_string(&ledger).unwrap();
        let back: FuelLedger = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(back.len(), ledger.len());
        for (a, b) in back.entries().iter().zip(ledger.entries()) {
            prop_assert_eq!(&a.fuel, &b.fuel);
            prop_assert!((a.mass.value - b.mass.value).abs() <= 1e-9 * b.mass.value.max(1.0));
        }
    }
}
