//! Catalogue routes as data: ports, hand-placed sea waypoints and named passages.
//!
//! Every sea waypoint below is hand-placed from general chart knowledge and annotated with the
//! headlands or islands it keeps clear of; points taken from the project reference
//! (`shared/reference/corridors.md` Appendix A) say so. Legs between waypoints are WGS84
//! geodesics. The waypoints are **not** checked against a coastline data set; harbour approach
//! legs (the first and last ≈30 nm) run straight to the WPI harbour reference point and may cut
//! across breakwaters or small islands. Expect a few nm of difference from a real track per
//! approach and per strait.

use crate::route::Passage;

/// One step of a catalogue route.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Step {
    /// A catalogue port (UN/LOCODE): its reference position.
    Port(&'static str),
    /// A sea waypoint (lat, lon in degrees).
    Sea(f64, f64),
    /// All waypoints of a passage, oriented from the end nearer the previous step.
    Passage(Passage),
}

/// A catalogue route between two ports.
pub(crate) struct RouteTemplate {
    /// Identifier, also the route's name.
    pub id: &'static str,
    /// Origin (official UN/LOCODE).
    pub from: &'static str,
    /// Destination (official UN/LOCODE).
    pub to: &'static str,
    /// The steps.
    pub steps: fn() -> Vec<Step>,
    /// How the route was laid out and what it is compared with.
    pub source: &'static str,
}

use Step::{Passage as Via, Port, Sea};

// ---- East Asia -------------------------------------------------------------------------------

/// Yangshan to open sea: between Qushan (30.44 N 122.36 E) and Shengshan (30.71 N 122.82 E),
/// then a sea buoy 10 nm east of the Dongji islands (30.2 N 122.7 E).
const YANGSHAN_OUT: &[Step] = &[Port("CNYSA"), Sea(30.45, 122.95)];

/// East China Sea to the Korea Strait, passing ≈17 nm south-east of Jeju (south coast 33.24 N).
const TO_KOREA_STRAIT: &[Step] = &[Sea(32.95, 126.6), Via(Passage::KoreaStrait)];

/// Busan outer harbour (south-east of Oryukdo, 35.09 N 129.13 E), then the Korea Strait's
/// north-east exit point (corridors.md Appendix A).
const BUSAN_OUT: &[Step] = &[Port("KRPUS"), Sea(35.05, 129.15), Sea(35.3, 129.8)];

/// South of Japan (the reference's variant, corridors.md Appendix A): through the Osumi
/// Strait between the Mishima islands (30.8 N) and Yakushima (30.45 N), between Cape Sata
/// (31.0 N 130.66 E) and Tanegashima (north tip 30.84 N 130.97 E), then east of the Izu
/// islands. The reference's (30.9 N, 131.2 E) is moved 3′ north to clear Tanegashima.
const SOUTH_OF_JAPAN: &[Step] = &[
    Sea(30.6, 129.9),
    Sea(30.62, 130.6),
    Sea(30.92, 130.85),
    Sea(30.95, 131.2),
    Sea(34.0, 140.5),
];

/// East China Sea and Taiwan Strait southbound: clear of the Dongji islands, Dachen
/// (28.45 N 121.9 E), Matsu (26.37 N 120.5 E), Wuqiu (24.99 N 119.45 E), west of Penghu
/// (west edge 119.3 E), east of Nan'ao (23.43 N 117.1 E), off the Pearl River mouth, between
/// Hainan and the Paracels (North Reef 17.08 N 111.5 E), along Vietnam ≈40 nm off Cam Ranh
/// and Ke Ga, west of the Anambas (Jemaja 105.7 E) to the Singapore Strait.
const CHINA_TO_SINGAPORE_STRAIT: &[Step] = &[
    Sea(28.0, 122.4),
    Sea(25.5, 120.3),
    Sea(24.0, 119.0),
    Sea(22.5, 117.5),
    Sea(21.8, 115.0),
    Sea(17.5, 111.0),
    Sea(12.0, 110.0),
    Sea(5.0, 106.0),
    Sea(1.5, 104.7),
];

/// Singapore Strait, east → west: south of Horsburgh (1.33 N 104.41 E), between Changi and
/// Batam, south of Singapore island and between Tanjung Piai (1.27 N 103.51 E) and Karimun.
const SINGAPORE_STRAIT_EAST: &[Step] = &[Sea(1.26, 104.4), Sea(1.24, 104.0)];
const SINGAPORE_STRAIT_WEST: &[Step] = &[Sea(1.2, 103.75), Sea(1.2, 103.55)];

// ---- Pacific ---------------------------------------------------------------------------------

/// Los Angeles/Long Beach approach: ≈25 nm south-west of San Miguel (34.03 N 120.37 W), south
/// of the northern Channel Islands, between Santa Barbara Island (33.48 N 119.03 W) and
/// Catalina, to the reference's LA approach point (33.70 N 118.20 W, corridors.md Appendix A).
const LA_APPROACH: &[Step] = &[Sea(33.65, -120.8), Sea(33.62, -118.45), Sea(33.7, -118.2)];

/// North Pacific to Seattle: ≈90 nm south of the Aleutians at 170 W (the great circle from
/// the Tsugaru Strait to Juan de Fuca would cross the chain near Unimak into the Bering Sea),
/// then the Juan de Fuca approach and Puget Sound to Seattle: west of Cape Flattery, the reference's
/// strait entrance (48.49 N 124.75 W, corridors.md Appendix A), mid-strait, north of Dungeness
/// Spit (48.18 N 123.11 W), between Point Wilson and Point Partridge, Admiralty Inlet, between
/// Point No Point and Whidbey, off Edmonds, west of West Point into Elliott Bay.
const JUAN_DE_FUCA_TO_SEATTLE: &[Step] = &[
    Sea(51.0, -170.0),
    Sea(48.45, -125.4),
    Sea(48.49, -124.75),
    Sea(48.3, -124.0),
    Sea(48.27, -123.3),
    Sea(48.2, -122.8),
    Sea(48.11, -122.655),
    Sea(48.0, -122.63),
    Sea(47.92, -122.46),
    Sea(47.8, -122.44),
    Sea(47.66, -122.47),
    Sea(47.6, -122.38),
];

/// Seattle to Tacoma: East Passage between Vashon Island and the mainland, into Commencement
/// Bay past Browns Point (47.30 N 122.45 W).
const SEATTLE_TO_TACOMA: &[Step] = &[Sea(47.5, -122.4), Sea(47.38, -122.37), Sea(47.31, -122.47)];

/// Singapore to the Luzon Strait and the Pacific: Singapore Strait eastbound, west of the
/// Anambas, ≈100 nm off southern Vietnam, between Macclesfield Bank (114.9 E) and Scarborough
/// Shoal (117.75 E), Bashi Channel between Orchid Island (22.05 N 121.55 E) and Y'Ami
/// (21.12 N 121.95 E), Miyako Strait between Miyako (24.75 N 125.3 E) and Okinawa, south of
/// Shikoku and Kii, through the Izu chain between Aogashima (32.45 N) and Sumisu-jima (31.44 N).
const SINGAPORE_TO_PACIFIC: &[Step] = &[
    Port("SGSIN"),
    Sea(1.24, 104.0),
    Sea(1.26, 104.4),
    Sea(1.5, 104.7),
    Sea(4.5, 105.5),
    Sea(10.0, 110.0),
    Sea(21.45, 121.3),
    Sea(25.6, 126.3),
    Sea(31.95, 139.9),
];

// ---- Indian Ocean, Red Sea, Mediterranean, Atlantic -----------------------------------------

/// Malacca exit to Bab-el-Mandeb: ≈16 nm south of Dondra Head (5.92 N 80.59 E), the Eight
/// Degree Channel between Minicoy (8.28 N) and the northern Maldives (7.1 N), ≈20 nm north
/// of Socotra (north coast ≈12.65 N), mid Gulf of Aden ≈28 nm south of Aden.
const INDIAN_OCEAN_TO_BAB: &[Step] = &[
    Sea(5.65, 80.6),
    Sea(7.7, 73.0),
    Sea(13.0, 54.0),
    Sea(12.2, 46.0),
    Via(Passage::BabElMandeb),
];

/// Red Sea northbound: east of the Hanish islands (Greater Hanish east coast 42.8 E, Zukur),
/// between the Zubair islands (42.2 E) and Kamaran (42.55 E), east of Jabal al-Tair (15.55 N
/// 41.83 E), mid Red Sea, between Daedalus reef (24.93 N 35.87 E) and Ras Banas, west of the
/// Brothers (26.3 N 34.85 E), Strait of Gubal between Shadwan (27.48 N 34.0 E) and Ras
/// Muhammad, mid Gulf of Suez.
const RED_SEA_TO_SUEZ: &[Step] = &[
    Sea(13.3, 43.05),
    Sea(13.8, 43.0),
    Sea(14.5, 42.85),
    Sea(15.2, 42.38),
    Sea(16.0, 41.8),
    Sea(20.0, 38.6),
    Sea(24.0, 36.8),
    Sea(26.0, 35.3),
    Sea(27.45, 34.15),
    Sea(27.85, 33.8),
    Sea(28.5, 33.15),
    Sea(29.2, 32.75),
    Sea(29.75, 32.57),
    Via(Passage::Suez),
];

/// Mediterranean westbound: north of Cyrenaica (Ras al-Hilal 32.9 N 22.2 E), south of Crete,
/// ≈8 nm south of Malta, between Linosa (35.87 N 12.86 E) and Sicily, north of Pantelleria
/// (36.8 N 11.95 E) and Cape Bon (37.08 N 11.05 E), north of Galite (37.53 N 8.93 E) and Cap
/// Bougaroun (37.09 N 6.47 E), ≈15 nm off Algiers, south of Cabo de Gata, north of Alboran
/// island (35.94 N 3.03 W).
const MEDITERRANEAN_WESTBOUND: &[Step] = &[
    Sea(33.8, 24.0),
    Sea(35.5, 15.0),
    Sea(35.9, 13.5),
    Sea(37.3, 12.0),
    Sea(37.5, 11.0),
    Sea(37.75, 9.5),
    Sea(37.3, 5.0),
    Sea(36.8, 1.0),
    Sea(36.1, -2.0),
    Via(Passage::Gibraltar),
];

/// Gibraltar to Cape Finisterre: ≈15 nm off Cape St Vincent (37.02 N 8.99 W), ≈20 nm west of
/// Cabo da Roca and the Berlengas, ≈28 nm west of Finisterre (42.88 N 9.27 W).
const IBERIA_NORTHBOUND: &[Step] = &[Sea(36.85, -9.3), Sea(38.7, -9.95), Sea(43.1, -9.95)];

/// Finisterre to Rotterdam: west of Ushant (48.46 N 5.1 W), English Channel clear of the
/// Lizard, Start Point, Alderney, St Catherine's Point, Beachy Head and Dungeness, Dover Strait
/// mid-channel, off the Belgian coast, Maas approach, Maasmond and the Nieuwe Waterweg.
const CHANNEL_TO_ROTTERDAM: &[Step] = &[
    Sea(48.6, -5.7),
    Sea(50.0, -2.5),
    Sea(50.5, 0.5),
    Sea(51.0, 1.45),
    Sea(51.5, 2.5),
    Sea(52.0, 3.95),
    Sea(51.985, 4.05),
    Sea(51.92, 4.25),
    Port("NLRTM"),
];

/// Singapore Strait to the Sunda Strait: east of Bintan, between Lingga and the Riau islands,
/// Gaspar Strait between Bangka (east tip 106.85 E) and Belitung (west coast 107.6 E), Java Sea
/// west of the Thousand Islands.
const SINGAPORE_STRAIT_TO_SUNDA: &[Step] = &[
    Sea(0.8, 104.95),
    Sea(-1.5, 106.6),
    Sea(-2.6, 107.25),
    Via(Passage::Sunda),
];

/// Sunda Strait to the Canary Islands round the Cape: across the Indian Ocean, round the Cape,
/// north-west, ≈150 nm off Liberia and Sierra Leone (Sherbro 7.5 N 12.9 W), ≈27 nm west of
/// Dakar (Cap Vert 14.73 N 17.53 W), ≈50 nm off Cap Blanc (20.77 N 17.05 W) and ≈50 nm off
/// Dakhla, between Gran Canaria (east coast 15.36 W) and Fuerteventura (Jandía 14.5 W), west of
/// Lanzarote, then north to Finisterre well off Portugal.
const CAPE_TO_FINISTERRE: &[Step] = &[
    Via(Passage::CapeOfGoodHope),
    Sea(6.0, -15.0),
    Sea(10.5, -18.3),
    Sea(15.0, -18.0),
    Sea(21.0, -18.0),
    Sea(28.0, -15.0),
    Sea(43.1, -9.95),
];

// ---- Australia -------------------------------------------------------------------------------

/// Port Hedland to Shanghai (Capesize iron-ore route): Lombok Strait between Bali/Nusa Penida
/// (115.62 E) and Lombok (116.05 E), Makassar Strait west of the Balabalagan islands and east of
/// the Mahakam delta, ≈20 nm off Cape Mangkalihat (1.03 N 118.98 E), Sibutu Passage (position
/// uncertain by ≈10 nm), Sulu Sea between Tubbataha (8.9 N 120.0 E) and Cagayancillo, Mindoro
/// Strait east of Apo Reef (12.65 N 120.45 E), between Mindoro and Lubang, ≈16 nm off Cape
/// Bolinao, Taiwan Strait west of Penghu, then the East China Sea (reverse of the
/// southbound steps).
const HEDLAND_TO_TAIWAN_STRAIT: &[Step] = &[
    Port("AUPHE"),
    Sea(-19.6, 118.4),
    Sea(-12.0, 116.2),
    Sea(-9.0, 115.85),
    Sea(-8.2, 115.85),
    Sea(-6.0, 116.7),
    Sea(-3.5, 117.1),
    Sea(-2.0, 117.0),
    Sea(0.0, 118.6),
    Sea(1.8, 119.6),
    Sea(4.5, 119.25),
    Sea(6.0, 119.6),
    Sea(8.0, 120.4),
    Sea(10.5, 120.6),
    Sea(12.6, 120.75),
    Sea(13.3, 120.2),
    Sea(15.0, 119.5),
    Sea(20.5, 119.5),
    Sea(24.0, 119.0),
    Sea(25.5, 120.3),
    Sea(28.0, 122.4),
];

fn cat(parts: &[&[Step]]) -> Vec<Step> {
    parts.concat()
}

fn rev(steps: &[Step]) -> Vec<Step> {
    steps.iter().rev().copied().collect()
}

fn yangshan_la_tsugaru() -> Vec<Step> {
    cat(&[
        YANGSHAN_OUT,
        TO_KOREA_STRAIT,
        &[Via(Passage::TsugaruStrait)],
        LA_APPROACH,
        &[Port("USLAX")],
    ])
}
fn yangshan_lb_tsugaru() -> Vec<Step> {
    cat(&[
        YANGSHAN_OUT,
        TO_KOREA_STRAIT,
        &[Via(Passage::TsugaruStrait)],
        LA_APPROACH,
        &[Port("USLGB")],
    ])
}
fn yangshan_la_south() -> Vec<Step> {
    cat(&[YANGSHAN_OUT, SOUTH_OF_JAPAN, LA_APPROACH, &[Port("USLAX")]])
}
fn yangshan_lb_south() -> Vec<Step> {
    cat(&[YANGSHAN_OUT, SOUTH_OF_JAPAN, LA_APPROACH, &[Port("USLGB")]])
}
fn yangshan_seattle() -> Vec<Step> {
    cat(&[
        YANGSHAN_OUT,
        TO_KOREA_STRAIT,
        &[Via(Passage::TsugaruStrait)],
        JUAN_DE_FUCA_TO_SEATTLE,
        &[Port("USSEA")],
    ])
}
fn yangshan_tacoma() -> Vec<Step> {
    cat(&[
        YANGSHAN_OUT,
        TO_KOREA_STRAIT,
        &[Via(Passage::TsugaruStrait)],
        JUAN_DE_FUCA_TO_SEATTLE,
        SEATTLE_TO_TACOMA,
        &[Port("USTIW")],
    ])
}
fn busan_seattle() -> Vec<Step> {
    cat(&[
        BUSAN_OUT,
        &[Via(Passage::TsugaruStrait)],
        JUAN_DE_FUCA_TO_SEATTLE,
        &[Port("USSEA")],
    ])
}
fn busan_tacoma() -> Vec<Step> {
    cat(&[
        BUSAN_OUT,
        &[Via(Passage::TsugaruStrait)],
        JUAN_DE_FUCA_TO_SEATTLE,
        SEATTLE_TO_TACOMA,
        &[Port("USTIW")],
    ])
}
fn singapore_la() -> Vec<Step> {
    cat(&[SINGAPORE_TO_PACIFIC, LA_APPROACH, &[Port("USLAX")]])
}
fn singapore_lb() -> Vec<Step> {
    cat(&[SINGAPORE_TO_PACIFIC, LA_APPROACH, &[Port("USLGB")]])
}
fn suez_to_rotterdam() -> Vec<Step> {
    cat(&[
        INDIAN_OCEAN_TO_BAB,
        RED_SEA_TO_SUEZ,
        MEDITERRANEAN_WESTBOUND,
        IBERIA_NORTHBOUND,
        CHANNEL_TO_ROTTERDAM,
    ])
}
fn singapore_rotterdam_suez() -> Vec<Step> {
    cat(&[
        &[Port("SGSIN")],
        SINGAPORE_STRAIT_WEST,
        &[Via(Passage::Malacca)],
        &suez_to_rotterdam(),
    ])
}
fn singapore_rotterdam_cape() -> Vec<Step> {
    cat(&[
        &[Port("SGSIN")],
        SINGAPORE_STRAIT_EAST,
        SINGAPORE_STRAIT_TO_SUNDA,
        CAPE_TO_FINISTERRE,
        CHANNEL_TO_ROTTERDAM,
    ])
}
fn yangshan_rotterdam_suez() -> Vec<Step> {
    cat(&[
        YANGSHAN_OUT,
        CHINA_TO_SINGAPORE_STRAIT,
        SINGAPORE_STRAIT_EAST,
        SINGAPORE_STRAIT_WEST,
        &[Via(Passage::Malacca)],
        &suez_to_rotterdam(),
    ])
}
fn yangshan_rotterdam_cape() -> Vec<Step> {
    cat(&[
        YANGSHAN_OUT,
        CHINA_TO_SINGAPORE_STRAIT,
        SINGAPORE_STRAIT_TO_SUNDA,
        CAPE_TO_FINISTERRE,
        CHANNEL_TO_ROTTERDAM,
    ])
}
fn yangshan_singapore() -> Vec<Step> {
    cat(&[
        YANGSHAN_OUT,
        CHINA_TO_SINGAPORE_STRAIT,
        SINGAPORE_STRAIT_EAST,
        &[Port("SGSIN")],
    ])
}
fn hedland_yangshan() -> Vec<Step> {
    cat(&[HEDLAND_TO_TAIWAN_STRAIT, &rev(YANGSHAN_OUT)])
}

/// The catalogue. Distances are compared with the reference in `tests/route_distances.rs` and
/// `docs/routes.md`.
pub(crate) static ROUTES: &[RouteTemplate] = &[
    RouteTemplate {
        id: "CNYSA-USLAX via tsugaru_strait",
        from: "CNYSA",
        to: "USLAX",
        steps: yangshan_la_tsugaru,
        source: "Korea Strait – Sea of Japan – Tsugaru Strait – great circle, as the reference's network route and §4.3 (corridors.md §3.2: 5,750 nm network; §4.3: 5,664 nm)",
    },
    RouteTemplate {
        id: "CNYSA-USLAX south of Japan",
        from: "CNYSA",
        to: "USLAX",
        steps: yangshan_la_south,
        source: "south-of-Japan variant of corridors.md §4.3 (5,776 nm) with its waypoints (Appendix A)",
    },
    RouteTemplate {
        id: "CNYSA-USLGB via tsugaru_strait",
        from: "CNYSA",
        to: "USLGB",
        steps: yangshan_lb_tsugaru,
        source: "as CNYSA-USLAX; corridors.md §3.2: 5,750 nm network",
    },
    RouteTemplate {
        id: "CNYSA-USLGB south of Japan",
        from: "CNYSA",
        to: "USLGB",
        steps: yangshan_lb_south,
        source: "as CNYSA-USLAX south of Japan",
    },
    RouteTemplate {
        id: "CNYSA-USSEA via tsugaru_strait",
        from: "CNYSA",
        to: "USSEA",
        steps: yangshan_seattle,
        source: "Tsugaru – great circle – Juan de Fuca – Puget Sound (corridors.md §3.2: 5,130 nm network; §4.3: 5,016 nm)",
    },
    RouteTemplate {
        id: "CNYSA-USTIW via tsugaru_strait",
        from: "CNYSA",
        to: "USTIW",
        steps: yangshan_tacoma,
        source: "CNYSA-USSEA extended through East Passage to Tacoma",
    },
    RouteTemplate {
        id: "KRPUS-USSEA via tsugaru_strait",
        from: "KRPUS",
        to: "USSEA",
        steps: busan_seattle,
        source: "Sea of Japan – Tsugaru – great circle – Juan de Fuca (corridors.md §3.2: 4,675 nm network; §3.1: 4,616 nm logged)",
    },
    RouteTemplate {
        id: "KRPUS-USTIW via tsugaru_strait",
        from: "KRPUS",
        to: "USTIW",
        steps: busan_tacoma,
        source: "KRPUS-USSEA extended through East Passage to Tacoma",
    },
    RouteTemplate {
        id: "SGSIN-USLAX via luzon_strait",
        from: "SGSIN",
        to: "USLAX",
        steps: singapore_la,
        source: "South China Sea – Bashi Channel – Miyako Strait – south of Japan – great circle (corridors.md §3.2: 7,791 nm network)",
    },
    RouteTemplate {
        id: "SGSIN-USLGB via luzon_strait",
        from: "SGSIN",
        to: "USLGB",
        steps: singapore_lb,
        source: "as SGSIN-USLAX",
    },
    RouteTemplate {
        id: "SGSIN-NLRTM via suez",
        from: "SGSIN",
        to: "NLRTM",
        steps: singapore_rotterdam_suez,
        source: "Malacca – Bab-el-Mandeb – Suez – Gibraltar (Port of Rotterdam Authority: 8,288 nm, corridors.md §3.1)",
    },
    RouteTemplate {
        id: "SGSIN-NLRTM via cape_of_good_hope",
        from: "SGSIN",
        to: "NLRTM",
        steps: singapore_rotterdam_cape,
        source: "Sunda – Cape of Good Hope (Port of Rotterdam Authority: 11,755 nm, corridors.md §3.1)",
    },
    RouteTemplate {
        id: "CNYSA-NLRTM via suez",
        from: "CNYSA",
        to: "NLRTM",
        steps: yangshan_rotterdam_suez,
        source: "Taiwan Strait – Singapore Strait – Malacca – Suez (PEMP: ~10,600 nm; network 10,530 nm, corridors.md §3.1–3.2)",
    },
    RouteTemplate {
        id: "CNYSA-NLRTM via cape_of_good_hope",
        from: "CNYSA",
        to: "NLRTM",
        steps: yangshan_rotterdam_cape,
        source: "Taiwan Strait – Sunda – Cape (PEMP: ~13,800 nm; network 13,850 nm, corridors.md §3.1–3.2)",
    },
    RouteTemplate {
        id: "CNYSA-SGSIN",
        from: "CNYSA",
        to: "SGSIN",
        steps: yangshan_singapore,
        source: "Taiwan Strait – South China Sea (corridors.md §3.2: 2,155 nm network)",
    },
    RouteTemplate {
        id: "AUPHE-CNYSA via lombok_strait",
        from: "AUPHE",
        to: "CNYSA",
        steps: hedland_yangshan,
        source: "Lombok – Makassar – Sibutu – Sulu Sea – Mindoro – Taiwan Strait (corridors.md §3.2: 3,208 nm network)",
    },
];
