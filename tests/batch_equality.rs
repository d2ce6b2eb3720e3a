//! Documented API test: the columnar batch engine equals the single-voyage path.
//!
//! Worked check: for each of a few hundred random segments (seeded) over ten vessels that
//! cover the vessel model's branches — slow-speed diesel on HFO, a > 14,500 TEU container
//! (δ_w = 0.75), LNG-Diesel and LNG-Otto dual-fuel engines with MGO pilot fuel, an RFNBO
//! methanol dual-fuel engine with a certificate, a gas turbine (load-independent SFC), a small
//! tug (the < 500 kW auxiliary rule), a wind-assisted ship, a sea-trial speed–power curve and
//! a certified biofuel — and speeds from 4 % to 115 % of the design speed (low-load CH4/N2O
//! bins, the load cap, unreachable speeds), the expected value is
//! `Vessel::operate` → `OperatingPoint::push_into` → `AccountingBasis::account`, under
//! FuelEU 2025, the IMO LCA, EU ETS 2026 and IMO DCS. Tolerance: 1e-9 relative (the two paths
//! multiply in a different order; they differ by a few ulps).

use green_corridor::batch::{PreparedFleet, RowErrorKind, SegmentColumns, Segments, phase_code};
use green_corridor::fuel::FuelFamily;
use green_corridor::numeric::rng::Rng;
use green_corridor::prelude::*;
use green_corridor::vessel::{Consumer, MetresExt, SpeedPowerCurve, cubic_metres};

fn oil() -> FuelSupply {
    FuelSupply::mono(FuelFamily::Oil)
}

fn fleet() -> Vec<Vessel> {
    let mgo = PathwayId::MdoMgo;
    let e_methanol = Fuel::certified(
        PathwayId::EMethanol,
        Certificate::total_e_g_per_mj(8.0).unwrap(),
    );
    let hvo = Fuel::certified(PathwayId::Hvo, Certificate::total_e_g_per_mj(16.0).unwrap());
    vec![
        Vessel::builder("bulk", ShipType::Bulk)
            .deadweight(tonnes(80_000.0))
            .build_year(2012)
            .design_speed(knots(14.0))
            .design_draught(metres(14.0))
            .main_engine(kilowatts(10_000.0), EngineType::SlowSpeedDiesel, oil())
            .fuels(FuelSelection::all(PathwayId::Hfo))
            .build()
            .unwrap(),
        Vessel::builder("ulcv", ShipType::Container)
            .teu(20_000.0)
            .build_year(2018)
            .design_speed(knots(22.0))
            .design_draught(metres(16.0))
            .main_engine(kilowatts(60_000.0), EngineType::SlowSpeedDiesel, oil())
            .fuels(FuelSelection::all(PathwayId::Vlsfo))
            .build()
            .unwrap(),
        Vessel::builder("lng diesel", ShipType::Container)
            .teu(14_000.0)
            .build_year(2020)
            .design_speed(knots(22.0))
            .design_draught(metres(15.0))
            .main_engine(
                kilowatts(55_000.0),
                EngineType::LngDiesel,
                FuelSupply::dual(FuelFamily::Methane, mgo.clone(), 0.01).unwrap(),
            )
            .fuels(FuelSelection::main_and_others(PathwayId::Lng, mgo.clone()))
            .build()
            .unwrap(),
        Vessel::builder("lng carrier", ShipType::LiquefiedGasTanker)
            .cargo_volume(cubic_metres(174_000.0))
            .build_year(2019)
            .design_speed(knots(19.5))
            .design_draught(metres(11.5))
            .main_engine(
                kilowatts(26_000.0),
                EngineType::LngOttoMediumSpeed,
                FuelSupply::dual(FuelFamily::Methane, mgo.clone(), 0.005).unwrap(),
            )
            .auxiliary_engines(
                EngineType::LngOttoMediumSpeed,
                FuelSupply::dual(FuelFamily::Methane, mgo.clone(), 0.01).unwrap(),
            )
            .fuels(FuelSelection {
                main: Fuel::new(PathwayId::Lng),
                auxiliary: Fuel::new(PathwayId::Lng),
                boiler: Fuel::new(mgo.clone()),
            })
            .build()
            .unwrap(),
        Vessel::builder("e-methanol tanker", ShipType::OilTanker)
            .deadweight(tonnes(50_000.0))
            .build_year(2024)
            .design_speed(knots(14.5))
            .design_draught(metres(12.0))
            .main_engine(
                kilowatts(9_000.0),
                EngineType::SlowSpeedDiesel,
                FuelSupply::dual(FuelFamily::Methanol, mgo.clone(), 0.05).unwrap(),
            )
            .fuels(FuelSelection::main_and_others(e_methanol, mgo.clone()))
            .build()
            .unwrap(),
        Vessel::builder("gas turbine ro-pax", ShipType::RoPax)
            .gross_tonnage(40_000.0)
            .build_year(2005)
            .design_speed(knots(24.0))
            .design_draught(metres(7.0))
            .main_engine(kilowatts(30_000.0), EngineType::GasTurbine, oil())
            .fuels(FuelSelection::all(mgo.clone()))
            .build()
            .unwrap(),
        Vessel::builder("tug", ShipType::ServiceTug)
            .gross_tonnage(300.0)
            .build_year(1998)
            .design_speed(knots(12.0))
            .design_draught(metres(4.0))
            .main_engine(kilowatts(400.0), EngineType::HighSpeedDiesel, oil())
            .fuels(FuelSelection::all(mgo.clone()))
            .build()
            .unwrap(),
        Vessel::builder("wind general cargo", ShipType::GeneralCargo)
            .deadweight(tonnes(12_000.0))
            .build_year(2015)
            .design_speed(knots(13.0))
            .design_draught(metres(8.0))
            .main_engine(kilowatts(5_000.0), EngineType::MediumSpeedDiesel, oil())
            .wind_assist_share(0.15)
            .fuels(FuelSelection::all(PathwayId::Vlsfo))
            .build()
            .unwrap(),
        Vessel::builder("curve container", ShipType::Container)
            .teu(8_000.0)
            .build_year(2010)
            .design_speed(knots(24.0))
            .design_draught(metres(14.0))
            .main_engine(kilowatts(50_000.0), EngineType::SlowSpeedDiesel, oil())
            .speed_power_curve(
                SpeedPowerCurve::new(vec![
                    (knots(12.0), kilowatts(6_000.0)),
                    (knots(18.0), kilowatts(18_000.0)),
                    (knots(24.0), kilowatts(42_000.0)),
                ])
                .unwrap(),
            )
            .fuels(FuelSelection::all(PathwayId::Vlsfo))
            .build()
            .unwrap(),
        Vessel::builder("hvo feeder", ShipType::Container)
            .teu(900.0)
            .build_year(2008)
            .design_speed(knots(17.0))
            .design_draught(metres(8.0))
            .main_engine(kilowatts(8_000.0), EngineType::MediumSpeedDiesel, oil())
            .fuels(FuelSelection::main_and_others(hvo, mgo))
            .build()
            .unwrap(),
    ]
}

struct Columns {
    vessel: Vec<u32>,
    phase: Vec<u8>,
    speed: Vec<f64>,
    draught: Vec<f64>,
    duration: Vec<f64>,
}

fn random_segments(fleet: &[Vessel], n: usize, seed: u64) -> Columns {
    let mut rng = Rng::seeded(seed);
    let mut c = Columns {
        vessel: Vec::new(),
        phase: Vec::new(),
        speed: Vec::new(),
        draught: Vec::new(),
        duration: Vec::new(),
    };
    for k in 0..n {
        let vi = (rng.next_u64() % fleet.len() as u64) as usize;
        let spec = fleet[vi].spec();
        let phase = OperatingPhase::ALL[(rng.next_u64() % 5) as usize];
        let v_ref = spec.design_speed.knots();
        // Speeds 4–115 % of design under way (low-load bins below ~55 %); 0–1 kn otherwise.
        let speed = if phase.is_under_way() {
            v_ref * (0.04 + 1.11 * rng.unit())
        } else if k % 3 == 0 {
            0.0
        } else {
            rng.unit()
        };
        c.vessel.push(vi as u32);
        c.phase.push(phase_code(phase));
        c.speed.push(speed);
        c.draught
            .push(spec.design_draught.metres() * (0.55 + 0.5 * rng.unit()));
        c.duration.push(0.1 + 30.0 * rng.unit());
    }
    c
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()) + 1e-15
}

fn check_basis(basis: &AccountingBasis, n: usize, seed: u64) -> (usize, usize, usize) {
    let ships = fleet();
    let fleet = PreparedFleet::new(&ships, basis).unwrap();
    let c = random_segments(&ships, n, seed);
    let seg = Segments::new(&c.vessel, &c.phase, &c.speed, &c.draught, &c.duration).unwrap();
    let (cols, report) = fleet.compute(&seg).unwrap();
    let bad: std::collections::HashMap<u64, RowErrorKind> =
        report.row_errors.iter().map(|e| (e.row, e.kind)).collect();
    let mut expected_totals = vec![0.0; ships.len()];
    let (mut good, mut low_load, mut pilots) = (0, 0, 0);
    for i in 0..n {
        let ship = &ships[c.vessel[i] as usize];
        let op = Operation::new(
            OperatingPhase::ALL[c.phase[i] as usize],
            knots(c.speed[i]),
            metres(c.draught[i]),
            hours(c.duration[i]),
        );
        match ship.operate(&op) {
            Err(e) => {
                assert!(
                    bad.contains_key(&(i as u64)),
                    "row {i}: single path fails ({e}) but the batch did not"
                );
                assert!(cols.co2e_t[i].is_nan());
            }
            Ok(point) => {
                assert!(
                    !bad.contains_key(&(i as u64)),
                    "row {i}: {:?}",
                    bad.get(&(i as u64))
                );
                let mut ledger = FuelLedger::new();
                point.push_into(&mut ledger, "s", ScopeShare::NONE).unwrap();
                let want = basis.account(&ledger).unwrap().total().tonnes();
                for (consumer, got) in [
                    (Consumer::MainEngine, cols.fuel_main_t[i]),
                    (Consumer::AuxiliaryEngines, cols.fuel_auxiliary_t[i]),
                    (Consumer::Boiler, cols.fuel_boiler_t[i]),
                ] {
                    let w = point.fuel_of(consumer).tonnes();
                    assert!(
                        close(got, w),
                        "row {i} {consumer:?}: batch {got} single {w}"
                    );
                }
                assert!(
                    close(cols.co2e_t[i], want),
                    "row {i} ({}): batch {} single {want}",
                    ship.name(),
                    cols.co2e_t[i]
                );
                expected_totals[c.vessel[i] as usize] += want;
                good += 1;
                if point.low_load.is_active() {
                    low_load += 1;
                }
                if point
                    .fuel_use
                    .iter()
                    .any(|f| f.role == green_corridor::vessel::FuelRole::Pilot)
                {
                    pilots += 1;
                }
            }
        }
    }
    for (k, want) in expected_totals.iter().enumerate() {
        assert!(
            close(report.totals.co2e_t[k], *want),
            "vessel {k}: total {} vs {want}",
            report.totals.co2e_t[k]
        );
    }
    assert_eq!(report.rows, n as u64);
    assert_eq!(good + report.row_errors.len(), n);
    (good, low_load, pilots)
}

#[test]
fn batch_equals_single_path_under_four_bases() {
    for (k, basis) in [
        AccountingBasis::fueleu(2025).unwrap(),
        AccountingBasis::imo_lca(),
        AccountingBasis::eu_ets(2026).unwrap(),
        AccountingBasis::imo_dcs(),
    ]
    .iter()
    .enumerate()
    {
        let (good, low_load, pilots) = check_basis(basis, 400, 42 + k as u64);
        // The sample exercises the branches it claims to.
        assert!(good > 300, "{good}");
        assert!(low_load > 20, "{low_load} low-load rows");
        assert!(pilots > 50, "{pilots} rows with pilot fuel");
    }
}

#[test]
fn bad_rows_are_reported_and_excluded_from_totals() {
    let ships = fleet();
    let basis = AccountingBasis::fueleu(2025).unwrap();
    let fleet = PreparedFleet::new(&ships, &basis).unwrap();
    let sea = phase_code(OperatingPhase::NormalCruising);
    let berth = phase_code(OperatingPhase::AtBerth);
    let vessel = [0, 0, 99, 0, 0, 0, 0, 0, 0, 0, 0];
    let phase = [sea, sea, sea, 9, sea, sea, sea, sea, berth, sea, sea];
    let speed = [
        12.0,
        f64::NAN,
        12.0,
        12.0,
        -1.0,
        0.0,
        12.0,
        12.0,
        0.0,
        40.0,
        12.0,
    ];
    let draught = [
        13.0, 13.0, 13.0, 13.0, 13.0, 13.0, 0.0, 13.0, 13.0, 13.0, 13.0,
    ];
    let duration = [
        24.0, 24.0, 24.0, 24.0, 24.0, 24.0, 24.0, -2.0, 12.0, 24.0, 1e308,
    ];
    let seg = Segments::new(&vessel, &phase, &speed, &draught, &duration).unwrap();
    let mut cols = SegmentColumns::zeros(vessel.len()).unwrap();
    let report = fleet.compute_into(&seg, &mut cols.as_outputs()).unwrap();
    let rows: Vec<(u64, String)> = report
        .row_errors
        .iter()
        .map(|e| (e.row, e.kind.to_string()))
        .collect();
    use green_corridor::batch::SegmentColumn::*;
    let kinds: Vec<(u64, RowErrorKind)> =
        report.row_errors.iter().map(|e| (e.row, e.kind)).collect();
    assert_eq!(kinds.len(), 9, "{rows:?}");
    assert!(
        matches!(kinds[0], (1, RowErrorKind::NonFinite { column: SpeedKn, value }) if value.is_nan())
    );
    assert_eq!(
        kinds[1],
        (
            2,
            RowErrorKind::VesselOutOfRange {
                vessel: 99,
                fleet_size: 10
            }
        )
    );
    assert_eq!(kinds[2], (3, RowErrorKind::UnknownPhase { code: 9 }));
    assert_eq!(
        kinds[3],
        (
            4,
            RowErrorKind::Negative {
                column: SpeedKn,
                value: -1.0
            }
        )
    );
    assert_eq!(kinds[4], (5, RowErrorKind::Zero { column: SpeedKn }));
    assert_eq!(kinds[5], (6, RowErrorKind::Zero { column: DraughtM }));
    assert_eq!(
        kinds[6],
        (
            7,
            RowErrorKind::Negative {
                column: DurationH,
                value: -2.0
            }
        )
    );
    match kinds[7] {
        (9, RowErrorKind::NotReachable { speed_kn, limit_kn }) => {
            assert_eq!(speed_kn, 40.0);
            // 1.10 × max(14 kn, v_cap at 13 m) ≈ 1.10 × 14 = 15.4 kn.
            assert!(limit_kn > 15.0 && limit_kn < 16.0, "{limit_kn}");
        }
        other => panic!("{other:?}"),
    }
    // Row 10: 1e308 h × kW overflows; the single path fails too (a non-finite ledger mass).
    assert_eq!(kinds[8], (10, RowErrorKind::NonFiniteResult));
    assert!(rows.iter().all(|(r, _)| *r != 0 && *r != 8));
    // Messages name the column and value.
    assert!(rows[0].1.contains("speed_kn"), "{}", rows[0].1);
    assert!(rows[6].1.contains("duration_h") && rows[6].1.contains("-2"));
    // Totals: only rows 0 and 8 count.
    let ok: Vec<usize> = (0..vessel.len())
        .filter(|i| !report.row_errors.iter().any(|e| e.row == *i as u64))
        .collect();
    let sum: f64 = ok.iter().map(|&i| cols.co2e_t[i]).sum();
    assert!((report.totals.co2e_t[0] - sum).abs() <= 1e-12 * sum);
    assert_eq!(report.totals.segments[0], ok.len() as u64);
    for e in &report.row_errors {
        assert!(cols.fuel_main_t[e.row as usize].is_nan());
    }
}

#[test]
fn a_fleet_the_single_path_cannot_run_is_refused_with_the_vessel_named() {
    // A biofuel without a certificate cannot be accounted under a WtW basis.
    let ship = Vessel::builder("hvo", ShipType::Bulk)
        .deadweight(tonnes(30_000.0))
        .build_year(2015)
        .design_speed(knots(13.0))
        .design_draught(metres(10.0))
        .main_engine(kilowatts(6_000.0), EngineType::SlowSpeedDiesel, oil())
        .fuels(FuelSelection::all(PathwayId::Hvo))
        .build()
        .unwrap();
    let ok = fleet();
    let mut ships = ok.clone();
    ships.push(ship);
    let err = PreparedFleet::new(&ships, &AccountingBasis::fueleu(2025).unwrap()).unwrap_err();
    assert!(err.to_string().contains("vessels[10]"), "{err}");
    // Under IMO DCS (TtW CO2 only) it is fine.
    assert!(PreparedFleet::new(&ships, &AccountingBasis::imo_dcs()).is_ok());
}
