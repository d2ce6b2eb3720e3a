//! The port side of a corridor: hotelling and manoeuvring at Yangshan and Los Angeles/Long
//! Beach, shore power against the auxiliary engines on each grid, the California At-Berth
//! Regulation per visit, and the US EPA port-inventory propulsion method.
//!
//! | what | item | file |
//! |---|---|---|
//! | grid electricity intensity (California, East China, user's), counted as WtT | [`GridIntensity`] | `grid.rs` |
//! | shore power vs auxiliary engines at berth; a call's port-side phases | [`compare_at_berth`], [`port_call_emissions`] | `at_berth.rs` |
//! | CARB At-Berth Regulation (17 CCR § 93130) per visit | [`carb::assess_visit`] | `carb.rs` |
//! | EPA *Ports Emissions Inventory Guidance* (2022) propeller-law load, low-load factors | [`epa::epa_load`], [`epa::epa_main_engine`] | `epa.rs` |
//! | cited constants | `data` | `data.rs` |
//!
//! Everything reads the voyage as it was sailed once ([`Voyage::segments`](crate::voyage::Voyage::segments)):
//! the berth time and the auxiliary load come from the vessel model, never typed in.
//!
//! ```
//! use green_corridor::prelude::*;
//! use green_corridor::port::{compare_at_berth, GridIntensity};
//! use green_corridor::route::Date;
//! use green_corridor::voyage::{archetype, corridors};
//!
//! let c = corridors::corridors().into_iter().find(|c| c.id == "shanghai-los_angeles").unwrap();
//! let ship = archetype::vessel(&c.archetype, archetype::EngineFit::Oil)?;
//! let voyage = Voyage::builder(&ship).ports(&["CNYSA", "USLAX"]).date(Date::new(2025, 6, 1)?)
//!     .port_stay(PortStay::new(hours(20.0), hours(0.0), hours(4.0)))
//!     .policy(EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo)).build()?;
//! let la = compare_at_berth(&voyage, "USLAX", &AccountingBasis::imo_lca(), &GridIntensity::california())?;
//! assert!(la.wtw_saving_t > 0.0); // the Californian grid beats the gensets
//! # Ok::<(), green_corridor::Error>(())
//! ```

pub mod at_berth;
pub mod carb;
pub mod data;
pub mod epa;
pub mod grid;

pub use at_berth::{AtBerthComparison, Ghg, PortPhase, compare_at_berth, port_call_emissions};
pub use carb::{AtBerthControl, CarbException, CarbOutcome, CarbVesselType, Visit, assess_visit};
pub use grid::{GridGases, GridIntensity, MAX_GRID_G_PER_KWH};
