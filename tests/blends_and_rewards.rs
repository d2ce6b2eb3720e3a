//! Documented API tests: blends and the FuelEU reward factors, with hand-derived values.
//!
//! Per-fuel WtW intensities used below are derived in `tests/fuel_pathways.rs`:
//! HFO 91.744198, FAME (E = 14.9) 16.383514, e-methanol (WtT −60) 11.853769,
//! bio-LNG (E = 20) in LNG Diesel 21.544289, fossil LNG in LNG Diesel 76.080742 gCO2e/MJ.

use approx::assert_abs_diff_eq;
use green_corridor::prelude::*;

fn fame() -> Fuel {
    // ILLUSTRATIVE certificate: E = 14.9 gCO2e/MJ (ESSF worked example 3; RED II Annex V
    // default for waste-cooking-oil biodiesel is of this order).
    Fuel::certified(
        PathwayId::BioDieselFame,
        Certificate::total_e_g_per_mj(14.9).unwrap(),
    )
}

#[test]
fn b24_by_mass_is_the_energy_weighted_mean_of_its_components() {
    // 1 t of B24 = 0.24 t FAME + 0.76 t VLSFO (HFO row).
    // Energies: 0.24e6 g × 0.037 = 8,880 MJ; 0.76e6 g × 0.0405 = 30,780 MJ.
    // Intensity = (8,880·16.383514 + 30,780·91.744198)/39,660 = 74.870701 gCO2e/MJ.
    let b24 = Blend::by_mass(
        "B24",
        vec![(fame(), 0.24), (Fuel::new(PathwayId::Vlsfo), 0.76)],
    )
    .unwrap();
    let mut ledger = FuelLedger::new();
    ledger
        .add_blend(
            &b24,
            ConverterClass::Ice,
            tonnes(1.0),
            "sea",
            ScopeShare::FULL,
        )
        .unwrap();
    assert_eq!(
        ledger.len(),
        2,
        "a blend is recorded component by component"
    );
    let e = AccountingBasis::fueleu(2025)
        .unwrap()
        .account(&ledger)
        .unwrap();
    assert_abs_diff_eq!(e.energy.megajoules(), 39_660.0, epsilon = 1e-6);
    assert_abs_diff_eq!(e.intensity().unwrap().g_per_mj(), 74.870701, epsilon = 1e-5);
}

#[test]
fn bio_lng_share_by_energy() {
    // 30 % bio-LNG (E = 20) and 70 % fossil LNG by energy, in an LNG Diesel engine.
    // Mass fraction of bio-LNG = (0.3/0.05)/(0.3/0.05 + 0.7/0.0491) = 0.296199.
    // Intensity = 0.3·21.544289 + 0.7·76.080742 = 59.719806 gCO2e/MJ.
    let set = FactorSet::fueleu_annex_ii();
    let bio = Fuel::certified(
        PathwayId::BioLng,
        Certificate::total_e_g_per_mj(20.0).unwrap(),
    );
    let blend = Blend::by_energy(
        "LNG + 30 % bio-LNG",
        vec![(bio, 0.3), (Fuel::new(PathwayId::Lng), 0.7)],
        &set,
    )
    .unwrap();
    assert_abs_diff_eq!(
        blend.components()[0].mass_fraction,
        0.296199,
        epsilon = 1e-6
    );
    let mut ledger = FuelLedger::new();
    ledger
        .add_blend(
            &blend,
            ConverterClass::LngDieselSlowSpeed,
            tonnes(1_000.0),
            "sea",
            ScopeShare::FULL,
        )
        .unwrap();
    let e = AccountingBasis::fueleu(2025)
        .unwrap()
        .account(&ledger)
        .unwrap();
    assert_abs_diff_eq!(e.intensity().unwrap().g_per_mj(), 59.719806, epsilon = 1e-5);
}

fn hfo_and_e_methanol(e_methanol_wtt: f64) -> FuelLedger {
    let mut ledger = FuelLedger::new();
    ledger
        .add(
            PathwayId::Hfo,
            ConverterClass::Ice,
            tonnes(1_000.0),
            "sea",
            ScopeShare::FULL,
        )
        .unwrap();
    ledger
        .add(
            Fuel::certified(
                PathwayId::EMethanol,
                Certificate::well_to_tank_g_per_mj(e_methanol_wtt).unwrap(),
            ),
            ConverterClass::Ice,
            tonnes(500.0),
            "sea",
            ScopeShare::FULL,
        )
        .unwrap();
    ledger
}

#[test]
fn rfnbo_reward_doubles_rfnbo_energy_in_the_denominator_until_2033() {
    // 1,000 t HFO (40.5e6 MJ) + 500 t e-methanol (9.95e6 MJ), WtT of e-methanol −60.
    // WtW = 40.5e6·91.744198 + 9.95e6·11.853769 = 3,833,585,020.55 g.
    // Without reward: / 50.45e6 MJ = 75.987810; with RWD = 2: / (40.5e6 + 2·9.95e6) = 63.469951.
    let ledger = hfo_and_e_methanol(-60.0);
    let e2025 = AccountingBasis::fueleu(2025)
        .unwrap()
        .account(&ledger)
        .unwrap();
    assert_abs_diff_eq!(e2025.total().grams(), 3_833_585_020.55, epsilon = 100.0);
    assert_abs_diff_eq!(
        e2025.intensity_without_rewards().unwrap().g_per_mj(),
        75.987810,
        epsilon = 1e-5
    );
    assert_abs_diff_eq!(
        e2025.intensity().unwrap().g_per_mj(),
        63.469951,
        epsilon = 1e-5
    );
    assert_abs_diff_eq!(e2025.rfnbo_energy.megajoules(), 9.95e6, epsilon = 1e-3);
    // 2034: the reward has ended; both intensities agree.
    let e2034 = AccountingBasis::fueleu(2034)
        .unwrap()
        .account(&ledger)
        .unwrap();
    assert_abs_diff_eq!(
        e2034.intensity().unwrap().g_per_mj(),
        75.987810,
        epsilon = 1e-5
    );
}

#[test]
fn an_rfnbo_above_the_red_ii_ceiling_earns_no_reward() {
    // e-methanol with WtT −40 has WtW = −40 + 71.853769 = 31.85 > 28.2 gCO2e/MJ (70 % saving
    // against 94): it is not an RFNBO for the reward, so the denominator is not boosted.
    let ledger = hfo_and_e_methanol(-40.0);
    let e = AccountingBasis::fueleu(2025)
        .unwrap()
        .account(&ledger)
        .unwrap();
    assert_abs_diff_eq!(
        e.reward_weighted_energy.megajoules(),
        e.energy.megajoules(),
        epsilon = 1e-6
    );
    assert_eq!(e.rfnbo_energy.megajoules(), 0.0);
}

#[test]
fn wind_reward_scales_the_intensity() {
    // P_wind/P_prop = 0.12 → f_wind = 0.97; pure HFO: 0.97 × 91.744198 = 88.991872.
    let mut ledger = FuelLedger::new();
    ledger
        .add(
            PathwayId::Hfo,
            ConverterClass::Ice,
            tonnes(10.0),
            "sea",
            ScopeShare::FULL,
        )
        .unwrap();
    let basis = AccountingBasis::fueleu(2025)
        .unwrap()
        .with_wind_assist(0.12)
        .unwrap();
    let e = basis.account(&ledger).unwrap();
    assert_abs_diff_eq!(
        e.intensity().unwrap().g_per_mj(),
        0.97 * 91.744198,
        epsilon = 1e-5
    );
    assert_abs_diff_eq!(
        e.intensity_without_rewards().unwrap().g_per_mj(),
        91.744198,
        epsilon = 1e-5
    );
}

#[test]
fn shore_power_adds_energy_and_its_wtt() {
    // 10 t HFO (405,000 MJ) + 36,000 kWh OPS (129,600 MJ) at the FuelEU default 0 gCO2e/MJ:
    // intensity = 405,000·91.744198 / 534,600 = 69.503907 gCO2e/MJ.
    let mut ledger = FuelLedger::new();
    ledger
        .add(
            PathwayId::Hfo,
            ConverterClass::Ice,
            tonnes(10.0),
            "port",
            ScopeShare::FULL,
        )
        .unwrap();
    ledger
        .add_shore_power(kilowatt_hours(36_000.0), "port", ScopeShare::FULL)
        .unwrap();
    let mut basis = AccountingBasis::fueleu(2025).unwrap();
    let e = basis.account(&ledger).unwrap();
    assert_abs_diff_eq!(
        e.intensity().unwrap().g_per_mj(),
        405_000.0 * 91.744198 / 534_600.0,
        epsilon = 1e-5
    );
    // With a grid factor of 70 gCO2e/MJ the OPS WtT adds 129,600·70 g = 9.072 t.
    basis.shore_power_wtt = g_per_mj(70.0);
    let e70 = basis.account(&ledger).unwrap();
    assert_abs_diff_eq!((e70.total() - e.total()).tonnes(), 9.072, epsilon = 1e-9);
}
