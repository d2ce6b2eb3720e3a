//! Documented API tests: target pathways, conversions and alignment, with hand-derived values.

use approx::assert_abs_diff_eq;
use green_corridor::Error;
use green_corridor::trajectory::targets::{
    iea_net_zero_2050, imo_2023_minimum, imo_2023_striving, sbti_umas_1_5c,
};
use green_corridor::trajectory::*;

#[test]
fn imo_2023_checkpoints_and_values_between_them() {
    // MEPC.377(80): −20 % (2030), −70 % (2040), net zero (2050) vs 2008; linear between.
    let min = imo_2023_minimum().unwrap();
    assert_abs_diff_eq!(min.value(2030).unwrap(), 0.80, epsilon = 1e-12);
    assert_abs_diff_eq!(min.value(2040).unwrap(), 0.30, epsilon = 1e-12);
    assert_abs_diff_eq!(min.value(2050).unwrap(), 0.0, epsilon = 1e-12);
    // 2035 is halfway from 0.80 to 0.30: 0.55. 2045: halfway from 0.30 to 0: 0.15.
    assert_abs_diff_eq!(min.value(2035).unwrap(), 0.55, epsilon = 1e-12);
    assert_abs_diff_eq!(min.value(2045).unwrap(), 0.15, epsilon = 1e-12);
    // 2019 is 11/22 of the way from 2008 (1.0) to 2030 (0.8): 0.9.
    assert_abs_diff_eq!(min.value(2019).unwrap(), 0.90, epsilon = 1e-12);
    let striving = imo_2023_striving().unwrap();
    assert_abs_diff_eq!(striving.value(2030).unwrap(), 0.70, epsilon = 1e-12);
    assert_abs_diff_eq!(striving.value(2035).unwrap(), 0.45, epsilon = 1e-12);
    assert_abs_diff_eq!(striving.value(2040).unwrap(), 0.20, epsilon = 1e-12);
}

#[test]
fn iea_pathway_declines_at_a_constant_rate() {
    // 2035 = (830/880)·(120/830)^(15/30) = 0.358630
    let iea = iea_net_zero_2050().unwrap();
    assert_abs_diff_eq!(iea.value(2035).unwrap(), 0.358630, epsilon = 1e-6);
    assert_abs_diff_eq!(iea.value(2050).unwrap() * 880.0, 120.0, epsilon = 1e-9);
    // In Mt CO2 with the 2019 reference of 880 Mt: 2020 = 830 Mt.
    let r2019 = Reference::measured(2019, 880.0, "IEA NZE 2019 shipping CO2, Mt").unwrap();
    assert_abs_diff_eq!(
        iea.absolute(2020, Some(&r2019)).unwrap(),
        830.0,
        epsilon = 1e-9
    );
    // It says what it is: TtW CO2 of all shipping, not WtW GHG.
    assert!(iea.name().contains("TtW CO2"));
}

#[test]
fn sbti_pathway_takes_the_callers_baseline() {
    let p = sbti_umas_1_5c(2020).unwrap();
    assert_abs_diff_eq!(p.value(2025).unwrap(), 1.0 - 0.45 * 0.5, epsilon = 1e-12);
    assert_abs_diff_eq!(p.value(2040).unwrap(), 0.0, epsilon = 1e-12);
}

#[test]
fn step_pathways_hold_until_the_next_checkpoint() {
    // A FuelEU-style intensity limit: 89.3368 from 2025, 85.6904 from 2030 (step, Art. 4(2)).
    let p = TargetPathway::new(
        "limit",
        "test",
        "",
        PathwayKind::Intensity {
            unit: "gCO2e/MJ".into(),
        },
        vec![
            Checkpoint {
                year: 2025,
                value: 89.3368,
            },
            Checkpoint {
                year: 2030,
                value: 85.6904,
            },
            Checkpoint {
                year: 2035,
                value: 77.9418,
            },
        ],
        Interpolation::Step,
    )
    .unwrap();
    assert_eq!(p.value(2029).unwrap(), 89.3368);
    assert_eq!(p.value(2030).unwrap(), 85.6904);
    assert_eq!(p.value(2034).unwrap(), 85.6904);
    // Intensity pathways need no reference.
    assert_eq!(p.absolute(2031, None).unwrap(), 85.6904);
}

#[test]
fn a_2025_value_is_not_a_2008_reference() {
    // The misuse the old API allowed: a service's 2025 emissions passed as the 2008 level of
    // the IMO pathway. It is a typed error naming both years.
    let imo = imo_2023_minimum().unwrap();
    let e2025 = Reference::measured(2025, 120_000.0, "voyage model").unwrap();
    match imo.absolute(2030, Some(&e2025)) {
        Err(Error::ReferenceYearMismatch {
            expected_year,
            given_year,
            ..
        }) => assert_eq!((expected_year, given_year), (2008, 2025)),
        other => panic!("expected ReferenceYearMismatch, got {other:?}"),
    }
    // No reference at all for a relative pathway is an error too, not a silent 1.0.
    assert!(matches!(
        imo.absolute(2030, None),
        Err(Error::MissingInput { .. })
    ));
    // The explicit choice: the service sits on the line in 2025. IMO minimum in 2025 is
    // 1 − 0.2·17/22 = 0.845455, so the 2008 level is 120,000/0.845455 = 141,935.5 t and the
    // 2030 requirement 0.8 × that = 113,548.4 t (−5.4 % of the 2025 emissions).
    let on = Reference::on_pathway(&imo, 2025, 120_000.0).unwrap();
    assert_eq!(on.year, 2008);
    assert_abs_diff_eq!(
        on.value,
        120_000.0 / (1.0 - 0.2 * 17.0 / 22.0),
        epsilon = 1e-6
    );
    assert_abs_diff_eq!(
        imo.absolute(2030, Some(&on)).unwrap(),
        113_548.387,
        epsilon = 1e-3
    );
    assert!(on.describe().contains("ASSUMPTION"));
    // The sector's 2008 level from an intensity and the service's activity: 20 g/TEU-km over
    // 5e9 TEU-km = 1e11 g = 100,000 t.
    let sector =
        Reference::sector_intensity(2008, 20.0, 5.0e9, 1e-6, "gCO2e/TEU-km", "test").unwrap();
    assert_abs_diff_eq!(
        imo.absolute(2030, Some(&sector)).unwrap(),
        80_000.0,
        epsilon = 1e-6
    );
    // Zero cannot anchor an on-pathway reference.
    assert!(Reference::on_pathway(&imo, 2050, 1.0).is_err());
}

#[test]
fn carbon_intensity_ambition_is_a_target_of_its_own() {
    // Res. MEPC.377(80): CO2 per transport work at least 40 % below 2008 by 2030.
    let ci = green_corridor::trajectory::targets::imo_2023_carbon_intensity().unwrap();
    assert_abs_diff_eq!(ci.value(2030).unwrap(), 0.60, epsilon = 1e-12);
    // Linear: 2019 = 1 − 0.4·11/22 = 0.80.
    assert_abs_diff_eq!(ci.value(2019).unwrap(), 0.80, epsilon = 1e-12);
    assert!(
        ci.value(2031).is_err(),
        "the Strategy sets no intensity level after 2030"
    );
}

#[test]
fn absolute_and_intensity_paths_convert_both_ways() {
    // 1,000 t CO2e over 10 million TEU-km = 1e-4 t/TEU-km = 100 g/TEU-km.
    let absolute = [(2025, 1_000.0), (2026, 900.0)];
    let activity = [(2025, 1.0e7), (2026, 1.2e7)];
    let intensity = to_intensity_path(&absolute, &activity).unwrap();
    assert_abs_diff_eq!(intensity[0].1 * 1e6, 100.0, epsilon = 1e-9);
    assert_abs_diff_eq!(intensity[1].1 * 1e6, 75.0, epsilon = 1e-9);
    let back = to_absolute_path(&intensity, &activity).unwrap();
    assert_abs_diff_eq!(back[1].1, 900.0, epsilon = 1e-9);
    assert!(
        to_intensity_path(&absolute, &[(2025, 1.0e7)]).is_err(),
        "2026 has no activity"
    );
    assert!(to_intensity_path(&absolute, &[(2025, 0.0), (2026, 1.0)]).is_err());
}

#[test]
fn delta_sign_and_a_worked_alignment() {
    // Poseidon convention: above the pathway is positive and misaligned.
    assert!(alignment_delta(5.00, 4.60).unwrap() > 0.0);
    assert!(alignment_delta(7.20, 7.80).unwrap() < 0.0);
    assert!(matches!(
        alignment_delta(1.0, 0.0),
        Err(Error::Undefined { .. })
    ));
    // A corridor emitting 1,000 kt in 2008-terms flat through 2030–2032 against the minimum
    // pathway: required 800 (2030), 750 (2031), 700 (2032) kt.
    let p = imo_2023_minimum().unwrap();
    let attained = [(2030, 790.0), (2031, 760.0), (2032, 700.0)];
    let r2008 = Reference::measured(2008, 1_000.0, "test: the 2008 level").unwrap();
    let r = assess(&p, &attained, Some(&r2008)).unwrap();
    assert!(r.reference.as_deref().unwrap().starts_with("2008 level"));
    assert_eq!(r.first_misaligned_year, Some(2031));
    assert_abs_diff_eq!(r.years[1].delta.unwrap(), 10.0 / 750.0, epsilon = 1e-12);
    assert!(r.years[2].aligned, "equal to the requirement is aligned");
    assert_abs_diff_eq!(r.cumulative_budget, 2_250.0, epsilon = 1e-9);
    assert_abs_diff_eq!(r.cumulative_overshoot, 0.0, epsilon = 1e-9);
    // In 2050 the requirement is zero: no relative delta, only the excess.
    let r = assess(&p, &[(2050, 5.0)], Some(&r2008)).unwrap();
    assert_eq!(r.years[0].delta, None);
    assert_eq!(r.years[0].excess, 5.0);
    assert!(!r.years[0].aligned);
}

#[test]
fn portfolio_and_zero_near_zero_checks() {
    // Reference §3.1 constructed example: 0.6·8.70 % + 0.4·(−7.69 %) = +2.144 %.
    assert_abs_diff_eq!(
        portfolio_alignment(&[(60.0, 0.0870), (40.0, -0.0769)]).unwrap(),
        0.02144,
        epsilon = 1e-9
    );
    assert!(portfolio_alignment(&[]).is_err());
    assert_eq!(zero_near_zero_status(0.04).unwrap(), (false, false));
    assert_eq!(zero_near_zero_status(0.05).unwrap(), (true, false));
    assert_eq!(zero_near_zero_status(0.10).unwrap(), (true, true));
    assert!(zero_near_zero_status(1.5).is_err());
}

#[test]
fn bad_pathways_are_refused() {
    let kind = PathwayKind::Relative {
        reference_year: 2008,
    };
    let out_of_order = TargetPathway::new(
        "x",
        "",
        "",
        kind.clone(),
        vec![
            Checkpoint {
                year: 2030,
                value: 0.8,
            },
            Checkpoint {
                year: 2020,
                value: 0.9,
            },
        ],
        Interpolation::Linear,
    );
    assert!(
        matches!(&out_of_order, Err(Error::OutOfRange { field, .. }) if field == "pathway 'x'.checkpoints[1].year")
    );
    assert!(TargetPathway::new("x", "", "", kind.clone(), vec![], Interpolation::Linear).is_err());
    let negative = TargetPathway::new(
        "x",
        "",
        "",
        kind,
        vec![Checkpoint {
            year: 2008,
            value: -0.1,
        }],
        Interpolation::Linear,
    );
    assert!(matches!(negative, Err(Error::Negative { .. })));
    let p = imo_2023_minimum().unwrap();
    assert!(matches!(
        p.value(2051),
        Err(Error::YearOutOfRange { year: 2051, .. })
    ));
    assert!(matches!(p.value(2000), Err(Error::YearOutOfRange { .. })));
    // serde input is validated too.
    let json = r#"{"name":"u","kind":{"relative":{"reference_year":2020}},
        "checkpoints":[{"year":2020,"value":1.0},{"year":2020,"value":0.5}],"interpolation":"linear"}"#;
    assert!(serde_json::from_str::<TargetPathway>(json).is_err());
}

#[test]
fn fueleu_and_nzf_intensity_pathways() {
    use green_corridor::trajectory::targets::{fueleu_limits, nzf_gfi_targets};
    // FuelEU Art. 4(2): 91.16 × 0.98 = 89.3368 (2025–2029), × 0.94 = 85.6904 (2030),
    // × 0.855 = 77.9418 (2035, 14.5 %, a step — not interpolated), × 0.20 = 18.232 (2050).
    let f = fueleu_limits().unwrap();
    assert_abs_diff_eq!(f.value(2025).unwrap(), 89.3368, epsilon = 1e-9);
    assert_abs_diff_eq!(f.value(2029).unwrap(), 89.3368, epsilon = 1e-9);
    assert_abs_diff_eq!(f.value(2030).unwrap(), 85.6904, epsilon = 1e-9);
    assert_abs_diff_eq!(f.value(2035).unwrap(), 77.9418, epsilon = 1e-9);
    assert_abs_diff_eq!(f.value(2050).unwrap(), 18.232, epsilon = 1e-9);
    assert!(f.value(2024).is_err() && f.value(2051).is_err());
    // NZF draft: 93.3 × (1 − 0.04) = 89.568 base, × (1 − 0.17) = 77.439 direct (2028);
    // 2035: 65.31 and 53.181.
    let (base, direct) = nzf_gfi_targets().unwrap();
    assert_abs_diff_eq!(base.value(2028).unwrap(), 89.568, epsilon = 1e-9);
    assert_abs_diff_eq!(direct.value(2028).unwrap(), 77.439, epsilon = 1e-9);
    assert_abs_diff_eq!(base.value(2035).unwrap(), 65.31, epsilon = 1e-9);
    assert_abs_diff_eq!(direct.value(2035).unwrap(), 53.181, epsilon = 1e-9);
    assert!(
        base.value(2036).is_err(),
        "2036–2039 are not set by the draft"
    );
}
