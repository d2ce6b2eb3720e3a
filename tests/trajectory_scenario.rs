//! Documented API test: one scenario year computed by hand, and bad scenario input.

use approx::assert_relative_eq;
use green_corridor::prelude::*;
use green_corridor::trajectory::Interpolation;
use green_corridor::trajectory::Series;
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::*;
use green_corridor::units::{g_per_kwh, nautical_miles};

fn baseline() -> ServiceBaseline {
    ServiceBaseline {
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
    }
}

fn vlsfo() -> FuelOption {
    FuelOption {
        name: "VLSFO".into(),
        fuel: Fuel::new(PathwayId::Vlsfo),
        converter: Converter::new(ConverterClass::Ice),
        sfc: g_per_kwh(180.0),
        pilot: None,
        price_usd_per_gj: Series::constant(12.0).unwrap(),
        auxiliary: None,
        boiler: None,
        low_load: None,
    }
}

fn scenario() -> CorridorScenario {
    CorridorScenario {
        baseline: baseline(),
        plan: ScenarioPlan {
            name: "hand".into(),

            start_year: 2025,

            end_year: 2030,

            options: vec![vlsfo()],

            mix: vec![MixPoint {
                year: 2025,
                shares: vec![1.0],
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
fn a_scenario_year_by_hand() {
    // 2026: activity a = 1.02; speed ratio r = 14/16 = 0.875; efficiency 0.99; OPS 50 %.
    //   propulsion = 1e7 · 1.02 · 0.875² · 0.99 = 7,731,281.25 kWh
    //   auxiliary at sea = 1e6 · 1.02 / 0.875 = 1,165,714.29 kWh
    //   berth from fuel = berth from shore = 5e5 · 1.02 · 0.5 = 255,000 kWh
    //   VLSFO = (7,731,281.25 + 1,165,714.29 + 255,000) kWh · 180 g/kWh = 1,647.359 t
    //   energy (IMO LCV 0.0402) = 66,223,839.7 MJ; WtW (IMO LCA VLSFO 95.484080 g/MJ)
    //   = 6,323.322 t; intensity incl. 918,000 MJ of shore power = 94.178569 g/MJ;
    //   per TEU-km: 6,323.322e6 g / 1.02e9 TEU-km = 6.199336 g; fuel cost = 66,223.84 GJ · 12
    //   = 794,686.08 USD.
    let r = scenario().year_result(2026).unwrap();
    assert_relative_eq!(r.activity_factor, 1.02, max_relative = 1e-12);
    assert_relative_eq!(
        r.ledger.total_mass().tonnes(),
        1_647.359_196,
        max_relative = 1e-9
    );
    assert_relative_eq!(r.well_to_wake_t, 6_323.322_407, max_relative = 1e-8);
    assert_relative_eq!(
        r.imo_wtw_intensity_g_per_mj,
        94.178_569,
        max_relative = 1e-7
    );
    assert_relative_eq!(r.intensity_g_per_teu_km, 6.199_336, max_relative = 1e-6);
    assert_relative_eq!(r.fuel_cost.amount(), 794_686.076, max_relative = 1e-8);
    assert_eq!(r.zero_near_zero_share, 0.0);
}

#[test]
fn totals_and_cumulative_emissions() {
    let results = scenario().run().unwrap();
    assert_eq!(results.len(), 6);
    let sum: f64 = results.iter().map(|r| r.well_to_wake_t).sum();
    assert_relative_eq!(
        cumulative_well_to_wake(&results, 2030),
        sum,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        cumulative_well_to_wake(&results, 2026),
        results[0].well_to_wake_t + results[1].well_to_wake_t,
        max_relative = 1e-12
    );
}

#[test]
fn green_share_lowers_emissions_and_counts_as_zero_near_zero() {
    // Half the work on e-methanol (certified E = 8, WtW 10.47 g/MJ under IMO LCA ≤ 19).
    let mut s = scenario();
    s.plan.options.push(FuelOption {
        name: "e-methanol".into(),
        fuel: Fuel::certified(
            PathwayId::EMethanol,
            Certificate::total_e_g_per_mj(8.0).unwrap(),
        ),
        converter: Converter::new(ConverterClass::Ice),
        sfc: g_per_kwh(380.0),
        pilot: Some(PilotFuel {
            fuel: Fuel::new(PathwayId::MdoMgo),
            sfc: g_per_kwh(5.0),
            price_usd_per_gj: Series::constant(16.0).unwrap(),
            low_load: None,
        }),
        price_usd_per_gj: Series::constant(47.0).unwrap(),
        auxiliary: None,
        boiler: None,
        low_load: None,
    });
    s.plan.mix = vec![MixPoint {
        year: 2025,
        shares: vec![0.5, 0.5],
    }];
    let green = s.year_result(2026).unwrap();
    let grey = scenario().year_result(2026).unwrap();
    assert!(green.well_to_wake_t < 0.65 * grey.well_to_wake_t);
    assert!(green.zero_near_zero_share > 0.4 && green.zero_near_zero_share < 0.6);
    assert!(green.fuel_cost.amount() > grey.fuel_cost.amount());
}

#[test]
fn bad_scenarios_are_typed_errors() {
    let mut s = scenario();
    s.plan.mix = vec![MixPoint {
        year: 2025,
        shares: vec![0.7],
    }];
    assert!(matches!(
        s.validate(),
        Err(Error::SharesDoNotSumToOne { .. })
    ));
    let mut s = scenario();
    s.plan.demand_growth = Series::constant(-1.5).unwrap();
    let err = s.validate().unwrap_err();
    assert!(err.to_string().contains("scenario.demand_growth"), "{err}");
    let mut s = scenario();
    s.plan.end_year = 2020;
    assert!(s.validate().is_err());
    let s = scenario();
    assert!(matches!(
        s.year_result(2031),
        Err(Error::YearOutOfRange { .. })
    ));
    let mut s = scenario();
    s.plan.options[0].price_usd_per_gj = Series::constant(-3.0).unwrap();
    assert!(s.validate().is_err(), "negative prices are refused");
    let mut s = scenario();
    s.baseline.speed = knots(0.0);
    assert!(s.validate().is_err());
}

#[test]
fn consecutive_fueleu_deficits_raise_the_penalty_and_costs_add_up() {
    // Half the sea passage and all berth time in EU scope, no shore power: a pure VLSFO service
    // is in FuelEU deficit every year (91.74 > 89.34 gCO2e/MJ), so the second year's penalty is
    // 1.1 × the penalty it would have alone (Art. 23(2): 1 + (n − 1)/10 with n = 2). (With the
    // scenario's 50 % shore power from 2026 the berth electricity pulls the intensity just under
    // the 2025–2029 limit, which breaks the chain.)
    let mut s = scenario();
    s.plan.shore_power_share = Series::constant(0.0).unwrap();
    s.baseline.sea_scope = ScopeShare::HALF.into();
    s.baseline.berth_scope = ScopeShare::FULL.into();
    let run = s.run().unwrap();
    let alone = s.year_result(2026).unwrap();
    let p_alone = alone.fueleu.unwrap().penalty.amount();
    let p_run = run[1].fueleu.as_ref().unwrap().penalty.amount();
    assert!(p_alone > 0.0);
    assert_relative_eq!(p_run, 1.1 * p_alone, max_relative = 1e-12);
    // 2030 is the sixth consecutive deficit: multiplier 1.5.
    assert_relative_eq!(
        run[5].fueleu.as_ref().unwrap().penalty.amount(),
        1.5 * s
            .year_result(2030)
            .unwrap()
            .fueleu
            .unwrap()
            .penalty
            .amount(),
        max_relative = 1e-12
    );
    // Costs add up: carbon = FuelEU + ETS (EUR × 1.10) + NZF (USD); total = fuel + carbon.
    for r in &run {
        let eur = r.fueleu.as_ref().map_or(0.0, |f| f.penalty.amount())
            + r.eu_ets.as_ref().map_or(0.0, |e| e.cost.amount());
        let usd = r.imo_nzf.as_ref().map_or(0.0, |n| n.cost().amount());
        assert_relative_eq!(
            r.carbon_cost.amount(),
            eur * 1.10 + usd,
            max_relative = 1e-12
        );
        assert_relative_eq!(
            r.total_cost.amount(),
            r.fuel_cost.amount() + r.carbon_cost.amount(),
            max_relative = 1e-12
        );
    }
    // The NZF draft applies from 2028: none before, some after.
    assert!(run[2].imo_nzf.is_none() && run[3].imo_nzf.is_some());
}

/// A low-load state on the main engine, by hand: 10 % of the main engine's VLSFO burned with
/// CH4 5× and N2O 2× the IMO LCA defaults (MEPC.391(81): Cf_CH4 0.00005, Cf_N2O 0.00018 g/g;
/// GWP100 AR5 28 and 265).
///   2026 main-engine VLSFO = 7,731,281.25 kWh · 180 g/kWh = 1,391.630625 t; low-load part
///   s·m = 139.1630625 t; ΔCH4 = 139.1630625 · (0.00025 − 0.00005) · 28 = 0.779313 t CO2e;
///   ΔN2O = 139.1630625 · (0.00036 − 0.00018) · 265 = 6.638078 t CO2e. Without the state:
///   9,151,995.5357 kWh · 180 g/kWh = 1,647.359196 t · 0.0402 MJ/g · 95.48408 g/MJ
///   (16.8 + (3.114 + 0.00005·28 + 0.00018·265)/0.0402) = 6,323.322381 t; with it
///   6,330.739772 t. The auxiliary engines borrow the fuel, not the state.
#[test]
fn a_low_load_state_by_hand() {
    let mut s = scenario();
    let o = &mut s.plan.options[0];
    let converter = Converter::new(ConverterClass::Ice)
        .with_overrides(EmissionOverrides {
            cf_ch4: Some(green_corridor::units::g_per_g(0.000_25)),
            cf_n2o: Some(green_corridor::units::g_per_g(0.000_36)),
            ..EmissionOverrides::default()
        })
        .unwrap();
    o.low_load = Some(LowLoadBurn {
        mass_share: 0.1,
        converter,
    });
    let r = s.year_result(2026).unwrap();
    assert_relative_eq!(r.well_to_wake_t, 6_330.739_772, max_relative = 1e-9);
    // The same on the fast path.
    let fast = s.run_summary().unwrap();
    let y = fast.iter().find(|y| y.year == 2026).unwrap();
    assert_relative_eq!(y.well_to_wake_t, 6_330.739_772, max_relative = 1e-9);
    // A share outside 0–1 or another converter class is a typed error naming the field.
    let mut bad = s.clone();
    bad.plan.options[0].low_load.as_mut().unwrap().mass_share = 1.5;
    let e = bad.run().unwrap_err().to_string();
    assert!(
        e.contains("scenario.options[0].main_engine.low_load.mass_share"),
        "{e}"
    );
    let mut bad = s.clone();
    bad.plan.options[0].low_load.as_mut().unwrap().converter =
        Converter::new(ConverterClass::FuelCell);
    let e = bad.run().unwrap_err().to_string();
    assert!(e.contains("low_load.converter"), "{e}");
}
