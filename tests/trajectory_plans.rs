//! The shipped trajectory plans parse, validate and run; a typo in a plan is an error.

use green_corridor::prelude::*;
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::ServiceBaseline;
use green_corridor::units::nautical_miles;

fn baseline() -> ServiceBaseline {
    ServiceBaseline {
        year: 2025,
        speed: knots(16.0),
        distance: nautical_miles(600_000.0),
        propulsion_work: kilowatt_hours(4.0e8),
        auxiliary_work_at_sea: kilowatt_hours(4.0e7),
        work_at_berth: kilowatt_hours(1.5e7),
        transport_work_teu_km: 1.0e11,
        sea_scope: ScopeShare::NONE.into(),
        berth_scope: ScopeShare::NONE.into(),
        voyage_shore_power_share: 0.0,
        boiler_share_at_sea: 0.0,
        boiler_share_at_berth: 0.0,
    }
}

fn plans() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/trajectories");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_shipped_plan_parses_validates_and_runs() {
    let plans = plans();
    assert!(plans.len() >= 5);
    for (path, text) in plans {
        let plan: ScenarioPlan = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let scenario = plan
            .apply(baseline())
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        let results = scenario.run().unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(results.len(), 26, "{path}: 2025-2050");
        assert!(
            results
                .iter()
                .all(|r| r.well_to_wake_t.is_finite() && r.well_to_wake_t >= 0.0)
        );
    }
}

#[test]
fn a_typo_in_a_plan_is_an_error_naming_the_key() {
    let (_, text) = plans().into_iter().next().unwrap();
    let bad = text.replacen("demand_growth", "demand_grwoth", 1);
    let err = toml::from_str::<ScenarioPlan>(&bad)
        .unwrap_err()
        .to_string();
    assert!(err.contains("demand_grwoth"), "{err}");
    // A bad value is refused as the plan is read (plans validate on deserialisation).
    let bad = text.replacen("speed_kn = 16.0", "speed_kn = -16.0", 1);
    let err = toml::from_str::<ScenarioPlan>(&bad)
        .unwrap_err()
        .to_string();
    assert!(err.contains("scenario.speed_kn"), "{err}");
    let _ = baseline();
}
