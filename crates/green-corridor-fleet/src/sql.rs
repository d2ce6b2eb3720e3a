//! DataFusion scalar functions over a user's own tables (Parquet, CSV, memory, …).
//!
//! [`register`] adds five functions to a [`SessionContext`], each taking the five segment
//! columns `(vessel, phase, speed_kn, draught_m, duration_h)` (integer and numeric types
//! are cast as in [`ColumnsOf::from_arrays`](crate::ColumnsOf::from_arrays)) and returning
//! `Float64` per row, null for a bad row (the kernel's row error):
//!
//! | function | value, per segment |
//! |---|---|
//! | `gc_fuel_main_t` | main-engine fuel (main + pilot), t |
//! | `gc_fuel_auxiliary_t` | auxiliary-engine fuel, t |
//! | `gc_fuel_boiler_t` | boiler fuel, t |
//! | `gc_fuel_t` | all fuel, t (the sum of the three) |
//! | `gc_co2e_t` | t CO2e under the fleet's accounting basis (WtW for FuelEU / IMO LCA) |
//!
//! Per-vessel totals are ordinary SQL aggregates:
//!
//! ```sql
//! SELECT vessel, SUM(gc_co2e_t(vessel, phase, speed_kn, draught_m, duration_h)) AS co2e_t
//! FROM segments GROUP BY vessel ORDER BY vessel
//! ```
//!
//! Each function runs the batch kernel on the record batch it is given (DataFusion's
//! batches, 8,192 rows by default; a query with several partitions runs them in
//! parallel). A query calling two of the functions computes the kernel twice.

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use arrow_array::ArrayRef;
use arrow_schema::DataType;
use datafusion::common::{DataFusionError, Result as DfResult};
use datafusion::logical_expr::{
    ColumnarValue, ScalarFunctionArgs, ScalarUDF, ScalarUDFImpl, Signature, Volatility,
};
use datafusion::prelude::SessionContext;
use green_corridor::batch::SegmentColumns;

use crate::PreparedFleet;
use crate::arrow::{ColumnsOf, nullable_f64};

/// Which output a function returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Output {
    /// `gc_fuel_main_t`.
    FuelMain,
    /// `gc_fuel_auxiliary_t`.
    FuelAuxiliary,
    /// `gc_fuel_boiler_t`.
    FuelBoiler,
    /// `gc_fuel_t`.
    FuelTotal,
    /// `gc_co2e_t`.
    Co2e,
}

impl Output {
    /// Every output, in the table's order.
    pub const ALL: [Output; 5] = [
        Output::FuelMain,
        Output::FuelAuxiliary,
        Output::FuelBoiler,
        Output::FuelTotal,
        Output::Co2e,
    ];

    /// The SQL function name.
    pub fn name(self) -> &'static str {
        match self {
            Output::FuelMain => "gc_fuel_main_t",
            Output::FuelAuxiliary => "gc_fuel_auxiliary_t",
            Output::FuelBoiler => "gc_fuel_boiler_t",
            Output::FuelTotal => "gc_fuel_t",
            Output::Co2e => "gc_co2e_t",
        }
    }

    fn take(self, c: SegmentColumns) -> Vec<f64> {
        match self {
            Output::FuelMain => c.fuel_main_t,
            Output::FuelAuxiliary => c.fuel_auxiliary_t,
            Output::FuelBoiler => c.fuel_boiler_t,
            Output::FuelTotal => c
                .fuel_main_t
                .iter()
                .zip(&c.fuel_auxiliary_t)
                .zip(&c.fuel_boiler_t)
                .map(|((m, a), b)| m + a + b)
                .collect(),
            Output::Co2e => c.co2e_t,
        }
    }
}

/// One segment function of a prepared fleet (see the [module documentation](self)).
#[derive(Debug)]
pub struct SegmentFunction {
    fleet: Arc<PreparedFleet>,
    output: Output,
    signature: Signature,
}

impl SegmentFunction {
    /// The function returning `output` for `fleet`.
    pub fn new(fleet: Arc<PreparedFleet>, output: Output) -> Self {
        Self {
            fleet,
            output,
            signature: Signature::any(5, Volatility::Immutable),
        }
    }
}

impl PartialEq for SegmentFunction {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.fleet, &other.fleet) && self.output == other.output
    }
}

impl Eq for SegmentFunction {}

impl Hash for SegmentFunction {
    fn hash<H: Hasher>(&self, state: &mut H) {
        Arc::as_ptr(&self.fleet).hash(state);
        self.output.hash(state);
    }
}

fn df_error(e: crate::Error) -> DataFusionError {
    DataFusionError::External(Box::new(e))
}

impl ScalarUDFImpl for SegmentFunction {
    fn name(&self) -> &str {
        self.output.name()
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn return_type(&self, _arg_types: &[DataType]) -> DfResult<DataType> {
        Ok(DataType::Float64)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> DfResult<ColumnarValue> {
        let arrays = args
            .args
            .into_iter()
            .map(|a| a.into_array(args.number_rows))
            .collect::<DfResult<Vec<ArrayRef>>>()?;
        let [vessel, phase, speed, draught, duration] = arrays.as_slice() else {
            return Err(DataFusionError::Plan(format!(
                "{} takes 5 arguments (vessel, phase, speed_kn, draught_m, duration_h), got {}",
                self.name(),
                arrays.len()
            )));
        };
        let cols =
            ColumnsOf::from_arrays(vessel, phase, speed, draught, duration).map_err(df_error)?;
        let seg = cols.segments().map_err(df_error)?;
        let (columns, _report) = self.fleet.compute(&seg).map_err(|e| df_error(e.into()))?;
        Ok(ColumnarValue::Array(Arc::new(nullable_f64(
            self.output.take(columns),
        ))))
    }
}

/// The five segment functions of `fleet`, in [`Output::ALL`]'s order (for a
/// [`SessionStateBuilder`](datafusion::execution::SessionStateBuilder), a function
/// registry, or [`register`]).
pub fn functions(fleet: &Arc<PreparedFleet>) -> Vec<ScalarUDF> {
    Output::ALL
        .into_iter()
        .map(|output| ScalarUDF::new_from_impl(SegmentFunction::new(fleet.clone(), output)))
        .collect()
}

/// Registers the five segment functions of `fleet` in `ctx`.
pub fn register(ctx: &SessionContext, fleet: Arc<PreparedFleet>) {
    for udf in functions(&fleet) {
        ctx.register_udf(udf);
    }
}
