//! Constants of the Fourth IMO GHG Study main-engine power equation (Eq. 8) and of the
//! SFOC load curve.
//!
//! Source: *Fourth IMO GHG Study 2020*, Full Report, Eq. 8 (p. 64) and the SFOC relation of
//! §2.2, as cited by `RISE-Maritime/cetos`, MTCC and two AIS notebooks; recorded in
//! `docs/data-sources.md`, "Fourth IMO GHG Study — Eq. 8 main-engine power" and "— SFOC load
//! curve".

/// Draught exponent m in (T/T_ref)^m. Fourth IMO GHG Study 2020, Eq. 8 (0.66 as used by the
/// study and two independent implementations). Alternative: cetos uses 2/3 (≈0.2 % apart at
/// T/T_ref = 0.7).
pub const DRAUGHT_EXPONENT: f64 = 0.66;

/// Speed exponent n in (v/v_ref)^n (admiralty cube law). Fourth IMO GHG Study 2020, Eq. 8.
pub const SPEED_EXPONENT: f64 = 3.0;

/// Fouling efficiency η_f. Fourth IMO GHG Study 2020, Eq. 8; all implementations agree.
pub const FOULING_EFFICIENCY: f64 = 0.917;

/// Weather efficiency η_w of small ships and of the small-ship types. Fourth IMO GHG Study
/// 2020, Eq. 8 (thresholds as transcribed by cetos). Alternative: cetos prints 0.900 for
/// containers under 1,000 TEU, a probable typo (`docs/data-sources.md`, "Peer transcription
/// defects not repeated").
pub const WEATHER_EFFICIENCY_SMALL: f64 = 0.909;

/// Weather efficiency η_w of all other ships. Fourth IMO GHG Study 2020, Eq. 8.
pub const WEATHER_EFFICIENCY_OTHER: f64 = 0.867;

/// Speed–power correction δ_w for container ships above [`CONTAINER_DELTA_W_ABOVE_TEU`].
/// Fourth IMO GHG Study 2020, Eq. 8 ("share of MCR at which the design speed is reached in
/// calm water", cetos).
pub const DELTA_W_LARGE_CONTAINER: f64 = 0.75;

/// Container size above which (strictly) [`DELTA_W_LARGE_CONTAINER`] applies, TEU.
/// Fourth IMO GHG Study 2020, Eq. 8.
pub const CONTAINER_DELTA_W_ABOVE_TEU: f64 = 14_500.0;

/// Speed–power correction δ_w for cruise ships. Fourth IMO GHG Study 2020, Eq. 8.
pub const DELTA_W_CRUISE: f64 = 0.70;

/// Speed–power correction δ_w of every other ship. Fourth IMO GHG Study 2020, Eq. 8.
pub const DELTA_W_OTHER: f64 = 1.0;

/// Main-engine load cap, share of MCR. Implementation choice following cetos
/// (`min(1, load)`); alternatives: US EPA caps at 100 % and floors at 2 %, MarU caps at 98 %
/// (`docs/data-sources.md`, "Fourth IMO GHG Study — Eq. 8 main-engine power").
pub const LOAD_CAP: f64 = 1.0;

/// Margin above which a requested speed is refused as unreachable: a speed greater than
/// (1 + margin) × max(design speed, speed at which the load cap is reached). Modelling choice
/// of this crate (no source): the cube law is not meant for extrapolation far beyond the design
/// point, and a ship cannot exceed its capped power.
pub const UNREACHABLE_SPEED_MARGIN: f64 = 0.10;

/// SFOC load-curve coefficients (a, b, c) in SFC/SFC_base = a·L² + b·L + c.
/// Fourth IMO GHG Study 2020, §2.2 (u-shaped curve optimised at ≈80 % load; minimum 1.003 at
/// L = 0.78); same curve in US EPA ShipEF `calcLoadBSFC`.
pub const SFOC_CURVE: (f64, f64, f64) = (0.455, -0.710, 1.280);
