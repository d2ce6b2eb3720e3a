//! The cited tables of the vessel model, as data.
//!
//! Every constant names its source; `docs/vessel-model.md` lists each table with its
//! confidence and the alternatives other sources print.

pub mod low_load;
pub mod phase_rules;
pub mod power_law;
pub mod table_17;
pub mod table_19;
