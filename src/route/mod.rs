//! The route layer: ports, WGS84 geodesy, the sea-lane network and shortest paths on it,
//! named passages and their size limits, emission control areas, EU jurisdiction and the
//! corridor catalogue.
//!
//! | concept | file | main items |
//! |---|---|---|
//! | position | `position.rs` | [`Position`] (validated lat/lon) |
//! | geodesy | `geodesy.rs` | [`geodesy::distance`], [`geodesy::intermediate_points`] |
//! | ports | `port.rs`, `ports_data.rs`, `data/ports.tsv` | [`Port`], [`port()`], [`ports()`] |
//! | sea-lane network | `network.rs`, `data/sea_lanes.txt` | [`network::stats`] |
//! | land mask | `land.rs`, `data/land_50m.txt` | [`land::is_land`] |
//! | passages | `passage.rs`, `passages_data.rs` | [`Passage`], [`ShipDimensions`], [`SizeLimit`] |
//! | routes | `route.rs` | [`Route`], [`Waypoint`], [`Leg`] |
//! | routing, catalogue | `catalogue.rs`, `routes_data.rs` | [`find_route`], [`find_route_between`], [`routes_between`], [`RouteOptions`] |
//! | emission control areas, national sulphur zones | `eca.rs`, `eca_data.rs`, `eca_polygons.rs` (generated) | [`eca::route_eca_distances`], [`eca::EcaId`] |
//! | jurisdiction | `jurisdiction.rs` | [`jurisdiction::port_class`], [`jurisdiction::passage`], [`jurisdiction::at_berth`] |
//! | dates | `date.rs` | [`Date`] |
//!
//! ```
//! use green_corridor::route::{eca, find_route, Date, Passage, RouteOptions};
//! use green_corridor::units::{nautical_miles, LengthExt};
//!
//! // Shanghai (Yangshan) → Los Angeles on the sea-lane network.
//! let route = find_route("Shanghai", "Los Angeles", &RouteOptions::default())?;
//! assert!(route.uses(Passage::TsugaruStrait));
//! let nm = route.distance().nautical_miles();
//! assert!((nm - 5_750.0).abs() / 5_750.0 < 0.02); // reference network distance 5,750 nm
//!
//! // Distance inside the North American ECA on 1 June 2025.
//! let legs = eca::route_eca_distances(&route, Date::new(2025, 6, 1)?, nautical_miles(1.0))?;
//! let inside = eca::total_inside(&legs, eca::EcaId::NorthAmerican).nautical_miles();
//! // Documented range 310–706 nm (docs/routes.md, "Emission control areas"): 310 nm for an
//! // approach outside the ECA until Appendix VII point 13, 706 nm for this network path.
//! assert!((310.0..=707.0).contains(&inside));
//! // California's 24-nm zone is reported separately and lies inside the ECA.
//! let ca = eca::total_inside(&legs, eca::EcaId::California).nautical_miles();
//! assert!(ca > 0.0 && ca <= inside);
//! # Ok::<(), green_corridor::Error>(())
//! ```
//!
//! See `docs/routes.md` for the sources and approximations.

mod catalogue;
pub mod date;
pub mod eca;
mod eca_data;
#[rustfmt::skip]
mod eca_polygons;
pub mod geodesy;
pub mod jurisdiction;
pub mod land;
pub mod network;
pub mod passage;
mod passages_data;
pub mod port;
mod ports_data;
pub mod position;
#[allow(clippy::module_inception)]
pub mod route;
mod routes_data;

pub use catalogue::{
    Endpoint, OversizePolicy, RouteOptions, catalogue_routes, find_route, find_route_between,
    route_source, routes_between,
};
pub use date::Date;
pub use passage::{Breach, Passage, ShipDimensions, SizeLimit};
pub use port::{Port, ShorePower, port, ports};
pub use position::Position;
pub use route::{Leg, Route, Waypoint};
