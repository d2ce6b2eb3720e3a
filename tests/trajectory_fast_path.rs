//! Documented API test: the trajectory fast path (`CorridorScenario::run_summary`,
//! `SummaryEvaluator`) equals the reference `CorridorScenario::run` year by year.
//!
//! Worked check: the 2025–2050 corridor of `tests/common/corridor.rs` (four fuel options, three
//! with MGO pilot fuel, certified RFNBO and biofuel, half the sea leg and all berth work in
//! EU scope, shore power and wind assistance from 2030/2032 — so FuelEU penalties and
//! their consecutive multiplier, the EU ETS phase-in and the NZF tiers all move) and 20
//! Monte-Carlo draws of it; every headline number must agree within 1e-9 relative.

#[path = "common/corridor.rs"]
mod corridor;

use green_corridor::numeric::rng::Rng;
use green_corridor::prelude::*;
use green_corridor::trajectory::scenario::CorridorScenario;
use green_corridor::trajectory::summary::SummaryEvaluator;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()) + 1e-9
}

fn check(s: &CorridorScenario, evaluator: &SummaryEvaluator) -> (usize, usize) {
    let full = s.run().unwrap();
    let fast = evaluator.evaluate(s).unwrap();
    assert_eq!(full.len(), fast.len());
    let (mut penalties, mut nzf) = (0, 0);
    for (f, r) in fast.iter().zip(&full) {
        assert_eq!(f.year, r.year);
        for (name, a, b) in [
            ("energy_mj", f.energy_mj, r.energy_mj),
            ("well_to_wake_t", f.well_to_wake_t, r.well_to_wake_t),
            (
                "intensity",
                f.intensity_g_per_teu_km,
                r.intensity_g_per_teu_km,
            ),
            ("fuel_cost_usd", f.fuel_cost.amount(), r.fuel_cost.amount()),
            (
                "carbon_cost_usd",
                f.carbon_cost.amount(),
                r.carbon_cost.amount(),
            ),
            (
                "total_cost_usd",
                f.total_cost.amount(),
                r.total_cost.amount(),
            ),
        ] {
            assert!(close(a, b), "{} {name}: fast {a} vs run {b}", f.year);
        }
        assert_eq!(
            f.fueleu_penalty.map(|m| m.amount()).is_some(),
            r.fueleu.is_some()
        );
        if let (Some(a), Some(b)) = (f.fueleu_penalty.map(|m| m.amount()), &r.fueleu) {
            assert!(
                close(a, b.penalty.amount()),
                "{} penalty {a} vs {}",
                f.year,
                b.penalty.amount()
            );
            if a > 0.0 {
                penalties += 1;
            }
        }
        if let (Some(a), Some(b)) = (f.eu_ets_cost.map(|m| m.amount()), &r.eu_ets) {
            assert!(close(a, b.cost.amount()), "{} ETS", f.year);
        }
        assert_eq!(
            f.imo_nzf_cost.map(|m| m.amount()).is_some(),
            r.imo_nzf.is_some()
        );
        if let (Some(a), Some(b)) = (f.imo_nzf_cost.map(|m| m.amount()), &r.imo_nzf) {
            assert!(
                close(a, b.net_cost().amount()),
                "{} NZF {a} vs {}",
                f.year,
                b.net_cost().amount()
            );
            nzf += 1;
        }
    }
    (penalties, nzf)
}

#[test]
fn fast_path_equals_run_on_the_corridor_and_its_samples() {
    let s = corridor::corridor();
    let evaluator = SummaryEvaluator::new(&s).unwrap();
    let (penalties, nzf) = check(&s, &evaluator);
    assert!(penalties >= 2, "FuelEU penalties in {penalties} years");
    assert_eq!(nzf, 8, "NZF 2028–2035");
    let spec = corridor::uncertainty(20);
    for i in 0..20 {
        let mut rng = Rng::stream(spec.seed, i);
        let sample = spec.sample_scenario(&s, &mut rng).unwrap();
        check(&sample, &evaluator);
    }
}

#[test]
fn fast_path_equals_run_without_eu_scope_and_with_a_wind_reward() {
    let mut s = corridor::corridor();
    s.baseline.sea_scope = ScopeShare::NONE.into();
    s.baseline.berth_scope = ScopeShare::NONE.into();
    let e = SummaryEvaluator::new(&s).unwrap();
    check(&s, &e);
    let mut s = corridor::corridor();
    s.plan.wind_assist_share = green_corridor::trajectory::Series::constant(0.12).unwrap();
    s.plan.start_year = 2026;
    s.plan.end_year = 2040;
    let e = SummaryEvaluator::new(&s).unwrap();
    check(&s, &e);
    // An evaluator refuses a scenario with other years.
    assert!(e.evaluate(&corridor::corridor()).is_err());
}

#[test]
fn holding_the_2035_nzf_targets_applies_them_after_2035_in_both_paths() {
    use green_corridor::regulation::timeline::PolicyTimeline;
    let mut s = corridor::corridor();
    s.plan.policy = PolicyTimeline::nzf_2028();
    let e = SummaryEvaluator::new(&s).unwrap();
    let (_, nzf) = check(&s, &e);
    assert_eq!(nzf, 23, "NZF 2028–2050 when the 2035 targets are held");
    // 2040 under the held targets: tier 2 = (GFI − 65.310)·E, tier 1 = (min(GFI, 65.310) − 53.181)·E
    // (MEPC 83 draft, 2035 base 30 % and direct compliance 43 % below 93.3 gCO2e/MJ).
    let r = s.year_result(2040).unwrap();
    let n = r.imo_nzf.unwrap();
    let e_mj = r.energy_mj;
    let t2 = (n.gfi.g_per_mj() - 65.31).max(0.0) * e_mj * 1e-6;
    let t1 = (n.gfi.g_per_mj().min(65.31) - 53.181).max(0.0) * e_mj * 1e-6;
    assert!(
        close(n.tier2_units_t, t2) && close(n.tier1_units_t, t1),
        "{n:?}"
    );
}

#[test]
fn every_timeline_parameter_moves_both_paths_alike() {
    use green_corridor::regulation::timeline::{NzfAfter2035, NzfPolicy, PolicyTimeline};
    // RFNBO sub-target triggered and priced, reward window shortened, ice-class relief, CH4/N2O
    // from 2027, the NZF from 2030 to the 2040 base with surplus units valued: the fast path and
    // `run` must still agree year by year.
    let mut s = corridor::corridor();
    let mut t = PolicyTimeline::adopted_law();
    t.name = "test: every parameter".into();
    t.nzf = NzfPolicy {
        surplus_unit_value_usd_per_t: 150.0,
        ..NzfPolicy::from_year(2030, NzfAfter2035::LinearTo2040Base)
    };
    t.fueleu.rfnbo_subtarget_triggered = true;
    t.fueleu.rfnbo_price_difference_eur_per_mj = Some(0.03);
    t.fueleu.rfnbo_reward_last_year = 2030;
    t.eu_ets.ice_class_relief = true;
    t.eu_ets.non_co2_from_year = 2027;
    s.plan.policy = t;
    let e = SummaryEvaluator::new(&s).unwrap();
    let (_, nzf) = check(&s, &e);
    assert_eq!(
        nzf, 21,
        "NZF 2030–2050 (2036–2040 linear to the 2040 base, then held)"
    );
    let fast = e.evaluate(&s).unwrap();
    let full = s.run().unwrap();
    for (f, r) in fast.iter().zip(&full) {
        let run_penalty = r
            .fueleu
            .as_ref()
            .and_then(|a| a.rfnbo_subtarget.as_ref())
            .and_then(|x| x.penalty.map(|m| m.amount()));
        let fast_penalty = f.fueleu_rfnbo_penalty.map(|m| m.amount());
        assert_eq!(fast_penalty.is_some(), f.year >= 2034, "{}", f.year);
        assert_eq!(run_penalty.is_some(), f.year >= 2034, "{}", f.year);
        if let (Some(a), Some(b)) = (fast_penalty, run_penalty) {
            assert!(close(a, b), "{} RFNBO penalty {a} vs {b}", f.year);
        }
    }
    // The default timeline counts no NZF cost in any year.
    let mut d = corridor::corridor();
    d.plan.policy = PolicyTimeline::default();
    assert!(d.run().unwrap().iter().all(|r| r.imo_nzf.is_none()));
    // An evaluator built for one timeline refuses another.
    assert!(e.evaluate(&d).is_err());
}
