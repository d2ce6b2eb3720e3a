//! Point-in-polygon test in latitude/longitude (even–odd ray casting).
//!
//! The polygon's edges are straight lines in the (longitude, latitude) plane, not geodesics.
//! For the ECA polygons of this crate (vertices a few tens to a few hundred nm apart, none
//! crossing the antimeridian or a pole) the difference between a straight lat/lon edge and the
//! geodesic edge the regulations define is a few nm at most (`shared/reference/corridors.md`
//! Appendix A). Points exactly on an edge may fall either side.

/// Whether `(lat, lon)` lies inside the closed polygon `ring` of `(lat, lon)` vertices (the
/// last vertex joins the first). Rings with fewer than three vertices contain nothing.
///
/// Algorithm: cast a ray from the point towards increasing longitude and count the edges it
/// crosses; an odd count means inside (Jordan curve theorem; Shimrat, CACM 5(8) 1962, alg. 112).
pub(crate) fn contains(ring: &[(f64, f64)], lat: f64, lon: f64) -> bool {
    if ring.len() < 3 {
        return false;
    }
    let mut inside = false;
    let Some(&last) = ring.last() else {
        return false;
    };
    let mut previous = last;
    for &(lat_i, lon_i) in ring {
        let (lat_j, lon_j) = previous;
        // Does the edge straddle the point's latitude (half-open, so vertices count once)?
        if (lat_i > lat) != (lat_j > lat) {
            let lon_cross = lon_i + (lat - lat_i) * (lon_j - lon_i) / (lat_j - lat_i);
            if lon < lon_cross {
                inside = !inside;
            }
        }
        previous = (lat_i, lon_i);
    }
    inside
}

/// The bounding box `(lat_min, lat_max, lon_min, lon_max)` of a ring.
pub(crate) fn bounding_box(ring: &[(f64, f64)]) -> (f64, f64, f64, f64) {
    ring.iter().fold(
        (
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ),
        |(a, b, c, d), &(lat, lon)| (a.min(lat), b.max(lat), c.min(lon), d.max(lon)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &[(f64, f64)] = &[(0.0, 0.0), (0.0, 10.0), (10.0, 10.0), (10.0, 0.0)];
    /// A "U" shape: the notch (lat 3–10, lon 4–6) is outside.
    const U: &[(f64, f64)] = &[
        (0.0, 0.0),
        (0.0, 10.0),
        (10.0, 10.0),
        (10.0, 6.0),
        (3.0, 6.0),
        (3.0, 4.0),
        (10.0, 4.0),
        (10.0, 0.0),
    ];

    #[test]
    fn square() {
        assert!(contains(SQUARE, 5.0, 5.0));
        assert!(contains(SQUARE, 0.5, 9.5));
        assert!(!contains(SQUARE, -0.1, 5.0));
        assert!(!contains(SQUARE, 5.0, 10.1));
        assert!(!contains(SQUARE, 50.0, 50.0));
    }

    #[test]
    fn concave_notch_is_outside() {
        assert!(contains(U, 5.0, 2.0));
        assert!(contains(U, 5.0, 8.0));
        assert!(!contains(U, 5.0, 5.0));
        assert!(contains(U, 2.0, 5.0));
        // A ray through a vertex's latitude counts the vertex once.
        assert!(contains(U, 3.0, 2.0));
    }

    #[test]
    fn orientation_does_not_matter_and_degenerate_rings_are_empty() {
        let rev: Vec<(f64, f64)> = SQUARE.iter().rev().copied().collect();
        assert!(contains(&rev, 5.0, 5.0));
        assert!(!contains(&rev, 11.0, 5.0));
        assert!(!contains(&[(0.0, 0.0), (1.0, 1.0)], 0.5, 0.5));
        assert_eq!(bounding_box(U), (0.0, 10.0, 0.0, 10.0));
    }
}
