//! # green-corridor
//!
//! Well-to-wake greenhouse-gas accounting for ships and green shipping corridors, with typed
//! units and a cited source for every number.
//!
//! ## The domain in five paragraphs
//!
//! A ship burns **fuel** in **energy converters** (engines, boilers, fuel cells). What the fuel
//! emits depends on how it was made — its **pathway**: fossil HFO, LNG from natural gas,
//! methanol from biomass (bio-methanol) or from green hydrogen and captured CO2 (e-methanol, an
//! RFNBO) — and on the converter: an LNG Otto-cycle engine lets 3.1 % of its fuel escape
//! unburned as methane ("slip"), a high-pressure Diesel-cycle one 0.2 %.
//!
//! Emissions are counted **well to wake** (WtW): **well to tank** (WtT, producing and delivering
//! the fuel, in gCO2e per MJ of fuel) plus **tank to wake** (TtW, burning it on board: CO2, CH4
//! and N2O, each with an emission factor Cf in g per g of fuel). CH4 and N2O are weighed into
//! CO2-equivalent with a **GWP set** (IPCC AR4, AR5, AR6).
//!
//! Each regime counts differently. FuelEU Maritime uses its Annex II factors, AR4 GWPs and WtW,
//! and rewards RFNBOs by doubling their energy in the intensity's denominator until 2033. The
//! IMO LCA Guidelines use IMO factors and AR5. The EU ETS counts TtW only, with biogenic CO2 at
//! zero. IMO DCS and the CII count TtW CO2 only. This crate calls each of these an
//! [`AccountingBasis`](emissions::AccountingBasis): data, not code paths.
//!
//! The **fuel ledger** is the narrow waist: a list of (fuel, converter, mass) entries plus shore
//! power, each with a label (leg, phase) and an EU scope share. A voyage model or reported data
//! fills it; any basis accounts it.
//!
//! Bad input — NaN, negative masses, shares that do not sum to one, an unknown fuel name, a
//! biofuel without the certificate its WtT needs — is an [`Error`] that names the field, never a
//! panic and never a NaN.
//!
//! ## Example: one tonne of HFO and one of LNG under FuelEU and the IMO LCA
//!
//! ```
//! use green_corridor::prelude::*;
//!
//! let mut ledger = FuelLedger::new();
//! ledger.add(PathwayId::Hfo, ConverterClass::Ice, tonnes(1.0), "sea", ScopeShare::FULL)?;
//! ledger.add(PathwayId::Lng, ConverterClass::LngOttoMediumSpeed, tonnes(1.0), "sea", ScopeShare::FULL)?;
//!
//! let fueleu = AccountingBasis::fueleu(2025)?.account(&ledger)?;
//! let imo = AccountingBasis::imo_lca().account(&ledger)?;
//! println!("FuelEU {:.3} gCO2e/MJ, IMO LCA {:.3} gCO2e/MJ",
//!          fueleu.intensity()?.g_per_mj(), imo.intensity()?.g_per_mj());
//! // WtW = WtT + TtW, always.
//! let wtw = fueleu.well_to_wake().unwrap();
//! assert!((wtw - fueleu.well_to_tank - fueleu.tank_to_wake).value.abs() < 1e-9);
//! # Ok::<(), green_corridor::Error>(())
//! ```
//!
//! ## Layers
//!
//! [`units`] → [`fuel`] → [`ledger`] → [`emissions`]. Later layers (vessel, route, voyage,
//! regulation, trajectory, scenario) sit on top; see `docs/architecture.md`.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
// Library code must not panic on user input: no unwrap/expect/panic, no unchecked indexing.
// Tests may use them (they are compiled with cfg(test)).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

#[macro_use]
extern crate uom;

pub mod batch;
pub mod corridor_report;
pub mod emissions;
pub mod error;
pub mod fuel;
pub mod ledger;
pub mod numeric;
pub mod port;
pub mod regulation;
pub mod route;
pub mod scenario;
pub mod shipment;
pub mod trajectory;
pub mod units;
pub mod vessel;
pub mod voyage;

pub use error::{Error, Result};

/// The README's code compiles and runs as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The names most programs need, in one import.
pub mod prelude {
    pub use crate::emissions::{AccountingBasis, Boundary, Emissions};
    pub use crate::error::{Error, Result};
    pub use crate::fuel::{
        Blend, Certificate, Converter, ConverterClass, EmissionOverrides, FactorSet, Fuel, GwpSet,
        PathwayId,
    };
    pub use crate::ledger::{FuelLedger, LedgerEntry, ScopeShare};
    pub use crate::units::{
        EnergyExt, IntensityExt, LcvExt, LengthExt, MassExt, PowerExt, RatioExt, SfcExt, TimeExt,
        VelocityExt, days, g_per_kwh, g_per_mj, hours, kilowatt_hours, kilowatts, knots,
        megajoules, mj_per_g, nautical_miles, percent, tonnes,
    };
    pub use crate::vessel::{
        EngineType, FuelSelection, FuelSupply, OperatingPhase, OperatingPoint, Operation, ShipType,
        Vessel, metres,
    };
    pub use crate::voyage::{
        EcaFuelPolicy, LoadFactor, PortStay, ServicePattern, ServiceYear, Voyage, VoyageReport,
    };
}
