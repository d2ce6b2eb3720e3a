//! Factor sets: the numbers (LCV, WtT, Cf, Cslip) an accounting basis applies to each pathway.

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fuel::converter::ConverterClass;
use crate::fuel::pathway::{CustomPathway, PathwayId};
use crate::units::{
    EmissionFactor, GhgIntensity, IntensityExt, LcvExt, LowerCalorificValue, Ratio, RatioExt,
};

/// How sure we are of a value, following the confidence marks defined at the top of
/// `docs/data-sources.md` (confirmed, conflict, single, proxy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Two or more independent sources agree (at least one a regulator or a regulator's software).
    Confirmed,
    /// Sources disagree; the value the regulation prints (or the best-supported one) is used and
    /// the alternative is named in the source note.
    Conflict,
    /// One source only, or secondary sources that may copy each other.
    Single,
    /// Not published for this basis; a value from another basis stands in, named in the note.
    Proxy,
    /// Supplied by the user.
    User,
}

/// Where one value of a pathway's factor row came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueOrigin {
    /// Printed in the instrument's table.
    Printed,
    /// The table says "to be measured" (TBM); filled by the FuelEU missing-value rule (highest
    /// default of the same fuel class in that column).
    MissingValueRule,
    /// Derived from chemistry (e.g. Cf CO2 = 0 for carbon-free fuels).
    Derived,
    /// Taken from another basis because this one publishes none.
    Proxy,
    /// Supplied by the user.
    User,
}

/// CH4 and N2O TtW emission factors of a fuel in one converter group.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NonCo2Factors {
    /// g CH4 per g fuel.
    #[serde(with = "crate::units::serde_as::g_per_g")]
    pub cf_ch4: EmissionFactor,
    /// g N2O per g fuel.
    #[serde(with = "crate::units::serde_as::g_per_g")]
    pub cf_n2o: EmissionFactor,
}

/// Accepted lower calorific values, MJ/g. Every marine fuel of FuelEU Annex II lies between
/// 0.0186 (ammonia) and 0.12 (hydrogen); the range leaves a factor of ten either side for
/// user-defined fuels and keeps per-MJ factors (g/g ÷ MJ/g) finite.
pub const LCV_RANGE_MJ_PER_G: (f64, f64) = (0.001, 1.0);

/// Largest magnitude of a well-to-tank factor, gCO2e/MJ. Annex II defaults lie within
/// ±100 gCO2e/MJ (negative for some biofuel certificates); ten times that bounds user values.
pub const MAX_WTT_G_PER_MJ: f64 = 1_000.0;

/// Largest emission factor Cf, g gas per g fuel. Pure carbon gives 44/12 = 3.67 g CO2/g; a
/// fuel cannot emit more methane or nitrous oxide than its own mass.
pub const MAX_EMISSION_FACTOR: f64 = 10.0;

/// The factor row of one pathway in one factor set.
///
/// Units: LCV in MJ/g, WtT in gCO2e/MJ, Cf in g gas per g fuel (FuelEU Annex II convention).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct PathwayFactors {
    /// Lower calorific value.
    #[serde(rename = "lcv_mj_per_g", with = "crate::units::serde_as::mj_per_g")]
    pub lcv: LowerCalorificValue,
    /// Default well-to-tank factor; `None` where the value must come from a certificate
    /// (biofuels and RFNBOs in FuelEU Annex II).
    #[serde(rename = "wtt_g_per_mj", default, with = "option_g_per_mj")]
    pub well_to_tank: Option<GhgIntensity>,
    /// TtW CO2 emission factor Cf_CO2, g CO2 per g fuel.
    #[serde(rename = "cf_co2", with = "crate::units::serde_as::g_per_g")]
    pub cf_co2: EmissionFactor,
    /// TtW CH4 and N2O factors for every converter except fuel cells.
    pub combustion: NonCo2Factors,
    /// TtW CH4 and N2O factors in a fuel cell, where they differ (hydrogen rows of Annex II).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fuel_cell: Option<NonCo2Factors>,
    /// Where the CH4 and N2O values came from (`[ch4, n2o]`).
    pub non_co2_origin: [ValueOrigin; 2],
    /// Where the WtT value came from.
    pub wtt_origin: ValueOrigin,
    /// Confidence in the row as a whole.
    pub confidence: Confidence,
    /// Instrument, table and row, and any alternative values other sources print.
    pub source: String,
}

mod option_g_per_mj {
    use crate::units::{GhgIntensity, IntensityExt, g_per_mj};
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(q: &Option<GhgIntensity>, s: S) -> Result<S::Ok, S::Error> {
        match q {
            Some(v) => s.serialize_some(&v.g_per_mj()),
            None => s.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<GhgIntensity>, D::Error> {
        Option::<f64>::deserialize(d).map(|o| o.map(g_per_mj))
    }
}

impl PathwayFactors {
    /// The CH4/N2O factors that apply in converter class `class`.
    pub fn non_co2(&self, class: ConverterClass) -> NonCo2Factors {
        match (class, self.fuel_cell) {
            (ConverterClass::FuelCell, Some(fc)) => fc,
            _ => self.combustion,
        }
    }

    /// Checks every number is finite and physically plausible: the LCV within
    /// [`LCV_RANGE_MJ_PER_G`], the WtT factor within ±[`MAX_WTT_G_PER_MJ`] and the emission
    /// factors from 0 to [`MAX_EMISSION_FACTOR`]. The bounds keep every per-MJ quantity (and
    /// so every intensity of a finite ledger) finite: a LCV of 1e-320 MJ/g would make
    /// gCO2e/MJ overflow.
    pub fn validate(&self, field: &str) -> Result<()> {
        let lcv = self.lcv.mj_per_g();
        crate::error::finite(|| format!("{field}.lcv"), lcv)?;
        let (lo, hi) = LCV_RANGE_MJ_PER_G;
        if !(lo..=hi).contains(&lcv) {
            return Err(Error::OutOfRange {
                field: format!("{field}.lcv"),
                value: lcv,
                expected: format!(
                    "a lower calorific value from {lo} to {hi} MJ/g (hydrogen, the highest, is 0.12)"
                ),
            });
        }
        if let Some(w) = self.well_to_tank {
            crate::error::in_range(
                || format!("{field}.well_to_tank"),
                w.g_per_mj(),
                -MAX_WTT_G_PER_MJ,
                MAX_WTT_G_PER_MJ,
            )?;
        }
        let cf = |f: String, v: f64| -> Result<()> {
            crate::error::non_negative(|| f.clone(), v)?;
            crate::error::in_range(|| f.clone(), v, 0.0, MAX_EMISSION_FACTOR)?;
            Ok(())
        };
        cf(format!("{field}.cf_co2"), self.cf_co2.g_per_g())?;
        for (group, f) in [
            ("combustion", Some(self.combustion)),
            ("fuel_cell", self.fuel_cell),
        ] {
            if let Some(f) = f {
                cf(format!("{field}.{group}.cf_ch4"), f.cf_ch4.g_per_g())?;
                cf(format!("{field}.{group}.cf_n2o"), f.cf_n2o.g_per_g())?;
            }
        }
        Ok(())
    }
}

/// A named table of pathway factors and methane-slip defaults: the data half of an accounting
/// basis.
///
/// Built-in sets: [`FactorSet::fueleu_annex_ii`], [`FactorSet::imo_lca`],
/// [`FactorSet::imo_dcs`]. A user can start from one and [`insert`](FactorSet::insert) or
/// replace rows (for a custom pathway, or a certified LCV), or build one from scratch with
/// [`FactorSet::empty`].
#[derive(Debug, Clone, PartialEq)]
pub struct FactorSet {
    name: String,
    builtin: Vec<Option<PathwayFactors>>,
    custom: HashMap<Arc<str>, (CustomPathway, PathwayFactors)>,
    slip: [Option<Ratio>; 8],
}

impl FactorSet {
    /// A set with no rows and no slip defaults.
    pub fn empty(name: &str) -> Self {
        Self {
            name: name.to_string(),
            builtin: vec![None; PathwayId::ALL.len()],
            custom: HashMap::new(),
            slip: [None; 8],
        }
    }

    /// The set's name, shown in reports and error messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Renames the set (do this when you change any row of a built-in set).
    pub fn renamed(mut self, name: &str) -> Self {
        self.name = name.to_string();
        self
    }

    /// Inserts or replaces the row of `pathway`, after validating it.
    pub fn insert(&mut self, pathway: PathwayId, factors: PathwayFactors) -> Result<()> {
        factors.validate(&format!("factor_set '{}'.{}", self.name, pathway.name()))?;
        match pathway {
            PathwayId::Custom(c) => {
                self.custom.insert(Arc::from(c.name()), (c, factors));
            }
            p => {
                if let Some(cell) = p.builtin_index().and_then(|i| self.builtin.get_mut(i)) {
                    *cell = Some(factors);
                }
            }
        }
        Ok(())
    }

    /// The row of `pathway`, or an error naming the pathway and this set.
    pub fn get(&self, pathway: &PathwayId) -> Result<&PathwayFactors> {
        let found = match pathway {
            PathwayId::Custom(c) => self.custom.get(c.name()).map(|(_, f)| f),
            p => p
                .builtin_index()
                .and_then(|i| self.builtin.get(i))
                .and_then(Option::as_ref),
        };
        found.ok_or_else(|| Error::PathwayNotInFactorSet {
            pathway: pathway.name().to_string(),
            factor_set: self.name.clone(),
        })
    }

    /// Whether the set has a row for `pathway`.
    pub fn contains(&self, pathway: &PathwayId) -> bool {
        self.get(pathway).is_ok()
    }

    /// Every (pathway, row) in the set: built-ins in catalogue order, then custom rows by name.
    pub fn iter(&self) -> impl Iterator<Item = (PathwayId, &PathwayFactors)> {
        let builtin = PathwayId::ALL
            .iter()
            .zip(self.builtin.iter())
            .filter_map(|(p, f)| f.as_ref().map(|f| (p.clone(), f)));
        let mut custom: Vec<_> = self
            .custom
            .values()
            .map(|(c, f)| (PathwayId::Custom(c.clone()), f))
            .collect();
        custom.sort_by(|a, b| a.0.name().cmp(b.0.name()));
        builtin.chain(custom)
    }

    /// Default methane slip (fraction of fuel mass) of methane fuels in `class`, if the set has
    /// one.
    pub fn methane_slip(&self, class: ConverterClass) -> Option<Ratio> {
        self.slip.get(class.index()).copied().flatten()
    }

    /// Sets (or clears, with `None`) the methane-slip default of `class`.
    pub fn set_methane_slip(&mut self, class: ConverterClass, slip: Option<Ratio>) -> Result<()> {
        if let Some(s) = slip {
            crate::error::in_range(
                || format!("factor_set '{}'.methane_slip.{}", self.name, class.name()),
                s.value(),
                0.0,
                1.0,
            )?;
        }
        if let Some(cell) = self.slip.get_mut(class.index()) {
            *cell = slip;
        }
        Ok(())
    }
}

/// Serialised form of a [`FactorSet`].
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactorSetRepr {
    name: String,
    pathways: Vec<FactorRowRepr>,
    #[serde(default)]
    methane_slip: Vec<SlipRepr>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactorRowRepr {
    pathway: PathwayId,
    factors: PathwayFactors,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SlipRepr {
    converter: ConverterClass,
    #[serde(with = "crate::units::serde_as::fraction")]
    slip: Ratio,
}

impl Serialize for FactorSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        FactorSetRepr {
            name: self.name.clone(),
            pathways: self
                .iter()
                .map(|(pathway, f)| FactorRowRepr {
                    pathway,
                    factors: f.clone(),
                })
                .collect(),
            methane_slip: ConverterClass::ALL
                .iter()
                .filter_map(|c| {
                    self.methane_slip(*c).map(|slip| SlipRepr {
                        converter: *c,
                        slip,
                    })
                })
                .collect(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for FactorSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let repr = FactorSetRepr::deserialize(d)?;
        let mut set = FactorSet::empty(&repr.name);
        for row in repr.pathways {
            set.insert(row.pathway, row.factors)
                .map_err(serde::de::Error::custom)?;
        }
        for s in repr.methane_slip {
            set.set_methane_slip(s.converter, Some(s.slip))
                .map_err(serde::de::Error::custom)?;
        }
        Ok(set)
    }
}

crate::numeric::validated_serde!(PathwayFactors, |v| v.validate("factors"));
