//! The service baseline: one year of a corridor service at base-year activity, as work the
//! engines deliver — the one type the voyage model produces
//! ([`ServiceYear::baseline`](crate::voyage::ServiceYear::baseline)) and the trajectory engine
//! projects ([`CorridorScenario`](crate::trajectory::scenario::CorridorScenario)). Reported
//! data may give it directly (a scenario file's `[baseline]`).

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::ledger::{Regime, Scope, ScopeShare};
use crate::units::{Energy, EnergyExt, Length, LengthExt, Velocity, VelocityExt};

/// The share of some work each EU regime counts: FuelEU Maritime (Reg. (EU) 2023/1805
/// Art. 2(1)) and the EU ETS (Directive 2003/87/EC Art. 3ga) differ for outermost regions and
/// neighbouring transhipment ports, so a baseline keeps both.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RegimeShares {
    /// FuelEU's share.
    pub fueleu: ScopeShare,
    /// The EU ETS's share.
    pub eu_ets: ScopeShare,
}

impl RegimeShares {
    /// The same share for both regimes.
    pub const fn both(share: ScopeShare) -> Self {
        Self {
            fueleu: share,
            eu_ets: share,
        }
    }

    /// Nothing counted by either regime.
    pub const NONE: RegimeShares = RegimeShares::both(ScopeShare::NONE);

    /// The share of `regime`.
    pub fn of(&self, regime: Regime) -> ScopeShare {
        match regime {
            Regime::FuelEu => self.fueleu,
            Regime::EuEts => self.eu_ets,
        }
    }

    /// As a ledger scope: these shares reported for each regime, no place.
    pub fn scope(&self) -> Scope {
        Scope::reported_shares(self.fueleu, self.eu_ets)
    }

    /// Whether either regime counts anything.
    pub fn any(&self) -> bool {
        self.fueleu.value() > 0.0 || self.eu_ets.value() > 0.0
    }
}

impl From<ScopeShare> for RegimeShares {
    fn from(share: ScopeShare) -> Self {
        Self::both(share)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SharesEach {
    fueleu: ScopeShare,
    eu_ets: ScopeShare,
}

impl From<SharesEach> for RegimeShares {
    fn from(e: SharesEach) -> Self {
        RegimeShares {
            fueleu: e.fueleu,
            eu_ets: e.eu_ets,
        }
    }
}

impl<'de> Deserialize<'de> for RegimeShares {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_any(crate::ledger::ShareOrMap::<RegimeShares, SharesEach>::new())
    }
}

/// One year of a corridor service at base-year activity: what the engines deliver.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct ServiceBaseline {
    /// The base year.
    pub year: i32,
    /// Service speed at sea in the base year.
    #[serde(rename = "speed_kn", with = "crate::units::serde_as::knots")]
    pub speed: Velocity,
    /// Distance sailed per year.
    #[serde(
        rename = "distance_nm",
        with = "crate::units::serde_as::nautical_miles"
    )]
    pub distance: Length,
    /// Propulsion work at sea per year (main engines), kWh.
    #[serde(
        rename = "propulsion_work_kwh",
        with = "crate::units::serde_as::kilowatt_hours"
    )]
    pub propulsion_work: Energy,
    /// Auxiliary engine and boiler work at sea per year, kWh.
    #[serde(
        rename = "auxiliary_work_at_sea_kwh",
        with = "crate::units::serde_as::kilowatt_hours"
    )]
    pub auxiliary_work_at_sea: Energy,
    /// Auxiliary engine and boiler work at berth and anchor per year, kWh.
    #[serde(
        rename = "work_at_berth_kwh",
        with = "crate::units::serde_as::kilowatt_hours"
    )]
    pub work_at_berth: Energy,
    /// Transport work per year in TEU-km (or t-km for bulk), at the stated load factor.
    pub transport_work_teu_km: f64,
    /// Share of the work under way that each EU regime counts (FuelEU Art. 2(1), ETS
    /// Art. 3ga), weighted by work. A bare number in a file means the same share for both.
    pub sea_scope: RegimeShares,
    /// Share of the work at anchor and berth that each EU regime counts, weighted by work.
    pub berth_scope: RegimeShares,
    /// Share of `auxiliary_work_at_sea` the boiler delivers (0 to 1; 0 when not known).
    #[serde(default)]
    pub boiler_share_at_sea: f64,
    /// Share of `work_at_berth` the boiler delivers (0 to 1); shore power replaces only the
    /// rest (the auxiliary engines' electrical load).
    #[serde(default)]
    pub boiler_share_at_berth: f64,
    /// Share of the auxiliary-engine part of `work_at_berth` the voyage model supplied from
    /// shore (0 for reported data);
    /// the default a plan's own shore-power series starts from.
    #[serde(default)]
    pub voyage_shore_power_share: f64,
}

// A baseline read from a file is checked as it is read (every number finite, in range, the
// base year in 1900–2200).
crate::numeric::validated_serde!(ServiceBaseline, |b| b.validate());

impl ServiceBaseline {
    /// The baseline of several ship groups sailing one service: works, distances and transport
    /// work add; speed = Σ distance / Σ sea time; each regime's shares and the shore-power
    /// share are weighted by work. The base year is the first group's.
    ///
    /// Errors: no groups ([`Error::Empty`]).
    pub fn sum(parts: &[ServiceBaseline]) -> Result<ServiceBaseline> {
        let first = parts.first().ok_or_else(|| Error::Empty {
            field: "service.ships".into(),
            expected: "at least one ship group".into(),
        })?;
        if parts.len() == 1 {
            return Ok(first.clone());
        }
        let mut nm = crate::numeric::NeumaierSum::default();
        let mut h = crate::numeric::NeumaierSum::default();
        let (mut prop, mut aux, mut berth, mut shore, mut work) = (0.0, 0.0, 0.0, 0.0, 0.0);
        let (mut boiler_sea, mut boiler_berth) = (0.0, 0.0);
        let mut sea_w = [0.0; 2];
        let mut berth_w = [0.0; 2];
        let regimes = [Regime::FuelEu, Regime::EuEts];
        for p in parts {
            let d = p.distance.nautical_miles();
            nm.add(d);
            if p.speed.knots() > 0.0 {
                h.add(d / p.speed.knots());
            }
            let sea = p.propulsion_work.kilowatt_hours() + p.auxiliary_work_at_sea.kilowatt_hours();
            let b = p.work_at_berth.kilowatt_hours();
            prop += p.propulsion_work.kilowatt_hours();
            aux += p.auxiliary_work_at_sea.kilowatt_hours();
            berth += b;
            shore += b * (1.0 - p.boiler_share_at_berth) * p.voyage_shore_power_share;
            boiler_sea += p.auxiliary_work_at_sea.kilowatt_hours() * p.boiler_share_at_sea;
            boiler_berth += b * p.boiler_share_at_berth;
            work += p.transport_work_teu_km;
            for (k, r) in regimes.iter().enumerate() {
                if let (Some(sw), Some(bw)) = (sea_w.get_mut(k), berth_w.get_mut(k)) {
                    *sw += sea * p.sea_scope.of(*r).value();
                    *bw += b * p.berth_scope.of(*r).value();
                }
            }
        }
        let share = |w: f64, t: f64| {
            ScopeShare::new(if t > 0.0 {
                (w / t).clamp(0.0, 1.0)
            } else {
                0.0
            })
        };
        let shares = |w: [f64; 2], t: f64| -> Result<RegimeShares> {
            Ok(RegimeShares {
                fueleu: share(w[0], t)?,
                eu_ets: share(w[1], t)?,
            })
        };
        let (nm, h) = (nm.total(), h.total());
        let finite = |name: &str, v: f64| crate::error::finite(|| format!("baseline.{name}"), v);
        Ok(ServiceBaseline {
            year: first.year,
            speed: crate::units::knots(if h > 0.0 { nm / h } else { 0.0 }),
            distance: crate::units::nautical_miles(finite("distance_nm", nm)?),
            propulsion_work: crate::units::kilowatt_hours(finite("propulsion_work_kwh", prop)?),
            auxiliary_work_at_sea: crate::units::kilowatt_hours(finite(
                "auxiliary_work_at_sea_kwh",
                aux,
            )?),
            work_at_berth: crate::units::kilowatt_hours(finite("work_at_berth_kwh", berth)?),
            voyage_shore_power_share: if berth - boiler_berth > 0.0 {
                shore / (berth - boiler_berth)
            } else {
                0.0
            },
            boiler_share_at_sea: if aux > 0.0 { boiler_sea / aux } else { 0.0 },
            boiler_share_at_berth: if berth > 0.0 {
                boiler_berth / berth
            } else {
                0.0
            },
            transport_work_teu_km: finite("transport_work_teu_km", work)?,
            sea_scope: shares(sea_w, prop + aux)?,
            berth_scope: shares(berth_w, berth)?,
        })
    }

    /// Whether `regime` counts any of the service's work (a share above zero at sea or in
    /// port).
    pub fn counted_by(&self, regime: Regime) -> bool {
        self.sea_scope.of(regime).value() > 0.0 || self.berth_scope.of(regime).value() > 0.0
    }

    /// Checks every number.
    pub fn validate(&self) -> Result<()> {
        crate::numeric::years::check_year("baseline.year", self.year)?;
        let pos = |name: &str, v: f64| -> Result<()> {
            crate::error::non_negative(|| format!("baseline.{name}"), v)?;
            if v == 0.0 {
                return Err(Error::OutOfRange {
                    field: format!("baseline.{name}"),
                    value: v,
                    expected: "a positive value".into(),
                });
            }
            Ok(())
        };
        pos("speed_kn", self.speed.knots())?;
        pos("distance_nm", self.distance.nautical_miles())?;
        pos("transport_work_teu_km", self.transport_work_teu_km)?;
        for (name, v) in [
            ("propulsion_work_kwh", self.propulsion_work.kilowatt_hours()),
            (
                "auxiliary_work_at_sea_kwh",
                self.auxiliary_work_at_sea.kilowatt_hours(),
            ),
            ("work_at_berth_kwh", self.work_at_berth.kilowatt_hours()),
        ] {
            crate::error::non_negative(|| format!("baseline.{name}"), v)?;
        }
        for (name, v) in [
            ("voyage_shore_power_share", self.voyage_shore_power_share),
            ("boiler_share_at_sea", self.boiler_share_at_sea),
            ("boiler_share_at_berth", self.boiler_share_at_berth),
        ] {
            crate::error::in_range(|| format!("baseline.{name}"), v, 0.0, 1.0)?;
        }
        Ok(())
    }
}
