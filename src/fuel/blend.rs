//! Blends of fuel pathways (B24, B30, bio- or e-shares of LNG or methanol).
//!
//! FuelEU Maritime accounts a blend component by component: each component's mass is multiplied
//! by its own factors (Reg. (EU) 2023/1805 Annex I, sums over fuels *i*). A [`Blend`] therefore
//! stores mass fractions and [`splits`](Blend::split) a blended mass into component masses,
//! which a [`FuelLedger`](crate::ledger::FuelLedger) records as separate entries.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fuel::factors::FactorSet;
use crate::fuel::pathway::Fuel;
use crate::units::{LcvExt, Mass, MassExt};

/// Tolerance on the sum of shares.
const SHARE_TOLERANCE: f64 = 1e-9;

/// One component of a blend and its share of the blend's mass.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlendComponent {
    /// The component fuel.
    pub fuel: Fuel,
    /// Its share of the blend's mass (0–1).
    pub mass_fraction: f64,
}

/// A named mix of fuels with mass fractions that sum to one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Blend {
    name: String,
    components: Vec<BlendComponent>,
}

fn check_shares(field: &str, shares: &[f64]) -> Result<()> {
    if shares.is_empty() {
        return Err(Error::Empty {
            field: field.to_string(),
            expected: "at least one component".into(),
        });
    }
    for (i, s) in shares.iter().enumerate() {
        crate::error::non_negative(|| format!("{field}[{i}].share"), *s)?;
    }
    let sum: f64 = shares.iter().sum();
    if (sum - 1.0).abs() > SHARE_TOLERANCE {
        return Err(Error::SharesDoNotSumToOne {
            field: format!("{field}[*].share"),
            sum,
        });
    }
    Ok(())
}

impl Blend {
    /// A blend from mass fractions (each 0–1, summing to 1 within 1e-9).
    ///
    /// ```
    /// use green_corridor::fuel::{Blend, Certificate, Fuel, PathwayId};
    /// // B24 by mass: 24 % FAME (certified E = 14.9 gCO2e/MJ, illustrative) in VLSFO.
    /// let fame = Fuel::certified(PathwayId::BioDieselFame, Certificate::total_e_g_per_mj(14.9)?);
    /// let b24 = Blend::by_mass("B24", vec![(fame, 0.24), (Fuel::new(PathwayId::Vlsfo), 0.76)])?;
    /// assert_eq!(b24.components().len(), 2);
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn by_mass(name: &str, components: Vec<(Fuel, f64)>) -> Result<Self> {
        let field = format!("blend '{name}'.components");
        let shares: Vec<f64> = components.iter().map(|(_, s)| *s).collect();
        check_shares(&field, &shares)?;
        for (i, (fuel, _)) in components.iter().enumerate() {
            if let Some(c) = &fuel.certificate {
                c.validate(&format!("{field}[{i}]"))?;
            }
        }
        Ok(Self {
            name: name.to_string(),
            components: components
                .into_iter()
                .map(|(fuel, mass_fraction)| BlendComponent {
                    fuel,
                    mass_fraction,
                })
                .collect(),
        })
    }

    /// A blend from energy shares, converted to mass fractions with the LCVs of `factors`:
    ///
    /// x_i = (s_i / LCV_i) / Σ_j (s_j / LCV_j)
    ///
    /// where s is the energy share and x the mass fraction. The LCVs of the set you will account
    /// under should be used (FuelEU and IMO LCVs differ, e.g. LNG 0.0491 vs 0.048 MJ/g).
    pub fn by_energy(
        name: &str,
        components: Vec<(Fuel, f64)>,
        factors: &FactorSet,
    ) -> Result<Self> {
        let field = format!("blend '{name}'.components");
        let shares: Vec<f64> = components.iter().map(|(_, s)| *s).collect();
        check_shares(&field, &shares)?;
        let mut per_mass = Vec::with_capacity(components.len());
        for (fuel, share) in &components {
            let lcv = factors.get(&fuel.pathway)?.lcv.mj_per_g();
            per_mass.push(share / lcv);
        }
        let total: f64 = per_mass.iter().sum();
        let mass_shares = components
            .into_iter()
            .zip(per_mass)
            .map(|((fuel, _), m)| (fuel, m / total))
            .collect::<Vec<_>>();
        // Renormalise away rounding so the mass fractions sum to one within tolerance.
        Blend::by_mass(name, mass_shares)
    }

    /// The blend's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The components and their mass fractions.
    pub fn components(&self) -> &[BlendComponent] {
        &self.components
    }

    /// Splits `mass` of blend into component masses. A blend of zero, negative or non-finite
    /// mass is an error.
    pub fn split(&self, mass: Mass) -> Result<Vec<(Fuel, Mass)>> {
        let t = mass.tonnes();
        let field = || format!("blend '{}'.mass", self.name);
        crate::error::non_negative(field, t)?;
        if t == 0.0 {
            return Err(Error::OutOfRange {
                field: field(),
                value: t,
                expected: "a positive mass of blend".into(),
            });
        }
        Ok(self
            .components
            .iter()
            .map(|c| (c.fuel.clone(), mass * c.mass_fraction))
            .collect())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BlendRepr {
    name: String,
    components: Vec<BlendComponent>,
}

impl<'de> Deserialize<'de> for Blend {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let r = BlendRepr::deserialize(d)?;
        Blend::by_mass(
            &r.name,
            r.components
                .into_iter()
                .map(|c| (c.fuel, c.mass_fraction))
                .collect(),
        )
        .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fuel::pathway::PathwayId;
    use crate::units::tonnes;

    #[test]
    fn shares_must_sum_to_one() {
        let err = Blend::by_mass(
            "bad",
            vec![
                (Fuel::new(PathwayId::Hfo), 0.5),
                (Fuel::new(PathwayId::MdoMgo), 0.4),
            ],
        )
        .unwrap_err();
        assert!(matches!(err, Error::SharesDoNotSumToOne { sum, .. } if (sum - 0.9).abs() < 1e-12));
        assert!(matches!(
            Blend::by_mass("empty", vec![]),
            Err(Error::Empty { .. })
        ));
        assert!(matches!(
            Blend::by_mass(
                "neg",
                vec![
                    (Fuel::new(PathwayId::Hfo), 1.5),
                    (Fuel::new(PathwayId::Lfo), -0.5)
                ]
            ),
            Err(Error::Negative { .. })
        ));
    }

    #[test]
    fn energy_shares_convert_to_mass_fractions_with_the_set_lcvs() {
        // 50/50 by energy of HFO (0.0405 MJ/g) and MGO (0.0427 MJ/g), FuelEU Annex II:
        // x_HFO = (0.5/0.0405) / (0.5/0.0405 + 0.5/0.0427) = 0.0427 / (0.0427 + 0.0405)
        //       = 0.513221...
        let set = FactorSet::fueleu_annex_ii();
        let b = Blend::by_energy(
            "50/50",
            vec![
                (Fuel::new(PathwayId::Hfo), 0.5),
                (Fuel::new(PathwayId::MdoMgo), 0.5),
            ],
            &set,
        )
        .unwrap();
        let expected = 0.0427 / (0.0427 + 0.0405);
        assert!((b.components()[0].mass_fraction - expected).abs() < 1e-12);
    }

    #[test]
    fn zero_mass_of_blend_is_an_error() {
        let b = Blend::by_mass("pure", vec![(Fuel::new(PathwayId::Hfo), 1.0)]).unwrap();
        assert!(b.split(tonnes(0.0)).is_err());
        assert!(b.split(tonnes(f64::NAN)).is_err());
        let parts = b.split(tonnes(10.0)).unwrap();
        assert!((parts[0].1.tonnes() - 10.0).abs() < 1e-12);
    }
}
