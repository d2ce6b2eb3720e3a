//! Documented API tests: sea-lane network routes against reference distances, passage
//! restrictions, ship-size limits, port-name resolution and the distance per emission control
//! area of Shanghai (Yangshan)–Los Angeles.
//!
//! References (see `docs/data-sources.md` § "Reference distances"), in two classes:
//!
//! * **independent** (they check the lane data as well as the code): the US Hydrographic
//!   Office's trans-Pacific table (San Francisco–Yokohama 4,536, San Francisco–Hong Kong 6,060,
//!   Honolulu–Yokohama 3,400, Honolulu–Hong Kong 4,917 nm), the Port of Rotterdam Authority
//!   (Singapore–Rotterdam 8,288 nm via Suez, 11,755 nm via the Cape), PEMP (Shanghai–Rotterdam
//!   ~10,600 nm via Suez, ~13,800 nm via the Cape), a logged passage Busan–Seattle (4,616 nm)
//!   and NGA Pub. 151 as quoted secondarily (New York–Colombo via Gibraltar 8,604 nm);
//! * **same-data** (they check the implementation only): the project reference's `searoute`
//!   1.6.0 runs with WPI port positions and the `searoute` 1.6.0 Python package run on the
//!   same positions ("peer") — the same lane data as this crate, an independent
//!   implementation. No independent published figure was found for the six trans-Pacific
//!   services of issue 12, nor for the Atlantic, Indian-Ocean and Australian pairs below;
//!   they stay on same-data references, labelled as such.
//!
//! Tolerance: 2 % of the reference; a pair that misses is listed in `known_misses` with its
//! measured error and the reason, not hidden behind a wider tolerance. Every route must also
//! be at least as long as the WGS84 geodesic between its ports.

use green_corridor::Error;
use green_corridor::route::{
    Date, Endpoint, OversizePolicy, Passage, Position, RouteOptions, ShipDimensions, eca,
    find_route, find_route_between, geodesy, port,
};
use green_corridor::units::{Length, LengthExt, nautical_miles};
use uom::si::length::meter;

fn route_nm(from: &str, to: &str, options: &RouteOptions) -> f64 {
    find_route(from, to, options)
        .unwrap_or_else(|e| panic!("{from}-{to}: {e}"))
        .distance()
        .nautical_miles()
}

fn within(what: &str, measured: f64, reference: f64, tolerance: f64) {
    let rel = (measured - reference).abs() / reference;
    assert!(
        rel <= tolerance,
        "{what}: measured {measured:.0} nm vs reference {reference:.0} nm: {:.2} % off",
        rel * 100.0
    );
}

fn geodesic_nm(a: &str, b: &str) -> f64 {
    geodesy::distance(port(a).unwrap().position, port(b).unwrap().position).nautical_miles()
}

/// The trans-Pacific services of issue 12, each within 2 % of its (same-data) reference and
/// not shorter than the geodesic between the ports.
#[test]
fn transpacific_pairs_route_within_2_percent() {
    // (from, to, reference nm, basis)
    let cases = [
        (
            "Ningbo-Zhoushan",
            "Long Beach",
            5_817.0,
            "peer; §3.2 Ningbo–LA 5,817",
        ),
        ("Yantian", "Oakland", 6_092.0, "peer"),
        ("Busan", "Long Beach", 5_295.0, "peer; §3.2 Busan–LA 5,295"),
        ("Shekou", "Los Angeles", 6_516.0, "peer"),
        ("Yantian", "Vancouver", 5_843.0, "peer"),
        ("Tokyo", "Seattle", 4_311.0, "peer"),
        ("Shanghai", "Los Angeles", 5_750.0, "§3.2 network"),
        ("Shanghai", "Oakland", 5_401.0, "§3.2 network"),
        ("Shanghai", "Vancouver", 5_152.0, "§3.2 network"),
        ("Tokyo", "Los Angeles", 4_931.0, "§3.2 network"),
        ("Yantian", "Los Angeles", 6_441.0, "§3.2 network"),
    ];
    for (a, b, reference, basis) in cases {
        let r = find_route(a, b, &RouteOptions::default()).unwrap();
        let nm = r.distance().nautical_miles();
        within(&format!("{a}–{b} ({basis})"), nm, reference, 0.02);
        let (pa, pb) = (r.origin().unwrap().locode, r.destination().unwrap().locode);
        assert!(
            nm >= geodesic_nm(pa, pb),
            "{a}–{b} shorter than the geodesic"
        );
        // No Arctic passage and no canal on a trans-Pacific route.
        assert!(!r.uses(Passage::Panama) && !r.uses(Passage::NortheastPassage));
    }
}

/// Independent published distances, each within 2 %: the US Hydrographic Office's
/// trans-Pacific table ("shortest practicable route", quoted in J. Merry, *San Francisco and
/// the Nicaragua Canal*), the Port of Rotterdam Authority, PEMP, a logged passage and NGA
/// Pub. 151 (as quoted secondarily). Pacific, Indian Ocean, Red Sea, Mediterranean, North and
/// South Atlantic.
#[test]
fn independent_references_within_2_percent() {
    let d = RouteOptions::default();
    let cases = [
        ("USSFO", "JPYOK", 4_536.0, &d, "US Hydrographic Office"),
        ("USSFO", "HKHKG", 6_060.0, &d, "US Hydrographic Office"),
        ("USHNL", "HKHKG", 4_917.0, &d, "US Hydrographic Office"),
        ("KRPUS", "USSEA", 4_616.0, &d, "logged passage"),
        ("SGSIN", "NLRTM", 8_288.0, &d, "Port of Rotterdam Authority"),
        ("CNYSA", "NLRTM", 10_600.0, &d, "PEMP (~)"),
        ("USNYC", "LKCMB", 8_604.0, &d, "NGA Pub. 151 via grokipedia"),
    ];
    for (a, b, reference, o, basis) in cases {
        let nm = route_nm(a, b, o);
        within(&format!("{a}–{b} ({basis})"), nm, reference, 0.02);
        assert!(nm >= geodesic_nm(a, b), "{a}–{b} shorter than the geodesic");
    }
}

/// Independent references the network misses by more than 2 %, with the measured error and
/// why. Asserted so that a change in either direction is noticed.
///
/// * Honolulu–Yokohama: 3,530 nm against the US Hydrographic Office's 3,400 nm (+3.8 %). The
///   geodesic is 3,362 nm; the office's route is 1.1 % longer than it, the network's 5.0 %:
///   the dataset has no lane near the great circle between Hawaii and Japan (the path joins the
///   North Pacific lanes further north). Route choice of the data, not of the search.
#[test]
fn known_misses() {
    let nm = route_nm("USHNL", "JPYOK", &RouteOptions::default());
    let rel = (nm - 3_400.0) / 3_400.0;
    assert!(
        (0.02..0.05).contains(&rel),
        "Honolulu–Yokohama {nm:.0} nm: {:.1} %",
        rel * 100.0
    );
}

/// Pairs across every ocean: published (independent) figures for the Cape routes, then the
/// reference network's (same-data) figures.
#[test]
fn pairs_across_every_ocean_within_2_percent() {
    let d = RouteOptions::default();
    let suez_free = RouteOptions::avoiding(&[Passage::Suez]);
    // Shanghai avoiding Suez goes via Panama (shorter than the Cape): the Cape reference
    // (PEMP; §3.2 "avoiding Suez & Panama") avoids both.
    let cape = RouteOptions::avoiding(&[Passage::Suez, Passage::Panama]);
    // Published (Port of Rotterdam Authority; PEMP; logged passage).
    within(
        "SGSIN–NLRTM Suez",
        route_nm("SGSIN", "NLRTM", &d),
        8_288.0,
        0.02,
    );
    within(
        "SGSIN–NLRTM Cape",
        route_nm("SGSIN", "NLRTM", &suez_free),
        11_755.0,
        0.02,
    );
    within(
        "Shanghai–NLRTM Suez",
        route_nm("Shanghai", "NLRTM", &d),
        10_600.0,
        0.02,
    );
    within(
        "Shanghai–NLRTM Cape",
        route_nm("Shanghai", "NLRTM", &cape),
        13_800.0,
        0.02,
    );
    within(
        "Busan–Seattle",
        route_nm("KRPUS", "USSEA", &d),
        4_616.0,
        0.02,
    );
    // Reference network (docs/data-sources.md, “Sea distances — published and network figures”): Atlantic, Indian, Southern/Pacific, Panama.
    let cases = [
        ("BRSSZ", "NLRTM", 5_497.0),  // South and North Atlantic
        ("USHOU", "BEANR", 5_043.0),  // Gulf of Mexico – North Atlantic
        ("AUMEL", "CNYSA", 5_166.0),  // Tasman/Coral Sea – western Pacific
        ("LKCMB", "AEJEA", 1_922.0),  // Arabian Sea, Hormuz
        ("SGSIN", "LKCMB", 1_605.0),  // Malacca, Bay of Bengal
        ("CNYSA", "USNYC", 10_665.0), // Pacific – Panama – Caribbean
        ("AUPHE", "CNYSA", 3_208.0),  // Indonesian archipelago
        ("SGSIN", "GRPIR", 5_669.0),  // Indian Ocean – Red Sea – Mediterranean
    ];
    for (a, b, reference) in cases {
        within(
            &format!("{a}–{b} (§3.2)"),
            route_nm(a, b, &d),
            reference,
            0.02,
        );
    }
}

/// Red Sea avoidance sends Singapore–Rotterdam round the Cape: the Port of Rotterdam
/// Authority's figures differ by 11,755 − 8,288 = 3,467 nm; issue 12 asks for +≈3,300–3,600.
#[test]
fn red_sea_avoidance_moves_singapore_rotterdam_onto_the_cape() {
    let suez = find_route("SGSIN", "NLRTM", &RouteOptions::default()).unwrap();
    assert!(suez.uses(Passage::Suez) && suez.uses(Passage::BabElMandeb));
    assert!(suez.uses(Passage::Malacca) && suez.uses(Passage::Gibraltar));
    let avoid = RouteOptions::avoiding(&[Passage::BabElMandeb]);
    let cape = find_route("SGSIN", "NLRTM", &avoid).unwrap();
    assert!(cape.uses(Passage::CapeOfGoodHope));
    assert!(!cape.uses(Passage::Suez) && !cape.uses(Passage::BabElMandeb));
    let extra = cape.distance().nautical_miles() - suez.distance().nautical_miles();
    assert!((3_300.0..=3_600.0).contains(&extra), "{extra:.0} nm");
}

fn m(v: f64) -> Length {
    Length::new::<meter>(v)
}

/// A ship over the Neopanamax limits (HMM Algeciras class: 399.9 × 61.0 m, 16.5 m draught)
/// is refused Panama: routed around by default, a typed error naming the limit under
/// `Refuse` or when Panama is required.
#[test]
fn ship_over_neopanamax_limits_is_refused_panama() {
    let ulcv = ShipDimensions::new(m(399.9), m(61.0), m(16.5));
    let neopanamax = ShipDimensions::new(m(366.0), m(51.25), m(15.2));
    // Yangshan → New York: Panama for a Neopanamax ship …
    let fits = find_route(
        "CNYSA",
        "USNYC",
        &RouteOptions::default().with_ship(neopanamax),
    )
    .unwrap();
    assert!(fits.uses(Passage::Panama));
    // … routed around (Suez or the Cape) for the larger ship.
    let around = find_route("CNYSA", "USNYC", &RouteOptions::default().with_ship(ulcv)).unwrap();
    assert!(!around.uses(Passage::Panama));
    assert!(around.distance().nautical_miles() > fits.distance().nautical_miles() + 1_000.0);
    // Refuse: the error names the field, the limit and both values.
    let refuse = RouteOptions {
        oversize: OversizePolicy::Refuse,
        ..RouteOptions::default().with_ship(ulcv)
    };
    match find_route("CNYSA", "USNYC", &refuse).unwrap_err() {
        Error::PassageLimit {
            field,
            passage,
            limit,
            value_m,
            limit_m,
            ..
        } => {
            assert_eq!(field, "route.options.ship.length_m");
            assert_eq!(passage, "panama");
            assert!(limit.contains("Neopanamax"), "{limit}");
            assert_eq!((value_m, limit_m), (399.9, 366.0));
        }
        e => panic!("unexpected {e:?}"),
    }
    // Requiring Panama for the oversize ship is the same error.
    let require = RouteOptions::requiring(&[Passage::Panama]).with_ship(ulcv);
    assert!(matches!(
        find_route("CNYSA", "USNYC", &require),
        Err(Error::PassageLimit { .. })
    ));
}

/// Distance along `r` from its start to the point where its leg `i` is cut at fraction `f`.
fn along(r: &green_corridor::route::Route, i: usize, f: f64) -> f64 {
    let p = r.positions();
    let before: f64 = p[..=i]
        .windows(2)
        .map(|w| geodesy::distance(w[0], w[1]).nautical_miles())
        .sum();
    before + f * geodesy::distance(p[i], p[i + 1]).nautical_miles()
}

/// Where the segment a–b (lat, lon) crosses c–d, as the fraction along a–b (straight lines in
/// lat/lon, as the crate's polygons are drawn between their densified vertices).
fn crossing(a: (f64, f64), b: (f64, f64), c: (f64, f64), d: (f64, f64)) -> Option<f64> {
    let (r, s) = ((b.0 - a.0, b.1 - a.1), (d.0 - c.0, d.1 - c.1));
    let den = r.0 * s.1 - r.1 * s.0;
    let t = ((c.0 - a.0) * s.1 - (c.1 - a.1) * s.0) / den;
    let u = ((c.0 - a.0) * r.1 - (c.1 - a.1) * r.0) / den;
    ((0.0..=1.0).contains(&t) && (0.0..=1.0).contains(&u)).then_some(t)
}

/// Yangshan → Los Angeles on 1 June 2025, distance per area.
///
/// **North American ECA.** docs/routes.md documents 310–706 nm: 310 nm for the ECA-minimising
/// approach (outside the ECA until Appendix VII point 13, 33°40′12″N 124°27′15″W, then the
/// geodesic to the port: 310.5 nm), 706 nm for the network path, which turns in on the great
/// circle and enters between points 22 (40°18′47″N 128°45′46″W) and 23 (41°13′39″N
/// 128°40′22″W). Hand check of the latter: find the leg that crosses the line 22–23; the
/// distance inside is the route's length after the crossing (within the 1-nm sampling and the
/// < 0.1-nm geodesic densification of the boundary; allow 1.5 nm).
///
/// **California (24 nm).** Inside the ECA, so ≤ the ECA figure; at most the route's length
/// from the start of the first leg that touches the zone; at least its length after the first
/// vertex south of 34.6 N and east of 121 W: from there the path runs through the Santa Barbara
/// Channel and San Pedro Bay, everywhere within 24 nm of the mainland or the Channel Islands
/// (e.g. 34.44 N 120.88 W is 20.5 nm from Point Conception, 34.448 N 120.471 W).
///
/// **China coastal DECA.** Yangshan lies inside China's 1996 straight baselines, ≥ 42.3 nm
/// from the baseline Sheshandao (pt 11) – Haijiao (pt 12) (WGS84, GeographicLib), so the
/// zone's 12-nm line is ≥ 54 nm away; the zone lies west of 123.4 E on the route (the 12-nm
/// line off Haijiao, 123.157 E + 12 nm / (60 · cos 30.7°) = 123.39 E), so the distance inside
/// is ≤ the route's length to its first vertex east of 123.4 E.
#[test]
fn yangshan_los_angeles_distance_per_area() {
    let r = find_route("CNYSA", "USLAX", &RouteOptions::default()).unwrap();
    let date = Date::new(2025, 6, 1).unwrap();
    let legs = eca::route_eca_distances(&r, date, nautical_miles(1.0)).unwrap();
    let total = r.distance().nautical_miles();
    let na = eca::total_inside(&legs, eca::EcaId::NorthAmerican).nautical_miles();
    // Documented range (docs/routes.md).
    assert!((310.0..=707.0).contains(&na), "{na:.1} nm");
    // Hand check at the boundary crossing.
    let dms = |d: f64, m: f64, s: f64| d + m / 60.0 + s / 3600.0;
    let p22 = (dms(40.0, 18.0, 47.0), -dms(128.0, 45.0, 46.0));
    let p23 = (dms(41.0, 13.0, 39.0), -dms(128.0, 40.0, 22.0));
    let p = r.positions();
    let (i, f) = (0..p.len() - 1)
        .find_map(|i| {
            let (a, b) = ((p[i].lat(), p[i].lon()), (p[i + 1].lat(), p[i + 1].lon()));
            crossing(a, b, p22, p23).map(|f| (i, f))
        })
        .expect("the route crosses Appendix VII points 22-23");
    let expected = total - along(&r, i, f);
    assert!((na - expected).abs() <= 1.5, "{na:.1} vs {expected:.1}");
    for l in &legs {
        for a in &l.inside {
            assert!(a.inside.nautical_miles() <= l.distance.nautical_miles() + 1e-9);
        }
    }
    // California.
    let ca = eca::total_inside(&legs, eca::EcaId::California).nautical_miles();
    let first = legs
        .iter()
        .position(|l| l.inside.iter().any(|a| a.area == eca::EcaId::California))
        .unwrap();
    let from_first = total - along(&r, first, 0.0);
    let channel = p
        .iter()
        .position(|q| q.lat() < 34.6 && q.lon() > -121.0 && q.lon() < -117.0)
        .unwrap();
    let in_channel = total - along(&r, channel - 1, 1.0);
    assert!(ca <= na + 1e-9);
    assert!(
        (in_channel - 0.5..=from_first).contains(&ca),
        "{ca:.1} vs [{in_channel:.1}, {from_first:.1}]"
    );
    // China coastal.
    let cn = eca::total_inside(&legs, eca::EcaId::ChinaCoastal).nautical_miles();
    let east = p.iter().position(|q| q.lon() > 123.4).unwrap();
    let to_east = along(&r, east - 1, 1.0);
    assert!(
        (54.0..=to_east).contains(&cn),
        "{cn:.1} vs [54, {to_east:.1}]"
    );
    // No area before it was in force: in 2011 none of the three applied.
    let legs_2011 =
        eca::route_eca_distances(&r, Date::new(2011, 6, 1).unwrap(), nautical_miles(1.0)).unwrap();
    assert!(legs_2011.iter().all(|l| l.inside.is_empty()));
}

/// Suez route through the Mediterranean: inside the Med ECA from 1 May 2025, not in 2024;
/// Port Said → Gibraltar is ≈1,900–2,000 nm.
#[test]
fn suez_route_mediterranean_eca_depends_on_date() {
    let r = find_route("SGSIN", "NLRTM", &RouteOptions::default()).unwrap();
    let med = |d: Date| {
        let legs = eca::route_eca_distances(&r, d, nautical_miles(1.0)).unwrap();
        eca::total_inside(&legs, eca::EcaId::Mediterranean).nautical_miles()
    };
    assert_eq!(med(Date::new(2024, 7, 1).unwrap()), 0.0);
    let after = med(Date::new(2025, 7, 1).unwrap());
    assert!((1_800.0..2_100.0).contains(&after), "{after}");
}

/// "Shanghai" and `CNSHA` are the same port (Yangshan, `CNYSA`) and give the same route.
#[test]
fn shanghai_and_cnsha_give_the_same_route() {
    let by_name = find_route("Shanghai", "Los Angeles", &RouteOptions::default()).unwrap();
    let by_code = find_route("CNSHA", "USLAX", &RouteOptions::default()).unwrap();
    assert_eq!(by_name, by_code);
    assert_eq!(by_name.origin().unwrap().locode, "CNYSA");
}

/// An inland point is a typed error naming the endpoint; a point at sea is snapped and its
/// snap distance reported.
#[test]
fn inland_point_is_a_typed_error_and_sea_points_snap() {
    let ulaanbaatar = Endpoint::Sea(Position::new(47.92, 106.92).unwrap());
    match find_route_between(
        &Endpoint::port("SGSIN"),
        &ulaanbaatar,
        &RouteOptions::default(),
    )
    .unwrap_err()
    {
        Error::OnLand { field, position } => {
            assert_eq!(field, "route.to");
            assert!(position.starts_with("47.92"), "{position}");
        }
        e => panic!("unexpected {e:?}"),
    }
    // 40 N 150 W, mid North Pacific, to Los Angeles: at least the geodesic, and the snap
    // distance to the nearest lane is reported (and below 300 nm in open ocean).
    let sea = Position::new(40.0, -150.0).unwrap();
    let r = find_route_between(
        &Endpoint::Sea(sea),
        &Endpoint::port("USLAX"),
        &RouteOptions::default(),
    )
    .unwrap();
    let [from, _] = r.snap_distances().unwrap();
    assert!(from.nautical_miles() < 300.0, "{}", from.nautical_miles());
    let gc = geodesy::distance(sea, port("USLAX").unwrap().position).nautical_miles();
    assert!(r.distance().nautical_miles() >= gc);
    assert!(r.origin().is_none());
}

/// Kiel and the Bosporus on European routes: Rotterdam → Gdańsk takes the Kiel Canal; a ship
/// over its limits (300 m LOA > 235.5 m) goes round Skagen instead (the Kiel Canal saves
/// ≈250–260 nm against the Skagen route, per the Kiel Canal authority figures quoted in
/// docs/data-sources.md: accept 150–400 nm). Piraeus → Odessa passes the Bosporus.
#[test]
fn kiel_and_bosporus_on_european_routes() {
    let kiel = find_route("NLRTM", "PLGDN", &RouteOptions::default()).unwrap();
    assert!(kiel.uses(Passage::Kiel));
    let big = ShipDimensions::new(m(300.0), m(48.0), m(14.0));
    let skagen = find_route("NLRTM", "PLGDN", &RouteOptions::default().with_ship(big)).unwrap();
    assert!(!skagen.uses(Passage::Kiel));
    let saved = skagen.distance().nautical_miles() - kiel.distance().nautical_miles();
    assert!((150.0..=400.0).contains(&saved), "{saved:.0} nm");
    let black_sea = find_route("GRPIR", "UAODS", &RouteOptions::default()).unwrap();
    assert!(black_sea.uses(Passage::Bosporus));
}

/// Degenerate and extreme inputs are errors or routes, never panics: the same port twice
/// (a zero-length route), the North Pole (sea, far from any lane), the South Pole (land).
#[test]
fn degenerate_and_polar_inputs_do_not_panic() {
    assert!(matches!(
        find_route("USLAX", "USLAX", &RouteOptions::default()),
        Err(Error::ZeroLengthLeg { .. })
    ));
    let pole = Endpoint::Sea(Position::new(90.0, 0.0).unwrap());
    let r = find_route_between(&pole, &Endpoint::port("NOHFT"), &RouteOptions::default());
    assert!(r.is_ok(), "{r:?}");
    let south = Endpoint::Sea(Position::new(-90.0, 0.0).unwrap());
    assert!(matches!(
        find_route_between(&south, &Endpoint::port("NOHFT"), &RouteOptions::default()),
        Err(Error::OnLand { .. })
    ));
}

/// Hormuz, the Taiwan and Luzon straits and the Corinth Canal are passages: reported, and
/// avoidable. Avoiding a passage never shortens a route; a port inside the Gulf has no route
/// that avoids Hormuz (a typed error, not a silent fallback).
#[test]
fn hormuz_taiwan_luzon_and_corinth_passages() {
    let d = RouteOptions::default();
    let taiwan = find_route("HKHKG", "CNYSA", &d).unwrap();
    assert!(taiwan.uses(Passage::TaiwanStrait));
    let east = find_route(
        "HKHKG",
        "CNYSA",
        &RouteOptions::avoiding(&[Passage::TaiwanStrait]),
    )
    .unwrap();
    assert!(!east.uses(Passage::TaiwanStrait) && east.uses(Passage::LuzonStrait));
    assert!(east.distance() > taiwan.distance());
    let gulf = find_route("AEJEA", "SGSIN", &d).unwrap();
    assert!(gulf.uses(Passage::Hormuz));
    assert!(matches!(
        find_route(
            "AEJEA",
            "SGSIN",
            &RouteOptions::avoiding(&[Passage::Hormuz])
        ),
        Err(Error::NoRoute { .. })
    ));
    assert!(
        find_route("SGSIN", "JPYOK", &d)
            .unwrap()
            .uses(Passage::LuzonStrait)
    );
    // Corinth Canal (AEDIK Regulations of Navigation, Art. 2): 13 m beam and 6 m draught fit
    // (below 14 m beam the limit is 7.20 m); 17 m beam does not (the table stops at 16.50 m),
    // so Piraeus → Igoumenitsa goes round the Peloponnese instead.
    let small = ShipDimensions::new(m(120.0), m(13.0), m(6.0));
    let wide = ShipDimensions::new(m(120.0), m(17.0), m(6.0));
    let canal = find_route("GRPIR", "GRIGO", &d.clone().with_ship(small)).unwrap();
    assert!(canal.uses(Passage::Corinth));
    let round = find_route("GRPIR", "GRIGO", &d.with_ship(wide)).unwrap();
    assert!(!round.uses(Passage::Corinth));
    assert!(round.distance().nautical_miles() > canal.distance().nautical_miles() + 100.0);
    // 15 m beam: 6.80 m allowed (row 14.50–15.00 m), so 7.0 m draught breaks it.
    let deep = ShipDimensions::new(m(120.0), m(15.0), m(7.0));
    assert!(Passage::Corinth.breach(&deep).is_some());
    assert!(
        Passage::Corinth
            .breach(&ShipDimensions::new(m(120.0), m(15.0), m(6.8)))
            .is_none()
    );
}
