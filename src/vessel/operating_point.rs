//! One operating point: a vessel in a phase at a speed and draught for a duration → the power
//! and load used and the fuel each converter burns, ready for the [`FuelLedger`].
//!
//! For each consumer c (main engine, auxiliary engines, boiler):
//!
//! * work E_c = P_c · t (kWh), with P_ME from Eq. 8 ([`Vessel::propulsion_power`]) and P_AE,
//!   P_AB from Table 17 ([`Vessel::auxiliary_power`], [`Vessel::boiler_power`]);
//! * SFC_c = SFC_base (Table 19 / energy equivalence, [`baseline_sfc`]) × f(L) for the main
//!   engine (f the SFOC load curve, [`relative_sfoc`](crate::vessel::relative_sfoc)), × 1 for
//!   the others;
//! * fuel M_c = SFC_c · E_c; for a dual-fuel converter burning its primary fuel with pilot
//!   share s (of energy): M_primary = (1 − s) · SFC_c · E_c and
//!   M_pilot = s · SFC_c · E_c · LCV_primary / LCV_pilot (FuelEU Annex II LCVs);
//! * below 20 % main-engine load, the main-engine entries carry low-load CH4/N2O overrides
//!   ([`LowLoadAdjustment`]).
//!
//! At berth with shore power, the auxiliary load is taken from shore (E = P_AE · t, recorded as
//! shore power) and the auxiliary engines burn nothing; the boiler still fires.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fuel::{Converter, Fuel};
use crate::ledger::{FuelLedger, LedgerEntry, ScopeShare};
use crate::units::{
    Energy, EnergyExt, Length, LengthExt, Mass, MassExt, Power, PowerExt, RatioExt, SfcExt,
    SpecificFuelConsumption, Time, TimeExt, Velocity, VelocityExt, days, g_per_kwh, grams,
    kilowatt_hours, tonnes,
};
use crate::vessel::fuel_supply::{BurnMode, FuelSelection};
use crate::vessel::low_load::LowLoadAdjustment;
use crate::vessel::particulars::{Vessel, positive};
use crate::vessel::phase::OperatingPhase;
use crate::vessel::propulsion_power::PropulsionPower;
use crate::vessel::quantities::MetresExt;
use crate::vessel::sfc::{
    Consumer, SfcOrigin, baseline_sfc, lcv_mj_per_g, relative_sfoc_unchecked,
};

/// Shortest and longest duration of one operating point, hours. The lower bound (3.6 µs)
/// keeps per-day and per-hour rates finite; the upper bound (a million hours, 114 years) is
/// far beyond any ship's life and keeps work and fuel finite at any engine power.
pub const DURATION_RANGE_H: (f64, f64) = (1e-9, 1e6);

/// What to compute: a phase, speed, draught and duration, and optionally the fuels burned
/// (the vessel's defaults otherwise) and whether shore power is used at berth.
///
/// Deserialisation checks what can be checked without a vessel ([`Operation::validate`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, remote = "Self")]
pub struct Operation {
    /// Operating phase (sets the Table 17 column).
    pub phase: OperatingPhase,
    /// Speed through water, kn (> 0 under way; ≥ 0 at berth or anchor).
    #[serde(rename = "speed_kn", with = "crate::units::serde_as::knots")]
    pub speed: Velocity,
    /// Mean draught, m (> 0).
    #[serde(rename = "draught_m", with = "crate::units::serde_as::metres")]
    pub draught: Length,
    /// Duration, h (> 0).
    #[serde(rename = "duration_h", with = "crate::units::serde_as::hours")]
    pub duration: Time,
    /// Fuels burned, replacing the vessel's defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fuels: Option<FuelSelection>,
    /// Take the auxiliary load from shore (at berth, shore-power capable ships only).
    #[serde(default)]
    pub use_shore_power: bool,
}

impl Operation {
    /// An operation with the vessel's default fuels and no shore power.
    pub fn new(phase: OperatingPhase, speed: Velocity, draught: Length, duration: Time) -> Self {
        Self {
            phase,
            speed,
            draught,
            duration,
            fuels: None,
            use_shore_power: false,
        }
    }

    /// Checks what needs no vessel: a finite, non-negative speed (positive under way), a
    /// positive draught, a duration within [`DURATION_RANGE_H`]. [`Vessel::operate`] checks
    /// the rest (fuels, shore power, reachable speed).
    pub fn validate(&self) -> Result<()> {
        let v = crate::error::non_negative(|| "operation.speed_kn".into(), self.speed.knots())?;
        if self.phase.is_under_way() && v == 0.0 {
            return Err(Error::OutOfRange {
                field: "operation.speed_kn".into(),
                value: v,
                expected: format!("a positive speed when {}", self.phase.name()),
            });
        }
        positive(|| "operation.draught_m".into(), self.draught.metres())?;
        let hours = positive(|| "operation.duration_h".into(), self.duration.hours())?;
        let (lo, hi) = DURATION_RANGE_H;
        if !(lo..=hi).contains(&hours) {
            return Err(Error::OutOfRange {
                field: "operation.duration_h".into(),
                value: hours,
                expected: format!(
                    "a duration from {} to {} h (3.6 µs to 114 years)",
                    crate::error::Num(lo),
                    crate::error::Num(hi)
                ),
            });
        }
        Ok(())
    }

    /// The same operation burning `fuels`.
    pub fn with_fuels(mut self, fuels: FuelSelection) -> Self {
        self.fuels = Some(fuels);
        self
    }

    /// The same operation taking shore power at berth.
    pub fn with_shore_power(mut self) -> Self {
        self.use_shore_power = true;
        self
    }
}

/// Whether a fuel use is a converter's main fuel or its pilot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FuelRole {
    /// The fuel the converter was asked to burn.
    Main,
    /// Pilot fuel of a dual-fuel converter.
    Pilot,
}

/// Fuel burned by one converter at an operating point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FuelUse {
    /// Which consumer.
    pub consumer: Consumer,
    /// Main fuel or pilot.
    pub role: FuelRole,
    /// The fuel.
    pub fuel: Fuel,
    /// The converter (class and, below 20 % ME load, low-load CH4/N2O overrides).
    pub converter: Converter,
    /// Mass burned, t.
    #[serde(rename = "mass_t", with = "crate::units::serde_as::tonnes")]
    pub mass: Mass,
    /// Work delivered by the consumer (whole consumer, not split by role), kWh.
    #[serde(rename = "work_kwh", with = "crate::units::serde_as::kilowatt_hours")]
    pub work: Energy,
    /// Specific consumption of this fuel, mass / work, g/kWh.
    #[serde(rename = "sfc_g_per_kwh", with = "crate::units::serde_as::g_per_kwh")]
    pub sfc: SpecificFuelConsumption,
    /// Where the consumer's baseline SFC came from.
    pub sfc_origin: SfcOrigin,
}

/// The result of [`Vessel::operate`]: power, load and fuel at one operating point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperatingPoint {
    /// The operation computed.
    pub operation: Operation,
    /// Propulsion power, main-engine power and load (with the cap flag).
    pub propulsion: PropulsionPower,
    /// Relative SFOC f(L) of the main engine (1 for load-independent engines).
    pub sfoc_factor: f64,
    /// Low-load factors at the main-engine load.
    pub low_load: LowLoadAdjustment,
    /// Auxiliary power demand (whether met by the engines or from shore), kW.
    #[serde(rename = "auxiliary_kw", with = "crate::units::serde_as::kilowatts")]
    pub auxiliary_power: Power,
    /// Boiler power, kW.
    #[serde(rename = "boiler_kw", with = "crate::units::serde_as::kilowatts")]
    pub boiler_power: Power,
    /// Electricity taken from shore, kWh.
    #[serde(
        rename = "shore_power_kwh",
        with = "crate::units::serde_as::kilowatt_hours"
    )]
    pub shore_power: Energy,
    /// Fuel burned, by consumer and role (consumers with no work are left out).
    pub fuel_use: Vec<FuelUse>,
}

impl OperatingPoint {
    /// Total fuel burned.
    pub fn total_fuel(&self) -> Mass {
        tonnes(self.fuel_use.iter().map(|f| f.mass.tonnes()).sum())
    }

    /// Fuel burned by one consumer (main fuel and pilot).
    pub fn fuel_of(&self, consumer: Consumer) -> Mass {
        tonnes(
            self.fuel_use
                .iter()
                .filter(|f| f.consumer == consumer)
                .map(|f| f.mass.tonnes())
                .sum(),
        )
    }

    /// Work delivered by one consumer over the operation, E = P · t (kWh): the main engine's
    /// power after wind and the load cap, the auxiliary engines' power less what came from
    /// shore, the boiler's power. (The per-entry `FuelUse::work` repeats a consumer's work on
    /// its pilot entry; this does not.)
    ///
    /// ```
    /// use green_corridor::prelude::*;
    /// use green_corridor::vessel::{metres, Consumer, EngineType, FuelSupply, OperatingPhase, Operation, ShipType, Vessel};
    /// use green_corridor::fuel::FuelFamily;
    /// let ship = Vessel::builder("bulk", ShipType::Bulk)
    ///     .deadweight(tonnes(80_000.0)).build_year(2012)
    ///     .design_speed(knots(14.0)).design_draught(metres(14.0))
    ///     .main_engine(kilowatts(10_000.0), EngineType::SlowSpeedDiesel, FuelSupply::mono(FuelFamily::Oil))
    ///     .build()?;
    /// let day = ship.operate(&Operation::new(OperatingPhase::SlowTransit, knots(11.2), metres(14.0), hours(24.0)))?;
    /// // 6,440 kW × 24 h = 154,560 kWh (see `Vessel::operate`).
    /// let me = day.work(Consumer::MainEngine).kilowatt_hours();
    /// assert!((me - day.propulsion.main_engine.kilowatts() * 24.0).abs() < 1e-6);
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn work(&self, consumer: Consumer) -> Energy {
        let h = self.operation.duration.hours();
        let kwh = match consumer {
            Consumer::MainEngine => self.propulsion.main_engine.kilowatts() * h,
            Consumer::AuxiliaryEngines => {
                (self.auxiliary_power.kilowatts() * h - self.shore_power.kilowatt_hours()).max(0.0)
            }
            Consumer::Boiler => self.boiler_power.kilowatts() * h,
        };
        kilowatt_hours(kwh)
    }

    /// Fuel burned per day of 24 h at this operating point (total fuel × 24 h / duration).
    pub fn fuel_per_day(&self) -> Mass {
        self.total_fuel() * (days(1.0).hours() / self.operation.duration.hours())
    }

    /// Distance sailed, speed × duration.
    pub fn distance(&self) -> Length {
        self.operation.speed * self.operation.duration
    }

    /// Fuel burned per nautical mile sailed. Errors: a speed of zero (no distance).
    pub fn fuel_per_nautical_mile(&self) -> Result<Mass> {
        let nm = self.distance().nautical_miles();
        if nm > 0.0 {
            let per_nm = self.total_fuel() / nm;
            if per_nm.tonnes().is_finite() {
                Ok(per_nm)
            } else {
                // Only a vanishing speed (5e-324 kn) sails so little that the ratio overflows.
                Err(Error::OutOfRange {
                    field: "operation.speed_kn".into(),
                    value: self.operation.speed.knots(),
                    expected: "a speed large enough that fuel per nautical mile stays finite"
                        .into(),
                })
            }
        } else {
            Err(Error::Undefined {
                quantity: "fuel per nautical mile".into(),
                reason: "the operating point covers no distance (speed 0)".into(),
            })
        }
    }

    /// The ledger entries of this point, labelled `{label}/{phase}/{consumer}` (and
    /// `…/pilot` for pilot fuel), each validated.
    pub fn entries(&self, label: &str, scope: ScopeShare) -> Result<Vec<LedgerEntry>> {
        self.fuel_use
            .iter()
            .map(|f| {
                let role = match f.role {
                    FuelRole::Main => "",
                    FuelRole::Pilot => "/pilot",
                };
                LedgerEntry::new(
                    f.fuel.clone(),
                    f.converter,
                    f.mass,
                    &format!(
                        "{label}/{}/{}{role}",
                        self.operation.phase.name(),
                        f.consumer.name()
                    ),
                    scope,
                )
            })
            .collect()
    }

    /// Adds this point's entries (and any shore power, labelled `{label}/{phase}/shore_power`)
    /// to `ledger`. Every entry is validated before any is added.
    ///
    /// ```
    /// use green_corridor::prelude::*;
    /// use green_corridor::vessel::{metres, EngineType, FuelSupply, OperatingPhase, Operation, ShipType, Vessel};
    /// use green_corridor::fuel::FuelFamily;
    /// let ship = Vessel::builder("bulk", ShipType::Bulk)
    ///     .deadweight(tonnes(80_000.0)).build_year(2012)
    ///     .design_speed(knots(14.0)).design_draught(metres(14.0))
    ///     .main_engine(kilowatts(10_000.0), EngineType::SlowSpeedDiesel, FuelSupply::mono(FuelFamily::Oil))
    ///     .build()?;
    /// let point = ship.operate(&Operation::new(OperatingPhase::SlowTransit, knots(12.0), metres(13.0), hours(24.0)))?;
    /// let mut ledger = FuelLedger::new();
    /// point.push_into(&mut ledger, "leg-1", ScopeShare::NONE)?;
    /// assert_eq!(ledger.len(), 2); // main engine and auxiliary engines (no boiler at sea)
    /// assert!((ledger.total_mass() - point.total_fuel()).value.abs() < 1e-9);
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn push_into(&self, ledger: &mut FuelLedger, label: &str, scope: ScopeShare) -> Result<()> {
        let entries = self.entries(label, scope)?;
        for e in entries {
            ledger.push(e)?;
        }
        if self.shore_power.kilowatt_hours() > 0.0 {
            ledger.add_shore_power(
                self.shore_power,
                &format!("{label}/{}/shore_power", self.operation.phase.name()),
                scope,
            )?;
        }
        Ok(())
    }
}

impl Vessel {
    /// Computes one operating point (see the module documentation for the equations).
    ///
    /// Errors, each naming the field (`operation.speed_kn`, `operation.draught_m`,
    /// `operation.duration_h`, `operation.fuels.main`, …): a NaN or negative speed, or a zero
    /// speed under way; a NaN, zero or negative draught or duration; an unreachable speed
    /// ([`Error::NotReachable`]); a fuel a converter cannot burn
    /// ([`Error::IncompatibleConverter`]); shore power outside berth or on a ship without it.
    ///
    /// ```
    /// use green_corridor::prelude::*;
    /// use green_corridor::vessel::{metres, EngineType, FuelSupply, OperatingPhase, Operation, ShipType, Vessel};
    /// use green_corridor::fuel::FuelFamily;
    /// let ship = Vessel::builder("bulk", ShipType::Bulk)
    ///     .deadweight(tonnes(80_000.0)).build_year(2012)
    ///     .design_speed(knots(14.0)).design_draught(metres(14.0))
    ///     .main_engine(kilowatts(10_000.0), EngineType::SlowSpeedDiesel, FuelSupply::mono(FuelFamily::Oil))
    ///     .build()?;
    /// let day = ship.operate(&Operation::new(OperatingPhase::SlowTransit, knots(11.2), metres(14.0), hours(24.0)))?;
    /// // ME: 6,440 kW (load 0.644), VLSFO 175 g/kWh × f(0.644) = 175 × 1.0116 → 27.4 t/day;
    /// // auxiliaries 410 kW × 195 g/kWh × 24 h = 1.92 t.
    /// assert!((day.propulsion.load.value() - 0.644).abs() < 1e-3);
    /// assert!((day.total_fuel().tonnes() - 29.3).abs() < 0.1);
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn operate(&self, operation: &Operation) -> Result<OperatingPoint> {
        let op = operation;
        op.validate()?;
        let hours = op.duration.hours();
        let fuels = op.fuels.as_ref().unwrap_or(&self.spec().fuels);
        self.check_fuels(fuels, "operation.fuels")?;
        if op.use_shore_power {
            if op.phase != OperatingPhase::AtBerth {
                return Err(Error::OutOfRange {
                    field: "operation.use_shore_power".into(),
                    value: 1.0,
                    expected: format!("shore power at berth only (phase is {})", op.phase),
                });
            }
            if !self.spec().shore_power_capable {
                return Err(Error::OutOfRange {
                    field: "operation.use_shore_power".into(),
                    value: 1.0,
                    expected: "a ship with shore_power_capable = true".into(),
                });
            }
        }

        let propulsion = self.propulsion_power_at(op.speed, op.draught, "operation.")?;
        let load = propulsion.load.value();
        let me_engine = self.spec().main_engine.engine_type;
        let sfoc_factor = if me_engine.has_load_dependent_sfc() {
            relative_sfoc_unchecked(load)
        } else {
            1.0
        };
        let low_load = if propulsion.main_engine.kilowatts() > 0.0 {
            LowLoadAdjustment::at_load_unchecked(load)
        } else {
            LowLoadAdjustment::at_load_unchecked(1.0)
        };
        let auxiliary_power = self.auxiliary_power(op.phase);
        let boiler_power = self.boiler_power(op.phase);
        let shore_power = if op.use_shore_power {
            kilowatt_hours(auxiliary_power.kilowatts() * hours)
        } else {
            kilowatt_hours(0.0)
        };

        let mut fuel_use = Vec::with_capacity(4);
        let consumers = [
            (
                Consumer::MainEngine,
                &fuels.main,
                propulsion.main_engine,
                sfoc_factor,
            ),
            (
                Consumer::AuxiliaryEngines,
                &fuels.auxiliary,
                if op.use_shore_power {
                    crate::units::kilowatts(0.0)
                } else {
                    auxiliary_power
                },
                1.0,
            ),
            (Consumer::Boiler, &fuels.boiler, boiler_power, 1.0),
        ];
        for (consumer, fuel, power, factor) in consumers {
            let work_kwh = power.kilowatts() * hours;
            if work_kwh <= 0.0 {
                continue;
            }
            self.burn(consumer, fuel, work_kwh, factor, &low_load, &mut fuel_use)?;
        }
        // Powers are bounded by the engines and the duration by DURATION_RANGE_H, so this holds
        // for every accepted input; it is checked so that no `Ok` ever carries an infinity.
        let total: f64 = fuel_use.iter().map(|f| f.mass.tonnes()).sum();
        crate::numeric::finite_result(total, "operation.duration_h", hours, "the fuel burned")?;
        Ok(OperatingPoint {
            operation: Operation {
                fuels: Some(fuels.clone()),
                ..op.clone()
            },
            propulsion,
            sfoc_factor,
            low_load,
            auxiliary_power,
            boiler_power,
            shore_power,
            fuel_use,
        })
    }

    /// Sails `distance` at `speed`: [`operate`](Self::operate) for the duration
    /// distance / speed. Errors as `operate`, and a zero speed.
    pub fn operate_over_distance(
        &self,
        phase: OperatingPhase,
        speed: Velocity,
        draught: Length,
        distance: Length,
        fuels: Option<FuelSelection>,
    ) -> Result<OperatingPoint> {
        let nm = crate::error::non_negative(|| "distance_nm".into(), distance.nautical_miles())?;
        let kn = positive(|| "operation.speed_kn".into(), speed.knots())?;
        let mut op = Operation::new(phase, speed, draught, crate::units::hours(nm / kn));
        op.fuels = fuels;
        self.operate(&op)
    }

    /// One day of 24 h in `phase` at `speed` and `draught` with the default fuels.
    pub fn operate_for_a_day(
        &self,
        phase: OperatingPhase,
        speed: Velocity,
        draught: Length,
    ) -> Result<OperatingPoint> {
        self.operate(&Operation::new(phase, speed, draught, days(1.0)))
    }

    fn burn(
        &self,
        consumer: Consumer,
        fuel: &Fuel,
        work_kwh: f64,
        factor: f64,
        low_load: &LowLoadAdjustment,
        out: &mut Vec<FuelUse>,
    ) -> Result<()> {
        let (supply, engine, baseline) = self.converter(consumer);
        let class = self.converter_class(consumer);
        let field = match consumer {
            Consumer::MainEngine => "operation.fuels.main",
            Consumer::AuxiliaryEngines => "operation.fuels.auxiliary",
            Consumer::Boiler => "operation.fuels.boiler",
        };
        let mode = supply.burn_mode(class, &fuel.pathway, field)?;
        let (base, origin) = baseline_sfc(
            consumer,
            engine,
            &fuel.pathway,
            self.spec().build_year,
            baseline,
            &format!("vessel.{}", consumer.name()),
        )?;
        let sfc = base.g_per_kwh() * factor;
        let converter_for = |f: &Fuel| {
            let overrides = match consumer {
                Consumer::MainEngine => low_load.overrides_for(&f.pathway),
                _ => None,
            };
            let c = Converter::new(class);
            match overrides {
                Some(o) => c.with_overrides(o),
                None => Ok(c),
            }
        };
        let work = kilowatt_hours(work_kwh);
        let (main_share, pilot) = match mode {
            BurnMode::Single => (1.0, None),
            BurnMode::WithPilot { pilot, share } => (1.0 - share, Some((pilot, share))),
        };
        let main_g = main_share * sfc * work_kwh;
        out.push(FuelUse {
            consumer,
            role: FuelRole::Main,
            fuel: fuel.clone(),
            converter: converter_for(fuel)?,
            mass: grams(main_g),
            work,
            sfc: g_per_kwh(main_g / work_kwh),
            sfc_origin: origin.clone(),
        });
        if let Some((pilot_fuel, share)) = pilot {
            let pilot_g = share * sfc * work_kwh * lcv_mj_per_g(&fuel.pathway)?
                / lcv_mj_per_g(&pilot_fuel.pathway)?;
            out.push(FuelUse {
                consumer,
                role: FuelRole::Pilot,
                converter: converter_for(&pilot_fuel)?,
                fuel: pilot_fuel,
                mass: grams(pilot_g),
                work,
                sfc: g_per_kwh(pilot_g / work_kwh),
                sfc_origin: origin,
            });
        }
        Ok(())
    }
}

crate::numeric::validated_serde!(Operation, |v| v.validate());

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fuel::{FuelFamily, PathwayId};
    use crate::units::{hours, kilowatts, knots, tonnes};
    use crate::vessel::{EngineType, FuelSupply, ShipType, SpeedPowerCurve, cubic_metres, metres};
    use approx::assert_relative_eq;

    fn bulk() -> Vessel {
        Vessel::builder("b", ShipType::Bulk)
            .deadweight(tonnes(80_000.0))
            .build_year(2012)
            .design_speed(knots(14.0))
            .design_draught(metres(14.0))
            .main_engine(
                kilowatts(10_000.0),
                EngineType::SlowSpeedDiesel,
                FuelSupply::mono(FuelFamily::Oil),
            )
            .shore_power_capable(true)
            .build()
            .unwrap()
    }

    fn op(phase: OperatingPhase, kn: f64, m: f64, h: f64) -> Operation {
        Operation::new(phase, knots(kn), metres(m), hours(h))
    }

    #[test]
    fn every_ship_type_computes_in_every_phase() {
        for t in ShipType::ALL {
            let b = Vessel::builder(t.name(), *t)
                .deadweight(tonnes(30_000.0))
                .gross_tonnage(25_000.0)
                .teu(3_000.0)
                .cargo_volume(cubic_metres(80_000.0))
                .build_year(2010)
                .design_speed(knots(15.0))
                .design_draught(metres(9.0))
                .main_engine(
                    kilowatts(8_000.0),
                    EngineType::MediumSpeedDiesel,
                    FuelSupply::mono(FuelFamily::Oil),
                )
                .build()
                .unwrap();
            for phase in OperatingPhase::ALL {
                let kn = if phase.is_under_way() { 12.0 } else { 0.0 };
                let p = b.operate(&op(*phase, kn, 8.0, 6.0)).unwrap();
                assert!(p.total_fuel().tonnes().is_finite());
                assert!(p.total_fuel().tonnes() >= 0.0);
                let mut l = FuelLedger::new();
                p.push_into(&mut l, "x", ScopeShare::FULL).unwrap();
            }
        }
    }

    #[test]
    fn work_by_consumer_is_power_times_time_without_shore_power() {
        let ship = bulk();
        // At sea, 10 h at 11.2 kn, design draught: ME 10,000 × 0.512 / (0.867 × 0.917) kW.
        let p = ship
            .operate(&op(OperatingPhase::SlowTransit, 11.2, 14.0, 10.0))
            .unwrap();
        let me = 10_000.0 * 0.512 / (0.867 * 0.917);
        assert_relative_eq!(
            p.work(Consumer::MainEngine).kilowatt_hours(),
            me * 10.0,
            max_relative = 1e-12
        );
        assert_relative_eq!(
            p.work(Consumer::AuxiliaryEngines).kilowatt_hours(),
            p.auxiliary_power.kilowatts() * 10.0,
            max_relative = 1e-12
        );
        // At berth on shore power the auxiliary engines deliver nothing; the boiler still fires.
        let b = ship
            .operate(&op(OperatingPhase::AtBerth, 0.0, 10.0, 5.0).with_shore_power())
            .unwrap();
        assert_eq!(b.work(Consumer::AuxiliaryEngines).kilowatt_hours(), 0.0);
        assert_eq!(b.work(Consumer::MainEngine).kilowatt_hours(), 0.0);
        assert_relative_eq!(
            b.work(Consumer::Boiler).kilowatt_hours(),
            b.boiler_power.kilowatts() * 5.0,
            max_relative = 1e-12
        );
        assert_relative_eq!(
            b.shore_power.kilowatt_hours(),
            b.auxiliary_power.kilowatts() * 5.0,
            max_relative = 1e-12
        );
    }

    #[test]
    fn bad_operations_are_typed_errors_naming_the_field() {
        let ship = bulk();
        let field = |r: Result<OperatingPoint>| match r {
            Err(
                Error::NonFinite { field, .. }
                | Error::Negative { field, .. }
                | Error::OutOfRange { field, .. }
                | Error::NotReachable { field, .. }
                | Error::IncompatibleConverter { field, .. },
            ) => field,
            other => format!("unexpected {other:?}"),
        };
        let sea = OperatingPhase::SlowTransit;
        assert_eq!(
            field(ship.operate(&op(sea, 0.0, 10.0, 1.0))),
            "operation.speed_kn"
        );
        assert_eq!(
            field(ship.operate(&op(sea, -3.0, 10.0, 1.0))),
            "operation.speed_kn"
        );
        assert_eq!(
            field(ship.operate(&op(sea, f64::NAN, 10.0, 1.0))),
            "operation.speed_kn"
        );
        assert_eq!(
            field(ship.operate(&op(sea, 30.0, 10.0, 1.0))),
            "operation.speed_kn"
        );
        assert_eq!(
            field(ship.operate(&op(sea, 12.0, 0.0, 1.0))),
            "operation.draught_m"
        );
        assert_eq!(
            field(ship.operate(&op(sea, 12.0, -1.0, 1.0))),
            "operation.draught_m"
        );
        assert_eq!(
            field(ship.operate(&op(sea, 12.0, 10.0, 0.0))),
            "operation.duration_h"
        );
        assert_eq!(
            field(ship.operate(&op(sea, 12.0, 10.0, -2.0))),
            "operation.duration_h"
        );
        assert_eq!(
            field(ship.operate(&op(sea, 12.0, 10.0, f64::INFINITY))),
            "operation.duration_h"
        );
        // LNG in a mono-fuel diesel vessel.
        let lng = op(sea, 12.0, 10.0, 1.0).with_fuels(FuelSelection::main_and_others(
            PathwayId::Lng,
            PathwayId::MdoMgo,
        ));
        assert_eq!(field(ship.operate(&lng)), "operation.fuels.main");
        // Shore power at sea.
        assert_eq!(
            field(ship.operate(&op(sea, 12.0, 10.0, 1.0).with_shore_power())),
            "operation.use_shore_power"
        );
    }

    #[test]
    fn shore_power_replaces_auxiliary_fuel_at_berth() {
        let ship = bulk();
        let p = ship
            .operate(&op(OperatingPhase::AtBerth, 0.0, 10.0, 10.0).with_shore_power())
            .unwrap();
        // Table 17, bulk 60,000–99,999 DWT at berth: aux 240 kW → 2,400 kWh from shore.
        assert_relative_eq!(p.shore_power.kilowatt_hours(), 2_400.0, epsilon = 1e-9);
        assert_relative_eq!(p.fuel_of(Consumer::AuxiliaryEngines).tonnes(), 0.0);
        // Boiler 260 kW × 10 h × 340 g/kWh (VLSFO reads the HFO column) = 0.884 t.
        assert_relative_eq!(p.fuel_of(Consumer::Boiler).tonnes(), 0.884, epsilon = 1e-9);
        let mut l = FuelLedger::new();
        p.push_into(&mut l, "call", ScopeShare::FULL).unwrap();
        assert_eq!(l.shore_power().len(), 1);
        assert_eq!(&*l.shore_power()[0].label, "call/at_berth/shore_power");
    }

    #[test]
    fn low_load_overrides_on_main_engine_entries_only() {
        let ship = bulk();
        // 5 kn at 14 m: W = 10,000 × (5/14)³ / 0.795039 = 10,000 × 0.0455539 / 0.795039 = 572.98 kW → L = 0.0573 → bin 6 %:
        // HC 4.35, NOx 1.60 (Starcrest/ICCT table).
        let p = ship
            .operate(&op(OperatingPhase::Manoeuvring, 5.0, 14.0, 2.0))
            .unwrap();
        assert_relative_eq!(p.propulsion.load.value(), 0.0572977, epsilon = 1e-6);
        assert_eq!(p.low_load.load_bin_percent, 6);
        for f in &p.fuel_use {
            let o = f.converter.overrides;
            match f.consumer {
                Consumer::MainEngine => {
                    // VLSFO Annex II row = HFO row: 0.00005 × 4.35; 0.00018 × 1.60.
                    assert_relative_eq!(
                        o.cf_ch4.unwrap().g_per_g(),
                        0.00005 * 4.35,
                        epsilon = 1e-15
                    );
                    assert_relative_eq!(
                        o.cf_n2o.unwrap().g_per_g(),
                        0.00018 * 1.60,
                        epsilon = 1e-15
                    );
                }
                _ => assert!(o.cf_ch4.is_none() && o.cf_n2o.is_none()),
            }
        }
    }

    #[test]
    fn per_distance_and_per_day_helpers_agree() {
        let ship = bulk();
        let a = ship
            .operate_over_distance(
                OperatingPhase::SlowTransit,
                knots(12.0),
                metres(13.0),
                crate::units::nautical_miles(600.0),
                None,
            )
            .unwrap();
        assert_relative_eq!(a.operation.duration.hours(), 50.0, epsilon = 1e-9);
        let d = ship
            .operate_for_a_day(OperatingPhase::SlowTransit, knots(12.0), metres(13.0))
            .unwrap();
        assert_relative_eq!(
            a.fuel_per_day().tonnes(),
            d.total_fuel().tonnes(),
            max_relative = 1e-12
        );
        assert_relative_eq!(
            a.fuel_per_nautical_mile().unwrap().tonnes() * 600.0,
            a.total_fuel().tonnes(),
            max_relative = 1e-12
        );
    }

    #[test]
    fn fuel_falls_with_the_cube_law_per_mile() {
        let ship = bulk();
        let per_nm = |kn: f64| {
            ship.operate_for_a_day(OperatingPhase::SlowTransit, knots(kn), metres(13.0))
                .unwrap()
                .fuel_per_nautical_mile()
                .unwrap()
                .tonnes()
        };
        let mut prev = 0.0;
        for kn in [8.0, 9.0, 10.0, 11.0, 12.0, 13.0] {
            let x = per_nm(kn);
            assert!(x > prev, "{kn} kn");
            prev = x;
        }
    }

    #[test]
    fn gas_turbine_and_curve_vessels_compute() {
        let curve = SpeedPowerCurve::new(vec![
            (knots(10.0), kilowatts(3_000.0)),
            (knots(20.0), kilowatts(24_000.0)),
        ])
        .unwrap();
        let ship = Vessel::builder("gt", ShipType::Cruise)
            .gross_tonnage(90_000.0)
            .build_year(2005)
            .design_speed(knots(20.0))
            .design_draught(metres(8.0))
            .main_engine(
                kilowatts(30_000.0),
                EngineType::GasTurbine,
                FuelSupply::mono(FuelFamily::Oil),
            )
            .speed_power_curve(curve)
            .fuels(FuelSelection::all(PathwayId::MdoMgo))
            .build()
            .unwrap();
        let p = ship
            .operate(&op(OperatingPhase::SlowTransit, 15.0, 8.0, 1.0))
            .unwrap();
        // Gas turbine SFC is load-independent: 300 g/kWh MDO (Table 19).
        assert_relative_eq!(p.sfoc_factor, 1.0);
        let me = p
            .fuel_use
            .iter()
            .find(|f| f.consumer == Consumer::MainEngine)
            .unwrap();
        assert_relative_eq!(me.sfc.g_per_kwh(), 300.0, epsilon = 1e-9);
        // Cruise η_w 0.867 (≥ 2,000 GT): curve 13,500 kW / 0.795039 = 16,980.3 kW.
        assert_relative_eq!(
            p.propulsion.main_engine.kilowatts(),
            13_500.0 / 0.795039,
            max_relative = 1e-12
        );
    }

    #[test]
    fn output_round_trips_through_json() {
        let p = bulk()
            .operate(&op(OperatingPhase::NormalCruising, 13.0, 13.0, 24.0))
            .unwrap();
        let json = serde_json::to_string(&p).unwrap();
        let back: OperatingPoint = serde_json::from_str(&json).unwrap();
        assert_relative_eq!(
            back.total_fuel().tonnes(),
            p.total_fuel().tonnes(),
            max_relative = 1e-12
        );
        let op_json =
            r#"{"phase":"slow_transit","speed_kn":12,"draught_m":12,"duration_h":3,"speed":1}"#;
        assert!(serde_json::from_str::<Operation>(op_json).is_err());
    }
}
