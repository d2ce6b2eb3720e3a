//! Documented API test (feature `sql`): DataFusion SQL over a Parquet file gives the
//! kernel's numbers.
//!
//! Worked check: `SUM(gc_co2e_t(…))` and `SUM(gc_fuel_t(…))` `GROUP BY vessel` over a
//! Parquet file of 200,000 AIS-like segments the test writes equal the kernel's per-vessel
//! totals (`PreparedFleet::totals`, checked against the single-voyage path by the library's
//! `tests/batch_equality.rs`) within 1e-12 relative (DataFusion sums in its own order), on
//! one partition and on four files read as four partitions in parallel; `COUNT(*)` equals
//! the kernel's segment count (no bad rows here).
#![cfg(feature = "sql")]

use std::path::PathBuf;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, UInt32Type};
use datafusion::prelude::{ParquetReadOptions, SessionConfig, SessionContext};
use green_corridor::batch::PreparedFleet;
use green_corridor::prelude::AccountingBasis;
use green_corridor_fleet::{
    ColumnsOf, sql, testdata, write_segments_parquet, write_totals_parquet,
};

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs())
}

#[test]
fn sql_over_parquet_equals_the_kernel_on_one_and_four_partitions() {
    let ships = testdata::fleet(40).unwrap();
    let fleet =
        Arc::new(PreparedFleet::new(&ships, &AccountingBasis::fueleu(2025).unwrap()).unwrap());
    let dir = std::env::temp_dir().join(format!("gc-fleet-sql-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let n = 200_000;
    let batch = testdata::ais_like_segments(&ships, n, 11).unwrap();
    let file = dir.join("segments.parquet");
    write_segments_parquet(&file, std::slice::from_ref(&batch)).unwrap();
    let cols = ColumnsOf::from_batch(&batch).unwrap();
    let kernel = fleet.totals(&cols.segments().unwrap()).unwrap();

    // Four files, one per quarter of the rows: four partitions.
    let parts = dir.join("parts");
    std::fs::create_dir_all(&parts).unwrap();
    for k in 0..4 {
        let slice = batch.slice(k * n / 4, n / 4);
        write_segments_parquet(&parts.join(format!("part-{k}.parquet")), &[slice]).unwrap();
    }

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let query = "SELECT vessel, SUM(gc_co2e_t(vessel, phase, speed_kn, draught_m, duration_h)) \
                 AS co2e_t, SUM(gc_fuel_t(vessel, phase, speed_kn, draught_m, duration_h)) \
                 AS fuel_t, COUNT(*) AS segments FROM segments GROUP BY vessel ORDER BY vessel";
    let run = |path: &PathBuf, partitions: usize| -> Vec<(u32, f64, f64, i64)> {
        rt.block_on(async {
            let ctx = SessionContext::new_with_config(
                SessionConfig::new().with_target_partitions(partitions),
            );
            sql::register(&ctx, fleet.clone());
            ctx.register_parquet(
                "segments",
                path.to_str().unwrap(),
                ParquetReadOptions::default(),
            )
            .await
            .unwrap();
            let batches = ctx.sql(query).await.unwrap().collect().await.unwrap();
            let mut rows = Vec::new();
            for b in batches {
                let v = b.column(0).as_primitive::<UInt32Type>();
                let c = b.column(1).as_primitive::<Float64Type>();
                let f = b.column(2).as_primitive::<Float64Type>();
                let s = b.column(3).as_primitive::<Int64Type>();
                for i in 0..b.num_rows() {
                    rows.push((v.value(i), c.value(i), f.value(i), s.value(i)));
                }
            }
            rows
        })
    };
    let single = run(&file, 1);
    let multi = run(&parts, 4);
    assert_eq!(single.len(), ships.len());
    assert_eq!(multi.len(), ships.len());
    for ((s, m), i) in single.iter().zip(&multi).zip(0..) {
        assert_eq!(s.0, i as u32);
        assert_eq!(m.0, i as u32);
        let t = &kernel.totals;
        let fuel = t.fuel_main_t[i] + t.fuel_auxiliary_t[i] + t.fuel_boiler_t[i];
        assert!(
            close(s.1, t.co2e_t[i], 1e-12),
            "vessel {i}: {} vs {}",
            s.1,
            t.co2e_t[i]
        );
        assert!(
            close(m.1, t.co2e_t[i], 1e-12),
            "vessel {i}: {} vs {}",
            m.1,
            t.co2e_t[i]
        );
        assert!(
            close(s.2, fuel, 1e-12) && close(m.2, fuel, 1e-12),
            "vessel {i}"
        );
        assert_eq!(s.3 as u64, t.segments[i]);
        assert_eq!(m.3 as u64, t.segments[i]);
    }

    // Totals written to Parquet read back by SQL.
    let totals_file = dir.join("totals.parquet");
    write_totals_parquet(&totals_file, &kernel.totals).unwrap();
    let sum: f64 = rt.block_on(async {
        let ctx = SessionContext::new();
        ctx.register_parquet(
            "totals",
            totals_file.to_str().unwrap(),
            ParquetReadOptions::default(),
        )
        .await
        .unwrap();
        let b = ctx
            .sql("SELECT SUM(co2e_t) FROM totals")
            .await
            .unwrap()
            .collect()
            .await
            .unwrap();
        b[0].column(0).as_primitive::<Float64Type>().value(0)
    });
    let expected: f64 = kernel.totals.co2e_t.iter().sum();
    assert!(close(sum, expected, 1e-12));
    let _ = std::fs::remove_dir_all(&dir);
}
