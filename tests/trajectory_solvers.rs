//! Documented API tests: solvers on a corridor scenario.

use approx::assert_relative_eq;
use green_corridor::prelude::*;
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::*;
use green_corridor::trajectory::solvers::*;
use green_corridor::trajectory::targets::imo_2023_minimum;
use green_corridor::trajectory::{Interpolation, Series};
use green_corridor::units::{g_per_kwh, nautical_miles};

fn option(
    name: &str,
    fuel: Fuel,
    class: ConverterClass,
    sfc: f64,
    price: f64,
    pilot: Option<f64>,
) -> FuelOption {
    FuelOption {
        name: name.into(),
        fuel,
        converter: Converter::new(class),
        sfc: g_per_kwh(sfc),
        pilot: pilot.map(|p| PilotFuel {
            fuel: Fuel::new(PathwayId::MdoMgo),
            sfc: g_per_kwh(p),
            price_usd_per_gj: Series::constant(16.0).unwrap(),
            low_load: None,
        }),
        price_usd_per_gj: Series::constant(price).unwrap(),
        auxiliary: None,
        boiler: None,
        low_load: None,
    }
}

/// Options: 0 VLSFO 180 g/kWh at 12 USD/GJ; 1 e-methanol 380 g/kWh at 47 + 5 g/kWh MGO pilot;
/// 2 LNG Diesel 150 g/kWh at 10 + 2 g/kWh MGO pilot. Out of EU scope.
fn scenario() -> CorridorScenario {
    CorridorScenario {
        baseline: ServiceBaseline {
            year: 2025,
            speed: knots(16.0),
            distance: nautical_miles(100_000.0),
            propulsion_work: kilowatt_hours(1.0e7),
            auxiliary_work_at_sea: kilowatt_hours(1.0e6),
            work_at_berth: kilowatt_hours(5.0e5),
            transport_work_teu_km: 1.0e9,
            sea_scope: ScopeShare::NONE.into(),
            berth_scope: ScopeShare::NONE.into(),
            voyage_shore_power_share: 0.0,
            boiler_share_at_sea: 0.0,
            boiler_share_at_berth: 0.0,
        },
        plan: ScenarioPlan {
            name: "solver".into(),

            start_year: 2025,

            end_year: 2035,

            options: vec![
                option(
                    "VLSFO",
                    Fuel::new(PathwayId::Vlsfo),
                    ConverterClass::Ice,
                    180.0,
                    12.0,
                    None,
                ),
                option(
                    "e-methanol",
                    Fuel::certified(
                        PathwayId::EMethanol,
                        Certificate::total_e_g_per_mj(8.0).unwrap(),
                    ),
                    ConverterClass::Ice,
                    380.0,
                    47.0,
                    Some(5.0),
                ),
                option(
                    "LNG Diesel",
                    Fuel::new(PathwayId::Lng),
                    ConverterClass::LngDieselSlowSpeed,
                    150.0,
                    10.0,
                    Some(2.0),
                ),
            ],

            mix: vec![MixPoint {
                year: 2025,
                shares: vec![1.0, 0.0, 0.0],
            }],

            mix_interpolation: Interpolation::Step,

            demand_growth: Series::constant(0.02).unwrap(),

            speed_kn: Series::steps(&[(2025, 16.0), (2026, 14.0)]).unwrap(),

            efficiency_gain: Series::constant(0.01).unwrap(),

            wind_assist_share: Series::constant(0.0).unwrap(),

            shore_power_share: Series::steps(&[(2025, 0.0), (2026, 0.5)]).unwrap(),

            shore_power_price_usd_per_kwh: Series::constant(0.0).unwrap(),

            prices: CarbonPrices::illustrative().unwrap(),

            nzf_beyond_2035: Default::default(),
            description: String::new(),
        },
    }
}

#[test]
fn cost_minimal_choice_matches_a_hand_calculation() {
    // 2026, out of EU scope, before the NZF: cost = energy cost only. Work from fuel =
    // 7,731,281.25 + 1,165,714.2857 + 255,000 = 9,151,995.5357 kWh (see trajectory_scenario.rs).
    //   VLSFO: 180 g/kWh × 0.0402 MJ/g = 7.236 MJ/kWh × 12 USD/GJ = 0.086832 USD/kWh
    //   e-methanol: 380 × 0.0199 = 7.562 MJ × 47/1000 + 5 × 0.0427 MJ × 16/1000
    //     = 0.355414 + 0.003416 = 0.358830 USD/kWh
    //   LNG: 150 × 0.048 = 7.2 MJ × 10/1000 + 2 × 0.0427 × 16/1000 = 0.072 + 0.0013664
    //     = 0.0733664 USD/kWh  → the cheapest.
    let work = 9_151_995.535_714;
    let (best, costs) = cost_minimal_choice(&scenario(), 2026, &[0, 1, 2]).unwrap();
    assert_eq!(best, 2);
    assert_relative_eq!(
        costs[0].total_cost.amount(),
        work * 0.086832,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        costs[1].total_cost.amount(),
        work * 0.358830,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        costs[2].total_cost.amount(),
        work * 0.0733664,
        max_relative = 1e-9
    );
    assert!(costs.iter().all(|c| c.carbon_cost.amount() == 0.0));
    assert!(cost_minimal_choice(&scenario(), 2026, &[]).is_err());
    assert!(cost_minimal_choice(&scenario(), 2026, &[7]).is_err());
}

#[test]
fn minimum_green_share_meets_the_target_and_a_smaller_one_does_not() {
    let s = scenario();
    let base_2025 = s.year_result(2025).unwrap().well_to_wake_t;
    // IMO minimum rebased to 2025, applied to the corridor's own 2025 emissions.
    let pathway = imo_2023_minimum().unwrap().rebased(2025).unwrap();
    // By 2035 the slower speed and shore power no longer suffice: a green share is needed.
    let year = 2035;
    let share = minimum_green_share(
        &s,
        year,
        1,
        &pathway,
        TargetMetric::WellToWakeTonnes,
        base_2025,
    )
    .unwrap();
    let required = pathway.absolute(year, base_2025).unwrap();
    // WtW is linear in the share, so the closed form s* = (W0 − R)/(W0 − W1) must agree, with
    // W0 = all VLSFO and W1 = all e-methanol in 2030.
    let all = |i: usize| {
        let mut sc = s.clone();
        let mut shares = vec![0.0; 3];
        shares[i] = 1.0;
        sc.plan.mix = vec![MixPoint { year, shares }];
        sc.year_result(year).unwrap().well_to_wake_t
    };
    let (w0, w1) = (all(0), all(1));
    assert_relative_eq!(share, (w0 - required) / (w0 - w1), max_relative = 1e-6);
    let at = |x: f64| (1.0 - x) * w0 + x * w1;
    assert!(at(share) <= required * (1.0 + 1e-9));
    assert!(
        at(share - 1e-4) > required,
        "a slightly smaller share misses the target"
    );
    // A target no share can meet is an error, not a clamped 100 %.
    let err = minimum_green_share(
        &s,
        2050,
        1,
        &imo_2023_minimum().unwrap(),
        TargetMetric::WellToWakeTonnes,
        base_2025,
    );
    assert!(err.is_err() || s.plan.end_year < 2050);
    let impossible = minimum_green_share(
        &s,
        2035,
        0,
        &pathway,
        TargetMetric::WellToWakeTonnes,
        base_2025,
    );
    assert!(impossible.is_err(), "VLSFO cannot meet a falling target");
}

#[test]
fn mac_curve_orders_measures_by_cost_per_tonne() {
    let s = scenario();
    let measures = vec![
        ("e-methanol".to_string(), Measure::FuelSwitch { option: 1 }),
        (
            "slow steaming 12 kn".to_string(),
            Measure::SpeedReduction { speed_kn: 12.0 },
        ),
        ("wind 10 %".to_string(), Measure::WindAssist { share: 0.10 }),
        ("no change".to_string(), Measure::FuelSwitch { option: 0 }),
    ];
    let mac = marginal_abatement_cost_curve(&s, 2026, &measures).unwrap();
    // Slow steaming and wind save fuel: negative cost per tonne; e-methanol costs money.
    assert_eq!(mac[0].usd_per_t.map(|v| v < 0.0), Some(true));
    let emeoh = mac.iter().find(|m| m.name == "e-methanol").unwrap();
    let base = s.year_result(2026).unwrap();
    let mut sw = s.clone();
    sw.plan.mix = vec![MixPoint {
        year: 2026,
        shares: vec![0.0, 1.0, 0.0],
    }];
    let switched = sw.year_result(2026).unwrap();
    let expected = (switched.total_cost.amount() - base.total_cost.amount())
        / (base.well_to_wake_t - switched.well_to_wake_t);
    assert_relative_eq!(emeoh.usd_per_t.unwrap(), expected, max_relative = 1e-12);
    // The measure that abates nothing has no MAC and comes last.
    assert_eq!(mac.last().unwrap().name, "no change");
    assert_eq!(mac.last().unwrap().usd_per_t, None);
    // Ascending order among the defined ones.
    let defined: Vec<f64> = mac.iter().filter_map(|m| m.usd_per_t).collect();
    assert!(defined.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn least_cost_aligned_mix_meets_the_target_and_beats_the_alternatives() {
    let s = scenario();
    let base_2025 = s.year_result(2025).unwrap().well_to_wake_t;
    let pathway = imo_2023_minimum().unwrap().rebased(2025).unwrap();
    let year = 2035;
    let mix = least_cost_aligned_mix(
        &s,
        year,
        &[0, 1, 2],
        &pathway,
        TargetMetric::WellToWakeTonnes,
        base_2025,
    )
    .unwrap();
    assert!(mix.attained <= mix.required * (1.0 + 1e-9));
    assert_relative_eq!(mix.shares.iter().sum::<f64>(), 1.0, max_relative = 1e-12);
    // It is no dearer than moving the least e-methanol share onto VLSFO, or onto LNG.
    for base in [0usize, 2] {
        let mut b = s.clone();
        let mut shares = vec![0.0; 3];
        shares[base] = 1.0;
        b.plan.mix = vec![MixPoint { year, shares }];
        if let Ok(x) = minimum_green_share(
            &b,
            year,
            1,
            &pathway,
            TargetMetric::WellToWakeTonnes,
            base_2025,
        ) {
            let mut m = b.clone();
            let mut shares = vec![0.0; 3];
            shares[base] = 1.0 - x;
            shares[1] = x;
            m.plan.mix = vec![MixPoint { year, shares }];
            assert!(
                mix.total_cost.amount()
                    <= m.year_result(year).unwrap().total_cost.amount() * (1.0 + 1e-12)
            );
        }
    }
    // A 2040-style target of zero cannot be met by these fuels.
    let zero = green_corridor::trajectory::TargetPathway::new(
        "zero",
        "test",
        "",
        green_corridor::trajectory::PathwayKind::Relative {
            reference_year: 2025,
        },
        vec![
            green_corridor::trajectory::Checkpoint {
                year: 2025,
                value: 1.0,
            },
            green_corridor::trajectory::Checkpoint {
                year: 2035,
                value: 0.0,
            },
        ],
        Interpolation::Linear,
    )
    .unwrap();
    assert!(
        least_cost_aligned_mix(
            &s,
            2035,
            &[0, 1, 2],
            &zero,
            TargetMetric::WellToWakeTonnes,
            base_2025
        )
        .is_err()
    );
}
