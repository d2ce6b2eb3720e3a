//! Documented API test: results do not depend on the `rayon` feature.
//!
//! CI runs this file without the feature and again with `--features rayon`. In both
//! builds the batch engine's one-call result (one parallel pass over the chunks with `rayon`) must equal,
//! bit for bit, the same segments fed one chunk at a time (strictly sequential, chunk order),
//! and Monte Carlo bands must equal bands computed from samples run one by one in index order.

use green_corridor::batch::{PreparedFleet, Segments};
use green_corridor::fuel::FuelFamily;
use green_corridor::numeric::rng::{Rng, Uncertain, percentile};
use green_corridor::prelude::*;
use green_corridor::trajectory::Interpolation;
use green_corridor::trajectory::Series;
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::*;
use green_corridor::trajectory::uncertainty::{UncertaintySpec, monte_carlo, run_sample};
use green_corridor::units::{g_per_kwh, nautical_miles};

fn ships() -> Vec<Vessel> {
    (0..50_i32)
        .map(|k| {
            Vessel::builder(&format!("bulk {k}"), ShipType::Bulk)
                .deadweight(tonnes(20_000.0 + 4_000.0 * k as f64))
                .build_year(1995 + k % 30)
                .design_speed(knots(13.0 + (k % 4) as f64))
                .design_draught(metres(10.0 + (k % 5) as f64))
                .main_engine(
                    kilowatts(5_000.0 + 300.0 * k as f64),
                    EngineType::SlowSpeedDiesel,
                    FuelSupply::mono(FuelFamily::Oil),
                )
                .build()
                .unwrap()
        })
        .collect()
}

#[test]
fn batch_totals_are_bit_identical_to_sequential_chunk_order() {
    let ships = ships();
    let fleet = PreparedFleet::new(&ships, &AccountingBasis::fueleu(2025).unwrap()).unwrap();
    let n = fleet.chunk_len() * 11 + 123; // many chunks in one parallel pass
    let mut rng = Rng::seeded(7);
    let vessel: Vec<u32> = (0..n).map(|_| (rng.next_u64() % 50) as u32).collect();
    let phase: Vec<u8> = (0..n).map(|_| (rng.next_u64() % 5) as u8).collect();
    let speed: Vec<f64> = (0..n).map(|_| 0.5 + 13.0 * rng.unit()).collect();
    let draught: Vec<f64> = (0..n).map(|_| 7.0 + 6.0 * rng.unit()).collect();
    let mut duration: Vec<f64> = (0..n).map(|_| 0.05 + 2.0 * rng.unit()).collect();
    duration[1000] = f64::NAN; // one bad row
    let seg = Segments::new(&vessel, &phase, &speed, &draught, &duration).unwrap();
    let (cols, all) = fleet.compute(&seg).unwrap();

    let mut stream = fleet.stream();
    let chunk = fleet.chunk_len();
    let mut out = green_corridor::batch::SegmentColumns::zeros(n).unwrap();
    let mut start = 0;
    while start < n {
        let end = (start + chunk).min(n);
        let part = Segments::new(
            &vessel[start..end],
            &phase[start..end],
            &speed[start..end],
            &draught[start..end],
            &duration[start..end],
        )
        .unwrap();
        let mut o = green_corridor::batch::SegmentOutputs {
            fuel_main_t: &mut out.fuel_main_t[start..end],
            fuel_auxiliary_t: &mut out.fuel_auxiliary_t[start..end],
            fuel_boiler_t: &mut out.fuel_boiler_t[start..end],
            co2e_t: &mut out.co2e_t[start..end],
        };
        stream.feed_into(&part, &mut o).unwrap();
        start = end;
    }
    let seq = stream.finish().unwrap();
    assert_eq!(
        format!("{:?}", all.row_errors),
        format!("{:?}", seq.row_errors)
    );
    assert_eq!(all.row_errors.len(), 1);
    assert_eq!(all.row_errors[0].row, 1000);
    for k in 0..ships.len() {
        assert_eq!(
            all.totals.co2e_t[k].to_bits(),
            seq.totals.co2e_t[k].to_bits(),
            "vessel {k}"
        );
        assert_eq!(
            all.totals.fuel_main_t[k].to_bits(),
            seq.totals.fuel_main_t[k].to_bits()
        );
        assert_eq!(all.totals.segments[k], seq.totals.segments[k]);
    }
    for i in 0..n {
        assert_eq!(cols.co2e_t[i].to_bits(), out.co2e_t[i].to_bits(), "row {i}");
    }
}

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
            sea_scope: ScopeShare::HALF.into(),
            berth_scope: ScopeShare::FULL.into(),
            voyage_shore_power_share: 0.0,
            boiler_share_at_sea: 0.0,
            boiler_share_at_berth: 0.0,
        },
        plan: ScenarioPlan {
            name: "parity".into(),

            start_year: 2025,

            end_year: 2032,

            options: vec![
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
                },
                FuelOption {
                    name: "LNG".into(),
                    fuel: Fuel::new(PathwayId::Lng),
                    converter: Converter::new(ConverterClass::LngOttoMediumSpeed),
                    sfc: g_per_kwh(150.0),
                    pilot: None,
                    price_usd_per_gj: Series::constant(11.0).unwrap(),
                    auxiliary: None,
                    boiler: None,
                    low_load: None,
                },
            ],

            mix: vec![
                MixPoint {
                    year: 2025,
                    shares: vec![1.0, 0.0],
                },
                MixPoint {
                    year: 2032,
                    shares: vec![0.5, 0.5],
                },
            ],

            mix_interpolation: Interpolation::Linear,

            demand_growth: Series::constant(0.02).unwrap(),

            speed_kn: Series::constant(16.0).unwrap(),

            efficiency_gain: Series::constant(0.01).unwrap(),

            wind_assist_share: Series::constant(0.0).unwrap(),

            shore_power_share: Series::constant(0.0).unwrap(),

            shore_power_price_usd_per_kwh: Series::constant(0.0).unwrap(),

            prices: CarbonPrices::illustrative().unwrap(),

            nzf_beyond_2035: Default::default(),
            description: String::new(),
        },
    }
}

#[test]
fn monte_carlo_bands_equal_samples_run_in_index_order() {
    let s = scenario();
    let mut spec = UncertaintySpec::none(11, 64);
    spec.methane_slip_multiplier = Uncertain::Uniform {
        low: 0.5,
        high: 1.5,
    };
    spec.fossil_price_multiplier = Uncertain::Normal { mean: 1.0, sd: 0.1 };
    spec.demand_growth_shift = Uncertain::Uniform {
        low: -0.01,
        high: 0.01,
    };
    let bands = monte_carlo(&s, &spec, None).unwrap();
    let runs: Vec<_> = (0..spec.samples)
        .map(|i| run_sample(&s, &spec, i as u64).unwrap())
        .collect();
    for (k, b) in bands.iter().enumerate() {
        let mut wtw: Vec<f64> = runs.iter().map(|r| r[k].well_to_wake_t).collect();
        let mut cost: Vec<f64> = runs.iter().map(|r| r[k].total_cost.amount()).collect();
        let rel = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs());
        for (p, got) in [(5.0, b.well_to_wake_t.p5), (50.0, b.well_to_wake_t.p50)] {
            let want = percentile(&mut wtw, p).unwrap();
            assert!(rel(got, want), "{} P{p}: {got} vs {want}", b.year);
        }
        let want = percentile(&mut cost, 95.0).unwrap();
        assert!(rel(b.total_cost_usd.p95, want), "{}: cost", b.year);
    }
    // Same seed, same bands, bit for bit.
    assert_eq!(bands, monte_carlo(&s, &spec, None).unwrap());
}
