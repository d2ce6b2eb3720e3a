//! IMO CII: reference lines, reduction factors, boundaries, ratings, caps, G5 corrections,
//! corrective action and bad input.
//!
//! Every expected value is derived by hand from the tables of MEPC.353(78) (G2), MEPC.354(78)
//! (G4) and MEPC.338(76) as amended by MEPC.400(83) (G3), transcribed in `docs/data-sources.md`,
//! "IMO CII — MEPC.353(78) Table 1 reference lines" and the CII sections after it. Reference lines
//! are CII_ref = a · Capacity^(−c); the digits were evaluated with a calculator and cross-checked
//! against "IMO CII — capacity caps and band discontinuities" there (bulk cap 1.9457,
//! vehicle-carrier cap 5.629, LNG floor 20.171 / 19.762).

use approx::assert_relative_eq;
use green_corridor::prelude::*;
use green_corridor::regulation::cii::{
    self, BoundaryRule, CapacityCapPolicy, CfClass, CiiCorrections, CiiFuel, CiiOptions, CiiRating,
    CiiShip, CiiShipType, FuelByClass, LngSmallShipCoefficient, ReductionFactor,
};

const TOL: f64 = 1e-9;

fn ship(t: CiiShipType, capacity: f64) -> CiiShip {
    // DWT and GT set to the same number: each type reads the one its basis uses.
    CiiShip::new(t, tonnes(capacity), capacity).unwrap()
}

/// (type, capacity, a, c, capacity used, CII_ref) — one row per ship type and size band.
fn reference_cases() -> Vec<(CiiShipType, f64, f64)> {
    use CiiShipType as T;
    vec![
        // 4745 · 100,000^−0.622 = 4745 · 10^−3.11 = 4745 · 7.7625e−4 = 3.68329
        (T::BulkCarrier, 100_000.0, 3.683292568403142),
        // 8104 · 50,000^−0.639 = 8.05485
        (T::GasCarrier, 50_000.0, 8.054852639645105),
        // 1.4405e11 · 80,000^−2.071 = 10.0975
        (T::GasCarrier, 80_000.0, 10.097500876865938),
        // 5247 · 100,000^−0.610 = 5247 · 10^−3.05 = 4.67639
        (T::Tanker, 100_000.0, 4.676393672387764),
        // 1984 · 150,000^−0.489 = 5.84027
        (T::ContainerShip, 150_000.0, 5.840271570807071),
        // 588 · 10,000^−0.3885 = 588 · 10^−1.554 = 16.4202
        (T::GeneralCargoShip, 10_000.0, 16.420157786475546),
        // 31948 · 30,000^−0.792 = 9.08999
        (T::GeneralCargoShip, 30_000.0, 9.089994951575495),
        // 4600 · 10,000^−0.557 = 4600 · 10^−2.228 = 27.2118
        (T::RefrigeratedCargoCarrier, 10_000.0, 27.21183517207179),
        // 5119 · 100,000^−0.622 = 3.97361
        (T::CombinationCarrier, 100_000.0, 3.973608990022273),
        // 9.827 · Cap^0 = 9.827
        (T::LngCarrier, 150_000.0, 9.827),
        // 1.4479e14 · 80,000^−2.673 = 11.3443
        (T::LngCarrier, 80_000.0, 11.34433474062292),
        // 330 · 20,000^−0.329 = 12.6904 (GT)
        (T::RoRoCargoShipVehicleCarrier, 20_000.0, 12.690392989368517),
        // 3627 · 40,000^−0.590 = 6.98767 (GT)
        (T::RoRoCargoShipVehicleCarrier, 40_000.0, 6.987666362301967),
        // 1967 · 20,000^−0.485 = 16.1363 (GT)
        (T::RoRoCargoShip, 20_000.0, 16.136331674969732),
        // 2023 · 30,000^−0.460 = 17.6409 (GT)
        (T::RoRoPassengerShip, 30_000.0, 17.640874307566015),
        // 4196 · 5,000^−0.460 = 83.4275 (GT)
        (
            T::RoRoPassengerShipHighSpeedCraft,
            5_000.0,
            83.42750919705006,
        ),
        // 930 · 100,000^−0.383 = 930 · 10^−1.915 = 11.3105 (GT)
        (T::CruisePassengerShip, 100_000.0, 11.310529806011221),
    ]
}

#[test]
fn reference_line_of_every_ship_type_and_band() {
    let o = CiiOptions::default();
    for (t, cap, want) in reference_cases() {
        let r = cii::reference_line(&ship(t, cap), &o).unwrap();
        assert_relative_eq!(r.value_g_per_capacity_nm, want, max_relative = 1e-12);
    }
}

#[test]
fn rating_of_every_ship_type() {
    // With attained = required × k, the grade follows from the dd vector alone:
    // k = 0.5 → A for every type (all exp(d1) > 0.5); k = 1.0 → C (exp(d2) < 1 < exp(d3));
    // k = 2.0 → E (all exp(d4) < 2). For the container ship (0.83, 0.94, 1.07, 1.19):
    // k = 0.90 → B and k = 1.10 → D.
    let o = CiiOptions::default();
    for (t, cap, _) in reference_cases() {
        let s = ship(t, cap);
        let req = cii::required(&s, 2026, &o).unwrap();
        for (k, grade) in [
            (0.5, CiiRating::A),
            (1.0, CiiRating::C),
            (2.0, CiiRating::E),
        ] {
            assert_eq!(
                cii::rate(&s, req * k, 2026, &o).unwrap().rating,
                grade,
                "{t} k={k}"
            );
        }
    }
    let s = ship(CiiShipType::ContainerShip, 150_000.0);
    let req = cii::required(&s, 2026, &o).unwrap();
    assert_eq!(
        cii::rate(&s, req * 0.90, 2026, &o).unwrap().rating,
        CiiRating::B
    );
    assert_eq!(
        cii::rate(&s, req * 1.10, 2026, &o).unwrap().rating,
        CiiRating::D
    );
}

#[test]
fn container_ship_2025_required_and_boundaries_by_hand() {
    // 150,000 DWT container ship, 2025: Z = 9 %; required = 0.91 · 5.840272 = 5.314647.
    // Boundaries: 0.83·, 0.94·, 1.07·, 1.19· required.
    let s = ship(CiiShipType::ContainerShip, 150_000.0);
    let b = cii::boundaries(&s, 2025, &CiiOptions::default()).unwrap();
    let req = 0.91 * 5.840271570807071;
    assert_relative_eq!(b.required, req, max_relative = 1e-12);
    assert_relative_eq!(b.superior, 0.83 * req, max_relative = 1e-12);
    assert_relative_eq!(b.lower, 0.94 * req, max_relative = 1e-12);
    assert_relative_eq!(b.upper, 1.07 * req, max_relative = 1e-12);
    assert_relative_eq!(b.inferior, 1.19 * req, max_relative = 1e-12);
}

#[test]
fn ratings_exactly_at_each_boundary() {
    // Default rule (G4 as recalled, reference §1.1): attained equal to a boundary gets the
    // worse grade. Alternative rule: the better grade.
    let s = ship(CiiShipType::BulkCarrier, 100_000.0);
    let worse = CiiOptions::default();
    let better = CiiOptions {
        boundary_rule: BoundaryRule::OnBoundaryBetterGrade,
        ..CiiOptions::default()
    };
    let b = cii::boundaries(&s, 2024, &worse).unwrap();
    let cases = [
        (b.superior, CiiRating::B, CiiRating::A),
        (b.lower, CiiRating::C, CiiRating::B),
        (b.upper, CiiRating::D, CiiRating::C),
        (b.inferior, CiiRating::E, CiiRating::D),
    ];
    for (at, on_worse, on_better) in cases {
        assert_eq!(cii::rate(&s, at, 2024, &worse).unwrap().rating, on_worse);
        assert_eq!(cii::rate(&s, at, 2024, &better).unwrap().rating, on_better);
        assert_eq!(b.grade(at, BoundaryRule::OnBoundaryWorseGrade), on_worse);
    }
}

#[test]
fn reduction_factors_including_mepc_400_83() {
    let o = CiiOptions::default();
    for (y, z) in [
        (2019, 0.0),
        (2023, 5.0),
        (2026, 11.0),
        (2027, 13.625),
        (2028, 16.25),
        (2029, 18.875),
        (2030, 21.5),
    ] {
        assert_eq!(cii::reduction_factor(y, &o).unwrap(), z, "{y}");
    }
    // 2030 required for the bulk carrier: (1 − 0.215) · 3.683293 = 2.891385.
    let s = ship(CiiShipType::BulkCarrier, 100_000.0);
    assert_relative_eq!(
        cii::required(&s, 2030, &o).unwrap(),
        0.785 * 3.683292568403142,
        max_relative = 1e-12
    );
}

#[test]
fn years_outside_the_table_are_errors_unless_supplied() {
    let o = CiiOptions::default();
    let s = ship(CiiShipType::Tanker, 100_000.0);
    for y in [2018, 2031] {
        assert!(matches!(
            cii::required(&s, y, &o),
            Err(Error::YearOutOfRange { year, .. }) if year == y
        ));
    }
    let supplied = CiiOptions {
        reduction_factors: vec![ReductionFactor {
            year: 2031,
            percent: 24.0,
        }],
        ..CiiOptions::default()
    };
    assert_relative_eq!(
        cii::required(&s, 2031, &supplied).unwrap(),
        0.76 * 4.676393672387764,
        max_relative = 1e-12
    );
    let bad = CiiOptions {
        reduction_factors: vec![ReductionFactor {
            year: 2031,
            percent: 120.0,
        }],
        ..CiiOptions::default()
    };
    assert!(matches!(
        cii::required(&s, 2031, &bad),
        Err(Error::OutOfRange { .. })
    ));
}

#[test]
fn capacity_caps_both_ways() {
    let o = CiiOptions::default();
    // Bulk ≥ 279,000 DWT: reference line at 279,000: 4745 · 279,000^−0.622 = 1.945675.
    let big = ship(CiiShipType::BulkCarrier, 300_000.0);
    let r = cii::reference_line(&big, &o).unwrap();
    assert_eq!(r.capacity, 279_000.0);
    assert_relative_eq!(
        r.value_g_per_capacity_nm,
        1.9456754643505259,
        max_relative = 1e-12
    );
    // Just below the cap the ship's own DWT is used.
    let below = cii::reference_line(&ship(CiiShipType::BulkCarrier, 278_999.0), &o).unwrap();
    assert_eq!(below.capacity, 278_999.0);
    // Attained: 300,000 t CO2 over 50,000 nm. Default uses the ship's DWT:
    // 3e11 g / (300,000 · 50,000) = 20.0; the alternative uses 279,000: 3e11 / 1.395e10 = 21.505376.
    let co2 = tonnes(300_000.0);
    let d = nautical_miles(50_000.0);
    assert_relative_eq!(
        cii::attained_from_co2(&big, co2, d, &o).unwrap(),
        20.0,
        max_relative = TOL
    );
    let both = CiiOptions {
        capacity_cap: CapacityCapPolicy::ReferenceLineAndAttained,
        ..CiiOptions::default()
    };
    assert_relative_eq!(
        cii::attained_from_co2(&big, co2, d, &both).unwrap(),
        3e11 / (279_000.0 * 50_000.0),
        max_relative = TOL
    );

    // Vehicle carrier ≥ 57,700 GT: 3627 · 57,700^−0.590 = 5.629293 (reference §1.7: 5.629).
    // The cap is tested on GT, not DWT: a 60,000 GT ship with 20,000 DWT is capped.
    let vc = CiiShip::new(
        CiiShipType::RoRoCargoShipVehicleCarrier,
        tonnes(20_000.0),
        60_000.0,
    )
    .unwrap();
    let r = cii::reference_line(&vc, &o).unwrap();
    assert_eq!(r.capacity, 57_700.0);
    assert_relative_eq!(
        r.value_g_per_capacity_nm,
        5.629292635833671,
        max_relative = 1e-12
    );
    // …and a 20,000 GT ship with 60,000 DWT is not (it is in the < 30,000 GT band).
    let vc_small = CiiShip::new(
        CiiShipType::RoRoCargoShipVehicleCarrier,
        tonnes(60_000.0),
        20_000.0,
    )
    .unwrap();
    assert_relative_eq!(
        cii::reference_line(&vc_small, &o)
            .unwrap()
            .value_g_per_capacity_nm,
        12.690392989368517,
        max_relative = 1e-12
    );

    // LNG < 65,000 DWT: floor 65,000. Printed a = 14779E10: 20.171010; continuous 14479E10: 19.761557.
    let lng = ship(CiiShipType::LngCarrier, 50_000.0);
    let r = cii::reference_line(&lng, &o).unwrap();
    assert_eq!(r.capacity, 65_000.0);
    assert_relative_eq!(
        r.value_g_per_capacity_nm,
        20.171010099330616,
        max_relative = 1e-12
    );
    let cont = CiiOptions {
        lng_small_ship_coefficient: LngSmallShipCoefficient::Continuous,
        ..CiiOptions::default()
    };
    assert_relative_eq!(
        cii::reference_line(&lng, &cont)
            .unwrap()
            .value_g_per_capacity_nm,
        19.76155729265904,
        max_relative = 1e-12
    );
    // The attained CII of the small LNG carrier: default uses 50,000 DWT, alternative 65,000.
    let a0 = cii::attained_from_co2(&lng, tonnes(65_000.0), nautical_miles(1_000.0), &o).unwrap();
    let a1 =
        cii::attained_from_co2(&lng, tonnes(65_000.0), nautical_miles(1_000.0), &both).unwrap();
    assert_relative_eq!(a0, 6.5e10 / 5e7, max_relative = TOL); // 1,300
    assert_relative_eq!(a1, 6.5e10 / 6.5e7, max_relative = TOL); // 1,000
}

#[test]
fn attained_from_a_ledger_and_from_fuel_by_class_agree() {
    // 40,000 t HFO: M = 40,000 · 3.114 = 124,560 t CO2; D = 100,000 nm; DWT 150,000:
    // attained = 1.2456e11 / 1.5e10 = 8.304 g/(dwt·nm). Required 2025 = 5.314647; inferior =
    // 1.19 · 5.314647 = 6.324430 < 8.304 → E.
    let s = ship(CiiShipType::ContainerShip, 150_000.0);
    let mut l = FuelLedger::new();
    l.add(
        PathwayId::Hfo,
        ConverterClass::Ice,
        tonnes(30_000.0),
        "sea",
        ScopeShare::NONE,
    )
    .unwrap();
    l.add(
        PathwayId::Hfo,
        ConverterClass::Ice,
        tonnes(10_000.0),
        "eu",
        ScopeShare::HALF,
    )
    .unwrap();
    let o = CiiOptions::default();
    let a = cii::assess(
        &s,
        CiiFuel::Ledger(&l),
        nautical_miles(100_000.0),
        2025,
        None,
        &o,
    )
    .unwrap();
    assert_relative_eq!(a.co2.tonnes(), 124_560.0, max_relative = TOL);
    assert_relative_eq!(
        a.rated.attained_g_per_capacity_nm,
        8.304,
        max_relative = TOL
    );
    assert_eq!(a.rated.rating, CiiRating::E);
    let fuel = [FuelByClass::new(CfClass::HeavyFuelOil, tonnes(40_000.0))];
    let b = cii::assess(
        &s,
        CiiFuel::ByClass(&fuel),
        nautical_miles(100_000.0),
        2025,
        None,
        &o,
    )
    .unwrap();
    assert_relative_eq!(
        b.rated.attained_g_per_capacity_nm,
        8.304,
        max_relative = TOL
    );
    // LNG is counted as Cf × mass (no slip in IMO DCS): 1,000 t → 2,750 t CO2.
    let lng = [FuelByClass::new(CfClass::Lng, tonnes(1_000.0))];
    assert_relative_eq!(
        cii::co2_from_fuel(&lng, "fuel").unwrap().tonnes(),
        2_750.0,
        max_relative = TOL
    );
}

#[test]
fn g5_corrections_by_hand() {
    // Tanker 100,000 DWT, 2025, 20,000 t HFO (62,280 t CO2), 60,000 nm.
    // Deductions: excluded voyage 500 t HFO (1,557 t CO2) and 1,000 nm;
    // boiler 2,000 t HFO · (0.75 − 0.03·2 = 0.69) → 2,000 · 3.114 · 0.69 = 4,297.32 t CO2.
    // CO2 left = 62,280 − 1,557 − 4,297.32 = 56,425.68 t; D = 59,000 nm;
    // attained = 5.642568e10 / (100,000 · 59,000) = 9.563675 g/(dwt·nm).
    let s = ship(CiiShipType::Tanker, 100_000.0);
    let fuel = [FuelByClass::new(CfClass::HeavyFuelOil, tonnes(20_000.0))];
    let corr = CiiCorrections {
        excluded_voyage_fuel: vec![FuelByClass::new(CfClass::HeavyFuelOil, tonnes(500.0))],
        excluded_distance_nm: 1_000.0,
        boiler_fuel: vec![FuelByClass::new(CfClass::HeavyFuelOil, tonnes(2_000.0))],
        ..CiiCorrections::none()
    };
    let a = cii::assess(
        &s,
        CiiFuel::ByClass(&fuel),
        nautical_miles(60_000.0),
        2025,
        Some(&corr),
        &CiiOptions::default(),
    )
    .unwrap();
    assert_relative_eq!(a.co2.tonnes(), 56_425.68, max_relative = 1e-12);
    assert_relative_eq!(a.distance_nm, 59_000.0, max_relative = TOL);
    assert_relative_eq!(
        a.rated.attained_g_per_capacity_nm,
        5.642568e10 / 5.9e9,
        max_relative = 1e-12
    );
    // STS adjustment factor: 6.1742 · 100,000^−0.246 = 6.1742 · 10^−1.23 = 0.363537.
    let af =
        cii::tanker_adjustment_factor(cii::TankerOperationKind::ShipToShip, 100_000.0).unwrap();
    assert_relative_eq!(af, 6.1742 * 10f64.powf(-1.23), max_relative = 1e-12);
    // Excluded distance ≥ distance sailed is an error.
    let too_far = CiiCorrections {
        excluded_distance_nm: 60_000.0,
        ..CiiCorrections::none()
    };
    assert!(
        cii::assess(
            &s,
            CiiFuel::ByClass(&fuel),
            nautical_miles(60_000.0),
            2025,
            Some(&too_far),
            &CiiOptions::default()
        )
        .is_err()
    );
}

#[test]
fn corrective_action_plan_years() {
    use CiiRating::*;
    // Three consecutive D's (2024–2026) → plan in 2026; an E in 2028 → plan in 2028; a C in
    // 2027 resets the run.
    let r = [
        (2023, C),
        (2024, D),
        (2025, D),
        (2026, D),
        (2027, C),
        (2028, E),
        (2029, D),
        (2030, D),
    ];
    assert_eq!(cii::corrective_action_years(&r), vec![2026, 2028]);
}

#[test]
fn bad_input_is_a_typed_error() {
    let o = CiiOptions::default();
    // Zero capacity for the type's basis.
    assert!(matches!(
        CiiShip::new(CiiShipType::BulkCarrier, tonnes(0.0), 50_000.0),
        Err(Error::OutOfRange { field, .. }) if field == "ship.deadweight_t"
    ));
    assert!(matches!(
        CiiShip::new(CiiShipType::CruisePassengerShip, tonnes(10_000.0), 0.0),
        Err(Error::OutOfRange { field, .. }) if field == "ship.gross_tonnage"
    ));
    assert!(CiiShip::new(CiiShipType::Tanker, tonnes(f64::NAN), 1.0).is_err());
    // Zero or negative distance.
    let s = ship(CiiShipType::Tanker, 100_000.0);
    assert!(matches!(
        cii::attained_from_co2(&s, tonnes(1.0), nautical_miles(0.0), &o),
        Err(Error::OutOfRange { field, .. }) if field == "distance_nm"
    ));
    assert!(matches!(
        cii::attained_from_co2(&s, tonnes(1.0), nautical_miles(-5.0), &o),
        Err(Error::Negative { .. })
    ));
    // Deserialising a ship with a typo is an error.
    let bad = r#"{"ship_type":"tanker","deadweight_t":1.0,"gross_tonage":1.0}"#;
    assert!(serde_json::from_str::<CiiShip>(bad).is_err());
}
