//! Hostile inputs, one per rule, each with the exact error it gets; and a bounded random
//! mutation run of the fuzz harness (the `cargo fuzz` target's equivalent inside `cargo test`).

mod common;

use common::exercise::{Outcome, exercise};
use green_corridor::ledger::FuelLedger;
use green_corridor::trajectory::TargetPathway;
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::ServiceBaseline;
use green_corridor::trajectory::uncertainty::{UncertaintySpec, monte_carlo};

const LEDGER: &str = r#"{"entries":[{"fuel":{"pathway":"hfo"},"converter":{"class":"ice"},"mass_t":10.0,"label":"sea","scope":0.5}]}"#;

fn plan_text() -> String {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios/trajectories/vlsfo_bau.toml");
    std::fs::read_to_string(p).unwrap()
}

fn baseline() -> ServiceBaseline {
    toml::from_str(
        r#"year = 2025
speed_kn = 16.0
distance_nm = 600000.0
propulsion_work_kwh = 4.0e8
auxiliary_work_at_sea_kwh = 4.0e7
work_at_berth_kwh = 1.5e7
transport_work_teu_km = 1.0e11
sea_scope = 0.0
berth_scope = 0.0
"#,
    )
    .unwrap()
}

fn ledger_error(json: &str) -> String {
    serde_json::from_str::<FuelLedger>(json)
        .unwrap_err()
        .to_string()
}

/// The error a plan file gets: on reading (a plan validates as it is read; the TOML error's
/// message is the crate's) or on applying it to the baseline.
fn plan_error(text: &str) -> String {
    match toml::from_str::<ScenarioPlan>(text) {
        Err(e) => e.message().trim_end().to_string(),
        Ok(plan) => plan.apply(baseline()).unwrap_err().to_string(),
    }
}

#[test]
fn ledger_rules() {
    // A negative mass.
    assert_eq!(
        ledger_error(&LEDGER.replace("10.0", "-10.0")),
        "ledger.entries[0].mass must not be negative, got -10"
    );
    // An unknown fuel pathway lists the valid names.
    assert!(
        ledger_error(&LEDGER.replace("\"hfo\"", "\"bunker_c\"")).starts_with(
            "unknown fuel pathway 'bunker_c'; valid names are: hfo, vlsfo, lfo, mdo_mgo, lng,"
        )
    );
    // A misspelt field.
    assert!(
        ledger_error(&LEDGER.replace("mass_t", "mass_tonnes"))
            .starts_with("unknown field `mass_tonnes`")
    );
    // A scope share above one.
    assert_eq!(
        ledger_error(&LEDGER.replace("\"scope\":0.5", "\"scope\":1.5")),
        "scope = 1.5 is out of range: expected a value from 0 to 1 at line 1 column 105"
    );
    // LNG in a generic ICE.
    assert_eq!(
        ledger_error(&LEDGER.replace("\"hfo\"", "\"lng\"")),
        "ledger.entries[0].converter: converter class 'ice' cannot burn lng: methane fuels need an LNG engine class (Otto medium/slow speed, Diesel slow speed, LBSI) so that the Annex II methane slip is known"
    );
}

#[test]
fn scenario_plan_rules() {
    let text = plan_text();
    // A year outside the crate's range (a hostile file asking for a million-year run).
    assert_eq!(
        plan_error(&text.replace("end_year = 2050", "end_year = 1002050")),
        "scenario.end_year = 1002050 is outside the years green_corridor defines (a calendar \
         year from 1900 to 2200)"
    );
    // Too many years inside the range.
    assert_eq!(
        plan_error(
            &text
                .replace("start_year = 2025", "start_year = 1950")
                .replace("end_year = 2050", "end_year = 2190")
        ),
        "scenario.end_year = 2190 is out of range: expected at most 200 years after start_year"
    );
    // Shares that do not sum to one.
    assert_eq!(
        plan_error(&text.replace("shares = [1.0,", "shares = [0.9,")),
        "scenario.mix[0].shares must sum to 1 (within 1e-9), but they sum to 0.9"
    );
    // Demand growth below −100 %.
    assert_eq!(
        plan_error(&text.replace("demand_growth = 0.02", "demand_growth = -1.5")),
        "scenario.demand_growth.points[0].value = -1.5 is out of range: expected a value from -0.999999 to 10"
    );
    // A negative price.
    assert_eq!(
        plan_error(&text.replace("price_usd_per_gj = 15.6", "price_usd_per_gj = -15.6")),
        "scenario.options[0].price_usd_per_gj.points[0].value = -15.6 is out of range: expected a value from 0 to 1000000"
    );
    // An unknown key names itself.
    assert!(
        plan_error(&text.replace("efficiency_gain", "efficency_gain"))
            .contains("unknown field `efficency_gain`")
    );
    // A missing key names itself.
    assert!(
        plan_error(&text.replace("efficiency_gain = 0.005\n", ""))
            .contains("missing field `efficiency_gain`")
    );
}

#[test]
fn pathway_and_uncertainty_rules() {
    let json = r#"{"name":"p","kind":{"relative":{"reference_year":2020}},"interpolation":"linear",
        "checkpoints":[{"year":2030,"value":0.5},{"year":2020,"value":1.0}]}"#;
    assert_eq!(
        serde_json::from_str::<TargetPathway>(json)
            .unwrap_err()
            .to_string(),
        "pathway 'p'.checkpoints[1].year = 2020 is out of range: expected a year after 2030 (checkpoints in increasing order)"
    );
    let plan: ScenarioPlan = toml::from_str(&plan_text()).unwrap();
    let scenario = plan.apply(baseline()).unwrap();
    assert_eq!(
        monte_carlo(&scenario, &UncertaintySpec::none(1, 0), None)
            .unwrap_err()
            .to_string(),
        "uncertainty.samples = 0 is out of range: expected 1 to 1000000 samples"
    );
    assert_eq!(
        monte_carlo(&scenario, &UncertaintySpec::none(1, 2_000_000), None)
            .unwrap_err()
            .to_string(),
        "uncertainty.samples = 2000000 is out of range: expected 1 to 1000000 samples"
    );
}

/// A bounded stand-in for the fuzzer: deterministic byte-level mutations of the seed inputs
/// (flip, insert, delete, duplicate a span, replace digits with extreme numbers) fed to the same
/// harness as `fuzz/fuzz_targets/scenario_input.rs`. Any panic or non-finite result fails.
#[test]
fn mutated_inputs_never_panic_nor_leak_non_finite_numbers() {
    let corridor = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios/shanghai_los_angeles.toml"),
    )
    .unwrap();
    let seeds = [
        plan_text().into_bytes(),
        LEDGER.as_bytes().to_vec(),
        corridor,
    ];
    let extremes: [&[u8]; 6] = [b"1e308", b"-1e308", b"0", b"-0.0", b"4e-320", b"9999999999"];
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut parsed = 0;
    for round in 0..600 {
        let mut data = seeds[round % seeds.len()].clone();
        for _ in 0..1 + next() % 4 {
            if data.is_empty() {
                break;
            }
            let i = (next() % data.len() as u64) as usize;
            match next() % 5 {
                0 => data[i] ^= 1 << (next() % 7),
                1 => {
                    let alphabet = b"{}[]=,.\"0123456789-e";
                    data.insert(i, alphabet[(next() % alphabet.len() as u64) as usize]);
                }
                2 => {
                    data.remove(i);
                }
                3 => {
                    // Replace the number starting here (if any) by an extreme value.
                    let end = (i..data.len())
                        .find(|&j| !data[j].is_ascii_digit() && data[j] != b'.')
                        .unwrap_or(i);
                    if end > i {
                        let e = extremes[(next() % extremes.len() as u64) as usize];
                        data.splice(i..end, e.iter().copied());
                    }
                }
                _ => {
                    let j = (i + (next() % 40) as usize).min(data.len());
                    let span: Vec<u8> = data[i..j].to_vec();
                    data.splice(i..i, span);
                }
            }
        }
        match exercise(&data) {
            Ok(Outcome::Handled) => parsed += 1,
            Ok(Outcome::NotParsed) => {}
            Err(finding) => panic!(
                "round {round}: {finding}\ninput: {}",
                String::from_utf8_lossy(&data)
            ),
        }
    }
    assert!(
        parsed > 50,
        "the mutations should keep many inputs parseable ({parsed})"
    );
}
