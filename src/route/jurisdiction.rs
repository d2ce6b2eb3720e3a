//! Jurisdiction: which class of territory a port lies in, and the ledger [`Place`]s a voyage
//! records from its ports.
//!
//! Geography only: the route layer says *where* (a port's [`PortClass`]: an EU/EEA Member
//! State, an outermost region, a neighbouring container transhipment port, a third country);
//! each regulation decides how much of the fuel used there counts
//! (`regulation::scope`, with the FuelEU and EU ETS rules side by side).
//!
//! * EU/EEA membership: Treaty on European Union Art. 52 (EU 27) and the EEA Agreement
//!   (Norway, Iceland, Liechtenstein), from the port catalogue's `eu_eea` flag.
//! * Outermost regions: TFEU Art. 349, from the catalogue's `outermost_region` flag.
//! * Neighbouring container transhipment ports: Commission Implementing Regulation (EU)
//!   2023/2297 (EU ETS) and the FuelEU implementing act of 6 June 2025 list the same two ports,
//!   East Port Said (Egypt) and Tanger Med (Morocco): [`NEIGHBOURING_TRANSSHIPMENT_PORTS`].

use crate::ledger::{Place, PortClass, PortRef};
use crate::route::Port;

/// UN/LOCODEs and names of the neighbouring container transhipment ports listed by Commission
/// Implementing Regulation (EU) 2023/2297 (ETS) and the FuelEU implementing act of 6 June 2025:
/// East Port Said (EG) and Tanger Med (MA). A catalogue port matches by code or by name.
pub const NEIGHBOURING_TRANSSHIPMENT_PORTS: &[&str] = &[
    "EGEPS",
    "East Port Said",
    "Port Said East",
    "MAPTM",
    "Tanger Med",
    "Tanger-Med",
];

/// The class of `port` for the EU scope rules.
///
/// ```
/// use green_corridor::ledger::PortClass;
/// use green_corridor::route::{jurisdiction::port_class, port};
/// assert_eq!(port_class(port("NLRTM")?), PortClass::EeaMemberState);
/// assert_eq!(port_class(port("ESLPA")?), PortClass::OutermostRegion);
/// assert_eq!(port_class(port("USLAX")?), PortClass::ThirdCountry);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn port_class(port: &Port) -> PortClass {
    if port.outermost_region {
        PortClass::OutermostRegion
    } else if port.eu_eea {
        PortClass::EeaMemberState
    } else if NEIGHBOURING_TRANSSHIPMENT_PORTS
        .iter()
        .any(|c| c.eq_ignore_ascii_case(port.locode) || c.eq_ignore_ascii_case(port.name))
    {
        PortClass::NeighbouringTransshipment
    } else {
        PortClass::ThirdCountry
    }
}

/// The ledger's reference to `port`: its UN/LOCODE and class.
pub fn port_ref(port: &Port) -> PortRef {
    PortRef::new(port.locode, port_class(port))
}

/// At berth in `port`.
pub fn at_berth(port: &Port) -> Place {
    Place::AtBerth {
        port: port_ref(port),
    }
}

/// Under way from `from` to `to`, with the stops before and after them when known.
pub fn passage(from: &Port, to: &Port, previous: Option<&Port>, next: Option<&Port>) -> Place {
    Place::Passage {
        from: port_ref(from),
        to: port_ref(to),
        previous: previous.map(port_ref),
        next: next.map(port_ref),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::port;

    #[test]
    fn classes_of_catalogue_ports() {
        for (code, class) in [
            ("NLRTM", PortClass::EeaMemberState),
            ("DEHAM", PortClass::EeaMemberState),
            ("GRPIR", PortClass::EeaMemberState),
            ("ESLPA", PortClass::OutermostRegion),
            ("SGSIN", PortClass::ThirdCountry),
            ("USLGB", PortClass::ThirdCountry),
            ("EGPSD", PortClass::ThirdCountry), // Port Said (west), not East Port Said
        ] {
            assert_eq!(port_class(port(code).unwrap()), class, "{code}");
        }
    }
}
