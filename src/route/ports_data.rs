//! The port catalogue (data only; types and look-up in [`super::port`]).
//!
//! Sources: docs/data-sources.md, “Ports — UN/LOCODE codes and positions” — codes from the official UN/LOCODE list (as
//! mirrored in `geoapify/un-locode`, Oct 2024), positions from the NGA *World Port Index*
//! (Pub. 150) harbour reference points (1′ precision; harbour reference points, not berths).
//! EU/EEA membership: Treaty on European Union Art. 52 (EU 27) and the EEA Agreement (NO, IS,
//! LI). Outermost regions: TFEU Art. 349. Shore power: docs/data-sources.md, “Shore power at corridor ports” where cited, else
//! [`ShorePower::Unknown`].

use crate::route::Position;
use crate::route::port::{Port, ShorePower};

/// Every port, in a fixed order (corridor ports first).
pub(crate) static CURATED: &[Port] = &[
    Port {
        locode: "CNSGH",
        name: "Shanghai (Huangpu)",
        aliases: &["CNSHG", "Shanghai Pt", "Huangpu", "Shanghai Huangpu"],
        position: Position::from_table(31.2167, 121.5),
        country: "CN",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Available {
            source: "Shanghai: 13 high-voltage shore-power facilities covering 19 berths incl. Yangshan by end-2017 (https://ecopartnerships.lbl.gov/partnership/port-los); 100 % capability for container vessels by Oct 2025 (https://www.newsbeep.com/us-ca/16142); docs/data-sources.md, “Shore power at corridor ports”",
        },
        source: "UN/LOCODE CNSGH (Shanghai, functions 12345---) and CNSHG (Shanghai Pt); position NGA World Port Index (Pub. 150) reference point, WPI no. 59970 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "CNYSA",
        name: "Yangshan",
        aliases: &[
            "CNSHA",
            "Shanghai",
            "CNYAN",
            "Shanghai Yangshan",
            "Yangshan Deep Water Port",
        ],
        position: Position::from_table(30.617, 122.067),
        country: "CN",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Available {
            source: "Shanghai: 13 high-voltage shore-power facilities covering 19 berths incl. Yangshan by end-2017 (https://ecopartnerships.lbl.gov/partnership/port-los); 100 % capability for container vessels by Oct 2025 (https://www.newsbeep.com/us-ca/16142); docs/data-sources.md, “Shore power at corridor ports”",
        },
        source: "UN/LOCODE CNYSA (no official coordinates); carrier code CNSHA (officially Hongqiao airport) resolves here because the corridor terminal and all 'Shanghai' distances of docs/data-sources.md, “Sea distances — published and network figures” are Yangshan; position 30°37′N 122°04′E (https://en.wikipedia.org/wiki/Yangshan_Port), docs/data-sources.md, “Ports — UN/LOCODE codes and positions”",
    },
    Port {
        locode: "CNNBO",
        name: "Ningbo",
        aliases: &[
            "CNNGB",
            "CNNBG",
            "Ningbo Pt",
            "CNBEI",
            "Beilun",
            "Ningbo-Zhoushan",
        ],
        position: Position::from_table(29.8833, 121.55),
        country: "CN",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE CNNBO (Ningbo), CNNBG (Ningbo Pt), CNBEI (Beilun); carrier code CNNGB (officially Ningbo Lishe airport); position NGA World Port Index (Pub. 150) reference point, WPI no. 59940 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "CNZOS",
        name: "Zhoushan",
        aliases: &[],
        position: Position::from_table(30.0, 122.1),
        country: "CN",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE CNZOS; position NGA World Port Index (Pub. 150) reference point, WPI no. 59960 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "CNYTN",
        name: "Yantian",
        aliases: &["Shenzhen Yantian"],
        position: Position::from_table(22.5833, 114.2667),
        country: "CN",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE CNYTN (its official coordinate ≈26.85 N 119.87 E is wrong); position NGA World Port Index (Pub. 150) reference point, WPI no. 57857 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "CNSHK",
        name: "Shekou",
        aliases: &["CNCWN", "Chiwan", "Shenzhen Shekou", "CNSNZ", "Shenzhen"],
        position: Position::from_table(22.4667, 113.8667),
        country: "CN",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE CNSHK (Shekou Pt), CNCWN (Chiwan Pt), CNSNZ (Shenzhen city); position NGA World Port Index (Pub. 150) reference point, WPI no. 57777 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "KRPUS",
        name: "Busan",
        aliases: &["Pusan", "KRBNP", "Busan New Port"],
        position: Position::from_table(35.1, 129.0333),
        country: "KR",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE KRPUS; Busan New Port KRBNP (35.0833 N 128.8167 E) resolves here; position NGA World Port Index (Pub. 150) reference point, WPI no. 60390 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "JPTYO",
        name: "Tokyo",
        aliases: &[],
        position: Position::from_table(35.6667, 139.75),
        country: "JP",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE JPTYO; position NGA World Port Index (Pub. 150) reference point, WPI no. 61380 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "JPYOK",
        name: "Yokohama",
        aliases: &[],
        position: Position::from_table(35.45, 139.5833),
        country: "JP",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE JPYOK; position NGA World Port Index (Pub. 150) reference point, WPI no. 61390 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "SGSIN",
        name: "Singapore",
        aliases: &["SGKEP", "Keppel", "SGPPT", "Pasir Panjang", "SGTUA", "Tuas"],
        position: Position::from_table(1.2833, 103.85),
        country: "SG",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE SGSIN (also SGKEP, SGPPT, SGTUA); position NGA World Port Index (Pub. 150) reference point, WPI no. 50000 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”) (Keppel – East Singapore)",
    },
    Port {
        locode: "USLAX",
        name: "Los Angeles",
        aliases: &["San Pedro", "Terminal Island"],
        position: Position::from_table(33.75, -118.25),
        country: "US",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Available {
            source: "100 % shore-power capability for container vessels at Shanghai, LA and LB by Oct 2025 (https://www.newsbeep.com/us-ca/16142, docs/data-sources.md, “Shore power at corridor ports”)",
        },
        source: "UN/LOCODE USLAX; position NGA World Port Index (Pub. 150) reference point, WPI no. 16080 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "USLGB",
        name: "Long Beach",
        aliases: &[],
        position: Position::from_table(33.7667, -118.1833),
        country: "US",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Available {
            source: "100 % shore-power capability for container vessels at Shanghai, LA and LB by Oct 2025 (https://www.newsbeep.com/us-ca/16142, docs/data-sources.md, “Shore power at corridor ports”)",
        },
        source: "UN/LOCODE USLGB; position NGA World Port Index (Pub. 150) reference point, WPI no. 16070 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "USOAK",
        name: "Oakland",
        aliases: &[],
        position: Position::from_table(37.8167, -122.3333),
        country: "US",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE USOAK; position NGA World Port Index (Pub. 150) reference point, WPI no. 16340 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "USSEA",
        name: "Seattle",
        aliases: &[],
        position: Position::from_table(47.6, -122.3333),
        country: "US",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE USSEA; position NGA World Port Index (Pub. 150) reference point, WPI no. 17730 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "USTIW",
        name: "Tacoma",
        aliases: &[],
        position: Position::from_table(47.2833, -122.4167),
        country: "US",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE USTIW; position NGA World Port Index (Pub. 150) reference point, WPI no. 17700 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "CAVAN",
        name: "Vancouver",
        aliases: &["Vancouver BC"],
        position: Position::from_table(49.2833, -123.1167),
        country: "CA",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE CAVAN (not US VAN, Vancouver WA); position NGA World Port Index (Pub. 150) reference point, WPI no. 18150 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "CAPRR",
        name: "Prince Rupert",
        aliases: &[],
        position: Position::from_table(54.3167, -130.3333),
        country: "CA",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE CAPRR; position NGA World Port Index (Pub. 150) reference point, WPI no. 18950 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "NLRTM",
        name: "Rotterdam",
        aliases: &[],
        position: Position::from_table(51.9, 4.4833),
        country: "NL",
        eu_eea: true,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE NLRTM; position NGA World Port Index (Pub. 150) reference point, WPI no. 31140 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "BEANR",
        name: "Antwerp",
        aliases: &["Antwerp-Bruges", "Antwerpen"],
        position: Position::from_table(51.2167, 4.4),
        country: "BE",
        eu_eea: true,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE BEANR; position NGA World Port Index (Pub. 150) reference point, WPI no. 31250 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "DEHAM",
        name: "Hamburg",
        aliases: &[],
        position: Position::from_table(53.55, 9.9333),
        country: "DE",
        eu_eea: true,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE DEHAM; position NGA World Port Index (Pub. 150) reference point, WPI no. 30780 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "PAPCN",
        name: "Panama Canal",
        aliases: &[],
        position: Position::from_table(9.08, -79.68),
        country: "PA",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE PAPCN (function --3-----, 9.0667 N 79.6667 W); position 9°04′48″N 79°40′48″W (https://sco.wikipedia.org/wiki/Panama_Canal), docs/data-sources.md, “Ports — UN/LOCODE codes and positions”",
    },
    Port {
        locode: "PABLB",
        name: "Balboa",
        aliases: &[],
        position: Position::from_table(8.95, -79.5667),
        country: "PA",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE PABLB (Pacific end of the Panama Canal); position NGA World Port Index (Pub. 150) reference point, WPI no. 15410 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "PACTB",
        name: "Cristobal",
        aliases: &[
            "Cristóbal",
            "PAONX",
            "Colon",
            "Colón",
            "PAMIT",
            "Manzanillo",
        ],
        position: Position::from_table(9.35, -79.9167),
        country: "PA",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE PACTB (Atlantic end of the Panama Canal; Colón PAONX 9.3667 N 79.8833 W and Manzanillo PAMIT resolve here); position NGA World Port Index (Pub. 150) reference point, WPI no. 9860 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "EGPSD",
        name: "Port Said",
        aliases: &["East Port Said", "Port Said East"],
        position: Position::from_table(31.2667, 32.3),
        country: "EG",
        eu_eea: false,
        outermost_region: false,
        // Commission Implementing Regulation (EU) 2023/2297, Annex: East Port Said (Egypt).
        // UN/LOCODE has no separate code for East Port Said: carriers file it under EGPSD
        // with terminal suffixes, so the whole EGPSD entry carries the flag.
        neighbouring_transshipment: true,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE EGPSD (north end of the Suez Canal); position NGA World Port Index (Pub. 150) reference point, WPI no. 45140 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "EGSUZ",
        name: "Suez",
        aliases: &["Port Tewfik", "EGSCN"],
        position: Position::from_table(29.9667, 32.55),
        country: "EG",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE EGSUZ (south end of the Suez Canal; EGSCN 'Suez Canal' resolves here, its mirrored coordinate 42.3 N is wrong); position NGA World Port Index (Pub. 150) reference point, WPI no. 48040 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "USNYC",
        name: "New York",
        aliases: &[
            "USEWR",
            "Newark",
            "USEZA",
            "Elizabeth",
            "New York/New Jersey",
        ],
        position: Position::from_table(40.7, -74.0167),
        country: "US",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE USNYC (Newark USEWR, Elizabeth USEZA resolve here); position NGA World Port Index (Pub. 150) reference point, WPI no. 7640 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "USSAV",
        name: "Savannah",
        aliases: &[],
        position: Position::from_table(32.0833, -81.0833),
        country: "US",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE USSAV; position NGA World Port Index (Pub. 150) reference point, WPI no. 8530 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "USHOU",
        name: "Houston",
        aliases: &[],
        position: Position::from_table(29.75, -95.2833),
        country: "US",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE USHOU; position NGA World Port Index (Pub. 150) reference point, WPI no. 9240 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "BRSSZ",
        name: "Santos",
        aliases: &[],
        position: Position::from_table(-23.95, -46.3),
        country: "BR",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE BRSSZ; position NGA World Port Index (Pub. 150) reference point, WPI no. 12970 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "AUMEL",
        name: "Melbourne",
        aliases: &[],
        position: Position::from_table(-37.8333, 144.9667),
        country: "AU",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE AUMEL; position NGA World Port Index (Pub. 150) reference point, WPI no. 54030 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "AUPHE",
        name: "Port Hedland",
        aliases: &[],
        position: Position::from_table(-20.3167, 118.5833),
        country: "AU",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE AUPHE; position NGA World Port Index (Pub. 150) reference point, WPI no. 54620 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "AEJEA",
        name: "Jebel Ali",
        aliases: &["Dubai"],
        position: Position::from_table(25.0167, 55.05),
        country: "AE",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE AEJEA; position NGA World Port Index (Pub. 150) reference point, WPI no. 48276 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "LKCMB",
        name: "Colombo",
        aliases: &[],
        position: Position::from_table(6.95, 79.85),
        country: "LK",
        eu_eea: false,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE LKCMB; position NGA World Port Index (Pub. 150) reference point, WPI no. 49240 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "GRPIR",
        name: "Piraeus",
        aliases: &[],
        position: Position::from_table(37.9333, 23.65),
        country: "GR",
        eu_eea: true,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE GRPIR; position NGA World Port Index (Pub. 150) reference point, WPI no. 42230 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "ESALG",
        name: "Algeciras",
        aliases: &[],
        position: Position::from_table(36.1333, -5.4333),
        country: "ES",
        eu_eea: true,
        outermost_region: false,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE ESALG; position NGA World Port Index (Pub. 150) reference point, WPI no. 38310 (docs/data-sources.md, “Ports — UN/LOCODE codes and positions”)",
    },
    Port {
        locode: "ESLPA",
        name: "Las Palmas",
        aliases: &["Las Palmas de Gran Canaria"],
        position: Position::from_table(28.14, -15.42),
        country: "ES",
        eu_eea: true,
        outermost_region: true,
        neighbouring_transshipment: false,
        shore_power: ShorePower::Unknown,
        source: "NOT in the project reference: added as the one outermost-region port (Canary Islands, TFEU Art. 349) so that the FuelEU outermost-region rule can be exercised. UN/LOCODE ESLPA; position 28.14 N 15.42 W approximate harbour position (unverified, ±2′) — verify before relying on it",
    },
    Port {
        locode: "MAPTM",
        name: "Tanger Med",
        aliases: &["Tanger-Med", "Tangier Med", "Port Tanger Mediterranee"],
        position: Position::from_table(35.8833, -5.5),
        country: "MA",
        eu_eea: false,
        outermost_region: false,
        // Commission Implementing Regulation (EU) 2023/2297, Annex: Tanger Med (Morocco).
        neighbouring_transshipment: true,
        shore_power: ShorePower::Unknown,
        source: "UN/LOCODE MAPTM (Tanger Med); position 35°53′N 5°30′W (port of Tanger Med, chart position, approximate); neighbouring container transhipment port under Commission Implementing Regulation (EU) 2023/2297 (docs/data-sources.md)",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn all_catalogue_positions_are_valid() {
        for (i, p) in CURATED.iter().enumerate() {
            p.position.check(&format!("ports[{i}].position")).unwrap();
        }
    }

    #[test]
    fn codes_and_aliases_are_unique_and_well_formed() {
        let mut seen = BTreeSet::new();
        for p in CURATED {
            assert_eq!(p.locode.len(), 5, "{}", p.locode);
            assert!(
                p.locode.starts_with(p.country),
                "{} vs {}",
                p.locode,
                p.country
            );
            assert!(seen.insert(p.locode.to_string()), "duplicate {}", p.locode);
            for a in p.aliases {
                let k: String = a
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_uppercase)
                    .collect();
                assert!(seen.insert(k.clone()), "duplicate alias {k}");
            }
            assert!(!p.source.is_empty());
            assert!(
                !p.outermost_region || p.eu_eea,
                "{}: outermost regions are EU",
                p.locode
            );
        }
    }

    #[test]
    fn eu_flag_matches_country() {
        // EU 27 + EEA (NO, IS, LI) among the catalogue's countries.
        const EU_EEA: &[&str] = &[
            "NL", "BE", "DE", "GR", "ES", "NO", "IS", "LI", "FR", "IT", "DK", "SE", "FI", "PL",
            "PT",
        ];
        for p in CURATED {
            assert_eq!(p.eu_eea, EU_EEA.contains(&p.country), "{}", p.locode);
        }
    }
}
