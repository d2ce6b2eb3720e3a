//! Invariants of the accounting, checked over many generated ledgers (deterministic
//! xorshift generator, so a failure reproduces).

use approx::assert_relative_eq;
use green_corridor::prelude::*;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[(self.next() % xs.len() as u64) as usize]
    }
}

/// A fuel and a converter that can burn it, with a certificate where one is needed.
fn random_entry(rng: &mut Rng) -> (Fuel, ConverterClass) {
    use ConverterClass::*;
    use PathwayId as P;
    let options: &[(PathwayId, ConverterClass)] = &[
        (P::Hfo, Ice),
        (P::Vlsfo, Ice),
        (P::Lfo, Ice),
        (P::MdoMgo, Ice),
        (P::MdoMgo, LngDieselSlowSpeed),
        (P::Lng, LngOttoMediumSpeed),
        (P::Lng, LngOttoSlowSpeed),
        (P::Lng, LngDieselSlowSpeed),
        (P::Lng, LeanBurnSparkIgnited),
        (P::LpgPropane, Ice),
        (P::MethanolNaturalGas, Ice),
        (P::Nh3NaturalGas, Ice),
        (P::H2NaturalGas, FuelCell),
        (P::BioMethanol, Ice),
        (P::Hvo, Ice),
        (P::BioLng, LngDieselSlowSpeed),
        (P::EMethanol, Ice),
        (P::ENh3, Ice),
        (P::ELng, LngOttoSlowSpeed),
    ];
    let (p, c) = rng.pick(options).clone();
    let fuel = match p.origin() {
        green_corridor::fuel::FuelOrigin::Fossil => Fuel::new(p),
        _ => Fuel::certified(
            p,
            Certificate::total_e_g_per_mj(5.0 + 30.0 * rng.unit()).unwrap(),
        ),
    };
    (fuel, c)
}

fn random_ledger(rng: &mut Rng, n: usize) -> FuelLedger {
    let mut l = FuelLedger::new();
    let labels = ["leg-a", "leg-b", "berth"];
    let scopes = [ScopeShare::FULL, ScopeShare::HALF, ScopeShare::NONE];
    for _ in 0..n {
        let (fuel, class) = random_entry(rng);
        let mass = tonnes(1_000.0 * rng.unit());
        let label = labels[(rng.next() % 3) as usize];
        l.add(fuel, class, mass, label, *rng.pick(&scopes)).unwrap();
    }
    if rng.unit() < 0.5 {
        l.add_shore_power(megajoules(1e5 * rng.unit()), "berth", ScopeShare::FULL)
            .unwrap();
    }
    l
}

fn bases() -> Vec<AccountingBasis> {
    vec![
        AccountingBasis::fueleu(2025).unwrap(),
        AccountingBasis::fueleu(2040).unwrap(),
        AccountingBasis::imo_lca(),
        AccountingBasis::eu_ets(2025).unwrap(),
        AccountingBasis::eu_ets(2026).unwrap(),
        AccountingBasis::imo_dcs(),
    ]
}

#[test]
fn well_to_wake_is_well_to_tank_plus_tank_to_wake() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..200 {
        let l = random_ledger(&mut rng, 12);
        for b in bases() {
            let e = b.account(&l).unwrap();
            assert_relative_eq!(
                e.total().value,
                e.well_to_tank.value + e.tank_to_wake.value,
                max_relative = 1e-12
            );
            if let Some(wtw) = e.well_to_wake() {
                assert_eq!(wtw, e.total());
            } else {
                assert_eq!(e.well_to_tank.value, 0.0, "TtW bases compute no WtT");
            }
            assert!(e.intensity().unwrap().g_per_mj().is_finite());
        }
    }
}

#[test]
fn emissions_are_linear_in_mass() {
    let mut rng = Rng(42);
    for _ in 0..100 {
        let l = random_ledger(&mut rng, 6);
        let k = 0.1 + 10.0 * rng.unit();
        let scaled = l.scaled(k).unwrap();
        for b in bases() {
            let e1 = b.account(&l).unwrap();
            let ek = b.account(&scaled).unwrap();
            assert_relative_eq!(
                ek.total().value,
                k * e1.total().value,
                max_relative = 1e-12,
                epsilon = 1e-9
            );
            assert_relative_eq!(ek.energy.value, k * e1.energy.value, max_relative = 1e-12);
            // An intensity does not depend on the amount.
            assert_relative_eq!(
                ek.intensity().unwrap().value,
                e1.intensity().unwrap().value,
                max_relative = 1e-12,
                epsilon = 1e-20
            );
        }
    }
}

#[test]
fn a_ledger_total_equals_the_sum_of_its_entries_and_of_its_labels() {
    let mut rng = Rng(7);
    for _ in 0..100 {
        let l = random_ledger(&mut rng, 10);
        for b in bases() {
            let total = b.account(&l).unwrap();
            let mut by_entry = 0.0;
            let mut energy = 0.0;
            for (i, entry) in l.entries().iter().enumerate() {
                let e = b.account_entry(entry, i).unwrap();
                by_entry += e.total().value;
                energy += e.energy.value;
            }
            let shore: f64 = l.shore_power().iter().map(|s| s.energy.value).sum();
            assert_relative_eq!(energy + shore, total.energy.value, max_relative = 1e-12);
            let shore_wtt: f64 = if total.boundary == Boundary::WellToWake {
                l.shore_power()
                    .iter()
                    .map(|s| (s.energy * b.shore_power_wtt).value)
                    .sum()
            } else {
                0.0
            };
            assert_relative_eq!(
                by_entry + shore_wtt,
                total.total().value,
                max_relative = 1e-9,
                epsilon = 1e-6
            );
            let by_label: f64 = b
                .account_by_label(&l)
                .unwrap()
                .iter()
                .map(|(_, e)| e.total().value)
                .sum();
            assert_relative_eq!(
                by_label,
                total.total().value,
                max_relative = 1e-9,
                epsilon = 1e-6
            );
        }
    }
}

#[test]
fn switching_gwp_sets_moves_only_the_ch4_and_n2o_terms() {
    let mut rng = Rng(1234);
    for _ in 0..100 {
        let l = random_ledger(&mut rng, 8);
        let ar4 = AccountingBasis::fueleu(2025).unwrap();
        let ar6 = ar4.clone().with_gwp(GwpSet::AR6_FOSSIL).unwrap();
        let e4 = ar4.account(&l).unwrap();
        let e6 = ar6.account(&l).unwrap();
        // WtT and the physical gas masses are unchanged.
        assert_eq!(e4.well_to_tank, e6.well_to_tank);
        assert_eq!(e4.gases, e6.gases);
        assert_eq!(e4.energy, e6.energy);
        // TtW moves by ΔGWP_CH4·CH4 + ΔGWP_N2O·N2O exactly.
        let delta = (29.8 - 25.0) * e4.methane().value + (273.0 - 298.0) * e4.gases.n2o.value;
        assert_relative_eq!(
            e6.tank_to_wake.value - e4.tank_to_wake.value,
            delta,
            max_relative = 1e-9,
            epsilon = 1e-6
        );
    }
}

#[test]
fn entry_order_does_not_change_the_result() {
    let mut rng = Rng(99);
    let l = random_ledger(&mut rng, 50);
    let mut reversed = FuelLedger::new();
    for e in l.entries().iter().rev() {
        reversed.push(e.clone()).unwrap();
    }
    for s in l.shore_power() {
        reversed
            .add_shore_power(s.energy, &s.label, s.scope.clone())
            .unwrap();
    }
    for b in bases() {
        let a = b.account(&l).unwrap();
        let r = b.account(&reversed).unwrap();
        assert_relative_eq!(a.total().value, r.total().value, max_relative = 1e-14);
    }
}

#[test]
fn ets_zero_rates_renewable_co2_and_counts_non_co2_from_2026() {
    // 100 t HVO (E = 16) and 100 t HFO under the EU ETS.
    let mut l = FuelLedger::new();
    l.add(
        Fuel::certified(PathwayId::Hvo, Certificate::total_e_g_per_mj(16.0).unwrap()),
        ConverterClass::Ice,
        tonnes(100.0),
        "sea",
        ScopeShare::FULL,
    )
    .unwrap();
    l.add(
        PathwayId::Hfo,
        ConverterClass::Ice,
        tonnes(100.0),
        "sea",
        ScopeShare::FULL,
    )
    .unwrap();
    // 2025: CO2 only, HVO CO2 zero-rated: 100 t × 3.114 = 311.4 t.
    let e25 = AccountingBasis::eu_ets(2025).unwrap().account(&l).unwrap();
    assert_relative_eq!(e25.tank_to_wake.tonnes(), 311.4, max_relative = 1e-12);
    assert_relative_eq!(
        e25.gases.co2_zero_rated.tonnes(),
        311.5,
        max_relative = 1e-12
    );
    // 2026: + CH4 and N2O of both fuels with AR5: 200 t × (28·0.00005 + 265·0.00018)
    //   = 200 × 0.0491 = 9.82 t → 321.22 t.
    let e26 = AccountingBasis::eu_ets(2026).unwrap().account(&l).unwrap();
    assert_relative_eq!(e26.tank_to_wake.tonnes(), 321.22, max_relative = 1e-12);
}

#[test]
fn imo_dcs_counts_cf_times_mass_and_applies_circ_905() {
    // 100 t LNG in an Otto MS engine: DCS counts 100 × 2.750 = 275 t CO2 (no slip deduction).
    let mut l = FuelLedger::new();
    l.add(
        PathwayId::Lng,
        ConverterClass::LngOttoMediumSpeed,
        tonnes(100.0),
        "sea",
        ScopeShare::NONE,
    )
    .unwrap();
    let dcs = AccountingBasis::imo_dcs();
    assert_relative_eq!(
        dcs.account(&l).unwrap().tank_to_wake.tonnes(),
        275.0,
        max_relative = 1e-12
    );
    // Certified bio-methanol with E = 15 ≤ 33: Cf = 15 × 0.0199 = 0.2985 → 100 t gives 29.85 t.
    let mut l = FuelLedger::new();
    l.add(
        Fuel::certified(
            PathwayId::BioMethanol,
            Certificate::total_e_g_per_mj(15.0).unwrap(),
        ),
        ConverterClass::Ice,
        tonnes(100.0),
        "sea",
        ScopeShare::NONE,
    )
    .unwrap();
    assert_relative_eq!(
        dcs.account(&l).unwrap().tank_to_wake.tonnes(),
        29.85,
        max_relative = 1e-12
    );
    // With E = 40 > 33 the fossil-equivalent Cf 1.375 applies: 137.5 t.
    let mut l = FuelLedger::new();
    l.add(
        Fuel::certified(
            PathwayId::BioMethanol,
            Certificate::total_e_g_per_mj(40.0).unwrap(),
        ),
        ConverterClass::Ice,
        tonnes(100.0),
        "sea",
        ScopeShare::NONE,
    )
    .unwrap();
    assert_relative_eq!(
        dcs.account(&l).unwrap().tank_to_wake.tonnes(),
        137.5,
        max_relative = 1e-12
    );
}

#[test]
fn ten_million_entries_sum_to_within_1e9_relative() {
    // A year of hourly-ish entries: 10 million entries of 0.1 t HFO. Exact total energy is
    // 1e6 t × 40,500 MJ/t = 4.05e10 MJ; compensated summation keeps the error far below 1e-9.
    let mut l = FuelLedger::with_capacity(10_000_000);
    let entry = LedgerEntry::new(
        Fuel::new(PathwayId::Hfo),
        ConverterClass::Ice,
        tonnes(0.1),
        "h",
        ScopeShare::FULL,
    )
    .unwrap();
    for _ in 0..10_000_000 {
        l.push(entry.clone()).unwrap();
    }
    assert!((l.total_mass().tonnes() - 1.0e6).abs() / 1.0e6 < 1e-9);
    let e = AccountingBasis::imo_dcs().account(&l).unwrap();
    assert!((e.energy.megajoules() - 4.02e10).abs() / 4.02e10 < 1e-9);
    assert!((e.tank_to_wake.tonnes() - 3.114e6).abs() / 3.114e6 < 1e-9);
}
