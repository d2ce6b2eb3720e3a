//! The route catalogue: hand-placed routes between corridor ports, alternatives included, and
//! a look-up that honours passage restrictions or says why it cannot.
//!
//! Alternatives for the same port pair (Suez vs Cape of Good Hope; Tsugaru Strait vs south of
//! Japan) are separate catalogue entries. [`find_route`] returns the shortest entry that meets
//! the [`RouteOptions`]; when none does it returns [`Error::NoRoute`] listing what exists — a
//! restriction is never silently ignored (cf. `shared/reference/peers.md` §2.1 items 2–4).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::route::port::port;
use crate::route::routes_data::{ROUTES, Step};
use crate::route::{Passage, Position, Route, Waypoint, geodesy};

/// Restrictions on the passages a route may or must use.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RouteOptions {
    /// Passages the route must not use (e.g. `[Passage::Suez]` for Red Sea rerouting).
    pub avoid: Vec<Passage>,
    /// Passages the route must use.
    pub require: Vec<Passage>,
}

impl RouteOptions {
    /// Options that avoid the given passages.
    pub fn avoiding(passages: &[Passage]) -> Self {
        Self {
            avoid: passages.to_vec(),
            require: Vec::new(),
        }
    }

    fn admits(&self, r: &Route) -> bool {
        self.avoid.iter().all(|p| !r.uses(*p)) && self.require.iter().all(|p| r.uses(*p))
    }

    fn describe(&self) -> String {
        let list = |v: &[Passage]| v.iter().map(|p| p.key()).collect::<Vec<_>>().join(", ");
        match (self.avoid.is_empty(), self.require.is_empty()) {
            (true, true) => "in the catalogue".into(),
            (false, true) => format!("avoiding {}", list(&self.avoid)),
            (true, false) => format!("through {}", list(&self.require)),
            (false, false) => format!(
                "avoiding {} and through {}",
                list(&self.avoid),
                list(&self.require)
            ),
        }
    }
}

/// One catalogue entry, built.
fn build(id: &str, steps: &[Step]) -> Result<Route> {
    let mut wps: Vec<Waypoint> = Vec::new();
    for step in steps {
        match *step {
            Step::Port(code) => wps.push(Waypoint::port(code)),
            Step::Sea(lat, lon) => wps.push(Waypoint::sea(lat, lon)),
            Step::Passage(p) => {
                let pts = p.waypoints();
                let (first, last) = match (pts.first(), pts.last()) {
                    (Some(f), Some(l)) => (*f, *l),
                    _ => continue,
                };
                // Orient the passage so that it starts at the end nearer the previous point.
                let forward = match wps.last() {
                    Some(prev) => match Position::new(prev.lat, prev.lon) {
                        Ok(prev) => {
                            geodesy::distance_m(prev, first) <= geodesy::distance_m(prev, last)
                        }
                        Err(_) => true,
                    },
                    None => true,
                };
                if forward {
                    wps.extend(pts.iter().map(|q| Waypoint::in_passage(*q, p)));
                } else {
                    wps.extend(pts.iter().rev().map(|q| Waypoint::in_passage(*q, p)));
                }
            }
        }
    }
    Route::new(id, wps)
}

/// Every route in the catalogue, in catalogue order.
///
/// ```
/// let routes = green_corridor::route::catalogue_routes()?;
/// assert!(routes.len() >= 10);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn catalogue_routes() -> Result<Vec<Route>> {
    ROUTES.iter().map(|t| build(t.id, &(t.steps)())).collect()
}

/// How a catalogue route was laid out and which reference figure it is compared with, by the
/// route's name (as returned by [`Route::name`], without a "(reversed)" suffix).
pub fn route_source(name: &str) -> Option<&'static str> {
    let base = name.trim_end_matches(" (reversed)");
    ROUTES.iter().find(|t| t.id == base).map(|t| t.source)
}

/// Every catalogue route between two ports (either direction; a route stored the other way
/// is returned reversed), in catalogue order. Port names are resolved as by [`port`].
pub fn routes_between(from: &str, to: &str) -> Result<Vec<Route>> {
    let a = port(from)?.locode;
    let b = port(to)?.locode;
    let mut out = Vec::new();
    for t in ROUTES {
        if t.from == a && t.to == b {
            out.push(build(t.id, &(t.steps)())?);
        } else if t.from == b && t.to == a {
            let r = build(t.id, &(t.steps)())?.reversed();
            out.push(r);
        }
    }
    Ok(out)
}

/// The shortest catalogue route from `from` to `to` that meets `options`.
///
/// Errors: an unknown port ([`Error::UnknownName`] with suggestions); no catalogue route for
/// the pair, or none that meets the options ([`Error::NoRoute`], listing the routes that exist
/// and the passages each uses).
///
/// ```
/// use green_corridor::route::{find_route, Passage, RouteOptions};
/// use green_corridor::units::LengthExt;
/// let suez = find_route("SGSIN", "NLRTM", &RouteOptions::default())?;
/// assert!(suez.uses(Passage::Suez));
/// let cape = find_route("SGSIN", "NLRTM", &RouteOptions::avoiding(&[Passage::Suez]))?;
/// assert!(cape.uses(Passage::CapeOfGoodHope));
/// assert!(cape.distance().nautical_miles() > suez.distance().nautical_miles());
/// // No route from Singapore to Rotterdam avoids both: an error, not a silent Suez route.
/// assert!(find_route("SGSIN", "NLRTM",
///     &RouteOptions::avoiding(&[Passage::Suez, Passage::CapeOfGoodHope])).is_err());
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn find_route(from: &str, to: &str, options: &RouteOptions) -> Result<Route> {
    let a = port(from)?.locode;
    let b = port(to)?.locode;
    let all = routes_between(a, b)?;
    let describe_all = |routes: &[Route]| -> String {
        if routes.is_empty() {
            let pairs: Vec<String> = ROUTES.iter().map(|t| t.id.to_string()).collect();
            format!("none for this pair; catalogue: {}", pairs.join("; "))
        } else {
            routes
                .iter()
                .map(|r| {
                    let ps: Vec<&str> = r.passages().iter().map(|p| p.key()).collect();
                    format!("{} (passages: {})", r.name(), ps.join(", "))
                })
                .collect::<Vec<_>>()
                .join("; ")
        }
    };
    let mut best: Option<(f64, Route)> = None;
    for r in &all {
        if options.admits(r) {
            let d = geodesy_nm(r);
            if best.as_ref().is_none_or(|(bd, _)| d < *bd) {
                best = Some((d, r.clone()));
            }
        }
    }
    best.map(|(_, r)| r).ok_or_else(|| Error::NoRoute {
        from: a.to_string(),
        to: b.to_string(),
        constraint: options.describe(),
        available: describe_all(&all),
    })
}

fn geodesy_nm(r: &Route) -> f64 {
    use crate::units::LengthExt;
    r.distance().nautical_miles()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::LengthExt;

    #[test]
    fn every_catalogue_route_builds_and_starts_and_ends_at_its_ports() {
        for t in ROUTES {
            let r = build(t.id, &(t.steps)()).unwrap();
            assert_eq!(r.origin().map(|p| p.locode), Some(t.from), "{}", t.id);
            assert_eq!(r.destination().map(|p| p.locode), Some(t.to), "{}", t.id);
            assert_eq!(route_source(r.name()), Some(t.source));
            // No leg longer than half the Earth (a sign of a misplaced waypoint).
            for l in r.legs() {
                assert!(l.distance.nautical_miles() < 10_000.0, "{}", t.id);
            }
        }
    }

    #[test]
    fn reversed_lookup_has_same_distance() {
        let ab = find_route("CNYSA", "USLAX", &RouteOptions::default()).unwrap();
        let ba = find_route("USLAX", "CNYSA", &RouteOptions::default()).unwrap();
        assert!((ab.distance().nautical_miles() - ba.distance().nautical_miles()).abs() < 1e-6);
        assert_eq!(ba.origin().unwrap().locode, "USLAX");
    }

    #[test]
    fn alternatives_and_restrictions() {
        let default = find_route("CNSHA", "USLAX", &RouteOptions::default()).unwrap();
        assert!(default.uses(Passage::TsugaruStrait));
        let south = find_route(
            "CNSHA",
            "USLAX",
            &RouteOptions::avoiding(&[Passage::TsugaruStrait]),
        )
        .unwrap();
        assert!(!south.uses(Passage::TsugaruStrait));
        let req = RouteOptions {
            avoid: vec![],
            require: vec![Passage::CapeOfGoodHope],
        };
        assert!(
            find_route("CNYSA", "NLRTM", &req)
                .unwrap()
                .uses(Passage::CapeOfGoodHope)
        );
        match find_route(
            "SGSIN",
            "NLRTM",
            &RouteOptions::avoiding(&[Passage::Suez, Passage::CapeOfGoodHope]),
        )
        .unwrap_err()
        {
            Error::NoRoute {
                constraint,
                available,
                ..
            } => {
                assert!(constraint.contains("suez"));
                assert!(available.contains("cape_of_good_hope"), "{available}");
            }
            e => panic!("unexpected {e:?}"),
        }
        // A pair with no catalogue route at all.
        assert!(matches!(
            find_route("USNYC", "BRSSZ", &RouteOptions::default()),
            Err(Error::NoRoute { .. })
        ));
    }

    #[test]
    fn options_deny_unknown_fields() {
        let o: RouteOptions = serde_json::from_str(r#"{"avoid":["suez"]}"#).unwrap();
        assert_eq!(o.avoid, vec![Passage::Suez]);
        assert!(serde_json::from_str::<RouteOptions>(r#"{"avoid":["suez"],"x":1}"#).is_err());
        assert!(serde_json::from_str::<RouteOptions>(r#"{"avoid":["hormuz"]}"#).is_err());
    }
}
