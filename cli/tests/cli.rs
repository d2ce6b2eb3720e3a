//! The `green-corridor` binary run on the repository's sample files: its numbers equal the
//! library's on the same inputs (and, where a published figure exists, that figure); bad files
//! are errors naming the file, line and field with the documented exit code; `--help` exits 0;
//! the chart's tick labels are distinct and its legend lists every series.

use std::path::PathBuf;
use std::process::{Command, Output};

use green_corridor::batch::PreparedFleet;
use green_corridor::corridor_report::CorridorReport;
use green_corridor::emissions::AccountingBasis;
use green_corridor::prelude::*;
use green_corridor::regulation::cii::{CiiShip, CiiShipType};
use green_corridor::regulation::{Prices, ShipYear, compliance_summary};
use green_corridor::scenario::Scenario;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn file(rel: &str) -> PathBuf {
    root().join(rel)
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_green-corridor"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn ok_json(args: &[&str]) -> Value {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("green-corridor-cli-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn close(a: f64, b: f64) {
    assert!((a - b).abs() <= 1e-9 * b.abs().max(1.0), "{a} vs {b}");
}

/// Two JSON values equal, numbers within 1e-12 relative (serde_json's default float parsing
/// may differ from the printed value in the last bit).
fn same(a: &Value, b: &Value, at: &str) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            assert!(
                (x - y).abs() <= 1e-12 * y.abs().max(1.0),
                "{at}: {x} vs {y}"
            );
        }
        (Value::Object(x), Value::Object(y)) => {
            assert_eq!(x.len(), y.len(), "{at}");
            for (k, v) in x {
                same(v, &y[k], &format!("{at}.{k}"));
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{at}");
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                same(v, w, &format!("{at}[{i}]"));
            }
        }
        _ => assert_eq!(a, b, "{at}"),
    }
}

#[test]
fn help_exits_zero_on_every_subcommand() {
    for sub in [
        None,
        Some("report"),
        Some("ship-year"),
        Some("trajectory"),
        Some("batch"),
        Some("route"),
        Some("fuels"),
    ] {
        let mut args: Vec<&str> = sub.into_iter().collect();
        args.push("--help");
        let out = run(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage:"));
    }
    // An unknown flag is a usage error, exit 2.
    assert_eq!(run(&["fuels", "--frobnicate"]).status.code(), Some(2));
}

#[test]
fn report_json_equals_the_library_report() {
    let path = file("scenarios/shanghai_los_angeles.toml");
    let json = ok_json(&["report", "--json", path.to_str().unwrap()]);
    let scenario = Scenario::from_path(&path).unwrap();
    let year = scenario.file().date.year();
    let bases = [
        AccountingBasis::fueleu(year).unwrap(),
        AccountingBasis::imo_lca(),
    ];
    let lib = CorridorReport::build(&scenario, &bases, &Prices::illustrative()).unwrap();
    assert_eq!(json["options"].as_array().unwrap().len(), lib.options.len());
    for (o, lo) in json["options"].as_array().unwrap().iter().zip(&lib.options) {
        for (b, lb) in o["service_year"]
            .as_array()
            .unwrap()
            .iter()
            .zip(&lo.service_year)
        {
            close(b["co2e_t"].as_f64().unwrap(), lb.co2e_t);
            close(b["fuel_t"].as_f64().unwrap(), lb.fuel_t);
        }
    }
    // The table names every option; --csv writes the library's tables.
    let table = String::from_utf8(run(&["report", path.to_str().unwrap()]).stdout).unwrap();
    for o in &lib.options {
        assert!(table.contains(&o.name), "{}", o.name);
    }
    let dir = tmp("report-csv");
    let out = run(&[
        "report",
        path.to_str().unwrap(),
        "--csv",
        dir.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    for (name, text) in lib.csv_tables() {
        assert_eq!(
            std::fs::read_to_string(dir.join(format!("{name}.csv"))).unwrap(),
            text
        );
    }
}

#[test]
fn ship_year_equals_the_library_and_the_hand_computed_cii() {
    let path = file("tests/data/ship_years.csv");
    let json = ok_json(&["ship-year", "--json", path.to_str().unwrap()]);
    let ships = json.as_array().unwrap();
    assert_eq!(ships.len(), 4);

    // The capesize: 8,500 t HFO, 180,000 DWT, 70,000 nm in 2028. By hand: CO2 = 8,500 t ×
    // Cf 3.114 (MEPC.364(79) Table, HFO) = 26,469 t; attained CII = 26,469e6 g /
    // (180,000 × 70,000) = 2.1007 g/(dwt·nm).
    let cape = &ships[3];
    assert_eq!(cape["name"], "Capesize bulker");
    let attained = cape["cii"]["rated"]["attained_g_per_capacity_nm"]
        .as_f64()
        .unwrap();
    assert!(
        (attained - 26_469.0e6 / (180_000.0 * 70_000.0)).abs() < 1e-9,
        "{attained}"
    );

    // The same ship-year through the library's reported-data path.
    let mut ledger = FuelLedger::new();
    ledger
        .add(
            PathwayId::Hfo,
            ConverterClass::Ice,
            tonnes(8_500.0),
            "Capesize bulker",
            green_corridor::ledger::Scope::reported_shares(
                ScopeShare::new(0.25).unwrap(),
                ScopeShare::new(0.25).unwrap(),
            ),
        )
        .unwrap();
    let ship = CiiShip::new(CiiShipType::BulkCarrier, tonnes(180_000.0), 93_000.0).unwrap();
    let sy = ShipYear::new(
        "Capesize bulker",
        2028,
        ledger,
        ship,
        nautical_miles(70_000.0),
    );
    let lib = compliance_summary(&sy, &Prices::illustrative()).unwrap();
    let lib = serde_json::to_value(&lib).unwrap();
    for regime in ["cii", "fueleu", "eu_ets", "imo_nzf"] {
        same(&cape[regime], &lib[regime], regime);
    }
    close(
        cape["costs"]["total_eur"].as_f64().unwrap(),
        lib["costs"]["total_eur"].as_f64().unwrap(),
    );

    // The transpacific ship has nothing in EU scope: FuelEU not applicable, no EUAs.
    assert_eq!(ships[1]["fueleu"]["outcome"], "not_applicable");
    assert_eq!(ships[1]["eu_ets"]["allowances"].as_f64(), Some(0.0));

    // The CSV output has one row per ship-year with the same CII.
    let csv_path = tmp("ship_years_out.csv");
    assert!(
        run(&[
            "ship-year",
            path.to_str().unwrap(),
            "--csv",
            csv_path.to_str().unwrap()
        ])
        .status
        .success()
    );
    let text = std::fs::read_to_string(&csv_path).unwrap();
    assert_eq!(text.lines().count(), 5);
    assert!(
        text.lines()
            .last()
            .unwrap()
            .starts_with("Capesize bulker,2028,8500")
    );
}

/// Writes `text` as a CSV beside the other test files and runs `ship-year` on it.
fn ship_year_on(name: &str, text: &str) -> (Output, PathBuf) {
    let path = tmp(name);
    std::fs::write(&path, text).unwrap();
    (run(&["ship-year", path.to_str().unwrap()]), path)
}

const HEADER: &str = "ship,year,ship_type,dwt_t,gt,distance_nm,hours_at_sea,fuel,converter,mass_t,fueleu_share,eu_ets_share,total_e_g_per_mj\n";

#[test]
fn bad_ship_year_files_name_file_line_and_field() {
    for (name, row, field) in [
        (
            "fuel.csv",
            "A,2026,container_ship,1e5,9e4,5e4,5000,bunker_x,,100,0,0,\n",
            "fuel",
        ),
        (
            "mass.csv",
            "A,2026,container_ship,1e5,9e4,5e4,5000,MGO,,abc,0,0,\n",
            "mass_t",
        ),
        (
            "share.csv",
            "A,2026,container_ship,1e5,9e4,5e4,5000,MGO,,100,1.5,0,\n",
            "fueleu_share",
        ),
        (
            "type.csv",
            "A,2026,boat,1e5,9e4,5e4,5000,MGO,,100,0,0,\n",
            "ship_type",
        ),
        (
            "conv.csv",
            "A,2026,container_ship,1e5,9e4,5e4,5000,LNG,ice,100,0,0,\n",
            "converter",
        ),
        (
            "dist.csv",
            "A,2026,container_ship,1e5,9e4,0,5000,MGO,,100,0,0,\n",
            "distance_nm",
        ),
    ] {
        // Line 1 is the header, line 2 a good row, line 3 the bad one.
        let good = "A,2026,container_ship,1e5,9e4,5e4,5000,HFO,,100,0,0,\n";
        let good = if field == "distance_nm" { "" } else { good };
        let (out, path) = ship_year_on(name, &format!("{HEADER}{good}{row}"));
        let line = if good.is_empty() { 2 } else { 3 };
        assert_eq!(out.status.code(), Some(3), "{name}: {}", stderr(&out));
        let expected = format!("{}:{line}: {field}:", path.display());
        assert!(stderr(&out).contains(&expected), "{name}: {}", stderr(&out));
    }
    // An unknown fuel lists the accepted names and words.
    let (out, _) = ship_year_on(
        "fuel2.csv",
        &format!("{HEADER}A,2026,container_ship,1e5,9e4,5e4,5000,bunker_x,,100,0,0,\n"),
    );
    assert!(stderr(&out).contains("mdo_mgo") && stderr(&out).contains("mgo"));
    // A missing file is named.
    let out = run(&["ship-year", "/nonexistent/ships.csv"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("/nonexistent/ships.csv"));
}

#[test]
fn a_bad_scenario_names_the_field_and_line() {
    let text = std::fs::read_to_string(file("scenarios/shanghai_los_angeles.toml")).unwrap();
    let path = tmp("bad_scenario.toml");
    std::fs::write(&path, text.replace("count = 6", "count = -6")).unwrap();
    let out = run(&["report", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    let e = stderr(&out);
    assert!(
        e.contains(&path.display().to_string())
            && e.contains("service.ships[0].count")
            && e.contains("line"),
        "{e}"
    );
}

#[test]
fn batch_totals_equal_the_library_engine() {
    let (seg, ves) = (
        file("tests/data/batch/segments.csv"),
        file("tests/data/batch/vessels.csv"),
    );
    let per_segment = tmp("segments_out.csv");
    let json = ok_json(&[
        "batch",
        seg.to_str().unwrap(),
        "--vessels",
        ves.to_str().unwrap(),
        "--json",
        "--per-segment",
        per_segment.to_str().unwrap(),
    ]);
    // The library on the same rows: the sample's first vessel, 14,000 TEU, its three rows.
    let ship = Vessel::builder("boxship_14k", ShipType::Container)
        .teu(14_000.0)
        .build_year(2015)
        .design_speed(knots(22.0))
        .design_draught(metres(15.0))
        .main_engine(
            kilowatts(60_000.0),
            EngineType::SlowSpeedDiesel,
            FuelSupply::mono(green_corridor::fuel::FuelFamily::Oil),
        )
        .fuels(FuelSelection::all(PathwayId::Vlsfo))
        .build()
        .unwrap();
    let fleet = PreparedFleet::new(&[ship], &AccountingBasis::imo_dcs()).unwrap();
    let text = std::fs::read_to_string(&seg).unwrap();
    let (mut v, mut p, mut s, mut d, mut h) = (vec![], vec![], vec![], vec![], vec![]);
    for line in text.lines().skip(1).filter(|l| l.starts_with("0,")) {
        let c: Vec<&str> = line.split(',').collect();
        v.push(0u32);
        p.push(c[1].parse::<u8>().unwrap());
        s.push(c[2].parse::<f64>().unwrap());
        d.push(c[3].parse::<f64>().unwrap());
        h.push(c[4].parse::<f64>().unwrap());
    }
    let segments = green_corridor::batch::Segments::new(&v, &p, &s, &d, &h).unwrap();
    let lib = fleet.totals(&segments).unwrap();
    let first = &json["vessels"][0];
    assert_eq!(first["vessel"], "boxship_14k");
    close(first["co2e_t"].as_f64().unwrap(), lib.totals.co2e_t[0]);
    close(
        first["fuel_main_t"].as_f64().unwrap(),
        lib.totals.fuel_main_t[0],
    );
    // The sample's two bad rows are counted, listed with their lines, and empty per segment.
    assert_eq!(json["bad_rows"], 2);
    let rows = std::fs::read_to_string(&per_segment).unwrap();
    assert_eq!(
        rows.lines().count(),
        1 + json["rows"].as_u64().unwrap() as usize
    );
    assert!(rows.lines().any(|l| l.starts_with("10,,,,,")), "{rows}");
}

#[test]
fn a_bad_vessels_file_names_file_line_and_field() {
    let text = std::fs::read_to_string(file("tests/data/batch/vessels.csv")).unwrap();
    let path = tmp("vessels_bad.csv");
    std::fs::write(&path, text.replacen("slow_speed_diesel", "steam_engine", 2)).unwrap();
    let out = run(&[
        "batch",
        file("tests/data/batch/segments.csv").to_str().unwrap(),
        "--vessels",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains(&format!("{}:2: engine_type:", path.display())),
        "{}",
        stderr(&out)
    );
}

#[test]
fn route_equals_the_library_route() {
    let geojson = tmp("route.geojson");
    let json = ok_json(&[
        "route",
        "CNYSA",
        "USLAX",
        "--json",
        "--geojson",
        geojson.to_str().unwrap(),
    ]);
    let lib = green_corridor::route::find_route("CNYSA", "USLAX", &Default::default()).unwrap();
    close(
        json["distance_nm"].as_f64().unwrap(),
        lib.distance().nautical_miles(),
    );
    let feature: Value = serde_json::from_str(&std::fs::read_to_string(&geojson).unwrap()).unwrap();
    assert_eq!(feature["geometry"]["type"], "LineString");
    assert_eq!(
        feature["geometry"]["coordinates"].as_array().unwrap().len(),
        lib.positions().len()
    );
    // An unknown port is the model's refusal, exit 1.
    assert_eq!(run(&["route", "Atlantis", "USLAX"]).status.code(), Some(1));
}

#[test]
fn fuels_give_the_published_hfo_intensity() {
    let json = ok_json(&["fuels", "--json"]);
    // FuelEU Annex II, HFO: WtT 13.5 + TtW (3.114/0.0405 + 0.00005·25/0.0405·... ) = 91.744
    // gCO2e/MJ, the figure of the Commission's FuelEU worked example (docs/data-sources.md).
    let hfo = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["pathway"] == "hfo" && r["basis"].as_str().unwrap().starts_with("FuelEU"))
        .unwrap();
    assert!((hfo["wtw_g_per_mj"].as_f64().unwrap() - 91.744).abs() < 5e-4);
    // A certificate-needing fuel has no values without --total-e and has them with it.
    let bio = |j: &Value| {
        j.as_array()
            .unwrap()
            .iter()
            .find(|r| {
                r["pathway"] == "bio_methanol" && r["basis"].as_str().unwrap().starts_with("FuelEU")
            })
            .unwrap()["wtw_g_per_mj"]
            .clone()
    };
    assert!(bio(&json).is_null());
    let with = ok_json(&["fuels", "--json", "--total-e", "15"]);
    assert!(bio(&with).as_f64().unwrap() > 15.0);
}

/// The `<text>` elements of an SVG file.
fn svg_texts(svg: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(i) = rest.find("<text") {
        rest = &rest[i..];
        let Some(open) = rest.find('>') else { break };
        let Some(close) = rest.find("</text>") else {
            break;
        };
        out.push(rest[open + 1..close].trim().to_string());
        rest = &rest[close..];
    }
    out
}

#[test]
fn trajectory_csv_equals_the_library_and_the_chart_is_readable() {
    let scenario = file("scenarios/shanghai_los_angeles.toml");
    let plan_path = file("scenarios/trajectories/lng_pathway.toml");
    let dir = tmp("trajectory");
    let out = run(&[
        "trajectory",
        scenario.to_str().unwrap(),
        "--plan",
        plan_path.to_str().unwrap(),
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));

    // The library on the same inputs: the scenario's first option summed over ship groups
    // (IMO LCA), the plan applied.
    let s = Scenario::from_path(&scenario).unwrap();
    let run_ = s.run(&[AccountingBasis::imo_lca()]).unwrap();
    let parts: Vec<_> = run_.options[0]
        .groups
        .iter()
        .map(|g| g.years[0].baseline.clone())
        .collect();
    let base = green_corridor::trajectory::scenario::ServiceBaseline::sum(&parts).unwrap();
    let plan: green_corridor::trajectory::plan::ScenarioPlan =
        toml::from_str(&std::fs::read_to_string(&plan_path).unwrap()).unwrap();
    let lib = plan.apply(base).unwrap().run().unwrap();
    let mut csv = csv::Reader::from_path(dir.join("trajectory.csv")).unwrap();
    let headers = csv.headers().unwrap().clone();
    let col = headers.iter().position(|h| h == "well_to_wake_t").unwrap();
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), lib.len());
    for (r, l) in rows.iter().zip(&lib) {
        close(r[col].parse().unwrap(), l.well_to_wake_t);
    }

    // The chart: tick labels distinct on each axis, every series in the legend, the marks.
    let svg = std::fs::read_to_string(dir.join("trajectory.svg")).unwrap();
    let texts = svg_texts(&svg);
    let years: Vec<&String> = texts
        .iter()
        .filter(|t| t.len() == 4 && t.starts_with("20"))
        .collect();
    assert!(years.len() >= 5, "{texts:?}");
    let mut distinct = years.clone();
    distinct.dedup();
    assert_eq!(distinct.len(), years.len(), "{years:?}");
    let numbers: Vec<&String> = texts
        .iter()
        .filter(|t| !t.is_empty() && t.parse::<f64>().is_ok() && !years.contains(t))
        .collect();
    assert!(numbers.len() >= 4, "{texts:?}");
    let mut sorted: Vec<&String> = numbers.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), numbers.len(), "y ticks repeat: {numbers:?}");
    for series in [
        plan.name.as_str(),
        "IMO 2023 minimum (WtW GHG)",
        "IMO 2023 striving (WtW GHG)",
        "IEA NZE 2050 (TtW CO2, all shipping)",
    ] {
        let escaped = series.replace('>', "&gt;");
        assert!(
            texts.iter().any(|t| *t == series || *t == escaped),
            "legend lacks {series}: {texts:?}"
        );
    }
    assert!(texts.iter().any(|t| t.starts_with("ILLUSTRATIVE")));
    assert!(texts.iter().any(|t| t.contains("MEPC.377(80)")));
    // The PNG is a PNG of the chart's size.
    let png = std::fs::read(dir.join("trajectory.png")).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1000);
}

#[test]
fn outputs_that_cannot_be_written_exit_4() {
    let out = run(&["fuels", "--csv", "/nonexistent/dir/fuels.csv"]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(stderr(&out).contains("/nonexistent/dir/fuels.csv"));
}
