//! Shanghai (Yangshan) – Los Angeles/Long Beach, 2025–2050: named decarbonisation plans and a
//! solver-found least-cost aligned mix, against the IMO 2023 Strategy (minimum, striving) and a
//! 1.5 °C pathway, with Monte-Carlo uncertainty bands. Prints a table per plan and writes CSV
//! and SVG charts to an output folder.
//!
//! ```text
//! cargo run --release --example corridor_trajectory                 # writes target/corridor_trajectory/
//! cargo run --release --example corridor_trajectory -- --out DIR --samples 500
//! cargo run --release --example corridor_trajectory -- --json
//! ```
//!
//! Plans live in `scenarios/trajectories/*.toml` (every assumption is stated there). The service
//! baseline comes from the vessel and route models (see `baseline` below).

#[macro_use]
#[path = "../common/mod.rs"]
mod common;

mod svg;

use std::path::{Path, PathBuf};

use green_corridor::numeric::rng::Uncertain;
use green_corridor::prelude::*;
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::{
    CorridorScenario, MixPoint, ServiceBaseline, YearResult,
};
use green_corridor::trajectory::solvers::{TargetMetric, least_cost_aligned_mix};
use green_corridor::trajectory::targets::{iea_net_zero_2050, imo_2023_minimum, imo_2023_striving};
use green_corridor::trajectory::uncertainty::{UncertaintySpec, YearBands, monte_carlo};
use green_corridor::trajectory::{Interpolation, TargetPathway, assess};
use serde::Serialize;

type AnyResult<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const USAGE: &str = "usage: corridor_trajectory [--json] [--out DIR] [--samples N]";

/// The command line: `--json`, `--out DIR`, `--samples N`; `--help` prints the usage; anything
/// else is a usage error (exit 2).
struct Args {
    json: bool,
    out: Option<String>,
    samples: usize,
}

fn parse_args() -> AnyResult<Args> {
    let mut a = Args {
        json: false,
        out: None,
        samples: 200,
    };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--help" | "-h" => {
                outln!("{USAGE}");
                std::process::exit(0);
            }
            "--json" => a.json = true,
            "--out" => a.out = Some(it.next().ok_or("--out needs a directory")?),
            "--samples" => {
                let v = it.next().ok_or("--samples needs a number")?;
                a.samples = v
                    .parse()
                    .map_err(|_| format!("--samples {v}: expected a whole number of samples"))?;
            }
            other => {
                eprintln!("error: unknown argument '{other}'\n{USAGE}");
                std::process::exit(2);
            }
        }
    }
    Ok(a)
}

/// The weekly Shanghai–LA/LB service in 2025 from the voyage model: the corridor's archetype
/// ship (oil-fuelled; `voyage::archetype`), a Yangshan–Los Angeles loop with 48 h at berth,
/// 20 h at anchor and 4 h manoeuvring per call, six ships on a weekly service, at the ISO 14083 /
/// Clean Cargo load factor (70 % utilisation). Returns the baseline and the TEU carried a year.
fn baseline() -> AnyResult<(ServiceBaseline, f64)> {
    use green_corridor::voyage::{
        LoadFactor, PortStay, ServicePattern, ServiceYear, Voyage, archetype,
    };
    let corridor = green_corridor::voyage::corridors::corridors()
        .into_iter()
        .find(|c| c.id == "shanghai-los_angeles")
        .ok_or("Shanghai–LA corridor missing from the catalogue")?;
    let ship = archetype::vessel(&corridor.archetype, archetype::EngineFit::Oil)?;
    let voyage = Voyage::builder(&ship)
        .ports(&["CNYSA", "USLAX"])
        .port_stay(PortStay::new(hours(48.0), hours(20.0), hours(4.0)))
        .build()?;
    let report = voyage.report(&AccountingBasis::imo_lca(), &LoadFactor::default())?;
    let year = ServiceYear::new(&voyage, &report, ServicePattern::weekly(6))?;
    let base = ServiceBaseline::from_service_year(&year)?;
    let one_way_km = corridor.distance()?.kilometres();
    let teu_carried = base.transport_work_teu_km / one_way_km;
    Ok((base, teu_carried))
}

fn load_plans(dir: &Path) -> AnyResult<Vec<ScenarioPlan>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut plans = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f)?;
        let plan: ScenarioPlan =
            toml::from_str(&text).map_err(|e| format!("{}: {e}", f.display()))?;
        plans.push(plan);
    }
    Ok(plans)
}

#[derive(Serialize)]
struct Row {
    scenario: String,
    year: i32,
    well_to_wake_t: f64,
    intensity_g_per_teu_km: f64,
    zero_near_zero_share: f64,
    fuel_cost_usd: f64,
    carbon_cost_usd: f64,
    cost_per_teu_usd: f64,
    delta_imo_minimum: Option<f64>,
    delta_imo_striving: Option<f64>,
    delta_1_5c: Option<f64>,
    wtw_p5_t: Option<f64>,
    wtw_p50_t: Option<f64>,
    wtw_p95_t: Option<f64>,
}

struct Outcome {
    name: String,
    results: Vec<YearResult>,
    bands: Vec<YearBands>,
}

fn main() -> AnyResult<()> {
    let args = parse_args()?;
    let json = args.json;
    let out_dir = PathBuf::from(
        args.out
            .unwrap_or_else(|| "target/corridor_trajectory".into()),
    );
    let samples = args.samples;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let plans = load_plans(&root.join("scenarios/trajectories"))?;
    let (base, teu_carried) = baseline()?;

    // Pathways, applied to the corridor's own 2025 emissions (rebased: the corridor is assumed
    // to sit on each pathway in 2025 — docs/trajectories.md).
    let bau = plans
        .iter()
        .find(|p| p.name.contains("business as usual"))
        .ok_or("BAU plan missing")?;
    let reference = bau.apply(base.clone())?.year_result(2025)?.well_to_wake_t;
    let minimum = imo_2023_minimum()?.rebased(2025)?;
    let striving = imo_2023_striving()?.rebased(2025)?;
    let one_point_five = iea_net_zero_2050()?.rebased(2025)?;

    let spec = UncertaintySpec {
        renewable_wtt_shift_g_per_mj: Uncertain::Triangular {
            low: -5.0,
            mode: 0.0,
            high: 15.0,
        },
        methane_slip_multiplier: Uncertain::Uniform {
            low: 0.5,
            high: 2.0,
        },
        fossil_price_multiplier: Uncertain::Normal {
            mean: 1.0,
            sd: 0.15,
        },
        renewable_price_multiplier: Uncertain::Triangular {
            low: 0.7,
            mode: 1.0,
            high: 1.6,
        },
        carbon_price_multiplier: Uncertain::Uniform {
            low: 0.5,
            high: 2.0,
        },
        demand_growth_shift: Uncertain::Uniform {
            low: -0.015,
            high: 0.015,
        },
        ..UncertaintySpec::none(20_251_122, samples)
    };

    let mut outcomes = Vec::new();
    for plan in &plans {
        let scenario = if plan.name.contains("least-cost") {
            least_cost_plan(&plan.apply(base.clone())?, &minimum, reference)?
        } else {
            plan.apply(base.clone())?
        };
        let results = scenario.run()?;
        let bands = monte_carlo(&scenario, &spec, Some((&minimum, reference)))?;
        outcomes.push(Outcome {
            name: scenario.plan.name.clone(),
            results,
            bands,
        });
    }

    let mut rows = Vec::new();
    for o in &outcomes {
        let series: Vec<(i32, f64)> = o
            .results
            .iter()
            .map(|r| (r.year, r.well_to_wake_t))
            .collect();
        let a_min = assess(&minimum, &series, reference)?;
        let a_str = assess(&striving, &series, reference)?;
        let a_15 = assess(&one_point_five, &series, reference)?;
        for (k, r) in o.results.iter().enumerate() {
            let band = o.bands.get(k);
            rows.push(Row {
                scenario: o.name.clone(),
                year: r.year,
                well_to_wake_t: r.well_to_wake_t,
                intensity_g_per_teu_km: r.intensity_g_per_teu_km,
                zero_near_zero_share: r.zero_near_zero_share,
                fuel_cost_usd: r.fuel_cost.amount(),
                carbon_cost_usd: r.carbon_cost.amount(),
                cost_per_teu_usd: r.total_cost.amount() / (teu_carried * r.activity_factor),
                delta_imo_minimum: a_min.years.get(k).and_then(|y| y.delta),
                delta_imo_striving: a_str.years.get(k).and_then(|y| y.delta),
                delta_1_5c: a_15.years.get(k).and_then(|y| y.delta),
                wtw_p5_t: band.map(|b| b.well_to_wake_t.p5),
                wtw_p50_t: band.map(|b| b.well_to_wake_t.p50),
                wtw_p95_t: band.map(|b| b.well_to_wake_t.p95),
            });
        }
        if !json {
            outln!("\n== {} ==", o.name);
            outln!(
                "first year above IMO minimum: {:?}; cumulative 2025-2050 {:.0} kt CO2e vs IMO-minimum budget {:.0} kt (overshoot {:+.0} kt)",
                a_min.first_misaligned_year,
                a_min.cumulative_attained / 1e3,
                a_min.cumulative_budget / 1e3,
                a_min.cumulative_overshoot / 1e3
            );
            outln!(
                "{:>4} {:>9} {:>13} {:>8} {:>7} {:>8} {:>8} {:>11} {:>17}",
                "year",
                "WtW kt",
                "gCO2e/TEU-km",
                "ZNZ %",
                "Δmin %",
                "Δstr %",
                "Δ1.5 %",
                "USD/TEU",
                "WtW P5–P95 kt"
            );
            for r in rows
                .iter()
                .filter(|r| r.scenario == o.name && (r.year % 5 == 0 || r.year == 2028))
            {
                let pct = |d: Option<f64>| {
                    d.map_or("   n/a".to_string(), |d| format!("{:+6.1}", 100.0 * d))
                };
                outln!(
                    "{:>4} {:>9.1} {:>13.2} {:>8.1} {:>7} {:>8} {:>8} {:>11.0} {:>8.1}–{:<8.1}",
                    r.year,
                    r.well_to_wake_t / 1e3,
                    r.intensity_g_per_teu_km,
                    100.0 * r.zero_near_zero_share,
                    pct(r.delta_imo_minimum),
                    pct(r.delta_imo_striving),
                    pct(r.delta_1_5c),
                    r.cost_per_teu_usd,
                    r.wtw_p5_t.unwrap_or(f64::NAN) / 1e3,
                    r.wtw_p95_t.unwrap_or(f64::NAN) / 1e3
                );
            }
        }
    }

    std::fs::create_dir_all(&out_dir)?;
    write_csv(&out_dir.join("trajectories.csv"), &rows)?;
    let colours = [
        "#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
    ];
    let pathway_line =
        |p: &TargetPathway, name: &str, colour: &'static str| -> AnyResult<svg::Line> {
            Ok(svg::Line {
                name: name.into(),
                colour,
                dashed: true,
                points: (2025..=2050)
                    .map(|y| Ok((f64::from(y), p.absolute(y, reference)? / 1e3)))
                    .collect::<AnyResult<Vec<_>>>()?,
            })
        };
    let mut lines: Vec<svg::Line> = outcomes
        .iter()
        .zip(colours.iter().cycle())
        .map(|(o, c)| svg::Line {
            name: o.name.clone(),
            colour: c,
            dashed: false,
            points: o
                .results
                .iter()
                .map(|r| (f64::from(r.year), r.well_to_wake_t / 1e3))
                .collect(),
        })
        .collect();
    lines.push(pathway_line(&minimum, "IMO 2023 minimum", "#555555")?);
    lines.push(pathway_line(&striving, "IMO 2023 striving", "#999999")?);
    lines.push(pathway_line(
        &one_point_five,
        "IEA NZE (1.5 °C)",
        "#17becf",
    )?);
    let bands = outcomes
        .iter()
        .zip(colours.iter().cycle())
        .map(|(o, c)| svg::Band {
            colour: c,
            points: o
                .bands
                .iter()
                .map(|b| {
                    (
                        f64::from(b.year),
                        b.well_to_wake_t.p5 / 1e3,
                        b.well_to_wake_t.p95 / 1e3,
                    )
                })
                .collect(),
        })
        .collect();
    let emissions = svg::Chart {
        title: "Shanghai–LA/LB weekly service: WtW GHG vs pathways (P5–P95 shaded)",
        x_label: "year",
        y_label: "kt CO2e well to wake (IMO LCA)",
        lines,
        bands,
    };
    std::fs::write(out_dir.join("emissions.svg"), emissions.render())?;
    let cost = svg::Chart {
        title: "Shanghai–LA/LB: energy + carbon cost per TEU carried",
        x_label: "year",
        y_label: "USD per TEU",
        lines: outcomes
            .iter()
            .zip(colours.iter().cycle())
            .map(|(o, c)| svg::Line {
                name: o.name.clone(),
                colour: c,
                dashed: false,
                points: rows
                    .iter()
                    .filter(|r| r.scenario == o.name)
                    .map(|r| (f64::from(r.year), r.cost_per_teu_usd))
                    .collect(),
            })
            .collect(),
        bands: vec![],
    };
    std::fs::write(out_dir.join("cost_per_teu.svg"), cost.render())?;

    if json {
        outln!("{}", serde_json::to_string_pretty(&rows)?);
    } else {
        outln!(
            "\nwrote {}/trajectories.csv, emissions.svg, cost_per_teu.svg ({} Monte-Carlo samples per plan)",
            out_dir.display(),
            samples
        );
        outln!(
            "Notes: the service is outside FuelEU/EU ETS scope (China-US). The IMO NZF is a draft, not\n\
             adopted; its targets end in 2035 and the plans hold the 2035 targets afterwards (an explicit\n\
             assumption in each plan file). Pathways are rebased to the service's 2025 level. Plans, prices\n\
             and certificates are stated in scenarios/trajectories/*.toml (illustrative where marked)."
        );
    }
    Ok(())
}

/// The plan's options with, each year, the least-cost mix of at most two options that meets
/// `pathway` (falling back to the lowest-emission single option where nothing meets it).
fn least_cost_plan(
    scenario: &CorridorScenario,
    pathway: &TargetPathway,
    reference: f64,
) -> AnyResult<CorridorScenario> {
    let candidates: Vec<usize> = (0..scenario.plan.options.len()).collect();
    let mut mix = Vec::new();
    for year in scenario.plan.start_year..=scenario.plan.end_year {
        let shares = match least_cost_aligned_mix(
            scenario,
            year,
            &candidates,
            pathway,
            TargetMetric::WellToWakeTonnes,
            reference,
        ) {
            Ok(m) => m.shares,
            Err(_) => {
                // Nothing meets the pathway (e.g. net zero in 2050): take the lowest-emission option.
                let mut best = (f64::INFINITY, 0usize);
                for &c in &candidates {
                    let mut sc = scenario.clone();
                    let shares: Vec<f64> = candidates
                        .iter()
                        .map(|&i| if i == c { 1.0 } else { 0.0 })
                        .collect();
                    sc.plan.mix = vec![MixPoint { year, shares }];
                    let w = sc.year_result(year)?.well_to_wake_t;
                    if w < best.0 {
                        best = (w, c);
                    }
                }
                candidates
                    .iter()
                    .map(|&i| if i == best.1 { 1.0 } else { 0.0 })
                    .collect()
            }
        };
        mix.push(MixPoint { year, shares });
    }
    let mut out = scenario.clone();
    out.plan.name = "least-cost aligned (solver)".into();
    out.plan.mix = mix;
    out.plan.mix_interpolation = Interpolation::Step;
    Ok(out)
}

fn write_csv(path: &Path, rows: &[Row]) -> AnyResult<()> {
    let mut s = String::from(
        "scenario,year,well_to_wake_t,intensity_g_per_teu_km,zero_near_zero_share,fuel_cost_usd,carbon_cost_usd,cost_per_teu_usd,delta_imo_minimum,delta_imo_striving,delta_1_5c,wtw_p5_t,wtw_p50_t,wtw_p95_t\n",
    );
    let opt = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.6}"));
    for r in rows {
        s.push_str(&format!(
            "\"{}\",{},{:.3},{:.4},{:.4},{:.2},{:.2},{:.2},{},{},{},{},{},{}\n",
            r.scenario,
            r.year,
            r.well_to_wake_t,
            r.intensity_g_per_teu_km,
            r.zero_near_zero_share,
            r.fuel_cost_usd,
            r.carbon_cost_usd,
            r.cost_per_teu_usd,
            opt(r.delta_imo_minimum),
            opt(r.delta_imo_striving),
            opt(r.delta_1_5c),
            opt(r.wtw_p5_t),
            opt(r.wtw_p50_t),
            opt(r.wtw_p95_t)
        ));
    }
    std::fs::write(path, s)?;
    Ok(())
}
