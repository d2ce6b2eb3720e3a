//! `green-corridor route FROM TO`: a sea route on the library's sea-lane network.

use std::path::PathBuf;

use green_corridor::route::{Date, Passage, RouteOptions, eca, find_route};
use green_corridor::units::{LengthExt, nautical_miles};
use serde::Serialize;

use crate::failure::{Failure, Result};
use crate::io;

/// Distance, passages and ECA distance per area between two ports (UN/LOCODE or name, e.g.
/// `CNSHA "Los Angeles"`), on the sea-lane network (docs/routes.md).
#[derive(clap::Args)]
pub struct Args {
    /// Origin port (UN/LOCODE or name).
    pub from: String,
    /// Destination port (UN/LOCODE or name).
    pub to: String,
    /// A passage to avoid (repeatable), e.g. `suez`, `panama`.
    #[arg(long, value_name = "PASSAGE")]
    pub avoid: Vec<String>,
    /// A passage the route must take (repeatable), e.g. `cape_of_good_hope`.
    #[arg(long, value_name = "PASSAGE")]
    pub require: Vec<String>,
    /// Date for the ECAs in force (YYYY-MM-DD).
    #[arg(long, default_value = "2025-06-01")]
    pub date: String,
    /// Print the route as JSON.
    #[arg(long)]
    pub json: bool,
    /// Write the route as a GeoJSON Feature (LineString) to this file.
    #[arg(long, value_name = "FILE")]
    pub geojson: Option<PathBuf>,
}

/// The route's summary.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub from: String,
    pub to: String,
    pub route: String,
    pub distance_nm: f64,
    pub passages: Vec<String>,
    pub date: String,
    /// Distance inside each MARPOL Annex VI ECA in force, nm.
    pub eca_nm: Vec<(String, f64)>,
    /// Distance inside each national sulphur zone in force (California, China), nm; never
    /// added to the ECA figure.
    pub national_zone_nm: Vec<(String, f64)>,
}

fn passages(names: &[String], flag: &str) -> Result<Vec<Passage>> {
    names
        .iter()
        .map(|n| {
            n.parse::<Passage>()
                .map_err(|e| Failure::Model(format!("{flag}: {e}")))
        })
        .collect()
}

pub fn run(a: &Args) -> Result<()> {
    let options = RouteOptions {
        avoid: passages(&a.avoid, "--avoid")?,
        require: passages(&a.require, "--require")?,
        ..RouteOptions::default()
    };
    let date: Date = a
        .date
        .parse()
        .map_err(|e| Failure::Model(format!("--date: {e}")))?;
    let route = find_route(&a.from, &a.to, &options).map_err(Failure::model)?;
    let legs =
        eca::route_eca_distances(&route, date, nautical_miles(1.0)).map_err(Failure::model)?;
    let name = |p: Option<&green_corridor::route::Port>| {
        p.map_or_else(|| "?".to_string(), |p| format!("{} ({})", p.name, p.locode))
    };
    let inside = |areas: &[&eca::EmissionControlArea]| -> Vec<(String, f64)> {
        areas
            .iter()
            .map(|a| {
                (
                    a.name.to_string(),
                    eca::total_inside(&legs, a.id).nautical_miles(),
                )
            })
            .filter(|(_, nm)| *nm > 0.0)
            .collect()
    };
    let summary = Summary {
        from: name(route.origin()),
        to: name(route.destination()),
        route: route.name().to_string(),
        distance_nm: route.distance().nautical_miles(),
        passages: route
            .passages()
            .iter()
            .map(|p| p.key().to_string())
            .collect(),
        date: date.to_string(),
        eca_nm: inside(eca::areas()),
        national_zone_nm: inside(eca::national_areas()),
    };
    if let Some(path) = &a.geojson {
        let coordinates: Vec<[f64; 2]> = route
            .positions()
            .iter()
            .map(|p| [p.lon(), p.lat()])
            .collect();
        let feature = serde_json::json!({
            "type": "Feature",
            "properties": {
                "name": summary.route,
                "distance_nm": summary.distance_nm,
                "passages": summary.passages,
            },
            "geometry": { "type": "LineString", "coordinates": coordinates },
        });
        let text = serde_json::to_string(&feature).map_err(Failure::model)?;
        io::write_file(path, text + "\n")?;
    }
    if a.json {
        return io::print_json(&summary);
    }
    let mut t = format!(
        "{} → {}\nroute      {}\ndistance   {:.0} nm\npassages   {}\nECA distance on {}:\n",
        summary.from,
        summary.to,
        summary.route,
        summary.distance_nm,
        if summary.passages.is_empty() {
            "none".to_string()
        } else {
            summary.passages.join(", ")
        },
        summary.date
    );
    if summary.eca_nm.is_empty() {
        t.push_str("  none\n");
    }
    for (area, nm) in &summary.eca_nm {
        t.push_str(&format!("  {area:<66} {nm:>7.0} nm\n"));
    }
    if !summary.national_zone_nm.is_empty() {
        t.push_str("national sulphur zones (not added to the ECA distance):\n");
        for (area, nm) in &summary.national_zone_nm {
            t.push_str(&format!("  {area:<66} {nm:>7.0} nm\n"));
        }
    }
    if let Some(path) = &a.geojson {
        t.push_str(&format!("GeoJSON written to {}\n", path.display()));
    }
    io::print(&t)
}
