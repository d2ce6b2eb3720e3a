// Shared by `tests/hostile_inputs.rs` (bounded random mutations in `cargo test`) and the
// `cargo fuzz` target `fuzz/fuzz_targets/scenario_input.rs`: feed bytes to every parser the
// crate offers and run what parses through the computations. A typed error is fine; a panic,
// or a non-finite number in a result, is a finding.

use green_corridor::emissions::AccountingBasis;
use green_corridor::ledger::{FuelLedger, ScopeShare};
use green_corridor::trajectory::TargetPathway;
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::ServiceBaseline;
use green_corridor::units::{kilowatt_hours, knots, nautical_miles};

/// What happened to one input.
#[allow(dead_code)]
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// No parser accepted it.
    NotParsed,
    /// Parsed, and the computation returned a typed error or finite results.
    Handled,
}

fn baseline() -> ServiceBaseline {
    ServiceBaseline {
        year: 2025,
        speed: knots(16.0),
        distance: nautical_miles(600_000.0),
        propulsion_work: kilowatt_hours(4.0e8),
        auxiliary_work_at_sea: kilowatt_hours(4.0e7),
        work_at_berth: kilowatt_hours(1.5e7),
        transport_work_teu_km: 1.0e11,
        sea_scope: ScopeShare::HALF.into(),
        berth_scope: ScopeShare::FULL.into(),
        voyage_shore_power_share: 0.0,
        boiler_share_at_sea: 0.0,
        boiler_share_at_berth: 0.0,
    }
}

fn finite(what: &str, v: f64) -> Result<(), String> {
    if v.is_finite() {
        Ok(())
    } else {
        Err(format!("{what} is {v}"))
    }
}

/// Runs one input; `Err` is an invariant violation (a bug), never an input error.
#[allow(dead_code)]
pub fn exercise(data: &[u8]) -> Result<Outcome, String> {
    let Ok(text) = std::str::from_utf8(data) else {
        return Ok(Outcome::NotParsed);
    };
    let mut parsed = false;
    if let Ok(plan) = toml::from_str::<ScenarioPlan>(text) {
        parsed = true;
        if let Ok(scenario) = plan.apply(baseline()) {
            if let Ok(results) = scenario.run() {
                for r in &results {
                    finite("well_to_wake_t", r.well_to_wake_t)?;
                    finite("total_cost_usd", r.total_cost_usd)?;
                    finite("intensity_g_per_teu_km", r.intensity_g_per_teu_km)?;
                }
            }
        }
    }
    if let Ok(ledger) = serde_json::from_str::<FuelLedger>(text) {
        parsed = true;
        for year in [2024, 2025, 2026, 2034] {
            let bases = [
                AccountingBasis::fueleu(year),
                AccountingBasis::eu_ets(year),
                Ok(AccountingBasis::imo_lca()),
                Ok(AccountingBasis::imo_dcs()),
            ];
            for b in bases.into_iter().flatten() {
                if let Ok(e) = b.account(&ledger) {
                    finite("total", e.total().value)?;
                    if let Ok(i) = e.intensity() {
                        finite("intensity", i.value)?;
                    }
                }
            }
            if let Ok(a) =
                green_corridor::regulation::fueleu::assess(&ledger, year, &Default::default())
            {
                finite("penalty_eur", a.penalty_eur)?;
            }
        }
    }
    if let Ok(scenario) = green_corridor::scenario::Scenario::from_toml_str(text) {
        parsed = true;
        if let Ok(run) = scenario.run(&[AccountingBasis::imo_lca()]) {
            if let Some(years) = &run.trajectory {
                for r in years {
                    finite("trajectory well_to_wake_t", r.well_to_wake_t)?;
                    finite("trajectory total_cost_usd", r.total_cost_usd)?;
                }
            }
        }
    }
    if let Ok(p) = serde_json::from_str::<TargetPathway>(text) {
        parsed = true;
        let (a, b) = p.years();
        for y in a..=b.min(a + 200) {
            if let Ok(v) = p.value(y) {
                finite("pathway value", v)?;
            }
        }
    }
    Ok(if parsed {
        Outcome::Handled
    } else {
        Outcome::NotParsed
    })
}
