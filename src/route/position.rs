//! A validated geographic position (latitude and longitude in degrees on WGS84).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Result, in_range};

/// A point on the WGS84 ellipsoid: latitude in [-90°, 90°] (north positive) and longitude in
/// [-180°, 180°] (east positive), both finite.
///
/// Serialised as `{"lat": 33.75, "lon": -118.25}`; deserialisation validates and rejects unknown
/// fields.
///
/// ```
/// use green_corridor::route::Position;
/// let la = Position::new(33.75, -118.25)?; // Los Angeles, WPI 16080
/// assert_eq!(la.lat(), 33.75);
/// assert!(Position::new(91.0, 0.0).is_err());
/// # Ok::<(), green_corridor::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "PositionInput")]
pub struct Position {
    lat: f64,
    lon: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PositionInput {
    lat: f64,
    lon: f64,
}

impl TryFrom<PositionInput> for Position {
    type Error = crate::Error;
    fn try_from(p: PositionInput) -> Result<Self> {
        Position::validated("position", p.lat, p.lon)
    }
}

impl Position {
    /// A validated position; errors name the fields `position.lat` / `position.lon`.
    pub fn new(lat: f64, lon: f64) -> Result<Self> {
        Self::validated("position", lat, lon)
    }

    /// A validated position whose errors name `{field}.lat` / `{field}.lon`
    /// (e.g. `route.waypoints[3].lat`).
    pub fn validated(field: &str, lat: f64, lon: f64) -> Result<Self> {
        in_range(|| format!("{field}.lat"), lat, -90.0, 90.0)?;
        in_range(|| format!("{field}.lon"), lon, -180.0, 180.0)?;
        Ok(Self { lat, lon })
    }

    /// For the crate's own data tables only: every table row is checked by a unit test
    /// (`all_catalogue_positions_are_valid` in `route::ports_data` and friends).
    pub(crate) const fn from_table(lat: f64, lon: f64) -> Self {
        Self { lat, lon }
    }

    /// Latitude in degrees, north positive.
    pub fn lat(&self) -> f64 {
        self.lat
    }

    /// Longitude in degrees, east positive, in [-180, 180].
    pub fn lon(&self) -> f64 {
        self.lon
    }

    /// Checks a position that did not come through [`Position::new`] (a table row).
    #[cfg(test)]
    pub(crate) fn check(&self, field: &str) -> Result<()> {
        Self::validated(field, self.lat, self.lon).map(|_| ())
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ns = if self.lat >= 0.0 { 'N' } else { 'S' };
        let ew = if self.lon >= 0.0 { 'E' } else { 'W' };
        write!(
            f,
            "{:.4}°{} {:.4}°{}",
            self.lat.abs(),
            ns,
            self.lon.abs(),
            ew
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;

    #[test]
    fn rejects_out_of_range_and_non_finite_with_field_names() {
        let e = Position::validated("route.waypoints[3]", 90.5, 0.0).unwrap_err();
        assert!(
            matches!(e, Error::OutOfRange { ref field, .. } if field == "route.waypoints[3].lat")
        );
        let e = Position::validated("p", 0.0, -180.01).unwrap_err();
        assert!(matches!(e, Error::OutOfRange { ref field, .. } if field == "p.lon"));
        let e = Position::validated("p", f64::NAN, 0.0).unwrap_err();
        assert!(matches!(e, Error::NonFinite { ref field, .. } if field == "p.lat"));
        let e = Position::validated("p", 0.0, f64::INFINITY).unwrap_err();
        assert!(matches!(e, Error::NonFinite { ref field, .. } if field == "p.lon"));
        assert!(Position::new(-90.0, 180.0).is_ok());
    }

    #[test]
    fn serde_validates_and_denies_unknown_fields() {
        let p: Position = serde_json::from_str(r#"{"lat": 1.5, "lon": 103.8}"#).unwrap();
        assert_eq!(p, Position::new(1.5, 103.8).unwrap());
        assert!(serde_json::from_str::<Position>(r#"{"lat": 95, "lon": 0}"#).is_err());
        assert!(serde_json::from_str::<Position>(r#"{"lat": 1, "lon": 0, "alt": 3}"#).is_err());
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, r#"{"lat":1.5,"lon":103.8}"#);
    }

    #[test]
    fn displays_hemispheres() {
        let p = Position::new(-20.3167, 118.5833).unwrap();
        assert_eq!(p.to_string(), "20.3167°S 118.5833°E");
    }
}
