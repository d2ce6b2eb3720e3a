//! Passage data: how each passage is found on the sea-lane network, and the published size
//! limits of the passages that have them (data only; see [`super::passage`]).
//!
//! Identification is applied by `tools/build_route_data.py` when `data/sea_lanes.txt` is
//! built: a lane is tagged with a passage when the source dataset tags it (searoute 1.6.0's
//! own `passage` property), or when it crosses the passage's *gate* — a line between the two
//! headlands named below — or, for the Arctic passages, when it runs north of the latitude
//! named. Limits: metres as published (feet converted at 0.3048 m exactly); sources in
//! `docs/data-sources.md` § "Passage size limits".

use crate::route::Passage;
use crate::route::passage::SizeLimit;

/// How `p` is identified on the network.
pub(crate) fn identification(p: Passage) -> &'static str {
    match p {
        Passage::KoreaStrait => {
            "lanes crossing the gate from the Korean coast north-east of Busan (35.4 N 129.0 E) over \
             Tsushima (34.2 N 129.33 E) to Kyushu (33.4 N 130.1 E), both channels"
        }
        Passage::TsugaruStrait => {
            "lanes crossing the gate 41.6 N 140.6 E – 41.2 N 140.8 E (between Hokkaido and \
             Honshu west of Oma-zaki)"
        }
        Passage::Malacca => "lanes tagged `malacca` in searoute 1.6.0",
        Passage::Sunda => "lanes tagged `sunda` in searoute 1.6.0",
        Passage::Lombok => {
            "lanes crossing 8.5 S between 115.6 E (Bali east coast) and 116.06 E (Lombok west \
             coast)"
        }
        Passage::Suez => "lanes tagged `suez` in searoute 1.6.0",
        Passage::BabElMandeb => "lanes tagged `babalmandab` in searoute 1.6.0",
        Passage::Gibraltar => "lanes tagged `gibraltar` in searoute 1.6.0",
        Passage::Dover => {
            "lanes crossing the gate South Foreland (51.12 N 1.35 E) – Cap Gris-Nez \
             (50.86 N 1.60 E)"
        }
        Passage::Bosporus => "lanes tagged `bosporus` in searoute 1.6.0",
        Passage::Kiel => {
            "the Kiel Canal lane added to the network (the dataset has none): Brunsbüttel locks \
             (53.89 N 9.14 E) – Rendsburg – Kiel-Holtenau locks (54.37 N 10.15 E), chart \
             positions, joined to the nearest network nodes in the Elbe and Kiel Bight"
        }
        Passage::Panama => "lanes tagged `panama` in searoute 1.6.0",
        Passage::CapeOfGoodHope => {
            "lanes crossing the meridian of Cape Agulhas (20.0 E) south of 34.85 S"
        }
        Passage::CapeHorn => "lanes crossing the meridian of Cape Horn (67.27 W) south of 55.98 S",
        Passage::Hormuz => {
            "lanes crossing the gate Ras Musandam (26.38 N 56.40 E) – Hormuz Island (27.05 N \
             56.45 E); includes the approach to Bandar Abbas, which lies on the strait"
        }
        Passage::TaiwanStrait => {
            "lanes crossing the gate from the Fujian coast east of Xiamen (24.55 N 118.6 E) to \
             the Taiwan coast at Taichung (24.25 N 120.55 E); includes coastal lanes out of \
             Taichung"
        }
        Passage::LuzonStrait => {
            "lanes crossing the gate Eluanbi, Taiwan (21.90 N 120.85 E) – Cape Bojeador, Luzon \
             (18.52 N 120.60 E): the Bashi, Balintang and Babuyan channels"
        }
        Passage::Corinth => {
            "the dataset's lane across the Isthmus of Corinth, found by a gate across the canal \
             at its midpoint (37.925 N 22.975 E – 37.945 N 22.995 E)"
        }
        Passage::NorthwestPassage => {
            "lanes north of 68.5 N between 165 W and 75 W (Canadian Arctic Archipelago)"
        }
        Passage::NortheastPassage => {
            "lanes north of 66 N east of 60 E or west of 168.5 W (Kara, Laptev, East Siberian \
             and Chukchi seas)"
        }
    }
}

/// Panama Canal, Panamax (original) locks: 965 ft × 106 ft × 39.5 ft TFW, air draught 190 ft.
static PANAMA: [SizeLimit; 2] = [
    SizeLimit {
        name: "Panamax locks",
        max_length_m: Some(294.13),
        max_beam_m: Some(32.31),
        max_draught_m: Some(12.04),
        max_air_draught_m: Some(57.91),
        source: "Panama Canal Authority (ACP), OP Notice to Shipping 'Vessel Requirements' \
            (MR Notice N-1): Panamax locks 965 ft (294.13 m) LOA, 106 ft (32.31 m) beam, \
            39.5 ft (12.04 m) TFW draught, 190 ft (57.91 m) air draught",
    },
    SizeLimit {
        name: "Neopanamax locks",
        max_length_m: Some(366.0),
        max_beam_m: Some(51.25),
        max_draught_m: Some(15.24),
        max_air_draught_m: Some(57.91),
        source: "Panama Canal Authority (ACP), OP Notice to Shipping 'Vessel Requirements' \
            (MR Notice N-1): Neopanamax locks 1,200 ft (366 m) LOA, 168.14 ft (51.25 m) beam, \
            50 ft (15.24 m) TFW draught (the ACP lowers it in dry seasons), 190 ft (57.91 m) \
            air draught (Bridge of the Americas)",
    },
];

/// Suez Canal: Rules of Navigation (2020) Art. 52–53.
static SUEZ: [SizeLimit; 1] = [SizeLimit {
    name: "Suez Canal",
    max_length_m: Some(400.0),
    max_beam_m: Some(77.5),
    max_draught_m: Some(20.12),
    max_air_draught_m: Some(68.0),
    source: "Suez Canal Authority, Rules of Navigation 2020, Art. 52: maximum length 400 m, \
        beam 254 ft 3 in (77.5 m), air draught 68 m; maximum draught for loaded vessels 66 ft \
        (20.12 m) (Table 2; permissible draught 66 ft since January 2010, SCA / Egypt State \
        Information Service)",
}];

/// Strait of Malacca (Singapore Strait): limiting depth ≈25 m.
static MALACCA: [SizeLimit; 1] = [SizeLimit {
    name: "Strait of Malacca and Singapore (Malaccamax)",
    max_length_m: None,
    max_beam_m: None,
    max_draught_m: Some(20.5),
    max_air_draught_m: None,
    source: "Malaccamax: draught 20.5 m for the ≈25 m limiting depth of the Strait of Malacca \
        and Singapore (Fukai, Kuma, Tabira, 'Development of Malaccamax VLCCs', Mitsubishi \
        Heavy Industries Technical Review 47(3), 2010); the IMO routeing measures for deep- \
        draught vessels keep an under-keel clearance of at least 3.5 m",
}];

/// Kiel Canal: Wasserstraßen- und Schifffahrtsverwaltung des Bundes (WSV) limits.
static KIEL: [SizeLimit; 1] = [SizeLimit {
    name: "Kiel Canal",
    max_length_m: Some(235.5),
    max_beam_m: Some(32.5),
    max_draught_m: Some(9.5),
    max_air_draught_m: Some(40.0),
    source: "Kiel Canal (Nord-Ostsee-Kanal), WSV: maximum length 235.50 m, beam 32.50 m; \
        draught up to 9.50 m for ships up to 160 m long (7.00 m at the maximum length and \
        beam); bridge clearance 42 m, air draught 40 m",
}];

/// Bosporus: the Turkish Straits Maritime Traffic Regulations set no length or draught limit.
static BOSPORUS: [SizeLimit; 1] = [SizeLimit {
    name: "Strait of Istanbul (Bosporus)",
    max_length_m: None,
    max_beam_m: None,
    max_draught_m: None,
    max_air_draught_m: Some(58.0),
    source: "Turkish Straits Maritime Traffic Regulations (1998, amended 2018) and the \
        Administration's transit guidance: no definite LOA or draught restriction (ships over \
        300 m LOA need prior clearance); vessels with an air draught of 58 m or more may not \
        pass the Strait of Istanbul (bridges)",
}];

/// Corinth Canal, AEDIK (Corinth Canal S.A.) Regulations of Navigation, Art. 2: maximum
/// draught by beam (normal water level and weather); beam at most 18.30 m, but the table gives
/// no draught above 16.50 m beam ("special instances examined by the Master and the Canal
/// Service"), so wider ships do not fit here. Air draught 52 m (rail and road bridges,
/// AEDIK canal specifications). No length limit is published.
static CORINTH: [SizeLimit; 6] = [
    corinth_row("Corinth Canal, beam < 14.00 m", 14.0, 7.20),
    corinth_row("Corinth Canal, beam 14.00–14.50 m", 14.5, 7.00),
    corinth_row("Corinth Canal, beam 14.50–15.00 m", 15.0, 6.80),
    corinth_row("Corinth Canal, beam 15.00–15.50 m", 15.5, 6.60),
    corinth_row("Corinth Canal, beam 15.50–16.00 m", 16.0, 6.40),
    corinth_row("Corinth Canal, beam 16.00–16.50 m", 16.5, 6.20),
];

const fn corinth_row(name: &'static str, beam: f64, draught: f64) -> SizeLimit {
    SizeLimit {
        name,
        max_length_m: None,
        max_beam_m: Some(beam),
        max_draught_m: Some(draught),
        max_air_draught_m: Some(52.0),
        source: "AEDIK (Corinth Canal S.A.), Regulations of Navigation Art. 2 (maximum draught \
            by beam: 7.20 m below 14.00 m beam, 7.00/6.80/6.60/6.40/6.20 m up to 14.50/15.00/\
            15.50/16.00/16.50 m; width never above 18.30 m, wider than 16.50 m only as a special \
            case) and canal specifications (air draught 52 m)",
    }
}

/// The size limits of `p` (empty where none is published).
pub(crate) fn limits(p: Passage) -> &'static [SizeLimit] {
    match p {
        Passage::Panama => &PANAMA,
        Passage::Suez => &SUEZ,
        Passage::Malacca => &MALACCA,
        Passage::Kiel => &KIEL,
        Passage::Bosporus => &BOSPORUS,
        Passage::Corinth => &CORINTH,
        _ => &[],
    }
}
