//! Documented API tests: sea-lane network routes against reference distances, passage
//! restrictions, ship-size limits, port-name resolution and the distance per emission control
//! area of Shanghai (Yangshan)–Los Angeles.
//!
//! References (see `docs/data-sources.md` § "Reference distances"), in two classes:
//!
//! * **independent** (they check the lane data as well as the code): the distance matrix of
//!   LINERLIB (Brouer, Alvarez, Plum, Pisinger, Sigurd, *A base integer programming model and
//!   benchmark suite for liner-shipping network design*, Transportation Science 48(2), 2014,
//!   281–312; `data/dist_dense.csv` of github.com/blof/LINERLIB, version 1.2, 2024), whose
//!   distances were generated from NIMA Pub. 151 *Distances Between Ports* (the benchmark
//!   states a 5 % error margin); the US Hydrographic Office's trans-Pacific table (San
//!   Francisco–Yokohama 4,536, San Francisco–Hong Kong 6,060, Honolulu–Yokohama 3,400,
//!   Honolulu–Hong Kong 4,917 nm), the Port of Rotterdam Authority (Singapore–Rotterdam
//!   8,288 nm via Suez, 11,755 nm via the Cape), PEMP (Shanghai–Rotterdam ~10,600 nm via
//!   Suez, ~13,800 nm via the Cape), a logged passage Busan–Seattle (4,616 nm) and NGA
//!   Pub. 151 as quoted secondarily (New York–Colombo via Gibraltar 8,604 nm);
//! * **same-data** (they check the implementation only): the project reference's `searoute`
//!   1.6.0 runs with WPI port positions and the `searoute` 1.6.0 Python package run on the
//!   same positions ("peer") — the same lane data as this crate, an independent
//!   implementation. They remain only where no independent figure was found: Ningbo–Long
//!   Beach and Shekou–Los Angeles (LINERLIB lists both ports but gives no distance for
//!   them; no other published figure was found), Yangshan–New York (LINERLIB's Newark rows
//!   are inconsistent: Newark–Rotterdam 6,839 nm, Newark–Houston 3,576 nm, about twice the
//!   real distances), Port Hedland–Yangshan (not in LINERLIB) and the Yangshan figures
//!   themselves (LINERLIB's and Pub. 151's "Shanghai" is the Huangpu city port, `CNSGH`).
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

/// LINERLIB (Brouer et al. 2014; distances from NIMA Pub. 151): `data/dist_dense.csv` of
/// github.com/blof/LINERLIB (not shipped; the figures are cited in the tables below).
const LINERLIB: &str = "LINERLIB (Pub. 151)";

fn check(a: &str, b: &str, reference: f64, basis: &str, options: &RouteOptions) -> f64 {
    let r = find_route(a, b, options).unwrap_or_else(|e| panic!("{a}-{b}: {e}"));
    let nm = r.distance().nautical_miles();
    within(&format!("{a}–{b} ({basis})"), nm, reference, 0.02);
    let (pa, pb) = (r.origin().unwrap().locode, r.destination().unwrap().locode);
    assert!(
        nm >= geodesic_nm(pa, pb),
        "{a}–{b} shorter than the geodesic"
    );
    nm
}

/// The six trans-Pacific services of issue 12, each within 2 % of its reference and not
/// shorter than the geodesic.
///
/// Independent (LINERLIB, from Pub. 151): Yantian–Oakland 6,054, Busan–Long Beach 5,234,
/// Yantian–Vancouver 5,755, Tokyo–Seattle 4,267 nm. **No independent figure exists** (in the
/// sources searched) for Ningbo–Long Beach and Shekou–Los Angeles: LINERLIB lists Ningbo
/// (`CNNGB`) and Shekou (`CNSHK`) in its ports file but has no distance for either, and no
/// published table, port-authority or corridor document giving them was found; those two
/// stay on the same-data peer figures (`searoute` 1.6.0, Python, WPI positions), which check
/// the implementation only. The peer figures of all six are asserted as well.
#[test]
fn transpacific_pairs_route_within_2_percent() {
    let d = RouteOptions::default();
    // (from, to, independent reference nm, peer nm)
    let cases = [
        ("Ningbo-Zhoushan", "Long Beach", None, 5_817.0),
        ("Yantian", "Oakland", Some(6_054.0), 6_092.0),
        ("Busan", "Long Beach", Some(5_234.0), 5_295.0),
        ("Shekou", "Los Angeles", None, 6_516.0),
        ("Yantian", "Vancouver", Some(5_755.0), 5_843.0),
        ("Tokyo", "Seattle", Some(4_267.0), 4_311.0),
    ];
    for (a, b, independent, peer) in cases {
        if let Some(reference) = independent {
            check(a, b, reference, LINERLIB, &d);
        }
        check(a, b, peer, "peer, same-data", &d);
        let r = find_route(a, b, &d).unwrap();
        // No Arctic passage and no canal on a trans-Pacific route.
        assert!(!r.uses(Passage::Panama) && !r.uses(Passage::NortheastPassage));
    }
}

/// Independent published distances, each within 2 %: LINERLIB (Pub. 151) across the
/// Pacific, the US Hydrographic Office's trans-Pacific table ("shortest practicable route",
/// quoted in J. Merry, *San Francisco and the Nicaragua Canal*), the Port of Rotterdam
/// Authority, PEMP, a logged passage and NGA Pub. 151 (as quoted secondarily). Pacific,
/// Indian Ocean, Red Sea, Mediterranean, North and South Atlantic.
///
/// LINERLIB's "Shanghai" (31.22 N 121.45 E) is the Huangpu city port, so its Shanghai
/// figures are compared with `CNSGH`, not with Yangshan.
#[test]
fn independent_references_within_2_percent() {
    let d = RouteOptions::default();
    let cases = [
        // LINERLIB (Pub. 151), trans-Pacific.
        ("CNSGH", "USLAX", 5_720.0, LINERLIB),
        ("CNSGH", "USOAK", 5_403.0, LINERLIB),
        ("CNSGH", "CAVAN", 5_099.0, LINERLIB),
        ("CNSGH", "USSEA", 5_082.0, LINERLIB),
        ("JPTYO", "USLAX", 4_861.0, LINERLIB),
        ("CNYTN", "USLAX", 6_378.0, LINERLIB),
        ("HKHKG", "USLAX", 6_373.0, LINERLIB),
        ("SGSIN", "USLAX", 7_714.0, LINERLIB),
        ("JPYOK", "USOAK", 4_541.0, LINERLIB),
        ("USHNL", "HKHKG", 4_857.0, LINERLIB),
        // US Hydrographic Office.
        ("USSFO", "JPYOK", 4_536.0, "US Hydrographic Office"),
        ("USSFO", "HKHKG", 6_060.0, "US Hydrographic Office"),
        ("USHNL", "HKHKG", 4_917.0, "US Hydrographic Office"),
        // Hawaii–Japan on the lane added north of Kauai and Nihoa (docs/data-sources.md,
        // "Sea-lane network"); without it the network gave 3,530 nm (+3.8 %).
        ("USHNL", "JPYOK", 3_400.0, "US Hydrographic Office"),
        ("USHNL", "JPYOK", 3_399.0, LINERLIB),
        ("USHNL", "JPTYO", 3_421.0, LINERLIB),
        // Logged, port authority, PEMP, Pub. 151 quoted.
        ("KRPUS", "USSEA", 4_616.0, "logged passage"),
        ("SGSIN", "NLRTM", 8_288.0, "Port of Rotterdam Authority"),
        ("SGSIN", "NLRTM", 8_314.0, LINERLIB),
        ("CNYSA", "NLRTM", 10_600.0, "PEMP (~)"),
        ("CNSGH", "NLRTM", 10_521.0, LINERLIB),
        ("USNYC", "LKCMB", 8_604.0, "NGA Pub. 151 via grokipedia"),
    ];
    for (a, b, reference, basis) in cases {
        check(a, b, reference, basis, &d);
    }
}

/// Independent references the network misses by more than 2 %, with the measured error and
/// why. Asserted (error between 2 % and the measured value + 1 point) so that a change in
/// either direction is noticed.
///
/// * Busan–Seattle: 4,702 nm against LINERLIB's 4,608 nm (+2.03 %); the logged 4,616 nm
///   (+1.86 %, asserted above) agrees with LINERLIB to 0.2 %. The network's North Pacific
///   lane runs 3.3 % over the 4,551-nm geodesic.
/// * Singapore–Colombo: 1,613 nm against LINERLIB's 1,575 nm (+2.41 %); geodesic 1,478 nm.
///   The network's path is the usual one (Malacca Strait, the Great Channel north of
///   Sumatra, round Dondra Head); where its 38 nm excess lies was not isolated.
/// * Melbourne–Singapore: 3,941 nm against LINERLIB's 3,844 nm (+2.52 %); geodesic
///   3,266 nm. The network's path: Bass Strait, Cape Leeuwin, the Sunda and Bangka
///   straits; the published route is not known, the cause not isolated.
/// * Auckland–Los Angeles: 5,804 nm against LINERLIB's 5,658 nm (+2.57 %); geodesic
///   5,645 nm, so the published route is 0.2 % over the geodesic and the network's 2.8 %:
///   the network leaves Auckland northward along the Northland coast to 34.0 S 174.0 E
///   before turning north-east, where the great circle heads north-east out of the Hauraki
///   Gulf.
#[test]
fn known_misses() {
    let d = RouteOptions::default();
    let cases = [
        ("KRPUS", "USSEA", 4_608.0, 2.03, LINERLIB),
        ("SGSIN", "LKCMB", 1_575.0, 2.41, LINERLIB),
        ("AUMEL", "SGSIN", 3_844.0, 2.52, LINERLIB),
        ("NZAKL", "USLAX", 5_658.0, 2.57, LINERLIB),
    ];
    for (a, b, reference, measured_pct, basis) in cases {
        let nm = route_nm(a, b, &d);
        let pct = (nm - reference) / reference * 100.0;
        assert!(
            (2.0..measured_pct + 1.0).contains(&pct),
            "{a}–{b} ({basis}): {nm:.0} nm vs {reference:.0} nm: {pct:.2} % (documented {measured_pct} %)"
        );
    }
}

/// Pairs across every ocean. Independent: the published figures for the Suez and Cape
/// routes and LINERLIB (Pub. 151) for the Atlantic, the Gulf of Mexico, the Tasman/Coral Sea,
/// the Arabian Sea, the Red Sea and the Mediterranean, the South Indian Ocean and the South
/// Pacific. Then the same-data pairs for which no independent figure was found (see the
/// module comment).
#[test]
fn pairs_across_every_ocean_within_2_percent() {
    let d = RouteOptions::default();
    let suez_free = RouteOptions::avoiding(&[Passage::Suez]);
    // Shanghai avoiding Suez goes via Panama (shorter than the Cape): the Cape references
    // avoid both.
    let cape = RouteOptions::avoiding(&[Passage::Suez, Passage::Panama]);
    // Published (Port of Rotterdam Authority; PEMP; LINERLIB).
    check(
        "SGSIN",
        "NLRTM",
        11_755.0,
        "Port of Rotterdam Authority, Cape",
        &suez_free,
    );
    check("SGSIN", "NLRTM", 11_760.0, "LINERLIB, Cape", &suez_free);
    check("Shanghai", "NLRTM", 13_800.0, "PEMP (~), Cape", &cape);
    check("CNSGH", "NLRTM", 13_800.0, "LINERLIB, Cape", &cape);
    let independent = [
        ("BRSSZ", "NLRTM", 5_424.0), // South and North Atlantic
        ("USHOU", "BEANR", 5_014.0), // Gulf of Mexico – North Atlantic
        ("AUMEL", "CNSGH", 5_105.0), // Tasman/Coral Sea – western Pacific
        ("LKCMB", "AEJEA", 1_955.0), // Arabian Sea, Hormuz
        ("SGSIN", "GRPIR", 5_605.0), // Indian Ocean – Red Sea – Mediterranean
        ("AEJEA", "NLRTM", 6_300.0), // Gulf – Red Sea – Mediterranean – North Sea
        ("ZADUR", "SGSIN", 4_868.0), // South Indian Ocean
        ("AUSYD", "USLAX", 6_511.0), // South Pacific
    ];
    for (a, b, reference) in independent {
        check(a, b, reference, LINERLIB, &d);
    }
    // Same-data (the reference network, docs/data-sources.md "Sea distances — published
    // and network figures"): no independent figure found.
    let same_data = [
        ("AUMEL", "CNYSA", 5_166.0), // Yangshan (LINERLIB has the Huangpu port only)
        ("CNYSA", "USNYC", 10_665.0), // Pacific – Panama – Caribbean (LINERLIB's Newark rows inconsistent)
        ("AUPHE", "CNYSA", 3_208.0),  // Indonesian archipelago (not in LINERLIB)
    ];
    for (a, b, reference) in same_data {
        check(a, b, reference, "§3.2, same-data", &d);
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

/// A line between two (lat, lon) points.
type Line = ((f64, f64), (f64, f64));

/// Suez route through the Mediterranean: inside the Med ECA from 1 May 2025, not in 2024;
/// Port Said → Gibraltar is ≈1,900–2,000 nm.
///
/// Hand check against MEPC.361(79) Appendix VII §4: the route enters the ECA where it leaves
/// the Suez exclusion area — across its northern side, points 1 (31°29′.00N 32°16′.00E) – 2
/// (31°29′.00N 32°28′.48E), or its western side, points 4 (31°14′.00N 32°16′.00E) – 1 (the
/// network's canal lane, 31.336 N 32.36 E → 31.7 N 32.1 E, crosses the western side at
/// ≈31.47 N) — and leaves it across the line Cape Spartel (35°48′.00N 5°55′.00W) – Cape
/// Trafalgar (36°11′.00N 6°02′.00W); the distance inside is the route's length between the
/// two crossings (within the 1-nm sampling; allow 1.5 nm).
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
    let dm = |d: f64, m: f64| d + m / 60.0;
    let (p1, p2) = (
        (dm(31.0, 29.0), dm(32.0, 16.0)),
        (dm(31.0, 29.0), dm(32.0, 28.48)),
    );
    let p4 = (dm(31.0, 14.0), dm(32.0, 16.0));
    let (spartel, trafalgar) = (
        (dm(35.0, 48.0), -dm(5.0, 55.0)),
        (dm(36.0, 11.0), -dm(6.0, 2.0)),
    );
    let p = r.positions();
    let cross = |sides: &[Line]| {
        (0..p.len() - 1)
            .find_map(|i| {
                let (a, b) = ((p[i].lat(), p[i].lon()), (p[i + 1].lat(), p[i + 1].lon()));
                sides
                    .iter()
                    .find_map(|&(c, d)| crossing(a, b, c, d))
                    .map(|f| along(&r, i, f))
            })
            .expect("the route crosses the line")
    };
    let expected = cross(&[(spartel, trafalgar)]) - cross(&[(p1, p2), (p4, p1)]);
    assert!(
        (after - expected).abs() <= 1.5,
        "{after:.1} vs {expected:.1}"
    );
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
