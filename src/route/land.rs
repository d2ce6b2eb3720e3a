//! Land mask: Natural Earth 1:50m land polygons, to tell a sea position from an inland one.
//!
//! Data: `data/land_50m.txt`, Natural Earth 4.1.0 1:50m land (public domain), from the
//! `world-atlas` 2.0.2 npm package (ISC), converted by `tools/build_route_data.py` to rings of
//! 1e-4° integer coordinates (see `docs/data-sources.md`). Compiled in, parsed once on first
//! use.
//!
//! **Test.** Even–odd ray casting in lat/lon along the parallel through the point, over the
//! ring edges indexed by 0.25° latitude bands (a point meets only the few dozen edges of its
//! band instead of all 60,000, which makes the land-crossing tests over hundreds of routes
//! fast). Natural Earth splits every ring at the antimeridian, so no edge crosses it. A unit
//! test checks the indexed result against `geo`'s `Contains` on the same polygons.
//!
//! **Resolution.** 1:50m generalises coastlines by a few hundred metres to ≈2 km; a point
//! within ≈2 km of a coast may be classified either way, and straits narrower than that
//! (parts of the Bosporus, the canals) are land on this mask.

use std::sync::OnceLock;

use crate::route::Position;

static DATA: &str = include_str!("../../data/land_50m.txt");

const BAND_DEG: f64 = 0.25;
const BANDS: usize = (180.0 / BAND_DEG) as usize;

/// One ring edge: (lat0, lon0, lat1, lon1).
type RingEdge = (f64, f64, f64, f64);

struct Land {
    bands: Vec<Vec<RingEdge>>,
    rings: Vec<(bool, Vec<(f64, f64)>)>,
}

static LAND: OnceLock<Land> = OnceLock::new();

fn band(lat: f64) -> usize {
    (((lat + 90.0) / BAND_DEG).floor().max(0.0) as usize).min(BANDS - 1)
}

fn parse() -> Land {
    let mut bands: Vec<Vec<RingEdge>> = vec![Vec::new(); BANDS];
    let mut rings = Vec::new();
    for line in DATA.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (hole, body) = match line.strip_prefix('h') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let ring: Vec<(f64, f64)> = body
            .split_ascii_whitespace()
            .filter_map(|f| {
                let (x, y) = f.split_once(',')?;
                Some((y.parse::<f64>().ok()? / 1e4, x.parse::<f64>().ok()? / 1e4))
            })
            .collect();
        for (i, &(la0, lo0)) in ring.iter().enumerate() {
            let Some(&(la1, lo1)) = ring.get((i + 1) % ring.len()) else {
                continue;
            };
            for b in band(la0.min(la1))..=band(la0.max(la1)) {
                if let Some(v) = bands.get_mut(b) {
                    v.push((la0, lo0, la1, lo1));
                }
            }
        }
        rings.push((hole, ring));
    }
    Land { bands, rings }
}

fn land() -> &'static Land {
    LAND.get_or_init(parse)
}

/// Whether `p` is on land according to Natural Earth 1:50m (see the module docs for the
/// resolution).
///
/// ```
/// use green_corridor::route::{land, Position};
/// assert!(land::is_land(Position::new(48.0, 10.0)?));   // Bavaria
/// assert!(!land::is_land(Position::new(35.0, -40.0)?)); // mid-Atlantic
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn is_land(p: Position) -> bool {
    let (lat, lon) = (p.lat(), p.lon());
    let mut inside = false;
    for &(la0, lo0, la1, lo1) in land()
        .bands
        .get(band(lat))
        .map(Vec::as_slice)
        .unwrap_or(&[])
    {
        if (la0 > lat) != (la1 > lat) {
            let x = lo0 + (lat - la0) / (la1 - la0) * (lo1 - lo0);
            if lon < x {
                inside = !inside;
            }
        }
    }
    inside
}

/// Number of rings in the mask (shells and holes).
pub fn ring_count() -> usize {
    land().rings.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{Contains, Coord, LineString, Point, Polygon};

    #[test]
    fn indexed_test_agrees_with_geo_contains() {
        // Rebuild the polygons (shell + following holes) and compare on a seeded grid.
        let mut polys: Vec<Polygon<f64>> = Vec::new();
        for (hole, ring) in &land().rings {
            let ls: LineString<f64> = ring.iter().map(|&(y, x)| Coord { x, y }).collect();
            if *hole {
                if let Some(last) = polys.pop() {
                    let (ext, mut ints) = last.into_inner();
                    ints.push(ls);
                    polys.push(Polygon::new(ext, ints));
                }
            } else {
                polys.push(Polygon::new(ls, vec![]));
            }
        }
        let mut state: u64 = 12345;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        for _ in 0..300 {
            let lat = -80.0 + 160.0 * next();
            let lon = -180.0 + 360.0 * next();
            let geo_says = polys.iter().any(|p| p.contains(&Point::new(lon, lat)));
            assert_eq!(
                is_land(Position::new(lat, lon).unwrap()),
                geo_says,
                "{lat} {lon}"
            );
        }
    }

    #[test]
    fn known_places() {
        for (lat, lon) in [(48.0, 10.0), (40.0, -100.0), (-25.0, 135.0), (0.0, 25.0)] {
            assert!(is_land(Position::new(lat, lon).unwrap()), "{lat} {lon}");
        }
        for (lat, lon) in [(0.0, -150.0), (-40.0, 60.0), (55.0, 3.0), (35.0, 18.0)] {
            assert!(!is_land(Position::new(lat, lon).unwrap()), "{lat} {lon}");
        }
        assert!(ring_count() > 1_000);
    }
}
