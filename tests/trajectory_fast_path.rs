//! Documented API test: the trajectory fast path (`CorridorScenario::run_summary`,
//! `SummaryEvaluator`) equals the reference `CorridorScenario::run` year by year.
//!
//! Worked check: the 2025–2050 corridor of `benches/common/corridor.rs` (four fuel options, three
//! with MGO pilot fuel, certified RFNBO and biofuel, half the sea leg and all berth work in
//! EU scope, shore power and wind assistance from 2030/2032 — so FuelEU penalties and
//! their consecutive multiplier, the EU ETS phase-in and the NZF tiers all move) and 20
//! Monte-Carlo draws of it; every headline number must agree within 1e-9 relative.

#[path = "../benches/common/corridor.rs"]
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
                close(a, b.cost().amount()),
                "{} NZF {a} vs {}",
                f.year,
                b.cost().amount()
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
    use green_corridor::trajectory::scenario::NzfBeyondTable;
    let mut s = corridor::corridor();
    s.plan.nzf_beyond_2035 = NzfBeyondTable::HoldLastTargets;
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
