//! WGS84 geodesics: distance between two positions and points along the shortest path.
//!
//! The ellipsoid maths is delegated to [`geographiclib_rs`], a Rust port of C. F. F. Karney's
//! GeographicLib (Karney, *Algorithms for geodesics*, J. Geodesy 87 (2013) 43–55,
//! doi:10.1007/s00190-012-0578-z), accurate to about 15 nm (nanometres) on WGS84. The reference
//! distances of docs/data-sources.md, “Sea distances — published and network figures” were computed with GeographicLib 2.1, so the
//! two agree.
//!
//! WGS84: semi-major axis a = 6,378,137 m, flattening f = 1/298.257223563 (NIMA TR8350.2).

use std::sync::LazyLock;

use geographiclib_rs::{DirectGeodesic, Geodesic, InverseGeodesic};

use crate::error::{Error, Result};
use crate::route::Position;
use crate::units::{Length, LengthExt, nautical_miles};

/// Metres in one international nautical mile (exact by definition, 1929).
pub const METRES_PER_NAUTICAL_MILE: f64 = 1_852.0;

static WGS84: LazyLock<Geodesic> = LazyLock::new(Geodesic::wgs84);

/// Geodesic (shortest-path) distance on the WGS84 ellipsoid between `a` and `b`.
///
/// Solves the inverse geodesic problem (Karney 2013). Symmetric; zero for equal points.
///
/// ```
/// use green_corridor::route::{Position, geodesy};
/// use green_corridor::units::LengthExt;
/// // One degree of latitude along a meridian at the equator: 110,574 m = 59.71 nm.
/// let d = geodesy::distance(Position::new(0.0, 0.0)?, Position::new(1.0, 0.0)?);
/// assert!((d.nautical_miles() - 59.705).abs() < 0.01);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn distance(a: Position, b: Position) -> Length {
    nautical_miles(distance_m(a, b) / METRES_PER_NAUTICAL_MILE)
}

/// Distance in metres (hot-loop form of [`distance`]).
pub(crate) fn distance_m(a: Position, b: Position) -> f64 {
    let s12: f64 = WGS84.inverse(a.lat(), a.lon(), b.lat(), b.lon());
    s12
}

/// Initial azimuth (degrees clockwise from north) and length (m) of the geodesic from `a` to `b`.
pub(crate) fn azimuth_and_length(a: Position, b: Position) -> (f64, f64) {
    let (s12, azi1, _azi2, _a12): (f64, f64, f64, f64) =
        WGS84.inverse(a.lat(), a.lon(), b.lat(), b.lon());
    (azi1, s12)
}

/// The point `s_m` metres from `a` along azimuth `azimuth_deg` (direct geodesic problem).
pub(crate) fn travel(a: Position, azimuth_deg: f64, s_m: f64) -> Position {
    let (lat, lon): (f64, f64) = WGS84.direct(a.lat(), a.lon(), azimuth_deg, s_m);
    Position::from_table(lat.clamp(-90.0, 90.0), normalise_lon(lon))
}

/// Longitude wrapped into [-180, 180].
pub(crate) fn normalise_lon(lon: f64) -> f64 {
    let mut l = lon % 360.0;
    if l > 180.0 {
        l -= 360.0;
    } else if l < -180.0 {
        l += 360.0;
    }
    l
}

/// Points along the geodesic from `a` to `b`, evenly spaced and no more than `spacing` apart,
/// including both ends (so at least two points).
///
/// Errors: `spacing` not finite or below [`MIN_SPACING_NM`] (`geodesy.spacing`).
///
/// ```
/// use green_corridor::route::{Position, geodesy};
/// use green_corridor::units::nautical_miles;
/// let a = Position::new(0.0, 0.0)?;
/// let b = Position::new(0.0, 1.0)?; // 60.1 nm along the equator
/// let pts = geodesy::intermediate_points(a, b, nautical_miles(10.0))?;
/// assert_eq!(pts.len(), 8); // 7 pieces of 8.6 nm
/// assert_eq!(pts[0], a);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn intermediate_points(a: Position, b: Position, spacing: Length) -> Result<Vec<Position>> {
    let step = positive_spacing_m(spacing)?;
    let (azi, len) = azimuth_and_length(a, b);
    let pieces = pieces(len, step);
    let mut out = Vec::with_capacity(pieces + 1);
    out.push(a);
    for i in 1..pieces {
        out.push(travel(a, azi, len * i as f64 / pieces as f64));
    }
    out.push(b);
    Ok(out)
}

/// Smallest sampling spacing accepted, in nm (≈19 m; keeps a 10,000-nm leg under 10⁶ samples).
pub const MIN_SPACING_NM: f64 = 0.01;

/// Validates a sampling spacing and returns it in metres.
pub(crate) fn positive_spacing_m(spacing: Length) -> Result<f64> {
    let nm = spacing.nautical_miles();
    if !nm.is_finite() {
        return Err(Error::NonFinite {
            field: "geodesy.spacing".into(),
            value: nm,
        });
    }
    if nm < MIN_SPACING_NM {
        return Err(Error::OutOfRange {
            field: "geodesy.spacing".into(),
            value: nm,
            expected: format!(
                "a spacing of at least {MIN_SPACING_NM} nm (finer sampling only multiplies the work)"
            ),
        });
    }
    Ok(nm * METRES_PER_NAUTICAL_MILE)
}

/// Number of equal pieces of at most `step` metres that cover `len` metres (at least one).
pub(crate) fn pieces(len: f64, step: f64) -> usize {
    let n = (len / step).ceil();
    if n.is_finite() && n >= 1.0 {
        n as usize
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    fn p(lat: f64, lon: f64) -> Position {
        Position::new(lat, lon).unwrap()
    }

    #[test]
    fn one_degree_of_latitude_at_the_equator() {
        // Meridian arc from 0° to 1° on WGS84 = 110,574.4 m (e.g. NGA/NIMA length-of-a-degree
        // tables; hand check: a(1-e²)·∫(1-e² sin²φ)^(-3/2) dφ ≈ 6,335,439 m × 0.0174533 × 1.00001).
        let d = distance_m(p(0.0, 0.0), p(1.0, 0.0));
        assert_relative_eq!(d, 110_574.4, epsilon = 0.5);
        assert_relative_eq!(d / METRES_PER_NAUTICAL_MILE, 59.705, epsilon = 0.001);
    }

    #[test]
    fn equator_circumference() {
        // Equatorial circumference 2πa = 40,075,016.686 m; half of it along the equator
        // (0°,0°)→(0°,179°)… use two quarter-arcs so the geodesic stays on the equator.
        let quarter = distance_m(p(0.0, 0.0), p(0.0, 90.0));
        assert_relative_eq!(
            4.0 * quarter,
            2.0 * std::f64::consts::PI * 6_378_137.0,
            epsilon = 1e-3
        );
    }

    #[test]
    fn symmetric_and_zero_for_equal_points() {
        let a = p(30.617, 122.067);
        let b = p(33.75, -118.25);
        assert_eq!(distance_m(a, a), 0.0);
        assert_relative_eq!(distance_m(a, b), distance_m(b, a), epsilon = 1e-6);
        // Reference §3.2: Yangshan–Los Angeles geodesic 5,661 nm.
        assert!((distance(a, b).nautical_miles() - 5_661.0).abs() < 1.0);
    }

    #[test]
    fn intermediate_points_are_evenly_spaced_and_on_the_geodesic() {
        let a = p(30.617, 122.067);
        let b = p(33.75, -118.25);
        let pts = intermediate_points(a, b, nautical_miles(100.0)).unwrap();
        let total: f64 = pts.windows(2).map(|w| distance_m(w[0], w[1])).sum();
        // Points on the geodesic: the pieces add up to the whole.
        assert_relative_eq!(total, distance_m(a, b), epsilon = 1e-3);
        for w in pts.windows(2) {
            assert!(distance_m(w[0], w[1]) <= 100.0 * METRES_PER_NAUTICAL_MILE + 1e-6);
        }
        assert!(pts.iter().all(|q| q.check("q").is_ok()));
    }

    #[test]
    fn bad_spacing_is_an_error() {
        let a = p(0.0, 0.0);
        assert!(intermediate_points(a, a, nautical_miles(0.0)).is_err());
        assert!(intermediate_points(a, a, nautical_miles(f64::NAN)).is_err());
        assert!(intermediate_points(a, a, nautical_miles(1e-9)).is_err());
        assert_eq!(
            intermediate_points(a, a, nautical_miles(1.0))
                .unwrap()
                .len(),
            2
        );
    }

    #[test]
    fn longitude_normalisation() {
        assert_eq!(normalise_lon(190.0), -170.0);
        assert_eq!(normalise_lon(-190.0), 170.0);
        assert_eq!(normalise_lon(180.0), 180.0);
    }
}
