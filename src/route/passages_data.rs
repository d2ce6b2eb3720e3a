//! Waypoints of the named passages (data only; see [`super::passage`]).
//!
//! Positions are hand-placed mid-channel from general chart knowledge, at least ≈5 nm from the
//! headlands and islands named in each comment; the few points that come from the project
//! reference (`shared/reference/corridors.md` Appendix A, §2) say so. They are *not* checked
//! against a coastline data set (none is available to the project); expect a few nm of error
//! per passage against a real track.

use crate::route::Passage;
use crate::route::Position as P;

const fn p(lat: f64, lon: f64) -> P {
    P::from_table(lat, lon)
}

/// Korea Strait, south-west → north-east: western channel between Hongdo/Geoje (34.53 N
/// 128.73 E) and Tsushima (west coast ≈129.2 E), then the reference's north-east exit point.
static KOREA_STRAIT: &[P] = &[p(34.35, 128.85), p(35.3, 129.8)];
const KOREA_STRAIT_SOURCE: &str = "(34.35 N, 128.85 E) hand-placed in the western channel \
    between Geoje/Hongdo and Tsushima; (35.3 N, 129.8 E) from corridors.md Appendix A. The \
    reference's other Korea Strait point (33.3 N, 126.5 E) lies on Jeju island and is not used; \
    routes pass south of Jeju instead";

/// Tsugaru Strait, west → east: reference west point, western narrows between Tappi-zaki
/// (41.25 N 140.35 E) and Shirakami-misaki (41.40 N 140.20 E), mid-strait between Oma-zaki
/// (41.55 N 140.91 E) and Hokkaido, eastern mouth between Shiriya-zaki (41.43 N 141.46 E) and
/// Esan-misaki (41.80 N 141.18 E), reference east point.
static TSUGARU_STRAIT: &[P] = &[
    p(41.4, 139.9),
    p(41.33, 140.28),
    p(41.65, 140.95),
    p(41.62, 141.35),
    p(41.6, 141.8),
];
const TSUGARU_SOURCE: &str = "end points (41.4 N, 139.9 E) and (41.6 N, 141.8 E) from \
    corridors.md Appendix A; three mid-channel points hand-placed between the capes named in \
    the source comment";

/// Strait of Malacca, south-east → north-west, mid-channel between the Malaysian coast
/// (Melaka, Port Dickson, Port Klang, Lumut, Penang) and Sumatra (Bengkalis, Rupat, Belawan,
/// Diamond Point), ending north-east of Weh island (5.9 N 95.3 E).
static MALACCA: &[P] = &[
    p(1.85, 102.3),
    p(2.7, 101.1),
    p(3.8, 100.0),
    p(5.3, 98.9),
    p(6.0, 97.3),
    p(6.2, 95.3),
];
const MALACCA_SOURCE: &str = "hand-placed mid-channel points along the Malacca Strait \
    traffic lanes (One Fathom Bank 2.88 N 100.98 E lies just east of the second point); \
    ends ≈18 nm north of Weh island";

/// Sunda Strait, north-east → south-west: Java Sea approach west of the Thousand Islands,
/// the channel between Sangiang and Java (Merak), past Krakatau (6.10 S 105.42 E) and west of
/// Panaitan (6.6 S 105.2 E) into the Indian Ocean.
static SUNDA: &[P] = &[
    p(-5.75, 106.05),
    p(-5.98, 105.9),
    p(-6.3, 105.6),
    p(-6.55, 104.95),
    p(-7.2, 104.6),
];
const SUNDA_SOURCE: &str = "hand-placed mid-channel points (Merak–Bakauheni narrows, \
    Krakatau, Panaitan named in the source comment)";

/// Suez Canal, south → north, along the canal axis: southern access channel, Port Tewfik,
/// Little and Great Bitter Lakes, Lake Timsah (Ismailia), El Qantara, Port Said, northern
/// access channel.
static SUEZ: &[P] = &[
    p(29.85, 32.56),
    p(29.95, 32.57),
    p(30.15, 32.55),
    p(30.32, 32.4),
    p(30.45, 32.35),
    p(30.58, 32.29),
    p(30.85, 32.32),
    p(31.1, 32.31),
    p(31.27, 32.31),
    p(31.45, 32.37),
];
const SUEZ_SOURCE: &str = "canal ends near the WPI positions of Suez/Port Tewfik (29.9667 N \
    32.55 E) and Port Said (31.2667 N 32.30 E), corridors.md §2; intermediate points \
    hand-placed on the canal axis (Bitter Lakes, Ismailia, El Qantara). Length ≈107 nm, cf. \
    193.3 km ≈ 104 nm including access channels (corridors.md §2)";

/// Bab-el-Mandeb, south → north, through the western (large-ship) channel between Perim
/// (12.65 N 43.42 E) and the African coast (Ras Siyan 12.48 N 43.33 E, Ras Dumeira 12.71 N
/// 43.13 E).
static BAB_EL_MANDEB: &[P] = &[p(12.45, 43.45), p(12.6, 43.33), p(12.8, 43.3)];
const BAB_EL_MANDEB_SOURCE: &str = "hand-placed in the channel west of Perim (capes named in \
    the source comment)";

/// Strait of Gibraltar, east → west: between Europa Point (36.11 N 5.35 W) and Ceuta, off
/// Tarifa (36.00 N 5.61 W) / Punta Cires, and between Cape Trafalgar (36.18 N 6.03 W) and
/// Cape Spartel (35.79 N 5.92 W).
static GIBRALTAR: &[P] = &[p(36.0, -5.3), p(35.955, -5.55), p(35.95, -6.0)];
const GIBRALTAR_SOURCE: &str = "hand-placed mid-strait points between the capes named in the \
    source comment (the Trafalgar–Spartel line is the Mediterranean ECA's western limit, \
    corridors.md §4.1)";

/// Panama Canal, Pacific → Atlantic: Balboa approach, Miraflores locks, Culebra (Gaillard)
/// Cut, Gatun Lake, Gatun locks, Limón Bay / Cristóbal breakwater.
static PANAMA: &[P] = &[
    p(8.88, -79.52),
    p(8.99, -79.59),
    p(9.05, -79.66),
    p(9.15, -79.8),
    p(9.27, -79.92),
    p(9.4, -79.92),
];
const PANAMA_SOURCE: &str = "hand-placed along the canal between the WPI positions of Balboa \
    (8.95 N 79.5667 W) and Cristóbal (9.35 N 79.9167 W), corridors.md §2; canal length 82 km \
    ≈ 44 nm (corridors.md §2)";

/// Cape of Good Hope, east → west: ≈22 nm south of Cape Agulhas (34.83 S 20.00 E), then
/// ≈20 nm south-west of Cape Point (34.36 S 18.50 E), clear of Cape Hangklip (34.39 S 18.83 E).
static CAPE_OF_GOOD_HOPE: &[P] = &[p(-35.2, 20.2), p(-34.55, 18.1)];
const CAPE_SOURCE: &str = "hand-placed offshore of Cape Agulhas and Cape Point (positions \
    named in the source comment)";

pub(crate) fn waypoints(passage: Passage) -> &'static [P] {
    match passage {
        Passage::KoreaStrait => KOREA_STRAIT,
        Passage::TsugaruStrait => TSUGARU_STRAIT,
        Passage::Malacca => MALACCA,
        Passage::Sunda => SUNDA,
        Passage::Suez => SUEZ,
        Passage::BabElMandeb => BAB_EL_MANDEB,
        Passage::Gibraltar => GIBRALTAR,
        Passage::Panama => PANAMA,
        Passage::CapeOfGoodHope => CAPE_OF_GOOD_HOPE,
    }
}

pub(crate) fn source(passage: Passage) -> &'static str {
    match passage {
        Passage::KoreaStrait => KOREA_STRAIT_SOURCE,
        Passage::TsugaruStrait => TSUGARU_SOURCE,
        Passage::Malacca => MALACCA_SOURCE,
        Passage::Sunda => SUNDA_SOURCE,
        Passage::Suez => SUEZ_SOURCE,
        Passage::BabElMandeb => BAB_EL_MANDEB_SOURCE,
        Passage::Gibraltar => GIBRALTAR_SOURCE,
        Passage::Panama => PANAMA_SOURCE,
        Passage::CapeOfGoodHope => CAPE_SOURCE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::geodesy;
    use crate::units::LengthExt;

    #[test]
    fn every_passage_has_valid_distinct_points() {
        for p in Passage::ALL {
            let w = p.waypoints();
            assert!(w.len() >= 2, "{p}");
            for (i, q) in w.iter().enumerate() {
                q.check(&format!("{p}[{i}]")).unwrap();
            }
            for pair in w.windows(2) {
                assert!(
                    geodesy::distance(pair[0], pair[1]).nautical_miles() > 1.0,
                    "{p}"
                );
            }
        }
    }

    #[test]
    fn canal_lengths_match_the_reference() {
        let len = |p: Passage| -> f64 {
            p.waypoints()
                .windows(2)
                .map(|w| geodesy::distance(w[0], w[1]).nautical_miles())
                .sum()
        };
        // Suez: 193.3 km incl. access channels ≈ 104 nm (corridors.md §2).
        assert!(
            (len(Passage::Suez) - 104.0).abs() < 8.0,
            "{}",
            len(Passage::Suez)
        );
        // Panama: 82 km ≈ 44 nm (corridors.md §2).
        assert!(
            (len(Passage::Panama) - 44.0).abs() < 6.0,
            "{}",
            len(Passage::Panama)
        );
    }
}
