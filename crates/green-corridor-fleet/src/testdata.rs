//! Seeded fleets and AIS-like segments for the tests, the example and the docs' figures.

use std::sync::Arc;

use arrow_array::{Float64Array, RecordBatch, UInt8Array, UInt32Array};
use green_corridor::fuel::FuelFamily;
use green_corridor::numeric::rng::Rng;
use green_corridor::prelude::*;

use crate::{Result, segment_schema};

/// `n` vessels: bulk carriers, oil tankers and container ships of varied size, age and
/// design speed, slow- or medium-speed diesels on VLSFO (MGO for the others), every tenth
/// an LNG-Diesel dual-fuel engine with MGO pilot (the fleet of `benches/batch.rs`).
pub fn fleet(n: usize) -> Result<Vec<Vessel>> {
    (0..n)
        .map(|k| {
            let kf = k as f64;
            let b = match k % 3 {
                0 => Vessel::builder(&format!("bulk {k}"), ShipType::Bulk)
                    .deadweight(tonnes(10_000.0 + 200.0 * kf)),
                1 => Vessel::builder(&format!("tanker {k}"), ShipType::OilTanker)
                    .deadweight(tonnes(5_000.0 + 250.0 * kf)),
                _ => Vessel::builder(&format!("container {k}"), ShipType::Container)
                    .teu(500.0 + 20.0 * kf),
            };
            let b = b
                .build_year(1990 + (k % 35) as i32)
                .design_speed(knots(13.0 + (k % 10) as f64))
                .design_draught(metres(8.0 + (k % 8) as f64));
            let b = if k % 10 == 0 {
                b.main_engine(
                    kilowatts(8_000.0 + 40.0 * kf),
                    EngineType::LngDiesel,
                    FuelSupply::dual(FuelFamily::Methane, PathwayId::MdoMgo, 0.01)?,
                )
                .fuels(FuelSelection::main_and_others(
                    PathwayId::Lng,
                    PathwayId::MdoMgo,
                ))
            } else {
                let engine = if k % 4 == 0 {
                    EngineType::MediumSpeedDiesel
                } else {
                    EngineType::SlowSpeedDiesel
                };
                b.main_engine(
                    kilowatts(3_000.0 + 40.0 * kf),
                    engine,
                    FuelSupply::mono(FuelFamily::Oil),
                )
                .fuels(FuelSelection::main_and_others(
                    PathwayId::Vlsfo,
                    PathwayId::MdoMgo,
                ))
            };
            Ok(b.build()?)
        })
        .collect()
}

/// `n` hourly segments over `ships`, grouped by vessel (one track per ship, as AIS
/// inventories are exported) with the draught constant over each 240-h voyage; 60 % at
/// sea at 45–105 % of design speed, 10 % manoeuvring, 30 % at berth or anchor; seeded.
pub fn ais_like_segments(ships: &[Vessel], n: usize, seed: u64) -> Result<RecordBatch> {
    let mut rng = Rng::seeded(seed);
    let per_ship = n.div_ceil(ships.len().max(1));
    let (mut vessel, mut phase, mut speed, mut draught, mut duration) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let mut voyage_draught = 0.0;
    for i in 0..n {
        let vi = (i / per_ship).min(ships.len().saturating_sub(1));
        let Some(ship) = ships.get(vi) else { break };
        let spec = ship.spec();
        let design_kn = spec.design_speed.value * 1.943_844_5;
        if i % 240 == 0 || i % per_ship == 0 {
            voyage_draught = spec.design_draught.value * (0.6 + 0.4 * rng.unit());
        }
        let u = rng.unit();
        let (p, v) = if u < 0.6 {
            (
                3 + (rng.next_u64() % 2) as u8,
                design_kn * (0.45 + 0.6 * rng.unit()),
            )
        } else if u < 0.7 {
            (2, 3.0 + 5.0 * rng.unit())
        } else {
            ((rng.next_u64() % 2) as u8, rng.unit())
        };
        vessel.push(vi as u32);
        phase.push(p);
        speed.push(v);
        draught.push(voyage_draught);
        duration.push(1.0);
    }
    Ok(RecordBatch::try_new(
        segment_schema(),
        vec![
            Arc::new(UInt32Array::from(vessel)),
            Arc::new(UInt8Array::from(phase)),
            Arc::new(Float64Array::from(speed)),
            Arc::new(Float64Array::from(draught)),
            Arc::new(Float64Array::from(duration)),
        ],
    )?)
}
