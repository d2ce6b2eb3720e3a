//! Named passages (straits, canals, capes) as first-class groups of waypoints.
//!
//! A route that goes through a passage contains the passage's waypoints in order and tags them
//! with the passage, so a route can report which passages it uses (for ship-size limits, for
//! security rerouting and for restrictions, `shared/reference/peers.md` §2.1 items 1–4 and 7).
//! The waypoints themselves are data in `passages_data.rs`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::route::Position;
use crate::route::passages_data;

/// A strait, canal or cape that routes are built through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Passage {
    /// Korea Strait (western channel, between Korea and Tsushima).
    KoreaStrait,
    /// Tsugaru Strait (between Honshu and Hokkaido).
    TsugaruStrait,
    /// Strait of Malacca (between the Malay Peninsula and Sumatra).
    Malacca,
    /// Sunda Strait (between Java and Sumatra).
    Sunda,
    /// Suez Canal (Suez/Port Tewfik to Port Said, with its access channels).
    Suez,
    /// Bab-el-Mandeb (southern entrance of the Red Sea).
    BabElMandeb,
    /// Strait of Gibraltar.
    Gibraltar,
    /// Panama Canal (Balboa to Cristóbal).
    Panama,
    /// Rounding the Cape of Good Hope and Cape Agulhas.
    CapeOfGoodHope,
}

impl Passage {
    /// Every passage, in a fixed order.
    pub const ALL: [Passage; 9] = [
        Passage::KoreaStrait,
        Passage::TsugaruStrait,
        Passage::Malacca,
        Passage::Sunda,
        Passage::Suez,
        Passage::BabElMandeb,
        Passage::Gibraltar,
        Passage::Panama,
        Passage::CapeOfGoodHope,
    ];

    /// The name used in serialised data (`"suez"`, `"cape_of_good_hope"`).
    pub fn key(self) -> &'static str {
        match self {
            Passage::KoreaStrait => "korea_strait",
            Passage::TsugaruStrait => "tsugaru_strait",
            Passage::Malacca => "malacca",
            Passage::Sunda => "sunda",
            Passage::Suez => "suez",
            Passage::BabElMandeb => "bab_el_mandeb",
            Passage::Gibraltar => "gibraltar",
            Passage::Panama => "panama",
            Passage::CapeOfGoodHope => "cape_of_good_hope",
        }
    }

    /// The passage's waypoints in their canonical order (a route may use them in reverse).
    ///
    /// ```
    /// use green_corridor::route::Passage;
    /// assert!(Passage::Suez.waypoints().len() >= 2);
    /// ```
    pub fn waypoints(self) -> &'static [Position] {
        passages_data::waypoints(self)
    }

    /// Where the waypoints come from and how they were placed.
    pub fn source(self) -> &'static str {
        passages_data::source(self)
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
        assert!(matches!(
            "Hormuz".parse::<Passage>(),
            Err(Error::UnknownName { .. })
        ));
    }
}
