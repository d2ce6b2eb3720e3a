//! Trajectory throughput: a 2025–2050 corridor scenario (26 years) with 10,000 seeded
//! Monte-Carlo samples, and one deterministic run for reference.
//!
//! Run with `cargo bench -p green-corridor-bench --bench trajectory` (add `--features rayon` to use every core);
//! results are recorded in `docs/benchmarks.md`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use green_corridor::trajectory::uncertainty::monte_carlo;

#[path = "../../../tests/common/corridor.rs"]
mod corridor;
use corridor::{corridor, uncertainty};

fn bench_trajectory(c: &mut Criterion) {
    let s = corridor();
    let mut g = c.benchmark_group("trajectory_2025_2050");
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(10));
    g.bench_function("deterministic_run", |b| {
        b.iter(|| black_box(black_box(&s).run().unwrap()))
    });
    let spec = uncertainty(10_000);
    g.throughput(Throughput::Elements(10_000 * 26));
    g.bench_function("monte_carlo_10000_samples", |b| {
        b.iter(|| black_box(monte_carlo(black_box(&s), &spec, None).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, bench_trajectory);
criterion_main!(benches);
