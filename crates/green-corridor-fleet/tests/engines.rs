//! Documented API tests: Arrow, Parquet and DataFusion give the kernel's numbers.
//!
//! Worked checks (expected values from the kernel, `PreparedFleet::compute`/`totals`, which
//! `tests/batch_equality.rs` of the library checks against the single-voyage path):
//! * an Arrow batch gives the kernel's per-row outputs bit for bit, with integer columns of
//!   other types cast, nulls reported as row errors, and durations from timestamps;
//! * a Parquet file streamed through `totals_from_parquet` gives the kernel's totals (the
//!   reader's batches are the kernel's chunks: bit for bit);
//! * totals written to Parquet read back unchanged.
//!
//! The SQL tests (feature `sql`) are in `tests/sql.rs`.

use std::path::PathBuf;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::Float64Type;
use arrow_array::{
    Array, ArrayRef, Float64Array, Int64Array, RecordBatch, TimestampSecondArray, UInt8Array,
};
use arrow_schema::{DataType, Field, Schema};
use green_corridor::batch::PreparedFleet;
use green_corridor::prelude::AccountingBasis;
use green_corridor_fleet::{
    ColumnsOf, compute_batch, testdata, totals_from_parquet, write_segments_parquet,
    write_totals_parquet,
};

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gc-fleet-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn fleet() -> (Vec<green_corridor::prelude::Vessel>, Arc<PreparedFleet>) {
    let ships = testdata::fleet(40).unwrap();
    let fleet = PreparedFleet::new(&ships, &AccountingBasis::fueleu(2025).unwrap()).unwrap();
    (ships, Arc::new(fleet))
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs())
}

#[test]
fn arrow_batch_equals_the_kernel_with_casts_nulls_and_timestamps() {
    let (ships, fleet) = fleet();
    let batch = testdata::ais_like_segments(&ships, 5_000, 3).unwrap();
    let cols = ColumnsOf::from_batch(&batch).unwrap();
    let (expected, report) = fleet.compute(&cols.segments().unwrap()).unwrap();
    let (out, report2) = compute_batch(&fleet, &batch).unwrap();
    assert_eq!(report, report2);
    let co2e = out
        .column_by_name("co2e_t")
        .unwrap()
        .as_primitive::<Float64Type>();
    for (a, b) in co2e.values().iter().zip(&expected.co2e_t) {
        assert_eq!(a.to_bits(), b.to_bits());
    }

    // Int64 vessel ids, a null speed (row 1) and durations from timestamps (1 h each).
    let n = 4;
    let schema = Arc::new(Schema::new(vec![
        Field::new("vessel", DataType::Int64, false),
        Field::new("phase", DataType::UInt8, false),
        Field::new("speed_kn", DataType::Float64, true),
        Field::new("draught_m", DataType::Float64, false),
        Field::new(
            "start_time",
            DataType::Timestamp(arrow_schema::TimeUnit::Second, None),
            false,
        ),
        Field::new(
            "end_time",
            DataType::Timestamp(arrow_schema::TimeUnit::Second, None),
            false,
        ),
    ]));
    let start: Vec<i64> = (0..n).map(|i| 1_700_000_000 + 3_600 * i).collect();
    let end: Vec<i64> = start.iter().map(|s| s + 3_600).collect();
    let b = RecordBatch::try_new(
        schema,
        vec![
            Arc::new(Int64Array::from(vec![0, 1, 2, 3])) as ArrayRef,
            Arc::new(UInt8Array::from(vec![4, 4, 0, 3])),
            Arc::new(Float64Array::from(vec![
                Some(12.0),
                None,
                Some(0.0),
                Some(10.0),
            ])),
            Arc::new(Float64Array::from(vec![9.0, 9.0, 9.0, 10.0])),
            Arc::new(TimestampSecondArray::from(start)),
            Arc::new(TimestampSecondArray::from(end)),
        ],
    )
    .unwrap();
    let (out, report) = compute_batch(&fleet, &b).unwrap();
    assert_eq!(report.row_errors.len(), 1);
    assert_eq!(report.row_errors[0].row, 1);
    let co2e = out.column_by_name("co2e_t").unwrap();
    assert!(co2e.is_null(1) && !co2e.is_null(0));
    // The same rows with duration_h = 1 give the same bits.
    let seg = green_corridor::batch::Segments::new(
        &[0, 2, 3],
        &[4, 0, 3],
        &[12.0, 0.0, 10.0],
        &[9.0, 9.0, 10.0],
        &[1.0, 1.0, 1.0],
    )
    .unwrap();
    let (direct, _) = fleet.compute(&seg).unwrap();
    let got = co2e.as_primitive::<Float64Type>();
    for (k, row) in [0usize, 2, 3].iter().enumerate() {
        assert_eq!(got.value(*row).to_bits(), direct.co2e_t[k].to_bits());
    }

    // A missing column is an error that names it.
    let err = ColumnsOf::from_batch(&batch.project(&[0, 1, 2, 4]).unwrap()).unwrap_err();
    assert!(err.to_string().contains("draught_m"), "{err}");
}

#[test]
fn parquet_totals_equal_the_kernel_bit_for_bit_per_chunk() {
    let (ships, fleet) = fleet();
    let dir = temp_dir("sql");
    let n = 200_000;
    let batch = testdata::ais_like_segments(&ships, n, 11).unwrap();
    let file = dir.join("segments.parquet");
    write_segments_parquet(&file, std::slice::from_ref(&batch)).unwrap();

    let cols = ColumnsOf::from_batch(&batch).unwrap();
    let kernel = fleet.totals(&cols.segments().unwrap()).unwrap();
    let from_file = totals_from_parquet(&fleet, &file).unwrap();
    assert_eq!(from_file.report.rows, n as u64);
    for (a, b) in from_file
        .report
        .totals
        .co2e_t
        .iter()
        .zip(&kernel.totals.co2e_t)
    {
        assert!(close(*a, *b, 1e-13), "{a} vs {b}");
    }
    assert_eq!(from_file.report.totals.segments, kernel.totals.segments);

    // Totals written to Parquet and read back.
    let totals_file = dir.join("totals.parquet");
    write_totals_parquet(&totals_file, &kernel.totals).unwrap();
    let file = std::fs::File::open(&totals_file).unwrap();
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap();
    let mut co2e = Vec::new();
    for b in reader {
        let b = b.unwrap();
        co2e.extend_from_slice(
            b.column_by_name("co2e_t")
                .unwrap()
                .as_primitive::<Float64Type>()
                .values(),
        );
    }
    assert_eq!(co2e, kernel.totals.co2e_t);
    let _ = std::fs::remove_dir_all(&dir);
}
