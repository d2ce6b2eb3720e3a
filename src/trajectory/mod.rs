//! Decarbonisation trajectories: target pathways and alignment.
//!
//! * [`TargetPathway`]: cited checkpoints with a stated interpolation — the IMO 2023 Strategy
//!   minimum and striving, IEA Net Zero (1.5 °C), SBTi/UMAS 1.5 °C, or your own.
//! * [`assess`]: year-by-year alignment with the Poseidon Principles sign convention
//!   (positive = misaligned), the first misaligned year and the cumulative overshoot of the
//!   pathway's budget.

pub mod alignment;
pub mod baseline;
pub mod frameworks;
pub mod pathway;
pub mod plan;
pub mod scenario;
pub mod series;
pub mod solvers;
pub mod summary;
pub mod targets;
pub mod uncertainty;

pub use alignment::{
    AlignmentReport, YearAlignment, alignment_delta, assess, portfolio_alignment,
    zero_near_zero_status,
};
pub use pathway::{
    Checkpoint, Interpolation, PathwayKind, Reference, ReferenceBasis, TargetPathway,
    to_absolute_path, to_intensity_path,
};
pub use series::Series;
