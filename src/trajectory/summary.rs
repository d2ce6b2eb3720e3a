//! A fast path for the yearly headline numbers of a scenario: what Monte Carlo needs.
//!
//! [`CorridorScenario::run`] builds a [`FuelLedger`](crate::ledger::FuelLedger) per year and
//! accounts it under the IMO LCA, FuelEU and EU ETS bases, then assesses FuelEU, the EU ETS
//! and the IMO NZF. Every one of those quantities is **linear in fuel mass** for given factors:
//! an entry of mass M contributes M·k to energy, reward-weighted energy, WtT + TtW and TtW,
//! with k the per-gram terms of (fuel, converter, basis). [`SummaryEvaluator`] therefore
//!
//! 1. builds the year-dependent bases once (IMO LCA; FuelEU and EU ETS of each year,
//!    deduplicated: 26 years need four distinct bases),
//! 2. per scenario (per Monte-Carlo sample), computes the per-gram terms of each option's
//!    fuel and pilot under each distinct basis once, through the same
//!    [`AccountingBasis`] entry terms as `account`,
//! 3. per year, forms the ledger totals as Σ mass × terms — whole ledger for the IMO LCA and
//!    NZF, scope-weighted for FuelEU and the EU ETS, shore power added as `account` adds it —
//!    and applies the regulations' own formulas ([`compliance_balance`],
//!    [`penalty`], [`consecutive_penalty_multiplier`], [`units_for`], the ETS phase-in).
//!
//! The results equal [`CorridorScenario::run`] to within rounding (tested at 1e-9 relative:
//! `tests/trajectory_fast_path.rs`). `run` stays the reference; this path covers the default
//! FuelEU options of `run` (no banking, borrowing or pooling).
//!
//! [`compliance_balance`]: crate::regulation::fueleu::compliance_balance
//! [`penalty`]: crate::regulation::fueleu::penalty
//! [`consecutive_penalty_multiplier`]: crate::regulation::fueleu::consecutive_penalty_multiplier
//! [`units_for`]: crate::regulation::imo_nzf::units_for

use serde::{Deserialize, Serialize};

use crate::emissions::basis::fueleu_wind_reward_factor;
use crate::emissions::{AccountingBasis, Boundary};
use crate::error::{Error, Result};
use crate::fuel::Fuel;
use crate::ledger::{LedgerEntry, Regime, ScopeShare};
use crate::regulation::{eu_ets, fueleu, imo_nzf};
use crate::trajectory::scenario::{CorridorScenario, LowLoadBurn, converter_states};
use crate::units::{
    EnergyExt, Eur, IntensityExt, LcvExt, MassExt, Money, SfcExt, Usd, eur, g_per_mj, grams,
    megajoules, tonnes, usd,
};

/// MJ per kWh (exact, SI).
const MJ_PER_KWH: f64 = 3.6;

/// The headline numbers of one scenario year (the fields of
/// [`YearResult`](crate::trajectory::scenario::YearResult) with the same names).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearSummary {
    /// Calendar year.
    pub year: i32,
    /// Energy used on board (fuel + shore power), MJ, IMO LCA LCVs.
    pub energy_mj: f64,
    /// WtW, t CO2e (IMO LCA).
    pub well_to_wake_t: f64,
    /// gCO2e per TEU-km.
    pub intensity_g_per_teu_km: f64,
    /// Fuel and shore-power cost.
    #[serde(rename = "fuel_cost_usd")]
    pub fuel_cost: Money<Usd>,
    /// FuelEU penalty (`None` outside 2025–2050 or with nothing in scope).
    #[serde(rename = "fueleu_penalty_eur")]
    pub fueleu_penalty: Option<Money<Eur>>,
    /// EU ETS cost (`None` before 2024).
    #[serde(rename = "eu_ets_cost_eur")]
    pub eu_ets_cost: Option<Money<Eur>>,
    /// IMO NZF remedial-unit cost (`None` in years without both targets).
    #[serde(rename = "imo_nzf_cost_usd")]
    pub imo_nzf_cost: Option<Money<Usd>>,
    /// FuelEU + EU ETS (at the year's USD per EUR) + NZF costs.
    #[serde(rename = "carbon_cost_usd")]
    pub carbon_cost: Money<Usd>,
    /// Fuel + carbon cost.
    #[serde(rename = "total_cost_usd")]
    pub total_cost: Money<Usd>,
}

/// Per-gram terms of one fuel under one basis: energy, reward-weighted energy, WtT + TtW,
/// TtW (MJ and g per g of fuel).
#[derive(Debug, Clone, Copy, Default)]
struct Terms {
    energy: f64,
    reward_energy: f64,
    total: f64,
    ttw: f64,
}

/// Sums of one ledger under one basis.
#[derive(Debug, Clone, Copy, Default)]
struct Totals {
    energy_mj: f64,
    reward_energy_mj: f64,
    total_g: f64,
    ttw_g: f64,
}

impl Totals {
    fn add(&mut self, mass_g: f64, t: &Terms) {
        self.energy_mj += mass_g * t.energy;
        self.reward_energy_mj += mass_g * t.reward_energy;
        self.total_g += mass_g * t.total;
        self.ttw_g += mass_g * t.ttw;
    }

    /// Shore power as [`AccountingBasis::account`] adds it.
    fn add_shore(&mut self, mj: f64, basis: &AccountingBasis) {
        self.energy_mj += mj;
        self.reward_energy_mj += mj;
        if basis.boundary == Boundary::WellToWake {
            self.total_g += mj * basis.shore_power_wtt.g_per_mj();
        }
    }

    /// [`Emissions::intensity`](crate::emissions::Emissions::intensity), g/MJ.
    fn intensity(&self, wind_reward_factor: f64, what: &str) -> Result<f64> {
        if self.reward_energy_mj > 0.0 {
            Ok(self.total_g * wind_reward_factor / self.reward_energy_mj)
        } else {
            Err(Error::Undefined {
                quantity: what.to_string(),
                reason: "the ledger has no energy (zero fuel mass and no shore power)".into(),
            })
        }
    }
}

/// One year's regulatory context (sample-independent).
#[derive(Debug, Clone)]
struct YearContext {
    year: i32,
    /// Index into `bases` of the year's FuelEU basis, and the target (g/MJ).
    fueleu: Option<(usize, f64)>,
    /// Index of the year's EU ETS basis and the phase-in share.
    eu_ets: Option<(usize, f64)>,
    /// NZF base and direct-compliance targets (g/MJ).
    nzf: Option<(f64, f64)>,
}

/// Sample-independent data of a scenario's years: the distinct accounting bases and each
/// year's targets. Build once, then [`evaluate`](Self::evaluate) any number of scenarios
/// with the same years (the Monte-Carlo samples of one scenario).
#[derive(Debug, Clone)]
pub struct SummaryEvaluator {
    start_year: i32,
    end_year: i32,
    /// Index 0: IMO LCA.
    bases: Vec<AccountingBasis>,
    years: Vec<YearContext>,
}

fn basis_index(bases: &mut Vec<AccountingBasis>, b: AccountingBasis) -> usize {
    let same = |a: &AccountingBasis| {
        AccountingBasis {
            name: String::new(),
            ..a.clone()
        } == AccountingBasis {
            name: String::new(),
            ..b.clone()
        }
    };
    match bases.iter().position(same) {
        Some(i) => i,
        None => {
            bases.push(b);
            bases.len() - 1
        }
    }
}

/// Per-gram terms of `fuel` in the option's converter under `basis`.
fn terms(basis: &AccountingBasis, fuel: &Fuel, converter: crate::fuel::Converter) -> Result<Terms> {
    let entry = LedgerEntry::new(fuel.clone(), converter, tonnes(1.0), "t", ScopeShare::FULL)?;
    let t = basis.entry_terms(&entry, 0)?;
    Ok(Terms {
        energy: t.energy_mj * 1e-6,
        reward_energy: t.reward_energy_mj * 1e-6,
        total: (t.wtt_g + t.ttw_g) * 1e-6,
        ttw: t.ttw_g * 1e-6,
    })
}

/// Per-gram terms of `fuel` burned in `converter` and, for its low-load share, in the
/// low-load state: (1 − s)·k(converter) + s·k(low-load converter).
fn split_terms(
    basis: &AccountingBasis,
    fuel: &Fuel,
    converter: crate::fuel::Converter,
    low_load: Option<&LowLoadBurn>,
) -> Result<Terms> {
    let mut sum = Terms::default();
    for (c, k) in converter_states(converter, low_load) {
        if k > 0.0 {
            let t = terms(basis, fuel, c)?;
            sum.energy += k * t.energy;
            sum.reward_energy += k * t.reward_energy;
            sum.total += k * t.total;
            sum.ttw += k * t.ttw;
        }
    }
    Ok(sum)
}

impl SummaryEvaluator {
    /// The evaluator of `scenario`'s years (its start and end year).
    pub fn new(scenario: &CorridorScenario) -> Result<Self> {
        let mut bases = vec![AccountingBasis::imo_lca()];
        let mut years = Vec::new();
        let phase_in = eu_ets::PhaseIn::default();
        let limits = fueleu::FuelEuLimits::default();
        for year in scenario.plan.start_year..=scenario.plan.end_year {
            let fe = if (2025..=2050).contains(&year) {
                let b = AccountingBasis::fueleu(year)?;
                let target = limits.target(year)?.g_per_mj();
                Some((basis_index(&mut bases, b), target))
            } else {
                None
            };
            let ets = if year >= 2024 {
                let b = AccountingBasis::eu_ets(year)?;
                let share = phase_in.share(year)?;
                Some((basis_index(&mut bases, b), share))
            } else {
                None
            };
            let nzf =
                crate::trajectory::scenario::nzf_targets(year, scenario.plan.nzf_beyond_2035)?;
            years.push(YearContext {
                year,
                fueleu: fe,
                eu_ets: ets,
                nzf,
            });
        }
        Ok(Self {
            start_year: scenario.plan.start_year,
            end_year: scenario.plan.end_year,
            bases,
            years,
        })
    }

    /// The headline numbers of every year of `scenario` (which must have the years this
    /// evaluator was built for). Errors as [`CorridorScenario::run`].
    pub fn evaluate(&self, scenario: &CorridorScenario) -> Result<Vec<YearSummary>> {
        scenario.validate()?;
        if scenario.plan.start_year != self.start_year || scenario.plan.end_year != self.end_year {
            return Err(Error::OutOfRange {
                field: "scenario.start_year".into(),
                value: f64::from(scenario.plan.start_year),
                expected: format!(
                    "the years the evaluator was built for, {}–{}",
                    self.start_year, self.end_year
                ),
            });
        }
        let imo = self.bases.first().ok_or_else(|| Error::Empty {
            field: "bases".into(),
            expected: "the IMO LCA basis".into(),
        })?;
        // Per option and consumer (main engine, auxiliary engines, boiler): per basis, (fuel
        // terms, pilot terms), kept as results: an error only matters in a year that uses the
        // option (as in `run`).
        type PartTerms = Vec<Result<(Terms, Terms)>>;
        let mut option_terms: Vec<[PartTerms; 3]> = Vec::new();
        let mut lcv: Vec<[(Result<f64>, Result<f64>); 3]> =
            Vec::with_capacity(scenario.plan.options.len());
        for o in &scenario.plan.options {
            let parts = o.parts();
            let part_terms = parts.map(|part| {
                self.bases
                    .iter()
                    .map(|b| {
                        let main = split_terms(b, part.fuel, part.converter, part.low_load)?;
                        let pilot = match part.pilot {
                            Some(p) => {
                                split_terms(b, &p.fuel, part.converter, part.pilot_low_load)?
                            }
                            None => Terms::default(),
                        };
                        Ok((main, pilot))
                    })
                    .collect::<PartTerms>()
            });
            option_terms.push(part_terms);
            lcv.push(parts.map(|part| {
                let main_lcv = imo
                    .factors
                    .get(&part.fuel.pathway)
                    .map(|f| f.lcv.mj_per_g());
                let pilot_lcv = match part.pilot {
                    Some(p) => imo.factors.get(&p.fuel.pathway).map(|f| f.lcv.mj_per_g()),
                    None => Ok(0.0),
                };
                (main_lcv, pilot_lcv)
            }));
        }
        let get = |opt: &Vec<Result<(Terms, Terms)>>, b: usize| -> Result<(Terms, Terms)> {
            match opt.get(b) {
                Some(Ok(t)) => Ok(*t),
                Some(Err(e)) => Err(e.clone()),
                None => Err(Error::Empty {
                    field: "bases".into(),
                    expected: format!("basis {b}"),
                }),
            }
        };

        let b = &scenario.baseline;
        let (fe_sea, fe_berth) = (b.sea_scope.fueleu.value(), b.berth_scope.fueleu.value());
        let (ets_sea, ets_berth) = (b.sea_scope.eu_ets.value(), b.berth_scope.eu_ets.value());
        let fueleu_counts = b.counted_by(Regime::FuelEu);
        let mut out = Vec::with_capacity(self.years.len());
        let mut consecutive = 0u32;
        for ctx in &self.years {
            let year = ctx.year;
            let w = scenario.work(year);
            let shares = scenario.shares(year);
            let shore_kwh = w.berth_from_shore.kilowatt_hours();
            let mut imo_t = Totals::default();
            let mut fe_t = Totals::default();
            let mut ets_t = Totals::default();
            let mut fuel_cost = 0.0;
            for (((o, s), opt), lcvs) in scenario
                .plan
                .options
                .iter()
                .zip(&shares)
                .zip(&option_terms)
                .zip(&lcv)
            {
                if *s <= 0.0 {
                    continue;
                }
                for ((part, opt), (main_lcv, pilot_lcv)) in o.parts().iter().zip(opt).zip(lcvs) {
                    let (sea, berth) = w.of(part.consumer);
                    let (sea_kwh, berth_kwh) = (sea.kilowatt_hours(), berth.kilowatt_hours());
                    if sea_kwh + berth_kwh <= 0.0 {
                        continue;
                    }
                    let sfc = part.sfc.g_per_kwh();
                    let pilot_sfc = part.pilot.map_or(0.0, |p| p.sfc.g_per_kwh());
                    // Ledger masses (g): sea and berth parts, main fuel and pilot.
                    let (sea_g, berth_g) = (sea_kwh * s * sfc, berth_kwh * s * sfc);
                    let (sea_p, berth_p) = (sea_kwh * s * pilot_sfc, berth_kwh * s * pilot_sfc);
                    let (m, mp) = (sea_g + berth_g, sea_p + berth_p);
                    // In-scope masses, each regime with its own share.
                    let (fe_m, fe_p) = (
                        sea_g * fe_sea + berth_g * fe_berth,
                        sea_p * fe_sea + berth_p * fe_berth,
                    );
                    let (ets_m, ets_p) = (
                        sea_g * ets_sea + berth_g * ets_berth,
                        sea_p * ets_sea + berth_p * ets_berth,
                    );
                    let (t_main, t_pilot) = get(opt, 0)?;
                    imo_t.add(m, &t_main);
                    imo_t.add(mp, &t_pilot);
                    if let Some((b, _)) = ctx.fueleu {
                        let (a, p) = get(opt, b)?;
                        fe_t.add(fe_m, &a);
                        fe_t.add(fe_p, &p);
                    }
                    if let Some((b, _)) = ctx.eu_ets {
                        let (a, p) = get(opt, b)?;
                        ets_t.add(ets_m, &a);
                        ets_t.add(ets_p, &p);
                    }
                    // Fuel cost, as `run`: (work × share) × SFC × LCV (IMO LCA) × price.
                    let all_kwh = sea_kwh + berth_kwh;
                    let energy_mj = all_kwh * s * sfc * main_lcv.clone()?;
                    fuel_cost += energy_mj / 1_000.0 * part.price_usd_per_gj.value(year);
                    if let Some(p) = part.pilot {
                        let pilot_mj = all_kwh * s * p.sfc.g_per_kwh() * pilot_lcv.clone()?;
                        fuel_cost += pilot_mj / 1_000.0 * p.price_usd_per_gj.value(year);
                    }
                }
            }
            if shore_kwh > 0.0 {
                let mj = shore_kwh * MJ_PER_KWH;
                imo_t.add_shore(mj, imo);
                if let Some(b) = ctx.fueleu.and_then(|(b, _)| self.bases.get(b)) {
                    fe_t.add_shore(mj * fe_berth, b);
                }
            }
            let wind = scenario.plan.wind_assist_share.value(year);
            // `run` reports the IMO LCA intensity and fails where it is undefined.
            imo_t.intensity(imo.wind_reward_factor, "GHG intensity")?;
            let fueleu_penalty = match ctx.fueleu {
                Some((_, target)) if fueleu_counts => {
                    let f_wind = fueleu_wind_reward_factor(wind)?;
                    let actual = g_per_mj(fe_t.intensity(f_wind, "GHG intensity")?);
                    let cb = fueleu::compliance_balance(
                        g_per_mj(target),
                        actual,
                        megajoules(fe_t.energy_mj),
                    )?;
                    let verified = tonnes(cb.tonnes() + 0.0 - 0.0);
                    let base = fueleu::penalty(verified, actual)?.amount();
                    let n = if base > 0.0 {
                        consecutive.saturating_add(1)
                    } else {
                        0
                    };
                    Some(base * fueleu::consecutive_penalty_multiplier(n))
                }
                _ => None,
            };
            consecutive = match fueleu_penalty {
                Some(p) if p > 0.0 => consecutive + 1,
                _ => 0,
            };
            let ets_cost = match ctx.eu_ets {
                Some((_, share)) => {
                    let price = crate::error::non_negative(
                        || "prices.eua_price_eur_per_t".into(),
                        scenario.plan.prices.eua_eur_per_t.value(year),
                    )?;
                    let emissions_t = if b.counted_by(Regime::EuEts) {
                        grams(ets_t.ttw_g).tonnes()
                    } else {
                        0.0
                    };
                    Some(emissions_t * share / eu_ets::data::T_CO2E_PER_ALLOWANCE * price)
                }
                None => None,
            };
            let nzf_cost = match ctx.nzf {
                Some((base, dc)) => {
                    let p1 = crate::error::non_negative(
                        || "prices.nzf_tier1_usd_per_t".into(),
                        scenario.plan.prices.nzf_tier1_usd_per_t.value(year),
                    )?;
                    let p2 = crate::error::non_negative(
                        || "prices.nzf_tier2_usd_per_t".into(),
                        scenario.plan.prices.nzf_tier2_usd_per_t.value(year),
                    )?;
                    let gfi = imo_t.intensity(imo.wind_reward_factor, "GHG intensity")?;
                    let (tier1, tier2, _) = imo_nzf::units_for(
                        g_per_mj(gfi),
                        g_per_mj(base),
                        g_per_mj(dc),
                        megajoules(imo_t.energy_mj),
                    );
                    Some(tier1 * p1 + tier2 * p2)
                }
                None => None,
            };
            let usd_per_eur = scenario.plan.prices.usd_per_eur.value(year);
            let carbon_cost_usd = fueleu_penalty.map_or(0.0, |p| p * usd_per_eur)
                + ets_cost.map_or(0.0, |c| c * usd_per_eur)
                + nzf_cost.unwrap_or(0.0);
            fuel_cost += shore_kwh * scenario.plan.shore_power_price_usd_per_kwh.value(year);
            let transport_work = scenario.baseline.transport_work_teu_km * w.activity_factor;
            let wtw_t = imo_t.total_g * 1e-6;
            out.push(YearSummary {
                year,
                energy_mj: imo_t.energy_mj,
                well_to_wake_t: wtw_t,
                intensity_g_per_teu_km: wtw_t * 1e6 / transport_work,
                fuel_cost: usd(fuel_cost),
                fueleu_penalty: fueleu_penalty.map(eur),
                eu_ets_cost: ets_cost.map(eur),
                imo_nzf_cost: nzf_cost.map(usd),
                carbon_cost: usd(carbon_cost_usd),
                total_cost: usd(fuel_cost + carbon_cost_usd),
            });
        }
        Ok(out)
    }
}

impl CorridorScenario {
    /// The headline numbers of every year through the fast path ([`SummaryEvaluator`]);
    /// equal to [`run`](Self::run) within rounding.
    ///
    /// ```
    /// # use green_corridor::prelude::*;
    /// # use green_corridor::trajectory::scenario::*;
    /// # use green_corridor::trajectory::{Interpolation, Series};
    /// # use green_corridor::units::{g_per_kwh, nautical_miles};
    /// let baseline = ServiceBaseline {
    ///     year: 2025, speed: knots(16.0), distance: nautical_miles(100_000.0),
    ///     propulsion_work: kilowatt_hours(1.0e7), auxiliary_work_at_sea: kilowatt_hours(1.0e6),
    ///     work_at_berth: kilowatt_hours(5.0e5), transport_work_teu_km: 1.0e9,
    ///     sea_scope: ScopeShare::HALF.into(), berth_scope: ScopeShare::FULL.into(),
    ///     voyage_shore_power_share: 0.0, boiler_share_at_sea: 0.0, boiler_share_at_berth: 0.0,
    /// };
    /// let plan = ScenarioPlan {
    ///     name: "one fuel".into(), description: String::new(), start_year: 2025, end_year: 2030,
    ///     options: vec![FuelOption {
    ///         name: "VLSFO".into(), fuel: Fuel::new(PathwayId::Vlsfo),
    ///         converter: Converter::new(ConverterClass::Ice), sfc: g_per_kwh(180.0), pilot: None,
    ///         price_usd_per_gj: Series::constant(12.0)?, low_load: None,
    ///         auxiliary: None, boiler: None,
    ///     }],
    ///     mix: vec![MixPoint { year: 2025, shares: vec![1.0] }],
    ///     mix_interpolation: Interpolation::Step,
    ///     demand_growth: Series::constant(0.02)?, speed_kn: Series::constant(16.0)?,
    ///     efficiency_gain: Series::constant(0.01)?, wind_assist_share: Series::constant(0.0)?,
    ///     shore_power_share: Series::constant(0.0)?,
    ///     shore_power_price_usd_per_kwh: Series::constant(0.0)?,
    ///     prices: CarbonPrices::illustrative()?,
    ///     nzf_beyond_2035: Default::default(),
    /// };
    /// let s = plan.apply(baseline)?;
    /// let fast = s.run_summary()?;
    /// let full = s.run()?;
    /// for (a, b) in fast.iter().zip(&full) {
    ///     assert!((a.total_cost - b.total_cost).amount().abs() <= 1e-9 * b.total_cost.amount());
    ///     assert!((a.well_to_wake_t - b.well_to_wake_t).abs() <= 1e-9 * b.well_to_wake_t);
    /// }
    /// # Ok::<(), green_corridor::Error>(())
    /// ```
    pub fn run_summary(&self) -> Result<Vec<YearSummary>> {
        SummaryEvaluator::new(self)?.evaluate(self)
    }
}
