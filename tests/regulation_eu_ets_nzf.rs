//! EU ETS maritime and the IMO Net-Zero Framework (draft), with hand-derived values.
//!
//! EU ETS (Directive (EU) 2023/959): TtW, FuelEU Annex II Cf, GWP AR5 28/265 for CH4/N2O
//! from 2026; phase-in 40/70/100 % for 2024/2025/2026+.
//! NZF (MEPC 83 approved draft, not adopted): GFI under the IMO LCA (AR5, WtW); targets
//! 93.3 × (1 − r); tier 1 USD 100/t, tier 2 USD 380/t.

use approx::assert_relative_eq;
use green_corridor::prelude::*;
use green_corridor::regulation::eu_ets::{self, PhaseIn};
use green_corridor::regulation::imo_nzf::{self, NzfPrices};

fn one(pathway: PathwayId, converter: ConverterClass, t: f64, scope: ScopeShare) -> FuelLedger {
    let mut l = FuelLedger::new();
    l.add(pathway, converter, tonnes(t), "leg", scope).unwrap();
    l
}

#[test]
fn ets_phase_in_and_scope() {
    // 1,000 t HFO, 100 % in scope: 3,114 tCO2 (CH4/N2O not counted before 2026).
    // 2024: 40 % → 1,245.6 EUA; 2025: 70 % → 2,179.8 EUA. At EUR 80: 99,648 and 174,384 EUR.
    let l = one(
        PathwayId::Hfo,
        ConverterClass::Ice,
        1_000.0,
        ScopeShare::FULL,
    );
    let p = PhaseIn::default();
    let a24 = eu_ets::assess(&l, 2024, 80.0, &p).unwrap();
    assert_relative_eq!(
        a24.emissions_in_scope.tonnes(),
        3_114.0,
        max_relative = 1e-12
    );
    assert_relative_eq!(a24.allowances, 1_245.6, max_relative = 1e-12);
    assert_relative_eq!(a24.cost.amount(), 99_648.0, max_relative = 1e-12);
    let a25 = eu_ets::assess(&l, 2025, 80.0, &p).unwrap();
    assert_relative_eq!(a25.allowances, 2_179.8, max_relative = 1e-12);
    // 2026: 100 % and CH4/N2O with AR5: 3,114 + 1,000·(28·0.00005 + 265·0.00018)
    // = 3,114 + 1.4 + 47.7 = 3,163.1 t.
    let a26 = eu_ets::assess(&l, 2026, 80.0, &p).unwrap();
    assert!(a26.includes_ch4_and_n2o);
    assert_relative_eq!(a26.allowances, 3_163.1, max_relative = 1e-12);
    // Half in scope (voyage to a third country): half the allowances.
    let half = one(
        PathwayId::Hfo,
        ConverterClass::Ice,
        1_000.0,
        ScopeShare::HALF,
    );
    assert_relative_eq!(
        eu_ets::assess(&half, 2026, 80.0, &p).unwrap().allowances,
        1_581.55,
        max_relative = 1e-12
    );
    // Nothing in scope (Shanghai–Los Angeles): zero allowances, not an error.
    let none = one(
        PathwayId::Hfo,
        ConverterClass::Ice,
        1_000.0,
        ScopeShare::NONE,
    );
    assert_eq!(
        eu_ets::assess(&none, 2026, 80.0, &p).unwrap().allowances,
        0.0
    );
}

#[test]
fn ets_2026_gas_change_for_lng_otto() {
    // 1,000 t LNG in an Otto MS engine (slip 3.1 %).
    // 2025 (CO2 only, no slip modelled; MRV CO2 = Cf × mass): 2,750 t; 70 % → 1,925 EUA.
    // 2026: burned 969 t → CO2 969·2.75 = 2,664.75; slip CH4 31 t · 28 = 868;
    // N2O 969·0.00011·265 = 28.24635; total 3,560.99635 t → 3,560.99635 EUA.
    let l = one(
        PathwayId::Lng,
        ConverterClass::LngOttoMediumSpeed,
        1_000.0,
        ScopeShare::FULL,
    );
    let p = PhaseIn::default();
    assert_relative_eq!(
        eu_ets::assess(&l, 2025, 1.0, &p).unwrap().allowances,
        1_925.0,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        eu_ets::assess(&l, 2026, 1.0, &p).unwrap().allowances,
        3560.99635,
        max_relative = 1e-9
    );
}

#[test]
fn ets_bad_input() {
    let l = one(PathwayId::Hfo, ConverterClass::Ice, 1.0, ScopeShare::FULL);
    assert!(matches!(
        eu_ets::assess(&l, 2023, 80.0, &PhaseIn::default()),
        Err(Error::YearOutOfRange { year: 2023, .. })
    ));
    assert!(matches!(
        eu_ets::assess(&l, 2025, -1.0, &PhaseIn::default()),
        Err(Error::Negative { .. })
    ));
    assert!(eu_ets::assess(&l, 2025, f64::NAN, &PhaseIn::default()).is_err());
}

#[test]
fn nzf_tiers_for_a_ship_between_the_two_targets() {
    // 2028: base 93.3·0.96 = 89.568; direct compliance 93.3·0.83 = 77.439.
    // A ship at GFI 80.0 with E = 1e9 MJ lies between them:
    // tier 1 = (80.0 − 77.439)·1e9 g = 2,561 t → USD 256,100; tier 2 = 0; no surplus units.
    let t = imo_nzf::targets(2028).unwrap();
    let (t1, t2, su) = imo_nzf::units_for(
        g_per_mj(80.0),
        t.base,
        t.direct_compliance.unwrap(),
        megajoules(1e9),
    );
    assert_relative_eq!(t1, 2_561.0, max_relative = 1e-9);
    assert_eq!(t2, 0.0);
    assert_eq!(su, 0.0);
    // Below the direct-compliance target: GFI 70 → surplus (77.439 − 70)·1e9 g = 7,439 t.
    let (t1, t2, su) = imo_nzf::units_for(
        g_per_mj(70.0),
        t.base,
        t.direct_compliance.unwrap(),
        megajoules(1e9),
    );
    assert_eq!((t1, t2), (0.0, 0.0));
    assert_relative_eq!(su, 7_439.0, max_relative = 1e-9);
}

#[test]
fn nzf_vlsfo_ship_above_the_base_target() {
    // VLSFO under the IMO LCA (LCV 0.0402, WtT 16.8, Cf 3.114, CH4 0.00005·28, N2O 0.00018·265):
    // GFI = 16.8 + 3.1631/0.0402 = 16.8 + 78.684080 = 95.484080 gCO2e/MJ.
    // 1,000 t → E = 1e9 g · 0.0402 = 4.02e7 MJ. 2028:
    // tier 2 = (95.484080 − 89.568)·4.02e7 g = 237.82640 t → USD 90,374.03;
    // tier 1 = (89.568 − 77.439)·4.02e7 g = 487.5858 t → USD 48,758.58.
    let l = one(
        PathwayId::Vlsfo,
        ConverterClass::Ice,
        1_000.0,
        ScopeShare::NONE,
    );
    let a = imo_nzf::assess(&l, 2028, &NzfPrices::mepc83_2028_2030()).unwrap();
    assert!(!a.adopted);
    assert_relative_eq!(a.gfi.g_per_mj(), 95.48407960199003, max_relative = 1e-9);
    assert_relative_eq!(
        a.tier2_units_t,
        (95.48407960199003 - 89.568) * 4.02e7 * 1e-6,
        max_relative = 1e-9
    );
    assert_relative_eq!(a.tier1_units_t, 487.5858, max_relative = 1e-9);
    assert_relative_eq!(a.tier1_cost.amount(), 48_758.58, max_relative = 1e-9);
    assert_relative_eq!(
        a.tier2_cost.amount(),
        a.tier2_units_t * 380.0,
        max_relative = 1e-12
    );
    assert_eq!(a.surplus_units_t, 0.0);
    assert_eq!(a.znz_energy.megajoules(), 0.0);
}

#[test]
fn nzf_znz_energy_counts_fuels_under_the_threshold() {
    // Bio-methanol with a certified WtW of 10 gCO2e/MJ (illustrative) is under 19.0 in 2030:
    // its energy, 100 t · 0.0199 MJ/g = 1.99e6 MJ, is ZNZ energy.
    let mut l = one(
        PathwayId::Vlsfo,
        ConverterClass::Ice,
        1_000.0,
        ScopeShare::NONE,
    );
    let bio = Fuel::certified(
        PathwayId::BioMethanol,
        Certificate::total_e_g_per_mj(10.0).unwrap(),
    );
    l.add(
        bio,
        ConverterClass::Ice,
        tonnes(100.0),
        "leg",
        ScopeShare::NONE,
    )
    .unwrap();
    let a = imo_nzf::assess(&l, 2030, &NzfPrices::default()).unwrap();
    assert_relative_eq!(a.znz_energy.megajoules(), 1.99e6, max_relative = 1e-9);
}

#[test]
fn nzf_years_outside_the_draft_table_are_errors() {
    let l = one(PathwayId::Vlsfo, ConverterClass::Ice, 1.0, ScopeShare::NONE);
    for y in [2027, 2036, 2039, 2040, 2041] {
        assert!(
            matches!(imo_nzf::assess(&l, y, &NzfPrices::default()), Err(Error::YearOutOfRange { year, .. }) if year == y),
            "{y}"
        );
    }
    let bad = NzfPrices {
        tier1_usd_per_t: -1.0,
        tier2_usd_per_t: 380.0,
    };
    assert!(matches!(
        imo_nzf::assess(&l, 2028, &bad),
        Err(Error::Negative { .. })
    ));
}
