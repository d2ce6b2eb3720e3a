//! serde round trip of the public input and output types: what a user writes out (JSON) reads
//! back equal, with units preserved (values are written in domain units, so equality is checked
//! within 1e-12 relative through the JSON text where floats are re-parsed).

use green_corridor::fuel::{Blend, EmissionOverrides};
use green_corridor::prelude::*;
use green_corridor::regulation::{ShipYear, cii, compliance_summary};
use green_corridor::trajectory::TargetPathway;
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::targets::imo_2023_minimum;
use green_corridor::units::nautical_miles;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Two JSON documents equal up to 1e-12 relative on every number (unit conversions through SI
/// base units may move the last bit of a value such as 13.5 gCO2e/MJ).
fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value as V;
    match (a, b) {
        (V::Number(x), V::Number(y)) => {
            let (x, y) = (
                x.as_f64().unwrap_or(f64::NAN),
                y.as_f64().unwrap_or(f64::NAN),
            );
            (x - y).abs() <= 1e-12 * x.abs().max(y.abs()).max(1e-300)
        }
        (V::Array(x), V::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_json(p, q))
        }
        (V::Object(x), V::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// Value → JSON → value → JSON: the two documents must agree (numbers within 1e-12 relative).
fn round_trip<T: Serialize + DeserializeOwned + std::fmt::Debug>(v: &T) -> T {
    let a = serde_json::to_value(v).unwrap();
    let back: T = serde_json::from_value(a.clone()).unwrap_or_else(|e| panic!("{e}\n{a}"));
    let b = serde_json::to_value(&back).unwrap();
    assert!(
        same_json(&a, &b),
        "round trip changed the document:\n{a}\n{b}"
    );
    back
}

#[test]
fn fuel_types() {
    let fuel = Fuel::certified(
        PathwayId::BioMethanol,
        Certificate::total_e_g_per_mj(15.0).unwrap(),
    );
    let f = round_trip(&fuel);
    assert_eq!(f.pathway, fuel.pathway);
    let conv = Converter::new(ConverterClass::LngOttoMediumSpeed)
        .with_overrides(EmissionOverrides {
            methane_slip: Some(percent(2.0)),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(round_trip(&conv).class, conv.class);
    let blend = Blend::by_mass(
        "B30",
        vec![
            (Fuel::new(PathwayId::Hvo), 0.3),
            (Fuel::new(PathwayId::Vlsfo), 0.7),
        ],
    )
    .unwrap();
    assert_eq!(round_trip(&blend).components().len(), 2);
    let gwp: GwpSet = GwpSet::AR6_FOSSIL.into();
    assert_eq!(round_trip(&gwp), gwp);
    // A whole factor set and a whole basis: the copy accounts a ledger exactly as the original.
    let set = FactorSet::fueleu_annex_ii();
    let set_back = round_trip(&set);
    assert_eq!(set_back.iter().count(), set.iter().count());
    let basis = AccountingBasis::fueleu(2025).unwrap();
    let basis_back = round_trip(&basis);
    let mut ledger = FuelLedger::new();
    ledger
        .add(
            fuel,
            ConverterClass::Ice,
            tonnes(10.0),
            "x",
            ScopeShare::HALF,
        )
        .unwrap();
    ledger
        .add(PathwayId::Lng, conv, tonnes(5.0), "y", ScopeShare::FULL)
        .unwrap();
    let a = basis.account(&ledger).unwrap();
    let b = basis_back.account(&ledger).unwrap();
    assert!((a.total().value - b.total().value).abs() <= 1e-12 * a.total().value);
    let e = round_trip(&a);
    assert!((e.total().value - a.total().value).abs() <= 1e-12 * a.total().value);
}

#[test]
fn vessel_regulation_and_trajectory_types() {
    let ship = Vessel::builder("rt", ShipType::Container)
        .teu(14_000.0)
        .build_year(2015)
        .design_speed(knots(22.0))
        .design_draught(metres(15.0))
        .main_engine(
            kilowatts(60_000.0),
            EngineType::SlowSpeedDiesel,
            FuelSupply::mono(green_corridor::fuel::FuelFamily::Oil),
        )
        .build()
        .unwrap();
    let back = round_trip(&ship);
    let op = Operation::new(
        OperatingPhase::NormalCruising,
        knots(16.0),
        metres(13.0),
        hours(24.0),
    );
    assert_eq!(
        ship.operate(&op).unwrap().total_fuel(),
        back.operate(&op).unwrap().total_fuel()
    );

    let mut ledger = FuelLedger::new();
    ledger
        .add(
            PathwayId::Hfo,
            ConverterClass::Ice,
            tonnes(30_000.0),
            "sea",
            ScopeShare::HALF,
        )
        .unwrap();
    let cii_ship = cii::CiiShip::new(
        cii::CiiShipType::ContainerShip,
        tonnes(150_000.0),
        140_000.0,
    )
    .unwrap();
    let year = ShipYear::new("rt", 2026, ledger, cii_ship, nautical_miles(100_000.0));
    let year_back = round_trip(&year);
    let prices = green_corridor::regulation::Prices {
        currency: green_corridor::regulation::Currency::Eur,
        usd_per_eur: 1.1,
        eua_price_eur_per_t: 75.0,
        nzf_tier1_usd_per_t: 100.0,
        nzf_tier2_usd_per_t: 380.0,
    };
    let s1 = compliance_summary(&year, &prices).unwrap();
    let s2 = compliance_summary(&year_back, &prices).unwrap();
    assert!(
        (s1.costs.total().amount() - s2.costs.total().amount()).abs()
            <= 1e-9 * s1.costs.total().amount().abs().max(1.0)
    );
    round_trip(&s1);

    let pathway: TargetPathway = round_trip(&imo_2023_minimum().unwrap());
    assert_eq!(pathway.value(2035).unwrap(), 0.55);
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios/trajectories/methanol_pathway.toml"),
    )
    .unwrap();
    let plan: ScenarioPlan = toml::from_str(&text).unwrap();
    let plan_back = round_trip(&plan);
    assert_eq!(plan_back.options.len(), plan.options.len());
    assert_eq!(plan_back.mix, plan.mix);
}
