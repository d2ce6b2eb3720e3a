//! Bad input gets a typed error that names the input; nothing panics, nothing returns NaN.

use green_corridor::prelude::*;

fn one_hfo() -> FuelLedger {
    let mut l = FuelLedger::new();
    l.add(
        PathwayId::Hfo,
        ConverterClass::Ice,
        tonnes(1.0),
        "sea",
        ScopeShare::FULL,
    )
    .unwrap();
    l
}

#[test]
fn nan_infinite_and_negative_masses() {
    let mut l = FuelLedger::new();
    for (mass, expect_negative) in [
        (f64::NAN, false),
        (f64::INFINITY, false),
        (f64::NEG_INFINITY, false),
        (-0.5, true),
    ] {
        let err = l
            .add(
                PathwayId::Hfo,
                ConverterClass::Ice,
                tonnes(mass),
                "sea",
                ScopeShare::FULL,
            )
            .unwrap_err();
        match err {
            Error::Negative { field, value } => {
                assert!(expect_negative);
                assert_eq!(field, "ledger.entries[0].mass");
                assert_eq!(value, -0.5);
            }
            Error::NonFinite { field, .. } => {
                assert!(!expect_negative);
                assert_eq!(field, "ledger.entries[0].mass");
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert!(l.is_empty());
}

#[test]
fn shares_that_do_not_sum_to_one_and_zero_mass_blends() {
    let err = Blend::by_mass(
        "B30",
        vec![
            (Fuel::new(PathwayId::Hvo), 0.3),
            (Fuel::new(PathwayId::Vlsfo), 0.6),
        ],
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "blend 'B30'.components[*].share must sum to 1 (within 1e-9), but they sum to 0.8999999999999999"
    );
    let set = FactorSet::fueleu_annex_ii();
    assert!(matches!(
        Blend::by_energy(
            "e",
            vec![
                (Fuel::new(PathwayId::Lng), 0.5),
                (Fuel::new(PathwayId::ELng), 0.6)
            ],
            &set
        ),
        Err(Error::SharesDoNotSumToOne { .. })
    ));
    let b = Blend::by_mass("pure", vec![(Fuel::new(PathwayId::Hfo), 1.0)]).unwrap();
    let mut l = FuelLedger::new();
    let err = l
        .add_blend(
            &b,
            ConverterClass::Ice,
            tonnes(0.0),
            "sea",
            ScopeShare::FULL,
        )
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "blend 'pure'.mass = 0 is out of range: expected a positive mass of blend"
    );
}

#[test]
fn unknown_pathway_name_in_serde_input() {
    let json = r#"{"entries":[{"fuel":{"pathway":"bunker_c"},"converter":{"class":"ice"},
        "mass_t":1.0,"label":"sea","scope":1.0}]}"#;
    let err = serde_json::from_str::<FuelLedger>(json)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("unknown fuel pathway 'bunker_c'; valid names are: hfo, vlsfo, lfo"),
        "{err}"
    );
    let json = json
        .replace("bunker_c", "hfo")
        .replace("\"ice\"", "\"diesel_engine\"");
    let err = serde_json::from_str::<FuelLedger>(&json)
        .unwrap_err()
        .to_string();
    assert!(err.contains("diesel_engine"), "{err}");
    // A misspelt field is an error, not silently ignored.
    let json = json
        .replace("\"diesel_engine\"", "\"ice\"")
        .replace("mass_t", "mass");
    assert!(serde_json::from_str::<FuelLedger>(&json).is_err());
}

#[test]
fn biofuel_without_its_certified_e_value() {
    let mut l = FuelLedger::new();
    l.add(
        PathwayId::BioMethanol,
        ConverterClass::Ice,
        tonnes(10.0),
        "sea",
        ScopeShare::FULL,
    )
    .unwrap();
    let err = AccountingBasis::fueleu(2025)
        .unwrap()
        .account(&l)
        .unwrap_err();
    match &err {
        Error::MissingCertifiedValue { field, pathway, .. } => {
            assert_eq!(field, "ledger.entries[0].fuel");
            assert_eq!(pathway, "bio_methanol");
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(err.to_string().contains("Proof of Sustainability"));
    // The TtW-only bases do not need the WtT and account it.
    assert!(AccountingBasis::eu_ets(2026).unwrap().account(&l).is_ok());
    // An RFNBO without a certificate likewise.
    let mut l = FuelLedger::new();
    l.add(
        PathwayId::EMethanol,
        ConverterClass::Ice,
        tonnes(10.0),
        "sea",
        ScopeShare::FULL,
    )
    .unwrap();
    assert!(matches!(
        AccountingBasis::imo_lca().account(&l),
        Err(Error::MissingCertifiedValue { .. })
    ));
}

#[test]
fn fossil_certificates_are_refused_under_fueleu() {
    let mut l = FuelLedger::new();
    l.add(
        Fuel::certified(
            PathwayId::Hfo,
            Certificate::well_to_tank_g_per_mj(5.0).unwrap(),
        ),
        ConverterClass::Ice,
        tonnes(1.0),
        "sea",
        ScopeShare::FULL,
    )
    .unwrap();
    assert!(matches!(
        AccountingBasis::fueleu(2025).unwrap().account(&l),
        Err(Error::CertificateNotAllowed { .. })
    ));
    // The IMO LCA basis accepts certified actual values.
    assert!(AccountingBasis::imo_lca().account(&l).is_ok());
}

#[test]
fn empty_ledgers_and_zero_energy() {
    let l = FuelLedger::new();
    assert!(matches!(
        AccountingBasis::fueleu(2025).unwrap().account(&l),
        Err(Error::Empty { .. })
    ));
    let mut zero = FuelLedger::new();
    zero.add(
        PathwayId::Hfo,
        ConverterClass::Ice,
        tonnes(0.0),
        "sea",
        ScopeShare::FULL,
    )
    .unwrap();
    let e = AccountingBasis::fueleu(2025)
        .unwrap()
        .account(&zero)
        .unwrap();
    assert!(matches!(e.intensity(), Err(Error::Undefined { .. })));
}

#[test]
fn pathways_missing_from_a_set_and_custom_pathways() {
    let mut l = FuelLedger::new();
    l.add(
        PathwayId::Ethane,
        ConverterClass::Ice,
        tonnes(1.0),
        "sea",
        ScopeShare::FULL,
    )
    .unwrap();
    let err = AccountingBasis::fueleu(2025)
        .unwrap()
        .account(&l)
        .unwrap_err();
    assert!(matches!(err, Error::PathwayNotInFactorSet { .. }), "{err}");
    // A user adds a custom pathway (say, certified bio-LPG) to a set of their own.
    use green_corridor::fuel::{
        Confidence, CustomPathway, FuelFamily, FuelOrigin, NonCo2Factors, PathwayFactors,
        ValueOrigin,
    };
    let bio_lpg = PathwayId::Custom(
        CustomPathway::new("bio_lpg", FuelOrigin::Biofuel, FuelFamily::Lpg).unwrap(),
    );
    let mut set = FactorSet::fueleu_annex_ii().renamed("FuelEU Annex II + bio-LPG");
    let row = PathwayFactors {
        lcv: mj_per_g(0.046),
        well_to_tank: None,
        cf_co2: green_corridor::units::g_per_g(3.0),
        combustion: NonCo2Factors {
            cf_ch4: green_corridor::units::g_per_g(0.00005),
            cf_n2o: green_corridor::units::g_per_g(0.00018),
        },
        fuel_cell: None,
        non_co2_origin: [ValueOrigin::User, ValueOrigin::User],
        wtt_origin: ValueOrigin::User,
        confidence: Confidence::User,
        source: "user's certificate".into(),
    };
    let mut bad = row.clone();
    bad.lcv = mj_per_g(0.0);
    assert!(matches!(
        set.insert(bio_lpg.clone(), bad),
        Err(Error::OutOfRange { .. })
    ));
    set.insert(bio_lpg.clone(), row).unwrap();
    let basis = AccountingBasis::fueleu(2025).unwrap().with_factors(set);
    let mut l = FuelLedger::new();
    l.add(
        Fuel::certified(bio_lpg, Certificate::total_e_g_per_mj(20.0).unwrap()),
        ConverterClass::Ice,
        tonnes(1.0),
        "sea",
        ScopeShare::FULL,
    )
    .unwrap();
    // WtW = E + non-CO2/LCV = 20 + 0.05489/0.046 = 21.193261
    let e = basis.account(&l).unwrap();
    assert!((e.intensity().unwrap().g_per_mj() - 21.193261).abs() < 1e-6);
}

#[test]
fn non_finite_certificates_gwp_and_years() {
    assert!(matches!(
        Certificate::total_e_g_per_mj(f64::NAN),
        Err(Error::NonFinite { .. })
    ));
    assert!(matches!(
        GwpSet::custom("x", f64::INFINITY, 1.0),
        Err(Error::NonFinite { .. })
    ));
    assert!(matches!(
        AccountingBasis::fueleu(2024),
        Err(Error::YearOutOfRange { year: 2024, .. })
    ));
    // A basis with a NaN GWP set by hand is refused at accounting time.
    let mut b = AccountingBasis::imo_lca();
    b.gwp.ch4 = f64::NAN;
    assert!(b.account(&one_hfo()).is_err());
}

#[test]
fn overflowing_masses_are_an_error_not_an_infinity() {
    // 1e300 t of HFO would be 4.05e310 J: the ledger refuses the entry where it is made,
    // naming its mass and the bound (1e12 t, `ledger::MAX_ENTRY_MASS_T`).
    let mut l = FuelLedger::new();
    let e = l
        .add(
            PathwayId::Hfo,
            ConverterClass::Ice,
            tonnes(1e300),
            "sea",
            ScopeShare::FULL,
        )
        .unwrap_err();
    assert!(
        matches!(&e, Error::OutOfRange { field, value, .. }
            if field == "ledger.entries[0].mass" && *value == 1e300),
        "{e}"
    );
    assert!(l.is_empty());
    // Two entries at the bound sum to a finite total; scaling past the bound is refused and
    // names the factor and the entry.
    for _ in 0..2 {
        l.add(
            PathwayId::Hfo,
            ConverterClass::Ice,
            tonnes(green_corridor::ledger::MAX_ENTRY_MASS_T),
            "sea",
            ScopeShare::FULL,
        )
        .unwrap();
    }
    assert_eq!(l.total_mass().tonnes(), 2e12);
    let e = l.scaled(10.0).unwrap_err();
    assert!(e.to_string().contains("ledger.entries[0].mass_t"), "{e}");
    // A capacity hint of usize::MAX does not allocate it.
    assert!(FuelLedger::with_capacity(usize::MAX).is_empty());
}
