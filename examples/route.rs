//! Prints a sea route between two ports (distance, passages, ECA distance per area) and
//! optionally writes it as GeoJSON.
//!
//! ```text
//! cargo run --example route                         # Shanghai → Los Angeles
//! cargo run --example route -- Ningbo "Long Beach"
//! cargo run --example route -- SGSIN NLRTM --avoid suez --geojson /tmp/route.geojson
//! ```
//!
//! Options: `--avoid PASSAGE` and `--require PASSAGE` (repeatable; names as in
//! `green_corridor::route::Passage`, e.g. `suez`, `cape_of_good_hope`), `--date YYYY-MM-DD`
//! for the ECA dates (default 2025-06-01), `--geojson PATH`.

#[macro_use]
mod common;

use std::process::ExitCode;

use green_corridor::route::{Date, Passage, RouteOptions, eca, find_route};
use green_corridor::units::{LengthExt, nautical_miles};

fn run() -> Result<(), String> {
    let mut ports: Vec<String> = Vec::new();
    let mut options = RouteOptions::default();
    let mut geojson: Option<String> = None;
    let mut date = Date::new(2025, 6, 1).map_err(|e| e.to_string())?;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--geojson" => geojson = Some(args.next().ok_or("--geojson needs a path")?),
            "--avoid" | "--require" => {
                let p: Passage = args
                    .next()
                    .ok_or("--avoid/--require need a passage")?
                    .parse()
                    .map_err(|e: green_corridor::Error| e.to_string())?;
                if a == "--avoid" {
                    options.avoid.push(p);
                } else {
                    options.require.push(p);
                }
            }
            "--date" => {
                let d = args.next().ok_or("--date needs YYYY-MM-DD")?;
                let parts: Vec<u32> = d.split('-').filter_map(|x| x.parse().ok()).collect();
                let [y, m, day] = parts[..] else {
                    return Err(format!("--date {d}: expected YYYY-MM-DD"));
                };
                date = Date::new(y as i32, m as u8, day as u8).map_err(|e| e.to_string())?;
            }
            "--help" | "-h" => {
                outln!(
                    "usage: route [FROM TO] [--avoid P] [--require P] [--date YYYY-MM-DD] [--geojson PATH]"
                );
                return Ok(());
            }
            flag if flag.starts_with("--") => {
                return Err(format!(
                    "unknown argument '{flag}'\nusage: route [FROM TO] [--avoid P] [--require P] [--date YYYY-MM-DD] [--geojson PATH]"
                ));
            }
            _ => ports.push(a),
        }
    }
    let (from, to) = match ports.as_slice() {
        [] => ("Shanghai".to_string(), "Los Angeles".to_string()),
        [a, b] => (a.clone(), b.clone()),
        _ => {
            return Err("usage: route [FROM TO] [--avoid P] [--require P] [--geojson PATH]".into());
        }
    };
    let route = find_route(&from, &to, &options).map_err(|e| e.to_string())?;
    let (o, d) = (route.origin(), route.destination());
    outln!(
        "{} ({}) → {} ({})",
        o.map_or("?", |p| p.name),
        o.map_or("?", |p| p.locode),
        d.map_or("?", |p| p.name),
        d.map_or("?", |p| p.locode)
    );
    outln!("route      {}", route.name());
    outln!("distance   {:.0} nm", route.distance().nautical_miles());
    let passages: Vec<&str> = route.passages().iter().map(|p| p.key()).collect();
    outln!(
        "passages   {}",
        if passages.is_empty() {
            "none".to_string()
        } else {
            passages.join(", ")
        }
    );
    if let Some([a, b]) = route.snap_distances() {
        outln!(
            "snap       {:.1} nm at the origin, {:.1} nm at the destination",
            a.nautical_miles(),
            b.nautical_miles()
        );
    }
    let legs =
        eca::route_eca_distances(&route, date, nautical_miles(1.0)).map_err(|e| e.to_string())?;
    // MARPOL ECAs (they do not overlap; their sum is the ECA distance), then the national
    // zones, reported separately (California's lies inside the North American ECA).
    for (title, list) in [
        ("ECA distance", eca::areas()),
        ("national sulphur zones", eca::national_areas()),
    ] {
        outln!("{title} on {date}:");
        let mut any = false;
        for area in list {
            let nm = eca::total_inside(&legs, area.id).nautical_miles();
            if nm > 0.0 {
                let limit = area
                    .sulphur_limit_pct(date)
                    .map(|s| format!("{s:.2} % S"))
                    .unwrap_or_default();
                outln!("  {:<62} {:>7.0} nm  {limit}", area.name, nm);
                any = true;
            }
        }
        if !any {
            outln!("  none");
        }
    }
    if let Some(path) = geojson {
        let coords: Vec<String> = route
            .positions()
            .iter()
            .map(|p| format!("[{:.5},{:.5}]", p.lon(), p.lat()))
            .collect();
        // Distance per area (MARPOL ECAs and national zones), keyed by the area's serde name.
        let per_area: Vec<String> = eca::all_areas()
            .iter()
            .map(|a| (a, eca::total_inside(&legs, a.id).nautical_miles()))
            .filter(|(_, nm)| *nm > 0.0)
            .filter_map(|(a, nm)| {
                let key = serde_json::to_string(&a.id).ok()?;
                Some(format!("{key}:{nm:.1}"))
            })
            .collect();
        let json = format!(
            "{{\"type\":\"Feature\",\"properties\":{{\"name\":{:?},\"distance_nm\":{:.1},\"area_nm\":{{{}}},\"passages\":[{}]}},\"geometry\":{{\"type\":\"LineString\",\"coordinates\":[{}]}}}}\n",
            route.name(),
            route.distance().nautical_miles(),
            per_area.join(","),
            passages
                .iter()
                .map(|p| format!("{p:?}"))
                .collect::<Vec<_>>()
                .join(","),
            coords.join(",")
        );
        std::fs::write(&path, json).map_err(|e| format!("{path}: {e}"))?;
        outln!("GeoJSON written to {path}");
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
