//! Routing between any two ports or sea positions on the sea-lane network, with passage
//! restrictions and ship-size limits, and the named catalogue of corridor alternatives.
//!
//! [`find_route`] returns the shortest network route that meets the [`RouteOptions`]; when
//! none does it returns [`Error::NoRoute`] naming the restriction — a restriction is never
//! silently ignored. [`routes_between`] returns the named catalogue alternatives of a corridor
//! pair (Suez vs Cape of Good Hope; Tsugaru Strait vs south of Japan), each computed on the
//! network with its own constraints, or the default network route for any other pair.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::route::network::{self, Snap};
use crate::route::passage::ShipDimensions;
use crate::route::port::{Port, port};
use crate::route::routes_data::{ROUTES, RouteTemplate};
use crate::route::{Passage, Position, Route, Waypoint, land};

/// What to do when a ship is too large for a passage on its shortest route.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OversizePolicy {
    /// Route around every passage the ship does not fit (Panama → Cape Horn or Suez).
    #[default]
    RouteAround,
    /// Return [`Error::PassageLimit`] naming the limit the ship breaks on its shortest route.
    Refuse,
}

/// Restrictions on the passages a route may or must use, and the ship's dimensions for
/// passage size limits.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RouteOptions {
    /// Passages the route must not use (e.g. `[Passage::Suez]` for Red Sea rerouting).
    pub avoid: Vec<Passage>,
    /// Passages the route must use.
    pub require: Vec<Passage>,
    /// Passages that are off by default ([`Passage::off_by_default`]: the Arctic passages)
    /// and may be used.
    pub allow: Vec<Passage>,
    /// The ship's dimensions; passages it does not fit are handled as `oversize` says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ship: Option<ShipDimensions>,
    /// Route around passages the ship does not fit (default), or refuse.
    pub oversize: OversizePolicy,
}

impl RouteOptions {
    /// Options that avoid the given passages.
    pub fn avoiding(passages: &[Passage]) -> Self {
        Self {
            avoid: passages.to_vec(),
            ..Self::default()
        }
    }

    /// Options that require the given passages.
    pub fn requiring(passages: &[Passage]) -> Self {
        Self {
            require: passages.to_vec(),
            ..Self::default()
        }
    }

    /// The same options for a ship of the given dimensions.
    pub fn with_ship(mut self, ship: ShipDimensions) -> Self {
        self.ship = Some(ship);
        self
    }

    fn admits(&self, r: &Route) -> bool {
        self.avoid.iter().all(|p| !r.uses(*p)) && self.require.iter().all(|p| r.uses(*p))
    }

    fn describe(&self) -> String {
        let list = |v: &[Passage]| v.iter().map(|p| p.key()).collect::<Vec<_>>().join(", ");
        let mut parts = Vec::new();
        if !self.avoid.is_empty() {
            parts.push(format!("avoiding {}", list(&self.avoid)));
        }
        if !self.require.is_empty() {
            parts.push(format!("through {}", list(&self.require)));
        }
        if self.ship.is_some() {
            parts.push("within the ship's size limits".to_string());
        }
        if parts.is_empty() {
            "on the sea-lane network".into()
        } else {
            parts.join(" and ")
        }
    }

    /// Field of a ship dimension, for errors.
    fn ship_field(dimension: &str) -> String {
        format!("route.options.ship.{dimension}_m")
    }

    fn breach_error(&self, p: Passage) -> Option<Error> {
        let ship = self.ship.as_ref()?;
        let b = p.breach(ship)?;
        Some(Error::PassageLimit {
            field: Self::ship_field(b.dimension),
            passage: p.key().to_string(),
            limit: format!("{} maximum {}", b.limit.name, b.dimension.replace('_', " ")),
            value_m: b.value_m,
            limit_m: b.limit_m,
            source_note: b.limit.source.to_string(),
        })
    }

    /// Whether the search may not use `p`.
    fn blocks(&self, p: Passage, size_limits: bool) -> bool {
        if self.avoid.contains(&p) {
            return true;
        }
        if p.off_by_default() && !self.allow.contains(&p) && !self.require.contains(&p) {
            return true;
        }
        size_limits
            && self.oversize == OversizePolicy::RouteAround
            && self.ship.as_ref().is_some_and(|s| p.breach(s).is_some())
    }
}

/// One end of a route: a port (UN/LOCODE, alias or name) or a position at sea.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Endpoint {
    /// A port, resolved as by [`port`].
    Port(String),
    /// A position at sea; snapped to the nearest lane (the snap distance is reported by
    /// [`Route::snap_distances`]); a position on land is [`Error::OnLand`].
    Sea(Position),
}

impl Endpoint {
    /// A port endpoint.
    pub fn port(name: &str) -> Self {
        Endpoint::Port(name.to_string())
    }
}

struct Resolved {
    label: String,
    position: Position,
    port: Option<&'static Port>,
}

fn resolve(e: &Endpoint, field: &str) -> Result<Resolved> {
    match e {
        Endpoint::Port(name) => {
            let p = port(name)?;
            Ok(Resolved {
                label: p.locode.to_string(),
                position: p.position,
                port: Some(p),
            })
        }
        Endpoint::Sea(pos) => {
            if land::is_land(*pos) {
                return Err(Error::OnLand {
                    field: field.to_string(),
                    position: format!("{:.4}, {:.4}", pos.lat(), pos.lon()),
                });
            }
            Ok(Resolved {
                label: format!("({:.3} {:.3})", pos.lat(), pos.lon()),
                position: *pos,
                port: None,
            })
        }
    }
}

fn check_options(options: &RouteOptions, from: &str, to: &str) -> Result<()> {
    if let Some(ship) = &options.ship {
        ship.validate("route.options.ship")?;
    }
    if let Some(p) = options.require.iter().find(|p| options.avoid.contains(p)) {
        return Err(Error::NoRoute {
            from: from.to_string(),
            to: to.to_string(),
            constraint: options.describe(),
            available: format!("none: {} is both required and avoided", p.key()),
        });
    }
    // A required passage the ship does not fit cannot be routed around.
    for p in &options.require {
        if let Some(e) = options.breach_error(*p) {
            return Err(e);
        }
    }
    Ok(())
}

fn snap(
    net: &network::Network,
    p: Position,
    label: &str,
    blocked: &dyn Fn(Passage) -> bool,
) -> Result<Snap> {
    net.snap(p, blocked).ok_or_else(|| Error::Undefined {
        quantity: format!("the nearest sea lane to {label}"),
        reason: "the sea-lane network has no lane".into(),
    })
}

/// The shortest network route from `from` to `to` under `options`, named `name` (or
/// `A-B via …` when `None`).
fn network_route(
    from: &Endpoint,
    to: &Endpoint,
    options: &RouteOptions,
    name: Option<&str>,
) -> Result<Route> {
    let a = resolve(from, "route.from")?;
    let b = resolve(to, "route.to")?;
    check_options(options, &a.label, &b.label)?;
    if crate::route::geodesy::distance(a.position, b.position).value < 1.0 {
        return Err(Error::ZeroLengthLeg {
            field: "route.to".into(),
            from: format!("{} ({})", a.label, a.position),
            to: format!("{} ({})", b.label, b.position),
        });
    }
    let net = network::network()?;
    let blocked = |p: Passage| options.avoid.contains(&p);
    let sa = snap(net, a.position, &a.label, &blocked)?;
    let sb = snap(net, b.position, &b.label, &blocked)?;
    let search = |size_limits: bool| {
        net.shortest_path(
            &sa,
            &sb,
            &|p| options.blocks(p, size_limits),
            &options.require,
        )
    };
    let path = search(true).ok_or_else(|| Error::NoRoute {
        from: a.label.clone(),
        to: b.label.clone(),
        constraint: options.describe(),
        available: "none on the sea-lane network".into(),
    })?;
    if options.oversize == OversizePolicy::Refuse {
        // Under `Refuse` the search did not block for size: check the passages it used.
        for (_, tag) in &path.points {
            if let Some(e) = tag.and_then(|p| options.breach_error(p)) {
                return Err(e);
            }
        }
    }
    let end = |r: &Resolved| Waypoint {
        lat: r.position.lat(),
        lon: r.position.lon(),
        port: r.port.map(|p| p.locode.to_string()),
        passage: None,
    };
    // Waypoints: the start, the path (from the start's snap point to the goal's), the goal.
    // A snap point within 1 m of its endpoint is the endpoint itself.
    let n = path.points.len();
    let skip_first = sa.distance_m < 1.0;
    let skip_last = sb.distance_m < 1.0;
    let mut waypoints = Vec::with_capacity(n + 2);
    let mut positions = Vec::with_capacity(n + 2);
    let mut leg_m = Vec::with_capacity(n + 1);
    waypoints.push(end(&a));
    positions.push(a.position);
    if !skip_first {
        leg_m.push(sa.distance_m);
    }
    for (i, (p, tag)) in path.points.iter().enumerate() {
        if (i == 0 && skip_first) || (i + 1 == n && skip_last) {
            continue;
        }
        waypoints.push(Waypoint {
            lat: p.lat(),
            lon: p.lon(),
            port: None,
            passage: *tag,
        });
        positions.push(*p);
    }
    leg_m.extend(path.leg_m.iter().copied());
    waypoints.push(end(&b));
    positions.push(b.position);
    if !skip_last {
        leg_m.push(sb.distance_m);
    }
    let route_name = match name {
        Some(n) => n.to_string(),
        None => default_name(&a.label, &b.label, &waypoints),
    };
    Route::from_network(
        route_name,
        waypoints,
        positions,
        leg_m,
        [sa.distance_m, sb.distance_m],
    )
}

fn default_name(a: &str, b: &str, waypoints: &[Waypoint]) -> String {
    let mut ps: Vec<&str> = Vec::new();
    for p in waypoints.iter().filter_map(|w| w.passage) {
        if !ps.contains(&p.key()) {
            ps.push(p.key());
        }
    }
    if ps.is_empty() {
        format!("{a}-{b}")
    } else {
        format!("{a}-{b} via {}", ps.join(", "))
    }
}

/// One catalogue entry, computed on the network.
fn build(t: &RouteTemplate) -> Result<Route> {
    let options = RouteOptions {
        avoid: t.avoid.to_vec(),
        require: t.require.to_vec(),
        ..RouteOptions::default()
    };
    network_route(
        &Endpoint::port(t.from),
        &Endpoint::port(t.to),
        &options,
        Some(t.id),
    )
}

/// Every route in the catalogue, in catalogue order, each computed on the network.
///
/// ```
/// let routes = green_corridor::route::catalogue_routes()?;
/// assert!(routes.len() >= 10);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn catalogue_routes() -> Result<Vec<Route>> {
    ROUTES.iter().map(build).collect()
}

/// What a catalogue route is and which reference figure it is compared with, by the route's
/// name (as returned by [`Route::name`], without a "(reversed)" suffix).
pub fn route_source(name: &str) -> Option<&'static str> {
    let base = name.trim_end_matches(" (reversed)");
    ROUTES.iter().find(|t| t.id == base).map(|t| t.source)
}

/// The named catalogue alternatives between two ports (either direction; a route stored the
/// other way is returned reversed), in catalogue order; for a pair the catalogue does not
/// name, the one default network route. Port names are resolved as by [`port`].
pub fn routes_between(from: &str, to: &str) -> Result<Vec<Route>> {
    let a = port(from)?.locode;
    let b = port(to)?.locode;
    let mut out = Vec::new();
    for t in ROUTES {
        if t.from == a && t.to == b {
            out.push(build(t)?);
        } else if t.from == b && t.to == a {
            out.push(build(t)?.reversed());
        }
    }
    if out.is_empty() {
        out.push(find_route(a, b, &RouteOptions::default())?);
    }
    Ok(out)
}

/// The shortest sea route from port `from` to port `to` that meets `options`, on the sea-lane
/// network (any pair of the ≈3,900 ports of [`crate::route::ports`]).
///
/// Errors: an unknown port ([`Error::UnknownName`] with suggestions); no route that meets the
/// options ([`Error::NoRoute`]); a required passage the ship does not fit, or, with
/// [`OversizePolicy::Refuse`], a passage on the shortest route it does not fit
/// ([`Error::PassageLimit`], naming the limit and the value).
///
/// ```
/// use green_corridor::route::{find_route, Passage, RouteOptions};
/// use green_corridor::units::LengthExt;
/// let suez = find_route("SGSIN", "NLRTM", &RouteOptions::default())?;
/// assert!(suez.uses(Passage::Suez));
/// let cape = find_route("SGSIN", "NLRTM", &RouteOptions::avoiding(&[Passage::Suez]))?;
/// assert!(cape.uses(Passage::CapeOfGoodHope));
/// assert!(cape.distance().nautical_miles() > suez.distance().nautical_miles() + 3_000.0);
/// // Any pair routes, e.g. Ningbo to Long Beach:
/// let tp = find_route("Ningbo-Zhoushan", "Long Beach", &RouteOptions::default())?;
/// assert!(tp.distance().nautical_miles() > 5_000.0);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn find_route(from: &str, to: &str, options: &RouteOptions) -> Result<Route> {
    find_route_between(&Endpoint::port(from), &Endpoint::port(to), options)
}

/// The shortest sea route between two endpoints, each a port or a position at sea (snapped
/// to the nearest lane; see [`Route::snap_distances`]).
///
/// ```
/// use green_corridor::route::{find_route_between, Endpoint, Position, RouteOptions};
/// use green_corridor::Error;
/// let mid_pacific = Endpoint::Sea(Position::new(30.0, -160.0)?);
/// let r = find_route_between(&mid_pacific, &Endpoint::port("USLAX"), &RouteOptions::default())?;
/// assert!(r.snap_distances().is_some());
/// // Madrid is not at sea.
/// let madrid = Endpoint::Sea(Position::new(40.42, -3.70)?);
/// let e = find_route_between(&madrid, &Endpoint::port("USLAX"), &RouteOptions::default());
/// assert!(matches!(e, Err(Error::OnLand { .. })));
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn find_route_between(from: &Endpoint, to: &Endpoint, options: &RouteOptions) -> Result<Route> {
    let r = network_route(from, to, options, None)?;
    debug_assert!(options.admits(&r));
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::LengthExt;

    #[test]
    fn every_catalogue_route_builds_and_starts_and_ends_at_its_ports() {
        for t in ROUTES {
            let r = build(t).unwrap();
            assert_eq!(r.origin().map(|p| p.locode), Some(t.from), "{}", t.id);
            assert_eq!(r.destination().map(|p| p.locode), Some(t.to), "{}", t.id);
            assert_eq!(route_source(r.name()), Some(t.source));
            for p in t.require {
                assert!(r.uses(*p), "{} must use {p}", t.id);
            }
            for p in t.avoid {
                assert!(!r.uses(*p), "{} must avoid {p}", t.id);
            }
        }
    }

    #[test]
    fn reversed_lookup_has_same_distance() {
        let ab = find_route("CNYSA", "USLAX", &RouteOptions::default()).unwrap();
        let ba = find_route("USLAX", "CNYSA", &RouteOptions::default()).unwrap();
        let (x, y) = (
            ab.distance().nautical_miles(),
            ba.distance().nautical_miles(),
        );
        assert!((x - y).abs() < 1.0, "{x} vs {y}");
        assert_eq!(ba.origin().unwrap().locode, "USLAX");
    }

    #[test]
    fn restrictions_are_honoured_or_refused() {
        let south = find_route(
            "CNSHA",
            "USLAX",
            &RouteOptions::avoiding(&[Passage::TsugaruStrait]),
        )
        .unwrap();
        assert!(!south.uses(Passage::TsugaruStrait));
        let req = RouteOptions::requiring(&[Passage::CapeOfGoodHope]);
        assert!(
            find_route("CNYSA", "NLRTM", &req)
                .unwrap()
                .uses(Passage::CapeOfGoodHope)
        );
        // Required and avoided at once: refused, naming both.
        let both = RouteOptions {
            avoid: vec![Passage::Suez],
            require: vec![Passage::Suez],
            ..RouteOptions::default()
        };
        match find_route("SGSIN", "NLRTM", &both).unwrap_err() {
            Error::NoRoute { constraint, .. } => assert!(constraint.contains("suez")),
            e => panic!("unexpected {e:?}"),
        }
        // The Arctic passages are off by default, on when required.
        let nsr = find_route(
            "KRPUS",
            "NLRTM",
            &RouteOptions::requiring(&[Passage::NortheastPassage]),
        )
        .unwrap();
        assert!(nsr.uses(Passage::NortheastPassage));
        let default = find_route("KRPUS", "NLRTM", &RouteOptions::default()).unwrap();
        assert!(!default.uses(Passage::NortheastPassage));
    }

    #[test]
    fn options_deny_unknown_fields() {
        let o: RouteOptions = serde_json::from_str(r#"{"avoid":["suez"]}"#).unwrap();
        assert_eq!(o.avoid, vec![Passage::Suez]);
        assert!(serde_json::from_str::<RouteOptions>(r#"{"avoid":["suez"],"x":1}"#).is_err());
        assert!(
            serde_json::from_str::<RouteOptions>(r#"{"avoid":["strait_of_magellan"]}"#).is_err()
        );
        let o: RouteOptions = serde_json::from_str(
            r#"{"ship":{"length_m":400,"beam_m":61,"draught_m":16},"oversize":"refuse"}"#,
        )
        .unwrap();
        assert_eq!(o.oversize, OversizePolicy::Refuse);
    }
}
