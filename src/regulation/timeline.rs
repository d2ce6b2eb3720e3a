//! The policy timeline: which regimes apply from when, and with what parameters.
//!
//! A projection to 2050 runs on assumptions about law that is not yet written: whether the
//! draft IMO Net-Zero Framework enters into force (and when), what it asks after 2035, whether
//! FuelEU's RFNBO sub-target is triggered, whether the EU ETS's 50 % extra-EU share survives
//! its review. A [`PolicyTimeline`] is one value that states all of them; scenario plans name
//! one (`policy = "nzf_2028"`, or a table), the trajectory engine reads its regimes'
//! parameters from it, and every report prints [`PolicyTimeline::describe`].
//!
//! | part | parameters | default |
//! |---|---|---|
//! | [`NzfPolicy`] | entry into force, targets after 2035, surplus-unit value | **not in force** |
//! | [`FuelEuPolicy`] | RFNBO sub-target (2 % from 2034 if triggered) and its Pd, RFNBO reward window | not triggered; RWD 2 to 2033 |
//! | [`EtsPolicy`] | phase-in 40/70/100 %, CH4/N2O from 2026, extra-EU share 50 %, ice-class relief | the Directive as amended by (EU) 2023/959 |
//! | [`ImoStrategy`] | 2030/2040 checkpoints, net-zero year, 2030 carbon-intensity ambition | Res. MEPC.377(80) |
//!
//! Presets: [`PolicyTimeline::adopted_law`] (the default: what is law today),
//! [`PolicyTimeline::nzf_2028`] (the draft NZF from 2028 as MEPC 83 approved it, 2035 targets
//! held after 2035, as the shipped plans assumed), [`PolicyTimeline::nzf_2028_to_2035`] (the
//! draft's table only — the crate's earlier default), [`PolicyTimeline::nzf_2030`] (a two-year
//! delay).
//!
//! ```
//! use green_corridor::regulation::timeline::PolicyTimeline;
//! let today = PolicyTimeline::default();
//! assert!(today.nzf.targets(2030)?.is_none());           // NZF not adopted: no cost
//! let draft: PolicyTimeline = toml::from_str(r#"preset = "nzf_2028""#)?;
//! assert!(draft.nzf.targets(2030)?.is_some());
//! for line in draft.describe() { println!("{line}"); }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
pub use crate::regulation::eu_ets::EtsPolicy;
pub use crate::regulation::fueleu::FuelEuPolicy;
pub use crate::regulation::imo_nzf::{NzfAfter2035, NzfEntry, NzfPolicy, NzfTargetPercent};

/// The IMO 2023 GHG Strategy's levels of ambition (Res. MEPC.377(80), 7 July 2023), as
/// fractions below 2008: total annual GHG of international shipping (well to wake) at least
/// 20 % lower by 2030, striving for 30 %; at least 70 % lower by 2040, striving for 80 %; net
/// zero "by or around, i.e. close to, 2050"; and CO2 per transport work (carbon intensity) at
/// least 40 % lower by 2030 — a target of its own, on intensity, not on total emissions.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ImoStrategy {
    /// Minimum reduction of total GHG by 2030 (0.20).
    pub minimum_2030: f64,
    /// Striving reduction by 2030 (0.30).
    pub striving_2030: f64,
    /// Minimum reduction by 2040 (0.70).
    pub minimum_2040: f64,
    /// Striving reduction by 2040 (0.80).
    pub striving_2040: f64,
    /// The year read as net zero (2050: "by or around, i.e. close to, 2050").
    pub net_zero_year: i32,
    /// Reduction of CO2 per transport work by 2030, average across international shipping (0.40).
    pub carbon_intensity_2030: f64,
}

impl Default for ImoStrategy {
    fn default() -> Self {
        Self {
            minimum_2030: 0.20,
            striving_2030: 0.30,
            minimum_2040: 0.70,
            striving_2040: 0.80,
            net_zero_year: 2050,
            carbon_intensity_2030: 0.40,
        }
    }
}

impl ImoStrategy {
    /// Checks every fraction (0–1), 2040 at least as deep as 2030, and the net-zero year
    /// (2041–2100).
    pub fn validate(&self) -> Result<()> {
        for (name, v) in [
            ("minimum_2030", self.minimum_2030),
            ("striving_2030", self.striving_2030),
            ("minimum_2040", self.minimum_2040),
            ("striving_2040", self.striving_2040),
            ("carbon_intensity_2030", self.carbon_intensity_2030),
        ] {
            crate::error::in_range(|| format!("policy.imo_strategy.{name}"), v, 0.0, 1.0)?;
        }
        for (name, a, b) in [
            ("minimum_2040", self.minimum_2030, self.minimum_2040),
            ("striving_2040", self.striving_2030, self.striving_2040),
        ] {
            if b < a {
                return Err(Error::OutOfRange {
                    field: format!("policy.imo_strategy.{name}"),
                    value: b,
                    expected: format!("a reduction at least as deep as 2030's ({a})"),
                });
            }
        }
        if !(2041..=2100).contains(&self.net_zero_year) {
            return Err(Error::OutOfRange {
                field: "policy.imo_strategy.net_zero_year".into(),
                value: f64::from(self.net_zero_year),
                expected: "a year from 2041 to 2100".into(),
            });
        }
        Ok(())
    }
}

/// Which regimes apply from when, with what parameters: one value, named in scenario files and
/// plans, read by the trajectory engine, printed by every report. See the [module](self).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PolicyTimeline {
    /// Name shown in reports.
    pub name: String,
    /// The draft IMO Net-Zero Framework.
    pub nzf: NzfPolicy,
    /// FuelEU Maritime.
    pub fueleu: FuelEuPolicy,
    /// The EU ETS, maritime.
    pub eu_ets: EtsPolicy,
    /// The IMO 2023 Strategy's checkpoints (targets, not costs).
    pub imo_strategy: ImoStrategy,
}

impl Default for PolicyTimeline {
    fn default() -> Self {
        Self::adopted_law()
    }
}

/// The names [`PolicyTimeline::preset`] knows.
pub const PRESETS: &[&str] = &["adopted_law", "nzf_2028", "nzf_2028_to_2035", "nzf_2030"];

impl PolicyTimeline {
    /// Law as adopted: FuelEU and the EU ETS as printed, the IMO NZF **not in force** (the
    /// default timeline).
    pub fn adopted_law() -> Self {
        Self {
            name: "adopted law (IMO NZF not in force)".into(),
            nzf: NzfPolicy::default(),
            fueleu: FuelEuPolicy::default(),
            eu_ets: EtsPolicy::default(),
            imo_strategy: ImoStrategy::default(),
        }
    }

    /// The draft NZF from 2028 as approved at MEPC 83, with its 2035 targets held after 2035
    /// (the assumption the crate's plans made before timelines existed).
    pub fn nzf_2028() -> Self {
        Self {
            name: "IMO NZF draft from 2028, 2035 targets held (assumption)".into(),
            nzf: NzfPolicy::from_year(2028, NzfAfter2035::HoldLastTargets),
            ..Self::adopted_law()
        }
    }

    /// The draft NZF from 2028 and nothing after 2035 (the draft's own table only; carbon costs
    /// after 2035 are then a lower bound) — the crate's default before timelines existed.
    pub fn nzf_2028_to_2035() -> Self {
        Self {
            name: "IMO NZF draft from 2028, draft table only (none after 2035)".into(),
            nzf: NzfPolicy::from_year(2028, NzfAfter2035::NotApplied),
            ..Self::adopted_law()
        }
    }

    /// The draft NZF delayed to 2030 (the draft's calendar-year targets from 2030), 2035
    /// targets held after 2035.
    pub fn nzf_2030() -> Self {
        Self {
            name: "IMO NZF draft from 2030, 2035 targets held (assumption)".into(),
            nzf: NzfPolicy::from_year(2030, NzfAfter2035::HoldLastTargets),
            ..Self::adopted_law()
        }
    }

    /// The preset called `name` (one of [`PRESETS`]).
    pub fn preset(name: &str) -> Result<Self> {
        match name.trim() {
            "adopted_law" => Ok(Self::adopted_law()),
            "nzf_2028" => Ok(Self::nzf_2028()),
            "nzf_2028_to_2035" => Ok(Self::nzf_2028_to_2035()),
            "nzf_2030" => Ok(Self::nzf_2030()),
            other => Err(Error::UnknownNameAt {
                field: "policy.preset".into(),
                kind: "policy timeline",
                name: other.to_string(),
                valid: PRESETS.join(", "),
            }),
        }
    }

    /// This timeline with another NZF entry into force (name updated).
    pub fn with_nzf_entry(mut self, entry: NzfEntry) -> Self {
        self.nzf.entry = entry;
        self.name = format!("{} [NZF entry {:?}]", self.name, entry);
        self
    }

    /// Checks every part.
    pub fn validate(&self) -> Result<()> {
        self.nzf.validate()?;
        self.fueleu.validate()?;
        self.eu_ets.validate()?;
        self.imo_strategy.validate()
    }

    /// The timeline in a few lines, for reports.
    pub fn describe(&self) -> Vec<String> {
        let f = &self.fueleu;
        let e = &self.eu_ets;
        let s = &self.imo_strategy;
        let pct = |x: f64| format!("{:.0} %", 100.0 * x);
        vec![
            format!("policy timeline: {}", self.name),
            format!("  {}", self.nzf.describe()),
            format!(
                "  FuelEU: RFNBO reward ×{} to {}; RFNBO sub-target (2 % from 2034) {}{}",
                f.rfnbo_reward_factor,
                f.rfnbo_reward_last_year,
                if f.rfnbo_subtarget_triggered {
                    "triggered"
                } else {
                    "not triggered"
                },
                match (
                    f.rfnbo_subtarget_triggered,
                    f.rfnbo_price_difference_eur_per_mj
                ) {
                    (true, Some(pd)) => format!(", penalty Pd = EUR {pd}/MJ"),
                    (true, None) => ", shortfall reported, penalty not priced (no Pd)".into(),
                    _ => String::new(),
                }
            ),
            format!(
                "  EU ETS: phase-in {}; CH4/N2O from {}; extra-EU share {}; ice-class relief {}",
                e.phase_in
                    .steps
                    .iter()
                    .map(|(y, v)| format!("{y} {}", pct(*v)))
                    .collect::<Vec<_>>()
                    .join(", "),
                e.non_co2_from_year,
                pct(e.extra_eu_share),
                if e.ice_class_relief {
                    "5 % to 2030"
                } else {
                    "no"
                }
            ),
            format!(
                "  IMO 2023 Strategy: GHG −{}/−{} by 2030, −{}/−{} by 2040 (minimum/striving, vs 2008), net zero {}; carbon intensity −{} by 2030",
                pct(s.minimum_2030),
                pct(s.striving_2030),
                pct(s.minimum_2040),
                pct(s.striving_2040),
                s.net_zero_year,
                pct(s.carbon_intensity_2030)
            ),
        ]
    }
}

/// A timeline in a file: a preset name (`policy = "nzf_2028"`), or a table with an optional
/// `preset` (default `adopted_law`), an optional `name`, and any part replaced.
#[derive(Deserialize)]
#[serde(untagged)]
enum TimelineRepr {
    Preset(String),
    Table(TimelineTable),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimelineTable {
    #[serde(default)]
    preset: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    nzf: Option<NzfPolicy>,
    #[serde(default)]
    fueleu: Option<FuelEuPolicy>,
    #[serde(default)]
    eu_ets: Option<EtsPolicy>,
    #[serde(default)]
    imo_strategy: Option<ImoStrategy>,
}

impl TryFrom<TimelineRepr> for PolicyTimeline {
    type Error = Error;
    fn try_from(r: TimelineRepr) -> Result<Self> {
        let t = match r {
            TimelineRepr::Preset(name) => Self::preset(&name)?,
            TimelineRepr::Table(t) => {
                let mut base = Self::preset(t.preset.as_deref().unwrap_or("adopted_law"))?;
                let customised = t.nzf.is_some()
                    || t.fueleu.is_some()
                    || t.eu_ets.is_some()
                    || t.imo_strategy.is_some();
                if let Some(n) = t.nzf {
                    base.nzf = n;
                }
                if let Some(f) = t.fueleu {
                    base.fueleu = f;
                }
                if let Some(e) = t.eu_ets {
                    base.eu_ets = e;
                }
                if let Some(s) = t.imo_strategy {
                    base.imo_strategy = s;
                }
                base.name = match t.name {
                    Some(n) => n,
                    None if customised => format!("{} (customised)", base.name),
                    None => base.name,
                };
                base
            }
        };
        t.validate()?;
        Ok(t)
    }
}

impl<'de> Deserialize<'de> for PolicyTimeline {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let r = TimelineRepr::deserialize(d)?;
        PolicyTimeline::try_from(r).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_and_tables() {
        let t: PolicyTimeline = toml::from_str(
            r#"
            preset = "nzf_2030"
            [eu_ets]
            extra_eu_share = 1.0
            "#,
        )
        .unwrap();
        assert_eq!(t.nzf.entry, NzfEntry::FromYear(2030));
        assert_eq!(t.eu_ets.extra_eu_share, 1.0);
        assert!(t.name.contains("customised"));
        // A wrong preset names the valid ones.
        let e = PolicyTimeline::preset("nzf_2029").unwrap_err().to_string();
        assert!(e.contains("nzf_2028"), "{e}");
        // Round trip through JSON keeps every part (the table form).
        let json = serde_json::to_string(&t).unwrap();
        let back: PolicyTimeline = serde_json::from_str(&json).unwrap();
        assert_eq!(back, t);
    }

    #[test]
    fn a_table_in_a_file() {
        let t: PolicyTimeline = toml::from_str(
            r#"
            name = "delayed NZF, valued surplus"
            [nzf]
            entry = { from_year = 2030 }
            after_2035 = "linear_to_2040_base"
            surplus_unit_value_usd_per_t = 50.0
            [fueleu]
            rfnbo_subtarget_triggered = true
            rfnbo_price_difference_eur_per_mj = 0.04
            "#,
        )
        .unwrap();
        assert_eq!(t.nzf.entry, NzfEntry::FromYear(2030));
        assert_eq!(t.nzf.after_2035, NzfAfter2035::LinearTo2040Base);
        assert_eq!(t.name, "delayed NZF, valued surplus");
        assert!(t.fueleu.rfnbo_subtarget_triggered);
        // A misspelt field is an error, not ignored.
        assert!(toml::from_str::<PolicyTimeline>("[nzf]\nentri = \"not_in_force\"").is_err());
        // An entry year before the draft's first is refused.
        assert!(toml::from_str::<PolicyTimeline>("[nzf]\nentry = { from_year = 2020 }").is_err());
    }

    #[test]
    fn entry_years() {
        let t = PolicyTimeline::nzf_2030();
        assert!(t.nzf.targets(2029).unwrap().is_none());
        assert!(t.nzf.targets(2030).unwrap().is_some());
        assert!(
            PolicyTimeline::adopted_law()
                .nzf
                .targets(2035)
                .unwrap()
                .is_none()
        );
    }
}
