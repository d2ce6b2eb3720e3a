//! Jurisdiction: the share of a leg or a port stay that falls in the scope of the EU regimes.
//!
//! | case | FuelEU (Reg. (EU) 2023/1805 Art. 2(1)) | EU ETS (Dir. 2003/87/EC Art. 3ga) |
//! |---|---|---|
//! | at berth in an EU/EEA port (incl. outermost regions) | 100 % | 100 % |
//! | leg between two EU/EEA ports | 100 % | 100 % |
//! | leg between an EU/EEA port and a third-country port | 50 % | 50 % |
//! | leg to or from a port in an outermost region | 50 % | as an EU/EEA port (100 % / 50 %) |
//! | leg between two third-country ports, berth in a third country | 0 % | 0 % |
//!
//! Not modelled (use [`ScopeShare::new`] for them): the Member-State exemptions for outermost
//! regions, islands and public-service contracts (FuelEU Art. 2(2)–(6); ETS Art. 12(3-d),
//! (3-e)), the ETS phase-in (40 % of 2024, 70 % of 2025 emissions) and the transhipment-port
//! rule for ports within 300 nm of the EU (ETS Art. 3gaa). EEA: Norway and Iceland apply both
//! regimes through the EEA Agreement.

use serde::{Deserialize, Serialize};

use crate::ledger::ScopeShare;
use crate::route::Port;

/// Which EU regime's scope rule to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// FuelEU Maritime, Regulation (EU) 2023/1805, Art. 2(1).
    FuelEu,
    /// EU Emissions Trading System for maritime transport, Directive 2003/87/EC Art. 3ga.
    EuEts,
}

/// Scope share of the energy (FuelEU) or emissions (EU ETS) of a leg from `from` to `to`.
///
/// ```
/// use green_corridor::route::{jurisdiction::{leg_scope, Regime}, port};
/// use green_corridor::ledger::ScopeShare;
/// let rtm = port("NLRTM")?;
/// assert_eq!(leg_scope(Regime::FuelEu, rtm, port("ESALG")?), ScopeShare::FULL);
/// assert_eq!(leg_scope(Regime::EuEts, port("SGSIN")?, rtm), ScopeShare::HALF);
/// assert_eq!(leg_scope(Regime::FuelEu, port("CNYSA")?, port("USLAX")?), ScopeShare::NONE);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn leg_scope(regime: Regime, from: &Port, to: &Port) -> ScopeShare {
    match regime {
        Regime::FuelEu => {
            if from.outermost_region || to.outermost_region {
                ScopeShare::HALF
            } else {
                by_membership(from.eu_eea, to.eu_eea)
            }
        }
        // Outermost regions are part of the Union for the ETS (no 50 % rule of their own).
        Regime::EuEts => by_membership(from.eu_eea, to.eu_eea),
    }
}

fn by_membership(a: bool, b: bool) -> ScopeShare {
    match (a, b) {
        (true, true) => ScopeShare::FULL,
        (true, false) | (false, true) => ScopeShare::HALF,
        (false, false) => ScopeShare::NONE,
    }
}

/// Scope share of the energy used or emissions at berth in `port` (FuelEU Art. 2(1)(a);
/// ETS Art. 3ga: 100 % in a port under a Member State's (or EEA State's) jurisdiction).
pub fn berth_scope(regime: Regime, port: &Port) -> ScopeShare {
    let _ = regime; // the same rule for both regimes
    if port.eu_eea {
        ScopeShare::FULL
    } else {
        ScopeShare::NONE
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::port;

    #[test]
    fn leg_shares() {
        let rtm = port("NLRTM").unwrap();
        let ham = port("DEHAM").unwrap();
        let sin = port("SGSIN").unwrap();
        let sha = port("CNYSA").unwrap();
        let lax = port("USLAX").unwrap();
        let lpa = port("ESLPA").unwrap(); // Canary Islands, outermost region
        for r in [Regime::FuelEu, Regime::EuEts] {
            // EU–EU.
            assert_eq!(leg_scope(r, rtm, ham), ScopeShare::FULL);
            // EU–third country, either direction.
            assert_eq!(leg_scope(r, rtm, sin), ScopeShare::HALF);
            assert_eq!(leg_scope(r, sha, rtm), ScopeShare::HALF);
            // Third country–third country.
            assert_eq!(leg_scope(r, sha, lax), ScopeShare::NONE);
        }
        // Outermost region: 50 % under FuelEU even towards the mainland; ETS treats it as EU.
        assert_eq!(leg_scope(Regime::FuelEu, lpa, rtm), ScopeShare::HALF);
        assert_eq!(leg_scope(Regime::EuEts, lpa, rtm), ScopeShare::FULL);
        assert_eq!(leg_scope(Regime::EuEts, lpa, sin), ScopeShare::HALF);
    }

    #[test]
    fn berth_shares() {
        for r in [Regime::FuelEu, Regime::EuEts] {
            assert_eq!(berth_scope(r, port("NLRTM").unwrap()), ScopeShare::FULL);
            assert_eq!(berth_scope(r, port("ESLPA").unwrap()), ScopeShare::FULL);
            assert_eq!(berth_scope(r, port("USLGB").unwrap()), ScopeShare::NONE);
        }
    }
}
