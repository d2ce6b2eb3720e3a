//! Documented API tests of the batch kernel's fast path and its hardening (issue 16).
//!
//! * **Totals accuracy**: per-vessel totals equal a compensated (Neumaier) sum of the
//!   per-row output columns within 1e-12 relative — the kernel's plain sums of at most
//!   1,024 rows are folded into compensated sums (rounding ≤ 1023 × 2⁻⁵³ ≈ 1.1e-13 of Σ|x|).
//! * **One thread = many**: `compute` equals the same rows fed one chunk at a time (run
//!   under both `cargo test` and `cargo test --features rayon` by CI).
//! * **Order does not change a row**: every per-row output is the same bits in AIS order
//!   and shuffled (the fast path and the full check are the same arithmetic; reusing the
//!   previous row's draught factor never changes a result).
//! * **Hardening**: output columns that cannot be allocated are a typed error, and 100 rows
//!   of 1e302 h give a row or totals error, never a NaN or infinite total inside `Ok`.

use green_corridor::Error;
use green_corridor::batch::{PreparedFleet, SegmentColumns, Segments};
use green_corridor::fuel::FuelFamily;
use green_corridor::numeric::rng::Rng;
use green_corridor::prelude::*;

fn ships() -> Vec<Vessel> {
    (0..30_i32)
        .map(|k| {
            let b = Vessel::builder(&format!("ship {k}"), ShipType::Bulk)
                .deadweight(tonnes(20_000.0 + 5_000.0 * f64::from(k)))
                .build_year(1995 + k)
                .design_speed(knots(12.0 + f64::from(k % 5)))
                .design_draught(metres(9.0 + f64::from(k % 6)));
            let b = if k % 5 == 0 {
                b.main_engine(
                    kilowatts(9_000.0),
                    EngineType::LngDiesel,
                    FuelSupply::dual(FuelFamily::Methane, PathwayId::MdoMgo, 0.01).unwrap(),
                )
                .fuels(FuelSelection::main_and_others(
                    PathwayId::Lng,
                    PathwayId::MdoMgo,
                ))
            } else {
                b.main_engine(
                    kilowatts(4_000.0 + 500.0 * f64::from(k)),
                    EngineType::SlowSpeedDiesel,
                    FuelSupply::mono(FuelFamily::Oil),
                )
            };
            b.build().unwrap()
        })
        .collect()
}

struct Cols {
    vessel: Vec<u32>,
    phase: Vec<u8>,
    speed: Vec<f64>,
    draught: Vec<f64>,
    duration: Vec<f64>,
}

/// AIS-like rows: grouped by vessel, the draught constant over 200-row voyages, speeds from
/// 2 % to 115 % of design (low-load bins, the cap, unreachable speeds), a few bad rows.
fn ais_rows(ships: &[Vessel], n: usize) -> Cols {
    let mut rng = Rng::seeded(16);
    let per = n.div_ceil(ships.len());
    let mut c = Cols {
        vessel: vec![],
        phase: vec![],
        speed: vec![],
        draught: vec![],
        duration: vec![],
    };
    let mut t = 0.0;
    for i in 0..n {
        let vi = i / per;
        let spec = ships[vi].spec();
        if i % 200 == 0 || i % per == 0 {
            t = spec.design_draught.value * (0.5 + 0.6 * rng.unit());
        }
        let v_ref = spec.design_speed.value * 1.943_844_5;
        c.vessel.push(vi as u32);
        c.phase.push((rng.next_u64() % 5) as u8);
        c.speed.push(v_ref * (0.02 + 1.13 * rng.unit()));
        c.draught.push(t);
        c.duration.push(if i % 997 == 5 {
            f64::NAN
        } else {
            0.1 + 3.0 * rng.unit()
        });
    }
    c
}

fn seg(c: &Cols) -> Segments<'_> {
    Segments::new(&c.vessel, &c.phase, &c.speed, &c.draught, &c.duration).unwrap()
}

/// Neumaier's compensated sum (the reference).
fn compensated(xs: impl Iterator<Item = f64>) -> f64 {
    let (mut s, mut c) = (0.0f64, 0.0f64);
    for x in xs {
        let t = s + x;
        c += if s.abs() >= x.abs() {
            (s - t) + x
        } else {
            (x - t) + s
        };
        s = t;
    }
    s + c
}

#[test]
fn totals_are_within_1e_12_of_a_compensated_sum_of_the_rows() {
    let ships = ships();
    let fleet = PreparedFleet::new(&ships, &AccountingBasis::fueleu(2025).unwrap()).unwrap();
    let c = ais_rows(&ships, 300_000);
    let (cols, report) = fleet.compute(&seg(&c)).unwrap();
    assert!(!report.row_errors.is_empty());
    let bad: std::collections::HashSet<u64> = report.row_errors.iter().map(|e| e.row).collect();
    for (v, _) in ships.iter().enumerate() {
        let good: Vec<usize> = (0..c.vessel.len())
            .filter(|&i| c.vessel[i] as usize == v && !bad.contains(&(i as u64)))
            .collect();
        for (total, column) in [
            (report.totals.co2e_t[v], &cols.co2e_t),
            (report.totals.fuel_main_t[v], &cols.fuel_main_t),
            (report.totals.fuel_auxiliary_t[v], &cols.fuel_auxiliary_t),
        ] {
            let reference = compensated(good.iter().map(|&i| column[i]));
            assert!(
                (total - reference).abs() <= 1e-12 * reference.abs(),
                "vessel {v}: {total} vs {reference}"
            );
        }
        let hours = compensated(good.iter().map(|&i| c.duration[i]));
        assert!((report.totals.duration_h[v] - hours).abs() <= 1e-12 * hours);
        assert_eq!(report.totals.segments[v], good.len() as u64);
    }
}

#[test]
fn rows_are_the_same_bits_in_any_order_and_in_any_number_of_pieces() {
    let ships = ships();
    let fleet = PreparedFleet::new(&ships, &AccountingBasis::imo_lca()).unwrap();
    let c = ais_rows(&ships, 150_000);
    let (ordered, report) = fleet.compute(&seg(&c)).unwrap();
    // Shuffle (seeded Fisher–Yates).
    let n = c.vessel.len();
    let mut perm: Vec<usize> = (0..n).collect();
    let mut rng = Rng::seeded(5);
    for i in (1..n).rev() {
        perm.swap(i, (rng.next_u64() % (i as u64 + 1)) as usize);
    }
    let pick = |x: &Vec<f64>| perm.iter().map(|&i| x[i]).collect::<Vec<f64>>();
    let s = Cols {
        vessel: perm.iter().map(|&i| c.vessel[i]).collect(),
        phase: perm.iter().map(|&i| c.phase[i]).collect(),
        speed: pick(&c.speed),
        draught: pick(&c.draught),
        duration: pick(&c.duration),
    };
    let (shuffled, report2) = fleet.compute(&seg(&s)).unwrap();
    for (k, &i) in perm.iter().enumerate() {
        for (a, b) in [
            (ordered.co2e_t[i], shuffled.co2e_t[k]),
            (ordered.fuel_main_t[i], shuffled.fuel_main_t[k]),
            (ordered.fuel_auxiliary_t[i], shuffled.fuel_auxiliary_t[k]),
            (ordered.fuel_boiler_t[i], shuffled.fuel_boiler_t[k]),
        ] {
            assert_eq!(a.to_bits(), b.to_bits(), "row {i}");
        }
    }
    assert_eq!(report.row_errors.len(), report2.row_errors.len());
    for (a, b) in report.totals.co2e_t.iter().zip(&report2.totals.co2e_t) {
        assert!((a - b).abs() <= 1e-12 * a.abs());
    }

    // Fed in pieces of exactly one chunk: the same chunks, so the same bits.
    let chunk = fleet.chunk_len();
    let mut stream = fleet.stream();
    let all = seg(&c);
    let mut start = 0;
    while start < n {
        let end = (start + chunk).min(n);
        let part = Segments::new(
            &all.vessel[start..end],
            &all.phase[start..end],
            &all.speed_kn[start..end],
            &all.draught_m[start..end],
            &all.duration_h[start..end],
        )
        .unwrap();
        stream.feed(&part).unwrap();
        start = end;
    }
    let pieces = stream.finish().unwrap();
    assert_eq!(pieces.rows, report.rows);
    // (Debug strings: a NaN value in a row error is not == itself.)
    assert_eq!(
        format!("{:?}", pieces.row_errors),
        format!("{:?}", report.row_errors)
    );
    let (a, b) = (&pieces.totals, &report.totals);
    for (x, y) in [
        (&a.fuel_main_t, &b.fuel_main_t),
        (&a.fuel_auxiliary_t, &b.fuel_auxiliary_t),
        (&a.fuel_boiler_t, &b.fuel_boiler_t),
        (&a.co2e_t, &b.co2e_t),
        (&a.energy_mj, &b.energy_mj),
        (&a.duration_h, &b.duration_h),
        (&a.distance_nm, &b.distance_nm),
    ] {
        for (x, y) in x.iter().zip(y) {
            assert_eq!(x.to_bits(), y.to_bits(), "{x} vs {y}");
        }
    }
    assert_eq!(a.segments, b.segments);
}

#[test]
fn output_columns_too_large_to_allocate_are_a_typed_error() {
    match SegmentColumns::zeros(usize::MAX / 8) {
        Err(Error::LimitExceeded { field, value, .. }) => {
            assert_eq!(field, "outputs");
            assert_eq!(value, usize::MAX / 8);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(SegmentColumns::zeros(3).unwrap().co2e_t, vec![0.0; 3]);
}

#[test]
fn huge_durations_never_give_non_finite_totals() {
    // One small vessel at 1e302 h per row: each row may be finite, their sum is not.
    let tug = Vessel::builder("tug", ShipType::Bulk)
        .deadweight(tonnes(2_000.0))
        .build_year(2010)
        .design_speed(knots(10.0))
        .design_draught(metres(4.0))
        .main_engine(
            kilowatts(400.0),
            EngineType::HighSpeedDiesel,
            FuelSupply::mono(FuelFamily::Oil),
        )
        .build()
        .unwrap();
    let fleet = PreparedFleet::new(&[tug], &AccountingBasis::imo_dcs()).unwrap();
    let mut totals_errors = 0;
    for (phase, speed, hours) in [
        (0u8, 0.0, 1e302),
        (4, 8.0, 1e302),
        (0, 0.0, 1e304),
        (0, 0.0, 1e306),
    ] {
        let n = 100;
        let (v, p, s, d, h) = (
            vec![0u32; n],
            vec![phase; n],
            vec![speed; n],
            vec![3.5; n],
            vec![hours; n],
        );
        let seg = Segments::new(&v, &p, &s, &d, &h).unwrap();
        for result in [fleet.compute(&seg).map(|(_, r)| r), fleet.totals(&seg)] {
            match result {
                Ok(report) => {
                    // Rows counted or refused, but every total is a finite number.
                    let t = &report.totals;
                    assert_eq!(t.segments[0] + report.row_errors.len() as u64, n as u64);
                    for col in [
                        &t.fuel_main_t,
                        &t.fuel_auxiliary_t,
                        &t.fuel_boiler_t,
                        &t.co2e_t,
                        &t.energy_mj,
                        &t.duration_h,
                        &t.distance_nm,
                    ] {
                        assert!(col.iter().all(|x| x.is_finite()), "{hours} h: {col:?}");
                    }
                }
                Err(Error::OutOfRange { field, value, .. }) => {
                    assert!(
                        field.starts_with("totals.") && field.ends_with("[0]"),
                        "{field}"
                    );
                    assert!(!value.is_finite());
                    totals_errors += 1;
                }
                Err(e) => panic!("{e}"),
            }
        }
    }
    // 100 finite rows of 1e304 h at berth (≈ 1e307 MJ each) sum past f64: a totals error.
    assert!(totals_errors >= 2, "{totals_errors}");
}
