//! Emission control areas (ECAs) and national sulphur zones: polygons, the dates and sulphur
//! limits that apply in them, and the distance a leg or route sails inside each.
//!
//! Two kinds of area ([`AreaKind`]):
//!
//! * **MARPOL ECAs** ([`areas`]): the Baltic and North Sea SECAs, the North American ECA
//!   (Pacific, Atlantic/Gulf, Hawaii), the United States Caribbean Sea ECA and the
//!   Mediterranean SOx ECA. They do not overlap; their sum is "the ECA distance" a voyage
//!   switches fuel on.
//! * **National zones** ([`national_areas`]): California's Regulated California Waters
//!   (24 nm, CARB Ocean-Going Vessel Fuel Rule) and China's domestic emission control area
//!   (coastal 12 nm, and Hainan). They are reported separately and never change the MARPOL
//!   figure; the California zone lies inside the North American ECA.
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
//! enters and leaves once at Δ = 1 nm). The MARPOL Annex VI Appendix VII boundaries are the
//! regulation's points joined by geodesics, densified every ≤ 10 nm so that the lat/lon
//! polygon departs from the geodesic by < 0.1 nm; the distance zones (California, China) are
//! buffers of the Natural Earth 1:50m coast, within ≈1–2 nm of a buffer of the legal
//! baseline where the baseline follows the low-water line, and further off where straight
//! baselines or closing lines apply (see each area's `approximation`).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::route::{eca_data, eca_polygons};
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::route::{Date, Position, Route, geodesy};
use crate::units::{Length, nautical_miles};
use geo::{BoundingRect, Coord, Intersects, LineString, Point, Polygon, Rect};

/// Default sampling spacing along a leg, in nautical miles.
pub const DEFAULT_SPACING_NM: f64 = 1.0;

/// The areas this crate knows.
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
    /// California: Regulated California Waters of the CARB Ocean-Going Vessel Fuel Rule
    /// (national zone, inside the North American ECA).
    California,
    /// China's domestic emission control area, coastal control area without Hainan
    /// (national zone).
    ChinaCoastal,
    /// China's domestic emission control area, Hainan waters (national zone).
    ChinaHainan,
}

/// Whether an area is a MARPOL Annex VI emission control area or a national zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaKind {
    /// Designated under MARPOL Annex VI Reg. 13/14; counts towards the ECA distance.
    MarpolEca,
    /// A national rule (state or national law); reported separately, never added to the
    /// MARPOL ECA distance.
    National,
}

/// One step of an area's sulphur limit: from `from` on, fuel used in the area must not
/// exceed `max_sulphur_pct` % m/m.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SulphurStep {
    /// First day of the step.
    pub from: Date,
    /// Maximum sulphur content of fuel oil used in the area, % m/m.
    pub max_sulphur_pct: f64,
}

const fn step(y: i32, m: u8, d: u8, pct: f64) -> SulphurStep {
    SulphurStep {
        from: Date::from_table(y, m, d),
        max_sulphur_pct: pct,
    }
}

/// Sulphur limits of the SOx ECAs designated before 2015, MARPOL Annex VI Reg. 14.4
/// (1.50 % before 1 July 2010, 1.00 % from then, 0.10 % from 1 January 2015).
const SECA_STEPS_AFTER_2010: [SulphurStep; 2] = [step(2010, 7, 1, 1.00), step(2015, 1, 1, 0.10)];

/// One area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EmissionControlArea {
    /// Identifier.
    pub id: EcaId,
    /// MARPOL ECA or national zone.
    pub kind: AreaKind,
    /// Name.
    pub name: &'static str,
    /// Pollutants controlled.
    pub pollutants: &'static str,
    /// First day on which the area's sulphur limit applies; before it the area is not in
    /// force for this crate.
    pub sulphur_limit_from: Date,
    /// The sulphur limits in force, in date order (the first step starts on
    /// `sulphur_limit_from`).
    pub sulphur_limits: &'static [SulphurStep],
    /// Instrument and source for the area, its boundary and its dates.
    pub source: &'static str,
    /// How the polygons approximate the legal boundary.
    pub approximation: &'static str,
    /// For a national zone that lies wholly inside a MARPOL ECA with the same or a stricter
    /// limit (California inside the North American ECA): that ECA. Such a zone never adds
    /// fuel-switching distance of its own.
    pub inside_of: Option<EcaId>,
    /// Polygons as rings of (lat, lon) degrees, each a simple polygon without holes.
    #[serde(skip)]
    pub polygons: &'static [&'static [(f64, f64)]],
}

static NA_STEPS: [SulphurStep; 2] = [step(2012, 8, 1, 1.00), step(2015, 1, 1, 0.10)];

static NORTH_AMERICAN: EmissionControlArea = EmissionControlArea {
    id: EcaId::NorthAmerican,
    kind: AreaKind::MarpolEca,
    name: "North American ECA",
    pollutants: "SOx, PM, NOx",
    sulphur_limit_from: Date::from_table(2012, 8, 1),
    sulphur_limits: &NA_STEPS,
    source: "MEPC.190(60), 26 Mar 2010; in force 1 Aug 2011, enforced from 1 Aug 2012 \
        (1.00 %), 0.10 % from 1 Jan 2015; boundary: the points of MARPOL Annex VI Appendix VII \
        §2 (Pacific 47, Atlantic/Gulf 206, Hawaii 45), read in the French transposition \
        (arrêté du 23 novembre 1987, annexe 213-6.A.7) (docs/data-sources.md, “Emission \
        control area polygons”)",
    approximation: "Appendix VII points exact, joined by WGS84 geodesics densified every \
        ≤ 10 nm (< 0.1 nm from the geodesic); the coast-side closures of the Pacific and \
        Atlantic parts run over land",
    inside_of: None,
    polygons: eca_polygons::NORTH_AMERICAN,
};

static CARIBBEAN_STEPS: [SulphurStep; 2] = [step(2014, 1, 1, 1.00), step(2015, 1, 1, 0.10)];

static US_CARIBBEAN: EmissionControlArea = EmissionControlArea {
    id: EcaId::UsCaribbean,
    kind: AreaKind::MarpolEca,
    name: "United States Caribbean Sea ECA",
    pollutants: "SOx, PM, NOx",
    sulphur_limit_from: Date::from_table(2014, 1, 1),
    sulphur_limits: &CARIBBEAN_STEPS,
    source: "MEPC.202(62), Jul 2011; effective 1 Jan 2014, 0.10 % from 1 Jan 2015; boundary: \
        the 55 points of MARPOL Annex VI Appendix VII §3, read in the French transposition \
        (arrêté du 23 novembre 1987, annexe 213-6.A.7) (docs/data-sources.md, “Emission \
        control area polygons”)",
    approximation: "Appendix VII points exact (a closed ring), joined by WGS84 geodesics \
        densified every ≤ 10 nm",
    inside_of: None,
    polygons: eca_polygons::US_CARIBBEAN,
};

static NORTH_SEA_STEPS: [SulphurStep; 3] = [
    step(2007, 11, 22, 1.50),
    SECA_STEPS_AFTER_2010[0],
    SECA_STEPS_AFTER_2010[1],
];

static NORTH_SEA: EmissionControlArea = EmissionControlArea {
    id: EcaId::NorthSea,
    kind: AreaKind::MarpolEca,
    name: "North Sea SECA",
    pollutants: "SOx (NOx from 1 Jan 2021)",
    sulphur_limit_from: Date::from_table(2007, 11, 22),
    sulphur_limits: &NORTH_SEA_STEPS,
    source: "MARPOL Annex VI Reg. 14.3.2 with the North Sea area of Annex V Reg. 1.14.6; SECA \
        in force 22 Nov 2007 (docs/data-sources.md, “MARPOL Annex VI — sulphur limits and ECAs”)",
    approximation: "seaward limits exact to the text (62 N, 4 W, 5 W, 48°30′N, the Skaw \
        parallel 57°44.8′N); landward closure over land",
    inside_of: None,
    polygons: &[eca_data::NORTH_SEA],
};

static BALTIC_STEPS: [SulphurStep; 3] = [
    step(2006, 5, 19, 1.50),
    SECA_STEPS_AFTER_2010[0],
    SECA_STEPS_AFTER_2010[1],
];

static BALTIC: EmissionControlArea = EmissionControlArea {
    id: EcaId::Baltic,
    kind: AreaKind::MarpolEca,
    name: "Baltic Sea SECA",
    pollutants: "SOx (NOx from 1 Jan 2021)",
    sulphur_limit_from: Date::from_table(2006, 5, 19),
    sulphur_limits: &BALTIC_STEPS,
    source: "MARPOL Annex VI Reg. 14.3.1 with the Baltic Sea area of Annex I Reg. 1.11.2; \
        SECA in force 19 May 2006 (docs/data-sources.md, “MARPOL Annex VI — sulphur limits and ECAs”)",
    approximation: "western limit exact to the text (the Skaw parallel 57°44.8′N); landward \
        closure over land",
    inside_of: None,
    polygons: &[eca_data::BALTIC],
};

static MED_STEPS: [SulphurStep; 1] = [step(2025, 5, 1, 0.10)];

static MEDITERRANEAN: EmissionControlArea = EmissionControlArea {
    id: EcaId::Mediterranean,
    kind: AreaKind::MarpolEca,
    name: "Mediterranean Sea SOx ECA",
    pollutants: "SOx, PM",
    sulphur_limit_from: Date::from_table(2025, 5, 1),
    sulphur_limits: &MED_STEPS,
    source: "MEPC.361(79), Appendix VII §4; 0.10 % from 1 May 2025; boundary lines Cape \
        Trafalgar (36°11′N 6°02′W) – Cape Spartel (35°48′N 5°55′W) and Mehmetçik Burnu \
        (40°03′N 26°11′E) – Kumkale Burnu (40°01′N 26°12′E) as in the resolution's text \
        (docs/data-sources.md, “Emission control area polygons”)",
    approximation: "the two boundary lines and the four Suez exclusion points exact to the \
        text (the exclusion box's sides as straight lat/lon lines, < 0.01 nm from the \
        geodesics); landward closure over land",
    inside_of: None,
    polygons: &[eca_data::MEDITERRANEAN],
};

static CALIFORNIA_STEPS: [SulphurStep; 1] = [step(2014, 1, 1, 0.10)];

static CALIFORNIA: EmissionControlArea = EmissionControlArea {
    id: EcaId::California,
    kind: AreaKind::National,
    name: "Regulated California Waters (CARB Ocean-Going Vessel Fuel Rule)",
    pollutants: "SOx, PM, NOx (distillate fuel ≤ 0.10 % S; no scrubber equivalence)",
    sulphur_limit_from: Date::from_table(2014, 1, 1),
    sulphur_limits: &CALIFORNIA_STEPS,
    source: "Cal. Code Regs. tit. 13 § 2299.2 and tit. 17 § 93118.2, subsection (b)(1)(F): \
        all waters within 24 nm of the California baseline from the California–Oregon border to \
        the California–Mexico border, except the area bounded by 34.8 N 121.14 W, 34.46 N \
        120.82 W, 34.36 N 120.82 W, 34.29 N 120.99 W and the 24-nm line; 0.10 % distillate from \
        1 Jan 2014 (phase II) (docs/data-sources.md, “Emission control area polygons”)",
    approximation: "24 nm from the Natural Earth 1:50m coast and islands (the low-water \
        baseline within ≈1–2 nm; bay closing lines ignored), clipped at 42 N and at the \
        US–Mexico maritime boundary (Appendix VII Pacific points 1–9); the 2009–2013 phase I \
        limits are not modelled (the zone is in force from 2014 here)",
    inside_of: Some(EcaId::NorthAmerican),
    polygons: eca_polygons::CALIFORNIA_24NM,
};

static CHINA_COASTAL_STEPS: [SulphurStep; 1] = [step(2019, 1, 1, 0.50)];

static CHINA_COASTAL: EmissionControlArea = EmissionControlArea {
    id: EcaId::ChinaCoastal,
    kind: AreaKind::National,
    name: "China domestic emission control area, coastal control area",
    pollutants: "SOx, NOx, PM (fuel ≤ 0.50 % S)",
    sulphur_limit_from: Date::from_table(2019, 1, 1),
    sulphur_limits: &CHINA_COASTAL_STEPS,
    source: "Ministry of Transport of the PRC, Implementation Scheme of the Domestic Emission \
        Control Areas for Atmospheric Pollution from Vessels, JHF [2018] No. 168, 30 Nov 2018: \
        coastal control area = the sea enclosed by the 60 points of its Table 1 (the 12-nm \
        territorial sea), 0.50 % S from 1 Jan 2019 (docs/data-sources.md, “Emission control area \
        polygons”)",
    approximation: "Table 1's points were not available: 12 nm from the Natural Earth 1:50m \
        coast of mainland China and its islands (Yalu to Beilun mouths; Taiwan and Penghu \
        excluded, Hong Kong and Macau waters included) plus the Bohai Sea west of \
        Laotieshan–Penglai; up to ≈10–20 nm narrower than the legal area where China's straight \
        baselines lie offshore",
    inside_of: None,
    polygons: eca_polygons::CHINA_COASTAL,
};

static CHINA_HAINAN_STEPS: [SulphurStep; 2] = [step(2019, 1, 1, 0.50), step(2022, 1, 1, 0.10)];

static CHINA_HAINAN: EmissionControlArea = EmissionControlArea {
    id: EcaId::ChinaHainan,
    kind: AreaKind::National,
    name: "China domestic emission control area, Hainan waters",
    pollutants: "SOx, NOx, PM (fuel ≤ 0.50 % S; ≤ 0.10 % from 2022)",
    sulphur_limit_from: Date::from_table(2019, 1, 1),
    sulphur_limits: &CHINA_HAINAN_STEPS,
    source: "Ministry of Transport of the PRC, JHF [2018] No. 168: Hainan waters (the points of \
        its Table 2), part of the coastal control area; 0.50 % from 1 Jan 2019, 0.10 % from \
        1 Jan 2022 (docs/data-sources.md, “Emission control area polygons”)",
    approximation: "Table 2's points were not available: 12 nm from the Natural Earth 1:50m \
        coast of Hainan (including the Qiongzhou Strait)",
    inside_of: None,
    polygons: eca_polygons::CHINA_HAINAN,
};

static AREAS: [&EmissionControlArea; 5] = [
    &NORTH_AMERICAN,
    &US_CARIBBEAN,
    &NORTH_SEA,
    &BALTIC,
    &MEDITERRANEAN,
];

static NATIONAL: [&EmissionControlArea; 3] = [&CALIFORNIA, &CHINA_COASTAL, &CHINA_HAINAN];

static ALL: [&EmissionControlArea; 8] = [
    &NORTH_AMERICAN,
    &US_CARIBBEAN,
    &NORTH_SEA,
    &BALTIC,
    &MEDITERRANEAN,
    &CALIFORNIA,
    &CHINA_COASTAL,
    &CHINA_HAINAN,
];

/// The MARPOL Annex VI emission control areas, in a fixed order (they do not overlap).
pub fn areas() -> &'static [&'static EmissionControlArea] {
    &AREAS
}

/// The national sulphur zones (California, China), in a fixed order.
pub fn national_areas() -> &'static [&'static EmissionControlArea] {
    &NATIONAL
}

/// Every area: the MARPOL ECAs, then the national zones.
pub fn all_areas() -> &'static [&'static EmissionControlArea] {
    &ALL
}

/// The area with identifier `id`.
pub fn area(id: EcaId) -> &'static EmissionControlArea {
    match id {
        EcaId::NorthAmerican => &NORTH_AMERICAN,
        EcaId::UsCaribbean => &US_CARIBBEAN,
        EcaId::NorthSea => &NORTH_SEA,
        EcaId::Baltic => &BALTIC,
        EcaId::Mediterranean => &MEDITERRANEAN,
        EcaId::California => &CALIFORNIA,
        EcaId::ChinaCoastal => &CHINA_COASTAL,
        EcaId::ChinaHainan => &CHINA_HAINAN,
    }
}

impl EmissionControlArea {
    /// Whether the area's sulphur limit applies on `date`.
    pub fn in_force(&self, date: Date) -> bool {
        date >= self.sulphur_limit_from
    }

    /// Whether a voyage on `date` burns its ECA fuel in this area: every MARPOL ECA in force,
    /// and a national zone whose limit on `date` is 0.10 % or less and that does not lie inside
    /// a MARPOL ECA (Hainan from 2022; not California, inside the North American ECA; not
    /// China's coastal 0.50 %, the global cap since 2020).
    ///
    /// ```
    /// use green_corridor::route::{eca, Date};
    /// let d = Date::new(2025, 6, 1)?;
    /// assert!(eca::area(eca::EcaId::NorthAmerican).switches_fuel(d));
    /// assert!(eca::area(eca::EcaId::ChinaHainan).switches_fuel(d));
    /// assert!(!eca::area(eca::EcaId::California).switches_fuel(d));
    /// assert!(!eca::area(eca::EcaId::ChinaCoastal).switches_fuel(d));
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn switches_fuel(&self, date: Date) -> bool {
        match self.kind {
            AreaKind::MarpolEca => self.in_force(date),
            AreaKind::National => {
                self.inside_of.is_none()
                    && self
                        .sulphur_limit_pct(date)
                        .is_some_and(|pct| pct <= 0.10 + 1e-12)
            }
        }
    }

    /// The sulphur limit (% m/m) in force on `date`, or `None` before the area applies.
    ///
    /// ```
    /// use green_corridor::route::{eca, Date};
    /// let hainan = eca::area(eca::EcaId::ChinaHainan);
    /// assert_eq!(hainan.sulphur_limit_pct(Date::new(2021, 6, 1)?), Some(0.50));
    /// assert_eq!(hainan.sulphur_limit_pct(Date::new(2022, 1, 1)?), Some(0.10));
    /// assert_eq!(hainan.sulphur_limit_pct(Date::new(2018, 12, 31)?), None);
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn sulphur_limit_pct(&self, date: Date) -> Option<f64> {
        self.sulphur_limits
            .iter()
            .rev()
            .find(|s| date >= s.from)
            .map(|s| s.max_sulphur_pct)
    }

    /// Whether `p` lies inside the area's polygons or on their boundary (ignoring dates);
    /// `geo`'s point-in-polygon test (`Intersects`, so that a point on the edge between two
    /// tiles of a tiled area counts) on the polygons indexed in `p`'s grid cell, after a
    /// bounding-box check.
    pub fn covers(&self, p: Position) -> bool {
        let index = area_index(self.id);
        let pt = Point::new(p.lon(), p.lat());
        let (cy, cx) = cell(p.lat(), p.lon());
        // A point on a cell edge also belongs to the cell below / to the left.
        let dy: &[i32] = if p.lat() == f64::from(cy) * CELL_DEG {
            &[0, -1]
        } else {
            &[0]
        };
        let dx: &[i32] = if p.lon() == f64::from(cx) * CELL_DEG {
            &[0, -1]
        } else {
            &[0]
        };
        dy.iter().any(|&j| {
            dx.iter().any(|&i| {
                index
                    .cells
                    .get(&(cy + j, wrap_cell_lon(cx + i)))
                    .is_some_and(|list| {
                        list.iter().any(|&k| {
                            index.polygons.get(k).is_some_and(|(bbox, poly)| {
                                let (lo, hi) = (bbox.min(), bbox.max());
                                p.lon() >= lo.x
                                    && p.lon() <= hi.x
                                    && p.lat() >= lo.y
                                    && p.lat() <= hi.y
                                    && poly.intersects(&pt)
                            })
                        })
                    })
            })
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

/// Grid cell size of the polygon index, degrees (the generated areas are tiled on this grid).
const CELL_DEG: f64 = 2.0;

/// Number of longitude cells round the globe.
const LON_CELLS: i32 = (360.0 / CELL_DEG) as i32;

/// The (latitude, longitude) grid cell of a position.
fn cell(lat: f64, lon: f64) -> (i32, i32) {
    (
        (lat / CELL_DEG).floor() as i32,
        wrap_cell_lon((lon / CELL_DEG).floor() as i32),
    )
}

/// A longitude cell index wrapped into [−LON_CELLS/2, LON_CELLS/2).
fn wrap_cell_lon(cx: i32) -> i32 {
    (cx + LON_CELLS / 2).rem_euclid(LON_CELLS) - LON_CELLS / 2
}

/// An area's polygons (x = longitude, y = latitude) with their bounding boxes, and for every
/// grid cell their bounding boxes meet, the polygons to test.
struct AreaIndex {
    polygons: Vec<BoxedPolygon>,
    cells: HashMap<(i32, i32), Vec<usize>>,
}

/// The index of area `id`, built once for every area.
fn area_index(id: EcaId) -> &'static AreaIndex {
    static CACHE: OnceLock<HashMap<EcaId, AreaIndex>> = OnceLock::new();
    static EMPTY: OnceLock<AreaIndex> = OnceLock::new();
    let cache = CACHE.get_or_init(|| {
        ALL.iter()
            .map(|a| {
                let polygons: Vec<BoxedPolygon> = a
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
                let mut cells: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
                for (k, (bbox, _)) in polygons.iter().enumerate() {
                    let (y0, x0) = cell(bbox.min().y, bbox.min().x);
                    let (y1, _) = cell(bbox.max().y, bbox.max().x);
                    let x1 = (bbox.max().x / CELL_DEG).floor() as i32;
                    // No polygon crosses the antimeridian: x0..=x1 is an ordinary range.
                    for cy in y0..=y1 {
                        for cx in x0..=x1.max(x0) {
                            cells.entry((cy, wrap_cell_lon(cx))).or_default().push(k);
                        }
                    }
                }
                (a.id, AreaIndex { polygons, cells })
            })
            .collect()
    });
    cache.get(&id).unwrap_or_else(|| {
        EMPTY.get_or_init(|| AreaIndex {
            polygons: Vec::new(),
            cells: HashMap::new(),
        })
    })
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

/// Margin round a knot interval, degrees, when deciding which grid cells it can touch (an
/// interval's chord is within a fraction of a nautical mile of its geodesic, and the margin is
/// tens of miles).
const BOX_MARGIN_DEG: f64 = 0.5;

/// Metres inside each area in force on `date`, for the geodesic from `a` to `b`: pieces of at
/// most `step_m`, each counted inside an area when its midpoint is; midpoints come from
/// geodesic knots every [`KNOT_PIECES`] pieces, and knot intervals whose bounding box (plus
/// [`BOX_MARGIN_DEG`]) meets no grid cell holding one of the area's polygons are skipped.
fn leg_inside_m(a: Position, b: Position, date: Date, step_m: f64) -> (f64, Vec<(EcaId, f64)>) {
    let (azi, len) = geodesy::azimuth_and_length(a, b);
    let active: Vec<&EmissionControlArea> =
        ALL.iter().copied().filter(|e| e.in_force(date)).collect();
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
            // Cells the interval (plus the margin) can touch: an interval's chord is within a
            // fraction of a nautical mile of its geodesic, and the margin is tens of miles.
            let (y0, _) = cell(lat_lo - BOX_MARGIN_DEG, 0.0);
            let (y1, _) = cell(lat_hi + BOX_MARGIN_DEG, 0.0);
            let x0 = ((lon_span[0].min(lon_span[1]) - BOX_MARGIN_DEG) / CELL_DEG).floor() as i32;
            let x1 = ((lon_span[0].max(lon_span[1]) + BOX_MARGIN_DEG) / CELL_DEG).floor() as i32;
            let near = |e: &EmissionControlArea| {
                let index = area_index(e.id);
                (y0..=y1).any(|cy| {
                    (x0..=x1).any(|cx| index.cells.contains_key(&(cy, wrap_cell_lon(cx))))
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
            ("california", EcaId::California),
            ("china_coastal", EcaId::ChinaCoastal),
            ("china_hainan", EcaId::ChinaHainan),
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
        for (k, a) in all_areas().iter().enumerate() {
            let id = a.id;
            assert_eq!(area(id).id, id);
            assert_eq!(a.kind == AreaKind::MarpolEca, k < areas().len());
            let dt = a.sulphur_limit_from;
            assert!(Date::new(dt.year(), dt.month(), dt.day()).is_ok());
            // The first step starts the area; steps are in date order and tighten.
            assert_eq!(a.sulphur_limits.first().map(|s| s.from), Some(dt));
            for w in a.sulphur_limits.windows(2) {
                assert!(w[0].from < w[1].from && w[0].max_sulphur_pct > w[1].max_sulphur_pct);
            }
            assert!(!a.polygons.is_empty());
            for ring in a.polygons {
                assert!(ring.len() >= 3);
                for (i, &(lat, lon)) in ring.iter().enumerate() {
                    Position::validated(&format!("{id:?}[{i}]"), lat, lon).unwrap();
                }
                // Each ring is a simple polygon (the point-in-polygon test needs no holes).
                let ls: LineString<f64> = ring.iter().map(|&(y, x)| Coord { x, y }).collect();
                assert!(
                    geo::Validation::is_valid(&Polygon::new(ls, vec![])),
                    "{id:?}"
                );
            }
        }
        assert_eq!(national_areas().len() + areas().len(), all_areas().len());
    }

    /// The grid index gives the same answer as testing every polygon, on a lattice over each
    /// area's extent that includes points exactly on cell edges.
    #[test]
    fn grid_index_matches_brute_force() {
        for a in all_areas() {
            let index = area_index(a.id);
            let (mut lat0, mut lat1, mut lon0, mut lon1) =
                (90.0_f64, -90.0_f64, 180.0_f64, -180.0_f64);
            for (b, _) in &index.polygons {
                lat0 = lat0.min(b.min().y);
                lat1 = lat1.max(b.max().y);
                lon0 = lon0.min(b.min().x);
                lon1 = lon1.max(b.max().x);
            }
            let (mut inside, mut n) = (0, 0);
            for i in 0..=60 {
                for j in 0..=60 {
                    // Snap every tenth lattice point to the 2° grid.
                    let mut lat = lat0 + (lat1 - lat0) * f64::from(i) / 60.0;
                    let mut lon = lon0 + (lon1 - lon0) * f64::from(j) / 60.0;
                    if i % 10 == 0 {
                        lat = (lat / CELL_DEG).round() * CELL_DEG;
                    }
                    if j % 10 == 0 {
                        lon = (lon / CELL_DEG).round() * CELL_DEG;
                    }
                    let Ok(pos) = Position::new(lat.clamp(-90.0, 90.0), lon.clamp(-180.0, 179.999))
                    else {
                        continue;
                    };
                    let pt = Point::new(pos.lon(), pos.lat());
                    let brute = index.polygons.iter().any(|(_, poly)| poly.intersects(&pt));
                    assert_eq!(a.covers(pos), brute, "{:?} at {pos:?}", a.id);
                    inside += usize::from(brute);
                    n += 1;
                }
            }
            assert!(inside > 0 && inside < n, "{:?}: {inside} of {n}", a.id);
        }
    }

    #[test]
    fn sulphur_limits_by_date() {
        let na = area(EcaId::NorthAmerican);
        assert_eq!(na.sulphur_limit_pct(d(2012, 7, 31)), None);
        assert_eq!(na.sulphur_limit_pct(d(2012, 8, 1)), Some(1.00));
        assert_eq!(na.sulphur_limit_pct(d(2015, 1, 1)), Some(0.10));
        let ns = area(EcaId::NorthSea);
        assert_eq!(ns.sulphur_limit_pct(d(2009, 1, 1)), Some(1.50));
        assert_eq!(ns.sulphur_limit_pct(d(2010, 7, 1)), Some(1.00));
        let cn = area(EcaId::ChinaCoastal);
        assert_eq!(cn.sulphur_limit_pct(d(2025, 1, 1)), Some(0.50));
    }

    /// Points a few nm either side of boundary points of MARPOL Annex VI Appendix VII (the
    /// point numbers are the annex's; positions converted from its degrees, minutes, seconds).
    #[test]
    fn appendix_vii_points_inside_and_outside() {
        let now = d(2025, 6, 1);
        let na = area(EcaId::NorthAmerican);
        // Pacific point 13, 33°40′12″N 124°27′15″W = 33.670 N 124.454 W: 0.45° (≈22 nm) east
        // of it inside, 0.55° west outside. 100 nm off San Francisco inside; Adak outside.
        assert!(na.contains(p(33.67, -124.0), now));
        assert!(!na.contains(p(33.67, -125.0), now));
        assert!(na.contains(p(37.5, -124.5), now));
        assert!(!na.contains(p(51.9, -176.6), now));
        // Kodiak lies south-west of the line from point 46 (56.622 N 142.816 W) to point 47
        // (Cape Douglas, 58.851 N 153.251 W): outside; Cook Inlet (60.0 N 152.0 W) inside.
        assert!(!na.contains(p(57.6, -152.6), now));
        assert!(na.contains(p(60.0, -152.0), now));
        // Atlantic points 38 (40°17′32″N 64°08′37″W = 40.292 N 64.144 W) and 39 (40.130 N
        // 64.992 W): the line crosses 64.5 W at 40.292 − 0.162 × 0.356/0.848 ≈ 40.224 N;
        // 40.6 N (22 nm north) inside, 40.0 N (13 nm south) outside.
        assert!(na.contains(p(40.6, -64.5), now));
        assert!(!na.contains(p(40.0, -64.5), now));
        // Straits of Florida, points 150–153 (24.32 N 80.76 W – 24.164 N 80.996 W): 24.4 N
        // 81.0 W (between the line and the Keys) inside, 23.9 N outside (towards Cuba).
        assert!(na.contains(p(24.4, -81.0), now));
        assert!(!na.contains(p(23.9, -81.0), now));
        // Gulf of Mexico, point 199 (26°00′32″N 95°39′27″W = 26.009 N 95.658 W).
        assert!(na.contains(p(26.5, -95.66), now));
        assert!(!na.contains(p(25.5, -95.66), now));
        // Hawaii, point 19 (21°36′45″N 163°46′03″W = 21.6125 N 163.768 W), the western-most.
        assert!(na.contains(p(21.6, -163.5), now));
        assert!(!na.contains(p(21.6, -164.0), now));
        assert!(na.contains(p(21.0, -158.5), now)); // off Honolulu
        assert!(!na.contains(p(40.0, -50.0), now)); // mid-Atlantic
        // United States Caribbean Sea: the edge from point 2 (19°11.14′N 67°26.45′W) to point 3
        // (19°30.28′N 65°16.48′W) crosses 65.5 W at ≈19.47 N; the southern edge from point 54
        // (16°59.49′N 63°59.18′W) to point 55 = 1 (17°18.37′N 67°32.14′W) crosses 66 W at
        // 16.997 + 0.309 × 2.012/3.548 ≈ 17.17 N.
        let car = area(EcaId::UsCaribbean);
        assert!(car.contains(p(19.3, -65.5), now));
        assert!(!car.contains(p(19.8, -65.5), now));
        assert!(car.contains(p(17.5, -66.0), now));
        assert!(!car.contains(p(16.9, -66.0), now));
        assert!(car.contains(p(18.6, -66.1), now)); // off San Juan
        assert!(!car.contains(p(18.6, -66.1), d(2013, 12, 31)));
    }

    #[test]
    fn european_areas_inside_and_outside() {
        let now = d(2025, 6, 1);
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
        // Trafalgar (36°11′N 6°02′W) – Spartel (35°48′N 5°55′W): the line crosses 36.0 N at
        // 6.033 − 0.117 × 0.183/0.383 ≈ 5.977 W; 5.55 W east of it inside, 6.2 W outside.
        assert!(med.contains(p(35.955, -5.55), now)); // Strait of Gibraltar
        assert!(!med.contains(p(35.95, -6.2), now));
        assert!(med.contains(p(34.0, 25.0), now)); // south of Crete
        assert!(!med.contains(p(41.5, 29.0), now)); // Black Sea
        assert!(!med.contains(p(40.6, 27.5), now)); // Sea of Marmara, beyond Çanakkale
        assert!(!med.contains(p(28.5, 33.15), now)); // Gulf of Suez
        // Suez exclusion (points 1–4, 31°14′–31°29′N, 32°16′E to the 32°28′.48–32°32′.62E
        // side): the Port Said approach channel at 31.40 N 32.36 E is outside; 31.55 N (north
        // of points 1–2) and 31.40 N 32.60 E (east of the side 2–3) are inside.
        assert!(!med.contains(p(31.40, 32.36), now));
        assert!(med.contains(p(31.55, 32.36), now));
        assert!(med.contains(p(31.40, 32.60), now));
    }

    /// The landward closures keep the ports, bays and rivers of the coasts inside the North
    /// American ECA (chart positions of the ports), and foreign ports outside.
    #[test]
    fn north_american_closures_keep_the_ports_inside() {
        let now = d(2025, 6, 1);
        let na = area(EcaId::NorthAmerican);
        let inside = [
            ("Anchorage", 61.22, -149.90),
            ("Valdez", 61.12, -146.35),
            ("Juneau", 58.30, -134.42),
            ("Prince Rupert", 54.31, -130.33),
            ("Vancouver", 49.29, -123.10),
            ("Seattle", 47.60, -122.34),
            ("Portland OR", 45.60, -122.70),
            ("Oakland", 37.80, -122.30),
            ("Long Beach", 33.75, -118.21),
            ("San Diego", 32.70, -117.17),
            ("Honolulu", 21.30, -157.87),
            ("Houston", 29.73, -95.27),
            ("Baton Rouge", 30.45, -91.19),
            ("New Orleans", 29.95, -90.06),
            ("Mobile", 30.69, -88.04),
            ("Tampa", 27.94, -82.45),
            ("Miami", 25.77, -80.17),
            ("Savannah", 32.08, -81.09),
            ("Norfolk", 36.85, -76.30),
            ("Baltimore", 39.27, -76.58),
            ("Philadelphia", 39.95, -75.14),
            ("New York", 40.69, -74.04),
            ("Halifax", 44.65, -63.57),
            ("Quebec", 46.81, -71.20),
            ("Montreal", 45.50, -73.55),
            ("St John's", 47.56, -52.71),
        ];
        for (name, lat, lon) in inside {
            assert!(na.contains(p(lat, lon), now), "{name}");
        }
        let outside = [
            ("Ensenada", 31.85, -116.62),
            ("Nassau", 25.08, -77.35),
            ("Havana", 23.14, -82.36),
            ("Kodiak", 57.79, -152.40),
            ("Dutch Harbor", 53.89, -166.54),
            ("Nuuk", 64.17, -51.74),
            ("Bermuda", 32.30, -64.78),
            ("Veracruz", 19.20, -96.13),
        ];
        for (name, lat, lon) in outside {
            assert!(!na.contains(p(lat, lon), now), "{name}");
        }
    }

    /// California's zone lies inside the North American ECA at sea (`inside_of`), which is
    /// why it never adds fuel-switching distance: checked on a 0.05° lattice of sea points.
    #[test]
    fn california_lies_inside_the_north_american_eca_at_sea() {
        let (ca, na) = (area(EcaId::California), area(EcaId::NorthAmerican));
        assert_eq!(ca.inside_of, Some(EcaId::NorthAmerican));
        let mut n = 0;
        for i in 0..=200 {
            for j in 0..=240 {
                let q = p(32.0 + 0.05 * f64::from(i), -126.0 + 0.05 * f64::from(j));
                if ca.covers(q) && !crate::route::land::is_land(q) {
                    assert!(na.covers(q), "{q:?}");
                    n += 1;
                }
            }
        }
        assert!(n > 1_000, "{n}");
    }

    /// National zones: hand-picked points at known distances from the coast.
    #[test]
    fn national_zones_inside_and_outside() {
        let now = d(2025, 6, 1);
        let ca = area(EcaId::California);
        // San Pedro Bay approach, 33.70 N 118.20 W: ≈4 nm off Point Fermin (33.705 N
        // 118.294 W): inside. 33.0 N 119.5 W: ≈15 nm south of San Nicolas Island (33.25 N):
        // inside. 32.8 N 121.0 W: > 60 nm from any land: outside.
        assert!(ca.contains(p(33.70, -118.20), now));
        assert!(ca.contains(p(33.0, -119.5), now));
        assert!(!ca.contains(p(32.8, -121.0), now));
        // Off Point Arguello (34.577 N 120.65 W): 34.5 N 120.75 W (≈6 nm) inside; 34.5 N
        // 121.0 W (≈18 nm, but west of the exception line 34.8 N 121.14 W – 34.46 N 120.82 W)
        // outside.
        assert!(ca.contains(p(34.5, -120.75), now));
        assert!(!ca.contains(p(34.5, -121.0), now));
        // North of the Oregon border (42 N) and south of the Mexico border: outside.
        assert!(!ca.contains(p(42.2, -124.45), now));
        assert!(!ca.contains(p(32.3, -117.3), now));
        assert!(!ca.contains(p(33.70, -118.20), d(2013, 12, 31)));
        // The zone lies inside the North American ECA.
        assert!(area(EcaId::NorthAmerican).contains(p(33.70, -118.20), now));
        let cn = area(EcaId::ChinaCoastal);
        // Yangshan approach (30.60 N 122.30 E, among the Zhoushan islands): inside; 30.5 N
        // 124.0 E (≈80 nm east of Shengsi): outside; the Bohai Sea centre (38.8 N 120.0 E,
        // internal waters): inside; mid Taiwan Strait (24.5 N 120.0 E, ≈40 nm off Fujian):
        // outside. 120.0 E is a tile edge of the zone's polygons: points on it count.
        assert!(cn.contains(p(30.60, 122.30), now));
        assert!(!cn.contains(p(30.5, 124.0), now));
        assert!(cn.contains(p(38.8, 120.0), now));
        assert!(!cn.contains(p(24.5, 120.0), now));
        assert!(!cn.contains(p(30.60, 122.30), d(2018, 12, 31)));
        let hn = area(EcaId::ChinaHainan);
        // 18.05 N 109.5 E, ≈8 nm south of Sanya: Hainan, not the coastal area.
        assert!(hn.contains(p(18.05, 109.5), now));
        assert!(!cn.contains(p(18.05, 109.5), now));
        assert!(!hn.contains(p(17.5, 109.5), now));
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
