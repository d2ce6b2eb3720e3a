//! Port side of the Shanghai – Los Angeles corridor, worked by hand: shore power against the
//! auxiliary engines on both grids, the CARB At-Berth Regulation per visit, and the US EPA
//! propeller-law load factor.
//!
//! Cited values (`docs/data-sources.md`):
//! * hotel load at berth of a 14,500–19,999 TEU container ship 1,400 kW (Fourth IMO GHG Study
//!   Table 17); auxiliary-engine SFC (build year ≥ 2001) 195 g/kWh on residual fuel, 185 on
//!   distillate (Table 19);
//! * IMO LCA VLSFO LCV 0.0402 MJ/g, WtT 16.8 gCO2e/MJ, TtW 3.16463 g/g (AR6); MGO 0.0427,
//!   17.7, 3.25663;
//! * grids: East China 561.7 gCO2/kWh (MEE/NBS 2022); California 195.037 gCO2e/kWh (eGRID2023
//!   CAMX 429.983 lb/MWh);
//! * EPA: MS = SS / 0.94, LF = (AS/MS)³ · (1 + SM), SM 15 % at sea / 10 % coastal, LF in
//!   [0.02, 1]; CO2 low-load factor (44.1/LF + 648.6)/(44.1/0.2 + 648.6) below 20 %.

use approx::assert_relative_eq;
use green_corridor::port::carb::{
    AtBerthControl, CarbOutcome, CarbVesselType, Visit, assess_visit,
};
use green_corridor::port::epa::{
    MaximumSpeed, SeaMargin, compare_with_fourth_imo, epa_load, epa_main_engine,
};
use green_corridor::port::{GridGases, GridIntensity, compare_at_berth, port_call_emissions};
use green_corridor::prelude::*;
use green_corridor::route::Date;
use green_corridor::shipment::iso14083_basis;
use green_corridor::voyage::{VoyagePhase, archetype, corridors};

fn voyage() -> Voyage {
    let c = corridors::corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
        .unwrap();
    let ship = archetype::vessel(&c.archetype, archetype::EngineFit::Oil).unwrap();
    Voyage::builder(&ship)
        .ports(&[c.from, c.to])
        .date(Date::new(2025, 6, 1).unwrap())
        .speed(c.archetype.service_speed)
        .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
        .policy(EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo))
        .build()
        .unwrap()
}

#[test]
fn shore_power_against_gensets_on_both_grids() {
    let v = voyage();
    let basis = iso14083_basis().unwrap();

    // Yangshan: outside any ECA, the gensets burn VLSFO. 1,400 kW × 48 h = 67,200 kWh.
    let ys = compare_at_berth(&v, "CNYSA", &basis, &GridIntensity::east_china()).unwrap();
    assert_relative_eq!(ys.electricity_kwh, 67_200.0, max_relative = 1e-12);
    // Shore: 67,200 kWh × 561.7 g/kWh = 37.746 t, all WtT.
    assert_relative_eq!(ys.shore_power.wtw_t, 37.746_24, max_relative = 1e-9);
    assert_eq!(ys.shore_power.ttw_t, 0.0);
    // Gensets: 67,200 kWh × 195 g/kWh = 13.104 t VLSFO;
    // WtW = 13.104e6 g × (0.0402 × 16.8 + 3.16463) = 13.104e6 × 3.83999 = 50.319 t.
    assert_relative_eq!(ys.auxiliary_fuel_t, 13.104, max_relative = 1e-9);
    assert_eq!(ys.auxiliary_pathways, vec![PathwayId::Vlsfo]);
    assert_relative_eq!(
        ys.auxiliary_engines.wtt_t,
        13.104 * 0.0402 * 16.8,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        ys.auxiliary_engines.ttw_t,
        13.104 * 3.164_63,
        max_relative = 1e-9
    );
    // Saving 50.319 − 37.746 = 12.573 t (25 %): a coal-heavy grid still beats the gensets.
    assert_relative_eq!(
        ys.wtw_saving_t,
        13.104 * 3.839_99 - 37.746_24,
        max_relative = 1e-6
    );

    // Los Angeles: inside the North American ECA the gensets burn MGO at 185 g/kWh.
    let la = compare_at_berth(&v, "USLAX", &basis, &GridIntensity::california()).unwrap();
    // Shore: 67,200 × 195.037 g = 13.106 t.
    assert_relative_eq!(
        la.shore_power.wtw_t,
        67_200.0 * 195.037_008e-6,
        max_relative = 1e-8
    );
    // Gensets: 12.432 t MGO × (0.0427 × 17.7 + 3.25663 = 4.01242) = 49.882 t.
    assert_relative_eq!(la.auxiliary_fuel_t, 12.432, max_relative = 1e-9);
    assert_relative_eq!(
        la.auxiliary_engines.wtw_t,
        12.432 * 4.012_42,
        max_relative = 1e-6
    );
    // Saving 36.78 t (74 %).
    assert_relative_eq!(
        la.wtw_saving_t,
        12.432 * 4.012_42 - 13.106_49,
        max_relative = 1e-5
    );

    // The boilers run either way and are reported apart: 630 kW × 48 h × 340 g/kWh (VLSFO).
    assert_relative_eq!(
        ys.boilers.wtw_t,
        630.0 * 48.0 * 340e-6 * 3.839_99,
        max_relative = 1e-6
    );

    // Long Beach, the corridor's other Californian port, on the same grid and hotel load.
    let c = corridors::corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
        .unwrap();
    assert!(c.also.contains(&"USLGB"));
    let lb_voyage = Voyage::builder(v.vessel())
        .ports(&[c.from, "USLGB"])
        .date(v.date())
        .speed(c.archetype.service_speed)
        .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
        .policy(EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo))
        .build()
        .unwrap();
    let lb_grid = GridIntensity::for_port("USLGB").unwrap();
    let lb = compare_at_berth(&lb_voyage, "USLGB", &basis, &lb_grid).unwrap();
    assert_relative_eq!(
        lb.shore_power.wtw_t,
        la.shore_power.wtw_t,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        lb.auxiliary_engines.wtw_t,
        la.auxiliary_engines.wtw_t,
        max_relative = 1e-12
    );

    // A user's grid: a zero-carbon supply makes the saving the whole genset WtW.
    let green = GridIntensity::new("PPA", 0.0, GridGases::Co2e, "supplier").unwrap();
    let la0 = compare_at_berth(&v, "USLAX", &basis, &green).unwrap();
    assert_relative_eq!(la0.wtw_saving_t, la0.auxiliary_engines.wtw_t);
}

#[test]
fn port_call_phases_add_up_to_the_voyage_report() {
    let v = voyage();
    let basis = iso14083_basis().unwrap();
    let grid = GridIntensity::california();
    let phases = port_call_emissions(&v, "USLAX", &basis, &grid).unwrap();
    let report = v.report(&basis, &LoadFactor::default()).unwrap();
    let call = report.calls.iter().find(|c| c.name == "USLAX").unwrap();
    // The report counts shore power at the basis's factor (0 for the IMO LCA); the port view
    // adds the grid's: 67,200 kWh × 195.037 g.
    let sum: f64 = phases.iter().map(|p| p.ghg.wtw_t).sum();
    assert_relative_eq!(
        sum,
        call.co2e().tonnes() + 67_200.0 * 195.037_008e-6,
        max_relative = 1e-9
    );
    let fuel: f64 = phases.iter().map(|p| p.fuel_t).sum();
    assert_relative_eq!(fuel, call.fuel_mass().tonnes(), max_relative = 1e-12);
    // Manoeuvring 4 h (2 in, 2 out), anchor 20 h, berth 48 h.
    let h = |ph: VoyagePhase| phases.iter().find(|p| p.phase == ph).map(|p| p.time_h);
    assert_eq!(h(VoyagePhase::Manoeuvring), Some(4.0));
    assert_eq!(h(VoyagePhase::AtAnchor), Some(20.0));
    assert_eq!(h(VoyagePhase::AtBerth), Some(48.0));
}

#[test]
fn carb_visits_of_the_service() {
    let v = voyage();
    let d = v.date();
    let la = v.calls().iter().find(|c| c.port == "USLAX").unwrap();
    // The service's ship is fitted and LA offers shore power: plugging in complies.
    let visit = Visit::new(
        "USLAX",
        d,
        CarbVesselType::Container,
        true,
        la.shore_power,
        AtBerthControl::ShorePower,
    );
    assert!(matches!(
        assess_visit(&visit).unwrap(),
        CarbOutcome::Compliant {
            by: AtBerthControl::ShorePower,
            ..
        }
    ));
    // A commissioned ship using a barge-based capture system instead breaks § 93130.7(a).
    let visit = Visit {
        control: AtBerthControl::ApprovedControlStrategy,
        ..visit
    };
    assert!(matches!(
        assess_visit(&visit).unwrap(),
        CarbOutcome::NonCompliant { .. }
    ));
    // Yangshan is outside the regulation.
    let ys = Visit::new(
        "CNYSA",
        d,
        CarbVesselType::Container,
        true,
        true,
        AtBerthControl::None,
    );
    assert!(matches!(
        assess_visit(&ys).unwrap(),
        CarbOutcome::NotApplicable { .. }
    ));
}

#[test]
fn epa_load_factor_by_hand() {
    // The 14,500-TEU archetype: MCR 65,000 kW, maximum speed 25.6 kn (EPA Table C.3 bin).
    let c = corridors::corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
        .unwrap();
    let ship = archetype::vessel(&c.archetype, archetype::EngineFit::Oil).unwrap();
    // At 16 kn at sea: (16 / 25.6)³ = 0.244140625; × 1.15 = 0.280762.
    let ms = MaximumSpeed::Known(knots(25.6));
    let l = epa_load(knots(16.0), ms, SeaMargin::AtSea).unwrap();
    assert_relative_eq!(l.propeller_law, 0.244_140_625, max_relative = 1e-12);
    assert_relative_eq!(l.load_factor, 0.244_140_625 * 1.15, max_relative = 1e-12);
    assert_eq!(l.llaf_co2, 1.0); // above 20 %
    // One day: P = 0.280762 × 65,000 = 18,249.5 kW; E = 437,988 kWh; fuel at 195 g/kWh
    // (Table 3.6, SSD on residual fuel) = 85.408 t.
    let me = epa_main_engine(&ship, knots(16.0), ms, SeaMargin::AtSea, hours(24.0), 195.0).unwrap();
    assert_relative_eq!(
        me.power_kw,
        0.280_761_718_75 * 65_000.0,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        me.fuel_t,
        0.280_761_718_75 * 65_000.0 * 24.0 * 195e-6,
        max_relative = 1e-12
    );

    // Only the service speed known (16 kn, the corridor's): MS = 16 / 0.94 = 17.021 kn, so
    // LF = 0.94³ × 1.15 = 0.955 — the convention assumes the ship sails near its maximum.
    let l = epa_load(
        knots(16.0),
        MaximumSpeed::FromServiceSpeed(knots(16.0)),
        SeaMargin::AtSea,
    )
    .unwrap();
    assert_relative_eq!(l.maximum_speed_kn, 16.0 / 0.94, max_relative = 1e-12);
    assert_relative_eq!(l.load_factor, 0.94_f64.powi(3) * 1.15, max_relative = 1e-12);

    // Harbour transit at 4 kn, coastal margin: (4/25.6)³ × 1.10 = 0.0041962 → floor 0.02, and
    // fuel × (44.1/0.02 + 648.6)/(44.1/0.2 + 648.6) = 2,853.6 / 869.1 = 3.28340.
    let l = epa_load(knots(4.0), ms, SeaMargin::Coastal).unwrap();
    assert!(l.floored);
    assert_relative_eq!(
        l.with_margin,
        (4.0_f64 / 25.6).powi(3) * 1.10,
        max_relative = 1e-12
    );
    assert_relative_eq!(l.llaf_co2, 2_853.6 / 869.1, max_relative = 1e-12);
    // One hour of it on VLSFO: fuel = 0.02 × 65,000 kW × 1 h × 195 g/kWh × 3.28340 = 832.3 kg.
    // CH4 and N2O per kWh take their own curves (HC 21.18, NOx 4.63 at 2 %), so per g of fuel
    // the IMO LCA Cf (0.00005, 0.00018) × LLAF_gas / LLAF_CO2; TtW (AR6) =
    // fuel × (3.114 + 29.8 × 0.00005 × 21.18/3.2834 + 273 × 0.00018 × 4.63/3.2834).
    let me = epa_main_engine(&ship, knots(4.0), ms, SeaMargin::Coastal, hours(1.0), 195.0).unwrap();
    let fuel_g = 0.02 * 65_000.0 * 195.0 * (2_853.6 / 869.1);
    assert_relative_eq!(me.fuel_t * 1e6, fuel_g, max_relative = 1e-12);
    let e = me
        .emissions(
            &iso14083_basis().unwrap(),
            PathwayId::Vlsfo.into(),
            green_corridor::fuel::ConverterClass::Ice,
        )
        .unwrap();
    let llaf_hc = (0.0667 * 0.02_f64.powf(-1.5) + 0.3859) / (0.0667 * 0.2_f64.powf(-1.5) + 0.3859);
    let llaf_nox =
        (0.1255 * 0.02_f64.powf(-1.5) + 10.4496) / (0.1255 * 0.2_f64.powf(-1.5) + 10.4496);
    let r = 2_853.6 / 869.1;
    let ttw = fuel_g * (3.114 + 29.8 * 0.00005 * llaf_hc / r + 273.0 * 0.00018 * llaf_nox / r);
    assert_relative_eq!(e.tank_to_wake.grams(), ttw, max_relative = 1e-9);

    // Against the Fourth IMO model at 16 kn on the design draught (draught term 1): the
    // crate's Eq. 8 load is (16/25.6)³ · δ_w / (η_w η_f) = 0.244141 × 1 / (0.867 × 0.917)
    // = 0.30708 of MCR (δ_w = 0.75 applies only above 14,500 TEU): the IMO weather and
    // fouling terms (+25.8 %) weigh more than EPA's 15 % sea margin.
    let cmp = compare_with_fourth_imo(
        &ship,
        knots(16.0),
        ship.spec().design_draught,
        None,
        SeaMargin::AtSea,
    )
    .unwrap();
    assert_relative_eq!(
        cmp.epa_load_factor,
        0.244_140_625 * 1.15,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        cmp.fourth_imo_load,
        0.244_140_625 / (0.867 * 0.917),
        max_relative = 1e-9
    );
    assert!(cmp.epa_power_kw < cmp.fourth_imo_power_kw);
}

#[test]
fn port_side_bad_input_names_the_field() {
    let v = voyage();
    let basis = iso14083_basis().unwrap();
    let nan = GridIntensity {
        g_per_kwh: f64::NAN,
        ..GridIntensity::california()
    };
    let e = compare_at_berth(&v, "USLAX", &basis, &nan).unwrap_err();
    assert_eq!(e.field(), Some("grid.g_per_kwh"));
    let e = compare_at_berth(&v, "NLRTM", &basis, &GridIntensity::california()).unwrap_err();
    assert_eq!(e.field(), Some("port"));
    let e = GridIntensity::new("kg by mistake", 5_617.0, GridGases::Co2Only, "").unwrap_err();
    assert_eq!(e.field(), Some("grid.g_per_kwh"));
    let e = epa_load(
        knots(f64::NAN),
        MaximumSpeed::Known(knots(25.0)),
        SeaMargin::AtSea,
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("actual_speed"));
    let ship = v.vessel();
    let e = epa_main_engine(
        ship,
        knots(10.0),
        MaximumSpeed::Known(knots(25.0)),
        SeaMargin::AtSea,
        hours(-1.0),
        195.0,
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("duration_h"));
}

/// Hostile numbers into every numeric entry point of the port side: a typed error naming a
/// field, or finite results — never a panic, never NaN or infinity inside an `Ok`.
#[test]
fn hostile_numbers_give_typed_errors_or_finite_results() {
    let v = voyage();
    let ship = v.vessel();
    let values = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -1.0,
        0.0,
        1e-300,
        0.5,
        2.0,
        16.0,
        59.9,
        61.0,
        1e300,
    ];
    for &a in &values {
        for &b in &values {
            for margin in [SeaMargin::None, SeaMargin::AtSea, SeaMargin::Percent(b)] {
                for ms in [
                    MaximumSpeed::Known(knots(b)),
                    MaximumSpeed::FromServiceSpeed(knots(b)),
                ] {
                    match epa_load(knots(a), ms, margin) {
                        Ok(l) => {
                            for x in [
                                l.load_factor,
                                l.with_margin,
                                l.llaf_co2,
                                l.llaf_ch4,
                                l.llaf_n2o,
                            ] {
                                assert!(x.is_finite(), "{a} {b}: {l:?}");
                            }
                            assert!((0.0..=1.0).contains(&l.load_factor));
                        }
                        Err(e) => assert!(e.field().is_some(), "{e}"),
                    }
                    match epa_main_engine(ship, knots(a), ms, margin, hours(b), a * 20.0) {
                        Ok(m) => assert!(m.fuel_t.is_finite() && m.energy_kwh.is_finite(), "{m:?}"),
                        Err(e) => assert!(e.field().is_some(), "{e}"),
                    }
                }
            }
        }
        match GridIntensity::new("x", a, GridGases::Co2e, "") {
            Ok(g) => {
                let c = compare_at_berth(&v, "USLAX", &iso14083_basis().unwrap(), &g).unwrap();
                assert!(c.wtw_saving_t.is_finite() && c.shore_power.wtw_t.is_finite());
            }
            Err(e) => assert_eq!(e.field(), Some("grid.g_per_kwh")),
        }
    }
}
