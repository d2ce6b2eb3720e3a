//! `green-corridor trajectory SCENARIO.toml --plan PLAN.toml`: the scenario's service as the
//! trajectory engine's baseline, the plan applied to it, 2025–2050 results against the IMO 2023
//! Strategy (minimum, striving; WtW GHG) and the IEA Net Zero 2050 pathway (TtW CO2 of all
//! shipping, so drawn against the service's TtW CO2 under the EU ETS basis, renewable CO2
//! zero-rated); CSV, SVG and PNG. The reference of every pathway is a named ASSUMPTION: the
//! service sits on the pathway in the plan's first year (`trajectory::Reference::on_pathway`).

use std::path::{Path, PathBuf};

use green_corridor::emissions::AccountingBasis;
use green_corridor::scenario::Scenario;
use green_corridor::trajectory::plan::ScenarioPlan;
use green_corridor::trajectory::scenario::{ServiceBaseline, YearResult};
use green_corridor::trajectory::targets::{iea_net_zero_2050, imo_2023_minimum, imo_2023_striving};
use green_corridor::trajectory::{Reference, TargetPathway, assess};
use green_corridor::units::MassExt;
use serde::Serialize;

use crate::chart::{self, Chart, Series};
use crate::failure::{Failure, Result};
use crate::io;

/// Projects the service of a scenario file (its first fuel option, all ship groups, under the
/// IMO LCA) under a trajectory plan (schema: docs/scenario-format.md, "Trajectory plans"; e.g.
/// scenarios/trajectories/lng_pathway.toml). Writes `trajectory.csv`, `trajectory.svg` and
/// `trajectory.png` into `--out`. Each pathway's reference is the service's own first-year level,
/// a stated assumption printed on the chart.
#[derive(clap::Args)]
pub struct Args {
    /// The scenario file giving the service baseline.
    pub scenario: PathBuf,
    /// The trajectory plan (TOML).
    #[arg(long, value_name = "PLAN.toml")]
    pub plan: PathBuf,
    /// Output directory for the CSV and the charts.
    #[arg(long, value_name = "DIR", default_value = "trajectory-out")]
    pub out: PathBuf,
    /// Print the yearly results as JSON (the files are still written).
    #[arg(long)]
    pub json: bool,
}

/// The service baseline of a scenario file: its first fuel option's ship groups summed, from
/// the voyage model under the IMO LCA.
pub fn baseline(path: &Path) -> Result<ServiceBaseline> {
    let scenario = Scenario::from_path(path).map_err(|e| Failure::in_file(path, e))?;
    let run = scenario
        .run(&[AccountingBasis::imo_lca()])
        .map_err(|e| Failure::in_file(path, e))?;
    let first = run.options.first().ok_or_else(|| {
        Failure::input(
            path,
            None,
            "fuel_options",
            "at least one fuel option is needed",
        )
    })?;
    let parts: Vec<ServiceBaseline> = first
        .groups
        .iter()
        .filter_map(|g| g.years.first().map(|y| y.baseline.clone()))
        .collect();
    ServiceBaseline::sum(&parts).map_err(|e| Failure::in_file(path, e))
}

/// Reads a plan file (validated as it is read; errors name the line and field).
pub fn plan(path: &Path) -> Result<ScenarioPlan> {
    let text = io::read_text(path)?;
    toml::from_str(&text).map_err(|e| Failure::in_file(path, e))
}

/// One year of the CSV.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub year: i32,
    pub well_to_wake_t: f64,
    pub intensity_g_per_teu_km: f64,
    pub zero_near_zero_share: f64,
    pub fuel_cost_usd: f64,
    pub carbon_cost_usd: f64,
    pub total_cost_usd: f64,
    pub imo_minimum_t: Option<f64>,
    pub imo_striving_t: Option<f64>,
    pub iea_1_5c_t: Option<f64>,
    pub tank_to_wake_co2_t: f64,
    pub delta_imo_minimum: Option<f64>,
    pub delta_imo_striving: Option<f64>,
    pub delta_1_5c: Option<f64>,
}

/// The plan's results and the pathways' absolute values, year by year.
pub fn project(
    scenario: &Path,
    plan_path: &Path,
) -> Result<(ScenarioPlan, Vec<YearResult>, Vec<Row>)> {
    let base = baseline(scenario)?;
    let plan = plan(plan_path)?;
    let results = plan
        .apply(base)
        .and_then(|s| s.run())
        .map_err(|e| Failure::in_file(plan_path, e))?;
    let first = results
        .first()
        .ok_or_else(|| Failure::input(plan_path, None, "start_year", "the plan has no years"))?;
    // The IEA line is TtW CO2: the service's TtW CO2 under the EU ETS basis (CO2 only in
    // 2024, renewable CO2 zero-rated) is what it is compared with.
    let co2_basis = AccountingBasis::eu_ets(2024).map_err(Failure::model)?;
    let ttw_co2 = results
        .iter()
        .map(|r| {
            co2_basis
                .account(&r.ledger)
                .map(|e| (r.year, e.tank_to_wake.tonnes()))
        })
        .collect::<green_corridor::Result<Vec<(i32, f64)>>>()
        .map_err(Failure::model)?;
    let base_year = first.year;
    let first_co2 = ttw_co2.first().map_or(0.0, |(_, t)| *t);
    let wtw: Vec<(i32, f64)> = results.iter().map(|r| (r.year, r.well_to_wake_t)).collect();
    let pathways: Vec<TargetPathway> =
        [imo_2023_minimum(), imo_2023_striving(), iea_net_zero_2050()]
            .into_iter()
            .collect::<green_corridor::Result<_>>()
            .map_err(Failure::model)?;
    // ASSUMPTION (printed on the chart): the service is on each pathway in the first year.
    let references: Vec<Reference> = pathways
        .iter()
        .zip([first.well_to_wake_t, first.well_to_wake_t, first_co2])
        .map(|(p, v)| Reference::on_pathway(p, base_year, v))
        .collect::<green_corridor::Result<_>>()
        .map_err(Failure::model)?;
    let assessed = pathways
        .iter()
        .zip(&references)
        .enumerate()
        .map(|(i, (p, r))| assess(p, if i == 2 { &ttw_co2 } else { &wtw }, Some(r)))
        .collect::<green_corridor::Result<Vec<_>>>()
        .map_err(Failure::model)?;
    let rows = results
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let abs = |i: usize| {
                pathways
                    .get(i)
                    .zip(references.get(i))
                    .and_then(|(p, rf)| p.absolute(r.year, Some(rf)).ok())
            };
            let delta = |i: usize| {
                assessed
                    .get(i)
                    .and_then(|a| a.years.get(k))
                    .and_then(|y| y.delta)
            };
            Row {
                year: r.year,
                well_to_wake_t: r.well_to_wake_t,
                intensity_g_per_teu_km: r.intensity_g_per_teu_km,
                zero_near_zero_share: r.zero_near_zero_share,
                fuel_cost_usd: r.fuel_cost.amount(),
                carbon_cost_usd: r.carbon_cost.amount(),
                total_cost_usd: r.total_cost.amount(),
                imo_minimum_t: abs(0),
                imo_striving_t: abs(1),
                iea_1_5c_t: abs(2),
                tank_to_wake_co2_t: ttw_co2.get(k).map_or(0.0, |(_, t)| *t),
                delta_imo_minimum: delta(0),
                delta_imo_striving: delta(1),
                delta_1_5c: delta(2),
            }
        })
        .collect();
    Ok((plan, results, rows))
}
/// The emissions chart: the plan against the IMO pathways (kt CO2e WtW) and, for the IEA line,
/// its TtW CO2 against the IEA pathway (kt CO2).
/// The emissions chart: the plan against the three pathways, in kt CO2e WtW.
pub fn emissions_chart(plan: &ScenarioPlan, rows: &[Row], plan_file: &Path) -> Chart {
    let kt = |f: fn(&Row) -> Option<f64>| -> Vec<(i32, f64)> {
        rows.iter()
            .filter_map(|r| f(r).map(|v| (r.year, v / 1e3)))
            .collect()
    };
    Chart {
        title: format!("GHG of the service: {} (WtW; TtW CO2 for the IEA line)", plan.name),
        y_label: "kt a year: CO2e WtW (IMO LCA); CO2 TtW for the IEA line".into(),
        series: vec![
            Series { name: plan.name.clone(), points: kt(|r| Some(r.well_to_wake_t)), dashed: false },
            Series { name: "IMO 2023 minimum (WtW GHG)".into(), points: kt(|r| r.imo_minimum_t), dashed: true },
            Series { name: "IMO 2023 striving (WtW GHG)".into(), points: kt(|r| r.imo_striving_t), dashed: true },
            Series { name: format!("{} TtW CO2", plan.name), points: kt(|r| Some(r.tank_to_wake_co2_t)), dashed: false },
            Series { name: "IEA NZE 2050 (TtW CO2, all shipping)".into(), points: kt(|r| r.iea_1_5c_t), dashed: true },
        ],
        notes: vec![
            format!(
                "ILLUSTRATIVE: prices, certificates and the fuel mix are the assumptions stated in {}.",
                plan_file.file_name().map_or_else(|| plan_file.display().to_string(), |n| n.to_string_lossy().into_owned())
            ),
            "Pathways: IMO 2023 GHG Strategy (Res. MEPC.377(80)) minimum and striving checkpoints; IEA Net Zero by 2050 (2021) shipping.".into(),
            "ASSUMPTION: the service is on each pathway in the plan's first year (the reference). IEA line vs the service's TtW CO2. Model: Fourth IMO GHG Study 2020; green-corridor.".into(),
        ],
    }
}

pub fn run(a: &Args) -> Result<()> {
    let (plan, _results, rows) = project(&a.scenario, &a.plan)?;
    io::create_dir(&a.out)?;
    let csv = a.out.join("trajectory.csv");
    io::write_csv(&csv, &rows)?;
    let chart = emissions_chart(&plan, &rows, &a.plan);
    let svg = a.out.join("trajectory.svg");
    let png = a.out.join("trajectory.png");
    chart::svg(&chart, &svg)?;
    chart::png(&chart, &png)?;
    if a.json {
        return io::print_json(&rows);
    }
    let pct =
        |d: Option<f64>| d.map_or_else(|| "n/a".to_string(), |d| format!("{:+.1}", 100.0 * d));
    let mut t = format!(
        "{} ({}–{})\n{:>4} {:>9} {:>13} {:>7} {:>8} {:>8} {:>8} {:>12}\n",
        plan.name,
        rows.first().map_or(0, |r| r.year),
        rows.last().map_or(0, |r| r.year),
        "year",
        "WtW kt",
        "gCO2e/TEU-km",
        "ZNZ %",
        "Δmin %",
        "Δstr %",
        "Δ1.5 %",
        "cost MUSD"
    );
    for r in rows.iter().filter(|r| r.year % 5 == 0) {
        t.push_str(&format!(
            "{:>4} {:>9.1} {:>13.2} {:>7.1} {:>8} {:>8} {:>8} {:>12.1}\n",
            r.year,
            r.well_to_wake_t / 1e3,
            r.intensity_g_per_teu_km,
            100.0 * r.zero_near_zero_share,
            pct(r.delta_imo_minimum),
            pct(r.delta_imo_striving),
            pct(r.delta_1_5c),
            r.total_cost_usd / 1e6
        ));
    }
    t.push_str(&format!(
        "wrote {}, {}, {}\n",
        csv.display(),
        svg.display(),
        png.display()
    ));
    io::print(&t)
}
