//! Emission control areas (ECAs): polygons, the dates their 0.10 % sulphur limit applies, and
//! the distance a leg or route sails inside each.
//!
//! ## Distance inside an area
//!
//! A leg is cut into `n = ⌈s / Δ⌉` equal pieces no longer than the sampling spacing `Δ`
//! (default [`DEFAULT_SPACING_NM`] = 1 nm). The midpoint of each piece is found on the WGS84
//! geodesic (direct problem) and tested against the area's polygons (`geo`'s point-in-polygon
//! test in lat/lon); the inside distance is the summed length of the pieces whose
//! midpoint is inside:
//!
//! `d_inside = Σ_k (s / n) · 1[midpoint_k ∈ area]`
//!
//! **Accuracy:** each boundary crossing misattributes at most half a piece (≤ Δ/2), so the
//! result is within `c · Δ / 2` of the exact value for `c` crossings (≤ 1 nm for a leg that
//! enters and leaves once at Δ = 1 nm). The polygons' own approximations (straight lat/lon
//! edges instead of geodesic ones: a few nm; the coarse Atlantic/Gulf, Hawaii and Caribbean
//! polygons: tens of nm) dominate; see each area's `approximation`.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::route::eca_data;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::route::{Date, Position, Route, geodesy};
use crate::units::{Length, nautical_miles};
use geo::{BoundingRect, Contains, Coord, LineString, Point, Polygon, Rect};

/// Default sampling spacing along a leg, in nautical miles.
pub const DEFAULT_SPACING_NM: f64 = 1.0;

/// The emission control areas this crate knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EcaId {
    /// North American ECA (Pacific, Atlantic/Gulf, main Hawaiian Islands).
    NorthAmerican,
    /// United States Caribbean Sea ECA (Puerto Rico, US Virgin Islands).
    UsCaribbean,
    /// North Sea (incl. English Channel east of 5 W and the Skagerrak).
    NorthSea,
    /// Baltic Sea (incl. the Kattegat).
    Baltic,
    /// Mediterranean Sea SOx ECA.
    Mediterranean,
}

/// One emission control area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EmissionControlArea {
    /// Identifier.
    pub id: EcaId,
    /// Name.
    pub name: &'static str,
    /// Pollutants controlled.
    pub pollutants: &'static str,
    /// First day on which the 0.10 % m/m sulphur limit (or, before 2015, the then ECA limit)
    /// applies in the area; before it the area is not an ECA for this crate.
    pub sulphur_limit_from: Date,
    /// Instrument and source for the area and date.
    pub source: &'static str,
    /// How the polygons approximate the legal boundary.
    pub approximation: &'static str,
    /// Polygons as rings of (lat, lon) degrees.
    #[serde(skip)]
    pub polygons: &'static [&'static [(f64, f64)]],
}

static NORTH_AMERICAN: EmissionControlArea = EmissionControlArea {
    id: EcaId::NorthAmerican,
    name: "North American ECA",
    pollutants: "SOx, PM, NOx",
    sulphur_limit_from: Date::from_table(2012, 8, 1),
    source: "MEPC.190(60), 26 Mar 2010; in force 1 Aug 2011, enforced from 1 Aug 2012 \
        (1.00 %), 0.10 % from 1 Jan 2015 (docs/data-sources.md, “MARPOL Annex VI — sulphur limits and ECAs”); Pacific boundary points \
        MARPOL Annex VI Appendix VII (docs/data-sources.md, “MARPOL Annex VI — sulphur limits and ECAs”)",
    approximation: "Pacific: the 47 Appendix VII points joined by straight lat/lon edges \
        (few nm); Atlantic/Gulf and Hawaii: hand-drawn ≈200 nm offsets, errors up to ≈50 nm",
    polygons: &[
        eca_data::NORTH_AMERICAN_PACIFIC,
        eca_data::NORTH_AMERICAN_ATLANTIC_APPROX,
        eca_data::NORTH_AMERICAN_HAWAII_APPROX,
    ],
};

static US_CARIBBEAN: EmissionControlArea = EmissionControlArea {
    id: EcaId::UsCaribbean,
    name: "United States Caribbean Sea ECA",
    pollutants: "SOx, NOx",
    sulphur_limit_from: Date::from_table(2014, 1, 1),
    source: "MARPOL Annex VI amendments of Jul 2011 (MEPC.202(62)); effective 1 Jan 2014 \
        (docs/data-sources.md, “MARPOL Annex VI — sulphur limits and ECAs”)",
    approximation: "US EEZ around Puerto Rico and the US Virgin Islands, hand-drawn; \
        errors up to ≈40 nm",
    polygons: &[eca_data::US_CARIBBEAN_APPROX],
};

static NORTH_SEA: EmissionControlArea = EmissionControlArea {
    id: EcaId::NorthSea,
    name: "North Sea SECA",
    pollutants: "SOx (NOx from 1 Jan 2021)",
    sulphur_limit_from: Date::from_table(2007, 11, 22),
    source: "MARPOL Annex VI Reg. 14.3 with the North Sea area of Annex V; SECA in force \
        22 Nov 2007 (docs/data-sources.md, “MARPOL Annex VI — sulphur limits and ECAs”)",
    approximation: "seaward limits exact (62 N, 4 W, 5 W, 48°30′N, the Skaw parallel); \
        landward closure over land",
    polygons: &[eca_data::NORTH_SEA],
};

static BALTIC: EmissionControlArea = EmissionControlArea {
    id: EcaId::Baltic,
    name: "Baltic Sea SECA",
    pollutants: "SOx (NOx from 1 Jan 2021)",
    sulphur_limit_from: Date::from_table(2006, 5, 19),
    source: "MARPOL Annex VI Reg. 14.3 with the Baltic Sea area of Annex I Reg. 1.11.2; \
        SECA in force 19 May 2006 (docs/data-sources.md, “MARPOL Annex VI — sulphur limits and ECAs”)",
    approximation: "western limit exact (the Skaw parallel 57°44.8′N); landward closure over land",
    polygons: &[eca_data::BALTIC],
};

static MEDITERRANEAN: EmissionControlArea = EmissionControlArea {
    id: EcaId::Mediterranean,
    name: "Mediterranean Sea SOx ECA",
    pollutants: "SOx, PM",
    sulphur_limit_from: Date::from_table(2025, 5, 1),
    source: "MEPC.361(79); 0.10 % from 1 May 2025 (docs/data-sources.md, “MARPOL Annex VI — sulphur limits and ECAs”)",
    approximation: "boundary lines (Trafalgar–Spartel, Dardanelles, Suez northern entrance) \
        at chart positions of the capes; landward closure over land",
    polygons: &[eca_data::MEDITERRANEAN],
};

static AREAS: [&EmissionControlArea; 5] = [
    &NORTH_AMERICAN,
    &US_CARIBBEAN,
    &NORTH_SEA,
    &BALTIC,
    &MEDITERRANEAN,
];

/// Every emission control area, in a fixed order.
pub fn areas() -> &'static [&'static EmissionControlArea] {
    &AREAS
}

/// The area with identifier `id`.
pub fn area(id: EcaId) -> &'static EmissionControlArea {
    match id {
        EcaId::NorthAmerican => &NORTH_AMERICAN,
        EcaId::UsCaribbean => &US_CARIBBEAN,
        EcaId::NorthSea => &NORTH_SEA,
        EcaId::Baltic => &BALTIC,
        EcaId::Mediterranean => &MEDITERRANEAN,
    }
}

impl EmissionControlArea {
    /// Whether the area's sulphur limit applies on `date`.
    pub fn in_force(&self, date: Date) -> bool {
        date >= self.sulphur_limit_from
    }

    /// Whether `p` lies inside the area's polygons (ignoring dates); `geo`'s
    /// point-in-polygon test (`Contains`, boundary excluded) after a bounding-box check.
    pub fn covers(&self, p: Position) -> bool {
        let pt = Point::new(p.lon(), p.lat());
        geo_polygons(self.id).iter().any(|(bbox, poly)| {
            let (lo, hi) = (bbox.min(), bbox.max());
            p.lon() >= lo.x
                && p.lon() <= hi.x
                && p.lat() >= lo.y
                && p.lat() <= hi.y
                && poly.contains(&pt)
        })
    }

    /// Whether `p` is inside the area *and* the area is in force on `date`.
    ///
    /// ```
    /// use green_corridor::route::{eca, Date, Position};
    /// let med = eca::area(eca::EcaId::Mediterranean);
    /// let off_malta = Position::new(35.5, 15.0)?;
    /// assert!(!med.contains(off_malta, Date::new(2024, 6, 1)?));
    /// assert!(med.contains(off_malta, Date::new(2025, 5, 1)?));
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn contains(&self, p: Position, date: Date) -> bool {
        self.in_force(date) && self.covers(p)
    }
}

/// A polygon with its bounding box.
type BoxedPolygon = (Rect<f64>, Polygon<f64>);

/// The areas' rings as `geo` polygons (x = longitude, y = latitude) with their bounding
/// boxes, built once.
fn geo_polygons(id: EcaId) -> &'static [BoxedPolygon] {
    static CACHE: OnceLock<HashMap<EcaId, Vec<BoxedPolygon>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| {
        AREAS
            .iter()
            .map(|a| {
                let polys = a
                    .polygons
                    .iter()
                    .filter_map(|ring| {
                        let ls: LineString<f64> = ring
                            .iter()
                            .map(|&(lat, lon)| Coord { x: lon, y: lat })
                            .collect();
                        let poly = Polygon::new(ls, vec![]);
                        poly.bounding_rect().map(|b| (b, poly))
                    })
                    .collect();
                (a.id, polys)
            })
            .collect()
    });
    cache.get(&id).map(Vec::as_slice).unwrap_or(&[])
}

/// Distance sailed inside one area on one leg.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AreaDistance {
    /// The area.
    pub area: EcaId,
    /// Distance inside it (serialised in nm as `inside_nm`).
    #[serde(rename = "inside_nm", serialize_with = "ser_nm")]
    pub inside: Length,
}

fn ser_nm<S: serde::Serializer>(l: &Length, s: S) -> std::result::Result<S::Ok, S::Error> {
    use crate::units::LengthExt;
    s.serialize_f64(l.nautical_miles())
}

/// Distances inside ECAs for one leg of a route.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LegEca {
    /// Index of the leg in [`Route::legs`].
    pub leg: usize,
    /// The leg's length (serialised in nm as `distance_nm`).
    #[serde(rename = "distance_nm", serialize_with = "ser_nm")]
    pub distance: Length,
    /// One entry per area in force on the date with a non-zero inside distance.
    pub inside: Vec<AreaDistance>,
}

/// Fine pieces per coarse knot: the geodesic (WGS84 direct problem) is solved every
/// `KNOT_PIECES` pieces, and the piece midpoints between two knots are interpolated linearly in
/// latitude and longitude. Over a knot interval of at most 64 × the spacing (64 nm at the
/// default 1 nm) the geodesic departs from the interpolated chord by at most L²/(8R)·tan φ
/// ≈ 0.15 nm at 45° and L = 64 nm, well inside the ECA polygons' own accuracy.
const KNOT_PIECES: usize = 64;

/// Margin around a polygon's bounding box, degrees, when deciding whether a knot interval can
/// touch it (an interval's chord is within a fraction of a nautical mile of its geodesic, and
/// the margin is tens of miles).
const BOX_MARGIN_DEG: f64 = 0.5;

/// Metres inside each area in force on `date`, for the geodesic from `a` to `b`: pieces of at
/// most `step_m`, each counted inside an area when its midpoint is; midpoints come from
/// geodesic knots every [`KNOT_PIECES`] pieces, and knot intervals whose bounding box (plus
/// [`BOX_MARGIN_DEG`]) meets no polygon's are skipped.
fn leg_inside_m(a: Position, b: Position, date: Date, step_m: f64) -> (f64, Vec<(EcaId, f64)>) {
    let (azi, len) = geodesy::azimuth_and_length(a, b);
    let active: Vec<&EmissionControlArea> =
        AREAS.iter().copied().filter(|e| e.in_force(date)).collect();
    let mut inside = vec![0.0_f64; active.len()];
    if !active.is_empty() && len > 0.0 {
        let n = geodesy::pieces(len, step_m);
        let piece = len / n as f64;
        let mut k0 = 0;
        let mut p0 = a;
        while k0 < n {
            let k1 = (k0 + KNOT_PIECES).min(n);
            let p1 = if k1 == n {
                b
            } else {
                geodesy::travel(a, azi, piece * k1 as f64)
            };
            // Longitudes of the interval unwrapped across the antimeridian.
            let mut dlon = p1.lon() - p0.lon();
            if dlon > 180.0 {
                dlon -= 360.0;
            } else if dlon < -180.0 {
                dlon += 360.0;
            }
            let (lat_lo, lat_hi) = (p0.lat().min(p1.lat()), p0.lat().max(p1.lat()));
            let lon_span = [p0.lon(), p0.lon() + dlon];
            let near = |e: &EmissionControlArea| {
                geo_polygons(e.id).iter().any(|(bbox, _)| {
                    let (lo, hi) = (bbox.min(), bbox.max());
                    let lat_ok = lat_hi + BOX_MARGIN_DEG >= lo.y && lat_lo - BOX_MARGIN_DEG <= hi.y;
                    let lon_ok = [-360.0, 0.0, 360.0].iter().any(|shift| {
                        let (l0, l1) = (
                            lon_span[0].min(lon_span[1]) + shift,
                            lon_span[0].max(lon_span[1]) + shift,
                        );
                        l1 + BOX_MARGIN_DEG >= lo.x && l0 - BOX_MARGIN_DEG <= hi.x
                    });
                    lat_ok && lon_ok
                })
            };
            let candidates: Vec<usize> = active
                .iter()
                .enumerate()
                .filter(|(_, e)| near(e))
                .map(|(i, _)| i)
                .collect();
            if !candidates.is_empty() {
                let span = (k1 - k0) as f64;
                for k in k0..k1 {
                    let t = (k - k0) as f64 + 0.5;
                    let f = t / span;
                    let mid = Position::from_table(
                        p0.lat() + (p1.lat() - p0.lat()) * f,
                        geodesy::normalise_lon(p0.lon() + dlon * f),
                    );
                    for &i in &candidates {
                        if let (Some(e), Some(slot)) = (active.get(i), inside.get_mut(i)) {
                            if e.covers(mid) {
                                *slot += piece;
                            }
                        }
                    }
                }
            }
            k0 = k1;
            p0 = p1;
        }
    }
    let out = active
        .iter()
        .zip(inside)
        .filter(|(_, m)| *m > 0.0)
        .map(|(e, m)| (e.id, m))
        .collect();
    (len, out)
}

/// Distance inside each ECA in force on `date`, leg by leg, sampling every `spacing` along
/// the geodesic (see the module docs for the accuracy).
///
/// Errors: `spacing` not finite or below [`geodesy::MIN_SPACING_NM`] (`geodesy.spacing`).
///
/// ```
/// use green_corridor::route::{eca, find_route, Date, RouteOptions};
/// use green_corridor::units::{nautical_miles, LengthExt};
/// let r = find_route("CNYSA", "USLAX", &RouteOptions::default())?;
/// let legs = eca::route_eca_distances(&r, Date::new(2025, 6, 1)?, nautical_miles(1.0))?;
/// let na = eca::total_inside(&legs, eca::EcaId::NorthAmerican);
/// assert!(na.nautical_miles() > 300.0 && na.nautical_miles() < 710.0);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn route_eca_distances(route: &Route, date: Date, spacing: Length) -> Result<Vec<LegEca>> {
    let step = geodesy::positive_spacing_m(spacing)?;
    let nm = |m: f64| nautical_miles(m / geodesy::METRES_PER_NAUTICAL_MILE);
    Ok(route
        .positions()
        .windows(2)
        .enumerate()
        .filter_map(|(i, p)| match p {
            [a, b] => Some((i, *a, *b)),
            _ => None,
        })
        .map(|(i, a, b)| {
            let (len, inside) = leg_inside_m(a, b, date, step);
            LegEca {
                leg: i,
                distance: nm(len),
                inside: inside
                    .into_iter()
                    .map(|(area, m)| AreaDistance {
                        area,
                        inside: nm(m),
                    })
                    .collect(),
            }
        })
        .collect())
}

/// Distance inside ECAs for a single leg from `a` to `b`.
pub fn leg_eca_distances(
    a: Position,
    b: Position,
    date: Date,
    spacing: Length,
) -> Result<Vec<AreaDistance>> {
    let step = geodesy::positive_spacing_m(spacing)?;
    let (_, inside) = leg_inside_m(a, b, date, step);
    Ok(inside
        .into_iter()
        .map(|(area, m)| AreaDistance {
            area,
            inside: nautical_miles(m / geodesy::METRES_PER_NAUTICAL_MILE),
        })
        .collect())
}

/// Sum of the distance inside `area` over all legs.
pub fn total_inside(legs: &[LegEca], area: EcaId) -> Length {
    let nm: f64 = legs
        .iter()
        .flat_map(|l| l.inside.iter())
        .filter(|d| d.area == area)
        .map(|d| {
            use crate::units::LengthExt;
            d.inside.nautical_miles()
        })
        .sum();
    nautical_miles(nm)
}

impl std::str::FromStr for EcaId {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let k = s.trim().to_lowercase().replace(['-', ' '], "_");
        let all = [
            ("north_american", EcaId::NorthAmerican),
            ("us_caribbean", EcaId::UsCaribbean),
            ("north_sea", EcaId::NorthSea),
            ("baltic", EcaId::Baltic),
            ("mediterranean", EcaId::Mediterranean),
        ];
        all.iter()
            .find(|(n, _)| *n == k)
            .map(|(_, id)| *id)
            .ok_or_else(|| Error::UnknownName {
                kind: "emission control area",
                name: s.to_string(),
                valid: all.map(|(n, _)| n).join(", "),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::LengthExt;

    fn p(lat: f64, lon: f64) -> Position {
        Position::new(lat, lon).unwrap()
    }
    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn table_is_complete_and_valid() {
        for id in [
            EcaId::NorthAmerican,
            EcaId::UsCaribbean,
            EcaId::NorthSea,
            EcaId::Baltic,
            EcaId::Mediterranean,
        ] {
            let a = area(id);
            assert_eq!(a.id, id);
            let dt = a.sulphur_limit_from;
            assert!(Date::new(dt.year(), dt.month(), dt.day()).is_ok());
            for ring in a.polygons {
                assert!(ring.len() >= 3);
                for (i, &(lat, lon)) in ring.iter().enumerate() {
                    Position::validated(&format!("{id:?}[{i}]"), lat, lon).unwrap();
                }
            }
        }
    }

    #[test]
    fn known_points_inside_and_outside() {
        let now = d(2025, 6, 1);
        let na = area(EcaId::NorthAmerican);
        // 100 nm off San Francisco: inside; 400 nm off: outside; Aleutians (Adak): outside.
        assert!(na.contains(p(37.5, -124.5), now));
        assert!(!na.contains(p(37.5, -130.5), now));
        assert!(!na.contains(p(51.9, -176.6), now));
        // Hawaii (approximate polygon): off Honolulu inside.
        assert!(na.contains(p(21.0, -158.5), now));
        // Off New York (approximate polygon) inside; mid-Atlantic outside.
        assert!(na.contains(p(40.0, -72.0), now));
        assert!(!na.contains(p(40.0, -50.0), now));
        let ns = area(EcaId::NorthSea);
        assert!(ns.contains(p(51.0, 1.45), now)); // Dover Strait
        assert!(ns.contains(p(52.0, 3.95), now)); // Maas approach
        assert!(!ns.contains(p(48.6, -5.7), now)); // west of 5 W
        assert!(!ns.contains(p(53.5, -5.0), now)); // Irish Sea
        let baltic = area(EcaId::Baltic);
        assert!(baltic.contains(p(57.0, 11.5), now)); // Kattegat
        assert!(baltic.contains(p(55.0, 15.0), now)); // Bornholm
        assert!(!baltic.contains(p(57.0, 11.5), d(2005, 1, 1)));
        assert!(!ns.contains(p(57.0, 11.5), now));
        let med = area(EcaId::Mediterranean);
        assert!(med.contains(p(35.955, -5.55), now)); // Strait of Gibraltar
        assert!(!med.contains(p(35.95, -6.2), now)); // west of Trafalgar–Spartel
        assert!(med.contains(p(34.0, 25.0), now)); // south of Crete
        assert!(!med.contains(p(41.5, 29.0), now)); // Black Sea
        assert!(!med.contains(p(28.5, 33.15), now)); // Gulf of Suez
        let car = area(EcaId::UsCaribbean);
        assert!(car.contains(p(18.6, -66.1), now)); // off San Juan
    }

    #[test]
    fn mediterranean_before_and_after_1_may_2025() {
        // A leg from off Malta to the Strait of Sicily: in 2024 it is in no ECA.
        let a = p(35.5, 15.0);
        let b = p(37.3, 12.0);
        let before = leg_eca_distances(a, b, d(2025, 4, 30), nautical_miles(1.0)).unwrap();
        assert!(before.is_empty());
        let after = leg_eca_distances(a, b, d(2025, 5, 1), nautical_miles(1.0)).unwrap();
        assert_eq!(after.len(), 1);
        assert_eq!(after[0].area, EcaId::Mediterranean);
        let leg = geodesy::distance(a, b).nautical_miles();
        assert!((after[0].inside.nautical_miles() - leg).abs() < 1e-6);
    }

    #[test]
    fn inside_distance_is_bounded_by_leg_and_converges() {
        // A leg crossing the Pacific ECA boundary once (from outside to the coast off Oregon).
        let a = p(44.0, -135.0);
        let b = p(44.0, -124.5);
        let leg = geodesy::distance(a, b).nautical_miles();
        let fine = leg_eca_distances(a, b, d(2025, 1, 1), nautical_miles(0.25)).unwrap();
        let coarse = leg_eca_distances(a, b, d(2025, 1, 1), nautical_miles(1.0)).unwrap();
        let f = fine[0].inside.nautical_miles();
        let c = coarse[0].inside.nautical_miles();
        assert!(f > 0.0 && f < leg);
        // One crossing: results at 1 nm and 0.25 nm agree within half a 1-nm piece.
        assert!((f - c).abs() <= 0.5 + 0.125, "{f} vs {c}");
        // Hand check: boundary near 128.7 W at 44 N (between points 26 and 27): the inside
        // part is ≈ (128.7 − 124.5) × 60 × cos 44° ≈ 181 nm.
        assert!((f - 181.0).abs() < 5.0, "{f}");
        assert!(leg_eca_distances(a, b, d(2025, 1, 1), nautical_miles(-1.0)).is_err());
    }

    #[test]
    fn parse_ids() {
        assert_eq!("north sea".parse::<EcaId>().unwrap(), EcaId::NorthSea);
        assert!("arctic".parse::<EcaId>().is_err());
    }
}
