//! A service: a voyage repeated over a ship-year and a service-year.
//!
//! * **Liner**: n ships keep a departure every f days (weekly: f = 7). Each ship sails one
//!   rotation every n · f days, so a ship makes 365 / (n · f) voyages a year and the service
//!   365 / f. The voyage itself must fit in the cycle: R ≤ n · f, with R the voyage duration
//!   (sea time + port stays); the slack n · f − R is reported as idle time and burns no fuel
//!   in this model (an assumption: a real schedule absorbs it by slower steaming or waiting).
//! * **Tramp**: each of n ships sails a given number of voyages a year
//!   (voyages × R ≤ 365 days).
//!
//! The ledger, distance, transport work and emissions of the ship-year and service-year are
//! the voyage's multiplied by the number of voyages.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::ledger::{FuelLedger, Place, Regime, Scope, ScopeShare};
use crate::regulation::scope::ScopeContext;
use crate::units::{
    EnergyExt, LengthExt, Time, TimeExt, days, kilowatt_hours, knots, nautical_miles,
};
use crate::vessel::Consumer;
use crate::vessel::ShipType;
use crate::voyage::baseline::{RegimeShares, ServiceBaseline};
use crate::voyage::data::DAYS_PER_YEAR;
use crate::voyage::plan::Voyage;
use crate::voyage::report::{Summary, VoyageReport};

/// Largest number of ships in one service (a guard against hostile input).
pub const MAX_SHIPS: u32 = 1_000;

/// How a voyage repeats over a year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ServicePattern {
    /// A liner service with a fixed departure interval.
    Liner {
        /// Ships in the loop.
        ships: u32,
        /// Days between departures (7 for a weekly service).
        departure_interval_days: f64,
    },
    /// Tramp (or industrial) shipping: a number of voyages per ship and year.
    Tramp {
        /// Ships.
        ships: u32,
        /// Voyages per ship and year.
        voyages_per_ship_year: f64,
    },
}

impl ServicePattern {
    /// A weekly liner service of `ships` ships.
    pub fn weekly(ships: u32) -> Self {
        ServicePattern::Liner {
            ships,
            departure_interval_days: 7.0,
        }
    }

    /// Ships in the service.
    pub fn ships(&self) -> u32 {
        match self {
            ServicePattern::Liner { ships, .. } | ServicePattern::Tramp { ships, .. } => *ships,
        }
    }

    /// Voyages one ship sails in a year, for a voyage of `duration`. Errors name
    /// `service.ships`, `service.departure_interval_days` or `service.voyages_per_ship_year`:
    /// no ships or more than [`MAX_SHIPS`]; an interval or count that is not positive; a
    /// voyage longer than the liner cycle n · f ([`Error::NotReachable`]: more ships or a
    /// higher speed are needed); tramp voyages that do not fit in a year.
    pub fn voyages_per_ship_year(&self, duration: Time) -> Result<f64> {
        let n = self.ships();
        if n == 0 || n > MAX_SHIPS {
            return Err(Error::OutOfRange {
                field: "service.ships".into(),
                value: f64::from(n),
                expected: format!("1 to {MAX_SHIPS} ships"),
            });
        }
        let r = duration.days();
        match *self {
            ServicePattern::Liner {
                departure_interval_days: f,
                ..
            } => {
                crate::error::in_range(
                    || "service.departure_interval_days".into(),
                    f,
                    0.0,
                    DAYS_PER_YEAR,
                )?;
                if f == 0.0 {
                    return Err(Error::OutOfRange {
                        field: "service.departure_interval_days".into(),
                        value: f,
                        expected: "a positive number of days between departures".into(),
                    });
                }
                let cycle = f64::from(n) * f;
                if r > cycle * (1.0 + 1e-9) {
                    return Err(Error::NotReachable {
                        field: "service.ships".into(),
                        value: f64::from(n),
                        expected: format!(
                            "at least {} ships: the voyage takes {r:.2} days, more than {n} × \
                             {f} days between departures; add ships or sail faster",
                            (r / f).ceil()
                        ),
                    });
                }
                Ok(DAYS_PER_YEAR / cycle)
            }
            ServicePattern::Tramp {
                voyages_per_ship_year: v,
                ..
            } => {
                crate::error::in_range(
                    || "service.voyages_per_ship_year".into(),
                    v,
                    0.0,
                    DAYS_PER_YEAR * 24.0,
                )?;
                if v * r > DAYS_PER_YEAR * (1.0 + 1e-9) {
                    return Err(Error::OutOfRange {
                        field: "service.voyages_per_ship_year".into(),
                        value: v,
                        expected: format!(
                            "at most {:.3} voyages of {r:.2} days in a year of {DAYS_PER_YEAR} days",
                            DAYS_PER_YEAR / r
                        ),
                    });
                }
                Ok(v)
            }
        }
    }
}

/// One ship-year and one service-year of a voyage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceYear {
    /// The pattern.
    pub pattern: ServicePattern,
    /// Ships whose year this is (all the service's ships, or one group of them).
    pub ships: u32,
    /// Voyages per ship and year.
    pub voyages_per_ship_year: f64,
    /// Duration of one voyage (a round trip for a two-port loop): sea time + port stays, days.
    pub voyage_days: f64,
    /// Port calls a year by the ships of this year (`ships` × voyages per ship-year × calls
    /// per voyage).
    pub port_calls_per_year: f64,
    /// Idle days per voyage (liner slack n · f − R; zero for tramp).
    pub idle_days_per_voyage: f64,
    /// One ship's year.
    pub ship_year: Summary,
    /// The service's (or the group's) year: `ships` × the ship-year.
    pub service_year: Summary,
    /// The service-year ledger (every entry with its place).
    pub ledger: FuelLedger,
    /// The service-year as the trajectory engine's baseline (work by phase, distance, speed,
    /// transport work, each EU regime's share).
    pub baseline: ServiceBaseline,
}

impl ServiceYear {
    /// The year of every ship of `pattern` sailing `voyage` (whose report under some basis is
    /// `report`).
    ///
    /// ```
    /// use green_corridor::prelude::*;
    /// use green_corridor::route::Date;
    /// use green_corridor::voyage::{archetype, LoadFactor, PortStay, ServicePattern, ServiceYear, Voyage};
    /// let corridor = green_corridor::voyage::corridors::corridors()
    ///     .into_iter().find(|c| c.id == "shanghai-los_angeles").unwrap();
    /// let ship = archetype::vessel(&corridor.archetype, archetype::EngineFit::Oil)?;
    /// let voyage = Voyage::builder(&ship).ports(&["CNYSA", "USLAX"])
    ///     .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0))).build()?;
    /// let report = voyage.report(&AccountingBasis::imo_lca(), &LoadFactor::default())?;
    /// let year = ServiceYear::new(&voyage, &report, ServicePattern::weekly(6))?;
    /// // 365 / 7 = 52.14 round trips a year for the service.
    /// let trips = year.service_year.distance.nautical_miles() / voyage.distance().nautical_miles();
    /// assert!((trips - 365.0 / 7.0).abs() < 1e-9);
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn new(voyage: &Voyage, report: &VoyageReport, pattern: ServicePattern) -> Result<Self> {
        Self::for_ships(voyage, report, pattern, pattern.ships())
    }

    /// The year of `ships` of the service's ships (a group of identical ships in a mixed
    /// loop); the voyages per ship-year still follow from every ship of `pattern`.
    pub fn for_ships(
        voyage: &Voyage,
        report: &VoyageReport,
        pattern: ServicePattern,
        ships: u32,
    ) -> Result<Self> {
        if ships > pattern.ships() {
            return Err(Error::OutOfRange {
                field: "service.ships".into(),
                value: f64::from(ships),
                expected: format!("at most the {} ships of the service", pattern.ships()),
            });
        }
        let duration = voyage.duration();
        let per_ship = pattern.voyages_per_ship_year(duration)?;
        let idle = match pattern {
            ServicePattern::Liner {
                ships: n,
                departure_interval_days: f,
            } => (f64::from(n) * f - duration.days()).max(0.0),
            ServicePattern::Tramp { .. } => 0.0,
        };
        let factor = per_ship * f64::from(ships);
        let ship_year = report.total.scaled("ship-year", per_ship);
        let service_year = report.total.scaled("service-year", factor);
        let ledger = report.ledger.scaled(factor)?;
        let baseline = service_baseline(voyage, report, factor)?;
        Ok(Self {
            pattern,
            ships,
            voyages_per_ship_year: per_ship,
            voyage_days: duration.days(),
            port_calls_per_year: factor * voyage.calls().len() as f64,
            idle_days_per_voyage: idle,
            ship_year,
            service_year,
            ledger,
            baseline,
        })
    }
}

fn service_baseline(
    voyage: &Voyage,
    report: &VoyageReport,
    factor: f64,
) -> Result<ServiceBaseline> {
    let mut prop = 0.0;
    let mut aux_sea = 0.0;
    let mut berth = 0.0;
    let mut shore = 0.0;
    let ctx = ScopeContext::new(
        voyage.date().year(),
        voyage.vessel().spec().ship_type == ShipType::Container,
    );
    // Work-weighted shares of each regime, from each regulation's own rule over the places.
    let (mut boiler_sea, mut boiler_berth) = (0.0, 0.0);
    let mut sea_w = [0.0; 2];
    let mut berth_w = [0.0; 2];
    let regimes = [Regime::FuelEu, Regime::EuEts];
    let mut sea_h = 0.0;
    let mut sea_nm = 0.0;
    for s in &report.segments {
        let p = &s.point;
        let me = p.work(Consumer::MainEngine).kilowatt_hours();
        let other = p.work(Consumer::AuxiliaryEngines).kilowatt_hours()
            + p.work(Consumer::Boiler).kilowatt_hours();
        let boiler = p.work(Consumer::Boiler).kilowatt_hours();
        let sp = p.shore_power.kilowatt_hours();
        if s.phase.is_under_way() {
            prop += me;
            aux_sea += other;
            boiler_sea += boiler;
            for (w, r) in sea_w.iter_mut().zip(regimes) {
                *w += (me + other) * place_share(r, &s.place, &ctx, &s.label)?;
            }
            if s.distance.nautical_miles() > 0.0 {
                sea_nm += s.distance.nautical_miles();
                sea_h += p.operation.duration.hours();
            }
        } else {
            berth += other + sp;
            boiler_berth += boiler;
            shore += sp;
            for (w, r) in berth_w.iter_mut().zip(regimes) {
                *w += (other + sp) * place_share(r, &s.place, &ctx, &s.label)?;
            }
        }
    }
    let share = |w: f64, total: f64| {
        if total > 0.0 {
            ScopeShare::new((w / total).clamp(0.0, 1.0))
        } else {
            Ok(ScopeShare::NONE)
        }
    };
    let speed = if sea_h > 0.0 { sea_nm / sea_h } else { 0.0 };
    let work = report
        .total
        .transport_work_teu_km
        .or(report.total.transport_work_t_km)
        .unwrap_or(0.0);
    let shares = |w: [f64; 2], total: f64| -> Result<RegimeShares> {
        Ok(RegimeShares {
            fueleu: share(w[0], total)?,
            eu_ets: share(w[1], total)?,
        })
    };
    let baseline = ServiceBaseline {
        year: voyage.date().year(),
        speed: knots(speed),
        distance: nautical_miles(sea_nm * factor),
        propulsion_work: kilowatt_hours(prop * factor),
        auxiliary_work_at_sea: kilowatt_hours(aux_sea * factor),
        work_at_berth: kilowatt_hours(berth * factor),
        // Shore power replaces the electrical (auxiliary-engine) part of the berth work.
        voyage_shore_power_share: if berth - boiler_berth > 0.0 {
            shore / (berth - boiler_berth)
        } else {
            0.0
        },
        boiler_share_at_sea: if aux_sea > 0.0 {
            boiler_sea / aux_sea
        } else {
            0.0
        },
        boiler_share_at_berth: if berth > 0.0 {
            boiler_berth / berth
        } else {
            0.0
        },
        transport_work_teu_km: work * factor,
        sea_scope: shares(sea_w, prop + aux_sea)?,
        berth_scope: shares(berth_w, berth)?,
    };
    Ok(baseline)
}

/// A segment's share under `regime`, from the regulation's own rule over its place.
fn place_share(regime: Regime, place: &Place, ctx: &ScopeContext, label: &str) -> Result<f64> {
    let scope = Scope::at(place.clone());
    Ok(crate::regulation::scope::share(regime, &scope, ctx, label)?.value())
}

/// Days in a year as a [`Time`] ([`DAYS_PER_YEAR`]).
pub fn year() -> Time {
    days(DAYS_PER_YEAR)
}
