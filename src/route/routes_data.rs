//! The named route catalogue as data: port pairs and the passage constraints that define each
//! alternative. Every route is computed on the sea-lane network (`network.rs`); the catalogue
//! only names the alternatives (Suez vs Cape; Tsugaru vs south of Japan) and their references.
//! Reference figures: `docs/data-sources.md` § "Reference distances".

use crate::route::Passage;

/// A named catalogue route between two ports.
pub(crate) struct RouteTemplate {
    /// Identifier, also the route's name.
    pub id: &'static str,
    /// Origin (official UN/LOCODE).
    pub from: &'static str,
    /// Destination (official UN/LOCODE).
    pub to: &'static str,
    /// Passages the route must not use.
    pub avoid: &'static [Passage],
    /// Passages the route must use.
    pub require: &'static [Passage],
    /// What the alternative is and what it is compared with.
    pub source: &'static str,
}

use Passage::{CapeOfGoodHope, KoreaStrait, Suez, TsugaruStrait};

const fn t(
    id: &'static str,
    from: &'static str,
    to: &'static str,
    avoid: &'static [Passage],
    require: &'static [Passage],
    source: &'static str,
) -> RouteTemplate {
    RouteTemplate {
        id,
        from,
        to,
        avoid,
        require,
        source,
    }
}

/// The catalogue. Distances are compared with the references in `tests/route_distances.rs`
/// and `docs/routes.md`.
pub(crate) static ROUTES: &[RouteTemplate] = &[
    t(
        "CNYSA-USLAX via tsugaru_strait",
        "CNYSA",
        "USLAX",
        &[],
        &[TsugaruStrait],
        "Korea Strait – Sea of Japan – Tsugaru Strait – North Pacific (searoute network \
         5,750 nm, docs/data-sources.md, “Sea distances — published and network figures”)",
    ),
    t(
        "CNYSA-USLAX south of Japan",
        "CNYSA",
        "USLAX",
        &[TsugaruStrait, KoreaStrait],
        &[],
        "south of Japan, no Japanese strait (docs/data-sources.md, “North American ECA share — Yangshan–Los Angeles” variant: 5,776 nm)",
    ),
    t(
        "CNYSA-USLGB via tsugaru_strait",
        "CNYSA",
        "USLGB",
        &[],
        &[TsugaruStrait],
        "as CNYSA-USLAX (5,750 nm network, docs/data-sources.md, “Sea distances — published and network figures”)",
    ),
    t(
        "CNYSA-USLGB south of Japan",
        "CNYSA",
        "USLGB",
        &[TsugaruStrait, KoreaStrait],
        &[],
        "as CNYSA-USLAX south of Japan",
    ),
    t(
        "CNYSA-USSEA via tsugaru_strait",
        "CNYSA",
        "USSEA",
        &[],
        &[TsugaruStrait],
        "Tsugaru – North Pacific – Juan de Fuca – Puget Sound (5,130 nm network, docs/data-sources.md \
         §3.2)",
    ),
    t(
        "CNYSA-USTIW via tsugaru_strait",
        "CNYSA",
        "USTIW",
        &[],
        &[TsugaruStrait],
        "CNYSA-USSEA extended to Tacoma",
    ),
    t(
        "KRPUS-USSEA via tsugaru_strait",
        "KRPUS",
        "USSEA",
        &[],
        &[TsugaruStrait],
        "Sea of Japan – Tsugaru – North Pacific – Juan de Fuca (4,675 nm network, docs/data-sources.md \
         §3.2; 4,616 nm logged, §3.1)",
    ),
    t(
        "KRPUS-USTIW via tsugaru_strait",
        "KRPUS",
        "USTIW",
        &[],
        &[TsugaruStrait],
        "KRPUS-USSEA extended to Tacoma",
    ),
    t(
        "SGSIN-USLAX",
        "SGSIN",
        "USLAX",
        &[],
        &[],
        "South China Sea – Luzon Strait – North Pacific (7,791 nm network, docs/data-sources.md, “Sea distances — published and network figures”)",
    ),
    t("SGSIN-USLGB", "SGSIN", "USLGB", &[], &[], "as SGSIN-USLAX"),
    t(
        "SGSIN-NLRTM via suez",
        "SGSIN",
        "NLRTM",
        &[],
        &[Suez],
        "Malacca – Bab-el-Mandeb – Suez – Gibraltar – Dover (Port of Rotterdam Authority: \
         8,288 nm, docs/data-sources.md, “Sea distances — published and network figures”)",
    ),
    t(
        "SGSIN-NLRTM via cape_of_good_hope",
        "SGSIN",
        "NLRTM",
        &[Suez],
        &[CapeOfGoodHope],
        "Sunda – Cape of Good Hope (Port of Rotterdam Authority: 11,755 nm, docs/data-sources.md, “Sea distances — published and network figures”)",
    ),
    t(
        "CNYSA-NLRTM via suez",
        "CNYSA",
        "NLRTM",
        &[],
        &[Suez],
        "Malacca – Suez (PEMP: ~10,600 nm, docs/data-sources.md, “Sea distances — published and network figures”)",
    ),
    t(
        "CNYSA-NLRTM via cape_of_good_hope",
        "CNYSA",
        "NLRTM",
        &[Suez],
        &[CapeOfGoodHope],
        "Cape of Good Hope (PEMP: ~13,800 nm, docs/data-sources.md, “Sea distances — published and network figures”)",
    ),
    t(
        "CNYSA-SGSIN",
        "CNYSA",
        "SGSIN",
        &[],
        &[],
        "Taiwan Strait – South China Sea (2,155 nm network, docs/data-sources.md, “Sea distances — published and network figures”)",
    ),
    t(
        "AUPHE-CNYSA",
        "AUPHE",
        "CNYSA",
        &[],
        &[],
        "Indonesian archipelago – Philippine or South China Sea (3,208 nm network, docs/data-sources.md \
         §3.2)",
    ),
];
