//! Operating phases (Fourth IMO GHG Study 2020, Table 16) and the rule that assigns one from
//! speed, main-engine load and distances to port and coast.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::units::{Length, LengthExt, Ratio, RatioExt, Velocity, VelocityExt};
use crate::vessel::data::phase_rules::*;
use crate::vessel::ship_type::ShipType;

/// An operating phase of the Fourth IMO GHG Study.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperatingPhase {
    /// Alongside a berth.
    AtBerth,
    /// At anchor (or drifting) outside a berth.
    AtAnchor,
    /// Manoeuvring in and near port.
    Manoeuvring,
    /// At sea with the main engine at or below 65 % of MCR.
    SlowTransit,
    /// At sea with the main engine above 65 % of MCR.
    NormalCruising,
}

impl OperatingPhase {
    /// Every phase.
    pub const ALL: &'static [OperatingPhase] = &[
        OperatingPhase::AtBerth,
        OperatingPhase::AtAnchor,
        OperatingPhase::Manoeuvring,
        OperatingPhase::SlowTransit,
        OperatingPhase::NormalCruising,
    ];

    /// The phase's name, used in ledger labels.
    pub fn name(self) -> &'static str {
        match self {
            OperatingPhase::AtBerth => "at_berth",
            OperatingPhase::AtAnchor => "at_anchor",
            OperatingPhase::Manoeuvring => "manoeuvring",
            OperatingPhase::SlowTransit => "slow_transit",
            OperatingPhase::NormalCruising => "normal_cruising",
        }
    }

    /// The Table 17 column (0 berth, 1 anchorage, 2 manoeuvring, 3 sea); slow transit and
    /// normal cruising share the sea column (Fourth IMO GHG Study 2020, Table 17).
    pub fn table_17_column(self) -> usize {
        match self {
            OperatingPhase::AtBerth => 0,
            OperatingPhase::AtAnchor => 1,
            OperatingPhase::Manoeuvring => 2,
            OperatingPhase::SlowTransit | OperatingPhase::NormalCruising => 3,
        }
    }

    /// Whether the ship is under way in this phase (the main engine propels it).
    pub fn is_under_way(self) -> bool {
        matches!(
            self,
            OperatingPhase::Manoeuvring
                | OperatingPhase::SlowTransit
                | OperatingPhase::NormalCruising
        )
    }
}

impl fmt::Display for OperatingPhase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where the ship is, for the phase rule. A distance left `None` is treated as "far" (the
/// condition that needs it is false) — a choice of this crate, documented in
/// `docs/vessel-model.md`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseContext {
    /// Distance to the nearest port (polygon), nm.
    #[serde(
        rename = "distance_to_port_nm",
        default,
        with = "crate::units::serde_as::option_nautical_miles"
    )]
    pub distance_to_port: Option<Length>,
    /// Distance to the nearest coast, nm.
    #[serde(
        rename = "distance_to_coast_nm",
        default,
        with = "crate::units::serde_as::option_nautical_miles"
    )]
    pub distance_to_coast: Option<Length>,
}

impl PhaseContext {
    fn validate(&self) -> Result<()> {
        if let Some(d) = self.distance_to_port {
            crate::error::non_negative(|| "context.distance_to_port".into(), d.nautical_miles())?;
        }
        if let Some(d) = self.distance_to_coast {
            crate::error::non_negative(|| "context.distance_to_coast".into(), d.nautical_miles())?;
        }
        Ok(())
    }
}

/// The operating phase of a ship of `ship_type` at speed over ground `speed` with main-engine
/// `load` (share of MCR), by the Table 16 rule of the Fourth IMO GHG Study 2020 as implemented
/// by MTCC (`docs/data-sources.md`, "Fourth IMO GHG Study — Table 16 operating phases"):
///
/// * SOG ≤ 1 kn: at berth within 5 nm of a port, otherwise at anchor;
/// * 1 < SOG ≤ 3 kn: at anchor;
/// * 3 < SOG ≤ 5 kn: manoeuvring within 5 nm of a port or the coast, otherwise at sea;
/// * SOG > 5 kn: manoeuvring within 1 nm of a port (never for oil, chemical, liquefied gas and
///   other liquids tankers), otherwise at sea;
/// * at sea: slow transit at ME load ≤ 65 %, normal cruising above.
///
/// Errors: a NaN, infinite or negative speed, load or distance.
///
/// ```
/// use green_corridor::vessel::{classify_phase, OperatingPhase, PhaseContext, ShipType};
/// use green_corridor::units::{knots, nautical_miles, percent};
/// let near_port = PhaseContext { distance_to_port: Some(nautical_miles(0.5)), ..Default::default() };
/// let p = classify_phase(ShipType::Container, knots(8.0), percent(10.0), &near_port)?;
/// assert_eq!(p, OperatingPhase::Manoeuvring);
/// let p = classify_phase(ShipType::Container, knots(16.0), percent(40.0), &PhaseContext::default())?;
/// assert_eq!(p, OperatingPhase::SlowTransit);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn classify_phase(
    ship_type: ShipType,
    speed: Velocity,
    load: Ratio,
    context: &PhaseContext,
) -> Result<OperatingPhase> {
    let v = crate::error::non_negative(|| "speed".into(), speed.knots())?;
    let load = crate::error::non_negative(|| "load".into(), load.value())?;
    context.validate()?;
    let to_port = context.distance_to_port.map(|d| d.nautical_miles());
    let to_coast = context.distance_to_coast.map(|d| d.nautical_miles());
    let within = |d: Option<f64>, limit: f64| d.is_some_and(|d| d <= limit);
    let at_sea = if load <= SLOW_TRANSIT_MAX_LOAD {
        OperatingPhase::SlowTransit
    } else {
        OperatingPhase::NormalCruising
    };
    Ok(if v <= STATIONARY_MAX_KN {
        if within(to_port, BERTH_MAX_DISTANCE_TO_PORT_NM) {
            OperatingPhase::AtBerth
        } else {
            OperatingPhase::AtAnchor
        }
    } else if v <= ANCHOR_MAX_KN {
        OperatingPhase::AtAnchor
    } else if v <= SLOW_MANOEUVRING_MAX_KN {
        if within(to_port, SLOW_MANOEUVRING_MAX_DISTANCE_NM)
            || within(to_coast, SLOW_MANOEUVRING_MAX_DISTANCE_NM)
        {
            OperatingPhase::Manoeuvring
        } else {
            at_sea
        }
    } else if !ship_type.is_tanker() && within(to_port, FAST_MANOEUVRING_MAX_DISTANCE_TO_PORT_NM) {
        OperatingPhase::Manoeuvring
    } else {
        at_sea
    })
}

impl crate::vessel::Vessel {
    /// The operating phase of this vessel at `speed` and `draught`, with the main-engine load
    /// computed by [`propulsion_power`](crate::vessel::Vessel::propulsion_power) (Table 16 rule,
    /// see [`classify_phase`]).
    ///
    /// Errors: as [`classify_phase`] and [`propulsion_power`](crate::vessel::Vessel::propulsion_power).
    pub fn classify_phase(
        &self,
        speed: Velocity,
        draught: Length,
        context: &PhaseContext,
    ) -> Result<OperatingPhase> {
        let p = self.propulsion_power(speed, draught)?;
        classify_phase(self.ship_type(), speed, p.load, context)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::{knots, nautical_miles, percent};

    fn ctx(port: Option<f64>, coast: Option<f64>) -> PhaseContext {
        PhaseContext {
            distance_to_port: port.map(nautical_miles),
            distance_to_coast: coast.map(nautical_miles),
        }
    }

    #[test]
    fn the_table_16_rule_at_its_edges() {
        let c = |t, v, l, x: &PhaseContext| classify_phase(t, knots(v), percent(l), x).unwrap();
        use OperatingPhase::*;
        let bulk = ShipType::Bulk;
        assert_eq!(c(bulk, 1.0, 0.0, &ctx(Some(5.0), None)), AtBerth);
        assert_eq!(c(bulk, 1.0, 0.0, &ctx(Some(5.1), None)), AtAnchor);
        assert_eq!(c(bulk, 0.0, 0.0, &ctx(None, None)), AtAnchor);
        assert_eq!(c(bulk, 3.0, 0.0, &ctx(Some(0.0), None)), AtAnchor);
        assert_eq!(c(bulk, 5.0, 5.0, &ctx(None, Some(4.0))), Manoeuvring);
        assert_eq!(c(bulk, 5.0, 5.0, &ctx(None, Some(6.0))), SlowTransit);
        assert_eq!(c(bulk, 12.0, 65.0, &ctx(Some(1.0), None)), Manoeuvring);
        assert_eq!(c(bulk, 12.0, 65.0, &ctx(Some(1.5), None)), SlowTransit);
        assert_eq!(c(bulk, 12.0, 65.1, &ctx(None, None)), NormalCruising);
        // Tankers above 5 kn near port are at sea.
        assert_eq!(
            c(ShipType::OilTanker, 8.0, 30.0, &ctx(Some(0.5), None)),
            SlowTransit
        );
        assert_eq!(
            c(ShipType::OilTanker, 4.0, 5.0, &ctx(Some(0.5), None)),
            Manoeuvring
        );
    }

    #[test]
    fn bad_inputs_name_the_field() {
        let e = classify_phase(ShipType::Bulk, knots(-1.0), percent(1.0), &ctx(None, None))
            .unwrap_err();
        assert!(e.to_string().contains("speed"));
        let e = classify_phase(
            ShipType::Bulk,
            knots(1.0),
            percent(1.0),
            &ctx(Some(f64::NAN), None),
        )
        .unwrap_err();
        assert!(e.to_string().contains("context.distance_to_port"));
    }
}
