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
use crate::regulation::timeline::PolicyTimeline;
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
    /// FuelEU RFNBO sub-target penalty (`None` unless the timeline triggers and prices it).
    #[serde(rename = "fueleu_rfnbo_penalty_eur", default)]
    pub fueleu_rfnbo_penalty: Option<Money<Eur>>,
    /// EU ETS cost (`None` before 2024).
    #[serde(rename = "eu_ets_cost_eur")]
    pub eu_ets_cost: Option<Money<Eur>>,
    /// IMO NZF remedial-unit cost less surplus-unit value (`None` in years the policy timeline
    /// does not apply the NZF).
    #[serde(rename = "imo_nzf_cost_usd")]
    pub imo_nzf_cost: Option<Money<Usd>>,
    /// FuelEU + EU ETS (at the year's USD per EUR) + NZF costs.
    #[serde(rename = "carbon_cost_usd")]
    pub carbon_cost: Money<Usd>,
    /// Fuel + carbon cost.
    #[serde(rename = "total_cost_usd")]
    pub total_cost: Money<Usd>,
}

/// Per-gram terms of one fuel under one basis: energy, reward-weighted energy, RFNBO energy
/// (qualifying for the reward), WtT + TtW, TtW (MJ and g per g of fuel).
#[derive(Debug, Clone, Copy, Default)]
struct Terms {
    energy: f64,
    reward_energy: f64,
    rfnbo_energy: f64,
    total: f64,
    ttw: f64,
}

/// Sums of one ledger under one basis.
#[derive(Debug, Clone, Copy, Default)]
struct Totals {
    energy_mj: f64,
    reward_energy_mj: f64,
    rfnbo_energy_mj: f64,
    total_g: f64,
    ttw_g: f64,
}

impl Totals {
    fn add(&mut self, mass_g: f64, t: &Terms) {
        self.energy_mj += mass_g * t.energy;
        self.reward_energy_mj += mass_g * t.reward_energy;
        self.rfnbo_energy_mj += mass_g * t.rfnbo_energy;
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

/// One year's regulatory context (sample-independent), from the plan's policy timeline.
#[derive(Debug, Clone)]
struct YearContext {
    year: i32,
    /// Index into `bases` of the year's FuelEU basis, and the target (g/MJ).
    fueleu: Option<(usize, f64)>,
    /// Index of the year's EU ETS basis and the surrender share (phase-in, ice-class relief).
    eu_ets: Option<(usize, f64)>,
    /// NZF base and direct-compliance targets (g/MJ).
    nzf: Option<(f64, f64)>,
}

/// Sample-independent data of a scenario's years: the distinct accounting bases and each
/// year's targets under the plan's policy timeline. Build once, then
/// [`evaluate`](Self::evaluate) any number of scenarios with the same years and timeline (the
/// Monte-Carlo samples of one scenario).
#[derive(Debug, Clone)]
pub struct SummaryEvaluator {
    start_year: i32,
    end_year: i32,
    policy: PolicyTimeline,
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
        rfnbo_energy: t.rfnbo_energy_mj * 1e-6,
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
            sum.rfnbo_energy += k * t.rfnbo_energy;
            sum.total += k * t.total;
            sum.ttw += k * t.ttw;
        }
    }
    Ok(sum)
}

/// Per option and consumer (main engine, auxiliary engines, boiler): per basis, (fuel terms,
/// pilot terms), kept as results — an error only matters in a year that uses the option (as in
/// `run`) — and the (fuel, pilot) LCVs of the IMO LCA basis (MJ/g) for the fuel cost.
struct OptionTerms {
    per_basis: Vec<[PartTerms; 3]>,
    lcv: Vec<[(Result<f64>, Result<f64>); 3]>,
}

type PartTerms = Vec<Result<(Terms, Terms)>>;

impl OptionTerms {
    /// Step 1: the per-gram terms of every option part under every distinct basis.
    fn new(scenario: &CorridorScenario, bases: &[AccountingBasis]) -> Result<Self> {
        let imo = bases.first().ok_or_else(|| Error::Empty {
            field: "bases".into(),
            expected: "the IMO LCA basis".into(),
        })?;
        let n = scenario.plan.options.len();
        let mut per_basis = Vec::with_capacity(n);
        let mut lcv = Vec::with_capacity(n);
        for o in &scenario.plan.options {
            let parts = o.parts();
            per_basis.push(parts.map(|part| {
                bases
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
            }));
            lcv.push(parts.map(|part| {
                let main = imo
                    .factors
                    .get(&part.fuel.pathway)
                    .map(|f| f.lcv.mj_per_g());
                let pilot = match part.pilot {
                    Some(p) => imo.factors.get(&p.fuel.pathway).map(|f| f.lcv.mj_per_g()),
                    None => Ok(0.0),
                };
                (main, pilot)
            }));
        }
        Ok(Self { per_basis, lcv })
    }
}

fn terms_at(opt: &PartTerms, b: usize) -> Result<(Terms, Terms)> {
    match opt.get(b) {
        Some(Ok(t)) => Ok(*t),
        Some(Err(e)) => Err(e.clone()),
        None => Err(Error::Empty {
            field: "bases".into(),
            expected: format!("basis {b}"),
        }),
    }
}

/// The ledger totals of one year: whole ledger (IMO LCA), FuelEU and EU ETS scope, fuel cost.
#[derive(Debug, Clone, Copy, Default)]
struct YearTotals {
    imo: Totals,
    fueleu: Totals,
    eu_ets: Totals,
    fuel_cost_usd: f64,
}

impl SummaryEvaluator {
    /// The evaluator of `scenario`'s years (its start and end year) under its plan's policy
    /// timeline.
    pub fn new(scenario: &CorridorScenario) -> Result<Self> {
        let policy = scenario.plan.policy.clone();
        let mut bases = vec![AccountingBasis::imo_lca()];
        let mut years = Vec::new();
        let limits = fueleu::FuelEuLimits::default();
        let fueleu_options = policy.fueleu.options(None, 0);
        for year in scenario.plan.start_year..=scenario.plan.end_year {
            let fe = if (2025..=2050).contains(&year) {
                let b = fueleu::basis(year, &fueleu_options)?;
                let target = limits.target(year)?.g_per_mj();
                Some((basis_index(&mut bases, b), target))
            } else {
                None
            };
            let ets = if year >= 2024 {
                let b = policy.eu_ets.basis(year)?;
                let share = policy.eu_ets.surrender_share(year)?;
                Some((basis_index(&mut bases, b), share))
            } else {
                None
            };
            let nzf = policy.nzf.targets(year)?.and_then(|t| {
                t.direct_compliance
                    .map(|dc| (t.base.g_per_mj(), dc.g_per_mj()))
            });
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
            policy,
            bases,
            years,
        })
    }

    /// The headline numbers of every year of `scenario` (which must have the years and the
    /// policy timeline this evaluator was built for). Errors as [`CorridorScenario::run`].
    ///
    /// Steps: check the scenario against the evaluator; the per-gram terms of every option
    /// (`OptionTerms`); then per year the ledger totals (`year_totals`), the FuelEU penalties
    /// (`fueleu_penalties`), the EU ETS cost (`ets_cost`), the NZF cost (`nzf_cost`) and the
    /// summary (`summary`).
    pub fn evaluate(&self, scenario: &CorridorScenario) -> Result<Vec<YearSummary>> {
        self.check(scenario)?;
        let terms = OptionTerms::new(scenario, &self.bases)?;
        let mut out = Vec::with_capacity(self.years.len());
        let mut consecutive = 0u32;
        for ctx in &self.years {
            let totals = self.year_totals(scenario, ctx, &terms)?;
            let imo = self.imo_basis()?;
            // `run` reports the IMO LCA intensity and fails where it is undefined.
            totals
                .imo
                .intensity(imo.wind_reward_factor, "GHG intensity")?;
            let (penalty, rfnbo_penalty) =
                self.fueleu_penalties(scenario, ctx, &totals.fueleu, consecutive)?;
            consecutive = match penalty {
                Some(p) if p > 0.0 => consecutive + 1,
                _ => 0,
            };
            let ets = self.ets_cost(scenario, ctx, &totals.eu_ets)?;
            let nzf = self.nzf_cost(scenario, ctx, &totals.imo)?;
            out.push(summary(
                scenario,
                ctx.year,
                &totals,
                penalty,
                rfnbo_penalty,
                ets,
                nzf,
            ));
        }
        Ok(out)
    }

    /// The scenario is valid and has the evaluator's years and timeline.
    fn check(&self, scenario: &CorridorScenario) -> Result<()> {
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
        if scenario.plan.policy != self.policy {
            return Err(Error::OutOfRange {
                field: "scenario.policy".into(),
                value: 0.0,
                expected: format!(
                    "the policy timeline the evaluator was built for, '{}'",
                    self.policy.name
                ),
            });
        }
        Ok(())
    }

    fn imo_basis(&self) -> Result<&AccountingBasis> {
        self.bases.first().ok_or_else(|| Error::Empty {
            field: "bases".into(),
            expected: "the IMO LCA basis".into(),
        })
    }

    /// Step 2: the year's ledger totals as Σ mass × terms — the whole ledger under the IMO LCA,
    /// each EU regime's scope share under its basis, shore power as `account` adds it — and
    /// the fuel cost, (work × share) × SFC × LCV (IMO LCA) × price, as `run`.
    fn year_totals(
        &self,
        scenario: &CorridorScenario,
        ctx: &YearContext,
        terms: &OptionTerms,
    ) -> Result<YearTotals> {
        let year = ctx.year;
        let b = &scenario.baseline;
        let (fe_sea, fe_berth) = (b.sea_scope.fueleu.value(), b.berth_scope.fueleu.value());
        let (ets_sea, ets_berth) = (b.sea_scope.eu_ets.value(), b.berth_scope.eu_ets.value());
        let w = scenario.work(year);
        let shares = scenario.shares(year);
        let mut t = YearTotals::default();
        for (((o, s), opt), lcvs) in scenario
            .plan
            .options
            .iter()
            .zip(&shares)
            .zip(&terms.per_basis)
            .zip(&terms.lcv)
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
                let (t_main, t_pilot) = terms_at(opt, 0)?;
                t.imo.add(sea_g + berth_g, &t_main);
                t.imo.add(sea_p + berth_p, &t_pilot);
                if let Some((bi, _)) = ctx.fueleu {
                    let (a, p) = terms_at(opt, bi)?;
                    t.fueleu.add(sea_g * fe_sea + berth_g * fe_berth, &a);
                    t.fueleu.add(sea_p * fe_sea + berth_p * fe_berth, &p);
                }
                if let Some((bi, _)) = ctx.eu_ets {
                    let (a, p) = terms_at(opt, bi)?;
                    t.eu_ets.add(sea_g * ets_sea + berth_g * ets_berth, &a);
                    t.eu_ets.add(sea_p * ets_sea + berth_p * ets_berth, &p);
                }
                let all_kwh = sea_kwh + berth_kwh;
                let energy_mj = all_kwh * s * sfc * main_lcv.clone()?;
                t.fuel_cost_usd += energy_mj / 1_000.0 * part.price_usd_per_gj.value(year);
                if let Some(p) = part.pilot {
                    let pilot_mj = all_kwh * s * pilot_sfc * pilot_lcv.clone()?;
                    t.fuel_cost_usd += pilot_mj / 1_000.0 * p.price_usd_per_gj.value(year);
                }
            }
        }
        let shore_kwh = w.berth_from_shore.kilowatt_hours();
        if shore_kwh > 0.0 {
            let mj = shore_kwh * MJ_PER_KWH;
            t.imo.add_shore(mj, self.imo_basis()?);
            if let Some(basis) = ctx.fueleu.and_then(|(bi, _)| self.bases.get(bi)) {
                t.fueleu.add_shore(mj * fe_berth, basis);
            }
        }
        t.fuel_cost_usd += shore_kwh * scenario.plan.shore_power_price_usd_per_kwh.value(year);
        Ok(t)
    }

    /// Step 3: the FuelEU intensity penalty with the consecutive multiplier (Art. 23(2)) and,
    /// when the timeline triggers the RFNBO sub-target and prices it, the RFNBO penalty (EUR).
    fn fueleu_penalties(
        &self,
        scenario: &CorridorScenario,
        ctx: &YearContext,
        fe: &Totals,
        consecutive: u32,
    ) -> Result<(Option<f64>, Option<f64>)> {
        let Some((_, target)) = ctx.fueleu else {
            return Ok((None, None));
        };
        if !scenario.baseline.counted_by(Regime::FuelEu) {
            return Ok((None, None));
        }
        let wind = scenario.plan.wind_assist_share.value(ctx.year);
        let f_wind = fueleu_wind_reward_factor(wind)?;
        let actual = g_per_mj(fe.intensity(f_wind, "GHG intensity")?);
        let cb = fueleu::compliance_balance(g_per_mj(target), actual, megajoules(fe.energy_mj))?;
        let base = fueleu::penalty(cb, actual)?.amount();
        let n = if base > 0.0 {
            consecutive.saturating_add(1)
        } else {
            0
        };
        let penalty = base * fueleu::consecutive_penalty_multiplier(n);
        let f = &self.policy.fueleu;
        let rfnbo = match f.rfnbo_price_difference_eur_per_mj {
            Some(pd)
                if f.rfnbo_subtarget_triggered
                    && ctx.year >= fueleu::data::RFNBO_SUBTARGET_FIRST_YEAR =>
            {
                Some(
                    fueleu::rfnbo_subtarget_penalty(
                        megajoules(fe.energy_mj),
                        megajoules(fe.rfnbo_energy_mj),
                        pd,
                    )?
                    .amount(),
                )
            }
            _ => None,
        };
        Ok((Some(penalty), rfnbo))
    }

    /// Step 4: the EU ETS cost, in-scope TtW × surrender share / (t per allowance) × EUA (EUR).
    fn ets_cost(
        &self,
        scenario: &CorridorScenario,
        ctx: &YearContext,
        ets: &Totals,
    ) -> Result<Option<f64>> {
        let Some((_, share)) = ctx.eu_ets else {
            return Ok(None);
        };
        let price = crate::error::non_negative(
            || "prices.eua_price_eur_per_t".into(),
            scenario.plan.prices.eua_eur_per_t.value(ctx.year),
        )?;
        let emissions_t = if scenario.baseline.counted_by(Regime::EuEts) {
            grams(ets.ttw_g).tonnes()
        } else {
            0.0
        };
        Ok(Some(
            emissions_t * share / eu_ets::data::T_CO2E_PER_ALLOWANCE * price,
        ))
    }

    /// Step 5: the NZF remedial-unit cost less the value of the surplus units (USD), in the
    /// years the timeline applies the NZF.
    fn nzf_cost(
        &self,
        scenario: &CorridorScenario,
        ctx: &YearContext,
        imo_t: &Totals,
    ) -> Result<Option<f64>> {
        let Some((base, dc)) = ctx.nzf else {
            return Ok(None);
        };
        let price = |v: f64, f: &str| crate::error::non_negative(|| f.into(), v);
        let p1 = price(
            scenario.plan.prices.nzf_tier1_usd_per_t.value(ctx.year),
            "prices.nzf_tier1_usd_per_t",
        )?;
        let p2 = price(
            scenario.plan.prices.nzf_tier2_usd_per_t.value(ctx.year),
            "prices.nzf_tier2_usd_per_t",
        )?;
        let gfi = imo_t.intensity(self.imo_basis()?.wind_reward_factor, "GHG intensity")?;
        let (tier1, tier2, surplus) = imo_nzf::units_for(
            g_per_mj(gfi),
            g_per_mj(base),
            g_per_mj(dc),
            megajoules(imo_t.energy_mj),
        );
        Ok(Some(
            tier1 * p1 + tier2 * p2 - surplus * self.policy.nzf.surplus_unit_value_usd_per_t,
        ))
    }
}

/// Step 6: the year's summary from its totals and regime costs.
fn summary(
    scenario: &CorridorScenario,
    year: i32,
    t: &YearTotals,
    fueleu_penalty: Option<f64>,
    rfnbo_penalty: Option<f64>,
    ets_cost: Option<f64>,
    nzf_cost: Option<f64>,
) -> YearSummary {
    let usd_per_eur = scenario.plan.prices.usd_per_eur.value(year);
    let carbon_cost_usd = (fueleu_penalty.unwrap_or(0.0) + rfnbo_penalty.unwrap_or(0.0))
        * usd_per_eur
        + ets_cost.map_or(0.0, |c| c * usd_per_eur)
        + nzf_cost.unwrap_or(0.0);
    let transport_work =
        scenario.baseline.transport_work_teu_km * scenario.work(year).activity_factor;
    let wtw_t = t.imo.total_g * 1e-6;
    YearSummary {
        year,
        energy_mj: t.imo.energy_mj,
        well_to_wake_t: wtw_t,
        intensity_g_per_teu_km: wtw_t * 1e6 / transport_work,
        fuel_cost: usd(t.fuel_cost_usd),
        fueleu_penalty: fueleu_penalty.map(eur),
        fueleu_rfnbo_penalty: rfnbo_penalty.map(eur),
        eu_ets_cost: ets_cost.map(eur),
        imo_nzf_cost: nzf_cost.map(usd),
        carbon_cost: usd(carbon_cost_usd),
        total_cost: usd(t.fuel_cost_usd + carbon_cost_usd),
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
    ///     policy: Default::default(),
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
