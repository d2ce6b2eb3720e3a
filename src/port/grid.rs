//! Grid electricity intensity for shore power and terminal equipment.
//!
//! **Accounting basis of electricity.** Electricity has no tank-to-wake emissions on board:
//! everything a grid emits to generate it is *energy provision*, i.e. well-to-tank (ISO
//! 14083:2023 and the GLEC Framework count electricity's emissions in the energy-provision
//! (WtT) term; FuelEU Maritime Annex I likewise puts on-shore power in the WtT term with
//! TtW = 0). So for shore power WtW = WtT = E_delivered × grid intensity.
//!
//! **The built-in grid values are incomplete for a GLEC/ISO 14083 WtW.** GLEC v3 (Module 1,
//! pp. 17–18) asks the electricity factor to include CO2, CH4 and N2O of generation, the
//! transmission and distribution losses and the upstream fuel supply ("to ensure a full WTW
//! approach, all these elements must be included"). The California value is generation CO2e
//! and the East China value generation CO2 only, neither with T&D losses: both understate.
//! [`GridIntensity::is_generation_only`] marks them and every result that uses them says so;
//! a user with a complete (or supplier-specific, market-based) factor sets it with
//! [`GridIntensity::new`].

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::port::data::{
    EGRID2023_CAMX_CO2E_LB_PER_MWH, KG_PER_LB, MEE_2022_EAST_CHINA_KG_CO2_PER_KWH,
};
use crate::units::{GhgIntensity, g_per_mj};

/// MJ per kWh (exact).
const MJ_PER_KWH: f64 = 3.6;

/// Largest grid intensity accepted, g CO2e per kWh: above any grid's average (lignite plants
/// emit about 1,100–1,200 g/kWh); a bound against unit mistakes (kg vs g).
pub const MAX_GRID_G_PER_KWH: f64 = 2_000.0;

/// Which gases a grid factor covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GridGases {
    /// CO2 only.
    Co2Only,
    /// CO2 equivalent (CO2, CH4, N2O weighted by GWPs).
    Co2e,
}

/// The electricity intensity of a grid, g CO2e per kWh delivered, counted as WtT (see the
/// module docs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct GridIntensity {
    /// Name of the grid and the factor (`"California (eGRID2023 CAMX)"`).
    pub name: String,
    /// Intensity, g CO2e (or CO2, see `gases`) per kWh delivered.
    pub g_per_kwh: f64,
    /// The gases the factor covers.
    pub gases: GridGases,
    /// Source, table and confidence.
    pub source: String,
    /// Whether the factor covers generation only (no T&D losses, no upstream fuel supply),
    /// short of GLEC v3's full WtW electricity factor.
    #[serde(default)]
    pub generation_only: bool,
}

crate::numeric::validated_serde!(GridIntensity, |g| g.validate());

impl GridIntensity {
    /// A user's grid factor, g per kWh delivered. Errors: a NaN, infinite or negative value,
    /// or one above [`MAX_GRID_G_PER_KWH`] (`grid.g_per_kwh`).
    ///
    /// ```
    /// use green_corridor::port::{GridGases, GridIntensity};
    /// use green_corridor::units::IntensityExt;
    /// let g = GridIntensity::new("my supplier", 120.0, GridGases::Co2e, "supplier disclosure 2025")?;
    /// assert!((g.wtt().g_per_mj() - 120.0 / 3.6).abs() < 1e-12);
    /// assert!(GridIntensity::new("bad", f64::NAN, GridGases::Co2e, "").is_err());
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn new(name: &str, g_per_kwh: f64, gases: GridGases, source: &str) -> Result<Self> {
        let g = Self {
            name: name.to_string(),
            g_per_kwh,
            gases,
            source: source.to_string(),
            generation_only: false,
        };
        g.validate()?;
        Ok(g)
    }

    /// Checks the intensity (`grid.g_per_kwh`).
    pub fn validate(&self) -> Result<()> {
        crate::error::in_range(
            || "grid.g_per_kwh".into(),
            self.g_per_kwh,
            0.0,
            MAX_GRID_G_PER_KWH,
        )
        .map_err(|e| match e {
            Error::OutOfRange { field, value, .. } => Error::OutOfRange {
                field,
                value,
                expected: format!(
                    "a grid intensity from 0 to {MAX_GRID_G_PER_KWH} gCO2e/kWh (g, not kg)"
                ),
            },
            other => other,
        })
        .map(|_| ())
    }

    /// California: eGRID2023 (rev. 2) subregion CAMX total-output CO2e rate, 429.983 lb/MWh
    /// × 0.45359237 kg/lb = **195.04 g CO2e/kWh** (generation only).
    pub fn california() -> Self {
        Self {
            name: "California (US EPA eGRID2023 CAMX, total output, CO2e)".into(),
            g_per_kwh: EGRID2023_CAMX_CO2E_LB_PER_MWH * KG_PER_LB,
            gases: GridGases::Co2e,
            generation_only: true,
            source: "US EPA eGRID2023 rev. 2 summary tables, CAMX total-output CO2e rate \
                429.983 lb/MWh (generation only); SINGLE — docs/data-sources.md, \
                \"Port side\""
                .into(),
        }
    }

    /// The East China grid (Shanghai): China MEE/NBS 2022 regional average, **561.7 g
    /// CO2/kWh** (CO2 only, generation only).
    pub fn east_china() -> Self {
        Self {
            name: "East China grid (MEE/NBS 2022 regional average, CO2)".into(),
            g_per_kwh: MEE_2022_EAST_CHINA_KG_CO2_PER_KWH * 1_000.0,
            gases: GridGases::Co2Only,
            generation_only: true,
            source: "China MEE & NBS announcement of 20 Dec 2024, 2022 East China regional \
                average 0.5617 kgCO2/kWh (CO2 only); SINGLE — docs/data-sources.md, \
                \"Port side\""
                .into(),
        }
    }

    /// The built-in grid of a port, by UN/LOCODE: Californian ports (LA, Long Beach,
    /// Oakland, San Francisco, San Diego, Port Hueneme) → [`california`](Self::california);
    /// Shanghai (CNSHA, CNYSA, Yangshan) → [`east_china`](Self::east_china). Other ports:
    /// `None` (give a factor with [`new`](Self::new)).
    pub fn for_port(locode: &str) -> Option<Self> {
        if crate::port::carb::is_california_port(locode) {
            Some(Self::california())
        } else if matches!(locode, "CNSHA" | "CNYSA") {
            Some(Self::east_china())
        } else {
            None
        }
    }

    /// Whether the factor falls short of a full WtW electricity factor (see the module docs):
    /// generation only, or CO2 only.
    pub fn is_generation_only(&self) -> bool {
        self.generation_only || self.gases == GridGases::Co2Only
    }

    /// A note for results that use this grid, if its factor is incomplete.
    pub fn completeness_note(&self) -> Option<String> {
        self.is_generation_only().then(|| {
            format!(
                "{}: {:.1} g/kWh covers {} only, without transmission and distribution losses \
                 or upstream fuel supply; GLEC v3 (Module 1, p. 18) asks for all of them, so \
                 the electricity emissions are understated",
                self.name,
                self.g_per_kwh,
                match self.gases {
                    GridGases::Co2Only => "generation CO2",
                    GridGases::Co2e => "generation CO2e",
                }
            )
        })
    }

    /// The intensity as a WtT factor per MJ delivered: g/kWh / 3.6.
    pub fn wtt(&self) -> GhgIntensity {
        g_per_mj(self.g_per_kwh / MJ_PER_KWH)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::IntensityExt;

    #[test]
    fn built_in_grids_by_hand() {
        // 429.983 lb/MWh × 0.45359237 kg/lb = 195.0372 kg/MWh = 195.0372 g/kWh.
        let ca = GridIntensity::california();
        assert!((ca.g_per_kwh - 195.0372).abs() < 1e-3, "{}", ca.g_per_kwh);
        // 0.5617 kg/kWh = 561.7 g/kWh; per MJ 561.7 / 3.6 = 156.03 g/MJ.
        let ec = GridIntensity::east_china();
        assert!((ec.g_per_kwh - 561.7).abs() < 1e-9);
        assert!((ec.wtt().g_per_mj() - 156.027_777).abs() < 1e-5);
        assert_eq!(GridIntensity::for_port("USLGB"), Some(ca));
        assert_eq!(GridIntensity::for_port("CNYSA"), Some(ec));
        assert_eq!(GridIntensity::for_port("NLRTM"), None);
    }

    #[test]
    fn bad_grid_values_name_the_field() {
        for v in [f64::NAN, -1.0, 5_000.0, f64::INFINITY] {
            let e = GridIntensity::new("x", v, GridGases::Co2e, "").unwrap_err();
            assert_eq!(e.field(), Some("grid.g_per_kwh"), "{v}");
        }
        let json = r#"{"name":"x","g_per_kwh":-3,"gases":"co2e","source":""}"#;
        assert!(GridIntensity::california().completeness_note().is_some());
        let own = GridIntensity::new("own", 200.0, GridGases::Co2e, "").unwrap();
        assert!(own.completeness_note().is_none());
        assert!(serde_json::from_str::<GridIntensity>(json).is_err());
    }
}
