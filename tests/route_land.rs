//! No land crossings: every catalogue route and 300 seeded random port pairs are sampled along
//! their geodesic legs and checked against the Natural Earth 1:50m land mask
//! (`green_corridor::route::land`, public domain data shipped in `data/land_50m.txt`).
//!
//! Allowed on land:
//! * the canals (legs tagged Suez, Panama or Kiel);
//! * the harbour approach: the first and last leg (port reference point → nearest lane) and
//!   anything within 15 nm of either port (the port points and the rivers they lie on —
//!   Hamburg on the Elbe, Antwerp on the Scheldt, Shanghai's Huangpu — are land at 1:50m);
//! * the named canals and inland waterways of [`INLAND_WATERWAYS`] (the mask has no lakes or
//!   rivers);
//! * mask resolution: a sample counts as a crossing only if it is land *and* the four points
//!   3 km north, south, east and west of it are land too (1:50m coastlines are generalised
//!   by up to ≈2 km, so narrow straits such as the Bosporus are closed on the mask).
//!
//! Sampling: every 5 nm along each leg (WGS84 geodesic), so a crossing of more than ≈11 km of
//! solid land (5 nm + the 3 km margins) cannot be missed.

use green_corridor::route::{
    Passage, Position, Route, RouteOptions, catalogue_routes, find_route, geodesy, land, ports,
};
use green_corridor::units::{LengthExt, nautical_miles};

const STEP_NM: f64 = 5.0;
const APPROACH_NM: f64 = 15.0;
/// 3 km in degrees of latitude (1° ≈ 110.6 km).
const MARGIN_DEG: f64 = 3.0 / 110.6;

/// Coastal spots where a lane is at sea on Natural Earth 1:10m but on solid land at 1:50m
/// (checked with the 1:10m land of world-atlas 2.0.2): (lat, lon, radius in degrees).
const MASK_RESOLUTION: &[(&str, f64, f64, f64)] = &[
    ("Oran harbour approach", 35.7357, -0.6508, 0.05),
    ("Min River mouth, Fujian", 26.7885, 119.7015, 0.05),
];

/// Canals and inland waterways the network uses that are land on a 1:50m mask (which has no
/// lakes and no rivers): (name, lat₀, lat₁, lon₀, lon₁), boxes from chart positions.
const INLAND_WATERWAYS: &[(&str, f64, f64, f64, f64)] = &[
    (
        "Suez Canal with Port Said and Suez approaches",
        29.85,
        31.35,
        32.15,
        32.65,
    ),
    (
        "Panama Canal with Colón and Balboa approaches",
        8.8,
        9.45,
        -80.05,
        -79.45,
    ),
    ("Kiel Canal", 53.8, 54.45, 9.0, 10.3),
    ("Corinth Canal", 37.88, 37.97, 22.92, 23.06),
    ("Cape Cod Canal", 41.70, 41.80, -70.65, -70.45),
    (
        "Great Lakes and St Lawrence Seaway",
        41.0,
        49.5,
        -92.5,
        -71.5,
    ),
    (
        "Dardanelles (≈1.2 km at the Narrows)",
        39.95,
        40.45,
        26.1,
        26.75,
    ),
    ("Afsluitdijk locks and IJsselmeer", 52.3, 53.1, 4.9, 5.95),
    ("Weser and Elbe estuaries", 53.0, 54.0, 8.2, 10.0),
    ("Scheldt (Westerschelde)", 51.2, 51.5, 3.5, 4.4),
    (
        "Houston Ship Channel and Galveston Bay",
        29.3,
        29.8,
        -95.3,
        -94.7,
    ),
    (
        "Mississippi River below New Orleans",
        28.9,
        30.1,
        -90.2,
        -89.0,
    ),
    ("Corpus Christi Ship Channel", 27.75, 27.9, -97.5, -97.0),
    (
        "Charleston harbour and Cooper River",
        32.7,
        33.0,
        -80.05,
        -79.8,
    ),
    ("Columbia River", 45.5, 46.3, -124.0, -122.6),
    ("The Wash and Great Ouse", 52.7, 53.0, 0.1, 0.5),
    (
        "Vistula Lagoon and Kaliningrad canal",
        54.5,
        54.75,
        19.8,
        20.6,
    ),
    ("Paraná and Río de la Plata", -34.5, -32.5, -61.0, -58.0),
    ("Norwegian fjords near Bergen", 59.8, 60.6, 4.8, 6.0),
    ("Min River to Fuzhou", 25.9, 26.2, 119.2, 119.8),
];

fn inland_waterway(p: Position) -> bool {
    INLAND_WATERWAYS.iter().any(|&(_, la0, la1, lo0, lo1)| {
        (la0..=la1).contains(&p.lat()) && (lo0..=lo1).contains(&p.lon())
    }) || MASK_RESOLUTION
        .iter()
        .any(|&(_, lat, lon, r)| (p.lat() - lat).abs() < r && (p.lon() - lon).abs() < r)
}

fn deep_land(p: Position) -> bool {
    if !land::is_land(p) {
        return false;
    }
    let dlon = MARGIN_DEG / p.lat().to_radians().cos().max(0.05);
    [
        (MARGIN_DEG, 0.0),
        (-MARGIN_DEG, 0.0),
        (0.0, dlon),
        (0.0, -dlon),
    ]
    .iter()
    .all(|(dy, dx)| {
        let lat = (p.lat() + dy).clamp(-90.0, 90.0);
        let mut lon = p.lon() + dx;
        if lon > 180.0 {
            lon -= 360.0;
        }
        if lon < -180.0 {
            lon += 360.0;
        }
        Position::new(lat, lon).map(land::is_land).unwrap_or(true)
    })
}

/// The first sample of `route` that lies on solid land outside the allowed places.
fn first_land_crossing(route: &Route) -> Option<(usize, Position)> {
    let legs = route.legs();
    let (start, end) = (route.positions().first()?, route.positions().last()?);
    let last = legs.len().saturating_sub(1);
    for (i, leg) in legs.iter().enumerate() {
        if i == 0 || i == last {
            continue;
        }
        if matches!(
            leg.passage,
            Some(Passage::Suez | Passage::Panama | Passage::Kiel)
        ) {
            continue;
        }
        let pts = geodesy::intermediate_points(leg.from, leg.to, nautical_miles(STEP_NM))
            .unwrap_or_default();
        for p in pts {
            let near_port = geodesy::distance(p, *start).nautical_miles() < APPROACH_NM
                || geodesy::distance(p, *end).nautical_miles() < APPROACH_NM;
            if !near_port && !inland_waterway(p) && deep_land(p) {
                return Some((i, p));
            }
        }
    }
    None
}

#[test]
fn catalogue_routes_do_not_cross_land() {
    for r in catalogue_routes().unwrap() {
        if let Some((leg, p)) = first_land_crossing(&r) {
            panic!("{} crosses land on leg {leg} at {p}", r.name());
        }
    }
}

#[test]
fn random_port_pairs_do_not_cross_land() {
    let all = ports();
    // Seeded linear congruential generator (Knuth MMIX constants): deterministic pairs.
    let mut state: u64 = 0x5eed_2026;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % n
    };
    let mut checked = 0;
    let mut failures = Vec::new();
    while checked < 300 {
        let (a, b) = (&all[next(all.len())], &all[next(all.len())]);
        if a.locode == b.locode {
            continue;
        }
        let r = match find_route(a.locode, b.locode, &RouteOptions::default()) {
            Ok(r) => r,
            Err(e) => panic!("{}-{}: {e}", a.locode, b.locode),
        };
        checked += 1;
        if let Some((leg, p)) = first_land_crossing(&r) {
            failures.push(format!("{} leg {leg} at {p}", r.name()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of 300 cross land:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
