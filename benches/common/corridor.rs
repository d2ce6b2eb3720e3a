//! The corridor scenario shared by `benches/trajectory.rs` and `tests/trajectory_fast_path.rs`.

use green_corridor::numeric::rng::Uncertain;
use green_corridor::prelude::*;
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::*;
use green_corridor::trajectory::uncertainty::UncertaintySpec;
use green_corridor::trajectory::{Interpolation, Series};
use green_corridor::units::{g_per_kwh, nautical_miles};

/// A Shanghai–Los Angeles-like container service (illustrative work figures): VLSFO, LNG
/// (Otto medium speed, MGO pilot), certified e-methanol (MGO pilot) and certified bio-LNG,
/// the green share rising from 0 % (2025) to 100 % (2050); half the sea leg and all berth
/// work in EU scope (to exercise FuelEU and the EU ETS), shore power from 2030.
pub fn corridor() -> CorridorScenario {
    let pilot = |price: f64| PilotFuel {
        fuel: Fuel::new(PathwayId::MdoMgo),
        sfc: g_per_kwh(2.0),
        price_usd_per_gj: Series::constant(price).unwrap(),
        low_load: None,
    };
    let option = |name: &str, fuel: Fuel, class, sfc: f64, pilot_fuel, price: f64| FuelOption {
        name: name.into(),
        fuel,
        converter: Converter::new(class),
        sfc: g_per_kwh(sfc),
        pilot: pilot_fuel,
        price_usd_per_gj: Series::constant(price).unwrap(),
        auxiliary: None,
        boiler: None,
        low_load: None,
    };
    CorridorScenario {
        baseline: ServiceBaseline {
            year: 2025,
            speed: knots(16.0),
            distance: nautical_miles(11_600.0 * 8.0),
            propulsion_work: kilowatt_hours(1.2e8),
            auxiliary_work_at_sea: kilowatt_hours(1.0e7),
            work_at_berth: kilowatt_hours(2.0e6),
            transport_work_teu_km: 2.0e10,
            sea_scope: ScopeShare::HALF.into(),
            berth_scope: ScopeShare::FULL.into(),
            voyage_shore_power_share: 0.0,
            boiler_share_at_sea: 0.0,
            boiler_share_at_berth: 0.0,
        },
        plan: ScenarioPlan {
            name: "CNSHA-USLAX bench".into(),

            start_year: 2025,

            end_year: 2050,

            options: vec![
                option(
                    "VLSFO",
                    Fuel::new(PathwayId::Vlsfo),
                    ConverterClass::Ice,
                    175.0,
                    None,
                    12.0,
                ),
                option(
                    "LNG",
                    Fuel::new(PathwayId::Lng),
                    ConverterClass::LngOttoMediumSpeed,
                    150.0,
                    Some(pilot(16.0)),
                    11.0,
                ),
                option(
                    "e-methanol",
                    Fuel::certified(
                        PathwayId::EMethanol,
                        Certificate::total_e_g_per_mj(8.0).unwrap(),
                    ),
                    ConverterClass::Ice,
                    360.0,
                    Some(pilot(16.0)),
                    45.0,
                ),
                option(
                    "bio-LNG",
                    Fuel::certified(
                        PathwayId::BioLng,
                        Certificate::total_e_g_per_mj(20.0).unwrap(),
                    ),
                    ConverterClass::LngOttoMediumSpeed,
                    150.0,
                    Some(pilot(16.0)),
                    30.0,
                ),
            ],

            mix: vec![
                MixPoint {
                    year: 2025,
                    shares: vec![0.9, 0.1, 0.0, 0.0],
                },
                MixPoint {
                    year: 2035,
                    shares: vec![0.5, 0.2, 0.2, 0.1],
                },
                MixPoint {
                    year: 2050,
                    shares: vec![0.0, 0.0, 0.7, 0.3],
                },
            ],

            mix_interpolation: Interpolation::Linear,

            demand_growth: Series::constant(0.02).unwrap(),

            speed_kn: Series::steps(&[(2025, 16.0), (2030, 15.0)]).unwrap(),

            efficiency_gain: Series::constant(0.01).unwrap(),

            wind_assist_share: Series::steps(&[(2025, 0.0), (2032, 0.06)]).unwrap(),

            shore_power_share: Series::steps(&[(2025, 0.0), (2030, 0.5)]).unwrap(),

            shore_power_price_usd_per_kwh: Series::constant(0.15).unwrap(),

            prices: CarbonPrices::illustrative().unwrap(),

            nzf_beyond_2035: Default::default(),
            description: String::new(),
        },
    }
}

/// Every uncertain input drawn.
pub fn uncertainty(samples: usize) -> UncertaintySpec {
    let mut u = UncertaintySpec::none(2026, samples);
    u.renewable_wtt_shift_g_per_mj = Uncertain::Triangular {
        low: -3.0,
        mode: 0.0,
        high: 6.0,
    };
    u.methane_slip_multiplier = Uncertain::Uniform {
        low: 0.5,
        high: 1.5,
    };
    u.fossil_price_multiplier = Uncertain::Normal {
        mean: 1.0,
        sd: 0.15,
    };
    u.renewable_price_multiplier = Uncertain::Uniform {
        low: 0.7,
        high: 1.4,
    };
    u.carbon_price_multiplier = Uncertain::Uniform {
        low: 0.5,
        high: 2.0,
    };
    u.demand_growth_shift = Uncertain::Normal {
        mean: 0.0,
        sd: 0.005,
    };
    u
}
