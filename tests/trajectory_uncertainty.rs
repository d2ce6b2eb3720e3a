//! Monte Carlo: reproducible with a seed; P50 equals the deterministic run when spreads are zero.

use approx::assert_relative_eq;
use green_corridor::numeric::rng::Uncertain;
use green_corridor::prelude::*;
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::*;
use green_corridor::trajectory::targets::imo_2023_minimum;
use green_corridor::trajectory::uncertainty::*;
use green_corridor::trajectory::{Interpolation, Series};
use green_corridor::units::{g_per_kwh, nautical_miles};

fn scenario() -> CorridorScenario {
    let option = |name: &str, fuel: Fuel, class, sfc: f64, price: f64| FuelOption {
        name: name.into(),
        fuel,
        converter: Converter::new(class),
        sfc: g_per_kwh(sfc),
        pilot: None,
        price_usd_per_gj: Series::constant(price).unwrap(),
        auxiliary: None,
        boiler: None,
        low_load: None,
    };
    CorridorScenario {
        baseline: ServiceBaseline {
            year: 2025,
            speed: knots(16.0),
            distance: nautical_miles(100_000.0),
            propulsion_work: kilowatt_hours(1.0e7),
            auxiliary_work_at_sea: kilowatt_hours(1.0e6),
            work_at_berth: kilowatt_hours(5.0e5),
            transport_work_teu_km: 1.0e9,
            sea_scope: ScopeShare::HALF.into(),
            berth_scope: ScopeShare::FULL.into(),
            voyage_shore_power_share: 0.0,
            boiler_share_at_sea: 0.0,
            boiler_share_at_berth: 0.0,
        },
        plan: ScenarioPlan {
            name: "mc".into(),

            start_year: 2025,

            end_year: 2035,

            options: vec![
                option(
                    "VLSFO",
                    Fuel::new(PathwayId::Vlsfo),
                    ConverterClass::Ice,
                    180.0,
                    12.0,
                ),
                option(
                    "LNG Otto",
                    Fuel::new(PathwayId::Lng),
                    ConverterClass::LngOttoSlowSpeed,
                    150.0,
                    10.0,
                ),
                option(
                    "bio-methanol",
                    Fuel::certified(
                        PathwayId::BioMethanol,
                        Certificate::total_e_g_per_mj(15.0).unwrap(),
                    ),
                    ConverterClass::Ice,
                    380.0,
                    30.0,
                ),
            ],

            mix: vec![
                MixPoint {
                    year: 2025,
                    shares: vec![1.0, 0.0, 0.0],
                },
                MixPoint {
                    year: 2035,
                    shares: vec![0.2, 0.4, 0.4],
                },
            ],

            mix_interpolation: Interpolation::Linear,

            demand_growth: Series::constant(0.02).unwrap(),

            speed_kn: Series::constant(15.0).unwrap(),

            efficiency_gain: Series::constant(0.005).unwrap(),

            wind_assist_share: Series::constant(0.0).unwrap(),

            shore_power_share: Series::constant(0.3).unwrap(),

            shore_power_price_usd_per_kwh: Series::constant(0.15).unwrap(),

            prices: CarbonPrices::illustrative().unwrap(),

            nzf_beyond_2035: Default::default(),
            description: String::new(),
        },
    }
}

fn spread(seed: u64, samples: usize) -> UncertaintySpec {
    UncertaintySpec {
        renewable_wtt_shift_g_per_mj: Uncertain::Triangular {
            low: -5.0,
            mode: 0.0,
            high: 10.0,
        },
        methane_slip_multiplier: Uncertain::Uniform {
            low: 0.5,
            high: 2.0,
        },
        fossil_price_multiplier: Uncertain::Normal {
            mean: 1.0,
            sd: 0.15,
        },
        renewable_price_multiplier: Uncertain::Uniform {
            low: 0.8,
            high: 1.5,
        },
        carbon_price_multiplier: Uncertain::Uniform {
            low: 0.5,
            high: 2.0,
        },
        demand_growth_shift: Uncertain::Uniform {
            low: -0.01,
            high: 0.01,
        },
        ..UncertaintySpec::none(seed, samples)
    }
}

#[test]
fn zero_spreads_reproduce_the_deterministic_run() {
    let s = scenario();
    let det = s.run().unwrap();
    let bands = monte_carlo(&s, &UncertaintySpec::none(1, 5), None).unwrap();
    for (b, d) in bands.iter().zip(&det) {
        assert_eq!(b.year, d.year);
        assert_relative_eq!(b.well_to_wake_t.p50, d.well_to_wake_t, max_relative = 1e-12);
        assert_eq!(b.well_to_wake_t.p5, b.well_to_wake_t.p95);
        assert_relative_eq!(
            b.total_cost_usd.p50,
            d.total_cost.amount(),
            max_relative = 1e-12
        );
    }
}

#[test]
fn same_seed_same_bands_and_bands_are_ordered() {
    let s = scenario();
    let pathway = imo_2023_minimum().unwrap().rebased(2025).unwrap();
    let reference = s.year_result(2025).unwrap().well_to_wake_t;
    let a = monte_carlo(&s, &spread(42, 64), Some((&pathway, reference))).unwrap();
    let b = monte_carlo(&s, &spread(42, 64), Some((&pathway, reference))).unwrap();
    assert_eq!(a, b, "same seed, same numbers");
    let c = monte_carlo(&s, &spread(43, 64), Some((&pathway, reference))).unwrap();
    assert_ne!(a, c, "another seed, other numbers");
    for y in &a {
        assert!(
            y.well_to_wake_t.p5 <= y.well_to_wake_t.p50
                && y.well_to_wake_t.p50 <= y.well_to_wake_t.p95
        );
        assert!(
            y.total_cost_usd.p5 < y.total_cost_usd.p95,
            "prices are uncertain every year"
        );
        assert!(y.alignment_delta.is_some());
    }
    // Sample i does not depend on how many samples run: sample 3 of a 64-sample run equals
    // sample 3 run alone.
    let alone = run_sample(&s, &spread(42, 64), 3).unwrap();
    let again = run_sample(&s, &spread(42, 1), 3).unwrap();
    assert_eq!(alone, again);
}

#[test]
fn bad_uncertainty_specs_are_refused() {
    let s = scenario();
    assert!(matches!(
        monte_carlo(&s, &UncertaintySpec::none(1, 0), None),
        Err(Error::OutOfRange { .. })
    ));
    let mut bad = UncertaintySpec::none(1, 10);
    bad.carbon_price_multiplier = Uncertain::Normal { mean: 1.0, sd: 0.5 };
    let err = monte_carlo(&s, &bad, None).unwrap_err();
    assert!(
        err.to_string()
            .contains("uncertainty.carbon_price_multiplier"),
        "{err}"
    );
    let mut bad = UncertaintySpec::none(1, 10);
    bad.methane_slip_multiplier = Uncertain::Uniform {
        low: 2.0,
        high: 1.0,
    };
    assert!(monte_carlo(&s, &bad, None).is_err());
}
