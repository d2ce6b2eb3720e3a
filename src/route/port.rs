//! Ports: UN/LOCODE, aliases, reference position, country, EU status, shore power.
//!
//! Two tables make the catalogue:
//!
//! * **Curated** (`ports_data.rs`, 37 ports): the corridor ports, with carrier aliases, World
//!   Port Index positions, shore-power sources and the neighbouring container transhipment
//!   ports of Commission Implementing Regulation (EU) 2023/2297.
//! * **Bulk** (`data/ports.tsv`, ≈3,900 seaports): UN/LOCODE, name and position from the
//!   `searoute` 1.6.0 port list (Apache-2.0; see `docs/data-sources.md`). Country = the
//!   LOCODE's first two letters (ISO 3166-1 alpha-2); EU/EEA and outermost-region flags from
//!   the country (and, for the Azores, Madeira and the Canary Islands, the position).
//!
//! A curated entry replaces the bulk entry with the same code, and a bulk entry whose code is
//! a curated alias (`CNSHA`, `CNNGB`) is dropped, so that an alias always means the curated
//! port. Parsed once, lazily; look-ups go through a hash index of normalised keys.
//!
//! A look-up accepts the official UN/LOCODE (with or without the space, `CN SGH` or `CNSGH`),
//! an alias (`CNSHA`, `Ningbo-Zhoushan`) or the port's name, case-insensitive, in that order
//! of precedence. An unknown name is an [`Error::UnknownName`] whose `valid` field lists the
//! nearest entries by edit distance.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::route::Position;
use crate::route::ports_data::CURATED;

/// The bulk port list, compiled in.
static BULK: &str = include_str!("../../data/ports.tsv");

/// Source string of every bulk entry.
const BULK_SOURCE: &str = "searoute 1.6.0 ports.geojson (Apache-2.0): UN/LOCODE, name, \
    position; country from the LOCODE; EU/EEA and outermost-region flags derived \
    (docs/data-sources.md)";

/// Whether a port offers shore power (on-shore power supply, OPS) to the ships of a corridor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum ShorePower {
    /// Available for container ships, with the source that says so.
    Available {
        /// Citation.
        source: &'static str,
    },
    /// Not known from the project's sources.
    Unknown,
}

/// One port of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Port {
    /// Official UN/LOCODE, written without the space (`CNSGH` = "CN SGH").
    pub locode: &'static str,
    /// Port name.
    pub name: &'static str,
    /// Other codes and names that resolve to this port (carrier codes such as `CNSHA`, other
    /// official codes of the same port area, common names).
    pub aliases: &'static [&'static str],
    /// Reference position (harbour reference point; see `source`).
    pub position: Position,
    /// ISO 3166-1 alpha-2 country code.
    pub country: &'static str,
    /// In the EU or the EEA (where FuelEU and the EU ETS apply), outermost regions included.
    pub eu_eea: bool,
    /// In an outermost region of the EU (TFEU Art. 349; FuelEU Art. 2).
    pub outermost_region: bool,
    /// A neighbouring container transhipment port under Directive 2003/87/EC Art. 3ga(2), as
    /// listed by Commission Implementing Regulation (EU) 2023/2297 (East Port Said, Tanger
    /// Med): a container ship's stop there is not a port of call for the EU ETS.
    pub neighbouring_transshipment: bool,
    /// Shore-power availability.
    pub shore_power: ShorePower,
    /// Where the code and position come from.
    pub source: &'static str,
}

/// EU member states (TEU Art. 52) and EEA states (EEA Agreement: IS, LI, NO), ISO 3166-1
/// alpha-2, plus the codes UN/LOCODE gives the French outermost regions (GP, GF, MQ, YT, RE,
/// MF), which are part of the EU (TFEU Art. 349, 355(1)).
const EU_EEA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "GP", "GF",
    "MQ", "YT", "RE", "MF",
];

/// Outermost regions with a country code of their own in UN/LOCODE (TFEU Art. 349:
/// Guadeloupe, French Guiana, Martinique, Mayotte, Réunion, Saint-Martin).
const OUTERMOST_CODES: &[&str] = &["GP", "GF", "MQ", "YT", "RE", "MF"];

/// Outermost regions inside PT and ES, by position (lat₀, lat₁, lon₀, lon₁), degrees:
/// the Azores (36.9–39.8 N, 31.3–24.8 W), Madeira (32.3–33.2 N, 17.4–16.2 W; Selvagens at
/// 30.1 N included), the Canary Islands (27.6–29.5 N, 18.2–13.3 W) — island extents from
/// chart positions, with margin.
const OUTERMOST_BOXES: &[(&str, f64, f64, f64, f64)] = &[
    ("PT", 36.5, 40.1, -31.6, -24.5),
    ("PT", 29.9, 33.4, -17.6, -15.8),
    ("ES", 27.4, 29.6, -18.4, -13.2),
];

/// EU/EEA membership and the outermost-region flag for a port in `country` at `p`.
pub(crate) fn classify(country: &str, p: Position) -> (bool, bool) {
    let eu = EU_EEA.contains(&country);
    let outermost = OUTERMOST_CODES.contains(&country)
        || OUTERMOST_BOXES.iter().any(|&(c, la0, la1, lo0, lo1)| {
            c == country && (la0..=la1).contains(&p.lat()) && (lo0..=lo1).contains(&p.lon())
        });
    (eu, outermost)
}

struct Catalogue {
    ports: Vec<Port>,
    index: HashMap<String, usize>,
}

static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();

fn catalogue() -> &'static Catalogue {
    CATALOGUE.get_or_init(build)
}

fn build() -> Catalogue {
    let mut ports: Vec<Port> = CURATED.to_vec();
    let mut taken: std::collections::HashSet<String> = std::collections::HashSet::new();
    for p in CURATED {
        taken.insert(normalise(p.locode));
        for a in p.aliases {
            taken.insert(normalise(a));
        }
    }
    for line in BULK.lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(code), Some(name), Some(lat), Some(lon)) =
            (f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        if code.len() != 5 || taken.contains(code) {
            continue;
        }
        let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else {
            continue;
        };
        let Ok(position) = Position::new(lat, lon) else {
            continue;
        };
        let country = code.get(0..2).unwrap_or("");
        let (eu_eea, outermost_region) = classify(country, position);
        taken.insert(code.to_string());
        ports.push(Port {
            locode: code,
            name,
            aliases: &[],
            position,
            country,
            eu_eea,
            outermost_region,
            neighbouring_transshipment: false,
            shore_power: ShorePower::Unknown,
            source: BULK_SOURCE,
        });
    }
    let mut index: HashMap<String, usize> = HashMap::with_capacity(ports.len() * 2);
    for (i, p) in ports.iter().enumerate() {
        index.entry(normalise(p.locode)).or_insert(i);
    }
    for (i, p) in ports.iter().enumerate() {
        for a in p.aliases {
            index.entry(normalise(a)).or_insert(i);
        }
    }
    for (i, p) in ports.iter().enumerate() {
        index.entry(normalise(p.name)).or_insert(i);
    }
    Catalogue { ports, index }
}

/// Every port in the catalogue: the curated ports first, then the bulk list by code.
///
/// ```
/// let ports = green_corridor::route::ports();
/// assert!(ports.len() > 3_000);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn ports() -> &'static [Port] {
    &catalogue().ports
}

/// Looks a port up by UN/LOCODE, alias or name (case-insensitive; spaces, hyphens and
/// punctuation ignored).
///
/// ```
/// use green_corridor::route::port;
/// assert_eq!(port("uslgb")?.name, "Long Beach");
/// assert_eq!(port("CN SGH")?.locode, "CNSGH");
/// assert_eq!(port("CNSHA")?.locode, "CNYSA");     // carrier code → Yangshan (docs/routes.md)
/// assert_eq!(port("Shanghai")?.locode, "CNYSA");  // so does the name
/// assert_eq!(port("Rotterdam")?.locode, "NLRTM");
/// assert_eq!(port("Tanger Med")?.neighbouring_transshipment, true);
/// let err = port("CNSHX").unwrap_err();
/// assert!(err.to_string().contains("CNSHA"));     // nearest matches are suggested
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn port(name: &str) -> Result<&'static Port> {
    let key = normalise(name);
    if key.is_empty() {
        return Err(Error::Empty {
            field: "port".into(),
            expected: "a UN/LOCODE, carrier code or port name".into(),
        });
    }
    let c = catalogue();
    if let Some(p) = c.index.get(&key).and_then(|&i| c.ports.get(i)) {
        return Ok(p);
    }
    Err(Error::UnknownName {
        kind: "port",
        name: name.to_string(),
        valid: suggestions(&key),
    })
}

/// Upper-case, letters and digits only.
fn normalise(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Levenshtein edit distance (insertions, deletions, substitutions each cost 1).
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // prev[j] = distance between the first i chars of a and the first j chars of b.
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = Vec::with_capacity(b.len() + 1);
        cur.push(i + 1);
        for ((cb, diag), up) in b.iter().zip(prev.iter()).zip(prev.iter().skip(1)) {
            let left = cur.last().copied().unwrap_or(usize::MAX - 1);
            let sub = diag + usize::from(ca != *cb);
            cur.push(sub.min(up + 1).min(left + 1));
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

/// At most five nearest keys (code, alias or name), each shown with the port it names;
/// curated ports first on equal distance.
fn suggestions(key: &str) -> String {
    let mut scored: Vec<(usize, usize, String)> = Vec::new();
    let limit = (key.chars().count() / 2).max(2);
    let klen = key.chars().count();
    for (order, p) in ports().iter().enumerate() {
        let mut keys: Vec<(&str, String)> = vec![(p.locode, p.locode.to_string())];
        for a in p.aliases {
            keys.push((a, format!("{a} (→ {} {})", p.locode, p.name)));
        }
        keys.push((p.name, format!("{} ({})", p.name, p.locode)));
        for (k, shown) in keys {
            let nk = normalise(k);
            if nk.chars().count().abs_diff(klen) > limit {
                continue;
            }
            let d = edit_distance(key, &nk);
            if d <= limit {
                scored.push((d, order, shown));
            }
        }
    }
    scored.sort();
    let near: Vec<String> = scored.into_iter().take(5).map(|(_, _, s)| s).collect();
    if near.is_empty() {
        "no close match; see green_corridor::route::ports() for the catalogue".into()
    } else {
        near.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_hand_values() {
        assert_eq!(edit_distance("CNSHG", "CNSHA"), 1);
        assert_eq!(edit_distance("KITTEN", "SITTING"), 3);
        assert_eq!(edit_distance("", "ABC"), 3);
        assert_eq!(edit_distance("ABC", "ABC"), 0);
    }

    #[test]
    fn looks_up_codes_aliases_and_names() {
        assert_eq!(port("NLRTM").unwrap().name, "Rotterdam");
        assert_eq!(port(" nl rtm ").unwrap().locode, "NLRTM");
        assert_eq!(port("CNNGB").unwrap().locode, "CNNBO");
        assert_eq!(port("Ningbo-Zhoushan").unwrap().locode, "CNNBO");
        assert_eq!(port("Yangshan").unwrap().locode, "CNYSA");
        assert_eq!(port("shanghai").unwrap().locode, "CNYSA");
        assert_eq!(port("Huangpu").unwrap().locode, "CNSGH");
        assert_eq!(port("Port Hedland").unwrap().locode, "AUPHE");
        assert_eq!(port("SGPPT").unwrap().locode, "SGSIN");
        // Bulk ports.
        assert_eq!(port("Durres").unwrap().locode, "ALDRZ");
        assert_eq!(port("ALDRZ").unwrap().country, "AL");
    }

    #[test]
    fn at_least_a_thousand_ports_with_unique_codes() {
        let all = ports();
        assert!(all.len() >= 1_000, "{}", all.len());
        let mut seen = std::collections::HashSet::new();
        for p in all {
            assert!(seen.insert(p.locode), "duplicate {}", p.locode);
            assert!(p.locode.starts_with(p.country), "{}", p.locode);
        }
    }

    #[test]
    fn eu_outermost_and_transhipment_flags() {
        // EEA countries.
        for code in ["NLRTM", "DEHAM", "NOOSL", "ISREY", "PLGDN", "FRMRS"] {
            let p = port(code).unwrap();
            assert!(p.eu_eea && !p.outermost_region, "{code}");
        }
        // Outermost regions (TFEU Art. 349): Canary Islands, Madeira, Azores, Réunion,
        // Guadeloupe, Martinique, French Guiana.
        for code in [
            "ESLPA", "PTFNC", "PTPRV", "REPDG", "YTLON", "GPPTP", "MQFDF", "GFDDC",
        ] {
            let p = port(code).unwrap();
            assert!(p.eu_eea && p.outermost_region, "{code}");
        }
        // Mainland Portugal and Spain are not outermost; French Polynesia and Greenland are
        // not in the EU.
        for code in ["PTLIS", "ESVLC"] {
            assert!(!port(code).unwrap().outermost_region, "{code}");
        }
        for code in ["PFPPT", "GLAGM"] {
            assert!(!port(code).unwrap().eu_eea, "{code}");
        }
        // Implementing Regulation (EU) 2023/2297: exactly East Port Said and Tanger Med.
        let flagged: Vec<&str> = ports()
            .iter()
            .filter(|p| p.neighbouring_transshipment)
            .map(|p| p.locode)
            .collect();
        assert_eq!(flagged, vec!["EGPSD", "MAPTM"]);
        assert_eq!(port("East Port Said").unwrap().locode, "EGPSD");
    }

    #[test]
    fn unknown_code_suggests_nearest_matches_only() {
        match port("CNSHX").unwrap_err() {
            Error::UnknownName { kind, name, valid } => {
                assert_eq!(kind, "port");
                assert_eq!(name, "CNSHX");
                assert!(valid.contains("CNSHA"), "{valid}");
                assert!(valid.split(", ").count() <= 5, "{valid}");
                assert!(!valid.contains("NLRTM"), "{valid}");
            }
            e => panic!("unexpected {e:?}"),
        }
        assert!(matches!(port("  "), Err(Error::Empty { .. })));
        match port("ZZZZZZZZZZZZZZZZZ").unwrap_err() {
            Error::UnknownName { valid, .. } => assert!(valid.contains("no close match")),
            e => panic!("unexpected {e:?}"),
        }
    }
}
