//! The corridor catalogue: port pairs, their catalogue routes and a default service archetype.
//!
//! The archetype is plain data for the vessel and voyage layers (built elsewhere): ship type,
//! size, design and service speed, ships in the loop, round-trip days and port stay. Every
//! number cites docs/data-sources.md; "derived" numbers state their arithmetic.
//! Round trip = 2 × route distance / (service speed × 24 h) + port days; ships for a weekly
//! service = ⌈round trip / 7 d⌉ (docs/data-sources.md, “Service loops and corridor speed” "derived default").

use serde::Serialize;

use crate::error::Result;
use crate::route::{Route, RouteOptions, find_route, routes_between};
use crate::units::{Length, Mass, Time, Velocity, days, hours, knots, tonnes};

/// Ship type of a service archetype.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ArchetypeShipType {
    /// Container ship (liner service).
    Container,
    /// Bulk carrier (tramp/industrial shipping).
    Bulk,
}

/// A default service on a corridor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceArchetype {
    /// Ship type.
    pub ship_type: ArchetypeShipType,
    /// Capacity in TEU (container ships).
    pub capacity_teu: Option<f64>,
    /// Deadweight (serialised in t as `deadweight_t`), where the source gives it.
    #[serde(rename = "deadweight_t", serialize_with = "ser_opt_t")]
    pub deadweight: Option<Mass>,
    /// Design (maximum service) speed (serialised in kn as `design_speed_kn`).
    #[serde(rename = "design_speed_kn", serialize_with = "ser_kn")]
    pub design_speed: Velocity,
    /// Operating speed on the corridor (serialised in kn as `service_speed_kn`).
    #[serde(rename = "service_speed_kn", serialize_with = "ser_kn")]
    pub service_speed: Velocity,
    /// Ships in the loop for the service frequency (None for tramp shipping).
    pub ships_in_loop: Option<u32>,
    /// Round-trip time (serialised in days as `round_trip_days`).
    #[serde(rename = "round_trip_days", serialize_with = "ser_days")]
    pub round_trip: Time,
    /// Time in port per call at each end, including waiting and manoeuvring (serialised in h
    /// as `port_stay_h`).
    #[serde(rename = "port_stay_h", serialize_with = "ser_h")]
    pub port_stay: Time,
    /// Sources and derivations.
    pub source: &'static str,
}

fn ser_kn<S: serde::Serializer>(v: &Velocity, s: S) -> std::result::Result<S::Ok, S::Error> {
    use crate::units::VelocityExt;
    s.serialize_f64(v.knots())
}
fn ser_days<S: serde::Serializer>(t: &Time, s: S) -> std::result::Result<S::Ok, S::Error> {
    use crate::units::TimeExt;
    s.serialize_f64(t.days())
}
fn ser_h<S: serde::Serializer>(t: &Time, s: S) -> std::result::Result<S::Ok, S::Error> {
    use crate::units::TimeExt;
    s.serialize_f64(t.hours())
}
fn ser_opt_t<S: serde::Serializer>(m: &Option<Mass>, s: S) -> std::result::Result<S::Ok, S::Error> {
    use crate::units::MassExt;
    match m {
        Some(m) => s.serialize_some(&m.tonnes()),
        None => s.serialize_none(),
    }
}

/// A green corridor between two ports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Corridor {
    /// Identifier (`"shanghai-los_angeles"`).
    pub id: &'static str,
    /// Name.
    pub name: &'static str,
    /// Origin (UN/LOCODE).
    pub from: &'static str,
    /// Destination (UN/LOCODE).
    pub to: &'static str,
    /// Other destination ports served on the same corridor (LB beside LA; Tacoma beside Seattle).
    pub also: &'static [&'static str],
    /// Default service.
    pub archetype: ServiceArchetype,
    /// Corridor initiative and route source.
    pub source: &'static str,
}

impl Corridor {
    /// The default route: the shortest catalogue route between the corridor's ports.
    pub fn default_route(&self) -> Result<Route> {
        find_route(self.from, self.to, &RouteOptions::default())
    }

    /// Every catalogue route between the corridor's ports (alternatives included).
    pub fn routes(&self) -> Result<Vec<Route>> {
        routes_between(self.from, self.to)
    }

    /// Route distance as a convenience (default route).
    pub fn distance(&self) -> Result<Length> {
        self.default_route().map(|r| r.distance())
    }
}

const TRANSPACIFIC_SHIP: &str = "EPA 2022 Port Emissions Inventory Guidance Table C.3 14,500-TEU \
    bin: 65,000 kW, 25.6 kn maximum speed (docs/data-sources.md, “Container ship particulars”); service speed 16 kn: Maersk \
    methanol ship crossed China→LA in 16 days ≈ 14.8–15 kn, Far East–North America services \
    < 16 kn (docs/data-sources.md, “Sea distances — published and network figures”, §5.1), and the §5.6 derived default; port stay: the ≈6 port \
    days per round trip of the §5.6 derived default split over the two ends (72 h each, incl. \
    waiting and manoeuvring; hotel time at berth alone is ≈19–21 h per call, §5.4)";

const ASIA_EUROPE_SHIP: &str = "HMM Algeciras 23,964 TEU, 232,606 dwt (another source 224,999 \
    dwt), 22.4 kn (docs/data-sources.md, “Container ship particulars”); service speed 16 kn as in the PEMP routing comparison \
    (~27 days Shanghai–Rotterdam via Suez at 16 kn, §3.1); port stay 72 h per end as for the \
    trans-Pacific archetype (assumption: §5.4 gives no Asia–Europe figure beyond hotel time \
    Europe 21.1 h, Asia 19.1 h)";

/// The catalogue corridor with id `id` (e.g. `"shanghai-los_angeles"`; case-insensitive,
/// `-`/`_`/` ` alike).
///
/// ```
/// let la = green_corridor::voyage::corridors::corridor("Shanghai-Los_Angeles")?;
/// assert_eq!(la.id, "shanghai-los_angeles");
/// assert!(green_corridor::voyage::corridors::corridor("atlantis").is_err());
/// # Ok::<(), green_corridor::Error>(())
/// ```
///
/// Errors: [`Error::UnknownName`](crate::Error::UnknownName) listing the catalogue's ids.
pub fn corridor(id: &str) -> Result<Corridor> {
    let key = |s: &str| s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
    let all = corridors();
    let valid = all.iter().map(|c| c.id).collect::<Vec<_>>().join(", ");
    all.into_iter()
        .find(|c| key(c.id) == key(id))
        .ok_or_else(|| crate::Error::UnknownName {
            kind: "corridor",
            name: id.to_string(),
            valid,
        })
}

/// The corridor catalogue.
///
/// ```
/// use green_corridor::voyage::corridors::{corridors, ArchetypeShipType};
/// let all = corridors();
/// let la = all.iter().find(|c| c.id == "shanghai-los_angeles").unwrap();
/// assert_eq!(la.archetype.ship_type, ArchetypeShipType::Container);
/// assert_eq!(la.archetype.ships_in_loop, Some(6));
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn corridors() -> Vec<Corridor> {
    let container = |teu: f64,
                     dwt: Option<f64>,
                     design: f64,
                     ships: u32,
                     rt_days: f64,
                     source: &'static str| ServiceArchetype {
        ship_type: ArchetypeShipType::Container,
        capacity_teu: Some(teu),
        deadweight: dwt.map(tonnes),
        design_speed: knots(design),
        service_speed: knots(16.0),
        ships_in_loop: Some(ships),
        round_trip: days(rt_days),
        port_stay: hours(72.0),
        source,
    };
    vec![
        Corridor {
            id: "shanghai-los_angeles",
            name: "Los Angeles/Long Beach – Shanghai Green Shipping Corridor",
            from: "CNYSA",
            to: "USLAX",
            also: &["USLGB"],
            archetype: container(14_500.0, None, 25.6, 6, 36.0, TRANSPACIFIC_SHIP),
            source: "corridor announced Jan 2022 (docs/data-sources.md, “Service loops and corridor speed”); round trip 36 d and 6 \
                ships: §5.6 derived default (2 × 5,750 nm at 16 kn = 30 d + ≈6 port days)",
        },
        Corridor {
            id: "shanghai-seattle",
            name: "Shanghai – Seattle/Tacoma (trans-Pacific north-west)",
            from: "CNYSA",
            to: "USSEA",
            also: &["USTIW"],
            archetype: container(14_500.0, None, 25.6, 5, 33.0, TRANSPACIFIC_SHIP),
            source: "Ocean Alliance runs 4 PNW loops (docs/data-sources.md, “Service loops and corridor speed”); round trip derived: \
                2 × 5,130 nm (§3.2) at 16 kn = 26.7 d + 6 port days ≈ 33 d → 5 ships weekly",
        },
        Corridor {
            id: "busan-seattle",
            name: "US (Seattle/Tacoma) – Korea (Busan) green corridor",
            from: "KRPUS",
            to: "USSEA",
            also: &["USTIW"],
            archetype: container(14_500.0, None, 25.6, 5, 31.0, TRANSPACIFIC_SHIP),
            source: "COP27 joint statement 7 Nov 2022, green container route by 2027 \
                (docs/data-sources.md, “Service loops and corridor speed”); round trip derived: 2 × 4,675 nm (§3.2) at 16 kn = \
                24.3 d + 6 port days ≈ 31 d → 5 ships weekly",
        },
        Corridor {
            id: "singapore-los_angeles",
            name: "Singapore – Los Angeles/Long Beach Green & Digital Shipping Corridor",
            from: "SGSIN",
            to: "USLAX",
            also: &["USLGB"],
            archetype: container(14_500.0, None, 25.6, 7, 47.0, TRANSPACIFIC_SHIP),
            source: "MoU 24 Apr 2023 (docs/data-sources.md, “Service loops and corridor speed”); round trip derived: 2 × 7,791 nm \
                (§3.2) at 16 kn = 40.6 d + 6 port days ≈ 47 d → 7 ships weekly",
        },
        Corridor {
            id: "shanghai-rotterdam",
            name: "Shanghai – Rotterdam (Asia–Europe, via Suez or the Cape)",
            from: "CNYSA",
            to: "NLRTM",
            also: &[],
            archetype: container(23_964.0, Some(232_606.0), 22.4, 9, 61.0, ASIA_EUROPE_SHIP),
            source: "routing options via Suez (~10,600 nm, ~27 d at 16 kn) and the Cape \
                (~13,800 nm, ~35 d) from PEMP (docs/data-sources.md, “Sea distances — published and network figures”); round trip derived for Suez: \
                2 × 27.6 d + 6 port days ≈ 61 d → 9 ships weekly (via the Cape: 2 × 35.9 + 6 \
                ≈ 78 d → 12 ships)",
        },
        Corridor {
            id: "singapore-rotterdam",
            name: "Rotterdam – Singapore Green & Digital Shipping Corridor",
            from: "SGSIN",
            to: "NLRTM",
            also: &[],
            archetype: container(23_964.0, Some(232_606.0), 22.4, 7, 49.0, ASIA_EUROPE_SHIP),
            source: "MoU Aug 2022 (docs/data-sources.md, “Service loops and corridor speed”); distances 8,288 nm via Suez, 11,755 nm \
                via the Cape (Port of Rotterdam Authority, §3.1); round trip derived for Suez: \
                2 × 21.6 d + 6 port days ≈ 49 d → 7 ships weekly (via the Cape: 2 × 30.6 + 6 \
                ≈ 67 d → 10 ships)",
        },
        Corridor {
            id: "port_hedland-shanghai",
            name: "Australia (Pilbara) – East Asia iron-ore corridor",
            from: "AUPHE",
            to: "CNYSA",
            also: &[],
            archetype: ServiceArchetype {
                ship_type: ArchetypeShipType::Bulk,
                capacity_teu: None,
                deadweight: Some(tonnes(180_000.0)),
                design_speed: knots(14.5),
                service_speed: knots(12.5),
                ships_in_loop: None,
                round_trip: days(26.0),
                port_stay: hours(60.0),
                source: "PLACEHOLDER, NOT FROM THE PROJECT REFERENCE (which has no Capesize \
                    particulars): a generic Capesize of 180,000 DWT, 14.5 kn design and 12.5 kn \
                    service speed; round trip 2 × 3,208 nm (§3.2) at 12.5 kn = 21.4 d + ≈5 port \
                    days ≈ 26 d; port stay 60 h per end. Verify before use",
            },
            source: "LoI Apr 2022, clean-ammonia bulkers by 2028 (docs/data-sources.md, “Service loops and corridor speed”); route \
                distance 3,208 nm network (§3.2)",
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::{LengthExt, TimeExt, VelocityExt};

    #[test]
    fn every_corridor_has_routes_and_consistent_archetype() {
        for c in corridors() {
            let r = c.default_route().unwrap();
            assert_eq!(r.origin().unwrap().locode, c.from);
            assert_eq!(r.destination().unwrap().locode, c.to);
            for other in c.also {
                assert!(
                    !routes_between(c.from, other).unwrap().is_empty(),
                    "{other}"
                );
            }
            let a = &c.archetype;
            assert!(a.service_speed.knots() <= a.design_speed.knots());
            // Round trip ≥ twice the sailing time at service speed (invariant of the derivation).
            let sail_days = 2.0 * r.distance().nautical_miles() / (a.service_speed.knots() * 24.0);
            assert!(
                a.round_trip.days() >= sail_days * 0.97,
                "{}: {} < {}",
                c.id,
                a.round_trip.days(),
                sail_days
            );
            if let Some(n) = a.ships_in_loop {
                // Weekly service: ships = ⌈round trip / 7⌉.
                assert_eq!(n, (a.round_trip.days() / 7.0).ceil() as u32, "{}", c.id);
            }
        }
    }

    #[test]
    fn asia_europe_corridors_have_both_alternatives() {
        for c in corridors().iter().filter(|c| c.to == "NLRTM") {
            let routes = c.routes().unwrap();
            assert!(routes.iter().any(|r| r.uses(crate::route::Passage::Suez)));
            assert!(
                routes
                    .iter()
                    .any(|r| r.uses(crate::route::Passage::CapeOfGoodHope))
            );
        }
    }
}
