//! Sea-lane network: load time (parse the compiled-in data, geodesic edge lengths, snapping
//! grid) and route queries between ports (snap both ends, A*, build the `Route`), for
//! Shanghai–Los Angeles, Singapore–Rotterdam and a fixed set of 200 seeded random port pairs.

use criterion::{Criterion, criterion_group, criterion_main};
use green_corridor::route::{RouteOptions, find_route, network, ports};
use std::hint::black_box;

fn pairs() -> Vec<(&'static str, &'static str)> {
    let all = ports();
    let mut state: u64 = 0x5eed_2026;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % n
    };
    (0..200)
        .filter_map(|_| {
            let (a, b) = (all.get(next(all.len()))?, all.get(next(all.len()))?);
            (a.locode != b.locode).then_some((a.locode, b.locode))
        })
        .collect()
}

fn route(c: &mut Criterion) {
    let mut g = c.benchmark_group("route");
    g.sample_size(20);
    g.bench_function("load_network", |b| {
        b.iter(|| black_box(network::parse_uncached()))
    });
    if let Ok(s) = network::stats() {
        eprintln!(
            "network: {} nodes, {} edges, {} points, {:.1} MB heap",
            s.nodes,
            s.edges,
            s.points,
            s.heap_bytes as f64 / 1e6
        );
    }
    let o = RouteOptions::default();
    // Warm the port catalogue and network.
    let _ = find_route("CNYSA", "USLAX", &o);
    g.sample_size(100);
    g.bench_function("query_shanghai_los_angeles", |b| {
        b.iter(|| black_box(find_route(black_box("CNSHA"), black_box("USLAX"), &o)))
    });
    g.bench_function("query_singapore_rotterdam", |b| {
        b.iter(|| black_box(find_route(black_box("SGSIN"), black_box("NLRTM"), &o)))
    });
    let ps = pairs();
    let mut i = 0usize;
    g.bench_function("query_random_pair", |b| {
        b.iter(|| {
            i = (i + 1) % ps.len().max(1);
            let (a, z) = ps.get(i).copied().unwrap_or(("CNYSA", "USLAX"));
            black_box(find_route(a, z, &o))
        })
    });
    g.finish();
}

/// Nanoseconds this thread has spent on a CPU (`/proc/thread-self/schedstat`, first field):
/// unlike wall time, it does not count the time the shared machine keeps us waiting.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Median and 90th percentile over the 200 seeded pairs (each the minimum of 3 wall-clock
/// runs, to drop preemption on the shared machine), and the CPU time of a load (scheduler
/// statistics; too coarse for single queries): printed for docs/benchmarks.md.
fn per_pair_medians(_c: &mut Criterion) {
    let o = RouteOptions::default();
    let mut wall = Vec::new();
    for (a, z) in pairs() {
        let mut best_wall = f64::INFINITY;
        for _ in 0..3 {
            let t0 = std::time::Instant::now();
            let _ = black_box(find_route(a, z, &o));
            best_wall = best_wall.min(t0.elapsed().as_secs_f64() * 1e6);
        }
        wall.push(best_wall);
    }
    let pct = |v: &mut Vec<f64>, q: f64| {
        v.sort_by(f64::total_cmp);
        v.get(((v.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(f64::NAN)
    };
    eprintln!(
        "random pairs (n = {}): wall median {:.0} µs, p90 {:.0} µs (each the minimum of 3 runs)",
        wall.len(),
        pct(&mut wall, 0.5),
        pct(&mut wall, 0.9)
    );
    let mut loads = Vec::new();
    for _ in 0..10 {
        let c0 = cpu_ns();
        let _ = black_box(network::parse_uncached());
        if let (Some(c0), Some(c1)) = (c0, cpu_ns()) {
            loads.push((c1 - c0) as f64 / 1e6);
        }
    }
    eprintln!(
        "network load: CPU median {:.1} ms over 10 loads",
        pct(&mut loads, 0.5)
    );
}

criterion_group!(benches, route, per_pair_medians);
criterion_main!(benches);
