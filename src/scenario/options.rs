//! The trajectory's fuel options from a scenario run: per consumer, what the voyage model
//! burned per unit of that consumer's work.
//!
//! For each consumer — the main engine, the auxiliary engines, the boiler — of every ship group
//! of the service-year: SFC_c,p = Σ mass of pathway p burned by c / Σ work of c (kWh), each
//! with the converter class that burned it. The consumer's main fuel is the one it was asked
//! to burn with the largest mass; a second pathway (the pilot fuel of a dual-fuel converter,
//! or the ECA fuel of a switching policy) becomes its pilot at its own g/kWh. A consumer that
//! burned three or more pathways is refused (the trajectory's options hold two). So an LNG
//! service's gensets keep their LNG-Otto class and its slip, and an oil-only boiler its MGO.
//!
//! The main engine's fuel burned below 20 % load (manoeuvring) carries the Fourth IMO GHG
//! Study low-load CH4/N2O factors in its converter; the option keeps that share and its
//! mass-weighted factors as a [`LowLoadBurn`], so the projection's base year reproduces the
//! service-year's WtW to rounding (`tests/corridor_report.rs`, 1e-9; without it the base year
//! fell 1e-5 to 2e-5 short on the Shanghai–LA service).

use crate::error::{Error, Result};
use crate::fuel::{Converter, EmissionOverrides, Fuel};
use crate::trajectory::scenario::{ConsumerFuel, FuelOption, LowLoadBurn, PilotFuel};
use crate::trajectory::series::Series;
use crate::units::{EnergyExt, MassExt, g_per_g, g_per_kwh};
use crate::vessel::{Consumer, FuelRole};

use super::OptionRun;
use super::schema::FuelOptionSpec;

/// What one consumer burned over the service-year.
#[derive(Default)]
struct Burned {
    work_kwh: f64,
    /// (fuel, converter, role, grams), in order of first appearance.
    fuels: Vec<(Fuel, Converter, FuelRole, f64)>,
}

const CONSUMERS: [Consumer; 3] = [
    Consumer::MainEngine,
    Consumer::AuxiliaryEngines,
    Consumer::Boiler,
];

/// The trajectory's fuel option `spec` (field path `field`) from its run.
pub(crate) fn derive_option(
    run: &OptionRun,
    spec: &FuelOptionSpec,
    field: &str,
) -> Result<FuelOption> {
    let mut burned: [Burned; 3] = Default::default();
    for g in &run.groups {
        let Some(y) = g.years.first() else { continue };
        let factor = y.voyages_per_ship_year * f64::from(y.ships);
        for s in g.voyage.segments() {
            for (b, c) in burned.iter_mut().zip(CONSUMERS) {
                b.work_kwh += s.point.work(c).kilowatt_hours() * factor;
            }
            for f in &s.point.fuel_use {
                let Some(b) = CONSUMERS
                    .iter()
                    .position(|c| *c == f.consumer)
                    .and_then(|i| burned.get_mut(i))
                else {
                    continue;
                };
                let g = f.mass.grams() * factor;
                match b.fuels.iter_mut().find(|(fu, cv, role, _)| {
                    *fu == f.fuel && *cv == f.converter && *role == f.role
                }) {
                    Some((_, _, _, m)) => *m += g,
                    None => b.fuels.push((f.fuel.clone(), f.converter, f.role, g)),
                }
            }
        }
    }
    let main_price = spec
        .price_usd_per_gj
        .clone()
        .ok_or_else(|| Error::MissingInput {
            field: format!("{field}.price_usd_per_gj"),
            expected: "the main fuel's price by year, needed by the trajectory".into(),
        })?;
    let price_of = |fuel: &Fuel| -> Result<Series> {
        if fuel.pathway == spec.fuels.main.pathway {
            return Ok(main_price.clone());
        }
        spec.secondary_price_usd_per_gj
            .clone()
            .ok_or_else(|| Error::MissingInput {
                field: format!("{field}.secondary_price_usd_per_gj"),
                expected: format!(
                    "the price of {} (pilot, ECA or other consumers' fuel) by year, needed by \
                     the trajectory",
                    fuel.pathway.name()
                ),
            })
    };
    let mut parts = Vec::with_capacity(3);
    for (b, c) in burned.iter().zip(CONSUMERS) {
        parts.push(consumer_fuel(b, c, &price_of, field)?);
    }
    let mut parts = parts.into_iter();
    let main = parts.next().flatten().ok_or_else(|| Error::Empty {
        field: format!("{field}.fuels.main"),
        expected: "main-engine work and fuel in the service-year".into(),
    })?;
    let auxiliary = parts.next().flatten();
    let boiler = parts.next().flatten();
    Ok(FuelOption {
        name: spec.name.clone(),
        fuel: main.fuel,
        converter: main.converter,
        sfc: main.sfc,
        pilot: main.pilot,
        price_usd_per_gj: main.price_usd_per_gj,
        low_load: main.low_load,
        auxiliary,
        boiler,
    })
}

/// One consumer's fuel, or `None` when it did no work.
fn consumer_fuel(
    b: &Burned,
    c: Consumer,
    price_of: &dyn Fn(&Fuel) -> Result<Series>,
    field: &str,
) -> Result<Option<ConsumerFuel>> {
    if b.work_kwh <= 0.0 || b.fuels.is_empty() {
        return Ok(None);
    }
    let mut by_mass: Vec<&(Fuel, Converter, FuelRole, f64)> = b.fuels.iter().collect();
    by_mass.sort_by(|x, y| {
        (x.2 == FuelRole::Pilot)
            .cmp(&(y.2 == FuelRole::Pilot))
            .then(y.3.total_cmp(&x.3))
    });
    let mut pathways: Vec<&Fuel> = Vec::new();
    for (f, ..) in &by_mass {
        if !pathways.iter().any(|p| p.pathway == f.pathway) {
            pathways.push(f);
        }
    }
    if pathways.len() > 2 {
        return Err(Error::OutOfRange {
            field: format!("{field}.fuels.{}", c.name()),
            value: pathways.len() as f64,
            expected: "at most two fuel pathways per consumer (a main fuel and a pilot or ECA \
                fuel) for the trajectory's fuel options"
                .into(),
        });
    }
    let Some((fuel, first_converter, _, _)) = by_mass.first() else {
        return Ok(None);
    };
    // The part's converter: the state that burned most of the main fuel with the factor set's
    // own CH4/N2O factors (the one at sea), else the one that burned most of it.
    let default_factors =
        |cv: &Converter| cv.overrides.cf_ch4.is_none() && cv.overrides.cf_n2o.is_none();
    let converter = by_mass
        .iter()
        .find(|(f, cv, role, _)| {
            f.pathway == fuel.pathway && *role != FuelRole::Pilot && default_factors(cv)
        })
        .map_or(first_converter, |(_, cv, ..)| cv);
    let grams_of = |p: &Fuel| -> f64 {
        b.fuels
            .iter()
            .filter(|(f, ..)| f.pathway == p.pathway)
            .map(|(.., g)| g)
            .sum()
    };
    let sfc = g_per_kwh(grams_of(fuel) / b.work_kwh);
    let pilot = match pathways.get(1) {
        Some(p) => Some(PilotFuel {
            fuel: (*p).clone(),
            sfc: g_per_kwh(grams_of(p) / b.work_kwh),
            price_usd_per_gj: price_of(p)?,
            low_load: low_load_state(b, p, *converter, c, field)?,
        }),
        None => None,
    };
    Ok(Some(ConsumerFuel {
        fuel: fuel.clone(),
        converter: *converter,
        sfc,
        pilot,
        price_usd_per_gj: price_of(fuel)?,
        low_load: low_load_state(b, fuel, *converter, c, field)?,
    }))
}

/// The share of `fuel`'s mass that consumer `c` burned in a state of its converter other than
/// `base` (the main engine below 20 % load, with the low-load CH4/N2O factors), and that
/// state: mass-weighted mean factors over the load bins, so the split reproduces the
/// service-year's emissions exactly (every term is linear in mass × factor). `None` when all
/// of it was burned in `base`.
///
/// Errors: a second converter class for one fuel ([`Error::IncompatibleConverter`]), or a
/// state that differs from `base` in anything but its CH4/N2O factors (the trajectory's options
/// carry one low-load state).
fn low_load_state(
    b: &Burned,
    fuel: &Fuel,
    base: Converter,
    c: Consumer,
    field: &str,
) -> Result<Option<LowLoadBurn>> {
    let field = format!("{field}.fuels.{}", c.name());
    let (mut total, mut other, mut ch4, mut n2o) = (0.0, 0.0, 0.0, 0.0);
    for (f, cv, _, g) in b.fuels.iter().filter(|(f, ..)| f.pathway == fuel.pathway) {
        total += g;
        if *cv == base {
            continue;
        }
        let same_but_factors = EmissionOverrides {
            cf_ch4: base.overrides.cf_ch4,
            cf_n2o: base.overrides.cf_n2o,
            ..cv.overrides
        } == base.overrides;
        let (Some(c4), Some(n2), true, true) = (
            cv.overrides.cf_ch4,
            cv.overrides.cf_n2o,
            cv.class == base.class,
            same_but_factors,
        ) else {
            return Err(Error::IncompatibleConverter {
                field,
                pathway: f.pathway.name().to_string(),
                converter: cv.class.name().to_string(),
                reason: format!(
                    "one consumer burned it in two converters ({} and {}); a trajectory \
                     option carries one converter and one low-load CH4/N2O state",
                    base.class.name(),
                    cv.class.name()
                ),
            });
        };
        other += g;
        ch4 += g * c4.g_per_g();
        n2o += g * n2.g_per_g();
    }
    if other <= 0.0 || total <= 0.0 {
        return Ok(None);
    }
    let overrides = EmissionOverrides {
        cf_ch4: Some(g_per_g(ch4 / other)),
        cf_n2o: Some(g_per_g(n2o / other)),
        ..base.overrides
    };
    Ok(Some(LowLoadBurn {
        mass_share: other / total,
        converter: Converter {
            class: base.class,
            overrides,
        },
    }))
}
