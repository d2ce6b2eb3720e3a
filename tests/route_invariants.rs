//! Invariants over the whole route catalogue (no reference figures needed):
//! route distance = sum of legs; reversing a route keeps its distance and its distance inside
//! each ECA and national zone; the distance inside the MARPOL ECAs never exceeds the leg; every passage a route reports is
//! one of its waypoint groups; restrictions are honoured or refused, never ignored.

use green_corridor::Error;
use green_corridor::route::{
    Date, Passage, RouteOptions, catalogue_routes, eca, find_route, routes_between,
};
use green_corridor::units::{LengthExt, nautical_miles};

#[test]
fn distances_are_sums_of_legs_and_reversal_invariant() {
    for r in catalogue_routes().unwrap() {
        let sum: f64 = r.legs().iter().map(|l| l.distance.nautical_miles()).sum();
        let total = r.distance().nautical_miles();
        assert!((sum - total).abs() < 1e-6, "{}", r.name());
        let back = r.reversed().distance().nautical_miles();
        assert!((back - total).abs() < 1e-6, "{}", r.name());
        // Reversal reverses the order of passages.
        let mut p = r.passages();
        p.reverse();
        assert_eq!(r.reversed().passages(), p, "{}", r.name());
    }
}

#[test]
fn eca_distance_bounded_by_leg_and_reversal_invariant() {
    let date = Date::new(2025, 6, 1).unwrap();
    for r in catalogue_routes().unwrap() {
        let fwd = eca::route_eca_distances(&r, date, nautical_miles(2.0)).unwrap();
        let back = eca::route_eca_distances(&r.reversed(), date, nautical_miles(2.0)).unwrap();
        for l in &fwd {
            // The MARPOL ECAs do not overlap: their sum is bounded by the leg. National zones
            // may overlap them (California lies inside the North American ECA): each alone is.
            let marpol: f64 = l
                .inside
                .iter()
                .filter(|a| eca::area(a.area).kind == eca::AreaKind::MarpolEca)
                .map(|a| a.inside.nautical_miles())
                .sum();
            assert!(marpol <= l.distance.nautical_miles() + 1e-9, "{}", r.name());
            for a in &l.inside {
                assert!(a.inside.nautical_miles() <= l.distance.nautical_miles() + 1e-9);
            }
        }
        for area in eca::all_areas() {
            let a = eca::total_inside(&fwd, area.id).nautical_miles();
            let b = eca::total_inside(&back, area.id).nautical_miles();
            // Pieces are the same, sampled from the other end: agree within one piece per leg.
            assert!(
                (a - b).abs() <= 2.0 * 2.0,
                "{} {:?}: {a} vs {b}",
                r.name(),
                area.id
            );
        }
    }
}

#[test]
fn every_avoid_option_is_honoured_or_refused() {
    let pairs = [
        ("CNYSA", "USLAX"),
        ("CNYSA", "USSEA"),
        ("KRPUS", "USSEA"),
        ("SGSIN", "USLAX"),
        ("SGSIN", "NLRTM"),
        ("CNYSA", "NLRTM"),
        ("AUPHE", "CNYSA"),
    ];
    for (a, b) in pairs {
        assert!(!routes_between(a, b).unwrap().is_empty());
        for p in Passage::ALL {
            match find_route(a, b, &RouteOptions::avoiding(&[p])) {
                Ok(r) => assert!(!r.uses(p), "{a}-{b} avoiding {p} used it"),
                Err(Error::NoRoute { constraint, .. }) => assert!(constraint.contains(p.key())),
                Err(e) => panic!("{a}-{b}: unexpected {e}"),
            }
        }
    }
}
