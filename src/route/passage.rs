//! Named passages (straits, canals, capes) as first-class objects of the sea-lane network.
//!
//! Every lane of the network (`network.rs`) that runs through a passage is tagged with it, so
//! a route reports the passages it uses ([`crate::route::Route::passages`]), a query can avoid
//! or require any of them ([`crate::route::RouteOptions`]), and ship-size limits apply where a
//! passage has them ([`Passage::limits`], [`ShipDimensions`]). How each passage is found on
//! the network, and each limit's source, is data in `passages_data.rs`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::route::passages_data;
use crate::units::Length;

/// A strait, canal or cape of the sea-lane network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Passage {
    /// Korea Strait (both channels, between Korea, Tsushima and Kyushu).
    KoreaStrait,
    /// Tsugaru Strait (between Honshu and Hokkaido).
    TsugaruStrait,
    /// Strait of Malacca (between the Malay Peninsula and Sumatra).
    Malacca,
    /// Sunda Strait (between Java and Sumatra).
    Sunda,
    /// Lombok Strait (between Bali and Lombok).
    Lombok,
    /// Suez Canal.
    Suez,
    /// Bab-el-Mandeb (southern entrance of the Red Sea).
    BabElMandeb,
    /// Strait of Gibraltar.
    Gibraltar,
    /// Strait of Dover (Pas de Calais).
    Dover,
    /// Bosporus (Strait of Istanbul).
    Bosporus,
    /// Kiel Canal (Nord-Ostsee-Kanal).
    Kiel,
    /// Panama Canal.
    Panama,
    /// Rounding the Cape of Good Hope and Cape Agulhas.
    CapeOfGoodHope,
    /// Rounding Cape Horn (Drake Passage).
    CapeHorn,
    /// Strait of Hormuz (between the Musandam Peninsula and Iran).
    Hormuz,
    /// Taiwan Strait (between Fujian and Taiwan).
    TaiwanStrait,
    /// Luzon Strait (between Taiwan and Luzon: the Bashi, Balintang and Babuyan channels).
    LuzonStrait,
    /// Corinth Canal (across the Isthmus of Corinth).
    Corinth,
    /// Northwest Passage (Canadian Arctic); not used unless allowed or required.
    NorthwestPassage,
    /// Northeast Passage (Northern Sea Route, Kara Sea to Bering Strait); not used unless
    /// allowed or required.
    NortheastPassage,
}

impl Passage {
    /// Every passage, in a fixed order.
    pub const ALL: [Passage; 20] = [
        Passage::KoreaStrait,
        Passage::TsugaruStrait,
        Passage::Malacca,
        Passage::Sunda,
        Passage::Lombok,
        Passage::Suez,
        Passage::BabElMandeb,
        Passage::Gibraltar,
        Passage::Dover,
        Passage::Bosporus,
        Passage::Kiel,
        Passage::Panama,
        Passage::CapeOfGoodHope,
        Passage::CapeHorn,
        Passage::Hormuz,
        Passage::TaiwanStrait,
        Passage::LuzonStrait,
        Passage::Corinth,
        Passage::NorthwestPassage,
        Passage::NortheastPassage,
    ];

    /// The name used in serialised data (`"suez"`, `"cape_of_good_hope"`).
    pub fn key(self) -> &'static str {
        match self {
            Passage::KoreaStrait => "korea_strait",
            Passage::TsugaruStrait => "tsugaru_strait",
            Passage::Malacca => "malacca",
            Passage::Sunda => "sunda",
            Passage::Lombok => "lombok",
            Passage::Suez => "suez",
            Passage::BabElMandeb => "bab_el_mandeb",
            Passage::Gibraltar => "gibraltar",
            Passage::Dover => "dover",
            Passage::Bosporus => "bosporus",
            Passage::Kiel => "kiel",
            Passage::Panama => "panama",
            Passage::CapeOfGoodHope => "cape_of_good_hope",
            Passage::CapeHorn => "cape_horn",
            Passage::Hormuz => "hormuz",
            Passage::TaiwanStrait => "taiwan_strait",
            Passage::LuzonStrait => "luzon_strait",
            Passage::Corinth => "corinth",
            Passage::NorthwestPassage => "northwest_passage",
            Passage::NortheastPassage => "northeast_passage",
        }
    }

    /// Whether routes avoid this passage unless a query allows or requires it (the Arctic
    /// passages: seasonal, ice-class ships only).
    pub fn off_by_default(self) -> bool {
        matches!(self, Passage::NorthwestPassage | Passage::NortheastPassage)
    }

    /// How the passage is identified on the network.
    pub fn source(self) -> &'static str {
        passages_data::identification(self)
    }

    /// The published size limits of the passage: one entry per lock set or channel a ship may
    /// use (Panama has two: Panamax and Neopanamax locks); a ship fits the passage if it fits
    /// any one of them. Empty for passages without a published hard limit.
    ///
    /// ```
    /// use green_corridor::route::Passage;
    /// assert_eq!(Passage::Panama.limits().len(), 2);
    /// assert!(Passage::CapeOfGoodHope.limits().is_empty());
    /// ```
    pub fn limits(self) -> &'static [SizeLimit] {
        passages_data::limits(self)
    }

    /// The first limit `ship` breaks on the passage's largest lock set or channel, or `None`
    /// when the ship fits at least one of them.
    ///
    /// ```
    /// use green_corridor::route::{Passage, ShipDimensions};
    /// use green_corridor::units::Length;
    /// use uom::si::length::meter;
    /// let m = |v| Length::new::<meter>(v);
    /// let neopanamax = ShipDimensions::new(m(366.0), m(51.25), m(15.2));
    /// assert!(Passage::Panama.breach(&neopanamax).is_none());
    /// let too_wide = ShipDimensions::new(m(366.0), m(53.0), m(15.2));
    /// assert_eq!(Passage::Panama.breach(&too_wide).unwrap().dimension, "beam");
    /// ```
    pub fn breach(self, ship: &ShipDimensions) -> Option<Breach> {
        let limits = self.limits();
        if limits.is_empty() || limits.iter().any(|l| l.breach(ship).is_none()) {
            return None;
        }
        limits.last().and_then(|l| l.breach(ship))
    }
}

impl fmt::Display for Passage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for Passage {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let k = s.trim().to_lowercase().replace(['-', ' '], "_");
        Passage::ALL
            .into_iter()
            .find(|p| p.key() == k)
            .ok_or_else(|| Error::UnknownName {
                kind: "passage",
                name: s.to_string(),
                valid: Passage::ALL.map(Passage::key).join(", "),
            })
    }
}

/// A ship's main dimensions, for passage size limits (plain typed inputs: the route layer does
/// not depend on the vessel layer). Serialised in metres (`length_m`, `beam_m`, `draught_m`,
/// optional `air_draught_m`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShipDimensions {
    /// Length overall.
    #[serde(rename = "length_m", with = "metres")]
    pub length: Length,
    /// Beam (moulded breadth).
    #[serde(rename = "beam_m", with = "metres")]
    pub beam: Length,
    /// Draught on the voyage (tropical fresh water for Panama; the user's value is compared
    /// as given).
    #[serde(rename = "draught_m", with = "metres")]
    pub draught: Length,
    /// Air draught (height above the waterline), where known.
    #[serde(
        rename = "air_draught_m",
        with = "option_metres",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub air_draught: Option<Length>,
}

impl ShipDimensions {
    /// Length, beam and draught; no air draught.
    pub fn new(length: Length, beam: Length, draught: Length) -> Self {
        Self {
            length,
            beam,
            draught,
            air_draught: None,
        }
    }

    /// Checks every dimension is finite and positive; errors name `{field}.beam_m` etc.
    pub(crate) fn validate(&self, field: &str) -> Result<()> {
        let dims = [
            ("length_m", Some(self.length)),
            ("beam_m", Some(self.beam)),
            ("draught_m", Some(self.draught)),
            ("air_draught_m", self.air_draught),
        ];
        for (name, v) in dims {
            if let Some(v) = v {
                crate::error::in_range(|| format!("{field}.{name}"), m(v), 0.1, 1_000.0)?;
            }
        }
        Ok(())
    }
}

fn m(l: Length) -> f64 {
    l.get::<uom::si::length::meter>()
}

/// A length in metres.
pub(crate) fn metres_len(v: f64) -> Length {
    Length::new::<uom::si::length::meter>(v)
}

mod metres {
    use crate::units::Length;
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(q: &Length, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(super::m(*q))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Length, D::Error> {
        f64::deserialize(d).map(super::metres_len)
    }
}

mod option_metres {
    use crate::units::Length;
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(q: &Option<Length>, s: S) -> Result<S::Ok, S::Error> {
        match q {
            Some(l) => s.serialize_some(&super::m(*l)),
            None => s.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Length>, D::Error> {
        Option::<f64>::deserialize(d).map(|o| o.map(super::metres_len))
    }
}

/// The published limits of one lock set or channel (metres in the data, typed on read).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SizeLimit {
    /// Name of the lock set or channel (`Neopanamax locks`).
    pub name: &'static str,
    /// Maximum length overall, m.
    pub max_length_m: Option<f64>,
    /// Maximum beam, m.
    pub max_beam_m: Option<f64>,
    /// Maximum draught, m.
    pub max_draught_m: Option<f64>,
    /// Maximum air draught, m.
    pub max_air_draught_m: Option<f64>,
    /// Where the limits are published (see `docs/data-sources.md`).
    pub source: &'static str,
}

/// One broken size limit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Breach {
    /// `length`, `beam`, `draught` or `air_draught`.
    pub dimension: &'static str,
    /// The ship's value, m.
    pub value_m: f64,
    /// The limit, m.
    pub limit_m: f64,
    /// The lock set or channel.
    pub limit: &'static SizeLimit,
}

impl SizeLimit {
    /// The first dimension of `ship` over this limit, if any.
    pub fn breach(&'static self, ship: &ShipDimensions) -> Option<Breach> {
        let checks = [
            ("length", Some(m(ship.length)), self.max_length_m),
            ("beam", Some(m(ship.beam)), self.max_beam_m),
            ("draught", Some(m(ship.draught)), self.max_draught_m),
            (
                "air_draught",
                ship.air_draught.map(m),
                self.max_air_draught_m,
            ),
        ];
        checks
            .into_iter()
            .find_map(|(dimension, v, lim)| match (v, lim) {
                (Some(v), Some(l)) if v > l => Some(Breach {
                    dimension,
                    value_m: v,
                    limit_m: l,
                    limit: self,
                }),
                _ => None,
            })
    }

    /// Maximum length as a typed quantity.
    pub fn max_length(&self) -> Option<Length> {
        self.max_length_m.map(metres_len)
    }
    /// Maximum beam as a typed quantity.
    pub fn max_beam(&self) -> Option<Length> {
        self.max_beam_m.map(metres_len)
    }
    /// Maximum draught as a typed quantity.
    pub fn max_draught(&self) -> Option<Length> {
        self.max_draught_m.map(metres_len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for p in Passage::ALL {
            assert_eq!(p.key().parse::<Passage>().unwrap(), p);
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(json, format!("\"{}\"", p.key()));
            assert!(!p.source().is_empty());
        }
        assert_eq!(
            "Cape of Good Hope".parse::<Passage>().unwrap(),
            Passage::CapeOfGoodHope
        );
        assert_eq!(
            "Bab-el-Mandeb".parse::<Passage>().unwrap(),
            Passage::BabElMandeb
        );
        assert_eq!(
            "Taiwan Strait".parse::<Passage>().unwrap(),
            Passage::TaiwanStrait
        );
        assert!(matches!(
            "Strait of Magellan".parse::<Passage>(),
            Err(Error::UnknownName { .. })
        ));
    }

    #[test]
    fn panama_fits_if_either_lock_set_fits() {
        let mm = metres_len;
        // A Panamax bulker (294 × 32.3 × 12.0 m) fits both lock sets.
        let panamax = ShipDimensions::new(mm(294.0), mm(32.3), mm(12.0));
        assert!(Passage::Panama.breach(&panamax).is_none());
        // 14,000 TEU Neopanamax (366 × 51.2 × 15.2 m) fits only the new locks: still fits.
        let neo = ShipDimensions::new(mm(366.0), mm(51.2), mm(15.2));
        assert!(Passage::Panama.breach(&neo).is_none());
        assert!(Passage::Panama.limits()[0].breach(&neo).is_some());
        // HMM Algeciras (399.9 × 61 × 16.5 m): over Neopanamax length first.
        let ulcv = ShipDimensions::new(mm(399.9), mm(61.0), mm(16.5));
        let b = Passage::Panama.breach(&ulcv).unwrap();
        assert_eq!((b.dimension, b.limit_m), ("length", 366.0));
        assert!(Passage::Suez.breach(&ulcv).is_none());
        // A 20.5 m VLCC draught fits Malacca, 21 m does not; Kiel stops a 10 m draught.
        let vlcc = ShipDimensions::new(mm(333.0), mm(60.0), mm(21.0));
        assert_eq!(Passage::Malacca.breach(&vlcc).unwrap().dimension, "draught");
        let feeder = ShipDimensions::new(mm(150.0), mm(25.0), mm(10.0));
        assert_eq!(Passage::Kiel.breach(&feeder).unwrap().limit_m, 9.5);
    }

    #[test]
    fn dimensions_serde_in_metres_and_deny_unknown_fields() {
        let d: ShipDimensions =
            serde_json::from_str(r#"{"length_m":300,"beam_m":48.2,"draught_m":14.5}"#).unwrap();
        assert!((m(d.beam) - 48.2).abs() < 1e-12);
        assert!(
            serde_json::from_str::<ShipDimensions>(
                r#"{"length_m":300,"beam_m":48.2,"draught_m":14.5,"loa":1}"#
            )
            .is_err()
        );
        assert!(d.validate("ship").is_ok());
        let bad = ShipDimensions::new(metres_len(-1.0), metres_len(1.0), metres_len(1.0));
        assert!(
            matches!(bad.validate("ship"), Err(Error::OutOfRange { ref field, .. }) if field == "ship.length_m")
        );
    }
}
