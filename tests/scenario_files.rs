//! Scenario files: the shipped file runs; bad files are typed errors with the field path.

use green_corridor::Error;
use green_corridor::scenario::{Scenario, limits, schema};
use green_corridor::units::MassExt;

const SHIPPED: &str = include_str!("../scenarios/shanghai_los_angeles.toml");

fn err(text: &str) -> Error {
    Scenario::from_toml_str(text).unwrap_err()
}

#[test]
fn the_shipped_scenario_runs_every_option() {
    let s = Scenario::from_toml_str(SHIPPED).unwrap();
    assert_eq!(s.fuel_options().len(), 7);
    let run = s.run(&schema::default_bases(2025).unwrap()).unwrap();
    assert_eq!(run.options.len(), 7);
    let vlsfo = &run.options[0].service_year[0];
    let e_methanol = &run.options[5].service_year[0];
    // e-methanol with its (illustrative) certificate emits far less well to wake.
    assert!(e_methanol.co2e_t < 0.3 * vlsfo.co2e_t);
    // A weekly service of 6 ships: 365/7 round trips.
    let g = &run.options[0].groups[0];
    assert_eq!(g.ships, 6);
    let trips = 365.0 / 7.0;
    let voyage_t = g.reports[0].total.co2e().tonnes();
    assert!((vlsfo.co2e_t - voyage_t * trips).abs() < 1e-6 * vlsfo.co2e_t);
    let t = run.trajectory.as_ref().unwrap();
    assert_eq!(t.len(), 16);
}

#[test]
fn an_unknown_field_is_an_error_with_its_path() {
    let text = SHIPPED.replace("count = 6", "count = 6\ncolour = \"blue\"");
    match err(&text) {
        Error::ScenarioFile {
            field,
            message,
            line,
        } => {
            assert!(field.starts_with("service.ships[0]"), "{field}");
            assert!(message.contains("colour"), "{message}");
            assert!(line.is_some());
        }
        other => panic!("unexpected {other:?}"),
    }
    // A typo in a top-level table.
    let text = SHIPPED.replace("departure_interval_days", "departure_intervall_days");
    let e = err(&text);
    assert!(
        matches!(e, Error::ScenarioFile { ref field, ref message, .. }
        if field.starts_with("service") && message.contains("departure_intervall_days")),
        "{e}"
    );
}

#[test]
fn a_missing_field_is_an_error_with_its_path() {
    let text = SHIPPED.replace(
        "port_stay = { berth_h = 48.0, anchor_h = 20.0, manoeuvring_h = 4.0 }",
        "",
    );
    match err(&text) {
        Error::ScenarioFile { field, message, .. } => {
            assert_eq!(field, "service");
            assert!(message.contains("port_stay"), "{message}");
        }
        other => panic!("unexpected {other:?}"),
    }
    // A missing berth time inside the stay.
    let text = SHIPPED.replace("berth_h = 48.0, ", "");
    let e = err(&text);
    assert!(
        matches!(e, Error::ScenarioFile { ref field, ref message, .. }
        if field == "service.port_stay" && message.contains("berth_h")),
        "{e}"
    );
}

/// A vessel specification with a negative MCR: the typed error names
/// `service.ships[1].vessel.main_engine.mcr_kw`.
#[test]
fn a_bad_vessel_names_its_path_value_and_rule() {
    let spec = r#"
[[service.ships]]
count = 1
[service.ships.vessel]
name = "custom"
ship_type = "container"
capacity = { teu = 8000.0, dwt_t = 100000.0 }
build_year = 2010
design_speed_kn = 24.0
design_draught_m = 14.0
main_engine = { mcr_kw = -5.0, engine_type = "slow_speed_diesel", fuel_supply = { mono_fuel = { family = "oil" } } }
"#;
    let text = SHIPPED.replace("[load]", &format!("{spec}\n[load]"));
    match err(&text) {
        Error::Negative { field, value } => {
            assert_eq!(field, "service.ships[1].vessel.main_engine.mcr_kw");
            assert_eq!(value, -5.0);
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn bad_routes_ports_and_schedules_name_their_fields() {
    // Unknown port in a custom rotation, with suggestions.
    let text = SHIPPED.replace(
        "corridor = \"shanghai-los_angeles\"   #",
        "ports = [\"CNYSA\", \"USLAXX\"]   #",
    );
    let e = err(&text);
    assert!(
        matches!(e, Error::UnknownNameAt { ref field, ref valid, .. }
        if field == "route.ports[1]" && valid.contains("USLAX")),
        "{e}"
    );
    // A custom leg with one point, a latitude beyond 90°, a duplicated waypoint.
    let with_leg = |w: &str| {
        SHIPPED.replace(
            "eca_spacing_nm = 1.0",
            &format!("eca_spacing_nm = 1.0\n[[route.legs]]\nleg = 0\nwaypoints = [{w}]"),
        )
    };
    let e = err(&with_leg(
        "{ lat = 30.617, lon = 122.067, port = \"CNYSA\" }",
    ));
    assert_eq!(e.field(), Some("route.legs[0].waypoints"), "{e}");
    let e = err(&with_leg(
        "{ lat = 30.617, lon = 122.067, port = \"CNYSA\" }, { lat = 95.0, lon = 150.0 }, \
         { lat = 33.75, lon = -118.25, port = \"USLAX\" }",
    ));
    assert_eq!(e.field(), Some("route.legs[0].waypoints[1].lat"), "{e}");
    let e = err(&with_leg(
        "{ lat = 30.617, lon = 122.067, port = \"CNYSA\" }, { lat = 40.0, lon = 150.0 }, \
         { lat = 40.0, lon = 150.0 }, { lat = 33.75, lon = -118.25, port = \"USLAX\" }",
    ));
    assert!(
        matches!(e, Error::ZeroLengthLeg { ref field, .. } if field == "route.legs[0].waypoints[2]"),
        "{e}"
    );
    // Negative hours.
    let e = err(&SHIPPED.replace("anchor_h = 20.0", "anchor_h = -20.0"));
    assert!(
        matches!(e, Error::Negative { ref field, .. } if field == "service.port_stay.anchor_h"),
        "{e}"
    );
    // A schedule that needs more than the ship can give: 5,737 nm in 200 h.
    let e = err(&SHIPPED.replace(
        "[[service.ships]]",
        "[[service.legs]]\nsea_hours = 200.0\n\n[[service.ships]]",
    ));
    assert!(
        matches!(e, Error::NotReachable { ref field, .. } if field == "service.legs[0].sea_hours"),
        "{e}"
    );
    // An unknown corridor.
    let e = err(&SHIPPED.replace(
        "archetype = \"shanghai-los_angeles\"",
        "archetype = \"shanghai-la\"",
    ));
    assert!(
        matches!(e, Error::UnknownNameAt { ref field, .. } if field == "service.ships[0].archetype"),
        "{e}"
    );
}

#[test]
fn limits_stop_hostile_files() {
    // Too many fuel options.
    let option = SHIPPED
        .split("[[fuel_options]]")
        .nth(1)
        .unwrap()
        .split("# A projection")
        .next()
        .unwrap()
        .to_string();
    let mut text = SHIPPED.split("# A projection").next().unwrap().to_string();
    for _ in 0..limits::MAX_FUEL_OPTIONS {
        text.push_str(&format!("\n[[fuel_options]]{option}"));
    }
    let e = err(&text);
    assert!(
        matches!(e, Error::LimitExceeded { ref field, .. } if field == "fuel_options"),
        "{e}"
    );
    // Too large a file.
    let big = format!("{SHIPPED}\n#{}", "x".repeat(limits::MAX_FILE_BYTES));
    assert!(matches!(
        err(&big),
        Error::LimitExceeded { what: "bytes", .. }
    ));
    // Too many ships.
    let e = err(&SHIPPED.replace("count = 6", "count = 100000"));
    assert_eq!(e.field(), Some("service.ships"));
    // Too long a projection.
    let e = err(&SHIPPED.replace("end_year = 2040", "end_year = 9999"));
    assert_eq!(e.field(), Some("trajectory.end_year"));
    // Too fine an ECA sampling.
    let e = err(&SHIPPED.replace("eca_spacing_nm = 1.0", "eca_spacing_nm = 0.001"));
    assert_eq!(e.field(), Some("route.eca_spacing_nm"));
    // Deeply nested junk is a parse error, not a stack overflow.
    let deep = format!("x = {}1{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(matches!(err(&deep), Error::ScenarioFile { .. }));
}

#[test]
fn a_too_small_fleet_for_the_frequency_is_an_error() {
    // Planning succeeds; running finds the voyage (≈ 36 days) longer than 4 × 7 days.
    let s = Scenario::from_toml_str(&SHIPPED.replace("count = 6", "count = 4")).unwrap();
    let r = s.run(&schema::default_bases(2025).unwrap());
    assert!(matches!(r, Err(Error::NotReachable { ref field, .. }) if field == "service.ships"));
}

/// 32 ship groups share the ECA budget: 62,500 samples each, fewer than the 114,741 that
/// 11,474 nm at 0.1 nm would need.
#[test]
fn the_eca_budget_is_shared_by_ship_groups() {
    let groups = "[[service.ships]]\narchetype = \"shanghai-los_angeles\"\ncount = 1\n".repeat(31);
    let text = SHIPPED
        .replace("eca_spacing_nm = 1.0", "eca_spacing_nm = 0.1")
        .replace("count = 6", "count = 1")
        .replace("[load]", &format!("{groups}\n[load]"));
    let e = Scenario::from_toml_str(&text).unwrap_err();
    assert!(
        matches!(e, Error::LimitExceeded { ref field, .. } if field == "route.eca_spacing_nm"),
        "{e}"
    );
}

#[test]
fn a_trajectory_without_prices_is_an_error_not_illustrative_numbers() {
    // The shipped file chooses `prices = "illustrative"` explicitly; without the line the run
    // must say what is missing instead of using CarbonPrices::illustrative silently.
    let text = SHIPPED.replace("prices = \"illustrative\"\n", "");
    assert_ne!(text, SHIPPED, "the shipped file states its prices");
    let s = Scenario::from_toml_str(&text).unwrap();
    match s.run(&schema::default_bases(2025).unwrap()) {
        Err(Error::MissingInput { field, .. }) => assert_eq!(field, "trajectory.prices"),
        other => panic!("expected MissingInput for trajectory.prices, got {other:?}"),
    }
    // With the explicit choice the run states it with the projection, and names its timeline.
    let run = Scenario::from_toml_str(SHIPPED)
        .unwrap()
        .run(&schema::default_bases(2025).unwrap())
        .unwrap();
    let p = run.trajectory_policy.unwrap();
    assert!(p.prices.contains("ILLUSTRATIVE"));
    assert_eq!(
        p.timeline,
        green_corridor::regulation::timeline::PolicyTimeline::adopted_law()
    );
    // The default timeline charges no NZF in the projection.
    assert!(run.trajectory.unwrap().iter().all(|y| y.imo_nzf.is_none()));
}
