//! Arrow record batches in and out of the batch kernel.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, UInt8Type, UInt32Type};
use arrow_array::{
    Array, ArrayRef, Float64Array, PrimitiveArray, RecordBatch, UInt32Array, UInt64Array,
};
use arrow_schema::{DataType, Field, Schema, SchemaRef, TimeUnit};
use green_corridor::batch::{FleetTotals, SegmentColumns, Segments};

use crate::{Error, PreparedFleet, Result};

/// The segment schema of the [crate documentation](crate): `vessel` (`UInt32`), `phase`
/// (`UInt8`), `speed_kn`, `draught_m`, `duration_h` (`Float64`), all non-nullable.
pub fn segment_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("vessel", DataType::UInt32, false),
        Field::new("phase", DataType::UInt8, false),
        Field::new("speed_kn", DataType::Float64, false),
        Field::new("draught_m", DataType::Float64, false),
        Field::new("duration_h", DataType::Float64, false),
    ]))
}

/// The per-vessel totals schema ([`totals_batch`]).
pub fn totals_schema() -> SchemaRef {
    let f = |n: &str| Field::new(n, DataType::Float64, false);
    Arc::new(Schema::new(vec![
        Field::new("vessel", DataType::UInt32, false),
        f("fuel_main_t"),
        f("fuel_auxiliary_t"),
        f("fuel_boiler_t"),
        f("co2e_t"),
        f("energy_mj"),
        f("duration_h"),
        f("distance_nm"),
        Field::new("segments", DataType::UInt64, false),
    ]))
}

/// The five kernel columns of a record batch, cast to the schema's types with nulls
/// replaced by values the kernel reports as row errors (NaN for a number, `u32::MAX` for a
/// vessel, 255 for a phase). Zero-copy when the batch already has the schema's types and
/// no nulls.
#[derive(Debug, Clone)]
pub struct ColumnsOf {
    vessel: PrimitiveArray<UInt32Type>,
    phase: PrimitiveArray<UInt8Type>,
    speed_kn: Float64Array,
    draught_m: Float64Array,
    duration_h: Float64Array,
}

fn column<'a>(batch: &'a RecordBatch, name: &str) -> Result<&'a ArrayRef> {
    batch.column_by_name(name).ok_or_else(|| Error::Column {
        column: name.into(),
        problem: format!(
            "missing (the batch has {:?})",
            batch
                .schema()
                .fields()
                .iter()
                .map(|f| f.name().as_str())
                .collect::<Vec<_>>()
        ),
    })
}

fn cast_to(name: &str, a: &ArrayRef, to: &DataType) -> Result<ArrayRef> {
    if a.data_type() == to {
        return Ok(a.clone());
    }
    arrow_cast::cast(a, to).map_err(|e| Error::Column {
        column: name.into(),
        problem: format!("cannot cast {} to {to}: {e}", a.data_type()),
    })
}

fn f64_column(name: &str, a: &ArrayRef) -> Result<Float64Array> {
    let a = cast_to(name, a, &DataType::Float64)?;
    let a = a.as_primitive::<Float64Type>();
    Ok(if a.null_count() == 0 {
        a.clone()
    } else {
        a.iter().map(|x| Some(x.unwrap_or(f64::NAN))).collect()
    })
}

fn int_column<T: arrow_array::ArrowPrimitiveType>(
    name: &str,
    a: &ArrayRef,
    sentinel: T::Native,
) -> Result<PrimitiveArray<T>> {
    let a = cast_to(name, a, &T::DATA_TYPE)?;
    let a = a.as_primitive::<T>();
    Ok(if a.null_count() == 0 {
        a.clone()
    } else {
        a.iter().map(|x| Some(x.unwrap_or(sentinel))).collect()
    })
}

/// Durations in hours from two timestamp columns (any unit), end − start; a null is NaN.
fn duration_from_timestamps(start: &ArrayRef, end: &ArrayRef) -> Result<Float64Array> {
    let micros = |name: &str, a: &ArrayRef| -> Result<PrimitiveArray<Int64Type>> {
        if !matches!(a.data_type(), DataType::Timestamp(_, _)) {
            return Err(Error::Column {
                column: name.into(),
                problem: format!("expected a Timestamp, got {}", a.data_type()),
            });
        }
        let a = cast_to(name, a, &DataType::Timestamp(TimeUnit::Microsecond, None))?;
        let a = cast_to(name, &a, &DataType::Int64)?;
        Ok(a.as_primitive::<Int64Type>().clone())
    };
    let s = micros("start_time", start)?;
    let e = micros("end_time", end)?;
    Ok(s.iter()
        .zip(e.iter())
        .map(|(s, e)| match (s, e) {
            // µs → h; exact in f64 for any span below 2⁵³ µs (285 years).
            (Some(s), Some(e)) => Some(e.saturating_sub(s) as f64 / 3.6e9),
            _ => Some(f64::NAN),
        })
        .collect())
}

impl ColumnsOf {
    /// The kernel columns of `batch` (by name; other columns are ignored). Errors
    /// ([`Error::Column`]): a missing column, or one whose type does not cast.
    pub fn from_batch(batch: &RecordBatch) -> Result<Self> {
        let duration = match batch.column_by_name("duration_h") {
            Some(d) => f64_column("duration_h", d)?,
            None => match (
                batch.column_by_name("start_time"),
                batch.column_by_name("end_time"),
            ) {
                (Some(s), Some(e)) => duration_from_timestamps(s, e)?,
                _ => {
                    return Err(Error::Column {
                        column: "duration_h".into(),
                        problem: "missing, and no start_time/end_time timestamps either".into(),
                    });
                }
            },
        };
        Self::from_arrays(
            column(batch, "vessel")?,
            column(batch, "phase")?,
            column(batch, "speed_kn")?,
            column(batch, "draught_m")?,
            &(Arc::new(duration) as ArrayRef),
        )
    }

    /// The kernel columns from five arrays (in the schema's order), cast and null-filled as
    /// [`Self::from_batch`] does.
    pub fn from_arrays(
        vessel: &ArrayRef,
        phase: &ArrayRef,
        speed_kn: &ArrayRef,
        draught_m: &ArrayRef,
        duration_h: &ArrayRef,
    ) -> Result<Self> {
        Ok(Self {
            vessel: int_column::<UInt32Type>("vessel", vessel, u32::MAX)?,
            phase: int_column::<UInt8Type>("phase", phase, u8::MAX)?,
            speed_kn: f64_column("speed_kn", speed_kn)?,
            draught_m: f64_column("draught_m", draught_m)?,
            duration_h: f64_column("duration_h", duration_h)?,
        })
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.vessel.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.vessel.is_empty()
    }

    /// The kernel's view of the columns (borrowed, no copy).
    pub fn segments(&self) -> Result<Segments<'_>> {
        Ok(Segments::new(
            self.vessel.values(),
            self.phase.values(),
            self.speed_kn.values(),
            self.draught_m.values(),
            self.duration_h.values(),
        )?)
    }
}

/// Runs the kernel on one record batch ([segment schema](crate)): the per-segment output
/// batch ([`outputs_batch`]) and the report (per-vessel totals, bad rows with their index
/// in the batch).
pub fn compute_batch(
    fleet: &PreparedFleet,
    batch: &RecordBatch,
) -> Result<(RecordBatch, green_corridor::batch::BatchReport)> {
    let cols = ColumnsOf::from_batch(batch)?;
    let (columns, report) = fleet.compute(&cols.segments()?)?;
    Ok((outputs_batch(columns)?, report))
}

/// A `Float64` array from a kernel output column: NaN (a bad row) becomes null.
pub(crate) fn nullable_f64(values: Vec<f64>) -> Float64Array {
    let valid: Vec<bool> = values.iter().map(|x| !x.is_nan()).collect();
    let nulls = if valid.iter().all(|v| *v) {
        None
    } else {
        Some(valid.into())
    };
    Float64Array::new(values.into(), nulls)
}

/// The per-segment output columns as a record batch: `fuel_main_t`, `fuel_auxiliary_t`,
/// `fuel_boiler_t`, `co2e_t` (`Float64`, t; null for a bad row).
pub fn outputs_batch(columns: SegmentColumns) -> Result<RecordBatch> {
    let f = |n: &str| Field::new(n, DataType::Float64, true);
    let schema = Arc::new(Schema::new(vec![
        f("fuel_main_t"),
        f("fuel_auxiliary_t"),
        f("fuel_boiler_t"),
        f("co2e_t"),
    ]));
    let SegmentColumns {
        fuel_main_t,
        fuel_auxiliary_t,
        fuel_boiler_t,
        co2e_t,
    } = columns;
    Ok(RecordBatch::try_new(
        schema,
        vec![
            Arc::new(nullable_f64(fuel_main_t)),
            Arc::new(nullable_f64(fuel_auxiliary_t)),
            Arc::new(nullable_f64(fuel_boiler_t)),
            Arc::new(nullable_f64(co2e_t)),
        ],
    )?)
}

/// Per-vessel totals as a record batch ([`totals_schema`]), one row per vessel in index
/// order.
pub fn totals_batch(totals: &FleetTotals) -> Result<RecordBatch> {
    let n = totals.segments.len();
    let vessel: UInt32Array = (0..n)
        .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
        .collect();
    let f = |v: &Vec<f64>| Arc::new(Float64Array::from(v.clone())) as ArrayRef;
    Ok(RecordBatch::try_new(
        totals_schema(),
        vec![
            Arc::new(vessel),
            f(&totals.fuel_main_t),
            f(&totals.fuel_auxiliary_t),
            f(&totals.fuel_boiler_t),
            f(&totals.co2e_t),
            f(&totals.energy_mj),
            f(&totals.duration_h),
            f(&totals.distance_nm),
            Arc::new(UInt64Array::from(totals.segments.clone())),
        ],
    )?)
}
