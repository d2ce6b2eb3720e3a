//! Where fuel was used: geography on every ledger entry, no regulation's share.
//!
//! **Geography says where; each regulation says how much counts.** A ledger entry records a
//! [`Place`] — at berth in a port, or on a passage between two ports, each port with its
//! [`PortClass`] from the port catalogue — and, for reported data only, the share a verifier
//! already applied per regime ([`Scope::fueleu`], [`Scope::eu_ets`]). FuelEU Maritime
//! (Reg. (EU) 2023/1805 Art. 2) and the EU ETS (Directive 2003/87/EC Art. 3ga) each derive their
//! own share from the place (`regulation::scope`), so one ledger serves every regime at once.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::ledger::ScopeShare;

/// How a port is classed for the EU regimes' scope rules. The class is geography and law of
/// the port's territory, not a share: each regulation turns it into a share its own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PortClass {
    /// A port under the jurisdiction of an EU Member State (outside the outermost regions) or
    /// of an EEA EFTA State applying the regimes (Norway, Iceland).
    EeaMemberState,
    /// A port in an outermost region of the Union (TFEU Art. 349: Guadeloupe, French Guiana,
    /// Martinique, Mayotte, Réunion, Saint-Martin, the Azores, Madeira, the Canary Islands).
    OutermostRegion,
    /// A third-country port listed as a neighbouring container transhipment port (less than
    /// 300 nm from an EU port, over 65 % transhipment): for container ships a stop there is not
    /// a port of call (ETS Art. 3ga(2), Commission Implementing Regulation (EU) 2023/2297;
    /// FuelEU Art. 2(2) and its implementing act of 6 June 2025). East Port Said and Tanger Med.
    NeighbouringTransshipment,
    /// Any other port.
    ThirdCountry,
}

impl PortClass {
    /// Whether the port lies in the Union or the EEA (a Member State's mainland or an
    /// outermost region).
    pub fn is_eea(self) -> bool {
        matches!(self, PortClass::EeaMemberState | PortClass::OutermostRegion)
    }
}

/// A port as a ledger records it: its code and its class.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortRef {
    /// UN/LOCODE (or any code the user keeps).
    pub locode: Arc<str>,
    /// Its class for the EU scope rules.
    pub class: PortClass,
}

impl PortRef {
    /// A port reference.
    pub fn new(locode: &str, class: PortClass) -> Self {
        Self {
            locode: Arc::from(locode),
            class,
        }
    }
}

/// Where a ledger entry's fuel (or shore power) was used.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", deny_unknown_fields)]
pub enum Place {
    /// Not recorded. A regime can count such an entry only from a share reported with it
    /// ([`Scope::fueleu`], [`Scope::eu_ets`]); otherwise it is an error, never a guess.
    Unrecorded,
    /// At berth (securely moored) in `port`.
    AtBerth {
        /// The port.
        port: PortRef,
    },
    /// Under way between two consecutive stops — at sea, at anchor or manoeuvring on the way
    /// from `from` to `to`.
    Passage {
        /// The stop the ship left.
        from: PortRef,
        /// The stop it is bound for.
        to: PortRef,
        /// The stop before `from`, if known: a regime that does not count `from` as a port of
        /// call (a neighbouring transhipment port, for container ships) looks back to it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        previous: Option<PortRef>,
        /// The stop after `to`, if known (the same rule, looking ahead).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        next: Option<PortRef>,
    },
}

/// The two EU regimes whose scope share an entry may carry as reported data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// FuelEU Maritime, Regulation (EU) 2023/1805, Art. 2.
    FuelEu,
    /// EU Emissions Trading System for maritime transport, Directive 2003/87/EC Art. 3ga.
    EuEts,
}

/// An entry's place and, for reported data, the shares already applied per regime.
///
/// A bare [`ScopeShare`] converts into a `Scope` with that share reported for both regimes and
/// no place — the shape of MRV-style reported data. A [`Place`] converts into a `Scope` with no
/// reported share: each regime derives its own.
///
/// ```
/// use green_corridor::ledger::{Place, PortClass, PortRef, Regime, Scope, ScopeShare};
/// let s: Scope = ScopeShare::HALF.into();
/// assert_eq!(s.reported(Regime::EuEts), Some(ScopeShare::HALF));
/// let p: Scope = Place::AtBerth { port: PortRef::new("NLRTM", PortClass::EeaMemberState) }.into();
/// assert_eq!(p.reported(Regime::FuelEu), None);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scope {
    /// Where the fuel was used.
    pub place: Place,
    /// FuelEU share reported with the entry (overrides the place rule).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fueleu: Option<ScopeShare>,
    /// EU ETS share reported with the entry (overrides the place rule).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub eu_ets: Option<ScopeShare>,
}

impl Scope {
    /// A place, no reported share.
    pub fn at(place: Place) -> Self {
        Self {
            place,
            fueleu: None,
            eu_ets: None,
        }
    }

    /// Shares reported per regime, no place.
    pub fn reported_shares(fueleu: ScopeShare, eu_ets: ScopeShare) -> Self {
        Self {
            place: Place::Unrecorded,
            fueleu: Some(fueleu),
            eu_ets: Some(eu_ets),
        }
    }

    /// The share reported for `regime`, if any.
    pub fn reported(&self, regime: Regime) -> Option<ScopeShare> {
        match regime {
            Regime::FuelEu => self.fueleu,
            Regime::EuEts => self.eu_ets,
        }
    }

    /// The scope of an entry already weighted for `regime`: fully counted by it, counted by
    /// no other regime (so a weighted ledger can never be counted twice).
    pub fn weighted_for(&self, regime: Regime) -> Self {
        let (fueleu, eu_ets) = match regime {
            Regime::FuelEu => (ScopeShare::FULL, ScopeShare::NONE),
            Regime::EuEts => (ScopeShare::NONE, ScopeShare::FULL),
        };
        Self {
            place: self.place.clone(),
            fueleu: Some(fueleu),
            eu_ets: Some(eu_ets),
        }
    }
}

impl From<ScopeShare> for Scope {
    fn from(share: ScopeShare) -> Self {
        Scope::reported_shares(share, share)
    }
}

impl From<Place> for Scope {
    fn from(place: Place) -> Self {
        Scope::at(place)
    }
}

/// On input a scope is either a bare share (reported, both regimes) or the full form
/// `{ place, fueleu, eu_ets }`; a bad share keeps its own message (field, value, range).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScopeFull {
    #[serde(default = "unrecorded")]
    place: Place,
    #[serde(default)]
    fueleu: Option<ScopeShare>,
    #[serde(default)]
    eu_ets: Option<ScopeShare>,
}

fn unrecorded() -> Place {
    Place::Unrecorded
}

/// Reads a bare number as `T::from(ScopeShare)` or a map as `M`, then converts.
pub(crate) struct ShareOrMap<T, M>(std::marker::PhantomData<(T, M)>);

impl<T, M> ShareOrMap<T, M> {
    pub(crate) fn new() -> Self {
        Self(std::marker::PhantomData)
    }
}

impl<'de, T, M> serde::de::Visitor<'de> for ShareOrMap<T, M>
where
    T: From<ScopeShare> + From<M>,
    M: Deserialize<'de>,
{
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a share from 0 to 1, or a table")
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<T, E> {
        ScopeShare::new(v).map(T::from).map_err(E::custom)
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<T, E> {
        self.visit_f64(v as f64)
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<T, E> {
        self.visit_f64(v as f64)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> std::result::Result<T, A::Error> {
        M::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(T::from)
    }
}

impl From<ScopeFull> for Scope {
    fn from(f: ScopeFull) -> Self {
        Scope {
            place: f.place,
            fueleu: f.fueleu,
            eu_ets: f.eu_ets,
        }
    }
}

impl<'de> Deserialize<'de> for Scope {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_any(ShareOrMap::<Scope, ScopeFull>::new())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_share_and_full_form_deserialise() {
        let s: Scope = serde_json::from_str("0.5").unwrap();
        assert_eq!(
            s,
            Scope::reported_shares(ScopeShare::HALF, ScopeShare::HALF)
        );
        let f: Scope = serde_json::from_str(
            r#"{"place": {"kind": "at_berth", "port": {"locode": "ESLPA", "class": "outermost_region"}}}"#,
        )
        .unwrap();
        assert_eq!(
            f.place,
            Place::AtBerth {
                port: PortRef::new("ESLPA", PortClass::OutermostRegion)
            }
        );
        assert_eq!(f.reported(Regime::FuelEu), None);
        assert!(serde_json::from_str::<Scope>("1.5").is_err());
    }

    #[test]
    fn weighted_scope_counts_for_one_regime_only() {
        let s = Scope::at(Place::Unrecorded).weighted_for(Regime::FuelEu);
        assert_eq!(s.reported(Regime::FuelEu), Some(ScopeShare::FULL));
        assert_eq!(s.reported(Regime::EuEts), Some(ScopeShare::NONE));
    }
}
