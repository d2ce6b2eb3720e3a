//! Ports: UN/LOCODE, carrier aliases, reference position, country and EU status, shore power.
//!
//! The catalogue is data (`ports_data.rs`); this file holds the types and the look-up.
//! A look-up accepts the official UN/LOCODE (with or without the space, `CN SGH` or `CNSGH`),
//! a carrier alias (`CNSHA`, `CNNGB`) or the port's name, case-insensitive. An unknown name is
//! an [`Error::UnknownName`] whose `valid` field lists the nearest entries by edit distance.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::route::Position;
use crate::route::ports_data::PORTS;

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
    /// In the EU or the EEA (where FuelEU and the EU ETS apply).
    pub eu_eea: bool,
    /// In an outermost region of the EU (TFEU Art. 349; FuelEU Art. 2).
    pub outermost_region: bool,
    /// Shore-power availability.
    pub shore_power: ShorePower,
    /// Where the code and position come from.
    pub source: &'static str,
}

/// Every port in the catalogue, in a fixed order.
pub fn ports() -> &'static [Port] {
    PORTS
}

/// Looks a port up by UN/LOCODE, alias or name (case-insensitive; spaces, hyphens and
/// punctuation ignored).
///
/// ```
/// use green_corridor::route::port;
/// assert_eq!(port("uslgb")?.name, "Long Beach");
/// assert_eq!(port("CN SGH")?.locode, "CNSGH");
/// assert_eq!(port("CNSHA")?.locode, "CNYSA");   // carrier code → Yangshan (see docs/routes.md)
/// assert_eq!(port("Rotterdam")?.locode, "NLRTM");
/// let err = port("CNSHX").unwrap_err();
/// assert!(err.to_string().contains("CNSHA"));   // nearest matches are suggested
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
    if let Some(p) = PORTS.iter().find(|p| p.locode == key) {
        return Ok(p);
    }
    if let Some(p) = PORTS
        .iter()
        .find(|p| p.aliases.iter().any(|a| normalise(a) == key))
    {
        return Ok(p);
    }
    if let Some(p) = PORTS.iter().find(|p| normalise(p.name) == key) {
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

/// At most five nearest keys (code, alias or name), each shown with the port it names.
fn suggestions(key: &str) -> String {
    let mut scored: Vec<(usize, String)> = Vec::new();
    for p in PORTS {
        let mut keys: Vec<(&str, String)> = vec![(p.locode, p.locode.to_string())];
        for a in p.aliases {
            keys.push((a, format!("{a} (→ {} {})", p.locode, p.name)));
        }
        keys.push((p.name, format!("{} ({})", p.name, p.locode)));
        for (k, shown) in keys {
            let d = edit_distance(key, &normalise(k));
            scored.push((d, shown));
        }
    }
    scored.sort();
    let limit = (key.chars().count() / 2).max(2);
    let near: Vec<String> = scored
        .into_iter()
        .filter(|(d, _)| *d <= limit)
        .take(5)
        .map(|(_, s)| s)
        .collect();
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
        assert_eq!(port("Yangshan").unwrap().locode, "CNYSA");
        assert_eq!(port("shanghai").unwrap().locode, "CNSGH");
        assert_eq!(port("Port Hedland").unwrap().locode, "AUPHE");
        assert_eq!(port("SGPPT").unwrap().locode, "SGSIN");
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
