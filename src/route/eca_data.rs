//! Emission control area polygons as data (lat, lon in degrees), with their sources.
//!
//! Each polygon is closed landward over land: only its seaward edges matter, because routes stay
//! at sea. Vertices inland are marked "(inland)" and are placed only to keep the ring simple.

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

/// Mediterranean Sea SOx ECA (MEPC.361(79), Appendix VII §4, 0.10 % from 1 May 2025): the
/// waters bounded by the line Cape Trafalgar (36°11′N 6°02′W) – Cape Spartel (35°48′N 5°55′W),
/// the Strait of Çanakkale line Mehmetçik Burnu (40°03′N 26°11′E) – Kumkale Burnu (40°01′N
/// 26°12′E), and the northern entrance of the Suez Canal, excluding the area enclosed by
/// geodesic lines joining its points 1–4 (31°29′.00N 32°16′.00E, 31°29′.00N 32°28′.48E,
/// 31°14′.00N 32°32′.62E, 31°14′.00N 32°16′.00E: the Port Said approaches; the sides are
/// drawn as straight lines in latitude/longitude, < 0.01 nm from the geodesics over these
/// 10–15 nm) (docs/data-sources.md, “Emission control area polygons”). Closed landward over Spain, France, Italy's
/// hinterland, the Balkans, Thrace, Anatolia, the Levant, Egypt, Libya, Tunisia, Algeria and
/// Morocco (inland points).
pub(crate) static MEDITERRANEAN: &[(f64, f64)] = &[
    (36.183_333, -6.033_333),
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
    (40.05, 26.183_333),
    (40.016_667, 26.2),
    (39.5, 27.5),
    (37.0, 30.0),
    (37.5, 33.0),
    (37.0, 36.8),
    (35.0, 36.5),
    (33.0, 35.8),
    (31.5, 35.0),
    (30.8, 33.5),
    // Northern entrance of the Suez Canal: the area enclosed by Appendix VII §4 points 3, 2,
    // 1 and 4 (31°14′.00N 32°32′.62E, 31°29′.00N 32°28′.48E, 31°29′.00N 32°16′.00E,
    // 31°14′.00N 32°16′.00E) is excluded, so the ring runs round it.
    (31.233_333, 32.543_667),
    (31.483_333, 32.474_667),
    (31.483_333, 32.266_667),
    (31.233_333, 32.266_667),
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
    (35.8, -5.916_667),
];
