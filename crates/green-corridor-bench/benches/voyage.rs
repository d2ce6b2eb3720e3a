//! One Shanghai (Yangshan)–Los Angeles round-trip voyage report: the default archetype ship,
//! 16 kn, VLSFO with MGO in the North American ECA, FuelEU 2025 basis. The plan (routes and
//! ECA distances) is built once outside the timed loop for `…_report` (the accounting and the
//! summaries of a voyage sailed once at build); `…_build_and_report` times the whole pipeline:
//! routes, ECA distances, sailing every phase through the vessel model, the ledger, and one
//! report.

use criterion::{Criterion, criterion_group, criterion_main};
use green_corridor::prelude::*;
use green_corridor::route::Date;
use green_corridor::voyage::archetype::{EngineFit, vessel};
use green_corridor::voyage::corridors::corridors;
use std::hint::black_box;

fn voyage_report(c: &mut Criterion) {
    let Some(la) = corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
    else {
        return;
    };
    let (Ok(ship), Ok(date), Ok(basis)) = (
        vessel(&la.archetype, EngineFit::Oil),
        Date::new(2025, 6, 1),
        AccountingBasis::fueleu(2025),
    ) else {
        return;
    };
    let Ok(voyage) = Voyage::builder(&ship)
        .ports(&["CNYSA", "USLAX"])
        .date(date)
        .speed(knots(16.0))
        .draught(metres(13.0))
        .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
        .policy(EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo))
        .build()
    else {
        return;
    };
    let load = LoadFactor::default();
    let mut g = c.benchmark_group("voyage");
    g.sample_size(20);
    g.bench_function("shanghai_los_angeles_round_trip_build_and_report", |b| {
        b.iter(|| {
            Voyage::builder(black_box(&ship))
                .ports(&["CNYSA", "USLAX"])
                .date(date)
                .speed(knots(16.0))
                .draught(metres(13.0))
                .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
                .policy(EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo))
                .build()
                .and_then(|v| v.report(&basis, &load))
        })
    });
    g.bench_function("shanghai_los_angeles_round_trip_report", |b| {
        b.iter(|| black_box(&voyage).report(black_box(&basis), &load))
    });
    g.finish();
}

criterion_group!(benches, voyage_report);
criterion_main!(benches);
