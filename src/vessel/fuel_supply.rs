//! Which fuels a converter can burn (mono-fuel, dual-fuel with pilot fuel) and which fuel each
//! converter burns in an operation.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fuel::{ConverterClass, Fuel, FuelFamily, PathwayId};
use crate::units::{Ratio, RatioExt, fraction};

/// The fuels a converter (main engine, auxiliary engines, boiler) can burn.
///
/// * `MonoFuel`: any pathway of one chemical family (an oil engine burns HFO, VLSFO, MGO,
///   HVO, FAME or e-diesel; a methanol boiler burns fossil, bio- or e-methanol).
/// * `DualFuel`: a primary family burned with a pilot fuel that supplies
///   `pilot_energy_share` of the fuel energy, **or** liquid oil alone ("diesel mode").
///
/// The pilot share is a share of fuel *energy*, constant over load — a modelling choice of
/// this crate (documented in `docs/vessel-model.md`); MarU keeps the pilot *mass* constant
/// over load instead, and the study's Table 19 pilot SFCs were not available.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields, remote = "Self")]
pub enum FuelSupply {
    /// One fuel family.
    MonoFuel {
        /// The family every burned pathway must belong to.
        family: FuelFamily,
    },
    /// A primary fuel family with pilot fuel, or liquid oil alone.
    DualFuel {
        /// The primary (gas or alternative) fuel family.
        primary: FuelFamily,
        /// The pilot fuel (usually MGO).
        pilot: Fuel,
        /// The pilot's share of the fuel energy when burning the primary family (0 ≤ s < 1).
        #[serde(with = "crate::units::serde_as::fraction")]
        pilot_energy_share: Ratio,
    },
}

/// How a converter burns one selected fuel.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum BurnMode {
    /// The selected fuel alone.
    Single,
    /// The selected fuel with a pilot supplying `share` of the energy.
    WithPilot { pilot: Fuel, share: f64 },
}

impl FuelSupply {
    /// A mono-fuel supply of `family`.
    pub fn mono(family: FuelFamily) -> Self {
        FuelSupply::MonoFuel { family }
    }

    /// A dual-fuel supply burning `primary` with `pilot` at `pilot_energy_share` of the fuel
    /// energy (e.g. 0.01 for 1 %). Errors: a share outside 0 ≤ s < 1, or a pilot that is not a
    /// liquid oil.
    pub fn dual(
        primary: FuelFamily,
        pilot: impl Into<Fuel>,
        pilot_energy_share: f64,
    ) -> Result<Self> {
        let s = FuelSupply::DualFuel {
            primary,
            pilot: pilot.into(),
            pilot_energy_share: fraction(pilot_energy_share),
        };
        s.validate("fuel_supply")?;
        Ok(s)
    }

    /// Checks the pilot share and the pilot fuel; `field` prefixes the error path.
    pub fn validate(&self, field: &str) -> Result<()> {
        if let FuelSupply::DualFuel {
            pilot,
            pilot_energy_share,
            ..
        } = self
        {
            let share = pilot_energy_share.value();
            crate::error::finite(|| format!("{field}.pilot_energy_share"), share)?;
            if !(0.0..1.0).contains(&share) {
                return Err(Error::OutOfRange {
                    field: format!("{field}.pilot_energy_share"),
                    value: share,
                    expected: "a share of fuel energy from 0 to below 1".into(),
                });
            }
            if pilot.pathway.family() != FuelFamily::Oil {
                return Err(Error::IncompatibleConverter {
                    field: format!("{field}.pilot"),
                    pathway: pilot.pathway.name().to_string(),
                    converter: "dual_fuel pilot".into(),
                    reason: "the pilot fuel of a dual-fuel engine must be a liquid oil".into(),
                });
            }
        }
        Ok(())
    }

    /// How `fuel` is burned by this supply in a converter of `class`, or a typed
    /// [`Error::IncompatibleConverter`] naming `field`.
    pub(crate) fn burn_mode(
        &self,
        class: ConverterClass,
        fuel: &PathwayId,
        field: &str,
    ) -> Result<BurnMode> {
        let family = fuel.family();
        let incompatible = |reason: String| Error::IncompatibleConverter {
            field: field.to_string(),
            pathway: fuel.name().to_string(),
            converter: class.name().to_string(),
            reason,
        };
        let mode = match self {
            FuelSupply::MonoFuel { family: f } if *f == family => BurnMode::Single,
            FuelSupply::MonoFuel { family: f } => {
                return Err(incompatible(format!(
                    "the converter is mono-fuel ({f:?} fuels only); a {family:?} fuel needs a \
                     dual-fuel or {family:?} converter"
                )));
            }
            FuelSupply::DualFuel {
                primary,
                pilot,
                pilot_energy_share,
            } if *primary == family => BurnMode::WithPilot {
                pilot: pilot.clone(),
                share: pilot_energy_share.value(),
            },
            FuelSupply::DualFuel { .. } if family == FuelFamily::Oil => BurnMode::Single,
            FuelSupply::DualFuel { primary, .. } => {
                return Err(incompatible(format!(
                    "the converter is dual-fuel for {primary:?} fuels (or liquid oil alone)"
                )));
            }
        };
        class.check_can_burn(fuel).map_err(|e| match e {
            Error::IncompatibleConverter { reason, .. } => incompatible(reason),
            other => other,
        })?;
        Ok(mode)
    }
}

/// The fuel each converter burns in an operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FuelSelection {
    /// Fuel of the main engine (the primary fuel when it is dual-fuel; the pilot is added).
    pub main: Fuel,
    /// Fuel of the auxiliary engines.
    pub auxiliary: Fuel,
    /// Fuel of the boiler.
    pub boiler: Fuel,
}

impl FuelSelection {
    /// The same fuel in every converter.
    pub fn all(fuel: impl Into<Fuel>) -> Self {
        let fuel = fuel.into();
        Self {
            main: fuel.clone(),
            auxiliary: fuel.clone(),
            boiler: fuel,
        }
    }

    /// `main` in the main engine, `others` in auxiliary engines and boiler.
    pub fn main_and_others(main: impl Into<Fuel>, others: impl Into<Fuel>) -> Self {
        let others = others.into();
        Self {
            main: main.into(),
            auxiliary: others.clone(),
            boiler: others,
        }
    }
}

crate::numeric::validated_serde!(FuelSupply, |v| v.validate("fuel_supply"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mono_fuel_diesel_refuses_lng_with_the_field_named() {
        let s = FuelSupply::mono(FuelFamily::Oil);
        let err = s
            .burn_mode(ConverterClass::Ice, &PathwayId::Lng, "operation.fuels.main")
            .unwrap_err();
        match err {
            Error::IncompatibleConverter { field, pathway, .. } => {
                assert_eq!(field, "operation.fuels.main");
                assert_eq!(pathway, "lng");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(
            s.burn_mode(ConverterClass::Ice, &PathwayId::Hvo, "f")
                .unwrap(),
            BurnMode::Single
        );
    }

    #[test]
    fn dual_fuel_burns_primary_with_pilot_or_oil_alone() {
        let s = FuelSupply::dual(FuelFamily::Methane, PathwayId::MdoMgo, 0.01).unwrap();
        let class = ConverterClass::LngDieselSlowSpeed;
        match s.burn_mode(class, &PathwayId::Lng, "f").unwrap() {
            BurnMode::WithPilot { pilot, share } => {
                assert_eq!(pilot.pathway, PathwayId::MdoMgo);
                assert!((share - 0.01).abs() < 1e-15);
            }
            BurnMode::Single => panic!("expected a pilot"),
        }
        assert_eq!(
            s.burn_mode(class, &PathwayId::Vlsfo, "f").unwrap(),
            BurnMode::Single
        );
        assert!(s.burn_mode(class, &PathwayId::EMethanol, "f").is_err());
    }

    #[test]
    fn bad_pilot_share_or_pilot_fuel_is_refused() {
        assert!(FuelSupply::dual(FuelFamily::Methane, PathwayId::MdoMgo, 1.0).is_err());
        assert!(FuelSupply::dual(FuelFamily::Methane, PathwayId::MdoMgo, -0.1).is_err());
        assert!(FuelSupply::dual(FuelFamily::Methane, PathwayId::MdoMgo, f64::NAN).is_err());
        assert!(FuelSupply::dual(FuelFamily::Ammonia, PathwayId::ENh3, 0.05).is_err());
    }
}
