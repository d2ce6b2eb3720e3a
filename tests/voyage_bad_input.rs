//! Bad voyage input is a typed error naming the field.

use green_corridor::Error;
use green_corridor::prelude::*;
use green_corridor::route::{Date, Route, Waypoint};
use green_corridor::voyage::{LegSpeed, Rotation, archetype};

fn ship() -> Vessel {
    let la = green_corridor::voyage::corridors::corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
        .unwrap();
    archetype::vessel(&la.archetype, archetype::EngineFit::Oil).unwrap()
}

fn builder() -> green_corridor::voyage::VoyageBuilder {
    Voyage::builder(&ship())
        .ports(&["CNYSA", "USLAX"])
        .rotation(Rotation::OneWay)
        .date(Date::new(2025, 6, 1).unwrap())
        .draught(metres(13.0))
        .eca_spacing(nautical_miles(20.0))
}

#[test]
fn unknown_port_code_has_the_path_and_suggestions() {
    let err = builder().ports(&["CNSHX", "USLAX"]).build().unwrap_err();
    match &err {
        Error::UnknownNameAt {
            field, name, valid, ..
        } => {
            assert_eq!(field, "voyage.ports[0]");
            assert_eq!(name, "CNSHX");
            assert!(valid.contains("CNSHA"), "{valid}");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn fewer_than_two_ports_or_points() {
    let err = builder().ports(&["CNYSA"]).build().unwrap_err();
    assert!(matches!(err, Error::Empty { ref field, .. } if field == "voyage.ports"));
    let err = Route::new("x", vec![Waypoint::port("CNYSA")]).unwrap_err();
    assert!(matches!(err, Error::Empty { ref field, .. } if field == "route.waypoints"));
}

#[test]
fn latitude_beyond_90_and_zero_length_legs() {
    let err = Route::new(
        "x",
        vec![
            Waypoint::port("CNYSA"),
            Waypoint::sea(95.0, 150.0),
            Waypoint::port("USLAX"),
        ],
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("route.waypoints[1].lat"));
    // A port followed by itself.
    let err = builder().ports(&["CNYSA", "CNSHA"]).build().unwrap_err();
    assert!(matches!(err, Error::ZeroLengthLeg { ref field, .. } if field == "voyage.ports[1]"));
    // A duplicated waypoint.
    let err = Route::new(
        "x",
        vec![
            Waypoint::port("CNYSA"),
            Waypoint::sea(35.0, 140.0),
            Waypoint::sea(35.0, 140.0),
            Waypoint::port("USLAX"),
        ],
    )
    .unwrap_err();
    assert!(matches!(err, Error::ZeroLengthLeg { ref field, .. } if field == "route.waypoints[2]"));
    // A custom route that does not start at the leg's port.
    let route = Route::new(
        "x",
        vec![Waypoint::sea(30.0, 123.0), Waypoint::port("USLAX")],
    )
    .unwrap();
    let err = builder().leg_route(0, route).build().unwrap_err();
    assert_eq!(err.field(), Some("voyage.legs[0].route.waypoints[0]"));
}

#[test]
fn negative_hours_and_bad_speeds() {
    let err = builder()
        .call_stay(1, PortStay::new(hours(-1.0), hours(0.0), hours(0.0)))
        .build()
        .unwrap_err();
    assert!(matches!(err, Error::Negative { ref field, .. } if field == "voyage.calls[1].berth_h"));
    let err = builder()
        .port_stay(PortStay::new(hours(10.0), hours(f64::NAN), hours(0.0)))
        .build()
        .unwrap_err();
    assert_eq!(err.field(), Some("voyage.calls[0].anchor_h"));
    let err = builder()
        .leg_speed(0, LegSpeed::SeaHours(hours(-5.0)))
        .build()
        .unwrap_err();
    assert!(
        matches!(err, Error::Negative { ref field, .. } if field == "voyage.legs[0].sea_hours")
    );
    let err = builder().speed(knots(0.0)).build().unwrap_err();
    assert_eq!(err.field(), Some("voyage.legs[0].speed_kn"));
    let err = builder().draught(metres(-2.0)).build().unwrap_err();
    assert_eq!(err.field(), Some("voyage.legs[0].draught_m"));
    let err = builder()
        .leg_speed(3, LegSpeed::Speed(knots(10.0)))
        .build()
        .unwrap_err();
    assert_eq!(err.field(), Some("voyage.legs[3].speed"));
}

/// 5,737 nm in 230 h needs 24.9 kn; at 13 m the engine reaches 100 % MCR at
/// 25.6 × (0.795039 / 0.9019600)^(1/3) = 24.55 kn. The vessel model alone would cap the load
/// (the speed is below 1.10 × 25.6 kn); the voyage refuses the schedule.
#[test]
fn a_schedule_beyond_the_ship_is_not_reachable() {
    let err = builder()
        .leg_speed(0, LegSpeed::SeaHours(hours(230.0)))
        .build()
        .unwrap_err();
    match &err {
        Error::NotReachable {
            field,
            value,
            expected,
        } => {
            assert_eq!(field, "voyage.legs[0].sea_hours");
            assert_eq!(*value, 230.0);
            assert!(expected.contains("24.5"), "{expected}");
        }
        other => panic!("unexpected {other:?}"),
    }
    // A schedule the ship can keep: 16 days → 14.9 kn.
    let v = builder()
        .leg_speed(0, LegSpeed::SeaHours(hours(16.0 * 24.0)))
        .build()
        .unwrap();
    let kn = v.legs()[0].speed.knots();
    assert!((kn - v.legs()[0].distance.nautical_miles() / 384.0).abs() < 1e-12);
    // An explicit speed beyond capability too.
    let err = builder().speed(knots(26.0)).build().unwrap_err();
    assert!(
        matches!(err, Error::NotReachable { ref field, .. } if field == "voyage.legs[0].speed_kn")
    );
}

#[test]
fn a_fuel_the_engines_cannot_burn_names_the_policy_field() {
    let err = builder()
        .policy(EcaFuelPolicy::switching(
            green_corridor::vessel::FuelSelection::all(PathwayId::Vlsfo),
            green_corridor::vessel::FuelSelection::all(PathwayId::Lng),
        ))
        .build()
        .unwrap_err();
    assert!(
        matches!(err, Error::IncompatibleConverter { ref field, .. } if field == "voyage.policy.inside.main")
    );
}

/// The ECA sampling budget is checked before sampling: 5,737 nm at 1 nm is 5,737 samples.
#[test]
fn the_eca_sampling_budget_is_checked_before_sampling() {
    let err = builder()
        .eca_spacing(nautical_miles(1.0))
        .eca_sample_budget(1_000.0)
        .build()
        .unwrap_err();
    assert!(
        matches!(err, Error::LimitExceeded { ref field, limit: 1_000, .. } if field == "voyage.eca_spacing_nm")
    );
    let err = builder()
        .eca_spacing(nautical_miles(0.01))
        .build()
        .unwrap_err();
    assert_eq!(err.field(), Some("voyage.eca_spacing_nm"));
}
