//! Vessels and operating phases: the Fourth IMO GHG Study bottom-up fuel model.
//!
//! A [`Vessel`] (ship type, capacity, main engine, auxiliary engines, boiler, fuels, wind
//! assist, shore-power capability) in an [`OperatingPhase`] at a speed and draught for a
//! duration gives an [`OperatingPoint`]: the propulsion power and main-engine load (Fourth IMO
//! GHG Study 2020, Eq. 8, capped at 100 % MCR), the auxiliary and boiler power (Table 17), and
//! the fuel each converter burns (Table 19 SFC × the SFOC load curve, pilot fuel for dual-fuel
//! engines, low-load CH4/N2O factors below 20 % load) — ready to
//! [`push_into`](OperatingPoint::push_into) a [`FuelLedger`](crate::ledger::FuelLedger) and be
//! accounted under any basis.
//!
//! | Step | Equation / table | Item |
//! |---|---|---|
//! | propulsion power | W = δ_w·MCR·(T/T_ref)^0.66·(v/v_ref)³/(η_w·η_f), Eq. 8 | [`Vessel::propulsion_power`] |
//! | sea-trial curve | piecewise linear, cube law outside | [`SpeedPowerCurve`] |
//! | SFC baseline | Table 19; energy equivalence for other fuels | [`baseline_sfc`] |
//! | SFOC load curve | 0.455·L² − 0.710·L + 1.280 | [`relative_sfoc`] |
//! | auxiliaries, boiler | Table 17 by type, size bin, phase | [`table_17_powers`] |
//! | phases | Table 16 (MTCC rule) | [`classify_phase`] |
//! | low-load factors | Starcrest/ICCT, < 20 % load | [`LowLoadAdjustment`] |
//!
//! Every table lives in [`data`] with its source; `docs/vessel-model.md` gives the equations,
//! each table's confidence, and the modelling choices.
//!
//! ```
//! use green_corridor::prelude::*;
//! use green_corridor::vessel::*;
//! use green_corridor::fuel::FuelFamily;
//!
//! let ship = Vessel::builder("Example 14,000 TEU", ShipType::Container)
//!     .teu(14_000.0)
//!     .build_year(2015)
//!     .design_speed(knots(22.0))
//!     .design_draught(metres(15.0))
//!     .main_engine(kilowatts(60_000.0), EngineType::SlowSpeedDiesel, FuelSupply::mono(FuelFamily::Oil))
//!     .build()?;
//! let day = ship.operate(&Operation::new(OperatingPhase::SlowTransit, knots(16.0), metres(13.0), hours(24.0)))?;
//! let mut ledger = FuelLedger::new();
//! day.push_into(&mut ledger, "CNSGH-USLAX", ScopeShare::NONE)?;
//! let wtw = AccountingBasis::fueleu(2025)?.account(&ledger)?.well_to_wake();
//! assert!(wtw.is_some());
//! # Ok::<(), green_corridor::Error>(())
//! ```

pub mod auxiliary_power;
pub mod data;
pub mod engine;
pub mod fuel_supply;
pub mod low_load;
pub mod operating_point;
pub mod particulars;
pub mod phase;
pub mod propulsion_power;
pub mod quantities;
pub mod sfc;
pub mod ship_type;
pub mod speed_power_curve;

pub use auxiliary_power::table_17_powers;
pub use engine::EngineType;
pub use fuel_supply::{FuelSelection, FuelSupply};
pub use low_load::LowLoadAdjustment;
pub use operating_point::{FuelRole, FuelUse, OperatingPoint, Operation};
pub use particulars::{
    AuxiliaryEngines, Boiler, Capacity, MainEngine, PhasePowers, PropulsionModel, Vessel,
    VesselBuilder, VesselSpec,
};
pub use phase::{OperatingPhase, PhaseContext, classify_phase};
pub use propulsion_power::PropulsionPower;
pub use quantities::{MetresExt, Volume, VolumeExt, cubic_metres, metres};
pub use sfc::{Consumer, SfcBaseline, SfcOrigin, baseline_sfc, relative_sfoc};
pub use ship_type::{CapacityMeasure, ShipType, SizeBin};
pub use speed_power_curve::{CurvePoint, SpeedPowerCurve};
