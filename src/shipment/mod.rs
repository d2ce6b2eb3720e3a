//! Cargo owners' view of a corridor: a shipment's footprint under ISO 14083:2023 and the GLEC
//! Framework v3 ([`footprint`]), and book-and-claim of green fuel bunkered on the corridor
//! ([`book_and_claim`]). `docs/shipment.md` documents the JSON schema and the rules.
//!
//! ```
//! use green_corridor::prelude::*;
//! use green_corridor::route::Date;
//! use green_corridor::shipment::*;
//! use green_corridor::voyage::{archetype, corridors};
//!
//! let c = corridors::corridors().into_iter().find(|c| c.id == "shanghai-los_angeles").unwrap();
//! let ship = archetype::vessel(&c.archetype, archetype::EngineFit::Oil)?;
//! let voyage = Voyage::builder(&ship).ports(&["CNYSA", "USLAX"]).date(Date::new(2025, 6, 1)?)
//!     .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
//!     .policy(EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo)).build()?;
//! let feu = ContainerShipment {
//!     id: "FEU-1".into(), from: "CNYSA".into(), to: "USLAX".into(),
//!     equipment: Equipment::Feu40, containers: 1.0, cargo_mass: tonnes(20.0), reefer: false, empty: false,
//! };
//! let toc = SeaToc::new("weekly loop", LoadFactor::default());
//! let fp = shipment_footprint(&voyage, &iso14083_basis()?, &toc, &[], &feu)?;
//! let sea = &fp.tces[0];
//! assert!((sea.co2e.wtt_kg + sea.co2e.ttw_kg - sea.co2e.wtw_kg).abs() < 1e-9);
//! println!("{:.0} kg CO2e WtW, {:.1} g/TEU-km", fp.total.wtw_kg, fp.tocs[0].intensity.wtw_g_per_teu_km);
//! # Ok::<(), green_corridor::Error>(())
//! ```

pub mod book_and_claim;
pub mod by_option;
pub mod footprint;

pub use book_and_claim::{
    CertificateQuantity, CertificateSaving, Claim, ClaimRegistry, ClaimedFootprint,
    CorridorCertificate,
};
pub use by_option::{OptionFootprint, footprints_by_option};
pub use footprint::{
    AllocationUnit, Co2eKg, ContainerShipment, DataQuality, EnergyCarrier, Equipment,
    GLEC_V3_CONTAINER_TERMINAL_AMBIENT_KG, GLEC_V3_CONTAINER_TERMINAL_TEMPERATURE_CONTROLLED_KG,
    Hoc, HubOperation, REEFER_KW_PER_TEU, SeaToc, ShipmentFootprint, TONNES_PER_EMPTY_TEU, Tce,
    TerminalHub, Toc, TocIntensity, iso14083_basis, shipment_footprint,
};
