//! A route: a validated sequence of waypoints, some of them ports or passage points.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::route::port::{Port, port};
use crate::route::{Passage, Position, geodesy};
use crate::units::{Length, nautical_miles};

/// One waypoint as given by a user or a scenario file: a position, optionally the port it is
/// (UN/LOCODE or alias) and the passage it belongs to.
///
/// ```
/// use green_corridor::route::{Route, Waypoint};
/// let route = Route::new("demo", vec![
///     Waypoint::port("USLAX"),
///     Waypoint::sea(33.62, -118.45),
///     Waypoint::sea(33.65, -120.8),
/// ])?;
/// assert_eq!(route.legs().len(), 2);
/// # Ok::<(), green_corridor::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Waypoint {
    /// Latitude, degrees north. [`Waypoint::port`] fills it from the port's reference
    /// position; a waypoint read from a file uses the position given, even when `port` is set.
    pub lat: f64,
    /// Longitude, degrees east.
    pub lon: f64,
    /// The port at this waypoint (UN/LOCODE; aliases are resolved to the official code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<String>,
    /// The passage this waypoint belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passage: Option<Passage>,
}

impl Waypoint {
    /// A plain sea waypoint (validated when the route is built).
    pub fn sea(lat: f64, lon: f64) -> Self {
        Self {
            lat,
            lon,
            port: None,
            passage: None,
        }
    }

    /// The reference position of a catalogue port. An unknown code is reported when the route
    /// is built (with suggestions), so that the error can name the waypoint.
    pub fn port(code: &str) -> Self {
        match port(code) {
            Ok(p) => Self {
                lat: p.position.lat(),
                lon: p.position.lon(),
                port: Some(p.locode.to_string()),
                passage: None,
            },
            Err(_) => Self {
                lat: f64::NAN,
                lon: f64::NAN,
                port: Some(code.to_string()),
                passage: None,
            },
        }
    }

    /// A waypoint of a passage.
    pub fn in_passage(position: Position, passage: Passage) -> Self {
        Self {
            lat: position.lat(),
            lon: position.lon(),
            port: None,
            passage: Some(passage),
        }
    }
}

/// One leg: the geodesic between two consecutive waypoints.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Leg {
    /// Start.
    pub from: Position,
    /// End.
    pub to: Position,
    /// WGS84 geodesic length (serialised in nm as `distance_nm`).
    #[serde(rename = "distance_nm", serialize_with = "ser_nm")]
    pub distance: Length,
    /// The passage, when both ends belong to the same passage.
    pub passage: Option<Passage>,
}

fn ser_nm<S: serde::Serializer>(l: &Length, s: S) -> std::result::Result<S::Ok, S::Error> {
    use crate::units::LengthExt;
    s.serialize_f64(l.nautical_miles())
}

/// A validated route: at least two waypoints, every position finite and in range, no leg of
/// zero length, every port code known.
///
/// Distance is the sum of the WGS84 geodesic legs (no allowance for weather routing, traffic
/// separation schemes or speed-restricted zones).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RouteInput")]
pub struct Route {
    name: String,
    waypoints: Vec<Waypoint>,
    #[serde(skip)]
    positions: Vec<Position>,
    /// WGS84 geodesic length of each leg, m (computed once).
    #[serde(skip)]
    leg_m: Vec<f64>,
    /// Distance from each end to the sea-lane network, m, for a network route.
    #[serde(skip)]
    snap_m: Option<[f64; 2]>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteInput {
    name: String,
    waypoints: Vec<Waypoint>,
}

impl TryFrom<RouteInput> for Route {
    type Error = Error;
    fn try_from(r: RouteInput) -> Result<Self> {
        Route::new(r.name, r.waypoints)
    }
}

/// A leg shorter than this is a zero-length leg (1 m; positions are given to ≤ 1e-4° ≈ 11 m).
const ZERO_LEG_M: f64 = 1.0;

impl Route {
    /// Validates and builds a route. Errors name the waypoint, e.g. `route.waypoints[3].lat`.
    ///
    /// ```
    /// use green_corridor::route::{Route, Waypoint};
    /// use green_corridor::Error;
    /// let err = Route::new("bad", vec![Waypoint::sea(0.0, 0.0), Waypoint::sea(95.0, 0.0)]).unwrap_err();
    /// assert!(matches!(err, Error::OutOfRange { ref field, .. } if field == "route.waypoints[1].lat"));
    /// ```
    pub fn new(name: impl Into<String>, waypoints: Vec<Waypoint>) -> Result<Self> {
        if waypoints.len() < 2 {
            return Err(Error::Empty {
                field: "route.waypoints".into(),
                expected: format!(
                    "at least two waypoints (an origin and a destination), got {}",
                    waypoints.len()
                ),
            });
        }
        let mut waypoints = waypoints;
        let mut positions = Vec::with_capacity(waypoints.len());
        let mut leg_m = Vec::with_capacity(waypoints.len());
        for (i, w) in waypoints.iter_mut().enumerate() {
            let field = format!("route.waypoints[{i}]");
            if let Some(code) = &w.port {
                let p = port(code)?;
                w.port = Some(p.locode.to_string());
            }
            positions.push(Position::validated(&field, w.lat, w.lon)?);
        }
        for (i, pair) in positions.windows(2).enumerate() {
            let [a, b] = pair else { continue };
            let d = geodesy::distance_m(*a, *b);
            leg_m.push(d);
            if d < ZERO_LEG_M {
                let describe = |k: usize| -> String {
                    let at = positions.get(k).map(|p| p.to_string()).unwrap_or_default();
                    match waypoints.get(k).and_then(|w| w.port.clone()) {
                        Some(code) => format!("{code} ({at})"),
                        None => at,
                    }
                };
                return Err(Error::ZeroLengthLeg {
                    field: format!("route.waypoints[{}]", i + 1),
                    from: describe(i),
                    to: describe(i + 1),
                });
            }
        }
        Ok(Self {
            name: name.into(),
            waypoints,
            positions,
            leg_m,
            snap_m: None,
        })
    }

    /// A route computed on the sea-lane network: positions already valid, leg lengths known.
    /// Falls back to [`Route::new`]'s full validation if the parts do not line up.
    pub(crate) fn from_network(
        name: String,
        waypoints: Vec<Waypoint>,
        positions: Vec<Position>,
        leg_m: Vec<f64>,
        snap_m: [f64; 2],
    ) -> Result<Self> {
        let consistent = waypoints.len() >= 2
            && positions.len() == waypoints.len()
            && leg_m.len() + 1 == waypoints.len()
            && leg_m.iter().all(|d| *d >= ZERO_LEG_M && d.is_finite());
        if !consistent {
            let mut r = Route::new(name, waypoints)?;
            r.snap_m = Some(snap_m);
            return Ok(r);
        }
        Ok(Self {
            name,
            waypoints,
            positions,
            leg_m,
            snap_m: Some(snap_m),
        })
    }

    /// For a route computed on the sea-lane network, the distance from the origin and from
    /// the destination to the nearest lane (the "snap" distance; included in the route as
    /// its first and last legs). `None` for a route built from waypoints.
    pub fn snap_distances(&self) -> Option<[Length; 2]> {
        self.snap_m.map(|[a, b]| {
            [
                nautical_miles(a / geodesy::METRES_PER_NAUTICAL_MILE),
                nautical_miles(b / geodesy::METRES_PER_NAUTICAL_MILE),
            ]
        })
    }

    /// The route's name (e.g. `CNYSA-USLAX via tsugaru_strait`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The waypoints as given (port codes resolved to official UN/LOCODEs).
    pub fn waypoints(&self) -> &[Waypoint] {
        &self.waypoints
    }

    /// The validated positions, one per waypoint.
    pub fn positions(&self) -> &[Position] {
        &self.positions
    }

    /// The legs between consecutive waypoints.
    pub fn legs(&self) -> Vec<Leg> {
        self.positions
            .windows(2)
            .zip(self.waypoints.windows(2))
            .zip(&self.leg_m)
            .filter_map(|((p, w), m)| match (p, w) {
                ([from, to], [wa, wb]) => Some(Leg {
                    from: *from,
                    to: *to,
                    distance: nautical_miles(m / geodesy::METRES_PER_NAUTICAL_MILE),
                    passage: match (wa.passage, wb.passage) {
                        (Some(a), Some(b)) if a == b => Some(a),
                        _ => None,
                    },
                }),
                _ => None,
            })
            .collect()
    }

    /// Total distance: the sum of the legs' geodesic lengths,
    /// `D = Σ s(wᵢ, wᵢ₊₁)` on WGS84.
    pub fn distance(&self) -> Length {
        let m: f64 = self.leg_m.iter().sum();
        nautical_miles(m / geodesy::METRES_PER_NAUTICAL_MILE)
    }

    /// The passages the route uses, in the order it reaches them.
    pub fn passages(&self) -> Vec<Passage> {
        let mut out: Vec<Passage> = Vec::new();
        for p in self.waypoints.iter().filter_map(|w| w.passage) {
            if !out.contains(&p) {
                out.push(p);
            }
        }
        out
    }

    /// Whether the route goes through `passage`.
    pub fn uses(&self, passage: Passage) -> bool {
        self.waypoints.iter().any(|w| w.passage == Some(passage))
    }

    /// The first waypoint's port, if it is one.
    pub fn origin(&self) -> Option<&'static Port> {
        self.waypoints
            .first()
            .and_then(|w| w.port.as_deref())
            .and_then(|c| port(c).ok())
    }

    /// The last waypoint's port, if it is one.
    pub fn destination(&self) -> Option<&'static Port> {
        self.waypoints
            .last()
            .and_then(|w| w.port.as_deref())
            .and_then(|c| port(c).ok())
    }

    /// The same route sailed the other way.
    pub fn reversed(&self) -> Route {
        let mut waypoints = self.waypoints.clone();
        waypoints.reverse();
        let mut positions = self.positions.clone();
        positions.reverse();
        let mut leg_m = self.leg_m.clone();
        leg_m.reverse();
        Route {
            name: format!("{} (reversed)", self.name),
            waypoints,
            positions,
            leg_m,
            snap_m: self.snap_m.map(|[a, b]| [b, a]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::LengthExt;
    use approx::assert_relative_eq;

    #[test]
    fn fewer_than_two_points_is_an_error() {
        assert!(matches!(
            Route::new("x", vec![Waypoint::sea(0.0, 0.0)]),
            Err(Error::Empty { ref field, .. }) if field == "route.waypoints"
        ));
        assert!(matches!(Route::new("x", vec![]), Err(Error::Empty { .. })));
    }

    #[test]
    fn bad_coordinates_name_the_waypoint() {
        let w = vec![
            Waypoint::sea(0.0, 0.0),
            Waypoint::sea(1.0, 1.0),
            Waypoint::sea(2.0, 2.0),
            Waypoint::sea(-91.0, 3.0),
        ];
        assert!(matches!(
            Route::new("x", w),
            Err(Error::OutOfRange { ref field, value, .. }) if field == "route.waypoints[3].lat" && value == -91.0
        ));
        let w = vec![Waypoint::sea(0.0, 0.0), Waypoint::sea(1.0, f64::NAN)];
        assert!(matches!(
            Route::new("x", w),
            Err(Error::NonFinite { ref field, .. }) if field == "route.waypoints[1].lon"
        ));
    }

    #[test]
    fn zero_length_leg_is_an_error() {
        let w = vec![
            Waypoint::port("USLAX"),
            Waypoint::port("USLAX"),
            Waypoint::sea(33.0, -120.0),
        ];
        match Route::new("x", w).unwrap_err() {
            Error::ZeroLengthLeg { field, from, to } => {
                assert_eq!(field, "route.waypoints[1]");
                assert!(from.contains("USLAX") && to.contains("USLAX"));
            }
            e => panic!("unexpected {e:?}"),
        }
    }

    #[test]
    fn unknown_port_code_is_an_error_with_suggestions() {
        let w = vec![Waypoint::port("USLAZ"), Waypoint::sea(33.0, -120.0)];
        assert!(matches!(
            Route::new("x", w),
            Err(Error::UnknownName { ref valid, .. }) if valid.contains("USLAX")
        ));
    }

    #[test]
    fn distance_is_sum_of_legs_and_reversal_invariant() {
        let r = Route::new(
            "x",
            vec![
                Waypoint::port("CNYSA"),
                Waypoint::sea(32.95, 126.6),
                Waypoint::in_passage(Position::new(34.35, 128.85).unwrap(), Passage::KoreaStrait),
                Waypoint::in_passage(Position::new(35.3, 129.8).unwrap(), Passage::KoreaStrait),
                Waypoint::port("KRPUS"),
            ],
        )
        .unwrap();
        let sum: f64 = r.legs().iter().map(|l| l.distance.nautical_miles()).sum();
        assert_relative_eq!(sum, r.distance().nautical_miles(), epsilon = 1e-9);
        assert_relative_eq!(
            r.reversed().distance().nautical_miles(),
            r.distance().nautical_miles(),
            epsilon = 1e-6
        );
        assert_eq!(r.passages(), vec![Passage::KoreaStrait]);
        assert_eq!(r.legs()[2].passage, Some(Passage::KoreaStrait));
        assert_eq!(r.legs()[1].passage, None);
        assert_eq!(r.origin().unwrap().locode, "CNYSA");
        assert_eq!(r.reversed().origin().unwrap().locode, "KRPUS");
    }

    #[test]
    fn serde_validates_input() {
        let json =
            r#"{"name":"x","waypoints":[{"lat":0,"lon":0,"port":"CNSHA"},{"lat":1,"lon":1}]}"#;
        let r: Route = serde_json::from_str(json).unwrap();
        assert_eq!(r.waypoints()[0].port.as_deref(), Some("CNYSA"));
        let bad = r#"{"name":"x","waypoints":[{"lat":0,"lon":0},{"lat":100,"lon":1}]}"#;
        let e = serde_json::from_str::<Route>(bad).unwrap_err().to_string();
        assert!(e.contains("route.waypoints[1].lat"), "{e}");
        let unknown = r#"{"name":"x","waypoints":[{"lat":0,"lon":0,"depth":3},{"lat":1,"lon":1}]}"#;
        assert!(serde_json::from_str::<Route>(unknown).is_err());
        let out = serde_json::to_string(&r).unwrap();
        let back: Route = serde_json::from_str(&out).unwrap();
        assert_eq!(back, r);
    }
}
