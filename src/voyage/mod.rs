//! The voyage layer: a vessel sailing a port rotation → a fuel ledger per leg and phase and a
//! voyage report under any accounting basis.
//!
//! | step | item | file |
//! |---|---|---|
//! | plan: ports, routes, ECA distances, speeds, port stays, scopes | [`Voyage::builder`], [`Voyage`] | `plan.rs` |
//! | ECA fuel switching | [`EcaFuelPolicy`] | `policy.rs` |
//! | fuel per leg and phase, ledger, report, intensities | [`Voyage::report`], [`VoyageReport`] | `report.rs` |
//! | allocation to a shipment | [`Voyage::allocate`], [`Shipment`] | `allocation.rs` |
//! | ship-year, service-year, trajectory baseline | [`ServiceYear`], [`ServicePattern`] | `service.rs` |
//! | a vessel from a corridor archetype | [`archetype::vessel`] | `archetype.rs` |
//! | the corridor catalogue and service archetypes | [`corridors::corridors`], [`corridors::ServiceArchetype`] | `corridors.rs` |
//!
//! A leg of distance d (of which d_in inside ECAs) sailed at speed v takes t = d / v; the
//! in-ECA part t_in = d_in / v burns the policy's ECA fuel, the rest the other fuel. Each
//! phase is one [`OperatingPoint`](crate::vessel::OperatingPoint) of the vessel model;
//! ledger labels are `{FROM-TO}/{sea|sea_eca}/{main|auxiliary|boiler}[/pilot]` at sea and
//! `{PORT}/{anchor|manoeuvring|berth}/…` in port, so that
//! [`FuelLedger::with_label`](crate::ledger::FuelLedger::with_label) or a prefix filter picks
//! any part. `docs/voyage.md` gives the equations, conventions and sources.
//!
//! ```
//! use green_corridor::prelude::*;
//! use green_corridor::route::Date;
//! use green_corridor::voyage::{archetype, EcaFuelPolicy, LoadFactor, PortStay, ServicePattern, ServiceYear, Voyage};
//!
//! let la = green_corridor::voyage::corridors::corridors()
//!     .into_iter().find(|c| c.id == "shanghai-los_angeles").unwrap();
//! let ship = archetype::vessel(&la.archetype, archetype::EngineFit::Oil)?;
//! let voyage = Voyage::builder(&ship)
//!     .ports(&["CNYSA", "USLAX"])
//!     .date(Date::new(2025, 6, 1)?)
//!     .speed(knots(16.0))
//!     .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
//!     .policy(EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo))
//!     .build()?;
//! let report = voyage.report(&AccountingBasis::fueleu(2025)?, &LoadFactor::default())?;
//! let year = ServiceYear::new(&voyage, &report, ServicePattern::weekly(6))?;
//! println!("{:.0} t WtW a year, {:.1} gCO2e/TEU-km",
//!     year.service_year.co2e().tonnes(),
//!     report.total.intensities.g_per_teu_km.unwrap_or(f64::NAN));
//! # Ok::<(), green_corridor::Error>(())
//! ```

pub mod allocation;
pub mod archetype;
mod archetype_data;
pub mod baseline;
pub mod corridors;
pub mod data;
pub mod plan;
pub mod policy;
pub mod report;
pub mod service;

pub use allocation::{Allocation, Shipment, ShipmentSize};
pub use baseline::{RegimeShares, ServiceBaseline};
pub use plan::{LegSpeed, PortCall, PortStay, Rotation, Voyage, VoyageBuilder, VoyageLeg};
pub use policy::EcaFuelPolicy;
pub use report::{
    Cargo, FuelLine, Intensities, LoadFactor, Segment, Summary, VoyagePhase, VoyageReport,
};
pub use service::{ServicePattern, ServiceYear};
