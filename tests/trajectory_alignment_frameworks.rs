//! Documented API tests: framework alignment (Poseidon Principles, Sea Cargo Charter, SBTi
//! SDA), the policy timeline's effect on the regimes, and the aligned-path solver. Each expected
//! value is derived by hand in the comment beside it.

use approx::assert_abs_diff_eq;
use green_corridor::ledger::{Place, PortClass, PortRef};
use green_corridor::prelude::*;
use green_corridor::regulation::cii::{CiiShip, CiiShipType};
use green_corridor::regulation::timeline::PolicyTimeline;
use green_corridor::regulation::{eu_ets, fueleu, imo_nzf};
use green_corridor::trajectory::frameworks::{
    AER_IMPROVEMENT_2008_2018, Ambition, IntensityTrajectory, hfo_wtw_per_ttw_co2,
};
use green_corridor::trajectory::targets::sbti_umas_1_5c;
use green_corridor::trajectory::{Checkpoint, Interpolation, Series};
use green_corridor::units::megajoules;

/// Transport work +2 %/yr from 2008 (2008 = 1), geometric: T(2030) = 1.02^22 = 1.545980.
fn transport_work() -> Series {
    Series::new(
        vec![
            Checkpoint {
                year: 2008,
                value: 1.0,
            },
            Checkpoint {
                year: 2050,
                value: 1.02f64.powi(42),
            },
        ],
        Interpolation::Geometric,
    )
    .unwrap()
}

#[test]
fn a_vessels_poseidon_delta_equals_the_hand_computation() {
    // 150,000 DWT container ship, minimum trajectory, 2030.
    // CII reference line 2019 (MEPC.353(78) Table 1, container: a = 1984, c = 0.489):
    //   1984 × 150,000^−0.489 = 5.840272 gCO2/dwt-nm.
    // AER 2008 = 5.840272 / (1 − 0.21) = 7.392749 (Fourth IMO GHG Study improvement 2008–2018).
    // WtW/TtW of HFO under the IMO LCA: TtW CO2 = 3.114/0.0402 = 77.4627 g/MJ; CH4 and N2O
    //   (0.00005 × 28 + 0.00018 × 265)/0.0402 = 1.2214 g/MJ; WtT 14.1 → 92.7841/77.4627 = 1.197791.
    // Pathway: IMO 2023 minimum P(2030) = 0.80; T(2030) = 1.545980.
    // Required = 7.392749 × 1.197791 × 0.80 / 1.545980 = 4.582190 gCO2e/dwt-nm.
    // The ship emits 90,000 t CO2e WtW over 100,000 nm: AER = 9e10 / (150,000 × 100,000) = 6.0.
    // Δ = (6.0 − 4.582190)/4.582190 = +30.94 % (misaligned).
    assert_abs_diff_eq!(AER_IMPROVEMENT_2008_2018, 0.21);
    assert_abs_diff_eq!(hfo_wtw_per_ttw_co2().unwrap(), 1.197791, epsilon = 1e-6);
    let ship = CiiShip::new(CiiShipType::ContainerShip, tonnes(150_000.0), 140_000.0).unwrap();
    let pp = IntensityTrajectory::poseidon_principles(&ship, Ambition::Minimum, &transport_work())
        .unwrap();
    assert_abs_diff_eq!(pp.base_intensity, 7.392749 * 1.197791, epsilon = 1e-5);
    assert_abs_diff_eq!(pp.required(2030).unwrap(), 4.582190, epsilon = 1e-5);
    let delta = pp.delta(2030, 6.0).unwrap().unwrap();
    assert_abs_diff_eq!(delta, 0.309418, epsilon = 1e-5);
    assert!(pp.derivation.starts_with("DERIVED"));
    // Striving: P(2030) = 0.70 → required 4.009416, Δ = +49.65 %.
    let st = IntensityTrajectory::poseidon_principles(&ship, Ambition::Striving, &transport_work())
        .unwrap();
    assert_abs_diff_eq!(
        st.delta(2030, 6.0).unwrap().unwrap(),
        0.496477,
        epsilon = 1e-5
    );
    // Net zero in 2050: no relative delta.
    assert_eq!(pp.delta(2050, 1.0).unwrap(), None);
    // Sea Cargo Charter, per voyage: reference utilisation 0.7 → required EEOI 2030 =
    // 4.582190/0.7 = 6.545986 g/t-nm. A voyage of 5,000 nm with 80,000 t of cargo emitting
    // 2,400 t: EEOI = 2.4e9/(80,000 × 5,000) = 6.0 → Δ = 6.0/6.545986 − 1 = −8.34 %.
    let scc =
        IntensityTrajectory::sea_cargo_charter(&ship, Ambition::Minimum, &transport_work(), 0.7)
            .unwrap();
    let d = scc
        .voyage_delta(2030, 2.4e9, 80_000.0, 5_000.0)
        .unwrap()
        .unwrap();
    assert_abs_diff_eq!(d, 6.0 / (4.582190 / 0.7) - 1.0, epsilon = 1e-5);
}

#[test]
fn sbti_sda_converges_on_the_sector() {
    // Sector: SBTi/UMAS 1.5 °C (reference 2020 = 1, 2030 0.55, 2040 0) at 10 g/unit in 2020,
    // flat transport work. Company: 12 g/unit in 2020 (base year).
    // I_s(2030) = 5.5, I_s(2040) = 0; d = 12 − 10 = 2; p(2030) = (5.5 − 0)/(10 − 0) = 0.55;
    // I_c(2030) = 5.5 + 2 × 0.55 = 6.6 → path 6.6/12 = 0.55. I_c(2040) = 0.
    let flat = Series::constant(1.0).unwrap();
    let sda =
        IntensityTrajectory::sbti_sda(&sbti_umas_1_5c(2020).unwrap(), 10.0, &flat, 2020, 12.0)
            .unwrap();
    assert_abs_diff_eq!(sda.required(2030).unwrap(), 6.6, epsilon = 1e-9);
    assert_abs_diff_eq!(sda.required(2040).unwrap(), 0.0, epsilon = 1e-9);
    assert_abs_diff_eq!(
        sda.delta(2030, 7.26).unwrap().unwrap(),
        0.10,
        epsilon = 1e-9
    );
}

fn vlsfo_ledger(scope: impl Into<green_corridor::ledger::Scope>) -> FuelLedger {
    let mut l = FuelLedger::new();
    l.add(
        PathwayId::Vlsfo,
        ConverterClass::Ice,
        tonnes(1_000.0),
        "sea",
        scope,
    )
    .unwrap();
    l
}

#[test]
fn the_default_timeline_counts_no_nzf_and_the_2028_one_reproduces_the_draft() {
    let ledger = vlsfo_ledger(ScopeShare::NONE);
    let prices = imo_nzf::NzfPrices::mepc83_2028_2030();
    // Default: not in force, no targets in any year.
    let default = PolicyTimeline::default();
    for y in 2025..=2050 {
        assert!(default.nzf.targets(y).unwrap().is_none(), "{y}");
    }
    // nzf_2028: the draft's own targets 2028–2035 — the same assessment as the regulation's.
    let t = PolicyTimeline::nzf_2028();
    for y in 2028..=2035 {
        let own = imo_nzf::assess(&ledger, y, &prices).unwrap();
        let via =
            imo_nzf::assess_with_targets(&ledger, y, t.nzf.targets(y).unwrap().unwrap(), &prices)
                .unwrap();
        assert_eq!(own, via, "{y}");
    }
    // …and the 2035 targets held after 2035 (93.3 × 0.70 = 65.31, × 0.57 = 53.181).
    let held = t.nzf.targets(2042).unwrap().unwrap();
    assert_abs_diff_eq!(held.base.g_per_mj(), 65.31, epsilon = 1e-9);
    assert_abs_diff_eq!(
        held.direct_compliance.unwrap().g_per_mj(),
        53.181,
        epsilon = 1e-9
    );
    // Before 2028 nothing, even when in force.
    assert!(t.nzf.targets(2027).unwrap().is_none());
}

#[test]
fn rfnbo_subtarget_penalty_by_hand() {
    // 2034, all in FuelEU scope: 980 t VLSFO (LCV 0.0405 MJ/g, FuelEU Annex II) and 20 t
    // e-methanol (LCV 0.0199 MJ/g, certified 8 gCO2e/MJ: an RFNBO under the 28.2 ceiling).
    // E = Σ M·LCV; E_RFNBO = 20e6 g × 0.0199 = 398,000 MJ; 2 % × E − E_RFNBO is the shortfall;
    // penalty = shortfall × Pd with Pd = EUR 0.05/MJ.
    let mut ledger = FuelLedger::new();
    ledger
        .add(
            PathwayId::Vlsfo,
            ConverterClass::Ice,
            tonnes(980.0),
            "sea",
            ScopeShare::FULL,
        )
        .unwrap();
    let e_meoh = Fuel::certified(
        PathwayId::EMethanol,
        green_corridor::fuel::Certificate::total_e_g_per_mj(8.0).unwrap(),
    );
    ledger
        .add(
            e_meoh,
            ConverterClass::Ice,
            tonnes(20.0),
            "sea",
            ScopeShare::FULL,
        )
        .unwrap();
    let policy = fueleu::FuelEuPolicy {
        rfnbo_subtarget_triggered: true,
        rfnbo_price_difference_eur_per_mj: Some(0.05),
        ..Default::default()
    };
    let a = fueleu::assess(&ledger, 2034, &policy.options(None, 0)).unwrap();
    let e = a.energy.megajoules();
    let vlsfo_lcv = (e - 398_000.0) / 980e6;
    assert_abs_diff_eq!(a.rfnbo_energy.megajoules(), 398_000.0, epsilon = 1e-6);
    let shortfall = 0.02 * e - 398_000.0;
    // E = 980e6 × 0.0405 + 398,000 = 39,690,000 + 398,000 = 40,088,000 MJ; 2 % = 801,760 MJ;
    // shortfall 403,760 MJ × EUR 0.05 = EUR 20,188.
    assert_abs_diff_eq!(vlsfo_lcv, 0.0405, epsilon = 1e-12);
    assert_abs_diff_eq!(shortfall, 403_760.0, epsilon = 1e-6);
    let sub = a.rfnbo_subtarget.unwrap();
    assert!(!sub.met);
    assert_abs_diff_eq!(sub.shortfall.megajoules(), 403_760.0, epsilon = 1e-6);
    assert_abs_diff_eq!(sub.penalty.unwrap().amount(), 20_188.0, epsilon = 1e-6);
    assert_abs_diff_eq!(
        fueleu::rfnbo_subtarget_penalty(megajoules(e), a.rfnbo_energy, 0.05)
            .unwrap()
            .amount(),
        20_188.0,
        epsilon = 1e-6
    );
    // Not triggered (the default timeline): no sub-target check at all.
    let plain = fueleu::assess(
        &ledger,
        2034,
        &PolicyTimeline::default().fueleu.options(None, 0),
    )
    .unwrap();
    assert!(plain.rfnbo_subtarget.is_none());
    // The reward window is the timeline's: RWD 2 in 2033 by default, 1 when it ends in 2030.
    let b2033 = fueleu::basis(2033, &PolicyTimeline::default().fueleu.options(None, 0)).unwrap();
    assert_eq!(b2033.rfnbo_reward_factor, 2.0);
    let short = fueleu::FuelEuPolicy {
        rfnbo_reward_last_year: 2030,
        ..Default::default()
    };
    assert_eq!(
        fueleu::basis(2033, &short.options(None, 0))
            .unwrap()
            .rfnbo_reward_factor,
        1.0
    );
}

#[test]
fn ets_parameters_come_from_the_timeline() {
    // 100 t VLSFO Rotterdam → Shanghai, 2026: extra-EU, so 50 % by default.
    // In scope 50 t × 3.114 = 155.7 t CO2 (+ CH4/N2O from 2026, read from the basis).
    let passage = Place::Passage {
        from: PortRef::new("NLRTM", PortClass::EeaMemberState),
        to: PortRef::new("CNSHA", PortClass::ThirdCountry),
        previous: None,
        next: None,
    };
    let mut ledger = FuelLedger::new();
    ledger
        .add(
            PathwayId::Vlsfo,
            ConverterClass::Ice,
            tonnes(100.0),
            "RTM-SHA",
            passage,
        )
        .unwrap();
    let default = eu_ets::EtsPolicy::default();
    let ctx = default.scope_context(2026, true).unwrap();
    let half = eu_ets::assess_under(&ledger, &ctx, 80.0, &default).unwrap();
    // A review raising the extra-EU share to 100 % doubles the allowances.
    let full_policy = eu_ets::EtsPolicy {
        extra_eu_share: 1.0,
        ..Default::default()
    };
    let full = eu_ets::assess_under(
        &ledger,
        &full_policy.scope_context(2026, true).unwrap(),
        80.0,
        &full_policy,
    )
    .unwrap();
    assert_abs_diff_eq!(full.allowances, 2.0 * half.allowances, epsilon = 1e-9);
    // Ice-class relief: 5 % fewer allowances to 2030, none after.
    let ice = eu_ets::EtsPolicy {
        ice_class_relief: true,
        ..Default::default()
    };
    let iced =
        eu_ets::assess_under(&ledger, &ice.scope_context(2026, true).unwrap(), 80.0, &ice).unwrap();
    assert_abs_diff_eq!(iced.allowances, 0.95 * half.allowances, epsilon = 1e-9);
    let ctx31 = ice.scope_context(2031, true).unwrap();
    let later = eu_ets::assess_under(&ledger, &ctx31, 80.0, &ice).unwrap();
    let plain31 = eu_ets::assess_under(&ledger, &ctx31, 80.0, &default).unwrap();
    assert_abs_diff_eq!(later.allowances, plain31.allowances, epsilon = 1e-12);
    // CH4/N2O from 2026 in the Directive: in 2025 CO2 only, 50 t × 3.114 × 70 % = 108.99 EUA.
    let y25 = eu_ets::assess_under(
        &ledger,
        &default.scope_context(2025, true).unwrap(),
        80.0,
        &default,
    )
    .unwrap();
    assert_abs_diff_eq!(y25.allowances, 50.0 * 3.114 * 0.70, epsilon = 1e-9);
    assert!(!y25.includes_ch4_and_n2o && half.includes_ch4_and_n2o);
}
