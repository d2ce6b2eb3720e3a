//! Accounting throughput: one million ledger entries under FuelEU and IMO DCS.
//!
//! Run with `cargo bench -p green-corridor-bench --bench accounting`; results are recorded in `docs/benchmarks.md`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use green_corridor::prelude::*;

fn ledger(n: usize) -> FuelLedger {
    let mut l = FuelLedger::with_capacity(n);
    let hvo = Fuel::certified(PathwayId::Hvo, Certificate::total_e_g_per_mj(16.0).unwrap());
    for i in 0..n {
        let mass = tonnes(0.05 + (i % 97) as f64 * 0.001);
        let (fuel, class) = match i % 4 {
            0 => (Fuel::new(PathwayId::Vlsfo), ConverterClass::Ice),
            1 => (Fuel::new(PathwayId::MdoMgo), ConverterClass::Ice),
            2 => (
                Fuel::new(PathwayId::Lng),
                ConverterClass::LngDieselSlowSpeed,
            ),
            _ => (hvo.clone(), ConverterClass::Ice),
        };
        let scope = if i % 3 == 0 {
            ScopeShare::HALF
        } else {
            ScopeShare::NONE
        };
        l.add(fuel, class, mass, "leg", scope).unwrap();
    }
    l
}

fn bench_accounting(c: &mut Criterion) {
    let n = 1_000_000;
    let l = ledger(n);
    let fueleu = AccountingBasis::fueleu(2025).unwrap();
    let dcs = AccountingBasis::imo_dcs();
    let mut g = c.benchmark_group("account_1M_entries");
    g.throughput(Throughput::Elements(n as u64));
    g.sample_size(10);
    g.bench_function("fueleu_2025", |b| {
        b.iter(|| black_box(fueleu.account(black_box(&l)).unwrap()))
    });
    g.bench_function("imo_dcs", |b| {
        b.iter(|| black_box(dcs.account(black_box(&l)).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, bench_accounting);
criterion_main!(benches);
