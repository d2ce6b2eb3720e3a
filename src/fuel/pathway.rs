//! Fuel pathways: what was burned, and how it was made.
//!
//! A pathway is identified by a [`PathwayId`]. Its factors (LCV, WtT, Cf) are not stored on the
//! id: they live in a [`FactorSet`](crate::fuel::FactorSet), so one ledger can be accounted
//! under FuelEU Annex II, the IMO LCA defaults, IMO DCS or a user's own set without rewriting
//! it. A [`Fuel`] is a pathway plus, where the rules need one, a [`Certificate`].

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::units::{GhgIntensity, IntensityExt, g_per_mj};

/// How a fuel was produced — the FuelEU Annex II "fuel class".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FuelOrigin {
    /// Fossil fuels (Annex II defaults are mandatory).
    Fossil,
    /// Biofuels and biogas meeting the RED II sustainability criteria.
    Biofuel,
    /// Renewable fuels of non-biological origin (e-fuels) meeting RED II Art. 25(2).
    Rfnbo,
}

/// Chemical family of a fuel, which decides whether methane slip applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FuelFamily {
    /// Residual and distillate oils and drop-in diesel substitutes (HFO, LFO, MGO, HVO, FAME, e-diesel).
    Oil,
    /// Methane: LNG, bio-LNG, e-LNG. Methane slip applies.
    Methane,
    /// Liquefied petroleum gas (propane, butane) and ethane.
    Lpg,
    /// Hydrogen.
    Hydrogen,
    /// Ammonia.
    Ammonia,
    /// Methanol.
    Methanol,
    /// Ethanol.
    Ethanol,
    /// Dimethyl ether.
    Dme,
    /// Anything else (user-defined).
    Other,
}

macro_rules! pathways {
    ($( $(#[$doc:meta])* $idx:literal $variant:ident => $name:literal, $origin:ident, $family:ident; )+) => {
        /// A fuel pathway: every default pathway of FuelEU Maritime Annex II, the IMO-only fuel
        /// rows (VLSFO by sulphur band, ethane), and user-defined pathways.
        ///
        /// Names in scenario files are the snake-case strings listed by [`PathwayId::ALL`]
        /// (e.g. `"hfo"`, `"e_methanol"`); a user-defined pathway is written `{ custom = "name" }`.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum PathwayId {
            $( $(#[$doc])* $variant, )+
            /// A user-defined pathway; its factors must be added to each factor set it is
            /// accounted under ([`FactorSet::insert`](crate::fuel::FactorSet::insert)).
            Custom(CustomPathway),
        }

        impl PathwayId {
            /// Every built-in pathway, in catalogue order.
            pub const ALL: &'static [PathwayId] = &[ $( PathwayId::$variant, )+ ];

            /// The pathway's name as written in scenario files.
            pub fn name(&self) -> &str {
                match self {
                    $( PathwayId::$variant => $name, )+
                    PathwayId::Custom(c) => c.name(),
                }
            }

            /// The pathway's fuel class.
            pub fn origin(&self) -> FuelOrigin {
                match self {
                    $( PathwayId::$variant => FuelOrigin::$origin, )+
                    PathwayId::Custom(c) => c.origin,
                }
            }

            /// The pathway's chemical family.
            pub fn family(&self) -> FuelFamily {
                match self {
                    $( PathwayId::$variant => FuelFamily::$family, )+
                    PathwayId::Custom(c) => c.family,
                }
            }

            /// Dense index of a built-in pathway (`None` for custom ones), used for fast
            /// table look-ups.
            pub(crate) fn builtin_index(&self) -> Option<usize> {
                match self {
                    $( PathwayId::$variant => Some($idx), )+
                    PathwayId::Custom(_) => None,
                }
            }
        }

        impl FromStr for PathwayId {
            type Err = Error;
            /// Parses a built-in pathway name or one of the analysts' words in
            /// [`PATHWAY_ALIASES`] (case-insensitive; `-`, `.` and ` ` read as `_`).
            ///
            /// Errors: [`Error::UnknownName`] listing every accepted name and word.
            fn from_str(s: &str) -> Result<Self> {
                let key = s.trim().to_ascii_lowercase().replace(['-', ' ', '.'], "_");
                match key.as_str() {
                    $( $name => Ok(PathwayId::$variant), )+
                    _ => PATHWAY_ALIASES
                        .iter()
                        .find(|(alias, _)| *alias == key)
                        .map(|(_, p)| p.clone())
                        .ok_or_else(|| Error::UnknownName {
                            kind: "fuel pathway",
                            name: s.to_string(),
                            valid: accepted_pathway_names(),
                        }),
                }
            }
        }
    };
}

pathways! {
    /// Heavy fuel oil, ISO 8217 grades RME to RMK.
    0 Hfo => "hfo", Fossil, Oil;
    /// Very-low-sulphur fuel oil (residual, 0.10 % < S ≤ 0.50 %). FuelEU files it by viscosity
    /// grade (usually the HFO row); the IMO LCA guidelines give it its own WtT band.
    1 Vlsfo => "vlsfo", Fossil, Oil;
    /// Light fuel oil, ISO 8217 grades RMA to RMD.
    2 Lfo => "lfo", Fossil, Oil;
    /// Marine diesel / gas oil, ISO 8217 grades DMX to DMB.
    3 MdoMgo => "mdo_mgo", Fossil, Oil;
    /// Fossil liquefied natural gas.
    4 Lng => "lng", Fossil, Methane;
    /// Fossil LPG, butane.
    5 LpgButane => "lpg_butane", Fossil, Lpg;
    /// Fossil LPG, propane.
    6 LpgPropane => "lpg_propane", Fossil, Lpg;
    /// Ethane (IMO MEPC.364(79) row; no FuelEU Annex II row).
    7 Ethane => "ethane", Fossil, Lpg;
    /// Hydrogen from natural gas (grey).
    8 H2NaturalGas => "h2_natural_gas", Fossil, Hydrogen;
    /// Ammonia from natural gas (grey).
    9 Nh3NaturalGas => "nh3_natural_gas", Fossil, Ammonia;
    /// Methanol from natural gas (grey).
    10 MethanolNaturalGas => "methanol_natural_gas", Fossil, Methanol;
    /// Bio-ethanol.
    11 BioEthanol => "bio_ethanol", Biofuel, Ethanol;
    /// Bio-diesel, fatty acid methyl ester (FAME).
    12 BioDieselFame => "bio_diesel_fame", Biofuel, Oil;
    /// Hydrotreated vegetable oil (HVO).
    13 Hvo => "hvo", Biofuel, Oil;
    /// Liquefied bio-methane (bio-LNG).
    14 BioLng => "bio_lng", Biofuel, Methane;
    /// Bio-methanol.
    15 BioMethanol => "bio_methanol", Biofuel, Methanol;
    /// Bio-hydrogen.
    16 BioH2 => "bio_h2", Biofuel, Hydrogen;
    /// Other biofuel production pathways (Annex II "Other production pathways").
    17 BioOther => "bio_other", Biofuel, Oil;
    /// e-diesel (RFNBO).
    18 EDiesel => "e_diesel", Rfnbo, Oil;
    /// e-methanol (RFNBO).
    19 EMethanol => "e_methanol", Rfnbo, Methanol;
    /// e-LNG, synthetic methane (RFNBO).
    20 ELng => "e_lng", Rfnbo, Methane;
    /// e-hydrogen (RFNBO).
    21 EH2 => "e_h2", Rfnbo, Hydrogen;
    /// e-ammonia (RFNBO).
    22 ENh3 => "e_nh3", Rfnbo, Ammonia;
    /// e-LPG (RFNBO).
    23 ELpg => "e_lpg", Rfnbo, Lpg;
    /// e-DME, dimethyl ether (RFNBO).
    24 EDme => "e_dme", Rfnbo, Dme;
}

/// The analysts' words for fuels that [`PathwayId::from_str`](std::str::FromStr) (and so every
/// scenario, plan and CSV file) accepts besides the pathway names, written lower-case with `_`
/// (matching ignores case and reads `-`, `.` and ` ` as `_`).
///
/// Each maps to the FuelEU Annex II row that the usual commercial product is reported under:
/// MGO and MDO are ISO 8217 distillates (DMA/DMZ/DMB, one Annex II row "MDO/MGO"); "LNG",
/// "ammonia", "hydrogen" and "methanol" unqualified are the fossil (natural-gas) pathways; a
/// renewable product must be named (`bio_…`, `e_…`). ULSFO (S ≤ 0.10 %) is not listed: FuelEU
/// files it by viscosity grade and the IMO LCA has no row of its own, so the user picks
/// `hfo`, `lfo` or `mdo_mgo`. LPG is not listed: propane and butane have separate rows.
pub const PATHWAY_ALIASES: &[(&str, PathwayId)] = &[
    ("heavy_fuel_oil", PathwayId::Hfo),
    ("ifo380", PathwayId::Hfo),
    ("hsfo", PathwayId::Hfo),
    ("very_low_sulphur_fuel_oil", PathwayId::Vlsfo),
    ("light_fuel_oil", PathwayId::Lfo),
    ("mgo", PathwayId::MdoMgo),
    ("mdo", PathwayId::MdoMgo),
    ("marine_gas_oil", PathwayId::MdoMgo),
    ("marine_diesel_oil", PathwayId::MdoMgo),
    ("gasoil", PathwayId::MdoMgo),
    ("gas_oil", PathwayId::MdoMgo),
    ("diesel", PathwayId::MdoMgo),
    ("fossil_lng", PathwayId::Lng),
    ("liquefied_natural_gas", PathwayId::Lng),
    ("propane", PathwayId::LpgPropane),
    ("butane", PathwayId::LpgButane),
    ("grey_hydrogen", PathwayId::H2NaturalGas),
    ("hydrogen", PathwayId::H2NaturalGas),
    ("h2", PathwayId::H2NaturalGas),
    ("grey_ammonia", PathwayId::Nh3NaturalGas),
    ("ammonia", PathwayId::Nh3NaturalGas),
    ("nh3", PathwayId::Nh3NaturalGas),
    ("grey_methanol", PathwayId::MethanolNaturalGas),
    ("methanol", PathwayId::MethanolNaturalGas),
    ("meoh", PathwayId::MethanolNaturalGas),
    ("bioethanol", PathwayId::BioEthanol),
    ("fame", PathwayId::BioDieselFame),
    ("biodiesel", PathwayId::BioDieselFame),
    ("bio_diesel", PathwayId::BioDieselFame),
    ("b100", PathwayId::BioDieselFame),
    ("renewable_diesel", PathwayId::Hvo),
    ("biolng", PathwayId::BioLng),
    ("lbm", PathwayId::BioLng),
    ("bio_methane", PathwayId::BioLng),
    ("biomethane", PathwayId::BioLng),
    ("biomethanol", PathwayId::BioMethanol),
    ("bio_meoh", PathwayId::BioMethanol),
    ("bio_hydrogen", PathwayId::BioH2),
    ("ediesel", PathwayId::EDiesel),
    ("emethanol", PathwayId::EMethanol),
    ("e_meoh", PathwayId::EMethanol),
    ("elng", PathwayId::ELng),
    ("e_methane", PathwayId::ELng),
    ("synthetic_methane", PathwayId::ELng),
    ("e_hydrogen", PathwayId::EH2),
    ("green_hydrogen", PathwayId::EH2),
    ("e_ammonia", PathwayId::ENh3),
    ("eammonia", PathwayId::ENh3),
    ("green_ammonia", PathwayId::ENh3),
    ("elpg", PathwayId::ELpg),
    ("edme", PathwayId::EDme),
];

/// Every name [`PathwayId::from_str`](std::str::FromStr) accepts, comma separated: the
/// pathway names, then the words of [`PATHWAY_ALIASES`].
pub fn accepted_pathway_names() -> String {
    PathwayId::ALL
        .iter()
        .map(|p| p.name())
        .chain(PATHWAY_ALIASES.iter().map(|(a, _)| *a))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A user-defined pathway: a name, its fuel class and its chemical family.
///
/// The factors themselves are inserted into a [`FactorSet`](crate::fuel::FactorSet).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomPathway {
    name: Arc<str>,
    /// Fuel class (decides certification rules and the RFNBO reward).
    pub origin: FuelOrigin,
    /// Chemical family (decides whether methane slip applies).
    pub family: FuelFamily,
}

impl CustomPathway {
    /// A new user-defined pathway. The name must not be empty nor collide with a built-in name.
    pub fn new(name: &str, origin: FuelOrigin, family: FuelFamily) -> Result<Self> {
        let trimmed = name.trim();
        if trimmed.is_empty() {
            return Err(Error::Empty {
                field: "custom_pathway.name".into(),
                expected: "a non-empty pathway name".into(),
            });
        }
        if PathwayId::from_str(trimmed).is_ok() {
            return Err(Error::OutOfRange {
                field: format!("custom_pathway.name ('{trimmed}')"),
                value: f64::NAN,
                expected: "a name that is not a built-in pathway name".into(),
            });
        }
        Ok(Self {
            name: Arc::from(trimmed),
            origin,
            family,
        })
    }

    /// The pathway's name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for PathwayId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum PathwayIdRepr {
    Builtin(String),
    Custom { custom: CustomPathway },
}

impl Serialize for PathwayId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            PathwayId::Custom(c) => PathwayIdRepr::Custom { custom: c.clone() }.serialize(s),
            other => s.serialize_str(other.name()),
        }
    }
}

impl<'de> Deserialize<'de> for PathwayId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        match PathwayIdRepr::deserialize(d)? {
            PathwayIdRepr::Builtin(s) => PathwayId::from_str(&s).map_err(serde::de::Error::custom),
            PathwayIdRepr::Custom { custom } => {
                CustomPathway::new(custom.name(), custom.origin, custom.family)
                    .map(PathwayId::Custom)
                    .map_err(serde::de::Error::custom)
            }
        }
    }
}

/// A value certified for one batch of fuel (Proof of Sustainability, RFNBO certificate, or an
/// IMO LCA fuel-lifecycle label).
///
/// FuelEU Annex II leaves the WtT column of biofuels and RFNBOs to be taken from the
/// certificate. Two forms exist:
///
/// * [`Certificate::TotalE`]: the RED II total emission value *E* (gCO2e/MJ, Directive
///   (EU) 2018/2001 Annex V/VI; for RFNBOs Delegated Regulation (EU) 2023/1185). The WtT
///   factor becomes **WtT = E − Cf_CO2 / LCV** (FuelEU Annex II, column 4(a) rule; see
///   `docs/data-sources.md`, "FuelEU — biofuel and RFNBO WtT from the certificate"), so that the
///   combustion CO2 counted in TtW nets to zero and WtW = E + the CH4/N2O terms of TtW.
/// * [`Certificate::WellToTank`]: a certified WtT factor used as it is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields, remote = "Self")]
pub enum Certificate {
    /// Total lifecycle emission value E from a Proof of Sustainability, gCO2e/MJ.
    TotalE(#[serde(with = "crate::units::serde_as::g_per_mj")] GhgIntensity),
    /// Certified well-to-tank factor, gCO2e/MJ.
    WellToTank(#[serde(with = "crate::units::serde_as::g_per_mj")] GhgIntensity),
}

impl Certificate {
    /// A certificate giving the RED II total E value in gCO2e/MJ.
    pub fn total_e_g_per_mj(value: f64) -> Result<Self> {
        certified("certificate.total_e", value)?;
        Ok(Certificate::TotalE(g_per_mj(value)))
    }

    /// A certificate giving a WtT factor in gCO2e/MJ (may be negative where carbon is captured).
    pub fn well_to_tank_g_per_mj(value: f64) -> Result<Self> {
        certified("certificate.well_to_tank", value)?;
        Ok(Certificate::WellToTank(g_per_mj(value)))
    }

    pub(crate) fn validate(&self, field: &str) -> Result<()> {
        let v = match self {
            Certificate::TotalE(v) | Certificate::WellToTank(v) => v.g_per_mj(),
        };
        certified(&format!("{field}.certificate"), v).map(|_| ())
    }
}

/// A certified value must be finite and within ±[`MAX_WTT_G_PER_MJ`](crate::fuel::factors::MAX_WTT_G_PER_MJ)
/// gCO2e/MJ, the bound of every WtT factor.
fn certified(field: &str, value: f64) -> Result<f64> {
    let max = crate::fuel::factors::MAX_WTT_G_PER_MJ;
    crate::error::in_range(|| field.to_string(), value, -max, max)
}

/// A fuel as entered in a ledger: a pathway and, where the rules need one, its certificate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fuel {
    /// The production pathway.
    pub pathway: PathwayId,
    /// The certificate of this batch, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<Certificate>,
}

impl Fuel {
    /// A fuel with the pathway's default values and no certificate.
    pub fn new(pathway: PathwayId) -> Self {
        Self {
            pathway,
            certificate: None,
        }
    }

    /// A fuel with a certificate.
    pub fn certified(pathway: PathwayId, certificate: Certificate) -> Self {
        Self {
            pathway,
            certificate: Some(certificate),
        }
    }
}

impl From<PathwayId> for Fuel {
    fn from(pathway: PathwayId) -> Self {
        Fuel::new(pathway)
    }
}

crate::numeric::validated_serde!(Certificate, |v| v.validate("fuel"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_list_valid_ones() {
        for p in PathwayId::ALL {
            assert_eq!(&PathwayId::from_str(p.name()).unwrap(), p);
        }
        assert_eq!(
            PathwayId::from_str("E-Methanol").unwrap(),
            PathwayId::EMethanol
        );
        let err = PathwayId::from_str("bunker_c").unwrap_err();
        match err {
            Error::UnknownName { name, valid, .. } => {
                assert_eq!(name, "bunker_c");
                assert!(valid.contains("hfo") && valid.contains("e_dme"));
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn builtin_indices_are_dense() {
        for (i, p) in PathwayId::ALL.iter().enumerate() {
            assert_eq!(p.builtin_index(), Some(i));
        }
    }

    #[test]
    fn custom_pathway_cannot_shadow_a_builtin() {
        assert!(CustomPathway::new("HFO", FuelOrigin::Fossil, FuelFamily::Oil).is_err());
        assert!(CustomPathway::new("  ", FuelOrigin::Fossil, FuelFamily::Oil).is_err());
        assert!(CustomPathway::new("my-fuel", FuelOrigin::Biofuel, FuelFamily::Oil).is_ok());
    }

    /// The analysts' words of the issue (HFO, VLSFO, MGO, MDO, LNG, bio-LNG, e-methanol), any
    /// case, and through serde as a scenario file reads them.
    #[test]
    fn analysts_words_name_the_annex_ii_rows() {
        for (word, expected) in [
            ("HFO", PathwayId::Hfo),
            ("VLSFO", PathwayId::Vlsfo),
            ("MGO", PathwayId::MdoMgo),
            ("mdo", PathwayId::MdoMgo),
            ("Marine Gas Oil", PathwayId::MdoMgo),
            ("LNG", PathwayId::Lng),
            ("bio-LNG", PathwayId::BioLng),
            ("BioLNG", PathwayId::BioLng),
            ("e-methanol", PathwayId::EMethanol),
            ("E-Methanol", PathwayId::EMethanol),
            ("e-ammonia", PathwayId::ENh3),
            ("methanol", PathwayId::MethanolNaturalGas),
        ] {
            assert_eq!(word.parse::<PathwayId>().unwrap(), expected, "{word}");
            let json = format!("\"{word}\"");
            assert_eq!(serde_json::from_str::<PathwayId>(&json).unwrap(), expected);
        }
        // Every alias maps to a built-in pathway and none repeats a pathway name.
        for (alias, p) in PATHWAY_ALIASES {
            assert!(PathwayId::ALL.contains(p));
            assert!(PathwayId::ALL.iter().all(|b| b.name() != *alias), "{alias}");
        }
    }

    #[test]
    fn an_unknown_fuel_lists_names_and_words() {
        let e = "bunker_x".parse::<PathwayId>().unwrap_err().to_string();
        assert!(
            e.contains("mdo_mgo") && e.contains("mgo") && e.contains("biolng"),
            "{e}"
        );
    }
}
