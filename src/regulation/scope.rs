//! Each EU regime's own scope rule over the places a ledger records.
//!
//! A ledger entry says *where* its fuel was used ([`Place`]); this module says how much of it
//! each regime counts. The two texts differ:
//!
//! | where | FuelEU Maritime, Reg. (EU) 2023/1805 Art. 2(1) | EU ETS, Directive 2003/87/EC Art. 3ga |
//! |---|---|---|
//! | at berth in an EU/EEA port (incl. an outermost region) | 100 % (Art. 2(1)(a)) | 100 % |
//! | passage between two EU/EEA ports | 100 % (Art. 2(1)(b)) | 100 % |
//! | passage to or from a port in an **outermost region** | **50 %** (Art. 2(1)(c), notwithstanding (b)) | as any EU port: **100 %** to an EU port, 50 % to a third country |
//! | passage between an EU/EEA port and a third-country port | 50 % (Art. 2(1)(d)) | 50 % |
//! | passage between two third-country ports; at berth in a third country | 0 % | 0 % |
//! | container ship's stop at a **neighbouring container transhipment port** | not a port of call (Art. 3 and Art. 2(2); list by implementing act of 6 June 2025) — applied from [`FUELEU_TRANSSHIPMENT_LIST_FROM`] | not a port of call (Art. 3(z) and 3ga(2); Commission Implementing Regulation (EU) 2023/2297) — applied from [`ETS_TRANSSHIPMENT_LIST_FROM`] |
//!
//! When a stop is not a port of call, the passage counts as part of the voyage between the
//! ports of call on either side of it ([`Place::Passage`]'s `previous` and `next`); when those
//! are not recorded, the stop is treated as a third-country port of call and the result says
//! nothing more than the ledger does.
//!
//! Not modelled here (a user applies them by reporting a share on the entry, [`Scope`]): the
//! Member-State exemptions for outermost-region, island and public-service routes (FuelEU
//! Art. 2(5)–(6); ETS Art. 12(3-d), (3-e)). The ETS phase-in of the surrender obligation (40 %
//! of 2024, 70 % of 2025 emissions; Art. 3gb) is not a scope rule: it applies to the
//! allowances ([`eu_ets::PhaseIn`](crate::regulation::eu_ets::PhaseIn)).
//!
//! ```
//! use green_corridor::prelude::*;
//! use green_corridor::ledger::{Place, PortClass, PortRef, Regime};
//! use green_corridor::regulation::scope::{in_scope, ScopeContext};
//!
//! // 100 t of VLSFO from Las Palmas (Canary Islands, an outermost region) to Rotterdam.
//! let passage = Place::Passage {
//!     from: PortRef::new("ESLPA", PortClass::OutermostRegion),
//!     to: PortRef::new("NLRTM", PortClass::EeaMemberState),
//!     previous: None,
//!     next: None,
//! };
//! let mut ledger = FuelLedger::new();
//! ledger.add(PathwayId::Vlsfo, ConverterClass::Ice, tonnes(100.0), "ESLPA-NLRTM", passage)?;
//! let ctx = ScopeContext::new(2026, false);
//! let fueleu = in_scope(&ledger, Regime::FuelEu, &ctx)?;
//! let ets = in_scope(&ledger, Regime::EuEts, &ctx)?;
//! assert!((fueleu.total_mass().tonnes() - 50.0).abs() < 1e-9);  // FuelEU Art. 2(1)(c)
//! assert!((ets.total_mass().tonnes() - 100.0).abs() < 1e-9);    // ETS: an intra-EU voyage
//! # Ok::<(), green_corridor::Error>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::ledger::{FuelLedger, Place, PortClass, PortRef, Regime, Scope, ScopeShare};

/// First FuelEU reporting period in which this crate applies the neighbouring container
/// transhipment port list. The Commission adopted the FuelEU list (East Port Said, Tanger Med)
/// by implementing regulation on 6 June 2025, after the first period had begun; this crate
/// applies it from the first full period after adoption, 2026 — **an assumption**, set
/// [`ScopeContext::fueleu_transshipment_list_from`] to 2025 to apply it to 2025 too.
pub const FUELEU_TRANSSHIPMENT_LIST_FROM: i32 = 2026;

/// First EU ETS year with the neighbouring container transhipment port list: Commission
/// Implementing Regulation (EU) 2023/2297 (East Port Said, Tanger Med), applying to the
/// maritime ETS from its start on 1 January 2024.
pub const ETS_TRANSSHIPMENT_LIST_FROM: i32 = 2024;

/// What a scope rule needs beyond the place: the year and whether the ship is a container
/// ship (the transhipment-port exclusion applies to container ships only).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScopeContext {
    /// Reporting year.
    pub year: i32,
    /// Whether the ship is a container ship.
    pub container_ship: bool,
    /// First FuelEU year with the transhipment-port list ([`FUELEU_TRANSSHIPMENT_LIST_FROM`]).
    pub fueleu_transshipment_list_from: i32,
    /// The EU ETS share of a passage with one end outside the Union (Art. 3ga: 50 %; a policy
    /// timeline may override it, [`EtsPolicy`](crate::regulation::eu_ets::EtsPolicy)).
    #[serde(default = "half")]
    pub ets_extra_eu_share: ScopeShare,
}

fn half() -> ScopeShare {
    ScopeShare::HALF
}

impl ScopeContext {
    /// The context of `year` for a container ship (`true`) or any other ship.
    pub fn new(year: i32, container_ship: bool) -> Self {
        Self {
            year,
            container_ship,
            fueleu_transshipment_list_from: FUELEU_TRANSSHIPMENT_LIST_FROM,
            ets_extra_eu_share: ScopeShare::HALF,
        }
    }

    fn skips_transshipment_ports(&self, regime: Regime) -> bool {
        let from = match regime {
            Regime::FuelEu => self.fueleu_transshipment_list_from,
            Regime::EuEts => ETS_TRANSSHIPMENT_LIST_FROM,
        };
        self.container_ship && self.year >= from
    }
}

/// The share of an entry with `scope` that `regime` counts: the reported share if the entry
/// carries one, else the regime's rule over its place.
///
/// Errors: [`Error::MissingInput`] when the place is [`Place::Unrecorded`] and no share was reported
/// for `regime` (`field` names the entry).
pub fn share(regime: Regime, scope: &Scope, ctx: &ScopeContext, field: &str) -> Result<ScopeShare> {
    if let Some(s) = scope.reported(regime) {
        return Ok(s);
    }
    match regime {
        Regime::FuelEu => fueleu_share(&scope.place, ctx),
        Regime::EuEts => ets_share(&scope.place, ctx),
    }
    .ok_or_else(|| Error::MissingInput {
        field: format!("{field}.scope"),
        expected: format!(
            "a place (at berth or a passage) or a reported {} share: the entry records neither",
            match regime {
                Regime::FuelEu => "FuelEU",
                Regime::EuEts => "EU ETS",
            }
        ),
    })
}

/// The ledger `regime` sees in `ctx`: each entry weighted by [`share`].
pub fn in_scope(ledger: &FuelLedger, regime: Regime, ctx: &ScopeContext) -> Result<FuelLedger> {
    ledger.weighted(regime, |scope, field| share(regime, scope, ctx, field))
}

/// Where a place is, as a regime sees it: at berth in a port of some class, or on a passage
/// between two ports of call (transhipment stops resolved by the regime's own rule).
enum Seen {
    Berth(PortClass),
    Passage(PortClass, PortClass),
}

fn seen(place: &Place, ctx: &ScopeContext, regime: Regime) -> Option<Seen> {
    match place {
        Place::Unrecorded => None,
        Place::AtBerth { port } => Some(Seen::Berth(port.class)),
        Place::Passage {
            from,
            to,
            previous,
            next,
        } => {
            let skip = ctx.skips_transshipment_ports(regime);
            Some(Seen::Passage(
                port_of_call(from, previous.as_ref(), skip),
                port_of_call(to, next.as_ref(), skip),
            ))
        }
    }
}

/// FuelEU Maritime's share of a place (Reg. (EU) 2023/1805 Art. 2(1)); `None` for an
/// unrecorded place.
pub fn fueleu_share(place: &Place, ctx: &ScopeContext) -> Option<ScopeShare> {
    seen(place, ctx, Regime::FuelEu).map(|w| match w {
        Seen::Berth(c) => berth(c),
        // Art. 2(1)(c): to or from an outermost region, half (with the other end in the Union
        // or not; a passage between two third-country ports is out).
        Seen::Passage(PortClass::OutermostRegion, _)
        | Seen::Passage(_, PortClass::OutermostRegion) => ScopeShare::HALF,
        Seen::Passage(a, b) => by_membership(a.is_eea(), b.is_eea()),
    })
}

/// The EU ETS's share of a place (Directive 2003/87/EC Art. 3ga: outermost regions are ports
/// of the Union like any other); `None` for an unrecorded place.
pub fn ets_share(place: &Place, ctx: &ScopeContext) -> Option<ScopeShare> {
    seen(place, ctx, Regime::EuEts).map(|w| match w {
        Seen::Berth(c) => berth(c),
        Seen::Passage(a, b) if a.is_eea() != b.is_eea() => ctx.ets_extra_eu_share,
        Seen::Passage(a, b) => by_membership(a.is_eea(), b.is_eea()),
    })
}

/// At berth: counted in full in a port of the Union or the EEA (both texts), not elsewhere.
fn berth(class: PortClass) -> ScopeShare {
    if class.is_eea() {
        ScopeShare::FULL
    } else {
        ScopeShare::NONE
    }
}

/// The class of the port of call at this end of a passage: a transhipment port that is not a
/// port of call gives way to the stop beyond it (when recorded and itself a port of call).
fn port_of_call(end: &PortRef, beyond: Option<&PortRef>, skip: bool) -> PortClass {
    if skip && end.class == PortClass::NeighbouringTransshipment {
        match beyond {
            Some(p) if p.class != PortClass::NeighbouringTransshipment => p.class,
            _ => PortClass::ThirdCountry,
        }
    } else {
        end.class
    }
}

fn by_membership(a: bool, b: bool) -> ScopeShare {
    match (a, b) {
        (true, true) => ScopeShare::FULL,
        (true, false) | (false, true) => ScopeShare::HALF,
        (false, false) => ScopeShare::NONE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(code: &str, class: PortClass) -> PortRef {
        PortRef::new(code, class)
    }

    fn passage(from: PortRef, to: PortRef) -> Place {
        Place::Passage {
            from,
            to,
            previous: None,
            next: None,
        }
    }

    #[test]
    fn both_texts_on_every_class_pair() {
        use PortClass::*;
        let ctx = ScopeContext::new(2026, false);
        let rtm = p("NLRTM", EeaMemberState);
        let ham = p("DEHAM", EeaMemberState);
        let lpa = p("ESLPA", OutermostRegion);
        let sin = p("SGSIN", ThirdCountry);
        let lax = p("USLAX", ThirdCountry);
        let cases = [
            (passage(rtm.clone(), ham.clone()), 1.0, 1.0),
            (passage(rtm.clone(), sin.clone()), 0.5, 0.5),
            (passage(sin.clone(), rtm.clone()), 0.5, 0.5),
            (passage(sin.clone(), lax.clone()), 0.0, 0.0),
            (passage(lpa.clone(), rtm.clone()), 0.5, 1.0),
            (passage(rtm.clone(), lpa.clone()), 0.5, 1.0),
            (passage(lpa.clone(), sin.clone()), 0.5, 0.5),
            (Place::AtBerth { port: lpa.clone() }, 1.0, 1.0),
            (Place::AtBerth { port: rtm.clone() }, 1.0, 1.0),
            (Place::AtBerth { port: lax.clone() }, 0.0, 0.0),
        ];
        for (place, fe, ets) in cases {
            assert_eq!(fueleu_share(&place, &ctx).unwrap().value(), fe, "{place:?}");
            assert_eq!(ets_share(&place, &ctx).unwrap().value(), ets, "{place:?}");
        }
    }

    #[test]
    fn transshipment_stop_is_skipped_for_container_ships_only() {
        use PortClass::*;
        // Shanghai → Tanger Med, next stop Rotterdam: for a container ship in 2025 the ETS
        // sees the voyage Shanghai → Rotterdam (50 %); FuelEU applies its list from 2026.
        let place = Place::Passage {
            from: p("CNSHA", ThirdCountry),
            to: p("MAPTM", NeighbouringTransshipment),
            previous: None,
            next: Some(p("NLRTM", EeaMemberState)),
        };
        let box_2025 = ScopeContext::new(2025, true);
        assert_eq!(ets_share(&place, &box_2025), Some(ScopeShare::HALF));
        assert_eq!(fueleu_share(&place, &box_2025), Some(ScopeShare::NONE));
        let box_2026 = ScopeContext::new(2026, true);
        assert_eq!(fueleu_share(&place, &box_2026), Some(ScopeShare::HALF));
        let bulk = ScopeContext::new(2026, false);
        assert_eq!(ets_share(&place, &bulk), Some(ScopeShare::NONE));
        assert_eq!(fueleu_share(&place, &bulk), Some(ScopeShare::NONE));
    }

    #[test]
    fn unrecorded_place_without_a_reported_share_is_an_error() {
        let s = Scope::at(Place::Unrecorded);
        let err = share(
            Regime::FuelEu,
            &s,
            &ScopeContext::new(2026, false),
            "ledger.entries[2]",
        )
        .unwrap_err();
        assert!(
            matches!(err, Error::MissingInput { ref field, .. } if field == "ledger.entries[2].scope")
        );
    }
}
