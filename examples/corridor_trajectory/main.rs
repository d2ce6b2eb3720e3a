//! Shanghai (Yangshan) – Los Angeles/Long Beach, 2025–2050: named decarbonisation plans and a
//! solver-found least-cost aligned mix, against the IMO 2023 Strategy (minimum, striving), with
//! Monte-Carlo uncertainty bands. Prints the policy timeline and the alignment reference it
//! uses, a table per plan (absolute Δ against the IMO lines, the Poseidon Principles vessel Δ,
//! the IEA NZE Δ on the IEA's own TtW CO2 boundary), an IMO NZF sensitivity, and writes CSV and
//! SVG charts to an output folder.
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
use green_corridor::regulation::cii::CiiShip;
use green_corridor::regulation::timeline::PolicyTimeline;
use green_corridor::trajectory::frameworks::{Ambition, IntensityTrajectory};
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::{ServiceBaseline, YearResult};
use green_corridor::trajectory::solvers::{AlignedPath, TargetMetric, least_cost_aligned_path};
use green_corridor::trajectory::targets::{
    iea_net_zero_2050, imo_2023_carbon_intensity, imo_2023_minimum, imo_2023_striving,
};
use green_corridor::trajectory::uncertainty::{UncertaintySpec, YearBands, monte_carlo};
use green_corridor::trajectory::{Reference, Series, TargetPathway, assess};
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
/// Clean Cargo load factor (70 % utilisation). Returns the baseline, the TEU carried a year and
/// the ship's CII particulars (for its Poseidon Principles trajectory).
fn baseline() -> AnyResult<(ServiceBaseline, f64, CiiShip)> {
    use green_corridor::voyage::{
        LoadFactor, PortStay, ServicePattern, ServiceYear, Voyage, archetype,
    };
    let corridor = green_corridor::voyage::corridors::corridor("shanghai-los_angeles")?;
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
    let spec = ship.spec();
    let cii = CiiShip::new(
        green_corridor::regulation::cii::CiiShipType::from_ship_type(ship.ship_type())
            .ok_or("the archetype has no CII ship type")?,
        spec.capacity
            .deadweight
            .ok_or("the archetype has no deadweight")?,
        spec.capacity.gross_tonnage.unwrap_or(0.0),
    )?;
    Ok((base, teu_carried, cii))
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
    policy_timeline: String,
    year: i32,
    well_to_wake_t: f64,
    tank_to_wake_t: f64,
    intensity_g_per_teu_km: f64,
    zero_near_zero_share: f64,
    fuel_cost_usd: f64,
    carbon_cost_usd: f64,
    cost_per_teu_usd: f64,
    /// Carbon cost under the `nzf_2028` timeline (sensitivity), USD.
    carbon_cost_nzf_2028_usd: f64,
    delta_imo_minimum: Option<f64>,
    delta_imo_striving: Option<f64>,
    /// Δ against the IEA NZE line on the IEA's own boundary (the service's TtW CO2, biogenic and
    /// RFNBO CO2 at zero).
    delta_iea_nze_ttw: Option<f64>,
    /// Poseidon Principles vessel Δ (AER WtW, derived minimum trajectory).
    pp_delta_minimum: Option<f64>,
    /// Whether the solver reports the year aligned (solver plan only).
    solver_aligned: Option<bool>,
    wtw_p5_t: Option<f64>,
    wtw_p50_t: Option<f64>,
    wtw_p95_t: Option<f64>,
}

struct Outcome {
    name: String,
    policy: String,
    results: Vec<YearResult>,
    nzf_2028: Vec<YearResult>,
    bands: Vec<YearBands>,
    solver: Option<AlignedPath>,
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
    let (base, teu_carried, ship) = baseline()?;

    // The alignment reference, stated (no implicit rebasing): the service's 2025 emissions and
    // the ASSUMPTION that it sits on each IMO line in 2025. A sector 2008 level would be
    // `Reference::sector_intensity(2008, …)`; none is published for this lane.
    let bau = plans
        .iter()
        .find(|p| p.name.contains("business as usual"))
        .ok_or("BAU plan missing")?;
    let bau_2025 = bau.apply(base.clone())?.year_result(2025)?;
    let minimum = imo_2023_minimum()?;
    let striving = imo_2023_striving()?;
    let ref_min = Reference::on_pathway(&minimum, 2025, bau_2025.well_to_wake_t)?;
    let ref_str = Reference::on_pathway(&striving, 2025, bau_2025.well_to_wake_t)?;
    // The IEA line is TtW CO2 of all shipping, energy-sector convention (CO2 of biofuels and
    // e-fuels at zero): it is compared with the service's TtW CO2 on that boundary — the EU ETS
    // 2024 basis (TtW, CO2 only, renewable CO2 at zero) — not with its WtW GHG.
    let iea = iea_net_zero_2050()?;
    let iea_basis = AccountingBasis::eu_ets(2024)?;
    let fossil_ttw_co2 = |r: &YearResult| -> AnyResult<f64> {
        Ok(iea_basis.account(&r.ledger)?.tank_to_wake.tonnes())
    };
    let ref_iea = Reference::on_pathway(&iea, 2025, fossil_ttw_co2(&bau_2025)?)?;
    // The IMO 2023 carbon-intensity ambition (≥ 40 % by 2030), a target of its own, on the
    // service's gCO2e/TEU-km with the same on-the-line assumption in 2025.
    let ci = imo_2023_carbon_intensity()?;
    let ref_ci = Reference::on_pathway(&ci, 2025, bau_2025.intensity_g_per_teu_km)?;
    // Poseidon Principles (derived trajectory, see trajectory::frameworks): transport work of
    // international shipping +2 %/yr from 2008 — an ILLUSTRATIVE ASSUMPTION, not a projection.
    let transport_work = Series::new(
        vec![
            green_corridor::trajectory::Checkpoint {
                year: 2008,
                value: 1.0,
            },
            green_corridor::trajectory::Checkpoint {
                year: 2050,
                value: 1.02f64.powi(42),
            },
        ],
        green_corridor::trajectory::Interpolation::Geometric,
    )?;
    let pp_min =
        IntensityTrajectory::poseidon_principles(&ship, Ambition::Minimum, &transport_work)?;
    // AER = WtW / (DWT × distance); the service's distance grows with its activity.
    let dwt_t = ship.deadweight.tonnes();
    let distance_nm = base.distance.nautical_miles();

    if !json {
        let mut timelines: Vec<&PolicyTimeline> = Vec::new();
        for p in &plans {
            if !timelines.contains(&&p.policy) {
                timelines.push(&p.policy);
            }
        }
        for t in timelines {
            for line in t.describe() {
                outln!("{line}");
            }
        }
        outln!(
            "sensitivity: every plan is also run under '{}'",
            PolicyTimeline::nzf_2028().name
        );
        outln!("alignment references (stated):");
        for (name, r) in [
            ("IMO minimum", &ref_min),
            ("IMO striving", &ref_str),
            (
                "IEA NZE (TtW CO2, all shipping; vs the service's fossil TtW CO2)",
                &ref_iea,
            ),
            ("IMO carbon intensity (gCO2e/TEU-km)", &ref_ci),
        ] {
            outln!("  {name}: {}", r.describe());
        }
        outln!(
            "  IMO carbon intensity 2030: required {:.2} gCO2e/TEU-km (the BAU plan: see its 2030 row)",
            ci.absolute(2030, Some(&ref_ci))?
        );
        outln!("  Poseidon Principles: {}", pp_min.derivation);
        outln!(
            "  PP minimum required AER (WtW) 2025 {:.3}, 2030 {:.3}, 2040 {:.3} gCO2e/dwt-nm",
            pp_min.required(2025)?,
            pp_min.required(2030)?,
            pp_min.required(2040)?
        );
    }

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
        let (scenario, solver) = if plan.name.contains("least-cost") {
            let s = plan.apply(base.clone())?;
            let candidates: Vec<usize> = (0..s.plan.options.len()).collect();
            let path = least_cost_aligned_path(
                &s,
                &candidates,
                &minimum,
                TargetMetric::WellToWakeTonnes,
                Some(&ref_min),
            )?;
            (path.apply(&s, "least-cost aligned (solver)"), Some(path))
        } else {
            (plan.apply(base.clone())?, None)
        };
        let results = scenario.run()?;
        let mut sensitivity = scenario.clone();
        sensitivity.plan.policy = PolicyTimeline::nzf_2028();
        let nzf_2028 = sensitivity.run()?;
        let bands = monte_carlo(&scenario, &spec, Some((&minimum, Some(&ref_min))))?;
        outcomes.push(Outcome {
            name: scenario.plan.name.clone(),
            policy: scenario.plan.policy.name.clone(),
            results,
            nzf_2028,
            bands,
            solver,
        });
    }

    let mut rows = Vec::new();
    for o in &outcomes {
        let series: Vec<(i32, f64)> = o
            .results
            .iter()
            .map(|r| (r.year, r.well_to_wake_t))
            .collect();
        let ttw: Vec<(i32, f64)> = o
            .results
            .iter()
            .map(|r| Ok((r.year, fossil_ttw_co2(r)?)))
            .collect::<AnyResult<_>>()?;
        let a_min = assess(&minimum, &series, Some(&ref_min))?;
        let a_str = assess(&striving, &series, Some(&ref_str))?;
        let a_iea = assess(&iea, &ttw, Some(&ref_iea))?;
        for (k, r) in o.results.iter().enumerate() {
            let band = o.bands.get(k);
            let aer = r.well_to_wake_t * 1e6 / (dwt_t * distance_nm * r.activity_factor);
            rows.push(Row {
                scenario: o.name.clone(),
                policy_timeline: o.policy.clone(),
                year: r.year,
                well_to_wake_t: r.well_to_wake_t,
                tank_to_wake_t: r.tank_to_wake_t,
                intensity_g_per_teu_km: r.intensity_g_per_teu_km,
                zero_near_zero_share: r.zero_near_zero_share,
                fuel_cost_usd: r.fuel_cost.amount(),
                carbon_cost_usd: r.carbon_cost.amount(),
                cost_per_teu_usd: r.total_cost.amount() / (teu_carried * r.activity_factor),
                carbon_cost_nzf_2028_usd: o.nzf_2028.get(k).map_or(0.0, |n| n.carbon_cost.amount()),
                delta_imo_minimum: a_min.years.get(k).and_then(|y| y.delta),
                delta_imo_striving: a_str.years.get(k).and_then(|y| y.delta),
                delta_iea_nze_ttw: a_iea.years.get(k).and_then(|y| y.delta),
                pp_delta_minimum: pp_min.delta(r.year, aer)?,
                solver_aligned: o
                    .solver
                    .as_ref()
                    .and_then(|p| p.years.iter().find(|y| y.year == r.year))
                    .map(|y| y.aligned),
                wtw_p5_t: band.map(|b| b.well_to_wake_t.p5),
                wtw_p50_t: band.map(|b| b.well_to_wake_t.p50),
                wtw_p95_t: band.map(|b| b.well_to_wake_t.p95),
            });
        }
        if !json {
            outln!("\n== {} ==  [policy timeline: {}]", o.name, o.policy);
            if let Some(p) = &o.solver {
                match p.first_unmet_year {
                    None => outln!("solver: aligned with the IMO minimum in every year"),
                    Some(y) => {
                        let reason = p
                            .years
                            .iter()
                            .find(|x| x.year == y)
                            .and_then(|x| x.reason.clone())
                            .unwrap_or_default();
                        outln!(
                            "solver: aligned to {}; NOT aligned from {y} — {reason}",
                            y - 1
                        );
                    }
                }
            }
            outln!(
                "first year above IMO minimum: {:?}; cumulative 2025-2050 {:.0} kt CO2e vs IMO-minimum budget {:.0} kt (overshoot {:+.0} kt)",
                a_min.first_misaligned_year,
                a_min.cumulative_attained / 1e3,
                a_min.cumulative_budget / 1e3,
                a_min.cumulative_overshoot / 1e3
            );
            let nzf_total: f64 = o.nzf_2028.iter().map(|r| r.carbon_cost.amount()).sum();
            let total: f64 = o.results.iter().map(|r| r.carbon_cost.amount()).sum();
            outln!(
                "carbon cost 2025-2050: USD {:.0} M under this timeline; USD {:.0} M with the draft NZF from 2028 (sensitivity)",
                total / 1e6,
                nzf_total / 1e6
            );
            outln!(
                "{:>4} {:>8} {:>12} {:>6} {:>7} {:>7} {:>8} {:>7} {:>9} {:>7} {:>17}",
                "year",
                "WtW kt",
                "gCO2e/TEU-km",
                "ZNZ %",
                "Δmin %",
                "Δstr %",
                "ΔIEA* %",
                "ΔPP %",
                "USD/TEU",
                "solver",
                "WtW P5–P95 kt"
            );
            for r in rows
                .iter()
                .filter(|r| r.scenario == o.name && (r.year % 5 == 0 || r.year == 2028))
            {
                let pct = |d: Option<f64>| {
                    d.map_or("   n/a".to_string(), |d| format!("{:+6.1}", 100.0 * d))
                };
                let band = match (r.wtw_p5_t, r.wtw_p95_t) {
                    (Some(a), Some(b)) => format!("{:8.1}–{:<8.1}", a / 1e3, b / 1e3),
                    _ => "n/a".into(),
                };
                outln!(
                    "{:>4} {:>8.1} {:>12.2} {:>6.1} {:>7} {:>7} {:>8} {:>7} {:>9.0} {:>7} {}",
                    r.year,
                    r.well_to_wake_t / 1e3,
                    r.intensity_g_per_teu_km,
                    100.0 * r.zero_near_zero_share,
                    pct(r.delta_imo_minimum),
                    pct(r.delta_imo_striving),
                    pct(r.delta_iea_nze_ttw),
                    pct(r.pp_delta_minimum),
                    r.cost_per_teu_usd,
                    match r.solver_aligned {
                        Some(true) => "aligned",
                        Some(false) => "NOT",
                        None => "-",
                    },
                    band
                );
            }
        }
    }

    std::fs::create_dir_all(&out_dir)?;
    write_csv(&out_dir.join("trajectories.csv"), &rows)?;
    let colours = [
        "#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
    ];
    let pathway_line = |p: &TargetPathway,
                        r: &Reference,
                        name: &str,
                        colour: &'static str|
     -> AnyResult<svg::Line> {
        Ok(svg::Line {
            name: name.into(),
            colour,
            dashed: true,
            points: (2025..=2050)
                .map(|y| Ok((f64::from(y), p.absolute(y, Some(r))? / 1e3)))
                .collect::<AnyResult<Vec<_>>>()?,
        })
    };
    let notes = vec![
        "ILLUSTRATIVE: plans, prices and certificates are stated assumptions (scenarios/trajectories/*.toml).".to_string(),
        format!("Reference: {}", ref_min.describe()),
        "Sources: IMO 2023 Strategy (MEPC.377(80)); IMO LCA (MEPC.391(81)); vessel model: Fourth IMO GHG Study.".to_string(),
    ];
    // One chart per plan (its band readable), then all plans' medians together.
    let mut files = Vec::new();
    for (i, (o, c)) in outcomes.iter().zip(colours.iter().cycle()).enumerate() {
        let chart = svg::Chart {
            title: &format!("{}: WtW GHG vs IMO 2023 pathways (P5–P95 shaded)", o.name),
            x_label: "year",
            y_label: "kt CO2e well to wake (IMO LCA)",
            lines: vec![
                svg::Line {
                    name: o.name.clone(),
                    colour: c,
                    dashed: false,
                    points: o
                        .results
                        .iter()
                        .map(|r| (f64::from(r.year), r.well_to_wake_t / 1e3))
                        .collect(),
                },
                pathway_line(&minimum, &ref_min, "IMO 2023 minimum", "#555555")?,
                pathway_line(&striving, &ref_str, "IMO 2023 striving", "#999999")?,
            ],
            bands: vec![svg::Band {
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
            }],
            notes: notes.clone(),
        };
        let file = format!("emissions_{}.svg", i + 1);
        std::fs::write(out_dir.join(&file), chart.render())?;
        files.push(file);
    }
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
    lines.push(pathway_line(
        &minimum,
        &ref_min,
        "IMO 2023 minimum",
        "#555555",
    )?);
    lines.push(pathway_line(
        &striving,
        &ref_str,
        "IMO 2023 striving",
        "#999999",
    )?);
    let emissions = svg::Chart {
        title: "Shanghai–LA/LB weekly service: WtW GHG vs IMO 2023 pathways",
        x_label: "year",
        y_label: "kt CO2e well to wake (IMO LCA)",
        lines,
        bands: vec![],
        notes: notes.clone(),
    };
    std::fs::write(out_dir.join("emissions.svg"), emissions.render())?;
    let cost = svg::Chart {
        title: "Shanghai–LA/LB: energy + carbon cost per TEU carried, one way",
        x_label: "year",
        y_label: "USD per TEU, one way (nominal USD of the 2021–2025 price sources)",
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
        notes: vec![
            "ILLUSTRATIVE: fuel prices as stated in the plan files (docs/data-sources.md, fuel prices), not inflated; per TEU carried one way at 70 % utilisation.".to_string(),
            format!("Policy timeline: {} (carbon costs); capital costs not included.", outcomes.first().map_or("", |o| o.policy.as_str())),
        ],
    };
    std::fs::write(out_dir.join("cost_per_teu.svg"), cost.render())?;

    if json {
        outln!("{}", serde_json::to_string_pretty(&rows)?);
    } else {
        outln!(
            "\nwrote {}/trajectories.csv, emissions.svg, {}, cost_per_teu.svg ({} Monte-Carlo samples per plan)",
            out_dir.display(),
            files.join(", "),
            samples
        );
        outln!(
            "Notes: the service is outside FuelEU/EU ETS scope (China-US). *ΔIEA compares the service's TtW CO2\n\
             (renewable CO2 at zero) with the IEA NZE shipping line, TtW CO2 of all shipping (not WtW GHG). ΔPP uses a\n\
             Poseidon Principles trajectory DERIVED from the CII reference line (see above), not the PP table.\n\
             Plans, prices and certificates are stated in scenarios/trajectories/*.toml (illustrative where marked)."
        );
    }
    Ok(())
}

fn write_csv(path: &Path, rows: &[Row]) -> AnyResult<()> {
    let mut s = String::from(
        "scenario,policy_timeline,year,well_to_wake_t,tank_to_wake_t,intensity_g_per_teu_km,zero_near_zero_share,fuel_cost_usd,carbon_cost_usd,cost_per_teu_usd,carbon_cost_nzf_2028_usd,delta_imo_minimum,delta_imo_striving,delta_iea_nze_ttw,pp_delta_minimum,solver_aligned,wtw_p5_t,wtw_p50_t,wtw_p95_t\n",
    );
    let opt = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.6}"));
    for r in rows {
        s.push_str(&format!(
            "\"{}\",\"{}\",{},{:.3},{:.3},{:.4},{:.4},{:.2},{:.2},{:.2},{:.2},{},{},{},{},{},{},{},{}\n",
            // RFC 4180: names are always quoted, a quote inside doubled.
            r.scenario.replace('"', "\"\""),
            r.policy_timeline.replace('"', "\"\""),
            r.year,
            r.well_to_wake_t,
            r.tank_to_wake_t,
            r.intensity_g_per_teu_km,
            r.zero_near_zero_share,
            r.fuel_cost_usd,
            r.carbon_cost_usd,
            r.cost_per_teu_usd,
            r.carbon_cost_nzf_2028_usd,
            opt(r.delta_imo_minimum),
            opt(r.delta_imo_striving),
            opt(r.delta_iea_nze_ttw),
            opt(r.pp_delta_minimum),
            r.solver_aligned.map_or(String::new(), |a| a.to_string()),
            opt(r.wtw_p5_t),
            opt(r.wtw_p50_t),
            opt(r.wtw_p95_t)
        ));
    }
    std::fs::write(path, s)?;
    Ok(())
}
