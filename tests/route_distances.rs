//! Documented API tests: catalogue route distances against published or computed network
//! figures (`docs/data-sources.md`, "Sea distances — published and network figures"), and the
//! North American ECA share of the Shanghai (Yangshan)–Los Angeles route against "North American
//! ECA share — Yangshan–Los Angeles" there.
//!
//! Tolerance: 2 % of the reference figure. The catalogue routes are hand-placed waypoint
//! sequences joined by WGS84 geodesics; the reference network figures come from the `searoute`
//! 1.6.0 sea-lane network and the published ones from the Port of Rotterdam Authority and
//! Port Economics, Management and Policy (PEMP).

use green_corridor::route::{Date, Passage, RouteOptions, eca, find_route};
use green_corridor::units::{LengthExt, nautical_miles};

fn route_nm(from: &str, to: &str, options: &RouteOptions) -> f64 {
    find_route(from, to, options)
        .unwrap_or_else(|e| panic!("{from}-{to}: {e}"))
        .distance()
        .nautical_miles()
}

fn within(measured: f64, reference: f64, tolerance: f64) {
    let rel = (measured - reference).abs() / reference;
    assert!(
        rel <= tolerance,
        "measured {measured:.0} nm vs reference {reference:.0} nm: {:.2} % off",
        rel * 100.0
    );
}

/// Yangshan → Los Angeles via Korea Strait, Sea of Japan, Tsugaru Strait and the great circle.
/// Reference: 5,750 nm sea-lane network route (computed with `searoute` 1.6.0), which takes
/// the same passages.
#[test]
fn yangshan_los_angeles_within_2_percent_of_network_route() {
    let r = find_route("CNYSA", "USLAX", &RouteOptions::default()).unwrap();
    assert_eq!(
        r.passages(),
        vec![Passage::KoreaStrait, Passage::TsugaruStrait]
    );
    within(r.distance().nautical_miles(), 5_750.0, 0.02);
    // Not shorter than the WGS84 geodesic between the ports (5,661 nm, computed).
    assert!(r.distance().nautical_miles() > 5_661.0);
}

/// Yangshan → Los Angeles south of Japan: the ECA-share computation gives 5,776 nm for this
/// variant.
#[test]
fn yangshan_los_angeles_south_of_japan_within_2_percent() {
    let nm = route_nm(
        "CNYSA",
        "USLAX",
        &RouteOptions::avoiding(&[Passage::TsugaruStrait]),
    );
    within(nm, 5_776.0, 0.02);
}

/// Yangshan → Seattle: reference 5,130 nm computed network route.
#[test]
fn yangshan_seattle_within_2_percent_of_network_route() {
    within(
        route_nm("CNSHA", "USSEA", &RouteOptions::default()),
        5_130.0,
        0.02,
    );
}

/// Busan → Seattle: reference 4,675 nm computed network route; a logged passage of
/// the container ship Hanjin Baltimore measured 4,616 nm (frozenheads.net).
#[test]
fn busan_seattle_within_2_percent_of_network_and_logged_figures() {
    let nm = route_nm("KRPUS", "USSEA", &RouteOptions::default());
    within(nm, 4_675.0, 0.02);
    within(nm, 4_616.0, 0.02);
}

/// Singapore → Rotterdam via Suez: 8,288 nm published by the Port of Rotterdam Authority
/// (via mfame.guru).
#[test]
fn singapore_rotterdam_via_suez_within_2_percent_of_published() {
    let r = find_route("SGSIN", "NLRTM", &RouteOptions::default()).unwrap();
    assert_eq!(
        r.passages(),
        vec![
            Passage::Malacca,
            Passage::BabElMandeb,
            Passage::Suez,
            Passage::Gibraltar
        ]
    );
    within(r.distance().nautical_miles(), 8_288.0, 0.02);
}

/// Singapore → Rotterdam via the Cape of Good Hope: 11,755 nm published by the Port of Rotterdam
/// Authority (via mfame.guru).
#[test]
fn singapore_rotterdam_via_cape_within_2_percent_of_published() {
    let r = find_route("SGSIN", "NLRTM", &RouteOptions::avoiding(&[Passage::Suez])).unwrap();
    assert_eq!(r.passages(), vec![Passage::Sunda, Passage::CapeOfGoodHope]);
    within(r.distance().nautical_miles(), 11_755.0, 0.02);
}

/// Shanghai (Yangshan) → Rotterdam via Suez: ~10,600 nm published by PEMP
/// (porteconomicsmanagement.org; computed network route 10,530 nm).
#[test]
fn shanghai_rotterdam_via_suez_within_2_percent_of_published() {
    let nm = route_nm("CNSHA", "NLRTM", &RouteOptions::default());
    within(nm, 10_600.0, 0.02);
    within(nm, 10_530.0, 0.02);
}

/// Shanghai (Yangshan) → Rotterdam via the Cape: ~13,800 nm published by PEMP
/// (porteconomicsmanagement.org; computed network route 13,850 nm).
#[test]
fn shanghai_rotterdam_via_cape_within_2_percent_of_published() {
    let nm = route_nm("CNSHA", "NLRTM", &RouteOptions::avoiding(&[Passage::Suez]));
    within(nm, 13_800.0, 0.02);
}

/// The Cape is longer than Suez by about the published difference: 11,755 − 8,288 = 3,467 nm
/// (Port of Rotterdam Authority); accept ±10 %.
#[test]
fn cape_detour_matches_published_difference() {
    let suez = route_nm("SGSIN", "NLRTM", &RouteOptions::default());
    let cape = route_nm("SGSIN", "NLRTM", &RouteOptions::avoiding(&[Passage::Suez]));
    within(cape - suez, 3_467.0, 0.10);
}

/// North American ECA on Yangshan → Los Angeles: the reference (`docs/data-sources.md`, "North
/// American ECA share — Yangshan–Los Angeles", computed with the same polygon and 1-nm
/// sampling) gives 312 nm ("ECA-minimising") to 702 nm (network path) depending on the
/// approach; a great-circle approach via Tsugaru gives 632 nm.
#[test]
fn yangshan_los_angeles_north_american_eca_within_reference_range() {
    let r = find_route("CNYSA", "USLAX", &RouteOptions::default()).unwrap();
    let legs =
        eca::route_eca_distances(&r, Date::new(2025, 6, 1).unwrap(), nautical_miles(1.0)).unwrap();
    let inside = eca::total_inside(&legs, eca::EcaId::NorthAmerican).nautical_miles();
    assert!((312.0..=702.0).contains(&inside), "{inside:.0} nm");
    // Invariants: inside ≤ leg on every leg; no other ECA on this route.
    for l in &legs {
        for a in &l.inside {
            assert!(a.inside.nautical_miles() <= l.distance.nautical_miles() + 1e-9);
            assert_eq!(a.area, eca::EcaId::NorthAmerican);
        }
    }
    // Before the ECA was enforced (1 Aug 2012) nothing is inside.
    let legs_2011 =
        eca::route_eca_distances(&r, Date::new(2011, 6, 1).unwrap(), nautical_miles(1.0)).unwrap();
    assert_eq!(
        eca::total_inside(&legs_2011, eca::EcaId::NorthAmerican).nautical_miles(),
        0.0
    );
}

/// Suez route through the Mediterranean: inside the Med ECA from 1 May 2025, not in 2024.
#[test]
fn suez_route_mediterranean_eca_depends_on_date() {
    let r = find_route("SGSIN", "NLRTM", &RouteOptions::default()).unwrap();
    let med = |d: Date| {
        let legs = eca::route_eca_distances(&r, d, nautical_miles(1.0)).unwrap();
        eca::total_inside(&legs, eca::EcaId::Mediterranean).nautical_miles()
    };
    assert_eq!(med(Date::new(2024, 7, 1).unwrap()), 0.0);
    // Port Said → Gibraltar is ≈1,900–2,000 nm (all of it inside the Med ECA after May 2025).
    let after = med(Date::new(2025, 7, 1).unwrap());
    assert!((1_800.0..2_100.0).contains(&after), "{after}");
}
