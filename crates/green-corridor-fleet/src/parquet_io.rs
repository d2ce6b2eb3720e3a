//! Parquet files in and out: segments → per-vessel totals, streaming one record batch at a
//! time (memory is bounded by the batch size, not the file).

use std::fs::File;
use std::path::Path;

use arrow_array::RecordBatch;
use green_corridor::batch::{BatchReport, FleetTotals};
use parquet::arrow::ArrowWriter;
use parquet::arrow::ProjectionMask;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

use crate::arrow::{ColumnsOf, totals_batch};
use crate::{Error, PreparedFleet, Result};

/// Rows per record batch read from Parquet: the kernel's smallest chunk
/// ([`green_corridor::batch::MIN_CHUNK_ROWS`]), so each batch is one chunk of work.
pub const READ_BATCH_ROWS: usize = green_corridor::batch::MIN_CHUNK_ROWS;

/// What [`totals_from_parquet`] read and computed.
#[derive(Debug, Clone, PartialEq)]
pub struct ParquetTotals {
    /// Per-vessel totals and bad rows (row indices count from the file's first row).
    pub report: BatchReport,
    /// Record batches read.
    pub batches: usize,
}

fn open(path: &Path) -> Result<File> {
    File::open(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })
}

fn create(path: &Path) -> Result<File> {
    File::create(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })
}

/// Streams a Parquet file of segments ([segment schema](crate); other columns are not
/// read) through the kernel and returns the per-vessel totals. Errors: the file cannot be
/// read, a column is missing or of a type that does not cast, a total overflows.
pub fn totals_from_parquet(fleet: &PreparedFleet, path: &Path) -> Result<ParquetTotals> {
    let builder = ParquetRecordBatchReaderBuilder::try_new(open(path)?)?;
    const WANTED: [&str; 7] = [
        "vessel",
        "phase",
        "speed_kn",
        "draught_m",
        "duration_h",
        "start_time",
        "end_time",
    ];
    let roots: Vec<usize> = builder
        .schema()
        .fields()
        .iter()
        .enumerate()
        .filter(|(_, f)| WANTED.contains(&f.name().as_str()))
        .map(|(i, _)| i)
        .collect();
    let mask = ProjectionMask::roots(builder.parquet_schema(), roots);
    let reader = builder
        .with_projection(mask)
        .with_batch_size(READ_BATCH_ROWS)
        .build()?;
    let mut stream = fleet.stream();
    let mut batches = 0;
    for batch in reader {
        let cols = ColumnsOf::from_batch(&batch?)?;
        stream.feed(&cols.segments()?)?;
        batches += 1;
    }
    Ok(ParquetTotals {
        report: stream.finish()?,
        batches,
    })
}

/// Writes record batches (all of one schema, e.g. [`crate::segment_schema`]) to a Parquet
/// file with the writer's default properties. Errors: an empty list, the file cannot be
/// created, batches of different schemas.
pub fn write_segments_parquet(path: &Path, batches: &[RecordBatch]) -> Result<()> {
    let Some(first) = batches.first() else {
        return Err(Error::Column {
            column: "batches".into(),
            problem: "no record batch to write".into(),
        });
    };
    let mut w = ArrowWriter::try_new(create(path)?, first.schema(), None)?;
    for b in batches {
        w.write(b)?;
    }
    w.close()?;
    Ok(())
}

/// Writes per-vessel totals ([`crate::totals_schema`]) to a Parquet file.
pub fn write_totals_parquet(path: &Path, totals: &FleetTotals) -> Result<()> {
    write_segments_parquet(path, &[totals_batch(totals)?])
}
