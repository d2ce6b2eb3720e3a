//! FuelEU Maritime: intensity, balance, penalty, multiplier, flexibility, pooling, bad input.
//!
//! Hand derivations (Reg. (EU) 2023/1805; factors of Annex II, GWP AR4 25/298):
//!
//! * HFO: TtW = (3.114 + 25·0.00005 + 298·0.00018)/0.0405 = 3.16889/0.0405 = 78.244198;
//!   WtW = 13.5 + 78.244198 = **91.744198 gCO2e/MJ**.
//! * LNG Otto medium speed (Cslip 3.1 %): TtW = [(0.969)·(2.75 + 298·0.00011) + 0.031·25]/0.0491
//!   = (2.69651 + 0.775)/0.0491 = 70.702929; WtW = 18.5 + 70.702929 = **89.202929 gCO2e/MJ**.
//! * Limit 2025 = 91.16 · 0.98 = 89.3368; 2030 = 91.16 · 0.94 = 85.6904.
//! * Penalty = |CB| / (GHGIE · 41,000) · 2,400 EUR.

use approx::assert_relative_eq;
use green_corridor::prelude::*;
use green_corridor::regulation::fueleu::{
    self, Flexibility, FuelEuLimits, FuelEuOptions, LimitStep, PoolMember,
};

const HFO_WTW: f64 = 91.7441975308642;
const LNG_OTTO_MS_WTW: f64 = 89.20292912423625;

fn hfo_ledger(tonnes_hfo: f64, scope: ScopeShare) -> FuelLedger {
    let mut l = FuelLedger::new();
    l.add(
        PathwayId::Hfo,
        ConverterClass::Ice,
        tonnes(tonnes_hfo),
        "leg",
        scope,
    )
    .unwrap();
    l
}

#[test]
fn pure_hfo_ship_year_fully_in_scope() {
    // 10,000 t HFO: E = 1e10 g · 0.0405 MJ/g = 4.05e8 MJ.
    // CB = (89.3368 − 91.744198) · 4.05e8 = −2.407398 · 4.05e8 g = −974.996 tCO2e.
    // Penalty = 9.74996e8 / (91.744198 · 41,000) · 2,400 = 259.2032 t VLSFO-eq · 2,400
    //         = 622,087.70 EUR.
    let a = fueleu::assess(
        &hfo_ledger(10_000.0, ScopeShare::FULL),
        2025,
        &FuelEuOptions::default(),
    )
    .unwrap();
    assert_relative_eq!(a.ghg_intensity.g_per_mj(), HFO_WTW, max_relative = 1e-9);
    assert_relative_eq!(a.target.g_per_mj(), 89.3368, max_relative = 1e-12);
    assert_relative_eq!(a.energy.megajoules(), 4.05e8, max_relative = 1e-12);
    assert_relative_eq!(a.compliance_balance.tonnes(), -974.996, max_relative = 1e-9);
    assert_relative_eq!(
        a.deficit_t_vlsfo_eq,
        9.74996e8 / (HFO_WTW * 41_000.0),
        max_relative = 1e-9
    );
    assert_relative_eq!(a.penalty.amount(), 622_087.6973300214, max_relative = 1e-9);
    assert_eq!(a.consecutive_penalty_periods, 1);
    assert_eq!(a.penalty_multiplier, 1.0);
    assert_eq!(a.surplus_to_bank.tonnes(), 0.0);
}

#[test]
fn pure_hfo_ship_year_half_in_scope() {
    // Same fuel on a voyage to a third country: 50 % in scope. The intensity is unchanged;
    // the energy, balance and penalty halve: CB = −487.498 t, penalty = 311,043.85 EUR.
    let a = fueleu::assess(
        &hfo_ledger(10_000.0, ScopeShare::HALF),
        2025,
        &FuelEuOptions::default(),
    )
    .unwrap();
    assert_relative_eq!(a.ghg_intensity.g_per_mj(), HFO_WTW, max_relative = 1e-9);
    assert_relative_eq!(a.energy.megajoules(), 2.025e8, max_relative = 1e-12);
    assert_relative_eq!(a.compliance_balance.tonnes(), -487.498, max_relative = 1e-9);
    assert_relative_eq!(
        a.penalty.amount(),
        622_087.6973300214 / 2.0,
        max_relative = 1e-9
    );
}

#[test]
fn lng_otto_ship_surplus_in_2025_deficit_in_2030() {
    // 10,000 t LNG in an Otto MS engine: E = 1e10 · 0.0491 = 4.91e8 MJ.
    // 2025: CB = (89.3368 − 89.202929) · 4.91e8 = +65.7306 t (a small surplus: no penalty).
    // 2030: CB = (85.6904 − 89.202929) · 4.91e8 = −1,724.6518 t;
    // penalty = 1.7246518e9 / (89.202929 · 41,000) · 2,400 = 1,131,747.90 EUR.
    let mut l = FuelLedger::new();
    l.add(
        PathwayId::Lng,
        ConverterClass::LngOttoMediumSpeed,
        tonnes(10_000.0),
        "leg",
        ScopeShare::FULL,
    )
    .unwrap();
    let o = FuelEuOptions::default();
    let a = fueleu::assess(&l, 2025, &o).unwrap();
    assert_relative_eq!(
        a.ghg_intensity.g_per_mj(),
        LNG_OTTO_MS_WTW,
        max_relative = 1e-9
    );
    assert_relative_eq!(a.compliance_balance.tonnes(), 65.7306, max_relative = 1e-6);
    assert_eq!(a.penalty.amount(), 0.0);
    assert_eq!(a.consecutive_penalty_periods, 0);
    assert_relative_eq!(a.surplus_to_bank.tonnes(), 65.7306, max_relative = 1e-6);
    let b = fueleu::assess(&l, 2030, &o).unwrap();
    assert_relative_eq!(
        b.compliance_balance.tonnes(),
        -1724.6518,
        max_relative = 1e-8
    );
    assert_relative_eq!(b.penalty.amount(), 1_131_747.895592857, max_relative = 1e-9);
}

#[test]
fn consecutive_deficit_multiplier() {
    // Third consecutive period with a penalty: n = 3, multiplier 1 + 2/10 = 1.2.
    let o = FuelEuOptions {
        previous_consecutive_penalty_periods: 2,
        ..FuelEuOptions::default()
    };
    let a = fueleu::assess(&hfo_ledger(10_000.0, ScopeShare::FULL), 2025, &o).unwrap();
    assert_eq!(a.consecutive_penalty_periods, 3);
    assert_relative_eq!(a.penalty_multiplier, 1.2, max_relative = 1e-12);
    assert_relative_eq!(
        a.penalty.amount(),
        1.2 * 622_087.6973300214,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        fueleu::consecutive_penalty_multiplier(11),
        2.0,
        max_relative = 1e-12
    );
}

#[test]
fn wind_reward_and_shore_power_lower_the_intensity() {
    // f_wind = 0.95 for P_wind/P_prop ≥ 0.15: 0.95 · 91.744198 = 87.156988 < 89.3368 → surplus.
    let o = FuelEuOptions {
        wind_assist_power_ratio: Some(0.2),
        ..FuelEuOptions::default()
    };
    let a = fueleu::assess(&hfo_ledger(1_000.0, ScopeShare::FULL), 2025, &o).unwrap();
    assert_relative_eq!(
        a.ghg_intensity.g_per_mj(),
        0.95 * HFO_WTW,
        max_relative = 1e-9
    );
    assert!(a.compliance_balance.tonnes() > 0.0);
    // OPS at berth: 4.05e7 MJ of HFO plus 4.05e7 MJ of shore power at 0 gCO2e/MJ halves the
    // intensity: 91.744198 / 2 = 45.872099.
    let mut l = hfo_ledger(1_000.0, ScopeShare::FULL);
    l.add_shore_power(megajoules(4.05e7), "berth", ScopeShare::FULL)
        .unwrap();
    let b = fueleu::assess(&l, 2025, &FuelEuOptions::default()).unwrap();
    assert_relative_eq!(
        b.ghg_intensity.g_per_mj(),
        HFO_WTW / 2.0,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        b.shore_power_energy.megajoules(),
        4.05e7,
        max_relative = 1e-12
    );
}

#[test]
fn rfnbo_subtarget_is_reported_from_2034_when_triggered() {
    // 2034: 1,000 t HFO (4.05e7 MJ) and 20 t e-methanol (20e6 g · 0.0199 = 398,000 MJ),
    // certified E = 10 gCO2e/MJ (illustrative). Share = 398,000 / 40,898,000 = 0.973 % < 2 %.
    let mut l = hfo_ledger(1_000.0, ScopeShare::FULL);
    let e_meoh = Fuel::certified(
        PathwayId::EMethanol,
        Certificate::total_e_g_per_mj(10.0).unwrap(),
    );
    l.add(
        e_meoh,
        ConverterClass::Ice,
        tonnes(20.0),
        "leg",
        ScopeShare::FULL,
    )
    .unwrap();
    let o = FuelEuOptions {
        rfnbo_subtarget_triggered: true,
        ..FuelEuOptions::default()
    };
    let a = fueleu::assess(&l, 2034, &o).unwrap();
    let s = a.rfnbo_subtarget.unwrap();
    assert_relative_eq!(s.rfnbo_share, 398_000.0 / 40_898_000.0, max_relative = 1e-9);
    assert!(!s.met);
    assert_relative_eq!(
        s.shortfall.megajoules(),
        0.02 * 40_898_000.0 - 398_000.0,
        max_relative = 1e-9
    );
    // Not reported in 2033 nor when not triggered.
    assert!(
        fueleu::assess(&l, 2033, &o)
            .unwrap()
            .rfnbo_subtarget
            .is_none()
    );
    assert!(
        fueleu::assess(&l, 2034, &FuelEuOptions::default())
            .unwrap()
            .rfnbo_subtarget
            .is_none()
    );
}

#[test]
fn banking_and_borrowing() {
    // HFO 10,000 t, 2025: CB = −974.996 t. Borrowing limit = 0.02 · 89.3368 · 4.05e8 g
    // = 723.62808 t. Borrow 700 t and use a banked 100 t: verified = −974.996 + 100 + 700
    // = −174.996 t, penalty on that.
    let l = hfo_ledger(10_000.0, ScopeShare::FULL);
    let o = FuelEuOptions {
        flexibility: Flexibility {
            banked_surplus_t: 100.0,
            borrow_t: 700.0,
            borrowed_previous_period_t: 0.0,
        },
        ..FuelEuOptions::default()
    };
    let a = fueleu::assess(&l, 2025, &o).unwrap();
    assert_relative_eq!(a.borrowing_limit.tonnes(), 723.62808, max_relative = 1e-9);
    assert_relative_eq!(a.verified_balance.tonnes(), -174.996, max_relative = 1e-9);
    assert_relative_eq!(
        a.penalty.amount(),
        1.74996e8 / (HFO_WTW * 41_000.0) * 2_400.0,
        max_relative = 1e-9
    );
    // Next period the 700 t are repaid × 1.1 = 770 t.
    let next = FuelEuOptions {
        flexibility: Flexibility {
            borrowed_previous_period_t: 700.0,
            ..Flexibility::default()
        },
        ..FuelEuOptions::default()
    };
    let b = fueleu::assess(&l, 2026, &next).unwrap();
    assert_relative_eq!(
        b.verified_balance.tonnes(),
        -974.996 - 770.0,
        max_relative = 1e-9
    );
}

#[test]
fn borrowing_twice_in_a_row_above_the_limit_or_without_deficit_is_an_error() {
    let l = hfo_ledger(10_000.0, ScopeShare::FULL);
    let twice = FuelEuOptions {
        flexibility: Flexibility {
            borrow_t: 100.0,
            borrowed_previous_period_t: 100.0,
            ..Flexibility::default()
        },
        ..FuelEuOptions::default()
    };
    assert!(matches!(
        fueleu::assess(&l, 2026, &twice),
        Err(Error::RuleViolated { field, .. }) if field == "fueleu.flexibility.borrow_t"
    ));
    let too_much = FuelEuOptions {
        flexibility: Flexibility {
            borrow_t: 800.0,
            ..Flexibility::default()
        },
        ..FuelEuOptions::default()
    };
    assert!(matches!(
        fueleu::assess(&l, 2025, &too_much),
        Err(Error::RuleViolated { .. })
    ));
    let mut lng = FuelLedger::new();
    lng.add(
        PathwayId::Lng,
        ConverterClass::LngDieselSlowSpeed,
        tonnes(1_000.0),
        "leg",
        ScopeShare::FULL,
    )
    .unwrap();
    let no_deficit = FuelEuOptions {
        flexibility: Flexibility {
            borrow_t: 1.0,
            ..Flexibility::default()
        },
        ..FuelEuOptions::default()
    };
    assert!(matches!(
        fueleu::assess(&lng, 2025, &no_deficit),
        Err(Error::RuleViolated { .. })
    ));
    let negative = FuelEuOptions {
        flexibility: Flexibility {
            banked_surplus_t: -1.0,
            ..Flexibility::default()
        },
        ..FuelEuOptions::default()
    };
    assert!(matches!(
        fueleu::assess(&l, 2025, &negative),
        Err(Error::Negative { .. })
    ));
}

#[test]
fn pool_of_three_ships() {
    // A +1,000, B −600, C +200 (t). D = 600, S = 1,200; each surplus ship keeps
    // s · (1 − 600/1,200) = s/2: A 500, C 100; B 0. Sum before = sum after = 600.
    let out = fueleu::pool(&[
        PoolMember::new("A", tonnes(1_000.0)),
        PoolMember::new("B", tonnes(-600.0)),
        PoolMember::new("C", tonnes(200.0)),
    ])
    .unwrap();
    let after: Vec<f64> = out.iter().map(|a| a.balance_after.tonnes()).collect();
    assert_relative_eq!(after[0], 500.0, max_relative = 1e-12);
    assert_eq!(after[1], 0.0);
    assert_relative_eq!(after[2], 100.0, max_relative = 1e-12);
    assert_relative_eq!(out[1].transfer.tonnes(), 600.0, max_relative = 1e-12);
    assert_relative_eq!(after.iter().sum::<f64>(), 600.0, max_relative = 1e-12);
    // Same members in another order: same allocation per ship.
    let rev = fueleu::pool(&[
        PoolMember::new("C", tonnes(200.0)),
        PoolMember::new("B", tonnes(-600.0)),
        PoolMember::new("A", tonnes(1_000.0)),
    ])
    .unwrap();
    assert_eq!(rev[2].balance_after, out[0].balance_after);
}

#[test]
fn pool_in_deficit_or_with_a_borrower_is_an_error() {
    let err = fueleu::pool(&[
        PoolMember::new("A", tonnes(100.0)),
        PoolMember::new("B", tonnes(-600.0)),
        PoolMember::new("C", tonnes(200.0)),
    ])
    .unwrap_err();
    assert!(
        matches!(err, Error::PoolInDeficit { members: 3, sum_t } if (sum_t + 300.0).abs() < 1e-9)
    );
    let mut borrower = PoolMember::new("B", tonnes(-10.0));
    borrower.borrowed_this_period = true;
    assert!(matches!(
        fueleu::pool(&[PoolMember::new("A", tonnes(100.0)), borrower]),
        Err(Error::RuleViolated { .. })
    ));
}

#[test]
fn years_outside_the_regulation_and_out_of_scope_ledgers_are_errors() {
    let l = hfo_ledger(1.0, ScopeShare::FULL);
    for y in [2024, 2051] {
        assert!(matches!(
            fueleu::assess(&l, y, &FuelEuOptions::default()),
            Err(Error::YearOutOfRange { year, .. }) if year == y
        ));
    }
    assert!(matches!(
        fueleu::assess(
            &hfo_ledger(1.0, ScopeShare::NONE),
            2025,
            &FuelEuOptions::default()
        ),
        Err(Error::Empty { .. })
    ));
    // A user-supplied table: 5 % from 2025, ending 2027.
    let limits = FuelEuLimits {
        reference_g_per_mj: 91.16,
        steps: vec![LimitStep {
            from_year: 2025,
            reduction_percent: 5.0,
        }],
        last_year: 2027,
    };
    assert_relative_eq!(
        limits.target(2027).unwrap().g_per_mj(),
        86.602,
        max_relative = 1e-12
    );
    assert!(limits.target(2028).is_err());
}
