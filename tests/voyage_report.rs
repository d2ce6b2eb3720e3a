//! A voyage worked by hand, totals that equal the sum of their parts, EU scope shares by leg
//! type, allocation to shipments, and the service-year.
//!
//! Sources of the constants: Fourth IMO GHG Study 2020 (Eq. 8, the SFOC curve, Table 19;
//! `docs/data-sources.md`, "Fourth IMO GHG Study 2020 — bottom-up vessel model") and worked in
//! `tests/vessel_day_at_sea.rs`; FuelEU Annex II HFO factors (LCV 0.0405 MJ/g, WtW 91.7442
//! gCO2e/MJ for an ICE without slip).

use approx::assert_relative_eq;
use green_corridor::fuel::{FuelFamily, PathwayId};
use green_corridor::ledger::ScopeShare;
use green_corridor::ledger::{Place, Regime};
use green_corridor::prelude::*;
use green_corridor::regulation::scope::{ScopeContext, ets_share, fueleu_share, in_scope};
use green_corridor::route::{Date, Route, Waypoint};
use green_corridor::vessel::{
    EngineType, FuelSelection, FuelSupply, PhasePowers, ShipType, Vessel, metres,
};
use green_corridor::voyage::{
    Rotation, ServicePattern, Shipment, ShipmentSize, VoyagePhase, archetype,
};

/// The Kamsarmax of `tests/vessel_day_at_sea.rs` (80,000 DWT, 10,000 kW SSD, built 2012,
/// 14 kn at 14 m), HFO everywhere, with auxiliary and boiler powers given per phase
/// (berth, anchor, manoeuvring, sea) so that the hand derivation does not need Table 17.
fn kamsarmax() -> Vessel {
    Vessel::builder("Kamsarmax", ShipType::Bulk)
        .deadweight(tonnes(80_000.0))
        .build_year(2012)
        .design_speed(knots(14.0))
        .design_draught(metres(14.0))
        .main_engine(
            kilowatts(10_000.0),
            EngineType::SlowSpeedDiesel,
            FuelSupply::mono(FuelFamily::Oil),
        )
        .auxiliary_power(PhasePowers::from_kw([240.0, 300.0, 600.0, 410.0]))
        .boiler_power(PhasePowers::from_kw([260.0, 260.0, 260.0, 0.0]))
        .fuels(FuelSelection::all(PathwayId::Hfo))
        .build()
        .unwrap()
}

/// Rotterdam → Hamburg (no catalogue route: Maas entrance, German Bight, Elbe mouth).
/// Each regime's share of a place in 2025, for a ship other than a container ship.
fn fe(place: &Place) -> ScopeShare {
    fueleu_share(place, &ScopeContext::new(2025, false)).unwrap()
}
fn ets(place: &Place) -> ScopeShare {
    ets_share(place, &ScopeContext::new(2025, false)).unwrap()
}
/// The ledger `regime` sees in 2025 (not a container ship).
fn seen_by(ledger: &FuelLedger, regime: Regime) -> FuelLedger {
    in_scope(ledger, regime, &ScopeContext::new(2025, false)).unwrap()
}

fn rotterdam_hamburg() -> Route {
    Route::new(
        "NLRTM-DEHAM",
        vec![
            Waypoint::port("NLRTM"),
            Waypoint::sea(52.0, 3.9),
            Waypoint::sea(53.9, 7.6),
            Waypoint::sea(53.95, 8.6),
            Waypoint::port("DEHAM"),
        ],
    )
    .unwrap()
}

/// Rotterdam → Hamburg, one way, 12 kn at 13 m, HFO everywhere (a hand calculation; a real
/// ship would burn 0.10 % S fuel in the North Sea ECA), 2 h manoeuvring per port, 10 h at
/// berth in Rotterdam, 5 h at anchor and 20 h at berth in Hamburg.
///
/// * Sea (d nm at 12 kn, t = d/12 h): ME 7,542.74 kW at load 0.754274, SFC 175 × f(L) =
///   175.5824 g/kWh (see `tests/vessel_day_at_sea.rs`); auxiliaries 410 kW × 195 g/kWh.
///   ME fuel = 7,542.74 × 175.5824 × t g; aux = 410 × 195 × t g.
/// * Manoeuvring at 5 kn, 13 m: (5/14)³ = 0.04555394, W = 10,000 × 0.9522656 × 0.04555394 /
///   0.795039 = 545.62 kW, L = 0.054562, f(L) = 0.455 L² − 0.710 L + 1.280 = 1.2426155,
///   SFC = 217.458 g/kWh. Four hours (1 h in and 1 h out at each port):
///   ME 545.62 × 4 × 217.458 = 474.6 kg; aux 600 × 4 × 195 = 468.0 kg; boiler 260 × 4 × 340
///   = 353.6 kg.
/// * Anchor 5 h: aux 300 × 5 × 195 = 292.5 kg; boiler 260 × 5 × 340 = 442.0 kg.
/// * Berth 30 h (no shore power: the ship cannot take it): aux 240 × 30 × 195 = 1,404.0 kg;
///   boiler 260 × 30 × 340 = 2,652.0 kg.
/// * EU–EU: every part is 100 % in the scope of FuelEU and the EU ETS.
#[test]
fn rotterdam_hamburg_worked_by_hand() {
    let voyage = Voyage::builder(&kamsarmax())
        .ports(&["NLRTM", "DEHAM"])
        .rotation(Rotation::OneWay)
        .leg_route(0, rotterdam_hamburg())
        .date(Date::new(2025, 6, 1).unwrap())
        .speed(knots(12.0))
        .draught(metres(13.0))
        .call_stay(0, PortStay::new(hours(10.0), hours(0.0), hours(2.0)))
        .call_stay(1, PortStay::new(hours(20.0), hours(5.0), hours(2.0)))
        .build()
        .unwrap();
    assert_eq!(voyage.legs().len(), 1);
    let leg = &voyage.legs()[0];
    assert_eq!(fe(&leg.place), ScopeShare::FULL);
    assert_eq!(ets(&leg.place), ScopeShare::FULL);
    let d = leg.distance.nautical_miles();
    let t = d / 12.0;

    let report = voyage
        .report(
            &AccountingBasis::fueleu(2025).unwrap(),
            &LoadFactor::default(),
        )
        .unwrap();
    let me_sea = 7_542.74 * 175.5824 * t / 1e6;
    let aux_sea = 410.0 * 195.0 * t / 1e6;
    let sea = report.legs[0].fuel_mass().tonnes();
    assert_relative_eq!(sea, me_sea + aux_sea, max_relative = 2e-6);
    assert_relative_eq!(report.legs[0].time.hours(), t, max_relative = 1e-12);

    let man = report.phase(VoyagePhase::Manoeuvring).unwrap();
    assert_relative_eq!(man.time.hours(), 4.0);
    assert_relative_eq!(
        man.fuel_mass().tonnes(),
        (474.6 + 468.0 + 353.6) / 1e3,
        epsilon = 2e-4
    );
    let anchor = report.phase(VoyagePhase::AtAnchor).unwrap();
    assert_relative_eq!(
        anchor.fuel_mass().tonnes(),
        (292.5 + 442.0) / 1e3,
        epsilon = 1e-9
    );
    let berth = report.phase(VoyagePhase::AtBerth).unwrap();
    assert_relative_eq!(
        berth.fuel_mass().tonnes(),
        (1_404.0 + 2_652.0) / 1e3,
        epsilon = 1e-9
    );
    // HFO in an ICE or boiler: WtW = 91.7442 gCO2e/MJ × 40,500 MJ/t.
    let total = report.total.fuel_mass().tonnes();
    assert_relative_eq!(
        report.total.co2e().tonnes(),
        total * 40_500.0 * 91.7442 / 1e6,
        max_relative = 1e-3 // low-load CH4/N2O factors while manoeuvring
    );
    // EU–EU: the in-scope ledger is the whole ledger.
    for r in [Regime::FuelEu, Regime::EuEts] {
        assert_relative_eq!(
            seen_by(&report.ledger, r).total_mass().tonnes(),
            total,
            max_relative = 1e-12
        );
    }
    // The voyage ledger records places, never a regime's share.
    assert!(
        report
            .ledger
            .entries()
            .iter()
            .all(|e| e.scope.fueleu.is_none() && e.scope.eu_ets.is_none())
    );
}

fn assert_parts_sum(report: &VoyageReport, parts: &[&green_corridor::voyage::Summary]) {
    let t = &report.total;
    let sum = |f: &dyn Fn(&green_corridor::voyage::Summary) -> f64| -> f64 {
        parts.iter().map(|s| f(s)).sum()
    };
    for (name, whole, part) in [
        (
            "fuel",
            t.fuel_mass().tonnes(),
            sum(&|s| s.fuel_mass().tonnes()),
        ),
        ("co2e", t.co2e().tonnes(), sum(&|s| s.co2e().tonnes())),
        (
            "energy",
            t.energy().megajoules(),
            sum(&|s| s.energy().megajoules()),
        ),
        ("time", t.time.hours(), sum(&|s| s.time.hours())),
        (
            "distance",
            t.distance.nautical_miles(),
            sum(&|s| s.distance.nautical_miles()),
        ),
        (
            "in ECA",
            t.distance_in_eca.nautical_miles(),
            sum(&|s| s.distance_in_eca.nautical_miles()),
        ),
        (
            "ttw",
            t.emissions.tank_to_wake.tonnes(),
            sum(&|s| s.emissions.tank_to_wake.tonnes()),
        ),
        (
            "shore",
            t.shore_power.kilowatt_hours(),
            sum(&|s| s.shore_power.kilowatt_hours()),
        ),
    ] {
        assert_relative_eq!(whole, part, max_relative = 1e-9, epsilon = 1e-9);
        let _ = name;
    }
}

/// Shanghai ⇄ Los Angeles with the archetype: totals equal the sum of legs and calls, and the
/// sum of phases; the ledger accounted at once equals the total; the in-ECA distance is the
/// sum over legs; third country–third country: no EU scope anywhere.
#[test]
fn totals_equal_the_sum_of_legs_calls_and_phases() {
    let la = green_corridor::voyage::corridors::corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
        .unwrap();
    let ship = archetype::vessel(&la.archetype, archetype::EngineFit::Oil).unwrap();
    let voyage = Voyage::builder(&ship)
        .ports(&["CNYSA", "USLAX"])
        .date(Date::new(2025, 6, 1).unwrap())
        .draught(metres(13.0))
        .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
        .policy(EcaFuelPolicy::oil_with_mgo_in_eca(PathwayId::Vlsfo))
        .eca_spacing(nautical_miles(5.0))
        .build()
        .unwrap();
    for basis in [
        AccountingBasis::fueleu(2025).unwrap(),
        AccountingBasis::imo_lca(),
        AccountingBasis::eu_ets(2026).unwrap(),
    ] {
        let report = voyage.report(&basis, &LoadFactor::default()).unwrap();
        let by_part: Vec<_> = report.legs.iter().chain(&report.calls).collect();
        assert_parts_sum(&report, &by_part);
        let by_phase: Vec<_> = report.phases.iter().map(|(_, s)| s).collect();
        assert_parts_sum(&report, &by_phase);
        let whole = basis.account(&report.ledger).unwrap();
        assert_relative_eq!(
            whole.total().tonnes(),
            report.total.co2e().tonnes(),
            max_relative = 1e-9
        );
        assert_relative_eq!(
            report.ledger.total_mass().tonnes(),
            report.total.fuel_mass().tonnes(),
            max_relative = 1e-12
        );
        assert!(seen_by(&report.ledger, Regime::FuelEu).is_empty());
        assert!(seen_by(&report.ledger, Regime::EuEts).is_empty());
    }
    for leg in voyage.legs() {
        assert_eq!(fe(&leg.place), ScopeShare::NONE);
        assert_eq!(ets(&leg.place), ScopeShare::NONE);
    }
    // Labels carry leg, phase and consumer.
    let report = voyage
        .report(&AccountingBasis::imo_lca(), &LoadFactor::default())
        .unwrap();
    let labels: Vec<String> = report
        .ledger
        .labels()
        .iter()
        .map(|l| l.to_string())
        .collect();
    for l in [
        "CNYSA-USLAX/sea/main",
        "CNYSA-USLAX/sea_eca/main",
        "USLAX-CNYSA/sea/auxiliary",
        "USLAX/berth/boiler",
        "USLAX/berth/shore_power",
        "CNYSA/manoeuvring/main",
    ] {
        assert!(
            labels.iter().any(|x| x == l),
            "missing label {l} in {labels:?}"
        );
    }
}

/// EU–third country (Shanghai → Rotterdam, 50 %), EU–EU (Rotterdam → Hamburg, 100 %), and
/// berths: Rotterdam and Hamburg 100 %, Shanghai 0 %.
#[test]
fn scope_shares_by_leg_type() {
    let voyage = Voyage::builder(&kamsarmax())
        .ports(&["CNYSA", "NLRTM", "DEHAM"])
        .rotation(Rotation::OneWay)
        .leg_route(1, rotterdam_hamburg())
        .date(Date::new(2025, 6, 1).unwrap())
        .speed(knots(12.0))
        .draught(metres(13.0))
        .port_stay(PortStay::new(hours(24.0), hours(0.0), hours(2.0)))
        .eca_spacing(nautical_miles(20.0))
        .build()
        .unwrap();
    let legs = voyage.legs();
    assert_eq!(fe(&legs[0].place), ScopeShare::HALF);
    assert_eq!(ets(&legs[0].place), ScopeShare::HALF);
    assert_eq!(fe(&legs[1].place), ScopeShare::FULL);
    let calls = voyage.calls();
    assert_eq!(fe(&calls[0].berth), ScopeShare::NONE);
    assert_eq!(fe(&calls[1].berth), ScopeShare::FULL);
    assert_eq!(ets(&calls[2].berth), ScopeShare::FULL);
    // The ledger's in-scope mass: ½ of the Shanghai–Rotterdam leg (and of the manoeuvring that
    // belongs to it), all of Rotterdam–Hamburg and both EU berths, nothing of Shanghai's berth.
    let report = voyage
        .report(&AccountingBasis::imo_lca(), &LoadFactor::default())
        .unwrap();
    let expected: f64 = report
        .segments
        .iter()
        .map(|s| s.point.total_fuel().tonnes() * fe(&s.place).value())
        .sum();
    assert_relative_eq!(
        seen_by(&report.ledger, Regime::FuelEu)
            .total_mass()
            .tonnes(),
        expected,
        max_relative = 1e-12
    );
    let sea0 = report.legs[0].fuel_mass().tonnes();
    let sea1 = report.legs[1].fuel_mass().tonnes();
    let berths = report.calls[1].fuel_mass().tonnes() + report.calls[2].fuel_mass().tonnes();
    assert!(expected > 0.5 * sea0 + sea1 && expected < 0.5 * sea0 + sea1 + berths + 1.0);
    // FuelEU and ETS ledgers agree here (no outermost region).
    assert_eq!(
        seen_by(&report.ledger, Regime::EuEts).total_mass(),
        seen_by(&report.ledger, Regime::FuelEu).total_mass()
    );
}

/// One voyage, one ledger, two texts that differ: Las Palmas (Canary Islands, an outermost
/// region, TFEU Art. 349) → Rotterdam, one way, HFO everywhere.
///
/// By hand from the texts: FuelEU Art. 2(1)(c) counts half of the energy of a voyage to or from
/// a port in an outermost region; the EU ETS (Directive 2003/87/EC Art. 3ga) treats Las Palmas
/// as a port of the Union, so the voyage is intra-EU and counts in full. At berth both texts
/// count 100 % (FuelEU Art. 2(1)(a); ETS Art. 3ga). With m_leg the fuel under way (sea and the
/// manoeuvring and anchorage that belong to the passage) and m_berth the fuel at the two
/// berths: FuelEU in-scope mass = ½ m_leg + m_berth, ETS = m_leg + m_berth, and the in-scope
/// energies are those masses × 40,500 MJ/t (HFO LCV, FuelEU Annex II).
#[test]
fn outermost_region_voyage_differs_between_fueleu_and_ets() {
    let route = Route::new(
        "ESLPA-NLRTM",
        vec![
            Waypoint::port("ESLPA"),
            Waypoint::sea(36.5, -11.0),
            Waypoint::sea(44.0, -10.0),
            Waypoint::sea(48.5, -6.0),
            Waypoint::sea(50.0, -1.5),
            Waypoint::sea(51.5, 2.5),
            Waypoint::port("NLRTM"),
        ],
    )
    .unwrap();
    let voyage = Voyage::builder(&kamsarmax())
        .ports(&["ESLPA", "NLRTM"])
        .rotation(Rotation::OneWay)
        .leg_route(0, route)
        .date(Date::new(2026, 6, 1).unwrap())
        .speed(knots(12.0))
        .draught(metres(13.0))
        .port_stay(PortStay::new(hours(24.0), hours(6.0), hours(2.0)))
        .build()
        .unwrap();
    let leg = &voyage.legs()[0];
    let ctx = ScopeContext::new(2026, false);
    assert_eq!(fueleu_share(&leg.place, &ctx), Some(ScopeShare::HALF));
    assert_eq!(ets_share(&leg.place, &ctx), Some(ScopeShare::FULL));

    let ledger = voyage.ledger();
    let (mut m_leg, mut m_berth) = (0.0, 0.0);
    for s in voyage.segments() {
        let m = s.point.total_fuel().tonnes();
        match s.place {
            Place::AtBerth { .. } => m_berth += m,
            _ => m_leg += m,
        }
    }
    assert!(m_leg > 0.0 && m_berth > 0.0);
    let fueleu = in_scope(ledger, Regime::FuelEu, &ctx).unwrap();
    let ets = in_scope(ledger, Regime::EuEts, &ctx).unwrap();
    assert_relative_eq!(
        fueleu.total_mass().tonnes(),
        0.5 * m_leg + m_berth,
        max_relative = 1e-12
    );
    assert_relative_eq!(
        ets.total_mass().tonnes(),
        m_leg + m_berth,
        max_relative = 1e-12
    );
    // In-scope energy under the FuelEU basis: mass × 40,500 MJ/t for HFO.
    let basis = AccountingBasis::fueleu(2026).unwrap();
    let e_fe = basis.account(&fueleu).unwrap().energy.megajoules();
    let e_ets = basis.account(&ets).unwrap().energy.megajoules();
    assert_relative_eq!(
        e_fe,
        (0.5 * m_leg + m_berth) * 40_500.0,
        max_relative = 1e-9
    );
    assert_relative_eq!(e_ets, (m_leg + m_berth) * 40_500.0, max_relative = 1e-9);
    assert!(e_ets > e_fe * 1.3);
}

/// Shipments of the whole load on every leg add up to the voyage; half the load on one leg
/// gets half that leg and half of its ports' halves.
#[test]
fn allocation_by_transport_work() {
    let la = green_corridor::voyage::corridors::corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
        .unwrap();
    let ship = archetype::vessel(&la.archetype, archetype::EngineFit::Oil).unwrap();
    let voyage = Voyage::builder(&ship)
        .ports(&["CNYSA", "USLAX"])
        .date(Date::new(2025, 6, 1).unwrap())
        .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
        .eca_spacing(nautical_miles(5.0))
        .build()
        .unwrap();
    let report = voyage
        .report(&AccountingBasis::imo_lca(), &LoadFactor::default())
        .unwrap();
    let full = 14_500.0 * 0.70; // loaded TEU at 70 % (Clean Cargo)
    assert_relative_eq!(report.cargo.teu.unwrap(), full, max_relative = 1e-12);
    let ship_it = |from: &str, to: &str, teu: f64| {
        voyage
            .allocate(
                &report,
                &Shipment {
                    from: from.into(),
                    to: to.into(),
                    size: ShipmentSize::Teu(teu),
                },
            )
            .unwrap()
    };
    let east = ship_it("CNSHA", "USLAX", full);
    let west = ship_it("USLAX", "CNYSA", full);
    assert_relative_eq!(
        east.co2e().tonnes() + west.co2e().tonnes(),
        report.total.co2e().tonnes(),
        max_relative = 1e-9
    );
    // One TEU eastbound: (leg + ½ Shanghai call + ½ LA call) / 10,150.
    let one = ship_it("CNYSA", "USLAX", 1.0);
    let by_hand = (report.legs[0].co2e().tonnes()
        + 0.5 * report.calls[0].co2e().tonnes()
        + 0.5 * report.calls[1].co2e().tonnes())
        / full;
    assert_relative_eq!(one.co2e().tonnes(), by_hand, max_relative = 1e-9);
    assert_relative_eq!(
        one.transport_work,
        voyage.legs()[0].distance.nautical_miles() * 1.852,
        max_relative = 1e-12
    );
    // More than the cargo on board is an error naming the field.
    let err = voyage
        .allocate(
            &report,
            &Shipment {
                from: "CNYSA".into(),
                to: "USLAX".into(),
                size: ShipmentSize::Teu(full + 1.0),
            },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("shipment.size"));
}

/// A weekly service of 6 ships: 365/42 voyages per ship-year, 365/7 per service-year; the
/// trajectory baseline carries the same numbers.
#[test]
fn service_year_and_trajectory_baseline() {
    let la = green_corridor::voyage::corridors::corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
        .unwrap();
    let ship = archetype::vessel(&la.archetype, archetype::EngineFit::Oil).unwrap();
    let voyage = Voyage::builder(&ship)
        .ports(&["CNYSA", "USLAX"])
        .date(Date::new(2025, 6, 1).unwrap())
        .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
        .eca_spacing(nautical_miles(5.0))
        .build()
        .unwrap();
    let report = voyage
        .report(&AccountingBasis::imo_lca(), &LoadFactor::default())
        .unwrap();
    let year = ServiceYear::new(&voyage, &report, ServicePattern::weekly(6)).unwrap();
    assert_relative_eq!(
        year.voyages_per_ship_year,
        365.0 / 42.0,
        max_relative = 1e-12
    );
    let k = 365.0 / 7.0;
    assert_relative_eq!(
        year.service_year.co2e().tonnes(),
        report.total.co2e().tonnes() * k,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        year.ledger.total_mass().tonnes(),
        report.total.fuel_mass().tonnes() * k,
        max_relative = 1e-9
    );
    let b =
        green_corridor::trajectory::scenario::ServiceBaseline::from_service_year(&year).unwrap();
    assert_eq!(b.year, 2025);
    assert_relative_eq!(b.speed.knots(), 16.0, max_relative = 1e-9);
    assert_relative_eq!(
        b.distance.nautical_miles(),
        voyage.distance().nautical_miles() * k,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        b.propulsion_work.kilowatt_hours(),
        report.total.main_engine_work.kilowatt_hours() * k,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        b.transport_work_teu_km,
        14_500.0 * 0.7 * voyage.distance().nautical_miles() * 1.852 * k,
        max_relative = 1e-9
    );
    // 7 ships would be needed at 1 ship less: the voyage (≈ 36 days) exceeds 5 × 7 days.
    let err = ServiceYear::new(&voyage, &report, ServicePattern::weekly(5)).unwrap_err();
    assert_eq!(err.field(), Some("service.ships"));
}
