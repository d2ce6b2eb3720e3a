//! Energy converters: the FuelEU "fuel consumer classes" and measured overrides.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fuel::pathway::{FuelFamily, PathwayId};
use crate::units::{EmissionFactor, Ratio, RatioExt};

/// The class of engine, turbine, boiler or fuel cell that turns fuel into work or heat.
///
/// These are the fuel consumer classes of FuelEU Maritime Annex II (Regulation (EU) 2023/1805),
/// which decide the methane slip (Cslip) of methane fuels and, for hydrogen, the N2O factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConverterClass {
    /// Any internal combustion engine burning a liquid fuel ("ALL ICEs" in Annex II).
    Ice,
    /// LNG Otto cycle, dual fuel, medium speed (Annex II Cslip 3.1 %).
    LngOttoMediumSpeed,
    /// LNG Otto cycle, dual fuel, slow speed (Annex II Cslip 1.7 %).
    LngOttoSlowSpeed,
    /// LNG Diesel cycle (high-pressure injection), dual fuel, slow speed (Annex II Cslip 0.2 %).
    LngDieselSlowSpeed,
    /// Lean-burn spark-ignited gas engine (Annex II Cslip 2.6 %).
    LeanBurnSparkIgnited,
    /// Steam turbines and boilers.
    SteamTurbineOrBoiler,
    /// Gas turbine.
    GasTurbine,
    /// Fuel cell.
    FuelCell,
}

impl ConverterClass {
    /// Every converter class.
    pub const ALL: &'static [ConverterClass] = &[
        ConverterClass::Ice,
        ConverterClass::LngOttoMediumSpeed,
        ConverterClass::LngOttoSlowSpeed,
        ConverterClass::LngDieselSlowSpeed,
        ConverterClass::LeanBurnSparkIgnited,
        ConverterClass::SteamTurbineOrBoiler,
        ConverterClass::GasTurbine,
        ConverterClass::FuelCell,
    ];

    /// The class's name as written in scenario files.
    pub fn name(self) -> &'static str {
        match self {
            ConverterClass::Ice => "ice",
            ConverterClass::LngOttoMediumSpeed => "lng_otto_medium_speed",
            ConverterClass::LngOttoSlowSpeed => "lng_otto_slow_speed",
            ConverterClass::LngDieselSlowSpeed => "lng_diesel_slow_speed",
            ConverterClass::LeanBurnSparkIgnited => "lean_burn_spark_ignited",
            ConverterClass::SteamTurbineOrBoiler => "steam_turbine_or_boiler",
            ConverterClass::GasTurbine => "gas_turbine",
            ConverterClass::FuelCell => "fuel_cell",
        }
    }

    /// Dense index for table look-ups.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// Whether this class is one of the four LNG engine classes of Annex II.
    pub fn is_lng_engine(self) -> bool {
        matches!(
            self,
            ConverterClass::LngOttoMediumSpeed
                | ConverterClass::LngOttoSlowSpeed
                | ConverterClass::LngDieselSlowSpeed
                | ConverterClass::LeanBurnSparkIgnited
        )
    }

    /// Checks that this class can burn `pathway`.
    ///
    /// Rules: a methane fuel needs a class that Annex II gives a slip row (not the generic
    /// `Ice`, which has no Cslip for gas); the LNG engine classes burn methane and, as pilot
    /// fuel, liquid oils; a fuel cell burns hydrogen, ammonia, methanol or methane.
    pub fn check_can_burn(self, pathway: &PathwayId) -> Result<()> {
        let family = pathway.family();
        let reason = match (self, family) {
            (ConverterClass::Ice, FuelFamily::Methane) => Some(
                "methane fuels need an LNG engine class (Otto medium/slow speed, Diesel slow \
                 speed, LBSI) so that the Annex II methane slip is known",
            ),
            (c, f) if c.is_lng_engine() && !matches!(f, FuelFamily::Methane | FuelFamily::Oil) => {
                Some("LNG engine classes burn methane fuels and liquid pilot oils only")
            }
            (
                ConverterClass::FuelCell,
                FuelFamily::Oil | FuelFamily::Lpg | FuelFamily::Ethanol | FuelFamily::Dme,
            ) => Some("fuel cells are modelled for hydrogen, ammonia, methanol and methane only"),
            _ => None,
        };
        match reason {
            None => Ok(()),
            Some(r) => Err(Error::IncompatibleConverter {
                field: "converter".into(),
                pathway: pathway.name().to_string(),
                converter: self.name().to_string(),
                reason: r.to_string(),
            }),
        }
    }
}

impl fmt::Display for ConverterClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for ConverterClass {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        crate::error::by_name(
            "converter class",
            s,
            ConverterClass::ALL,
            ConverterClass::name,
        )
    }
}

/// Measured values that replace the defaults of a factor set for one converter.
///
/// FuelEU Art. 10 lets a company use certified or measured TtW values (CH4, N2O, Cslip) in place
/// of the Annex II defaults; engines burning ammonia also emit unburned NH3 and extra N2O that
/// the defaults leave out. Any field left `None` falls back to the factor set.
///
/// All values are per mass of fuel (g/g); the slip values are fractions of fuel mass that leave
/// the stack unburned (0.031 for 3.1 %).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct EmissionOverrides {
    /// Methane slip Cslip as a fraction of fuel mass (methane fuels only).
    #[serde(default, with = "crate::units::serde_as::option_fraction")]
    pub methane_slip: Option<Ratio>,
    /// TtW CH4 emission factor of the burned fuel, g CH4 / g fuel.
    #[serde(default, with = "crate::units::serde_as::option_g_per_g")]
    pub cf_ch4: Option<EmissionFactor>,
    /// TtW N2O emission factor of the burned fuel, g N2O / g fuel (e.g. measured on an
    /// ammonia engine).
    #[serde(default, with = "crate::units::serde_as::option_g_per_g")]
    pub cf_n2o: Option<EmissionFactor>,
    /// Unburned ammonia as a fraction of ammonia fuel mass. NH3 is reported as a pollutant
    /// mass; it has no GWP100 in AR4/AR5/AR6 and adds nothing to CO2e.
    #[serde(default, with = "crate::units::serde_as::option_fraction")]
    pub ammonia_slip: Option<Ratio>,
}

impl EmissionOverrides {
    /// Checks every given value is finite and within 0–1 (a fraction of fuel mass).
    pub fn validate(&self, field: &str) -> Result<()> {
        let checks = [
            ("methane_slip", self.methane_slip.map(|r| r.value())),
            ("cf_ch4", self.cf_ch4.map(|c| c.g_per_g())),
            ("cf_n2o", self.cf_n2o.map(|c| c.g_per_g())),
            ("ammonia_slip", self.ammonia_slip.map(|r| r.value())),
        ];
        for (name, value) in checks {
            if let Some(v) = value {
                crate::error::in_range(|| format!("{field}.{name}"), v, 0.0, 1.0)?;
            }
        }
        Ok(())
    }
}

/// A converter as entered in a ledger: its class and any measured overrides.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Converter {
    /// The FuelEU fuel consumer class.
    pub class: ConverterClass,
    /// Measured values replacing the factor set's defaults.
    #[serde(default)]
    pub overrides: EmissionOverrides,
}

impl Converter {
    /// A converter of `class` with the factor set's default values.
    pub const fn new(class: ConverterClass) -> Self {
        Self {
            class,
            overrides: EmissionOverrides {
                methane_slip: None,
                cf_ch4: None,
                cf_n2o: None,
                ammonia_slip: None,
            },
        }
    }

    /// The same converter with measured overrides.
    pub fn with_overrides(mut self, overrides: EmissionOverrides) -> Result<Self> {
        overrides.validate("converter.overrides")?;
        self.overrides = overrides;
        Ok(self)
    }
}

impl From<ConverterClass> for Converter {
    fn from(class: ConverterClass) -> Self {
        Converter::new(class)
    }
}

crate::numeric::validated_serde!(EmissionOverrides, |v| v.validate("overrides"));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::fraction;

    #[test]
    fn indices_match_the_all_table() {
        for (i, c) in ConverterClass::ALL.iter().enumerate() {
            assert_eq!(c.index(), i);
            assert_eq!(ConverterClass::from_str(c.name()).unwrap(), *c);
        }
    }

    #[test]
    fn lng_in_a_generic_ice_is_refused_with_the_reason() {
        let err = ConverterClass::Ice
            .check_can_burn(&PathwayId::Lng)
            .unwrap_err();
        assert!(matches!(err, Error::IncompatibleConverter { .. }));
        assert!(
            err.to_string()
                .contains("methane fuels need an LNG engine class")
        );
        assert!(
            ConverterClass::LngOttoMediumSpeed
                .check_can_burn(&PathwayId::MdoMgo)
                .is_ok()
        );
        assert!(
            ConverterClass::LngDieselSlowSpeed
                .check_can_burn(&PathwayId::ENh3)
                .is_err()
        );
        assert!(
            ConverterClass::FuelCell
                .check_can_burn(&PathwayId::Hfo)
                .is_err()
        );
        assert!(
            ConverterClass::FuelCell
                .check_can_burn(&PathwayId::EH2)
                .is_ok()
        );
    }

    #[test]
    fn overrides_outside_zero_to_one_are_refused() {
        let bad = EmissionOverrides {
            methane_slip: Some(fraction(1.5)),
            ..Default::default()
        };
        let err = Converter::new(ConverterClass::LngOttoMediumSpeed)
            .with_overrides(bad)
            .unwrap_err();
        assert!(err.to_string().contains("converter.overrides.methane_slip"));
        let nan = EmissionOverrides {
            cf_n2o: Some(crate::units::g_per_g(f64::NAN)),
            ..Default::default()
        };
        assert!(matches!(nan.validate("x"), Err(Error::NonFinite { .. })));
    }
}
