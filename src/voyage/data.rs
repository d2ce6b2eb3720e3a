//! Constants of the voyage layer, each with its source.

/// Default container-slot utilisation for intensities per TEU-km and t-km: **70 %**.
///
/// Clean Cargo (Smart Freight Centre) adjusts carrier intensities to a 70 % utilisation factor
/// (reported since the 2019 data, WtW and CO2e), the convention ISO 14083:2023 / GLEC Framework
/// v3 users adopt for container trade-lane factors. From 2026 Clean Cargo replaces it by actual
/// cargo carried. Source: Clean Cargo 2019 report (safety4sea and iims.org.uk; SFC academy,
/// "Understanding the Clean Cargo methodology"); `docs/data-sources.md`, "Clean Cargo — 70 %
/// container utilisation".
pub const CLEAN_CARGO_UTILISATION: f64 = 0.70;

/// Default mass per loaded TEU: **10 t**.
///
/// IMO EEOI guidelines, MEPC.1/Circ.684 (10 t per loaded TEU, 2 t per empty TEU); commercial
/// emission APIs default to 10 t/TEU (`docs/data-sources.md`, "IMO EEOI — mass per TEU").
pub const TONNES_PER_LOADED_TEU: f64 = 10.0;

/// Default manoeuvring speed in and near port: **5 kn**.
///
/// The upper bound of slow manoeuvring in the Fourth IMO GHG Study phase rule (Table 16, MTCC
/// implementation: ≤ 5 kn within 5 nm of a port or the coast;
/// [`SLOW_MANOEUVRING_MAX_KN`](crate::vessel::data::phase_rules::SLOW_MANOEUVRING_MAX_KN)).
/// ASSUMPTION: the study gives the band, not a representative speed.
pub const MANOEUVRING_SPEED_KN: f64 = crate::vessel::data::phase_rules::SLOW_MANOEUVRING_MAX_KN;

/// Days in a ship-year and a service-year: **365** (a calendar year of the IMO DCS and EU MRV
/// reporting periods; leap days are ignored, a choice stated so that a user can rescale).
pub const DAYS_PER_YEAR: f64 = 365.0;

/// Kilometres per nautical mile: 1.852 exactly (the international nautical mile, 1929).
pub const KM_PER_NM: f64 = 1.852;
