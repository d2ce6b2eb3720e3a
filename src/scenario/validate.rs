//! Checks of a scenario file at the boundary, one idea per function: sizes against
//! [`limits`](super::limits), the rotation, the service pattern, the ship groups, the engine
//! fits. [`Scenario::from_file`](super::Scenario::from_file) calls them in that order.

use crate::error::{Error, Result};
use crate::route::port;
use crate::trajectory::series::Series;
use crate::vessel::Vessel;
use crate::voyage::ServicePattern;
use crate::voyage::archetype::{self, EngineFit};
use crate::voyage::corridors::Corridor;

use super::schema::ScenarioFile;
use super::{ShipGroup, find_corridor, limits};

/// Sizes first, so that nothing after works on an oversized input (`limits`).
pub(super) fn check_sizes(file: &ScenarioFile) -> Result<()> {
    // Sizes first, so that nothing below works on an oversized input.
    let count = |field: &str, what: &'static str, n: usize, limit: usize| {
        if n > limit {
            Err(Error::LimitExceeded {
                field: field.into(),
                what,
                value: n,
                limit,
            })
        } else {
            Ok(())
        }
    };
    count(
        "fuel_options",
        "fuel options",
        file.fuel_options.len(),
        limits::MAX_FUEL_OPTIONS,
    )?;
    if file.fuel_options.is_empty() {
        return Err(Error::Empty {
            field: "fuel_options".into(),
            expected: "at least one fuel option".into(),
        });
    }
    count(
        "service.ships",
        "ship groups",
        file.service.ships.len(),
        limits::MAX_SHIP_GROUPS,
    )?;
    count(
        "service.port_stays",
        "port stays",
        file.service.port_stays.len(),
        limits::MAX_PORT_STAYS,
    )?;
    count(
        "service.legs",
        "legs",
        file.service.legs.len(),
        limits::MAX_PORTS,
    )?;
    count(
        "route.legs",
        "custom legs",
        file.route.legs.len(),
        limits::MAX_PORTS,
    )?;
    if let Some(p) = &file.route.ports {
        count("route.ports", "ports", p.len(), limits::MAX_PORTS)?;
    }
    for (i, l) in file.route.legs.iter().enumerate() {
        count(
            &format!("route.legs[{i}].waypoints"),
            "waypoints",
            l.waypoints.len(),
            limits::MAX_WAYPOINTS_PER_LEG,
        )?;
    }
    let series_points = |field: &str, s: &Option<Series>| -> Result<()> {
        match s {
            Some(s) => count(field, "points", s.points().len(), limits::MAX_SERIES_POINTS),
            None => Ok(()),
        }
    };
    for (i, o) in file.fuel_options.iter().enumerate() {
        series_points(
            &format!("fuel_options[{i}].price_usd_per_gj"),
            &o.price_usd_per_gj,
        )?;
        series_points(
            &format!("fuel_options[{i}].secondary_price_usd_per_gj"),
            &o.secondary_price_usd_per_gj,
        )?;
    }
    if let Some(t) = &file.trajectory {
        count(
            "trajectory.mix",
            "points",
            t.mix.len(),
            limits::MAX_SERIES_POINTS,
        )?;
        for (name, s) in [
            ("demand_growth", &t.demand_growth),
            ("speed_kn", &t.speed_kn),
            ("efficiency_gain", &t.efficiency_gain),
            ("wind_assist_share", &t.wind_assist_share),
            ("shore_power_share", &t.shore_power_share),
            (
                "shore_power_price_usd_per_kwh",
                &t.shore_power_price_usd_per_kwh,
            ),
        ] {
            series_points(&format!("trajectory.{name}"), s)?;
        }
        if let Some(p) = &t.prices {
            for (name, s) in [
                ("eua_eur_per_t", &p.eua_eur_per_t),
                ("usd_per_eur", &p.usd_per_eur),
                ("nzf_tier1_usd_per_t", &p.nzf_tier1_usd_per_t),
                ("nzf_tier2_usd_per_t", &p.nzf_tier2_usd_per_t),
            ] {
                count(
                    &format!("trajectory.prices.{name}"),
                    "points",
                    s.points().len(),
                    limits::MAX_SERIES_POINTS,
                )?;
            }
        }
        for (k, m) in t.mix.iter().enumerate() {
            count(
                &format!("trajectory.mix[{k}].shares"),
                "shares",
                m.shares.len(),
                limits::MAX_FUEL_OPTIONS,
            )?;
        }
        let years = i64::from(t.end_year) - i64::from(t.start_year);
        if years > i64::from(limits::MAX_YEARS) || years < 0 {
            return Err(Error::OutOfRange {
                field: "trajectory.end_year".into(),
                value: f64::from(t.end_year),
                expected: format!(
                    "a year from start_year {} to {} years after it",
                    t.start_year,
                    limits::MAX_YEARS
                ),
            });
        }
    }
    Ok(())
}

/// The corridor (if named) and the port rotation, every port resolved and every port stay
/// belonging to the rotation.
pub(super) fn rotation(file: &ScenarioFile) -> Result<(Option<Corridor>, Vec<String>)> {
    let route = &file.route;
    let corridor = match &route.corridor {
        Some(id) => Some(find_corridor(id, "route.corridor")?),
        None => None,
    };
    let ports: Vec<String> = match (&corridor, &route.ports) {
        (Some(_), Some(_)) => {
            return Err(Error::OutOfRange {
                field: "route.ports".into(),
                value: 0.0,
                expected: "either route.corridor or route.ports, not both".into(),
            });
        }
        (Some(c), None) => vec![c.from.to_string(), c.to.to_string()],
        (None, Some(p)) => p.clone(),
        (None, None) => {
            return Err(Error::MissingInput {
                field: "route".into(),
                expected: "route.corridor (a corridor id) or route.ports (a rotation)".into(),
            });
        }
    };
    for (i, p) in ports.iter().enumerate() {
        port(p).map_err(|e| e.rooted("port", &format!("route.ports[{i}]")))?;
    }
    for code in file.service.port_stays.keys() {
        let p = port(code).map_err(|e| e.rooted("port", &format!("service.port_stays.{code}")))?;
        if !ports
            .iter()
            .any(|q| port(q).map(|x| x.locode) == Ok(p.locode))
        {
            return Err(Error::OutOfRange {
                field: format!("service.port_stays.{code}"),
                value: 0.0,
                expected: format!("a port of the rotation ({})", ports.join(", ")),
            });
        }
    }
    file.service.port_stay.validate("service.port_stay")?;
    for (code, s) in &file.service.port_stays {
        s.validate(&format!("service.port_stays.{code}"))?;
    }
    Ok((corridor, ports))
}

/// The service pattern: a liner loop (departure interval) or tramp (voyages per ship-year).
pub(super) fn service_pattern(file: &ScenarioFile) -> Result<ServicePattern> {
    let total_ships: u64 = file.service.ships.iter().map(|s| u64::from(s.count)).sum();
    if total_ships == 0 || total_ships > u64::from(limits::MAX_SHIPS) {
        return Err(Error::OutOfRange {
            field: "service.ships".into(),
            value: total_ships as f64,
            expected: format!("1 to {} ships in all", limits::MAX_SHIPS),
        });
    }
    let n_ships = u32::try_from(total_ships).unwrap_or(u32::MAX);
    let pattern = match (
        file.service.departure_interval_days,
        file.service.voyages_per_ship_year,
    ) {
        (Some(f), None) => ServicePattern::Liner {
            ships: n_ships,
            departure_interval_days: f,
        },
        (None, Some(v)) => ServicePattern::Tramp {
            ships: n_ships,
            voyages_per_ship_year: v,
        },
        _ => {
            return Err(Error::MissingInput {
                field: "service.departure_interval_days".into(),
                expected: "exactly one of service.departure_interval_days (liner) and \
                    service.voyages_per_ship_year (tramp)"
                    .into(),
            });
        }
    };
    Ok(pattern)
}

/// The ship groups: archetype ships (checked to build) or full vessel specifications.
pub(super) fn ship_groups(file: &ScenarioFile) -> Result<Vec<ShipGroup>> {
    let mut groups = Vec::with_capacity(file.service.ships.len());
    for (i, s) in file.service.ships.iter().enumerate() {
        let field = format!("service.ships[{i}]");
        let group = match (&s.archetype, &s.vessel) {
            (Some(id), None) => {
                let c = find_corridor(id, &format!("{field}.archetype"))?;
                archetype::vessel(&c.archetype, EngineFit::Oil)
                    .map_err(|e| e.rooted("archetype", &format!("{field}.archetype")))?;
                ShipGroup {
                    count: s.count,
                    archetype: Some(c.archetype),
                    vessel: None,
                    cii_ship_type: s.cii_ship_type,
                    field,
                }
            }
            (None, Some(spec)) => {
                let v = Vessel::new(spec.clone())
                    .map_err(|e| e.rooted("vessel", &format!("{field}.vessel")))?;
                ShipGroup {
                    count: s.count,
                    archetype: None,
                    vessel: Some(v),
                    cii_ship_type: s.cii_ship_type,
                    field,
                }
            }
            _ => {
                return Err(Error::MissingInput {
                    field: format!("{field}.archetype"),
                    expected: "exactly one of archetype (a corridor id) and vessel (a \
                        vessel specification)"
                        .into(),
                });
            }
        };
        if s.count == 0 {
            return Err(Error::OutOfRange {
                field: format!("{}.count", group.field),
                value: 0.0,
                expected: "at least one ship".into(),
            });
        }
        groups.push(group);
    }
    Ok(groups)
}

/// Each fuel option names an engine fit exactly when archetype ships need one.
pub(super) fn check_engine_fits(file: &ScenarioFile, groups: &[ShipGroup]) -> Result<()> {
    for (j, o) in file.fuel_options.iter().enumerate() {
        let has_spec = groups.iter().any(|g| g.vessel.is_some());
        if o.engines.is_some() && has_spec && groups.iter().all(|g| g.vessel.is_some()) {
            return Err(Error::OutOfRange {
                field: format!("fuel_options[{j}].engines"),
                value: 0.0,
                expected: "no engine fit for ships given by a vessel specification (their \
                    engines are in the specification)"
                    .into(),
            });
        }
        if o.engines.is_none() && groups.iter().any(|g| g.archetype.is_some()) {
            return Err(Error::MissingInput {
                field: format!("fuel_options[{j}].engines"),
                expected: "the engine fit of archetype ships (oil, lng_diesel, lng_otto, \
                    methanol, ammonia)"
                    .into(),
            });
        }
    }
    Ok(())
}
