//! Specific fuel consumption: the Table 19 baseline, the main-engine load curve, and energy
//! equivalence for fuels the table does not list.
//!
//! **Baseline.** SFC_base is read from Table 19 of the Fourth IMO GHG Study 2020 by engine row,
//! fuel column and build-year band ([`data::table_19`](crate::vessel::data::table_19)). Fuel
//! columns are chosen by chemistry, not by production pathway: HFO, VLSFO and LFO read the HFO
//! column, MDO/MGO the MDO column, every methane fuel (LNG, bio-LNG, e-LNG) the LNG column and
//! every methanol (fossil, bio, e-) the methanol column. The table value is read as the energy
//! the engine needs per kWh of the column's reference fuel (HFO 0.0405, MDO 0.0427, LNG 0.0491,
//! methanol 0.0199 MJ/g, FuelEU Annex II), so a pathway with another LCV in the same column
//! (LFO, bio-LNG, bio-methanol) is scaled by LCV_ref / LCV_fuel.
//!
//! **Energy equivalence (modelling assumption).** For a fuel with no column (ammonia, hydrogen,
//! LPG, ethanol, DME, drop-in bio- and e-diesels) or a "–" cell (e.g. methanol before 2001),
//! the engine is assumed to need the same energy per kWh as on diesel:
//!
//! SFC_fuel = SFC_MDO × LCV_MDO / LCV_fuel
//!
//! with the engine row's MDO value for the build year (its LNG value for the gas-only rows
//! LNG-Otto MS and LBSI) and LCVs from FuelEU Annex II. The Table 19 methanol entries bear this
//! out (SSD: 350 g/kWh × 0.0199 MJ/g = 6.97 MJ/kWh vs MDO 165 × 0.0427 = 7.05 MJ/kWh).
//!
//! **Proxy rows.** The study's LNG-Otto slow-speed and LNG-Diesel rows were not transcribed by
//! any open source; these engines use the slow-speed diesel row (by energy equivalence for LNG:
//! 165 g/kWh MDO → 143.5 g/kWh LNG for ≥ 2001). Give the real value with an [`SfcBaseline`].
//!
//! **Load curve.** Main reciprocating engines: SFC = SFC_base × (0.455·L² − 0.710·L + 1.280)
//! (Fourth IMO GHG Study 2020, §2.2). Auxiliary engines, boilers, gas and steam turbines and
//! fuel cells: load-independent.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fuel::{FactorSet, FuelFamily, PathwayId};
use crate::units::{LcvExt, Ratio, RatioExt, SfcExt, SpecificFuelConsumption, g_per_kwh};
use crate::vessel::data::power_law::{LOAD_CAP, SFOC_CURVE};
use crate::vessel::data::table_19::{self, SfcFuel, SfcRow};
use crate::vessel::engine::EngineType;

/// The relative SFOC of a main engine at `load` (share of MCR):
/// 0.455·L² − 0.710·L + 1.280 (Fourth IMO GHG Study 2020, §2.2).
///
/// Equals 1.214 at 10 %, 1.156 at 20 %, 1.039 at 50 %, 1.003 at 78 % (the minimum) and 1.025
/// at 100 %. Errors: a load that is NaN, negative or above the 100 % cap.
///
/// ```
/// use green_corridor::vessel::relative_sfoc;
/// use green_corridor::units::percent;
/// assert!((relative_sfoc(percent(50.0))? - 1.03875).abs() < 1e-12);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn relative_sfoc(load: Ratio) -> Result<f64> {
    let l = crate::error::in_range(|| "load".into(), load.value(), 0.0, LOAD_CAP)?;
    Ok(relative_sfoc_unchecked(l))
}

pub(crate) fn relative_sfoc_unchecked(l: f64) -> f64 {
    let (a, b, c) = SFOC_CURVE;
    a * l * l + b * l + c
}

/// A user-supplied baseline SFC for a converter: `sfc` g/kWh of `fuel` (at the load-curve
/// optimum for a main engine). Other fuels burned in the same converter are converted by
/// energy equivalence (SFC × LCV_fuel_given / LCV_fuel_burned, FuelEU Annex II LCVs).
///
/// Required for fuel cells (the study has no row) and recommended wherever a shop-test or
/// EIAPP value is known.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct SfcBaseline {
    /// The fuel the value was measured on.
    pub fuel: PathwayId,
    /// Specific fuel consumption, g/kWh.
    #[serde(rename = "sfc_g_per_kwh", with = "crate::units::serde_as::g_per_kwh")]
    pub sfc: SpecificFuelConsumption,
}

impl SfcBaseline {
    /// A baseline of `sfc_g_per_kwh` g/kWh measured on `fuel`. Errors: NaN or not positive.
    pub fn new(fuel: PathwayId, sfc_g_per_kwh: f64) -> Result<Self> {
        let b = Self {
            fuel,
            sfc: g_per_kwh(sfc_g_per_kwh),
        };
        b.validate("sfc_baseline")?;
        Ok(b)
    }

    /// Checks the value is finite and positive.
    pub fn validate(&self, field: &str) -> Result<()> {
        let v = crate::error::finite(|| format!("{field}.sfc_g_per_kwh"), self.sfc.g_per_kwh())?;
        if v <= 0.0 {
            return Err(Error::OutOfRange {
                field: format!("{field}.sfc_g_per_kwh"),
                value: v,
                expected: "a positive specific fuel consumption in g/kWh".into(),
            });
        }
        Ok(())
    }
}

/// The consumer whose SFC is looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Consumer {
    /// The main (propulsion) engine.
    MainEngine,
    /// The auxiliary engines (generator sets).
    AuxiliaryEngines,
    /// The boiler.
    Boiler,
}

impl Consumer {
    /// The consumer's name, used in ledger labels and error paths.
    pub fn name(self) -> &'static str {
        match self {
            Consumer::MainEngine => "main_engine",
            Consumer::AuxiliaryEngines => "auxiliary_engines",
            Consumer::Boiler => "boiler",
        }
    }
}

/// Where a baseline SFC came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum SfcOrigin {
    /// Read from Table 19 (`proxy_row`: from the slow-speed diesel row standing in for the
    /// untranscribed LNG-Otto SS / LNG-Diesel rows), scaled by LCV within the fuel column.
    Table19 {
        /// Whether the row is a proxy for the engine's own row.
        proxy_row: bool,
    },
    /// Derived by energy equivalence from the engine's value for `reference` (MDO or LNG).
    EnergyEquivalent {
        /// The fuel whose Table 19 value was converted.
        reference: PathwayId,
    },
    /// From the user's [`SfcBaseline`].
    User,
}

fn annex_ii() -> &'static FactorSet {
    static SET: OnceLock<FactorSet> = OnceLock::new();
    SET.get_or_init(FactorSet::fueleu_annex_ii)
}

/// The lower calorific value of `pathway` in MJ/g from FuelEU Annex II (the crate's reference
/// LCVs for energy equivalence). Errors: a custom pathway with no Annex II row.
pub(crate) fn lcv_mj_per_g(pathway: &PathwayId) -> Result<f64> {
    Ok(annex_ii().get(pathway)?.lcv.mj_per_g())
}

/// The FuelEU Annex II factor set, shared (built once).
pub(crate) fn fueleu_annex_ii() -> &'static FactorSet {
    annex_ii()
}

fn column_of(pathway: &PathwayId) -> Option<SfcFuel> {
    match pathway {
        PathwayId::Hfo | PathwayId::Vlsfo | PathwayId::Lfo => Some(SfcFuel::Hfo),
        PathwayId::MdoMgo => Some(SfcFuel::Mdo),
        p => match p.family() {
            FuelFamily::Methane => Some(SfcFuel::Lng),
            FuelFamily::Methanol => Some(SfcFuel::Methanol),
            _ => None,
        },
    }
}

fn reference_pathway(column: SfcFuel) -> PathwayId {
    match column {
        SfcFuel::Hfo => PathwayId::Hfo,
        SfcFuel::Mdo => PathwayId::MdoMgo,
        SfcFuel::Lng => PathwayId::Lng,
        SfcFuel::Methanol => PathwayId::MethanolNaturalGas,
    }
}

/// Converts `sfc` g/kWh of `from` to g/kWh of `to` at equal energy.
fn energy_equivalent(sfc: f64, from: &PathwayId, to: &PathwayId) -> Result<f64> {
    if from == to {
        return Ok(sfc);
    }
    Ok(sfc * lcv_mj_per_g(from)? / lcv_mj_per_g(to)?)
}

/// The baseline SFC of `fuel` in `consumer` of `engine_type` built in `build_year`, and where
/// it came from (see the module documentation for the rules).
///
/// `user` replaces the table. `field` prefixes error paths (e.g. `vessel.main_engine`).
///
/// Errors: [`Error::MissingInput`] for a fuel cell without a user baseline;
/// [`Error::YearOutOfRange`] where Table 19 has no value for the year and no diesel value to
/// convert from (e.g. an LNG-Otto engine built before 1984);
/// [`Error::PathwayNotInFactorSet`] for a custom fuel without an FuelEU Annex II LCV.
///
/// ```
/// use green_corridor::vessel::{baseline_sfc, Consumer, EngineType};
/// use green_corridor::fuel::PathwayId;
/// use green_corridor::units::SfcExt;
/// // Table 19: slow-speed diesel, HFO, built 2001 or later: 175 g/kWh.
/// let (sfc, _) = baseline_sfc(Consumer::MainEngine, EngineType::SlowSpeedDiesel,
///                             &PathwayId::Hfo, 2015, None, "main_engine")?;
/// assert!((sfc.g_per_kwh() - 175.0).abs() < 1e-9);
/// // e-ammonia by energy equivalence with MDO: 165 × 0.0427 / 0.0186 = 378.79 g/kWh.
/// let (sfc, _) = baseline_sfc(Consumer::MainEngine, EngineType::SlowSpeedDiesel,
///                             &PathwayId::ENh3, 2015, None, "main_engine")?;
/// assert!((sfc.g_per_kwh() - 165.0 * 0.0427 / 0.0186).abs() < 1e-9);
/// # Ok::<(), green_corridor::Error>(())
/// ```
pub fn baseline_sfc(
    consumer: Consumer,
    engine_type: EngineType,
    fuel: &PathwayId,
    build_year: i32,
    user: Option<&SfcBaseline>,
    field: &str,
) -> Result<(SpecificFuelConsumption, SfcOrigin)> {
    if let Some(b) = user {
        b.validate(&format!("{field}.sfc_baseline"))?;
        let v = energy_equivalent(b.sfc.g_per_kwh(), &b.fuel, fuel)?;
        return Ok((g_per_kwh(v), SfcOrigin::User));
    }
    let row = match consumer {
        Consumer::MainEngine => engine_type.main_engine_sfc_row(),
        Consumer::AuxiliaryEngines => match engine_type {
            EngineType::FuelCellElectric => None,
            _ => Some((SfcRow::AuxiliaryEngine, true)),
        },
        Consumer::Boiler => Some((SfcRow::SteamTurbineOrBoiler, true)),
    };
    let Some((row, own_row)) = row else {
        return Err(Error::MissingInput {
            field: format!("{field}.sfc_baseline"),
            expected: format!(
                "a user SFC baseline: the Fourth IMO GHG Study (Table 19) has no SFC for a \
                 {engine_type} {}",
                consumer.name()
            ),
        });
    };
    // 1. The fuel's own column, where the row has a value for the year.
    if let Some(column) = column_of(fuel) {
        if let Some(Some(v)) = table_19::cell(row, column, build_year) {
            let v = energy_equivalent(v, &reference_pathway(column), fuel)?;
            return Ok((
                g_per_kwh(v),
                SfcOrigin::Table19 {
                    proxy_row: !own_row,
                },
            ));
        }
    }
    // 2. Energy equivalence with the row's MDO value (LNG value for gas-only rows).
    for column in [SfcFuel::Mdo, SfcFuel::Lng] {
        match table_19::cell(row, column, build_year) {
            Some(Some(v)) => {
                let reference = reference_pathway(column);
                let v = energy_equivalent(v, &reference, fuel)?;
                return Ok((g_per_kwh(v), SfcOrigin::EnergyEquivalent { reference }));
            }
            Some(None) => break,
            None => continue,
        }
    }
    Err(Error::YearOutOfRange {
        field: format!("{field}.build_year"),
        year: build_year,
        regime: format!(
            "Fourth IMO GHG Study 2020 Table 19 ({engine_type} {}, {})",
            consumer.name(),
            fuel.name()
        ),
        expected: "a build year with a Table 19 value; or give an sfc_baseline".into(),
    })
}

crate::numeric::validated_serde!(SfcBaseline, |v| v.validate("sfc_baseline"));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::fraction;
    use approx::assert_relative_eq;

    #[test]
    fn load_curve_at_the_quoted_points() {
        // 0.455·L² − 0.710·L + 1.280 by hand:
        // L=0.10: 0.00455 − 0.071 + 1.28 = 1.21355
        // L=0.20: 0.0182 − 0.142 + 1.28 = 1.1562
        // L=0.50: 0.11375 − 0.355 + 1.28 = 1.03875
        // L=0.78: 0.276822 − 0.5538 + 1.28 = 1.003022
        // L=1.00: 0.455 − 0.710 + 1.28 = 1.025
        for (l, f) in [
            (0.10, 1.21355),
            (0.20, 1.1562),
            (0.50, 1.03875),
            (0.78, 1.003022),
            (1.00, 1.025),
        ] {
            assert_relative_eq!(relative_sfoc(fraction(l)).unwrap(), f, epsilon = 1e-12);
        }
        // Rounded as the study quotes them.
        let r = |l: f64| (relative_sfoc(fraction(l)).unwrap() * 1000.0).round() / 1000.0;
        assert_eq!(
            [r(0.1), r(0.2), r(0.5), r(0.78), r(1.0)],
            [1.214, 1.156, 1.039, 1.003, 1.025]
        );
        // The vertex −b/2a = 0.710/0.910 = 0.7802 is the minimum.
        let vertex = 0.710 / (2.0 * 0.455);
        // f(vertex) = 1.280 − 0.710²/(4 × 0.455) = 1.003022, just below f(0.78).
        let at_vertex = relative_sfoc(fraction(vertex)).unwrap();
        assert!(at_vertex <= relative_sfoc(fraction(0.78)).unwrap());
        assert_relative_eq!(
            at_vertex,
            1.28 - 0.710 * 0.710 / (4.0 * 0.455),
            epsilon = 1e-12
        );
        assert!(relative_sfoc(fraction(1.01)).is_err());
        assert!(relative_sfoc(fraction(f64::NAN)).is_err());
    }

    #[test]
    fn table_values_and_fallbacks() {
        let get = |c, e, f: PathwayId, y| {
            baseline_sfc(c, e, &f, y, None, "x").map(|(s, o)| (s.g_per_kwh(), o))
        };
        use Consumer::*;
        use EngineType::*;
        // Table 19 direct.
        assert_relative_eq!(
            get(MainEngine, SlowSpeedDiesel, PathwayId::Hfo, 1990)
                .unwrap()
                .0,
            185.0
        );
        assert_relative_eq!(
            get(MainEngine, LngOttoMediumSpeed, PathwayId::Lng, 2010)
                .unwrap()
                .0,
            156.0
        );
        assert_relative_eq!(
            get(AuxiliaryEngines, MediumSpeedDiesel, PathwayId::MdoMgo, 2010)
                .unwrap()
                .0,
            185.0
        );
        assert_relative_eq!(
            get(Boiler, SteamTurbine, PathwayId::Lng, 1975).unwrap().0,
            285.0
        );
        // VLSFO reads the HFO column with the same LCV (0.0405).
        assert_relative_eq!(
            get(MainEngine, SlowSpeedDiesel, PathwayId::Vlsfo, 2015)
                .unwrap()
                .0,
            175.0
        );
        // e-methanol reads the methanol column: 350 × 0.0199/0.0199.
        assert_relative_eq!(
            get(MainEngine, SlowSpeedDiesel, PathwayId::EMethanol, 2024)
                .unwrap()
                .0,
            350.0
        );
        // bio-methanol: 350 × 0.0199 / 0.0200 = 348.25.
        assert_relative_eq!(
            get(MainEngine, SlowSpeedDiesel, PathwayId::BioMethanol, 2024)
                .unwrap()
                .0,
            348.25,
            epsilon = 1e-9
        );
        // Methanol before 2001: "–" → energy equivalence with MDO 175: 175 × 0.0427/0.0199.
        let (v, o) = get(
            MainEngine,
            SlowSpeedDiesel,
            PathwayId::MethanolNaturalGas,
            1995,
        )
        .unwrap();
        assert_relative_eq!(v, 175.0 * 0.0427 / 0.0199, epsilon = 1e-9);
        assert_eq!(
            o,
            SfcOrigin::EnergyEquivalent {
                reference: PathwayId::MdoMgo
            }
        );
        // LNG-Diesel proxy: SSD MDO 165 → LNG 165 × 0.0427 / 0.0491 = 143.49.
        let (v, o) = get(MainEngine, LngDiesel, PathwayId::Lng, 2020).unwrap();
        assert_relative_eq!(v, 165.0 * 0.0427 / 0.0491, epsilon = 1e-9);
        assert_eq!(
            o,
            SfcOrigin::EnergyEquivalent {
                reference: PathwayId::MdoMgo
            }
        );
        // LNG-Otto MS burning MDO (diesel mode): from its LNG value 156 × 0.0491/0.0427.
        let (v, _) = get(MainEngine, LngOttoMediumSpeed, PathwayId::MdoMgo, 2020).unwrap();
        assert_relative_eq!(v, 156.0 * 0.0491 / 0.0427, epsilon = 1e-9);
        // LNG-Otto MS built 1980: no value at all.
        assert!(matches!(
            get(MainEngine, LngOttoMediumSpeed, PathwayId::Lng, 1980),
            Err(Error::YearOutOfRange { .. })
        ));
        // Fuel cell without a baseline.
        let err = get(MainEngine, FuelCellElectric, PathwayId::EH2, 2030).unwrap_err();
        assert!(matches!(err, Error::MissingInput { ref field, .. } if field == "x.sfc_baseline"));
    }

    #[test]
    fn user_baseline_converts_by_energy() {
        let b = SfcBaseline::new(PathwayId::MdoMgo, 170.0).unwrap();
        let (v, o) = baseline_sfc(
            Consumer::MainEngine,
            EngineType::SlowSpeedDiesel,
            &PathwayId::ENh3,
            2030,
            Some(&b),
            "x",
        )
        .unwrap();
        assert_relative_eq!(v.g_per_kwh(), 170.0 * 0.0427 / 0.0186, epsilon = 1e-9);
        assert_eq!(o, SfcOrigin::User);
        assert!(SfcBaseline::new(PathwayId::MdoMgo, 0.0).is_err());
        assert!(SfcBaseline::new(PathwayId::MdoMgo, f64::INFINITY).is_err());
    }
}
