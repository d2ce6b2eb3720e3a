//! Emission control area polygons as data (lat, lon in degrees), with their sources.
//!
//! Each polygon is closed landward over land: only its seaward edges matter, because routes stay
//! at sea. Vertices inland are marked "(inland)" and are placed only to keep the ring simple.

/// North American ECA, Pacific segment: the 47 boundary points of MARPOL Annex VI Appendix VII
/// (as converted to decimal degrees in docs/data-sources.md, “MARPOL Annex VI — sulphur limits and ECAs”, from the French
/// transposition of the annex), from the US–Mexico border (pt 1) to off Kodiak (pt 47), closed
/// landward over Alaska, Canada and the US (inland points).
pub(crate) static NORTH_AMERICAN_PACIFIC: &[(f64, f64)] = &[
    (32.5361, -117.1031),
    (32.5344, -117.1247),
    (32.5275, -117.2389),
    (32.5536, -117.2639),
    (32.5725, -117.3669),
    (32.5897, -117.4647),
    (32.6272, -117.8261),
    (31.1331, -118.6058),
    (30.5569, -121.7914),
    (31.7697, -123.2894),
    (32.3661, -123.8456),
    (32.9442, -124.1964),
    (33.6700, -124.4542),
    (34.5244, -125.2811),
    (35.2439, -125.7231),
    (35.7333, -126.3147),
    (36.2736, -126.7583),
    (37.0264, -127.1217),
    (37.7608, -127.6339),
    (38.4189, -127.8833),
    (39.4181, -128.5231),
    (40.3131, -128.7628),
    (41.2275, -128.6728),
    (42.2136, -129.0106),
    (42.7928, -129.0950),
    (43.4394, -129.0239),
    (44.4119, -128.6897),
    (45.5119, -128.6672),
    (46.1836, -128.8169),
    (46.5653, -129.0747),
    (47.6653, -131.2614),
    (48.5422, -132.6833),
    (48.9631, -133.2464),
    (49.3775, -134.2642),
    (50.0311, -135.3169),
    (51.0550, -136.7625),
    (51.9011, -137.6983),
    (52.7533, -138.3372),
    (53.4889, -138.6767),
    (53.6775, -138.8147),
    (54.2292, -139.5439),
    (54.6569, -139.9386),
    (55.3383, -140.9292),
    (56.1200, -141.6050),
    (56.4756, -142.2886),
    (56.6219, -142.8158),
    (58.8511, -153.2508),
    // Landward closure (inland): Kenai/Alaska interior, Yukon, British Columbia interior,
    // Idaho, Arizona, back to point 1 at the US–Mexico border.
    (60.5, -150.0),
    (62.0, -140.0),
    (55.0, -120.0),
    (45.0, -115.0),
    (32.7, -115.0),
];

/// North American ECA, Atlantic and Gulf of Mexico coasts — **coarse approximation**: the
/// project reference gives no boundary points for this segment (docs/data-sources.md, “MARPOL Annex VI — sulphur limits and ECAs” says only
/// "up to 200 nm from the coasts"). Seaward vertices hand-placed ≈200 nm off the US and
/// Canadian coasts, cut back where the US EEZ meets Mexico, Cuba and the Bahamas; northern end
/// at 60 N off Labrador (assumed). Expect errors of up to ≈50 nm against MARPOL Annex VI
/// Appendix VII; no catalogue route uses this segment.
pub(crate) static NORTH_AMERICAN_ATLANTIC_APPROX: &[(f64, f64)] = &[
    (25.97, -97.15),
    (25.95, -96.5),
    (26.0, -93.5),
    (25.6, -91.0),
    (25.8, -88.0),
    (25.2, -86.5),
    (24.0, -84.5),
    (24.0, -83.0),
    (23.8, -81.5),
    (24.3, -80.0),
    (25.8, -79.3),
    (27.5, -79.0),
    (29.0, -76.8),
    (31.5, -76.0),
    (34.0, -72.5),
    (36.0, -71.5),
    (38.5, -69.5),
    (40.0, -65.5),
    (41.5, -58.0),
    (45.0, -48.5),
    (49.5, -49.0),
    (55.0, -53.5),
    (60.0, -60.0),
    // Landward closure (inland): Labrador, Quebec, Ontario, US Midwest, Texas.
    (60.0, -64.2),
    (55.0, -70.0),
    (45.0, -75.0),
    (35.0, -85.0),
    (30.0, -97.5),
];

/// North American ECA, the eight main Hawaiian Islands — **coarse approximation**: an octagon
/// ≈200 nm around Niihau–Hawaii (19.0–22.2 N, 154.8–160.2 W); docs/data-sources.md, “MARPOL Annex VI — sulphur limits and ECAs” gives the
/// extent in words only. Errors up to ≈50 nm.
pub(crate) static NORTH_AMERICAN_HAWAII_APPROX: &[(f64, f64)] = &[
    (25.6, -161.0),
    (25.4, -157.5),
    (23.8, -153.5),
    (21.0, -151.2),
    (17.5, -152.0),
    (15.6, -155.5),
    (17.0, -159.0),
    (19.5, -163.0),
    (22.5, -163.8),
];

/// United States Caribbean Sea ECA (Puerto Rico, US Virgin Islands) — **coarse approximation**
/// of the US EEZ around the islands (north to ≈200 nm, south to the boundary with Venezuela's
/// EEZ, west to the Dominican Republic's, east to the British Virgin Islands' and Anguilla's).
/// The Appendix VII coordinates are not in the project reference. Errors up to ≈40 nm.
pub(crate) static US_CARIBBEAN_APPROX: &[(f64, f64)] = &[
    (21.9, -67.6),
    (21.9, -65.0),
    (19.0, -64.3),
    (17.9, -64.4),
    (16.0, -64.2),
    (15.3, -65.5),
    (15.5, -67.5),
    (18.0, -67.9),
    (19.5, -67.8),
];

/// North Sea SOx ECA = the North Sea area of MARPOL Annex V Reg. 1 (14.6) as referenced by
/// Annex VI Reg. 14.3: the North Sea south of 62 N and east of 4 W, the Skagerrak (southern
/// limit east of the Skaw at 57°44.8′N) and the English Channel and its approaches east of 5 W
/// and north of 48°30′N. Seaward edges exact to these lines; landward closure over Great
/// Britain (keeping the Bristol Channel and Irish Sea outside), Norway, Sweden, Jutland,
/// Germany, the Netherlands, Belgium and France (inland points).
pub(crate) static NORTH_SEA: &[(f64, f64)] = &[
    (48.5, -5.0),
    (50.05, -5.0),
    // Great Britain (inland): Cornwall, Dartmoor, Wiltshire, Midlands, Pennines, Southern
    // Uplands, Highlands, to 4 W on the north coast.
    (50.45, -4.7),
    (50.65, -3.85),
    (51.2, -2.2),
    (52.5, -2.0),
    (54.05, -2.3),
    (55.3, -2.8),
    (56.5, -4.0),
    (58.55, -4.0),
    (62.0, -4.0),
    // Norway and Sweden (inland).
    (62.0, 7.0),
    (61.0, 8.5),
    (60.0, 11.5),
    (58.6, 12.0),
    // The Skaw line: Swedish coast to Skagen at 57°44.8′N.
    (57.7467, 11.85),
    (57.7467, 10.6),
    // Jutland, Germany, the Netherlands, Belgium, France (inland).
    (57.0, 9.9),
    (56.0, 9.2),
    (54.9, 9.0),
    (53.5, 10.0),
    (53.0, 7.5),
    (52.0, 5.5),
    (51.1, 4.6),
    (50.9, 3.6),
    (50.0, 2.0),
    (49.0, 0.3),
    (48.5, -1.5),
];

/// Baltic Sea SOx ECA = the Baltic Sea area of MARPOL Annex I Reg. 1.11.2 (Baltic proper, Gulf
/// of Bothnia, Gulf of Finland and the entrance bounded by the parallel of the Skaw at
/// 57°44.8′N), referenced by Annex VI Reg. 14.3. Closed landward over Sweden, Finland, Russia,
/// the Baltic states, Poland, Germany and Jutland (inland points).
pub(crate) static BALTIC: &[(f64, f64)] = &[
    (57.7467, 10.6),
    (57.7467, 11.85),
    (59.0, 13.0),
    (62.0, 16.0),
    (66.2, 22.5),
    (66.2, 25.5),
    (61.5, 26.0),
    (60.5, 31.0),
    (59.0, 31.0),
    (57.5, 28.0),
    (54.5, 24.0),
    (53.5, 18.0),
    (53.3, 14.5),
    (53.6, 10.8),
    (54.9, 9.3),
    (56.0, 9.6),
    (57.0, 10.2),
];

/// Mediterranean Sea SOx ECA (MEPC.361(79), 0.10 % from 1 May 2025): the Mediterranean bounded
/// by the line Cape Trafalgar (36.18 N 6.03 W) – Cape Spartel (35.79 N 5.92 W), the
/// Dardanelles (Mehmetçik Burnu 40.05 N 26.18 E – Kumkale 40.01 N 26.20 E) and the northern
/// entrance of the Suez Canal, excluding the canal (docs/data-sources.md, “MARPOL Annex VI — sulphur limits and ECAs”; cape positions are
/// chart positions, not from the reference). Closed landward over Spain, France, Italy's
/// hinterland, the Balkans, Thrace, Anatolia, the Levant, Egypt, Libya, Tunisia, Algeria and
/// Morocco (inland points).
pub(crate) static MEDITERRANEAN: &[(f64, f64)] = &[
    (36.18, -6.03),
    (37.5, -4.0),
    (38.5, -1.5),
    (40.5, -0.8),
    (41.5, 0.5),
    (43.0, 2.0),
    (44.0, 4.5),
    (44.5, 7.5),
    (45.5, 8.0),
    (45.9, 12.0),
    (46.0, 13.5),
    (46.0, 14.5),
    (43.8, 17.5),
    (42.0, 20.5),
    (41.0, 22.5),
    (41.0, 26.6),
    (40.48, 26.75),
    (40.2, 26.32),
    (40.05, 26.18),
    (40.01, 26.2),
    (39.5, 27.5),
    (37.0, 30.0),
    (37.5, 33.0),
    (37.0, 36.8),
    (35.0, 36.5),
    (33.0, 35.8),
    (31.5, 35.0),
    (30.8, 33.5),
    // Northern entrance of the Suez Canal (the canal itself is outside).
    (31.26, 32.33),
    (31.26, 32.28),
    (30.8, 31.0),
    (30.5, 29.0),
    (31.0, 25.0),
    (31.5, 22.0),
    (29.8, 19.0),
    (31.0, 14.5),
    (32.5, 11.0),
    (34.5, 9.0),
    (36.0, 8.0),
    (36.0, 3.0),
    (35.0, -1.0),
    (34.8, -4.0),
    (35.2, -5.5),
    (35.79, -5.92),
];
