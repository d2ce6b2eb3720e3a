//! Thresholds of the operating-phase rules (Fourth IMO GHG Study 2020, Table 16).
//!
//! Source: the MTCC implementation of Table 16 (`op_phase_recog`, Gabriel Fuentes,
//! NHH / MTCC Latin America, citing "IMO GHG 4th report methodology, table 16"), recorded in
//! `docs/data-sources.md`, "Fourth IMO GHG Study — Table 16 operating phases". SINGLE (one
//! implementation; verify against the study). The Third-study rule (berth < 1 kn, anchor
//! 1–3 kn, manoeuvring > 3 kn below 20 % load, low cruise 20–65 %, high cruise > 65 %) is not
//! used.

/// Speed at or below which a ship is at berth (near a port) or at anchor, kn. Table 16 (MTCC).
pub const STATIONARY_MAX_KN: f64 = 1.0;

/// Speed at or below which a ship is at anchor, kn. Table 16 (MTCC).
pub const ANCHOR_MAX_KN: f64 = 3.0;

/// Speed at or below which a ship near port or coast is manoeuvring, kn. Table 16 (MTCC).
pub const SLOW_MANOEUVRING_MAX_KN: f64 = 5.0;

/// Distance to a port within which a stationary ship is at berth, nm. Table 16 (MTCC).
pub const BERTH_MAX_DISTANCE_TO_PORT_NM: f64 = 5.0;

/// Distance to a port or the coast within which a ship at 3–5 kn is manoeuvring, nm.
/// Table 16 (MTCC).
pub const SLOW_MANOEUVRING_MAX_DISTANCE_NM: f64 = 5.0;

/// Distance to a port within which a ship above 5 kn is manoeuvring (tankers excepted), nm.
/// Table 16 (MTCC).
pub const FAST_MANOEUVRING_MAX_DISTANCE_TO_PORT_NM: f64 = 1.0;

/// Main-engine load (share of MCR) above which a ship at sea is normal cruising rather than in
/// slow transit. Table 16 (MTCC).
pub const SLOW_TRANSIT_MAX_LOAD: f64 = 0.65;
