//! Fleet-scale green-corridor inventories on the engines people use: the batch kernel of
//! [`green_corridor::batch`] on Apache Arrow [`RecordBatch`](arrow_array::RecordBatch)es, Parquet files in and out, and
//! DataFusion SQL functions over a user's own Parquet tables (feature `sql`, module
//! `sql`), and the same functions on an Apache DataFusion Ballista cluster (feature
//! `distributed`, module `distributed`, binary `gc-ballista-node`).
//!
//! # Segment schema ([`segment_schema`])
//!
//! | column | Arrow type | unit / meaning |
//! |---|---|---|
//! | `vessel` | `UInt32` (any integer type is cast) | index into the vessels given to [`PreparedFleet::new`] |
//! | `phase` | `UInt8` (any integer type is cast) | 0 at berth, 1 at anchor, 2 manoeuvring, 3 slow transit, 4 normal cruising ([`green_corridor::batch::phase_code`]) |
//! | `speed_kn` | `Float64` (numbers are cast) | speed through water, kn |
//! | `draught_m` | `Float64` | mean draught, m |
//! | `duration_h` | `Float64` | duration, h — **or**, when this column is absent, `start_time` and `end_time` (any Arrow `Timestamp` unit), duration = end − start |
//!
//! A null cell is a row error of that row (`NonFinite`, value NaN), never a silent zero.
//! Output columns ([`outputs_batch`]): `fuel_main_t`, `fuel_auxiliary_t`, `fuel_boiler_t`,
//! `co2e_t` (`Float64`, t; null for a bad row). Per-vessel totals ([`totals_batch`]):
//! `vessel` (`UInt32`), `fuel_main_t`, `fuel_auxiliary_t`, `fuel_boiler_t`, `co2e_t`,
//! `energy_mj`, `duration_h`, `distance_nm` (`Float64`) and `segments` (`UInt64`).
//!
//! # Example
//!
//! ```
//! use std::sync::Arc;
//! use arrow_array::{Float64Array, RecordBatch, UInt8Array, UInt32Array};
//! use green_corridor::prelude::*;
//! use green_corridor::batch::PreparedFleet;
//! use green_corridor::fuel::FuelFamily;
//! use green_corridor_fleet::{compute_batch, segment_schema};
//!
//! let bulk = Vessel::builder("bulk", ShipType::Bulk)
//!     .deadweight(tonnes(80_000.0)).build_year(2012)
//!     .design_speed(knots(14.0)).design_draught(metres(14.0))
//!     .main_engine(kilowatts(10_000.0), EngineType::SlowSpeedDiesel, FuelSupply::mono(FuelFamily::Oil))
//!     .build()?;
//! let fleet = PreparedFleet::new(&[bulk], &AccountingBasis::imo_dcs())?;
//! let batch = RecordBatch::try_new(segment_schema(), vec![
//!     Arc::new(UInt32Array::from(vec![0, 0])),
//!     Arc::new(UInt8Array::from(vec![4, 0])),
//!     Arc::new(Float64Array::from(vec![12.0, 0.0])),
//!     Arc::new(Float64Array::from(vec![13.0, 13.0])),
//!     Arc::new(Float64Array::from(vec![24.0, 24.0])),
//! ])?;
//! let (outputs, report) = compute_batch(&fleet, &batch)?;
//! assert_eq!(outputs.num_rows(), 2);
//! assert!(report.row_errors.is_empty());
//! assert!(report.totals.co2e_t[0] > 0.0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]
// As in the library: no unwrap/expect/panic or unchecked indexing outside tests.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]

mod arrow;
#[cfg(feature = "distributed")]
pub mod distributed;
mod parquet_io;
#[cfg(feature = "sql")]
pub mod sql;
pub mod testdata;

pub use arrow::{
    ColumnsOf, compute_batch, outputs_batch, segment_schema, totals_batch, totals_schema,
};
pub use green_corridor::batch::PreparedFleet;
pub use parquet_io::{
    ParquetTotals, READ_BATCH_ROWS, totals_from_parquet, write_segments_parquet,
    write_totals_parquet,
};

/// Errors of the Arrow/Parquet/DataFusion layer. Each names the column or file concerned.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An error of the library (columns of different lengths, a total that overflows, …).
    #[error(transparent)]
    Core(#[from] green_corridor::Error),
    /// A column is missing or has a type that cannot be cast to the schema's.
    #[error("column {column}: {problem}")]
    Column {
        /// The column name.
        column: String,
        /// What is wrong, with the type received.
        problem: String,
    },
    /// An Arrow error (casts, building a record batch).
    #[error("arrow: {0}")]
    Arrow(#[from] arrow_schema::ArrowError),
    /// A Parquet error (reading or writing a file).
    #[error("parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    /// A file could not be opened or created.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The operating system's error.
        source: std::io::Error,
    },
}

/// Result with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
