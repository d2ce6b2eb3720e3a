//! Cargo owners' view of a corridor: a shipment's footprint under ISO 14083:2023 and the GLEC
//! Framework v3 ([`footprint`]), and book-and-claim of green fuel bunkered on the corridor
//! ([`book_and_claim`]). `docs/shipment.md` documents the JSON schema and the rules.

pub mod book_and_claim;
pub mod footprint;

pub use book_and_claim::{
    CertificateQuantity, CertificateSaving, Claim, ClaimRegistry, ClaimedFootprint,
    CorridorCertificate,
};
pub use footprint::{
    AllocationUnit, Co2eKg, ContainerShipment, DataQuality, EnergyCarrier, Equipment, Hoc,
    REEFER_KW_PER_TEU, SeaToc, ShipmentFootprint, Tce, TerminalHub, Toc, TocIntensity,
    iso14083_basis, shipment_footprint,
};
