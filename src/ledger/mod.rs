//! The fuel ledger: the narrow waist between what a ship burns and how it is accounted.
//!
//! Everything upstream (a voyage model, or reported DCS/MRV data) *writes* ledger entries;
//! everything downstream (accounting bases, CII, FuelEU, EU ETS, IMO NZF) *reads* them. An
//! entry is a mass of one [`Fuel`] burned in one [`Converter`], tagged with a free label (leg,
//! phase, consumer) and a [`Scope`]: the [`Place`] where it was used (at berth in a port, or on
//! a passage between two ports, each port with its [`PortClass`]) and, for reported data only,
//! the share already applied per regime. The ledger carries no regime's share of its own: each
//! regulation derives its share from the place (`regulation::scope`), so one ledger serves
//! FuelEU, the EU ETS, the CII and the IMO NZF at once. Shore-side electricity (OPS) is recorded
//! beside the fuel entries.

mod place;

pub(crate) use place::ShareOrMap;
pub use place::{Place, PortClass, PortRef, Regime, Scope};

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fuel::{Blend, Converter, Fuel, PathwayId};
use crate::units::{Energy, EnergyExt, Mass, MassExt};

/// A share from 0 to 1 of an entry that one EU regime counts (FuelEU Art. 2(1), EU ETS
/// Art. 3ga): typically 1.0 for intra-EU/EEA voyages and at berth in EU/EEA ports, 0.5 for
/// voyages to or from a third country, 0.0 otherwise. The regulations derive it from an entry's
/// [`Place`]; reported data may carry it directly ([`Scope`]).
///
/// Any value from 0 to 1 is accepted so that a user can model a Member State's exemption or a
/// partial leg.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize)]
#[serde(transparent)]
pub struct ScopeShare(f64);

impl ScopeShare {
    /// Fully in scope (intra-EU/EEA voyage, at berth in an EU/EEA port).
    pub const FULL: ScopeShare = ScopeShare(1.0);
    /// Half in scope (voyage between an EU/EEA and a third-country port).
    pub const HALF: ScopeShare = ScopeShare(0.5);
    /// Out of scope (voyage between third-country ports).
    pub const NONE: ScopeShare = ScopeShare(0.0);

    /// A share from 0 to 1.
    pub fn new(share: f64) -> Result<Self> {
        crate::error::in_range(|| "scope".into(), share, 0.0, 1.0).map(ScopeShare)
    }

    /// The share as a number from 0 to 1.
    pub fn value(self) -> f64 {
        self.0
    }
}

impl<'de> Deserialize<'de> for ScopeShare {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        ScopeShare::new(f64::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// Largest fuel mass of one ledger entry, t (1,000 Gt). World shipping burns about 0.3 Gt of
/// fuel a year, so no real entry comes near it; the bound keeps every ledger sum finite
/// (a sum of n entries is at most n × 1e12 t).
pub const MAX_ENTRY_MASS_T: f64 = 1e12;

/// Largest shore-power energy of one entry, MJ (1e15 MJ ≈ 280 TWh, more than any country's
/// shore-power supply); the same reason as [`MAX_ENTRY_MASS_T`].
pub const MAX_SHORE_POWER_MJ: f64 = 1e15;

/// Entries [`FuelLedger::with_capacity`] reserves at most up front (the vector grows beyond it
/// as entries are pushed); a capacity hint never allocates unbounded memory.
pub const MAX_RESERVED_ENTRIES: usize = 1 << 16;

/// A free label on a ledger entry (a leg such as `"CNSHA-USLAX"`, a phase such as `"at_berth"`,
/// or both). Cheap to clone.
pub type Label = Arc<str>;

/// One fuel entry: `mass` of `fuel` burned in `converter`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LedgerEntry {
    /// What was burned.
    pub fuel: Fuel,
    /// Where it was burned.
    pub converter: Converter,
    /// Mass burned (serialised in tonnes as `mass_t`).
    #[serde(rename = "mass_t", with = "crate::units::serde_as::tonnes")]
    pub mass: Mass,
    /// Free label: leg, phase, consumer.
    pub label: Label,
    /// Where it was burned, and any share reported per regime.
    pub scope: Scope,
}

impl LedgerEntry {
    /// A validated entry. Errors: non-finite or negative mass; a converter that cannot burn
    /// the fuel; a non-finite certificate or override.
    pub fn new(
        fuel: Fuel,
        converter: impl Into<Converter>,
        mass: Mass,
        label: &str,
        scope: impl Into<Scope>,
    ) -> Result<Self> {
        let entry = Self {
            fuel,
            converter: converter.into(),
            mass,
            label: Arc::from(label),
            scope: scope.into(),
        };
        entry.validate("entry")?;
        Ok(entry)
    }

    /// Checks the entry; `field` prefixes the path in error messages.
    pub fn validate(&self, field: &str) -> Result<()> {
        let t = crate::error::non_negative(|| format!("{field}.mass"), self.mass.tonnes())?;
        crate::error::in_range(|| format!("{field}.mass"), t, 0.0, MAX_ENTRY_MASS_T)?;
        validate_scope(&self.scope, field)?;
        self.converter
            .overrides
            .validate(&format!("{field}.converter.overrides"))?;
        if let Some(c) = &self.fuel.certificate {
            c.validate(&format!("{field}.fuel"))?;
        }
        self.converter
            .class
            .check_can_burn(&self.fuel.pathway)
            .map_err(|e| match e {
                Error::IncompatibleConverter {
                    pathway,
                    converter,
                    reason,
                    ..
                } => Error::IncompatibleConverter {
                    field: format!("{field}.converter"),
                    pathway,
                    converter,
                    reason,
                },
                other => other,
            })
    }
}

/// Electricity delivered from shore (on-shore power supply, OPS) at berth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShorePower {
    /// Electricity delivered at the connection point (serialised in MJ as `energy_mj`).
    #[serde(rename = "energy_mj", with = "crate::units::serde_as::megajoules")]
    pub energy: Energy,
    /// Free label (port call).
    pub label: Label,
    /// Where it was delivered, and any share reported per regime.
    pub scope: Scope,
}

fn validate_scope(scope: &Scope, field: &str) -> Result<()> {
    for (name, s) in [("fueleu", scope.fueleu), ("eu_ets", scope.eu_ets)] {
        if let Some(s) = s {
            crate::error::in_range(|| format!("{field}.scope.{name}"), s.0, 0.0, 1.0)?;
        }
    }
    Ok(())
}

/// A list of fuel entries and shore-power entries.
///
/// ```
/// use green_corridor::ledger::{FuelLedger, Regime, ScopeShare};
/// use green_corridor::fuel::{ConverterClass, Fuel, PathwayId};
/// use green_corridor::units::{tonnes, MassExt};
///
/// let mut ledger = FuelLedger::new();
/// ledger.add(Fuel::new(PathwayId::Hfo), ConverterClass::Ice, tonnes(120.0), "sea", ScopeShare::HALF)?;
/// ledger.add(Fuel::new(PathwayId::MdoMgo), ConverterClass::Ice, tonnes(8.0), "berth", ScopeShare::FULL)?;
/// assert!((ledger.total_mass().tonnes() - 128.0).abs() < 1e-9);
/// // What FuelEU sees of these reported shares: 0.5 × 120 + 1.0 × 8 = 68 t.
/// let fueleu = ledger.weighted(Regime::FuelEu, |s, _| Ok(s.reported(Regime::FuelEu).unwrap_or(ScopeShare::NONE)))?;
/// assert!((fueleu.total_mass().tonnes() - 68.0).abs() < 1e-9);
/// # Ok::<(), green_corridor::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct FuelLedger {
    entries: Vec<LedgerEntry>,
    shore_power: Vec<ShorePower>,
}

impl FuelLedger {
    /// An empty ledger.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty ledger with room for `n` entries (at most [`MAX_RESERVED_ENTRIES`] reserved up
    /// front).
    pub fn with_capacity(n: usize) -> Self {
        Self {
            entries: Vec::with_capacity(n.min(MAX_RESERVED_ENTRIES)),
            shore_power: Vec::new(),
        }
    }

    /// Adds a validated entry.
    pub fn push(&mut self, entry: LedgerEntry) -> Result<()> {
        entry.validate(&format!("ledger.entries[{}]", self.entries.len()))?;
        self.entries.push(entry);
        Ok(())
    }

    /// Adds `mass` of `fuel` burned in `converter`.
    pub fn add(
        &mut self,
        fuel: impl Into<Fuel>,
        converter: impl Into<Converter>,
        mass: Mass,
        label: &str,
        scope: impl Into<Scope>,
    ) -> Result<()> {
        self.push(LedgerEntry {
            fuel: fuel.into(),
            converter: converter.into(),
            mass,
            label: Arc::from(label),
            scope: scope.into(),
        })
    }

    /// Adds `mass` of a blend as one entry per component (FuelEU accounts blends by component).
    pub fn add_blend(
        &mut self,
        blend: &Blend,
        converter: impl Into<Converter>,
        mass: Mass,
        label: &str,
        scope: impl Into<Scope>,
    ) -> Result<()> {
        let converter = converter.into();
        let scope = scope.into();
        let label: Label = Arc::from(label);
        let parts = blend.split(mass)?;
        // Validate every component before adding any, so a failure leaves the ledger unchanged.
        let start = self.entries.len();
        let mut staged = Vec::with_capacity(parts.len());
        for (i, (fuel, m)) in parts.into_iter().enumerate() {
            let e = LedgerEntry {
                fuel,
                converter,
                mass: m,
                label: label.clone(),
                scope: scope.clone(),
            };
            e.validate(&format!(
                "ledger.entries[{}] (blend '{}')",
                start + i,
                blend.name()
            ))?;
            staged.push(e);
        }
        self.entries.extend(staged);
        Ok(())
    }

    /// Adds electricity delivered from shore. Errors on a non-finite or negative energy.
    pub fn add_shore_power(
        &mut self,
        energy: Energy,
        label: &str,
        scope: impl Into<Scope>,
    ) -> Result<()> {
        let field = format!("ledger.shore_power[{}]", self.shore_power.len());
        crate::error::in_range(
            || format!("{field}.energy_mj"),
            energy.megajoules(),
            0.0,
            MAX_SHORE_POWER_MJ,
        )?;
        let scope = scope.into();
        validate_scope(&scope, &field)?;
        self.shore_power.push(ShorePower {
            energy,
            label: Arc::from(label),
            scope,
        });
        Ok(())
    }

    /// The fuel entries.
    pub fn entries(&self) -> &[LedgerEntry] {
        &self.entries
    }

    /// The shore-power entries.
    pub fn shore_power(&self) -> &[ShorePower] {
        &self.shore_power
    }

    /// Number of fuel entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the ledger has neither fuel nor shore-power entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.shore_power.is_empty()
    }

    /// Appends every entry of `other` (ledgers add).
    pub fn extend(&mut self, other: &FuelLedger) {
        self.entries.extend(other.entries.iter().cloned());
        self.shore_power.extend(other.shore_power.iter().cloned());
    }

    /// The entries for which `keep` is true (shore power is kept when `keep_shore_power` says so).
    pub fn filter(
        &self,
        keep: impl Fn(&LedgerEntry) -> bool,
        keep_shore_power: impl Fn(&ShorePower) -> bool,
    ) -> FuelLedger {
        FuelLedger {
            entries: self.entries.iter().filter(|e| keep(e)).cloned().collect(),
            shore_power: self
                .shore_power
                .iter()
                .filter(|s| keep_shore_power(s))
                .cloned()
                .collect(),
        }
    }

    /// The entries (fuel and shore power) whose label equals `label`.
    pub fn with_label(&self, label: &str) -> FuelLedger {
        self.filter(|e| &*e.label == label, |s| &*s.label == label)
    }

    /// Every mass and shore-power energy multiplied by `factor` (e.g. round trips per year).
    /// Errors on a negative or non-finite factor, and on a factor that takes an entry past
    /// [`MAX_ENTRY_MASS_T`] or [`MAX_SHORE_POWER_MJ`] (the error names `ledger.scale_factor`
    /// and the entry).
    pub fn scaled(&self, factor: f64) -> Result<FuelLedger> {
        crate::error::non_negative(|| "ledger.scale_factor".into(), factor)?;
        let mut out = self.clone();
        let too_large = |what: String, limit: f64| Error::OutOfRange {
            field: "ledger.scale_factor".into(),
            value: factor,
            expected: format!("a factor that keeps {what} at or below {limit:e}"),
        };
        for (i, e) in out.entries.iter_mut().enumerate() {
            e.mass *= factor;
            if e.mass.tonnes().is_nan() || e.mass.tonnes() > MAX_ENTRY_MASS_T {
                return Err(too_large(
                    format!("ledger.entries[{i}].mass_t"),
                    MAX_ENTRY_MASS_T,
                ));
            }
        }
        for (i, s) in out.shore_power.iter_mut().enumerate() {
            s.energy *= factor;
            if s.energy.megajoules().is_nan() || s.energy.megajoules() > MAX_SHORE_POWER_MJ {
                return Err(too_large(
                    format!("ledger.shore_power[{i}].energy_mj"),
                    MAX_SHORE_POWER_MJ,
                ));
            }
        }
        Ok(out)
    }

    /// The ledger one regime sees: every mass and shore-power energy multiplied by the share
    /// `share` gives its entry (a regulation's scope rule over the entry's [`Scope`]; see
    /// `regulation::scope::in_scope`), entries with a zero share dropped, and each kept entry
    /// re-tagged [`Scope::weighted_for`] `regime` so the result is never counted twice.
    ///
    /// `share` receives the entry's scope and its field path (`ledger.entries[3]`) for error
    /// messages. Errors: whatever `share` returns; a share outside 0..=1.
    pub fn weighted(
        &self,
        regime: Regime,
        share: impl Fn(&Scope, &str) -> Result<ScopeShare>,
    ) -> Result<FuelLedger> {
        let mut out = FuelLedger::with_capacity(self.entries.len());
        for (i, e) in self.entries.iter().enumerate() {
            let field = format!("ledger.entries[{i}]");
            let s = share(&e.scope, &field)?;
            crate::error::in_range(|| format!("{field}.scope"), s.0, 0.0, 1.0)?;
            if s.0 > 0.0 {
                out.entries.push(LedgerEntry {
                    mass: e.mass * s.0,
                    scope: e.scope.weighted_for(regime),
                    ..e.clone()
                });
            }
        }
        for (i, sp) in self.shore_power.iter().enumerate() {
            let field = format!("ledger.shore_power[{i}]");
            let s = share(&sp.scope, &field)?;
            crate::error::in_range(|| format!("{field}.scope"), s.0, 0.0, 1.0)?;
            if s.0 > 0.0 {
                out.shore_power.push(ShorePower {
                    energy: sp.energy * s.0,
                    scope: sp.scope.weighted_for(regime),
                    ..sp.clone()
                });
            }
        }
        Ok(out)
    }

    /// Total fuel mass (compensated summation).
    pub fn total_mass(&self) -> Mass {
        let mut sum = crate::numeric::NeumaierSum::default();
        for e in &self.entries {
            sum.add(e.mass.value);
        }
        Mass::new::<uom::si::mass::kilogram>(sum.total())
    }

    /// Total mass per pathway, in order of first appearance.
    pub fn mass_by_pathway(&self) -> Vec<(PathwayId, Mass)> {
        let mut out: Vec<(PathwayId, Mass)> = Vec::new();
        for e in &self.entries {
            match out.iter_mut().find(|(p, _)| *p == e.fuel.pathway) {
                Some((_, m)) => *m += e.mass,
                None => out.push((e.fuel.pathway.clone(), e.mass)),
            }
        }
        out
    }

    /// The distinct labels, in order of first appearance.
    pub fn labels(&self) -> Vec<Label> {
        let mut out: Vec<Label> = Vec::new();
        let all = self
            .entries
            .iter()
            .map(|e| &e.label)
            .chain(self.shore_power.iter().map(|s| &s.label));
        for l in all {
            if !out.iter().any(|o| o == l) {
                out.push(l.clone());
            }
        }
        out
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FuelLedgerRepr {
    #[serde(default)]
    entries: Vec<LedgerEntry>,
    #[serde(default)]
    shore_power: Vec<ShorePower>,
}

impl<'de> Deserialize<'de> for FuelLedger {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let r = FuelLedgerRepr::deserialize(d)?;
        for (i, e) in r.entries.iter().enumerate() {
            e.validate(&format!("ledger.entries[{i}]"))
                .map_err(serde::de::Error::custom)?;
        }
        for (i, s) in r.shore_power.iter().enumerate() {
            crate::error::in_range(
                || format!("ledger.shore_power[{i}].energy_mj"),
                s.energy.megajoules(),
                0.0,
                MAX_SHORE_POWER_MJ,
            )
            .map_err(serde::de::Error::custom)?;
            validate_scope(&s.scope, &format!("ledger.shore_power[{i}]"))
                .map_err(serde::de::Error::custom)?;
        }
        Ok(FuelLedger {
            entries: r.entries,
            shore_power: r.shore_power,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fuel::{Certificate, ConverterClass};
    use crate::units::{megajoules, tonnes};

    fn sample() -> FuelLedger {
        let mut l = FuelLedger::new();
        l.add(
            PathwayId::Hfo,
            ConverterClass::Ice,
            tonnes(100.0),
            "leg1",
            ScopeShare::HALF,
        )
        .unwrap();
        l.add(
            PathwayId::Lng,
            ConverterClass::LngOttoMediumSpeed,
            tonnes(50.0),
            "leg2",
            ScopeShare::FULL,
        )
        .unwrap();
        l.add_shore_power(megajoules(3_600.0), "leg2", ScopeShare::FULL)
            .unwrap();
        l
    }

    #[test]
    fn bad_masses_are_typed_errors_naming_the_entry() {
        let mut l = sample();
        let err = l
            .add(
                PathwayId::Hfo,
                ConverterClass::Ice,
                tonnes(f64::NAN),
                "x",
                ScopeShare::FULL,
            )
            .unwrap_err();
        assert!(
            matches!(&err, Error::NonFinite { field, .. } if field == "ledger.entries[2].mass")
        );
        let err = l
            .add(
                PathwayId::Hfo,
                ConverterClass::Ice,
                tonnes(-1.0),
                "x",
                ScopeShare::FULL,
            )
            .unwrap_err();
        assert!(
            matches!(&err, Error::Negative { field, value } if field == "ledger.entries[2].mass" && *value == -1.0)
        );
        let err = l
            .add(
                PathwayId::Hfo,
                ConverterClass::Ice,
                tonnes(f64::INFINITY),
                "x",
                ScopeShare::FULL,
            )
            .unwrap_err();
        assert!(matches!(err, Error::NonFinite { .. }));
        assert!(
            l.add_shore_power(megajoules(-5.0), "x", ScopeShare::FULL)
                .is_err()
        );
        assert!(ScopeShare::new(1.2).is_err());
        assert_eq!(l.len(), 2, "failed adds leave the ledger unchanged");
    }

    #[test]
    fn incompatible_converter_names_the_entry() {
        let mut l = FuelLedger::new();
        let err = l
            .add(
                PathwayId::Lng,
                ConverterClass::Ice,
                tonnes(1.0),
                "x",
                ScopeShare::FULL,
            )
            .unwrap_err();
        assert!(
            matches!(&err, Error::IncompatibleConverter { field, .. } if field == "ledger.entries[0].converter")
        );
    }

    #[test]
    fn in_scope_weights_masses_and_drops_zero_shares() {
        let mut l = sample();
        l.add(
            PathwayId::MdoMgo,
            ConverterClass::Ice,
            tonnes(10.0),
            "leg3",
            ScopeShare::NONE,
        )
        .unwrap();
        let s = l
            .weighted(Regime::EuEts, |s, _| {
                Ok(s.reported(Regime::EuEts).unwrap_or(ScopeShare::NONE))
            })
            .unwrap();
        assert_eq!(s.len(), 2);
        assert!((s.total_mass().tonnes() - (50.0 + 50.0)).abs() < 1e-9);
        assert!(s.entries().iter().all(|e| e.scope.reported(Regime::EuEts)
            == Some(ScopeShare::FULL)
            && e.scope.reported(Regime::FuelEu) == Some(ScopeShare::NONE)));
    }

    #[test]
    fn filter_scale_and_labels() {
        let l = sample();
        assert_eq!(l.labels().len(), 2);
        let leg2 = l.with_label("leg2");
        assert_eq!(leg2.len(), 1);
        assert_eq!(leg2.shore_power().len(), 1);
        let doubled = l.scaled(2.0).unwrap();
        assert!((doubled.total_mass().tonnes() - 300.0).abs() < 1e-9);
        assert!((doubled.shore_power()[0].energy.megajoules() - 7_200.0).abs() < 1e-9);
        assert!(l.scaled(-1.0).is_err());
        let mut sum = FuelLedger::new();
        sum.extend(&l);
        sum.extend(&l);
        assert!((sum.total_mass().tonnes() - 300.0).abs() < 1e-9);
        assert_eq!(l.mass_by_pathway().len(), 2);
    }

    #[test]
    fn serde_round_trip_and_validation_on_input() {
        let mut l = sample();
        l.add(
            Fuel::certified(
                PathwayId::BioMethanol,
                Certificate::total_e_g_per_mj(15.0).unwrap(),
            ),
            ConverterClass::Ice,
            tonnes(3.0),
            "leg1",
            ScopeShare::HALF,
        )
        .unwrap();
        let json = serde_json::to_string(&l).unwrap();
        assert!(json.contains("\"mass_t\":100.0"));
        let back: FuelLedger = serde_json::from_str(&json).unwrap();
        assert_eq!(back, l);
        let bad = json.replace("\"mass_t\":100.0", "\"mass_t\":-100.0");
        let err = serde_json::from_str::<FuelLedger>(&bad).unwrap_err();
        assert!(err.to_string().contains("ledger.entries[0].mass"));
        let typo = json.replace("\"label\"", "\"lable\"");
        assert!(serde_json::from_str::<FuelLedger>(&typo).is_err());
        let unknown = json.replace("\"hfo\"", "\"bunker_c\"");
        let err = serde_json::from_str::<FuelLedger>(&unknown).unwrap_err();
        assert!(err.to_string().contains("unknown fuel pathway 'bunker_c'"));
    }
}
