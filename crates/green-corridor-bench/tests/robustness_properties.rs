//! Issue 14, the property half of `tests/robustness.rs` (moved here with proptest so that the
//! library's own dev-dependencies stay light): proptest properties over extreme inputs (years
//! across the whole `i32`, magnitudes from 1e-320 to 1e308, NaN and infinities) on each public
//! entry point of the numeric, fuel, emissions, vessel, regulation and trajectory-pathway
//! layers, asserting no panic and that an `Ok` holds only finite numbers.

#[path = "../../../tests/common/mod.rs"]
mod common;

use common::exercise::{EXTREMES, YEARS, exercise_numbers};
use green_corridor::emissions::AccountingBasis;
use green_corridor::fuel::{ConverterClass, FactorSet, PathwayId};
use green_corridor::ledger::{FuelLedger, ScopeShare};
use green_corridor::numeric::years::{YEAR_MAX, YEAR_MIN};
use green_corridor::regulation::cii::{self, CiiRating, CiiShip, CiiShipType};
use green_corridor::regulation::{eu_ets, fueleu};
use green_corridor::trajectory::{
    Checkpoint, Interpolation, PathwayKind, Series, TargetPathway, alignment_delta,
    to_intensity_path,
};
use green_corridor::units::{g_per_mj, megajoules, mj_per_g, nautical_miles, tonnes};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------
// Properties over extreme inputs
// ---------------------------------------------------------------------------------------

/// A number from the extremes, from the whole range of magnitudes 1e-320..1e308 (either
/// sign), or any bit pattern (NaN and infinities included).
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        prop::sample::select(EXTREMES.to_vec()),
        (-320.0f64..308.0).prop_map(|e| 10f64.powf(e)),
        (-320.0f64..308.0).prop_map(|e| -(10f64.powf(e))),
        any::<u64>().prop_map(f64::from_bits),
        0.0f64..1e6,
    ]
}

/// A year from the extremes, the documented range, or the whole `i32`.
fn year() -> impl Strategy<Value = i32> {
    prop_oneof![
        prop::sample::select(YEARS.to_vec()),
        1890i32..2210,
        any::<i32>(),
    ]
}

fn interpolation() -> impl Strategy<Value = Interpolation> {
    prop::sample::select(vec![
        Interpolation::Linear,
        Interpolation::Geometric,
        Interpolation::Step,
    ])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn pathways_never_panic_and_ok_is_finite(
        points in prop::collection::vec((year(), number()), 1..5),
        how in interpolation(),
        relative in any::<bool>(),
        reference in year(),
        asked in prop::collection::vec(year(), 1..6),
        reference_value in number(),
    ) {
        let kind = if relative {
            PathwayKind::Relative { reference_year: reference }
        } else {
            PathwayKind::Intensity { unit: "g".into() }
        };
        let cps = points.iter().map(|&(year, value)| Checkpoint { year, value }).collect();
        if let Ok(p) = TargetPathway::new("p", "", "", kind, cps, how) {
            let (a, b) = p.years();
            prop_assert!((YEAR_MIN..=YEAR_MAX).contains(&a) && (YEAR_MIN..=YEAR_MAX).contains(&b));
            for &y in &asked {
                if let Ok(v) = p.value(y) { prop_assert!(v.is_finite()); }
                let r = green_corridor::trajectory::Reference::measured(reference, reference_value.abs(), "test").ok();
                if let Ok(v) = p.absolute(y, r.as_ref()) { prop_assert!(v.is_finite()); }
                if let Ok(r) = green_corridor::trajectory::Reference::on_pathway(&p, y, reference_value.abs()) {
                    prop_assert!(r.value.is_finite());
                }
            }
        }
    }

    #[test]
    fn series_never_panic_and_values_are_finite(
        points in prop::collection::vec((year(), number()), 1..5),
        how in interpolation(),
        asked in prop::collection::vec(year(), 1..6),
        k in number(),
    ) {
        let cps = points.iter().map(|&(year, value)| Checkpoint { year, value }).collect();
        if let Ok(s) = Series::new(cps, how) {
            for &y in &asked {
                prop_assert!(s.value(y).is_finite());
            }
            if let Ok(t) = s.scaled(k, "k") {
                for &y in &asked {
                    prop_assert!(t.value(y).is_finite());
                }
            }
        }
    }

    #[test]
    fn cii_never_panics_and_ok_is_finite(
        type_index in 0usize..CiiShipType::ALL.len(),
        dwt in number(), gt in number(), co2 in number(), distance in number(),
        rating_year in year(),
        ratings in prop::collection::vec((year(), 0usize..5), 0..6),
    ) {
        let opts = cii::CiiOptions::default();
        if let Ok(ship) = CiiShip::new(CiiShipType::ALL[type_index], tonnes(dwt), gt) {
            if let Ok(a) = cii::attained_from_co2(&ship, tonnes(co2), nautical_miles(distance), &opts) {
                prop_assert!(a.is_finite());
                if let Ok(r) = cii::rate(&ship, a, rating_year, &opts) {
                    prop_assert!(r.attained_over_required.is_finite());
                    prop_assert!(r.boundaries.required.is_finite());
                }
            }
        }
        use CiiRating::*;
        let rs: Vec<(i32, CiiRating)> =
            ratings.iter().map(|&(y, r)| (y, [A, B, C, D, E][r])).collect();
        let plain = cii::corrective_action_years(&rs);
        if let Ok(checked) = cii::checked_corrective_action_years(&rs) {
            prop_assert_eq!(checked, plain);
        }
    }

    #[test]
    fn fueleu_never_panics_and_ok_is_finite(
        target in number(), actual in number(), energy in number(),
        balances in prop::collection::vec(number(), 1..20),
        banked in number(), repay in number(), mass in number(),
    ) {
        if let Ok(cb) = fueleu::compliance_balance(g_per_mj(target), g_per_mj(actual), megajoules(energy)) {
            prop_assert!(cb.value.is_finite());
            if let Ok(p) = fueleu::penalty(cb, g_per_mj(actual)) {
                prop_assert!(p.amount().is_finite() && p.amount() >= 0.0);
            }
        }
        let members: Vec<fueleu::PoolMember> =
            balances.iter().map(|&b| fueleu::PoolMember::new("m", tonnes(b))).collect();
        if let Ok(out) = fueleu::pool(&members) {
            for m in &out {
                prop_assert!(m.balance_after.value.is_finite() && m.transfer.value.is_finite());
                prop_assert!(m.balance_after.value >= 0.0);
            }
        }
        let mut ledger = FuelLedger::new();
        if ledger.add(PathwayId::Hfo, ConverterClass::Ice, tonnes(mass), "eu", ScopeShare::FULL).is_ok() {
            let options = fueleu::FuelEuOptions {
                flexibility: fueleu::Flexibility {
                    banked_surplus_t: banked,
                    borrow_t: 0.0,
                    borrowed_previous_period_t: repay,
                },
                ..Default::default()
            };
            if let Ok(a) = fueleu::assess(&ledger, 2030, &options) {
                prop_assert!(a.penalty.amount().is_finite());
                prop_assert!(a.verified_balance.value.is_finite());
                prop_assert!(a.deficit_t_vlsfo_eq.is_finite());
                prop_assert!(a.ghg_intensity.value.is_finite());
            }
        }
    }

    #[test]
    fn accounting_never_panics_and_ok_is_finite(
        masses in prop::collection::vec(number(), 1..4),
        lcv in number(), cf in number(), price in number(),
    ) {
        let mut set = FactorSet::imo_lca();
        let mut hfo = set.get(&PathwayId::Hfo).unwrap().clone();
        hfo.lcv = mj_per_g(lcv);
        hfo.cf_co2 = green_corridor::units::g_per_g(cf);
        let basis = if set.insert(PathwayId::Hfo, hfo).is_ok() {
            AccountingBasis::imo_lca().with_factors(set)
        } else {
            AccountingBasis::imo_lca()
        };
        let mut ledger = FuelLedger::new();
        for &m in &masses {
            let _ = ledger.add(PathwayId::Hfo, ConverterClass::Ice, tonnes(m), "sea", ScopeShare::FULL);
        }
        if !ledger.is_empty() {
            if let Ok(e) = basis.account(&ledger) {
                prop_assert!(e.total().value.is_finite() && e.energy.value.is_finite());
                if let Ok(i) = e.intensity() { prop_assert!(i.value.is_finite()); }
            }
            if let Ok(a) = eu_ets::assess(&ledger, 2026, price, &Default::default()) {
                prop_assert!(a.cost.amount().is_finite() && a.allowances.is_finite());
            }
        }
    }

    #[test]
    fn alignment_never_panics_and_ok_is_finite(
        attained in number(), required in number(), y in year(), a in number(), act in number(),
        weights in prop::collection::vec((number(), number()), 0..4),
    ) {
        if let Ok(d) = alignment_delta(attained, required) { prop_assert!(d.is_finite()); }
        if let Ok(v) = to_intensity_path(&[(y, a)], &[(y, act)]) {
            prop_assert!(v.iter().all(|(_, x)| x.is_finite()));
        }
        if let Ok(v) = green_corridor::trajectory::to_absolute_path(&[(y, a)], &[(y, act)]) {
            prop_assert!(v.iter().all(|(_, x)| x.is_finite()));
        }
        if let Ok(p) = green_corridor::trajectory::portfolio_alignment(&weights) {
            prop_assert!(p.is_finite());
        }
    }

    #[test]
    fn the_fuzz_harness_on_random_bytes_finds_nothing(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        if let Err(finding) = exercise_numbers(&bytes) {
            prop_assert!(false, "{}", finding);
        }
    }
}
