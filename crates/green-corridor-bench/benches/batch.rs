//! Batch throughput: 1 M and 10 M ship-hour segments over 1,000 vessels (FuelEU 2025 basis),
//! per-segment output columns and per-vessel totals.
//!
//! Run with `cargo bench -p green-corridor-bench --bench batch` (one core) or
//! `cargo bench -p green-corridor-bench --bench batch --features rayon` (all cores); results
//! are recorded in `docs/benchmarks.md`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group};
use green_corridor::batch::{PreparedFleet, SegmentColumns, Segments};
use green_corridor::fuel::FuelFamily;
use green_corridor::numeric::rng::Rng;
use green_corridor::prelude::*;

/// 1,000 vessels: bulk carriers, tankers and container ships of varied size, age and engine
/// (slow/medium-speed diesel, LNG-Diesel dual fuel with MGO pilot).
fn fleet() -> Vec<Vessel> {
    (0..1_000_i32)
        .map(|k| {
            let kf = k as f64;
            let b = match k % 3 {
                0 => Vessel::builder(&format!("bulk {k}"), ShipType::Bulk)
                    .deadweight(tonnes(10_000.0 + 200.0 * kf)),
                1 => Vessel::builder(&format!("tanker {k}"), ShipType::OilTanker)
                    .deadweight(tonnes(5_000.0 + 250.0 * kf)),
                _ => Vessel::builder(&format!("container {k}"), ShipType::Container)
                    .teu(500.0 + 20.0 * kf),
            };
            let b = b
                .build_year(1990 + k % 35)
                .design_speed(knots(13.0 + (k % 10) as f64))
                .design_draught(metres(8.0 + (k % 8) as f64));
            if k % 10 == 0 {
                b.main_engine(
                    kilowatts(8_000.0 + 40.0 * kf),
                    EngineType::LngDiesel,
                    FuelSupply::dual(FuelFamily::Methane, PathwayId::MdoMgo, 0.01).unwrap(),
                )
                .fuels(FuelSelection::main_and_others(
                    PathwayId::Lng,
                    PathwayId::MdoMgo,
                ))
            } else {
                let engine = if k % 4 == 0 {
                    EngineType::MediumSpeedDiesel
                } else {
                    EngineType::SlowSpeedDiesel
                };
                b.main_engine(
                    kilowatts(3_000.0 + 40.0 * kf),
                    engine,
                    FuelSupply::mono(FuelFamily::Oil),
                )
                .fuels(FuelSelection::main_and_others(
                    PathwayId::Vlsfo,
                    PathwayId::MdoMgo,
                ))
            }
            .build()
            .unwrap()
        })
        .collect()
}

struct Columns {
    vessel: Vec<u32>,
    phase: Vec<u8>,
    speed: Vec<f64>,
    draught: Vec<f64>,
    duration: Vec<f64>,
}

/// `n` hourly segments. `ais_like`: rows grouped by vessel (one track per ship, as an
/// AIS-derived inventory is exported) with the draught constant over each 240-hour voyage;
/// otherwise (the worst case) rows in random vessel order with a new draught on every row.
fn segments(ships: &[Vessel], n: usize, ais_like: bool) -> Columns {
    let mut rng = Rng::seeded(2026);
    let mut c = Columns {
        vessel: Vec::with_capacity(n),
        phase: Vec::with_capacity(n),
        speed: Vec::with_capacity(n),
        draught: Vec::with_capacity(n),
        duration: Vec::with_capacity(n),
    };
    let per_ship = n.div_ceil(ships.len());
    let mut voyage_draught = 0.0;
    for i in 0..n {
        let vi = if ais_like {
            i / per_ship
        } else {
            (rng.next_u64() % ships.len() as u64) as usize
        };
        let spec = ships[vi].spec();
        let design_kn = spec.design_speed.value * 1.943_844_5;
        let design_m = spec.design_draught.value;
        if !ais_like || i % 240 == 0 {
            voyage_draught = design_m * (0.6 + 0.4 * rng.unit());
        }
        // 60 % at sea, 10 % manoeuvring, 30 % at berth or anchor.
        let u = rng.unit();
        let (phase, speed) = if u < 0.6 {
            (
                3 + (rng.next_u64() % 2) as u8,
                design_kn * (0.45 + 0.6 * rng.unit()),
            )
        } else if u < 0.7 {
            (2, 3.0 + 5.0 * rng.unit())
        } else {
            ((rng.next_u64() % 2) as u8, rng.unit())
        };
        c.vessel.push(vi as u32);
        c.phase.push(phase);
        c.speed.push(speed);
        c.draught.push(voyage_draught);
        c.duration.push(1.0);
    }
    c
}

fn bench_batch(c: &mut Criterion) {
    let ships = fleet();
    let fleet = PreparedFleet::new(&ships, &AccountingBasis::fueleu(2025).unwrap()).unwrap();
    let mut g = c.benchmark_group("batch");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(8));
    g.warm_up_time(Duration::from_secs(1));
    for (label, n, ais_like) in [
        ("1M_segments/random_order", 1_000_000usize, false),
        ("1M_segments/ais_like", 1_000_000, true),
        ("10M_segments/ais_like", 10_000_000, true),
    ] {
        let cols = segments(&ships, n, ais_like);
        let seg = Segments::new(
            &cols.vessel,
            &cols.phase,
            &cols.speed,
            &cols.draught,
            &cols.duration,
        )
        .unwrap();
        let mut out = SegmentColumns::zeros(n).unwrap();
        g.throughput(Throughput::Elements(n as u64));
        g.bench_function(label, |b| {
            b.iter(|| {
                black_box(
                    fleet
                        .compute_into(black_box(&seg), &mut out.as_outputs())
                        .unwrap(),
                )
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench_batch);

/// `GC_BATCH_ONCE=ais_like|random_order [GC_BATCH_ROWS=n]`: one `compute_into` over `n`
/// (default 1 M) rows and exit, for instruction counts under valgrind
/// (`valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*compute_into*'`).
fn once(mode: &str) {
    let ships = fleet();
    let fleet = PreparedFleet::new(&ships, &AccountingBasis::fueleu(2025).unwrap()).unwrap();
    let n: usize = std::env::var("GC_BATCH_ROWS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let cols = segments(&ships, n, mode == "ais_like");
    let seg = Segments::new(
        &cols.vessel,
        &cols.phase,
        &cols.speed,
        &cols.draught,
        &cols.duration,
    )
    .unwrap();
    let mut out = SegmentColumns::zeros(n).unwrap();
    let report = fleet
        .compute_into(black_box(&seg), &mut out.as_outputs())
        .unwrap();
    let co2e: f64 = report.totals.co2e_t.iter().sum();
    println!(
        "{mode}: {n} rows, {} bad, total {co2e:e} t CO2e",
        report.row_errors.len()
    );
}

fn main() {
    if let Ok(mode) = std::env::var("GC_BATCH_ONCE") {
        once(&mode);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
