//! Issue 14: no panic, no NaN, bounded work. Every reproducer found by probing the public API
//! is a regression test here, asserting the typed error (its field and value) or a finite
//! result; then proptest properties over extreme inputs (years across the whole `i32`,
//! magnitudes from 1e-320 to 1e308, NaN and infinities) on each public entry point of the
//! numeric, fuel, emissions, vessel, regulation and trajectory-pathway layers, asserting no
//! panic and that an `Ok` holds only finite numbers.

mod common;

use common::exercise::{EXTREMES, YEARS, exercise_numbers};
use green_corridor::Error;
use green_corridor::emissions::AccountingBasis;
use green_corridor::error::Num;
use green_corridor::fuel::{ConverterClass, FactorSet, PathwayId};
use green_corridor::ledger::{FuelLedger, LedgerEntry, ScopeShare};
use green_corridor::numeric::years::{YEAR_MAX, YEAR_MIN};
use green_corridor::regulation::cii::{self, CiiRating, CiiShip, CiiShipType};
use green_corridor::regulation::{eu_ets, fueleu};
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::ServiceBaseline;
use green_corridor::trajectory::uncertainty::{MAX_SAMPLE_YEARS, UncertaintySpec, monte_carlo};
use green_corridor::trajectory::{
    Checkpoint, Interpolation, PathwayKind, Series, TargetPathway, alignment_delta,
    to_intensity_path,
};
use green_corridor::units::{
    MassExt, g_per_mj, hours, kilowatts, knots, megajoules, mj_per_g, nautical_miles, tonnes,
};
use proptest::prelude::*;

fn out_of_range(e: &Error) -> (&str, f64) {
    match e {
        Error::OutOfRange { field, value, .. } => (field.as_str(), *value),
        other => panic!("expected OutOfRange, got {other:?}"),
    }
}

fn year_out_of_range(e: &Error) -> (&str, i32) {
    match e {
        Error::YearOutOfRange { field, year, .. } => (field.as_str(), *year),
        other => panic!("expected YearOutOfRange, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// Reproducers
// ---------------------------------------------------------------------------------------

#[test]
fn pathway_with_extreme_years_is_refused_not_a_panic() {
    let e = TargetPathway::new(
        "p",
        "",
        "",
        PathwayKind::Intensity { unit: "g".into() },
        vec![
            Checkpoint {
                year: i32::MIN,
                value: 1.0,
            },
            Checkpoint {
                year: i32::MAX,
                value: 0.5,
            },
        ],
        Interpolation::Linear,
    )
    .unwrap_err();
    assert_eq!(
        year_out_of_range(&e),
        ("pathway 'p'.checkpoints[0].year", i32::MIN)
    );
    assert_eq!(
        e.to_string(),
        "pathway 'p'.checkpoints[0].year = -2147483648 is outside the years green_corridor \
         defines (a calendar year from 1900 to 2200)"
    );
    // The widest accepted pathway interpolates exactly: 1900 → 1.0, 2200 → 0.5, so 2050 is
    // half way, 0.75.
    let p = TargetPathway::new(
        "wide",
        "",
        "",
        PathwayKind::Intensity { unit: "g".into() },
        vec![
            Checkpoint {
                year: YEAR_MIN,
                value: 1.0,
            },
            Checkpoint {
                year: YEAR_MAX,
                value: 0.5,
            },
        ],
        Interpolation::Linear,
    )
    .unwrap();
    assert_eq!(p.value(2050).unwrap(), 0.75);
    assert!(matches!(
        p.value(i32::MIN),
        Err(Error::YearOutOfRange { year: i32::MIN, .. })
    ));
    // A relative pathway's reference year is checked too.
    let e = TargetPathway::new(
        "r",
        "",
        "",
        PathwayKind::Relative {
            reference_year: i32::MAX,
        },
        vec![Checkpoint {
            year: 2030,
            value: 1.0,
        }],
        Interpolation::Linear,
    )
    .unwrap_err();
    assert_eq!(
        year_out_of_range(&e),
        ("pathway 'r'.reference_year", i32::MAX)
    );
}

#[test]
fn series_with_extreme_years_is_refused_and_any_year_can_be_asked() {
    let e = Series::linear(&[(i32::MIN, 10.0), (i32::MAX, 20.0)]).unwrap_err();
    assert_eq!(year_out_of_range(&e), ("series.points[0].year", i32::MIN));
    let s = Series::linear(&[(1900, 10.0), (2200, 20.0)]).unwrap();
    // 2050 is half way from 1900 to 2200: 15. Outside the points the end values hold.
    assert_eq!(s.value(2050), 15.0);
    assert_eq!(s.value(i32::MIN), 10.0);
    assert_eq!(s.value(i32::MAX), 20.0);
    // Geometric between values whose ratio overflows stays between them (log form):
    // sqrt(1e-300 · 1e300) = 1 at the midpoint.
    let g = Series::new(
        vec![
            Checkpoint {
                year: 2000,
                value: 1e-300,
            },
            Checkpoint {
                year: 2002,
                value: 1e300,
            },
        ],
        Interpolation::Geometric,
    )
    .unwrap();
    assert!((g.value(2001) - 1.0).abs() < 1e-9, "{}", g.value(2001));
    // Linear between −1e308 and 1e308 (b − a overflows): the midpoint is 0.
    let l = Series::linear(&[(2000, -1e308), (2002, 1e308)]).unwrap();
    assert_eq!(l.value(2001), 0.0);
    // Scaling names the multiplier on overflow.
    // 20 × 1e308 overflows; 20 × 1e300 = 2e301 does not.
    let e = s
        .scaled(1e308, "uncertainty.fossil_price_multiplier")
        .unwrap_err();
    assert_eq!(
        out_of_range(&e),
        ("uncertainty.fossil_price_multiplier", 1e308)
    );
    assert_eq!(s.scaled(1e300, "k").unwrap().value(i32::MAX), 2e301);
}

#[test]
fn corrective_action_years_at_i32_max_do_not_panic() {
    use CiiRating::*;
    // Unchecked: any i32 works, a year rated twice breaks a run.
    assert_eq!(
        cii::corrective_action_years(&[(i32::MAX, D), (i32::MAX, D)]),
        Vec::<i32>::new()
    );
    assert_eq!(
        cii::corrective_action_years(&[(i32::MAX - 2, D), (i32::MAX - 1, D), (i32::MAX, D)]),
        vec![i32::MAX]
    );
    // Checked: the year range and one rating a year.
    let e = cii::checked_corrective_action_years(&[(i32::MAX, D), (i32::MAX, D)]).unwrap_err();
    assert_eq!(year_out_of_range(&e), ("ratings[0].year", i32::MAX));
    let e = cii::checked_corrective_action_years(&[(2025, D), (2025, E)]).unwrap_err();
    assert_eq!(out_of_range(&e), ("ratings[1].year", 2025.0));
    assert_eq!(
        cii::checked_corrective_action_years(&[(2023, D), (2024, D), (2025, D)]).unwrap(),
        vec![2025]
    );
}

fn plan_text() -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios/trajectories/vlsfo_bau.toml");
    std::fs::read_to_string(p).unwrap()
}

/// The service baseline the plan tests use, as a file would give it.
const BASELINE_TOML: &str = r#"year = 2025
speed_kn = 16.0
distance_nm = 600000.0
propulsion_work_kwh = 4.0e8
auxiliary_work_at_sea_kwh = 4.0e7
work_at_berth_kwh = 1.5e7
transport_work_teu_km = 1.0e11
sea_scope = 0.0
berth_scope = 0.0
"#;

fn baseline() -> ServiceBaseline {
    toml::from_str(BASELINE_TOML).unwrap()
}

#[test]
fn monte_carlo_work_is_bounded_before_it_starts() {
    // 176 years (2025–2200, the longest plan from 2025 within the year range 1900–2200) ×
    // 1,000,000 samples (the sample limit) = 176,000,000 sample-years: gigabytes of columns
    // and far more of summaries. Refused at once.
    let text = plan_text().replace("end_year = 2050", "end_year = 2200");
    let plan: ScenarioPlan = toml::from_str(&text).unwrap();
    let scenario = plan.apply(baseline()).unwrap();
    let started = std::time::Instant::now();
    let e = monte_carlo(&scenario, &UncertaintySpec::none(1, 1_000_000), None).unwrap_err();
    assert!(started.elapsed().as_secs() < 5, "refused before any work");
    assert_eq!(
        e,
        Error::LimitExceeded {
            field: "uncertainty.samples".into(),
            what: "sample-years (samples × scenario years)",
            value: 176_000_000,
            limit: MAX_SAMPLE_YEARS,
        }
    );
    // A small run is accepted: 3 samples × 176 years, finite bands.
    let bands = monte_carlo(&scenario, &UncertaintySpec::none(1, 3), None).unwrap();
    assert_eq!(bands.len(), 176);
    assert!(bands.iter().all(|b| b.well_to_wake_t.p50.is_finite()));
}

#[test]
fn a_pool_whose_sums_overflow_names_the_member() {
    // 10,000 members alternating +1e305 and −1e305 t. The surplus sum passes f64::MAX
    // (1.7977e308) at the 1,798th positive member, index 2·1,797 = 3,594.
    let members: Vec<fueleu::PoolMember> = (0..10_000)
        .map(|i| {
            fueleu::PoolMember::new(
                &format!("s{i}"),
                tonnes(if i % 2 == 0 { 1e305 } else { -1e305 }),
            )
        })
        .collect();
    let e = fueleu::pool(&members).unwrap_err();
    assert_eq!(out_of_range(&e), ("pool[3594].compliance_balance_t", 1e305));
    assert_eq!(
        e.to_string(),
        "pool[3594].compliance_balance_t = 1e305 is out of range: expected a value small enough \
         that the pool's total surplus stays finite (|x| < 1.8e308)"
    );
    // 1,000 such members sum to ±1e308 each side, which is finite: a balanced pool.
    let out = fueleu::pool(&members[..1_000]).unwrap();
    assert!(out.iter().all(|m| m.balance_after.tonnes().is_finite()));
    assert_eq!(out[1].balance_after.tonnes(), 0.0);
}

#[test]
fn cii_with_vanishing_capacity_or_distance_is_an_error() {
    let e = CiiShip::new(CiiShipType::BulkCarrier, tonnes(1e-300), 0.0).unwrap_err();
    assert_eq!(out_of_range(&e), ("ship.deadweight_t", 1e-300));
    let ship = CiiShip::new(CiiShipType::BulkCarrier, tonnes(80_000.0), 0.0).unwrap();
    let opts = cii::CiiOptions::default();
    // 1e12 g / 80,000 DWT = 1.25e7; over 1e-300 nm that is 1.25e307, still finite …
    let a = cii::attained_from_co2(&ship, tonnes(1e6), nautical_miles(1e-300), &opts).unwrap();
    assert!((a / 1.25e307 - 1.0).abs() < 1e-9);
    // … over 1e-310 nm it would be 1.25e317: an error naming the distance.
    let e = cii::attained_from_co2(&ship, tonnes(1e6), nautical_miles(1e-310), &opts).unwrap_err();
    let (field, value) = out_of_range(&e);
    assert_eq!(field, "distance_nm");
    assert!((value / 1e-310 - 1.0).abs() < 1e-6, "{value}");
    // A real value still computes: 1e6 t = 1e12 g over 80,000 DWT × 50,000 nm = 250.
    let a = cii::attained_from_co2(&ship, tonnes(1e6), nautical_miles(50_000.0), &opts).unwrap();
    assert!((a - 250.0).abs() < 1e-9);
    // The largest ship the bounds allow, 1e7 DWT, is accepted; more is not.
    assert!(CiiShip::new(CiiShipType::BulkCarrier, tonnes(1e7), 0.0).is_ok());
    let e = CiiShip::new(CiiShipType::BulkCarrier, tonnes(1.1e7), 0.0).unwrap_err();
    assert_eq!(out_of_range(&e), ("ship.deadweight_t", 1.1e7));
}

#[test]
fn cii_ship_validates_on_deserialisation() {
    let json = r#"{"ship_type":"bulk_carrier","deadweight_t":-5.0,"gross_tonnage":0.0}"#;
    let e = serde_json::from_str::<CiiShip>(json)
        .unwrap_err()
        .to_string();
    assert_eq!(e, "ship.deadweight_t must not be negative, got -5");
    let ok = r#"{"ship_type":"bulk_carrier","deadweight_t":80000.0,"gross_tonnage":0.0}"#;
    let ship: CiiShip = serde_json::from_str(ok).unwrap();
    assert_eq!(ship.deadweight.tonnes(), 80_000.0);
}

#[test]
fn other_inputs_validate_on_deserialisation() {
    // CII corrections: an omitted capacity factor is 1; a negative distance is refused.
    let c: cii::CiiCorrections = serde_json::from_str("{}").unwrap();
    assert_eq!(c.capacity_correction_factor, 1.0);
    let e = serde_json::from_str::<cii::CiiCorrections>(r#"{"excluded_distance_nm": -1.0}"#)
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("cii.corrections.excluded_distance_nm must not be negative, got -1"),
        "{e}"
    );
    // A pool member's balance, an uncertainty spec's sample count, a GWP weight.
    let e = toml::from_str::<fueleu::PoolMember>("name = \"A\"\ncompliance_balance_t = nan\n")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("compliance_balance_t must be a finite number, got NaN"),
        "{e}"
    );
    let spec = serde_json::to_string(&UncertaintySpec::none(1, 10)).unwrap();
    assert!(serde_json::from_str::<UncertaintySpec>(&spec).is_ok());
    let e =
        serde_json::from_str::<UncertaintySpec>(&spec.replace("\"samples\":10", "\"samples\":0"))
            .unwrap_err()
            .to_string();
    assert!(
        e.starts_with("uncertainty.samples = 0 is out of range"),
        "{e}"
    );
    let e = serde_json::from_str::<green_corridor::fuel::GwpSet>(
        r#"{"name":"g","ch4":1e6,"n2o":265.0}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.starts_with("gwp 'g'.ch4 = 1000000 is out of range"),
        "{e}"
    );
    // A FuelEU limit table with a year beyond 2200.
    let e = serde_json::from_str::<fueleu::FuelEuLimits>(
        r#"{"reference_g_per_mj":91.16,"steps":[{"from_year":2025,"reduction_percent":2.0}],"last_year":2147483647}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.starts_with("fueleu.limits.last_year = 2147483647 is outside"),
        "{e}"
    );
}

#[test]
fn a_factor_set_with_a_vanishing_lcv_is_refused() {
    let mut set = FactorSet::imo_lca();
    let mut hfo = set.get(&PathwayId::Hfo).unwrap().clone();
    hfo.lcv = mj_per_g(1e-320);
    let e = set.insert(PathwayId::Hfo, hfo.clone()).unwrap_err();
    let (field, value) = out_of_range(&e);
    assert!(field.ends_with(".hfo.lcv"), "{field}");
    assert_eq!(value, 1e-320);
    assert!(e.to_string().contains("1e-320"), "{e}");
    // The same row through serde is refused on deserialisation.
    let json = serde_json::to_string(&hfo).unwrap();
    assert!(serde_json::from_str::<green_corridor::fuel::PathwayFactors>(&json).is_err());
    // An LCV at the bottom of the range gives a finite intensity for a normal mass:
    // (3.114 g/g + GWP-weighted CH4/N2O) / 0.001 MJ/g is a few thousand g/MJ.
    hfo.lcv = mj_per_g(0.001);
    set.insert(PathwayId::Hfo, hfo).unwrap();
    let mut ledger = FuelLedger::new();
    ledger
        .add(
            PathwayId::Hfo,
            ConverterClass::Ice,
            tonnes(1.0),
            "sea",
            ScopeShare::FULL,
        )
        .unwrap();
    let e = AccountingBasis::imo_lca()
        .with_factors(set)
        .account(&ledger)
        .unwrap();
    let i = e.intensity().unwrap().value;
    assert!(i.is_finite() && i > 0.0);
}

#[test]
fn operating_at_a_vanishing_speed_has_no_infinite_fuel_per_mile() {
    use green_corridor::fuel::FuelFamily;
    use green_corridor::vessel::{
        EngineType, FuelSupply, OperatingPhase, Operation, ShipType, Vessel, metres,
    };
    let ship = Vessel::builder("bulk", ShipType::Bulk)
        .deadweight(tonnes(80_000.0))
        .build_year(2012)
        .design_speed(knots(14.0))
        .design_draught(metres(14.0))
        .main_engine(
            kilowatts(10_000.0),
            EngineType::SlowSpeedDiesel,
            FuelSupply::mono(FuelFamily::Oil),
        )
        .build()
        .unwrap();
    let op = Operation::new(
        OperatingPhase::NormalCruising,
        knots(5e-324),
        metres(14.0),
        hours(24.0),
    );
    let p = ship.operate(&op).unwrap();
    assert!(p.total_fuel().tonnes().is_finite());
    let e = p.fuel_per_nautical_mile().unwrap_err();
    // 5e-324 kn is stored in m/s and read back as the nearest denormal, 1e-323 kn.
    let (field, value) = out_of_range(&e);
    assert_eq!(field, "operation.speed_kn");
    assert!(value > 0.0 && value < 1e-320, "{value}");
    // Durations are bounded (at most 1e6 h): 1e10 h is refused, and printed as 1e10.
    let long = Operation::new(
        OperatingPhase::NormalCruising,
        knots(12.0),
        metres(14.0),
        hours(1e10),
    );
    let e = ship.operate(&long).unwrap_err();
    let (field, value) = out_of_range(&e);
    assert_eq!(field, "operation.duration_h");
    assert!((value / 1e10 - 1.0).abs() < 1e-12);
    assert!(
        e.to_string()
            .starts_with("operation.duration_h = 1e10 is out of range"),
        "{e}"
    );
}

#[test]
fn intensity_paths_and_deltas_with_vanishing_denominators_are_errors() {
    let e = to_intensity_path(&[(2025, 1.0)], &[(2025, 5e-324)]).unwrap_err();
    assert_eq!(out_of_range(&e), ("activity[2025]", 5e-324));
    let e = alignment_delta(1.0, 5e-324).unwrap_err();
    assert_eq!(out_of_range(&e), ("required", 5e-324));
    // (5.00 − 4.60)/4.60 = 0.08696 still computes.
    assert!((alignment_delta(5.0, 4.6).unwrap() - 0.4 / 4.6).abs() < 1e-12);
}

#[test]
fn compliance_balance_is_a_result() {
    let e = fueleu::compliance_balance(g_per_mj(f64::NAN), g_per_mj(91.0), megajoules(1.0))
        .unwrap_err();
    assert!(
        matches!(&e, Error::NonFinite { field, value } if field == "target_g_per_mj" && value.is_nan())
    );
    let e =
        fueleu::compliance_balance(g_per_mj(89.0), g_per_mj(91.0), megajoules(-1.0)).unwrap_err();
    assert_eq!(e.to_string(), "energy_mj must not be negative, got -1");
    // 1e302 MJ (1e308 J) × −2 g/MJ (−2e-9 kg/J) = −2e299 kg is finite; with an actual
    // intensity of 1e10 g/MJ (10 kg/J) it is −1e309 kg, which overflows and names the energy.
    let cb = fueleu::compliance_balance(g_per_mj(89.0), g_per_mj(91.0), megajoules(1e302)).unwrap();
    assert!((cb.value / -2e299 - 1.0).abs() < 1e-9);
    let e =
        fueleu::compliance_balance(g_per_mj(89.0), g_per_mj(1e10), megajoules(1e302)).unwrap_err();
    let (field, value) = out_of_range(&e);
    assert_eq!(field, "energy_mj");
    assert!((value / 1e302 - 1.0).abs() < 1e-9);
    // Hand-derived: (89.3368 − 91.7442) g/MJ × 40,500 MJ = −97,497.0 g.
    let cb = fueleu::compliance_balance(g_per_mj(89.3368), g_per_mj(91.7442), megajoules(40_500.0))
        .unwrap();
    assert!((cb.tonnes() - (-2.4074 * 40_500.0 / 1e6)).abs() < 1e-12);
}

fn one_hfo(t: f64) -> FuelLedger {
    let mut l = FuelLedger::new();
    l.add(
        PathwayId::Hfo,
        ConverterClass::Ice,
        tonnes(t),
        "intra-EU",
        ScopeShare::FULL,
    )
    .unwrap();
    l
}

#[test]
fn overflow_is_blamed_on_the_input_that_caused_it() {
    // Borrowed last period 1e308 t, repaid × 1.1: the verified balance in grams overflows.
    let options = fueleu::FuelEuOptions {
        flexibility: fueleu::Flexibility {
            borrowed_previous_period_t: 1e308,
            ..Default::default()
        },
        ..Default::default()
    };
    let e = fueleu::assess(&one_hfo(1_000.0), 2025, &options).unwrap_err();
    assert_eq!(
        out_of_range(&e),
        ("fueleu.flexibility.borrowed_previous_period_t", 1e308)
    );
    // A flexibility amount from a file is checked on deserialisation.
    let e = serde_json::from_str::<fueleu::Flexibility>(r#"{"banked_surplus_t": -3.0}"#)
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("fueleu.flexibility.banked_surplus_t must not be negative, got -3"),
        "{e}"
    );
    // An EUA price of 1e308 EUR/t makes the cost overflow: the price is named.
    let e = eu_ets::assess(&one_hfo(1_000.0), 2026, 1e308, &Default::default()).unwrap_err();
    assert_eq!(out_of_range(&e), ("prices.eua_price_eur_per_t", 1e308));
}

#[test]
fn messages_say_what_is_wrong_and_print_numbers_readably() {
    let hfo = one_hfo(1.0);
    let mut entry: LedgerEntry = hfo.entries()[0].clone();
    // A negative mass says "must not be negative".
    entry.mass = tonnes(-5.0);
    let e = AccountingBasis::imo_lca()
        .account_entry(&entry, 0)
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "ledger.entries[0].mass must not be negative, got -5"
    );
    // A finite but too large mass is out of range, never "must be a finite number".
    // 4.4e300 t is 4.4e306 g and 1.8e311 J of HFO: the energy overflows.
    entry.mass = tonnes(4.4e300);
    let e = AccountingBasis::imo_lca()
        .account_entry(&entry, 0)
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("ledger.entries[0].mass = 4.4e300 is out of range"),
        "{e}"
    );
    assert!(!e.contains("finite number"), "{e}");
    // Numbers print in scientific notation outside 1e-4..1e9, plainly inside.
    assert_eq!(Num(1e305).to_string(), "1e305");
    assert_eq!(Num(-2.5e-7).to_string(), "-2.5e-7");
    assert_eq!(Num(123_456.5).to_string(), "123456.5");
    assert_eq!(Num(1e9).to_string(), "1e9");
    assert_eq!(Num(0.0).to_string(), "0");
    assert_eq!(Num(f64::INFINITY).to_string(), "inf");
    let e = Error::NonFinite {
        field: "x".into(),
        value: f64::NEG_INFINITY,
    };
    assert_eq!(e.to_string(), "x must be a finite number, got -inf");
}

// ---------------------------------------------------------------------------------------
// Properties over extreme inputs
// ---------------------------------------------------------------------------------------

/// A number from the extremes, from the whole range of magnitudes 1e-320..1e308 (either
/// sign), or any bit pattern (NaN and infinities included).
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        prop::sample::select(EXTREMES.to_vec()),
        (-320.0f64..308.0).prop_map(|e| 10f64.powf(e)),
        (-320.0f64..308.0).prop_map(|e| -(10f64.powf(e))),
        any::<u64>().prop_map(f64::from_bits),
        0.0f64..1e6,
    ]
}

/// A year from the extremes, the documented range, or the whole `i32`.
fn year() -> impl Strategy<Value = i32> {
    prop_oneof![
        prop::sample::select(YEARS.to_vec()),
        1890i32..2210,
        any::<i32>(),
    ]
}

fn interpolation() -> impl Strategy<Value = Interpolation> {
    prop::sample::select(vec![
        Interpolation::Linear,
        Interpolation::Geometric,
        Interpolation::Step,
    ])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn pathways_never_panic_and_ok_is_finite(
        points in prop::collection::vec((year(), number()), 1..5),
        how in interpolation(),
        relative in any::<bool>(),
        reference in year(),
        asked in prop::collection::vec(year(), 1..6),
        reference_value in number(),
    ) {
        let kind = if relative {
            PathwayKind::Relative { reference_year: reference }
        } else {
            PathwayKind::Intensity { unit: "g".into() }
        };
        let cps = points.iter().map(|&(year, value)| Checkpoint { year, value }).collect();
        if let Ok(p) = TargetPathway::new("p", "", "", kind, cps, how) {
            let (a, b) = p.years();
            prop_assert!((YEAR_MIN..=YEAR_MAX).contains(&a) && (YEAR_MIN..=YEAR_MAX).contains(&b));
            for &y in &asked {
                if let Ok(v) = p.value(y) { prop_assert!(v.is_finite()); }
                if let Ok(v) = p.absolute(y, reference_value) { prop_assert!(v.is_finite()); }
                if let Ok(r) = p.rebased(y) {
                    prop_assert!(r.checkpoints().iter().all(|c| c.value.is_finite()));
                }
            }
        }
    }

    #[test]
    fn series_never_panic_and_values_are_finite(
        points in prop::collection::vec((year(), number()), 1..5),
        how in interpolation(),
        asked in prop::collection::vec(year(), 1..6),
        k in number(),
    ) {
        let cps = points.iter().map(|&(year, value)| Checkpoint { year, value }).collect();
        if let Ok(s) = Series::new(cps, how) {
            for &y in &asked {
                prop_assert!(s.value(y).is_finite());
            }
            if let Ok(t) = s.scaled(k, "k") {
                for &y in &asked {
                    prop_assert!(t.value(y).is_finite());
                }
            }
        }
    }

    #[test]
    fn cii_never_panics_and_ok_is_finite(
        type_index in 0usize..CiiShipType::ALL.len(),
        dwt in number(), gt in number(), co2 in number(), distance in number(),
        rating_year in year(),
        ratings in prop::collection::vec((year(), 0usize..5), 0..6),
    ) {
        let opts = cii::CiiOptions::default();
        if let Ok(ship) = CiiShip::new(CiiShipType::ALL[type_index], tonnes(dwt), gt) {
            if let Ok(a) = cii::attained_from_co2(&ship, tonnes(co2), nautical_miles(distance), &opts) {
                prop_assert!(a.is_finite());
                if let Ok(r) = cii::rate(&ship, a, rating_year, &opts) {
                    prop_assert!(r.attained_over_required.is_finite());
                    prop_assert!(r.boundaries.required.is_finite());
                }
            }
        }
        use CiiRating::*;
        let rs: Vec<(i32, CiiRating)> =
            ratings.iter().map(|&(y, r)| (y, [A, B, C, D, E][r])).collect();
        let plain = cii::corrective_action_years(&rs);
        if let Ok(checked) = cii::checked_corrective_action_years(&rs) {
            prop_assert_eq!(checked, plain);
        }
    }

    #[test]
    fn fueleu_never_panics_and_ok_is_finite(
        target in number(), actual in number(), energy in number(),
        balances in prop::collection::vec(number(), 1..20),
        banked in number(), repay in number(), mass in number(),
    ) {
        if let Ok(cb) = fueleu::compliance_balance(g_per_mj(target), g_per_mj(actual), megajoules(energy)) {
            prop_assert!(cb.value.is_finite());
            if let Ok(p) = fueleu::penalty(cb, g_per_mj(actual)) {
                prop_assert!(p.amount().is_finite() && p.amount() >= 0.0);
            }
        }
        let members: Vec<fueleu::PoolMember> =
            balances.iter().map(|&b| fueleu::PoolMember::new("m", tonnes(b))).collect();
        if let Ok(out) = fueleu::pool(&members) {
            for m in &out {
                prop_assert!(m.balance_after.value.is_finite() && m.transfer.value.is_finite());
                prop_assert!(m.balance_after.value >= 0.0);
            }
        }
        let mut ledger = FuelLedger::new();
        if ledger.add(PathwayId::Hfo, ConverterClass::Ice, tonnes(mass), "eu", ScopeShare::FULL).is_ok() {
            let options = fueleu::FuelEuOptions {
                flexibility: fueleu::Flexibility {
                    banked_surplus_t: banked,
                    borrow_t: 0.0,
                    borrowed_previous_period_t: repay,
                },
                ..Default::default()
            };
            if let Ok(a) = fueleu::assess(&ledger, 2030, &options) {
                prop_assert!(a.penalty.amount().is_finite());
                prop_assert!(a.verified_balance.value.is_finite());
                prop_assert!(a.deficit_t_vlsfo_eq.is_finite());
                prop_assert!(a.ghg_intensity.value.is_finite());
            }
        }
    }

    #[test]
    fn accounting_never_panics_and_ok_is_finite(
        masses in prop::collection::vec(number(), 1..4),
        lcv in number(), cf in number(), price in number(),
    ) {
        let mut set = FactorSet::imo_lca();
        let mut hfo = set.get(&PathwayId::Hfo).unwrap().clone();
        hfo.lcv = mj_per_g(lcv);
        hfo.cf_co2 = green_corridor::units::g_per_g(cf);
        let basis = if set.insert(PathwayId::Hfo, hfo).is_ok() {
            AccountingBasis::imo_lca().with_factors(set)
        } else {
            AccountingBasis::imo_lca()
        };
        let mut ledger = FuelLedger::new();
        for &m in &masses {
            let _ = ledger.add(PathwayId::Hfo, ConverterClass::Ice, tonnes(m), "sea", ScopeShare::FULL);
        }
        if !ledger.is_empty() {
            if let Ok(e) = basis.account(&ledger) {
                prop_assert!(e.total().value.is_finite() && e.energy.value.is_finite());
                if let Ok(i) = e.intensity() { prop_assert!(i.value.is_finite()); }
            }
            if let Ok(a) = eu_ets::assess(&ledger, 2026, price, &Default::default()) {
                prop_assert!(a.cost.amount().is_finite() && a.allowances.is_finite());
            }
        }
    }

    #[test]
    fn alignment_never_panics_and_ok_is_finite(
        attained in number(), required in number(), y in year(), a in number(), act in number(),
        weights in prop::collection::vec((number(), number()), 0..4),
    ) {
        if let Ok(d) = alignment_delta(attained, required) { prop_assert!(d.is_finite()); }
        if let Ok(v) = to_intensity_path(&[(y, a)], &[(y, act)]) {
            prop_assert!(v.iter().all(|(_, x)| x.is_finite()));
        }
        if let Ok(v) = green_corridor::trajectory::to_absolute_path(&[(y, a)], &[(y, act)]) {
            prop_assert!(v.iter().all(|(_, x)| x.is_finite()));
        }
        if let Ok(p) = green_corridor::trajectory::portfolio_alignment(&weights) {
            prop_assert!(p.is_finite());
        }
    }

    #[test]
    fn the_fuzz_harness_on_random_bytes_finds_nothing(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        if let Err(finding) = exercise_numbers(&bytes) {
            prop_assert!(false, "{}", finding);
        }
    }
}

/// Reproducers of the voyage, ledger and trajectory-engine part (issue 14): typed errors that
/// name the field and value, never a panic, a hang or NaN.
mod engine_reproducers {
    use green_corridor::prelude::*;
    use green_corridor::voyage::{PortStay, Voyage, archetype};

    fn la_ship() -> green_corridor::vessel::Vessel {
        let la = green_corridor::voyage::corridors::corridors()
            .into_iter()
            .find(|c| c.id == "shanghai-los_angeles")
            .unwrap();
        archetype::vessel(&la.archetype, archetype::EngineFit::Oil).unwrap()
    }

    #[test]
    fn nan_eca_sample_budget_is_refused() {
        let err = Voyage::builder(&la_ship())
            .ports(&["CNYSA", "USLAX"])
            .port_stay(PortStay::new(hours(24.0), hours(0.0), hours(2.0)))
            .eca_sample_budget(f64::NAN)
            .build()
            .unwrap_err();
        assert!(
            err.to_string().starts_with("voyage.eca_sample_budget"),
            "{err}"
        );
    }

    #[test]
    fn two_entries_of_1e305_t_are_refused_not_summed_to_inf() {
        let mut l = FuelLedger::new();
        let err = l
            .add(
                PathwayId::Hfo,
                ConverterClass::Ice,
                tonnes(1e305),
                "s",
                ScopeShare::FULL,
            )
            .unwrap_err();
        assert!(err.to_string().contains("ledger.entries[0].mass"), "{err}");
        assert!(l.total_mass().tonnes().is_finite());
    }

    fn scenario_with_years(base: i32, start: i32, end: i32) -> green_corridor::Result<()> {
        use green_corridor::trajectory::scenario::*;
        use green_corridor::trajectory::{Interpolation, Series};
        use green_corridor::units::{g_per_kwh, nautical_miles};
        let baseline = ServiceBaseline {
            year: base,
            speed: knots(16.0),
            distance: nautical_miles(100_000.0),
            propulsion_work: kilowatt_hours(1e7),
            auxiliary_work_at_sea: kilowatt_hours(1e6),
            work_at_berth: kilowatt_hours(5e5),
            transport_work_teu_km: 1e9,
            sea_scope: ScopeShare::NONE.into(),
            berth_scope: ScopeShare::NONE.into(),
            voyage_shore_power_share: 0.0,
            boiler_share_at_sea: 0.0,
            boiler_share_at_berth: 0.0,
        };
        let plan = ScenarioPlan {
            name: "y".into(),
            description: String::new(),
            start_year: start,
            end_year: end,
            options: vec![FuelOption {
                name: "VLSFO".into(),
                fuel: Fuel::new(PathwayId::Vlsfo),
                converter: Converter::new(ConverterClass::Ice),
                sfc: g_per_kwh(180.0),
                pilot: None,
                price_usd_per_gj: Series::constant(12.0)?,
                auxiliary: None,
                boiler: None,
                low_load: None,
            }],
            mix: vec![MixPoint {
                year: start,
                shares: vec![1.0],
            }],
            mix_interpolation: Interpolation::Step,
            demand_growth: Series::constant(0.0)?,
            speed_kn: Series::constant(16.0)?,
            efficiency_gain: Series::constant(0.0)?,
            wind_assist_share: Series::constant(0.0)?,
            shore_power_share: Series::constant(0.0)?,
            shore_power_price_usd_per_kwh: Series::constant(0.0)?,
            prices: CarbonPrices::illustrative()?,
            nzf_beyond_2035: Default::default(),
        };
        plan.apply(baseline)?.run_summary().map(|_| ())
    }

    #[test]
    fn extreme_scenario_years_are_typed_errors() {
        for (base, start, end, field) in [
            (i32::MAX, i32::MAX, i32::MAX, "baseline.year"),
            (-2_000_000_000, 2025, 2225, "baseline.year"),
            (2025, -2_000_000_000, 2_000_000_000, "scenario.start_year"),
            (2025, 2025, i32::MAX, "scenario.end_year"),
        ] {
            let err = scenario_with_years(base, start, end).unwrap_err();
            assert!(err.to_string().starts_with(field), "{field}: {err}");
        }
        // And an ordinary span still runs.
        scenario_with_years(2025, 2025, 2030).unwrap();
    }
}

/// The fuzz finding `fuzz/findings/trajectory_plan_span_overflow.toml` (a plan with
/// `start_year = -2147483648`): a typed error naming the year, no overflow, and the harness
/// that found it handles it.
#[test]
fn fuzz_finding_span_overflow_is_a_typed_error() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fuzz/findings/trajectory_plan_span_overflow.toml"
    ))
    .unwrap();
    // The plan is refused as it is read, naming the year.
    let err = toml::from_str::<green_corridor::trajectory::plan::ScenarioPlan>(&text).unwrap_err();
    assert!(
        err.message()
            .starts_with("scenario.start_year = -2147483648"),
        "{err}"
    );
    assert!(common::exercise::exercise_plan(text.as_bytes()).is_ok());
}

/// A service baseline read from a file validates as it is read (the docs promise every input
/// type does): a negative distance and a year outside 1900–2200 are typed errors.
#[test]
fn service_baseline_validates_on_deserialisation() {
    let good = BASELINE_TOML;
    assert!(toml::from_str::<green_corridor::voyage::ServiceBaseline>(good).is_ok());
    let bad = good.replace("distance_nm = 600000.0", "distance_nm = -5.0");
    assert_ne!(good, bad);
    let err = toml::from_str::<green_corridor::voyage::ServiceBaseline>(&bad).unwrap_err();
    assert!(err.to_string().contains("baseline.distance_nm"), "{err}");
    let err = toml::from_str::<green_corridor::voyage::ServiceBaseline>(
        &good.replace("year = 2025", "year = -2000000000"),
    )
    .unwrap_err();
    assert!(err.to_string().contains("baseline.year"), "{err}");
}

/// The batch-columns fuzz harness on seeded random records and on every extreme number in each
/// column: no panic, no lost row, finite totals (a bounded stand-in for
/// `fuzz/fuzz_targets/batch_columns.rs`).
#[test]
fn batch_columns_harness_on_extremes() {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut data = Vec::new();
    for k in 0..600 {
        let pick = |n: u64| EXTREMES[(n as usize) % EXTREMES.len()];
        let r = next();
        data.extend_from_slice(&((r % 3) as u32).to_le_bytes());
        data.push((r >> 8) as u8 % 8);
        let plain = [12.0, 11.5, 4_000.0];
        for (j, plain) in plain.iter().enumerate() {
            let x = if (k + j) % 4 == 0 {
                pick(next())
            } else {
                *plain
            };
            data.extend_from_slice(&x.to_le_bytes());
        }
    }
    assert!(matches!(
        common::exercise::exercise_batch(&data).unwrap(),
        common::exercise::Outcome::Handled
    ));
}
